"""Web 11: a held-out labelled web of 118 pages on ten hosts, built from the
texts and labels of :mod:`tests.labelled_text11` (committed before this
module was written) with the reduced markup of ten platforms no earlier web
uses: a Wix blog, a Squarespace 7.1 blog, a Zola site (Terminimal theme), a
WriteFreely blog, a XenForo 2 forum, an Akkoma server's static front end, a
Ubiquity Press journal (legacy platform, Highwire ``citation_*`` tags and a
PDF galley), a university's Adobe Experience Manager site (core components,
a DAM PDF and a soft 404), a Vimeo-like video site and a Gatsby starter
blog. Every page is built from one label of the text module, once; the
builder looks each page's kind and grade up there, so it cannot make up a
page the labels do not know.

    with LabelledWeb11() as web:
        web.seeds, web.hosts_env, web.labels
"""

from __future__ import annotations

import json
import zlib
from datetime import date as _date
from typing import Callable
from urllib.parse import quote

from tests.labelled_text11 import (AEM, AKK, GATS, HOSTS, NOT_FOUND, OTHER, SQS, UBQ, VID, WF, WIX, WORKS, XF, ZOLA,
                                   Work)
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

U = Callable[[str], str]
_KIND = {(h, p): k for h, p, k in OTHER}


def _page(host: str, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8") -> Doc:
    """The page at ``host``/``path`` with the kind, grade and status its label gives it."""
    work = next((w for w in WORKS.values() if (w.host, w.path) == (host, path)), None)
    kind, grade = (work.kind, work.grade) if work else (_KIND[(host, path)], 0)
    status = 404 if (host, path) in NOT_FOUND else 200
    return Doc(host, path, kind, grade, body if isinstance(body, bytes) else body.encode(), content_type, status)


def _key(w: Work) -> str:
    """A work's key in ``WORKS``."""
    return _KEYS[(w.host, w.path)]


_KEYS = {(w.host, w.path): k for k, w in WORKS.items()}


def _on(host: str) -> list[Work]:
    """A host's works, newest first."""
    return sorted((w for w in WORKS.values() if w.host == host), key=lambda w: w.date, reverse=True)


def _long(d: str) -> str:
    return _date.fromisoformat(d).strftime("%B %-d, %Y")


def _short(d: str) -> str:
    return _date.fromisoformat(d).strftime("%b %-d, %Y")


def _ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _share(url: str) -> str:
    """Share buttons: links off the web."""
    q = quote(url, safe="")
    return (f'<a href="https://www.facebook.com/sharer/sharer.php?u={q}" rel="noopener">Facebook</a> '
            f'<a href="https://www.linkedin.com/sharing/share-offsite/?url={q}" rel="noopener">LinkedIn</a> '
            f'<a href="https://bsky.app/intent/compose?text={q}" rel="noopener">Bluesky</a>')


def _cross(url: Callable[[str, str], str]) -> dict[str, str]:
    """Links from one host's works to another's, by the linking work's key."""
    def to(key):
        w = WORKS[key]
        return url(w.host, w.path)
    return {"akk-chat": f'Summaries of past chats: <a href="{to("gats-chat")}">{esc(WORKS["gats-chat"].title)}</a>',
            "sqs-listserv": f'There is now research on this: <a href="{to("ubq-listserv")}">Asking the List</a>.',
            "vid-panel": f'The survey mentioned at 12:30: <a href="{to("ubq-survey")}">Networks, Not Pairs</a>.',
            "aem-webinar": f'Related recording: <a href="{to("vid-linkedin")}">LinkedIn for Librarians</a>.',
            "wix-five-years": f'If you are new, see <a href="{to("gats-pairs")}">an e-mentoring scheme</a>.',
            "xf-records-mentor": f'How our group calls went: <a href="{to("sqs-group-calls")}">a year of group '
                                 f'calls</a>.'}


# --- Wix blog ---------------------------------------------------------------------------------------------------

WIX_SITE = "The Tidewater Librarian"


def _wix(u: U, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="Wix.com Website Builder"><meta property="og:site_name" '
            f'content="{WIX_SITE}">{head}</head><body><div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root">'
            f'<header id="SITE_HEADER" class="xU8fqS"><div id="comp-k1" class="_1Q9if"><h2 class="font_2"><span>'
            f'<a href="{u("/")}">{WIX_SITE}</a></span></h2></div><nav id="comp-menu" aria-label="Site"><ul>'
            f'<li><a href="{u("/")}">Home</a></li><li><a href="{u("/blog")}">Blog</a></li>'
            f'<li><a href="{u("/about")}">About</a></li></ul></nav></header>'
            f'<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES">{main}</div></main>'
            f'<footer id="SITE_FOOTER"><p class="font_8">&copy; 2024 by {WIX_SITE}. Proudly created with '
            f'<a href="https://www.wix.com">Wix.com</a></p></footer></div></div></div></body></html>')


def _wix_cards(u: U, works: list[Work]) -> str:
    return "".join(
        f'<div data-hook="post-list-item" class="blog-post-homepage-description-font"><a href="{u(w.path)}">'
        f'<h2 data-hook="post-title" class="blog-post-title-font">{esc(w.title)}</h2></a>'
        f'<ul class="post-metadata__list"><li><span data-hook="time-ago">{_short(w.date)}</span></li></ul>'
        f'<div data-hook="post-description"><p>{cut(w.paras[0], 150)}</p></div></div>' for w in works)


def wix(url: Callable[[str, str], str]) -> list[Doc]:
    u = lambda p: url(WIX, p)  # noqa: E731
    works, cross = _on(WIX), _cross(url)
    docs = []
    for w in works:
        link = u(w.path)
        text = "".join(f'<p dir="auto" class="mm8Nw _1j-51 fdjHl _5ZlhT"><span class="_2PHJq public-DraftStyleDefault-'
                       f'ltr">{esc(x)}</span></p>' for x in w.paras)
        if _key(w) == "wix-linkedin":
            text += (f'<p dir="auto"><span>Part two, on keeping it going, is <a href="'
                     f'{u("/post/mentoring-and-linkedin-part-2")}">here</a>.</span></p>')
        if _key(w) in cross:
            text += f'<p dir="auto"><span>{cross[_key(w)]}</span></p>'
        tags = ('<ul class="tag-list"><li><a href="' + u("/blog/tags/mentoring") + '">mentoring</a></li></ul>'
                if "mentoring" in w.tags else "")
        cats = (f'<a href="{u("/blog/categories/career")}" data-hook="post-category">Career</a>'
                if "career" in w.tags else "")
        ld = _ld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": w.title, "url": link,
                  "datePublished": w.date + "T16:15:00.000Z", "author": {"@type": "Person", "name": w.author,
                  "url": u("/profile/marisol-reyes/profile")}, "publisher": {"@type": "Organization", "name": WIX_SITE},
                  "mainEntityOfPage": {"@type": "WebPage", "@id": link}})
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:url" content="{link}">'
                f'<meta property="og:type" content="article"><meta property="article:published_time" '
                f'content="{w.date}T16:15:00.000Z"><meta property="article:author" content="{esc(w.author)}">'
                f'<link rel="canonical" href="{link}">{ld}')
        others = [x for x in works if x is not w][:3]
        main = (f'<div class="post-page" data-hook="post-page"><article class="blog-post-page-font" data-hook="post">'
                f'<div class="post-header" data-hook="post-header"><div class="post-metadata"><span class="user-name" '
                f'data-hook="user-name"><a href="{u("/profile/marisol-reyes/profile")}">{esc(w.author)}</a></span>'
                f'<ul class="post-metadata__list"><li><span data-hook="time-ago" title="{_short(w.date)}">'
                f'{_short(w.date)}</span></li><li><span data-hook="time-to-read">'
                f'{max(1, len(" ".join(w.paras).split()) // 200)} min read</span></li></ul>{cats}</div></div>'
                f'<div class="post-title"><h1 class="post-title__text blog-post-title-font" data-hook="post-title">'
                f'<span>{esc(w.title)}</span></h1></div><div class="post-content" data-hook="post-description">'
                f'<div data-id="rich-content-viewer" class="rich-content-viewer">{text}</div></div>'
                f'<div class="post-footer">{tags}<div data-hook="share-buttons">{_share(link)}</div></div></article>'
                f'<div class="recent-posts" data-hook="recent-posts"><h2 class="recent-posts__title">Recent Posts</h2>'
                f'<a href="{u("/blog")}">See All</a>{_wix_cards(u, others)}</div></div>')
        docs.append(_page(WIX, w.path, _wix(u, w.title, main, head)))

    def feed(path, title, heading, items, extra=""):
        head = f'<meta property="og:title" content="{esc(title)}"><link rel="canonical" href="{u(path)}">'
        return _page(WIX, path, _wix(u, title, f'<section data-hook="blog-feed"><h1>{heading}</h1>{extra}'
                                              f'<div data-hook="post-list">{_wix_cards(u, items)}</div></section>', head))

    mentoring = [w for w in works if "mentoring" in w.tags]
    career = [w for w in works if "career" in w.tags]
    docs += [
        feed("/", WIX_SITE, "Notes from a community college reference desk", works[:3],
             f'<p>Reference, teaching and the odd puppet. <a href="{u("/search-results?q=mentor")}">Posts about '
             f'mentors</a></p>'),
        feed("/blog", f"Blog | {WIX_SITE}", "All Posts", works,
             f'<nav data-hook="categories-menu"><a href="{u("/blog")}">All Posts</a> '
             f'<a href="{u("/blog/categories/career")}">Career</a></nav>'),
        feed("/blog/categories/career", f"Career | {WIX_SITE}", "Career", career),
        feed("/blog/tags/mentoring", f"mentoring | {WIX_SITE}", "Posts tagged: mentoring", mentoring),
        _page(WIX, "/search-results?q=mentor", _wix(u, f"Search Results | {WIX_SITE}",
              '<div data-hook="search-results-page"><h1>Search Results</h1><p data-hook="search-results-count">'
              f'{len(mentoring) + 1} results found for &ldquo;mentor&rdquo;</p><ul data-hook="search-results">'
              + "".join(f'<li data-hook="search-result-item"><a href="{u(w.path)}">{esc(w.title)}</a><p>'
                        f'{cut(w.paras[0], 120)}</p></li>' for w in works if w.grade >= 2) + "</ul></div>",
              '<meta name="robots" content="noindex">')),
        _page(WIX, "/profile/marisol-reyes/profile", _wix(u, f"Marisol Reyes | Profile | {WIX_SITE}",
              '<div data-hook="profile-page"><h1 data-hook="profile-name">Marisol Reyes</h1><p>Admin</p>'
              '<p data-hook="profile-about">Reference and instruction librarian. Writer of this blog.</p>'
              f'<h2>Posts</h2>{_wix_cards(u, works)}</div>', '<meta property="og:type" content="profile">')),
        _page(WIX, "/about", _wix(u, f"About | {WIX_SITE}",
              '<section><h1 class="font_0">About</h1><p class="font_8">I am Marisol, a reference and instruction '
              'librarian at a community college on the coast. Before that I spent six years in a public library. '
              'This blog is where I think out loud about the work.</p><p class="font_8">Opinions are mine, not '
              "my employer's.</p></section>")),
        _page(WIX, "/post/mentoring-and-linkedin-part-2", _wix(u, f"404 | {WIX_SITE}",
              '<section data-hook="404-page"><h1>This Page Isn&rsquo;t Available</h1><p>The link may be broken, '
              f'or the page may have been removed. <a href="{u("/")}">Go to Homepage</a></p></section>')),
    ]
    return docs


# --- Squarespace 7.1 blog -----------------------------------------------------------------------------------------

SQS_SITE = "Quiet Boxes"


def _sqs(u: U, title: str, body_class: str, main: str, head: str = "") -> str:
    return (f'<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta property="og:site_name" content="{SQS_SITE}">{head}'
            + _ld({"url": u("/"), "name": SQS_SITE, "@context": "http://schema.org", "@type": "WebSite"})
            + f'</head><body id="collection-5c1" class="{body_class}"><div id="siteWrapper" class="clearfix site-wrapper">'
            f'<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner">'
            f'<div class="header-title"><div class="header-title-text"><a href="{u("/")}">{SQS_SITE}</a></div></div>'
            f'<div class="header-nav"><nav class="header-nav-list">'
            + "".join(f'<div class="header-nav-item header-nav-item--collection"><a href="{u(p)}">{t}</a></div>'
                      for p, t in (("/blog", "Journal"), ("/about", "About"), ("/contact", "Contact")))
            + f'</nav></div></div></header><main id="page" class="container" role="main"><article class="sections" '
            f'id="sections"><section class="page-section"><div class="content-wrapper"><div class="content">{main}'
            f'</div></div></section></article></main><footer class="sections" id="footer-sections"><section '
            f'class="page-section"><div class="content"><p>&copy; {SQS_SITE}, archival consulting. '
            f'<a href="{u("/search?q=mentoring")}">Search</a></p></div></section></footer></div></body></html>')


def _sqs_list(u: U, works: list[Work]) -> str:
    return ('<div class="blog-basic-grid collection-content-wrapper">' + "".join(
        f'<article class="blog-basic-grid--container entry blog-item"><div class="blog-basic-grid--text">'
        f'<div class="blog-meta-section"><span class="blog-meta-primary"><time class="blog-date" pubdate>'
        f'{_long(w.date)}</time></span></div><h1 class="blog-title"><a href="{u(w.path)}">{esc(w.title)}</a></h1>'
        f'<div class="blog-excerpt"><p>{cut(w.paras[0], 180)}</p></div><a class="blog-more-link" '
        f'href="{u(w.path)}">Read More</a></div></article>' for w in works) + "</div>")


def squarespace(url: Callable[[str, str], str]) -> list[Doc]:
    u = lambda p: url(SQS, p)  # noqa: E731
    works, cross = _on(SQS), _cross(url)
    mentoring = [w for w in works if "mentoring" in w.tags or "listservs" in w.tags]
    docs = []
    for n, w in enumerate(works):
        link = u(w.path)
        head = (f'<meta property="og:title" content="{esc(w.title)} &mdash; {SQS_SITE}"><meta property="og:url" '
                f'content="{link}"><meta property="og:type" content="article"><meta itemprop="author" '
                f'content="{esc(w.author)}"><meta itemprop="datePublished" content="{w.date}T09:15:00-0700">'
                f'<meta itemprop="headline" content="{esc(w.title)}"><link rel="canonical" href="{link}">'
                + _ld({"@context": "http://schema.org", "@type": "Article", "name": w.title, "author": w.author,
                       "datePublished": w.date + "T09:15:00-0700", "headline": w.title,
                       "publisher": {"name": SQS_SITE, "@type": "Organization"}}))
        paras = list(w.paras) + ([cross[_key(w)]] if _key(w) in cross else [])
        blocks = "".join(f'<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class='
                         f'"sqs-block-content"><div class="sqs-html-content"><p>{x if x in cross.values() else esc(x)}'
                         f'</p></div></div></div>' for x in paras)
        meta = []
        if w in mentoring:
            meta.append(f'<a href="{u("/blog?category=Mentoring")}" class="blog-item-category">Mentoring</a>')
        if "listservs" in w.tags:
            meta.append(f'<a href="{u("/blog?tag=listservs")}" class="blog-item-tag">listservs</a>')
        prev, nxt = works[(n + 1) % len(works)], works[n - 1]
        main = (f'<div class="blog-item-wrapper"><article class="entry h-entry hentry post-type-text" '
                f'data-item-id="{zlib.crc32(w.path.encode()):x}"><div class="blog-item-top-wrapper">'
                f'<div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" '
                f'datetime="{w.date}" pubdate>{_long(w.date)}</time></div><div class="blog-item-title"><h1 '
                f'class="entry-title entry-title--large p-name" data-content-field="title">{esc(w.title)}</h1></div>'
                f'<div class="blog-meta-item blog-meta-item--author"><span class="blog-author-name">'
                f'{esc(w.author)}</span></div></div><div class="blog-item-content-wrapper"><div class="blog-item-'
                f'content e-content" data-content-field="main-content"><div class="sqs-layout sqs-grid-12 columns-12">'
                f'{blocks}</div></div></div><div class="blog-item-meta">{" ".join(meta)}</div>'
                f'<div class="blog-item-share">{_share(link)}</div>'
                f'<section class="item-pagination item-pagination--prev-next"><a class="item-pagination-link '
                f'item-pagination-link--prev" href="{u(prev.path)}"><div class="item-pagination-prev-next">Previous'
                f'</div><h2 class="item-pagination-title">{esc(prev.title)}</h2></a><a class="item-pagination-link '
                f'item-pagination-link--next" href="{u(nxt.path)}"><div class="item-pagination-prev-next">Next</div>'
                f'<h2 class="item-pagination-title">{esc(nxt.title)}</h2></a></section></article></div>')
        docs.append(_page(SQS, w.path, _sqs(u, f"{w.title} \u2014 {SQS_SITE}", "blog-item-show", main, head)))

    def page(path, title, body_class, main):
        head = f'<meta property="og:title" content="{esc(title)}"><link rel="canonical" href="{u(path)}">'
        return _page(SQS, path, _sqs(u, title, body_class, main, head))

    docs += [
        page("/", SQS_SITE, "homepage", f'<h1>Archives advice for small repositories</h1><p>{SQS_SITE} is the '
             "practice of Tobias Lindqvist, archivist: surveys, disaster plans, workshops and a monthly group call "
             f"for archivists who work alone.</p><h2>From the journal</h2>{_sqs_list(u, works[:3])}"),
        page("/blog", f"Journal \u2014 {SQS_SITE}", "collection-type-blog-basic-grid view-list",
             f"<h1>Journal</h1>{_sqs_list(u, works)}"),
        page("/blog?category=Mentoring", f"Journal \u2014 {SQS_SITE}", "collection-type-blog-basic-grid view-list "
             "blog-view-category", f'<div class="blog-list-filter">Category: Mentoring</div>{_sqs_list(u, mentoring)}'),
        page("/blog?tag=listservs", f"Journal \u2014 {SQS_SITE}", "collection-type-blog-basic-grid view-list "
             "blog-view-tag", '<div class="blog-list-filter">Tag: listservs</div>'
             + _sqs_list(u, [w for w in works if "listservs" in w.tags])),
        page("/search?q=mentoring", f"Search \u2014 {SQS_SITE}", "collection-type-search",
             '<div class="sqs-search-page"><input class="sqs-search-page-input" value="mentoring">'
             '<div class="sqs-search-page-result-count">2 results</div>' + "".join(
                 f'<div class="sqs-search-page-item"><div class="sqs-title"><a href="{u(w.path)}">{esc(w.title)}</a>'
                 f'</div><div class="sqs-content">{cut(w.paras[0], 140)}</div></div>' for w in mentoring[:2]) + "</div>"),
        page("/about", f"About \u2014 {SQS_SITE}", "collection-type-page", "<h1>About</h1><p>Tobias Lindqvist "
             "has worked as an archivist for twenty-two years, the last eight as a consultant to historical "
             "societies, religious orders and small museums.</p><p>He is a certified archivist and teaches "
             "workshops on arrangement, description and disaster planning.</p>"),
        page("/contact", f"Contact \u2014 {SQS_SITE}", "collection-type-page", '<h1>Contact</h1><p>Write about '
             'a project, a workshop or the group calls.</p><form class="form-wrapper" data-form-id="5c2"><input '
             'name="fname" aria-label="First Name"><input name="email" type="email"><textarea name="message">'
             '</textarea><button type="submit">Submit</button></form>'),
    ]
    return docs


# --- Zola, Terminimal theme ---------------------------------------------------------------------------------------

ZOLA_SITE = "Kettle & Code"


def _zola(u: U, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" '
            f'content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{esc(title)}</title><link rel="alternate" type="application/atom+xml" title="RSS" '
            f'href="{u("/atom.xml")}">{head}</head><body class=""><div class="container">'
            f'<header class="header"><div class="header__inner"><div class="header__logo"><a href="{u("/")}" '
            f'style="text-decoration: none;"><div class="logo">{esc(ZOLA_SITE)}</div></a></div></div>'
            f'<nav class="menu"><ul class="menu__inner"><li><a href="{u("/blog/")}">blog</a></li>'
            f'<li><a href="{u("/tags/community/")}">community</a></li><li><a href="{u("/about/")}">about</a></li>'
            f'</ul></nav></header><div class="content">{main}</div><footer class="footer"><div class="footer__inner">'
            f'<div class="copyright"><span>&copy; 2024 Kit Okafor</span><span class="copyright-theme"><span '
            f'class="copyright-theme-sep">:: </span>Theme: <a href="https://github.com/pawroman/zola-theme-terminimal/">'
            f'Terminimal</a> by pawroman</span></div></div></footer></div></body></html>')


def _zola_tags(u: U, w: Work) -> str:
    links = [f'<a class="post-tag" href="{u("/tags/community/")}">#community</a>'] if "community" in w.tags else []
    return f'<span class="post-tags-inline">:: tags:&nbsp;{"&nbsp;".join(links)}</span>' if links else ""


def _zola_list(u: U, works: list[Work]) -> str:
    return "".join(f'<div class="post on-list"><h1 class="post-title"><a href="{u(w.path)}">{esc(w.title)}</a></h1>'
                   f'<div class="post-meta-inline"><span class="post-date">{w.date}</span></div>{_zola_tags(u, w)}'
                   f'<div class="post-content"><p>{cut(w.paras[0], 200)}</p></div><div><a class="read-more button" '
                   f'href="{u(w.path)}"><span class="button__text">Read more</span>&nbsp;<span '
                   f'class="button__icon">&#8617;</span></a></div></div>' for w in works)


def zola(url: Callable[[str, str], str]) -> list[Doc]:
    u = lambda p: url(ZOLA, p)  # noqa: E731
    works = _on(ZOLA)
    docs = []
    for w in works:
        link = u(w.path)
        head = (f'<meta name="description" content="{esc(w.paras[0][:150])}"><meta property="og:title" '
                f'content="{esc(w.title)}"><meta property="og:type" content="article"><meta property="og:url" '
                f'content="{link}"><link rel="canonical" href="{link}">')
        main = (f'<div class="post"><h1 class="post-title"><a href="{link}">{esc(w.title)}</a></h1>'
                f'<div class="post-meta-inline"><span class="post-date">{w.date}</span></div>{_zola_tags(u, w)}'
                f'<div class="post-content">{ps(w.paras)}</div>'
                f'<div class="pagination"><div class="pagination__title"><span class="pagination__title-h">Thanks '
                f'for reading! Read other posts?</span><hr></div><div class="pagination__buttons"><span class="button '
                f'previous"><a href="{u("/blog/")}"><span class="button__icon">&larr;</span>&nbsp;<span '
                f'class="button__text">All posts</span></a></span></div></div></div>')
        docs.append(_page(ZOLA, w.path, _zola(u, f"{w.title} | {ZOLA_SITE}", main, head)))
    community = [w for w in works if "community" in w.tags]
    docs += [
        _page(ZOLA, "/", _zola(u, ZOLA_SITE, _zola_list(u, works[:4]) + f'<div class="pagination"><div class="pagination'
                                                                         f'__buttons"><span class="button next"><a href="'
                                                                         f'{u("/blog/")}">All posts</a></span></div></div>')),
        _page(ZOLA, "/blog/", _zola(u, f"Blog | {ZOLA_SITE}", _zola_list(u, works))),
        _page(ZOLA, "/tags/community/", _zola(u, f"Posts tagged community | {ZOLA_SITE}",
              '<div class="post"><h1 class="post-title">Entries tagged - "community"</h1><ul>' + "".join(
                  f'<li class="tag-list">{w.date} :: <a href="{u(w.path)}">{esc(w.title)}</a></li>'
                  for w in community) + "</ul></div>")),
        _page(ZOLA, "/categories/notes/", _zola(u, f"Category notes | {ZOLA_SITE}",
              '<div class="post"><h1 class="post-title">Category: notes</h1><ul>' + "".join(
                  f'<li>{w.date} :: <a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in works) + "</ul></div>")),
        _page(ZOLA, "/about/", _zola(u, f"About | {ZOLA_SITE}",
              '<div class="post"><h1 class="post-title">about</h1><div class="post-content"><p>I am Kit, a systems '
              "librarian at a mid-sized university. I write about library software, MARC, migrations and the "
              f'people who build library systems. All <a href="{u("/categories/notes/")}">notes</a>.</p><p>My old '
              f'<a href="{u("/blog/twitter-archive/")}">Twitter archive</a> used to live here.</p></div></div>')),
        _page(ZOLA, "/blog/twitter-archive/", _zola(u, f"404 | {ZOLA_SITE}",
              f'<div class="post"><h1 class="post-title">404</h1><p>Page not found. <a href="{u("/")}">Go home</a>'
              "</p></div>")),
    ]
    return docs


# --- WriteFreely ------------------------------------------------------------------------------------------------

WF_SITE = "small hours"
WF_DIR = ' dir="auto"'


def _wf(u: U, title: str, body_id: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE HTML><html><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="generator" content="WriteFreely"><meta name="viewport" content="width=device-width, '
            f'initial-scale=1.0"><link rel="alternate" type="application/rss+xml" title="{WF_SITE}" '
            f'href="{u("/feed/")}"><meta property="og:site_name" content="{WF_SITE}">{head}</head>'
            f'<body id="{body_id}"><div id="overlay"></div><header><h1 dir="auto" id="blog-title"><a href="{u("/")}" '
            f'class="h-card p-author u-url" rel="me author">{WF_SITE}</a></h1><nav><a href="{u("/about")}">about</a>'
            f'</nav></header>{main}<footer dir="ltr"><hr><nav><a class="home pubd" href="{u("/")}">{WF_SITE}</a> '
            f'&middot; powered by <a style="margin-left:0" href="https://writefreely.org">writefreely</a></nav>'
            f"</footer></body></html>")


def _wf_hashtags(u: U, w: Work) -> str:
    return (f'<p dir="auto"><a href="{u("/tag:career")}" class="hashtag"><span>#</span><span class="p-category">'
            f'career</span></a></p>') if "career" in w.tags else ""


def _wf_list(u: U, works: list[Work]) -> str:
    return "".join(f'<article class="norm h-entry " id="post-{zlib.crc32(w.path.encode()) % 10**6}"><h2 dir="auto">'
                   f'<a href="{u(w.path)}" class="u-url p-name">{esc(w.title)}</a></h2><time class="dt-published" '
                   f'datetime="{w.date}T08:00:00Z" pubdate itemprop="datePublished">{_long(w.date)}</time>'
                   f'<div class="p-summary" dir="auto"><p>{cut(w.paras[0], 200)}</p></div>'
                   f'<a class="read-more" href="{u(w.path)}">Read more...</a></article>' for w in works)


def writefreely(url: Callable[[str, str], str]) -> list[Doc]:
    u = lambda p: url(WF, p)  # noqa: E731
    works = _on(WF)
    docs = []
    for w in works:
        link = u(w.path)
        head = (f'<link rel="canonical" href="{link}"><meta name="description" content="{esc(w.paras[0][:150])}">'
                f'<meta name="author" content="{WF_SITE}"><meta property="og:title" content="{esc(w.title)}">'
                f'<meta property="og:type" content="article"><meta property="og:url" content="{link}">'
                f'<meta property="article:published_time" content="{w.date}T08:00:00Z">')
        main = (f'<article id="post-body" class="norm h-entry" itemscope itemtype="http://schema.org/BlogPosting">'
                f'<h2 id="title" class="p-name" dir="auto">{esc(w.title)}</h2><div class="e-content" dir="auto">'
                f'{ps(w.paras, "p", WF_DIR)}{_wf_hashtags(u, w)}</div><time class="dt-published" '
                f'datetime="{w.date}T08:00:00Z" pubdate itemprop="datePublished" content="{w.date}T08:00:00Z">'
                f'{_long(w.date)}</time></article>')
        docs.append(_page(WF, w.path, _wf(u, f"{w.title} \u2014 {WF_SITE}", "post", main, head)))
    docs += [
        _page(WF, "/", _wf(u, WF_SITE, "collection", f'<div id="wrapper"><p class="description p-note">notes from '
              f'a new librarian, mostly at night</p>{_wf_list(u, works[:3])}<nav id="paging" class="content-container '
              f'clearfix"><a href="{u("/page/2")}">&#8672; Older</a></nav></div>',
              f'<link rel="canonical" href="{u("/")}"><meta property="og:type" content="website">')),
        _page(WF, "/page/2", _wf(u, f"{WF_SITE} \u2014 page 2", "collection", f'<div id="wrapper">'
              f'{_wf_list(u, works[3:])}<nav id="paging"><a href="{u("/")}">Newer &#8674;</a></nav></div>')),
        _page(WF, "/tag:career", _wf(u, f"#career \u2014 {WF_SITE}", "subpage", f'<div id="wrapper"><h1>#career</h1>'
              f'{_wf_list(u, [w for w in works if "career" in w.tags])}</div>')),
        _page(WF, "/about", _wf(u, f"About {WF_SITE}", "pages", '<div class="content-container"><h1>About</h1>'
              "<p>This is a single-user WriteFreely instance. The writer is a librarian in their first job who "
              "would rather not be found by their employer.</p></div>")),
    ]
    return docs


# --- XenForo 2 ----------------------------------------------------------------------------------------------------

XF_SITE = "InfoPros Forum"
XF_FORUM = "/forums/careers-mentoring.4/"
XF_PROFILE = "/members/alder_rm.112/"
XF_GONE = "/threads/mentor-wanted-digital-preservation.3977/"


def _xf(u: U, title: str, template: str, main: str, crumbs: str = "", head: str = "", status: str = "") -> str:
    return (f'<!DOCTYPE html><html id="XF" lang="en-US" dir="LTR" data-xf="2.2" data-app="public" '
            f'data-template="{template}" data-container-key="" data-content-key="" data-logged-in="false">'
            f'<head><meta charset="utf-8"><title>{esc(title)} | {XF_SITE}</title><meta name="viewport" '
            f'content="width=device-width, initial-scale=1, viewport-fit=cover"><meta property="og:site_name" '
            f'content="{XF_SITE}">{head}</head><body data-template="{template}"><div class="p-pageWrapper" '
            f'id="top"><header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content">'
            f'<div class="p-header-logo p-header-logo--image"><a href="{u("/")}"><img src="/styles/default/xenforo/'
            f'xenforo-logo.png" alt="{XF_SITE}"></a></div></div></div></header><nav class="p-nav"><ul class="p-nav-list">'
            f'<li><a href="{u("/")}" class="p-navEl-link">Forums</a></li><li><a href="{esc(u("/search/204/?q=mentor&o=relevance"))}"'
            f' class="p-navEl-link">Search</a></li></ul></nav><div class="p-body"><div class="p-body-inner">'
            f'<ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop='
            f'"itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{u("/")}" itemprop="item">'
            f'<span itemprop="name">Forums</span></a></li>{crumbs}</ul>{status}<div class="p-body-main"><div '
            f'class="p-body-content">{main}</div></div></div></div><footer class="p-footer" id="footer"><div '
            f'class="p-footer-inner"><ul class="p-footer-linkList"><li><a href="{u("/misc/contact")}">Contact us</a>'
            f'</li><li><a href="{u("/help/about/")}">About</a></li></ul><div class="p-footer-copyright">'
            f'<a href="https://xenforo.com" class="u-concealed" dir="ltr">Community platform by XenForo&reg; '
            f'<span class="copyright">&copy; 2010-2024 XenForo Ltd.</span></a></div></div></footer></div>'
            f"</body></html>")


def _xf_user(u: U, who: str) -> str:
    if who == "alder_rm":
        return f'<a href="{u(XF_PROFILE)}" class="username" dir="auto" data-user-id="112">{who}</a>'
    return f'<span class="username" dir="auto">{esc(who)}</span>'


def _xf_post(u: U, n: int, who: str, when: str, text: str) -> str:
    return (f'<article class="message message--post js-post js-inlineModContainer" data-author="{esc(who)}" '
            f'data-content="post-{n}" id="js-post-{n}"><span class="u-anchorTarget" id="post-{n}"></span>'
            f'<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user">'
            f'<div class="message-userDetails"><h4 class="message-name">{_xf_user(u, who)}</h4></div></section></div>'
            f'<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">'
            f'<header class="message-attribution message-attribution--split"><ul class="message-attribution-main '
            f'listInline"><li class="u-concealed"><a href="#post-{n}" rel="nofollow"><time class="u-dt" dir="auto" '
            f'datetime="{when}T09:12:00+0000" data-time="0">{_short(when)}</time></a></li></ul></header>'
            f'<div class="message-content js-messageContent"><div class="message-userContent lbContainer '
            f'js-lbContainer"><article class="message-body js-selectToQuote"><div class="bbWrapper">{text}</div>'
            f'</article></div></div></div></div></div></article>')


def _xf_rows(u: U, works: list[Work]) -> str:
    return "".join(f'<div class="structItem structItem--thread js-inlineModContainer"><div class="structItem-cell '
                   f'structItem-cell--main"><div class="structItem-title"><a href="{u(w.path)}" data-tp-primary="on">'
                   f'{esc(w.title)}</a></div><div class="structItem-minor"><ul class="structItem-parts"><li>'
                   f'{_xf_user(u, w.author)}</li><li class="structItem-startDate"><time class="u-dt" datetime="'
                   f'{w.date}T09:12:00+0000">{_short(w.date)}</time></li></ul></div></div><div class="structItem-cell '
                   f'structItem-cell--meta"><dl class="pairs pairs--justified"><dt>Replies</dt><dd>{len(w.replies)}'
                   f'</dd></dl></div></div>' for w in works)


def xenforo(url: Callable[[str, str], str]) -> list[Doc]:
    u = lambda p: url(XF, p)  # noqa: E731
    works, cross = _on(XF), _cross(url)
    careers = [w for w in works if _key(w) in ("xf-records-mentor", "xf-linkedin", "xf-webinars", "xf-job")]
    forum_crumb = (f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="'
                   f'{u(XF_FORUM)}" itemprop="item"><span itemprop="name">Careers &amp; Mentoring</span></a></li>')
    docs = []
    for w in works:
        link = u(w.path)
        base = zlib.crc32(w.path.encode()) % 90000 + 10000
        first = esc(" ".join(w.paras)) if len(w.paras) == 1 else "<br><br>".join(esc(x) for x in w.paras)
        posts = [_xf_post(u, base, w.author, w.date, first)]
        for i, (who, text) in enumerate(w.replies, 1):
            body = esc(text)
            if _key(w) == "xf-records-mentor" and who == "mod_jules":
                body = body.replace("pinned at the top", f'<a href="{u(XF_GONE)}" class="link link--internal">'
                                                         f"pinned at the top</a>")
            if _key(w) in cross and i == 1:
                body += f"<br><br>{cross[_key(w)]}"
            posts.append(_xf_post(u, base + i, who, w.date, body))
        ld = _ld({"@context": "https://schema.org", "@type": "DiscussionForumPosting", "@id": link,
                  "headline": w.title, "articleBody": " ".join(w.paras)[:300], "datePublished": w.date + "T09:12:00+00:00",
                  "author": {"@type": "Person", "name": w.author}, "interactionStatistic": {
                      "@type": "InteractionCounter", "interactionType": "https://schema.org/CommentAction",
                      "userInteractionCount": len(w.replies)}})
        head = (f'<link rel="canonical" href="{link}"><meta property="og:type" content="website"><meta '
                f'property="og:title" content="{esc(w.title)}"><meta property="og:url" content="{link}"><meta '
                f'name="description" content="{esc(w.paras[0][:150])}">{ld}')
        tags = (f'<dl class="tagList tagList--thread"><dt><i class="fa--xf far fa-tags" aria-hidden="true"></i>'
                f'<span class="u-srOnly">Tags</span></dt><dd><span class="js-tagList"><a href="{u("/tags/mentoring/")}"'
                f' class="tagItem tagItem--tag_mentoring" dir="auto">mentoring</a></span></dd></dl>'
                if "mentoring" in w.tags else "")
        main = (f'<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">{esc(w.title)}</h1></div>'
                f'<div class="p-description"><ul class="listInline listInline--bullet"><li>{_xf_user(u, w.author)}</li>'
                f'<li><time class="u-dt" datetime="{w.date}T09:12:00+0000">{_short(w.date)}</time></li></ul>'
                f'{tags}</div></div><div class="block block--messages" data-type="post"><div class="block-container '
                f'lbContainer"><div class="block-body js-replyNewMessageContainer">{"".join(posts)}</div></div></div>'
                f'<div class="shareButtons">{_share(link)}</div>')
        docs.append(_page(XF, w.path, _xf(u, w.title, "thread_view", main, forum_crumb if w in careers else "", head)))
    mentoring = [w for w in works if "mentoring" in w.tags]
    others = [w for w in works if w not in careers]
    docs += [
        _page(XF, "/", _xf(u, "Forums", "forum_list",
              f'<h1 class="p-title-value">{XF_SITE}</h1><div class="block block--category"><div class="block-container">'
              f'<h2 class="block-header">Working in information</h2><div class="block-body">'
              f'<div class="node node--forum node--id4"><div class="node-main"><h3 class="node-title"><a href="'
              f'{u(XF_FORUM)}" data-xf-init="element-tooltip">Careers &amp; Mentoring</a></h3><div class="node-'
              f'description">Jobs, career advice, finding a mentor.</div></div><div class="node-extra"><a href="'
              f'{u(careers[0].path)}" class="node-extra-title">{esc(careers[0].title)}</a></div></div>'
              + "".join(f'<div class="node node--forum"><div class="node-main"><h3 class="node-title">{t}</h3></div>'
                        f'<div class="node-extra"><a href="{u(w.path)}" class="node-extra-title">{esc(w.title)}</a>'
                        f"</div></div>" for t, w in zip(("Public services", "Systems &amp; technology"), others))
              + "</div></div></div>", head=f'<link rel="canonical" href="{u("/")}">')),
        _page(XF, XF_FORUM, _xf(u, "Careers & Mentoring", "forum_view", '<h1 class="p-title-value">Careers &amp; '
              'Mentoring</h1><div class="block-container"><div class="structItemContainer">' + _xf_rows(u, careers)
              + "</div></div>")),
        _page(XF, "/tags/mentoring/", _xf(u, "mentoring", "tag_view", '<h1 class="p-title-value">mentoring</h1>'
              '<ol class="block-body">' + "".join(f'<li class="block-row"><h3 class="contentRow-title"><a href="'
                                                   f'{u(w.path)}">{esc(w.title)}</a></h3><div class="contentRow-snippet">'
                                                   f'{cut(w.paras[0], 140)}</div></li>' for w in mentoring) + "</ol>")),
        _page(XF, "/search/204/?q=mentor&o=relevance", _xf(u, "Search results for query: mentor", "search_results",
              '<h1 class="p-title-value">Search results for query: <em>mentor</em></h1><ol class="block-body">'
              + "".join(f'<li class="block-row block-row--separated js-inlineModContainer"><h3 class="contentRow-title">'
                        f'<a href="{u(w.path)}">{esc(w.title)}</a></h3><div class="contentRow-snippet">'
                        f'{cut(w.paras[0], 140)}</div><div class="contentRow-minor">Thread by: {_xf_user(u, w.author)}'
                        f'</div></li>' for w in works if w.grade >= 2) + "</ol>",
              head='<meta name="robots" content="noindex">')),
        _page(XF, XF_PROFILE, _xf(u, "alder_rm", "member_view", '<div class="memberHeader"><h1 class="memberHeader-'
              'name"><span class="username">alder_rm</span></h1><div class="memberHeader-blurb">Records manager'
              '</div><dl class="pairs pairs--inline"><dt>Joined</dt><dd>Mar 2, 2024</dd></dl></div><h2>Latest '
              'activity</h2><ul>' + "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in works
                                            if w.author == "alder_rm") + "</ul>",
              head='<meta property="og:type" content="profile">')),
        _page(XF, "/misc/contact", _xf(u, "Contact us", "contact_form", '<h1 class="p-title-value">Contact us</h1>'
              '<form action="/misc/contact" method="post" class="block"><input type="text" name="username">'
              '<input type="email" name="email"><textarea name="message"></textarea><button type="submit">Send'
              "</button></form>")),
        _page(XF, "/help/about/", _xf(u, "About the forum", "help_page", '<h1 class="p-title-value">About the forum'
              f"</h1><p>{XF_SITE} is an independent forum for librarians, archivists, records managers and other "
              "information professionals, run by volunteers since 2011.</p>")),
        _page(XF, XF_GONE, _xf(u, "Oops! We ran into some problems.",
              "error", '<div class="blockMessage">The requested thread could not be found.</div>',
              status='<h1 class="p-title-value">Oops! We ran into some problems.</h1>')),
    ]
    return docs


# --- Akkoma (static front end) -----------------------------------------------------------------------------------

AKK_SITE = "bibliofedi"
AKK_NAMES = {"quill": "Quill \u2728 (she/her)", "ferncat": "Fern"}


def _akk(u: U, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
            f'width,initial-scale=1,minimal-ui"><title>{esc(title)}</title><link rel="stylesheet" href="/static-fe/'
            f'static-fe.css">{head}</head><body><div class="container"><header><h1 class="header-title"><a href="'
            f'{u("/")}">{AKK_SITE}</a></h1><a href="{u("/about")}">about</a></header><main>{main}</main></div>'
            f'</body></html>')


def _akk_text(u: U, text: str) -> str:
    t = esc(text)
    return t.replace("#LibraryMentoring", f'<a class="hashtag" data-tag="librarymentoring" href="'
                                          f'{u("/tag/librarymentoring")}" rel="tag ugc">#LibraryMentoring</a>')


def _akk_status(u: U, w: Work, extra: str = "") -> str:
    return (f'<div class="activity" id="{w.path.rsplit("/", 1)[1]}"><div class="activity-content"><div class="p-author '
            f'h-card"><a class="u-url" rel="author noopener" href="{u("/users/" + w.author)}"><div class="avatar">'
            f'<img src="/images/avi.png" width="48" height="48"></div><span class="display-name"><bdi>'
            f'{esc(AKK_NAMES[w.author])}</bdi> <span class="nickname">@{w.author}@{AKK}</span></span></a></div>'
            f'<div class="e-content"><p>{_akk_text(u, w.paras[0])}</p>{extra}</div><div class="activity-info">'
            f'<a href="{u(w.path)}" class="u-url u-uid"><time class="dt-published" datetime="{w.date}T20:41:07.000Z">'
            f'{_short(w.date)}</time></a></div></div></div>')


def akkoma(url: Callable[[str, str], str]) -> list[Doc]:
    u = lambda p: url(AKK, p)  # noqa: E731
    works, cross = _on(AKK), _cross(url)
    docs = []
    for w in works:
        link = u(w.path)
        head = (f'<meta content="{esc(AKK_NAMES[w.author])}" property="og:title"><meta content="{link}" '
                f'property="og:url"><meta content="{esc(w.paras[0])}" property="og:description"><meta '
                f'content="article" property="og:type"><meta content="summary" property="twitter:card"><link '
                f'rel="alternate" type="application/activity+json" href="{u("/objects/" + w.path.rsplit("/", 1)[1])}">'
                f'<link rel="canonical" href="{link}">')
        extra = f"<p>{cross[_key(w)]}</p>" if _key(w) in cross else ""
        docs.append(_page(AKK, w.path, _akk(u, f'{w.author}: "{w.paras[0][:60]}"', _akk_status(u, w, extra), head)))
    for who in AKK_NAMES:
        mine = [w for w in works if w.author == who]
        docs.append(_page(AKK, f"/users/{who}", _akk(u, f"{AKK_NAMES[who]} (@{who}@{AKK})",
                    f'<div class="profile"><div class="user-info"><h2 class="display-name"><bdi>{esc(AKK_NAMES[who])}'
                    f'</bdi></h2><div class="nickname">@{who}@{AKK}</div><div class="bio">Library worker.</div></div>'
                    f'<div class="activity-stream">{"".join(_akk_status(u, w) for w in mine)}</div></div>',
                    f'<meta content="profile" property="og:type"><link rel="canonical" href="{u("/users/" + who)}">')))
    docs += [
        _page(AKK, "/", _akk(u, AKK_SITE, '<div class="about"><p>A small Akkoma server for people who work in '
              f'libraries, archives and museums.</p></div><h2>Local timeline</h2><div class="activity-stream">'
              f'{"".join(_akk_status(u, w) for w in works)}</div>', f'<link rel="canonical" href="{u("/")}">')),
        _page(AKK, "/tag/librarymentoring", _akk(u, f"#librarymentoring - {AKK_SITE}", '<h2>#librarymentoring</h2>'
              '<div class="activity-stream">' + "".join(_akk_status(u, w) for w in works if "librarymentoring" in
                                                          w.tags) + "</div>")),
        _page(AKK, "/about", _akk(u, f"About - {AKK_SITE}", f"<h2>About {AKK_SITE}</h2><p>Registrations by invite. "
              "Rules: be kind, no harassment, content warnings for patron stories. Run by two volunteers; "
              f'moderators are <a href="{u("/users/quill")}">@quill</a> and <a href="{u("/users/ferncat")}">'
              "@ferncat</a>.</p>")),
    ]
    return docs


# --- Ubiquity Press (legacy platform) -----------------------------------------------------------------------------

UBQ_JOURNAL = "Journal of Library Professional Learning"
UBQ_ISSUE = "/9/volume/9/issue/1"
UBQ_PDF = "/articles/10.5334/jlpl.198/galley/311/download/"
UBQ_PAGES = {"ubq-survey": "1-14", "ubq-listserv": "15-27", "ubq-tutoring": "28-39", "ubq-collections": "40-49",
             "ubq-review": "50-52"}
UBQ_COAUTHORS = {"ubq-listserv": ["Colm Fahy"], "ubq-survey": ["Amira Castellanos"]}


def _ubq(u: U, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>{head}</head>'
            f'<body><div class="site-header"><nav class="navbar navbar-default"><div class="container"><a class='
            f'"navbar-brand" href="{u("/")}">{UBQ_JOURNAL}</a><ul class="nav navbar-nav"><li><a href="{u("/articles/")}">'
            f'Articles</a></li><li><a href="{u(UBQ_ISSUE)}">Current issue</a></li><li><a href="'
            f'{u("/collections/professional-learning-online/")}">Collections</a></li><li><a href="{u("/about/")}">About'
            f'</a></li></ul><form class="navbar-form" action="{u("/search/")}"><input name="q" type="text"></form>'
            f'</div></nav></div><div class="container main-content">{main}</div><footer class="footer"><div class='
            f'"container"><p>ISSN: 2398-4701 | Published by <a href="https://www.ubiquitypress.com">Ubiquity Press'
            f"</a></p></div></footer></body></html>")


def _ubq_rows(u: U, works: list[Work]) -> str:
    return "".join(f'<div class="article-caption"><div class="caption-header"><span class="article-type">'
                   f'{"Book Review" if "review" in _key(w) else "Research Article"}</span></div><h4 class="caption-title">'
                   f'<a href="{u(w.path)}">{esc(w.title)}</a></h4><div class="caption-authors">'
                   f'{esc(", ".join([w.author] + UBQ_COAUTHORS.get(_key(w), [])))}</div><div class="caption-date">'
                   f'{_long(w.date)}</div></div>' for w in works)


def ubiquity(url: Callable[[str, str], str]) -> list[Doc]:
    u = lambda p: url(UBQ, p)  # noqa: E731
    works = [w for w in _on(UBQ) if w.kind == "journal-article"]
    docs = []
    for w in works:
        link, doi = u(w.path), w.path.split("/articles/")[1]
        authors = [w.author] + UBQ_COAUTHORS.get(_key(w), [])
        first, last = UBQ_PAGES[_key(w)].split("-")
        meta = "".join(f'<meta name="citation_author" content="{esc(a)}">' for a in authors)
        pdf_meta = f'<meta name="citation_pdf_url" content="{u(UBQ_PDF)}">' if _key(w) == "ubq-listserv" else ""
        head = (f'<meta name="citation_title" content="{esc(w.title)}">{meta}<meta name="citation_publication_date" '
                f'content="{w.date.replace("-", "/")}"><meta name="citation_journal_title" content="{UBQ_JOURNAL}">'
                f'<meta name="citation_issn" content="2398-4701"><meta name="citation_volume" content="9">'
                f'<meta name="citation_issue" content="1"><meta name="citation_firstpage" content="{first}">'
                f'<meta name="citation_lastpage" content="{last}"><meta name="citation_doi" content="{doi}">'
                f'<meta name="citation_publisher" content="Ubiquity Press"><meta name="citation_abstract_html_url" '
                f'content="{link}">{pdf_meta}<meta name="DC.Title" content="{esc(w.title)}"><meta name="DC.Date" '
                f'content="{w.date}"><meta name="DC.Identifier" content="{doi}"><meta property="og:title" '
                f'content="{esc(w.title)}"><meta property="og:type" content="article"><meta property="og:url" '
                f'content="{link}"><link rel="canonical" href="{link}">')
        abstract, body = (w.paras[0], w.paras[1:]) if len(w.paras) > 1 else (w.paras[0], ())
        if _key(w) == "ubq-review":
            abstract, body = "", w.paras
        downloads = (f'<div class="article-download"><a href="{u(UBQ_PDF)}" class="btn btn-primary">Download PDF</a>'
                     f"</div>" if _key(w) == "ubq-listserv" else "")
        refs = (f'<p>See also the journal&rsquo;s earlier <a href="{u("/articles/10.5334/jlpl.150")}">editorial on '
                f"online communities</a>.</p>" if _key(w) == "ubq-review" else "")
        main = (f'<div class="row"><div class="col-md-8 article-main"><div class="article-header"><div class="article-'
                f'type">{"Book Review" if _key(w) == "ubq-review" else "Research Article"}</div><h1 class="article-title">'
                f'{esc(w.title)}</h1><div class="authors">' + ", ".join(f'<span class="author">{esc(a)}</span>'
                                                                        for a in authors)
                + f'</div><div class="article-info"><span>{_long(w.date)}</span> &middot; <a href="{u(UBQ_ISSUE)}">'
                f'Volume 9, Issue 1</a> &middot; <span class="doi">DOI: <a href="https://doi.org/{doi}">'
                f'https://doi.org/{doi}</a></span></div></div>{downloads}'
                + (f'<div class="abstract"><h2>Abstract</h2><p>{esc(abstract)}</p></div>' if abstract else "")
                + f'<div id="xml-article" class="article-body">{ps(body)}{refs}</div></div><div class="col-md-4 '
                f'sidebar"><h4>How to Cite</h4><p>{esc(w.author.split()[-1])}, {w.date[:4]}. {esc(w.title)}. '
                f'<em>{UBQ_JOURNAL}</em>, 9(1), pp.{UBQ_PAGES[_key(w)]}.</p><div class="share">{_share(link)}</div>'
                f"</div></div>")
        docs.append(_page(UBQ, w.path, _ubq(u, f"{w.title} | {UBQ_JOURNAL}", main, head)))
    paper = WORKS["ubq-listserv-pdf"]
    docs.append(_page(UBQ, paper.path, pdf(list(paper.paras)), "application/pdf"))
    collection = [w for w in works if w.grade >= 2]
    docs += [
        _page(UBQ, "/", _ubq(u, UBQ_JOURNAL, f'<div class="journal-intro"><p>The {UBQ_JOURNAL} publishes research '
              "and reviews on how library and information workers learn throughout their careers. Open access, "
              f'no fees to authors.</p></div><h2>Latest articles</h2>{_ubq_rows(u, works[:3])}<p><a href="'
              f'{u("/search/?q=mentoring")}">Articles on mentoring</a></p>')),
        _page(UBQ, "/articles/", _ubq(u, f"Articles | {UBQ_JOURNAL}", f"<h1>Articles</h1>{_ubq_rows(u, works)}")),
        _page(UBQ, UBQ_ISSUE, _ubq(u, f"Volume 9 - Issue 1 - 2024/2025 | {UBQ_JOURNAL}", '<h1>Volume 9 &middot; Issue '
              f"1</h1><p>Published continuously.</p>{_ubq_rows(u, sorted(works, key=lambda w: UBQ_PAGES[_key(w)]))}")),
        _page(UBQ, "/collections/professional-learning-online/", _ubq(u, f"Professional Learning Online | {UBQ_JOURNAL}",
              "<h1>Collection: Professional Learning Online</h1><p>Articles on learning through online communities "
              f"and networks.</p>{_ubq_rows(u, collection)}")),
        _page(UBQ, "/search/?q=mentoring", _ubq(u, f"Search | {UBQ_JOURNAL}", '<h1>Search results</h1><p>'
              f'{len(collection)} results for &ldquo;mentoring&rdquo;</p>{_ubq_rows(u, collection)}',
              '<meta name="robots" content="noindex">')),
        _page(UBQ, "/about/", _ubq(u, f"About | {UBQ_JOURNAL}", "<h1>About the Journal</h1><h2>Focus and Scope</h2>"
              "<p>Research on professional learning in libraries, archives and information services: continuing "
              "education, communities of practice, mentoring and workplace learning.</p><h2>Peer Review</h2><p>"
              "Double-blind review by two reviewers.</p>")),
        _page(UBQ, "/articles/10.5334/jlpl.150", _ubq(u, f"Page not found | {UBQ_JOURNAL}", "<h1>Page not found</h1>"
              "<p>Sorry, the page you are looking for could not be found.</p>")),
    ]
    return docs


# --- Adobe Experience Manager (core components) -------------------------------------------------------------------

AEM_SITE = "University Libraries | Lakeshore University"
AEM_HOME = "/en/libraries.html"
AEM_GUIDE = WORKS["aem-guide"].path


def _aem(u: U, title: str, template: str, main: str, crumbs: list[tuple[str, str]], head: str = "") -> str:
    nav = [(AEM_HOME, "Libraries"), ("/en/libraries/news.html", "News"), ("/en/libraries/about.html", "About")]
    trail = [(AEM_HOME, "Libraries")] + crumbs
    return (f'<!DOCTYPE HTML><html lang="en"><head><meta charset="UTF-8"><title>{esc(title)} | {AEM_SITE}</title>'
            f'<meta name="template" content="{template}"><meta name="viewport" content="width=device-width, '
            f'initial-scale=1"><link rel="stylesheet" href="/etc.clientlibs/lakeshore/clientlibs/clientlib-site.'
            f'lc-7d1e-lc.min.css" type="text/css">{head}</head><body class="page basicpage" id="page-{zlib.crc32(title.encode()):x}">'
            f'<div class="root container responsivegrid"><div class="cmp-container"><div class="experiencefragment">'
            f'<header class="cmp-experiencefragment cmp-experiencefragment--header"><a class="cmp-image__link" href="'
            f'{u(AEM_HOME)}"><img class="cmp-image__image" src="/content/dam/lakeshore/logo.svg" alt="Lakeshore '
            f'University Libraries"></a><nav class="cmp-navigation" role="navigation" itemscope itemtype="http://'
            f'schema.org/SiteNavigationElement"><ul class="cmp-navigation__group">'
            + "".join(f'<li class="cmp-navigation__item"><a class="cmp-navigation__item-link" href="{u(p)}">{t}</a></li>'
                      for p, t in nav)
            + f'</ul></nav><div class="search"><form class="cmp-search__form" action="{u("/en/search.html")}"><input '
            f'class="cmp-search__input" name="q"></form></div></header></div><div class="breadcrumb"><nav class="cmp-'
            f'breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">'
            + "".join(f'<li class="cmp-breadcrumb__item"><a class="cmp-breadcrumb__item-link" href="{u(p)}"><span '
                      f'itemprop="name">{esc(t)}</span></a></li>' for p, t in trail)
            + f'</ol></nav></div><main class="container responsivegrid">{main}</main><div class="experiencefragment">'
            f'<footer class="cmp-experiencefragment cmp-experiencefragment--footer"><p>&copy; 2025 Lakeshore University'
            f'</p><a href="https://www.instagram.com/lakeshorelibraries/">Instagram</a></footer></div></div></div>'
            f"</body></html>")


def _aem_title(text: str) -> str:
    return f'<div class="title"><div class="cmp-title"><h1 class="cmp-title__text">{esc(text)}</h1></div></div>'


def _aem_list(u: U, works: list[Work]) -> str:
    return ('<div class="list"><ul class="cmp-list">' + "".join(
        f'<li class="cmp-list__item"><article><a class="cmp-list__item-link" href="{u(w.path)}"><span class="cmp-list__'
        f'item-title">{esc(w.title)}</span><span class="cmp-list__item-date">{_long(w.date)}</span></a><span '
        f'class="cmp-list__item-description">{cut(w.paras[0], 140)}</span></article></li>' for w in works)
        + "</ul></div>")


def aem(url: Callable[[str, str], str]) -> list[Doc]:
    u = lambda p: url(AEM, p)  # noqa: E731
    works, cross = [w for w in _on(AEM) if w.kind == "article"], _cross(url)
    news = [w for w in works if "/news/" in w.path]
    staff = [w for w in works if "staff development" in w.tags]
    docs = []
    for w in works:
        link = u(w.path)
        section = ("/en/libraries/news.html", "News") if w in news else ("/en/libraries/about.html", "About")
        ld = _ld({"@context": "https://schema.org", "@type": "NewsArticle" if w in news else "WebPage",
                  "headline": w.title, "datePublished": w.date, "author": {"@type": "Organization", "name": w.author},
                  "publisher": {"@type": "Organization", "name": "Lakeshore University"}})
        head = (f'<meta name="description" content="{esc(w.paras[0][:150])}"><meta property="og:title" content="'
                f'{esc(w.title)}"><meta property="og:type" content="article"><meta property="og:url" content="{link}">'
                f'<meta property="article:published_time" content="{w.date}"><link rel="canonical" href="{link}">{ld}')
        extra = ""
        if _key(w) == "aem-program":
            extra = (f'<div class="download"><div class="cmp-download"><h3 class="cmp-download__title"><a class="cmp-'
                     f'download__title-link" href="{u(AEM_GUIDE)}">Virtual Mentoring Program Guide 2024-25</a></h3>'
                     f'<dl class="cmp-download__properties"><div class="cmp-download__property cmp-download__property'
                     f'--format"><dt>Format</dt><dd>PDF</dd></div></dl><a class="cmp-download__action" href="'
                     f'{u(AEM_GUIDE)}"><span class="cmp-download__action-text">Download</span></a></div></div>'
                     f'<div class="text"><div class="cmp-text"><p>Contact: <a href="'
                     f'{u("/en/libraries/people/aisha-kamara.html")}">Aisha Kamara</a></p></div></div>')
        if _key(w) in cross:
            extra += f'<div class="text"><div class="cmp-text"><p>{cross[_key(w)]}</p></div></div>'
        tags = (f'<div class="cmp-tags"><a href="{u("/en/tags/mentoring.html")}">Mentoring</a></div>'
                if "mentoring" in w.tags or w in staff else "")
        main = (f'{_aem_title(w.title)}<div class="text cmp-text--date"><div class="cmp-text"><p class="date">'
                f'{_long(w.date)}</p></div></div><div class="text"><div class="cmp-text" data-cmp-data-layer="{{}}">'
                f'{ps(w.paras)}</div></div>{extra}{tags}<div class="sharing">{_share(link)}</div>')
        docs.append(_page(AEM, w.path, _aem(u, w.title, "article-page", main, [section, (w.path, w.title)], head)))
    guide = WORKS["aem-guide"]
    docs.append(_page(AEM, AEM_GUIDE, pdf(list(guide.paras)), "application/pdf"))

    def page(path, title, template, main, crumbs, head=""):
        return _page(AEM, path, _aem(u, title, template, main, crumbs,
                                     f'<link rel="canonical" href="{u(path)}">{head}'))

    docs += [
        page(AEM_HOME, "Home", "landing-page", f'{_aem_title("University Libraries")}<div class="text"><div class="cmp-'
             'text"><p>Research help, study spaces and collections for Lakeshore University.</p></div></div>'
             f'<h2 class="cmp-title__text">Latest news</h2>{_aem_list(u, news[:3])}<div class="button"><a class="cmp-'
             f'button" href="{u("/en/libraries/news.html")}"><span class="cmp-button__text">All news</span></a></div>'
             f'<p><a href="{u("/en/search.html?q=mentoring")}">Mentoring at the Libraries</a></p>', []),
        page("/en/libraries/news.html", "News", "listing-page", _aem_title("Libraries News") + _aem_list(u, news)
             + f'<p><a href="{u("/en/libraries/news/topics/staff-development.html")}">Staff development news</a></p>',
             [("/en/libraries/news.html", "News")]),
        page("/en/libraries/news/topics/staff-development.html", "Staff development", "listing-page",
             _aem_title("Staff development") + _aem_list(u, staff) + '<div class="text"><div class="cmp-text"><p>'
             f'Earlier: <a href="{u("/en/libraries/news/2023/peer-mentoring-pilot.html")}">Peer mentoring pilot '
             "(2023)</a></p></div></div>", [("/en/libraries/news.html", "News")]),
        page("/en/tags/mentoring.html", "Mentoring", "tag-page", _aem_title("Tagged: Mentoring")
             + _aem_list(u, [w for w in works if "mentoring" in w.tags or w in staff]), []),
        page("/en/search.html?q=mentoring", "Search", "search-page", _aem_title("Search results")
             + '<div class="cmp-search__results"><p>Results for &ldquo;mentoring&rdquo;</p>'
             + _aem_list(u, [w for w in works if w.grade >= 1]) + "</div>", [],
             '<meta name="robots" content="noindex">'),
        page("/en/libraries/people/aisha-kamara.html", "Aisha Kamara", "profile-page", _aem_title("Aisha Kamara")
             + '<div class="text"><div class="cmp-text"><p class="cmp-profile__title">Associate Dean for '
             "Organizational Development</p><p>Aisha leads staff development, recruitment and the Libraries' "
             "mentoring program. Office: Main Library 412.</p></div></div>", [("/en/libraries/about.html", "About")],
             '<meta property="og:type" content="profile">'),
        page("/en/libraries/about.html", "About the Libraries", "content-page", _aem_title("About the Libraries")
             + '<div class="text"><div class="cmp-text"><p>The University Libraries serve 24,000 students and '
             "3,100 faculty from the Main Library, the Health Sciences Library and the Music Library.</p><h2>Work "
             f'with us</h2><p><a href="{u(WORKS["aem-job"].path)}">Head of Research Services</a></p></div></div>',
             [("/en/libraries/about.html", "About")]),
        page("/en/libraries/news/2023/peer-mentoring-pilot.html", "Page not found", "error-page",
             _aem_title("Page not found") + '<div class="text"><div class="cmp-text"><p>The page you requested could '
             f'not be found. It may have moved. <a href="{u(AEM_HOME)}">Return to the Libraries home page</a>.</p>'
             "</div></div>", []),
    ]
    return docs


# --- a Vimeo-like video site ----------------------------------------------------------------------------------------

VID_SITE = "Vidstream"
VID_USER = "/user81234"
VID_DURATION = {"vid-panel": "PT58M12S", "vid-slack-tour": "PT10M03S", "vid-stopmotion": "PT2M04S",
                "vid-linkedin": "PT1H01M40S"}


def _vid(u: U, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title><meta '
            f'property="og:site_name" content="{VID_SITE}">{head}</head><body class="clip_page"><div id="wrap">'
            f'<header class="topnav_desktop"><a href="{u("/")}" class="topnav_logo">{VID_SITE}</a><nav><a href="'
            f'{u("/categories/education")}">Education</a> <a href="{u("/channels/librarylearning")}">Library learning'
            f'</a></nav><form action="{u("/search")}"><input name="q" type="search"></form></header><main id="main">'
            f'{main}</main><footer class="footer"><a href="https://help.vidstream.tv">Help center</a></footer></div>'
            f"</body></html>")


def _vid_cards(u: U, works: list[Work]) -> str:
    return "".join(f'<div class="iris_video-vital"><a href="{u(w.path)}" class="iris_link-box"><img src="/thumb/'
                   f'{w.path.strip("/")}.jpg" alt=""><h5 class="iris_video-vital__title">{esc(w.title)}</h5></a>'
                   f'<span class="iris_userinfo">{esc(w.author)}</span></div>' for w in works)


def video(url: Callable[[str, str], str]) -> list[Doc]:
    u = lambda p: url(VID, p)  # noqa: E731
    works, cross = _on(VID), _cross(url)
    docs = []
    for w in works:
        link = u(w.path)
        vid = w.path.strip("/")
        owner = (f'<a href="{u(VID_USER)}" class="js-user_link">{esc(w.author)}</a>'
                 if _key(w) == "vid-panel" else f'<span class="clip_owner">{esc(w.author)}</span>')
        ld = _ld([{"@context": "http://schema.org", "@type": "VideoObject", "name": w.title, "url": link,
                   "description": " ".join(w.paras)[:300], "uploadDate": w.date + "T14:02:11-05:00",
                   "duration": VID_DURATION[_key(w)], "thumbnailUrl": f"https://i.vidstream.tv/video/{vid}_640.jpg",
                   "embedUrl": f"https://player.vidstream.tv/video/{vid}", "author": {"@type": "Person",
                                                                                   "name": w.author}}])
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:url" content="{link}">'
                f'<meta property="og:type" content="video.other"><meta property="og:description" content="'
                f'{esc(w.paras[0][:200])}"><meta property="og:video:url" content="https://player.vidstream.tv/video/'
                f'{vid}"><meta property="video:duration" content="{VID_DURATION[_key(w)]}"><link rel="canonical" '
                f'href="{link}">{ld}')
        desc = ps(w.paras) + (f"<p>{cross[_key(w)]}</p>" if _key(w) in cross else "")
        main = (f'<div class="player_area"><div class="player" data-clip-id="{vid}"></div></div><div class="clip_info-'
                f'wrapper"><h1 class="title">{esc(w.title)}</h1><div class="clip_info-subline">{owner} &middot; '
                f'<time datetime="{w.date}">{_short(w.date)}</time></div><div class="description clip_details-'
                f'description" itemprop="description">{desc}</div><div class="share">{_share(link)}</div></div>'
                f'<section class="related"><h4>More from {VID_SITE}</h4>{_vid_cards(u, [x for x in works if x is not w][:2])}'
                f"</section>")
        docs.append(_page(VID, w.path, _vid(u, f"{w.title} on {VID_SITE}", main, head)))
    channel = [w for w in works if _key(w) != "vid-stopmotion"]
    docs += [
        _page(VID, "/", _vid(u, f"{VID_SITE}: video for people who make things", '<h1>Staff picks</h1>'
              + _vid_cards(u, works) + f'<p><a href="{u("/search?q=mentoring")}">Trending: mentoring</a></p>')),
        _page(VID, VID_USER, _vid(u, f"Archives Learning Collective on {VID_SITE}", '<div class="profile"><h1>Archives '
              'Learning Collective</h1><p class="bio">Free online events for archivists.</p><h2>Videos</h2>'
              + _vid_cards(u, [w for w in works if _key(w) == "vid-panel"]) + "</div>",
              '<meta property="og:type" content="profile">')),
        _page(VID, "/channels/librarylearning", _vid(u, f"Library learning on {VID_SITE}", '<h1>Library learning</h1>'
              f'<p>A channel of talks and webinars for library workers.</p>{_vid_cards(u, channel)}<p class="removed">'
              f'<a href="{u("/859000001")}">Mentoring circles: a how-to</a> (removed)</p>')),
        _page(VID, "/categories/education", _vid(u, f"Education videos on {VID_SITE}", "<h1>Education</h1>"
              + _vid_cards(u, works))),
        _page(VID, "/search?q=mentoring", _vid(u, f"Search: mentoring on {VID_SITE}", '<h1>Search results for '
              '&ldquo;mentoring&rdquo;</h1>' + _vid_cards(u, [w for w in works if w.grade >= 2]),
              '<meta name="robots" content="noindex">')),
        _page(VID, "/859000001", _vid(u, f"Page not found on {VID_SITE}", "<h1>Sorry</h1><p>We couldn&rsquo;t find "
              "that page.</p>")),
    ]
    return docs


# --- Gatsby starter blog --------------------------------------------------------------------------------------------

GATS_SITE = "NPG Blog"


def _gats(u: U, title: str, main: str, root: bool, head: str = "") -> str:
    home = (f'<h1 class="main-heading"><a href="{u("/")}">{GATS_SITE}</a></h1>' if root else
            f'<a class="header-link-home" href="{u("/")}">{GATS_SITE}</a>')
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="x-ua-compatible" '
            f'content="ie=edge"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">'
            f'<meta name="generator" content="Gatsby 5.13.3"><title data-gatsby-head="true">{esc(title)}</title>{head}'
            f'</head><body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">'
            f'<div class="global-wrapper" data-is-root-path="{str(root).lower()}"><header class="global-header">{home}'
            f'<nav><a href="{u("/about/")}">About</a> <a href="{u("/tags/mentoring/")}">Mentoring</a> <a href="'
            f'{u("/tags/events/")}">Events</a></nav></header><main>{main}</main><footer>&copy; 2025, Built with '
            f'<a href="https://www.gatsbyjs.com">Gatsby</a></footer></div></div></div></body></html>')


def _gats_meta(title: str, desc: str) -> str:
    return (f'<meta name="description" content="{esc(desc)}" data-gatsby-head="true"><meta property="og:title" '
            f'content="{esc(title)}" data-gatsby-head="true"><meta property="og:description" content="{esc(desc)}" '
            f'data-gatsby-head="true"><meta property="og:type" content="website" data-gatsby-head="true"><meta '
            f'name="twitter:card" content="summary" data-gatsby-head="true"><meta name="twitter:creator" '
            f'content="@npg" data-gatsby-head="true">')


def _gats_list(u: U, works: list[Work]) -> str:
    return ('<ol style="list-style:none">' + "".join(
        f'<li><article class="post-list-item" itemscope itemtype="http://schema.org/Article"><header><h2><a href="'
        f'{u(w.path)}" itemprop="url"><span itemprop="headline">{esc(w.title)}</span></a></h2><small>'
        f'{_date.fromisoformat(w.date).strftime("%B %d, %Y")}</small></header><section><p itemprop="description">'
        f'{cut(w.paras[0], 160)}</p></section></article></li>' for w in works) + "</ol>")


def gatsby(url: Callable[[str, str], str]) -> list[Doc]:
    u = lambda p: url(GATS, p)  # noqa: E731
    works = _on(GATS)
    docs = []
    for n, w in enumerate(works):
        body = ps(w.paras)
        if _key(w) == "gats-pairs":
            body += f'<p>Read about <a href="{u("/e-mentoring-2023/")}">last year&rsquo;s pairs</a>.</p>'
        nav = []
        if n + 1 < len(works):
            nav.append(f'<li><a href="{u(works[n + 1].path)}" rel="prev">&larr; {esc(works[n + 1].title)}</a></li>')
        if n > 0:
            nav.append(f'<li><a href="{u(works[n - 1].path)}" rel="next">{esc(works[n - 1].title)} &rarr;</a></li>')
        tags = " ".join(f'<a href="{u(f"/tags/{t}/")}">{t}</a>' for t in ("mentoring", "events") if t in w.tags)
        main = (f'<article class="blog-post" itemscope itemtype="http://schema.org/Article"><header><h1 '
                f'itemprop="headline">{esc(w.title)}</h1><p>{_date.fromisoformat(w.date).strftime("%B %d, %Y")}</p>'
                f'</header><section itemprop="articleBody">{body}</section>{f"<p>Tags: {tags}</p>" if tags else ""}'
                f'<hr><footer><div class="bio"><p>Written by <strong>{esc(w.author)}</strong>, for the New '
                f'Professionals Group.</p></div></footer></article><nav class="blog-post-nav"><ul style="display:flex;'
                f'flex-wrap:wrap;justify-content:space-between;list-style:none;padding:0">{"".join(nav)}</ul></nav>')
        docs.append(_page(GATS, w.path, _gats(u, f"{w.title} | {GATS_SITE}", main, False,
                                              _gats_meta(w.title, w.paras[0][:150]))))

    def tag(t):
        items = [w for w in works if t in w.tags]
        return _page(GATS, f"/tags/{t}/", _gats(u, f"Tag: {t} | {GATS_SITE}", f'<h1>{len(items)} posts tagged with '
                     f'&ldquo;{t}&rdquo;</h1>{_gats_list(u, items)}', False, _gats_meta(t, f"Posts tagged {t}")))

    docs += [
        _page(GATS, "/", _gats(u, f"All posts | {GATS_SITE}", '<div class="bio"><p>News from the New Professionals '
              "Group of the library association.</p></div>" + _gats_list(u, works[:3])
              + f'<nav><a href="{u("/page/2/")}" rel="next">Older posts &rarr;</a></nav>', True,
              _gats_meta("All posts", "News from the New Professionals Group"))),
        _page(GATS, "/page/2/", _gats(u, f"All posts, page 2 | {GATS_SITE}", _gats_list(u, works[3:])
              + f'<nav><a href="{u("/")}" rel="prev">&larr; Newer posts</a></nav>', False,
              _gats_meta("All posts", "Page 2"))),
        tag("mentoring"), tag("events"),
        _page(GATS, "/about/", _gats(u, f"About | {GATS_SITE}", "<h1>About the group</h1><p>The New Professionals "
              "Group supports members in their first five years: an e-mentoring scheme, events, bursaries and this "
              "blog. Committee members are volunteers elected each spring.</p>", False,
              _gats_meta("About", "About the New Professionals Group"))),
        _page(GATS, "/e-mentoring-2023/", _gats(u, f"404: Not Found | {GATS_SITE}", "<h1>404: Not Found</h1><p>You "
              "just hit a route that doesn&#x27;t exist... the sadness.</p>", False, _gats_meta("404: Not Found", ""))),
    ]
    return docs


# --- the whole web ------------------------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page; ``url(host, path)`` makes the absolute URLs links use."""
    return (wix(url) + squarespace(url) + zola(url) + writefreely(url) + xenforo(url) + akkoma(url) + ubiquity(url)
            + aem(url) + video(url) + gatsby(url))


class LabelledWeb11(ServedWeb):
    """Web 11 (see the module docstring)."""

    HOSTS = HOSTS
    START = {AEM: AEM_HOME}
    FIRST_ADDRESS = 40
    build = staticmethod(build)
