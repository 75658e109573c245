"""Comparing texts of a page: two strings say the same when they fold alike.

    >>> fold_for_compare("  The  Mentoring\\u00a0Blog ") == fold_for_compare("the mentoring blog")
    True
"""

from __future__ import annotations

import unicodedata

__all__ = ["fold_for_compare"]


def fold_for_compare(s: str | None) -> str:
    """Unicode (NFKC), case and blank folding, for telling whether a title,
    a heading, a site name or a byline repeat each other."""
    if not s:
        return ""
    return " ".join(unicodedata.normalize("NFKC", s).casefold().split())
