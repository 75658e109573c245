"""Web 17: 109 pages on ten hosts, built from the labels and texts of
:mod:`tests.labelled_text17` (committed before this module was written),
each label exactly once, in the reduced markup of ten platforms no earlier
web used: WordPress with the Soledad theme (All in One SEO's JSON-LD) and
with Flatsome, a Discuz! X3.4 forum (rewritten ``thread-N-1-1.html`` URLs,
a soft 404 notice), an IEEE Xplore-like digital library
(``xplGlobal.document.metadata``), an Issuu-like document host, kbin, a
podcast on Podomatic, Ghost's Edition theme (a real 404), Hugo Blox
(Wowchemy's academic pages, ``citation_*`` on publications, a PDF of
slides) and Jekyll Now (a real 404)::

    with LabelledWeb17() as web:
        web.seeds, web.hosts_env, web.labels
"""

from __future__ import annotations

import json
import zlib
from datetime import date
from typing import Callable

from tests.labelled_text17 import (BLOX, DISCUZ, EDITION, FLATSOME, HOSTS, ISSUU, JEKYLLNOW, KBIN, OTHER, PODOMATIC,
                                   SOLEDAD, WORKS, XPLORE, Work)
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

_KINDS = {(h, p): k for h, p, k in OTHER}


def page(host: str, path: str, body: str, status: int = 200) -> Doc:
    """A page that is not a work, labelled as ``OTHER`` says."""
    return Doc(host, path, _KINDS[(host, path)], 0, body.encode("utf-8"), status=status)


def work(w: Work, body: str | bytes, content_type: str = "text/html; charset=utf-8") -> Doc:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return Doc(w.host, w.path, w.kind, w.grade, data, content_type=content_type)


def on_host(host: str) -> list[Work]:
    """The host's works, newest first."""
    return sorted((w for w in WORKS.values() if w.host == host), key=lambda w: w.date, reverse=True)


def long_date(d: str) -> str:
    return date.fromisoformat(d).strftime("%B %-d, %Y")


def short_date(d: str) -> str:
    return date.fromisoformat(d).strftime("%b %-d, %Y")


def post_id(w: Work) -> int:
    return zlib.crc32(w.path.encode()) % 9000 + 1000


def words(w: Work) -> int:
    return len(" ".join(w.paras).split())


def wrapped(paras, width: int = 88) -> list[str]:
    """A PDF's lines: ``paras`` wrapped at words within ``width`` characters, a blank line after each."""
    import textwrap
    return [line for p in paras for line in textwrap.wrap(p, width) + [""]]


# --- shelfnotes.example: WordPress, Soledad theme, All in One SEO -----------------------------------------------

SOL_SITE = "Shelf Notes"
SOL_CATS = {"listserv": ["mentoring"], "passing-it-on": ["mentoring", "retirement"], "garden": ["retirement"],
            "reunion": ["retirement"], "left-twitter": ["mentoring"], "book-club": ["retirement"]}
SOL_TAGS = {"listserv": ["twitter", "mailing lists"], "left-twitter": ["twitter", "mastodon"],
            "passing-it-on": ["volunteering"]}


def _sol_head(title: str, url: str, og_type: str, graph: list, extra: str = "") -> str:
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph})
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">'
            f'<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, '
            f'initial-scale=1"><title>{esc(title)}</title>'
            f'<!-- All in One SEO 4.5.3.1 - aioseo.com --><meta name="robots" content="max-image-preview:large">'
            f'<link rel="canonical" href="{esc(url)}"><meta name="generator" content="All in One SEO (AIOSEO) 4.5.3.1">'
            f'<meta property="og:locale" content="en_US"><meta property="og:site_name" content="{SOL_SITE}">'
            f'<meta property="og:type" content="{og_type}"><meta property="og:title" content="{esc(title)}">'
            f'<meta property="og:url" content="{esc(url)}">{extra}'
            f'<script type="application/ld+json" class="aioseo-schema">{ld}</script>'
            f'<!-- All in One SEO -->'
            f'<link rel="stylesheet" id="penci-soledad-parent-style-css" href="/wp-content/themes/soledad/style.css">'
            f'<meta name="generator" content="WordPress 6.4.2"><meta name="generator" content="Soledad 8.4.5">'
            f"</head>")


def _sol_chrome(u, body_class: str, main: str, sidebar: bool = True) -> str:
    recent = "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in on_host(SOLEDAD)[:4])
    side = (f'<div id="sidebar" class="penci-sidebar-right penci-sidebar-content style-1 pcalign-center">'
            f'<div class="theiaStickySidebar"><aside id="penci_about_widget-2" class="widget penci_about_widget">'
            f'<h3 class="widget-title penci-border-arrow"><span class="inner-arrow">About Me</span></h3>'
            f'<div class="about-widget pc_aligncenter"><p>Forty years behind reference desks, now behind a '
            f'garden fence. <a href="{u("/about-me/")}">More about me</a></p></div></aside>'
            f'<aside id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title '
            f'penci-border-arrow"><span class="inner-arrow">Recent Posts</span></h3><ul>{recent}</ul></aside>'
            f'<aside id="categories-2" class="widget widget_categories"><h3 class="widget-title penci-border-arrow">'
            f'<span class="inner-arrow">Categories</span></h3><ul><li class="cat-item cat-item-5">'
            f'<a href="{u("/category/mentoring/")}">Mentoring</a></li><li class="cat-item cat-item-6">'
            f'<a href="{u("/category/retirement/")}">Retirement</a></li></ul></aside></div></div>') if sidebar else ""
    return (f'<body class="{body_class} soledad-ver-8-4-5 pclight-mode pcmn-drdw-style-slide_down">'
            f'<div class="wrapper-boxed header-style-header-1"><div class="penci-header-wrap">'
            f'<header id="header" class="header-header-1 has-bottom-line" itemscope '
            f'itemtype="https://schema.org/WPHeader"><div class="inner-header penci-header-second">'
            f'<div class="container"><div id="logo"><h2><a href="{u("/")}">{SOL_SITE}</a></h2></div>'
            f'<div class="header-slogan"><div class="header-slogan-text">Notes from a retired reference librarian'
            f'</div></div></div></div>'
            f'<nav id="navigation" class="header-layout-bottom header-1 menu-style-1" role="navigation" itemscope '
            f'itemtype="https://schema.org/SiteNavigationElement"><div class="container"><ul id="menu-main" '
            f'class="menu"><li class="menu-item"><a href="{u("/")}">Home</a></li>'
            f'<li class="menu-item"><a href="{u("/category/mentoring/")}">Mentoring</a></li>'
            f'<li class="menu-item"><a href="{u("/category/retirement/")}">Retirement</a></li>'
            f'<li class="menu-item"><a href="{u("/about-me/")}">About Me</a></li>'
            f'<li class="menu-item"><a href="{u("/contact/")}">Contact</a></li></ul>'
            f'<div id="top-search" class="penci-top-search pcheader-icon top-search-classes"><div class="show-search">'
            f'<form role="search" method="get" class="pc-searchform" action="{u("/")}"><input type="text" '
            f'class="search-input" placeholder="Type and hit enter..." name="s"></form></div></div></div></nav>'
            f'</header></div><div class="container container-single-page penci_sidebar right-sidebar">'
            f'<div id="main" class="penci-main-sticky-sidebar"><div class="theiaStickySidebar">{main}</div></div>'
            f'{side}</div><footer id="footer-section" class="penci-footer-social-media"><div class="container">'
            f'<div class="footer-socials-section"><ul class="footer-socials"><li><a href="https://mastodon.example/'
            f'@shelfnotes" rel="me noopener" target="_blank"><span class="footer-socials-text">Mastodon</span></a>'
            f'</li></ul></div><div id="footer-copyright"><p>&copy; 2024 {SOL_SITE}. Theme: Soledad by PenciDesign.'
            f'</p></div></div></footer></div></body></html>')


def _sol_key(w: Work) -> str:
    return next(k for k, v in WORKS.items() if v is w)


def sol_post(w: Work, u, also: list[tuple[str, str]]) -> Doc:
    url = u(w.path)
    key = _sol_key(w)
    cats = SOL_CATS[key]
    graph = [{"@type": "BlogPosting", "@id": url + "#blogposting", "name": w.title, "headline": w.title,
              "author": {"@id": u("/author/margaret/") + "#author"}, "publisher": {"@id": u("/") + "#person"},
              "datePublished": w.date + "T08:30:00+00:00", "dateModified": w.date + "T08:30:00+00:00",
              "inLanguage": "en-US", "mainEntityOfPage": {"@id": url + "#webpage"},
              "articleSection": ", ".join(c.title() for c in cats)},
             {"@type": "Person", "@id": u("/author/margaret/") + "#author", "url": u("/author/margaret/"),
              "name": w.author},
             {"@type": "WebPage", "@id": url + "#webpage", "url": url, "name": f"{w.title} - {SOL_SITE}"},
             {"@type": "WebSite", "@id": u("/") + "#website", "url": u("/"), "name": SOL_SITE}]
    cat_links = ", ".join(f'<a class="penci-cat-name penci-cat-{5 + i}" href="{u(f"/category/{c}/")}" '
                          f'rel="category tag"><span>{c.title()}</span></a>' for i, c in enumerate(cats))
    tags = "".join(f'<a href="{u("/tag/twitter/")}" rel="tag">{t}</a>' if t == "twitter" else ""
                   for t in SOL_TAGS.get(key, []))
    extra_p = "".join(f'<p>A reader pointed me to <a href="{h}">{esc(t)}</a>, which is worth your time.</p>'
                      for h, t in also)
    body = (f'<article id="post-{post_id(w)}" class="post type-post status-publish format-standard hentry">'
            f'<div class="header-standard header-classic single-header"><div class="penci-standard-cat"><span '
            f'class="cat">{cat_links}</span></div><h1 class="post-title single-post-title entry-title">'
            f'{esc(w.title)}</h1><div class="penci-hide-tagupdated"><span class="author-italic author vcard">by '
            f'<a class="author-url url fn n" href="{u("/author/margaret/")}">{esc(w.author)}</a></span>'
            f'<time class="entry-date updated" datetime="{w.date}T08:30:00+00:00">{long_date(w.date)}</time></div>'
            f'<div class="post-box-meta-single"><span class="author-post byline"><span class="author vcard">written '
            f'by <a class="author-url url fn n" href="{u("/author/margaret/")}">{esc(w.author)}</a></span></span>'
            f'<span><time class="entry-date published" datetime="{w.date}T08:30:00+00:00">{long_date(w.date)}'
            f'</time></span></div></div><div class="post-entry blockquote-style-1"><div class="inner-post-entry '
            f'entry-content" id="penci-post-entry-inner">{ps(w.paras)}{extra_p}</div></div>'
            + (f'<div class="post-tags">{tags}</div>' if tags else "")
            + f'<div class="tags-share-box hide-tags page-share has-line"><div class="post-share"><span '
              f'class="post-share-item post-share-plike"></span><a class="post-share-item post-share-facebook" '
              f'target="_blank" rel="noopener" href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}">'
              f'Share</a></div></div>'
              f'<div class="post-author"><div class="author-img"></div><div class="author-content"><h5><a href="'
              f'{u("/author/margaret/")}" class="author-url url fn n">{esc(w.author)}</a></h5><p>Retired reference '
              f'librarian, gardener, occasional choir alto.</p></div></div></article>')
    head = _sol_head(f"{w.title} - {SOL_SITE}", url, "article", graph,
                     f'<meta property="article:published_time" content="{w.date}T08:30:00+00:00">'
                     f'<meta property="article:section" content="{cats[0].title()}">')
    return work(w, head + _sol_chrome(u, f"post-template-default single single-post postid-{post_id(w)}", body))


def _sol_list(ws: list[Work], u) -> str:
    items = []
    for w in ws:
        c = SOL_CATS[_sol_key(w)][0]
        items.append(f'<li class="list-post penci-item-listp"><article id="post-{post_id(w)}" class="item hentry">'
                     f'<div class="thumbnail"><a class="penci-image-holder penci-lazy" href="{u(w.path)}" '
                     f'title="{esc(w.title)}"></a></div><div class="content-list-right content-list-center">'
                     f'<div class="header-list-style"><span class="cat"><a class="penci-cat-name" href="'
                     f'{u(f"/category/{c}/")}" rel="category tag">{c.title()}</a></span><h2 class="penci-entry-title '
                     f'entry-title grid-title"><a href="{u(w.path)}">{esc(w.title)}</a></h2><div class="grid-post-box-'
                     f'meta"><span class="otherl-date"><time class="entry-date published" datetime="{w.date}">'
                     f'{long_date(w.date)}</time></span></div></div><div class="item-content entry-content"><p>'
                     f'{cut(w.paras[0], 180)}</p></div><div class="penci-readmore-btn"><a class="penci-btn-readmore" '
                     f'href="{u(w.path)}">Continue Reading</a></div></div></article></li>')
    return f'<ul class="penci-wrapper-data penci-grid penci-shortcode-render">{"".join(items)}</ul>'


def _sol_listing(path: str, title: str, heading: str, ws: list[Work], u, body_class: str, schema: str,
                 pager: str = "") -> Doc:
    url = u(path)
    graph = [{"@type": schema, "@id": url + "#" + schema.lower(), "url": url, "name": title},
             {"@type": "WebSite", "@id": u("/") + "#website", "url": u("/"), "name": SOL_SITE}]
    box = f'<div class="archive-box"><div class="title-bar">{heading}</div></div>' if heading else ""
    return page(SOLEDAD, path, _sol_head(title, url, "website", graph, '<meta name="robots" content="noindex">'
                                         if schema == "SearchResultsPage" else "")
                + _sol_chrome(u, body_class, box + _sol_list(ws, u) + pager))


def _sol_page(path: str, title: str, text: str, u, schema: str) -> Doc:
    url = u(path)
    graph = [{"@type": schema, "@id": url + "#webpage", "url": url, "name": f"{title} - {SOL_SITE}"},
             {"@type": "WebSite", "@id": u("/") + "#website", "url": u("/"), "name": SOL_SITE}]
    body = (f'<article class="post type-page status-publish hentry"><div class="header-standard header-classic '
            f'single-header"><h1 class="post-title single-post-title entry-title">{esc(title)}</h1></div>'
            f'<div class="post-entry blockquote-style-1"><div class="inner-post-entry entry-content">{text}</div>'
            f'</div></article>')
    return page(SOLEDAD, path, _sol_head(f"{title} - {SOL_SITE}", url, "article", graph)
                + _sol_chrome(u, "page-template-default page", body))


def soledad(u, also: dict[str, list[tuple[str, str]]]) -> list[Doc]:
    ws = on_host(SOLEDAD)
    docs = [sol_post(w, u, also.get(_sol_key(w), [])) for w in ws]

    def pager(n: int) -> str:
        if n == 1:
            return (f'<div class="penci-pagination"><ul class="page-numbers"><li><span aria-current="page" '
                    f'class="page-numbers current">1</span></li><li><a class="page-numbers" href="{u("/page/2/")}">2'
                    f'</a></li><li><a class="next page-numbers" href="{u("/page/2/")}">Next</a></li></ul></div>')
        return (f'<div class="penci-pagination"><ul class="page-numbers"><li><a class="prev page-numbers" '
                f'href="{u("/")}">Prev</a></li><li><a class="page-numbers" href="{u("/")}">1</a></li><li><span '
                f'aria-current="page" class="page-numbers current">2</span></li></ul></div>')

    def cat(c):
        return [w for w in ws if c in SOL_CATS[_sol_key(w)]]

    mentorish = [w for w in ws if _sol_key(w) in ("listserv", "passing-it-on", "left-twitter")]
    docs += [
        _sol_listing("/", SOL_SITE + " - Notes from a retired reference librarian", "", ws[:4], u,
                     "home blog", "CollectionPage", pager(1)),
        _sol_listing("/page/2/", f"{SOL_SITE} - Page 2", "", ws[4:], u, "home blog paged paged-2",
                     "CollectionPage", pager(2)),
        _sol_listing("/category/mentoring/", f"Mentoring Archives - {SOL_SITE}",
                     "<span>Category:</span><h1>Mentoring</h1>", cat("mentoring"), u,
                     "archive category category-mentoring category-5", "CollectionPage"),
        _sol_listing("/category/retirement/", f"Retirement Archives - {SOL_SITE}",
                     "<span>Category:</span><h1>Retirement</h1>", cat("retirement"), u,
                     "archive category category-retirement category-6", "CollectionPage"),
        _sol_listing("/tag/twitter/", f"twitter Archives - {SOL_SITE}", "<span>Tag:</span><h1>twitter</h1>",
                     [w for w in ws if "twitter" in SOL_TAGS.get(_sol_key(w), [])], u, "archive tag tag-twitter",
                     "CollectionPage"),
        _sol_listing("/?s=mentor", f"You searched for mentor - {SOL_SITE}",
                     "<span>Search results for</span><h1>mentor</h1>", mentorish, u, "search search-results",
                     "SearchResultsPage"),
        _sol_listing("/author/margaret/", f"Margaret Hollis, Author at {SOL_SITE}",
                     "<span>Author</span><h1>Margaret Hollis</h1>", ws, u, "archive author author-margaret",
                     "ProfilePage"),
        _sol_page("/about-me/", "About Me",
                  "<p>I was a reference librarian for forty-one years, the last twelve as head of a small college "
                  "library. I retired in 2023 and now write here about the garden, books, and now and then the "
                  "profession I still love. You can find everything I have written about helping newer colleagues "
                  f'in <a href="{u("/category/mentoring/")}">Mentoring</a>, or search for '
                  f'<a href="{u("/?s=mentor")}">mentor</a>.</p>', u, "AboutPage"),
        _sol_page("/contact/", "Contact",
                  "<p>Leave me a note below. I read everything, slowly.</p><div class=\"wpcf7\"><form "
                  "class=\"wpcf7-form\" method=\"post\"><p><label>Your name<input name=\"your-name\"></label></p>"
                  "<p><label>Your message<textarea name=\"your-message\"></textarea></label></p>"
                  "<p><input type=\"submit\" value=\"Send\"></p></form></div>", u, "ContactPage"),
    ]
    return docs


# --- catalogix.example: WordPress, Flatsome theme (UX Builder), Yoast ------------------------------------------

FS_SITE = "Catalogix"
FS_CATS = {"slack": ("Community", "community"), "webinar-recap": ("Webinars", "webinars"),
           "release-notes": ("Product News", "product-news"), "mentor-mode": ("Product News", "product-news"),
           "county-migration": ("Customer Stories", "customer-stories")}
FS_WEBINAR_TAGGED = ("webinar-recap", "slack", "mentor-mode")
PDF_KEY = "whitepaper"


def _fs_head(title: str, url: str, og_type: str, graph: list, extra: str = "") -> str:
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph})
    return (f'<!DOCTYPE html><html lang="en-US" class="loading-site no-js"><head><meta charset="UTF-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(title)}</title>'
            f'<!-- This site is optimized with the Yoast SEO plugin v21.7 - https://yoast.com/wordpress/plugins/seo/'
            f' --><link rel="canonical" href="{esc(url)}"><meta property="og:locale" content="en_US">'
            f'<meta property="og:type" content="{og_type}"><meta property="og:title" content="{esc(title)}">'
            f'<meta property="og:url" content="{esc(url)}"><meta property="og:site_name" content="{FS_SITE}">{extra}'
            f'<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>'
            f'<!-- / Yoast SEO plugin. --><link rel="stylesheet" id="flatsome-main-css" '
            f'href="/wp-content/themes/flatsome/assets/css/flatsome.css?ver=3.18.1" type="text/css" media="all">'
            f'<meta name="generator" content="WordPress 6.4.2"></head>')


def _fs_chrome(u, body_class: str, main: str) -> str:
    return (f'<body class="{body_class} theme-flatsome full-width lightbox nav-dropdown-has-arrow '
            f'nav-dropdown-has-shadow nav-dropdown-has-border"><a class="skip-link screen-reader-text" '
            f'href="#main">Skip to content</a><div id="wrapper"><header id="header" class="header has-sticky '
            f'sticky-jump"><div class="header-wrapper"><div id="masthead" class="header-main "><div '
            f'class="header-inner flex-row container logo-left medium-logo-center" role="navigation">'
            f'<div id="logo" class="flex-col logo"><a href="{u("/")}" title="{FS_SITE} - Library systems that get out '
            f'of your way" rel="home">{FS_SITE}</a></div><div class="flex-col hide-for-medium flex-left flex-grow">'
            f'<ul class="header-nav header-nav-main nav nav-left nav-uppercase">'
            f'<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="{u("/")}" '
            f'class="nav-top-link">Home</a></li><li class="menu-item"><a href="{u("/blog/")}" class="nav-top-link">'
            f'Blog</a></li><li class="menu-item"><a href="{u("/about-us/")}" class="nav-top-link">About us</a></li>'
            f'<li class="menu-item"><a href="{u("/contact/")}" class="nav-top-link">Contact</a></li></ul></div>'
            f'<div class="flex-col hide-for-medium flex-right"><ul class="header-nav header-nav-main nav nav-right">'
            f'<li class="html header-button-1"><div class="header-button"><a href="{u("/contact/")}" class="button '
            f'primary is-outline" style="border-radius:99px;"><span>Book a demo</span></a></div></li></ul></div>'
            f'</div></div></div></header><main id="main" class="">{main}</main>'
            f'<footer id="footer" class="footer-wrapper"><div class="footer-widgets footer footer-2 dark"><div '
            f'class="row dark large-columns-3 mb-0"><div id="text-2" class="col pb-0 widget widget_text"><span '
            f'class="widget-title">Catalogix</span><div class="is-divider small"></div><div class="textwidget"><p>'
            f'Integrated library systems for public, school and academic libraries since 2004.</p></div></div>'
            f'<div id="nav_menu-2" class="col pb-0 widget widget_nav_menu"><span class="widget-title">Blog</span>'
            f'<div class="is-divider small"></div><ul class="menu"><li><a href="'
            f'{u("/blog/category/customer-stories/")}">Customer Stories</a></li><li><a href="'
            f'{u("/blog/tag/webinars/")}">Webinars</a></li></ul></div></div></div>'
            f'<div class="absolute-footer dark medium-text-center small-text-center"><div class="container clearfix">'
            f'<div class="footer-primary pull-left"><div class="copyright-footer">Copyright 2025 &copy; <strong>'
            f'Catalogix Inc.</strong></div></div></div></div></footer></div></body></html>')


def _fs_key(w: Work) -> str:
    return next(k for k, v in WORKS.items() if v is w)


def fs_post(w: Work, u) -> Doc:
    url = u(w.path)
    key = _fs_key(w)
    cat, slug = FS_CATS[key]
    graph = [{"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url}, "headline": w.title,
              "author": {"name": w.author, "@id": u("/") + "#/schema/person/" + str(post_id(w))},
              "datePublished": w.date + "T14:00:00+00:00", "publisher": {"@id": u("/") + "#organization"},
              "articleSection": [cat], "inLanguage": "en-US"},
             {"@type": "WebPage", "@id": url, "url": url, "name": f"{w.title} - {FS_SITE}"},
             {"@type": "Organization", "@id": u("/") + "#organization", "name": "Catalogix Inc.", "url": u("/")},
             {"@type": "Person", "@id": u("/") + "#/schema/person/" + str(post_id(w)), "name": w.author}]
    tagged = key in FS_WEBINAR_TAGGED
    paras = ps(w.paras)
    if key in ("webinar-recap", "slack"):
        paras += (f'<p>Want the numbers behind this? Download our white paper, <a href="{u(WORKS[PDF_KEY].path)}">'
                  f'{esc(WORKS[PDF_KEY].title)}</a> (PDF).</p>')
    main = (f'<div id="content" class="blog-wrapper blog-single page-wrapper"><div class="row row-large '
            f'row-divided "><div class="large-9 col"><article id="post-{post_id(w)}" class="post-{post_id(w)} post '
            f'type-post status-publish format-standard hentry category-{slug}"><div class="article-inner ">'
            f'<header class="entry-header"><div class="entry-header-text entry-header-text-top text-center">'
            f'<h6 class="entry-category is-xsmall">'
            + (f'<a href="{u("/blog/category/customer-stories/")}" rel="category tag">{cat}</a>'
               if slug == "customer-stories" else cat)
            + f'</h6><h1 class="entry-title">{esc(w.title)}</h1><div class="entry-divider is-divider small"></div>'
              f'<div class="entry-meta uppercase is-xsmall"><span class="posted-on">Posted on <a href="{u(w.path)}" '
              f'rel="bookmark"><time class="entry-date published updated" datetime="{w.date}T14:00:00+00:00">'
              f'{long_date(w.date)}</time></a></span> <span class="byline">by <span class="meta-author vcard">'
              f'{esc(w.author)}</span></span></div></div></header><div class="entry-content single-page">{paras}'
              f'<div class="blog-share text-center"><div class="is-divider medium"></div><div class="social-icons '
              f'share-icons share-row relative"><a href="https://www.linkedin.com/shareArticle?mini=true&amp;url='
              f'{esc(url)}" class="icon button circle is-outline tooltip linkedin" rel="noopener nofollow" '
              f'target="_blank">LinkedIn</a></div></div></div><footer class="entry-meta text-center">This entry was '
              f'posted in {cat}'
            + (f' and tagged <a href="{u("/blog/tag/webinars/")}" rel="tag">webinars</a>' if tagged else "")
            + f'.</footer></div></article></div><div class="post-sidebar large-3 col"><div id="secondary" '
              f'class="widget-area " role="complementary"><aside id="flatsome_recent_posts-2" class="widget '
              f'flatsome_recent_posts"><span class="widget-title "><span>Latest</span></span><div class="is-divider '
              f'small"></div><ul>'
            + "".join(f'<li class="recent-blog-posts-li"><div class="flex-row recent-blog-posts align-top pt-half '
                      f'pb-half"><div class="flex-col flex-grow"><a href="{u(x.path)}" title="{esc(x.title)}">'
                      f'{esc(x.title)}</a></div></div></li>' for x in _fs_posts()[:3])
            + "</ul></aside></div></div></div></div>")
    head = _fs_head(f"{w.title} - {FS_SITE}", url, "article", graph,
                    f'<meta property="article:published_time" content="{w.date}T14:00:00+00:00">'
                    f'<meta name="author" content="{esc(w.author)}">')
    return work(w, head + _fs_chrome(u, f"post-template-default single single-post postid-{post_id(w)}", main))


def _fs_posts() -> list[Work]:
    return [w for w in on_host(FLATSOME) if not w.path.endswith(".pdf")]


def _fs_grid(ws: list[Work], u) -> str:
    cells = []
    for w in ws:
        cat = FS_CATS[_fs_key(w)][0]
        cells.append(f'<div class="col post-item"><div class="col-inner"><a href="{u(w.path)}" class="plain">'
                     f'<div class="box box-text-bottom box-blog-post has-hover"><div class="box-text text-center">'
                     f'<div class="box-text-inner blog-post-inner"><p class="cat-label tag-label is-xxsmall op-7 '
                     f'uppercase">{cat}</p><h5 class="post-title is-large ">{esc(w.title)}</h5><div class="is-divider">'
                     f'</div><p class="from_the_blog_excerpt ">{cut(w.paras[0], 140)}</p></div></div>'
                     f'<div class="badge absolute top post-date badge-outline"><div class="badge-inner"><span '
                     f'class="post-date-day">{w.date[8:]}</span><br><span class="post-date-month is-xsmall">'
                     f'{short_date(w.date)[:3]}</span></div></div></div></a></div></div>')
    return (f'<div class="row large-columns-3 medium-columns-2 small-columns-1 row-masonry" '
            f'data-packery-options=\'{{"itemSelector": ".col", "gutter": 0}}\'>{"".join(cells)}</div>')


def _fs_listing(path: str, title: str, heading: str, ws: list[Work], u, body_class: str, schema: str) -> Doc:
    url = u(path)
    graph = [{"@type": schema, "@id": url, "url": url, "name": title},
             {"@type": "WebSite", "@id": u("/") + "#website", "url": u("/"), "name": FS_SITE}]
    main = (f'<div id="content" class="blog-wrapper blog-archive page-wrapper"><header class="archive-page-header">'
            f'<div class="row"><div class="large-12 text-center col"><h1 class="page-title is-large uppercase">'
            f'{heading}</h1></div></div></header><div class="row row-large "><div class="large-12 col">'
            f'{_fs_grid(ws, u)}</div></div></div>')
    return page(FLATSOME, path, _fs_head(title, url, "website", graph) + _fs_chrome(u, body_class, main))


def _fs_page(path: str, title: str, inner: str, u, schema: str, body_class: str) -> Doc:
    url = u(path)
    graph = [{"@type": schema, "@id": url, "url": url, "name": title},
             {"@type": "WebSite", "@id": u("/") + "#website", "url": u("/"), "name": FS_SITE}]
    main = f'<div id="content" role="main" class="content-area">{inner}</div>'
    return page(FLATSOME, path, _fs_head(title, url, "website", graph) + _fs_chrome(u, body_class, main))


def flatsome(u) -> list[Doc]:
    posts = _fs_posts()
    paper = WORKS[PDF_KEY]
    lines = [paper.title, f"{paper.author}, {long_date(paper.date)}", ""] + wrapped(paper.paras)
    docs = [fs_post(w, u) for w in posts]
    docs.append(work(paper, pdf(lines), "application/pdf"))
    hero = (f'<div class="banner has-hover" id="banner-1"><div class="banner-inner fill"><div class="banner-layers '
            f'container"><div class="text-box banner-layer x50 md-x50 lg-x50 y50 md-y50 lg-y50 res-text"><div '
            f'class="text-box-content text dark"><div class="text-inner text-center"><h1>Library systems that get out '
            f'of your way</h1><p>Cataloguing, circulation and discovery for 1,200 libraries.</p><a href="'
            f'{u("/contact/")}" class="button white is-outline"><span>Book a demo</span></a></div></div></div></div>'
            f'</div></div>')
    docs += [
        _fs_page("/", f"{FS_SITE} - Library systems that get out of your way",
                 hero + f'<div class="row"><div class="col"><h3 class="section-title section-title-center"><b></b>'
                        f'<span class="section-title-main">From the blog</span><b></b></h3>{_fs_grid(posts[:3], u)}'
                        f'<p class="text-center"><a href="{u("/blog/")}" class="button primary">All posts</a></p>'
                        f'<p class="text-center">New: <a href="{u(paper.path)}">{esc(paper.title)}</a> (white paper, '
                        f'PDF)</p></div></div>', u, "WebPage", "home page-template page-template-page-blank"),
        _fs_listing("/blog/", f"Blog - {FS_SITE}", "Blog", posts, u, "blog", "CollectionPage"),
        _fs_listing("/blog/category/customer-stories/", f"Customer Stories Archives - {FS_SITE}",
                    "Category Archives: <span>Customer Stories</span>",
                    [w for w in posts if FS_CATS[_fs_key(w)][1] == "customer-stories"], u,
                    "archive category category-customer-stories", "CollectionPage"),
        _fs_listing("/blog/tag/webinars/", f"webinars Archives - {FS_SITE}", "Tag Archives: <span>webinars</span>",
                    [w for w in posts if _fs_key(w) in FS_WEBINAR_TAGGED], u, "archive tag tag-webinars",
                    "CollectionPage"),
        _fs_page("/about-us/", f"About us - {FS_SITE}",
                 '<div class="row"><div class="col"><h1>About us</h1><p>Catalogix was founded in 2004 by two '
                 "systems librarians who were tired of waiting for their vendor. Twenty years later we support "
                 "more than 1,200 libraries in nine countries from offices in Denver, Leeds and Auckland.</p>"
                 "<p>We build integrated library systems, run migrations, and host an annual user group meeting "
                 "where our customers set the roadmap.</p></div></div>", u, "AboutPage", "page about-us"),
        _fs_page("/contact/", f"Contact - {FS_SITE}",
                 '<div class="row"><div class="col"><h1>Contact</h1><p>Sales: call us or use the form, and a '
                 "product specialist will be in touch within one working day. Existing customers: please use the "
                 "helpdesk in the customer portal.</p><form class=\"wpcf7-form\" method=\"post\"><input "
                 "name=\"your-name\"><input name=\"your-email\"><textarea name=\"your-message\"></textarea>"
                 "<input type=\"submit\" value=\"Send\"></form></div></div>", u, "ContactPage", "page contact"),
    ]
    return docs


# --- archivistbbs.example: Discuz! X3.4 ---------------------------------------------------------------------------

DZ_SITE = "Archivists BBS"
DZ_BOARDS = {2: ("Careers &amp; Mentoring", ["lone-mentor", "mailing-lists", "peer-group"]),
             3: ("Collections Care", ["humidity", "digitization-vendors"])}
DZ_TAGGED = ("lone-mentor", "peer-group")
DZ_PROFILE_USER = "mkoval"
DZ_SEARCH = "/search.php?mod=forum&srchtxt=mentor&searchsubmit=yes"
DZ_GONE = ("/thread-1187-1-1.html", "Old reading room photos (2009)")


def _dz(title: str, u, crumbs: list[tuple[str, str]], main: str, keywords: str = "", description: str = "") -> str:
    crumb = "".join(f' <em>&rsaquo;</em> <a href="{u(p)}">{t}</a>' for p, t in crumbs)
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            f'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml">'
            f'<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{title} -  '
            f'Powered by Discuz!</title><meta name="keywords" content="{keywords}" /><meta name="description" '
            f'content="{description}" /><meta name="generator" content="Discuz! X3.4" /><meta name="author" '
            f'content="Discuz! Team and Comsenz UI Team" /><meta name="copyright" content="2001-2021 Tencent Cloud." />'
            f'<meta name="MSSmartTagsPreventParsing" content="True" /><meta http-equiv="MSThemeCompatible" '
            f'content="Yes" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?q1w" />'
            f'</head><body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">'
            f'<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="javascript:;" '
            f'onclick="setHomepage(\'{u("/")}\');">Set as homepage</a></div></div></div>'
            f'<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="{u("/forum.php")}" title="{DZ_SITE}">'
            f'<img src="{u("/static/image/common/logo.png")}" alt="{DZ_SITE}" border="0" /></a></h2></div>'
            f'<div id="nv"><ul><li class="a" id="mn_forum"><a href="{u("/forum.php")}" hidefocus="true" '
            f'title="BBS">Forum<span>BBS</span></a></li></ul></div>'
            f'<div id="scbar" class="cl"><form id="scbar_form" method="post" autocomplete="off" '
            f'action="search.php?searchsubmit=yes" target="_blank"><input type="text" name="srchtxt" id="scbar_txt" '
            f'autocomplete="off" x-webkit-speech speech /></form><div id="scbar_hot"><strong class="xw1">Hot searches:'
            f' </strong><a href="{u(DZ_SEARCH).replace("&", "&amp;")}" target="_blank" class="xi2" sid="mentor">'
            f'mentor</a></div></div></div></div>'
            f'<div id="wp" class="wp"><div id="pt" class="bm cl"><div class="z"><a href="{u("/forum.php")}" '
            f'class="nvhm" title="Home">{DZ_SITE}</a> <em>&raquo;</em> <a href="{u("/forum.php")}">Forum</a>{crumb}'
            f'</div></div>{main}</div>'
            f'<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="mailto:admin@archivistbbs.example">'
            f'Contact us</a><span class="pipe">|</span><strong><a href="{u("/forum.php")}" target="_blank">'
            f'{DZ_SITE}</a></strong></p></div><div id="frt"><p>Powered by <strong><a href="https://www.discuz.net" '
            f'target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2021 <a '
            f'href="https://www.comsenz.com" target="_blank">Comsenz Inc.</a></p></div></div></body></html>')


def _dz_key(w: Work) -> str:
    return next(k for k, v in WORKS.items() if v is w)


def _dz_board(key: str) -> int:
    return next(fid for fid, (_, keys) in DZ_BOARDS.items() if key in keys)


def _dz_user(name: str, u) -> str:
    if name == DZ_PROFILE_USER:
        href = u("/home.php?mod=space&uid=1024").replace("&", "&amp;")
        return f'<a href="{href}" target="_blank" class="xw1">{name}</a>'
    return f'<span class="xw1">{esc(name)}</span>'


def dz_thread(w: Work, u) -> Doc:
    key = _dz_key(w)
    fid = _dz_board(key)
    board = DZ_BOARDS[fid][0]
    tid = int(w.path.split("-")[1])
    posts = []
    for i, para in enumerate(w.paras):
        who, text = w.author, para
        if para.startswith("Reply from "):
            who, text = para[len("Reply from "):].split(": ", 1)
        pid = tid * 10 + i
        posted = f"{int(w.date[:4])}-{int(w.date[5:7])}-{int(w.date[8:])} {9 + i}:{(17 * i) % 60:02d}"
        posts.append(f'<div id="post_{pid}"><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" '
                     f'cellpadding="0"><tr><td class="pls" rowspan="2"><div id="favatar{pid}" class="pls favatar">'
                     f'<div class="pi"><div class="authi">{_dz_user(who, u)}</div></div></div></td><td class="plc">'
                     f'<div class="pi"><strong><a href="{u(w.path)}" id="postnum{pid}">{i + 1}#</a></strong>'
                     f'<div class="pti"><div class="authi"><em id="authorposton{pid}">Posted on {posted}</em></div>'
                     f'</div></div><div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" '
                     f'cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">{esc(text)}</td></tr></table>'
                     f'</div></div></div></td></tr></table></div>')
    tags = (f'<div class="ptg mbm mtn"><a title="mentoring" href="{u("/misc.php?mod=tag&id=7").replace("&", "&amp;")}"'
            f' target="_blank">mentoring</a></div>') if key in DZ_TAGGED else ""
    main = (f'<div id="ct" class="wp cl"><div id="pgt" class="pgs mbm cl "><span class="y pgb"><a href="'
            f'{u(f"/forum-{fid}-1.html")}">Back to list</a></span></div><div id="postlist" class="pl bm">'
            f'<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span '
            f'class="xg1">Views:</span> <span class="xi1">{100 + tid % 400}</span><span class="pipe">|</span>'
            f'<span class="xg1">Replies:</span> <span class="xi1">{len(w.paras) - 1}</span></div></td><td '
            f'class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{esc(w.title)}</span></h1>{tags}'
            f'</td></tr></table>{"".join(posts)}</div></div>')
    title = f"{esc(w.title)} - {board} - {DZ_SITE}"
    return work(w, _dz(title, u, [(f"/forum-{fid}-1.html", board), (w.path, esc(w.title))], main,
                       keywords=esc(w.title), description=esc(w.paras[0][:150])))


def _dz_rows(keys: list[str], u, extra: str = "") -> str:
    rows = []
    for k in keys:
        w = WORKS[k]
        tid = int(w.path.split("-")[1])
        rows.append(f'<tbody id="normalthread_{tid}"><tr><td class="icn"><a href="{u(w.path)}" title="New window" '
                    f'target="_blank"><img src="{u("/static/image/common/folder_common.gif")}" /></a></td>'
                    f'<th class="common"><a href="{u(w.path)}" onclick="atarget(this)" class="s xst">{esc(w.title)}</a>'
                    f'</th><td class="by"><cite>{_dz_user(w.author, u)}</cite><em><span>{w.date}</span></em></td>'
                    f'<td class="num"><a href="{u(w.path)}" class="xi2">{len(w.paras) - 1}</a><em>'
                    f'{100 + tid % 400}</em></td></tr></tbody>')
    return (f'<div id="threadlist" class="tl bm bmw"><div class="bm_c"><form method="post" name="moderate" '
            f'id="moderate"><table summary="forum" id="threadlisttableid" cellspacing="0" cellpadding="0">'
            f'{"".join(rows)}{extra}</table></form></div></div>')


def _dz_boards(fids, u) -> str:
    cells = "".join(f'<tr><td class="fl_icn"><a href="{u(f"/forum-{fid}-1.html")}"><img '
                    f'src="{u("/static/image/common/forum.gif")}" alt="{DZ_BOARDS[fid][0]}" /></a></td><td><h2>'
                    f'<a href="'
                    f'{u(f"/forum-{fid}-1.html")}">{DZ_BOARDS[fid][0]}</a></h2></td><td class="fl_i"><span '
                    f'class="xi2">{len(DZ_BOARDS[fid][1])}</span><span class="xg1"> / threads</span></td></tr>'
                    for fid in fids)
    return (f'<div class="bm bmw flg cl"><div class="bm_h cl"><h2><a href="{u("/forum.php?gid=1")}" '
            f'style="">Professional Practice</a></h2></div><div id="category_1" class="bm_c"><table cellspacing="0" '
            f'cellpadding="0" class="fl_tb">{cells}</table></div></div>')


def discuz(u) -> list[Doc]:
    docs = [dz_thread(w, u) for w in on_host(DISCUZ)]
    gone = (f'<tbody id="normalthread_1187"><tr><td class="icn"></td><th class="common"><a href="{u(DZ_GONE[0])}" '
            f'onclick="atarget(this)" class="s xst">{DZ_GONE[1]}</a></th><td class="by"><cite><span class="xw1">'
            f'tapeworm</span></cite><em><span>2019-8-2</span></em></td><td class="num"><a href="{u(DZ_GONE[0])}" '
            f'class="xi2">4</a><em>388</em></td></tr></tbody>')
    for fid, (name, keys) in DZ_BOARDS.items():
        main = (f'<div class="boardnav"><div id="ct" class="wp cl"><div class="mn"><div class="bm bml pbn"><div '
                f'class="bm_h cl"><h1 class="xs2"><a href="{u(f"/forum-{fid}-1.html")}">{name}</a></h1></div></div>'
                + _dz_rows(sorted(keys, key=lambda k: WORKS[k].date, reverse=True), u, gone if fid == 3 else "")
                + "</div></div></div>")
        docs.append(page(DISCUZ, f"/forum-{fid}-1.html", _dz(f"{name} - {DZ_SITE}", u, [(f"/forum-{fid}-1.html",
                                                                                           name)], main)))
    newest = sorted((k for _, ks in DZ_BOARDS.values() for k in ks), key=lambda k: WORKS[k].date, reverse=True)
    docs.append(page(DISCUZ, "/forum.php", _dz(DZ_SITE, u, [], f'<div id="ct" class="wp cl"><div class="mn">'
                                                                f'{_dz_boards([2, 3], u)}</div></div>',
                                               keywords=DZ_SITE, description="A forum for archivists")))
    docs.append(page(DISCUZ, "/forum.php?gid=1", _dz(f"Professional Practice - {DZ_SITE}", u, [(
        "/forum.php?gid=1", "Professional Practice")], f'<div id="ct" class="wp cl"><div class="mn">'
                                                         f'{_dz_boards([2, 3], u)}</div></div>')))
    docs.append(page(DISCUZ, "/misc.php?mod=tag&id=7", _dz(f"mentoring - Tags - {DZ_SITE}", u, [], (
        '<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm"><div class="bm_h cl"><h2>Tag: mentoring'
        '</h2></div><div class="bm_c">' + _dz_rows(list(DZ_TAGGED), u) + "</div></div></div></div>"))))
    found = [k for k in newest if "mentor" in " ".join(WORKS[k].paras).lower()]
    results = "".join(f'<li class="pbw" id="{int(WORKS[k].path.split("-")[1])}"><h3 class="xs3"><a href="'
                      f'{u(WORKS[k].path)}" target="_blank">{esc(WORKS[k].title)}</a></h3><p class="xg1">'
                      f'{len(WORKS[k].paras) - 1} replies</p><p>{cut(WORKS[k].paras[0], 160)}</p><p><span>'
                      f'{WORKS[k].date}</span> - <span>{_dz_user(WORKS[k].author, u)}</span></p></li>' for k in found)
    docs.append(page(DISCUZ, DZ_SEARCH, _dz(f"Search - {DZ_SITE}", u, [], (
        f'<div id="ct" class="cl w"><div class="mw"><div class="tl"><div class="sttl mbn"><h2>Results for '
        f'<em>mentor</em>, {len(found)} found</h2></div><div class="slst mtw" id="threadlist"><ul>{results}</ul></div>'
        f'</div></div></div>'))))
    mine = [k for k in newest if WORKS[k].author == DZ_PROFILE_USER]
    docs.append(page(DISCUZ, "/home.php?mod=space&uid=1024", _dz(f"{DZ_PROFILE_USER}'s profile - {DZ_SITE}", u, [], (
        f'<div id="ct" class="ct1 wp cl"><div class="mn"><div class="bm bw0"><div class="bm_c u_profile"><div '
        f'class="pbm mbm bbda cl"><h2 class="mbn">{DZ_PROFILE_USER} <span class="xw0">(UID: 1024)</span></h2>'
        f'<ul class="pf_l cl"><li><em>Bio</em>Solo archivist at a university museum.</li><li><em>Posts</em>'
        f'212</li></ul></div><div class="pbm mbm bbda cl"><h2 class="mbn">Threads</h2><ul>'
        + "".join(f'<li><a href="{u(WORKS[k].path)}">{esc(WORKS[k].title)}</a></li>' for k in mine)
        + "</ul></div></div></div></div></div>"))))
    docs.append(page(DISCUZ, DZ_GONE[0], _dz(f"Notice - {DZ_SITE}", u, [], (
        '<div id="ct" class="wp cl w"><div class="nfl"><div class="f_c altw"><div id="messagetext" '
        'class="alert_error"><p>Sorry, the specified thread does not exist or has been deleted or is being '
        'reviewed</p><script type="text/javascript" reload="1">if(history.length > (BROWSER.ie ? 0 : 1)) {'
        '}</script><p class="alert_btnleft"><a href="javascript:history.back()">[ Click here to return to the '
        'previous page ]</a></p></div></div></div></div>'))))
    return docs


# --- infoxplore.example: an IEEE Xplore-like digital library -------------------------------------------------------

XP_SITE = "InfoXplore"
XP_JOURNAL = "Transactions on Information Services"
XP_TOC = "/xpl/tocresult.jsp?isnumber=10234500"
XP_SEARCH = "/search/searchresult.jsp?queryText=mentoring"
XP_AUTHOR = ("Lena Marsh", "/author/37089012345")


def _xp(title: str, u, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | {XP_SITE}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}'
            f'<link rel="stylesheet" href="/assets/css/osano-cookie-consent-xplore.css"></head><body>'
            f'<xpl-root><div class="global-header"><header class="Header"><div class="Header-inner"><a class="logo" '
            f'href="{u("/")}" aria-label="{XP_SITE} home">{XP_SITE}</a><nav class="Menu"><ul><li><a href="'
            f'{u("/browse/periodicals/topic/information-science")}">Browse</a></li><li><a href="{u(XP_TOC)}">Current '
            f'issue</a></li></ul></nav><form class="search-bar-wrapper" action="/search/searchresult.jsp" '
            f'method="get"><input type="text" name="queryText" aria-label="Enter search text"></form></div></header>'
            f'</div><div class="global-content-wrapper">{main}</div><footer class="Footer"><div class="Footer-inner">'
            f'<ul class="Footer-links"><li><a href="{u("/Xplorehelp/overview-of-ieee-xplore/about-ieee-xplore")}">'
            f'About {XP_SITE}</a></li><li><a href="{u("/Xplorehelp/contact-us")}">Contact Us</a></li><li><a '
            f'href="https://www.example.org/privacy" rel="nofollow">Privacy</a></li></ul><p>&copy; Copyright 2024 '
            f'Association for Information Services. All rights reserved.</p></div></footer></xpl-root></body></html>')


def _xp_authors(w: Work, u) -> str:
    out = []
    for name in w.author.split("; "):
        if name == XP_AUTHOR[0]:
            out.append(f'<span class="blue-tooltip"><a href="{u(XP_AUTHOR[1])}"><span>{esc(name)}</span></a></span>')
        else:
            out.append(f'<span class="blue-tooltip"><span>{esc(name)}</span></span>')
    return '<span class="authors-info">' + "; ".join(out) + "</span>"


def xp_doc(w: Work, u) -> Doc:
    number = w.path.rsplit("/", 1)[1]
    abstract = w.paras[0].removeprefix("Abstract: ")
    terms = [t.strip(" .") for t in w.paras[-1].removeprefix("Index Terms: ").split(",")]
    meta = {"userInfo": {"institute": False}, "articleNumber": number, "title": w.title,
            "abstract": abstract, "publicationTitle": XP_JOURNAL, "displayPublicationTitle": XP_JOURNAL,
            "doi": f"10.5555/TIS.2024.{number}", "publicationDate": short_date(w.date),
            "authors": [{"name": n, "firstName": n.split()[0], "lastName": n.split()[-1]}
                        for n in w.author.split("; ")],
            "keywords": [{"type": "Author Keywords ", "kwd": terms}], "isJournal": True, "contentType": "periodicals",
            "issn": [{"format": "Electronic ISSN", "value": "2999-0001"}], "volume": "12", "issue": "3"}
    head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:description" '
            f'content="{esc(abstract[:300])}"><meta property="og:type" content="article">'
            f'<meta property="og:url" content="{esc(u(w.path))}"><meta name="twitter:card" content="summary">'
            f'<meta name="parsely-title" content="{esc(w.title)}"><meta name="parsely-pub-date" '
            f'content="{w.date}T00:00:00Z"><meta name="parsely-author" content="{esc(w.author.split("; ")[0])}">'
            f'<script type="text/javascript">xplGlobal.document.metadata={json.dumps(meta)};</script>')
    kw = "".join(f'<li><a class="stats-keywords-list-item" href="{u(XP_SEARCH)}">{esc(t)}</a></li>'
                 if t == "mentoring" else f'<li><span class="stats-keywords-list-item">{esc(t)}</span></li>'
                 for t in terms)
    sections = "".join(f'<div class="section"><div class="header article-hdr">{esc(p.split(": ", 1)[0])}</div>'
                       f'<p>{esc(p.split(": ", 1)[1])}</p></div>' for p in w.paras[1:-1])
    main = (f'<div class="document-main"><div class="document-header-inner-container"><div class="document-header-'
            f'title-container"><h1 class="document-title text-2xl-md-lh"><span>{esc(w.title)}</span></h1></div>'
            f'<div class="authors-banner-row">{_xp_authors(w, u)}</div><div class="stats-document-abstract-'
            f'publishedIn">Published in: <a href="{u(XP_TOC)}">{XP_JOURNAL} ( Volume: 12, Issue: 3)</a></div>'
            f'<div class="doc-abstract-pubdate">Date of Publication: {long_date(w.date)}</div><div class="stats-'
            f'document-abstract-doi">DOI: <a href="https://doi.org/10.5555/TIS.2024.{number}" target="_blank">'
            f'10.5555/TIS.2024.{number}</a></div></div><div class="document-main-left-trail-content"><div '
            f'class="abstract-text row"><div class="u-mb-1"><h2>Abstract:</h2><div xplmathjax>{esc(abstract)}'
            f'</div></div></div><div id="article" class="document-text">{sections}</div><div class="doc-keywords-'
            f'list-container"><h2>Keywords</h2><ul class="doc-keywords-list"><li><strong>Index Terms</strong>'
            f'<ul class="doc-keywords-list-item">{kw}</ul></li></ul></div></div></div>')
    return work(w, _xp(w.title, u, main, head))


def _xp_results(ws: list[Work], u) -> str:
    return "".join(f'<div class="List-results-items"><xpl-results-item><div class="result-item"><div '
                   f'class="result-item-align"><h3 class="text-md-md-lh"><a href="{u(w.path)}">{esc(w.title)}</a>'
                   f'</h3><p class="author">{_xp_authors(w, u)}</p><div class="description"><a href="{u(XP_TOC)}">'
                   f'{XP_JOURNAL}</a><div class="publisher-info-container"><span>Year: {w.date[:4]}</span> | '
                   f'<span>Volume: 12, Issue: 3</span></div></div></div></div></xpl-results-item></div>' for w in ws)


def xplore(u) -> list[Doc]:
    ws = sorted((w for w in WORKS.values() if w.host == XPLORE), key=lambda w: w.path)
    docs = [xp_doc(w, u) for w in ws]
    docs += [
        page(XPLORE, "/", _xp(f"{XP_SITE} digital library", u, (
            f'<div class="home-content"><h1>Discover research in information services</h1><p>Journals, conference '
            f'proceedings and standards from the Association for Information Services.</p><div class="featured"><h2>'
            f'Latest issue</h2><p><a href="{u(XP_TOC)}">{XP_JOURNAL}, Volume 12, Issue 3</a></p><h2>Browse by topic'
            f'</h2><ul><li><a href="{u("/browse/periodicals/topic/information-science")}">Information science</a>'
            f'</li></ul></div></div>'))),
        page(XPLORE, "/Xplorehelp/overview-of-ieee-xplore/about-ieee-xplore", _xp(f"About {XP_SITE}", u, (
            f'<div class="help-content"><h1>About {XP_SITE}</h1><p>{XP_SITE} is the digital library of the '
            f'Association for Information Services, with more than 200,000 documents from its journals, '
            f'conferences and standards. Subscribing institutions get full-text access; abstracts are free to '
            f'all.</p></div>'))),
        page(XPLORE, "/Xplorehelp/contact-us", _xp("Contact Us", u, (
            '<div class="help-content"><h1>Contact Us</h1><p>Customer support is available around the clock by '
            "email and by phone. Institutional subscribers: contact your account manager.</p></div>"))),
        page(XPLORE, "/browse/periodicals/topic/information-science", _xp("Browse Journals &amp; Magazines", u, (
            f'<div class="browse-content"><h1>Browse Journals &amp; Magazines: Information science</h1><ul '
            f'class="results"><li><a href="{u(XP_TOC)}">{XP_JOURNAL}</a><p>Current issue: Volume 12, Issue 3</p>'
            f'</li></ul></div>'))),
        page(XPLORE, XP_TOC, _xp(f"{XP_JOURNAL} - Volume 12 Issue 3", u, (
            f'<div class="toc-container"><h1>{XP_JOURNAL}</h1><h2>Volume 12, Issue 3</h2>'
            f'{_xp_results(ws, u)}</div>'))),
        page(XPLORE, XP_SEARCH, _xp("Search results: mentoring", u, (
            f'<div class="search-results"><h1 class="Dashboard-header">Showing 1-2 of 2 results for '
            f'<span class="strong">mentoring</span></h1>{_xp_results([w for w in ws if "mentoring" in w.paras[-1]], u)}'
            f'</div>'))),
        page(XPLORE, XP_AUTHOR[1], _xp(f"{XP_AUTHOR[0]} - {XP_SITE} Author Profile", u, (
            f'<div class="author-profile"><h1>{XP_AUTHOR[0]}</h1><p class="bio">Lena Marsh is an associate '
            f'professor of information science. Her research covers academic libraries and online communities.</p>'
            f'<h2>Publications</h2>{_xp_results([w for w in ws if XP_AUTHOR[0] in w.author], u)}</div>'))),
    ]
    return docs


# --- flipdocs.example: an Issuu-like document host ----------------------------------------------------------------

IS_SITE = "Flipdocs"
IS_PUBLISHERS = {"mlsgroup": "Metro Library Staff Group", "stateassoc": "State Library Association"}


def _is(title: str, u, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" '
            f'content="{IS_SITE}">{head}<link rel="preload" as="script" href="/_next/static/chunks/main.js"></head>'
            f'<body><div id="__next"><header class="site-header"><a class="site-header__logo" href="{u("/")}" '
            f'aria-label="{IS_SITE}">{IS_SITE}</a><nav class="site-header__nav"><a href="{u("/categories/education")}"'
            f'>Explore</a><form action="/search" method="get" role="search"><input type="search" name="q" '
            f'placeholder="Search"></form></nav></header><main class="page-content">{main}</main>'
            f'<footer class="site-footer"><p>&copy; 2025 {IS_SITE} Inc.</p><a href="https://twitter.com/flipdocs" '
            f'rel="noopener">Twitter</a></footer></div></body></html>')


def is_doc(w: Work, u) -> Doc:
    user = w.path.split("/")[1]
    url = u(w.path)
    desc = w.paras[1][:200]
    ld = json.dumps({"@context": "https://schema.org", "@type": "PublicationIssue", "name": w.title,
                     "description": desc, "datePublished": w.date, "url": url,
                     "publisher": {"@type": "Organization", "name": w.author, "url": u("/" + user)}})
    head = (f'<meta name="description" content="{esc(desc)}"><meta property="og:type" content="article">'
            f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:description" content="{esc(desc)}">'
            f'<meta property="og:url" content="{esc(url)}"><link rel="canonical" href="{esc(url)}">'
            f'<meta name="twitter:card" content="player"><script type="application/ld+json">{ld}</script>')
    more = [x for x in on_host(ISSUU) if x.path.startswith(f"/{user}/") and x is not w]
    main = (f'<div class="document-page"><div class="reader-container" data-testid="reader"><iframe title="'
            f'{esc(w.title)}" src="https://e.flipdocs-embed.example/embed.html?d={w.path.rsplit("/", 1)[1]}'
            f'&amp;u={user}">'
            f'</iframe></div><section class="document-details"><h1 class="document-details__title">{esc(w.title)}'
            f'</h1><div class="document-details__publisher"><a href="{u("/" + user)}" class="publisher-link">'
            f'{esc(w.author)}</a></div><p class="document-details__date">Published on {short_date(w.date)}</p>'
            f'<p class="document-details__description">{esc(desc)}</p></section><section class="document-text-version"'
            f'><h2>Text version</h2>{ps(w.paras)}</section><section class="more-from-publisher"><h2>More from '
            f'{esc(w.author)}</h2><ul>'
            + "".join(f'<li><a href="{u(x.path)}">{esc(x.title)}</a></li>' for x in more)
            + "</ul></section></div>")
    return work(w, _is(f"{w.title} by {w.author} - {IS_SITE}", u, main, head))


def _is_cards(ws: list[Work], u) -> str:
    return ('<ul class="document-grid">' + "".join(
        f'<li class="document-card"><a href="{u(w.path)}" class="document-card__link"><span '
        f'class="document-card__title">{esc(w.title)}</span></a><span class="document-card__publisher">'
        f'{esc(w.author)}</span><span class="document-card__date">{short_date(w.date)}</span></li>' for w in ws)
        + "</ul>")


def issuu(u) -> list[Doc]:
    ws = on_host(ISSUU)
    docs = [is_doc(w, u) for w in ws]
    for user, name in IS_PUBLISHERS.items():
        mine = [w for w in ws if w.path.startswith(f"/{user}/")]
        docs.append(page(ISSUU, "/" + user, _is(f"{name} - {IS_SITE}", u, (
            f'<div class="profile-page"><div class="profile-header"><h1>{name}</h1><p class="profile-header__'
            f'handle">@{user}</p><p>{len(mine)} publications</p></div>{_is_cards(mine, u)}</div>'),
            '<meta property="og:type" content="profile">')))
    found = [w for w in ws if "mentor" in " ".join(w.paras).lower()]
    docs += [
        page(ISSUU, "/", _is(f"{IS_SITE} - Digital publishing platform", u, (
            f'<div class="home-hero"><h1>Publish and share your documents</h1></div><section><h2>Trending in '
            f'Education</h2>{_is_cards(ws[:3], u)}<p><a href="{u("/categories/education")}">See all</a></p></section>'
            f'<section><h2>Popular searches</h2><ul><li><a href="{u("/search?q=mentoring")}">mentoring</a></li></ul>'
            f'</section>'))),
        page(ISSUU, "/search?q=mentoring", _is(f"Search results for mentoring - {IS_SITE}", u, (
            f'<div class="search-page"><h1>Results for &ldquo;mentoring&rdquo;</h1>{_is_cards(found, u)}</div>'),
            '<meta name="robots" content="noindex">')),
        page(ISSUU, "/categories/education", _is(f"Education publications - {IS_SITE}", u, (
            f'<div class="category-page"><h1>Education</h1><p>Reports, newsletters, catalogues and guides from '
            f'schools, libraries and associations.</p>{_is_cards(ws, u)}<h2>Publishers</h2><ul>'
            + "".join(f'<li><a href="{u("/" + k)}">{v}</a></li>' for k, v in IS_PUBLISHERS.items()) + "</ul></div>"))),
    ]
    return docs


# --- libkbin.example: kbin -------------------------------------------------------------------------------------

KB_SITE = "libkbin"
KB_MAGS = {"librarians": ["kbin-after-twitter", "pln-starter", "mentor-texts", "branch-managers-discord"],
           "archivists": ["finding-aid"]}
KB_PROFILE = "quietstacks"
KB_TAGGED = ("kbin-after-twitter", "pln-starter", "branch-managers-discord")


def _kb(title: str, u, main: str, head: str = "", sidebar: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-'
            f'width, initial-scale=1"><title>{esc(title)} - {KB_SITE}</title><meta property="og:site_name" '
            f'content="{KB_SITE}">{head}<link rel="stylesheet" href="/build/app.css"></head>'
            f'<body class="theme--default" data-controller="kbin notifications"><header id="header" class="header">'
            f'<nav aria-label="Main"><div class="kbin-container"><div class="brand"><a href="{u("/")}"><img '
            f'src="/kbin_logo.svg" alt="kbin"></a></div><menu class="head-nav__menu"><li><a href="{u("/")}" '
            f'class="active">Threads</a></li><li><a href="{u("/m/librarians")}">librarians</a></li><li><a href="'
            f'{u("/m/archivists")}">archivists</a></li></menu><form action="/search" method="get" class="search">'
            f'<input type="search" name="q" placeholder="Search"></form></div></nav></header>'
            f'<div id="middle" class="page-entry-single"><div class="kbin-container"><main id="main" '
            f'data-controller="lightbox timeago" class="">{main}</main><aside id="sidebar">{sidebar}'
            f'<section class="about section"><h3>{KB_SITE}</h3><p>A kbin instance for library and archives workers.'
            f'</p><a href="{u("/about")}">About</a></section></aside></div></div>'
            f'<footer id="footer"><div class="kbin-container"><p>Powered by kbin</p></div></footer></body></html>')


def _kb_key(w: Work) -> str:
    return next(k for k, v in WORKS.items() if v is w)


def _kb_mag(w: Work) -> str:
    return w.path.split("/")[2]


def _kb_user(name: str, u) -> str:
    if name == KB_PROFILE:
        return f'<a href="{u("/u/" + name)}" class="user-inline" title="@{name}@libkbin.example">{name}</a>'
    return f'<span class="user-inline">{esc(name)}</span>'


def _kb_body(text: str, key: str, u) -> str:
    body = esc(text)
    if key in KB_TAGGED:
        body += f' <a href="{u("/tag/mentorship")}" class="hashtag tag" rel="tag">#mentorship</a>'
    return f"<p>{body}</p>"


def kb_thread(w: Work, u) -> Doc:
    key = _kb_key(w)
    mag = _kb_mag(w)
    eid = w.path.split("/")[4]
    comments = []
    for i, para in enumerate(w.paras[1:], 1):
        who, text = para[len("Reply from "):].split(": ", 1)
        comments.append(f'<blockquote class="section comment entry-comment subject comment-level--1" '
                        f'id="entry-comment-{eid}{i}"><header>{_kb_user(who, u)}, <time class="timeago" datetime="'
                        f'{w.date}T1{i}:00:00+00:00">{short_date(w.date)}</time></header><div class="content"><p>'
                        f'{esc(text)}</p></div></blockquote>')
    main = (f'<article id="entry-{eid}" class="entry section subject no-image"><header><h1><a href="{u(w.path)}">'
            f'{esc(w.title)}</a></h1></header><aside class="meta entry__meta">{_kb_user(w.author, u)}, <time '
            f'class="timeago" datetime="{w.date}T09:00:00+00:00" title="{w.date}">{short_date(w.date)}</time> to <a '
            f'href="{u("/m/" + mag)}" class="magazine-inline">{mag}</a></aside><div class="entry__body"><div '
            f'class="content formatted">{_kb_body(w.paras[0], key, u)}</div></div><footer><menu><li><a '
            f'class="stretched-'
            f'link" href="{u(w.path)}">{len(w.paras) - 1} comments</a></li></menu></footer></article>'
            f'<section id="comments" class="comments entry-comments comments-tree">{"".join(comments)}</section>')
    head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:url" content="{esc(u(w.path))}">'
            f'<meta property="og:type" content="article"><meta property="og:description" '
            f'content="{esc(w.paras[0][:200])}"><meta name="description" content="{esc(w.paras[0][:200])}">')
    side = (f'<section class="magazine section"><h3>Magazine</h3><a href="{u("/m/" + mag)}" class="magazine-inline">'
            f'{mag}</a></section>')
    return work(w, _kb(w.title, u, main, head, side))


def _kb_list(ws: list[Work], u) -> str:
    return "".join(f'<article class="entry section subject no-image"><header><h2><a href="{u(w.path)}">'
                   f'{esc(w.title)}</a></h2></header><aside class="meta entry__meta">{_kb_user(w.author, u)}, '
                   f'<time class="timeago" datetime="{w.date}T09:00:00+00:00">{short_date(w.date)}</time> to '
                   f'<a href="{u("/m/" + _kb_mag(w))}" class="magazine-inline">{_kb_mag(w)}</a></aside><footer>'
                   f'<menu><li><a href="{u(w.path)}">{len(w.paras) - 1} comments</a></li></menu></footer></article>'
                   for w in ws)


def kbin(u) -> list[Doc]:
    ws = on_host(KBIN)
    docs = [kb_thread(w, u) for w in ws]
    for mag, keys in KB_MAGS.items():
        mine = [w for w in ws if _kb_key(w) in keys]
        docs.append(page(KBIN, "/m/" + mag, _kb(f"{mag}", u, f'<div class="head-title"><h1>/m/{mag}</h1></div>'
                                               + _kb_list(mine, u), '<meta property="og:type" content="website">')))
    docs += [
        page(KBIN, "/", _kb("Threads", u, _kb_list(ws, u), '<meta property="og:type" content="website">')),
        page(KBIN, "/u/" + KB_PROFILE, _kb(KB_PROFILE, u, (
            f'<div class="section user-box"><h1>{KB_PROFILE}</h1><small>@{KB_PROFILE}@libkbin.example</small><p>'
            f'Public library reference, nights and weekends.</p></div>'
            + _kb_list([w for w in ws if w.author == KB_PROFILE], u)), '<meta property="og:type" content="profile">')),
        page(KBIN, "/search?q=mentor", _kb("Search", u, (
            '<div class="head-title"><h1>Search results: mentor</h1></div>'
            + _kb_list([w for w in ws if "mentor" in (w.title + " ".join(w.paras)).lower()], u)))),
        page(KBIN, "/tag/mentorship", _kb("#mentorship", u, (
            '<div class="head-title"><h1>#mentorship</h1></div>'
            + _kb_list([w for w in ws if _kb_key(w) in KB_TAGGED], u)), "",
            f'<section class="section"><h3>Related</h3><a href="{u("/search?q=mentor")}">Search for mentor</a>'
            f'</section>')),
        page(KBIN, "/about", _kb("About", u, (
            '<div class="section"><h1>About</h1><p>libkbin is a small instance for people who work in libraries '
            "and archives, run by volunteers. Be kind, no spam, and tag your posts.</p></div>"))),
    ]
    return docs


# --- archivecast.example: a podcast on Podomatic -------------------------------------------------------------------

PM_SITE = "The Archive Cast"


def _pm(title: str, u, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" '
            f'content="PodOmatic">{head}<link rel="alternate" type="application/rss+xml" title="{PM_SITE}" '
            f'href="https://feed.podomatic.example/archivecast/rss2.xml"><link rel="stylesheet" '
            f'href="https://www.podomatic.example/assets/application.css"></head><body class="podcasts show">'
            f'<div id="header"><div class="container"><a href="https://www.podomatic.example/" class="logo">PodOmatic'
            f'</a></div></div><div id="podcast_header" class="container"><div class="podcast-image"><img src="'
            f'https://assets.podomatic.example/ps/archivecast.jpg" alt="{PM_SITE}"></div><div class="podcast-info">'
            f'<h2 class="podcast-title"><a href="{u("/")}">{PM_SITE}</a></h2><p class="podcast-author">Conversations'
            f' about archives, the people who keep them, and how they learn the job</p></div></div>'
            f'<div id="content" class="container">{main}</div><div id="footer"><p>&copy; 2024 PodOmatic, Inc.</p>'
            f'</div></body></html>')


def pm_episode(w: Work, u, notes: list[tuple[str, str]]) -> Doc:
    stamp = w.path.rsplit("/", 1)[1]
    mp3 = f"https://archivecast.podomatic.example/enclosure/{stamp.replace('_', '-')}.mp3"
    links = "".join(f'<li><a href="{h}" target="_blank" rel="noopener">{esc(t)}</a></li>' for h, t in notes)
    main = (f'<div class="episode" id="episode_{post_id(w)}"><div class="episode-title"><h1>{esc(w.title)}</h1></div>'
            f'<div class="episode_date"><span class="date">{short_date(w.date)}</span></div><div class="player">'
            f'<audio controls preload="none" src="{mp3}"></audio></div><div class="episode_description">{ps(w.paras)}'
            + (f"<ul>{links}</ul>" if links else "")
            + f'</div><div class="episode-nav"><a href="{u("/")}">&laquo; All episodes</a></div></div>')
    head = (f'<meta property="og:type" content="music.song"><meta property="og:title" content="{esc(w.title)}">'
            f'<meta property="og:url" content="{esc(u(w.path))}"><meta property="og:audio" content="{mp3}">'
            f'<meta property="og:description" content="{esc(w.paras[0][:200])}"><meta name="description" '
            f'content="{esc(w.paras[0][:200])}">')
    return work(w, _pm(f"{PM_SITE} | {w.title}", u, main, head))


def _pm_list(ws: list[Work], u) -> str:
    return "".join(f'<div class="episode-listing"><h3 class="episode-title"><a href="{u(w.path)}">{esc(w.title)}</a>'
                   f'</h3><span class="date">{short_date(w.date)}</span><p class="description">{cut(w.paras[0], 200)}'
                   f'</p><a href="{u(w.path)}" class="more">Play episode</a></div>' for w in ws)


def podomatic(u, notes: dict[str, list[tuple[str, str]]]) -> list[Doc]:
    ws = on_host(PODOMATIC)
    keys = {v.path: k for k, v in WORKS.items()}
    docs = [pm_episode(w, u, notes.get(keys[w.path], [])) for w in ws]
    docs += [
        page(PODOMATIC, "/", _pm(f"{PM_SITE} | Free Podcasts | PodOmatic", u, (
            f'<div class="episodes"><h2>Episodes</h2>{_pm_list(ws[:2], u)}<div class="pagination"><a '
            f'href="{u("/?page=2")}" rel="next">Older episodes &raquo;</a></div></div>'),
            '<meta property="og:type" content="website">')),
        page(PODOMATIC, "/?page=2", _pm(f"{PM_SITE} | Page 2 | PodOmatic", u, (
            f'<div class="episodes"><h2>Episodes</h2>{_pm_list(ws[2:], u)}<div class="pagination"><a '
            f'href="{u("/")}" rel="prev">&laquo; Newer episodes</a></div></div>'),
            '<meta property="og:type" content="website">')),
    ]
    return docs


# --- firstyearlib.example: Ghost, Edition theme ---------------------------------------------------------------------

ED_SITE = "The First-Year Librarian"
ED_AUTHOR = ("Priya Natarajan", "/author/priya/")
ED_TAGGED = ("ask-mentor", "slack-workspaces", "first-conference")
ED_GONE = "/issue-9-reference-desk-survival/"


def _ed_head(title: str, url: str, og_type: str, ld: dict, extra: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" '
            f'content="IE=edge"><title>{esc(title)}</title><meta name="HandheldFriendly" content="True">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" '
            f'type="text/css" href="/assets/built/screen.css?v=1a2b3c4d5e"><link rel="canonical" href="{esc(url)}">'
            f'<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" '
            f'content="{ED_SITE}"><meta property="og:type" content="{og_type}"><meta property="og:title" '
            f'content="{esc(title)}"><meta property="og:url" content="{esc(url)}">{extra}'
            f'<script type="application/ld+json">{json.dumps(ld, indent=4)}</script>'
            f'<meta name="generator" content="Ghost 5.75"><link rel="alternate" type="application/rss+xml" '
            f'title="{ED_SITE}" href="{esc(url.split("/", 3)[0] + "//" + url.split("/")[2])}/rss/">'
            f'</head>')


def _ed_chrome(u, body_class: str, main: str) -> str:
    return (f'<body class="{body_class} is-head-left-logo has-cover"><div class="site"><header id="gh-head" '
            f'class="gh-head gh-outer"><div class="gh-head-inner gh-inner"><div class="gh-head-brand"><div '
            f'class="gh-head-brand-wrapper"><a class="gh-head-logo" href="{u("/")}">{ED_SITE}</a></div></div>'
            f'<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="{u("/")}">Home</a></li>'
            f'<li class="nav-mentoring"><a href="{u("/tag/mentoring/")}">Mentoring</a></li><li class="nav-about">'
            f'<a href="{u("/about/")}">About</a></li><li class="nav-contact"><a href="{u("/contact/")}">Contact</a>'
            f'</li></ul></nav><div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" '
            f'href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"'
            f' data-portal="signup">Subscribe</a></div></div></div></header><div class="site-content">{main}</div>'
            f'<footer class="gh-foot gh-outer"><div class="gh-foot-inner gh-inner"><div class="gh-copyright">'
            f'{ED_SITE} &copy; 2024</div><nav class="gh-foot-menu"><ul class="nav"><li><a href="{u("/about/")}">'
            f'About</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" '
            f'rel="noopener">Powered by Ghost</a></div></div></footer></div></body></html>')


def _ed_key(w: Work) -> str:
    return next(k for k, v in WORKS.items() if v is w)


def ed_post(w: Work, u) -> Doc:
    url = u(w.path)
    key = _ed_key(w)
    tag = ("Mentoring", "/tag/mentoring/") if key in ED_TAGGED else ("Careers", None)
    minutes = max(1, round(words(w) / 250))
    ld = {"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": ED_SITE,
          "url": u("/")}, "author": {"@type": "Person", "name": w.author, "url": u(ED_AUTHOR[1]), "sameAs": []},
          "headline": w.title, "url": url, "datePublished": w.date + "T12:00:00.000Z",
          "dateModified": w.date + "T12:00:00.000Z", "keywords": tag[0], "description": w.paras[0][:160],
          "mainEntityOfPage": url}
    extra = (f'<meta property="og:description" content="{esc(w.paras[0][:160])}"><meta property="article:'
             f'published_time" content="{w.date}T12:00:00.000Z"><meta property="article:tag" content="{tag[0]}">'
             f'<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="{esc(w.author)}">'
             f'<meta name="twitter:label2" content="Filed under"><meta name="twitter:data2" content="{tag[0]}">')
    paras = ps(w.paras)
    if key == "salary":
        paras += (f'<p>Missed the issue on surviving your first months at the desk? <a href="{u(ED_GONE)}">Read it '
                  f'here</a>.</p>')
    tag_html = (f'<a class="post-tag post-tag-mentoring" href="{u(tag[1])}">{tag[0]}</a>' if tag[1]
                else f'<span class="post-tag">{tag[0]}</span>')
    main = (f'<main id="site-main" class="site-main"><article class="single post tag-{tag[0].lower()}"><header '
            f'class="single-header gh-canvas"><div class="single-meta"><span class="single-meta-item single-meta-'
            f'date"><time datetime="{w.date}">{short_date(w.date)}</time></span><span class="single-meta-item '
            f'single-meta-length">{minutes} min read</span><span class="single-meta-item single-meta-tag">'
            f'{tag_html}</span></div><h1 class="single-title">{esc(w.title)}</h1></header><div class="single-content '
            f'gh-content gh-canvas">{paras}</div><div class="gh-canvas"><div class="author-card"><a href="'
            f'{u(ED_AUTHOR[1])}" class="author-card-link">{esc(w.author)}</a></div></div></article>'
            f'<section class="gh-cta gh-outer"><div class="gh-cta-inner gh-inner"><h3>Sign up for {ED_SITE}</h3>'
            f'<form data-members-form="signup"><input data-members-email type="email" required></form></div>'
            f'</section></main>')
    return work(w, _ed_head(f"{w.title}", url, "article", ld, extra)
                + _ed_chrome(u, f"post-template tag-{tag[0].lower()}", main))


def _ed_feed(ws: list[Work], u) -> str:
    items = []
    for w in ws:
        items.append(f'<article class="feed public post"><div class="feed-calendar"><div class="feed-calendar-month">'
                     f'{short_date(w.date)[:3]}</div><div class="feed-calendar-day">{w.date[8:]}</div></div>'
                     f'<h2 class="feed-title">{esc(w.title)}</h2><div class="feed-right"><div class="feed-length">'
                     f'{max(1, round(words(w) / 250))} min read</div></div><a class="u-permalink" href="{u(w.path)}" '
                     f'aria-label="{esc(w.title)}"></a></article>')
    return f'<div class="post-feed gh-feed gh-canvas">{"".join(items)}</div>'


def _ed_list(path: str, title: str, inner: str, u, body_class: str, ld_type: str, og: str = "website",
             extra_head: str = "") -> Doc:
    ld = {"@context": "https://schema.org", "@type": ld_type, "url": u(path), "name": title,
          "publisher": {"@type": "Organization", "name": ED_SITE, "url": u("/")}}
    return page(EDITION, path, _ed_head(title, u(path), og, ld, extra_head)
                + _ed_chrome(u, body_class, f'<main id="site-main" class="site-main">{inner}</main>'))


def edition(u) -> list[Doc]:
    ws = on_host(EDITION)
    docs = [ed_post(w, u) for w in ws]
    tagged = [w for w in ws if _ed_key(w) in ED_TAGGED]
    cover = (f'<div class="cover gh-outer"><div class="cover-content"><div class="cover-description">Practical advice '
             f'for librarians in their first years, every other Tuesday.</div><form class="cover-form" '
             f'data-members-form><input data-members-email class="email" type="email" placeholder="Your email '
             f'address"></form></div></div>')
    docs += [
        _ed_list("/", ED_SITE, cover + _ed_feed(ws[:3], u) + f'<nav class="load-more gh-outer"><a class="gh-loadmore '
                 f'gh-btn" href="{u("/page/2/")}">Load more posts</a></nav>', u, "home-template", "WebSite",
                 extra_head=f'<link rel="next" href="{u("/page/2/")}">'),
        _ed_list("/page/2/", f"{ED_SITE} (Page 2)", _ed_feed(ws[3:], u), u, "home-template paged archive-template",
                 "WebSite", extra_head=f'<link rel="prev" href="{u("/")}">'),
        _ed_list("/tag/mentoring/", f"Mentoring - {ED_SITE}", f'<section class="term gh-canvas"><h1 '
                 f'class="term-name">Mentoring</h1><div class="term-description">Finding mentors, being one, and '
                 f'learning from peers.</div></section>' + _ed_feed(tagged, u), u, "tag-template tag-mentoring",
                 "Series"),
        _ed_list(ED_AUTHOR[1], f"{ED_AUTHOR[0]} - {ED_SITE}", f'<section class="author gh-canvas"><h1 '
                 f'class="author-name">{ED_AUTHOR[0]}</h1><div class="author-bio">Academic librarian, five years in, '
                 f'writing the newsletter I wanted in year one.</div></section>' + _ed_feed(ws, u), u,
                 "author-template author-priya", "Person", og="profile"),
        _ed_list("/about/", f"About - {ED_SITE}", '<article class="single page"><header class="single-header '
                 'gh-canvas"><h1 class="single-title">About</h1></header><div class="single-content gh-content '
                 'gh-canvas"><p>The First-Year Librarian is a free newsletter for people starting out in libraries: '
                 'job hunting, first months on the job, and the people who can help. Written by Priya Natarajan.</p>'
                 '</div></article>', u, "page-template page-about", "Article", og="article"),
        _ed_list("/contact/", f"Contact - {ED_SITE}", '<article class="single page"><header class="single-header '
                 'gh-canvas"><h1 class="single-title">Contact</h1></header><div class="single-content gh-content '
                 'gh-canvas"><p>Reply to any issue, or write to hello@firstyearlib.example. I answer reader '
                 'questions in the newsletter, anonymously unless you say otherwise.</p></div></article>', u,
                 "page-template page-contact", "Article", og="article"),
    ]
    error = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>404 — Page not found</title>'
             f'<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" '
             f'type="text/css" href="/assets/built/screen.css?v=1a2b3c4d5e"></head><body class="error-template">'
             f'<div class="site"><header id="gh-head" class="gh-head gh-outer"><div class="gh-head-inner gh-inner">'
             f'<a class="gh-head-logo" href="{u("/")}">{ED_SITE}</a></div></header><main class="site-content">'
             f'<section class="error-content gh-outer"><h1 class="error-code">404</h1><p class="error-description">'
             f'Page not found</p><a class="error-link" href="{u("/")}">Go to the front page &rarr;</a></section>'
             f'</main></div></body></html>')
    docs.append(page(EDITION, ED_GONE, error, status=404))
    return docs


# --- okafor-lab.example: Hugo Blox (Wowchemy) academic site ---------------------------------------------------------

BX_SITE = "Adaeze Okafor"
BX_AUTHOR = "/author/adaeze-okafor/"
BX_TAGGED = ("reciprocal", "ifla-talk", "slides")
BX_RESEARCH = ("reciprocal", "repository-policies", "ifla-talk")
BX_SLIDES = "slides"


def _bx_head(title: str, url: str, og_type: str, extra: str = "") -> str:
    return (f'<!doctype html><html lang="en-us"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><meta http-equiv="X-UA-Compatible" content="IE=edge">'
            f'<meta name="generator" content="Hugo Blox Builder 5.9.7"><meta name="author" content="{BX_SITE}">'
            f'<link rel="stylesheet" href="/css/wowchemy.3f2b8e61ce6e8e7e.css"><link rel="canonical" '
            f'href="{esc(url)}"><meta property="twitter:card" content="summary"><meta property="og:site_name" '
            f'content="{BX_SITE}"><meta property="og:url" content="{esc(url)}"><meta property="og:title" '
            f'content="{esc(title)}"><meta property="og:locale" content="en-us"><meta property="og:type" '
            f'content="{og_type}">{extra}<title>{esc(title)} | {BX_SITE}</title></head>')


def _bx_chrome(u, main: str) -> str:
    return (f'<body id="top" data-spy="scroll" data-offset="70" data-target="#TableOfContents" class="page-wrapper" '
            f'data-wc-page-id="x"><div class="page-header header--fixed"><header><nav class="navbar navbar-expand-lg '
            f'navbar-light compensate-for-scrollbar" id="navbar-main"><div class="container-xl"><div class="d-none '
            f'd-lg-inline-flex"><a class="navbar-brand" href="{u("/")}">{BX_SITE}</a></div><div class="navbar-collapse'
            f' main-menu-item collapse justify-content-start" id="navbar-content"><ul class="navbar-nav d-md-inline-'
            f'flex"><li class="nav-item"><a class="nav-link" href="{u("/#about")}" data-target="#about"><span>Bio'
            f'</span></a></li><li class="nav-item"><a class="nav-link" href="{u("/#publications")}" '
            f'data-target="#publications"><span>Publications</span></a></li><li class="nav-item"><a class="nav-link" '
            f'href="{u("/#talks")}" data-target="#talks"><span>Talks</span></a></li><li class="nav-item"><a '
            f'class="nav-link" href="{u("/post/")}"><span>Blog</span></a></li></ul></div></div></nav></header></div>'
            f'<div class="page-body">{main}<div class="page-footer"><div class="container"><footer class="site-footer">'
            f'<p class="powered-by copyright-license-text">&copy; 2024 Adaeze Okafor. This work is licensed under '
            f'<a href="https://creativecommons.org/licenses/by-nc-nd/4.0" rel="noopener noreferrer" target="_blank">'
            f'CC BY NC ND 4.0</a></p><p class="powered-by">Published with <a href="https://hugoblox.com/" '
            f'target="_blank" rel="noopener">Hugo Blox Builder</a> &mdash; the free, open source website builder.'
            f'</p></footer></div></div></div></body></html>')


def _bx_key(w: Work) -> str:
    return next(k for k, v in WORKS.items() if v is w)


def _bx_meta(w: Work, u, key: str) -> str:
    cat = (f'<span class="middot-divider"></span><span class="article-categories"><i class="fas fa-folder mr-1"></i>'
           f'<a href="{u("/category/research/")}">Research</a></span>') if key in BX_RESEARCH else ""
    return (f'<div class="article-metadata"><div><span class="author-highlighted"><a href="{u(BX_AUTHOR)}">'
            f'Adaeze Okafor</a></span></div><span class="article-date">{short_date(w.date)}</span><span '
            f'class="middot-divider"></span><span class="article-reading-time">{max(1, round(words(w) / 200))} min '
            f'read</span>{cat}</div>')


def _bx_tags(key: str, u) -> str:
    return (f'<div class="article-tags"><a class="badge badge-light" href="{u("/tag/mentoring/")}">Mentoring</a>'
            f'<a class="badge badge-light" href="https://mastodon.example/tags/LibMentoring" rel="noopener">'
            f'#LibMentoring</a></div>') if key in BX_TAGGED else ""


def bx_post(w: Work, u, cites: list[tuple[str, str]]) -> Doc:
    key = _bx_key(w)
    url = u(w.path)
    ld = json.dumps({"@context": "https://schema.org", "@type": "BlogPosting", "mainEntityOfPage": {"@type":
                     "WebPage", "@id": url}, "headline": w.title, "datePublished": w.date + "T00:00:00Z",
                     "dateModified": w.date + "T00:00:00Z", "author": {"@type": "Person", "name": w.author},
                     "publisher": {"@type": "Organization", "name": BX_SITE}, "description": w.paras[0][:160]})
    refs = "".join(f'<p>See also <a href="{h}">{esc(t)}</a>.</p>' for h, t in cites)
    body = ps(w.paras) + refs
    if key == "reciprocal":
        body += f'<p>Update: the <a href="{u("/talk/ifla-2024-mentoring-networks/")}">IFLA talk</a> is online.</p>'
    main = (f'<article class="article"><div class="article-container pt-3"><h1>{esc(w.title)}</h1>'
            f'{_bx_meta(w, u, key)}</div><div class="article-container"><div class="article-style">{body}</div>'
            f'{_bx_tags(key, u)}<div class="media author-card content-widget-hr"><div class="media-body"><h5 '
            f'class="card-title"><a href="{u(BX_AUTHOR)}">Adaeze Okafor</a></h5><h6 class="card-subtitle">'
            f'Associate Professor of Information Science</h6></div></div></div></article>')
    head = _bx_head(w.title, url, "article", f'<meta property="article:published_time" content="{w.date}T00:00:00'
                    f'+00:00"><meta name="description" content="{esc(w.paras[0][:160])}">'
                    f'<script type="application/ld+json">{ld}</script>')
    return work(w, head + _bx_chrome(u, main))


def bx_publication(w: Work, u) -> Doc:
    url = u(w.path)
    journal = "Journal of Scholarly Communication Practice"
    authors = w.author.split("; ")
    cites = "".join(f'<meta name="citation_author" content="{esc(a.split()[-1])}, {esc(a.split()[0])}">'
                    for a in authors)
    head = _bx_head(w.title, url, "article", f'<meta name="description" content="{esc(w.paras[0][10:170])}">'
                    f'<meta name="citation_title" content="{esc(w.title)}">{cites}<meta name="citation_publication_'
                    f'date" content="{w.date.replace("-", "/")}"><meta name="citation_journal_title" '
                    f'content="{journal}"><meta name="citation_volume" content="9"><meta name="citation_issue" '
                    f'content="2"><meta name="citation_firstpage" content="44"><meta name="citation_lastpage" '
                    f'content="67">')
    names = ", ".join(f'<span class="author-highlighted"><a href="{u(BX_AUTHOR)}">{a}</a></span>' if a == BX_SITE
                      else f"<span>{esc(a)}</span>" for a in authors)
    main = (f'<div class="pub"><div class="article-container pt-3"><h1>{esc(w.title)}</h1><div class="article-'
            f'metadata"><div>{names}</div><span class="article-date">{short_date(w.date)}</span></div><div '
            f'class="btn-links mb-3"><a class="btn btn-outline-primary btn-page-header" href="https://doi.org/'
            f'10.5555/jscp.2023.044" target="_blank" rel="noopener">DOI</a></div></div><div class="article-container">'
            f'<h3>Abstract</h3><p class="pub-abstract">{esc(w.paras[0].removeprefix("Abstract: "))}</p><div '
            f'class="row"><div class="col-md-1"></div><div class="col-md-10"><div class="row"><div class="col-12 '
            f'col-md-3 pub-row-heading">Type</div><div class="col-12 col-md-9">Journal article</div></div></div></div>'
            f'<div class="row"><div class="col-md-1"></div><div class="col-md-10"><div class="row"><div class="col-12 '
            f'col-md-3 pub-row-heading">Publication</div><div class="col-12 col-md-9">{esc(w.paras[1])}</div></div>'
            f'</div></div>{_bx_tags(_bx_key(w), u)}</div></div>')
    return work(w, head + _bx_chrome(u, main))


def bx_talk(w: Work, u) -> Doc:
    url = u(w.path)
    slides = WORKS[BX_SLIDES]
    main = (f'<div class="article-container pt-3"><h1>{esc(w.title)}</h1>{_bx_meta(w, u, _bx_key(w))}<div '
            f'class="btn-links mb-3"><a class="btn btn-outline-primary btn-page-header" href="{u(slides.path)}" '
            f'target="_blank" rel="noopener">Slides</a></div></div><div class="article-container"><div '
            f'class="article-style">{ps(w.paras)}</div>{_bx_tags(_bx_key(w), u)}</div>')
    head = _bx_head(w.title, url, "article", f'<meta name="description" content="{esc(w.paras[1][10:170])}">'
                    f'<meta property="article:published_time" content="{w.date}T10:45:00+00:00">')
    return work(w, head + _bx_chrome(u, main))


def _bx_list(ws: list[Work], u) -> str:
    return "".join(f'<div class="view-list-item"><i class="far fa-newspaper pub-icon" aria-hidden="true"></i><a '
                   f'href="{u(w.path)}">{esc(w.title)}</a><div class="article-metadata"><span class="article-date">'
                   f'{short_date(w.date)}</span></div></div>' for w in ws)


def _bx_page(path: str, title: str, inner: str, u, og: str = "website") -> Doc:
    return page(BLOX, path, _bx_head(title, u(path), og) + _bx_chrome(
        u, f'<div class="universal-wrapper pt-3"><h1>{esc(title)}</h1></div><div class="universal-wrapper">'
           f'{inner}</div>'))


def blox(u, cites: list[tuple[str, str]]) -> list[Doc]:
    ws = on_host(BLOX)
    slides = WORKS[BX_SLIDES]
    posts = [w for w in ws if w.path.startswith("/post/")]
    pubs = [w for w in ws if w.path.startswith("/publication/")]
    talks = [w for w in ws if w.path.startswith("/talk/")]
    docs = [bx_post(w, u, cites if _bx_key(w) == "reciprocal" else []) for w in posts]
    docs += [bx_publication(w, u) for w in pubs] + [bx_talk(w, u) for w in talks]
    docs.append(work(slides, pdf(wrapped(slides.paras)), "application/pdf"))
    home = (f'<section id="about" class="home-section wg-about"><div class="home-section-bg"></div><div '
            f'class="container"><div class="row"><div class="col-12 col-lg-4"><div id="profile"><div class="portrait-'
            f'title"><h2>Adaeze Okafor</h2><h3>Associate Professor of Information Science</h3></div></div></div>'
            f'<div class="col-12 col-lg-8"><h1>Biography</h1><p>I study how librarians and archivists learn their '
            f'profession online, and how scholarly communication works in African universities. <a href="'
            f'{u(BX_AUTHOR)}">Full profile</a>.</p></div></div></div></section>'
            f'<section id="posts" class="home-section wg-collection"><div class="container"><div class="row"><div '
            f'class="section-heading col-12 col-lg-4 mb-3 mb-lg-0"><h1 class="mb-0">Recent Posts</h1></div><div '
            f'class="col-12 col-lg-8">{_bx_list(posts, u)}<div class="see-all"><a href="{u("/post/")}">See all '
            f'posts <i class="fas fa-angle-right"></i></a></div></div></div></div></section>'
            f'<section id="publications" class="home-section wg-collection"><div class="container"><div class="row">'
            f'<div class="section-heading col-12 col-lg-4"><h1>Publications</h1></div><div class="col-12 col-lg-8">'
            f'{_bx_list(pubs, u)}</div></div></div></section><section id="talks" class="home-section wg-collection">'
            f'<div class="container"><div class="row"><div class="section-heading col-12 col-lg-4"><h1>Talks</h1>'
            f'</div><div class="col-12 col-lg-8">{_bx_list(talks, u)}</div></div></div></section>'
            f'<section id="tags" class="home-section wg-tag-cloud"><div class="container"><div class="tag-cloud">'
            f'<a href="{u("/tag/mentoring/")}" style="font-size:1.5rem">Mentoring</a> <a href="'
            f'{u("/category/research/")}" style="font-size:1rem">Research</a></div></div></section>')
    docs += [
        page(BLOX, "/", _bx_head(BX_SITE, u("/"), "website") + _bx_chrome(u, home)),
        _bx_page("/post/", "Posts", _bx_list(posts, u), u),
        _bx_page("/tag/mentoring/", "Mentoring", _bx_list([w for w in ws if _bx_key(w) in BX_TAGGED
                                                           and w is not slides], u), u),
        _bx_page("/category/research/", "Research", _bx_list([w for w in ws if _bx_key(w) in BX_RESEARCH], u), u),
        _bx_page(BX_AUTHOR, "Adaeze Okafor", '<div class="article-widget"><p>Associate Professor of Information '
                 'Science. Interests: professional learning, online communities, scholarly communication. PhD, '
                 f'information science.</p><h3 class="mt-4">Latest</h3>'
                 f'{_bx_list([w for w in ws if w is not slides], u)}'
                 '</div>', u, og="profile"),
    ]
    return docs


# --- mlisjourney.example: Jekyll Now ---------------------------------------------------------------------------------

JN_SITE = "MLIS Journey"
JN_GONE = "/Library-of-things-visit/"


def _jn(title: str, u, url: str, main: str, desc: str, og_type: str = "website", extra: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><title>{esc(title)}</title><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1, maximum-scale=1"><meta http-equiv="X-UA-Compatible" '
            f'content="IE=edge"><meta name="description" content="{esc(desc)}"><meta property="og:description" '
            f'content="{esc(desc)}"><meta name="author" content="Jordan Kim"><meta property="og:title" '
            f'content="{esc(title)}"><meta property="og:type" content="{og_type}"><meta property="og:url" '
            f'content="{esc(url)}">{extra}<!--[if lt IE 9]><script src="https://html5shiv.googlecode.com/svn/trunk/'
            f'html5.js"></script><![endif]--><link rel="stylesheet" type="text/css" href="/style.css"><link '
            f'rel="alternate" type="application/rss+xml" title="{JN_SITE}" href="/feed.xml"></head><body>'
            f'<div class="wrapper-masthead"><div class="container"><header class="masthead clearfix"><a href="'
            f'{u("/")}" class="site-avatar"><img src="https://avatars.githubusercontent.example/u/4242" /></a>'
            f'<div class="site-info"><h1 class="site-name"><a href="{u("/")}">{JN_SITE}</a></h1><p '
            f'class="site-description">Notes from library school, one semester at a time</p></div><nav><a href="'
            f'{u("/")}">Blog</a><a href="{u("/about/")}">About</a></nav></header></div></div>'
            f'<div id="main" role="main" class="container">{main}</div><div class="wrapper-footer"><div '
            f'class="container"><footer class="footer"><a href="mailto:jordan@mlisjourney.example"><i class="svg-icon '
            f'email"></i></a><a href="https://github.com/jordankim"><i class="svg-icon github"></i></a></footer></div>'
            f'</div></body></html>')


def jn_post(w: Work, u) -> Doc:
    paras = ps(w.paras)
    if w.path == "/Practicum-reflections/":
        paras += (f'<p>(For the fun side of the semester, see <a href="{u(JN_GONE)}">my library of things '
                  f'visit</a>.)</p>')
    main = (f'<article class="post"><h1>{esc(w.title)}</h1><div class="entry">{paras}</div><div class="date">'
            f'Written on {long_date(w.date)}</div></article>')
    return work(w, _jn(f"{w.title} – {JN_SITE}", u, u(w.path), main, w.paras[0][:160], "article",
                       f'<meta property="article:published_time" content="{w.date}T00:00:00+00:00">'))


def jekyll_now(u) -> list[Doc]:
    ws = on_host(JEKYLLNOW)
    docs = [jn_post(w, u) for w in ws]
    listing = "".join(f'<article class="post"><h1><a href="{u(w.path)}">{esc(w.title)}</a></h1><div class="entry">'
                      f'<p>{cut(w.paras[0], 200)}</p></div><a href="{u(w.path)}" class="read-more">Read More</a>'
                      f'</article>' for w in ws)
    docs += [
        page(JEKYLLNOW, "/", _jn(JN_SITE, u, u("/"), f'<div class="posts">{listing}</div>',
                                 "Notes from library school, one semester at a time")),
        page(JEKYLLNOW, "/about/", _jn(f"About – {JN_SITE}", u, u("/about/"), (
            '<article class="page"><h1>About</h1><div class="entry"><p>I am Jordan, a part-time MLIS student '
            "working in a public library circulation department. This blog started as a class assignment and "
            "kept going.</p></div></article>"), "About Jordan")),
        page(JEKYLLNOW, JN_GONE, _jn(f"404 - Page not found – {JN_SITE}", u, u(JN_GONE), (
            f'<article class="page"><h1>404 - Page not found</h1><div class="entry"><p>Sorry, we can&rsquo;t find '
            f'that page that you&rsquo;re looking for. You can try again by going <a href="{u("/")}">back to the '
            f'homepage</a>.</p></div></article>'), "Page not found"), status=404),
    ]
    return docs


# --- the whole web ---------------------------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page of web 17, each label of :mod:`tests.labelled_text17` exactly once; ``url(host, path)`` makes
    the absolute URLs links use."""
    def on(host):
        return lambda path: url(host, path)

    def at(key):
        return url(WORKS[key].host, WORKS[key].path), WORKS[key].title

    docs = (soledad(on(SOLEDAD), {"listserv": [at("twitter-chats-study")], "passing-it-on": [at("toolkit")]})
            + flatsome(on(FLATSOME)) + discuz(on(DISCUZ)) + xplore(on(XPLORE)) + issuu(on(ISSUU)) + kbin(on(KBIN))
            + podomatic(on(PODOMATIC), {"ep41": [at("toolkit"), at("lone-mentor")]})
            + edition(on(EDITION)) + blox(on(BLOX), [at("twitter-chats-study"), at("kbin-after-twitter")])
            + jekyll_now(on(JEKYLLNOW)))
    places = [(d.host, d.path) for d in docs]
    assert len(places) == len(set(places)), "a page built twice"
    assert set(places) == {(w.host, w.path) for w in WORKS.values()} | set(_KINDS), "a label not built"
    return docs


class LabelledWeb17(ServedWeb):
    """Web 17 (see the module docstring)."""

    HOSTS = HOSTS
    START = {DISCUZ: "/forum.php"}
    FIRST_ADDRESS = 170
    build = staticmethod(build)
