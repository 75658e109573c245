"""Runs the APA fixtures of ``$SCAN_CORPUS/csl/apa_cases.jsonl`` through
:mod:`refs.formatting` (shared by tests/test_formatting.py and
bench/bench_citations.py).

Each case gives CSL-JSON items (or BibTeX keys in a bundled .bib), a style
file, a mode (``citation`` or ``bibliography``), an output format and the
exact expected string. ``run_case`` returns ``(got, expected)``; a case we
cannot run at all gives ``got`` as ``"ERROR: ..."``.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus_dir() -> Path:
    return Path(os.environ.get("SCAN_CORPUS", ROOT.parent / "shared" / "corpus"))


def load_cases() -> list[dict]:
    path = corpus_dir() / "csl" / "apa_cases.jsonl"
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _items(case: dict) -> list[dict]:
    if "input" in case:
        return case["input"]
    from refs.formats import parse_bibtex

    path = corpus_dir() / "csl" / case["bibtex_input_file"]
    text = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
    items, _ = parse_bibtex(text, str(path))
    wanted = set(case["bibtex_keys"])
    return [i for i in items if i.get("id") in wanted]


def _cites(case: dict, items: list[dict]):
    from refs.formatting import Cite

    opts = case.get("citation_js_options") or {}
    entry = opts.get("entry")
    if entry is None:
        return [Cite(str(i["id"])) for i in items]
    if isinstance(entry, str):
        return [Cite(entry)]
    if isinstance(entry, list):
        return [Cite(str(e)) for e in entry]
    if "citationItems" in entry:
        entries = entry["citationItems"]
    else:
        entries = [entry]
    return [Cite(str(e["id"]), locator=str(e["locator"]) if "locator" in e else None,
                 label=e.get("label", "page"), prefix=e.get("prefix"), suffix=e.get("suffix"))
            for e in entries]


def run_case(case: dict) -> tuple[str, object]:
    from refs.formatting import Formatter

    style = str(corpus_dir() / "csl" / (case.get("style_file") or "styles/apa.csl"))
    expected = case["expected"]
    try:
        items = [dict(i, id=str(i["id"])) for i in _items(case)]
        # The fixtures are citeproc-js output: titles as given (APA sentence case is ours).
        f = Formatter(items, style, titles="as-given")
        if case["mode"] == "citation":
            got = f.citation(_cites(case, items), fmt=case["format"])
        else:
            opts = case.get("citation_js_options") or {}
            got = f.bibliography(fmt=case["format"], entry_ids="data-csl-entry-id" in str(expected))
            if opts.get("asEntryArray"):
                got = [[k, f'  <div data-csl-entry-id="{k}" class="csl-entry">{f.reference(k, "html")}</div>\n']
                       for k in f.keys_in_order()]
    except Exception as exc:  # a case that crashes counts as not reproduced
        got = f"ERROR: {type(exc).__name__}: {exc}"
    return got, expected
