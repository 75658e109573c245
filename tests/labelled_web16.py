"""Web 16: 104 pages on ten hosts, built from the texts and labels of
:mod:`tests.labelled_text16` (committed before this module), each host on a
platform no earlier web uses, in its markup (reduced) and metadata:

* quietcarrel.example: Jekyll with the Hyde theme and jekyll-seo-tag (its home shows whole posts, as Hyde's does);
* stackdump.example: Hugo with the Terminal theme (its OpenGraph partial);
* carrelcommons.example: Simple Machines Forum 2.1 (Curve2), guests see no profiles;
* researchnook.example: a ResearchGate-like network (citation_* tags, JSON-LD, a full-text PDF);
* shelfwise.example: WordPress with Avada (Fusion Builder) and All in One SEO's JSON-LD;
* archivistsnet.example: Drupal 10 with Bootstrap Barrio, Metatag and Schema.org Metatag, a PDF report;
* shelftalkpod.example: a Spotify for Podcasters (Anchor) show with PodcastEpisode JSON-LD;
* longshelf.example: Plume 0.7 (h-entry, OpenGraph);
* careerletter.example: a Kit (ConvertKit) creator profile and its newsletter archive;
* libraryledger.example: WordPress with tagDiv's Newspaper theme and Yoast SEO.

Errors: a real 404 on the Jekyll blog (GitHub Pages serves the site's 404.html)
and on the Drupal site (its themed page), a soft 404 on the newsroom (the
theme's 404 page answered 200). Seeds: each host's home (``START`` for the
forum, the researcher's profile and the podcast's show page).
"""

from __future__ import annotations

import datetime
import json
import textwrap
import zlib
from typing import Callable
from urllib.parse import quote

from tests.labelled_text16 import (ANCHOR, AVADA, BARRIO, HYDE, KIT, NEWSPAPER, NOOK, OTHER, PLUME, SMF, TERMINAL,
                                   WORKS, Work)
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

HOSTS = (HYDE, TERMINAL, SMF, NOOK, AVADA, BARRIO, ANCHOR, PLUME, KIT, NEWSPAPER)
U = Callable[[str], str]


def _works(host: str) -> list[Work]:
    """A host's works, newest first."""
    return sorted((w for w in WORKS.values() if w.host == host), key=lambda w: w.date, reverse=True)


def _day(w: Work) -> datetime.date:
    return datetime.date.fromisoformat(w.date)


def _other(host: str, path: str) -> str:
    """The kind ``OTHER`` labels a page with (a KeyError for a page it does not label)."""
    return {(h, p): k for h, p, k in OTHER}[(host, path)]


def _page(host: str, path: str, body: str, status: int = 200) -> Doc:
    return Doc(host, path, _other(host, path), 0, body.encode(), status=status)


def _work(w: Work, body: str) -> Doc:
    return Doc(w.host, w.path, w.kind, w.grade, body.encode())


def _ld(obj) -> str:
    return json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")


def _id(w: Work) -> int:
    return zlib.crc32(w.path.encode()) % 9000 + 1000


# --- quietcarrel.example: Jekyll, Hyde ---------------------------------------------------------------------

HYDE_SITE = "Quiet Carrel"


def _hyde(u: U, title: str, path: str, main: str, seo: str = "", og_type: str = "website") -> str:
    full = title if title == HYDE_SITE else f"{title} &middot; {HYDE_SITE}"
    seo = seo or (f'<meta property="og:title" content="{esc(title)}"><meta property="og:locale" content="en_US">'
                  f'<link rel="canonical" href="{u(path)}"><meta property="og:url" content="{u(path)}">'
                  f'<meta property="og:site_name" content="{HYDE_SITE}"><meta property="og:type" content="{og_type}">')
    return (f'<!DOCTYPE html>\n<html lang="en-us"><head><link href="http://gmpg.org/xfn/11" rel="profile">'
            f'<meta http-equiv="X-UA-Compatible" content="IE=edge">'
            f'<meta http-equiv="content-type" content="text/html; charset=utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1">'
            f"<!-- Begin Jekyll SEO tag v2.8.0 --><title>{full}</title>"
            f'<meta name="generator" content="Jekyll v3.10.0">{seo}<!-- End Jekyll SEO tag -->'
            f'<link rel="stylesheet" href="/public/css/poole.css"><link rel="stylesheet" href="/public/css/hyde.css">'
            f'<link rel="shortcut icon" href="/public/favicon.ico"></head>'
            f'<body class="theme-base-0d"><div class="sidebar"><div class="container sidebar-sticky">'
            f'<div class="sidebar-about"><h1><a href="{u("/")}">{HYDE_SITE}</a></h1>'
            f'<p class="lead">Notes from library school, one box of glass plates at a time.</p></div>'
            f'<nav class="sidebar-nav"><a class="sidebar-nav-item" href="{u("/")}">Home</a>'
            f'<a class="sidebar-nav-item" href="{u("/about/")}">About</a>'
            f'<a class="sidebar-nav-item" href="{u("/tags/")}">Tags</a>'
            f'<a class="sidebar-nav-item" href="https://github.com/praman-mlis">GitHub</a></nav>'
            f"<p>&copy; 2025. All rights reserved.</p></div></div>"
            f'<div class="content container">{main}</div></body></html>')


def _hyde_post_div(w: Work, u: U, link: bool) -> str:
    title = f'<a href="{u(w.path)}">{esc(w.title)}</a>' if link else esc(w.title)
    return (f'<div class="post"><h1 class="post-title">{title}</h1>'
            f'<span class="post-date">{_day(w).strftime("%d %b %Y")}</span>{ps(w.paras)}</div>')


def hyde(u: U) -> list[Doc]:
    posts = _works(HYDE)
    docs = []
    for i, w in enumerate(posts):
        desc = esc(w.paras[0][:160])
        seo = (f'<meta property="og:title" content="{esc(w.title)}"><meta name="author" content="{esc(w.author)}">'
               f'<meta property="og:locale" content="en_US"><meta name="description" content="{desc}">'
               f'<meta property="og:description" content="{desc}"><link rel="canonical" href="{u(w.path)}">'
               f'<meta property="og:url" content="{u(w.path)}"><meta property="og:site_name" content="{HYDE_SITE}">'
               f'<meta property="og:type" content="article">'
               f'<meta property="article:published_time" content="{w.date}T00:00:00+00:00">'
               f'<meta name="twitter:card" content="summary"><meta property="twitter:title" content="{esc(w.title)}">'
               f'<script type="application/ld+json">' + _ld({
                   "@context": "https://schema.org", "@type": "BlogPosting", "headline": w.title,
                   "author": {"@type": "Person", "name": w.author}, "datePublished": w.date + "T00:00:00+00:00",
                   "dateModified": w.date + "T00:00:00+00:00", "description": w.paras[0][:160], "url": u(w.path),
                   "mainEntityOfPage": {"@type": "WebPage", "@id": u(w.path)}}) + "</script>")
        related = [p for p in posts if p is not w][:3]
        rel = "".join(f'<li><h3><a href="{u(p.path)}">{esc(p.title)} <small>{_day(p).strftime("%d %b %Y")}</small>'
                      f"</a></h3></li>" for p in related)
        main = (_hyde_post_div(w, u, False)
                + f'<div class="related"><h2>Related posts</h2><ul class="related-posts">{rel}</ul></div>')
        docs.append(_work(w, _hyde(u, w.title, w.path, main, seo)))
    pages = [posts[:5], posts[5:]]
    for n, chunk in enumerate(pages):
        path = "/" if n == 0 else "/page2/"
        older = (f'<a class="pagination-item older" href="{u("/page2/")}">Older</a>' if n == 0
                 else '<span class="pagination-item older">Older</span>')
        newer = ('<span class="pagination-item newer">Newer</span>' if n == 0
                 else f'<a class="pagination-item newer" href="{u("/")}">Newer</a>')
        main = (f'<div class="posts">{"".join(_hyde_post_div(w, u, True) for w in chunk)}</div>'
                f'<div class="pagination">{older}{newer}</div>')
        docs.append(_page(HYDE, path, _hyde(u, HYDE_SITE if n == 0 else f"Page {n + 1}", path, main)))
    tags = sorted({t for w in posts for t in w.tags})
    listing = "".join(f'<h2 id="{t}">{esc(t)}</h2><ul>' + "".join(
        f'<li><a href="{u(w.path)}">{esc(w.title)}</a> <small>{_day(w).strftime("%d %b %Y")}</small></li>'
        for w in posts if t in w.tags) + "</ul>" for t in tags)
    docs.append(_page(HYDE, "/tags/", _hyde(u, "Tags", "/tags/", f'<div class="page"><h1 class="page-title">Tags'
                                                                  f"</h1>{listing}</div>")))
    about = ('<div class="page"><h1 class="page-title">About</h1><p class="lead">I am Priya, a second-year MLIS '
             "student working toward archives jobs, with a practicum at a county historical society.</p>"
             "<p>This blog is where I think out loud about coursework, the practicum and the job hunt. Opinions are "
             "my own and occasionally wrong.</p><p>The blog moved here from another host in January; my very "
             f'<a href="{u("/2024/12/01/hello-world.html")}">first post</a> did not make the trip.</p>'
             '<p>You can reach me on <a href="https://mastodon.social/@praman">Mastodon</a>.</p></div>')
    docs.append(_page(HYDE, "/about/", _hyde(u, "About", "/about/", about)))
    missing = ('<div class="page"><h1 class="page-title">404: Page not found</h1><p class="lead">Sorry, we\'ve '
               f'misplaced that URL or it\'s pointing to something that doesn\'t exist. <a href="{u("/")}">Head back '
               "home</a> to try finding it again.</p></div>")
    docs.append(_page(HYDE, "/2024/12/01/hello-world.html", _hyde(u, "404: Page not found", "/404.html", missing),
                      status=404))
    return docs


# --- stackdump.example: Hugo, Terminal ---------------------------------------------------------------------

TERM_SITE = "stackdump"
TERM_TAGS = ("mastodon",)   # the tag pages the site has


def _terminal(u: U, title: str, path: str, main: str, head: str = "") -> str:
    full = TERM_SITE if title == TERM_SITE else f"{esc(title)} :: {TERM_SITE}"
    return (f'<!DOCTYPE html>\n<html lang="en"><head><title>{full}</title>'
            f'<meta http-equiv="content-type" content="text/html; charset=utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0">'
            f'<meta name="robots" content="noodp"><link rel="canonical" href="{u(path)}">'
            f'<link rel="stylesheet" href="/styles.css"><meta name="twitter:card" content="summary">'
            f'<meta property="og:locale" content="en"><meta property="og:site_name" content="{TERM_SITE}">'
            f'<meta property="og:url" content="{u(path)}">{head}'
            f'<meta name="generator" content="Hugo 0.125.4"></head>'
            f'<body class=""><div class="container center headings--one-size">'
            f'<header class="header"><div class="header__inner"><div class="header__logo"><a href="{u("/")}">'
            f'<div class="logo">{TERM_SITE}</div></a></div></div>'
            f'<nav class="navigation-menu"><ul class="navigation-menu__inner menu--desktop">'
            f'<li><a href="{u("/about/")}">About</a></li><li><a href="{u("/posts/")}">Posts</a></li></ul></nav>'
            f'</header><div class="content">{main}</div>'
            f'<footer class="footer"><div class="footer__inner"><div class="copyright">'
            f'<span>&copy; 2025 Powered by <a href="https://gohugo.io">Hugo</a></span>'
            f'<span>:: <a href="https://github.com/panr/hugo-theme-terminal" target="_blank">Theme</a> made by '
            f'<a href="https://github.com/panr" target="_blank">panr</a></span></div></div></footer>'
            f"</div></body></html>")


def _terminal_meta(w: Work) -> str:
    words = len(" ".join(w.paras).split())
    return (f'<div class="post-meta"><time class="post-date">{w.date}</time><span class="post-author">'
            f'{esc(w.author)}</span><span class="post-reading-time">{max(1, words // 200)} min read ({words} words)'
            f"</span></div>")


def _terminal_tags(w: Work, u: U) -> str:
    tags = [t for t in w.tags if t in TERM_TAGS]
    if not tags:
        return ""
    links = "".join(f'#<a href="{u(f"/tags/{t}/")}">{t}</a>&nbsp;' for t in tags)
    return f'<span class="post-tags">{links}</span>'


def _terminal_list(ws: list[Work], u: U) -> str:
    return "".join(f'<article class="post on-list"><h1 class="post-title"><a href="{u(w.path)}">{esc(w.title)}</a>'
                   f"</h1>{_terminal_meta(w)}{_terminal_tags(w, u)}<div class=\"post-content\">"
                   f'{cut(w.paras[0], 240)}</div><div><a class="read-more button inline" href="{u(w.path)}">'
                   f"[Read more]</a></div></article>" for w in ws)


def terminal(u: U) -> list[Doc]:
    posts = _works(TERMINAL)
    docs = []
    for i, w in enumerate(posts):
        head = (f'<meta name="description" content="{esc(w.paras[0][:150])}">'
                f'<meta name="keywords" content="{esc(", ".join(w.tags))}">'
                f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(w.title)}">'
                f'<meta property="og:description" content="{esc(w.paras[0][:150])}">'
                f'<meta property="article:section" content="posts">'
                f'<meta property="article:published_time" content="{w.date} 00:00:00 +0000 UTC">')
        buttons = ""
        if i + 1 < len(posts):
            buttons += (f'<span class="button previous"><a href="{u(posts[i + 1].path)}"><span class="button__icon">'
                        f'&larr;</span><span class="button__text">{esc(posts[i + 1].title)}</span></a></span>')
        if i > 0:
            buttons += (f'<span class="button next"><a href="{u(posts[i - 1].path)}"><span class="button__text">'
                        f'{esc(posts[i - 1].title)}</span><span class="button__icon">&rarr;</span></a></span>')
        body = ps(w.paras)
        if w.path.endswith("/running-a-mastodon-instance-for-library-workers/"):
            body += (f'<p>Related: <a href="{u("/posts/code-review-as-mentoring/")}">how I mentor through code '
                     f"review</a>.</p>")
        main = (f'<article class="post"><h1 class="post-title"><a href="{u(w.path)}">{esc(w.title)}</a></h1>'
                f"{_terminal_meta(w)}{_terminal_tags(w, u)}"
                f'<div class="post-content"><div>{body}</div></div>'
                f'<div class="pagination"><div class="pagination__title"><span class="pagination__title-h">'
                f'Read other posts</span><hr></div><div class="pagination__buttons">{buttons}</div></div></article>')
        docs.append(_work(w, _terminal(u, w.title, w.path, main, head)))
    web = '<meta property="og:type" content="website">'
    intro = ('<div class="index-content"><p>Notes from a systems librarian: servers, networks, code, and the odd '
             "opinion. I run the library's infrastructure and help run a fediverse server for library workers."
             "</p></div>")
    home = (intro + f'<div class="posts">{_terminal_list(posts[:3], u)}</div>'
            f'<p><a href="{u("/posts/")}">All posts &rarr;</a></p>')
    docs.append(_page(TERMINAL, "/", _terminal(u, TERM_SITE, "/", home, web)))
    for n, (path, chunk) in enumerate((("/posts/", posts[:3]), ("/posts/page/2/", posts[3:]))):
        nav = (f'<a href="{u("/posts/page/2/")}" class="button next"><span class="button__text">Older posts</span>'
               f'<span class="button__icon">&rarr;</span></a>' if n == 0 else
               f'<a href="{u("/posts/")}" class="button previous"><span class="button__icon">&larr;</span>'
               f'<span class="button__text">Newer posts</span></a>')
        main = (f'<div class="posts">{_terminal_list(chunk, u)}<div class="pagination">'
                f'<div class="pagination__buttons">{nav}</div></div></div>')
        docs.append(_page(TERMINAL, path, _terminal(u, "Posts", path, main, web)))
    tagged = [w for w in posts if "mastodon" in w.tags]
    main = f'<h1>Posts for: #mastodon</h1><div class="posts">{_terminal_list(tagged, u)}</div>'
    docs.append(_page(TERMINAL, "/tags/mastodon/", _terminal(u, "mastodon", "/tags/mastodon/", main, web)))
    about = ('<article class="post"><h1 class="post-title"><a href="' + u("/about/") + '">About</a></h1>'
             '<div class="post-content"><div><p>I\'m Tomasz, systems librarian at a mid-sized public library '
             "system. Before that: ten years as a network admin at a university. I write about infrastructure, "
             "open source library software, and the occasional lesson learned the hard way.</p><p>Find me on "
             '<a href="https://glammr.us/@twierz">the fediverse</a>.</p></div></div></article>')
    docs.append(_page(TERMINAL, "/about/", _terminal(u, "About", "/about/", about, web)))
    return docs


# --- carrelcommons.example: Simple Machines Forum 2.1 --------------------------------------------------------

SMF_SITE = "Carrel Commons"
SMF_BOARDS = {4: ("Careers &amp; Professional Development", "Job hunting, mentoring, moving up and moving on.",
                  (318, 311, 305, 301)),
              9: ("The Break Room", "Everything else: gear, gripes, and good news.", (322, 297, 290))}
SMF_PER_PAGE = 3
SMF_SIGNATURES = {"oldstacks": "Forty-one years in public libraries, retired and still reading. "
                               'Old threads on mentoring: <a href="{search}" class="bbc_link">search the '
                               "forum</a>."}


def _smf_topic(n: int) -> Work:
    return next(w for w in WORKS.values() if w.host == SMF and w.path == f"/index.php?topic={n}.0")


def _smf_board_of(n: int) -> int:
    return next(b for b, (_, _, ts) in SMF_BOARDS.items() if n in ts)


def _smf_when(date: str, n: int) -> str:
    """SMF's time of message ``n`` on ``date`` (a thread's later messages later in the day)."""
    t = datetime.datetime.fromisoformat(date) + datetime.timedelta(hours=min(7 + (n % 10) * 2, 23),
                                                                    minutes=(n * 13) % 60, seconds=(n * 29) % 60)
    return t.strftime("%B %d, %Y, %I:%M:%S %p")


def _smf(u: U, title: str, body_class: str, crumbs: list[tuple[str, str]], main: str, head: str = "") -> str:
    trail = "".join(('<li><span class="dividers"> &#9658; </span>' if i else "<li>")
                    + f'<a href="{href}"><span>{name}</span></a></li>' for i, (name, href) in enumerate(crumbs))
    return (f'<!DOCTYPE html>\n<html lang="en-US"><head><meta charset="UTF-8">'
            f'<link rel="stylesheet" href="/Themes/default/css/index.css?smf214"><title>{title}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta property="og:site_name" content="{SMF_SITE}"><meta name="theme-color" content="#557EA0">'
            f"{head}</head><body id=\"chrome\" class=\"{body_class}\"><div id=\"footerfix\">"
            f'<div id="top_section"><div class="inner_wrap"><ul class="floatleft welcome"><li>Welcome to '
            f"<strong>{SMF_SITE}</strong>. Guests can read every board; members can post.</li></ul>"
            f'<form id="search_form" class="floatright" action="{u("/index.php?action=search2")}" method="post" '
            f'accept-charset="UTF-8"><input type="search" name="search" value="">&nbsp;<button>Search</button>'
            f'</form></div></div><div id="header"><h1 class="forumtitle"><a id="top" href="{u("/index.php")}">'
            f'{SMF_SITE}</a></h1><div id="siteslogan">A forum for people who work in libraries and archives</div>'
            f'</div><div id="wrapper"><div id="upper_section"><div id="inner_section"><div id="main_menu">'
            f'<ul class="dropmenu menu_nav"><li class="button_home"><a class="active" href="{u("/index.php")}">'
            f'<span class="main_icons home"></span><span class="textmenu">Home</span></a></li></ul></div>'
            f'<div class="navigate_section"><ul>{trail}</ul></div></div></div>'
            f'<div id="content_section"><div id="main_content_section">{main}</div></div></div></div>'
            f'<div id="footer"><div class="inner_wrap"><ul><li class="floatright"><a href="#top_section">Top</a>'
            f'</li><li class="copyright"><a href="https://www.simplemachines.org/about/smf/license.php" '
            f'title="License" target="_blank" rel="noopener">SMF 2.1.4 &copy; 2023</a>, <a href="https://www.'
            f'simplemachines.org" title="Simple Machines" target="_blank" rel="noopener">Simple Machines</a></li>'
            f"</ul></div></div></body></html>")


def _smf_post(who: str, date: str, text: str, msg: int, subject: str, u: U) -> str:
    sig = SMF_SIGNATURES.get(who, "")
    if sig:
        sig = (f'<div class="moderatorbar"><div class="signature" id="msg_{msg}_signature">'
               f'{sig.format(search=u("/index.php?action=search2;search=mentor"))}</div></div>')
    return (f'<div class="windowbg" id="msg{msg}"><div class="post_wrapper"><div class="poster"><h4>'
            f'<span class="off" title="Offline"></span>&nbsp;{esc(who)}</h4><ul class="user_info">'
            f'<li class="membergroup">Member</li><li class="postcount">Posts: {(msg * 7) % 900 + 12}</li></ul></div>'
            f'<div class="postarea"><div class="keyinfo"><div id="subject_{msg}" class="subject_title '
            f'subject_hidden"><a href="#msg{msg}">{subject}</a></div><div class="postinfo"><a href="#msg{msg}" '
            f'class="smalltext">{_smf_when(date, msg)}</a></div></div><div class="post"><div class="inner" '
            f'data-msgid="{msg}" id="msg_{msg}">{esc(text)}</div></div></div>{sig}</div></div>'
            f'<hr class="post_separator">')


def smf_topic(w: Work, u: U) -> Doc:
    n = int(w.path.split("=")[1].split(".")[0])
    board = _smf_board_of(n)
    name, _, _ = SMF_BOARDS[board]
    first = n * 10
    posts = _smf_post(w.author, w.date, " ".join(w.paras), first, esc(w.title), u)
    posts += "".join(_smf_post(who, date, text, first + i + 1, "Re: " + esc(w.title), u)
                     for i, (who, date, text) in enumerate(w.replies))
    main = (f'<div id="display_head" class="information"><h2 class="display_title"><span id="top_subject">'
            f'{esc(w.title)}</span></h2><p>Started by {esc(w.author)}, {_smf_when(w.date, first)}</p></div>'
            f'<div class="pagesection top"><div class="pagelinks floatleft"><span class="pages">Pages</span>'
            f'<span class="current_page">1</span></div></div><div id="forumposts">{posts}</div>'
            f'<div class="pagesection"><div class="pagelinks floatleft"><span class="pages">Pages</span>'
            f'<span class="current_page">1</span></div></div>')
    head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:url" content="{u(w.path)}">'
            f'<meta property="og:description" content="{esc(w.paras[0][:150])}">'
            f'<meta name="description" content="{esc(w.paras[0][:150])}"><link rel="canonical" href="{u(w.path)}">'
            f'<link rel="index" href="{u(f"/index.php?board={board}.0")}">')
    crumbs = [(SMF_SITE, u("/index.php")), (name, u(f"/index.php?board={board}.0"))]
    return _work(w, _smf(u, esc(w.title), f"action_display board_{board}", crumbs, main, head))


def _smf_rows(topics: list[Work], u: U) -> str:
    rows = []
    for w in topics:
        n = int(w.path.split("=")[1].split(".")[0])
        last = w.replies[-1] if w.replies else (w.author, w.date, "")
        rows.append(f'<div class="windowbg"><div class="board_icon"><img src="/Themes/default/images/topic/'
                    f'normal_post.png" alt=""></div><div class="info info_block"><div class="message_index_title">'
                    f'<span class="preview" title="{esc(w.paras[0][:128])}"><span id="msg_{n * 10}">'
                    f'<a href="{u(w.path)}">{esc(w.title)}</a></span></span></div><p class="floatleft">Started by '
                    f'{esc(w.author)}</p></div><div class="board_stats centertext"><p>Replies: {len(w.replies)}<br>'
                    f'Views: {(n * 37) % 700 + 90}</p></div><div class="lastpost"><p>{_smf_when(last[1], n)}<br>'
                    f"by {esc(last[0])}</p></div></div>")
    return "".join(rows)


def smf_board(board: int, page: int, u: U) -> Doc:
    name, desc, ids = SMF_BOARDS[board]
    topics = [_smf_topic(n) for n in ids]
    chunk = topics[page * SMF_PER_PAGE:(page + 1) * SMF_PER_PAGE]
    pages_n = (len(topics) + SMF_PER_PAGE - 1) // SMF_PER_PAGE
    links = "".join(f'<span class="current_page">{i + 1}</span> ' if i == page else
                    f'<a class="nav_page" href="{u(f"/index.php?board={board}.{i * SMF_PER_PAGE}")}">{i + 1}</a> '
                    for i in range(pages_n))
    path = f"/index.php?board={board}.{page * SMF_PER_PAGE}"
    main = (f'<div id="display_head" class="information"><h2 class="display_title">{name}</h2><p>{desc}</p></div>'
            f'<div class="pagesection"><div class="pagelinks floatleft"><span class="pages">Pages</span>{links}'
            f'</div></div><div id="messageindex"><div class="title_bar" id="topic_header"><div class="info">'
            f'Subject / Started by</div><div class="board_stats centertext">Replies / Views</div>'
            f'<div class="lastpost">Last post</div></div><div id="topic_container">{_smf_rows(chunk, u)}</div></div>'
            f'<div class="pagesection"><div class="pagelinks floatleft"><span class="pages">Pages</span>{links}'
            f"</div></div>")
    title = name if page == 0 else f"{name} - Page {page + 1}"
    head = (f'<meta property="og:title" content="{title}"><meta name="description" content="{desc}">'
            f'<link rel="canonical" href="{u(path)}">')
    crumbs = [(SMF_SITE, u("/index.php")), (name, u(f"/index.php?board={board}.0"))]
    return _page(SMF, path, _smf(u, title, f"action_messageindex board_{board}", crumbs, main, head))


def smf(u: U) -> list[Doc]:
    docs = [smf_topic(w, u) for w in _works(SMF)]
    docs += [smf_board(4, 0, u), smf_board(4, 1, u), smf_board(9, 0, u)]
    cats = ""
    for board, (name, desc, ids) in SMF_BOARDS.items():
        newest = max((_smf_topic(n) for n in ids), key=lambda w: w.replies[-1][1] if w.replies else w.date)
        posts = sum(len(_smf_topic(n).replies) + 1 for n in ids)
        cats += (f'<div id="board_{board}" class="up_contain"><div class="board_icon"><a href="'
                 f'{u(f"/index.php?board={board}.0")}" class="board_off" title="No New Posts"></a></div>'
                 f'<div class="info"><a class="subject mobile_subject" href="{u(f"/index.php?board={board}.0")}" '
                 f'id="b{board}">{name}</a><div class="board_description">{desc}</div></div>'
                 f'<div class="board_stats"><p>{posts} Posts<br>{len(ids)} Topics</p></div>'
                 f'<div class="lastpost lpr_border"><p><strong>Last post: </strong> in <a href="{u(newest.path)}">'
                 f"Re: {esc(newest.title)}</a></p></div></div>")
    main = (f'<div id="boardindex_table" class="boardindex_table"><div class="main_container">'
            f'<div class="cat_bar" id="category_2"><h3 class="catbg"><a id="c2"></a>Working in Libraries</h3></div>'
            f'<div id="category_2_boards">{cats}</div></div></div>'
            f'<div class="roundframe" id="info_center"><div class="title_bar"><h3 class="titlebg">'
            f'<span class="toggle_up floatright"></span>{SMF_SITE} - Info Center</h3></div>'
            f'<div id="upshrink_stats"><div class="sub_bar"><h4 class="subbg">Forum Stats</h4></div>'
            f'<p class="inline">{sum(len(_smf_topic(n).replies) + 1 for b in SMF_BOARDS.values() for n in b[2])} '
            f"Posts in 7 Topics by 412 Members.</p></div></div>")
    head = (f'<meta property="og:title" content="{SMF_SITE} - Index"><meta name="description" content="{SMF_SITE}'
            f' - Index"><link rel="canonical" href="{u("/index.php")}">')
    docs.append(_page(SMF, "/index.php", _smf(u, f"{SMF_SITE} - Index", "action_home", [(SMF_SITE, u("/index.php"))],
                                              main, head)))
    found = [w for w in _works(SMF) if "mentor" in (" ".join(w.paras) + " ".join(r[2] for r in w.replies)).lower()]
    results = "".join(
        f'<div class="windowbg"><div class="block"><span class="floatright counter">{i + 1}</span><div class="topic_'
        f'details"><h5>{SMF_BOARDS[_smf_board_of(int(w.path.split("=")[1].split(".")[0]))][0]} / <a href="'
        f'{u(w.path)}">{esc(w.title)}</a></h5><span class="smalltext">&#171;&nbsp;on: {_smf_when(w.date, i)}&nbsp;'
        f'&#187;</span></div><div class="list_posts double_height">{cut(w.paras[0], 200)}</div></div></div>'
        for i, w in enumerate(found))
    main = (f'<div class="cat_bar"><h3 class="catbg"><span class="floatright"><a href="#" class="button">Go Down</a>'
            f'</span>Search Results: mentor</h3></div><div class="pagesection"><span class="pages">Pages</span>'
            f'<span class="current_page">1</span></div><div id="messageindex">{results}</div>')
    path = "/index.php?action=search2;search=mentor"
    docs.append(_page(SMF, path, _smf(u, "Search Results", "action_search2", [(SMF_SITE, u("/index.php"))], main,
                                      '<meta name="robots" content="noindex">')))
    return docs


# --- researchnook.example: a ResearchGate-like network ------------------------------------------------------

NOOK_SITE = "ResearchNook"
NOOK_PROFILE = "/profile/Adaeze-Okonkwo"
NOOK_TOPIC = "/topic/Mentoring"


def _nook(u: U, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta property="og:site_name" content="{NOOK_SITE}">{head}'
            f'<link rel="stylesheet" href="https://c5.rnstatic.example/m/nova.css"></head>'
            f'<body class="nova-legacy-c-page"><div id="app"><header class="global-header">'
            f'<a class="global-header__logo" href="{u(NOOK_PROFILE)}" aria-label="{NOOK_SITE}">{NOOK_SITE}</a>'
            f'<nav class="global-header__nav"><a class="nova-legacy-e-link" href="{u(NOOK_TOPIC)}">Topics</a>'
            f'</nav></header><main class="nova-legacy-l-flex">{main}</main>'
            f'<footer class="global-footer"><span>&copy; 2008-2025 {NOOK_SITE} GmbH. All rights reserved.</span>'
            f'<a class="nova-legacy-e-link" href="https://www.example.org/privacy" rel="nofollow">Privacy</a>'
            f"</footer></div></body></html>")


def _nook_paper(w: Work) -> dict:
    rest = w.summary
    name = rest.rsplit(" ", 2)[0]
    vol, pages = rest.rsplit(" ", 2)[1:]
    return {"journal": name, "volume": vol.split("(")[0], "issue": vol.split("(")[1].rstrip("),"),
            "first": pages.split("-")[0], "last": pages.split("-")[1], "doi": f"10.5555/rn.{_id(w)}"}


def nook_article(w: Work, pdf_path: str | None, u: U) -> Doc:
    p = _nook_paper(w)
    day = _day(w)
    title = f"(PDF) {esc(w.title)}" if pdf_path else f"{esc(w.title)} | Request PDF"
    head = (f'<meta property="og:title" content="{title}"><meta property="og:type" content="article">'
            f'<meta property="og:url" content="{u(w.path)}">'
            f'<meta property="og:description" content="{"PDF | " if pdf_path else ""}{esc(w.paras[0][:220])} | '
            f'Find, read and cite all the research you need on {NOOK_SITE}">'
            f'<meta name="citation_title" content="{esc(w.title)}"><meta name="citation_author" content="Okonkwo, '
            f'Adaeze"><meta name="citation_publication_date" content="{day.strftime("%Y/%m/%d")}">'
            f'<meta name="citation_journal_title" content="{esc(p["journal"])}">'
            f'<meta name="citation_volume" content="{p["volume"]}"><meta name="citation_issue" content="{p["issue"]}">'
            f'<meta name="citation_firstpage" content="{p["first"]}"><meta name="citation_lastpage" '
            f'content="{p["last"]}"><meta name="citation_doi" content="{p["doi"]}">'
            f'<meta name="citation_abstract_html_url" content="{u(w.path)}">'
            + (f'<meta name="citation_pdf_url" content="{u(pdf_path)}">' if pdf_path else "")
            + f'<link rel="canonical" href="{u(w.path)}"><script type="application/ld+json">' + _ld({
                "@context": "https://schema.org", "@type": "ScholarlyArticle", "headline": w.title,
                "author": [{"@type": "Person", "name": w.author, "url": u(NOOK_PROFILE)}],
                "datePublished": day.strftime("%Y-%m"), "identifier": {"@type": "PropertyValue",
                                                                       "propertyID": "DOI", "value": p["doi"]},
                "isPartOf": {"@type": "Periodical", "name": p["journal"]}, "description": " ".join(w.paras)[:400]})
            + "</script>")
    topics = "".join(f'<a class="nova-legacy-e-badge" href="{u(NOOK_TOPIC)}">{esc(t)}</a>' if t == "Mentoring" else
                     f'<span class="nova-legacy-e-badge">{esc(t)}</span>' for t in w.tags)
    full = (f'<div class="research-detail-header-section__actions"><a class="nova-legacy-c-button" '
            f'href="{u(pdf_path)}">Download full-text PDF</a></div>' if pdf_path else
            '<div class="research-detail-header-section__actions"><button class="nova-legacy-c-button">Request full-'
            "text</button></div>")
    abstract = ps(w.paras, "div", ' class="nova-legacy-e-text"')
    main = (f'<div class="research-detail-header-section"><div class="research-detail-header-section__badge">'
            f'Article</div><h1 class="nova-legacy-e-text nova-legacy-e-text--size-xl research-detail-header-section__'
            f'title">{esc(w.title)}</h1><ul class="research-detail-header-section__metadata"><li>'
            f'{day.strftime("%B %Y")}</li><li>{esc(p["journal"])} {p["volume"]}({p["issue"]}):{p["first"]}-'
            f'{p["last"]}</li><li>DOI:{p["doi"]}</li></ul><div class="research-detail-header-section__authors">'
            f'<a class="nova-legacy-e-link" href="{u(NOOK_PROFILE)}">{esc(w.author)}</a><span> Lakeshore University'
            f"</span></div>{full}</div><div class=\"research-detail-middle-section\"><div class=\"nova-legacy-c-card\">"
            f'<div class="nova-legacy-c-card__header"><h2>Abstract</h2></div><div class="nova-legacy-c-card__body" '
            f'itemprop="description">{abstract}</div></div>'
            f'<div class="research-detail-topics">{topics}</div></div>')
    return _work(w, _nook(u, title, main, head))


def _pdf_lines(w: Work, width: int = 92) -> list[str]:
    lines = textwrap.wrap(w.title, width) + [w.author + ", School of Information, Lakeshore University", ""]
    for para in w.paras:
        lines += textwrap.wrap(para, width) + [""]
    return lines


def nook(u: U) -> list[Doc]:
    papers = [w for w in _works(NOOK) if w.path.startswith("/publication/") and "/fulltext/" not in w.path]
    fulltext = {w.path.split("/fulltext/")[0]: w for w in WORKS.values() if w.host == NOOK and "/fulltext/" in w.path}
    docs = []
    for w in papers:
        f = fulltext.get(w.path)
        docs.append(nook_article(w, f.path if f else None, u))
        if f:
            docs.append(Doc(NOOK, f.path, f.kind, f.grade, pdf(_pdf_lines(f)), "application/pdf"))

    def item(w: Work) -> str:
        return (f'<div class="nova-legacy-o-stack__item"><div class="nova-legacy-v-publication-item">'
                f'<span class="nova-legacy-e-badge">Article</span><div class="nova-legacy-v-publication-item__title">'
                f'<a class="nova-legacy-e-link" href="{u(w.path)}">{esc(w.title)}</a></div>'
                f'<ul class="nova-legacy-v-publication-item__meta"><li>{_day(w).strftime("%B %Y")}</li>'
                f'<li>{esc(w.summary.rsplit(" ", 2)[0])}</li></ul></div></div>')

    main = (f'<div class="profile-header"><h1 class="nova-legacy-e-text nova-legacy-e-text--size-xl">Adaeze Okonkwo'
            f'</h1><div class="profile-header-details">Associate Professor, School of Information, Lakeshore '
            f'University</div></div><div class="profile-about"><h2>About</h2><p>I study how library and archives '
            f"workers learn from one another, on and off line.</p><div>Skills and expertise: "
            f'<a class="nova-legacy-e-badge" href="{u(NOOK_TOPIC)}">Mentoring</a> '
            f'<span class="nova-legacy-e-badge">Academic Librarianship</span> '
            f'<span class="nova-legacy-e-badge">Information Retrieval</span></div></div>'
            f'<div class="profile-research"><h2>Research items ({len(papers)})</h2>'
            f'<div class="nova-legacy-o-stack">{"".join(item(w) for w in papers)}</div></div>')
    head = (f'<meta property="og:title" content="Adaeze Okonkwo | Associate Professor | Lakeshore University">'
            f'<meta property="og:type" content="profile"><meta property="profile:first_name" content="Adaeze">'
            f'<meta property="profile:last_name" content="Okonkwo"><link rel="canonical" href="{u(NOOK_PROFILE)}">')
    docs.append(_page(NOOK, NOOK_PROFILE, _nook(u, "Adaeze Okonkwo | Associate Professor | Lakeshore University | "
                                                   f"School of Information | {NOOK_SITE}", main, head)))
    tagged = [w for w in papers if "Mentoring" in w.tags]
    main = (f'<div class="topic-header"><h1>Mentoring</h1><p>Explore the latest publications in Mentoring, and find '
            f'Mentoring experts.</p></div><div class="topic-publications"><h2>Publications related to Mentoring '
            f'({len(tagged)})</h2><div class="nova-legacy-o-stack">{"".join(item(w) for w in tagged)}</div></div>'
            f'<div class="topic-experts"><h2>Experts</h2><a class="nova-legacy-e-link" href="{u(NOOK_PROFILE)}">'
            f"Adaeze Okonkwo</a></div>")
    docs.append(_page(NOOK, NOOK_TOPIC, _nook(u, f"Mentoring - Science topic | {NOOK_SITE}", main,
                                              f'<meta property="og:title" content="Mentoring - Science topic">'
                                              f'<link rel="canonical" href="{u(NOOK_TOPIC)}">')))
    return docs


# --- shelfwise.example: WordPress, Avada, All in One SEO ---------------------------------------------------

AVADA_SITE = "Shelfwise"
AVADA_COMMUNITY = ("/shelfwise-community-launches-mentorship-circles/",
                   "/webinar-recap-metadata-migration-without-tears/")


def _avada_head(u: U, title: str, path: str, og_type: str, graph: list, desc: str, extra: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html class="avada-html-layout-wide avada-html-header-position-top" lang="en-US">'
            f'<head><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta http-equiv="Content-Type" '
            f'content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{title}</title><!-- All in One SEO 4.7.3 - aioseo.com -->"
            f'<meta name="description" content="{esc(desc)}"><meta name="robots" content="max-image-preview:large">'
            f'<link rel="canonical" href="{u(path)}"><meta name="generator" content="All in One SEO (AIOSEO) 4.7.3">'
            f'<meta property="og:locale" content="en_US"><meta property="og:site_name" content="{AVADA_SITE} | '
            f'Library services platform"><meta property="og:type" content="{og_type}"><meta property="og:title" '
            f'content="{title}"><meta property="og:description" content="{esc(desc)}"><meta property="og:url" '
            f'content="{u(path)}">{extra}<meta name="twitter:card" content="summary_large_image">'
            f'<meta name="twitter:title" content="{title}"><script type="application/ld+json" class="aioseo-schema">'
            + _ld({"@context": "https://schema.org", "@graph": graph}) + "</script><!-- All in One SEO -->"
            '<meta name="generator" content="WordPress 6.6.2"><link rel="stylesheet" id="fusion-dynamic-css-css" '
            'href="/wp-content/uploads/fusion-styles/4c1b2a.min.css" type="text/css" media="all"></head>')


def _avada_graph(u: U, path: str, name: str) -> list:
    return [{"@type": "Organization", "@id": u("/") + "#organization", "name": AVADA_SITE, "url": u("/")},
            {"@type": "WebSite", "@id": u("/") + "#website", "url": u("/"), "name": AVADA_SITE,
             "publisher": {"@id": u("/") + "#organization"}},
            {"@type": "WebPage", "@id": u(path) + "#webpage", "url": u(path), "name": name,
             "isPartOf": {"@id": u("/") + "#website"}}]


def _avada_body(u: U, body_class: str, heading: str, crumbs: str, content: str) -> str:
    menu = "".join(f'<li id="menu-item-{20 + i}" class="menu-item menu-item-type-post_type menu-item-{20 + i}">'
                   f'<a href="{u(p)}" class="fusion-bar-highlight"><span class="menu-text">{n}</span></a></li>'
                   for i, (n, p) in enumerate((("Home", "/"), ("Blog", "/blog/"), ("Community", "/category/community/"),
                                               ("About Us", "/about-us/"), ("Contact Us", "/contact-us/"))))
    title_bar = (f'<section class="avada-page-titlebar-wrapper" aria-label="Page Title Bar"><div class="fusion-page-'
                 f'title-bar fusion-page-title-bar-none fusion-page-title-bar-left"><div class="fusion-page-title-row">'
                 f'<div class="fusion-page-title-wrapper"><div class="fusion-page-title-captions"><h1 class="entry-'
                 f'title">{heading}</h1></div><div class="fusion-page-title-secondary"><nav class="fusion-breadcrumbs"'
                 f' aria-label="Breadcrumb"><ol class="awb-breadcrumb-list">{crumbs}</ol></nav></div></div></div>'
                 f"</div></section>" if heading else "")
    return (f'<body class="{body_class} fusion-image-hovers fusion-pagination-sizing fusion-button_type-flat '
            f'fusion-body ltr fusion-sticky-header no-tablet-sticky-header no-mobile-sticky-header '
            f'layout-wide-mode fusion-top-header menu-text-align-center mobile-menu-design-modern '
            f'fusion-header-layout-v3 avada-responsive avada-footer-fx-none avada-menu-highlight-style-bar '
            f'avada-blog-layout-large avada-blog-archive-layout-large"><div id="boxed-wrapper">'
            f'<div id="wrapper" class="fusion-wrapper"><div id="home" style="position:relative;top:-1px;"></div>'
            f'<header class="fusion-header-wrapper"><div class="fusion-header-v3 fusion-logo-alignment fusion-logo-'
            f'left fusion-mobile-menu-design-modern"><div class="fusion-header"><div class="fusion-row">'
            f'<div class="fusion-logo" data-margin-top="31px"><a class="fusion-logo-link" href="{u("/")}">'
            f'<img src="/wp-content/uploads/2023/02/shelfwise-logo.png" alt="Shelfwise Logo" class="fusion-standard-'
            f'logo" width="180" height="42"></a></div><nav class="fusion-main-menu" aria-label="Main Menu">'
            f'<ul id="menu-main" class="fusion-menu">{menu}</ul></nav></div></div></div></header>'
            f'<div id="sliders-container" class="fusion-slider-visibility"></div>{title_bar}'
            f'<main id="main" class="clearfix"><div class="fusion-row"><section id="content" style="width: 100%;">'
            f'{content}</section></div></main><div class="fusion-footer"><footer id="footer" class="fusion-footer-'
            f'copyright-area"><div class="fusion-row"><div class="fusion-copyright-content"><div class="fusion-'
            f'copyright-notice"><div>&copy; Copyright 2025 | Shelfwise Library Systems, Inc. | All Rights Reserved'
            f'</div></div><div class="fusion-social-links-footer"><div class="fusion-social-networks"><a class="'
            f'fusion-social-network-icon fusion-linkedin" href="https://www.linkedin.com/company/shelfwise" '
            f'target="_blank" rel="noopener noreferrer" title="LinkedIn"></a></div></div></div></div></footer></div>'
            f"</div></div></body></html>")


def _crumbs(u: U, pairs: list[tuple[str, str | None]]) -> str:
    out = []
    for name, path in pairs:
        out.append(f'<li class="fusion-breadcrumb-item awb-breadcrumb-sep"><a href="{u(path)}" class="fusion-'
                   f'breadcrumb-link"><span>{esc(name)}</span></a></li>' if path else
                   f'<li class="fusion-breadcrumb-item" aria-current="page"><span class="breadcrumb-leaf">'
                   f"{esc(name)}</span></li>")
    return "".join(out)


def _fusion_text(html_: str, n: int = 1) -> str:
    return (f'<div class="fusion-fullwidth fullwidth-box fusion-builder-row-{n} nonhundred-percent-fullwidth '
            f'non-hundred-percent-height-scrolling"><div class="fusion-builder-row fusion-row"><div class="fusion-'
            f'layout-column fusion_builder_column fusion-builder-column-0 fusion_builder_column_1_1 1_1 fusion-one-'
            f'full fusion-column-first fusion-column-last"><div class="fusion-column-wrapper fusion-flex-column-'
            f'wrapper-legacy"><div class="fusion-text fusion-text-{n}">{html_}</div></div></div></div></div>')


def avada_post(w: Work, u: U, related: list[Work]) -> Doc:
    day = _day(w)
    graph = _avada_graph(u, w.path, w.title) + [
        {"@type": "BlogPosting", "@id": u(w.path) + "#blogposting", "name": w.title, "headline": w.title,
         "author": {"@id": u("/author/shelfwise/") + "#author"}, "publisher": {"@id": u("/") + "#organization"},
         "datePublished": w.date + "T14:00:00+00:00", "dateModified": w.date + "T14:00:00+00:00",
         "inLanguage": "en-US", "mainEntityOfPage": {"@id": u(w.path) + "#webpage"},
         "isPartOf": {"@id": u(w.path) + "#webpage"}, "articleSection": ", ".join(w.tags)},
        {"@type": "Person", "@id": u("/author/shelfwise/") + "#author", "url": u("/author/shelfwise/"),
         "name": w.author}]
    extra = (f'<meta property="article:published_time" content="{w.date}T14:00:00+00:00">'
             f'<meta property="article:modified_time" content="{w.date}T14:00:00+00:00">'
             f'<meta name="author" content="{esc(w.author)}">')
    head = _avada_head(u, f"{esc(w.title)} | {AVADA_SITE}", w.path, "article", graph, w.paras[0][:155], extra)
    share = "".join(f'<a class="fusion-social-network-icon fusion-tooltip fusion-{n} awb-icon-{n}" href="{href}" '
                    f'target="_blank" rel="noopener noreferrer" title="{n.title()}"></a>' for n, href in (
                        ("facebook", "https://www.facebook.com/sharer.php?u=" + u(w.path)),
                        ("linkedin", "https://www.linkedin.com/shareArticle?mini=true&amp;url=" + u(w.path)),
                        ("mail", "mailto:?subject=" + quote(w.title) + "&amp;body=" + quote(u(w.path), safe=""))))
    rel = "".join(f'<li class="swiper-slide"><div class="fusion-carousel-item-wrapper"><h4 class="fusion-carousel-'
                  f'title"><a class="fusion-related-posts-title-link" href="{u(r.path)}">{esc(r.title)}</a></h4>'
                  f'<div class="fusion-carousel-meta"><span class="fusion-date">{_day(r).strftime("%B %-d, %Y")}'
                  f"</span></div></div></li>" for r in related)
    content = (f'<article id="post-{_id(w)}" class="post post-{_id(w)} type-post status-publish format-standard '
               f'hentry"><div class="post-content">{_fusion_text(ps(w.paras))}</div>'
               f'<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper">By <span class="vcard"><span '
               f'class="fn">{esc(w.author)}</span></span><span class="fusion-inline-sep">|</span><span class="updated '
               f'rich-snippet-hidden">{w.date}T14:00:00+00:00</span><span>{day.strftime("%B %-d, %Y")}</span>'
               f'<span class="fusion-inline-sep">|</span></div></div><div class="fusion-sharing-box fusion-theme-'
               f'sharing-box fusion-single-sharing-box"><h4>Share This Story, Choose Your Platform!</h4><div class="'
               f'fusion-social-networks"><div class="fusion-social-networks-wrapper">{share}</div></div></div>'
               f'<section class="related-posts single-related-posts"><div class="fusion-title fusion-title-size-three'
               f'"><h3 class="title-heading-left">Related Posts</h3></div><div class="awb-carousel"><ul class="swiper-'
               f'wrapper">{rel}</ul></div></section></article>')
    crumbs = _crumbs(u, [("Home", "/"), ("Blog", "/blog/"), (w.title, None)])
    return _work(w, head + _avada_body(u, f"post-template-default single single-post postid-{_id(w)} single-format-"
                                          f"standard", esc(w.title), crumbs, content))


def _avada_list(ws: list[Work], u: U) -> str:
    return "".join(f'<article id="post-{_id(w)}" class="fusion-post-large post-{_id(w)} post type-post status-publish'
                   f' format-standard hentry"><div class="fusion-post-content post-content"><h2 class="entry-title '
                   f'fusion-post-title"><a href="{u(w.path)}">{esc(w.title)}</a></h2><div class="fusion-post-content-'
                   f'container"><p>{cut(w.paras[0], 260)}</p></div></div><div class="fusion-meta-info"><div class="'
                   f'fusion-alignleft">By <span class="vcard"><span class="fn">{esc(w.author)}</span></span><span '
                   f'class="fusion-inline-sep">|</span><span>{_day(w).strftime("%B %-d, %Y")}</span></div><div class="'
                   f'fusion-alignright"><a href="{u(w.path)}" class="fusion-read-more">Read More</a></div></div>'
                   f"</article>" for w in ws)


def avada(u: U) -> list[Doc]:
    posts = _works(AVADA)
    docs = [avada_post(w, u, [p for p in posts if p is not w][:3]) for w in posts]

    def listing(path: str, heading: str, ws: list[Work], pager: str, body_class: str, schema: str = "CollectionPage"):
        graph = _avada_graph(u, path, heading)
        graph[-1]["@type"] = schema
        head = _avada_head(u, f"{heading} | {AVADA_SITE}", path, "website", graph,
                           "News, tips and community stories from Shelfwise.")
        content = (f'<div id="posts-container" class="fusion-blog-archive fusion-blog-layout-large-wrapper '
                   f'fusion-clearfix"><div class="fusion-posts-container fusion-blog-layout-large">'
                   f"{_avada_list(ws, u)}</div>{pager}</div>")
        crumbs = _crumbs(u, [("Home", "/"), (heading, None)])
        return _page(AVADA, path, head + _avada_body(u, body_class, esc(heading), crumbs, content))

    def pager(cur: int) -> str:
        links = (f'<span class="current">1</span><a href="{u("/blog/page/2/")}" class="inactive">2</a>'
                 f'<a class="pagination-next" rel="next" href="{u("/blog/page/2/")}"><span class="page-text">Next'
                 f"</span></a>" if cur == 1 else
                 f'<a class="pagination-prev" rel="prev" href="{u("/blog/")}"><span class="page-text">Previous</span>'
                 f'</a><a href="{u("/blog/")}" class="inactive">1</a><span class="current">2</span>')
        return f'<div class="pagination clearfix">{links}</div>'

    docs.append(listing("/blog/", "Blog", posts[:3], pager(1), "blog"))
    docs.append(listing("/blog/page/2/", "Blog", posts[3:], pager(2), "blog paged paged-2"))
    community = [w for w in posts if w.path in AVADA_COMMUNITY]
    docs.append(listing("/category/community/", "Community", community, "", "archive category category-community"))
    latest = "".join(f'<div class="fusion-post-grid"><h4 class="blog-shortcode-post-title"><a href="{u(w.path)}">'
                     f'{esc(w.title)}</a></h4><p class="fusion-single-line-meta">{_day(w).strftime("%B %-d, %Y")}</p>'
                     f"<p>{cut(w.paras[0], 140)}</p></div>" for w in posts[:3])
    home = (_fusion_text("<h2>One platform for every library</h2><p>Circulation, acquisitions, discovery and "
                         "analytics in a single cloud platform, trusted by more than 900 public, academic and "
                         "school libraries.</p>", 1)
            + _fusion_text(f'<h3>Latest from the blog</h3><div class="fusion-blog-shortcode fusion-blog-grid">{latest}'
                           f'</div><p><a class="fusion-button button-flat" href="{u("/blog/")}">View all posts</a></p>',
                           2))
    graph = _avada_graph(u, "/", "Shelfwise | Library services platform")
    docs.append(_page(AVADA, "/", _avada_head(u, "Shelfwise | Library services platform", "/", "website", graph,
                                              "Shelfwise is the cloud library services platform for public, "
                                              "academic and school libraries.")
                      + _avada_body(u, "home page-template page-template-100-width page", "", "", home)))
    pages = {
        "/about-us/": ("About Us", "<p>Shelfwise Library Systems was founded in 2011 by two former systems librarians "
                                   "who thought library software could be simpler. Today our team of 140 supports more "
                                   "than 900 libraries in North America and Europe from offices in Portland and "
                                   "Dublin.</p><p>We believe in open standards, transparent pricing and listening to "
                                   "the people who use our software every day.</p>"),
        "/contact-us/": ("Contact Us", '<p>Sales: sales@shelfwise.example &middot; Support: through the customer '
                                       'portal &middot; Press: press@shelfwise.example</p><form class="fusion-form '
                                       'fusion-form-builder" method="post" action=""><input type="text" name="name" '
                                       'placeholder="Name"><input type="email" name="email" placeholder="Email">'
                                       '<textarea name="message" placeholder="How can we help?"></textarea>'
                                       '<button type="submit" class="fusion-button">Send</button></form>'),
    }
    for path, (title, text) in pages.items():
        graph = _avada_graph(u, path, title)
        head = _avada_head(u, f"{title} | {AVADA_SITE}", path, "article", graph, title + " - Shelfwise")
        crumbs = _crumbs(u, [("Home", "/"), (title, None)])
        docs.append(_page(AVADA, path, head + _avada_body(u, "page-template-default page", esc(title), crumbs,
                                                          f'<div class="post-content">{_fusion_text(text)}</div>')))
    return docs


# --- archivistsnet.example: Drupal 10, Bootstrap Barrio --------------------------------------------------------

ARA = "Association of Regional Archivists"
ARA_TERM = "/taxonomy/term/14"
ARA_PDF = "/sites/default/files/2025-03/ara-mentoring-program-evaluation-2024.pdf"
ARA_MISSING = "/news/2019-spring-meeting-minutes"


def _barrio(u: U, title: str, path: str, body_class: str, main: str, meta: str = "", crumbs: bool = True) -> str:
    menu = "".join(f'<li class="nav-item"><a href="{u(p)}" class="nav-link nav-link-{n.lower()}" '
                   f'data-drupal-link-system-path="{p.strip("/") or "&lt;front&gt;"}">{n}</a></li>'
                   for n, p in (("Home", "/"), ("News", "/news"), ("About", "/about"), ("Contact", "/contact")))
    trail = (f'<div id="block-ara-barrio-breadcrumbs" class="block block-system block-system-breadcrumb-block">'
             f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{u("/")}">'
             f"Home</a></li>" + (f'<li class="breadcrumb-item"><a href="{u("/news")}">News</a></li>'
                                 if path.startswith("/news/") else "") + "</ol></nav></div>" if crumbs else "")
    return (f'<!DOCTYPE html>\n<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">'
            f'<link rel="canonical" href="{u(path)}"><meta property="og:site_name" content="{ARA}">'
            f'<meta property="og:url" content="{u(path)}"><meta property="og:title" content="{esc(title)}">{meta}'
            f'<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" '
            f'content="width"><meta name="HandheldFriendly" content="true"><meta name="viewport" content="width='
            f'device-width, initial-scale=1, shrink-to-fit=no"><meta http-equiv="x-ua-compatible" content="ie=edge">'
            f'<link rel="icon" href="/themes/custom/ara_barrio/favicon.ico" type="image/vnd.microsoft.icon">'
            f"<title>{esc(title)} | {ARA}</title></head>"
            f'<body class="{body_class}"><a href="#main-content" class="visually-hidden-focusable">Skip to main '
            f'content</a><div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-'
            f'wrapper"><div id="page"><header id="header" class="header" role="banner" aria-label="Site header">'
            f'<nav class="navbar navbar-dark bg-primary navbar-expand-lg" id="navbar-main"><div class="container">'
            f'<a href="{u("/")}" title="Home" rel="home" class="navbar-brand"><img src="/themes/custom/ara_barrio/'
            f'logo.svg" alt="Home" class="img-fluid d-inline-block align-top"> {ARA}</a><button class="navbar-toggler'
            f' navbar-toggler-right collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#Collapsing'
            f'Navbar" aria-controls="CollapsingNavbar" aria-expanded="false" aria-label="Toggle navigation"><span '
            f'class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse justify-content-end" '
            f'id="CollapsingNavbar"><nav role="navigation" aria-labelledby="block-ara-barrio-main-menu-menu" id="'
            f'block-ara-barrio-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" '
            f'id="block-ara-barrio-main-menu-menu">Main navigation</h2><ul class="clearfix nav navbar-nav" data-'
            f'component-id="bootstrap_barrio:menu_main">{menu}</ul></nav><div class="form-inline navbar-form '
            f'justify-content-end"><div class="search-block-form block block-search" role="search"><form action="'
            f'{u("/search/node")}" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form '
            f'search-block-form form-row"><input title="Enter the terms you wish to search for." type="search" '
            f'id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-control">'
            f'<button type="submit" id="edit-submit" value="Search" class="button js-form-submit form-submit btn '
            f'btn-primary">Search</button></form></div></div></div></div></nav></header>'
            f'<div id="main-wrapper" class="layout-main-wrapper clearfix"><div id="main" class="container">{trail}'
            f'<div class="row row-offcanvas row-offcanvas-left clearfix"><main class="main-content col" id="content" '
            f'role="main"><section class="section"><a id="main-content" tabindex="-1"></a>'
            f'<div data-drupal-messages-fallback class="hidden"></div>{main}</section></main></div></div></div>'
            f'<footer class="site-footer"><div class="container"><div class="site-footer__bottom"><section class="row '
            f'region region-footer-fifth"><nav role="navigation" id="block-ara-barrio-footer" class="block block-'
            f'menu navigation menu--footer"><ul class="nav"><li class="nav-item"><a href="{u("/contact")}" class="'
            f'nav-link">Contact</a></li><li class="nav-item"><a href="https://www.linkedin.com/company/ara-archivists"'
            f' class="nav-link">LinkedIn</a></li></ul></nav><p>&copy; 2025 {ARA}, a nonprofit organization.</p>'
            f"</section></div></div></footer></div></div></div></body></html>")


def _barrio_title(title: str) -> str:
    return (f'<div id="block-ara-barrio-page-title" class="block block-core block-page-title-block"><h1 class="'
            f'title"><span class="field field--name-title field--type-string field--label-hidden">{esc(title)}'
            f"</span></h1></div>")


def _barrio_when(w: Work) -> str:
    d = _day(w)
    return (f'<time datetime="{w.date}T14:00:00Z" class="datetime">{d.strftime("%a, %m/%d/%Y")} - 09:00</time>')


def barrio_article(w: Work, u: U) -> Doc:
    body = ps(w.paras)
    if w.path.endswith("/virtual-mentoring-program-opens-applications"):
        body += (f'<p>Read the <span class="file file--mime-application-pdf file--application-pdf"><a href="'
                 f'{u(ARA_PDF)}" type="application/pdf">evaluation of the 2023-24 program (PDF)</a></span>.</p>')
    if w.path.endswith("/annual-meeting-2025-registration-open"):
        body += (f'<p>For the history of the meeting, see the <a href="{u(ARA_MISSING)}">minutes of the 2019 spring '
                 f"meeting</a>.</p>")
    tags = ""
    if "Mentoring" in w.tags:
        tags = (f'<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix">'
                f'<h3 class="field__label">Tags</h3><ul class="links field__items"><li><a href="{u(ARA_TERM)}" '
                f'hreflang="en">Mentoring</a></li></ul></div>')
    main = (_barrio_title(w.title) + f'<div id="block-ara-barrio-content" class="block block-system block-system-main-'
            f'block"><article data-history-node-id="{_id(w)}" class="node node--type-article node--promoted node--'
            f'view-mode-full clearfix"><header><div class="node__meta"><em>Submitted by <span class="field field--'
            f'name-uid field--type-entity-reference field--label-hidden"><span>{esc(w.author)}</span></span> on '
            f'<span class="field field--name-created field--type-created field--label-hidden">{_barrio_when(w)}'
            f'</span></em></div></header><div class="node__content clearfix"><div class="clearfix text-formatted '
            f'field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>'
            f"{tags}</div></article></div>")
    meta = (f'<meta name="description" content="{esc(w.paras[0][:160])}"><meta property="og:type" content="article">'
            f'<meta property="og:description" content="{esc(w.paras[0][:160])}">'
            f'<meta property="article:published_time" content="{w.date}T09:00:00-0500">'
            f'<script type="application/ld+json">' + _ld({"@context": "https://schema.org", "@graph": [{
                "@type": "NewsArticle", "headline": w.title, "name": w.title, "description": w.paras[0][:160],
                "datePublished": w.date + "T09:00:00-0500", "author": {"@type": "Organization", "name": w.author},
                "publisher": {"@type": "Organization", "name": ARA, "url": u("/")},
                "mainEntityOfPage": u(w.path)}]}) + "</script>")
    return _work(w, _barrio(u, w.title, w.path, f"layout-no-sidebars page-node-{_id(w)} path-node node--type-article",
                            main, meta))


def _barrio_rows(ws: list[Work], u: U) -> str:
    return "".join(f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content">'
                   f'<a href="{u(w.path)}" hreflang="en">{esc(w.title)}</a></span></div><div class="views-field '
                   f'views-field-created"><span class="field-content">{_barrio_when(w)}</span></div><div class="views-'
                   f'field views-field-body"><div class="field-content">{cut(w.paras[0], 200)}</div></div></div>'
                   for w in ws)


def barrio(u: U) -> list[Doc]:
    news = [w for w in _works(BARRIO) if w.path.startswith("/news/")]
    report = next(w for w in WORKS.values() if w.host == BARRIO and w.path == ARA_PDF)
    docs = [barrio_article(w, u) for w in news]
    docs.append(Doc(BARRIO, ARA_PDF, report.kind, report.grade,
                    pdf([s for para in report.paras for s in textwrap.wrap(para, 92) + [""]]), "application/pdf"))
    view = (f'<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1">'
            f'<div class="view-content">{_barrio_rows(news, u)}</div></div></div>')
    docs.append(_page(BARRIO, "/news", _barrio(u, "News", "/news", "layout-no-sidebars path-news",
                                               _barrio_title("News") + view, '<meta property="og:type" '
                                                                             'content="website">')))
    home = (f'<div class="block block-block-content"><h2>Welcome</h2><p>The {ARA} supports archivists, records '
            f"managers and students across the region through education, advocacy and community.</p></div>"
            f'<div class="block block-block-content"><h2>Mentoring</h2><p>Our Virtual Mentoring Program pairs new '
            f'archivists with experienced members. <a href="{u("/news/virtual-mentoring-program-opens-applications")}">'
            f'Apply or volunteer</a>, read the <a href="{u(ARA_PDF)}">2023-24 evaluation</a>, or <a href="'
            f'{u("/search/node?keys=mentoring")}">search our site for mentoring</a>.</p></div>'
            f'<div class="block views-block"><h2>Latest news</h2><div class="view view-news view-display-id-block_1">'
            f'<div class="view-content">{_barrio_rows(news[:3], u)}</div><div class="more-link"><a href="'
            f'{u("/news")}">More news</a></div></div></div>')
    docs.append(_page(BARRIO, "/", _barrio(u, "Home", "/", "layout-no-sidebars path-frontpage", home,
                                           '<meta property="og:type" content="website"><meta name="description" '
                                           f'content="The {ARA} supports archivists across the region.">',
                                           crumbs=False)))
    about = (_barrio_title("About") + f'<article class="node node--type-page node--view-mode-full"><div class="node__'
             f'content"><div class="field field--name-body"><p>Founded in 1978, the {ARA} has about 900 members: '
             "archivists, records managers, curators, students and retirees. We run an annual meeting, a webinar "
             "series, a virtual mentoring program and an advocacy committee that speaks for archives in the "
             f'legislature.</p><p>Governance documents, including the <a href="{u(ARA_PDF)}">mentoring program '
             f'evaluation</a>, are published for members.</p></div></div></article>')
    docs.append(_page(BARRIO, "/about", _barrio(u, "About", "/about", "layout-no-sidebars path-node page-node-type-"
                                                "page", about)))
    contact = (_barrio_title("Contact") + f'<form class="contact-message-feedback-form contact-message-form contact-'
               f'form" action="{u("/contact")}" method="post" accept-charset="UTF-8"><div class="js-form-item form-'
               f'item"><label for="edit-name">Your name</label><input type="text" id="edit-name" name="name" class='
               f'"form-text required form-control"></div><div class="js-form-item form-item"><label for="edit-mail">'
               f'Your email address</label><input type="email" id="edit-mail" name="mail" class="form-email required '
               f'form-control"></div><div class="js-form-item form-item"><label for="edit-message-0-value">Message'
               f'</label><textarea id="edit-message-0-value" name="message[0][value]" rows="12" class="form-textarea '
               f'form-control"></textarea></div><button type="submit" class="button button--primary js-form-submit '
               f'form-submit btn btn-primary">Send message</button></form>')
    docs.append(_page(BARRIO, "/contact", _barrio(u, "Contact", "/contact", "layout-no-sidebars path-contact",
                                                  contact)))
    found = [w for w in news if "mentor" in " ".join(w.paras).lower()]
    results = "".join(f'<li><h3 class="search-result__title"><a href="{u(w.path)}">{esc(w.title)}</a></h3><div '
                      f'class="search-result__snippet-info"><p class="search-result__snippet">{cut(w.paras[0], 180)}'
                      f'</p><p class="search-result__info">{esc(w.author)} - {_day(w).strftime("%m/%d/%Y")} - 9:00am'
                      f"</p></div></li>" for w in found)
    search = (_barrio_title("Search") + f'<h2>Search results</h2><ol class="search-results node_search-results">'
              f"{results}</ol>")
    docs.append(_page(BARRIO, "/search/node?keys=mentoring", _barrio(
        u, "Search", "/search/node?keys=mentoring", "layout-no-sidebars path-search", search,
        '<meta name="robots" content="noindex">')))
    tagged = [w for w in news if "Mentoring" in w.tags]
    term = (_barrio_title("Mentoring") + f'<div class="views-element-container"><div class="view view-taxonomy-term '
            f'view-id-taxonomy_term view-display-id-page_1"><div class="view-content">{_barrio_rows(tagged, u)}'
            f"</div></div></div>")
    docs.append(_page(BARRIO, ARA_TERM, _barrio(u, "Mentoring", ARA_TERM, "layout-no-sidebars path-taxonomy", term)))
    missing = (_barrio_title("Page not found") + '<div class="block block-system block-system-main-block">The '
               "requested page could not be found.</div>")
    docs.append(_page(BARRIO, ARA_MISSING, _barrio(u, "Page not found", ARA_MISSING, "layout-no-sidebars path-"
                                                   "system", missing), status=404))
    return docs


# --- shelftalkpod.example: Spotify for Podcasters (Anchor) ------------------------------------------------------

POD_SHOW = "/pod/show/shelftalk"
POD_NAME = "Shelf Talk"
POD_ABOUT = ("Two library workers, Jo and Marcus, talk about the job: the public, the shelves, the careers and the "
             "people. New episodes every other Tuesday.")


def _anchor(u: U, title: str, path: str, head: str, main: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
            f'width, initial-scale=1"><title>{title}</title><link rel="canonical" href="{u(path)}">'
            f'<meta property="og:site_name" content="Spotify for Podcasters"><meta property="og:url" content="'
            f'{u(path)}">{head}<meta name="twitter:card" content="player"><meta name="twitter:site" content="'
            f'@SpotifyPodcasts"><link rel="stylesheet" href="https://d12xoj7p9moygp.example/styles.8f2a.css"></head>'
            f'<body><div id="app"><div class="styles__root___3N0cD"><header class="styles__header___2bO1Z">'
            f'<a class="styles__logoLink___3tqHG" href="{u(POD_SHOW)}">{POD_NAME}</a></header>'
            f'<main class="styles__main___1rKhU">{main}</main><footer class="styles__footer___1Lfz4"><a href="https://'
            f'open.spotify.com/show/4rOoJ6Egrf8K2IrywzwOMk">Listen on Spotify</a> <a href="https://podcasts.apple.com/'
            f'us/podcast/shelf-talk/id1620000000">Apple Podcasts</a> <a href="https://anchor.fm/s/8f3c21a0/podcast/'
            f'rss">RSS</a></footer></div></div></body></html>')


def _episode_no(w: Work) -> str:
    return w.title.split(":")[0].replace("Ep. ", "")


def anchor_episode(w: Work, u: U, others: list[Work]) -> Doc:
    day = _day(w)
    audio = f"https://anchor.fm/s/8f3c21a0/podcast/play/{_id(w)}/episode-{_episode_no(w)}.mp3"
    desc = " ".join(w.paras)
    head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="music.song">'
            f'<meta property="og:description" content="{esc(desc[:300])}"><meta property="og:audio" content="{audio}">'
            f'<meta property="og:audio:type" content="audio/mpeg"><meta name="description" content="'
            f'{esc(desc[:300])}"><script type="application/ld+json">' + _ld({
                "@context": "https://schema.org", "@type": "PodcastEpisode", "url": u(w.path), "name": w.title,
                "datePublished": w.date, "description": desc, "timeRequired": "PT48M",
                "associatedMedia": {"@type": "MediaObject", "contentUrl": audio},
                "partOfSeries": {"@type": "PodcastSeries", "name": POD_NAME, "url": u(POD_SHOW)}}) + "</script>")
    more = "".join(f'<li class="styles__episodeListItem___2sBcD"><a href="{u(o.path)}">{esc(o.title)}</a></li>'
                   for o in others)
    main = (f'<div class="styles__episodeHeader___29q7v"><a class="styles__showLink___3pRRW" href="{u(POD_SHOW)}">'
            f'{POD_NAME}</a><h1 class="styles__episodeHeading___29q7v">{esc(w.title)}</h1>'
            f'<div class="styles__episodeCreated___1zP5p">{day.strftime("%b %-d, %Y")}</div>'
            f'<div class="styles__episodeDuration___2I0Qb">48:12</div></div>'
            f'<div class="styles__episodeDescription___C3oZg"><div>{ps(w.paras)}</div></div>'
            f'<audio controls preload="none" src="{audio}"></audio>'
            f'<section class="styles__moreEpisodes___1pA3m"><h2>More episodes</h2><ul>{more}</ul></section>')
    return _work(w, _anchor(u, f"{esc(w.title)} by {POD_NAME}", w.path, head, main))


def anchor(u: U) -> list[Doc]:
    eps = _works(ANCHOR)
    docs = [anchor_episode(w, u, [o for o in eps if o is not w][:3]) for w in eps]
    rows = "".join(f'<div class="styles__episodeFeedItem___1U6E2"><a class="styles__episodeFeedItemTitle___3DTj9" '
                   f'href="{u(w.path)}">{esc(w.title)}</a><div class="styles__episodeFeedItemDate___3YsJw">'
                   f'{_day(w).strftime("%b %-d, %Y")}</div><div class="styles__episodeFeedItemDescription___2k6r3">'
                   f"{cut(w.paras[0], 180)}</div></div>" for w in eps)
    main = (f'<div class="styles__podcastHeader___2kBu2"><h1 class="styles__podcastName___2Hjyl">{POD_NAME}</h1>'
            f'<div class="styles__podcastAuthor___3cnhm">By Jo Lindqvist &amp; Marcus Hale</div>'
            f'<div class="styles__podcastDescription___1xH3a"><p>{esc(POD_ABOUT)}</p></div></div>'
            f'<section class="styles__episodeFeed___3mOKz"><h2>Episodes</h2>{rows}</section>')
    head = (f'<meta property="og:title" content="{POD_NAME}"><meta property="og:type" content="website">'
            f'<meta property="og:description" content="{esc(POD_ABOUT)}"><meta name="description" content="'
            f'{esc(POD_ABOUT)}"><script type="application/ld+json">' + _ld({
                "@context": "https://schema.org", "@type": "PodcastSeries", "name": POD_NAME, "url": u(POD_SHOW),
                "description": POD_ABOUT, "author": {"@type": "Person", "name": "Jo Lindqvist"}}) + "</script>")
    docs.append(_page(ANCHOR, POD_SHOW, _anchor(u, f"{POD_NAME} &bull; A podcast on Spotify for Podcasters", POD_SHOW,
                                                head, main)))
    return docs


# --- longshelf.example: Plume -------------------------------------------------------------------------------

PLUME_SITE = "Longshelf"
PLUME_BLOG = "/~/Marginalia"
PLUME_USER = "/@/ruthk"
PLUME_TAG = "/tag/mentoring"
PLUME_BIO = "Retired public librarian (1982-2019). Gardens, books, and the occasional opinion."


def _plume(u: U, title: str, main: str, head: str = "") -> str:
    full = PLUME_SITE if title == PLUME_SITE else f"{title} &sdot; {PLUME_SITE}"
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{full}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/static/'
            f'css/default-light/theme.css"><link rel="manifest" href="/manifest.json"><link rel="icon" type="image/'
            f'png" href="/static/icons/trwnh/feather/plumeFeather32.png"><meta content="#7765E3" name="theme-color">'
            f'{head}</head><body><header><nav id="menu"><a href="#" aria-label="Menu" title="Menu" role="button" '
            f'aria-haspopup="true"><i class="icon icon-menu"></i></a></nav><div id="content"><nav>'
            f'<a href="{u("/")}" class="title"><img src="/static/icons/trwnh/feather/plumeFeather256.png" alt=""><p>'
            f'{PLUME_SITE}</p></a><hr><a href="{u("/about")}">About this instance</a></nav></div></header>'
            f'<div class="messages"></div><main>{main}</main><footer><hr><div><h3>{PLUME_SITE}</h3>'
            f'<a href="{u("/about")}">About this instance</a><a href="{u(PLUME_USER)}">Administrator</a></div><div>'
            f'<h3>Plume 0.7.2</h3><a href="https://docs.joinplu.me">Documentation</a><a href="https://github.com/'
            f'Plume-org/Plume">Source code</a><a href="https://matrix.to/#/#plume-blog:matrix.org">Matrix room</a>'
            f"</div></footer></body></html>")


def _plume_card(w: Work, u: U) -> str:
    return (f'<div class="card h-entry"><div class="card-content"><h3 class="p-name" dir="auto"><a class="u-url" '
            f'href="{u(w.path)}">{esc(w.title)}</a></h3><main><p class="p-summary" dir="auto">{cut(w.paras[0], 150)}'
            f'</p></main></div><footer class="authors"><div>By <a class="p-author h-card" href="{u(PLUME_USER)}">'
            f'{esc(w.author)}</a> &sdot; <span class="dt-published" datetime="{w.date}T15:10:24">'
            f'{_day(w).strftime("%b %-d, %Y")}</span> &sdot; <a href="{u(PLUME_BLOG)}">Marginalia</a></div></footer>'
            f"</div>")


def plume_article(w: Work, u: U) -> Doc:
    tags = "".join(f'<li><a class="p-category" href="{u(PLUME_TAG)}">{esc(t)}</a></li>' for t in w.tags
                   if t == "mentoring")
    main = (f'<div class="h-entry"><header class="article"><h1 class="article p-name" dir="auto">{esc(w.title)}</h1>'
            f'<div class="article-info" dir="auto"><span class="author">Written by <a href="{u(PLUME_USER)}" '
            f'class="p-author h-card">{esc(w.author)}</a></span> &mdash; <span class="date dt-published" datetime="'
            f'{w.date}T15:10:24">{_day(w).strftime("%B %-d, %Y")}</span> &mdash; <a href="{u(PLUME_BLOG)}">'
            f'Marginalia</a></div></header><div class="article-body e-content" dir="auto">{ps(w.paras)}</div>'
            f'<div class="article-meta"><section class="split"><ul class="tags" dir="auto">{tags}</ul><p class="right"'
            f' dir="auto">Published under a CC-BY-SA license</p></section><div class="flex"><div class="grow"><h2 '
            f'class="p-author h-card"><a class="p-name u-url" href="{u(PLUME_USER)}">{esc(w.author)}</a></h2>'
            f'<p>{esc(PLUME_BIO)}</p></div></div><div class="comments"><h2>Comments</h2><p>No comments yet. Be the '
            f"first to react!</p></div></div></div>")
    head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="article">'
            f'<meta property="og:url" content="{u(w.path)}"><meta property="og:description" content="'
            f'{esc(w.paras[0][:160])}"><link rel="alternate" type="application/activity+json" href="{u(w.path)}">')
    return _work(w, _plume(u, esc(w.title), main, head))


def plume(u: U) -> list[Doc]:
    posts = _works(PLUME)
    docs = [plume_article(w, u) for w in posts]
    cards = "".join(_plume_card(w, u) for w in posts)
    home = (f'<h1>Welcome to {PLUME_SITE}</h1><p>A small Plume instance for long reads by retired and not-so-retired '
            f'library people.</p><section class="cards"><h2>Latest articles</h2>{cards}</section>')
    docs.append(_page(PLUME, "/", _plume(u, PLUME_SITE, home, '<meta property="og:type" content="website">')))
    blog = (f'<div class="h-feed"><div class="cover" style="background-color:#7765E3"></div><div class="user"><div '
            f'class="flex wrap"><h1 class="grow p-name">Marginalia</h1></div><p>~Marginalia@longshelf.example &sdot; '
            f'1 author</p><div class="user-summary"><p>Notes from the margins of a long career, and a garden.</p>'
            f'</div></div><section><h2 class="p-name">Latest articles</h2><div class="cards">{cards}</div></section>'
            f"</div>")
    docs.append(_page(PLUME, PLUME_BLOG, _plume(u, "Marginalia", blog, '<meta property="og:type" content="website">')))
    user = (f'<div class="h-card"><div class="user"><div class="flex wrap"><h1 class="grow flex vertical"><span class='
            f'"p-name">Ruth Kessler</span><small class="p-nickname">@ruthk</small></h1></div><div class="user-summary" '
            f'dir="auto"><p>{esc(PLUME_BIO)}</p><p>Also on the fediverse at <a href="https://glammr.us/@ruthk" '
            f'rel="me">@ruthk@glammr.us</a>.</p></div></div><h2>Latest articles</h2><div class="cards">{cards}</div>'
            f"</div>")
    docs.append(_page(PLUME, PLUME_USER, _plume(u, "Ruth Kessler", user,
                                                '<meta property="og:type" content="profile">')))
    tagged = "".join(_plume_card(w, u) for w in posts if "mentoring" in w.tags)
    docs.append(_page(PLUME, PLUME_TAG, _plume(u, "Articles tagged &quot;mentoring&quot;",
                                               f'<h1>Articles tagged "mentoring"</h1><div class="cards">{tagged}'
                                               f"</div>")))
    about = (f'<h1>About {PLUME_SITE}</h1><section><p>A small Plume instance for long reads by retired and not-so-'
             f'retired library people.</p></section><div class="banner"><section class="stats"><div><p>Home to <em>3'
             f'</em> people</p></div><div><p>Who wrote <em>{len(posts) + 9}</em> articles</p></div><div><p>And are '
             f'connected to <em>112</em> other instances</p></div></section><p>Administered by <a href="'
             f'{u(PLUME_USER)}">Ruth Kessler</a></p><p>Runs Plume 0.7.2</p></div>')
    docs.append(_page(PLUME, "/about", _plume(u, f"About {PLUME_SITE}", about)))
    return docs


# --- careerletter.example: Kit (ConvertKit) creator profile -------------------------------------------------------

KIT_NAME = "The Stacks Career Letter"
KIT_BIO = ("Career coaching for librarians and archivists, every Monday, from Nadia Brooks, a former academic library "
           "hiring manager.")


def _kit_form() -> str:
    return ('<form action="https://app.kit.com/forms/7654321/subscriptions" class="seva-form formkit-form" '
            'method="post" data-sv-form="7654321" data-uid="4f2e9b1c7a" data-format="inline" data-version="5">'
            '<div class="formkit-fields"><input class="formkit-input" name="email_address" aria-label="Email '
            'Address" placeholder="Email '
            'Address" required type="email"><button data-element="submit" class="formkit-submit"><span>Subscribe'
            "</span></button></div></form>")


def _kit(u: U, title: str, path: str, head: str, main: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
            f'width, initial-scale=1"><title>{title}</title><link rel="canonical" href="{u(path)}"><meta property="'
            f'og:url" content="{u(path)}"><meta property="og:site_name" content="{KIT_NAME}">{head}<meta name="twitter'
            f':card" content="summary_large_image"><link rel="stylesheet" href="https://pages.convertkit.com/assets/'
            f'creator-profile.css"></head><body class="creator-profile"><div class="creator-profile__container">'
            f'<header class="creator-profile__header"><a class="creator-profile__name" href="{u("/")}">{KIT_NAME}</a>'
            f'<nav class="creator-profile__nav"><a href="{u("/")}">Home</a><a href="{u("/posts")}">Posts</a></nav>'
            f'</header>{main}<footer class="creator-profile__footer"><a href="https://kit.com/?utm_campaign='
            f'poweredby&amp;utm_source=creator_profile" rel="nofollow">Built with Kit</a></footer></div></body></html>')


def _kit_list(ws: list[Work], u: U) -> str:
    return "".join(f'<li class="broadcast-list__item"><a class="broadcast-list__link" href="{u(w.path)}"><h3 class="'
                   f'broadcast-list__title">{esc(w.title)}</h3><time datetime="{w.date}">'
                   f'{_day(w).strftime("%B %-d, %Y")}</time><p class="broadcast-list__preview">'
                   f'{cut(" ".join(w.paras[1:2] or w.paras), 160)}</p></a></li>'
                   for w in ws)


def kit(u: U) -> list[Doc]:
    posts = _works(KIT)
    docs = []
    for w in posts:
        desc = " ".join(w.paras[1:2] or w.paras)[:200]
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="article">'
                f'<meta property="og:description" content="{esc(desc)}"><meta name="description" content="{esc(desc)}">'
                f'<meta name="author" content="{esc(w.author)}">')
        main = (f'<article class="broadcast"><h1 class="broadcast__title">{esc(w.title)}</h1><div class="broadcast__'
                f'meta"><span>{esc(w.author)}</span> &middot; <time datetime="{w.date}">'
                f'{_day(w).strftime("%B %-d, %Y")}'
                f'</time></div><div class="broadcast__content">{ps(w.paras)}</div></article>'
                f'<section class="creator-profile__subscribe"><p>Get the next letter in your inbox.</p>{_kit_form()}'
                f'</section><p class="broadcast__more"><a href="{u("/posts")}">More posts from {KIT_NAME}</a></p>')
        docs.append(_work(w, _kit(u, esc(w.title), w.path, head, main)))
    home = (f'<section class="creator-profile__hero"><h1>{KIT_NAME}</h1><p class="creator-profile__bio">{esc(KIT_BIO)}'
            f'</p>{_kit_form()}</section><section class="broadcast-list"><h2>Recent posts</h2><ul>'
            f'{_kit_list(posts[:3], u)}</ul><p><a href="{u("/posts")}">View all posts</a></p></section>')
    head = (f'<meta property="og:title" content="{KIT_NAME}"><meta property="og:type" content="profile">'
            f'<meta property="og:description" content="{esc(KIT_BIO)}">'
            f'<meta name="description" content="{esc(KIT_BIO)}">')
    docs.append(_page(KIT, "/", _kit(u, KIT_NAME, "/", head, home)))
    listing = f'<section class="broadcast-list"><h1>Posts</h1><ul>{_kit_list(posts, u)}</ul></section>'
    docs.append(_page(KIT, "/posts", _kit(u, f"Posts | {KIT_NAME}", "/posts", head.replace('"profile"', '"website"'),
                                          listing)))
    return docs


# --- libraryledger.example: WordPress, tagDiv Newspaper, Yoast SEO ---------------------------------------------

LEDGER = "The Library Ledger"
LEDGER_CATS = {"careers": ("Careers", ("/mentors-in-the-feed-how-library-workers-find-guidance-online/",
                                       "/state-library-launches-peer-learning-network-for-small-libraries/",
                                       "/library-school-enrollment-rises-for-third-year/"))}
LEDGER_AUTHORS = {"Diana Moreno": ("dmoreno", "Diana Moreno covers careers, labor and library education for The "
                                              "Library Ledger."),
                  "Owen Pryce": ("opryce", "Owen Pryce reports on public libraries, budgets and state policy.")}
LEDGER_SOFT404 = "/mentoring-guide-2023/"


def _ledger_cat(w: Work) -> tuple[str, str]:
    return ("careers", "Careers") if w.path in LEDGER_CATS["careers"][1] else ("news", "News")


def _ledger_head(u: U, title: str, path: str, og_type: str, graph: list, extra: str = "") -> str:
    return (f'<!doctype html>\n<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width='
            f'device-width, initial-scale=1.0"><link rel="pingback" href="/xmlrpc.php"><!-- This site is optimized '
            f'with the Yoast SEO plugin v23.4 - https://yoast.com/wordpress/plugins/seo/ --><title>{title}</title>'
            f'<link rel="canonical" href="{u(path)}"><meta property="og:locale" content="en_US"><meta property="og:'
            f'type" content="{og_type}"><meta property="og:title" content="{title}"><meta property="og:url" content="'
            f'{u(path)}"><meta property="og:site_name" content="{LEDGER}">{extra}<meta name="twitter:card" content="'
            f'summary_large_image"><script type="application/ld+json" class="yoast-schema-graph">'
            + _ld({"@context": "https://schema.org", "@graph": graph}) + "</script><!-- / Yoast SEO plugin. -->"
            '<link rel="stylesheet" id="td-theme-css" href="/wp-content/themes/Newspaper/style.css?ver=12.6.6" '
            'type="text/css" media="all"><meta name="generator" content="WordPress 6.6.2"></head>')


def _ledger_body(u: U, body_class: str, crumbs: list[tuple[str, str | None]], main: str) -> str:
    menu = "".join(f'<li class="menu-item menu-item-type-taxonomy td-menu-item td-normal-menu"><a href="{u(p)}">{n}'
                   f"</a></li>" for n, p in (("Home", "/"), ("News", "/category/news/"),
                                               ("Careers", "/category/careers/")))
    trail = " ".join((f'<span><a title="" class="entry-crumb" href="{u(p)}">{esc(n)}</a></span> <i class="td-icon-'
                      f'right td-bread-sep"></i>') if p else f'<span class="td-bred-no-url-last">{esc(n)}</span>'
                     for n, p in crumbs)
    sidebar = (f'<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><aside '
               f'class="td_block_template_1 widget widget_text"><h4 class="block-title"><span>Browse</span></h4><div '
               f'class="textwidget"><p><a href="{u("/category/careers/")}">Careers</a> &middot; <a href="'
               f'{u("/tag/social-media/")}">Social media</a> &middot; <a href="{u("/?s=mentoring")}">Everything on '
               f"mentoring</a></p></div></aside></div></div>")
    return (f'<body class="{body_class} td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" '
            f'itemtype="https://schema.org/WebPage"><div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>'
            f'<div class="td-menu-background"></div><div id="td-outer-wrap" class="td-theme-wrap"><div class="td-'
            f'header-wrap td-header-style-1"><div class="td-header-top-menu-full td-container-wrap"><div class="td-'
            f'container td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-'
            f'menu"><div class="menu-top-container"><ul id="menu-top-menu" class="top-header-menu"><li class="menu-'
            f'item"><a href="{u("/contact/")}">Contact</a></li></ul></div></div><div class="td-header-sp-top-widget">'
            f'<span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.com/libraryledger" '
            f'title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span><span class="td-social-icon-'
            f'wrap"><a target="_blank" href="https://bsky.app/profile/libraryledger.bsky.social" title="Bluesky"><i '
            f'class="td-icon-font td-icon-bluesky"></i></a></span></div></div></div></div><div class="td-banner-wrap-'
            f'full td-logo-wrap-full td-container-wrap"><div class="td-container td-header-row td-header-header"><div '
            f'class="td-header-sp-logo"><h1 class="td-logo"><a class="td-main-logo" href="{u("/")}"><img class="td-'
            f'retina-data" src="/wp-content/uploads/2023/01/ledger-logo.png" alt="{LEDGER}"><span class="td-visual-'
            f'hidden">{LEDGER}</span></a></h1></div></div></div><div class="td-header-menu-wrap-full td-container-'
            f'wrap"><div class="td-header-menu-wrap td-header-gradient"><div class="td-container td-header-row td-'
            f'header-main-menu"><div id="td-header-menu" role="navigation"><div class="menu-main-menu-container"><ul '
            f'id="menu-main-menu-1" class="sf-menu">{menu}</ul></div></div><div class="header-search-wrap"><div class'
            f'="td-drop-down-search"><form method="get" class="td-search-form" action="{u("/")}"><div role="search" '
            f'class="td-head-form-search-wrap"><input id="td-header-search" type="text" value="" name="s" autocomplete'
            f'="off"><input class="wpb_button wpb_btn-inverse btn" type="submit" id="td-header-search-top" value="'
            f'Search"></div></form></div></div></div></div></div></div><div class="td-main-content-wrap td-container-'
            f'wrap"><div class="td-container"><div class="td-crumb-container"><div class="entry-crumbs">{trail}</div>'
            f'</div><div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-'
            f'main-content">{main}</div></div>{sidebar}</div></div></div><div class="td-footer-wrapper td-footer-'
            f'container td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12">'
            f'<aside class="footer-text-wrap"><div class="block-title"><span>ABOUT US</span></div>{LEDGER} is an '
            f'independent newsroom covering libraries and the people who work in them. Contact us: <a href="mailto:'
            f'tips@libraryledger.example">tips@libraryledger.example</a></aside></div></div></div></div><div class="td'
            f'-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="'
            f'td-pb-span-td-sub-footer-copy"><div class="td-sub-footer-copy">&copy; 2025 {LEDGER}</div></div></div>'
            f"</div></div></div></body></html>")


def _ledger_module(w: Work, u: U) -> str:
    slug, _ = LEDGER_AUTHORS[w.author]
    return (f'<div class="td_module_10 td_module_wrap td-animation-stack"><div class="item-details"><h3 class="entry-'
            f'title td-module-title"><a href="{u(w.path)}" rel="bookmark" title="{esc(w.title)}">{esc(w.title)}</a>'
            f'</h3><div class="td-module-meta-info"><span class="td-post-author-name"><a href="'
            f'{u(f"/author/{slug}/")}">{esc(w.author)}</a> <span>-</span> </span><span class="td-post-date"><time '
            f'class="entry-date updated td-module-date" datetime="{w.date}T08:00:00+00:00">'
            f'{_day(w).strftime("%B %-d, %Y")}</time></span></div><div class="td-excerpt">{cut(w.paras[0], 200)}</div>'
            f"</div></div>")


def _ledger_graph(u: U, path: str, name: str, kind: str = "WebPage") -> list:
    return [{"@type": kind, "@id": u(path), "url": u(path), "name": name, "isPartOf": {"@id": u("/") + "#website"}},
            {"@type": "WebSite", "@id": u("/") + "#website", "url": u("/"), "name": LEDGER,
             "publisher": {"@id": u("/") + "#organization"}},
            {"@type": "Organization", "@id": u("/") + "#organization", "name": LEDGER, "url": u("/")}]


LEDGER_ELSEWHERE = {  # links a reporter puts in a feature: (host, path, words)
    "/mentors-in-the-feed-how-library-workers-find-guidance-online/": [
        (NOOK, NOOK_PROFILE, "Adaeze Okonkwo's research"),
        (TERMINAL, "/posts/running-a-mastodon-instance-for-library-workers/", "Tomasz Wierzbicki's write-up of "
                                                                              "running a Mastodon server"),
        (BARRIO, "/news/virtual-mentoring-program-opens-applications", "the association's mentoring program"),
        (KIT, "/posts/your-personal-board-of-advisors", "Nadia Brooks on a personal board of advisors"),
        (PLUME, "/~/Marginalia/forty-years-of-mentors", "Ruth Kessler's essay on her mentors"),
        (NEWSPAPER, LEDGER_SOFT404, "our 2023 guide to finding a mentor")]}


def ledger_article(w: Work, url: Callable[[str, str], str], prev: Work | None, nxt: Work | None) -> Doc:
    def u(p):
        return url(NEWSPAPER, p)
    slug, bio = LEDGER_AUTHORS[w.author]
    cat, cat_name = _ledger_cat(w)
    body = ps(w.paras)
    if w.path in LEDGER_ELSEWHERE:
        body += "<p><strong>Read more:</strong> " + "; ".join(
            f'<a href="{url(h, p)}">{esc(words)}</a>' for h, p, words in LEDGER_ELSEWHERE[w.path]) + ".</p>"
    tags = ('<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>'
            f'<li><a href="{u("/tag/social-media/")}">Social Media</a></li></ul></div>' if "Social Media" in w.tags
            else "")
    nav = ""
    for label, o, cls in (("Previous article", prev, "td-post-prev-post"), ("Next article", nxt, "td-post-next-post")):
        if o:
            nav += (f'<div class="td-block-span6 {cls}"><div class="td-post-next-prev-content"><span>{label}</span>'
                    f'<a href="{u(o.path)}">{esc(o.title)}</a></div></div>')
    share = "".join(f'<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-{n}" '
                    f'href="{href}" title="{n.title()}"><div class="td-social-but-icon"><i class="td-icon-{n}"></i>'
                    f'</div><div class="td-social-but-text">{n.title()}</div></a>' for n, href in (
                        ("facebook", "https://www.facebook.com/sharer.php?u=" + u(w.path)),
                        ("twitter", "https://twitter.com/intent/tweet?text=" + esc(w.title) + "&amp;url=" + u(w.path)),
                        ("linkedin", "https://www.linkedin.com/shareArticle?mini=true&amp;url=" + u(w.path))))
    main = (f'<article id="post-{_id(w)}" class="post-{_id(w)} post type-post status-publish format-standard category-'
            f'{cat}" itemscope itemtype="https://schema.org/Article"><div class="td-post-header">'
            f'<ul class="td-category"><li class="entry-category"><a href="{u(f"/category/{cat}/")}">{cat_name}</a>'
            f'</li></ul><header class="td-'
            f'post-title"><h1 class="entry-title">{esc(w.title)}</h1><div class="td-module-meta-info"><div class="td-'
            f'post-author-name"><div class="td-author-by">By</div> <a href="{u(f"/author/{slug}/")}">{esc(w.author)}'
            f'</a><div class="td-author-line"> - </div></div><span class="td-post-date"><time class="entry-date updated'
            f' td-module-date" datetime="{w.date}T08:00:00+00:00">{_day(w).strftime("%B %-d, %Y")}</time></span><div '
            f'class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{_id(w)}">'
            f'{_id(w) % 3000 + 200}</span></div></div></header></div><div class="td-post-sharing-top"><div class="td-'
            f'post-sharing td-ps-bg td-ps-notext td-post-sharing-style1"><div class="td-post-sharing-visible">{share}'
            f'</div></div></div><div class="td-post-content tagdiv-type">{body}</div><footer>{tags}<div class="td-'
            f'block-row td-post-next-prev">{nav}</div><div class="author-box-wrap"><a href="{u(f"/author/{slug}/")}">'
            f'<img alt="" src="https://secure.gravatar.com/avatar/{_id(w)}?s=96&amp;d=mm" class="avatar" height="96" '
            f'width="96"></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="'
            f'{u(f"/author/{slug}/")}">{esc(w.author)}</a></span></div><div class="td-author-description">{esc(bio)}'
            f'</div></div></div><meta itemprop="datePublished" content="{w.date}T08:00:00+00:00"><meta itemprop="'
            f'headline" content="{esc(w.title)}"></footer></article>')
    graph = _ledger_graph(u, w.path, w.title) + [
        {"@type": "NewsArticle", "@id": u(w.path) + "#article", "headline": w.title, "isPartOf": {"@id": u(w.path)},
         "author": {"name": w.author, "@id": u("/") + "#/schema/person/" + slug},
         "datePublished": w.date + "T08:00:00+00:00", "articleSection": [cat_name],
         "publisher": {"@id": u("/") + "#organization"}},
        {"@type": "Person", "@id": u("/") + "#/schema/person/" + slug, "name": w.author,
         "url": u(f"/author/{slug}/")}]
    extra = (f'<meta property="og:description" content="{esc(w.paras[0][:155])}"><meta name="description" content="'
             f'{esc(w.paras[0][:155])}"><meta property="article:published_time" content="{w.date}T08:00:00+00:00">'
             f'<meta name="author" content="{esc(w.author)}"><meta name="twitter:label1" content="Written by">'
             f'<meta name="twitter:data1" content="{esc(w.author)}">')
    crumbs = [("Home", "/"), (cat_name, f"/category/{cat}/"), (w.title, None)]
    return _work(w, _ledger_head(u, f"{esc(w.title)} - {LEDGER}", w.path, "article", graph, extra)
                 + _ledger_body(u, f"post-template-default single single-post postid-{_id(w)} single-format-standard",
                                crumbs, main))


def newspaper(url: Callable[[str, str], str]) -> list[Doc]:
    def u(p):
        return url(NEWSPAPER, p)
    posts = _works(NEWSPAPER)
    docs = [ledger_article(w, url, posts[i + 1] if i + 1 < len(posts) else None, posts[i - 1] if i else None)
            for i, w in enumerate(posts)]

    def listing(path: str, heading: str, ws: list[Work], body_class: str, kind: str = "CollectionPage",
                pager: str = "", og: str = "website", robots: str = "") -> Doc:
        title = f"{heading} - {LEDGER}" if heading else f"{LEDGER} - News for people who work in libraries"
        head = _ledger_head(u, esc(title), path, og, _ledger_graph(u, path, title, kind), robots)
        h = f'<div class="td-page-header"><h1 class="entry-title td-page-title"><span>{esc(heading)}</span></h1></div>'
        main = (h if heading else "") + "".join(_ledger_module(w, u) for w in ws) + pager
        crumbs = [("Home", "/")] + ([(heading, None)] if heading else [])
        return _page(NEWSPAPER, path, head + _ledger_body(u, body_class, crumbs, main))

    def pages(cur: int) -> str:
        return ('<div class="page-nav td-pb-padding-side">' + (
            f'<span class="current">1</span><a href="{u("/page/2/")}" class="page" title="2">2</a><a href="'
            f'{u("/page/2/")}" aria-label="next-page"><i class="td-icon-menu-right"></i></a>' if cur == 1 else
            f'<a href="{u("/")}" aria-label="prev-page"><i class="td-icon-menu-left"></i></a><a href="{u("/")}" class='
            f'"page" title="1">1</a><span class="current">2</span>') + "<span class=\"pages\">Page "
                f"{cur} of 2</span></div>")

    docs.append(listing("/", "", posts[:5], "home blog", pager=pages(1)))
    docs.append(listing("/page/2/", "Page 2", posts[5:], "home blog paged paged-2", pager=pages(2)))
    for cat, name in (("careers", "Careers"), ("news", "News")):
        ws = [w for w in posts if _ledger_cat(w)[0] == cat]
        docs.append(listing(f"/category/{cat}/", name, ws, f"archive category category-{cat}"))
    docs.append(listing("/tag/social-media/", "Social Media", [w for w in posts if "Social Media" in w.tags],
                        "archive tag tag-social-media"))
    for author, (slug, bio) in LEDGER_AUTHORS.items():
        docs.append(listing(f"/author/{slug}/", author, [w for w in posts if w.author == author],
                            f"archive author author-{slug}", kind="ProfilePage", og="profile"))
    found = [w for w in posts if "mentor" in " ".join(w.paras).lower()]
    docs.append(listing("/?s=mentoring", "Search results for: mentoring", found, "search search-results",
                        kind="SearchResultsPage", robots='<meta name="robots" content="noindex, follow">'))
    head = _ledger_head(u, f"Contact - {LEDGER}", "/contact/", "article", _ledger_graph(u, "/contact/", "Contact"))
    main = ('<div class="td-page-header"><h1 class="entry-title td-page-title"><span>Contact</span></h1></div><div '
            'class="td-page-content tagdiv-type"><p>Send news tips, corrections and story ideas to '
            'tips@libraryledger.example. We read everything; we answer what we can.</p><p>Editor: Diana Moreno. '
            "Mailing address: PO Box 4410, Millbrook.</p></div>")
    docs.append(_page(NEWSPAPER, "/contact/", head + _ledger_body(u, "page-template-default page", [
        ("Home", "/"), ("Contact", None)], main)))
    head = _ledger_head(u, f"Page not found - {LEDGER}", LEDGER_SOFT404, "website",
                        _ledger_graph(u, LEDGER_SOFT404, "Page not found"))
    main = ('<div class="td-404-head"><div class="td-404-title">Ooops... Error 404</div><div class="td-404-sub-title">'
            "Sorry, but the page you are looking for doesn't exist.</div>"
            '<div class="td-404-sub-sub-title">You can go '
            f'to the <a href="{u("/")}">HOMEPAGE</a></div></div><h4 class="block-title"><span>OUR LATEST POSTS</span>'
            "</h4>" + "".join(_ledger_module(w, u) for w in posts[:3]))
    docs.append(_page(NEWSPAPER, LEDGER_SOFT404, head + _ledger_body(u, "error404", [("Home", "/"), ("Page not found",
                                                                                                   None)], main)))
    return docs


# --- the whole web ----------------------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page; ``url(host, path)`` makes the absolute URLs links use."""
    def on(host):
        return lambda path: url(host, path)

    return (hyde(on(HYDE)) + terminal(on(TERMINAL)) + smf(on(SMF)) + nook(on(NOOK)) + avada(on(AVADA))
            + barrio(on(BARRIO)) + anchor(on(ANCHOR)) + plume(on(PLUME)) + kit(on(KIT)) + newspaper(url))


class LabelledWeb16(ServedWeb):
    """Web 16 (see the module docstring)."""

    HOSTS = HOSTS
    START = {SMF: "/index.php", NOOK: NOOK_PROFILE, ANCHOR: POD_SHOW}
    FIRST_ADDRESS = 150
    build = staticmethod(build)
