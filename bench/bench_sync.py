"""Sync benchmark: `scan sync` against a bare bibtexparser parse, in one run.

On the BBT fixture `large/bbt_unabbreviate_on_import_1436-3.bib.gz` (7,166
entries) of the shared corpus, each figure is the median of several runs of a
whole process (interpreter and CLI start-up included), reported as a ratio to
a bare ``bibtexparser.parse_file`` of the same file in its own process:

- first sync into an empty db (goal <= 2.0x)
- a no-op sync (goal <= 0.3x)
- a sync after one hand-edited entry (goal <= 1.2x)

Then, on the 33,885-entry ACL concatenation: the first sync's time, and the
time until `scan refs list` prints its first line (goal <= 0.5 s).

Run: `make bench` or `.venv/bin/python bench/bench_sync.py [--runs N]`.
The corpus is found through SCAN_CORPUS (default ../shared/corpus).
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("SCAN_CORPUS", ROOT.parent / "shared" / "corpus"))
BBT = CORPUS / "bib" / "large" / "bbt_unabbreviate_on_import_1436-3.bib.gz"
ACL = CORPUS / "bib" / "large" / "acl_anthology_2019_all_venues_concat.bib.gz"
SCAN = [sys.executable, "-m", "scan"]


def timed(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed


def bare_parse(path: Path, cwd: Path) -> float:
    return timed([sys.executable, "-c", f"import bibtexparser; bibtexparser.parse_file({str(path)!r})"], cwd)


def fresh_workspace(root: Path, data: bytes, name: str) -> Path:
    ws = root / name
    if ws.exists():
        shutil.rmtree(ws)
    ws.mkdir()
    (ws / "library.bib").write_bytes(data)
    return ws


def edit_one_entry(bib: Path, n: int) -> None:
    text = bib.read_text(encoding="utf-8")
    marker = "title = {"
    pos = -1
    for _ in range(n + 1):
        pos = text.index(marker, pos + 1)
    pos += len(marker)
    bib.write_text(text[:pos] + f"Edited {n} " + text[pos:], encoding="utf-8")


def first_line_time(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.stdout.read()
    proc.wait()
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--skip-acl", action="store_true")
    args = ap.parse_args()
    if not BBT.exists():
        raise SystemExit(f"the corpus file {BBT} is absent; set SCAN_CORPUS")
    root = Path(tempfile.mkdtemp(prefix="scan-bench-"))
    try:
        data = gzip.decompress(BBT.read_bytes())
        plain = root / "bbt.bib"
        plain.write_bytes(data)
        bare, first, noop, edit = [], [], [], []
        for r in range(args.runs):
            bare.append(bare_parse(plain, root))
            ws = fresh_workspace(root, data, "ws")
            first.append(timed(SCAN + ["sync"], ws))
            noop.append(timed(SCAN + ["sync"], ws))
            edit_one_entry(ws / "library.bib", r * 97)
            edit.append(timed(SCAN + ["sync"], ws))
            assert b"Edited" in (ws / "db" / "refs.json").read_bytes()
        b = statistics.median(bare)
        print(f"BBT fixture, {BBT.name}: medians of {args.runs} runs (whole processes)")
        print(f"  bare bibtexparser.parse_file   {b:7.3f} s")
        for label, xs, goal in (("first sync into an empty db", first, 2.0), ("no-op sync", noop, 0.3),
                                ("sync after one hand edit", edit, 1.2)):
            m = statistics.median(xs)
            print(f"  {label:<30} {m:7.3f} s   {m / b:5.2f}x  (goal <= {goal}x) {'ok' if m / b <= goal else 'MISSED'}")
        if not args.skip_acl and ACL.exists():
            ws = fresh_workspace(root, gzip.decompress(ACL.read_bytes()), "acl")
            t = timed(SCAN + ["sync"], ws)
            n = len(__import__("json").loads((ws / "db" / "refs.json").read_text())["refs"])
            starts = [first_line_time(SCAN + ["refs", "list"], ws) for _ in range(args.runs)]
            print(f"ACL concatenation, {ACL.name}:")
            print(f"  first sync                     {t:7.3f} s   ({n} references in the db)")
            s = statistics.median(starts)
            print(f"  `scan refs list` first line    {s:7.3f} s   (goal <= 0.5 s) {'ok' if s <= 0.5 else 'MISSED'}")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
