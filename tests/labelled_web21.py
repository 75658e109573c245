"""Web 21: a labelled web of 121 pages on ten hosts, built from the texts
and labels of :mod:`tests.labelled_text21` (committed before this module),
each host with the markup (reduced), metadata and URL shapes of a real
platform none of the earlier webs uses:

* pathways.example: Hugo with the Clarity theme (OpenGraph, a BlogPosting
  JSON-LD), ``/post/<slug>/``, ``/tags/``, ``/categories/``, ``/post/page/2/``;
* lonearrangers.example: a Misago forum (``/t/<slug>/<id>/``,
  ``/c/<slug>/<id>/``, ``/u/<name>/<id>/``, ``/search/threads/?q=``);
* firstshelf.example: WordPress's Twenty Nineteen with Kadence Blocks (no SEO
  plugin: a canonical link and a shortlink only);
* shelfnotes.example: a Ghost(Pro) newsletter archive (Ghost's ``ghost_head``:
  OpenGraph, an Article JSON-LD; the portal's signup links);
* quietstacks.example: Jekyll with Hydeout (jekyll-seo-tag), ``/page2/``;
* valleylibraries.example: Grav with Quark (h-entry, ``/blog/tag:mentoring``,
  simplesearch's ``/search/query:mentoring``, a page's PDF among its media);
* unilib.example: TYPO3 with bootstrap_package and the news extension
  (schema.org microdata, a fileadmin PDF, a soft 404 answered 200);
* curation.example: Zola with tabi (h-entry);
* jnl.example: an Elsevier ScienceDirect-like journal (``citation_*`` meta,
  ``/science/article/pii/<PII>``, issue tables of contents, ``/search?qs=``);
* stratacommunity.example: a bbPress forum on WordPress (``/forums/topic/``,
  ``/forums/forum/``, ``/forums/topic-tag/``, ``/forums/users/``).

Used only by ``tests/test_held_out_webs.py`` and the lead's one measure."""

from __future__ import annotations

import datetime
import json
import zlib
from typing import Callable

from tests.labelled_text21 import (CURATION, FIRST, FORUM, HOSTS, JNL, JOURNAL, OTHER, PATHWAYS, QUIET, SHELF,
                                   STATUS, STRATA, TYPO3_SEARCH, UNI, VALLEY, WORKS, Work)
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf

Pages = dict[str, tuple[str | bytes, str]]  # path -> (body, content type)
HTML = "text/html; charset=utf-8"
PDF = "application/pdf"


def on(host: str) -> list[Work]:
    """A host's works, newest first."""
    return sorted((w for w in WORKS.values() if w.host == host), key=lambda w: w.date, reverse=True)


def day(w: Work) -> datetime.date:
    return datetime.date.fromisoformat(w.date)


def ps(paras) -> str:
    return "".join(f"<p>{esc(p)}</p>" for p in paras)


def desc(w: Work, n: int = 150) -> str:
    return w.paras[0][:n].rsplit(" ", 1)[0] + "..."


def ident(s: str, mod: int = 9000) -> int:
    return zlib.crc32(s.encode()) % mod + 100


def ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


# --- pathways.example: Hugo Clarity -----------------------------------------------------------------------------

def clarity(u: Callable[[str], str], x: Callable[[str, str], str]) -> Pages:
    site = "Pathways"
    posts = on(PATHWAYS)
    labelled_tags = {"mentoring": "/tags/mentoring/", "networks": "/tags/networks/"}

    def head(title, url, kind, extra=""):
        return (f'<!DOCTYPE html><html lang="en-us" data-figures="" class="page"><head><meta charset="utf-8">'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">'
                f'<meta name="generator" content="Hugo 0.123.8"><title>{esc(title)} | {site}</title>'
                f'<meta property="og:title" content="{esc(title)}"><meta property="og:url" content="{esc(url)}">'
                f'<meta property="og:site_name" content="{site}"><meta property="og:type" content="{kind}">'
                f'{extra}<link rel="canonical" href="{esc(url)}"><link rel="stylesheet" href="/css/styles.css">'
                f"</head>")

    def chrome(main):
        recent = "".join(f'<li><a href="{u(p.path)}" class="nav-link" title="{esc(p.title)}">{esc(p.title)}</a>'
                         f"</li>" for p in posts[:4])
        return (f'<body class="page"><header class="nav_header"><nav class="nav"><a href="{u("/")}" '
                f'class="nav_brand nav_item" title="{site}">{site}</a><div class="nav_close"></div>'
                f'<div class="nav_body nav_body_left"><div class="nav_parent"><a href="{u("/post/")}" '
                f'class="nav_item" title="Archives">Archives</a></div><div class="nav_parent"><a href="{u("/about/")}'
                f'" class="nav_item" title="About">About</a></div></div></nav></header>'
                f'<main><div class="grid-inverse wrap content">{main}<aside class="sidebar"><section '
                f'class="sidebar_inner"><br><div class="search"><input type="search" class="search_field form_field" '
                f'placeholder="Search" id="find" autocomplete="off"></div><h2>Ines Okafor</h2><div class="author_bio">'
                f"Librarian and researcher. I study how information professionals learn from each other.</div>"
                f'<h2 class="mt-4">Recent Posts</h2><ul class="flex-column">{recent}</ul><div><h2 class="mt-4 '
                f'taxonomy" id="tags-section">Tags</h2><nav class="tags_nav"><a href="{u("/tags/mentoring/")}" '
                f'class="post_tag button button_translucent" title="mentoring">MENTORING<span class="button_tally">'
                f'4</span></a><a href="{u("/tags/networks/")}" class="post_tag button button_translucent" '
                f'title="networks">NETWORKS<span class="button_tally">1</span></a></nav></div><div><h2 '
                f'class="mt-4 taxonomy" id="categories-section">Categories</h2><nav class="tags_nav"><a href="'
                f'{u("/categories/research/")}" class="post_tag button button_translucent" title="research">'
                f'RESEARCH<span class="button_tally">3</span></a></nav></div></section></aside></div></main>'
                f'<footer class="footer"><div class="footer_inner wrap pale"><img src="/icons/apple-touch-icon.png" '
                f'class="icon icon_2 transparent" alt="{site}"><p>Copyright&nbsp;<span class="year"></span>&nbsp;'
                f'{site.upper()}. All Rights Reserved</p><a class="to_top" href="#documentTop">top</a></div>'
                f"</footer></body></html>")

    def tags_html(p):
        out = []
        for t in p.tags:
            if t in labelled_tags:
                out.append(f'<a href="{u(labelled_tags[t])}" class="post_tag button button_translucent" '
                           f'title="{esc(t)}">{esc(t.upper())}</a>')
            else:
                out.append(f'<span class="post_tag button button_translucent">{esc(t.upper())}</span>')
        return "".join(out)

    def teaser(p):
        return (f'<article class="post_item"><h2 class="post_item_title"><a href="{u(p.path)}" class="post_link" '
                f'title="{esc(p.title)}">{esc(p.title)}</a></h2><div class="post_meta"><span class="post_date">'
                f"{day(p):%b %-d, %Y}</span></div><div class=\"excerpt\"><p>{cut(p.paras[0], 200)}</p></div>"
                f'<a href="{u(p.path)}" class="excerpt_more" title="{esc(p.title)}">Read More</a></article>')

    def listing(path, title, items, pager=""):
        return head(title, u(path), "website") + chrome(
            f'<div><h1 class="mt-1 mb-1">{esc(title)}</h1><section class="posts">'
            + "".join(teaser(p) for p in items) + f"</section>{pager}</div>")

    pages: Pages = {}
    for p in posts:
        ext = x(JNL, WORKS["ementoring"].path)
        more = ""
        if p is WORKS["networked"]:
            more = (f'<p>Related: <a href="{ext}">a survey of early-career academic librarians</a> found much the '
                    f'same; the <a href="{u("/post/pln-reading-group/")}">PLN reading group notes</a> have moved.</p>')
        if p is WORKS["weakties"]:
            more = f'<p>Back to <a href="{u(WORKS["networked"].path)}">the main write-up</a>.</p>'
        extra = (f'<meta property="og:description" content="{esc(desc(p))}">'
                 f'<meta property="article:section" content="post">'
                 f'<meta property="article:published_time" content="{p.date}T08:00:00+00:00">'
                 + "".join(f'<meta property="article:tag" content="{esc(t)}">' for t in p.tags)
                 + ld({"@context": "http://schema.org", "@type": "BlogPosting", "headline": p.title,
                       "author": {"@type": "Person", "name": p.author}, "datePublished": p.date,
                       "mainEntityOfPage": u(p.path), "keywords": list(p.tags)}))
        main = (f'<div><article class="post_content"><h1 class="post_title">{esc(p.title)}</h1>'
                f'<div class="post_meta"><span><svg class="icon"><use xlink:href="#calendar"></use></svg></span>'
                f'<span class="post_date">{day(p):%b %-d, %Y}</span><span class="post_time"> · '
                f'{max(1, sum(len(s.split()) for s in p.paras) // 200)} min read</span><span> · {tags_html(p)}'
                f'</span></div><div class="post_body">{ps(p.paras)}{more}</div></article>'
                f'<div class="post_comments"></div></div>')
        pages[p.path] = (head(p.title, u(p.path), "article", extra) + chrome(main), HTML)
    pages["/"] = (listing("/", site, posts[:3]).replace(f"<title>{site} | {site}", f"<title>{site}"), HTML)
    pages["/post/"] = (listing("/post/", "Posts", posts[:4], f'<div class="pagination"><a href="{u("/post/page/2/")}" '
                                                               f'class="pagination_next">Next</a></div>'), HTML)
    pages["/post/page/2/"] = (listing("/post/page/2/", "Posts", posts[4:],
                                      f'<div class="pagination"><a href="{u("/post/")}">Previous</a></div>'), HTML)
    pages["/tags/mentoring/"] = (listing("/tags/mentoring/", "Mentoring",
                                         [p for p in posts if "mentoring" in p.tags]), HTML)
    pages["/tags/networks/"] = (listing("/tags/networks/", "Networks", [p for p in posts if "networks" in p.tags]),
                                HTML)
    pages["/categories/research/"] = (listing("/categories/research/", "Research",
                                              [p for p in posts if "research" in p.tags or "mentoring" in p.tags]),
                                      HTML)
    pages["/about/"] = (head("About", u("/about/"), "website") + chrome(
        '<div><article class="post_content"><h1 class="post_title">About</h1><div class="post_body"><p>I am an '
        "academic librarian and a researcher at a university library school. This blog collects notes from my "
        "research, my teaching and the conferences I go to.</p><p>You can reach me by email or find me on "
        'Mastodon.</p></div></article></div>'), HTML)
    pages["/post/pln-reading-group/"] = (head("404 Page not found", u("/404.html"), "website") + chrome(
        '<div><h1 class="post_title">404</h1><p>Page not found. The page you were looking for does not exist or '
        "has moved.</p></div>"), HTML)
    return pages


# --- lonearrangers.example: Misago ------------------------------------------------------------------------------

MISAGO_CATS = {"/c/getting-advice/2/": ("Getting advice", ("mastodon_mentor", "lone", "jobhunt")),
               "/c/digital-preservation/4/": ("Digital preservation", ("tweets", "listserv")),
               "/c/lounge/6/": ("Lounge", ("reads",))}
MISAGO_USERS = {"ewa_k": "/u/ewa_k/7/", "tomasz": "/u/tomasz/9/"}


def misago(u, x) -> Pages:
    site = "Lone Arrangers"
    names = {n: w for n, w in WORKS.items() if w.host == FORUM}

    def cat_of(name):
        return next(path for path, (_, ns) in MISAGO_CATS.items() if name in ns)

    def page(title, main, og_type="website", description=""):
        return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | {site}</title>'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">'
                f'<meta property="og:site_name" content="{site}"><meta property="og:type" content="{og_type}">'
                f'<meta property="og:title" content="{esc(title)}"><meta property="og:description" '
                f'content="{esc(description or site)}"><meta name="twitter:card" content="summary">'
                f'<link rel="stylesheet" href="/static/misago/css/misago.css"></head><body>'
                f'<nav class="navbar navbar-misago navbar-default navbar-static-top" role="navigation"><div '
                f'class="container navbar-full navbar-desktop-nav"><a href="{u("/")}" class="navbar-brand">'
                f'<span>{site}</span></a><ul class="nav navbar-nav"><li><a href="{u("/")}">Threads</a></li>'
                f'<li><a href="{u("/c/getting-advice/2/")}">Categories</a></li></ul><div class="navbar-right">'
                f'<button type="button" class="btn btn-navbar-primary navbar-btn">Sign in</button></div></div></nav>'
                f'<div id="page-mount">{main}</div><footer class="misago-footer"><div class="container">'
                f'<div class="footer-content"><p class="misago-branding">This community is powered by <a '
                f'href="https://misago-project.org">Misago</a></p></div></div></footer>'
                f'<script src="/static/misago/js/misago.js"></script></body></html>')

    def who(name):
        return (f'<a href="{u(MISAGO_USERS[name])}" class="btn btn-link item-title">{esc(name)}</a>'
                if name in MISAGO_USERS else f'<span class="item-title">{esc(name)}</span>')

    def post(n, name, when, text):
        return (f'<li id="post-{n}" class="post"><div class="panel panel-default panel-post"><div class="panel-body">'
                f'<div class="post-heading">{who(name)}<a href="#post-{n}" class="btn btn-link posted-on">'
                f"{when}</a></div><article class=\"post-body\"><div class=\"misago-markup\">{text}</div></article>"
                f"</div></div></li>")

    def row(w):
        return (f'<li class="list-group-item thread-read"><div class="row thread-row"><div class="col-xs-12 '
                f'col-md-6 thread-detail-main"><a href="{u(w.path)}" class="item-title thread-title">'
                f'{esc(w.title)}</a></div><div class="thread-details-bottom"><span class="thread-detail-replies">'
                f'{len(w.replies)} replies</span><span class="thread-detail-last-reply">{esc(w.author)}</span>'
                f"</div></div></li>")

    def threads(title, ws, lead=""):
        return page(title, f'<div class="page page-threads"><div class="page-header-bg"><div class="page-header">'
                           f'<div class="container"><h1>{esc(title)}</h1>{lead}</div></div></div><div '
                           f'class="container page-container"><div class="threads-list ui-ready"><ul '
                           f'class="list-group">' + "".join(row(w) for w in ws) + "</ul></div></div></div>")

    pages: Pages = {}
    for name, w in names.items():
        cat = cat_of(name)
        body = post(1, w.author, f"{day(w):%b %-d, %Y}", ps(w.paras))
        body += "".join(post(i + 2, r, f"{day(w) + datetime.timedelta(days=i + 1):%b %-d, %Y}", f"<p>{esc(t)}</p>")
                        for i, (r, t) in enumerate(w.replies))
        if name == "mastodon_mentor":
            body += (f'<p class="thread-note">Moved from <a href="{u("/t/shared-mentor-list/99/")}">shared mentor '
                     f"list</a>.</p>")
        main = (f'<div class="page page-thread"><div class="page-header-bg"><div class="page-header"><div '
                f'class="container"><h1>{esc(w.title)}</h1><ul class="breadcrumbs"><li><a href="{u(cat)}">'
                f'{esc(MISAGO_CATS[cat][0])}</a></li></ul></div></div></div><div class="container page-container">'
                f'<ul class="posts-list ui-ready">{body}</ul></div></div>')
        pages[w.path] = (page(w.title, main, "article", desc(w)), HTML)
    ordered = sorted(names.values(), key=lambda w: w.date, reverse=True)
    pages["/"] = (threads("Threads", ordered), HTML)
    for path, (title, ns) in MISAGO_CATS.items():
        lead = (f'<p class="lead"><a href="{u("/search/threads/?q=mentor")}">Threads mentioning mentors</a></p>'
                if path == "/c/getting-advice/2/" else "")
        pages[path] = (threads(title, [names[n] for n in ns], lead), HTML)
    for name, path in MISAGO_USERS.items():
        started = [w for w in ordered if w.author == name]
        pages[path] = (page(name, f'<div class="page page-user-profile"><div class="page-header"><div '
                                  f'class="container"><h1 class="user-title">{esc(name)}</h1><p class="user-rank">'
                                  f'Member</p></div></div><div class="container"><h3>Threads</h3><ul '
                                  f'class="list-group">' + "".join(row(w) for w in started) + "</ul></div></div>",
                            "profile"), HTML)
    found = [w for w in ordered if "mentor" in (w.paras[0] + " ".join(t for _, t in w.replies)).lower()]
    pages["/search/threads/?q=mentor"] = (threads("Search: mentor", found), HTML)
    pages["/t/shared-mentor-list/99/"] = (page("Page not found", '<div class="page page-error"><div class="container">'
                                                                '<h1>Page not found</h1><p>Requested page could not '
                                                                "be found.</p></div></div>"), HTML)
    return pages


# --- firstshelf.example: WordPress Twenty Nineteen with Kadence Blocks -------------------------------------------

def nineteen(u, x) -> Pages:
    site = "First Shelf"
    posts = on(FIRST)

    def head(title, url, extra=""):
        return (f'<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" '
                f'content="width=device-width, initial-scale=1"><link rel="profile" href="https://gmpg.org/xfn/11">'
                f"<title>{title}</title><link rel='stylesheet' id='twentynineteen-style-css' "
                f"href='/wp-content/themes/twentynineteen/style.css?ver=2.9' media='all'><link rel='stylesheet' "
                f"id='kadence-blocks-rowlayout-css' href='/wp-content/plugins/kadence-blocks/dist/style-blocks-"
                f"rowlayout.css?ver=3.2.45' media='all'><meta name=\"generator\" content=\"WordPress 6.6.2\">"
                f'<link rel="canonical" href="{esc(url)}">{extra}</head>')

    def chrome(body_class, main):
        return (f'<body class="{body_class} wp-embed-responsive image-filters-enabled"><div id="page" class="site">'
                f'<a class="skip-link screen-reader-text" href="#content">Skip to content</a><header id="masthead" '
                f'class="site-header"><div class="site-branding-container"><div class="site-branding">'
                f'<p class="site-title"><a href="{u("/")}" rel="home">{site}</a></p><p class="site-description">'
                f'Notes from library school and after</p><nav id="site-navigation" class="main-navigation" '
                f'aria-label="Top Menu"><div class="menu-primary-container"><ul id="menu-primary" class="main-menu">'
                f'<li class="menu-item"><a href="{u("/")}">Home</a></li><li class="menu-item"><a href="'
                f'{u("/about/")}">About</a></li><li class="menu-item"><a href="{u("/category/library-school/")}">'
                f"Library school</a></li></ul></div></nav></div></div></header><div id=\"content\" "
                f'class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
                f'{main}</main></div></div><footer id="colophon" class="site-footer"><aside class="widget-area" '
                f'aria-label="Footer"><div class="widget-column footer-widget-1"><section id="search-2" '
                f'class="widget widget_search"><form role="search" method="get" class="search-form" action="'
                f'{u("/")}"><label><span class="screen-reader-text">Search for:</span><input type="search" '
                f'class="search-field" name="s"></label><input type="submit" class="search-submit" value="Search">'
                f'</form></section><section class="widget widget_tag_cloud"><h2 class="widget-title">Tags</h2>'
                f'<div class="tagcloud"><a href="{u("/tag/pln/")}" class="tag-cloud-link">pln</a></div></section>'
                f'<section class="widget widget_text"><div class="textwidget"><p>Popular search: <a href="'
                f'{u("/?s=slack")}">slack</a></p></div></section></div></aside><div class="site-info"><a '
                f'class="site-name" href="{u("/")}" rel="home">{site}</a>, <a href="https://wordpress.org/" '
                f'class="imprint">Proudly powered by WordPress.</a></div></footer></div></body></html>')

    def meta(p):
        tag = (f'<span class="tags-links"><span class="screen-reader-text">Tags: </span><a href="{u("/tag/pln/")}" '
               f'rel="tag">pln</a></span>' if "pln" in p.tags else "")
        return (f'<div class="entry-meta"><span class="byline"><span class="screen-reader-text">Posted by</span>'
                f'<span class="author vcard"><a class="url fn n" href="{u("/author/priya/")}">{esc(p.author)}</a>'
                f'</span></span><span class="posted-on"><a href="{u(p.path)}" rel="bookmark"><time class="entry-date '
                f'published updated" datetime="{p.date}T10:12:00+00:00">{day(p):%B %-d, %Y}</time></a></span>'
                f'<span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="'
                f'{u("/category/library-school/")}" rel="category tag">Library school</a></span>{tag}</div>')

    def kadence(p):
        lid = f"{ident(p.path, 900)}_{ident(p.title, 90)}"
        return (f'<div class="wp-block-kadence-rowlayout alignnone"><div id="kt-layout-id_{lid}" class="kt-row-'
                f'layout-inner kt-layout-id_{lid}"><div class="kt-row-column-wrap kt-has-1-columns kt-gutter-default '
                f'kt-v-gutter-default kt-row-valign-top kt-row-layout-equal kt-tab-layout-inherit kt-m-colapse-'
                f'left-to-right kt-mobile-layout-row"><div class="wp-block-kadence-column inner-column-1 kadence-'
                f'column_{lid}"><div class="kt-inside-inner-col">{ps(p.paras)}</div></div></div></div></div>')

    def teaser(p):
        return (f'<article id="post-{ident(p.path)}" class="post-{ident(p.path)} post type-post status-publish '
                f'format-standard hentry category-library-school entry"><header class="entry-header"><h2 '
                f'class="entry-title"><a href="{u(p.path)}" rel="bookmark">{esc(p.title)}</a></h2></header>'
                f'<div class="entry-content"><p>{cut(p.paras[0], 280)}</p></div><footer class="entry-footer">'
                f"{meta(p)}</footer></article>")

    def listing(path, title, items, body_class, heading="", pager=""):
        h = f'<header class="page-header"><h1 class="page-title">{heading}</h1></header>' if heading else ""
        return head(title, u(path)) + chrome(body_class, h + "".join(teaser(p) for p in items) + pager)

    pages: Pages = {}
    for i, p in enumerate(posts):
        more = ""
        if p is WORKS["slacklist"]:
            more = (f'<p>Also: Jonas wrote a lovely <a href="{x(QUIET, WORKS["discord"].path)}">appreciation of the '
                    f'cataloguing Discord</a>.</p>')
        prev = posts[i + 1] if i + 1 < len(posts) else None
        nav = (f'<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div '
               f'class="nav-previous"><a href="{u(prev.path)}" rel="prev"><span class="meta-nav">Previous Post</span>'
               f'<span class="post-title">{esc(prev.title)}</span></a></div></div></nav>' if prev else "")
        main = (f'<article id="post-{ident(p.path)}" class="post-{ident(p.path)} post type-post status-publish '
                f'format-standard hentry category-library-school entry"><header class="entry-header"><h1 '
                f'class="entry-title">{esc(p.title)}</h1>{meta(p)}</header><div class="entry-content">{kadence(p)}'
                f'{more}</div><footer class="entry-footer">{meta(p)}</footer><div class="author-bio"><h2 '
                f'class="author-title"><span class="author-heading">Published by {esc(p.author)}</span></h2><p '
                f'class="author-description">MLIS student and aspiring instruction librarian. <a class="author-link" '
                f'href="{u("/author/priya/")}" rel="author">View more posts</a></p></div></article>{nav}')
        pages[p.path] = (head(f"{esc(p.title)} &#8211; {site}", u(p.path),
                              f'<link rel="shortlink" href="{u("/?p=" + str(ident(p.path)))}">')
                         + chrome(f"post-template-default single single-post postid-{ident(p.path)} "
                                  "single-format-standard singular", main), HTML)
    pager = (f'<nav class="navigation pagination" aria-label="Posts"><div class="nav-links"><a class="next '
             f'page-numbers" href="{u("/page/2/")}">Older posts</a></div></nav>')
    pages["/"] = (listing("/", f"{site} &#8211; Notes from library school and after", posts[:3], "home blog hfeed",
                          pager=pager), HTML)
    pages["/page/2/"] = (listing("/page/2/", f"{site} &#8211; Page 2", posts[3:], "home blog paged paged-2 hfeed"),
                         HTML)
    pages["/category/library-school/"] = (listing("/category/library-school/", f"Library school &#8211; {site}",
                                                  posts, "archive category hfeed",
                                                  'Category Archives: <span class="page-description">Library school'
                                                  "</span>"), HTML)
    pages["/tag/pln/"] = (listing("/tag/pln/", f"pln &#8211; {site}", [p for p in posts if "pln" in p.tags],
                                  "archive tag tag-pln hfeed",
                                  'Tag Archives: <span class="page-description">pln</span>'), HTML)
    pages["/?s=slack"] = (listing("/?s=slack", f"You searched for slack &#8211; {site}",
                                  [p for p in posts if "slack" in " ".join(p.paras).lower()],
                                  "search search-results hfeed", 'Search results for: <span class="page-description">'
                                                                 "slack</span>"), HTML)
    pages["/author/priya/"] = (listing("/author/priya/", f"Priya Natarajan &#8211; {site}", posts,
                                       "archive author author-priya hfeed",
                                       'Author Archives: <span class="page-description">Priya Natarajan</span>'), HTML)
    pages["/about/"] = (head(f"About &#8211; {site}", u("/about/")) + chrome(
        "page-template-default page", '<article class="page type-page status-publish hentry entry"><header '
        'class="entry-header"><h1 class="entry-title">About</h1></header><div class="entry-content"><p>Hi, I\'m '
        "Priya. I'm finishing an MLIS part-time while working as a library assistant. This blog is where I think "
        "out loud about library school, my practicum and what comes next.</p></div></article>"), HTML)
    return pages


# --- shelfnotes.example: a Ghost(Pro) newsletter archive ----------------------------------------------------------

def ghost(u, x) -> Pages:
    site = "Shelf Notes"
    posts = on(SHELF)

    def head(title, url, og_type, extra="", jsonld=None):
        return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" '
                f'content="IE=edge"><title>{esc(title)}</title><meta name="viewport" content="width=device-width, '
                f'initial-scale=1"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5ad1f0d2c3">'
                f'<link rel="canonical" href="{esc(url)}"><meta name="referrer" content="no-referrer-when-downgrade">'
                f'<meta property="og:site_name" content="{site}"><meta property="og:type" content="{og_type}">'
                f'<meta property="og:title" content="{esc(title)}"><meta property="og:url" content="{esc(url)}">'
                f'{extra}<meta name="twitter:card" content="summary">'
                + (ld(jsonld) if jsonld else "")
                + '<meta name="generator" content="Ghost 5.96"><link rel="alternate" type="application/rss+xml" '
                f'title="{site}" href="{u("/rss/")}"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.43/'
                f'umd/portal.min.js" data-i18n="true" data-ghost="{u("/")}" data-key="5f1c0e" data-api="'
                f'{u("/ghost/api/content/")}" crossorigin="anonymous"></script></head>')

    def chrome(body_class, main):
        return (f'<body class="{body_class} is-head-left-logo"><div class="gh-viewport"><header id="gh-navigation" '
                f'class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner"><div '
                f'class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="{u("/")}">{site}</a></div>'
                f'<nav class="gh-navigation-menu"><ul class="nav"><li class="nav-home"><a href="{u("/")}">Home</a>'
                f'</li><li class="nav-about"><a href="{u("/about/")}">About</a></li></ul></nav><div '
                f'class="gh-navigation-actions"><a class="gh-button" href="#/portal/signup" data-portal="signup">'
                f'Subscribe</a></div></div></header>{main}<footer class="gh-footer gh-outer"><div '
                f'class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">'
                f'{site}</span><div class="gh-footer-copyright">Powered by <a href="https://ghost.org/" '
                f'target="_blank" rel="noopener">Ghost</a></div></div><div class="gh-footer-signup"><h2 '
                f'class="gh-footer-signup-header is-title">{site}</h2><p class="gh-footer-signup-subhead is-body">'
                f'Letters from a retired reference librarian, every other Sunday.</p><a class="gh-button" '
                f'href="#/portal/signup">Subscribe</a></div></div></footer></div></body></html>')

    def card(p):
        return (f'<article class="gh-card post tag-letters"><a class="gh-card-link" href="{u(p.path)}"><div '
                f'class="gh-card-wrapper"><h3 class="gh-card-title is-title">{esc(p.title)}</h3><p '
                f'class="gh-card-excerpt is-body">{cut(p.paras[0], 180)}</p><footer class="gh-card-meta"><time '
                f'class="gh-card-date" datetime="{p.date}">{day(p):%-d %b %Y}</time></footer></div></a></article>')

    def feed(items, header="", pager=""):
        return (f'<main class="gh-main"><section class="gh-container is-list gh-outer"><div '
                f'class="gh-container-inner gh-inner">{header}<div class="gh-feed">'
                + "".join(card(p) for p in items) + f"</div>{pager}</div></section></main>")

    pages: Pages = {}
    for p in posts:
        url = u(p.path)
        extra = (f'<meta property="og:description" content="{esc(desc(p))}"><meta property="article:published_time" '
                 f'content="{p.date}T07:00:00.000Z"><meta property="article:tag" content="Letters">'
                 f'<meta name="description" content="{esc(desc(p))}">')
        jsonld = {"@context": "https://schema.org", "@type": "Article",
                  "publisher": {"@type": "Organization", "name": site, "url": u("/")},
                  "author": {"@type": "Person", "name": p.author, "url": u("/author/margaret/"), "sameAs": []},
                  "headline": p.title, "url": url, "datePublished": f"{p.date}T07:00:00.000Z",
                  "keywords": "Letters", "description": desc(p), "mainEntityOfPage": url}
        more = ""
        if p is WORKS["passiton"]:
            more = f'<p>Last issue, <a href="{u("/issue-40-seed-catalogues/")}">seed catalogues</a>, is below.</p>'
        main = (f'<main id="gh-main" class="gh-main"><article class="gh-article post tag-letters"><header '
                f'class="gh-article-header gh-canvas"><a class="gh-article-tag" href="{u("/tag/letters/")}">Letters'
                f'</a><h1 class="gh-article-title is-title">{esc(p.title)}</h1><div class="gh-article-meta"><div '
                f'class="gh-article-author-name"><a href="{u("/author/margaret/")}">{esc(p.author)}</a></div><div '
                f'class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="{p.date}">'
                f'{day(p):%b %-d, %Y}</time></div></div></header><section class="gh-content gh-canvas is-body">'
                f'{ps(p.paras)}{more}</section></article><section class="footer-cta gh-outer"><div '
                f'class="footer-cta-inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a '
                f'class="footer-cta-button" href="#/portal" data-portal>Enter your email</a></div></section></main>')
        pages[p.path] = (head(p.title, url, "article", extra, jsonld) + chrome("post-template tag-letters", main), HTML)
    pager = (f'<nav class="gh-more is-title"><a href="{u("/page/2/")}">See all</a></nav>')
    home_ld = {"@context": "https://schema.org", "@type": "WebSite", "publisher": {"@type": "Organization",
               "name": site, "url": u("/")}, "url": u("/"), "mainEntityOfPage": u("/")}
    pages["/"] = (head(site, u("/"), "website", jsonld=home_ld) + chrome("home-template", feed(
        posts[:3], '<section class="gh-header is-classic"><div class="gh-header-inner"><h1 class="gh-header-title '
                   f'is-title">{site}</h1><p class="gh-header-description is-body">Letters from a retired reference '
                   f'librarian.</p></div></section>', pager)), HTML)
    pages["/page/2/"] = (head(f"{site} (Page 2)", u("/page/2/"), "website") + chrome("paged", feed(posts[3:])), HTML)
    pages["/tag/letters/"] = (head(f"Letters - {site}", u("/tag/letters/"), "website") + chrome(
        "tag-template tag-letters", feed(posts, '<section class="gh-archive"><h1 class="gh-archive-title">Letters'
                                                "</h1></section>")), HTML)
    pages["/author/margaret/"] = (head(f"Margaret Hale - {site}", u("/author/margaret/"), "profile") + chrome(
        "author-template author-margaret", feed(posts, '<section class="gh-archive"><h1 class="gh-archive-title">'
                                                       'Margaret Hale</h1><p class="gh-article-excerpt">Forty years '
                                                       "a reference librarian. Now gardening, mostly.</p></section>")),
                                  HTML)
    pages["/about/"] = (head(f"About - {site}", u("/about/"), "website") + chrome(
        "page-template page-about", '<main class="gh-main"><article class="gh-article page"><header '
        'class="gh-article-header gh-canvas"><h1 class="gh-article-title is-title">About</h1></header><section '
        'class="gh-content gh-canvas is-body"><p>Shelf Notes is a fortnightly letter from Margaret Hale, who '
        "retired in 2022 after forty years in public libraries. Subscribe to get it by email.</p></section>"
        "</article></main>"), HTML)
    pages["/issue-40-seed-catalogues/"] = (head(f"404 — Page not found - {site}", u("/404/"), "website") + chrome(
        "error-template", '<main class="gh-main"><section class="error-content"><h1 class="error-code">404</h1><p '
        f'class="error-description">Page not found</p><a class="error-link" href="{u("/")}">Go to the front page '
        "&rarr;</a></section></main>"), HTML)
    return pages


# --- quietstacks.example: Jekyll Hydeout --------------------------------------------------------------------------

def hydeout(u, x) -> Pages:
    site = "Quiet Stacks"
    posts = on(QUIET)

    def head(title, url, p: Work | None = None):
        seo = (f'<!-- Begin Jekyll SEO tag v2.8.0 --><title>{esc(title)}</title><meta name="generator" '
               f'content="Jekyll v4.3.3"><meta property="og:title" content="{esc(title)}"><meta property="og:locale" '
               f'content="en_US"><link rel="canonical" href="{esc(url)}"><meta property="og:url" content="{esc(url)}">'
               f'<meta property="og:site_name" content="{site}">')
        if p:
            seo += (f'<meta name="author" content="{esc(p.author)}"><meta name="description" content="'
                    f'{esc(desc(p))}"><meta property="og:description" content="{esc(desc(p))}"><meta '
                    f'property="og:type" content="article"><meta property="article:published_time" content="'
                    f'{p.date}T00:00:00+00:00"><meta name="twitter:card" content="summary">'
                    + ld({"@context": "https://schema.org", "@type": "BlogPosting",
                          "author": {"@type": "Person", "name": p.author}, "dateModified": f"{p.date}T00:00:00+00:00",
                          "datePublished": f"{p.date}T00:00:00+00:00", "description": desc(p), "headline": p.title,
                          "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "url": url}))
        else:
            seo += '<meta property="og:type" content="website">'
        return (f'<!DOCTYPE html><html lang="en-us"><head><meta http-equiv="content-type" content="text/html; '
                f'charset=utf-8">{seo}<!-- End Jekyll SEO tag --><meta name="viewport" content="width=device-width, '
                f'initial-scale=1.0, maximum-scale=1"><link rel="stylesheet" href="/assets/css/main.css">'
                f'<link rel="alternate" type="application/atom+xml" title="{site}" href="/feed.xml"></head>')

    def chrome(main, body_class=""):
        return (f'<body class="{body_class}"><div class="sidebar"><div class="container"><div class="sidebar-about">'
                f'<span class="site-title"><a href="{u("/")}">{site}</a></span><p class="lead">A cataloguer thinks '
                f'about metadata, mostly.</p></div><nav class="sidebar-nav"><a class="sidebar-nav-item" '
                f'href="{u("/")}">Home</a><a class="sidebar-nav-item" href="{u("/about/")}">About</a><a '
                f'class="sidebar-nav-item" href="{u("/category/cataloging/")}">Cataloging</a><a class="sidebar-nav-item"'
                f' href="{u("/tags/")}">Tags</a></nav><div class="sidebar-sticky"><form action="https://duckduckgo.com'
                f'/" method="get" class="search"><input type="hidden" name="sites" value="quietstacks.example"><input '
                f'type="text" name="q" placeholder="Search&hellip;"></form><p>&copy; 2025. All rights reserved.</p>'
                f'</div></div></div><div class="content container">{main}</div></body></html>')

    def cats(p):
        return (f'<span class="post-categories">&bull; <a href="{u("/category/cataloging/")}">Cataloging</a></span>'
                if "cataloging" in p.tags else "")

    def entry(p, full):
        title = (f'<h1 class="post-title">{esc(p.title)}</h1>' if full else
                 f'<h1 class="post-title"><a href="{u(p.path)}">{esc(p.title)}</a></h1>')
        body = ps(p.paras) if full else f"<p>{cut(p.paras[0], 300)}</p>"
        more = "" if full else f'<a href="{u(p.path)}" class="read-more">Read more &raquo;</a>'
        return (f'<div class="post">{title}<div class="post-meta"><span class="post-date">{day(p):%d %b %Y}</span>'
                f'{cats(p)}</div><div class="post-body">{body}</div>{more}</div>')

    pages: Pages = {}
    for p in posts:
        related = "".join([f'<li><h3><a href="{u(r.path)}">{esc(r.title)}<small><time>{day(r):%d %b %Y}</time>'
                           f"</small></a></h3></li>" for r in posts if r is not p][:3])
        tags = "".join(f'<a class="post-tag" href="{u("/tags/")}#{esc(t)}">#{esc(t)}</a> ' for t in p.tags)
        main = (f'<article class="post-container">{entry(p, True)}<div class="post-tags">{tags}</div></article>'
                f'<div class="related"><h2>Related Posts</h2><ul class="related-posts">{related}</ul></div>')
        pages[p.path] = (head(f"{p.title} | {site}", u(p.path), p) + chrome(main, "post"), HTML)
    pager = (f'<div class="pagination"><a class="pagination-item older" href="{u("/page2/")}">Older</a><span '
             f'class="pagination-item newer">Newer</span></div>')
    pages["/"] = (head(site, u("/")) + chrome('<div class="posts">' + "".join(entry(p, False) for p in posts[:3])
                                              + "</div>" + pager, "home"), HTML)
    pages["/page2/"] = (head(f"{site} | Page 2", u("/page2/")) + chrome(
        '<div class="posts">' + "".join(entry(p, False) for p in posts[3:]) + '</div><div class="pagination"><span '
        f'class="pagination-item older">Older</span><a class="pagination-item newer" href="{u("/")}">Newer</a></div>',
        "paginated"), HTML)
    alltags = sorted({t for p in posts for t in p.tags})
    tagpage = "".join(f'<h2 id="{esc(t)}">{esc(t)}</h2><ul class="posts-list">'
                      + "".join(f'<li><strong><a href="{u(p.path)}">{esc(p.title)}</a></strong> <small>'
                                f'{day(p):%d %b %Y}</small></li>' for p in posts if t in p.tags) + "</ul>"
                      for t in alltags)
    pages["/tags/"] = (head(f"Tags | {site}", u("/tags/")) + chrome(
        f'<div class="page"><h1 class="page-title">Tags</h1>{tagpage}</div>', "tags-page"), HTML)
    pages["/category/cataloging/"] = (head(f"Cataloging | {site}", u("/category/cataloging/")) + chrome(
        '<div class="page"><h1 class="page-title">Cataloging</h1><ul class="posts-list">'
        + "".join(f'<li><strong><a href="{u(p.path)}">{esc(p.title)}</a></strong> <small>{day(p):%d %b %Y}</small>'
                  f"</li>" for p in posts if "cataloging" in p.tags) + "</ul></div>", "category"), HTML)
    pages["/about/"] = (head(f"About | {site}", u("/about/")) + chrome(
        '<div class="page"><h1 class="page-title">About</h1><p>I\'m Jonas, a cataloguer at a small college '
        "library. I write about RDA, authority work and the odd personal thing. Opinions my own.</p></div>",
        "page"), HTML)
    return pages


# --- valleylibraries.example: Grav with Quark ---------------------------------------------------------------------

def grav(u, x) -> Pages:
    site = "Valley Libraries Association"
    posts = [w for w in on(VALLEY) if w.kind == "article"]
    report = WORKS["evalpdf"]

    def page(title, main, body_class="", description=""):
        return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | {site}</title>'
                f'<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-'
                f'width, initial-scale=1"><meta name="generator" content="GravCMS"><meta name="description" '
                f'content="{esc(description or site)}"><link rel="icon" type="image/png" href="/user/themes/quark/'
                f'images/favicon.png"><link href="/user/themes/quark/css-'
                f'compiled/spectre.min.css" type="text/css" rel="stylesheet"><link href="/user/themes/quark/css-'
                f'compiled/theme.min.css" type="text/css" rel="stylesheet"></head><body id="top" class="{body_class} '
                f'header-fixed header-animated sticky-footer"><div id="page-wrapper"><section id="header" '
                f'class="section"><section class="container grid-lg"><nav class="navbar"><section class="navbar-'
                f'section logo"><a href="{u("/")}" class="navbar-brand mr-10">{site}</a></section><section '
                f'class="navbar-section desktop-menu"><nav class="dropmenu animated"><ul><li><a href="{u("/")}">Home'
                f'</a></li><li><a href="{u("/blog")}">News</a></li><li><a href="{u("/about")}">About</a></li><li><a '
                f'href="{u("/contact")}">Contact</a></li></ul></nav></section></nav></section></section><section '
                f'id="start"><section id="body-wrapper" class="section"><section class="container grid-lg">{main}'
                f'</section></section></section></div><section id="footer" class="section bg-gray"><section '
                f'class="container grid-lg"><p><a href="http://getgrav.org">Grav</a> was <i class="fa fa-code"></i> '
                f'with <i class="fa fa-heart-o pulse"></i> by <a href="https://trilby.media">Trilby Media</a>.</p>'
                f"</section></section></body></html>")

    def sidebar():
        return (f'<div id="sidebar" class="column col-3 col-md-12"><div class="sidebar-content"><h4>Search</h4><div '
                f'class="search-wrapper"><form name="search" data-simplesearch-form action="{u("/search")}"><input '
                f'name="searchfield" class="form-input" type="text" data-search-input="{u("/search")}/query" '
                f'placeholder="Search&hellip;"></form></div><p><a href="{u("/search/query:mentoring")}">Everything on '
                f'mentoring</a></p></div><div class="sidebar-content"><h4>Popular Tags</h4><span class="tags"><a '
                f'class="label label-rounded label-secondary" href="{u("/blog/tag:mentoring")}">mentoring</a></span>'
                f"</div></div>")

    def tag_links(p):
        return "".join(f'<a class="label label-rounded label-secondary p-category" href="{u("/blog/tag:mentoring")}">'
                       f"{esc(t)}</a>" if t == "mentoring" else
                       f'<span class="label label-rounded label-secondary p-category">{esc(t)}</span>'
                       for t in p.tags)

    def item(p, full):
        title = esc(p.title) if full else f'<a href="{u(p.path)}" class="u-url">{esc(p.title)}</a>'
        body = ps(p.paras) if full else f"<p>{cut(p.paras[0], 260)}</p>"
        if full and p is WORKS["callmentors"]:
            body += (f'<p><a href="{u(report.path)}">evaluation-2024-pilot.pdf</a> (the evaluation of the 2024 '
                     f'pilot)</p><p>Questions? See <a href="{u("/members/find-a-mentor")}">find a mentor</a> or '
                     f'<a href="{u("/contact")}">contact us</a>.</p>')
        return (f'<div class="content-item h-entry"><div class="content-title text-center"><h2 class="p-name mt-1">'
                f'{title}</h2><span class="blog-date"><time class="dt-published" datetime="{p.date}T00:00:00+00:00">'
                f'<i class="fa fa-calendar"></i> {day(p):%d %b %Y}</time></span><span class="tags">{tag_links(p)}'
                f'</span></div><div class="e-content">{body}</div></div>')

    def listing(items, heading=""):
        h = f"<h1>{esc(heading)}</h1>" if heading else ""
        return (f'<div class="blog-content-item grid pad-bottom"><div id="item" class="column col-9 col-md-12 '
                f'extra-spacing">{h}<div class="columns">' + "".join(f'<div class="column col-12">{item(p, False)}'
                                                                     f"</div>" for p in items)
                + f"</div></div>{sidebar()}</div>")

    pages: Pages = {}
    for p in posts:
        pages[p.path] = (page(p.title, f'<div class="blog-content-item grid pad-bottom"><div id="item" class="column '
                                       f'col-9 col-md-12 extra-spacing">{item(p, True)}</div>{sidebar()}</div>',
                              "blog-item", desc(p)), HTML)
    lines = []
    for para in report.paras:
        words, line = para.split(), ""
        for w in words:
            if len(line) + len(w) + 1 > 92:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}".strip()
        lines += [line, ""]
    pages[report.path] = (pdf(lines), PDF)
    pages["/"] = (page("Home", '<div class="modular-row showcase"><h1>Valley Libraries Association</h1><p>Supporting '
                               "the people who work in the region's libraries since 1962.</p></div>"
                       + listing(posts[:3], "Latest news"), "modular"), HTML)
    pages["/blog"] = (page("News", listing(posts), "blog-listing"), HTML)
    pages["/blog/tag:mentoring"] = (page("News", listing([p for p in posts if "mentoring" in p.tags],
                                                         "Tagged: mentoring"), "blog-listing"), HTML)
    pages["/search/query:mentoring"] = (page("Search", listing(
        [p for p in posts if "mentor" in " ".join(p.paras).lower()], 'Search results for "mentoring"'),
        "simplesearch"), HTML)
    pages["/about"] = (page("About", '<div class="default"><h1>About the Association</h1><p>The Valley Libraries '
                                     "Association is a membership organisation for library and information workers "
                                     "across the valley region, public, school, college and special libraries "
                                     "alike. We run training, an annual conference and a mentoring programme, and "
                                     "speak up for libraries.</p></div>", "default"), HTML)
    pages["/contact"] = (page("Contact", '<div class="default"><h1>Contact</h1><p>Valley Libraries Association, '
                                         "The Old Library, Market Street. Phone 01234 567890.</p><form "
                                         'name="contact-form" method="POST"><input name="name"><textarea '
                                         'name="message"></textarea><button type="submit">Send</button></form></div>',
                                 "default"), HTML)
    pages["/members/find-a-mentor"] = (page("Error", '<div class="default"><h1>Error 404</h1><p>Woops. Looks like '
                                                     "this page doesn't exist.</p></div>", "error"), HTML)
    return pages


# --- unilib.example: TYPO3 with bootstrap_package and the news extension -----------------------------------------

TYPO3_CATS = {"circles": "Staff news", "hours": "Students", "linkedinlearning": "Students", "award": "Staff news",
              "letters": "Special Collections"}


def typo3(u, x) -> Pages:
    site = "University Library"
    news = [w for w in on(UNI) if w.kind == "article"]
    strategy = WORKS["strategypdf"]
    names = {id(w): n for n, w in WORKS.items()}

    def page(title, main, pid, crumbs=(), extra=""):
        crumb = "".join(f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{u(path)}" title="{esc(t)}">'
                        f'<span class="breadcrumb-text">{esc(t)}</span></a></li>' for t, path in crumbs)
        return (f'<!DOCTYPE html><html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><!--\n\tThis website is '
                f'powered by TYPO3 - inspiring people to share!\n--><title>{esc(title)} | {site}</title>'
                f'<meta name="generator" content="TYPO3 CMS"><meta name="viewport" content="width=device-width, '
                f'initial-scale=1"><meta name="twitter:card" content="summary">{extra}<link rel="stylesheet" '
                f'href="/typo3conf/ext/bootstrap_package/Resources/Public/Css/bootstrap5-theme.min.css" media="all">'
                f'</head><body id="p{pid}" class="page-{pid} pagelevel-1 language-0 backendlayout-default layout-'
                f'default"><div id="top"></div><div class="body-bg"><a class="burger-skiplink" href="#page-content">'
                f'Skip to main content</a><header id="page-header" class="bp-page-header navbar navbar-mainnavigation '
                f'navbar-default navbar-has-image navbar-top"><div class="container"><a class="navbar-brand navbar-'
                f'brand-image" title="{site}" href="{u("/")}"><img class="navbar-brand-logo-normal" src="/fileadmin/'
                f'logo.svg" alt="{site} logo" height="52" width="180"></a><nav aria-label="Main navigation" '
                f'id="mainnavigation" class="navbar-collapse collapse"><ul class="navbar-nav"><li class="nav-item">'
                f'<a href="{u("/news")}" class="nav-link" title="News"><span class="nav-link-text">News</span></a>'
                f'</li><li class="nav-item"><a href="{u("/about-us")}" class="nav-link" title="About us"><span '
                f'class="nav-link-text">About us</span></a></li><li class="nav-item"><a href="{u("/contact")}" '
                f'class="nav-link" title="Contact"><span class="nav-link-text">Contact</span></a></li></ul></nav>'
                f'</div></header><nav class="breadcrumb-section" aria-label="Breadcrumb"><div class="container"><p '
                f'class="visually-hidden" id="breadcrumb">You are here:</p><ol class="breadcrumb"><li class="breadcrumb-'
                f'item"><a class="breadcrumb-link" href="{u("/")}" title="Home"><span class="breadcrumb-text">Home'
                f'</span></a></li>{crumb}</ol></div></nav><div id="page-content" class="bp-page-content main-section">'
                f'<main id="maincontent"><div class="section section-default"><div class="container">{main}</div>'
                f'</div></main></div><footer id="page-footer" class="bp-page-footer"><section class="section '
                f'footer-section footer-section-meta"><div class="frame frame-background-none frame-space-before-none '
                f'frame-space-after-none"><div class="frame-group-container"><div class="frame-group-inner"><div '
                f'class="frame-container frame-container-default"><div class="frame-inner"><div class="footer-info">'
                f'<ul class="footer-links"><li><a href="{u("/contact")}">Contact</a></li><li><a href="'
                f'{u(TYPO3_SEARCH)}">Search: mentoring</a></li></ul><p class="footer-copyright">&copy; {site}. '
                f'Running with <a href="https://typo3.org" rel="noopener" target="_blank">TYPO3</a> and <a href="'
                f'https://www.bootstrap-package.com" rel="noopener" target="_blank">Bootstrap Package</a>.</p></div>'
                f"</div></div></div></div></div></section></footer></div></body></html>")

    def frame(cid, ftype, inner):
        return (f'<div id="c{cid}" class="frame frame-default frame-type-{ftype} frame-layout-default frame-size-'
                f'default frame-height-default frame-background-none frame-space-before-none frame-space-after-none '
                f'frame-no-backgroundimage"><div class="frame-group-container"><div class="frame-group-inner"><div '
                f'class="frame-container frame-container-default"><div class="frame-inner">{inner}</div></div></div>'
                f"</div></div>")

    def uploads():
        return (f'<ul class="ce-uploads"><li><a href="{u(strategy.path)}" title="{esc(strategy.title)}"><img '
                f'src="/typo3/sysext/frontend/Resources/Public/Icons/FileIcons/pdf.gif" alt=""></a><div><a href="'
                f'{u(strategy.path)}"><span class="ce-uploads-fileName">staff-development-strategy-2025-2028.pdf'
                f'</span></a><span class="ce-uploads-filesize">84 KB</span></div></li></ul>')

    def list_item(w):
        cat = TYPO3_CATS[names[id(w)]]
        cat_html = (f'<a href="{u("/news/category/staff-news")}" title="{cat}">{cat}</a>' if cat == "Staff news"
                    else esc(cat))
        return (f'<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article"><div '
                f'class="header"><h3><a title="{esc(w.title)}" href="{u(w.path)}"><span itemprop="headline">'
                f'{esc(w.title)}</span></a></h3></div><div class="footer"><p><span class="news-list-date"><time '
                f'itemprop="datePublished" datetime="{w.date}">{day(w):%d/%m/%Y}</time></span> <span class="news-list-'
                f'category">{cat_html}</span></p></div><div class="teaser-text"><div itemprop="description"><p>'
                f'{cut(w.paras[0], 200)}</p></div><a class="more" title="{esc(w.title)}" href="{u(w.path)}">Read more'
                f"</a></div></div>")

    def news_list(items, heading, pager=""):
        return frame(45, "news_pi1", f'<header class="frame-header"><h2 class="element-header"><span>'
                                     f'{esc(heading)}</span></h2></header><div class="news"><div class="news-list-view"'
                                     f' id="news-container-45">' + "".join(list_item(w) for w in items)
                     + f"{pager}</div></div>")

    pages: Pages = {}
    for w in news:
        cat = TYPO3_CATS[names[id(w)]]
        related = (f'<div class="news-related news-related-files"><h4>Related files</h4>{uploads()}</div>'
                   if w is WORKS["circles"] else "")
        main = frame(42, "news_newsdetail", (
            f'<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/'
            f'Article"><div class="header"><h1 itemprop="headline">{esc(w.title)}</h1></div><div class="footer"><p>'
            f'<span class="news-list-date"><time itemprop="datePublished" datetime="{w.date}">{day(w):%d/%m/%Y}'
            f'</time></span> <span class="news-list-category">{esc(cat)}</span> <span class="news-list-author" '
            f'itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">by <span itemprop="name">'
            f'{esc(w.author)}</span></span></p></div><div class="teaser-text" itemprop="description"><p>'
            f'{esc(w.paras[0])}</p></div><div class="news-text-wrap" itemprop="articleBody">{ps(w.paras[1:])}</div>'
            f'{related}<div class="news-backlink-wrap"><a href="{u("/news")}">Back</a></div></div></div>'))
        extra = (f'<meta name="description" content="{esc(desc(w))}"><meta property="og:title" content="'
                 f'{esc(w.title)}"><meta property="og:type" content="article"><meta property="og:url" content="'
                 f'{u(w.path)}"><meta property="og:description" content="{esc(desc(w))}">')
        pages[w.path] = (page(w.title, main, 31, (("News", "/news"),), extra), HTML)
    lines = []
    for para in strategy.paras:
        line = ""
        for word in para.split():
            if len(line) + len(word) + 1 > 92:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines += [line, ""]
    pages[strategy.path] = (pdf(lines), PDF)
    pager = (f'<nav role="navigation" aria-label="Pagination"><ul class="f3-widget-paginator"><li class="current">1'
             f'</li><li><a href="{u("/news/page-2")}">2</a></li><li class="next"><a href="{u("/news/page-2")}">Next'
             f"</a></li></ul></nav>")
    pages["/news"] = (page("News", news_list(news[:3], "News", pager), 31), HTML)
    gone = (f'<div class="article articletype-0"><div class="header"><h3><a title="Mentoring Week 2019" href="'
            f'{u("/news/detail/mentoring-week-2019")}"><span itemprop="headline">Mentoring Week 2019</span></a></h3>'
            f"</div></div>")
    pages["/news/page-2"] = (page("News", news_list(news[3:], "News", gone), 31, (("News", "/news"),)), HTML)
    pages["/news/category/staff-news"] = (page("Staff news", news_list(
        [w for w in news if TYPO3_CATS[names[id(w)]] == "Staff news"], "Staff news"), 32, (("News", "/news"),)), HTML)
    pages["/"] = (page("Home", frame(1, "text", '<h1>Welcome to the University Library</h1><p>Four libraries, '
                                                "one collection: books, journals, data and archives for the whole "
                                                "university.</p>") + news_list(news[:3], "Latest news"), 1), HTML)
    pages["/about-us"] = (page("About us", frame(20, "text", '<h1>About us</h1><p>The University Library serves '
                                                            "students and staff on four campuses. Our staff "
                                                            "development strategy is below.</p>")
                               + frame(21, "uploads", uploads()), 20), HTML)
    pages["/contact"] = (page("Contact", frame(25, "text", "<h1>Contact</h1><p>Main Library enquiry desk: "
                                                          "library@unilib.example, telephone 0123 456 7000.</p>"), 25),
                         HTML)
    results = "".join(f'<div class="tx-indexedsearch-res"><h3><span class="tx-indexedsearch-title"><a href="'
                      f'{u(w.path)}">{esc(w.title)}</a></span></h3><p class="tx-indexedsearch-description">'
                      f"{cut(w.paras[0], 160)}</p></div>" for w in news if "mentor" in " ".join(w.paras).lower())
    pages[TYPO3_SEARCH] = (page("Search", frame(50, "list", '<div class="tx-indexedsearch-searchbox"><form '
                                                            'method="post" action="/search"><input type="text" '
                                                            'name="tx_indexedsearch_pi2[search][sword]" '
                                                            'value="mentoring"></form></div><div '
                                                            'class="tx-indexedsearch-info-sword">Search for '
                                                            '"mentoring"</div>' + results), 50), HTML)
    pages["/news/detail/mentoring-week-2019"] = (page("Page not found", frame(
        99, "text", "<h1>Page not found</h1><p>Sorry, the page you requested could not be found. It may have been "
                    f'moved or deleted. Go to the <a href="{u("/")}">home page</a>.</p>'), 99), HTML)
    return pages


# --- curation.example: Zola with tabi -------------------------------------------------------------------------------

def tabi(u, x) -> Pages:
    site = "curation notes"
    posts = on(CURATION)

    def page(title, main, url, p: Work | None = None):
        about = esc(desc(p) if p else "Notes on research data, metadata and code.")
        meta = (f'<meta name="description" content="{about}"><meta property="og:site_name" content="{site}"><meta '
                f'property="og:title" content="{esc(title)}"><meta property="og:url" content="{esc(url)}"><meta '
                f'property="og:description" content="{about}"><meta property="og:locale" content="en_GB">')
        return (f'<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta name="viewport" '
                f'content="width=device-width, initial-scale=1"><title>{esc(title)}</title>{meta}<link rel="alternate" '
                f'type="application/atom+xml" title="{site} - Atom Feed" href="{u("/atom.xml")}"><link rel="stylesheet"'
                f' href="{u("/main.css?h=2d5a3f")}"><script src="{u("/js/initializeTheme.min.js")}"></script></head>'
                f'<body dir="ltr"><header><nav class="navbar"><div class="nav-title"><a class="home-title" href="'
                f'{u("/")}">{site}</a></div><div class="nav-navs"><ul><li><a class="nav-links no-hover-padding" '
                f'href="{u("/blog/")}">blog</a></li><li><a class="nav-links no-hover-padding" href="{u("/archive/")}">'
                f'archive</a></li><li><a class="nav-links no-hover-padding" href="{u("/about/")}">about</a></li><li '
                f'class="theme-switcher-wrapper"><div class="theme-switcher" title="Toggle dark/light mode"></div>'
                f'</li></ul></div></nav></header><div class="content">{main}</div><footer><section><nav class="socials '
                f'nav-navs"><ul><li><a rel="noopener me" target="_blank" class="nav-links social" href="https://'
                f'mastodon.social/@kaimoreno"><img alt="mastodon" title="mastodon" '
                f'src="{u("/social_icons/mastodon.svg")}"></a></li><li><a rel="noopener me" target="_blank" class="nav-links social" '
                f'href="https://github.com/kaimoreno"><img alt="github" src="{u("/social_icons/github.svg")}"></a></li>'
                f'</ul></nav><div class="credits"><small><p>&copy; 2025 Kai Moreno &bull; Unless otherwise noted, '
                f'the content in this website is available under the CC BY-SA 4.0 license.</p><p>Powered by <a '
                f'href="https://www.getzola.org" target="_blank" rel="noopener">Zola</a> &amp; <a href="https://'
                f'github.com/welpo/tabi" target="_blank" rel="noopener">tabi</a></p></small></div></section>'
                f"</footer></body></html>")

    def tags(p):
        return "".join(f'<li class="tag"><a class="p-category" href="{u("/tags/mentoring/")}">{esc(t)}</a>,&nbsp;</li>'
                       if t == "mentoring" else f'<li class="tag">{esc(t)},&nbsp;</li>' for t in p.tags)

    def card(p):
        return (f'<li class="bloglist-meta"><ul><li class="date">{day(p):%-d %b %Y}</li></ul></li><li '
                f'class="bloglist-content"><div class="bloglist-title"><a href="{u(p.path)}">{esc(p.title)}</a></div>'
                f'<div class="bloglist-tags">{tags(p)}</div><div class="description"><p>{cut(p.paras[0], 200)}</p>'
                f"</div></li>")

    def bloglist(heading, items):
        return (f'<main><div class="bloglist-container"><h1 class="title-container section-title bottom-divider">'
                f'{esc(heading)}</h1><section class="bloglist-container"><ul>' + "".join(card(p) for p in items)
                + "</ul></section></div></main>")

    pages: Pages = {}
    for i, p in enumerate(posts):
        mins = max(1, sum(len(s.split()) for s in p.paras) // 200)
        nav = "".join(f'<p class="{cls}"><a href="{u(q.path)}">{esc(q.title)}</a></p>'
                      for cls, q in (("previous", posts[i + 1] if i + 1 < len(posts) else None),
                                     ("next", posts[i - 1] if i > 0 else None)) if q)
        main = (f'<main><article class="h-entry"><h1 class="p-name article-title">{esc(p.title)}</h1><a class="u-url '
                f'u-uid" href="{u(p.path)}"></a><ul class="meta"><span class="hidden p-author h-card"><a rel="author" '
                f'href="{u("/")}" class="u-url" title="Kai Moreno">Kai Moreno</a></span><li><time class="dt-published" '
                f'datetime="{p.date}">{day(p):%-d %b %Y}</time></li><li title="{sum(len(s.split()) for s in p.paras)} '
                f'words"><span class="separator" aria-hidden="true">&bull;</span>{mins} min read</li><li class="tag">'
                f'<span class="separator" aria-hidden="true">&bull;</span>Tags:&nbsp;</li>{tags(p)}</ul><section '
                f'class="e-content body">{ps(p.paras)}</section></article><nav class="full-width article-navigation">'
                f"{nav}</nav></main>")
        pages[p.path] = (page(f"{p.title} &bull; {site}", main, u(p.path), p), HTML)
    pages["/"] = (page(site, '<main><section id="banner-home-subtitle"><div class="padding-top home-title">Hi, I\'m '
                             "Kai.</div><p>Research data librarian. Python, metadata, and the occasional rant.</p>"
                             "</section>" + bloglist("Recent posts", posts[:3])[6:], u("/")), HTML)
    pages["/blog/"] = (page(f"Blog &bull; {site}", bloglist("Blog", posts), u("/blog/")), HTML)
    pages["/archive/"] = (page(f"Archive &bull; {site}", '<main><div class="archive"><h1 class="title-container '
                                                        'section-title">Archive</h1><ul class="years"><li><h2>2025</h2>'
                                                        '<ul class="archive-posts">' + "".join(
        f'<li class="archive-post"><span class="archive-date">{day(p):%d %b}</span><a href="{u(p.path)}">'
        f"{esc(p.title)}</a></li>" for p in posts) + "</ul></li></ul></div></main>", u("/archive/")), HTML)
    pages["/tags/mentoring/"] = (page(f"Tag: mentoring &bull; {site}", bloglist(
        "Tag: mentoring", [p for p in posts if "mentoring" in p.tags]), u("/tags/mentoring/")), HTML)
    pages["/about/"] = (page(f"About &bull; {site}", '<main><article><h1 class="article-title">About</h1><section '
                                                    'class="body"><p>I am a research data librarian at a research '
                                                    "university. I write about data curation, metadata tooling and "
                                                    "whatever else I'm building.</p></section></article></main>",
                              u("/about/")), HTML)
    return pages


# --- jnl.example: an Elsevier ScienceDirect-like journal ------------------------------------------------------------

JNL_TITLE = "Journal of Library Practice and Research"
JNL_ISSUES = {"/vol/51/issue/2": ("Volume 51, Issue 2", "March 2025", ("turnover", "ementoring")),
              "/vol/51/issue/3": ("Volume 51, Issue 3", "May 2025", ("chats", "healthqa", "archivistslinkedin"))}


def sciencedirect(u, x) -> Pages:
    journal = u(JOURNAL)

    def page(title, main, meta=""):
        return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>{esc(title)} - ScienceReach'
                f'</title><meta name="viewport" content="width=device-width, initial-scale=1">{meta}<meta '
                f'property="og:site_name" content="ScienceReach"><link rel="stylesheet" href="/sdfe/arp/assets/'
                f'css/arp.css"></head><body><div id="root"><div class="App"><div class="page"><header id="gh-cnt" '
                f'class="gh-header"><div class="gh-lhs"><a id="gh-branding" class="gh-logo" href="{journal}" '
                f'aria-label="ScienceReach home page"><span class="gh-wordmark">ScienceReach</span></a></div><div '
                f'class="gh-rhs"><nav class="gh-nav"><a class="gh-nav-link" href="{journal}">Journal</a><a '
                f'class="gh-nav-link" href="{u("/search?qs=mentoring")}">Search</a></nav></div></header>{main}'
                f'<footer class="sd-footer"><div class="footer-links"><a href="{u(JOURNAL + "/about/aims-and-scope")}">'
                f'About the journal</a> <a href="https://www.example.org/terms" rel="nofollow">Terms and conditions'
                f'</a></div><p class="text-s">Copyright &copy; 2025 Larch Science B.V., its licensors, and '
                f"contributors. All rights are reserved.</p></div></footer></div></div></div></body></html>")

    def issue_of(name):
        return next((path, lab, when) for path, (lab, when, ns) in JNL_ISSUES.items() if name in ns)

    def pii(w):
        return w.path.rsplit("/", 1)[1]

    def authors(w):
        return [a.strip() for a in w.author.split(";")]

    def toc_item(name):
        w = WORKS[name]
        return (f'<li class="js-article-list-item article-item u-padding-xs-top u-margin-l-bottom"><dl class="js-'
                f'article article-content"><dd class="u-clr-grey8 text-s"><span class="js-article-subtype">Research '
                f'article</span></dd><dt><h3 class="text-m u-display-inline"><a class="anchor article-content-title '
                f'u-margin-xs-top u-margin-s-bottom anchor-default" href="{u(w.path)}" id="{pii(w)}"><span '
                f'class="anchor-text"><span class="js-article-title text-l">{esc(w.title)}</span></span></a></h3></dt>'
                f'<dd class="js-article-author-list u-clr-grey8 text-s">{esc(", ".join(authors(w)))}</dd></dl></li>')

    pages: Pages = {}
    for name, w in WORKS.items():
        if w.host != JNL:
            continue
        ipath, ilabel, iwhen = issue_of(name)
        first = 100000 + ident(name, 900)
        meta = (f'<meta name="citation_pii" content="{pii(w)}"><meta name="citation_issn" content="0099-1333">'
                f'<meta name="citation_volume" content="51"><meta name="citation_issue" content="{ipath[-1]}">'
                f'<meta name="citation_lastpage" content="{first}"><meta name="citation_publisher" content="Larch '
                f'Science"><meta name="citation_firstpage" content="{first}"><meta name="citation_journal_title" '
                f'content="{JNL_TITLE}"><meta name="citation_type" content="JOUR"><meta name="citation_doi" '
                f'content="10.1016/j.jlpr.2025.{first}"><meta name="dc.identifier" content="10.1016/j.jlpr.2025.'
                f'{first}"><meta name="citation_article_type" content="Full-length article"><meta '
                f'name="citation_title" content="{esc(w.title)}"><meta name="citation_publication_date" content="'
                f'{w.date.replace("-", "/")}"><meta name="citation_online_date" content="{w.date.replace("-", "/")}">'
                + "".join(f'<meta name="citation_author" content="{esc(a)}">' for a in authors(w))
                + f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="article">'
                f'<meta property="og:description" content="{esc(w.paras[0][10:210])}"><meta name="description" '
                f'content="{esc(w.paras[0][10:210])}">')
        author_html = "".join(
            f'<button class="button-link button-link-secondary button-link-underline" data-sd-ui-side-panel-opener='
            f'"true" data-xocs-content-type="author" data-xocs-content-id="au{i}" type="button"><span class="button-'
            f'link-text-container"><span class="button-link-text"><span class="react-xocs-alternative-link"><span '
            f'class="given-name">{esc(a.split(" ", 1)[0])}</span> <span class="text surname">{esc(a.split(" ", 1)[1])}'
            f"</span></span></span></span></button>" for i, a in enumerate(authors(w)))
        abstract, *sections = w.paras
        body = "".join(f'<section id="s{i:04d}"><h2 class="u-h4 u-margin-l-top u-margin-xs-bottom">'
                       f'{esc(s.split(". ", 2)[0] + ". " + s.split(". ", 2)[1])}</h2><div class="u-margin-s-bottom" '
                       f'id="p{i:04d}">{esc(s.split(". ", 2)[2])}</div></section>' for i, s in enumerate(sections, 1))
        keywords = "".join(f'<div class="keyword"><span>{esc(t.capitalize())}</span></div>' for t in w.tags)
        main = (f'<div class="article-wrapper u-padding-s-top grid row"><article class="col-lg-12 col-md-16 pad-left '
                f'pad-right" role="main" lang="en"><div class="Publication" id="publication"><div class="publication-'
                f'volume u-text-center"><h2 class="publication-title u-h3"><a class="anchor publication-title-link '
                f'anchor-default" href="{journal}" title="Go to {JNL_TITLE} on ScienceReach"><span class="anchor-text">'
                f'{JNL_TITLE}</span></a></h2><div class="text-xs"><a class="anchor anchor-default" href="'
                f'{u(JOURNAL + ipath)}" title="Go to table of contents for this volume/issue"><span class="anchor-text"'
                f'>{ilabel}</span></a>, {iwhen}, {first}</div></div></div><h1 id="screen-reader-main-title" '
                f'class="Head u-font-serif u-h2 u-margin-s-ver"><span class="title-text">{esc(w.title)}</span></h1>'
                f'<div class="Banner" id="banner"><div class="wrapper truncated"><div class="AuthorGroups"><div '
                f'class="author-group" id="author-group"><span class="sr-only">Author links open overlay panel</span>'
                f'{author_html}</div></div></div><div class="ArticleIdentifierLinks u-margin-xs-top" id="article-'
                f'identifier-links"><a class="anchor doi anchor-primary" href="https://doi.org/10.1016/j.jlpr.2025.'
                f'{first}" target="_blank" rel="noreferrer noopener" aria-label="Persistent link using digital object '
                f'identifier" title="Persistent link using digital object identifier"><span class="anchor-text">'
                f'https://doi.org/10.1016/j.jlpr.2025.{first}</span></a></div></div><div class="Abstracts u-font-serif"'
                f' id="abstracts"><div class="abstract author" id="ab0010"><h2 class="section-title u-h4 u-margin-l-top'
                f' u-margin-xs-bottom">Abstract</h2><div id="as0010"><div class="u-margin-s-bottom" id="sp0010">'
                f'{esc(abstract.split(". ", 1)[1])}</div></div></div></div><div class="Keywords u-font-serif"><div '
                f'id="kwrds0010" class="keywords-section"><h2 class="section-title u-h4 u-margin-l-top u-margin-xs-'
                f'bottom">Keywords</h2>{keywords}</div></div><div class="Body u-font-serif" id="body"><div>{body}'
                f"</div></div></article></div>")
        pages[w.path] = (page(w.title, main, meta), HTML)
    for ipath, (label, when, ns) in JNL_ISSUES.items():
        others = [p for p in JNL_ISSUES if p != ipath][0]
        main = (f'<div class="js-issue-toc"><h1 class="u-text-light u-h1 js-vol-issue">{label}</h1><h3 '
                f'class="js-issue-status text-s">{when}</h3><p><a href="{u(JOURNAL + others)}">Other issue: '
                f'{JNL_ISSUES[others][0]}</a></p><ol class="js-article-list article-list-items">'
                + "".join(toc_item(n) for n in ns) + "</ol></div>")
        pages[JOURNAL + ipath] = (page(f"{JNL_TITLE} | {label}", main), HTML)
    pages[JOURNAL] = (page(JNL_TITLE, (
        f'<div class="journal-home"><h1 class="js-title-text">{JNL_TITLE}</h1><p class="js-journal-description">An '
        f'international journal of research on library and information practice.</p><nav class="js-journal-nav"><a '
        f'href="{u(JOURNAL + "/about/aims-and-scope")}">Aims and scope</a> <a href="{u(JOURNAL + "/vol/51/issue/3")}">'
        f'Latest issue</a> <a href="{u(JOURNAL + "/vol/51/issue/2")}">All issues</a></nav><section '
        f'class="js-latest-published"><h2>Latest published</h2><ol>' + "".join(toc_item(n) for n in (
            "archivistslinkedin", "healthqa", "chats")) + "</ol></section></div>")), HTML)
    pages[JOURNAL + "/about/aims-and-scope"] = (page(f"{JNL_TITLE} | Aims and scope", (
        f'<div class="journal-about"><h1>Aims and scope</h1><p>The {JNL_TITLE} publishes research on the practice of '
        "librarianship and information work in all sectors: services, collections, management, education and the "
        "profession itself. Articles report empirical research, rigorous case studies and reviews.</p></div>")), HTML)
    found = [n for n, w in WORKS.items() if w.host == JNL and "mentor" in " ".join(w.paras).lower()]
    pages["/search?qs=mentoring"] = (page("Search results: mentoring", (
        '<div class="search-body"><h1 class="search-title">' + f"{len(found)} results for &ldquo;mentoring&rdquo;"
        + '</h1><ol class="search-result-wrapper">' + "".join(toc_item(n) for n in found) + "</ol></div>")), HTML)
    return pages


# --- stratacommunity.example: bbPress on WordPress --------------------------------------------------------------------

BBP_FORUMS = {"/forums/forum/getting-started/": ("Getting Started", ("newadmin", "meetup")),
              "/forums/forum/troubleshooting/": ("Troubleshooting", ("overdue", "release")),
              "/forums/forum/ideas/": ("Ideas", ("slackfeature",))}
BBP_USERS = {"jmorales": "/forums/users/jmorales/", "lsterling": "/forums/users/lsterling/"}


def bbpress(u, x) -> Pages:
    site = "Strata Community"
    names = {n: w for n, w in WORKS.items() if w.host == STRATA}
    ordered = sorted(names.values(), key=lambda w: w.date, reverse=True)

    def page(title, main, body_class, extra=""):
        return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" '
                f'content="width=device-width, initial-scale=1"><title>{esc(title)} &#8211; {site}</title>'
                f"<link rel='stylesheet' id='bbp-default-css' href='/wp-content/plugins/bbpress/templates/default/css/"
                f"bbpress.min.css?ver=2.6.11' media='all'>{extra}<meta name=\"generator\" content=\"WordPress 6.6.2\">"
                f'<meta name="generator" content="bbPress 2.6.11"></head><body class="{body_class} bbpress">'
                f'<div class="site"><header class="site-header"><p class="site-title"><a href="{u("/forums/")}" '
                f'rel="home">{site}</a></p><p class="site-description">The user community for Strata library systems'
                f'</p><nav class="main-navigation"><ul class="menu"><li class="menu-item"><a href="{u("/forums/")}">'
                f'Forums</a></li><li class="menu-item"><a href="{u("/contact/")}">Contact</a></li><li class="menu-item">'
                f'<a href="https://strata.example.com/">Strata website</a></li></ul></nav></header><main id="main" '
                f'class="site-main"><div class="entry-content"><div id="bbpress-forums" class="bbpress-wrapper">{main}'
                f'</div></div></main><footer class="site-footer"><p>&copy; 2025 Strata Library Systems. <a '
                f'href="https://wordpress.org/">Proudly powered by WordPress</a></p></footer></div></body></html>')

    def author(name, size=80):
        inner = (f'<span class="bbp-author-avatar"><img alt="" src="/wp-content/uploads/avatars/{ident(name)}.png" '
                 f'class="avatar avatar-{size} photo" height="{size}" width="{size}"></span><span class="bbp-author-'
                 f'name">{esc(name)}</span>')
        if name in BBP_USERS:
            return (f'<a href="{u(BBP_USERS[name])}" title="View {esc(name)}&#039;s profile" class="bbp-author-link">'
                    f"{inner}</a>")
        return f'<span class="bbp-author-link">{inner}</span>'

    def crumbs(*trail):
        links = "".join(f' <span class="bbp-breadcrumb-sep">&rsaquo;</span> <a href="{u(p)}" class="bbp-breadcrumb-'
                        f'forum">{esc(t)}</a>' for t, p in trail)
        return (f'<div class="bbp-breadcrumb"><p><a href="{u("/forums/")}" class="bbp-breadcrumb-root">Forums</a>'
                f"{links}</p></div>")

    def reply(n, name, when, text, role, topic=False):
        cls = "topic type-topic" if topic else "reply type-reply"
        return (f'<div id="post-{n}" class="bbp-reply-header"><div class="bbp-meta"><span class="bbp-reply-post-date">'
                f'{when}</span><a href="#post-{n}" class="bbp-reply-permalink">#{n}</a></div></div><div class="loop-'
                f'item-{n % 7} user-id-{ident(name, 90)} {cls} status-publish hentry"><div class="bbp-reply-author">'
                f'{author(name)}<div class="bbp-author-role">{role}</div></div><div class="bbp-reply-content">{text}'
                f"</div></div>")

    def topic_rows(ws):
        return "".join(
            f'<ul id="bbp-topic-{ident(w.path)}" class="loop-item-{i} bbp-parent-forum-{ident(w.path, 50)} topic '
            f'type-topic status-publish"><li class="bbp-topic-title"><a class="bbp-topic-permalink" href="{u(w.path)}">'
            f'{esc(w.title)}</a><p class="bbp-topic-meta"><span class="bbp-topic-started-by">Started by: '
            f'{author(w.author, 14)}</span></p></li><li class="bbp-topic-voice-count">{len({r for r, _ in w.replies}) + 1}'
            f'</li><li class="bbp-topic-reply-count">{len(w.replies)}</li></ul>' for i, w in enumerate(ws))

    def topics(ws):
        return (f'<ul class="bbp-topics"><li class="bbp-header"><ul class="forum-titles"><li class="bbp-topic-title">'
                f'Topic</li><li class="bbp-topic-voice-count">Voices</li><li class="bbp-topic-reply-count">Replies</li>'
                f'</ul></li><li class="bbp-body">{topic_rows(ws)}</li></ul>')

    def role(name):
        return "Keymaster" if name == "Strata Community Team" else "Participant"

    pages: Pages = {}
    for name, w in names.items():
        fpath = next(p for p, (_, ns) in BBP_FORUMS.items() if name in ns)
        n0 = ident(w.path, 5000)
        posts = reply(n0, w.author, f"{day(w):%B %-d, %Y} at 9:14 am", ps(w.paras), role(w.author), topic=True)
        posts += "".join(reply(n0 + i + 1, r, f"{day(w) + datetime.timedelta(days=i // 2):%B %-d, %Y} at "
                                              f"{10 + i}:02 am", f"<p>{esc(t)}</p>", role(r))
                         for i, (r, t) in enumerate(w.replies))
        tags = ("<div class=\"bbp-topic-tags\"><p>Tagged: "
                + ", ".join(f'<a href="{u("/forums/topic-tag/slack/")}" rel="tag">{esc(t)}</a>' if t == "slack"
                            else esc(t) for t in w.tags) + "</p></div>")
        main = (crumbs((BBP_FORUMS[fpath][0], fpath)) + tags
                + f'<div class="bbp-template-notice info"><ul><li class="bbp-topic-description">This topic has '
                f'{len(w.replies)} replies and was last updated by {author(w.replies[-1][0], 14)}.</li></ul></div>'
                f'<ul id="topic-{n0}-replies" class="forums bbp-replies"><li class="bbp-header"><div class="bbp-reply-'
                f'author">Author</div><div class="bbp-reply-content">Posts</div></li><li class="bbp-body">{posts}</li>'
                f"</ul>")
        extra = f'<link rel="canonical" href="{u(w.path)}">'
        pages[w.path] = (page(w.title, main, f"topic bbp-topic-template-default single single-topic postid-{n0}",
                              extra), HTML)
    forum_rows = "".join(
        f'<ul id="bbp-forum-{ident(p)}" class="loop-item-{i} bbp-forum-status-open bbp-forum-visibility-publish forum '
        f'type-forum"><li class="bbp-forum-info"><a class="bbp-forum-title" href="{u(p)}">{esc(t)}</a></li><li '
        f'class="bbp-forum-topic-count">{len(ns)}</li></ul>' for i, (p, (t, ns)) in enumerate(BBP_FORUMS.items()))
    pages["/forums/"] = (page("Forums", (
        f'<div class="bbp-search-form"><form role="search" method="get" id="bbp-search-form" action="'
        f'{u("/forums/search/")}"><input type="text" name="bbp_search" id="bbp_search"><input class="button" '
        f'type="submit" id="bbp_search_submit" value="Search"></form></div><ul id="forums-list-0" class="bbp-forums">'
        f'<li class="bbp-header"><ul class="forum-titles"><li class="bbp-forum-info">Forum</li><li class="bbp-forum-'
        f'topic-count">Topics</li></ul></li><li class="bbp-body">{forum_rows}</li></ul><h2>Recent topics</h2>'
        + topics(ordered[:3]) + f'<p>Popular: <a href="{u("/forums/search/mentor/")}">mentor</a>, <a href="'
        f'{u("/forums/topic-tag/slack/")}">slack</a></p>'), "forum-archive bbp-forum-archive archive"), HTML)
    for path, (title, ns) in BBP_FORUMS.items():
        pages[path] = (page(title, crumbs() + f'<div class="bbp-template-notice info"><ul><li class="bbp-forum-'
                                              f'description">This forum has {len(ns)} topics.</li></ul></div>'
                            + topics([names[n] for n in ns]), f"forum bbp-forum-template-default single single-forum"),
                       HTML)
    pages["/forums/topic-tag/slack/"] = (page("Topic Tag: slack", crumbs() + '<div class="bbp-template-notice"><ul>'
                                                                             "<li>This topic tag has 2 topics.</li>"
                                                                             "</ul></div>" + topics(
        [w for w in ordered if "slack" in w.tags or "Slack" in " ".join(w.paras)]), "topic-tag tax-topic-tag"), HTML)
    for name, path in BBP_USERS.items():
        started = [w for w in ordered if w.author == name]
        pages[path] = (page(name, (
            f'<div id="bbp-user-wrapper"><div id="bbp-single-user-details"><div id="bbp-user-avatar"><span class="vcard">'
            f'<img alt="" src="/wp-content/uploads/avatars/{ident(name)}.png" class="avatar avatar-150 photo"></span>'
            f'</div><div id="bbp-user-navigation"><ul><li class="current"><span class="vcard bbp-user-profile-link">'
            f'Profile</span></li></ul></div></div><div id="bbp-user-body"><div id="bbp-user-profile" class="bbp-user-'
            f'profile"><h2 class="entry-title">@{esc(name)}</h2><div class="bbp-user-section"><p class="bbp-user-forum-'
            f'role">Forum Role: Participant</p><p class="bbp-user-topic-count">Topics Started: {len(started)}</p></div>'
            f"</div><h2>Topics started</h2>" + topics(started) + "</div></div>"), "bbp-user-page single singular"),
                       HTML)
    found = [w for w in ordered if "mentor" in (" ".join(w.paras) + " ".join(t for _, t in w.replies)).lower()
             or "buddy" in " ".join(t for _, t in w.replies).lower()]
    pages["/forums/search/mentor/"] = (page("Search Results for &#8216;mentor&#8217;", crumbs() + (
        '<div class="bbp-search-results"><h1>Search Results for &#8216;mentor&#8217;</h1>') + topics(found) + "</div>",
        "bbp-search search"), HTML)
    pages["/contact/"] = (page("Contact", '<article class="page type-page status-publish hentry"><h1 class="entry-'
                                          'title">Contact</h1><p>For account problems, write to the community team. '
                                          "For support cases, use the customer portal.</p></article>",
                               "page-template-default page"), HTML)
    return pages


# --- the whole web ------------------------------------------------------------------------------------------------

PLATFORMS = {PATHWAYS: clarity, FORUM: misago, FIRST: nineteen, SHELF: ghost, QUIET: hydeout, VALLEY: grav,
             UNI: typo3, CURATION: tabi, JNL: sciencedirect, STRATA: bbpress}


def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page of web 21, labelled as :mod:`tests.labelled_text21` labelled it before the web was built."""
    labels = {(w.host, w.path): (w.kind, w.grade) for w in WORKS.values()}
    labels.update({(h, p): (k, 0) for h, p, k in OTHER})
    docs = []
    for host in HOSTS:
        pages = PLATFORMS[host](lambda path, h=host: url(h, path), url)
        assert set(pages) == {p for h, p in labels if h == host}, (host, set(pages) ^ {p for h, p in labels
                                                                                       if h == host})
        for path, (body, ctype) in pages.items():
            kind, grade = labels[(host, path)]
            status = STATUS.get((host, path), 404) if kind == "error" else 200
            docs.append(Doc(host, path, kind, grade, body if isinstance(body, bytes) else body.encode(), ctype,
                            status))
    return docs


class LabelledWeb21(ServedWeb):
    """Web 21 (see the module docstring)."""

    HOSTS = HOSTS
    START = {JNL: JOURNAL, STRATA: "/forums/"}
    FIRST_ADDRESS = 70
    build = staticmethod(build)
