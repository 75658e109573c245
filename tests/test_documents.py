"""A document the crawl does not read (a PDF) is read by the link that led to it:
its title and keywords come from the link's text and sentence (scan.extract.documents)."""

from __future__ import annotations

import pytest

from refs.http import hosts_resolver
from scan.crawl.engine import crawl
from scan.crawl.settings import CrawlSettings
from scan.crawl.state import CrawlState, Entry
from scan.extract.documents import read_link, title_of_link
from scan.keywords import Matcher, Topic
from scan.page import Page
from scan.rank import rank
from tests.servers import Page as Served, Web


@pytest.mark.parametrize("text, title", [
    ("Peer Mentoring Toolkit 2024 (PDF, 1.2 MB)", "Peer Mentoring Toolkit 2024"),
    ("Download the Mentor Match handbook (PDF)", "Mentor Match handbook"),
    ("Peer mentoring circles on Slack: a pilot evaluation", "Peer mentoring circles on Slack: a pilot evaluation"),
    ("FY2024 financial report [pdf, 300 KB]", "FY2024 financial report"),
    ("Download PDF", None),
    ("PDF", None),
    ("Full text (PDF)", None),
    ("Slides", None),
    ("Read the handbook (PDF)", None),
    ("program guide (PDF)", None),          # a phrase of its sentence, not a title
    ("this post", None),
    ("", None),
])
def test_the_title_a_link_gives_its_document(text, title):
    assert title_of_link(text) == title


def test_keywords_of_the_link_count_as_the_documents_title_and_body():
    matcher = Matcher(Topic.default())
    doc = Page("http://h.test/toolkit.pdf", status=200, kind="document", kind_reason="not HTML (application/pdf)")
    read = read_link(doc, "Peer Mentoring Toolkit 2024 (PDF)",
                     "Download our Peer Mentoring Toolkit 2024 (PDF), written with the mentors of our Slack.", matcher)
    assert read.title == "Peer Mentoring Toolkit 2024"
    # the link's text is its title; the title stands for the unread text too; the rest of the sentence is body
    assert read.zones["peer mentoring"] == (1, 0, 1)
    assert read.zones["mentor"] == (0, 0, 1) and read.zones["Slack"] == (0, 0, 1)
    assert "read by the link to it" in read.kind_reason and read.excerpt.startswith("Download our Peer")
    assert read.words > 0 and "toolkit" in read.terms
    # a title the document had already is kept; a link that names nothing gives none
    assert read_link(doc.with_(title="Given"), "Peer mentoring toolkit", "", matcher).title == "Given"
    nothing = read_link(doc, "Download PDF", "Download PDF", matcher)
    assert nothing.title is None and not nothing.zones


def test_a_frontier_entry_keeps_its_link_across_a_resume():
    e = Entry("http://h.test/a.pdf", 1, "http://h.test/", (1, 0, -50.0, 3), anchor=("Toolkit 2024", "Read the Toolkit 2024."))
    assert Entry.from_list(e.as_list()) == e
    legacy = Entry.from_list(["http://h.test/a.pdf", 1, "http://h.test/", [1, 0, -50.0, 3], 0])
    assert legacy.anchor is None and legacy.as_list() == ["http://h.test/a.pdf", 1, "http://h.test/", [1, 0, -50.0, 3], 0]


def _html(body: str) -> bytes:
    return (f"<!doctype html><html><head><title>Resources</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>Resources for mentors</h1><p>Mentoring on Twitter: a mentor and a mentee in a personal "
            f"learning network.</p>{body}</article></body></html>").encode()


@pytest.fixture
def webs():
    servers = [Web(f"127.0.0.{n}", name=f"h{n}.test") for n in (2, 3)]
    for w in servers:
        w.start()
    yield servers
    for w in servers:
        w.stop()


def _crawled(tmp_path, webs, seed: str) -> dict[str, Page]:
    """The pages a crawl from ``seed`` (every link followed) stores, ranked, by URL."""
    state = CrawlState(tmp_path / "db")
    state.start_new({"seeds": [seed]})
    settings = CrawlSettings(delay=0.0, allow_private=True, timeout=30, page_timeout=60, analysis_workers=1,
                             checkpoint_seconds=0.2, follow="all")
    crawl(state, [seed], settings, resolve=hosts_resolver({w.name: w.host for w in webs}, fallback=None))
    return {p.url: p for p in rank(CrawlState(tmp_path / "db").load().pages.values(), Topic.default())}


def test_a_crawl_titles_and_scores_linked_pdfs_by_their_links(tmp_path, webs):
    site, files = webs
    pdf = Served(b"%PDF-1.4 not read", content_type="application/pdf")
    for path in ("/toolkit.pdf", "/fin.pdf", "/x.pdf", "/handbook.pdf"):
        files.route(path, pdf)
    files.route("/go", Served(status=302, headers={"Location": "/handbook.pdf"}))
    site.route("/", Served(_html(
        f'<p>Download the <a href="{files.url("/toolkit.pdf")}">Peer Mentoring Toolkit 2024 (PDF)</a>, made with '
        f'our peer mentors on Slack.</p>'
        f'<p>Governance: <a href="{files.url("/fin.pdf")}">FY2024 financial report (PDF)</a>.</p>'
        f'<p><a href="{files.url("/x.pdf")}">Download PDF</a></p>'
        f'<p>New: <a href="{files.url("/go")}">Mentor Match Handbook for mentees</a>.</p>')))
    pages = _crawled(tmp_path, webs, site.url("/"))
    toolkit, fin, bare = (pages[files.url(p)] for p in ("/toolkit.pdf", "/fin.pdf", "/x.pdf"))
    handbook = pages[files.url("/go")]     # stored under the address linked, its final URL the PDF
    assert toolkit.kind == fin.kind == bare.kind == handbook.kind == "document"
    assert toolkit.title == "Peer Mentoring Toolkit 2024" and toolkit.score >= 60
    assert handbook.title == "Mentor Match Handbook for mentees" and handbook.score > 0   # through the redirect
    assert fin.title == "FY2024 financial report" and fin.score == 0
    assert bare.title is None and bare.score == 0


def test_a_journal_articles_untitled_pdf_link_is_its_full_text(tmp_path, webs):
    site, files = webs
    files.route("/article/7.pdf", Served(b"%PDF-1.4 not read", content_type="application/pdf"))
    files.route("/other.pdf", Served(b"%PDF-1.4 not read", content_type="application/pdf"))
    article = (
        "<!doctype html><html><head><title>Peer mentoring on Slack</title>"
        '<meta name="citation_title" content="Peer mentoring on Slack for early-career librarians">'
        '<meta name="citation_author" content="Okafor, Adaeze"><meta name="citation_publication_date" content="2024/03/01">'
        '<meta name="citation_journal_title" content="Journal of Library Practice"><meta name="citation_doi" content="10.5555/jlp.7">'
        "</head><body><article><h1>Peer mentoring on Slack for early-career librarians</h1>"
        "<p>Abstract. We studied peer mentoring circles of early-career librarians on Slack: mentors, mentees and "
        "their professional learning network over a year.</p>"
        f'<p><a href="{files.url("/article/7.pdf")}">Download PDF</a></p>'
        f'<p>Cited: <a href="{files.url("/other.pdf")}">Annual circulation statistics 2023</a>.</p>'
        "</article></body></html>").encode()
    site.route("/", Served(_html(f'<p><a href="{site.url("/article/7")}">Peer mentoring on Slack</a></p>')))
    site.route("/article/7", Served(article))
    pages = _crawled(tmp_path, webs, site.url("/"))
    record, pdf, other = pages[site.url("/article/7")], pages[files.url("/article/7.pdf")], pages[files.url("/other.pdf")]
    assert record.kind == "journal-article" and record.score >= 60
    assert pdf.kind == "document" and "full text of " + record.url in pdf.kind_reason
    assert (pdf.title, pdf.doi, pdf.date, pdf.authors, pdf.score) == (record.title, record.doi, record.date,
                                                                       record.authors, record.score)
    # a titled link on the article is another work, read by its own words
    assert other.title == "Annual circulation statistics 2023" and other.doi is None and other.score == 0


@pytest.mark.parametrize("pdf_first", [True, False])
def test_a_pdf_an_issues_contents_links_first_is_still_its_articles_full_text(tmp_path, webs, pdf_first):
    """A journal's issue lists each article with a link to its page and a bare "PDF" link (J-STAGE's, seen on web 33):
    whichever of the two the crawl reads first, the PDF is the article's full text, as the article's page says by
    its own "PDF" link; a PDF of the issue whose article's page is never read stays untitled."""
    site, _ = webs
    pdf = Served(b"%PDF-1.4 not read", content_type="application/pdf")
    site.route("/article/12_121/_pdf", pdf)
    site.route("/article/12_135/_pdf", pdf)
    site.route("/article/12_121/_article", Served((
        "<!doctype html><html><head><title>Online mentoring among early-career librarians</title>"
        '<meta name="citation_title" content="Online mentoring among early-career librarians">'
        '<meta name="citation_author" content="Sato, Yuki"><meta name="citation_publication_date" content="2024/09/01">'
        '<meta name="citation_journal_title" content="Journal of Library and Information Science">'
        "</head><body><article><h1>Online mentoring among early-career librarians</h1><p>Abstract. We surveyed how "
        "early-career librarians find a mentor on social media and in peer mentoring circles online.</p>"
        f'<p><a href="{site.url("/article/12_121/_pdf")}">PDF</a></p></article></body></html>').encode()))
    rows = [(site.url("/article/12_121/_pdf"), "PDF (512K)"), (site.url("/article/12_121/_article"), "Online mentoring")]
    rows = rows if pdf_first else rows[::-1]
    links = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in rows)
    site.route("/", Served(_html(f'<h2>Vol. 12 No. 3</h2><ul>{links}<li><a href="{site.url("/article/12_135/_pdf")}">'
                                 f'PDF (220K)</a></li></ul>')))
    pages = _crawled(tmp_path, webs, site.url("/"))
    record, pdf_page = pages[site.url("/article/12_121/_article")], pages[site.url("/article/12_121/_pdf")]
    assert "full text of " + record.url in pdf_page.kind_reason, pdf_page.kind_reason
    assert (pdf_page.title, pdf_page.score) == (record.title, record.score) and record.score >= 60
    assert pages[site.url("/article/12_135/_pdf")].title is None


@pytest.mark.parametrize("anchor, content_type, url, full", [
    (("Download PDF", ""), "application/pdf", "http://j.test/a/7/pdf", True),
    (("", "PDF"), "application/pdf", "http://j.test/a/7/download", True),            # an icon in the content
    (("Save PDF", ""), None, "http://j.test/files/7.pdf", True),                        # no content type: a .pdf
    (("PDF Télécharger", ""), "application/pdf", "http://j.test/7.pdf", True),
    (("Español (pdf)", ""), "application/pdf", "http://j.test/7-es.pdf", True),           # its language
    (("Download full-text PDF", ""), "application/pdf", "http://j.test/7/fulltext", True),
    (("Preview PDF", ""), "application/pdf", "http://j.test/7v1.full.pdf", True),       # a preprint server's tab
    (("Preview - PDF (24 pages)", ""), "application/pdf", "http://j.test/openview/7/1.pdf", True),   # a thesis's
    (("peer_mentoring_report.pdf", "peer_mentoring_report.pdf (412.5 KB)"), "application/pdf",
     "http://j.test/files/peer_mentoring_report.pdf", True),                             # its file's name
    (("Download figure", ""), "image/png", "http://j.test/a/7/fig1.png", False),        # not a PDF
    (("Download citation (RIS)", ""), "application/x-research-info-systems", "http://j.test/a/7.ris", False),
    (("Download supplementary data (PDF)", ""), "application/pdf", "http://j.test/a/7/supp.pdf", False),
    (None, "application/pdf", "http://j.test/privacy.pdf", False),                       # the footer's, or unknown
])
def test_only_a_records_untitled_pdf_link_in_its_content_is_its_full_text(anchor, content_type, url, full):
    from scan.extract.documents import is_full_text_link

    record = Page("http://j.test/a/7", status=200, kind="journal-article", title="Peer mentoring on Slack")
    doc = Page(url, status=200, kind="document", content_type=content_type)
    assert is_full_text_link(record, anchor, doc) is full
    assert not is_full_text_link(record.with_(kind="article"), anchor, doc)      # a blog post's PDF is another work
