"""The import direction (DESIGN.md): refs never imports scan nor typer; each
I/O library is imported by one module of ours."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_refs_imports_neither_scan_nor_typer():
    for path in (ROOT / "refs").rglob("*.py"):
        bad = imports_of(path) & {"scan", "typer", "click", "bs4"}
        assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


def test_each_io_library_is_imported_by_one_module():
    owners: dict[str, set[str]] = {}
    for pkg in ("refs", "scan"):
        for path in (ROOT / pkg).rglob("*.py"):
            for lib in imports_of(path) & {"bibtexparser", "tinydb", "requests"}:
                owners.setdefault(lib, set()).add(str(path.relative_to(ROOT)))
    # .bib files are read by refs/bibentry.py by BibTeX's own rules; bibtexparser is
    # only the benchmark's peer.
    assert owners.get("bibtexparser") is None
    assert owners.get("tinydb") == {"refs/store.py"}
    assert owners.get("requests") == {"refs/http.py"}
