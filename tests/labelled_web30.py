"""Web 30: a held-out labelled web of 103 pages on ten hosts, built from the texts and labels that
:mod:`tests.labelled_text30` committed first. Each host is put together from the (reduced) markup of a platform
no earlier web uses: WordPress's Twenty Twenty-Five block theme, Ghost's Wave podcast theme with Ghost's own
metadata, Posthaven, a Hacker News-like aggregator, a Nabble mailing-list archive, a Redalyc-like journal with
citation_* tags and a PDF, a PMC-like article page with a supplementary PDF, BookStack, Craft CMS with SEOmatic's
metadata, and an ExpressionEngine newsroom (with a soft 404 and a real one)::

    with LabelledWeb30() as web:
        web.seeds, web.hosts_env, web.labels
"""

from __future__ import annotations

import json
import zlib
from datetime import date as _date
from typing import Callable

from tests.labelled_text30 import (BOOK, CRAFT, EE, HOSTS, NABBLE, OTHER, PMC, REVISTA, ROWAN, SHELF, STACK, WAVE,
                                   WORKS, Work)
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

U = Callable[[str], str]


def _long(d: str) -> str:
    return _date.fromisoformat(d).strftime("%B %-d, %Y")


def _work(w: Work, body: str | bytes, content_type: str = "text/html; charset=utf-8") -> Doc:
    return Doc(w.host, w.path, w.kind, w.grade, body.encode() if isinstance(body, str) else body, content_type)


def _page(host: str, path: str, kind: str, body: str, status: int = 200) -> Doc:
    return Doc(host, path, kind, 0, body.encode(), status=status)


def _of(host: str) -> list[Work]:
    return [w for w in WORKS.values() if w.host == host]


def _newest(host: str) -> list[Work]:
    return sorted(_of(host), key=lambda w: w.date, reverse=True)


def _id(s: str, n: int = 900) -> int:
    return zlib.crc32(s.encode()) % n + 100


def _ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


# --- shelfnotes.example: WordPress 6.8, Twenty Twenty-Five (a block theme, core metadata only) ------------------------

SHELF_NAME = "Shelf Notes"
PLN_PAGE = "/books/new-professionals-handbook/page/building-your-professional-learning-network"
TT5_CSS = "/wp-content/themes/twentytwentyfive/style.css?ver=1.2"
SHELF_TAGGED = {"shelf-tenure", "shelf-slack-circle", "shelf-listserv", "shelf-twelve-years"}


def _tt5(u: U, title: str, body_class: str, main: str, canonical: str | None = None, head: str = "") -> str:
    nav = "".join(f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__'
                  f'content" href="{u(p)}"><span class="wp-block-navigation-item__label">{t}</span></a></li>'
                  for p, t in (("/about/", "About"), ("/category/career/", "Career"), ("/contact/", "Contact")))
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><meta name="robots" content="max-image-preview:large">'
            f"<title>{esc(title)}</title>"
            f'<link rel="alternate" type="application/rss+xml" title="{SHELF_NAME} &raquo; Feed" href="{u("/feed/")}">'
            f'<link rel="stylesheet" id="twentytwentyfive-style-css" href="{u(TT5_CSS)}" '
            f'media="all"><link rel="https://api.w.org/" href="{u("/wp-json/")}">'
            f'<meta name="generator" content="WordPress 6.8.1">'
            + (f'<link rel="canonical" href="{canonical}">' if canonical else "") + head +
            f'</head><body class="{body_class} wp-embed-responsive"><div class="wp-site-blocks">'
            f'<header class="wp-block-template-part"><div class="wp-block-group alignfull is-layout-flow">'
            f'<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex">'
            f'<p class="wp-block-site-title"><a href="{u("/")}" target="_self" rel="home">{SHELF_NAME}</a></p>'
            f'<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Header '
            f'navigation"><ul class="wp-block-navigation__container">{nav}</ul></nav></div></div></header>'
            f'<main class="wp-block-group has-global-padding is-layout-constrained" style="margin-top:var(--wp--preset'
            f'--spacing--60)">{main}</main>'
            f'<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding">'
            f'<form role="search" method="get" action="{u("/")}" class="wp-block-search__button-outside wp-block-'
            f'search"><label class="wp-block-search__label" for="wp-block-search__input-1">Search</label><input '
            f'class="wp-block-search__input" id="wp-block-search__input-1" type="search" name="s" required>'
            f'<button class="wp-block-search__button" type="submit">Search</button></form>'
            f'<p class="has-small-font-size">Notes on academic librarianship, careers and the people who help us '
            f'along. <a href="{u("/?s=mentor")}">Posts about mentors</a>.</p>'
            f'<p class="has-small-font-size">Designed with <a href="https://wordpress.org" rel="nofollow">WordPress'
            f"</a></p></div></footer></div></body></html>")


def _tt5_query(u: U, works: list[Work]) -> str:
    items = "".join(
        f'<li class="wp-block-post post-{_id(w.path) % 900 + 100} post type-post status-publish format-standard '
        f'hentry category-career"><h2 class="wp-block-post-title has-x-large-font-size"><a href="{u(w.path)}" '
        f'target="_self">{esc(w.title)}</a></h2><div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__'
        f'excerpt">{cut(w.paras[0], 160)}</p></div><div class="wp-block-post-date"><time datetime="{w.date}T08:30:00'
        f'+00:00"><a href="{u(w.path)}">{_long(w.date)}</a></time></div></li>' for w in works)
    return f'<div class="wp-block-query alignfull is-layout-flow"><ul class="wp-block-post-template">{items}</ul>'


def shelf(url) -> list[Doc]:
    def u(p):
        return url(SHELF, p)

    works = _newest(SHELF)
    docs = []
    for w in works:
        tags = (f'<div class="taxonomy-post_tag wp-block-post-terms"><a href="{u("/tag/mentoring/")}" rel="tag">'
                f"mentoring</a></div>" if any(WORKS[k] is w for k in SHELF_TAGGED) else "")
        extra = ""
        if WORKS["shelf-twelve-years"] is w:
            extra = (f'<p>If you are new: the handbook page on <a href="{url(BOOK, PLN_PAGE)}">building a learning '
                     f'network</a> is a good start. Last year&rsquo;s <a href="{u("/2024/11/conference-roundup/")}">'
                     f"conference roundup</a> has more.</p>")
        main = (f'<div class="wp-block-group alignfull has-global-padding is-layout-constrained">'
                f'<h1 class="wp-block-post-title">{esc(w.title)}</h1><div class="wp-block-group is-layout-flex">'
                f'<div class="wp-block-post-date"><time datetime="{w.date}T08:30:00+00:00">{_long(w.date)}</time>'
                f'</div><div class="wp-block-post-author-name">by <a href="{u("/author/rhea/")}" target="_self" '
                f'class="wp-block-post-author-name__link">{esc(w.author)}</a></div><div class="taxonomy-category '
                f'wp-block-post-terms"><a href="{u("/category/career/")}" rel="tag">Career</a></div></div></div>'
                f'<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">'
                f"{ps(w.paras)}{extra}</div>{tags}"
                f'<nav class="wp-block-group alignwide is-layout-flex" aria-label="Post navigation"><div class="post-'
                f'navigation-link-previous wp-block-post-navigation-link"><a href="{u("/")}" rel="prev">All posts</a>'
                f"</div></nav>")
        docs.append(_work(w, _tt5(u, f"{w.title} &#8211; {SHELF_NAME}", "post-template-default single single-post "
                                     "single-format-standard", main, u(w.path),
                                  f'<link rel="shortlink" href="{u("/?p=" + str(_id(w.path) % 900 + 100))}">')))

    def listing(path, kind, heading, ws, body_class, paged=None):
        head = f'<h1 class="wp-block-query-title">{heading}</h1>' if heading else ""
        pager = (f'<nav class="wp-block-query-pagination is-layout-flex" aria-label="Pagination"><a href="{u(paged)}" '
                 f'class="wp-block-query-pagination-next">Older Posts</a></nav>' if paged else "")
        title = (heading.replace("<span>", "").replace("</span>", "") + " &#8211; " if heading else "") + SHELF_NAME
        return _page(SHELF, path, kind, _tt5(u, title, body_class, head + _tt5_query(u, ws) + pager + "</div>",
                                             u(path)))

    tagged = [w for w in works if any(WORKS[k] is w for k in SHELF_TAGGED)]
    docs += [
        listing("/", "home", None, works[:4], "home blog", "/page/2/"),
        listing("/page/2/", "listing", None, works[4:], "home blog paged paged-2"),
        listing("/category/career/", "category", "Category: <span>Career</span>", works, "archive category "
                "category-career"),
        listing("/tag/mentoring/", "tag", "Tag: <span>mentoring</span>", tagged, "archive tag tag-mentoring"),
        listing("/?s=mentor", "search", "Search results for: &ldquo;mentor&rdquo;",
                tagged + [WORKS["shelf-assessment"]],
                "search search-results"),
        listing("/author/rhea/", "profile", "Author: <span>Rhea Okafor</span>", works, "archive author author-rhea"),
        _page(SHELF, "/about/", "about", _tt5(u, f"About &#8211; {SHELF_NAME}", "page-template-default page", (
            '<h1 class="wp-block-post-title">About</h1><div class="entry-content wp-block-post-content">'
            "<p>I am Rhea Okafor, head of research and instruction at a mid-sized university library. I write here "
            "about teaching, assessment, the odd collection project and the colleagues who taught me the job.</p>"
            f'<p>Say hello on the <a href="{u("/contact/")}">contact page</a>.</p></div>'), u("/about/"))),
        _page(SHELF, "/contact/", "contact", _tt5(u, f"Contact &#8211; {SHELF_NAME}", "page-template-default page", (
            '<h1 class="wp-block-post-title">Contact</h1><div class="entry-content wp-block-post-content">'
            "<p>Email works best: rhea at this domain. I answer within a week, usually.</p></div>"), u("/contact/"))),
        _page(SHELF, "/2024/11/conference-roundup/", "error", _tt5(u, f"Page not found &#8211; {SHELF_NAME}",
              "error404", '<h1 class="wp-block-heading has-text-align-left">Page not found</h1><p>The page you are '
              "looking for doesn&rsquo;t exist, or it has been moved. Please try searching using the form below.</p>"),
              status=404),
    ]
    return docs


# --- quietstacks.example: Ghost 5 with the Wave (podcast) theme and Ghost's own metadata ------------------------------

WAVE_NAME = "Quiet Stacks"
WAVE_EPISODES = {"wave-letters", "wave-backlog", "wave-floods", "wave-who-answered"}


def _wave(u: U, title: str, body_class: str, main: str, head: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" '
            f'content="IE=edge"><title>{esc(title)}</title><meta name="HandheldFriendly" content="True">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0">'
            f'<link rel="stylesheet" type="text/css" href="{u("/assets/built/screen.css?v=3b2a1c")}">{head}'
            f'<meta name="generator" content="Ghost 5.96"><link rel="alternate" type="application/rss+xml" '
            f'title="{WAVE_NAME}" href="{u("/rss/")}"></head><body class="{body_class}"><div class="site">'
            f'<header class="site-header"><div class="header-inner container"><div class="header-logo">'
            f'<a class="logo-text" href="{u("/")}">{WAVE_NAME}</a></div><nav class="main-menu hidden-xs hidden-sm">'
            f'<ul class="nav"><li class="nav-home"><a href="{u("/")}">Home</a></li><li class="nav-episodes"><a '
            f'href="{u("/tag/episodes/")}">Episodes</a></li><li class="nav-about"><a href="{u("/about/")}">About</a>'
            f'</li></ul></nav><div class="header-actions"><a class="header-action-item subscribe-button" '
            f'href="#/portal/signup" rel="nofollow">Subscribe</a></div></div></header>'
            f'<div class="site-content">{main}</div><footer class="site-footer"><div class="container">'
            f'<div class="footer-inner"><div class="copyright">&copy; 2024 {WAVE_NAME}</div><div class="powered-by">'
            f'Published with <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div>'
            f"</div></footer></div></body></html>")


def _wave_head(u: U, title: str, url: str, og_type: str, ld: dict, desc: str, extra: str = "") -> str:
    return (f'<link rel="canonical" href="{url}"><meta name="description" content="{esc(desc)}">'
            f'<meta property="og:site_name" content="{WAVE_NAME}"><meta property="og:type" content="{og_type}">'
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:description" content="{esc(desc)}">'
            f'<meta property="og:url" content="{url}">{extra}<meta name="twitter:card" content="summary_large_image">'
            f'<meta name="twitter:title" content="{esc(title)}">{_ld(ld)}')


def _wave_feed(u: U, works: list[Work]) -> str:
    return "<div class=\"post-feed\">" + "".join(
        f'<article class="feed post{" tag-episodes" if any(WORKS[k] is w for k in WAVE_EPISODES) else ""}">'
        f'<div class="feed-calendar"><div class="feed-calendar-month">{_date.fromisoformat(w.date):%b}</div>'
        f'<div class="feed-calendar-day">{_date.fromisoformat(w.date).day}</div></div><div class="feed-wrapper">'
        f'<h2 class="feed-title">{esc(w.title)}</h2><div class="feed-excerpt">{cut(w.paras[0], 140)}</div></div>'
        f'<a class="u-permalink" href="{u(w.path)}" aria-label="{esc(w.title)}"></a></article>'
        for w in works) + "</div>"


def wave(url) -> list[Doc]:
    def u(p):
        return url(WAVE, p)

    works = _newest(WAVE)
    author = {"@type": "Person", "name": "Walt Brennan", "url": u("/author/walt/"), "sameAs": []}
    publisher = {"@type": "Organization", "name": WAVE_NAME, "url": u("/"),
                 "logo": {"@type": "ImageObject", "url": u("/favicon.ico")}}
    docs = []
    for w in works:
        ep = any(WORKS[k] is w for k in WAVE_EPISODES)
        ld = {"@context": "https://schema.org", "@type": "Article", "publisher": publisher, "author": author,
              "headline": w.title, "url": u(w.path), "datePublished": w.date + "T09:00:00.000Z",
              "dateModified": w.date + "T09:00:00.000Z", "keywords": "Episodes" if ep else "",
              "description": w.paras[0][:200], "mainEntityOfPage": u(w.path)}
        extra = (f'<meta property="article:published_time" content="{w.date}T09:00:00.000Z">'
                 f'<meta property="article:modified_time" content="{w.date}T09:00:00.000Z">'
                 + ('<meta property="article:tag" content="Episodes">' if ep else ""))
        tag = (f'<span class="single-meta-item single-meta-tag"><a class="post-tag post-tag-episodes" '
               f'href="{u("/tag/episodes/")}">Episodes</a></span>' if ep else "")
        player = ('<figure class="kg-card kg-audio-card"><div class="kg-audio-player-container"><audio '
                  'src="/content/media/2024/episode.mp3" preload="metadata"></audio><div class="kg-audio-title">'
                  f"{esc(w.title)}</div></div></figure>" if ep else "")
        main = (f'<main class="site-main"><article class="single post{" tag-episodes" if ep else ""}">'
                f'<header class="single-header"><div class="single-meta"><span class="single-meta-item single-meta-'
                f'date"><time datetime="{w.date}">{_date.fromisoformat(w.date):%b %-d, %Y}</time></span>{tag}</div>'
                f'<h1 class="single-title">{esc(w.title)}</h1></header><div class="single-content gh-content '
                f'gh-canvas">{player}{ps(w.paras)}</div><footer class="single-footer"><div class="author-card">'
                f'<a href="{u("/author/walt/")}">Walt Brennan</a></div></footer></article></main>')
        docs.append(_work(w, _wave(u, w.title, f"post-template{' tag-episodes' if ep else ''}", main,
                                   _wave_head(u, w.title, u(w.path), "article", ld, w.paras[0][:150], extra))))

    def listing(path, kind, title, heading, ws, body_class, ld_type, next_page=None, og="website"):
        pager = (f'<nav class="load-more"><a class="older-posts button button-secondary" href="{u(next_page)}">'
                 f"Older episodes</a></nav>" if next_page else "")
        head = f'<header class="term"><h1 class="term-name">{heading}</h1></header>' if heading else ""
        ld = {"@context": "https://schema.org", "@type": ld_type, "url": u(path), "name": title, "publisher": publisher}
        return _page(WAVE, path, kind, _wave(u, title, body_class, f'<main class="site-main">{head}'
                                                                   f'{_wave_feed(u, ws)}{pager}</main>',
                                             _wave_head(u, title, u(path), og, ld, "Conversations and letters from a "
                                                        "retired archivist.")))

    episodes = [w for w in works if any(WORKS[k] is w for k in WAVE_EPISODES)]
    docs += [
        listing("/", "home", WAVE_NAME, None, works[:3], "home-template", "WebSite", "/page/2/"),
        listing("/page/2/", "listing", f"{WAVE_NAME} (Page 2)", None, works[3:], "paged archive-template", "WebSite"),
        listing("/tag/episodes/", "tag", f"Episodes - {WAVE_NAME}", "Episodes", episodes, "tag-template tag-episodes",
                "Series"),
        listing("/author/walt/", "profile", f"Walt Brennan - {WAVE_NAME}", "Walt Brennan", works,
                "author-template author-walt", "Person", og="profile"),
    ]
    about = ('<main class="site-main"><article class="single page"><header class="single-header"><h1 class="single-'
             'title">About</h1></header><div class="single-content gh-content gh-canvas"><p>Forty years in archives, '
             "now retired to a garden and a microphone. Every other week: stories from the stacks, and answers to "
             "your letters.</p><p>The listeners' Discord is run by volunteers; ask in the newsletter for an invite."
             "</p></div></article></main>")
    docs.append(_page(WAVE, "/about/", "about", _wave(u, f"About - {WAVE_NAME}", "page-template page-about", about,
                                                     _wave_head(u, "About", u("/about/"), "website",
                                                                {"@context": "https://schema.org", "@type": "Article",
                                                                 "headline": "About", "url": u("/about/"),
                                                                 "publisher": publisher}, "About the show"))))
    return docs


# --- rowan.example: Posthaven --------------------------------------------------------------------------------------

ROWAN_NAME = "Priya Reads the Stacks"
ROWAN_TAGGED = {"rowan-bluesky", "rowan-cataloging", "rowan-internship", "rowan-linkedin"}


def _posthaven(u: U, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}'
            f'<link rel="alternate" type="application/atom+xml" title="{ROWAN_NAME}" href="{u("/posts.atom")}">'
            f'<link href="https://phthemes.example/assets/application.css" media="screen" rel="stylesheet"></head>'
            f'<body class="theme-default"><div id="wrapper"><header id="header"><h1 class="site-title"><a '
            f'href="{u("/")}">{ROWAN_NAME}</a></h1><p class="site-description">library school, one soup at a time'
            f'</p></header><div id="posts">{main}</div><footer id="footer"><p class="powered-by"><a '
            f'href="https://posthaven.com" rel="nofollow">Posthaven</a></p><p><a href="{u("/tag/mlis")}">#mlis</a>'
            f"</p></footer></div></body></html>")


def _ph_post(u: U, w: Work, full: bool) -> str:
    tags = (f'<div class="tags"><span class="label">Tags:</span> <a href="{u("/tag/mlis")}" class="tag">mlis</a>'
            f"</div>" if any(WORKS[k] is w for k in ROWAN_TAGGED) else "")
    body = ps(w.paras) if full else f"<p>{cut(w.paras[0], 200)}</p>"
    head = (f'<h2 class="post-title">{esc(w.title)}</h2>' if full else
            f'<h2 class="post-title"><a href="{u(w.path)}">{esc(w.title)}</a></h2>')
    return (f'<article class="post" id="post_{_id(w.path, 9000)}"><header>{head}<div class="post-date"><a '
            f'href="{u(w.path)}"><time datetime="{w.date}T14:00:00Z">{_long(w.date)}</time></a></div></header>'
            f'<div class="post-body">{body}</div><footer class="post-footer">{tags}</footer></article>')


def rowan(url) -> list[Doc]:
    def u(p):
        return url(ROWAN, p)

    works = _newest(ROWAN)
    docs = [_work(w, _posthaven(u, f"{w.title} - {ROWAN_NAME}", _ph_post(u, w, True) +
                                f'<nav class="post-nav"><a href="{u("/")}">&larr; all posts</a></nav>',
                                f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" '
                                f'content="article"><meta property="og:url" content="{u(w.path)}"><meta '
                                f'property="og:description" content="{esc(w.paras[0][:160])}">'))
            for w in works]
    tagged = [w for w in works if any(WORKS[k] is w for k in ROWAN_TAGGED)]
    docs += [
        _page(ROWAN, "/", "home", _posthaven(u, ROWAN_NAME, "".join(_ph_post(u, w, False) for w in works[:3])
                                             + f'<nav class="pagination"><a href="{u("/?page=2")}" class="next">Older '
                                               "posts &rarr;</a></nav>")),
        _page(ROWAN, "/?page=2", "listing", _posthaven(u, f"{ROWAN_NAME} - page 2", "".join(
            _ph_post(u, w, False) for w in works[3:]) + f'<nav class="pagination"><a href="{u("/")}" class="prev">'
                                                        "&larr; Newer posts</a></nav>")),
        _page(ROWAN, "/tag/mlis", "tag", _posthaven(u, f"Posts tagged mlis - {ROWAN_NAME}",
                                                    '<h2 class="tag-title">Posts tagged mlis</h2>'
                                                    + "".join(_ph_post(u, w, False) for w in tagged))),
    ]
    return docs


# --- stacknews.example: a Hacker News-like aggregator (table markup, relative links) ----------------------------------

STACK_NAME = "Stack News"
STACK_PROFILES = {"bibliomancer": ("2016-04-02", 4312, "Law librarian. Lurker since the dial-up days."),
                  "lindenb": ("2019-09-17", 1208, "Public library branch manager; helps run a Discord for library "
                                                  "staff.")}
STACK_POINTS = {"stack-ask-solo": 142, "stack-marc": 88, "stack-discord-network": 210, "stack-oss-mentoring": 301,
                "stack-fines": 77, "stack-slack-communities": 65}


def _hn(u: U, title: str, main: str) -> str:
    return (f'<html lang="en" op="news"><head><meta name="referrer" content="origin"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" '
            f'href="news.css?x1"><title>{esc(title)}</title></head><body><center><table id="hnmain" border="0" '
            f'cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef"><tr><td bgcolor="#3c6e71"><table '
            f'border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr><td style="line-height:'
            f'12pt; height:10px;"><span class="pagetop"><b class="hnname"><a href="{u("/")}">{STACK_NAME}</a></b> '
            f'<a href="newest">new</a> | <a href="newsguidelines.html">guidelines</a></span></td><td '
            f'style="text-align:right;padding-right:4px;"><span class="pagetop"><a href="login?goto=news" '
            f'rel="nofollow">login</a></span></td></tr></table></td></tr><tr id="pagespace" title="" '
            f'style="height:10px"></tr><tr><td>{main}</td></tr><tr><td><table width="100%" cellspacing="0" '
            f'cellpadding="1"><tr><td bgcolor="#3c6e71"></td></tr></table><br><center><span class="yclinks"><a '
            f'href="newsguidelines.html">Guidelines</a> | <a href="https://github.example/stacknews" rel="nofollow">'
            f'Source</a></span><br><br><form method="get" action="//search.stacknews.invalid/">Search: <input '
            f'type="text" name="q" size="17"></form></center></td></tr></table></center></body></html>')


def _hn_user(name: str) -> str:
    rel = "" if name in STACK_PROFILES else ' rel="nofollow"'
    return f'<a href="user?id={name}" class="hnuser"{rel}>{esc(name)}</a>'


def _hn_row(w: Work, rank: int | None, link: bool = True) -> str:
    item = w.path.split("=")[1]
    outside = w.title.startswith(("Librarians built", "Mentoring new open", "County library"))
    href = f"https://news.{item}.example.org/story" if outside else f"item?id={item}"
    site = ' <span class="sitebit comhead"> (<span class="sitestr">example.org</span>)</span>' if outside else ""
    n = STACK_POINTS.get(next(k for k, v in WORKS.items() if v is w), 10)
    return (f'<tr class="athing submission" id="{item}"><td align="right" valign="top" class="title"><span '
            f'class="rank">{f"{rank}." if rank else ""}</span></td><td valign="top" class="votelinks"><center><a '
            f'id="up_{item}" href="vote?id={item}&amp;how=up&amp;goto=news" rel="nofollow"><div class="votearrow" '
            f'title="upvote"></div></a></center></td><td class="title"><span class="titleline"><a href="{href}">'
            f'{esc(w.title)}</a>{site}</span></td></tr><tr><td colspan="2"></td><td class="subtext"><span '
            f'class="subline"><span class="score" id="score_{item}">{n} points</span> by {_hn_user(w.author)} <span '
            f'class="age" title="{w.date}T15:04:11 {int(_date.fromisoformat(w.date).strftime("%s")) + 54251}"><a '
            f'href="item?id={item}">on {_date.fromisoformat(w.date):%b %-d, %Y}</a></span> | <a '
            f'href="item?id={item}">{len(w.paras) - 1}&nbsp;comments</a></span></td></tr>'
            f'<tr class="spacer" style="height:5px"></tr>')


def stack(url) -> list[Doc]:
    def u(p):
        return url(STACK, p)

    works = _newest(STACK)
    docs = []
    for w in works:
        item = w.path.split("=")[1]
        asks = w.title.startswith(("Ask SN", "Show SN"))
        top = f'<div class="toptext">{esc(w.paras[0])}</div>' if asks else ""
        comments = [] if asks else [(w.author, w.paras[0])]
        comments += [tuple(p.split(": ", 1)) for p in w.paras[1:]]
        tree = "".join(
            f'<tr class="athing comtr" id="{int(item) + i + 1}"><td><table border="0"><tr><td class="ind" '
            f'indent="{int(bool(i) and name == w.author)}"><img src="s.gif" height="1" '
            f'width="{40 * int(bool(i) and name == w.author)}"></td><td valign="top" class="votelinks"></td>'
            f'<td class="default"><div '
            f'style="margin-top:2px; margin-bottom:-10px;"><span class="comhead">{_hn_user(name)} <span class="age">'
            f'<a href="item?id={item}">on {_date.fromisoformat(w.date):%b %-d, %Y}</a></span></span></div><br><div '
            f'class="comment"><div class="commtext c00">{esc(text)}</div></div></td></tr></table></td></tr>'
            for i, (name, text) in enumerate(comments))
        main = (f'<table class="fatitem" border="0">{_hn_row(w, None)}<tr><td colspan="2"></td><td>{top}</td></tr>'
                f'</table><br><br><table border="0" class="comment-tree">{tree}</table>')
        docs.append(_work(w, _hn(u, f"{w.title} | {STACK_NAME}", main)))
    rows = "".join(_hn_row(w, i + 1) for i, w in enumerate(sorted(works, key=lambda w: -STACK_POINTS[
        next(k for k, v in WORKS.items() if v is w)])))
    docs.append(_page(STACK, "/", "home", _hn(u, STACK_NAME, f'<table border="0" cellpadding="0" cellspacing="0">'
                                                            f"{rows}</table>")))
    newest = "".join(_hn_row(w, i + 1) for i, w in enumerate(works))
    docs.append(_page(STACK, "/newest", "listing", _hn(u, f"New Links | {STACK_NAME}", f'<table border="0" '
                                                       f'cellpadding="0" cellspacing="0">{newest}</table>')))
    docs.append(_page(STACK, "/newsguidelines.html", "about", _hn(u, f"{STACK_NAME} Guidelines", (
        '<table width="500"><tr><td><b>What to Submit</b><p>On-Topic: anything that people who run libraries, '
        "archives and their systems would find interesting.</p><b>In Comments</b><p>Be kind. Don't snipe. Assume "
        "good faith.</p><p>Moderators: "
        + " ".join(_hn_user(n) for n in STACK_PROFILES) + "</p></td></tr></table>"))))
    for name, (created, karma, about) in STACK_PROFILES.items():
        subs = "".join(f'<li><a href="{w.path.lstrip("/")}">{esc(w.title)}</a></li>' for w in works
                       if w.author == name or any(p.startswith(name + ":") for p in w.paras))
        docs.append(_page(STACK, f"/user?id={name}", "profile", _hn(u, f"Profile: {name} | {STACK_NAME}", (
            f'<table border="0"><tr class="athing"><td valign="top">user:</td><td><a href="user?id={name}" '
            f'class="hnuser">{name}</a></td></tr><tr><td valign="top">created:</td><td><a href="newest">{created}</a>'
            f'</td></tr><tr><td valign="top">karma:</td><td>{karma}</td></tr><tr><td valign="top">about:</td><td '
            f'style="overflow:hidden;">{esc(about)}</td></tr><tr><td></td><td><ul>{subs}</ul></td></tr></table>'))))
    return docs


# --- archnet.example: a Nabble archive of a mailing list (classic Nabble markup) --------------------------------------

LIST = "ARCHNET-L"
NABBLE_SUB = {"nabble-call-mentors", "nabble-coffee-hours"}
DANA = "/template/NamlServlet.jtp?macro=user_nodes&user=812"
NABBLE_SEARCH = "/template/NamlServlet.jtp?macro=search_page&node=3&query=mentoring"


def _nabble(u: U, title: str, crumbs: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><title>{esc(title)}</title><meta name="viewport" '
            f'content="width=device-width,initial-scale=1.0">{head}<link rel="stylesheet" '
            f'href="/template/NamlServlet.jtp?macro=nabble_css" type="text/css"><script src="/util/nabbledropdown-'
            f'2.4.1.js" type="text/javascript"></script></head><body><div class="nabble macro_classic_forum_topic" '
            f'id="nabble"><div class="top-bar"><div class="breadcrumbs" style="float:left"><span '
            f'class="breadcrumbs-link"><a href="{u("/")}">{LIST}</a></span>{crumbs}</div><div style="float:right">'
            f'<form action="{u("/template/NamlServlet.jtp")}" method="get"><input type="hidden" name="macro" '
            f'value="search_page"><input type="hidden" name="node" value="3"><input name="query" size="18">'
            f'<input type="submit" value="Search"></form></div></div>{main}<table class="footer-table shaded-bg-color"'
            f' width="100%"><tr><td class="footer-left weak-color"><a href="http://nabble.example/" rel="nofollow">'
            f'Powered by Nabble</a></td><td class="footer-right"><a href="{u("/Mentoring-Program-f7.html")}">'
            f'Mentoring Program</a> | <a href="{esc(u(NABBLE_SEARCH))}">Mentoring threads</a></td></tr></table></div>'
            f"</body></html>")


def _nabble_posts(w: Work) -> list[tuple[str, str]]:
    posts = [(w.author, " ".join(p for p in w.paras if not p.startswith("Re:")))]
    for p in w.paras:
        if p.startswith("Re:"):
            text, _, who = p[3:].rpartition(" -- ")
            posts.append((who.strip(), text.strip()))
    return posts


def _nabble_rows(u: U, ws: list[Work]) -> str:
    return "".join(
        f'<tr class="classic-row"><td class="classic-subject-line"><span class="post-subject"><a href="{u(w.path)}" '
        f'id="a{_id(w.path, 9000)}">{esc(w.title)}</a></span></td><td class="classic-author-name nowrap"><span '
        f'class="author-name">{esc(w.author)}</span></td><td class="classic-reply weak-color">'
        f"{len(_nabble_posts(w)) - 1}</td><td class=\"classic-date nowrap\">{_long(w.date)}</td></tr>" for w in ws)


def nabble(url) -> list[Doc]:
    def u(p):
        return url(NABBLE, p)

    works = _newest(NABBLE)
    docs = []
    for w in works:
        sub = any(WORKS[k] is w for k in NABBLE_SUB)
        crumbs = (f' &rsaquo; <span class="breadcrumbs-link"><a href="{u("/Mentoring-Program-f7.html")}">Mentoring '
                  f"Program</a></span>" if sub else "")
        rows = "".join(
            f'<div class="classic-row" id="post-{_id(w.path + str(i), 90000)}"><table class="classic-header '
            f'shaded-bg-color"><tr><td class="classic-author-name"><b>'
            + (f'<a href="{esc(u(DANA))}">{esc(who)}</a>' if who == "Dana Whitfield" else f"<span>{esc(who)}</span>")
            + f'</b></td><td class="classic-date nowrap weak-color">{_long(w.date)}</td></tr></table>'
            f'<div class="message-text adbayes-content">'
            f'{"" if i == 0 else "<p>In reply to this post by " + esc(w.author) + "</p>"}'
            f'<p>{esc(text)}</p></div></div>' for i, (who, text) in enumerate(_nabble_posts(w)))
        main = (f'<h1 id="post-title" class="adbayes-content">{esc(w.title)}</h1><div class="post-count weak-color">'
                f"{len(_nabble_posts(w))} messages</div><div id=\"topic-search-box\"></div>"
                f'<div class="classic-table">{rows}</div>')
        desc = esc(w.paras[0][:150])
        docs.append(_work(w, _nabble(u, f"{LIST} - {w.title}", crumbs + f' &rsaquo; <span class="breadcrumbs-'
                                     f'link">{esc(w.title)}</span>', main, f'<meta name="description" content="{desc}">'
                                     f'<meta name="keywords" content="{LIST}, {esc(w.title)}"><link '
                                     f'rel="canonical" href="{u(w.path)}">')))
    table = ('<table class="main medium-border-color" width="100%"><tr class="shaded-bg-color"><th>Topics</th><th>'
             "Author</th><th>Replies</th><th>Last post</th></tr>")
    sub = [w for w in works if any(WORKS[k] is w for k in NABBLE_SUB)]
    docs += [
        _page(NABBLE, "/", "home", _nabble(u, LIST, "", (
            f'<h1 class="forum-title">{LIST}</h1><div class="description">An open list for archivists, records '
            f'managers and students. This is its archive.</div><table class="main"><tr><td class="sub-forum">'
            f'<a href="{u("/Mentoring-Program-f7.html")}">Mentoring Program</a> &mdash; announcements of the list\'s '
            f"mentoring program</td></tr></table>{table}{_nabble_rows(u, works)}</table>"),
            f'<meta name="description" content="{LIST} archive">')),
        _page(NABBLE, "/Mentoring-Program-f7.html", "category", _nabble(
            u, f"{LIST} - Mentoring Program", ' &rsaquo; <span class="breadcrumbs-link">Mentoring Program</span>',
            f'<h1 class="forum-title">Mentoring Program</h1>{table}{_nabble_rows(u, sub)}</table>')),
        _page(NABBLE, DANA, "profile", _nabble(u, f"{LIST} - Dana Whitfield", "", (
            f'<div class="avatar-box"><h1>Dana Whitfield</h1><div class="weak-color">Membership committee chair; '
            f'{sum(w.author == "Dana Whitfield" for w in works)} posts</div></div><h2>Posts by Dana Whitfield</h2>'
            f'{table}{_nabble_rows(u, [w for w in works if w.author == "Dana Whitfield"])}</table>'))),
        _page(NABBLE, "/template/NamlServlet.jtp?macro=search_page&node=3&query=mentoring", "search", _nabble(
            u, f"{LIST} - Search: mentoring", "", (
                f'<h1>Search results for &quot;mentoring&quot; in {LIST}</h1><div class="weak-color">Results 1 - '
                f'{len(works) - 1}</div>{table}'
                f'{_nabble_rows(u, [w for w in works if "entor" in " ".join(w.paras)])}</table>'))),
    ]
    return docs


# --- revistabib.example: a Redalyc-like journal (HTML from JATS, citation_* tags, a PDF) ------------------------------

JOURNAL = "Revista Interamericana de Bibliotecología y Archivística"
ISSN = "2145-8712"


def _redalyc(u: U, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}<link rel="stylesheet" '
            f'href="{u("/journal/css/visor.css")}"></head><body><header class="header-redalyc"><div class="logo"><a '
            f'href="{u("/")}">Red de Revistas Científicas · Sistema de Información Científica</a></div><nav '
            f'class="menu-principal"><a href="{u("/revista.oa?id=2630")}">{esc(JOURNAL)}</a> | <a '
            f'href="{u("/journal/2630/")}">Números</a> | <form action="{u("/busquedaArticuloFiltros.oa")}" '
            f'method="get" class="buscador"><input name="q" placeholder="Buscar"><button>Buscar</button></form></nav>'
            f'</header><div class="container">{main}</div><footer class="footer"><p>Proyecto académico sin fines de '
            f"lucro, desarrollado bajo la iniciativa de acceso abierto</p></footer></body></html>")


def _article_id(w: Work) -> str:
    return w.path.rstrip("/").split("/")[3].split(".")[0]


def revista(url) -> list[Doc]:
    def u(p):
        return url(REVISTA, p)

    works = sorted(_of(REVISTA), key=_article_id)
    docs = []
    for n, w in enumerate(works, 1):
        vol, issue = ("47", "1") if w.date < "2024-09-01" else ("47", "2")
        if w.kind == "document":
            docs.append(_work(w, pdf([w.title, w.author, f"{JOURNAL}, vol. {vol}, num. {issue}, {w.date[:4]}",
                                      "", *w.paras[1:]]), "application/pdf"))
            continue
        authors = w.author.split("; ")
        meta = (f'<meta name="citation_title" content="{esc(w.title)}">'
                + "".join(f'<meta name="citation_author" content="{esc(a)}">' for a in authors) +
                f'<meta name="citation_journal_title" content="{esc(JOURNAL)}"><meta name="citation_issn" '
                f'content="{ISSN}"><meta name="citation_volume" content="{vol}"><meta name="citation_issue" '
                f'content="{issue}"><meta name="citation_firstpage" content="{n * 17}"><meta name="citation_lastpage" '
                f'content="{n * 17 + 16}"><meta name="citation_publication_date" content="{w.date[:4]}/'
                f'{w.date[5:7]}/{w.date[8:]}"><meta name="citation_language" content="en">'
                f'<meta name="citation_abstract_html_url" content="{u(w.path)}"><meta name="DC.title" '
                f'content="{esc(w.title)}"><meta name="DC.rights" content="CC BY-NC-SA 4.0">')
        abstract = w.paras[0].removeprefix("Abstract. ")
        keys = w.paras[-1].removeprefix("Keywords: ")
        main = (f'<article class="contenido-articulo"><div class="journal-title">{esc(JOURNAL)}, vol. {vol}, '
                f'núm. {issue}, {w.date[:4]}</div><div class="article-title"><h1>{esc(w.title)}</h1></div>'
                f'<div class="contrib-group">{"".join(f"<span class=contrib>{esc(a)}</span>" for a in authors)}</div>'
                f'<div class="history">Recepción: {w.date} · Publicación: {w.date}</div><div class="abstract">'
                f'<h2 class="titulo">Abstract</h2><p>{esc(abstract)}</p><p class="kwd"><b>Keywords: </b>'
                f'{esc(keys)}</p></div><div class="body">{ps(w.paras[1:-1])}</div><div class="links-articulo"><a '
                f'href="{u("/journal/2630/")}">Ver número completo</a></div></article>')
        docs.append(_work(w, _redalyc(u, w.title, main, meta)))
    toc = "".join(
        f'<div class="articulo"><span class="seccion">{"Documento" if w.kind == "document" else "Artículo"}</span>'
        f'<h3><a href="{u(w.path)}">{esc(w.title)}</a></h3><span class="autores">{esc(w.author)}</span>'
        + (f' <a class="pdf" href="{u(w.path)}">PDF</a>' if w.kind == "document" else
           f' <a class="html" href="{u(w.path)}">HTML</a>') + "</div>" for w in works)
    docs += [
        _page(REVISTA, "/", "home", _redalyc(u, "Redalyc-like: revistas científicas de acceso abierto", (
            f'<h1>Revistas científicas de acceso abierto</h1><p>Más de 1.400 revistas de Iberoamérica.</p><div '
            f'class="destacada"><h2><a href="{u("/revista.oa?id=2630")}">{esc(JOURNAL)}</a></h2><p>Último número: '
            f'<a href="{u("/journal/2630/")}">vol. 47, núm. 2</a></p></div><p class="busquedas">Búsquedas '
            f'frecuentes: <a '
            f'href="{u("/busquedaArticuloFiltros.oa?q=mentoria")}">mentoria</a></p>'))),
        _page(REVISTA, "/journal/2630/", "listing", _redalyc(u, f"{JOURNAL} - vol. 47", (
            f"<h1>{esc(JOURNAL)}</h1><h2>Vol. 47, núms. 1-2 (2024-2025)</h2>{toc}"))),
        _page(REVISTA, "/revista.oa?id=2630", "about", _redalyc(u, f"{JOURNAL} - Acerca de la revista", (
            f"<h1>{esc(JOURNAL)}</h1><p>ISSN: {ISSN}. Publicación semestral de una escuela de bibliotecología. "
            "Publica investigaciones sobre bibliotecas, archivos y estudios de la información, en español, inglés "
            f'y portugués.</p><p><a href="{u("/journal/2630/")}">Números publicados</a></p>'))),
        _page(REVISTA, "/busquedaArticuloFiltros.oa?q=mentoria", "search", _redalyc(u, "Resultados: mentoria", (
            f'<h1>Resultados de búsqueda: "mentoria"</h1><p>{len(works[:1] + works[2:])} resultados</p>'
            + "".join(f'<div class="resultado"><a href="{u(w.path)}">{esc(w.title)}</a></div>'
                      for w in works[:1] + works[2:])))),
    ]
    return docs


# --- pmc.example: a PMC-like archive (citation_* tags, structured abstracts, a supplementary PDF) ---------------------

PMC_NAME = "PMC-like Archive"
PMC_JOURNALS = {"pmc-journal-clubs": ("J Med Libr Assoc Res", "10.5195/jmlar.2024.1822", "38611203"),
                "pmc-filters": ("Health Info Libr Methods", "10.1002/hilm.4410", "38655117"),
                "pmc-burnout": ("J Med Libr Assoc Res", "10.5195/jmlar.2024.1904", "38988342"),
                "pmc-residents": ("J Surg Educ Open", "10.1016/j.jseo.2024.09.011", "39311870")}


def _pmc(u: U, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}</head><body>'
            f'<header class="usa-banner">An official website of a public archive</header><div class="ncbi-header">'
            f'<a class="pmc-logo" href="{u("/")}">{PMC_NAME}</a><form class="pmc-search" action="{u("/search/")}" '
            f'method="get"><input name="term" id="pmc-search"><button type="submit">Search</button></form>'
            f'<nav><a href="{u("/journals/")}">Journal List</a> <a href="{u("/about/intro/")}">About</a></nav></div>'
            f'<main id="main-content" class="usa-layout-docs">{main}</main><footer class="ncbi-footer"><a '
            f'href="{u("/about/intro/")}">About this archive</a> · <a href="https://example.gov/privacy" '
            f'rel="nofollow">Privacy</a></footer></body></html>')


def _pmc_abstract(paras: tuple[str, ...]) -> str:
    out = []
    for i, p in enumerate(paras):
        label, _, text = p.partition(": ")
        out.append(f'<section id="sec{i + 1}"><h3 class="pmc_sec_title">{esc(label)}</h3><p>{esc(text)}</p></section>')
    return "".join(out)


def pmc(url) -> list[Doc]:
    def u(p):
        return url(PMC, p)

    docs = []
    keys = [k for k, w in WORKS.items() if w.host == PMC and w.kind == "journal-article"]
    supplement = WORKS["pmc-codebook-pdf"]
    for key in keys:
        w = WORKS[key]
        journal, doi, pmid = PMC_JOURNALS[key]
        pmcid = w.path.strip("/").split("/")[1]
        authors = w.author.split("; ")
        meta = (f'<meta name="citation_journal_title" content="{journal}"><meta name="citation_title" '
                f'content="{esc(w.title)}">' + "".join(f'<meta name="citation_author" content="{esc(a)}">'
                                                       for a in authors) +
                f'<meta name="citation_publication_date" content="{w.date[:4]} {_date.fromisoformat(w.date):%b %-d}">'
                f'<meta name="citation_volume" content="112"><meta name="citation_issue" content="2">'
                f'<meta name="citation_doi" content="{doi}"><meta name="citation_pmid" content="{pmid}">'
                f'<meta name="citation_fulltext_html_url" content="{u(w.path)}"><meta name="citation_abstract_html_url"'
                f' content="{u(w.path)}"><meta name="DC.Title" content="{esc(w.title)}"><meta name="DC.Type" '
                f'content="Text"><meta name="DC.Identifier" content="{doi}"><meta property="og:title" '
                f'content="{esc(w.title)}"><meta property="og:type" content="article"><meta property="og:site_name" '
                f'content="{PMC_NAME}"><meta property="og:url" content="{u(w.path)}"><link rel="canonical" '
                f'href="{u(w.path)}">')
        supp = ""
        if supplement.path.startswith(w.path):
            supp = (f'<section class="sm xbox font-sm" id="SM1"><h2 class="pmc_sec_title">Supplementary Materials'
                    f'</h2><div class="media p"><div class="caption"><p>{esc(supplement.title)}</p><a '
                    f'href="{u(supplement.path)}" data-ga-action="click_feat_suppl">supplement1.pdf</a> (84.2KB, pdf)'
                    f"</div></div></section>")
        main = (f'<article data-article-id="{pmcid[3:]}"><section class="pmc-layout__citation"><div '
                f'class="pmc-header"><div>{journal}. {w.date[:4]}; 112(2): {_id(key, 300)}&ndash;{_id(key, 300) + 9}. '
                f'doi: <a href="https://doi.org/{doi}" class="usa-link">{doi}</a></div></div></section>'
                f'<section class="front-matter"><h1>{esc(w.title)}</h1><div class="cg p">'
                + ", ".join(f'<span class="name western">{esc(a)}</span>' for a in authors) +
                f'</div><ul class="d-buttons"><li>PMCID: {pmcid}</li><li>PMID: <a href="https://pubmed.example/{pmid}/"'
                f' rel="nofollow">{pmid}</a></li></ul></section><section class="abstract" id="abstract1">'
                f'<h2>Abstract</h2>{_pmc_abstract(w.paras)}</section>{supp}</article>')
        docs.append(_work(w, _pmc(u, f"{w.title} - {PMC_NAME}", main, meta)))
    docs.append(_work(supplement, pdf(list(supplement.paras)), "application/pdf"))
    articles = [WORKS[k] for k in keys]
    items = "".join(f'<article class="rprt"><div class="title"><a href="{u(w.path)}">{esc(w.title)}</a></div><div '
                    f'class="supp">{esc(w.author.replace("; ", ", "))}. {PMC_JOURNALS[k][0]}. {w.date[:4]}.</div>'
                    f'</article>' for k, w in zip(keys, articles))
    docs += [
        _page(PMC, "/", "home", _pmc(u, PMC_NAME, (
            f"<h1>{PMC_NAME}</h1><p>A free full-text archive of biomedical and life sciences journal literature.</p>"
            f'<h2>Recently added</h2>{items}<h2>Popular searches</h2><p><a '
            f'href="{u("/search/?term=librarian+mentoring")}">librarian mentoring</a></p>'))),
        _page(PMC, "/journals/", "listing", _pmc(u, f"Journal List - {PMC_NAME}", "<h1>Journal List</h1><ul>" + "".join(
            f'<li><a href="{u(w.path)}">{PMC_JOURNALS[k][0]}: {esc(w.title)}</a></li>' for k, w in zip(keys, articles))
            + "</ul>")),
        _page(PMC, "/about/intro/", "about", _pmc(u, f"About - {PMC_NAME}", (
            "<h1>About this archive</h1><p>The archive collects the full text of articles in biomedical and life "
            "sciences journals, deposited by publishers and authors, and makes it freely available.</p>"))),
        _page(PMC, "/search/?term=librarian+mentoring", "search", _pmc(
            u, f"librarian mentoring - Search Results - {PMC_NAME}",
            f'<h1>Search results</h1><p class="result-count">{len(keys) - 1} results for librarian mentoring</p>'
            + "".join(f'<article class="rprt"><div class="title"><a href="{u(w.path)}">{esc(w.title)}</a></div>'
                      f"</article>" for w in articles if w is not WORKS["pmc-filters"]))),
    ]
    return docs


# --- handbook.example: BookStack (books, pages, shelves, tags, search, users) -----------------------------------------

BOOK_NAME = "NPG Handbook"
BOOKS = {"new-professionals-handbook": "New Professionals Handbook", "committee-procedures": "Committee Procedures"}
BOOK_TAGGED = {"book-finding", "book-pln", "book-group"}


def _bookstack(u: U, title: str, main: str, head: str = "", body_class: str = "tri-layout") -> str:
    return (f'<!DOCTYPE html><html lang="en" dir="ltr" class="@yield(\'document-class\')"><head><title>{esc(title)} | '
            f'{BOOK_NAME}</title><meta name="viewport" content="width=device-width"><meta charset="utf-8">'
            f'<meta name="token" content="pXq2b8kYwD1uQ9"><meta name="base-url" content="{u("")}">{head}'
            f'<link rel="stylesheet" href="{u("/dist/styles.css?version=v24.10.2")}"><meta name="theme-color" '
            f'content="#206ea7"></head><body class="{body_class}"><a class="px-m py-s skip-to-content-link" '
            f'href="#main-content">Skip to main content</a><header id="header" component="header-mobile-toggle" '
            f'class="primary-background px-xl grid print-hidden"><div class="flex-container-row justify-space-between'
            f' gap-s items-center"><a href="{u("/")}" data-shortcut="home_view" class="logo"><span class="logo-text">'
            f'{BOOK_NAME}</span></a></div><div class="flex-container-column items-center justify-center hide-under-l">'
            f'<form id="header-search" class="search-box search-box-header" action="{u("/search")}" method="GET" '
            f'role="search"><input id="header-search-box-input" type="text" name="term" placeholder="Search" '
            f'aria-label="Search"></form></div><nav class="header-links"><div class="links text-center"><a '
            f'href="{u("/shelves/career-development")}" data-shortcut="shelves_view"><span>Shelves</span></a>'
            f'<a href="{u("/tags?name=mentoring")}"><span>Tags</span></a></div></nav></header>'
            f'<div id="content" components="page-keyboard-navigation" class="block">{main}</div></body></html>')


def _entity_list(u: U, ws: list[Work]) -> str:
    return '<div class="entity-list">' + "".join(
        f'<a href="{u(w.path)}" class="page entity-list-item" data-entity-type="page" data-entity-id="{_id(w.path)}">'
        f'<span role="presentation" class="icon text-page"></span><div class="content"><h4 class="entity-list-item-'
        f'name break-text">{esc(w.title)}</h4><div class="entity-item-snippet"><p class="text-muted break-text">'
        f"{cut(w.paras[0], 150)}</p></div></div></a>" for w in ws) + "</div>"


def _book_of(w: Work) -> str:
    return w.path.split("/")[2]


def bookstack(url) -> list[Doc]:
    def u(p):
        return url(BOOK, p)

    works = _of(BOOK)
    docs = []
    for w in works:
        book = _book_of(w)
        tagged = any(WORKS[k] is w for k in BOOK_TAGGED)
        who = (f'<a href="{u("/user/new-professionals-group")}" class="flex-container-row inline gap-xs items-center"'
               f'><span>{esc(w.author)}</span></a>' if w.author == "New Professionals Group" else
               f"<strong>{esc(w.author)}</strong>")
        tags = (f'<div class="tag-box"><div class="tag-item primary-background-light" data-name="mentoring"><div '
                f'class="tag-name"><a href="{u("/tags?name=mentoring")}">mentoring</a></div></div></div>'
                if tagged else "")
        body = "".join(f'<p id="bkmrk-{_id(p, 9000)}">{esc(p)}</p>' for p in w.paras)
        main = (f'<div class="tri-layout-container" tri-layout @yield(\'container-attrs\')><div class="tri-layout-left '
                f'print-hidden" id="sidebar"><aside class="tri-layout-left-contents"><div class="actions mb-xl"><h5>'
                f'Details</h5><div class="entity-meta">Created {_long(w.date)} by {who}</div></div>{tags}'
                f'<nav id="book-tree" class="book-tree mb-xl" aria-label="Book Navigation"><h5>Book Navigation</h5>'
                f'<a href="{u("/books/" + book)}" class="book entity-list-item">{BOOKS[book]}</a>'
                f"{_entity_list(u, [x for x in works if _book_of(x) == book])}</nav></aside></div>"
                f'<div class="tri-layout-middle"><div id="main-content" class="tri-layout-middle-contents"><div '
                f'class="mb-m print-hidden"><nav class="breadcrumbs text-center" aria-label="Breadcrumb"><a '
                f'href="{u("/books/" + book)}" class="text-book icon-list-item outline-hover"><span>{BOOKS[book]}'
                f'</span></a></nav></div><main class="content-wrap card"><div class="page-content clearfix" '
                f'page-display="{_id(w.path)}"><div dir="auto"><h1 class="break-text" id="bkmrk-page-title">'
                f'{esc(w.title)}</h1><div style="clear:left;"></div>{body}</div></div></main></div></div></div>')
        head = (f'<meta property="og:title" content="{esc(w.title)} | {BOOK_NAME}"><meta property="og:url" '
                f'content="{u(w.path)}"><meta property="og:description" content="{esc(w.paras[0][:150])}">')
        docs.append(_work(w, _bookstack(u, w.title, main, head, "tri-layout page-show")))

    def simple(path, kind, title, inner, body_class="tri-layout"):
        return _page(BOOK, path, kind, _bookstack(u, title, f'<main class="content-wrap card mt-xl"><div class="px-'
                                                  f'xl">{inner}</div></main>', body_class=body_class))

    tagged = [w for w in works if any(WORKS[k] is w for k in BOOK_TAGGED)]
    book_cards = "".join(f'<a href="{u("/books/" + b)}" class="book entity-list-item" data-entity-type="book"><div '
                         f'class="content"><h4 class="entity-list-item-name break-text">{t}</h4></div></a>'
                         for b, t in BOOKS.items())
    docs += [
        simple("/", "home", "Home", f'<h1 class="list-heading">Welcome to the handbook</h1><p>Guidance written by and '
               f'for members of the New Professionals Group.</p><h3>Books</h3><div class="entity-list">{book_cards}'
               f'</div><h3>Recently updated pages</h3>{_entity_list(u, works[:3])}'
               f'<p><a href="{u("/search?term=mentor")}">'
               f"Everything about mentors</a></p>", "tri-layout home"),
        *[simple("/books/" + b, "listing", t, f'<h1 class="break-text">{t}</h1>'
                 f'{_entity_list(u, [w for w in works if _book_of(w) == b])}', "tri-layout book-show")
          for b, t in BOOKS.items()],
        simple("/shelves/career-development", "category", "Career Development", '<h1 class="break-text">Career '
               f'Development</h1><p>Books for members starting out.</p><div class="entity-list">{book_cards}</div>',
               "tri-layout shelf-show"),
        simple("/search?term=mentor", "search", "Search", f'<h1 class="list-heading">Search Results</h1><p>'
               f'{len(tagged) + 1} results for &quot;mentor&quot;</p>'
               f'{_entity_list(u, tagged + [WORKS["book-committees"]])}',
               "tri-layout search"),
        simple("/user/new-professionals-group", "profile", "New Professionals Group", '<h1 class="break-text">'
               "New Professionals Group</h1><p>User since 2023. Maintains the handbook's guidance for members in "
               f"their first five years.</p><h3>Recently created pages</h3>"
               f"{_entity_list(u, [w for w in works if w.author == 'New Professionals Group'])}", "tri-layout user"),
        simple("/tags?name=mentoring", "tag", "Tags", '<h1 class="list-heading">Tags</h1><div class="tag-item">'
               f'<div class="tag-name">mentoring</div><div class="tag-value">{len(tagged)} pages</div></div>'
               f"{_entity_list(u, tagged)}", "tri-layout tags"),
    ]
    return docs


# --- linkline.example: Craft CMS with SEOmatic's metadata -------------------------------------------------------------

CRAFT_NAME = "LinkLine"
CRAFT_COMMUNITY = {"craft-user-group", "craft-webinar", "craft-forums"}


def _craft(u: U, title: str, main: str, url_: str, og_type: str = "website", ld: dict | None = None,
           desc: str = "Discovery and linking software for libraries.", extra: str = "") -> str:
    graph = ld or {"@context": "http://schema.org", "@type": "WebPage", "name": title, "url": url_}
    org = {"@context": "http://schema.org", "@id": u("/") + "#identity", "@type": "Corporation", "name": CRAFT_NAME,
           "url": u("/")}
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{esc(title)} | {CRAFT_NAME}</title>'
            f'<meta name="generator" content="SEOmatic"><meta content="{esc(desc)}" name="description">'
            f'<meta content="en_GB" property="og:locale"><meta content="{CRAFT_NAME}" property="og:site_name">'
            f'<meta content="{og_type}" property="og:type"><meta content="{url_}" property="og:url">'
            f'<meta content="{esc(title)}" property="og:title"><meta content="{esc(desc)}" property="og:description">'
            f'{extra}<meta name="twitter:card" content="summary_large_image"><link href="{url_}" rel="canonical">'
            f'<link href="{u("/")}" rel="home"><link rel="stylesheet" href="{u("/dist/css/app.3f9a1.css")}">'
            f'</head><body class="antialiased text-slate-800"><header class="site-header border-b"><div '
            f'class="container mx-auto flex items-center justify-between py-4"><a href="{u("/")}" class="logo '
            f'font-bold">{CRAFT_NAME}</a><nav class="main-nav"><ul class="flex gap-6"><li><a href="{u("/blog")}">Blog'
            f'</a></li><li><a href="{u("/about")}">About</a></li><li><a href="{u("/contact")}">Contact</a></li></ul>'
            f'</nav></div></header><main id="main" class="container mx-auto py-10">{main}</main><footer '
            f'class="site-footer bg-slate-900 text-white"><div class="container mx-auto py-8"><p>&copy; 2025 '
            f'{CRAFT_NAME} Ltd</p><p><a href="{u("/blog/category/community")}">Community news</a></p></div></footer>'
            f'<script type="application/ld+json">{json.dumps(graph)}</script><script type="application/ld+json">'
            f"{json.dumps(org)}</script></body></html>")


def _craft_cards(u: U, ws: list[Work]) -> str:
    return '<div class="grid md:grid-cols-3 gap-8">' + "".join(
        f'<article class="card"><a href="{u(w.path)}" class="block"><p class="text-sm text-slate-500"><time '
        f'datetime="{w.date}">{_date.fromisoformat(w.date):%-d %B %Y}</time></p><h3 class="text-xl font-semibold">'
        f'{esc(w.title)}</h3><p class="excerpt">{cut(w.paras[0], 140)}</p></a></article>' for w in ws) + "</div>"


def craft(url) -> list[Doc]:
    def u(p):
        return url(CRAFT, p)

    works = _newest(CRAFT)
    docs = []
    for w in works:
        community = any(WORKS[k] is w for k in CRAFT_COMMUNITY)
        cat = (f'<a href="{u("/blog/category/community")}" class="category-pill">Community</a>' if community else
               '<span class="category-pill">Company news</span>')
        ld = {"@context": "http://schema.org", "@type": "BlogPosting", "author": {"@id": u("/") + "#identity"},
              "creator": {"@id": u("/") + "#identity"}, "dateCreated": w.date + "T10:00:00+00:00",
              "dateModified": w.date + "T10:00:00+00:00", "datePublished": w.date + "T10:00:00+00:00",
              "headline": w.title, "name": w.title, "description": w.paras[0][:160], "mainEntityOfPage": u(w.path),
              "publisher": {"@id": u("/") + "#creator"}, "url": u(w.path)}
        more = ""
        if WORKS["craft-webinar"] is w:
            more = (f'<p>New to the profession? The New Professionals Group\'s page on <a href="'
                    f'{url(BOOK, "/books/new-professionals-handbook/page/finding-a-mentor")}">finding a mentor</a> is '
                    f"worth a read.</p>")
        main = (f'<article class="entry prose max-w-3xl mx-auto"><header class="mb-8">{cat}<h1 class="text-4xl '
                f'font-bold">{esc(w.title)}</h1><p class="byline">By {esc(w.author)} &middot; <time '
                f'datetime="{w.date}">{_date.fromisoformat(w.date):%-d %B %Y}</time></p></header>'
                f'<div class="entry-body">{ps(w.paras)}{more}</div><footer class="mt-10"><a href="{u("/blog")}">'
                f"&larr; Back to the blog</a></footer></article>")
        docs.append(_work(w, _craft(u, w.title, main, u(w.path), "article", ld, w.paras[0][:160],
                                    f'<meta content="{w.date}T10:00:00+00:00" property="article:published_time">')))
    community = [w for w in works if any(WORKS[k] is w for k in CRAFT_COMMUNITY)]
    docs += [
        _page(CRAFT, "/", "home", _craft(u, "Discovery for every library", (
            f'<section class="hero"><h1 class="text-5xl">Discovery for every library</h1><p>Link resolving, '
            f'discovery and A-Z lists for 900 libraries.</p></section><section><h2>Latest from the blog</h2>'
            f'{_craft_cards(u, works[:3])}<p><a href="{u("/blog")}">All posts</a></p></section>'), u("/"))),
        _page(CRAFT, "/blog", "listing", _craft(u, "Blog", f'<h1 class="text-4xl">Blog</h1>{_craft_cards(u, works)}',
                                                u("/blog"))),
        _page(CRAFT, "/blog/category/community", "category", _craft(
            u, "Community", f'<h1 class="text-4xl">Community</h1>{_craft_cards(u, community)}',
            u("/blog/category/community"))),
        _page(CRAFT, "/about", "about", _craft(u, "About us", (
            '<h1 class="text-4xl">About us</h1><p>We are a team of forty, many of us former library staff, building '
            "software that helps people find what their library already pays for.</p>"), u("/about"))),
        _page(CRAFT, "/contact", "contact", _craft(u, "Contact", (
            '<h1 class="text-4xl">Contact</h1><form method="post" accept-charset="UTF-8"><input type="hidden" '
            'name="CRAFT_CSRF_TOKEN" value="a8Kf2xQ0"><input type="hidden" name="action" value="contact-form/send">'
            '<input type="hidden" name="redirect" value="9c1e0f&hellip;contact/thanks"><label>Your name <input '
            'name="fromName"></label><label>Email <input type="email" name="fromEmail"></label><label>Message '
            '<textarea name="message[body]"></textarea></label><button type="submit">Send</button></form>'
            "<p>Support: support at this domain. Sales: sales at this domain.</p>"), u("/contact"),
            og_type="website")),
    ]
    return docs


# --- unewsroom.example: ExpressionEngine (channel entries, /P5 pagination, a soft 404 and a real one) -----------------

EE_NAME = "University News"


def _ee(u: U, title: str, main: str, head: str = "", body_id: str = "news") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | {EE_NAME}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}<link rel="stylesheet" '
            f'href="{u("/?css=styles/news.v.1714")}"></head><body id="{body_id}"><div id="wrapper"><header '
            f'id="masthead"><a href="{u("/")}" class="wordmark">{EE_NAME}</a><nav id="primary-nav"><ul><li><a '
            f'href="{u("/")}">Latest</a></li><li><a href="{u("/news/category/libraries")}">Libraries</a></li><li><a '
            f'href="{u("/contact")}">Media contacts</a></li></ul></nav></header><div id="content">{main}</div><footer '
            f'id="footer"><p>Office of University Communications</p><p><a href="{u("/contact")}">Contact the news '
            f"office</a></p></footer></div></body></html>")


def _ee_list(u: U, ws: list[Work]) -> str:
    return "".join(f'<div class="entry-summary"><h2><a href="{u(w.path)}">{esc(w.title)}</a></h2><p class="date">'
                   f'{_date.fromisoformat(w.date):%B %-d, %Y}</p><p>{cut(w.paras[0], 180)}</p></div>' for w in ws)


def ee(url) -> list[Doc]:
    def u(p):
        return url(EE, p)

    works = _newest(EE)
    libraries = [WORKS["ee-alumni"], WORKS["ee-archivist-award"]]
    docs = []
    for w in works:
        cats = (f'<a href="{u("/news/category/libraries")}">Libraries</a>' if w in libraries else "Campus")
        archive = (f'<p class="related">From the archive: <a href="{u("/news/story/fall-open-house-2019")}">Fall open '
                   f'house</a> &middot; <a href="{u("/news/story/library-hours-2019")}">Library hours</a></p>'
                   if w is WORKS["ee-archivist-award"] else "")
        head = (f'<meta name="description" content="{esc(w.paras[0][:160])}"><meta property="og:title" '
                f'content="{esc(w.title)}"><meta property="og:type" content="article"><meta property="og:url" '
                f'content="{u(w.path)}"><meta property="article:published_time" content="{w.date}">'
                f'<link rel="canonical" href="{u(w.path)}">')
        main = (f'<article class="story"><p class="kicker">{cats}</p><h1>{esc(w.title)}</h1><p class="dateline">'
                f'By {esc(w.author)} &middot; {_date.fromisoformat(w.date):%B %-d, %Y}</p><div class="story-body">'
                f"{ps(w.paras)}</div>{archive}</article>")
        docs.append(_work(w, _ee(u, w.title, main, head, "story")))
    pager = (f'<div class="paginate"><span class="current">1</span> <a href="{u("/news/P5")}">2</a> <a '
             f'href="{u("/news/P5")}">Next Page &rsaquo;</a></div>')
    docs += [
        _page(EE, "/", "home", _ee(u, "Latest news", f"<h1>Latest news</h1>{_ee_list(u, works[:3])}{pager}",
                                   '<meta name="description" content="News from the university.">', "home")),
        _page(EE, "/news/P5", "listing", _ee(u, "Latest news - page 2", (
            f'<h1>Latest news</h1>{_ee_list(u, works[3:])}<div class="paginate"><a href="{u("/")}">&lsaquo; Previous '
            f'Page</a> <a href="{u("/")}">1</a> <span class="current">2</span></div>'))),
        _page(EE, "/news/category/libraries", "category", _ee(u, "Libraries", f"<h1>Libraries</h1>"
                                                                             f"{_ee_list(u, libraries)}")),
        _page(EE, "/contact", "contact", _ee(u, "Media contacts", (
            "<h1>Media contacts</h1><p>Reporters: call the news office on weekdays, or email news at this domain. "
            "After hours, call the on-call media line.</p>"))),
        _page(EE, "/news/story/fall-open-house-2019", "error", _ee(u, "News story", (
            '<article class="story"><h1></h1><div class="story-body"><p class="no-results">Sorry, that story could '
            f'not be found. It may have been archived. <a href="{u("/")}">Return to the latest news</a>.</p></div>'
            "</article>"), body_id="story")),
        _page(EE, "/news/story/library-hours-2019", "error", _ee(u, "Page not found", (
            "<h1>404: Page not found</h1><p>The page you requested could not be found. Try the "
            f'<a href="{u("/")}">latest news</a>.</p>'), body_id="error"), status=404),
    ]
    return docs


# --- the whole web ----------------------------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page of web 30, each labelled as :mod:`tests.labelled_text30` labelled it; ``url(host, path)`` makes the
    absolute URLs links use."""
    docs = [d for f in (shelf, wave, rowan, stack, nabble, revista, pmc, bookstack, craft, ee) for d in f(url)]
    labelled = [(w.host, w.path, w.kind, w.grade) for w in WORKS.values()] + [(h, p, k, 0) for h, p, k in OTHER]
    assert sorted((d.host, d.path, d.kind, d.grade) for d in docs) == sorted(labelled), "built as labelled"
    return docs


class LabelledWeb30(ServedWeb):
    """Web 30 (see the module docstring)."""

    HOSTS = HOSTS
    FIRST_ADDRESS = 344
    build = staticmethod(build)
