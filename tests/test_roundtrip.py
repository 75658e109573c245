"""Property tests: any library survives BibTeX export then import unchanged,
and a sync of an unchanged pair rewrites nothing."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from refs import library
from refs.formats import format_references, parse_bibtex
from refs.library import Workspace

LETTERS = st.characters(whitelist_categories=("Lu", "Ll"), max_codepoint=0x17F)
word = st.text(LETTERS, min_size=1, max_size=8)
text = st.lists(st.one_of(word, st.sampled_from(["&", "50%", "C#", "a_b", "$5", "{x", "y}", "@home", "NASA",
                                                  "iPhone", "Müller", "?", "e-mail", "\\"])),
                min_size=1, max_size=6).map(" ".join)
person = st.one_of(
    st.builds(lambda f, g: {"family": f.capitalize(), "given": g.capitalize()}, word, word),
    st.builds(lambda t: {"literal": t}, st.lists(word, min_size=1, max_size=4).map(" ".join)),
)
date = st.one_of(
    st.builds(lambda y: {"date-parts": [[y]]}, st.integers(1900, 2030)),
    st.builds(lambda y, m: {"date-parts": [[y, m]]}, st.integers(1900, 2030), st.integers(1, 12)),
    st.builds(lambda y, m, d: {"date-parts": [[y, m, d]]}, st.integers(1900, 2030), st.integers(1, 12),
              st.integers(1, 28)),
)
TYPES = ["article-journal", "book", "chapter", "paper-conference", "report", "thesis", "webpage",
         "post-weblog", "article-newspaper", "article-magazine", "document", "dataset"]


@st.composite
def items(draw):
    item = {"type": draw(st.sampled_from(TYPES)), "title": draw(text)}
    if draw(st.booleans()):
        item["author"] = draw(st.lists(person, min_size=1, max_size=3))
    if draw(st.booleans()):
        item["issued"] = draw(date)
    if draw(st.booleans()):
        item["container-title"] = draw(text)
    if draw(st.booleans()):
        item["URL"] = "https://example.org/" + draw(word) + "?a=1&b=%20"
    if draw(st.booleans()):
        item["DOI"] = "10.1000/" + draw(word)
    if draw(st.booleans()):
        item["publisher"] = draw(text)
    if draw(st.booleans()):
        item["volume"] = str(draw(st.integers(1, 300)))
    if draw(st.booleans()):
        item["page"] = f"{draw(st.integers(1, 99))}-{draw(st.integers(100, 999))}"
    if draw(st.booleans()):
        item["accessed"] = draw(date)
    return item


@st.composite
def libraries(draw):
    its = draw(st.lists(items(), min_size=1, max_size=6))
    for n, it in enumerate(its):
        it["id"] = f"key{n}"
    return its


@settings(max_examples=150)
@given(libraries(), st.booleans())
def test_export_then_import_is_identity(lib, biblatex):
    text = format_references(lib, "bibtex", biblatex=biblatex)
    back, problems = parse_bibtex(text, "export.bib")
    assert not problems
    assert back == lib


@settings(max_examples=30)
@given(libraries())
def test_sync_of_unchanged_pair_rewrites_nothing(tmp_path_factory, lib):
    root = tmp_path_factory.mktemp("ws")
    ws = Workspace(root / "library.bib", root / "db")
    ws.store.save_items({i["id"]: i for i in lib})
    library.sync(ws)
    text = ws.bib.read_bytes()
    stamp = [(p, p.stat().st_mtime_ns) for p in [ws.bib, *ws.db.glob("*.json")]]
    # Take away the fast path: a full merge must also find nothing to do.
    (ws.db / "state.json").unlink()
    report = library.sync(ws)
    assert not report.changed and not report.conflicts and not report.wrote_bib and not report.wrote_db
    assert ws.bib.read_bytes() == text
    assert all(p.stat().st_mtime_ns == t for p, t in stamp if p.name != "state.json")
    assert {i["id"]: i for i in library.list_items(ws)} == {i["id"]: i for i in lib}
