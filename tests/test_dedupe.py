"""refs.dedupe: duplicate rules, their near-misses, the index, merging."""

from __future__ import annotations

import pytest

from refs.dedupe import (
    DuplicateIndex,
    find_duplicate,
    merge_items,
    normalise_title,
)


def ref(key=None, *, title=None, year=None, authors=(), doi=None, url=None, **extra):
    it = dict(extra)
    if key is not None:
        it["id"] = key
    if title is not None:
        it["title"] = title
    if year is not None:
        it["issued"] = {"date-parts": [[year]]}
    if authors:
        it["author"] = [a if isinstance(a, dict) else {"family": a, "given": "X"} for a in authors]
    if doi is not None:
        it["DOI"] = doi
    if url is not None:
        it["URL"] = url
    return it


# -- DOI ----------------------------------------------------------------------

def test_same_doi():
    index = DuplicateIndex([ref("a", doi="10.1000/XYZ", title="One")])
    assert find_duplicate(ref(doi="https://doi.org/10.1000/xyz", title="Other"), index) == ("a", "same DOI")


def test_doi_in_url_counts_as_doi():
    index = DuplicateIndex([ref("a", doi="10.1000/xyz")])
    assert find_duplicate(ref(url="https://doi.org/10.1000/XYZ"), index) == ("a", "same DOI")


def test_different_dois_never_match_even_with_same_title_and_url():
    index = DuplicateIndex([
        ref("a", doi="10.1000/1", title="Editorial", year=2020, authors=["Smith"], url="https://j.org/issue")
    ])
    other = ref(doi="10.1000/2", title="Editorial", year=2020, authors=["Smith"], url="https://j.org/issue")
    assert find_duplicate(other, index) is None


def test_doi_missing_on_one_side_does_not_block():
    index = DuplicateIndex([ref("a", doi="10.1000/1", title="Deep Sea", year=2020, authors=["Smith"])])
    assert find_duplicate(ref(title="Deep sea", year=2020, authors=["Smith"]), index) == ("a", "same title")


# -- URL ----------------------------------------------------------------------

def test_same_url():
    index = DuplicateIndex([ref("page", url="http://example.org/report")])
    incoming = ref(url="https://www.example.org/report/?utm_source=newsletter#intro", title="Other")
    assert find_duplicate(incoming, index) == ("page", "same URL")


# -- title --------------------------------------------------------------------

def test_normalise_title():
    assert normalise_title("<i>Über</i> die Natur: a Study!") == "uber die natur a study"
    assert normalise_title("  Long-term   effects ") == "long term effects"
    assert normalise_title("Twitter’s role") == normalise_title("Twitter's Role")
    assert normalise_title("STRASSE") == normalise_title("straße")
    assert normalise_title("数据分析") == "数据分析"
    assert normalise_title(None) == ""


def test_same_title_same_author_adjacent_year():
    index = DuplicateIndex([ref("m", title="Über Natur", year=2013, authors=["Müller"])])
    incoming = ref(title="uber natur!", year=2014, authors=[{"family": "MULLER"}, "Other"])
    assert find_duplicate(incoming, index) == ("m", "same title")


def test_same_title_years_two_apart_is_not_a_duplicate():
    index = DuplicateIndex([ref("m", title="Annual Report", year=2013, authors=["Smith"])])
    assert find_duplicate(ref(title="Annual report", year=2015, authors=["Smith"]), index) is None


def test_same_title_one_year_missing_is_not_a_duplicate():
    index = DuplicateIndex([ref("m", title="Annual Report", year=2013, authors=["Smith"])])
    assert find_duplicate(ref(title="Annual report", authors=["Smith"]), index) is None


def test_same_title_both_years_missing():
    index = DuplicateIndex([ref("m", title="Annual Report", authors=["Smith"])])
    assert find_duplicate(ref(title="Annual report", authors=["Smith"]), index) == ("m", "same title")


def test_same_title_different_authors_is_not_a_duplicate():
    index = DuplicateIndex([ref("m", title="Introduction", year=2013, authors=["Smith", "Jones"])])
    assert find_duplicate(ref(title="Introduction", year=2013, authors=["Brown"]), index) is None


def test_particles_and_accents_in_names():
    index = DuplicateIndex([ref("d", title="Sea", year=2001, authors=[{"family": "Dijk", "non-dropping-particle": "van"}])])
    assert find_duplicate(ref(title="Sea", year=2001, authors=["van Dijk"]), index) == ("d", "same title")


def test_literal_names_compared_whole():
    who = {"literal": "World Health Organization"}
    index = DuplicateIndex([ref("w", title="World report", year=2020, authors=[who])])
    assert find_duplicate(ref(title="World Report", year=2020, authors=[{"literal": "world health organization"}]), index) == ("w", "same title")
    assert find_duplicate(ref(title="World Report", year=2020, authors=[{"literal": "World Bank"}]), index) is None


def test_no_authors_on_both_sides_title_and_year_suffice():
    index = DuplicateIndex([ref("t", title="Guidance", year=2019)])
    assert find_duplicate(ref(title="guidance", year=2019), index) == ("t", "same title")
    assert find_duplicate(ref(title="guidance", year=2022), index) is None


def test_authors_on_one_side_only_do_not_match():
    index = DuplicateIndex([ref("t", title="Guidance", year=2019)])
    assert find_duplicate(ref(title="Guidance", year=2019, authors=["Smith"]), index) is None


def test_editors_stand_in_for_authors():
    index = DuplicateIndex([ref("e", title="Handbook", year=2000, editor=[{"family": "Jones"}])])
    assert find_duplicate(ref(title="Handbook", year=2000, editor=[{"family": "Jones"}]), index) == ("e", "same title")


def test_empty_title_never_matches():
    index = DuplicateIndex([ref("t", title="!!!")])
    assert find_duplicate(ref(title="?"), index) is None
    assert find_duplicate({}, index) is None


# -- index --------------------------------------------------------------------

def test_rule_order_doi_before_url_before_title():
    index = DuplicateIndex([
        ref("byTitle", title="Same", year=2000),
        ref("byUrl", url="http://x.org/p"),
        ref("byDoi", doi="10.1/d"),
    ])
    incoming = ref(title="Same", year=2000, url="http://x.org/p", doi="10.1/d")
    assert find_duplicate(incoming, index) == ("byDoi", "same DOI")
    del incoming["DOI"]
    assert find_duplicate(incoming, index) == ("byUrl", "same URL")


def test_first_added_wins():
    index = DuplicateIndex([ref("first", doi="10.1/d"), ref("second", doi="10.1/D")])
    assert find_duplicate(ref(doi="10.1/d"), index) == ("first", "same DOI")


def test_add_makes_new_items_findable():
    index = DuplicateIndex([])
    new = ref("new", title="Fresh", year=2024)
    assert find_duplicate(new, index) is None
    index.add(new)
    assert find_duplicate(ref(title="FRESH", year=2024), index) == ("new", "same title")


def test_add_requires_id():
    with pytest.raises(ValueError):
        DuplicateIndex([ref(title="No key")])


def test_index_over_many_items_is_fast():
    items = [ref(f"k{i}", title=f"Title number {i}", year=2000 + i % 20, authors=[f"Author{i}"],
                 url=f"https://example.org/{i}", doi=f"10.1000/{i}") for i in range(30_000)]
    index = DuplicateIndex(items)
    assert find_duplicate(ref(title="title number 29999", year=2019, authors=["author29999"]), index) == ("k29999", "same title")


# -- merge --------------------------------------------------------------------

def test_merge_items():
    existing = {"id": "a", "title": "Kept", "DOI": "", "author": [{"family": "Smith"}]}
    incoming = {"id": "b", "title": "Ignored", "DOI": "10.1/x", "URL": "http://x.org", "author": [{"family": "Other"}]}
    merged = merge_items(existing, incoming)
    assert merged == {"id": "a", "title": "Kept", "DOI": "10.1/x", "author": [{"family": "Smith"}], "URL": "http://x.org"}
    merged["author"].append({"family": "New"})
    assert existing["author"] == [{"family": "Smith"}]  # inputs untouched
    assert incoming["id"] == "b"


def test_merge_items_empty_incoming_values_do_not_fill():
    assert merge_items({"id": "a"}, {"URL": "", "note": None}) == {"id": "a"}


def test_one_title_in_two_issues_is_two_works():
    # An editor's "Introduction" to two issues of a year; the same one cited twice is still one.
    index = DuplicateIndex([{"id": "smith2019", "title": "Introduction", "author": [{"family": "Smith"}],
                             "issued": {"date-parts": [[2019]]}, "volume": "1", "issue": "2", "page": "1-3"}])
    other = {"title": "Introduction", "author": [{"family": "Smith"}], "issued": {"date-parts": [[2019]]},
             "volume": "9", "page": "1-3"}
    assert find_duplicate(other, index) is None
    assert find_duplicate(dict(other, volume="1", page="101-103"), index) is None
    same = {"title": "Introduction", "author": [{"family": "Smith", "given": "A."}],
            "issued": {"date-parts": [[2019]]}, "page": "1–3"}
    assert find_duplicate(same, index) == ("smith2019", "same title")
    assert find_duplicate(dict(same, volume="1", issue="2"), index) == ("smith2019", "same title")
