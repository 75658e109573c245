"""Citations in a page: author-year citations, DOIs, a reference list.

The author-year citations are found by :mod:`refs.values.citations` (the
finder ``scan check-citations`` uses too), in the page's main text::

    find_citations("Mentors matter (Barr, 2013; Hurt et al., 2012).")
    -> [Citation("(Barr, 2013; Hurt et al., 2012)", works=(
            CitedWork(("Barr",), "2013"), CitedWork(("Hurt",), "2012", et_al=True)), narrative=False)]
    find_dois('see <a href="https://doi.org/10.1000/ABC">') -> ["10.1000/ABC"]

A reference list is the list or paragraphs after a heading such as
"References", "Bibliography", "Works cited", "Literatur" or "Sources", up to
the next heading of the same or a higher level; each entry is a raw string.
"""

from __future__ import annotations

import re

from bs4 import Tag

from refs.values.citations import Citation, CitedWork
from refs.values.citations import find_citations as _find_citations
from refs.values.doi import find_dois
from scan.extract.content import clean_text

__all__ = ["CitedWork", "Citation", "find_citations", "find_dois", "find_references", "reference_sections"]

_HEADINGS = re.compile(
    r"^\s*(?:\d+\.?\s*)?(?:references?|reference list|bibliography|works cited|literature cited|"
    r"sources|citations|literatur(?:e|verzeichnis)?|quellen(?:angaben)?|bibliographie|"
    r"références|referencias|bibliografía|bibliografia|further reading|notes and references|"
    r"references and notes|endnotes|notes)\s*:?\s*$", re.IGNORECASE)


def find_citations(text: str, *, limit: int = 2000) -> list[Citation]:
    """Author-year citations in a page's text, in order, at most ``limit``."""
    return _find_citations(text, limit=limit)


def _level(el: Tag) -> int:
    if el.name and len(el.name) == 2 and el.name[0] == "h" and el.name[1].isdigit():
        return int(el.name[1])
    return 7


def find_references(headings: list[Tag], *, limit: int = 1000) -> list[str]:
    """Entries of the first References/Bibliography section under one of ``headings``."""
    for h in headings:
        title = clean_text(h.get_text(" "))
        if len(title) > 60 or not _HEADINGS.match(title):
            continue
        entries = _entries_after(h, limit)
        if entries:
            return entries
    return []


def reference_sections(headings: list[Tag]) -> set[int]:
    """The ``id()`` of every element of the page's reference sections (their
    headings and what follows each up to the next heading): other works'
    titles, which are no more the page's own text than a listing's teasers."""
    out: set[int] = set()
    for h in headings:
        title = clean_text(h.get_text(" "))
        if len(title) > 60 or not _HEADINGS.match(title):
            continue
        section = _section_after(h)
        if any(sib.name in ("ol", "ul", "p", "div", "blockquote") for sib in section):
            out.add(id(h))
            out.update(id(sib) for sib in section)
    return out


def _section_after(h: Tag) -> list[Tag]:
    """The elements after heading ``h`` up to the next heading."""
    level = _level(h)
    node = h
    # a heading wrapped alone in a div: continue after the wrapper
    for _ in range(3):
        if node.find_next_sibling() is not None:
            break
        if node.parent is None:
            return []
        node = node.parent
    out = []
    for sib in node.find_next_siblings(limit=2000):
        if not isinstance(sib, Tag):
            continue
        if _level(sib) <= level or (sib.name in ("h1", "h2", "h3", "h4", "h5", "h6")):
            break
        out.append(sib)
    return out


def _entries_after(h: Tag, limit: int) -> list[str]:
    entries: list[str] = []
    for sib in _section_after(h):
        if sib.name in ("ol", "ul"):
            for li in sib.find_all("li", limit=limit):
                t = clean_text(li.get_text(" "))
                if len(t) >= 15:
                    entries.append(t)
        elif sib.name in ("p", "div", "blockquote"):
            inner = sib.find_all(["li", "p"], limit=limit)
            if inner:
                for el in inner:
                    t = clean_text(el.get_text(" "))
                    if len(t) >= 15:
                        entries.append(t)
            else:
                t = clean_text(sib.get_text(" "))
                if len(t) >= 15:
                    entries.append(t)
        if len(entries) >= limit:
            break
    return entries[:limit]
