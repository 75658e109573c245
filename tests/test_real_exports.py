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


# --- ACM, DBLP, arXiv, Google Scholar ------------------------------------------------------

ACM = """@inproceedings{Mostafa:2009:TPA:1596655.1596682,
 author = {Mostafa, Nagy and Krintz, Chandra},
 title = {Tracking Performance Across Software Revisions},
 booktitle = {Proceedings of the 7th International Conference on Principles and Practice of Programming in Java},
 series = {PPPJ '09},
 year = {2009},
 location = {Calgary, Alberta, Canada},
 pages = {162--171},
 numpages = {10},
 doi = {10.1145/1596655.1596682},
 acmid = {1596682},
 publisher = {ACM},
 address = {New York, NY, USA},
}
"""


def test_acm_location_is_where_the_conference_was(ws):
    # It was read as the publisher's place, and address (the publisher's city) was left unread.
    item = one(ACM)
    assert item["event-place"] == "Calgary, Alberta, Canada" and item["publisher-place"] == "New York, NY, USA"
    assert "address" not in item.get("custom", {}).get("bibtex", {})
    # biblatex's own reading is untouched: location alone is the publisher's place.
    assert one(ACM.replace(" address = {New York, NY, USA},\n", ""))["publisher-place"] == "Calgary, Alberta, Canada"
    write(ws, ACM)
    library.sync(ws)
    library.edit_item(ws, "Mostafa:2009:TPA:1596655.1596682", {"volume": "7"})
    assert ws.bib.read_text() == ACM.replace(" address = {New York, NY, USA},\n",
                                             " address = {New York, NY, USA},\n volume = {7},\n")


ARXIV = {
    # arXiv's own "Export BibTeX citation"
    "arxiv": """@misc{vaswani2017attention,
      title={Attention Is All You Need},
      author={Ashish Vaswani and Noam Shazeer},
      year={2017},
      eprint={1706.03762},
      archivePrefix={arXiv},
      primaryClass={cs.CL},
}""",
    # DBLP's record of a CoRR paper
    "dblp": """@article{DBLP:journals/corr/VaswaniSPUJGKP17,
  author       = {Ashish Vaswani and
                  Noam Shazeer},
  title        = {Attention Is All You Need},
  journal      = {CoRR},
  volume       = {abs/1706.03762},
  year         = {2017},
  url          = {http://arxiv.org/abs/1706.03762},
  eprinttype    = {arXiv},
  eprint       = {1706.03762},
  timestamp    = {Sat, 23 Jan 2021 01:20:40 +0100},
  biburl       = {https://dblp.org/rec/journals/corr/VaswaniSPUJGKP17.bib},
  bibsource    = {dblp computer science bibliography, https://dblp.org}
}""",
    # Google Scholar's
    "scholar": """@article{vaswani2017attention,
  title={Attention is all you need},
  author={Vaswani, Ashish and Shazeer, Noam},
  journal={arXiv preprint arXiv:1706.03762},
  year={2017}
}""",
}


def test_arxiv_preprints_print_as_preprints_whoever_wrote_them():
    # They printed as a document with no source, as an article in the journal "CoRR, abs/1706.03762",
    # and as one in "arXiv Preprint arXiv:1706.03762".
    printed = {name: apa(one(text)) for name, text in ARXIV.items()}
    assert printed["arxiv"] == ("Vaswani, A., & Shazeer, N. (2017). Attention is all you need. arXiv. "
                                "https://arxiv.org/abs/1706.03762")
    assert printed["dblp"] == ("Vaswani, A., & Shazeer, N. (2017). Attention is all you need. arXiv. "
                               "http://arxiv.org/abs/1706.03762")
    assert printed["scholar"] == printed["arxiv"]
    # A journal article with its arXiv eprint beside is the journal article.
    ads = one("@article{c, author = {Chru{\\'s}ci{\\'n}ski, D.}, title = {Geometry of quantum states},"
              " journal = {Physics Letters A}, archivePrefix = \"arXiv\", eprint = {0902.0885}, year = 2009,"
              " volume = 373, pages = {2301-2305}}")
    assert apa(ads) == "Chruściński, D. (2009). Geometry of quantum states. Physics Letters A, 373, 2301–2305."


def test_arxiv_fields_are_kept_in_library_bib_and_bibtex_exports(ws):
    write(ws, ARXIV["dblp"] + "\n")
    library.sync(ws)
    out = format_references(library.list_items(ws), "bibtex")
    for field in ("journaltitle = {CoRR}", "volume = {abs/1706.03762}", "eprint = {1706.03762}",
                  "eprinttype = {arXiv}", "biburl = {https://dblp.org/rec/journals/corr/VaswaniSPUJGKP17.bib}"):
        assert field in out, out
    csl = json.loads(format_references(library.list_items(ws), "csl-json"))[0]
    assert csl["type"] == "article" and csl["publisher"] == "arXiv" and "container-title" not in csl


# --- LaTeX commands we do not know ---------------------------------------------------------

MACROS = r"""@preamble{"\newcommand{\mycite}[1]{#1}"}

@article{kastenholz,
  author       = {Kastenholz, M. A. and {\relax Ch}ristensen, Ola and Smith\textsubscript{2}, John},
  title        = {Computation of methodology\hyphen independent ionic solvation free energies},
  journaltitle = {J.~Chem. Phys.},
  date         = 2006,
  note         = {See \url{https://example.org/x_y} and \href{https://example.org/z}{the site}, \mycite{abc}},
}
"""


def test_an_unknown_command_survives_export_and_edits_and_prints_as_its_text(ws):
    # biblatex-examples' \hyphen, a user's macro, \href: exported as \textbackslash{}hyphen,
    # printed as "\hyphen", and \href's target lost from every export.
    write(ws, MACROS)
    library.sync(ws)
    item = library.get_item(ws, "kastenholz")
    assert item["title"] == "Computation of methodology-independent ionic solvation free energies"
    assert item["note"] == "See https://example.org/x_y and the site, abc"
    text = apa(item)
    assert "methodology-independent" in text and "\\" not in text, text
    out = format_references([item], "bibtex")
    for field in MACROS.splitlines()[3:8]:
        assert field.split("=", 1)[1].strip().rstrip(",") in out, (field, out)
    library.edit_item(ws, "kastenholz", {"volume": "124"})  # another field: the file keeps every byte
    assert ws.bib.read_text() == MACROS.replace("\\mycite{abc}},\n", "\\mycite{abc}},\n  volume       = {124},\n")
    library.edit_item(ws, "kastenholz", {"note": "Read it."})  # the field itself: written from the new value
    assert "note         = {Read it.}" in ws.bib.read_text()
    assert r"methodology\hyphen independent" in ws.bib.read_text()


# --- biblatex's own examples (biblatex-examples.bib) ---------------------------------------


def test_a_doi_with_angle_brackets_is_printed_as_written():
    # sigfridsson's SICI DOI printed as ...19:4&lt;377::AID-JCC1&gt;3.0.CO;2-P (escaped twice).
    item = one(r"""@article{sigfridsson, author = {Sigfridsson, Emma}, title = {Comparison of methods},
  journaltitle = {Journal of Computational Chemistry}, date = 1998,
  doi = {10.1002/(SICI)1096-987X(199803)19:4<377::AID-JCC1>3.0.CO;2-P}}""")
    assert apa(item).endswith("https://doi.org/10.1002/(SICI)1096-987X(199803)19:4<377::AID-JCC1>3.0.CO;2-P")
    assert 'href="https://doi.org/10.1002/(SICI)1096-987X(199803)19:4&lt;377' in \
        format_references([item], "html", style="apa")


def test_biblatex_keys_print_as_words():
    # type = {patentus} printed "(Patentus No. ...)", series = {newseries} "Newseries".
    patent = one("@patent{sorace, author = {Sorace, Ronald E.}, title = {High-Speed Digital-to-RF Converter},"
                 " number = {5668842}, date = {1997-09-16}, type = {patentus}}")
    assert "(U.S. patent No. 5668842)" in apa(patent), apa(patent)
    shore = one("@article{shore, author = {Shore, Bradd}, title = {Twice-Born, Once Conceived},"
                " journaltitle = {American Anthropologist}, date = {1991-03}, series = {newseries},"
                " volume = 93, number = 1, pages = {9-27}}")
    assert "American Anthropologist, New Series, 93(1)" in apa(shore), apa(shore)


def test_a_title_in_another_language_keeps_its_capitals():
    # langid = {german}: "Die geburt der tragödie", "Vom sinn und unsinn der patrozinienkunde".
    text = "@book{n, author = {Nietzsche, Friedrich}, title = {Die Geburt der Tragödie}, date = 1988, langid = {%s}}"
    assert "Die Geburt der Tragödie." in apa(one(text % "german"))
    assert "Die geburt der tragödie." in apa(one(text % "english"))
    english = one((text % "english") + "\n").get("custom")
    assert json.loads(format_references([one(text % "ngerman")], "csl-json"))[0]["language"] == "de-DE"
    assert english == {"bibtex": {"langid": "english"}}  # library.bib keeps langid as written
