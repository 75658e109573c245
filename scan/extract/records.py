"""A record's page: a catalogue's, a repository's or a database's description of one work in labelled fields.

Library catalogues (Koha, VuFind, WorldCat), repositories and archives (CONTENTdm, the Internet Archive, DSpace's
simple view), learning-object and dissertation databases show a work as a table, a definition list or rows of
label and value: "Author: Keyes, Bronagh", "Format: Book", "Published: 2023", "Material type: Text". Such a page is
the work's record, a document one cites, however short its own text; its fields give the author and the date
where the page's metadata gives none::

    f = record_fields(collected.body, skip=in_navigation)
    f.labels   -> {"main author", "format", "published", "subjects"}
    f.author   -> "Keyes, Bronagh; Mulcahy, Tadhg"
    f.date     -> "2023"
    f.is_record -> True    (four labels or more, two of them a catalogue's: author, publisher, format, ISBN...)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import NavigableString, Tag

__all__ = ["RecordFields", "record_fields"]

_AUTHOR = ("author", "authors", "main author", "other authors", "creator", "creators", "author/creator",
           "by", "contributor", "contributors", "personal name", "corporate name")
_DATE = ("date", "publication date", "date of publication", "published", "publication", "publication year", "year",
         "date issued", "date published", "date created", "issued", "copyright date", "publication details",
         "imprint")
_BIBLIOGRAPHIC = _AUTHOR + (
    "publisher", "published by", "isbn", "issn", "oclc number", "call number", "identifier", "doi", "format",
    "material type", "item type", "resource type", "document type", "type of material", "genre", "subject",
    "subjects", "degree", "school", "institution", "physical description", "extent", "edition", "series")
_OTHER = _DATE + ("type", "language", "keywords", "pages", "collection", "rights", "license", "summary", "abstract",
                  "description", "notes", "holdings", "location", "source", "uploaded by", "category",
                  "date added", "length", "duration", "level", "audience", "contents")
_LABELS = frozenset(_BIBLIOGRAPHIC + _OTHER)
_CATALOGUE = frozenset(_BIBLIOGRAPHIC) - {"by"}     # what a catalogue labels and a blog's byline does not
# a label heading its text: "Format", "Main Author:", "Material type: Text", "Summary: A toolkit for ..."
_HEAD = re.compile(r"^([^\W\d_][\w /]{0,30}?)\s*(:|$)")
_LABEL_TAGS = frozenset({"dt", "th", "td", "span", "div", "strong", "b", "label", "h5", "h6", "p", "li"})
_MOST_STRINGS = 4000


@dataclass
class RecordFields:
    """The labelled fields a page shows: the labels found and the first author and date values."""

    labels: set[str] = field(default_factory=set)
    author: str | None = None
    date: str | None = None

    @property
    def is_record(self) -> bool:
        return len(self.labels) >= 4 and len(self.labels & _CATALOGUE) >= 2


def _value_after(el: Tag) -> str:
    """The text of the element that holds a label's value: the next element (dd after dt, td after th or td,
    the next div or span), else what follows the label in its parent."""
    nxt = el.find_next_sibling()
    if nxt is not None:
        return " ".join(nxt.get_text(" ").split())
    parent = el.parent
    if parent is None:
        return ""
    text = " ".join(parent.get_text(" ").split())
    own = " ".join(el.get_text(" ").split())
    return text[len(own):].strip(" :") if text.startswith(own) else ""


def record_fields(root: Tag | None, skip=lambda el: False) -> RecordFields:
    """The labelled fields under ``root`` (see the module docstring); ``skip(el)`` leaves out an element's
    labels (navigation, footers, asides)."""
    out = RecordFields()
    if root is None:
        return out
    for n, s in enumerate(root.find_all(string=True)):
        if n > _MOST_STRINGS:
            break
        text = str(s).strip()
        if not text or len(text) > 2000 or not isinstance(s, NavigableString):
            continue
        m = _HEAD.match(text)
        if m is None or m[1].strip().lower() not in _LABELS:
            continue
        el = s.parent
        if el is None or el.name not in _LABEL_TAGS:
            continue
        name = m[1].strip()
        whole = " ".join(el.get_text(" ").split())
        if not whole.startswith(name) or skip(el):
            continue          # a label heads its element: a dt's "Format", a span's "Material type: Text"
        label = name.lower()
        out.labels.add(label)
        value = whole[len(name):].lstrip(" :").strip() or _value_after(el)
        if label in _AUTHOR and out.author is None and value:
            out.author = value[:200]
        elif label in _DATE and out.date is None and value:
            out.date = value[:60]
    return out
