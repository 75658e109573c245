"""scan cite URL / PAGE / --min-score against real loopback servers."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.servers import Page, Web

POST = b"""<!doctype html><html><head><title>How to Find a Mentor on Twitter | Library Leadership</title>
<meta property="og:site_name" content="Library Leadership">
<meta name="generator" content="WordPress 6.4">
<script type="application/ld+json">{"@type": "BlogPosting", "headline": "How to Find a Mentor on Twitter",
 "author": {"@type": "Person", "name": "Jane Barr"}, "datePublished": "2013-02-25"}</script></head>
<body><article><h1>How to Find a Mentor on Twitter</h1><p>By Jane Barr</p>
<p>Mentoring on Twitter: find a mentor in your personal learning network. A mentee and a mentor.</p>
<p>See <a href="/other">another post on peer mentoring</a>.</p></article></body></html>"""


@pytest.fixture
def blog():
    w = Web("127.0.0.2", name="blog.example.org")
    w.route("/2013/02/25/find-a-mentor/", Page(POST))
    w.route("/other", Page(POST.replace(b"How to Find a Mentor on Twitter", b"Peer mentoring circles")
                           .replace(b"2013-02-25", b"2014-03-01")))
    w.route("/robots.txt", Page(b"User-agent: *\nDisallow: /private\n", content_type="text/plain"))
    w.route("/private/x", Page(POST))
    with w:
        yield w


def scan(tmp_path, blog, *args):
    env = {**os.environ, "SCAN_HOSTS": f"{blog.name}={blog.host}"}
    env.pop("SCAN_BIB", None)
    env.pop("SCAN_DB", None)
    return subprocess.run([sys.executable, "-m", "scan", *args], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=120)


def test_cite_url_fetches_extracts_adds_and_prints(tmp_path, blog):
    url = blog.url("/2013/02/25/find-a-mentor/")
    r = scan(tmp_path, blog, "cite", url)
    assert r.returncode == 0, r.stderr
    assert "added barrHowFindMentor2013" in r.stderr
    assert "Barr, J. (2013, February 25). How to find a mentor on Twitter. Library Leadership." in r.stdout
    assert "(Barr, 2013)" in r.stdout
    bib = (tmp_path / "library.bib").read_text()
    assert "@online{barrHowFindMentor2013," in bib and "urldate = {" in bib
    items = json.loads(scan(tmp_path, blog, "refs", "list", "--json").stdout)
    assert items[0]["type"] == "post-weblog" and items[0]["url"] == url
    # Citing it again says so, adds nothing, and fetches nothing.
    before = len(blog.hits())
    r = scan(tmp_path, blog, "cite", url)
    assert r.returncode == 0 and "already in the library as barrHowFindMentor2013" in r.stderr
    assert len(blog.hits()) == before
    assert len(json.loads(scan(tmp_path, blog, "refs", "list", "--json").stdout)) == 1


def test_cite_obeys_robots(tmp_path, blog):
    r = scan(tmp_path, blog, "cite", blog.url("/private/x"))
    assert r.returncode == 2
    assert "robots.txt" in r.stderr
    assert not blog.hits("/private/x")


def test_cite_scanned_pages_by_id_and_min_score(tmp_path, blog):
    seed = blog.url("/2013/02/25/find-a-mentor/")
    r = scan(tmp_path, blog, "crawl", seed, "--depth", "1", "--follow", "all", "--delay", "0.05")
    assert r.returncode == 0, r.stderr
    pages = json.loads(scan(tmp_path, blog, "pages", "--json").stdout)
    other = next(p for p in pages if p["url"].endswith("/other"))
    fetched = len(blog.hits())
    r = scan(tmp_path, blog, "cite", other["id"], "--no-add")
    assert r.returncode == 0, r.stderr
    assert "Peer mentoring circles" in r.stdout and len(blog.hits()) == fetched
    r = scan(tmp_path, blog, "cite", "--min-score", "1", "--json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert sorted(row["key"] for row in rows) == ["barrHowFindMentor2013", "barrPeerMentoringCircles2014"]


def test_min_score_with_nothing_above_it_is_one_clear_message(tmp_path, blog):
    r = scan(tmp_path, blog, "cite", "--min-score", "60")
    assert r.returncode == 2
    assert r.stderr == "scan: error: --min-score 60: there is no scan in db yet; run `scan crawl SEED...` first\n"
    seed = blog.url("/2013/02/25/find-a-mentor/")
    assert scan(tmp_path, blog, "crawl", seed, "--depth", "0", "--delay", "0").returncode == 0
    best = json.loads(scan(tmp_path, blog, "pages", "--json").stdout)[0]["score"]
    r = scan(tmp_path, blog, "cite", "--min-score", "100.5")
    assert r.returncode == 2
    assert r.stderr.startswith("scan: error: --min-score: 100.5 is out of range")
    assert best < 99.9
    r = scan(tmp_path, blog, "cite", "--min-score", "99.9")
    assert r.returncode == 2
    assert r.stderr == (f"scan: error: nothing to cite: no scanned page scores 99.9 or more (the best scores "
                        f"{best:.1f}; `scan pages` lists them)\n")


def test_no_add_shows_the_keys_references_would_get(tmp_path, blog):
    url = blog.url("/2013/02/25/find-a-mentor/")
    r = scan(tmp_path, blog, "cite", url, "--no-add")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("barrHowFindMentor2013 (not added)\n")
    assert "uncited" not in r.stdout and not (tmp_path / "library.bib").exists()
    rows = json.loads(scan(tmp_path, blog, "cite", url, "--no-add", "--json").stdout)
    assert rows[0]["key"] is None and rows[0]["would_be"] == "barrHowFindMentor2013"


def test_a_bad_doi_resolver_is_exit_2(tmp_path, blog):
    r = scan(tmp_path, blog, "cite", "10.1000/xyz", "--doi-resolver", "http://[::1")
    assert r.returncode == 2
    assert r.stderr == "scan: error: --doi-resolver: takes an http(s) URL, not 'http://[::1' (Invalid IPv6 URL)\n"


def test_a_title_with_terminal_escapes_and_a_direction_override_reaches_neither_library_nor_terminal(tmp_path):
    # U+202E would show the reference's URL reversed after the title; ESC sequences recolour and retitle terminals.
    hostile = "Mentoring \x1b]0;pwned\x07\x1b[2J tips \u202elmth.exe".encode()
    w = Web("127.0.0.2", name="blog.example.org")
    w.route("/post", Page(b"<html><head><title>" + hostile + b"</title></head><body><article><p>"
                          b"A mentor and a mentee.</p></article></body></html>"))
    with w:
        r = scan(tmp_path, w, "cite", w.url("/post"))
    assert r.returncode == 0, r.stderr
    bib = (tmp_path / "library.bib").read_text()
    assert "tips lmth.exe}" in bib and "\x1b" not in bib and "\u202e" not in bib and "\x07" not in bib
    assert "Mentoring tips lmth.exe" in r.stdout and "pwned" not in r.stdout and "\x1b" not in r.stdout + r.stderr


def test_cite_follows_redirects_to_other_hosts_and_meta_refreshes(tmp_path):
    # A link shortener's 301 to another host, a moved blog's meta refresh: the cited
    # page is where they lead (fetched under that host's rules), not the redirect.
    short = Web("127.0.0.3", name="sho.rt")
    blog = Web("127.0.0.2", name="blog.example.org")
    blog.route("/post", Page(POST))
    blog.route("/loop-a", Page(b'<html><head><meta http-equiv="refresh" content="0;url=/loop-b"></head></html>'))
    blog.route("/loop-b", Page(b'<html><head><meta http-equiv="Refresh" content="1; URL=\'/loop-a\'"></head></html>'))
    with short, blog:
        short.route("/x", Page(status=301, headers={"Location": blog.url("/post")}))
        short.route("/moved", Page(f'<html><head><meta http-equiv="refresh" content="0; url={blog.url("/post")}">'
                                   f'<title>Redirecting...</title></head><body>Redirecting</body></html>'.encode()))
        (tmp_path / "scan.toml").write_text("[crawl]\nallow_private = true\n")
        env = {**os.environ, "SCAN_HOSTS": f"{blog.name}={blog.host},{short.name}={short.host}"}
        for path in ("/x", "/moved"):
            r = subprocess.run([sys.executable, "-m", "scan", "cite", "--no-add", "--json", short.url(path)],
                               cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
            assert r.returncode == 0, r.stderr
            row = json.loads(r.stdout)[0]
            assert "How to find a mentor on Twitter" in row["reference"], row
        r = subprocess.run([sys.executable, "-m", "scan", "cite", "--no-add", blog.url("/loop-a")],
                           cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
        assert r.returncode == 2 and "redirects in a loop" in r.stderr


def test_a_redirect_to_a_private_address_is_followed_only_with_allow_private(tmp_path):
    # a link the user gave may be on their own network; where it leads is not theirs to
    # choose, so a hop to a private address needs --allow-private, which the refusal names
    short = Web("127.0.0.3", name="sho.rt")
    intranet = Web("127.0.0.4", name="intranet.example.org")
    intranet.route("/post", Page(POST))
    with short, intranet:
        short.route("/x", Page(status=301, headers={"Location": intranet.url("/post", host=intranet.host)}))
        env = {**os.environ, "SCAN_HOSTS": f"{short.name}={short.host}"}
        env.pop("SCAN_BIB", None)
        env.pop("SCAN_DB", None)
        run = lambda *a: subprocess.run([sys.executable, "-m", "scan", "cite", "--no-add", *a, short.url("/x")],
                                        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
        r = run()
        assert r.returncode == 2 and "--allow-private" in r.stderr and not intranet.hits()
        r = run("--allow-private")
        assert r.returncode == 0, r.stderr
        assert "How to find a mentor on Twitter" in r.stdout
