"""Web 18: a held-out labelled web of 105 pages on ten hosts, built from the
texts and labels of :mod:`tests.labelled_text18` (committed before this
module), each label exactly once.

The hosts' platforms, none used by an earlier web, each reduced from its
real markup and metadata conventions:

* driftwood-archivist.example: Hugo with the Anatole theme (Hugo's internal
  OpenGraph template, paginated home, tag and category taxonomies, Hugo's 404);
* shelfnotes.example: Jekyll with Type on Strap (jekyll-seo-tag's metadata and
  BlogPosting JSON-LD, jekyll-paginate's ``/blog/pageN/``, tag and category
  pages with anchors, a client-side search page);
* refdesk.example: a ProBoards forum (boards, threads, a member, the member
  list, search results);
* piefed-glam.example: PieFed (a community, posts with comments, a user, a
  hashtag, search);
* jarchive.example: a JSTOR-like digital library (journal page, issue table of
  contents, ``/stable/`` article pages with ``citation_*`` tags, a PDF);
* nwla.example: WordPress with the Genesis Sample child theme (schema.org
  microdata of Genesis, categories, tags, author archive, search, a PDF in
  uploads, a real 404);
* stacktalk.example: a Captivate podcast site (episodes with show notes and
  PodcastEpisode JSON-LD, paginated episode list);
* pixshelf.example: an Instagram-like photo-sharing site (profiles with a
  grid, ``/p/ID/`` posts, a hashtag page);
* catalogix.example: Wix Studio (Wix's blog with BlogPosting JSON-LD,
  categories, about, contact);
* valleyherald.example: a Brightspot newsroom (NewsArticle JSON-LD, section,
  author page, tag, search, a soft 404 and a real 404).
"""

from __future__ import annotations

import json
import zlib
from datetime import date as _date
from typing import Callable

from tests.labelled_text18 import (ASSOC, BOARD, HOSTS, JOURNAL, NEWS, OTHER, PHOTOS, PIEFED, PODCAST, RETIREE,
                                   STUDENT, VENDOR, WORKS, Work)
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf

LABELS: dict[tuple[str, str], tuple[str, int]] = {
    **{(w.host, w.path): (w.kind, w.grade) for w in WORKS.values()},
    **{(h, p): (k, 0) for h, p, k in OTHER},
}

HTML = "text/html; charset=utf-8"


class _Pages:
    """The pages built so far; each is looked up in the labels, and built once."""

    def __init__(self):
        self.docs: dict[tuple[str, str], Doc] = {}

    def put(self, host: str, path: str, body: bytes | str, status: int = 200, content_type: str = HTML) -> None:
        kind, grade = LABELS[(host, path)]
        assert (host, path) not in self.docs, (host, path)
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.docs[(host, path)] = Doc(host, path, kind, grade, data, content_type, status)


def _on(host: str) -> list[Work]:
    """``host``'s works, newest first."""
    return sorted((w for w in WORKS.values() if w.host == host), key=lambda w: w.date, reverse=True)


def _long_date(iso: str) -> str:
    d = _date.fromisoformat(iso)
    return f"{d:%B} {d.day}, {d.year}"


def _ps(paras) -> str:
    return "".join(f"<p>{esc(x)}</p>" for x in paras)


def _ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


# --- Hugo, Anatole theme ---------------------------------------------------------------------------

def _anatole(u, title: str, main: str, head: str = "", site: str = "Driftwood Archivist") -> str:
    full = site if title == site else f"{title} | {site}"
    return (f'<!DOCTYPE html><html lang="en-us" data-theme=""><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" '
            f'content="Hugo 0.128.0"><title>{esc(full)}</title>{head}'
            f'<link rel="stylesheet" href="{u("/css/style.min.css")}"></head><body class="body">'
            f'<div class="wrapper"><aside class="wrapper__sidebar"><div class="sidebar animated fadeInDown">'
            f'<div class="sidebar__content"><div class="sidebar__introduction">'
            f'<img class="sidebar__introduction-profileimage" src="/images/profile.jpg" alt="profile picture">'
            f'<div class="sidebar__introduction-title"><a href="{u("/")}">{esc(site)}</a></div>'
            f'<div class="sidebar__introduction-description"><p>Retired county archivist. Old bindings, lake '
            f'birds, and the occasional letter of advice.</p></div></div><ul class="sidebar__list">'
            f'<li class="sidebar__list-item"><a href="https://mastodon.example.org/@driftwood" target="_blank" '
            f'rel="noopener me" aria-label="Mastodon">Mastodon</a></li></ul></div>'
            f'<footer class="footer footer__sidebar"><ul class="footer__list"><li class="footer__item">&copy; '
            f'Margaret Oyelaran 2025</li></ul></footer></div></aside>'
            f'<main class="wrapper__main"><header class="header"><div class="animated fadeInDown">'
            f'<nav class="nav"><ul class="nav__list" id="navMenu"><li class="nav__list-item"><a href="{u("/")}" '
            f'title="">Home</a></li><li class="nav__list-item"><a href="{u("/categories/retirement/")}">Retirement'
            f'</a></li><li class="nav__list-item"><a href="{u("/about/")}" title="">About</a></li></ul></nav>'
            f'</div></header><div class="post animated fadeInDown">{main}</div>'
            f'<footer class="footer footer__base"><ul class="footer__list"><li class="footer__item">Powered by '
            f'<a href="https://gohugo.io/">Hugo</a> &amp; <a href="https://github.com/lxndrblz/anatole">Anatole'
            f'</a></li></ul></footer></main></div></body></html>')


def _anatole_meta(u, w: Work) -> str:
    tags = "".join(f'<span class="tag"><a href="{u(f"/tags/{t}/")}">{esc(t)}</a></span>' for t in w.tags
                   if t == "mentoring")
    cat = (f'<span class="tag"><a href="{u("/categories/retirement/")}">retirement</a></span>' if w.grade < 2
           else "")
    d = _date.fromisoformat(w.date)
    return (f'<div class="post__footer"><span class="date"><i class="fas fa-calendar"></i>&nbsp;{d:%a}, {d:%b} '
            f'{d.day}, {d.year}</span>&nbsp;<span class="tags">{tags}{cat}</span></div>')


def _anatole_list(u, works: list[Work]) -> str:
    out = []
    for w in works:
        out.append(f'<div class="post"><div class="post__title"><h3><a href="{u(w.path)}">{esc(w.title)}</a></h3>'
                   f'</div><div class="post__content"><p>{cut(w.paras[0], 220)}</p></div>'
                   f'{_anatole_meta(u, w)}'
                   f'<a class="post__more" href="{u(w.path)}">Read more</a></div>')
    return "".join(out)


def retiree(u, pages: _Pages) -> None:
    works = _on(RETIREE)
    for w in works:
        og = (f'<meta name="description" content="{esc(w.paras[0][:160])}"><meta property="og:title" '
              f'content="{esc(w.title)}"><meta property="og:description" content="{esc(w.paras[0][:160])}">'
              f'<meta property="og:type" content="article"><meta property="og:url" content="{u(w.path)}">'
              f'<meta property="article:section" content="posts"><meta property="article:published_time" '
              f'content="{w.date}T08:00:00-08:00"><meta property="article:modified_time" '
              f'content="{w.date}T08:00:00-08:00"><meta name="twitter:card" content="summary">'
              f'<meta name="twitter:title" content="{esc(w.title)}">')
        extra = ""
        if w is WORKS["a2"]:
            extra = (f'<p>Earlier: <a href="{u(WORKS["a1"].path)}">the mentor I found on a mailing list</a>.</p>')
        main = (f'<div class="post__content"><h1>{esc(w.title)}</h1>'
                f'{_anatole_meta(u, w)}{_ps(w.paras)}{extra}</div>')
        pages.put(RETIREE, w.path, _anatole(u, w.title, main, og))
    pager1 = (f'<div class="pagination"><ul class="pagination__list"><li class="pagination__item"><a href="'
              f'{u("/page/2/")}" class="pagination__link">Next &raquo;</a></li></ul></div>')
    pager2 = (f'<div class="pagination"><ul class="pagination__list"><li class="pagination__item"><a href="'
              f'{u("/")}" class="pagination__link">&laquo; Prev</a></li></ul></div>')
    home_head = (f'<meta name="description" content="Retired county archivist."><meta property="og:title" '
                 f'content="Driftwood Archivist"><meta property="og:type" content="website"><meta property="og:url" '
                 f'content="{u("/")}"><link rel="alternate" type="application/rss+xml" href="{u("/index.xml")}">')
    pages.put(RETIREE, "/", _anatole(u, "Driftwood Archivist", _anatole_list(u, works[:3]) + pager1, home_head))
    pages.put(RETIREE, "/page/2/", _anatole(u, "Driftwood Archivist", _anatole_list(u, works[3:]) + pager2,
                                            f'<link rel="canonical" href="{u("/")}">'))
    tagged = [w for w in works if "mentoring" in w.tags]
    pages.put(RETIREE, "/tags/mentoring/", _anatole(
        u, "Mentoring", '<h2 class="post__title">Tag: mentoring</h2>' + _anatole_list(u, tagged),
        '<meta property="og:type" content="website">'))
    pages.put(RETIREE, "/categories/retirement/", _anatole(
        u, "Retirement", '<h2 class="post__title">Category: retirement</h2>'
        + _anatole_list(u, [w for w in works if w.grade < 2]), '<meta property="og:type" content="website">'))
    pages.put(RETIREE, "/about/", _anatole(
        u, "About", '<div class="post__content"><h1>About</h1><p>I was the archivist of a rural county for '
        "twenty-six years, and before that a processing assistant at a state historical society. I retired in "
        "2022 and now live by a lake with too many field guides.</p><p>I still answer letters. Some of my old "
        f'posts from the county blog are gone, such as <a href="{u("/posts/archives-week-2019/")}">archives week '
        f"2019</a>; I may rewrite them one day.</p></div>", '<meta property="og:type" content="website">'))
    pages.put(RETIREE, "/posts/archives-week-2019/", _anatole(
        u, "404 Page not found", '<div class="post__content error-404"><h1>404</h1><p>This page could not be '
        f'found.</p><p><a href="{u("/")}">Go back home</a></p></div>'), status=404)


# --- Jekyll, Type on Strap -------------------------------------------------------------------------

STUDENT_SITE = "Shelf Notes"


def _strap(u, title: str, main: str, seo: str, body: str = "") -> str:
    full = STUDENT_SITE if title == STUDENT_SITE else f"{title} | {STUDENT_SITE}"
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" '
            f'content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<!-- Begin Jekyll SEO tag v2.8.0 --><title>{esc(full)}</title>"
            f'<meta name="generator" content="Jekyll v4.3.3">{seo}<!-- End Jekyll SEO tag -->'
            f'<link rel="stylesheet" href="{u("/assets/css/vendor/bootstrap-iso.css")}">'
            f'<link rel="stylesheet" href="{u("/assets/css/main.css")}"></head><body>'
            f'<div class="wrapper-masthead"><div class="container"><header class="masthead clearfix">'
            f'<a href="{u("/")}" class="site-avatar"><img src="/assets/img/avatar.png" alt="avatar"></a>'
            f'<div class="site-info"><h1 class="site-name"><a href="{u("/")}">{STUDENT_SITE}</a></h1>'
            f'<p class="site-description">An MLIS student takes notes</p></div><nav>'
            f'<a href="{u("/about/")}">About</a> <a href="{u("/categories/")}">Categories</a> '
            f'<a href="{u("/tags/")}">Tags</a> <a href="{u("/search/")}">Search</a></nav></header></div></div>'
            f'<div id="main" role="main" class="container">{body}{main}</div>'
            f'<div class="wrapper-footer"><div class="container"><footer class="footer">'
            f'<a href="https://bsky.example.com/profile/priya" title="Bluesky"><i class="fab fa-bluesky"></i></a>'
            f'<p>Powered by <a href="https://jekyllrb.com/">Jekyll</a> &amp; <a href="https://github.com/sylhare/'
            f'Type-on-Strap">Type on Strap</a></p></footer></div></div></body></html>')


def _slug(s: str) -> str:
    return s.replace(" ", "-")


def _strap_seo(u, title: str, path: str, desc: str, kind: str, w: Work | None = None) -> str:
    seo = (f'<meta property="og:title" content="{esc(title)}"><meta name="author" content="Priya Raman">'
           f'<meta property="og:locale" content="en_US"><meta name="description" content="{esc(desc)}">'
           f'<meta property="og:description" content="{esc(desc)}"><link rel="canonical" href="{u(path)}">'
           f'<meta property="og:url" content="{u(path)}"><meta property="og:site_name" content="{STUDENT_SITE}">'
           f'<meta property="og:type" content="{"article" if w else "website"}">'
           f'<meta name="twitter:card" content="summary"><meta property="twitter:title" content="{esc(title)}">')
    if w:
        seo += f'<meta property="article:published_time" content="{w.date}T00:00:00+00:00">'
    ld = {"@context": "https://schema.org", "@type": kind, "url": u(path), "headline": title, "description": desc,
          "author": {"@type": "Person", "name": "Priya Raman"}}
    if w:
        ld.update({"datePublished": w.date + "T00:00:00+00:00", "dateModified": w.date + "T00:00:00+00:00",
                   "mainEntityOfPage": {"@type": "WebPage", "@id": u(path)}})
    return seo + _ld(ld)


def _strap_card(u, w: Work) -> str:
    return (f'<article class="post"><a class="post-thumbnail" href="{u(w.path)}"></a><div class="post-content">'
            f'<h2 class="post-title"><a href="{u(w.path)}">{esc(w.title)}</a></h2><p>{cut(w.paras[0], 180)}</p>'
            f'<span class="post-date">{_long_date(w.date)}</span></div></article>')


def student(u, pages: _Pages) -> None:
    works = _on(STUDENT)
    for w in works:
        tags = "".join(f'<a class="post-tag" href="{u("/tags/")}#{_slug(t)}">#{esc(t)}</a> ' for t in w.tags)
        main = (f'<div id="post"><header class="post-header"><h1 title="{esc(w.title)}">{esc(w.title)}</h1>'
                f'<span class="post-meta"><span class="post-date">{_long_date(w.date)}</span> &bull; '
                f'<span class="read-time" title="Estimated read time">2 mins read</span></span></header>'
                f'<article class="post-content">{_ps(w.paras)}</article><div class="post-tags">{tags}</div>'
                f'<div class="post-categories"><a href="{u("/categories/")}#{"mlis" if w.grade else "coursework"}">'
                f'{"mlis" if w.grade else "coursework"}</a></div></div>')
        pages.put(STUDENT, w.path, _strap(u, w.title, main, _strap_seo(u, w.title, w.path, w.paras[0][:150],
                                                                         "BlogPosting", w)))
    hero = ('<div class="hero" style="background-image: url(/assets/img/books.jpg)"><div class="hero-text">'
            "Notes from library school</div></div>")
    pages.put(STUDENT, "/", _strap(
        u, STUDENT_SITE, '<div class="posts">' + "".join(_strap_card(u, w) for w in works[:3])
        + f'</div><div class="pagination"><a class="pagination-item older" href="{u("/blog/page2/")}">Older</a>'
        '<span class="pagination-item newer">Newer</span></div>',
        _strap_seo(u, STUDENT_SITE, "/", "An MLIS student takes notes", "WebSite"), hero))
    pages.put(STUDENT, "/blog/page2/", _strap(
        u, STUDENT_SITE, '<div class="posts">' + "".join(_strap_card(u, w) for w in works[3:])
        + f'</div><div class="pagination"><span class="pagination-item older">Older</span><a class="pagination-item'
        f' newer" href="{u("/")}">Newer</a></div>',
        _strap_seo(u, STUDENT_SITE, "/blog/page2/", "An MLIS student takes notes", "WebPage")))
    alltags = sorted({t for w in works for t in w.tags})
    tagblocks = "".join(f'<h2 id="{_slug(t)}" class="tag-title">{esc(t)}</h2><ul class="tag-list">'
                        + "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a> <small>{w.date}</small></li>'
                                  for w in works if t in w.tags) + "</ul>" for t in alltags)
    pages.put(STUDENT, "/tags/", _strap(
        u, "Tags", '<div class="page-tags"><h1 class="page-title">Tags</h1><div class="tag-cloud">'
        + "".join(f'<a href="#{_slug(t)}" class="tag-button">{esc(t)}</a> ' for t in alltags) + "</div>"
        + tagblocks + "</div>", _strap_seo(u, "Tags", "/tags/", "Tags", "WebPage")))
    cats = {"mlis": [w for w in works if w.grade], "coursework": [w for w in works if not w.grade]}
    pages.put(STUDENT, "/categories/", _strap(
        u, "Categories", '<div class="page-categories"><h1 class="page-title">Categories</h1>'
        + "".join(f'<h2 id="{c}">{c}</h2><ul>' + "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>'
                                                          for w in ws) + "</ul>" for c, ws in cats.items())
        + "</div>", _strap_seo(u, "Categories", "/categories/", "Categories", "WebPage")))
    pages.put(STUDENT, "/about/", _strap(
        u, "About", '<div class="page-about"><h1 class="page-title">About</h1><p>I am a second-year MLIS student '
        "working in circulation and hoping to work in metadata. This blog is where I keep notes on coursework, my "
        "practicum and whatever else library school throws at me. Opinions are my own and usually "
        "tentative.</p></div>", _strap_seo(u, "About", "/about/", "About this blog", "WebPage")))
    pages.put(STUDENT, "/search/", _strap(
        u, "Search", '<div class="page-search"><h1 class="page-title">Search</h1><div id="search-container">'
        '<input type="text" id="search-input" placeholder="search..."><ul id="results-container"></ul></div>'
        '<script src="/assets/js/vendor/simple-jekyll-search.min.js"></script><script>SimpleJekyllSearch({'
        "searchInput: document.getElementById('search-input'), resultsContainer: document.getElementById('results-"
        "container'), json: '/assets/search.json'})</script></div>",
        _strap_seo(u, "Search", "/search/", "Search the blog", "WebPage")))


# --- ProBoards -------------------------------------------------------------------------------------

BOARD_SITE = "Reference Desk Lounge"
BOARD_MEMBER = ("dewey_decimator", "/user/58")  # the one member whose profile is on the web
BOARDS = {"/board/3/career-talk": ("Career Talk", "Jobs, careers, mentors and managing.", ("c1", "c2", "c3", "c6")),
          "/board/7/tech-and-tools": ("Tech and Tools", "Hardware, software and learning the trade.", ("c5", "c4"))}


def _pb_user(u, name: str) -> str:
    if name == BOARD_MEMBER[0]:
        return f'<a class="user-link user-58 group-0" href="{u(BOARD_MEMBER[1])}" title="@{name}">{esc(name)}</a>'
    return f'<span class="user-link user-guest">{esc(name)}</span>'


def _proboards(u, title: str, main: str, crumbs: str = "", head: str = "", page: str = "home") -> str:
    full = BOARD_SITE if title == BOARD_SITE else f"{title} | {BOARD_SITE}"
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(full)}</title>'
            f'<meta property="og:site_name" content="{BOARD_SITE}">{head}'
            f'<link rel="stylesheet" href="https://storage.proboards.example/forum/css/main.css"></head>'
            f'<body class="page-{page}"><div id="wrapper"><div id="header"><a href="{u("/")}"><img id="logo" '
            f'src="https://storage.proboards.example/forum/images/logo.png" alt="{BOARD_SITE}"></a></div>'
            f'<div id="navigation-menu"><ul><li><a href="{u("/")}" class="state-active">Home</a></li>'
            f'<li><a href="{u("/members")}">Members</a></li></ul></div>'
            f'<div id="nav-tree" class="nav-tree-wrapper"><a href="{u("/")}" itemprop="url">{BOARD_SITE}</a>'
            f'{crumbs}</div><div id="content" class="page-content">{main}</div>'
            f'<div id="footer"><p>Hosted for free by <a href="https://www.proboards.example/">ProBoards</a> | '
            f'<a href="https://www.proboards.example/privacy" rel="nofollow">Privacy</a></p></div></div></body>'
            f"</html>")


def _pb_rows(u, keys) -> str:
    out = []
    for k in keys:
        w = WORKS[k]
        out.append(f'<tr class="item thread" id="thread-{w.path.split("/")[2]}"><td class="main clickable"><span '
                   f'class="link target"><a href="{u(w.path)}" class="thread-link">{esc(w.title)}</a></span> '
                   f'<span class="started-by">Started by {_pb_user(u, w.author)}</span></td><td class="replies">'
                   f'{len(w.replies)}</td><td class="latest last"><abbr class="time" data-timestamp="{w.date}">'
                   f"{_long_date(w.date)}</abbr></td></tr>")
    return '<table role="grid" class="list threads"><tbody>' + "".join(out) + "</tbody></table>"


def board(u, pages: _Pages) -> None:
    where = {k: (p, name) for p, (name, _, ks) in BOARDS.items() for k in ks}
    for key, (bpath, bname) in where.items():
        w = WORKS[key]
        tid = int(w.path.split("/")[2])
        posts = [(w.author, t, w.date) for t in w.paras] + [(who, t, w.date) for who, t in w.replies]
        rows = "".join(
            f'<tr id="post-{tid * 10 + i}" class="item post {"even" if i % 2 else "odd"}{" first" if i == 0 else ""}"'
            f'><td class="left-panel"><div class="mini-profile">{_pb_user(u, who)}<div class="info">Member</div>'
            f'</div></td><td class="content"><article><div class="info"><span class="date"><abbr class="time" '
            f'data-timestamp="{d}" title="{_long_date(d)}">{_long_date(d)}</abbr></span></div>'
            f'<div class="message">{esc(t)}</div></article></td></tr>' for i, (who, t, d) in enumerate(posts))
        main = (f'<div class="container posts"><div class="title-bar"><h1>{esc(w.title)}</h1></div>'
                f'<div class="content"><table role="grid" class="list"><tbody>{rows}</tbody></table></div></div>')
        head = (f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(w.title)}">'
                f'<meta property="og:url" content="{u(w.path)}"><meta name="description" content="'
                f'{esc(w.paras[0][:155])}"><link rel="canonical" href="{u(w.path)}">')
        crumbs = f' &rsaquo; <a href="{u(bpath)}">{bname}</a> &rsaquo; <a href="{u(w.path)}">{esc(w.title)}</a>'
        pages.put(BOARD, w.path, _proboards(u, w.title, main, crumbs, head, "thread"))
    for bpath, (name, desc, keys) in BOARDS.items():
        ks = sorted(keys, key=lambda k: WORKS[k].date, reverse=True)
        main = (f'<div class="container threads"><div class="title-bar"><h1>{name}</h1><p class="description">'
                f'{desc}</p></div><div class="content">{_pb_rows(u, ks)}</div></div>')
        pages.put(BOARD, bpath, _proboards(u, name, main, f' &rsaquo; <a href="{u(bpath)}">{name}</a>',
                                           f'<meta name="description" content="{desc}">', "board"))
    boards = "".join(f'<tr class="item board"><td class="main clickable"><span class="link target"><a href="{u(p)}">'
                     f'{n}</a></span><p class="description">{d}</p></td><td class="threads">{len(ks)}</td></tr>'
                     for p, (n, d, ks) in BOARDS.items())
    recent = sorted(where, key=lambda k: WORKS[k].date, reverse=True)[:4]
    main = (f'<div class="container boards"><div class="title-bar"><h2>Library Life</h2></div><div class="content">'
            f'<table role="grid" class="list"><tbody>{boards}</tbody></table></div></div>'
            f'<div class="container stats"><div class="title-bar"><h2>Info Center</h2></div><div class="content">'
            f'<h3>Recent Threads</h3>' + "".join(f'<p><a href="{u(WORKS[k].path)}">{esc(WORKS[k].title)}</a></p>'
                                                  for k in recent)
            + f'<p>Popular searches: <a href="{u("/search/results?what_at_least_one=mentor")}">mentor</a></p>'
            f'<p>Newest member: {_pb_user(u, BOARD_MEMBER[0])}</p></div></div>')
    pages.put(BOARD, "/", _proboards(u, BOARD_SITE, main, "", '<meta name="description" content="A lounge for '
                                     'library workers: careers, tech and everything between.">'))
    people = sorted({w.author for w in WORKS.values() if w.host == BOARD}
                    | {who for w in WORKS.values() if w.host == BOARD for who, _ in w.replies})
    pages.put(BOARD, "/members", _proboards(
        u, "Members", '<div class="container members"><div class="title-bar"><h1>Members</h1></div>'
        '<table class="list members"><tbody>' + "".join(f'<tr class="item member"><td>{_pb_user(u, p)}</td></tr>'
                                                        for p in people) + "</tbody></table></div>",
        f' &rsaquo; <a href="{u("/members")}">Members</a>', page="members"))
    mine = [k for k in where if WORKS[k].author == BOARD_MEMBER[0]
            or any(who == BOARD_MEMBER[0] for who, _ in WORKS[k].replies)]
    pages.put(BOARD, BOARD_MEMBER[1], _proboards(
        u, BOARD_MEMBER[0], f'<div class="container profile"><div class="title-bar"><h1>{BOARD_MEMBER[0]}</h1>'
        '</div><div class="content"><p class="personal-text">Cataloguer, twenty years in. Will answer questions '
        'about authority records for snacks.</p><table class="list"><tr><td>Posts</td><td>1,204</td></tr><tr>'
        '<td>Member is Online</td><td>No</td></tr></table><h3>Recent threads</h3>'
        + _pb_rows(u, mine) + "</div></div>", f' &rsaquo; <a href="{u("/members")}">Members</a>',
        '<meta property="og:type" content="profile">', "user"))
    hits = [k for k in where if "mentor" in " ".join((WORKS[k].title,) + WORKS[k].paras
                                                        + tuple(t for _, t in WORKS[k].replies)).lower()]
    res = "".join(f'<tr class="item post"><td class="content"><a href="{u(WORKS[k].path)}">{esc(WORKS[k].title)}'
                  f'</a><div class="message">{cut(WORKS[k].paras[0], 160)}</div></td></tr>' for k in hits)
    pages.put(BOARD, "/search/results?what_at_least_one=mentor", _proboards(
        u, "Search Results", f'<div class="container search-results"><div class="title-bar"><h1>Search results for'
        f' "mentor"</h1></div><table class="list"><tbody>{res}</tbody></table></div>', "", "", "search-results"))


# --- PieFed ----------------------------------------------------------------------------------------

PF_SITE = "PieFed GLAM"
PF_USER = "quietstacks"


def _pf_user(u, name: str) -> str:
    if name == PF_USER:
        return f'<a href="{u("/u/" + name)}" aria-label="Author" class="author_link" title="">{name}</a>'
    return f'<span class="author_link">{esc(name)}</span>'


def _piefed(u, title: str, main: str, head: str = "", side: str = "") -> str:
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width='
            f'device-width, initial-scale=1"><title>{esc(title)} - {PF_SITE}</title><meta name="generator" '
            f'content="PieFed"><meta property="og:site_name" content="{PF_SITE}">{head}'
            f'<link href="/static/styles.css" rel="stylesheet"></head><body class="d-flex flex-column" '
            f'style="padding-top: 78px;"><a href="#outer_container" class="skip-link">Skip to main content</a>'
            f'<nav class="navbar navbar-expand-lg fixed-top" aria-label="Main navigation"><div class="container-lg">'
            f'<a class="navbar-brand" href="{u("/")}"><img src="/static/images/logo2.png" alt="Logo" width="50">'
            f'{PF_SITE}</a><ul class="nav navbar-nav ml-md-4"><li class="nav-item"><a class="nav-link" '
            f'href="{u("/")}">Home</a></li><li class="nav-item"><a class="nav-link" href="{u("/c/glamworkers")}">'
            f'GLAM workers</a></li></ul></div></nav><main class="container-lg" id="outer_container"><div class="row">'
            f'<div class="col-12 col-lg-8 position-relative main_pane">{main}</div>'
            f'<aside id="side_pane" class="col-12 col-lg-4 side_pane" role="complementary">{side}</aside></div>'
            f'</main><footer class="footer mt-auto"><p><a href="https://join.piefed.example">PieFed</a> is free '
            f"and open source.</p></footer></body></html>")


def _pf_side(u) -> str:
    return (f'<div class="card mb-3"><div class="card-header"><h2><a href="{u("/c/glamworkers")}">GLAM workers</a>'
            f'</h2></div><div class="card-body"><p>Galleries, libraries, archives and museums: the people who work '
            f'in them, their jobs and their careers. Be kind.</p><p>Popular searches: <a href="'
            f'{u("/search?q=mentor")}">mentor</a></p></div></div>')


def _pf_teasers(u, works: list[Work]) -> str:
    return '<div class="post_list">' + "".join(
        f'<div class="post_teaser type_normal"><div class="row"><div class="col"><h3><a href="{u(w.path)}" '
        f'class="post_teaser_title_a">{esc(w.title)}</a></h3><span class="small">by {_pf_user(u, w.author)} in '
        f'<a href="{u("/c/glamworkers")}">glamworkers</a>, <time datetime="{w.date}T12:00:00">{w.date}</time>'
        f'</span><div class="post_teaser_body">{cut(w.paras[0], 140)}</div><a href="{u(w.path)}" '
        f'class="pr-0">{len(w.replies)} comments</a></div></div></div>' for w in works) + "</div>"


def piefed(u, pages: _Pages) -> None:
    works = _on(PIEFED)
    for w in works:
        pid = int(w.path.split("/")[2])
        tags = (f'<div class="post_tags"><a href="{u("/tag/mentoring")}" class="post_tag">#mentoring</a></div>'
                if w is WORKS["d1"] else "")
        comments = "".join(
            f'<div class="container comment" id="comment_{pid * 10 + i}"><div class="row"><div class="comment_author">'
            f'{_pf_user(u, who)}</div><div class="comment_body hidable"><p>{esc(t)}</p></div></div></div>'
            for i, (who, t) in enumerate(w.replies))
        main = (f'<div class="row position-relative post_full"><div class="col post_col post_type_normal">'
                f'<h1 class="mt-2 post_title">{esc(w.title)}</h1><p class="small">submitted <time datetime="'
                f'{w.date}T12:00:00">{w.date}</time> by {_pf_user(u, w.author)} to <a href="{u("/c/glamworkers")}">'
                f'glamworkers</a></p><div class="post_body">{_ps(w.paras)}</div>{tags}</div></div>'
                f'<div id="post_replies" class="row"><div class="col">{comments}</div></div>')
        head = (f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(w.title)}">'
                f'<meta property="og:url" content="{u(w.path)}"><meta name="description" content="'
                f'{esc(w.paras[0][:150])}"><meta name="og:description" content="{esc(w.paras[0][:150])}">'
                f'<link rel="canonical" href="{u(w.path)}">')
        pages.put(PIEFED, w.path, _piefed(u, w.title, main, head, _pf_side(u)))
    pages.put(PIEFED, "/", _piefed(u, "Home", '<h1 class="mt-2">Home</h1>' + _pf_teasers(u, works),
                                   '<meta name="description" content="A PieFed server for GLAM workers.">',
                                   _pf_side(u)))
    pages.put(PIEFED, "/c/glamworkers", _piefed(
        u, "GLAM workers", '<div class="community_header"><h1 class="mt-2">GLAM workers</h1><p class="small">'
        "glamworkers@piefed-glam.example</p></div>" + _pf_teasers(u, works),
        f'<meta property="og:type" content="website"><link rel="canonical" href="{u("/c/glamworkers")}">',
        _pf_side(u)))
    mine = [w for w in works if w.author == PF_USER]
    pages.put(PIEFED, "/u/" + PF_USER, _piefed(
        u, PF_USER, f'<div class="profile_header"><h1 class="mt-2">{PF_USER}</h1><p class="small">Archivist, '
        "seventeen years. Runs the weekly ask-anything thread.</p></div><h2>Posts</h2>" + _pf_teasers(u, mine),
        '<meta property="og:type" content="profile">'))
    hits = [w for w in works if "mentor" in " ".join((w.title,) + w.paras).lower()]
    pages.put(PIEFED, "/search?q=mentor", _piefed(
        u, "Search results for mentor", '<h1 class="mt-2">Search results for mentor</h1>' + _pf_teasers(u, hits)))
    pages.put(PIEFED, "/tag/mentoring", _piefed(
        u, "#mentoring", '<h1 class="mt-2">#mentoring</h1>' + _pf_teasers(u, [WORKS["d1"]])))


# --- a JSTOR-like digital library ------------------------------------------------------------------

JOURNAL_TITLE = "Information Practice Quarterly"
ISSUE = "/stable/10.5555/i40012345"
JOURNAL_KEYS = ("e1", "e2", "e3", "e4", "e5")


def _jstor(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} on JArchive</title>'
            f'{head}<link rel="stylesheet" href="{u("/assets/global.css")}"></head><body class="pds-light">'
            f'<header class="global-header"><a href="{u("/journal/infopracq")}" class="logo" aria-label="JArchive '
            f'home"><img src="/assets/jarchive-logo.svg" alt="JArchive"></a><nav class="header-nav">'
            f'<a href="{u("/journal/infopracq")}">Browse</a> <a href="{u("/about")}">About</a></nav>'
            f'<form class="basic-search" action="{u("/action/doBasicSearch")}" method="get"><input type="search" '
            f'name="Query" aria-label="Search"></form></header><main id="content">{main}</main>'
            f'<footer class="global-footer"><ul><li><a href="{u("/about")}">About JArchive</a></li><li><a href="'
            f'{u("/contact")}">Contact us</a></li><li><a href="https://twitter.example.com/jarchive">Twitter</a></li>'
            f'</ul><p>JArchive&trade; is a not-for-profit digital library.</p></footer></body></html>')


def _authors(w: Work) -> list[str]:
    return [a.strip() for a in w.author.split(";")]


def _toc_item(u, w: Work) -> str:
    x = w.extra
    link = u(w.path)
    pdfl = "" if w.path.endswith(".pdf") else f'<a href="{u(w.path)}" class="pdf-link">View</a>'
    dl = f'<a class="pdf-link" href="{link}">Download PDF</a>' if w.path.endswith(".pdf") else pdfl
    return (f'<li class="toc-item"><div class="toc-view-pdf">{dl}</div><div class="title"><a href="{link}">'
            f'{esc(w.title)}</a></div><div class="contrib">{esc(", ".join(_authors(w)))}</div>'
            f'<div class="page-range">pp. {x["pages"]}</div></li>')


def journal(u, pages: _Pages) -> None:
    ws = [WORKS[k] for k in JOURNAL_KEYS]
    topics = {"e1": ("mentoring", "social media"), "e2": ("continuing education",), "e3": ("metadata",),
              "e4": ("succession planning",)}
    for k in JOURNAL_KEYS[:4]:
        w = WORKS[k]
        x = w.extra
        first, last = x["pages"].split("-")
        meta = "".join(f'<meta name="citation_author" content="{esc(a)}">' for a in _authors(w))
        meta = (f'<meta name="citation_title" content="{esc(w.title)}">{meta}<meta name="citation_publication_date" '
                f'content="{w.date.replace("-", "/")}"><meta name="citation_journal_title" content="{JOURNAL_TITLE}">'
                f'<meta name="citation_volume" content="{x["volume"]}"><meta name="citation_issue" content="'
                f'{x["issue"]}"><meta name="citation_firstpage" content="{first}"><meta name="citation_lastpage" '
                f'content="{last}"><meta name="citation_doi" content="{x["doi"]}"><meta name="citation_publisher" '
                f'content="Society for Information Practice"><meta name="citation_issn" content="0000-1234">'
                f'<meta name="description" content="{esc(w.summary)}"><link rel="canonical" href="{u(w.path)}">'
                f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="article">'
                f'<meta property="og:url" content="{u(w.path)}">')
        tl = "".join(f'<li><a href="{u("/action/doBasicSearch?Query=mentoring")}">{t}</a></li>'
                     if t == "mentoring" else f"<li>{t}</li>" for t in topics[k])
        main = (f'<div class="content-viewer"><div class="item-info"><div class="src"><a href="'
                f'{u("/journal/infopracq")}">{JOURNAL_TITLE}</a>, <a href="{u(ISSUE)}">Vol. {x["volume"]}, No. '
                f'{x["issue"]} ({_date.fromisoformat(w.date):%B %Y})</a>, pp. {x["pages"]}</div>'
                f'<h1 class="title" data-qa="item-title">{esc(w.title)}</h1>'
                f'<div class="contrib" data-qa="item-authors">{esc(", ".join(_authors(w)))}</div>'
                f'<div class="doi">https://doi.org/{x["doi"]}</div></div><section class="abstract"><h2>Abstract</h2>'
                f'<p>{esc(w.paras[0])}</p></section><section class="page-scan-text" aria-label="Preview">'
                f'{_ps(w.paras[1:])}</section><section class="topics"><h2>Topics</h2><ul>{tl}</ul></section></div>')
        pages.put(JOURNAL, w.path, _jstor(u, w.title, main, meta))
    e5 = WORKS["e5"]
    pages.put(JOURNAL, e5.path, pdf(list(e5.paras)), content_type="application/pdf")
    toc = "".join(_toc_item(u, w) for w in ws)
    pages.put(JOURNAL, ISSUE, _jstor(
        u, f"{JOURNAL_TITLE}, Vol. 41, No. 3, September 2023",
        f'<div class="toc-header"><h1>{JOURNAL_TITLE}</h1><h2>Vol. 41, No. 3, September 2023</h2>'
        f'<p>Published by: Society for Information Practice</p></div><ol class="toc-list">{toc}</ol>',
        '<meta name="description" content="Table of contents">'))
    pages.put(JOURNAL, "/journal/infopracq", _jstor(
        u, JOURNAL_TITLE, f'<div class="journal-header"><h1>{JOURNAL_TITLE}</h1><p>Published by the Society for '
        "Information Practice. Coverage: 1983-2023 (Vol. 1, No. 1 - Vol. 41, No. 3).</p></div>"
        f'<section class="journal-issues"><h2>Issues</h2><ul><li><a href="{u(ISSUE)}">Vol. 41, No. 3, September '
        "2023</a></li></ul></section>", f'<meta name="description" content="{JOURNAL_TITLE} on JArchive">'))
    hits = [WORKS[k] for k in ("e1", "e2", "e5")]
    res = "".join(f'<li class="result-item"><div class="title"><a href="{u(w.path)}">{esc(w.title)}</a></div>'
                  f'<div class="contrib">{esc(", ".join(_authors(w)))}</div><div class="src">{JOURNAL_TITLE}, Vol. '
                  f'41, No. 3</div></li>' for w in hits)
    pages.put(JOURNAL, "/action/doBasicSearch?Query=mentoring", _jstor(
        u, "Search results: mentoring", f'<h1 class="search-title">Results for mentoring</h1><p>{len(hits)} results'
        f'</p><ol class="search-results">{res}</ol>', '<meta name="robots" content="noindex">'))
    pages.put(JOURNAL, "/about", _jstor(
        u, "About JArchive", "<h1>About JArchive</h1><p>JArchive is a digital library of journals, books and "
        "primary sources. Libraries subscribe on behalf of their readers; some content is free to read "
        "online.</p>"))
    pages.put(JOURNAL, "/contact", _jstor(
        u, "Contact us", "<h1>Contact us</h1><p>Support is available weekdays. Write to the support team or use "
        "the help centre chat.</p><form class=\"contact\"><input name=\"email\"><textarea name=\"message\">"
        "</textarea></form>"))


# --- WordPress, Genesis Sample ---------------------------------------------------------------------

ASSOC_SITE = "Northwest Library Association"


def _genesis(u, title: str, body_class: str, main: str, head: str = "") -> str:
    full = ASSOC_SITE if title == ASSOC_SITE else f"{title} - {ASSOC_SITE}"
    menu = "".join(f'<li class="menu-item"><a href="{u(p)}" itemprop="url"><span itemprop="name">{n}</span></a></li>'
                   for p, n in (("/", "Home"), ("/about/", "About"), ("/category/news/", "News"),
                                ("/contact/", "Contact")))
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width='
            f'device-width, initial-scale=1"><title>{esc(full)}</title>{head}<meta name="generator" content="'
            f'WordPress 6.7.1"><link rel="stylesheet" id="genesis-sample-css" href="{u("/")}wp-content/themes/'
            f'genesis-sample/style.css?ver=3.4.2" media="all"><link rel="https://api.w.org/" href="{u("/")}wp-json/">'
            f'</head><body class="{body_class} header-full-width content-sidebar genesis-breadcrumbs-hidden '
            f'genesis-footer-widgets-hidden" itemscope itemtype="https://schema.org/WebPage"><div class="site-'
            f'container"><ul class="genesis-skip-link"><li><a href="#genesis-content" class="screen-reader-shortcut">'
            f' Skip to main content</a></li></ul><header class="site-header" itemscope itemtype="https://schema.org/'
            f'WPHeader"><div class="wrap"><div class="title-area"><p class="site-title" itemprop="headline"><a href="'
            f'{u("/")}">{ASSOC_SITE}</a></p><p class="site-description" itemprop="description">Libraries and '
            f'library workers of the Northwest</p></div><nav class="nav-primary" aria-label="Main" itemscope '
            f'itemtype="https://schema.org/SiteNavigationElement" id="genesis-nav-primary"><div class="wrap"><ul '
            f'id="menu-header-menu" class="menu genesis-nav-menu menu-primary js-superfish">{menu}</ul></div></nav>'
            f'</div></header><div class="site-inner"><div class="content-sidebar-wrap"><main class="content" '
            f'id="genesis-content">{main}</main><aside class="sidebar sidebar-primary widget-area" role="'
            f'complementary" aria-label="Primary Sidebar" itemscope itemtype="https://schema.org/WPSideBar">'
            f'<section id="search-3" class="widget widget_search"><div class="widget-wrap"><form class="search-form" '
            f'method="get" action="{u("/")}" role="search"><input class="search-form-input" type="search" name="s">'
            f'<input class="search-form-submit" type="submit" value="Search"></form></div></section>'
            f'<section class="widget widget_text"><div class="widget-wrap"><h3 class="widgettitle widget-title">'
            f'Mentor Match</h3><div class="textwidget"><p>Our year-round mentoring program. <a href="'
            f'{u(WORKS["f6"].path)}">Read the handbook (PDF)</a>.</p></div></div></section></aside></div></div>'
            f'<footer class="site-footer" itemscope itemtype="https://schema.org/WPFooter"><div class="wrap">'
            f'<p>Copyright &#x000A9;&nbsp;2025 &middot; <a href="https://www.studiopress.com/">Genesis Sample</a> '
            f'on <a href="https://www.studiopress.com/">Genesis Framework</a> &middot; <a href="https://wordpress.org'
            f'/">WordPress</a></p></div></footer></div></body></html>')


def _genesis_entry(u, w: Work, full: bool, url: Callable[[str, str], str] | None = None) -> str:
    pid = zlib.crc32(w.path.encode()) % 900 + 100
    title = (f'<h1 class="entry-title" itemprop="headline">{esc(w.title)}</h1>' if full else
             f'<h2 class="entry-title" itemprop="headline"><a class="entry-title-link" rel="bookmark" href="'
             f'{u(w.path)}">{esc(w.title)}</a></h2>')
    tags = (f' <span class="entry-tags">Tagged With: <a href="{u("/tag/mentoring/")}" rel="tag">mentoring</a>'
            f"</span>" if "mentoring" in w.tags else "")
    body = _ps(w.paras) if full else f"<p>{cut(w.paras[0], 240)} <a href=\"{u(w.path)}\" class=\"more-link\">" \
                                     f"Read More</a></p>"
    if full and w is WORKS["f1"]:
        body += f'<p><a href="{u(WORKS["f6"].path)}">Download the Mentor Match handbook (PDF)</a></p>'
    if full and w is WORKS["f2"]:
        body += (f'<p>Coverage elsewhere: <a href="{u("/")}">NWLA news</a>; the research behind the PLN session, '
                 f'<a href="{url(JOURNAL, WORKS["e1"].path)}">on JArchive</a>.</p>')
    return (f'<article class="post-{pid} post type-post status-publish format-standard category-news entry" '
            f'aria-label="{esc(w.title)}" itemscope itemtype="https://schema.org/CreativeWork"><header class="'
            f'entry-header">{title}<p class="entry-meta"><time class="entry-time" itemprop="datePublished" '
            f'datetime="{w.date}T09:00:00-07:00">{_long_date(w.date)}</time> by <span class="entry-author" '
            f'itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="{u("/author/nwla-staff/")}" '
            f'class="entry-author-link" rel="author" itemprop="url"><span class="entry-author-name" itemprop="name">'
            f'{esc(w.author)}</span></a></span></p></header><div class="entry-content" itemprop="text">{body}</div>'
            f'<footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">Filed Under: <a '
            f'href="{u("/category/news/")}" rel="category tag">News</a></span>{tags}</p></footer></article>')


def association(u, pages: _Pages, url: Callable[[str, str], str]) -> None:
    works = [w for w in _on(ASSOC) if w.kind == "article"]
    for w in works:
        head = (f'<meta name="description" content="{esc(w.paras[0][:155])}"><link rel="canonical" href="'
                f'{u(w.path)}">')
        pages.put(ASSOC, w.path, _genesis(u, w.title, "post-template-default single single-post",
                                          _genesis_entry(u, w, True, url), head))
    f6 = WORKS["f6"]
    pages.put(ASSOC, f6.path, pdf(list(f6.paras)), content_type="application/pdf")

    def archive(path, title, intro, ws, body_class):
        main = (f'<div class="archive-description taxonomy-archive-description taxonomy-description"><h1 class="'
                f'archive-title">{title}</h1>{intro}</div>' + "".join(_genesis_entry(u, w, False) for w in ws))
        pages.put(ASSOC, path, _genesis(u, title, body_class, main, f'<link rel="canonical" href="{u(path)}">'))

    archive("/category/news/", "News", "", works, "archive category category-news")
    archive("/tag/mentoring/", "mentoring", "", [w for w in works if "mentoring" in w.tags], "archive tag")
    archive("/author/nwla-staff/", "NWLA Staff", "<p>News from the association office.</p>",
            [w for w in works if w.author == "NWLA Staff"], "archive author author-nwla-staff")
    archive("/?s=mentor", "Search Results for: mentor", "",
            [w for w in works if "mentor" in " ".join(w.paras).lower()], "search search-results")
    pages.put(ASSOC, "/", _genesis(u, ASSOC_SITE, "home blog", "".join(_genesis_entry(u, w, False) for w in works),
                                   '<meta name="description" content="Libraries and library workers of the '
                                   'Northwest">'))
    pages.put(ASSOC, "/about/", _genesis(
        u, "About", "page-template-default page", '<article class="page type-page status-publish entry"><header '
        'class="entry-header"><h1 class="entry-title" itemprop="headline">About</h1></header><div class="entry-'
        'content" itemprop="text"><p>The Northwest Library Association brings together library workers from '
        "public, academic, school and special libraries across four states. We run an annual conference, "
        "advocate for library funding, and support members at every stage of their careers.</p><p>Members can "
        f'log in to the <a href="{u("/members-directory/")}">members directory</a>.</p></div></article>'))
    pages.put(ASSOC, "/contact/", _genesis(
        u, "Contact", "page-template-default page", '<article class="page type-page status-publish entry"><header '
        'class="entry-header"><h1 class="entry-title" itemprop="headline">Contact</h1></header><div class="entry-'
        'content" itemprop="text"><p>Write to the association office at the address below, or use the form. For '
        f'the mentoring program, <a href="{u("/?s=mentor")}">see our posts on Mentor Match</a>.</p><form '
        'class="wpforms-form"><input name="wpforms[fields][0]"><textarea name="wpforms[fields][2]"></textarea>'
        "</form></div></article>"))
    pages.put(ASSOC, "/members-directory/", _genesis(
        u, "Not found, error 404", "error404", '<article class="entry"><h1 class="entry-title">Not found, error 404'
        '</h1><div class="entry-content"><p>The page you are looking for no longer exists. Perhaps you can return '
        f'back to the <a href="{u("/")}">homepage</a> and see if you can find what you are looking for.</p></div>'
        "</article>"), status=404)


# --- Captivate -------------------------------------------------------------------------------------

POD = "Stack Talk"


def _captivate(u, title: str, main: str, head: str = "") -> str:
    full = POD if title == POD else f"{title} - {POD}"
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width='
            f'device-width, initial-scale=1"><title>{esc(full)}</title><meta property="og:site_name" content="{POD}">'
            f'{head}<link rel="alternate" type="application/rss+xml" title="{POD}" href="https://feeds.captivate.'
            f'example/stacktalk/"><link rel="stylesheet" href="https://assets.captivate.example/site/css/'
            f'site-theme-1.css"></head><body class="captivate-site theme-1"><header class="site-header"><div class="'
            f'container"><a class="site-logo" href="{u("/")}"><img src="https://artwork.captivate.example/stacktalk.'
            f'jpg" alt="{POD}"></a><nav class="site-nav"><ul><li><a href="{u("/")}">Episodes</a></li><li><a href="'
            f'{u("/about")}">About</a></li></ul></nav><div class="subscribe-links"><a href="https://podcasts.apple.'
            f'example/podcast/stack-talk">Apple Podcasts</a> <a href="https://open.spotify.example/show/stacktalk">'
            f'Spotify</a></div></div></header><main class="site-content"><div class="container">{main}</div></main>'
            f'<footer class="site-footer"><p>&copy; 2025 {POD}</p><p class="powered">Powered by <a href="https://www.'
            f'captivate.example">Captivate</a></p></footer></body></html>')


def _cap_card(u, w: Work) -> str:
    return (f'<div class="episode-item"><div class="episode-info"><h2 class="episode-title"><a href="{u(w.path)}">'
            f'{esc(w.title)}</a></h2><div class="episode-meta"><span class="episode-date">{_long_date(w.date)}'
            f'</span></div><div class="episode-excerpt">{cut(w.paras[0], 200)}</div></div></div>')


def podcast(u, pages: _Pages) -> None:
    works = _on(PODCAST)
    for w in works:
        n = w.title.split(":")[0].replace("Ep. ", "")
        ld = {"@context": "https://schema.org", "@type": "PodcastEpisode", "url": u(w.path), "name": w.title,
              "datePublished": w.date, "episodeNumber": n, "description": w.paras[0],
              "associatedMedia": {"@type": "MediaObject", "contentUrl": f"https://podcasts.captivate.example/media/"
                                                                        f"stacktalk-{n}.mp3"},
              "partOfSeries": {"@type": "PodcastSeries", "name": POD, "url": u("/")}}
        head = (f'<meta name="description" content="{esc(w.paras[0][:155])}"><meta property="og:title" content="'
                f'{esc(w.title)}"><meta property="og:type" content="website"><meta property="og:url" content="'
                f'{u(w.path)}"><meta property="og:description" content="{esc(w.paras[0][:155])}">{_ld(ld)}')
        main = (f'<div class="episode-page"><h1 class="episode-title">{esc(w.title)}</h1><div class="episode-meta">'
                f'<span class="episode-number">Episode {n}</span> <span class="episode-date">{_long_date(w.date)}'
                f'</span></div><div class="player"><iframe src="https://player.captivate.example/episode/stacktalk-'
                f'{n}" title="{esc(w.title)}"></iframe></div><div class="show-notes"><h2>Show Notes</h2>'
                f'{_ps(w.paras)}</div><a class="back-link" href="{u("/")}">All episodes</a></div>')
        pages.put(PODCAST, w.path, _captivate(u, w.title, main, head))
    desc = ("Two public librarians talk about the work: collections, careers, colleagues and the people who "
            "use libraries.")
    pages.put(PODCAST, "/", _captivate(
        u, POD, f'<div class="show-header"><h1>{POD}</h1><p>{desc}</p></div><div class="episode-list">'
        + "".join(_cap_card(u, w) for w in works[:3]) + f'</div><nav class="pagination"><a href="'
        f'{u("/episodes/page/2")}" class="next">Older episodes</a></nav>',
        f'<meta name="description" content="{desc}"><meta property="og:type" content="website">'))
    pages.put(PODCAST, "/episodes/page/2", _captivate(
        u, "Episodes", '<div class="episode-list">' + "".join(_cap_card(u, w) for w in works[3:])
        + f'</div><nav class="pagination"><a href="{u("/")}" class="prev">Newer episodes</a></nav>'))
    pages.put(PODCAST, "/about", _captivate(
        u, "About", f"<h1>About {POD}</h1><p>Lena and Marcus met at library school and now work at branches on "
        "opposite sides of the same county. New episodes every other Tuesday. Listener questions are always "
        "welcome.</p>"))


# --- an Instagram-like photo-sharing site ----------------------------------------------------------

PIX = "Pixshelf"
PROFILES = {"rosa.reads.stacks": ("Rosa M.", "Children's and teen librarian. Storytimes, displays, and the people "
                                             "who taught me this job. Views my own.", 412, 1893),
            "stackscat": ("Dewey the Library Cat", "Branch cat. Supervisor of shelving carts.", 88, 5120)}


def _caption(u, text: str) -> str:
    out = []
    for word in esc(text).split(" "):
        if word.lstrip().startswith("#librarymentoring"):
            out.append(f'<a href="{u("/explore/tags/librarymentoring/")}">#librarymentoring</a>'
                       + word.lstrip()[len("#librarymentoring"):])
        else:
            out.append(word)
    return " ".join(out)


def _pix(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{esc(title)}</title><meta property="og:site_name" '
            f'content="{PIX}">{head}<link rel="manifest" href="/data/manifest.json"></head><body><div id="react-'
            f'root"><section class="_a9-z"><nav class="_acum" role="navigation"><a href="{u("/rosa.reads.stacks/")}"'
            f' aria-label="{PIX}"><span class="logo">{PIX}</span></a></nav><main class="_a993" role="main">{main}'
            f'</main><footer class="_a7z2" role="contentinfo"><ul><li><a href="https://about.pixshelf.example/">About'
            f'</a></li><li><a href="https://help.pixshelf.example/" rel="nofollow">Help</a></li></ul>'
            f'<span>&copy; 2025 {PIX}</span></footer></section></div></body></html>')


def _grid(u, works: list[Work]) -> str:
    return '<div class="_ac7v">' + "".join(
        f'<div class="_aabd"><a href="{u(w.path)}" role="link"><div class="_aagu"><img alt="{esc(w.paras[0][:100])}"'
        f' class="x5yr21d" src="https://cdn.pixshelf.example/{w.path.split("/")[2]}.jpg"></div></a></div>'
        for w in works) + "</div>"


def photos(u, pages: _Pages) -> None:
    works = _on(PHOTOS)
    for w in works:
        cap = w.paras[0]
        og = (f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(w.author)} on '
              f'{PIX}: &quot;{esc(cap[:60])}&quot;"><meta property="og:description" content="{12 + len(cap) % 40} '
              f'likes, {len(w.replies)} comments - {esc(w.author)} on {_long_date(w.date)}: &quot;{esc(cap)}&quot;">'
              f'<meta property="og:url" content="{u(w.path)}"><meta property="og:image" content="https://cdn.'
              f'pixshelf.example/{w.path.split("/")[2]}.jpg"><link rel="canonical" href="{u(w.path)}">'
              f'<meta name="description" content="{esc(w.author)} on {_long_date(w.date)}: &quot;{esc(cap[:120])}'
              f'&quot;">')
        comments = "".join(f'<li class="_a9zj"><a class="_a6hd" href="{u("/" + who + "/")}">{esc(who)}</a> <span>'
                           f'{esc(t)}</span></li>' for who, t in w.replies)
        main = (f'<article class="_aatb"><div class="_aagv"><img alt="Photo by {esc(w.author)}" src="https://cdn.'
                f'pixshelf.example/{w.path.split("/")[2]}.jpg"></div><div class="_ae2s"><header class="_aaqw"><a '
                f'class="_a6hd" href="{u("/" + w.author + "/")}">{esc(w.author)}</a></header><ul class="_a9z6">'
                f'<li class="_a9zj _a9zl"><h1 class="_ap3a _aaco" dir="auto">{_caption(u, cap)}</h1></li>{comments}'
                f'</ul><time class="_aaqe" datetime="{w.date}T15:00:00.000Z">{_long_date(w.date)}</time></div>'
                f"</article>")
        pages.put(PHOTOS, w.path, _pix(u, f"{w.author} on {PIX}: \"{cap[:60]}\"", main, og))
    for name, (full, bio, following, followers) in PROFILES.items():
        mine = [w for w in works if w.author == name]
        main = (f'<header class="_aa_h"><h2 class="_aacl">{name}</h2><ul class="_aa_5"><li>{len(mine)} posts</li>'
                f'<li>{followers} followers</li><li>{following} following</li></ul><div class="_aa_c"><span>{esc(full)}'
                f'</span><h1 class="_aacl _aaco">{esc(bio)}</h1></div></header>{_grid(u, mine)}')
        head = (f'<meta property="og:type" content="profile"><meta property="og:title" content="{esc(full)} (@{name})'
                f'"><meta name="description" content="{followers} Followers, {following} Following, {len(mine)} Posts'
                f' - See {PIX} photos from {esc(full)} (@{name})"><link rel="canonical" href="{u("/" + name + "/")}">')
        pages.put(PHOTOS, f"/{name}/", _pix(u, f"{full} (@{name}) \u2022 {PIX} photos", main, head))
    tagged = [w for w in works if "#librarymentoring" in w.paras[0]]
    pages.put(PHOTOS, "/explore/tags/librarymentoring/", _pix(
        u, f"#librarymentoring hashtag on {PIX}", f'<header class="_aa_h"><h1>#librarymentoring</h1><span>'
        f'{len(tagged)} posts</span></header>{_grid(u, tagged)}',
        '<meta property="og:type" content="website"><meta name="description" content="See posts about '
        '#librarymentoring">'))


# --- Wix Studio ------------------------------------------------------------------------------------

WIX = "Catalogix"


def _wix(u, title: str, main: str, head: str = "") -> str:
    full = WIX if title == WIX else f"{title} | {WIX}"
    nav = "".join(f'<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="{u(p)}" class="StylableB'
                  f'utton2545352419__root"><p class="wixui-rich-text__text">{n}</p></a></li>'
                  for p, n in (("/", "Home"), ("/blog", "Blog"), ("/about-us", "About Us"), ("/contact", "Contact")))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width='
            f'device-width, initial-scale=1"><meta name="generator" content="Wix.com Website Builder">'
            f'<meta http-equiv="X-Wix-Meta-Site-Id" content="8e1f0a2c-1b7d-4d5e-9f3a-2c6b7e9d0a11">'
            f"<title>{esc(full)}</title>{head}<meta property=\"og:site_name\" content=\"{WIX}\">"
            f'<meta name="twitter:card" content="summary_large_image"></head><body><div id="SITE_CONTAINER"><div '
            f'id="main_MF" class="main_MF"><div id="SITE_HEADER" class="xTjc1A wixui-header" tabindex="-1"><div '
            f'data-testid="header-container"><a href="{u("/")}" data-testid="linkElement" class="wixui-image">'
            f'<img src="https://static.wixstatic.example/media/catalogix_logo.png" alt="{WIX} logo"></a><nav '
            f'id="comp-lx1menu" aria-label="Site" class="wixui-dropdown-menu"><ul>{nav}</ul></nav></div></div>'
            f'<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES">{main}</div>'
            f'</main><footer id="SITE_FOOTER" class="wixui-footer"><p class="wixui-rich-text__text">&copy; 2025 '
            f'{WIX} Library Systems. <a href="https://www.linkedin.example/company/catalogix">LinkedIn</a></p>'
            f"</footer></div></div></body></html>")


def _wix_card(u, w: Work) -> str:
    return (f'<article data-hook="post-list-item" class="gallery-item-container"><div data-hook="post-list-item__'
            f'title" class="post-title"><a href="{u(w.path)}" data-hook="post-list-item__title-link"><h2 class="'
            f'blog-post-title-font">{esc(w.title)}</h2></a></div><div data-hook="post-description"><p>'
            f'{cut(w.paras[0], 160)}</p></div><span data-hook="time-ago">{_long_date(w.date)}</span></article>')


def vendor(u, pages: _Pages) -> None:
    works = _on(VENDOR)
    for w in works:
        ld = {"@context": "https://schema.org", "@type": "BlogPosting", "mainEntityOfPage": {"@type": "WebPage",
              "@id": u(w.path)}, "headline": w.title, "image": [], "datePublished": w.date + "T14:00:00.000Z",
              "dateModified": w.date + "T14:00:00.000Z", "author": {"@type": "Person", "name": w.author},
              "publisher": {"@type": "Organization", "name": WIX}, "description": w.paras[0][:160]}
        head = (f'<link rel="canonical" href="{u(w.path)}"><meta name="description" content="{esc(w.paras[0][:160])}'
                f'"><meta property="og:title" content="{esc(w.title)}"><meta property="og:description" content="'
                f'{esc(w.paras[0][:160])}"><meta property="og:url" content="{u(w.path)}"><meta property="og:type" '
                f'content="article"><meta property="article:author" content="{esc(w.author)}">'
                f'<meta property="article:published_time" content="{w.date}T14:00:00.000Z">{_ld(ld)}')
        cats = (f'<ul data-hook="category-label-list"><li><a href="{u("/blog/categories/community")}" data-hook='
                f'"category-label-list__item">Community</a></li></ul>' if "community" in w.tags else "")
        body = "".join(f'<p class="MzL2o" dir="auto"><span class="ricos-text">{esc(x)}</span></p>' for x in w.paras)
        main = (f'<div data-hook="post-page"><article data-hook="post"><div class="blog-post-page-font"><div data-hook='
                f'"post-header"><span data-hook="user-name">{esc(w.author)}</span> <span data-hook="time-ago">'
                f'{_long_date(w.date)}</span></div><h1 class="blog-post-title-font" data-hook="post-title">'
                f'{esc(w.title)}</h1><div data-hook="post-description"><section data-hook="ricos-viewer">{body}'
                f'</section></div>{cats}</div></article><a href="{u("/blog")}" data-hook="see-all-posts">See All</a>'
                f"</div>")
        pages.put(VENDOR, w.path, _wix(u, w.title, main, head))
    pages.put(VENDOR, "/", _wix(
        u, WIX, '<section class="wixui-section"><h1 class="wixui-rich-text__text">Library software that gets out of '
        'your way</h1><p class="wixui-rich-text__text">Catalogix is an integrated library system for public and '
        f'academic libraries.</p></section><section class="wixui-section"><h2>From the blog</h2>'
        + "".join(_wix_card(u, w) for w in works[:3]) + f'<a href="{u("/blog")}">All posts</a></section>',
        f'<link rel="canonical" href="{u("/")}"><meta property="og:type" content="website">'))
    pages.put(VENDOR, "/blog", _wix(
        u, "Blog", '<div data-hook="blog-desktop-header-container"><nav data-hook="category-list"><a href="'
        f'{u("/blog")}">All Posts</a> <a href="{u("/blog/categories/community")}">Community</a></nav></div>'
        '<div data-hook="post-list">' + "".join(_wix_card(u, w) for w in works) + "</div>",
        f'<link rel="canonical" href="{u("/blog")}"><meta property="og:type" content="website">'))
    pages.put(VENDOR, "/blog/categories/community", _wix(
        u, "Community", '<div data-hook="category-header"><h1>Community</h1></div><div data-hook="post-list">'
        + "".join(_wix_card(u, w) for w in works if "community" in w.tags) + "</div>",
        f'<link rel="canonical" href="{u("/blog/categories/community")}">'))
    pages.put(VENDOR, "/about-us", _wix(
        u, "About Us", '<section class="wixui-section"><h1>About Us</h1><p>Catalogix was founded in 2009 by two '
        "systems librarians and a developer. Today we serve more than 600 libraries in North America.</p>"
        "</section>"))
    pages.put(VENDOR, "/contact", _wix(
        u, "Contact", '<section class="wixui-section"><h1>Contact</h1><p>Sales and demos: use the form. Customers: '
        'open a ticket in the support portal.</p><form data-testid="form"><input name="email"><textarea '
        'name="message"></textarea></form></section>'))


# --- Brightspot ------------------------------------------------------------------------------------

HERALD = "The Valley Herald"
AUTHOR_PAGE = {"Dana Whitfield": "/people/dana-whitfield"}


def _byline(u, name: str) -> str:
    if name in AUTHOR_PAGE:
        return f'<a class="AuthorByline-link" href="{u(AUTHOR_PAGE[name])}">{esc(name)}</a>'
    return f'<span class="AuthorByline-name">{esc(name)}</span>'


def _bsp(u, title: str, main: str, head: str = "", page: str = "Page") -> str:
    full = HERALD if title == HERALD else f"{title} | {HERALD}"
    cid = f"{zlib.crc32(title.encode()):08x}"
    return (f'<!DOCTYPE html><html class="{page}" lang="en"><head><meta charset="UTF-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{esc(full)}</title><meta property="og:site_name" '
            f'content="{HERALD}">{head}<meta name="brightspot.contentId" content="00000190-{cid}">'
            f'<link rel="stylesheet" href="{u("/")}resource/00000190-styles/All.min.css"></head><body '
            f'class="{page}-body"><bsp-header class="Page-header"><div class="Page-header-bar"><a class="Page-header-'
            f'logo" href="{u("/")}" aria-label="home page"><img src="/resource/herald-logo.svg" alt="{HERALD}"></a>'
            f'<nav class="Page-header-navigation"><ul class="Navigation-items"><li class="Navigation-items-item"><a '
            f'class="NavigationLink" href="{u("/local-news")}">Local News</a></li><li class="Navigation-items-item">'
            f'<a class="NavigationLink" href="{u("/tag/libraries")}">Libraries</a></li></ul></nav><form class="Page-'
            f'header-search-form" action="{u("/search")}"><input type="text" name="q"></form></div></bsp-header>'
            f'<main class="Page-main">{main}</main><footer class="Page-footer"><div class="Page-footer-disclaimer">'
            f'&copy; 2025 {HERALD}. <a href="{u("/search?q=library")}">Library coverage</a></div></footer></body>'
            f"</html>")


def _promo(u, w: Work) -> str:
    return (f'<div class="PagePromo"><div class="PagePromo-content"><div class="PagePromo-title"><a class="Link" '
            f'href="{u(w.path)}">{esc(w.title)}</a></div><div class="PagePromo-description">{cut(w.paras[0], 180)}'
            f'</div><div class="PagePromo-byline">By {_byline(u, w.author)} &middot; <bsp-timestamp data-timestamp="'
            f'{w.date}">{_long_date(w.date)}</bsp-timestamp></div></div></div>')


def news(u, pages: _Pages, url: Callable[[str, str], str]) -> None:
    works = _on(NEWS)
    related = {"j1": [(url(ASSOC, WORKS["f1"].path), "the association's mentoring program"),
                      (url(JOURNAL, WORKS["e1"].path), "Achterberg's survey"),
                      (url(RETIREE, WORKS["a2"].path), "Thursday office hours on Mastodon")],
               "j2": [(u("/local-news/library-book-sale-2019"), "the library's annual book sale"),
                      (u("/news/2018/branch-renovation"), "the 2018 branch renovation")],
               "j3": [(u(WORKS["j2"].path), "the levy")]}
    for key, w in ((k, WORKS[k]) for k in ("j1", "j2", "j3", "j4", "j5")):
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": w.title, "url": u(w.path),
              "datePublished": w.date + "T06:00:00-07:00", "dateModified": w.date + "T09:30:00-07:00",
              "author": [{"@type": "Person", "name": w.author}],
              "publisher": {"@type": "NewsMediaOrganization", "name": HERALD},
              "mainEntityOfPage": {"@type": "WebPage", "@id": u(w.path)}, "articleSection": "Local News"}
        head = (f'<link rel="canonical" href="{u(w.path)}"><meta name="description" content="{esc(w.paras[0][:160])}"'
                f'><meta property="og:title" content="{esc(w.title)}"><meta property="og:url" content="{u(w.path)}">'
                f'<meta property="og:type" content="article"><meta property="article:published_time" content="'
                f'{w.date}T06:00:00-07:00"><meta property="article:section" content="Local News">'
                + "".join(f'<meta property="article:tag" content="{t}">' for t in w.tags) + _ld(ld))
        more = "".join(f'<p>Related: <a href="{h}">{esc(t)}</a></p>' for h, t in related.get(key, []))
        tags = "".join(f'<li><a href="{u("/tag/libraries")}">Libraries</a></li>' for t in w.tags if t == "libraries")
        main = (f'<div class="ArticlePage-mainContent"><div class="ArticlePage-breadcrumbs"><a href="'
                f'{u("/local-news")}">Local News</a></div><h1 class="ArticlePage-headline">{esc(w.title)}</h1>'
                f'<div class="ArticlePage-byline"><div class="ArticlePage-authors">By {_byline(u, w.author)}</div>'
                f'<div class="ArticlePage-datePublished">Published <bsp-timestamp data-timestamp="{w.date}">'
                f'{_long_date(w.date)}</bsp-timestamp></div></div><div class="ArticlePage-articleBody"><div class="'
                f'RichTextArticleBody RichTextBody">{_ps(w.paras)}{more}</div></div><div class="ArticlePage-tags">'
                f'<ul class="Tags">{tags}</ul></div></div>')
        pages.put(NEWS, w.path, _bsp(u, w.title, main, head, "ArticlePage"))
    lib = [w for w in works if "libraries" in w.tags]
    pages.put(NEWS, "/", _bsp(u, HERALD, '<div class="PageList"><h2 class="PageList-header">Top Stories</h2>'
                              + "".join(_promo(u, w) for w in works) + "</div>",
                              f'<link rel="canonical" href="{u("/")}"><meta property="og:type" content="website">',
                              "HomePage"))
    pages.put(NEWS, "/local-news", _bsp(u, "Local News", '<h1 class="SectionPage-title">Local News</h1><div '
                                        'class="PageList">' + "".join(_promo(u, w) for w in works) + "</div>",
                                        f'<link rel="canonical" href="{u("/local-news")}">', "SectionPage"))
    pages.put(NEWS, "/tag/libraries", _bsp(u, "Libraries", '<h1 class="TagPage-title">Libraries</h1><div class="'
                                           'PageList">' + "".join(_promo(u, w) for w in lib) + "</div>",
                                           f'<link rel="canonical" href="{u("/tag/libraries")}">', "TagPage"))
    pages.put(NEWS, "/search?q=library", _bsp(
        u, "Search", '<div class="SearchResultsModule"><h1>Search results for "library"</h1><div class="Search'
        f'ResultsModule-count">{len(works)} results</div><ul class="SearchResultsModule-results">'
        + "".join(f"<li>{_promo(u, w)}</li>" for w in works) + "</ul></div>",
        '<meta name="robots" content="noindex">', "SearchResultsPage"))
    dana = [w for w in works if w.author == "Dana Whitfield"]
    pages.put(NEWS, "/people/dana-whitfield", _bsp(
        u, "Dana Whitfield", '<div class="PersonPage-info"><h1 class="PersonPage-name">Dana Whitfield</h1><div '
        'class="PersonPage-title">Local government and libraries reporter</div><div class="PersonPage-bio"><p>Dana '
        "covers county government, schools and libraries in the valley. She joined the Herald in 2019.</p></div>"
        '</div><div class="PageList">' + "".join(_promo(u, w) for w in dana) + "</div>",
        '<meta property="og:type" content="profile">', "PersonPage"))
    pages.put(NEWS, "/local-news/library-book-sale-2019", _bsp(
        u, "Page Not Found", '<div class="NotFoundPage"><h1>Page Not Found</h1><p>Sorry, we could not find that '
        f'page. It may have been moved or removed. Try <a href="{u("/")}">our home page</a> or search for a '
        "story.</p></div>", '<meta name="robots" content="noindex">', "NotFoundPage"))
    pages.put(NEWS, "/news/2018/branch-renovation", _bsp(
        u, "Page Not Found", '<div class="NotFoundPage"><h1>Page Not Found</h1><p>Sorry, we could not find that '
        "page.</p></div>", '<meta name="robots" content="noindex">', "NotFoundPage"), status=404)


# --- the whole web ---------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page of web 18; ``url(host, path)`` makes the absolute URLs links use."""
    def on(host):
        return lambda path: url(host, path)

    pages = _Pages()
    retiree(on(RETIREE), pages)
    student(on(STUDENT), pages)
    board(on(BOARD), pages)
    piefed(on(PIEFED), pages)
    journal(on(JOURNAL), pages)
    association(on(ASSOC), pages, url)
    podcast(on(PODCAST), pages)
    photos(on(PHOTOS), pages)
    vendor(on(VENDOR), pages)
    news(on(NEWS), pages, url)
    missing = set(LABELS) - set(pages.docs)
    assert not missing, sorted(missing)
    return list(pages.docs.values())


class LabelledWeb18(ServedWeb):
    """Web 18 (see the module docstring)."""

    HOSTS = HOSTS
    START = {JOURNAL: "/journal/infopracq", PHOTOS: "/rosa.reads.stacks/"}
    FIRST_ADDRESS = 190
    build = staticmethod(build)
