"""check-citations on the shapes real manuscripts take (each test a small
hand-written reduction of a class met in papers and theses on GitHub): a
thesis whose chapters are \\input files, citation commands inside macro
definitions and verbatim text, crossref entries, ..."""

from __future__ import annotations

import json

from refs.citecheck import check_manuscript
from refs.manuscript import find_key_citations, read_manuscript

THESIS_BIB = """@string{jss = "Journal of Systems and Software"}
@article{Abreu09:JSS, author = {Abreu, Rui and Zoeteweij, Peter}, title = {A practical evaluation}, journal = jss, year = 2009}
@inproceedings{Cardoso:2013, author = {Cardoso, Nuno}, title = {MHS2}, crossref = {icse13}}
@proceedings{icse13, title = {Proceedings of ICSE}, year = 2013}
@article{DBLP:journals/corr/abs-1234-5678, author = {Doe, Jane}, title = {X}, year = 2020, journal = {CoRR}}
"""


def _thesis(tmp_path):
    (tmp_path / "src").mkdir()
    (tmp_path / "template").mkdir()
    (tmp_path / "references.bib").write_text(THESIS_BIB)
    (tmp_path / "main.tex").write_text(
        "\\input{template/template}\n\\begin{document}\n"
        "\\include{src/introduction}\n\\input src/extra.tex\n"
        "% \\input{src/missing}\n\\input{figures/plot.pgf}\n"
        "\\bibliography{references}\n\\end{document}\n")
    (tmp_path / "template" / "template.tex").write_text(
        "\\usepackage{natbib}\n"
        "\\newcommand{\\mycite}[1]{\\citep{#1}}\n"
        "\\def\\@lbibitem[#1]#2{\\item[\\protect\\NoHyper\\citep{#2\\@extra@b@citeb}]}\n")
    (tmp_path / "src" / "introduction.tex").write_text(
        "\\chapter{Introduction}\n"
        "Diagnosis~\\citep{Abreu09:JSS,Cardoso:2013} and \\cite{DBLP:journals/corr/abs-1234-5678}.\n"
        "50\\% of faults % \\cite{commented}\n"
        "\\begin{verbatim}\n\\cite{inverbatim}\n\\end{verbatim}\n"
        "\\begin{lstlisting}[language=TeX]\n\\cite{inlisting}\n\\end{lstlisting}\n"
        "Write \\verb|\\cite{inverb}| and \\citeauthor{nokey}.\n"
        "\\iffalse\n\\cite{switchedoff}\n\\fi\n")
    (tmp_path / "src" / "extra.tex").write_text("More \\citet{Abreu09:JSS}.\n")
    return tmp_path / "main.tex"


def test_a_thesis_whose_chapters_are_input_files(tmp_path):
    main = _thesis(tmp_path)
    ms = read_manuscript(main)
    assert [c.key for c in find_key_citations(ms)] == [
        "Abreu09:JSS", "Cardoso:2013", "DBLP:journals/corr/abs-1234-5678", "nokey", "Abreu09:JSS"]
    result = check_manuscript(main)
    # The crossref child takes its year from its parent; macros and verbatim text cite nothing.
    assert [(p.kind, p.citation.file, p.citation.line) for p in result.problems] == [
        ("missing-reference", str(tmp_path / "src" / "introduction.tex"), 10)]


def test_cli_names_the_included_file_and_its_line(scan_cli, tmp_path):
    main = _thesis(tmp_path)
    r = scan_cli("check-citations", str(main))
    assert r.returncode == 1, r.stderr
    assert f"{tmp_path / 'src' / 'introduction.tex'}:10: '\\citeauthor{{nokey}}'" in r.stdout
    r = scan_cli("check-citations", str(main), "--json")
    problem = json.loads(r.stdout)["problems"][0]
    assert problem["citation"] == {"text": "\\citeauthor{nokey}", "line": 10,
                                   "file": str(tmp_path / "src" / "introduction.tex")}


def test_includes_that_loop_are_read_once(tmp_path):
    (tmp_path / "refs.bib").write_text(THESIS_BIB)
    (tmp_path / "a.tex").write_text("\\input{b}\n\\cite{Abreu09:JSS}\n\\bibliography{refs}\n")
    (tmp_path / "b.tex").write_text("\\input{a}\n\\cite{Cardoso:2013}\n")
    result = check_manuscript(tmp_path / "a.tex")
    assert [c.key for c in result.citations] == ["Cardoso:2013", "Abreu09:JSS"] and not result.problems


MD_BIB = """@book{angrist2014, author = {Angrist, Joshua and Pischke, J{\\"o}rn-Steffen}, title = {Mastering Metrics}, year = 2014}
@article{smith-jones.2019, author = {Smith, Ann and Jones, Bo}, title = {On keys}, year = 2019}
"""
OTHER_BIB = "@book{other2010, author = {Lee, Kim}, title = {Other things}, year = 2010}\n"


def test_rmarkdown_front_matter_lists_urls_and_indented_code(tmp_path):
    (tmp_path / "refs.bib").write_text(MD_BIB)
    (tmp_path / "other.bib").write_text(OTHER_BIB)
    doc = tmp_path / "index.Rmd"
    doc.write_text(
        "---\ntitle: \"Mastering Metrics\"\nsite: bookdown::bookdown_site\n"
        "bibliography: [\"refs.bib\", other.bib]\nlink-citations: yes\n---\n\n"
        "As in @angrist2014 [p. 4] and [@smith-jones.2019; @other2010, pp. 33-35].\n"
        "A [great writeup](https://medium.com/@ihcsim/linkerd-2-0 \"Sim\") of service meshes.\n"
        "See https://medium.com/@harvitronix/lets-evolve or <https://mastodon.social/@ana>.\n\n"
        "[ref]: https://medium.com/@someone/post\n\n"
        "Code follows:\n\n    indented code @indented\n\n"
        "- a list item\n\n    its second paragraph cites [@nokey].\n\n"
        "A footnote.^[See @other2010.]\n")
    result = check_manuscript(doc)
    assert [c.key for c in result.citations] == [
        "angrist2014", "smith-jones.2019", "other2010", "nokey", "other2010"]
    assert [(p.kind, p.citation.line) for p in result.problems] == [("missing-reference", 20)]


def test_quarto_project_bibliography(tmp_path):
    (tmp_path / "refs.bib").write_text(MD_BIB)
    (tmp_path / "_quarto.yml").write_text("project:\n  type: book\nbibliography:\n  - refs.bib\n")
    (tmp_path / "chapters").mkdir()
    doc = tmp_path / "chapters" / "intro.qmd"
    doc.write_text("# Introduction\n\nAs @angrist2014 show [see also @nokey].\n")
    result = check_manuscript(doc)
    assert [(p.kind, p.citation.text) for p in result.problems] == [("missing-reference", "[see also @nokey]")]


BBL = r"""\begin{thebibliography}{}
\makeatletter
\def\mn@urlcharsother{\let\do\@makeother \do\$\do\&\do\#\do\^\do\_\do\%\do\~}
\makeatother

\bibitem[\protect\citeauthoreditor{Best} et~al.(2005)]{best2005}
Best P.~N., Kauffmann G., Heckman T.~M., 2005, \mn@doi [MNRAS] {10.1111/j.1365-2966.2005.09192.x}, 362, 25

\bibitem[{Bluck} et~al.(2014)]{bluck2014}
Bluck A.~F.~L., et~al., 2014, MNRAS, 441, 599

\bibitem{fabian2012}
Fabian A.~C., 2012, ARA\&A, 50, 455
\end{thebibliography}
"""
ARXIV = ("\\documentclass{article}\n\\begin{document}\n"
         "Galaxies \\citep[e.g.,][]{bluck2014} and jets \\citep[e.g.,][]{best2005,hardcastle2020}.\n"
         "\\Citet{bluck2014}, \\Citeauthor*{best2005}, apacite's \\cite<e.g.,>[p.~3]{bluck2014}.\n")


def test_an_arxiv_source_whose_bib_stayed_home_is_checked_against_its_bbl(tmp_path):
    tex = tmp_path / "paper.tex"
    tex.write_text(ARXIV + "\\bibliography{refs}\n\\end{document}\n")
    (tmp_path / "paper.bbl").write_text(BBL)
    result = check_manuscript(tex)
    assert [c.key for c in result.citations] == ["bluck2014", "best2005", "hardcastle2020", "bluck2014",
                                                 "best2005", "bluck2014"]
    # A \bibitem is text: no missing-year or missing-title for what its text does not show.
    assert [(p.kind, p.citation.line) for p in result.problems] == [("missing-reference", 3)]


def test_a_manuscript_with_its_own_thebibliography(tmp_path):
    tex = tmp_path / "paper.tex"
    tex.write_text(ARXIV + BBL + "\\end{document}\n")
    result = check_manuscript(tex)
    assert sorted((p.kind, (p.citation or p.reference).line) for p in result.problems) == [
        ("missing-reference", 3), ("uncited-reference", 16)]


def test_commands_that_define_citation_commands_cite_nothing():
    text = ("\\DeclareCiteCommand{\\mycite}{\\usebibmacro{prenote}}{\\printfield{year}}{}{}\n"
            "\\newcommand{\\citeNew}{x} \\defcitealias{h}{H} \\setcitestyle{square} \\citetalias{g}\n")
    assert [k.key for k in find_key_citations(text, "latex")] == ["g"]


def test_one_line_entries_after_a_blank_line_and_an_abbreviation_defined_mid_sentence(tmp_path):
    doc = tmp_path / "paper.txt"
    doc.write_text(
        "Peer mentoring matters (Smith & Jones, 2019a, p. 4; see also Lee et al., 2020). Smith and Jones (2019b) "
        "disagree.\nFollowing the National Institute of Mental Health (NIMH, 2019), and later (NIMH, 2019).\n\n"
        "References\n\n"
        "Lee, K., Park, S., & Kim, J. (2020). Peer mentoring. Journal of Librarianship, 5(2), 1–10.\n"
        "National Institute of Mental Health. (2019). Depression. https://www.nimh.nih.gov/health/topics/depression\n"
        "Smith, A., & Jones, B. (2019a). Peer mentoring. Mentor Journal, 1, 1–4.\n"
        "Smith, A., & Jones, B. (2019b). Peer mentoring again. Mentor Journal, 2, 1–4.\n"
        "van den Berg, H., & de Vries, J. (2016). Dutch mentoring. Amsterdam University Press.\n\n")
    result = check_manuscript(doc)
    assert [(r.line, r.authors[0]) for r in result.references] == [
        (6, "Lee"), (7, "National Institute of Mental Health"), (8, "Smith"), (9, "Smith"), (10, "van den Berg")]
    assert [(p.kind, p.reference.line) for p in result.problems] == [("uncited-reference", 10)]


def test_apa_slips_of_real_texts(tmp_path):
    doc = tmp_path / "paper.txt"
    doc.write_text(
        "Mentoring in Libraries\n\n"
        "As O\u2019Brien (2017) and Mu\u0308ller (2018) argue (Smith and Jones, 2019).\n"
        "Data (U.S. Department of Education, 2018; Centers for Disease Control and Prevention, 2019, p. 3).\n"
        "(Clark & Lewis, in press-a); (Clark & Lewis, in press-b); (Clark & Lewis, in press); (King Jr., 1963).\n\n"
        "References\n\n"
        "Centers for Disease Control and Prevention. (2019). Flu. https://www.cdc.gov/flu\n"
        "Clark, R., & Lewis, S. (in press-a). First. Journal.\n"
        "Clark, R., & Lewis, S. (in press-b). Second. Journal.\n"
        "King, M. L., Jr. (1963). Letter from Birmingham jail. Publisher.\n"
        "M\u00fcller, H. (2018). Mentoring in Germany. Journal, 3, 44\u201350.\n"
        "O'Brien, P. (2017). Irish libraries. Dublin Press.\n"
        "Smith, A., & Jones, B. (2019). Peer mentoring. Mentor Journal, 1, 1\u20134.\n"
        "U.S. Department of Education. (2018). Report. https://ed.gov\n")
    result = check_manuscript(doc)
    assert [r.authors for r in result.references if r.authors[0] == "King"] == [["King"]]
    # The heading above is not part of O'Brien's name; the decomposed ü is Müller's.
    assert [(p.kind, (p.citation or p.reference).text) for p in result.problems] == [
        ("ambiguous", "(Clark & Lewis, in press)")]


def test_a_chapter_checked_on_its_own_finds_its_main_file(scan_cli, tmp_path):
    """A chapter names no bibliography: its main file does. Found by the chapter's '% !TEX root' line,
    its subfiles class, or as the one main file in its folder or above that includes it."""
    main = _thesis(tmp_path)
    intro = tmp_path / "src" / "introduction.tex"
    result = check_manuscript(intro)
    assert [(p.kind, p.citation.line) for p in result.problems] == [("missing-reference", 10)]
    assert {r.key for r in result.references} == {"Abreu09:JSS", "Cardoso:2013", "DBLP:journals/corr/abs-1234-5678"}
    r = scan_cli("check-citations", str(tmp_path / "src" / "extra.tex"))
    assert r.returncode == 0, r.stderr + r.stdout
    # The magic comment wins over a search (here the file is included by nobody).
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "draft.tex").write_text("%!TEX root = ../main.tex\nAs \\citet{Abreu09:JSS} and \\cite{nope}.\n")
    result = check_manuscript(tmp_path / "notes" / "draft.tex")
    assert [p.citation.text for p in result.problems] == ["\\cite{nope}"]
    # subfiles: \documentclass[../main.tex]{subfiles}; \bibliography{\jobname} is the main file's name.
    main.write_text(main.read_text().replace("\\bibliography{references}", "\\bibliography{\\jobname}"))
    (tmp_path / "main.bib").write_text(THESIS_BIB)
    (tmp_path / "src" / "sub.tex").write_text("\\documentclass[../main.tex]{subfiles}\n\\begin{document}\n"
                                              "\\citep{Cardoso:2013}\n\\end{document}\n")
    result = check_manuscript(tmp_path / "src" / "sub.tex")
    assert not result.problems and [r.key for r in result.references] == ["Cardoso:2013"]
    # Two main files include the chapter: which bibliography is meant cannot be told.
    (tmp_path / "other.tex").write_text("\\documentclass{article}\n\\input{src/extra}\n\\bibliography{main}\n")
    r = scan_cli("check-citations", str(tmp_path / "src" / "extra.tex"))
    assert r.returncode == 2 and "names no bibliography" in r.stderr
