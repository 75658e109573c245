"""`scan crawl` as a user runs it, against hostile input and hostile servers:
bad options and seeds never touch the previous scan, kept scans come back,
trickling servers and huge Crawl-delays never hang it, and it says why it
stopped. Messages and exit codes are pinned."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run_scan
from tests.servers import Page, Web
from tests.test_crawl import MENTOR, html


@pytest.fixture
def site():
    a = Web("127.0.0.2", name="a.test")
    b = Web("127.0.0.3", name="b.test")
    for w in (a, b):
        w.route("/robots.txt", Page(b"User-agent: *\nAllow: /\n", content_type="text/plain"))
    a.route("/", Page(html("Seed on mentoring", ["/one", "/missing"])))
    a.route("/one", Page(html("One", ["/two"], body="<p>Bread and soup recipes.</p>")))
    a.route("/two", Page(html("Two")))
    b.route("/", Page(html("Another seed on mentoring")))
    with a, b:
        yield a, b


def scan(tmp_path: Path, *args: str, webs=(), env=None, timeout: float = 120) -> subprocess.CompletedProcess:
    hosts = ",".join(f"{w.name}={w.host}" for w in webs)
    return run_scan(*args, cwd=tmp_path, env={"SCAN_HOSTS": hosts, "SCAN_HOSTS_ONLY": "1", **(env or {})},
                    timeout=timeout)


def snapshot(db: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(db.iterdir()) if p.name != ".lock"} if db.exists() else {}


def free_port(host: str) -> int:
    s = socket.socket()
    s.bind((host, 0))
    port = s.getsockname()[1]
    s.close()
    return port


BAD = [
    (["--timeout", "0"], "--timeout: 0 is out of range; give 0.1 or more, at most 3600"),
    (["--timeout", "-1"], "--timeout: -1 is out of range"),
    (["--max-pages", "0"], "--max-pages: 0 is out of range; give 1 or more"),
    (["--max-pages", "-1"], "--max-pages: -1 is out of range"),
    (["--concurrency", "0"], "--concurrency: 0 is out of range; give 1 or more"),
    (["--concurrency", "-3"], "--concurrency: -3 is out of range"),
    (["--delay", "inf"], "--delay: inf is not a number of seconds we can use"),
    (["--delay", "nan"], "--delay: nan is not a number of seconds we can use"),
    (["--delay", "-5"], "--delay: -5 is out of range; give 0 or more"),
    (["--depth", "-1"], "--depth: -1 is out of range; give 0 or more, at most 1000"),
    (["--depth", "99999999999999999999"], "--depth: 99999999999999999999 is out of range"),
    (["--max-bytes", "-1"], "--max-bytes: -1 is out of range"),
    (["--min-score", "nan"], "--min-score: nan is not a score we can use"),
    (["--keywords", ",,,"], "--keywords: no keyword in ',,,'"),
    (["--follow", "some"], "--follow: takes 'relevant' or 'all', not 'some'"),
    (["--user-agent", "a\r\nX-Evil: 1"], "--user-agent: a User-Agent is one line of printable characters"),
]
BAD_SEEDS = [
    ("not a url", "seed 'not a url': not an http(s) URL"),
    ("", "seed '': not an http(s) URL"),
    ("http://", "seed 'http://': no host name in it"),
    ("http://a.test:99999/", "seed 'http://a.test:99999/': not a valid URL (Port out of range 0-65535)"),
    ("http://[::1", "seed 'http://[::1': not a valid URL (Invalid IPv6 URL)"),
    ("ftp://a.test/x", "seed 'ftp://a.test/x': not an http(s) URL"),
]


def test_bad_options_and_seeds_exit_2_and_leave_the_previous_scan_as_it_was(tmp_path, site):
    a, _ = site
    first = scan(tmp_path, "crawl", a.url("/"), "--depth", "0", "--delay", "0", webs=site)
    assert first.returncode == 0, first.stderr
    before = snapshot(tmp_path / "db")
    hits = len(a.log)
    for args, message in BAD:
        r = scan(tmp_path, "crawl", a.url("/"), *args, webs=site)
        assert r.returncode == 2, (args, r.stderr)
        assert r.stderr.startswith(f"scan: error: {message}"), (args, r.stderr)
    for seed, message in BAD_SEEDS:
        r = scan(tmp_path, "crawl", seed, webs=site)
        assert r.returncode == 2, (seed, r.stderr)
        assert r.stderr.startswith(f"scan: error: {message}"), (seed, r.stderr)
    assert snapshot(tmp_path / "db") == before and len(a.log) == hits
    pages = json.loads(scan(tmp_path, "pages", "--json").stdout)
    assert [p["url"] for p in pages] == [a.url("/")]


def test_options_from_scan_toml_are_checked_and_named(tmp_path, site):
    a, _ = site
    (tmp_path / "scan.toml").write_text("[crawl]\ndelay = -1\n")
    r = scan(tmp_path, "crawl", a.url("/"), webs=site)
    assert r.returncode == 2
    assert r.stderr == f"scan: error: {tmp_path / 'scan.toml'} [crawl] delay: -1 is out of range; give 0 or more, at most 3600\n"
    (tmp_path / "scan.toml").write_text("[crawl]\ndelya = 1\n")
    r = scan(tmp_path, "crawl", a.url("/"), webs=site)
    assert r.returncode == 2 and "[crawl] delya: unknown setting; did you mean 'delay'?" in r.stderr
    (tmp_path / "scan.toml").write_text('keyword = ["mentor"]\n')
    r = scan(tmp_path, "crawl", a.url("/"), webs=site)
    assert r.returncode == 2 and "scan.toml keyword: unknown key; did you mean 'keywords'?" in r.stderr
    assert not (tmp_path / "db").exists()


def test_seeds_that_cannot_be_fetched_exit_2_and_keep_the_previous_scan(tmp_path, site):
    a, _ = site
    assert scan(tmp_path, "crawl", a.url("/"), "--depth", "0", "--delay", "0", webs=site).returncode == 0
    before = snapshot(tmp_path / "db")
    closed = f"http://127.0.0.9:{free_port('127.0.0.9')}/"
    for seed in (closed, "http://nowhere.test/"):
        r = scan(tmp_path, "crawl", seed, webs=site)
        assert r.returncode == 2, r.stderr
        assert r.stderr.startswith(f"scan: error: no seed could be fetched ({seed}: "), r.stderr
        assert "the previous scan, if any, is as it was" in r.stderr
    assert snapshot(tmp_path / "db") == before
    assert not list((tmp_path / "db").glob("crawl-*.json"))


def test_a_new_scan_keeps_the_old_one_which_comes_back_with_restore(tmp_path, site):
    a, b = site
    assert scan(tmp_path, "crawl", a.url("/"), "--depth", "0", "--delay", "0", webs=site).returncode == 0
    r = scan(tmp_path, "crawl", b.url("/"), "--depth", "0", "--delay", "0", webs=site)
    assert r.returncode == 0, r.stderr
    [kept] = list((tmp_path / "db").glob("crawl-*.json"))
    assert f"The previous scan was kept as {Path('db') / kept.name} (`scan crawl --restore` takes it back)." \
        in r.stderr
    listed = json.loads(scan(tmp_path, "scans", "--json").stdout)
    assert [(Path(k["file"]).name, k["pages"], k["seeds"]) for k in listed] == [(kept.name, 1, [a.url("/")])]
    r = scan(tmp_path, "crawl", "--restore", kept.name)
    assert r.returncode == 0, r.stderr
    assert r.stderr.startswith(f"Restored the scan of 1 pages from {Path('db') / kept.name}. "
                               "The scan it replaced was kept as ")
    assert [p["url"] for p in json.loads(scan(tmp_path, "pages", "--json").stdout)] == [a.url("/")]
    [now_kept] = json.loads(scan(tmp_path, "scans", "--json").stdout)
    assert now_kept["seeds"] == [b.url("/")]
    r = scan(tmp_path, "crawl", "--restore", "crawl-nope.json")
    assert r.returncode == 2 and "no such kept scan" in r.stderr
    r = scan(tmp_path, "crawl", "--restore", "db/crawl.json")
    assert r.returncode == 2 and "that is the current scan" in r.stderr
    assert [p["url"] for p in json.loads(scan(tmp_path, "pages", "--json").stdout)] == [a.url("/")]


def test_resume_keeps_its_depth_and_rules_but_takes_more_pages(tmp_path, site):
    a, _ = site
    r = scan(tmp_path, "crawl", a.url("/"), "--delay", "0", "--max-pages", "1", "--follow", "all", webs=site)
    assert r.returncode == 0, r.stderr
    assert "Stopped: it reached --max-pages 1 with 2 links still waiting" in r.stderr
    for args, message in ((["--depth", "1"], "--depth: a resumed scan keeps its depth (2); start a new scan"),
                          (["--follow", "relevant"], "--follow: a resumed scan keeps its follow (all)"),
                          (["--keywords", "bread"], "--keywords: a resumed scan keeps its keywords"),
                          ([a.url("/")], "seed: --resume continues the scan's own seeds")):
        r = scan(tmp_path, "crawl", "--resume", *args, webs=site)
        assert r.returncode == 2 and r.stderr.startswith(f"scan: error: {message}"), (args, r.stderr)
    r = scan(tmp_path, "crawl", "--resume", "--max-pages", "10", "--depth", "2", webs=site)
    assert r.returncode == 0, r.stderr
    assert len(json.loads(scan(tmp_path, "pages", "--json").stdout)) == 4


def test_the_end_of_a_crawl_says_why_it_stopped_and_counts_errors_by_cause(tmp_path, site):
    a, _ = site
    r = scan(tmp_path, "crawl", a.url("/"), "--depth", "3", "--delay", "0", webs=site)
    assert r.returncode == 0, r.stderr
    # /one is off topic: its link to /two is not followed; /missing is a 404.
    assert "3 pages scanned; 1 failed: 1 × HTTP 404." in r.stderr
    assert ("Stopped: depth 3 was asked, depth 1 reached: the 1 page at depth 1 that answered scored below "
            "--min-score 20 (topical), so its links were not followed") in r.stderr
    assert not a.hits("/two")


def test_pages_shows_errors_in_full(tmp_path, site):
    a, _ = site
    a.route("/", Page(html("Seed on mentoring", ["http://127.0.0.1:9/private-thing"])))
    assert scan(tmp_path, "crawl", a.url("/"), "--depth", "1", "--delay", "0", webs=site).returncode == 0
    r = scan(tmp_path, "pages")
    assert "(use --allow-private to allow it)" in r.stdout


def test_a_huge_crawl_delay_is_capped_and_said(tmp_path, site):
    a, _ = site
    a.route("/robots.txt", Page(b"User-agent: *\nCrawl-delay: 100000\n", content_type="text/plain"))
    (tmp_path / "scan.toml").write_text("[crawl]\nmax_crawl_delay = 0.3\n")
    r = scan(tmp_path, "crawl", a.url("/"), "--depth", "1", "--delay", "0", "--follow", "all", webs=site)
    assert r.returncode == 0, r.stderr
    assert (f"note: {a.name}:{a.port}: robots.txt asks for 100000 s between requests (Crawl-delay); "
            "waiting 0.3 s instead") in r.stderr
    hits = sorted((h for h in a.hits() if h.path != "/robots.txt"), key=lambda h: h.start)
    assert len(hits) == 3
    assert all(y.start - x.end >= 0.29 for x, y in zip(hits, hits[1:]))


def test_crawl_delay_that_is_not_a_number_is_ignored():
    from scan.crawl.robots import Robots

    for value in ("inf", "nan", "-5", "soon"):
        assert Robots.parse(f"User-agent: *\nCrawl-delay: {value}\n").crawl_delay("scan") in (None, 0.0)
    assert Robots.parse("User-agent: *\nCrawl-delay: 100000\n").crawl_delay("scan") == 100000.0


def test_a_trickling_page_ends_in_a_timeout_not_a_hang(tmp_path, site):
    a, _ = site
    a.route("/", Page(html("Seed on mentoring", ["/trickle"])))
    a.route("/trickle", Page(b"<html>" + b"x" * 10_000 + b"</html>", trickle=0.1))
    r = scan(tmp_path, "crawl", a.url("/"), "--depth", "1", "--delay", "0", "--timeout", "0.5", webs=site)
    assert r.returncode == 0, r.stderr
    pages = {p["url"]: p for p in json.loads(scan(tmp_path, "pages", "--json").stdout)}
    assert pages[a.url("/trickle")]["error"] == "no complete answer within 1.5 s"
    assert "1 × timed out" in r.stderr


def test_cite_a_trickling_page_fails_that_target_only(tmp_path, site):
    a, _ = site
    a.route("/trickle", Page(b"<html>" + b"x" * 10_000 + b"</html>", trickle=0.1))
    (tmp_path / "scan.toml").write_text("[crawl]\ntimeout = 0.5\ndelay = 0\n")
    r = scan(tmp_path, "cite", a.url("/trickle"), a.url("/"), webs=site)
    assert r.returncode == 2
    assert f"scan: cannot cite {a.url('/trickle')}: no complete answer within 1.5 s" in r.stderr
    assert "scan: error: 1 of 2 targets could not be cited" in r.stderr
    assert "Seed on mentoring" in r.stdout


def test_check_links_on_a_trickling_page_is_a_timeout(tmp_path, site):
    a, _ = site
    a.route("/trickle", Page(b"<html>" + b"x" * 10_000 + b"</html>", trickle=0.1))
    scan(tmp_path, "refs", "add", "--key", "t", "--title", "T", "--url", a.url("/trickle"))
    r = scan(tmp_path, "check-links", "--json", "--timeout", "0.5", "--archive-api", "", "--allow-private",
             webs=site)
    assert r.returncode == 0, r.stderr
    [row] = json.loads(r.stdout)
    assert row["verdict"] == "timeout" and row["detail"] == "no complete answer within 1 s; tried twice"


def test_sigterm_stops_cleanly_and_resume_continues(tmp_path, site):
    a, _ = site
    a.route("/", Page(html("Seed on mentoring", [f"/slow{n}" for n in range(5)])))
    for n in range(5):
        a.route(f"/slow{n}", Page(html(f"Slow {n}"), delay=0.3))
    env = {**os.environ, "SCAN_HOSTS": f"{a.name}={a.host}", "SCAN_HOSTS_ONLY": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "scan", "crawl", a.url("/"), "--delay", "0.2", "--json",
                             "--follow", "all"], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline()  # the seed is stored
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.startswith("Interrupted: ") and "`scan crawl --resume` continues the scan." in err
    r = scan(tmp_path, "crawl", "--resume", webs=site)
    assert r.returncode == 0, r.stderr
    assert len(json.loads(scan(tmp_path, "pages", "--json").stdout)) == 6


def test_keywords_given_are_used(tmp_path, site):
    a, _ = site
    r = scan(tmp_path, "crawl", a.url("/one"), "--depth", "0", "--keywords", " bread, ,soup ", webs=site)
    assert r.returncode == 0, r.stderr
    [page] = json.loads(scan(tmp_path, "pages", "--json").stdout)
    assert page["hits"] == {"bread": 1, "soup": 1}


def test_a_crawl_reads_the_workspace_of_a_parent_folder(tmp_path, site):
    a, _ = site
    (tmp_path / "scan.toml").write_text(f'seeds = ["{a.url("/")}"]\n[crawl]\ndepth = 0\ndelay = 0\n')
    (tmp_path / "notes" / "drafts").mkdir(parents=True)
    r = scan(tmp_path / "notes" / "drafts", "crawl", webs=site)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "db" / "crawl.json").exists() and not (tmp_path / "notes" / "drafts" / "db").exists()
    assert len(json.loads(scan(tmp_path / "notes", "pages", "--json").stdout)) == 1
