"""A short offline end-to-end run on bundled files (``make demo``).

Until the full ``scan demo`` (crawl, cite, check) exists, this shows the
reference library at work in a fresh workspace folder: import a .bib, list
the library, take in a hand edit of ``library.bib`` with ``scan sync``, and
export CSL-JSON. Each step prints the command it runs, as a user would type it.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
from importlib import resources
from pathlib import Path


def _run(workspace: Path, *args: str) -> None:
    print(f"\n$ scan {shlex.join(args)}", flush=True)
    done = subprocess.run([sys.executable, "-m", "scan", *args], cwd=workspace)
    if done.returncode not in (0, 1):
        raise SystemExit(f"demo step failed with exit code {done.returncode}")


def main(folder: str) -> None:
    workspace = Path(folder).resolve()
    workspace.mkdir(parents=True, exist_ok=True)
    source = resources.files("scan") / "demo_data" / "mentoring.bib"
    reading_list = workspace / "reading-list.bib"
    reading_list.write_bytes(source.read_bytes())
    print(f"Demo workspace: {workspace}")
    _run(workspace, "import", "reading-list.bib")
    _run(workspace, "refs", "list")
    _run(workspace, "refs", "add", "--title", "Mentoring moments on Twitter", "--author", "Lee, Sam",
         "--date", "2014-06-01", "--url", "https://blog.example.net/mentoring-moments", "--type", "post-weblog")
    bib = workspace / "library.bib"
    text = bib.read_text(encoding="utf-8")
    edited = text.replace("Personal Learning Networks for Educators",
                          "Personal Learning Networks for Educators and Librarians")
    bib.write_text(edited, encoding="utf-8")
    print("\n(edited library.bib by hand: a longer title for czarneckiPersonalLearningNetworks2013)")
    _run(workspace, "sync")
    _run(workspace, "refs", "show", "czarneckiPersonalLearningNetworks2013")
    _run(workspace, "export", "--format", "csl-json", "-o", "references.json")
    print(f"\nDone. The workspace is {workspace}: library.bib, db/, references.json.")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "demo-workspace")
