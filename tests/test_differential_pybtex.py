"""Differential test: our reading of BibTeX against pybtex's, an independent
implementation of BibTeX's rules, on every .bib of ../shared/corpus/bib.

For every entry that pybtex reads without error (strict mode, each block on
its own, with the file's @string macros), the fields must agree: the key,
the title, each author's and editor's family (von + last) and given
(first + middle) split, the year (or date), the DOI, the URL and the
container (journal/journaltitle/booktitle). Both sides are compared after
LaTeX decoding by the same decoder (:mod:`refs.values.latex`), so what is
measured is the reading of the file -- braces, quotes, ``#``, macros, name
splitting -- not two decoders' tastes. Goal: at least 99.5% of entries agree,
and every disagreement left is listed in tests/data/pybtex_disagreements.tsv
with the reason pybtex is the one that is wrong (a new one fails the test).

Skipped, saying why, where the corpus or pybtex is absent.
"""

from __future__ import annotations

import csv
import gzip
import re
import unicodedata
from pathlib import Path

import pytest

from refs import bibtex
from refs.bibfile import split_blocks
from refs.model import plain_text
from refs.values.dates import year_of
from refs.values.latex import decode_latex, decode_title
from tests.conftest import corpus_dir

pybtex = pytest.importorskip("pybtex", reason="pybtex (the test extra) is not installed")

BIB_DIR = corpus_dir() / "bib"
KNOWN = Path(__file__).parent / "data" / "pybtex_disagreements.tsv"
GOAL = 0.995


def _files() -> list[Path]:
    if not BIB_DIR.is_dir():
        return []
    return sorted(p for p in BIB_DIR.rglob("*") if p.is_file() and p.name not in ("README.md", "MANIFEST.tsv")
                  and not p.name.startswith("LICENSE") and p.suffix not in (".json", ".md", ".tsv"))


def _text(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # as the sync reads it


def _norm(text) -> str:
    text = unicodedata.normalize("NFC", str(text or ""))
    return " ".join(text.replace("\u00a0", " ").split())


def _people(names: list[dict]) -> list[tuple[str, str]]:
    out = []
    for n in names:
        family = " ".join(p for p in (n.get("dropping-particle"), n.get("non-dropping-particle"), n.get("family")) if p)
        out.append((_norm(family or n.get("literal")), _norm(n.get("given"))))
    return out


def _theirs_people(persons) -> list[tuple[str, str]]:
    return [(_norm(decode_latex(" ".join(p.prelast_names + p.last_names))),
             _norm(decode_latex(" ".join(p.first_names + p.middle_names)))) for p in persons]


def _verbatim(text: str) -> str:
    return _norm(re.sub(r"\\([_%&#$~])", r"\1", text).replace("{", "").replace("}", ""))


def compare_entry(ours: dict, key: str, entry) -> list[tuple[str, object, object]]:
    """The fields on which our item and pybtex's entry disagree."""
    fields = {k.lower(): v for k, v in entry.fields.items()}
    out: list[tuple[str, object, object]] = []
    if ours["id"] != key:
        out.append(("key", ours["id"], key))
    if "title" in fields:
        a, b = _norm(plain_text(ours.get("title"))), _norm(plain_text(decode_title(fields["title"])))
        if a != b:
            out.append(("title", a, b))
    for role in ("author", "editor"):
        if role in entry.persons:
            a, b = _people(ours.get(role) or []), _theirs_people(entry.persons[role])
            if a != b:
                out.append((role, a, b))
    year = (fields.get("date") or "")[:4] or fields.get("year")
    m = re.search(r"(?<!\d)\d{4}(?!\d)", decode_latex(year)) if year else None
    if m and year_of(ours) != int(m.group()):
        out.append(("year", year_of(ours), m.group()))
    for name, csl in (("doi", "DOI"), ("url", "URL")):
        if name in fields and _norm(ours.get(csl)) != _verbatim(fields[name]):
            out.append((name, ours.get(csl), fields[name]))
    for name in ("journaltitle", "journal", "booktitle"):
        if name in fields:
            # Braces protect a book's or journal's title as they protect a title (nocase spans).
            a, b = _norm(plain_text(ours.get("container-title"))), _norm(decode_latex(fields[name]))
            if a != b:
                out.append(("container", a, b))
            break
    return out


def compare_file(path: Path):
    """(entries compared, disagreements as (file, line, field, ours, theirs))."""
    from pybtex.database.input.bibtex import Parser

    text = _text(path)
    blocks = split_blocks(text)
    string_raws = [b.raw for b in blocks if b.kind == "string"]
    strings, _ = bibtex.parse_strings(string_raws)
    try:
        head = Parser()
        head.parse_string("\n".join(string_raws))
        macros = dict(head.macros)
    except Exception:  # pybtex cannot read the macros: compare entries without them
        macros = None
    compared, disagreements = 0, []
    rel = str(path.relative_to(BIB_DIR))
    for block in blocks:
        if block.kind != "entry":
            continue
        try:
            parser = Parser(macros=dict(macros)) if macros is not None else Parser()
            ((key, entry),) = parser.parse_string(block.raw).entries.items()
        except Exception:
            continue  # pybtex does not read this entry: not part of the measure
        compared += 1
        try:
            ours = bibtex.parse_entry_block(block.raw, strings).item
        except bibtex.BlockParseError as exc:
            disagreements.append((rel, block.line, "parse", str(exc), "read"))
            continue
        for field, a, b in compare_entry(ours, key, entry):
            disagreements.append((rel, block.line, field, a, b))
    return compared, disagreements


def _known() -> dict[tuple[str, int, str], str]:
    with KNOWN.open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {(r["file"], int(r["line"]), r["field"]): r["why pybtex is wrong"] for r in rows}


@pytest.mark.skipif(not _files(), reason=f"the shared corpus is absent ({BIB_DIR}); set SCAN_CORPUS")
def test_fields_agree_with_pybtex_on_the_corpus():
    compared, disagreements = 0, []
    for path in _files():
        n, bad = compare_file(path)
        compared += n
        disagreements.extend(bad)
    entries_disagreeing = {(f, line) for f, line, *_ in disagreements}
    agreement = 1 - len(entries_disagreeing) / compared
    print(f"\n{compared} entries compared with pybtex; {len(entries_disagreeing)} disagree; "
          f"agreement {agreement:.4%}")
    known = _known()
    unexplained = [d for d in disagreements if (d[0], d[1], d[2]) not in known]
    assert not unexplained, "disagreements with pybtex that tests/data/pybtex_disagreements.tsv does not " \
                            "explain:\n" + "\n".join(map(str, unexplained[:20]))
    assert agreement >= GOAL


def test_the_comparison_can_fail():
    """The comparison itself finds a disagreement when there is one."""
    from pybtex.database.input.bibtex import Parser

    raw = "@article{k, author = {David A.~Berry}, title = {T}, year = 2013}"
    ((key, entry),) = Parser().parse_string(raw).entries.items()
    ours = bibtex.parse_entry_block(raw, {}).item
    assert compare_entry(ours, key, entry) == []
    wrong = dict(ours, author=[{"family": "A. Berry", "given": "David"}], title="U")
    assert [f for f, *_ in compare_entry(wrong, key, entry)] == ["title", "author"]


# --- the same comparison on entries written by Hypothesis ------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

_WORD = st.text("abcXYZ019 .,:;'-()@/&", min_size=0, max_size=8)
_BALANCED = st.recursive(_WORD, lambda inner: st.builds(lambda a, b, c: f"{a}{{{b}}}{c}", _WORD, inner, _WORD),
                         max_leaves=4)
_PART = st.one_of(_BALANCED.map(lambda v: "{" + v + "}"),
                  _BALANCED.filter(lambda v: '"' not in v).map(lambda v: '"' + v + '"'),
                  st.integers(0, 99999).map(str), st.sampled_from(["jan", "dec"]))
_VALUE = st.lists(_PART, min_size=1, max_size=3).map(" # ".join)
_FIELD_NAME = st.from_regex(r"[a-z][a-z_\-]{0,8}", fullmatch=True)
_GAP = st.sampled_from([" ", "", "\n  ", "\t", "\r\n"])


@settings(max_examples=300)
@given(st.dictionaries(_FIELD_NAME, _VALUE, min_size=0, max_size=5), _GAP, _GAP, st.booleans(), st.booleans())
def test_generated_entries_read_as_pybtex_reads_them(fields, gap, gap2, trailing_comma, empty_field):
    from pybtex.database.input.bibtex import Parser

    from refs.bibentry import parse_entry, resolve_parts

    items = [f"{gap}{name}{gap2}={gap2}{value}" for name, value in fields.items()]
    if empty_field and items:
        items.insert(1, gap)  # ", ," : an empty field, read as nothing by both
    raw = "@article{key," + ",".join(items) + ("," if trailing_comma else "") + gap + "}"
    ((key, entry),) = Parser().parse_string(raw).entries.items()
    ours = parse_entry(raw)
    assert ours.key == key
    # Blanks are collapsed, as BibTeX (and our LaTeX decoding) does.
    got = {f.name.lower(): " ".join(resolve_parts(f.parts, {})[0].split()) for f in ours.fields}
    want = {k.lower(): " ".join(v.split()) for k, v in entry.fields.items()}
    assert got == want
