"""CSL-JSON as other programs write it: small reductions of Crossref's
(content negotiation and REST API), Zotero's and hand-made files, one test
per class of trouble found."""

from __future__ import annotations

import json

from refs.csljson import parse_csljson


def one(data, problems_out: list | None = None) -> dict:
    items, problems = parse_csljson(json.dumps(data), "in.json")
    if problems_out is not None:
        problems_out.extend(problems)
    assert len(items) == 1
    return items[0]


def test_null_values_are_no_values():
    problems: list = []
    item = one({"id": "a", "type": "book", "title": "T", "volume": None, "author": None,
                "issued": None, "x-theirs": None}, problems)
    assert item == {"id": "a", "type": "book", "title": "T", "x-theirs": None}
    assert {p.message.split(":")[1].split()[0] for p in problems} == {"volume", "author", "issued"}


def test_empty_and_float_date_parts():
    assert "issued" not in one({"id": "a", "type": "book", "issued": {"date-parts": [[]]}})
    item = one({"id": "a", "type": "book", "issued": {"date-parts": [[2019.0, 3.0]]}})
    assert item["issued"] == {"date-parts": [[2019, 3]]}


def test_crossref_without_issued_takes_its_publication_date():
    item = one({"type": "journal-article", "title": ["T"], "DOI": "10.1/x",
                "published-online": {"date-parts": [[2010, 9, 22]]},
                "created": {"date-parts": [[2011, 1, 1]]}})
    assert item["issued"] == {"date-parts": [[2010, 9, 22]]}
    # The record's creation date is when the DOI was registered, not published.
    assert "issued" not in one({"type": "journal-article", "created": {"date-parts": [[2011, 1, 1]]}})


def test_crossref_entities_and_jats():
    item = one({"type": "journal-article", "container-title": ["Journal of Sport &amp; Tourism"],
                "title": "p &lt; 0.05 in <i>E. coli</i>",
                "abstract": "<jats:title>Abstract</jats:title><jats:p>One <jats:italic>two</jats:italic>."
                            "</jats:p>\n<jats:p>Three<jats:sup>2</jats:sup>.</jats:p>"})
    assert item["container-title"] == "Journal of Sport & Tourism"
    assert item["title"] == "p &lt; 0.05 in <i>E. coli</i>"
    assert item["abstract"] == "One <i>two</i>.\n\nThree<sup>2</sup>."


def test_name_string_joined_with_and():
    item = one({"id": "a", "type": "book", "author": "Smith, John and Doe, Jane"})
    assert item["author"] == [{"family": "Smith", "given": "John"}, {"family": "Doe", "given": "Jane"}]
    item = one({"id": "a", "type": "book", "author": "Johnson and Johnson"})
    assert len(item["author"]) == 1  # no comma in a part: not a list joined with "and"


def test_lowercase_url_and_doi():
    item = one({"id": "a", "type": "webpage", "url": "https://example.org/x", "doi": "10.1/x"})
    assert item["URL"] == "https://example.org/x" and item["DOI"] == "10.1/x" and "url" not in item
    both = one({"id": "a", "type": "webpage", "url": "https://a.example", "URL": "https://b.example"})
    assert both["URL"] == "https://b.example" and both["url"] == "https://a.example"


def test_zero_parts_and_season_months():
    assert one({"id": "a", "type": "book", "issued": {"date-parts": [[2019, 0, 0]]}})["issued"] == {
        "date-parts": [[2019]]}
    assert one({"id": "a", "type": "book", "issued": {"date-parts": [[2019, 13]]}})["issued"] == {
        "date-parts": [[2019]], "season": 1}
    assert one({"id": "a", "type": "book", "issued": {"date-parts": [["2019", "23"]]}})["issued"] == {
        "date-parts": [[2019]], "season": 3}
