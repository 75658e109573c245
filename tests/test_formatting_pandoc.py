"""Differential: our APA reference lists against pandoc's citeproc (a
Haskell implementation of CSL, independent of citeproc-py) on the same
CSL-JSON and the same style file.

Skips when pandoc is absent (``pip install pypandoc-binary``, in the bench
extra) or the shared corpus is. Titles are compared as given (sentence case
is ours, not the style's). Where the two disagree today it is on given
names already abbreviated in the data: citeproc-js keeps ``Yu. P.`` and
``Th.`` and drops a lowercase hyphenated part (``Sung-young`` -> ``S.``),
we write ``Y. P.``, ``T.`` and ``S.-y.``; everything after the names must
agree. The order is not compared: pandoc orders works that share a first
author by date alone (``Barrigón, Hultin, 2015`` before ``Barrigón,
Heurlin, 2019``), where APA (9.46) and we go by the next author.
"""

from __future__ import annotations

import gzip
import html
import json
import re
import shutil
import subprocess

import pytest

from tests.apa_dev_set import normalise
from tests.csl_cases import corpus_dir

BBT = corpus_dir() / "bib" / "large" / "bbt_unabbreviate_on_import_1436-3.bib.gz"


def _pandoc() -> str | None:
    try:
        import pypandoc

        return pypandoc.get_pandoc_path()
    except Exception:
        return shutil.which("pandoc")


def _doi(entry: str) -> str | None:
    m = re.search(r"https://doi\.org/(\S+)$", entry)
    return m.group(1).lower() if m else None


def _after_names(entry: str) -> str:
    m = re.search(r"\(\d{4}[a-z]?\)\.", entry)
    return _intended(entry[m.start():] if m else entry)


def _intended(entry: str) -> str:
    """Where we differ from citeproc on purpose, both sides made alike:
    one report or paper number with a hyphen in it ("LL16-04", "18-2424")
    is one number, "No.", where citeproc reads a range, "Nos."; sub- and
    superscripts in plain text are the characters themselves (GaAs1-xSbx),
    where pandoc's plain writer marks them (GaAs_(1-x)Sb_(x))."""
    entry = re.sub(r"[_^]\(([^()]*)\)", r"\1", entry)
    return re.sub(r"\(Nos\. ([A-Za-z]*\d+-[A-Za-z]*\d+)([;)])", r"(No. \1\2", entry)


def test_apa_reference_list_agrees_with_pandoc(tmp_path):
    pandoc = _pandoc()
    if pandoc is None:
        pytest.skip("pandoc is not installed (pip install pypandoc-binary)")
    if not BBT.is_file():
        pytest.skip(f"the shared corpus is absent (set SCAN_CORPUS): {BBT} not found")
    from refs.formats import parse_bibtex
    from refs.formatting import Formatter, style_path

    items, _ = parse_bibtex(gzip.decompress(BBT.read_bytes()).decode("utf-8"), str(BBT))
    items = items[:300]
    data = tmp_path / "refs.json"
    data.write_text(json.dumps(items), encoding="utf-8")
    doc = tmp_path / "doc.md"
    doc.write_text('---\nnocite: "[@*]"\n---\n', encoding="utf-8")
    out = tmp_path / "pandoc.txt"
    subprocess.run([pandoc, str(doc), "--citeproc", "--bibliography", str(data), "--csl", str(style_path("apa")),
                    "-t", "plain", "--wrap=none", "-o", str(out)], check=True)
    theirs = [normalise(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    ours = [normalise(line) for line in Formatter(items, "apa", titles="as-given").bibliography().splitlines()]
    assert len(ours) == len(theirs)
    same = sum(a in set(theirs) for a in ours)
    assert same / len(ours) >= 0.95, (same, len(ours))
    # Entry by entry (paired by DOI), everything after the names agrees.
    by_doi = {_doi(b): b for b in theirs if _doi(b)}
    differ = [(a, by_doi[_doi(a)]) for a in ours if _doi(a) in by_doi and _after_names(a) != _after_names(by_doi[_doi(a)])]
    assert not differ


BBT_CACHE = corpus_dir() / "bib" / "large" / "bbt_cache_does_not_seem_to_fill_1296.bibtex.gz"


def _container(title: str, entry: str) -> str | None:
    """The container title as an entry prints it, found by its words (any case, any blanks)."""
    words = normalise(html.unescape(re.sub(r"<[^>]+>", "", title))).split()
    m = re.search(r"\s*".join(re.escape(w) for w in words).replace(r"\-", r"\s*-\s*"), entry, re.I)
    return m.group(0) if m else None


def test_title_case_of_braced_container_titles_agrees_with_pandoc(tmp_path):
    """Chicago title-cases container titles. Better BibTeX braces words
    ({{Computer}}-Supported, "{{What}} Is"), which arrive as nocase spans
    glued to the text beside them: citeproc-py put a blank at each seam and
    cased a hyphenated word's second part as a word of its own only when
    pandoc did not. 609 of 626 agreed before, 624 after."""
    pandoc = _pandoc()
    if pandoc is None:
        pytest.skip("pandoc is not installed (pip install pypandoc-binary)")
    if not BBT_CACHE.is_file():
        pytest.skip(f"the shared corpus is absent (set SCAN_CORPUS): {BBT_CACHE} not found")
    from refs.formats import parse_bibtex
    from refs.formatting import Formatter, style_path

    items, _ = parse_bibtex(gzip.decompress(BBT_CACHE.read_bytes()).decode("utf-8"), str(BBT_CACHE))
    items = [i for i in items if "nocase" in str(i.get("container-title", ""))]
    data = tmp_path / "refs.json"
    data.write_text(json.dumps(items), encoding="utf-8")
    doc = tmp_path / "doc.md"
    doc.write_text('---\nnocite: "[@*]"\n---\n', encoding="utf-8")
    out = subprocess.run([pandoc, str(doc), "--citeproc", "--bibliography", str(data), "--csl",
                          str(style_path("chicago-author-date")), "-t", "html", "--wrap=none"],
                         check=True, capture_output=True, text=True).stdout
    theirs = {html.unescape(m[1]): normalise(html.unescape(re.sub(r"<[^>]+>", "", m[2])))
              for m in re.finditer(r'<div id="ref-([^"]+)" class="csl-entry"[^>]*>(.*?)</div>', out, re.S)}
    ours = dict(Formatter(items, "chicago-author-date", titles="as-given").entries())
    ours = {k: normalise(html.unescape(re.sub(r"<[^>]+>", "", v))) for k, v in ours.items()}
    assert not [v for k, v in ours.items() if re.search(r"\w -\w", v) and not re.search(r"\w -\w", theirs[k])]
    same = sum(_container(i["container-title"], ours[i["id"]]) == _container(i["container-title"], theirs[i["id"]])
               for i in items)
    assert len(items) > 500 and same / len(items) >= 0.99, (same, len(items))
