import re

from hypothesis import given, settings
from hypothesis import strategies as st

from scan.crawl.robots import Robots, policy_for_status
from refs.values.urls import canonical


def test_canonical_forms():
    assert canonical("HTTP://Blog.Example.org:80/a/../b?utm_source=x&id=2#top") == "http://blog.example.org/b?id=2"
    assert canonical("https://x.org:443") == "https://x.org/"
    assert canonical("https://x.org:8443/p") == "https://x.org:8443/p"
    assert canonical("/rel/page", base="https://x.org/dir/") == "https://x.org/rel/page"
    assert canonical("other", base="https://x.org/dir/") == "https://x.org/dir/other"
    assert canonical("javascript:alert(1)") is None
    assert canonical("mailto:me@x.org") is None
    assert canonical("file:///etc/passwd") is None
    assert canonical("http://[::1]:8080/x") == "http://[::1]:8080/x"
    assert canonical("http://x.org/a b") == "http://x.org/a%20b"
    assert canonical("http://x.org/?fbclid=1") == "http://x.org/"


def test_robots_longest_match_and_allow_ties():
    r = Robots.parse("User-agent: *\nDisallow: /p\nAllow: /p/ok\nDisallow: /*.pdf$\n")
    assert not r.allowed("scan/1", "/p/x")
    assert r.allowed("scan/1", "/p/ok/1")
    assert not r.allowed("scan/1", "/files/a.pdf")
    assert r.allowed("scan/1", "/files/a.pdf?x=1")
    assert r.allowed("scan/1", "/robots.txt")
    r = Robots.parse("User-agent: *\nAllow: /a\nDisallow: /a\n")
    assert r.allowed("scan", "/a")


def test_robots_group_selection_and_crawl_delay():
    text = "User-agent: scan\nDisallow: /only-scan\nCrawl-delay: 1.5\n\nUser-agent: *\nDisallow: /\n"
    r = Robots.parse(text)
    assert r.allowed("scan/0.1 (+mailto:x)", "/page")
    assert not r.allowed("scan/0.1", "/only-scan/x")
    assert not r.allowed("otherbot", "/page")
    assert r.crawl_delay("scan/0.1") == 1.5
    assert r.crawl_delay("otherbot") is None


def test_robots_status_policy():
    assert policy_for_status(200) == "parse"
    assert policy_for_status(404) == "allow"
    assert policy_for_status(403) == "allow"
    assert policy_for_status(503) == "unavailable"
    assert policy_for_status(None) == "unavailable"
    assert Robots.everything_disallowed().allowed("scan", "/robots.txt")
    assert not Robots.everything_disallowed().allowed("scan", "/x")


def test_robots_rule_with_many_wildcards_matches_a_long_path_at_once():
    # A regex of ".*" runs backtracked exponentially here: the crawl's loop hung on the site's robots.txt.
    r = Robots.parse("User-agent: *\nDisallow: /" + "*a" * 25 + "*b\n")
    assert r.allowed("scan", "/" + "a" * 200)
    assert not r.allowed("scan", "/" + "a" * 200 + "b")


def test_robots_with_a_byte_order_mark_is_obeyed():
    r = Robots.parse("\ufeffUser-agent: *\nDisallow: /\n")
    assert not r.allowed("scan", "/page")


_PATTERN = st.text(alphabet="ab*$/", max_size=8)
_PATH = st.text(alphabet="ab/", max_size=10)


@given(_PATTERN, _PATH)
@settings(max_examples=500)
def test_robots_rule_matches_as_a_regex_of_its_wildcards_would(pattern, path):
    """The one-pass matcher against the obvious regex, on short inputs where the regex is quick."""
    anchored = pattern.endswith("$")
    body = pattern[:-1] if anchored else pattern
    regex = "".join(".*" if c == "*" else re.escape(c) for c in body) + ("$" if anchored else "")
    rule = Robots.parse(f"User-agent: *\nDisallow: /{pattern}\n").groups["*"][0]
    assert rule.matches("/" + path) == bool(re.match("/" + regex, "/" + path))


def test_canonical_keeps_escapes_that_mean_something_and_drops_session_ids():
    # A Latin-1 escape is a byte, not a broken character: fetched as linked.
    assert canonical("http://x.org/caf%e9.html") == "http://x.org/caf%E9.html"
    assert canonical("http://x.org/a%2Fb") == "http://x.org/a%2Fb"  # an escaped slash is no slash
    assert canonical("http://x.org/%7Euser/") == "http://x.org/~user/"
    assert canonical("http://x.org/p?q=%E9&b&c=a+b") == "http://x.org/p?q=%E9&b&c=a+b"
    assert canonical("http://x.org/p?z=1&a=2") == "http://x.org/p?z=1&a=2"  # order is the server's business
    # Session ids: the same page under a new URL at every visit.
    assert canonical("http://x.org/p;jsessionid=A1B2?x=1&PHPSESSID=9&sessionid=3") == "http://x.org/p?x=1"
    assert canonical("http://x.org/p?sid=7") == "http://x.org/p?sid=7"  # a story id on some sites


@given(st.text(alphabet="ab%/é 2F", max_size=12), st.text(alphabet="ab%=&é+2F", max_size=12))
@settings(max_examples=200)
def test_canonical_is_idempotent(path, query):
    once = canonical(f"http://x.org/{path}?{query}")
    assert once is not None and canonical(once) == once
