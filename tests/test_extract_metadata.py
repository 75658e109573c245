"""Page metadata, one source at a time (scan.extract.metadata), on small pages we wrote."""

from __future__ import annotations

import json

import pytest

from scan.extract import analyse
from scan.keywords import Matcher, Topic

URL = "https://blog.example.org/posts/find-a-mentor"


def page(head: str = "", body: str = "", *, lang: str = "en") -> str:
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
            f"<body>{body}</body></html>")


def ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


ARTICLE = "<article><h1>How to find a mentor</h1><p>" + "Mentoring text here. " * 30 + "</p></article>"


# ---------------------------------------------------------------- JSON-LD

def test_jsonld_article_person():
    a = analyse(page(ld({"@context": "https://schema.org", "@type": "BlogPosting",
                         "headline": "How to find a mentor", "datePublished": "2013-02-25T08:00:00+01:00",
                         "dateModified": "2014-01-01", "author": {"@type": "Person", "name": "Jane Barr"},
                         "publisher": {"@type": "Organization", "name": "Mentor Blog"}}), ARTICLE), URL)
    assert a.page.title == "How to find a mentor"
    assert list(a.page.authors) == [{"family": "Barr", "given": "Jane"}]
    assert a.page.date == "2013-02-25" and a.page.date_modified == "2014-01-01"
    assert a.page.site == "Mentor Blog"
    assert a.page.type == "post-weblog"


def test_jsonld_graph_author_by_reference():
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "#site", "name": "Library Life"},
        {"@type": "Person", "@id": "#p1", "name": "Sam Hurt"},
        {"@type": "NewsArticle", "headline": "Peer mentoring", "author": {"@id": "#p1"},
         "datePublished": "2012-05-01", "isPartOf": {"@id": "#site"}},
    ]}
    a = analyse(page(ld(graph), ARTICLE), URL)
    assert list(a.page.authors) == [{"family": "Hurt", "given": "Sam"}]
    assert a.page.date == "2012-05-01"
    assert a.page.site == "Library Life"
    assert a.page.type == "article-newspaper"


def test_jsonld_arrays_and_several_authors():
    data = [{"@type": "WebSite", "name": "X"},
            {"@type": ["Article", "ScholarlyArticle"], "name": "A study",
             "author": [{"@type": "Person", "givenName": "Ann", "familyName": "Welsh"},
                        {"@type": "Person", "name": "Bo Bhave"}, "Kim Lee"],
             "datePublished": "2012", "identifier": "https://doi.org/10.1234/ABC.5"}]
    a = analyse(page(ld(data)), URL)
    assert [n.get("family") for n in a.page.authors] == ["Welsh", "Bhave", "Lee"]
    assert a.page.doi == "10.1234/ABC.5"
    assert a.page.type == "article"  or a.page.type == "article-journal"


def test_jsonld_organisation_author_is_literal():
    a = analyse(page(ld({"@type": "NewsArticle", "headline": "T",
                         "author": {"@type": "Organization", "name": "Reuters"}})), URL)
    assert list(a.page.authors) == [{"literal": "Reuters"}]


@pytest.mark.parametrize("kind", ["Library", "CollegeOrUniversity", "NGO", "MedicalOrganization",
                                  "https://schema.org/GovernmentOrganization"])
def test_jsonld_author_of_any_organisation_type_is_kept_whole(kind):
    """Every schema.org organisation type the site name knows is an organisation as an author too:
    "Mentor Collective" is not a person named Library, Simmons University."""
    a = analyse(page(ld({"@type": "BlogPosting", "headline": "T",
                         "author": {"@type": kind, "name": "Mentor Collective"}})), URL)
    assert list(a.page.authors) == [{"literal": "Mentor Collective"}]


def test_jsonld_broken_json_does_not_crash():
    a = analyse(page('<script type="application/ld+json">{"@type": "Article", </script>'
                     '<meta property="og:title" content="Fallback">'), URL)
    assert a.page.title == "Fallback" and a.page.error is None


# ---------------------------------------------------------------- meta tags

def test_highwire():
    head = ('<meta name="citation_title" content="E-mentoring in libraries">'
            '<meta name="citation_author" content="Barr, Jane">'
            '<meta name="citation_author" content="Czarnecki, Kate">'
            '<meta name="citation_publication_date" content="2013/02/25">'
            '<meta name="citation_journal_title" content="Journal of Library Mentoring">'
            '<meta name="citation_doi" content="doi:10.5555/JLM.2013.1">')
    a = analyse(page(head), URL)
    assert a.page.title == "E-mentoring in libraries"
    assert [n["family"] for n in a.page.authors] == ["Barr", "Czarnecki"]
    assert a.page.authors[0]["given"] == "Jane"
    assert a.page.date == "2013-02-25"
    assert a.page.type == "article-journal"
    assert a.page.site == "Journal of Library Mentoring"
    assert a.page.doi == "10.5555/JLM.2013.1"


def test_dublin_core():
    head = ('<meta name="DC.title" content="Telementoring">'
            '<meta name="DC.creator" content="Hurt, Sam">'
            '<meta name="DCTERMS.issued" content="2012-06-30">'
            '<meta name="DC.language" content="en_GB">')
    a = analyse(page(head, lang=""), URL)
    assert a.page.title == "Telementoring"
    assert list(a.page.authors) == [{"family": "Hurt", "given": "Sam"}]
    assert a.page.date == "2012-06-30"


def test_opengraph_and_article_tags():
    head = ('<meta property="og:title" content="Mentoring moments">'
            '<meta property="og:site_name" content="The Mentor Post">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2015-03-04T10:00:00Z">'
            '<meta property="article:modified_time" content="2016-01-01T10:00:00Z">'
            '<meta property="article:author" content="https://facebook.com/someone">'
            '<meta property="og:description" content="Short moments.">')
    a = analyse(page(head), URL)
    assert a.page.title == "Mentoring moments"
    assert a.page.site == "The Mentor Post"
    assert a.page.date == "2015-03-04" and a.page.date_modified == "2016-01-01"
    assert list(a.page.authors) == []          # a profile URL is not a name
    assert a.page.description == "Short moments."


def test_twitter_title():
    a = analyse(page('<meta name="twitter:title" content="Tweeting mentors">'), URL)
    assert a.page.title == "Tweeting mentors"


def test_meta_author_and_date():
    a = analyse(page('<meta name="author" content="Jane Barr"><meta name="date" content="2013-02-25">'), URL)
    assert list(a.page.authors) == [{"family": "Barr", "given": "Jane"}]
    assert a.page.date == "2013-02-25"


# ---------------------------------------------------------------- microformats, microdata, visible

def test_h_entry():
    body = ('<div class="h-entry"><h1 class="p-name">Reverse mentoring</h1>'
            '<a class="p-author h-card" href="/me">Kate Czarnecki</a>'
            '<time class="dt-published" datetime="2013-04-05T10:00">April 5</time>'
            '<div class="e-content"><p>' + "Reverse mentoring text. " * 20 + '</p></div></div>')
    a = analyse(page("", body), URL)
    assert a.page.title == "Reverse mentoring"
    assert list(a.page.authors) == [{"family": "Czarnecki", "given": "Kate"}]
    assert a.page.date == "2013-04-05"


def test_itemprop_microdata():
    body = ('<div itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Mentees</h1>'
            '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
            '<span itemprop="name">Lee Kim</span></span>'
            '<meta itemprop="datePublished" content="2011-11-11">'
            '<div itemprop="articleBody"><p>' + "Mentees learn. " * 30 + '</p></div></div>')
    a = analyse(page("", body), URL)
    assert a.page.title == "Mentees"
    assert list(a.page.authors) == [{"family": "Kim", "given": "Lee"}]
    assert a.page.date == "2011-11-11"


def test_time_datetime():
    body = '<article><h1>T</h1><time datetime="2010-10-10">Oct 10</time><p>' + "x " * 100 + "</p></article>"
    assert analyse(page("", body), URL).page.date == "2010-10-10"


def test_byline_by_name():
    body = '<article><h1>Finding a mentor</h1><p class="byline">By Jane Barr | Feb 25, 2013</p><p>' + "Text. " * 50 + "</p></article>"
    a = analyse(page("<title>Finding a mentor | Blog</title>", body), URL)
    assert list(a.page.authors) == [{"family": "Barr", "given": "Jane"}]
    assert a.page.date == "2013-02-25"


def test_byline_in_text_near_headline():
    body = '<article><h1>Finding a mentor</h1><p>By Jane Barr</p><p>' + "Text. " * 50 + "</p></article>"
    assert list(analyse(page("", body), URL).page.authors) == [{"family": "Barr", "given": "Jane"}]


def test_byline_never_junk():
    for junk in ("Posted by admin", "Admin", "Posted", "5 minute read", "By admin on March 3, 2013"):
        body = f'<article><h1>T</h1><span class="author">{junk}</span><p>' + "Text. " * 50 + "</p></article>"
        assert list(analyse(page("", body), URL).page.authors) == [], junk


def test_comment_author_is_not_the_author():
    body = ('<article><h1>T</h1><p>' + "Text. " * 50 + '</p></article>'
            '<div id="comments"><div class="comment"><span class="author">Bob Commenter</span>'
            '<p>Nice post!</p></div></div>')
    assert list(analyse(page("", body), URL).page.authors) == []


def test_site_name_dropped_when_a_person_is_named():
    head = ('<meta property="og:site_name" content="Mentor Times">' +
            ld({"@type": "NewsArticle", "headline": "T",
                "author": {"@type": "Organization", "name": "Mentor Times"}}))
    body = '<article><h1>T</h1><span class="byline">By Jane Barr</span><p>' + "Text. " * 50 + "</p></article>"
    a = analyse(page(head, body), URL)
    assert list(a.page.authors) == [{"family": "Barr", "given": "Jane"}]


@pytest.mark.parametrize("wrap", [
    "{}", "<!-- {} -->", "//<![CDATA[\n{}\n//]]>",
    "\n  <![CDATA[\n  {}\n  ]]>\n",           # Medium: a bare CDATA section
    "/*<![CDATA[*/ {} /*]]>*/", "<!--//<![CDATA[\n{}\n//]]>-->"])
def test_jsonld_inside_the_wrappers_old_parsers_needed(wrap):
    data = json.dumps({"@type": "BlogPosting", "headline": "How to find a mentor",
                       "datePublished": "2013-02-25", "author": {"@type": "Person", "name": "Jane Barr"}})
    head = '<script type="application/ld+json">' + wrap.replace("{}", data) + "</script>"
    a = analyse(page(head, "<p>" + "Mentoring text here. " * 30 + "</p>"), URL)
    assert a.page.title == "How to find a mentor"
    assert list(a.page.authors) == [{"family": "Barr", "given": "Jane"}]
    assert a.page.date == "2013-02-25"


def test_a_medium_publication_is_the_site_not_medium():
    # Medium writes og:site_name "Medium" on every post; a post in one of its
    # publications names the publication as its JSON-LD publisher
    def head(publisher):
        return ('<meta property="og:site_name" content="Medium">' +
                ld({"@type": "NewsArticle", "headline": "T", "author": {"@type": "Person", "name": "Jane Barr"},
                    "publisher": {"@type": "Organization", "name": publisher}}))
    url = "https://medium.com/voodoo-engineering/t-123"
    assert analyse(page(head("Voodoo Engineering"), ARTICLE), url).page.site == "Voodoo Engineering"
    assert analyse(page(head("Medium"), ARTICLE), url).page.site == "Medium"
    # elsewhere og:site_name stays first: a magazine's publisher is often its parent company
    other = ('<meta property="og:site_name" content="The New Yorker">' +
             ld({"@type": "NewsArticle", "headline": "T", "publisher": {"@type": "Organization", "name": "Condé Nast"}}))
    assert analyse(page(other, ARTICLE), URL).page.site == "The New Yorker"


def test_url_date_patterns():
    a = analyse(page("", ARTICLE), "https://blog.example.org/2013/02/25/find-a-mentor/")
    assert a.page.date == "2013-02-25"
    a = analyse(page("", ARTICLE), "https://news.example.de/2019-04-01-title.html")
    assert a.page.date == "2019-04-01"


def test_url_date_beats_later_metadata_date():
    head = '<meta property="article:published_time" content="2020-01-01">'
    a = analyse(page(head, ARTICLE), "https://blog.example.org/2013/02/25/find-a-mentor/")
    assert a.page.date == "2013-02-25"


def test_generator_type():
    head = '<meta name="generator" content="WordPress 6.4">'
    assert analyse(page(head, ARTICLE), URL).page.type == "post-weblog"
    assert analyse(page("", ARTICLE), "https://someone.blogspot.com/2013/02/x.html").page.type == "post-weblog"
    assert analyse(page("", ARTICLE), URL).page.type == "webpage"


def test_title_without_site_suffix():
    a = analyse(page("<title>How to find a mentor | Mentor Blog</title>"), URL)
    assert a.page.title == "How to find a mentor"
    a = analyse(page('<title>How to find a mentor - Mentor Blog</title>'
                     '<meta property="og:site_name" content="Mentor Blog">'), URL)
    assert a.page.title == "How to find a mentor"
    assert a.page.site == "Mentor Blog"


@pytest.mark.parametrize("h1", [
    # kickers above the headline, inside the h1, as news and magazine templates write them
    '<h1><span class="ContentHead_titleheader">Coronavirus und Zoonosen</span><span aria-hidden="true"> – </span>'
    '<span class="ContentHead_text">How to find a mentor</span></h1>',
    '<h1 class="single-post-title"><span class="post-title"><small>Einheit der Woche</small><br>How to find a mentor'
    '</span></h1>',
    "<h1 class=\"entry-title\"><span class='sub-heading'>Energiewende Oberland:</span><br> How to find a mentor</h1>",
    '<h1 class="entry-title"><div class="entry-section"><a href="/local-news/">Local News | </a></div>'
    '<span class="dfm-title">How to find a mentor</span></h1>',
    # a byline nested in the h1
    '<h1 class="entry-title">How to find a mentor <h4 class="author">Posted by Jane Barr on 23 February 2020</h4></h1>',
    '<h1><span class="subtitle">Olympische Spiele in Paris</span> How to find a mentor</h1>',
])
def test_title_without_what_templates_put_inside_the_h1(h1):
    body = f"<article>{h1}<p>" + "Mentoring text here. " * 30 + "</p></article>"
    assert analyse(page("", body), URL).page.title == "How to find a mentor"


def test_title_of_a_page_that_prints_a_warning_before_its_doctype():
    # the whole head is parsed into the body; its <title> is still the page's
    html = ("<br />\n<b>Warning</b>: mysql_get_server_info(): Access denied in <b>x.php</b><br />\n"
            '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Alles Neue mach der Mai | '
            "Bibliothek 2.0 und mehr</title></head><body><h2><a href=\"/2014/05/18/mai/\">Alles Neue mach der Mai</a>"
            "</h2><p>" + "Text hier. " * 40 + "</p></body></html>")
    assert analyse(html, "http://www.bibliothek2null.de/2014/05/18/mai/").page.title == "Alles Neue mach der Mai"


@pytest.mark.parametrize("home", ["/", "https://blog.example.org/", "/index.php",
                                  "https://web.archive.org/web/20080731095558/http://blog.example.org/"])
def test_an_h1_that_links_home_is_the_blogs_name(home):
    # old WordPress themes: <h1><a href="home">Blog name</a></h1>, the post's title in an h2
    head = "<title>Was ist Virales Marketing? | DimidoBlog</title>"
    body = (f'<div id="header"><h1><a href="{home}">DimidoBlog</a></h1></div>'
            '<div class="post"><h2><a href="/2008/07/29/virales-marketing/" rel="bookmark">Was ist Virales Marketing?'
            '</a></h2><p>' + "Text hier. " * 40 + "</p></div>")
    got = analyse(page(head, body), URL).page
    assert got.title == "Was ist Virales Marketing?"
    assert got.site == "DimidoBlog"


def test_an_h1_that_links_home_beside_the_posts_own_h1_is_the_sites_name():
    """Hugo's Bear Cub (seen on web 20): an h1 in the nav for the site, linking home, and an h1 for the post; the
    site's name was the host's, as when a page names no site at all."""
    head = "<title>The mentor you never met</title>"
    body = ('<header><nav><div id="nav"><h1><a href="https://blog.example.org/" title="Homepage">Ngozi Okafor</a>'
            '</h1><a href="/posts/">Archive</a></div></nav><h1>The mentor you never met</h1></header><main><article>'
            "<p>" + "Text here. " * 40 + "</p></article></main>")
    got = analyse(page(head, body), "https://blog.example.org/posts/the-mentor-you-never-met/").page
    assert (got.title, got.site) == ("The mentor you never met", "Ngozi Okafor")


@pytest.mark.parametrize("title_tag", [
    "Time 4 talks &raquo; Blog Archiv &raquo; How to find a mentor",      # old WordPress (Kubrick)
    "Time 4 talks &raquo; Blog Archive &raquo; How to find a mentor",
    "How to find a mentor | time4talks.com",
])
def test_title_tag_without_the_blogs_name_and_archive_words(title_tag):
    head = f'<title>{title_tag}</title><meta property="og:site_name" content="Time 4 talks">'
    assert analyse(page(head, "<p>" + "Text here. " * 40 + "</p>"), "https://www.time4talks.com/2013/08/07/x/").page.title \
        == "How to find a mentor"


@pytest.mark.parametrize("title_tag", [
    "earlycareer@groups.io | Recording: career paths in archives",         # Groups.io (seen on web 24)
    "Recording: career paths in archives - archives-l@lists.example.ac.uk",  # a list archive's subject first
])
def test_a_list_archives_message_is_titled_by_its_subject_not_the_lists_address(title_tag):
    head = f'<title>{title_tag}</title><meta property="og:site_name" content="Groups.io">'
    got = analyse(page(head, "<p>" + "Text here. " * 40 + "</p>"), "https://groups.example/g/earlycareer/topic/x/99").page
    assert got.title == "Recording: career paths in archives"


def test_separators_inside_a_title_stay_when_the_site_goes():
    head = "<title>Wärmepumpe im Altbau - Wann es sich lohnt | heizung.de</title>"
    assert analyse(page(head, "<p>" + "Text hier. " * 40 + "</p>"), "https://www.heizung.de/w/x").page.title \
        == "Wärmepumpe im Altbau - Wann es sich lohnt"


def test_h1_of_one_styled_word_stays_whole():
    body = '<article><h1><small>Kicker</small></h1><p>' + "Text. " * 30 + "</p></article>"
    assert analyse(page("", body), URL).page.title == "Kicker"


def test_og_title_cut_by_an_unescaped_quote():
    head = ('<title>Senador republicano califica a Biden de "incapacitado"</title>'
            '<meta property="og:title" content="Senador republicano califica a Biden de "incapacitado"" />')
    assert analyse(page(head, "<p>" + "Texto. " * 30 + "</p>"), URL).page.title == \
        'Senador republicano califica a Biden de "incapacitado"'


def test_title_prefers_visible_h1():
    head = '<meta property="og:title" content="SEO title for sharing"><title>How to find a mentor | X</title>'
    assert analyse(page(head, ARTICLE), URL).page.title == "How to find a mentor"


def test_language_canonical_description():
    head = ('<link rel="canonical" href="/posts/find-a-mentor?x=1">'
            '<meta name="description" content="All about mentors.">')
    a = analyse(page(head, ARTICLE, lang="en_US"), URL)
    assert a.page.language == "en-US"
    assert a.page.canonical_url == "https://blog.example.org/posts/find-a-mentor?x=1"
    assert a.page.description == "All about mentors."


def test_trust_order_jsonld_over_opengraph():
    head = (ld({"@type": "Article", "headline": "How to find a mentor", "datePublished": "2013-02-25"})
            + '<meta property="article:published_time" content="2013-03-01">')
    assert analyse(page(head, ARTICLE), URL).page.date == "2013-02-25"


# ---------------------------------------------------------------- dates and names

def test_date_parsing_forms():
    from scan.extract.dates import date_from_url, find_dates, page_date

    assert page_date("2013-02-25T10:31:00+01:00") == "2013-02-25"
    assert page_date("February 25, 2013") == "2013-02-25"
    assert page_date("25. Februar 2013") == "2013-02-25"
    assert page_date("25.02.2013") == "2013-02-25"
    assert page_date("Feb 2013") == "2013-02"
    assert page_date("yesterday") is None
    assert find_dates("2019年04月13日 公開") == ["2019-04-13"]
    assert find_dates("02/10/2020") == ["2020-02-10"]
    assert find_dates("02/10/2020", monthfirst=False) == ["2020-10-02"]
    assert date_from_url("https://x.de/meldungen/29-10-2021") == "2021-10-29"
    assert date_from_url("https://x.com/news/story-20200113") == "2020-01-13"
    assert date_from_url("https://blog.x/2013/02/title") is None


def test_labelled_date_and_dayfirst_pages():
    body = '<div class="x"><p>Datum: 03.02.2022</p></div><article><p>' + "Text ohne Datum. " * 30 + "</p></article>"
    assert analyse(page("", body, lang="de"), URL).page.date == "2022-02-03"
    body = '<article><h1>T</h1><span class="time">02/10/2020</span><p>' + "Text. " * 30 + "</p></article>"
    assert analyse(page("", body, lang="en-GB"), URL).page.date == "2020-10-02"


def test_byline_cleaning():
    from scan.extract.names import clean_byline, to_csl_name

    assert clean_byline("By Jane Barr | Feb 25, 2013") == ["Jane Barr"]
    assert clean_byline("Posted by admin") == []
    assert clean_byline("Welsh, Bhave and Kim") == ["Welsh", "Bhave", "Kim"]
    assert clean_byline("Barr, Jane") == ["Jane Barr"]
    assert clean_byline("5 minute read") == []
    assert clean_byline("Von Fred Hüning") == ["Fred Hüning"]
    # the software or network a page is made with or shared on (a footer's "generated by GitHub Pages", an author
    # box's "Follow on Twitter", a theme's meta author) is nobody's name; a person named like a word of one is
    assert clean_byline("This page was generated by GitHub Pages") == []
    assert clean_byline("Twitter") == [] and clean_byline("Comsenz UI Team") == []
    assert clean_byline("By Jane Medium") == ["Jane Medium"]
    assert to_csl_name("Jane van der Barr") == {"family": "Barr", "given": "Jane", "non-dropping-particle": "van der"}
    assert to_csl_name("Reuters") == {"literal": "Reuters"}


@pytest.mark.parametrize("byline, names", [
    # a label before the name, in the page's language; the label alone is no one
    ("Auteur: Anna Kubišta", ["Anna Kubišta"]), ("Auteur:", []), ("Autorin: Jana Berg", ["Jana Berg"]),
    ("Text und Interview: Harald Willenbrock", ["Harald Willenbrock"]), ("Text", []), ("Texte : Paul Roux", ["Paul Roux"]),
    # a photo agency's credit is not the author
    ("Getty", []), ("Photo: Getty Images", []), ("Shutterstock", []),
    # degrees after a name are not names
    ("Grant Tinsley, PhD", ["Grant Tinsley"]), ("Jane Barr MD", ["Jane Barr"]), ("Tinsley, PhD", ["Tinsley"]),
    ("By Jane Barr, MD, and Tom Ma, PhD", ["Jane Barr", "Tom Ma"]), ("Jane Barr, Ph.D.", ["Jane Barr"]),
    # ... but a family name that is also a degree's letters stays, and so do initials alone
    ("Tom Ma", ["Tom Ma"]), ("Ming Do", ["Ming Do"]), ("LD", ["LD"]), ("Welsh, Ma and Kim", ["Welsh", "Ma", "Kim"]),
    # the day after "on" is no part of the name (Serendipity's "Posted by NAME on WEEKDAY, MONTH D. YYYY", web 31)
    ("Posted by Ruth Abernathy on Sunday, March 3. 2024", ["Ruth Abernathy"]),
    ("By Jane Barr on Thursday", ["Jane Barr"]), ("Jane Monday", ["Jane Monday"]),
])
def test_byline_labels_credits_and_degrees(byline, names):
    from scan.extract.names import clean_byline

    assert clean_byline(byline) == names


def test_photo_credit_is_not_the_byline():
    body = ('<article><h1>T</h1><figure><img src="a.jpg"><span class="media-credit">Jane Photographer</span></figure>'
            '<span class="photo-credit">Tom Lens</span><p>' + "Text. " * 50 + '</p>'
            '<span class="author">Jane Barr</span></article>')
    assert list(analyse(page("", body), URL).page.authors) == [{"family": "Barr", "given": "Jane"}]


def test_by_in_the_headline_or_a_sentence_is_no_byline():
    body = ('<article><h1>Management of Intact Forestlands by Indigenous Peoples Key to Protecting Climate</h1>'
            '<h3>- Gemeinsame Studie zur Netzintegration von Windkraftanlagen von Nordex und dem Institut für '
            'Windenergie in Bremerhaven vorgestellt -</h3><p>' + "Text. " * 50 + "</p></article>")
    assert list(analyse(page("", body), URL).page.authors) == []
    body = ('<article><h1>How to find a mentor</h1><div>Posted on May 5, 2013 by Jane Barr</div><p>'
            + "Text. " * 50 + "</p></article>")
    assert list(analyse(page("", body), URL).page.authors) == [{"family": "Barr", "given": "Jane"}]


def test_a_photos_microdata_author_is_not_the_articles():
    body = ('<article><h1>T</h1><figure><img src="a.jpg"><figcaption><p class="tml-image--attribution" '
            'itemprop="author"><span>Greg Nelson</span></p></figcaption></figure><p>' + "Text. " * 50 + "</p>"
            '<span itemprop="author">Austin Murphy</span></article>')
    assert list(analyse(page("", body), URL).page.authors) == [{"family": "Murphy", "given": "Austin"}]


@pytest.mark.parametrize("markup, name", [
    # WordPress.com: the author's user name, linked to their archive
    ('<span class="author vcard"><a class="url fn n" href="https://x.wordpress.com/author/surfguard/">surfguard</a></span>',
     "surfguard"),
    ('<span class="author-link">| <b>Autor:</b> <a href="https://x.wordpress.com/author/freeman1984/" rel="author">'
     'freeman1984</a></span>', "freeman1984"),
    # ... but not a word like "admin", nor a link text that is not the page's user
    ('<span class="author vcard"><a href="https://x.wordpress.com/author/admin/">admin</a></span>', None),
    ('<span class="author vcard"><a href="https://x.wordpress.com/author/jb/">read more</a></span>', None),
])
def test_a_user_name_linked_to_its_author_page(markup, name):
    body = f'<article><h1>T</h1>{markup}<p>' + "Text. " * 50 + "</p></article>"
    authors = list(analyse(page("", body), URL).page.authors)
    assert authors == ([{"literal": name}] if name else [])


# ---------------------------------------------------------------- dates: disagreement and last resorts

def test_frequent_date_counts_attributes_comments_and_scripts():
    from scan.extract.dates import frequent_date

    raw = ('<input name="d" value="07.09.2017"><!-- built 2017-09-07 12:00 -->'
           '<div data-x="2017-10-02"></div><script>var t = "7 September 2017";</script>')
    assert frequent_date(raw) == "2017-09-07"
    # a tie goes to the day written first
    assert frequent_date("<b>Apr 7, 2009</b> <i>2005-03-20</i>") == "2009-04-07"
    assert frequent_date("<p>no dates, only 2019 and 12.5</p>") is None


def test_frequent_date_is_the_last_resort():
    body = ('<form><input type="text" name="JourneyDate" value="07.09.2017"></form>'
            '<div><p>' + "Nothing dated here. " * 30 + '</p></div><!-- cache 2017-09-07 -->')
    assert analyse(page("", body), URL).page.date == "2017-09-07"
    # any dated source comes first
    head = '<meta property="article:published_time" content="2016-01-02">'
    assert analyse(page(head, body), URL).page.date == "2016-01-02"


def test_disagreeing_sources_visible_date_decides():
    head = (ld({"@type": "NewsArticle", "headline": "T", "datePublished": "2022-05-04T01:00:00Z"})
            + '<meta property="article:published_time" content="2022-05-03T21:44:52-03:00">')
    body = '<article><h1>T</h1><time class="date">3 May 2022</time><p>' + "Text. " * 40 + "</p></article>"
    assert analyse(page(head, body), URL).page.date == "2022-05-03"


def test_agreeing_sources_are_not_overruled_by_a_date_away_from_the_headline():
    # (a date shown with the headline does overrule them: tests/test_extract_dates.py)
    head = (ld({"@type": "NewsArticle", "headline": "T", "datePublished": "2022-05-04"})
            + '<meta property="article:published_time" content="2022-05-04">')
    body = ('<article><h1>T</h1><p>' + "Text. " * 40 + '</p><time class="date">3 May 2022</time><p>'
            + "Text. " * 40 + "</p></article>")
    assert analyse(page(head, body), URL).page.date == "2022-05-04"


def test_shown_modified_date_does_not_decide():
    head = (ld({"@type": "Article", "headline": "T", "datePublished": "2022-12-04"})
            + '<meta property="article:published_time" content="2022-12-06">'
            + '<meta property="article:modified_time" content="2022-12-06">')
    body = ('<article><h1>T</h1><time class="date" datetime="2022-12-06">6. Dezember 2022</time><p>'
            + "Text. " * 40 + '</p><div class="block">04. Dezember 2022</div></article>')
    assert analyse(page(head, body, lang="de"), URL).page.date == "2022-12-04"


def test_disagreeing_sources_date_written_in_text_decides():
    head = (ld({"@type": "Article", "headline": "T", "datePublished": "2021-12-06",
                "dateModified": "2022-12-15"})
            + '<meta property="article:published_time" content="2022-12-15T09:13:00">')
    body = '<article><h1>T</h1><p>' + "Text. " * 40 + '</p><div class="info">15.12.2022</div></article>'
    assert analyse(page(head, body, lang="de"), URL).page.date == "2022-12-15"


def test_canonical_url_date_beats_metadata():
    head = ('<link rel="canonical" href="https://news.example.com/2017/12/15/best-films/">'
            '<meta name="date" content="2018-07-24">')
    assert analyse(page(head, ARTICLE), URL).page.date == "2017-12-15"


def test_jsonld_broken_json_dates_salvaged():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T",'
            ' "datePublished": "2020-10-26T18:10:00+01:00", "dateModified": "2020-10-27", }}</script>')
    # a related story's date further down ("9. 8. 2020", as Bosnian and Czech sites write it) is not the page's
    body = ('<article><h1>T</h1><p>' + "Text. " * 40 + '</p><span class="date">9. 8. 2020</span><p>'
            + "Text. " * 40 + "</p></article>")
    a = analyse(page(head, body), URL)
    assert a.page.date == "2020-10-26" and a.page.date_modified == "2020-10-27"


def test_itemprop_date_published_in_a_footer_block():
    body = ('<div class="teaser"><div class="footer"><time itemprop="datePublished" datetime="2022-01-21">'
            '21.01.2022</time></div><h1>T</h1></div><div class="text"><p>' + "Text. " * 300 + '</p></div>'
            '<footer><p>Stand: 01.01.2022</p></footer>')
    assert analyse(page("", body, lang="de"), URL).page.date == "2022-01-21"


# ---------------------------------------------------------------- the visible page decides

GHOST_POST = """<header class="site-head"><nav><a href="/">The Staffroom</a></nav>
<p class="blog-description">Teaching and technology. By Tomás Herrera.</p></header>
<main id="content" role="main"><article class="post tag-x">
 <header class="post-header"><h1 class="post-title">Mentoring moments</h1>
  <section class="post-meta">By <span class="author-name">Tomás Herrera</span> on
   <time class="post-date" datetime="2012-05-08">08 May 2012</time></section></header>
 <section class="post-content"><p>""" + "Twitter chats are mentoring in small bursts. " * 20 + """</p></section>
 <footer class="post-footer"><section class="bio"><p>High-school history teacher and technology coach.</p></section>
 </footer></article></main>"""


def test_visible_byline_person_beats_jsonld_organisation_author():
    # the site as author (Ghost's default): the byline in the post's own header
    # (outside the main content, which is the post-content section) wins
    for org in ("The Staffroom", "Staffroom Media Ltd"):
        head = ('<meta property="og:site_name" content="The Staffroom">' +
                ld({"@type": "Article", "headline": "Mentoring moments", "datePublished": "2012-05-08",
                    "author": {"@type": "Organization", "name": org},
                    "publisher": {"@type": "Organization", "name": "The Staffroom"}}))
        a = analyse(page(head, GHOST_POST), URL)
        assert list(a.page.authors) == [{"family": "Herrera", "given": "Tomás"}], org


def test_byline_in_a_site_header_is_not_the_posts():
    # a page header outside the post is still not read for bylines
    body = ('<header class="site-header"><span class="author">Site Owner</span></header>'
            '<main><article><h1>T</h1><p>' + "Text. " * 50 + "</p></article></main>")
    assert list(analyse(page("", body), URL).page.authors) == []


BLOGGER_POST = """<div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="post-outer"><div class="post hentry" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">
<h3 class="post-title entry-title" itemprop="name">Science fair rubric</h3>
<div class="post-body entry-content" itemprop="description articleBody"><p>""" + "How projects are graded this year. " * 20 + """</p></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1">
<span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person">
<span itemprop="name">Priya Raman</span></span></span>
<span class="post-timestamp">at <abbr class="published" itemprop="datePublished" title="2012-11-12T21:00:00-08:00">9:00 PM</abbr></span>
</div></div></div></div>
<div class="comments" id="comments"><h4>2 comments:</h4><dl id="comments-block">
<dt class="comment-author"><span itemprop="author">Bob Reader</span> said...</dt><dd><p>Thanks!</p></dd></dl></div>
</div></div></div>"""


def test_blogger_post_footer_author_is_read():
    head = '<meta content="blogger" name="generator"><meta content="PLN Notes" property="og:site_name">'
    a = analyse(page(head + "<title>PLN Notes: Science fair rubric</title>", BLOGGER_POST),
                "https://pln.example.org/2012/11/science-fair-rubric.html")
    assert list(a.page.authors) == [{"family": "Raman", "given": "Priya"}]
    assert a.page.date == "2012-11-12"


def test_author_in_comments_next_to_the_post_is_never_read():
    body = BLOGGER_POST.replace('itemprop="author" itemscope itemtype="http://schema.org/Person">\n'
                                '<span itemprop="name">Priya Raman</span>', '>')
    a = analyse(page("", body), "https://pln.example.org/2012/11/science-fair-rubric.html")
    assert list(a.page.authors) == []


def test_highwire_title_beats_a_journal_name_h1():
    head = ('<title>Telementoring on Twitter | Okonkwo | Journal of Ed Tech &amp; Mentoring</title>'
            '<meta name="citation_title" content="Telementoring on Twitter">'
            '<meta name="citation_author" content="Okonkwo, Adaeze">'
            '<meta name="citation_journal_title" content="Journal of Ed Tech &amp; Mentoring">')
    body = ('<div id="header"><h1>Journal of Ed Tech &amp; Mentoring</h1></div>'
            '<div id="content"><div id="articleTitle"><h3>Telementoring on Twitter</h3></div>'
            '<p>' + "Abstract text of the article. " * 20 + '</p></div>')
    a = analyse(page(head, body), URL)
    assert a.page.title == "Telementoring on Twitter"
    assert a.page.site == "Journal of Ed Tech & Mentoring"
    # the journal's name as the <title>'s last part, no other site name
    head2 = head.replace('<meta name="citation_journal_title" content="Journal of Ed Tech &amp; Mentoring">', "")
    assert analyse(page(head2, body), URL).page.title == "Telementoring on Twitter"


def test_h1_equal_to_highwire_title_still_wins():
    head = ('<title>Journal X | Telementoring on Twitter</title><meta name="citation_title" content="Telementoring">'
            '<meta name="citation_journal_title" content="Journal X">')
    body = "<article><h1>Telementoring on Twitter</h1><p>" + "Text. " * 50 + "</p></article>"
    assert analyse(page(head, body), URL).page.title == "Telementoring on Twitter"


# ---------------------------------------------------------------- listing pages

def _summary(title: str, slug: str, who: str, day: str) -> str:
    return (f'<article class="post type-post hentry"><header class="entry-header">'
            f'<h2 class="entry-title"><a href="https://blog.example.org/{slug}/" rel="bookmark">{title}</a></h2>'
            f'<div class="entry-meta">By <span class="author vcard">{who}</span> | '
            f'<time class="entry-date" datetime="{day}">{day}</time></div></header>'
            f'<div class="entry-summary"><p>{"A summary of the post, a sentence or two long. " * 3}</p></div></article>')


LISTING = ('<header class="site-header"><p class="site-title">Mentor Blog</p></header>'
           '<div id="content" role="main"><header class="archive-header"><h1>Category Archives: Mentoring</h1></header>'
           + _summary("Formal vs. informal mentoring", "formal", "Daniel Okafor", "2014-01-15")
           + _summary("What to ask your e-mentor", "ask", "Leah Goldberg", "2013-07-22")
           + _summary("Peer mentoring circles", "circles", "Jane Barr", "2013-04-10")
           + '</div>')


def test_listing_page_takes_no_posts_title_author_or_date():
    a = analyse(page("<title>Mentoring | Mentor Blog</title>", LISTING), "https://blog.example.org/category/mentoring/")
    assert a.page.title == "Mentoring"
    assert list(a.page.authors) == []
    assert a.page.date is None
    # a blog's home page without an h1: the <title> too
    home = LISTING.replace("<h1>Category Archives: Mentoring</h1>", "")
    a = analyse(page("<title>Mentor Blog</title>", home), "https://blog.example.org/")
    assert (a.page.title, a.page.authors, a.page.date) == ("Mentor Blog", (), None)


def test_listing_page_keeps_page_level_metadata():
    head = ('<title>Mentor Blog</title><meta name="author" content="Jane Barr">'
            '<meta property="og:title" content="Mentor Blog: notes on mentoring">')
    a = analyse(page(head, LISTING), "https://blog.example.org/")
    assert a.page.title == "Mentor Blog: notes on mentoring"
    assert list(a.page.authors) == [{"family": "Barr", "given": "Jane"}]


def test_single_post_with_teaser_cards_is_not_a_listing():
    body = ('<article class="post hentry"><h1>Peer mentoring circles</h1><p class="byline">By Jane Barr</p>'
            '<time datetime="2013-04-10">April 10, 2013</time><div class="entry-content"><p>'
            + "Peer mentoring circles work well for new librarians. " * 30 + '</p></div></article>'
            + '<div class="more">' + _summary("Formal vs. informal mentoring", "formal", "Daniel Okafor", "2014-01-15")
            + _summary("What to ask your e-mentor", "ask", "Leah Goldberg", "2013-07-22") + "</div>")
    a = analyse(page("<title>Peer mentoring circles | Mentor Blog</title>", body), "https://blog.example.org/circles/")
    assert a.page.title == "Peer mentoring circles"
    assert list(a.page.authors) == [{"family": "Barr", "given": "Jane"}]
    assert a.page.date == "2013-04-10"


def test_byline_split_over_inline_markup_near_headline():
    body = ('<article><h1>Finding a mentor</h1><p class="meta">By <a href="/u/jane">Jane Barr</a> on March 3</p><p>'
            + "Text. " * 50 + "</p></article>")
    assert list(analyse(page("", body), URL).page.authors) == [{"family": "Barr", "given": "Jane"}]


def test_byline_prefixes_in_other_languages_and_organisation_names():
    from scan.extract.names import clean_byline, to_csl_name

    assert [to_csl_name(n) for n in clean_byline("Posted by NMRT Mentoring Committee")] == \
        [{"literal": "NMRT Mentoring Committee"}]
    assert clean_byline("Publié par Marie Dupont") == ["Marie Dupont"]
    assert clean_byline("投稿者 Masafumi Negishi") == ["Masafumi Negishi"]
    assert clean_byline("Publié par Unknown") == []


# --- templates of issue 13: Blogger's <br> posts, a group blog's h1/h3, journal issues ------------------


def _blogger_post(variant: str = "as is") -> str:
    from tests.labelled_web import build

    doc = next(d for d in build(lambda h, p: f"http://{h}{p}") if d.path.endswith("twitter-mentors-for-new-teachers.html"))
    html = doc.body.decode()
    if variant != "as is":      # the same template without microdata or hentry classes
        html = (html.replace("post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' "
                             "itemtype='http://schema.org/BlogPosting'", "post'")
                .replace(" itemprop='name'", "").replace("post-title entry-title", "post-title"))
    if variant == "bare title":  # and a <title> that is only the blog's name
        html = html.replace("<title>Teacher Talk: Twitter Mentors for New Teachers</title>", "<title>Teacher Talk</title>")
    return html


@pytest.mark.parametrize("variant", ["as is", "no microdata", "bare title"])
def test_blogger_group_blog_post(variant):
    m = Matcher(Topic.default())
    a = analyse(_blogger_post(variant), "https://teachtalk.example/2012/03/twitter-mentors-for-new-teachers.html",
                matcher=m, keep_text=True)
    assert a.page.title == "Twitter Mentors for New Teachers"       # the h3, not the blog's name in the h1
    assert a.page.site == "Teacher Talk"
    assert list(a.page.authors) == [{"family": "Lopez", "given": "Maria"}] and a.page.date == "2012-03-06"
    assert a.page.words > 200 and "Twitter" in a.main_text           # the text between <br>s is the main text
    assert "Thank you! As a mentor" not in a.main_text              # the comments are not
    assert a.page.hits["mentor"] >= 5


def test_journal_article_volume_issue_pages():
    head = ('<meta name="citation_title" content="Telementoring on Twitter">'
            '<meta name="citation_author" content="Okonkwo, Adaeze">'
            '<meta name="citation_journal_title" content="Journal of Educational Mentoring">'
            '<meta name="citation_publication_date" content="2014/03/15"><meta name="citation_volume" content="3">'
            '<meta name="citation_issue" content="1"><meta name="citation_firstpage" content="1">'
            '<meta name="citation_lastpage" content="12"><meta name="citation_publisher" content="JEM Press">')
    a = analyse(page(head, ARTICLE), "https://jem.example/index.php/jem/article/view/101")
    p = a.page
    assert (p.kind, p.type, p.volume, p.issue, p.page_range, p.publisher) == (
        "journal-article", "article-journal", "3", "1", "1-12", "JEM Press")
    csl = p.to_csl()
    assert (csl["volume"], csl["issue"], csl["page"], csl["container-title"]) == (
        "3", "1", "1-12", "Journal of Educational Mentoring")
    dc = analyse(page('<meta name="DC.Title" content="T"><meta name="DC.Source" content="J">'
                      '<meta name="DC.Source.Volume" content="4"><meta name="DC.Source.Issue" content="2">'
                      '<meta name="DC.Type" content="Text.Serial.Journal">', ARTICLE), URL).page
    assert (dc.kind, dc.volume, dc.issue) == ("journal-article", "4", "2")
    sa = analyse(page(ld({"@type": "ScholarlyArticle", "headline": "T", "pageStart": "5", "pageEnd": "9",
                          "isPartOf": {"@type": "PublicationIssue", "issueNumber": "2",
                                       "isPartOf": {"@type": "PublicationVolume", "volumeNumber": "7"}}}), ARTICLE),
                 URL).page
    assert (sa.kind, sa.volume, sa.issue, sa.page_range) == ("journal-article", "7", "2", "5-9")


# ---------------------------------------------------------------- site names from less common sources

def test_a_page_that_names_no_site_is_named_by_its_host():
    # nothing on the page names the site: its address does (the host without "www."),
    # from the page's URL, else from its canonical URL; a Wayback copy by the archived host
    assert analyse(page("", ARTICLE), "https://www.mentoring.example.net/p/1").page.site == "mentoring.example.net"
    canon = '<link rel="canonical" href="https://blog.example.org/find-a-mentor">'
    assert analyse(page(canon, ARTICLE), "").page.site == "blog.example.org"
    wayback = "https://web.archive.org/web/20130225080000/http://www.mentors.example.com/a"
    assert analyse(page("", ARTICLE), wayback).page.site == "mentors.example.com"
    # a loopback address or a bare host name is no site's name
    assert analyse(page("", ARTICLE), "http://127.0.0.2:8000/p").page.site is None
    assert analyse(page("", ARTICLE), "http://localhost/p").page.site is None
    # the page's own statement still wins
    named = '<meta property="og:site_name" content="Mentor Notes">'
    assert analyse(page(named, ARTICLE), "https://www.mentoring.example.net/p/1").page.site == "Mentor Notes"


def test_a_host_as_site_is_not_repeated_in_the_reference():
    p = analyse(page("", ARTICLE), "https://www.mentoring.example.net/p/1").page
    assert p.site == "mentoring.example.net" and "container-title" not in p.to_csl()
    named = analyse(page('<meta property="og:site_name" content="Mentor Notes">', ARTICLE), URL).page
    assert named.to_csl()["container-title"] == "Mentor Notes"


def test_article_publisher_meta_names_the_site_unless_it_is_a_profile_address():
    for attr in ("name", "property"):
        head = f'<meta {attr}="article:publisher" content="The Mentoring Times">'
        assert analyse(page(head, ARTICLE), URL).page.site == "The Mentoring Times"
    fb = '<meta property="article:publisher" content="https://www.facebook.com/mentoringtimes">'
    assert analyse(page(fb, ARTICLE), URL).page.site == "blog.example.org"   # the host, not Facebook
    assert analyse(page('<meta name="article:publisher" content="@">', ARTICLE), URL).page.site == "blog.example.org"


def test_application_name_names_the_site():
    head = '<meta name="application-name" content="MentorHub">'
    assert analyse(page(head, ARTICLE), URL).page.site == "MentorHub"


def test_jsonld_organisation_names_the_site_of_a_page_without_an_article():
    # a company's page describes the company: its name, else its legal name
    org = ld({"@context": "https://schema.org", "@type": "Organization", "legalName": "Mentor Partners, Inc.",
              "url": "https://www.mentorpartners.example", "alternateName": ["Mentor Partners"]})
    assert analyse(page(org, ARTICLE), "").page.site == "Mentor Partners, Inc."
    news = ld({"@type": "NewsMediaOrganization", "name": "The Daily Mentor", "legalName": "Daily Mentor Ltd"})
    assert analyse(page(news, ARTICLE), "").page.site == "The Daily Mentor"


def test_jsonld_publisher_named_by_its_address_is_its_host():
    data = ld({"@type": "WebPage", "name": "Find a mentor", "publisher": {"@type": "Organization",
                                                                          "name": "https://www.mentors.example.com"}})
    assert analyse(page(data, ARTICLE), "").page.site == "mentors.example.com"


def test_a_title_ending_in_a_page_word_names_the_site_first():
    # "Site - Home": the last part names the page itself, the first the site
    assert analyse(page("<title>mentors.example.org - Home</title>"), "").page.site == "mentors.example.org"
    assert analyse(page("<title>Mentor Circle | Startseite</title>"), "").page.site == "Mentor Circle"
    assert analyse(page("<title>Finding a mentor | Mentor Circle</title>"), "").page.site == "Mentor Circle"


# ---------------------------------------------------------------- author values with more than a name in them

def _authors(head="", body=ARTICLE, url=URL):
    return [(n.get("given", ""), n.get("family") or n.get("literal")) for n in analyse(page(head, body), url).page.authors]


@pytest.mark.parametrize("value", ["Jane Barr ❤️", "Jane Barr 🌱✨", 'Jane "The Mentor" Barr', "Jane “JB” Barr",
                                   "Jane_Barr", "Jane Barr from Mentor Circle", "¿ Jane Barr"])
def test_author_value_with_symbols_nicknames_handles_or_affiliation(value):
    head = f'<meta name="author" content="{value.replace(chr(34), "&quot;")}">'
    assert _authors(head) == [("Jane", "Barr")]


def test_og_author_meta():
    assert _authors('<meta property="og:author" content="Jane Barr">') == [("Jane", "Barr")]


def test_jsonld_author_name_with_markup_or_a_nested_person():
    html_name = ld({"@type": "NewsArticle", "headline": "T", "author": {
        "@type": "Person", "name": 'By <a href="/profiles/jane-barr">Jane Barr</a> and <a href="/p/tom">Tom Ma</a>'}})
    assert _authors(html_name) == [("Jane", "Barr"), ("Tom", "Ma")]
    nested = ld({"@type": "Article", "headline": "T",
                 "author": {"@type": "Person", "name": {"@type": "Person", "name": "Jane Barr"}}})
    assert _authors(nested) == [("Jane", "Barr")]


def test_a_person_from_microdata_beats_an_organisation_in_jsonld():
    # the JSON-LD names a wire service, the page's microdata the person who wrote it
    head = ld({"@type": "NewsArticle", "headline": "T", "author": {"@type": "Organization", "name": "Mentor Wire"}})
    body = '<article><h1>T</h1><span itemprop="author">Jane Barr</span><p>' + "Text. " * 40 + "</p></article>"
    assert _authors(head, body) == [("Jane", "Barr")]
    # with no person anywhere the organisation stays
    assert _authors(head) == [("", "Mentor Wire")]


def test_jsonld_with_a_trailing_comma_or_a_stray_character_is_read():
    for slip in ('"datePublished": "2013-02-25".,', '"datePublished": "2013-02-25";,'):
        text = ('{"@context": "https://schema.org", "@type": "BlogPosting", "headline": "How to find a mentor", '
                + slip + ' "author": {"@type": "Person", "name": "Jane Barr"}, '
                '"publisher": {"@type": "Organization", "name": "Mentor Blog",},}')
        p = analyse(page(f'<script type="application/ld+json">{text}</script>', ARTICLE), URL).page
        assert (p.title, _names(p), p.site) == ("How to find a mentor", [("Jane", "Barr")], "Mentor Blog")
    # a comma inside a string stays as written
    text = '{"@type": "BlogPosting", "headline": "Mentors, }peers and friends", "author": "Jane Barr",}'
    p = analyse(page(f'<script type="application/ld+json">{text}</script>'), URL).page
    assert p.title == "Mentors, }peers and friends"


def _names(p):
    return [(n.get("given", ""), n.get("family") or n.get("literal")) for n in p.authors]


def test_rdfa_meta_properties_several_names_and_dublin_core_with_a_colon():
    head = ('<title>Mentor Blog</title><meta property="dcterms:title dc:title" content="How to find a mentor">'
            '<meta property="dc:creator og:see_also" content="Jane Barr"><meta name="author" content="Webteam Blog">')
    p = analyse(page(head, ARTICLE), URL).page
    assert p.title == "How to find a mentor" and _names(p) == [("Jane", "Barr")]


def test_itemprop_headline_meta_is_a_title_source():
    assert analyse(page('<meta itemprop="headline" content="How to find a mentor">'), URL).page.title == \
        "How to find a mentor"


MICROBLOG_NOTE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Field Notes - 2024-05-02</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Field Notes"></head><body>
<nav class="main-nav"><a href="/">Home</a> <a href="/archive/">Archive</a></nav><section id="wrapper">
<article class="h-entry post"><div class="e-content"><p>Had my monthly call with my mentor this morning. We met in the
replies here two years ago, when I asked a silly question about authority records and she answered it kindly.</p>
<p>Find your people online, it works.</p></div><p class="post-meta"><a class="u-url" href="/2024/05/02/093012.html">
<time class="dt-published" datetime="2024-05-02T09:30:12+00:00">2024-05-02</time></a> &middot;
<a class="p-author h-card" href="/"><span class="p-name">Lena Castillo</span></a></p></article></section></body></html>"""


def test_an_untitled_h_entry_is_a_note_titled_by_its_first_words():
    """Micro.blog: a note is an h-entry with no p-name (IndieWeb post-type discovery), under og:type article and a
    <title> that is the site's name and the date. It is a social post, titled as APA titles one (its first 20
    words), not by its date; its author's h-card name is no title."""
    url = "https://fieldnotes.example/2024/05/02/093012.html"
    p = analyse(MICROBLOG_NOTE, url).page
    assert p.kind == "post" and p.type == "post", p.kind_reason
    assert p.title == ("Had my monthly call with my mentor this morning. We met in the replies here two years "
                       "ago, when I")
    assert p.authors and p.date == "2024-05-02"
    # its first words are counted once, in its text, not again as a title
    m = Matcher(Topic.from_config(["mentor"], {}))
    assert analyse(MICROBLOG_NOTE, url, matcher=m).page.zones == {"mentor": (0, 0, 1)}
    # a name that is only the start of the content (as some templates write it) is a note too
    named = MICROBLOG_NOTE.replace('<div class="e-content">', '<div class="p-name" hidden>Had my monthly call with my '
                                   'mentor this morning.</div><div class="e-content">')
    assert analyse(named, url).page.kind == "post"
    # with a name of its own it is a titled post, an article
    titled = MICROBLOG_NOTE.replace('<div class="e-content">', '<h1 class="p-name">A call with my mentor</h1><div '
                                    'class="e-content">')
    p = analyse(titled, url).page
    assert p.kind == "article" and p.title == "A call with my mentor"
    # a timeline of entries (the home page) is no note
    home = MICROBLOG_NOTE.replace("</section>", MICROBLOG_NOTE.split('<section id="wrapper">')[1].split("</section>")[0]
                                  .replace("093012", "101010") + "</section>")
    assert analyse(home, "https://fieldnotes.example/").page.kind == "home"


def test_a_talk_titled_in_an_h3_under_the_events_name_in_an_h1():
    """pretalx: every page of an event shows the event's name in an h1 inside a link to the event's page
    (``/conf2025/``, a folder above the talk's), and the talk's title in an h3. The h1 is the event's name (the
    section's logo), not the talk's title, even when it is longer than a logo's four words."""
    page = ('<!DOCTYPE html><html><head><title>Mentoring across the miles :: New Voices in Libraries 2025 :: pretalx'
            '</title><meta property="og:title" content="Mentoring across the miles"></head><body><div id="event-logo">'
            '<a href="/conf2025/"><h1>New Voices in Libraries 2025</h1></a></div><main><article><h3 class="talk-title">'
            'Mentoring across the miles</h3><section class="abstract"><p>How a county library service set up a '
            "mentoring network for rural staff on social media, and what two years of it taught us.</p></section>"
            "</article></main></body></html>")
    p = analyse(page, "https://pretalx.example/conf2025/talk/QWE7RT/").page
    assert p.title == "Mentoring across the miles"
    # without og:title, the <title>'s part before the event's name
    p = analyse(page.replace('<meta property="og:title" content="Mentoring across the miles">', ""),
                "https://pretalx.example/conf2025/talk/QWE7RT/").page
    assert p.title == "Mentoring across the miles"
    # an h1 that links to the page itself (a post's permalink) is the post's title
    own = page.replace('<a href="/conf2025/">', '<a href="/conf2025/talk/QWE7RT/">')
    assert analyse(own, "https://pretalx.example/conf2025/talk/QWE7RT/").page.title == "New Voices in Libraries 2025"


def test_bepress_citation_tags_are_read_as_highwires():
    # bepress Digital Commons (reduced from a record page): Highwire's tags under the bepress_ prefix, a journal
    # article's and a thesis's; a reference to either carries what they give
    common = ('<meta name="bepress_citation_author" content="Okafor, Maria">'
              '<meta name="bepress_citation_author_institution" content="Lakeshore University">'
              '<meta name="bepress_citation_author" content="Weiss, Daniel">'
              '<meta name="bepress_citation_title" content="Virtual mentoring: a scoping review">'
              '<meta name="bepress_citation_date" content="2023">'
              '<meta name="bepress_citation_online_date" content="2023/04/15">')
    head = common + ('<meta name="bepress_citation_journal_title" content="Journal of Library Practice">'
                     '<meta name="bepress_citation_volume" content="9"><meta name="bepress_citation_issue" content="1">'
                     '<meta name="bepress_citation_firstpage" content="12">'
                     '<meta name="bepress_citation_lastpage" content="31">'
                     '<meta name="bepress_citation_pdf_url" content="https://commons.example/cgi/viewcontent.cgi?a=1">')
    body = '<div id="title"><h1><a href="/cgi/viewcontent.cgi?a=1">Virtual mentoring: a scoping review</a></h1></div>'
    a = analyse(page(head, body + "<p>" + "Mentoring abstract text. " * 20 + "</p>"),
                "https://commons.example/jlp/vol9/iss1/2/")
    assert a.page.kind == "journal-article"
    csl = a.page.to_csl()
    assert csl["type"] == "article-journal"
    assert csl["title"] == "Virtual mentoring: a scoping review"
    assert [(n["family"], n["given"]) for n in csl["author"]] == [("Okafor", "Maria"), ("Weiss", "Daniel")]
    assert (csl["container-title"], csl["volume"], csl["issue"], csl["page"]) == ("Journal of Library Practice",
                                                                                  "9", "1", "12-31")
    assert a.page.date.startswith("2023")
    thesis = common.replace("Weiss, Daniel", "Bello, Aisha") + (
        '<meta name="bepress_citation_dissertation_institution" content="Lakeshore University">')
    t = analyse(page(thesis, body), "https://commons.example/etd/221/").page
    assert (t.kind, t.type, t.publisher) == ("journal-article", "thesis", "Lakeshore University")
    # Highwire's own tags win where a page gives both
    both = analyse(page(head + '<meta name="citation_title" content="The Highwire title">'), URL).page
    assert both.title == "The Highwire title"


def test_a_literatum_article_typed_by_dublin_core_is_a_journal_article():
    """Seen on labelled web 13: a Taylor & Francis-style article page gives no citation_* tags, only Dublin Core
    with a JATS type ("research-article") and a DOI, and og:type article: it was cited as a web page. With the DOI
    the JATS type makes a journal article; without one, a "research-article" type alone does not."""
    from scan.extract import analyse

    head = ('<meta name="dc.Title" content="Onboarding new staff in academic libraries"><meta name="dc.Creator" '
            'content=" Rahul Menon "><meta name="dc.Date" scheme="WTN8601" content="2026-03-02">'
            '<meta name="dc.Type" content="research-article">{doi}<meta property="og:type" content="article">')
    doi = '<meta name="dc.Identifier" scheme="doi" content="10.1080/24750158.2026.2210519">'
    body = "<body><main><h1>Onboarding new staff in academic libraries</h1><p>A survey of 212 libraries.</p></main>"
    p = analyse(f"<html><head>{head.format(doi=doi)}</head>{body}</html>", "https://jilp.example/doi/full/x").page
    assert (p.kind, p.type, p.doi) == ("journal-article", "article-journal", "10.1080/24750158.2026.2210519")
    q = analyse(f"<html><head>{head.format(doi='')}</head>{body}</html>", "https://blog.example/post/x").page
    assert q.kind != "journal-article"


def test_shown_text_leaves_out_what_only_screen_readers_get_at_any_depth():
    """What a screen-reader class hides is left out however deep it sits, and only that (the walk remembers each
    element's answer, so nesting hundreds deep costs no more than reading the text once)."""
    from bs4 import BeautifulSoup

    from scan.extract.metadata import _shown_text

    inner = '<span class="screen-reader-text">Author <b>label</b></span> Jane <i>Barr</i>'
    html = '<div class="p-author">' + '<div class="x">' * 40 + inner + "</div>" * 40 + " and Ann Lee</div>"
    el = BeautifulSoup(html, "html.parser").div
    assert " ".join(_shown_text(el).split()) == "Jane Barr and Ann Lee"
    hidden = BeautifulSoup(f'<div><div class="sr-only">{html}</div><p>Shown</p></div>', "html.parser").div
    assert " ".join(_shown_text(hidden).split()) == "Shown"


@pytest.mark.parametrize("title_tag, body, url, want", [
    # FluxBB: "Subject / Forum / Board", the forum named by a breadcrumb (web 14)
    ("New archivist, no one to ask. How did you find a mentor? / Around the library / The Back Room",
     '<div id="brdheader"><h1><a href="/">The Back Room</a></h1></div><ul class="crumbs"><li><a href="/index.php">Index'
     '</a></li><li><a href="/viewforum.php?id=2">Around the library</a></li></ul><div class="blockpost"><h2>#1</h2>'
     '<div class="postmsg"><p>' + "I started in March and I am the only archivist here. " * 4 + "</p></div></div>",
     "https://backroom.example/viewtopic.php?id=412", "New archivist, no one to ask. How did you find a mentor?"),
    # MyBB: a subject that asks a question after a dash is no "Title - Site" (web 13)
    ("Formal mentoring program - worth applying?", '<div class="post_body">' + "Our association opened its "
     "formal mentoring program and I wonder whether it is worth the time. " * 3 + "</div>",
     "https://archtalk.example/showthread.php?tid=418", "Formal mentoring program - worth applying?"),
    # Blogger: "Blog name: Post title: subtitle", the post's title in an h3 (web 13)
    ("Notes from a Retired Cataloguer: Forty years on: the class of '85",
     "<div class='header'><h1 class='title'>Notes from a Retired Cataloguer</h1></div><div class='post'>"
     "<h3 class='post-title entry-title'>Forty years on: the class of '85</h3><div class='post-body entry-content'><p>"
     + "We met again after forty years, nine of the original class. " * 4 + "</p></div></div>",
     "https://stacksretired.example/2025/08/library-school-reunion.html", "Forty years on: the class of '85"),
    # Sphinx (Read the Docs): the h1's permalink mark is no part of it, and the h1 no site (web 9)
    ("Program overview \u2014 Peer Mentoring Cohort Handbook 2024.1 documentation",
     '<div role="main"><section id="overview"><h1>Program overview<a class="headerlink" href="#overview" '
     'title="Link to this heading">\u00b6</a></h1><p>' + "The cohort meets monthly on Slack and on video. " * 4
     + "</p></section></div>", "https://cohortdocs.example/en/latest/overview.html", "Program overview"),
    # Canvas: "Page title: Course name", the page's title in its h1 (web 14)
    ("Week 9: Careers and the job market: INF 602: Foundations of Information Practice (Spring 2025)",
     '<div id="content"><h1 class="page-title">Week 9: Careers and the job market</h1><div class="show-content"><p>'
     + "This week we look at job ads and at the people who can help you read them. " * 3 + "</p></div></div>",
     "https://learn.example/courses/4412/pages/week-9-careers", "Week 9: Careers and the job market"),
])
def test_titles_of_forums_blogs_docs_and_courses(title_tag, body, url, want):
    from scan.extract import analyse

    html_ = f"<html lang='en'><head><title>{title_tag}</title></head><body>{body}</body></html>"
    page = analyse(html_, url).page
    assert page.title == want
    assert page.site != "Program overview"


def test_a_forum_posts_author_is_its_username_and_no_rank_is_a_name():
    """Invision Community's and XenForo's JSON-LD name a thread's author by username ("jfinch": no person's name, so
    it was dropped, seen on webs 11 and 12); MyBB's user panel writes the rank after the name ("pinecone_archivist
    Member", whose 'Member' became the author, web 13)."""
    from scan.extract import analyse
    from scan.extract.names import clean_byline

    ld = ('<script type="application/ld+json">{"@context": "http://schema.org", "@type": "DiscussionForumPosting", '
          '"headline": "Moving into digital preservation - advice?", "author": {"@type": "Person", "name": "jfinch"}, '
          '"datePublished": "2024-05-02T09:12:00+0000"}</script>')
    html_ = (f'<html lang="en"><head><title>Moving into digital preservation - advice?</title>{ld}</head><body><main>'
             '<h1>Moving into digital preservation - advice?</h1><p>' + "Eight years in records management, and I want "
             "to move into digital preservation. " * 3 + "</p></main></body></html>")
    page = analyse(html_, "https://records.example/forums/topic/2240-moving-into-digital-preservation/").page
    assert page.authors == ({"literal": "jfinch"},)
    assert clean_byline("pinecone_archivist Member") == []
    assert clean_byline("Jane Roe Senior Member") == ["Jane Roe"]
    assert clean_byline("Member") == []


@pytest.mark.parametrize("extra, csl_type", [("", "article-journal"),
                                              (', "isConference": true, "contentType": "conferences"', "paper-conference")])
def test_an_ieee_xplore_record_given_in_a_script_is_read(extra, csl_type):
    """IEEE Xplore gives an article's record in a script, xplGlobal.document.metadata={...}, not in citation_* tags
    (seen on web 17): the page is a journal article (or a conference paper) with its journal, volume, issue, pages and
    DOI, where it was a web page with none of them."""
    from scan.extract import analyse

    record = ('{"articleNumber": "10234561", "title": "Hashtag Chats as Personal Learning Networks", '
              '"publicationTitle": "Transactions on Information Services", "doi": "10.5555/TIS.2024.10234561", '
              '"publicationDate": "Sep 14, 2023", "authors": [{"name": "Lena Marsh", "firstName": "Lena", '
              '"lastName": "Marsh"}, {"name": "Tom\\u00e1s Ribeiro"}], "volume": "12", "issue": "3", '
              f'"startPage": "45", "endPage": "61"{extra}}}')
    html_ = ('<html lang="en"><head><title>Hashtag Chats as Personal Learning Networks | IEEE Journals &amp; Magazine'
             '</title><meta property="og:type" content="article"><script type="text/javascript">'
             f'var xplGlobal = xplGlobal || {{}}; xplGlobal.document.metadata={record};</script></head><body><main>'
             '<h1>Hashtag Chats as Personal Learning Networks</h1><p>' + "Academic librarians rely on social media. " * 8
             + "</p></main></body></html>")
    page = analyse(html_, "https://ieeexplore.example/document/10234561").page
    assert (page.kind, page.type) == ("journal-article", csl_type)
    assert page.title == "Hashtag Chats as Personal Learning Networks" and page.date == "2023-09-14"
    assert [a.get("family") for a in page.authors] == ["Marsh", "Ribeiro"]
    assert (page.site, page.volume, page.issue, page.page_range, page.doi) == (
        "Transactions on Information Services", "12", "3", "45-61", "10.5555/TIS.2024.10234561")


def test_a_records_year_is_its_date_where_no_source_gives_a_day():
    """A digitised report's record (the Internet Archive's item page) and a thesis's give only the year it was
    published: the reference's date is that year, not none; a day from any source still wins."""
    from scan.extract import analyse
    item = ('<html><head><title>Online mentoring for early-career librarians: a report (2021)</title></head><body>'
            '<main><h1 class="item-title" itemprop="name">Online mentoring for early-career librarians</h1>'
            '<dl><dt>Publication date</dt><dd><span itemprop="datePublished">2021</span></dd></dl>'
            '<div itemprop="description"><p>A digitised report on a pilot that matched forty early-career librarians '
            'with experienced mentors who met them only online.</p></div></main></body></html>')
    assert analyse(item, "https://archive.example/details/online-mentoring-2021").page.date == "2021"
    thesis = item.replace("<head>", '<head><meta name="citation_date" content="2019">').replace(
        '<span itemprop="datePublished">2021</span>', "2019")
    assert analyse(thesis, "https://theses.example/record/12").page.date == "2019"
    dated = item.replace("<head>", '<head><meta property="article:published_time" content="2021-03-04">')
    assert analyse(dated, "https://archive.example/details/online-mentoring-2021").page.date == "2021-03-04"


def _zotero_item(coins: str, extra: str = "") -> str:
    return ('<html><head><title>Virtual mentoring programmes in professional associations: an evaluation - Zotero'
            '</title></head><body><header class="site-header"><h1 class="logo"><a href="/groups/5510234/lib-mentoring">'
            'Zotero</a></h1></header><main><section class="item-details"><h2 class="item-title">Virtual mentoring '
            'programmes in professional associations: an evaluation</h2><table class="metadata"><tr><th>Item Type</th>'
            '<td>Journal Article</td></tr><tr><th>Author</th><td>Lindqvist, Maja</td></tr><tr><th>Abstract</th><td>We '
            'evaluate three associations\' online mentoring programmes for librarians and archivists.</td></tr></table>'
            f'{coins}{extra}</section></main></body></html>')


_COINS = ('<span class="Z3988" title="ctx_ver=Z39.88-2004&amp;rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Ajournal&amp;'
          'rft.genre=article&amp;rft.atitle=Virtual+mentoring+programmes+in+professional+associations:+an+evaluation'
          '&amp;rft.au=Lindqvist,+Maja&amp;rft.date=2022&amp;rft.volume=28&amp;rft.issue=2&amp;rft.spage=201'
          '&amp;rft.epage=219&amp;rft_id=info%3Adoi%2F10.1080%2F13614533.2022.2041234"></span>')


def test_a_records_one_coins_span_is_its_metadata():
    """A Zotero library's item page (and a catalogue's record) describes its item in one COinS span (OpenURL's
    keys in a span's title): its title, authors, year, volume, issue, pages and DOI, read as Highwire's tags are.
    The page's logo h1 ("Zotero", linking to the group above the item) is not its title."""
    from scan.extract import analyse
    p = analyse(_zotero_item(_COINS), "https://zotero.example/groups/5510234/lib-mentoring/items/H7WD3MPL").page
    assert p.title == "Virtual mentoring programmes in professional associations: an evaluation"
    assert p.authors == ({"family": "Lindqvist", "given": "Maja"},) and p.date == "2022"
    assert (p.volume, p.issue, p.page_range, p.doi) == ("28", "2", "201-219", "10.1080/13614533.2022.2041234")
    assert p.kind == "journal-article"
    # two spans: a list of works (a bibliography, a wiki's references), none of them the page's own
    other = _COINS.replace("Virtual+mentoring+programmes+in+professional+associations:+an+evaluation", "Another+work")
    two = analyse(_zotero_item(_COINS, other), "https://zotero.example/groups/5510234/lib-mentoring/items/H7WD3MPL").page
    assert two.kind != "journal-article" and two.doi is None
    # one span whose work is not the page's (a post that cites one book)
    cited = analyse(_zotero_item(other), "https://zotero.example/groups/5510234/lib-mentoring/items/H7WD3MPL").page
    assert cited.title != "Another work" and cited.doi is None
