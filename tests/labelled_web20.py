"""Web 20: a held-out labelled web of 110 pages on ten hosts, built from the texts and labels that
:mod:`tests.labelled_text20` committed first (every page there is built here once, with its kind and
grade; nothing else is linked on the web's hosts).

Ten platforms no earlier web uses, each with its own markup (reduced), metadata and URL shapes:
WordPress's Twenty Twenty (no SEO plugin: core's canonical and generator only), Google's Eleventy High
Performance Blog, Hugo's Bear Cub (Hugo's internal OpenGraph and Twitter templates), Jekyll's Klisé
(jekyll-seo-tag's JSON-LD), a Waterhole forum, a Project MUSE-like journal (citation_* tags), a Scribd-like
document host (OpenGraph), a Castos podcast site (JSON-LD PodcastEpisode), a Revue-like newsletter archive
and a Mataroa blog. Errors: real 404s (WordPress, Netlify, GitHub Pages) and soft ones (the journal's and
the document host's "not available" pages, answered 200)::

    with LabelledWeb20() as web:
        web.seeds, web.hosts_env, web.labels
"""

from __future__ import annotations

import json
import textwrap
from typing import Callable

from tests.labelled_text20 import (ASSOC, DOCS, FORUM, HOSTS, JOURNAL, LETTERS, OTHER, PLAIN, PODCAST, RETIREE,
                                   SCHOLAR, STUDENT, WORKS, Work)
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf

_KIND = {(h, p): k for h, p, k in OTHER}


def _other(host: str, path: str, body: str, status: int = 200) -> Doc:
    """A page of ``OTHER``, with the kind its label gives it."""
    return Doc(host, path, _KIND[(host, path)], 0, body.encode(), status=status)


def _work(w: Work, body: str | bytes) -> Doc:
    data = body if isinstance(body, bytes) else body.encode()
    return Doc(w.host, w.path, w.kind, w.grade, data, content_type=w.content_type)


def _on(host: str) -> list[Work]:
    """A host's works, newest first."""
    return sorted((w for w in WORKS.values() if w.host == host), key=lambda w: w.date, reverse=True)


def _html(paras, p: str = "<p>", h: str = "h2") -> str:
    """Paragraphs as HTML; a paragraph starting ``## `` is a heading."""
    out = []
    for x in paras:
        out.append(f"<{h}>{esc(x[3:])}</{h}>" if x.startswith("## ") else f"{p}{esc(x)}</p>")
    return "".join(out)


def _plain(paras) -> list[str]:
    return [x[3:] if x.startswith("## ") else x for x in paras]


def _pdf(w: Work) -> bytes:
    lines = []
    for x in w.paras:
        lines += textwrap.wrap(x, 92) + [""]
    return pdf(lines)


_MONTHS = ("January February March April May June July August September October November December").split()


def _long_date(d: str) -> str:
    y, m, day = d.split("-")
    return f"{_MONTHS[int(m) - 1]} {int(day)}, {y}"


def _short_date(d: str) -> str:
    y, m, day = d.split("-")
    return f"{_MONTHS[int(m) - 1][:3]} {int(day)}, {y}"


# --- WordPress, Twenty Twenty (an association's news) ---------------------------------------------------------

WP_SITE = "Three Valleys Archivists' Network"
_WP_CATS = {"/2024/02/12/mentoring-scheme-goes-online/": ("news", "professional-development"),
            "/2023/10/20/autumn-conference-recap/": ("news", "professional-development")}
_DEV = "/category/professional-development/"
_CAT_NAME = {"news": "News", "professional-development": "Professional development"}


def _wp(title: str, u, body_class: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html class="no-js" lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1.0"><link rel="profile" href="https://gmpg.org/xfn/11">'
            f"<title>{esc(title)}</title><meta name='robots' content='max-image-preview:large' />"
            f'<link rel="alternate" type="application/rss+xml" title="{esc(WP_SITE)} &raquo; Feed" '
            f'href="{u("/feed/")}" /><link rel="stylesheet" id="twentytwenty-style-css" '
            f'href="/wp-content/themes/twentytwenty/style.css?ver=2.6" media="all" />'
            f'<meta name="generator" content="WordPress 6.5.3" />{head}</head>'
            f'<body class="{body_class} wp-embed-responsive enable-search-modal has-no-pagination showing-comments '
            f'show-avatars footer-top-visible"><a class="skip-link screen-reader-text" href="#site-content">Skip to '
            f'the content</a><header id="site-header" class="header-footer-group"><div class="header-inner '
            f'section-inner"><div class="header-titles-wrapper"><div class="header-titles"><div class="site-title '
            f'faux-heading"><a href="{u("/")}">{esc(WP_SITE)}</a></div><div class="site-description">Archivists and '
            f'records professionals in the three valleys</div></div></div><div class="header-navigation-wrapper">'
            f'<nav class="primary-menu-wrapper" aria-label="Horizontal"><ul class="primary-menu reset-list-style">'
            f'<li class="menu-item"><a href="{u("/")}">Home</a></li><li class="menu-item"><a href="'
            f'{u("/category/news/")}">News</a></li><li class="menu-item"><a href="{u(_DEV)}">'
            f'Professional development</a></li><li class="menu-item"><a href="{u("/about/")}">About'
            f'</a></li><li class="menu-item"><a href="{u("/contact/")}">Contact</a></li></ul></nav></div></div>'
            f'</header><main id="site-content">{main}</main>'
            f'<div class="footer-nav-widgets-wrapper header-footer-group"><div class="footer-inner section-inner">'
            f'<aside class="footer-widgets-outer-wrapper"><div class="footer-widgets column-one grid-item"><div '
            f'class="widget widget_search"><div class="widget-content"><form role="search" method="get" '
            f'class="search-form" action="{u("/")}"><label><span class="screen-reader-text">Search for:</span>'
            f'<input type="search" class="search-field" name="s" /></label><input type="submit" class="search-submit"'
            f' value="Search" /></form></div></div></div></aside></div></div>'
            f'<footer id="site-footer" class="header-footer-group"><div class="section-inner"><div '
            f'class="footer-credits"><p class="footer-copyright">&copy; 2024 <a href="{u("/")}">{esc(WP_SITE)}</a>'
            f'</p><p class="powered-by-wordpress"><a href="https://en-gb.wordpress.org/">Powered by WordPress</a></p>'
            f'</div><a class="to-the-top" href="#site-header"><span class="to-the-top-long">To the top</span></a>'
            f"</div></footer></body></html>")


def _wp_meta(w: Work, u) -> str:
    cats = ", ".join(f'<a href="{u(f"/category/{c}/")}" rel="category tag">{_CAT_NAME[c]}</a>'
                     for c in _WP_CATS.get(w.path, ("news",)))
    return (f'<div class="entry-categories"><span class="screen-reader-text">Categories</span><div '
            f'class="entry-categories-inner">{cats}</div></div>', f'<div class="post-meta-wrapper post-meta-single '
            f'post-meta-single-top"><ul class="post-meta"><li class="post-author meta-wrapper"><span class="meta-text">'
            f'By <a href="{u("/author/communications/")}">{esc(w.author)}</a></span></li><li class="post-date '
            f'meta-wrapper"><span class="meta-text"><a href="{u(w.path)}">{_long_date(w.date)}</a></span></li>'
            f"</ul></div>")


def _wp_post(w: Work, u, n: int, extra: str) -> Doc:
    cats, meta = _wp_meta(w, u)
    tags = ""
    if "mentoring" in w.tags:
        tags = (f'<div class="post-meta-wrapper post-meta-single post-meta-single-bottom"><ul class="post-meta">'
                f'<li class="post-tags meta-wrapper"><span class="meta-text"><a href="{u("/tag/mentoring/")}" '
                f'rel="tag">mentoring</a></span></li></ul></div>')
    main = (f'<article class="post-{n} post type-post status-publish format-standard hentry" id="post-{n}">'
            f'<header class="entry-header has-text-align-center header-footer-group"><div class="entry-header-inner '
            f'section-inner medium">{cats}<h1 class="entry-title">{esc(w.title)}</h1>{meta}</div></header>'
            f'<div class="post-inner thin "><div class="entry-content">{_html(w.paras)}{extra}</div></div>'
            f'<div class="section-inner">{tags}</div></article>')
    head = f'<link rel="canonical" href="{u(w.path)}" /><link rel="shortlink" href="{u(f"/?p={n}")}" />'
    return _work(w, _wp(f"{w.title} \u2013 {WP_SITE}", u,
                        f"post-template-default single single-post postid-{n} single-format-standard", main, head))


def _wp_list(path: str, u, title: str, header: str, posts: list[Work], body_class: str, pager: str = "") -> Doc:
    items = "".join(
        f'<article class="post type-post status-publish format-standard hentry"><header class="entry-header '
        f'has-text-align-center"><div class="entry-header-inner section-inner medium"><h2 class="entry-title '
        f'heading-size-1"><a href="{u(w.path)}">{esc(w.title)}</a></h2>{_wp_meta(w, u)[1]}</div></header>'
        f'<div class="post-inner thin "><div class="entry-content"><p>{cut(w.paras[0], 240)}</p></div></div>'
        f'</article><hr class="post-separator styled-separator is-style-wide section-inner" aria-hidden="true" />'
        for w in posts)
    head = (f'<header class="archive-header has-text-align-center header-footer-group"><div class="archive-header-'
            f'inner section-inner medium"><h1 class="archive-title">{header}</h1></div></header>' if header else "")
    return _other(ASSOC, path, _wp(title, u, body_class, head + items + pager))


def _wp_page(path: str, u, title: str, text: str) -> Doc:
    main = (f'<article class="page type-page status-publish hentry"><header class="entry-header has-text-align-center'
            f' header-footer-group"><div class="entry-header-inner section-inner medium"><h1 class="entry-title">'
            f'{esc(title)}</h1></div></header><div class="post-inner thin "><div class="entry-content">{text}</div>'
            f'</div></article>')
    return _other(ASSOC, path, _wp(f"{title} - {WP_SITE}", u, "page-template-default page", main,
                                   f'<link rel="canonical" href="{u(path)}" />'))


def wordpress(u, url) -> list[Doc]:
    posts = [w for w in _on(ASSOC) if w.kind == "article"]
    report = WORKS["assoc-pilot-report"]
    extra = {"/2024/02/12/mentoring-scheme-goes-online/":
             f'<p><a href="{u(report.path)}">Online mentoring pilot: evaluation report (PDF, 180 KB)</a></p>'
             f'<p>Photos from our last in-person <a href="{u("/events/mentoring-fair-2019/")}">mentoring fair</a>.'
             f' See also <a href="{url(SCHOLAR, WORKS["scholar-essay"].path)}">Dr Okafor on informal mentoring'
             f"</a>.</p>"}
    docs = [_wp_post(w, u, 200 + i, extra.get(w.path, "")) for i, w in enumerate(posts)]
    docs.append(_work(report, _pdf(report)))
    pager = (f'<div class="pagination-wrapper section-inner"><nav class="navigation pagination" aria-label="Posts">'
             f'<div class="nav-links"><span aria-current="page" class="page-numbers current">1</span> <a '
             f'class="page-numbers" href="{u("/page/2/")}">2</a> <a class="next page-numbers" href="'
             f'{u("/page/2/")}">Older <span class="nav-short">Posts</span></a></div></nav></div>')
    dev = [w for w in posts if "professional-development" in _WP_CATS.get(w.path, ())]
    docs += [
        _wp_list("/", u, f"{WP_SITE} - Archivists and records professionals in the three valleys", "", posts[:3],
                 "home blog", pager),
        _wp_list("/page/2/", u, f"{WP_SITE} - Page 2", "", posts[3:], "home blog paged paged-2"),
        _wp_list("/category/news/", u, f"News - {WP_SITE}",
                 '<span class="color-accent">Category:</span> <span>News</span>', posts, "archive category"),
        _wp_list("/category/professional-development/", u, f"Professional development - {WP_SITE}",
                 '<span class="color-accent">Category:</span> <span>Professional development</span>', dev,
                 "archive category"),
        _wp_list("/tag/mentoring/", u, f"mentoring - {WP_SITE}", '<span class="color-accent">Tag:</span> '
                 "<span>mentoring</span>", [w for w in posts if "mentoring" in w.tags], "archive tag tag-mentoring"),
        _wp_list("/?s=mentoring", u, f"You searched for mentoring - {WP_SITE}", '<span class="color-accent">Search:'
                 "</span> &ldquo;mentoring&rdquo;", [posts[0], posts[2]], "search search-results"),
        _wp_list("/author/communications/", u, f"Network Communications - {WP_SITE}",
                 '<span class="color-accent">Author:</span> <span>Network Communications</span>', posts,
                 "archive author"),
        _wp_page("/about/", u, "About", "<p>The Three Valleys Archivists' Network brings together archivists, "
                 "records managers and conservators working in record offices, museums, universities and businesses"
                 " in the three valleys. We run an autumn conference, a programme of training days and a mentoring "
                 f'scheme for members. Read our <a href="{u("/category/news/")}">news</a>, or <a href="'
                 f'{u("/?s=mentoring")}">everything about the mentoring scheme</a>.</p><p>The Network is run by a '
                 "volunteer committee elected at the Annual General Meeting.</p>"),
        _wp_page("/contact/", u, "Contact", "<p>Write to the Secretary, Three Valleys Archivists' Network, c/o "
                 "Pentre Record Office, Bridge Street, Pentre. Membership enquiries are answered within a week.</p>"),
    ]
    nf = (f'<div class="section-inner thin error404-content"><h1 class="entry-title">Page Not Found</h1><div '
          f'class="intro-text"><p>The page you were looking for could not be found. It might have been removed, '
          f'renamed, or did not exist in the first place.</p></div><form role="search" method="get" '
          f'class="search-form" action="{u("/")}"><input type="search" name="s" /></form></div>')
    docs.append(_other(ASSOC, "/events/mentoring-fair-2019/",
                       _wp(f"Page not found - {WP_SITE}", u, "error404", nf), status=404))
    return docs


# --- Eleventy High Performance Blog (a lecturer's blog) ---------------------------------------------------------

SCHOLAR_SITE = "Ngozi Okafor"
_SCHOLAR_TAGS = {"PLN": "/tags/pln/", "research": "/tags/research/"}


def _hpb(title: str, u, path: str, main: str, desc: str, heading: str, after: str = "") -> str:
    return (f'<!doctype html><html lang="en" domain="nokafor.example"><head><meta charset="utf-8"><meta '
            f'name="viewport" content="width=device-width, initial-scale=1.0"><link rel="icon" '
            f'href="/img/favicon/favicon-192x192.png" type="image/png"><meta name="theme-color" content="#f9c412">'
            f'<title>{esc(title)}</title><meta property="og:title" content="{esc(title)}"><meta name="description" '
            f'content="{esc(desc)}"><meta property="og:description" content="{esc(desc)}"><meta name="twitter:card" '
            f'content="summary_large_image"><link rel="canonical" href="{u(path)}"><meta name="referrer" '
            f'content="no-referrer-when-downgrade"><link rel="alternate" href="{u("/feed/feed.xml")}" '
            f'type="application/atom+xml" title="{SCHOLAR_SITE}"><script async defer src="/js/min.js"></script>'
            f'</head><body><header><nav><div id="nav"><h1><a href="{u("/")}" title="Homepage">{SCHOLAR_SITE}</a>'
            f'</h1><a href="{u("/posts/")}">Archive</a><a href="{u("/tags/")}">Tags</a><a href="{u("/about/")}">'
            f'About Me</a></div><div id="reading-progress" aria-hidden="true"></div></nav><h1>{esc(heading)}</h1>'
            f'<dialog id="message"></dialog></header><main><article>{main}{after}</article></main><footer><a '
            f'href="{u("/about/")}">{SCHOLAR_SITE}</a></footer></body></html>')


def _hpb_list(posts: list[Work], u) -> str:
    return "".join(f'<article><h2><a href="{u(w.path)}">{esc(w.title)}</a></h2><p><time datetime="{w.date}">'
                   f'{_long_date(w.date)}</time></p><p>{cut(_plain(w.paras)[0], 160)}</p></article>' for w in posts)


def eleventy(u, url) -> list[Doc]:
    posts = _on(SCHOLAR)
    docs = []
    for w in posts:
        tags = " ".join(f'<a href="{u(_SCHOLAR_TAGS[t])}">#{t.lower()}</a>' for t in w.tags if t in _SCHOLAR_TAGS)
        more = ""
        if w.path == WORKS["scholar-essay"].path:
            more = (f'<p>Related: <a href="{url(JOURNAL, WORKS["journal-distance"].path)}">Keane and Osei\'s survey '
                    f"of archivists</a>, and my <a href=\"{u(WORKS['scholar-chats'].path)}\">notes on hashtag chats"
                    f"</a>.</p>")
        docs.append(_work(w, _hpb(w.title, u, w.path, _html(w.paras) + more, cut(_plain(w.paras)[0], 140)
                                  .replace("&hellip;", "..."), w.title,
                                  f'<p>Published <time datetime="{w.date}">{_long_date(w.date)}</time></p>'
                                  + (f"<p>Tags: {tags}</p>" if tags else ""))))
    docs.append(_other(SCHOLAR, "/", _hpb(SCHOLAR_SITE, u, "/", _hpb_list(posts[:4], u) + f'<p><a href="'
                                          f'{u("/posts/")}">All posts</a></p>', "Notes on libraries, learning and "
                                          "the history of reading.", "Latest posts")))
    docs.append(_other(SCHOLAR, "/posts/", _hpb(f"Archive - {SCHOLAR_SITE}", u, "/posts/", _hpb_list(posts, u),
                                                "All posts.", "Archive")))
    tag_index = "".join(f'<li><a href="{u(p)}">#{t.lower()}</a></li>' for t, p in _SCHOLAR_TAGS.items())
    docs.append(_other(SCHOLAR, "/tags/", _hpb(f"Tags - {SCHOLAR_SITE}", u, "/tags/", f"<ul>{tag_index}</ul>",
                                               "All tags.", "Tags")))
    for t, p in _SCHOLAR_TAGS.items():
        docs.append(_other(SCHOLAR, p, _hpb(f"Tagged \u201c{t.lower()}\u201d - {SCHOLAR_SITE}", u, p,
                                            _hpb_list([w for w in posts if t in w.tags], u), f"Posts tagged {t}.",
                                            f"Tagged \u201c{t.lower()}\u201d")))
    about = ("<p>I am a senior lecturer in library and information science. I research the history of reading and "
             "libraries, and how library workers learn their profession. I teach professional practice and "
             "information organisation.</p><p>In 2020 I ran a <a href=\"" + u("/posts/interview-call-2020/")
             + "\">call for interviewees</a> for my project on early-career librarians; it is now closed.</p>")
    docs.append(_other(SCHOLAR, "/about/", _hpb(f"About Me - {SCHOLAR_SITE}", u, "/about/", about,
                                                "About Ngozi Okafor.", "About Me")))
    docs.append(_other(SCHOLAR, "/posts/interview-call-2020/", _hpb(
        f"Page not found - {SCHOLAR_SITE}", u, "/404.html", "<p>This page does not exist. Go to the <a href=\""
        + u("/") + "\">home page</a>.</p>", "Not found.", "Not found"), status=404))
    return docs


# --- Hugo, Bear Cub (a retired cataloguer) ----------------------------------------------------------------------

RETIREE_SITE = "Marginalia"
_RETIREE_TAGS = {"mentoring": "/blog/tags/mentoring/", "cataloguing": "/blog/tags/cataloguing/"}


def _bear(title: str, u, path: str, main: str, desc: str, og: str = "website", extra: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en-gb"><head><meta http-equiv="X-Clacks-Overhead" content="GNU Terry '
            f'Pratchett" /><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{esc(title)}</title><meta name="title" content="{esc(title)}"><meta name="description" '
            f'content="{esc(desc)}"><meta name="author" content="Harold Pym"><meta property="og:url" content="'
            f'{u(path)}"><meta property="og:site_name" content="{RETIREE_SITE}"><meta property="og:title" content="'
            f'{esc(title)}"><meta property="og:description" content="{esc(desc)}"><meta property="og:locale" '
            f'content="en_gb"><meta property="og:type" content="{og}">{extra}<meta name="twitter:card" '
            f'content="summary"><meta name="twitter:title" content="{esc(title)}"><link rel="canonical" href="'
            f'{u(path)}"><link rel="alternate" type="application/rss+xml" href="{u("/index.xml")}" title="'
            f'{RETIREE_SITE}"><meta name="generator" content="Hugo 0.125.4"></head><body><header><a class="skip-link" '
            f'href="#main-content">Skip to main content</a><a href="{u("/")}" class="title"><h1>{RETIREE_SITE}</h1>'
            f'</a><nav><a href="{u("/")}">Home</a> <a href="{u("/blog/")}">Blog</a> <a href="{u("/about/")}">About'
            f'</a></nav></header><main id="main-content">{main}</main><footer>Made with <a href="https://gohugo.io/">'
            f'Hugo</a> &#183; <a href="https://github.com/clente/hugo-bearcub">&#x0295;&bull;&#x1d25;&bull;&#x0294; '
            f"Bear Cub</a></footer></body></html>")


def _bear_list(posts: list[Work], u) -> str:
    return '<content><ul class="blog-posts">' + "".join(
        f'<li><span><i><time datetime="{w.date}" pubdate>{w.date}</time></i></span><a href="{u(w.path)}">'
        f"{esc(w.title)}</a></li>" for w in posts) + "</ul></content>"


def bearcub(u) -> list[Doc]:
    posts = _on(RETIREE)
    docs = []
    for w in posts:
        tags = "".join(f'<a class="blog-tags" href="{u(_RETIREE_TAGS[t])}">#{t}</a> ' for t in w.tags
                       if t in _RETIREE_TAGS)
        main = (f'<h1>{esc(w.title)}</h1><p class="byline"><time datetime=\'{w.date}\' pubdate>{w.date}</time> '
                f'&#183; Harold Pym</p><content>{_html(w.paras)}</content><p>{tags}</p><p><a href=\'mailto:'
                f'harold@marginalia.example?subject=RE: "{esc(w.title)}"\'>Reply to this post by email &#8618;</a></p>')
        extra = (f'<meta property="article:section" content="blog"><meta property="article:published_time" '
                 f'content="{w.date}T08:00:00+00:00">' + "".join(f'<meta property="article:tag" content="{t}">'
                                                                  for t in w.tags))
        docs.append(_work(w, _bear(f"{w.title} | {RETIREE_SITE}", u, w.path, main, cut(w.paras[0], 150)
                                   .replace("&hellip;", "..."), "article", extra)))
    home = ("<content><p>Notes from a retired cataloguer: books, bindings, allotments and the occasional "
            "opinion about authority control.</p></content><h2>Recent posts</h2>" + _bear_list(posts[:3], u)
            + f'<p><a href="{u("/blog/")}">All posts</a></p>')
    docs.append(_other(RETIREE, "/", _bear(RETIREE_SITE, u, "/", home, "Notes from a retired cataloguer.")))
    tags = "".join(f'<a class="blog-tags" href="{u(p)}">#{t}</a> ' for t, p in _RETIREE_TAGS.items())
    docs.append(_other(RETIREE, "/blog/", _bear(f"Blog | {RETIREE_SITE}", u, "/blog/", _bear_list(posts, u)
                                                + f"<small><div>{tags}</div></small>", "All posts.")))
    for t, p in _RETIREE_TAGS.items():
        docs.append(_other(RETIREE, p, _bear(f"{t} | {RETIREE_SITE}", u, p, f"<h3 style=\"margin-bottom:0\">"
                                             f"Filtering for \"{t}\"</h3><small><a href=\"{u('/blog/')}\">Remove "
                                             f"filter</a></small>" + _bear_list([w for w in posts if t in w.tags], u),
                                             f"Posts tagged {t}.")))
    about = ("<h1>About</h1><content><p>I am Harold Pym. I catalogued books for forty-one years, most of them at a "
             "college library in the Midlands, and retired in 2021. I write here about whatever is on my mind, "
             "which is mostly books, the allotment and my grandchildren.</p></content>")
    docs.append(_other(RETIREE, "/about/", _bear(f"About | {RETIREE_SITE}", u, "/about/", about, "About me.")))
    return docs


# --- Jekyll, Klisé (a library-school student) ------------------------------------------------------------------

STUDENT_SITE = "Lena Ruiz"


def _klise(title: str, u, path: str, main: str, desc: str, ld: dict | None = None, og: str = "website",
           extra: str = "", wrapper: str = "wrapper") -> str:
    ld = ld or {"@context": "https://schema.org", "@type": "WebSite", "headline": title, "name": STUDENT_SITE,
                "url": u(path)}
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width='
            f'device-width, initial-scale=1.0"><meta name="author" content="Lena Ruiz"><meta name="color-scheme" '
            f'content="light dark"><!-- Begin Jekyll SEO tag v2.8.0 --><title>{esc(title)} | {STUDENT_SITE}</title>'
            f'<meta name="generator" content="Jekyll v4.3.3" /><meta property="og:title" content="{esc(title)}" />'
            f'<meta name="author" content="Lena Ruiz" /><meta property="og:locale" content="en_US" /><meta '
            f'name="description" content="{esc(desc)}" /><meta property="og:description" content="{esc(desc)}" />'
            f'<link rel="canonical" href="{u(path)}" /><meta property="og:url" content="{u(path)}" /><meta '
            f'property="og:site_name" content="{STUDENT_SITE}" /><meta property="og:type" content="{og}" />{extra}'
            f'<meta name="twitter:card" content="summary" /><script type="application/ld+json">{json.dumps(ld)}'
            f'</script><!-- End Jekyll SEO tag --><link rel="stylesheet" href="/assets/css/style.css" /></head>'
            f'<body><header class="navbar" role="navigation"><nav class="menu"><input type="checkbox" '
            f'id="menu-trigger" class="menu-trigger" /><label for="menu-trigger"><span class="menu-icon"></span>'
            f'</label><a id="mood"></a><div class="trigger"><div class="trigger-container"><a class="menu-link" '
            f'href="{u("/")}">home</a><a class="menu-link" href="{u("/archive/")}">archive</a><a class="menu-link" '
            f'href="{u("/tags/")}">tags</a><a class="menu-link" href="{u("/about/")}">about</a></div></div></nav>'
            f'</header><div class="{wrapper}"><main class="page-content" aria-label="Content">{main}</main></div>'
            f'<footer class="footer"><a href="{u("/")}">&copy; 2025 Lena Ruiz</a></footer></body></html>')


def _klise_list(posts: list[Work], u) -> str:
    return '<ul class="post-list">' + "".join(
        f'<li class="post-item"><div class="meta"><time datetime="{w.date}">{_short_date(w.date)}</time></div>'
        f'<span><a class="post-link" href="{u(w.path)}">{esc(w.title)}</a></span></li>'
        for w in posts if w.kind == "article") + "</ul>"


def klise(u, url) -> list[Doc]:
    posts = _on(STUDENT)
    paper = WORKS["student-capstone"]
    docs = [_work(paper, _pdf(paper))]
    for w in (x for x in posts if x.kind == "article"):
        tags = ", ".join(f'<a class="tag" href="{u("/tags/")}#{t}">{t}</a>' for t in w.tags)
        more = ""
        if w.path == WORKS["student-found-mentor"].path:
            more = (f'<p>I keep a running list of <a href="{u("/mentoring-resources/")}">mentoring resources for LIS '
                    f'students</a>. Also worth reading: <a href="{url(LETTERS, WORKS["letters-hashtag"].path)}">'
                    f"Career Stacks on finding a mentor</a>.</p>")
        main = (f'<article itemscope itemtype="https://schema.org/BlogPosting"><header class="header"><h1 '
                f'class="header-title" itemprop="headline">{esc(w.title)}</h1><div class="post-meta"><time '
                f'datetime="{w.date}T00:00:00+00:00" itemprop="datePublished">{_short_date(w.date)}</time><span '
                f'itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Lena Ruiz'
                f'</span></span><div class="tags"><span itemprop="keywords">{tags}</span></div></div></header>'
                f'<div class="page-content" itemprop="articleBody">{_html(w.paras)}{more}</div></article>')
        ld = {"@context": "https://schema.org", "@type": "BlogPosting", "author": {"@type": "Person",
              "name": "Lena Ruiz"}, "dateModified": w.date + "T00:00:00+00:00", "datePublished": w.date
              + "T00:00:00+00:00", "description": w.paras[0][:160], "headline": w.title,
              "mainEntityOfPage": {"@type": "WebPage", "@id": u(w.path)}, "url": u(w.path)}
        docs.append(_work(w, _klise(w.title, u, w.path, main, w.paras[0][:160], ld, "article",
                                    f'<meta property="article:published_time" content="{w.date}T00:00:00+00:00" />',
                                    "wrapper post")))
    intro = ('<div class="author"><h2 class="author-name">Lena Ruiz</h2><p class="author-bio">MLIS student, '
             'circulation assistant, future archivist (probably).</p></div>')
    home = (intro + _klise_list(posts, u) + f'<p>Capstone: <a href="{u(paper.path)}">Peer mentoring among '
            "early-career archivists in online communities (PDF)</a></p>")
    docs.append(_other(STUDENT, "/", _klise("Home", u, "/", home, "Lena Ruiz's blog about library school.")))
    docs.append(_other(STUDENT, "/archive/", _klise("Archive", u, "/archive/", "<h1>Archive</h1>" + "".join(
        f"<h2>{y}</h2>" + _klise_list([w for w in posts if w.date[:4] == y], u)
        for y in sorted({w.date[:4] for w in posts if w.kind == "article"}, reverse=True)), "All posts.")))
    tags = sorted({t for w in posts for t in w.tags})
    by_tag = "".join(f'<h2 id="{t}" class="tag-name">{t}</h2>' + _klise_list([w for w in posts if t in w.tags], u)
                     for t in tags)
    docs.append(_other(STUDENT, "/tags/", _klise("Tags", u, "/tags/", '<div class="tags">' + " ".join(
        f'<a class="tag" href="#{t}">{t}</a>' for t in tags) + "</div>" + by_tag, "Posts by tag.")))
    docs.append(_other(STUDENT, "/about/", _klise("About", u, "/about/", (
        "<h1>About</h1><p>Hi, I'm Lena. I'm in the final year of an MLIS, working part-time at a university "
        "library circulation desk. I write about library school, archives and figuring out a career. My capstone "
        f'paper is <a href="{u(paper.path)}">here</a>.</p>'), "About Lena.")))
    docs.append(_other(STUDENT, "/mentoring-resources/", _klise("404", u, "/404.html", (
        '<div class="not-found"><h1>404</h1><p>Page not found :(</p><p>The requested page could not be found.</p>'
        f'<a href="{u("/")}">Go back home</a></div>'), "Page not found."), status=404))
    return docs


# --- Waterhole (a forum for library workers) -----------------------------------------------------------------

FORUM_SITE = "The Back Room"
_PROFILES = {"ref_desk_rita": "/users/ref_desk_rita", "libtechtom": "/users/libtechtom",
             "newbie_nadia": "/users/newbie_nadia"}
_CHANNEL = {"forum-slack-mentor": "careers", "forum-mailing-lists": "careers", "forum-linkedin": "careers",
            "forum-salary": "careers", "forum-discord-circle": "mentoring", "forum-ils": "tech-talk",
            "forum-instagram": "tech-talk"}
_CHANNEL_NAME = {"careers": "Careers", "mentoring": "Mentoring", "tech-talk": "Tech Talk"}


def _who(name: str, u) -> str:
    if name in _PROFILES:
        return f'<a href="{u(_PROFILES[name])}" class="attribution__name">{name}</a>'
    return f'<span class="attribution__name">{name}</span>'


def _waterhole(title: str, u, main: str, desc: str = "") -> str:
    nav = "".join(f'<li><a href="{u("/channels/" + c)}" class="nav-link"><span class="label">{n}</span></a></li>'
                  for c, n in _CHANNEL_NAME.items())
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
            f'width, initial-scale=1"><title>{esc(title)} - {FORUM_SITE}</title>'
            + (f'<meta name="description" content="{esc(desc)}">' if desc else "")
            + f'<link rel="stylesheet" href="/vendor/waterhole/css/global.css"></head><body class="waterhole">'
            f'<div class="waterhole"><header class="header"><div class="header__title"><a href="{u("/")}" '
            f'class="header__title-link">{FORUM_SITE}</a></div><div class="header__search"><form action="'
            f'{u("/search")}" method="get"><input type="search" name="q" placeholder="Search"></form></div></header>'
            f'<div class="section container with-sidebar"><div class="sidebar sidebar--sticky"><nav class="nav">'
            f'<ul><li><a href="{u("/")}" class="nav-link"><span class="label">Home</span></a></li>{nav}</ul></nav>'
            f'</div><div class="stack gap-lg">{main}</div></div><footer class="footer">Powered by <a '
            f'href="https://waterhole.dev">Waterhole</a></footer></div></body></html>')


def _row(key: str, u) -> str:
    w = WORKS[key]
    ch = _CHANNEL[key]
    return (f'<li class="post-list-item"><div class="post-list-item__content"><h3 class="post-list-item__title"><a '
            f'href="{u(w.path)}">{esc(w.title)}</a></h3><div class="post-summary__info"><a '
            f'href="{u("/channels/" + ch)}" class="channel-label">{_CHANNEL_NAME[ch]}</a> {_who(w.author, u)} '
            f'<time datetime="{w.date}T14:00:00Z"'
            f'>{_short_date(w.date)}</time> <span class="post-list-item__comments">{len(w.replies)} comments</span>'
            f"</div></div></li>")


def waterhole(u, url) -> list[Doc]:
    keys = sorted(_CHANNEL, key=lambda k: WORKS[k].date, reverse=True)
    docs = []
    for k in keys:
        w = WORKS[k]
        ch = _CHANNEL[k]
        body = "".join(f"<p>{esc(x)}</p>" for x in w.paras)
        if k == "forum-mailing-lists":
            body += (f'<p>(Edit: someone pointed me to <a href="{url(ASSOC, WORKS["assoc-mentoring-online"].path)}">'
                     f"this regional network's online mentoring scheme</a>.)</p>")
        comments = "".join(
            f'<div class="comment" id="comment-{i + 1}"><div class="comment__main"><header class="comment__header">'
            f'<div class="attribution">{_who(who, u)} <time datetime="{w.date}T1{i + 5}:00:00Z">{_short_date(w.date)}'
            f'</time></div></header><div class="comment__body content"><p>{esc(text)}</p></div></div></div>'
            for i, (who, text) in enumerate(w.replies))
        main = (f'<div class="post-page"><article class="post-full"><header class="post-header"><a href="'
                f'{u("/channels/" + ch)}" class="channel-label">{_CHANNEL_NAME[ch]}</a><h1 class="post-title">'
                f'{esc(w.title)}</h1><div class="attribution">{_who(w.author, u)} <time datetime="{w.date}T14:00:00Z">'
                f'{_short_date(w.date)}</time></div></header><div class="post-body content">{body}</div></article>'
                f'<hr><section class="post-comments" id="comments"><header class="toolbar post-comments__toolbar"><h2 '
                f'class="h3 post-comments__title">{len(w.replies)} Comments</h2></header><div>{comments}</div>'
                f"</section></div>")
        docs.append(_work(w, _waterhole(w.title, u, main, w.paras[0][:150])))
    pager = f'<nav class="pagination"><a href="{u("/?page=2")}" rel="next">Next</a></nav>'
    latest = "".join(_row(k, u) for k in keys[:5])
    docs.append(_other(FORUM, "/", _waterhole("Home", u, f'<ul class="post-list">{latest}</ul>{pager}',
                                              "A forum for library workers.")))
    docs.append(_other(FORUM, "/?page=2", _waterhole("Home", u, '<ul class="post-list">' + "".join(
        _row(k, u) for k in keys[5:]) + "</ul>" + f'<nav class="pagination"><a href="{u("/")}" rel="prev">Previous'
                                                  "</a></nav>")))
    for c, n in _CHANNEL_NAME.items():
        note = (f'<p class="channel-description">Mentoring circles and sign-ups. Older threads: <a href="'
                f'{u("/search?q=mentor")}">search for mentor</a>.</p>' if c == "mentoring" else "")
        docs.append(_other(FORUM, "/channels/" + c, _waterhole(n, u, f'<h1 class="h2">{n}</h1>{note}<ul '
                                                               f'class="post-list">' + "".join(
            _row(k, u) for k in keys if _CHANNEL[k] == c) + "</ul>")))
    hits = [k for k in keys if "mentor" in " ".join(WORKS[k].paras + tuple(t for _, t in WORKS[k].replies)).lower()]
    docs.append(_other(FORUM, "/search?q=mentor", _waterhole("Search: mentor", u, f'<h1 class="h3">{len(hits)} '
                                                            f'results for &ldquo;mentor&rdquo;</h1><ul class="post-'
                                                            f'list">' + "".join(_row(k, u) for k in hits) + "</ul>")))
    bios = {"ref_desk_rita": "Reference librarian, public library. Runs the mentoring circles.",
            "libtechtom": "Systems librarian. Twelve years of e-resources and counting.",
            "newbie_nadia": "School librarian, first year."}
    for name, path in _PROFILES.items():
        mine = [k for k in keys if WORKS[k].author == name]
        docs.append(_other(FORUM, path, _waterhole(name, u, f'<div class="user-profile"><h1 class="user-profile__name">'
                                                   f'{name}</h1><p class="user-profile__bio">{bios[name]}</p><p>'
                                                   f'Joined 2021</p></div><h2 class="h4">Posts</h2><ul class="post-'
                                                   f'list">' + "".join(_row(k, u) for k in mine) + "</ul>")))
    return docs


# --- a Project MUSE-like journal ---------------------------------------------------------------------------------

JOURNAL_TITLE = "Libraries and the Professions"
_ISSUES = {"/issue/51877": ("Volume 6, Number 1, June 2024", ["journal-distance", "journal-school"]),
           "/issue/51650": ("Volume 5, Number 2, December 2023", ["journal-apprentices"])}
_PAGES = {"journal-distance": (1, 24), "journal-school": (25, 46), "journal-apprentices": (101, 122),
          "journal-appraisal": (88, 109)}
_SEARCH = "/search?action=search&query=content:mentoring"


def _muse(title: str, u, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>{head}'
            f'<link rel="stylesheet" href="/css/muse.css"></head><body><div id="skip"><a href="#main_content">Skip '
            f'to main content</a></div><header id="header"><div class="logo"><a href="{u("/")}">MUSE-like</a></div>'
            f'<nav id="nav"><ul><li><a href="{u("/")}">Browse</a></li><li><a href="{u("/about/")}">About</a></li>'
            f'</ul></nav><form id="search_form" action="{u("/search")}" method="get"><input type="hidden" '
            f'name="action" value="search"><input name="query"></form></header><main id="main_content">{main}'
            f'</main><footer id="footer"><ul><li><a href="{u("/about/")}">About</a></li><li><a '
            f'href="https://www.jhu.edu/">Johns Hopkins University</a></li></ul><p>&copy; 2024 Project MUSE-like. '
            f"Produced by Johns Hopkins University Press in collaboration with The Sheridan Libraries.</p></footer>"
            f"</body></html>")


def _muse_card(key: str, u) -> str:
    w = WORKS[key]
    first, last = _PAGES[key]
    authors = ", ".join(w.author.split("; "))
    return (f'<div class="card_text"><ul><li class="title"><span><a href="{u(w.path)}">{esc(w.title)}</a></span>'
            f'</li><li class="author">{esc(authors)}</li><li class="pg">pp. {first}-{last}</li></ul></div>')


def _muse_article(key: str, u) -> Doc:
    w = WORKS[key]
    first, last = _PAGES[key]
    issue = next((p for p, (_, ks) in _ISSUES.items() if key in ks), None)
    vol, num = ("6", "1") if w.date == "2024-06-01" else ("5", "2") if w.date == "2023-12-01" else ("6", "2")
    head = (f'<meta name="citation_title" content="{esc(w.title)}">' + "".join(
        f'<meta name="citation_author" content="{esc(a)}">' for a in w.author.split("; "))
        + f'<meta name="citation_publication_date" content="{w.date.replace("-", "/")}"><meta '
        f'name="citation_journal_title" content="{JOURNAL_TITLE}"><meta name="citation_publisher" content="Johns '
        f'Hopkins University Press"><meta name="citation_volume" content="{vol}"><meta name="citation_issue" '
        f'content="{num}"><meta name="citation_firstpage" content="{first}"><meta name="citation_lastpage" '
        f'content="{last}"><meta name="citation_issn" content="2998-1042"><meta name="citation_abstract_html_url" '
        f'content="{u(w.path)}"><meta name="citation_pdf_url" content="{u(w.path + "/pdf")}"><link rel="canonical" '
        f'href="{u(w.path)}"><meta property="og:title" content="{esc(w.title)}"><meta property="og:type" '
        f'content="article">')
    crumbs = (f'<li><a href="{u("/journal/412")}">{JOURNAL_TITLE}</a></li>'
              + (f'<li><a href="{u(issue)}">{_ISSUES[issue][0]}</a></li>' if issue else "<li>Ahead of print</li>"))
    keywords = ", ".join(f'<a href="{u(_SEARCH)}">{t}</a>' if t == "Mentoring" else esc(t) for t in w.tags)
    authors = "".join(f'<li class="author"><span>{esc(a)}</span></li>' for a in w.author.split("; "))
    abstract, body = w.paras[0], w.paras[1:]
    main = (f'<ol class="breadcrumb"><li><a href="{u("/")}">Project MUSE-like</a></li>{crumbs}<li>{esc(w.title)}'
            f'</li></ol><div id="article_wrap"><div class="card_text"><ul><li class="title">{esc(w.title)}</li>'
            f'{authors}<li class="designation">{JOURNAL_TITLE}, Volume {vol}, Number {num}, '
            f'{_MONTHS[int(w.date[5:7]) - 1]} {w.date[:4]}, pp. {first}-{last}</li><li class="doi">10.5555/lap.{vol}.'
            f'{num}.{first}</li><li class="type">Article</li></ul></div><div class="abstract" id="abstract"><h3>'
            f'Abstract</h3><p>{esc(abstract.removeprefix("Abstract: "))}</p></div><div id="article_body" '
            f'class="article_body">{_html(body, h="h3")}</div><div class="additional_info"><h3>Additional '
            f'Information</h3><table><tr><td>Keywords</td><td>{keywords}</td></tr><tr><td>Launched on MUSE</td><td>'
            f"{w.date}</td></tr></table></div></div>")
    return _work(w, _muse(f"Project MUSE - {w.title}", u, main, head))


def muse(u) -> list[Doc]:
    keys = ["journal-distance", "journal-school", "journal-apprentices", "journal-appraisal"]
    docs = [_muse_article(k, u) for k in keys]
    journal = (f'<h1>{JOURNAL_TITLE}</h1><p>Published by Johns Hopkins University Press</p><h2>Articles ahead of '
               f'print</h2>{_muse_card("journal-appraisal", u)}<h2>Browse issues</h2><ul>' + "".join(
                   f'<li><a href="{u(p)}">{n}</a></li>' for p, (n, _) in _ISSUES.items()) + "</ul>")
    docs.append(_other(JOURNAL, "/journal/412", _muse(f"Project MUSE - {JOURNAL_TITLE}", u, journal)))
    for p, (n, ks) in _ISSUES.items():
        cards = "".join(_muse_card(k, u) for k in ks)
        if p == "/issue/51650":
            cards += (f'<div class="card_text"><ul><li class="title"><span><a href="{u("/pub/412/article/902211")}">'
                      f"Reading Rooms and Their Readers, 1880-1914</a></span></li><li class=\"author\">Clara Mbeki"
                      f'</li><li class="pg">pp. 77-100</li></ul></div>')
        docs.append(_other(JOURNAL, p, _muse(f"Project MUSE - {JOURNAL_TITLE} - {n}", u, f'<ol class="breadcrumb">'
                                             f'<li><a href="{u("/journal/412")}">{JOURNAL_TITLE}</a></li><li>{n}</li>'
                                             f"</ol><h1>{JOURNAL_TITLE}</h1><h2>{n}</h2>{cards}")))
    home = (f'<h1>Browse</h1><h2>Recently published</h2>{_muse_card("journal-appraisal", u)}'
            f'{_muse_card("journal-distance", u)}<h2>Journals</h2><ul><li><a href="{u("/journal/412")}">'
            f"{JOURNAL_TITLE}</a></li></ul>")
    docs.append(_other(JOURNAL, "/", _muse("Project MUSE-like", u, home)))
    hits = "".join(f'<div class="search_result">{_muse_card(k, u)}</div>' for k in ["journal-distance",
                                                                                  "journal-school"])
    docs.append(_other(JOURNAL, _SEARCH, _muse("Project MUSE - Search Results", u, (
        f'<h1>Search results</h1><p class="search_terms">Content: mentoring</p><p>2 results</p>{hits}'))))
    docs.append(_other(JOURNAL, "/about/", _muse("Project MUSE - About", u, (
        "<h1>About</h1><p>Project MUSE-like provides access to journals and books in the humanities and social "
        "sciences from university presses and scholarly societies.</p>"))))
    docs.append(_other(JOURNAL, "/pub/412/article/902211", _muse("Project MUSE - Content Not Available", u, (
        '<div class="error"><h1>Content not available</h1><p>The content you requested is not available. It may '
        f'have been moved or withdrawn. Please <a href="{u("/")}">browse</a> or search for it.</p></div>'))))
    return docs


# --- a Scribd-like document host ----------------------------------------------------------------------------

DOC_SITE = "Docshelf"
_UPLOADER = {"docs-pln-slides": ("Amara Lindqvist", "/user/552190/amara-lindqvist")}
_LIBDOCS = ("librarydocs", "/user/610734/librarydocs")
_CATEGORY = {"Education": "/docs/Education", "Business": "/docs/Business"}
_DOC_SEARCH = "/search?query=library%20mentoring"


def _shelf(title: str, u, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>{head}'
            f'<meta property="og:site_name" content="{DOC_SITE}"><meta property="fb:app_id" content="102020800">'
            f'</head><body class="autogen_class_views_layouts_default"><div id="global_header"><header '
            f'class="header"><a href="{u("/")}" class="logo" aria-label="{DOC_SITE} home">{DOC_SITE}</a><form '
            f'class="search_form" action="{u("/search")}" method="get"><input name="query" aria-label="Search">'
            f'</form><nav><a href="{u("/docs/Education")}">Education</a> <a href="{u("/docs/Business")}">Business'
            f'</a></nav></header></div><div class="main_content">{main}</div><footer class="footer"><p>About '
            f"{DOC_SITE} &middot; Support &middot; Terms &middot; Privacy</p><p>Copyright &copy; 2024 {DOC_SITE} "
            f"Inc.</p></footer></body></html>")


def _shelf_who(key: str) -> tuple[str, str]:
    return _UPLOADER.get(key, _LIBDOCS)


def _shelf_card(key: str, u) -> str:
    w = WORKS[key]
    return (f'<li class="document_cell"><a class="doc_link" href="{u(w.path)}"><span class="title">{esc(w.title)}'
            f'</span></a><span class="author">{esc(_shelf_who(key)[0])}</span></li>')


def docshelf(u, url) -> list[Doc]:
    keys = ["docs-pln-slides", "docs-handbook", "docs-strategic-plan", "docs-marketing"]
    docs = []
    for k in keys:
        w = WORKS[k]
        who, profile = _shelf_who(k)
        cat = w.tags[0] if w.tags[0] in _CATEGORY else None
        pages = "".join(f'<div class="outer_page" id="outer_page_{i + 1}"><div class="newpage"><p class="text_layer">'
                        f"{esc(x)}</p></div></div>" for i, x in enumerate(w.paras))
        related = (f'<div class="related_searches"><h3>Related searches</h3><a href="{u(_DOC_SEARCH)}">library '
                   f"mentoring</a></div>" if k in ("docs-pln-slides", "docs-handbook") else "")
        if k == "docs-handbook":
            related += (f'<div class="recommended"><h3>Similar documents</h3><ul><li><a href="'
                        f'{u("/document/655201943/Mentoring-Program-Guide")}">Mentoring Program Guide</a></li>'
                        f"</ul></div>")
        head = (f'<meta name="description" content="{esc(w.paras[0][:160])}"><meta property="og:title" content="'
                f'{esc(w.title)}"><meta property="og:type" content="article"><meta property="og:url" content="'
                f'{u(w.path)}"><meta property="og:description" content="{esc(w.paras[0][:160])}"><meta '
                f'property="og:image" content="https://imgv2.docshelf.example/{w.path.split("/")[2]}/149x198/'
                f'thumb.jpg"><meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="'
                f'{u(w.path)}">')
        main = (f'<div class="document_header"><h1 class="doc_title">{esc(w.title)}</h1><div class="meta"><span '
                f'class="uploaded_by">Uploaded by <a href="{u(profile)}">{esc(who)}</a></span> <span '
                f'class="upload_date">on {_long_date(w.date)}</span>'
                + (f' <a class="category" href="{u(_CATEGORY[cat])}">{cat}</a>' if cat else "")
                + f'</div><p class="description">{esc(w.title)}</p></div><div class="document_scroller">{pages}</div>'
                f'<div class="share"><a href="https://twitter.com/intent/tweet?url={url(DOCS, w.path)}">Share on X</a>'
                f"</div>{related}")
        docs.append(_work(w, _shelf(f"{w.title} | PDF", u, main, head)))
    home = ('<h1>Discover documents</h1><ul class="document_list">' + "".join(_shelf_card(k, u) for k in keys)
            + f'</ul><h2>Browse by category</h2><ul><li><a href="{u("/docs/Education")}">Education</a></li><li><a '
              f'href="{u("/docs/Business")}">Business</a></li></ul>')
    docs.append(_other(DOCS, "/", _shelf(f"{DOC_SITE}: read documents and books online", u, home)))
    for cat, p in _CATEGORY.items():
        mine = [k for k in keys if WORKS[k].tags[0] == cat]
        docs.append(_other(DOCS, p, _shelf(f"{cat} documents | {DOC_SITE}", u, f"<h1>{cat}</h1><ul "
                                           f'class="document_list">' + "".join(_shelf_card(k, u) for k in mine)
                                           + "</ul>")))
    docs.append(_other(DOCS, _DOC_SEARCH, _shelf(f"library mentoring | {DOC_SITE}", u, (
        '<h1>Results for "library mentoring"</h1><ul class="document_list">' + _shelf_card("docs-pln-slides", u)
        + _shelf_card("docs-handbook", u) + "</ul>"))))
    for who, path, mine in (("Amara Lindqvist", "/user/552190/amara-lindqvist", ["docs-pln-slides"]),
                            (*_LIBDOCS, keys[1:])):
        docs.append(_other(DOCS, path, _shelf(f"{who} | {DOC_SITE}", u, (
            f'<div class="profile_header"><h1>{esc(who)}</h1><p>{len(mine)} uploads</p></div><ul '
            f'class="document_list">' + "".join(_shelf_card(k, u) for k in mine) + "</ul>"))))
    docs.append(_other(DOCS, "/document/655201943/Mentoring-Program-Guide", _shelf(f"Document not available | "
                                                                                   f"{DOC_SITE}", u, (
        '<div class="error_page"><h1>This document is not available</h1><p>The document you are looking for was '
        f'removed by its owner or is private.</p><p><a href="{u("/")}">Discover other documents</a></p></div>'))))
    return docs


# --- a Castos podcast site (a library vendor's podcast) -----------------------------------------------------------

SHOW = "Overdue"


def _castos(title: str, u, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
            f'width, initial-scale=1"><title>{esc(title)}</title>{head}<link rel="alternate" type="application/rss+'
            f'xml" title="{SHOW}" href="https://feeds.castos.example/xk2p9"><link rel="stylesheet" '
            f'href="/css/app.css"></head><body class="podcast-website"><nav class="navbar navbar-expand-lg"><div '
            f'class="container"><a class="navbar-brand" href="{u("/")}">{SHOW}</a><ul class="navbar-nav"><li '
            f'class="nav-item"><a class="nav-link" href="{u("/")}">Episodes</a></li><li class="nav-item"><a '
            f'class="nav-link" href="{u("/about")}">About</a></li><li class="nav-item"><a class="nav-link" '
            f'href="{u("/contact")}">Contact</a></li></ul></div></nav><main>{main}</main><footer class="footer"><div '
            f'class="container"><p>&copy; 2024 Lumen Library Systems</p><p class="powered-by">Podcast powered by '
            f'<a href="https://castos.com">Castos</a></p></div></footer></body></html>')


def _castos_card(w: Work, u) -> str:
    return (f'<div class="episode-card"><div class="card-body"><p class="episode-date">{_long_date(w.date)}</p><h2 '
            f'class="episode-title"><a href="{u(w.path)}">{esc(w.title)}</a></h2><p class="episode-excerpt">'
            f'{cut(w.paras[0], 180)}</p><a class="btn" href="{u(w.path)}">Listen</a></div></div>')


def castos(u, url) -> list[Doc]:
    eps = _on(PODCAST)
    docs = []
    for n, w in enumerate(eps):
        slug = w.path.rsplit("/", 1)[1]
        notes = "".join(f"<li>{esc(x)}</li>" for x in w.notes)
        if w.path == WORKS["podcast-mentors"].path:
            notes = (f'<li>Amara\'s <a href="{url(DOCS, WORKS["docs-pln-slides"].path)}">PLN workshop slides</a> are '
                     f"on Docshelf.</li><li>Transcript available on request.</li>")
        ld = {"@context": "https://schema.org", "@type": "PodcastEpisode", "name": w.title, "datePublished": w.date,
              "url": u(w.path), "description": w.paras[0], "partOfSeries": {"@type": "PodcastSeries", "name": SHOW,
                                                                             "url": u("/")},
              "associatedMedia": {"@type": "MediaObject", "contentUrl":
                                  f"https://episodes.castos.example/overdue/{slug}.mp3"}}
        head = (f'<meta name="description" content="{esc(w.paras[0][:155])}"><meta property="og:title" content="'
                f'{esc(w.title)}"><meta property="og:description" content="{esc(w.paras[0][:155])}"><meta '
                f'property="og:type" content="website"><meta property="og:url" content="{u(w.path)}"><meta '
                f'name="twitter:card" content="player"><script type="application/ld+json">{json.dumps(ld)}</script>')
        main = (f'<section class="episode-hero"><div class="container"><p class="episode-date">{_long_date(w.date)}'
                f' &middot; Season 3</p><h1 class="episode-title">{esc(w.title)}</h1><div class="castos-player"><audio'
                f' controls preload="none" src="https://episodes.castos.example/overdue/{slug}.mp3"></audio></div>'
                f'</div></section><section class="episode-content"><div class="container"><div class="episode-'
                f'description">{_html(w.paras)}' + (f"<h3>Show notes</h3><ul>{notes}</ul>" if notes else "")
                + f'</div><div class="share-links"><a href="https://www.facebook.com/sharer/sharer.php?u='
                  f'{u(w.path)}">Facebook</a> <a href="https://twitter.com/intent/tweet?url={u(w.path)}">X</a></div>'
                  f"</div></section>")
        docs.append(_work(w, _castos(f"{w.title} - {SHOW}", u, main, head)))
    intro = (f'<section class="podcast-hero"><div class="container"><h1>{SHOW}</h1><p>Conversations about libraries, '
             f"library work and library technology, from Lumen Library Systems.</p></div></section>")
    docs.append(_other(PODCAST, "/", _castos(f"{SHOW} - Podcast", u, intro + '<div class="container episodes">'
                                             + "".join(_castos_card(w, u) for w in eps[:3])
                                             + '<nav class="pagination">'
                                             f'<a class="page-link" href="{u("/episodes?page=2")}">Next &raquo;</a>'
                                             "</nav></div>")))
    docs.append(_other(PODCAST, "/episodes?page=2", _castos(f"{SHOW} - Episodes - Page 2", u, '<div class="container '
                                                            'episodes">' + "".join(_castos_card(w, u) for w in eps[3:])
                                                            + f'<nav class="pagination"><a class="page-link" href="'
                                                              f'{u("/")}">&laquo; Previous</a></nav></div>')))
    docs.append(_other(PODCAST, "/about", _castos(f"About - {SHOW}", u, (
        '<div class="container"><h1>About the show</h1><p>Overdue is made by the team at Lumen Library Systems. '
        "Every other Tuesday, Jess Moreno talks to library people about their work, their careers and the "
        "technology they use.</p></div>"))))
    docs.append(_other(PODCAST, "/contact", _castos(f"Contact - {SHOW}", u, (
        '<div class="container"><h1>Contact</h1><p>Ideas for an episode, or want to be a guest? Use the form '
        'below.</p><form method="post"><input name="name"><input name="email"><textarea name="message"></textarea>'
        "<button>Send</button></form></div>"))))
    return docs


# --- a Revue-like newsletter archive ----------------------------------------------------------------------------

LETTER = "Career Stacks"
_ROOT = "/profile/careerstacks"


def _revue(title: str, u, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>{head}'
            f'<meta name="twitter:card" content="summary_large_image"><link rel="alternate" type="application/rss+xml"'
            f' href="{u(_ROOT + "/issues.rss")}" title="{LETTER}"></head><body class="profile"><div class="revue-'
            f'header"><a href="{u(_ROOT)}" class="profile-name">{LETTER}</a> <span class="by">by <a href="'
            f'{u(_ROOT + "/members")}">Priya Nair</a></span></div><div class="container">{main}</div><div '
            f'class="revue-footer"><p>{LETTER} is published with Revue-like. <a href="{u(_ROOT + "/issues")}">'
            f'Archive</a></p></div></body></html>')


def _revue_item(w: Work, u) -> str:
    return (f'<div class="issue-item"><a href="{u(w.path)}" class="issue-title">{esc(w.title)}</a><div '
            f'class="issue-date">{_long_date(w.date)}</div><p class="issue-description">{cut(w.paras[1], 160)}</p>'
            f"</div>")


def revue(u) -> list[Doc]:
    issues = _on(LETTERS)
    docs = []
    for w in issues:
        head = (f'<meta name="description" content="{esc(w.paras[1][:160])}"><meta property="og:title" content="'
                f'{esc(w.title)} | {LETTER}"><meta property="og:description" content="{esc(w.paras[1][:160])}">'
                f'<meta property="og:type" content="article"><meta property="og:url" content="{u(w.path)}">')
        main = (f'<div class="issue"><div class="issue-header"><div class="issue-date">{_long_date(w.date)}</div>'
                f'<h1 class="issue-title">{esc(w.title)}</h1></div><div class="issue-items"><div class="item '
                f'item--text"><div class="item-body">{_html(w.paras)}</div></div></div><div class="issue-footer"><p>'
                f'Did you enjoy this issue? <a href="{u(_ROOT)}">Subscribe to {LETTER}</a></p><p><a href="https://'
                f'twitter.com/intent/tweet?url={u(w.path)}">Tweet</a> <a href="https://www.linkedin.com/shareArticle'
                f'?url={u(w.path)}">Share</a></p></div></div>')
        docs.append(_work(w, _revue(f"{w.title} | {LETTER}", u, main, head)))
    home = (f'<div class="profile-header"><h1>{LETTER}</h1><p class="profile-description">A monthly newsletter about '
            f"library and information careers: job hunting, mentoring, moving up and moving on. By Priya Nair, "
            f'careers adviser and former law librarian.</p><form class="subscribe" method="post"><input type="email" '
            f'name="member[email]"><button>Subscribe</button></form></div><h2>Latest issues</h2>'
            + "".join(_revue_item(w, u) for w in issues[:3]) + f'<p><a href="{u(_ROOT + "/issues")}">See all issues'
                                                               "</a></p>")
    docs.append(_other(LETTERS, _ROOT, _revue(f"{LETTER} | Revue-like", u, home, f'<meta property="og:title" '
                                              f'content="{LETTER}"><meta property="og:type" content="website">')))
    docs.append(_other(LETTERS, _ROOT + "/issues", _revue(f"{LETTER} - Issues | Revue-like", u, (
        "<h1>All issues</h1>" + "".join(_revue_item(w, u) for w in issues)))))
    docs.append(_other(LETTERS, _ROOT + "/members", _revue(f"Priya Nair | Revue-like", u, (
        '<div class="member"><h1>Priya Nair</h1><p>Careers adviser for library and information workers. Former '
        f'law librarian. Writes <a href="{u(_ROOT)}">{LETTER}</a>.</p></div>'))))
    return docs


# --- a Mataroa blog (a records manager) -------------------------------------------------------------------------

PLAIN_SITE = "Jo Fennick"


def _mataroa(title: str, u, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
            f'width, initial-scale=1"><title>{esc(title)}</title>{head}<link rel="alternate" type="application/rss'
            f'+xml" title="RSS" href="{u("/rss/")}"><link rel="stylesheet" href="/static/style.css"></head><body>'
            f'<header><nav><a href="{u("/")}">{PLAIN_SITE}</a> &mdash; <a href="{u("/blog/")}">blog</a> | <a '
            f'href="{u("/about/")}">about</a></nav></header><main>{main}</main><footer><p>Powered by <a '
            f'href="https://mataroa.blog/">mataroa.blog</a>.</p></footer></body></html>')


def _mataroa_list(posts: list[Work], u) -> str:
    return '<ul class="posts">' + "".join(
        f'<li><a href="{u(w.path)}">{esc(w.title)}</a> <small><time datetime="{w.date}">{_short_date(w.date)}'
        f"</time></small></li>" for w in posts) + "</ul>"


def mataroa(u) -> list[Doc]:
    posts = _on(PLAIN)
    docs = []
    for w in posts:
        head = (f'<meta name="description" content="{esc(w.paras[0][:150])}"><meta property="og:title" content="'
                f'{esc(w.title)}"><meta property="og:type" content="article"><meta property="og:url" content="'
                f'{u(w.path)}"><meta property="article:published_time" content="{w.date}">')
        main = (f'<h1 class="posts-item-title">{esc(w.title)}</h1><div class="posts-byline">Published on <time '
                f'datetime="{w.date}">{_long_date(w.date)}</time> by <a href="{u("/")}">{PLAIN_SITE}</a></div>'
                f'<div class="posts-body">{_html(w.paras)}</div>')
        docs.append(_work(w, _mataroa(f"{w.title} — {PLAIN_SITE}", u, main, head)))
    docs.append(_other(PLAIN, "/", _mataroa(PLAIN_SITE, u, "<p>Records manager. Files, retention, scanning, and "
                                            "the people who taught me all of it.</p>" + _mataroa_list(posts, u))))
    docs.append(_other(PLAIN, "/blog/", _mataroa(f"Blog — {PLAIN_SITE}", u, "<h1>Blog</h1>"
                                                 + _mataroa_list(posts, u))))
    docs.append(_other(PLAIN, "/about/", _mataroa(f"About — {PLAIN_SITE}", u, (
        "<h1>About</h1><p>I manage records for a local council. Before that, a university and a housing association. "
        "I write here when something annoys me enough.</p>"))))
    return docs


# --- the whole web ---------------------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page of web 20; ``url(host, path)`` makes the absolute URLs links use."""
    def on(host):
        return lambda path: url(host, path)

    return (wordpress(on(ASSOC), url) + eleventy(on(SCHOLAR), url) + bearcub(on(RETIREE)) + klise(on(STUDENT), url)
            + waterhole(on(FORUM), url) + muse(on(JOURNAL)) + docshelf(on(DOCS), url) + castos(on(PODCAST), url)
            + revue(on(LETTERS)) + mataroa(on(PLAIN)))


class LabelledWeb20(ServedWeb):
    """Web 20 (see the module docstring)."""

    HOSTS = HOSTS
    START = {LETTERS: "/profile/careerstacks"}
    FIRST_ADDRESS = 230
    build = staticmethod(build)
