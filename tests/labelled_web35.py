"""Web 35: a held-out labelled web of 102 pages on ten hosts, built from the
labels and texts committed first in :mod:`tests.labelled_text35`. Each host
is a reduction of a platform no earlier web used: a HEY World blog, a Ghost
site on the Bulletin theme, a WordPress site on Kubio, a Hugo blog on Etch, a
XenForo 1 forum, a Gmane-like mailing-list archive, a Cairn.info-like journal
platform, an Esploro research portal (with two PDFs), a DNN (DotNetNuke) site
with EasyDNNnews, and a TiddlyWiki's static export. Served like every web
(see :class:`tests.labelled_web.ServedWeb`)."""

from __future__ import annotations

import json
import textwrap
from typing import Callable

from tests.labelled_text35 import BUL, CA, DNN, ES, ETC, GM, HEY, KUB, OTHER, TW, WORKS, XF, Work
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

HOSTS = (HEY, BUL, KUB, ETC, XF, GM, CA, ES, DNN, TW)
KIND = {(h, p): k for h, p, k in OTHER}
MONTHS = "January February March April May June July August September October November December".split()


def works(host: str) -> list[Work]:
    return sorted((w for w in WORKS.values() if w.host == host), key=lambda w: w.date, reverse=True)


def long_date(d: str) -> str:
    y, m, day = d.split("-")
    return f"{MONTHS[int(m) - 1]} {int(day)}, {y}"


def other(host: str, path: str, body: str, status: int = 200) -> Doc:
    return Doc(host, path, KIND[(host, path)], 0, body.encode(), status=status)


def work(w: Work, body: str, content_type: str = "text/html; charset=utf-8") -> Doc:
    return Doc(w.host, w.path, w.kind, w.grade, body.encode() if isinstance(body, str) else body, content_type)


# --- HEY World ------------------------------------------------------------------------------------

def _hey(title: str, u, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f'<link rel="alternate" type="application/atom+xml" title="Ruth Okafor" href="{u("/ruth.okafor/feed.atom")}">'
            f'{head}<link rel="stylesheet" href="/assets/world-3f9a.css"></head><body class="world">'
            f'<header class="world__header"><a class="world__header__title" href="{u("/ruth.okafor/")}">Ruth Okafor</a>'
            f'<nav class="world__header__nav"><a href="{u("/ruth.okafor/about")}">About</a> '
            f'<a href="{u("/ruth.okafor/contact")}">Write to me</a></nav></header>'
            f'<main class="world__main">{main}</main><footer class="world__footer"><form class="world__subscribe" '
            f'action="/ruth.okafor/subscribers" method="post"><input type="email" name="email_address" '
            f'placeholder="you@example.com"><button>Subscribe</button></form>'
            f'<p>Powered by <a href="https://www.hey.com/world/">HEY World</a></p></footer></body></html>')


def hey(u, x) -> list[Doc]:
    ws = works(HEY)
    docs = []
    for i, w in enumerate(ws):
        extra = (f'<p>(The old post I mentioned is <a href="{u("/ruth.okafor/no-such-post")}">here</a>, if it '
                 f'survived the move.)</p>') if w.grade == 1 else ""
        if w.grade == 3 and i == 0:
            extra = f'<p>A student I know wrote about the same thing <a href="{x(ETC, "/posts/how-i-found-a-mentor-on-bluesky/")}">on her blog</a>.</p>'
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="article">'
                f'<meta property="og:url" content="{u(w.path)}"><meta property="og:description" content="'
                f'{esc(w.paras[0][:160])}"><meta name="twitter:card" content="summary">')
        main = (f'<article class="world__post"><h1 class="world__post__title">{esc(w.title)}</h1>'
                f'<time class="world__post__date" datetime="{w.date}">{long_date(w.date)}</time>'
                f'<div class="trix-content">{ps(w.paras, "div")}{extra}</div></article>')
        docs.append(work(w, _hey(w.title + " | Ruth Okafor", u, main, head)))

    def items(sub):
        return "".join(f'<li class="world__posts__item"><a href="{u(w.path)}">{esc(w.title)}</a> '
                       f'<time datetime="{w.date}">{long_date(w.date)}</time></li>' for w in sub)
    docs.append(other(HEY, "/ruth.okafor/", _hey("Ruth Okafor", u, f'<ul class="world__posts">{items(ws[:3])}</ul>'
                                                f'<a class="world__pagination" href="{u("/ruth.okafor/?page=2")}">Older posts</a>')))
    docs.append(other(HEY, "/ruth.okafor/?page=2", _hey("Ruth Okafor", u, f'<ul class="world__posts">{items(ws[3:])}</ul>'
                                                       f'<a class="world__pagination" href="{u("/ruth.okafor/")}">Newer posts</a>')))
    docs.append(other(HEY, "/ruth.okafor/about", _hey("About | Ruth Okafor", u, '<article class="world__post"><h1>About</h1>'
                      "<div class=\"trix-content\"><div>Retired cataloguer. I write here when the mood takes me.</div></div></article>")))
    docs.append(other(HEY, "/ruth.okafor/contact", _hey("Write to me | Ruth Okafor", u, '<article class="world__post"><h1>Write to me'
                      '</h1><div class="trix-content"><div>Replies to any post reach my inbox. Or write to ruth.okafor@hey.com.</div></div></article>')))
    docs.append(other(HEY, "/ruth.okafor/no-such-post", '<!DOCTYPE html><html><head><title>The page you were looking for '
                      "doesn't exist (404)</title></head><body><div class=\"dialog\"><h1>The page you were looking for "
                      "doesn't exist.</h1><p>You may have mistyped the address or the page may have moved.</p></div>"
                      "</body></html>", status=404))
    return docs


# --- Ghost, Bulletin theme ------------------------------------------------------------------------------

BUL_SITE = "The Stacks Bulletin"
BUL_TAGS = {"mentoring": "Mentoring", "product": "Product"}


def _bul_tag(w: Work) -> str:
    return "product" if w.author == "Product Team" or "release" in w.path or "roundup" in w.path else "mentoring"


def _ghost(title: str, u, body_class: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" '
            f'content="IE=edge"><title>{esc(title)}</title><meta name="HandheldFriendly" content="True">'
            f'<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8d1c0e1b2f">{head}'
            f'<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" '
            f'title="{BUL_SITE}" href="{u("/rss/")}"></head><body class="{body_class}"><div class="site">'
            f'<header class="site-header"><div class="header-inner container"><div class="header-brand">'
            f'<a class="header-logo" href="{u("/")}">{BUL_SITE}</a></div><nav class="header-nav"><ul class="nav">'
            f'<li class="nav-home"><a href="{u("/")}">Home</a></li><li class="nav-mentoring"><a href="'
            f'{u("/tag/mentoring/")}">Mentoring</a></li><li class="nav-product"><a href="{u("/tag/product/")}">'
            f'Product</a></li><li class="nav-about"><a href="{u("/about/")}">About</a></li></ul></nav>'
            f'<a class="gh-btn" href="#/portal/signup" data-portal="signup">Subscribe</a></div></header>'
            f'<div class="site-content">{main}</div><footer class="site-footer"><div class="container">'
            f'{BUL_SITE} &copy; 2025 &mdash; <a href="https://ghost.org/" target="_blank" rel="noopener">'
            f'Powered by Ghost</a></div></footer></div></body></html>')


def _bul_feed(ws: list[Work], u) -> str:
    return "".join(f'<article class="post-card post tag-{_bul_tag(w)}"><div class="post-card-content"><h2 '
                   f'class="post-card-title"><a href="{u(w.path)}">{esc(w.title)}</a></h2><div class="post-card-'
                   f'excerpt">{cut(w.paras[0], 180)}</div><div class="post-card-meta"><time datetime="{w.date}">'
                   f'{long_date(w.date)}</time></div></div></article>' for w in ws)


def bulletin(u, x) -> list[Doc]:
    ws = works(BUL)
    docs = []
    for w in ws:
        tag = _bul_tag(w)
        ld = {"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name":
              BUL_SITE, "url": u("/")}, "author": {"@type": "Person", "name": w.author, "url": u("/author/priya/")},
              "headline": w.title, "url": u(w.path), "datePublished": w.date + "T08:00:00.000Z",
              "keywords": BUL_TAGS[tag], "mainEntityOfPage": u(w.path)}
        head = (f'<link rel="canonical" href="{u(w.path)}"><meta name="description" content="{esc(w.paras[0][:150])}">'
                f'<meta property="og:site_name" content="{BUL_SITE}"><meta property="og:type" content="article">'
                f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:url" content="{u(w.path)}">'
                f'<meta property="article:published_time" content="{w.date}T08:00:00.000Z">'
                f'<meta property="article:tag" content="{BUL_TAGS[tag]}"><meta name="twitter:card" '
                f'content="summary_large_image"><script type="application/ld+json">{json.dumps(ld)}</script>')
        more = ""
        if w.path == "/building-a-learning-network-in-your-first-year/":
            more = (f'<p>Further reading: a <a href="{x(XF, "/threads/anyone-else-learn-more-from-twitter-than-their-manager.2201/")}">'
                    f'forum thread</a> and an <a href="{x(CA, "/revue-documentation-et-reseaux-2024-2-page-33.htm")}">article</a>.</p>')
        author = (f'<a href="{u("/author/priya/")}">{esc(w.author)}</a>' if w.author == "Priya Raman" else esc(w.author))
        main = (f'<main class="site-main"><article class="single post tag-{tag}"><header class="single-header">'
                f'<div class="single-meta"><span class="single-meta-item single-meta-tag"><a class="post-tag '
                f'post-tag-{tag}" href="{u("/tag/" + tag + "/")}">{BUL_TAGS[tag]}</a></span><span class="single-meta'
                f'-item single-meta-date"><time datetime="{w.date}">{long_date(w.date)}</time></span></div>'
                f'<h1 class="single-title">{esc(w.title)}</h1><div class="single-meta-author">By {author}</div></header>'
                f'<div class="single-content gh-content gh-canvas">{ps(w.paras)}{more}</div></article></main>')
        docs.append(work(w, _ghost(w.title, u, f"post-template tag-{tag}", main, head)))
    og = f'<meta property="og:site_name" content="{BUL_SITE}"><meta property="og:type" content="website">'
    docs.append(other(BUL, "/", _ghost(BUL_SITE, u, "home-template", f'<main class="site-main"><div class="post-feed">'
                      f'{_bul_feed(ws[:3], u)}</div><nav class="load-more"><a class="gh-loadmore" href="{u("/page/2/")}">'
                      f'Older posts</a></nav></main>', og + f'<link rel="canonical" href="{u("/")}">')))
    docs.append(other(BUL, "/page/2/", _ghost(f"{BUL_SITE} (Page 2)", u, "home-template paged", f'<main class="site-main">'
                      f'<div class="post-feed">{_bul_feed(ws[3:], u)}</div></main>', og + f'<link rel="prev" href="{u("/")}">')))
    for tag, name in BUL_TAGS.items():
        sub = [w for w in ws if _bul_tag(w) == tag]
        docs.append(other(BUL, f"/tag/{tag}/", _ghost(f"{name} - {BUL_SITE}", u, f"tag-template tag-{tag}",
                          f'<main class="site-main"><section class="term"><h1 class="term-name">{name}</h1></section>'
                          f'<div class="post-feed">{_bul_feed(sub, u)}</div></main>', og)))
    mine = [w for w in ws if w.author == "Priya Raman"]
    docs.append(other(BUL, "/author/priya/", _ghost(f"Priya Raman - {BUL_SITE}", u, "author-template author-priya",
                      f'<main class="site-main"><section class="term"><h1 class="term-name">Priya Raman</h1><div '
                      f'class="term-bio">Community editor.</div></section><div class="post-feed">{_bul_feed(mine, u)}'
                      f'</div></main>', og.replace('"website"', '"profile"'))))
    docs.append(other(BUL, "/about/", _ghost(f"About - {BUL_SITE}", u, "page-template page-about", '<main class="site-main">'
                      '<article class="single page"><h1 class="single-title">About</h1><div class="single-content gh-'
                      'content">The Bulletin is the newsletter of a library software company, for the people who use '
                      "its products. Write to bulletin@stacks.example.</div></article></main>", og)))
    return docs


# --- WordPress, Kubio --------------------------------------------------------------------------------------

KUB_SITE = "Northern Plains Library Association Chapter"


def _kub_cat(w: Work) -> str:
    return "programmes" if "mentor" in w.path else "news"


def _kubio(title: str, u, body_class: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width='
            f'device-width, initial-scale=1"><title>{esc(title)} &#8211; {KUB_SITE}</title>{head}'
            f'<link rel="stylesheet" id="kubio-block-library-css" href="/wp-content/plugins/kubio/build/block-library'
            f'/style.css?ver=2.2.4" media="all"><meta name="generator" content="WordPress 6.5.3">'
            f'<link rel="alternate" type="application/rss+xml" title="{KUB_SITE} &raquo; Feed" href="{u("/feed/")}">'
            f'</head><body class="{body_class} kubio-theme wp-theme-kubio"><div id="page-top" class="h-global-'
            f'transition-all"><div class="wp-block-kubio-header position-relative"><div class="wp-block-kubio-navigation'
            f' h-navigation_sticky"><div class="wp-block-kubio-site-title"><a href="{u("/")}" class="wp-block-kubio-'
            f'site-title__text">{KUB_SITE}</a></div><div class="wp-block-kubio-dropdown-menu kubio-dropdown-menu">'
            f'<ul class="menu kubio-has-gap-fallback"><li class="menu-item"><a href="{u("/")}">Home</a></li>'
            f'<li class="menu-item"><a href="{u("/category/programmes/")}">Programmes</a></li><li class="menu-item">'
            f'<a href="{u("/category/news/")}">News</a></li><li class="menu-item"><a href="{u("/about-the-chapter/")}">'
            f'About</a></li><li class="menu-item"><a href="{u("/contact/")}">Contact</a></li></ul></div>'
            f'<form role="search" method="get" class="wp-block-search" action="{u("/")}"><input type="search" '
            f'name="s" class="wp-block-search__input"><button type="submit">Search</button></form></div></div>'
            f'<div class="wp-block-kubio-section kubio-section h-section-global-spacing">{main}</div>'
            f'<div class="wp-block-kubio-footer"><div class="wp-block-kubio-column"><h4>Quick links</h4><ul><li><a href="'
            f'{u("/?s=mentor")}">Everything on mentoring</a></li></ul></div><p class="wp-block-kubio-text">&copy; 2025 {KUB_SITE}. Built using '
            f'WordPress and <a href="https://kubiobuilder.com" rel="nofollow">Kubio</a></p></div></div></body></html>')


def _kub_cards(ws: list[Work], u) -> str:
    return "".join(f'<div class="wp-block-kubio-post-loop-item post-{300 + i} post type-post"><div class="wp-block-kubio-'
                   f'post-title"><h3><a href="{u(w.path)}">{esc(w.title)}</a></h3></div><div class="wp-block-kubio-post-'
                   f'meta"><time datetime="{w.date}">{long_date(w.date)}</time></div><div class="wp-block-kubio-post-'
                   f'excerpt"><p>{cut(w.paras[0], 150)}</p></div></div>' for i, w in enumerate(ws))


def kubio(u, x) -> list[Doc]:
    ws = works(KUB)
    docs = []
    for i, w in enumerate(ws):
        cat = _kub_cat(w)
        head = (f'<link rel="canonical" href="{u(w.path)}"><link rel="shortlink" href="{u("/")}?p={300 + i}">'
                f'<meta name="description" content="{esc(w.paras[0][:155])}">')
        main = (f'<div class="wp-block-kubio-row"><article class="post-{300 + i} post type-post status-publish '
                f'format-standard hentry category-{cat}"><h1 class="wp-block-kubio-post-title__text">{esc(w.title)}</h1>'
                f'<div class="wp-block-kubio-post-meta"><span class="metadata-item"><a href="{u("/")}">{esc(w.author)}'
                f'</a></span> <time class="metadata-item" datetime="{w.date}T10:00:00-05:00">{long_date(w.date)}'
                f'</time> <span class="metadata-item"><a href="{u("/category/" + cat + "/")}" rel="category tag">'
                f'{cat.title()}</a></span></div><div class="wp-block-kubio-post-content entry-content">{ps(w.paras)}'
                f'</div></article></div>')
        docs.append(work(w, _kubio(w.title, u, "post-template-default single single-post single-format-standard", main, head)))
    docs.append(other(KUB, "/", _kubio("Home", u, "home blog", f'<h2>Latest from the chapter</h2><div class="wp-block-'
                      f'kubio-query-loop">{_kub_cards(ws, u)}</div>')))
    for cat in ("programmes", "news"):
        docs.append(other(KUB, f"/category/{cat}/", _kubio(cat.title(), u, f"archive category category-{cat}",
                          f'<h1 class="wp-block-kubio-page-title">Category: {cat.title()}</h1><div class="wp-block-'
                          f'kubio-query-loop">{_kub_cards([w for w in ws if _kub_cat(w) == cat], u)}</div>')))
    found = [w for w in ws if "mentor" in " ".join(w.paras).lower()]
    docs.append(other(KUB, "/?s=mentor", _kubio("You searched for mentor", u, "search search-results",
                      f'<h1 class="wp-block-kubio-page-title">Search Results for: mentor</h1><div class="wp-block-'
                      f'kubio-query-loop">{_kub_cards(found, u)}</div>', '<meta name="robots" content="noindex, follow">')))
    docs.append(other(KUB, "/about-the-chapter/", _kubio("About the Chapter", u, "page-template-default page", '<h1>About '
                      "the Chapter</h1><p>We are the regional chapter of the state library association, serving "
                      "library workers of every kind across six counties.</p>")))
    docs.append(other(KUB, "/contact/", _kubio("Contact", u, "page-template-default page", '<h1>Contact</h1><div class='
                      '"wpcf7"><form action="/contact/#wpcf7-f12-o1" method="post" class="wpcf7-form"><p><label>Your '
                      'name<input type="text" name="your-name"></label></p><p><label>Your message<textarea name="your-'
                      'message"></textarea></label></p><input type="submit" value="Send"></form></div>')))
    return docs


# --- Hugo, Etch -------------------------------------------------------------------------------------------

def _etch(title: str, u, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8"><meta name="viewport" content="width=device'
            f'-width,initial-scale=1"><meta name="generator" content="Hugo 0.124.1"><title>{esc(title)}</title>{head}'
            f'<link rel="stylesheet" href="/css/style.min.css"></head><body><div class="container"><header><nav>'
            f'<a href="{u("/")}" class="title">Kai Moreno</a><span class="links"><a href="{u("/posts/")}">Posts</a> '
            f'<a href="{u("/about/")}">About</a></span></nav></header><main>{main}</main><footer>'
            f'<p>&copy; 2025 Kai Moreno &middot; <a href="{u("/index.xml")}" rel="nofollow">RSS</a></p></footer>'
            f'</div></body></html>')


def _etch_list(ws, u) -> str:
    return ('<ul class="posts">' + "".join(f'<li><span class="date">{w.date}</span><a href="{u(w.path)}">'
                                            f'{esc(w.title)}</a></li>' for w in ws) + "</ul>")


def etch(u, x) -> list[Doc]:
    ws = works(ETC)
    docs = []
    for w in ws:
        head = (f'<meta name="description" content="{esc(w.paras[0][:150])}"><meta property="og:title" content="'
                f'{esc(w.title)}"><meta property="og:type" content="article"><meta property="og:url" content="'
                f'{u(w.path)}"><meta property="article:section" content="posts"><meta property="article:published_'
                f'time" content="{w.date}T00:00:00+00:00"><meta name="twitter:card" content="summary">')
        more = (f'<p>(Also: the <a href="{x(GM, "/gmane.culture.libraries.newlibs/4103")}">best reply</a> I ever read on '
                f"a mailing list.)</p>") if w.path == "/posts/job-hunting-is-a-group-project/" else ""
        docs.append(work(w, _etch(w.title + " | Kai Moreno", u, f'<article><h1 class="title">{esc(w.title)}</h1>'
                                  f'<p class="date">{long_date(w.date)}</p><div class="content">{ps(w.paras)}{more}'
                                  f'</div></article>', head)))
    docs.append(other(ETC, "/", _etch("Kai Moreno", u, '<div class="intro"><p>MLIS student, future archivist.</p></div>'
                      + _etch_list(ws[:4], u) + f'<p><a href="{u("/posts/")}">All posts</a></p>',
                      '<meta property="og:type" content="website">')))
    docs.append(other(ETC, "/posts/", _etch("Posts | Kai Moreno", u, "<h1>Posts</h1>" + _etch_list(ws, u))))
    docs.append(other(ETC, "/about/", _etch("About | Kai Moreno", u, '<article><h1 class="title">About</h1><div class='
                      '"content"><p>I study library and information science and work part time in a county archive. '
                      "Email me at kai@etch.example.</p></div></article>")))
    return docs


# --- XenForo 1 -----------------------------------------------------------------------------------------------

XF_SITE = "Library Lounge"
XF_FORUMS = {"career-corner.4": "Career Corner", "tech-services.7": "Technical Services"}


def _xf_forum(w: Work) -> str:
    return "tech-services.7" if "label" in w.path or "weeding" in w.path else "career-corner.4"


def _xf(title: str, u, body: str, crumbs: str = "", head: str = "") -> str:
    return (f'<!DOCTYPE html><html id="XenForo" lang="en-US" dir="LTR" class="Public NoJs LoggedOut NoSidebar Responsive"'
            f' xmlns:fb="http://www.facebook.com/2008/fbml"><head><meta charset="utf-8"><meta http-equiv="X-UA-'
            f'Compatible" content="IE=Edge,chrome=1"><base href="{u("/")}"><title>{esc(title)} | {XF_SITE}</title>'
            f'<meta property="og:site_name" content="{XF_SITE}">{head}<link rel="stylesheet" href="css.php?css=xenforo,'
            f'form,public&amp;style=1&amp;dir=LTR&amp;d=1700000000"></head><body><div id="headerMover"><div id="content"'
            f' class="pageContent"><div class="pageWidth"><div class="breadBoxTop"><nav><fieldset class="breadcrumb">'
            f'<span class="crumbs"><span class="crust homeCrumb"><a href="{u("/")}" class="crumb"><span>Forums</span>'
            f'</a></span>{crumbs}</span></fieldset></nav></div><div class="mainContent">{body}</div></div></div>'
            f'<header><div id="header"><div id="logoBlock"><a href="{u("/")}">{XF_SITE}</a></div><div id="navigation">'
            f'<ul class="publicTabs"><li class="navTab forums"><a href="{u("/")}" class="navLink">Forums</a></li>'
            f'<li class="navTab members"><a href="{u("/members/shelfelf.101/")}" class="navLink">Featured member</a></li>'
            f'</ul><div id="QuickSearch"><form action="{u("/search/search")}" method="post"><input type="search" '
            f'name="keywords" placeholder="Search..."></form></div></div></div></header></div><footer><div class="'
            f'footerLegal"><ul id="legal"><li><a href="{u("/help/terms")}">Terms and Rules</a></li></ul><div id="'
            f'copyright"><a href="https://xenforo.com" class="concealed">Forum software by XenForo&trade; &copy;2010-2017'
            f' XenForo Ltd.</a></div></div></footer></body></html>')


def _xf_messages(w: Work) -> list[tuple[str, str]]:
    out = [(w.author, w.paras[0])]
    for p in w.paras[1:]:
        who, text = p.removeprefix("Reply from ").split(": ", 1)
        out.append((who, text))
    return out


def xenforo(u, x) -> list[Doc]:
    ws = works(XF)
    docs = []
    for w in ws:
        forum = _xf_forum(w)
        tid = w.path.rstrip("/").rsplit(".", 1)[1]
        msgs = "".join(f'<li id="post-{int(tid) * 10 + i}" class="message" data-author="{esc(who)}"><div class="'
                       f'messageUserInfo"><div class="messageUserBlock"><h3 class="userText"><a href="'
                       f'{u("/members/shelfelf.101/") if who == "shelfelf" else "#"}" class="username">{esc(who)}'
                       f'</a></h3></div></div><div class="messageInfo primaryContent"><div class="messageContent">'
                       f'<article><blockquote class="messageText SelectQuoteContainer ugc baseHtml">{esc(text)}'
                       f'</blockquote></article></div><div class="messageMeta ToggleTriggerAnchor"><div class="'
                       f'privateControls"><span class="item muted"><a href="{u(w.path)}" class="datePermalink"><span '
                       f'class="DateTime" title="{long_date(w.date)}">{long_date(w.date)}</span></a></span></div>'
                       f'</div></div></li>' for i, (who, text) in enumerate(_xf_messages(w)))
        head = (f'<link rel="canonical" href="{u(w.path)}"><meta name="description" content="{esc(w.paras[0][:155])}">'
                f'<meta property="og:type" content="article"><meta property="og:url" content="{u(w.path)}">'
                f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:description" content="'
                f'{esc(w.paras[0][:155])}">')
        crumbs = (f'<span class="crust"><a href="{u("/forums/" + forum + "/")}" class="crumb"><span>{XF_FORUMS[forum]}'
                  f'</span></a></span>')
        body = (f'<div class="titleBar"><h1>{esc(w.title)}</h1><p id="pageDescription" class="muted">Discussion in '
                f'\'<a href="{u("/forums/" + forum + "/")}">{XF_FORUMS[forum]}</a>\' started by <a href="#" class="'
                f'username">{esc(w.author)}</a>, <span class="DateTime">{long_date(w.date)}</span>.</p></div>'
                f'<ol class="messageList" id="messageList">{msgs}</ol>')
        docs.append(work(w, _xf(w.title, u, body, crumbs, head)))

    def rows(sub):
        return ('<ol class="discussionListItems">' + "".join(
            f'<li id="thread-{w.path.rstrip("/").rsplit(".", 1)[1]}" class="discussionListItem visible"><div class="'
            f'listBlock main"><div class="titleText"><h3 class="title"><a href="{u(w.path)}" class="PreviewTooltip">'
            f'{esc(w.title)}</a></h3><div class="secondRow"><div class="posterDate muted">{esc(w.author)}, '
            f'{long_date(w.date)}</div></div></div></div></li>' for w in sub) + "</ol>")
    for forum, name in XF_FORUMS.items():
        docs.append(other(XF, f"/forums/{forum}/", _xf(name, u, f'<div class="titleBar"><h1>{name}</h1></div>'
                          + rows([w for w in ws if _xf_forum(w) == forum]))))
    nodes = "".join(f'<li class="node forum level_2"><div class="nodeInfo forumNodeInfo"><div class="nodeText"><h3 '
                    f'class="nodeTitle"><a href="{u("/forums/" + f + "/")}">{n}</a></h3></div></div></li>'
                    for f, n in XF_FORUMS.items())
    docs.append(other(XF, "/", _xf("Forums", u, f'<ol id="forums"><li class="node category level_1"><div class="'
                      f'categoryText"><h3 class="nodeTitle">Main</h3></div><ol class="nodeList">{nodes}</ol></li></ol>'
                      f'<p><a href="{u("/search/1/?q=mentor")}">Search: mentor</a></p>')))
    hits = [w for w in ws if "mentor" in " ".join(w.paras).lower() + w.title.lower()]
    docs.append(other(XF, "/search/1/?q=mentor", _xf("Search Results for Query: mentor", u, '<div class="titleBar"><h1>'
                      'Search Results for Query: <em>mentor</em></h1></div><ol class="searchResultsList">' + "".join(
                          f'<li class="searchResult thread primaryContent"><div class="listBlock main"><h3 class="'
                          f'title"><a href="{u(w.path)}">{esc(w.title)}</a></h3><blockquote class="snippet">'
                          f'{cut(w.paras[0], 140)}</blockquote></div></li>' for w in hits) + "</ol>",
                      head='<meta name="robots" content="noindex">')))
    mine = [w for w in ws if w.author == "shelfelf"]
    docs.append(other(XF, "/members/shelfelf.101/", _xf("shelfelf", u, '<div class="profilePage"><div class="mast">'
                      '<h1 class="username">shelfelf</h1><p class="userBlurb">Reference Librarian</p></div><div class="'
                      'mainProfileColumn"><h3>Postings</h3>' + rows(mine) + "</div></div>",
                      head='<meta property="og:type" content="profile">')))
    docs.append(other(XF, "/help/terms", _xf("Terms and Rules", u, '<div class="titleBar"><h1>Terms and Rules</h1></div>'
                      '<div class="baseHtml">Be kind. No advertising. Library Lounge is run by volunteers; contact '
                      "the staff through the forum.</div>")))
    return docs


# --- a Gmane-like mailing-list archive ---------------------------------------------------------------------------

GROUP = "gmane.culture.libraries.newlibs"


def _gmane(title: str, main: str) -> str:
    return (f'<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta http-equiv="Content-'
            f'Type" content="text/html; charset=utf-8"><title>{esc(title)}</title><link rel="stylesheet" '
            f'href="/gmane.css"></head><body bgcolor="#ffffff">{main}<hr><address>Archive of mailing lists, '
            f'served as news groups. <a href="/about.php">About</a> &middot; <a href="/">Groups</a></address>'
            f"</body></html>")


def gmane(u, x) -> list[Doc]:
    ws = sorted(works(GM), key=lambda w: w.path)
    docs = []
    for i, w in enumerate(ws):
        num = w.path.rsplit("/", 1)[1]
        prev = f'<a href="{u(ws[i - 1].path)}">Previous</a>' if i else ""
        nxt = u(ws[i + 1].path) if i + 1 < len(ws) else u(f"/{GROUP}/4999")
        body = "\n\n".join(textwrap.fill(p, 72) for p in w.paras)
        main = (f'<table class="headers" width="100%"><tr><td class="nav">{prev} | <a href="{nxt}">Next</a> | '
                f'<a href="{u("/" + GROUP + "/")}">{GROUP}</a></td></tr></table><table class="headers">'
                f'<tr><th>From:</th><td>{esc(w.author)} &lt;{esc(w.author.split()[0].lower())}@newlibs.example&gt;'
                f'</td></tr><tr><th>Subject:</th><td><h1 class="subject">{esc(w.title)}</h1></td></tr>'
                f'<tr><th>Newsgroups:</th><td>{GROUP}</td></tr><tr><th>Date:</th><td>{w.date} 14:{10 + i}:00 GMT'
                f'</td></tr></table><pre class="body">{esc(body)}</pre><table class="nav"><tr><td>Article '
                f'{num}</td></tr></table>')
        docs.append(work(w, _gmane(f"{GROUP}: {w.title}", main)))
    rows = "".join(f'<tr><td>{w.date}</td><td><a href="{u(w.path)}">{esc(w.title)}</a></td><td>{esc(w.author)}</td>'
                   f'</tr>' for w in ws)
    docs.append(other(GM, f"/{GROUP}/", _gmane(f"{GROUP} (date)", f'<h1>{GROUP}</h1><p>A list for new library and '
                      f'information professionals.</p><table class="threads" cellpadding="2">{rows}</table>')))
    docs.append(other(GM, "/", _gmane("Mailing list archive: groups", f'<h1>Groups</h1><table><tr><td><a href="'
                      f'{u("/" + GROUP + "/")}">{GROUP}</a></td><td>New library professionals (1,920 articles)</td>'
                      f'</tr></table>')))
    docs.append(other(GM, "/about.php", _gmane("About the archive", "<h1>About</h1><p>This site archives public "
                      "mailing lists and lets you read them as news groups, in a browser or a news reader. "
                      "Articles are kept as they were posted.</p>")))
    docs.append(other(GM, f"/{GROUP}/4999", _gmane("No such article", f"<h1>No such article</h1><p>Article 4999 is not "
                      f"in {GROUP}.</p>"), status=404))
    return docs


# --- a Cairn.info-like journal platform ------------------------------------------------------------------------------

JOURNAL = "Documentation et réseaux"


def _cairn(title: str, u, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{esc(title)} | Revues</title>{head}'
            f'<link rel="stylesheet" href="/static/css/cairn.css"></head><body class="page-numero"><header id="'
            f'header"><a id="logo" href="{u("/")}">Revues</a><form id="search" action="{u("/resultats_recherche.php")}">'
            f'<input type="text" name="searchTerm"><button>Rechercher</button></form><nav id="menu"><a href="'
            f'{u("/revue-documentation-et-reseaux.htm")}">{esc(JOURNAL)}</a> <a href="{u("/contact.php")}">Contact</a>'
            f'</nav></header><div id="contenu">{main}</div><footer id="footer"><a href="{u("/contact.php")}">Nous '
            f'contacter</a></footer></body></html>')


def _issue(w: Work) -> str:
    return w.path.split("-page-")[0] + ".htm"


def cairn(u, x) -> list[Doc]:
    ws = works(CA)
    docs = []
    for w in ws:
        page = int(w.path.split("-page-")[1].split(".")[0])
        year, no = w.path.split("reseaux-")[1].split("-")[:2]
        first, *last = w.author.split()
        head = "".join(f'<meta name="{k}" content="{esc(v)}">' for k, v in [
            ("citation_title", w.title), ("citation_author", w.author), ("citation_publication_date", w.date.replace("-", "/")),
            ("citation_journal_title", JOURNAL), ("citation_publisher", "Association Documentation et réseaux"),
            ("citation_volume", year), ("citation_issue", no), ("citation_firstpage", str(page)),
            ("citation_lastpage", str(page + 21)), ("citation_issn", "2100-0000"), ("citation_language", "en"),
            ("citation_doi", f"10.9999/der.{year}.0{no}.00{page}"), ("citation_abstract_html_url", u(w.path))])
        head += (f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(w.title)}">'
                 f'<meta name="description" content="{esc(w.paras[0][:200])}">')
        prof = (f'<a href="{u("/publications-de-Claire-Dubois--1234.htm")}">{esc(w.author)}</a>'
                if w.author == "Claire Dubois" else esc(w.author))
        main = (f'<div class="fil-ariane"><a href="{u("/revue-documentation-et-reseaux.htm")}">{esc(JOURNAL)}</a> '
                f'&gt; <a href="{u(_issue(w))}">{year}/{no}</a></div><article class="article"><h1 class="titre-'
                f'article">{esc(w.title)}</h1><div class="auteurs"><span class="auteur">{prof}</span></div><div class='
                f'"reference">{esc(JOURNAL)} {year}/{no}, pages {page} à {page + 21}</div><section id="resume" class="'
                f'resume"><h2>Abstract</h2><p>{esc(w.paras[0])}</p></section><section class="corps">'
                f'{ps(w.paras[1:])}</section></article>')
        docs.append(work(w, _cairn(w.title, u, main, head)))
    issues = sorted({_issue(w) for w in ws}, reverse=True)
    for iss in issues:
        year, no = iss.split("reseaux-")[1].removesuffix(".htm").split("-")
        toc = "".join(f'<div class="article-list-item"><a href="{u(w.path)}" class="titre">{esc(w.title)}</a> '
                      f'<span class="auteur">{esc(w.author)}</span></div>' for w in ws if _issue(w) == iss)
        docs.append(other(CA, iss, _cairn(f"{JOURNAL} {year}/{no}", u, f'<h1>{esc(JOURNAL)} {year}/{no}</h1><div '
                          f'class="sommaire">{toc}</div>')))
    nos = "".join(f'<li><a href="{u(i)}">{i.split("reseaux-")[1].removesuffix(".htm").replace("-", "/")}</a></li>'
                  for i in issues)
    docs.append(other(CA, "/revue-documentation-et-reseaux.htm", _cairn(JOURNAL, u, f'<h1>{esc(JOURNAL)}</h1><p>'
                      f'A journal of library and archive studies.</p><ul class="numeros">{nos}</ul>')))
    docs.append(other(CA, "/", _cairn("Accueil", u, f'<h1>Revues</h1><ul><li><a href="'
                      f'{u("/revue-documentation-et-reseaux.htm")}">{esc(JOURNAL)}</a></li></ul>'
                      f'<p><a href="{u("/resultats_recherche.php?searchTerm=mentorat")}">mentorat</a></p>')))
    hits = [w for w in ws if "mentor" in " ".join(w.paras).lower()]
    docs.append(other(CA, "/resultats_recherche.php?searchTerm=mentorat", _cairn("Résultats de recherche", u,
                      "<h1>Résultats pour « mentorat »</h1>" + "".join(
                          f'<div class="resultat"><a href="{u(w.path)}">{esc(w.title)}</a></div>' for w in hits))))
    mine = [w for w in ws if w.author == "Claire Dubois"]
    docs.append(other(CA, "/publications-de-Claire-Dubois--1234.htm", _cairn("Claire Dubois", u, "<h1>Publications de "
                      "Claire Dubois</h1>" + "".join(f'<div><a href="{u(w.path)}">{esc(w.title)}</a></div>' for w in mine))))
    docs.append(other(CA, "/contact.php", _cairn("Contact", u, "<h1>Nous contacter</h1><p>Une question sur une revue ? "
                      "Écrivez à la rédaction par le formulaire ci-dessous.</p><form><textarea></textarea></form>")))
    return docs


# --- Esploro ------------------------------------------------------------------------------------------------------

ES_SITE = "Research Portal, Westbrook University"
ES_TYPES = {"journalArticle": "ScholarlyArticle", "report": "Report", "dataset": "Dataset",
            "conferencePresentation": "PresentationDigitalDocument"}


def _esploro(title: str, u, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title><base href='
            f'"/esploro/">{head}<link rel="stylesheet" href="styles.4c1d8e.css"></head><body><esploro-root>'
            f'<header class="esp-header"><a class="esp-logo" href="{u("/esploro/")}">{ES_SITE}</a><nav><a href="'
            f'{u("/esploro/search/outputs?query=mentoring")}">Search research</a> <a href="{u("/esploro/about")}">'
            f'About</a></nav></header><main class="esp-main">{main}</main><footer class="esp-footer">Powered by '
            f'<a href="https://exlibrisgroup.com/products/esploro-research-services-platform/">Esploro</a></footer>'
            f'</esploro-root><script src="main.8a1f2c.js" defer></script></body></html>')


def _es_pdf(w: Work) -> bytes:
    return pdf([line for p in w.paras for line in textwrap.wrap(p, 90) + [""]])


def esploro(u, x) -> list[Doc]:
    ws = works(ES)
    full = {w.path.replace("/fulltext/", "/outputs/").split("?")[0]: w for w in ws if "/fulltext/" in w.path}
    docs = []
    for w in ws:
        if "/fulltext/" in w.path:
            docs.append(work(w, _es_pdf(w), "application/pdf"))
            continue
        kind = w.path.split("/")[3]
        ld = {"@context": "https://schema.org", "@type": ES_TYPES[kind], "name": w.title, "datePublished": w.date,
              "author": [{"@type": "Person", "name": w.author}], "description": w.paras[0], "url": u(w.path)}
        head = (f'<meta name="citation_title" content="{esc(w.title)}"><meta name="citation_author" content="'
                f'{esc(w.author)}"><meta name="citation_publication_date" content="{w.date.replace("-", "/")}">'
                f'<meta name="citation_publisher" content="Westbrook University">'
                f'<meta name="description" content="{esc(w.paras[0][:200])}">'
                f'<script type="application/ld+json">{json.dumps(ld)}</script>')
        pdf_link = ""
        if w.path in full:
            f = full[w.path]
            head += f'<meta name="citation_pdf_url" content="{esc(u(f.path))}">'
            pdf_link = (f'<div class="esp-files"><a class="esp-file-download" href="{esc(u(f.path))}">Download PDF '
                        f'(open access)</a></div>')
        author = (f'<a href="{u("/esploro/profile/grace_holloway/41000111")}">{esc(w.author)}</a>'
                  if w.author == "Grace Holloway" else esc(w.author))
        main = (f'<div class="esp-asset"><span class="esp-asset-type">{kind}</span><h1 class="esp-asset-title">'
                f'{esc(w.title)}</h1><div class="esp-asset-creators">{author}</div><div class="esp-asset-date">'
                f'{long_date(w.date)}</div><section class="esp-abstract"><h2>Abstract</h2>{ps(w.paras)}</section>'
                f'{pdf_link}</div>')
        docs.append(work(w, _esploro(w.title + " - " + ES_SITE, u, main, head)))
    land = [w for w in ws if "/fulltext/" not in w.path]

    def results(sub):
        return ('<ul class="esp-results">' + "".join(f'<li class="esp-result"><a href="{u(w.path)}">{esc(w.title)}</a>'
                                                     f' <span>{esc(w.author)}, {w.date[:4]}</span></li>' for w in sub)
                + "</ul>")
    docs.append(other(ES, "/esploro/", _esploro(ES_SITE, u, "<h1>Discover research at Westbrook</h1><h2>Recently "
                      "added</h2>" + results(land))))
    docs.append(other(ES, "/esploro/search/outputs?query=mentoring", _esploro("Search results - " + ES_SITE, u,
                      '<h1>Results for "mentoring"</h1>' + results([w for w in land if "mentor" in w.path.lower()
                                                                      or "Mentor" in w.title]))))
    docs.append(other(ES, "/esploro/profile/grace_holloway/41000111", _esploro("Grace Holloway - " + ES_SITE, u,
                      '<div class="esp-profile"><h1>Grace Holloway</h1><p>Associate Librarian, University Library</p>'
                      "</div><h2>Research outputs</h2>" + results([w for w in land if w.author == "Grace Holloway"]),
                      '<meta property="og:type" content="profile">')))
    docs.append(other(ES, "/esploro/about", _esploro("About - " + ES_SITE, u, "<h1>About the portal</h1><p>The portal "
                      "showcases the research of Westbrook University's staff and students. Questions: "
                      "research-portal@westbrook.example.</p>")))
    return docs


# --- DNN (DotNetNuke) with EasyDNNnews -------------------------------------------------------------------------------

DNN_SITE = "Harlan County Library System"


def _dnn(title: str, u, pane: str, head: str = "") -> str:
    nav = "".join(f'<li class="{"active" if i == 0 else ""}"><a href="{u(p)}">{n}</a></li>'
                  for i, (p, n) in enumerate([("/", "Home"), ("/News", "News"), ("/About-Us", "About Us"),
                                              ("/Contact-Us", "Contact Us")]))
    return (f'<!DOCTYPE html><html lang="en-US"><head id="Head"><meta content="text/html; charset=UTF-8" http-equiv='
            f'"Content-Type"><!--*** This site runs DNN Platform - http://www.dnnsoftware.com ***--><title>'
            f'{esc(title)}</title><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke "><meta id="MetaRobots"'
            f' name="ROBOTS" content="INDEX, FOLLOW">{head}<link href="/Portals/_default/skins/xcillion/skin.css" '
            f'rel="stylesheet"></head><body id="Body"><form method="post" action="/" id="Form" enctype="multipart/'
            f'form-data"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="'
            f'/wEPDwUKMTY1NDU2MTA1MmRk"></div><div id="siteWrapper"><header class="header"><div id="dnn_dnnLOGO_'
            f'logo"><a href="{u("/")}" title="{DNN_SITE}">{DNN_SITE}</a></div><nav id="mainNav"><ul class="nav">'
            f'{nav}</ul></nav></header><div id="dnn_ContentPane" class="contentPane">{pane}</div><footer><div id="'
            f'dnn_dnnCopyright_lblCopyright" class="footer">Copyright 2025 by {DNN_SITE}</div></footer></div>'
            f'</form></body></html>')


def _edn(inner: str) -> str:
    return (f'<div class="DnnModule DnnModule-EasyDNNnews DnnModule-512"><a name="512"></a><div class="eds_news_'
            f'module_512 news eds_subCollection_news eds_news_Ozone eds_template_List_Article_Default">{inner}</div></div>')


def dnn(u, x) -> list[Doc]:
    ws = works(DNN)
    docs = []
    staff = [w for w in ws if w.grade >= 1]
    for w in ws:
        head = (f'<meta id="MetaDescription" name="DESCRIPTION" content="{esc(w.paras[0][:150])}">'
                f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(w.title)}">'
                f'<meta property="og:url" content="{u(w.path)}"><link rel="canonical" href="{u(w.path)}">')
        cat = f' <a href="{u("/News/CategoryID/4/Staff")}" class="EDNcategorycolor-default">Staff</a>' if w in staff else ""
        pane = _edn(f'<div class="edn_article edn_clearFix"><h1 class="edn_articleTitle">{esc(w.title)}</h1>'
                    f'<div class="edn_metaDetails"><time>{long_date(w.date)}</time><span class="edn_author">'
                    f'{esc(w.author)}</span><div class="edn_categories">{cat}</div></div><div class="edn_articleContent">'
                    f'{ps(w.paras)}</div></div>')
        docs.append(work(w, _dnn(f"{DNN_SITE} > News > {w.title}", u, pane, head)))

    def items(sub):
        return "".join(f'<article class="edn_article edn_clearFix"><h2 class="edn_articleTitle"><a href="{u(w.path)}">'
                       f'{esc(w.title)}</a></h2><div class="edn_articleSummary">{cut(w.paras[0], 160)}</div>'
                       f'</article>' for w in sub)
    docs.append(other(DNN, "/", _dnn(f"{DNN_SITE} > Home", u, '<div class="DnnModule DnnModule-DNN_HTML"><div class='
                      '"Normal"><h1>Welcome to your library</h1><p>Eight branches, one card.</p></div></div>'
                      + _edn(items(ws[:3]) + f'<div class="edn_pagination"><a href="{u("/News")}">All news</a></div>'))))
    docs.append(other(DNN, "/News", _dnn(f"{DNN_SITE} > News", u, _edn(
        items(ws) + f'<p class="edn_archive">Looking for older stories? <a href="{u("/News/ArticleID/999/Old-story")}">'
                    f'Library expansion plans (2019)</a></p>'))))
    docs.append(other(DNN, "/News/CategoryID/4/Staff", _dnn(f"{DNN_SITE} > News > Staff", u, _edn(
        '<h1 class="edn_categoryTitle">Staff</h1>' + items(staff)))))
    docs.append(other(DNN, "/News/ArticleID/999/Old-story", _dnn(f"{DNN_SITE} > News", u, _edn(
        '<div class="edn_article"><p class="edn_noArticles">The article you are looking for is no longer available.</p>'
        '</div>'))))
    docs.append(other(DNN, "/About-Us", _dnn(f"{DNN_SITE} > About Us", u, '<div class="DnnModule DnnModule-DNN_HTML">'
                      "<div class=\"Normal\"><h1>About Us</h1><p>The county library system serves 140,000 residents "
                      "through eight branches and a bookmobile.</p></div></div>")))
    docs.append(other(DNN, "/Contact-Us", _dnn(f"{DNN_SITE} > Contact Us", u, '<div class="DnnModule DnnModule-DNN_HTML">'
                      '<div class="Normal"><h1>Contact Us</h1><p>Call 555-0140 or visit any branch desk.</p></div></div>')))
    return docs


# --- TiddlyWiki, static export -------------------------------------------------------------------------------------

TW_SITE = "Ines Kovac's notebook"
TW_TAGS = {"mentoring": "Mentoring", "archives": "Archives"}


def _tw_tag(w: Work) -> str:
    return "mentoring" if w.grade >= 2 else "archives"


def _tw_name(path: str) -> str:
    return path.rsplit("/", 1)[1].removesuffix(".html").replace("%2520", " ")


def _tiddler(title: str, subtitle: str, tags: str, body: str) -> str:
    return (f'<div class="tc-tiddler-frame tc-tiddler-view-frame tc-tiddler-exists" data-tiddler-title="{esc(title)}">'
            f'<div class="tc-tiddler-title"><h2 class="tc-title">{esc(title)}</h2></div><div class="tc-subtitle">'
            f'{subtitle}</div><div class="tc-tags-wrapper">{tags}</div><div class="tc-tiddler-body tc-reveal">{body}'
            f'</div></div>')


def _tw_page(title: str, tiddler: str) -> str:
    return (f'<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html;charset=utf-8">'
            f'<meta name="generator" content="TiddlyWiki"><meta name="tiddlywiki-version" content="5.3.3">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="format-detection" '
            f'content="telephone=no"><link id="faviconLink" rel="shortcut icon" href="favicon.ico"><link rel='
            f'"stylesheet" href="static.css"><title>{esc(title)}: {esc(TW_SITE)}</title></head><body class="tc-body">'
            f'<section class="tc-story-river tc-static-story-river">{tiddler}</section></body></html>')


def _tw_link(path: str) -> str:
    name = path.rsplit("/", 1)[1]
    return f'<a class="tc-tiddlylink tc-tiddlylink-resolves" href="{name}">{esc(_tw_name(path))}</a>'


def tiddlywiki(u, x) -> list[Doc]:
    ws = works(TW)
    docs = []
    by_title = {w.title: w for w in ws}
    for w in ws:
        tag = _tw_tag(w)
        tags = (f'<span class="tc-tag-list-item"><a class="tc-tag-label" href="{tag}.html">{TW_TAGS[tag]}</a></span>')
        body = ps(w.paras)
        for t, o in by_title.items():
            if t != w.title and t in body:
                body = body.replace(esc(t), _tw_link(o.path), 1)
        if w.title == "Mentors":
            body += f'<p>See also {_tw_link(by_title["Learning in public"].path)}.</p>'
        sub = f'{_tw_link("/static/Ines%2520Kovac.html")} {int(w.date[8:])} {MONTHS[int(w.date[5:7]) - 1]} {w.date[:4]}'
        docs.append(work(w, _tw_page(w.title, _tiddler(w.title, sub, tags, body))))
    for tag, name in TW_TAGS.items():
        items = "".join(f"<li>{_tw_link(w.path)}</li>" for w in ws if _tw_tag(w) == tag)
        docs.append(other(TW, f"/static/{tag}.html", _tw_page(name, _tiddler(name, "", "", f'<ul class="tc-tagged-'
                          f'tiddlers">{items}</ul>'))))
    docs.append(other(TW, "/static/Ines%2520Kovac.html", _tw_page("Ines Kovac", _tiddler(
        "Ines Kovac", "", "", "<p>Digital archivist at a university archive. This is my notebook.</p><ul>"
        + "".join(f"<li>{_tw_link(w.path)}</li>" for w in ws) + "</ul>"))))
    links = "".join(f'<li><a href="static/{p}">{esc(_tw_name("/" + p))}</a></li>' for p in (
        "mentoring.html", "archives.html", "Ines%2520Kovac.html"))
    docs.append(other(TW, "/", '<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html;charset='
                      'utf-8"><meta name="application-name" content="TiddlyWiki"><meta name="generator" content='
                      f'"TiddlyWiki"><meta name="tiddlywiki-version" content="5.3.3"><title>{esc(TW_SITE)} &mdash; '
                      'notes on archives</title><style>.tc-remove-when-wiki-loaded{}</style></head><body class="tc-body">'
                      '<div id="styleArea"></div><div id="storeArea" style="display:none;"></div><noscript><div class='
                      '"tc-remove-when-wiki-loaded"><p>This TiddlyWiki needs JavaScript. Browse the static version:'
                      f'</p><ul>{links}</ul></div></noscript><script id="bootKernel">/* boot */</script></body></html>'))
    return docs


# --- the whole web -----------------------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    def on(host):
        return lambda path: url(host, path)

    docs = []
    for host, make in ((HEY, hey), (BUL, bulletin), (KUB, kubio), (ETC, etch), (XF, xenforo), (GM, gmane),
                       (CA, cairn), (ES, esploro), (DNN, dnn), (TW, tiddlywiki)):
        docs += make(on(host), url)
    built = [(d.host, d.path) for d in docs]
    assert sorted(built) == sorted(list(WORKS) + list(KIND)), "every label exactly once"
    return docs


class LabelledWeb35(ServedWeb):
    """Web 35 (see the module docstring)."""

    HOSTS = HOSTS
    START = {HEY: "/ruth.okafor/", ES: "/esploro/"}
    FIRST_ADDRESS = 404
    build = staticmethod(build)
