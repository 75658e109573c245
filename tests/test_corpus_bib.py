"""Real .bib files written by others (../shared/corpus/bib): every entry and
every failed block is accounted for, and a sync that adds an entry writes
everything else back byte for byte. Skipped where the corpus is absent."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from refs import library
from refs.bibfile import split_blocks
from refs.formats import format_references, parse_bibtex
from refs.library import Workspace
from tests.conftest import corpus_dir

BIB_DIR = corpus_dir() / "bib"
FILES = sorted(p for p in BIB_DIR.rglob("*") if p.is_file() and p.suffix in (".bib", ".bibtex", ".gz", "")
               and p.name not in ("README.md", "MANIFEST.tsv", "LICENSE")) if BIB_DIR.is_dir() else []
SMALL = [p for p in FILES if "/large/" not in str(p)]
LARGE = [p for p in FILES if "/large/" in str(p) and "acl_anthology_2019_all" not in p.name]


def read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def check(path: Path, tmp_path: Path) -> None:
    data = read(path)
    ws = Workspace(tmp_path / "library.bib", tmp_path / "db")
    ws.bib.write_bytes(data)
    report = library.sync(ws)
    assert not report.wrote_bib, "a first sync must not rewrite the file"
    text = data.decode("utf-8-sig") if not any("Latin-1" in str(w) for w in report.warnings) else data.decode("latin-1")
    blocks = split_blocks(text)
    entries = [b for b in blocks if b.kind == "entry"]
    failed = [b for b in blocks if b.kind == "failed"]
    synced = len(library.list_items(ws))
    # Every entry block is either in the database or named in a warning with its line.
    warned_lines = {w.line for w in report.warnings if w.line}
    unsynced = [b for b in entries if b.line in warned_lines and ("not synced" in _msgs(report, b.line))]
    assert synced + len(unsynced) == len(entries), (synced, len(unsynced), len(entries))
    assert all(b.line in warned_lines for b in failed)
    # Adding an entry rewrites the file: all of the old text stays, byte for byte.
    library.add_items(ws, [{"type": "webpage", "title": "A corpus probe page", "URL": "https://probe.example/x"}],
                      force=True)
    after = ws.bib.read_bytes()
    assert after.startswith(data if not data.startswith(b"\xef\xbb\xbf") else data), path.name
    assert b"A corpus probe page" in after[len(data):]
    # Export then import keeps every synced entry.
    items = library.list_items(ws)
    back, _ = parse_bibtex(format_references(items, "bibtex"), "export.bib")
    assert len(back) == len(items)


def _msgs(report, line):
    return " ".join(str(w) for w in report.warnings if w.line == line)


@pytest.mark.parametrize("path", SMALL, ids=lambda p: str(p.relative_to(BIB_DIR)))
def test_small_and_malformed_files(path, tmp_path, corpus):
    check(path, tmp_path)


@pytest.mark.parametrize("path", LARGE, ids=lambda p: p.name)
def test_large_files(path, tmp_path, corpus):
    check(path, tmp_path)


def test_corpus_present_or_skipped(corpus):
    assert FILES, "corpus/bib has no files"
