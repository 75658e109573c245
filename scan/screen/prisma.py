"""The PRISMA 2020 flow of a web scan: from pages found to pages cited; pure.

PRISMA 2020's flow diagram (Page et al., 2021) counts records through
identification, screening and inclusion. For an environmental scan the
records are web pages::

    flow = prisma_flow(pages, decisions, cited_urls)
    flow["identified"]  -> {"total": 62, "seeds": 2, "links": 60, "hashtags": 0}
    flow["removed"]     -> {"duplicates": 3, "not_retrieved": 5, "not_works": 21, "not_works_by_kind": {...}}
    flow["screened"]    -> 33   flow["excluded"] -> 12   flow["excluded_by_reason"] -> {...}
    flow["awaiting"]    -> 4    flow["included"] -> 17   flow["cited"] -> 15

Identification
    every page the scan stored: ``seeds`` (depth 0) and ``links`` (found
    on another page); ``hashtags`` counts those found on a hashtag page
    (``/hashtag/``, ``/tags/``, a search for ``#...``), or seeds that are one.
Removed before screening
    ``duplicates``: a URL that turned out to be another stored page (its
    final or canonical URL), a copy of a stored page under another URL (its
    ``canonical_url`` names the page), or a redirect whose target is stored
    on its own;
    ``not_retrieved``: fetch errors, HTTP errors, soft 404s, pages robots.txt
    keeps us from; ``not_works``: pages of a kind one does not cite (home,
    about, category, tag, search, listing, profile, contact), marked by
    automation (:mod:`scan.extract.kinds`), with their kinds.
Screening
    ``screened``: pages with a decision (a page of any kind the reviewer
    decided on counts, even one automation had set aside); ``excluded``,
    with the reasons; ``awaiting``: works not yet decided on.
Included
    ``included``; ``cited``: included pages in the library (by URL).
"""

from __future__ import annotations

import re
from typing import Iterable, Mapping, Sequence

from scan.page import CITABLE_KINDS, Page
from scan.screen.decisions import Decision, decision_for

__all__ = ["prisma_flow", "is_hashtag_url"]

_HASHTAG = re.compile(r"/(?:hashtag|hashtags|tags)/[^/]+|[?&](?:q|query|search)=(?:%23|#)", re.IGNORECASE)


def is_hashtag_url(url: str | None) -> bool:
    """A hashtag's page: ``/hashtag/libchat``, ``/tags/libchat``, ``?q=%23libchat``."""
    return bool(url and _HASHTAG.search(url))


def prisma_flow(pages: Sequence[Page], decisions: Mapping[str, Decision], cited_urls: Iterable[str],
                *, kinds: Iterable[str] = CITABLE_KINDS) -> dict:
    """The flow's numbers (see the module docstring)."""
    kinds = set(kinds)
    cited = set(cited_urls)
    others = {}
    for p in pages:
        for u in (p.final_url, p.canonical_url):
            if u and u != p.url:
                others.setdefault(u, p.url)
    by_url = {p.url: p for p in pages}
    hashtag_pages = {p.url for p in pages if is_hashtag_url(p.url)}
    flow = {"identified": {"total": len(pages), "seeds": sum(1 for p in pages if p.depth == 0),
                           "links": sum(1 for p in pages if p.depth > 0),
                           "hashtags": sum(1 for p in pages if (p.found_on in hashtag_pages)
                                           or (p.depth == 0 and p.url in hashtag_pages))},
            "removed": {"duplicates": 0, "not_retrieved": 0, "not_works": 0, "not_works_by_kind": {}},
            "screened": 0, "excluded": 0, "excluded_by_reason": {}, "awaiting": 0, "included": 0, "cited": 0}
    removed = flow["removed"]
    for p in pages:
        duplicate = p.redirect_stopped or (not p.fetched and (
            (p.url in others and others[p.url] in by_url)       # a stored page's final or canonical URL
            or (p.canonical_url != p.url and p.canonical_url in by_url)))   # a copy of a stored page
        # a duplicate's final or canonical URL is the page it duplicates, whose decision is counted there
        d = decisions.get(p.url) if duplicate else decision_for(p, decisions)
        if d is None:
            if duplicate:
                removed["duplicates"] += 1
            elif not p.fetched:
                removed["not_retrieved"] += 1
            elif p.kind not in kinds:
                removed["not_works"] += 1
                removed["not_works_by_kind"][p.kind or "unknown"] = removed["not_works_by_kind"].get(
                    p.kind or "unknown", 0) + 1
            else:
                flow["awaiting"] += 1
            continue
        flow["screened"] += 1
        if d.decision == "include":
            flow["included"] += 1
            flow["cited"] += any(u in cited for u in (p.url, p.final_url, p.canonical_url) if u)
        else:
            flow["excluded"] += 1
            reason = d.reason or "(no reason)"
            flow["excluded_by_reason"][reason] = flow["excluded_by_reason"].get(reason, 0) + 1
    removed["not_works_by_kind"] = dict(sorted(removed["not_works_by_kind"].items(), key=lambda kv: (-kv[1], kv[0])))
    flow["excluded_by_reason"] = dict(sorted(flow["excluded_by_reason"].items(), key=lambda kv: (-kv[1], kv[0])))
    return flow
