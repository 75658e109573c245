"""Duplicate detection on import and add, and merging a duplicate in.

Build a :class:`DuplicateIndex` over the library once, then ask about each
incoming item in O(1)::

    index = DuplicateIndex(library_items)
    find_duplicate({"DOI": "https://doi.org/10.1000/XYZ"}, index)
        -> ("smith2020", "same DOI")        # library has DOI 10.1000/xyz
    find_duplicate({"URL": "https://www.ex.org/a/?utm_source=tw"}, index)
        -> ("exA", "same URL")              # library has http://ex.org/a
    find_duplicate({"title": "Über Natur!", "author": [{"family": "Müller"}],
                    "issued": {"date-parts": [[2014]]}}, index)
        -> ("mullerUberNatur2013", "same title")   # "Uber natur", Muller, 2013
    index.add(item)                          # so later imports see it too

Rules, strongest first: same normalised DOI; same :func:`refs.values.urls.url_key`
and no other title;
same :func:`normalise_title` with years at most one apart (or both missing),
a shared family name (or no creators on both sides), and no volume, issue or
first page that differs (an editor's two "Introduction"s of a year). Two items that both
carry a DOI and disagree on it are never duplicates, whatever their URL or
title: that is how a paper and its erratum, or two volumes, are told apart.
When several library items qualify, the one added first wins.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from refs.values.dates import year_of
from refs.values.doi import doi_key
from refs.values.urls import url_key

__all__ = [
    "DuplicateIndex",
    "find_duplicate",
    "merge_items",
    "normalise_title",
]

_MARKUP = re.compile(r"<[^>]*>")
_APOSTROPHES = re.compile(r"['\u2019\u2018\u02bc`]")
_PUNCT = re.compile(r"[\W_]+")


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalise_title(title: Any) -> str:
    """``"<i>Über</i> die Natur: a Study!"`` -> ``"uber die natur a study"``.

    Apostrophes vanish (Twitter's = Twitters) while other punctuation separates
    words (long-term = long term); letters of every script are kept, so
    non-Latin titles still compare.
    """
    if not isinstance(title, str):
        return ""
    text = _strip_accents(_MARKUP.sub(" ", title)).casefold()
    text = _PUNCT.sub(" ", _APOSTROPHES.sub("", text))
    return text.strip()


def _name_key(creator: Any) -> str:
    if not isinstance(creator, Mapping):
        return ""
    for field in ("family", "literal", "given"):
        value = creator.get(field)
        if isinstance(value, str) and value.strip():
            if field == "family":
                # "van Dijk" here must meet {"non-dropping-particle": "van",
                # "family": "Dijk"} there: drop BibTeX-style lower-case particles.
                words = value.split()
                while len(words) > 1 and words[0][:1].islower():
                    words.pop(0)
                value = " ".join(words)
            return normalise_title(value)
    return ""


def _names(item: Mapping[str, Any]) -> frozenset[str]:
    for role in ("author", "editor"):
        creators = item.get(role)
        if isinstance(creators, list) and creators:
            names = frozenset(filter(None, map(_name_key, creators)))
            if names:
                return names
    return frozenset()


def _doi_of(item: Mapping[str, Any]) -> str | None:
    doi = doi_key(item.get("DOI"))
    if doi is None:
        # A doi.org link in URL is a DOI in all but name.
        url = item.get("URL")
        if isinstance(url, str) and "doi.org/" in url.lower():
            doi = doi_key(url)
    return doi


@dataclass(frozen=True)
class _Entry:
    key: str
    doi: str | None
    year: int | None
    names: frozenset[str]
    title: str
    place: tuple[str, str, str] = ("", "", "")


_FIRST_PAGE = re.compile(r"[^\s\-\u2013\u2014,]+")


def _place(item: Mapping[str, Any]) -> tuple[str, str, str]:
    """Volume, issue and first page, normalised ('' where absent): two works
    with one title that say different ones are two works (an editor's
    "Introduction" to two issues of a year)."""
    out = []
    for variable in ("volume", "issue", "page"):
        value = item.get(variable)
        text = str(value).strip().lower() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
        if variable == "page":
            m = _FIRST_PAGE.match(text)
            text = m.group() if m else ""
        out.append(text)
    return out[0], out[1], out[2]


def _same_place(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
    return all(not x or not y or x == y for x, y in zip(a, b))


class DuplicateIndex:
    """Lookup tables over the library's items, keyed the way the rules compare.

    Items must carry their citekey in ``id``. Memory is a few small strings
    per item; lookups hash the incoming item's DOI, URL and title once each.
    """

    def __init__(self, items: Iterable[Mapping[str, Any]] = ()):
        self._by_doi: dict[str, _Entry] = {}
        self._by_url: dict[str, list[_Entry]] = {}
        self._by_title: dict[str, list[_Entry]] = {}
        for item in items:
            self.add(item)

    def add(self, item: Mapping[str, Any]) -> None:
        """Make ``item`` findable (e.g. once it has been imported)."""
        key = item.get("id")
        if key is None or not str(key).strip():
            raise ValueError("DuplicateIndex.add: item has no 'id' (citekey)")
        entry = _Entry(str(key), _doi_of(item), year_of(item), _names(item), normalise_title(item.get("title")),
                       _place(item))
        if entry.doi is not None:
            self._by_doi.setdefault(entry.doi, entry)
        url = url_key(item.get("URL") or "")
        if url:
            self._by_url.setdefault(url, []).append(entry)
        if entry.title:
            self._by_title.setdefault(entry.title, []).append(entry)

    def _lookup(self, item: Mapping[str, Any]) -> tuple[str, str] | None:
        doi = _doi_of(item)
        if doi is not None:
            hit = self._by_doi.get(doi)
            if hit is not None:
                return hit.key, "same DOI"

        def compatible(entry: _Entry) -> bool:
            return doi is None or entry.doi is None or entry.doi == doi

        title = normalise_title(item.get("title"))
        url = url_key(item.get("URL") or "")
        for entry in self._by_url.get(url, ()) if url else ():
            # A shared URL with another title is another work on the same page
            # (a site's home page, a journal's issue, a repository's landing page).
            if compatible(entry) and (not title or not entry.title or title == entry.title):
                return entry.key, "same URL"

        if not title:
            return None
        year = year_of(item)
        names = _names(item)
        place = _place(item)
        for entry in self._by_title.get(title, ()):
            if not compatible(entry) or not _same_place(place, entry.place):
                continue
            if (year is None) != (entry.year is None):
                continue
            if year is not None and abs(year - entry.year) > 1:  # type: ignore[operator]
                continue
            if names or entry.names:
                if not names & entry.names:
                    continue
            return entry.key, "same title"
        return None


def find_duplicate(
    item: Mapping[str, Any], index: DuplicateIndex
) -> tuple[str, str] | None:
    """``(existing key, reason)`` for the library item ``item`` duplicates.

    ``reason`` is ``"same DOI"``, ``"same URL"`` or ``"same title"``; None when
    nothing matches. The incoming item's own ``id`` plays no part: an id
    clash is a key collision (see ``refs.citekey``), not a duplicate.
    """
    return index._lookup(item)


def _missing(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def merge_items(existing: Mapping[str, Any], incoming: Mapping[str, Any]) -> dict:
    """A new item: ``existing`` with the gaps filled from ``incoming``.

    A field counts as a gap when absent or empty (``""``, ``[]``, ``{}``,
    None). The result keeps ``existing``'s ``id`` and shares no lists or
    dicts with either input, so callers may edit it freely.
    """
    merged = {k: copy.deepcopy(v) for k, v in existing.items()}
    for k, v in incoming.items():
        if k == "id":
            continue
        if _missing(merged.get(k)) and not _missing(v):
            merged[k] = copy.deepcopy(v)
    return merged
