"""The second APA review set (tests/apa_review2/cases.jsonl), run the way a
user runs it: every case's input (CSL-JSON or BibTeX, as a Zotero / Better
BibTeX / JabRef library holds it) is imported with ``scan import`` into one
fresh workspace, and each reference is then formatted as ``scan export
--format text --style S --key ID`` formats it (the same library call, in
process, so that 70 cases take seconds, not minutes).

Shared by tests/test_apa_review2.py and bench/bench_formatting.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.apa_dev_set import normalise

PATH = Path(__file__).resolve().parent / "apa_review2" / "cases.jsonl"
ROOT = Path(__file__).resolve().parent.parent


def load_cases(split: str | None = None) -> list[dict]:
    cases = [json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [c for c in cases if split is None or c["split"] == split]


def import_cases(cases: list[dict], folder: Path) -> None:
    """``scan import`` every case's input into a workspace in ``folder``."""
    items = [c["input"]["item"] for c in cases if c["input"]["format"] == "csl-json"]
    bib = "\n".join(c["input"]["bib"] for c in cases if c["input"]["format"] == "bibtex")
    files = []
    if items:
        (folder / "cases.json").write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
        files.append("cases.json")
    if bib:
        (folder / "cases.bib").write_text(bib, encoding="utf-8")
        files.append("cases.bib")
    env = {k: v for k, v in os.environ.items() if k not in ("SCAN_BIB", "SCAN_DB")}
    done = subprocess.run([sys.executable, "-m", "scan", "import", "--force", *files], cwd=folder, env=env,
                          capture_output=True, text=True, timeout=300)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"scan import failed ({done.returncode}): {done.stderr}")


def run(cases: list[dict]) -> list[dict]:
    """Each case with ``got`` (the exported entry), ``got_citation`` and ``ok``."""
    from refs.formats import format_references
    from refs.formatting import Cite, Formatter
    from refs.library import Workspace, get_item, list_items

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        import_cases(cases, folder)
        ws = Workspace(folder / "library.bib", folder / "db")
        library = list_items(ws)
        out = []
        for c in cases:
            style = c.get("style", "apa")
            try:
                item = get_item(ws, c["id"])
            except Exception as exc:  # noqa: BLE001 - a case whose input did not import is a failure to report
                out.append(dict(c, got=f"<not imported: {exc}>", got_citation=None, ok=False))
                continue
            got = format_references([item], "text", biblatex=ws.biblatex, style=style, titles="style",
                                    library=library).strip()
            cite = Formatter([item], style).citation([Cite(item["id"])]) if c.get("citation") else None
            ok = normalise(got) == normalise(c["expected"]) and (
                cite is None or normalise(cite) == normalise(c["citation"]))
            out.append(dict(c, got=got, got_citation=cite, ok=ok))
        return out


if __name__ == "__main__":  # a quick look: python -m tests.apa_review2_set [tune|measure]
    sys.path.insert(0, str(ROOT))
    split = sys.argv[1] if len(sys.argv) > 1 else None
    results = run(load_cases())
    for r in results:
        if split and r["split"] != split:
            continue
        mark = "ok " if r["ok"] else "BAD"
        print(f"{mark} {r['split']:<7} {r['kind']:<12} {r['id']}")
        if not r["ok"]:
            print(f"    got: {r['got']}\n    exp: {r['expected']}")
            if r.get("citation") and r["got_citation"] != r["citation"]:
                print(f"    cite got: {r['got_citation']}  exp: {r['citation']}")
    for s in ("tune", "measure"):
        rs = [r for r in results if r["split"] == s]
        print(f"{s}: {sum(r['ok'] for r in rs)}/{len(rs)}")
