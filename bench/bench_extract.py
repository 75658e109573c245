"""Page metadata on real pages: scan.extract vs trafilatura, side by side (issues 4, 13).

Reads ``$SCAN_CORPUS/pages`` (default ``../shared/corpus``): ``manifest.jsonl``
and the gzipped pages, split in two fixed halves by a hash of the file name
(:mod:`tests.corpus_split`): extraction is tuned on ``tune``, and the figures
that count are those on ``held-out`` (the default), which nobody tunes on.
For each page with a truth value, a field scores 1 when the extractor's
value matches:

* title: equal after Unicode (NFKC), case and whitespace folding (``alt``
  values count too);
* authors: the set of family names (last word of each name), case-folded;
* date: the day, either ``date`` or ``date_original`` (and ``alt``); with
  ``--local-days``, for a ``published_utc`` truth (a UTC timestamp cut to its
  day) also the neighbouring day the same instant is somewhere in the world;
* site: equal after folding.

Both extractors get the same raw bytes and URL in the same run; time per
page is the median wall time of one call (ours: the whole ``analyse``, with
links, main text, citations and keyword counts; trafilatura:
``bare_extraction(..., with_metadata=True)``, content and metadata).

    .venv/bin/python bench/bench_extract.py [--half held-out|tune|all] [--limit N] [--only ours|traf]
                                            [--misses FIELD] [--local-days]

The goal (issue 13): on the held-out half, every field at least
trafilatura's + 0.03.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import sys
import time
import unicodedata
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scan.extract import analyse  # noqa: E402
from scan.keywords import Matcher, Topic  # noqa: E402
from tests.corpus_split import HALVES, half_of  # noqa: E402

FIELDS = ("title", "author", "date", "site")


def fold(s) -> str:
    if not s:
        return ""
    return " ".join(unicodedata.normalize("NFKC", str(s)).casefold().split())


def families(s) -> frozenset[str]:
    if not s:
        return frozenset()
    out = set()
    for name in str(s).split(";"):
        name = name.strip()
        if "," in name:          # "Barr, Jane"
            name = name.split(",")[0]
            words = name.split()
        else:
            words = name.split()
        if words:
            out.add(fold(words[-1]).strip(".,"))
    return frozenset(out)


def local_days(row: dict) -> list[str]:
    """For a ``published_utc`` truth (a UTC timestamp cut to its day, see the
    corpus README), the neighbouring day the same instant falls on somewhere
    between UTC-12 and UTC+14: the day before for a time before noon, the day
    after for one from 10:00."""
    from datetime import date, timedelta

    raw = str(row.get("date_raw") or "")
    if row.get("date_kind") != "published_utc" or len(raw) < 13 or not row.get("date"):
        return []
    try:
        day, hour = date.fromisoformat(row["date"][:10]), int(raw[11:13])
    except ValueError:
        return []
    out = []
    if hour < 12:
        out.append((day - timedelta(days=1)).isoformat())
    if hour >= 10:
        out.append((day + timedelta(days=1)).isoformat())
    return out


LOCAL_DAYS = False  # --local-days


def truths(row: dict, fld: str) -> list:
    alt = (row.get("alt") or {}).get({"site": "sitename"}.get(fld, fld)) or []
    if isinstance(alt, str):
        alt = [alt]
    if fld == "title":
        return [v for v in [row.get("title"), *alt] if v]
    if fld == "author":
        return [v for v in [row.get("author"), *alt] if v]
    if fld == "site":
        return [v for v in [row.get("sitename"), *alt] if v]
    if fld == "date":
        local = local_days(row) if LOCAL_DAYS else []
        return [v for v in [row.get("date"), row.get("date_original"), *alt, *local] if v]
    return []


def match(fld: str, got, want: list) -> bool:
    if not got:
        return False
    if fld == "author":
        g = families(got)
        return any(g == families(w) for w in want)
    if fld == "date":
        return any(str(got)[:10] == str(w)[:10] for w in want)
    return any(fold(got) == fold(w) for w in want)


def ours(data: bytes, url: str, matcher: Matcher) -> tuple[dict, float]:
    t0 = time.perf_counter()
    p = analyse(data, url or "", matcher=matcher).page
    dt = time.perf_counter() - t0
    authors = "; ".join(
        (f"{n.get('given', '')} {n['family']}".strip() if "family" in n else n.get("literal", ""))
        for n in p.authors)
    return {"title": p.title, "author": authors, "date": p.date, "site": p.site}, dt


def traf(data: bytes, url: str) -> tuple[dict, float]:
    from trafilatura import bare_extraction

    t0 = time.perf_counter()
    try:
        doc = bare_extraction(data, url=url or None, with_metadata=True)
    except Exception:
        doc = None
    dt = time.perf_counter() - t0
    if doc is None:
        return {}, dt
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    return {"title": get("title"), "author": get("author"), "date": get("date"), "site": get("sitename")}, dt


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", choices=(*HALVES, "all"), default="held-out",
                    help="the half of the corpus to measure (default: held-out, never tuned on)")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--only", choices=("ours", "traf"))
    ap.add_argument("--misses", choices=FIELDS, help="print our misses for one field")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--local-days", action="store_true",
                    help="also accept the local day of a published_utc truth (for both extractors)")
    args = ap.parse_args()
    corpus = Path(os.environ.get("SCAN_CORPUS", ROOT.parent / "shared" / "corpus")) / "pages"
    if not (corpus / "manifest.jsonl").is_file():
        print(f"corpus absent: {corpus}", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in (corpus / "manifest.jsonl").open(encoding="utf-8")]
    global LOCAL_DAYS
    LOCAL_DAYS = args.local_days
    if args.half != "all":
        rows = [r for r in rows if half_of(r["file"]) == args.half]
    if args.limit:
        rows = rows[: args.limit]
    matcher = Matcher(Topic.default())
    import logging
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    names = [n for n in ("ours", "traf") if args.only in (None, n)]
    score = {n: {f: [0, 0] for f in FIELDS} for n in names}
    times: dict[str, list[float]] = {n: [] for n in names}
    misses = []
    for row in rows:
        data = gzip.decompress((corpus / row["file"]).read_bytes())
        url = row.get("url") or ""
        results = {}
        if "ours" in names:
            results["ours"], dt = ours(data, url, matcher)
            times["ours"].append(dt)
        if "traf" in names:
            results["traf"], dt = traf(data, url)
            times["traf"].append(dt)
        for fld in FIELDS:
            want = truths(row, fld)
            if not want:
                continue
            for n in names:
                ok = match(fld, results[n].get(fld), want)
                score[n][fld][0] += ok
                score[n][fld][1] += 1
                if n == "ours" and args.misses == fld and not ok:
                    other = results.get("traf", {}).get(fld)
                    misses.append((row["file"], url, want, results[n].get(fld), other))
    report = {n: {**{f: (round(a / b, 3) if b else None) for f, (a, b) in score[n].items()},
                  "median_ms": round(1000 * statistics.median(times[n]), 1),
                  "mean_ms": round(1000 * statistics.fmean(times[n]), 1)} for n in names}
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{len(rows)} pages ({args.half} half); truth counts: "
              + ", ".join(f"{f} {score[names[0]][f][1]}" for f in FIELDS))
        print(f"{'':12}" + "".join(f"{f:>9}" for f in FIELDS) + f"{'median ms':>11}{'mean ms':>9}")
        for n in names:
            r = report[n]
            print(f"{n:12}" + "".join(f"{r[f]:>9.3f}" for f in FIELDS) + f"{r['median_ms']:>11}{r['mean_ms']:>9}")
        if len(names) == 2:
            print(f"{'ours - traf':12}" + "".join(f"{report['ours'][f] - report['traf'][f]:>+9.3f}" for f in FIELDS))
            print(f"time ratio ours/traf (median): {report['ours']['median_ms'] / report['traf']['median_ms']:.2f}")
    for m in misses:
        print("MISS", m[0], m[1][:80], "| want", m[2], "| got", repr(m[3])[:100], "| traf", repr(m[4])[:80])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
