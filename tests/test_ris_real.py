"""RIS as other programs write it: small hand-made reductions of real exports
(EndNote, Scopus, Web of Science, Mendeley, Citavi, Ovid, IEEE Xplore,
ScienceDirect, JabRef's fixtures), one test per class of trouble found."""

from __future__ import annotations

from refs.ris import format_ris, parse_ris


def one(text: str) -> dict:
    items, _ = parse_ris(text, "in.ris")
    assert len(items) == 1
    return items[0]


def test_names_without_a_comma_ieee_and_vancouver():
    # IEEE Xplore writes "AU  - J. Smith"; some databases "Smith JA".
    item = one("TY  - CONF\nAU  - J. Smith\nAU  - A. B. Author\nAU  - Smith JA\n"
               "AU  - World Health Organization\nER  - \n")
    assert item["author"] == [
        {"family": "Smith", "given": "J."}, {"family": "Author", "given": "A. B."},
        {"family": "Smith", "given": "JA"}, {"literal": "World Health Organization"}]


def test_mendeley_null_given_name():
    item = one("TY  - JOUR\nAU  - van den Hoven, null\nER  -\n")
    assert item["author"] == [{"family": "van den Hoven"}]


def test_endnote_keywords_on_continuation_lines():
    # EndNote: one KW tag, then one keyword a line; Scopus repeats keywords.
    item = one("TY  - JOUR\nKW  - article\nbiostratigraphy\nColorado\nKW  - dinosaur\n"
               "KW  - article\nSN  - 1932-8494\n1932-8486\nER  - \n")
    assert item["keyword"] == "article, biostratigraphy, Colorado, dinosaur"
    assert item["ISSN"] == "1932-8494 1932-8486"  # kept whole, as before
    assert format_ris([item]).count("KW  - ") == 4


def test_wos_abstract_paragraph_indent():
    item = one("TY  - JOUR\nAB  - Background: one.\n   Methods: two.\n   Results: three.\nER  -\n")
    assert item["abstract"] == "Background: one.\nMethods: two.\nResults: three."


def test_doi_in_any_dress_and_in_m3():
    item = one("TY  - JOUR\nDO  - https://dx.doi.org/10.1186/s11689-021-09396-9\nER  - \n")
    assert item["DOI"] == "10.1186/s11689-021-09396-9"
    # AIP through JabRef: the DOI again in M3 (and N1), "doi:" in front.
    item = one("TY  - JOUR\nN1  - doi: 10.1063/1.4814070\nDO  - 10.1063/1.4814070\n"
               "M3  - doi: 10.1063/1.4814070\nER  - \n")
    assert item["DOI"] == "10.1063/1.4814070" and "genre" not in item and "custom" not in item
    item = one("TY  - CHAP\nDO  - doi:10.1201/b19107-2\nM3  - Article\nER  - \n")
    assert item["DOI"] == "10.1201/b19107-2" and item["genre"] == "Article"
    # Not a DOI: kept as written.
    assert one("TY  - JOUR\nDO  - see publisher\nER  - \n")["DOI"] == "see publisher"


def test_scopus_sn_with_its_kind_in_brackets():
    item = one("TY  - JOUR\nSN  - 20411723 (ISSN)\nER  -\n")
    assert item["ISSN"] == "20411723"
    item = one("TY  - JOUR\nSN  - 9780128000000 (ISBN)\nER  -\n")
    assert item["ISBN"] == "9780128000000"


def test_wos_date_without_its_year():
    item = one("TY  - JOUR\nDA  - SEP 22\nPY  - 2010\nER  -\n")
    assert item["issued"] == {"date-parts": [[2010, 9, 22]]} and "custom" not in item
    item = one("TY  - JOUR\nDA  - DEC\nPY  - 2016\nER  -\n")
    assert item["issued"] == {"date-parts": [[2016, 12]]}
    # A span of months is no date: the year stands, the text is kept.
    item = one("TY  - JOUR\nDA  - JUL-DEC\nPY  - 1911\nER  -\n")
    assert item["issued"] == {"date-parts": [[1911]]}
    assert item["custom"]["ris"]["DA"] == ["JUL-DEC"]


def test_given_name_alone_round_trips():
    items = [{"type": "book", "author": [{"given": "Plato"}, {"family": "Homer"}]}]
    assert parse_ris(format_ris(items), "rt.ris")[0] == items


def test_keyword_holding_a_comma_stays_one():
    item = one("TY  - JOUR\nKW  - Animals\nKW  - Models, Biological\nER  -\n")
    assert item["keyword"] == "Animals; Models, Biological"
    assert format_ris([item]).count("KW  - ") == 2


def test_entities_and_article_number():
    item = one("TY  - JOUR\nT2  - Arts &amp; Humanities\nTI  - p &lt; 0.05\nC7  - e12292\n"
               "AB  - Kept &amp; as written\nER  -\n")
    assert item["container-title"] == "Arts & Humanities" and item["title"] == "p &lt; 0.05"
    assert item["abstract"] == "Kept &amp; as written"
    assert item["number"] == "e12292"
    # C7 of a book is not an article number: kept under its tag.
    assert one("TY  - BOOK\nC7  - x\nER  -\n")["custom"]["ris"]["C7"] == ["x"]


def test_run_together_initials_print_as_initials():
    from refs.formats import format_references

    items, _ = parse_ris("TY  - JOUR\nAU  - Sampson, SD\nAU  - Smith JA\nTI  - T\nPY  - 2010\nER  -\n", "in.ris")
    assert format_references(items, "text").startswith("Sampson, S. D., & Smith, J. A. (2010).")
