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

* names given as a string, ``"Barr, Jane"`` -> ``{"family": "Barr", "given":
  "Jane"}``; without a comma -> ``{"literal": ...}``; a whole name field given
  as one string is split on ``;``;
* dates given as a string -> ``{"date-parts": ...}`` when ISO (``2013``,
  ``2013-02``, ``2013-02-25``), else ``{"raw": ...}``; string date parts ->
  ints; ``{"raw": "2013-02-25"}`` -> date-parts;
* an item without ``type`` gets ``"document"`` (and a Problem).

Elements that are not objects are dropped with a Problem naming their index
(1-based) and line. Invalid JSON raises :class:`~refs.errors.BadInput` with
the line and column.
"""

from __future__ import annotations

import json
import re
from typing import Any

from refs.errors import BadInput, Problem

# CSL 1.0.2 name variables; only these get string -> name-dict clean-up, so an
# unknown field holding a string is never mangled.
NAME_FIELDS = frozenset({
    "author", "editor", "translator", "container-author", "collection-editor",
    "composer", "director", "interviewer", "recipient", "reviewed-author",
    "editorial-director", "illustrator", "original-author", "chair", "compiler",
    "contributor", "curator", "executive-producer", "guest", "host", "narrator",
    "organizer", "performer", "producer", "script-writer", "series-creator",
})

DATE_FIELDS = frozenset({
    "issued", "accessed", "event-date", "original-date", "submitted",
    "available-date",
})

CSL_TYPES = frozenset({
    "article", "article-journal", "article-magazine", "article-newspaper",
    "bill", "book", "broadcast", "chapter", "classic", "collection", "dataset",
    "document", "entry", "entry-dictionary", "entry-encyclopedia", "event",
    "figure", "graphic", "hearing", "interview", "legal_case", "legislation",
    "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
    "paper-conference", "patent", "performance", "periodical",
    "personal_communication", "post", "post-weblog", "regulation", "report",
    "review", "review-book", "software", "song", "speech", "standard", "thesis",
    "treaty", "webpage",
})

_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_JSON_WS = re.compile(r"[ \t\n\r]*")


def name_from_string(text: str) -> dict[str, str]:
    """``"Barr, Jane"`` -> family/given, ``"Barr, Jane, Jr."`` adds a suffix,
    ``"Barr,"`` is family only, no comma -> literal (an organisation, or a
    name we cannot split safely)."""
    text = text.strip()
    if "," not in text:
        return {"literal": text}
    parts = [p.strip() for p in text.split(",", 2)]
    name = {}
    if parts[0]:
        name["family"] = parts[0]
    if parts[1]:
        name["given"] = parts[1]
    if len(parts) == 3 and parts[2]:
        name["suffix"] = parts[2]
    return name or {"literal": text}


def iso_date_parts(text: str) -> list[int] | None:
    """``"2013-02-25"`` -> ``[2013, 2, 25]``; None unless plain ISO with a
    plausible month and day (so ``"2013-13"`` stays raw rather than lying)."""
    m = _ISO_DATE.fullmatch(text.strip())
    if not m:
        return None
    parts = [int(g) for g in m.groups() if g is not None]
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        return None
    if len(parts) > 2 and not 1 <= parts[2] <= 31:
        return None
    return parts


def _int_part(part: Any) -> Any:
    if isinstance(part, str) and re.fullmatch(r"\s*-?\d+\s*", part):
        return int(part)
    return part


def _normalise_date(value: Any, field: str, report) -> Any:
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        text = str(value)
        parts = iso_date_parts(text)
        return {"date-parts": [parts]} if parts else {"raw": text}
    if not isinstance(value, dict):
        report(f"{field}: a date must be an object or a string, kept as given")
        return value
    out = dict(value)
    if "date-parts" in out:
        dp = out["date-parts"]
        if not isinstance(dp, list) or not all(isinstance(p, list) for p in dp):
            report(f"{field}: date-parts must be a list of lists, kept as given")
            return value
        dp = [[_int_part(p) for p in parts] for parts in dp]
        if any(not isinstance(p, int) or isinstance(p, bool) for parts in dp for p in parts):
            report(f"{field}: date-parts has a part that is not a number, kept as given")
        out["date-parts"] = dp
    elif isinstance(out.get("raw"), str):
        parts = iso_date_parts(out["raw"])
        if parts:
            del out["raw"]
            out["date-parts"] = [parts]
    return out


def _normalise_names(value: Any, field: str, report) -> Any:
    if isinstance(value, str):
        # A whole field as one string is usually "A, B; C, D" from a hand-made file.
        return [name_from_string(s) for s in value.split(";") if s.strip()]
    if not isinstance(value, list):
        report(f"{field}: names must be a list, kept as given")
        return value
    out = []
    for name in value:
        if isinstance(name, str):
            out.append(name_from_string(name))
        else:
            if not isinstance(name, dict):
                report(f"{field}: a name is neither an object nor a string, kept as given")
            out.append(name)
    return out


def normalise_item(item: dict, report) -> dict:
    """Clean one item (see the module docstring); ``report(message)`` is called
    for each thing worth telling the user. Returns a new dict."""
    out = dict(item)
    if "type" not in out:
        report('no "type"; using "document"')
        out["type"] = "document"
    elif not isinstance(out["type"], str):
        report('"type" is not a string, kept as given')
    elif out["type"] not in CSL_TYPES:
        report(f'unknown CSL type {out["type"]!r}, kept as given')
    for field in NAME_FIELDS & out.keys():
        out[field] = _normalise_names(out[field], field, report)
    for field in DATE_FIELDS & out.keys():
        out[field] = _normalise_date(out[field], field, report)
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
    """Parse CSL-JSON: an array of items, a single item, or ``{"items": [...]}``.

    Returns the cleaned items and the per-item Problems. Raises BadInput when
    the text is not JSON (naming line and column) or holds no items at all.
    """
    text = text.removeprefix("\ufeff")  # json refuses a BOM; editors add one
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise BadInput(f"not valid JSON: {e.msg} (column {e.colno})", source, e.lineno) from None
    lines: list[int | None]
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
