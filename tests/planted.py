"""Scores check-citations on the manuscripts of tests/manuscripts/ (shared by
tests/test_citecheck.py and bench/bench_citations.py).

Each manuscript ``NAME`` has ``NAME.expected.json``: the planted problems, as
``{"kind", "match"}`` where ``match`` is a piece of the quoted citation or
reference text. A reported problem is a true positive when an expected one
of its kind has its ``match`` in the quoted text.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent / "manuscripts"


def manuscripts() -> list[Path]:
    return sorted(p for p in HERE.iterdir() if p.suffix in (".md", ".txt", ".tex", ".docx"))


def score(path: Path, expected_path: Path | None = None) -> dict[str, dict[str, int]]:
    """{kind: {"tp", "fp", "fn"}} for one manuscript."""
    from refs.citecheck import KINDS, check_manuscript

    expected = json.loads((expected_path or Path(str(path) + ".expected.json")).read_text())
    result = check_manuscript(path)
    counts = {k: {"tp": 0, "fp": 0, "fn": 0} for k in KINDS}
    unmatched = list(expected)
    for p in result.problems:
        quoted = p.citation.text if p.citation else p.reference.text
        hit = next((e for e in unmatched if e["kind"] == p.kind and e["match"] in quoted), None)
        if hit:
            unmatched.remove(hit)
            counts[p.kind]["tp"] += 1
        else:
            counts[p.kind]["fp"] += 1
    for e in unmatched:
        counts[e["kind"]]["fn"] += 1
    return counts


def make_docx(src: Path, dest: Path) -> Path:
    """The same manuscript as a .docx, one paragraph per line."""
    import docx

    document = docx.Document()
    for line in src.read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    document.save(str(dest))
    return dest
