"""Real .bib files as tools write them (biblatex's own examples, ACM, IEEE,
DBLP, arXiv, Google Scholar, Better BibTeX, Crossref abstracts): each class of
fault seen, with the smallest file that shows it."""

from __future__ import annotations

import json

from refs import library
from refs.formats import format_references, parse_bibtex
from refs.library import Workspace


def write(ws: Workspace, text: str) -> None:
    ws.bib.write_text(text, encoding="utf-8")


def one(text: str) -> dict:
    items, problems = parse_bibtex(text, "t.bib")
    assert len(items) == 1 and not problems, problems
    return items[0]


def apa(item: dict) -> str:
    return format_references([item], "text", style="apa").strip()


# --- years BC ------------------------------------------------------------------------------

BC = """@book{aristotle,
  author = {Aristotle},
  title = {Poetics},
  date = {-0333},
}
@book{euclid,
  author = {Euclid},
  title = {Elements},
  date = {-0333/-0330},
}
@book{plato,
  author = {Plato},
  title = {Republic},
  year = {-375},
}
"""


def test_years_bc_are_dates_printed_and_written_back(ws, scan_cli, tmp_path):
    # They were text: printed "(-0333)", exported year = {-0333}.
    src = tmp_path / "bc.bib"
    src.write_text(BC)
    assert scan_cli("import", str(src)).returncode == 0
    assert library.get_item(ws, "aristotle")["issued"] == {"date-parts": [[-334]]}
    assert library.get_item(ws, "plato")["issued"] == {"date-parts": [[-375]]}
    text = scan_cli("export", "--format", "text").stdout
    assert "Aristotle. (334 B.C.E.). Poetics." in text and "Plato. (375 B.C.E.). Republic." in text, text
    bib = scan_cli("export").stdout
    assert "date = {-0333}" in bib and "date = {-0333/-0330}" in bib and "date = {-0374}" in bib, bib
    csl = json.loads(scan_cli("export", "--format", "csl-json").stdout)
    assert {i["id"]: i["issued"] for i in csl}["euclid"] == {"date-parts": [[-334], [-331]]}
    assert "in sync" in scan_cli("sync").stderr
    assert "aristotle  -0333" in scan_cli("refs", "list").stdout
