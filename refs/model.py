"""The reference model: CSL-JSON items, and the summary shape we print.

A reference is a CSL-JSON item dict; ``id`` is its citekey. Fields we don't
model stay in the dict (and BibTeX fields we don't map, under
``custom.bibtex``), so nothing is lost in a round trip. ``summary`` gives the
shape of ``scan refs list --json`` (DESIGN.md)::

    >>> summary({"id": "barr2013", "type": "webpage", "title": "T",
    ...          "author": [{"family": "Barr", "given": "Jane"}],
    ...          "issued": {"date-parts": [[2013, 2]]}})["date"]
    '2013-02'
"""

from __future__ import annotations

import re

from refs.values.dates import date_parts, format_iso, year_of

_TAG = re.compile(r"</?(?:span|i|b|sup|sub)\b[^>]*>")


def plain_text(text: str | None) -> str | None:
    """CSL rich text without its markup: ``<span class="nocase">NASA</span>`` -> ``NASA``."""
    return _TAG.sub("", text) if text and "<" in text else text


def summary(item: dict) -> dict:
    authors = []
    for name in item.get("author") or []:
        if "literal" in name:
            authors.append({"literal": name["literal"]})
        else:
            family = " ".join(p for p in (name.get("non-dropping-particle"), name.get("family")) if p)
            authors.append({"family": family, "given": name.get("given", "")})
    return {
        "key": item.get("id"),
        "type": item.get("type"),
        "title": plain_text(item.get("title")),
        "authors": authors,
        "date": iso_day(item),
        "url": item.get("URL"),
        "doi": item.get("DOI"),
    }


def iso_day(item: dict) -> str | None:
    """The date of ``scan refs list --json``: ISO ``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD`` (a range gives its start; a date written as text, its year).

    >>> iso_day({"issued": {"date-parts": [[2019, 3, 4], [2019, 3, 6]]}}), iso_day({"issued": {"raw": "Spring 2013"}})
    ('2019-03-04', '2013')
    """
    issued = item.get("issued")
    parts = date_parts(issued)
    if parts:
        return format_iso({"date-parts": parts[:1]})
    year = year_of(item) if issued else None
    return f"{year:04d}" if year is not None and 0 <= year <= 9999 else None


def author_text(item: dict, limit: int = 2) -> str:
    names = []
    for n in item.get("author") or []:
        names.append(n.get("literal") or " ".join(p for p in (n.get("non-dropping-particle"), n.get("family")) if p) or "?")
    if len(names) > limit:
        return names[0] + " et al."
    return " & ".join(names)
