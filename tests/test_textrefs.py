"""refs.textrefs: plain-text reference lists to CSL items."""

from __future__ import annotations

from refs.formats import read_references
from refs.textrefs import parse_authors, parse_reference, parse_reference_list, split_references


def test_apa_journal_article():
    item = parse_reference("Rubin, G. J., Brewin, C. R., & Wesley, S. (2005). Psychological reactions to the "
                           "bombings: A survey. British Journal of Psychiatry, 190(4), 350-356. "
                           "https://doi.org/10.1192/bjp.190.4.350")
    assert [a["family"] for a in item["author"]] == ["Rubin", "Brewin", "Wesley"]
    assert item["author"][0]["given"] == "G. J."
    assert item["title"] == "Psychological reactions to the bombings: A survey"
    assert (item["container-title"], item["volume"], item["issue"], item["page"]) == \
        ("British Journal of Psychiatry", "190", "4", "350-356")
    assert item["DOI"] == "10.1192/bjp.190.4.350" and item["type"] == "article-journal"


def test_blog_post_and_slides_markers_and_retrieved_from():
    blog = parse_reference("Barr, J. (2013, February 25). How to find a mentor on Twitter [Blog post]. "
                           "Retrieved from https://blog.example.org/find-a-mentor")
    assert blog["type"] == "post-weblog" and blog["genre"] == "Blog post"
    assert blog["issued"] == {"date-parts": [[2013, 2, 25]]}
    assert blog["URL"] == "https://blog.example.org/find-a-mentor"
    assert blog["title"] == "How to find a mentor on Twitter"
    slides = parse_reference("Hurt, A. (2012). Peer mentoring [PowerPoint slides]. Retrieved from http://s.example.com/h")
    assert slides["type"] == "speech" and slides["genre"] == "PowerPoint slides"


def test_book_chapter_and_organisation():
    ch = parse_reference("Wilkinson, R. (1999). Sociology as a marketing feast. In M. Collis, L. Munro, & "
                         "S. Russell (Eds.), Sociology for the new millennium (pp. 281-289). Churchill, Victoria: Celts.")
    assert ch["type"] == "chapter" and ch["container-title"] == "Sociology for the new millennium"
    assert [e["family"] for e in ch["editor"]] == ["Collis", "Munro", "Russell"]
    assert (ch["page"], ch["publisher"], ch["publisher-place"]) == ("281-289", "Celts", "Churchill, Victoria")
    book = parse_reference("American Library Association. (2015). Mentoring programs. Chicago, IL: ALA Editions.")
    assert book["author"] == [{"literal": "American Library Association"}] and book["type"] == "book"


def test_no_author_reference_starts_with_its_title():
    item = parse_reference("Mentoring toolkit for new librarians. (2019). Chicago, IL: ALA Editions.")
    assert "author" not in item and item["title"] == "Mentoring toolkit for new librarians"


def test_author_forms():
    assert parse_authors("Shamma, David A., Lyndon Kennedy, and Elizabeth F. Churchill") == [
        {"family": "Shamma", "given": "David A."}, {"family": "Kennedy", "given": "Lyndon"},
        {"family": "Churchill", "given": "Elizabeth F."}]
    assert parse_authors("Gaberdiel M") == [{"family": "Gaberdiel", "given": "M"}]


def test_lists_by_line_by_paragraph_and_problems():
    text = ("Barr, J. (2013). A post. Mentor Blog.\n"
            "Hurt, A. (2012). Peer mentoring.\n  Journal of Library Mentoring, 3, 1-10.\n"
            "this line is no reference at all\n")
    assert [ln for ln, _ in split_references(text)] == [1, 2, 4]
    items, problems = parse_reference_list(text, "refs.txt")
    assert len(items) == 2 and items[1]["container-title"] == "Journal of Library Mentoring"
    assert [str(p) for p in problems] == ["refs.txt:4: cannot read this as a reference: "
                                          "'this line is no reference at all'"]
    para = "Barr, J. (2013).\nA post. Mentor Blog.\n\nHurt, A. (2012). Peer\nmentoring. J, 3.\n"
    assert [ln for ln, _ in split_references(para)] == [1, 4]


def test_import_detects_text_lists(tmp_path):
    path = tmp_path / "reading-list"
    path.write_text("Barr, J. (2013). A post. Mentor Blog. https://blog.example.org/a\n"
                    "Hurt, A. (2012). Peer mentoring. Journal of Library Mentoring, 3, 1-10.\n")
    items, problems = read_references(path)
    assert len(items) == 2 and not problems
