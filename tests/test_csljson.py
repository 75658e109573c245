"""Tests for refs.csljson: clean-up of sloppy CSL-JSON, errors, round trip."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refs.csljson import format_csljson, parse_csljson
from refs.errors import BadInput, Problem

ZOTERO_EXPORT = """\ufeff[
  {
    "id": "barr2013",
    "type": "article-journal",
    "title": "Horizon scanning in policy research",
    "container-title": "Futures",
    "volume": "47",
    "page": "12-34",
    "DOI": "10.1016/j.futures.2013.01.001",
    "author": [{"family": "Barr", "given": "Jane"}, {"literal": "WHO"}],
    "issued": {"date-parts": [["2013", "2", "25"]]},
    "accessed": {"date-parts": [[2020, 5, 1]]},
    "x-zotero-key": {"nested": [1, 2]}
  }
]
"""


def test_zotero_export_is_normalised_and_keeps_unknown_fields():
    items, problems = parse_csljson(ZOTERO_EXPORT, "z.json")
    assert problems == []
    (item,) = items
    assert item["issued"] == {"date-parts": [[2013, 2, 25]]}
    assert item["author"] == [{"family": "Barr", "given": "Jane"}, {"literal": "WHO"}]
    assert item["x-zotero-key"] == {"nested": [1, 2]}


def test_string_names_and_dates_are_normalised():
    text = json.dumps([{
        "type": "report",
        "author": ["Barr, Jane", "World Health Organization", "Doe, J., Jr."],
        "editor": "Smith, Ann; Jones, Bob",
        "issued": "2013-02",
        "accessed": {"raw": "2020-05-01"},
        "event-date": {"raw": "Spring 2013"},
        "submitted": "sometime",
    }])
    (item,), problems = parse_csljson(text, "x.json")
    assert problems == []
    assert item["author"] == [
        {"family": "Barr", "given": "Jane"},
        {"literal": "World Health Organization"},
        {"family": "Doe", "given": "J.", "suffix": "Jr."},
    ]
    assert item["editor"] == [{"family": "Smith", "given": "Ann"}, {"family": "Jones", "given": "Bob"}]
    assert item["issued"] == {"date-parts": [[2013, 2]]}
    assert item["accessed"] == {"date-parts": [[2020, 5, 1]]}
    assert item["event-date"] == {"raw": "Spring 2013"}
    assert item["submitted"] == {"raw": "sometime"}


def test_single_object_and_items_wrapper():
    one, _ = parse_csljson('{"id": "a", "type": "book"}', "x.json")
    assert one == [{"id": "a", "type": "book"}]
    wrapped, _ = parse_csljson('{"items": [{"id": "a", "type": "book"}]}', "x.json")
    assert wrapped == one


def test_non_object_and_missing_type_are_problems_with_index_and_line():
    text = '[\n  {"id": "a", "type": "book"},\n  42,\n  {"id": "b", "title": "T"}\n]'
    items, problems = parse_csljson(text, "x.json")
    assert [i["id"] for i in items] == ["a", "b"]
    assert items[1]["type"] == "document"
    assert problems[0] == Problem("item 2 is a JSON int, not an object; skipped", "x.json", 3)
    assert problems[1].line == 4 and problems[1].key == "b" and "item 3" in problems[1].message
    assert "document" in problems[1].message


def test_bad_date_parts_are_read_as_text_and_reported():
    items, problems = parse_csljson('[{"type": "book", "issued": {"date-parts": [["c. 1900"]]}}]', "x.json")
    assert items[0]["issued"] == {"date-parts": [[1900]], "circa": True}
    assert len(problems) == 2 and all("issued" in p.message for p in problems)


@pytest.mark.parametrize("item", [
    {"issued": {"date-parts": 1610007}}, {"issued": {"date-parts": [[2013, 2, 3, 4]]}}, {"issued": [2020]},
    {"author": [{"given": {"a": "b"}, "family": "X"}]}, {"author": [{"family": 5}], "URL": 5, "page": [1, 2]},
    {"editor": 6713.0, "DOI": -380}, {"author": [None, 3, ["x"]]}, {"accessed": {"date-parts": [[]]}},
])
def test_values_not_of_their_kind_are_made_so_and_every_format_writes_them(tmp_path, scan_cli, item):
    """They were kept as given: the import said so, then sync or export said 'internal error'."""
    (tmp_path / "in.json").write_text(json.dumps([{"type": "book", "title": "Odd", **item}]))
    r = scan_cli("import", "in.json")
    assert r.returncode == 0 and "warning: in.json:1: item 1:" in r.stderr, r.stderr
    assert "@book{" in (tmp_path / "library.bib").read_text()
    for fmt in ("ris", "text", "csl-json", "html", "bibtex"):
        r = scan_cli("export", "--format", fmt)
        assert r.returncode == 0 and "Odd" in r.stdout, (fmt, r.stderr)


def test_json_nested_thousands_deep_is_bad_input_not_an_internal_error(tmp_path, scan_cli):
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    r = scan_cli("import", "deep.json")
    assert r.returncode == 2 and "deep.json: not CSL-JSON: arrays or objects nested thousands deep" in r.stderr


def test_invalid_json_raises_with_line_and_column():
    with pytest.raises(BadInput) as e:
        parse_csljson('[\n  {"type": "book",}\n]', "bad.json")
    assert e.value.line == 2 and e.value.source == "bad.json"
    assert "column" in str(e.value) and "bad.json:2:" in str(e.value)


@pytest.mark.parametrize("text", ["", "42", '"a string"', '{"items": 3}'])
def test_unusable_input_raises(text):
    with pytest.raises(BadInput):
        parse_csljson(text, "x.json")


def test_format_orders_keys_and_ends_with_newline():
    out = format_csljson([{"title": "Ä", "type": "book", "id": "k", "author": [{"given": "J", "family": "B"}]}])
    assert out.endswith("]\n")
    assert "Ä" in out
    keys = list(json.loads(out)[0])
    assert keys == ["id", "type", "author", "title"]
    assert list(json.loads(out)[0]["author"][0]) == ["family", "given"]
    assert format_csljson([]) == "[]\n"


# --- round trip -------------------------------------------------------------

text = st.text(min_size=1, max_size=20)
name = st.one_of(
    st.fixed_dictionaries({"family": text, "given": text}),
    st.fixed_dictionaries({"family": text}),
    st.fixed_dictionaries({"literal": text}),
)
# months 13-16 and 21-24 are seasons (citeproc-js), read as {"season": n}: real months and days here
date = st.one_of(
    st.tuples(st.integers(1, 2100), st.integers(1, 12), st.integers(1, 28), st.integers(1, 3))
    .map(lambda t: {"date-parts": [list(t[:t[3]])]}),
    st.sampled_from([{"raw": "Spring 2013"}, {"raw": "n.d."}]),
)
json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | text,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(text, children, max_size=3),
    max_leaves=5,
)
TYPES = ["article-journal", "article-magazine", "article-newspaper", "book", "chapter",
         "paper-conference", "report", "thesis", "webpage", "post-weblog", "post", "dataset",
         "software", "speech", "motion_picture", "document"]
STRING_FIELDS = ["title", "container-title", "volume", "issue", "page", "publisher",
                 "publisher-place", "URL", "DOI", "ISBN", "ISSN", "abstract", "note",
                 "language", "keyword", "edition", "genre", "number", "collection-title"]
item = st.fixed_dictionaries(
    {"type": st.sampled_from(TYPES)},
    optional={"id": text, **{f: text for f in STRING_FIELDS},
              "author": st.lists(name, max_size=3), "editor": st.lists(name, max_size=3),
              "issued": date, "accessed": date, "x-unknown": json_value},
)


@settings(max_examples=200)
@given(st.lists(item, max_size=4))
def test_round_trip(items):
    parsed, problems = parse_csljson(format_csljson(items), "rt.json")
    assert parsed == items
    assert problems == []


def test_crossref_rest_api_json_reads_as_csl():
    # Saved from api.crossref.org/works/DOI: its type names, text in lists, a
    # subtitle, the {"message": ...} wrapper. Once: title = {['Social ...']}.
    work = {"type": "journal-article", "title": ["Social media and mentoring"], "subtitle": ["A review"],
            "container-title": ["Nature Human Behaviour"], "short-container-title": ["Nat Hum Behav"],
            "ISSN": ["2397-3374", "2397-3374"], "original-title": [], "DOI": "10.1038/s41562-019-0530-1",
            "author": [{"given": "Ana", "family": "Ruiz", "sequence": "first", "affiliation": []}],
            "issued": {"date-parts": [[2019, 2, 18]]}}
    (item,), problems = parse_csljson(json.dumps({"status": "ok", "message": work}), "work.json")
    assert not problems
    assert item["type"] == "article-journal" and item["title"] == "Social media and mentoring: A review"
    assert item["container-title"] == "Nature Human Behaviour" and item["container-title-short"] == "Nat Hum Behav"
    assert item["ISSN"] == "2397-3374" and "original-title" not in item


def test_text_that_is_not_text_never_reaches_library_bib_as_a_python_repr():
    from refs.bibtex import item_to_fields

    _, fields = item_to_fields({"id": "k", "type": "book", "title": {"x": 1}, "note": ["a"], "volume": 3})
    assert dict(fields) == {"volume": "{3}"}
