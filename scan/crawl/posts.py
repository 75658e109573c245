"""Social posts met during a crawl: kept as candidates, never fetched as pages.

A link from a scanned page to a post (an X status, a Mastodon toot, a
Bluesky post, a YouTube or Vimeo video: :func:`refs.social.urls.recognise`)
is not put on the frontier (the platforms answer crawlers with a login wall
or an empty app shell); it is stored as a page of kind ``post`` with no
status, found on the page that linked it. ``scan pages --kind post`` lists
them and ``scan cite ID`` reads one through its platform's public endpoint::

    post_candidates("https://blog.example.org/a", 0, ["https://x.com/CDCgov/status/1271180413134876672"], set())
    -> [Page("https://twitter.com/CDCgov/status/1271180413134876672", status=None, depth=1,
             found_on="https://blog.example.org/a", kind="post", platform="x", ...)]
"""

from __future__ import annotations

from collections.abc import Container, Iterable

from refs.social.urls import recognise
from refs.values.urls import canonical
from scan.page import Page

NOTE = "a post linked from a scanned page, not fetched: `scan cite ID` reads it through its platform"


def is_post_link(url: str) -> bool:
    """True for a link the crawl keeps as a post candidate instead of following."""
    return recognise(url) is not None


def post_candidates(found_on: str, depth: int, links: Iterable[str], known: Container[str]) -> list[Page]:
    """Candidate pages for the post links among ``links`` (absolute or
    relative to ``found_on``), each once, none already ``known``."""
    out: dict[str, Page] = {}
    for link in links:
        url = canonical(link, found_on)
        ref = recognise(url) if url else None
        if ref is None or ref.url in known or ref.url in out:
            continue
        out[ref.url] = Page(ref.url, final_url=ref.url, status=None, depth=depth + 1, found_on=found_on, kind="post",
                            kind_reason="a link to a social media post", platform=ref.platform, note=NOTE)
    return list(out.values())
