"""The crawler against real loopback servers on several hosts, checked from
the servers' side."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from refs.http import hosts_resolver
from scan.crawl.engine import crawl
from scan.crawl.settings import CrawlSettings
from scan.crawl.state import CrawlState
from tests.servers import Page, Web

MENTOR = "<p>Mentoring on Twitter: a mentor and a mentee in a personal learning network (PLN).</p>" * 3


def html(title: str, links=(), body: str = MENTOR, nav_links=()) -> bytes:
    a = "".join(f'<p>See <a href="{u}">this post</a>.</p>' for u in links)
    nav = "".join(f'<a href="{u}">nav</a>' for u in nav_links)
    return (f"<!doctype html><html><head><title>{title}</title></head><body><nav>{nav}</nav>"
            f"<article><h1>{title}</h1>{body}{a}</article><footer>footer</footer></body></html>").encode()


@pytest.fixture
def webs():
    servers = [Web(f"127.0.0.{n}", name=f"h{n}.test") for n in (2, 3, 4, 5)]
    for w in servers:
        w.start()
    yield servers
    for w in servers:
        w.stop()


def resolver(webs):
    return hosts_resolver({w.name: w.host for w in webs}, fallback=None)


def settings(**kw) -> CrawlSettings:
    base = dict(delay=0.0, concurrency=8, allow_private=True, timeout=3, page_timeout=5, analysis_workers=1,
                robots_retry=(0.3, 0.3), max_retry_after=1.0, checkpoint_seconds=0.2)
    base.update(kw)
    return CrawlSettings(**base)


def run(tmp_path, webs, seeds, **kw):
    state = CrawlState(tmp_path / "db")
    state.start_new({"seeds": seeds})
    result = crawl(state, seeds, settings(**kw), resolve=resolver(webs))
    return {p.url: p.public() for p in result.pages}


def build_web(webs, per_host=6):
    """A small web: each host's pages link to the next page and to a page on the next host."""
    for i, w in enumerate(webs):
        nxt = webs[(i + 1) % len(webs)]
        for n in range(per_host):
            links = [w.url(f"/p{n + 1}")] if n + 1 < per_host else []
            links.append(nxt.url(f"/p{n}"))
            w.route(f"/p{n}", Page(html(f"{w.name} page {n}", links)))
        w.route("/robots.txt", Page(b"User-agent: *\nDisallow: /private\n", content_type="text/plain"))


def test_politeness_from_the_servers_side(tmp_path, webs):
    build_web(webs)
    for w in webs:
        w.route("/p1", Page(html("p1", [w.url("/private/x"), w.url("/p2")])))
    pages = run(tmp_path, webs, [webs[0].url("/p0")], delay=0.15, depth=6, follow="all")
    for w in webs:
        hits = sorted(w.hits(), key=lambda h: h.start)
        assert hits, w.name
        assert hits[0].path == "/robots.txt"
        for a, b in zip(hits, hits[1:]):
            assert b.start >= a.end, f"{w.name}: overlapping requests"
            assert b.start - a.end >= 0.15 - 0.01, f"{w.name}: gap {b.start - a.end:.3f} < delay"
        paths = [h.path for h in hits]
        assert not any(p.startswith("/private") for p in paths), "robots.txt disobeyed"
        assert len(paths) == len(set(paths)), f"{w.name}: a page fetched twice"
    refused = [p for p in pages.values() if "robots" in (p.get("error") or "")]
    assert refused and all(p["status"] is None for p in refused)


def test_depth_is_respected(tmp_path, webs):
    w = webs[0]
    for n in range(5):
        w.route(f"/d{n}", Page(html(f"d{n}", [w.url(f"/d{n + 1}")])))
    pages = run(tmp_path, webs, [w.url("/d0")], depth=2, follow="all")
    assert sorted(p["depth"] for p in pages.values()) == [0, 1, 2]
    assert not w.hits("/d3")
    assert pages[w.url("/d2")]["found_on"] == w.url("/d1")


def test_follow_relevant_expands_only_relevant_pages(tmp_path, webs):
    w = webs[0]
    w.route("/", Page(html("seed", [w.url("/on"), w.url("/off")])))
    w.route("/on", Page(html("on topic", [w.url("/on-child")])))
    w.route("/off", Page(html("cooking", [w.url("/off-child")], body="<p>Recipes for bread and soup.</p>")))
    w.route("/on-child", Page(html("child")))
    w.route("/off-child", Page(html("child")))
    pages = run(tmp_path, webs, [w.url("/")], depth=3, follow="relevant", min_score=20)
    # what decides is the page's topical score (its whole main content, kind and length aside): the on-topic page's
    # 45 words are too few to read for its score as a reference (scan.rank's D) to reach 20
    assert pages[w.url("/on")]["topical"] >= 20 > pages[w.url("/off")]["topical"]
    assert w.url("/on-child") in pages and w.url("/off-child") not in pages


def test_body_links_go_before_navigation(tmp_path, webs):
    w = webs[0]
    w.route("/", Page(html("seed", [w.url("/body")], nav_links=[w.url("/nav")])))
    w.route("/body", Page(html("b")))
    w.route("/nav", Page(html("n")))
    run(tmp_path, webs, [w.url("/")], depth=1, follow="all", concurrency=1)
    order = [h.path for h in sorted(w.hits(), key=lambda h: h.start) if h.path in ("/body", "/nav")]
    assert order == ["/body", "/nav"]


def test_crawl_delay_and_retry_after(tmp_path, webs):
    w = webs[0]
    w.route("/robots.txt", Page(b"User-agent: *\nCrawl-delay: 0.3\n", content_type="text/plain"))
    calls = {"n": 0}

    def busy(req):
        calls["n"] += 1
        if calls["n"] == 1:
            return Page(b"slow down", status=429, headers={"Retry-After": "1"}, content_type="text/plain")
        return Page(html("finally"))

    w.route("/", Page(html("seed", [w.url("/busy")])))
    w.route("/busy", busy)
    pages = run(tmp_path, webs, [w.url("/")], depth=1, follow="all")
    assert pages[w.url("/busy")]["status"] == 200
    hits = sorted(w.hits(), key=lambda h: h.start)
    gaps = [b.start - a.end for a, b in zip(hits, hits[1:])]
    assert all(g >= 0.29 for g in gaps)
    busy_hits = w.hits("/busy")
    assert len(busy_hits) == 2 and busy_hits[1].start - busy_hits[0].end >= 0.95


def test_robots_unavailable_then_retried_and_4xx_allows_all(tmp_path, webs):
    a, b = webs[0], webs[1]
    state = {"n": 0}

    def robots(req):
        state["n"] += 1
        return Page(b"oops", status=503, content_type="text/plain") if state["n"] == 1 else \
            Page(b"User-agent: *\nDisallow:\n", content_type="text/plain")

    a.route("/robots.txt", robots)
    a.route("/", Page(html("a", [b.url("/")])))
    b.route("/robots.txt", Page(b"gone", status=404, content_type="text/plain"))
    b.route("/", Page(html("b")))
    pages = run(tmp_path, webs, [a.url("/")], depth=1, follow="all")
    assert pages[a.url("/")]["status"] == 200
    assert len(a.hits("/robots.txt")) == 2
    assert a.hits("/")[0].start >= a.hits("/robots.txt")[1].end
    assert pages[b.url("/")]["status"] == 200


def test_hostile_page_cannot_reach_private_addresses(tmp_path, webs):
    w = webs[0]
    other = webs[1]
    other.route("/secret", Page(html("secret")))
    w.route("/", Page(html("hostile", ["http://127.0.0.1:%d/x" % other.port, "http://169.254.169.254/latest/meta-data/",
                                      "file:///etc/passwd", other.url("/secret"), "javascript:alert(1)"])))
    state = CrawlState(tmp_path / "db")
    state.start_new({})
    # The seed host looks public; private addresses are refused for every other host.
    result = crawl(state, [w.url("/")], settings(allow_private=False, depth=1, follow="all"),
                   resolve=resolver(webs))
    pages = {p.url: p.public() for p in result.pages}
    assert pages[w.url("/")]["status"] == 200
    assert not other.hits(), "a link reached a private address"
    for url, p in pages.items():
        if url != w.url("/"):
            assert p["status"] is None and "private" in p["error"], (url, p)
    assert not any(u.startswith(("file:", "javascript:")) for u in pages)


def test_hard_pages(tmp_path, webs):
    w = webs[0]
    many = "".join(f'<a href="/l{n}">l{n}</a> ' for n in range(50_000))
    w.route("/", Page(html("seed", ["/loop1", "/big", "/bomb", "/many", "/latin", "/stall", "/pdf"])))
    w.route("/loop1", Page(status=302, headers={"Location": "/loop2"}))
    w.route("/loop2", Page(status=302, headers={"Location": "/loop1"}))
    w.route("/big", Page(b"<html><body><p>" + b"mentor " * 3_000_000 + b"</p></body></html>"))
    w.route("/bomb", Page(gzip.compress(b"<html>" + b" " * 60_000_000), headers={"Content-Encoding": "gzip"}))
    w.route("/many", Page(f"<html><body><article>{MENTOR}{many}</article></body></html>".encode()))
    w.route("/latin", Page("<html><head><title>Caf\xe9 mentorat</title></head><body><p>Le mentor et le mentoré.</p></body></html>"
                           .encode("latin-1"), content_type="text/html; charset=iso-8859-1"))
    w.route("/stall", Page(b"<html><body>" + b"x" * 10000, stall_after=100, stall=20))
    w.route("/pdf", Page(b"%PDF-1.4 ...", content_type="application/pdf"))
    start = time.monotonic()
    pages = run(tmp_path, webs, [w.url("/")], depth=1, follow="all", max_bytes=2_000_000, timeout=1, page_timeout=3,
                max_links_per_page=100)
    assert time.monotonic() - start < 30
    assert pages[w.url("/loop1")]["error"] and "loop" in pages[w.url("/loop1")]["error"]
    assert pages[w.url("/big")]["truncated"] is True and pages[w.url("/big")]["status"] == 200
    assert pages[w.url("/bomb")]["truncated"] is True
    assert pages[w.url("/many")]["n_links"] == 50_000
    assert pages[w.url("/latin")]["title"] == "Café mentorat"
    assert pages[w.url("/stall")]["error"]
    pdf = pages[w.url("/pdf")]
    assert pdf["status"] == 200 and pdf["content_type"] == "application/pdf" and not pdf.get("title")


def scan_proc(tmp_path, webs, *args):
    env = {**os.environ, "SCAN_HOSTS": ",".join(f"{w.name}={w.host}" for w in webs)}
    return subprocess.Popen([sys.executable, "-m", "scan", *args], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_resume_after_interrupt_fetches_nothing_twice(tmp_path, webs, sig):
    build_web(webs, per_host=8)
    seed = webs[0].url("/p0")
    proc = scan_proc(tmp_path, webs, "crawl", seed, "--depth", "12", "--follow", "all", "--delay", "0.1",
                     "--allow-private", "--json")
    # Wait until a few pages are done, then interrupt.
    lines = []
    while len(lines) < 6:
        line = proc.stdout.readline()
        assert line, proc.stderr.read()
        lines.append(line)
    proc.send_signal(sig)
    proc.wait(timeout=30)
    done_before = {json.loads(l)["url"] for l in lines}
    proc = scan_proc(tmp_path, webs, "crawl", "--resume", "--json")
    out, errs = proc.communicate(timeout=120)
    assert proc.returncode == 0, errs
    total = {(w.name, h.path) for w in webs for h in w.hits() if h.path != "/robots.txt"}
    assert len(total) == 32
    for w in webs:
        paths = [h.path for h in w.hits() if h.path != "/robots.txt"]
        dupes = {p for p in paths if paths.count(p) > 1}
        # Only a page in flight at the interruption may be fetched again.
        assert len(dupes) <= 1, (w.name, dupes)
        assert not any(w.url(p) in done_before for p in dupes)
    r = subprocess.run([sys.executable, "-m", "scan", "pages", "--json"], cwd=tmp_path, capture_output=True, text=True)
    assert len(json.loads(r.stdout)) == 32


def test_redirect_to_a_scanned_page_is_not_fetched_again_and_soft_404s_are_flagged(tmp_path, webs):
    w = webs[0]
    w.route("/", Page(html("seed", [w.url("/events/chat"), w.url("/chat"), w.url("/gone")])))
    w.route("/events/chat", Page(html("chat")))
    w.route("/chat", Page(status=302, headers={"Location": w.url("/events/chat")}))
    w.route("/gone", Page(html("Page not found", [w.url("/child")])))
    w.route("/child", Page(html("child")))
    pages = run(tmp_path, webs, [w.url("/")], depth=2, follow="all", concurrency=1)
    assert len(w.hits("/events/chat")) == 1
    chat = pages[w.url("/chat")]
    assert chat["status"] == 302 and chat["final_url"] == w.url("/events/chat") and chat["note"]
    gone = pages[w.url("/gone")]
    assert gone["error"].startswith("soft 404") and gone["score"] == 0.0
    assert w.url("/child") not in pages


def _forum_page(title: str, main: str) -> bytes:
    return (f'<!doctype html><html><head><title>{title}</title></head><body><div id="brdheader"><h1>The Back Room</h1>'
            f'<p>A forum for library workers.</p><ul><li><a href="/">Index</a></li></ul></div><div id="brdmain">{main}'
            f'</div><div id="brdfooter">Powered by FluxBB</div></body></html>').encode()


@pytest.mark.parametrize("message", [
    "Bad request. The link you followed is incorrect or outdated.",      # FluxBB, PunBB
    "The specified thread does not exist.",                              # MyBB
    "The requested topic does not exist.",                               # phpBB
    "Invalid Thread specified. If you followed a valid link, please notify the administrator.",   # vBulletin
    "This video does not exist. Sorry, but we couldn't find the page you were looking for.",   # PeerTube (web 12)
    "Sorry, that story could not be found. It may have been archived.",   # a university newsroom (web 30)
    "it's a 404! we couldn't find that page. it may have been deleted, or it may never have existed.",   # web 32
    "Sorry, we could not find the article. It may have been removed or the ID is wrong.",   # a literature database (web 39)
])
def test_a_forum_thread_that_is_not_there_is_a_soft_404(tmp_path, webs, message):
    """Forum software answers 200 for a thread that is gone, its message in the page's text, its title the
    board's (seen on webs 13 and 14): an error, not a post; a short thread that quotes such words is a post."""
    w = webs[0]
    w.route("/", Page(_forum_page("The Back Room", '<p><a href="/viewtopic.php?id=377">Mentors on Mastodon</a> '
                                                   '<a href="/viewtopic.php?id=378">Broken links</a></p>')))
    w.route("/viewtopic.php?id=377", Page(_forum_page("Info / The Back Room", f'<div class="box"><h2>Info</h2><p>'
                                                                              f'{message}</p><a href="/">Go back</a></div>')))
    w.route("/viewtopic.php?id=378", Page(_forum_page("Broken links / The Back Room", (
        '<div class="blockpost"><h2>Broken links</h2><div class="postmsg"><p>Our catalogue says "the link you followed is '
        'incorrect or outdated" for half of the e-books since the upgrade. Anyone else? Our mentor on the vendor side '
        "has gone quiet, and the support form loops back to the same page. We tried clearing caches, new browsers and "
        "a different network, and the vendor's status page is all green.</p></div></div><div class=\"blockpost\"><div "
        'class="postmsg"><p>Same here since Tuesday. Their proxy rewrites the links, so try the direct ones.</p></div></div>'))))
    pages = run(tmp_path, webs, [w.url("/")], depth=1, follow="all", concurrency=1)
    gone = pages[w.url("/viewtopic.php?id=377")]
    assert gone["kind"] == "error" and gone["error"].startswith("soft 404") and gone["score"] == 0.0
    assert pages[w.url("/viewtopic.php?id=378")]["kind"] == "post", pages[w.url("/viewtopic.php?id=378")]["error"]


def _board(title: str, threads: list[tuple[str, str]], next_page: str | None = None) -> bytes:
    rows = "".join(f'<tr><td class="tcl"><a href="{u}">{t}</a></td><td class="tc2">3</td></tr>' for u, t in threads)
    more = f'<p class="pagelink">Pages: 1 <a rel="next" href="{next_page}">2</a></p>' if next_page else ""
    return (f'<!doctype html><html><head><title>{title}</title></head><body><div id="brdheader"><h1>The Back Room'
            f'</h1></div><div id="brdmain"><h2>{title}</h2>{more}<table>{rows}</table></div></body></html>').encode()


def test_the_next_page_of_a_followed_board_is_read_on(tmp_path, webs):
    """A forum board whose first page is about the topic (its threads' titles say so) is followed, and so are the
    threads of its second page, whose titles happen to say nothing of the topic (seen on web 14): the board's next
    page continues the board. A page the board links that is not its next page, and says nothing, is not followed."""
    w = webs[0]
    board = w.url("/viewforum.php?id=2")
    page2 = w.url("/viewforum.php?id=2&p=2")
    w.route("/", Page(html("The Back Room", [board], body="<p>A forum for library workers.</p>")))
    w.route("/viewforum.php?id=2", Page(_board("Careers", [
        (w.url("/viewtopic.php?id=1"), "Finding a mentor on Mastodon"),
        (w.url("/viewtopic.php?id=2"), "Peer mentoring circles on Slack"),
        (w.url("/rules"), "Board rules")], next_page=page2)))
    w.route("/viewforum.php?id=2&p=2", Page(_board("Careers", [
        (w.url("/viewtopic.php?id=3"), "What I tell new hires"), (w.url("/viewtopic.php?id=4"), "Moving on")])))
    w.route("/rules", Page(html("Board rules", [w.url("/rules/more")], body="<p>Be kind. No ads. Stay on topic.</p>")))
    w.route("/rules/more", Page(html("More rules", body="<p>Moderators decide.</p>")))
    for n in range(1, 5):
        w.route(f"/viewtopic.php?id={n}", Page(html(f"Thread {n}")))
    pages = run(tmp_path, webs, [w.url("/")], depth=3, concurrency=1)
    assert pages[page2]["topical"] < 20                    # its own words say nothing of the topic
    assert w.url("/viewtopic.php?id=3") in pages and w.url("/viewtopic.php?id=4") in pages
    assert w.url("/rules") in pages and w.url("/rules/more") not in pages


def test_the_next_pages_of_a_seeds_listing_are_read_on(tmp_path, webs):
    """A blog's home given as a seed has its links followed whatever its teasers say; so do its next pages (/page/2,
    /page/3), the same listing read on (seen on web 33: a Svbtle blog's post about the topic, listed only on its
    second page, was never reached). A listing the seed links that is not its next page, and says nothing of the
    topic, is not followed, nor are its next pages."""
    w = webs[0]

    def listing(title, posts, more=None):
        teasers = "".join(f'<article class="post"><h2><a href="{u}">{t}</a></h2><p>A few lines about {t.lower()}.</p>'
                          f'</article>' for u, t in posts)
        nxt = f'<nav class="pagination"><a rel="next" href="{more}">Continue</a></nav>' if more else ""
        return Page((f'<!doctype html><html><head><title>{title}</title></head><body><main>{teasers}</main>{nxt}'
                     f'</body></html>').encode())
    w.route("/", listing("Margaret Ellery", [(w.url("/on-weeding"), "On weeding"), (w.url("/roses/"), "Roses")],
                         w.url("/page/2")))
    w.route("/page/2", listing("Margaret Ellery", [(w.url("/a-cathedral-library"), "A cathedral library")],
                               w.url("/page/3")))
    w.route("/page/3", listing("Margaret Ellery", [(w.url("/before-the-timeline"), "Before the timeline")]))
    w.route("/roses/", listing("Roses", [(w.url("/roses/climbers"), "Climbers")], w.url("/roses/page/2")))
    w.route("/roses/page/2", listing("Roses", [(w.url("/roses/rust"), "Rust")]))
    for path in ("/on-weeding", "/a-cathedral-library", "/before-the-timeline", "/roses/climbers", "/roses/rust"):
        w.route(path, Page(html(path.strip("/").replace("-", " "))))
    pages = run(tmp_path, webs, [w.url("/")], depth=4, concurrency=1)
    assert pages[w.url("/page/2")]["topical"] < 20 and pages[w.url("/page/3")]["topical"] < 20
    assert w.url("/a-cathedral-library") in pages and w.url("/before-the-timeline") in pages
    assert w.url("/roses/page/2") not in pages and w.url("/roses/climbers") not in pages


def test_a_wordpress_post_by_its_plain_permalink_is_no_next_page(tmp_path, webs):
    """WordPress's plain permalinks (/?p=123) are posts, not pages of the home page's listing: a post that says
    nothing of the topic does not inherit the home page's score, and its links are not followed (it was read as
    the home's next page, and its links were)."""
    w = webs[0]
    w.route("/", Page(html("Mentors and mentees", [w.url("/?p=2")])))
    w.route("/?p=2", Page(html("Our new parking rules", [w.url("/?p=3")], body="<p>Park behind the building.</p>")))
    w.route("/?p=3", Page(html("Snow days")))
    pages = run(tmp_path, webs, [w.url("/")], depth=3, concurrency=1)
    assert pages[w.url("/?p=2")]["topical"] < 20 and w.url("/?p=3") not in pages


def test_a_grid_of_pictures_is_followed_as_far_as_the_page_that_led_to_it(tmp_path, webs):
    """A profile whose main content is a grid of pictures, each a link with no word (Pixelfed, seen on web 14), says
    nothing of its posts: its links are worth half of what the page that led to it said. Reached from a page about
    the topic, its posts are fetched; reached from a page that says nothing of it, they are not."""
    w, other = webs[0], webs[1]
    grid = "".join(f'<a href="/p/marta/{n}"><img src="/i/{n}.jpg" alt=""></a>' for n in range(4))
    for site in (w, other):
        site.route("/marta", Page((f'<!doctype html><html><head><title>Marta (@marta)</title></head><body><header>'
                                   f'<a href="/">pix</a></header><main><div class="profile"><h1>Marta</h1><p>Archivist. '
                                   f'Photos of boxes.</p></div><div class="grid">{grid}</div></main></body></html>').encode()))
        for n in range(4):
            site.route(f"/p/marta/{n}", Page(html(f"Photo {n}")))
    w.route("/", Page(html("Mentors on pix", [w.url("/marta")])))                       # about the topic
    other.route("/", Page(html("Boxes", [other.url("/marta")], body="<p>Acid-free boxes, sizes and prices.</p>")))
    pages = run(tmp_path, webs, [w.url("/"), other.url("/")], depth=2, concurrency=1)
    assert pages[w.url("/marta")]["kind"] in ("profile", "listing") and pages[w.url("/marta")]["topical"] < 20
    assert all(w.url(f"/p/marta/{n}") in pages for n in range(4)), {u: (p["depth"], p["topical"]) for u, p in pages.items()}
    assert other.url("/marta") in pages and not any(other.url(f"/p/marta/{n}") in pages for n in range(4))


def test_a_second_page_of_posts_naming_the_first_as_canonical_is_no_copy(tmp_path, webs):
    """A blog's second page of posts names its home page as canonical and has its title, and neither has a text of
    its own (their teasers are the posts'), as Hugo's Anatole theme writes them (seen on web 18): two empty texts are
    no evidence of a copy, so page 2 is kept as a listing and its posts are found."""
    w = webs[0]

    def teasers(ns):
        return "".join(f'<article class="post"><h2><a href="{w.url(f"/posts/p{n}/")}">Post number {n} on mentoring</a>'
                       f'</h2><p>A teaser of post {n} about mentors on Mastodon.</p></article>' for n in ns)
    for path, ns, more in (("/", (1, 2, 3), '<a rel="next" href="/page/2/">Older</a>'), ("/page/2/", (4, 5, 6), "")):
        w.route(path, Page((f'<!doctype html><html><head><title>Driftwood Archivist</title><link rel="canonical" '
                            f'href="{w.url("/")}"></head><body><main>{teasers(ns)}</main><nav class="pagination">{more}'
                            f'</nav></body></html>').encode()))
    for n in range(1, 7):
        w.route(f"/posts/p{n}/", Page(html(f"Post number {n} on mentoring")))
    pages = run(tmp_path, webs, [w.url("/")], depth=2, concurrency=1)
    assert pages[w.url("/page/2/")]["kind"] != "error", pages[w.url("/page/2/")].get("note")
    assert all(w.url(f"/posts/p{n}/") in pages for n in range(4, 7))


def _canonical_page(title: str, canonical: str, links=(), body: str = MENTOR) -> bytes:
    a = "".join(f'<a href="{u}">{n}</a> ' for n, u in enumerate(links))
    return (f'<!doctype html><html><head><title>{title}</title><link rel="canonical" href="{canonical}"></head>'
            f"<body><article><h1>{title}</h1>{body}<p>{a}</p></article></body></html>").encode()


def test_a_copy_of_a_scanned_page_under_another_url_is_one_page(tmp_path, webs):
    w = webs[0]
    post = w.url("/2025/03/mentoring-on-mastodon/")
    # WordPress's share buttons and comment reply links serve the post again under a query
    variants = [post + "?share=facebook", post + "?share=twitter", post + "?replytocom=12"]
    w.route("/2025/03/mentoring-on-mastodon/", Page(_canonical_page("Mentoring on Mastodon", post, variants)))
    w.route("/", Page(_canonical_page("Home", w.url("/"), [post, w.url("/misconfigured")])))
    # a site that names its home page as every page's canonical: the page is still its own, even where the
    # site gives every page its home page's title and the page is about as long
    w.route("/misconfigured", Page(_canonical_page("Home", w.url("/"), body=MENTOR.replace("Twitter", "Mastodon"))))
    pages = run(tmp_path, webs, [w.url("/")], depth=3, follow="all", concurrency=1)
    works = [u for u, p in pages.items() if p["kind"] != "error"]
    assert sorted(works) == sorted([w.url("/"), post, w.url("/misconfigured")])
    for u in variants:
        assert pages[u]["kind"] == "error" and pages[u]["canonical_url"] == post and post in pages[u]["note"]
    from scan.screen.prisma import prisma_flow

    stored = CrawlState(tmp_path / "db").load().pages.values()
    assert prisma_flow(list(stored), {}, [])["removed"]["duplicates"] == 3


def test_a_page_first_reached_at_a_variant_of_its_canonical_address_is_stored_there(tmp_path, webs):
    """LiveJournal's listing links each entry's reply form (?mode=reply), which shows the entry and names it as
    canonical, before the entry itself (seen on web 29): the page is stored at its canonical address, the variant
    is its alias, and the entry is not fetched again, however short (a 13-word entry has too few words to show a
    copy by its text). A query that names another document (?id=) is no variant, whatever its canonical says."""
    w = webs[0]
    long_entry, short_entry = w.url("/48577.html"), w.url("/50102.html")
    for url, title, body in ((long_entry, "list etiquette rant", MENTOR), (short_entry, "away", "<p>Away until "
                             "the tenth: no post, no mentoring chat on Twitter.</p>")):
        page = Page(_canonical_page(title, url, body=body))
        w.route(url.removeprefix(w.url("")), page)      # (a route answers its path with any query)
    listing = [long_entry + "?mode=reply", long_entry, short_entry + "?mode=reply", short_entry, w.url("/index.php?id=7")]
    w.route("/", Page(_canonical_page("the quiet vault", w.url("/"), listing)))
    w.route("/index.php", Page(_canonical_page("Home", w.url("/"), body=MENTOR.replace("Twitter", "Mastodon"))))
    pages = run(tmp_path, webs, [w.url("/")], depth=2, concurrency=1)
    for url in (long_entry, short_entry):
        assert pages[url]["kind"] != "error" and pages[url]["found_on"] == w.url("/"), pages[url]
        assert pages[url + "?mode=reply"]["kind"] == "error" and pages[url + "?mode=reply"]["canonical_url"] == url
        path = url.removeprefix(w.url(""))
        assert [h.path for h in w.hits() if h.path.startswith(path)] == [path + "?mode=reply"]
    assert pages[w.url("/index.php?id=7")]["kind"] != "error" and w.url("/index.php") not in pages


def test_redirects_to_other_hosts_and_disallowed_paths_go_through_the_frontier(tmp_path, webs):
    a, b = webs[0], webs[1]
    a.route("/", Page(html("seed", [a.url("/moved"), a.url("/sneaky")])))
    a.route("/moved", Page(status=301, headers={"Location": b.url("/new")}))
    a.route("/sneaky", Page(status=302, headers={"Location": a.url("/private/x")}))
    a.route("/robots.txt", Page(b"User-agent: *\nDisallow: /private\n", content_type="text/plain"))
    a.route("/private/x", Page(html("private")))
    b.route("/new", Page(html("new home")))
    pages = run(tmp_path, webs, [a.url("/")], depth=1, follow="all", delay=0.2)
    # b's robots.txt was asked before its page, and the gap on b is honoured.
    hits = sorted(b.hits(), key=lambda h: h.start)
    assert [h.path for h in hits] == ["/robots.txt", "/new"]
    assert hits[1].start - hits[0].end >= 0.19
    assert pages[b.url("/new")]["status"] == 200 and pages[a.url("/moved")]["status"] == 301
    assert not a.hits("/private/x")
    assert "robots" in pages[a.url("/private/x")]["error"]


def test_traps_session_ids_and_latin1_links(tmp_path, webs):
    # Seen from the server: a page that hands out a new session id in every link is
    # fetched once, and a Latin-1 escaped link is asked for as written (not as U+FFFD).
    w = webs[0]
    w.route("/", Page(html("seed", ["/caf%E9.html", "/s;jsessionid=1", "/s?PHPSESSID=1"])))
    w.route("/caf%E9.html", Page(html("Latin-1 path")))
    count = iter(range(2, 10_000))

    def session_page(req):
        return Page(html("session", [f"/s;jsessionid={next(count)}", f"/s?PHPSESSID={next(count)}"]))

    w.route("/s", session_page)
    w.route("/s;jsessionid=1", session_page)
    pages = run(tmp_path, webs, [w.url("/")], depth=4, follow="all")
    assert pages[w.url("/caf%E9.html")]["status"] == 200
    assert len([h for h in w.log if h.path.startswith("/s")]) == 1
    assert w.url("/s") in pages


def test_meta_refresh_is_a_redirect_and_its_loop_ends(tmp_path, webs):
    w = webs[0]
    w.route("/", Page(html("seed", ["/r1", "/reload"])))
    w.route("/r1", Page(b'<html><head><meta http-equiv="refresh" content="0; url=/r2"><title>Moved</title></head></html>'))
    w.route("/r2", Page(b'<html><head><meta http-equiv="refresh" content="0; url=/r1"><title>Moved</title></head></html>'))
    w.route("/reload", Page(b'<html><head><meta http-equiv="refresh" content="300"><title>News</title></head>'
                            b'<body><p>mentor</p></body></html>'))
    pages = run(tmp_path, webs, [w.url("/")], depth=3, follow="all")
    r1, r2 = pages[w.url("/r1")], pages[w.url("/r2")]
    assert r1["kind"] == "error" and r1["depth"] == 1 and r2["depth"] == 1  # the target is the same page, moved
    assert len(w.hits("/r1")) == 1 and len(w.hits("/r2")) == 1
    assert pages[w.url("/reload")]["title"] == "News"  # a page reloading itself is no redirect


def test_a_refresh_for_browsers_without_scripts_is_no_redirect(tmp_path, webs):
    """Facebook's pages send a browser without scripts to /?_fb_noscript=1 from inside <noscript>; the page is
    what a reader sees (web 41's group was an error, its posts never reached)."""
    w = webs[0]
    head = b'<noscript><meta http-equiv="refresh" content="0; URL=/?_fb_noscript=1"></noscript>'
    w.route("/", Page(html("seed", ["/groups/librarymentors/"])))
    w.route("/groups/librarymentors/", Page(
        b"<html><head><title>Library Mentors Network | Facebook</title>" + head + b"</head><body><h1>Library Mentors "
        b'Network</h1><div role="feed"><a href="/groups/librarymentors/posts/77123/">Mentor Monday: introduce '
        b"yourself</a></div></body></html>"))
    w.route("/groups/librarymentors/posts/77123/", Page(
        b"<html><head><title>Mentor Monday | Library Mentors Network | Facebook</title>" + head + b"</head><body>"
        b"<p>Looking for a mentor? Comment with your role and what you would like help with.</p></body></html>"))
    pages = run(tmp_path, webs, [w.url("/")], depth=3, follow="all")
    group = pages[w.url("/groups/librarymentors/")]
    assert group["kind"] != "error" and group["title"].startswith("Library Mentors Network")
    assert w.url("/groups/librarymentors/posts/77123/") in pages and not w.hits("/?_fb_noscript=1")


def test_relative_link_loops_are_not_followed(tmp_path, webs):
    # Every page under /blog/ links "page/" relative to itself: /blog/page/, /blog/page/page/, ... for ever.
    w = webs[0]

    class Loop(dict):
        def get(self, key, default=None):
            return super().get(key) or (Page(html("loop", ["page/"])) if key.startswith("/blog/") else default)

    w.routes = Loop(w.routes)
    w.route("/", Page(html("seed", ["/blog/"])))
    pages = run(tmp_path, webs, [w.url("/")], depth=8, follow="all")
    assert sorted(u[len(w.url("")):] for u in pages) == ["/", "/blog/", "/blog/page/", "/blog/page/page/"]


def test_an_endless_calendar_of_queries_is_followed_a_bounded_number_of_times(tmp_path, webs):
    # /cal?m=N links to the month before and after it, for ever: one path's query variants are capped
    from scan.crawl.engine import MAX_QUERY_VARIANTS

    w = webs[0]

    def month(req):
        n = int(req.path.split("m=")[1]) if "m=" in req.path else 0
        return Page(html(f"Events {n}", [f"/cal?m={n - 1}", f"/cal?m={n + 1}"]))

    w.route("/cal", month)
    w.route("/", Page(html("seed", ["/cal?m=0", "/about"])))
    w.route("/about", Page(html("About", [])))
    pages = run(tmp_path, webs, [w.url("/")], depth=10_000, follow="all", max_pages=1000)
    months = [u for u in pages if "/cal?" in u]
    assert len(months) == 1 + MAX_QUERY_VARIANTS and w.url("/about") in pages  # the seed's link, then 100


def test_queries_listed_on_another_page_are_not_capped(tmp_path, webs):
    # a WordPress blog with plain permalinks: its home page lists /?p=1 ... /?p=150
    from scan.crawl.engine import MAX_QUERY_VARIANTS

    w = webs[0]
    n = MAX_QUERY_VARIANTS + 50
    w.route("/", lambda req: Page(html("Post", [])) if "p=" in req.path else
            Page(html("Blog", [f"/?p={i}" for i in range(1, n + 1)])))
    pages = run(tmp_path, webs, [w.url("/")], depth=1, follow="all", max_pages=1000)
    assert len([u for u in pages if "?p=" in u]) == n


def test_a_board_whose_threads_are_no_teasers_leads_on_by_its_links_words():
    """Seen on webs 13 and 14: a FluxBB board lists its threads in a table beside the board's description, and a
    blog's second page lists posts as bare links: no teaser blocks, so the page's topical score was 0 and the crawl
    did not follow it to the threads about the topic. A page that leads to works and shows no teasers is read by
    the words of its links (not its menus), which decide whether its links are followed."""
    from scan.crawl.engine import _Scorer, analyse_fetched
    from scan.keywords import Topic

    rows = "".join(f'<tr><td class="tcl"><div class="tclcon"><a href="/viewtopic.php?id={n}">{t}</a> <span '
                   f'class="byuser">by quillon</span></div></td><td class="tc2">3</td></tr>' for n, t in (
                       (455, "Mastodon or Bluesky for library people?"), (430, "Job ad salary ranges"),
                       (412, "New archivist, no one to ask. How did you find a mentor?")))
    menu = '<div id="brdmenu"><ul><li><a href="/index.php">Index</a></li><li><a href="/search.php">Search</a></li></ul></div>'
    html = (f'<html><head><title>Around the library / The Back Room</title></head><body><div class="pun">{menu}'
            f'<div id="brdtitle"><p>A forum for library workers. Be kind.</p></div><div id="brdmain"><div '
            f'class="blocktable"><h2>Around the library</h2><table><tbody>{rows}</tbody></table></div></div></div>'
            f'</body></html>').encode()
    page, _, _ = analyse_fetched(html, "https://forum.example/viewforum.php?id=2", None, _Scorer(Topic.default()))
    assert page.kind == "category" and page.topical >= 20, (page.kind, page.topical)
    off = html.replace(b"Mastodon or Bluesky for library people?", b"Shelving carts").replace(
        b"How did you find a mentor?", b"Where do returns go?")
    page, _, _ = analyse_fetched(off, "https://forum.example/viewforum.php?id=2", None, _Scorer(Topic.default()))
    assert page.topical == 0.0, page.topical
