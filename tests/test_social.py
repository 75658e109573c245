"""Citing posts and videos: X oEmbed, Mastodon statuses, Bluesky getPostThread,
YouTube and Vimeo oEmbed, each served on loopback in the shapes recorded in
tests/data/social (README there names where each is documented), with every
failure a platform gives; and the APA 20-word title rule."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from refs.social.parse import author_of
from refs.social.read import Endpoints, PostReader
from refs.social.title import TITLE_WORDS, apa_title, clean_text, count_words
from refs.social.urls import recognise
from tests.servers import Page, Web

DATA = Path(__file__).parent / "data" / "social"
JSON = "application/json; charset=utf-8"


def data(name: str) -> bytes:
    return (DATA / name).read_bytes()


class Platforms:
    """Five loopback hosts: X's oEmbed, a Mastodon instance, a Bluesky
    AppView, YouTube's and Vimeo's oEmbed."""

    def __init__(self):
        self.x = Web("127.0.0.3", name="publish.x.test")
        self.masto = Web("127.0.0.4", name="glammr.example")
        self.bsky = Web("127.0.0.5", name="appview.bsky.test")
        self.yt = Web("127.0.0.6", name="yt.test")
        self.vimeo = Web("127.0.0.7", name="vimeo.test")
        self.all = [self.x, self.masto, self.bsky, self.yt, self.vimeo]

    def env(self) -> dict:
        return {"SCAN_HOSTS": ",".join(f"{w.name}={w.host}" for w in self.all), "SCAN_HOSTS_ONLY": "1",
                "SCAN_X_OEMBED": self.x.url("/oembed"), "SCAN_BLUESKY_API": self.bsky.url(""),
                "SCAN_YOUTUBE_OEMBED": self.yt.url("/oembed"), "SCAN_VIMEO_OEMBED": self.vimeo.url("/api/oembed.json"),
                "SCAN_YOUTUBE_PAGES": self.yt.url("")}

    def endpoints(self) -> Endpoints:
        return Endpoints.from_env(self.env())

    def resolver(self):
        from refs.http import hosts_resolver

        return hosts_resolver({w.name: w.host for w in self.all}, fallback=None)


@pytest.fixture
def platforms():
    p = Platforms()
    p.x.route("/oembed", Page(data("x_oembed.json"), content_type=JSON))
    p.masto.route("/api/v1/statuses/110012345678901234", Page(data("mastodon_status.json"), content_type=JSON))
    p.bsky.route("/xrpc/app.bsky.feed.getPostThread", Page(data("bluesky_thread.json"), content_type=JSON))
    p.yt.route("/oembed", Page(data("youtube_oembed.json"), content_type=JSON))
    p.vimeo.route("/api/oembed.json", Page(data("vimeo_oembed.json"), content_type=JSON))
    for w in p.all:
        w.start()
    yield p
    for w in p.all:
        w.stop()


def cite(scan_cli, platforms, *args):
    return scan_cli("cite", *args, env=platforms.env())


def items(scan_cli) -> list[dict]:
    return json.loads(scan_cli("export", "--format", "csl-json").stdout)


# --- X -------------------------------------------------------------------------------


def test_cite_tweet_through_oembed(scan_cli, platforms, tmp_path):
    r = cite(scan_cli, platforms, "https://x.com/CDCgov/status/1271180413134876672?s=20")
    assert r.returncode == 0, r.stderr
    [item] = items(scan_cli)
    assert item["type"] == "post" and item["genre"] == "Tweet" and item["container-title"] == "Twitter"
    assert item["author"] == [{"literal": "CDC"}] and item["handle"] == "@CDCgov"
    assert item["issued"] == {"date-parts": [[2020, 6, 11]]}
    assert item["URL"] == "https://twitter.com/CDCgov/status/1271180413134876672"
    # APA's own example: the first 20 words (#COVID19 one of them), the picture noted.
    assert item["title"] == ("Scientists do not know if having antibodies to the virus that causes #COVID19 can "
                             "protect someone from getting infected again [Image attached]")
    hit = platforms.x.hits()[0]
    assert "url=https%3A%2F%2Ftwitter.com%2FCDCgov%2Fstatus%2F1271180413134876672" in hit.path
    assert "omit_script=true" in hit.path
    bib = (tmp_path / "library.bib").read_text()
    assert "handle = {@CDCgov}" in bib and "entrysubtype = {post}" in bib
    # The same post under its other address is the same reference, and is not asked for again.
    r = cite(scan_cli, platforms, "https://twitter.com/CDCgov/status/1271180413134876672")
    assert r.returncode == 0 and "already in the library" in r.stderr
    assert len(platforms.x.hits()) == 1 and len(items(scan_cli)) == 1


@pytest.mark.parametrize("status, said", [
    (404, "the post is deleted or does not exist (publish.x.test answered 404)"),
    (403, "the post is private, or its account is protected (publish.x.test answered 403)"),
    (401, "the post is private, or its account is protected (publish.x.test answered 401)"),
    (500, "publish.x.test answered 500; no post could be read"),
])
def test_tweet_failures_are_one_line_and_add_nothing(scan_cli, platforms, tmp_path, status, said):
    body = b'{"error":"Sorry, you are not authorized to see this status."}' if status == 403 else b"{}"
    platforms.x.route("/oembed", Page(body, status=status, content_type=JSON))
    url = "https://twitter.com/CDCgov/status/1271180413134876672"
    r = cite(scan_cli, platforms, url)
    assert r.returncode == 2
    assert f"scan: cannot cite {url}: {url}: {said}\n" in r.stderr
    assert items(scan_cli) == [] and not (tmp_path / "library.bib").exists()


def test_redacted_oembed_is_refused(scan_cli, platforms, tmp_path):
    platforms.x.route("/oembed", Page(data("x_oembed_redacted.json"), content_type=JSON))
    r = cite(scan_cli, platforms, "https://twitter.com/i/status/1271180413134876673")
    assert r.returncode == 2
    assert "X's oEmbed answer holds no text of the post (it is withheld, redacted or empty)" in r.stderr
    assert items(scan_cli) == []


def test_rate_limit_waits_out_a_short_retry_after_and_says_a_long_one(scan_cli, platforms):
    calls = []

    def limited(request):
        calls.append(request.path)
        if len(calls) == 1:
            return Page(b'{"errors":[{"code":88}]}', status=429, headers={"Retry-After": "1"}, content_type=JSON)
        return Page(data("x_oembed.json"), content_type=JSON)

    platforms.x.route("/oembed", limited)
    r = cite(scan_cli, platforms, "https://x.com/CDCgov/status/1271180413134876672")
    assert r.returncode == 0, r.stderr
    assert len(calls) == 2 and platforms.x.log[1].start - platforms.x.log[0].end >= 0.9
    platforms.x.route("/oembed", Page(b"{}", status=429, headers={"Retry-After": "3600"}, content_type=JSON))
    r = cite(scan_cli, platforms, "https://x.com/CDCgov/status/1271180413134876999")
    assert r.returncode == 2
    assert ("rate-limited by publish.x.test (429 Too Many Requests; it asks to wait 3600 s); try again later"
            in r.stderr)


def test_timeout_is_an_error_value(platforms):
    platforms.x.route("/oembed", Page(data("x_oembed.json"), content_type=JSON, delay=2.0))
    reader = PostReader(platforms.endpoints(), resolve=platforms.resolver(), timeout=0.2)
    result = reader.read("https://x.com/CDCgov/status/1271180413134876672")
    assert result.item is None
    assert result.error == "no answer from publish.x.test within 0.4 s; try again later"


def test_post_html_never_becomes_markup(scan_cli, platforms):
    hostile = json.loads(data("x_oembed.json"))
    hostile["html"] = ('<blockquote class="twitter-tweet"><p>Mentors &lt;script&gt;alert(1)&lt;/script&gt; '
                       '<script>alert(2)</script><img src=x onerror=alert(3)> &lt;img src=x onerror=alert(4)&gt; '
                       '&lt;i&gt;tilted&lt;/i&gt; \x1b[31mred</p>&mdash; CDC (@CDCgov) '
                       '<a href="https://twitter.com/CDCgov/status/1">June 11, 2020</a></blockquote>')
    platforms.x.route("/oembed", Page(json.dumps(hostile).encode(), content_type=JSON))
    assert cite(scan_cli, platforms, "https://x.com/CDCgov/status/1271180413134876672").returncode == 0
    [item] = items(scan_cli)
    assert "alert(2)" not in item["title"] and "\x1b" not in item["title"]  # the post's own tags are gone
    assert "<script" not in item["title"] and "<img" not in item["title"] and "<i>" not in item["title"]
    html = scan_cli("export", "--format", "html").stdout
    assert "Mentors" in html
    for tag in ("<script", "<img", "<i>tilted"):
        assert tag not in html


# --- Mastodon ------------------------------------------------------------------------------


def test_cite_mastodon_status_on_any_instance(scan_cli, platforms):
    url = platforms.masto.url("/@ana/110012345678901234")
    r = cite(scan_cli, platforms, url)
    assert r.returncode == 0, r.stderr
    [item] = items(scan_cli)
    assert item["type"] == "post" and item["genre"] == "Post" and item["container-title"] == "Mastodon"
    assert item["author"] == [{"family": "Barr", "given": "Ana"}]  # :blobcat: and the emoji left out
    assert item["handle"] == "@ana@glammr.example"
    assert item["URL"] == "https://glammr.example/@ana/110012345678901234"  # the status's own address
    assert item["issued"] == {"date-parts": [[2023, 3, 5]]} and item["language"] == "en"
    # the link's hidden parts are part of its text: the URL is whole, one word
    assert item["title"] == ("Mentoring moments on #libchat tonight with @bob: find a mentor when you are the only "
                             "librarian. Slides: https://blog.example.org/2013/02/25/find-a-mentor/ 🎉 [Image attached]")
    assert platforms.masto.hits()[0].path == "/api/v1/statuses/110012345678901234"


@pytest.mark.parametrize("status, body, said", [
    (404, b'{"error":"Record not found"}', "the post is deleted, private, or does not exist (glammr.example answered 404)"),
    (401, b'{"error":"This API requires an authenticated user"}',
     "the instance lets only signed-in users read its posts (glammr.example answered 401: authorized fetch or "
     "limited federation mode)"),
])
def test_mastodon_failures(scan_cli, platforms, status, body, said):
    platforms.masto.route("/api/v1/statuses/110012345678901234", Page(body, status=status, content_type=JSON))
    r = cite(scan_cli, platforms, platforms.masto.url("/@ana/110012345678901234"))
    assert r.returncode == 2 and said in r.stderr
    assert items(scan_cli) == []


def test_a_host_that_is_no_mastodon_instance_is_cited_as_a_page(scan_cli, platforms):
    platforms.masto.routes.clear()
    platforms.masto.route("/@ana/110012345678901234", Page(
        b"<html><head><title>Ana's page 110012345678901234</title></head><body><article><h1>Ana's page</h1>"
        b"<p>Mentoring, and more mentoring.</p></article></body></html>"))
    r = cite(scan_cli, platforms, platforms.masto.url("/@ana/110012345678901234"))
    assert r.returncode == 0, r.stderr
    [item] = items(scan_cli)
    assert item["type"] == "webpage" and "Ana's page" in item["title"]


# --- Bluesky --------------------------------------------------------------------------------


def test_cite_bluesky_post(scan_cli, platforms):
    r = cite(scan_cli, platforms, "https://bsky.app/profile/jo.mentors.example/post/3kq2abcxyz2x")
    assert r.returncode == 0, r.stderr
    [item] = items(scan_cli)
    assert item["container-title"] == "Bluesky" and item["genre"] == "Post"
    assert item["handle"] == "@jo.mentors.example" and item["author"] == [{"family": "Okafor", "given": "Jo"}]
    assert item["issued"] == {"date-parts": [[2024, 1, 15]]}
    assert item["URL"] == "https://bsky.app/profile/jo.mentors.example/post/3kq2abcxyz2x"
    # 20 words, the butterfly one of them, then the picture
    assert item["title"] == ("Reverse mentoring works both ways: my students taught me Bluesky 🦋 and I taught them "
                             "how to read a citation [Image attached]")
    assert count_words(item["title"].removesuffix(" [Image attached]")) == 20
    path = platforms.bsky.hits()[0].path
    assert path.startswith("/xrpc/app.bsky.feed.getPostThread?uri=at%3A%2F%2Fjo.mentors.example%2Fapp.bsky.feed.post"
                           "%2F3kq2abcxyz2x")


@pytest.mark.parametrize("status, body, said", [
    (200, "bluesky_notfound.json", "the post is deleted or does not exist (Bluesky: notFoundPost)"),
    (400, b'{"error":"NotFound","message":"Post not found: at://jo.mentors.example/app.bsky.feed.post/3kq2gone0000"}',
     "the post is deleted or does not exist (appview.bsky.test answered 400: NotFound)"),
])
def test_bluesky_gone(scan_cli, platforms, status, body, said):
    body = data(body) if isinstance(body, str) else body
    platforms.bsky.route("/xrpc/app.bsky.feed.getPostThread", Page(body, status=status, content_type=JSON))
    r = cite(scan_cli, platforms, "https://bsky.app/profile/jo.mentors.example/post/3kq2gone0000")
    assert r.returncode == 2 and said in r.stderr
    assert items(scan_cli) == []


# --- videos -------------------------------------------------------------------------------------


def test_cite_youtube_and_vimeo(scan_cli, platforms):
    r = cite(scan_cli, platforms, "https://youtu.be/jsbgF3OhlJw", "https://vimeo.com/61234567")
    assert r.returncode == 0, r.stderr
    yt, vimeo = items(scan_cli)
    assert yt["type"] == "motion_picture" and yt["genre"] == "Video" and yt["publisher"] == "YouTube"
    assert "container-title" not in yt  # the platform publishes a video; it does not contain it
    assert yt["title"] == "‘Pandemic’ vs. ‘epidemic’—What's the difference?"
    assert yt["author"] == [{"family": "Girl", "given": "Grammar"}] or yt["author"] == [{"literal": "Grammar Girl"}]
    assert yt["handle"] == "@grammargirl" and yt["URL"] == "https://www.youtube.com/watch?v=jsbgF3OhlJw"
    assert vimeo["publisher"] == "Vimeo" and vimeo["issued"] == {"date-parts": [[2013, 3, 5]]}
    assert vimeo["author"] == [{"literal": "Library Leadership Network"}]


def test_a_youtube_video_is_dated_by_its_watch_page(scan_cli, platforms):
    """YouTube's oEmbed gives no date (APA wants the upload day): the watch page's datePublished gives it;
    a watch page without one (a consent wall) leaves the video undated but cited."""
    platforms.yt.route("/watch?v=jsbgF3OhlJw", Page(
        b'<html><head><title>x</title><meta itemprop="name" content="x">'
        b'<meta itemprop="datePublished" content="2020-03-10T07:00:11-07:00"></head><body></body></html>'))
    r = cite(scan_cli, platforms, "https://www.youtube.com/watch?v=jsbgF3OhlJw")
    assert r.returncode == 0, r.stderr
    (yt,) = items(scan_cli)
    assert yt["issued"] == {"date-parts": [[2020, 3, 10]]}
    assert platforms.yt.hits("/watch?v=jsbgF3OhlJw")
    platforms.yt.route("/watch?v=abcdefghijk", Page(b"<html><body><form>Before you continue</form></body></html>"))
    r = cite(scan_cli, platforms, "https://youtu.be/abcdefghijk")
    assert r.returncode == 0, r.stderr
    assert "issued" not in [i for i in items(scan_cli) if i["URL"].endswith("abcdefghijk")][0]


def test_private_video(scan_cli, platforms):
    platforms.yt.route("/oembed", Page(b"Unauthorized", status=401, content_type="text/html"))
    r = cite(scan_cli, platforms, "https://www.youtube.com/watch?v=jsbgF3OhlJw")
    assert r.returncode == 2 and "the video is private, or may not be embedded (yt.test answered 401)" in r.stderr


def test_endpoint_variables_are_checked(scan_cli, platforms):
    r = scan_cli("cite", "https://x.com/a/status/1", env={**platforms.env(), "SCAN_X_OEMBED": "ftp://nowhere"})
    assert r.returncode == 2 and "SCAN_X_OEMBED" in r.stderr


# --- recognising posts, and the title rule -------------------------------------------------------


def test_recognise():
    assert recognise("https://mobile.twitter.com/a_b/statuses/123/photo/1").url == "https://twitter.com/a_b/status/123"
    assert recognise("https://glammr.example/@ana@other.example/110012345678901234").user == "ana@other.example"
    assert recognise("https://glammr.example/users/ana/statuses/110012345678901234").url == \
        "https://glammr.example/@ana/110012345678901234"
    assert recognise("https://medium.com/@ana/how-to-mentor-3f2a") is None
    assert recognise("https://www.youtube.com/shorts/abcdefghijk").id == "abcdefghijk"
    assert recognise("https://twitter.com/CDCgov") is None
    assert recognise("javascript:alert(1)") is None


def test_title_counts_urls_hashtags_and_emoji_as_one_word():
    text = ("Tip 🧵: mentors👩‍🏫 help https://example.org/a/very/long/path?x=1&y=2 #PeerMentoring #libchat — "
            "ask 🇫🇷 colleagues 1 2 3 4 5 6 7 8 9 10 11 12")
    # Tip 🧵 mentors 👩‍🏫 help URL #PeerMentoring #libchat ask 🇫🇷 colleagues 1 ... 9  = 20 words; "—" is none
    assert apa_title(text) == ("Tip 🧵: mentors👩‍🏫 help https://example.org/a/very/long/path?x=1&y=2 #PeerMentoring "
                               "#libchat — ask 🇫🇷 colleagues 1 2 3 4 5 6 7 8 9")
    assert apa_title("Short post.", ["video", "image"]) == "Short post [Image attached] [Video attached]"
    assert apa_title("See https://x.org/a.") == "See https://x.org/a."  # a URL's own last character stays


def test_author_names():
    assert author_of("Ana Barr, PhD 📚", "@ana@glammr.example") == {"family": "Barr", "given": "Ana"}
    assert author_of("🦋✨", "@jo.bsky.social") == {"literal": "@jo.bsky.social"}
    assert author_of("World Health Organization", "@WHO") == {"literal": "World Health Organization"}
    assert author_of("CDC", "@CDCgov") == {"literal": "CDC"}


_words = st.lists(st.one_of(
    st.text(alphabet=st.characters(whitelist_categories=("Ll", "Lu", "Nd")), min_size=1, max_size=8),
    st.sampled_from(["#libchat", "https://x.org/a?b=1", "😀", "👍🏽", "🇫🇷", "👨‍👩‍👧", "—", "&", "mentor😀"])),
    max_size=60)


@settings(max_examples=200)
@given(_words, st.lists(st.sampled_from(["image", "video", "audio", "link"]), max_size=3))
def test_title_rule_properties(words, media):
    text = " ".join(words)
    title = apa_title(text, media)
    notes = re.findall(r" ?\[(?:Image|Video|Audio|Thumbnail with link) attached\]$", title)
    body = re.sub(r"( ?\[(?:Image|Video|Audio|Thumbnail with link) attached\])+$", "", title)
    assert count_words(body) == min(TITLE_WORDS, count_words(text))
    assert clean_text(text).startswith(body.rstrip(" .,;:"))
    assert bool(notes) == bool(media)


# --- posts in a scan -----------------------------------------------------------------------------


def test_links_to_posts_are_kept_as_candidates_and_cited_like_pages(scan_cli, platforms):
    masto_post = platforms.masto.url("/@ana/110012345678901234")
    blog = Web("127.0.0.2", name="blog.example.org")
    blog.route("/mentoring/", Page(f"""<html><head><title>Mentoring on social media</title></head><body><article>
        <h1>Mentoring on social media</h1><p>Peer mentoring and mentoring moments: a mentor, a mentee.</p>
        <p>See <a href="https://x.com/CDCgov/status/1271180413134876672">this tweet</a>,
        <a href="{masto_post}">this toot</a> and <a href="https://x.com/CDCgov/status/1271180413134876672?s=20">it
        again</a>.</p></article></body></html>""".encode()))
    env = platforms.env()
    env["SCAN_HOSTS"] += f",{blog.name}={blog.host}"
    with blog:
        r = scan_cli("crawl", blog.url("/mentoring/"), "--delay", "0", "--depth", "2", "--allow-private", env=env)
        assert r.returncode == 0, r.stderr
        listed = json.loads(scan_cli("pages", "--kind", "post", "--json").stdout)
    assert {p["url"] for p in listed} == {"https://twitter.com/CDCgov/status/1271180413134876672",
                                          "http://glammr.example:%d/@ana/110012345678901234" % platforms.masto.port}
    assert all(p["status"] is None and p["kind"] == "post" and p["found_on"] == blog.url("/mentoring/")
               for p in listed)
    assert not platforms.masto.hits()  # kept, not fetched
    assert scan_cli("pages", "--kind", "nonsense").returncode == 2
    table = scan_cli("pages").stdout
    assert "(a x post, not fetched" in table
    tweet = next(p for p in listed if p["platform"] == "x")
    r = scan_cli("cite", tweet["id"], env=platforms.env())
    assert r.returncode == 0, r.stderr
    assert items(scan_cli)[0]["handle"] == "@CDCgov"


def test_an_answer_of_the_wrong_shape_gives_neither_a_junk_handle_nor_a_crash():
    from refs.social.parse import from_bluesky, from_mastodon

    masto = recognise("https://glammr.example/@ana/110000000000000300")
    item = from_mastodon({"content": "<p>Hi</p>", "media_attachments": 5, "reblog": "x",
                          "account": {"acct": "ana}\n@misc{x,", "url": "http://[::1", "display_name": ["Ana"]},
                          "url": "https://glammr.example/@ana/1\n}"}, masto)
    assert "handle" not in item and item["URL"] == "https://glammr.example/@ana/1}" and item["title"] == "Hi"
    with pytest.raises(Exception, match="no web address"):
        from_mastodon({"content": "Hi", "account": {}, "url": "javascript:alert(1)"}, masto)
    sky = recognise("https://bsky.app/profile/ana.bsky.social/post/3kabc")
    item = from_bluesky({"thread": {"post": {"uri": "at://did:plc:x/app.bsky.feed.post/bad key}",
                                             "author": {"handle": "evil }{\n", "displayName": 7},
                                             "record": {"text": "Hi"}}}}, sky)
    assert item["URL"] == "https://bsky.app/profile/ana.bsky.social/post/3kabc" and item["handle"] == "@ana.bsky.social"
