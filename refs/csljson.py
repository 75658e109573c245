"""CSL-JSON import and export: the text of a ``.json`` file <-> item dicts.

This module owns the reading and writing of CSL-JSON, the format Zotero,
Pandoc and citeproc use, and the light clean-up that makes hand-written or
sloppily exported files usable. For example::

    >>> items, problems = parse_csljson(
    ...     '[{"id": "barr2013", "type": "report", "title": "Scans",'
    ...     '  "author": ["Barr, Jane"], "issued": "2013-02-25"}]', "in.json")
    >>> items[0]["author"], items[0]["issued"]
    ([{'family': 'Barr', 'given': 'Jane'}], {'date-parts': [[2013, 2, 25]]})
    >>> problems
    []
    >>> format_csljson(items).splitlines()[:3]
    ['[', '  {', '    "id": "barr2013",']

What gets normalised (everything else is kept exactly as given, including
fields this module has never heard of):

* names given as a string (``"Barr, Jane"``, ``"Jane Barr"``, ``"World Health
  Organization"``) are read by :func:`refs.values.names.parse_person`; a whole
  name field given as one string is split on ``;``; an author written with
  APA's trailing handle (``"Gates, B. [@BillGates]"``, in a string or in a
  name's ``given``/``family``/``literal``) gives the item's ``handle``;
* dates given as a string, string date parts and ``raw`` dates are read by
  :func:`refs.values.dates.from_csl` (``"2013-02-25"`` -> date-parts);
* an item without ``type`` gets ``"document"`` (and a Problem);
* a ``Citation Key: KEY`` line in ``note`` (Zotero before 7 with Better
  BibTeX) is its ``citation-key``, the key it is imported under.

Elements that are not objects are dropped with a Problem naming their index
(1-based) and line. Invalid JSON raises :class:`~refs.errors.BadInput` with
the line and column.
"""

from __future__ import annotations

import json
import re
from typing import Any

from refs.errors import BadInput, Problem
from refs.fields import CSL_TYPES, DATE_VARIABLES, NAME_VARIABLES, TEXT_VARIABLES, clean_item, kind_of
from refs.values.dates import from_csl
from refs.values.names import parse_person, split_handle
from refs.values.text import unescape_entities

# Only name variables get string -> name-dict clean-up, so an unknown field
# holding a string is never mangled.
NAME_FIELDS = NAME_VARIABLES
DATE_FIELDS = DATE_VARIABLES | {"archived_date"}

_JSON_WS = re.compile(r"[ \t\n\r]*")


def _normalise_names(value: Any, field: str, report, handles: list[str]) -> Any:
    if isinstance(value, str):
        # A whole field as one string is usually "A, B; C, D" from a hand-made
        # file, or BibTeX's "A, B and C, D".
        parts = re.split(r"\s+and\s+", value) if ";" not in value else []
        if len(parts) > 1 and all("," in p for p in parts):
            value = parts
        else:
            value = [s for s in value.split(";") if s.strip()]
    if not isinstance(value, list):
        report(f"{field}: names must be a list")
        return value
    out = []
    for name in value:
        if isinstance(name, str):
            text, handle = split_handle(name)
            if handle:
                handles.append(handle)
            out.append(parse_person(text) or {"literal": name})
        elif isinstance(name, dict):
            out.append(_name_without_handle(name, handles))
        else:
            report(f"{field}: a name is neither an object nor a string")
            out.append(name)
    return out


def _name_without_handle(name: dict, handles: list[str]) -> dict:
    for part in ("literal", "family", "given"):
        if isinstance(name.get(part), str):
            text, handle = split_handle(name[part])
            if handle:
                handles.append(handle)
                return dict(name, **{part: text}) if text else {k: v for k, v in name.items() if k != part}
    return name


# Crossref's REST API (``/works/DOI``) writes items in CSL's shape with its
# own type names and text in lists; what it calls them in CSL.
_CROSSREF_TYPES = {
    "journal-article": "article-journal", "proceedings-article": "paper-conference",
    "book-chapter": "chapter", "book-section": "chapter", "book-part": "chapter",
    "edited-book": "book", "monograph": "book", "reference-book": "book", "book-set": "book",
    "book-series": "book", "book-track": "book", "dissertation": "thesis", "posted-content": "article",
    "journal": "periodical", "journal-issue": "periodical", "journal-volume": "periodical",
    "reference-entry": "entry", "peer-review": "review", "report-component": "report",
    "report-series": "report", "proceedings": "book", "proceedings-series": "book",
    "component": "document", "other": "document", "database": "dataset",
}
_CROSSREF_NAMES = {"short-container-title": "container-title-short", "short-title": "title-short"}
# Of these, Crossref's lists hold the same title more than once (abbreviations, translations).
_FIRST_OF_LIST = frozenset({"title", "container-title", "title-short", "container-title-short",
                            "original-title", "collection-title"})


def _from_crossref(item: dict) -> dict:
    """Crossref's shape read as CSL: its type names, ``short-title``, text
    variables given as lists (the first title; other lists joined with
    ``, ``), a ``subtitle`` after the title."""
    out = dict(item)
    if isinstance(out.get("type"), str) and out["type"] in _CROSSREF_TYPES:
        out["type"] = _CROSSREF_TYPES[out["type"]]
    for theirs, ours in _CROSSREF_NAMES.items():
        if theirs in out and ours not in out:
            out[ours] = out.pop(theirs)
    subtitle = out.pop("subtitle", None)
    for name in sorted(TEXT_VARIABLES & out.keys()):
        value = out[name]
        if isinstance(value, list):
            texts = [str(v).strip() for v in value if isinstance(v, (str, int, float)) and str(v).strip()]
            if not texts:
                del out[name]
            else:
                out[name] = texts[0] if name in _FIRST_OF_LIST else ", ".join(dict.fromkeys(texts))
    subtitles = subtitle if isinstance(subtitle, list) else [subtitle]
    subtitles = [t.strip() for t in subtitles if isinstance(t, str) and t.strip()]
    if subtitles and isinstance(out.get("title"), str) and subtitles[0] not in out["title"]:
        out["title"] = f"{out['title']}: {subtitles[0]}"
    return out


# Zotero before 7, with Better BibTeX, exports the citekey as a line of the note
# (its Extra field): "Citation Key: smith2020".
_NOTE_KEY = re.compile(r"^[ \t]*Citation Key:[ \t]*(\S+)[ \t]*(?:\r?\n|$)", re.M | re.I)


def _key_from_note(out: dict) -> dict:
    """The ``Citation Key:`` line of an item's note as its ``citation-key``
    (the line leaves the note: it is the key now), unless it has one."""
    note = out.get("note")
    if out.get("citation-key") or not isinstance(note, str):
        return out
    m = _NOTE_KEY.search(note)
    if m is None:
        return out
    out = dict(out, **{"citation-key": m.group(1)})
    rest = (note[:m.start()] + note[m.end():]).strip()
    if rest:
        out["note"] = rest
    else:
        del out["note"]
    return out


# Crossref's "issued" is the earliest of these; an item that lacks it may still have them.
_ISSUED_STAND_INS = ("published", "published-print", "published-online")
# Of the markup Crossref and publishers write, what CSL's own markup has.
_JATS = {"italic": "i", "bold": "b", "sup": "sup", "sub": "sub", "sc": None}
_JATS_TAG = re.compile(r"<(/?)jats:([a-z-]+)[^>]*>")


def _empty_date(value: Any) -> bool:
    return isinstance(value, dict) and not any(
        value.get(k) not in (None, "", [], [[]], [[None]]) for k in ("date-parts", "raw", "literal"))


def _without_nulls(item: dict, report) -> dict:
    """JSON ``null`` (and an empty date: ``{"date-parts": [[]]}``) in a CSL
    variable is no value: it is left out, not kept as the text "null".
    Variables we do not know are kept as given, nulls and all."""
    out = {}
    for key, value in item.items():
        known = kind_of(key) is not None or key in DATE_FIELDS
        if known and (value is None or (key in DATE_FIELDS and _empty_date(value))):
            report(f"{key} is empty ({json.dumps(value)}); left out")
        else:
            out[key] = value
    return out


# CSL spells these in capitals; some writers do not.
_CASED = {v.lower(): v for v in ("URL", "DOI", "ISBN", "ISSN", "PMID", "PMCID")}


def _cased(out: dict) -> dict:
    """``url``/``doi``/... as CSL's ``URL``/``DOI``/..., unless both are there."""
    for key in [k for k in out if k in _CASED and _CASED[k] not in out]:
        out[_CASED[key]] = out.pop(key)
    return out


def _issued_stand_in(out: dict) -> dict:
    if "issued" in out:
        return out
    for name in _ISSUED_STAND_INS:
        if isinstance(out.get(name), dict) and not _empty_date(out[name]):
            return dict(out, issued=out[name])
    return out


def _from_jats(text: str) -> str:
    """Crossref's JATS abstracts: paragraphs as blank lines, italics and the
    like as CSL's HTML-like tags, other JATS tags (``<jats:title>``) left out."""
    text = re.sub(r"<jats:title>[^<]*</jats:title>", "", text)
    text = re.sub(r"\s*</jats:p>\s*<jats:p[^>]*>\s*", "\n\n", text)

    def tag(m: re.Match) -> str:
        ours = _JATS.get(m.group(2))
        return f"<{m.group(1)}{ours}>" if ours else ""

    return _JATS_TAG.sub(tag, text).strip()


def _clean_text(out: dict) -> dict:
    for name in TEXT_VARIABLES & out.keys():
        value = out[name]
        if isinstance(value, str) and "<jats:" in value:
            value = _from_jats(value)
        if isinstance(value, str):
            value = unescape_entities(value)
        out[name] = value
    return out


def normalise_item(item: dict, report) -> dict:
    """Clean one item (see the module docstring); ``report(message)`` is called
    for each thing worth telling the user. Returns a new dict."""
    out = _without_nulls(_cased(dict(item)), report)
    out = _clean_text(_issued_stand_in(_key_from_note(_from_crossref(out))))
    if "type" not in out:
        report('no "type"; using "document"')
        out["type"] = "document"
    elif not isinstance(out["type"], str):
        report(f'"type" {out["type"]!r} is not a string; using "document"')
        out["type"] = "document"
    elif out["type"] not in CSL_TYPES:
        report(f'unknown CSL type {out["type"]!r}, kept as given')
    handles: list[str] = []
    for field in sorted(NAME_FIELDS & out.keys()):
        out[field] = _normalise_names(out[field], field, report, handles if field == "author" else [])
    if handles and not out.get("handle"):
        out["handle"] = handles[0]
    for field in DATE_FIELDS & out.keys():
        out[field] = from_csl(out[field], lambda message, field=field: report(f"{field}: {message}"))
    # What is still not of its kind is made so, and said (a number as a name, an object as a title).
    out, fixes = clean_item(out)
    for fix in fixes:
        report(fix)
    return out


def _element_lines(text: str) -> list[int]:
    """1-based line of each element of a top-level JSON array, so Problems can
    point into the file. Only called on text json.loads already accepted."""
    decoder = json.JSONDecoder()
    pos = _JSON_WS.match(text, 0).end() + 1  # past "["
    lines = []
    while True:
        pos = _JSON_WS.match(text, pos).end()
        if text[pos] == "]":
            return lines
        lines.append(text.count("\n", 0, pos) + 1)
        _, pos = decoder.raw_decode(text, pos)
        pos = _JSON_WS.match(text, pos).end()
        if text[pos] == ",":
            pos += 1


def parse_csljson(text: str, source: str) -> tuple[list[dict], list[Problem]]:
    """Parse CSL-JSON: an array of items, a single item, or ``{"items": [...]}``
    (also inside Crossref's ``{"message": ...}``).

    Returns the cleaned items and the per-item Problems. Raises BadInput when
    the text is not JSON (naming line and column) or holds no items at all.
    """
    text = text.removeprefix("\ufeff")  # json refuses a BOM; editors add one
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise BadInput(f"not valid JSON: {e.msg} (column {e.colno})", source, e.lineno) from None
    except RecursionError:
        raise BadInput("not CSL-JSON: arrays or objects nested thousands deep", source) from None
    lines: list[int | None]
    if isinstance(data, dict) and "type" not in data and isinstance(data.get("message"), dict):
        data = data["message"]  # Crossref's REST API: {"status": "ok", "message": {...}}
    if isinstance(data, list):
        elements, lines = data, _element_lines(text)
    elif isinstance(data, dict) and "type" not in data and "items" in data:
        if not isinstance(data["items"], list):
            raise BadInput('"items" is not a JSON array', source)
        elements, lines = data["items"], [None] * len(data["items"])
    elif isinstance(data, dict):
        elements, lines = [data], [text.count("\n", 0, len(text) - len(text.lstrip())) + 1]
    else:
        raise BadInput(
            f"expected a JSON array of CSL items, got a JSON {type(data).__name__}", source, 1)

    items: list[dict] = []
    problems: list[Problem] = []
    for index, (element, line) in enumerate(zip(elements, lines), start=1):
        if not isinstance(element, dict):
            problems.append(Problem(
                f"item {index} is a JSON {type(element).__name__}, not an object; skipped",
                source=source, line=line))
            continue
        key = element.get("id")
        key = str(key) if key is not None else None

        def report(message: str, index=index, line=line, key=key) -> None:
            problems.append(Problem(f"item {index}: {message}", source=source, line=line, key=key))

        items.append(normalise_item(element, report))
    return items, problems


def _ordered(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _ordered(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        return [_ordered(v) for v in value]
    return value


def format_csljson(items: list[dict]) -> str:
    """Items -> a pretty JSON array. Keys are ``id``, ``type``, then sorted
    (nested objects sorted too), so re-exporting an unchanged library gives a
    byte-identical file and diffs stay small."""
    out = []
    for item in items:
        head = {k: _ordered(item[k]) for k in ("id", "type") if k in item}
        rest = {k: _ordered(item[k]) for k in sorted(item) if k not in ("id", "type")}
        out.append(head | rest)
    return json.dumps(out, indent=2, ensure_ascii=False) + "\n"
