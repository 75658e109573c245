"""check-citations and export --cited-in on manuscripts we wrote with planted problems."""

from __future__ import annotations

import json
import shutil

import pytest

from refs.citecheck import KINDS, check_manuscript
from refs.manuscript import find_citations, find_key_citations, find_reference_list
from tests.planted import HERE, make_docx, manuscripts, score


@pytest.mark.parametrize("path", manuscripts(), ids=lambda p: p.name)
def test_planted_problems_precision_and_recall_are_one(path):
    counts = score(path)
    wrong = {k: c for k, c in counts.items() if c["fp"] or c["fn"]}
    assert not wrong


def test_docx_manuscript_same_findings(tmp_path):
    src = HERE / "planted.md"
    doc = make_docx(src, tmp_path / "planted.docx")
    shutil.copy(HERE / "planted.md.expected.json", tmp_path / "planted.docx.expected.json")
    counts = score(doc)
    assert all(c["fp"] == 0 and c["fn"] == 0 for c in counts.values())
    # A .docx paragraph is a line: line numbers agree with the text version.
    got = {(p.kind, (p.citation or p.reference).line) for p in check_manuscript(doc).problems}
    assert got == {(p.kind, (p.citation or p.reference).line) for p in check_manuscript(src).problems}


def test_citation_forms():
    lines = ["Online mentoring works (Barr & Oak, 2013; Hurt, 2012a, 2012b; see Smith et al., 2010, p. 4).",
             "Smith, Jones, and Lee (2010) agree; Jones (2001, as cited in Barr, 2013) began it.",
             "As Barr said, \u201cmentors matter (Fake, 2000)\u201d. In a recent post (2014), others agree.",
             "(American Library Association [ALA], 2015, para. 14) and van der Berg (n.d.)."]
    got = [(c.line, c.authors, c.year, c.etal, c.secondary, c.locator) for c in find_citations(lines)]
    assert got == [
        (1, ["Barr", "Oak"], "2013", False, False, None),
        (1, ["Hurt"], "2012a", False, False, None),
        (1, ["Hurt"], "2012b", False, False, None),
        (1, ["Smith"], "2010", True, False, "p. 4"),
        (2, ["Smith", "Jones", "Lee"], "2010", False, False, None),
        (2, ["Jones"], "2001", False, True, None),
        (2, ["Barr"], "2013", False, False, None),
        (3, [], "2014", False, False, None),
        (4, ["American Library Association"], "2015", False, False, "para. 14"),
        (4, ["van der Berg"], "n.d.", False, False, None),
    ]


def test_key_citations_latex_and_pandoc():
    lines = [r"\textcite{barr2013} and \autocite[p. 4]{a,b}; \citep[see][ch. 2]{c} \cites{d}{e}",
             "Pandoc [@key; @other, p. 4] and @solo says; write to me@example.org."]
    assert [(k.key, k.line) for k in find_key_citations(lines)] == [
        ("barr2013", 1), ("a", 1), ("b", 1), ("c", 1), ("d", 1), ("e", 1), ("key", 2), ("other", 2), ("solo", 2)]


def test_reference_list_without_heading_stops_before_acknowledgements():
    lines = (HERE / "noheading.txt").read_text().splitlines()
    start, entries = find_reference_list(lines)
    assert start == 11 and len(entries) == 7
    assert entries[-1].text.startswith("Quinn")


def test_cli_json_shape_and_exit_code(scan_cli, tmp_path):
    r = scan_cli("check-citations", str(HERE / "planted.md"), "--json")
    assert r.returncode == 1, r.stderr
    data = json.loads(r.stdout)
    assert set(data) == {"citations", "references", "problems"}
    assert {p["kind"] for p in data["problems"]} <= set(KINDS)
    p = next(p for p in data["problems"] if p["kind"] == "year-mismatch")
    assert p["citation"] == {"text": "Garcia (2015)", "line": 5}
    assert p["reference"]["line"] == 20 and set(p) == {"kind", "citation", "reference", "detail"}
    clean = tmp_path / "clean.md"
    clean.write_text("Mentors help (Barr, 2013).\n\n## References\n\n"
                     "Barr, J. (2013). How to find a mentor. Mentor Blog. https://x.example.org/a\n")
    r = scan_cli("check-citations", str(clean))
    assert r.returncode == 0 and "0 problem(s)" in r.stdout


def test_cli_human_output_grouped_by_kind(scan_cli):
    r = scan_cli("check-citations", str(HERE / "planted.md"))
    assert r.returncode == 1
    assert "year-mismatch (1)" in r.stdout and "planted.md:5: 'Garcia (2015)'" in r.stdout
    assert r.stdout.index("missing-reference (1)") < r.stdout.index("uncited-reference (3)")


def test_cli_no_reference_list_is_bad_input(scan_cli, tmp_path):
    m = tmp_path / "m.txt"
    m.write_text("Nothing cited here (Barr, 2013).\n")
    r = scan_cli("check-citations", str(m))
    assert r.returncode == 2 and "no reference list found" in r.stderr and "m.txt" in r.stderr


def test_check_against_library_and_export_cited_in(scan_cli, tmp_path):
    refs = tmp_path / "refs.txt"
    refs.write_text("Barr, J., & Oak, T. (2013). How to find a mentor on Twitter. Mentor Blog. https://blog.example.org/a\n"
                    "Hurt, A. (2012). Peer mentoring for librarians. Journal of Library Mentoring, 3, 1-10.\n"
                    "Hurt, A. (2012). Are blogs good for mentors? International Journal of Mentoring, 4(2), 11-20.\n"
                    "Okafor, C. (2018). Mentoring across borders. Journal of International Librarianship, 2(1), 1-15.\n")
    assert scan_cli("import", str(refs)).returncode == 0
    keys = [r["key"] for r in json.loads(scan_cli("refs", "list", "--json").stdout)]
    paper = tmp_path / "paper.md"
    paper.write_text("Mentors online (Barr & Oak, 2013); blogs (Hurt, 2012a). See also [@%s].\n" % keys[3])
    r = scan_cli("export", "--format", "bibtex", "--cited-in", str(paper))
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("@") == 3 and "Are blogs good" in r.stdout and "Peer mentoring" not in r.stdout
    paper.write_text("Mentors (Barr & Oak, 2013; Wenger, 1998) and \\parencite{nokey}.\n")
    r = scan_cli("export", "--cited-in", str(paper))
    assert r.returncode == 1
    assert "paper.md:1: \\parencite{nokey}: no reference with key 'nokey'" in r.stderr
    assert "(Barr & Oak, 2013; Wenger, 1998): matches no reference" in r.stderr
    assert r.stdout.count("@") == 1
    paper.write_text("Mentors (Barr & Oak, 2013; Hurt, 2012b).\n")
    r = scan_cli("check-citations", str(paper), "--library", "--json")
    kinds = sorted(p["kind"] for p in json.loads(r.stdout)["problems"])
    assert kinds == ["uncited-reference", "uncited-reference"]


# --- author counts: APA reads the number of names in a citation ----------------------


def _refs(*texts):
    from refs.citecheck import references_from_entries
    from refs.manuscript import Entry

    return references_from_entries([Entry(text=t, line=i + 1) for i, t in enumerate(texts)])


def _cite(names, year):
    from refs.manuscript import Citation, split_names

    authors, etal = split_names(names)
    return Citation(text=f"({names}, {year})", line=1, authors=authors, year=year, etal=etal)


BARR = ("Barr, J. (2013). How to find a mentor on Twitter. Mentor Blog. https://blog.example.org/a",
        "Barr, J., & Hurt, R. (2013). Mentoring in 140 characters. Journal of Library Mentoring, 4(1), 1-12.",
        "Barr, J., Hurt, R., & Oak, T. (2013). Mentoring at scale. Library Quarterly, 83(2), 1-9.")


@pytest.mark.parametrize("names, line", [("Barr", 1), ("Barr & Hurt", 2), ("Barr and Hurt", 2),
                                         ("Barr et al.", 3), ("Barr, Hurt, & Oak", 3)])
def test_author_count_picks_the_one_reference(names, line):
    from refs.citecheck import match

    verdict, found = match(_cite(names, "2013"), _refs(*BARR))
    assert verdict == "ok" and [r.line for r in found] == [line]


def test_one_author_citation_with_a_two_author_work_of_same_year_is_not_ambiguous():
    from refs.citecheck import check

    refs = _refs(*BARR[:2])
    result = check([_cite("Barr", "2013"), _cite("Barr & Hurt", "2013")], refs)
    assert result.problems == []


def test_same_author_list_and_year_is_ambiguous():
    from refs.citecheck import check

    refs = _refs("Smith, J. (2010). Mentoring in the humanities. Humanities Librarianship, 5, 11-20.",
                 "Smith, A. (2010). Mentoring in the sciences. Science Librarianship, 2, 1-10.")
    result = check([_cite("Smith", "2010")], refs)
    assert [(p.kind, p.citation.text) for p in result.problems] == [("ambiguous", "(Smith, 2010)")]
    assert "matches 2 references" in result.problems[0].detail


def test_et_al_tolerated_for_two_authors_only_when_nothing_else_matches():
    from refs.citecheck import match

    two = "Okafor, C., & Ruiz, E. (2018). E-mentoring programs. Journal of International Librarianship, 3(1), 1-20."
    three = "Okafor, C., Ruiz, E., & Tan, B. (2018). Mentoring abroad. Library Management, 39(1), 1-9."
    one = "Okafor, C. (2018). Mentoring across borders. Journal of International Librarianship, 2(1), 1-15."
    assert [r.line for r in match(_cite("Okafor et al.", "2018"), _refs(two))[1]] == [1]
    assert [r.line for r in match(_cite("Okafor et al.", "2018"), _refs(two, three))[1]] == [2]
    assert match(_cite("Okafor et al.", "2018"), _refs(one))[0] == "missing-reference"
    verdict, found = match(_cite("Chen et al.", "2019"), _refs(
        "Chen, W., & Li, X. (2019). Twitter chats. Library Hi Tech, 37(2), 100-112.",
        "Chen, W., & Wu, Y. (2019). Chats and mentoring. Library Management, 40(3), 200-210."))
    assert verdict == "ambiguous" and len(found) == 2


def test_year_mismatch_points_at_the_reference_with_the_cited_authors():
    from refs.citecheck import check

    refs = _refs("Diaz, M. (2017). Repeating a mentoring study. Journal of Library Innovation, 8(1), 1-9.",
                 "Diaz, M., & Moreno, L. (2016). The first study. Journal of Library Innovation, 7(2), 10-20.")
    result = check([_cite("Diaz & Moreno", "2017")], refs)
    got = sorted((p.kind, p.reference.line) for p in result.problems)
    assert got == [("uncited-reference", 1), ("year-mismatch", 2)]


def test_cited_in_export_uses_author_counts():
    from refs.citecheck import cited_keys

    items = [{"id": "barr1", "author": [{"family": "Barr"}], "issued": {"date-parts": [[2013]]}},
             {"id": "barr2", "author": [{"family": "Barr"}, {"family": "Hurt"}], "issued": {"date-parts": [[2013]]}}]
    keys, unmatched = cited_keys([_cite("Barr", "2013")], items)
    assert keys == ["barr1"] and unmatched == []
