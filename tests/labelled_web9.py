"""A ninth labelled web for the ranking, held out: ten hosts, templates none
of webs 1-8 use, words of its own (:mod:`tests.labelled_text9`, written
without reading scan's code, its topic's keywords, the other webs' texts or
page builders, or scan's tests of kinds and ranking).

Its labels (:data:`tests.labelled_text9.WORKS` and ``OTHER``) were written,
and committed, before these pages were built and before anything ran on
the web: scan was never run on it while it was built; the lead measures it
once, at the end of the session that built it.

107 pages: 55 works and 52 pages that are not works or are errors. Every
link a page follows on one of the web's hosts leads to a labelled page.

Hosts and templates (the markup the real platform serves, reduced):

* ``riverbend.example`` WordPress with the OceanWP theme and SEOPress's
  metadata, a Complianz cookie banner (a county library's staff blog):
  posts at ``/slug/`` (title in the page header's ``h1``, the post's own
  ``h2``; "You Might Also Like" cards; comments), the home and
  ``/page/2/``, two categories, a tag, a search, the author's archive,
  About, Contact, a real 404 behind the menu's stale "Events" link, and a
  sidebar widget that embeds notes from the fediverse server below;
* ``libfolk.example`` a Dreamwidth journal (entries ``/NNNNN.html`` with
  comments, the recent-entries home and ``?skip=10``, ``/tag/...`` pages,
  the user's ``/profile``);
* ``fedilib.example`` a Misskey server: as Misskey serves pages to clients
  without JavaScript, a note's text is only in its ``description`` and
  OpenGraph tags and the body is the splash screen (no links); notes, user
  pages, a hashtag page, ``/about`` and the home are reached through other
  hosts' links;
* ``lisforum.example`` a Flarum forum (the server-rendered
  ``noscript#flarum-content`` that Flarum gives crawlers: discussions
  ``/d/N-slug``, tags ``/t/slug``, users ``/u/name``, ``/?q=`` search);
* ``datashare.example`` figshare (item pages with ``citation_*`` tags,
  one PDF at ``/ndownloader/files/N``, an author page, a category, the
  search, the home);
* ``revistabib.example`` a SciELO classic journal (``sci_arttext`` articles
  with ``citation_*`` tags, Spanish and Portuguese with English abstracts,
  one PDF, ``sci_serial`` home, ``sci_issuetoc``, ``sci_issues``, the iAH
  search, the "about" page);
* ``gazette.example`` a local newspaper on Arc XP (stories with NewsArticle
  JSON-LD, a section, a topic, an author page, the search, the home, and a
  soft 404: an old story's address answering 200 with "Page not found");
* ``shelftalk.example`` a Podbean podcast site (episodes ``/e/slug/``, the
  home, ``/page/2/``, a category);
* ``tix.example`` Eventbrite (event pages ``/e/slug-tickets-N`` with Event
  JSON-LD, an organizer ``/o/...``, a ``/d/online/...`` search, the home);
* ``cohortdocs.example`` a Sphinx handbook on Read the Docs
  (sphinx_rtd_theme, ``/en/latest/``: pages linked relatively, the general
  index, the search page (results drawn by script), a contact page, and
  Read the Docs' 404 (status 404) behind a stale link).

Grades (as webs 1-8): 3 about the topic (librarians mentoring through
social media or online networks) throughout; 2 about it in good part (a
third of the text or more), or about mentoring of library workers without
the social media, or about library workers learning through social media or
online networks without the mentoring; 1 the topic's words in passing (one
sentence), or a short announcement dense with the topic's words and nothing
to read; 0 nothing, including off-topic pages that use one of the topic's
words for something else (a robotics team's mentor, a campus network
outage, a network analysis, a library's Facebook page for parents, LinkedIn
scams). Pages that are not works and errors count 0 whatever they say.

Kind decisions for unusual pages:

* a Misskey note is a ``post`` (a social post), graded by its text though
  that text is only in the page's metadata; a note in Japanese about being
  mentored through social media is 3 like any other; a one-line reminder of
  a mentoring hashtag hour is 1; Misskey's user pages are ``profile``, its
  hashtag page ``tag``, its server page ``/about`` ``about``, its home
  ``home``;
* a Flarum discussion is a ``post`` graded by the whole thread; Flarum tags
  are the forum's sections, ``category``; a thread on training student
  workers with one reply on pairing them "almost like a mentor" is 1;
* a Dreamwidth entry is a blog post, ``article``; the recent-entries page
  is ``home``, ``?skip=10`` a ``listing``, ``/profile`` a ``profile``;
* a figshare item page (slides, a dataset, a poster, a manuscript) is a
  ``document`` (the deposited work's own page, as web 7 decided for
  Zenodo), graded by its description; the slides' PDF is a ``document``;
* a SciELO ``sci_arttext`` page is a ``journal-article`` graded by what it
  shows (abstracts, keywords); its PDF a ``document``; ``sci_serial`` is
  the journal's ``home``, ``sci_issuetoc`` and ``sci_issues`` ``listing``;
* a newspaper's story is an ``article``; its section page ``category``, its
  topic page ``tag``, its author page ``profile``; a story about a retired
  librarian that is half about her Facebook group mentoring laid-off library
  workers is 2;
* a podcast episode page (show notes, a transcript excerpt) is an
  ``article``; an Eventbrite event page is an ``article`` (one event's own
  text, as webs 3-8 decide), the online mentoring circles' kick-off is 3,
  a one-paragraph speed-networking or career-day blurb is 1; the organizer
  page is ``profile`` and ``/d/online/...`` a ``search``;
* a Sphinx handbook page is an ``article`` (a webpage of its own text); its
  ``index.html`` is the site's ``home``, ``genindex.html`` a ``listing``,
  ``search.html`` a ``search``.

::

    with LabelledWeb9() as web:
        web.seeds, web.hosts_env, web.labels      # as LabelledWeb
"""

from __future__ import annotations

import json
import textwrap
from datetime import date as _date
from typing import Callable

from tests.labelled_text9 import (ARC, DW, EVB, FIG, FLARUM, MISSKEY, OCEAN, OTHER, PODBEAN, SC_ISSUE, SC_J, SCIELO,
                                  SPHINX, WORKS, Work, sc_art)
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

HOSTS = (OCEAN, DW, MISSKEY, FLARUM, FIG, SCIELO, ARC, PODBEAN, EVB, SPHINX)
START = {SCIELO: f"/scielo.php?script=sci_serial&pid={SC_J}&lng=es&nrm=iso", SPHINX: "/en/latest/index.html"}

_KIND = {(h, p): k for h, p, k in OTHER}


def _works(host: str) -> list[Work]:
    return [w for w in WORKS.values() if w.host == host]


def _doc(host: str, path: str, body: str, status: int = 200) -> Doc:
    w = WORKS.get(host + path)
    kind, grade = (w.kind, w.grade) if w else (_KIND[(host, path)], 0)
    return Doc(host, path, kind, grade, body.encode("utf-8"), status=status)


def _ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


def _long(d: str) -> str:
    return _date.fromisoformat(d).strftime("%B %-d, %Y")


def _text(w: Work) -> str:
    return " ".join(w.paras)


# --- riverbend.example: WordPress, OceanWP, SEOPress, Complianz ---------------------------------------------

OC_SITE = "Riverbend Staff Learning"
OC_ORDER = ["/ask-a-mentor-linkedin-for-paraprofessionals/", "/a-year-of-mentoring-on-mastodon/",
            "/notes-from-the-tech-petting-zoo/", "/our-buddy-system-for-new-branch-staff/", "/staff-day-2023-recap/",
            "/summer-reading-wrap-up-2023/", "/weeding-the-reference-collection/", "/teen-zone-has-a-facebook-page/"]
OC_CAT = {"/ask-a-mentor-linkedin-for-paraprofessionals/": "staff-development",
          "/a-year-of-mentoring-on-mastodon/": "staff-development", "/notes-from-the-tech-petting-zoo/":
          "staff-development", "/our-buddy-system-for-new-branch-staff/": "staff-development",
          "/staff-day-2023-recap/": "library-news", "/summer-reading-wrap-up-2023/": "library-news",
          "/weeding-the-reference-collection/": "library-news", "/teen-zone-has-a-facebook-page/": "library-news"}
OC_CATNAME = {"staff-development": "Staff Development", "library-news": "Library News"}
OC_TAGGED = ["/ask-a-mentor-linkedin-for-paraprofessionals/", "/a-year-of-mentoring-on-mastodon/",
             "/our-buddy-system-for-new-branch-staff/"]


def _oc_head(u, title: str, path: str, og_type: str, desc: str, extra: str = "") -> str:
    return (f'<!DOCTYPE html><html class="html" lang="en-US"><head><meta charset="UTF-8">'
            f'<link rel="profile" href="https://gmpg.org/xfn/11"><title>{esc(title)}</title>'
            f'<meta name="description" content="{esc(desc)}"><link rel="canonical" href="{u(path)}">'
            f'<meta property="og:url" content="{u(path)}"><meta property="og:site_name" content="{OC_SITE}">'
            f'<meta property="og:locale" content="en_US"><meta property="og:type" content="{og_type}">'
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:description" content="{esc(desc)}">'
            f'<meta name="twitter:card" content="summary_large_image">{extra}'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="WordPress 6.4.3">'
            f"<link rel='stylesheet' id='oceanwp-style-css' href='{u('/')}wp-content/themes/oceanwp/assets/css/"
            f"style.min.css?ver=3.5.3' media='all'></head>")


def _oc_widget(fed) -> str:
    notes = [("/notes/9n6f9s3t2v", "Haruka Ito", "司書になって三年目、職場で相談できる先輩がいなかった私にとって…"),
             ("/notes/9mz1b7c4d2", "Tomasz Koenig", "Reminder: #LibMentorHour is tonight 20:00 UTC!"),
             ("/notes/9mx3k2a1q0", "Solène Marchetti", "Thread-in-one-note about being a solo archivist…"),
             ("/notes/9n4d2m7p8r", "Tomasz Koenig", "Whole campus network is down again…"),
             ("/notes/9n2c6h1j3k", "Tomasz Koenig", "Half my working knowledge of linked data…"),
             ("/notes/9n0a4e8f5g", "Solène Marchetti", "The archive cat has decided…")]
    items = "".join(f'<li class="fedi-note"><a href="{fed(p)}" target="_blank">{esc(who)}</a>: '
                    f'<span class="fedi-note-text">{esc(t)}</span></li>' for p, who, t in notes)
    return (f'<div id="fediembed-2" class="sidebar-box widget_fediembed clr"><h4 class="widget-title">'
            f'From <a href="{fed("/tags/librarymentors")}">#librarymentors</a> on the fediverse</h4>'
            f'<ul class="fedi-notes">{items}</ul><p class="fedi-accounts">Follow '
            f'<a href="{fed("/@solene")}">@solene</a>'
            f' and <a href="{fed("/@tkoenig")}">@tkoenig</a> &middot; <a href="{fed("/about")}">about fedilib</a>'
            f' &middot; <a href="{fed("/")}">fedilib.example</a></p></div>')


def _oc_page(u, fed, body_class: str, header_title: str, content: str) -> str:
    recent = "".join(f'<li><a href="{u(p)}">{esc(WORKS[OCEAN + p].title)}</a></li>' for p in OC_ORDER[:5])
    return (f'<body class="{body_class} wp-embed-responsive oceanwp-theme dropdown-mobile default-breakpoint '
            f'has-sidebar content-right-sidebar page-header-disabled has-breadcrumbs" itemscope="itemscope" '
            f'itemtype="https://schema.org/WebPage"><div id="outer-wrap" class="site clr">'
            f'<a class="skip-link screen-reader-text" href="#main">Skip to content</a>'
            f'<div id="wrap" class="clr"><header id="site-header" class="minimal-header clr" data-height="74" '
            f'itemscope="itemscope" itemtype="https://schema.org/WPHeader" role="banner">'
            f'<div id="site-header-inner" class="clr container"><div id="site-logo" class="clr" itemscope '
            f'itemtype="https://schema.org/Brand"><div id="site-logo-inner" class="clr">'
            f'<a href="{u("/")}" rel="home" class="site-title site-logo-text">{OC_SITE}</a></div></div>'
            f'<div id="site-navigation-wrap" class="clr"><nav id="site-navigation" class="navigation '
            f'main-navigation clr" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement" '
            f'role="navigation"><ul id="menu-main" class="main-menu dropdown-menu sf-menu">'
            f'<li class="menu-item"><a href="{u("/")}" class="menu-link"><span class="text-wrap">Home</span></a></li>'
            f'<li class="menu-item"><a href="{u("/category/staff-development/")}" class="menu-link">'
            f'<span class="text-wrap">Staff Development</span></a></li>'
            f'<li class="menu-item"><a href="{u("/category/library-news/")}" class="menu-link">'
            f'<span class="text-wrap">Library News</span></a></li>'
            f'<li class="menu-item"><a href="{u("/events/")}" class="menu-link"><span class="text-wrap">Events'
            f'</span></a></li><li class="menu-item"><a href="{u("/about/")}" class="menu-link">'
            f'<span class="text-wrap">About</span></a></li><li class="menu-item"><a href="{u("/contact/")}" '
            f'class="menu-link"><span class="text-wrap">Contact</span></a></li>'
            f'<li class="search-toggle-li"><a href="#" class="site-search-toggle search-dropdown-toggle">'
            f'<span class="screen-reader-text">Toggle website search</span><i class="icon-magnifier"></i></a>'
            f'</li></ul></nav></div></div></header>'
            f'<main id="main" class="site-main clr" role="main">'
            f'<header class="page-header"><div class="container clr page-header-inner">'
            f'<h1 class="page-header-title clr" itemprop="headline">{header_title}</h1>'
            f'<nav role="navigation" aria-label="Breadcrumbs" class="site-breadcrumbs clr position-">'
            f'<ol class="trail-items"><li class="trail-item trail-begin"><a href="{u("/")}" rel="home">'
            f'<span>Home</span></a></li></ol></nav></div></header>'
            f'<div id="content-wrap" class="container clr"><div id="primary" class="content-area clr">'
            f'<div id="content" class="site-content clr">{content}</div></div>'
            f'<aside id="right-sidebar" class="sidebar-container widget-area sidebar-primary" itemscope '
            f'itemtype="https://schema.org/WPSideBar" role="complementary" aria-label="Primary Sidebar">'
            f'<div id="right-sidebar-inner" class="clr"><div id="search-2" class="sidebar-box widget_search clr">'
            f'<form aria-label="Search this website" role="search" method="get" class="searchform" '
            f'action="{u("/")}"><input type="search" class="field" autocomplete="off" placeholder="Search" name="s">'
            f'</form><p class="popular">Popular: <a href="{u("/?s=mentor")}">mentor</a></p></div>'
            f'<div id="recent-posts-3" class="sidebar-box widget_recent_entries clr"><h4 class="widget-title">'
            f'Recent Posts</h4><ul>{recent}</ul></div>'
            f'<div id="tag_cloud-2" class="sidebar-box widget_tag_cloud clr"><h4 class="widget-title">Tags</h4>'
            f'<div class="tagcloud"><a href="{u("/tag/mentoring/")}" class="tag-cloud-link">mentoring</a></div></div>'
            f'{_oc_widget(fed)}</div></aside></div></main>'
            f'<footer id="footer" class="site-footer" itemscope="itemscope" itemtype="https://schema.org/WPFooter" '
            f'role="contentinfo"><div id="footer-inner" class="clr"><div id="footer-bottom" class="clr no-footer-nav">'
            f'<div id="footer-bottom-inner" class="container clr"><div id="copyright" class="clr" role="contentinfo">'
            f'&copy; 2024 Riverbend County Library System. Powered by OceanWP.</div></div></div></div></footer>'
            f'</div></div><div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 '
            f'optin cmplz-bottom-right" aria-modal="true" role="dialog"><div class="cmplz-header">'
            f'<div class="cmplz-title">Manage Cookie Consent</div></div><div class="cmplz-body">'
            f'<div class="cmplz-message"><p>We use cookies to understand how staff use this site.</p></div></div>'
            f'<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>'
            f'<button class="cmplz-btn cmplz-deny">Deny</button></div></div></div>'
            f'<a aria-label="Scroll to the top of the page" href="#" id="scroll-top" class="scroll-top-right">'
            f'<i class="fa fa-angle-up"></i></a></body></html>')


def _oc_author(w: Work) -> str:
    return "/author/marcus-oyelaran/" if w.author == "Marcus Oyelaran" else ""


def _oc_entries(u, paths: list[str]) -> str:
    out = []
    for p in paths:
        w = WORKS[OCEAN + p]
        cat = OC_CAT[p]
        out.append(f'<article class="blog-entry clr large-entry post type-post status-publish format-standard '
                   f'hentry category-{cat} entry"><div class="blog-entry-inner clr">'
                   f'<header class="blog-entry-header clr"><h2 class="blog-entry-title entry-title">'
                   f'<a href="{u(p)}" rel="bookmark">{esc(w.title)}</a></h2></header>'
                   f'<ul class="meta obem-default clr"><li class="meta-date"><i class="icon-clock"></i>{_long(w.date)}'
                   f'</li><li class="meta-cat"><a href="{u("/category/" + cat + "/")}" rel="category tag">'
                   f'{OC_CATNAME[cat]}</a></li></ul><div class="blog-entry-summary clr"><p>{cut(_text(w), 260)}</p>'
                   f'</div><div class="blog-entry-readmore clr"><a href="{u(p)}">Continue Reading<i class="fa '
                   f'fa-angle-right"></i></a></div></div></article>')
    return f'<div id="blog-entries" class="entries clr">{"".join(out)}</div>'


def riverbend(url) -> list[Doc]:
    def u(p):
        return url(OCEAN, p)

    def fed(p):
        return url(MISSKEY, p)

    docs = []
    for i, p in enumerate(OC_ORDER):
        w = WORKS[OCEAN + p]
        cat = OC_CAT[p]
        ap = _oc_author(w)
        author = f'<a href="{u(ap)}" rel="author">{esc(w.author)}</a>' if ap else esc(w.author)
        related = [q for q in OC_ORDER if q != p and OC_CAT[q] == cat][:3]
        cards = "".join(f'<article class="related-post clr col span_1_of_3 col-{n + 1}"><h3 class="related-post-title">'
                        f'<a href="{u(q)}" rel="bookmark">{esc(WORKS[OCEAN + q].title)}</a></h3>'
                        f'<time class="published">{_long(WORKS[OCEAN + q].date)}</time></article>'
                        for n, q in enumerate(related))
        content = (f'<article class="single-post-article clr"><header class="entry-header clr">'
                   f'<h2 class="single-post-title entry-title" itemprop="headline">{esc(w.title)}</h2></header>'
                   f'<ul class="meta ospm-default clr"><li class="meta-author" itemprop="name">'
                   f'<span class="screen-reader-text">Post author:</span><i class="icon-user"></i>{author}</li>'
                   f'<li class="meta-date" itemprop="datePublished"><span class="screen-reader-text">Post published:'
                   f'</span><i class="icon-clock"></i>{_long(w.date)}</li><li class="meta-cat">'
                   f'<span class="screen-reader-text">Post category:</span><i class="icon-folder"></i>'
                   f'<a href="{u("/category/" + cat + "/")}" rel="category tag">{OC_CATNAME[cat]}</a></li></ul>'
                   f'<div class="entry-content clr" itemprop="text">{ps(w.paras)}</div>'
                   + (f'<div class="post-tags clr"><span class="owp-tag-text">Tags: </span>'
                      f'<a href="{u("/tag/mentoring/")}" rel="tag">mentoring</a></div>' if p in OC_TAGGED else "")
                   + f'<section id="related-posts" class="clr"><h3 class="theme-heading related-posts-title">'
                   f'<span class="text">You Might Also Like</span></h3><div class="oceanwp-row clr">{cards}</div>'
                   f'</section><section id="comments" class="comments-area clr has-comments">'
                   f'<div class="comments-title">1 Comment</div><ol class="comment-list">'
                   f'<li class="comment even thread-even depth-1" id="li-comment-{40 + i}"><article '
                   f'id="comment-{40 + i}" class="comment-container"><div class="comment-content"><div '
                   f'class="comment-author"><span class="comment-link">Jo Whitaker</span></div><div '
                   f'class="comment-entry"><p>Thanks for writing this up!</p></div></div></article></li></ol>'
                   f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">'
                   f'Leave a Comment</h3><p>You must be logged in to post a comment.</p></div></section></article>')
        graph = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": w.title,
                 "datePublished": w.date + "T08:30:00-05:00", "author": {"@type": "Person", "name": w.author},
                 "mainEntityOfPage": u(p), "publisher": {"@type": "Organization", "name": OC_SITE}}
        head = _oc_head(u, f"{w.title} - {OC_SITE}", p, "article", w.paras[0][:155],
                        f'<meta property="article:published_time" content="{w.date}T08:30:00-05:00">'
                        f'<meta property="article:section" content="{OC_CATNAME[cat]}">' + _ld(graph))
        docs.append(_doc(OCEAN, p, head + _oc_page(u, fed, f"post-template-default single single-post "
                                                           f"single-format-standard", esc(w.title), content)))

    def listing(path, heading, paths, body_class, title, pager=""):
        head = _oc_head(u, title, path, "website", f"{heading} - {OC_SITE}")
        return _doc(OCEAN, path, head + _oc_page(u, fed, body_class, heading, _oc_entries(u, paths) + pager))

    nav2 = (f'<div class="oceanwp-pagination clr"><ul class="page-numbers"><li><span class="page-numbers current">1'
            f'</span></li><li><a class="page-numbers" href="{u("/page/2/")}">2</a></li><li><a class="next '
            f'page-numbers" href="{u("/page/2/")}"><i class="fa fa-angle-right"></i></a></li></ul></div>')
    docs.append(listing("/", "Blog", OC_ORDER[:5], "home blog", OC_SITE + " - Learning together at Riverbend", nav2))
    docs.append(listing("/page/2/", "Blog", OC_ORDER[5:], "home blog paged paged-2", f"Page 2 - {OC_SITE}"))
    for cat, name in OC_CATNAME.items():
        docs.append(listing(f"/category/{cat}/", name, [p for p in OC_ORDER if OC_CAT[p] == cat],
                            f"archive category category-{cat}", f"{name} Archives - {OC_SITE}"))
    docs.append(listing("/tag/mentoring/", "mentoring", OC_TAGGED, "archive tag tag-mentoring",
                        f"mentoring Archives - {OC_SITE}"))
    docs.append(listing("/?s=mentor", "Search Results for: mentor",
                        [p for p in OC_ORDER if "mentor" in _text(WORKS[OCEAN + p]).lower()],
                        "search search-results", f"You searched for mentor - {OC_SITE}"))
    docs.append(listing("/author/marcus-oyelaran/", "Marcus Oyelaran",
                        [p for p in OC_ORDER if WORKS[OCEAN + p].author == "Marcus Oyelaran"],
                        "archive author author-marcus-oyelaran", f"Marcus Oyelaran, Author at {OC_SITE}"))

    def page(path, title, text, body_class="page-template-default page", status=200):
        head = _oc_head(u, f"{title} - {OC_SITE}", path, "website", title)
        return _doc(OCEAN, path, head + _oc_page(u, fed, body_class, esc(title),
                                                 f'<article class="single-page-article clr"><div class="entry clr" '
                                                 f'itemprop="text">{text}</div></article>'), status)

    docs.append(page("/about/", "About", "<p>Riverbend Staff Learning is the staff development blog of the "
                     "Riverbend County Library System. Staff from all nine branches write here about training, "
                     "programs, and what they are learning.</p><p>Want to write a post? Talk to the training "
                     f'coordinator or use the <a href="{u("/contact/")}">contact form</a>.</p>'))
    docs.append(page("/contact/", "Contact", "<p>Questions about staff training, Staff Day or this blog? Send us a "
                     "note and the training coordinator will reply within two working days.</p><div class=\"wpforms-"
                     "container\"><form class=\"wpforms-form\"><input name=\"wpforms[fields][0]\" placeholder=\"Name\">"
                     "<input name=\"wpforms[fields][1]\" type=\"email\" placeholder=\"Email\"><textarea "
                     "name=\"wpforms[fields][2]\"></textarea><button type=\"submit\">Send</button></form></div>"))
    docs.append(page("/events/", "This page could not be found!",
                     "<div class=\"error404-content clr\"><h2 class=\"error-title\">This page could not be found!"
                     "</h2><p class=\"error-text\">We are sorry. But the page you are looking for is not available."
                     f'<br>Perhaps you can try a new search.</p><a class="error-btn button" href="{u("/")}">Back To '
                     "Homepage</a></div>", "error404", status=404))
    return docs


# --- libfolk.example: Dreamwidth ----------------------------------------------------------------------------

DW_USER = "inkandcardstock"
DW_TITLE = "ink and card stock"
DW_ORDER = ["/49355.html", "/49102.html", "/48577.html", "/48213.html", "/48001.html", "/47901.html"]
DW_TAGS = {"/49355.html": ["library school", "mentors"], "/49102.html": ["library school"],
           "/48577.html": ["library school"], "/48213.html": ["library school", "mentors"],
           "/48001.html": ["fandom"], "/47901.html": ["library school", "cataloguing"]}
DW_TAGPATH = {"library school": "/tag/library+school", "mentors": "/tag/mentors"}
DW_COMMENTS = {"/49355.html": [("marginalia_moth", "this is so wholesome. also yes, post the meme"),
                               ("reading_rainbow_ghost", "the internet library aunties are real and they love you")],
               "/48213.html": [("marginalia_moth", "FOUR! proud of you for posting"),
                               ("thecardcatalog", "listservs are the cockroaches of the internet, they will "
                                                  "survive everything and honestly I'm glad")],
               "/48001.html": [("thecardcatalog", "NOT THE POSSESSION")]}


def _dw_tags(u, p: str) -> str:
    tags = []
    for t in DW_TAGS[p]:
        tags.append(f'<li><a rel="tag" href="{u(DW_TAGPATH[t])}">{esc(t)}</a></li>' if t in DW_TAGPATH
                    else f"<li>{esc(t)}</li>")
    return f'<div class="tag"><span class="tag-text">Tags:</span><ul>{"".join(tags)}</ul></div>'


def _dw_entry(u, p: str, full: bool) -> str:
    w = WORKS[DW + p]
    n = p.strip("/").split(".")[0]
    comments = DW_COMMENTS.get(p, [])
    return (f'<div class="entry-wrapper entry-wrapper-odd security-public restrictions-none journal-type-P '
            f'has-userpic has-subject" id="entry-wrapper-{n}"><div class="separator separator-before"></div>'
            f'<div class="entry" id="entry-{n}"><div class="inner"><div class="header"><div class="inner">'
            f'<h3 class="entry-title"><a title="{esc(w.title)}" href="{u(p)}">{esc(w.title)}</a></h3>'
            f'<span class="datetime">{_long(w.date)}</span></div></div>'
            f'<div><div class="contents"><div class="inner"><div class="userpic"><img src="https://v.dreamwidth.org/'
            f'{n}/{n}" alt="[personal profile] {DW_USER}"></div><span class="poster empty"></span>'
            f'<div class="entry-content">{"<br><br>".join(esc(x) for x in w.paras)}</div></div></div></div>'
            f'<div class="footer"><div class="inner">{_dw_tags(u, p)}'
            f'<ul class="entry-management-links text-links"></ul><ul class="entry-interaction-links text-links">'
            f'<li class="entry-permalink first-item"><a href="{u(p)}">Link</a></li>'
            f'<li class="entry-readlink"><a href="{u(p)}#comments">{len(comments)} comments</a></li></ul>'
            f'</div></div></div></div><div class="separator separator-after"></div></div>'
            + (f'<div id="comments"><div class="inner">' + "".join(
                f'<div class="comment-wrapper comment-wrapper-odd visible full" id="ljcmt{n}{k}"><div '
                f'class="dwexpcomment"><div class="comment"><div class="inner"><div class="header"><div class="inner">'
                f'<span class="comment-poster"><span class="ljuser"><b>{esc(who)}</b></span></span></div></div>'
                f'<div class="contents"><div class="comment-content">{esc(text)}</div></div></div></div></div></div>'
                for k, (who, text) in enumerate(comments)) + "</div></div>" if full else ""))


def _dw_page(u, title: str, main: str, desc: str, extra: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>{esc(title)}</title>'
            f'<link rel="openid2.provider" href="https://www.dreamwidth.org/openid/server">'
            f'<link rel="alternate" type="application/atom+xml" title="Atom" href="{u("/data/atom")}">'
            f'<meta property="og:site_name" content="Dreamwidth Studios"><meta property="og:title" '
            f'content="{esc(title)}"><meta property="og:description" content="{esc(desc)}">{extra}'
            f'<link rel="stylesheet" href="https://www.dreamwidth.org/stc/css/s2/practicality.css"></head>'
            f'<body class="page-entry two-columns column-right any-column multiple-columns"><div id="canvas">'
            f'<div class="inner"><div id="header"><div class="inner"><h1 id="title"><span>{DW_TITLE}</span></h1>'
            f'<h2 id="subtitle"><span>cataloguing, archives, fic, feelings</span></h2></div></div>'
            f'<div id="content"><div class="inner"><div id="primary"><div class="inner">{main}</div></div>'
            f'<div id="secondary"><div class="inner"><div class="module-navlinks module"><ul class="module-list">'
            f'<li><a href="{u("/")}">Recent Entries</a></li><li><a href="{u("/profile")}">Profile</a></li></ul></div>'
            f'<div class="module-tags_list module"><h2 class="module-header">Tags</h2><div class="module-content">'
            f'<ul><li><a href="{u("/tag/library+school")}">library school</a> - 5 uses</li>'
            f'<li><a href="{u("/tag/mentors")}">mentors</a> - 2 uses</li></ul></div></div>'
            f'<div class="module-powered module"><div class="module-content">Page generated Mar. 4th, 2024 '
            f'11:02 pm<br>Powered by <a href="https://www.dreamwidth.org">Dreamwidth Studios</a></div></div>'
            f'</div></div></div></div><div id="footer"><div class="inner"></div></div></div></div></body></html>')


def libfolk(url) -> list[Doc]:
    def u(p):
        return url(DW, p)

    docs = []
    for p in DW_ORDER:
        w = WORKS[DW + p]
        docs.append(_doc(DW, p, _dw_page(u, f"{DW_USER}: {w.title}", _dw_entry(u, p, True), w.paras[0][:200],
                                         f'<meta property="og:type" content="article"><meta property="og:url" '
                                         f'content="{u(p)}">')))

    def listing(path, title, paths, nav=""):
        return _doc(DW, path, _dw_page(u, title, "".join(_dw_entry(u, p, False) for p in paths) + nav, title))

    docs.append(listing("/", DW_TITLE, DW_ORDER[:4],
                        f'<div class="navigation"><ul><li class="page-back"><a href="{u("/?skip=10")}">Previous 10'
                        f'</a></li></ul></div>'))
    docs.append(listing("/?skip=10", DW_TITLE, DW_ORDER[4:],
                        f'<div class="navigation"><ul><li class="page-forward"><a href="{u("/")}">Next 10</a></li>'
                        f'</ul></div>'))
    for t, path in DW_TAGPATH.items():
        docs.append(listing(path, f"{DW_TITLE}: {t}", [p for p in DW_ORDER if t in DW_TAGS[p]]))
    profile = ('<div class="profile"><h2>User Profile</h2><table class="profile_table"><tr><th>Name:</th>'
               f'<td>ink and card stock</td></tr><tr><th>Website:</th><td><a href="{u("/")}">{DW_TITLE}</a></td></tr>'
               "<tr><th>Account type:</th><td>Free Account</td></tr><tr><th>Created on:</th><td>2019-05-11</td>"
               "</tr></table><h3>Bio</h3><p>MLIS student. Archives track. Will talk about finding aids and "
               "found family tropes in equal measure.</p><h3>Interests (6):</h3><p>archives, cataloguing, "
               "fanfiction, glass plate negatives, libraries, tea</p></div>")
    docs.append(_doc(DW, "/profile", _dw_page(u, f"{DW_USER} - Profile", profile, "Profile")))
    return docs


# --- fedilib.example: Misskey (metadata only, splash body) ------------------------------------------------------

MK_NAME = "fedilib"
MK_USERS = {"@solene": ("Solène Marchetti", "Solo archivist, religious order archive. Finding aids, boxes, cats. "
                                            "Ask me about lone arranging."),
            "@tkoenig": ("Tomasz Koenig", "Metadata librarian. Linked data, authority files, bad puns. "
                                          "Hosts #LibMentorHour.")}


def _mk_page(u, path: str, title: str, desc: str, og_type: str, extra: str = "") -> str:
    return (f'<!DOCTYPE html><!--\n  Thank you for using Misskey!\n  https://github.com/misskey-dev/misskey\n-->'
            f'<html><head><meta charset="utf-8"><meta name="application-name" content="Misskey">'
            f'<meta name="referrer" content="origin"><meta name="theme-color" content="#86b300">'
            f'<meta property="og:site_name" content="{MK_NAME}"><meta property="instance_url" content="{u("/")}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<link rel="icon" href="{u("/favicon.ico")}"><link rel="manifest" href="{u("/manifest.json")}">'
            f'<link rel="search" type="application/opensearchdescription+xml" title="{MK_NAME}" '
            f'href="{u("/opensearch.xml")}"><title>{esc(title)}</title><meta name="description" content="{esc(desc)}">'
            f'<meta property="og:type" content="{og_type}"><meta property="og:title" content="{esc(title)}">'
            f'<meta property="og:description" content="{esc(desc)}"><meta property="og:url" content="{u(path)}">'
            f'<meta property="twitter:card" content="summary">{extra}'
            f'<script type="application/json" id="misskey_meta" data-generated-at="2024-03-01T00:00:00.000Z">'
            f'{{"name":"{MK_NAME}","version":"2024.2.0"}}</script>'
            f'<script type="module" src="/vite/assets/boot.js"></script></head><body>'
            f'<noscript><p>JavaScriptを有効にしてください<br>Please turn on your JavaScript</p></noscript>'
            f'<div id="splash"><img id="splashIcon" src="/static-assets/splash.png"><div id="splashSpinner">'
            f'</div></div></body></html>')


def fedilib(url) -> list[Doc]:
    def u(p):
        return url(MISSKEY, p)

    docs = []
    for w in _works(MISSKEY):
        name, handle = w.author.rsplit(" (", 1)
        handle = handle.rstrip(")")
        text = "\n".join(w.paras)
        extra = (f'<link rel="alternate" href="{u(w.path)}" type="application/activity+json">'
                 f'<meta property="og:image" content="{u("/identicon/" + handle)}">'
                 f'<meta name="misskey:user-username" content="{handle}"><meta name="misskey:note-id" '
                 f'content="{w.path.rsplit("/", 1)[1]}"><meta property="article:published_time" '
                 f'content="{w.date}T12:00:00.000Z">')
        docs.append(_doc(MISSKEY, w.path, _mk_page(u, w.path, f"{name} ({handle}) | {MK_NAME}", text, "article",
                                                   extra)))
    for handle, (name, bio) in MK_USERS.items():
        docs.append(_doc(MISSKEY, "/" + handle, _mk_page(u, "/" + handle, f"{name} ({handle}) | {MK_NAME}", bio,
                                                         "blog", f'<meta name="misskey:user-username" '
                                                                 f'content="{handle[1:]}">')))
    docs.append(_doc(MISSKEY, "/tags/librarymentors", _mk_page(u, "/tags/librarymentors",
                                                               f"#librarymentors | {MK_NAME}", "", "website")))
    docs.append(_doc(MISSKEY, "/about", _mk_page(u, "/about", f"About | {MK_NAME}",
                                                 "fedilib is a Misskey server for people who work in libraries, "
                                                 "archives and museums. Registration by invitation.", "website")))
    docs.append(_doc(MISSKEY, "/", _mk_page(u, "/", MK_NAME, "fedilib is a Misskey server for people who work in "
                                                             "libraries, archives and museums.", "website")))
    return docs


# --- lisforum.example: Flarum ---------------------------------------------------------------------------------

FL_FORUM = "The Stacks Lounge"
FL_TAGS = {"career-development": ("Career Development", ["/d/262-reddit-or-discord-for-mlis-advice",
                                                         "/d/233-is-the-critlib-slack-worth-it-for-a-paraprofessional",
                                                         "/d/214-finding-a-mentor-outside-my-own-library"]),
           "technical-services": ("Technical Services", ["/d/251-ils-migration-horror-stories",
                                                         "/d/240-how-do-you-train-student-workers",
                                                         "/d/198-best-label-printer-for-spine-labels"])}
FL_ORDER = [p for _, ps_ in FL_TAGS.values() for p in ps_]
FL_ORDER.sort(key=lambda p: WORKS[FLARUM + p].date, reverse=True)
FL_USERS = {"theo.r": "Theo R.", "quietstacks": "quietstacks"}


def _fl_page(u, path: str, title: str, desc: str, content: str) -> str:
    payload = {"resources": [{"type": "forums", "id": "1", "attributes": {"title": FL_FORUM, "baseUrl": u(""),
                                                                            "basePath": "", "debug": False}}],
               "session": {"userId": 0}, "locale": "en"}
    return (f'<!doctype html><html dir="ltr" lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<link rel="stylesheet" href="{u("/assets/forum.css?v=7d2a4f1c")}"><link rel="canonical" href="{u(path)}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, minimum-scale=1">'
            f'<meta name="description" content="{esc(desc)}"><meta name="theme-color" content="#4D698E">'
            f'<meta property="og:site_name" content="{FL_FORUM}"><meta property="og:title" content="{esc(title)}">'
            f'<meta property="og:type" content="website"></head><body><div id="app" class="App">'
            f'<div id="app-navigation" class="App-navigation"></div><div id="drawer" class="App-drawer">'
            f'<header id="header" class="App-header"><div id="header-navigation" class="Header-navigation"></div>'
            f'<div class="container"><div class="Header-title"><a href="{u("/")}" id="home-link">{FL_FORUM}</a></div>'
            f'<div id="header-primary" class="Header-primary"></div><div id="header-secondary" '
            f'class="Header-secondary"></div></div></header></div><main class="App-content"><div id="content"></div>'
            f'<div id="flarum-loading" style="display: none">Loading...</div><noscript><div class="Alert">'
            f'<div class="container">This site is best viewed in a modern browser with JavaScript enabled.</div>'
            f'</div></noscript><div id="flarum-loading-error" style="display: none"><div class="Alert"><div '
            f'class="container">Something went wrong while trying to load the full version of this site.</div></div>'
            f'</div><noscript id="flarum-content"><div class="container">{content}</div></noscript></main></div>'
            f'<div id="modal"></div><div id="alerts"></div><script src="{u("/assets/forum.js?v=2c5a1e9b")}"></script>'
            f'<script>document.getElementById("flarum-loading").style.display = "block";'
            f'var flarum = {{extensions: {{}}}};flarum.core.app.load({json.dumps(payload)});'
            f'flarum.core.app.bootExtensions(flarum.extensions);flarum.core.app.boot();</script></body></html>')


def _fl_list(u, heading: str, paths: list[str]) -> str:
    items = "".join(f'<li><a href="{u(p)}">{esc(WORKS[FLARUM + p].title)}</a></li>' for p in paths)
    return f"<h2>{esc(heading)}</h2><ul>{items}</ul>"


def lisforum(url) -> list[Doc]:
    def u(p):
        return url(FLARUM, p)

    docs = []
    tag_of = {p: slug for slug, (_, paths) in FL_TAGS.items() for p in paths}
    for p in FL_ORDER:
        w = WORKS[FLARUM + p]
        posts = []
        for who, text in zip(w.by, w.paras):
            name = (f'<a href="{u("/u/" + who)}">{esc(FL_USERS[who])}</a>' if who in FL_USERS else esc(who))
            posts.append(f'<div><h3>{name}</h3><div class="Post-body"><p>{esc(text)}</p></div></div><hr>')
        slug = tag_of[p]
        content = (f'<h1>{esc(w.title)}</h1><p><a href="{u("/t/" + slug)}">{FL_TAGS[slug][0]}</a></p>'
                   f'<div>{"".join(posts)}</div>')
        docs.append(_doc(FLARUM, p, _fl_page(u, p, f"{w.title} - {FL_FORUM}", w.paras[0][:150], content)))
    tags_nav = "".join(f'<li><a href="{u("/t/" + s)}">{esc(n)}</a></li>' for s, (n, _) in FL_TAGS.items())
    docs.append(_doc(FLARUM, "/", _fl_page(u, "/", FL_FORUM, "A friendly forum for library workers of every kind.",
                                           _fl_list(u, "All Discussions", FL_ORDER) + f"<ul>{tags_nav}</ul>"
                                           f'<p><a href="{u("/?q=mentor")}">Search: mentor</a></p>')))
    for slug, (name, paths) in FL_TAGS.items():
        docs.append(_doc(FLARUM, "/t/" + slug, _fl_page(u, "/t/" + slug, f"{name} - {FL_FORUM}",
                                                        f"Discussions tagged {name}", _fl_list(u, name, paths))))
    for who, name in FL_USERS.items():
        mine = [p for p in FL_ORDER if who in WORKS[FLARUM + p].by]
        docs.append(_doc(FLARUM, "/u/" + who, _fl_page(u, "/u/" + who, f"{name} - {FL_FORUM}", f"{name}'s profile",
                                                       f"<h1>{esc(name)}</h1><p>Joined 2023</p>"
                                                       + _fl_list(u, "Discussions", mine))))
    hits = [p for p in FL_ORDER if "mentor" in _text(WORKS[FLARUM + p]).lower()]
    docs.append(_doc(FLARUM, "/?q=mentor", _fl_page(u, "/?q=mentor", f"Search: mentor - {FL_FORUM}", "Search",
                                                    _fl_list(u, "Search results for “mentor”", hits))))
    return docs


# --- datashare.example: figshare ------------------------------------------------------------------------------

FIG_PDF = "/ndownloader/files/44419812"
FIG_AUTHOR = "/authors/Adaeze_Nwosu/17402285"
FIG_CAT = "/browse/categories/Library_and_information_studies"
FIG_ITEMS = ["/articles/presentation/E-mentoring_in_the_time_of_hashtags/25104337",
             "/articles/dataset/Library_staff_social_media_professional_development_survey_2023/24877621",
             "/articles/poster/Circulation_dashboard/23660842",
             "/articles/journal_contribution/Network_analysis_of_interlibrary_loan_flows/22918044"]
FIG_TYPE = {"presentation": "Presentation", "dataset": "Dataset", "poster": "Poster",
            "journal_contribution": "Journal contribution"}


def _fig_page(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">{head}'
            f'<link rel="stylesheet" href="/static/css/main.3f9a.css"></head><body><div id="app">'
            f'<header class="_2pd0D" role="banner"><a href="{u("/")}" class="_3vpzX" aria-label="figshare home">'
            f'figshare</a><nav><a href="{u("/search?q=library%20mentoring")}">Browse</a></nav>'
            f'<form action="{u("/search")}" role="search"><input name="q" aria-label="Search on figshare"></form>'
            f'<a href="https://figshare.com/account/login" rel="nofollow">Log in</a></header>'
            f'<main id="main-content" role="main">{main}</main><footer class="_1Fk3S"><p>figshare. credit for all '
            f'your research.</p><ul><li><a href="https://knowledge.figshare.com">Help</a></li></ul></footer>'
            f'<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience.</p>'
            f'<button>Accept</button></div></div></body></html>')


def _fig_card(u, p: str) -> str:
    w = WORKS[FIG + p]
    kind = FIG_TYPE[p.split("/")[2]]
    return (f'<div class="_1Tn9h" role="article"><span class="_2bC2j">{kind}</span><a href="{u(p)}" '
            f'class="_2nbIt">{esc(w.title)}</a><span class="_3Kx2x">posted on {w.date}, {esc(w.author)}</span></div>')


def datashare(url) -> list[Doc]:
    def u(p):
        return url(FIG, p)

    docs = []
    for p in FIG_ITEMS:
        w = WORKS[FIG + p]
        kind = FIG_TYPE[p.split("/")[2]]
        item = p.rsplit("/", 1)[1]
        authors = w.author.split("; ")
        metas = "".join(f'<meta name="citation_author" content="{esc(a)}">' for a in authors)
        pdf_meta = f'<meta name="citation_pdf_url" content="{u(FIG_PDF)}">' if kind == "Presentation" else ""
        head = (f'<meta name="description" content="{esc(w.paras[0][:160])}"><meta name="citation_title" '
                f'content="{esc(w.title)}">{metas}<meta name="citation_publication_date" '
                f'content="{w.date.replace("-", "/")}">'
                f'<meta name="citation_doi" content="10.6084/m9.figshare.{item}.v1"><meta name="citation_publisher" '
                f'content="figshare">{pdf_meta}<meta property="og:title" content="{esc(w.title)}">'
                f'<meta property="og:type" content="article"><meta property="og:url" content="{u(p)}">'
                f'<meta property="og:description" content="{esc(w.paras[0][:200])}"><link rel="canonical" '
                f'href="{u(p)}">' + _ld({"@context": "http://schema.org", "@type": "CreativeWork", "name": w.title,
                                        "author": [{"@type": "Person", "name": a} for a in authors],
                                        "datePublished": w.date, "identifier": f"10.6084/m9.figshare.{item}.v1"}))
        names = ", ".join(f'<a href="{u(FIG_AUTHOR)}">{esc(a)}</a>' if a == "Adaeze Nwosu" else f"<span>{esc(a)}"
                          f"</span>" for a in authors)
        files = (f'<a class="_3ZsNp" href="{u(FIG_PDF)}" download>Download (1.21 MB)</a>' if kind == "Presentation"
                 else '<button class="_3ZsNp" type="button">Download all</button>')
        main = (f'<div class="_3lvvs"><div class="_1qw6z">{files}<button type="button">Share</button>'
                f'<button type="button">Embed</button><button type="button">Cite</button></div>'
                f'<h2 class="_3Ns5H">{esc(w.title)}</h2><div class="_2VH3v">{kind}<span>posted on {w.date}, '
                f'authored by {names}</span></div><div class="_2yAsK" itemprop="description">{ps(w.paras)}</div>'
                f'<div class="_3j2dh"><h3>Categories</h3><ul><li><a href="{u(FIG_CAT)}">Library and information '
                f'studies</a></li></ul><h3>License</h3><p>CC BY 4.0</p><h3>Cite</h3><p>{esc(w.author)} ({w.date[:4]})'
                f'. {esc(w.title)}. figshare. {kind}. https://doi.org/10.6084/m9.figshare.{item}.v1</p></div></div>')
        docs.append(_doc(FIG, p, _fig_page(u, f"{w.title} - figshare", main, head)))
    slides = WORKS[FIG + FIG_PDF]
    lines = [ln for para in slides.paras for ln in textwrap.wrap(para, 90) + [""]]
    docs.append(Doc(FIG, FIG_PDF, slides.kind, slides.grade, pdf(lines), content_type="application/pdf"))
    cards = "".join(_fig_card(u, p) for p in FIG_ITEMS)
    docs.append(_doc(FIG, "/", _fig_page(u, "figshare - credit for all your research",
                                         f'<h1>Store, share, discover research</h1><section><h2>Featured</h2>{cards}'
                                         f'</section><p><a href="{u(FIG_CAT)}">Library and information studies</a>'
                                         f'</p>')))
    docs.append(_doc(FIG, "/search?q=library%20mentoring", _fig_page(
        u, "Search - figshare", f'<h1>Search results for "library mentoring"</h1><p>3 results</p>'
                                + "".join(_fig_card(u, p) for p in FIG_ITEMS[:2]))))
    docs.append(_doc(FIG, FIG_AUTHOR, _fig_page(
        u, "Adaeze Nwosu - figshare", f'<div class="_1tyk2"><h1>Adaeze Nwosu</h1><p>Research and instruction '
                                      f'librarian</p><p>1 item</p></div>{_fig_card(u, FIG_ITEMS[0])}')))
    docs.append(_doc(FIG, FIG_CAT, _fig_page(u, "Library and information studies - figshare",
                                             f"<h1>Library and information studies</h1>{cards}")))
    return docs


# --- revistabib.example: SciELO classic -------------------------------------------------------------------------

SC_TITLE = "Revista de Bibliotecología y Documentación"
SC_SERIAL = f"/scielo.php?script=sci_serial&pid={SC_J}&lng=es&nrm=iso"
SC_TOC = f"/scielo.php?script=sci_issuetoc&pid={SC_ISSUE}&lng=es&nrm=iso"
SC_ISSUES = f"/scielo.php?script=sci_issues&pid={SC_J}&lng=es&nrm=iso"
SC_SEARCH = "/cgi-bin/wxis.exe/iah/?IsisScript=iah/iah.xis&base=article&lang=e&exprSearch=mentoria"
SC_ABOUT = "/revistas/rbd/eaboutj.htm"
SC_PDF = f"/pdf/rbd/v12n2/{SC_J}-rbd-12-02-e101.pdf"
SC_ARTS = [sc_art(n) for n in (101, 102, 103, 104)]


def _sc_page(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>'
            f'<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(title)}</title>'
            f'<meta http-equiv="Pragma" content="no-cache">{head}'
            f'<link rel="STYLESHEET" type="text/css" href="/css/scielo.css"></head><body bgcolor="#FFFFFF">'
            f'<div class="container"><div class="top"><table cellspacing="0" border="0" cellpadding="7" width="100%">'
            f'<tr><td width="26%"><a href="{u(esc(SC_SERIAL))}"><img src="/img/revistas/rbd/glogo.gif" '
            f'alt="{SC_TITLE}" border="0"></a></td><td align="center"><font class="nomodel" color="#000080">'
            f'versión impresa ISSN 1688-9371<br>versión On-line ISSN 1688-9371</font></td></tr></table>'
            f'<table width="100%"><tr><td><a href="{u(esc(SC_ISSUES))}">números anteriores</a> | '
            f'<a href="{u(esc(SC_TOC))}">número actual</a> | <a href="{u(esc(SC_SEARCH))}">búsqueda</a> | '
            f'<a href="{u(SC_ABOUT)}">acerca de</a></td></tr></table></div>'
            f'<div class="content">{main}</div><div class="footer"><hr noshade size="1">'
            f'<p align="center"><font class="nomodel" color="#000080">© 2024 Facultad de Información y '
            f'Comunicación<br>Montevideo, Uruguay<br><a class="email" href="mailto:rbd@example.org">'
            f'rbd@example.org</a></font></p></div></div></body></html>')


def revistabib(url) -> list[Doc]:
    def u(p):
        return url(SCIELO, p)

    docs = []
    for i, p in enumerate(SC_ARTS):
        w = WORKS[SCIELO + p]
        authors = w.author.split("; ")
        pid = p.split("pid=")[1].split("&")[0]
        lang = "pt" if i == 1 else "es"
        head = (f'<meta name="citation_journal_title" content="{SC_TITLE}"><meta name="citation_journal_title_abbrev" '
                f'content="Rev. Bibl. Doc."><meta name="citation_publisher" content="Universidad de la República">'
                f'<meta name="citation_title" content="{esc(w.title)}"><meta name="citation_language" '
                f'content="{lang}"><meta name="citation_date" content="{w.date[5:7]}/{w.date[:4]}">'
                f'<meta name="citation_volume" content="12"><meta name="citation_issue" content="2">'
                f'<meta name="citation_issn" content="{SC_J}"><meta name="citation_doi" '
                f'content="10.5555/rbd.12.2.e{101 + i}">'
                + "".join(f'<meta name="citation_author" content="{esc(a)}">' for a in authors)
                + f'<meta name="citation_firstpage" content="e{101 + i}"><meta name="citation_id" content="{pid}">'
                + (f'<meta name="citation_pdf_url" language="es" default="true" content="{u(SC_PDF)}">'
                   if i == 0 else "")
                + f'<meta name="citation_abstract_html_url" content="{u(esc(p))}">')
        tools = (f'<div class="toolbox"><h3>Servicios Personalizados</h3><ul><li>Artículo</li>'
                 + (f'<li><a href="{u(SC_PDF)}">Español (pdf)</a></li>' if i == 0 else "")
                 + f'<li>Artículo en XML</li><li>Referencias del artículo</li><li>Como citar este artículo</li></ul>'
                 f'<p><a href="{u(esc(SC_TOC))}">Sumario</a></p></div>')
        body = "".join(f'<p class="abstract">{esc(x)}</p>' if x.startswith(("Resumen", "Resumo", "Abstract"))
                       else f"<p>{esc(x)}</p>" for x in w.paras)
        main = (f'{tools}<div class="index,{lang}"><p align="right"><font face="Verdana" size="2">{SC_TITLE}<br>'
                f'<i>versión On-line</i> ISSN {SC_J}<br>Rev. Bibl. Doc. vol.12 no.2 Montevideo {w.date[:4]}'
                f'&nbsp; Epub 30-Jun-2024</font></p><p class="title">{esc(w.title)}</p>'
                f'<p class="author">{"; ".join(esc(a) for a in authors)}</p>{body}</div>')
        docs.append(_doc(SCIELO, p, _sc_page(u, f"{SC_TITLE} - {w.title}", main, head)))
    art = WORKS[SCIELO + SC_PDF]
    lines = [ln for para in art.paras for ln in textwrap.wrap(para, 90) + [""]]
    docs.append(Doc(SCIELO, SC_PDF, art.kind, art.grade, pdf(lines), content_type="application/pdf"))
    toc = "".join(f'<tr><td><font class="normal"><b>{esc(WORKS[SCIELO + p].title)}</b><br>'
                  f'{esc(WORKS[SCIELO + p].author)}</font><br><a href="{u(esc(p))}">texto en '
                  f'{"portugués" if n == 1 else "español"}</a></td></tr>' for n, p in enumerate(SC_ARTS))
    docs.append(_doc(SCIELO, SC_TOC, _sc_page(u, f"{SC_TITLE} - Vol. 12 Núm. 2",
                                              f'<h2>vol.12 no.2 - Montevideo jul./dic. 2024</h2><table>{toc}</table>')))
    docs.append(_doc(SCIELO, SC_ISSUES, _sc_page(u, f"{SC_TITLE} - Números anteriores",
                                                 f'<table class="issues"><tr><th>2024</th><td>12</td><td>'
                                                 f'<a href="{u(esc(SC_TOC))}">2</a></td></tr></table>')))
    docs.append(_doc(SCIELO, SC_SERIAL, _sc_page(
        u, f"{SC_TITLE} - Inicio", f'<p><b>{SC_TITLE}</b></p><ul><li><a href="{u(SC_ABOUT)}">información básica</a>'
                                   f'</li><li><a href="{u(esc(SC_TOC))}">número actual</a></li><li>'
                                   f'<a href="{u(esc(SC_ISSUES))}">lista de números</a></li><li>'
                                   f'<a href="{u(esc(SC_SEARCH))}">búsqueda de artículos</a></li></ul>')))
    hits = "".join(f'<tr><td>{n + 1}/2</td><td><b>{esc(WORKS[SCIELO + p].title)}</b><br>'
                   f'<a href="{u(esc(p))}">texto completo</a></td></tr>'
                   for n, p in enumerate([SC_ARTS[0], SC_ARTS[3]]))
    docs.append(_doc(SCIELO, SC_SEARCH, _sc_page(u, "iAH Interface de pesquisa",
                                                 f'<p>Búsqueda: mentoria [Palabras]</p><p>Referencias encontradas: 2'
                                                 f'</p><table>{hits}</table>')))
    docs.append(_doc(SCIELO, SC_ABOUT, _sc_page(
        u, f"{SC_TITLE} - Información básica",
        "<h2>Información básica</h2><p>La Revista de Bibliotecología y Documentación publica desde 2013 trabajos "
        "originales sobre bibliotecología, archivología y ciencia de la información en América Latina. Acepta "
        "artículos en español, portugués e inglés, evaluados por pares en modalidad doble ciego.</p>"
        "<h2>Forma y preparación de manuscritos</h2><p>Los manuscritos se envían en formato editable con resumen "
        "en dos idiomas y hasta cinco palabras clave.</p>")))
    return docs


# --- gazette.example: a newspaper on Arc XP ---------------------------------------------------------------------

ARC_SITE = "The Millbrook Gazette"
ARC_ORDER = ["/news/local/2024/03/18/librarians-mentor-next-generation-online/",
             "/sports/2024/03/02/robotics-team-heads-to-state/",
             "/business/2024/02/20/scam-alert-fake-linkedin-recruiters/",
             "/news/local/2024/02/06/library-board-approves-budget/",
             "/news/local/2024/01/22/retired-librarian-facebook-group-job-seekers/"]
ARC_SOFT404 = "/news/local/2019/06/02/library-summer-hours/"
ARC_LIB = [ARC_ORDER[0], ARC_ORDER[3], ARC_ORDER[4]]


def _arc_page(u, title: str, main: str, head: str = "", page_type: str = "article") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}'
            f'<meta property="og:site_name" content="{ARC_SITE}"><meta name="twitter:site" content="@mbgazette">'
            f'<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{{}};'
            f'Fusion.arcSite="millbrook";Fusion.deployment="412";Fusion.pageType="{page_type}";</script>'
            f'<link rel="stylesheet" href="/pf/dist/components/combinations/default.css?d=412"></head><body>'
            f'<div id="fusion-app" class="layout-section"><header class="b-header-nav-chain"><div '
            f'class="b-header-nav-chain__top-layout"><a href="{u("/")}" class="b-header-nav-chain__logo" '
            f'aria-label="{ARC_SITE} home">{ARC_SITE}</a><nav class="b-header-nav-chain__nav" aria-label="Sections">'
            f'<a href="{u("/news/local/")}">Local News</a><a href="{u("/topics/libraries/")}">Libraries</a>'
            f'<a href="{u("/search/?query=library")}">Search</a></nav><a href="https://subscribe.example.net/'
            f'millbrook" class="c-button">Subscribe</a></div></header><main class="b-single-column-regular__main">'
            f'{main}</main><footer class="b-footer"><p>© 2024 {ARC_SITE}. All rights reserved.</p><p>'
            f'<a href="https://www.arcxp.com">Powered by Arc XP</a></p></footer></div>'
            f'<div id="onetrust-banner-sdk" role="alertdialog"><p id="onetrust-policy-text">We and our partners use '
            f'cookies to personalize content and ads.</p><button id="onetrust-accept-btn-handler">Accept All Cookies'
            f'</button></div></body></html>')


def _arc_cards(u, paths: list[str]) -> str:
    return "".join(f'<div class="b-results-list__item"><h2 class="c-heading"><a href="{u(p)}">'
                   f'{esc(WORKS[ARC + p].title)}</a></h2><p class="c-paragraph">{cut(WORKS[ARC + p].paras[0], 160)}'
                   f'</p><span class="c-date">{_long(WORKS[ARC + p].date)}</span></div>' for p in paths)


def gazette(url) -> list[Doc]:
    def u(p):
        return url(ARC, p)

    docs = []
    for p in ARC_ORDER:
        w = WORKS[ARC + p]
        section = p.split("/")[1:3] if p.startswith("/news/") else p.split("/")[1:2]
        byline = (f'<a href="{u("/people/dana-whitfield/")}">{esc(w.author)}</a>' if w.author == "Dana Whitfield"
                  else esc(w.author))
        related = ""
        if p == ARC_ORDER[3]:
            related = (f'<aside class="b-related"><h3>Related</h3><a href="{u(ARC_SOFT404)}">Library to expand '
                       f'summer hours at three branches</a></aside>')
        head = (f'<meta name="description" content="{esc(w.paras[0][:160])}"><link rel="canonical" href="{u(p)}">'
                f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(w.title)}">'
                f'<meta property="og:url" content="{u(p)}"><meta property="article:published_time" '
                f'content="{w.date}T10:00:00Z"><meta property="article:section" content="{"/".join(section)}">'
                f'<meta name="author" content="{esc(w.author)}">'
                + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": w.title,
                       "datePublished": w.date + "T10:00:00Z", "author": [{"@type": "Person", "name": w.author}],
                       "publisher": {"@type": "NewsMediaOrganization", "name": ARC_SITE},
                       "mainEntityOfPage": {"@type": "WebPage", "@id": u(p)}}))
        main = (f'<article class="b-article-body"><div class="c-overline">{esc(section[-1].title())}</div>'
                f'<h1 class="b-headline">{esc(w.title)}</h1><div class="b-byline">By {byline}</div>'
                f'<time class="b-date" datetime="{w.date}T10:00:00Z">{_long(w.date)}</time>'
                + ps(w.paras, "p", ' class="c-paragraph"')
                + (f'<div class="c-tags"><a href="{u("/topics/libraries/")}">Libraries</a></div>' if p in ARC_LIB
                   else "")
                + f'</article>{related}<div class="b-newsletter-signup"><h3>Get the morning briefing</h3>'
                  f'<input type="email" placeholder="Email"><button>Sign up</button></div>')
        docs.append(_doc(ARC, p, _arc_page(u, f"{w.title} - {ARC_SITE}", main, head)))
    docs.append(_doc(ARC, "/", _arc_page(u, f"{ARC_SITE} | Millbrook County news, sports and weather",
                                         f'<section class="b-top-table-list"><h2>Top stories</h2>'
                                         f'{_arc_cards(u, ARC_ORDER)}</section>', page_type="homepage")))
    docs.append(_doc(ARC, "/news/local/", _arc_page(
        u, f"Local News - {ARC_SITE}", f'<h1 class="b-section-title">Local News</h1>'
                                       f'{_arc_cards(u, [p for p in ARC_ORDER if p.startswith("/news/local/")])}',
        page_type="section")))
    docs.append(_doc(ARC, "/topics/libraries/", _arc_page(u, f"Libraries - {ARC_SITE}",
                                                          f'<h1 class="b-tag-title">Libraries</h1>'
                                                          f'{_arc_cards(u, ARC_LIB)}', page_type="tag")))
    dana = [p for p in ARC_ORDER if WORKS[ARC + p].author == "Dana Whitfield"]
    docs.append(_doc(ARC, "/people/dana-whitfield/", _arc_page(
        u, f"Dana Whitfield - {ARC_SITE}", f'<div class="b-full-author-bio"><h1>Dana Whitfield</h1><p>Dana Whitfield '
                                           f'covers county government, schools and libraries for the Gazette.</p>'
                                           f'</div>{_arc_cards(u, dana)}',
        page_type="author")))
    docs.append(_doc(ARC, "/search/?query=library", _arc_page(
        u, f"Search - {ARC_SITE}", f'<h1>Search results for "library"</h1>{_arc_cards(u, ARC_LIB)}',
        page_type="search")))
    docs.append(_doc(ARC, ARC_SOFT404, _arc_page(
        u, f"Page not found - {ARC_SITE}", f'<div class="b-error"><h1>Page not found</h1><p>We\'re sorry, the page '
                                           f'you requested could not be found. It may have moved or expired.</p>'
                                           f'<p><a href="{u("/")}">Go to the homepage</a></p></div>',
        page_type="404")))
    return docs


# --- shelftalk.example: Podbean ---------------------------------------------------------------------------------

PB_SHOW = "Shelf Talk: Conversations for New Librarians"
PB_ORDER = ["/e/ep-41-mentoring-across-time-zones/", "/e/ep-40-negotiating-your-first-salary/",
            "/e/ep-39-reverse-mentoring/", "/e/ep-38-listener-mailbag/", "/e/ep-37-pln-solo-librarian/"]
PB_CAREER = ["/e/ep-41-mentoring-across-time-zones/", "/e/ep-40-negotiating-your-first-salary/",
             "/e/ep-39-reverse-mentoring/", "/e/ep-37-pln-solo-librarian/"]


def _pb_page(u, title: str, main: str, head: str = "") -> str:
    eps = "".join(f'<li><a href="{u(p)}">{esc(WORKS[PODBEAN + p].title)}</a></li>' for p in PB_ORDER[:4])
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}'
            f'<link rel="alternate" type="application/rss+xml" title="{esc(PB_SHOW)}" '
            f'href="https://feed.podbean.com/shelftalk/feed.xml"><link rel="stylesheet" '
            f'href="https://pbcdn1.podbean.com/fs1/site/css/theme-default.css"></head><body class="theme-default">'
            f'<div class="header"><div class="container"><a class="logo" href="{u("/")}">{esc(PB_SHOW)}</a>'
            f'<ul class="nav"><li><a href="{u("/")}">Home</a></li><li><a href="{u("/category/career/")}">Career</a>'
            f'</li></ul></div></div><div class="main-content container"><div class="row"><div class="col-md-8 '
            f'left-content">{main}</div><div class="col-md-4 right-content"><div class="widget recent-episodes">'
            f'<h4>Recent Episodes</h4><ul>{eps}</ul></div><div class="widget"><h4>Subscribe</h4><a '
            f'href="https://podcasts.apple.com/podcast/id1599999999">Apple Podcasts</a></div></div></div></div>'
            f'<div class="footer"><p>Podcast Powered By <a href="https://www.podbean.com">Podbean</a></p></div>'
            f'</body></html>')


def _pb_items(u, paths: list[str]) -> str:
    return "".join(f'<div class="entry"><h2 class="entry-title"><a href="{u(p)}">{esc(WORKS[PODBEAN + p].title)}'
                   f'</a></h2><span class="day">{_long(WORKS[PODBEAN + p].date)}</span><div class="entry-content"><p>'
                   f'{cut(WORKS[PODBEAN + p].paras[0], 200)}</p></div><a class="more" href="{u(p)}">Read more</a>'
                   f'</div>' for p in paths)


def shelftalk(url) -> list[Doc]:
    def u(p):
        return url(PODBEAN, p)

    docs = []
    for n, p in enumerate(PB_ORDER):
        w = WORKS[PODBEAN + p]
        slug = p.strip("/").split("/")[1]
        cat = (f'<a href="{u("/category/career/")}">Career</a>' if p in PB_CAREER else "Uncategorized")
        head = (f'<meta name="description" content="{esc(w.paras[0][:160])}"><meta property="og:type" '
                f'content="music.song"><meta property="og:title" content="{esc(w.title)}"><meta property="og:url" '
                f'content="{u(p)}"><meta property="og:description" content="{esc(w.paras[0][:200])}">'
                f'<meta property="og:audio" content="https://mcdn.podbean.com/mf/web/sh{41 - n}/{slug}.mp3">'
                f'<meta name="twitter:card" content="player">'
                + _ld({"@context": "https://schema.org", "@type": "PodcastEpisode", "name": w.title,
                       "datePublished": w.date, "url": u(p), "description": w.paras[0],
                       "partOfSeries": {"@type": "PodcastSeries", "name": PB_SHOW, "url": u("/")}}))
        main = (f'<div class="entry single"><h2 class="entry-title">{esc(w.title)}</h2><span class="day">'
                f'{_long(w.date)}</span><div class="podPress_content"><iframe title="{esc(w.title)}" '
                f'height="150" width="100%" src="https://www.podbean.com/player-v2/?i=sh{41 - n}-{slug}"></iframe>'
                f'</div><div class="entry-content">{ps(w.paras)}</div><div class="cat-tag">Category: {cat}</div>'
                f'<div class="download"><a href="https://mcdn.podbean.com/mf/web/sh{41 - n}/{slug}.mp3">'
                f'Download</a></div><div class="comments"><h3>Comments (0)</h3><p>To leave or reply to comments, '
                f'please download free Podbean App.</p></div></div>')
        docs.append(_doc(PODBEAN, p, _pb_page(u, f"{w.title} | {PB_SHOW}", main, head)))
    docs.append(_doc(PODBEAN, "/", _pb_page(u, PB_SHOW, _pb_items(u, PB_ORDER[:3])
                                            + f'<div class="pagination"><a href="{u("/page/2/")}">Older Episodes'
                                              f'</a></div>')))
    docs.append(_doc(PODBEAN, "/page/2/", _pb_page(u, f"{PB_SHOW} | Page 2", _pb_items(u, PB_ORDER[3:])
                                                   + f'<div class="pagination"><a href="{u("/")}">Newer Episodes'
                                                     f'</a></div>')))
    docs.append(_doc(PODBEAN, "/category/career/", _pb_page(u, f"Career | {PB_SHOW}",
                                                            '<h1 class="category-title">Category: Career</h1>'
                                                            + _pb_items(u, PB_CAREER))))
    return docs


# --- tix.example: Eventbrite ------------------------------------------------------------------------------------

EVB_ORG = "/o/midwest-archives-collective-61234567890"
EVB_ORDER = ["/e/mentoring-circles-for-new-archivists-tickets-812345670011",
             "/e/libchat-live-mentor-speed-networking-tickets-812345670022",
             "/e/storytime-training-for-volunteers-tickets-812345670033",
             "/e/library-career-day-meet-mentors-tickets-812345670044"]
EVB_WHERE = {EVB_ORDER[0]: "Online", EVB_ORDER[1]: "Online", EVB_ORDER[2]: "Millbrook Main Library",
             EVB_ORDER[3]: "Capitol City Central Library"}


def _evb_page(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="initial-scale=1, width=device-width">{head}'
            f'<meta property="og:site_name" content="Eventbrite"><meta name="twitter:site" content="@eventbrite">'
            f'</head><body><div id="root"><header class="consumer-header" data-testid="global-header">'
            f'<a href="{u("/")}" class="consumer-header__logo" aria-label="Eventbrite home">Eventbrite</a>'
            f'<form action="{u("/d/online/library-mentoring/")}"><input aria-label="Search events"></form>'
            f'<a href="https://www.eventbrite.com/signin/" rel="nofollow">Log In</a></header>'
            f'<main class="eds-structure__main">{main}</main><footer class="eds-global-footer"><p>© 2024 Eventbrite'
            f'</p><a href="{u("/d/online/library-mentoring/")}">Online library mentoring events</a></footer>'
            f'<div id="consent-banner" role="dialog"><p>Eventbrite uses cookies to give you the best experience.</p>'
            f'<button>Accept cookies</button></div></div></body></html>')


def _evb_cards(u, paths: list[str]) -> str:
    return "".join(f'<div class="event-card"><a href="{u(p)}" class="event-card-link"><h3>{esc(WORKS[EVB + p].title)}'
                   f'</h3></a><p>{_long(WORKS[EVB + p].date)} &middot; {EVB_WHERE[p]}</p><p>Free</p></div>'
                   for p in paths)


def tix(url) -> list[Doc]:
    def u(p):
        return url(EVB, p)

    docs = []
    for p in EVB_ORDER:
        w = WORKS[EVB + p]
        online = EVB_WHERE[p] == "Online"
        org = (f'<a href="{u(EVB_ORG)}" class="organizer-name">{esc(w.author)}</a>' if p == EVB_ORDER[0]
               else f'<span class="organizer-name">{esc(w.author)}</span>')
        event = {"@context": "https://schema.org", "@type": "EducationEvent", "name": w.title,
                 "startDate": w.date + "T18:00:00-05:00", "endDate": w.date + "T19:30:00-05:00",
                 "eventAttendanceMode": "https://schema.org/" + ("Online" if online else "Offline")
                                        + "EventAttendanceMode",
                 "location": ({"@type": "VirtualLocation", "url": u(p)} if online else
                              {"@type": "Place", "name": EVB_WHERE[p]}),
                 "organizer": {"@type": "Organization", "name": w.author},
                 "offers": {"@type": "Offer", "price": "0.00", "priceCurrency": "USD", "url": u(p)},
                 "description": w.paras[0], "url": u(p)}
        head = (f'<meta name="description" content="{esc(w.paras[0][:160])}"><link rel="canonical" href="{u(p)}">'
                f'<meta property="og:type" content="events.event"><meta property="og:title" content="{esc(w.title)}">'
                f'<meta property="og:url" content="{u(p)}"><meta property="og:description" '
                f'content="{esc(w.paras[0][:200])}">{_ld(event)}')
        main = (f'<div class="event-details"><time class="start-date">{_long(w.date)}</time>'
                f'<h1 class="event-title css-0">{esc(w.title)}</h1><div class="organizer-listing-info">By {org}'
                f'</div><section class="date-info"><h2>Date and time</h2><p>{_long(w.date)} &middot; 6 - 7:30pm '
                f'CDT</p></section><section class="location-info"><h2>Location</h2><p>{esc(EVB_WHERE[p])}</p>'
                f'</section><section class="event-description"><h2>About this event</h2>'
                f'<div class="has-user-generated-content">{ps(w.paras)}</div></section>'
                f'<div class="conversion-bar"><span>Free</span><button class="eds-btn">Get tickets</button></div>'
                f'<section class="more-events"><h2>More events</h2>'
                f'{_evb_cards(u, [q for q in EVB_ORDER if q != p][:2])}</section></div>')
        docs.append(_doc(EVB, p, _evb_page(u, f"{w.title} Tickets | Eventbrite", main, head)))
    docs.append(_doc(EVB, "/", _evb_page(u, "Eventbrite - Discover the Best Local Events & Things to Do",
                                         f"<h1>Find your next event</h1><section><h2>Events for you</h2>"
                                         f"{_evb_cards(u, EVB_ORDER)}</section><p><a href=\"{u(EVB_ORG)}\">Midwest "
                                         f"Archives Collective</a></p>")))
    docs.append(_doc(EVB, EVB_ORG, _evb_page(u, "Midwest Archives Collective Events | Eventbrite",
                                             '<div class="organizer-profile"><h1>Midwest Archives Collective</h1>'
                                             '<p>312 followers &middot; 14 events</p><p>A volunteer network of '
                                             'archivists in the upper Midwest.</p><button>Follow</button></div>'
                                             f'<h2>Upcoming events</h2>{_evb_cards(u, EVB_ORDER[:1])}')))
    docs.append(_doc(EVB, "/d/online/library-mentoring/", _evb_page(
        u, "Library Mentoring Events | Eventbrite", f'<h1>Online library mentoring events</h1>'
                                                    f'{_evb_cards(u, [EVB_ORDER[0], EVB_ORDER[1], EVB_ORDER[3]])}')))
    return docs


# --- cohortdocs.example: Sphinx, sphinx_rtd_theme, Read the Docs --------------------------------------------------

SX_PROJECT = "Peer Mentoring Cohort Handbook"
SX_PAGES = ["overview.html", "matching.html", "slack.html", "conduct.html", "accessibility.html"]
SX_BASE = "/en/latest/"


def _sx_page(u, path: str, title: str, body: str, prefix: str = "") -> str:
    toc = "".join(f'<li class="toctree-l1{" current" if SX_BASE + p == path else ""}"><a class="reference internal" '
                  f'href="{prefix}{p}">{esc(WORKS[SPHINX + SX_BASE + p].title)}</a></li>' for p in SX_PAGES)
    return (f'<!DOCTYPE html><html class="writer-html5" lang="en" data-content_root="./"><head>'
            f'<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">'
            f'<title>{esc(title)} &mdash; {SX_PROJECT} 2024.1 documentation</title>'
            f'<link rel="stylesheet" type="text/css" href="{prefix}_static/css/theme.css?v=19f00094">'
            f'<link rel="canonical" href="{u(path)}"><link rel="index" title="Index" href="{prefix}genindex.html">'
            f'<link rel="search" title="Search" href="{prefix}search.html">'
            f'<meta name="readthedocs-project-slug" content="cohortdocs"><meta name="readthedocs-version-slug" '
            f'content="latest"><meta name="readthedocs-resolver-filename" content="{path[len(SX_BASE) - 1:]}">'
            f'<script async type="text/javascript" src="/_/static/javascript/readthedocs-addons.js"></script>'
            f'</head><body class="wy-body-for-nav"><div class="wy-grid-for-nav"><nav data-toggle="wy-nav-shift" '
            f'class="wy-nav-side"><div class="wy-side-scroll"><div class="wy-side-nav-search">'
            f'<a href="{prefix}index.html" class="icon icon-home">{SX_PROJECT}</a><div role="search">'
            f'<form id="rtd-search-form" class="wy-form" action="{prefix}search.html" method="get">'
            f'<input type="text" name="q" placeholder="Search docs"></form></div></div>'
            f'<div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">'
            f'<p class="caption" role="heading"><span class="caption-text">Handbook</span></p><ul>{toc}'
            f'<li class="toctree-l1"><a class="reference internal" href="{prefix}contact.html">Contact</a></li></ul>'
            f'</div></div></nav><section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><div '
            f'class="wy-nav-content"><div class="rst-content"><div role="navigation" aria-label="Page navigation">'
            f'<ul class="wy-breadcrumbs"><li><a href="{prefix}index.html" class="icon icon-home" '
            f'aria-label="Home"></a></li><li class="breadcrumb-item active">{esc(title)}</li></ul><hr></div>'
            f'<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article">'
            f'<div itemprop="articleBody">{body}</div></div><footer><hr><div role="contentinfo"><p>&#169; '
            f'Copyright 2024, Tri-County Library Consortium.</p></div>Built with <a href="https://www.sphinx-doc.org/">'
            f'Sphinx</a> using a <a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a> provided by '
            f'<a href="https://readthedocs.org">Read the Docs</a>.</footer></div></div></section></div></body></html>')


def cohortdocs(url) -> list[Doc]:
    def u(p):
        return url(SPHINX, p)

    docs = []
    for p in SX_PAGES:
        w = WORKS[SPHINX + SX_BASE + p]
        slug = p[:-5]
        body = (f'<section id="{slug}"><h1>{esc(w.title)}<a class="headerlink" href="#{slug}" title="Link to this '
                f'heading">¶</a></h1>{ps(w.paras)}</section>')
        if p == "matching.html":
            body += ('<div class="admonition seealso"><p class="admonition-title">See also</p><p>'
                     '<a class="reference internal" href="faq/discord-setup.html">Setting up Discord</a></p></div>')
        docs.append(_doc(SPHINX, SX_BASE + p, _sx_page(u, SX_BASE + p, w.title, body)))
    toc = "".join(f'<li class="toctree-l1"><a class="reference internal" href="{p}">'
                  f'{esc(WORKS[SPHINX + SX_BASE + p].title)}</a></li>' for p in SX_PAGES)
    docs.append(_doc(SPHINX, SX_BASE + "index.html", _sx_page(
        u, SX_BASE + "index.html", SX_PROJECT,
        f'<section id="peer-mentoring-cohort-handbook"><h1>{SX_PROJECT}</h1><p>The handbook '
                                f'of the Tri-County Library Consortium\'s peer mentoring cohort.</p>'
                                f'<div class="toctree-wrapper compound"><ul>{toc}</ul></div><section id="indices">'
                                f'<h2>Indices</h2><ul><li><p><a class="reference internal" href="genindex.html">'
                                f'<span class="std std-ref">Index</span></a></p></li><li><p><a class="reference '
                                f'internal" href="search.html"><span class="std std-ref">Search Page</span></a></p>'
                                f'</li></ul></section></section>')))
    entries = "".join(f'<li><a href="{p}#{p[:-5]}">{esc(WORKS[SPHINX + SX_BASE + p].title.lower())}</a></li>'
                      for p in SX_PAGES)
    docs.append(_doc(SPHINX, SX_BASE + "genindex.html", _sx_page(
        u, SX_BASE + "genindex.html", "Index", f'<h1 id="index">Index</h1><table class="indextable genindextable">'
                                               f'<tr><td><ul>{entries}</ul></td></tr></table>')))
    docs.append(_doc(SPHINX, SX_BASE + "search.html", _sx_page(
        u, SX_BASE + "search.html", "Search", '<noscript><div id="fallback" class="admonition warning"><p>Please '
                                              'activate JavaScript to enable the search functionality.</p></div>'
                                              '</noscript><div id="search-results"></div>')))
    docs.append(_doc(SPHINX, SX_BASE + "contact.html", _sx_page(
        u, SX_BASE + "contact.html", "Contact", '<section id="contact"><h1>Contact</h1><p>Program coordinators: '
                                                'write to the consortium office, or post in the #coordinators '
                                                'channel.</p><p>Mailing address: Tri-County Library Consortium, 210 '
                                                'Main Street, Millbrook.</p></section>')))
    notfound = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Maze Found</title>'
                f'<meta name="robots" content="noindex"></head><body><div class="wrapper"><h1>404</h1>'
                f'<h2>Maze Found</h2><p>You found the maze! Sorry, the page you requested does not exist.</p>'
                f'<p><a href="{u(SX_BASE + "index.html")}">Return to the documentation</a></p>'
                f'<p class="powered">Hosted by '
                f'<a href="https://readthedocs.org">Read the Docs</a></p></div></body></html>')
    docs.append(_doc(SPHINX, SX_BASE + "faq/discord-setup.html", notfound, status=404))
    return docs


def build(url: Callable[[str, str], str]) -> list[Doc]:
    return (riverbend(url) + libfolk(url) + fedilib(url) + lisforum(url) + datashare(url) + revistabib(url)
            + gazette(url) + shelftalk(url) + tix(url) + cohortdocs(url))


class LabelledWeb9(ServedWeb):
    """Web 9 (see the module docstring)."""

    HOSTS = HOSTS
    START = START
    FIRST_ADDRESS = 220
    build = staticmethod(build)
