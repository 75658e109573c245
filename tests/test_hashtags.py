"""scan crawl --hashtag TAG --mastodon INSTANCE: a public tag timeline on a
loopback Mastodon instance (shapes in tests/data/social), paged with max_id,
bounded by dates and --max-pages, posts scored, relevant posts' links
followed, robots.txt obeyed, resumable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.servers import Page, Web

DATA = Path(__file__).parent / "data" / "social"
TAG = "/api/v1/timelines/tag/libchat?limit=40"
BLOG = b"""<html><head><title>How to find a mentor</title></head><body><article><h1>How to find a mentor</h1>
<p>Peer mentoring: a mentor and a mentee, mentoring moments.</p></article></body></html>"""


@pytest.fixture
def sites():
    masto = Web("127.0.0.4", name="glammr.example")
    blog = Web("127.0.0.2", name="blog.example.org")
    # The posts link to the blog on its test port.
    page1 = (DATA / "mastodon_tag_page1.json").read_bytes().replace(b"http://blog.example.org/", blog.url("/").encode())
    nxt = f"<{masto.url(TAG)}&max_id=110000000000000150>; rel=\"next\", <{masto.url(TAG)}&min_id=1>; rel=\"prev\""
    masto.route(TAG, Page(page1, content_type="application/json", headers={"Link": nxt}))
    masto.route(TAG + "&max_id=110000000000000150", Page((DATA / "mastodon_tag_page2.json").read_bytes(),
                                                          content_type="application/json"))
    masto.route("/robots.txt", Page(b"User-agent: *\nDisallow: /media_proxy/\n", content_type="text/plain"))
    blog.route("/2013/02/25/find-a-mentor/", Page(BLOG))
    blog.route("/lunch/", Page(b"<html><title>Lunch</title><body>Soup.</body></html>"))
    with masto, blog:
        yield masto, blog


def run(scan_cli, masto, blog, *args):
    env = {"SCAN_HOSTS": f"{masto.name}={masto.host},{blog.name}={blog.host}", "SCAN_HOSTS_ONLY": "1"}
    return scan_cli("crawl", *args, "--delay", "0", "--allow-private", env=env)


def posts(scan_cli) -> dict[str, dict]:
    return {p["url"]: p for p in json.loads(scan_cli("pages", "--kind", "post", "--json").stdout)}


def test_tag_timeline_is_read_scored_and_followed(scan_cli, sites):
    masto, blog = sites
    r = run(scan_cli, masto, blog, "--hashtag", "#libchat", "--mastodon", masto.url("/"), "--since", "2023-03-01",
            "--keywords", "mentor,mentee",
            "--until", "2023-03-31")
    assert r.returncode == 0, r.stderr
    got = posts(scan_cli)
    ana, bob, dee = ("https://glammr.example/@%s/%d" % x for x in
                     (("ana", 110000000000000300), ("bob", 110000000000000200), ("dee", 110000000000000100)))
    assert set(got) == {ana, bob, dee}  # cy's is after --until, eve's before --since
    assert got[ana]["status"] == 200 and got[ana]["depth"] == 0 and got[ana]["title"].startswith("Peer mentoring")
    assert got[ana]["score"] >= 20 > got[bob]["score"]
    asked = [h.path for h in masto.hits()]
    assert asked == ["/robots.txt", TAG, TAG + "&max_id=110000000000000150"]  # paging stopped at an older post
    # The relevant post's link was followed as a seed; the lunch post's was not.
    assert blog.hits("/2013/02/25/find-a-mentor/") and not blog.hits("/lunch/")
    pages = {p["url"]: p for p in json.loads(scan_cli("pages", "--json").stdout)}
    assert pages[blog.url("/2013/02/25/find-a-mentor/")]["found_on"] == ana


def test_hashtag_crawl_resumes_where_the_timeline_stopped(scan_cli, sites):
    masto, blog = sites
    r = run(scan_cli, masto, blog, "--hashtag", "libchat", "--mastodon", masto.url("/"), "--since", "2023-03-01",
            "--max-pages", "2")
    assert r.returncode == 0, r.stderr
    assert len(posts(scan_cli)) == 2 and len(masto.hits(TAG)) == 1
    r = run(scan_cli, masto, blog, "--resume", "--max-pages", "20")
    assert r.returncode == 0, r.stderr
    # The page --max-pages cut short is read again (its stored posts skipped), then the next one.
    assert len(masto.hits(TAG)) == 2 and len(masto.hits(TAG + "&max_id=110000000000000150")) == 1
    assert len(posts(scan_cli)) == 4  # cy's too: no --until this time
    assert blog.hits("/2013/02/25/find-a-mentor/")


def test_hashtag_refusals(scan_cli, sites, tmp_path):
    masto, blog = sites
    masto.route(TAG, Page(b'{"error":"This method requires an authenticated user"}', status=401,
                          content_type="application/json"))
    r = run(scan_cli, masto, blog, "--hashtag", "libchat", "--mastodon", masto.url("/"))
    assert r.returncode == 2
    assert "the instance shows its tag timelines only to signed-in users (401)" in r.stderr
    assert run(scan_cli, masto, blog, "--hashtag", "lib chat", "--mastodon", masto.url("/")).returncode == 2
    assert "--mastodon needs" not in run(scan_cli, masto, blog, "--hashtag", "x", "--mastodon", "ftp://x").stderr
    r = run(scan_cli, masto, blog, "--hashtag", "libchat")
    assert r.returncode == 2 and "--hashtag needs --mastodon INSTANCE" in r.stderr
    r = run(scan_cli, masto, blog, "--hashtag", "libchat", "--mastodon", "x.example", "--since", "March")
    assert r.returncode == 2 and "--since: takes a date as YYYY-MM-DD" in r.stderr
    masto.route("/robots.txt", Page(b"User-agent: *\nDisallow: /api/\n", content_type="text/plain"))
    masto.route(TAG, Page(b"[]", content_type="application/json"))
    masto.log.clear()
    r = run(scan_cli, masto, blog, "--hashtag", "libchat", "--mastodon", masto.url("/"))
    assert r.returncode == 2 and "robots.txt disallows /api/v1/timelines/tag/libchat" in r.stderr
    assert not masto.hits(TAG)


def test_hashtags_in_scan_toml(scan_cli, sites, tmp_path):
    masto, blog = sites
    (tmp_path / "scan.toml").write_text(f'[crawl]\nhashtags = ["libchat"]\nmastodon = ["{masto.url("/")}"]\n'
                                        'since = "2023-03-01"\nuntil = "2023-03-31"\n')
    r = run(scan_cli, masto, blog)
    assert r.returncode == 0, r.stderr
    assert len(posts(scan_cli)) == 3


def test_a_timeline_of_odd_statuses_that_goes_round_is_read_once(scan_cli, sites):
    """A hostile instance: boosts that are no status, a handle with braces and controls, a status that
    is not an object, and a Link header that sends us back to the page we are on."""
    masto, blog = sites
    odd = [{"id": "3", "content": "<p>Peer mentoring for a mentor and a mentee</p>", "reblog": "boost",
            "account": {"acct": "ana}\n@misc{x,", "display_name": "Ana\u202e Barr\x07"}, "url": masto.url("/@ana/3"),
            "created_at": "2023-03-05T10:00:00Z", "media_attachments": 5},
           {"id": "2", "content": "mentor", "reblog": [1], "account": {"acct": "bob"}, "url": masto.url("/@bob/2")},
           "not a status", 7]
    again = f"<{masto.url(TAG)}&max_id=3>; rel=\"next\""
    masto.route(TAG, Page(json.dumps(odd).encode(), content_type="application/json", headers={"Link": again}))
    masto.route(TAG + "&max_id=3", Page(json.dumps(odd).encode(), content_type="application/json",
                                        headers={"Link": again}))
    r = run(scan_cli, masto, blog, "--hashtag", "libchat", "--mastodon", masto.url("/"))
    assert r.returncode == 0, r.stderr
    got = posts(scan_cli)
    assert set(got) == {masto.url("/@ana/3"), masto.url("/@bob/2")}
    ana = got[masto.url("/@ana/3")]
    assert ana["handle"] is None and ana["authors"] == [{"family": "Barr", "given": "Ana"}]
    assert ana["title"] == "Peer mentoring for a mentor and a mentee"
    assert [h.path for h in masto.hits()] == ["/robots.txt", TAG, TAG + "&max_id=3"]
