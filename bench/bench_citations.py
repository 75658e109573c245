"""Citations benchmark, in one run:

(a) ``check-citations`` on the manuscripts of tests/manuscripts/ (planted
    problems of every kind, plus tricky non-problems; also as .docx):
    precision and recall per problem kind (goal 1.0).
(b) The APA fixtures of ``$SCAN_CORPUS/csl/apa_cases.jsonl``: how many our
    formatting reproduces exactly (goal: all).
(c) Field accuracy of the plain-text reference parser (``scan import
    --format text``) on the author-year records (style_hint ``author-date``) of
    ``$SCAN_CORPUS/references/dev.jsonl``: authors, year, title, container,
    side by side with refextract (INSPIRE's reference-string parser, from
    PyPI; ``pip install refextract``) on the same strings. Goal: at or above it.

How fields are compared (the same for both parsers): text is NFKC-folded,
lower-cased, reduced to its letters and digits; a leading "in" is dropped
from containers. Authors: the set of name words of 2+ letters (family and
given names, not initials, not "and"/"et al."/"eds") must equal the gold
segment's. refextract has no title or container field for most strings (it
keeps them in ``misc``, and names known journals in ``journal_title``); its
title is taken as the first sentence of ``misc`` and its container as
``journal_title``, else the second sentence of ``misc`` — the most favourable
reading we could give it.

(d) ``scan check-citations`` on a 20 MB manuscript (generated: paragraphs
    citing works of a 1,000-entry reference list, ~294,000 cited works),
    as the user runs it (a process), median of ``--runs``. Goal: under 30 s
    (it took ~26 minutes before the finder and the matching were made linear).

Run: ``.venv/bin/python bench/bench_citations.py [--limit N] [--runs N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
import unicodedata
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = Path(os.environ.get("SCAN_CORPUS", ROOT.parent / "shared" / "corpus"))
DEV = CORPUS / "references" / "dev.jsonl"
_STOP = {"and", "et", "al", "eds", "ed", "hrsg", "und", "with"}


# --- (a) manuscripts ---------------------------------------------------------------


def bench_manuscripts() -> None:
    from refs.citecheck import KINDS
    from tests.planted import make_docx, manuscripts, score

    total = {k: {"tp": 0, "fp": 0, "fn": 0} for k in KINDS}
    files = manuscripts()
    with tempfile.TemporaryDirectory() as tmp:
        runs = [(p, None) for p in files]
        for p in files:
            doc = make_docx(p, Path(tmp) / (p.stem + ".docx"))
            runs.append((doc, Path(str(p) + ".expected.json")))
        for path, expected in runs:
            for kind, c in score(path, expected).items():
                for k in c:
                    total[kind][k] += c[k]
    print(f"(a) check-citations on {len(runs)} manuscripts ({len(files)} texts, each also as .docx)")
    print(f"    {'kind':<20} {'planted':>7} {'found':>6} {'precision':>9} {'recall':>7}")
    for kind, c in total.items():
        planted, found = c["tp"] + c["fn"], c["tp"] + c["fp"]
        p = c["tp"] / found if found else 1.0
        r = c["tp"] / planted if planted else 1.0
        print(f"    {kind:<20} {planted:>7} {found:>6} {p:>9.2f} {r:>7.2f}")


# --- (b) APA fixtures ------------------------------------------------------------------


def bench_fixtures() -> None:
    from tests.csl_cases import load_cases, run_case

    cases = load_cases()
    if not cases:
        print(f"(b) skipped: {CORPUS / 'csl' / 'apa_cases.jsonl'} not found (set SCAN_CORPUS)")
        return
    failed = [c["id"] for c in cases if run_case(c)[0] != c["expected"]]
    print(f"(b) APA fixtures reproduced exactly: {len(cases) - len(failed)}/{len(cases)}")
    for case_id in failed:
        print(f"    not reproduced: {case_id}")


# --- (c) reference strings --------------------------------------------------------------


def norm(text) -> str:
    if not text:
        return ""
    if isinstance(text, list):
        text = " ".join(str(t) for t in text)
    text = unicodedata.normalize("NFKC", str(text)).lower()
    return re.sub(r"[\W_]+", "", text)


def norm_container(text) -> str:
    t = norm(text)
    return t[2:] if t.startswith("in") and isinstance(text, str) and re.match(r"\s*in[\s:]", text, re.I) else t


def name_words(text: str) -> frozenset:
    text = unicodedata.normalize("NFKC", text).lower()
    return frozenset(w for w in re.findall(r"[^\W\d_]{2,}", text) if w not in _STOP)


def ours(text: str) -> dict:
    from refs.textrefs import parse_reference

    item = parse_reference(text) or {}
    names = item.get("author") or item.get("editor") or []
    words = " ".join(" ".join(str(v) for k, v in n.items() if k in ("family", "given", "literal", "suffix")) for n in names)
    year = None
    parts = (item.get("issued") or {}).get("date-parts") or [[None]]
    if parts[0] and parts[0][0]:
        year = str(parts[0][0])
    return {"authors": name_words(words), "year": year, "title": item.get("title"),
            "container": item.get("container-title")}


def peer(text: str) -> dict:
    from refextract import extract_references_from_string

    try:
        got = extract_references_from_string(text)
    except Exception:
        got = []
    ref = got[0] if got else {}
    misc = " ".join(ref.get("misc") or [])
    sentences = [s for s in re.split(r"(?<=[a-z0-9?!])\.\s+", misc) if s.strip()]
    container = (ref.get("journal_title") or [None])[0] or (sentences[1] if len(sentences) > 1 else None)
    return {"authors": name_words(" ".join(ref.get("author") or [])), "year": (ref.get("year") or [None])[0],
            "title": sentences[0] if sentences else None, "container": container}


def bench_strings(limit: int | None) -> None:
    if not DEV.is_file():
        print(f"(c) skipped: {DEV} not found (set SCAN_CORPUS)")
        return
    records = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if r.get("style_hint") == "author-date"][:limit]
    try:
        import refextract  # noqa: F401
        parsers = {"scan": ours, "refextract": peer}
    except ImportError:
        print("    refextract is not installed (pip install refextract): scan alone")
        parsers = {"scan": ours}
    fields = ("authors", "year", "title", "container")
    gold_of = {
        "authors": lambda r: name_words(" ".join(r["author"])) if r.get("author") else None,
        "year": lambda r: r.get("year") and str(r["year"]),
        "title": lambda r: norm(r.get("title")) or None,
        "container": lambda r: norm_container(r.get("container")) or None,
    }
    got_of = {"authors": lambda g: g["authors"], "year": lambda g: g["year"] and str(g["year"]),
              "title": lambda g: norm(g["title"]), "container": lambda g: norm_container(g["container"])}
    scores = {name: {f: [0, 0] for f in fields} for name in parsers}
    times = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, parse in parsers.items():
            start = time.perf_counter()
            for r in records:
                g = parse(r["text"])
                for f in fields:
                    gold = gold_of[f](r)
                    if not gold:
                        continue
                    scores[name][f][1] += 1
                    scores[name][f][0] += int(got_of[f](g) == gold)
            times[name] = time.perf_counter() - start
    print(f"(c) field accuracy on {len(records)} author-date reference strings of {DEV.name}")
    print(f"    {'field':<10} " + " ".join(f"{n:>14}" for n in parsers))
    for f in fields:
        row = []
        for name in parsers:
            ok, n = scores[name][f]
            row.append(f"{ok / n:>8.3f} ({n})" if n else "-")
        print(f"    {f:<10} " + " ".join(f"{c:>14}" for c in row))
    print("    seconds    " + " ".join(f"{times[n]:>14.1f}" for n in parsers))


# --- (d) a 20 MB manuscript -------------------------------------------------------------


def big_manuscript(size: int = 20_000_000) -> str:
    """Paragraphs that cite (parenthetical and narrative) works of a
    1,000-entry reference list, repeated to ``size`` characters, then the list."""
    import random

    rng = random.Random(1)
    families = [f"Author{chr(65 + i % 26)}{chr(97 + (i // 26) % 26)}son" for i in range(1000)]
    year = [2000 + i % 20 for i in range(1000)]
    refs = [f"{f}, A. B., & Other{i}, C. ({year[i]}). A study of mentoring number {i}. Journal of Mentoring, "
            f"{i % 30}(2), 1-10." for i, f in enumerate(families)]
    paragraphs = []
    for _ in range(70):
        sentences = []
        for _ in range(3):
            a, b = rng.sample(range(1000), 2)
            sentences.append(f"Mentoring matters in many settings (see {families[a]} & Other{a}, {year[a]}; "
                             f"{families[b]} & Other{b}, {year[b]}, p. 4). As {families[b]} and Other{b} ({year[b]}) "
                             "note, online networks help new professionals who seek advice.")
        paragraphs.append(" ".join(sentences))
    body = "\n\n".join(paragraphs) + "\n\n"
    return body * (size // len(body) + 1) + "## References\n\n" + "\n\n".join(refs) + "\n"


def bench_big(runs: int) -> None:
    import statistics
    import subprocess

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.md"
        path.write_text(big_manuscript(), encoding="utf-8")
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            r = subprocess.run([sys.executable, "-m", "scan", "check-citations", str(path), "--json"],
                               cwd=tmp, capture_output=True, text=True)
            times.append(time.perf_counter() - start)
        data = json.loads(r.stdout)
        print(f"(d) check-citations on a {path.stat().st_size / 1e6:.1f} MB manuscript "
              f"({len(data['citations']):,} cited works, {len(data['references']):,} references): "
              f"median {statistics.median(times):.1f} s of {runs} (goal < 30 s)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N reference strings")
    ap.add_argument("--runs", type=int, default=3, help="runs of (d), median reported")
    args = ap.parse_args()
    bench_manuscripts()
    bench_fixtures()
    bench_strings(args.limit)
    bench_big(args.runs)


if __name__ == "__main__":
    main()
