"""refs.values.dates: parsing dates as written, ISO output, BibTeX fields and back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from refs.values.dates import format_edtf, format_iso, from_bibtex, parse_date, to_bibtex, year_of


def dp(*parts):
    return {"date-parts": [list(p) for p in parts]}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2013", dp((2013,))),
        ("2013-02", dp((2013, 2))),
        ("2013-02-25", dp((2013, 2, 25))),
        ("2013-02-25T10:00:00Z", dp((2013, 2, 25))),
        ("2013-02-25T10:00:00.123+01:00", dp((2013, 2, 25))),
        ("2013-02-25 10:00", dp((2013, 2, 25))),
        ("2013-02/2013-03", dp((2013, 2), (2013, 3))),
        ("2013/2014", dp((2013,), (2014,))),
        ("2013--2014", dp((2013,), (2014,))),
        ("2013\u20132014", dp((2013,), (2014,))),
        ("2013-02-25/2013-03-01", dp((2013, 2, 25), (2013, 3, 1))),
        ("25 February 2013", dp((2013, 2, 25))),
        ("25th Feb. 2013", dp((2013, 2, 25))),
        ("February 25, 2013", dp((2013, 2, 25))),
        ("Sept. 5, 2001", dp((2001, 9, 5))),
        ("Feb. 2013", dp((2013, 2))),
        ("february 2013", dp((2013, 2))),
        ("2013/02/25", dp((2013, 2, 25))),
        ("  2013-02-25  ", dp((2013, 2, 25))),
        ("2012-02-29", dp((2012, 2, 29))),
        ("2000-02-29", dp((2000, 2, 29))),
    ],
)
def test_parse_date_accepts_common_forms(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["ñ.d.", "sĺÁ'f,Ĳ", "s.f.x", "Sá"])
def test_a_word_that_holds_a_no_date_markers_letters_is_kept_as_written(text):
    """Only dots, slashes and blanks may stand between a marker's letters: "sĺÁ'f,Ĳ" is no "s.f." (found by
    tests/test_csl_properties.py: such a date vanished when the library was rebuilt from library.bib)."""
    assert parse_date(text) == {"raw": text}


@pytest.mark.parametrize("text", ["", "   ", "n.d.", "N.D.", "nd", "no date", "undated", "s/f", "S. F."])
def test_parse_date_no_date(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "2013-13",  # no month 13
        "2013-00",
        "2013-02-30",  # no 30 February
        "2013-02-29",  # not a leap year
        "1900-02-29",  # century, not leap
        "2013-04-31",
        "31 April 2013",
        "Spring 2013",
        "2014/2013",  # range running backwards
        "in press",
        "13 2 2013",
    ],
)
def test_parse_date_unparseable_is_raw(text):
    assert parse_date(text) == {"raw": text}


@pytest.mark.parametrize("text", ["2013/", "2013/..", "2013 / .."])
def test_an_open_range_is_the_formatters_open_end_and_written_back_as_edtf(text):
    # [[2013], [0]] is what the formatter prints as "2013-present"; written
    # to library.bib it once became "2013/0000" and read back as text.
    assert parse_date(text) == {"date-parts": [[2013], [0]]}
    assert format_edtf(parse_date(text)) == "2013/.."


def test_parse_date_raw_keeps_inner_text_but_trims():
    assert parse_date("  Early  spring 1850 ") == {"raw": "Early  spring 1850"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # The forms refs and page extraction once read two ways.
        ("25.02.2013", dp((2013, 2, 25))),
        ("1850", dp((1850,))),
        ("5.3.2019", dp((2019, 3, 5))),
        ("25/02/2013", dp((2013, 2, 25))),
        ("02/25/2013", dp((2013, 2, 25))),
        ("20130225", dp((2013, 2, 25))),
        ("25. Februar 2013", dp((2013, 2, 25))),
        ("25 de febrero de 2013", dp((2013, 2, 25))),
        ("25 février 2013", dp((2013, 2, 25))),
        ("2013年2月25日", dp((2013, 2, 25))),
        # Conference dates: a range of days in one month, or across months.
        ("March 4-6, 2019", dp((2019, 3, 4), (2019, 3, 6))),
        ("4\u20136 March 2019", dp((2019, 3, 4), (2019, 3, 6))),
        ("March 30 \u2013 April 2, 2019", dp((2019, 3, 30), (2019, 4, 2))),
        ("2019-03-04/2019-03-06", dp((2019, 3, 4), (2019, 3, 6))),
        # EDTF: approximate and uncertain years, seasons.
        ("2013~", {"date-parts": [[2013]], "circa": True}),
        ("2013?", {"date-parts": [[2013]], "circa": True}),
        ("circa 1850", {"date-parts": [[1850]], "circa": True}),
        ("ca. 1850", {"date-parts": [[1850]], "circa": True}),
        ("2013-21", {"date-parts": [[2013]], "season": 1}),
        ("2013-24", {"date-parts": [[2013]], "season": 4}),
    ],
)
def test_parse_date_more_forms(text, expected):
    assert parse_date(text) == expected


def test_ambiguous_numeric_dates_need_a_locale():
    assert parse_date("02/03/2013") == {"raw": "02/03/2013"}
    assert parse_date("02/03/2013", monthfirst=True) == dp((2013, 2, 3))
    assert parse_date("02/03/2013", monthfirst=False) == dp((2013, 3, 2))


@pytest.mark.parametrize("date, biblatex, fields", [
    ({"date-parts": [[2013]], "circa": True}, True, {"date": "2013~"}),
    ({"date-parts": [[2013]], "circa": True}, False, {"year": "2013~"}),
    ({"date-parts": [[2013]], "season": 1}, True, {"date": "2013-21"}),
    ({"date-parts": [[2019, 3, 4], [2019, 3, 6]]}, True, {"date": "2019-03-04/2019-03-06"}),
    ({"date-parts": [[2019, 3, 4], [2019, 3, 6]]}, False, {"year": "2019-03-04/2019-03-06"}),
])
def test_edtf_dates_round_trip_through_bibtex(date, biblatex, fields):
    assert to_bibtex(date, biblatex=biblatex) == fields
    assert from_bibtex(fields) == date


@pytest.mark.parametrize(
    "date, expected",
    [
        (dp((2013,)), "2013"),
        (dp((2013, 2)), "2013-02"),
        (dp((2013, 2, 5)), "2013-02-05"),
        (dp((2013, 2), (2013, 3)), "2013-02/2013-03"),
        (dp((987,)), "0987"),
        ({"date-parts": [["2013", "2", "5"]]}, "2013-02-05"),
        ({"raw": "Spring 2013"}, "Spring 2013"),
        ({"literal": "Ming dynasty"}, "Ming dynasty"),
        ({"date-parts": [[2013, 13]], "raw": "13/2013"}, "13/2013"),
        ({"date-parts": [[2013, 13]]}, None),
        ({}, None),
        (None, None),
        ({"date-parts": []}, None),
        ({"date-parts": [[]]}, None),
    ],
)
def test_format_iso(date, expected):
    assert format_iso(date) == expected


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"date": "2013-02-25"}, dp((2013, 2, 25))),
        ({"date": "2013-02-25", "year": "1999", "month": "jan"}, dp((2013, 2, 25))),
        ({"date": "2013/2014"}, dp((2013,), (2014,))),
        ({"year": "2013"}, dp((2013,))),
        ({"year": "2013", "month": "2"}, dp((2013, 2))),
        ({"year": "2013", "month": "02"}, dp((2013, 2))),
        ({"year": "2013", "month": "feb"}, dp((2013, 2))),
        ({"year": "2013", "month": "February"}, dp((2013, 2))),
        ({"year": "2013", "month": "Feb."}, dp((2013, 2))),
        ({"year": "2013", "month": "feb", "day": "25"}, dp((2013, 2, 25))),
        ({"year": "2013--2014"}, dp((2013,), (2014,))),
        ({"year": "in press"}, {"raw": "in press"}),
        ({"year": "2013", "month": "Spring"}, {"date-parts": [[2013]], "season": 1}),
        ({"year": "2013", "month": "Autumn"}, {"date-parts": [[2013]], "season": 3}),
        # What month fields hold in real libraries (Beebe's, cryptobib): a day
        # with the month ("10~" # jan, jun # "~12", apr # " 13,"), two months
        # (jul # "\slash " # aug, mar # "-" # apr), "????" for a month not known.
        ({"year": "2021", "month": "10\u00a0January"}, dp((2021, 1, 10))),
        ({"year": "2002", "month": "June\u00a012"}, dp((2002, 6, 12))),
        ({"year": "1998", "month": "April 13,"}, dp((1998, 4, 13))),
        ({"year": "1999", "month": "July/ August"}, dp((1999, 7), (1999, 8))),
        ({"year": "2002", "month": "March-April"}, dp((2002, 3), (2002, 4))),
        ({"year": "2002", "month": "March–April"}, dp((2002, 3), (2002, 4))),
        ({"year": "2005", "month": "????"}, dp((2005,))),
        ({"year": "2009", "month": "October", "day": "??"}, dp((2009, 10))),
        ({"year": "2009", "month": "Octember"}, {"raw": "Octember 2009"}),
        ({"year": "2009", "month": "August/ July"}, {"raw": "August/ July 2009"}),
        ({"year": "2013", "month": "feb", "day": "30"}, {"raw": "30 feb 2013"}),
        ({"year": "2013", "day": "3"}, {"raw": "3 2013"}),
        ({"date": "", "year": "2013"}, dp((2013,))),
        ({}, None),
        ({"month": "feb"}, None),
    ],
)
def test_from_bibtex(fields, expected):
    assert from_bibtex(fields) == expected


def test_to_bibtex():
    d = dp((2013, 2, 25))
    assert to_bibtex(d, biblatex=True) == {"date": "2013-02-25"}
    assert to_bibtex(d, biblatex=False) == {"year": "2013", "month": "feb", "day": "25"}
    assert to_bibtex(dp((2013,)), biblatex=False) == {"year": "2013"}
    assert to_bibtex(dp((2013, 12)), biblatex=False) == {"year": "2013", "month": "dec"}
    # a range of years as BibTeX users write one (rv4's left-alone list: it was "2013/2014"); of months, EDTF
    assert to_bibtex(dp((2013,), (2014,)), biblatex=False) == {"year": "2013--2014"}
    assert to_bibtex(dp((2013, 5), (2013, 6)), biblatex=False) == {"year": "2013-05/2013-06"}
    assert to_bibtex({"date-parts": [[2016], [0]]}, biblatex=False) == {"year": "2016/.."}
    assert from_bibtex({"year": "2013--2014"}) == dp((2013,), (2014,))
    assert to_bibtex({"raw": "Spring 2013"}, biblatex=True) == {"year": "Spring 2013"}
    assert to_bibtex({"literal": "Ming"}, biblatex=False) == {"year": "Ming"}
    assert to_bibtex({}, biblatex=True) == {}
    assert to_bibtex(None, biblatex=False) == {}


def test_year_of():
    assert year_of({"issued": dp((2013, 2))}) == 2013
    assert year_of({"issued": dp((2013,), (2015,))}) == 2013
    assert year_of({"issued": {"date-parts": [["2013"]]}}) == 2013
    assert year_of({"issued": {"date-parts": [[2013, 21]]}}) == 2013  # season
    assert year_of({"issued": {"raw": "Spring 2013"}}) == 2013
    assert year_of({"issued": {"literal": "printed c.1850, reissued 1901"}}) == 1850
    assert year_of({"issued": {"raw": "ISBN 123456789"}}) is None
    assert year_of({"issued": {"raw": "in press"}}) is None
    assert year_of({}) is None
    assert year_of({"issued": None}) is None


# -- round trips --------------------------------------------------------------

_DAYS = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


def _leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


@st.composite
def single_parts(draw):
    year = draw(st.integers(1, 9999) | st.integers(-9999, -1))  # and years BC
    n = draw(st.integers(1, 3))
    if n == 1:
        return [year]
    month = draw(st.integers(1, 12))
    if n == 2:
        return [year, month]
    last = 28 if month == 2 and not _leap(year + 1 if year < 0 else year) else _DAYS[month]
    return [year, month, draw(st.integers(1, last))]


@st.composite
def csl_dates(draw):
    a = draw(single_parts())
    if not draw(st.booleans()):
        return {"date-parts": [a]}
    b = draw(single_parts())
    n = min(len(a), len(b))
    if a[:n] > b[:n]:
        a, b = b, a
    return {"date-parts": [a, b]}


@given(csl_dates())
def test_biblatex_round_trip(date):
    assert from_bibtex(to_bibtex(date, biblatex=True)) == date


@given(csl_dates())
def test_bibtex_round_trip(date):
    assert from_bibtex(to_bibtex(date, biblatex=False)) == date


@given(csl_dates())
def test_iso_round_trip(date):
    assert parse_date(format_iso(date)) == date


@given(st.text(max_size=40))
def test_parse_date_never_raises(text):
    result = parse_date(text)
    assert result is None or "date-parts" in result or result == {"raw": text.strip()}


@pytest.mark.parametrize("date, written", [
    ({"date-parts": [[2019, 21]]}, "2019-21"),   # CSL's season as month 21: EDTF's spring
    ({"date-parts": [[2020, 2, 30]]}, "2020-2-30"),
])
def test_a_date_we_cannot_vouch_for_is_written_as_given_never_dropped(date, written):
    # These once left library.bib with no date at all.
    assert to_bibtex(date, biblatex=True) == {"year": written}
    assert to_bibtex(date, biblatex=False) == {"year": written}


@pytest.mark.parametrize("text, expected", [
    ("25 февраля 2013", dp((2013, 2, 25))),        # Russian genitive
    ("25 лютого 2013", dp((2013, 2, 25))),         # Ukrainian
    ("25 lutego 2013", dp((2013, 2, 25))),         # Polish
    ("25. února 2013", dp((2013, 2, 25))),         # Czech
    ("25. helmikuuta 2013", dp((2013, 2, 25))),    # Finnish
    ("25 Şubat 2013", dp((2013, 2, 25))),          # Turkish
    ("2013. február 25.", dp((2013, 2, 25))),      # Hungarian, year first
    ("25 ΜΑΪΟΥ 2013", dp((2013, 5, 25))),          # Greek, capitals without the tonos
    ("25 februari 2013", dp((2013, 2, 25))),       # Swedish and Dutch
])
def test_dates_in_more_languages(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("fields, expected", [
    ({"date": "-0333"}, dp((-334,))),                       # EDTF counts astronomically: -0333 is 334 BC
    ({"date": "-0333/-0330"}, dp((-334,), (-331,))),
    ({"date": "-0043-03-15"}, dp((-44, 3, 15))),            # the Ides of March, 44 BC
    ({"date": "0000"}, dp((-1,))),                          # 1 BC (pandoc reads 0, a year CSL has not)
    ({"year": "-333"}, dp((-333,))),                        # a year field is a year as historians write it
    ({"year": "-0333", "month": "mar"}, dp((-333, 3))),
])
def test_years_bc_are_dates(fields, expected):
    # They were kept as text: exported as year = {-0333}, printed "(-0333)".
    assert from_bibtex(fields) == expected


def test_years_bc_are_written_as_each_dialect_counts_them():
    assert to_bibtex(dp((-334,)), biblatex=True) == {"date": "-0333"}
    assert to_bibtex(dp((-334,)), biblatex=False) == {"year": "-334"}
    assert to_bibtex(dp((-44, 3, 15)), biblatex=False) == {"year": "-44", "month": "mar", "day": "15"}
    assert to_bibtex(dp((-334,), (-331,)), biblatex=False) == {"year": "-0333/-0330"}
    assert format_iso(dp((-1,))) == "0000" and format_edtf(dp((-10000,))) is None
    assert year_of({"issued": dp((-334,))}) == -334


def test_a_range_of_years_is_written_to_classic_bibtex_as_its_users_write_it():
    from refs import bibtex

    raw = bibtex.render_entry({"id": "k", "type": "book", "title": "T", "issued": dp((2019,), (2020,))}, biblatex=False)
    assert "year = {2019--2020}" in raw          # TeX's en dash, not escaped to 2019-{}-2020
    assert bibtex.parse_entry_block(raw, {}).item["issued"] == dp((2019,), (2020,))
