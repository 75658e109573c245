"""Web 42: a held-out labelled web of 130 pages on ten hosts, built from the labels and texts of
:mod:`tests.labelled_text42` (written and committed first).

Platforms, their markup reduced: a state library's news on Silverstripe CMS (its blog module's
``/news/tag/``, ``/news/category/`` and ``/news/profile/`` pages), a regional archives network on ProcessWire
(``/page2/`` pagination), a library association's chapter on Backdrop CMS, a university iSchool on django CMS
(``/en/`` prefixed paths, its toolbar-less published markup), a cataloguer's blog on Astro's AstroPaper theme, a
photo-heavy library blog on WordPress's Inspiro theme, an open-access book on Manifold (a single-page app whose
reader answers an unknown section with 200 and a "not found" view: the soft 404), an F1000-like open research
platform (versions, peer review status in the title, ``citation_*`` tags and a PDF), a GitHub Discussions-like
forum and a Ko-fi creator's page with posts.
"""

from __future__ import annotations

import json
from typing import Callable

from tests.labelled_text42 import (AP, BD, BOOK, DJ, F1K, GH, HOSTS, INS, KOFI, MAN, OTHER, PAPER, PW, REPO, SLQ,
                                   WORKS, Work)
from tests.labelled_web import Doc, ServedWeb, esc, pdf, ps

KIND = {(h, p): k for h, p, k in OTHER}
START = {DJ: "/en/", GH: "/libsoft/opencat", KOFI: "/shelfwhisper"}
SOFT_404 = (MAN, BOOK + "a3f1c2d4-0009-4e7a-9b1c-5d6e7f809a19")


def _works(host: str) -> list[Work]:
    return [w for w in WORKS.values() if w.host == host]


def _others(host: str, kind: str | None = None) -> list[str]:
    return [p for h, p, k in OTHER if h == host and (kind is None or k == kind)]


def _ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _og(w: Work, url: str, site: str, typ: str = "article") -> str:
    return (f'<meta property="og:type" content="{typ}"><meta property="og:title" content="{esc(w.title)}">'
            f'<meta property="og:description" content="{esc(w.paras[0][:180])}"><meta property="og:url" content="{url}">'
            f'<meta property="og:site_name" content="{esc(site)}"><link rel="canonical" href="{url}">'
            f'<meta name="description" content="{esc(w.paras[0][:160])}">')


def _teasers(u, works: list[Work], item: str = "li", cls: str = "") -> str:
    return "".join(f'<{item} class="{cls}"><a href="{u(w.path)}">{esc(w.title)}</a>'
                   f'<time datetime="{w.date}">{w.date}</time><p>{esc(w.paras[0][:140])}&hellip;</p></{item}>'
                   for w in works)


def _site(host: str, u, wrap: Callable, page: Callable, title: str, broken_from: int = 0) -> list[Doc]:
    """Every page of one host: each work through ``page``, the other pages in ``wrap`` with a list of works;
    each error page is linked from a work (an old link in its text)."""
    ws = _works(host)
    errors = _others(host, "error")
    docs = []
    for i, w in enumerate(ws):
        extra = ""
        if i == broken_from:
            extra = "".join(f'<p class="old-link">See also <a href="{u(p)}">an earlier item</a>.</p>' for p in errors)
        head, main = page(w, u, ws)
        docs.append(Doc(host, w.path, w.kind, w.grade, wrap(u, w.title, main + extra, head).encode()))
    for h, p, k in OTHER:
        if h != host:
            continue
        if k == "error":
            soft = (h, p) == SOFT_404
            body = wrap(u, "Not found" if not soft else title,
                        '<div class="error-page"><h1>Page not found</h1><p>Sorry, we could not find that page.</p>'
                        f'<a href="{u(START.get(host, "/"))}">Back to the home page</a></div>', "")
            docs.append(Doc(h, p, k, 0, body.encode(), status=200 if soft else 404))
            continue
        if k in ("about", "contact"):
            main = (f'<h1>{"About" if k == "about" else "Contact us"}</h1><p>{esc(title)}'
                    f'{" is run by a small team and welcomes feedback." if k == "about" else ": write to us at the address below or use the form."}</p>'
                    + ('<form method="post"><input name="name"><textarea name="message"></textarea>'
                       '<button>Send</button></form>' if k == "contact" else ""))
        else:
            shown = ws if k in ("home", "listing", "search") else [w for w in ws if w.grade >= 1] or ws
            if p.endswith(("2/", "page=1", "page=2", "start=10", "/shop", "/members/", "/resources", "/tags/")):
                shown = ws[len(ws) // 2:]
            label = {"home": title, "tag": "Tagged: mentoring", "category": "Category", "search": "Search results",
                     "profile": "Profile", "listing": "Archive"}[k]
            main = f'<h1>{esc(label)}</h1><ul class="list">{_teasers(u, shown)}</ul>'
        docs.append(Doc(h, p, k, 0, wrap(u, title, main, "").encode()))
    return docs


def _nav(u, host: str) -> str:
    return "".join(f'<li><a href="{u(p)}">{esc(p.strip("/").split("/")[-1] or "Home")}</a></li>'
                   for p in _others(host) if KIND[(host, p)] != "error")


# --- Silverstripe CMS (blog module) ---------------------------------------------------------------

def _ss_wrap(u, title, main, head):
    return (f'<!DOCTYPE html><html lang="en-AU"><head><base href="{u("/")}"><title>{esc(title)} &raquo; State Library '
            f'News</title><meta name="generator" content="Silverstripe CMS 5.1">{head}'
            f'<link rel="alternate" type="application/rss+xml" title="RSS" href="{u("/news/rss")}">'
            f'<link rel="stylesheet" href="/_resources/themes/statelib/css/layout.css"></head>'
            f'<body class="BlogPost typography"><div class="cookie-consent">We use cookies. <button>Accept</button></div>'
            f'<header class="header"><a class="brand" href="{u("/")}">State Library News</a>'
            f'<nav class="primary"><ul>{_nav(u, SLQ)}</ul></nav></header>'
            f'<div class="main" role="main"><div class="inner typography line">{main}</div></div>'
            f'<footer class="footer" role="contentinfo"><p>&copy; State Library</p></footer></body></html>')


def _ss_page(w, u, ws):
    head = _og(w, u(w.path), "State Library News")
    slug = w.author.lower().replace(" ", "-")
    prof = f'<a href="{u("/news/profile/" + slug)}">{esc(w.author)}</a>' if slug == "priya-nandakumar" else esc(w.author)
    return head, (f'<div class="blog-entry content-container unit size3of4"><article><h1>{esc(w.title)}</h1>'
                  f'<p class="blog-post-meta">Posted by {prof} on <time datetime="{w.date}">{w.date}</time> in '
                  f'<a href="{u("/news/category/staff-news")}">Staff news</a></p>'
                  f'<div class="content">{ps(w.paras)}</div><div class="tags">Tags: '
                  f'<a href="{u("/news/tag/mentoring")}">mentoring</a></div></article></div>')


# --- ProcessWire -------------------------------------------------------------------------------------

def _pw_wrap(u, title, main, head):
    return (f'<!DOCTYPE html><html lang="en"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            f'<title>{esc(title)} | Regional Archives Network</title>{head}'
            f'<link rel="stylesheet" href="/site/templates/styles/main.css"></head><body id="main">'
            f'<p id="topnav"><a href="{u("/")}">Regional Archives Network</a></p><ul class="topnav">{_nav(u, PW)}</ul>'
            f'<div id="content" class="content-wrap">{main}</div>'
            f'<footer id="footer"><p>Powered by <a href="https://processwire.com">ProcessWire CMS</a></p></footer>'
            f'<script src="/site/templates/scripts/main.js"></script></body></html>')


def _pw_page(w, u, ws):
    return _og(w, u(w.path), "Regional Archives Network"), (
        f'<div id="bodycopy"><h1 id="headline">{esc(w.title)}</h1><p class="byline">{esc(w.author)} &middot; '
        f'{w.date}</p>{ps(w.paras)}<p class="tags"><a href="{u("/tags/mentoring/")}">mentoring</a></p></div>'
        f'<aside id="sidebar"><h3>More news</h3><ul>{"".join(f"<li><a href={chr(34)}{u(x.path)}{chr(34)}>{esc(x.title)}</a></li>" for x in ws if x is not w)}</ul></aside>')


# --- Backdrop CMS --------------------------------------------------------------------------------------

def _bd_wrap(u, title, main, head):
    return (f'<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">'
            f'<meta name="Generator" content="Backdrop CMS 1 (https://backdropcms.org)">{head}'
            f'<title>{esc(title)} | Library Association, Valley Chapter</title></head>'
            f'<body class="page node-type-post"><div class="layout--boxton layout">'
            f'<header class="l-header" role="banner"><a href="{u("/")}" class="logo">Valley Chapter</a>'
            f'<nav class="block-system-main-menu"><ul class="menu">{_nav(u, BD)}</ul></nav></header>'
            f'<main class="l-content" role="main">{main}</main>'
            f'<footer class="l-footer"><p>Powered by <a href="https://backdropcms.org">Backdrop CMS</a></p></footer>'
            f'</div></body></html>')


def _bd_page(w, u, ws):
    head = _og(w, u(w.path), "Valley Chapter") + f'<link rel="shortlink" href="{u(w.path)}">'
    return head, (f'<article class="node node-post view-mode-full" role="article"><h1 class="page-title">'
                  f'{esc(w.title)}</h1><footer><p class="submitted">Submitted by <a href="{u("/user/3")}">'
                  f'{esc(w.author)}</a> on {w.date}</p></footer><div class="content"><div class="field-name-body">'
                  f'{ps(w.paras)}</div><div class="field-name-field-tags"><a href="{u("/tags/mentoring")}">mentoring</a>'
                  f' <a href="{u("/taxonomy/term/4")}">Chapter news</a></div></div></article>'
                  f'<section class="comment-wrapper"><h2>Comments</h2><p>Log in to post comments</p></section>')


# --- django CMS ----------------------------------------------------------------------------------------

def _dj_wrap(u, title, main, head):
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} - School of '
            f'Information</title>{head}<link rel="stylesheet" href="/static/css/ischool.css"></head><body>'
            f'<div class="cms"><header class="navbar"><a class="navbar-brand" href="{u("/en/")}">School of '
            f'Information</a><ul class="nav navbar-nav">{_nav(u, DJ)}</ul>'
            f'<div class="language-chooser"><span class="active">English</span></div></header>'
            f'<div class="container">{main}</div><footer class="footer"><p>University School of Information</p>'
            f'</footer></div></body></html>')


def _dj_page(w, u, ws):
    is_event = "/events/" in w.path
    ld = _ld({"@context": "https://schema.org", "@type": "Event" if is_event else "NewsArticle",
              "name" if is_event else "headline": w.title, "datePublished": w.date,
              "author": {"@type": "Organization", "name": w.author}})
    return _og(w, u(w.path), "School of Information") + ld, (
        f'<article class="aldryn-newsblog-article"><h2>{esc(w.title)}</h2><p class="aldryn-newsblog-meta">'
        f'{esc(w.author)} &middot; {w.date} &middot; <a href="{u("/en/news/category/alumni/")}">Alumni</a></p>'
        f'<div class="lead">{esc(w.paras[0])}</div><div class="aldryn-newsblog-content">{ps(w.paras[1:])}</div>'
        + (f'<p>Contact: <a href="{u("/en/people/amara-nwosu/")}">Dr Amara Nwosu</a></p>' if w is ws[0] else "")
        + '</article>')


# --- Astro, AstroPaper ---------------------------------------------------------------------------------

def _ap_wrap(u, title, main, head):
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta name="viewport" '
            f'content="width=device-width"><link rel="icon" type="image/svg+xml" href="/favicon.svg">'
            f'<meta name="generator" content="Astro v4.5.0"><title>{esc(title)} | Catalogue Notes</title>{head}'
            f'<link rel="sitemap" href="/sitemap-index.xml"><link rel="alternate" type="application/rss+xml" '
            f'href="{u("/rss.xml")}"></head><body><header><a id="skip-to-content" href="#main-content">Skip to '
            f'content</a><div class="nav-container"><a href="{u("/")}" class="logo">Catalogue Notes</a>'
            f'<nav id="nav-menu"><ul>{_nav(u, AP)}</ul></nav></div></header>'
            f'<main id="main-content">{main}</main><footer><div class="footer-wrapper">'
            f'<div class="copyright-wrapper"><span>Copyright &#169; 2024</span> | All rights reserved.</div>'
            f'</div></footer></body></html>')


def _ap_page(w, u, ws):
    tag = "/tags/rda/" if w.grade == 0 else "/tags/mentoring/"
    i = ws.index(w)
    nxt = ws[(i + 1) % len(ws)]
    return _og(w, u(w.path), "Catalogue Notes") + f'<meta name="author" content="{esc(w.author)}">' + _ld(
        {"@context": "https://schema.org", "@type": "BlogPosting", "headline": w.title, "datePublished": w.date,
         "author": [{"@type": "Person", "name": w.author}]}), (
        f'<div class="mx-auto"><button class="focus-outline" onclick="history.back()">Go back</button></div>'
        f'<main id="main-content"><h1 class="post-title">{esc(w.title)}</h1>'
        f'<div class="datetime"><time datetime="{w.date}">{w.date}</time></div>'
        f'<article id="article" class="prose">{ps(w.paras)}</article>'
        f'<ul class="tags"><li><a href="{u(tag)}">#{tag.split("/")[2]}</a></li></ul>'
        f'<div class="post-navigation"><a href="{u(nxt.path)}">Next Post<span>{esc(nxt.title)}</span></a></div></main>')


# --- WordPress, Inspiro ----------------------------------------------------------------------------------

def _ins_wrap(u, title, main, head):
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>{esc(title)} &#8211; Photo '
            f'Stacks</title>{head}<meta name="generator" content="WordPress 6.5"><link rel="stylesheet" '
            f'id="inspiro-style-css" href="/wp-content/themes/inspiro/style.css?ver=1.9.0"></head>'
            f'<body class="wp-theme-inspiro has-header-image inspiro--with-page-nav"><div id="page" class="site">'
            f'<header id="masthead" class="site-header"><div class="custom-header"><div class="custom-header-media">'
            f'<img src="/wp-content/uploads/2024/header.jpg" alt=""></div></div><nav id="site-navigation" '
            f'class="navbar"><a class="custom-logo-text" href="{u("/")}">Photo Stacks</a><ul id="menu-main" class="nav">'
            f'{_nav(u, INS)}</ul></nav></header><div class="site-content-contain"><div id="content" '
            f'class="site-content">{main}</div><footer id="colophon" class="site-footer"><div class="site-info">'
            f'Designed by <a href="https://www.wpzoom.com/" rel="nofollow">WPZOOM</a></div></footer></div></div>'
            f'</body></html>')


def _ins_page(w, u, ws):
    graph = {"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": w.title,
             "datePublished": w.date, "author": {"name": w.author}}]}
    related = "".join(f'<li><a href="{u(x.path)}">{esc(x.title)}</a></li>' for x in ws if x is not w)
    return _og(w, u(w.path), "Photo Stacks") + _ld(graph), (
        f'<div class="entry-cover-image"><img src="/wp-content/uploads/{w.date[:4]}/cover.jpg" alt=""></div>'
        f'<article class="post type-post status-publish has-post-thumbnail"><header class="entry-header">'
        f'<h1 class="entry-title">{esc(w.title)}</h1><div class="entry-meta"><span class="byline">by '
        f'<a href="{u("/author/lena/")}">{esc(w.author)}</a></span> <time class="entry-date published" '
        f'datetime="{w.date}">{w.date}</time> <a href="{u("/category/photo-essays/")}">Photo essays</a></div></header>'
        f'<div class="entry-content">{ps(w.paras)}<figure class="wp-block-gallery"><img src="/a.jpg" alt="">'
        f'<img src="/b.jpg" alt=""></figure></div><footer class="entry-footer"><a href="{u("/tag/mentoring/")}" '
        f'rel="tag">mentoring</a></footer></article><div class="related-posts"><h3>Related</h3><ul>{related}</ul></div>'
        f'<div id="comments" class="comments-area"><div id="respond"><h3>Leave a Reply</h3></div></div>')


# --- Manifold -----------------------------------------------------------------------------------------------

def _man_wrap(u, title, main, head):
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>{head}'
            f'<link rel="stylesheet" href="/static/build/client.css"></head><body><div id="app" data-reactroot="">'
            f'<div class="main-layout"><header class="header-app"><a class="header-logo" href="{u("/")}">Open Press '
            f'Manifold</a><nav class="site-nav"><ul>{_nav(u, MAN)}</ul></nav></header>'
            f'<main id="skip-to-main" class="main-content">{main}</main><footer class="app-footer">'
            f'<p>Powered by Manifold Scholarship</p></footer></div></div>'
            f'<script src="/static/build/browser.js"></script></body></html>')


def _man_page(w, u, ws):
    toc = "".join(f'<li class="toc-item"><a href="{u(x.path)}">{esc(x.title)}</a></li>' for x in ws)
    return (_og(w, u(w.path), "Open Press Manifold", "book")
            + '<meta name="citation_title" content="Connected Mentoring: Libraries, Archives and Online Networks">'), (
        f'<div class="reader-header"><a href="{u("/projects/connected-mentoring")}">Connected Mentoring</a></div>'
        f'<nav class="table-of-contents"><ul>{toc}</ul></nav><section class="reader-section">'
        f'<div class="manifold-text-section text-section"><h1>{esc(w.title)}</h1><p class="author">{esc(w.author)}</p>'
        f'{ps(w.paras)}</div></section>')


# --- F1000-like -----------------------------------------------------------------------------------------------

def _f1_wrap(u, title, main, head):
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | Open Research</title>'
            f'{head}</head><body><div class="cookie-banner">This site uses cookies. <a href="#" rel="nofollow">'
            f'Accept</a></div><header class="o-header"><a href="{u("/")}" class="o-logo">Open Research</a>'
            f'<ul class="o-nav">{_nav(u, F1K)}</ul></header><div class="o-page">{main}</div>'
            f'<footer class="o-footer">All articles are published under a CC BY licence.</footer></body></html>')


def _f1_page(w, u, ws):
    names = w.author.split(", ")
    meta = (f'<meta name="citation_title" content="{esc(w.title.split(" [")[0])}">'
            + "".join(f'<meta name="citation_author" content="{esc(n)}">' for n in names) +
            f'<meta name="citation_publication_date" content="{w.date.replace("-", "/")}">'
            f'<meta name="citation_journal_title" content="Open Research">'
            f'<meta name="citation_doi" content="10.99999/openresearch.{w.path.split("/")[2]}.{w.path.split("/")[3][1:]}">')
    if w.path == PAPER + "v2":
        meta += f'<meta name="citation_pdf_url" content="{u(PAPER + "v2/pdf")}">'
    versions = ""
    if w.path.startswith(PAPER):
        versions = (f'<div class="article-versions">Versions: <a href="{u(PAPER + "v1")}">Version 1</a> '
                    f'<a href="{u(PAPER + "v2")}">Version 2</a></div>')
    dl = f'<a class="download-pdf" href="{u(PAPER + "v2/pdf")}">Download PDF</a>' if w.path == PAPER + "v2" else ""
    return meta + _og(w, u(w.path), "Open Research"), (
        f'<article class="article-page"><h1 class="article-title">{esc(w.title)}</h1><div class="authors">'
        + (f'<a href="{u("/authors/nkechi-okafor")}">{esc(names[0])}</a>' if names[0] == "Okafor N" else esc(names[0]))
        + "".join(f', {esc(n)}' for n in names[1:]) + f'</div>{versions}{dl}'
        f'<div class="abstract-text">{ps(w.paras)}</div><section class="referee-status">'
        f'<h2>Open Peer Review</h2><p>Reviewer Status: reports are published with the article.</p></section>'
        f'<div class="article-subjects"><a href="{u("/subjects/library-science")}">Library Science</a></div></article>')


# --- GitHub Discussions-like -----------------------------------------------------------------------------------

def _gh_wrap(u, title, main, head):
    return (f'<!DOCTYPE html><html lang="en" data-color-mode="auto"><head><meta charset="utf-8">'
            f'<title>{esc(title)} &middot; libsoft/opencat &middot; Discussion</title>{head}</head>'
            f'<body class="logged-out env-production"><header class="Header-old"><a href="{u("/libsoft/opencat")}">'
            f'libsoft / opencat</a></header><nav class="UnderlineNav js-repo-nav"><ul>{_nav(u, GH)}</ul></nav>'
            f'<div class="container-xl">{main}</div><footer class="footer">&copy; 2024 LibSoft</footer></body></html>')


def _gh_page(w, u, ws):
    first, *replies = w.paras
    comments = "".join(
        f'<div class="timeline-comment js-comment"><h3 class="author">{esc(r.split(":")[0].replace("Reply from ", ""))}'
        f'</h3><div class="comment-body markdown-body"><p>{esc(r.split(": ", 1)[1])}</p></div></div>' for r in replies)
    author_link = f'<a class="author" href="{u("/" + w.author)}">{esc(w.author)}</a>' if w.author in ("mjansen", "tkoh") \
        else f'<span class="author">{esc(w.author)}</span>'
    return (_og(w, u(w.path), "GitHub", "object") + f'<meta name="twitter:card" content="summary_large_image">'), (
        f'<div class="gh-header"><h1 class="gh-header-title"><span class="js-issue-title">{esc(w.title)}</span> '
        f'<span class="gh-header-number">#{w.path.split("/")[-1]}</span></h1>{author_link} started this '
        f'conversation in <a href="{u("/libsoft/opencat/discussions/categories/q-a")}">Q&amp;A</a> '
        f'<relative-time datetime="{w.date}T09:00:00Z">{w.date}</relative-time></div>'
        f'<div class="discussion-timeline"><div class="timeline-comment"><div class="comment-body markdown-body">'
        f'<p>{esc(first)}</p></div></div>{comments}</div><div class="discussion-sidebar"><h3>Labels</h3>'
        f'<a href="{u("/libsoft/opencat/discussions?discussions_q=label%3Amentoring")}">mentoring</a></div>')


# --- Ko-fi -------------------------------------------------------------------------------------------------------

def _kofi_wrap(u, title, main, head):
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} - Ko-fi &#10084;&#65039; '
            f'Where creators get support from fans through donations, memberships, shop sales and more!</title>{head}'
            f'</head><body class="bg-kofi"><div class="navbar-kofi"><a href="{u("/shelfwhisper")}">Shelf Whisper</a>'
            f'<ul>{_nav(u, KOFI)}</ul></div><div class="profile-body">{main}</div>'
            f'<div class="kfds-c-cookie-popup">Ko-fi uses cookies. <button>OK</button></div></body></html>')


def _kofi_page(w, u, ws):
    return _og(w, u(w.path), "Ko-fi"), (
        f'<div class="feeditem-post"><div class="feeditem-poster-name"><a href="{u("/shelfwhisper")}">Shelf '
        f'Whisper</a></div><span class="feeditem-time">{w.date}</span><div class="article-title">'
        f'<h1>{esc(w.title)}</h1></div><div class="article-body">{ps(w.paras)}</div></div>'
        f'<div class="kfds-btn-support"><a href="{u("/shelfwhisper")}">Support Shelf Whisper</a></div>')


def _f1k(u) -> list[Doc]:
    docs = []
    for d in _site(F1K, u, _f1_wrap, _f1_page, "Open Research"):
        if d.path == PAPER + "v2/pdf":
            w = WORKS["f3"]
            d = Doc(F1K, d.path, w.kind, w.grade, pdf(list(w.paras)), content_type="application/pdf")
        docs.append(d)
    return docs


def build(url: Callable[[str, str], str]) -> list[Doc]:
    def on(host):
        return lambda path: url(host, path)
    return (_site(SLQ, on(SLQ), _ss_wrap, _ss_page, "State Library News")
            + _site(PW, on(PW), _pw_wrap, _pw_page, "Regional Archives Network")
            + _site(BD, on(BD), _bd_wrap, _bd_page, "Valley Chapter")
            + _site(DJ, on(DJ), _dj_wrap, _dj_page, "School of Information")
            + _site(AP, on(AP), _ap_wrap, _ap_page, "Catalogue Notes", broken_from=3)
            + _site(INS, on(INS), _ins_wrap, _ins_page, "Photo Stacks")
            + _site(MAN, on(MAN), _man_wrap, _man_page, "Connected Mentoring")
            + _f1k(on(F1K))
            + _site(GH, on(GH), _gh_wrap, _gh_page, "libsoft/opencat Discussions")
            + _site(KOFI, on(KOFI), _kofi_wrap, _kofi_page, "Shelf Whisper"))


class LabelledWeb42(ServedWeb):
    """Web 42 (see the module docstring)."""

    HOSTS = HOSTS
    START = START
    FIRST_ADDRESS = 488
    build = staticmethod(build)
