"""Tests for refs.ris: real-world exports, malformed input, round trip."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refs.errors import BadInput
from refs.ris import format_ris, parse_ris
from refs.values.names import parse_person

# What Zotero 6 writes: BOM, CRLF, PY + DA, J2, Y2 with a time, files as L1.
ZOTERO = "\ufeff" + "\r\n".join([
    "TY  - JOUR",
    "TI  - Horizon scanning in policy research",
    "AU  - Barr, Jane",
    "AU  - Smith, J.",
    "AU  - World Health Organization",
    "T2  - Futures",
    "AB  - Horizon scanning is a method.",
    "",
    "It has a second paragraph.",
    "DA  - 2013/02/25/",
    "PY  - 2013",
    "DO  - 10.1016/j.futures.2013.01.001",
    "DP  - ScienceDirect",
    "VL  - 47",
    "SP  - 12",
    "EP  - 34",
    "J2  - Futures",
    "LA  - en",
    "SN  - 0016-3287",
    "UR  - https://example.org/a",
    "UR  - https://example.org/b",
    "Y2  - 2020/05/01/10:22:15",
    "KW  - foresight",
    "KW  - policy",
    "N1  - <p>Read for chapter 2</p>",
    "L1  - files/12/Barr - 2013.pdf",
    "ER  - ",
    "",
    "TY  - ELEC",
    "TI  - A page",
    "UR  - https://example.org/page",
    "ER  - ",
    "",
])

# EndNote-ish: single space before the dash, A1/T1/Y1/N2, JO + JA, wrapped lines.
ENDNOTE = """\
TY - BOOK
ID - 42
A1 - World Health Organization
T1 - Global report on
  horizon scanning
Y1 - 2019///
CY - Geneva
PB - WHO Press
SN - 978-92-4-156574-3
N2 - First line of the abstract.
Second line.
M3 - Technical report
ER -
TY - JFULL
A1 - Doe, J.
JO - Journal of Futures Studies
JA - J. Futures Stud.
Y1 - 2001/07/01/Spring
SP - 100-110
ER -
"""


def test_zotero_export():
    items, problems = parse_ris(ZOTERO, "zotero.ris")
    assert problems == []
    first, second = items
    assert first == {
        "type": "article-journal",
        "title": "Horizon scanning in policy research",
        "author": [{"family": "Barr", "given": "Jane"}, {"family": "Smith", "given": "J."},
                   {"literal": "World Health Organization"}],
        "container-title": "Futures",
        "container-title-short": "Futures",
        "abstract": "Horizon scanning is a method.\n\nIt has a second paragraph.",
        "issued": {"date-parts": [[2013, 2, 25]]},
        "DOI": "10.1016/j.futures.2013.01.001",
        "volume": "47",
        "page": "12-34",
        "language": "en",
        "ISSN": "0016-3287",
        "URL": "https://example.org/a",
        "accessed": {"date-parts": [[2020, 5, 1]]},
        "keyword": "foresight, policy",
        "note": "<p>Read for chapter 2</p>",
        "custom": {"ris": {"DP": ["ScienceDirect"], "UR": ["https://example.org/b"],
                           "L1": ["files/12/Barr - 2013.pdf"]}},
    }
    assert second == {"type": "webpage", "title": "A page", "URL": "https://example.org/page"}


def test_endnote_export():
    items, problems = parse_ris(ENDNOTE, "endnote.txt")
    assert problems == []
    book, article = items
    assert book == {
        "type": "book",
        "id": "42",
        "author": [{"literal": "World Health Organization"}],
        "title": "Global report on horizon scanning",
        "issued": {"date-parts": [[2019]]},
        "publisher-place": "Geneva",
        "publisher": "WHO Press",
        "ISBN": "978-92-4-156574-3",
        "abstract": "First line of the abstract.\nSecond line.",
        "genre": "Technical report",
    }
    assert article == {
        "type": "article-journal",
        "author": [{"family": "Doe", "given": "J."}],
        "container-title": "Journal of Futures Studies",
        "container-title-short": "J. Futures Stud.",
        "issued": {"date-parts": [[2001, 7, 1]], "season": "Spring"},
        "page": "100-110",
    }


def test_ja_alone_is_the_container_title():
    (item,), _ = parse_ris("TY  - JOUR\nJA  - J. Fut.\nER  - \n", "x.ris")
    assert item["container-title"] == "J. Fut."


def test_record_without_er_is_kept_and_reported():
    text = "TY  - JOUR\nTI  - One\nTY  - BOOK\nTI  - Two\nER  - \nTY  - RPRT\nID  - k3\nTI  - Three\n"
    items, problems = parse_ris(text, "x.ris")
    assert [i["title"] for i in items] == ["One", "Two", "Three"]
    assert [(p.line, p.key) for p in problems] == [(1, None), (6, "k3")]
    assert all("no ER" in p.message for p in problems)


def test_garbage_before_first_ty_and_between_records():
    text = "Exported from MyLib\n\nTY  - JOUR\nTI  - A\nER  - \nstray text\nTY  - BOOK\nTI  - B\nER  - \n"
    items, problems = parse_ris(text, "x.ris")
    assert [i["title"] for i in items] == ["A", "B"]
    assert [p.line for p in problems] == [1, 6]
    assert "MyLib" in problems[0].message and problems[0].source == "x.ris"


def test_unknown_tag_survives():
    text = "TY  - JOUR\nTI  - A\nZZ  - one\nZZ  - two\nC1  - x\nER  - \n"
    (item,), problems = parse_ris(text, "x.ris")
    assert problems == []
    assert item["custom"] == {"ris": {"ZZ": ["one", "two"], "C1": ["x"]}}
    assert "ZZ  - one\nZZ  - two\nC1  - x\nER  - " in format_ris([item])


def test_unknown_type_is_document_and_restored():
    (item,), problems = parse_ris("TY  - XYZ\nTI  - A\nER  - \n", "x.ris")
    assert item == {"type": "document", "title": "A", "custom": {"ris-type": "XYZ"}}
    assert len(problems) == 1 and "XYZ" in problems[0].message and problems[0].line == 1
    assert format_ris([item]).startswith("TY  - XYZ\n")
    # A type corrected by the user wins over the remembered RIS type.
    assert format_ris([{**item, "type": "book"}]).startswith("TY  - BOOK\n")


def test_conflicting_dates_and_sn_shapes():
    text = ("TY  - CHAP\nPY  - 2012\nDA  - 2013/02/25/\nSN  - 0-306-40615-2\nSN  - 1234-567X\n"
            "SP  - 5\nER  - \n")
    (item,), _ = parse_ris(text, "x.ris")
    assert item["issued"] == {"date-parts": [[2013, 2, 25]]}
    assert item["custom"] == {"ris": {"PY": ["2012"]}}
    assert item["ISBN"] == "0-306-40615-2" and item["ISSN"] == "1234-567X"
    assert item["page"] == "5"
    assert parse_ris(format_ris([item]), "y.ris")[0] == [item]


def test_unparseable_date_is_raw():
    (item,), _ = parse_ris("TY  - GEN\nPY  - Spring of 2013\nER  - \n", "x.ris")
    assert item["issued"] == {"raw": "Spring of 2013"}


def test_er_without_ty_and_blank_input():
    items, problems = parse_ris("ER  - \nTY  - GEN\nER  - \n", "x.ris")
    assert len(items) == 1 and problems[0].line == 1
    assert parse_ris("", "x.ris") == ([], [])
    assert parse_ris("\r\n\n", "x.ris") == ([], [])


def test_no_records_at_all_raises():
    with pytest.raises(BadInput) as e:
        parse_ris("@article{key, title={Not RIS}}\n", "lib.bib")
    assert e.value.source == "lib.bib" and e.value.line == 1


def test_format_layout():
    out = format_ris([{
        "id": "barr2013", "type": "article-journal", "title": "T",
        "author": [{"family": "Barr", "given": "Jane"}, {"family": "Plato"}, {"literal": "WHO"}],
        "issued": {"date-parts": [[2013]]}, "page": "12-34", "keyword": "a, b",
        "abstract": "one\ntwo", "container-title": "C",
    }])
    assert "\r" not in out
    assert out == (
        "TY  - JOUR\nID  - barr2013\nTI  - T\nAU  - Barr, Jane\nAU  - Plato,\nAU  - WHO\n"
        "T2  - C\nPY  - 2013\nSP  - 12\nEP  - 34\nKW  - a\nKW  - b\nAB  - one\ntwo\nER  - \n"
    )
    assert format_ris([]) == ""


def test_zotero_round_trip_is_stable():
    items, _ = parse_ris(ZOTERO, "z.ris")
    assert parse_ris(format_ris(items), "again.ris")[0] == items


# --- round trip -------------------------------------------------------------

line = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=15,
).filter(lambda s: s == s.strip())
no_comma = line.filter(lambda s: "," not in s)
# a name part "null" is Mendeley's way of writing none, a name in braces is one protected as
# BibTeX protects it ({World Health Organization}), and blanks inside a name are one blank:
# refs.ris reads names so
name_part = no_comma.filter(lambda s: s.lower() != "null" and not (s.startswith("{") and s.endswith("}"))
                            and " ".join(s.split()) == s)
name = st.one_of(
    st.fixed_dictionaries({"family": name_part, "given": name_part}),
    st.fixed_dictionaries({"family": name_part}),
    # a literal that reads as a person written without a comma ("Smith JA", Vancouver; "J. Smith",
    # IEEE) cannot be told from one in RIS: literals here are those that read back as literals
    st.fixed_dictionaries({"literal": name_part.filter(lambda s: parse_person(s, inverted=True) == {"literal": s})}),
)
date = st.dates().flatmap(
    lambda d: st.integers(1, 3).map(lambda n: {"date-parts": [[d.year, d.month, d.day][:n]]}))
# Repeated keywords are one keyword (Scopus repeats its index terms).
# "; " separates keywords when one holds a comma (refs.ris.keyword_text).
keyword = st.lists(no_comma.filter(lambda s: ";" not in s), min_size=1, max_size=3, unique=True).map(", ".join)
isbn = st.sampled_from(["0-306-40615-2", "9780306406157", "978-92-4-156574-3", "080442957X"])
issn = st.sampled_from(["0016-3287", "1234-567X", "00163287"])
TYPES = ["article-journal", "article-magazine", "article-newspaper", "book", "chapter",
         "paper-conference", "report", "thesis", "webpage", "post-weblog", "post", "dataset",
         "software", "speech", "motion_picture", "document"]
STRING_FIELDS = ["title", "container-title", "volume", "issue", "page", "publisher",
                 "publisher-place", "URL", "DOI", "abstract", "note", "language", "edition",
                 "genre", "number", "collection-title"]
item = st.fixed_dictionaries(
    {"type": st.sampled_from(TYPES)},
    optional={"id": line, **{f: line for f in STRING_FIELDS},
              "author": st.lists(name, min_size=1, max_size=3),
              "editor": st.lists(name, min_size=1, max_size=3),
              "issued": date, "accessed": date, "keyword": keyword, "ISBN": isbn, "ISSN": issn},
)


@settings(max_examples=300)
@given(st.lists(item, max_size=3))
def test_round_trip(items):
    parsed, problems = parse_ris(format_ris(items), "rt.ris")
    assert parsed == items
    assert problems == []


@pytest.mark.parametrize("written, name", [
    ("Smith JA", {"family": "Smith", "given": "JA"}),          # Vancouver: initials last
    ("Deutsche Bank AG", {"literal": "Deutsche Bank AG"}),     # ... but a company's form is no initials
    ("Google AI", {"literal": "Google AI"}),
])
def test_names_without_a_comma_and_organisations_ending_in_capitals(written, name):
    items, _ = parse_ris(f"TY  - JOUR\nAU  - {written}\nER  - \n", "x.ris")
    assert items[0]["author"] == [name]


def test_text_that_reads_as_a_character_reference_comes_back_as_written():
    # the reader turns "A&amp;HCI" (Web of Science) into "A&HCI"; a title that says "&ap;" or
    # "&amp;" as text is written so that it reads back the same, and a bare "R&D" is left alone
    items = [{"type": "article-journal", "id": "&ap;", "title": "R&D: &amp; in HTML, &#233; and &lt;b&gt;"}]
    text = format_ris(items)
    assert "TI  - R&D: &amp;amp; in HTML, &amp;#233; and &lt;b&gt;" in text
    parsed, problems = parse_ris(text, "t.ris")
    assert parsed == items and problems == []
