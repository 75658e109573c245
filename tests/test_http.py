"""refs.http against real loopback servers."""

from __future__ import annotations

import gzip
import zlib

import pytest

from refs.http import NetPolicy, fetch, make_session
from tests.servers import Page, Web


def session_for(mapping: dict[str, str], allow_private=True, trusted=()):
    def resolve(host):
        if host in mapping:
            return [mapping[host]]
        raise OSError(f"{host} does not resolve")
    policy = NetPolicy(resolve=resolve, allow_private=allow_private, trusted_hosts=frozenset(trusted))
    return make_session(policy, user_agent="scan-test/1")


@pytest.fixture
def web():
    w = Web("127.0.0.2", name="blog.example.org")
    with w:
        yield w


def test_resolver_seam_and_redirects_recorded(web):
    web.route("/a", Page(status=301, headers={"Location": "/b"}))
    web.route("/b", Page(status=302, headers={"Location": f"{web.url('/c')}"}))
    web.route("/c", Page(b"<p>hello</p>"))
    s = session_for({"blog.example.org": "127.0.0.2"})
    r = fetch(s, web.url("/a"))
    assert r.error is None and r.status == 200 and r.body == b"<p>hello</p>"
    assert r.final_url == web.url("/c")
    assert [st for _, st in r.redirects] == [301, 302]
    assert web.hits("/c")[0].headers["Host"] == f"blog.example.org:{web.port}"
    assert web.hits("/c")[0].headers["User-Agent"] == "scan-test/1"


def test_redirect_loop_is_an_error_value(web):
    web.route("/x", Page(status=302, headers={"Location": "/y"}))
    web.route("/y", Page(status=302, headers={"Location": "/x"}))
    r = fetch(session_for({"blog.example.org": "127.0.0.2"}), web.url("/x"))
    assert r.error_kind == "redirect-loop"


def test_private_addresses_refused_unless_allowed_or_trusted(web):
    web.route("/", Page(b"ok"))
    s = session_for({"blog.example.org": "127.0.0.2"}, allow_private=False)
    r = fetch(s, web.url("/"))
    assert r.error_kind == "blocked" and "127.0.0.2" in r.error
    assert not web.hits()
    s = session_for({"blog.example.org": "127.0.0.2"}, allow_private=False, trusted={"blog.example.org"})
    assert fetch(s, web.url("/")).status == 200
    # A trusted host redirecting to an untrusted private one is refused at the hop.
    web.route("/jump", Page(status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"}))
    r = fetch(s, web.url("/jump"))
    assert r.error_kind == "blocked" and "169.254.169.254" in r.error


def test_body_capped_after_decompression(web):
    bomb = gzip.compress(b"\0" * (50 * 1024 * 1024))
    web.route("/bomb", Page(bomb, headers={"Content-Encoding": "gzip"}))
    web.route("/big", Page(b"x" * (3 * 1024 * 1024)))
    web.route("/deflate", Page(zlib.compress(b"<p>small</p>"), headers={"Content-Encoding": "deflate"}))
    s = session_for({"blog.example.org": "127.0.0.2"})
    r = fetch(s, web.url("/bomb"), max_bytes=1_000_000)
    assert r.truncated and len(r.body) == 1_000_000
    r = fetch(s, web.url("/big"), max_bytes=1_000_000)
    assert r.truncated and len(r.body) == 1_000_000
    assert fetch(s, web.url("/deflate")).body == b"<p>small</p>"


def test_every_content_encoding_layer_is_decoded_and_capped(web):
    page = b"<html><title>layers</title>" + b"mentor " * 200 + b"</html>"
    web.route("/twice", Page(gzip.compress(gzip.compress(page)), headers={"Content-Encoding": "gzip, gzip"}))
    web.route("/deflate-gzip", Page(gzip.compress(zlib.compress(page)),
                                    headers={"Content-Encoding": "deflate, identity, gzip"}))
    # The outer layer is 50 KB; the inner one inflates to 50 MB.
    inner_bomb = gzip.compress(gzip.compress(b"\0" * (50 * 1024 * 1024)))
    web.route("/bomb2", Page(inner_bomb, headers={"Content-Encoding": "gzip, gzip"}))
    web.route("/members", Page(gzip.compress(page[:30]) + gzip.compress(page[30:]) + b"\0" * 8,
                               headers={"Content-Encoding": "gzip"}))
    web.route("/raw-deflate", Page(zlib.compress(page)[2:-4], headers={"Content-Encoding": "deflate"}))
    web.route("/not-gzip", Page(page, headers={"Content-Encoding": "gzip"}))
    web.route("/br", Page(b"\x1b\x00", headers={"Content-Encoding": "br"}))
    long = b" ".join(b"%d" % i for i in range(20000))
    web.route("/corrupt", Page(gzip.compress(long)[:2000] + b"\xff" * 64, headers={"Content-Encoding": "gzip"}))
    s = session_for({"blog.example.org": "127.0.0.2"})
    for path in ("/twice", "/deflate-gzip", "/members", "/raw-deflate", "/not-gzip"):
        r = fetch(s, web.url(path))
        assert (r.body, r.truncated, r.error) == (page, False, None), path
    r = fetch(s, web.url("/bomb2"), max_bytes=1_000_000)
    assert r.truncated and len(r.body) == 1_000_000 and r.body.count(0) == 1_000_000
    assert fetch(s, web.url("/br")).body == b"\x1b\x00"  # never asked for: kept as sent
    r = fetch(s, web.url("/corrupt"))
    assert r.truncated and r.body.startswith(long[:1000]) and r.error is None


def test_stall_mid_body_hits_the_total_timeout(web):
    web.route("/stall", Page(b"a" * 1000, stall_after=10, stall=5))
    s = session_for({"blog.example.org": "127.0.0.2"})
    r = fetch(s, web.url("/stall"), timeout=(1, 0.5), total_timeout=2)
    assert r.error_kind == "timeout" and r.elapsed < 3


def test_dns_failure_and_refused_port():
    s = session_for({"refused.example": "127.0.0.9"})
    assert fetch(s, "http://nowhere.example/").error_kind == "dns"
    assert fetch(s, "http://refused.example:9/").error_kind == "refused"


def test_non_http_scheme_is_refused():
    r = fetch(session_for({}), "file:///etc/passwd")
    assert r.error_kind == "bad-url"


@pytest.mark.parametrize("where", ["body", "headers"])
def test_a_trickling_server_is_cut_at_the_whole_request_deadline(web, where):
    # A byte every 0.2 s never trips a 1 s read timeout: only the deadline ends it.
    web.route("/t", Page(b"<html>" + b"x" * 200 + b"</html>", trickle=0.2, trickle_headers=(where == "headers")))
    s = session_for({"blog.example.org": "127.0.0.2"})
    r = fetch(s, web.url("/t"), timeout=(1, 1), total_timeout=1.5)
    assert r.error_kind == "timeout" and r.error == "no complete answer within 1.5 s"
    # The session is still good for the next fetch.
    web.route("/ok", Page(b"fine"))
    assert fetch(s, web.url("/ok")).body == b"fine"


def test_the_deadline_spans_redirect_hops(web):
    web.route("/a", Page(status=302, headers={"Location": "/t"}))
    web.route("/t", Page(b"y" * 100, trickle=0.2))
    r = fetch(session_for({"blog.example.org": "127.0.0.2"}), web.url("/a"), timeout=(1, 1), total_timeout=1)
    assert r.error_kind == "timeout" and [st for _, st in r.redirects] == [302]


def test_abort_ends_fetches_in_flight_and_refuses_new_ones(web):
    import threading

    asked = threading.Event()
    web.route("/t", lambda req: (asked.set(), Page(b"z" * 1000, trickle=0.2))[1])
    s = session_for({"blog.example.org": "127.0.0.2"})
    out = {}
    t = threading.Thread(target=lambda: out.update(r=fetch(s, web.url("/t"), timeout=(5, 5), total_timeout=60)))
    t.start()
    assert asked.wait(30)
    s.watchdog.abort()
    t.join(timeout=30)
    assert not t.is_alive() and out["r"].error_kind == "timeout"
    assert fetch(s, web.url("/t")).error_kind == "timeout"


@pytest.mark.parametrize("spelling", ["http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/",
                                      "http://[::127.0.0.1]/", "http://[64:ff9b::a9fe:a9fe]/latest/meta-data/",
                                      "http://[2002:a9fe:a9fe::1]/", "http://[::ffff:0:a00:1]/"])
def test_an_ipv6_address_carrying_a_private_ipv4_one_is_refused(spelling):
    """Mapped, compatible, NAT64, 6to4 and translated spellings of loopback, link-local and private addresses."""
    r = fetch(session_for({}, allow_private=False), spelling)
    assert r.error_kind == "blocked", (spelling, r.error)
