"""Month names: the one table every reader of dates uses.

::

    >>> month_number("Feb."), month_number("février"), month_number("09"), month_number("Sept")
    (2, 2, 9, 9)
    >>> month_number("13") is None, month_number("spring") is None
    (True, True)
    >>> MACROS[1]
    'feb'

``MACROS`` are BibTeX's predefined month macros (``jan`` ... ``dec``), the
form classic BibTeX files write without braces. ``month_number`` reads
English, German, French, Spanish, Italian, Dutch, Portuguese, Russian,
Ukrainian, Polish, Czech, Swedish, Danish and Norwegian, Finnish, Turkish,
Hungarian, Romanian, Croatian, Slovene, Serbian (Latin) and Greek names
(and the genitives dates are written with) and their usual abbreviations,
with or without a trailing dot, in any case.
Abbreviations that are also common words (Italian "set", Portuguese "out",
Spanish "ago") are left out: free text is searched with this table.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

__all__ = ["MACROS", "ENGLISH", "NAMES", "month_number", "month_pattern"]

MACROS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
ENGLISH = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")

_BY_LANGUAGE = {
    "en": [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
           ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
           ("october", "oct"), ("november", "nov"), ("december", "dec")],
    "de": [("januar", "jänner", "jän"), ("februar", "feber"), ("märz", "maerz", "mär", "mrz"), ("april",),
           ("mai",), ("juni",), ("juli",), ("august",), ("september",), ("oktober", "okt"), ("november",),
           ("dezember", "dez")],
    "fr": [("janvier", "janv"), ("février", "fevrier", "févr", "fevr"), ("mars",), ("avril", "avr"), ("mai",),
           ("juin",), ("juillet", "juil"), ("août", "aout"), ("septembre",), ("octobre",),
           ("novembre",), ("décembre", "decembre", "déc")],
    "es": [("enero", "ene"), ("febrero",), ("marzo",), ("abril", "abr"), ("mayo",), ("junio",), ("julio",),
           ("agosto",), ("septiembre", "setiembre"), ("octubre",), ("noviembre",), ("diciembre", "dic")],
    "it": [("gennaio",), ("febbraio",), ("marzo",), ("aprile",), ("maggio",), ("giugno", "giu"),
           ("luglio", "lug"), ("agosto",), ("settembre",), ("ottobre", "ott"), ("novembre",),
           ("dicembre",)],
    "nl": [("januari",), ("februari",), ("maart", "mrt"), ("april",), ("mei",), ("juni",), ("juli",),
           ("augustus",), ("september",), ("oktober",), ("november",), ("december",)],
    "pt": [("janeiro",), ("fevereiro", "fev"), ("março", "marco"), ("abril",), ("maio",), ("junho",),
           ("julho",), ("agosto",), ("setembro",), ("outubro",), ("novembro",), ("dezembro", "dez")],
    # Russian and Ukrainian: the name, and the genitive a date writes ("25 февраля 2013").
    "ru": [("январь", "января", "янв"), ("февраль", "февраля", "фев"), ("март", "марта"),
           ("апрель", "апреля", "апр"), ("май", "мая"), ("июнь", "июня"), ("июль", "июля"),
           ("август", "августа", "авг"), ("сентябрь", "сентября", "сен", "сент"), ("октябрь", "октября", "окт"),
           ("ноябрь", "ноября", "нояб"), ("декабрь", "декабря", "дек")],
    "uk": [("січень", "січня"), ("лютий", "лютого"), ("березень", "березня"), ("квітень", "квітня"),
           ("травень", "травня"), ("червень", "червня"), ("липень", "липня"), ("серпень", "серпня"),
           ("вересень", "вересня"), ("жовтень", "жовтня"), ("листопад", "листопада"),
           ("грудень", "грудня")],
    # Polish and Czech: the name and the genitive ("25 lutego 2013", "25. února 2013").
    "pl": [("styczeń", "stycznia"), ("luty", "lutego"), ("marzec", "marca"), ("kwiecień", "kwietnia"),
           ("maj", "maja"), ("czerwiec", "czerwca"), ("lipiec", "lipca"), ("sierpień", "sierpnia"),
           ("wrzesień", "września"), ("październik", "października"), ("listopad", "listopada"),
           ("grudzień", "grudnia")],
    "cs": [("leden", "ledna"), ("únor", "února"), ("březen", "března"), ("duben", "dubna"),
           ("květen", "května"), ("červen", "června"), ("červenec", "července"), ("srpen", "srpna"),
           ("září",), ("říjen", "října"), ("listopadu",), ("prosinec", "prosince")],
    "sv": [("januari",), ("februari",), ("mars",), ("april",), ("maj",), ("juni",), ("juli",),
           ("augusti",), ("september",), ("oktober",), ("november",), ("december",)],
    "da": [("januar",), ("februar",), ("marts",), ("april",), ("maj",), ("juni",), ("juli",), ("august",),
           ("september",), ("oktober",), ("november",), ("december",)],
    "fi": [("tammikuu", "tammikuuta"), ("helmikuu", "helmikuuta"), ("maaliskuu", "maaliskuuta"),
           ("huhtikuu", "huhtikuuta"), ("toukokuu", "toukokuuta"), ("kesäkuu", "kesäkuuta"),
           ("heinäkuu", "heinäkuuta"), ("elokuu", "elokuuta"), ("syyskuu", "syyskuuta"),
           ("lokakuu", "lokakuuta"), ("marraskuu", "marraskuuta"), ("joulukuu", "joulukuuta")],
    "tr": [("ocak",), ("şubat", "subat"), ("mart",), ("nisan",), ("mayıs", "mayis"), ("haziran",),
           ("temmuz",), ("ağustos", "agustos"), ("eylül", "eylul"), ("ekim",), ("kasım", "kasim"),
           ("aralık", "aralik")],
    "hu": [("január",), ("február",), ("március",), ("április",), ("május",), ("június",), ("július",),
           ("augusztus",), ("szeptember",), ("október",), ("november",), ("december",)],
    "ro": [("ianuarie",), ("februarie",), ("martie",), ("aprilie",), ("mai",), ("iunie",), ("iulie",),
           ("august",), ("septembrie",), ("octombrie",), ("noiembrie",), ("decembrie",)],
    # Croatian (the name and the genitive: "25. veljače 2013"; October's "listopad" is November in
    # Polish and Czech, so it is left out), Slovene and Serbian (Latin script)
    "hr": [("siječanj", "siječnja"), ("veljača", "veljače"), ("ožujak", "ožujka"), ("travanj", "travnja"),
           ("svibanj", "svibnja"), ("lipanj", "lipnja"), ("srpanj", "srpnja"), ("kolovoz", "kolovoza"),
           ("rujan", "rujna"), (), ("studeni", "studenoga", "studenog"), ("prosinac", "prosinca")],
    "sl": [("januar",), ("februar",), ("marec",), ("april",), ("maj",), ("junij",), ("julij",), ("avgust",),
           ("september",), ("oktober",), ("november",), ("december",)],
    "sr": [("januar",), ("februar",), ("mart",), ("april",), ("maj",), ("jun",), ("jul",), ("avgust",),
           ("septembar",), ("oktobar",), ("novembar",), ("decembar",)],
    "el": [("ιανουάριος", "ιανουαρίου"), ("φεβρουάριος", "φεβρουαρίου"), ("μάρτιος", "μαρτίου"),
           ("απρίλιος", "απριλίου"), ("μάιος", "μαΐου", "μαίου"), ("ιούνιος", "ιουνίου"),
           ("ιούλιος", "ιουλίου"), ("αύγουστος", "αυγούστου"), ("σεπτέμβριος", "σεπτεμβρίου"),
           ("οκτώβριος", "οκτωβρίου"), ("νοέμβριος", "νοεμβρίου"), ("δεκέμβριος", "δεκεμβρίου")],
}


def _table() -> dict[str, int]:
    out: dict[str, int] = {}
    for months in _BY_LANGUAGE.values():
        for number, names in enumerate(months, 1):
            for name in names:
                if out.setdefault(name, number) != number:
                    raise AssertionError(f"month name {name!r} means two months")
    return out


NAMES: Mapping[str, int] = MappingProxyType(_table())


def _bare(text: str) -> str:
    """Without accents: "μαΐου" and "ΜΑΪΟΥ" meet, as do "février" and "fevrier"."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


_BARE: Mapping[str, int] = MappingProxyType({_bare(k): v for k, v in NAMES.items()})


def month_number(text: str) -> int | None:
    """``2``, ``02``, ``feb``, ``Feb.``, ``February``, ``Februar`` -> 2; else None."""
    t = text.strip().lower().rstrip(".")
    if t.isdigit():
        n = int(t)
        return n if 1 <= n <= 12 else None
    found = NAMES.get(t)
    if found is None and not t.isascii():
        found = _BARE.get(_bare(t))
    return found


def month_pattern() -> str:
    """A regex alternation of every month name, longest first (for searching text)."""
    import re

    return "|".join(sorted((re.escape(m) for m in NAMES), key=len, reverse=True))
