"""Web 37: a held-out labelled web of 104 pages on ten hosts, built from the labels and texts of
:mod:`tests.labelled_text37` (written and committed first).

Platforms, their markup reduced: a Quartz v4 digital garden (an Obsidian vault: wikilinks, backlinks, a graph,
tag and folder pages, a dangling wikilink that is a real 404), a Notion site served through a Super.so-like
wrapper (the text in nested ``notion-*`` divs, no ``<p>``), a Nikola blog in bootblog4 (tags and ``cat_``
categories both under /categories/), a Hatena Blog in English, Telegraph articles, a Google Groups public
archive (``c-wiz`` soup, messages in ``<html-blob>``), a Telegram channel's web preview (its single posts carry
their text only in their ``og:description``; a deleted post is a soft 404 served 200), a bioRxiv-like preprint
server (``citation_*`` tags, abstract, full text and PDF), a Semantic Scholar-like paper index (a paper whose
abstract is only in the app's JSON and a cut meta description) and a ProQuest-like dissertations database
(abstract records, a preview PDF, a search results page).
"""

from __future__ import annotations

import json
from typing import Callable

from tests.labelled_text37 import (GARDEN, GROUPS, HATENA, HOSTS, NIKOLA, NOTION, OTHER, PQ, RXIV, S2, TGPH, TME,
                                   WORKS, Work)
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

KIND = {(h, p): k for h, p, k in OTHER}
BY_PLACE = {(w.host, w.path): w for w in WORKS.values()}


def _works(host: str) -> list[Work]:
    return [w for w in WORKS.values() if w.host == host]


def _ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _doc(host: str, path: str, body: str, status: int = 200) -> Doc:
    """The page at ``host`` ``path`` with the label its text module gave it."""
    w = BY_PLACE.get((host, path))
    if w is not None:
        return Doc(host, path, w.kind, w.grade, body.encode(), status=status)
    return Doc(host, path, KIND[(host, path)], 0, body.encode(), status=status)


def _pdf(w: Work) -> Doc:
    return Doc(w.host, w.path, w.kind, w.grade, pdf([w.title] + list(w.paras)), content_type="application/pdf")


# --- Quartz v4 ----------------------------------------------------------------------------------

GARDEN_TAGS = {"mentoring": ["gd1", "gd2", "gd5"], "metadata": ["gd3", "gd4"]}
GARDEN_LINKS = {"gd1": ["gd5"], "gd2": ["gd1", "gd3"], "gd5": ["gd1"], "gd3": ["gd4"], "gd4": []}


def _quartz(u, title: str, slug: str, center: str, right: str = "", desc: str = "") -> str:
    notes = [w for w in _works(GARDEN)]
    explorer = "".join(f'<li><a href="{u(w.path)}" data-for="{w.path.strip("/")}">{esc(w.title)}</a></li>'
                       for w in notes)
    return (f'<!DOCTYPE html><html lang="en"><head><title>{esc(title)}</title><meta charset="utf-8">'
            f'<link rel="preconnect" href="https://fonts.googleapis.com"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1.0"><meta property="og:title" content="{esc(title)}">'
            f'<meta property="og:description" content="{esc(desc or title)}"><meta property="og:width" '
            f'content="1200"><meta property="og:height" content="675"><link rel="icon" href="{u("/static/icon.png")}">'
            f'<meta name="description" content="{esc(desc or title)}"><meta name="generator" content="Quartz">'
            f'<link href="{u("/index.css")}" rel="stylesheet" type="text/css" spa-preserve>'
            f'<script src="{u("/prescript.js")}" type="application/javascript" spa-preserve></script>'
            f'<script type="application/javascript" spa-preserve>const fetchData = fetch("{u("/static/contentIndex.json")}")'
            f'.then(data => data.json())</script></head>'
            f'<body data-slug="{esc(slug)}"><div id="quartz-root" class="page"><div id="quartz-body">'
            f'<div class="left sidebar"><h2 class="page-title"><a href="{u("/")}">Quiet Catalogue</a></h2>'
            f'<div class="spacer mobile-only"></div><div class="search"><button class="search-button" '
            f'id="search-button"><p>Search</p></button><div id="search-container"><div id="search-space">'
            f'<input autocomplete="off" id="search-bar" name="search" type="text" aria-label="Search for something" '
            f'placeholder="Search for something"><div id="search-layout" data-preview="true"></div></div></div></div>'
            f'<button class="darkmode" id="darkmode" aria-label="Dark mode"></button>'
            f'<div class="explorer desktop-only"><button type="button" id="explorer" class="explorer-toggle" '
            f'data-behavior="collapse" data-collapsed="collapsed"><h2>Explorer</h2></button><div id="explorer-content">'
            f'<ul class="overflow" id="explorer-ul"><li><div class="folder-outer open"><ul style="padding-left:0" '
            f'class="content" data-folderul="notes"><li><div class="folder-container"><div data-folderpath="notes">'
            f'<a href="{u("/notes/")}" data-for="notes" class="folder-title">notes</a></div></div></li>{explorer}</ul>'
            f'</div></li><li id="explorer-end"></li></ul></div></div></div>'
            f'<div class="center">{center}<hr><div class="page-footer"></div></div>'
            f'<div class="right sidebar"><div class="graph"><h3>Graph View</h3><div class="graph-outer"><div '
            f'id="graph-container" data-cfg="{esc(json.dumps({"drag": True, "zoom": True, "depth": 1, "scale": 1.1}))}">'
            f'</div></div></div>{right}</div></div>'
            f'<footer class=""><p>Created with <a href="https://quartz.jzhao.xyz/">Quartz v4.2.3</a> &copy; 2024</p>'
            f'<ul><li><a href="https://github.com/wren-adebayo/garden">GitHub</a></li>'
            f'<li><a href="{u("/about")}">About</a></li></ul></footer></div>'
            f'<script src="{u("/postscript.js")}" type="module"></script></body></html>')


def _quartz_header(u, title: str, crumbs: list[tuple[str, str]], meta: str = "", tags: list[str] = ()) -> str:
    bc = "".join(f'<div class="breadcrumb-element"><a href="{u(p)}">{esc(n)}</a><p> &#x276F; </p></div>'
                 for p, n in crumbs)
    tl = "".join(f'<li><a href="{u("/tags/" + t)}" class="internal tag-link">{t}</a></li>' for t in tags)
    return (f'<div class="page-header"><div class="popover-hint"><nav class="breadcrumb-container" '
            f'aria-label="breadcrumbs">{bc}<div class="breadcrumb-element"><a href="">{esc(title)}</a></div></nav>'
            f'<h1 class="article-title">{esc(title)}</h1>{meta}'
            + (f'<ul class="tags">{tl}</ul>' if tags else "") + "</div></div>")


def quartz(u) -> list[Doc]:
    docs = []
    tags_of = {k: [t for t, ks in GARDEN_TAGS.items() if k in ks] for k in GARDEN_LINKS}
    wiki = {"[[buddy schemes]]": f'<a href="{u(WORKS["gd5"].path)}" class="internal alias" data-slug="notes/'
                                 f'buddy-schemes">buddy schemes</a>',
            "[[asking small questions]]": '<span class="internal broken" data-slug="notes/asking-small-questions">'
                                          "asking small questions</span>",
            "[[lurking is fine]]": f'<a href="{u("/notes/lurking-is-fine")}" class="internal alias" '
                                   f'data-slug="notes/lurking-is-fine">lurking is fine</a>'}
    for key, links in GARDEN_LINKS.items():
        w = WORKS[key]
        body = ""
        for para in w.paras:
            html = esc(para)
            for k, v in wiki.items():
                html = html.replace(esc(k), v)
            body += f'<p dir="auto">{html}</p>'
        if links:
            body += ('<p dir="auto">See also: ' + ", ".join(
                f'<a href="{u(WORKS[k].path)}" class="internal alias">{esc(WORKS[k].title)}</a>' for k in links)
                + "</p>")
        backlinks = [k for k, ls in GARDEN_LINKS.items() if key in ls]
        right = ('<div class="toc desktop-only"></div><div class="backlinks"><h3>Backlinks</h3><ul class="overflow">'
                 + ("".join(f'<li><a href="{u(WORKS[k].path)}" class="internal">{esc(WORKS[k].title)}</a></li>'
                            for k in backlinks) or "<li>No backlinks found</li>") + "</ul></div>")
        words = sum(len(p.split()) for p in w.paras)
        meta = (f'<p show-comma="true" class="content-meta"><time datetime="{w.date}T00:00:00.000Z">{w.date}</time>'
                f'<span>{max(1, words // 200)} min read</span></p>')
        center = (_quartz_header(u, w.title, [("/", "Home"), ("/notes/", "notes")], meta, tags_of[key])
                  + f'<article class="popover-hint">{body}</article>')
        docs.append(_doc(GARDEN, w.path, _quartz(u, w.title, w.path.strip("/"), center, right, w.paras[0][:150])))

    def page_list(keys):
        return ('<div class="page-listing"><ul class="section-ul">' + "".join(
            f'<li class="section-li"><div class="section"><p class="meta"><time datetime="{WORKS[k].date}">'
            f'{WORKS[k].date}</time></p><div class="desc"><h3><a href="{u(WORKS[k].path)}" class="internal">'
            f'{esc(WORKS[k].title)}</a></h3></div><ul class="tags">' + "".join(
                f'<li><a class="internal tag-link" href="{u("/tags/" + t)}">{t}</a></li>' for t in tags_of[k])
            + "</ul></div></li>" for k in keys) + "</ul></div>")

    recent = sorted(GARDEN_LINKS, key=lambda k: WORKS[k].date, reverse=True)
    home = (_quartz_header(u, "Welcome to the quiet catalogue", [])
            + '<article class="popover-hint"><p dir="auto">A digital garden of half-finished notes by an archivist '
              f'in a very small record office. Start with the <a href="{u("/notes/")}" class="internal">notes '
              f'folder</a> or browse the <a href="{u("/tags/")}" class="internal">tags</a>.</p>'
              '<h2 id="recently-tended">Recently tended</h2></article>' + page_list(recent[:3]))
    docs.append(_doc(GARDEN, "/", _quartz(u, "Welcome to the quiet catalogue", "index", home)))
    folder = (_quartz_header(u, "notes", [("/", "Home")])
              + '<article class="popover-hint"></article><p>5 items under this folder.</p>' + page_list(recent))
    docs.append(_doc(GARDEN, "/notes/", _quartz(u, "notes", "notes/index", folder)))
    tag_index = (_quartz_header(u, "Tag Index", [("/", "Home")]) + '<article class="popover-hint"></article>'
                 + '<p>Found 2 total tags.</p><div>' + "".join(
                     f'<div><h2><a class="internal tag-link" href="{u("/tags/" + t)}">{t}</a></h2>'
                     f'<p>2 items with this tag.</p></div>' for t in GARDEN_TAGS) + "</div>")
    docs.append(_doc(GARDEN, "/tags/", _quartz(u, "Tag Index", "tags/index", tag_index)))
    for t, keys in GARDEN_TAGS.items():
        c = (_quartz_header(u, f"Tag: {t}", [("/", "Home"), ("/tags/", "tags")])
             + f'<article class="popover-hint"></article><p>{len(keys)} items with this tag.</p>' + page_list(keys))
        docs.append(_doc(GARDEN, "/tags/" + t, _quartz(u, f"Tag: {t}", "tags/" + t, c)))
    about = (_quartz_header(u, "About", [("/", "Home")])
             + '<article class="popover-hint"><p dir="auto">I am Wren, an archivist at a county record office. '
               "These notes are written in Obsidian and published with Quartz. Nothing here is my employer's "
               "view. Notes change without warning; that is what a garden is.</p></article>")
    docs.append(_doc(GARDEN, "/about", _quartz(u, "About", "about", about)))
    nf = ('<article class="popover-hint"><h1>404</h1><p>Either this page is private or doesn\'t exist.</p>'
          f'<a href="{u("/")}">Return to Homepage</a></article>')
    docs.append(_doc(GARDEN, "/notes/lurking-is-fine", _quartz(u, "404", "404", nf), status=404))
    return docs


# --- Notion through a Super.so-like wrapper ----------------------------------------------------

NOTION_NAV = [("/programme", "Programme"), ("/how-matching-works", "How matching works"), ("/faq", "FAQ"),
              ("/resources", "Resources"), ("/about", "About"), ("/contact", "Contact")]


def _block_id(text: str) -> str:
    import zlib
    h = f"{zlib.crc32(text.encode()):08x}"
    return f"block-{h}{h[::-1]}{h}{h[::-1]}"


def _ntext(text: str) -> str:
    return (f'<div id="{_block_id(text)}" class="notion-text"><div class="notion-text__content">'
            f'<span class="notion-semantic-string">{esc(text)}</span></div></div>')


def _notion(u, title: str, path: str, blocks: str, desc: str = "") -> str:
    nav = "".join(f'<a class="notion-link super-navbar__item" href="{u(p)}">{n}</a>' for p, n in NOTION_NAV)
    slug = path.strip("/") or "index"
    nd = json.dumps({"props": {"pageProps": {"pageId": _block_id(title)[6:], "slug": slug, "siteName": "MentorLink"}},
                     "page": "/[[...slug]]", "buildId": "sR3xQ0m2nVd1Jk", "isFallback": False, "gsp": True})
    return (f'<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><title>{esc(title)} | MentorLink</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" '
            f'content="{esc(desc or title)}"><meta property="og:title" content="{esc(title)}"><meta '
            f'property="og:description" content="{esc(desc or title)}"><meta property="og:type" content="website">'
            f'<meta property="og:image" content="https://assets.super.so/mentorlink/og.png"><meta name="twitter:card" '
            f'content="summary_large_image"><link rel="canonical" href="{u(path)}"><link rel="icon" '
            f'href="https://assets.super.so/mentorlink/favicon.png"><meta name="next-head-count" content="12">'
            f'<link rel="stylesheet" href="https://assets.super.so/global/notion.css"><link rel="stylesheet" '
            f'href="https://assets.super.so/global/super.css"></head><body><div id="__next"><div class="super-root">'
            f'<div class="super-navbar simple" style="position:sticky"><div class="super-navbar__content">'
            f'<a class="notion-link super-navbar__logo" href="{u("/")}"><div class="super-navbar__logo-text">'
            f'MentorLink</div></a><div class="super-navbar__item-list">{nav}</div><div class="super-navbar__actions">'
            f'<div class="super-navbar__button super-navbar__menu-open"></div></div></div></div>'
            f'<main class="super-content page__{esc(slug)} parent-page__index"><div class="notion-header page">'
            f'<div class="notion-header__cover no-cover no-icon"></div><div class="notion-header__content max-width '
            f'no-cover no-icon"><div class="notion-header__title-wrapper"><h1 class="notion-header__title">'
            f'{esc(title)}</h1></div></div></div><article id="block-{esc(slug)}" class="notion-root max-width '
            f'has-footer">{blocks}</article></main>'
            f'<footer class="super-footer"><div class="super-footer__content"><div class="super-footer__links">'
            f'<a class="notion-link" href="{u("/about")}">About</a><a class="notion-link" href="{u("/contact")}">'
            f'Contact</a></div><div class="super-footer__copy">&copy; 2024 MentorLink. Built with Notion &amp; '
            f'Super.</div></div></footer><div class="super-badge"><a href="https://super.so/" rel="nofollow">Made with '
            f'Super</a></div></div></div>'
            f'<script id="__NEXT_DATA__" type="application/json">{nd}</script></body></html>')


def notion(u) -> list[Doc]:
    docs = []
    for w in _works(NOTION):
        blocks = "".join(_ntext(p) for p in w.paras)
        if w.path == "/faq":
            blocks = "".join(
                f'<div id="{_block_id(p)}" class="notion-toggle closed"><div class="notion-toggle__summary">'
                f'<div class="notion-toggle__trigger"><div class="notion-toggle__trigger_icon"><span>&#x2023;</span>'
                f'</div></div><span class="notion-semantic-string"><strong>{esc(p.split("? ", 1)[0])}?</strong>'
                f'</span></div><div class="notion-toggle__content">{_ntext(p.split("? ", 1)[1])}</div></div>'
                for p in w.paras)
        if w.path == "/programme":
            blocks += (f'<div class="notion-callout bg-yellow-light border"><div class="notion-callout__icon">'
                       f'<span class="notion-emoji">&#x1F4C5;</span></div><div class="notion-callout__content">'
                       f'{_ntext("Next step: read how matching works, then check the FAQ.")}'
                       f'<a class="notion-page-link" href="{u("/how-matching-works")}"><span class="notion-page-link'
                       f'__title">How matching works</span></a></div></div>')
        blocks += (f'<div class="notion-text"><div class="notion-text__content"><span class="notion-semantic-string">'
                   f'<span class="notion-semantic-string__date">Last edited {w.date}</span></span></div></div>')
        docs.append(_doc(NOTION, w.path, _notion(u, w.title, w.path, blocks, w.paras[0][:155])))

    def card(w):
        return (f'<a href="{u(w.path)}" class="notion-collection-card gallery"><div class="notion-collection-card__'
                f'cover small"></div><div class="notion-collection-card__content"><div class="notion-property '
                f'notion-property__title notion-semantic-string">{esc(w.title)}</div></div></a>')
    home = (_ntext("MentorLink connects people starting out in libraries and archives with people who have been "
                   "there. Free, online, volunteer-run.")
            + f'<div class="notion-column-list"><div class="notion-column" style="width:50%">'
              f'<a class="notion-page-link" href="{u("/programme")}"><span class="notion-page-link__title">'
              f'The programme</span></a></div><div class="notion-column" style="width:50%"><a class="notion-page-link" '
              f'href="{u("/faq")}"><span class="notion-page-link__title">FAQ</span></a></div></div>')
    docs.append(_doc(NOTION, "/", _notion(u, "MentorLink", "/", home, "Online mentoring for library workers")))
    res = (_ntext("Everything we have written down, in one place.")
           + '<div class="notion-collection inline"><div class="notion-collection__header-wrapper"><h3 '
             'class="notion-collection__header"><span class="notion-semantic-string">Documents</span></h3></div>'
             '<div class="notion-collection-gallery medium">' + "".join(card(w) for w in _works(NOTION))
           + "</div></div>")
    docs.append(_doc(NOTION, "/resources", _notion(u, "Resources", "/resources", res)))
    about = (_ntext("MentorLink began in 2021 as a spreadsheet passed around a group chat and is now run by a "
                    "committee of six volunteers.")
             + f'<a class="notion-page-link" href="{u("/team/aisha-rahman")}"><span class="notion-page-link__title">'
               f'Aisha Rahman, coordinator</span></a>')
    docs.append(_doc(NOTION, "/about", _notion(u, "About", "/about", about)))
    docs.append(_doc(NOTION, "/contact", _notion(u, "Contact", "/contact", _ntext(
        "Email hello@mentorlink.example. We answer within a week; the committee meets monthly."))))
    docs.append(_doc(NOTION, "/team/aisha-rahman", _notion(u, "Aisha Rahman", "/team/aisha-rahman", _ntext(
        "Coordinator. Systems librarian by day; keeps the spreadsheets in order by night."))))
    return docs


# --- Nikola (bootblog4) -----------------------------------------------------------------------

NK_CATS = {"career": ["nk1", "nk2", "nk4", "nk6"], "local-history": ["nk3", "nk5"]}
NK_TAGS = {"mastodon": ["nk1", "nk2"], "books": ["nk3", "nk5"]}
NK_SITE = "Quiet Stacks"


def _nk_time(w: Work) -> str:
    return f"{w.date}T19:{len(w.title) % 60:02d}:00Z"


def _nikola(u, title: str, path: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#" lang="en">'
            f'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{esc(title)} | {NK_SITE}</title><link href="{u("/assets/css/all-nocdn.css")}" rel="stylesheet" '
            f'type="text/css"><meta name="theme-color" content="#5670d4"><meta name="generator" '
            f'content="Nikola (getnikola.com)"><link rel="alternate" type="application/rss+xml" title="RSS" '
            f'hreflang="en" href="{u("/rss.xml")}"><link rel="canonical" href="{u(path)}">{head}</head><body>'
            f'<a href="#content" class="sr-only sr-only-focusable">Skip to main content</a>'
            f'<div id="container"><header class="blog-header py-3"><div class="row nbb-header align-items-center">'
            f'<div class="col-md-3 col-xs-2 col-sm-2" style="width: auto;"><button class="navbar-toggler navbar-light '
            f'bg-light nbb-navbar-toggler" type="button" data-toggle="collapse" data-target=".bs-nav-collapsible">'
            f'<span class="navbar-toggler-icon"></span></button><div class="collapse bs-nav-collapsible '
            f'bootblog4-search-form-holder"></div></div><div class="col-md-6 col-xs-10 col-sm-10 bootblog4-brand" '
            f'style="width: auto;"><a class="navbar-brand blog-header-logo text-dark" href="{u("/")}"><span '
            f'id="blog-title">{NK_SITE}</span></a></div></div></header>'
            f'<nav class="navbar navbar-expand-md navbar-light bg-white static-top"><div class="collapse '
            f'navbar-collapse bs-nav-collapsible" id="bs-navbar"><ul class="navbar-nav nav-fill d-flex w-100">'
            f'<li class="nav-item"><a href="{u("/archive.html")}" class="nav-link">Archive</a></li>'
            f'<li class="nav-item"><a href="{u("/categories/")}" class="nav-link">Tags</a></li>'
            f'<li class="nav-item"><a href="{u("/pages/about/")}" class="nav-link">About</a></li></ul></div></nav>'
            f'<div class="container" id="content" role="main"><div class="body-content">{main}</div>'
            f'<footer id="footer"><p>Contents &copy; 2024 <a href="mailto:priya@quietstacks.example">Priya '
            f'Okonkwo-Hart</a> - Powered by <a href="https://getnikola.com" rel="nofollow">Nikola</a></p></footer>'
            f'</div></div><script src="{u("/assets/js/all-nocdn.js")}"></script></body></html>')


def nikola(u) -> list[Doc]:
    docs = []
    posts = sorted(_works(NIKOLA), key=lambda w: w.date, reverse=True)
    key_of = {w.path: k for k, w in WORKS.items()}
    for i, w in enumerate(posts):
        k = key_of[w.path]
        tags = [t for t, ks in NK_TAGS.items() if k in ks]
        cat = [c for c, ks in NK_CATS.items() if k in ks][0]
        prev = posts[i + 1] if i + 1 < len(posts) else None
        nxt = posts[i - 1] if i > 0 else None
        pager = ((f'<li class="previous"><a href="{u(prev.path)}" rel="prev" title="{esc(prev.title)}">Previous post'
                  f'</a></li>' if prev else "")
                 + (f'<li class="next"><a href="{u(nxt.path)}" rel="next" title="{esc(nxt.title)}">Next post</a></li>'
                    if nxt else ""))
        taglinks = (f'<li><a class="tag p-category" href="{u("/categories/cat_" + cat + "/")}" rel="tag">{cat}</a>'
                    f'</li>' + "".join(f'<li><a class="tag p-category" href="{u("/categories/" + t + "/")}" '
                                       f'rel="tag">{t}</a></li>' for t in tags))
        main = (f'<article class="post-text h-entry hentry postpage" itemscope="itemscope" '
                f'itemtype="http://schema.org/Article"><header><h1 class="p-name entry-title" itemprop="headline '
                f'name"><a href="{u(w.path)}" class="u-url">{esc(w.title)}</a></h1><div class="metadata">'
                f'<p class="byline author vcard p-author h-card"><span class="byline-name fn p-name" '
                f'itemprop="author">{esc(w.author)}</span></p><p class="dateline"><a href="{u(w.path)}" '
                f'rel="bookmark"><time class="published dt-published" datetime="{_nk_time(w)}" '
                f'itemprop="datePublished" title="{w.date}">{w.date}</time></a></p></div></header>'
                f'<div class="e-content entry-content" itemprop="articleBody text"><div>{ps(w.paras)}</div></div>'
                f'<aside class="postpromonav"><nav><ul itemprop="keywords" class="tags">{taglinks}</ul>'
                f'<ul class="pager hidden-print">{pager}</ul></nav></aside></article>')
        head = (f'<meta name="description" content="{esc(w.paras[0][:160])}"><meta name="author" '
                f'content="{esc(w.author)}">'
                + (f'<link rel="prev" href="{u(prev.path)}" title="{esc(prev.title)}" type="text/html">' if prev else "")
                + f'<meta property="og:site_name" content="{NK_SITE}"><meta property="og:title" '
                  f'content="{esc(w.title)}"><meta property="og:url" content="{u(w.path)}"><meta '
                  f'property="og:description" content="{esc(w.paras[0][:160])}"><meta property="og:type" '
                  f'content="article"><meta property="article:published_time" content="{_nk_time(w)}">'
                + "".join(f'<meta property="article:tag" content="{t}">' for t in [cat] + tags))
        docs.append(_doc(NIKOLA, w.path, _nikola(u, w.title, w.path, main, head)))

    def index(ws):
        return "".join(
            f'<article class="h-entry post-text" itemscope="itemscope" itemtype="http://schema.org/Article"><header>'
            f'<h1 class="p-name entry-title"><a href="{u(w.path)}" class="u-url">{esc(w.title)}</a></h1><div '
            f'class="metadata"><p class="byline author vcard"><span class="byline-name fn" itemprop="author">'
            f'{esc(w.author)}</span></p><p class="dateline"><a href="{u(w.path)}" rel="bookmark"><time '
            f'class="published dt-published" datetime="{_nk_time(w)}" title="{w.date}">{w.date}</time></a></p>'
            f'</div></header><div class="p-summary entry-summary">{ps(w.paras[:1])}<p class="more">'
            f'<a href="{u(w.path)}">Read more&hellip;</a></p></div></article>' for w in ws)

    docs.append(_doc(NIKOLA, "/", _nikola(
        u, NK_SITE, "/", '<div class="postindex">' + index(posts[:3]) + '</div><nav class="postindexpager"><ul '
        f'class="pager"><li class="next"><a href="{u("/index-1.html")}" rel="next">Older posts</a></li></ul></nav>',
        f'<link rel="next" href="{u("/index-1.html")}" type="text/html">')))
    docs.append(_doc(NIKOLA, "/index-1.html", _nikola(
        u, NK_SITE + " (old posts, page 1)", "/index-1.html", '<div class="postindex">' + index(posts[3:])
        + f'</div><nav class="postindexpager"><ul class="pager"><li class="previous"><a href="{u("/")}" '
          f'rel="prev">Newer posts</a></li></ul></nav>', f'<link rel="prev" href="{u("/")}" type="text/html">')))
    arch = ('<article class="listpage"><header><h1>Archive</h1></header><ul class="postlist">'
            + "".join(f'<li><time class="listdate" datetime="{_nk_time(w)}" title="{w.date}">{w.date}</time> '
                      f'<a href="{u(w.path)}" class="listtitle">{esc(w.title)}</a></li>' for w in posts)
            + "</ul></article>")
    docs.append(_doc(NIKOLA, "/archive.html", _nikola(u, "Archive", "/archive.html", arch)))
    cats = ('<article class="tagindex"><header><h1>Tags and Categories</h1></header><h2>Categories</h2>'
            '<ul class="list-inline">' + "".join(
                f'<li class="list-inline-item"><a class="reference badge badge-secondary" '
                f'href="{u("/categories/cat_" + c + "/")}">{c}</a></li>' for c in NK_CATS)
            + '</ul><h2>Tags</h2><ul class="list-inline">' + "".join(
                f'<li class="list-inline-item"><a class="reference badge badge-secondary" '
                f'href="{u("/categories/" + t + "/")}">{t}</a></li>' for t in NK_TAGS) + "</ul></article>")
    docs.append(_doc(NIKOLA, "/categories/", _nikola(u, "Tags and Categories", "/categories/", cats)))
    for label, groups, prefix in (("Category", NK_CATS, "cat_"), ("Tag", NK_TAGS, "")):
        for name, keys in groups.items():
            path = f"/categories/{prefix}{name}/"
            ws = sorted((WORKS[k] for k in keys), key=lambda w: w.date, reverse=True)
            body = (f'<article class="tagpage"><header><h1>Posts about {name}</h1><div class="metadata"><p '
                    f'class="feedlink"><a href="{u("/categories/")}" rel="up">All tags</a></p></div></header>'
                    f'<ul class="postlist">' + "".join(
                        f'<li><time class="listdate" datetime="{_nk_time(w)}" title="{w.date}">{w.date}</time> '
                        f'<a href="{u(w.path)}" class="listtitle">{esc(w.title)}</a></li>' for w in ws)
                    + "</ul></article>")
            docs.append(_doc(NIKOLA, path, _nikola(u, f"Posts about {name}", path, body,
                                                   f'<link rel="alternate" type="application/rss+xml" title="RSS for '
                                                   f'{label.lower()} {name}" href="{u(path[:-1] + ".xml")}">')))
    docs.append(_doc(NIKOLA, "/pages/about/", _nikola(
        u, "About", "/pages/about/", '<article class="post-text storypage" itemscope="itemscope" '
        'itemtype="http://schema.org/Article"><header><h1 class="p-name entry-title">About</h1></header>'
        '<div class="e-content entry-content" itemprop="articleBody text"><div><p>I am a law librarian who also '
        'volunteers with a local history society. This blog runs on Nikola and has been going since the default '
        f'<a href="{u("/posts/hello-world/")}">hello world post</a>, which I have since deleted.</p></div></div>'
        "</article>")))
    docs.append(_doc(NIKOLA, "/posts/hello-world/", _nikola(
        u, "Page not found", "/posts/hello-world/", '<article class="post-text storypage"><header><h1>404: '
        'Page not found</h1></header><div class="e-content entry-content"><p>The page you are trying to access does '
        f'not exist. Please use <a href="{u("/archive.html")}">the archives</a>.</p></div></article>'), status=404))
    return docs


# --- Hatena Blog -------------------------------------------------------------------------------

HT_CATS = {"Mentoring": ["ht1", "ht2", "ht4"], "Japan": ["ht1", "ht3", "ht5"]}
HT_SITE = "Shelf Walker"


def _ht_time(w: Work) -> str:
    p = w.path.split("/")
    return f"{p[2]}-{p[3]}-{p[4]}T{p[5][:2]}:{p[5][2:4]}:{p[5][4:]}+09:00"


def _hatena(u, title: str, path: str, page: str, main: str, head: str = "", body_class: str = "") -> str:
    cats = "".join(f'<li><a href="{u("/archive/category/" + c)}" class="category-{c}">{c} ({len(ks)})</a></li>'
                   for c, ks in HT_CATS.items())
    recent = "".join(f'<li class="urllist-item recent-entries-item"><div class="urllist-item-inner '
                     f'recent-entries-item-inner"><a href="{u(w.path)}" class="urllist-title-link '
                     f'recent-entries-title-link urllist-title recent-entries-title">{esc(w.title)}</a></div></li>'
                     for w in sorted(_works(HATENA), key=lambda w: w.path, reverse=True)[:3])
    return (f'<!DOCTYPE html><html lang="en" data-admin-domain="//blog.hatena.ne.jp" data-author="shelfwalker" '
            f'data-avail-langs="ja en" data-blog="shelfwalker.hatenablog.com" data-blog-name="{HT_SITE}" '
            f'data-blog-owner="shelfwalker" data-blog-uri="{u("/")}" data-device="pc" data-page="{page}" '
            f'data-version="a1b2c3d4e5f60718293a4b5c6d7e8f" class="">'
            f'<head prefix="og: http://ogp.me/ns# fb: http://ogp.me/ns/fb# article: http://ogp.me/ns/article#">'
            f'<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=7; IE=9; IE=10; IE=11">'
            f'<title>{esc(title)}</title><link rel="canonical" href="{u(path)}"><meta property="og:site_name" '
            f'content="{HT_SITE}"><meta name="twitter:card" content="summary"><meta name="twitter:site" '
            f'content="@hatenablog"><link rel="alternate" type="application/atom+xml" title="Atom" '
            f'href="{u("/feed")}"><link rel="alternate" type="application/rss+xml" title="RSS2.0" href="{u("/rss")}">'
            f'<link rel="stylesheet" type="text/css" href="https://cdn.blog.st-hatena.com/css/blog.css?version=a1b2c3">'
            f'{head}</head><body class="{body_class} globalheader-ng-enabled"><div id="globalheader-container" '
            f'data-brand="hatenablog"><iframe id="globalheader" height="37" frameborder="0" allowTransparency="true">'
            f'</iframe></div><div id="container"><div id="container-inner"><header id="blog-title" '
            f'data-brand="hatenablog"><div id="blog-title-inner"><div id="blog-title-content"><h1 id="title">'
            f'<a href="{u("/")}">{HT_SITE}</a></h1><h2 id="blog-description">An English-language librarian in '
            f'Osaka, walking the shelves</h2></div></div></header><div id="content" class="hfeed"><div '
            f'id="content-inner"><div id="wrapper"><div id="main"><div id="main-inner">{main}</div></div></div>'
            f'<aside id="box2"><div id="box2-inner"><div class="hatena-module hatena-module-profile"><div '
            f'class="hatena-module-title">About me</div><div class="hatena-module-body"><a href="{u("/about")}" '
            f'class="profile-icon-link"><img src="https://cdn.profile-image.st-hatena.com/users/shelfwalker/profile.png" '
            f'alt="id:shelfwalker" class="profile-icon"></a><span class="id"><a href="{u("/about")}" '
            f'class="hatena-id-link"><span data-load-nickname="1" data-user-name="shelfwalker">id:shelfwalker</span>'
            f'</a></span><div class="profile-about"><a href="{u("/about")}">About this blog</a></div></div></div>'
            f'<div class="hatena-module hatena-module-search-box"><div class="hatena-module-title">Search</div><div '
            f'class="hatena-module-body"><form class="search-form" role="search" action="{u("/search")}" '
            f'method="get"><input type="text" name="q" class="search-module-input" value="" placeholder="記事を検索" '
            f'required><input type="submit" value="検索" class="search-module-button"></form></div></div>'
            f'<div class="hatena-module hatena-module-recent-entries"><div class="hatena-module-title"><a '
            f'href="{u("/archive")}">Recent entries</a></div><div class="hatena-module-body"><ul class="recent-entries '
            f'hatena-urllist">{recent}</ul></div></div><div class="hatena-module hatena-module-category"><div '
            f'class="hatena-module-title">Categories</div><div class="hatena-module-body"><ul '
            f'class="hatena-urllist">{cats}</ul></div></div></div></aside></div></div></div>'
            f'<footer id="footer" data-brand="hatenablog"><div id="footer-inner"><address class="footer-address">'
            f'<a href="{u("/")}"><img src="https://cdn.profile-image.st-hatena.com/users/shelfwalker/profile.png" '
            f'width="16" height="16" alt="shelfwalker"><span class="footer-address-name">shelfwalker</span></a>'
            f'</address><p class="services">Powered by <a href="https://hatenablog.com/">Hatena Blog</a> | <a '
            f'href="https://blog.hatena.ne.jp/-/abuse_report" class="report-abuse-link" target="_blank" '
            f'rel="nofollow">ブログを報告する</a></p></div></footer></div></body></html>')


def _ht_entry(u, w: Work, full: bool, cats: list[str]) -> str:
    t = _ht_time(w)
    d = w.date.split("-")
    content = ps(w.paras) if full else (ps(w.paras[:1]) + f'<p class="entry-see-more"><a href="{u(w.path)}" '
                                                          f'class="keep-reading">Keep reading</a></p>')
    cl = "".join(f'<a href="{u("/archive/category/" + c)}" class="entry-category-link category-{c}">{c}</a>'
                 for c in cats)
    return (f'<article class="entry hentry test-hentry js-entry-article date-first autopagerize_page_element '
            f'chars-{sum(len(p) for p in w.paras)} mode-markdown entry-odd" data-publication-type="entry">'
            f'<div class="entry-inner"><header class="entry-header"><div class="date entry-date first"><a '
            f'href="{u("/archive/" + "/".join(d))}" rel="nofollow"><time datetime="{t}" title="{t}"><span '
            f'class="date-year">{d[0]}</span><span class="hyphen">-</span><span class="date-month">{d[1]}</span><span '
            f'class="hyphen">-</span><span class="date-day">{d[2]}</span></time></a></div><h1 class="entry-title">'
            f'<a href="{u(w.path)}" class="entry-title-link bookmark">{esc(w.title)}</a></h1><div '
            f'class="entry-categories categories">{cl}</div></header><div class="entry-content hatenablog-entry">'
            f'{content}</div><footer class="entry-footer"><p class="entry-footer-section"><span class="author '
            f'vcard"><span class="fn" data-load-nickname="1" data-user-name="shelfwalker">shelfwalker</span></span> '
            f'<span class="entry-footer-time"><a href="{u(w.path)}"><time data-relative datetime="{t}" title="{t}" '
            f'class="updated">{w.date}</time></a></span></p>'
            + (f'<div class="hatena-star-container" data-hatena-star-container data-hatena-star-url="{u(w.path)}" '
               f'data-hatena-star-title="{esc(w.title)}" data-hatena-star-variant="profile-icon inline"></div>'
               f'<div class="comment-box js-comment-box"><ul class="comment js-comment"><li class="read-more-comments" '
               f'style="display: none;"><a>もっと読む</a></li></ul><a class="leave-comment-title '
               f'js-leave-comment-title">コメントを書く</a></div>' if full else "")
            + "</footer></div></article>")


def hatena(u) -> list[Doc]:
    docs = []
    key_of = {w.path: k for k, w in WORKS.items()}
    entries = sorted(_works(HATENA), key=lambda w: w.path)
    for i, w in enumerate(entries):
        cats = [c for c, ks in HT_CATS.items() if key_of[w.path] in ks]
        pager = ""
        if i + 1 < len(entries):
            pager += (f'<span class="pager-prev"><a href="{u(entries[i + 1].path)}" rel="prev"><span '
                      f'class="pager-arrow">&laquo; </span>{esc(entries[i + 1].title)}</a></span>')
        if i > 0:
            pager += (f'<span class="pager-next"><a href="{u(entries[i - 1].path)}" rel="next">'
                      f'{esc(entries[i - 1].title)}<span class="pager-arrow"> &raquo;</span></a></span>')
        ld = {"@context": "http://schema.org", "@type": "Article", "headline": w.title, "datePublished": _ht_time(w),
              "dateModified": _ht_time(w), "author": {"@type": "Person", "name": "shelfwalker"},
              "image": "https://cdn.blog.st-hatena.com/images/theme/og-image-1500.png", "mainEntityOfPage":
                  {"@id": u(w.path), "@type": "WebPage"}}
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="article">'
                f'<meta property="og:url" content="{u(w.path)}"><meta property="og:description" '
                f'content="{esc(w.paras[0][:100])}"><meta name="description" content="{esc(w.paras[0][:100])}">'
                f'<meta property="article:published_time" content="{_ht_time(w)}">'
                + "".join(f'<meta property="article:tag" content="{c}">' for c in cats) + _ld(ld))
        main = (_ht_entry(u, w, True, cats) + f'<div class="pager pager-permalink permalink">{pager}</div>')
        docs.append(_doc(HATENA, w.path, _hatena(u, f"{w.title} - {HT_SITE}", w.path, "entry", main, head,
                                                 "page-entry " + " ".join("category-" + c for c in cats))))
    newest = list(reversed(entries))
    docs.append(_doc(HATENA, "/", _hatena(
        u, HT_SITE, "/", "index", "".join(_ht_entry(u, w, False, [c for c, ks in HT_CATS.items()
                                                                   if key_of[w.path] in ks]) for w in newest[:3])
        + f'<div class="pager autopagerize_insert_before"><span class="pager-next"><a href="{u("/archive")}" '
          f'rel="next">次のページ</a></span></div>', '<meta property="og:type" content="website">', "page-index")))

    def archive_list(ws):
        return ('<div class="archive-entries">' + "".join(
            f'<section class="archive-entry test-archive-entry autopagerize_page_element"><div class="archive-entry-'
            f'header"><div class="date archive-date"><a href="{u(w.path)}"><time datetime="{_ht_time(w)}">{w.date}'
            f'</time></a></div><h1 class="entry-title"><a class="entry-title-link" href="{u(w.path)}">'
            f'{esc(w.title)}</a></h1></div><div class="archive-entry-body"><p class="entry-description">'
            f'{cut(w.paras[0], 120)}</p></div></section>' for w in ws) + "</div>")

    docs.append(_doc(HATENA, "/archive", _hatena(u, f"Archive - {HT_SITE}", "/archive", "archive",
                                                 '<div class="archive-header-category"><h2>Archive</h2></div>'
                                                 + archive_list(newest), body_class="page-archive")))
    for c, ks in HT_CATS.items():
        ws = sorted((WORKS[k] for k in ks), key=lambda w: w.path, reverse=True)
        docs.append(_doc(HATENA, "/archive/category/" + c, _hatena(
            u, f"{c} カテゴリーの記事一覧 - {HT_SITE}", "/archive/category/" + c, "archive",
            f'<header class="archive-header-category"><h2 class="archive-heading">{c}</h2></header>'
            + archive_list(ws), body_class="page-archive page-archive-category")))
    docs.append(_doc(HATENA, "/about", _hatena(
        u, f"About - {HT_SITE}", "/about", "about",
        '<article class="entry no-entry"><div class="entry-inner"><header class="entry-header"><h1 '
        'class="entry-title">About</h1></header><div class="entry-content"><div class="section"><p>A foreign '
        'librarian at a university library in Osaka, writing in English about work, small libraries and '
        f'learning the ropes far from home. Looking for the posts about coaching? <a href="{u("/search?q=coach")}">'
        'Search for them here</a>.</p></div><h2>Blog info</h2><p>Started 2023</p></div></div></article>',
        body_class="page-about")))
    found = [WORKS["ht2"]]
    docs.append(_doc(HATENA, "/search?q=coach", _hatena(
        u, f"「coach」の検索結果 - {HT_SITE}", "/search?q=coach", "search",
        '<div class="search-result"><div class="search-result-header"><h2>「coach」の検索結果</h2><p>1 entry</p>'
        "</div>" + archive_list(found) + "</div>", body_class="page-search")))
    return docs


# --- Telegraph ---------------------------------------------------------------------------------

def _telegraph(title: str, head: str, main: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)} &ndash; Telegraph</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, '
            f'maximum-scale=1.0, user-scalable=no"><meta name="format-detection" content="telephone=no">'
            f'<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="MobileOptimized" content="176">'
            f'<meta name="HandheldFriendly" content="True"><meta name="robots" content="index, follow">{head}'
            f'<link rel="shortcut icon" href="/favicon.ico?1" type="image/x-icon"><link href="/css/quill.core.min.css" '
            f'rel="stylesheet"><link href="/css/core.min.css?47" rel="stylesheet"><script src="/js/jquery.min.js">'
            f'</script></head><body><div class="tl_page_wrap"><div class="tl_page"><main class="tl_article">{main}'
            f'<aside class="tl_article_buttons"><div class="account account_top"></div><button id="_edit_button" '
            f'class="button edit_button">Edit</button><button id="_publish_button" class="button publish_button">'
            f'Publish</button><div class="account account_bottom"></div><div id="_error_msg" class="error_msg"></div>'
            f'</aside></main></div><div class="tl_page_footer"><div id="_report_button" class="tl_footer_button">'
            f'Report content on this page</div></div></div><script src="/js/core.min.js?67"></script></body></html>')


def telegraph(u, tme) -> list[Doc]:
    docs = []
    for w in _works(TGPH):
        t = f"{w.date}T10:{len(w.title) % 60:02d}:44+0000"
        author = (f'<a rel="author" href="{tme("/shelfmentors")}">{esc(w.author)}</a>' if w.author == "Shelf Mentors"
                  else f'<a rel="author">{esc(w.author)}</a>')
        extra = ""
        if w.path == WORKS["tg2"].path:
            extra = f'<p>Also by me: <a href="{u(WORKS["tg3"].path)}">{esc(WORKS["tg3"].title)}</a></p>'
        if w.path == WORKS["tg1"].path:
            extra = (f'<p>Join us: <a href="{tme("/s/shelfmentors")}" target="_blank">t.me/shelfmentors</a></p>')
        head = (f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(w.title)}">'
                f'<meta property="og:description" content="{esc(w.paras[0][:150])}"><meta property="og:image" '
                f'content=""><meta property="og:site_name" content="Telegraph"><meta property="article:published_time"'
                f' content="{t}"><meta property="article:modified_time" content="{t}"><meta property="article:author" '
                f'content="{esc(w.author)}"><meta name="twitter:card" content="summary"><meta name="twitter:title" '
                f'content="{esc(w.title)}"><meta name="twitter:description" content="{esc(w.paras[0][:150])}">'
                f'<link rel="canonical" href="{u(w.path)}">')
        main = (f'<header class="tl_article_header" dir="auto"><h1>{esc(w.title)}</h1><address>{author}<time '
                f'datetime="{t}">{w.date}</time></address></header><article id="_tl_editor" '
                f'class="tl_article_content"><h1>{esc(w.title)}<br></h1><address>{esc(w.author)}<br></address>'
                f'{ps(w.paras)}{extra}</article><div id="_tl_link_tooltip" class="tl_link_tooltip"></div><div '
                f'id="_tl_tooltip" class="tl_tooltip"><div class="buttons"><span class="button_hover"></span>'
                f'<span class="button_group"><button id="_bold_button"></button><button id="_italic_button"></button>'
                f'<button id="_link_button"></button></span></div></div>')
        docs.append(_doc(TGPH, w.path, _telegraph(w.title, head, main)))
    empty = ('<header class="tl_article_header" dir="auto"><h1></h1><address><a rel="author"></a><time></time>'
             '</address></header><article id="_tl_editor" class="tl_article_content"><h1 data-placeholder="Title">'
             '<br></h1><address data-placeholder="Your name"><br></address><p data-placeholder="Your story...">'
             '<br></p></article>')
    docs.append(_doc(TGPH, "/", _telegraph("Telegraph", '<meta property="og:site_name" content="Telegraph">', empty)))
    docs.append(_doc(TGPH, "/Untitled-01-01", '<!DOCTYPE html><html><head><meta charset="utf-8"><title>404 Not Found'
                     '</title></head><body><center><h1>404 Not Found</h1></center><hr><center>nginx/1.18.0</center>'
                     '</body></html>', status=404))
    return docs


# --- Google Groups --------------------------------------------------------------------------------

GG = {"lis-newprofs": ("LIS New Professionals", "A public group for library and information workers in their first "
                       "years: questions, advice, opportunities."),
      "archives-techtalk": ("Archives Tech Talk", "Practical questions about digital preservation and archival "
                            "software.")}


def _group_of(path: str) -> str:
    return path.split("/")[2]


def _ggroups(u, title: str, group: str, main: str, head: str = "") -> str:
    name = GG[group][0]
    init = json.dumps([["groups", group], [name, GG[group][1]], None, 1])
    return (f'<!doctype html><html lang="en" dir="ltr"><head><meta name="referrer" content="origin"><meta '
            f'name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">'
            f'<meta name="mobile-web-app-capable" content="yes"><meta name="apple-mobile-web-app-capable" '
            f'content="yes"><meta name="application-name" content="Google Groups"><meta name="og:site_name" '
            f'content="Google Groups">{head}<title>{esc(title)}</title><link rel="stylesheet" '
            f'href="https://www.gstatic.com/_/boq-groups/_/ss/k=boq-groups.GroupsFrontendUi.zy7sW.L.B1.O/am=AA/d=1/'
            f'rs=AF7q"></head><body jscontroller="pjICDe" class="EIlDfe"><div class="MCcOAc IqBfM" '
            f'jsaction="rcuQ6b:npT2md"><header class="gb_Ta gb_Ya" role="banner"><div class="gb_1c"><a '
            f'class="gb_2d" href="{u("/g/" + group)}" aria-label="Google Groups">Groups</a></div><form '
            f'class="gb_Ae" method="get" role="search" action="{u("/g/" + group + "/search")}"><input '
            f'class="gb_0e" name="q" aria-label="Search conversations within {esc(name)}" placeholder="Search '
            f'conversations within {esc(name)}"></form></header><div class="T4LgNb" jsname="a9kxte"><div '
            f'class="kFwPee" role="navigation"><nav class="MBTrdc" aria-label="Group navigation"><h2 class="nFI6pf">'
            f'{esc(name)}</h2><a class="rzwKze" href="{u("/g/" + group)}"><span class="pJ25Ff">Conversations'
            f'</span></a><a class="rzwKze" href="{u("/g/" + group + "/about")}"><span class="pJ25Ff">About</span>'
            f'</a></nav></div><c-wiz jsrenderer="rbsGuc" class="kzJp4b" jsdata="deferred-i1" data-p="%.@.]" '
            f'jscontroller="gfqzLe" jsmodel="hc6Ubd" jsshadow><div role="main" class="p1XJ0b">{main}</div></c-wiz>'
            f'</div></div><script nonce="">AF_initDataCallback({{key: \'ds:0\', hash: \'1\', data:{init}, '
            f'sideChannel: {{}}}});</script></body></html>')


def ggroups(u) -> list[Doc]:
    docs = []
    for w in _works(GROUPS):
        group = _group_of(w.path)
        msgs = [(w.author, w.date, w.paras[0])]
        for p in w.paras[1:]:
            who, text = p[len("Reply from "):].split(": ", 1)
            msgs.append((who, w.date, text))
        items = "".join(
            f'<section class="Iiwpgd" role="listitem" aria-label="{esc(who)}"><div class="LgTNRd"><h3 class="s1f8Zd"'
            f'>{esc(who)}</h3><span class="zX2W9c">unread,</span><div class="ELCJ4d"><span class="zX2W9c">{d}</span>'
            f'</div></div><div class="ptW7te" jsname="yjbWIb"><div class="y7bRf"><html-blob>{esc(text)}</html-blob>'
            f'</div></div></section>' for who, d, text in msgs)
        main = (f'<div class="ThqSJd"><a class="SuJWad" href="{u("/g/" + group)}" aria-label="Back to conversations">'
                f'</a><h1 class="eKmhne KPwZRb" id="c2">{esc(w.title)}</h1><span class="eTFqAc">{len(msgs)} views'
                f'</span></div><div role="list" aria-label="{esc(w.title)}" class="rLr4Vb">{items}</div>')
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:description" '
                f'content="{esc(w.paras[0][:200])}"><meta property="og:type" content="website">'
                f'<link rel="canonical" href="{u(w.path)}">')
        docs.append(_doc(GROUPS, w.path, _ggroups(u, w.title, group, main, head)))

    def rows(ws):
        return ('<div role="grid" class="yhgbKd">' + "".join(
            f'<div role="row" class="yhgbKd"><div role="gridcell" class="oVnw0b"><span class="z0LcW">'
            f'{esc(w.author)}</span></div><div role="gridcell"><a class="ZLl54" href="{u(w.path)}"><span '
            f'class="o1DPKc">{esc(w.title)}</span></a><span class="WzoK">{cut(w.paras[0], 90)}</span></div><div '
            f'role="gridcell" class="tRlaM">{w.date}</div></div>' for w in ws) + "</div>")

    for group in GG:
        ws = sorted((w for w in _works(GROUPS) if _group_of(w.path) == group), key=lambda w: w.date, reverse=True)
        main = (f'<h1 class="nFI6pf">{esc(GG[group][0])}</h1><div class="TMLG0e">Conversations</div>{rows(ws)}'
                f'<div class="RuOdm">1&ndash;{len(ws)} of {len(ws)}</div>')
        if group == "lis-newprofs":
            main += (f'<div class="Zs4Lcb" aria-label="Suggested searches"><span>Suggested searches</span> <a '
                     f'class="VfPpkd-LgbsSe" href="{u("/g/lis-newprofs/search?q=mentor")}">mentor</a></div>')
        docs.append(_doc(GROUPS, "/g/" + group, _ggroups(u, GG[group][0] + " - Google Groups", group, main)))
        related = (f'<h3>Related groups</h3><p><a href="{u("/g/archives-techtalk")}">Archives Tech Talk</a></p>'
                   if group == "lis-newprofs" else "")
        about = (f'<h1 class="nFI6pf">About</h1><div class="ohWpsc"><h3>Group description</h3><p>{esc(GG[group][1])}'
                 f'</p><h3>Who can see conversations</h3><p>Anyone on the web</p><h3>Who can join group</h3><p>Anyone '
                 f'on the web</p>{related}</div>')
        docs.append(_doc(GROUPS, f"/g/{group}/about", _ggroups(u, f"About {GG[group][0]}", group, about)))
    found = [WORKS["gg1"], WORKS["gg2"]]
    docs.append(_doc(GROUPS, "/g/lis-newprofs/search?q=mentor", _ggroups(
        u, "Search: mentor - LIS New Professionals", "lis-newprofs",
        f'<h1 class="nFI6pf">Results for mentor</h1>{rows(found)}<div class="RuOdm">1&ndash;2 of 2</div>')))
    return docs


# --- Telegram channel preview ---------------------------------------------------------------------

TM_DESC = "Library and archive jobs, questions and a volunteer mentoring scheme. Start here: "


def _tm_text(u, tg, w: Work) -> str:
    text = esc(w.paras[0])
    text = text.replace("#mentoring", f'<a href="{u("/s/shelfmentors?q=%23mentoring")}">#mentoring</a>')
    links = {"tm1": ("tg1", "How a Telegram channel became a mentoring programme"),
             "tm3": ("tg2", "What I wish I had asked my mentor"), "tm5": ("tg4", "Moving our archive")}
    key = {v.path: k for k, v in WORKS.items()}[w.path]
    if key in links:
        t = WORKS[links[key][0]]
        text += f'<br><br><a href="{tg(t.path)}" target="_blank" rel="noopener">{tg(t.path).split("//")[1]}</a>'
    if key == "tm4":
        text += f'<br>Details: <a href="{tg("/Untitled-01-01")}" target="_blank" rel="noopener">telegra.ph</a>'
    return text


def _tm_time(w: Work) -> str:
    return f"{w.date}T09:{int(w.path.rsplit('/', 1)[1]) % 60:02d}:00+00:00"


def _tme_head(title: str, desc: str, canonical: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title><meta name="viewport" '
            f'content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, '
            f'user-scalable=no"><meta property="og:title" content="{esc(title.replace(" – Telegram", ""))}">'
            f'<meta property="og:image" content="https://cdn4.cdn-telegram.org/file/shelfmentors.jpg"><meta '
            f'property="og:site_name" content="Telegram"><meta property="og:description" content="{esc(desc)}">'
            f'<meta property="twitter:title" content="{esc(title.replace(" – Telegram", ""))}"><meta '
            f'property="twitter:description" content="{esc(desc)}"><meta property="twitter:card" content="summary">'
            f'<link rel="canonical" href="{esc(canonical)}">'
            f'<link rel="icon" type="image/svg+xml" href="//telegram.org/img/website_icon.svg?4"><link '
            f'href="//telegram.org/css/font-roboto.css?1" rel="stylesheet" type="text/css"><link '
            f'href="//telegram.org/css/widget-frame.css?68" rel="stylesheet" media="screen"><link '
            f'href="//telegram.org/css/telegram-web.css?40" rel="stylesheet" media="screen"></head>')


def tme(u, tg) -> list[Doc]:
    docs = []
    posts = sorted(_works(TME), key=lambda w: int(w.path.rsplit("/", 1)[1]))

    def header() -> str:
        return (f'<header class="tgme_header search_collapsed"><div class="tgme_header_search"><form '
                f'class="tgme_header_search_form" action="{u("/s/shelfmentors")}" method="get"><input '
                f'class="tgme_header_search_form_input js-header_search" name="q" placeholder="Search" '
                f'autocomplete="off"></form></div><div class="tgme_header_info"><a class="tgme_header_link" '
                f'href="{u("/shelfmentors")}"><i class="tgme_page_photo_image bgcolor4" data-content="S"></i><div '
                f'class="tgme_header_title">Shelf Mentors</div><div class="tgme_header_counter">2 341 subscribers'
                f'</div></a></div></header>')

    def bubble(w: Work) -> str:
        n = w.path.rsplit("/", 1)[1]
        return (f'<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message '
                f'text_not_supported_wrap js-widget_message" data-post="shelfmentors/{n}" data-view="eyJjIjotMTAw">'
                f'<div class="tgme_widget_message_user"><a href="{u("/shelfmentors")}"><i class="tgme_widget_message_'
                f'user_photo bgcolor4" data-content="S"></i></a></div><div class="tgme_widget_message_bubble"><i '
                f'class="tgme_widget_message_bubble_tail"></i><div class="tgme_widget_message_author accent_color">'
                f'<a class="tgme_widget_message_owner_name" href="{u("/shelfmentors")}"><span dir="auto">Shelf '
                f'Mentors</span></a></div><div class="tgme_widget_message_text js-message_text" dir="auto">'
                f'{_tm_text(u, tg, w)}</div><div class="tgme_widget_message_footer compact js-message_footer"><div '
                f'class="tgme_widget_message_info short js-message_info"><span class="tgme_widget_message_views">'
                f'{int(n) * 9}</span><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" '
                f'href="{u(w.path)}"><time datetime="{_tm_time(w)}" class="time">09:{int(n) % 60:02d}</time></a>'
                f'</span></div></div></div></div></div>')

    def history(ws, path: str, more: str = "") -> str:
        return (_tme_head("Shelf Mentors – Telegram", TM_DESC + "t.me/shelfmentors/999", u(path))
                + f'<body class="widget_frame_base tgme_webpreview_body emoji_image nofixed_layout">{header()}'
                f'<main class="tgme_main" data-url="{u(path)}"><div class="tgme_container"><section '
                f'class="tgme_channel_history js-message_history">'
                + (f'<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="{more}" '
                   f'class="tme_messages_more js-messages_more" data-before="118">Show older posts</a></div>'
                   if more else "")
                + "".join(bubble(w) for w in ws) + "</section></div></main>"
                f'<script src="//telegram.org/js/tgwallpaper.min.js?3"></script><script '
                f'src="//telegram.org/js/widget-frame.js?64"></script></body></html>')

    for w in posts:
        n = w.path.rsplit("/", 1)[1]
        body = (_tme_head("Shelf Mentors", w.paras[0], u(w.path)) + '<body class="body_widget_post emoji_image">'
                f'<div class="tgme_page_wrap"><div class="tgme_head_wrap"><div class="tgme_head"><a '
                f'href="//telegram.org/" class="tgme_head_brand">Telegram</a></div></div><div class="tgme_body_wrap">'
                f'<div class="tgme_page tgme_page_post"><div class="tgme_page_widget"><script async '
                f'src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="shelfmentors/{n}" '
                f'data-width="100%"></script></div><div class="tgme_page_widget_actions_wrap"><div '
                f'class="tgme_page_widget_actions"><div class="tgme_page_widget_action_right"><a '
                f'class="tgme_action_button_new shine" href="tg://resolve?domain=shelfmentors&amp;post={n}">View in '
                f'Telegram</a></div></div></div><div class="tgme_page_context_link_wrap"><a class="tgme_page_context_'
                f'link" href="{u("/s/shelfmentors")}">Context</a></div></div></div></div></body></html>')
        docs.append(_doc(TME, w.path, body))
    newer = [w for w in posts if int(w.path.rsplit("/", 1)[1]) >= 118]
    older = [w for w in posts if int(w.path.rsplit("/", 1)[1]) < 118]
    docs.append(_doc(TME, "/s/shelfmentors", history(newer, "/s/shelfmentors", u("/s/shelfmentors?before=118"))))
    docs.append(_doc(TME, "/s/shelfmentors?before=118", history(older, "/s/shelfmentors?before=118")))
    docs.append(_doc(TME, "/s/shelfmentors?q=%23mentoring", history([WORKS["tm1"]], "/s/shelfmentors?q=%23mentoring")))

    def card(path: str, title: str, extra: str, desc: str) -> str:
        return (_tme_head(title, desc, u(path)) + f'<body class=""><div class="tgme_page_wrap"><div '
                f'class="tgme_head_wrap"><div class="tgme_head"><a href="//telegram.org/" class="tgme_head_brand">'
                f'Telegram</a></div></div><div class="tgme_body_wrap"><div class="tgme_page"><div '
                f'class="tgme_page_photo"><a href="tg://resolve?domain=shelfmentors"><img class="tgme_page_photo_image"'
                f' src="https://cdn4.cdn-telegram.org/file/shelfmentors.jpg"></a></div><div class="tgme_page_title">'
                f'<span dir="auto">Shelf Mentors</span></div><div class="tgme_page_extra">{extra}</div><div '
                f'class="tgme_page_description" dir="auto">{esc(TM_DESC)}<a href="{u("/shelfmentors/999")}">'
                f't.me/shelfmentors/999</a></div><div class="tgme_page_action"><a class="tgme_action_button_new '
                f'shine" href="tg://resolve?domain=shelfmentors">View in Telegram</a></div><div '
                f'class="tgme_page_additional">If you have <strong>Telegram</strong>, you can view and join '
                f'<br><strong>Shelf Mentors</strong> right away.</div><div class="tgme_page_context_link_wrap"><a '
                f'class="tgme_page_context_link" href="{u("/s/shelfmentors")}">Preview channel</a></div></div></div>'
                f'</div></body></html>')
    docs.append(_doc(TME, "/shelfmentors", card("/shelfmentors", "Telegram: Contact @shelfmentors",
                                                "2 341 subscribers", TM_DESC + "t.me/shelfmentors/999")))
    # a deleted post: Telegram answers 200 with the channel's card
    docs.append(_doc(TME, "/shelfmentors/999", card("/shelfmentors/999", "Telegram: Contact @shelfmentors",
                                                    "2 341 subscribers", "You can view and join @shelfmentors right "
                                                    "away.")))
    return docs


# --- bioRxiv-like preprints -----------------------------------------------------------------------

RX_SITE = "lisRxiv"
RX_SUBJECT = ("scientific-communication-and-education", "Scientific Communication and Education")


def _rxiv(u, title: str, main: str, head: str = "", body_class: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ '
            f'dc: http://purl.org/dc/terms/ og: http://ogp.me/ns#"><head><meta http-equiv="Content-Type" '
            f'content="text/html; charset=utf-8"><link rel="shortcut icon" href="{u("/sites/default/files/favicon.ico")}" '
            f'type="image/vnd.microsoft.icon">{head}<meta name="generator" content="Drupal 7 (http://drupal.org)">'
            f'<title>{esc(title)} | {RX_SITE}</title><link type="text/css" rel="stylesheet" '
            f'href="{u("/sites/default/files/css/css_a1b2c3.css")}" media="all"></head><body class="html '
            f'{body_class} hw-default-jcode-biorxiv hw-article-type-new-results">'
            f'<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main '
            f'content</a></div><div class="page clearfix" id="page"><header id="section-header" class="section '
            f'section-header"><div class="zone-wrapper zone-branding-wrapper"><div class="logo-img"><a href="{u("/")}" '
            f'rel="home" title="{RX_SITE}" class="active"><img src="{u("/sites/default/files/logo.png")}" '
            f'alt="{RX_SITE}"></a></div><h2 class="site-slogan">The preprint server for library and information '
            f'science</h2></div><div class="zone-wrapper zone-menu-wrapper"><ul class="menu"><li class="first leaf">'
            f'<a href="{u("/")}">Home</a></li><li class="leaf"><a href="{u("/about-lisrxiv")}">About</a></li><li '
            f'class="leaf"><a href="{u("/content/early/recent")}">Recent</a></li><li class="last leaf"><a '
            f'href="{u("/contact")}">Contact</a></li></ul><form action="{u("/search")}" method="post" '
            f'id="highwire-search-quicksearch-form" accept-charset="UTF-8"><input type="text" name="keywords" '
            f'size="60" maxlength="128" class="form-text"><input type="submit" name="op" value="Search" '
            f'class="form-submit"></form></div></header><div id="section-content" class="section section-content">'
            f'<div id="zone-content" class="zone zone-content"><main id="main-content" role="main">{main}</main>'
            f'</div></div><footer id="section-footer" class="section section-footer"><div class="pane-content"><p>'
            f'{RX_SITE} is a free online archive and distribution service for unpublished preprints. Preprints are '
            f'not peer-reviewed.</p><p><a href="{u("/about-lisrxiv")}">About</a> | <a href="{u("/contact")}">Contact'
            f'</a> | <a href="{u("/collection/" + RX_SUBJECT[0])}">Subject collections</a></p></div></footer></div>'
            f'</body></html>')


def _rx_doi(path: str) -> str:
    return path.split("/content/")[1].split("v1")[0]


def _rx_head(u, w: Work, path: str) -> str:
    doi = _rx_doi(w.path)
    base = w.path
    return (f'<meta name="type" content="article"><meta name="category" content="New Results">'
            f'<meta name="DC.Format" content="text/html"><meta name="DC.Language" content="en">'
            f'<meta name="DC.Title" content="{esc(w.title)}"><meta name="DC.Identifier" content="{doi}">'
            f'<meta name="DC.Date" content="{w.date}"><meta name="DC.Publisher" content="{RX_SITE}">'
            f'<meta name="DC.Contributor" content="{esc(w.author)}">'
            f'<meta name="citation_title" content="{esc(w.title)}"><meta name="citation_publisher" '
            f'content="{RX_SITE}"><meta name="citation_publication_date" content="{w.date.replace("-", "/")}">'
            f'<meta name="citation_online_date" content="{w.date.replace("-", "/")}"><meta name="citation_mjid" '
            f'content="lisrxiv;{doi.split("/")[1]}v1"><meta name="citation_id" content="{doi.split("/")[1]}v1">'
            f'<meta name="citation_public_url" content="{u(base)}"><meta name="citation_abstract_html_url" '
            f'content="{u(base)}"><meta name="citation_full_html_url" content="{u(base + ".full")}"><meta '
            f'name="citation_pdf_url" content="{u(base + ".full.pdf")}"><meta name="citation_doi" content="{doi}">'
            f'<meta name="citation_num_pages" content="14"><meta name="citation_section" content="New Results">'
            f'<meta name="citation_firstpage" content="{doi.split("/")[1]}"><meta name="citation_author" '
            f'content="{esc(w.author)}"><meta name="citation_author_institution" content="Department of '
            f'Information Studies"><meta name="citation_journal_title" content="{RX_SITE}">'
            f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:url" content="{u(path)}">'
            f'<meta property="og:site_name" content="{RX_SITE}"><meta property="og:description" '
            f'content="{esc(w.paras[0][:200])}"><meta property="og:type" content="article">'
            f'<link rel="canonical" href="{u(path)}">')


def rxiv(u) -> list[Doc]:
    docs = []
    papers = [WORKS["rx1"], WORKS["rx2"], WORKS["rx3"]]
    for w in papers:
        has_full = w.path == WORKS["rx1"].path
        tabs = (f'<ul class="tabs inline panels-ajax-tab"><li class="first"><a href="{u(w.path)}" class="panels-ajax-'
                f'tab-tab active">Abstract</a></li>'
                + (f'<li><a href="{u(w.path + ".full")}" class="panels-ajax-tab-tab">Full Text</a></li><li '
                   f'class="last"><a href="{u(w.path + ".full.pdf")}" class="article-dl-pdf-link link-icon">Preview '
                   f'PDF</a></li>' if has_full else "") + "</ul>")
        abstract = (f'<div class="section abstract" id="abstract-1"><h2 class="">Abstract</h2>'
                    + "".join(f'<p id="p-{i + 2}">{esc(p.replace("Abstract. ", ""))}</p>'
                              for i, p in enumerate(w.paras)) + "</div>")
        main = (f'<div class="highwire-article-citation highwire-citation-type-highwire-article"><div '
                f'class="highwire-cite highwire-citation-biorxiv-article-top clearfix"><div class="highwire-cite-'
                f'article-as-of"><span class="highwire-cite-metadata-pub-type">New Results</span></div><h1 '
                f'class="highwire-cite-title" id="page-title">{esc(w.title)}</h1><div class="highwire-cite-authors">'
                f'<span class="highwire-citation-authors"><span class="highwire-citation-author first" '
                f'data-delta="0"><span class="nlm-given-names">{esc(w.author.split()[0])}</span> <span '
                f'class="nlm-surname">{esc(w.author.split()[-1])}</span></span></span></div><div '
                f'class="highwire-cite-metadata"><span class="highwire-cite-metadata-doi highwire-cite-metadata">'
                f'<span class="label">doi:</span> https://doi.org/{_rx_doi(w.path)}</span></div></div></div>'
                f'<div class="pane-content"><div class="highwire-article-collection-term"><span class="label">'
                f'Subject Area</span><ul><li><a href="{u("/collection/" + RX_SUBJECT[0])}" class="highwire-article-'
                f'collection-term">{RX_SUBJECT[1]}</a></li></ul></div></div><div class="panel-pane '
                f'pane-panels-ajax-tab-tabs">{tabs}</div><div class="article abstract-view"><span '
                f'class="highwire-journal-article-marker-start"></span>{abstract}<span '
                f'class="highwire-journal-article-marker-end"></span></div><div class="pane-highwire-article-'
                f'comments"><h2 class="pane-title">Comments</h2><div id="disqus_thread"></div><noscript>Please '
                f'enable JavaScript to view the comments powered by Disqus.</noscript></div>')
        docs.append(_doc(RXIV, w.path, _rxiv(u, w.title, main, _rx_head(u, w, w.path),
                                             "page-node page-node-article")))
    full = WORKS["rx1f"]
    sections = "".join(
        f'<div class="section" id="sec-{i + 1}"><h2>{esc(p.split(". ", 1)[0])}</h2><p id="p-{i + 10}">'
        f'{esc(p.split(". ", 1)[1])}</p></div>' for i, p in enumerate(full.paras))
    main = (f'<div class="highwire-cite"><h1 class="highwire-cite-title" id="page-title">{esc(WORKS["rx1"].title)}'
            f'</h1><div class="highwire-cite-authors"><span class="highwire-citation-author first">'
            f'{esc(full.author)}</span></div></div><ul class="tabs inline panels-ajax-tab"><li class="first"><a '
            f'href="{u(WORKS["rx1"].path)}">Abstract</a></li><li><a href="{u(full.path)}" class="active">Full Text'
            f'</a></li><li class="last"><a href="{u(WORKS["rx1p"].path)}" class="article-dl-pdf-link">Preview PDF</a>'
            f'</li></ul><div class="article fulltext-view"><span class="highwire-journal-article-marker-start"></span>'
            f'{sections}<div class="section ref-list" id="ref-list-1"><h2>References</h2><ol class="cit-list"><li>'
            f'<div class="cit ref-cit ref-journal">Hale R, Ochoa L. Ties that teach: peer support among early-career '
            f'archivists on social platforms. 2022.</div></li></ol></div><span '
            f'class="highwire-journal-article-marker-end"></span></div>')
    docs.append(_doc(RXIV, full.path, _rxiv(u, WORKS["rx1"].title, main, _rx_head(u, WORKS["rx1"], full.path),
                                            "page-node page-node-article page-node-full")))
    docs.append(_pdf(WORKS["rx1p"]))

    def teasers(ws):
        return ('<div class="highwire-list"><ul>' + "".join(
            f'<li class="search-result"><div class="highwire-cite highwire-citation-biorxiv-article-pap-list"><span '
            f'class="highwire-cite-title"><a href="{u(w.path)}" class="highwire-cite-linked-title">{esc(w.title)}'
            f'</a></span><div class="highwire-cite-authors">{esc(w.author)}</div><div class="highwire-cite-metadata">'
            f'doi: https://doi.org/{_rx_doi(w.path)} Posted {w.date}</div></div></li>' for w in ws) + "</ul></div>")
    newest = sorted(papers, key=lambda w: w.date, reverse=True)
    docs.append(_doc(RXIV, "/", _rxiv(u, "Home", '<h1 class="element-invisible">lisRxiv</h1><div class="pane">'
                                      f'<h2>New preprints</h2>{teasers(newest[:2])}<p><a href="{u("/content/early/recent")}">'
                                      f'More recent preprints</a></p><h2>Popular searches</h2><p><a '
                                      f'href="{u("/search/mentoring")}">mentoring</a></p></div>',
                                      '<meta property="og:type" content="website">', "front")))
    docs.append(_doc(RXIV, "/content/early/recent", _rxiv(u, "Recent preprints", '<h1 id="page-title">Recent '
                                                          f'preprints</h1>{teasers(newest)}')))
    docs.append(_doc(RXIV, "/collection/" + RX_SUBJECT[0], _rxiv(
        u, RX_SUBJECT[1], f'<h1 id="page-title">{RX_SUBJECT[1]}</h1><div class="pane">Showing {len(papers)} '
                          f'results</div>{teasers(newest)}', "", "page-collection")))
    docs.append(_doc(RXIV, "/search/mentoring", _rxiv(
        u, "Search results", '<h1 id="page-title">Search results for: mentoring</h1><div class="highwire-search-'
        f'summary">2 results</div>{teasers([WORKS["rx1"], WORKS["rx2"]])}', "", "page-search")))
    docs.append(_doc(RXIV, "/about-lisrxiv", _rxiv(
        u, "About lisRxiv", '<h1 id="page-title">About lisRxiv</h1><p>lisRxiv is a free online archive for '
        "unpublished preprints in library and information science. Articles are not peer-reviewed, edited or "
        "typeset before being posted online.</p>")))
    docs.append(_doc(RXIV, "/contact", _rxiv(u, "Contact", '<h1 id="page-title">Contact</h1><p>For questions about '
                                             "submissions, write to the editorial office.</p>")))
    return docs


# --- Semantic Scholar-like --------------------------------------------------------------------------

S2_AUTHORS = {"Rosa Hale": "/author/Rosa-Hale/2143657", "Luis Ochoa": "/author/Luis-Ochoa/2081134"}
S2_PAPER_AUTHORS = {"s21": ["Rosa Hale", "Luis Ochoa"], "s22": ["Luis Ochoa"], "s23": ["Lin Zhao"],
                    "s24": ["Marie Baptiste"]}
S2_REFS = {"s21": ["s22", "s24"], "s22": ["s23"], "s23": [], "s24": []}


def _s2(u, title: str, main: str, head: str = "", state: dict | None = None) -> str:
    st = json.dumps(state or {}).replace("</", "<\\/")
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width,initial-scale=1"><title>{esc(title)} | ScholarSearch</title>'
            f'<meta name="og:site_name" content="ScholarSearch">{head}<link rel="stylesheet" '
            f'href="{u("/app.css")}"></head><body><div id="app"><header class="site-header"><a class="header-logo" '
            f'href="{u("/")}" aria-label="ScholarSearch homepage">ScholarSearch</a><form class="site-search" '
            f'action="{u("/search")}" method="get"><input class="site-search__input" name="q" placeholder="Search '
            f'over 200 million papers" aria-label="Search"><button class="cl-button" type="submit">Search</button>'
            f'</form><nav class="header-nav"><a href="{u("/about")}">About</a></nav></header><main '
            f'class="main-content" role="main">{main}</main><footer class="site-footer"><p>&copy; 2024 ScholarSearch.'
            f'</p><a href="{u("/about")}">About us</a></footer></div>'
            f'<script id="app-state" type="application/json">{st}</script><script src="{u("/app.js")}" defer></script>'
            f'</body></html>')


def _s2_card(u, key: str) -> str:
    w = WORKS[key]
    authors = ", ".join(f'<a class="cl-paper-authors__author-link" href="{u(S2_AUTHORS[a])}">{esc(a)}</a>'
                        if a in S2_AUTHORS else f'<span>{esc(a)}</span>' for a in S2_PAPER_AUTHORS[key])
    return (f'<div class="cl-paper-row serp-papers__paper-row" data-paper-id="{w.path.rsplit("/", 1)[1]}"><a '
            f'href="{u(w.path)}" class="cl-paper-row__title-link"><h2 class="cl-paper-title">{esc(w.title)}</h2></a>'
            f'<div class="cl-paper-row__authors">{authors}</div><span class="cl-paper-pubdates">{w.date[:4]}</span>'
            f'</div>')


def s2(u) -> list[Doc]:
    docs = []
    for key, refs in S2_REFS.items():
        w = WORKS[key]
        pid = w.path.rsplit("/", 1)[1]
        authors = S2_PAPER_AUTHORS[key]
        only_json = key == "s21"
        state = {"paper": {"id": pid, "title": {"text": w.title}, "authors": [{"name": a} for a in authors],
                           "year": int(w.date[:4]), "paperAbstract": {"text": " ".join(w.paras)},
                           "citationCount": 12 if only_json else 3, "fieldsOfStudy": ["Education", "Sociology"]}}
        desc = (w.paras[0][:140] + "...") if only_json else w.paras[0][:300]
        ld = {"@context": "https://schema.org", "@type": "ScholarlyArticle", "name": w.title, "headline": w.title,
              "author": [{"@type": "Person", "name": a} for a in authors], "datePublished": w.date}
        if not only_json:
            ld["abstract"] = w.paras[0]
        head = (f'<meta name="description" content="{esc(desc)}"><meta property="og:title" content="{esc(w.title)}">'
                f'<meta property="og:description" content="{esc(desc)}"><meta property="og:type" content="article">'
                f'<meta name="citation_title" content="{esc(w.title)}">'
                + "".join(f'<meta name="citation_author" content="{esc(a)}">' for a in authors)
                + f'<meta name="citation_publication_date" content="{w.date[:4]}">'
                  f'<link rel="canonical" href="{u(w.path)}">' + _ld(ld))
        abstract = ('<div class="tldr-abstract-replacement paper-detail-page__tldr-abstract" data-test-id="no-abstract">'
                    '<button class="cl-button cl-button--no-arrow-divider mod-clickable" aria-expanded="false">'
                    'Expand</button></div>' if only_json else
                    f'<div class="tldr-abstract-replacement text-truncator" data-test-id="abstract-text"><span>'
                    f'<strong>Abstract</strong> {esc(w.paras[0])}</span></div>')
        auth = ", ".join(f'<a class="author-list__link" href="{u(S2_AUTHORS[a])}">{esc(a)}</a>'
                         if a in S2_AUTHORS else f'<span class="author-list__author-name">{esc(a)}</span>'
                         for a in authors)
        refs_html = ("".join(_s2_card(u, k) for k in refs) if refs else
                     '<p class="cl-paper-list__empty">No references available.</p>')
        main = (f'<div class="fresh-paper-detail-page__header"><h1 data-test-id="paper-detail-title">{esc(w.title)}'
                f'</h1><ul class="fresh-paper-detail-page__meta"><li><span class="author-list">{auth}</span></li><li>'
                f'<span data-test-id="paper-year">{w.date[:4]}</span></li></ul>{abstract}</div>'
                f'<section class="paper-detail-page__section" id="cited-papers"><h2 class="dropdown-filters__result-'
                f'count__header">References</h2>{refs_html}</section>')
        docs.append(_doc(S2, w.path, _s2(u, w.title, main, head, state)))
    for name, path in S2_AUTHORS.items():
        keys = [k for k, a in S2_PAPER_AUTHORS.items() if name in a]
        main = (f'<div class="author-detail-card"><h1 class="author-detail-card__author-name">{esc(name)}</h1><ul '
                f'class="author-detail-card__stats"><li>Publications {len(keys)}</li><li>h-index 1</li></ul></div>'
                f'<div class="author-papers">' + "".join(_s2_card(u, k) for k in keys) + "</div>")
        docs.append(_doc(S2, path, _s2(u, name, main, '<meta property="og:type" content="profile">',
                                       {"author": {"name": name, "id": path.rsplit("/", 1)[1]}})))
    q = "/search?q=mentoring%20librarians%20social%20media"
    docs.append(_doc(S2, q, _s2(u, "mentoring librarians social media", '<div class="result-page"><div '
                                'class="dropdown-filters__result-count">About 3 results</div>'
                                + "".join(_s2_card(u, k) for k in ("s21", "s22", "s24")) + "</div>",
                                '<meta name="robots" content="noindex">')))
    docs.append(_doc(S2, "/", _s2(u, "AI-powered research tool", '<div class="home-hero"><h1>Search papers</h1><p>'
                                  f'Try: <a href="{u(q)}">mentoring librarians social media</a></p></div>',
                                  '<meta property="og:type" content="website">')))
    docs.append(_doc(S2, "/about", _s2(u, "About", "<h1>About ScholarSearch</h1><p>A free search engine for "
                                       "scholarly literature, with author pages and citation graphs.</p>")))
    return docs


# --- ProQuest-like dissertations ----------------------------------------------------------------------

PQ_SEARCH = "/results/5B2F3C9A4E/1?accountid=14523"
ABS = ' class="abstractParagraph"'


def _pq(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en" class="no-js"><head><meta charset="UTF-8"><meta http-equiv="X-UA-'
            f'Compatible" content="IE=edge"><title>{esc(title)} - Dissertations &amp; Theses</title>{head}<link '
            f'rel="stylesheet" href="{u("/assets/pq-style.css")}"></head><body class="pq-body"><div id="cookieBanner" '
            f'class="cookie-banner" role="dialog"><p>We use cookies to give you the best experience. <button '
            f'id="acceptCookies">Accept all cookies</button></p></div><div id="mainContainer"><header '
            f'id="headerContainer" class="header"><a href="{u("/")}" class="logo">Dissertations &amp; Theses Global'
            f'</a><ul class="headerLinks"><li><a href="{u("/browse/subject/library-science")}">Browse</a></li><li>'
            f'<a href="{u("/contact")}">Contact us</a></li></ul></header><div id="searchForm" class="basicSearch">'
            f'<form action="{u("/results")}" method="post"><input type="text" id="searchTerm" name="searchTerm" '
            f'aria-label="Enter search terms"><input type="submit" value="Search"></form></div><div '
            f'id="mainContentLeft" class="mainContent" role="main">{main}</div><footer id="footerContainer">'
            f'<p>Copyright &copy; 2024 Dissertation Publishing. All rights reserved.</p><p><a href="{u("/contact")}">'
            f'Contact us</a></p></footer></div></body></html>')


def pq(u) -> list[Doc]:
    docs = []
    preview = {"pq1": WORKS["pq1p"]}
    for key in ("pq1", "pq2", "pq3"):
        w = WORKS[key]
        detail = dict(part.split(": ", 1) for part in w.paras[-1].rstrip(".").split(". ") if ": " in part)
        rows = "".join(f'<div class="display_record_indexing_row"><div class="display_record_indexing_fieldname">'
                       f'{esc(k)}</div><div class="display_record_indexing_data">{esc(v)}</div></div>'
                       for k, v in detail.items())
        pv = (f'<li><a class="previewLink" href="{u(preview[key].path)}" title="Preview - PDF">Preview - PDF '
              f'(24 pages)</a></li>' if key in preview else "")
        main = (f'<div class="resultsNavBack"><a href="{u(PQ_SEARCH)}">&laquo; Back to results</a></div>'
                f'<div id="documentSummary" class="docViewFullCitation"><h1 class="documentTitle" '
                f'id="documentTitle">{esc(w.title)}</h1><div class="truncatedAuthor">{esc(w.author)}.</div><div '
                f'class="titleAuthorETC dissertpub">{esc(detail.get("School", "University"))}, ProQuest '
                f'Dissertations &amp; Theses, {w.date[:4]}.</div><ul class="format_links">{pv}</ul></div>'
                f'<div id="abstractSummary" class="abstract"><h3>Abstract</h3><div class="abstractText">'
                f'{ps(w.paras[:-1], attrs=ABS)}</div></div>'
                f'<div id="docview_details" class="display_record_indexing"><h3>Details</h3>{rows}'
                f'<div class="display_record_indexing_row"><div class="display_record_indexing_fieldname">Title'
                f'</div><div class="display_record_indexing_data">{esc(w.title)}</div></div>'
                f'<div class="display_record_indexing_row"><div class="display_record_indexing_fieldname">Author'
                f'</div><div class="display_record_indexing_data">{esc(w.author)}</div></div>'
                f'<div class="display_record_indexing_row"><div class="display_record_indexing_fieldname">'
                f'Publication year</div><div class="display_record_indexing_data">{w.date[:4]}</div></div></div>')
        head = (f'<meta name="description" content="{esc(w.paras[0][:200])}"><meta property="og:title" '
                f'content="{esc(w.title)}"><meta property="og:type" content="article"><link rel="canonical" '
                f'href="{u(w.path)}">')
        docs.append(_doc(PQ, w.path, _pq(u, w.title, main, head)))
    docs.append(_pdf(WORKS["pq1p"]))

    def results(keys):
        return ('<ul class="resultItems">' + "".join(
            f'<li class="resultItem"><div class="resultHeader"><h3><a class="previewTitle" href="{u(WORKS[k].path)}">'
            f'{esc(WORKS[k].title)}</a></h3></div><div class="results_list_copy">{esc(WORKS[k].author)}. '
            f'{WORKS[k].date[:4]}.</div><div class="abstract_Text">{cut(WORKS[k].paras[0], 180)}</div><ul '
            f'class="format_links"><li><a href="{u(WORKS[k].path)}">Abstract/Details</a></li>'
            + (f'<li><a href="{u(WORKS["pq1p"].path)}">Preview - PDF</a></li>' if k == "pq1" else "")
            + "</ul></li>" for k in keys) + "</ul>")
    docs.append(_doc(PQ, PQ_SEARCH, _pq(u, "Search results", '<h1 class="resultsHeader">3 results for '
                                        '"mentoring" AND "librarians"</h1>' + results(["pq1", "pq3", "pq2"]))))
    docs.append(_doc(PQ, "/", _pq(u, "Welcome", '<h1>Dissertations &amp; Theses Global</h1><p>The world\'s most '
                                  'comprehensive collection of dissertations and theses.</p><p>Recent search: <a '
                                  f'href="{u(PQ_SEARCH)}">mentoring AND librarians</a></p>')))
    docs.append(_doc(PQ, "/browse/subject/library-science", _pq(
        u, "Browse: Library science", '<h1>Browse by subject: Library science</h1>' + results(["pq1", "pq2"])
        + f'<p class="withdrawn">Withdrawn record: <a href="{u("/docview/1000000000/abstract")}">Document '
          f'1000000000</a></p>')))
    docs.append(_doc(PQ, "/contact", _pq(u, "Contact us", "<h1>Contact us</h1><p>Customer support is available "
                                         "24 hours a day, Monday to Friday.</p>")))
    docs.append(_doc(PQ, "/docview/1000000000/abstract", _pq(
        u, "Document not found", "<h1>Document not found</h1><p>The document you requested is no longer "
                                 "available.</p>"), status=404))
    return docs


# --- the whole web ----------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    def on(host):
        return lambda path: url(host, path)
    return (quartz(on(GARDEN)) + notion(on(NOTION)) + nikola(on(NIKOLA)) + hatena(on(HATENA))
            + telegraph(on(TGPH), on(TME)) + ggroups(on(GROUPS)) + tme(on(TME), on(TGPH)) + rxiv(on(RXIV))
            + s2(on(S2)) + pq(on(PQ)))


class LabelledWeb37(ServedWeb):
    """Web 37 (see the module docstring)."""

    HOSTS = HOSTS
    START = {GROUPS: "/g/lis-newprofs", TME: "/s/shelfmentors"}
    FIRST_ADDRESS = 428
    build = staticmethod(build)
