"""Web 14: 102 pages on ten hosts, built from the texts and labels of
:mod:`tests.labelled_text14` (committed before this module), each host on a
platform no earlier web uses, in its markup (reduced) and metadata:

* stacksandsea.example: Hugo with the Mainroad theme (Hugo's OpenGraph template);
* lianet.example: WordPress with the Hestia theme and Rank Math's JSON-LD;
* backroom.example: a FluxBB 1.5 forum (query-string URLs, a "Bad request" soft 404);
* pix.example: Pixelfed (server-rendered post embeds, ActivityPub alternates);
* jils.example: a Wiley Online Library-like journal (``citation_*`` tags, ``/doi/`` URLs);
* shelfnotes.example: a Beehiiv newsletter (``/p/`` posts, ``/archive``, ``/t/`` tags);
* catalogued.example: a classic Libsyn podcast page (``libsyn-item`` episodes);
* learn.ischool.example: a Canvas LMS public course (pages, modules, syllabus, a PDF file);
* lena.example: Known (h-entry notes and posts);
* acad.example: an Academia.edu-like paper site (ScholarlyArticle JSON-LD, a PDF).

Seeds: each host's home (``START`` for the Wiley-like journal and the Canvas course).
"""

from __future__ import annotations

import datetime
import json
import re
from typing import Callable

from tests.labelled_text14 import (ACAD, BEEHIIV, CANVAS, FLUX, HESTIA, HUGO, KNOWN, LIBSYN, OTHER, PIX, WILEY,
                                   WORKS, Work)
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

HOSTS = (HUGO, HESTIA, FLUX, PIX, WILEY, BEEHIIV, LIBSYN, CANVAS, KNOWN, ACAD)
LABELS = {(w.host, w.path): (w.kind, w.grade) for w in WORKS.values()}
LABELS.update({(h, p): (k, 0) for h, p, k in OTHER})
ERROR_STATUS = {(HUGO, "/posts/old-friends/"): 404, (HESTIA, "/2023/mentoring-pilot/"): 200,
                (FLUX, "/viewtopic.php?id=377"): 200, (PIX, "/p/marta_archives/699990"): 404,
                (WILEY, "/doi/10.1002/jils.1999"): 404, (KNOWN, "/2023/hello"): 404}
U = Callable[[str], str]


def doc(host: str, path: str, body: str, content_type: str = "text/html; charset=utf-8") -> Doc:
    """The page at ``path`` with the label the text module gave it."""
    kind, grade = LABELS[(host, path)]
    status = ERROR_STATUS.get((host, path), 200)
    return Doc(host, path, kind, grade, body.encode("utf-8") if isinstance(body, str) else body, content_type, status)


def works(host: str) -> list[Work]:
    """A host's works, newest first."""
    return sorted((w for w in WORKS.values() if w.host == host), key=lambda w: w.date, reverse=True)


def w(key: str) -> Work:
    return WORKS[key]


def long_date(iso: str) -> str:
    d = datetime.date.fromisoformat(iso)
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def a(href: str, text: str, attrs: str = "") -> str:
    return f'<a href="{esc(href)}"{attrs}>{esc(text)}</a>'


# --- Hugo, Mainroad ----------------------------------------------------------------------------------

HUGO_SITE = "Stacks and Sea"
HUGO_TAGS = {"hugo-forty-years": ("mentoring", "listservs"), "hugo-mastodon-year": ("mentoring", "mastodon"),
             "hugo-reference-retirees": ("mentoring", "retirement"), "hugo-weeding": ("books",),
             "hugo-ferry": ("bookmobile",), "hugo-networks": ("broadband",)}


def _hugo(u: U, title: str, main: str, og_type: str = "website", desc: str = "", extra: str = "",
          body_class: str = "body") -> str:
    keys = [k for k in HUGO_TAGS]
    recent = "".join(f'<li class="widget__item"><a class="widget__link" href="{u(w(k).path)}">{esc(w(k).title)}</a>'
                     f"</li>" for k in sorted(keys, key=lambda k: w(k).date, reverse=True)[:5])
    return (f'<!DOCTYPE html><html class="no-js" lang="en-gb"><head><meta charset="UTF-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(title)}</title>'
            f'<meta name="description" content="{esc(desc)}"><meta name="generator" content="Hugo 0.121.1">'
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:description" content="{esc(desc)}">'
            f'<meta property="og:type" content="{og_type}">{extra}'
            f'<link rel="stylesheet" href="/css/style.css"></head><body class="{body_class}">'
            f'<div class="container container--outer"><header class="header"><div class="container header__container">'
            f'<div class="logo"><a class="logo__link" href="{u("/")}" title="{HUGO_SITE}" rel="home">'
            f'<div class="logo__item logo__text"><div class="logo__title">{HUGO_SITE}</div>'
            f'<div class="logo__tagline">Notes from a retired reference librarian</div></div></a></div>'
            f'<nav class="menu"><button class="menu__btn" aria-haspopup="true" aria-expanded="false" tabindex="0">'
            f'<span class="menu__btn-title" tabindex="-1">Menu</span></button><ul class="menu__list">'
            f'<li class="menu__item"><a class="menu__link" href="{u("/")}"><span class="menu__text">Home</span></a></li>'
            f'<li class="menu__item"><a class="menu__link" href="{u("/about/")}"><span class="menu__text">About</span>'
            f'</a></li><li class="menu__item"><a class="menu__link" href="{u("/contact/")}"><span class="menu__text">'
            f"Contact</span></a></li></ul></nav></div></header>"
            f'<div class="wrapper flex"><div class="primary">{main}</div>'
            f'<aside class="sidebar"><div class="widget-search widget"><form class="widget-search__form" role="search" '
            f'method="get" action="https://google.com/search"><input class="widget-search__field" type="search" '
            f'placeholder="Search…" name="q"><input type="hidden" name="sitesearch" value="{HUGO}"></form></div>'
            f'<div class="widget-recent widget"><h4 class="widget__title">Recent Posts</h4><div class="widget__content">'
            f'<ul class="widget__list">{recent}</ul></div></div>'
            f'<div class="widget-categories widget"><h4 class="widget__title">Categories</h4><div class="widget__content">'
            f'<ul class="widget__list"><li class="widget__item"><a class="widget__link" '
            f'href="{u("/categories/librarianship/")}">Librarianship</a></li></ul></div></div>'
            f'<div class="widget-taglist widget"><h4 class="widget__title">Tags</h4><div class="widget__content">'
            f'<a class="widget-taglist__link widget__link btn" href="{u("/tags/mentoring/")}" title="Mentoring">'
            f"Mentoring</a></div></div></aside></div>"
            f'<footer class="footer"><div class="container footer__container flex"><div class="footer__copyright">'
            f'&copy; 2024 {HUGO_SITE}. <span class="footer__copyright-credits">Generated with <a '
            f'href="https://gohugo.io/" rel="nofollow noopener" target="_blank">Hugo</a> and <a '
            f'href="https://github.com/Vimux/Mainroad/" rel="nofollow noopener" target="_blank">Mainroad</a> theme.'
            f"</span></div></div></footer></div></body></html>")


def _hugo_list(u: U, keys: list[str], heading: str | None, pager: str = "") -> str:
    items = "".join(
        f'<article class="list__item post"><header class="list__header"><h2 class="list__title post__title">'
        f'<a href="{u(w(k).path)}" rel="bookmark">{esc(w(k).title)}</a></h2><div class="list__meta meta">'
        f'<div class="meta__item-datetime meta__item"><time class="meta__text" datetime="{w(k).date}T10:00:00Z">'
        f'{long_date(w(k).date)}</time></div></div></header><div class="content list__excerpt post__content clearfix">'
        f"{cut(w(k).paras[0], 180)}</div></article>" for k in keys)
    head = f'<header class="main__header"><h1 class="main__title">{esc(heading)}</h1></header>' if heading else ""
    return f'<main class="main list" role="main">{head}{items}</main>{pager}'


def hugo(u: U) -> list[Doc]:
    keys = sorted(HUGO_TAGS, key=lambda k: w(k).date, reverse=True)
    docs = []
    for k in keys:
        p = w(k)
        tags = "".join(f'<li class="tags__item"><a class="tags__link btn" href="{u("/tags/mentoring/")}" rel="tag">'
                       f"{t}</a></li>" if t == "mentoring" else f'<li class="tags__item"><span class="tags__link btn">'
                       f"{t}</span></li>" for t in HUGO_TAGS[k])
        main = (f'<main class="main" role="main"><article class="post"><header class="post__header">'
                f'<h1 class="post__title">{esc(p.title)}</h1><div class="post__meta meta">'
                f'<div class="meta__item-author meta__item"><span class="meta__text">{esc(p.author)}</span></div>'
                f'<div class="meta__item-datetime meta__item"><time class="meta__text" datetime="{p.date}T10:00:00Z">'
                f'{long_date(p.date)}</time></div><div class="meta__item-categories meta__item"><span class="meta__text">'
                f'<a class="meta__link" href="{u("/categories/librarianship/")}" rel="category">Librarianship</a></span>'
                f'</div></div></header><div class="content post__content clearfix">{ps(p.paras)}</div>'
                f'<footer class="post__footer"><div class="post__tags tags clearfix"><ul class="tags__list">{tags}</ul>'
                f"</div></footer></article></main>"
                f'<nav class="pager flex"><div class="pager__item pager__item--prev"><a class="pager__link" '
                f'href="{u(w(keys[(keys.index(k) + 1) % len(keys)]).path)}" rel="prev"><span class="pager__subtitle">'
                f'Previous</span><p class="pager__title">{esc(w(keys[(keys.index(k) + 1) % len(keys)]).title)}</p></a>'
                f"</div></nav>")
        extra = (f'<meta property="og:url" content="{u(p.path)}"><meta property="article:section" content="posts">'
                 f'<meta property="article:published_time" content="{p.date}T10:00:00+00:00">'
                 f'<meta property="article:modified_time" content="{p.date}T10:00:00+00:00">')
        docs.append(doc(HUGO, p.path, _hugo(u, f"{p.title} | {HUGO_SITE}", main, "article", p.paras[0][:150],
                                            extra, "body single")))
    pager = (f'<div class="pagination"><a class="pagination__item pagination__item--next btn" href="{u("/page/2/")}">'
             f"&raquo;</a></div>")
    docs.append(doc(HUGO, "/", _hugo(u, HUGO_SITE, _hugo_list(u, keys[:5], None, pager), desc="Notes from a retired "
                                     "reference librarian")))
    docs.append(doc(HUGO, "/page/2/", _hugo(u, HUGO_SITE, _hugo_list(u, keys[5:], None, (
        f'<div class="pagination"><a class="pagination__item pagination__item--prev btn" href="{u("/")}">&laquo;</a>'
        f"</div>")))))
    docs.append(doc(HUGO, "/categories/librarianship/", _hugo(u, f"Librarianship | {HUGO_SITE}", _hugo_list(
        u, keys, "Librarianship"))))
    tagged = [k for k in keys if "mentoring" in HUGO_TAGS[k]]
    docs.append(doc(HUGO, "/tags/mentoring/", _hugo(u, f"Mentoring | {HUGO_SITE}", _hugo_list(u, tagged, "Mentoring"))))
    docs.append(doc(HUGO, "/search/?q=mentor", _hugo(u, f"Search | {HUGO_SITE}", (
        '<main class="main" role="main"><header class="main__header"><h1 class="main__title">Search</h1></header>'
        '<form class="search-page__form" action="/search/"><input type="search" name="q" value="mentor"></form>'
        '<div id="search-results"><p class="search-results__count">3 results for <em>mentor</em></p>'
        + "".join(f'<div class="search-results__item"><a href="{u(w(k).path)}">{esc(w(k).title)}</a></div>'
                  for k in tagged) + "</div></main>"))))
    docs.append(doc(HUGO, "/about/", _hugo(u, f"About | {HUGO_SITE}", (
        '<main class="main" role="main"><article class="post"><header class="post__header"><h1 class="post__title">'
        'About</h1></header><div class="content post__content clearfix"><p>I was a reference librarian for forty '
        "years, the last twelve as head of adult services in a county system. I retired in 2022 and live by the "
        "sea with a great many books.</p><p>Looking for something? Try "
        f'<a href="{u("/search/?q=mentor")}">the search page</a>. My older post about the friends I made on the '
        f'listservs is <a href="{u("/posts/old-friends/")}">here</a>.</p></div></article></main>'))))
    docs.append(doc(HUGO, "/contact/", _hugo(u, f"Contact | {HUGO_SITE}", (
        '<main class="main" role="main"><article class="post"><header class="post__header"><h1 class="post__title">'
        'Contact</h1></header><div class="content post__content clearfix"><p>Write to me at margaret (at) '
        "stacksandsea.example. I answer everything, eventually.</p></div></article></main>"))))
    docs.append(doc(HUGO, "/posts/old-friends/", _hugo(u, f"404 Page not found | {HUGO_SITE}", (
        '<main class="main" role="main"><div class="warning"><h1 class="warning__headline">404. Page not found</h1>'
        '<div class="warning__text"><p>The page you were looking for appears to have been moved, deleted or does '
        f'not exist. Please, try <a href="{u("/")}">the home page</a>.</p></div></div></main>'))))
    return docs


# --- WordPress, Hestia, Rank Math --------------------------------------------------------------------------

HESTIA_SITE = "Lakeland Information Association"
HESTIA_TAGGED = {"hestia-mentor-programme", "hestia-conference", "hestia-webinars"}


def _hestia(u: U, title: str, body_class: str, content: str, graph: list, og: str = "") -> str:
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph})
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(title)}</title>'
            f'<meta name="robots" content="follow, index, max-snippet:-1">{og}'
            f'<meta property="og:locale" content="en_GB"><meta property="og:site_name" content="{HESTIA_SITE}">'
            f'<script type="application/ld+json" class="rank-math-schema">{ld}</script>'
            f'<meta name="generator" content="WordPress 6.5.3"><link rel="stylesheet" id="hestia_style-css" '
            f'href="/wp-content/themes/hestia/style.min.css?ver=3.1.9"></head><body class="{body_class} '
            f'header-layout-default"><div class="wrapper"><header class="header">'
            f'<nav class="navbar navbar-default hestia_left navbar-not-transparent navbar-fixed-top">'
            f'<div class="container"><div class="navbar-header"><div class="title-logo-wrapper">'
            f'<a class="navbar-brand" href="{u("/")}" title="{HESTIA_SITE}"><p>{HESTIA_SITE}</p></a></div></div>'
            f'<div id="main-navigation" class="collapse navbar-collapse"><ul id="menu-primary" class="nav navbar-nav">'
            f'<li class="menu-item"><a title="News" href="{u("/category/news/")}">News</a></li>'
            f'<li class="menu-item"><a title="About us" href="{u("/about-us/")}">About us</a></li>'
            f'<li class="menu-item"><a title="Contact" href="{u("/contact/")}">Contact</a></li></ul></div></div></nav>'
            f"</header>{content}"
            f'<footer class="footer footer-black footer-big"><div class="container"><div class="hestia-bottom-footer-'
            f'content"><ul class="footer-menu pull-left"><li><a href="{u("/about-us/")}">About us</a></li>'
            f'<li><a href="{u("/?s=mentoring")}">Mentoring news</a></li></ul><div class="copyright pull-right">'
            f'Hestia | Developed by <a href="https://themeisle.com" rel="nofollow">ThemeIsle</a></div></div></div>'
            f"</footer></div></body></html>")


def _hestia_cards(u: U, keys: list[str]) -> str:
    return "".join(
        f'<article class="card card-blog card-plain post type-post status-publish format-standard hentry">'
        f'<div class="row"><div class="col-ms-12 col-sm-12"><h6 class="category text-info"><a href="{u("/category/news/")}"'
        f' title="View all posts in News">News</a></h6><h2 class="card-title entry-title"><a href="{u(w(k).path)}" '
        f'title="{esc(w(k).title)}" rel="bookmark">{esc(w(k).title)}</a></h2><div class="card-description '
        f'entry-summary"><p>{cut(w(k).paras[0], 200)}</p></div><div class="posted-by vcard author">By '
        f'<span class="fn">{esc(w(k).author)}</span>, <time class="entry-date published" datetime="{w(k).date}">'
        f"{long_date(w(k).date)}</time></div></div></div></article>" for k in keys)


def _hestia_listing(u: U, path: str, heading: str, keys: list[str], body_class: str) -> Doc:
    content = (f'<div id="primary" class="page-header header-small"><div class="container"><div class="row"><div '
               f'class="col-md-10 col-md-offset-1 text-center"><h1 class="hestia-title">{esc(heading)}</h1></div>'
               f'</div></div></div><div class="main main-raised"><div class="hestia-blogs blog-list-with-sidebar">'
               f'<div class="container"><div class="row"><div class="col-md-8 archive-post-wrap">'
               f"{_hestia_cards(u, keys)}</div></div></div></div></div>")
    graph = [{"@type": "CollectionPage", "@id": u(path) + "#webpage", "url": u(path), "name": heading},
             {"@type": "Organization", "@id": u("/") + "#organization", "name": HESTIA_SITE}]
    return doc(HESTIA, path, _hestia(u, f"{heading} - {HESTIA_SITE}", body_class, content, graph))


def _hestia_page(u: U, path: str, heading: str, html_body: str, body_class: str = "page-template-default page") -> Doc:
    content = (f'<div id="primary" class="boxed-layout-header page-header header-small"><div class="container"><div '
               f'class="row"><div class="col-md-10 col-md-offset-1 text-center"><h1 class="hestia-title">'
               f'{esc(heading)}</h1></div></div></div></div><div class="main main-raised"><div class="blog-post '
               f'blog-post-wrapper"><div class="container"><article class="section section-text"><div class="row">'
               f'<div class="col-md-8 page-content-wrap col-md-offset-2">{html_body}</div></div></article></div></div>'
               f"</div>")
    graph = [{"@type": "WebPage", "@id": u(path) + "#webpage", "url": u(path), "name": heading}]
    return doc(HESTIA, path, _hestia(u, f"{heading} - {HESTIA_SITE}", body_class, content, graph))


def hestia(u: U, elsewhere: dict[str, str]) -> list[Doc]:
    keys = [k for k in WORKS if WORKS[k].host == HESTIA]
    keys.sort(key=lambda k: w(k).date, reverse=True)
    docs = []
    for k in keys:
        p = w(k)
        url = u(p.path)
        body = ps(p.paras)
        if k == "hestia-conference":
            body += f'<p>Listen to the panel\'s follow-up on <a href="{elsewhere["podcast"]}">Catalogued</a>.</p>'
        tags = (f'<div class="entry-tags">Tags: <a href="{u("/tag/mentoring/")}"><span class="entry-tag">mentoring'
                f"</span></a></div>" if k in HESTIA_TAGGED else "")
        content = (f'<div id="primary" class="boxed-layout-header page-header header-small" data-parallax="active">'
                   f'<div class="container"><div class="row"><div class="col-md-10 col-md-offset-1 text-center">'
                   f'<h1 class="hestia-title entry-title">{esc(p.title)}</h1><h4 class="author">Published by '
                   f'<span class="vcard author"><strong class="fn">{esc(p.author)}</strong></span> on <time '
                   f'class="entry-date published" datetime="{p.date}T09:30:00+00:00">{long_date(p.date)}</time></h4>'
                   f'</div></div></div></div><div class="main main-raised"><div class="blog-post blog-post-wrapper">'
                   f'<div class="container"><article id="post-{400 + keys.index(k)}" class="section section-text">'
                   f'<div class="row"><div class="col-md-8 single-post-container" data-layout="sidebar-right">'
                   f'<div class="single-post-wrap entry-content">{body}</div></div></div></article>'
                   f'<div class="section section-blog-info"><div class="row"><div class="col-md-6"><div '
                   f'class="entry-categories">Categories: <a href="{u("/category/news/")}"><span class="label '
                   f'label-primary">News</span></a></div>{tags}</div></div></div></div></div></div>')
        graph = [{"@type": "Organization", "@id": u("/") + "#organization", "name": HESTIA_SITE},
                 {"@type": "WebPage", "@id": url + "#webpage", "url": url, "name": p.title},
                 {"@type": "NewsArticle", "headline": p.title, "datePublished": p.date + "T09:30:00+00:00",
                  "author": {"@type": "Person", "name": p.author}, "articleSection": "News",
                  "publisher": {"@id": u("/") + "#organization"}, "@id": url + "#richSnippet",
                  "isPartOf": {"@id": url + "#webpage"}}]
        og = (f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(p.title)}">'
              f'<meta property="og:url" content="{url}"><meta property="article:section" content="News">'
              f'<meta property="article:published_time" content="{p.date}T09:30:00+00:00">')
        docs.append(doc(HESTIA, p.path, _hestia(u, f"{p.title} - {HESTIA_SITE}", "post-template-default single "
                                                "single-post", content, graph, og)))
    docs.append(_hestia_listing(u, "/", "News", keys, "home blog"))
    docs.append(_hestia_listing(u, "/category/news/", "Category: News", keys, "archive category category-news"))
    tagged = [k for k in keys if k in HESTIA_TAGGED]
    docs.append(_hestia_listing(u, "/tag/mentoring/", "Tag: mentoring", tagged, "archive tag tag-mentoring"))
    docs.append(_hestia_listing(u, "/?s=mentoring", "Search Results for: mentoring", tagged, "search search-results"))
    docs.append(_hestia_page(u, "/about-us/", "About us", (
        "<p>The Lakeland Information Association is the professional body for library, archive and information "
        "workers in the Lakeland region. We run training, a conference and advocacy for our members.</p>"
        f'<p>Our 2023 pilot is described on <a href="{u("/2023/mentoring-pilot/")}">the pilot page</a>.</p>')))
    docs.append(_hestia_page(u, "/contact/", "Contact", (
        "<p>Email the office at office@lianet.example or write to us at the Civic Library, Hollin.</p>")))
    docs.append(_hestia_page(u, "/2023/mentoring-pilot/", "Oops! That page can’t be found.", (
        '<p>It looks like nothing was found at this location. Maybe try a search?</p><form role="search" '
        f'method="get" class="search-form" action="{u("/")}"><input type="search" class="search-field" name="s">'
        "</form>"), "error404"))
    return docs


# --- FluxBB ---------------------------------------------------------------------------------------------

FLUX_SITE = "The Back Room"
FLUX_ORDER = ["flux-mastodon-bluesky", "flux-jobs", "flux-patron-social", "flux-find-mentor", "flux-ils",
              "flux-burnout"]
SIGNATURES = {"thistledown"}  # who signs their posts with a link to the forum's FAQ


def _flux(u: U, title: str, page_id: str, main: str, crumbs: str = "") -> str:
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            f'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html xmlns="http://www.w3.org/1999/xhtml" '
            f'xml:lang="en" lang="en" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; '
            f'charset=utf-8" /><title>{esc(title)}</title><link rel="stylesheet" type="text/css" '
            f'href="style/Air.css" /></head><body><div id="{page_id}" class="pun"><div class="top-box"></div>'
            f'<div class="punwrap"><div id="brdheader" class="block"><div class="box"><div id="brdtitle" class="inbox">'
            f'<h1><a href="{u("/index.php")}">{FLUX_SITE}</a></h1><div id="brddesc"><p>A forum for library, archive '
            f'and information workers. Be kind.</p></div></div><div id="brdmenu" class="inbox"><ul>'
            f'<li id="navindex" class="isactive"><a href="{u("/index.php")}">Index</a></li></ul></div>'
            f'<div id="brdwelcome" class="inbox"><p class="conl">You are not logged in.</p><ul class="conr"><li>'
            f'<span>Topics: <a href="{u("/search.php?action=show_24h")}" title="Find topics with recent posts.">'
            f"Active topics</a></span></li></ul><div class=\"clearer\"></div></div></div></div>"
            f'<div id="brdmain">{crumbs}{main}</div><div id="brdfooter" class="block"><h2><span>Board footer</span>'
            f'</h2><div class="box"><div class="inbox"><p id="poweredby">Powered by <a href="http://fluxbb.org/">'
            f"FluxBB</a></p><div class=\"clearer\"></div></div></div></div></div><div class=\"end-box\"></div></div>"
            f"</body></html>")


def _flux_topics(u: U, keys: list[str]) -> str:
    rows = []
    for n, k in enumerate(keys):
        p = w(k)
        replies = sum(1 for x in p.paras if x.startswith("Reply from "))
        rows.append(f'<tr class="{"rowodd" if n % 2 == 0 else "roweven"}"><td class="tcl"><div class="icon"><div '
                    f'class="nosize">{n + 1}</div></div><div class="tclcon"><div><a href="{u(p.path)}">'
                    f'{esc(p.title)}</a> <span class="byuser">by {esc(p.author)}</span></div></div></td>'
                    f'<td class="tc2">{replies}</td><td class="tc3">{40 + 7 * n}</td><td class="tcr">{p.date} by '
                    f"{esc(p.author)}</td></tr>")
    return (f'<div id="vf" class="blocktable"><h2><span>Around the library</span></h2><div class="box"><div '
            f'class="inbox"><table><thead><tr><th class="tcl" scope="col">Topic</th><th class="tc2" scope="col">'
            f'Replies</th><th class="tc3" scope="col">Views</th><th class="tcr" scope="col">Last post</th></tr>'
            f'</thead><tbody>{"".join(rows)}</tbody></table></div></div></div>')


def _flux_crumbs(u: U, *items: tuple[str | None, str]) -> str:
    li = "".join(f'<li><span>»&#160;</span>{a(href, text) if href else f"<strong>{esc(text)}</strong>"}</li>'
                 for href, text in items)
    return (f'<div class="linkst"><div class="inbox crumbsplus"><ul class="crumbs"><li>'
            f'<a href="{u("/index.php")}">Index</a></li>{li}</ul><div class="clearer"></div></div></div>')


def fluxbb(u: U) -> list[Doc]:
    docs = []
    for k in FLUX_ORDER:
        p = w(k)
        posts = [(p.author, p.paras[0])] + [tuple(x[len("Reply from "):].split(": ", 1)) for x in p.paras[1:]]
        blocks = []
        for n, (who, text) in enumerate(posts, 1):
            sig = who in SIGNATURES
            sig_html = (f'<div class="postsignature postmsg"><hr /><p>Read the <a href="{u("/viewtopic.php?id=377")}">'
                        f"FAQ for new posters</a> before asking.</p></div>" if sig else "")
            blocks.append(
                f'<div id="p{9000 + 10 * FLUX_ORDER.index(k) + n}" class="blockpost {"rowodd" if n % 2 else "roweven"}'
                f'{" firstpost" if n == 1 else ""} blockpost{n}"><h2><span><span class="conr">#{n}</span> '
                f'{p.date} 1{n}:0{n}:00</span></h2><div class="box"><div class="inbox"><div class="postbody">'
                f'<div class="postleft"><dl><dt><strong>{esc(who)}</strong></dt><dd class="usertitle"><strong>Member'
                f'</strong></dd></dl></div><div class="postright"><h3>{"" if n == 1 else "Re: "}{esc(p.title)}</h3>'
                f'<div class="postmsg"><p>{esc(text)}</p></div>{sig_html}</div></div></div></div></div>')
        crumbs = _flux_crumbs(u, ("/viewforum.php?id=2", "Around the library"), (None, p.title))
        docs.append(doc(FLUX, p.path, _flux(u, f"{p.title} / Around the library / {FLUX_SITE}", "punviewtopic",
                                           "".join(blocks), crumbs)))
    fpath = "/viewforum.php?id=2"
    pages1 = (f'<div class="pagelink conl"><span class="pages-label">Pages: </span><strong class="item1">1</strong> '
              f'<a href="{u(fpath + "&p=2")}">2</a> <a rel="next" href="{u(fpath + "&p=2")}">Next</a></div>')
    pages2 = (f'<div class="pagelink conl"><span class="pages-label">Pages: </span><a rel="prev" href="{u(fpath)}">'
              f'Previous</a> <a href="{u(fpath)}">1</a> <strong class="item2">2</strong></div>')
    docs.append(doc(FLUX, fpath, _flux(u, f"Around the library / {FLUX_SITE}", "punviewforum",
                                       pages1 + _flux_topics(u, FLUX_ORDER[:4]),
                                       _flux_crumbs(u, (None, "Around the library")))))
    docs.append(doc(FLUX, fpath + "&p=2", _flux(u, f"Around the library (Page 2) / {FLUX_SITE}", "punviewforum",
                                                pages2 + _flux_topics(u, FLUX_ORDER[4:]),
                                                _flux_crumbs(u, (None, "Around the library")))))
    docs.append(doc(FLUX, "/search.php?action=show_24h", _flux(u, f"Search results / {FLUX_SITE}", "punsearch",
                                                              _flux_topics(u, FLUX_ORDER[:3]),
                                                              _flux_crumbs(u, (None, "Search results")))))
    idx = (f'<div id="idx1" class="blocktable"><h2><span>General</span></h2><div class="box"><div class="inbox">'
           f'<table><thead><tr><th class="tcl" scope="col">Forum</th><th class="tc2" scope="col">Topics</th>'
           f'<th class="tc3" scope="col">Posts</th><th class="tcr" scope="col">Last post</th></tr></thead><tbody>'
           f'<tr class="rowodd"><td class="tcl"><div class="icon"><div class="nosize">1</div></div><div '
           f'class="tclcon"><div><h3><a href="{u(fpath)}">Around the library</a></h3><div class="forumdesc">Work, '
           f'careers, the lot.</div></div></div></td><td class="tc2">6</td><td class="tc3">27</td><td class="tcr">'
           f'<a href="{u(w(FLUX_ORDER[0]).path)}">{w(FLUX_ORDER[0]).date}</a></td></tr></tbody></table></div></div>'
           f'</div><div id="brdstats" class="block"><h2><span>Board information</span></h2><div class="box">'
           f'<div class="inbox"><dl class="conr"><dt><strong>Board statistics</strong></dt><dd><span>Total number of '
           f'registered users: <strong>212</strong></span></dd></dl><dl class="conl"><dt><strong>User information'
           f'</strong></dt><dd><span>Newest registered user: <a href="{u("/profile.php?id=17")}">hollis_b</a>'
           f"</span></dd></dl></div></div></div>")
    docs.append(doc(FLUX, "/index.php", _flux(u, FLUX_SITE, "punindex", idx)))
    docs.append(doc(FLUX, "/profile.php?id=17", _flux(u, f"hollis_b's profile / {FLUX_SITE}", "punprofile", (
        '<div id="viewprofile" class="block"><h2><span>Profile</span></h2><div class="box"><div class="fakeform">'
        '<div class="inform"><fieldset><legend>Personal</legend><div class="infldset"><dl><dt>Username</dt>'
        "<dd>hollis_b</dd><dt>Title</dt><dd>Member</dd><dt>Location</dt><dd>The north</dd></dl></div></fieldset>"
        '</div><div class="inform"><fieldset><legend>User activity</legend><div class="infldset"><dl><dt>Posts'
        "</dt><dd>412</dd><dt>Registered</dt><dd>2019-02-11</dd></dl></div></fieldset></div></div></div></div>"))))
    docs.append(doc(FLUX, "/viewtopic.php?id=377", _flux(u, f"Info / {FLUX_SITE}", "punmessage", (
        '<div id="msg" class="block"><h2><span>Info</span></h2><div class="box"><div class="inbox"><p>Bad request. '
        'The link you followed is incorrect or outdated.</p><p><a href="javascript: history.go(-1)">Go back</a></p>'
        "</div></div></div>"))))
    return docs


# --- Pixelfed ---------------------------------------------------------------------------------------------

PIX_USER = "marta_archives"


def _pix(u: U, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><meta name="mobile-web-app-capable" content="yes">'
            f'<title>{esc(title)}</title><meta property="og:site_name" content="pix.example">{head}'
            f'<link href="/css/app.css" rel="stylesheet"></head><body class="loggedOut">'
            f'<nav class="navbar navbar-expand navbar-light navbar-laravel shadow-none border-bottom sticky-top py-1">'
            f'<div class="container"><a class="navbar-brand d-flex align-items-center" href="{u("/")}" '
            f'title="Logo"><span class="font-weight-bold mb-0 d-none d-sm-block" style="font-size:20px;">pix.example'
            f'</span></a></div></nav><main id="content">{main}</main>'
            f'<footer><div class="container py-3"><p class="text-center text-uppercase font-weight-bold small '
            f'text-justify"><a href="{u("/site/about")}" class="text-dark p-2">About</a></p><p class="text-center '
            f'text-muted small mb-0"><a href="https://pixelfed.org" class="text-muted" rel="noopener" '
            f'title="" data-toggle="tooltip">Powered by Pixelfed</a></p></div></footer></body></html>')


def _caption(u: U, text: str) -> str:
    def tag(m):
        return f'<a href="{u("/discover/tags/archives")}">#archives</a>' if m.group(1) == "archives" else esc(m.group(0))
    parts = re.split(r"(#\w+)", text)
    return "".join(tag(re.match(r"#(\w+)", s)) if s.startswith("#") else esc(s) for s in parts)


def _pix_card(u: U, p: Work, n: int) -> str:
    return (f'<div class="card status-card-embed card-md-rounded-0 border"><div class="card-header d-inline-flex '
            f'align-items-center bg-white"><a href="{u("/" + PIX_USER)}" class="username font-weight-bold pl-2 '
            f'text-dark">{PIX_USER}</a></div><a href="{u(p.path)}" class="max-hide-overflow"><img '
            f'class="card-img-top" src="/storage/m/_v2/{n}/photo.jpg" alt="Photo"></a><div class="card-body">'
            f'<p class="mb-0 text-break"><a href="{u("/" + PIX_USER)}" class="font-weight-bold text-dark">{PIX_USER}'
            f'</a> {_caption(u, p.paras[0])}</p></div><div class="card-footer bg-white"><a href="{u(p.path)}" '
            f'class="small text-muted"><time datetime="{p.date}T12:00:00.000000Z">{long_date(p.date)}</time></a>'
            f"</div></div>")


def pixelfed(u: U) -> list[Doc]:
    ps_ = works(PIX)
    docs = []
    for n, p in enumerate(ps_):
        head = (f'<meta property="og:title" content="{PIX_USER} posted a photo: {esc(p.paras[0][:60])}">'
                f'<meta property="og:type" content="article"><meta property="og:url" content="{u(p.path)}">'
                f'<meta property="og:description" content="{esc(p.paras[0])}">'
                f'<meta name="description" content="{esc(p.paras[0])}">'
                f'<link href="{u(p.path)}" rel="alternate" type="application/activity+json">')
        docs.append(doc(PIX, p.path, _pix(u, f"{PIX_USER} posted a photo", (
            f'<div class="container px-0 mt-md-4"><div class="col-12 col-md-8 offset-md-2">{_pix_card(u, p, n)}'
            f"</div></div>"), head)))
    grid = "".join(f'<div class="col-4 p-1"><a href="{u(p.path)}" class="card info-overlay card-md-border-0">'
                   f'<div class="square"><img class="square-content" src="/storage/m/_v2/{n}/thumb.jpg" '
                   f'alt="{esc(p.paras[0][:80])}"></div></a></div>' for n, p in enumerate(ps_))
    docs.append(doc(PIX, "/" + PIX_USER, _pix(u, f"Marta Ruiz (@{PIX_USER}) · pix.example", (
        f'<div class="profile-header row my-5"><div class="col-12 col-md-8"><h1 class="font-weight-bold">{PIX_USER}'
        f'</h1><p class="mb-0">Marta Ruiz</p><p class="mb-0">Archivist at a county record office. Boxes, seals, '
        f'cats.</p><p class="small">5 Posts · 318 Followers</p></div></div><div class="profile-timeline"><div '
        f'class="row">{grid}</div></div>'),
        f'<meta property="og:type" content="profile"><link href="{u("/" + PIX_USER)}" rel="alternate" '
        f'type="application/activity+json">')))
    tagged = [p for p in ps_ if "#archives" in p.paras[0]]
    docs.append(doc(PIX, "/discover/tags/archives", _pix(u, "#archives · pix.example", (
        '<div class="container"><div class="profile-header row mt-4"><h1 class="font-weight-bold">#archives</h1>'
        f'<p class="lead text-muted">{len(tagged) + 1} posts</p></div><div class="tag-timeline row">'
        + "".join(f'<div class="col-4 p-1"><a href="{u(p.path)}" class="card info-overlay"><img src="/storage/m/'
                  f'_v2/t{n}.jpg" alt="{esc(p.paras[0][:80])}"></a></div>' for n, p in enumerate(tagged))
        + f'<div class="col-4 p-1"><a href="{u("/p/marta_archives/699990")}" class="card info-overlay"><img '
          f'src="/storage/m/_v2/t9.jpg" alt="Photo"></a></div></div></div>'))))
    docs.append(doc(PIX, "/", _pix(u, "pix.example", (
        '<div class="container"><div class="row py-5"><div class="col-12 col-md-6"><h1 class="font-weight-bold">'
        "pix.example</h1><p class=\"lead\">A small Pixelfed server for people who work in galleries, libraries, "
        f'archives and museums.</p></div><div class="col-12 col-md-6"><h2 class="h5">Featured</h2><p><a '
        f'href="{u("/" + PIX_USER)}">@{PIX_USER}</a></p><h2 class="h5">Trending hashtags</h2><p><a '
        f'href="{u("/discover/tags/archives")}">#archives</a></p></div></div></div>'))))
    docs.append(doc(PIX, "/site/about", _pix(u, "About · pix.example", (
        '<div class="container"><div class="col-12"><h1 class="font-weight-bold">About</h1><p class="lead">'
        "pix.example is run by volunteers for the GLAM community. Registrations are open by invitation.</p>"
        "<p>Rules: be kind, describe your images, no advertising.</p></div></div>"))))
    docs.append(doc(PIX, "/p/marta_archives/699990", _pix(u, "Error 404 - Not Found", (
        '<div class="container"><div class="error-page py-5 my-5"><div class="text-center"><h3 class="font-weight-'
        'bold">Sorry, this page isn\'t available.</h3><p class="lead py-3">The link you followed may be broken, or '
        "the page may have been removed.</p></div></div></div>"))))
    return docs


# --- a Wiley Online Library-like journal ---------------------------------------------------------------------

JOURNAL = "Journal of Information and Library Studies"
JCODE = "20501234"
WILEY_ORDER = ["wiley-citation-networks", "wiley-metadata", "wiley-pln", "wiley-onboarding", "wiley-ementoring"]
SECTIONS = ("Introduction", "Methods", "Findings", "Discussion", "Conclusion")


def _authors(p: Work) -> list[str]:
    """'Okonjo, A. and Fairweather, L.' -> ['Okonjo, A.', 'Fairweather, L.']"""
    return p.author.split(" and ")


def _wiley(u: U, title: str, main: str, head: str = "", page_class: str = "pb-page") -> str:
    return (f'<!DOCTYPE html><html lang="en" class="pb-page" data-request-id="7f3a"><head data-pb-dropzone="head">'
            f'<meta charset="UTF-8"><title>{esc(title)}</title><meta name="viewport" content="width=device-width, '
            f'initial-scale=1">{head}<link rel="stylesheet" type="text/css" href="/wro/product.css"></head>'
            f'<body class="{page_class}"><div class="page-wrapper"><header class="pageHeader"><div '
            f'class="header-wrapper"><a href="{u("/journal/" + JCODE)}" class="journal-banner-image">'
            f'<span class="journal-banner-text">{JOURNAL}</span></a><nav class="journal-menu"><ul class="rlist">'
            f'<li><a href="{u("/journal/" + JCODE)}">Journal home</a></li><li><a href="{u("/toc/" + JCODE + "/2024/12/1")}"'
            f'>Current issue</a></li><li><a href="{u("/page/journal/" + JCODE + "/homepage/productinformation.html")}">'
            f"Overview</a></li></ul></nav></div></header><main class=\"content\">{main}</main>"
            f'<footer class="footer"><div class="footer__copyright">Copyright &copy; 1999 - 2024 John Wiley &amp; '
            f'Sons, Inc. or related companies. All rights reserved.</div></footer></div></body></html>')


def _wiley_item(u: U, p: Work) -> str:
    return (f'<div class="issue-item"><a class="issue-item__title visitable" href="{u(p.path)}"><h2>{esc(p.title)}'
            f'</h2></a><div class="loa comma loa-authors-trunc"><span class="author-style">{esc(p.author)}</span></div>'
            f'<ul class="rlist--inline separator issue-item__details"><li class="ePubDate"><span class="meta__date">'
            f'First published: {long_date(p.date)}</span></li><li><span class="meta__doi">https://doi.org/'
            f'{p.path[len("/doi/"):]}</span></li></ul></div>')


def wiley(u: U) -> list[Doc]:
    docs = []
    for n, k in enumerate(WILEY_ORDER):
        p = w(k)
        doi = p.path[len("/doi/"):]
        y, m, d = p.date.split("-")
        first = 11 + 14 * n
        meta = ("".join(f'<meta name="citation_author" content="{esc(x)}">' for x in _authors(p))
                + f'<meta name="citation_title" content="{esc(p.title)}">'
                f'<meta name="citation_publication_date" content="{y}/{m}/{d}">'
                f'<meta name="citation_online_date" content="{y}/{m}/{d}">'
                f'<meta name="citation_journal_title" content="{JOURNAL}"><meta name="citation_issn" content="2050-1234">'
                f'<meta name="citation_volume" content="12"><meta name="citation_issue" content="1">'
                f'<meta name="citation_firstpage" content="{first}"><meta name="citation_lastpage" content="{first + 13}">'
                f'<meta name="citation_doi" content="{doi}"><meta name="citation_publisher" content="John Wiley &amp; '
                f'Sons, Ltd"><meta name="citation_language" content="en">'
                f'<meta name="citation_pdf_url" content="{u("/doi/pdf/" + doi)}">'
                f'<meta name="dc.identifier" content="doi:{doi}"><meta property="og:title" content="{esc(p.title)}">'
                f'<meta property="og:type" content="Article"><meta property="og:url" content="https://doi.org/{doi}">'
                f'<meta property="og:site_name" content="Wiley Online Library">'
                f'<meta name="description" content="{esc(p.paras[0][:200])}">')
        sections = "".join(
            f'<section class="article-section__content" id="jils{doi[-4:]}-sec-000{i + 1}"><h2 class="article-section'
            f'__title section__title section1">{SECTIONS[i + 1]}</h2><p>{esc(t)}</p></section>'
            for i, t in enumerate(p.paras[1:]))
        refs = (f'<section class="article-section article-section__references"><h2 class="article-section__header">'
                f'References</h2><ul class="rlist separator"><li data-bib-id="jils-bib-0001">Brennan, S. (2021). '
                f'Withdrawn preprint. <i>{JOURNAL}</i>. <a href="{u("/doi/10.1002/jils.1999")}">Wiley Online Library'
                f"</a></li></ul></section>" if k == "wiley-pln" else "")
        authors = "".join(f'<span class="accordion-tabbed__tab-mobile"><span class="author-name accordion-tabbed__'
                          f'control"><span>{esc(x)}</span></span></span>' for x in _authors(p))
        main = (f'<article><div class="article-citation"><div class="citation"><div class="doi-access-container">'
                f'<span class="primary-heading">Research Article</span></div><h1 class="citation__title">'
                f'{esc(p.title)}</h1><div class="accordion-tabbed loa-accordion">{authors}</div>'
                f'<div class="epub-sections"><div class="epub-section"><span class="epub-date">First published: '
                f'{long_date(p.date)}</span></div><div class="epub-section"><a class="epub-doi" '
                f'href="https://doi.org/{doi}">https://doi.org/{doi}</a></div></div></div></div>'
                f'<div class="article__body"><section class="article-section article-section__abstract" lang="en">'
                f'<h2 class="article-section__header main abstractlang_en">Abstract</h2><div class="article-section__'
                f'content en main"><p>{esc(p.paras[0])}</p></div></section><section class="article-section '
                f'article-section__full">{sections}</section>{refs}</div></article>')
        docs.append(doc(WILEY, p.path, _wiley(u, f"{p.title} - {', '.join(_authors(p))} - {y} - {JOURNAL} - "
                                              "Wiley Online Library", main, meta, "pb-page article-page")))
    items = "".join(_wiley_item(u, w(k)) for k in WILEY_ORDER)
    docs.append(doc(WILEY, f"/toc/{JCODE}/2024/12/1", _wiley(u, f"{JOURNAL}: Vol 12, No 1", (
        f'<div class="table-of-content"><h1 class="cover-image__parent-item">Volume 12, Issue 1</h1><p class='
        f'"cover-image__date">December 2024</p><div class="toc__section"><h3 class="toc__heading section__header '
        f'to-section">RESEARCH ARTICLES</h3>{items}</div></div>'), "", "pb-page toc-page")))
    hits = [w(k) for k in ("wiley-ementoring", "wiley-pln", "wiley-onboarding")]
    docs.append(doc(WILEY, f"/action/doSearch?AllField=mentoring&SeriesKey={JCODE}", _wiley(u, "Search results", (
        f'<div class="search-result"><h1 class="search-result__title">3 results for "mentoring" in {JOURNAL}</h1>'
        f'<ul class="rlist search-result__body items-results">'
        + "".join(f"<li class=\"clearfix separator search__item\">{_wiley_item(u, p)}</li>" for p in hits)
        + "</ul></div>"), "", "pb-page search-page")))
    docs.append(doc(WILEY, f"/journal/{JCODE}", _wiley(u, JOURNAL, (
        f'<div class="journal-home"><h1 class="journal-info-container__title">{JOURNAL}</h1><p class="journal-info'
        '">Online ISSN: 2050-1234 | &copy; The Authors</p><div class="current-issue"><h2>Latest issue</h2>'
        f'<a href="{u("/toc/" + JCODE + "/2024/12/1")}">Volume 12, Issue 1 (December 2024)</a></div><div '
        f'class="virtual-issue"><h2>Virtual issue: Mentoring and the profession</h2><a href="'
        f'{esc(u("/action/doSearch?AllField=mentoring&SeriesKey=" + JCODE))}">Browse the virtual issue</a></div>'
        "</div>"), f'<meta property="og:title" content="{JOURNAL}"><meta property="og:type" content="website">',
        "pb-page journal-home-page")))
    docs.append(doc(WILEY, f"/page/journal/{JCODE}/homepage/productinformation.html", _wiley(u, f"{JOURNAL}: Overview", (
        f'<div class="journal-page"><h1>Overview</h1><p>The {JOURNAL} publishes research on libraries, archives and '
        "information services. It is published twice a year and is indexed in the major LIS databases.</p></div>"))))
    docs.append(doc(WILEY, "/doi/10.1002/jils.1999", _wiley(u, "Page not found", (
        '<div class="error-page"><h1>Sorry, the page you are looking for could not be found.</h1><p>Try searching '
        "or browse the journal.</p></div>"), "", "pb-page error-page")))
    return docs


# --- Beehiiv -----------------------------------------------------------------------------------------------

BEE_SITE = "Shelf Notes"
BEE_P = ' class="paragraph"'
BEE_TAGGED = ("bee-community", "bee-linkedin-mentors", "bee-webinar-recap")


def _bee(u: U, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width,initial-scale=1"><title>{esc(title)}</title>{head}'
            f'<meta property="og:site_name" content="{BEE_SITE}"><meta name="generator" content="beehiiv">'
            f'<link rel="alternate" type="application/rss+xml" href="/feed"></head><body><div id="root"><div '
            f'class="flex min-h-screen flex-col"><nav class="sticky top-0 z-50 w-full"><div class="mx-auto flex '
            f'max-w-6xl items-center justify-between px-4 py-3"><a class="flex items-center gap-x-2" href="{u("/")}">'
            f'<span class="font-bold">{BEE_SITE}</span></a><div class="flex gap-x-4"><a class="text-sm" '
            f'href="{u("/archive?page=2")}">Posts</a><a class="text-sm" href="{u("/authors/shelfwise-team")}">'
            f'Authors</a></div></div></nav><main class="flex-grow">{main}</main><footer class="py-12"><div '
            f'class="mx-auto max-w-6xl px-4 text-sm"><p>&copy; 2024 Shelfwise Ltd.</p><p><a '
            f'href="https://www.beehiiv.com/?utm_source=shelfnotes" rel="nofollow" target="_blank">Powered by beehiiv'
            f"</a></p></div></footer></div></div></body></html>")


def _bee_cards(u: U, ps_: list[Work]) -> str:
    return "".join(f'<div class="transparent h-full cursor-pointer overflow-hidden rounded-lg flex flex-col border">'
                   f'<a class="group h-full" href="{u(p.path)}"><div class="flex flex-col p-3"><h2 class="font-bold '
                   f'text-lg">{esc(p.title)}</h2><p class="line-clamp-2 text-sm">{cut(p.paras[0], 140)}</p><span '
                   f'class="text-xs"><time datetime="{p.date}">{long_date(p.date)}</time></span></div></a></div>'
                   for p in ps_)


def beehiiv(u: U) -> list[Doc]:
    ps_ = works(BEEHIIV)
    docs = []
    for p in ps_:
        key = next(k for k, v in WORKS.items() if v is p)
        ld = json.dumps({"@context": "https://schema.org", "@type": "Article", "headline": p.title,
                         "datePublished": p.date + "T13:00:00.000Z", "author": [{"@type": "Person", "name": p.author}],
                         "publisher": {"@type": "Organization", "name": BEE_SITE}, "url": u(p.path)})
        tag = (f'<a class="rounded-full border px-2 text-xs" href="{u("/t/community")}">Community</a>'
               if key in BEE_TAGGED else "")
        main = (f'<div class="mx-auto max-w-2xl px-4 py-8"><div class="flex flex-col gap-y-2">{tag}<h1 class="text-3xl '
                f'font-bold">{esc(p.title)}</h1><div class="flex items-center gap-x-2 text-sm"><a href="'
                f'{u("/authors/shelfwise-team")}" class="font-medium">{esc(p.author)}</a><span>'
                f'<time datetime="{p.date}">{long_date(p.date)}</time></span></div></div><div id="content-blocks" '
                f'class="rendered-post">{ps(p.paras, "p", BEE_P)}</div>'
                f'<div class="share"><a href="https://twitter.com/intent/tweet?url={esc(u(p.path))}" rel="noopener" '
                f'target="_blank">Share</a></div></div>')
        head = (f'<meta property="og:title" content="{esc(p.title)}"><meta property="og:type" content="article">'
                f'<meta property="og:url" content="{u(p.path)}"><meta name="description" '
                f'content="{esc(p.paras[0][:150])}"><meta name="author" content="{esc(p.author)}">'
                f'<meta property="article:published_time" content="{p.date}T13:00:00.000Z">'
                f'<script type="application/ld+json">{ld}</script>')
        docs.append(doc(BEEHIIV, p.path, _bee(u, p.title, main, head)))
    docs.append(doc(BEEHIIV, "/", _bee(u, BEE_SITE, (
        f'<div class="mx-auto max-w-6xl px-4 py-8"><h1 class="text-4xl font-bold">{BEE_SITE}</h1><p>The monthly '
        f'newsletter from Shelfwise, for the libraries that use it.</p><div class="grid grid-cols-3 gap-4">'
        f'{_bee_cards(u, ps_[:3])}</div><a href="{u("/archive?page=2")}">View more</a></div>'),
        '<meta property="og:type" content="website">')))
    docs.append(doc(BEEHIIV, "/archive?page=2", _bee(u, f"Posts | {BEE_SITE}", (
        f'<div class="mx-auto max-w-6xl px-4 py-8"><h1 class="text-3xl font-bold">Posts</h1><div class="grid '
        f'grid-cols-3 gap-4">{_bee_cards(u, ps_[3:])}</div><div class="pagination"><a href="{u("/")}">Previous'
        "</a><span>Page 2 of 2</span></div></div>"))))
    docs.append(doc(BEEHIIV, "/t/community", _bee(u, f"Community | {BEE_SITE}", (
        '<div class="mx-auto max-w-6xl px-4 py-8"><h1 class="text-3xl font-bold">Community</h1><div class="grid '
        f'grid-cols-3 gap-4">{_bee_cards(u, [p for p in ps_ if next(k for k, v in WORKS.items() if v is p) in BEE_TAGGED])}'
        "</div></div>"))))
    docs.append(doc(BEEHIIV, "/authors/shelfwise-team", _bee(u, f"Shelfwise Team | {BEE_SITE}", (
        '<div class="mx-auto max-w-6xl px-4 py-8"><h1 class="text-3xl font-bold">Shelfwise Team</h1><p>The people '
        f'who make Shelfwise, writing about libraries.</p><div class="grid grid-cols-3 gap-4">'
        f'{_bee_cards(u, [p for p in ps_ if p.author == "Shelfwise Team"])}</div></div>'),
        '<meta property="og:type" content="profile">')))
    return docs


# --- Libsyn ---------------------------------------------------------------------------------------------------

POD = "Catalogued"


def _libsyn(u: U, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}'
            f'<link rel="alternate" type="application/rss+xml" title="{POD}" href="https://catalogued.libsyn.example/rss">'
            f'<link rel="stylesheet" href="https://static.libsyn.com/p/assets/platform/css/libsyn.css"></head><body>'
            f'<div id="libsyn-page"><div id="libsyn-header"><h1 class="libsyn-show-title"><a href="{u("/")}">{POD}</a>'
            f'</h1><div class="libsyn-show-subtitle">Two archivists talk about the work</div></div>'
            f'<div id="libsyn-content">{main}</div><div id="libsyn-sidebar"><div class="libsyn-sidebar-block">'
            f'<h3>Categories</h3><ul><li><a href="{u("/webpage/category/general")}">general</a></li></ul></div>'
            f'<div class="libsyn-sidebar-block"><h3>Archives</h3><ul><li><a href="{u("/page/2/size/5")}">Older '
            f'episodes</a></li></ul></div></div><div id="libsyn-footer">Podcast Powered By <a '
            f'href="https://www.libsyn.com" rel="nofollow">Libsyn</a></div></div></body></html>')


def _libsyn_item(u: U, p: Work, n: int, full: bool) -> str:
    body = ps(p.paras) if full else f"<p>{esc(p.paras[0])}</p>"
    return (f'<div class="libsyn-item"><div class="libsyn-item-title"><a href="{u(p.path)}">{esc(p.title)}</a>'
            f'</div><div class="libsyn-item-release-date">{datetime.date.fromisoformat(p.date).strftime("%b %d, %Y")}'
            f'</div><div class="libsyn-item-body">{body}</div><div class="libsyn-item-player"><iframe title="Libsyn '
            f'Player" style="border: none" src="//html5-player.libsyn.com/embed/episode/id/{3010000 + n}/" '
            f'height="90" width="100%" scrolling="no"></iframe></div><div class="libsyn-item-footer">Category: <a '
            f'href="{u("/webpage/category/general")}">general</a> -- posted at: 6:00am EDT</div></div>')


def libsyn(u: U) -> list[Doc]:
    ps_ = works(LIBSYN)
    docs = []
    for n, p in enumerate(ps_):
        head = (f'<meta property="og:title" content="{esc(p.title)}"><meta property="og:type" content="website">'
                f'<meta property="og:url" content="{u(p.path)}"><meta property="og:description" '
                f'content="{esc(p.paras[0][:200])}"><meta name="twitter:card" content="player">')
        docs.append(doc(LIBSYN, p.path, _libsyn(u, f"{POD}: {p.title}", _libsyn_item(u, p, n, True), head)))
    pager = f'<div class="libsyn-pagination"><a href="{u("/page/2/size/5")}">Next Page</a></div>'
    docs.append(doc(LIBSYN, "/", _libsyn(u, POD, "".join(_libsyn_item(u, p, n, False) for n, p in enumerate(ps_[:3]))
                                        + pager, '<meta property="og:type" content="website">')))
    docs.append(doc(LIBSYN, "/page/2/size/5", _libsyn(u, f"{POD} - Page 2", "".join(
        _libsyn_item(u, p, n + 3, False) for n, p in enumerate(ps_[3:])) + (
        f'<div class="libsyn-pagination"><a href="{u("/")}">Previous Page</a></div>'))))
    docs.append(doc(LIBSYN, "/webpage/category/general", _libsyn(u, f"{POD}: general", (
        '<h2 class="libsyn-category-title">Category: general</h2>'
        + "".join(f'<div class="libsyn-item"><div class="libsyn-item-title"><a href="{u(p.path)}">{esc(p.title)}'
                  f'</a></div></div>' for p in ps_)))))
    return docs


# --- Canvas LMS, a public course ---------------------------------------------------------------------------

COURSE = "/courses/4412"
COURSE_NAME = "INF 602: Foundations of Information Practice (Spring 2025)"
CANVAS_PAGES = ["canvas-week2", "canvas-week6", "canvas-week9"]


def _canvas(u: U, title: str, active: str, content: str, crumb: str) -> str:
    tabs = [("home", COURSE, "Home"), ("announcements", COURSE + "/announcements", "Announcements"),
            ("syllabus", COURSE + "/assignments/syllabus", "Syllabus"), ("modules", COURSE + "/modules", "Modules")]
    nav = "".join(f'<li class="section"><a href="{u(p)}" class="{c}{" active" if c == active else ""}" '
                  f'tabindex="0">{t}</a></li>' for c, p, t in tabs)
    env = json.dumps({"COURSE_ID": "4412", "PUBLIC_COURSE": True, "current_user_id": None})
    return (f'<!DOCTYPE html><html class="" dir="ltr" lang="en"><head><meta charset="utf-8"><title>{esc(title)}'
            f'</title><link rel="stylesheet" href="/dist/brandable_css/new_styles_normal_contrast/bundles/common.css">'
            f'<script>ENV = {env};</script></head><body class="with-left-side course-menu-expanded primary-nav-'
            f'expanded context-course_4412 lato-font-not-loaded-yet"><div id="application" class="ic-app">'
            f'<header id="header" class="ic-app-header no-print"><div class="ic-app-header__main-navigation">'
            f'<div class="ic-app-header__logomark-container"><span class="ic-app-header__logomark"><span '
            f'class="screenreader-only">Dashboard</span></span></div></div></header><div id="wrapper" '
            f'class="ic-Layout-wrapper"><div class="ic-app-nav-toggle-and-crumbs no-print"><nav id="breadcrumbs" '
            f'role="navigation" aria-label="breadcrumbs"><ul><li class="home"><span class="ellipsis">Home</span></li>'
            f'<li><a href="{u(COURSE)}"><span class="ellipsible">INF 602</span></a></li><li><span class="ellipsible">'
            f'{esc(crumb)}</span></li></ul></nav></div><div id="main" class="ic-Layout-columns"><div id="left-side" '
            f'class="ic-app-course-menu ic-sticky-on list-view"><nav role="navigation" aria-label="Courses Navigation '
            f'Menu"><ul id="section-tabs">{nav}</ul></nav></div><div id="not_right_side" class="ic-app-main-content">'
            f'<div id="content-wrapper" class="ic-Layout-contentWrapper"><div id="content" class="ic-Layout-'
            f'contentMain" role="main">{content}</div></div></div></div></div></div></body></html>')


def canvas(u: U, elsewhere: dict[str, str]) -> list[Doc]:
    docs = []
    pdf_w = w("canvas-guide-pdf")
    for k in CANVAS_PAGES:
        p = w(k)
        body = ps(p.paras)
        if k == "canvas-week6":
            body += (f'<p><a class="instructure_file_link inline_disabled" title="PLN guide.pdf" '
                     f'href="{u(pdf_w.path)}">PLN guide.pdf</a></p><p>Article: <a href="{elsewhere["wiley"]}">'
                     f"Archivists' personal learning networks</a></p>")
        content = (f'<div class="show-content user_content clearfix enhanced"><h1 class="page-title">{esc(p.title)}'
                   f'</h1>{body}</div><div class="module-sequence-footer"><a class="Button" href="{u(COURSE + "/modules")}'
                   f'">Modules</a></div>')
        docs.append(doc(CANVAS, p.path, _canvas(u, f"{p.title}: {COURSE_NAME}", "modules", content, p.title)))
    docs.append(doc(CANVAS, pdf_w.path, pdf(list(pdf_w.paras)), "application/pdf"))
    items = "".join(f'<li class="context_module_item wiki_page"><div class="ig-row"><div class="ig-info"><div '
                    f'class="module-item-title"><span class="item_name"><a title="{esc(w(k).title)}" '
                    f'class="ig-title title item_link" href="{u(w(k).path)}">{esc(w(k).title)}</a></span></div></div>'
                    f"</div></li>" for k in CANVAS_PAGES)
    items += (f'<li class="context_module_item attachment"><div class="ig-row"><div class="ig-info"><div '
              f'class="module-item-title"><span class="item_name"><a class="ig-title title item_link" '
              f'href="{u(pdf_w.path)}">PLN guide.pdf</a></span></div></div></div></li>')
    docs.append(doc(CANVAS, COURSE + "/modules", _canvas(u, f"Course Modules: {COURSE_NAME}", "modules", (
        f'<div id="context_modules" class="ui-sortable"><div class="item-group-condensed context_module"><div '
        f'class="ig-header header"><h2 class="name">Weekly materials</h2></div><div class="content"><ul class='
        f'"ig-list items context_module_items">{items}</ul></div></div></div>'), "Modules")))
    docs.append(doc(CANVAS, COURSE, _canvas(u, COURSE_NAME, "home", (
        f'<div id="course_home_content"><div class="show-content user_content clearfix"><h1 class="page-title">'
        f'{COURSE_NAME}</h1><p>Welcome. This course introduces the practices of library and information work. '
        f'Materials are public; start with the <a href="{u(COURSE + "/modules")}">modules</a> and read the '
        f'<a href="{u(COURSE + "/assignments/syllabus")}">syllabus</a>.</p></div></div>'), "Home")))
    docs.append(doc(CANVAS, COURSE + "/assignments/syllabus", _canvas(u, f"Course Syllabus: {COURSE_NAME}", "syllabus", (
        '<h1 class="screenreader-only">Course Syllabus</h1><div id="course_syllabus" class="user_content enhanced">'
        "<p>Instructor: Dr. N. Abara. Office hours by appointment.</p><p>Assessment: three assignments (60%), "
        "weekly discussion (20%), a final reflection (20%).</p><p>Late work loses 5% a day.</p></div>"), "Syllabus")))
    docs.append(doc(CANVAS, COURSE + "/announcements", _canvas(u, f"Announcements: {COURSE_NAME}", "announcements", (
        '<div class="announcements-v2__wrapper"><h1 class="screenreader-only">Announcements</h1><div class="ic-item-'
        'row"><h3 class="ic-item-row__content-col"><a href="' + u(w("canvas-week9").path) + '">Week 9 guest speakers '
        'confirmed</a></h3><p>Two speakers will join us in week 9.</p></div><div class="ic-item-row"><h3>Room change'
        "</h3><p>From week 3 we meet in room 2.14.</p></div></div>"), "Announcements")))
    return docs


# --- Known ------------------------------------------------------------------------------------------------

KNOWN_SITE = "Lena Hartmann"
KNOWN_TAGGED = ("known-first-year", "known-note-placement", "known-note-bike")


def _known(u: U, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0">{head}'
            f'<meta name="generator" content="Known https://withknown.com"><link rel="alternate" '
            f'type="application/rss+xml" title="{KNOWN_SITE}" href="{u("/?_t=rss")}" rel="nofollow">'
            f'<link href="/css/known.min.css" rel="stylesheet"></head><body class="idno_pages_entity_view">'
            f'<div class="navbar navbar-default navbar-fixed-top"><div class="container"><a class="navbar-brand" '
            f'href="{u("/")}">{KNOWN_SITE}</a><ul class="nav navbar-nav"><li><a href="{u("/content/posts/")}">Posts'
            f'</a></li><li><a href="{u("/profile/lena")}">Profile</a></li></ul></div></div><div class="page-container">'
            f'<div class="container page-body">{main}</div></div><div class="blank-footer"><p>Powered by <a '
            f'href="https://withknown.com" rel="nofollow">Known</a></p></div></body></html>')


def _known_entry(u: U, p: Work, key: str, full: bool = True, gone: str = "") -> str:
    note = p.title == "" or len(p.paras) == 1
    name = "" if note else f'<h2 class="p-name"><a href="{u(p.path)}" class="u-url">{esc(p.title)}</a></h2>'
    body = ps(p.paras) if full or note else f"<p>{cut(p.paras[0], 200)}</p>"
    tags = (f'<div class="tag-row"><a href="{u("/tag/librarylife")}" class="p-category" rel="tag">#librarylife</a>'
            f"</div>" if key in KNOWN_TAGGED else "")
    extra = (f'<p>Photo: <a href="{gone}">on pix</a></p>' if key == "known-note-placement" and gone else "")
    return (f'<div class="row idno-entry idno-entry-{"status" if note else "entry"}"><div class="col-md-8 '
            f'col-md-offset-2 h-entry idno-{"notes" if note else "posts"} idno-object idno-content"><div '
            f'class="p-author author h-card vcard"><a href="{u("/profile/lena")}" class="u-url icon-container">'
            f'<img class="u-photo" src="/file/avatar.jpg" alt="Lena Hartmann"></a><a class="p-name fn u-url url" '
            f'href="{u("/profile/lena")}">Lena Hartmann</a></div><div class="datestamp"><p><a class="u-url url" '
            f'href="{u(p.path)}" rel="permalink"><time class="dt-published" datetime="{p.date}T18:00:00+00:00">'
            f'{long_date(p.date)}</time></a></p></div>{name}<div class="e-content entry-content">{body}{extra}</div>'
            f"{tags}</div></div>")


def known(u: U, elsewhere: dict[str, str]) -> list[Doc]:
    ps_ = works(KNOWN)
    keys = {id(v): k for k, v in WORKS.items()}
    docs = []
    for p in ps_:
        head = (f'<meta property="og:title" content="{esc(p.title)}"><meta property="og:type" content="article">'
                f'<meta property="og:url" content="{u(p.path)}"><meta name="description" '
                f'content="{esc(p.paras[0][:150])}"><link rel="webmention" href="{u("/webmention/")}">')
        docs.append(doc(KNOWN, p.path, _known(u, f"{p.title} - {KNOWN_SITE}", _known_entry(u, p, keys[id(p)], True, elsewhere["pixgone"]), head)))
    stream = "".join(_known_entry(u, p, keys[id(p)], False) for p in ps_)
    docs.append(doc(KNOWN, "/", _known(u, KNOWN_SITE, stream, '<meta property="og:type" content="website">')))
    docs.append(doc(KNOWN, "/content/posts/", _known(u, f"Posts - {KNOWN_SITE}", stream)))
    docs.append(doc(KNOWN, "/tag/librarylife", _known(u, f"#librarylife - {KNOWN_SITE}", "".join(
        _known_entry(u, p, keys[id(p)], False) for p in ps_ if keys[id(p)] in KNOWN_TAGGED))))
    hits = [p for p in ps_ if "mentor" in " ".join(p.paras).lower()]
    docs.append(doc(KNOWN, "/search/?q=mentor", _known(u, f"Search: mentor - {KNOWN_SITE}", (
        '<div class="row"><div class="col-md-8 col-md-offset-2"><h1>Search results for "mentor"</h1></div></div>'
        + "".join(_known_entry(u, p, keys[id(p)], False) for p in hits)))))
    docs.append(doc(KNOWN, "/profile/lena", _known(u, f"{KNOWN_SITE} - Profile", (
        '<div class="row"><div class="col-md-8 col-md-offset-2"><div class="h-card vcard"><h1 class="p-name">'
        'Lena Hartmann</h1><p class="p-note">Library school student. Metadata, archives, bikes. I post notes here '
        f'and syndicate them elsewhere.</p><p><a href="{u("/search/?q=mentor")}">Everything I\'ve written about '
        f'mentors</a> &middot; <a href="{u("/2023/hello")}">My first post</a></p></div></div></div>'),
        '<meta property="og:type" content="profile">')))
    docs.append(doc(KNOWN, "/2023/hello", _known(u, f"Not found - {KNOWN_SITE}", (
        '<div class="row"><div class="col-md-8 col-md-offset-2"><h1 class="p-name">Sorry, this page couldn\'t be '
        "found.</h1><p>It may have been deleted, or it may never have existed.</p></div></div>"))))
    return docs


# --- an Academia.edu-like site ---------------------------------------------------------------------------------

ACAD_PAPERS = ["acad-peer-mentoring", "acad-teen-mentors"]


def _acad(u: U, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en" xmlns:fb="http://www.facebook.com/2008/fbml" class="wf-loading">'
            f'<head><meta charset="utf-8"><title>{esc(title)}</title><meta name="viewport" content="width=device-'
            f'width, initial-scale=1">{head}<meta property="og:site_name" content="acad.example"></head><body>'
            f'<div id="main" class="js-main"><div class="DesignSystem"><header class="ds2-5-header"><a '
            f'class="ds2-5-header-logo" href="{u("/")}">acad.example</a><nav class="ds2-5-header-nav"><a '
            f'href="{u("/about")}">About</a> <a href="{u("/search?q=mentoring")}">Browse papers on mentoring</a>'
            f'</nav></header><div class="ds2-5-body">{main}</div><footer class="ds2-5-footer"><a '
            f'href="{u("/about")}">About</a> <span>acad.example &copy;2024</span></footer></div></div></body></html>')


def academia(u: U) -> list[Doc]:
    docs = []
    pdf_w = w("acad-pdf")
    for n, k in enumerate(ACAD_PAPERS):
        p = w(k)
        ld = json.dumps({"@context": "https://schema.org", "@type": "ScholarlyArticle", "name": p.title,
                         "author": [{"@type": "Person", "name": p.author, "url": u("/MarisolOkafor")}],
                         "datePublished": p.date, "url": u(p.path), "abstract": p.paras[0]})
        head = (f'<meta name="citation_title" content="{esc(p.title)}"><meta name="citation_author" '
                f'content="{esc(p.author)}"><meta name="citation_publication_date" content="{p.date[:4]}">'
                f'<meta property="og:title" content="{esc(p.title)}"><meta property="og:type" content="article">'
                f'<meta property="og:url" content="{u(p.path)}"><meta name="description" '
                f'content="{esc(p.paras[0][:200])}"><script type="application/ld+json">{ld}</script>')
        dl = (f'<a class="js-swp-download-button" href="{u(pdf_w.path)}" data-download="{{&quot;attachment_id'
              f'&quot;:98120044}}">Download the conference paper (PDF)</a>' if n == 0 else "")
        main = (f'<div class="ds-work-card--container"><div class="ds-work-card--title-container"><h1 '
                f'class="ds-work-card--work-title">{esc(p.title)}</h1></div><div class="ds-work-card--author"><a '
                f'class="ds-work-card--author-name" href="{u("/MarisolOkafor")}">{esc(p.author)}</a></div><div '
                f'class="ds-work-card--detail"><span>{p.date[:4]}</span></div>{dl}</div><div class="ds-work-'
                f'abstract"><h2>Abstract</h2><div class="abstract-text">{ps(p.paras)}</div></div>')
        docs.append(doc(ACAD, p.path, _acad(u, f"(PDF) {p.title} | {p.author} - acad.example", main, head)))
    docs.append(doc(ACAD, pdf_w.path, pdf(list(pdf_w.paras)), "application/pdf"))
    cards = "".join(f'<div class="work-card"><a class="work-title" href="{u(w(k).path)}">{esc(w(k).title)}</a>'
                    f'<p class="summary">{cut(w(k).paras[0], 160)}</p></div>' for k in ACAD_PAPERS)
    docs.append(doc(ACAD, "/MarisolOkafor", _acad(u, "Marisol Okafor - acad.example", (
        '<div class="profile--header"><h1 class="profile--name">Marisol Okafor</h1><p class="profile--affiliation">'
        f'School of Education, Eastbrook University</p><p>Research interests: school libraries, professional '
        f'development.</p></div><div class="works">{cards}<div class="work-card"><a class="work-title" '
        f'href="{u(pdf_w.path)}">{esc(pdf_w.title)}</a></div></div>'),
        '<meta property="og:type" content="profile">')))
    docs.append(doc(ACAD, "/search?q=mentoring", _acad(u, "mentoring - acad.example", (
        f'<div class="search-results"><h1>Papers about "mentoring"</h1>{cards}</div>'))))
    docs.append(doc(ACAD, "/", _acad(u, "acad.example - Share research", (
        '<div class="home"><h1>Share research. Follow researchers.</h1><h2>Featured researcher</h2><p><a '
        f'href="{u("/MarisolOkafor")}">Marisol Okafor</a></p><h2>Recently uploaded</h2>{cards}</div>'))))
    docs.append(doc(ACAD, "/about", _acad(u, "About - acad.example", (
        "<div class=\"about\"><h1>About</h1><p>acad.example is a platform for researchers to share papers and "
        "follow each other's work.</p></div>"))))
    return docs


# --- the whole web ----------------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page; ``url(host, path)`` makes the absolute URLs links use."""
    def on(host):
        return lambda path: url(host, path)

    elsewhere = {"podcast": url(LIBSYN, w("lib-discord").path), "wiley": url(WILEY, w("wiley-pln").path),
                 "pixgone": url(PIX, "/p/marta_archives/699990")}
    return (hugo(on(HUGO)) + hestia(on(HESTIA), elsewhere) + fluxbb(on(FLUX)) + pixelfed(on(PIX)) + wiley(on(WILEY))
            + beehiiv(on(BEEHIIV)) + libsyn(on(LIBSYN)) + canvas(on(CANVAS), elsewhere) + known(on(KNOWN), elsewhere)
            + academia(on(ACAD)))


class LabelledWeb14(ServedWeb):
    """Web 14 (see the module docstring)."""

    HOSTS = HOSTS
    START = {WILEY: f"/journal/{JCODE}", CANVAS: COURSE, FLUX: "/index.php"}
    FIRST_ADDRESS = 50
    build = staticmethod(build)
