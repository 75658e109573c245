"""Web 19, a held-out labelled web: 109 pages on ten hosts, built from the
texts and labels of :mod:`tests.labelled_text19` (committed before this
file) with the reduced markup of ten platforms no earlier web uses:

* ``learningnetworks.example``: Hugo with the Book theme (a handbook, a
  small blog section, a taxonomy page; Hugo's internal OpenGraph template);
* ``inkandindex.example``: Jekyll with So Simple (jekyll-seo-tag, h-entry,
  one-page tag and category indexes, a lunr search page);
* ``quietstacks.example``: Jekyll with Lanyon (no SEO plugin: a title and
  nothing else; full posts on the paginated home page);
* ``archivistsboard.example``: punBB 1.4 (``index.php``, ``viewforum.php``,
  ``viewtopic.php``, ``profile.php``, ``userlist.php``, ``search.php``);
* ``journals.lipractice.example``: a SAGE-like (Atypon) journal with dc.*
  metadata, ``/doi/full/``, ``/doi/abs/`` and ``/doi/pdf/`` pages;
* ``docshelf.example``: a Calameo-like document host (a viewer page with the
  document's text layer, accounts, categories, search);
* ``learn.northfield.example``: a Blackboard Learn (Original) course open to
  guests, with its soft 404 ("The specified resource was not found");
* ``prairielibraries.example``: Drupal 9 with Bartik (RDFa, ``/node`` and
  ``/user`` paths, Views listing, core search, a PDF attachment, a real 404);
* ``shelfwise.example``: WordPress with the Beaver Builder theme and
  builder layouts (schema.org microdata);
* ``stacksandsignals.example``: a Simplecast podcast site (OpenGraph audio,
  a player iframe, a PodcastEpisode JSON-LD, a real 404).

Every page is labelled once, in the text module; no followed link on these
hosts leads to an unlabelled page (links a platform would print to pages
this web does not have are left out, which the docstrings of the builders
say where it matters)."""

from __future__ import annotations

import json
import textwrap
from datetime import date as _date
from typing import Callable

from tests import labelled_text19 as T
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf

U = Callable[[str], str]
_ACTIVE = ' class="active"'
_ISACTIVE = ' class="isactive"'


def _d(iso: str) -> _date:
    return _date.fromisoformat(iso)


def _long(iso: str) -> str:  # "March 4, 2025"
    d = _d(iso)
    return f"{d:%B} {d.day}, {d.year}"


def _works(host: str) -> list[T.Work]:
    """A host's works, newest first."""
    return sorted((w for w in T.WORKS.values() if w.host == host), key=lambda w: (w.date, w.path), reverse=True)


def _other(host: str) -> dict[str, str]:
    return {p: k for h, p, k in T.OTHER if h == host}


def _doc(w: T.Work, body: str | bytes, content_type: str = "text/html; charset=utf-8") -> Doc:
    return Doc(w.host, w.path, w.kind, w.grade, body.encode() if isinstance(body, str) else body, content_type)


def _page(host: str, path: str, body: str, status: int = 200) -> Doc:
    kind = _other(host)[path]
    return Doc(host, path, kind, 0, body.encode(), status=status)


def _body(paras, h: str = "h2", p: str = "<p>", endp: str = "</p>", hattrs: Callable[[str], str] = lambda t: "") -> str:
    """Paragraphs as HTML; ``## `` paragraphs become ``h`` headings."""
    out = []
    for x in paras:
        if x.startswith("## "):
            t = x[3:]
            out.append(f"<{h}{hattrs(t)}>{esc(t)}</{h}>")
        else:
            out.append(f"{p}{esc(x)}{endp}")
    return "".join(out)


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-").replace("--", "-")


def _summary(w: T.Work, n: int = 160) -> str:
    text = next(x for x in w.paras if not x.startswith("## "))
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + "\u2026"


def _pdf(paras) -> bytes:
    lines = []
    for x in paras:
        lines += textwrap.wrap(x, 92) + [""]
    return pdf(lines)


# --- Hugo Book ----------------------------------------------------------------------------------------

BOOK_SITE = "Networked Learning Handbook"
BOOK_MENU = [("Getting started", [("/docs/getting-started/what-is-a-pln/", "What is a PLN?"),
                                  ("/docs/getting-started/finding-a-mentor-online/", "Finding a mentor online")]),
             ("Platforms", [("/docs/platforms/mastodon-and-bluesky/", "Mastodon and Bluesky"),
                            ("/docs/platforms/mailing-lists/", "Mailing lists")]),
             ("About", [("/docs/about/", "About this handbook")])]


def _book(u: U, path: str, title: str, article: str, desc: str, og_type: str = "website", extra_meta: str = "",
          toc: str = "") -> str:
    menu = "".join(
        f'<li class="book-section-flat"><span>{esc(sec)}</span><ul>'
        + "".join(f'<li><a href="{u(p)}"{_ACTIVE if p == path else ""}>{esc(t)}</a></li>' for p, t in items)
        + "</ul></li>" for sec, items in BOOK_MENU)
    full = BOOK_SITE if path == "/" else f"{title} | {BOOK_SITE}"
    return (f'<!DOCTYPE html><html lang="en-us" dir="ltr"><head><meta name="generator" content="Hugo 0.139.3">'
            f'<meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">'
            f'<meta name="description" content="{esc(desc)}">'
            f'<meta name="theme-color" media="(prefers-color-scheme: light)" content="#ffffff">'
            f'<meta name="theme-color" media="(prefers-color-scheme: dark)" content="#343a40">'
            f'<meta name="color-scheme" content="light dark"><meta property="og:url" content="{u(path)}">'
            f'<meta property="og:site_name" content="{BOOK_SITE}"><meta property="og:title" content="{esc(title)}">'
            f'<meta property="og:description" content="{esc(desc)}"><meta property="og:locale" content="en_us">'
            f'<meta property="og:type" content="{og_type}">{extra_meta}<title>{esc(full)}</title>'
            f'<link rel="manifest" href="/manifest.json"><link rel="icon" href="/favicon.png">'
            f'<link rel="canonical" href="{esc(u(path))}"><link rel="stylesheet" href="/book.min.6c8b9d2a1f.css">'
            f'<script defer src="/fuse.min.js"></script><script defer src="/en.search.min.3b1f0e.js"></script>'
            f'<link rel="alternate" type="application/rss+xml" href="{u("/index.xml")}" title="{BOOK_SITE}"></head>'
            f'<body dir="ltr"><input type="checkbox" class="hidden toggle" id="menu-control">'
            f'<input type="checkbox" class="hidden toggle" id="toc-control"><main class="container flex">'
            f'<aside class="book-menu"><div class="book-menu-content"><nav><h2 class="book-brand">'
            f'<a class="flex align-center" href="{u("/")}"><span>{BOOK_SITE}</span></a></h2>'
            f'<div class="book-search hidden"><input type="text" id="book-search-input" placeholder="Search" '
            f'aria-label="Search" maxlength="64" data-hotkeys="s/"><div class="book-search-spinner hidden"></div>'
            f'<ul id="book-search-results"></ul></div><ul>{menu}</ul>'
            f'<ul><li><a href="{u("/posts/")}">Blog</a></li><li><a href="{u("/tags/mentoring/")}">#mentoring</a></li>'
            f'</ul></nav></div></aside><div class="book-page"><header class="book-header"><div class="flex '
            f'align-center justify-between"><label for="menu-control"><img src="/svg/menu.svg" class="book-icon" '
            f'alt="Menu"></label><h3>{esc(title)}</h3><label for="toc-control">'
            f'<img src="/svg/toc.svg" class="book-icon" alt="Table of Contents"></label></div></header>'
            f'{article}<footer class="book-footer"><div class="flex flex-wrap justify-between"><div>'
            f'<a class="flex align-center" href="https://git.example.org/ecs/handbook/edit/main/content{path}" '
            f'target="_blank" rel="noopener"><img src="/svg/edit.svg" class="book-icon" alt=""><span>Edit this page'
            f'</span></a></div></div></footer><label for="menu-control" class="hidden book-menu-overlay"></label>'
            f'</div><aside class="book-toc"><div class="book-toc-content">{toc}</div></aside></main></body></html>')


def _book_tags(w: T.Work, u: U) -> str:
    tags = [t for t in w.tags if t == "mentoring"]
    return "".join(f'<a href="{u("/tags/" + t + "/")}">{esc(t)}</a>' for t in tags)


def _book_teaser(w: T.Work, u: U) -> str:
    return (f'<article class="markdown book-post"><h2><a href="{u(w.path)}">{esc(w.title)}</a></h2>'
            f'<div class="flex align-center text-small book-post-date"><img src="/svg/calendar.svg" class="book-icon" '
            f'alt=""><span>{_long(w.date)}</span></div><div class="text-small">{_book_tags(w, u)}</div>'
            f"<p>{esc(_summary(w, 300))}</p></article>")


def book(u: U) -> list[Doc]:
    docs = []
    for w in _works(T.BOOK):
        heads = [x[3:] for x in w.paras if x.startswith("## ")]
        toc = ('<nav id="TableOfContents"><ul>' + "".join(f'<li><a href="#{_slug(h)}">{esc(h)}</a></li>' for h in heads)
               + "</ul></nav>") if heads else ""
        meta = (f'<meta property="article:section" content="{"posts" if w.kind == "post" else "docs"}">'
                f'<meta property="article:published_time" content="{w.date}T09:00:00+00:00">'
                f'<meta property="article:modified_time" content="{w.date}T09:00:00+00:00">'
                + "".join(f'<meta property="article:tag" content="{esc(t)}">' for t in w.tags))
        body = _body(w.paras, "h2", hattrs=lambda t: f' id="{_slug(t)}"')
        if w.kind == "post":
            art = (f'<article class="markdown book-post"><h1>{esc(w.title)}</h1><div class="flex align-center '
                   f'text-small book-post-date"><img src="/svg/calendar.svg" class="book-icon" alt=""><span>'
                   f'{_long(w.date)}</span></div><div class="text-small">{_book_tags(w, u)}</div>{body}</article>')
        else:
            art = f'<article class="markdown book-article"><h1 id="{_slug(w.title)}">{esc(w.title)}</h1>{body}</article>'
        docs.append(_doc(w, _book(u, w.path, w.title, art, _summary(w), "article", meta, toc)))
    posts = [w for w in _works(T.BOOK) if w.kind == "post"]
    tagged = [w for w in _works(T.BOOK) if "mentoring" in w.tags]
    home = ('<article class="markdown book-article"><h1 id="networked-learning-handbook">Networked Learning Handbook'
            '</h1><p>A practical handbook for archivists and records managers in the first years of their careers, '
            "written by members of the Early Career Section of the Council of Regional Archives.</p>"
            f'<p>Start with <a href="{u(BOOK_MENU[0][1][0][0])}">What is a PLN?</a>, or browse the chapters in the '
            f'menu. News about the handbook is on the <a href="{u("/posts/")}">blog</a>.</p></article>')
    docs += [
        _page(T.BOOK, "/", _book(u, "/", BOOK_SITE, home, "A handbook for early-career archivists.")),
        _page(T.BOOK, "/docs/about/", _book(
            u, "/docs/about/", "About this handbook",
            '<article class="markdown book-article"><h1 id="about-this-handbook">About this handbook</h1><p>The '
            "handbook is written and maintained by volunteers of the Early Career Section. It is published under a "
            "Creative Commons Attribution licence. Corrections are welcome through the repository linked at the "
            'foot of every page.</p><p>Section officers 2024-2026: Aoife Brennan (chair), Kwame Asante, Lydia '
            "Marsh.</p></article>", "About the handbook and who writes it.")),
        _page(T.BOOK, "/posts/", _book(u, "/posts/", "Blog", "".join(_book_teaser(w, u) for w in posts),
                                       "News about the handbook.")),
        _page(T.BOOK, "/tags/mentoring/", _book(u, "/tags/mentoring/", "Mentoring",
                                                 "".join(_book_teaser(w, u) for w in tagged), "Pages tagged mentoring")),
    ]
    return docs


# --- Jekyll So Simple ------------------------------------------------------------------------------

SS_SITE = "Ink and Index"
SS_DESC = "Notes from library school, one assignment at a time."


def _ss_head(u: U, path: str, title: str, desc: str, og_type: str, ld: dict, extra: str = "") -> str:
    full = title if path == "/" else f"{title} | {SS_SITE}"
    return (f'<!DOCTYPE html><html lang="en-US" class="no-js"><head><meta charset="utf-8">'
            f'<meta http-equiv="X-UA-Compatible" content="IE=edge">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<!-- Begin Jekyll SEO tag v2.8.0 --><title>{esc(full)}</title>"
            f'<meta name="generator" content="Jekyll v4.3.3"><meta property="og:title" content="{esc(title)}">'
            f'<meta name="author" content="Marisol Quintero"><meta property="og:locale" content="en_US">'
            f'<meta name="description" content="{esc(desc)}"><meta property="og:description" content="{esc(desc)}">'
            f'<link rel="canonical" href="{esc(u(path))}"><meta property="og:url" content="{esc(u(path))}">'
            f'<meta property="og:site_name" content="{SS_SITE}"><meta property="og:type" content="{og_type}">{extra}'
            f'<meta name="twitter:card" content="summary"><meta property="twitter:title" content="{esc(title)}">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script><!-- End Jekyll SEO tag -->'
            f'<link rel="stylesheet" href="/assets/css/main.css"><link rel="alternate" type="application/atom+xml" '
            f'title="{SS_SITE}" href="{u("/feed.xml")}"></head>')


def _ss_chrome(u: U, layout: str, main: str) -> str:
    return (f'<body class="layout--{layout}"><nav class="skip-links"><h2 class="screen-reader-text">Skip links</h2>'
            f'<ul><li><a href="#primary-nav" class="screen-reader-shortcut">Skip to primary navigation</a></li>'
            f'<li><a href="#main" class="screen-reader-shortcut">Skip to content</a></li></ul></nav>'
            f'<div class="navigation-wrapper"><a href="#menu-toggle" id="menu-toggle">Menu</a>'
            f'<nav id="primary-nav" class="site-nav animated drop"><ul><li><a href="{u("/")}">Home</a></li>'
            f'<li><a href="{u("/about/")}">About</a></li><li><a href="{u("/categories/")}">Categories</a></li>'
            f'<li><a href="{u("/tags/")}">Tags</a></li><li><a href="{u("/search/")}">Search</a></li></ul></nav></div>'
            f'<header class="masthead"><div class="wrap"><div class="site-title animated fadeIn">'
            f'<a href="{u("/")}">{SS_SITE}</a></div><p class="site-description animated fadeIn" '
            f'itemprop="description">{SS_DESC}</p></div></header>'
            f'<main id="main" class="main-content" aria-label="Content">{main}</main>'
            f'<footer id="footer" class="site-footer"><div class="social-icons"><a class="social-icon" '
            f'href="https://bsky.app/profile/marisolq.bsky.social"><span>Bluesky</span></a></div><div class="copyright">'
            f'<p>&copy; 2025 {SS_SITE}. Powered by <a href="https://jekyllrb.com" rel="nofollow">Jekyll</a> &amp; '
            f'<a href="https://github.com/mmistakes/so-simple-theme" rel="nofollow">So Simple</a>.</p></div></footer>'
            f'<script src="/assets/js/main.min.js"></script></body></html>')


def _ss_entry(w: T.Work, u: U, h: str = "h3") -> str:
    words = len(" ".join(w.paras).split())
    return (f'<article class="entry h-entry"><{h} class="entry-title p-name"><a href="{u(w.path)}" rel="bookmark">'
            f'{esc(w.title)}</a></{h}><div class="entry-excerpt p-summary"><p>{esc(_summary(w, 200))}</p></div>'
            f'<footer class="entry-meta"><span class="read-time">{max(1, round(words / 200))} min read</span> '
            f'<time class="entry-date dt-published" datetime="{w.date}T00:00:00-05:00">{_long(w.date)}</time>'
            f"</footer></article>")


def _ss_page(u: U, path: str, title: str, layout: str, inner: str, desc: str) -> Doc:
    ld = {"@context": "https://schema.org", "@type": "WebPage", "description": desc, "headline": title, "url": u(path)}
    if path == "/":
        ld = {"@context": "https://schema.org", "@type": "WebSite", "description": SS_DESC, "headline": SS_SITE,
              "name": SS_SITE, "url": u("/")}
    main = (f'<div class="page-wrapper"><header class="page-header"><h1 id="page-title" class="page-title">'
            f'{esc(title)}</h1></header><div class="page-content">{inner}</div></div>')
    return _page(T.SIMPLE, path, _ss_head(u, path, title, desc, "website", ld) + _ss_chrome(u, layout, main))


def simple(u: U) -> list[Doc]:
    posts = _works(T.SIMPLE)
    docs = []
    for i, w in enumerate(posts):
        ld = {"@context": "https://schema.org", "@type": "BlogPosting",
              "author": {"@type": "Person", "name": w.author}, "dateModified": f"{w.date}T00:00:00-05:00",
              "datePublished": f"{w.date}T00:00:00-05:00", "description": _summary(w), "headline": w.title,
              "mainEntityOfPage": {"@type": "WebPage", "@id": u(w.path)}, "url": u(w.path)}
        extra = f'<meta property="article:published_time" content="{w.date}T00:00:00-05:00">'
        cats = (f'<li class="page-taxonomy"><a class="p-category" href="{u("/categories/")}#mlis" '
                f'title="Pages filed under MLIS">MLIS</a></li>'
                + "".join(f'<li class="page-taxonomy"><a class="p-category" href="{u("/tags/")}#{_slug(t)}" '
                          f'title="Pages tagged {esc(t)}">{esc(t)}</a></li>' for t in w.tags))
        pager = ""
        if i + 1 < len(posts):
            pager += (f'<a class="page-previous" href="{u(posts[i + 1].path)}"><h4 class="page-pagination-label">'
                      f'Previous</h4><span class="page-pagination-title">{esc(posts[i + 1].title)}</span></a>')
        if i > 0:
            pager += (f'<a class="page-next" href="{u(posts[i - 1].path)}"><h4 class="page-pagination-label">Next'
                      f'</h4><span class="page-pagination-title">{esc(posts[i - 1].title)}</span></a>')
        words = len(" ".join(w.paras).split())
        main = (f'<article class="h-entry"><div class="page-wrapper"><header class="page-header"><h1 id="page-title" '
                f'class="page-title p-name">{esc(w.title)}</h1></header><div class="page-sidebar"><div class="page-author '
                f'h-card p-author"><img src="/images/marisol-400x400.jpg" class="author-avatar u-photo" alt="Marisol '
                f'Quintero"><div class="author-info"><div class="author-name"><span class="p-name">Marisol Quintero'
                f'</span></div><span class="read-time">{max(1, round(words / 200))} min read</span> <time '
                f'class="page-date dt-published" datetime="{w.date}T00:00:00-05:00"><a class="u-url" href="{u(w.path)}">'
                f'{_long(w.date)}</a></time></div></div><div class="page-taxonomies"><ul class="page-taxonomies">'
                f'{cats}</ul></div></div><div class="page-content"><div class="e-content">{_body(w.paras)}</div>'
                f'<nav class="page-pagination" role="navigation">{pager}</nav></div></div></article>')
        docs.append(_doc(w, _ss_head(u, w.path, w.title, _summary(w), "article", ld, extra)
                         + _ss_chrome(u, "post", main)))
    tags = sorted({t for w in posts for t in w.tags})
    tag_index = ('<ul class="taxonomy-index">' + "".join(f'<li><a href="#{_slug(t)}"><strong>{esc(t)}</strong> '
                                                         f'<span class="taxonomy-count">{sum(t in w.tags for w in posts)}'
                                                         f"</span></a></li>" for t in tags) + "</ul>"
                 + "".join(f'<section id="{_slug(t)}" class="taxonomy-section"><h2 class="taxonomy-title">{esc(t)}</h2>'
                           '<div class="entries-list">' + "".join(_ss_entry(w, u) for w in posts if t in w.tags)
                           + '</div><a href="#page-title" class="back-to-top">Back to top &uarr;</a></section>'
                           for t in tags))
    docs += [
        _page(T.SIMPLE, "/", _ss_head(u, "/", SS_SITE, SS_DESC, "website",
                                      {"@context": "https://schema.org", "@type": "WebSite", "name": SS_SITE,
                                       "url": u("/")})
              + _ss_chrome(u, "home", '<div class="page-wrapper"><div class="page-content"><h2 class="entries-title">'
                                      'Recent Posts</h2><div class="entries-list">'
                           + "".join(_ss_entry(w, u) for w in posts) + "</div></div></div>")),
        _ss_page(u, "/about/", "About", "page",
                 "<p>Hi, I am Marisol. I am finishing an MLIS part-time while working at a public library circulation "
                 "desk. This blog is where I think out loud about coursework, the job search and the profession.</p>"
                 f'<p>My portfolio is <a href="{u("/mlis/portfolio-draft/")}">here</a> (work in progress).</p>',
                 "About Marisol and this blog."),
        _ss_page(u, "/categories/", "Categories", "categories",
                 '<ul class="taxonomy-index"><li><a href="#mlis"><strong>MLIS</strong> <span class="taxonomy-count">'
                 f'{len(posts)}</span></a></li></ul><section id="mlis" class="taxonomy-section"><h2 class="taxonomy-'
                 'title">MLIS</h2><div class="entries-list">' + "".join(_ss_entry(w, u) for w in posts)
                 + "</div></section>", "Posts by category."),
        _ss_page(u, "/tags/", "Tags", "tags", tag_index, "Posts by tag."),
        _ss_page(u, "/search/", "Search", "search",
                 '<input type="text" id="search" class="search-input" tabindex="-1" placeholder="Enter your search '
                 'term..."><div id="results" class="results"></div><script src="/assets/js/lunr/lunr.min.js">'
                 "</script><script src=\"/assets/js/lunr/lunr-store.js\"></script>", "Search the blog."),
        Doc(T.SIMPLE, "/mlis/portfolio-draft/", "error", 0,
            ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>404 | Ink and Index</title></head>'
             "<body><h1>404</h1><p><strong>Page not found :(</strong></p><p>The requested page could not be found."
             "</p></body></html>").encode(), status=404),
    ]
    return docs


# --- Jekyll Lanyon ---------------------------------------------------------------------------------

LY_SITE = "Quiet Stacks"


def _lanyon(u: U, title: str, content: str, active: str = "") -> str:
    full = LY_SITE if title == LY_SITE else f"{title} &middot; {LY_SITE}"
    nav = "".join(f'<a class="sidebar-nav-item{" active" if p == active else ""}" href="{u(p)}">{t}</a>'
                  for p, t in (("/", "Home"), ("/about/", "About")))
    return (f'<!DOCTYPE html><html lang="en-us"><head><link href="http://gmpg.org/xfn/11" rel="profile">'
            f'<meta http-equiv="X-UA-Compatible" content="IE=edge">'
            f'<meta http-equiv="content-type" content="text/html; charset=utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1">'
            f"<title>{full}</title><link rel=\"stylesheet\" href=\"/public/css/poole.css\">"
            f'<link rel="stylesheet" href="/public/css/syntax.css"><link rel="stylesheet" href="/public/css/lanyon.css">'
            f'<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=PT+Serif:400,400italic,700%7CPT+Sans:400">'
            f'<link rel="shortcut icon" href="/public/favicon.ico">'
            f'<link rel="alternate" type="application/rss+xml" title="RSS" href="/atom.xml"></head><body>'
            f'<input type="checkbox" class="sidebar-checkbox" id="sidebar-checkbox"><div class="sidebar" id="sidebar">'
            f'<div class="sidebar-item"><p>Notes from a retired reference librarian: books, birds and forty years '
            f'behind the desk.</p></div><nav class="sidebar-nav">{nav}'
            f'<a class="sidebar-nav-item" href="https://mastodon.example.social/@hpennick">Mastodon</a></nav>'
            f'<div class="sidebar-item"><p>&copy; 2024. All rights reserved.</p></div></div><div class="wrap">'
            f'<div class="masthead"><div class="container"><h3 class="masthead-title"><a href="{u("/")}" title="Home">'
            f"{LY_SITE}</a> <small>notes from a retired reference librarian</small></h3></div></div>"
            f'<div class="container content">{content}</div></div><label for="sidebar-checkbox" class="sidebar-toggle">'
            f"</label><script>(function(document) {{ var toggle = document.querySelector('.sidebar-toggle'); }})"
            f"(document);</script></body></html>")


def _ly_date(iso: str) -> str:
    return f"{_d(iso):%d %b %Y}"


def lanyon(u: U) -> list[Doc]:
    posts = _works(T.LANYON)
    docs = []
    for i, w in enumerate(posts):
        related = [p for p in posts if p is not w][:3]
        content = (f'<div class="post"><h1 class="post-title">{esc(w.title)}</h1><span class="post-date">'
                   f"{_ly_date(w.date)}</span>{_body(w.paras)}</div><div class=\"related\"><h2>Related Posts</h2>"
                   '<ul class="related-posts">'
                   + "".join(f'<li><h3><a href="{u(p.path)}">{esc(p.title)} <small>{_ly_date(p.date)}</small></a></h3>'
                             f"</li>" for p in related) + "</ul></div>")
        docs.append(_doc(w, _lanyon(u, w.title, content)))

    def listing(ps, older: str | None, newer: str | None) -> str:
        out = '<div class="posts">' + "".join(
            f'<div class="post"><h1 class="post-title"><a href="{u(p.path)}">{esc(p.title)}</a></h1>'
            f'<span class="post-date">{_ly_date(p.date)}</span>{_body(p.paras)}</div>' for p in ps) + "</div>"
        pag = (f'<a class="pagination-item older" href="{u(older)}">Older</a>' if older
               else '<span class="pagination-item older">Older</span>')
        pag += (f'<a class="pagination-item newer" href="{u(newer)}">Newer</a>' if newer
                else '<span class="pagination-item newer">Newer</span>')
        return out + f'<div class="pagination">{pag}</div>'

    docs += [
        _page(T.LANYON, "/", _lanyon(u, LY_SITE, listing(posts[:4], "/page2/", None), "/")),
        _page(T.LANYON, "/page2/", _lanyon(u, LY_SITE, listing(posts[4:], None, "/"))),
        _page(T.LANYON, "/about/", _lanyon(
            u, "About", '<div class="page"><h1 class="page-title">About</h1><p>I was a reference librarian for '
                        "thirty-nine years, at a county library and then a university library. I retired in 2022. I "
                        "write here about whatever is on my mind, which is mostly books and birds.</p><p>Comments "
                        "are closed, but I am happy to hear from readers by email.</p></div>", "/about/")),
    ]
    return docs


# --- punBB 1.4 -----------------------------------------------------------------------------------------

PB_SITE = "The Archivists' Board"
PB_FORUMS = {2: ("Careers &amp; Mentoring", "Jobs, salaries, mentors and getting started."),
             3: ("Collections &amp; Technology", "Preservation, processing, systems.")}
PB_TOPICS = {"/viewtopic.php?id=112": 2, "/viewtopic.php?id=118": 2, "/viewtopic.php?id=121": 2,
             "/viewtopic.php?id=104": 2, "/viewtopic.php?id=97": 3, "/viewtopic.php?id=125": 3}
PB_USERS = {"reelbox": ("2023-05-02", 87), "MargeryK": ("2011-02-17", 2210), "dustjacket": ("2016-08-30", 412),
            "oldprovenance": ("2009-04-01", 3974), "tinfoilbox": ("2021-10-12", 198),
            "vellum_and_void": ("2024-11-15", 9)}


def _punbb(u: U, page_id: str, title: str, crumbs: list[tuple[str, str | None]], main: str,
           robots: str = "") -> str:
    crumb = " ".join(
        f'<span class="crumb{" crumbfirst" if i == 0 else ""}{" crumblast" if i == len(crumbs) - 1 else ""}">'
        + ("<span> &rarr;&#160;</span>" if i else "") + (f'<a href="{u(href)}">{t}</a>' if href else t) + "</span>"
        for i, (t, href) in enumerate(crumbs))
    nav = "".join(f'<li id="nav{n}"{_ISACTIVE if n == page_id else ""}><a href="{u(p)}"><span>{t}</span>'
                  f"</a></li>" for n, p, t in (("index", "/index.php", "Index"), ("userlist", "/userlist.php",
                                                                                      "User list"),
                                                 ("search", "/search.php", "Search")))
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            f'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html xmlns="http://www.w3.org/1999/xhtml" '
            f'xml:lang="en" lang="en" dir="ltr"><head>'
            f'<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />{robots}'
            f"<title>{title}</title>"
            f'<link rel="stylesheet" type="text/css" media="screen" href="{u("/style/Oxygen/Oxygen.min.css")}" />'
            f'<link rel="search" type="text/html" href="{u("/search.php")}" title="Search" /></head><body>'
            f'<div id="brd-wrap" class="brd"><div id="brd-{page_id}" class="brd-page">'
            f'<div id="brd-head" class="gen-content"><p id="brd-access"><a href="#brd-main">Skip to forum content</a>'
            f'</p><p id="brd-title"><a href="{u("/index.php")}">{PB_SITE}</a></p><p id="brd-desc">A forum for '
            f"archivists, records managers and everyone who keeps things.</p></div>"
            f'<div id="brd-navlinks" class="gen-content"><ul>{nav}</ul></div>'
            f'<div id="brd-visit" class="gen-content"><p id="welcome"><span>You are not logged in.</span></p></div>'
            f'<div class="hr"><hr /></div><div id="brd-crumbs-top" class="crumbs"><p>{crumb}</p></div>'
            f'<div id="brd-main">{main}</div><div id="brd-crumbs-end" class="crumbs"><p>{crumb}</p></div>'
            f'<div id="brd-about" class="gen-content"><p id="copyright">Powered by <a href="https://punbb.informer.com/">'
            f"PunBB</a></p></div></div></div></body></html>")


def _pb_posts(w: T.Work) -> list[tuple[str, str]]:
    return [tuple(x.split(": ", 1)) for x in w.paras]


def _pb_time(iso: str, n: int) -> str:
    return f"{iso} {9 + 2 * n:02d}:{(17 * n + 5) % 60:02d}:0{n % 10}"


def punbb(u: U) -> list[Doc]:
    """Post authors are not linked (guests may not view profiles on this board); the newest member on the index
    is, as punBB links it; posts' permalinks (``viewtopic.php?pid=``) and feed links are left out."""
    topics = _works(T.PUNBB)
    docs = []
    for w in topics:
        fid = PB_TOPICS[w.path]
        posts = []
        for n, (who, text) in enumerate(_pb_posts(w)):
            reg, count = PB_USERS[who]
            posts.append(
                f'<div class="post {"odd" if n % 2 == 0 else "even"}{" firstpost topicpost" if n == 0 else " replypost"}">'
                f'<div id="p{int(w.path.split("=")[1]) * 10 + n}" class="posthead"><h3 class="hn post-ident">'
                f'<span class="post-num">{n + 1}</span> <span class="post-byline"><span>'
                f'{"Topic" if n == 0 else "Reply"} by </span><strong>{esc(who)}</strong></span> <span class="post-link">'
                f"{_pb_time(w.date, n)}</span></h3></div><div class=\"postbody\"><div class=\"post-author\">"
                f'<ul class="author-ident"><li class="username"><strong>{esc(who)}</strong></li><li class="usertitle">'
                f'<span>Member</span></li></ul><ul class="author-info"><li><span>Registered: <strong>{reg}</strong>'
                f"</span></li><li><span>Posts: <strong>{count}</strong></span></li></ul></div>"
                f'<div class="post-entry"><h4 class="entry-title hn">{"" if n == 0 else "Re: "}{esc(w.title)}</h4>'
                f'<div class="entry-content"><p>{esc(text)}</p></div></div></div></div>')
        main = (f'<h1 class="main-title"><a class="permalink" href="{u(w.path)}" rel="bookmark" title="Permanent link '
                f'to this topic">{esc(w.title)}</a></h1><div class="paged-head"><p class="paging"><span class="pages">'
                f'Pages</span> <strong class="first-item">1</strong></p></div><div class="main-head"><h2 class="hn">'
                f'<span><span class="item-info">Posts: {len(posts)}</span></span></h2></div>'
                f'<div id="forum{fid}" class="main-content main-topic">{"".join(posts)}</div>')
        title = f"{esc(w.title)} (Page 1) &#8212; {PB_FORUMS[fid][0]} &#8212; {esc(PB_SITE)}"
        docs.append(_doc(w, _punbb(u, "viewtopic", title, [(esc(PB_SITE), "/index.php"),
                                                           (PB_FORUMS[fid][0], f"/viewforum.php?id={fid}"),
                                                           (esc(w.title), None)], main)))

    def rows(fid: int) -> str:
        out = []
        for n, w in enumerate(t for t in topics if PB_TOPICS[t.path] == fid):
            starter = _pb_posts(w)[0][0]
            last = _pb_posts(w)[-1][0]
            out.append(f'<div id="topic{w.path.split("=")[1]}" class="main-item {"odd" if n % 2 == 0 else "even"}">'
                       f'<span class="icon"><!-- --></span><div class="item-subject"><h3 class="hn"><span '
                       f'class="item-num">{n + 1}</span> <a href="{u(w.path)}">{esc(w.title)}</a></h3><p><span '
                       f'class="item-starter">by <cite>{esc(starter)}</cite></span></p></div><ul class="item-info">'
                       f'<li class="info-replies"><strong>{len(w.paras) - 1}</strong> <span class="label">replies'
                       f'</span></li><li class="info-lastpost"><span class="label">Last post</span> <cite>by '
                       f"{esc(last)}</cite></li></ul></div>")
        return "".join(out)

    for fid, (name, desc) in PB_FORUMS.items():
        main = (f'<h1 class="main-title"><a class="permalink" href="{u(f"/viewforum.php?id={fid}")}" rel="bookmark">'
                f'{name}</a></h1><div class="main-subhead"><p class="item-summary"><span>Topics</span></p></div>'
                f'<div id="forum{fid}" class="main-content main-forum forum-noview">{rows(fid)}</div>')
        docs.append(_page(T.PUNBB, f"/viewforum.php?id={fid}", _punbb(
            u, "viewforum", f"{name} &#8212; {esc(PB_SITE)}", [(esc(PB_SITE), "/index.php"), (name, None)], main)))
    cats = "".join(
        f'<div id="forum{fid}" class="main-item"><span class="icon"><!-- --></span><div class="item-subject">'
        f'<h3 class="hn"><a href="{u(f"/viewforum.php?id={fid}")}"><span>{name}</span></a></h3><p>{desc}</p></div>'
        f'<ul class="item-info"><li class="info-topics"><strong>{sum(v == fid for v in PB_TOPICS.values())}</strong> '
        f'<span class="label">topics</span></li></ul></div>' for fid, (name, desc) in PB_FORUMS.items())
    index = (f'<div class="main-head"><h2 class="hn"><span>Archives at work</span></h2></div>'
             f'<div class="main-content main-category">{cats}</div><div id="brd-stats" class="gen-content">'
             f'<h2 class="hn"><span>Forum statistics</span></h2><ul><li class="st-users"><span>Total number of '
             f"registered users: <strong>1,482</strong></span></li><li class=\"st-users\"><span>Newest registered "
             f'user: <a href="{u("/profile.php?id=14")}">vellum_and_void</a></span></li></ul></div>')
    users = "".join(f'<tr class="{"odd" if n % 2 == 0 else "even"}"><td class="tc0"><span>{esc(name)}</span></td>'
                    f'<td class="tc1">Member</td><td class="tc2">{count}</td><td class="tc3">{reg}</td></tr>'
                    for n, (name, (reg, count)) in enumerate(sorted(PB_USERS.items(), key=lambda x: x[0].lower())))
    docs += [
        _page(T.PUNBB, "/index.php", _punbb(u, "index", esc(PB_SITE), [(esc(PB_SITE), None)], index)),
        _page(T.PUNBB, "/profile.php?id=14", _punbb(
            u, "profile", f"vellum_and_void's profile &#8212; {esc(PB_SITE)}",
            [(esc(PB_SITE), "/index.php"), ("vellum_and_void's profile", None)],
            '<div class="main-head"><h2 class="hn"><span>vellum_and_void</span></h2></div><div class="main-content '
            'main-frm"><div class="profile ct-group data-group"><ul class="data-list"><li><span>Title: <strong>Member'
            "</strong></span></li><li><span>From: <strong>Ohio</strong></span></li><li><span>Registered: <strong>"
            "2024-11-15</strong></span></li><li><span>Posts: <strong>9</strong></span></li></ul></div>"
            '<div class="ct-set data-set"><h3 class="hn">Signature</h3><p>processing archivist, year one</p></div></div>',
            '<meta name="ROBOTS" content="NOINDEX, FOLLOW" />')),
        _page(T.PUNBB, "/userlist.php", _punbb(
            u, "userlist", f"User list &#8212; {esc(PB_SITE)}", [(esc(PB_SITE), "/index.php"), ("User list", None)],
            '<div class="main-head"><h2 class="hn"><span>User list</span></h2></div><div class="main-content main-'
            'frm"><table><thead><tr><th class="tc0">Username</th><th class="tc1">Title</th><th class="tc2">Posts</th>'
            f'<th class="tc3">Registered</th></tr></thead><tbody>{users}</tbody></table></div>',
            '<meta name="ROBOTS" content="NOINDEX, FOLLOW" />')),
        _page(T.PUNBB, "/search.php", _punbb(
            u, "search", f"Search &#8212; {esc(PB_SITE)}", [(esc(PB_SITE), "/index.php"), ("Search", None)],
            f'<div class="main-head"><h2 class="hn"><span>Search</span></h2></div><div class="main-content main-frm">'
            f'<form id="afocus" class="frm-form" method="get" accept-charset="utf-8" action="{u("/search.php")}">'
            f'<input type="hidden" name="action" value="search" /><fieldset class="frm-group"><legend>Search criteria'
            f'</legend><label for="fld1"><span>Keyword search</span></label><input type="text" id="fld1" '
            f'name="keywords" size="40" maxlength="100" /><label for="fld2"><span>Author search</span></label>'
            f'<input type="text" id="fld2" name="author" size="40" maxlength="25" /><select id="fld3" name="forum">'
            f'<option value="-1">All forums</option><option value="2">Careers &amp; Mentoring</option>'
            f'<option value="3">Collections &amp; Technology</option></select></fieldset><span class="submit">'
            f'<input type="submit" name="search" value="Submit search" /></span></form></div>',
            '<meta name="ROBOTS" content="NOINDEX, FOLLOW" />')),
    ]
    return docs


# --- a SAGE-like journal (Atypon) ---------------------------------------------------------------------

SG_JOURNAL = "Journal of Librarianship and Information Practice"
SG_CODE = "jlp"
SG_ISSUE = ("57", "2", "June 2025")
SG_PAGES = {"/doi/full/10.1177/09610006251104321": "233-251", "/doi/abs/10.1177/09610006251104340": "252-266",
            "/doi/full/10.1177/09610006251104355": "267-280", "/doi/full/10.1177/09610006251104367": "281-297",
            "/doi/full/10.1177/09610006251104378": "298-299"}


def _sage(u: U, path: str, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en" data-darkreader-mode="off"><head><meta charset="UTF-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(title)}</title>'
            f'<meta name="robots" content="noarchive"><link rel="canonical" href="{esc(u(path))}">{head}'
            f'<link rel="stylesheet" href="/products/sage/releasedAssets/css/build.min.css"></head>'
            f'<body class="pb-ui"><div class="pageHeader"><header class="header"><div class="header__logo">'
            f'<a href="{u("/home/" + SG_CODE)}" title="{SG_JOURNAL}"><img src="/pb-assets/jlp-logo.svg" '
            f'alt="{SG_JOURNAL}"></a></div><nav class="journal-nav" aria-label="Journal navigation"><ul>'
            f'<li><a href="{u("/home/" + SG_CODE)}">Journal home</a></li>'
            f'<li><a href="{u("/toc/jlp/57/2")}">Current issue</a></li>'
            f'<li><a href="{u("/page/jlp/about")}">Journal information</a></li></ul></nav>'
            f'<form class="quick-search" action="{u("/action/doSearch")}" method="get"><input type="search" '
            f'name="AllField" placeholder="Search this journal"><input type="hidden" name="SeriesKey" value="jlp">'
            f'<button type="submit">Search</button></form></header></div><main class="content">{main}</main>'
            f'<footer class="footer"><p>Copyright &copy; 2025 by Lipractice Publishing. All rights reserved.</p>'
            f'<p><a href="https://www.example.org/privacy">Privacy</a></p></footer></body></html>')


def _sg_meta(w: T.Work, u: U, abstract: str) -> str:
    doi = w.path.split("/doi/")[1].split("/", 1)[1]
    first, last = SG_PAGES[w.path.replace("/pdf/", "/abs/")].split("-")
    creators = "".join(f'<meta name="dc.Creator" content="{esc(a)}">' for a in w.author.split("; "))
    return (f'<meta name="dc.Title" content="{esc(w.title)}">{creators}'
            f'<meta name="dc.Description" content="{esc(abstract)}"><meta name="dc.Publisher" content="Lipractice '
            f'Publishing"><meta name="dc.Date" scheme="WTN8601" content="{w.date}"><meta name="dc.Type" '
            f'content="research-article"><meta name="dc.Format" content="text/HTML"><meta name="dc.Identifier" '
            f'scheme="doi" content="{doi}"><meta name="dc.Language" content="EN"><meta name="dc.Coverage" '
            f'content="world"><meta name="keywords" content="{esc(", ".join(w.tags))}">'
            f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="Article">'
            f'<meta property="og:url" content="{u(w.path)}"><meta property="og:description" content="{esc(abstract)}">'
            f'<meta property="og:site_name" content="SAGE-like Journals">'
            f'<meta name="citation_journal_title" content="{SG_JOURNAL}"><meta name="citation_volume" content="57">'
            f'<meta name="citation_issue" content="2"><meta name="citation_firstpage" content="{first}">'
            f'<meta name="citation_lastpage" content="{last}">')


def _sg_authors(w: T.Work, u: U) -> str:
    out = []
    for a in w.author.split("; "):
        name = (f'<a href="{u("/author/okafor-ngozi")}" class="core-author-link">{esc(a)}</a>'
                if a == "Ngozi Okafor" else f'<span>{esc(a)}</span>')
        out.append(f'<span property="author" typeof="Person"><span property="name">{name}</span></span>')
    return '<div class="contributors"><span class="authors">' + ", ".join(out) + "</span></div>"


_SG_ABSTRACT = '<section id="abstract" property="abstract" typeof="Text" role="doc-abstract">'


def _sg_article(w: T.Work, u: U, full: bool) -> str:
    paras = list(w.paras)
    abstract = paras[1] if paras[0] == "## Abstract" else paras[0]
    pages = SG_PAGES[w.path]
    kind = "Book Review" if "Book review" in w.title else "Research article"
    header = (f'<article class="article"><header class="core-container"><div class="core-enumeration"><span '
              f'class="meta-panel__type">{kind}</span> <span><a href="{u("/toc/jlp/57/2")}">Volume 57, Issue 2</a>'
              f'</span></div><h1 property="name">{esc(w.title)}</h1>{_sg_authors(w, u)}<div class="core-self-citation">'
              f'<span class="core-epub-date">First published online {_long(w.date)}</span></div><div class="doi">'
              f'<a href="https://doi.org/{w.path.split("/", 3)[3]}">https://doi.org/{w.path.split("/", 3)[3]}</a>'
              f"</div></header>")
    if full:
        sections, cur = [], None
        for x in paras:
            if x.startswith("## "):
                cur = [x[3:]]
                sections.append(cur)
            else:
                if cur is None:
                    cur = [""]
                    sections.append(cur)
                cur.append(x)
        body = "".join(
            (_SG_ABSTRACT if s[0] == "Abstract" else f'<section id="{_slug(s[0]) or "body"}">')
            + (f"<h2>{esc(s[0])}</h2>" if s[0] else "")
            + "".join(f'<div role="paragraph">{esc(p)}</div>' for p in s[1:]) + "</section>"
            for s in sections)
        return header + f'<div class="core-container"><div id="bodymatter" property="articleBody">{body}</div></div>' \
                        f'<div class="core-pages">pp. {pages}</div></article>'
    pdf_path = w.path.replace("/abs/", "/pdf/")
    return (header + f'<section id="abstract" role="doc-abstract"><h2>Abstract</h2><div role="paragraph">'
                     f'{esc(abstract)}</div></section><section class="keywords"><h2>Keywords</h2><p>'
                     f'{esc(paras[-1].split(": ", 1)[1])}</p></section><div class="access-options"><h2>Access options'
                     f'</h2><p>Access to this article is available through your institution or by purchase.</p>'
                     f'<a class="btn btn--pdf" href="{u(pdf_path)}" title="PDF / ePub">View PDF</a></div>'
                     f'<div class="core-pages">pp. {pages}</div></article>')


def sage(u: U) -> list[Doc]:
    docs = []
    arts = _works(T.SAGE)
    for w in arts:
        if w.path.startswith("/doi/pdf/"):
            docs.append(_doc(w, _pdf(w.paras), "application/pdf"))
            continue
        abstract = w.paras[1] if w.paras[0] == "## Abstract" else w.paras[0]
        full = w.path.startswith("/doi/full/")
        docs.append(_doc(w, _sage(u, w.path, f"{w.title} - {w.author.replace('; ', ', ')}, 2025",
                                  _sg_article(w, u, full), _sg_meta(w, u, abstract))))
    listed = [w for w in arts if not w.path.startswith("/doi/pdf/")]
    listed.sort(key=lambda w: SG_PAGES[w.path])

    def item(w: T.Work) -> str:
        href = u(w.path)
        return (f'<div class="issue-item"><div class="issue-item__title"><a href="{href}"><h5>{esc(w.title)}</h5>'
                f'</a></div><div class="issue-item__authors"><ul class="rlist--inline loa">'
                + "".join(f"<li><span>{esc(a)}</span></li>" for a in w.author.split("; "))
                + f'</ul></div><div class="issue-item__footer">pp. {SG_PAGES[w.path]} &middot; First published '
                  f"{_long(w.date)}</div></div>")

    found = [w for w in listed if any(k in " ".join(w.paras).lower() for k in ("mentor", "online communit"))]
    docs += [
        _page(T.SAGE, "/home/jlp", _sage(
            u, "/home/jlp", SG_JOURNAL,
            f'<div class="journal-banner"><h1>{SG_JOURNAL}</h1><p>Published bimonthly. Impact and scope: research on '
            f"library and information practice in all sectors.</p></div><section class=\"current-issue\"><h2>Current "
            f'issue: <a href="{u("/toc/jlp/57/2")}">Volume 57 Issue 2, June 2025</a></h2>'
            + "".join(item(w) for w in listed[:3]) + "</section><section class=\"popular-searches\"><h2>Popular "
            f'searches</h2><ul><li><a href="{esc(u("/action/doSearch?AllField=mentoring&SeriesKey=jlp"))}">mentoring</a>'
            "</li></ul></section>",
            f'<meta property="og:title" content="{SG_JOURNAL}"><meta property="og:type" content="website">')),
        _page(T.SAGE, "/toc/jlp/57/2", _sage(
            u, "/toc/jlp/57/2", f"{SG_JOURNAL}: Vol 57, No 2", '<h1 class="toc-heading">Volume 57 Issue 2, June 2025'
                                                               '</h1><div class="table-of-content">'
            + "".join(item(w) for w in listed) + "</div>")),
        _page(T.SAGE, "/action/doSearch?AllField=mentoring&SeriesKey=jlp", _sage(
            u, "/action/doSearch?AllField=mentoring&SeriesKey=jlp", "Search results | SAGE-like Journals",
            f'<div class="search-result"><h1 class="search-result__title">{len(found)} results for '
            f'&ldquo;mentoring&rdquo; in {SG_JOURNAL}</h1><ul class="search-result__body items-results">'
            + "".join(f'<li class="search__item">{item(w)}</li>' for w in found) + "</ul></div>")),
        _page(T.SAGE, "/page/jlp/about", _sage(
            u, "/page/jlp/about", f"{SG_JOURNAL}: Journal Description",
            f"<h1>Journal Description</h1><p>The {SG_JOURNAL} publishes peer-reviewed research, reviews and "
            "commentary on the practice of librarianship, archives and information work. Editor: Prof. Helen Achebe. "
            "ISSN 0961-0006, eISSN 1741-6477.</p>")),
        _page(T.SAGE, "/author/okafor-ngozi", _sage(
            u, "/author/okafor-ngozi", "Ngozi Okafor | SAGE-like Journals",
            '<div class="author-profile"><h1>Ngozi Okafor</h1><p class="affiliation">School of Information, '
            "University of the Midlands</p><h2>Publications in this journal</h2>"
            + item(T.WORKS["sage-distance"]) + "</div>")),
    ]
    return docs


# --- a Calameo-like document host ------------------------------------------------------------------------

CM_SITE = "Docshelf"
CM_ACCOUNT = ("/accounts/4471920", "Rosalind Mbeki")
CM_CATEGORY = {"/read/00719442a3c1f8e2b4d77": "Education", "/read/00719442b9d03e5a1c6f2": "Education",
               "/read/0071944c70a2f3d8e9b11": "Magazines", "/read/0071944d18e6b0c2f4a55": "Business",
               "/read/0071944e27c9a1b3d6e08": "Education"}


def _calameo(u: U, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}'
            f'<link rel="stylesheet" href="/assets/css/site.9f2c.css"></head><body class="{"" if head else "page"}">'
            f'<header id="header"><a class="logo" href="{u("/")}">{CM_SITE}</a><nav class="menu"><ul>'
            f'<li><a href="{u("/library/education")}">Explore</a></li></ul></nav><form class="search" '
            f'action="{u("/search")}" method="get"><input type="search" name="q" placeholder="Search publications">'
            f'</form></header><div id="content">{main}</div><footer id="footer"><p>&copy; 2025 {CM_SITE}</p>'
            f'<p><a href="https://www.example.com/docshelf/terms">Terms</a></p></footer></body></html>')


def _cm_thumb(w: T.Work, u: U) -> str:
    code = w.path.rsplit("/", 1)[1]
    return (f'<div class="publication"><a class="thumb" href="{u(w.path)}"><img src="https://i.docshelf.example.net/'
            f'{code}/p1.jpg" alt="{esc(w.title)}"></a><div class="infos"><h3><a href="{u(w.path)}">{esc(w.title)}'
            f'</a></h3><p class="author">{esc(w.author)}</p></div></div>')


def calameo(u: U) -> list[Doc]:
    """Only one account's page is here; the other publishers' names are shown without their links."""
    docs = []
    pubs = _works(T.CALAMEO)
    for w in pubs:
        code = w.path.rsplit("/", 1)[1]
        desc = _summary(w, 250)
        owner = (f'<a href="{u(CM_ACCOUNT[0])}">{esc(w.author)}</a>' if w.author == CM_ACCOUNT[1]
                 else f"<span>{esc(w.author)}</span>")
        ld = {"@context": "https://schema.org", "@type": "PublicationIssue", "name": w.title, "description": desc,
              "datePublished": w.date, "publisher": {"@type": "Organization", "name": w.author}, "url": u(w.path),
              "thumbnailUrl": f"https://i.docshelf.example.net/{code}/p1.jpg"}
        head = (f'<meta name="description" content="{esc(desc)}"><meta property="og:type" content="book">'
                f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:description" '
                f'content="{esc(desc)}"><meta property="og:url" content="{u(w.path)}"><meta property="og:image" '
                f'content="https://i.docshelf.example.net/{code}/p1.jpg"><meta property="og:site_name" content="'
                f'{CM_SITE}"><meta name="twitter:card" content="player"><meta name="twitter:player" content="https://'
                f'v.docshelf.example.net/?bkcode={code}"><link rel="canonical" href="{u(w.path)}">'
                f'<script type="application/ld+json">{json.dumps(ld)}</script>')
        more = [p for p in pubs if p is not w and CM_CATEGORY[p.path] == CM_CATEGORY[w.path]][:3]
        cat = CM_CATEGORY[w.path]
        cat_html = f'<a href="{u("/library/education")}">{cat}</a>' if cat == "Education" else cat
        main = (f'<div class="viewer"><iframe src="https://v.docshelf.example.net/?bkcode={code}&amp;mode=mini" '
                f'width="100%" height="500" frameborder="0" allowfullscreen title="{esc(w.title)}"></iframe></div>'
                f'<div class="publication-infos"><h1 class="title">{esc(w.title)}</h1><div class="owner">Published by '
                f'{owner} on {_long(w.date)}</div><div class="stats"><span class="views">{len(w.paras) * 173} views'
                f'</span></div><div class="description"><p>{esc(desc)}</p></div><div class="category">Category: '
                f"{cat_html}</div></div>")
        main += ('<div class="publication-text"><h2>Text content</h2>'
                 + "".join(f'<div class="page-text" id="page{i + 1}"><p>{esc(x)}</p></div>' for i, x in enumerate(w.paras))
                 + "</div>" + ('<div class="related"><h2>More publications</h2>' + "".join(_cm_thumb(p, u) for p in more)
                               + "</div>" if more else ""))
        docs.append(_doc(w, _calameo(u, f"{w.title} by {w.author} - {CM_SITE}", main, head)))
    edu = [w for w in pubs if CM_CATEGORY[w.path] == "Education"]
    hits = [w for w in pubs if "mentor" in " ".join(w.paras).lower()]
    docs += [
        _page(T.CALAMEO, "/", _calameo(
            u, f"{CM_SITE} - Publish and share your documents",
            '<section class="hero"><h1>Publish your documents online</h1><p>Turn PDFs into flipbooks you can share '
            "and embed.</p></section><section class=\"featured\"><h2>Latest publications</h2>"
            + "".join(_cm_thumb(w, u) for w in pubs) + "</section><section class=\"trending\"><h2>Trending searches"
            f'</h2><a class="tag" href="{u("/search?q=mentoring")}">mentoring</a></section>',
            f'<meta name="description" content="Publish and share documents online."><meta property="og:type" '
            f'content="website"><meta property="og:site_name" content="{CM_SITE}">')),
        _page(T.CALAMEO, CM_ACCOUNT[0], _calameo(
            u, f"{CM_ACCOUNT[1]} - {CM_SITE}",
            f'<div class="account-header"><h1>{CM_ACCOUNT[1]}</h1><p class="bio">Librarian, Saint Aldhelm Hospital '
            f"Library.</p><p>2 publications &middot; 14 subscribers</p></div><div class=\"publications\">"
            + "".join(_cm_thumb(w, u) for w in pubs if w.author == CM_ACCOUNT[1]) + "</div>")),
        _page(T.CALAMEO, "/search?q=mentoring", _calameo(
            u, f"mentoring - Search - {CM_SITE}",
            f'<h1>Search results for &ldquo;mentoring&rdquo;</h1><p class="count">{len(hits)} publications</p>'
            '<div class="results">' + "".join(_cm_thumb(w, u) for w in hits) + "</div>")),
        _page(T.CALAMEO, "/library/education", _calameo(
            u, f"Education publications - {CM_SITE}",
            '<h1>Education</h1><div class="results">' + "".join(_cm_thumb(w, u) for w in edu) + "</div>")),
    ]
    return docs


# --- a Blackboard Learn (Original) course open to guests ------------------------------------------------

BB_COURSE = "LIS-5420-01-2025SP: Professional Practice and Careers"
BB_CID = "_4521_1"
BB_HOME = "/webapps/blackboard/execute/courseMain?course_id=" + BB_CID
BB_ANN = "/webapps/blackboard/execute/announcement?method=search&context=course&course_id=" + BB_CID
BB_INFO = T._BB + "_98120_1"
BB_STAFF = "/webapps/blackboard/execute/staffinfo/manageStaffInfo?course_id=" + BB_CID
BB_GONE = T._BB + "_98119_1"


def _bb_menu(u: U) -> list[tuple[str, str]]:
    mods = sorted((w for w in T.WORKS.values() if w.host == T.BB), key=lambda w: w.title)
    items = [("Announcements", BB_ANN), ("Course Information", BB_INFO), ("Staff Information", BB_STAFF)]
    items += [(w.title.split(":")[0], w.path) for w in mods[:1]]
    items += [("Module 2", BB_GONE)]
    items += [(w.title.split(":")[0], w.path) for w in mods[1:]]
    return items


def _blackboard(u: U, page_title: str, inner: str, crumb: str) -> str:
    menu = "".join(f'<li id="paletteItem:_{200 + i}_1" class="clearfix "><a href="{esc(u(p))}" target="_self">'
                   f'<span title="{esc(t)}">{esc(t)}</span></a></li>' for i, (t, p) in enumerate(_bb_menu(u)))
    return (f'<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">'
            f'<html lang="en-US"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f"<title>{esc(page_title)} &ndash; {esc(BB_COURSE.split(':')[0])}</title>"
            f'<link rel="stylesheet" type="text/css" href="/common/shared.css?v=3900.82.0-rel.47+0f7e6b9">'
            f'<link rel="stylesheet" type="text/css" href="/branding/themes/as_2015/theme.css">'
            f'<script type="text/javascript" src="/javascript/i18n.js?v=3900.82.0"></script></head>'
            f'<body class="ineditmode_off"><div id="topframe.logout.label" class="global-nav-bar-wrap">'
            f'<div class="global-nav-bar"><a href="{esc(u(BB_HOME))}" class="brandingImgWrap"><img src="/branding/'
            f'_1_1/nu-logo.png" alt="Northfield University Learn"></a><span class="guest">Guest</span></div></div>'
            f'<div id="globalNavPageContentArea"><div class="locationPane"><div id="navigationPane" '
            f'class="navigationPane"><div id="menuWrap"><div id="courseMenuPalette" class="navPaletteContent">'
            f'<h3 id="courseMenu_link"><a href="{esc(u(BB_HOME))}" title="{esc(BB_COURSE)}"><span class="courseName">'
            f'{esc(BB_COURSE)}</span></a></h3><ul id="courseMenuPalette_contents" class="courseMenu">{menu}</ul>'
            f'</div></div></div><div id="contentPanel" class="contentPane"><div id="breadcrumbs"><div class="path" '
            f'role="navigation"><ol class="clearfix"><li class="root coursePath"><a href="{esc(u(BB_HOME))}">'
            f'{esc(BB_COURSE.split(":")[0])}</a></li><li class="placeholder">{esc(crumb)}</li></ol></div></div>'
            f'<div id="pageTitleDiv" class="pageTitle clearfix"><div id="pageTitleBar" class="pageTitleIcon">'
            f'<h1 id="pageTitleHeader" tabindex="-1"><span id="pageTitleText"><span style="color:#000000;">'
            f"{esc(page_title)}</span></span></h1></div></div><div id=\"content\" class=\"contentBox\">{inner}</div>"
            f"</div></div></div></body></html>")


def _bb_items(paras, first_id: int) -> str:
    items, cur = [], None
    for x in paras:
        if x.startswith("## "):
            cur = [x[3:]]
            items.append(cur)
        else:
            if cur is None:
                cur = ["Overview"]
                items.append(cur)
            cur.append(x)
    return ('<ul id="content_listContainer" class="contentList">' + "".join(
        f'<li class="clearfix liItem read" id="contentListItem:_{first_id + i}_1"><img src="/images/ci/sets/set12/'
        f'document_on.gif" alt="Item" class="item_icon"><div class="item clearfix" id="_{first_id + i}_1"><h3>'
        f'<span style="color:#000000;">{esc(it[0])}</span></h3></div><div class="details"><div class="vtbegenerated">'
        + "".join(f"<p>{esc(p)}</p>" for p in it[1:]) + "</div></div></li>" for i, it in enumerate(items)) + "</ul>")


def blackboard(u: U, elsewhere: list[tuple[str, str]]) -> list[Doc]:
    """A guest sees the course menu, its modules and its announcements; the menu's "Module 2" was deleted, and
    Blackboard answers it with its usual 200 page saying the resource was not found."""
    docs = []
    for n, w in enumerate(_works(T.BB)):
        inner = _bb_items(w.paras, 99000 + 10 * n)
        if w is T.WORKS["bb-pln"]:
            inner += ('<div class="vtbegenerated"><h3>Links</h3><ul>'
                      + "".join(f'<li><a href="{esc(href)}" target="_blank">{esc(t)}</a></li>' for t, href in elsewhere)
                      + "</ul></div>")
        docs.append(_doc(w, _blackboard(u, w.title, inner, w.title.split(":")[0])))
    mods = sorted(_works(T.BB), key=lambda w: w.title)
    ann = ('<ul id="announcementList" class="announcementList announcementList-read">'
           f'<li class="clearfix" id="_771_1"><h3 class="item">Week 3 is open</h3><div class="details"><p>Module 3 '
           f'is now available. Please post your network map by Sunday. <a href="{esc(u(mods[1].path))}">Go to Module '
           f"3</a></p></div><div class=\"announcementInfo\"><p><span>Posted by:</span> Anneliese Ward</p><p><span>"
           f'Posted on:</span> Monday, January 27, 2025 8:02:11 AM EST</p></div></li><li class="clearfix" '
           f'id="_770_1"><h3 class="item">Welcome!</h3><div class="details"><p>Welcome to LIS 5420. Start with '
           f'<a href="{esc(u(mods[0].path))}">Module 1</a>.</p></div><div class="announcementInfo"><p><span>Posted '
           f"by:</span> Anneliese Ward</p><p><span>Posted on:</span> Monday, January 13, 2025 7:45:00 AM EST</p>"
           f"</div></li></ul>")
    docs += [
        _page(T.BB, BB_HOME, _blackboard(u, "Home Page", '<div class="portlet"><h2>Welcome to LIS 5420</h2><p>This '
                                                          "course is open to guests. Use the course menu to browse the "
                                                          "modules.</p></div>" + ann, "Home Page")),
        _page(T.BB, BB_ANN, _blackboard(u, "Announcements", ann, "Announcements")),
        _page(T.BB, BB_INFO, _blackboard(u, "Course Information", _bb_items([
            "## Syllabus", "LIS 5420 Professional Practice and Careers, Spring 2025. Three credits. Fully online.",
            "## Textbook", "Readings are provided in the course reader; no textbook purchase is required.",
            "## Policies", "Late work loses five percent a day unless an extension is agreed in advance."], 98200),
            "Course Information")),
        _page(T.BB, BB_STAFF, _blackboard(u, "Staff Information", '<ul id="content_listContainer" class="contentList '
                                                                    'staffInfo"><li class="clearfix"><div class='
                                                                    '"vcard"><h3>Dr. Anneliese Ward</h3><p>Email: '
                                                                    'award@northfield.example</p><p>Office hours: '
                                                                    "Wednesdays 6-7 pm, online</p></div></li></ul>",
                                          "Staff Information")),
        _page(T.BB, BB_GONE, _blackboard(u, "Error", '<div id="bbNG.receiptTag.content" class="receipt bad"><span '
                                                     'class="inlineReceipt_bad">The specified resource was not found, '
                                                     "or you do not have permission to access the item.</span></div>",
                                         "Error")),
    ]
    return docs


# --- Drupal 9 with Bartik --------------------------------------------------------------------------------

DR_SITE = "Prairie Library Association"
DR_NIDS = {"/news/2025/mentor-match-opens-fifth-year": 412, "/news/2025/association-launches-mastodon-server": 398,
           "/news/2025/career-conversations-webinar-series": 371, "/news/2025/library-day-at-the-capitol": 366,
           "/news/2025/new-board-president": 405, "/news/2025/broadband-grants-for-rural-libraries": 384}
DR_PDF = "/sites/default/files/2025-02/mentor-match-evaluation-2024.pdf"
DR_RDF = ("content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/"
          "foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  "
          "sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/"
          "core#  xsd: http://www.w3.org/2001/XMLSchema# ")


def _drupal(u: U, path: str, title: str, content: str, body_class: str, head: str = "", h1: bool = True,
            plain: str | None = None) -> str:
    menu = "".join(f'<li class="menu-item"><a href="{u(p)}" data-drupal-link-system-path="{sp}">{t}</a></li>'
                   for t, p, sp in (("Home", "/", "&lt;front&gt;"), ("News", "/news", "news"),
                                    ("About", "/about", "node/2"), ("Contact", "/contact", "contact")))
    full = f"{plain or title} | {DR_SITE}" if path != "/" else f"{DR_SITE} | Libraries for everyone on the prairie"
    heading = (f'<div id="block-bartik-page-title" class="block block-core block-page-title-block"><div class="content">'
               f'<h1 class="title page-title">{title}</h1></div></div>' if h1 else "")
    return (f'<!DOCTYPE html><html lang="en" dir="ltr" prefix="{DR_RDF}"><head><meta charset="utf-8" />'
            f'<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />'
            f'<meta name="MobileOptimized" content="width" /><meta name="HandheldFriendly" content="true" />'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0" />{head}'
            f'<link rel="icon" href="/core/misc/favicon.ico" type="image/vnd.microsoft.icon" />'
            f"<title>{full}</title>"
            f'<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Jq1x4o0xX9.css" /></head>'
            f'<body class="{body_class}"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to '
            f'main content</a><div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div '
            f'id="page-wrapper"><div id="page"><header id="header" class="header" role="banner"><div class="section '
            f'layout-container clearfix"><div class="clearfix region region-header"><div id="block-bartik-branding" '
            f'class="clearfix site-branding block block-system block-system-branding-block"><a href="{u("/")}" '
            f'rel="home" class="site-branding__logo"><img src="/core/themes/bartik/logo.svg" alt="Home" /></a><div '
            f'class="site-branding__text"><div class="site-branding__name"><a href="{u("/")}" rel="home">{DR_SITE}'
            f'</a></div><div class="site-branding__slogan">Libraries for everyone on the prairie</div></div></div>'
            f'</div><div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-bartik-main-'
            f'menu-menu" id="block-bartik-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-'
            f'hidden" id="block-bartik-main-menu-menu">Main navigation</h2><div class="content"><ul class="clearfix '
            f'menu menu--main">{menu}</ul></div></nav></div></div></header><div id="main-wrapper" class="layout-main-'
            f'wrapper layout-container clearfix"><div id="main" class="layout-main clearfix"><main id="content" '
            f'class="column main-content" role="main"><section class="section"><a id="main-content" tabindex="-1">'
            f'</a><div class="region region-content">{heading}<div id="block-bartik-content" class="block block-system '
            f'block-system-main-block"><div class="content">{content}</div></div></div></section></main>'
            f'<div id="sidebar-first" class="column sidebar"><aside class="section" role="complementary"><div '
            f'class="search-block-form block block-search container-inline" data-drupal-selector="search-block-form" '
            f'id="block-bartik-search" role="search"><h2 class="visually-hidden">Search</h2><div class="content">'
            f'<form action="{u("/search/node")}" method="get" id="search-block-form" accept-charset="UTF-8"><div '
            f'class="js-form-item form-item js-form-type-search form-type-search"><label for="edit-keys" class='
            f'"visually-hidden">Search</label><input title="Enter the terms you wish to search for." '
            f'data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" '
            f'maxlength="128" class="form-search" /></div><div class="form-actions js-form-wrapper form-wrapper"><input '
            f'class="search-form__submit button js-form-submit form-submit" type="submit" id="edit-submit" value='
            f'"Search" /></div></form></div></div><div class="views-element-container block block-views"><h2>'
            f'Topics</h2><div class="content"><div class="item-list"><ul><li><a href="{u("/taxonomy/term/14")}" '
            f'hreflang="en">Mentoring</a></li></ul></div></div></div></aside></div></div></div>'
            f'<footer class="site-footer"><div class="layout-container"><div class="site-footer__bottom"><div '
            f'class="region region-footer-fifth"><div id="block-bartik-powered" class="block block-system block-'
            f'system-powered-by-block"><div class="content"><span>Powered by <a href="https://www.drupal.org">Drupal'
            f"</a></span></div></div></div></div></div></footer></div></div></div></body></html>")


def _dr_date(iso: str) -> str:
    return f"{_d(iso):%a, %m/%d/%Y} - 10:30"


def _dr_teaser(w: T.Work, u: U) -> str:
    return (f'<article data-history-node-id="{DR_NIDS[w.path]}" role="article" about="{w.path}" typeof="schema:Article"'
            f' class="node node--type-article node--promoted node--view-mode-teaser"><h2><a href="{u(w.path)}" '
            f'rel="bookmark"><span property="schema:name" class="field field--name-title field--type-string '
            f'field--label-hidden">{esc(w.title)}</span></a></h2><footer class="node__meta"><div class="node__submitted">'
            f'Submitted by <span class="field field--name-uid"><span>plaweb</span></span> on <span class="field '
            f'field--name-created">{_dr_date(w.date)}</span></div></footer><div class="node__content clearfix"><div '
            f'property="schema:text" class="clearfix text-formatted field field--name-body field--type-text-with-'
            f'summary field--label-hidden field__item"><p>{esc(_summary(w, 300))}</p></div><ul class="links inline">'
            f'<li class="node-readmore"><a href="{u(w.path)}" rel="tag" title="{esc(w.title)}" hreflang="en">Read more'
            f'<span class="visually-hidden"> about {esc(w.title)}</span></a></li></ul></div></article>')


def drupal(u: U) -> list[Doc]:
    """The authors' names on articles are not linked (the site hides user pages from anonymous visitors but one,
    the web team's, linked from the about page)."""
    docs = []
    news = [w for w in _works(T.BARTIK) if w.path in DR_NIDS]
    for w in news:
        nid = DR_NIDS[w.path]
        tags = ""
        if "Mentoring" in w.tags:
            tags = (f'<section class="field field--name-field-tags field--type-entity-reference field--label-above '
                    f'clearfix"><h2 class="field__label">Tags</h2><ul class="links field__items"><li><a href="'
                    f'{u("/taxonomy/term/14")}" property="schema:about" hreflang="en">Mentoring</a></li></ul></section>')
        attach = ""
        if w is T.WORKS["bartik-match"]:
            attach = (f'<div class="field field--name-field-attachments field--type-file field--label-above"><div '
                      f'class="field__label">Attachments</div><div class="field__items"><div class="field__item"><span '
                      f'class="file file--mime-application-pdf file--application-pdf"><a href="{u(DR_PDF)}" '
                      f'type="application/pdf">mentor-match-evaluation-2024.pdf</a></span> <span>(86.4 KB)</span></div>'
                      f"</div></div>")
        content = (f'<article data-history-node-id="{nid}" role="article" about="{w.path}" typeof="schema:Article" '
                   f'class="node node--type-article node--promoted node--view-mode-full"><header><div class="node__meta">'
                   f'<span>Submitted by <span rel="schema:author" class="field field--name-uid field--type-entity-'
                   f'reference field--label-hidden"><span lang="" typeof="schema:Person" property="schema:name" '
                   f'datatype="">plaweb</span></span> on <span property="schema:dateCreated" content="{w.date}T15:30:00'
                   f'+00:00" class="field field--name-created field--type-created field--label-hidden">'
                   f'{_dr_date(w.date)}</span></span><span property="schema:name" content="{esc(w.title)}" '
                   f'class="hidden"></span></div></header><div class="node__content clearfix"><div property="schema:text" '
                   f'class="clearfix text-formatted field field--name-body field--type-text-with-summary '
                   f'field--label-hidden field__item">{_body(w.paras)}<p><em>{esc(w.author)}</em></p></div>{attach}'
                   f"{tags}</div></article>")
        head = (f'<link rel="canonical" href="{u(w.path)}" /><link rel="shortlink" href="{u(f"/node/{nid}")}" />'
                f'<meta property="schema:name" content="{esc(w.title)}" />')
        title = f'<span property="schema:name" class="field field--name-title field--type-string field--label-hidden">' \
                f"{esc(w.title)}</span>"
        docs.append(_doc(w, _drupal(u, w.path, title, content, "layout-one-sidebar layout-sidebar-first path-node "
                                                                "page-node-type-article", head, plain=esc(w.title))))
    rep = T.WORKS["bartik-report"]
    docs.append(_doc(rep, _pdf(rep.paras), "application/pdf"))
    tagged = [w for w in news if "Mentoring" in w.tags]
    hits = [w for w in news if "mentor" in " ".join(w.paras).lower()]
    views = lambda ws: ('<div class="views-element-container"><div class="view view-frontpage view-id-frontpage '
                        'view-display-id-page_1"><div class="view-content">'
                        + "".join(f'<div class="views-row">{_dr_teaser(w, u)}</div>' for w in ws) + "</div></div></div>")
    docs += [
        _page(T.BARTIK, "/", _drupal(u, "/", "", views(news[:5]) + f'<nav class="pager"><ul class="pager__items">'
                                     f'<li class="pager__item"><a href="{u("/news")}">All news</a></li></ul></nav>',
                                     "layout-one-sidebar layout-sidebar-first path-frontpage", h1=False)),
        _page(T.BARTIK, "/news", _drupal(u, "/news", "News", views(news), "layout-one-sidebar layout-sidebar-first "
                                                                            "path-news")),
        _page(T.BARTIK, "/taxonomy/term/14", _drupal(
            u, "/taxonomy/term/14", "Mentoring",
            '<div about="/taxonomy/term/14" typeof="schema:DefinedTerm" id="taxonomy-term-14" class="taxonomy-term '
            'vocabulary-tags"><div class="content"></div></div>' + views(tagged),
            "layout-one-sidebar layout-sidebar-first path-taxonomy",
            f'<link rel="canonical" href="{u("/taxonomy/term/14")}" /><link rel="shortlink" '
            f'href="{u("/taxonomy/term/14")}" />')),
        _page(T.BARTIK, "/search/node?keys=mentor", _drupal(
            u, "/search/node?keys=mentor", "Search",
            '<form class="search-form" action="/search/node" method="get"><input type="search" name="keys" '
            'value="mentor" /><input type="submit" value="Search" /></form><h2>Search results</h2>'
            '<ol class="search-results node_search-results">'
            + "".join(f'<li><h3 class="search-result__title"><a href="{u(w.path)}">{esc(w.title)}</a></h3><div '
                      f'class="search-result__snippet-info"><p class="search-result__snippet">{cut(w.paras[0], 180)}</p>'
                      f'<p class="search-result__info">plaweb - {_dr_date(w.date)}</p></div></li>' for w in hits)
            + "</ol>", "layout-one-sidebar layout-sidebar-first path-search")),
        _page(T.BARTIK, "/about", _drupal(
            u, "/about", "About",
            '<article about="/about" class="node node--type-page node--view-mode-full"><div class="node__content '
            'clearfix"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary '
            'field--label-hidden field__item"><p>The Prairie Library Association brings together library workers, '
            "trustees and friends from public, academic, school and special libraries across the state.</p><p>Our "
            "programmes include the annual conference, Library Day at the Capitol, continuing education webinars and "
            f'Mentor Match (see the <a href="{u("/news/2019/mentor-match-pilot")}">2019 pilot announcement</a>).</p>'
            f'<p>Looking for older news? <a href="{u("/search/node?keys=mentor")}">Search the site for Mentor Match'
            f'</a>.</p><p>This website is maintained by the <a href="{u("/user/31")}">web team</a>.</p></div></div>'
            "</article>",
            "layout-one-sidebar layout-sidebar-first path-node page-node-type-page",
            f'<link rel="canonical" href="{u("/about")}" /><link rel="shortlink" href="{u("/node/2")}" />')),
        _page(T.BARTIK, "/contact", _drupal(
            u, "/contact", "Contact",
            '<form class="contact-message-feedback-form contact-message-form contact-form" action="/contact" '
            'method="post" id="contact-message-feedback-form" accept-charset="UTF-8"><div class="form-item"><label '
            'for="edit-name" class="js-form-required form-required">Your name</label><input type="text" id="edit-name" '
            'name="name" size="60" maxlength="255" class="form-text required" required="required" /></div><div '
            'class="form-item"><label for="edit-mail">Your email address</label><input type="email" id="edit-mail" '
            'name="mail" size="60" maxlength="254" class="form-email required" required="required" /></div><div '
            'class="form-item"><label for="edit-subject-0-value">Subject</label><input type="text" id="edit-subject-0-'
            'value" name="subject[0][value]" size="60" maxlength="100" /></div><div class="form-item"><label '
            'for="edit-message-0-value">Message</label><textarea id="edit-message-0-value" name="message[0][value]" '
            'rows="12" cols="60"></textarea></div><div class="form-actions"><input type="submit" id="edit-submit" '
            'name="op" value="Send message" class="button button--primary form-submit" /></div></form>',
            "layout-one-sidebar layout-sidebar-first path-contact")),
        _page(T.BARTIK, "/user/31", _drupal(
            u, "/user/31", "plaweb",
            '<article typeof="schema:Person" about="/user/31" class="profile"><div class="field field--name-user-'
            'picture"></div><h4 class="label">Member for</h4><p>6 years 2 months</p></article>',
            "layout-one-sidebar layout-sidebar-first path-user")),
        _page(T.BARTIK, "/news/2019/mentor-match-pilot", _drupal(
            u, "/news/2019/mentor-match-pilot", "Page not found",
            "The requested page could not be found.", "layout-one-sidebar layout-sidebar-first path-system"),
              status=404),
    ]
    return docs


# --- WordPress with the Beaver Builder theme and builder --------------------------------------------------

BV_SITE = "ShelfWise"
BV_IDS = {w: 2100 + 7 * i for i, w in enumerate(["beaver-residence", "beaver-community", "beaver-rfid",
                                                  "beaver-linkedin", "beaver-release", "beaver-spotlight"])}
BV_COMMUNITY = ("beaver-linkedin", "beaver-spotlight", "beaver-community", "beaver-residence")
BV_WEBINARS = ("beaver-rfid", "beaver-linkedin")


def _bv_key(w: T.Work) -> str:
    return next(k for k, v in T.WORKS.items() if v is w)


def _beaver(u: U, path: str, title: str, body_class: str, content: str, head: str = "") -> str:
    menu = "".join(f'<li id="menu-item-{30 + i}" class="menu-item menu-item-type-post_type menu-item-object-page '
                   f'menu-item-{30 + i}"><a href="{u(p)}" class="nav-link">{t}</a></li>'
                   for i, (t, p) in enumerate((("Product", "/"), ("Blog", "/blog/"), ("Customer Stories",
                                                                                      "/category/community/"),
                                               ("About", "/about-us/"), ("Contact", "/contact-us/"))))
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1.0"><meta http-equiv="X-UA-Compatible" content="IE=edge">'
            f'<link rel="profile" href="https://gmpg.org/xfn/11"><title>{esc(title)}</title>'
            f"<meta name='robots' content='max-image-preview:large' /><link rel=\"alternate\" type=\"application/rss+xml\" "
            f'title="{BV_SITE} &raquo; Feed" href="{u("/feed/")}" /><link rel="stylesheet" id="fl-builder-layout-'
            f'bundle-css" href="/wp-content/uploads/bb-plugin/cache/bundle-layout.css?ver=2.8.4.2" media="all" />'
            f'<link rel="stylesheet" id="fl-automator-skin-css" href="/wp-content/uploads/bb-theme/skin-65f1c2.css?ver='
            f'1.7.15.3" media="all" /><meta name="generator" content="WordPress 6.6.2" />{head}</head>'
            f'<body class="{body_class} fl-builder-2-8-4-2 fl-theme-1-7-15-3 fl-no-js fl-framework-base-4 '
            f'fl-preset-default fl-full-width fl-search-active" itemscope="itemscope" '
            f'itemtype="https://schema.org/WebPage"><a aria-label="Skip to content" class="fl-screen-reader-text" '
            f'href="#fl-main-content">Skip to content</a><div class="fl-page"><header class="fl-page-header '
            f'fl-page-header-primary fl-page-nav-right fl-page-nav-toggle-button fl-page-nav-toggle-visible-mobile" '
            f'itemscope="itemscope" itemtype="https://schema.org/WPHeader" role="banner"><div class="fl-page-header-'
            f'wrap"><div class="fl-page-header-container container"><div class="fl-page-header-row row"><div '
            f'class="col-sm-12 col-md-4 fl-page-header-logo-col"><div class="fl-page-header-logo" itemscope="itemscope"'
            f' itemtype="https://schema.org/Organization"><a href="{u("/")}" itemprop="url"><img class="fl-logo-img" '
            f'loading="false" data-no-lazy="1" itemscope itemtype="https://schema.org/ImageObject" src="/wp-content/'
            f'uploads/2023/04/shelfwise-logo.svg" data-retina="" title="" width="180" height="40" alt="{BV_SITE}" />'
            f'<meta itemprop="name" content="{BV_SITE}" /></a></div></div><div class="col-sm-12 col-md-8 fl-page-nav-'
            f'col"><div class="fl-page-nav-wrap"><nav class="fl-page-nav fl-nav navbar navbar-default navbar-expand-md"'
            f' aria-label="Header Menu" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement" '
            f'role="navigation"><div class="fl-page-nav-collapse collapse navbar-collapse" id="fl-page-nav-collapse">'
            f'<ul id="menu-main" class="nav navbar-nav navbar-right menu fl-theme-menu">{menu}</ul></div></nav></div>'
            f'</div></div></div></div></header><div id="fl-main-content" class="fl-page-content" itemprop="mainContent"'
            f' role="main">{content}</div><footer class="fl-page-footer-wrap" itemscope="itemscope" '
            f'itemtype="https://schema.org/WPFooter" role="contentinfo"><div class="fl-page-footer"><div '
            f'class="fl-page-footer-container container"><div class="fl-page-footer-row row"><div class="col-md-12 '
            f'text-center clearfix"><div class="fl-page-footer-text fl-page-footer-text-1"><a href="{u("/tag/webinars/")}'
            f'">Webinars</a> | <a href="{u("/?s=mentoring")}">Librarian resources</a> | &copy; 2025 {BV_SITE} Inc.</div>'
            f"</div></div></div></div></footer></div></body></html>")


def _bv_row(node: str, inner: str) -> str:
    return (f'<div class="fl-row fl-row-fixed-width fl-row-bg-none fl-node-{node} fl-row-default-height fl-row-align-'
            f'center" data-node="{node}"><div class="fl-row-content-wrap"><div class="fl-row-content fl-row-fixed-width '
            f'fl-node-content"><div class="fl-col-group fl-node-{node}c"><div class="fl-col fl-node-{node}d"><div '
            f'class="fl-col-content fl-node-content"><div class="fl-module fl-module-rich-text fl-node-{node}e" '
            f'data-node="{node}e"><div class="fl-module-content fl-node-content"><div class="fl-rich-text">{inner}'
            f"</div></div></div></div></div></div></div></div></div>")


def _bv_excerpt(w: T.Work, u: U) -> str:
    return (f'<article class="fl-post post-{BV_IDS[_bv_key(w)]} post type-post status-publish format-standard hentry" '
            f'id="fl-post-{BV_IDS[_bv_key(w)]}" itemscope="itemscope" itemtype="https://schema.org/BlogPosting">'
            f'<header class="fl-post-header"><h2 class="fl-post-title" itemprop="headline"><a href="{u(w.path)}" '
            f'rel="bookmark" title="{esc(w.title)}">{esc(w.title)}</a></h2><div class="fl-post-meta fl-post-meta-top">'
            f'<span class="fl-post-date">{_long(w.date)}</span></div></header><div class="fl-post-content clearfix" '
            f'itemprop="text"><p>{esc(_summary(w, 220))}</p><a class="fl-post-more-link" href="{u(w.path)}">Read More'
            f"</a></div></article>")


def _bv_archive(u: U, path: str, heading: str, ws: list[T.Work], body_class: str) -> Doc:
    content = (f'<div class="fl-archive container"><div class="row"><div class="fl-content col-md-12" itemscope="'
               f'itemscope" itemtype="https://schema.org/Blog"><header class="fl-archive-header" role="banner"><h1 '
               f'class="fl-archive-title">{heading}</h1></header>' + "".join(_bv_excerpt(w, u) for w in ws)
               + "</div></div></div>")
    title = heading.replace("<span>", "").replace("</span>", "")
    head = (f'<link rel="canonical" href="{u(path)}" />' if "?" not in path
            else '<meta name="robots" content="noindex, follow" />')
    return _page(T.BEAVER, path, _beaver(u, path, f"{title} | {BV_SITE}", body_class, content, head))


def beaver(u: U) -> list[Doc]:
    """Posts' categories, tags and authors are hidden in the theme's settings; the menu and footer link the one
    category and tag archive, the about page the one author archive."""
    docs = []
    posts = _works(T.BEAVER)
    for w in posts:
        pid = BV_IDS[_bv_key(w)]
        article = (f'<div class="container"><div class="row"><div class="fl-content col-md-12"><article class="fl-post '
                   f'post-{pid} post type-post status-publish format-standard hentry" id="fl-post-{pid}" itemscope '
                   f'itemtype="https://schema.org/BlogPosting"><header class="fl-post-header"><h1 class="fl-post-title" '
                   f'itemprop="headline">{esc(w.title)}</h1><div class="fl-post-meta fl-post-meta-top"><span '
                   f'class="fl-post-date">{_long(w.date)}</span></div><meta itemscope itemprop="mainEntityOfPage" '
                   f'itemtype="https://schema.org/WebPage" itemid="{u(w.path)}" content="{esc(w.title)}" /><meta '
                   f'itemprop="datePublished" content="{w.date}" /><meta itemprop="dateModified" content="{w.date}" />'
                   f'<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" '
                   f'content="{BV_SITE}"></div><div itemscope itemprop="author" itemtype="https://schema.org/Person">'
                   f'<meta itemprop="name" content="{esc(w.author)}" /></div></header><div class="fl-post-content '
                   f'clearfix" itemprop="text"><div class="fl-builder-content fl-builder-content-{pid} fl-builder-'
                   f'content-primary" data-post-id="{pid}">{_bv_row(f"{pid:x}a1", _body(w.paras))}</div></div>'
                   f'<div class="fl-post-nav clearfix"></div></article></div></div></div>')
        docs.append(_doc(w, _beaver(u, w.path, f"{w.title} | {BV_SITE}", f"post-template-default single single-post "
                                                                         f"postid-{pid} single-format-standard",
                                    article, f'<link rel="canonical" href="{u(w.path)}" /><link rel="shortlink" '
                                             f'href="{u("/")}?p={pid}" />')))
    community = [w for w in posts if _bv_key(w) in BV_COMMUNITY]
    webinars = [w for w in posts if _bv_key(w) in BV_WEBINARS]
    hits = [w for w in posts if "mentor" in " ".join(w.paras).lower()]
    home = ('<div class="fl-builder-content fl-builder-content-9 fl-builder-content-primary" data-post-id="9">'
            + _bv_row("5e1a0c", '<h1>Library software that gets out of your way</h1><p>Circulation, cataloging and '
                                "analytics for public and academic libraries, with support from people who have "
                                "worked in libraries.</p>")
            + _bv_row("5e1a0d", '<h2>From the blog</h2><ul>' + "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}'
                                                                        f"</a></li>" for w in posts[:4])
                      + f'</ul><p><a class="fl-button" href="{u("/blog/")}">Read the blog</a></p>') + "</div>")
    about = ("<h1>About ShelfWise</h1><p>ShelfWise was founded in 2014 by two former library systems librarians. "
             "Today we serve more than 600 libraries in North America.</p><h2>Our team</h2><p>Our blog is edited by "
             f'<a href="{u("/author/dana-whitlock/")}">Dana Whitlock</a>, community marketing lead.</p>')
    contact = ("<h1>Contact us</h1><p>Sales: sales@shelfwise.example. Support: log in to your customer portal.</p>"
               '<div class="fl-contact-form"><form><input type="text" name="fl-name" placeholder="Your name"><input '
               'type="email" name="fl-email" placeholder="Your email"><textarea name="fl-message"></textarea><button '
               'type="submit">Send</button></form></div>')
    docs += [
        _page(T.BEAVER, "/", _beaver(u, "/", f"{BV_SITE} | Library software that gets out of your way",
                                     "home page-template-default page page-id-9 fl-builder", home)),
        _bv_archive(u, "/blog/", "Blog", posts, "blog"),
        _bv_archive(u, "/category/community/", "Category: <span>Community</span>", community,
                    "archive category category-community"),
        _bv_archive(u, "/tag/webinars/", "Tag: <span>Webinars</span>", webinars, "archive tag tag-webinars"),
        _bv_archive(u, "/?s=mentoring", "Search results for: mentoring", hits, "search search-results"),
        _bv_archive(u, "/author/dana-whitlock/", "Author: <span>Dana Whitlock</span>",
                    [w for w in posts if w.author == "Dana Whitlock"], "archive author author-dana-whitlock"),
        _page(T.BEAVER, "/about-us/", _beaver(u, "/about-us/", f"About Us | {BV_SITE}", "page-template-default page "
                                              "page-id-11 fl-builder", '<div class="fl-builder-content" data-post-id='
                                              f'"11">{_bv_row("6a2b1c", about)}</div>')),
        _page(T.BEAVER, "/contact-us/", _beaver(u, "/contact-us/", f"Contact Us | {BV_SITE}", "page-template-default "
                                                "page page-id-13 fl-builder", '<div class="fl-builder-content" '
                                                f'data-post-id="13">{_bv_row("6a2b2d", contact)}</div>')),
    ]
    return docs


# --- Simplecast ---------------------------------------------------------------------------------------

SC_SHOW = "Stacks & Signals"
SC_NUM = {"/episodes/mentoring-without-borders": 42, "/episodes/zine-libraries-are-back": 41,
          "/episodes/ask-an-archivist-listener-mail": 40, "/episodes/budgets-in-an-election-year": 39}


def _simplecast(u: U, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
            f'width, initial-scale=1"><title>{esc(title)}</title>{head}<link rel="alternate" type="application/rss+xml" '
            f'title="{esc(SC_SHOW)}" href="https://feeds.simplecast.example.net/Xk3pQ9sZ"><link rel="stylesheet" '
            f'href="/assets/site-8c1f2e.css"></head><body class="site-body"><div id="site" class="ember-application">'
            f'<header class="site-header"><div class="site-header-inner"><a class="site-title" href="{u("/")}">'
            f'{esc(SC_SHOW)}</a><nav class="site-nav"><a href="{u("/episodes")}">Episodes</a> <a href="{u("/about")}">'
            f"About</a></nav></div></header><main class=\"site-main\">{main}</main><footer class=\"site-footer\"><p>"
            f'&copy; 2025 {esc(SC_SHOW)}</p><p class="powered">Powered by <a href="https://www.simplecast.example.com">'
            f"Simplecast</a></p></footer></div></body></html>")


def _sc_card(w: T.Work, u: U) -> str:
    return (f'<div class="episode-card"><a class="episode-card-link" href="{u(w.path)}"><span class="episode-number">'
            f'Episode {SC_NUM[w.path]}</span><h2 class="episode-card-title">{esc(w.title.split(": ", 1)[1])}</h2>'
            f'</a><p class="episode-card-date">{_long(w.date)}</p><p class="episode-card-description">'
            f"{esc(_summary(w, 200))}</p></div>")


def simplecast(u: U, elsewhere: list[tuple[str, str]]) -> list[Doc]:
    """Guests are named without links; the host's page is linked."""
    docs = []
    eps = _works(T.CAST)
    for w in eps:
        num = SC_NUM[w.path]
        uid = f"5b2f{num:04d}-7c1e-4e0a-9d3b-21a8f0c6{num:04d}"
        desc = _summary(w, 240)
        ld = {"@context": "https://schema.org", "@type": "PodcastEpisode", "name": w.title, "episodeNumber": num,
              "datePublished": w.date, "description": desc, "url": u(w.path),
              "associatedMedia": {"@type": "MediaObject", "contentUrl": f"https://cdn.simplecast.example.net/audio/"
                                                                         f"{uid}.mp3"},
              "partOfSeries": {"@type": "PodcastSeries", "name": SC_SHOW, "url": u("/")}}
        head = (f'<meta name="description" content="{esc(desc)}"><meta property="og:title" content="{esc(w.title)}">'
                f'<meta property="og:description" content="{esc(desc)}"><meta property="og:type" content="website">'
                f'<meta property="og:url" content="{u(w.path)}"><meta property="og:audio" content="https://cdn.'
                f'simplecast.example.net/audio/{uid}.mp3"><meta property="og:audio:type" content="audio/mpeg">'
                f'<meta name="twitter:card" content="player"><meta name="twitter:player" content="https://player.'
                f'simplecast.example.net/{uid}"><link rel="canonical" href="{u(w.path)}">'
                f'<script type="application/ld+json">{json.dumps(ld)}</script>')
        links = ""
        if w is T.WORKS["cast-borders"]:
            links = ('<h3>Links</h3><ul>' + "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in elsewhere)
                     + "</ul>")
        main = (f'<article class="episode"><header class="episode-header"><p class="episode-number">Episode {num}</p>'
                f'<h1 class="episode-title">{esc(w.title)}</h1><p class="episode-meta"><time datetime="{w.date}">'
                f'{_long(w.date)}</time> &middot; <span class="episode-duration">{30 + num % 17}:{num * 7 % 60:02d}'
                f'</span></p></header><div class="episode-player"><iframe height="200px" width="100%" frameborder="no" '
                f'scrolling="no" seamless src="https://player.simplecast.example.net/{uid}?dark=false"></iframe></div>'
                f'<div class="episode-people"><h3>Hosted by</h3><a class="person" href="{u("/people/ruth-adeyemi")}">'
                f'Ruth Adeyemi</a></div><div class="episode-notes">{_body(w.paras, "h3")}{links}</div></article>')
        docs.append(_doc(w, _simplecast(u, f"{w.title} | {SC_SHOW}", main, head)))
    docs += [
        _page(T.CAST, "/", _simplecast(
            u, SC_SHOW, f'<section class="show-hero"><h1>{esc(SC_SHOW)}</h1><p>A podcast about libraries, archives '
                        f'and the people who work in them, hosted by <a href="{u("/people/ruth-adeyemi")}">Ruth '
                        f'Adeyemi</a>. New episodes every other Wednesday.</p></section><section class="episode-list">'
            + "".join(_sc_card(w, u) for w in eps[:3]) + f'<a class="all-episodes" href="{u("/episodes")}">All episodes'
                                                         "</a></section>",
            f'<meta property="og:title" content="{esc(SC_SHOW)}"><meta property="og:type" content="website">')),
        _page(T.CAST, "/episodes", _simplecast(
            u, f"Episodes | {SC_SHOW}", '<h1 class="page-title">Episodes</h1><section class="episode-list">'
                                        + "".join(_sc_card(w, u) for w in eps) + "</section>")),
        _page(T.CAST, "/about", _simplecast(
            u, f"About | {SC_SHOW}", "<h1 class=\"page-title\">About</h1><p>Stacks &amp; Signals is an independent "
                                     "podcast made in a spare bedroom. Ruth Adeyemi is a public librarian and former "
                                     f'radio producer.</p><p>New here? Start with <a href="{u("/episodes/pilot-episode")}">'
                                     "our pilot episode</a>.</p>")),
        _page(T.CAST, "/people/ruth-adeyemi", _simplecast(
            u, f"Ruth Adeyemi | {SC_SHOW}", '<div class="person-page"><h1>Ruth Adeyemi</h1><p class="person-role">Host'
                                            "</p><p>Public librarian, podcaster, reluctant gardener.</p><h2>Episodes</h2>"
                                            '<section class="episode-list">' + "".join(_sc_card(w, u) for w in eps)
                                            + "</section></div>")),
        _page(T.CAST, "/episodes/pilot-episode", _simplecast(
            u, f"Page not found | {SC_SHOW}", '<div class="not-found"><h1>404</h1><p>We couldn\'t find the page you '
                                              "were looking for.</p></div>"), status=404),
    ]
    return docs


# --- the whole web ----------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page; ``url(host, path)`` makes the absolute URLs links use."""
    def on(host):
        return lambda path: url(host, path)

    reading = [("Early Career Section handbook: Finding a mentor online",
                url(T.BOOK, "/docs/getting-started/finding-a-mentor-online/")),
               ("Early Career Section handbook: Mailing lists", url(T.BOOK, "/docs/platforms/mailing-lists/")),
               ("Okafor and Reyes-Lindqvist (2025), Mentoring at a distance", url(T.SAGE, T.WORKS["sage-distance"].path))]
    show = [("The study: Mentoring at a distance", url(T.SAGE, T.WORKS["sage-distance"].path)),
            ("Keisha's starter pack", "https://bsky.app/starter-pack/keishamonroe.bsky.social/3kschool"),
            ("Early Career Section handbook", url(T.BOOK, "/"))]
    docs = (book(on(T.BOOK)) + simple(on(T.SIMPLE)) + lanyon(on(T.LANYON)) + punbb(on(T.PUNBB)) + sage(on(T.SAGE))
            + calameo(on(T.CALAMEO)) + blackboard(on(T.BB), reading) + drupal(on(T.BARTIK)) + beaver(on(T.BEAVER))
            + simplecast(on(T.CAST), show))
    return docs


class LabelledWeb19(ServedWeb):
    """Web 19 (see the module docstring)."""

    HOSTS = T.HOSTS
    START = {T.PUNBB: "/index.php", T.SAGE: "/home/jlp", T.BB: BB_HOME}
    FIRST_ADDRESS = 210
    build = staticmethod(build)
