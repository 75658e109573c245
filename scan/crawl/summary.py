"""Why a crawl stopped where it did, and its errors counted by cause.

Pure functions over the stored pages, for the end of ``scan crawl``:

    >>> from scan.page import Page
    >>> pages = [Page("a", depth=0, status=200, topical=50.0), Page("b", depth=1, status=200, topical=5.0),
    ...          Page("c", depth=1, status=None, error="x", error_kind="timeout")]
    >>> errors_by_cause(pages)
    {'timed out': 1}
    >>> describe_errors({'HTTP 404': 3, 'timed out': 1})
    '4 failed: 3 × HTTP 404, 1 × timed out'
    >>> from scan.crawl.settings import CrawlSettings
    >>> print(why_stopped("done", pages, CrawlSettings(depth=3), waiting=0))
    depth 3 was asked, depth 1 reached: the 1 page at depth 1 that answered scored below --min-score 20 (topical), so its links were not followed (--min-score lowers the bar; --follow all follows every page)
"""

from __future__ import annotations

from collections import Counter

# Error kinds (refs.http.FetchResult.error_kind and the crawl's own) in words.
CAUSES = {
    "dns": "name does not resolve",
    "refused": "connection refused",
    "timeout": "timed out",
    "tls": "TLS failure",
    "blocked": "private or loopback address (--allow-private allows it)",
    "redirect-loop": "redirect loop",
    "too-many-redirects": "too many redirects",
    "bad-url": "not a fetchable URL",
    "connection": "connection failed",
    "protocol": "not valid HTTP",
    "robots": "disallowed by robots.txt",
    "robots-unavailable": "robots.txt unavailable",
    "soft-404": "soft 404 (a 'not found' page answering 200)",
}


def cause_of(page) -> str | None:
    """The cause of a page's failure (a :class:`scan.page.Page`) in words, or None when it did not fail."""
    kind = page.error_kind
    if kind:
        return CAUSES.get(kind, kind)
    if page.error:
        return "other error"
    status = page.status
    if isinstance(status, int) and status >= 400:
        return f"HTTP {status}"
    return None


def errors_by_cause(pages) -> dict[str, int]:
    """How many pages failed, per cause, most frequent first."""
    counts = Counter(c for c in map(cause_of, pages) if c)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def describe_errors(counts: dict[str, int]) -> str:
    """``errors_by_cause`` in one line (empty when nothing failed)."""
    if not counts:
        return ""
    return f"{sum(counts.values())} failed: " + ", ".join(f"{n} × {cause}" for cause, n in counts.items())


def why_stopped(stopped: str, pages: list, settings, waiting: int) -> str:
    """One sentence on why the crawl ended where it did. ``stopped`` is
    :attr:`scan.crawl.engine.CrawlResult.stopped`; ``waiting`` the URLs left
    on the frontier."""
    if stopped == "interrupted":
        return f"interrupted; {waiting} links wait (`scan crawl --resume` continues)"
    if stopped == "max-pages":
        return (f"it reached --max-pages {settings.max_pages} with {waiting} links still waiting "
                f"(`scan crawl --resume --max-pages {settings.max_pages * 2}` goes on)")
    if not pages:
        return "no page was fetched"
    deepest = max(p.depth for p in pages)
    if deepest >= settings.depth:
        return f"every link was followed down to --depth {settings.depth}"
    at_end = [p for p in pages if p.depth == deepest and p.status == 200 and not p.error]
    asked = f"depth {settings.depth} was asked, depth {deepest} reached"
    if not at_end:
        return f"{asked}: no page at depth {deepest} answered with a page whose links could be followed"
    low = [p for p in at_end if p.topical < settings.min_score]     # the topical score decides (scan.rank)
    if settings.follow != "all" and deepest > 0 and len(low) == len(at_end):
        n = len(at_end)
        return (f"{asked}: {'the 1 page' if n == 1 else f'all {n} pages'} at depth {deepest} that answered "
                f"scored below --min-score {settings.min_score:g} (topical), so {'its' if n == 1 else 'their'} links were "
                "not followed (--min-score lowers the bar; --follow all follows every page)")
    return f"{asked}: the pages at depth {deepest} link to nothing new that may be fetched"
