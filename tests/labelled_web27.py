"""Web 27: 112 pages on ten hosts, built from the labels of :mod:`tests.labelled_text27` (written and committed
first) with the reduced markup of ten platforms: WordPress Twenty Fourteen (core metadata only), Hugo Paper
(Hugo's internal OpenGraph templates), Jekyll Just the Docs (jekyll-seo-tag), Ghost Alto (Ghost's head: OpenGraph,
Twitter cards, JSON-LD), a Mighty Networks community, a Sharkey fediverse server, a Nature-like journal
(citation_*, Dublin Core, PRISM, JSON-LD), an Acast podcast (Next.js), an Indico event and a Humanities Commons
(CORE) repository (citation_*). Seeds: each host's home.
"""

from __future__ import annotations

import json
import zlib
from typing import Callable

from tests import labelled_text27 as T
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

HOSTS = (T.WP, T.PAPER, T.DOCS, T.ALTO, T.MIGHTY, T.SHARK, T.NATURE, T.ACAST, T.INDICO, T.CORE)


def of(host: str) -> list[T.Work]:
    return [w for w in T.WORKS.values() if w.host == host]


def kinds(host: str) -> dict[str, str]:
    return {p: k for h, p, k in T.OTHER if h == host}


def ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def html_doc(w: T.Work, body: str) -> Doc:
    return Doc(w.host, w.path, w.kind, w.grade, body.encode())


def page(host: str, path: str, body: str, status: int = 200) -> Doc:
    return Doc(host, path, kinds(host)[path], 0, body.encode(), status=status)


def human(date: str) -> str:
    months = "January February March April May June July August September October November December".split()
    y, m, d = date.split("-")
    return f"{months[int(m) - 1]} {int(d)}, {y}"


# --- WordPress Twenty Fourteen: a county library's staff blog --------------------------------------------

WP_NAME = "Lamplighter: Staff News"


def _wp(u, title: str, body_class: str, content: str, head: str = "") -> str:
    recent = "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in of(T.WP)[:5])
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" '
            f'content="width=device-width"><title>{esc(title)}</title><link rel="profile" href="https://gmpg.org/xfn/11">'
            f'<link rel="stylesheet" id="twentyfourteen-style-css" href="/wp-content/themes/twentyfourteen/style.css'
            f'?ver=20240402" media="all"><meta name="generator" content="WordPress 6.5.2">{head}</head>'
            f'<body class="{body_class} masthead-fixed list-view full-width"><div id="page" class="hfeed site">'
            f'<header id="masthead" class="site-header"><div class="header-main"><h1 class="site-title"><a href="'
            f'{u("/")}" rel="home">{esc(WP_NAME)}</a></h1><div class="search-toggle"><a href="#search-container" '
            f'class="screen-reader-text" aria-expanded="false">Search</a></div><nav id="primary-navigation" '
            f'class="site-navigation primary-navigation"><button class="menu-toggle">Primary Menu</button>'
            f'<div class="menu-main-container"><ul id="primary-menu" class="nav-menu"><li class="menu-item"><a href="'
            f'{u("/")}">Home</a></li><li class="menu-item"><a href="{u("/category/staff-development/")}">Staff '
            f'development</a></li><li class="menu-item"><a href="{u("/about/")}">About</a></li></ul></div></nav>'
            f'</div><div id="search-container" class="search-box-wrapper hide"><div class="search-box"><form '
            f'role="search" method="get" class="search-form" action="{u("/")}"><input type="search" class="search-field"'
            f' name="s"></form></div></div></header><div id="main" class="site-main"><div id="main-content" '
            f'class="main-content"><div id="primary" class="content-area"><div id="content" class="site-content" '
            f'role="main">{content}</div></div></div><div id="secondary"><h2 class="site-description">News and '
            f'notes for the staff of the Harlan County Library System</h2><div id="primary-sidebar" '
            f'class="primary-sidebar widget-area" role="complementary"><aside id="recent-posts-2" class="widget '
            f'widget_recent_entries"><h1 class="widget-title">Recent Posts</h1><nav aria-label="Recent Posts"><ul>'
            f'{recent}</ul></nav></aside><aside id="tag_cloud-2" class="widget widget_tag_cloud"><h1 '
            f'class="widget-title">Tags</h1><div class="tagcloud"><a href="{u("/tag/mentoring/")}" class="tag-cloud-'
            f'link tag-link-12">mentoring</a></div></aside></div></div></div><footer id="colophon" class="site-footer">'
            f'<div class="site-info"><a href="https://wordpress.org/" class="imprint">Proudly powered by WordPress</a>'
            f'</div></footer></div></body></html>')


def _wp_meta(w: T.Work, u) -> str:
    slug = w.author.lower().replace(" ", "-")
    who = (f'<a class="url fn n" href="{u("/author/" + slug + "/")}" rel="author">{esc(w.author)}</a>'
           if slug == "rhonda-pike" else f'<span class="fn n">{esc(w.author)}</span>')
    return (f'<div class="entry-meta"><span class="entry-date"><a href="{u(w.path)}" rel="bookmark"><time '
            f'class="entry-date" datetime="{w.date}T10:12:00-05:00">{human(w.date)}</time></a></span> <span '
            f'class="byline"><span class="author vcard">{who}</span></span></div>')


def _wp_article(w: T.Work, u, full: bool, extra: str = "") -> str:
    title = (f'<h1 class="entry-title">{esc(w.title)}</h1>' if full else
             f'<h1 class="entry-title"><a href="{u(w.path)}" rel="bookmark">{esc(w.title)}</a></h1>')
    body = (f'<div class="entry-content">{ps(w.paras)}{extra}</div>' if full else
            f'<div class="entry-summary"><p>{cut(" ".join(w.paras), 260)}</p></div>')
    return (f'<article id="post-{zlib.crc32(w.path.encode()) % 900 + 100}" class="post type-post status-publish format-standard '
            f'hentry category-staff-development"><header class="entry-header"><div class="entry-meta"><span '
            f'class="cat-links"><a href="{u("/category/staff-development/")}" rel="category tag">Staff development'
            f'</a></span></div>{title}{_wp_meta(w, u)}</header>{body}<footer class="entry-meta"><span class="tag-links">'
            f'<a href="{u("/tag/mentoring/")}" rel="tag">mentoring</a></span></footer></article>')


def wordpress(u) -> list[Doc]:
    ws = of(T.WP)
    docs = []
    for i, w in enumerate(ws):
        extra = (f'<p>Last year&rsquo;s recap is <a href="{u("/2022/05/old-post/")}">here</a>.</p>'
                 if w.path.endswith("staff-trivia-night/") else "")
        nav = (f'<nav class="navigation post-navigation"><div class="nav-links"><a href="{u(ws[(i + 1) % len(ws)].path)}"'
               f' rel="prev"><span class="meta-nav">Previous Post</span>{esc(ws[(i + 1) % len(ws)].title)}</a></div></nav>')
        head = f'<link rel="canonical" href="{u(w.path)}"><link rel="shortlink" href="{u("/?p=" + str(i + 40))}">'
        docs.append(html_doc(w, _wp(u, f"{w.title} | {WP_NAME}", "post-template-default single single-post "
                                    "singular", _wp_article(w, u, True, extra) + nav, head)))

    def listing(path, title, items, body_class, header="", pager=""):
        content = header + "".join(_wp_article(w, u, False) for w in items) + pager
        return page(T.WP, path, _wp(u, title, body_class, content))

    pager = (f'<nav class="navigation paging-navigation"><div class="pagination loop-pagination"><span '
             f'class="page-numbers current">1</span><a class="page-numbers" href="{u("/page/2/")}">2</a><a '
             f'class="next page-numbers" href="{u("/page/2/")}">Next &rarr;</a></div></nav>')
    arch = '<header class="archive-header"><h1 class="archive-title">{}</h1></header>'
    docs += [
        listing("/", f"{WP_NAME} | News and notes for staff", ws[:3], "home blog", pager=pager),
        listing("/page/2/", f"{WP_NAME} | Page 2", ws[3:], "home blog paged paged-2",
                pager=f'<nav class="navigation paging-navigation"><div class="pagination loop-pagination"><a '
                      f'class="prev page-numbers" href="{u("/")}">&larr; Previous</a></div></nav>'),
        listing("/category/staff-development/", f"Staff development Archives | {WP_NAME}", ws[:3],
                "archive category category-staff-development", arch.format("Category Archives: Staff development")),
        listing("/tag/mentoring/", f"mentoring Archives | {WP_NAME}", ws[:2], "archive tag tag-mentoring",
                arch.format("Tag Archives: mentoring")),
        listing("/?s=mentor", f"You searched for mentor | {WP_NAME}", [ws[0], ws[1], ws[4]], "search search-results",
                '<header class="page-header"><h1 class="page-title">Search Results for: mentor</h1></header>'),
        listing("/author/rhonda-pike/", f"Rhonda Pike | {WP_NAME}", ws[:2], "archive author author-rhonda-pike",
                '<header class="archive-header"><h1 class="archive-title">All posts by Rhonda Pike</h1><div '
                'class="author-description">Staff development coordinator.</div></header>'),
        page(T.WP, "/about/", _wp(u, f"About | {WP_NAME}", "page-template-default page", (
            '<article class="page type-page status-publish hentry"><header class="entry-header"><h1 '
            'class="entry-title">About</h1></header><div class="entry-content"><p>Lamplighter is the staff blog of '
            'the Harlan County Library System: news from the branches, training, and notes from staff development. '
            'Posts are written by staff; write to the staff development office to contribute.</p><p>Looking for the '
            f'mentoring and buddy program posts? <a href="{u("/?s=mentor")}">Search for mentor</a>.</p></div>'
            '</article>'))),
        # a soft 404: WordPress's "Nothing Found" page answered with 200 by a caching plugin
        page(T.WP, "/2022/05/old-post/", _wp(u, f"Page not found | {WP_NAME}", "error404", (
            '<header class="page-header"><h1 class="page-title">Not Found</h1></header><div class="page-content">'
            "<p>It looks like nothing was found at this location. Maybe try a search?</p></div>"))),
    ]
    return docs


# --- Hugo Paper: an LIS student's blog -----------------------------------------------------------------

PAPER_NAME = "Marisol Reads the Stacks"


def _paper(u, title: str, path: str, main: str, og: str = "website", extra: str = "", desc: str = "") -> str:
    return (f'<!doctype html><html class="not-ready lg:text-base" style="--bg:#faf8f1" lang="en" dir="ltr"><head>'
            f'<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1, shrink-to-fit=no"><title>{esc(title)}</title>'
            f'<meta name="theme-color"><meta name="description" content="{esc(desc)}"><meta name="author" '
            f'content="Marisol Ortega"><link rel="preload stylesheet" as="style" href="{u("/main.min.css")}">'
            f'<meta name="generator" content="Hugo 0.125.4"><meta property="og:url" content="{u(path)}">'
            f'<meta property="og:site_name" content="{PAPER_NAME}"><meta property="og:title" content="{esc(title)}">'
            f'<meta property="og:description" content="{esc(desc)}"><meta property="og:locale" content="en">'
            f'<meta property="og:type" content="{og}">{extra}<meta name="twitter:card" content="summary">'
            f'<meta name="twitter:title" content="{esc(title)}"><link rel="canonical" href="{u(path)}"></head>'
            f'<body class="text-black duration-200 ease-out dark:text-white"><header class="mx-auto flex h-[4.5rem] '
            f'max-w-[--w] px-8 lg:justify-center"><div class="relative z-50 ltr:mr-auto rtl:ml-auto flex items-center">'
            f'<a class="-translate-y-[1px] text-2xl font-medium" href="{u("/")}">{PAPER_NAME}</a></div><nav '
            f'class="flex w-full flex-col items-center"><a class="btn-menu" href="{u("/posts/")}">Posts</a><a '
            f'class="btn-menu" href="{u("/archives/")}">Archives</a><a class="btn-menu" href="{u("/about/")}">About'
            f'</a></nav></header><main class="prose prose-neutral relative mx-auto min-h-[calc(100vh-9rem)] max-w-[--w]'
            f' px-8 pb-16 pt-14 dark:prose-invert">{main}</main><footer class="mx-auto flex h-[4.5rem] max-w-[--w] '
            f'items-center px-8 text-xs uppercase tracking-wider opacity-60"><div class="mr-auto">&copy; 2024 <a '
            f'class="link" href="{u("/")}">{PAPER_NAME}</a></div><a class="link mx-6" href="https://gohugo.io/" '
            f'rel="noopener" target="_blank">powered by hugo</a><a class="link" href="https://github.com/nanxiaobei/'
            f'hugo-paper" rel="noopener" target="_blank">hugo-paper</a></footer></body></html>')


def _paper_list(ws, u) -> str:
    return "".join(f'<section class="relative my-10 first-of-type:mt-0 last-of-type:mb-0"><h2 class="!my-0 pb-1 '
                   f'font-bold !leading-none">{esc(w.title)}</h2><time class="text-sm antialiased opacity-60">'
                   f'{human(w.date)}</time><a class="absolute inset-0 text-[0]" href="{u(w.path)}">{esc(w.title)}</a>'
                   f'</section>' for w in ws)


def paper(u) -> list[Doc]:
    ws = sorted(of(T.PAPER), key=lambda w: w.date, reverse=True)
    docs = []
    for i, w in enumerate(ws):
        tags = "networking" if w.grade >= 2 else None
        foot = (f'<footer class="mt-12 flex flex-wrap"><a class="mb-1.5 rounded-lg bg-black/[3%] px-5 py-1.5 '
                f'no-underline dark:bg-white/[8%] ltr:mr-1.5 rtl:ml-1.5" href="{u("/tags/networking/")}">networking</a>'
                f'</footer>' if tags else "")
        nxt = ws[(i + 1) % len(ws)]
        main = (f'<article><header class="mb-14"><h1 class="!my-0 pb-2.5">{esc(w.title)}</h1><div class="text-xs '
                f'antialiased opacity-60"><time>{human(w.date)}</time></div></header><section>{ps(w.paras)}</section>'
                f'{foot}<nav class="mt-24 flex overflow-hidden rounded-xl bg-black/[3%] text-lg !leading-[1.2] '
                f'*:flex *:w-1/2 *:items-center *:p-5 *:font-medium *:no-underline dark:bg-white/[8%]"><a '
                f'class="ltr:ml-auto rtl:mr-auto justify-end pl-3" href="{u(nxt.path)}"><span>{esc(nxt.title)}</span>'
                f'<span class="ltr:ml-1.5 rtl:mr-1.5">→</span></a></nav></article>')
        extra = (f'<meta property="article:section" content="posts"><meta property="article:published_time" '
                 f'content="{w.date}T09:00:00-04:00"><meta property="article:modified_time" content="{w.date}'
                 f'T09:00:00-04:00">' + ('<meta property="article:tag" content="Networking">' if tags else ""))
        docs.append(html_doc(w, _paper(u, w.title, w.path, main, "article", extra, w.paras[0][:160])))
    home = (f'<div class="-mb-2 -mt-8 flex items-center"><div class="mr-5 shrink-0 rounded-full border-[0.5px] '
            f'border-black/10 bg-white/50 p-3"><img class="my-0 aspect-square w-16 rounded-full" src="{u("/me.png")}" '
            f'alt="{PAPER_NAME}"></div><div><h1 class="!mb-0 text-2xl">{PAPER_NAME}</h1><p class="!m-0 opacity-50">'
            f'Notes from library school</p></div></div>' + _paper_list(ws, u))
    docs += [
        page(T.PAPER, "/", _paper(u, PAPER_NAME, "/", home, desc="Notes from library school")),
        page(T.PAPER, "/posts/", _paper(u, f"Posts - {PAPER_NAME}", "/posts/",
                                        '<h1 class="!mb-8">Posts</h1>' + _paper_list(ws, u))),
        page(T.PAPER, "/archives/", _paper(u, f"Archives - {PAPER_NAME}", "/archives/",
                                           '<h1 class="!mb-8">Archives</h1><h2>2024</h2>' + _paper_list(ws[:4], u)
                                           + "<h2>2023</h2>" + _paper_list(ws[4:], u))),
        page(T.PAPER, "/tags/networking/", _paper(u, f"Networking - {PAPER_NAME}", "/tags/networking/",
                                                  '<h1 class="!mb-8">Networking</h1>'
                                                  + _paper_list([w for w in ws if w.grade >= 2], u))),
        page(T.PAPER, "/about/", _paper(u, f"About - {PAPER_NAME}", "/about/", (
            '<article><header class="mb-14"><h1 class="!my-0 pb-2.5">About</h1></header><section><p>I am a second-'
            'year MLIS student and a part-time circulation assistant. I write about school, cataloguing, zines and '
            'whatever else I am reading.</p></section></article>'))),
    ]
    return docs


# --- Jekyll Just the Docs: a consortium's handbook ------------------------------------------------------

DOCS_NAME = "NPLC Staff Handbook"
DOCS_NAV = [("/docs/learning/", "Learning and development"), ("/docs/services/", "Shared services"),
            ("/docs/contact/", "Contact")]


def _jtd(u, path: str, title: str, main: str, crumbs: list[tuple[str, str]] = (), desc: str = "",
         date: str = "") -> str:
    seo = {"@context": "https://schema.org", "@type": "WebPage" if not date else "BlogPosting", "url": u(path),
           "headline": title, "description": desc}
    if date:
        seo["datePublished"] = date + "T00:00:00+00:00"
    nav = ""
    for p, t in DOCS_NAV:
        kids = "".join(f'<li class="nav-list-item"><a href="{u(w.path)}" class="nav-list-link">{esc(w.title)}</a></li>'
                       for w in of(T.DOCS) if w.path.startswith(p))
        nav += (f'<li class="nav-list-item{" active" if path.startswith(p) else ""}"><button class="nav-list-expander '
                f'btn-reset" aria-label="toggle items"><svg viewBox="0 0 24 24"><use xlink:href="#svg-arrow-right"/>'
                f'</svg></button><a href="{u(p)}" class="nav-list-link">{t}</a>'
                + (f'<ul class="nav-list">{kids}</ul>' if kids else "") + "</li>")
    crumb = ("" if not crumbs else '<nav aria-label="Breadcrumb" class="breadcrumb-nav"><ol class="breadcrumb-nav-'
             'list">' + "".join(f'<li class="breadcrumb-nav-list-item"><a href="{u(p)}">{t}</a></li>' for p, t in crumbs)
             + f'<li class="breadcrumb-nav-list-item"><span>{esc(title)}</span></li></ol></nav>')
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" '
            f'content="IE=Edge"><link rel="stylesheet" href="{u("/assets/css/just-the-docs-default.css")}">'
            f'<script src="{u("/assets/js/just-the-docs.js")}"></script><meta name="viewport" content="width=device-'
            f'width, initial-scale=1"><title>{esc(title)} | {DOCS_NAME}</title><meta name="generator" content="Jekyll '
            f'v4.3.3"><meta property="og:title" content="{esc(title)}"><meta property="og:locale" content="en_US">'
            f'<meta name="description" content="{esc(desc)}"><meta property="og:description" content="{esc(desc)}">'
            f'<link rel="canonical" href="{u(path)}"><meta property="og:url" content="{u(path)}"><meta '
            f'property="og:site_name" content="{DOCS_NAME}"><meta property="og:type" content="website"><meta '
            f'name="twitter:card" content="summary"><!-- Begin Jekyll SEO tag v2.8.0 -->{ld(seo)}</head><body><a '
            f'class="skip-to-main" href="#main-content">Skip to main content</a><div class="side-bar"><div '
            f'class="site-header" role="banner"><a href="{u("/")}" class="site-title lh-tight">{DOCS_NAME}</a><button '
            f'id="menu-button" class="site-button btn-reset" aria-label="Toggle menu"></button></div><nav '
            f'aria-label="Main" id="site-nav" class="site-nav"><ul class="nav-list"><li class="nav-list-item"><a '
            f'href="{u("/")}" class="nav-list-link">Home</a></li>{nav}</ul></nav><footer class="site-footer">This site '
            f'uses <a href="https://github.com/just-the-docs/just-the-docs">Just the Docs</a>, a documentation theme '
            f'for Jekyll.</footer></div><div class="main" id="top"><div id="main-header" class="main-header"><div '
            f'class="search" role="search"><div class="search-input-wrap"><input type="text" id="search-input" '
            f'class="search-input" placeholder="Search {DOCS_NAME}" aria-label="Search {DOCS_NAME}" '
            f'autocomplete="off"></div><div id="search-results" class="search-results"></div></div><nav '
            f'aria-label="Auxiliary" class="aux-nav"><ul class="aux-nav-list"><li class="aux-nav-list-item"><a '
            f'href="{u("/search-data.json.html")}" class="site-button">Search without JavaScript</a></li></ul></nav>'
            f'</div><div class="main-content-wrap">{crumb}<div id="main-content" class="main-content"><main>{main}'
            f'</main><hr><footer><p class="text-small text-grey-dk-100 mb-0">Copyright &copy; 2023 Northern Plains '
            f'Library Consortium.</p></footer></div></div></div></body></html>')


def _toc(ws, u) -> str:
    return ('<hr><h2 class="text-delta">Table of contents</h2><ul>'
            + "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in ws) + "</ul>")


def just_the_docs(u) -> list[Doc]:
    docs = []
    sections = {"/docs/learning/": "Learning and development", "/docs/services/": "Shared services"}
    for w in of(T.DOCS):
        sec = next(p for p in sections if w.path.startswith(p))
        main = f'<h1 id="{w.path.strip("/").split("/")[-1]}">{esc(w.title)}</h1>{ps(w.paras)}'
        docs.append(html_doc(w, _jtd(u, w.path, w.title, main, [(sec, sections[sec])], w.paras[0][:150])))
    for sec, name in sections.items():
        ws = [w for w in of(T.DOCS) if w.path.startswith(sec)]
        docs.append(page(T.DOCS, sec, _jtd(u, sec, name, f"<h1>{name}</h1>" + _toc(ws, u))))
    docs += [
        page(T.DOCS, "/", _jtd(u, "/", "Home", (
            f"<h1>{DOCS_NAME}</h1><p class=\"fs-6 fw-300\">Everything staff at member libraries need to know about "
            "the consortium's shared services and staff learning.</p><p>Start with the section you need from the "
            "navigation, or use the search box.</p>" + _toc([w for w in of(T.DOCS)], u)))),
        page(T.DOCS, "/docs/contact/", _jtd(u, "/docs/contact/", "Contact", (
            "<h1>Contact</h1><p>Help desk: open a ticket in the staff portal, or call during business hours.</p>"
            "<p>Staff development: write to the learning coordinator.</p>"))),
        page(T.DOCS, "/search-data.json.html", _jtd(u, "/search-data.json.html", "Search", (
            "<h1>Search</h1><p>Search needs JavaScript. Without it, browse every page of the handbook:</p>"
            + _toc(of(T.DOCS), u)))),
    ]
    return docs


# --- Ghost Alto: a retired archivist -----------------------------------------------------------------------

ALTO_NAME = "Old Fonds"


def _alto(u, title: str, path: str, body_class: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" '
            f'content="IE=edge"><title>{esc(title)}</title><meta name="HandheldFriendly" content="True"><meta '
            f'name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" '
            f'href="{u("/assets/built/screen.css?v=ab12cd34ef")}"><link rel="canonical" href="{u(path)}"><meta '
            f'name="referrer" content="no-referrer-when-downgrade">{head}<meta name="generator" content="Ghost 5.82">'
            f'<link rel="alternate" type="application/rss+xml" title="{ALTO_NAME}" href="{u("/rss/")}"></head><body '
            f'class="{body_class}"><div class="site"><header class="site-header container"><div class="navbar"><div '
            f'class="navbar-left"><div class="burger hidden-lg hidden-xl"></div><a class="logo" href="{u("/")}"><span '
            f'class="logo-text">{ALTO_NAME}</span></a></div><nav class="main-menu hidden-xs hidden-sm hidden-md"><ul '
            f'class="nav-list u-plain-list"><li class="menu-item menu-item-home"><a class="menu-item-link" href="'
            f'{u("/")}">Home</a></li><li class="menu-item menu-item-archives"><a class="menu-item-link" href="'
            f'{u("/tag/archives/")}">Archives</a></li><li class="menu-item menu-item-about"><a class="menu-item-link" '
            f'href="{u("/about/")}">About</a></li></ul></nav></div></header><div class="site-content"><div '
            f'class="container">{main}</div></div><footer class="site-footer container"><div class="copyright">&copy; '
            f'2024 <a href="{u("/")}">{ALTO_NAME}</a>. Published with <a href="https://ghost.org">Ghost</a> &amp; <a '
            f'href="https://github.com/TryGhost/Alto">Alto</a>.</div></footer></div></body></html>')


def _alto_feed(ws, u) -> str:
    return '<div class="post-feed">' + "".join(
        f'<article class="feed post{" tag-archives" if w.grade else ""}"><div class="feed-calendar"><div '
        f'class="feed-calendar-month">{human(w.date)[:3]}</div><div class="feed-calendar-day">{int(w.date[8:])}'
        f'</div></div><h2 class="feed-title">{esc(w.title)}</h2><div class="feed-length">{len(" ".join(w.paras)) // 900 + 1}'
        f' min read</div><a class="u-permalink" href="{u(w.path)}" aria-label="{esc(w.title)}"></a></article>'
        for w in ws) + "</div>"


def alto(u) -> list[Doc]:
    ws = sorted(of(T.ALTO), key=lambda w: w.date, reverse=True)
    docs = []
    for w in ws:
        tag = w.grade >= 1
        graph = {"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name":
                 ALTO_NAME, "url": u("/")}, "author": {"@type": "Person", "name": w.author, "url":
                 u("/author/harold/")}, "headline": w.title, "url": u(w.path), "datePublished":
                 w.date + "T08:30:00.000Z", "dateModified": w.date + "T08:30:00.000Z", "description": w.paras[0][:150],
                 "mainEntityOfPage": u(w.path)}
        if tag:
            graph["keywords"] = "Archives"
        head = (f'<meta property="og:site_name" content="{ALTO_NAME}"><meta property="og:type" content="article">'
                f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:description" content="'
                f'{esc(w.paras[0][:150])}"><meta property="og:url" content="{u(w.path)}"><meta '
                f'property="article:published_time" content="{w.date}T08:30:00.000Z"><meta '
                f'property="article:modified_time" content="{w.date}T08:30:00.000Z">'
                + ('<meta property="article:tag" content="Archives">' if tag else "")
                + f'<meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="'
                  f'{esc(w.title)}"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" '
                  f'content="{esc(w.author)}">{ld(graph)}')
        tags = (f'<div class="single-meta-item single-meta-tag"><a class="post-tag post-tag-archives" href="'
                f'{u("/tag/archives/")}">Archives</a></div>' if tag else "")
        main = (f'<main class="site-main"><article class="single post{" tag-archives" if tag else ""}"><header '
                f'class="single-header"><div class="single-meta"><span class="single-meta-item single-meta-date"><time '
                f'datetime="{w.date}">{human(w.date)}</time></span><span class="single-meta-item single-meta-author">'
                f'<a href="{u("/author/harold/")}">{esc(w.author)}</a></span>{tags}</div><h1 class="single-title">'
                f'{esc(w.title)}</h1></header><div class="single-content gh-content kg-canvas">{ps(w.paras)}</div>'
                f'</article></main>')
        docs.append(html_doc(w, _alto(u, f"{w.title}", w.path, "post-template" + (" tag-archives" if tag else ""),
                                      main, head)))

    def site_head(title, path, og="website"):
        return (f'<meta property="og:site_name" content="{ALTO_NAME}"><meta property="og:type" content="{og}"><meta '
                f'property="og:title" content="{esc(title)}"><meta property="og:url" content="{u(path)}">')

    more = f'<nav class="load-more"><a class="button gh-loadmore" href="{u("/page/2/")}">Load more</a></nav>'
    docs += [
        page(T.ALTO, "/", _alto(u, ALTO_NAME, "/", "home-template", '<div class="cover"><div class="cover-content">'
                                 '<div class="cover-description">Notes from a retired county archivist</div></div>'
                                 f'</div>{_alto_feed(ws[:3], u)}{more}', site_head(ALTO_NAME, "/")
                                 + f'<link rel="next" href="{u("/page/2/")}">')),
        page(T.ALTO, "/page/2/", _alto(u, f"{ALTO_NAME} (Page 2)", "/page/2/", "paged archive-template",
                                       _alto_feed(ws[3:], u), site_head(ALTO_NAME, "/page/2/")
                                       + f'<link rel="prev" href="{u("/")}">')),
        page(T.ALTO, "/tag/archives/", _alto(u, f"Archives - {ALTO_NAME}", "/tag/archives/", "tag-template "
                                             "tag-archives", '<section class="term"><h1 class="term-name">Archives'
                                             '</h1><div class="term-description">Writing about archival work.</div>'
                                             f'</section>{_alto_feed([w for w in ws if w.grade >= 1], u)}',
                                             site_head("Archives", "/tag/archives/"))),
        page(T.ALTO, "/author/harold/", _alto(u, f"Harold Quist - {ALTO_NAME}", "/author/harold/", "author-template "
                                              "author-harold", '<section class="term"><h1 class="term-name">Harold '
                                              'Quist</h1><div class="term-description">County archivist, 1983-2019. '
                                              'Retired, gardening, still reading finding aids for fun.</div></section>'
                                              + _alto_feed(ws, u), site_head("Harold Quist", "/author/harold/",
                                                                             "profile"))),
        page(T.ALTO, "/about/", _alto(u, f"About - {ALTO_NAME}", "/about/", "page-template page-about", (
            '<main class="site-main"><article class="single page"><header class="single-header"><h1 '
            'class="single-title">About</h1></header><div class="single-content gh-content kg-canvas"><p>I was a '
            'county archivist for 36 years. This blog is where I write about the work, the garden and travel. My '
            f'older posts from the previous blog are <a href="{u("/old-posts/")}">gone, I am afraid</a>.</p></div>'
            '</article></main>'), site_head("About", "/about/", "article"))),
        page(T.ALTO, "/old-posts/", _alto(u, f"404 — Page not found - {ALTO_NAME}", "/old-posts/", "error-template", (
            '<section class="error-message"><h1 class="error-code">404</h1><p class="error-description">Page not '
            f'found</p><a class="error-link" href="{u("/")}">Go to the front page →</a></section>')), status=404),
    ]
    return docs


# --- a Mighty Networks community ------------------------------------------------------------------------

MIGHTY_NAME = "InfoPros Commons"
MIGHTY_SPACES = {"/spaces/mentoring": "Mentoring", "/spaces/lounge": "The Lounge"}
MIGHTY_MEMBERS = {"Priya Nair": "/members/priya-nair", "Jonah Wells": "/members/jonah-wells"}


def _mighty(u, title: str, path: str, main: str, head: str = "") -> str:
    spaces = "".join(f'<a class="network-sidebar__space-link" data-testid="space-link" href="{u(p)}"><span '
                     f'class="network-sidebar__space-name">{n}</span></a>' for p, n in MIGHTY_SPACES.items())
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title><meta '
            f'name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="{u(path)}">'
            f'<meta property="og:site_name" content="{MIGHTY_NAME}"><meta property="og:title" content="{esc(title)}">'
            f'<meta property="og:url" content="{u(path)}"><meta property="og:image" content="https://images.'
            f'mightycdn.com/image/upload/c_fill,h_630,w_1200/infopros-cover.png"><meta name="twitter:card" '
            f'content="summary_large_image"><meta name="apple-itunes-app" content="app-id=1081683081">{head}</head>'
            f'<body class="mighty-network"><div id="app" data-network-id="4417721"><div class="layout"><nav '
            f'class="network-sidebar" aria-label="Network"><a class="network-sidebar__logo" href="{u("/")}">'
            f'{MIGHTY_NAME}</a><div class="network-sidebar__section"><a class="network-sidebar__space-link" '
            f'href="{u("/")}">Home</a><a class="network-sidebar__space-link" href="{u("/about")}">About</a></div>'
            f'<div class="network-sidebar__section"><h3 class="network-sidebar__heading">Spaces</h3>{spaces}</div>'
            f'</nav><main class="layout__main" id="main">{main}</main></div></div><footer class="powered-by"><a '
            f'href="https://www.mightynetworks.com/" rel="nofollow">Powered by Mighty Networks</a></footer></body></html>')


def _mighty_card(w: T.Work, u) -> str:
    who = MIGHTY_MEMBERS.get(w.author)
    author = (f'<a class="feed-card__author" href="{u(who)}">{esc(w.author)}</a>' if who else
              f'<span class="feed-card__author">{esc(w.author)}</span>')
    return (f'<div class="feed-card" data-testid="feed-card">{author}<time class="feed-card__time" datetime="{w.date}">'
            f'{human(w.date)}</time><a class="feed-card__title" href="{u(w.path)}">{esc(w.title)}</a><p '
            f'class="feed-card__preview">{cut(w.paras[0], 140)}</p></div>')


def mighty(u) -> list[Doc]:
    ws = of(T.MIGHTY)
    space_of = {w.path: ("/spaces/mentoring" if w.grade >= 1 else "/spaces/lounge") for w in ws}
    docs = []
    for w in ws:
        who = MIGHTY_MEMBERS.get(w.author)
        author = (f'<a class="member-avatar-link" href="{u(who)}"><span class="member-name">{esc(w.author)}</span></a>'
                  if who else f'<span class="member-name">{esc(w.author)}</span>')
        body, *replies = w.paras if w.path.endswith("public-to-academic") else ("\n\n".join(w.paras),)
        sp = space_of[w.path]
        comments = "".join(f'<div class="comment" data-testid="comment"><div class="comment__body rich-text"><p>'
                           f'{esc(r)}</p></div></div>' for r in replies)
        main = (f'<article class="post-detail" data-testid="post-detail"><div class="post-detail__space"><a href="'
                f'{u(sp)}">{MIGHTY_SPACES[sp]}</a></div><header class="post-detail__header">{author}<time '
                f'class="post-detail__time" datetime="{w.date}T14:00:00Z">{human(w.date)}</time></header><h1 '
                f'class="post-detail__title">{esc(w.title)}</h1><div class="post-detail__body rich-text">'
                f'{ps(body.split(chr(10) + chr(10)))}</div><div class="post-detail__comments"><h2>Comments</h2>'
                f'{comments}</div></article>')
        head = (f'<meta property="og:type" content="article"><meta property="og:description" content="'
                f'{esc(w.paras[0][:200])}"><meta name="description" content="{esc(w.paras[0][:200])}">')
        docs.append(html_doc(w, _mighty(u, f"{w.title} - {MIGHTY_NAME}", w.path, main, head)))
    for sp, name in MIGHTY_SPACES.items():
        items = [w for w in ws if space_of[w.path] == sp]
        docs.append(page(T.MIGHTY, sp, _mighty(u, f"{name} - {MIGHTY_NAME}", sp, (
            f'<header class="space-header"><h1 class="space-header__title">{name}</h1></header><div class="feed">'
            + "".join(_mighty_card(w, u) for w in items) + "</div>"))))
    for name, p in MIGHTY_MEMBERS.items():
        items = [w for w in ws if w.author == name]
        docs.append(page(T.MIGHTY, p, _mighty(u, f"{name} - {MIGHTY_NAME}", p, (
            f'<section class="member-profile"><h1 class="member-profile__name">{name}</h1><p '
            f'class="member-profile__location">Member since 2022</p><h2>Posts</h2><div class="feed">'
            + "".join(_mighty_card(w, u) for w in items) + "</div></section>"), '<meta property="og:type" '
                                                                               'content="profile">')))
    docs += [
        page(T.MIGHTY, "/", _mighty(u, MIGHTY_NAME, "/", '<h1 class="feed-heading">Activity</h1><div class="feed">'
                                    + "".join(_mighty_card(w, u) for w in ws) + "</div>",
                                    '<meta property="og:type" content="website">')),
        page(T.MIGHTY, "/about", _mighty(u, f"About - {MIGHTY_NAME}", "/about", (
            '<section class="about"><h1>About InfoPros Commons</h1><p>A community for library, archives and records '
            'workers: 3,400 members, spaces for conversation, events and courses. Membership is free.</p><h2>Hosts'
            f'</h2><p><a href="{u("/members/priya-nair")}">Priya Nair</a></p></section>'))),
    ]
    return docs


# --- Sharkey: a fediverse server for library workers -------------------------------------------------------

SHARK_NAME = "stacks.example"
SHARK_USERS = {"@ellenb": "Ellen B.", "@tomasz": "Tomasz W.", "@rosalind": "Rosalind Achebe"}


def _shark(u, title: str, path: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="application-name" content="Sharkey">'
            f'<meta name="referrer" content="origin"><meta name="theme-color" content="#86b300"><meta '
            f'name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="/favicon.ico">'
            f'<link rel="manifest" href="/manifest.json"><link rel="search" type="application/opensearchdescription+'
            f'xml" title="{SHARK_NAME}" href="/opensearch.xml"><title>{esc(title)} | {SHARK_NAME}</title><meta '
            f'property="og:site_name" content="{SHARK_NAME}">{head}</head><body><noscript><p>To use Sharkey, please '
            f'enable JavaScript.</p></noscript><div id="sharkey_app"><header class="_ssr_header"><a href="{u("/")}">'
            f'{SHARK_NAME}</a> · <a href="{u("/about")}">About</a> · <a href="{u("/tags/LibMentor")}">#LibMentor</a>'
            f'</header><main class="_ssr_main">{main}</main></div><div id="splash"><img id="splashIcon" '
            f'src="/static-assets/splash.png"><div id="splashSpinner"></div></div></body></html>')


def _shark_note(w: T.Work, u) -> str:
    user = w.author
    tagged = "#LibMentor" in w.paras[0]
    text = esc(w.paras[0]).replace("#LibMentor", f'<a href="{u("/tags/LibMentor")}">#LibMentor</a>')
    return (f'<article class="_note" data-note-id="{w.path.split("/")[-1]}"><header class="_note_header"><a '
            f'class="_note_name" href="{u("/" + user)}">{esc(SHARK_USERS[user])}</a> <span class="_note_username">'
            f'{user}@{SHARK_NAME}</span> <a class="_note_time" href="{u(w.path)}"><time datetime="{w.date}T15:20:00.000Z">'
            f'{w.date}</time></a></header><div class="_note_text">{text}</div>'
            + ('<footer class="_note_tags">1 tag</footer>' if tagged else "") + "</article>")


def sharkey(u) -> list[Doc]:
    ws = of(T.SHARK)
    docs = []
    for w in ws:
        name = SHARK_USERS[w.author]
        head = (f'<meta name="misskey:user-username" content="{w.author[1:]}"><meta name="misskey:note-id" content="'
                f'{w.path.split("/")[-1]}"><meta property="og:type" content="article"><meta property="og:title" '
                f'content="{esc(name)} ({w.author}@{SHARK_NAME})"><meta property="og:description" content="'
                f'{esc(w.paras[0])}"><meta property="og:url" content="{u(w.path)}"><meta name="twitter:card" '
                f'content="summary"><link rel="alternate" href="{u(w.path)}" type="application/activity+json">'
                f'<meta property="article:published_time" content="{w.date}T15:20:00.000Z">')
        docs.append(html_doc(w, _shark(u, f"{name} ({w.author}@{SHARK_NAME})", w.path, _shark_note(w, u), head)))
    for user, name in SHARK_USERS.items():
        notes = [w for w in ws if w.author == user]
        docs.append(page(T.SHARK, "/" + user, _shark(u, f"{name} ({user}@{SHARK_NAME})", "/" + user, (
            f'<section class="_user"><h1>{esc(name)}</h1><p class="_user_acct">{user}@{SHARK_NAME}</p><p '
            f'class="_user_description">Library worker. Opinions my own.</p><p>{len(notes)} Notes</p></section>'
            + "".join(_shark_note(w, u) for w in notes)), f'<meta property="og:type" content="blog"><meta '
                                                          f'name="misskey:user-username" content="{user[1:]}"><meta '
                                                          f'property="og:title" content="{esc(name)}">')))
    tagged = [w for w in ws if "#LibMentor" in w.paras[0]]
    docs += [
        page(T.SHARK, "/", _shark(u, SHARK_NAME, "/", (
            f'<section class="_instance"><h1>{SHARK_NAME}</h1><p>A small server for people who work in libraries, '
            f'archives and museums. Registration by invitation.</p><h2>Recent notes</h2>'
            + "".join(_shark_note(w, u) for w in ws) + "</section>"), '<meta property="og:type" content="website">')),
        page(T.SHARK, "/tags/LibMentor", _shark(u, "#LibMentor", "/tags/LibMentor",
                                                "<h1>#LibMentor</h1>" + "".join(_shark_note(w, u) for w in tagged))),
        page(T.SHARK, "/about", _shark(u, "About", "/about", (
            '<section class="_about"><h1>About this server</h1><p>Run by volunteers since 2023. Server rules: be '
            'kind, content-warn work gripes, no ads.</p><p>Moderators: '
            + ", ".join(f'<a href="{u("/" + k)}">{k}</a>' for k in SHARK_USERS) + "</p></section>"))),
    ]
    return docs


# --- a Nature-like journal -------------------------------------------------------------------------------

JOURNAL = "Journal of Information and Library Practice"
ISSUES = {"/volumes/11/issues/1": ("11", "1", "2024"), "/volumes/10/issues/3": ("10", "3", "2023")}


def _nature(u, title: str, path: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en" class="grade-c"><head><meta charset="utf-8"><link rel="dns-prefetch" '
            f'href="//fonts.gstatic.com"><meta name="applicable-device" content="pc,mobile"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{esc(title)}</title><link rel="canonical" '
            f'href="{u(path)}">{head}</head><body class="article-page"><div class="u-visually-hidden" aria-hidden="true">'
            f'</div><a class="c-skip-link" href="#content">Skip to main content</a><header class="c-header" id="header" '
            f'data-header><div class="c-header__row"><div class="c-header__container"><div class="c-header__split"><div '
            f'class="c-header__logo-container"><a href="{u("/")}" data-track="click" data-track-action="home"><span '
            f'class="c-header__logo">{JOURNAL}</span></a></div><ul class="c-header__menu"><li class="c-header__item">'
            f'<a class="c-header__link" href="{u("/search?q=mentoring")}" data-test="menu-button--search">Search</a>'
            f'</li></ul></div></div></div><div class="c-header__row"><ul class="c-header__menu c-header__menu--journal">'
            f'<li class="c-header__item"><a class="c-header__link" href="{u("/subjects/library-science")}">Explore '
            f'content</a></li><li class="c-header__item"><a class="c-header__link" href="{u("/volumes/11/issues/1")}">'
            f'Current issue</a></li></ul></div></header><div class="u-container"><main class="c-article-main-column '
            f'u-float-left js-main-column" id="content">{main}</main></div><footer class="composite-layer"><div '
            f'class="c-footer"><ul class="c-footer__links"><li class="c-footer__item"><a href="{u("/contact")}">'
            f'Contact</a></li><li class="c-footer__item"><a href="https://www.springernature.com/gp/legal/privacy-'
            f'statement">Privacy Policy</a></li></ul><p class="c-footer__copyright">&copy; 2024 Springer Nature '
            f'Limited</p></div></footer></body></html>')


def _nature_list(ws, u) -> str:
    return '<ul class="app-article-list-row">' + "".join(
        f'<li class="app-article-list-row__item"><article class="c-card c-card--flush" itemscope '
        f'itemtype="http://schema.org/ScholarlyArticle"><div class="c-card__body u-display-flex u-flex-direction-column">'
        f'<h3 class="c-card__title" itemprop="name headline"><a href="{u(w.path)}" class="c-card__link '
        f'u-link-inherit" itemprop="url" data-track="click">{esc(w.title)}</a></h3><ul class="c-author-list '
        f'c-author-list--compact" data-test="author-list"><li itemprop="creator">{esc(w.author.replace(";", ","))}'
        f'</li></ul><div class="c-card__summary u-mb-16" itemprop="description"><p>{cut(w.paras[0], 220)}</p></div>'
        f'</div><div class="c-card__section c-meta"><span class="c-meta__item c-meta__item--block-at-lg" '
        f'data-test="article.type"><span class="c-meta__type">Article</span></span><time class="c-meta__item" '
        f'datetime="{w.date}" itemprop="datePublished">{human(w.date)}</time></div></article></li>' for w in ws) + "</ul>"


def nature(u, core_link: str) -> list[Doc]:
    ws = [w for w in of(T.NATURE) if not w.path.endswith(".pdf")]
    pdf_work = next(w for w in of(T.NATURE) if w.path.endswith(".pdf"))
    docs = []
    for w in ws:
        slug = w.path.split("/")[-1]
        year = w.date[:4]
        vol, iss = ("11", "1") if year == "2024" else ("10", "3")
        authors = [a.strip() for a in w.author.split(";")]
        has_pdf = pdf_work.path == w.path + ".pdf"
        meta = "".join(f'<meta name="citation_author" content="{esc(a)}"><meta name="dc.creator" content="{esc(a)}">'
                       for a in authors)
        head = (f'<meta name="journal_id" content="41599"><meta name="dc.title" content="{esc(w.title)}"><meta '
                f'name="dc.source" content="{JOURNAL} {year} {vol}:1"><meta name="dc.format" content="text/html">'
                f'<meta name="dc.publisher" content="Palgrave"><meta name="dc.date" content="{w.date}"><meta '
                f'name="dc.type" content="OriginalPaper"><meta name="dc.language" content="En"><meta '
                f'name="dc.copyright" content="{year} The Author(s)"><meta name="dc.rights" content="{year} The '
                f'Author(s)"><meta name="dc.rightsAgent" content="journalpermissions@springernature.com"><meta '
                f'name="dc.description" content="{esc(w.paras[0])}"><meta name="prism.issn" content="2662-9992">'
                f'<meta name="prism.publicationName" content="{JOURNAL}"><meta name="prism.publicationDate" '
                f'content="{w.date}"><meta name="prism.volume" content="{vol}"><meta name="prism.number" '
                f'content="{iss}"><meta name="prism.section" content="OriginalPaper"><meta name="prism.startingPage" '
                f'content="{int(slug.split("-")[2])}"><meta name="prism.copyright" content="{year} The Author(s)">'
                f'<meta name="prism.rightsAgent" content="journalpermissions@springernature.com"><meta name="prism.url"'
                f' content="{u(w.path)}"><meta name="prism.doi" content="doi:10.1057/{slug}"><meta '
                f'name="citation_fulltext_html_url" content="{u(w.path)}"><meta name="citation_journal_title" '
                f'content="{JOURNAL}"><meta name="citation_journal_abbrev" content="J Inf Libr Pract"><meta '
                f'name="citation_publisher" content="Palgrave"><meta name="citation_issn" content="2662-9992"><meta '
                f'name="citation_title" content="{esc(w.title)}"><meta name="citation_volume" content="{vol}"><meta '
                f'name="citation_issue" content="{iss}"><meta name="citation_publication_date" content="'
                f'{w.date.replace("-", "/")}"><meta name="citation_online_date" content="{w.date.replace("-", "/")}">'
                f'<meta name="citation_firstpage" content="{int(slug.split("-")[2])}"><meta name="citation_article_type"'
                f' content="Article"><meta name="citation_language" content="en"><meta name="dc.identifier" '
                f'content="doi:10.1057/{slug}"><meta name="DOI" content="10.1057/{slug}"><meta name="citation_doi" '
                f'content="10.1057/{slug}">'
                + (f'<meta name="citation_pdf_url" content="{u(pdf_work.path)}">' if has_pdf else "")
                + f'{meta}<meta name="format-detection" content="telephone=no"><meta property="og:url" '
                  f'content="{u(w.path)}"><meta property="og:type" content="article"><meta property="og:site_name" '
                  f'content="Nature"><meta property="og:title" content="{esc(w.title)} - {JOURNAL}"><meta '
                  f'property="og:description" content="{esc(w.paras[0][:300])}"><meta name="twitter:site" '
                  f'content="@SpringerNature"><meta name="twitter:card" content="summary_large_image">'
                + ld({"mainEntity": {"headline": w.title, "description": w.paras[0], "datePublished": w.date +
                                     "T00:00:00Z", "dateModified": w.date + "T00:00:00Z", "pageStart":
                                     str(int(slug.split("-")[2])), "sameAs": "https://doi.org/10.1057/" + slug,
                                     "keywords": ["Library science", "Information science"], "isPartOf": {"name":
                                     JOURNAL, "issn": ["2662-9992"], "volumeNumber": vol, "@type":
                                     ["Periodical", "PublicationVolume"]}, "publisher": {"name": "Palgrave Macmillan "
                                     "UK", "@type": "Organization"}, "author": [{"name": a, "@type": "Person"} for a in
                                                                              authors], "isAccessibleForFree": True,
                                     "@type": "ScholarlyArticle"}, "@context": "https://schema.org", "@type": "WebPage"}))
        pdf_link = (f'<div class="c-pdf-download u-clear-both"><a href="{u(pdf_work.path)}" class="u-button u-button--'
                    f'full-width u-button--primary u-justify-content-space-between c-pdf-download__link" '
                    f'data-article-pdf="true" data-test="download-pdf"><span class="c-pdf-download__text">Download PDF'
                    f'</span></a></div>' if has_pdf else "")
        body = (f'<div class="c-article-section" id="Abs1-section"><h2 class="c-article-section__title js-section-title'
                f' js-c-reading-companion-sections-item" id="Abs1">Abstract</h2><div class="c-article-section__content" '
                f'id="Abs1-content"><p>{esc(w.paras[0])}</p></div></div>')
        if len(w.paras) > 1:
            body += (f'<div class="main-content"><section data-title="Introduction"><div class="c-article-section" '
                     f'id="Sec1-section"><h2 class="c-article-section__title js-section-title" id="Sec1">Introduction'
                     f'</h2><div class="c-article-section__content" id="Sec1-content">{ps(w.paras[1:])}</div></div>'
                     f'</section></div>')
        cite = (f'<p>See also the authors&rsquo; chapter <a href="{core_link}">deposited in Humanities Commons</a>.</p>'
                if has_pdf else "")
        main = (f'<article lang="en"><div class="c-article-header"><header><ul class="c-article-identifiers" '
                f'data-test="article-identifier"><li class="c-article-identifiers__item" data-test="article-category">'
                f'Article</li><li class="c-article-identifiers__item"><a href="https://www.springernature.com/gp/open-'
                f'research/about/the-fundamentals-of-open-access-and-open-research" data-track="click">Open access</a>'
                f'</li><li class="c-article-identifiers__item">Published: <time datetime="{w.date}">{human(w.date)}'
                f'</time></li></ul><h1 class="c-article-title" data-test="article-title" data-article-title="">'
                f'{esc(w.title)}</h1><ul class="c-article-author-list c-article-author-list--short" '
                f'data-test="authors-list">'
                + "".join(f'<li class="c-article-author-list__item"><a data-test="author-name" href="#auth-{i}">'
                          f'{esc(a)}</a></li>' for i, a in enumerate(authors, 1))
                + f'</ul><p class="c-article-info-details" data-container-section="info"><a data-test="journal-link" '
                  f'href="{u("/")}"><i data-test="journal-title">{JOURNAL}</i></a> <b data-test="journal-volume">'
                  f'<span class="u-visually-hidden">volume</span>&nbsp;{vol}</b>, Article number: <span '
                  f'data-test="article-number">{int(slug.split("-")[2])}</span> ({year}) <a href="{u("/volumes/" + vol + "/issues/" + iss)}">'
                  f'Issue {iss}</a></p></header></div>{pdf_link}<div class="c-article-body">{body}{cite}</div>'
                  f'</article>')
        docs.append(html_doc(w, _nature(u, f"{w.title} | {JOURNAL}", w.path, main, head)))
    p = pdf_work
    docs.append(Doc(T.NATURE, p.path, p.kind, p.grade, pdf(list(p.paras)), content_type="application/pdf"))

    def site(title, path, main, og="website"):
        return _nature(u, title, path, main, f'<meta property="og:type" content="{og}"><meta property="og:title" '
                                               f'content="{esc(title)}"><meta property="og:site_name" content="Nature">')

    by_issue = {k: [w for w in ws if w.date[:4] == v[2]] for k, v in ISSUES.items()}
    docs += [
        page(T.NATURE, "/", site(JOURNAL, "/", (
            f'<section class="c-hero"><h1 class="c-hero__title">{JOURNAL}</h1><p>An open access journal for research '
            'on libraries, archives and information practice.</p></section><h2 class="c-section-heading">Latest '
            f'articles</h2>{_nature_list(ws, u)}<p><a href="{u("/volumes/10/issues/3")}">Volume 10 Issue 3</a></p>'))),
        page(T.NATURE, "/search?q=mentoring", site(f"Search Results | {JOURNAL}", "/search?q=mentoring", (
            '<h1 class="c-section-heading">Search Results</h1><p data-test="results-data">Showing 1&ndash;2 of 2 '
            'results for &ldquo;mentoring&rdquo;</p>' + _nature_list([w for w in ws if w.grade >= 2], u)))),
        page(T.NATURE, "/subjects/library-science", site(f"Library science | {JOURNAL}", "/subjects/library-science",
                                                         '<h1 class="c-section-heading">Library science</h1>'
                                                         + _nature_list(ws, u))),
        page(T.NATURE, "/contact", site(f"Contact | {JOURNAL}", "/contact", (
            '<h1>Contact</h1><p>Editorial office: write to the managing editor. For permissions, contact Springer '
            'Nature&rsquo;s permissions team.</p>'))),
        page(T.NATURE, "/articles/s41599-024-9999-0", _nature(u, "Page not found | Nature",
                                                              "/articles/s41599-024-9999-0", (
            '<div class="c-page-not-found"><h1>Page not found</h1><p>Sorry, the page you requested is unavailable. '
            f'The link you requested might be broken, or no longer exist.</p><a href="{u("/")}">Go to the journal '
            'home page</a></div>')), status=404),
    ]
    for path, (vol, iss, year) in ISSUES.items():
        extra = (f'<h2>Corrections</h2><p><a href="{u("/articles/s41599-024-9999-0")}">Author Correction</a></p>'
                 if vol == "11" else "")
        docs.append(page(T.NATURE, path, site(f"Volume {vol} Issue {iss} | {JOURNAL}", path, (
            f'<h1 class="c-section-heading">Volume {vol} Issue {iss}, {year}</h1>'
            + _nature_list(by_issue[path], u) + extra))))
    return docs


# --- an Acast podcast -------------------------------------------------------------------------------------

SHOW = "Shelfworth"
SHOW_P = "/shows/shelfworth"


def _acast(u, title: str, path: str, main: str, head: str = "", data: dict | None = None) -> str:
    nd = json.dumps({"props": {"pageProps": data or {}}, "page": "/[showId]" if path == SHOW_P else "/[showId]/"
                     "episodes/[episodeId]", "query": {"showId": "shelfworth"}, "buildId": "Xk2p9", "isFallback":
                     False, "gssp": True, "scriptLoader": []})
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
            f'width"><title>{esc(title)}</title><link rel="canonical" href="{u(path)}"><meta property="og:site_name" '
            f'content="Acast"><meta property="og:url" content="{u(path)}"><meta property="og:title" content="'
            f'{esc(title)}">{head}<link rel="alternate" type="application/rss+xml" title="{SHOW}" href="https://feeds.'
            f'acast.com/public/shows/shelfworth"><meta name="next-head-count" content="14"></head><body><div id="__next">'
            f'<div class="sc-layout"><header class="sc-header"><a class="sc-logo" href="{u("/")}">Acast</a><nav '
            f'class="sc-show-nav"><a href="{u(SHOW_P)}">Home</a><a href="{u(SHOW_P + "/episodes")}">Episodes</a><a '
            f'href="{u(SHOW_P + "/about")}">About</a></nav></header><main class="sc-main">{main}</main><footer '
            f'class="sc-footer"><p>Hosted on Acast. See acast.com/privacy for more information.</p></footer></div>'
            f'</div><script id="__NEXT_DATA__" type="application/json">{nd}</script></body></html>')


def _episode_row(w: T.Work, u) -> str:
    return (f'<div class="sc-episode-row"><a class="sc-episode-link" href="{u(w.path)}"><h3 class="sc-episode-title">'
            f'{esc(w.title)}</h3></a><p class="sc-episode-date">{human(w.date)}</p><p class="sc-episode-summary">'
            f'{cut(w.paras[0], 150)}</p></div>')


def acast(u) -> list[Doc]:
    ws = sorted(of(T.ACAST), key=lambda w: w.date, reverse=True)
    docs = []
    for i, w in enumerate(ws):
        slug = w.path.split("/")[-1]
        epld = {"@context": "https://schema.org", "@type": "PodcastEpisode", "url": u(w.path), "name": w.title,
                "datePublished": w.date, "description": " ".join(w.paras), "episodeNumber": len(ws) - i + 40,
                "partOfSeries": {"@type": "PodcastSeries", "name": SHOW, "url": u(SHOW_P)},
                "associatedMedia": {"@type": "MediaObject", "contentUrl": f"https://sphinx.acast.com/p/open/s/"
                                                                          f"shelfworth/e/{slug}/media.mp3"}}
        head = (f'<meta property="og:type" content="website"><meta property="og:description" content="'
                f'{esc(w.paras[0][:250])}"><meta name="description" content="{esc(w.paras[0][:250])}"><meta '
                f'property="og:image" content="https://assets.pippa.io/shows/shelfworth/cover.jpg"><meta '
                f'name="twitter:card" content="player"><meta name="twitter:player" content="https://embed.acast.com/'
                f'shelfworth/{slug}">{ld(epld)}')
        main = (f'<div class="sc-episode"><div class="sc-episode-header"><a class="sc-show-link" href="{u(SHOW_P)}">'
                f'{SHOW}</a><h1 class="sc-episode-heading">{esc(w.title)}</h1><p class="sc-episode-meta"><time '
                f'datetime="{w.date}">{human(w.date)}</time> · Episode {len(ws) - i + 40}</p></div><div '
                f'class="sc-player" data-episode="{slug}"><button class="sc-play">Play</button></div><div '
                f'class="sc-episode-description">{ps(w.paras)}<p>Hosted on Acast. See acast.com/privacy for more '
                f'information.</p></div></div>')
        docs.append(html_doc(w, _acast(u, f"{w.title} | {SHOW} | Podcast on Acast", w.path, main, head,
                                       {"episode": {"title": w.title, "publishDate": w.date, "id": slug}})))
    pager = f'<nav class="sc-pagination"><a href="{u(SHOW_P + "/episodes?page=2")}">Next page</a></nav>'
    docs += [
        page(T.ACAST, "/", _acast(u, "Acast: the home of podcasts", "/", (
            '<h1>Podcasts on Acast</h1><div class="sc-show-grid"><div class="sc-show-card"><a href="'
            f'{u(SHOW_P)}"><h2>{SHOW}</h2></a><p>A podcast about working in libraries.</p></div></div>'),
                                  '<meta property="og:type" content="website">')),
        page(T.ACAST, SHOW_P, _acast(u, f"{SHOW} | Podcast on Acast", SHOW_P, (
            f'<div class="sc-show-header"><h1>{SHOW}</h1><p>Two public librarians talk about the job. New episodes '
            f'every other Thursday.</p></div><h2>Latest episodes</h2>' + "".join(_episode_row(w, u) for w in ws[:3])
            + f'<a href="{u(SHOW_P + "/episodes")}">All episodes</a>'), '<meta property="og:type" content="website">')),
        page(T.ACAST, SHOW_P + "/episodes", _acast(u, f"Episodes | {SHOW} | Podcast on Acast", SHOW_P + "/episodes",
                                                   "<h1>Episodes</h1>" + "".join(_episode_row(w, u) for w in ws[:3])
                                                   + pager)),
        page(T.ACAST, SHOW_P + "/episodes?page=2", _acast(u, f"Episodes | {SHOW} | Podcast on Acast",
                                                          SHOW_P + "/episodes?page=2", "<h1>Episodes</h1>"
                                                          + "".join(_episode_row(w, u) for w in ws[3:]))),
        page(T.ACAST, SHOW_P + "/about", _acast(u, f"About | {SHOW} | Podcast on Acast", SHOW_P + "/about", (
            f'<h1>About {SHOW}</h1><p>Hosted by Kira Alvarez and Ben Oduya, two public librarians in Ohio. Write to us '
            'with listener mail; we read it on the show.</p>'))),
    ]
    return docs


# --- an Indico event -------------------------------------------------------------------------------------

EVENT = "Archives Online 2024: a virtual symposium"
EV = "/event/412/"


def _indico(u, title: str, path: str, main: str, head: str = "", conf: bool = True) -> str:
    menu = ("" if not conf else
            '<div class="conf_leftMenu"><ul id="outline" class="menu-list"><li class="menuConfTitle" id="menuLink_'
            f'overview"><a href="{u(EV)}">Overview</a></li><li class="menuConfTitle"><a href="{u(EV + "timetable/")}">'
            f'Timetable</a></li><li class="menuConfTitle"><a href="{u(EV + "contributions/")}">Contribution List</a>'
            f'</li><li class="menuConfTitle"><a href="{u(EV + "speakers")}">Speaker List</a></li><li '
            f'class="menuConfTitle"><a href="{u(EV + "page/contact")}">Contact</a></li></ul></div>')
    page_id = "contribution" if "contrib" in path else "page"
    header = (f'<div class="confheader"><div class="confTitleBox"><div class="confTitle"><h1><a href="{u(EV)}"><span '
              f'class="conference-title-link"><span itemprop="title">{EVENT}</span></span></a></h1></div><div '
              f'class="confSubTitleBox"><div class="datePlace"><div class="date">17 Oct 2024</div><div class="place">'
              f'Online</div></div></div></div></div>' if conf else "")
    return (f'<!DOCTYPE html><html lang="en"><head><title>{esc(title)}</title><meta charset="UTF-8"><meta '
            f'http-equiv="X-UA-Compatible" content="IE=edge"><link rel="shortcut icon" type="image/x-icon" '
            f'href="/images/indico.ico"><meta property="og:site_name" content="Indico"><meta property="og:image" '
            f'content="{u("/images/indico_square.png")}">{head}<link rel="stylesheet" href="/dist/css/common.css">'
            f'</head><body data-user-id="null"><div class="header"><div class="main-action-bar"><div class="'
            f'indico-logo"><a href="{u("/")}">Indico</a></div><div class="page-header"><ul class="breadcrumbs"><li><a '
            f'href="{u("/")}">Home</a></li><li><a href="{u("/category/7/")}">Archives Association</a></li></ul></div>'
            f'</div></div><div id="confSectionsBox" class="clearfix">{header}<div class="conf_leftMenu_wrap">{menu}</div>'
            f'<div class="confBodyBox clearfix"><div class="mainContent"><div id="{page_id}">{main}'
            f'</div></div></div></div><div id="footer" class="footer"><a href="https://getindico.io" '
            f'class="powered-by">Powered by Indico</a></div></body></html>')


def indico(u) -> list[Doc]:
    ws = of(T.INDICO)
    docs = []
    for i, w in enumerate(ws):
        cid = w.path.strip("/").split("/")[-1]
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="event">'
                f'<meta property="og:description" content="{esc(w.paras[0][:200])}"><meta property="og:url" '
                f'content="{u(w.path)}">')
        main = (f'<div class="contribution-display item-summary" data-contribution-id="{cid}"><div class="page-title-box"><h1 '
                f'class="page-title">{esc(w.title)}</h1></div><div class="contribution-info toolbar">{w.date} '
                f'{10 + i}:00 <span class="duration">(30m)</span> Online</div><div class="item-description"><div '
                f'class="contribution-description markdown-text">{ps(w.paras)}</div></div><dl class="contribution-'
                f'speakers"><dt>Speaker</dt><dd><div class="speaker-list"><span class="speaker-item-inline">'
                f'{esc(w.author)}</span></div></dd></dl><div class="contribution-type"><span class="i-tag">'
                f'{"Keynote" if i == 0 else "Talk"}</span></div></div>')
        docs.append(html_doc(w, _indico(u, f"{w.title} - {EVENT} (17 October 2024) · Indico", w.path, main, head)))
    rows = "".join(f'<div class="contrib-list-item"><span class="contrib-id">{n}</span><a class="contrib-title" '
                   f'href="{u(w.path)}">{esc(w.title)}</a><span class="contrib-speakers">{esc(w.author)}</span></div>'
                   for n, w in enumerate(ws, 1))
    ev_head = ('<meta property="og:type" content="event"><meta property="og:title" content="Archives Online 2024">'
               + ld({"@context": "http://schema.org", "@type": "Event", "name": EVENT, "startDate": "2024-10-17T"
                     "14:00:00+00:00", "endDate": "2024-10-17T20:00:00+00:00", "eventAttendanceMode":
                     "https://schema.org/OnlineEventAttendanceMode", "location": {"@type": "VirtualLocation"}}))
    timetable = "".join(f'<tr class="timetable-entry"><td class="time">{10 + n}:00</td><td><a href="{u(w.path)}">'
                        f'{esc(w.title)}</a></td></tr>' for n, w in enumerate(ws))
    docs += [
        page(T.INDICO, EV, _indico(u, f"{EVENT} (17 October 2024) · Indico", EV, (
            '<div class="conference-page"><div class="description"><p>A one-day online symposium of the regional '
            'archives association. Free registration; sessions are recorded.</p></div><div class="infogrid"><div '
            'class="infoline date"><span>Thursday 17 Oct 2024, 14:00 &rarr; 20:00 UTC</span></div></div></div>'),
            ev_head)),
        page(T.INDICO, EV + "timetable/", _indico(u, f"Timetable · {EVENT} (17 October 2024) · Indico",
                                                  EV + "timetable/", f'<h1 class="page-title">Timetable</h1><table '
                                                  f'class="timetable">{timetable}</table>')),
        page(T.INDICO, EV + "contributions/", _indico(u, f"Contribution List · {EVENT} (17 October 2024) · Indico",
                                                      EV + "contributions/", f'<h1 class="page-title">Contribution '
                                                      f'List</h1><div class="contribution-list">{rows}</div>')),
        page(T.INDICO, EV + "speakers", _indico(u, f"Speaker List · {EVENT} (17 October 2024) · Indico", EV + "speakers",
                                                '<h1 class="page-title">Speaker List</h1><ul class="speaker-list">'
                                                + "".join(f'<li>{esc(w.author)}: <a href="{u(w.path)}">'
                                                          f'{esc(w.title)}</a></li>' for w in ws) + "</ul>")),
        page(T.INDICO, EV + "page/contact", _indico(u, f"Contact · {EVENT} (17 October 2024) · Indico",
                                                    EV + "page/contact", '<h1 class="page-title">Contact</h1><p>'
                                                    'Questions about the symposium: the association&rsquo;s program '
                                                    'committee.</p>')),
        page(T.INDICO, "/category/7/", _indico(u, "Archives Association · Indico", "/category/7/", (
            '<div class="category-header"><h1 class="category-title">Archives Association</h1></div><ul '
            f'class="event-list"><li><span class="date">17 Oct 2024</span> <a href="{u(EV)}">{EVENT}</a></li></ul>'),
            conf=False)),
        page(T.INDICO, "/", _indico(u, "Indico", "/", (
            '<div class="category-header"><h1 class="category-title">Home</h1></div><ul class="category-list"><li><a '
            f'href="{u("/category/7/")}">Archives Association</a> <span class="number-events">1 event</span></li></ul>'
            f'<h2>Upcoming events</h2><ul class="event-list"><li><a href="{u(EV)}">{EVENT}</a></li></ul>'), conf=False)),
    ]
    return docs


# --- a Humanities Commons (CORE) repository ---------------------------------------------------------------

HC = "Humanities Commons"
FACET = "/deposits/?facets%5Bsubject_facet%5D%5B%5D=Librarianship"
HC_MEMBERS = {"Okafor, Adaeze": "/members/aokafor/", "Reyes, Dolores": "/members/dreyes/"}


def _hc(u, title: str, path: str, body_class: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width='
            f'device-width, initial-scale=1"><title>{esc(title)} &#8211; {HC}</title>{head}<meta name="generator" '
            f'content="WordPress 6.4.3"><link rel="stylesheet" href="/app/themes/boss-child/style.css"></head><body '
            f'class="{body_class} buddypress bp-nouveau"><div id="page" class="hfeed site"><header id="masthead" '
            f'class="site-header" data-infinite="on"><div class="header-inner"><div id="logo-area"><a class="site-'
            f'title" href="{u("/")}" rel="home">{HC}</a></div><div class="header-navigation"><ul id="menu-main-menu" '
            f'class="menu"><li class="menu-item"><a href="{u(FACET)}">'
            f'CORE Repository</a></li><li class="menu-item"><a href="{u("/about/")}">About</a></li></ul></div></div>'
            f'</header><div id="main-wrap"><div id="inner-wrap"><div id="page" class="hfeed site"><div id="main" '
            f'class="wrapper"><div id="primary" class="site-content"><div id="content" role="main"><div '
            f'id="buddypress">{main}</div></div></div></div></div></div></div><footer id="colophon" role="contentinfo">'
            f'<div class="footer-inner-bottom"><p>{HC} is a project of the Modern Language Association.</p></div>'
            f'</footer></div></body></html>')


def _hc_result(w: T.Work, u) -> str:
    return (f'<li class="deposits-item"><div class="item"><h4 class="item-title"><a href="{u(w.path)}">{esc(w.title)}'
            f'</a></h4><div class="item-meta"><span class="author">{esc(w.author)}</span> · <span class="date">'
            f'{w.date[:4]}</span></div><div class="item-description">{cut(w.paras[0], 180)}</div></div></li>')


def core(u, nature_link: str) -> list[Doc]:
    ws = [w for w in of(T.CORE) if "/objects/" not in w.path]
    pdf_work = next(w for w in of(T.CORE) if "/objects/" in w.path)
    types = {"hc:61423": "Book chapter", "hc:58802": "Syllabus", "hc:60117": "Poster", "hc:59930": "Data set"}
    tags = {"hc:61423": ["mentoring", "social media"], "hc:58802": ["mentoring", "professional identity"],
            "hc:60117": ["oral history"], "hc:59930": ["periodicals"]}
    docs = []
    for w in ws:
        pid = w.path.strip("/").split("/")[-1]
        has_file = pdf_work.path.split("/")[3] == pid
        last, first = [x.strip() for x in w.author.split(",")]
        member = HC_MEMBERS.get(w.author)
        head = (f'<meta name="description" content="{esc(w.paras[0][:200])}"><meta name="citation_title" content="'
                f'{esc(w.title)}"><meta name="citation_author" content="{esc(w.author)}"><meta '
                f'name="citation_publication_date" content="{w.date[:4]}"><meta name="citation_abstract_html_url" '
                f'content="{u(w.path)}"><meta name="citation_keywords" content="{esc("; ".join(tags[pid]))}">'
                + (f'<meta name="citation_pdf_url" content="{u(pdf_work.path)}">' if has_file else "")
                + f'<meta name="citation_publisher" content="{HC}"><meta name="citation_doi" content="10.17613/'
                  f'{pid[3:]}x{pid[-2:]}"><meta property="og:type" content="website"><meta property="og:title" '
                  f'content="{esc(w.title)}"><meta property="og:url" content="{u(w.path)}">')
        author = (f'<a href="{u(member)}">{esc(first)} {esc(last)}</a>' if member else f"{esc(first)} {esc(last)}")
        tag_links = ", ".join(f'<a href="{u("/deposits/?tag=mentoring")}">{t}</a>' if t == "mentoring" else esc(t)
                              for t in tags[pid])
        download = (f'<div class="deposit-item-ft-download"><a class="bp-deposits-download button white" href="'
                    f'{u(pdf_work.path)}" title="Download">Download</a> <span class="file-type">PDF</span></div>'
                    if has_file else "")
        also = (f'<dt>Related:</dt><dd><a href="{nature_link}">Journal article by the same author</a></dd>'
                if has_file else "")
        main = (f'<div class="deposit-item-ft"><h3 class="bp-deposits-title">{esc(w.title)}</h3><dl '
                f'class="defList"><dt>Author(s):</dt><dd>{author}</dd><dt>Date:</dt><dd>{w.date[:4]}</dd><dt>Item '
                f'Type:</dt><dd>{types[pid]}</dd><dt>Subjects:</dt><dd>Librarianship</dd><dt>Tag(s):</dt><dd>'
                f'{tag_links}</dd><dt>Permanent URL:</dt><dd><a href="https://doi.org/10.17613/{pid[3:]}x{pid[-2:]}">'
                f'https://doi.org/10.17613/{pid[3:]}x{pid[-2:]}</a></dd><dt>Abstract:</dt><dd class="abstract">'
                f'{ps(w.paras)}</dd><dt>Notes:</dt><dd>None</dd><dt>License:</dt><dd>Attribution (CC BY)</dd>{also}'
                f'</dl>{download}</div>')
        docs.append(html_doc(w, _hc(u, w.title, w.path, "deposits-item", main, head)))
    docs.append(Doc(T.CORE, pdf_work.path, pdf_work.kind, pdf_work.grade, pdf(list(pdf_work.paras)),
                    content_type="application/pdf"))

    def results(title, path, items, kind_class):
        return page(T.CORE, path, _hc(u, title, path, kind_class, (
            f'<div class="deposits-directory"><h1>{esc(title)}</h1><div class="facets"><a href="'
            f'{u(FACET)}">Librarianship</a></div><ul id="deposits-list" '
            f'class="item-list">' + "".join(_hc_result(w, u) for w in items) + "</ul></div>")))

    docs += [
        results("Search deposits", FACET, ws, "deposits-directory"),
        results("Deposits tagged mentoring", "/deposits/?tag=mentoring", [w for w in ws if "mentoring" in
                                                                           tags[w.path.split("/")[-2]]], "deposits-tag"),
    ]
    for name, p in HC_MEMBERS.items():
        items = [w for w in ws if w.author == name]
        broken = (f'<p>Also: <a href="{u("/deposits/item/hc:00000/")}">an earlier draft</a></p>'
                  if p == "/members/aokafor/" else "")
        last, first = [x.strip() for x in name.split(",")]
        docs.append(page(T.CORE, p, _hc(u, f"{first} {last}", p, "bp-user my-account profile", (
            f'<div id="item-header"><h2 class="user-nicename">{esc(first)} {esc(last)}</h2><span class="activity">'
            f'active 2 weeks ago</span></div><div id="item-body"><h4>Work Shared in CORE</h4><ul class="deposits">'
            + "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in items) + f"</ul>{broken}</div>"),
            '<meta property="og:type" content="profile">')))
    docs += [
        page(T.CORE, "/", _hc(u, "Humanities Commons", "/", "home page", (
            '<div class="home-hero"><h1>Humanities Commons</h1><p>A trusted, nonprofit network where humanities '
            'scholars create a profile, discover each other&rsquo;s work, and share their own in the CORE '
            'repository.</p></div><h2>Recent deposits</h2><ul class="item-list">'
            + "".join(_hc_result(w, u) for w in ws) + "</ul>"
            + "".join(f'<a href="{u(p)}">{n}</a> ' for n, p in HC_MEMBERS.items())))),
        page(T.CORE, "/about/", _hc(u, "About", "/about/", "page", (
            '<article class="page"><h1 class="entry-title">About</h1><div class="entry-content"><p>Humanities '
            'Commons is open to anyone. CORE, its repository, gives each deposit a DOI and preserves it.</p></div>'
            '</article>'))),
        page(T.CORE, "/deposits/item/hc:00000/", _hc(u, "Page not found", "/deposits/item/hc:00000/", "error404", (
            '<article class="error404 no-results not-found"><h1 class="entry-title">Oops! That page can&rsquo;t be '
            'found.</h1><p>It looks like nothing was found at this location.</p></article>')), status=404),
    ]
    return docs


# --- the whole web --------------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    def on(host):
        return lambda path: url(host, path)

    core_item = url(T.CORE, T.WORKS["core-chapter"].path)
    nature_item = url(T.NATURE, T.WORKS["nat-survey"].path)
    return (wordpress(on(T.WP)) + paper(on(T.PAPER)) + just_the_docs(on(T.DOCS)) + alto(on(T.ALTO))
            + mighty(on(T.MIGHTY)) + sharkey(on(T.SHARK)) + nature(on(T.NATURE), core_item) + acast(on(T.ACAST))
            + indico(on(T.INDICO)) + core(on(T.CORE), nature_item))


class LabelledWeb27(ServedWeb):
    """Web 27 (see the module docstring)."""

    HOSTS = HOSTS
    START: dict[str, str] = {}
    FIRST_ADDRESS = 308
    build = staticmethod(build)
