"""Web 24: a held-out labelled web of 112 pages on ten hosts, built from the
texts and labels :mod:`tests.labelled_text24` committed before it (every
label exactly once, nothing else reachable on its hosts).

Each host is put together from the markup of a real platform, reduced: a
librarian's blog on WordPress's Twenty Nineteen (core metadata, no SEO
plugin), an MLIS student's blog on Hugo's LoveIt theme (OpenGraph and a
BlogPosting JSON-LD), an archivists' list archive on Groups.io (a custom
domain), a PLOS-like journal on Ambra (Highwire ``citation_*`` tags, DOIs),
a Samvera Hyrax repository (Google Scholar tags, a thesis with its PDF), a
university library on TYPO3 with the news extension (a PDF report, a soft
404 for a news item that is gone), a consortium's Wiki.js (its pages rendered
into the ``<page>`` component's contents slot), a Fireside.fm podcast, a
Circle.so community and a Lobsters-like link aggregator. Links a page would
have to pages this web does not have (other tags, other members, log-in) are
left as text; links off the web point to other domains.
"""

from __future__ import annotations

import json
import textwrap
import zlib
from datetime import date as Date
from typing import Callable

from tests import labelled_text24 as T
from tests.labelled_web import Doc, ServedWeb, esc, pdf

U = Callable[[str], str]
W = T.WORKS


def _works(host: str) -> list[T.Work]:
    """A host's works, newest first."""
    return sorted((w for w in W.values() if w.host == host), key=lambda w: w.date, reverse=True)


def _long(d: str) -> str:
    """'2024-03-06' as 'March 6, 2024'."""
    x = Date.fromisoformat(d)
    return f"{x:%B} {x.day}, {x.year}"


def _body(paras, h: str = "h2", p: str = "p", hattrs: str = "") -> str:
    """Paragraphs as ``<p>``, those starting ``## `` as headings."""
    return "".join(f"<{h}{hattrs}>{esc(x[3:])}</{h}>" if x.startswith("## ") else f"<{p}>{esc(x)}</{p}>"
                   for x in paras)


def _plain(paras) -> list[str]:
    return [x for x in paras if not x.startswith("## ")]


def _first(w: T.Work, n: int = 200) -> str:
    """The opening of a work's text, cut at a word, escaped (a teaser, a description)."""
    text = " ".join(_plain(w.paras))
    return esc(text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + "\u2026")


def _mentions(w: T.Work, word: str) -> bool:
    text = " ".join((w.title,) + w.paras + tuple(x for _, x in w.replies) + w.tags).lower()
    return word in text


def _id(s: str, m: int = 9000) -> int:
    return zlib.crc32(s.encode()) % m + 100


def _other(host: str, path: str, kind: str, body: str, status: int = 200) -> Doc:
    """A page that is not a work, as the text module labelled it."""
    assert (host, path, kind) in T.OTHER, (host, path, kind)
    return Doc(host, path, kind, 0, body.encode(), status=status)


def _work(w: T.Work, body: str) -> Doc:
    return Doc(w.host, w.path, w.kind, w.grade, body.encode())


def _pdf(w: T.Work) -> Doc:
    lines = [s for x in w.paras for s in textwrap.wrap(x, 96)]
    assert len(lines) <= 52, (w.path, len(lines))
    return Doc(w.host, w.path, w.kind, w.grade, pdf(lines), content_type="application/pdf")


# --- Quiet Stacks (WordPress 6, Twenty Nineteen, no SEO plugin) ---------------------------------------------

WP_SITE = "Quiet Stacks"
WP_CATS = {"professional-life": "Professional life"}
WP_IN_CAT = {"wp-hashtag", "wp-no-program", "wp-ten-years", "wp-leaving"}
WP_TAGS = {"mentoring": "mentoring", "mastodon": "Mastodon"}


def _wp_head(title: str, u: U, path: str, extra: str = "") -> str:
    return (f'<!doctype html><html lang="en-US"><head><meta charset="UTF-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="profile" '
            f'href="https://gmpg.org/xfn/11"><title>{esc(title)}</title><meta name="robots" content="max-image-preview:'
            f'large"><link rel="alternate" type="application/rss+xml" title="{WP_SITE} &raquo; Feed" '
            f'href="{u("/feed/")}"><link rel="stylesheet" id="twentynineteen-style-css" href="'
            f'{u("/wp-content/themes/twentynineteen/style.css?ver=2.7")}" media="all">'
            f'<link rel="https://api.w.org/" href="{u("/wp-json/")}">'
            f'<meta name="generator" content="WordPress 6.5.3"><link rel="canonical" href="{u(path)}">{extra}'
            f"</head>")


def _wp_page(u: U, body_class: str, main: str) -> str:
    posts = _works(T.WP)
    recent = "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in posts[:5])
    tags = " ".join(f'<a href="{u(f"/tag/{s}/")}" class="tag-cloud-link" style="font-size: 12pt;">{esc(n)}</a>'
                    for s, n in WP_TAGS.items())
    return (f'<body class="{body_class} wp-embed-responsive hfeed image-filters-enabled"><div id="page" class="site">'
            f'<a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
            f'<header id="masthead" class="site-header"><div class="site-branding-container">'
            f'<div class="site-branding">'
            f'<p class="site-title"><a href="{u("/")}" rel="home">{WP_SITE}</a></p>'
            f'<p class="site-description">Notes from a branch library</p>'
            f'<nav id="site-navigation" class="main-navigation" aria-label="Top Menu"><div class="menu-top-container">'
            f'<ul id="menu-top" class="main-menu"><li class="menu-item"><a href="{u("/")}">Home</a></li>'
            f'<li class="menu-item"><a href="{u("/about/")}">About</a></li><li class="menu-item"><a href="'
            f'{u("/contact/")}">Contact</a></li></ul></div></nav></div></div></header>'
            f'<div id="content" class="site-content"><section id="primary" class="content-area">'
            f'<main id="main" class="site-main">{main}</main></section></div>'
            f'<footer id="colophon" class="site-footer"><aside class="widget-area" aria-label="Footer">'
            f'<div class="widget-column footer-widget-1"><section id="search-2" class="widget widget_search">'
            f'<form role="search" method="get" class="search-form" action="{u("/")}"><label><span class="screen-'
            f'reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" '
            f'name="s"></label><input type="submit" class="search-submit" value="Search"></form></section>'
            f'<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts'
            f'</h2><nav aria-label="Recent Posts"><ul>{recent}</ul></nav></section>'
            f'<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2>'
            f'<nav aria-label="Categories"><ul><li class="cat-item cat-item-3"><a href="'
            f'{u("/category/professional-life/")}">Professional life</a></li></ul></nav></section>'
            f'<section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">Tags</h2>'
            f'<div class="tagcloud">{tags}</div></section></div></aside>'
            f'<div class="site-info"><a class="site-name" href="{u("/")}" rel="home">{WP_SITE}</a>, '
            f'<a href="https://wordpress.org/" class="imprint">Proudly powered by WordPress.</a></div></footer></div>'
            f"</body></html>")


def _wp_meta(w: T.Work, u: U) -> str:
    return (f'<div class="entry-meta"><span class="byline"><span class="screen-reader-text">Posted by</span>'
            f'<span class="author vcard"><a class="url fn n" href="{u("/author/marisol/")}">{esc(w.author)}</a>'
            f'</span></span><span class="posted-on"><a href="{u(w.path)}" rel="bookmark"><time class="entry-date '
            f'published updated" datetime="{w.date}T08:30:00-05:00">{_long(w.date)}</time></a></span></div>')


def _wp_key(w: T.Work) -> str:
    return next(k for k, v in W.items() if v is w)


def _wp_post(w: T.Work, u: U, older: T.Work | None, newer: T.Work | None, extra: str) -> Doc:
    key = _wp_key(w)
    cat = (f'<a href="{u("/category/professional-life/")}" rel="category tag">Professional life</a>'
           if key in WP_IN_CAT else "Branch news")
    tags = ", ".join(f'<a href="{u(f"/tag/{t}/")}" rel="tag">{esc(WP_TAGS[t])}</a>' for t in w.tags if t in WP_TAGS)
    nav = "".join(f'<div class="nav-{side}"><a href="{u(o.path)}" rel="{rel}"><span class="meta-nav">{label}</span>'
                  f'<span class="post-title">{esc(o.title)}</span></a></div>'
                  for side, rel, label, o in (("previous", "prev", "Previous Post", older), ("next", "next",
                                                                                           "Next Post", newer)) if o)
    pid = _id(w.path)
    main = (f'<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry entry">'
            f'<header class="entry-header"><h1 class="entry-title">{esc(w.title)}</h1>{_wp_meta(w, u)}</header>'
            f'<div class="entry-content">{_body(w.paras)}{extra}</div>'
            f'<footer class="entry-footer"><span class="cat-links"><span class="screen-reader-text">Posted in</span>'
            f'{cat}</span>' + (f'<span class="tags-links"><span class="screen-reader-text">Tags: </span>{tags}</span>'
                               if tags else "") +
            f'</footer><div class="author-bio"><h2 class="author-title"><span class="author-heading">Published by '
            f'{esc(w.author)}</span></h2><p class="author-description">Branch manager, storytime survivor, '
            f'occasional blogger. <a class="author-link" href="{u("/author/marisol/")}" rel="author">View more posts'
            f'</a></p></div></article><nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-'
            f'reader-text">Post navigation</h2><div class="nav-links">{nav}</div></nav>')
    head = _wp_head(f"{w.title} &#8211; {WP_SITE}".replace("&#8211;", "\u2013"), u, w.path,
                    f'<link rel="shortlink" href="{u(f"/?p={pid}")}">')
    return _work(w, head + _wp_page(u, f"post-template-default single single-post postid-{pid} single-format-"
                                        "standard", main))


def _wp_list(path: str, kind: str, heading: str, posts: list[T.Work], u: U, body_class: str,
             pager: str = "") -> Doc:
    items = "".join(
        f'<article id="post-{_id(w.path)}" class="post type-post status-publish format-standard hentry entry">'
        f'<header class="entry-header"><h2 class="entry-title"><a href="{u(w.path)}" rel="bookmark">{esc(w.title)}'
        f'</a></h2></header><div class="entry-content"><p>{_first(w, 260)}</p><p><a href="{u(w.path)}" '
        f'class="more-link">Continue reading<span class="screen-reader-text"> "{esc(w.title)}"</span></a></p></div>'
        f'<footer class="entry-footer">{_wp_meta(w, u)}</footer></article>' for w in posts)
    head = (f'<header class="page-header"><h1 class="page-title">{heading}</h1></header>' if heading else "")
    title = (heading.replace('<span class="page-description">', "").replace("</span>", "") + " \u2013 " + WP_SITE
             if heading else WP_SITE + " \u2013 Notes from a branch library")
    return _other(T.WP, path, kind, _wp_head(title, u, path) + _wp_page(u, body_class, head + items + pager))


def _wp_static(path: str, kind: str, title: str, text: str, u: U) -> Doc:
    main = (f'<article id="post-{_id(path)}" class="post-{_id(path)} page type-page status-publish hentry entry">'
            f'<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>'
            f'<div class="entry-content">{text}</div></article>')
    return _other(T.WP, path, kind, _wp_head(f"{title} \u2013 {WP_SITE}", u, path)
                  + _wp_page(u, "page-template-default page", main))


def wordpress(u: U, away: dict[str, str]) -> list[Doc]:
    posts = _works(T.WP)
    extra = {"wp-hashtag": f'<p>(Update: a reader sent me <a href="{away["plos"]}">this study</a> of exactly this.)'
                           f'</p>', "wp-leaving": f'<p>Related: <a href="{away["crate"]}">the Bluesky starter packs'
                                                  f'</a> people have been sharing.</p>'}
    docs = [_wp_post(w, u, posts[i + 1] if i + 1 < len(posts) else None, posts[i - 1] if i else None,
                     extra.get(_wp_key(w), "")) for i, w in enumerate(posts)]
    pager = (f'<nav class="navigation pagination" aria-label="Posts"><h2 class="screen-reader-text">Posts navigation'
             f'</h2><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span> <a class="'
             f'page-numbers" href="{u("/page/2/")}">2</a> <a class="next page-numbers" href="{u("/page/2/")}">'
             f'Older posts</a></div></nav>')
    prev = (f'<nav class="navigation pagination" aria-label="Posts"><div class="nav-links"><a class="prev page-numbers"'
            f' href="{u("/")}">Newer posts</a> <a class="page-numbers" href="{u("/")}">1</a> <span aria-current="page"'
            f' class="page-numbers current">2</span></div></nav>')
    sr = '<span class="page-description">'
    docs += [
        _wp_list("/", "home", "", posts[:4], u, "home blog", pager),
        _wp_list("/page/2/", "listing", "", posts[4:], u, "home blog paged paged-2", prev),
        _wp_list("/category/professional-life/", "category", f"Category Archives: {sr}Professional life</span>",
                 [w for w in posts if _wp_key(w) in WP_IN_CAT], u, "archive category category-professional-life"),
        _wp_list("/tag/mentoring/", "tag", f"Tag Archives: {sr}mentoring</span>",
                 [w for w in posts if "mentoring" in w.tags], u, "archive tag tag-mentoring"),
        _wp_list("/tag/mastodon/", "tag", f"Tag Archives: {sr}Mastodon</span>",
                 [w for w in posts if "mastodon" in w.tags], u, "archive tag tag-mastodon"),
        _wp_list("/?s=mentor", "search", f"Search results for: {sr}mentor</span>",
                 [w for w in posts if _mentions(w, "mentor")], u, "search search-results"),
        _wp_list("/author/marisol/", "profile", f"Author Archives: {sr}Marisol Ortega</span>", posts, u,
                 "archive author author-marisol author-2"),
        _wp_static("/about/", "about", "About",
                   "<p>I'm Marisol, and I manage the Eastside branch of a mid-sized public library system. This is "
                   "where I write about the job: storytime, the desk, the building, the people. Opinions mine, "
                   "not my employer's.</p><p>I started this blog in 2017 (the <a href=\"" + u("/2017/05/05/hello-"
                   "world/") + "\">very first post</a> is long gone, thankfully). If you're looking for what I've "
                   f'written about finding guidance as a new librarian, <a href="{u("/?s=mentor")}">start here</a>.'
                   "</p>", u),
        _wp_static("/contact/", "contact", "Contact",
                   "<p>The best way to reach me is email: marisol at this domain. I'm also on Mastodon and Bluesky. "
                   "I read everything, and answer most things, eventually.</p>", u),
        _other(T.WP, "/2017/05/05/hello-world/", "error", _wp_head(f"Page not found \u2013 {WP_SITE}", u, "/")
               .replace(f'<link rel="canonical" href="{u("/")}">', "") + _wp_page(
            u, "error404", '<div class="error-404 not-found"><header class="page-header"><h1 class="page-title">'
                           'Oops! That page can&rsquo;t be found.</h1></header><div class="page-content"><p>It looks '
                           "like nothing was found at this location. Maybe try a search?</p></div></div>"), 404),
    ]
    return docs


# --- Ink and Index (Hugo 0.120, LoveIt) ---------------------------------------------------------------------

HUGO_SITE = "Ink and Index"
HUGO_TAGS = {"mentoring": "Mentoring"}


def _hugo_head(title: str, u: U, path: str, desc: str, og_type: str = "website", extra: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
            f'width, initial-scale=1.0"><meta name="robots" content="noodp"><title>{esc(title)}</title>'
            f'<meta name="Description" content="{desc}"><meta property="og:title" content="{esc(title)}">'
            f'<meta property="og:description" content="{desc}"><meta property="og:type" content="{og_type}">'
            f'<meta property="og:url" content="{u(path)}">{extra}<meta name="twitter:card" content="summary">'
            f'<meta name="twitter:title" content="{esc(title)}"><meta name="twitter:description" content="{desc}">'
            f'<meta name="application-name" content="{HUGO_SITE}"><meta name="generator" content="Hugo 0.120.4">'
            f'<link rel="canonical" href="{u(path)}"><link rel="alternate" href="{u("/index.xml")}" type="application/'
            f'rss+xml" title="{HUGO_SITE}"><link rel="stylesheet" href="{u("/css/style.min.css")}"></head>')


def _hugo_page(u: U, main: str) -> str:
    menu = "".join(f'<a class="menu-item" href="{u(p)}" title="">{n}</a>' for p, n in
                   (("/posts/", "Posts"), ("/tags/", "Tags"), ("/categories/reflections/", "Reflections"),
                    ("/about/", "About")))
    return (f'<body data-header-desktop="fixed" data-header-mobile="auto"><div id="mask"></div><div class="wrapper">'
            f'<header class="desktop" id="header-desktop"><div class="header-wrapper"><div class="header-title">'
            f'<a href="{u("/")}" title="{HUGO_SITE}">{HUGO_SITE}</a></div><div class="menu"><div class="menu-inner">'
            f'{menu}<span class="menu-item delimiter"></span><a href="javascript:void(0);" class="menu-item theme-'
            f'switch" title="Switch Theme"><i class="fas fa-adjust fa-fw" aria-hidden="true"></i></a></div></div>'
            f'</div></header><main class="main"><div class="container">{main}</div></main>'
            f'<footer class="footer"><div class="footer-container"><div class="footer-line">Powered by <a href="'
            f'https://gohugo.io/" target="_blank" rel="noopener noreffer" title="Hugo 0.120.4">Hugo</a> | Theme - <a '
            f'href="https://github.com/dillonzq/LoveIt" target="_blank" rel="noopener noreffer" title="LoveIt 0.2.11">'
            f'LoveIt</a></div><div class="footer-line" itemscope itemtype="http://schema.org/CreativeWork">'
            f'<i class="far fa-copyright fa-fw" aria-hidden="true"></i><span itemprop="copyrightYear">2023 - 2024'
            f'</span><span class="author" itemprop="copyrightHolder">&nbsp;<a href="{u("/")}" target="_blank">Theo '
            f'Lindqvist</a></span>&nbsp;|&nbsp;<span class="license"><a rel="license external nofollow noopener '
            f'noreffer" href="https://creativecommons.org/licenses/by-nc/4.0/" target="_blank">CC BY-NC 4.0</a>'
            f'</span></div></div></footer></div></body></html>')


def _hugo_words(w: T.Work) -> int:
    return len(" ".join(w.paras).split())


def _hugo_meta(w: T.Work, u: U) -> str:
    n = _hugo_words(w)
    return (f'<div class="post-meta"><div class="post-meta-line"><span class="post-author"><a href="{u("/")}" '
            f'title="Author" rel="author" class="author"><i class="fas fa-user-circle fa-fw" aria-hidden="true"></i>'
            f'{esc(w.author)}</a></span>&nbsp;<span class="post-category">included in <a href="'
            f'{u("/categories/reflections/")}"><i class="far fa-folder fa-fw" aria-hidden="true"></i>Reflections</a>'
            f'</span></div><div class="post-meta-line"><i class="far fa-calendar-alt fa-fw" aria-hidden="true"></i>'
            f'&nbsp;<time datetime="{w.date}">{w.date}</time>&nbsp;<i class="fas fa-pencil-alt fa-fw" aria-hidden='
            f'"true"></i>&nbsp;{n} words&nbsp;<i class="far fa-clock fa-fw" aria-hidden="true"></i>&nbsp;'
            f'{max(1, round(n / 200))} minutes&nbsp;</div></div>')


def _hugo_post(w: T.Work, u: U, prev: T.Work | None, nxt: T.Work | None, extra: str) -> Doc:
    ld = {"@context": "http://schema.org", "@type": "BlogPosting", "headline": w.title, "inLanguage": "en",
          "mainEntityOfPage": {"@type": "WebPage", "@id": u(w.path)}, "genre": "posts",
          "keywords": ", ".join(w.tags), "wordcount": _hugo_words(w), "url": u(w.path),
          "datePublished": w.date + "T00:00:00+00:00", "dateModified": w.date + "T00:00:00+00:00",
          "publisher": {"@type": "Organization", "name": "Theo Lindqvist"},
          "author": {"@type": "Person", "name": w.author}, "description": ""}
    tags = "".join(f'<a href="{u(f"/tags/{t}/")}">{HUGO_TAGS[t]}</a>' if t in HUGO_TAGS else
                   f'<span class="tag">{esc(t)}</span>' for t in w.tags)
    nav = "".join(f'<a href="{u(o.path)}" class="{c}" rel="{c}" title="{esc(o.title)}">{esc(o.title)}</a>'
                  for c, o in (("prev", prev), ("next", nxt)) if o)
    main = (f'<article class="page single"><h1 class="single-title animate__animated animate__flipInX">'
            f'{esc(w.title)}</h1>{_hugo_meta(w, u)}<div class="content" id="content">{_body(w.paras)}{extra}</div>'
            f'<div class="post-footer" id="post-footer"><div class="post-info"><div class="post-info-line">'
            f'<div class="post-info-mod"><span>Updated on {w.date}</span></div></div></div><div class="post-info-more">'
            f'<section class="post-tags"><i class="fas fa-tags fa-fw" aria-hidden="true"></i>&nbsp;{tags}</section>'
            f'<section><span><a href="javascript:void(0);" onclick="window.history.back();">Back</a>'
            f'</span>&nbsp;|&nbsp;'
            f'<span><a href="{u("/")}">Home</a></span></section></div><div class="post-nav">{nav}</div></div>'
            f'</article>')
    head = _hugo_head(f"{w.title} - {HUGO_SITE}", u, w.path, _first(w, 150), "article",
                      f'<meta property="article:section" content="posts"><meta property="article:published_time" '
                      f'content="{w.date}T00:00:00+00:00"><meta property="article:modified_time" content="{w.date}'
                      f'T00:00:00+00:00"><script type="application/ld+json">{json.dumps(ld)}</script>')
    return _work(w, head + _hugo_page(u, main))


def _hugo_archive(path: str, kind: str, heading: str, posts: list[T.Work], u: U) -> Doc:
    years: dict[str, str] = {}
    for w in posts:
        years[w.date[:4]] = years.get(w.date[:4], "") + (
            f'<article class="archive-item"><a href="{u(w.path)}" class="archive-item-link">{esc(w.title)}</a>'
            f'<span class="archive-item-date">{w.date[5:]}</span></article>')
    main = (f'<div class="page archive"><h2 class="single-title animate__animated animate__pulse animate__faster">'
            f'{esc(heading)}</h2>' + "".join(f'<h3 class="group-title">{y}</h3>{x}' for y, x in years.items())
            + "</div>")
    return _other(T.HUGO, path, kind, _hugo_head(f"{heading} - {HUGO_SITE}", u, path, HUGO_SITE)
                  + _hugo_page(u, main))


def hugo(u: U, away: dict[str, str]) -> list[Doc]:
    posts = _works(T.HUGO)
    extra = {"reading": f'<p>Two I keep coming back to: <a href="{away["plos"]}">a recent survey of early-career '
                        f'academic librarians</a> and <a href="{away["thesis"]}">a thesis on school librarians\' '
                        f'Twitter chats</a> in an institutional repository.</p>'}
    docs = [_hugo_post(w, u, posts[i + 1] if i + 1 < len(posts) else None, posts[i - 1] if i else None,
                       extra["reading"] if "reading" in w.path else "") for i, w in enumerate(posts)]
    summaries = "".join(
        f'<article class="single summary" itemscope itemtype="http://schema.org/Article"><h1 class="single-title" '
        f'itemprop="name headline"><a href="{u(w.path)}">{esc(w.title)}</a></h1>{_hugo_meta(w, u)}'
        f'<div class="content">{_first(w, 300)}</div><div class="post-footer"><a href="{u(w.path)}">Read More</a>'
        f"</div></article>" for w in posts)
    home = (f'<div class="page home" data-home="posts"><div class="home-profile"><div class="home-avatar"><a href="'
            f'{u("/posts/")}" title="Posts"><img class="lazyload" src="{u("/images/avatar.png")}" alt="avatar"></a>'
            f'</div>'
            f'<h2 class="home-subtitle"><div id="id-1" class="typeit">An MLIS student thinking out loud</div></h2>'
            f'</div>{summaries}<div class="pagination"><a href="{u("/posts/")}">All posts</a></div></div>')
    tags = (f'<div class="page archive"><h2 class="single-title animate__animated animate__pulse animate__faster">'
            f'Tags</h2><div class="tag-cloud-tags"><a href="{u("/tags/mentoring/")}">mentoring <sup>2</sup></a>'
            f"</div></div>")
    about = (f'<div class="page single special"><h1 class="single-title animate__animated animate__pulse '
             f'animate__faster">About</h1><div class="content" id="content"><p>I\'m Theo, a second-year MLIS student '
             f'who works part-time at a circulation desk and wants to be a data librarian when I grow up. This blog '
             f"is where I think through school, work and the field. Views are my own and probably wrong.</p></div>"
             f"</div>")
    docs += [
        _other(T.HUGO, "/", "home", _hugo_head(HUGO_SITE, u, "/", "An MLIS student thinking out loud")
               + _hugo_page(u, home)),
        _hugo_archive("/posts/", "listing", "All Posts", posts, u),
        _other(T.HUGO, "/tags/", "listing", _hugo_head(f"All Tags - {HUGO_SITE}", u, "/tags/", HUGO_SITE)
               + _hugo_page(u, tags)),
        _hugo_archive("/tags/mentoring/", "tag", "Tag - Mentoring", [w for w in posts if "mentoring" in w.tags], u),
        _hugo_archive("/categories/reflections/", "category", "Category - Reflections", posts, u),
        _other(T.HUGO, "/about/", "about", _hugo_head(f"About - {HUGO_SITE}", u, "/about/", HUGO_SITE)
               + _hugo_page(u, about)),
    ]
    return docs


# --- Early Career Archivists (Groups.io on a custom domain) ---------------------------------------------------

GRP_NAME = "earlycareer"
GRP_TITLE = "Early Career Archivists"


def _grp_head(title: str, u: U, path: str, desc: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" '
            f'content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{esc(title)}</title><meta name="description" content="{desc}">'
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:description" content="{desc}">'
            f'<meta property="og:type" content="website"><meta property="og:url" content="{u(path)}">'
            f'<meta property="og:site_name" content="Groups.io"><link rel="canonical" href="{u(path)}">'
            f'<link href="{u("/static/css/groupsio.css")}" rel="stylesheet"></head>')


def _grp_page(u: U, active: str, main: str) -> str:
    g = T.G
    nav = "".join(f'<li class="{"active" if n == active else ""}"><a href="{u(p)}"><i class="fa fa-{i}"></i> {n}</a>'
                  f"</li>" for n, p, i in (("Home", g, "home"), ("Topics", g + "/topics", "comments"),
                                            ("Hashtags", g + "/hashtag/mentoring", "hashtag")))
    return (f'<body><nav class="navbar navbar-default navbar-fixed-top"><div class="container-fluid"><div class="'
            f'navbar-header"><a class="navbar-brand" href="{u(g)}">{GRP_TITLE}</a></div><form class="navbar-form '
            f'navbar-left" action="{u(g + "/search")}" method="get"><input type="text" name="q" class="form-control" '
            f'placeholder="Search"></form><p class="navbar-text navbar-right">Log In</p></div></nav>'
            f'<div class="container-fluid" id="page-wrapper"><div class="row"><div class="col-sm-3 col-md-2 sidebar">'
            f'<ul class="nav nav-sidebar" id="groupnav">{nav}<li class="disabled"><span><i class="fa fa-file">'
            f'</i> Files</span></li><li class="disabled"><span><i class="fa fa-book"></i> Wiki</span></li></ul></div>'
            f'<div class="col-sm-9 col-md-10 main" id="main-content">{main}</div></div></div>'
            f'<footer class="footer"><div class="container-fluid"><p class="text-muted"><small>&copy; 2024 Groups.io'
            f'</small></p></div></footer></body></html>')


def _grp_msg_id(w: T.Work, n: int) -> int:
    return _id(w.path, 90000) + n


def _grp_topic(w: T.Work, u: U) -> Doc:
    msgs = [(w.author, w.date, "\n\n".join(w.paras))] + [(who, w.date, x) for who, x in w.replies]
    rows = "".join(
        f'<tr><td><div class="expanded-message" id="msg{_grp_msg_id(w, n)}"><div class="user-name"><strong>'
        f'{esc(who)}</strong></div><span class="pull-right"><small><span class="msgdate" title="{d} 10:{10 + n:02d}:'
        f'00">{_long(d)}</span> <span class="msgnum">#{_grp_msg_id(w, n) % 9000}</span></small></span>'
        f'<div class="forcebreak" dir="auto">{"".join(f"<p>{esc(p)}</p>" for p in text.split(chr(10) * 2))}'
        f'</div></div></td></tr>' for n, (who, d, text) in enumerate(msgs))
    tags = "".join(f'<a href="{u(T.G + "/hashtag/mentoring")}"><span class="label label-default hashtag">'
                   f'#mentoring</span></a>' if t == "mentoring" else f'<span class="label label-default hashtag">'
                   f'#{esc(t)}</span>' for t in w.tags)
    main = (f'<div class="row"><div class="col-xs-12"><h3 id="topic-subject" class="subject">{esc(w.title)} {tags}'
            f'</h3><p class="text-muted">{len(msgs)} messages</p><table class="table table-condensed" id="records">'
            f'{rows}</table><ul class="pager"><li class="previous"><a href="{u(T.G + "/topics")}">&larr; Topics</a>'
            f"</li></ul></div></div>")
    return _work(w, _grp_head(f"{GRP_NAME}@{T.GROUPS} | {w.title}", u, w.path, _first(w, 160))
                 + _grp_page(u, "Topics", main))


def _grp_list(path: str, kind: str, heading: str, topics: list[T.Work], u: U, active: str) -> Doc:
    rows = "".join(
        f'<tr><td><span class="subject"><a href="{u(w.path)}">{esc(w.title)}</a></span> <span class="badge">'
        f'{1 + len(w.replies)}</span><br><small class="text-muted">By {esc(w.author)} &middot; {_long(w.date)}</small>'
        f'<div class="preview">{_first(w, 120)}</div></td></tr>' for w in topics)
    main = f'<h3>{heading}</h3><table class="table table-condensed" id="records">{rows}</table>'
    return _other(T.GROUPS, path, kind, _grp_head(f"{GRP_NAME}@{T.GROUPS} | {heading}", u, path, GRP_TITLE)
                  + _grp_page(u, active, main))


def groups(u: U) -> list[Doc]:
    topics = _works(T.GROUPS)
    docs = [_grp_topic(w, u) for w in topics]
    home = (f'<h3>{GRP_TITLE}</h3><div class="well"><p>A discussion list for archivists, records managers and '
            f'archives students in their first years of work. Ask questions, share opportunities, and meet colleagues '
            f'who are a few steps ahead of you, or behind you. Sponsored by the Early Career Section.</p>'
            f'<p><strong>Group Email Addresses:</strong> Post: {GRP_NAME}@{T.GROUPS}</p></div><h4>Recent topics</h4>'
            f'<ul class="list-unstyled">' + "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>'
                                                    for w in topics[:4]) +
            f'</ul><p><a href="{u(T.G + "/topics")}">All topics</a> &middot; <a href="'
            f'{u(T.G + "/search?q=mentor")}">Threads about mentors</a></p>')
    docs += [
        _other(T.GROUPS, T.G, "home", _grp_head(f"{GRP_NAME}@{T.GROUPS} | Home", u, T.G, GRP_TITLE)
               + _grp_page(u, "Home", home)),
        _grp_list(T.G + "/topics", "listing", "Topics", topics, u, "Topics"),
        _grp_list(T.G + "/hashtag/mentoring", "tag", "Topics tagged #mentoring",
                  [w for w in topics if "mentoring" in w.tags], u, "Hashtags"),
        _grp_list(T.G + "/search?q=mentor", "search", "Search results for: mentor",
                  [w for w in topics if _mentions(w, "mentor")], u, "Topics"),
    ]
    return docs


# --- OpenLIS (a PLOS-like journal on Ambra) ---------------------------------------------------------------------

PLOS_J = "OpenLIS"
PLOS_BROWSE = "/libsci/browse/professional_development"


def _plos_doi(w: T.Work) -> str:
    return w.path.split("id=")[1]


def _plos_head(title: str, u: U, path: str, extra: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en" xml:lang="en" itemscope itemtype="http://schema.org/Article" '
            f'class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="initial-scale=1.0"><title>'
            f'{esc(title)}</title><link rel="stylesheet" href="{u("/resource/css/screen.css")}">{extra}'
            f'<link rel="canonical" href="{u(path)}"></head>')


def _plos_page(u: U, main: str) -> str:
    return (f'<body class="plis"><div id="page-wrap"><div id="topbanner" class="cf"></div><header><div id="user" '
            f'class="nav"><ul class="nav-user"><li><span>Sign in</span></li></ul></div><div id="pagehdr"><nav class='
            f'"nav-main" role="navigation"><ul class="nav-elements"><li><a class="logo" href="{u("/libsci/")}">'
            f'{PLOS_J}</a></li><li class="menu-section-header"><a href="{u(PLOS_BROWSE)}">Browse</a></li>'
            f'<li class="menu-section-header"><a href="{u("/libsci/s/journal-information")}">About</a></li></ul>'
            f'<form id="quicksearch" name="simpleSearchForm" action="{u("/libsci/search")}" method="get"><input '
            f'id="search" type="text" name="q" placeholder="Search"></form></nav></div></header>'
            f'<main>{main}</main><footer id="pageftr"><div class="row"><p class="nav-special"><a href="'
            f'{u("/libsci/s/journal-information")}">Journal Information</a> <a href="{u("/libsci/s/contact")}">'
            f'Contact</a></p><p class="footer-non-profit-statement">{PLOS_J} is an open-access journal published by '
            f'the Open Library Science Collective, a nonprofit.</p></div></footer></div></body></html>')


def _plos_authors(w: T.Work) -> list[str]:
    return w.author.split("; ")


def _plos_article(w: T.Work, u: U, n: int) -> Doc:
    doi = _plos_doi(w)
    ymd = w.date.replace("-", "/")
    meta = "".join(f'<meta name="citation_author" content="{esc(a)}"><meta name="citation_author_institution" '
                   f'content="Department of Information Studies">' for a in _plos_authors(w))
    extra = (f'<meta name="citation_abstract_html_url" content="{u(w.path)}"><meta name="citation_fulltext_html_url" '
             f'content="{u(w.path)}"><meta name="citation_title" content="{esc(w.title)}">{meta}'
             f'<meta name="citation_doi" content="{doi}"><meta name="citation_date" content="{ymd}">'
             f'<meta name="citation_firstpage" content="e{doi[-7:]}"><meta name="citation_issue" content="{n}">'
             f'<meta name="citation_volume" content="{int(w.date[:4]) - 2015}"><meta name="citation_issn" '
             f'content="2999-0123"><meta name="citation_journal_abbrev" content="OpenLIS"><meta name="citation_'
             f'journal_title" content="{PLOS_J}"><meta name="citation_publisher" content="Open Library Science '
             f'Collective"><meta name="citation_language" content="en">'
             f'<meta name="dc.identifier" content="{doi}"><meta name="description" content="{esc(w.abstract)}">'
             f'<meta name="keywords" content="{esc(",".join(w.tags))}"><meta property="og:type" content="article">'
             f'<meta property="og:url" content="{u(w.path)}"><meta property="og:title" content="{esc(w.title)}">'
             f'<meta property="og:description" content="{esc(w.abstract)}">'
             f'<meta name="twitter:card" content="summary">')
    authors = "".join(f'<li data-js-tooltip="tooltip_trigger"><a data-author-id="{i}" class="author-name">{esc(a)}'
                      f'{"," if i < len(_plos_authors(w)) - 1 else ""}</a>'
                      f'</li>' for i, a in enumerate(_plos_authors(w)))
    secs, cur, k = [], [], 0
    for x in w.paras:
        if x.startswith("## ") and cur:
            secs.append(cur)
            cur = []
        cur.append(x)
    secs.append(cur)
    text = "".join(f'<div id="section{i + 1}" class="section toc-section"><a id="sec{i + 1}" name="sec{i + 1}" '
                   f'class="link-target" title="{esc(s[0][3:])}"></a>{_body(s)}</div>' for i, s in enumerate(secs))
    subjects = "".join(f'<li><a class="taxo-term" href="{u(PLOS_BROWSE)}">{esc(t)}</a></li>' if t ==
                       "Professional development" else f'<li><span class="taxo-term">{esc(t)}</span></li>'
                       for t in w.tags)
    main = (f'<div class="article-content"><header class="title-block"><div class="article-type"><p class="type-'
            f'article" id="artType">Research Article</p></div><div class="title-authors"><h1 id="artTitle">'
            f'{esc(w.title)}</h1><ul class="author-list clearfix" data-js-tooltip="tooltip_container">{authors}</ul>'
            f'</div><ul class="date-doi"><li id="artPubDate">Published: {_long(w.date)}</li><li id="artDoi">'
            f'<a href="https://doi.org/{doi}">https://doi.org/{doi}</a></li></ul></header>'
            f'<div class="article-text" id="artText"><div class="abstract toc-section">'
            f'<a id="abstract0" name="abstract0"'
            f' class="link-target" title="Abstract"></a><h2>Abstract</h2><div class="abstract-content"><p>'
            f'{esc(w.abstract)}</p></div></div><div class="articleinfo"><p><strong>Citation: </strong>'
            f'{esc(", ".join(_plos_authors(w)))} ({w.date[:4]}) {esc(w.title)}. {PLOS_J} {int(w.date[:4]) - 2015}({n})'
            f': e{doi[-7:]}. https://doi.org/{doi}</p><p><strong>Copyright: </strong>&copy; {w.date[:4]} The authors. '
            f"This is an open access article distributed under the terms of the Creative Commons Attribution License."
            f'</p></div>{text}</div><div class="subject-areas-container"><h3>Subject Areas</h3><ul id="subjectList">'
            f"{subjects}</ul></div></div>")
    return _work(w, _plos_head(f"{w.title} | {PLOS_J}", u, w.path, extra) + _plos_page(u, main))


def _plos_list(path: str, kind: str, heading: str, arts: list[T.Work], u: U) -> Doc:
    rows = "".join(f'<dt data-doi="{_plos_doi(w)}" class="search-results-title"><a href="{u(w.path)}">{esc(w.title)}'
                   f'</a></dt><dd><p class="search-results-authors">{esc(", ".join(_plos_authors(w)))}</p><p>Research '
                   f'Article | published {w.date} | {PLOS_J}</p></dd>' for w in arts)
    main = f'<div class="search-results-head"><h1>{esc(heading)}</h1></div><dl id="searchResultsList">{rows}</dl>'
    return _other(T.PLOS, path, kind, _plos_head(f"{heading} | {PLOS_J}", u, path) + _plos_page(u, main))


def plos(u: U) -> list[Doc]:
    arts = _works(T.PLOS)
    docs = [_plos_article(w, u, i + 1) for i, w in enumerate(reversed(arts))]
    home = (f'<section class="home-intro"><h1>{PLOS_J}</h1><p>Open-access research on libraries, archives and '
            f'information in society.</p></section><section class="recent"><h2>Recently published</h2><ul>'
            + "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a> <span class="date">{_long(w.date)}</span></li>'
                      for w in arts) + f'</ul></section><p><a href="{u("/libsci/search?q=mentoring")}">Articles on '
                                       f'mentoring</a></p>')
    info = (f'<article class="static"><h1>Journal Information</h1><p>{PLOS_J} publishes peer-reviewed research in '
            f'library and information science: information behaviour, library services, archives, scholarly '
            f"communication and the profession. All articles are published under CC BY. There are no article "
            f"processing charges for authors without funding.</p></article>")
    contact = ('<article class="static"><h1>Contact</h1><p>Editorial office: editors at this domain. For questions '
               "about a submission, include its manuscript number.</p></article>")
    docs += [
        _other(T.PLOS, "/libsci/", "home", _plos_head(f"{PLOS_J}: open-access library science", u, "/libsci/")
               + _plos_page(u, home)),
        _plos_list(PLOS_BROWSE, "category", "Professional development",
                   [w for w in arts if "Professional development" in w.tags or "Archivists" in w.tags], u),
        _plos_list("/libsci/search?q=mentoring", "search", "Search results for \u201cmentoring\u201d",
                   [w for w in arts if _mentions(w, "mentor")], u),
        _other(T.PLOS, "/libsci/s/journal-information", "about",
               _plos_head(f"Journal Information | {PLOS_J}", u, "/libsci/s/journal-information") + _plos_page(u, info)),
        _other(T.PLOS, "/libsci/s/contact", "contact",
               _plos_head(f"Contact | {PLOS_J}", u, "/libsci/s/contact") + _plos_page(u, contact)),
    ]
    return docs


# --- Ridgeway ScholarWorks (Samvera Hyrax 4) ---------------------------------------------------------------------

HY_SITE = "Ridgeway ScholarWorks"
HY_TAG = "/catalog?f%5Bkeyword_sim%5D%5B%5D=Mentoring&locale=en"
HY_SEARCH = "/catalog?q=mentoring&search_field=all_fields"
HY_COLL = "/collections/9z903031c"
HY_USER = "/users/rcaldwell-at-ridgeway-dot-edu"
HY_TYPES = {"theses": "Thesis", "generic_works": "Work", "datasets": "Dataset"}


def _hy_head(title: str, u: U, extra: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en" prefix="og:http://ogp.me/ns#"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>{esc(title)}</title>'
            f'<meta name="csrf-param" content="authenticity_token"><link rel="stylesheet" media="all" href="'
            f'{u("/assets/application.css")}">{extra}</head>')


def _hy_page(u: U, main: str) -> str:
    return (f'<body><div class="skip-to-content"><a href="#skip-to-content">Skip to Content</a></div>'
            f'<header><nav id="masthead" class="navbar navbar-inverse navbar-static-top" role="navigation"><div class'
            f'="container-fluid"><div class="navbar-header"><a id="logo" class="navbar-brand" href="{u("/")}" data-no-'
            f'turbolink="true"><span class="institution_name">{HY_SITE}</span></a></div><ul id="user_utility_links" '
            f'class="nav navbar-nav navbar-right"><li><span>Login</span></li></ul></div></nav><div class="image-'
            f'masthead"><div class="background-container"></div><nav class="navbar navbar-default navbar-static-top" '
            f'role="navigation"><div class="container-fluid"><ul class="nav navbar-nav"><li><a href="{u("/")}">Home'
            f'</a></li><li><a href="{u("/about")}">About</a></li><li><a href="{u("/contact")}">Contact</a></li></ul>'
            f'<form class="form-horizontal search-form" id="search-form-header" role="search" action="{u("/catalog")}"'
            f' method="get"><input type="hidden" name="search_field" value="all_fields"><input type="text" name="q" '
            f'class="q form-control" placeholder="Search Ridgeway ScholarWorks"></form></div></nav></div></header>'
            f'<div id="content-wrapper" class="container" role="main"><a name="skip-to-content" id="skip-to-content">'
            f'</a>{main}</div><footer class="navbar navbar-inverse site-footer"><div class="container-fluid"><div '
            f'class="navbar-text text-left"><p>A service of Ridgeway University Libraries. Powered by Hyrax v4.0.0</p>'
            f"</div></div></footer></body></html>")


def _hy_type(w: T.Work) -> str:
    return HY_TYPES[w.path.split("/")[2]]


def _hy_work(w: T.Work, u: U, pdf_work: T.Work | None) -> Doc:
    meta = "".join(f'<meta name="citation_author" content="{esc(a)}">' for a in w.author.split("; "))
    extra = (f'<meta name="citation_title" content="{esc(w.title)}">{meta}<meta name="citation_publication_date" '
             f'content="{w.date[:4]}"><meta name="citation_publisher" content="Ridgeway University">'
             + "".join(f'<meta name="citation_keywords" content="{esc(t)}">' for t in w.tags)
             + (f'<meta name="citation_dissertation_institution" content="Ridgeway University">'
                if _hy_type(w) == "Thesis" else "")
             + f'<meta name="twitter:card" content="product"><meta property="og:site_name" content="{HY_SITE}">'
               f'<meta property="og:type" content="object"><meta property="og:title" content="{esc(w.title)}">'
               f'<meta property="og:description" content="{_first(w, 200)}"><meta property="og:url" content="'
               f'{u(w.path)}">')
    keys = "".join(f'<li class="attribute attribute-keyword"><a href="{u(HY_TAG)}"><span itemprop="keywords">'
                   f'{esc(t)}</span></a></li>' if t == "Mentoring" else f'<li class="attribute attribute-keyword">'
                   f'<span itemprop="keywords">{esc(t)}</span></li>' for t in w.tags)
    creators = "".join(
        (f'<li class="attribute attribute-creator"><a href="{u(HY_USER)}"><span itemprop="name">{esc(a)}</span></a>'
         f'</li>' if a.startswith("Caldwell") else f'<li class="attribute attribute-creator"><span itemprop="name">'
         f'{esc(a)}</span></li>') for a in w.author.split("; "))
    files = (f'<table class="table table-striped related-files"><thead><tr><th>Title</th><th>Date Uploaded</th>'
             f'<th>Visibility</th><th>Actions</th></tr></thead><tbody><tr class="file_set attributes"><td class="'
             f'attribute attribute-filename ensure-wrapped">caldwell_thesis_2019.pdf</td><td class="attribute date_'
             f'uploaded">{w.date}</td><td class="attribute permission"><span class="label label-success">Public</span>'
             f'</td><td><a href="{u(pdf_work.path)}" target="_blank" title="Download caldwell_thesis_2019.pdf" '
             f'id="file_download" data-label="caldwell_thesis_2019.pdf">Download</a></td></tr></tbody></table>'
             if pdf_work else '<div class="alert alert-warning" role="alert">The files of this work are available on'
                              ' request.</div>')
    main = (f'<div itemscope itemtype="http://schema.org/CreativeWork" class="row"><div class="col-xs-12"><header>'
            f'<div class="title-with-badges"><h2 class="work-title">{esc(w.title)} <span class="label label-success">'
            f'Public</span></h2></div></header></div><div class="col-sm-12"><div class="panel panel-default"><div '
            f'class="panel-heading"><h2>Work Description</h2></div><div class="panel-body"><div class="row"><div '
            f'class="col-sm-8"><div class="work_description"><p class="work_description">{_body(w.paras, p="span")}'
            f'</p></div><dl class="work-show {_hy_type(w).lower()}"><dt>Creator</dt><dd><ul class="tabular">{creators}'
            f'</ul></dd><dt>Date created</dt><dd><ul class="tabular"><li class="attribute attribute-date_created">'
            f'{w.date}</li></ul></dd><dt>Resource type</dt><dd><ul class="tabular"><li class="attribute">'
            f'{esc(w.abstract)}</li></ul></dd><dt>Keyword</dt><dd><ul class="tabular">{keys}</ul></dd><dt>License</dt>'
            f'<dd>Attribution-NonCommercial 4.0 International</dd></dl></div></div></div></div><div class="panel '
            f'panel-default relationships"><div class="panel-heading"><h2>Relationships</h2></div><div class="panel-'
            f'body"><p>In Collection: <a href="{u(HY_COLL)}">School of Information Science</a></p></div></div>'
            f'<div class="panel panel-default"><div class="panel-heading"><h2>Items</h2></div><div class="panel-body">'
            f"{files}</div></div></div></div>")
    return _work(w, _hy_head(f"{_hy_type(w)} | {w.title} | ID: {w.path.rsplit('/', 1)[1]} | {HY_SITE}", u, extra)
                 + _hy_page(u, main))


def _hy_results(path: str, kind: str, heading: str, works: list[T.Work], u: U) -> Doc:
    items = "".join(
        f'<li id="document_{w.path.rsplit("/", 1)[1]}" class="document {_hy_type(w).lower()}"><div class="search-'
        f'results-title-row"><h3 class="search-result-title"><a href="{u(w.path)}">{esc(w.title)}</a></h3></div>'
        f'<dl class="metadata"><dt>Creator:</dt><dd>{esc(w.author)}</dd><dt>Keyword:</dt><dd>{esc(", ".join(w.tags))}'
        f'</dd><dt>Resource type:</dt><dd>{_hy_type(w)}</dd></dl></li>' for w in works)
    main = (f'<h2 class="sr-only top-content-title">{esc(heading)}</h2><div id="appliedParams" class="clearfix '
            f'constraints-container"><span class="constraints-label">You searched for:</span> <span class="filter-'
            f'value">{esc(heading)}</span></div><div class="page-links">1 - {len(works)} of {len(works)}</div>'
            f'<ul id="search-results" class="list-unstyled">{items}</ul>')
    return _other(T.HYRAX, path, kind, _hy_head(f"{heading} - {HY_SITE} Search Results", u) + _hy_page(u, main))


def hyrax(u: U) -> list[Doc]:
    thesis, pdf_work = W["hyrax-thesis"], W["hyrax-thesis-pdf"]
    works = [w for w in _works(T.HYRAX) if w is not pdf_work]
    docs = [_hy_work(w, u, pdf_work if w is thesis else None) for w in works] + [_pdf(pdf_work)]
    recent = "".join(f'<li class="recent-item"><h3><a href="{u(w.path)}">{esc(w.title)}</a></h3><p>{esc(w.author)}'
                     f'</p></li>' for w in works)
    home = (f'<div class="home-content"><h2>{HY_SITE}</h2><p>Theses, research and archival materials from the Ridgeway '
            f'University community, openly available.</p><ul class="nav nav-tabs"><li class="active"><a href="#recently'
            f'_uploaded" data-toggle="tab">Recently Uploaded</a></li><li><a href="{u(HY_COLL)}">Explore Collections</a>'
            f'</li></ul><div class="tab-content"><ol id="recent_docs" class="list-unstyled">{recent}</ol></div>'
            f'<p>Popular search: <a href="{u(HY_SEARCH)}">mentoring</a></p></div>')
    coll = (f'<div class="hyc-banner"><div class="hyc-title"><h1>School of Information Science</h1><span class="'
            f'label label-default">Collection</span></div></div><div class="hyc-description">Theses and faculty '
            f'research of the School of Information Science.</div><h2>Works ({len(works)})</h2><ul class="list-'
            f'unstyled">' + "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in works) + "</ul>")
    prof = (f'<div class="panel panel-default user-profile"><div class="panel-body"><h1>Renee Caldwell</h1><dl><dt>'
            f'Title</dt><dd>School Librarian, Ridgeway Unified School District</dd><dt>Department</dt><dd>Alumni, '
            f'School of Information Science</dd></dl><h2>Works</h2><ul><li><a href="{u(thesis.path)}">'
            f"{esc(thesis.title)}</a></li></ul></div></div>")
    docs += [
        _other(T.HYRAX, "/", "home", _hy_head(HY_SITE, u) + _hy_page(u, home)),
        _hy_results(HY_SEARCH, "search", "mentoring", [w for w in works if _mentions(w, "mentor")], u),
        _hy_results(HY_TAG, "tag", "Keyword: Mentoring", [w for w in works if "Mentoring" in w.tags], u),
        _other(T.HYRAX, HY_COLL, "listing", _hy_head(f"School of Information Science // {HY_SITE}", u)
               + _hy_page(u, coll)),
        _other(T.HYRAX, HY_USER, "profile", _hy_head(f"Renee Caldwell // Profile // {HY_SITE}", u) + _hy_page(u, prof)),
        _other(T.HYRAX, "/about", "about", _hy_head(f"About // {HY_SITE}", u) + _hy_page(
            u, '<h1>About</h1><p>Ridgeway ScholarWorks is the institutional repository of Ridgeway University. It '
               "preserves and provides open access to theses, dissertations, research data, oral histories and other "
               "works created by the university community.</p>")),
        _other(T.HYRAX, "/contact", "contact", _hy_head(f"Contact // {HY_SITE}", u) + _hy_page(
            u, '<h1>Contact Form</h1><form id="contact_form" action="/contact" method="post"><select name="contact_'
               'form[category]"><option>Depositing content</option><option>Making changes to my content</option>'
               '</select><input type="text" name="contact_form[name]"><input type="email" name="contact_form[email]">'
               '<textarea name="contact_form[message]"></textarea><input type="submit" value="Send"></form>')),
    ]
    return docs


# --- Weserland University Library (TYPO3 12, news extension) -----------------------------------------------------

T3_SITE = "University Library - Weserland University of Applied Sciences"
T3_CAT = "/en/news/category/staff-development"
T3_SEARCH = "/en/search?tx_indexedsearch_pi2%5Bsearch%5D%5Bsword%5D=mentoring"
T3_GONE = "/en/news/detail/summer-school-on-research-data-2019"


def _t3_head(title: str, u: U, path: str, desc: str = "", extra: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><!--\n\tThis website is powered by TYPO3 - '
            f"inspiring people to share!\n\tTYPO3 is a free open source Content Management Framework initially created "
            f"by Kasper Skaarhoj and licensed under GNU/GPL.\n\tTYPO3 is copyright 1998-2024 of Kasper Skaarhoj. "
            f"Extensions are copyright of their respective owners.\n\tInformation and contribution at "
            f'https://typo3.org/\n--><title>{esc(title)}</title><meta name="generator" content="TYPO3 CMS">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            + (f'<meta name="description" content="{desc}"><meta property="og:description" content="{desc}">'
               if desc else "")
            + f'<meta property="og:title" content="{esc(title)}"><meta name="twitter:card" content="summary">'
              f'<link rel="stylesheet" href="{u("/typo3temp/assets/compressed/merged-5c1f3e8a.css")}" media="all">'
              f'{extra}<link rel="canonical" href="{u(path)}"></head>')


def _t3_page(u: U, main: str, crumb: str) -> str:
    nav = "".join(f'<li class="nav-item"><a class="nav-link" href="{u(p)}">{n}</a></li>' for p, n in
                  (("/en/", "Home"), ("/en/news", "News"), ("/en/about-the-library", "About the library"),
                   ("/en/contact", "Contact")))
    return (f'<body id="p{_id(crumb, 900)}" class="page-{_id(crumb, 900)} pagelevel-2 language-1 backendlayout-default '
            f'layout-default"><a class="visually-hidden-focusable page-skip-link" href="#page-content"><span>Skip to '
            f'main content</span></a><header id="page-header" class="bp-page-header navbar navbar-mainnavigation">'
            f'<div class="container"><a class="navbar-brand navbar-brand-image" href="{u("/en/")}" title="{T3_SITE}">'
            f'<img class="navbar-brand-logo-normal" src="{u("/fileadmin/templates/logo.svg")}" alt="Weserland '
            f'University Library"></a><nav id="mainnavigation" class="navbar-collapse"><ul class="navbar-nav">{nav}'
            f'</ul></nav><form class="search-form" action="{u("/en/search")}" method="get"><input type="text" name="'
            f'tx_indexedsearch_pi2[search][sword]" placeholder="Search"></form></div></header><nav class="breadcrumb-'
            f'section" aria-label="Breadcrumb"><div class="container"><ol class="breadcrumb"><li class="breadcrumb-'
            f'item"><a class="breadcrumb-link" href="{u("/en/")}" title="Home">Home</a></li><li class="breadcrumb-item '
            f'active" aria-current="page"><span class="breadcrumb-text">{esc(crumb)}</span></li></ol></div></nav>'
            f'<div id="page-content" class="bp-page-content main-section"><main><div class="section section-default">'
            f'<div class="container">{main}</div></div></main></div><footer id="page-footer" class="bp-page-footer">'
            f'<section class="section footer-section footer-section-meta"><div class="container"><div class="footer-'
            f'meta"><p>&copy; Weserland University of Applied Sciences, Library, Am Deich 12, Bremerhaven</p>'
            f'<ul><li><a href="{u("/en/contact")}">Contact</a></li></ul></div></div></section></footer></body></html>')


def _t3_date(d: str) -> str:
    return f"{d[8:]}.{d[5:7]}.{d[:4]}"


def _t3_news(w: T.Work, u: U, files: T.Work | None) -> Doc:
    paras = list(w.paras)
    cat = (f'<a href="{u(T3_CAT)}" title="Staff development">Staff development</a>' if "Staff development" in w.tags
           else esc(", ".join(w.tags)))
    rel = (f'<div class="news-related news-related-files"><h4>Related files</h4><ul><li><span class="news-related-'
           f'files-link"><a href="{u(files.path)}" target="_blank" title="{esc(files.title)}">{esc(files.title)}</a>'
           f'</span><span class="news-related-files-size">184 KB</span></li></ul></div>' if files else "")
    main = (f'<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/'
            f'Article"><div class="header"><h1 itemprop="headline">{esc(w.title)}</h1></div><div class="footer"><p>'
            f'<span class="news-list-date"><time itemprop="datePublished" datetime="{w.date}">{_t3_date(w.date)}'
            f'</time></span><span class="news-list-category">{cat}</span><span class="news-list-author" itemprop="'
            f'author" itemscope="itemscope" itemtype="http://schema.org/Person">by <span itemprop="name">'
            f'{esc(w.author)}</span></span></p></div><div class="teaser-text" itemprop="description"><p>'
            f'{esc(paras[0])}</p></div><div class="news-text-wrap" itemprop="articleBody">{_body(paras[1:])}</div>'
            f'{rel}<div class="news-backlink-wrap"><a href="{u("/en/news")}">Back</a></div></div></div>')
    return _work(w, _t3_head(f"{w.title} - Weserland University Library", u, w.path, _first(w, 160),
                             f'<meta property="og:type" content="article">'
                             f'<meta property="og:url" content="{u(w.path)}">'
                             f'<meta property="article:published_time" content="{w.date}T09:00:00+01:00">')
                 + _t3_page(u, main, w.title))


def _t3_list(path: str, kind: str, heading: str, news: list[T.Work], u: U) -> Doc:
    items = "".join(
        f'<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article"><div class="'
        f'header"><h3><a title="{esc(w.title)}" href="{u(w.path)}"><span itemprop="headline">{esc(w.title)}</span></a>'
        f'</h3></div><div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="'
        f'{w.date}">{_t3_date(w.date)}</time></span></p></div><div class="teaser-text"><div itemprop="description"><p>'
        f'{_first(w, 220)}</p></div><a class="more" title="{esc(w.title)}" href="{u(w.path)}">Read more</a></div></div>'
        for w in news)
    main = (f'<h1>{esc(heading)}</h1><div class="news"><div class="news-list-view" id="news-container-{_id(path)}">'
            f"{items}</div></div>")
    return _other(T.TYPO3, path, kind, _t3_head(f"{heading} - Weserland University Library", u, path)
                  + _t3_page(u, main, heading))


def typo3(u: U) -> list[Doc]:
    pdf_work = W["t3-survey-pdf"]
    news = [w for w in _works(T.TYPO3) if w is not pdf_work]
    docs = [_t3_news(w, u, pdf_work if w is W["t3-survey"] else None) for w in news] + [_pdf(pdf_work)]
    home = (f'<div class="frame frame-default frame-type-text"><h1>Welcome to the University Library</h1><p>The '
            f'library of Weserland University of Applied Sciences supports study, teaching and research at the Main '
            f'Campus and the Harbour Campus.</p></div><div class="frame frame-type-news_pi1"><h2>News</h2><ul>'
            + "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a> ({_t3_date(w.date)})</li>' for w in news[:4])
            + f'</ul><p><a href="{u("/en/news")}">All news</a></p></div>')
    about = (f'<h1>About the library</h1><p>The University Library has two locations, 46 staff and around 300,000 '
             f'media. We train apprentices and offer internships for library and information science students.</p>'
             f'<p>Looking for something from our archive? Our past events, such as the <a href="{u(T3_GONE)}">summer '
             f'school on research data 2019</a>, are documented in the news. Staff news on training and development is '
             f'collected under <a href="{u(T3_CAT)}">Staff development</a>. You can also <a href="{u(T3_SEARCH)}">'
             f"search the website</a>.</p>")
    found = [w for w in news if _mentions(w, "mentor")]
    search = (f'<h1>Search</h1><div class="tx-indexedsearch-searchbox"><p>Search word: mentoring</p></div><div class='
              f'"tx-indexedsearch-info-sword">Displaying results 1 to {len(found)} out of {len(found)}</div>'
              + "".join(f'<div class="tx-indexedsearch-res"><h3><span class="tx-indexedsearch-title"><a href="'
                        f'{u(w.path)}">{esc(w.title)}</a></span></h3><p class="tx-indexedsearch-description">'
                        f'{_first(w, 180)}</p></div>' for w in found))
    gone = ('<div class="news news-single"><div class="alert alert-info">News not found.</div><p>The news item you are '
            f'looking for is no longer available. <a href="{u("/en/news")}">Back to the news</a></p></div>')
    docs += [
        _other(T.TYPO3, "/en/", "home", _t3_head(T3_SITE, u, "/en/") + _t3_page(u, home, "Home")),
        _t3_list("/en/news", "listing", "News", news, u),
        _t3_list(T3_CAT, "category", "News: Staff development", [w for w in news if "Staff development" in w.tags], u),
        _other(T.TYPO3, T3_SEARCH, "search", _t3_head("Search - Weserland University Library", u, "/en/search")
               + _t3_page(u, search, "Search")),
        _other(T.TYPO3, "/en/contact", "contact", _t3_head("Contact - Weserland University Library", u, "/en/contact")
               + _t3_page(u, "<h1>Contact</h1><p>Information desk: +49 471 0000 100, library at this domain. "
                             "Service hours Monday to Friday 9:00-18:00.</p>", "Contact")),
        _other(T.TYPO3, "/en/about-the-library", "about",
               _t3_head("About the library - Weserland University Library", u, "/en/about-the-library")
               + _t3_page(u, about, "About the library")),
        _other(T.TYPO3, T3_GONE, "error", _t3_head("News - Weserland University Library", u, T3_GONE)
               + _t3_page(u, gone, "News")),
    ]
    return docs


# --- LISNet Wiki (Wiki.js 2) -----------------------------------------------------------------------------------

WIKI_SITE = "LISNet Wiki"


def _wiki_doc(title: str, u: U, path: str, desc: str, contents: str, tags: list[str], author: str = "LISNet Admin",
              date: str = "2024-01-10") -> str:
    tag_json = esc(json.dumps([{"tag": t, "title": t} for t in tags]))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" '
            f'content="IE=edge"><meta name="viewport" content="user-scalable=yes, width=device-width, initial-scale=1,'
            f' maximum-scale=5"><meta name="theme-color" content="#1976D2"><meta name="msapplication-TileColor" content'
            f'="#1976D2"><title>{esc(title)} | {WIKI_SITE}</title><meta property="og:title" content="{esc(title)}">'
            f'<meta property="og:type" content="website"><meta property="og:description" content="{desc}">'
            f'<meta property="og:url" content="{u(path)}"><meta property="og:site_name" content="{WIKI_SITE}">'
            f'<link rel="stylesheet" href="{u("/_assets/css/app.css")}"></head><body><div id="root"><page locale="en" '
            f'path="{esc(path.split("/", 2)[-1] or "home")}" title="{esc(title)}" description="{desc}" :tags="'
            f'{tag_json}" created-at="{date}T09:00:00.000Z" updated-at="{date}T09:00:00.000Z" author-name="'
            f'{esc(author)}" :author-id="2" :is-published="true" :page-id="{_id(path, 500)}"><template slot='
            f'"contents"><div>{contents}</div></template></page></div><script type="text/javascript" src="'
            f'{u("/_assets/js/app.js")}"></script></body></html>')


def _wiki_html(paras) -> str:
    out = []
    for x in paras:
        if x.startswith("## "):
            anchor = "-".join(x[3:].lower().split())
            out.append(f'<h2 class="toc-header" id="{esc(anchor)}"><a href="#{esc(anchor)}" class="toc-anchor">&para;'
                       f"</a> {esc(x[3:])}</h2>")
        else:
            out.append(f"<p>{esc(x)}</p>")
    return "".join(out)


def wiki(u: U) -> list[Doc]:
    pages = _works(T.WIKI)
    links = {"wiki-mentee": f'<p>See also: <a href="{u(W["wiki-channels"].path)}">Community channels</a> and '
                            f'<a href="{u("/t/mentoring")}">all pages tagged mentoring</a>.</p>',
             "wiki-channels": f'<p>New to LISNet? Read the <a href="{u(W["wiki-mentee"].path)}">guide for mentees</a>.'
                              f"</p>"}
    docs = []
    for w in pages:
        key = next(k for k, v in W.items() if v is w)
        docs.append(_work(w, _wiki_doc(w.title, u, w.path, _first(w, 150), _wiki_html(w.paras) + links.get(key, ""),
                                       list(w.tags), w.author, w.date)))
    home = ("<h1>Welcome to the LISNet Wiki</h1><p>The shared knowledge base of the LISNet library and archives "
            "consortium: programmes, procedures and people.</p><ul>"
            + "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in pages)
            + f'</ul><p><a href="{u("/t")}">Browse by tags</a> &middot; <a href="{u("/en/about")}">About this wiki</a>'
              f"</p>")
    chips = "".join(f'<a href="{u("/t/mentoring")}" class="v-chip">{t}</a>' if t == "mentoring" else
                    f'<span class="v-chip">{t}</span>' for t in sorted({t for w in pages for t in w.tags}))
    browse = (f'<h1>Browse by Tags</h1><div class="tags">{chips}</div><ul>'
              + "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in pages) + "</ul>")
    tag = ('<h1>Pages tagged: mentoring</h1><ul>' + "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>'
                                                           for w in pages if "mentoring" in w.tags) + "</ul>")
    docs += [
        _other(T.WIKI, "/", "home", _wiki_doc("Home", u, "/", "LISNet consortium wiki", home, [])),
        _other(T.WIKI, "/t", "listing", _wiki_doc("Browse by Tags", u, "/t", "Browse by tags", browse, [])),
        _other(T.WIKI, "/t/mentoring", "tag", _wiki_doc("Tagged: mentoring", u, "/t/mentoring", "Browse by tags",
                                                         tag, ["mentoring"])),
        _other(T.WIKI, "/en/about", "about", _wiki_doc(
            "About this wiki", u, "/en/about", "About the LISNet Wiki",
            "<p>This wiki is maintained by the LISNet committees. Any staff member of a member institution can log in "
            "with their LISNet account and edit. Pages are reviewed by the committee that owns them.</p>", [])),
    ]
    return docs


# --- Off the Shelves (Fireside.fm) ---------------------------------------------------------------------------

CAST_SITE = "Off the Shelves"
CAST_HOST = "/hosts/nadia-brooks"


def _cast_head(title: str, u: U, path: str, desc: str, extra: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
            f'width, initial-scale=1"><title>{esc(title)}</title><meta name="description" content="{desc}">'
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:description" content="{desc}">'
            f'<meta property="og:url" content="{u(path)}"><meta property="og:image" content="https://media24.fireside'
            f'.fm/file/fireside-images/podcasts/images/o/offtheshelves/cover.jpg?v=3">{extra}<link rel="alternate" '
            f'type="application/rss+xml" title="{CAST_SITE}" href="https://feeds.fireside.fm/offtheshelves/rss">'
            f'<link rel="stylesheet" href="{u("/assets/fireside.css")}"></head>')


def _cast_page(u: U, main: str) -> str:
    return (f'<body><header class="hero"><div class="hero-wrapper"><div class="hero-content"><a href="{u("/")}">'
            f'<img class="hero-cover" alt="{CAST_SITE}" src="https://media24.fireside.fm/file/fireside-images/podcasts/'
            f'images/o/offtheshelves/cover_small.jpg"></a><h1><a href="{u("/")}">{CAST_SITE}</a></h1><p class="hero-'
            f'description">Conversations about archives, records and the people who keep them.</p></div></div>'
            f'<nav class="nav-wrapper"><ul class="nav"><li><a href="{u("/")}">Episodes</a></li><li><a href="'
            f'{u("/about")}">About</a></li><li><a href="https://feeds.fireside.fm/offtheshelves/rss">RSS</a></li>'
            f'</ul></nav></header><div class="container">{main}</div><footer class="site-footer"><p>&copy; 2024 '
            f'{CAST_SITE}</p><p class="fireside-byline">Powered by <a href="https://fireside.fm">Fireside</a></p>'
            f"</footer></body></html>")


def _cast_nice(d: str) -> str:
    x = Date.fromisoformat(d)
    suffix = "th" if 11 <= x.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(x.day % 10, "th")
    return f"{x:%B} {x.day}{suffix}, {x.year}"


def _cast_episode(w: T.Work, u: U) -> Doc:
    n = w.path.strip("/")
    tags = " ".join(f'<a href="{u("/tags/mentoring")}">mentoring</a>' if t == "mentoring" else
                    f'<span class="tag">{esc(t)}</span>' for t in w.tags)
    links, notes = w.paras[-1], w.paras[:-1]
    main = (f'<div class="episode"><header class="episode-header"><h2>{esc(w.title)}</h2><div class="episode-details">'
            f'<span class="episode-number">Episode {n}</span> | <span class="episode-date">{_cast_nice(w.date)}</span> '
            f'| <span class="episode-duration">{40 + int(n) % 20} mins</span></div>'
            f'<div class="episode-hosts">Hosted by '
            f'<a href="{u(CAST_HOST)}">Nadia Brooks</a></div><div class="episode-tags">{tags}</div></header>'
            f'<div class="episode-player"><iframe src="https://player.fireside.fm/v2/Xa8{n}kQ?theme=dark" width="740" '
            f'height="200" frameborder="0" scrolling="no"></iframe></div><section class="episode-body"><div class="'
            f'episode-notes">{_body(notes)}<p><strong>Links:</strong></p><ul><li>{esc(links[7:])}</li></ul></div>'
            f"</section></div>")
    head = _cast_head(f"{CAST_SITE} - {w.title}", u, w.path, _first(w, 200),
                      f'<meta property="og:type" content="website"><meta name="twitter:card" content="player">'
                      f'<meta name="twitter:player" content="https://player.fireside.fm/v2/Xa8{n}kQ/twitter">'
                      f'<meta name="twitter:player:width" content="435"><meta name="twitter:player:height" '
                      f'content="200">')
    return _work(w, head + _cast_page(u, main))


def _cast_items(eps: list[T.Work], u: U) -> str:
    return "".join(f'<div class="list-item"><h3 class="list-title"><a href="{u(w.path)}">{esc(w.title)}</a></h3>'
                   f'<div class="list-date">{_cast_nice(w.date)}</div><div class="list-description"><p>{_first(w, 220)}'
                   f"</p></div></div>" for w in eps)


def fireside(u: U) -> list[Doc]:
    eps = _works(T.CAST)
    docs = [_cast_episode(w, u) for w in eps]
    about = (f'<div class="about"><h2>About {CAST_SITE}</h2><p>Every other Wednesday, archivist Nadia Brooks talks '
             f'with people who work with records: archivists, records managers, conservators, cataloguers, and the odd '
             f'retiree with stories to tell.</p><h3>Hosts</h3><p><a href="{u(CAST_HOST)}">Nadia Brooks</a></p></div>')
    host = (f'<div class="host"><h2>Nadia Brooks</h2><p>Nadia is a university archivist and the host of {CAST_SITE}.'
            f'</p><h3>Episodes</h3>{_cast_items(eps, u)}</div>')
    docs += [
        _other(T.CAST, "/", "home", _cast_head(CAST_SITE, u, "/", "Conversations about archives and records")
               + _cast_page(u, _cast_items(eps, u))),
        _other(T.CAST, "/about", "about", _cast_head(f"{CAST_SITE} - About", u, "/about", "About the show")
               + _cast_page(u, about)),
        _other(T.CAST, CAST_HOST, "profile", _cast_head(f"{CAST_SITE} - Nadia Brooks", u, CAST_HOST, "Host")
               + _cast_page(u, host)),
        _other(T.CAST, "/tags/mentoring", "tag", _cast_head(f"{CAST_SITE} - Episodes tagged with \u201cmentoring\u201d",
                                                            u, "/tags/mentoring", "mentoring")
               + _cast_page(u, "<h2>Episodes tagged with &ldquo;mentoring&rdquo;</h2>"
                            + _cast_items([w for w in eps if "mentoring" in w.tags], u))),
    ]
    return docs


# --- First Five Years (Circle.so) ----------------------------------------------------------------------------

CIRCLE_SITE = "First Five Years"
CIRCLE_SPACES = {"mentoring-pods": "Mentoring pods", "ask-anything": "Ask anything", "general": "General"}
CIRCLE_GWEN = "/u/3f9a21c7"


def _circle_head(title: str, u: U, path: str, desc: str, og_type: str = "website") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
            f'width, initial-scale=1"><title>{esc(title)}</title><meta name="description" content="{desc}">'
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:description" content="{desc}">'
            f'<meta property="og:type" content="{og_type}"><meta property="og:url" content="{u(path)}">'
            f'<meta property="og:site_name" content="{CIRCLE_SITE}"><meta name="twitter:card" content="summary_large_'
            f'image"><link rel="stylesheet" href="https://assets.circle.so/packs/css/application.css"></head>')


def _circle_who(name: str, u: U) -> str:
    return (f'<a href="{u(CIRCLE_GWEN)}" class="author__name">{esc(name)}</a>' if name == "Gwen Hollis"
            else f'<span class="author__name">{esc(name)}</span>')


def _circle_page(u: U, main: str) -> str:
    spaces = "".join(f'<li class="sidebar__space"><a href="{u(f"/c/{s}")}" class="space-link">'
                     f'<span class="space-name">{n}</span></a></li>' for s, n in CIRCLE_SPACES.items())
    return (f'<body class="standard-layout-v2"><div id="app"><div class="header-v2"><a class="header-v2__logo" href="'
            f'{u("/")}">{CIRCLE_SITE}</a><div class="header-v2__search"><form action="{u("/search")}"><input type="'
            f'text" name="query" placeholder="Search"></form></div><span class="header-v2__signin">Sign in</span></div>'
            f'<div class="standard-layout-v2__wrapper"><aside class="sidebar"><ul class="sidebar__links"><li><a href="'
            f'{u("/")}">Feed</a></li><li><a href="{u("/members")}">Members</a></li></ul><h4 class="sidebar__heading">'
            f'Spaces</h4><ul class="sidebar__spaces">{spaces}</ul></aside><div class="main-content">{main}</div></div>'
            f'</div><footer class="powered-by"><a href="https://circle.so" rel="noopener">Powered by Circle</a>'
            f'</footer>'
            f"</body></html>")


def _circle_space(w: T.Work) -> str:
    return w.path.split("/")[2]


def _circle_post(w: T.Work, u: U) -> Doc:
    comments = "".join(
        f'<div class="comment" id="comment_{_id(w.path + who + x, 900000)}"><div class="comment__header">'
        f'{_circle_who(who, u)}<span class="comment__date">{_long(w.date)}</span></div><div class="comment__body">'
        f'<div class="trix-v2"><p>{esc(x)}</p></div></div></div>' for who, x in w.replies)
    space = _circle_space(w)
    main = (f'<div class="post post--parent" id="post_{_id(w.path, 900000)}"><div class="post__header"><div class="'
            f'post__user">{_circle_who(w.author, u)}<span class="post__meta"><span class="post__date">{_long(w.date)}'
            f'</span> in <a href="{u(f"/c/{space}")}">{CIRCLE_SPACES[space]}</a></span></div></div>'
            f'<h1 class="post__title">{esc(w.title)}</h1><div class="post__body"><div class="post__content trix-v2">'
            f'{_body(w.paras)}</div></div><div class="post__actions"><span class="post__likes">{3 + len(w.replies) * 2}'
            f' likes</span><span class="post__comments-count">{len(w.replies)} comments</span></div>'
            f'<div class="post__comments comments">{comments}</div></div>')
    return _work(w, _circle_head(f"{w.title} - {CIRCLE_SITE}", u, w.path, _first(w, 160), "article")
                 + _circle_page(u, main))


def _circle_feed(posts: list[T.Work], u: U) -> str:
    return "".join(f'<div class="post post--feed"><div class="post__header">{_circle_who(w.author, u)}<span class="'
                   f'post__date">{_long(w.date)}</span></div><h2 class="post__title"><a href="{u(w.path)}">'
                   f'{esc(w.title)}</a></h2><div class="post__body post__body--truncated">{_first(w, 200)}</div>'
                   f'<a class="post__read-more" href="{u(w.path)}">See more</a></div>' for w in posts)


def circle(u: U) -> list[Doc]:
    posts = _works(T.CIRCLE)
    docs = [_circle_post(w, u) for w in posts]
    for space, name in CIRCLE_SPACES.items():
        mine = [w for w in posts if _circle_space(w) == space]
        page = _circle_page(u, f'<div class="space-header"><h1>{name}</h1></div>{_circle_feed(mine, u)}')
        docs.append(_other(T.CIRCLE, f"/c/{space}", "category",
                           _circle_head(f"{name} - {CIRCLE_SITE}", u, f"/c/{space}", name) + page))
    people = ["Jordan Pike", "Lucía Ferraro", "Ben Achterberg", "Gwen Hollis", "Tariq Ahmed", "Mei Lin",
              "Sofia Castro"]
    members = ('<h1>Members</h1><ul class="member-directory">' + "".join(
        f'<li class="member">{_circle_who(p, u)}</li>' for p in people) + "</ul>")
    gwen = [w for w in posts if w.author == "Gwen Hollis" or any(who == "Gwen Hollis" for who, _ in w.replies)]
    profile = ('<div class="profile"><h1>Gwen Hollis</h1><p class="profile__headline">Library director, mid-sized '
               "public library system. Here to pay it forward.</p><h2>Posts and comments</h2>"
               + "".join(f'<p><a href="{u(w.path)}">{esc(w.title)}</a></p>' for w in gwen) + "</div>")
    found = [w for w in posts if _mentions(w, "mentor")]
    docs += [
        _other(T.CIRCLE, "/", "home", _circle_head(CIRCLE_SITE, u, "/", "A community for library and archives workers "
                                                                          "in their first five years")
               + _circle_page(u, f'<div class="feed"><h1>Feed</h1>{_circle_feed(posts, u)}<p><a href="'
                                 f'{u("/search?query=mentor")}">Find posts about mentors</a></p></div>')),
        _other(T.CIRCLE, CIRCLE_GWEN, "profile", _circle_head(f"Gwen Hollis - {CIRCLE_SITE}", u, CIRCLE_GWEN,
                                                               "Gwen Hollis", "profile") + _circle_page(u, profile)),
        _other(T.CIRCLE, "/search?query=mentor", "search",
               _circle_head(f"Search results for mentor - {CIRCLE_SITE}", u, "/search", "Search")
               + _circle_page(u, f"<h1>Search results for &ldquo;mentor&rdquo;</h1>{_circle_feed(found, u)}")),
        _other(T.CIRCLE, "/members", "listing", _circle_head(f"Members - {CIRCLE_SITE}", u, "/members", "Members")
               + _circle_page(u, members)),
    ]
    return docs


# --- Crate (a Lobsters-like link aggregator) -------------------------------------------------------------------

CRATE_TAGS = {"community"}
CRATE_USERS = {"tess_b"}
CRATE_GONE = "/s/aa00zz/how_we_run_our_reading_group"
CRATE_SEARCH = "/search?q=mentor&what=stories&order=relevance"


def _crate_head(title: str, u: U, path: str, extra: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
            f'width, initial-scale=1"><meta name="referrer" content="always"><title>{esc(title)}</title>{extra}'
            f'<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="{u("/rss")}">'
            f'<link rel="stylesheet" href="{u("/assets/application.css")}"></head>')


def _crate_page(u: U, main: str) -> str:
    return (f'<body><header id="nav"><a id="logo" href="{u("/")}" title="Crate (Current traffic: 12%)"></a><span class='
            f'"headerlinks"><a href="{u("/")}" class="cur_url">Crate</a><a href="{u("/newest")}">Newest</a><a href="'
            f'{u("/about")}">About</a><a href="{u(CRATE_SEARCH)}">Search</a></span><span class="headerlinks" id="'
            f'headerright"><span>Login</span></span></header><div id="inside">{main}<footer><a href="{u("/about")}">'
            f'About</a></footer></div></body></html>')


def _crate_user(name: str, u: U, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<a href="{u(f"/u/{name}")}"{c}>{esc(name)}</a>' if name in CRATE_USERS else f"<span{c}>{esc(name)}</span>"


def _crate_sid(w: T.Work) -> str:
    return w.path.split("/")[2]


def _crate_story(w: T.Work, u: U, out: str, comments: bool) -> str:
    tags = "".join(f'<a class="tag tag_{t}" href="{u(f"/t/{t}")}">{t}</a>' if t in CRATE_TAGS else
                   f'<span class="tag tag_{t}">{t}</span>' for t in w.tags)
    domain = out.split("/")[2]
    n = len(w.replies)
    return (f'<li id="story_{_crate_sid(w)}" data-shortid="{_crate_sid(w)}" class="story"><div class="story_liner '
            f'h-entry"><div class="voters"><a class="upvoter"></a><div class="score">{8 + 3 * n}</div></div>'
            f'<div class="details"><span role="heading" aria-level="{1 if comments else 2}" class="link h-cite u-repost'
            f'-of"><a class="u-url" href="{out}" rel="ugc noreferrer">{esc(w.title)}</a></span> <span class="tags">'
            f'{tags}</span> <span class="domain">{domain}</span><div class="byline"><span> via </span>'
            f'{_crate_user(w.author, u, "u-author h-card")} <time title="{w.date}" datetime="{w.date} 09:41:00 -0500">'
            f'{_long(w.date)}</time> | <span class="comments_label"><a href="{u(w.path)}">{n} comments</a></span>'
            f"</div></div></div></li>")


def _crate_out(w: T.Work) -> str:
    return f"https://blog.{_crate_sid(w)}.example/{w.path.split('/')[3].replace('_', '-')}"


def _crate_post(w: T.Work, u: U) -> Doc:
    out = _crate_out(w)
    comments = "".join(
        f'<li class="comments_subtree"><div id="c_{_id(w.path + x, 90000):x}" class="comment" data-shortid="'
        f'{_id(w.path + x, 90000):x}"><div class="voters"><a class="upvoter"></a><div class="score">{2 + i}</div></div>'
        f'<div class="details"><div class="byline">{_crate_user(who, u)} <time datetime="{w.date} 1{i}:05:00 -0500">'
        f'{_long(w.date)}</time></div><div class="comment_text"><p>{esc(x)}</p></div></div></div></li>'
        for i, (who, x) in enumerate(w.replies))
    main = (f'<ol class="stories">{_crate_story(w, u, out, True)}</ol><div class="story_content"><div class="story_'
            f'text">{_body(w.paras)}</div></div><ol class="comments comments1">{comments}</ol>')
    extra = (f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(w.title)}">'
             f'<meta property="og:url" content="{u(w.path)}">'
             f'<meta property="og:description" content="{_first(w, 160)}">'
             f'<meta name="twitter:card" content="summary"><link rel="canonical" href="{u(w.path)}">')
    return _work(w, _crate_head(f"{w.title} | Crate", u, w.path, extra) + _crate_page(u, main))


def _crate_list(path: str, kind: str, title: str, heading: str, stories: list[T.Work], u: U, more: str = "") -> Doc:
    items = "".join(_crate_story(w, u, _crate_out(w), False) for w in stories)
    h = f"<h2>{esc(heading)}</h2>" if heading else ""
    return _other(T.LINKS, path, kind, _crate_head(title, u, path) + _crate_page(u, f'{h}<ol class="stories list">'
                                                                                    f"{items}</ol>{more}"))


def crate(u: U) -> list[Doc]:
    stories = _works(T.LINKS)
    docs = [_crate_post(w, u) for w in stories]
    by_score = sorted(stories, key=lambda w: len(w.replies), reverse=True)
    tess = [w for w in stories if w.author == "tess_b" or any(who == "tess_b" for who, _ in w.replies)]
    about = (f'<div class="box wide"><h1>About Crate</h1><p>Crate is a link aggregator for people who build and run '
             f'technology in libraries, archives and museums: systems librarians, metadata people, digital archivists, '
             f'developers. Submit links, not self-promotion. Be kind.</p><p>Crate grew out of a reading group; '
             f'<a href="{u(CRATE_GONE)}">how we run our reading group</a> explains where we came from.</p></div>')
    profile = (f'<div class="box wide"><h1>tess_b</h1><table class="data"><tr><td>Joined:</td><td>2021-03-02</td></tr>'
               f'<tr><td>Karma:</td><td>412</td></tr><tr><td>About:</td><td>Academic librarian. I write about email '
               f"lists, of all things.</td></tr></table><h2>Recent activity</h2></div>")
    gone = ('<div class="box wide"><p>The resource you requested was not found, or the story has been deleted.</p>'
            "</div>")
    docs += [
        _crate_list("/", "home", "Crate", "", by_score, u, f'<div class="morelink"><a href="{u("/newest")}">'
                                                         f"Newest stories</a></div>"),
        _crate_list("/newest", "listing", "Newest Stories | Crate", "Newest Stories", stories, u),
        _crate_list("/t/community", "tag", "Stories tagged community | Crate", "Stories tagged community",
                    [w for w in stories if "community" in w.tags], u),
        _other(T.LINKS, "/u/tess_b", "profile", _crate_head("User tess_b | Crate", u, "/u/tess_b")
               + _crate_page(u, profile + '<ol class="stories list">' + "".join(
                   _crate_story(w, u, _crate_out(w), False) for w in tess) + "</ol>")),
        _crate_list(CRATE_SEARCH, "search", "Search | Crate", "Search results for \u201cmentor\u201d",
                    [w for w in stories if _mentions(w, "mentor")], u),
        _other(T.LINKS, "/about", "about", _crate_head("About | Crate", u, "/about") + _crate_page(u, about)),
        _other(T.LINKS, CRATE_GONE, "error", _crate_head("Resource Not Found | Crate", u, CRATE_GONE)
               + _crate_page(u, gone), 404),
    ]
    return docs


# --- the whole web ---------------------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page of web 24, each labelled as :mod:`tests.labelled_text24` labelled it; ``url(host, path)``
    makes the absolute URLs links use."""
    def on(host: str) -> U:
        return lambda path: url(host, path)

    away = {"plos": url(T.PLOS, W["plos-peer"].path), "thesis": url(T.HYRAX, W["hyrax-thesis"].path),
            "crate": url(T.LINKS, W["crate-starter"].path)}
    docs = (wordpress(on(T.WP), away) + hugo(on(T.HUGO), away) + groups(on(T.GROUPS)) + plos(on(T.PLOS))
            + hyrax(on(T.HYRAX)) + typo3(on(T.TYPO3)) + wiki(on(T.WIKI)) + fireside(on(T.CAST))
            + circle(on(T.CIRCLE)) + crate(on(T.LINKS)))
    works = {(w.host, w.path): w for w in W.values()}
    for d in docs:
        w = works.get((d.host, d.path))
        assert (w.kind, w.grade) == (d.kind, d.grade) if w else (d.host, d.path, d.kind) in T.OTHER, d.path
    assert len({(d.host, d.path) for d in docs}) == len(docs) == len(W) + len(T.OTHER)
    return docs


class LabelledWeb24(ServedWeb):
    """Web 24 (see the module docstring)."""

    HOSTS = T.HOSTS
    START = {T.GROUPS: T.G, T.PLOS: "/libsci/", T.TYPO3: "/en/"}
    FIRST_ADDRESS = 272
    build = staticmethod(build)
