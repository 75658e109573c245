"""A third labelled web for the ranking, held out from its tuning: ten hosts,
templates neither :mod:`tests.labelled_web` nor :mod:`tests.labelled_web2`
use, words of its own (:mod:`tests.labelled_text3`, written without reading
the other webs' texts).

Its labels were written, and committed, before scan was first run on it.
Its first measure (``bench/bench_ranking.py --web 3``, nothing changed in
scan): scan found 91 of the 92 pages, NDCG@10 0.891, no page that is not a
work in the top 10, ``scan cite --min-score 60`` cited 26 pages with
precision 0.731 and recall 0.792, kinds right 83 of 92 (trafilatura + BM25:
NDCG@10 0.356, 5 non-works in the top 10).

Hosts and templates (after the reductions in :mod:`tests.templates` where
there is one, else from the markup the real platform serves):

* ``stacks.example`` WordPress Twenty Twelve, one post with Co-Authors Plus'
  two bylines; listings show each post up to its "Continue reading" link;
* ``guides.example`` Springshare LibGuides v2 (guide pages with boxes, tabs,
  DC.* metas; the site's home, a subject's guides ``/sb.php``, search
  ``/srch.php``, a profile ``/prf.php``, the A-Z databases list ``/az.php``);
* ``repo.example`` a DSpace 7 repository (item records ``/items/UUID`` with
  ``citation_*`` tags and a PDF bitstream, a collection, the discovery search);
* ``assoc.example`` a library association division's Drupal site with an
  events calendar, event pages, a mentoring programme page, news and a soft 404;
* ``link.example`` a Springer Link-style journal (``/article/10.1007/...``
  with ``citation_*`` tags and references, an issue's table of contents, the
  journal's home, aims and scope, search);
* ``medium.example`` a Medium publication (stories, the publication's home
  and about, a tag page, an author's profile);
* ``podcast.example`` a podcast on Squarespace (episode pages with show notes
  and a transcript excerpt, the episodes list and a category of it);
* ``notes.example`` Hugo Ananke; ``consult.example`` a Wix site with its
  blog; ``branchlines.example`` Blogger's classic Simple layout.

Grades (as webs 1 and 2): 3 about the topic (librarians mentoring through
social media or online networks) throughout; 2 about it in good part (a
third of the text or more), or about mentoring without the social media, or
about learning through social media without the mentoring; 1 the topic's
words in passing (one sentence), or a short announcement dense with the
topic's words and nothing to read (the association's event pages for a
Twitter chat and a webinar); 0 nothing, including off-topic pages that use
one of the topic's words for something else ("chat reference", "our
Facebook page"). Pages that are not works (home, about, contact, category,
tag, search, listing, profile) and errors count 0 whatever they say.

Decisions for kinds the other webs lack:

* an event page (one event: what, when, where, how to register) is a page
  of its own text, ``article`` (APA cites it as a webpage); the events
  calendar is a ``listing``;
* a LibGuides guide page is a work: APA cites research guides as webpages
  (author the guide's owner, date its last update), so ``article``, graded
  by its own text like any work (annotated links count as its text); the
  LibGuides home, subject list, A-Z list, search and profile pages are not;
* a repository's item record with ``citation_*`` tags is the scholarly
  kind, ``journal-article`` (the record of a thesis too: scan's kinds have
  no thesis), graded by its abstract; its PDF is a ``document``, graded by
  its text;
* a podcast episode page (show notes and a transcript excerpt) is an
  ``article``.

::

    with LabelledWeb3() as web:
        web.seeds, web.hosts_env, web.labels      # as LabelledWeb

``bench/bench_ranking.py --web 3`` prints its figures.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable

from tests.labelled_text3 import MENT, OTHER, PASS, SOC, STRAY, THRU
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, plus, ps

HOSTS = ("stacks.example", "guides.example", "repo.example", "assoc.example", "link.example", "medium.example",
         "podcast.example", "notes.example", "consult.example", "branchlines.example")
START = {"medium.example": "/library-voices", "link.example": "/journal/41000"}


@dataclass(frozen=True)
class Post:
    path: str
    title: str
    author: str
    date: str
    grade: int
    paras: tuple[str, ...]
    tag: str = "mentoring"


# --- WordPress, Twenty Twelve, with Co-Authors Plus (stacks.example) -------------------------------------

WP = "Stacks and Sticky Notes"
WP_POSTS = [
    Post("/2023/09/12/a-mentor-found-through-libchat/", "A Mentor Found Through #libchat", "Ada Price", "2023-09-12",
         3, (THRU[0], THRU[2], THRU[9])),
    Post("/2023/10/03/east-reading-room-roof/", "The East Reading Room Roof", "Ben Osei", "2023-10-03", 0,
         (OTHER[0], OTHER[6]), "news"),
    Post("/2023/10/24/what-mentors-ask-first/", "What Mentors Ask First", "Ada Price", "2023-10-24", 2,
         (MENT[0], MENT[2], MENT[5])),
    Post("/2023/11/14/chat-reference-until-midnight/", "Chat Reference Until Midnight", "Ben Osei", "2023-11-14", 0,
         (STRAY[0], OTHER[4]), "news"),
    Post("/2024/01/16/term-news/", "Term News: Weeding, Kiosks and Printing", "Ben Osei", "2024-01-16", 1,
         plus([OTHER[1], OTHER[11], OTHER[7]], PASS[0], 1), "news"),
    Post("/2024/02/06/notes-from-our-online-mentoring-scheme/", "Notes from Our First Online Mentoring Scheme",
         "Ada Price", "2024-02-06", 3, (THRU[1], THRU[4], THRU[8], MENT[3])),
    Post("/2024/03/05/spring-round-up/", "Spring Round-up", "Ben Osei", "2024-03-05", 2,
         (OTHER[2], THRU[5], THRU[6], OTHER[3]), "news"),
    Post("/2024/03/19/webinar-mentoring-on-social-media/", "Webinar Next Week: Mentoring on Social Media",
         "Ada Price", "2024-03-19", 1,
         ("Next Thursday at 4pm we host a free webinar on mentoring through social media: finding a mentor on "
          "Twitter, LinkedIn and Mastodon, e-mentoring and peer mentoring for new librarians. Register on the "
          "association's site and bring your questions for the chat!",)),
]
COAUTHORED = WP_POSTS[5].path
PEOPLE = {"Ada Price": "ada-price", "Ben Osei": "ben-osei"}


def _wp(title: str, u, body_class: str, main: str, head: str = "") -> bytes:
    recent = "".join(f'<li><a href="{u(p.path)}">{esc(p.title)}</a></li>' for p in WP_POSTS[::-1][:5])
    return (f'<!DOCTYPE html><!--[if IE 7]><html class="ie ie7" lang="en-US"><![endif]--><html lang="en-US"><head>'
            f'<meta charset="UTF-8"><meta name="viewport" content="width=device-width"><title>{title}</title>'
            f'<link rel="profile" href="https://gmpg.org/xfn/11"><meta name="generator" content="WordPress 6.2.3">'
            f'<link rel="alternate" type="application/rss+xml" title="{WP} &raquo; Feed" href="{u("/feed/")}">{head}'
            f'</head><body class="{body_class} custom-font-enabled single-author"><div id="page" class="hfeed site">'
            f'<header id="masthead" class="site-header" role="banner"><hgroup><h1 class="site-title"><a href="{u("/")}" '
            f'title="{WP}" rel="home">{WP}</a></h1><h2 class="site-description">Two academic librarians, one '
            f'notebook</h2></hgroup><nav id="site-navigation" class="main-navigation" role="navigation">'
            f'<button class="menu-toggle">Menu</button><a class="assistive-text" href="#content" title="Skip to '
            f'content">Skip to content</a><div class="nav-menu"><ul><li class="page_item"><a href="{u("/")}">Home</a>'
            f'</li><li class="page_item"><a href="{u("/about/")}">About</a></li><li class="page_item"><a '
            f'href="{u("/contact/")}">Contact</a></li></ul></div></nav></header><div id="main" class="wrapper">'
            f'<div id="primary" class="site-content"><div id="content" role="main">{main}</div></div>'
            f'<div id="secondary" class="widget-area" role="complementary"><aside id="search-2" class="widget '
            f'widget_search"><form role="search" method="get" id="searchform" class="searchform" action="{u("/")}">'
            f'<label class="screen-reader-text" for="s">Search for:</label><input type="text" name="s" id="s">'
            f'<input type="submit" id="searchsubmit" value="Search"></form></aside><aside id="recent-posts-2" '
            f'class="widget widget_recent_entries"><h3 class="widget-title">Recent Posts</h3><ul>{recent}</ul></aside>'
            f'<aside id="archives-2" class="widget widget_archive"><h3 class="widget-title">Archives</h3><ul><li><a '
            f'href="{u("/2024/03/")}">March 2024</a></li></ul></aside><aside id="categories-2" class="widget '
            f'widget_categories"><h3 class="widget-title">Categories</h3><ul><li class="cat-item"><a href="'
            f'{u("/category/mentoring/")}">Mentoring</a></li><li class="cat-item"><a href="{u("/category/news/")}">'
            f'News</a></li></ul></aside><aside id="tag_cloud-2" class="widget widget_tag_cloud"><h3 class="widget-title">'
            f'Tags</h3><div class="tagcloud"><a href="{u("/tag/libchat/")}" class="tag-cloud-link">libchat</a></div>'
            f'</aside></div></div><footer id="colophon" role="contentinfo"><div class="site-info"><a href="'
            f'https://wordpress.org/" title="Semantic Personal Publishing Platform">Proudly powered by WordPress</a>'
            f"</div></footer></div></body></html>").encode()


def _wp_byline(p: Post, u) -> str:
    names = [p.author] + (["Ben Osei"] if p.path == COAUTHORED else [])
    return " and ".join(f'<span class="author vcard"><a class="url fn n" href="{u("/author/" + PEOPLE[n] + "/")}" '
                        f'title="View all posts by {n}" rel="author">{n}</a></span>' for n in names)


def _wp_entry(p: Post, u, full: bool) -> str:
    title = esc(p.title) if full else f'<a href="{u(p.path)}" rel="bookmark">{esc(p.title)}</a>'
    h = "h1"
    text = ps(p.paras) if full else (ps(p.paras[:1]) + (f'<p><a href="{u(p.path)}#more-1" class="more-link">Continue '
                                                        f'reading <span class="meta-nav">&rarr;</span></a></p>'
                                                        if len(p.paras) > 1 else ""))
    return (f'<article class="post type-post status-publish format-standard hentry category-{p.tag}">'
            f'<header class="entry-header"><{h} class="entry-title">{title}</{h}><div class="comments-link"><a href="'
            f'{u(p.path)}#respond">Leave a reply</a></div></header><div class="entry-content">{text}</div>'
            f'<footer class="entry-meta">This entry was posted in <a href="{u("/category/" + p.tag + "/")}" '
            f'rel="category tag">{p.tag.title()}</a> on <a href="{u(p.path)}" rel="bookmark"><time class="entry-date" '
            f'datetime="{p.date}T09:00:00+00:00">{p.date}</time></a><span class="by-author"> by {_wp_byline(p, u)}'
            f"</span>.</footer></article>")


def wordpress(u, links: list[str]) -> list[Doc]:
    docs = []
    for i, p in enumerate(WP_POSTS):
        main = _wp_entry(p, u, True)
        if p.grade >= 2:
            main = main.replace("</div><footer", f'<p>Also worth reading: <a href="{links[i % len(links)]}">this '
                                                 f"piece</a>.</p></div><footer", 1)
        main += ('<nav class="nav-single"><h3 class="assistive-text">Post navigation</h3><span class="nav-previous">'
                 f'<a href="{u(WP_POSTS[i - 1].path)}" rel="prev"><span class="meta-nav">&larr;</span> '
                 f"{esc(WP_POSTS[i - 1].title)}</a></span></nav>"
                 '<div id="comments" class="comments-area"><h2 class="comments-title">One thought on &ldquo;'
                 f'{esc(p.title)}&rdquo;</h2><ol class="commentlist"><li class="comment"><article class="comment">'
                 '<header class="comment-meta comment-author vcard"><cite><b class="fn">Marta</b></cite></header>'
                 '<section class="comment-content comment"><p>I found my mentor on Twitter as well, and we still '
                 "chat every month. Thanks for writing this.</p></section></article></li></ol></div>")
        head = f'<link rel="canonical" href="{u(p.path)}">'
        docs.append(Doc("stacks.example", p.path, "article", p.grade,
                        _wp(f"{esc(p.title)} | {WP}", u, "single single-post", main, head)))
    newest = WP_POSTS[::-1]

    def listing(path, kind, title, header, posts, body_class, head=""):
        pager = ('<nav id="nav-below" class="navigation" role="navigation"><h3 class="assistive-text">Post navigation'
                 f'</h3><div class="nav-previous"><a href="{u("/page/2/")}"><span class="meta-nav">&larr;</span> Older '
                 "posts</a></div></nav>") if path == "/" else ""
        main = header + "".join(_wp_entry(p, u, False) for p in posts) + pager
        return Doc("stacks.example", path, kind, 0, _wp(title, u, body_class, main, head))

    def page(path, kind, title, text, status=200, body_class="page"):
        main = (f'<article class="page type-page status-publish hentry"><header class="entry-header"><h1 '
                f'class="entry-title">{title}</h1></header><div class="entry-content">{text}</div></article>')
        return Doc("stacks.example", path, kind, 0, _wp(f"{title} | {WP}", u, body_class, main), status=status)

    mentoring = [p for p in newest if p.tag == "mentoring"]
    docs += [
        listing("/", "home", f"{WP} | Two academic librarians, one notebook", "", newest[:5], "home blog",
                f'<link rel="next" href="{u("/page/2/")}">'),
        listing("/page/2/", "listing", f"{WP} | Page 2", "", newest[5:], "home blog paged paged-2",
                f'<link rel="prev" href="{u("/")}">'),
        listing("/category/mentoring/", "category", f"Mentoring | {WP}",
                '<header class="archive-header"><h1 class="archive-title">Category Archives: <span>Mentoring</span>'
                '</h1><div class="archive-meta"><p>Mentoring, e-mentoring and finding a mentor on social media.</p>'
                "</div></header>", mentoring, "archive category category-mentoring"),
        listing("/category/news/", "category", f"News | {WP}",
                '<header class="archive-header"><h1 class="archive-title">Category Archives: <span>News</span></h1>'
                "</header>", [p for p in newest if p.tag == "news"], "archive category category-news"),
        listing("/tag/libchat/", "tag", f"libchat | {WP}",
                '<header class="archive-header"><h1 class="archive-title">Tag Archives: <span>libchat</span></h1>'
                "</header>", [WP_POSTS[0], WP_POSTS[7]], "archive tag tag-libchat"),
        listing("/?s=mentoring", "search", f"Search Results for &#8220;mentoring&#8221; | {WP}",
                '<header class="page-header"><h1 class="page-title">Search Results for: <span>mentoring</span></h1>'
                "</header>", [p for p in newest if p.grade >= 1], "search search-results"),
        listing("/author/ada-price/", "profile", f"Ada Price | {WP}",
                '<header class="archive-header"><h1 class="archive-title">Author Archives: <span class="vcard"><a '
                f'class="url fn n" href="{u("/author/ada-price/")}" rel="me">Ada Price</a></span></h1></header>'
                '<div class="author-info"><div class="author-description"><h2>About Ada Price</h2><p>Ada is a '
                "liaison librarian who mentors new librarians online and co-runs our association's e-mentoring "
                "scheme.</p></div></div>", [p for p in newest if p.author == "Ada Price"], "archive author"),
        listing("/2024/03/", "listing", f"March | 2024 | {WP}",
                '<header class="archive-header"><h1 class="archive-title">Monthly Archives: <span>March 2024</span>'
                "</h1></header>", [p for p in newest if p.date.startswith("2024-03")], "archive date"),
        page("/about/", "about", "About",
             "<p>Stacks and Sticky Notes is written by Ada Price and Ben Osei, librarians at a mid-sized university. "
             "Ada writes about mentoring, e-mentoring and the people she has met on Twitter and Mastodon; Ben "
             f'writes about the building and everything in it. <a href="{u("/?s=mentoring")}">Everything we wrote '
             f'on mentoring</a>.</p><p>An older post of ours moved: <a href="{u("/2022/06/01/moved-post/")}">'
             "finding mentors, the early years</a>.</p>"),
        page("/contact/", "contact", "Contact",
             "<p>Looking for a mentor, or want to be one? Write to us, or find Ada on Mastodon.</p><div class=\"wpcf7\">"
             '<form class="wpcf7-form"><p><label>Your name<input name="your-name"></label></p><p><label>Your '
             'email<input name="your-email"></label></p><p><label>Message<textarea name="your-message"></textarea>'
             '</label></p><p><input type="submit" value="Send"></p></form></div>'),
        page("/2022/06/01/moved-post/", "error", "This is somewhat embarrassing, isn&rsquo;t it?",
             "<p>It seems we can&rsquo;t find what you&rsquo;re looking for. Perhaps searching can help.</p>",
             status=404, body_class="error404"),
    ]
    return docs


# --- Springshare LibGuides v2 (guides.example) -----------------------------------------------------------

LG = "LibGuides at Northfield University"
GUIDES = [
    # path, guide name, page name, owner, grade, description, boxes [(title, rich text, [(link, desc)])]
    ("/social-media-mentoring", "Mentoring and Social Media for Library Workers", "Home", "Ines Carvalho", 3,
     "Finding a mentor, and being one, through social media and online networks.",
     [("Why look for a mentor online", [THRU[10], THRU[13]], []),
      ("Where to start", [], [("#libchat on Twitter", "A weekly Twitter chat where new librarians ask experienced "
                                                      "ones for advice; many mentoring relationships started there."),
                              ("The association's e-mentoring scheme", "Matches mentors and mentees twice a year; "
                                                                       "pairs meet online by video."),
                              ("Metadata librarians on Mastodon", "Friday mentoring threads for new cataloguers.")])]),
    ("/social-media-mentoring/learning-online", "Mentoring and Social Media for Library Workers",
     "Learning online", "Ines Carvalho", 2, "Finding a mentor, and being one, through social media and online networks.",
     [("Build a personal learning network", [SOC[0], SOC[3]], []),
      ("Free webinars", [], [("Library association webinars", "Monthly professional development webinars, "
                                                              "recorded and on YouTube."),
                             ("Open teaching channel", "Short video tutorials on teaching information literacy.")])]),
    ("/apa7", "Citing Sources: APA 7th Edition", "Home", "Tom Reyes", 0,
     "How to cite books, articles, websites and more in APA style.",
     [("In-text citations", ["In APA style an in-text citation gives the author's surname and the year, in "
                             "brackets or in the sentence: (Smith, 2020) or Smith (2020). Add a page number for a "
                             "direct quotation. Two authors are joined by an ampersand in brackets and by and in "
                             "the sentence; three or more are shortened to the first author and et al."], []),
      ("Reference list", ["The reference list starts on a new page, in alphabetical order of the first author's "
                          "surname, with a hanging indent. Each entry gives the author, the date, the title and the "
                          "source; a DOI is written as a link. Titles of books and journals are in italics."],
       [("APA Style website", "The official guide, with sample papers.")])]),
]


def _lg(title: str, u, main: str, head: str = "", body_id: str = "s-lg-guide-main") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta http-equiv="X-UA-Compatible" content="IE=Edge">'
            f'<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1.0"><title>{title}</title>{head}'
            f'<link rel="stylesheet" href="https://static-assets.libguides.com/web/css3.21.4/lg-public.min.css">'
            f'</head><body class="s-lg-guide-body"><a id="s-lg-public-skiplink" class="alert-info" href="#{body_id}">'
            f'Skip to Main Content</a><div id="s-lib-banner"><a href="https://library.northfield.example/">'
            f'<img src="/logo.png" alt="Northfield University Library"></a></div><div id="s-lib-bc">'
            f'<ol id="s-lib-bc-list" class="breadcrumb"><li id="s-lib-bc-customer"><a href="https://library.northfield'
            f'.example/">Library</a></li><li id="s-lib-bc-site"><a href="{u("/")}">LibGuides</a></li></ol></div>'
            f'<div id="s-lg-tabs-container" class="container s-lib-side-borders pad-top-med">{main}</div>'
            f'<div id="s-lib-footer-public" class="s-lib-footer footer container-fluid"><div class="pull-left">'
            f'<a href="{u("/")}">Northfield University Library</a> | <a href="{u("/az.php")}">Databases A-Z</a> | '
            f'<a href="{u("/srch.php?q=mentoring")}">Search guides</a></div><div id="s-lib-footer-rights">Powered by '
            f'<a href="https://springshare.com">Springshare</a>. All rights reserved.</div></div></body></html>').encode()


def _lg_profile(owner: str, u) -> str:
    return (f'<div class="s-lib-box s-lib-box-std s-lib-floating-box"><h2 class="s-lib-box-title">Librarian</h2>'
            f'<div class="s-lib-box-content"><div class="s-lib-profile-container"><div class="s-lib-profile-name">'
            f'<a href="{u("/prf.php?account_id=5512")}">{esc(owner)}</a></div><div class="s-lib-profile-email">'
            f'<a href="mailto:librarian@northfield.example">Email Me</a></div><div class="s-lib-profile-contact">'
            f"<strong>Contact:</strong><br>Main Library, Room 214</div></div></div></div>")


def libguides(u) -> list[Doc]:
    docs = []
    for path, guide, page, owner, grade, desc, boxes in GUIDES:
        base = path.split("/")[1]
        tabs = [(f"/{base}", "Home")] + ([(f"/{base}/learning-online", "Learning online")]
                                         if base == "social-media-mentoring" else [])
        nav = "".join(f'<li class="{"active" if t == path else ""}"><a title="" href="{u(t)}">{n}</a></li>'
                      for t, n in tabs)
        content = "".join(
            f'<div class="s-lib-box s-lib-box-std"><h2 class="s-lib-box-title">{esc(bt)}</h2><div '
            f'class="s-lib-box-content"><div class="s-lg-box-content">'
            + (f'<div class="s-lg-rich-text">{ps(texts)}</div>' if texts else "")
            + (f'<ul class="s-lg-link-list s-lg-link-list-2">'
               + "".join(f'<li><div><a href="https://example.org/{n}">{esc(lt)}</a><div class="s-lg-link-desc">'
                         f"{esc(ld)}</div></div></li>" for n, (lt, ld) in enumerate(links)) + "</ul>" if links else "")
            + "</div></div></div>" for bt, texts, links in boxes)
        main = (f'<div id="s-lg-guide-header" class="s-lib-header"><h1 id="s-lg-guide-name">{esc(guide)}: '
                f'{page}</h1><div id="s-lg-guide-desc-container"><span id="s-lg-guide-description">{esc(desc)}</span>'
                f'</div></div><div id="s-lg-guide-tabs" class="tabs"><ul class="nav nav-tabs split-button-nav">'
                f'{nav}</ul></div><div id="s-lg-guide-main" class="row"><div id="s-lg-col-1" class="col-md-9">'
                f'{content}</div><div id="s-lg-col-2" class="col-md-3">{_lg_profile(owner, u)}</div></div>'
                f'<div id="s-lg-page-prevnext" class="pad-top-med"></div><div id="s-lib-footer-guide">'
                f'<div id="s-lib-footer-lastupdated">Last Updated: <span>Feb 12, 2024 10:41 AM</span></div>'
                f'<div id="s-lib-footer-url">URL: <span>{u(path)}</span></div><div id="s-lib-footer-print">'
                f'<a href="#">Print Page</a></div><div id="s-lib-footer-subjects">Subjects: <a href="'
                f'{u("/sb.php?subject_id=310")}">Library and Information Science</a></div></div>')
        head = (f'<meta name="description" content="{esc(desc)}"><meta name="DC.Title" content="{esc(guide)}: '
                f'{page}"><meta name="DC.Creator" content="{esc(owner)}"><meta name="DC.Subject" content="Library and '
                f'Information Science"><meta name="DC.Description" content="{esc(desc)}"><meta name="DC.Publisher" '
                f'content="Northfield University"><meta name="DC.Rights" content="Copyright Northfield University 2024">'
                f'<meta name="DC.Language" content="en"><meta name="DC.Identifier" content="{u(path)}">'
                f'<meta name="DC.Date.Created" content="Sep 4, 2019 2:10 PM"><meta name="DC.Date.Modified" '
                f'content="Feb 12, 2024 10:41 AM"><meta property="og:title" content="LibGuides: {esc(guide)}: {page}">'
                f'<meta property="og:url" content="{u(path)}"><meta property="og:site_name" content="{LG}">'
                f'<link rel="canonical" href="{u(path)}">')
        docs.append(Doc("guides.example", path, "article", grade,
                        _lg(f"{page} - {esc(guide)} - {LG}", u, main, head)))

    def guide_list(items):
        return ('<ul class="s-lg-gtitle-list">' + "".join(
            f'<li><a href="{u(p)}">{esc(g)}</a><div class="s-lg-guide-list-info">{esc(d)}</div></li>'
            for p, g, pg, o, gr, d, b in items if pg == "Home") + "</ul>")

    docs += [
        Doc("guides.example", "/", "home", 0, _lg(
            LG, u, f'<div id="s-lg-index-cols" class="row"><div class="col-md-8"><h1>Research Guides</h1>'
                   f'<div class="s-lib-box s-lib-box-std"><h2 class="s-lib-box-title">Browse by subject</h2>'
                   f'<div class="s-lib-box-content"><ul><li><a href="{u("/sb.php?subject_id=310")}">Library and '
                   f'Information Science</a></li></ul></div></div><div class="s-lib-box s-lib-box-std"><h2 '
                   f'class="s-lib-box-title">Popular guides</h2><div class="s-lib-box-content">{guide_list(GUIDES)}'
                   f'</div></div></div><div class="col-md-4"><form action="{u("/srch.php")}"><input name="q" '
                   f'placeholder="Search guides"></form><p><a href="{u("/az.php")}">Databases A-Z</a></p></div></div>',
            body_id="s-lg-index-cols")),
        Doc("guides.example", "/sb.php?subject_id=310", "listing", 0, _lg(
            f"{LG}: Library and Information Science", u,
            '<h1>Library and Information Science</h1><div class="s-lib-box s-lib-box-std"><h2 class="s-lib-box-title">'
            f'Guides</h2><div class="s-lib-box-content">{guide_list(GUIDES)}</div></div>')),
        Doc("guides.example", "/srch.php?q=mentoring", "search", 0, _lg(
            f"{LG}: Search", u,
            '<h1>Search Results</h1><div class="s-srch-results"><p>2 results for <strong>mentoring</strong></p>'
            + "".join(f'<div class="s-srch-result"><div class="s-srch-result-title"><a href="{u(p)}">{esc(g)}: {pg}'
                      f'</a></div><div class="s-srch-result-desc">{esc(d)}</div></div>'
                      for p, g, pg, o, gr, d, b in GUIDES[:2]) + "</div>")),
        Doc("guides.example", "/prf.php?account_id=5512", "profile", 0, _lg(
            f"{LG}: Ines Carvalho", u,
            '<div class="s-lib-profile-container"><h1 class="s-lib-profile-name">Ines Carvalho</h1><div '
            'class="s-lib-profile-div">Liaison Librarian, Library and Information Science. I coordinate the library '
            "school's mentoring scheme and run our workshops on social media for professional development.</div>"
            f'<h2>My guides</h2>{guide_list(GUIDES[:2])}</div>')),
        Doc("guides.example", "/az.php", "listing", 0, _lg(
            f"{LG}: Databases A-Z", u,
            '<h1>Databases A-Z</h1><div class="s-lg-az-result"><a href="https://example.org/lisa">Library and '
            'Information Science Abstracts</a><div class="s-lg-az-desc">Indexes more than 440 journals in library '
            'science.</div></div><div class="s-lg-az-result"><a href="https://example.org/lista">LISTA</a><div '
            'class="s-lg-az-desc">Library, Information Science and Technology Abstracts.</div></div>')),
    ]
    return docs


# --- DSpace 7 (repo.example) ---------------------------------------------------------------------------

ITEMS = [
    # uuid, title, authors, date, journal (None: a thesis), grade, abstract paragraphs, pdf grade, pdf lines
    ("6b1f0c3e-8d2a-4c55-9a57-1e0d8b7a2f11", "Mentoring at a distance: librarians' experiences of e-mentoring",
     ["Okonjo, Adaeze", "Lund, Henrik"], "2022-06-30", "Library Careers Review", 3, [THRU[4], THRU[8]]),
    ("a3c9e2d4-1f6b-47e8-b0a2-5c7d9e1f3a20", "Social media use by reference staff in three university libraries",
     ["Ferreira, Joana"], "2021-11-15", None, 2, [SOC[2], SOC[1]]),
    ("0e7d4b9a-3c2f-4e61-8f5d-6a1b2c3d4e59", "Conserving parish registers: a case study in paste and tissue",
     ["Whitlow, Grace"], "2020-05-01", None, 0, [OTHER[6], OTHER[14]]),
]


def _ds(title: str, u, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>{title}</title>'
            f'<base href="/"><meta name="viewport" content="width=device-width,minimum-scale=1">{head}'
            f'<meta name="Generator" content="DSpace 7.6"></head><body><ds-app><ds-root><div class="outer-wrapper">'
            f'<ds-header-navbar-wrapper><header class="header"><nav role="navigation" class="container navbar">'
            f'<a class="navbar-brand" href="{u("/")}" routerlink="/home"><img src="assets/images/dspace-logo.svg" '
            f'alt="Northfield Research Repository"></a><ul class="navbar-nav"><li><a href="{u("/")}">Home</a></li>'
            f'<li><a href="{u("/search?query=mentoring")}">Search</a></li><li><a href="'
            f'{u("/collections/4d2e7f90-1b3c-4a5d-9e8f-7a6b5c4d3e2f")}">Library Science</a></li></ul></nav></header>'
            f'</ds-header-navbar-wrapper><main class="main-content">{main}</main><ds-footer><footer class="text-lg-start">'
            f'<div class="bottom-footer p-1"><a href="https://www.dspace.org/">DSpace software</a> copyright &copy; '
            f"2002-2024 LYRASIS</div></footer></ds-footer></div></ds-root></ds-app></body></html>").encode()


def _ds_meta(label: str, value: str) -> str:
    return (f'<div class="simple-view-element"><h5 class="simple-view-element-header">{label}</h5>'
            f'<div class="simple-view-element-body">{value}</div></div>')


def dspace(u) -> list[Doc]:
    docs = []
    for uid, title, authors, date, journal, grade, abstract in ITEMS:
        slug = title.split(":")[0].lower().replace(" ", "-").replace("'", "")
        pdf_path = f"/bitstreams/{uid[::-1]}/download"
        head = (f'<meta name="citation_title" content="{esc(title)}">'
                + "".join(f'<meta name="citation_author" content="{esc(a)}">' for a in authors)
                + f'<meta name="citation_publication_date" content="{date}">'
                + (f'<meta name="citation_journal_title" content="{journal}">' if journal else
                   '<meta name="citation_dissertation_institution" content="Northfield University">')
                + f'<meta name="citation_language" content="en"><meta name="citation_pdf_url" content="{u(pdf_path)}">'
                f'<meta name="citation_abstract_html_url" content="{u("/items/" + uid)}">'
                f'<meta name="citation_keywords" content="libraries">'
                f'<meta name="description" content="{esc(abstract[0][:150])}"><link rel="canonical" '
                f'href="{u("/items/" + uid)}">')
        names = "".join(f'<a href="{u("/browse/author?value=" + a.split(",")[0])}"><span>{esc(a)}</span></a><br>'
                        for a in authors)
        main = (f'<ds-item-page><div class="container"><div class="item-page"><ds-untyped-item><div class="d-flex '
                f'flex-row"><ds-themed-item-page-title-field class="mr-auto"><h1 class="item-page-title-field">'
                f'<span>{esc(title)}</span></h1></ds-themed-item-page-title-field></div><div class="row"><div '
                f'class="col-xs-12 col-md-4"><ds-item-page-file-section>'
                + _ds_meta("Files", f'<ds-file-download-link><a href="{u(pdf_path)}" class="dont-break-out">'
                                    f"{slug}.pdf</a></ds-file-download-link><span>(412.5 KB)</span>")
                + f"</ds-item-page-file-section>{_ds_meta('Date', date)}{_ds_meta('Authors', names)}</div>"
                f'<div class="col-xs-12 col-md-6"><ds-item-page-abstract-field>'
                + _ds_meta("Abstract", "".join(f"<span>{esc(a)}</span><br>" for a in abstract))
                + "</ds-item-page-abstract-field>"
                + _ds_meta("Type", "Article" if journal else "Thesis")
                + (_ds_meta("Journal", journal) if journal else "")
                + f'<ds-item-page-uri-field>{_ds_meta("URI", u("/items/" + uid))}</ds-item-page-uri-field>'
                f'{_ds_meta("Collections", "<a href=" + chr(34) + u("/collections/4d2e7f90-1b3c-4a5d-9e8f-7a6b5c4d3e2f") + chr(34) + ">Library Science</a>")}'
                f'<div><a class="btn btn-outline-primary" href="{u("/items/" + uid + "/full")}">Full item page</a>'
                f"</div></div></div></ds-untyped-item></div></div></ds-item-page>")
        docs.append(Doc("repo.example", "/items/" + uid, "journal-article", grade, _ds(f"{esc(title)}", u, main, head)))
        lines = [title] + [w for a in abstract for w in _wrap(a)]
        docs.append(Doc("repo.example", pdf_path, "document", grade, pdf(lines), "application/pdf"))
    results = "".join(
        f'<ds-item-search-result-list-element><div class="d-flex"><div class="flex-grow-1"><ds-truncatable>'
        f'<a class="lead item-list-title dont-break-out" href="{u("/items/" + uid)}">{esc(t)}</a><span '
        f'class="item-list-authors">{esc("; ".join(a))}</span><div class="item-list-abstract">{cut(ab[0], 200)}</div>'
        f"</ds-truncatable></div></div></ds-item-search-result-list-element>"
        for uid, t, a, d, j, g, ab in ITEMS)
    docs += [
        Doc("repo.example", "/", "home", 0, _ds(
            "Northfield Research Repository :: Home", u,
            '<ds-home-page><div class="jumbotron"><h1 class="display-3">Northfield Research Repository</h1><p '
            'class="lead">The repository holds the research output of Northfield University: articles, theses and '
            'data, openly available.</p></div><ds-top-level-community-list><h2>Communities in DSpace</h2><ul><li><a '
            f'href="{u("/collections/4d2e7f90-1b3c-4a5d-9e8f-7a6b5c4d3e2f")}">Library Science</a></li></ul>'
            f"</ds-top-level-community-list><ds-recent-item-list><h2>Recent Submissions</h2>{results}"
            "</ds-recent-item-list></ds-home-page>")),
        Doc("repo.example", "/collections/4d2e7f90-1b3c-4a5d-9e8f-7a6b5c4d3e2f", "listing", 0, _ds(
            "Library Science", u, '<ds-collection-page><div class="container"><header class="comcol-header">'
                                  '<h1>Library Science</h1><p>Research by the Department of Library Science.</p>'
                                  f"</header><h2>Recent Submissions</h2>{results}</div></ds-collection-page>")),
        Doc("repo.example", "/search?query=mentoring", "search", 0, _ds(
            "Northfield Research Repository :: Search", u,
            '<ds-search-page><div class="container"><h1 class="sr-only">Search</h1><div class="search-form"><input '
            'name="query" value="mentoring"></div><h2>Search Results</h2><div class="pagination-info">Now showing 1 - '
            f'2 of 2</div>{results}</div></ds-search-page>')),
    ]
    return docs


def _wrap(text: str, n: int = 90) -> list[str]:
    out, line = [], ""
    for w in text.split():
        if len(line) + len(w) + 1 > n:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    return out + ([line] if line else [])


# --- A library association division's Drupal site with events (assoc.example) -------------------------

AS = "New Professionals Division"
EVENTS = [
    ("/events/2024/libmentor-twitter-chat", "#LibMentor Twitter Chat: Finding a Mentor", "2024-04-18", 1,
     "Thursday 18 April 2024, 8:00pm - 9:00pm (Eastern)", "Online, on Twitter",
     ["Join the division's mentoring committee for a one-hour Twitter chat on finding a mentor. Follow the "
      "hashtag #LibMentor, tweet your questions about mentors, mentees and e-mentoring, and meet mentors from "
      "across the country. No registration needed: just follow the hashtag."]),
    ("/events/2024/reverse-mentoring-webinar", "Webinar: Reverse Mentoring with Social Media", "2024-05-09", 1,
     "Thursday 9 May 2024, 2:00pm - 3:00pm (Eastern)", "Online (Zoom)",
     ["Reverse mentoring pairs new librarians with senior colleagues to share how social media works for the "
      "library. In this free webinar, two mentors and two mentees describe their reverse mentoring on "
      "Instagram and LinkedIn. Registration is required; the recording goes on YouTube."]),
    ("/events/2024/annual-conference", "Annual Conference 2024", "2024-06-20", 0,
     "20-22 June 2024", "Riverside Convention Centre",
     ["Three days of sessions on collections, buildings, budgets and services. Early registration closes on "
      "1 May; members pay a reduced fee. Hotel rooms at a conference rate can be booked until 1 June, and a "
      "shuttle runs between the hotels and the convention centre every twenty minutes."]),
]
AS_NEWS = [
    Post("/mentoring-program", "Mentoring Program", "Mentoring Committee", "2024-01-10", 2,
         (MENT[1], THRU[1], MENT[3])),
    Post("/news/2024/new-board-members", "Three New Board Members Elected", "Division Office", "2024-02-20", 0,
         ("The division's members elected three new board members in February: a public librarian from the "
          "coast, a school librarian from the northern district and an archivist. They join the board in July "
          "for three years. Thank you to everyone who stood and to the two hundred members who voted.",
          OTHER[13])),
]


def _dr(title: str, u, main: str, status_class: str = "", head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" '
            f'content="Drupal 10 (https://www.drupal.org)"><title>{title} | {AS}</title>{head}</head>'
            f'<body class="path-node {status_class}"><a href="#main-content" class="visually-hidden focusable">Skip to '
            f'main content</a><div class="dialog-off-canvas-main-canvas"><div class="layout-container"><header '
            f'role="banner"><div class="region region-header"><div id="block-sitebranding"><a href="{u("/")}" '
            f'rel="home">{AS}</a><div class="site-slogan">A division of the State Library Association</div></div>'
            f'</div><div class="region region-primary-menu"><nav role="navigation" id="block-mainnavigation"><ul '
            f'class="menu"><li class="menu-item"><a href="{u("/about")}">About</a></li><li class="menu-item"><a '
            f'href="{u("/events")}">Events</a></li><li class="menu-item"><a href="{u("/mentoring-program")}">Mentoring'
            f'</a></li><li class="menu-item"><a href="{u("/contact-us")}">Contact us</a></li></ul></nav></div>'
            f'</header><main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">{main}'
            f'</div></main><footer role="contentinfo"><div class="region region-footer"><p>&copy; 2024 {AS}. '
            f'<a href="{u("/committees/social-media")}">Social media committee</a></p></div></footer></div></div>'
            f"</body></html>").encode()


def association(u) -> list[Doc]:
    docs = []
    for path, title, date, grade, when, where, text in EVENTS:
        main = (f'<article role="article" class="node node--type-event node--view-mode-full"><h1 class="page-title">'
                f'<span class="field field--name-title">{esc(title)}</span></h1><div class="node__content"><div '
                f'class="field field--name-field-event-date"><div class="field__label">Date</div><div class="field__item">'
                f'<time datetime="{date}T20:00:00Z">{esc(when)}</time></div></div><div class="field '
                f'field--name-field-location"><div class="field__label">Location</div><div class="field__item">'
                f'{esc(where)}</div></div><div class="clearfix text-formatted field field--name-body">{ps(text)}</div>'
                f'<div class="field field--name-field-register"><a href="{u(path + "/register")}">Register</a></div>'
                f"</div></article>")
        ld = json.dumps({"@context": "https://schema.org", "@type": "Event", "name": title, "startDate": date,
                         "location": where, "organizer": {"@type": "Organization", "name": AS}})
        docs.append(Doc("assoc.example", path, "article", grade, _dr(esc(title), u, main, "page-node-type-event",
                                                                    f'<script type="application/ld+json">{ld}</script>'
                                                                    f'<link rel="canonical" href="{u(path)}">')))
    for p in AS_NEWS:
        main = (f'<article role="article" class="node node--type-page node--view-mode-full"><h1 class="page-title">'
                f'<span>{esc(p.title)}</span></h1><div class="node__meta">Submitted by <span>{esc(p.author)}</span> '
                f'on <span>{p.date}</span></div><div class="node__content"><div class="clearfix text-formatted field '
                f'field--name-body">{ps(p.paras)}</div></div></article>')
        docs.append(Doc("assoc.example", p.path, "article", p.grade,
                        _dr(esc(p.title), u, main, "page-node-type-page", f'<link rel="canonical" href="{u(p.path)}">')))
    rows = "".join(f'<div class="views-row"><div class="views-field views-field-title"><h3><a href="{u(p)}">{esc(t)}'
                   f'</a></h3></div><div class="views-field views-field-field-event-date">{esc(w)}</div><div '
                   f'class="views-field views-field-field-location">{esc(wh)}</div></div>'
                   for p, t, d, g, w, wh, x in EVENTS)
    docs += [
        Doc("assoc.example", "/", "home", 0, _dr(
            "Welcome", u, f'<div class="views-element-container"><h2>Upcoming events</h2>{rows}</div>'
                          f'<div class="views-element-container"><h2>News</h2><div class="views-row"><h3><a href="'
                          f'{u(AS_NEWS[1].path)}">{esc(AS_NEWS[1].title)}</a></h3><p>{cut(AS_NEWS[1].paras[0], 160)}</p>'
                          f'</div><div class="views-row"><h3><a href="{u(AS_NEWS[0].path)}">Apply for our mentoring '
                          f"program</a></h3><p>Mentors and mentees wanted for this year's cohort.</p></div></div>",
            "path-frontpage")),
        Doc("assoc.example", "/events", "listing", 0, _dr(
            "Events", u, f'<h1 class="page-title">Events</h1><div class="view view-events view-display-id-page_1">'
                         f'<div class="view-content">{rows}</div></div>', "path-events")),
        Doc("assoc.example", "/about", "about", 0, _dr(
            "About the Division", u,
            '<article class="node node--type-page"><h1 class="page-title"><span>About the Division</span></h1><div '
            'class="clearfix text-formatted field field--name-body"><p>The New Professionals Division supports '
            "librarians in their first ten years: a mentoring program, Twitter chats and webinars, and a conference "
            "track of its own. It has some 1,400 members and is run by volunteers elected for three years.</p>"
            "</div></article>", "page-node-type-page")),
        Doc("assoc.example", "/contact-us", "contact", 0, _dr(
            "Contact us", u,
            '<h1 class="page-title">Contact us</h1><form class="contact-message-feedback-form contact-form"><div '
            'class="form-item"><label>Your name</label><input name="name"></div><div class="form-item"><label>Your '
            'email address</label><input name="mail"></div><div class="form-item"><label>Subject</label><input '
            'name="subject[0][value]"></div><div class="form-item"><label>Message</label><textarea '
            'name="message[0][value]"></textarea></div><input type="submit" value="Send message"></form>',
            "path-contact")),
        Doc("assoc.example", "/committees/social-media", "error", 0, _dr(
            "Page not found", u,
            '<h1 class="page-title">Page not found</h1><div class="region region-content"><p>The requested page '
            "could not be found. It may have moved when the division's website was rebuilt; try the menu above or "
            "the search.</p></div>", "path-node page-not-found")),
    ]
    return docs


# --- A Springer Link-style journal (link.example) -------------------------------------------------------

JN = "Library Careers Review"
JID = "41000"
ARTICLES = [
    # doi suffix, title, authors, first page, grade, abstract, sections
    ("s41000-023-00101-1", "Mentoring Networks Online: How Early-Career Librarians Use Social Media to Find Mentors",
     ["Lund, Henrik", "Okonjo, Adaeze"], 201, 3,
     "We interviewed 31 early-career librarians about the mentors they found through social media and online "
     "communities.",
     [("Introduction", [THRU[13], THRU[12]]), ("Findings", [THRU[6], THRU[3]]), ("Discussion", [THRU[9]])]),
    ("s41000-023-00102-x", "Mentorship After Tenure: A Second-Stage Mentoring Program for Academic Librarians",
     ["Baptiste, Renée"], 219, 2,
     "A mentoring program for mid-career academic librarians, evaluated over two cohorts.",
     [("Background", [MENT[4], MENT[1]]), ("Evaluation", [MENT[5], MENT[3]])]),
    ("s41000-023-00103-8", "Read-and-Publish Agreements and Author Behaviour at a Mid-Sized University",
     ["Sato, Kenji", "Meyer, Lena"], 233, 0,
     "How transformative agreements changed where the university's authors published.",
     [("Introduction", [OTHER[13]]), ("Data and methods", [OTHER[12], OTHER[4]])]),
    ("s41000-023-00104-6", "Learning in the Feed: Librarians' Professional Development on Social Media",
     ["Ferreira, Joana"], 247, 2,
     "A survey of how librarians learn from social media, webinars and online groups.",
     [("Introduction", [SOC[1], SOC[4]]), ("Results", [SOC[3], SOC[0]])]),
    ("s41000-023-00105-4", "Rethinking the Archive Reading Room After the Pandemic", ["Whitlow, Grace"], 263, 1,
     "Booking systems, fetched boxes and what researchers now expect of an archive's reading room.",
     [("Introduction", [OTHER[14]]), ("Changes", [OTHER[15] + " " + PASS[3], OTHER[8]])]),
]
REFS = ["Adams, P. (2018). Mentoring new librarians on Twitter. Journal of Library Networks, 4(1), 1-15.",
        "Brooks, T., & Hale, M. (2020). Peer mentoring circles online. Library Careers Review, 9(2), 40-55.",
        "Cho, S. (2019). Shelving standards for academic libraries. Library Facilities, 12, 88-97."]


def _sp(title: str, u, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en" class="grade-c"><head><meta charset="UTF-8"><title>{title}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}</head><body class="shared-article'
            f'-renderer"><div class="u-visually-hidden"><a href="#main">Skip to main content</a></div><header class='
            f'"eds-c-header"><div class="eds-c-header__container"><div class="eds-c-header__brand"><a href="{u("/")}" '
            f'data-test="springerlink-logo">SpringerLink-like</a></div><nav class="eds-c-header__nav"><a href="'
            f'{u("/search?query=mentoring")}">Search</a></nav></div></header><nav class="c-journal-header"><div '
            f'class="c-journal-header__title"><a href="{u("/journal/" + JID)}">{JN}</a></div><ul class="c-journal-'
            f'header__nav"><li><a href="{u("/journal/" + JID + "/volumes-and-issues/12-3")}">Latest issue</a></li>'
            f'<li><a href="{u("/journal/" + JID + "/aims-and-scope")}">Aims and scope</a></li></ul></nav>'
            f'<main class="c-article-main-column u-float-left js-main-column" id="main">{main}</main><footer '
            f'class="eds-c-footer"><p>&copy; 2023 Springer Nature-like Publishing. Part of Springer Nature-like.</p>'
            f"</footer></body></html>").encode()


def _sp_card(doi: str, title: str, authors: list[str], first: int, u) -> str:
    return (f'<li class="app-article-list-row__item"><article class="app-card-open"><div class="app-card-open__main">'
            f'<h3 class="app-card-open__heading"><a href="{u("/article/10.1007/" + doi)}">{esc(title)}</a></h3>'
            f'<div class="app-card-open__authors"><span>{esc(", ".join(authors))}</span></div>'
            f'<div class="app-card-open__meta"><span class="c-meta__type">Original Paper</span><span>Published: 12 '
            f"September 2023</span><span>Pages: {first}-{first + 17}</span></div></div></article></li>")


def springer(u) -> list[Doc]:
    docs = []
    for doi, title, authors, first, grade, abstract, sections in ARTICLES:
        url = u("/article/10.1007/" + doi)
        head = (f'<meta name="citation_journal_title" content="{JN}"><meta name="citation_journal_abbrev" '
                f'content="Libr Careers Rev"><meta name="citation_publisher" content="Springer-like">'
                f'<meta name="citation_title" content="{esc(title)}"><meta name="citation_publication_date" '
                f'content="2023/09"><meta name="citation_online_date" content="2023/09/12"><meta '
                f'name="citation_volume" content="12"><meta name="citation_issue" content="3"><meta '
                f'name="citation_firstpage" content="{first}"><meta name="citation_lastpage" content="{first + 17}">'
                f'<meta name="citation_article_type" content="Original Paper"><meta name="citation_fulltext_html_url" '
                f'content="{url}"><meta name="citation_doi" content="10.1007/{doi}">'
                + "".join(f'<meta name="citation_author" content="{esc(a)}">' for a in authors)
                + f'<meta name="dc.identifier" content="doi:10.1007/{doi}"><meta property="og:type" content="article">'
                f'<meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="SpringerLink">'
                f'<link rel="canonical" href="{url}">')
        secs = "".join(f'<section data-title="{h}"><div class="c-article-section" id="Sec{n}-section"><h2 class="c-article'
                       f'-section__title js-section-title js-c-reading-companion-sections-item" id="Sec{n}"><span '
                       f'class="c-article-section__title-number">{n} </span>{h}</h2><div class="c-article-section__'
                       f'content" id="Sec{n}-content">{ps(paras)}</div></div></section>'
                       for n, (h, paras) in enumerate(sections, 1))
        refs = "".join(f'<li class="c-article-references__item js-c-reading-companion-references-item"><p class="c-'
                       f'article-references__text" id="ref-CR{n}">{esc(r)}</p><p class="c-article-references__links">'
                       f'<a href="https://scholar.example/?q={n}">Google Scholar</a></p></li>'
                       for n, r in enumerate(REFS, 1))
        names = "".join(f'<li class="c-article-author-list__item"><a data-test="author-name" href="#auth-{n}">'
                        f'{esc(" ".join(reversed(a.split(", "))))}</a></li>' for n, a in enumerate(authors))
        main = (f'<article lang="en"><div class="c-article-header"><header><ul class="c-article-identifiers"><li '
                f'class="c-article-identifiers__item" data-test="article-category">Original Paper</li><li class="c-'
                f'article-identifiers__item">Published: <time datetime="2023-09-12">12 September 2023</time></li></ul>'
                f'<h1 class="c-article-title" data-test="article-title">{esc(title)}</h1><ul class="c-article-author-list'
                f'" data-test="authors-list">{names}</ul><p class="c-article-info-details"><a data-test="journal-link" '
                f'href="{u("/journal/" + JID)}"><i data-test="journal-title">{JN}</i></a> <b data-test="journal-volume">'
                f'<span class="u-visually-hidden">Volume</span> 12</b>, pages {first}-{first + 17} (2023)</p></header>'
                f'</div><div class="c-article-body"><section aria-labelledby="Abs1" data-title="Abstract" lang="en"><div '
                f'class="c-article-section" id="Abs1-section"><h2 class="c-article-section__title" id="Abs1">Abstract'
                f'</h2><div class="c-article-section__content" id="Abs1-content"><p>{esc(abstract)}</p></div></div>'
                f'</section><div class="main-content">{secs}</div><section data-title="References"><div class="c-article-'
                f'section" id="Bib1-section"><h2 class="c-article-section__title" id="Bib1">References</h2><div '
                f'class="c-article-section__content" id="Bib1-content"><div data-container-section="references"><ul '
                f'class="c-article-references" data-track-component="outbound reference">{refs}</ul></div></div></div>'
                f'</section></div></article><aside class="c-reading-companion"><h2>Related articles</h2><ul>'
                + "".join(f'<li><a href="{u("/article/10.1007/" + d)}">{esc(t)}</a></li>'
                          for d, t, *_ in ARTICLES if d != doi) + "</ul></aside>")
        docs.append(Doc("link.example", "/article/10.1007/" + doi, "journal-article", grade,
                        _sp(f"{esc(title)} | {JN}", u, main, head)))
    cards = "".join(_sp_card(d, t, a, f, u) for d, t, a, f, *_ in ARTICLES)
    docs += [
        Doc("link.example", f"/journal/{JID}/volumes-and-issues/12-3", "listing", 0, _sp(
            f"{JN} | Volume 12, issue 3", u,
            f'<section><h1 class="app-journal-latest-issue__heading">Volume 12, issue 3, September 2023</h1><p>5 '
            f'articles in this issue</p><ol class="u-list-reset">{cards}</ol></section>')),
        Doc("link.example", f"/journal/{JID}", "home", 0, _sp(
            f"{JN} | Home", u,
            f'<div class="app-journal-header"><h1 class="app-journal-header__title">{JN}</h1><p>{JN} publishes '
            "research on the careers of library workers: recruitment, mentoring, professional development and "
            "leadership, including mentoring and learning through social media.</p></div><section><h2>Latest "
            f'articles</h2><ol class="u-list-reset">{cards}</ol></section>')),
        Doc("link.example", f"/journal/{JID}/aims-and-scope", "about", 0, _sp(
            f"{JN} | Aims and scope", u,
            f'<h1>Aims and scope</h1><div class="app-journal-overview"><p>{JN} is a peer-reviewed journal on the '
            "working lives of librarians and archivists. It welcomes studies of mentoring, e-mentoring and peer "
            "mentoring, of professional development online and through social media, and of career paths.</p><p>"
            "All submissions are reviewed by two anonymous referees.</p></div>")),
        Doc("link.example", "/search?query=mentoring", "search", 0, _sp(
            "Search Results - mentoring", u,
            '<h1 class="c-search-header__title">Search</h1><p data-test="results-data">Showing 1-3 of 3 results for '
            f'"mentoring"</p><ol class="u-list-reset">'
            + "".join(_sp_card(d, t, a, f, u) for d, t, a, f, g, *_ in ARTICLES if g >= 2) + "</ol>")),
    ]
    return docs


# --- A Medium publication (medium.example) ---------------------------------------------------------------

MD = "Library Voices"
MD_POSTS = [
    Post("/library-voices/reverse-mentoring-with-instagram-9a1b2c3d4e5f", "Reverse Mentoring with Instagram",
         "Mara Quint", "2023-05-02", 3, (THRU[3], THRU[9])),
    Post("/library-voices/blogs-were-my-first-mentors-1b2c3d4e5f6a", "Blogs Were My First Mentors", "Mara Quint",
         "2023-06-13", 3, (THRU[11], THRU[5], THRU[2])),
    Post("/library-voices/our-makerspace-year-2c3d4e5f6a7b", "Our Makerspace Year", "Dev Anand", "2023-07-25", 0,
         (OTHER[10], OTHER[5])),
    Post("/library-voices/rebuilding-the-staff-room-3d4e5f6a7b8c", "Rebuilding the Staff Room", "Dev Anand",
         "2023-09-05", 2, (SOC[4], SOC[0])),
]
HANDLE = {"Mara Quint": "@mara.quint", "Dev Anand": "@devanand"}


def _md(title: str, u, main: str, head: str = "") -> bytes:
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title><meta data-rh="true" '
            f'property="og:site_name" content="Medium">{head}</head><body><div id="root"><div class="a b c"><div '
            f'class="l"><div class="bx"><a data-testid="headerMediumLogo" href="{u("/")}" aria-label="Homepage">'
            f'<svg></svg></a><div><a data-testid="headerWriteButton" href="{u("/new-story")}">Write</a><a href="'
            f'{u("/m/signin")}">Sign in</a></div></div></div><div class="l"><a href="{u("/library-voices")}">{MD}</a>'
            f'<a href="{u("/library-voices/about")}">About</a></div>{main}<footer><a href="https://help.medium.com">'
            f"Help</a><a href=\"https://medium.com/about\">About Medium</a></footer></div></div></body></html>").encode()


def _md_card(p: Post, u) -> str:
    return (f'<article><div class="l"><a href="{u("/" + HANDLE[p.author])}"><p class="be b">{esc(p.author)}</p></a>'
            f'<a href="{u(p.path)}"><h2 class="be fq ki">{esc(p.title)}</h2><div class="kj"><h3 class="be b">'
            f'{cut(p.paras[0], 120)}</h3></div></a><span>{p.date}</span><span>4 min read</span></div></article>')


def medium(u, links: list[str]) -> list[Doc]:
    docs = []
    for i, p in enumerate(MD_POSTS):
        url = u(p.path)
        ld = json.dumps({"@context": "http://schema.org", "@type": "NewsArticle", "url": url, "headline": p.title,
                         "datePublished": p.date + "T14:00:00.000Z", "author": {"@type": "Person", "name": p.author,
                                                                                 "url": u("/" + HANDLE[p.author])},
                         "publisher": {"@type": "Organization", "name": MD, "url": u("/library-voices")},
                         "mainEntityOfPage": url})
        head = (f'<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="og:title" '
                f'content="{esc(p.title)}"><meta data-rh="true" name="author" content="{esc(p.author)}"><meta '
                f'data-rh="true" property="article:published_time" content="{p.date}T14:00:00.000Z"><link '
                f'data-rh="true" rel="canonical" href="{url}"><script type="application/ld+json">{ld}</script>')
        body = ps(p.paras, "p", ' class="pw-post-body-paragraph ox oy fq oz b pa pb" data-selectable-paragraph=""')
        if p.grade >= 2:
            body += (f'<p class="pw-post-body-paragraph ox oy fq oz b pa pb">Related: <a href="{links[i % len(links)]}"'
                     f' rel="noopener ugc nofollow">a piece I keep coming back to</a>.</p>')
        others = [q for q in MD_POSTS if q.author == p.author and q is not p]
        main = (f'<article><div class="l"><section><div class="ch bg fy fz"><h1 id="t{i}" class="pw-post-title gs gt '
                f'gu be" data-testid="storyTitle" data-selectable-paragraph="">{esc(p.title)}</h1><div><a class="af ag" '
                f'data-testid="authorName" href="{u("/" + HANDLE[p.author])}" rel="noopener follow">{esc(p.author)}</a>'
                f' <span>Published in</span> <a data-testid="publicationName" href="{u("/library-voices")}">{MD}</a> '
                f'<span data-testid="storyReadTime">4 min read</span> <span data-testid="storyPublishDate">{p.date}'
                f"</span></div>{body}</div></section></div></article>"
                f'<div class="l"><h2 class="be">More from {esc(p.author)} and {MD}</h2>'
                + "".join(_md_card(q, u) for q in others) + "</div>"
                f'<div class="l"><h2>Recommended from Medium</h2><article><a href="{u("/tag/mentorship")}"><h2>'
                f"Stories about mentorship</h2></a></article></div>")
        docs.append(Doc("medium.example", p.path, "article", p.grade,
                        _md(f"{esc(p.title)} | by {esc(p.author)} | {MD} | Medium", u, main, head)))
    newest = MD_POSTS[::-1]
    docs += [
        Doc("medium.example", "/library-voices", "home", 0, _md(
            f"{MD} - Medium", u, f'<section><div class="l"><h1 class="be">{MD}</h1><p>Stories by librarians about '
                                 "their work, their mentors and their networks.</p></div><div class=\"l\"><h2>Latest"
                                 f"</h2>{''.join(_md_card(p, u) for p in newest)}</div></section>",
            '<meta property="og:type" content="website">')),
        Doc("medium.example", "/library-voices/about", "about", 0, _md(
            f"About {MD} - Medium", u, f'<section><h1>About {MD}</h1><p>{MD} is a Medium publication where '
                                       "librarians write about their work: mentoring and being mentored, social "
                                       "media, and the everyday life of libraries. Editors: Mara Quint and Dev "
                                       "Anand.</p></section>")),
        Doc("medium.example", "/tag/mentorship", "tag", 0, _md(
            "Mentorship - Medium", u, '<section><div class="l"><h1 class="be">Mentorship</h1><p>12K stories</p></div>'
                                      + "".join(_md_card(p, u) for p in newest if p.grade == 3) + "</section>")),
        Doc("medium.example", "/@mara.quint", "profile", 0, _md(
            "Mara Quint - Medium", u, '<section><div class="l"><h1 class="be">Mara Quint</h1><p>1.2K Followers</p>'
                                      "<p>Academic librarian. Mentor, mentee, occasional tweeter.</p></div>"
                                      + "".join(_md_card(p, u) for p in newest if p.author == "Mara Quint")
                                      + "</section>", '<meta property="og:type" content="profile">')),
    ]
    return docs


# --- A podcast on Squarespace (podcast.example) ---------------------------------------------------------

PD = "Stacks Talk"
EPISODES = [
    Post("/episodes/ep-41-finding-mentors-online", "Ep. 41: Finding Mentors Online", "Lou Bravo", "2023-02-14", 3,
         (THRU[7], THRU[10])),
    Post("/episodes/ep-42-the-new-discovery-system", "Ep. 42: The New Discovery System", "Lou Bravo", "2023-03-14",
         0, (OTHER[3], OTHER[8])),
    Post("/episodes/ep-43-mentees-who-set-goals", "Ep. 43: Mentees Who Set Goals", "Lou Bravo", "2023-04-11", 2,
         (MENT[5], MENT[0])),
    Post("/episodes/ep-44-summer-reading", "Ep. 44: Summer Reading, Space Edition", "Lou Bravo", "2023-05-09", 1,
         plus([OTHER[5], OTHER[2]], PASS[4], 1)),
]


def _sq(title: str, u, main: str, body_class: str, head: str = "") -> bytes:
    ld = json.dumps({"url": u("/"), "name": PD, "@context": "http://schema.org", "@type": "WebSite"})
    return (f'<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>{title}</title><meta '
            f'property="og:site_name" content="{PD}"/><script type="application/ld+json">{ld}</script>{head}</head>'
            f'<body id="collection-5f1" class="{body_class}"><div id="siteWrapper" class="clearfix site-wrapper">'
            f'<header data-test="header" id="header" class="header theme-col--primary"><div class="header-title-text">'
            f'<a href="{u("/")}">{PD}</a></div><nav class="header-nav-list"><div class="header-nav-item"><a href="'
            f'{u("/episodes")}">Episodes</a></div><div class="header-nav-item"><a href="{u("/about")}">About</a></div>'
            f'</nav></header><main id="page" class="container" role="main">{main}</main><footer class="sections" '
            f'id="footer-sections"><section class="page-section"><div class="content"><p>&copy; {PD}. Listen on your '
            f"favourite podcast app.</p></div></section></footer></div></body></html>").encode()


def _sq_item(p: Post, u) -> str:
    return (f'<article class="blog-basic-grid--container entry blog-item"><div class="blog-basic-grid--text"><div '
            f'class="blog-meta-section"><span class="blog-categories-list"><a href="{u("/episodes?category=Mentoring")}"'
            f' class="blog-categories">Mentoring</a></span><time class="blog-date">{p.date}</time></div><h1 '
            f'class="blog-title"><a href="{u(p.path)}" data-no-animation>{esc(p.title)}</a></h1><div class="blog-excerpt">'
            f'<div class="blog-excerpt-wrapper"><p>{cut(p.paras[0], 140)}</p></div></div><a class="blog-more-link" href="'
            f'{u(p.path)}">Listen</a></div></article>')


def podcast(u) -> list[Doc]:
    docs = []
    for i, p in enumerate(EPISODES):
        head = (f'<meta property="og:title" content="{esc(p.title)} &mdash; {PD}"/><meta property="og:type" '
                f'content="article"/><meta itemprop="author" content="{p.author}"/><meta itemprop="datePublished" '
                f'content="{p.date}T06:00:00-0500"/><meta itemprop="headline" content="{esc(p.title)}"/><link '
                f'rel="canonical" href="{u(p.path)}"/>')
        blocks = (f'<div class="sqs-block audio-block sqs-block-audio" data-block-type="41"><div class="sqs-block-content">'
                  f'<div class="sqs-audio-embed" data-url="https://static1.squarespace.example/ep{41 + i}.mp3" '
                  f'data-title="{esc(p.title)}" data-author="{PD}"></div></div></div>'
                  f'<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">'
                  f'<div class="sqs-html-content"><h2>Show notes</h2><p>{esc(p.paras[0])}</p>'
                  + (f"<h2>From the transcript</h2><p>{esc(p.paras[1])}</p>" if len(p.paras) > 1 else "")
                  + "</div></div></div>")
        nxt = EPISODES[(i + 1) % len(EPISODES)]
        main = (f'<article class="entry h-entry hentry post-type-text" id="article-{i}"><div class="blog-item-top-wrapper">'
                f'<time class="dt-published date-highlight" datetime="{p.date}">{p.date}</time><div '
                f'class="blog-item-title"><h1 class="entry-title entry-title--large p-name">{esc(p.title)}</h1></div>'
                f'<div class="blog-meta-item--author"><a href="{u("/episodes?author=5f2")}" class="blog-author-name">'
                f'{p.author}</a></div></div><div class="blog-item-content e-content">{blocks}</div><section class="item-'
                f'pagination item-pagination--prev-next"><a class="item-pagination-link item-pagination-link--next" '
                f'href="{u(nxt.path)}"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">'
                f"{esc(nxt.title)}</h2></a></section></article>")
        docs.append(Doc("podcast.example", p.path, "article", p.grade,
                        _sq(f"{esc(p.title)} &mdash; {PD}", u, main, "blog-item-show", head)))
    newest = EPISODES[::-1]
    listing = "".join(_sq_item(p, u) for p in newest)
    docs += [
        Doc("podcast.example", "/", "home", 0, _sq(
            PD, u, '<section class="page-section"><div class="content"><h1>Stacks Talk</h1><p>A podcast about library '
                   "work, from the people who do it. New episodes every second Tuesday.</p><p><a href=\""
                   f'{u("/episodes")}">All episodes</a></p></div></section><section class="page-section"><div '
                   f'class="blog-basic-grid collection-content-wrapper">{"".join(_sq_item(p, u) for p in newest[:2])}'
                   "</div></section>", "homepage")),
        Doc("podcast.example", "/episodes", "listing", 0, _sq(
            f"Episodes &mdash; {PD}", u, f'<div class="blog-basic-grid collection-content-wrapper">{listing}</div>',
            "collection-type-blog-basic-grid view-list")),
        Doc("podcast.example", "/episodes?category=Mentoring", "category", 0, _sq(
            f"Episodes &mdash; {PD}", u, '<div class="blog-basic-grid collection-content-wrapper">'
                                         + "".join(_sq_item(p, u) for p in newest if p.grade >= 2) + "</div>",
            "collection-type-blog-basic-grid view-list")),
        Doc("podcast.example", "/about", "about", 0, _sq(
            f"About &mdash; {PD}", u, '<section class="page-section"><div class="content"><h1>About the show</h1><p>'
                                      "Stacks Talk is made by Lou Bravo, a public librarian, with guests from every "
                                      "kind of library. We talk about mentoring, careers, buildings and books.</p>"
                                      "</div></section>", "page")),
    ]
    return docs


# --- Hugo, Ananke (notes.example) -------------------------------------------------------------------------

HA = "Field Notes from the Catalogue"
HA_POSTS = [
    Post("/posts/peer-mentoring-in-a-group-chat/", "Peer Mentoring in a Group Chat", "Sol Ortega", "2024-01-08", 3,
         (THRU[6], THRU[2])),
    Post("/posts/a-year-of-webinars/", "A Year of Webinars", "Sol Ortega", "2024-02-19", 2, (SOC[1], SOC[2])),
    Post("/posts/postcards-from-1900/", "Postcards from 1900", "Sol Ortega", "2024-03-25", 0, (OTHER[9],)),
]


def _ha(title: str, u, main: str, head: str = "", cover: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8"><title>{title}</title><meta '
            f'name="generator" content="Hugo 0.121.1">{head}</head><body class="ma0 avenir bg-near-white production">'
            f'<header><div class="bg-black"><nav class="pv3 ph3 ph4-ns" role="navigation"><div class="flex-l '
            f'justify-between items-center center"><a href="{u("/")}" class="f3 fw2 hover-white no-underline white-90 '
            f'dib">{HA}</a><div class="flex-l items-center"><ul class="pl0 mr3"><li class="list f5 f4-ns fw4 dib pr3">'
            f'<a class="hover-white no-underline white-90" href="{u("/posts/")}" title="Posts page">Posts</a></li><li '
            f'class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="{u("/about/")}" '
            f'title="About page">About</a></li></ul></div></div></nav>{cover}</div></header><main class="pb7" '
            f'role="main">{main}</main><footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div '
            f'class="flex justify-between"><a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3" '
            f'href="{u("/")}">&copy; {HA} 2024</a></div></footer></body></html>').encode()


def _ha_summary(p: Post, u) -> str:
    return (f'<div class="relative w-100 mb4 bg-white nested-copy-line-height"><div class="bg-white mb3 pa4 gray '
            f'overflow-hidden"><span class="f6 db">Posts</span><h1 class="f3 near-black"><a href="{u(p.path)}" '
            f'class="link black dim">{esc(p.title)}</a></h1><div class="nested-links f5 lh-copy nested-copy-line-'
            f'height">{cut(p.paras[0], 200)}</div></div></div>')


def ananke(u, links: list[str]) -> list[Doc]:
    docs = []
    for i, p in enumerate(HA_POSTS):
        url = u(p.path)
        head = (f'<link rel="canonical" href="{url}"><meta property="og:title" content="{esc(p.title)}"><meta '
                f'property="og:type" content="article"><meta property="og:url" content="{url}"><meta '
                f'property="article:section" content="posts"><meta property="article:published_time" '
                f'content="{p.date}T08:00:00+00:00"><meta itemprop="name" content="{esc(p.title)}">')
        extra = f'<p>See also <a href="{links[i % len(links)]}">this</a>.</p>' if p.grade >= 2 else ""
        main = (f'<article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100"><aside '
                f'class="instapaper_ignoref b helvetica tracked">POSTS</aside><h1 class="f1 athelas mt3 mb1">'
                f'{esc(p.title)}</h1><time class="f6 mv4 dib tracked" datetime="{p.date}T08:00:00+00:00">{p.date}'
                f'</time></header><div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l '
                f'w-two-thirds-l">{ps(p.paras)}{extra}<ul class="pa0"><li class="list di"><a href="'
                f'{u("/tags/mentoring/")}" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black '
                f'sans-serif">mentoring</a></li></ul></div></article>')
        docs.append(Doc("notes.example", p.path, "article", p.grade, _ha(f"{esc(p.title)} | {HA}", u, main, head)))
    newest = HA_POSTS[::-1]
    home_items = "".join(
        f'<article class="bb b--black-10"><div class="db pv4 ph3 ph0-l no-underline dark-gray"><div class="flex '
        f'flex-column flex-row-ns"><div class="blah w-100"><h1 class="f3 fw1 athelas mt0 lh-title"><a href="{u(p.path)}"'
        f' class="color-inherit dim link">{esc(p.title)}</a></h1><div class="f6 f5-l lh-copy nested-copy-line-height '
        f'nested-links">{cut(p.paras[0], 200)}</div><a href="{u(p.path)}" class="ba b--moon-gray bg-light-gray br2 '
        f'color-inherit dib f7 hover-bg-moon-gray link mt2 ph2 pv1">read more</a></div></div></div></article>'
        for p in newest)
    docs += [
        Doc("notes.example", "/", "home", 0, _ha(
            HA, u, f'<div class="pa3 pa4-ns w-100 w-70-ns center"><h1 class="flex-none">Recent Posts</h1>{home_items}'
                   "</div>", cover=f'<div class="tc-l pv4 pv6-l ph3 ph4-ns"><h1 class="f2 f-subheadline-l fw2 '
                                   f'white-90 mb0 lh-title">{HA}</h1><h2 class="fw1 f5 f3-l white-80 measure-wide-l '
                                   "center mt3\">A cataloguer's notebook</h2></div>")),
        Doc("notes.example", "/posts/", "listing", 0, _ha(
            f"Posts | {HA}", u, '<article class="cf pa3 pa4-m pa4-l"><div class="measure-wide-l center f4 lh-copy '
                                'nested-copy-line-height nested-links mid-gray"><p>Below you will find pages that '
                                'utilize the taxonomy term &ldquo;Posts&rdquo;</p></div></article><div class="mw8 '
                                f'center"><section class="flex-ns flex-wrap justify-around mt5">'
                                f"{''.join(_ha_summary(p, u) for p in newest)}</section></div>")),
        Doc("notes.example", "/tags/mentoring/", "tag", 0, _ha(
            f"Mentoring | {HA}", u, '<article class="cf pa3 pa4-m pa4-l"><div class="measure-wide-l center f4 lh-copy '
                                    'nested-copy-line-height nested-links mid-gray"><p>Below you will find pages that '
                                    'utilize the taxonomy term &ldquo;Mentoring&rdquo;</p></div></article><div class="mw8 '
                                    f'center"><section class="flex-ns flex-wrap justify-around mt5">'
                                    f"{''.join(_ha_summary(p, u) for p in newest[1:])}</section></div>")),
        Doc("notes.example", "/about/", "about", 0, _ha(
            f"About | {HA}", u, '<article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 '
                                'w-100"><h1 class="f1 athelas mt3 mb1">About</h1></header><div class="nested-copy-'
                                'line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l"><p>I am Sol '
                                "Ortega, a cataloguer. I write about metadata, mentoring and my peer mentoring group."
                                "</p></div></article>")),
    ]
    return docs


# --- Wix, with Wix Blog (consult.example) ---------------------------------------------------------------

WX = "Dane Library Consulting"
WX_POSTS = [
    Post("/post/mastodon-mentoring-fridays", "Mastodon Mentoring Fridays", "Ruth Dane", "2023-10-06", 3,
         (THRU[7], THRU[9])),
    Post("/post/copyright-questions", "Copyright Questions, Answered", "Ruth Dane", "2023-11-10", 0, (OTHER[15],)),
    Post("/post/new-catalogue-records", "Where Our New Catalogue Records Come From", "Ruth Dane", "2023-12-01", 0,
         (STRAY[2], OTHER[4])),
]


def _wx(title: str, u, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title><meta name="generator" '
            f'content="Wix.com Website Builder"><meta property="og:site_name" content="{WX}"/>{head}</head><body>'
            f'<div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root"><header id="SITE_HEADER" class="xU8fqS">'
            f'<div id="comp-k1" class="_1Q9if"><h2 class="font_2"><span>{WX}</span></h2></div><nav id="comp-menu" '
            f'aria-label="Site"><ul><li><a href="{u("/")}">Home</a></li><li><a href="{u("/blog")}">Blog</a></li></ul>'
            f'</nav></header><main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES">{main}</div></main><footer '
            f'id="SITE_FOOTER"><p class="font_8">&copy; 2023 by {WX}. Proudly created with Wix.com</p></footer></div>'
            f"</div></div></body></html>").encode()


def _wx_card(p: Post, u) -> str:
    return (f'<div data-hook="post-list-item" class="blog-post-homepage-description-font"><a href="{u(p.path)}">'
            f'<h2 data-hook="post-title" class="blog-post-title-font">{esc(p.title)}</h2></a><div '
            f'data-hook="post-description"><p>{cut(p.paras[0], 130)}</p></div></div>')


def wix(u) -> list[Doc]:
    docs = []
    for p in WX_POSTS:
        url = u(p.path)
        ld = json.dumps({"@context": "https://schema.org", "@type": "BlogPosting", "headline": p.title, "url": url,
                         "datePublished": p.date + "T10:00:00.000Z", "author": {"@type": "Person", "name": p.author},
                         "publisher": {"@type": "Organization", "name": WX}})
        head = (f'<meta property="og:title" content="{esc(p.title)}"/><meta property="og:url" content="{url}"/><meta '
                f'property="og:type" content="article"/><meta property="article:published_time" '
                f'content="{p.date}T10:00:00.000Z"/><link rel="canonical" href="{url}"/>'
                f'<script type="application/ld+json">{ld}</script>')
        text = "".join(f'<p dir="auto" class="mm8Nw _1j-51"><span class="_2PHJq">{esc(x)}</span></p>' for x in p.paras)
        recent = "".join(_wx_card(q, u) for q in WX_POSTS if q is not p)
        main = (f'<div class="post-page" data-hook="post-page"><article class="blog-post-page-font" data-hook="post">'
                f'<div class="post-header" data-hook="post-header"><span class="user-name" data-hook="user-name">'
                f'{esc(p.author)}</span><span class="post-metadata__date time-ago" data-hook="time-ago">{p.date}</span>'
                f'</div><div class="post-title"><h1 class="post-title__text blog-post-title-font" data-hook="post-title">'
                f'<span>{esc(p.title)}</span></h1></div><div class="post-content" data-hook="post-description"><div '
                f'data-id="rich-content-viewer">{text}</div></div><div class="post-footer"><ul class="tag-list"><li><a '
                f'href="{u("/blog/categories/mentoring")}">mentoring</a></li></ul></div></article><div class="recent-'
                f'posts" data-hook="recent-posts"><h2 class="recent-posts__title">Recent Posts</h2><a href="'
                f'{u("/blog")}">See All</a>{recent}</div></div>')
        docs.append(Doc("consult.example", p.path, "article", p.grade, _wx(esc(p.title), u, main, head)))
    docs += [
        Doc("consult.example", "/", "home", 0, _wx(
            f"Home | {WX}", u, '<section id="comp-home"><h1 class="font_0">Library consulting, mentoring and '
                               "training</h1><p class=\"font_8\">I help small libraries plan services, train staff and "
                               "set up mentoring for new librarians, in person and online.</p><a href=\""
                               f'{u("/blog")}">Read the blog</a></section><section><h2>Latest from the blog</h2>'
                               f"{''.join(_wx_card(p, u) for p in WX_POSTS)}</section>",
            '<meta property="og:type" content="website"/>')),
        Doc("consult.example", "/blog", "listing", 0, _wx(
            f"Blog | {WX}", u, '<div data-hook="blog-feed"><nav><a href="' + u("/blog") + '">All Posts</a> <a href="'
                               + u("/blog/categories/mentoring") + '">Mentoring</a></nav>'
                               + "".join(_wx_card(p, u) for p in WX_POSTS) + "</div>")),
        Doc("consult.example", "/blog/categories/mentoring", "category", 0, _wx(
            f"Mentoring | {WX}", u, '<div data-hook="blog-feed"><h1 data-hook="category-header-title">Mentoring</h1>'
                                    + _wx_card(WX_POSTS[0], u) + "</div>")),
    ]
    return docs


# --- Blogger, classic Simple layout (branchlines.example) -----------------------------------------------

BS = "Branch Lines"
BS_POSTS = [
    Post("/2023/02/telementoring-for-library-students.html", "Telementoring for Library Students", "Kit Marlow",
         "2023-02-07", 3, (THRU[12], THRU[4])),
    Post("/2023/03/holiday-hours.html", "Holiday Hours", "Kit Marlow", "2023-03-21", 0, (STRAY[1],)),
    Post("/2023/04/a-mentor-is-not-a-manager.html", "A Mentor Is Not a Manager", "Kit Marlow", "2023-04-18", 2,
         (MENT[2], MENT[0])),
    Post("/2023/05/news-in-brief.html", "News in Brief", "Kit Marlow", "2023-05-30", 1,
         plus([OTHER[2], OTHER[0]], PASS[2], 0)),
]


def _bs_block(p: Post, u, full: bool) -> str:
    title = esc(p.title) if full else f"<a href='{u(p.path)}'>{esc(p.title)}</a>"
    text = "<div><br /></div>".join(f"<div>{esc(x)}</div>" for x in p.paras)
    return (f"<div class='date-outer'><h2 class='date-header'><span>{p.date}</span></h2><div class='date-posts'>"
            f"<div class='post-outer'><div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope="
            f"'itemscope' itemtype='http://schema.org/BlogPosting'><h3 class='post-title entry-title' itemprop='name'>"
            f"{title}</h3><div class='post-header'><div class='post-header-line-1'></div></div><div class='post-body "
            f"entry-content' itemprop='description articleBody'><div dir='ltr' style='text-align: left;'>{text}</div>"
            f"<div style='clear: both;'></div></div><div class='post-footer'><div class='post-footer-line "
            f"post-footer-line-1'><span class='post-author vcard'>Posted by <span class='fn' itemprop='author'><a "
            f"class='g-profile' href='https://www.blogger.com/profile/0999' rel='author'><span itemprop='name'>"
            f"{esc(p.author)}</span></a></span></span> <span class='post-timestamp'>at <a class='timestamp-link' href='"
            f"{u(p.path)}' rel='bookmark'><abbr class='published' itemprop='datePublished' title='{p.date}T09:00:00Z'>"
            f"9:00 AM</abbr></a></span></div><div class='post-footer-line post-footer-line-2'><span class='post-labels'>"
            f"Labels: <a href='{u('/search/label/mentoring')}' rel='tag'>mentoring</a></span></div></div></div></div>"
            f"</div></div>")


def _bs(title: str, u, main: str, head: str = "") -> bytes:
    archive = "".join(f"<li><a href='{u(p.path)}'>{esc(p.title)}</a></li>" for p in BS_POSTS[::-1])
    return (f"<!DOCTYPE html><html dir='ltr' xmlns='http://www.w3.org/1999/xhtml'><head><meta content='text/html; "
            f"charset=UTF-8' http-equiv='Content-Type'/><meta content='blogger' name='generator'/>{head}<title>{title}"
            f"</title></head><body class='loading variant-simplysimple'><div class='content'><div class='content-outer'>"
            f"<header><div class='header-outer'><div class='header section' id='header'><div class='widget Header' "
            f"id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='{u('/')}'>{BS}"
            f"</a></h1></div><div class='descriptionwrapper'><p class='description'><span>A branch librarian's blog"
            f"</span></p></div></div></div></div></div></header><div class='tabs-outer'><div class='widget PageList' "
            f"id='PageList1'><ul><li><a href='{u('/')}'>Home</a></li><li><a href='{u('/p/about.html')}'>About</a></li>"
            f"</ul></div></div><div class='main-outer'><div class='column-center-outer'><div class='main section' "
            f"id='main'><div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>{main}</div></div></div></div>"
            f"<div class='column-right-outer'><div class='sidebar section' id='sidebar-right-1'><div class='widget "
            f"BlogArchive' id='BlogArchive1'><h2>Blog Archive</h2><ul class='hierarchy'><li><a href='{u('/2023/')}'>2023"
            f"</a><ul class='posts'>{archive}</ul></li></ul></div><div class='widget Label' id='Label1'><h2>Labels</h2>"
            f"<ul><li><a href='{u('/search/label/mentoring')}'>mentoring</a></li></ul></div></div></div></div>"
            f"<footer><div class='widget Attribution'>Simple theme. Powered by <a href='https://www.blogger.com'>"
            f"Blogger</a>.</div></footer></div></div></body></html>").encode()


def blogger(u) -> list[Doc]:
    docs = []
    for p in BS_POSTS:
        head = (f"<link href='{u(p.path)}' rel='canonical'/><meta content='{u(p.path)}' property='og:url'/><meta "
                f"content='{esc(p.title)}' property='og:title'/>")
        docs.append(Doc("branchlines.example", p.path, "article", p.grade,
                        _bs(f"{BS}: {esc(p.title)}", u, _bs_block(p, u, True), head)))
    newest = BS_POSTS[::-1]
    docs += [
        Doc("branchlines.example", "/", "home", 0, _bs(BS, u, "".join(_bs_block(p, u, False) for p in newest))),
        Doc("branchlines.example", "/search/label/mentoring", "tag", 0, _bs(
            f"{BS}: mentoring", u, "<div class='status-msg-wrap'><div class='status-msg-body'>Showing posts with label "
                                   f"<b>mentoring</b>. <a href='{u('/')}'>Show all posts</a></div></div>"
                                   + "".join(_bs_block(p, u, False) for p in newest if p.grade >= 2))),
        Doc("branchlines.example", "/2023/", "listing", 0, _bs(
            f"{BS}: 2023", u, "".join(_bs_block(p, u, False) for p in newest))),
        Doc("branchlines.example", "/p/about.html", "about", 0, _bs(
            f"{BS}: About", u, "<div class='post-outer'><div class='post hentry'><h3 class='post-title entry-title'>About"
                               "</h3><div class='post-body entry-content'>I run a small branch library and write about "
                               "mentoring new staff, what the branch is doing and the occasional holiday closure."
                               "</div></div></div>")),
    ]
    return docs


# --- the whole web ----------------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page; ``url(host, path)`` makes the absolute URLs links use."""
    def on(host):
        return lambda path: url(host, path)

    links = [url("medium.example", MD_POSTS[1].path), url("guides.example", "/social-media-mentoring"),
             url("repo.example", "/items/" + ITEMS[0][0]), url("link.example", "/article/10.1007/" + ARTICLES[0][0]),
             url("podcast.example", EPISODES[0].path), url("consult.example", WX_POSTS[0].path),
             url("branchlines.example", BS_POSTS[0].path), url("assoc.example", AS_NEWS[0].path),
             url("notes.example", HA_POSTS[0].path), url("stacks.example", WP_POSTS[5].path)]
    return (wordpress(on("stacks.example"), links[:5]) + libguides(on("guides.example")) + dspace(on("repo.example"))
            + association(on("assoc.example")) + springer(on("link.example"))
            + medium(on("medium.example"), links[5:] + links[:2]) + podcast(on("podcast.example"))
            + ananke(on("notes.example"), links[2:]) + wix(on("consult.example")) + blogger(on("branchlines.example")))


class LabelledWeb3(ServedWeb):
    """Web 3 served on loopback addresses (one per host, one port); the
    interface of :class:`tests.labelled_web.LabelledWeb`."""

    HOSTS = HOSTS
    START = START
    FIRST_ADDRESS = 110
    build = staticmethod(build)
