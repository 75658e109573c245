"""Link-check benchmark: `scan check-links` against its own bound, and side by
side with LinkChecker (PyPI `linkchecker`, the `linkchecker` command) in one run.

All servers are real HTTP servers on loopback (127.0.0.2 ... 127.0.0.21, one
host each), every answer 250 ms late, so the figures measure scheduling, not
the machine.

1. Politeness bound: 400 URLs, 20 per host, per-host limit 2. Ideal wall time
   = the busiest host's requests x 250 ms / 2 (requests counted on the server;
   the figure with the URL count, 20, is printed too). Goal: wall / ideal <= 1.3. Measured in-process
   (``refs.linkcheck.check_links``) with ``concurrency`` 40, so that the
   per-host limit is what binds (20 hosts x 2); the default 32 is printed too.
2. Side by side: the same hosts with a mix of truth cases (ok, 404, 410, 301,
   302, HEAD 405, 403 for non-browser agents, a deep link redirected to the
   home page, 429 forever, a refused port, a site answering 200 "not found"),
   each tool run as a whole process on the same URLs with its defaults
   (scan: ``--allow-private``, an availability API on loopback; LinkChecker:
   ``--stdin -r 0 --no-robots -v -o csv``, 10 threads; and again with
   ``--threads 32``). Figures: our wall time over theirs (goal <= 0.5) and
   each tool's verdicts against the truth (goal: every one of ours right).
   LinkChecker's results are mapped generously: invalid 404/410/refused ->
   dead, invalid 401/403/429 -> blocked, valid with "Rate limited" -> blocked,
   valid after a 301/308 -> redirected, other valid -> ok.

Run: `make bench` or `.venv/bin/python bench/bench_linkcheck.py`.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from refs.http import NetPolicy, make_session  # noqa: E402
from refs.library import Workspace, add_items  # noqa: E402
from refs.linkcheck import CheckSettings, Link, check_links  # noqa: E402
from tests.servers import Page, Request, Web  # noqa: E402

DELAY = 0.25
HOSTS = [f"127.0.0.{i}" for i in range(2, 22)]
LINKCHECKER = shutil.which("linkchecker", path=str(Path(sys.executable).parent)) or shutil.which("linkchecker")


class Routes(dict):
    """Routes whose unknown paths answer ``fallback`` (a late 404 by default)."""

    def __init__(self, fallback: Page):
        super().__init__()
        self.fallback = fallback

    def get(self, key, default=None):
        return super().get(key) or super().get(key.split("?")[0]) or self.fallback


def make_web(host: str, fallback: Page | None = None) -> Web:
    web = Web(host)
    web.routes = Routes(fallback or Page(b"not found", status=404, delay=DELAY))
    web._server.handle_error = lambda *a: None  # clients closing early are not news
    return web


def late(body: bytes = b"<html><head><title>A page</title></head></html>", **kw) -> Page:
    return Page(body, delay=DELAY, **kw)


def html(title: str) -> bytes:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>".encode()


def free_port(host: str) -> int:
    s = socket.socket()
    s.bind((host, 0))
    port = s.getsockname()[1]
    s.close()
    return port


# --- 1. the per-host bound ----------------------------------------------------------------


def bench_bound() -> None:
    webs = [make_web(h) for h in HOSTS]
    urls = []
    for web in webs:
        for i in range(20):
            web.route(f"/p{i}", late(html(f"Page {i}")))
            urls.append(web.url(f"/p{i}"))
        web.start()
    try:
        for concurrency in (40, 32):
            for web in webs:
                web.log.clear()
            settings = CheckSettings(per_host=2, concurrency=concurrency, archive_api=None)
            session = make_session(NetPolicy(allow_private=True), user_agent=settings.user_agent, pool_size=64)
            start = time.perf_counter()
            results = check_links([Link(f"k{i}", u) for i, u in enumerate(urls)], session, settings)
            wall = time.perf_counter() - start
            assert all(r.verdict == "ok" for r in results), Counter(r.verdict for r in results)
            busiest = max(len(w.log) for w in webs)
            ideal = busiest * DELAY / 2
            print(f"[1] 400 URLs / 20 hosts, per-host 2, concurrency {concurrency}: wall {wall:.2f} s; "
                  f"busiest host {busiest} requests -> ideal {ideal:.2f} s; ratio {wall / ideal:.2f} "
                  f"(against 20 URLs x 250 ms / 2 = 2.50 s: {wall / 2.5:.2f})"
                  + ("  goal <= 1.3" if concurrency == 40 else "  (default concurrency)"))
    finally:
        for web in webs:
            web.stop()


# --- 2. side by side with LinkChecker -------------------------------------------------------


def build_cases() -> tuple[list[Web], list[tuple[str, str]], Web]:
    """The servers, and (url, truth) pairs."""
    webs = [make_web(h) for h in HOSTS]
    cases: list[tuple[str, str]] = []

    def browsers_only(req: Request) -> Page:
        if req.headers.get("User-Agent", "").startswith("Mozilla/"):
            return late(html("Welcome"))
        return late(b"bots go away", status=403)

    for n, web in enumerate(webs):
        web.route("/", late(html("Home")))
        for i in range(12):
            web.route(f"/ok{i}", late(html(f"Article {i}")))
            cases.append((web.url(f"/ok{i}"), "ok"))
        web.route("/target", late(html("Moved here")))
        web.route("/moved", late(status=301, headers={"Location": "/target"}))
        web.route("/temp", late(status=302, headers={"Location": "/target"}))
        web.route("/gone", late(b"gone", status=410))
        web.route("/no-head", lambda req: late(status=405) if req.method == "HEAD" else late(html("GET only")))
        web.route("/browsers-only", browsers_only)
        web.route("/old/deep/post", late(status=301, headers={"Location": "/"}))
        web.route("/throttled", late(status=429, headers={"Retry-After": "1"}))
        cases += [(web.url("/missing"), "dead"), (web.url("/gone"), "dead"), (web.url("/moved"), "redirected"),
                  (web.url("/temp"), "ok"), (web.url("/no-head"), "ok"), (web.url("/browsers-only"), "ok"),
                  (web.url("/old/deep/post"), "dead")]
        if n % 2 == 0:
            cases.append((web.url("/throttled"), "blocked"))
        else:
            cases.append((f"http://{web.host}:{free_port(web.host)}/refused", "dead"))
    # A site that answers 200 "not found" for every unknown path.
    soft = make_web("127.0.0.22", fallback=late(html("Sorry, page not found")))
    webs.append(soft)
    for i in range(3):
        soft.route(f"/real{i}", late(html(f"Real article {i}")))
        cases.append((soft.url(f"/real{i}"), "ok"))
    cases += [(soft.url("/deleted-1"), "dead"), (soft.url("/deleted-2"), "dead")]
    archive = make_web("127.0.0.23")
    archive.route("/wayback/available", lambda req: Page(json.dumps({"archived_snapshots": {"closest": {
        "available": True, "status": "200", "timestamp": "20200101000000",
        "url": "http://archive.test/web/20200101000000/x"}}}).encode(), content_type="application/json"))
    for web in webs + [archive]:
        web.start()
    return webs + [archive], cases, archive


def run_scan(cases, archive: Web, tmp: Path) -> tuple[float, dict[str, str]]:
    ws = Workspace(tmp / "library.bib", tmp / "db")
    add_items(ws, [{"id": f"ref{i:03d}", "type": "webpage", "title": f"Reference {i}", "URL": url}
                   for i, (url, _) in enumerate(cases)], force=True)
    cmd = [sys.executable, "-m", "scan", "check-links", "--json", "--allow-private",
           "--archive-api", archive.url("/wayback/available")]
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"scan check-links failed ({done.returncode}): {done.stderr[-2000:]}")
    rows = json.loads(done.stdout)
    dead_without_archive = [r["url"] for r in rows if r["verdict"] == "dead" and not r["archived_url"]]
    assert not dead_without_archive, dead_without_archive
    return wall, {r["url"]: r["verdict"] for r in rows}


def run_linkchecker(cases, threads: int | None) -> tuple[float, dict[str, str]]:
    cmd = [LINKCHECKER, "--stdin", "-r", "0", "--no-robots", "--no-status", "-v", "-o", "csv"]
    if threads:
        cmd += ["--threads", str(threads)]
    start = time.perf_counter()
    done = subprocess.run(cmd, input="\n".join(u for u, _ in cases) + "\n", capture_output=True, text=True)
    wall = time.perf_counter() - start
    lines = [line for line in done.stdout.splitlines() if line and not line.startswith("#")]
    verdicts = {}
    for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";"):
        verdicts[row["urlname"]] = linkchecker_verdict(row)
    return wall, verdicts


def linkchecker_verdict(row: dict) -> str:
    result, warning = row.get("result") or "", row.get("warningstring") or ""
    if row.get("valid") == "False":
        if result[:3] in ("404", "410") or "refused" in result.lower() or "resolve" in result.lower():
            return "dead"
        if result[:3] in ("401", "403", "429"):
            return "blocked"
        return "error"
    if "Rate limited" in warning:
        return "blocked"
    if "status: 301" in warning or "status: 308" in warning:
        return "redirected"
    return "ok"


def score(name: str, wall: float, verdicts: dict[str, str], cases) -> None:
    wrong = [(u, truth, verdicts.get(u, "missing")) for u, truth in cases if verdicts.get(u) != truth]
    print(f"    {name:<28} {wall:6.2f} s   right {len(cases) - len(wrong)}/{len(cases)}")
    for (truth, got), n in sorted(Counter((t, g) for _, t, g in wrong).items()):
        print(f"        truth {truth:<10} said {got:<10} x{n}")


def bench_side_by_side() -> None:
    if not LINKCHECKER:
        print("[2] skipped: the `linkchecker` command is not installed (pip install '.[bench]')")
        return
    webs, cases, archive = build_cases()
    truth = Counter(t for _, t in cases)
    print(f"[2] {len(cases)} URLs over {len(webs) - 1} hosts, answers 250 ms late; truth: "
          + ", ".join(f"{n} {t}" for t, n in truth.most_common()))
    tmp = Path(tempfile.mkdtemp(prefix="bench-linkcheck-"))
    try:
        ours, our_verdicts = run_scan(cases, archive, tmp)
        theirs, their_verdicts = run_linkchecker(cases, None)
        theirs32, their_verdicts32 = run_linkchecker(cases, 32)
    finally:
        for web in webs:
            web.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    score("scan check-links", ours, our_verdicts, cases)
    score("linkchecker (10 threads)", theirs, their_verdicts, cases)
    score("linkchecker --threads 32", theirs32, their_verdicts32, cases)
    print(f"    time ratio scan/linkchecker: {ours / theirs:.2f} (goal <= 0.5); "
          f"against --threads 32: {ours / theirs32:.2f}")


if __name__ == "__main__":
    os.environ.pop("SCAN_BIB", None)
    os.environ.pop("SCAN_DB", None)
    bench_bound()
    bench_side_by_side()
