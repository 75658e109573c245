"""Scanned pages as the rest of the tool sees them: short ids and CSL items.

    >>> page_id("https://blog.example.org/2013/02/25/find-a-mentor/")
    'p125f0910'

A page's id is a short, stable hash of its URL, so ``scan cite p3c1b5c2d``
names a page of ``scan pages`` without retyping its URL.
"""

from __future__ import annotations

import hashlib
from datetime import date
from types import SimpleNamespace


def page_id(url: str) -> str:
    return "p" + hashlib.blake2b(url.encode(), digest_size=4).hexdigest()


def page_to_csl(page: dict, accessed: date | None = None) -> dict:
    """A CSL item for a stored page (``post-weblog`` for blog posts,
    ``webpage`` otherwise; ``accessed`` the day it was fetched)."""
    from scan.extract import to_csl

    if accessed is None:
        stamp = page.get("fetched_at") or ""
        try:
            accessed = date.fromisoformat(stamp[:10])
        except ValueError:
            accessed = date.today()
    fields = {k: page.get(k) for k in ("title", "authors", "date", "site", "doi", "description", "language")}
    fields["type"] = page.get("type") or "webpage"
    url = page.get("canonical_url") or page.get("final_url") or page["url"]
    return to_csl(SimpleNamespace(**fields), url, accessed)


def find_page(pages: dict[str, dict], target: str) -> dict | None:
    """A stored page by id, URL, final URL or canonical URL."""
    from refs.values.urls import canonical

    if target in pages:
        return pages[target]
    url = canonical(target) if "://" in target else None
    for p in pages.values():
        if page_id(p["url"]) == target or (url and url in (p["url"], p.get("final_url"), p.get("canonical_url"))):
            return p
    return None
