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


# --- remembered field names and a type edit ------------------------------------------------


def test_a_type_edit_forgets_the_field_names_the_old_type_was_read_from(ws):
    # An @online's container read from howpublished was still written as howpublished after
    # `refs edit K type=article-journal`, and a paper's publisher read from organization stayed
    # organization on a @report, which reads it back as no publisher at all.
    write(ws, "@online{w,\n  title = {Page},\n  howpublished = {Mentor Weekly},\n  url = {https://example.org/p},\n"
              "  year = {2020},\n}\n\n@inproceedings{p,\n  title = {Paper},\n  booktitle = {Proc. of Mentoring},\n"
              "  organization = {ACM},\n  year = {2019},\n}\n")
    library.sync(ws)
    library.edit_item(ws, "w", {"type": "article-journal"})
    library.edit_item(ws, "p", {"type": "report"})
    text = ws.bib.read_text()
    w, p = text.split("\n\n")
    assert "journaltitle = {Mentor Weekly}" in w and "howpublished" not in w, text
    assert "institution = {ACM}" in p and "organization" not in p, text
    assert "bibtex-names" not in json.dumps(library.get_item(ws, "w"))
    library.edit_item(ws, "w", {"title": "Page two"})
    assert "journaltitle = {Mentor Weekly}" in ws.bib.read_text()
    library.sync(ws)
    assert library.get_item(ws, "p")["publisher"] == "ACM"


def test_a_remembered_field_name_is_written_only_where_the_type_reads_it_back():
    # The database can hold a name another type read (an import --merge, an older scan).
    from refs.bibtex import item_to_fields

    item = {"id": "w", "type": "article-journal", "title": "Page", "container-title": "Mentor Weekly",
            "publisher": "ACM", "custom": {"bibtex-names": {"container-title": "howpublished",
                                                            "publisher": "organization"}}}
    item["type"] = "report"
    assert ("institution", "{ACM}") in item_to_fields(item)[1]
    item["type"] = "paper-conference"
    assert ("organization", "{ACM}") in item_to_fields(item)[1]
