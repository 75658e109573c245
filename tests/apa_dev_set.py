"""The APA development set (tests/apa_dev/cases.jsonl): loading, running,
scoring. Shared by tests/test_apa_dev.py and bench/bench_formatting.py.

Each case is one reference from the APA Style site or a university library
guide (its ``source``), as CSL-JSON a user's library would hold, with the
reference list entry the source prints (plain text) and, where it gives one,
the parenthetical citation. A case counts as matched when the two agree
after :func:`normalise`: Unicode NFKC, quotation marks and apostrophes
straight, dashes and hyphens as ``-``, ``…`` and ``. . .`` as ``...``, runs
of spaces as one, and no space before a comma (italics are not compared:
the sources are plain text).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

PATH = Path(__file__).resolve().parent / "apa_dev" / "cases.jsonl"


def load_cases(split: str | None = None) -> list[dict]:
    cases = [json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [c for c in cases if split is None or c["split"] == split]


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[‘’‛′`]", "'", text)
    text = re.sub(r"[“”„″]", '"', text)
    text = re.sub(r"[‐‑‒–—−]", "-", text)
    text = text.replace("…", "...").replace(". . .", "...")
    text = re.sub(r"\s+", " ", text).strip()
    return text.replace(" ,", ",")


def run(cases: list[dict], style: str = "apa") -> list[dict]:
    """Each case with ``got`` (the entry), ``got_citation`` and ``ok``. Each
    case is a reference list of its own."""
    from refs.formatting import Cite, Formatter

    out = []
    for c in cases:
        formatter = Formatter([c["item"]], style)
        got = formatter.reference(c["id"])
        cite = formatter.citation([Cite(c["id"])]) if c.get("citation") else None
        ok = normalise(got) == normalise(c["expected"]) and (
            cite is None or normalise(cite) == normalise(c["citation"]))
        out.append(dict(c, got=got, got_citation=cite, ok=ok))
    return out


def score(results: list[dict]) -> dict:
    """``{"overall": (matched, total), kind: (matched, total), ...}``."""
    by_kind: dict = defaultdict(lambda: [0, 0])
    for r in results:
        by_kind[r["kind"]][0] += int(r["ok"])
        by_kind[r["kind"]][1] += 1
    total = (sum(v[0] for v in by_kind.values()), sum(v[1] for v in by_kind.values()))
    return {"overall": total, **{k: tuple(v) for k, v in sorted(by_kind.items())}}
