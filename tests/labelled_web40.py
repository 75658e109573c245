"""Web 40: a held-out labelled web of 128 pages on ten hosts, built from the labels and texts of
:mod:`tests.labelled_text40` (written and committed first).

Platforms, their markup reduced: an Obsidian Publish site (a server-side fallback of each note, one note whose
text is only in the client's JSON preload, a soft 404 served 200 by the app shell), a Bookdown book (GitBook
style, a summary sidebar, seed ``/index.html``), a Hubzilla channel (seed ``/channel/ronanvey``), a
Hypothes.is-like annotation stream, an Are.na user and channels of blocks, a Pinboard-like bookmarking site, a
Zotero group library (COinS, seed its group page), a CORE-like aggregator (``citation_*`` tags and a PDF), a
Fulcrum-like ebook platform and a regional library network's Kirby CMS site (URL parameters, an Event's JSON-LD,
an annual report's PDF linked only from its about page).
"""

from __future__ import annotations

import json
import zlib
from typing import Callable

from tests.labelled_text40 import (ANNO, ARENA, BOOK, CORE, FULC, HOSTS, HUB, NET, NOTES, OTHER, PIN, WORKS, ZOT,
                                   Work)
from tests.labelled_web import Doc, ServedWeb, esc, pdf, ps

KIND = {(h, p): k for h, p, k in OTHER}


def _works(host: str) -> list[Work]:
    return [w for w in WORKS.values() if w.host == host]


def _ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _other(host: str, path: str, body: str, status: int = 200) -> Doc:
    return Doc(host, path, KIND[(host, path)], 0, body.encode(), status=status)


def _work(w: Work, body: str) -> Doc:
    return Doc(w.host, w.path, w.kind, w.grade, body.encode())


def _a(u, path: str, text: str, attrs: str = "", cls: str = "", ident: str = "") -> str:
    attrs += (f' class="{cls}"' if cls else "") + (f' id="{ident}"' if ident else "")
    return f'<a href="{esc(u(path))}"{attrs}>{esc(text)}</a>'


def _og(u, w: Work, typ: str = "article") -> str:
    return (f'<meta property="og:type" content="{typ}"><meta property="og:title" content="{esc(w.title)}">'
            f'<meta property="og:description" content="{esc(w.paras[0][:180])}">'
            f'<meta property="og:url" content="{esc(u(w.path))}"><link rel="canonical" href="{esc(u(w.path))}">')


# --- Obsidian Publish --------------------------------------------------------------------------

def _obs(u, title: str, main: str, preload: dict | None = None, head: str = "") -> str:
    tree = "".join(f'<div class="tree-item-self"><a class="tree-item-inner" href="{esc(u(w.path))}">{esc(w.title)}'
                   f'</a></div>' for w in _works(NOTES))
    pre = (f'<script>window.preloadPage=fetch("{esc(u("/access/quill/" + title))}");'
           f'window.siteInfo={{"uid":"quillstack","host":"publish-01.obsidian.md"}};'
           f'window.preloadData={json.dumps(preload or {})};</script>')
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)} - Quill Stack</title>'
            f'<meta name="viewport" content="width=device-width,initial-scale=1"><base href="{esc(u("/"))}">'
            f'<link rel="stylesheet" href="https://publish.obsidian.md/app.css">{head}{pre}'
            f'<script defer src="https://publish.obsidian.md/app.js"></script></head>'
            f'<body class="theme-light publish css-settings-manager"><div class="published-container '
            f'has-navigation"><div class="site-header"><a class="site-header-logo" href="{esc(u("/"))}">Quill Stack'
            f'</a></div><div class="site-body"><div class="site-body-left-column"><div class="nav-view-outer">'
            f'<div class="nav-view"><div class="tree-item">{_a(u, "/Career", "Career")}</div>'
            f'<div class="tree-item">{_a(u, "/Reading", "Reading")}</div>{tree}'
            f'<div class="tree-item">{_a(u, "/About", "About")}</div></div></div></div>'
            f'<div class="site-body-center-column"><div class="render-container"><div class="publish-renderer">'
            f'<div class="markdown-preview-view markdown-rendered node-insert-event"><div '
            f'class="markdown-preview-sizer markdown-preview-section">{main}</div></div></div></div></div></div>'
            f'<div class="site-footer">Powered by <a href="https://obsidian.md/publish">Obsidian Publish</a></div>'
            f'</div></body></html>')


def obsidian(u) -> list[Doc]:
    ws = _works(NOTES)
    docs = []
    for w in ws:
        props = (f'<div class="frontmatter-container"><div class="frontmatter-section"><span class="frontmatter-'
                 f'section-label">tags</span> {_a(u, "/Tags/mentoring", "#mentoring", cls="tag")}</div>'
                 f'<div class="frontmatter-section">created {w.date}</div></div>')
        folder = w.path.split("/")[1]
        back = f'<div class="backlinks"><h4>Links to this page</h4>{_a(u, "/" + folder, folder, cls="internal-link")}</div>'
        if w.title == "Why I left the platform":
            # rendered only by the client: the note's markdown is in the preload JSON, the fallback is empty
            md = "\n\n".join(w.paras)
            main = f'<div class="mod-header"><div class="page-header">{esc(w.title)}</div></div>{back}'
            body = _obs(u, w.title, main, {"path": w.path.strip("/") + ".md", "markdown": md,
                                           "frontmatter": {"created": w.date, "author": w.author}},
                        _og(u, w))
        else:
            main = (f'<div class="mod-header"><div class="page-header">{esc(w.title)}</div>{props}</div>'
                    f'<div><h1 data-heading="{esc(w.title)}">{esc(w.title)}</h1></div>'
                    + "".join(f"<div>{ps([x])}</div>" for x in w.paras)
                    + f'<div class="mod-footer">{back}</div>')
            body = _obs(u, w.title, main, None, _og(u, w) + f'<meta name="author" content="{esc(w.author)}">')
        docs.append(_work(w, body))

    def listing(path, heading, items):
        main = f"<h1>{esc(heading)}</h1><ul>" + "".join(
            f'<li><a class="internal-link" href="{esc(u(w.path))}">{esc(w.title)}</a></li>' for w in items) + "</ul>"
        return _other(NOTES, path, _obs(u, heading, main))

    career = [w for w in ws if "/Career/" in w.path]
    docs.append(listing("/", "Quill Stack: notes of an archivist", ws))
    docs.append(listing("/Career", "Career", career))
    docs.append(listing("/Reading", "Reading", [w for w in ws if "/Reading/" in w.path]))
    docs.append(listing("/Tags/mentoring", "#mentoring", career[:2]))
    docs.append(_other(NOTES, "/About", _obs(u, "About", "<h1>About</h1><p>Working notes of Petra Laine, records "
                                                       "archivist. Published from my vault; some notes are drafts. "
                                                       f'An older note moved: {_a(u, "/Career/Old+note", "Old note")}'
                                                       "</p>")))
    # the app shell answers 200 for a note that is not there; the client says "Not found"
    docs.append(_other(NOTES, "/Career/Old+note", _obs(
        u, "Not found", '<div class="not-found-container"><div class="not-found-title">Not found</div>'
        '<div class="not-found-description">This page does not exist.</div></div>')))
    return docs


# --- Bookdown (GitBook style) --------------------------------------------------------------------

BOOK_TITLE = "Learning the Trade: Advice, Mentoring and Networks in Library Work"
CHAPTERS = ["/intro.html", "/data.html", "/online-mentoring.html", "/buddy-schemes.html", "/references.html"]


def _bookdown(u, title: str, section: str, path: str, head: str = "") -> str:
    by = {w.path: w for w in _works(BOOK)}
    summary = [f'<li><a href="index.html">{esc(BOOK_TITLE)}</a></li><li class="divider"></li>',
               f'<li class="chapter" data-level="" data-path="index.html"><a href="index.html"><i class="fa '
               f'fa-check"></i>Preface</a></li>']
    for n, p in enumerate(CHAPTERS, 1):
        w = by[p]
        active = " active" if p == path else ""
        summary.append(f'<li class="chapter{active}" data-level="{n}" data-path="{p[1:]}"><a href="{p[1:]}">'
                       f'<i class="fa fa-check"></i><b>{n}</b> {esc(w.title.split(" ", 2)[-1])}</a></li>')
    summary.append('<li class="appendix"><span><b>Appendix</b></span></li>'
                   '<li class="chapter" data-level="A" data-path="about-the-authors.html"><a href="about-the-'
                   'authors.html"><b>A</b> About the authors</a></li><li class="chapter" data-level="B" '
                   'data-path="appendix-contacts.html"><a href="appendix-contacts.html"><b>B</b> Contacts</a></li>'
                   '<li class="divider"></li><li><a href="https://github.com/rstudio/bookdown" target="blank">'
                   'Published with bookdown</a></li>')
    idx = CHAPTERS.index(path) if path in CHAPTERS else -1
    nav = ""
    if idx > 0:
        nav += f'<a href="{CHAPTERS[idx - 1][1:]}" class="navigation navigation-prev " aria-label="Previous page"><i class="fa fa-angle-left"></i></a>'
    if 0 <= idx < len(CHAPTERS) - 1:
        nav += f'<a href="{CHAPTERS[idx + 1][1:]}" class="navigation navigation-next " aria-label="Next page"><i class="fa fa-angle-right"></i></a>'
    return (f'<!DOCTYPE html><html lang="" xml:lang=""><head><meta charset="utf-8">'
            f'<meta http-equiv="X-UA-Compatible" content="IE=edge"><title>{esc(title)} | {esc(BOOK_TITLE)}</title>'
            f'<meta name="description" content="{esc(title)} | {esc(BOOK_TITLE)}">'
            f'<meta name="generator" content="bookdown 0.37 and GitBook 2.6.7">'
            f'<meta property="og:title" content="{esc(title)} | {esc(BOOK_TITLE)}"><meta property="og:type" '
            f'content="book"><meta name="author" content="Grace Oyelaran and Hamid Sato">'
            f'<meta name="date" content="2023-11-01">{head}'
            f'<link href="libs/gitbook-2.6.7/css/style.css" rel="stylesheet"></head><body>'
            f'<div class="book without-animation with-summary font-size-2 font-family-1" data-basepath=".">'
            f'<div class="book-summary"><nav role="navigation"><ul class="summary">{"".join(summary)}</ul></nav>'
            f'</div><div class="book-body"><div class="body-inner"><div class="book-header" role="navigation">'
            f'<h1><i class="fa fa-circle-o-notch fa-spin"></i><a href="index.html">{esc(BOOK_TITLE)}</a></h1></div>'
            f'<div class="page-wrapper" tabindex="-1" role="main"><div class="page-inner">'
            f'<section class="normal" id="section-">{section}</section></div></div></div>{nav}</div></div>'
            f'<script src="libs/gitbook-2.6.7/js/app.min.js"></script><script>gitbook.require(["gitbook"], '
            f'function(gitbook) {{ gitbook.start({{"search": {{"engine": "fuse", "options": null}}}}); }});'
            f'</script></body></html>')


def bookdown(u) -> list[Doc]:
    docs = []
    for w in _works(BOOK):
        num, name = (w.title.split(" ", 2)[1], w.title.split(" ", 2)[2]) if w.title.startswith("Chapter") else ("", w.title)
        sec = w.path[1:-5]
        head = f'<h1><span class="header-section-number">Chapter {num}</span> {esc(name)}</h1>' if num else f"<h1>{esc(name)}</h1>"
        body = "".join(f"<p>{esc(x)}</p>" if not x[:2].rstrip(".").replace(".", "").isdigit() else
                       f'<div class="section level2"><h2>{esc(x.split(". ", 1)[0])}</h2><p>{esc(x.split(". ", 1)[1])}</p></div>'
                       for x in w.paras)
        if w.path == "/references.html":
            body = '<div id="refs" class="references csl-bib-body hanging-indent">' + "".join(
                f'<div class="csl-entry">{esc(x)}</div>' for x in w.paras) + "</div>"
        section = f'<div id="{sec}" class="section level1" number="{num}">{head}{body}</div>'
        docs.append(_work(w, _bookdown(u, name, section, w.path)))
    docs.append(_other(BOOK, "/index.html", _bookdown(u, "Preface", (
        '<div id="preface" class="section level1 unnumbered"><h1>Preface</h1><p>This short book reports a study '
        'of how library staff learn from one another. It grew from a conference paper.</p>'
        '<p>The online version is free to read. <a href="search.html">Search the book</a>.</p>'
        '<p><a href="chapter-six.html">Chapter 6 (withdrawn)</a></p></div>'), "/index.html")))
    docs.append(_other(BOOK, "/about-the-authors.html", _bookdown(u, "About the authors", (
        '<div id="about-the-authors" class="section level1"><h1><span class="header-section-number">A</span> '
        'About the authors</h1><p>Grace Oyelaran teaches at a library school. Hamid Sato is a data librarian.</p>'
        '</div>'), "/about-the-authors.html")))
    docs.append(_other(BOOK, "/appendix-contacts.html", _bookdown(u, "Contacts", (
        '<div id="contacts" class="section level1"><h1><span class="header-section-number">B</span> Contacts</h1>'
        '<p>Write to the authors at authors@shelfwork.example or open an issue on the book\'s repository.</p>'
        '</div>'), "/appendix-contacts.html")))
    docs.append(_other(BOOK, "/search.html", _bookdown(u, "Search", (
        '<div id="book-search-results"><div id="book-search-input" role="search"><input type="text" '
        'placeholder="Type to search"></div><div class="search-results"><h1 class="search-results-title">'
        'No results</h1></div></div>'), "/search.html")))
    docs.append(_other(BOOK, "/chapter-six.html", _bookdown(u, "Page not found", (
        '<h1>Page not found</h1><p>The page you requested cannot be found (perhaps it was moved or renamed).</p>'
        '<p>You may want to try searching to find the page\'s new location, or use the table of contents to '
        'find the page you are looking for.</p>'), "/404.html"), status=404))
    return docs


# --- Hubzilla ------------------------------------------------------------------------------------

HANDLE = {"Ronan Vey": "ronanvey", "Ilse Brandt": "ilsebrandt"}


def _hub(u, title: str, main: str, head: str = "", aside: str = "") -> str:
    return (f'<!DOCTYPE html><html prefix="og: http://ogp.me/ns#"><head><title>{esc(title)}</title>'
            f'<meta charset="utf-8"><meta name="generator" content="hubzilla 8.8.4">'
            f'<link rel="alternate" type="application/atom+xml" href="{esc(u("/feed/ronanvey"))}">{head}</head>'
            f'<body><header></header><nav class="navbar fixed-top navbar-expand-lg navbar-dark bg-dark">'
            f'<a class="navbar-brand" href="{esc(u("/channel/ronanvey"))}">Commons Room</a>'
            f'<ul class="navbar-nav"><li class="nav-item">{_a(u, "/help/about/about", "About", cls="nav-link")}'
            f'</li><li class="nav-item"><form action="{esc(u("/search"))}" method="get"><input name="search">'
            f'</form></li></ul></nav><main><aside id="region_1"><div class="widget vcard">'
            f'{_a(u, "/profile/ronanvey", "Ronan Vey", cls="fn")}</div>'
            f'<div class="widget tagcloud-sidebar"><h3>Tags</h3>{_a(u, "/search?tag=mentoring", "mentoring")} '
            f'{_a(u, "/search?tag=archives", "archives")}</div>{aside}</aside>'
            f'<section id="region_2">{main}</section></main></body></html>')


def _hub_item(u, w: Work, full: bool) -> str:
    h = HANDLE[w.author]
    body = ps(w.paras) if full else ps([w.paras[0]])
    return (f'<div id="thread-wrapper-{zlib.crc32(w.path.encode()) % 9000 + 1000}" class="thread-wrapper toplevel_item '
            f'generic-content-wrapper h-entry"><div class="wall-item-outside-wrapper"><div class="wall-item-head">'
            f'<a href="{esc(u("/channel/" + h))}" class="wall-item-name-link u-author h-card">'
            f'<span class="wall-item-name">{esc(w.author)}</span></a> <span class="wall-item-ago">'
            f'<time class="dt-published" datetime="{w.date}T10:00:00Z">{w.date}</time></span></div>'
            f'<div class="wall-item-title p-name"><h3><a href="{esc(u(w.path))}" class="u-url">{esc(w.title)}</a>'
            f'</h3></div><div class="wall-item-content"><div class="wall-item-body e-content">{body}</div></div>'
            f'<div class="body-tags"><span class="tag">#{_a(u, "/search?tag=mentoring", "mentoring")}</span></div>'
            f'</div></div>')


def hubzilla(u) -> list[Doc]:
    ws = _works(HUB)
    docs = []
    for w in ws:
        extra = ""
        if w is ws[2]:
            extra = f'<p class="wall-item-conv">{_a(u, "/item/b64.aHR0cHM6Ly9odWIvaXRlbS85", "in reply to a deleted post")}</p>'
        head = _og(u, w) + f'<meta name="author" content="{esc(w.author)}">'
        docs.append(_work(w, _hub(u, f"{w.title} - Commons Room", _hub_item(u, w, True) + extra, head)))
    ronan = [w for w in ws if w.author == "Ronan Vey"]
    ilse = [w for w in ws if w.author == "Ilse Brandt"]
    pager = f'<div class="pager">{_a(u, "/channel/ronanvey?page=2", "older")}</div>'
    docs.append(_other(HUB, "/channel/ronanvey", _hub(u, "Ronan Vey - Commons Room",
                                                      "".join(_hub_item(u, w, False) for w in ronan[:2]) + pager,
                                                      aside=f'<div class="widget">{_a(u, "/channel/ilsebrandt", "Ilse Brandt")}'
                                                            f' {_a(u, "/search?search=mentor", "search")}</div>')))
    docs.append(_other(HUB, "/channel/ronanvey?page=2", _hub(u, "Ronan Vey - Commons Room",
                                                             "".join(_hub_item(u, w, False) for w in ronan[2:]))))
    docs.append(_other(HUB, "/channel/ilsebrandt", _hub(u, "Ilse Brandt - Commons Room",
                                                        "".join(_hub_item(u, w, False) for w in ilse))))
    docs.append(_other(HUB, "/profile/ronanvey", _hub(u, "Ronan Vey - Commons Room", (
        '<div class="generic-content-wrapper"><div class="section-title-wrapper"><h2>Ronan Vey</h2></div>'
        '<dl class="aprofile"><dt>Location</dt><dd>Galway</dd><dt>About</dt><dd>Special collections, bindings, '
        'bread.</dd></dl></div>'))))
    docs.append(_other(HUB, "/search?tag=mentoring", _hub(u, "Tag: mentoring - Commons Room",
                                                          "".join(_hub_item(u, w, False) for w in (ws[0], ws[4])))))
    docs.append(_other(HUB, "/search?tag=archives", _hub(u, "Tag: archives - Commons Room",
                                                         "".join(_hub_item(u, w, False) for w in (ws[1], ws[3])))))
    docs.append(_other(HUB, "/search?search=mentor", _hub(u, "Search - Commons Room",
                                                          '<h2>Search results for: mentor</h2>'
                                                          + "".join(_hub_item(u, w, False) for w in (ws[0], ws[4])))))
    docs.append(_other(HUB, "/help/about/about", _hub(u, "About - Commons Room", (
        '<div id="doco-content"><h1>About this hub</h1><p>Commons Room is a Hubzilla hub for people who work in '
        'galleries, libraries, archives and museums. Registration by invitation.</p></div>'))))
    docs.append(_other(HUB, "/item/b64.aHR0cHM6Ly9odWIvaXRlbS85", _hub(u, "Not Found - Commons Room",
                                                                       '<h1>Not Found</h1><p>Item not found.</p>'),
                       status=404))
    return docs


# --- Hypothes.is-like stream -----------------------------------------------------------------------

SOURCES = {"an1": "Mentoring in academic libraries", "an2": "Librarians on social media",
           "an3": "Shelving standards", "an4": "Peer mentoring for archivists", "an5": "Teacher induction programmes"}


def _h(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>{esc(title)} | Marginal</title>'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">{head}'
            f'<link rel="stylesheet" href="/assets/styles/site.css"></head><body><header class="nav-bar">'
            f'<div class="nav-bar__content">{_a(u, "/", "Marginal", cls="nav-bar__logo-container")}'
            f'<form class="search-bar" action="{esc(u("/search"))}" method="GET"><input class="search-bar__input" '
            f'name="q" placeholder="Search"></form><nav class="nav-bar-links">{_a(u, "/about", "About")} '
            f'{_a(u, "/contact", "Contact")}</nav></div></header><main class="search-result-container">{main}</main>'
            f'<div class="cookie-banner" role="dialog">We use cookies to keep you signed in. <button>OK</button></div>'
            f'</body></html>')


def _card(u, key: str, w: Work, tags=("mentoring", "libraries")) -> str:
    quote, note = w.paras[0], w.paras[1]
    tag = "".join(f'<li class="annotation-card__tag">{_a(u, "/search?q=tag%3A" + t, t, cls="annotation-card__tag-link")}</li>'
                  for t in tags)
    return (f'<article class="annotation-card"><header class="annotation-card__header"><div '
            f'class="annotation-card__user">{_a(u, "/users/" + w.author, w.author, cls="annotation-card__username")}'
            f'</div><div class="annotation-card__timestamp"><a href="{esc(u(w.path))}" title="{w.date}">'
            f'{w.date}</a></div></header><section class="annotation-card__title">on '
            f'<a class="annotation-card__source" href="https://journals.example/{key}">{esc(SOURCES[key])}</a></section>'
            f'<blockquote class="annotation-card__quote">{esc(quote.removeprefix("Quoted: "))}</blockquote>'
            f'<section class="annotation-card__text"><p>{esc(note.removeprefix("Note: "))}</p></section>'
            f'<ul class="annotation-card__tags">{tag}</ul></article>')


def hypothesis(u) -> list[Doc]:
    items = [(k, w) for k, w in WORKS.items() if w.host == ANNO]
    tagsof = {"an1": ("mentoring", "libraries"), "an2": ("libraries",), "an3": ("libraries",),
              "an4": ("mentoring",), "an5": ("libraries",)}
    docs = []
    for k, w in items:
        head = _og(u, w) + f'<meta name="description" content="{esc(w.paras[1][:160])}">'
        docs.append(_work(w, _h(u, w.title, _card(u, k, w, tagsof[k]), head)))

    def stream(path, heading, sel):
        main = (f'<div class="search-result-sidebar"><h2>{esc(heading)}</h2></div><ol class="search-result-list">'
                + "".join(f"<li>{_card(u, k, w, tagsof[k])}</li>" for k, w in items if sel(k, w)) + "</ol>")
        return _other(ANNO, path, _h(u, heading, main))

    docs.append(stream("/", "Recent public annotations", lambda k, w: True))
    docs[-1] = _other(ANNO, "/", docs[-1].body.decode().replace(
        '</main>', f'<aside class="popular-searches">Popular: {_a(u, "/search?q=peer+groups", "peer groups")}</aside></main>'))
    docs.append(stream("/users/kmurdoch", "kmurdoch", lambda k, w: w.author == "kmurdoch"))
    docs.append(stream("/users/lvarga", "lvarga", lambda k, w: w.author == "lvarga"))
    docs.append(stream("/search?q=tag%3Amentoring", "tag:mentoring", lambda k, w: "mentoring" in tagsof[k]))
    docs.append(stream("/search?q=tag%3Alibraries", "tag:libraries", lambda k, w: "libraries" in tagsof[k]))
    docs.append(stream("/search?q=peer+groups", "Search: peer groups", lambda k, w: k in ("an4", "an2")))
    docs.append(_other(ANNO, "/about", _h(u, "About", "<h1>About Marginal</h1><p>Marginal is an open annotation "
                                                     "service: highlight and comment on any web page, in public or in "
                                                     "private groups.</p>")))
    docs.append(_other(ANNO, "/contact", _h(u, "Contact", "<h1>Contact</h1><p>Support: help@marginal.example. "
                                                         f'See also a {_a(u, "/a/Zz00000000", "deleted annotation")}.</p>')))
    docs.append(_other(ANNO, "/a/Zz00000000", _h(u, "Annotation not found",
                                                 "<h1>Annotation not available</h1><p>The annotation you are looking "
                                                 "for was deleted or is private.</p>"), status=404))
    return docs


# --- Are.na ----------------------------------------------------------------------------------------

def _arena(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} — Are.na</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}'
            f'<meta name="twitter:card" content="summary"></head><body><div id="root">'
            f'<div class="Header"><a class="Logo" href="{esc(u("/"))}" aria-label="Are.na home">Are.na</a>'
            f'<div class="HeaderSearch"><a href="{esc(u("/search/mentoring"))}">Search Are.na</a></div>'
            f'<nav>{_a(u, "/about", "About")} {_a(u, "/noor-haddad", "Noor Haddad")}</nav></div>'
            f'<div class="Layout">{main}</div></div></body></html>')


def _block_cell(u, w: Work) -> str:
    kind = w.paras[0].split(" block")[0].split(".")[0]
    return (f'<div class="GridCell" data-block-type="{esc(kind)}"><a class="BlockCell" href="{esc(u(w.path))}">'
            f'<div class="BlockCell__title">{esc(w.title)}</div></a></div>')


def arena(u) -> list[Doc]:
    ws = _works(ARENA)
    careers, rooms = [ws[0], ws[1], ws[3]], [ws[2]]
    docs = []
    for w in ws:
        chan = "/noor-haddad/library-careers" if w in careers else "/noor-haddad/reading-rooms"
        head = _og(u, w, "website")
        main = (f'<div class="BlockPage"><div class="BlockPage__content"><div class="Text">{ps(w.paras)}</div>'
                f'</div><div class="BlockPage__metadata"><h1 class="BlockPage__title">{esc(w.title)}</h1>'
                f'<div>Added {w.date} by {_a(u, "/noor-haddad", w.author)}</div><div class="ConnectionList">'
                f'<h3>Connected to</h3>{_a(u, chan, chan.split("/")[-1].replace("-", " ").title())}</div></div></div>')
        docs.append(_work(w, _arena(u, w.title, main, head)))

    def chan(path, name, items, extra=""):
        main = (f'<div class="ChannelHeader"><h1 class="ChannelTitle">{esc(name)}</h1><div>by '
                f'{_a(u, "/noor-haddad", "Noor Haddad")} · {len(items)} blocks</div></div>{extra}'
                f'<div class="Grid">{"".join(_block_cell(u, w) for w in items)}</div>')
        return _other(ARENA, path, _arena(u, name, main, f'<meta property="og:title" content="{esc(name)}">'))

    docs.append(chan("/noor-haddad/library-careers", "Library careers", careers))
    docs.append(chan("/noor-haddad/reading-rooms", "Reading rooms", rooms,
                     f'<p class="ChannelDescription">Old rooms. One block was removed: '
                     f'{_a(u, "/block/1", "block 1")}</p>'))
    profile = (f'<div class="ProfileHeader"><h1>Noor Haddad</h1><p>Librarian, collector of links.</p></div>'
               f'<div class="Grid"><div class="GridCell">{_a(u, "/noor-haddad/library-careers", "Library careers")}'
               f'</div><div class="GridCell">{_a(u, "/noor-haddad/reading-rooms", "Reading rooms")}</div></div>')
    docs.append(_other(ARENA, "/noor-haddad", _arena(u, "Noor Haddad", profile)))
    docs.append(_other(ARENA, "/", _arena(u, "Are.na", (
        '<div class="HomeHero"><h1>A platform for connecting ideas</h1></div><h2>Explore</h2><div class="Grid">'
        f'<div class="GridCell">{_a(u, "/noor-haddad/library-careers", "Library careers")}</div>'
        f'<div class="GridCell">{_a(u, "/noor-haddad/reading-rooms", "Reading rooms")}</div></div>'))))
    docs.append(_other(ARENA, "/search/mentoring", _arena(u, "Search: mentoring", (
        '<h1>Results for “mentoring”</h1><div class="Grid">' + _block_cell(u, ws[0]) + _block_cell(u, ws[1])
        + f'<div class="GridCell">{_a(u, "/noor-haddad/library-careers", "Library careers")}</div></div>'))))
    docs.append(_other(ARENA, "/about", _arena(u, "About", "<h1>About Are.na</h1><p>A place to collect and "
                                                          "connect ideas, with no ads and no likes.</p>")))
    docs.append(_other(ARENA, "/block/1", _arena(u, "Not found", "<h1>404</h1><p>Nothing here.</p>"), status=404))
    return docs


# --- Pinboard-like -------------------------------------------------------------------------------------

def _pin(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<title>{esc(title)}</title>{head}<link rel="alternate" type="application/rss+xml" title="RSS" '
            f'href="https://feeds.linkjar.example/rss/u:jtarrant/"></head><body><div id="banner">'
            f'<div id="logo_box">{_a(u, "/", "Linkjar", ident="pinboard_name")}</div><div id="top_menu">'
            f'{_a(u, "/u:jtarrant", "jtarrant")} {_a(u, "/about", "about")} {_a(u, "/help", "help")}</div>'
            f'<form action="{esc(u("/search/u:jtarrant"))}"><input name="query"></form></div>'
            f'<div id="content">{main}</div><div id="footer">{_a(u, "/about", "about")} · '
            f'{_a(u, "/help", "contact support")}</div></body></html>')


TAGS = {"pn1": ["mentoring", "socialmedia"], "pn2": ["socialmedia"], "pn3": ["cataloguing"], "pn4": ["mentoring"]}


def _bm(u, k: str, w: Work, notes: bool) -> str:
    desc = w.paras[-1] if notes else w.paras[0]
    tags = "".join(_a(u, "/u:jtarrant/t:" + t, t, ' class="tag"') + " " for t in TAGS[k])
    return (f'<div class="bookmark" id="{w.path.split(":")[-1]}"><div class="display">'
            f'<a class="bookmark_title" href="https://web.example/{w.path.split(":")[-1]}">{esc(w.title)}</a>'
            f'<div class="description">{esc(desc)}</div><div class="tags">{tags}</div>'
            f'{_a(u, w.path, w.date, cls="when")}</div></div>')


def pinboard(u) -> list[Doc]:
    items = [(k, w) for k, w in WORKS.items() if w.host == PIN]
    docs = []
    for k, w in items:
        main = (f'<div class="bookmark single"><h2 class="bookmark_title"><a href="https://web.example/'
                f'{w.path.split(":")[-1]}">{esc(w.title)}</a></h2><div class="description">{ps(w.paras)}</div>'
                f'<div class="tags">{"".join(_a(u, "/u:jtarrant/t:" + t, t, cls="tag") for t in TAGS[k])}'
                f'</div><div class="when">saved by {_a(u, "/u:jtarrant", w.author)} on {w.date}</div></div>')
        docs.append(_work(w, _pin(u, f"Linkjar: {w.title}", main, _og(u, w))))

    def lst(path, heading, sel, extra=""):
        return _other(PIN, path, _pin(u, f"Linkjar: {heading}", f"<h2>{esc(heading)}</h2>" + "".join(
            _bm(u, k, w, False) for k, w in items if sel(k, w)) + extra))

    docs.append(lst("/u:jtarrant", "jtarrant's bookmarks", lambda k, w: k in ("pn1", "pn2"),
                    f'<div id="bottom_nav">{_a(u, "/u:jtarrant?page=2", "earlier")}</div>'
                    f'<div id="saved_searches">saved search: {_a(u, "/search/u:jtarrant?query=mentor", "mentor")}</div>'))
    docs.append(lst("/u:jtarrant?page=2", "jtarrant's bookmarks, page 2", lambda k, w: k in ("pn3", "pn4")))
    for t in ("mentoring", "socialmedia", "cataloguing"):
        docs.append(lst("/u:jtarrant/t:" + t, f"jtarrant / {t}", lambda k, w, t=t: t in TAGS[k]))
    docs.append(lst("/search/u:jtarrant?query=mentor", "search: mentor", lambda k, w: k in ("pn1", "pn4")))
    docs.append(_other(PIN, "/", _pin(u, "Linkjar - social bookmarking", (
        f'<h1>Social bookmarking for introverts.</h1><p>Recently saved by {_a(u, "/u:jtarrant", "jtarrant")}:</p>'
        + "".join(_bm(u, k, w, False) for k, w in items)))))
    docs.append(_other(PIN, "/about", _pin(u, "Linkjar: about", "<h2>about</h2><p>Linkjar is a bookmarking site "
                                                              "with no ads. Accounts cost a small yearly fee.</p>")))
    docs.append(_other(PIN, "/help", _pin(u, "Linkjar: help", "<h2>help</h2><p>Questions? Write to "
                                                            "support@linkjar.example.</p>")))
    return docs


# --- Zotero group library ---------------------------------------------------------------------------------

G = "/groups/5510234/lib-mentoring"
COLL = {"ONLINE22": ("Online mentoring", ["zt1", "zt2", "zt3"]), "OTHERPRO": ("Other professions", ["zt5", "zt4"])}


def _zot(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} - Zotero</title>'
            f'{head}<link rel="stylesheet" href="/static/css/web-library.css"></head><body class="web-library">'
            f'<header class="site-header"><h1 class="logo">{_a(u, G, "Zotero")}</h1><nav class="main-nav">'
            f'{_a(u, G, "Library mentoring research")} {_a(u, "/ekwueme", "Group owner")}</nav></header>'
            f'<div class="library-container"><nav class="collection-tree"><ul class="level-0">'
            f'<li>{_a(u, G + "/items", "All Items")}</li>'
            + "".join(f'<li>{_a(u, G + "/collections/" + c, n)}</li>' for c, (n, _) in COLL.items())
            + f'</ul><div class="tag-selector">{_a(u, G + "/tags/social%20media", "social media", cls="tag")}'
            f'</div><form action="{esc(u(G + "/items"))}"><input name="q" class="search"></form></nav>'
            f'<main class="items-container">{main}</main></div></body></html>')


def _row(u, w: Work) -> str:
    return (f'<tr class="item"><td class="title">{_a(u, w.path, w.title)}</td><td class="creator">'
            f'{esc(w.author)}</td><td class="date">{w.date}</td></tr>')


def zotero(u) -> list[Doc]:
    docs = []
    for k, w in ((k, w) for k, w in WORKS.items() if w.host == ZOT):
        abstract = w.paras[0].removeprefix("Abstract: ")
        pub = w.paras[1] if len(w.paras) > 1 else ""
        coins = (f'<span class="Z3988" title="ctx_ver=Z39.88-2004&amp;rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3A'
                 f'journal&amp;rft.genre=article&amp;rft.atitle={esc(w.title.replace(" ", "+"))}&amp;rft.au='
                 f'{esc(w.author.replace(" ", "+"))}&amp;rft.date={w.date}"></span>')
        main = (f'<section class="item-details"><h2 class="item-title">{esc(w.title)}</h2><table class="metadata">'
                f'<tr><th>Item Type</th><td>Journal Article</td></tr><tr><th>Author</th><td>{esc(w.author)}</td>'
                f'</tr><tr><th>Date</th><td>{w.date}</td></tr><tr><th>Publication</th><td>{esc(pub)}</td></tr>'
                f'<tr><th>Abstract</th><td class="abstract"><div class="abstract-note">{esc(abstract)}</div></td>'
                f'</tr></table>{coins}<div class="item-collections">In: '
                + " ".join(_a(u, G + "/collections/" + c, n) for c, (n, ks) in COLL.items() if k in ks)
                + "</div></section>")
        docs.append(_work(w, _zot(u, w.title, main)))
    allw = _works(ZOT)
    table = lambda ws: f'<table class="items-table"><thead><tr><th>Title</th><th>Creator</th><th>Date</th></tr></thead><tbody>{"".join(_row(u, w) for w in ws)}</tbody></table>'
    docs.append(_other(ZOT, G, _zot(u, "Library mentoring research", (
        '<section class="group-info"><h2>Library mentoring research</h2><p>A public group library of research '
        'on mentoring and professional learning in libraries and archives. Type: Public, Open Membership.</p>'
        f'<p>{_a(u, G + "/items", "View library")} · Owner: {_a(u, "/ekwueme", "ekwueme")}</p></section>'
        + table(allw[:3])))))
    docs.append(_other(ZOT, G + "/items", _zot(u, "All Items", table(allw)
                                               + f'<p class="missing">{_a(u, G + "/items/XXXXXXXX", "An item removed from the library")}</p>'
                                               f'<p class="saved-search">{_a(u, G + "/items?q=mentor", "Saved search: mentor")}</p>')))
    for c, (n, ks) in COLL.items():
        docs.append(_other(ZOT, G + "/collections/" + c, _zot(u, n, f"<h2>{esc(n)}</h2>" + table([WORKS[k] for k in ks]))))
    docs.append(_other(ZOT, G + "/tags/social%20media", _zot(u, "Tag: social media", table([WORKS["zt1"], WORKS["zt3"]]))))
    docs.append(_other(ZOT, G + "/items?q=mentor", _zot(u, "Search: mentor", table([WORKS["zt1"], WORKS["zt2"], WORKS["zt5"]]))))
    docs.append(_other(ZOT, "/ekwueme", _zot(u, "Chiamaka Ekwueme", (
        '<section class="profile"><h2>Chiamaka Ekwueme</h2><p>Librarian and researcher. Groups: '
        f'{_a(u, G, "Library mentoring research")}</p></section>'))))
    docs.append(_other(ZOT, G + "/items/XXXXXXXX", _zot(u, "Not Found", "<h2>Item not found</h2>"), status=404))
    return docs


# --- CORE-like aggregator -----------------------------------------------------------------------------------

def _core(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} - CORE</title>'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">{head}</head><body>'
            f'<header class="header"><a class="logo" href="{esc(u("/"))}">CORE</a><form class="search-form" '
            f'action="{esc(u("/search"))}"><input name="q"></form><nav>{_a(u, "/about", "About")} '
            f'{_a(u, "/contact", "Contact us")}</nav></header><main id="main-content">{main}</main>'
            f'<footer class="footer"><p>CORE aggregates open access research outputs.</p></footer>'
            f'<div id="cookie-consent" class="cookie-banner">We use cookies. <button>Accept</button></div>'
            f'</body></html>')


def core(u) -> list[Doc]:
    docs = []
    recs = [w for w in _works(CORE) if w.kind == "journal-article"]
    for w in recs:
        pdf_url = u("/download/pdf/118845210.pdf") if w.path.endswith("118845210") else ""
        head = (f'<meta name="citation_title" content="{esc(w.title)}">'
                + "".join(f'<meta name="citation_author" content="{esc(a.strip())}">' for a in w.author.split(";"))
                + f'<meta name="citation_publication_date" content="{w.date}">'
                + (f'<meta name="citation_pdf_url" content="{esc(pdf_url)}">' if pdf_url else "")
                + f'<link rel="canonical" href="{esc(u(w.path))}">')
        dl = f'<a class="download-button" href="{esc(pdf_url)}">Download PDF</a>' if pdf_url else ""
        main = (f'<article class="display-page" itemscope itemtype="https://schema.org/ScholarlyArticle">'
                f'<h1 itemprop="name">{esc(w.title)}</h1><ul class="authors">'
                + "".join(f'<li itemprop="author">{esc(a.strip())}</li>' for a in w.author.split(";"))
                + f'</ul><div class="published">Published <span itemprop="datePublished">{w.date}</span> · '
                f'{_a(u, "/data-providers/4411", "Provided by: Northfield Research Repository")}</div>'
                f'<section class="abstract"><h2>Abstract</h2><p itemprop="abstract">'
                f'{esc(w.paras[0].removeprefix("Abstract: "))}</p></section>{dl}</article>')
        docs.append(_work(w, _core(u, w.title, main, head)))
    pw = WORKS["co2"]
    docs.append(Doc(CORE, pw.path, pw.kind, pw.grade, pdf(list(pw.paras)), content_type="application/pdf"))

    def results(path, heading, ws, extra=""):
        main = f"<h1>{esc(heading)}</h1><ol class=\"search-results\">" + "".join(
            f'<li class="search-result"><h3>{_a(u, w.path, w.title)}</h3><p class="authors">{esc(w.author)}</p>'
            f'<p class="snippet">{esc(w.paras[0][10:200])}…</p></li>' for w in ws) + f"</ol>{extra}"
        return _other(CORE, path, _core(u, heading, main))

    docs.append(results("/search?q=mentoring%20librarians", "Search results: mentoring librarians", recs[:3],
                        f'<nav class="pagination">{_a(u, "/search?q=mentoring%20librarians&page=2", "Next")}</nav>'))
    docs.append(results("/search?q=mentoring%20librarians&page=2", "Search results: mentoring librarians, page 2",
                        recs[3:]))
    docs.append(results("/data-providers/4411", "Northfield Research Repository", recs))
    docs.append(_other(CORE, "/", _core(u, "CORE", (
        '<section class="hero"><h1>The world\'s largest collection of open access research papers</h1></section>'
        f'<p>Try: {_a(u, "/search?q=mentoring%20librarians", "mentoring librarians")}. Featured provider: '
        f'{_a(u, "/data-providers/4411", "Northfield Research Repository")}.</p>'
        f'<p>{_a(u, "/display/999999999", "A withdrawn output")}</p>'))))
    docs.append(_other(CORE, "/about", _core(u, "About", "<h1>About CORE</h1><p>We harvest open repositories and "
                                                         "journals and make their papers searchable.</p>")))
    docs.append(_other(CORE, "/contact", _core(u, "Contact", "<h1>Contact us</h1><p>theteam@core.example</p>")))
    docs.append(_other(CORE, "/display/999999999", _core(u, "Not found", "<h1>404 - Output not found</h1>"),
                       status=404))
    return docs


# --- Fulcrum-like ----------------------------------------------------------------------------------------------

MONO = "/concern/monographs/7h149q22b"
MONO_TITLE = "Learning Librarianship: Work, Networks and Careers"


def _fulcrum(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | Fulcrum</title>'
            f'{head}</head><body class="fulcrum"><header class="press"><a href="{esc(u("/"))}" class="fulcrum-logo">'
            f'Fulcrum</a> <a href="{esc(u("/presshouse"))}" class="press-logo">Presshouse</a><form '
            f'action="{esc(u("/presshouse"))}"><input name="q" placeholder="Search Presshouse"></form></header>'
            f'<div id="maincontent" role="main">{main}</div><footer class="press">{_a(u, "/about", "About Fulcrum")} '
            f'{_a(u, "/contact", "Contact")} <span>Presshouse, an imprint.</span></footer>'
            f'<div class="gdpr-banner">This site uses cookies. <button>Accept</button></div></body></html>')


def fulcrum(u) -> list[Doc]:
    ws = _works(FULC)
    chapters = sorted([w for w in ws if "/ch" in w.path], key=lambda w: w.path)
    res = WORKS["fu3"]
    docs = []
    for w in chapters:
        head = (f'<meta name="citation_title" content="{esc(w.title)}"><meta name="citation_inbook_title" '
                f'content="{esc(MONO_TITLE)}"><meta name="citation_author" content="{esc(w.author)}">'
                f'<meta name="citation_publisher" content="Presshouse"><meta name="citation_publication_date" '
                f'content="{w.date}">')
        main = (f'<div class="monograph-info-epub"><p>{_a(u, MONO, MONO_TITLE)}</p></div>'
                f'<article class="chapter" itemscope itemtype="http://schema.org/Chapter"><h1 itemprop="name">'
                f'{esc(w.title)}</h1><div itemprop="author">{esc(w.author)}</div>{ps(w.paras)}</article>'
                + (f'<aside class="resources">Resource: {_a(u, res.path, res.title)}</aside>' if w.path.endswith("ch5") else ""))
        docs.append(_work(w, _fulcrum(u, w.title, main, head)))
    main = (f'<div class="asset"><h1 id="asset-title">{esc(res.title)}</h1><div class="transcript"><h2>Transcript'
            f'</h2>{ps(res.paras)}</div><dl class="metadata"><dt>Section</dt><dd>{_a(u, MONO + "/ch5", "Chapter 5")}'
            f'</dd><dt>Resource Type</dt><dd>audio</dd></dl><p>{_a(u, MONO, "Back to monograph")}</p></div>')
    docs.append(_work(res, _fulcrum(u, res.title, main, f'<meta name="citation_title" content="{esc(res.title)}">')))
    toc = "".join(f'<li class="toc-chapter">{_a(u, w.path, w.title)}</li>' for w in chapters)
    docs.append(_other(FULC, MONO, _fulcrum(u, MONO_TITLE, (
        f'<div class="monograph-metadata" itemscope itemtype="http://schema.org/Book"><h1 itemprop="name">'
        f'{esc(MONO_TITLE)}</h1><div itemprop="author">Dana Whitfield</div><div itemprop="publisher">Presshouse'
        f'</div></div><ul class="nav nav-tabs"><li class="active">{_a(u, MONO, "Table of Contents")}</li>'
        f'<li>{_a(u, MONO + "?locale=en&view=resources", "Resources")}</li></ul><ul class="toc">{toc}</ul>'),
        '<meta name="citation_title" content="' + esc(MONO_TITLE) + '">')))
    docs.append(_other(FULC, MONO + "?locale=en&view=resources", _fulcrum(u, "Resources", (
        f'<h1>{esc(MONO_TITLE)}: Resources</h1><ul class="resources"><li>{_a(u, res.path, res.title)}</li></ul>'))))
    books = (f'<ul class="monographs"><li>{_a(u, MONO, MONO_TITLE)}</li><li>'
             f'{_a(u, "/concern/monographs/0000000", "The Archive Cat (out of print)")}</li></ul>')
    docs.append(_other(FULC, "/presshouse", _fulcrum(u, "Presshouse", "<h1>Presshouse</h1>" + books)))
    docs.append(_other(FULC, "/presshouse?q=mentoring", _fulcrum(u, "Search: mentoring", (
        f'<h1>Search results for “mentoring”</h1><ul class="results"><li>{_a(u, MONO + "/ch5", chapters[-1].title)}'
        f'</li><li>{_a(u, res.path, res.title)}</li></ul>'))))
    docs.append(_other(FULC, "/", _fulcrum(u, "Fulcrum", (
        f'<h1>Fulcrum</h1><p>Publishing platform for scholarly books. Publishers: {_a(u, "/presshouse", "Presshouse")}'
        f'. {_a(u, "/presshouse?q=mentoring", "Browse mentoring")}.</p>'))))
    docs.append(_other(FULC, "/about", _fulcrum(u, "About", "<h1>About Fulcrum</h1><p>An open-source platform for "
                                                          "publishing scholarly monographs with their data.</p>")))
    docs.append(_other(FULC, "/contact", _fulcrum(u, "Contact", "<h1>Contact</h1><p>fulcrum-info@presshouse.example</p>")))
    docs.append(_other(FULC, "/concern/monographs/0000000", _fulcrum(u, "Not found",
                                                                     "<h1>The page you were looking for doesn't exist.</h1>"),
                       status=404))
    return docs


# --- Kirby CMS (regional library network) ------------------------------------------------------------------------

def _kirby(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta name="viewport" '
            f'content="width=device-width,initial-scale=1.0"><title>Valley Counties Library Network | {esc(title)}'
            f'</title>{head}<link href="{esc(u("/assets/css/index.css"))}" rel="stylesheet">'
            f'<link rel="alternate" type="application/rss+xml" href="{esc(u("/news/feed"))}"></head><body>'
            f'<header class="header"><a class="logo" href="{esc(u("/"))}">Valley Counties Library Network</a>'
            f'<nav class="menu">{_a(u, "/news", "News")}{_a(u, "/events", "Events")}{_a(u, "/about", "About")}'
            f'{_a(u, "/contact", "Contact")}</nav><form action="{esc(u("/search"))}"><input type="search" name="q">'
            f'</form></header><main class="main">{main}</main><footer class="footer"><div class="grid"><div '
            f'class="column"><h2>Members</h2><ul>{_a(u, "/members/ashford-library", "Ashford Library")}</ul></div>'
            f'<div class="column"><p>Made with <a href="https://getkirby.com">Kirby</a></p></div></div></footer>'
            f'<div class="cookie-notice" hidden>We use only necessary cookies.</div></body></html>')


NEWS_CAT = {"/news/mentoring-scheme-goes-online": "staff", "/news/coffee-roulette": "staff",
            "/news/new-courier-route": "services"}


def _note(u, w: Work) -> str:
    return (f'<li class="column"><a href="{esc(u(w.path))}"><article class="note-excerpt"><header><h2 '
            f'class="note-excerpt-title">{esc(w.title)}</h2><time class="note-excerpt-date" datetime="{w.date}">'
            f'{w.date}</time></header></article></a></li>')


def kirby(u) -> list[Doc]:
    ws = [w for w in _works(NET) if w.kind == "article"]
    news = [w for w in ws if w.path.startswith("/news/")]
    events = [w for w in ws if w.path.startswith("/events/")]
    docs = []
    for w in ws:
        if w in events:
            ld = _ld({"@context": "https://schema.org", "@type": "Event", "name": w.title, "startDate": w.date,
                      "description": w.paras[0], "organizer": {"@type": "Organization", "name": w.author}})
            main = (f'<article class="event"><header class="intro"><h1>{esc(w.title)}</h1><p class="event-date">'
                    f'<time datetime="{w.date}">{w.date}</time></p></header><div class="text">{ps(w.paras)}</div>'
                    f'<p>{_a(u, "/events", "All events")}</p></article>')
        else:
            cat = NEWS_CAT[w.path]
            tags = _a(u, "/news/tag:mentoring", "mentoring") if cat == "staff" else ""
            ld = _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": w.title,
                      "datePublished": w.date, "author": {"@type": "Organization", "name": w.author}})
            main = (f'<article class="note"><header class="note-header intro"><h1>{esc(w.title)}</h1>'
                    f'<time class="note-date" datetime="{w.date}">{w.date}</time></header><div class="note text">'
                    f'{ps(w.paras)}</div><footer class="note-footer"><ul class="note-tags">{tags} '
                    f'{_a(u, "/news/category:" + cat, cat.title())}</ul></footer></article>'
                    f'<nav class="blog-prevnext">{_a(u, "/news", "← All news")}</nav>')
        docs.append(_work(w, _kirby(u, w.title, main, _og(u, w) + ld)))
    rep = WORKS["nt6"]
    docs.append(Doc(NET, rep.path, rep.kind, rep.grade, pdf(list(rep.paras)), content_type="application/pdf"))

    def grid(path, heading, items, extra=""):
        return _other(NET, path, _kirby(u, heading, f'<header class="h1"><h1>{esc(heading)}</h1></header>'
                                                   f'<ul class="notes grid">{"".join(_note(u, w) for w in items)}</ul>{extra}'))

    docs.append(grid("/news", "News", news[:2], f'<nav class="pagination">{_a(u, "/news/page:2", "Older")}</nav>'))
    docs.append(grid("/news/page:2", "News (page 2)", news[2:]))
    docs.append(grid("/events", "Events", events))
    docs.append(grid("/news/category:staff", "News: staff", [w for w in news if NEWS_CAT[w.path] == "staff"]))
    docs.append(grid("/news/category:services", "News: services", [w for w in news if NEWS_CAT[w.path] == "services"]))
    docs.append(grid("/news/tag:mentoring", "News tagged mentoring", [w for w in news if NEWS_CAT[w.path] == "staff"]))
    docs.append(grid("/search?q=mentoring", "Search: mentoring", [news[0], news[1], events[0]]))
    docs.append(grid("/", "Welcome", ws[:4], (
        f'<section class="home-links"><p>{_a(u, "/news/old-scheme-2019", "The 2019 scheme (archived)")}</p>'
        f'<p>Looking for a mentor? {_a(u, "/search?q=mentoring", "Search our site")}</p></section>')))
    docs.append(_other(NET, "/about", _kirby(u, "About", (
        '<article class="about"><h1>About the network</h1><div class="text"><p>Twelve public libraries in three '
        'counties share a catalogue, a courier and staff training.</p>'
        f'<p>{_a(u, rep.path, "Annual report 2023 (PDF)")}</p></div></article>'))))
    docs.append(_other(NET, "/contact", _kirby(u, "Contact", '<h1>Contact</h1><p>Network office, 4 Mill Lane, '
                                                             'Ashford. office@libnet.example</p>')))
    docs.append(_other(NET, "/members/ashford-library", _kirby(u, "Ashford Library", (
        '<h1>Ashford Library</h1><p>Member since 1998. Open Monday to Saturday.</p>'))))
    docs.append(_other(NET, "/news/old-scheme-2019", _kirby(u, "Error", "<h1>Error</h1><p>The page cannot be "
                                                                       "found.</p>"), status=404))
    return docs


def build(url: Callable[[str, str], str]) -> list[Doc]:
    def on(host):
        return lambda path: url(host, path)
    return (obsidian(on(NOTES)) + bookdown(on(BOOK)) + hubzilla(on(HUB)) + hypothesis(on(ANNO)) + arena(on(ARENA))
            + pinboard(on(PIN)) + zotero(on(ZOT)) + core(on(CORE)) + fulcrum(on(FULC)) + kirby(on(NET)))


class LabelledWeb40(ServedWeb):
    """Web 40 (see the module docstring)."""

    HOSTS = HOSTS
    START = {BOOK: "/index.html", HUB: "/channel/ronanvey", ZOT: G}
    FIRST_ADDRESS = 464
    build = staticmethod(build)
