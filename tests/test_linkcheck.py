"""refs.linkcheck and `scan check-links` against real loopback servers.

Hosts: blog.example.org (127.0.0.2), news.example.com (127.0.0.3), the
archive API (127.0.0.4), a site answering 200 "not found" for every unknown
path (127.0.0.5), a slow host (127.0.0.6), a DOI resolver (127.0.0.7).
"""

from __future__ import annotations

import json
import socket
import time
from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qs, urlsplit

import pytest

from refs.http import NetPolicy, make_session
from refs.library import Workspace, add_items, get_item
from refs.linkcheck import (
    CheckSettings, Link, check_links, check_workspace, links_of, parse_age, select_items,
)
from tests.servers import Page, Request, Web

NAMES = {
    "blog.example.org": "127.0.0.2",
    "news.example.com": "127.0.0.3",
    "archive.test": "127.0.0.4",
    "soft.example.net": "127.0.0.5",
    "slow.example": "127.0.0.6",
    "doi.test": "127.0.0.7",
    "refused.example": "127.0.0.8",
}


def resolve(host):
    if host in NAMES:
        return [NAMES[host]]
    raise OSError(f"{host} does not resolve")


POLICY = NetPolicy(resolve=resolve, allow_private=True)
FAST = CheckSettings(gap=0.01, timeout=1.0, backoff=0.1, max_retry_after=5, archive_api=None)


class CatchAll(dict):
    """Routes for a site that answers every unknown path with ``fallback``."""

    fallback = Page(b"<html><head><title>Oops! Page not found</title></head></html>")

    def get(self, key, default=None):
        return super().get(key) or super().get(key.split("?")[0]) or self.fallback


def html(title: str) -> Page:
    return Page(f"<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>".encode())


def free_port(host: str) -> int:
    s = socket.socket()
    s.bind((host, 0))
    port = s.getsockname()[1]
    s.close()
    return port


@pytest.fixture(scope="module")
def webs():
    blog = Web("127.0.0.2", name="blog.example.org")
    news = Web("127.0.0.3", name="news.example.com")
    archive = Web("127.0.0.4", name="archive.test")
    soft = Web("127.0.0.5", name="soft.example.net")
    slow = Web("127.0.0.6", name="slow.example")
    doi = Web("127.0.0.7", name="doi.test")
    soft.routes = CatchAll()

    blog.route("/", html("Blog home"))
    blog.route("/post", html("How to find a mentor"))
    blog.route("/retired", html("Page not found"))
    blog.route("/new", html("The new place"))
    blog.route("/moved", Page(status=301, headers={"Location": "/moved2"}))
    blog.route("/moved2", Page(status=308, headers={"Location": "/new"}))
    blog.route("/temp", Page(status=302, headers={"Location": "/new"}))
    blog.route("/perm-then-temp", Page(status=301, headers={"Location": "/temp"}))
    blog.route("/gone", Page(b"gone", status=410))
    blog.route("/old-post", Page(status=301, headers={"Location": "/"}))
    blog.route("/loop1", Page(status=302, headers={"Location": "/loop2"}))
    blog.route("/loop2", Page(status=302, headers={"Location": "/loop1"}))
    blog.route("/no-head", lambda req: Page(status=405) if req.method == "HEAD" else html("GET only"))
    blog.route("/head-forbidden", lambda req: Page(status=403) if req.method == "HEAD" else html("GET only"))
    blog.slow_arrivals = []  # the server logs a hit when it has answered: too late here
    blog.route("/slowly", lambda req: blog.slow_arrivals.append(req.method) or Page(b"late", delay=3))
    blog.route("/unavailable", Page(status=503, headers={"Retry-After": "0"}))
    blog.route("/members", Page(status=401))

    def browsers_only(req: Request) -> Page:
        ua = req.headers.get("User-Agent", "")
        if ua.startswith("Mozilla/") and "text/html" in req.headers.get("Accept", ""):
            return html("Welcome, browser")
        return Page(b"go away", status=403)

    news.route("/browsers-only", browsers_only)
    news.route("/forbidden", Page(b"no", status=403))
    news.route("/cross", Page(status=301, headers={"Location": blog.url("/post")}))
    news.route("/throttled-forever", Page(status=429, headers={"Retry-After": "1"}))
    tries = {"n": 0}

    def throttled(req: Request) -> Page:
        tries["n"] += 1
        return Page(status=429, headers={"Retry-After": "1"}) if tries["n"] == 1 else html("Finally")

    news.route("/throttled", throttled)
    news.route("/not-found-heading", lambda req: (
        Page(status=405) if req.method == "HEAD" else
        Page(b"<html><title>News</title><h1>Sorry, this article no longer exists</h1></html>")))

    soft.route("/real", html("A real article"))

    def available(req: Request) -> Page:
        q = parse_qs(urlsplit(req.path).query)
        url = q["url"][0]
        stamp = q.get("timestamp", ["20200101"])[0]
        if "gone" in url or "old-post" in url:
            body = {"url": url, "archived_snapshots": {"closest": {
                "available": True, "status": "200", "timestamp": stamp + "000000",
                "url": f"http://archive.test/web/{stamp}000000/{url}"}}}
        else:
            body = {"url": url, "archived_snapshots": {}}
        return Page(json.dumps(body).encode(), content_type="application/json")

    archive.route("/wayback/available", available)

    doi.route("/10.1234/live", Page(status=302, headers={"Location": blog.url("/post")}))

    for i in range(8):
        slow.route(f"/p{i}", Page(b"<title>slow</title>", delay=0.3))

    for w in (blog, news, archive, soft, slow, doi):
        w.start()
    yield {"blog": blog, "news": news, "archive": archive, "soft": soft, "slow": slow, "doi": doi}
    for w in (blog, news, archive, soft, slow, doi):
        w.stop()


def check(urls: list[str], settings: CheckSettings = FAST) -> dict:
    session = make_session(POLICY, user_agent=settings.user_agent)
    results = check_links([Link(f"k{i}", u) for i, u in enumerate(urls)], session, settings)
    return {r.url: r for r in results}


# --- verdicts ---------------------------------------------------------------------------


def test_ok_redirected_and_temporary(webs):
    blog, news = webs["blog"], webs["news"]
    r = check([blog.url("/post"), blog.url("/moved"), blog.url("/temp"), blog.url("/perm-then-temp"),
               news.url("/cross")])
    ok = r[blog.url("/post")]
    assert (ok.verdict, ok.http_status, ok.final_url, ok.detail) == ("ok", 200, blog.url("/post"), None)
    moved = r[blog.url("/moved")]
    assert moved.verdict == "redirected" and moved.final_url == blog.url("/new")
    assert [s for _, s in moved.redirects] == [301, 308]
    assert "moved permanently (301, 308)" in moved.detail
    temp = r[blog.url("/temp")]
    assert temp.verdict == "ok" and temp.final_url == blog.url("/new") and "302" in temp.detail
    # A permanent hop then a temporary one: the URL to store is the end of the permanent part.
    mixed = r[blog.url("/perm-then-temp")]
    assert mixed.verdict == "redirected" and mixed.final_url == blog.url("/temp")
    cross = r[news.url("/cross")]
    assert cross.verdict == "redirected" and cross.final_url == blog.url("/post")


def test_dead_links(webs):
    blog = webs["blog"]
    refused = f"http://refused.example:{free_port('127.0.0.8')}/page"
    r = check([blog.url("/missing"), blog.url("/gone"), "http://nowhere.example/page", refused])
    assert (r[blog.url("/missing")].verdict, r[blog.url("/missing")].http_status) == ("dead", 404)
    assert r[blog.url("/missing")].detail == "404 Not Found"
    assert (r[blog.url("/gone")].verdict, r[blog.url("/gone")].detail) == ("dead", "410 Gone")
    dns = r["http://nowhere.example/page"]
    assert dns.verdict == "dead" and dns.detail == "the name nowhere.example does not resolve"
    assert r[refused].verdict == "dead" and r[refused].detail == "connection refused"


def test_soft_404s_are_dead_with_the_reason(webs):
    blog, news, soft = webs["blog"], webs["news"], webs["soft"]
    r = check([blog.url("/old-post"), soft.url("/deleted-article"), soft.url("/real"),
               news.url("/not-found-heading")])
    home = r[blog.url("/old-post")]
    assert home.verdict == "dead" and home.http_status == 200
    assert home.detail == f"soft 404: redirected to the site's home page {blog.url('/')}"
    text = r[soft.url("/deleted-article")]
    assert text.verdict == "dead" and text.detail == 'soft 404: the page\'s title says "Oops! Page not found"'
    assert r[soft.url("/real")].verdict == "ok"
    heading = r[news.url("/not-found-heading")]
    assert heading.verdict == "dead" and "heading says \"Sorry, this article no longer exists\"" in heading.detail



def test_a_forum_thread_that_is_gone_is_dead_by_its_message(webs):
    """A reference to a forum thread that was deleted: the forum answers 200, its board's title, and a message box
    ("The specified thread does not exist."); a thread that quotes such words in a longer post is alive."""
    blog = webs["blog"]
    chrome = ('<html><head><title>ArchTalk Boards</title></head><body><div id="header"><h1>ArchTalk Boards</h1>'
              '<a href="/memberlist.php">Member List</a></div><div id="content">{}</div>'
              '<div id="footer">Powered By MyBB</div></body></html>')
    blog.route("/showthread.php?tid=399", Page(chrome.format(
        '<table class="tborder"><tr><td class="trow1">The specified thread does not exist.</td></tr></table>').encode()))
    blog.route("/showthread.php?tid=400", Page(chrome.format(
        '<div class="post_body">Since the upgrade our OPAC answers "the specified thread does not exist" whenever a '
        "patron follows a link from the old forum. Has anyone found a way to redirect the old addresses?</div>").encode()))
    r = check([blog.url("/showthread.php?tid=399"), blog.url("/showthread.php?tid=400")])
    gone = r[blog.url("/showthread.php?tid=399")]
    assert gone.verdict == "dead" and gone.http_status == 200
    assert gone.detail == 'soft 404: the page says "The specified thread does not exist"'
    assert r[blog.url("/showthread.php?tid=400")].verdict == "ok"


def test_a_200_not_found_page_is_dead_on_a_host_with_real_404s(webs):
    # blog.example.org answers 404 for unknown paths; this page says "not found" with a 200.
    blog = webs["blog"]
    r = check([blog.url("/retired"), blog.url("/post")])
    assert r[blog.url("/retired")].verdict == "dead"
    assert r[blog.url("/retired")].detail == 'soft 404: the page\'s title says "Page not found"'
    assert r[blog.url("/post")].verdict == "ok"
    # One streamed GET a link, of which only the start is read; no HEAD, no probe.
    assert [h.method for h in blog.hits("/retired")] == ["GET"]
    assert not [h for h in blog.hits() if h.method == "HEAD"]


def test_one_get_with_browser_headers_decides_whatever_head_would_say(webs):
    blog, news = webs["blog"], webs["news"]
    r = check([blog.url("/no-head"), blog.url("/head-forbidden"), news.url("/browsers-only")])
    assert r[blog.url("/no-head")].verdict == "ok"
    assert [h.method for h in blog.hits("/no-head")] == ["GET"]
    assert r[blog.url("/head-forbidden")].verdict == "ok"
    assert r[news.url("/browsers-only")].verdict == "ok"


def test_refusals_are_blocked_never_dead(webs):
    blog, news = webs["blog"], webs["news"]
    r = check([news.url("/forbidden"), blog.url("/members"), news.url("/throttled-forever")])
    forbidden = r[news.url("/forbidden")]
    assert (forbidden.verdict, forbidden.http_status) == ("blocked", 403)
    assert [h.method for h in news.hits("/forbidden")] == ["GET"]
    assert r[blog.url("/members")].verdict == "blocked"
    throttled = r[news.url("/throttled-forever")]
    assert throttled.verdict == "blocked" and throttled.detail.startswith("429 Too Many Requests after 3 tries")


def test_429_honours_retry_after_then_succeeds(webs):
    news = webs["news"]
    r = check([news.url("/throttled")])
    assert r[news.url("/throttled")].verdict == "ok"
    first, second = news.hits("/throttled")[:2]
    assert second.start - first.start >= 0.9  # Retry-After: 1


def test_503_timeout_loop_and_tls_are_errors(webs):
    blog = webs["blog"]
    tls = f"https://blog.example.org:{blog.port}/post"  # a plain-HTTP server spoken to over TLS
    start = time.monotonic()
    r = check([blog.url("/unavailable"), blog.url("/slowly"), blog.url("/loop1"), tls])
    assert time.monotonic() - start < 15
    unavailable = r[blog.url("/unavailable")]
    assert (unavailable.verdict, unavailable.http_status) == ("error", 503)
    assert len(blog.hits("/unavailable", "GET")) == 3
    slowly = r[blog.url("/slowly")]
    assert slowly.verdict == "timeout" and "tried twice" in slowly.detail
    assert blog.slow_arrivals == ["GET", "GET"]  # retried once
    loop = r[blog.url("/loop1")]
    assert loop.verdict == "error" and "redirect loop" in loop.detail
    assert r[tls].verdict == "error" and r[tls].detail.startswith("TLS failure")


def test_per_host_limit_seen_from_the_server(webs):
    slow, blog = webs["slow"], webs["blog"]
    before = len(slow.log)
    settings = CheckSettings(per_host=2, gap=0.05, timeout=5, archive_api=None)
    start = time.monotonic()
    r = check([slow.url(f"/p{i}") for i in range(8)] + [blog.url("/post")], settings)
    elapsed = time.monotonic() - start
    assert all(x.verdict == "ok" for x in r.values())
    hits = slow.log[before:]
    # One GET each.
    assert sorted(h.method for h in hits) == ["GET"] * 8
    events = sorted([(h.start, 1) for h in hits] + [(h.end, -1) for h in hits])
    most = now = 0
    for _, step in events:
        now += step
        most = max(most, now)
    assert most == 2
    starts = sorted(h.start for h in hits)
    assert min(b - a for a, b in zip(starts, starts[1:])) >= 0.03
    assert elapsed < 8 * 0.3  # two at a time, not one by one


# --- the workspace: selection, cache, fix, archive ---------------------------------------


def library(ws, webs) -> None:
    blog = webs["blog"]
    items = [
        {"id": "barrPost2013", "type": "post-weblog", "title": "How to find a mentor", "URL": blog.url("/post"),
         "issued": {"date-parts": [[2013, 2, 25]]}},
        {"id": "hurtMoved2012", "type": "webpage", "title": "Moved", "URL": blog.url("/moved")},
        {"id": "czarGone2013", "type": "webpage", "title": "Gone", "URL": blog.url("/gone"),
         "accessed": {"date-parts": [[2019, 5, 4]]}},
        {"id": "smithArticle2020", "type": "article-journal", "title": "An article", "DOI": "10.1234/live"},
        {"id": "nobodyMissing2021", "type": "article-journal", "title": "Nope", "DOI": "10.1234/missing"},
        {"id": "noUrlPost2014", "type": "post-weblog", "title": "A post without its URL"},
        {"id": "reportNote2015", "type": "report", "title": "A report",
         "note": "Retrieved from https://example.org/report.pdf"},
        {"id": "bookNoLink2010", "type": "book", "title": "A book"},
    ]
    report = add_items(ws, items)
    assert report.added == [i["id"] for i in items]


def settings_for(webs, **kw) -> CheckSettings:
    base = dict(gap=0.01, timeout=1.0, backoff=0.1, doi_resolver=webs["doi"].url("/"),
                archive_api=webs["archive"].url("/wayback/available"))
    base.update(kw)
    return CheckSettings(**base)


def test_workspace_check_verdicts_and_archive(ws, webs):
    library(ws, webs)
    blog = webs["blog"]
    report = check_workspace(ws, settings=settings_for(webs), policy=POLICY)
    got = {(r.key, r.kind): r for r in report.results}
    assert [(r.key, r.verdict) for r in report.results] == [
        ("barrPost2013", "ok"), ("hurtMoved2012", "redirected"), ("czarGone2013", "dead"),
        ("smithArticle2020", "ok"), ("nobodyMissing2021", "dead"), ("noUrlPost2014", "no-url"),
        ("reportNote2015", "no-url")]
    doi = got[("smithArticle2020", "doi")]
    assert doi.url == webs["doi"].url("/10.1234/live") and doi.final_url == blog.url("/post")
    gone = got[("czarGone2013", "url")]
    # The snapshot closest to the date the reference was accessed.
    assert gone.archived_url == f"http://archive.test/web/20190504000000/{blog.url('/gone')}"
    assert got[("nobodyMissing2021", "doi")].archived_url is None
    assert got[("reportNote2015", "none")].detail == (
        "the note says 'Retrieved from https://example.org/report.pdf' but the reference has no URL field")
    assert report.any_dead
    shape = report.results[0].as_json()
    assert {"key", "url", "verdict", "http_status", "final_url", "detail", "archived_url"} <= set(shape)


def test_cache_and_max_age(ws, webs):
    library(ws, webs)
    blog = webs["blog"]
    settings = settings_for(webs, archive_api=None, max_age=parse_age("1d"))
    check_workspace(ws, settings=settings, policy=POLICY)
    cached = json.loads((ws.db / "links.json").read_text())["links"].values()
    assert {d["verdict"] for d in cached} == {"ok", "redirected", "dead"}
    assert all(d["checked_at"] for d in cached)
    post_hits, gone_hits = len(blog.hits("/post")), len(blog.hits("/gone"))
    again = check_workspace(ws, settings=settings, policy=POLICY)
    by_key = {r.key: r for r in again.results}
    assert by_key["barrPost2013"].cached and by_key["hurtMoved2012"].cached
    assert not by_key["czarGone2013"].cached  # only good results are skipped
    assert len(blog.hits("/post")) == post_hits and len(blog.hits("/gone")) > gone_hits
    # Two days on, a one-day-old result is checked again.
    later = check_workspace(ws, settings=settings, policy=POLICY,
                            now=datetime.now(timezone.utc) + timedelta(days=2))
    assert not any(r.cached for r in later.results)
    assert len(blog.hits("/post")) > post_hits


def test_errors_are_never_cached(ws, webs):
    add_items(ws, [{"id": "loopy", "type": "webpage", "title": "Loop", "URL": webs["blog"].url("/loop1")}])
    settings = settings_for(webs, archive_api=None, max_age=86400)
    assert check_workspace(ws, settings=settings, policy=POLICY).results[0].verdict == "error"
    assert json.loads((ws.db / "links.json").read_text())["links"] == {}


def test_fix_writes_the_new_url_and_syncs_library_bib(ws, webs):
    library(ws, webs)
    blog = webs["blog"]
    report = check_workspace(ws, settings=settings_for(webs, archive_api=None), policy=POLICY, fix=True)
    assert report.fixed == [("hurtMoved2012", blog.url("/moved"), blog.url("/new"))]
    assert get_item(ws, "hurtMoved2012")["URL"] == blog.url("/new")
    bib = ws.bib.read_text()
    assert blog.url("/new") in bib and blog.url("/moved") not in bib
    again = check_workspace(ws, settings=settings_for(webs, archive_api=None), policy=POLICY, keys=["hurtMoved2012"])
    assert [r.verdict for r in again.results] == ["ok"]


def test_keys_and_manuscript_select_references(ws, webs, tmp_path):
    library(ws, webs)
    items = ws.store.load_items()
    chosen, missing = select_items(items, ["czarGone2013"])
    assert [i["id"] for i in chosen] == ["czarGone2013"]
    tex = tmp_path / "paper.tex"
    tex.write_text("As \\citet{barrPost2013} says % \\cite{czarGone2013}\nand [@hurtMoved2012; @ghost2020].\n")
    chosen, missing = select_items(items, None, tex)
    assert [i["id"] for i in chosen] == ["barrPost2013", "hurtMoved2012"]
    assert len(missing) == 1 and "no reference with key 'ghost2020'" in missing[0]
    report = check_workspace(ws, settings=settings_for(webs, archive_api=None), policy=POLICY, manuscript=tex)
    assert [r.key for r in report.results] == ["barrPost2013", "hurtMoved2012"]
    assert report.unmatched == missing


def _cited_keys(text):
    from refs.manuscript import find_key_citations

    return list(dict.fromkeys(c.key for c in find_key_citations(text)))


def test_the_key_finder_reads_latex_without_comments(tmp_path):
    from refs.manuscript import read_manuscript

    tex = tmp_path / "paper.tex"
    tex.write_text("\\citet{a2010} % \\cite{b2011}\n50\\% of [@c2012]\n")
    assert _cited_keys(read_manuscript(tex)) == ["a2010", "c2012"]


# --- pure parts -------------------------------------------------------------------------


def test_cited_keys_latex_and_pandoc():
    text = r"\parencite[see][12]{a2010,b2011} \textcites{c2012}{d2013} [@e2014, p. 3; -@f2015]. mail@x.org @g2016."
    assert _cited_keys([text]) == ["a2010", "b2011", "c2012", "d2013", "e2014", "f2015", "g2016"]


def test_links_of_and_retry_after():
    links = links_of([{"id": "a", "DOI": "https://doi.org/10.1/X#Y"}], "https://resolver.test/")
    assert links == [Link("a", "https://resolver.test/10.1/X%23Y", "doi")]
    with pytest.raises(Exception, match="not an age"):
        parse_age("tomorrow")


# --- the command line -------------------------------------------------------------------


def test_cli_json_summary_and_exit_codes(scan_cli, webs, tmp_path):
    blog = webs["blog"]
    ip = lambda path: blog.url(path, host="127.0.0.2")  # noqa: E731 - no resolver seam in a subprocess
    for key, path in (("okPost", "/post"), ("movedPost", "/moved"), ("gonePost", "/gone")):
        done = scan_cli("refs", "add", "--key", key, "--title", key, "--url", ip(path), "--type", "webpage")
        assert done.returncode == 0, done.stderr
    done = scan_cli("check-links", "--json", "--allow-private", "--archive-api",
                    webs["archive"].url("/wayback/available", host="127.0.0.4"))
    assert done.returncode == 1, done.stderr
    rows = json.loads(done.stdout)
    assert [(r["key"], r["verdict"]) for r in rows] == [("okPost", "ok"), ("movedPost", "redirected"),
                                                        ("gonePost", "dead")]
    assert rows[2]["archived_url"].endswith(ip("/gone")) and rows[1]["final_url"] == ip("/new")
    assert done.stderr == ""  # no progress bar when not on a terminal

    done = scan_cli("check-links", "--allow-private", "--archive-api", "", "--keys", "okPost,movedPost", "--fix")
    assert done.returncode == 0, done.stderr
    assert f"redirected  movedPost  {ip('/moved')}\n            fixed: {ip('/new')}" in done.stdout
    assert "2 links: 1 ok, 1 redirected" in done.stderr
    assert "1 updated in library.bib: movedPost" in done.stderr
    assert ip("/new") in (tmp_path / "library.bib").read_text()

    done = scan_cli("check-links", "--allow-private", "--archive-api", "")
    assert done.returncode == 1
    assert f"dead        gonePost  {ip('/gone')}\n            410 Gone\n" in done.stdout

    done = scan_cli("check-links", "--keys", "nosuch")
    assert done.returncode == 2 and "no reference with key 'nosuch'" in done.stderr
    done = scan_cli("check-links", "--max-age", "soon")
    assert done.returncode == 2 and "--max-age: not an age: 'soon'" in done.stderr


def test_private_addresses_need_allow_private(scan_cli, webs):
    url = webs["blog"].url("/post", host="127.0.0.2")
    scan_cli("refs", "add", "--key", "p", "--title", "P", "--url", url)
    done = scan_cli("check-links", "--json", "--archive-api", "")
    assert done.returncode == 0
    row = json.loads(done.stdout)[0]
    assert row["verdict"] == "error" and "--allow-private" in row["detail"]


def test_offline_judges_nothing_dead(ws, tmp_path):
    # No name resolves, not even the DOI resolver's: the machine is offline.
    from refs.errors import Offline

    add_items(ws, [{"id": "a", "type": "webpage", "title": "A", "URL": "https://blog.example.org/a"},
                   {"id": "b", "type": "article-journal", "title": "B", "DOI": "10.1234/b"}])
    nowhere = NetPolicy(resolve=lambda host: (_ for _ in ()).throw(OSError(f"{host} does not resolve")))
    with pytest.raises(Offline) as exc:
        check_workspace(ws, settings=FAST, policy=nowhere)
    assert "this machine seems to be offline" in str(exc.value) and "doi.org" in str(exc.value)
    assert not (ws.db / "links.json").exists()


def test_one_name_that_does_not_resolve_is_dead_when_others_do(ws, webs):
    add_items(ws, [{"id": "a", "type": "webpage", "title": "A", "URL": "http://no-such-host.example/a"},
                   {"id": "b", "type": "webpage", "title": "B", "URL": webs["blog"].url("/post")}])
    report = check_workspace(ws, settings=FAST, policy=POLICY)
    assert [r.verdict for r in report.results] == ["dead", "ok"]
    # The DOI resolver's name resolving is enough to call a lone unresolvable name dead.
    alone = Workspace(ws.bib.parent / "other.bib", ws.db.parent / "db2")
    add_items(alone, [{"id": "a", "type": "webpage", "title": "A", "URL": "http://no-such-host.example/a"}])
    report = check_workspace(alone, settings=CheckSettings(**{**FAST.__dict__, "doi_resolver": "http://doi.test/"}),
                             policy=POLICY)
    assert [r.verdict for r in report.results] == ["dead"]


def test_offline_cli_and_bad_numbers_exit_2(scan_cli):
    scan_cli("refs", "add", "--key", "a", "--title", "A", "--url", "https://unresolvable.invalid/a")
    done = scan_cli("check-links", env={"SCAN_HOSTS": "x.test=127.0.0.9", "SCAN_HOSTS_ONLY": "1"})
    assert done.returncode == 2 and "offline" in done.stderr and "Nothing was judged dead" in done.stderr
    for args, message in ((["--max-age", "99999999999w"], "--max-age: '99999999999w' is longer than"),
                          (["--timeout", "nan"], "--timeout: nan is not"),
                          (["--timeout", "0"], "--timeout: 0 is out of range"),
                          (["--concurrency", "0"], "--concurrency: 0 is out of range"),
                          (["--per-host", "-1"], "--per-host: -1 is out of range"),
                          (["--doi-resolver", "http://[::1"], "--doi-resolver: takes an http(s) URL, not 'http://[::1'"),
                          (["--archive-api", "file:///etc/passwd"], "--archive-api: takes an http(s) URL")):
        done = scan_cli("check-links", *args)
        assert done.returncode == 2, (args, done.stderr)
        assert done.stderr.startswith(f"scan: error: {message}"), done.stderr
