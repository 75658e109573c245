"""check-citations and export --cited-in on manuscripts we wrote with planted problems."""

from __future__ import annotations

import json
import shutil

import pytest

from refs.citecheck import KINDS, check_manuscript
from refs.manuscript import author_year_citations, find_key_citations, find_reference_list
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
    got = [(c.line, list(c.work.names), c.work.year, c.work.et_al, c.work.secondary, c.work.locator)
           for c in author_year_citations(lines)]
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
    assert [(k.key, k.line) for k in find_key_citations("\n".join(lines), "markdown")] == [
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
    # The work cited as 2012a is exported; alone in the list it is 2012, which the writer is told.
    assert r.returncode == 1 and "(Hurt, 2012a): in the exported list this work is 2012: cite it with 2012" in r.stderr
    assert r.stdout.count("@") == 3 and "Are blogs good" in r.stdout and "Peer mentoring" not in r.stdout
    paper.write_text("Mentors (Barr & Oak, 2013; Wenger, 1998) and \\parencite{nokey}.\n")
    r = scan_cli("export", "--cited-in", str(paper))
    assert r.returncode == 1
    assert "paper.md:1: \\parencite{nokey}: no reference with key 'nokey'" in r.stderr
    assert "(Barr & Oak, 2013; Wenger, 1998): matches no reference in the library" in r.stderr
    assert r.stdout.count("@") == 1
    paper.write_text("Mentors (Barr & Oak, 2013; Hurt, 2012).\n")
    r = scan_cli("check-citations", str(paper), "--library", "--json")
    assert json.loads(r.stdout)["problems"][0]["kind"] == "ambiguous"  # two Hurt 2012 works in the library
    paper.write_text("Mentors (Barr & Oak, 2013; Okafor, 2018).\n")
    r = scan_cli("check-citations", str(paper), "--library", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["problems"] == []  # citing fewer than the library holds is normal
    r = scan_cli("check-citations", str(paper), "--library", "--strict", "--json")
    kinds = sorted(p["kind"] for p in json.loads(r.stdout)["problems"])
    assert kinds == ["uncited-reference", "uncited-reference"]
    # Suffixes belong to the list handed in: one Hurt 2012 cited is (Hurt, 2012), whatever the library holds.
    paper.write_text("Mentors (Barr & Oak, 2013; Hurt, 2012b).\n")
    problems = json.loads(scan_cli("check-citations", str(paper), "--library", "--json").stdout)["problems"]
    assert [(p["kind"], p["citation"]["text"]) for p in problems] == [("year-mismatch", "(Barr & Oak, 2013; Hurt, 2012b)")]
    assert "in the list handed in it is 2012" in problems[0]["detail"]


# --- author counts: APA reads the number of names in a citation ----------------------


def _refs(*texts):
    from refs.citecheck import references_from_entries
    from refs.manuscript import Entry

    return references_from_entries([Entry(text=t, line=i + 1) for i, t in enumerate(texts)])


def _cite(names, year):
    from refs.citecheck import CitedIn
    from refs.values.citations import split_names

    authors, etal = split_names(names)
    return CitedIn(text=f"({names}, {year})", line=1, authors=authors, year=year, etal=etal)


def match(cite, refs):
    from refs.citecheck import Index
    from refs.citecheck import match as match_in

    return match_in(cite, Index(refs))


BARR = ("Barr, J. (2013). How to find a mentor on Twitter. Mentor Blog. https://blog.example.org/a",
        "Barr, J., & Hurt, R. (2013). Mentoring in 140 characters. Journal of Library Mentoring, 4(1), 1-12.",
        "Barr, J., Hurt, R., & Oak, T. (2013). Mentoring at scale. Library Quarterly, 83(2), 1-9.")


@pytest.mark.parametrize("names, line", [("Barr", 1), ("Barr & Hurt", 2), ("Barr and Hurt", 2),
                                         ("Barr et al.", 3), ("Barr, Hurt, & Oak", 3)])
def test_author_count_picks_the_one_reference(names, line):
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


def test_cited_in_export_uses_author_counts(tmp_path):
    from refs.citecheck import keys_cited_in

    items = [{"id": "barr1", "author": [{"family": "Barr"}], "issued": {"date-parts": [[2013]]}},
             {"id": "barr2", "author": [{"family": "Barr"}, {"family": "Hurt"}], "issued": {"date-parts": [[2013]]}}]
    paper = tmp_path / "p.md"
    paper.write_text("Mentors (Barr, 2013).\n")
    assert keys_cited_in(paper, items) == (["barr1"], [])


# --- the three author-year slips of published papers -------------------------------------


def test_particle_never_taken_from_the_end_of_a_word(tmp_path):
    from refs.values.citations import find_citations

    assert [c.works[0].names for c in find_citations("This holds while Smith (2010) disagrees.")] == [("Smith",)]
    assert [c.works[0].names for c in find_citations("As shown by van der Berg (2011).")] == [("van der Berg",)]


def test_stray_comma_is_a_citation_with_a_punctuation_problem(tmp_path):
    m = tmp_path / "m.md"
    m.write_text("As Smith, (2010) shows.\n\n## References\n\nSmith, A. (2010). Three ways to mentor. Mentor Press.\n")
    result = check_manuscript(m)
    assert [(p.kind, p.citation.text) for p in result.problems] == [("punctuation", "Smith, (2010)")]
    assert "comma" in result.problems[0].detail


def test_group_with_an_empty_first_author(tmp_path):
    m = tmp_path / "m.md"
    m.write_text("Known (, 2013; Jones, 2012).\n\n## References\n\nJones, B. (2012). Mentors. Mentor Press.\n")
    result = check_manuscript(m)
    assert [(p.kind, p.citation.text) for p in result.problems] == [("missing-author", "(, 2013; Jones, 2012)")]


def test_initials_that_tell_two_first_authors_apart(tmp_path):
    # APA 8.20 (the APA Style blog's Campbell and Jackson examples): what scan cite prints
    # for two first authors of one family name is read back, initials and all.
    m = tmp_path / "m.md"
    m.write_text(
        "Many studies (A. Campbell et al., 1993; W. K. Campbell et al., 2005) agree. As D. Jackson (2018)\n"
        "and M. C. Jackson et al. (2017, p. 61) found, and Alice Smith (2010) did not (U.S. Census Bureau, n.d.).\n"
        "C. Jackson (2018) is nobody here.\n\n## References\n\n"
        "Campbell, A., Muncer, S., & Gorman, B. (1993). Sex and social representations of aggression. "
        "Aggressive Behavior, 19, 125-135.\n\n"
        "Campbell, W. K., Bush, C. P., & Brunell, A. B. (2005). Understanding the social costs of narcissism. "
        "Personality and Social Psychology Bulletin, 31, 1358-1368.\n\n"
        "Jackson, D. (2018). Aesthetics and the psychotherapist's office. Journal of Clinical Psychology, 74, 233-238.\n\n"
        "Jackson, M. C., Counter, P., & Tree, J. J. (2017). Face working memory deficits. Neuropsychologia, 106, 60-70.\n\n"
        "Smith, A. (2010). Mentors online. Library Press.\n\n"
        "U.S. Census Bureau. (n.d.). U.S. and world population clock. https://www.census.gov/popclock/\n")
    result = check_manuscript(m)
    assert [(p.kind, p.citation.text if p.citation else None) for p in result.problems] == [
        ("name-mismatch", "C. Jackson (2018)")]
    assert "Jackson, D." in result.problems[0].detail
    works = [(c.text, c.initials, c.authors) for c in result.citations]
    assert ("(A. Campbell et al., 1993; W. K. Campbell et al., 2005)", "W. K.", ["Campbell"]) in works
    assert ("Alice Smith (2010)", "Alice", ["Smith"]) in works
    assert ("(U.S. Census Bureau, n.d.)", None, ["U.S. Census Bureau"]) in works


# Citation forms of the APA Style site: group authors with an abbreviation
# (https://apastyle.apa.org/style-grammar-guidelines/abbreviations/group-authors:
# "(American Psychological Association [APA], 2017)", "The American Psychological Association
# (APA, 2017)", then the abbreviation), republished works
# (APA 8.15: "(Freud, 1900/1953)"), 21 or more authors in the reference list (Kalnay et al.,
# https://guides.rosalindfranklin.edu/c.php?g=58535&p=7163627), a social handle after a
# group author (https://apastyle.apa.org/style-grammar-guidelines/references/examples/tiktok-references).
AUTHOR_YEAR = """# Mentoring on social media

Librarians mentor online (American Psychological Association [APA], 2020), as the manual says (APA, 2020, p. 12).
The World Health Organization (WHO, 2018) agrees; WHO (2018) says more. Freud's dreams (Freud, 1900/2010)
and Piaget and Inhelder (1966/1969) disagree. Kalnay et al. (1996) reanalysed it (Kalnay et al., 1996, pp. 437-438).
Okafor's (2018) claim stands, and so does Washington Post (2019).

# References

American Psychological Association. (2020). Publication manual of the American Psychological Association (7th ed.). https://doi.org/10.1037/0000165-000

Freud, S. (2010). The interpretation of dreams: The complete and definitive text (J. Strachey, Ed. & Trans.). Basic Books. (Original work published 1900)

Kalnay, E., Kanamitsu, M., Kistler, R., Collins, W., Deaven, D., Gandin, L., Iredell, M., Saha, S., White, G., Woollen, J., Zhu, Y., Chelliah, M., Ebisuzaki, W., Higgins, W., Janowiak, J., Mo, K. C., Ropelewski, C., Wang, J., Leetmaa, A., . . . Joseph, D. (1996). The NCEP/NCAR 40-year reanalysis project. Bulletin of the American Meteorological Society, 77(3), 437-471.

Okafor, C. (2018). Mentors. Mentor Press.

Piaget, J., & Inhelder, B. (1969). The psychology of the child (H. Weaver, Trans.; 2nd ed.). Basic Books. (Original work published 1966)

Washington Post [@washingtonpost]. (2019, December 3). News is all around us #frozen #newsroom #newspaper [Video]. TikTok.

World Health Organization. (2018, May 24). The top 10 causes of death. https://www.who.int/news-room/fact-sheets/detail/the-top-10-causes-of-death
"""


def test_abbreviated_group_authors_republished_years_and_long_author_lists(tmp_path):
    m = tmp_path / "m.md"
    m.write_text(AUTHOR_YEAR)
    result = check_manuscript(m)
    assert result.problems == []
    assert len(result.citations) == 10
    kalnay = next(r for r in result.references if r.text.startswith("Kalnay"))
    assert (len(kalnay.authors), kalnay.authors[-1], kalnay.year) == (20, "Joseph", "1996")
    # The same manuscript, each work cited wrongly once.
    m.write_text(AUTHOR_YEAR.replace("(APA, 2020, p. 12)", "(APA, 2019, p. 12)").replace("1900/2010", "1900/2011"))
    assert sorted((p.kind, p.citation.text) for p in check_manuscript(m).problems) == [
        ("year-mismatch", "(APA, 2019, p. 12)"), ("year-mismatch", "(Freud, 1900/2011)")]


def test_abbreviations_a_text_defines():
    from refs.values.citations import abbreviations

    assert abbreviations("Known (National Institute of Mental Health [NIMH], 2019). The World Health "
                         "Organization (WHO) says; Smith (SD = 2.1) does not.") == {
        "NIMH": "National Institute of Mental Health", "WHO": "World Health Organization"}


# --- keyed manuscripts ---------------------------------------------------------------------


BIB = """@article{barr2013, author = {Barr, Jane}, title = {How to Find a Mentor}, journaltitle = {Mentor Blog}, date = {2013}}
@article{hurt2012, author = {Hurt, Anna}, title = {Peer Mentoring}, journaltitle = {J Lib}, date = {2012}, doi = {10.1000/peer}}
@article{hurt2012dup, author = {Hurt, Anna}, title = {Peer mentoring}, journaltitle = {J Lib}, date = {2012}, doi = {10.1000/PEER}}
@misc{notitle, author = {Okafor, Chika}, date = {2018}}
@misc{nodate, author = {Lee, Chan}, title = {Undated notes}}
@book{unused, author = {Diaz, Maria}, title = {Never cited}, date = {2017}}
"""


def test_latex_manuscript_against_the_bibliography_it_names(tmp_path):
    (tmp_path / "refs.bib").write_text(BIB)
    tex = tmp_path / "paper.tex"
    tex.write_text("\\documentclass{article}\n\\begin{document}\n"
                   "Mentors \\citep[see][p.~4]{barr2013, hurt2012} and \\textcite{hurt2012dup};\n"
                   "\\parencites[p.~1]{notitle}[ch.~2]{nodate} and \\autocite{nokey}. % \\cite{commented}\n"
                   "\\bibliography{refs}\n\\end{document}\n")
    result = check_manuscript(tex)
    got = sorted((p.kind, p.citation.line if p.citation else None) for p in result.problems)
    assert got == [("duplicate-reference", 3), ("missing-reference", 4), ("missing-title", 4), ("missing-year", 4)]
    assert {c.key for c in result.citations} == {"barr2013", "hurt2012", "hurt2012dup", "notitle", "nodate", "nokey"}
    assert "hurt2012dup and hurt2012 are the same work (same DOI)" in \
        next(p.detail for p in result.problems if p.kind == "duplicate-reference")
    # A library holds more than a paper cites: uncited entries only with --strict.
    assert "uncited-reference" in {p.kind for p in check_manuscript(tex, strict=True).problems}


def test_pandoc_quarto_and_rmarkdown_keys(tmp_path):
    (tmp_path / "refs.bib").write_text(BIB)
    for suffix in (".md", ".qmd", ".Rmd"):
        doc = tmp_path / f"paper{suffix}"
        doc.write_text("---\ntitle: A paper\nbibliography: refs.bib\nnocite: |\n  @unused\n---\n\n"
                       "Mentors [@barr2013; see @hurt2012, p. 4] and [-@nodate]; @notitle says.\n"
                       "See @fig-plot and \\@ref(fig:x); write to me@example.org; `@code` is code.\n\n"
                       "```\n@alsocode\n```\n")
        result = check_manuscript(doc)
        assert [c.key for c in result.citations] == ["unused", "barr2013", "hurt2012", "nodate", "notitle"], suffix
        assert sorted(p.kind for p in result.problems) == ["missing-title", "missing-year"], suffix


def test_keyed_manuscript_needs_something_to_check_against(tmp_path):
    from refs.errors import BadInput

    doc = tmp_path / "paper.md"
    doc.write_text("Mentors [@barr2013].\n")
    with pytest.raises(BadInput, match="cites by key but names no bibliography"):
        check_manuscript(doc)
    doc.write_text("---\nbibliography: missing.bib\n---\nMentors [@barr2013].\n")
    with pytest.raises(BadInput, match="names a bibliography that does not exist: missing.bib"):
        check_manuscript(doc)


def _field(item: dict, shown: str, zotero: bool = True) -> str:
    import html as h

    code = ("ADDIN ZOTERO_ITEM CSL_CITATION " if zotero else "ADDIN CSL_CITATION ") + json.dumps(
        {"citationItems": [{"id": item.get("id", 1), "itemData": item}]})
    half = len(code) // 2  # Word splits long instructions over runs
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve">{h.escape(code[:half])}</w:instrText></w:r>'
            f'<w:r><w:instrText xml:space="preserve">{h.escape(code[half:])}</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:t>{h.escape(shown)}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _docx(path, paragraphs: list[str]):
    import zipfile

    body = "".join(f"<w:p>{p if p.startswith('<') else f'<w:r><w:t>{p}</w:t></w:r>'}</w:p>" for p in paragraphs)
    xml = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w='
           '"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + body + "</w:body></w:document>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", xml)
    return path


def test_docx_with_zotero_and_mendeley_fields(tmp_path):
    barr = {"id": 7, "type": "article-journal", "title": "How to find a mentor", "DOI": "10.1000/barr",
            "author": [{"family": "Barr", "given": "Jane"}], "issued": {"date-parts": [[2013]]}}
    stray = {"id": "ITEM-1", "type": "article-journal", "title": "Not in the library",
             "author": [{"family": "Zed", "given": "Z."}], "issued": {"date-parts": [[2020]]}}
    untitled = {"id": 9, "type": "webpage", "author": [{"family": "Lee"}], "issued": {"date-parts": [[2015]]}}
    doc = _docx(tmp_path / "paper.docx", ["Intro.", "Mentors " + _field(barr, "(Barr, 2013)") + " matter.",
                                          "Others " + _field(stray, "(Zed, 2020)", zotero=False) + " and "
                                          + _field(untitled, "(Lee, 2015)") + "."])
    library = [dict(barr, id="barrHowFind2013", DOI="10.1000/BARR"),
               {"id": "other", "type": "book", "title": "Other", "author": [{"family": "O"}]}]
    result = check_manuscript(doc, library_items=library)
    assert sorted((p.kind, p.citation.line) for p in result.problems) == [("missing-reference", 3), ("missing-reference", 3)]
    assert any("'Not in the library' is not in the library" in p.detail for p in result.problems)
    alone = check_manuscript(doc)  # no library: the fields' own items are the references
    assert [(p.kind, p.citation.text) for p in alone.problems] == [("missing-title", "(Lee, 2015)")]
    from refs.citecheck import keys_cited_in

    assert keys_cited_in(doc, library)[0] == ["barrHowFind2013"]


def test_docx_that_inflates_too_far_is_refused(tmp_path):
    import zipfile

    from refs.docx import read_docx
    from refs.errors import BadInput

    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                   + "<w:p><w:r><w:t>" + "a" * (3 * 1024 * 1024) + "</w:t></w:r></w:p></w:document>")
    assert bomb.stat().st_size < 100_000
    with pytest.raises(BadInput, match="inflates to more than 1 MB of XML"):
        read_docx(bomb, max_bytes=1024 * 1024)
    assert len(read_docx(bomb).paragraphs[0]) == 3 * 1024 * 1024
    (tmp_path / "not.docx").write_text("plain text")
    with pytest.raises(BadInput, match="not a readable .docx"):
        check_manuscript(tmp_path / "not.docx")


def test_cli_style_from_scan_toml_and_no_markup_in_output(scan_cli, tmp_path):
    (tmp_path / "refs.json").write_text(json.dumps([
        {"id": "barr2013", "type": "post-weblog", "title": 'How to Find a Mentor on <span class="nocase">Twitter</span>',
         "author": [{"family": "Barr", "given": "J."}], "issued": {"date-parts": [[2013]]}},
        {"id": "okafor2018", "type": "book", "title": "Mentoring across borders", "author": [{"family": "Okafor"}],
         "issued": {"date-parts": [[2018]]}}]))
    paper = tmp_path / "paper.md"
    paper.write_text("Mentors (Okafor, 2018).\n")
    r = scan_cli("check-citations", str(paper), "--references", str(tmp_path / "refs.json"))
    assert r.returncode == 1 and "How to Find a Mentor on Twitter" in r.stdout and "<span" not in r.stdout
    (tmp_path / "scan.toml").write_text('[cite]\nstyle = "no-such-style"\n')
    r = scan_cli("check-citations", str(paper), "--references", str(tmp_path / "refs.json"), cwd=tmp_path)
    assert r.returncode == 2 and "unknown citation style 'no-such-style'" in r.stderr
