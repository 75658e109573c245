"""Finding a scanned page by what a user types: its short id or one of its URLs.

    find_page(state.pages, "p125f0910")                       # scan cite p125f0910
    find_page(state.pages, "https://blog.example.org/find-a-mentor/")
"""

from __future__ import annotations

from scan.page import Page, page_id


def find_page(pages: dict[str, Page], target: str) -> Page | None:
    """A stored page by id, URL, final URL or canonical URL."""
    from refs.values.urls import canonical

    if target in pages:
        return pages[target]
    url = canonical(target) if "://" in target else None
    for p in pages.values():
        if page_id(p.url) == target or (url and url in (p.url, p.final_url, p.canonical_url)):
            return p
    return None
