"""Servers that do not speak HTTP properly, and library links that are no web
links: `scan check-links` and refs.http.fetch judge them in words, never exit 3.

Hosts: a server sending raw bytes (127.0.0.2), a well-behaved one (127.0.0.3).
"""

from __future__ import annotations

import json

import pytest

from refs.http import NetPolicy, fetch, make_session
from refs.linkcheck import CheckSettings, Link, check_links, unfit_url
from tests.servers import Page, Web

POLICY = NetPolicy(resolve=lambda host: ["127.0.0.2"], allow_private=True)
FAST = CheckSettings(gap=0.01, timeout=2.0, backoff=0.1, max_retry_after=5, archive_api=None)

NOT_HTTP = {
    "/status-word": b"HTTP/1.1 abc OK\r\nContent-Length: 0\r\n\r\n",
    "/garbage": b"garbage here\r\n\r\n",
    "/http09": b"<html><title>HTTP 0.9</title></html>",
    "/status-zero": b"HTTP/1.1 0 Zero\r\nContent-Length: 2\r\n\r\nhi",
    "/status-huge": b"HTTP/1.1 99999999999999999999 Big\r\nContent-Length: 2\r\n\r\nhi",
    "/many-headers": b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(300)) + b"\r\n",
    "/long-header": b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 70_000 + b"\r\n\r\n",
}
CUT = {  # a 200 HTML answer whose body the server breaks off or garbles
    "/short": b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html><title>Short</title>",
    "/bad-chunk": b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
                  b"1a\r\n<html><title>Chunk</title>\r\nzz\r\nmore\r\n0\r\n\r\n",
    "/short-404": b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 9999\r\n\r\n"
                  b"<html><title>Page not found</title>",
}
BAD_LOCATIONS = {
    "/to-bad-ipv6": "http://[::1",
    "/to-bad-port": "http://127.0.0.2:99999/",
    "/to-javascript": "javascript:alert(1)",
    "/to-file": "file:///etc/passwd",
}


UTF8_LOCATION = b"HTTP/1.1 301 Moved\r\nLocation: /caf\xc3\xa9\r\nContent-Length: 0\r\n\r\n"


@pytest.fixture(scope="module")
def web():
    w = Web("127.0.0.2", name="bad.example")
    for path, raw in {**NOT_HTTP, **CUT}.items():
        w.route(path, Page(raw=raw))
    for path, where in BAD_LOCATIONS.items():
        w.route(path, Page(raw=f"HTTP/1.1 301 Moved\r\nLocation: {where}\r\nContent-Length: 0\r\n\r\n".encode()))
    w.route("/utf8-location", Page(raw=UTF8_LOCATION))
    w.route("/caf%C3%A9", Page(b"<html><title>Caf\xc3\xa9</title><p>here</p></html>"))
    with w:
        yield w


def check(urls: list[str]) -> dict:
    session = make_session(POLICY, user_agent=FAST.user_agent)
    return {r.url: r for r in check_links([Link(f"k{i}", u) for i, u in enumerate(urls)], session, FAST)}


def test_answers_that_are_not_http_are_errors_in_words(web):
    results = check([web.url(p) for p in NOT_HTTP])
    for path in NOT_HTTP:
        r = results[web.url(path)]
        assert r.verdict == "error", (path, r)
        assert "not HTTP" in r.detail or "not usable HTTP" in r.detail, (path, r.detail)
        assert "\n" not in r.detail and "\r" not in r.detail
    assert "'HTTP/1.1 abc OK'" in results[web.url("/status-word")].detail
    assert "over 64 KiB" in results[web.url("/long-header")].detail


def test_a_body_cut_short_is_kept_as_a_truncated_page(web):
    session = make_session(POLICY, user_agent="t")
    r = fetch(session, web.url("/short"))
    assert r.error is None and r.status == 200 and r.truncated and r.body == b"<html><title>Short</title>"
    r = fetch(session, web.url("/bad-chunk"))
    assert r.error is None and r.truncated  # urllib3 may keep the chunk it read before the bad one
    results = check([web.url(p) for p in CUT])
    assert results[web.url("/short")].verdict == "ok"
    assert results[web.url("/bad-chunk")].verdict == "ok"  # the server said 200; nothing says "not found"
    assert results[web.url("/short-404")].verdict == "dead"  # what came says "not found"


def test_redirects_to_what_cannot_be_fetched_say_so(web):
    results = check([web.url(p) for p in BAD_LOCATIONS])
    for path, where in BAD_LOCATIONS.items():
        r = results[web.url(path)]
        assert r.verdict == "error" and r.detail.startswith("redirected to "), (path, r.detail)
    assert results[web.url("/to-bad-port")].detail == (
        "redirected to 'http://127.0.0.2:99999/': not a valid URL (Port out of range 0-65535)")
    assert results[web.url("/to-file")].detail == "redirected to 'file:///etc/passwd': not an http(s) URL (file:)"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "data:text/html,<script>x</script>",
                                 "mailto:a@b.example", "ftp://127.0.0.2/x", "http://[::1", "http://127.0.0.2:99999/",
                                 "http:///no-host", "//no-scheme.example/x"])
def test_links_that_are_no_web_links_are_named(url):
    assert unfit_url(url)


def test_cli_library_with_odd_links_and_odd_servers(scan_cli, web, tmp_path):
    urls = ["file:///etc/passwd", "javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
            "http://[::1", "http://127.0.0.2:99999/", web.url("/status-word", host="127.0.0.2"),
            web.url("/many-headers", host="127.0.0.2"), web.url("/short", host="127.0.0.2")]
    items = [{"id": f"k{i}", "type": "webpage", "title": f"T{i}", "URL": u} for i, u in enumerate(urls)]
    (tmp_path / "items.json").write_text(json.dumps(items))
    assert scan_cli("import", "items.json").returncode == 0
    done = scan_cli("check-links", "--json", "--allow-private", "--archive-api", "", "--timeout", "2")
    assert done.returncode == 0, done.stderr
    rows = {r["key"]: r for r in json.loads(done.stdout)}
    assert [rows[f"k{i}"]["verdict"] for i in range(8)] == ["error"] * 7 + ["ok"]
    assert "only http(s) links are checked" in rows["k1"]["detail"]
    assert "Traceback" not in done.stderr and "WARNING" not in done.stderr


def test_a_location_in_raw_utf8_is_read_as_utf8(web):
    # http.client reads header bytes as Latin-1: the new URL was /cafÃ© (stored so by --fix).
    r = check([web.url("/utf8-location")])[web.url("/utf8-location")]
    assert r.verdict == "redirected" and r.final_url == web.url("/café"), r


@pytest.mark.parametrize("title,dead", [
    ("404", True), ("Error 404 | Blog", True), ("HTTP 410 Gone", True), ("404: Page Not Found", True),
    ("Fixing 404 errors in WordPress | Blog", False), ("Creative 404 pages", False), ("The 404 page", False),
])
def test_a_status_number_in_a_title_is_a_soft_404_only_on_its_own(title, dead):
    # "Fixing 404 errors in WordPress" is an article about 404s, not a "not found" page: it was called dead.
    from refs.linkcheck import soft_404_reason

    assert bool(soft_404_reason(f"<html><title>{title}</title></html>".encode())) is dead


@pytest.mark.parametrize("title,dead", [
    ("Page not found | Blog", True), ("Not Found", True), ("Oops! That page can't be found.", True),
    ("Sorry, the page you requested could not be found", True), ("Seite nicht gefunden – Blog", True),
    ("This content is no longer available", True),
    ("When the mentor is not found | Blog", False), ("Why good mentors are not found on Twitter", False),
    ("Lost and not found: the archives we never kept", False),
])
def test_not_found_in_a_title_is_a_soft_404_only_when_it_is_about_the_page(title, dead):
    # "When the mentor is not found" is a post; it was called dead and stored as an error page.
    from refs.linkcheck import soft_404_reason

    assert bool(soft_404_reason(f"<html><title>{title}</title></html>".encode())) is dead
