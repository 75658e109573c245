"""Property tests: any CSL-JSON item valid under the CSL 1.0.2 schema (every
variable, names, date ranges, ``issue`` with ``number``) imports, syncs,
exports in every format and formats in APA without an internal error; names
parse, format and parse to the same value."""

from __future__ import annotations

import json
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from refs import library
from refs.errors import RefsError
from refs.fields import CSL_TYPES, DATE_VARIABLES, NAME_VARIABLES, TEXT_VARIABLES
from refs.library import Workspace
from refs.values.dates import parse_date

NUMBER_VARIABLES = {"chapter-number", "citation-number", "collection-number", "edition", "first-reference-note-number",
                    "issue", "locator", "number", "number-of-pages", "number-of-volumes", "page", "page-first",
                    "part-number", "printing-number", "section", "supplement-number", "version", "volume"}

text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=25).filter(
    lambda s: s.strip() and s == s.strip())
plain = st.text(string.ascii_letters + " -'.", min_size=1, max_size=12).filter(lambda s: s.strip(" -'."))
particle = st.one_of(st.just({}), st.sampled_from(["van", "de la"]).map(lambda p: {"non-dropping-particle": p}),
                     st.sampled_from(["von", "d'"]).map(lambda p: {"dropping-particle": p}))
# One particle at most: biblatex's extended name format has one prefix (a name
# with both keeps them in the database; library.bib holds them as one prefix).
name = st.one_of(
    st.builds(lambda base, p: {**base, **p},
              st.fixed_dictionaries({"family": plain}, optional={"given": plain,
                                                                 "suffix": st.sampled_from(["Jr.", "III"])}),
              particle),
    st.fixed_dictionaries({"literal": text}),
)
# a date written as text; one that reads as a "no date" marker ("n.d.", "s/f") is no date, in library.bib too
dated = text.filter(lambda t: parse_date(t) is not None)
date_part = st.one_of(
    st.tuples(st.integers(1000, 2100)).map(list),
    st.tuples(st.integers(1000, 2100), st.integers(1, 12)).map(list),
    st.tuples(st.integers(1000, 2100), st.integers(1, 12), st.integers(1, 28)).map(list),
)
date = st.one_of(
    st.builds(lambda a: {"date-parts": [a]}, date_part),
    st.builds(lambda a, b: {"date-parts": sorted([a, b])}, date_part, date_part),
    st.builds(lambda a: {"date-parts": [[str(p) for p in a]]}, date_part),  # numbers as strings, as the schema allows
    st.builds(lambda a: {"date-parts": [a], "circa": True}, date_part),
    st.builds(lambda y, s: {"date-parts": [[y]], "season": s}, st.integers(1000, 2100), st.integers(1, 4)),
    st.builds(lambda t: {"literal": t}, dated),
    st.builds(lambda t: {"raw": t}, dated),
)


url = st.text(string.ascii_letters + string.digits + "-._~/?=&%#:", max_size=20).map(
    lambda p: "https://example.org/" + p)
doi = st.text(string.ascii_letters + string.digits + "-._;()/:<>", min_size=1, max_size=20).map(
    lambda p: "10.1000/" + p)


def _value(variable: str):
    if variable == "URL":
        return url  # a URL's braces and backslashes are written percent-encoded: %7B, %5C
    if variable == "DOI":
        return doi
    if variable in NUMBER_VARIABLES:
        return st.one_of(text, st.integers(0, 10**6))
    return text


item = st.fixed_dictionaries(
    {"type": st.sampled_from(sorted(CSL_TYPES)), "title": text},
    optional={
        **{v: st.lists(name, min_size=1, max_size=3) for v in sorted(NAME_VARIABLES)},
        **{v: date for v in sorted(DATE_VARIABLES)},
        **{v: _value(v) for v in sorted(TEXT_VARIABLES) if v not in ("title",)},
        "handle": st.sampled_from(["@CDCgov", "@ana@glammr.example"]),
    },
)


@settings(max_examples=40)
@given(st.lists(item, min_size=1, max_size=3))
def test_any_valid_item_imports_syncs_exports_and_formats(tmp_path_factory, items):
    from refs.formats import format_references, read_references

    folder = tmp_path_factory.mktemp("csl")
    source = folder / "in.json"
    source.write_text(json.dumps([dict(i, id=f"item{n}") for n, i in enumerate(items)]), encoding="utf-8")
    ws = Workspace(folder / "library.bib", folder / "db")
    got, _ = read_references(source)
    report = library.add_items(ws, got)
    assert len(report.added) == len(items)
    assert not [w for w in report.sync.warnings if "could not be synced" in w.message]
    again = library.sync(ws)
    assert not again.changed and not again.conflicts
    stored = library.list_items(ws)
    for fmt in ("bibtex", "csl-json", "ris", "text", "markdown", "html"):
        try:
            format_references(stored, fmt, style="apa")
        except RefsError:
            pass  # a clear error about the data is allowed; an internal error is not
    # What library.bib holds is all of each reference: rebuilt from it, the library is the same.
    (ws.db / "refs.json").write_text("")
    rebuilt = {i["id"]: i for i in library.list_items(ws)}
    for original in stored:
        assert _comparable(rebuilt[original["id"]]) == _comparable(original)


def _comparable(value, date: bool = False):
    """A value as library.bib can hold it: numbers as text, date parts as
    numbers, text in normal form (NFC, ASCII blanks collapsed and trimmed)."""
    import re
    import unicodedata

    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return re.sub(r"[ \t\n\r\f\v]+", " ", unicodedata.normalize("NFC", value)).strip(" \t\n\r\f\v")
    if isinstance(value, list):
        return [_comparable(v) for v in value]
    if isinstance(value, dict):
        out = {("raw" if date and k == "literal" else k): _comparable(v, k in DATE_VARIABLES or k == "archived_date")
               for k, v in value.items()}  # a text date comes back as raw text
        if "date-parts" in value:
            out["date-parts"] = [[int(p) for p in part] for part in value["date-parts"]]
        return out
    return value


@settings(max_examples=300)
@given(st.lists(name, min_size=1, max_size=4), st.booleans())
def test_names_parse_format_parse(names, extended):
    from refs.values.names import format_names, parse_names

    once = parse_names(format_names(names, extended=extended))
    assert parse_names(format_names(once, extended=extended)) == once
    if extended:  # biblatex's extended format holds every part as it is (blanks collapsed)
        assert once == _comparable(names)
