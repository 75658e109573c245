"""Web 39: a held-out labelled web of 113 pages on ten hosts, built from the labels and texts of
:mod:`tests.labelled_text39` (written and committed first).

Platforms, their markup reduced: a Quarto blog, a Jupyter Book course handbook, a Dreamwidth journal, a TypePad
blog, Internet Archive item pages (a digitised report's PDF through /download/), a Wikipedia-like language
edition (talk page, history, a real 404 for a missing article), a Europe PMC-like article page (``citation_*``
tags; a soft 404 for a missing article, served 200 by its single-page app), an ORCID-like record, a Mobilizon
instance and a Funkwhale instance.
"""

from __future__ import annotations

import json
from typing import Callable

from tests.labelled_text39 import (DREAM, EPMC, FUNK, HOSTS, IA, JBOOK, MOBI, ORCID, OTHER, QUARTO, TYPEPAD,
                                   WIKI, WORKS, Work)
from tests.labelled_web import Doc, ServedWeb, esc, pdf, ps

KIND = {(h, p): k for h, p, k in OTHER}
_URL: list = []  # build's url(host, path), for links to the web's other hosts


def _works(host: str) -> list[Work]:
    return [w for w in WORKS.values() if w.host == host]


def _ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _other(host: str, path: str, body: str, status: int = 200) -> Doc:
    return Doc(host, path, KIND[(host, path)], 0, body.encode(), status=status)


def _work(w: Work, body: str) -> Doc:
    return Doc(w.host, w.path, w.kind, w.grade, body.encode())


def _li(u, works, extra=lambda w: "") -> str:
    return "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a>{extra(w)}</li>' for w in works)


# --- Quarto ------------------------------------------------------------------------------------

def _quarto(u, title, main, head="", margin=""):
    return (f'<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>'
            f'<meta charset="utf-8"><meta name="generator" content="quarto-1.4.550">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes">'
            f'<title>{esc(title)} – Shelfmark notes</title>{head}'
            f'<link href="{u("/index.xml")}" rel="alternate" type="application/rss+xml" title="Shelfmark notes">'
            f'<script src="site_libs/quarto-search/quarto-search.js"></script></head>'
            f'<body class="nav-fixed fullcontent"><div id="quarto-search-results"></div>'
            f'<header id="quarto-header" class="headroom fixed-top"><nav class="navbar navbar-expand-lg">'
            f'<a class="navbar-brand" href="{u("/")}"><span class="navbar-title">Shelfmark notes</span></a>'
            f'<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="{u("/about.html")}">About</a></li>'
            f'<li class="nav-item"><a class="nav-link" href="{u("/contact.html")}">Contact</a></li></ul>'
            f'<div id="quarto-search" title="Search"><a href="{u("/search.html?q=mentor")}">Search</a></div>'
            f'</nav></header><div id="quarto-content" class="quarto-container page-columns page-rows-contents '
            f'page-layout-article page-navbar">{margin}<main class="content" id="quarto-document-content">{main}'
            f'</main></div><footer class="footer"><div class="nav-footer"><div class="nav-footer-left">'
            f'© 2024 Priya Anand. Built with Quarto.</div></div></footer></body></html>')


def _qcats(w):
    return ["mentoring"] if w.grade >= 2 else (["data"] if "R" in w.title else ["conferences"])


def _qlisting(u, ws):
    return ('<div class="quarto-listing quarto-listing-container-default" id="listing-listing">'
            + "".join(f'<div class="quarto-post image-right" data-index="{i}" data-categories="'
                      f'{",".join(_qcats(w))}" data-listing-date-sort="{w.date}"><div class="body">'
                      f'<h3 class="no-anchor listing-title"><a href="{u(w.path)}">{esc(w.title)}</a></h3>'
                      f'<div class="listing-description">{esc(w.paras[0][:150])}…</div></div>'
                      f'<div class="metadata"><div class="listing-date">{w.date}</div></div></div>'
                      for i, w in enumerate(ws)) + "</div>")


def quarto(u) -> list[Doc]:
    ws = _works(QUARTO)
    docs = []
    cats = (f'<div class="quarto-listing-category category-default">'
            f'<div class="category"><a href="{u("/categories/mentoring.html")}">mentoring</a></div>'
            f'<div class="category"><a href="{u("/categories/data.html")}">data</a></div></div>')
    margin = f'<div id="quarto-margin-sidebar" class="sidebar margin-sidebar"><h5>Categories</h5>{cats}</div>'
    for i, w in enumerate(ws):
        extra = (f'<p>Previous post: <a href="{u("/posts/old-draft/")}">an older draft</a></p>'
                 if w.title.startswith("Notes") else "")
        head = (f'<meta name="author" content="{esc(w.author)}"><meta name="dcterms.date" content="{w.date}">'
                f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:description" '
                f'content="{esc(w.paras[0][:160])}"><meta property="og:site_name" content="Shelfmark notes">'
                f'<link rel="canonical" href="{u(w.path)}">')
        main = (f'<header id="title-block-header" class="quarto-title-block default"><div class="quarto-title">'
                f'<h1 class="title">{esc(w.title)}</h1><div class="quarto-categories">'
                + "".join(f'<div class="quarto-category">{c}</div>' for c in _qcats(w))
                + f'</div></div><div class="quarto-title-meta"><div><div class="quarto-title-meta-heading">Author'
                f'</div><div class="quarto-title-meta-contents"><p>{esc(w.author)}</p></div></div><div>'
                f'<div class="quarto-title-meta-heading">Published</div><div class="quarto-title-meta-contents">'
                f'<p class="date">{w.date}</p></div></div></div></header>{ps(w.paras)}{extra}'
                f'<div id="quarto-appendix" class="default"><section class="quarto-appendix-contents" '
                f'id="quarto-reuse"><h2 class="anchored quarto-appendix-heading">Reuse</h2>'
                f'<div class="quarto-appendix-contents">CC BY 4.0</div></section></div>')
        docs.append(_work(w, _quarto(u, w.title, main, head, margin)))
    docs.append(_other(QUARTO, "/", _quarto(u, "Shelfmark notes", _qlisting(u, ws[:3])
                                            + f'<nav id="listing-listing-pagination"><ul class="pagination">'
                                            f'<li class="page-item"><a class="page-link" '
                                            f'href="{u("/index.html?page=2")}">2</a></li></ul></nav>', "", margin)))
    docs.append(_other(QUARTO, "/index.html?page=2", _quarto(u, "Shelfmark notes", _qlisting(u, ws[3:]), "",
                                                              margin)))
    for c in ("mentoring", "data"):
        docs.append(_other(QUARTO, f"/categories/{c}.html", _quarto(
            u, f"Category: {c}", f"<h1>Category: {c}</h1>" + _qlisting(u, [w for w in ws if c in _qcats(w)]))))
    docs.append(_other(QUARTO, "/about.html", _quarto(u, "About", '<div class="quarto-about-jolla"><h1>Priya Anand'
                                                       '</h1><p>Hospital librarian. Writes about small libraries '
                                                       'and data.</p></div>')))
    docs.append(_other(QUARTO, "/contact.html", _quarto(u, "Contact", "<h1>Contact</h1><p>Email me at priya at "
                                                         "shelfmark dot example.</p>")))
    docs.append(_other(QUARTO, "/search.html?q=mentor", _quarto(u, "Search", '<div class="aa-Panel"><h1>Search '
                                                                 'results: mentor</h1>' + _qlisting(u, ws[:2])
                                                                 + "</div>")))
    docs.append(_other(QUARTO, "/posts/old-draft/", _quarto(u, "Page Not Found", "<h1>Page Not Found</h1><p>The "
                                                             "page you requested cannot be found (perhaps it was "
                                                             "moved or renamed).</p>"), status=404))
    return docs


# --- Jupyter Book ------------------------------------------------------------------------------

def _jbook(u, title, main, head=""):
    ws = sorted(_works(JBOOK), key=lambda w: w.title)
    toc = "".join(f'<li class="toctree-l1"><a class="reference internal" href="{u(w.path)}">{esc(w.title)}</a></li>'
                  for w in ws)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1.0"><title>{esc(title)} — INF 540 Handbook</title>{head}'
            f'<link rel="stylesheet" href="_static/styles/sphinx-book-theme.css"><link rel="index" title="Index" '
            f'href="{u("/genindex.html")}"><link rel="search" title="Search" href="{u("/search.html")}"></head>'
            f'<body data-bs-spy="scroll" data-bs-target=".bd-toc-nav"><div class="bd-container"><div '
            f'class="bd-sidebar-primary bd-sidebar"><div class="sidebar-primary-items__start"><a class="navbar-brand '
            f'logo" href="{u("/intro.html")}"><p class="title logo__title">INF 540 Handbook</p></a>'
            f'<form class="bd-search" action="{u("/search.html")}" method="get"><input type="search" name="q">'
            f'</form><nav class="bd-links" aria-label="Main"><p class="caption" role="heading">'
            f'<span class="caption-text">Chapters</span></p><ul class="nav bd-sidenav">{toc}'
            f'<li class="toctree-l1"><a class="reference internal" href="{u("/bibliography.html")}">Bibliography</a>'
            f'</li><li class="toctree-l1"><a class="reference internal" href="{u("/about.html")}">About the course'
            f'</a></li><li class="toctree-l1"><a class="reference internal" href="{u("/contact.html")}">Contact'
            f'</a></li></ul></nav></div></div><main id="main-content" class="bd-main"><div class="bd-content">'
            f'<article class="bd-article" role="main">{main}</article></div><footer class="bd-footer-content">'
            f'<p class="component-author">By the INF 540 teaching team · <a href="{u("/search.html")}">Search this book</a> · '
            f'<a href="{u("/genindex.html")}">Index</a></p><p class="copyright">© Copyright 2023.'
            f'</p></footer></main></div></body></html>')


def jbook(u) -> list[Doc]:
    ws = _works(JBOOK)
    docs = []
    for w in ws:
        sec = w.title.split(". ", 1)[1].lower().replace(" ", "-")
        main = (f'<section class="tex2jax_ignore mathjax_ignore" id="{esc(sec)}"><h1>{esc(w.title)}<a class="headerlink" '
                f'href="#{esc(sec)}" title="Link to this heading">#</a></h1>{ps(w.paras)}</section>'
                f'<div class="prev-next-area"><a class="left-prev" href="{u("/intro.html")}">'
                f'<p class="prev-next-title">Introduction</p></a></div>')
        docs.append(_work(w, _jbook(u, w.title.split(". ", 1)[1], main)))
    docs.append(_other(JBOOK, "/intro.html", _jbook(u, "Introduction", '<section id="welcome"><h1>Welcome to INF 540'
                                                     '</h1><p>This handbook goes with the course on the profession: '
                                                     'careers, networks and practice. Use the sidebar to move '
                                                     'between chapters.</p></section>')))
    docs.append(_other(JBOOK, "/search.html", _jbook(u, "Search", '<h1 id="search-documentation">Search</h1>'
                                                      '<noscript><div class="admonition error"><p>Please activate '
                                                      'JavaScript to enable the search functionality.</p></div>'
                                                      '</noscript><div id="search-results"></div>',
                                                      '<script src="searchindex.js" defer></script>')))
    docs.append(_other(JBOOK, "/genindex.html", _jbook(u, "Index", '<h1 id="index">Index</h1><div class="genindex-'
                                                        'jumpbox"></div><ul>' + _li(u, ws) + "</ul>")))
    docs.append(_other(JBOOK, "/bibliography.html", _jbook(u, "Bibliography", '<h1>Bibliography</h1><div class="'
                                                            'citation-list"><div class="citation" id="id1"><p>Okafor '
                                                            'N. Informal learning among medical librarians. 2023.'
                                                            '</p></div></div>')))
    docs.append(_other(JBOOK, "/about.html", _jbook(u, "About the course", "<h1>About the course</h1><p>INF 540 is a "
                                                     "core module of the MSc in Information Studies.</p>")))
    docs.append(_other(JBOOK, "/contact.html", _jbook(u, "Contact", "<h1>Contact</h1><p>Questions about the module "
                                                       "go to the course forum or the module leader's office hours."
                                                       "</p>")))
    return docs


# --- Dreamwidth --------------------------------------------------------------------------------

DW_TAGS = {"d1": ["mentoring", "archives"], "d2": ["mentoring", "archives"], "d3": ["garden"], "d4": ["archives"],
           "d5": ["mentoring"], "d6": ["mentoring", "archives"]}


def _dw(u, title, main, head=""):
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>{head}'
            f'<link rel="alternate" type="application/rss+xml" title="RSS" href="{u("/data/rss")}">'
            f'<link rel="openid2.provider" href="https://www.dreamwidth.example/openid/server"></head>'
            f'<body class="page-entry two-columns-left"><div id="canvas"><div class="inner"><div id="header">'
            f'<h1 id="title"><a href="{u("/")}">vellum\'s journal</a></h1><h2 id="subtitle">paper, dust, beans</h2>'
            f'</div><div id="content"><div class="inner">{main}</div></div><div id="secondary"><div class="inner">'
            f'<div class="module-navlinks module"><ul class="module-list"><li><a href="{u("/")}">Recent Entries</a></li>'
            f'<li><a href="{u("/2024/")}">Archive</a></li><li><a href="{u("/profile")}">Profile</a></li></ul></div>'
            f'<div class="module-tags module"><h2 class="module-header">Tags</h2><ul class="module-list">'
            + "".join(f'<li><a rel="tag" href="{u("/tag/" + t)}">{t}</a></li>' for t in ("archives", "garden", "mentoring"))
            + f'</ul></div></div></div><div id="footer"><div class="inner">Powered by Dreamwidth Studios</div>'
            f'</div></div></div></body></html>')


def _dw_entry(u, key, w, full):
    tags = ", ".join(f'<a rel="tag" href="{u("/tag/" + t)}">{t}</a>' for t in DW_TAGS[key])
    body = ps(w.paras) if full else esc(w.paras[0][:200]) + "…"
    return (f'<div class="entry-wrapper"><div class="entry"><div class="header"><h3 class="entry-title">'
            f'<a href="{u(w.path)}">{esc(w.title)}</a></h3><span class="datetime">{w.date}</span></div>'
            f'<div class="contents"><div class="entry-content">{body}</div><div class="tag"><span class="tag-text">'
            f'Tags:</span><ul><li>{tags}</li></ul></div></div><div class="footer"><ul class="entry-interaction-links '
            f'text-links"><li><a href="{u(w.path)}">3 comments</a></li></ul></div></div></div>')


def dream(u) -> list[Doc]:
    keyed = [(k, w) for k, w in WORKS.items() if w.host == DREAM]
    docs = []
    for k, w in keyed:
        old = (f' Found your <a href="{u("/12.html")}">very first post</a> about it!' if k == "d1" else "")
        comments = (f'<div id="comments"><div class="comment-thread"><div class="comment"><div class="comment-header">'
                    f'<span class="ljuser">inkwell_kay</span> wrote:</div><div class="comment-content">Thank you for '
                    f'writing this.{old}</div></div></div></div>')
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="article">'
                f'<meta property="og:url" content="{u(w.path)}"><link rel="canonical" href="{u(w.path)}">')
        docs.append(_work(w, _dw(u, f"vellum: {w.title}", _dw_entry(u, k, w, True) + comments, head)))
    recent = list(reversed(keyed))
    docs.append(_other(DREAM, "/", _dw(u, "vellum's journal", "".join(_dw_entry(u, k, w, False) for k, w in recent[:5])
                                       + f'<div class="navigation"><a href="{u("/?skip=5")}">Previous 5</a></div>')))
    docs.append(_other(DREAM, "/?skip=5", _dw(u, "vellum's journal", "".join(_dw_entry(u, k, w, False)
                                                                            for k, w in recent[5:]))))
    for t in ("mentoring", "archives", "garden"):
        docs.append(_other(DREAM, "/tag/" + t, _dw(u, f"vellum's journal: {t}", "".join(
            _dw_entry(u, k, w, False) for k, w in recent if t in DW_TAGS[k]))))
    docs.append(_other(DREAM, "/2024/", _dw(u, "vellum's journal: 2024", '<h2>2024</h2><ul>'
                                            + _li(u, [w for _, w in keyed]) + "</ul>")))
    docs.append(_other(DREAM, "/profile", _dw(u, "vellum - Profile", '<div class="profile"><h2>vellum</h2>'
                                              '<table><tr><th>Name:</th><td>vellum</td></tr><tr><th>Location:</th>'
                                              '<td>somewhere damp</td></tr></table><p>Archivist, gardener.</p></div>')))
    docs.append(_other(DREAM, "/12.html", _dw(u, "Error", '<div class="error-box"><p>Error: This entry was deleted '
                                               'or does not exist.</p></div>'), status=404))
    return docs


# --- TypePad -----------------------------------------------------------------------------------

def _typepad(u, title, main, head=""):
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            f'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml" '
            f'id="typepad-standard"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            f'<meta name="generator" content="http://www.typepad.com/" /><title>{esc(title)}</title>{head}'
            f'<link rel="alternate" type="application/atom+xml" title="Posts on \'The Stackside\' (Atom)" '
            f'href="{u("/blog/atom.xml")}" /></head><body class="layout-two-column-right"><div id="container">'
            f'<div id="container-inner"><div id="banner"><div id="banner-inner" class="pkg"><h1 id="banner-header">'
            f'<a href="{u("/blog/")}" accesskey="1">The Stackside</a></h1><h2 id="banner-description">A school '
            f'librarian writes</h2></div></div><div id="pagebody"><div id="pagebody-inner" class="pkg"><div '
            f'id="alpha"><div id="alpha-inner">{main}</div></div><div id="beta"><div id="beta-inner">'
            f'<div class="module-about module"><h2 class="module-header">About</h2><div class="module-content">'
            f'<a href="{u("/about.html")}">About me</a> · <a href="{u("/profile.html")}">Profile</a></div></div>'
            f'<div class="module-categories module"><h2 class="module-header">Categories</h2><div class="module-'
            f'content"><ul class="module-list"><li class="module-list-item"><a href="{u("/blog/mentoring/")}">'
            f'Mentoring</a></li><li class="module-list-item"><a href="{u("/blog/social-media/")}">Social Media</a>'
            f'</li></ul></div></div><div class="module-archives module"><h2 class="module-header">Archives</h2>'
            f'<div class="module-content"><ul class="module-list"><li class="module-list-item"><a '
            f'href="{u("/blog/2024/03/index.html")}">March 2024</a></li><li class="module-list-item"><a '
            f'href="{u("/blog/archives.html")}">More...</a></li></ul></div></div></div></div></div></div>'
            f'<div id="footer"><p>Powered by <a href="https://www.typepad.com/" rel="nofollow">Typepad</a></p></div>'
            f'</div></div></body></html>')


TP_CATS = {"t1": ["mentoring"], "t2": ["mentoring", "social-media"], "t3": [], "t4": ["social-media"],
           "t5": ["mentoring"], "t6": ["mentoring", "social-media"]}


def _tp_entry(u, k, w, full):
    cats = ", ".join(f'<a href="{u("/blog/" + c + "/")}">{c.replace("-", " ").title()}</a>' for c in TP_CATS[k])
    body = ps(w.paras) if full else f"<p>{esc(w.paras[0][:220])}…</p>"
    return (f'<div class="entry-{k} entry-type-post entry" id="entry-{k}"><h2 class="date-header">{w.date}</h2>'
            f'<h3 class="entry-header"><a href="{u(w.path)}">{esc(w.title)}</a></h3><div class="entry-content">'
            f'<div class="entry-body">{body}</div></div><div class="entry-footer"><p class="entry-footer-info">'
            f'<span class="post-footers">Posted by {esc(w.author)} on {w.date} in {cats or "Books"}</span> | '
            f'<a class="permalink" href="{u(w.path)}">Permalink</a></p></div></div>')


def typepad(u) -> list[Doc]:
    keyed = [(k, w) for k, w in WORKS.items() if w.host == TYPEPAD]
    docs = []
    for k, w in keyed:
        extra = (f'<p>Last year\'s list is <a href="{u("/blog/2022/01/gone.html")}">here</a>.</p>' if k == "t3" else "")
        comments = ('<div class="comments" id="comments"><h3 class="comments-header">Comments</h3><div '
                    'class="comments-content"><div class="comment"><div class="comment-content"><p>Great post, '
                    'sharing with my team.</p></div><p class="comment-footer">Posted by: Lou | ' + w.date
                    + '</p></div></div></div>')
        docs.append(_work(w, _typepad(u, f"The Stackside: {w.title}", _tp_entry(u, k, w, True) + extra + comments,
                                      f'<meta property="og:title" content="{esc(w.title)}" /><link rel="canonical" '
                                      f'href="{u(w.path)}" />')))
    recent = list(reversed(keyed))
    docs.append(_other(TYPEPAD, "/blog/", _typepad(u, "The Stackside", "".join(_tp_entry(u, k, w, False)
                                                                              for k, w in recent[:4])
                                                   + f'<div class="content-nav"><a href="{u("/blog/page/2/")}">'
                                                   f'Next »</a></div>')))
    docs.append(_other(TYPEPAD, "/blog/page/2/", _typepad(u, "The Stackside", "".join(_tp_entry(u, k, w, False)
                                                                                      for k, w in recent[4:]))))
    for c in ("mentoring", "social-media"):
        docs.append(_other(TYPEPAD, f"/blog/{c}/", _typepad(u, f"The Stackside: {c}", "".join(
            _tp_entry(u, k, w, False) for k, w in recent if c in TP_CATS[k]))))
    docs.append(_other(TYPEPAD, "/blog/2024/03/index.html", _typepad(u, "The Stackside: March 2024", "".join(
        _tp_entry(u, k, w, False) for k, w in recent if w.date.startswith("2024-03")))))
    docs.append(_other(TYPEPAD, "/blog/archives.html", _typepad(u, "The Stackside: Archives", '<h2 class="archive-'
                                                                 'header">Archives</h2><ul class="archive-list">'
                                                                 + _li(u, [w for _, w in keyed]) + "</ul>")))
    docs.append(_other(TYPEPAD, "/about.html", _typepad(u, "About", "<h2>About</h2><p>School librarian in a "
                                                         "middle school for fifteen years.</p>")))
    docs.append(_other(TYPEPAD, "/profile.html", _typepad(u, "Dana Whitcombe's Profile", '<div class="profile">'
                                                           '<h2>Dana Whitcombe</h2><p>Member since 2008</p></div>')))
    docs.append(_other(TYPEPAD, "/blog/2022/01/gone.html", _typepad(u, "404 Not Found", "<h2>Not Found</h2><p>The "
                                                                     "requested URL was not found on this server."
                                                                     "</p>"), status=404))
    return docs


# --- Internet Archive --------------------------------------------------------------------------

def _ia(u, title, main, head=""):
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} : Internet Archive'
            f'</title>{head}<meta name="viewport" content="width=device-width, initial-scale=1.0"></head>'
            f'<body class="navia"><ia-topnav><nav><a href="{u("/")}">Internet Archive</a> '
            f'<a href="{u("/search?query=mentoring")}">Search</a> <a href="{u("/about/")}">About</a> '
            f'<a href="{u("/about/contact")}">Contact</a></nav></ia-topnav><main id="maincontent">'
            f'<div class="container container-ia">{main}</div></main><ia-footer><p>The Internet Archive is a '
            f'non-profit library.</p></ia-footer></body></html>')


def ia(u) -> list[Doc]:
    r, pdfw, annual = WORKS["ia1"], WORKS["ia2"], WORKS["ia3"]
    docs = []
    for w in (r, annual):
        ident = w.path.split("/")[-1]
        dl = (f'<div class="format-group"><a class="format-summary download-pill" href="{u(pdfw.path)}">PDF'
              f'<span class="iconochive-download"></span></a></div>' if w is r else "")
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="website">'
                f'<meta property="og:description" content="{esc(w.paras[0])}"><link rel="canonical" href="{u(w.path)}">'
                f'<meta property="og:image" content="https://archive.example/services/img/{ident}">')
        main = (f'<div class="item-details-metadata"><h1 class="item-title" itemprop="name">{esc(w.title)}</h1>'
                f'<dl class="metadata-definition"><dt>Publication date</dt><dd><span itemprop="datePublished">'
                f'{w.date[:4]}</span></dd></dl><dl><dt>Publisher</dt><dd>{esc(w.author)}</dd></dl><dl><dt>Collection'
                f'</dt><dd><a href="{u("/details/libraryprofession")}">libraryprofession</a></dd></dl><dl><dt>Uploaded'
                f' by</dt><dd><a href="{u("/details/@nln_uploads")}">nln_uploads</a></dd></dl>'
                f'<div id="descript" itemprop="description">{ps(w.paras)}</div></div>'
                f'<section class="boxy item-download-options"><div class="download-options-header">DOWNLOAD OPTIONS'
                f'</div>{dl}</section><div class="item-reviews"><h2>Reviews</h2><p>There are no reviews yet.</p></div>')
        docs.append(Doc(w.host, w.path, w.kind, w.grade, _ia(u, w.title, main, head).encode()))
    docs.append(Doc(pdfw.host, pdfw.path, pdfw.kind, pdfw.grade, pdf(list(pdfw.paras)),
                    content_type="application/pdf"))
    tiles = "".join(f'<article class="item-tile"><a href="{u(w.path)}" title="{esc(w.title)}"><h4>{esc(w.title)}'
                    f'</h4></a></article>' for w in (r, annual))
    docs.append(_other(IA, "/", _ia(u, "Internet Archive: Digital Library", '<h1>Explore the Collections</h1>'
                                    f'<a href="{u("/details/libraryprofession")}">Library profession</a>')))
    docs.append(_other(IA, "/details/libraryprofession", _ia(u, "Library profession", '<collection-page><h1>'
                                                             'Library profession</h1><p>Reports and newsletters of '
                                                             'library associations.</p><infinite-scroller>' + tiles
                                                             + f'<article class="item-tile"><a href="'
                                                             f'{u("/details/missing-report-2019")}">Regional staff '
                                                             f'survey 2019</a></article></infinite-scroller>'
                                                             '</collection-page>')))
    docs.append(_other(IA, "/search?query=mentoring", _ia(u, "Search: mentoring", "<h1>Search results</h1>"
                                                          + tiles[:tiles.index("</article>") + 10])))
    docs.append(_other(IA, "/details/@nln_uploads", _ia(u, "nln_uploads", '<h1>nln_uploads</h1><p>Uploads of the '
                                                        'Northern Library Network.</p>' + tiles)))
    docs.append(_other(IA, "/about/", _ia(u, "About IA", "<h1>About the Internet Archive</h1><p>Universal access "
                                          "to all knowledge.</p>")))
    docs.append(_other(IA, "/about/contact", _ia(u, "Contact", "<h1>Contact us</h1><p>Write to info at the archive."
                                                 "</p>")))
    docs.append(_other(IA, "/details/missing-report-2019", _ia(u, "Item not available", '<div class="container-ia">'
                                                               '<h1>Item not available</h1><p>The item is not '
                                                               'available due to issues with the item\'s content.'
                                                               '</p></div>'), status=404))
    return docs


# --- Wikipedia-like ----------------------------------------------------------------------------

def _wiki(u, title, main, head="", tabs="", cats=""):
    return (f'<!DOCTYPE html><html class="client-nojs" lang="en-simple" dir="ltr"><head><meta charset="UTF-8">'
            f'<title>{esc(title)} - Wikilib, the free encyclopedia</title>{head}'
            f'<meta name="generator" content="MediaWiki 1.42.0-wmf.5"></head><body class="skin-vector-2022 '
            f'mediawiki ltr ns-0 page-{esc(title.replace(" ", "_"))}"><div class="vector-header-container"><header '
            f'class="vector-header mw-header"><a href="{u("/wiki/Main_Page")}" class="mw-logo">Wikilib</a>'
            f'<form action="{u("/wiki/Special:Search")}" id="searchform"><input name="search"></form></header></div>'
            f'<div class="mw-page-container"><nav id="mw-panel"><ul><li id="n-mainpage-description"><a '
            f'href="{u("/wiki/Main_Page")}">Main page</a></li><li id="n-aboutsite"><a href="{u("/wiki/Wikilib:About")}">'
            f'About Wikilib</a></li><li id="n-contactpage"><a href="{u("/wiki/Wikilib:Contact_us")}">Contact us</a>'
            f'</li></ul></nav><div class="mw-content-container"><main id="content" class="mw-body">'
            f'<h1 id="firstHeading" class="firstHeading mw-first-heading">{esc(title)}</h1>{tabs}'
            f'<div id="bodyContent" class="vector-body"><div id="mw-content-text" class="mw-body-content"><div '
            f'class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">{main}</div></div>{cats}</div></main>'
            f'</div></div><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-copyright">'
            f'Text is available under the Creative Commons Attribution-ShareAlike License.</li></ul></footer>'
            f'</body></html>')


def _tabs(u, page):
    return (f'<div class="vector-page-toolbar"><ul><li id="ca-nstab-main"><a href="{u("/wiki/" + page)}">Article</a>'
            f'</li><li id="ca-talk"><a href="{u("/wiki/Talk:" + page)}" rel="discussion">Talk</a></li>'
            f'<li id="ca-history"><a href="{u("/w/index.php?title=" + page + "&action=history")}">View history</a>'
            f'</li></ul></div>')


def wiki(u) -> list[Doc]:
    w1, w2, w3 = WORKS["w1"], WORKS["w2"], WORKS["w3"]
    page = "Mentoring_in_librarianship"
    cat = (f'<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks"><a href="{u("/wiki/Special:Categories")}"'
           f' rel="nofollow">Categories</a>: <ul><li><a href="{u("/wiki/Category:Librarianship")}">Librarianship</a></li>'
           f'<li><a href="{u("/wiki/Category:Mentoring")}">Mentoring</a></li></ul></div></div>')
    head = f'<link rel="canonical" href="{u(w1.path)}">'
    main1 = (f'<p><b>Mentoring in librarianship</b> {esc(w1.paras[0][len("Mentoring in librarianship "):])}</p>'
             f'<div id="toc" class="toc"><h2>Contents</h2></div><h2><span class="mw-headline" id="Online">Online '
             f'mentoring</span></h2><p>{esc(w1.paras[1])}<sup class="reference"><a href="#cite_note-1">[1]</a></sup>'
             f'</p><h2><span class="mw-headline" id="See_also">See also</span></h2><ul><li><a href="{u(w3.path)}">'
             f'Mentor</a></li><li><a href="{u("/wiki/E-mentoring_schemes")}">E-mentoring schemes</a></li></ul>'
             f'<h2><span class="mw-headline" id="References">References</span></h2><div class="reflist"><ol '
             f'class="references"><li id="cite_note-1"><span class="reference-text"><cite class="citation journal">'
             f'Okafor, N. (2023). "Informal learning and advice seeking among medical librarians". <a '
             f'rel="nofollow" class="external text" href="{u("/wiki/Special:BookSources")}"></a></cite> <a '
             f'class="external" href="{_URL[0](EPMC, "/article/MED/36977012")}">Europe PMC</a></span></li></ol></div>')
    docs = [_work(w1, _wiki(u, w1.title, main1, head, _tabs(u, page), cat)),
            _work(w2, _wiki(u, w2.title, f'<div class="mw-talkpageheader"><p>This is the talk page for discussing '
                                         f'improvements to the <a href="{u(w1.path)}">{esc(w1.title)}</a> article.</p>'
                                         f'</div><h2><span class="mw-headline" id="Sources">Sources</span></h2>'
                                         f'<dl><dd>{esc(w2.paras[0])} — <a href="{u("/wiki/User:Shelfwise")}">'
                                         f'Shelfwise</a> 10:02, 10 May 2024 (UTC)</dd></dl>', "", _tabs(u, page))),
            _work(w3, _wiki(u, w3.title, f"<p>{esc(w3.paras[0])}</p>", f'<link rel="canonical" href="{u(w3.path)}">',
                            "", cat))]
    docs.append(_other(WIKI, "/wiki/Main_Page", _wiki(u, "Main Page", f'<div id="mp-tfa"><h2>Selected article</h2>'
                                                      f'<p><a href="{u(w1.path)}">{esc(w1.title)}</a></p></div>'
                                                      f'<p>Search: <a href="{u("/wiki/Special:Search?search=mentoring")}">'
                                                      f'mentoring</a></p>')))
    docs.append(_other(WIKI, f"/w/index.php?title={page}&action=history", _wiki(
        u, "Mentoring in librarianship: Revision history", f'<ul id="pagehistory" class="mw-contributions-list">'
        f'<li data-mw-revid="1190"><a class="mw-changeslist-date" href="{u(w1.path)}">10:00, 2 May 2024</a> '
        f'<span class="history-user"><a href="{u("/wiki/User:Shelfwise")}" class="mw-userlink">Shelfwise</a></span>'
        f' <span class="comment">added online section</span></li></ul>')))
    for c, ws in (("Librarianship", [w1, w3]), ("Mentoring", [w1, w3])):
        docs.append(_other(WIKI, "/wiki/Category:" + c, _wiki(u, "Category:" + c, '<div id="mw-pages"><h2>Pages in '
                                                             f'category "{c}"</h2><ul>' + _li(u, ws) + "</ul></div>")))
    docs.append(_other(WIKI, "/wiki/Special:Search?search=mentoring", _wiki(
        u, "Search results", '<ul class="mw-search-results">' + _li(u, [w1, w3]) + "</ul>")))
    docs.append(_other(WIKI, "/wiki/Wikilib:About", _wiki(u, "Wikilib:About", "<p>Wikilib is a free encyclopedia in "
                                                          "simple English.</p>")))
    docs.append(_other(WIKI, "/wiki/Wikilib:Contact_us", _wiki(u, "Wikilib:Contact us", "<p>Readers can reach the "
                                                               "volunteer response team by email.</p>")))
    docs.append(_other(WIKI, "/wiki/User:Shelfwise", _wiki(u, "User:Shelfwise", "<p>Hi, I edit articles about "
                                                           "libraries.</p>")))
    docs.append(_other(WIKI, "/wiki/E-mentoring_schemes", _wiki(u, "E-mentoring schemes", '<div class="noarticletext '
                                                                'mw-content-ltr"><p><b>Wikilib does not have an '
                                                                'article with this exact name.</b></p></div>'),
                       status=404))
    return docs


# --- Europe PMC-like ---------------------------------------------------------------------------

def _epmc(u, title, main, head=""):
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} - Europe PMC</title>'
            f'{head}<meta name="viewport" content="width=device-width,initial-scale=1"></head><body><div id="app">'
            f'<header id="epmc_header"><a href="{u("/")}" class="logo">Europe PMC</a><nav><a href="{u("/about")}">'
            f'About</a> <a href="{u("/help/contact")}">Contact us</a> <a href="{u("/search?query=librarian%20mentoring")}">'
            f'Search</a></nav></header><main id="main-content">{main}</main><footer id="epmc_footer"><p>Europe PMC is '
            f'an ELIXIR Core Data Resource.</p><div id="cookie-banner">This website uses cookies. <button>Accept'
            f'</button></div></footer></div></body></html>')


def epmc(u) -> list[Doc]:
    ws = _works(EPMC)
    docs = []
    for w in ws:
        pmid = w.path.split("/")[-1]
        authors = [a.strip() for a in w.author.split(",")]
        head = (f'<meta name="citation_title" content="{esc(w.title)}">'
                + "".join(f'<meta name="citation_author" content="{esc(a)}">' for a in authors)
                + f'<meta name="citation_publication_date" content="{w.date.replace("-", "/")}">'
                f'<meta name="citation_journal_title" content="Journal of the Medical Library Association">'
                f'<meta name="citation_pmid" content="{pmid}"><meta name="citation_abstract_html_url" '
                f'content="{u(w.path)}"><link rel="canonical" href="{u(w.path)}">')
        auth = ", ".join(f'<a href="{u("/authors/Okafor%20N")}">{esc(a)}</a>' if a == "Okafor N" else esc(a)
                         for a in authors)
        refs = (f'<li>Unpublished trial. <a href="{u("/article/MED/30000000")}">Europe PMC</a></li>'
                if w is ws[-1] else "")
        main = (f'<div class="article-metadata"><h1 id="article--title">{esc(w.title)}</h1><div class="authors">'
                f'{auth}</div><div class="citation">J Med Libr Assoc. {w.date[:4]}. PMID: {pmid}</div></div>'
                f'<div id="article--abstract"><h3>Abstract</h3><div class="abstract-content">{esc(w.paras[0])}</div>'
                f'</div><div id="fulltext--container"><section id="sec1"><h2>Full text</h2>{ps(w.paras)}</section>'
                f'<section id="ref-list"><h2>References</h2><ol>{refs}<li>Other references unavailable.</li></ol>'
                f'</section></div>')
        docs.append(_work(w, _epmc(u, w.title, main, head)))
    docs.append(_other(EPMC, "/", _epmc(u, "Europe PMC", '<h1>Europe PMC</h1><p>Search life-sciences literature.</p>'
                                        f'<a href="{u("/search?query=librarian%20mentoring")}">Try: librarian mentoring'
                                        '</a>')))
    docs.append(_other(EPMC, "/search?query=librarian%20mentoring", _epmc(
        u, "Search results", '<h1>Search results</h1><ul class="search-results">'
        + _li(u, ws, lambda w: f' <span class="authors">{esc(w.author)}</span>') + "</ul>")))
    docs.append(_other(EPMC, "/about", _epmc(u, "About", "<h1>About Europe PMC</h1><p>A free database of articles."
                                             "</p>")))
    docs.append(_other(EPMC, "/help/contact", _epmc(u, "Contact us", "<h1>Contact us</h1><p>Use the helpdesk form."
                                                    "</p>")))
    docs.append(_other(EPMC, "/authors/Okafor%20N", _epmc(u, "Okafor N", '<h1>Okafor N</h1><p>Author profile</p><ul>'
                                                          + _li(u, [w for w in ws if "Okafor" in w.author])
                                                          + f'</ul><a href="{_URL[0](ORCID, "/0000-0002-4417-0831")}">'
                                                          'ORCID</a>')))
    docs.append(_other(EPMC, "/article/MED/30000000", _epmc(u, "Europe PMC", '<div class="error-page"><h1>Sorry, '
                                                            'we could not find the article</h1><p>It may have been '
                                                            'removed or the ID is wrong.</p></div>')))
    return docs


# --- ORCID-like --------------------------------------------------------------------------------

def _orcid(u, title, main):
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title></head><body>'
            f'<app-root><header><a href="{u("/")}">ORCID</a> <a href="{u("/about")}">About</a> '
            f'<a href="{u("/orcid-search/search?searchQuery=mentoring")}">Search</a></header><main>{main}</main>'
            f'<footer>ORCID is a non-profit.</footer></app-root></body></html>')


def orcid(u) -> list[Doc]:
    def e(p):
        return _URL[0](EPMC, p)
    ws = _works(EPMC)
    people = {"/0000-0002-4417-0831": ("Nkechi Okafor", [w for w in ws if "Okafor" in w.author]),
              "/0000-0003-1290-5586": ("Rose Baptiste", [ws[1]])}
    docs = []
    for path, (name, works) in people.items():
        items = "".join(f'<app-work-stack><h4 class="work-title">{esc(w.title)}</h4><div class="general-data">'
                        f'{w.date[:4]} | journal-article</div><a href="{e(w.path)}">PMID: {w.path.split("/")[-1]}</a>'
                        f'</app-work-stack>' for w in works)
        docs.append(_other(ORCID, path, _orcid(u, f"{name} ({path[1:]}) - ORCID", f'<section id="names"><h1>{name}'
                                               f'</h1><p>https://orcid.example{path}</p></section><section id="works">'
                                               f'<h2>Works ({len(works)})</h2>{items}</section>')))
    links = "".join(f'<li><a href="{u(p)}">{n}</a></li>' for p, (n, _) in people.items())
    docs.append(_other(ORCID, "/", _orcid(u, "ORCID", f"<h1>Distinguish yourself</h1><ul>{links}</ul>")))
    docs.append(_other(ORCID, "/about", _orcid(u, "About ORCID", "<h1>About</h1><p>Persistent identifiers for "
                                               "researchers.</p>")))
    docs.append(_other(ORCID, "/orcid-search/search?searchQuery=mentoring", _orcid(u, "Search", f"<h1>Results</h1>"
                                                                                   f"<ul>{links}</ul>")))
    return docs


# --- Mobilizon ---------------------------------------------------------------------------------

def _mobi(u, title, main, head=""):
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>{head}'
            f'<meta name="server-injected" content="true"></head><body><div id="app"><nav class="bg-white">'
            f'<a href="{u("/")}">GLAM Folk Meet</a> <a href="{u("/search?term=mentoring")}">Explore</a> '
            f'<a href="{u("/about/instance")}">About</a></nav><main>{main}</main><footer><a '
            f'href="{u("/about/instance")}">About this instance</a> Powered by Mobilizon</footer></div></body></html>')


MOBI_GROUP = {"m1": "mentoringcircle", "m2": "mentoringcircle", "m3": "riversidemakers", "m4": "mentoringcircle"}


def mobi(u) -> list[Doc]:
    keyed = [(k, w) for k, w in WORKS.items() if w.host == MOBI]
    docs = []
    for k, w in keyed:
        g = MOBI_GROUP[k]
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="website">'
                f'<meta property="og:description" content="{esc(w.paras[0][:200])}"><link rel="alternate" '
                f'type="application/activity+json" href="{u(w.path)}">'
                + _ld({"@context": "https://schema.org", "@type": "Event", "name": w.title, "startDate":
                       w.date + "T18:00:00Z", "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
                       "organizer": {"@type": "Organization", "name": w.author}, "description": " ".join(w.paras)}))
        tag = f'<a href="{u("/tag/mentoring")}">#mentoring</a>' if g == "mentoringcircle" else ""
        main = (f'<div class="event-page"><div class="date-calendar-icon">{w.date}</div><h1 class="title">'
                f'{esc(w.title)}</h1><span class="organizer">Organised by <a href="{u("/@" + g)}">{esc(w.author)}</a>'
                f'</span><div class="tags">{tag}</div><section class="event-description"><h2>About this event</h2>'
                f'<div class="description-content">{ps(w.paras)}</div></section><section class="comments">'
                f'<h2>Comments</h2><p>No comments yet</p></section></div>')
        docs.append(_work(w, _mobi(u, f"{w.title} - GLAM Folk Meet", main, head)))
    circle = [w for k, w in keyed if MOBI_GROUP[k] == "mentoringcircle"]
    cards = lambda ws: "".join(f'<a class="event-card" href="{u(w.path)}"><span class="date">{w.date}</span>'
                               f'<h3>{esc(w.title)}</h3></a>' for w in ws)
    docs.append(_other(MOBI, "/", _mobi(u, "GLAM Folk Meet", f'<h1>Upcoming events</h1>{cards([w for _, w in keyed])}'
                                        f'<h2>Groups</h2><a href="{u("/@mentoringcircle")}">GLAM Folk Mentoring Circle'
                                        f'</a> <a href="{u("/@riversidemakers")}">Riverside Makers</a>')))
    docs.append(_other(MOBI, "/@mentoringcircle", _mobi(u, "GLAM Folk Mentoring Circle", '<div class="group-page"><h1>'
                                                        'GLAM Folk Mentoring Circle</h1><p>@mentoringcircle@meet.glamfolk'
                                                        '.example</p><p>Volunteers running online events for people in '
                                                        'galleries, libraries, archives and museums.</p>'
                                                        + cards(circle[:2]) + f'<a href="{u("/@mentoringcircle/events")}">'
                                                        'View all events</a></div>')))
    docs.append(_other(MOBI, "/@mentoringcircle/events", _mobi(u, "Events - GLAM Folk Mentoring Circle",
                                                               "<h1>Events</h1>" + cards(circle)
                                                               + f'<h2>Past events</h2><a class="event-card" href="'
                                                               f'{u("/events/00000000-0000-0000-0000-000000000000")}">'
                                                               'Spring mixer</a>')))
    docs.append(_other(MOBI, "/@riversidemakers", _mobi(u, "Riverside Makers", "<h1>Riverside Makers</h1><p>A craft "
                                                        "collective.</p>" + cards([WORKS["m3"]]))))
    docs.append(_other(MOBI, "/search?term=mentoring", _mobi(u, "Explore", "<h1>Explore: mentoring</h1>"
                                                             + cards(circle))))
    docs.append(_other(MOBI, "/tag/mentoring", _mobi(u, "#mentoring", "<h1>#mentoring</h1>" + cards(circle))))
    docs.append(_other(MOBI, "/about/instance", _mobi(u, "About this instance", "<h1>About this instance</h1><p>A "
                                                      "Mobilizon instance for GLAM workers. Registrations open.</p>")))
    docs.append(_other(MOBI, "/events/00000000-0000-0000-0000-000000000000", _mobi(
        u, "Page not found - GLAM Folk Meet", "<h1>Event not found</h1><p>The page you're looking for doesn't exist."
        "</p>"), status=404))
    return docs


# --- Funkwhale ---------------------------------------------------------------------------------

def _funk(u, title, main, head=""):
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>{head}'
            f'<link rel="manifest" href="/front/manifest.json"></head><body><div id="app"><aside class="ui sidebar">'
            f'<a class="logo" href="{u("/")}">hushcast</a><nav><a href="{u("/search?q=mentoring")}">Search</a> '
            f'<a href="{u("/channels/stacksafterdark")}">Stacks After Dark</a> <a href="{u("/about")}">About</a>'
            f'</nav></aside><main class="main pusher">{main}</main></div><noscript>Funkwhale needs JavaScript.'
            f'</noscript></body></html>')


def funk(u) -> list[Doc]:
    ws = _works(FUNK)
    docs = []
    for w in ws:
        tid = w.path.split("/")[-1]
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="music.song">'
                f'<meta property="og:audio" content="{u("/api/v1/listen/" + tid)}"><meta property="og:url" '
                f'content="{u(w.path)}"><link rel="alternate" type="application/json+oembed" '
                f'href="{u("/api/v1/oembed?url=" + w.path)}">')
        main = (f'<section class="ui vertical stripe segment track-detail"><h1 class="ui header">{esc(w.title)}</h1>'
                f'<div class="sub header">From album <a href="{u("/library/albums/88")}">Stacks After Dark, season 2'
                f'</a> by <a href="{u("/channels/stacksafterdark")}">{esc(w.author)}</a></div><audio controls '
                f'preload="none"><source src="{u("/api/v1/listen/" + tid)}" type="audio/mpeg"></audio>'
                f'<div class="description rendered">{ps(w.paras)}</div><div class="tags"><a '
                f'href="{u("/library/tags/librarianship")}">#librarianship</a></div><table class="ui table"><tr>'
                f'<td>Published</td><td>{w.date}</td></tr><tr><td>Licence</td><td>CC BY-SA 4.0</td></tr></table>'
                f'</section>')
        docs.append(_work(w, _funk(u, f"{w.title} – hushcast", main, head)))
    tracks = "<ol class='track-table'>" + _li(u, ws) + "</ol>"
    docs.append(_other(FUNK, "/", _funk(u, "hushcast", f'<h1>Recently added</h1>{tracks}<a href="'
                                        f'{u("/library/tags/librarianship")}">#librarianship</a>')))
    docs.append(_other(FUNK, "/channels/stacksafterdark", _funk(u, "Stacks After Dark – hushcast", '<div class="channel'
                                                                '-header"><h1>Stacks After Dark</h1><p>A podcast by '
                                                                'and for library workers.</p></div>' + tracks
                                                                + f'<a href="{u("/library/albums/88")}">Season 2</a>')))
    docs.append(_other(FUNK, "/library/albums/88", _funk(u, "Stacks After Dark, season 2", "<h1>Season 2</h1>" + tracks)))
    docs.append(_other(FUNK, "/search?q=mentoring", _funk(u, "Search – hushcast", "<h1>Search</h1>"
                                                          + "<ol>" + _li(u, ws[:1]) + "</ol>")))
    docs.append(_other(FUNK, "/library/tags/librarianship", _funk(u, "#librarianship – hushcast", "<h1>#librarianship"
                                                                  "</h1>" + tracks)))
    docs.append(_other(FUNK, "/about", _funk(u, "About this pod – hushcast", "<h1>About this pod</h1><p>A small "
                                             "Funkwhale server for library podcasts.</p>")))
    return docs


def build(url: Callable[[str, str], str]) -> list[Doc]:
    def on(host):
        return lambda path: url(host, path)
    _URL[:] = [url]
    return (quarto(on(QUARTO)) + jbook(on(JBOOK)) + dream(on(DREAM)) + typepad(on(TYPEPAD)) + ia(on(IA))
            + wiki(on(WIKI)) + epmc(on(EPMC)) + orcid(on(ORCID)) + mobi(on(MOBI)) + funk(on(FUNK)))


class LabelledWeb39(ServedWeb):
    """Web 39 (see the module docstring)."""

    HOSTS = HOSTS
    START = {JBOOK: "/intro.html", TYPEPAD: "/blog/", WIKI: "/wiki/Main_Page"}
    FIRST_ADDRESS = 452
    build = staticmethod(build)
