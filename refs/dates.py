"""Dates: text and BibTeX fields to CSL dates and back.

A reference's ``issued``/``accessed`` is a CSL date dict. This module owns
every conversion between that and the ways people and tools write dates::

    parse_date("25 February 2013")       -> {"date-parts": [[2013, 2, 25]]}
    parse_date("2013-02/2013-03")        -> {"date-parts": [[2013, 2], [2013, 3]]}
    parse_date("n.d.")                   -> None
    parse_date("Spring 2013")            -> {"raw": "Spring 2013"}
    format_iso({"date-parts": [[2013, 2]]})          -> "2013-02"
    from_bibtex({"year": "2013", "month": "Feb."})    -> {"date-parts": [[2013, 2]]}
    to_bibtex({"date-parts": [[2013, 2, 25]]}, biblatex=True)  -> {"date": "2013-02-25"}
    to_bibtex({"date-parts": [[2013, 2, 25]]}, biblatex=False)
        -> {"year": "2013", "month": "feb", "day": "25"}
    year_of({"issued": {"raw": "circa 1850?"}})       -> 1850

Only the proleptic Gregorian calendar and four-digit years (0000-9999) are
understood; anything else survives as ``{"raw": text}`` rather than being lost.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Any, Mapping

__all__ = ["parse_date", "format_iso", "from_bibtex", "to_bibtex", "year_of"]

_MONTH_NAMES = (
    "jan", "feb", "mar", "apr", "may", "jun",
    "jul", "aug", "sep", "oct", "nov", "dec",
)

# Full names, three-letter forms and the common irregular abbreviation
# "Sept"; lookups strip a trailing dot first so "Feb." works too.
_MONTHS: Mapping[str, int] = MappingProxyType({
    **{name: i for i, name in enumerate(_MONTH_NAMES, 1)},
    **{name: i for i, name in enumerate((
        "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"), 1)},
    "sept": 9,
})

_NO_DATE = frozenset({"nd", "nodate", "undated", "sd", "sa"})

_ISO = re.compile(
    r"(\d{4})(?:-(\d{2})(?:-(\d{2})"
    # A time only makes sense after a full date; it is accepted and dropped.
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
    r")?)?"
)
_SLASHED = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\.?\s+([a-z]+)\.?,?\s+(\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_MONTH_YEAR = re.compile(r"([a-z]+)\.?,?\s+(\d{4})")
# "--" is how BibTeX files spell an en dash, so "2013--2014" is a range too.
_RANGE_SEP = re.compile(r"\s*(?:/|--|\u2013|\u2014)\s*")
_SPACES = re.compile(r"\s+")
_NON_LETTER = re.compile(r"[^a-z]")
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_PLAIN_YEAR = re.compile(r"\d{4}")


def _days_in_month(year: int, month: int) -> int:
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _valid(parts: list[int]) -> bool:
    if not 1 <= len(parts) <= 3 or not 0 <= parts[0] <= 9999:
        return False
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        return False
    if len(parts) == 3 and not 1 <= parts[2] <= _days_in_month(parts[0], parts[1]):
        return False
    return True


def _month_number(text: str) -> int | None:
    """``2``, ``02``, ``feb``, ``Feb.``, ``February`` -> 2; else None."""
    t = text.strip().lower().rstrip(".")
    if t.isdigit():
        n = int(t)
        return n if 1 <= n <= 12 else None
    return _MONTHS.get(t)


def _parse_single(text: str) -> list[int] | None:
    """One date (not a range) as validated date-parts, or None."""
    m = _ISO.fullmatch(text)
    if m:
        parts = [int(g) for g in m.groups() if g is not None]
        return parts if _valid(parts) else None
    m = _SLASHED.fullmatch(text)
    if m:
        parts = [int(g) for g in m.groups()]
        return parts if _valid(parts) else None
    low = text.lower()
    m = _DAY_MONTH_YEAR.fullmatch(low)
    if m:
        day, month, year = m.groups()
        return _named(year, month, day)
    m = _MONTH_DAY_YEAR.fullmatch(low)
    if m:
        month, day, year = m.groups()
        return _named(year, month, day)
    m = _MONTH_YEAR.fullmatch(low)
    if m:
        month, year = m.groups()
        return _named(year, month, None)
    return None


def _named(year: str, month_name: str, day: str | None) -> list[int] | None:
    # Numeric months are not names: "25 2 2013" is not a date we guess at.
    month = _MONTHS.get(month_name)
    if month is None:
        return None
    parts = [int(year), month] + ([int(day)] if day is not None else [])
    return parts if _valid(parts) else None


def _before_or_same(a: list[int], b: list[int]) -> bool:
    # Compare only the precision both ends share: "2013-02/2013" is fine.
    n = min(len(a), len(b))
    return a[:n] <= b[:n]


def parse_date(text: str) -> dict | None:
    """A date as written (ISO, EDTF range, "25 February 2013", ...) to CSL.

    Returns None for empty text and "n.d."-style markers, and
    ``{"raw": text}`` for non-empty text that is not a valid date (including
    impossible ones such as ``2013-02-30``).
    """
    if text is None:
        return None
    cleaned = _SPACES.sub(" ", text).strip()
    if not cleaned:
        return None
    if _NON_LETTER.sub("", cleaned.lower()) in _NO_DATE:
        return None
    single = _parse_single(cleaned)
    if single is not None:
        return {"date-parts": [single]}
    pieces = _RANGE_SEP.split(cleaned)
    if len(pieces) == 2:
        start, end = _parse_single(pieces[0]), _parse_single(pieces[1])
        if start is not None and end is not None and _before_or_same(start, end):
            return {"date-parts": [start, end]}
    # Hand back what was written (less outer blanks), not our cleaned copy.
    return {"raw": text.strip()}


def _date_parts(date: Any) -> list[list[int]] | None:
    """The validated date-parts of a CSL date (1 or 2 dates), or None.

    CSL-JSON in the wild carries numbers as strings ("2013"), so they are
    coerced; anything that still is not a valid date counts as absent.
    """
    if not isinstance(date, Mapping):
        return None
    raw_parts = date.get("date-parts")
    if not isinstance(raw_parts, list) or not 1 <= len(raw_parts) <= 2:
        return None
    out = []
    for one in raw_parts:
        if not isinstance(one, (list, tuple)):
            return None
        try:
            parts = [int(p) for p in one]
        except (TypeError, ValueError):
            return None
        if not _valid(parts):
            return None
        out.append(parts)
    return out


def _iso_one(parts: list[int]) -> str:
    return "-".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]])


def _text_of(date: Any) -> str | None:
    if isinstance(date, Mapping):
        for key in ("raw", "literal"):
            value = date.get(key)
            if isinstance(value, str) and value.strip():
                return value
    return None


def format_iso(date: dict | None) -> str | None:
    """A CSL date as ISO ``YYYY[-MM[-DD]]`` (a range as ``A/B``).

    ``raw``/``literal`` dates are given back as written; None when there is
    no usable date.
    """
    parts = _date_parts(date)
    if parts is not None:
        return "/".join(_iso_one(p) for p in parts)
    return _text_of(date)


def from_bibtex(fields: Mapping[str, str]) -> dict | None:
    """A CSL date from decoded BibTeX/biblatex fields (lower-case names).

    biblatex ``date`` wins; otherwise ``year`` + ``month`` + ``day``. A
    ``year`` that is not a plain year ("2013--2014", "in press") is parsed as
    text and the month/day are ignored; a month or day that cannot be
    understood turns the whole date into ``raw`` text rather than dropping it.
    """
    date_text = (fields.get("date") or "").strip()
    if date_text:
        return parse_date(date_text)
    year = (fields.get("year") or "").strip()
    if not year:
        return None
    if not _PLAIN_YEAR.fullmatch(year):
        return parse_date(year)
    month_text = (fields.get("month") or "").strip()
    day_text = (fields.get("day") or "").strip()
    parts = [int(year)]
    if month_text:
        month = _month_number(month_text)
        if month is None:
            return {"raw": " ".join(t for t in (day_text, month_text, year) if t)}
        parts.append(month)
        if day_text:
            if day_text.isdigit():
                parts.append(int(day_text))
            if len(parts) != 3 or not _valid(parts):
                return {"raw": f"{day_text} {month_text} {year}"}
    elif day_text:
        return {"raw": f"{day_text} {year}"}
    return {"date-parts": [parts]}


def to_bibtex(date: dict | None, *, biblatex: bool) -> dict[str, str]:
    """BibTeX fields for a CSL date; ``{}`` when there is none.

    biblatex: ``{"date": "2013-02-25"}`` (ranges ``A/B``). Classic BibTeX:
    ``{"year": "2013", "month": "feb", "day": "25"}``, the month being the
    macro name the caller writes without braces; classic BibTeX has no range
    syntax, so a range goes whole into ``year`` as ``A/B`` (lossless, printed
    verbatim by styles). Text dates go into ``year`` in both dialects because
    biber rejects a non-EDTF ``date``.
    """
    parts = _date_parts(date)
    if parts is None:
        text = _text_of(date)
        return {"year": text} if text is not None else {}
    if biblatex or len(parts) == 2:
        return {"date" if biblatex else "year": format_iso(date) or ""}
    one = parts[0]
    out = {"year": f"{one[0]:04d}"}
    if len(one) >= 2:
        out["month"] = _MONTH_NAMES[one[1] - 1]
    if len(one) == 3:
        out["day"] = str(one[2])
    return out


def year_of(item: Mapping[str, Any]) -> int | None:
    """The (first) year an item was issued, or None.

    Falls back to the first stand-alone four-digit number in a raw/literal
    date, so "Spring 2013" still sorts and keys as 2013.
    """
    issued = item.get("issued")
    if isinstance(issued, str):
        issued = {"raw": issued}
    parts = _date_parts(issued)
    if parts is not None:
        return parts[0][0]
    if isinstance(issued, Mapping):
        # Date-parts that fail validation (a season coded as month 21) still
        # carry a usable year.
        raw_parts = issued.get("date-parts")
        if isinstance(raw_parts, list) and raw_parts and isinstance(raw_parts[0], list) and raw_parts[0]:
            try:
                return int(raw_parts[0][0])
            except (TypeError, ValueError):
                pass
    text = _text_of(issued)
    if text is not None:
        m = _YEAR_IN_TEXT.search(text)
        if m:
            return int(m.group(1))
    return None
