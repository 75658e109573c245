"""Citations in a page: author-year citations, DOIs, a reference list.

::

    find_citations("Mentors matter (Barr, 2013; Hurt et al., 2012).")
    -> [Citation("(Barr, 2013; Hurt et al., 2012)", (
            CitedWork(("Barr",), "2013"), CitedWork(("Hurt",), "2012", et_al=True)), narrative=False)]
    find_citations("As Welsh, Bhave and Kim (2012) show")
    -> [Citation("Welsh, Bhave and Kim (2012)", (CitedWork(("Welsh", "Bhave", "Kim"), "2012"),), narrative=True)]
    find_dois('see <a href="https://doi.org/10.1000/ABC">') -> ["10.1000/ABC"]

A reference list is the list or paragraphs after a heading such as
"References", "Bibliography", "Works cited", "Literatur" or "Sources", up to
the next heading of the same or a higher level; each entry is a raw string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import Tag

from scan.extract.content import clean_text
from refs.values.doi import find_dois

__all__ = ["CitedWork", "Citation", "find_citations", "find_dois", "find_references"]

_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-z]?|n\.\s?d\.|in press|forthcoming"
# Unambiguous pieces (one greedy run per name) keep the regexes linear.
_NAME = r"(?:(?:van|von|de|der|den|da|di|du|le|la)\s)?[A-ZÀ-Ý][\w'’\-]*[a-zà-ÿ](?![\w'’\-])"
_NAMES = (rf"{_NAME}(?:\s+et\s+al\.?|(?:\s*,\s*{_NAME})*(?:\s*,?\s*(?:and|&)\s+{_NAME})?(?:\s+et\s+al\.?)?)")
# one work inside parentheses: "Barr, 2013", "Hurt et al. 2012", "Welsh & Kim, 2012, p. 5"
_PAREN_WORK = re.compile(rf"^\s*(?:e\.g\.,?\s*|see\s+(?:also\s+)?|cf\.\s*)?(?P<names>{_NAMES})\s*,?\s+(?P<years>(?:{_YEAR})(?:\s*,\s*(?:{_YEAR}))*)"
                         rf"(?:\s*,\s*(?:pp?\.|para\.|chap\.|ch\.)\s*[\w\-–]+)?\s*$")
_PAREN = re.compile(r"\(([^()]{4,300})\)")
_YEAR_PAREN = re.compile(rf"\s\((?P<years>(?:{_YEAR})(?:\s*,\s*(?:{_YEAR}))*)(?:\s*,\s*(?:pp?\.)\s*[\w\-–]+)?\)")
_NAMES_TAIL = re.compile(rf"(?P<names>{_NAMES})\s*$")
_SPLIT_NAMES = re.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")
_STOP = frozenset("In The A An This That See As And But For If On At By It We Our Their Table Figure Fig Section Chapter Since From When While Also".split())
_HEADINGS = re.compile(
    r"^\s*(?:\d+\.?\s*)?(?:references?|reference list|bibliography|works cited|literature cited|"
    r"sources|citations|literatur(?:e|verzeichnis)?|quellen(?:angaben)?|bibliographie|"
    r"références|referencias|bibliografía|bibliografia|further reading|notes and references|"
    r"references and notes|endnotes|notes)\s*:?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class CitedWork:
    """One work in a citation: family names as written, the year ("n.d." kept)."""

    names: tuple[str, ...]
    year: str
    et_al: bool = False

    def to_dict(self) -> dict:
        return {"names": list(self.names), "year": self.year, "et_al": self.et_al}


@dataclass(frozen=True)
class Citation:
    """An author-year citation as it appears in the text, and its works."""

    text: str
    works: tuple[CitedWork, ...]
    narrative: bool

    def to_dict(self) -> dict:
        return {"text": self.text, "works": [w.to_dict() for w in self.works], "narrative": self.narrative}


def _names(raw: str) -> tuple[tuple[str, ...], bool]:
    et_al = bool(re.search(r"\bet\s+al\b", raw))
    raw = re.sub(r"\s+et\s+al\.?", "", raw)
    names = tuple(n.strip() for n in _SPLIT_NAMES.split(raw) if n.strip())
    return names, et_al


def _works(names_raw: str, years_raw: str) -> list[CitedWork]:
    names, et_al = _names(names_raw)
    years = [y.strip() for y in years_raw.split(",") if y.strip()]
    return [CitedWork(names, y, et_al) for y in years]


def find_citations(text: str, *, limit: int = 2000) -> list[Citation]:
    """Author-year citations in ``text``, in order (see the module docstring)."""
    found: list[tuple[int, Citation]] = []
    taken: list[tuple[int, int]] = []
    for ym in _YEAR_PAREN.finditer(text):
        lo = max(0, ym.start() - 160)
        m = _NAMES_TAIL.search(text, lo, ym.start())
        if m is None:
            continue
        names_raw = m.group("names")
        first = names_raw.split()[0]
        if first in _STOP:
            continue
        start = m.start()
        cit = Citation(text[start:ym.end()], tuple(_works(names_raw, ym.group("years"))), True)
        found.append((start, cit))
        taken.append((start, ym.end()))
        if len(found) >= limit:
            break
    for m in _PAREN.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        inner = m.group(1)
        works: list[CitedWork] = []
        ok = True
        for part in inner.split(";"):
            pm = _PAREN_WORK.match(part)
            if not pm:
                ok = False
                break
            if pm.group("names").split()[0] in _STOP:
                ok = False
                break
            works.extend(_works(pm.group("names"), pm.group("years")))
        if ok and works:
            found.append((m.start(), Citation(m.group(0), tuple(works), False)))
        if len(found) >= limit:
            break
    found.sort(key=lambda x: x[0])
    return [c for _, c in found]


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


def _entries_after(h: Tag, limit: int) -> list[str]:
    level = _level(h)
    entries: list[str] = []
    node = h
    # a heading wrapped alone in a div: continue after the wrapper
    for _ in range(3):
        if node.find_next_sibling() is not None:
            break
        if node.parent is None:
            return []
        node = node.parent
    for sib in node.find_next_siblings(limit=2000):
        if not isinstance(sib, Tag):
            continue
        if _level(sib) <= level or (sib.name in ("h1", "h2", "h3", "h4", "h5", "h6")):
            break
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
