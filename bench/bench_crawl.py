"""Crawl benchmarks (issue 3), each in one run:

1. Politeness: a 4-host loopback web of 32 pages, delay 0.3 s: wall time of
   the crawl / (the busiest host's requests x delay), requests counted on the
   servers' side (robots.txt included). Goal <= 1.15.
2. Throughput: a 2,000-page web over 8 loopback hosts built from the real
   pages of ../shared/corpus/pages (bench/webfarm.py), delay 0, the same
   concurrency for both, side by side with a Scrapy spider doing the same work
   (bench/scrapy_spider.py: same depth, follow links, take the title, count the
   keywords): our pages/s over Scrapy's (median of --runs). Goal >= 1.0.
3. Memory: peak memory (PSS, so that pages shared between the crawler and its
   forked workers count once) of the process and its children for a
   5,000-page crawl over that of a 500-page crawl, medians of --runs. Goal <= 2.

Run: `make bench` or `.venv/bin/python bench/bench_crawl.py [--runs 3] [--only 1,2,3]`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def politeness(runs: int) -> None:
    from refs.http import hosts_resolver
    from scan.crawl.engine import crawl
    from scan.crawl.settings import CrawlSettings
    from scan.crawl.state import CrawlState
    from tests.servers import Page, Web

    ratios = []
    for r in range(runs):
        webs = [Web(f"127.0.0.{n}", name=f"p{n}.bench") for n in (2, 3, 4, 5)]
        sizes = [12, 8, 7, 5]  # 32 pages; the busiest host has 12 (+ robots.txt)
        for i, (w, size) in enumerate(zip(webs, sizes)):
            nxt = webs[(i + 1) % 4]
            for n in range(size):
                links = [f'<a href="{w.url(f"/a{n + 1}")}">next</a>'] if n + 1 < size else []
                links.append(f'<a href="{nxt.url(f"/a{n}")}">other</a>')
                w.route(f"/a{n}", Page(f"<html><head><title>{n}</title></head><body><article><p>Mentoring on Twitter, "
                                       f"a mentor and a mentee. {' '.join(links)}</p></article></body></html>".encode()))
            w.route("/robots.txt", Page(b"User-agent: *\nDisallow:\n", content_type="text/plain"))
            w.start()
        tmp = Path(tempfile.mkdtemp())
        try:
            state = CrawlState(tmp / "db")
            state.start_new({})
            settings = CrawlSettings(delay=0.3, concurrency=8, depth=20, follow="all", allow_private=True)
            start = time.perf_counter()
            result = crawl(state, [webs[0].url("/a0")], settings,
                           resolve=hosts_resolver({w.name: w.host for w in webs}, fallback=None))
            wall = time.perf_counter() - start
        finally:
            for w in webs:
                w.stop()
            shutil.rmtree(tmp, ignore_errors=True)
        busiest = max(len(w.hits()) for w in webs)
        ideal = busiest * 0.3
        ratios.append(wall / ideal)
        print(f"  run {r + 1}: {len(result.pages)} pages, busiest host {busiest} requests, wall {wall:.2f} s, "
              f"ideal {ideal:.2f} s, ratio {wall / ideal:.3f}")
    m = statistics.median(ratios)
    print(f"1. politeness: median ratio {m:.3f} (goal <= 1.15) {'ok' if m <= 1.15 else 'MISSED'}")


class Farm:
    def __init__(self, pages: int, hosts: int = 8, first_ip: int = 10):
        self.proc = subprocess.Popen([sys.executable, str(ROOT / "bench" / "webfarm.py"), "--pages", str(pages),
                                      "--hosts", str(hosts), "--first-ip", str(first_ip)],
                                     stdout=subprocess.PIPE, text=True)
        self.info = json.loads(self.proc.stdout.readline())

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()


def _pss_kb(pid: int) -> int:
    """Proportional set size: memory shared between the crawler and its forked
    workers counts once, not once per process (plain RSS would count it twice)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (FileNotFoundError, PermissionError):
        pass
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def _peak_rss_kb(proc: subprocess.Popen) -> int:
    """Poll the memory (PSS) of ``proc`` and its descendants until it exits; the peak total."""
    peak = 0
    while proc.poll() is None:
        total = 0
        pids = [proc.pid]
        seen = set()
        while pids:
            pid = pids.pop()
            if pid in seen:
                continue
            seen.add(pid)
            try:
                total += _pss_kb(pid)
                with open(f"/proc/{pid}/task/{pid}/children") as f:
                    pids.extend(int(c) for c in f.read().split())
            except (FileNotFoundError, ProcessLookupError, ValueError):
                continue
        peak = max(peak, total)
        time.sleep(0.05)
    return peak


def run_scan(seed: str, pages: int, concurrency: int, measure_rss: bool = False) -> tuple[float, int, int]:
    tmp = Path(tempfile.mkdtemp())
    try:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "scan", "crawl", seed, "--depth", "30", "--follow", "all",
                                 "--delay", "0", "--concurrency", str(concurrency), "--max-pages", str(pages),
                                 "--allow-private", "--timeout", "30"],
                                cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        peak = _peak_rss_kb(proc) if measure_rss else 0
        _, errs = proc.communicate()
        wall = time.perf_counter() - start
        if proc.returncode != 0:
            raise SystemExit(f"scan crawl failed: {errs[-2000:]}")
        data = json.loads((tmp / "db" / "crawl.json").read_text())
        ok = sum(1 for p in data["pages"].values() if p.get("status") == 200)
        return wall, ok, peak
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run_scrapy(seed: str, pages: int, concurrency: int) -> tuple[float, int]:
    tmp = Path(tempfile.mkdtemp())
    try:
        out = tmp / "items.jl"
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "scrapy", "runspider", str(ROOT / "bench" / "scrapy_spider.py"),
                               "-a", f"seed={seed}", "-a", "depth=30", "-a", f"max_pages={pages}",
                               "-s", f"CONCURRENT_REQUESTS={concurrency}",
                               "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={concurrency}",
                               "-o", str(out)], cwd=tmp, capture_output=True, text=True)
        wall = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"scrapy failed: {done.stderr[-2000:]}")
        ok = sum(1 for _ in out.open()) if out.exists() else 0
        return wall, ok
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def throughput(runs: int, pages: int = 2000, concurrency: int = 16) -> None:
    farm = Farm(pages)
    try:
        ours, theirs = [], []
        for r in range(runs):
            wall, ok, _ = run_scan(farm.info["seed"], pages, concurrency)
            ours.append(ok / wall)
            swall, sok = run_scrapy(farm.info["seed"], pages, concurrency)
            theirs.append(sok / swall)
            print(f"  run {r + 1}: scan {ok} pages in {wall:.2f} s ({ok / wall:.1f}/s); "
                  f"scrapy {sok} pages in {swall:.2f} s ({sok / swall:.1f}/s)")
    finally:
        farm.close()
    a, b = statistics.median(ours), statistics.median(theirs)
    # Both tools share the machine with the web server; a run's own ratio is steadier than medians apart.
    paired = statistics.median(x / y for x, y in zip(ours, theirs))
    print(f"2. throughput: scan {a:.1f} pages/s, Scrapy {b:.1f} pages/s, ratio {a / b:.2f}; median of the "
          f"runs' own ratios {paired:.2f} (goal >= 1.0) {'ok' if paired >= 1.0 else 'MISSED'}")


def memory(runs: int) -> None:
    farm = Farm(5000)
    smalls, bigs = [], []
    try:
        for r in range(runs):
            _, ok_small, small = run_scan(farm.info["seed"], 500, 16, measure_rss=True)
            _, ok_big, big = run_scan(farm.info["seed"], 5000, 16, measure_rss=True)
            smalls.append(small)
            bigs.append(big)
            print(f"  run {r + 1}: {small / 1024:.0f} MB for {ok_small} pages, {big / 1024:.0f} MB for {ok_big} pages")
    finally:
        farm.close()
    small, big = statistics.median(smalls), statistics.median(bigs)
    print(f"3. memory: peak PSS (crawler + workers) {small / 1024:.0f} MB for 500 pages, {big / 1024:.0f} MB for "
          f"5,000 pages: ratio {big / small:.2f} (goal <= 2) {'ok' if big / small <= 2 else 'MISSED'}")


def main() -> None:
    ap = argparse.ArgumentParser(description="crawl benchmarks")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", default="1,2,3")
    args = ap.parse_args()
    only = set(args.only.split(","))
    if "1" in only:
        politeness(args.runs)
    if "2" in only:
        throughput(args.runs)
    if "3" in only:
        memory(args.runs)


if __name__ == "__main__":
    main()
