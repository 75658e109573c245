"""Dates as pages write them, to ISO strings.

::

    page_date("2013-02-25T10:31:00+01:00")  -> "2013-02-25"
    page_date("February 25, 2013")          -> "2013-02-25"
    page_date("25. Februar 2013")           -> "2013-02-25"
    page_date("25.02.2013")                 -> "2013-02-25"
    page_date("Feb 2013")                   -> "2013-02"
    page_date("Posted on 25 Feb 2013 by J") -> "2013-02-25"
    page_date("20210820030646")             -> "2021-08-20"
    page_date("1676551869")                 -> "2023-02-16"   (Unix time, its UTC day)
    page_date("yesterday"), page_date("1850") -> None, None
    date_from_url("https://x.org/2013/02/25/how-to/") -> "2013-02-25"
    find_dates("Posted on 25 Feb 2013 by Jane") -> ["2013-02-25"]
    frequent_date('<i>1.2.2019</i> <b data-d="2019-02-01">') -> "2019-02-01"

Reading a date is :mod:`refs.values.dates`'s; this module finds a web page's
date among the many a page writes. Only years 1995-2035 are believed for free
text and URLs; structured values (ISO strings in metadata) accept 1900-2099.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from typing import Iterable

from refs.values.dates import parse_date
from refs.values.months import month_number, month_pattern

__all__ = ["page_date", "epoch_day", "date_from_url", "month_from_url", "find_dates", "dates_at", "valid_ymd", "frequent_date", "utc_stamp",
           "site_offset", "local_day"]

_MONTH_RE = month_pattern()

_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
# "20130225", "20130225T1031", and stamps with the time run on: "201302251031", "20130225103100"
_ISO_COMPACT = re.compile(r"^((?:19|20)\d\d)(\d\d)(\d\d)(?:T|(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?$|$)")
# seconds (or milliseconds) since 1970: "1676551869", "1676551869000"
_EPOCH = re.compile(r"^(\d{9,10})(\d{3})?(?:\.\d+)?$")
_DMY_NUM = re.compile(r"(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)(?![\d])")
# "February 25, 2013", "Feb. 25th 2013"
_MDY = re.compile(rf"(?<![\w])({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)(?!\d)",
                  re.IGNORECASE)
# "25 February 2013", "25. Februar 2013", "25th of Feb, 2013", "25 de febrero de 2013"
_DMY = re.compile(rf"(?<![\w.])(\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s*(?:of\s+|de\s+)?({_MONTH_RE})\.?,?\s+(?:de\s+)?((?:19|20)\d\d)(?!\d)",
                  re.IGNORECASE)
# "25-Feb-2013", "25/Feb/2013" (server logs, Indian and British news sites), "2013-Feb-25"
_DMY_DASHED = re.compile(rf"(?<![\w.])(\d{{1,2}})([-/])({_MONTH_RE})\2((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
_YMD_NAMED = re.compile(rf"(?<!\d)((?:19|20)\d\d)-({_MONTH_RE})-(\d{{1,2}})(?!\d)", re.IGNORECASE)
# "2013. február 25." (Hungarian: the year first, the month by name)
_YMD_WORD = re.compile(rf"(?<![\d.])((?:19|20)\d\d)\.\s*({_MONTH_RE})\s+(\d{{1,2}})\.?(?!\d)", re.IGNORECASE)
# "25. 2. 2013" (Czech, Slovak, Slovene, Croatian)
_DMY_SPACED = re.compile(r"(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d\d)(?!\d)")
# "February 2013"
_MY = re.compile(rf"(?<![\w])({_MONTH_RE})\.?,?\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
_URL_YMD = re.compile(r"/((?:199|20[0-3])\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.\-]|$)")
_URL_YMD_LOOSE = re.compile(r"/((?:199|20[0-3])\d)/(\d{1,2})/(\d{1,2})/")
_URL_DMY = re.compile(r"[/_-](0[1-9]|[12]\d|3[01])-(0[1-9]|1[0-2])-((?:199|20[0-3])\d)(?:[/_.\-]|$)")
_URL_COMPACT = re.compile(r"[/_-]((?:199|20[0-3])\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.\-]|$)")
_CJK = re.compile(r"((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?")
# Korean "2013. 2. 25." (spaces after the dots, and a closing dot)
_KO_DOTTED = re.compile(r"(?<![\d.])((?:19|20)\d\d)\.\s+(\d{1,2})\.\s+(\d{1,2})\.(?!\d)")
# full-width (CJK pages), Arabic-Indic, Persian, Devanagari, Bengali and Thai digits, read as 0-9
_ASCII_DIGITS = {zero + i: ord("0") + i for zero in (0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50)
                 for i in range(10)}
_URL_YM = re.compile(r"/((?:199|20[0-3])\d)/(0[1-9]|1[0-2])/")
# "8.5.12", "08.05.12", "5/8/12": a two-digit year, believed only where a page shows its own date
_SHORT_NUM = re.compile(r"(?<![\d.,/:])(\d{1,2})([./])(\d{1,2})\2(\d\d)(?![\d/:]|\.\d)")
# the end of a range: "vom 9.1. - 10.2.2023", "4.-6. März 2019", "4-6 March 2019", "bis 10.2.2023"
_RANGE_END = re.compile(r"(?:\d\.?\s*[-\u2013\u2014]\s*|\b(?:bis|to|until|till|through|au|al|hasta)\s+)$",
                        re.IGNORECASE)
_URL_DASHED = re.compile(r"[-_/]((?:199|20[0-3])\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)")
# a month by name in a path: "/2020/jan/01/" (The Guardian), "/Feb/29/2012/"
_URL_YMD_NAMED = re.compile(r"/((?:199|20[0-3])\d)/([^\W\d_]{3,9})\.?/(0?[1-9]|[12]\d|3[01])(?=[/_.\-]|$)")
_URL_MDY_NAMED = re.compile(r"/([^\W\d_]{3,9})\.?/(0?[1-9]|[12]\d|3[01])/((?:199|20[0-3])\d)(?=[/_.\-]|$)")
# "/12/17/2013/": day and month before the year, read only where the order is plain (a day above 12)
_URL_NUM_DMY = re.compile(r"/(\d{1,2})/(\d{1,2})/((?:199|20[0-3])\d)(?=[/_.\-]|$)")


def valid_ymd(y: int, m: int, d: int, lo: int = 1995, hi: int = 2035) -> str | None:
    """``"YYYY-MM-DD"`` if it is a real calendar day within [lo, hi], else None."""
    if not lo <= y <= hi:
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _month(name: str) -> int | None:
    return None if name.isdigit() else month_number(name)


def page_date(value: str | None, *, lo: int = 1900, hi: int = 2099) -> str | None:
    """A page's date from one value (a metadata attribute or a short visible
    text): the value read as a date (:func:`refs.values.dates.parse_date`), or
    else the first date written in it; within years ``lo``..``hi``.

    Returns ``YYYY-MM-DD`` or ``YYYY-MM`` (``YYYY`` alone is not a page date).
    Times and time zones are dropped: the date as the page writes it is kept.
    """
    if not value:
        return None
    s = value.strip()[:200]
    whole = parse_date(s)
    if whole and "date-parts" in whole and len(whole["date-parts"]) == 1:
        parts = whole["date-parts"][0]
        if len(parts) >= 2 and lo <= parts[0] <= hi:
            return "-".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]])
    m = _ISO_COMPACT.match(s)
    if m:
        return valid_ymd(int(m[1]), int(m[2]), int(m[3]), lo, hi)
    m = _EPOCH.match(s)
    if m and not valid_ymd(int(s[:4]), int(s[4:6]), int(s[6:8]), 1990, 2039):   # not "2013022510"
        return epoch_day(int(m[1]), lo=max(lo, 1995), hi=min(hi, 2035))
    m = _ISO.search(s)
    if m:
        return valid_ymd(int(m[1]), int(m[2]), int(m[3]), lo, hi)
    found = find_dates(s, lo=lo, hi=hi, limit=1)
    if found:
        return found[0]
    m = _MY.search(s)
    if m and _month(m[1]) and lo <= int(m[2]) <= hi:
        return f"{int(m[2]):04d}-{_month(m[1]):02d}"
    m = re.match(r"^\s*((?:19|20)\d\d)-(0[1-9]|1[0-2])\s*$", s)
    if m:
        return f"{m[1]}-{m[2]}"
    return None


def epoch_day(seconds: int, *, lo: int = 1995, hi: int = 2035) -> str | None:
    """The UTC day of a Unix time (``1676551869`` -> ``"2023-02-16"``), within years ``lo``..``hi``."""
    try:
        day = datetime.fromtimestamp(seconds, tz=timezone.utc).date()
    except (OverflowError, OSError, ValueError):
        return None
    return day.isoformat() if lo <= day.year <= hi else None


def find_dates(text: str, *, lo: int = 1995, hi: int = 2035, limit: int = 20,
               monthfirst: bool = True, short_years: bool = False,
               not_after: re.Pattern | None = None) -> list[str]:
    """Full dates (day precision) in free text, in the order they appear::

        find_dates("Updated 3/4/2014, first posted 25.02.2013") -> ["2014-03-04", "2013-02-25"]
        find_dates("Aktion vom 9.1. - 10.2.2023") -> []            (the end of a range)
        find_dates("von Jane Roe, 8.5.12", short_years=True) -> ["2012-05-08"]
        find_dates("２０１３年２月２５日"), find_dates("입력 2013. 2. 25. 10:31") -> ["2013-02-25"], ["2013-02-25"]

    Numeric ``a/b/yyyy`` and ``a-b-yyyy`` are read month first when
    ``monthfirst`` (US pages) or when that is the only valid reading;
    ``a.b.yyyy`` day first. A date
    that ends a range ("9.1. - 10.2.2023", "bis 10.2.2023") is an event's or
    an offer's, never the page's: it is skipped. Two-digit years
    (``8.5.12``, ``5/8/12``) only with ``short_years``, for text where a page
    shows its own date (a byline, a date-marked element): in free text they
    are as often version numbers or scores. A date whose preceding 40
    characters end with a match of ``not_after`` (a label such as
    "Updated") is skipped too.
    """
    found = dates_at(text, lo=lo, hi=hi, monthfirst=monthfirst, short_years=short_years, not_after=not_after)
    return [iso for _, iso in found[:limit]]


def dates_at(text: str, *, lo: int = 1995, hi: int = 2035, monthfirst: bool = True, short_years: bool = False,
             not_after: re.Pattern | None = None) -> list[tuple[int, str]]:
    """:func:`find_dates` with each date's position in ``text``::

        dates_at("Posted 25.02.2013") -> [(7, "2013-02-25")]
    """
    text = text.translate(_ASCII_DIGITS)
    out = _full_dates(text, lo, hi, monthfirst)
    if short_years:
        out += _short_dates(text, lo, hi, monthfirst)
    out = [(pos, iso) for pos, iso in out if not _RANGE_END.search(text[max(0, pos - 12):pos])
           and not (not_after and not_after.search(text[max(0, pos - 40):pos]))]
    out.sort()
    return out


def _short_dates(text: str, lo: int, hi: int, monthfirst: bool) -> list[tuple[int, str]]:
    """``d.m.yy`` and ``m/d/yy`` (``d/m/yy`` unless ``monthfirst``), years 2000-2035 and 1995-1999."""
    out: list[tuple[int, str]] = []
    for m in _SHORT_NUM.finditer(text):
        a, sep, b, yy = int(m[1]), m[2], int(m[3]), int(m[4])
        y = 2000 + yy if yy <= 35 else 1900 + yy
        if sep == "/" and monthfirst:
            iso = valid_ymd(y, a, b, lo, hi) or valid_ymd(y, b, a, lo, hi)
        else:
            iso = valid_ymd(y, b, a, lo, hi) or (sep == "/" and valid_ymd(y, a, b, lo, hi)) or None
        if iso:
            out.append((m.start(), iso))
    return out


_YEAR = re.compile(r"(?:19|20)\d\d")         # what every pattern of _full_dates holds


def _full_dates(text: str, lo: int, hi: int, monthfirst: bool) -> list[tuple[int, str]]:
    """Every date with a four-digit year in ``text``, with its position."""
    out: list[tuple[int, str]] = []
    if _YEAR.search(text) is None:
        return out                       # no year: none of the patterns below can match
    for m in _ISO.finditer(text):
        iso = valid_ymd(int(m[1]), int(m[2]), int(m[3]), lo, hi)
        if iso:
            out.append((m.start(), iso))
    for m in _MDY.finditer(text):
        mo = _month(m[1])
        iso = mo and valid_ymd(int(m[3]), mo, int(m[2]), lo, hi)
        if iso:
            out.append((m.start(), iso))
    for m in (*_DMY.finditer(text), *_DMY_DASHED.finditer(text)):
        mo = _month(m[m.lastindex - 1])
        iso = mo and valid_ymd(int(m[m.lastindex]), mo, int(m[1]), lo, hi)
        if iso:
            out.append((m.start(), iso))
    for m in (*_YMD_NAMED.finditer(text), *_YMD_WORD.finditer(text)):
        mo = _month(m[2])
        iso = mo and valid_ymd(int(m[1]), mo, int(m[3]), lo, hi)
        if iso:
            out.append((m.start(), iso))
    for m in _DMY_SPACED.finditer(text):
        iso = valid_ymd(int(m[3]), int(m[2]), int(m[1]), lo, hi)
        if iso:
            out.append((m.start(), iso))
    for m in (*_CJK.finditer(text), *_KO_DOTTED.finditer(text)):
        iso = valid_ymd(int(m[1]), int(m[2]), int(m[3]), lo, hi)
        if iso:
            out.append((m.start(), iso))
    for m in _DMY_NUM.finditer(text):
        a, sep, b, y = int(m[1]), m[2], int(m[3]), int(m[4])
        if sep in "/-" and a <= 12 and monthfirst:
            iso = valid_ymd(y, a, b, lo, hi) or valid_ymd(y, b, a, lo, hi)
        else:
            iso = valid_ymd(y, b, a, lo, hi) or valid_ymd(y, a, b, lo, hi)
        if iso:
            out.append((m.start(), iso))
    return out


def date_from_url(url: str) -> str | None:
    """The day written in a URL's path, if any::

        date_from_url("https://blog.x/2013/02/25/title")   -> "2013-02-25"
        date_from_url("https://x.de/news/2019-04-01-title") -> "2019-04-01"
        date_from_url("https://x.de/meldungen/29-10-2021")  -> "2021-10-29"
        date_from_url("https://x.com/story-20200113")       -> "2020-01-13"
        date_from_url("https://x.co.uk/world/2020/jan/01/t") -> "2020-01-01"
        date_from_url("https://x.com/12/17/2013/politics")  -> "2013-12-17"
        date_from_url("https://blog.x/2013/02/title")      -> None   (month only)
    """
    if not url:
        return None
    path = url.split("://", 1)[-1]
    path = path[path.find("/"):] if "/" in path else ""
    for rx in (_URL_YMD, _URL_YMD_LOOSE, _URL_DASHED, _URL_COMPACT):
        m = rx.search(path)
        if m:
            iso = valid_ymd(int(m[1]), int(m[2]), int(m[3]))
            if iso:
                return iso
    m = _URL_DMY.search(path)
    if m:
        return valid_ymd(int(m[3]), int(m[2]), int(m[1]))
    return _url_date_other_orders(path)


def _url_date_other_orders(path: str) -> str | None:
    """A day a path writes with the month by name (``/2020/jan/01/``,
    ``/Feb/29/2012/``) or with the year last (``/12/17/2013/``, read only
    where one of the two numbers cannot be a month)."""
    m = _URL_YMD_NAMED.search(path)
    if m and _month(m[2]):
        return valid_ymd(int(m[1]), _month(m[2]), int(m[3]))
    m = _URL_MDY_NAMED.search(path)
    if m and _month(m[1]):
        return valid_ymd(int(m[3]), _month(m[1]), int(m[2]))
    m = _URL_NUM_DMY.search(path)
    if m:
        a, b = int(m[1]), int(m[2])
        if (a > 12) != (b > 12):
            return valid_ymd(int(m[3]), min(a, b), max(a, b))
    return None


def month_from_url(url: str) -> str | None:
    """``YYYY-MM`` from ``/2013/02/`` in a URL's path."""
    m = _URL_YM.search(url or "")
    return f"{m[1]}-{m[2]}" if m else None


_YEAR = re.compile(r"(?<!\d)(?:199\d|20[0-3]\d)(?!\d)")
_SCAN_MAX = 3_000_000


def frequent_date(raw: str, *, monthfirst: bool = True, max_chars: int = _SCAN_MAX,
                  avoid: Iterable[str] = ()) -> str | None:
    """The day written most often anywhere in a page's source (text,
    attributes, form fields, comments, script data), ties going to the one
    written first; None without any. A low-trust last resort (as htmldate's
    extensive search): on pages with no dated metadata the page's own date is
    most often the one it repeats.

    Only the surroundings of a plausible year (1990-2039) are read, so a page
    costs time in proportion to its years, not its length. Days in ``avoid``
    (those the page's metadata names as its last change) count only where
    there is no other.
    """
    text = raw[:max_chars]
    count: dict[str, int] = {}
    first: dict[str, int] = {}
    start = end = -1
    spans: list[tuple[int, int]] = []
    for m in _YEAR.finditer(text):
        a, b = max(0, m.start() - 40), m.end() + 12
        if a <= end:
            end = b
        else:
            if end > 0:
                spans.append((start, end))
            start, end = a, b
    if end > 0:
        spans.append((start, end))
    for i, (a, b) in enumerate(spans):
        for iso in find_dates(text[a:b], limit=50, monthfirst=monthfirst):
            count[iso] = count.get(iso, 0) + 1
            first.setdefault(iso, i)
    if not count:
        return None
    avoid = set(avoid)
    days = [d for d in count if d not in avoid] or list(count)
    return min(days, key=lambda d: (-count[d], first[d]))


# "2020-05-02T02:54:29.000Z", "2020-05-02 02:54:29+00:00": a moment in UTC
_UTC_STAMP = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?\s*(?:Z|[+-]00:?00)$")
# a time of day with a zone offset, in any notation: "22:54:29-04:00", "23:00:00 -0400"
# (with seconds, or after the "T" of an ISO stamp: "10:00-12:00" is a time range)
_OFFSET = re.compile(r"(?:(?<![\d:])\d\d:\d\d:\d\d(?:[.,]\d+)?|T\d\d:\d\d)\s?([+-])(\d\d):?(\d\d)(?![\d:])")


def utc_stamp(value: str | None) -> datetime | None:
    """The moment a value names when it is written in UTC (``Z`` or
    ``+00:00``), else None (a local time, or a day alone)::

        utc_stamp("2020-05-02T02:54:29.000Z")   -> datetime(2020, 5, 2, 2, 54, 29, tzinfo=UTC)
        utc_stamp("2020-05-01T22:54:29-04:00")  -> None
    """
    m = _UTC_STAMP.match((value or "").strip()[:60])
    if not m:
        return None
    try:
        return datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6] or 0), tzinfo=timezone.utc)
    except ValueError:
        return None


def site_offset(raw: str, *, max_chars: int = _SCAN_MAX) -> int | None:
    """The site's own time zone, as the UTC offset in minutes its page
    writes most often beside a time of day (``22:54:29-04:00``,
    ``Fri, 01 May 2020 23:00:00 -0400``); None where it writes none but UTC."""
    offsets = Counter()
    for m in _OFFSET.finditer(raw[:max_chars]):
        minutes = int(m[2]) * 60 + int(m[3])
        if 0 < minutes <= 14 * 60 and int(m[3]) in (0, 30, 45):
            offsets[minutes if m[1] == "+" else -minutes] += 1
    return offsets.most_common(1)[0][0] if offsets else None


# the UTC offsets (minutes) east of UTC where a page's language is mostly written:
# where a local midnight lands before midnight UTC, on the day before
_ZONES_EAST = {
    "de": (60, 120), "fr": (60, 120), "it": (60, 120), "es": (60, 120), "nl": (60, 120), "pl": (60, 120),
    "cs": (60, 120), "sk": (60, 120), "hu": (60, 120), "da": (60, 120), "sv": (60, 120), "nb": (60, 120),
    "no": (60, 120), "sl": (60, 120), "hr": (60, 120), "fi": (120, 180), "el": (120, 180), "ro": (120, 180),
    "bg": (120, 180), "uk": (120, 180), "ru": (180,), "tr": (180,), "ja": (540,), "ko": (540,),
    "zh": (480,), "hi": (330,), "en-in": (330,), "en-au": (600, 660), "en-nz": (720, 780), "en-gb": (60,),
    "en-ie": (60,),
}


def midnight_zones(lang: str | None) -> tuple[int, ...]:
    """The offsets east of UTC a page in ``lang`` is most likely written in
    (see :func:`local_day`); none for English and languages spread over the
    Americas."""
    lang = (lang or "").strip().lower().replace("_", "-")
    if lang[:5] in _ZONES_EAST:
        return _ZONES_EAST[lang[:5]]
    return _ZONES_EAST.get(lang[:2], ())


def local_day(stamp: datetime, offset: int | None, shown: Iterable[str] = (), zones: Iterable[int] = ()) -> str:
    """The day a UTC moment falls on where the page was published: in the
    site's own zone (``offset`` minutes, see :func:`site_offset`), else the
    neighbouring day the page shows (``shown``) where the moment is near
    enough to midnight for some zone to cross it, else the UTC day::

        local_day(datetime(2020, 5, 2, 2, 54, tzinfo=UTC), -240)          -> "2020-05-01"
        local_day(datetime(2023, 11, 9, 1, 9, tzinfo=UTC), None, {"2023-11-08"}) -> "2023-11-08"
        local_day(datetime(2022, 11, 6, 23, 0, tzinfo=UTC), None, (), (60, 120)) -> "2022-11-07"
    """
    if offset is not None:
        return (stamp + timedelta(minutes=offset)).date().isoformat()
    for z in zones:
        moment = stamp + timedelta(minutes=z)
        if (moment.hour, moment.minute, moment.second) == (0, 0, 0):
            # a day stored as its local midnight and written in UTC: "2022-11-06T23:00:00.000Z" on a German page
            return moment.date().isoformat()
    day = stamp.date()
    shown = set(shown)
    if day.isoformat() not in shown:
        # zones run from UTC-12 to UTC+14
        if stamp.hour < 12 and (day - timedelta(days=1)).isoformat() in shown:
            return (day - timedelta(days=1)).isoformat()
        if stamp.hour >= 10 and (day + timedelta(days=1)).isoformat() in shown:
            return (day + timedelta(days=1)).isoformat()
    return day.isoformat()
