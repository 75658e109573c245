"""Dates: the one place that reads and writes them.

A reference's ``issued``/``accessed`` is a CSL date dict. This module owns
every conversion between that and the ways people and tools write dates::

    parse_date("25 February 2013")       -> {"date-parts": [[2013, 2, 25]]}
    parse_date("25.02.2013")             -> {"date-parts": [[2013, 2, 25]]}
    parse_date("1850")                   -> {"date-parts": [[1850]]}
    parse_date("2013-02/2013-03")        -> {"date-parts": [[2013, 2], [2013, 3]]}
    parse_date("March 4-6, 2019")        -> {"date-parts": [[2019, 3, 4], [2019, 3, 6]]}
    parse_date("2013~"), parse_date("circa 1850")
        -> {"date-parts": [[2013]], "circa": True}, {"date-parts": [[1850]], "circa": True}
    parse_date("2013-21")                -> {"date-parts": [[2013]], "season": 1}   (EDTF spring)
    parse_date("n.d.")                   -> None
    parse_date("Spring 2013")            -> {"raw": "Spring 2013"}
    format_iso({"date-parts": [[2013, 2]]})          -> "2013-02"
    format_edtf({"date-parts": [[2013]], "circa": True}) -> "2013~"
    from_bibtex({"year": "2013", "month": "Feb."})    -> {"date-parts": [[2013, 2]]}
    to_bibtex({"date-parts": [[2013, 2, 25]]}, biblatex=True)  -> {"date": "2013-02-25"}
    to_bibtex({"date-parts": [[2013, 2, 25]]}, biblatex=False)
        -> {"year": "2013", "month": "feb", "day": "25"}
    from_csl("2013-02-25") / from_csl({"date-parts": [["2013", "2"]]})   (CSL-JSON as found)
    from_ris("2013/02/25/Spring") -> {"date-parts": [[2013, 2, 25]], "season": "Spring"}
    year_of({"issued": {"raw": "circa 1850?"}})       -> 1850

Numeric dates with slashes are read year first (``2013/02/25``), or day
first when the first number cannot be a month (``25/02/2013``); ``02/03/2013``
is ambiguous and kept as text unless ``monthfirst`` says which (pages know
their locale, a ``.bib`` field does not). Dotted dates (``25.02.2013``) are
day first, as everywhere they are written. Only the proleptic Gregorian
calendar and years 9999 BC to 9999 are understood; anything else survives as
``{"raw": text}`` rather than being lost.

Years before Christ: CSL date-parts count them as historians do (``-333`` is
333 BC, there is no year 0 BC), while ISO 8601 and EDTF, and so biblatex's
``date`` fields, count astronomically (``-0333`` is 334 BC, ``0000`` is 1 BC)::

    parse_date("-0333")                  -> {"date-parts": [[-334]]}
    format_edtf({"date-parts": [[-334]]}) -> "-0333"
    from_bibtex({"year": "-333"})        -> {"date-parts": [[-333]]}   (a year, as written)

CSL has no year 0: ``[[2016], [0]]`` is the open end of a range (written
``2016/..``), and a lone ``[[0]]`` is written ``0000`` (read back as 1 BC).
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from refs.values.months import MACROS, month_number

__all__ = ["parse_date", "format_iso", "format_edtf", "edtf_or_text", "from_bibtex", "to_bibtex", "from_csl",
           "from_ris", "to_ris", "year_of", "valid_parts", "date_parts"]

_NO_DATE = frozenset({"nd", "nodate", "undated", "sd", "sa", "sf", "oj", "ohnejahr"})

_ISO = re.compile(
    r"(-?\d{4})(?:-(\d{2})(?:-(\d{2})"
    # A time only makes sense after a full date; it is accepted and dropped.
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
    r")?)?"
)
_EDTF_SEASON = re.compile(r"(\d{4})-(2[1-4])")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SLASHED = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})")
_CJK = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(?:(\d{1,2})\s*[日일]?)?")
_ORD = r"(?:st|nd|rd|th|er|e)?"
_DAY_MONTH_YEAR = re.compile(rf"(\d{{1,2}}){_ORD}\.?\s*(?:of\s+|de\s+)?([^\W\d_]+)\.?,?\s+(?:de\s+)?(\d{{4}})")
_MONTH_DAY_YEAR = re.compile(rf"([^\W\d_]+)\.?\s+(\d{{1,2}}){_ORD},?\s+(\d{{4}})")
_MONTH_YEAR = re.compile(r"([^\W\d_]+)\.?,?\s+(?:de\s+)?(\d{4})")
# Year first with a month name: Hungarian "2013. február 25.", "2013 Feb 25".
_YEAR_MONTH_DAY = re.compile(rf"(\d{{4}})\.?\s+([^\W\d_]+)\.?\s+(\d{{1,2}}){_ORD}\.?")
# Day ranges inside one month, and month-day ranges inside one year (conferences).
_DAYS_IN_MONTH = re.compile(rf"([^\W\d_]+)\.?\s+(\d{{1,2}}){_ORD}\s*[-\u2013\u2014]+\s*(\d{{1,2}}){_ORD},?\s+(\d{{4}})")
_DAYS_BEFORE_MONTH = re.compile(rf"(\d{{1,2}}){_ORD}\.?\s*[-\u2013\u2014]+\s*(\d{{1,2}}){_ORD}\.?\s+([^\W\d_]+)\.?,?\s+(\d{{4}})")
_TWO_MONTH_DAYS = re.compile(rf"([^\W\d_]+)\.?\s+(\d{{1,2}}){_ORD}\s*[-\u2013\u2014]+\s*([^\W\d_]+)\.?\s+(\d{{1,2}}){_ORD},?\s+(\d{{4}})")
# "--" is how BibTeX files spell an en dash, so "2013--2014" is a range too.
_RANGE_SEP = re.compile(r"\s*(?:/|--|\u2013|\u2014|\s-\s)\s*")
_SPACES = re.compile(r"\s+")
# what a "no date" marker may have between its letters: dots, slashes, blanks ("n. d.", "s/f"); other letters
# (any script's) make it a word, not the marker ("sĺf" is no "s.f.")
_NON_LETTER = re.compile(r"[\W\d_]")
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_PLAIN_YEAR = re.compile(r"\d{4}")
# A year BC in a ``year`` field, counted as historians do: "-333", "-0333".
_YEAR_BC = re.compile(r"-0*([1-9]\d{0,3})")
_CIRCA = re.compile(r"^(?:circa|ca\.?|c\.|approx\.?|about)\s*(?=\d)|[~%?]$", re.I)


def _days_in_month(year: int, month: int) -> int:
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def valid_parts(parts: list[int]) -> bool:
    """True for ``[year]``, ``[year, month]`` or ``[year, month, day]`` naming a real day (years 0-9999)."""
    if not 1 <= len(parts) <= 3 or not -9999 <= parts[0] <= 9999:
        return False
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        return False
    if len(parts) == 3 and not 1 <= parts[2] <= _days_in_month(_astronomical(parts[0]), parts[1]):
        return False
    return True


def _checked(parts: list[int]) -> list[int] | None:
    return parts if valid_parts(parts) else None


def _named(year: str, month_name: str, day: str | None) -> list[int] | None:
    # Numeric months are not names: "25 2 2013" is not a date we guess at.
    month = None if month_name.isdigit() else month_number(month_name)
    if month is None:
        return None
    return _checked([int(year), month] + ([int(day)] if day is not None else []))


def _numeric(a: int, b: int, year: int, sep: str, monthfirst: bool | None) -> list[int] | None:
    """``a.b.yyyy`` day first; ``a/b/yyyy`` day first when ``a`` cannot be a
    month, month first when ``b`` cannot be, else as ``monthfirst`` says."""
    if sep == "." or sep == "-":
        return _checked([year, b, a])
    if a > 12:
        return _checked([year, b, a])
    if b > 12:
        return _checked([year, a, b])
    if a == b:
        return _checked([year, a, b])
    if monthfirst is None:
        return None
    return _checked([year, a, b] if monthfirst else [year, b, a])


def _parse_single(text: str, monthfirst: bool | None = None) -> list[int] | None:
    """One date (not a range) as validated date-parts, or None."""
    m = _ISO.fullmatch(text)
    if m:
        parts = [int(g) for g in m.groups() if g is not None]
        return _checked([_historical(parts[0])] + parts[1:])
    m = _COMPACT.fullmatch(text)
    if m:
        return _checked([int(g) for g in m.groups()])
    m = _SLASHED.fullmatch(text)
    if m:
        return _checked([int(g) for g in m.groups()])
    m = _NUMERIC.fullmatch(text)
    if m:
        return _numeric(int(m[1]), int(m[3]), int(m[4]), m[2], monthfirst)
    m = _CJK.fullmatch(text)
    if m:
        return _checked([int(g) for g in m.groups() if g is not None])
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
    m = _YEAR_MONTH_DAY.fullmatch(low)
    if m:
        year, month, day = m.groups()
        return _named(year, month, day)
    return None


def _before_or_same(a: list[int], b: list[int]) -> bool:
    # Compare only the precision both ends share: "2013-02/2013" is fine.
    n = min(len(a), len(b))
    return a[:n] <= b[:n]


def _range(start: list[int] | None, end: list[int] | None) -> dict | None:
    if start is not None and end is not None and _before_or_same(start, end):
        return {"date-parts": [start, end]}
    return None


def _day_ranges(low: str) -> dict | None:
    """``March 4-6, 2019``, ``4-6 March 2019``, ``March 30 - April 2, 2019``."""
    m = _DAYS_IN_MONTH.fullmatch(low)
    if m:
        month, d1, d2, year = m.groups()
        return _range(_named(year, month, d1), _named(year, month, d2))
    m = _DAYS_BEFORE_MONTH.fullmatch(low)
    if m:
        d1, d2, month, year = m.groups()
        return _range(_named(year, month, d1), _named(year, month, d2))
    m = _TWO_MONTH_DAYS.fullmatch(low)
    if m:
        m1, d1, m2, d2, year = m.groups()
        return _range(_named(year, m1, d1), _named(year, m2, d2))
    return None


def parse_date(text: str | None, *, monthfirst: bool | None = None) -> dict | None:
    """A date as written (ISO, EDTF, "25 February 2013", a range, ...) to CSL.

    Returns None for empty text and "n.d."-style markers, and
    ``{"raw": text}`` for non-empty text that is not a valid date (including
    impossible ones such as ``2013-02-30``).
    """
    if text is None:
        return None
    cleaned = _SPACES.sub(" ", str(text)).strip()
    if not cleaned:
        return None
    if _NON_LETTER.sub("", cleaned.lower()) in _NO_DATE:
        return None
    date = _parse_exact(cleaned, monthfirst)
    if date is not None:
        return date
    circa = _CIRCA.sub("", cleaned).strip()
    if circa != cleaned and circa:
        date = _parse_exact(circa, monthfirst)
        if date is not None and "season" not in date:
            return dict(date, circa=True)
    # Hand back what was written (less outer blanks), not our cleaned copy.
    return {"raw": str(text).strip()}


def _parse_exact(cleaned: str, monthfirst: bool | None) -> dict | None:
    single = _parse_single(cleaned, monthfirst)
    if single is not None:
        return {"date-parts": [single]}
    m = _EDTF_SEASON.fullmatch(cleaned)
    if m:
        return {"date-parts": [[int(m[1])]], "season": int(m[2]) - 20}
    ranged = _day_ranges(cleaned.lower())
    if ranged is not None:
        return ranged
    pieces = _RANGE_SEP.split(cleaned)
    if len(pieces) == 2:
        if pieces[1] in ("", "..") and cleaned.rstrip(". ").endswith("/"):
            start = _parse_single(pieces[0], monthfirst)  # EDTF's open end, "2016/..", biblatex's "2016/"
            return {"date-parts": [start, [0]]} if start is not None else None
        return _range(_parse_single(pieces[0], monthfirst), _parse_single(pieces[1], monthfirst))
    return None


def date_parts(date: Any) -> list[list[int]] | None:
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
        if not valid_parts(parts):
            return None
        out.append(parts)
    return out


def _historical(year: int) -> int:
    """An ISO/EDTF (astronomical) year as CSL counts it: -0333 is 334 BC, 0000 is 1 BC."""
    return year - 1 if year <= 0 else year


def _astronomical(year: int) -> int:
    return year + 1 if year < 0 else year


def _year_text(year: int) -> str:
    """An ISO/EDTF year of a CSL year: 2013 -> "2013", -334 (334 BC) -> "-0333", -1 -> "0000"."""
    y = _astronomical(year)
    return f"-{-y:04d}" if y < 0 else f"{y:04d}"


def _iso_one(parts: list[int]) -> str:
    return "-".join([_year_text(parts[0])] + [f"{p:02d}" for p in parts[1:]])


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
    parts = date_parts(date)
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
    bc = _YEAR_BC.fullmatch(year)
    if bc:
        year = str(-int(bc[1]))  # a year BC as written, not EDTF's astronomical count
    elif not _PLAIN_YEAR.fullmatch(year):
        return parse_date(year)
    month_text = (fields.get("month") or "").strip()
    day_text = (fields.get("day") or "").strip()
    if _UNKNOWN.fullmatch(day_text):
        day_text = ""  # "??": a day not known
    parts = [int(year)]
    if month_text:
        month = month_number(month_text)
        if month is None:
            return _odd_month(month_text, day_text, year)
        parts.append(month)
        if day_text:
            if day_text.isdigit():
                parts.append(int(day_text))
            if len(parts) != 3 or not valid_parts(parts):
                return {"raw": f"{day_text} {month_text} {year}"}
    elif day_text:
        return {"raw": f"{day_text} {year}"}
    return {"date-parts": [parts]}


_UNKNOWN = re.compile(r"\?+")
_SEASON_NAMES = {"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}
_MONTH_PAIR = re.compile(r"\s*(?:/|\\slash|[-–—]{1,2})\s*")


def _odd_month(month_text: str, day_text: str, year: str) -> dict:
    """A month field that is not one month, as real libraries write it:
    ``????`` (the month not known: the year alone), a season (``Spring``),
    two months (``jul # "\\slash " # aug``, ``mar # "-" # apr``: July to
    August), or a day with its month (``"10~" # jan``, ``apr # " 13,"``).
    Anything else is kept as text (``raw``), never dropped."""
    raw = {"raw": " ".join(t for t in (day_text, month_text, year) if t)}
    if _UNKNOWN.fullmatch(month_text):
        return {"date-parts": [[int(year)]]}
    bare = month_text.strip(" .,").lower()
    if bare in _SEASON_NAMES and not day_text:
        return {"date-parts": [[int(year)]], "season": _SEASON_NAMES[bare]}
    pair = _MONTH_PAIR.split(month_text.strip(" .,"))
    if len(pair) == 2 and not day_text:
        first, last = month_number(pair[0]), month_number(pair[1])
        if first and last and first < last:
            return {"date-parts": [[int(year), first], [int(year), last]]}
        return raw
    date = parse_date(f"{day_text} {month_text.strip(' ,')} {year}".strip())
    parts = date_parts(date)
    if parts and all(p[0] == int(year) and len(p) == 3 for p in parts) and "season" not in date:
        return date
    return raw


def format_edtf(date: dict | None) -> str | None:
    """A CSL date as EDTF, the form biblatex's ``date`` field takes:
    ``2013-02-25``, ``2013-02/2013-03``, ``2013~`` (circa), ``2013-21``
    (a season); None when the date has no valid date-parts."""
    parts = date_parts(date)
    if parts is None:
        return None
    season = date.get("season") if isinstance(date, Mapping) else None
    if len(parts) == 1 and len(parts[0]) == 1 and _season_number(season):
        text = f"{_year_text(parts[0][0])}-{20 + _season_number(season)}"
    elif len(parts) == 2 and parts[1] == [0]:
        text = _iso_one(parts[0]) + "/.."  # open-ended: "2016-present"
    else:
        text = "/".join(_iso_one(p) for p in parts)
    if isinstance(date, Mapping) and date.get("circa") and len(parts) == 1:
        text += "~"
    return text


def edtf_or_text(date: Any) -> str | None:
    """A date for a biblatex date field (``urldate``, ``origdate``, ...): EDTF
    when its date-parts are valid, else as written (its text, or date-parts we
    cannot vouch for such as a year BC: ``[[-334], [-333]]`` -> ``-334/-333``),
    never dropped; None when there is nothing."""
    return format_edtf(date) or _text_of(date) or _parts_text(date)


def _parts_text(date: Any) -> str | None:
    """Date-parts as written, ``-`` between parts and ``/`` between the two
    ends (``[[-300]]`` -> ``-300``, ``[[2019, 21]]`` -> ``2019-21``); None
    when there are none."""
    raw = date.get("date-parts") if isinstance(date, Mapping) else None
    if not isinstance(raw, list):
        return None
    ends = ["-".join(str(p).strip() for p in one if str(p).strip()) for one in raw if isinstance(one, (list, tuple))]
    text = "/".join(e for e in ends if e)
    return text or None


def _season_number(season: Any) -> int | None:
    try:
        n = int(season)
    except (TypeError, ValueError):
        return None
    return n if 1 <= n <= 4 else None


def to_bibtex(date: dict | None, *, biblatex: bool) -> dict[str, str]:
    """BibTeX fields for a CSL date; ``{}`` when there is none.

    biblatex: ``{"date": "2013-02-25"}`` (EDTF: ranges ``A/B``, ``2013~``
    circa, ``2013-21`` seasons). Classic BibTeX:
    ``{"year": "2013", "month": "feb", "day": "25"}``, the month being the
    macro name the caller writes without braces; classic BibTeX has no range
    syntax, so a range of years goes into ``year`` as BibTeX users write one,
    ``2019--2020`` (TeX prints an en dash), and a range of months or days
    whole as ``A/B`` (lossless, printed verbatim by styles), as do circa and
    season dates. Text dates go into ``year`` in both dialects because biber
    rejects a non-EDTF ``date``.
    """
    parts = date_parts(date)
    if parts is None:
        # Text, or date-parts we cannot vouch for (a year BC, a season as month
        # 21, February 30): as written, never dropped from the file.
        text = _text_of(date) or _parts_text(date)
        return {"year": text} if text is not None else {}
    edtf = format_edtf(date) or ""
    if biblatex:
        return {"date": edtf}
    if len(parts) == 2 and len(parts[0]) == len(parts[1]) == 1 and parts[1] != [0] and "~" not in edtf \
            and min(parts[0][0], parts[1][0]) >= 0:
        return {"year": f"{parts[0][0]:04d}--{parts[1][0]:04d}"}
    if len(parts) == 2 or edtf != format_iso(date):
        return {"year": edtf}
    one = parts[0]
    out = {"year": f"{one[0]:04d}" if one[0] >= 0 else str(one[0])}  # a year BC as historians write it
    if len(one) >= 2:
        out["month"] = MACROS[one[1] - 1]
    if len(one) == 3:
        out["day"] = str(one[2])
    return out


def from_csl(value: Any, report=None) -> Any:
    """A CSL-JSON date as found in files (a string, numbers as strings, a
    ``raw`` ISO date) to the form the library keeps. ``report(message)`` is
    told what could not be understood; such values are returned as they
    are (:func:`refs.fields.clean_item` makes them text)."""
    say = report or (lambda message: None)
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return parse_date(str(value)) or {"raw": str(value)}
    if not isinstance(value, Mapping):
        say("a date must be an object or a string")
        return value
    out = dict(value)
    if "date-parts" in out:
        dp = out["date-parts"]
        if not isinstance(dp, list) or not all(isinstance(p, list) for p in dp):
            say("date-parts must be a list of lists")
            return value
        dp = [[_int_part(p) for p in parts] for parts in dp]
        if any(not isinstance(p, int) or isinstance(p, bool) for parts in dp for p in parts):
            say("date-parts has a part that is not a number")
        else:
            # citeproc-js's conventions: a month or day of 0 is unknown, and a
            # "month" of 13-16 (or EDTF's 21-24) is a season.
            dp = [_known_parts(parts) for parts in dp]
            if len(dp) == 1 and len(dp[0]) == 2 and (13 <= dp[0][1] <= 16 or 21 <= dp[0][1] <= 24):
                if "season" not in out:
                    out["season"] = (dp[0][1] - 12) if dp[0][1] <= 16 else (dp[0][1] - 20)
                dp = [dp[0][:1]]
        out["date-parts"] = dp
    elif isinstance(out.get("raw"), str):
        parsed = parse_date(out["raw"])
        if parsed and "date-parts" in parsed:
            del out["raw"]
            out.update(parsed)
    return out


def _known_parts(parts: list[int]) -> list[int]:
    """``[2019, 0, 0]`` -> ``[2019]``: trailing zeros are parts not known."""
    parts = list(parts)
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return parts


def _int_part(part: Any) -> Any:
    if isinstance(part, str) and re.fullmatch(r"\s*-?\d+\s*", part):
        return int(part)
    if isinstance(part, float) and part.is_integer():  # 2019.0: a number some writers give
        return int(part)
    return part


_RIS_DATE = re.compile(r"(\d{4})(?:/(\d{1,2})?(?:/(\d{1,2})?(?:/(.*))?)?)?")
_ISO_LOOSE = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ].*)?")
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?.*")


def from_ris(value: str) -> dict | None:
    """RIS's ``2013``, ``2013///``, ``2013/02/25/``, ``2013/02/25/Spring`` (or
    ISO) to a CSL date; None when it is none of those (the caller keeps the
    text). The fourth RIS part becomes ``season`` unless it is a time of day,
    which CSL cannot hold."""
    value = value.strip()
    m = _RIS_DATE.fullmatch(value)
    if m:
        year, month, day, other = m.groups()
    else:
        m = _ISO_LOOSE.fullmatch(value)
        if not m:
            parsed = parse_date(value)
            return parsed if parsed and "date-parts" in parsed else None
        (year, month, day), other = m.groups(), None
    if day and not month:
        return None
    parts = [int(year)] + ([int(month)] if month else []) + ([int(day)] if day else [])
    if not valid_parts(parts):
        return None
    date: dict[str, Any] = {"date-parts": [parts]}
    other = (other or "").strip()
    if other and not _TIME.fullmatch(other):
        date["season"] = other
    return date


def to_ris(date: Any) -> str | None:
    """A CSL date -> RIS ``2013/02/25/Season``; raw or literal text as given."""
    if not isinstance(date, Mapping):
        return str(date) if date else None
    parts = (date.get("date-parts") or [[]])[0]
    try:
        parts = [int(p) for p in parts]
    except (TypeError, ValueError):
        parts = []
    if not parts:
        return date.get("raw") or date.get("literal")
    cells = [f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:3]]
    cells += [""] * (3 - len(cells))
    return "/".join(cells) + "/" + str(date.get("season", ""))


def year_of(item: Mapping[str, Any]) -> int | None:
    """The (first) year an item was issued, or None.

    Falls back to the first stand-alone four-digit number in a raw/literal
    date, so "Spring 2013" still sorts and keys as 2013.
    """
    issued = item.get("issued")
    if isinstance(issued, str):
        issued = {"raw": issued}
    parts = date_parts(issued)
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
