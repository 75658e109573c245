"""Formatting benchmark, in one run:

(a) Accuracy on the APA development set (tests/apa_dev/cases.jsonl: 65
    references from the APA Style site and library guides): the share whose
    formatted entry (and citation) equals the source's after normalising
    typography, per kind and per half (``tune``: looked at while fixing;
    ``holdout``: not). Goal: >= 95% overall, no kind below 80%. Then the
    second review set (tests/apa_review2/: 73 references, APA 7 and 6, given
    as CSL-JSON or BibTeX and run through ``scan import`` and the export
    path), per kind and per half (``tune`` / ``measure``).
(b) Speed against pandoc's citeproc (PyPI ``pypandoc-binary`` ships pandoc;
    ``make bench`` installs it), side by side on the same CSL-JSON and the
    same style file: the first 1,000 references of the Better BibTeX fixture
    (``$SCAN_CORPUS/bib/large/bbt_unabbreviate_on_import_1436-3.bib.gz``, read
    by our BibTeX reader and written out as CSL-JSON) formatted as a
    reference list in APA, each tool a fresh process writing plain text,
    medians of ``--runs`` interleaved runs. Goal: ours <= 1.0x pandoc. Then
    all 7,166 references with ours alone (pandoc takes about half an hour:
    ``--pandoc-all`` runs it too). Goal: <= 8x our 1,000-reference time.

Run: ``.venv/bin/python bench/bench_formatting.py [--runs N] [--accuracy] [--speed]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = Path(os.environ.get("SCAN_CORPUS", ROOT.parent / "shared" / "corpus"))
BBT = CORPUS / "bib" / "large" / "bbt_unabbreviate_on_import_1436-3.bib.gz"


# --- (a) accuracy ---------------------------------------------------------------------


def bench_accuracy() -> None:
    from tests.apa_dev_set import load_cases, run, score

    results = run(load_cases())
    print(f"(a) APA development set: {len(results)} references, normalised-string match")
    halves = {"all": results, "tune": [r for r in results if r["split"] == "tune"],
              "holdout": [r for r in results if r["split"] == "holdout"]}
    figures = {name: score(rs) for name, rs in halves.items()}
    kinds = [k for k in figures["all"] if k != "overall"]
    print(f"    {'kind':<14} {'all':>9} {'tune':>9} {'holdout':>9}")
    for kind in ["overall", *kinds]:
        cells = []
        for name in halves:
            m, t = figures[name].get(kind, (0, 0))
            cells.append(f"{m}/{t}" if t else "-")
        m, t = figures["all"][kind]
        print(f"    {kind:<14} {cells[0]:>9} {cells[1]:>9} {cells[2]:>9}   {m / t:.0%}")
    for r in results:
        if not r["ok"]:
            print(f"    not matched: {r['id']}\n      got: {r['got']}\n      exp: {r['expected']}")
    bench_review2()


def bench_review2() -> None:
    from tests.apa_dev_set import score
    from tests.apa_review2_set import load_cases, run

    results = run(load_cases())
    print(f"(a2) APA review set 2: {len(results)} references through scan import and export")
    halves = {"all": results, "tune": [r for r in results if r["split"] == "tune"],
              "measure": [r for r in results if r["split"] == "measure"]}
    figures = {name: score(rs) for name, rs in halves.items()}
    print(f"    {'kind':<14} {'all':>9} {'tune':>9} {'measure':>9}")
    for kind in ["overall", *[k for k in figures["all"] if k != "overall"]]:
        cells = [(lambda m, t: f"{m}/{t}" if t else "-")(*figures[name].get(kind, (0, 0))) for name in halves]
        m, t = figures["all"][kind]
        print(f"    {kind:<14} {cells[0]:>9} {cells[1]:>9} {cells[2]:>9}   {m / t:.0%}")
    for r in results:
        if not r["ok"]:
            print(f"    not matched: {r['id']} ({r['style']})\n      got: {r['got']}\n      exp: {r['expected']}")


# --- (b) speed -------------------------------------------------------------------------


def _items() -> list[dict]:
    from refs.formats import parse_bibtex

    text = gzip.decompress(BBT.read_bytes()).decode("utf-8")
    items, _ = parse_bibtex(text, str(BBT))
    return items


def _pandoc() -> str | None:
    try:
        import pypandoc

        return pypandoc.get_pandoc_path()
    except Exception:
        return None


def _timed(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process and everything it waited for)."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(cmd, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _ours(csl_json: Path, style: Path, out: Path) -> tuple[float, float]:
    return _timed([sys.executable, __file__, "--run-ours", str(csl_json), str(style), str(out)])


def _theirs(pandoc: str, csl_json: Path, style: Path, out: Path, doc: Path) -> tuple[float, float]:
    return _timed([pandoc, str(doc), "--citeproc", "--bibliography", str(csl_json), "--csl", str(style),
                   "-t", "plain", "--wrap=none", "-o", str(out)])


def run_ours(csl_json: str, style: str, out: str) -> None:
    """What the user runs, as a process: read CSL-JSON, write the list."""
    from refs.formatting import Formatter

    items = json.loads(Path(csl_json).read_text(encoding="utf-8"))
    with open(out, "w", encoding="utf-8") as f:
        for chunk in Formatter(items, style).iter_bibliography("text"):
            f.write(chunk)


def bench_speed(runs: int, pandoc_all: bool) -> None:
    from refs.formatting import style_path

    if not BBT.is_file():
        print(f"(b) skipped: {BBT} not found (set SCAN_CORPUS)")
        return
    pandoc = _pandoc()
    style = style_path("apa")
    items = _items()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        doc = tmp / "refs.md"
        doc.write_text('---\nnocite: "[@*]"\n---\n', encoding="utf-8")
        files = {}
        for n in (1000, len(items)):
            files[n] = tmp / f"refs{n}.json"
            files[n].write_text(json.dumps(items[:n]), encoding="utf-8")
        ours, theirs, whole = [], [], []
        for _ in range(runs):  # interleaved, so that a busy moment hits every tool alike
            ours.append(_ours(files[1000], style, tmp / "ours.txt"))
            if pandoc:
                theirs.append(_theirs(pandoc, files[1000], style, tmp / "pandoc.txt", doc))
            whole.append(_ours(files[len(items)], style, tmp / "ours_all.txt"))
        med = {name: (statistics.median(w for w, _ in runs_), statistics.median(c for _, c in runs_))
               for name, runs_ in (("ours", ours), ("theirs", theirs), ("whole", whole)) if runs_}
        print(f"(b) speed: APA reference list, {style.name} ({style}), medians of {runs} interleaved runs "
              "(wall seconds; CPU seconds in brackets, workers included)")
        wall, cpu = med["ours"]
        print(f"    1,000 references: scan {wall:.2f} s [{cpu:.2f}]", end="")
        if theirs:
            p_wall, p_cpu = med["theirs"]
            print(f", pandoc {p_wall:.2f} s [{p_cpu:.2f}]: {wall / p_wall:.2f}x pandoc (goal <= 1.0x)")
            agree = _agreement(tmp / "ours.txt", tmp / "pandoc.txt")
            print(f"    entries identical to pandoc's (after normalising typography): {agree} "
                  "(scan writes APA sentence case; pandoc prints titles as stored)")
        else:
            print("; pandoc not found (pip install pypandoc-binary), no comparison")
        w_wall, w_cpu = med["whole"]
        print(f"    {len(items):,} references: scan {w_wall:.2f} s [{w_cpu:.2f}] = {w_wall / wall:.2f}x its 1,000 "
              f"time [{w_cpu / cpu:.2f}x] (goal <= 8x; {len(items) / 1000:.2f}x the references)")
        if pandoc and pandoc_all:
            print(f"    {len(items):,} references: pandoc "
                  f"{_theirs(pandoc, files[len(items)], style, tmp / 'pandoc_all.txt', doc)[0]:.1f} s")


def _agreement(ours: Path, theirs: Path) -> str:
    from tests.apa_dev_set import normalise

    mine = [normalise(line) for line in ours.read_text(encoding="utf-8").splitlines() if line.strip()]
    other = {normalise(line) for line in theirs.read_text(encoding="utf-8").splitlines() if line.strip()}
    same = sum(1 for line in mine if line in other)
    return f"{same}/{len(mine)}"


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--run-ours":
        run_ours(*sys.argv[2:])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3, help="interleaved runs per tool (median reported)")
    ap.add_argument("--accuracy", action="store_true", help="only (a)")
    ap.add_argument("--speed", action="store_true", help="only (b)")
    ap.add_argument("--pandoc-all", action="store_true", help="also time pandoc on all 7,166 references (~30 min)")
    args = ap.parse_args()
    if not args.speed:
        bench_accuracy()
    if not args.accuracy:
        bench_speed(args.runs, args.pandoc_all)


if __name__ == "__main__":
    main()
