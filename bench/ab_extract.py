"""Page extraction time of two checkouts of scan side by side, with trafilatura's, in one run.

For a change meant to make ``scan.extract.analyse`` faster: both versions
are loaded in one process (each its own ``scan`` and ``refs`` packages), and every page of the corpus's
tune half is analysed by the old one, the new one and trafilatura's
``bare_extraction`` in turn, in an order that rotates from page to page,
``--passes`` times. Reported: each one's median ms per page (the median
over passes of each page's median), and each scan's ratio to trafilatura's
median, as ``bench_extract.py`` reports it::

    git worktree add /tmp/scan-main main
    .venv/bin/python bench/ab_extract.py /tmp/scan-main . [--passes 5] [--limit N]

Only the tune half: the held-out half is measured by ``bench_extract.py`` alone.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import logging
import os
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load(checkout: Path):
    """``analyse`` and ``Matcher(Topic.default())`` of the scan package (and the refs package it imports) in
    ``checkout``."""
    for name in [n for n in sys.modules if n.split(".")[0] in ("scan", "refs")]:
        del sys.modules[name]
    sys.path.insert(0, str(checkout))
    try:
        extract = importlib.import_module("scan.extract")
        keywords = importlib.import_module("scan.keywords")
    finally:
        sys.path.remove(str(checkout))
    for module in (extract, sys.modules["refs"]):
        if not Path(module.__file__).resolve().is_relative_to(checkout.resolve()):
            raise SystemExit(f"{module.__name__} was not loaded from {checkout}: {module.__file__}")
    return extract.analyse, keywords.Matcher(keywords.Topic.default())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("old", type=Path, help="checkout of the version to compare against (e.g. main)")
    ap.add_argument("new", type=Path, help="checkout of the changed version")
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from tests.corpus_split import half_of

    corpus = Path(os.environ.get("SCAN_CORPUS", ROOT.parent / "shared" / "corpus")) / "pages"
    if not (corpus / "manifest.jsonl").is_file():
        print(f"corpus absent: {corpus}", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in (corpus / "manifest.jsonl").open(encoding="utf-8")]
    rows = [r for r in rows if half_of(r["file"]) == "tune"]
    if args.limit:
        rows = rows[: args.limit]
    pages = [(gzip.decompress((corpus / r["file"]).read_bytes()), r.get("url") or "") for r in rows]
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    from trafilatura import bare_extraction

    old, old_m = load(args.old)
    new, new_m = load(args.new)

    def run_traf(data: bytes, url: str) -> None:
        try:
            bare_extraction(data, url=url or None, with_metadata=True)
        except Exception:
            pass

    runners = {"old": lambda d, u: old(d, u, matcher=old_m), "new": lambda d, u: new(d, u, matcher=new_m),
               "traf": run_traf}
    names = list(runners)
    times: dict[str, list[list[float]]] = {n: [[] for _ in pages] for n in names}
    for p in range(args.passes):
        for i, (data, url) in enumerate(pages):
            k = (i + p) % len(names)
            for n in names[k:] + names[:k]:
                t0 = time.perf_counter()
                runners[n](data, url)
                times[n][i].append(time.perf_counter() - t0)
    med = {n: 1000 * statistics.median(statistics.median(ts) for ts in times[n]) for n in names}
    print(f"{len(pages)} pages (tune half), {args.passes} passes, each page's median, then the median over pages")
    for n in names:
        ratio = "" if n == "traf" else f"   {med[n] / med['traf']:.2f}x trafilatura"
        print(f"{n:5} {med[n]:7.1f} ms{ratio}")
    print(f"new/old {med['new'] / med['old']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
