"""``scan demo``: the whole workflow, offline, on a bundled demo web.

Serves the demo web (:mod:`scan.demoweb`) on loopback addresses, then runs,
announcing each step as the command a user would type: import a reading
list, crawl from two seed posts, list the ranked pages, cite the best ones,
check a bundled manuscript's citations, check the reference links, print the
reference list in APA, and write the HTML report. Every step is a real
``scan`` process in the workspace folder, which stays behind for the user to
keep using (``scan pages``, ``scan report``, ``scan export`` ...; the demo
web itself stops with the demo). No step needs the network: names resolve
through ``SCAN_HOSTS`` only.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from importlib import resources
from pathlib import Path

from scan.demoweb import ARCHIVE_HOST, DOI_HOST, DemoWeb


def _say(text: str) -> None:
    print(f"\n== {text}", flush=True)


def run_demo(folder: str | os.PathLike, *, out=None) -> int:
    """Run the demo in ``folder`` (created; must be empty or absent). Returns
    0 when every step did what it should."""
    workspace = Path(folder).resolve()
    if workspace.exists() and any(workspace.iterdir()):
        from refs.errors import BadInput

        raise BadInput(f"{workspace} is not empty; give the demo a new folder")
    workspace.mkdir(parents=True, exist_ok=True)
    data = resources.files("scan") / "demo_data"
    (workspace / "manuscript.md").write_bytes((data / "manuscript.md").read_bytes())
    with DemoWeb() as web:
        # The reading list points at the demo web, which listens on a port of its own.
        (workspace / "reading-list.bib").write_bytes(web.with_port((data / "mentoring.bib").read_bytes()))
        env = {**os.environ, "SCAN_HOSTS": web.hosts_env, "SCAN_HOSTS_ONLY": "1",
               "SCAN_DOI_RESOLVER": web.url(f"http://{DOI_HOST}/"),
               "SCAN_ARCHIVE_API": web.url(f"http://{ARCHIVE_HOST}/wayback/available")}
        for k in ("SCAN_BIB", "SCAN_DB"):
            env.pop(k, None)
        seeds = web.seeds
        (workspace / "scan.toml").write_text(
            "# Written by `scan demo`: the demo's seeds and crawl settings.\n"
            f"seeds = {_toml_list(seeds)}\n\n[crawl]\ndepth = 3\ndelay = 0.1\nallow_private = true\n"
            "contact = \"mailto:demo@example.org\"\n\n[cite]\nstyle = \"apa\"\n", encoding="utf-8")
        print(f"Demo workspace: {workspace}")
        print(f"The demo web: {len(web.hosts) - 2} sites on loopback addresses "
              f"({', '.join(f'{h}={a}' for h, a in list(web.hosts.items())[:3])}, ...), port {web.port}.")
        print("Every command below runs with SCAN_HOSTS pointing those names at them: no network is used.")

        steps = [
            ("Start from a reading list: import it (library.bib is created and kept in sync).",
             ["import", "reading-list.bib"], (0,)),
            ("Scan: follow the links of two seed posts, three links deep, politely (0.1 s per host here).",
             ["crawl", *seeds, "--depth", "3", "--delay", "0.1", "--allow-private"], (0,)),
            ("The pages found, most relevant first (each with an id that `scan cite` takes).",
             ["pages", "--limit", "5"], (0,)),
            ("Cite the best finds: metadata from each page, into the library and library.bib.",
             ["cite", "--min-score", "80"], (0,)),
            ("Check the manuscript's citations against its reference list (two problems are planted).",
             ["check-citations", "manuscript.md"], (1,)),
            ("Check every reference link: dead ones get an archived copy suggested.",
             ["check-links", "--allow-private"], (0, 1)),
            ("The reference list in APA.", ["export", "--format", "text", "--style", "apa"], (0,)),
            ("The scan's report: themes, keywords, hosts, and the link graph as HTML.",
             ["report", "--top", "8", "--html", "report.html"], (0,)),
        ]
        failed = 0
        for text, args, ok_codes in steps:
            _say(text)
            print(f"$ scan {shlex.join(_shown(args, web))}", flush=True)
            done = subprocess.run([sys.executable, "-m", "scan", *args], cwd=workspace, env=env)
            if done.returncode not in ok_codes:
                print(f"(this step exited {done.returncode}, expected {' or '.join(map(str, ok_codes))})", flush=True)
                failed += 1
    print(f"\nDone. The workspace {workspace} has library.bib, db/, scan.toml, manuscript.md and report.html;"
          " `scan pages`, `scan report` and `scan export` go on working there.")
    return 1 if failed else 0


def _shown(args: list[str], web: DemoWeb) -> list[str]:
    """Seeds shown without the port, as a user would type them on the real web."""
    return [a.replace(f":{web.port}/", "/") for a in args]


def _toml_list(items: list[str]) -> str:
    return "[" + ", ".join(f'"{i}"' for i in items) + "]"


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    sys.exit(run_demo(args[0] if args else "demo-workspace"))


if __name__ == "__main__":
    main()
