"""Main content, links and their regions, citations, DOIs, reference lists,
encodings and hostile pages (scan.extract), on small pages we wrote."""

from __future__ import annotations

import time
from datetime import date

import pytest

from scan.extract import analyse
from scan.extract.citations import find_citations, find_dois
from scan.extract.content import sentence_around
from scan.extract.decode import decode_html
from scan.keywords import Matcher, Topic

URL = "https://blog.example.org/2013/02/25/find-a-mentor/"

BLOG = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>How to find a mentor | Mentor Blog</title><base href="https://blog.example.org/base/"></head>
<body class="single sidebar-left">
<header class="site-header"><a href="/">Mentor Blog home</a></header>
<nav><a href="/about">About</a><a href="/mentoring-twitter">Mentoring on Twitter</a></nav>
<div id="content"><article class="post">
 <h1 class="entry-title">How to find a mentor</h1>
 <div class="entry-content">
  <p>Finding a mentor on Twitter is easier than it looks. Read
     <a href="https://other.example.com/peer-mentoring#top">Hurt's post on peer mentoring</a> first.
     Mentoring moments matter (Barr, 2013; Hurt et al., 2012).</p>
  <p>As Welsh, Bhave and Kim (2012) show, e-mentoring works. See doi:10.1000/XYZ.123.</p>
  <p><a href="relative/page">A relative link</a> and <a href="javascript:void(0)">js</a>
     and <a href="mailto:x@y.z">mail</a>.</p>
  <div class="sharedaddy"><a href="https://twitter.com/share?u=1">Share on Twitter</a></div>
  <h2>References</h2>
  <ul><li>Barr, J. (2013). Mentoring moments. Library Journal, 1(2), 3-4.</li>
      <li>Hurt, S., et al. (2012). Peer mentoring online. https://doi.org/10.5555/abc</li></ul>
 </div>
</article>
<div id="comments" class="comments-area"><div class="comment">
  <span class="comment-author">Bob</span><p>Great post about mentor search! Mentor mentor mentor.</p>
  <a href="https://spam.example.net/">my site</a></div></div>
</div>
<aside class="sidebar"><a href="https://blogroll.example.com/">Blogroll</a></aside>
<footer><a href="/privacy">Privacy</a></footer>
</body></html>"""


def test_main_text_excludes_nav_footer_comments_and_share():
    a = analyse(BLOG, URL, keep_text=True)
    assert "Finding a mentor on Twitter" in a.main_text
    for junk in ("About", "Privacy", "Blogroll", "Great post", "Share on Twitter", "Mentor Blog home"):
        assert junk not in a.main_text, junk
    # the page's own words: the main text without its reference list
    own = a.main_text.split("\nReferences\n")[0]
    assert a.page.words == len(own.split()) < len(a.main_text.split())


def test_a_layouts_state_classes_mark_no_region():
    """A class that says what an element has or shows ("has-footer", "with-sidebar", "has-sharing") does not make
    it a footer, a sidebar or a share bar (a footer's class beside it still does): Super's Notion pages hold their whole text in
    ``<article class="notion-root has-footer">``, in divs and spans, no paragraph."""
    text = ("MentorLink is a volunteer-run online mentoring programme for library and information workers in their "
            "first five years. You are matched with a more experienced practitioner from another workplace.")
    page = ('<html><head><title>The programme</title></head><body><main class="super-content"><h1>The programme</h1>'
            '<article class="notion-root max-width has-footer"><div class="notion-text"><div class="notion-text__content">'
            f'<span class="notion-semantic-string">{text}</span></div></div></article></main>'
            '<aside class="sidebar"><p>Blogroll and archives.</p></aside>'
            '<div class="site-footer no-sidebar"><p>Copyright the programme, all rights reserved.</p></div></body></html>')
    a = analyse(page, "https://mentorlink.example/about-the-scheme", keep_text=True)
    assert text in a.main_text and a.page.words >= len(text.split())
    assert "Copyright" not in a.main_text and "Blogroll" not in a.main_text


def test_a_sections_anchor_names_no_region():
    """Sphinx, Jupyter Book and Quarto give a section its heading's anchor as its id: a chapter titled
    "Librarians on social platforms" is ``<section id="librarians-on-social-platforms">``, no share bar ("social"),
    and a "Related work" section no list of related posts. A share bar's own id still marks it."""
    text = ("Libraries use social platforms mostly for outreach. This chapter also covers the personal side, where "
            "staff follow colleagues, ask for advice and get guidance from people further along in their careers.")
    page = ('<html><head><title>Librarians on social platforms</title></head><body><main><article role="main">'
            '<section class="tex2jax_ignore" id="librarians-on-social-platforms"><h1>2. Librarians on social platforms'
            '<a class="headerlink" href="#librarians-on-social-platforms">#</a></h1>'
            f'<p>{text}</p><section id="related-work"><h2>Related work</h2><p>Earlier studies of outreach.</p>'
            '</section></section><div id="social-share-links"><p>Share this chapter on Mastodon and Bluesky.</p></div>'
            '</article></main></body></html>')
    a = analyse(page, "https://handbook.example/chapters/intro-social.html", keep_text=True)
    assert text in a.main_text and "Earlier studies of outreach." in a.main_text
    assert "Share this chapter" not in a.main_text


def test_keyword_hits_come_from_main_text_only():
    m = Matcher(Topic.from_config(["mentor"], {}))
    a = analyse(BLOG, URL, matcher=m, keep_text=True)
    # the comment's "mentor search! Mentor mentor mentor" is not counted, nor the reference list's titles
    # ("Mentoring moments", "Peer mentoring online": other works')
    assert a.page.hits == m.count(a.main_text.split("\nReferences\n")[0]).keywords
    assert a.page.hits["mentor"] == 5
    assert m.count(a.main_text).keywords["mentor"] == 7


def test_links_regions_and_resolution():
    a = analyse(BLOG, URL)
    by_text = {link.text: link for link in a.links}
    assert by_text["Hurt's post on peer mentoring"].region == "body"
    assert by_text["Hurt's post on peer mentoring"].url == "https://other.example.com/peer-mentoring"
    assert by_text["A relative link"].url == "https://blog.example.org/base/relative/page"
    assert by_text["About"].region == "nav"
    assert by_text["Mentor Blog home"].region == "header"
    assert by_text["my site"].region == "comments"
    assert by_text["Blogroll"].region == "aside"
    assert by_text["Share on Twitter"].region == "aside"
    assert by_text["Privacy"].region == "footer"
    assert "js" not in by_text and "mail" not in by_text
    assert [link.text for link in a.body_links()] == ["Hurt's post on peer mentoring", "A relative link"]


def test_link_context_is_the_sentence():
    a = analyse(BLOG, URL)
    link = next(link for link in a.links if link.text.startswith("Hurt's"))
    assert link.context == "Read Hurt's post on peer mentoring first."
    assert sentence_around("Intro here. Read Barr's post on mentors. Bye.", "Barr's post") == \
        "Read Barr's post on mentors."


def test_citations_dois_and_references():
    a = analyse(BLOG, URL)
    assert a.page.citations == ("(Barr, 2013; Hurt et al., 2012)", "Welsh, Bhave and Kim (2012)")
    works = a.citations[0].works
    assert works[1].names == ("Hurt",) and works[1].et_al and works[1].year == "2012"
    assert a.citations[1].works[0].names == ("Welsh", "Bhave", "Kim")
    assert "10.1000/XYZ.123" in a.page.dois and "10.5555/abc" in a.page.dois
    assert len(a.page.references) == 2 and a.page.references[0].startswith("Barr, J. (2013)")


def test_citation_forms():
    texts = [c.text for c in find_citations(
        "Known (Czarnecki, n.d.) and (Smith & Jones, 2010, p. 5). Lee et al. (2019) agree. "
        "Not citations: (see above), (2013), In 2013 (Twitter launched).")]
    assert texts == ["(Czarnecki, n.d.)", "(Smith & Jones, 2010, p. 5)", "Lee et al. (2019)"]


def test_doi_normalisation():
    assert find_dois('<a href="https://doi.org/10.1000%2FABC">x</a> 10.1000/abc. doi:10.2000/Q(1)2).') == \
        ["10.1000/ABC", "10.2000/Q(1)2"]  # as written: DOIs compare case-blind (doi_key), print as given


def test_title_and_type_of_blog():
    a = analyse(BLOG, URL)
    assert a.page.title == "How to find a mentor"
    assert a.page.date == "2013-02-25"


def test_to_csl():
    a = analyse(BLOG.replace("<head>", '<head><meta name="author" content="Jane Barr">'
                             '<meta property="og:site_name" content="Mentor Blog">'), URL)
    item = a.page.to_csl(date(2024, 5, 1))
    assert item["title"] == "How to find a mentor"
    assert item["author"] == [{"family": "Barr", "given": "Jane"}]
    assert item["issued"] == {"date-parts": [[2013, 2, 25]]}
    assert item["container-title"] == "Mentor Blog"
    assert item["URL"] == URL and item["accessed"] == {"date-parts": [[2024, 5, 1]]}
    assert item["language"] == "en"


# ---------------------------------------------------------------- encodings

def test_http_charset_first():
    body = "<html><head><title>Caf\u00e9 Mentoring</title></head><body><p>M\u00fcnchen</p></body></html>"
    a = analyse(body.encode("cp1252"), URL, charset="iso-8859-1")
    assert a.page.title == "Café Mentoring" and a.page.encoding == "cp1252"


def test_meta_charset_and_http_equiv():
    body = "<html><head><meta charset='windows-1251'><title>Наставник</title></head></html>"
    assert analyse(body.encode("cp1251"), URL).page.title == "Наставник"
    body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'
            "<title>メンター</title></head></html>")
    a = analyse(body.encode("shift_jis"), URL)
    assert a.page.title == "メンター" and a.page.encoding == "shift_jis"


def test_detection_without_declaration():
    body = ("<html><head><title>Übersicht über Mentoring für Bibliothekare</title></head><body><p>"
            + "Größere Änderungen für Mentoring-Programme in Bibliotheken. " * 20 + "</p></body></html>")
    assert analyse(body.encode("utf-8"), URL).page.title.startswith("Übersicht")
    a = analyse(body.encode("cp1252"), URL)
    assert a.page.title.startswith("Übersicht")


@pytest.mark.parametrize("charset", ["utf-7", "unicode-1-1-utf-7", "idna", "punycode", "utf-32", "utf_16_be",
                                     "x-user-defined", "rot13"])
def test_charsets_no_browser_decodes_are_ignored(charset):
    # UTF-7 would turn "+ADw-script+AD4-" into "<script>"; idna and punycode made the page unreadable.
    body = b"<html><head><title>+ADw-b+AD4-Caf\xe9 mentoring</title></head><body><p>A mentor.</p></body></html>"
    for a in (analyse(body, URL, charset=charset), analyse(b"<meta charset=" + charset.encode() + b">" + body, URL)):
        assert a.page.error is None and a.page.title == "+ADw-b+AD4-Café mentoring" and a.page.encoding != charset


def test_mislabelled_utf8_declared_latin1():
    text, enc = decode_html("<meta charset='iso-8859-1'><p>café</p>".encode("utf-8"))
    assert "café" in text and enc == "utf-8"


def test_bom_wins():
    text, enc = decode_html(b"\xef\xbb\xbf<meta charset='iso-8859-1'>caf\xc3\xa9")
    assert text.endswith("café") and enc == "utf-8"


# ---------------------------------------------------------------- hostile pages

def test_garbage_never_crashes():
    for junk in (b"", b"\x00\xff\xfe" * 1000, bytes(range(256)) * 200, b"<<<>>><a href=", "<html><p>\x00</p>",
                 b"<a href='http://[::1'>x</a>", b"<meta charset='bogus'><title>t</title>",
                 b'<script type="application/ld+json">' + b"[" * 5000 + b"</script>"):
        a = analyse(junk, URL)
        assert a.page.error is None, (junk[:20], a.page.error)


def test_deep_nesting_and_huge_attributes():
    deep = "<div>" * 20000 + "<p>Deep mentoring text</p>" + "</div>" * 20000
    a = analyse(deep, URL)
    assert a.page.error is None or "nested" in a.page.error
    huge = '<html><body><p title="' + "x" * 5_000_000 + '">Mentor</p></body></html>'
    assert analyse(huge, URL).page.error is None


def test_many_microdata_dates_deep_in_nested_elements_are_read_in_one_pass():
    """A hostile page: thousands of <meta itemprop=datePublished> under thousands of nested elements.
    Whether each is a comment's is decided once per ancestor (it took seconds per 10^4 tags before);
    counted in attribute look-ups, not in seconds."""
    from bs4 import BeautifulSoup
    from bs4.element import AttributeDict

    from scan.extract.content import collect

    class Counting(AttributeDict):
        reads = 0

        def get(self, key, default=None):
            Counting.reads += 1
            return super().get(key, default)

    depth, n = 1500, 1500
    comment = '<div itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
    html = ("<html><body>" + "<div>" * depth + comment
            + '<meta itemprop="datePublished" content="2019-06-07">' * n + "</div>"
            + '<meta itemprop="datePublished" content="2019-03-14">' * n + "</div>" * depth + "</body></html>")
    soup = BeautifulSoup(html, "lxml", multi_valued_attributes=None, attribute_dict_class=Counting)
    c = collect(soup)
    assert [v for k, v in c.metas if k == "datepublished"] == ["2019-03-14"] * n   # the comment's are not the page's
    assert Counting.reads < 30 * (depth + 2 * n)


def test_fifty_thousand_links_is_fast():
    page = "<html><body><article><p>" + "".join(
        f'<a href="/p{i}">link {i}</a> ' for i in range(50_000)) + "</p></article></body></html>"
    t0 = time.perf_counter()
    a = analyse(page, URL)
    assert time.perf_counter() - t0 < 15
    assert len(a.links) == 50_000


def test_unclosed_script_does_not_hang():
    page = "<html><body>" + "<script>var x = 1;" * 20000 + "<p>text</p>"
    t0 = time.perf_counter()
    analyse(page, URL)
    assert time.perf_counter() - t0 < 5


DRUPAL_DISCUSSION = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Mentoring at a distance | Member Forum</title></head><body>
<nav class="menu"><a href="/">Home</a></nav>
<main id="content" role="main">
<div id="node-12" class="node node-discussion node-promoted clearfix">
 <h1>Mentoring at a distance</h1>
 <p>I run a small rural library and look for a mentor I can meet by video call every month.</p>
 <p>What has worked for you? Peer mentoring circles, e-mentoring, a regular Twitter chat?</p>
</div>
<article class="node node-discussion">
 <p>Second post body of the thread, still the discussion itself and long enough to count.</p>
</article>
<section id="comments" class="comment-wrapper">
 <div class="comment"><p>Reply: try the state association's virtual mentoring track, it helped me.</p></div>
</section>
</main></body></html>"""


def test_ambiguous_discussion_class_is_not_a_comment_section():
    m = Matcher(Topic.from_config(["mentor"], {}))
    a = analyse(DRUPAL_DISCUSSION, "https://forum.example.org/node/12", matcher=m, keep_text=True)
    assert "I run a small rural library" in a.main_text
    assert "Second post body" in a.main_text
    assert "Reply: try" not in a.main_text          # the real comment section still goes
    assert a.page.hits["mentor"] >= 1


def test_comment_section_still_recognised_by_strong_tokens():
    body = ("<article class='post has-comments'><h1>T</h1><p>" + "Body text of the post. " * 10 + "</p></article>"
            "<div class='post-comments'><p>" + "A reader's comment text here. " * 5 + "</p></div>"
            "<ol class='replies'><li><p>" + "A reply to the reader here, long. " * 5 + "</p></li></ol>"
            "<article id='comment-3' class='comment'><p>" + "Another comment as an article. " * 5 + "</p></article>")
    a = analyse(f"<html><body>{body}</body></html>", URL, keep_text=True)
    assert "Body text of the post" in a.main_text
    for junk in ("reader's comment", "A reply to", "Another comment"):
        assert junk not in a.main_text, junk


def test_declared_utf8_with_a_few_invalid_bytes_stays_utf8():
    body = ('<meta charset="utf-8"><title>Mentoré à Zürich</title><p>Ça marche.</p>'.encode()
            + b"<p>stray \xff\xfe bytes</p>")
    text, enc = decode_html(body, "utf-8")
    assert enc == "utf-8" and "Mentoré à Zürich" in text and "Ça marche" in text
    assert "stray \ufffd\ufffd bytes" in text
    assert analyse(body, URL, charset="utf-8").page.title == "Mentoré à Zürich"
    # All invalid, nothing valid: a legacy page mislabelled, detected instead.
    text, enc = decode_html(b"<p>caf\xe9 cr\xe8me br\xfbl\xe9e na\xefve</p>", "utf-8")
    assert enc != "utf-8" and "\ufffd" not in text


_PARAS = ("<p>Each circle pairs two experienced members with four to six colleagues new to the profession. Between "
          "meetings every circle has its own channel where mentees ask the small questions.</p>"
          "<p>We piloted the format with three circles in the fall, and the mentors were surprised how much "
          "happened in the channels between the monthly video calls.</p>")


@pytest.mark.parametrize("content, sidebar", [
    # Elementor: every block of the post a "widget", its text in .elementor-widget-container
    (f'<div data-elementor-type="wp-post" class="elementor elementor-3050"><div class="elementor-element '
     f'elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div '
     f'class="elementor-widget-container">{_PARAS}</div></div></div>',
     '<div class="elementor-widget elementor-widget-sidebar"><div class="elementor-widget-container"><p>Recent '
     'posts: mentors wanted for the spring circles.</p></div></div>'),
    # SiteOrigin Page Builder: each panel "so-panel widget widget_sow-editor"
    (f'<div id="pl-3050" class="panel-layout"><div class="panel-grid"><div id="panel-3050-0-0-0" class="so-panel '
     f'widget widget_sow-editor panel-first-child"><div class="so-widget-sow-editor">{_PARAS}</div></div></div>'
     f'</div>',
     '<aside class="widget-area"><section class="widget widget_recent_entries"><p>Recent posts: mentors wanted '
     'for the spring circles.</p></section></aside>'),
], ids=["elementor", "siteorigin"])
def test_a_page_builders_widgets_are_the_posts_text(content, sidebar):
    """Seen on labelled web 13: a WordPress post built with Elementor lost all its text (scores 1-5 for posts about
    the topic throughout), because Elementor names every block of the content a widget, and widgets are sidebars'.
    A page builder's blocks are the post's text; a sidebar stays out."""
    html = (f'<html><head><title>Mentoring Circles Move to Slack</title></head><body class="single single-post">'
            f'<header><a href="/">Riverlands Library Association</a></header><main id="content" class="site-main">'
            f'<h1 class="entry-title">Mentoring Circles Move to Slack</h1><div class="page-content">{content}</div>'
            f'{sidebar}</main></body></html>')
    a = analyse(html, "https://rla.example/mentoring-circles-move-to-slack/", keep_text=True)
    assert "three circles in the fall" in a.main_text and a.page.words > 50, a.main_text
    assert "Recent posts" not in a.main_text
