"""Labelled web 23, held out: the pages of :mod:`tests.labelled_text23`
(labelled before this module was written) on ten hosts, each in the reduced
markup, metadata and URL shapes of a platform no earlier web used:

* shelfnotes.example: WordPress, Twenty Seventeen (core's canonical and shortlink, no SEO plugin);
* marginalia.example: Ghost 5, the Journal theme (OpenGraph, Twitter cards, an Article in JSON-LD);
* newpros.example: Hugo with Docsy (a handbook's docs section and blog, ``itemprop`` metadata);
* lists.example: a Mailman 3 HyperKitty archive (threads, a message, a month, a search, a user, Postorius);
* glammr.example: Pleroma with its static front end for posts and profiles, the JavaScript front end's
  shell elsewhere (a soft 404 too);
* pubs.example: an MDPI-like open-access journal (``citation_*`` and Dublin Core, PDFs);
* library.example: Plone 6 classic UI, Barceloneta (a university library's news, a report's PDF);
* wiki.example: DokuWiki with nice URLs and the tag plugin (links to missing pages are ``nofollow``);
* sched.example: a Sched conference schedule (Event JSON-LD);
* community.example: a Khoros (Lithium) customer community (``/t5/`` boards, ideas, a blog).

Every label is used once; every page is reachable from the seeds within depth 3.
"""

from __future__ import annotations

import json
import textwrap
import zlib
from datetime import date
from typing import Callable

from tests.labelled_text23 import (COMMUNITY, HOSTS, ISSN, LIBRARY, LIST, LISTS, LP, MARG, NEWPROS, OTHER, PUBS,
                                   SCHED, SHELF, SOCIAL, WIKI, WORKS)
from tests.labelled_web import Doc, ServedWeb, esc, pdf, ps

KIND = {(h, p): k for h, p, k in OTHER}
U = Callable[[str], str]


def work(name: str, body: str) -> Doc:
    w = WORKS[name]
    return Doc(w.host, w.path, w.kind, w.grade, body.encode())


def other(host: str, path: str, body: str, status: int = 200) -> Doc:
    return Doc(host, path, KIND[(host, path)], 0, body.encode(), status=status)


def long_date(d: str) -> str:
    x = date.fromisoformat(d)
    return f"{x:%B} {x.day}, {x.year}"


def pdf_of(name: str, header: list[str]) -> Doc:
    w = WORKS[name]
    source = WORKS[name.removesuffix("-pdf")] if not w.paras else w
    lines = header + [""]
    for p in source.paras:
        lines += textwrap.wrap(p, 92) + [""]
    return Doc(w.host, w.path, w.kind, w.grade, pdf(lines), content_type="application/pdf")


def first_words(w, n: int = 30) -> str:
    words = " ".join(w.paras).split()
    return " ".join(words[:n]) + ("\u2026" if len(words) > n else "")


# --- shelfnotes.example: WordPress, Twenty Seventeen ------------------------------------------------------------

SHELF_SITE = "Shelf Notes"
SHELF_POSTS = ["shelf-mentor", "shelf-conference", "shelf-weeding", "shelf-network", "shelf-libchat"]  # newest first
SHELF_META = {"shelf-libchat": ("Career", "mentoring"), "shelf-network": ("Career", "mentoring"),
              "shelf-weeding": ("Collections", None), "shelf-conference": ("Conferences", None),
              "shelf-mentor": ("Career", "mentoring")}


def _shelf_page(u: U, title: str, body_class: str, main: str, head: str = "") -> str:
    recent = "".join(f'<li><a href="{u(WORKS[n].path)}">{esc(WORKS[n].title)}</a></li>' for n in SHELF_POSTS)
    return (f'<!DOCTYPE html><html lang="en-US" class="no-js no-svg"><head><meta charset="UTF-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="profile" '
            f'href="https://gmpg.org/xfn/11"><title>{title}</title><meta name="robots" content="max-image-preview:'
            f'large"><link rel="alternate" type="application/rss+xml" title="{SHELF_SITE} &raquo; Feed" '
            f'href="{u("/feed/")}"><link rel="stylesheet" id="twentyseventeen-style-css" href="'
            f'{u("/wp-content/themes/twentyseventeen/style.css?ver=20240716")}" media="all">'
            f'<link rel="https://api.w.org/" href="{u("/wp-json/")}"><meta name="generator" content="WordPress 6.6.1">'
            f'{head}</head><body class="{body_class} has-header-image has-sidebar colors-light">'
            f'<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
            f'<header id="masthead" class="site-header" role="banner"><div class="custom-header"><div class="custom-'
            f'header-media"><div id="wp-custom-header" class="wp-custom-header"><img src="'
            f'{u("/wp-content/uploads/2023/08/stacks-header.jpg")}" width="2000" height="1200" alt=""></div></div>'
            f'<div class="site-branding"><div class="wrap"><div class="site-branding-text"><p class="site-title">'
            f'<a href="{u("/")}" rel="home">{SHELF_SITE}</a></p><p class="site-description">An academic librarian '
            f'thinks out loud</p></div></div></div></div><div class="navigation-top"><div class="wrap"><nav id="site-'
            f'navigation" class="main-navigation" aria-label="Top Menu"><button class="menu-toggle" aria-controls='
            f'"top-menu" aria-expanded="false">Menu</button><div class="menu-top-container"><ul id="top-menu" '
            f'class="menu"><li id="menu-item-9" class="menu-item menu-item-type-custom menu-item-home menu-item-9">'
            f'<a href="{u("/")}">Home</a></li><li id="menu-item-10" class="menu-item menu-item-type-post_type '
            f'menu-item-object-page menu-item-10"><a href="{u("/about/")}">About</a></li><li id="menu-item-11" '
            f'class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-11"><a href="'
            f'{u("/category/career/")}">Career</a></li><li id="menu-item-12" class="menu-item menu-item-type-post_'
            f'type menu-item-object-page menu-item-12"><a href="{u("/contact/")}">Contact</a></li></ul></div></nav>'
            f'</div></div></header><div class="site-content-contain"><div id="content" class="site-content">'
            f'<div class="wrap">{main}<aside id="secondary" class="widget-area" aria-label="Blog Sidebar">'
            f'<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-'
            f'form" action="{u("/")}"><label for="search-form-1"><span class="screen-reader-text">Search for:</span>'
            f'</label><input type="search" id="search-form-1" class="search-field" placeholder="Search &hellip;" '
            f'value="" name="s"><button type="submit" class="search-submit"><span class="screen-reader-text">'
            f'Search</span></button></form></section><section id="recent-posts-2" class="widget widget_recent_'
            f'entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>{recent}</ul>'
            f'</nav></section></aside></div></div>'
            f'<footer id="colophon" class="site-footer" role="contentinfo"><div class="wrap"><div class="site-info">'
            f'<a href="https://wordpress.org/" class="imprint">Proudly powered by WordPress</a></div></div></footer>'
            f'</div></div></body></html>')


def _shelf_article(name: str, u: U, full: bool, extra: str = "") -> str:
    w = WORKS[name]
    cat, tag = SHELF_META[name]
    pid = 100 + SHELF_POSTS[::-1].index(name) * 7
    classes = (f"post-{pid} post type-post status-publish format-standard hentry category-{cat.lower()}"
               + (f" tag-{tag}" if tag else ""))
    h = "h1" if full else "h2"
    title = esc(w.title) if full else f'<a href="{u(w.path)}" rel="bookmark">{esc(w.title)}</a>'
    content = ps(w.paras) + extra if full else f"<p>{esc(first_words(w, 55))}</p>" + (
        f'<p><a href="{u(w.path)}" class="more-link">Continue reading<span class="screen-reader-text"> '
        f'&#8220;{esc(w.title)}&#8221;</span></a></p>')
    tags = (f'<span class="tags-links"><span class="screen-reader-text">Tags</span><a href="{u(f"/tag/{tag}/")}" '
            f'rel="tag">{tag}</a></span>') if tag else ""
    footer = (f'<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links"><span class='
              f'"screen-reader-text">Categories</span><a href="{u("/category/career/")}" rel="category tag">{cat}</a>'
              f'</span>{tags}</span></footer>') if full and cat == "Career" else (
              f'<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links"><span class='
              f'"screen-reader-text">Categories</span>{cat}</span></span></footer>' if full else "")
    return (f'<article id="post-{pid}" class="{classes}"><header class="entry-header"><div class="entry-meta">'
            f'<span class="posted-on"><span class="screen-reader-text">Posted on</span> <a href="{u(w.path)}" '
            f'rel="bookmark"><time class="entry-date published updated" datetime="{w.date}T08:30:00-05:00">'
            f'{long_date(w.date)}</time></a></span><span class="byline"> by <span class="author vcard"><a class="url '
            f'fn n" href="{u("/author/rosa/")}">{esc(w.author)}</a></span></span></div><{h} class="entry-title">'
            f'{title}</{h}></header><div class="entry-content">{content}</div>{footer}</article>')


def _shelf_listing(u: U, path: str, title: str, body_class: str, names: list[str], heading: str = "",
                   pager: str = "") -> Doc:
    header = f'<header class="page-header">{heading}</header>' if heading else ""
    main = (f'<div id="primary" class="content-area"><main id="main" class="site-main">{header}'
            + "".join(_shelf_article(n, u, False) for n in names) + pager + "</main></div>")
    return other(SHELF, path, _shelf_page(u, title, body_class, main))


def shelfnotes(u: U, x: Callable[[str, str], str]) -> list[Doc]:
    extra = {
        "shelf-libchat": f'<p>(The chat still runs, smaller; the Wednesday regulars now also meet under <a href="'
                         f'{x(SOCIAL, WORKS["toot-chat"].path)}">#LibMentor on glammr</a>.)</p>',
        "shelf-network": f'<p>Related: <a href="{u("/2019/10/02/my-old-pln-post/")}">my 2019 post on building a '
                         f'PLN</a>, and the <a href="{x(LIBRARY, WORKS["lib-bluesky"].path)}">starter pack our '
                         f'library made</a>.</p>',
        "shelf-conference": f'<p>(The meetup was announced in <a href="{x(SOCIAL, "/notice/AqYw0jA6mP1kKqS8uD")}">a '
                            f'post</a> its author has since deleted.)</p>',
        "shelf-mento"
        "r": f'<p>She has already found the <a href="{x(WIKI, "/careers:informational_interviews")}">iSchool '
                        f'wiki&#8217;s page on informational interviews</a>, or tried to.</p>',
    }
    docs = []
    order = SHELF_POSTS[::-1]
    for i, n in enumerate(order):
        w = WORKS[n]
        nav = ""
        if i:
            p = WORKS[order[i - 1]]
            nav += (f'<div class="nav-previous"><a href="{u(p.path)}" rel="prev"><span class="screen-reader-text">'
                    f'Previous Post</span><span aria-hidden="true" class="nav-subtitle">Previous</span> <span class='
                    f'"nav-title">{esc(p.title)}</span></a></div>')
        if i + 1 < len(order):
            q = WORKS[order[i + 1]]
            nav += (f'<div class="nav-next"><a href="{u(q.path)}" rel="next"><span class="screen-reader-text">Next '
                    f'Post</span><span aria-hidden="true" class="nav-subtitle">Next</span> <span class="nav-title">'
                    f'{esc(q.title)}</span></a></div>')
        main = (f'<div id="primary" class="content-area"><main id="main" class="site-main">'
                f'{_shelf_article(n, u, True, extra.get(n, ""))}<nav class="navigation post-navigation" aria-label='
                f'"Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">{nav}</div></nav>'
                f'<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-'
                f'title" class="comment-reply-title">Leave a Reply</h3><p class="must-log-in">Comments are closed.'
                f'</p></div></div></main></div>')
        head = (f'<link rel="canonical" href="{u(w.path)}"><link rel="shortlink" href="'
                f'{u("/?p=" + str(100 + i * 7))}">')
        docs.append(work(n, _shelf_page(u, f"{esc(w.title)} &#8211; {SHELF_SITE}",
                                        f"post-template-default single single-post postid-{100 + i * 7} "
                                        f"single-format-standard", main, head)))
    pager = ('<nav class="navigation pagination" aria-label="Posts"><h2 class="screen-reader-text">Posts navigation'
             '</h2><div class="nav-links">{}</div></nav>')
    career = [n for n in SHELF_POSTS if SHELF_META[n][0] == "Career"]
    tagged = [n for n in SHELF_POSTS if SHELF_META[n][1] == "mentoring"]
    docs += [
        _shelf_listing(u, "/", f"{SHELF_SITE} &#8211; An academic librarian thinks out loud",
                       "home blog hfeed", SHELF_POSTS[:3], pager=pager.format(
                           f'<span aria-current="page" class="page-numbers current"><span class="meta-nav screen-'
                           f'reader-text">Page </span>1</span><a class="page-numbers" href="{u("/page/2/")}"><span '
                           f'class="meta-nav screen-reader-text">Page </span>2</a><a class="next page-numbers" '
                           f'href="{u("/page/2/")}"><span class="screen-reader-text">Next page</span></a>')),
        _shelf_listing(u, "/page/2/", f"{SHELF_SITE} &#8211; Page 2", "home blog paged paged-2 hfeed",
                       SHELF_POSTS[3:], pager=pager.format(
                           f'<a class="prev page-numbers" href="{u("/")}"><span class="screen-reader-text">Previous '
                           f'page</span></a><a class="page-numbers" href="{u("/")}"><span class="meta-nav screen-'
                           f'reader-text">Page </span>1</a><span aria-current="page" class="page-numbers current">'
                           f'<span class="meta-nav screen-reader-text">Page </span>2</span>')),
        _shelf_listing(u, "/category/career/", f"Career &#8211; {SHELF_SITE}",
                       "archive category category-career category-4 hfeed", career,
                       '<h1 class="page-title">Category: <span>Career</span></h1>'),
        _shelf_listing(u, "/tag/mentoring/", f"mentoring &#8211; {SHELF_SITE}",
                       "archive tag tag-mentoring tag-7 hfeed", tagged,
                       '<h1 class="page-title">Tag: <span>mentoring</span></h1>'),
        _shelf_listing(u, "/?s=mentor", f"You searched for mentor &#8211; {SHELF_SITE}",
                       "search search-results hfeed", ["shelf-mentor", "shelf-libchat", "shelf-network"],
                       '<h1 class="page-title">Search Results for: <span>mentor</span></h1>'),
        _shelf_listing(u, "/author/rosa/", f"Rosa Delgado &#8211; {SHELF_SITE}",
                       "archive author author-rosa author-1 hfeed", SHELF_POSTS,
                       '<h1 class="page-title">Author: <span class="vcard">Rosa Delgado</span></h1>'
                       '<div class="taxonomy-description">Instruction librarian at a regional campus.</div>'),
    ]
    page = ('<div id="primary" class="content-area"><main id="main" class="site-main"><article id="post-{id}" '
            'class="post-{id} page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-'
            'title">{title}</h1></header><div class="entry-content">{text}</div></article></main></div>')
    docs.append(other(SHELF, "/about/", _shelf_page(u, f"About &#8211; {SHELF_SITE}", "page-template-default page "
        "page-id-2 page-one-column", page.format(id=2, title="About", text=(
            "<p>I am Rosa, an instruction librarian at a regional campus of a state university. I write here about "
            "teaching, collections, conferences, and the odd business of becoming a librarian.</p>"
            f'<p>Everything I have written about <a href="{u("/?s=mentor")}">mentors and mentoring</a>.</p>'
            f'<p>I am not on the fediverse yet, but <a href="{x(SOCIAL, "/users/marguerite")}">my friend '
            "Marguerite</a> is.</p><p>Opinions are mine, not my employer&#8217;s.</p>")))))
    docs.append(other(SHELF, "/contact/", _shelf_page(u, f"Contact &#8211; {SHELF_SITE}", "page-template-default page "
        "page-id-5 page-one-column", page.format(id=5, title="Contact", text=(
            "<p>Corrections, invitations, or questions: use the form below and I will reply within a week.</p>"
            '<div class="wpcf7 js" id="wpcf7-f14-p5-o1" lang="en-US" dir="ltr"><form action="/contact/#wpcf7-'
            'f14-p5-o1" method="post" class="wpcf7-form init" novalidate="novalidate"><p><label>Your name<br>'
            '<input size="40" class="wpcf7-form-control wpcf7-text" type="text" name="your-name"></label></p><p>'
            '<label>Your email<br><input size="40" class="wpcf7-form-control wpcf7-email" type="email" name="your-'
            'email"></label></p><p><label>Your message<br><textarea cols="40" rows="10" class="wpcf7-form-control '
            'wpcf7-textarea" name="your-message"></textarea></label></p><p><input class="wpcf7-form-control wpcf7-'
            'submit has-spinner" type="submit" value="Submit"></p></form></div>')))))
    docs.append(other(SHELF, "/2019/10/02/my-old-pln-post/", _shelf_page(
        u, f"Page not found &#8211; {SHELF_SITE}", "error404 hfeed",
        '<div id="primary" class="content-area"><main id="main" class="site-main"><section class="error-404 '
        'not-found"><header class="page-header"><h1 class="page-title">Oops! That page can&rsquo;t be found.</h1>'
        '</header><div class="page-content"><p>It looks like nothing was found at this location. Maybe try a '
        f'search?</p><form role="search" method="get" class="search-form" action="{u("/")}"><input type="search" '
        'class="search-field" name="s"></form></div></section></main></div>'), status=404))
    return docs


# --- marginalia.example: Ghost, Journal ---------------------------------------------------------------------------

MARG_SITE = "Marginalia"
MARG_POSTS = ["marg-reading", "marg-reviewing", "marg-weak-ties", "marg-hashtags", "marg-mentor-texts"]  # newest first
MARG_TAGS = {"marg-weak-ties": "Networks", "marg-hashtags": "Networks", "marg-reviewing": "Networks",
             "marg-reading": "Teaching", "marg-mentor-texts": "Teaching"}


def _ghost(u: U, path: str, title: str, body_class: str, main: str, meta: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" '
            f'content="IE=edge"><title>{title}</title><meta name="HandheldFriendly" content="True"><meta name='
            f'"viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" '
            f'href="{u("/assets/built/screen.css?v=9a1c2e7b44")}"><link rel="icon" href="{u("/favicon.png")}" '
            f'type="image/png"><link rel="canonical" href="{u(path)}"><meta name="referrer" content="no-referrer-'
            f'when-downgrade">{meta}<meta name="generator" content="Ghost 5.96"><link rel="alternate" type="'
            f'application/rss+xml" title="{MARG_SITE}" href="{u("/rss/")}"><script defer src="https://cdn.jsdelivr'
            f'.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="{u("/")}" data-key="'
            f'7c1f0e5d2b" data-api="{u("/ghost/api/content/")}" crossorigin="anonymous"></script></head>'
            f'<body class="{body_class} has-serif-title has-sans-body"><div class="gh-viewport"><header id="gh-navi'
            f'gation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner"><div '
            f'class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="{u("/")}">{MARG_SITE}</a>'
            f'</div><nav class="gh-navigation-menu"><ul class="nav"><li class="nav-home"><a href="{u("/")}">Home'
            f'</a></li><li class="nav-about"><a href="{u("/about/")}">About</a></li><li class="nav-networks"><a '
            f'href="{u("/tag/networks/")}">Networks</a></li></ul></nav><div class="gh-navigation-actions"><button '
            f'class="gh-search gh-icon-button" aria-label="Search this site" data-ghost-search></button><div class='
            f'"gh-navigation-members"><a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a>'
            f'</div></div></div></header>{main}<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-'
            f'inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">{MARG_SITE}</span><nav class='
            f'"gh-footer-menu"><ul class="nav"><li class="nav-about"><a href="{u("/about/")}">About</a></li></ul>'
            f'</nav><div class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel='
            f'"noopener">Ghost</a></div></div></div></footer></div></body></html>')


def _ghost_meta(u: U, path: str, og_type: str, title: str, desc: str, extra: str = "", ld: dict | None = None) -> str:
    out = (f'<meta property="og:site_name" content="{MARG_SITE}"><meta property="og:type" content="{og_type}">'
           f'<meta property="og:title" content="{esc(title)}"><meta property="og:description" content="{esc(desc)}">'
           f'<meta property="og:url" content="{u(path)}">{extra}<meta name="twitter:card" content="summary">'
           f'<meta name="twitter:title" content="{esc(title)}"><meta name="twitter:description" content="'
           f'{esc(desc)}"><meta name="twitter:url" content="{u(path)}">')
    if ld:
        out += f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    return out


def _ghost_cards(u: U, names: list[str]) -> str:
    out = []
    for n in names:
        w = WORKS[n]
        minutes = max(1, len(" ".join(w.paras).split()) // 230)
        out.append(f'<article class="gh-card post tag-{MARG_TAGS[n].lower()}"><a class="gh-card-link" href="'
                   f'{u(w.path)}"><div class="gh-card-wrapper"><h3 class="gh-card-title is-title">{esc(w.title)}</h3>'
                   f'<p class="gh-card-excerpt is-body">{esc(first_words(w, 40))}</p><footer class="gh-card-meta">'
                   f'<time class="gh-card-date" datetime="{w.date}">{long_date(w.date)}</time><span class="gh-card-'
                   f'duration">{minutes} min read</span></footer></div></a></article>')
    return "".join(out)


def marginalia(u: U, x: Callable[[str, str], str]) -> list[Doc]:
    docs = []
    cites = {"marg-weak-ties": f'<p><em>Further reading:</em> <a href="{x(PUBS, WORKS["pub-peer"].path)}">Okonkwo, '
                               f'Brandt and Serrano (2025)</a> on peer mentoring in online communities, and <a href="'
                               f'{x(PUBS, WORKS["pub-pln"].path)}">Ferreira and Holm (2025)</a> on archivists&#8217; '
                               f'learning networks after the platform shift.</p>',
             "marg-reading": f'<p>The week five paper on online communities is <a href="'
                             f'{x(PUBS, WORKS["pub-peer"].path)}">this one</a>.</p>'}
    for n in MARG_POSTS:
        w = WORKS[n]
        tag = MARG_TAGS[n]
        desc = first_words(w, 25)
        ld = {"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name":
              MARG_SITE, "url": u("/")}, "author": {"@type": "Person", "name": w.author, "url": u("/author/ines/")},
              "headline": w.title, "url": u(w.path), "datePublished": w.date + "T07:00:00.000Z",
              "dateModified": w.date + "T07:00:00.000Z", "keywords": tag, "description": desc,
              "mainEntityOfPage": u(w.path)}
        meta = _ghost_meta(u, w.path, "article", w.title, desc,
                           f'<meta property="article:published_time" content="{w.date}T07:00:00.000Z">'
                           f'<meta property="article:tag" content="{tag}">', ld)
        tag_link = (f'<a class="gh-article-tag" href="{u("/tag/networks/")}">{tag}</a>' if tag == "Networks"
                    else f'<span class="gh-article-tag">{tag}</span>')
        main = (f'<main class="gh-main"><article class="gh-article post tag-{tag.lower()}"><header class="gh-article-'
                f'header gh-canvas">{tag_link}<h1 class="gh-article-title is-title">{esc(w.title)}</h1><div class='
                f'"gh-article-meta"><div class="gh-article-author-image instapaper_ignore"></div><div class="gh-'
                f'article-meta-wrapper"><h4 class="gh-article-author-name"><a href="{u("/author/ines/")}">'
                f'{esc(w.author)}</a></h4><div class="gh-article-meta-content"><time class="gh-article-meta-date" '
                f'datetime="{w.date}">{long_date(w.date)}</time></div></div></div></header><section class="gh-content '
                f'gh-canvas is-body">{ps(w.paras)}{cites.get(n, "")}</section></article></main>')
        docs.append(work(n, _ghost(u, w.path, f"{esc(w.title)}", f"post-template tag-{tag.lower()}", main, meta)))
    feed = ('<main class="gh-main gh-outer"><div class="gh-inner"><section class="gh-container is-list"><div class="gh-'
            'container-inner"><div class="gh-feed">{}</div>{}</div></section></div></main>')
    docs.append(other(MARG, "/", _ghost(u, "/", MARG_SITE, "home-template", feed.format(
        _ghost_cards(u, MARG_POSTS[:3]), f'<nav class="gh-more is-title"><a href="{u("/page/2/")}">See all</a></nav>'),
        _ghost_meta(u, "/", "website", MARG_SITE, "Essays on information, work and learning, by Inés Marchetti.",
                    ld={"@context": "https://schema.org", "@type": "WebSite", "publisher": {"@type": "Organization",
                        "name": MARG_SITE}, "url": u("/"), "name": MARG_SITE}))))
    docs.append(other(MARG, "/page/2/", _ghost(u, "/page/2/", f"{MARG_SITE} (Page 2)", "paged archive-template",
                      feed.format(_ghost_cards(u, MARG_POSTS[3:]), ""),
                      _ghost_meta(u, "/page/2/", "website", MARG_SITE, "Essays on information, work and learning."))))
    networks = [n for n in MARG_POSTS if MARG_TAGS[n] == "Networks"]
    docs.append(other(MARG, "/tag/networks/", _ghost(u, "/tag/networks/", f"Networks - {MARG_SITE}",
        "tag-template tag-networks", '<main class="gh-main gh-outer"><div class="gh-inner"><section class="gh-archive '
        'gh-archive-inner"><header class="gh-archive-wrapper"><h1 class="gh-article-title is-title">Networks</h1>'
        '<p class="gh-article-excerpt is-body">Essays on professional networks and how people learn from them.</p>'
        f'</header></section><div class="gh-feed">{_ghost_cards(u, networks)}</div></div></main>',
        _ghost_meta(u, "/tag/networks/", "website", "Networks", "Essays on professional networks."))))
    docs.append(other(MARG, "/author/ines/", _ghost(u, "/author/ines/", f"Inés Marchetti - {MARG_SITE}",
        "author-template author-ines", '<main class="gh-main gh-outer"><div class="gh-inner"><section class="gh-'
        'archive has-image gh-archive-inner"><header class="gh-archive-wrapper"><h1 class="gh-article-title is-title">'
        'Inés Marchetti</h1><p class="gh-article-excerpt">Associate professor of information science. I study how '
        'people learn their jobs.</p><div class="gh-author-meta"><span class="gh-author-location">Bologna</span>'
        f'</div></header></section><div class="gh-feed">{_ghost_cards(u, MARG_POSTS)}</div></div></main>',
        _ghost_meta(u, "/author/ines/", "profile", "Inés Marchetti", "Associate professor of information science."))))
    docs.append(other(MARG, "/about/", _ghost(u, "/about/", f"About - {MARG_SITE}", "page-template page-about",
        '<main class="gh-main"><article class="gh-article page"><header class="gh-article-header gh-canvas"><h1 '
        'class="gh-article-title is-title">About</h1></header><section class="gh-content gh-canvas is-body">'
        '<p>Marginalia is an occasional newsletter of essays and notes by Inés Marchetti, who teaches information '
        'science and writes about work, learning and the information professions. New essays arrive by email '
        'about once a month; subscribing is free.</p><p>Looking for the pre-2023 issues? They were in the <a href="'
        f'{u("/newsletter-archive/")}">newsletter archive</a>.</p></section></article></main>',
        _ghost_meta(u, "/about/", "website", "About", "About Marginalia."))))
    docs.append(other(MARG, "/newsletter-archive/", _ghost(u, "/newsletter-archive/", "404 — Page not found",
        "error-template", '<main class="gh-main gh-outer"><section class="gh-error gh-inner"><h1 class="gh-error-'
        'code">404</h1><p class="gh-error-description">Page not found</p><a class="gh-error-link" href="'
        f'{u("/")}">Go to the front page →</a></section></main>', ""), status=404))
    return docs


# --- newpros.example: Hugo, Docsy ----------------------------------------------------------------------------------

NP_SITE = "New Professionals Handbook"
NP_DOCS = [("Getting started", ["np-mentor"]), ("Community", ["np-slack", "np-conduct"]),
           ("Practice", ["np-retention"])]


def _docsy(u: U, path: str, title: str, body_class: str, main: str, meta: str = "", sidebar: bool = True) -> str:
    nav = ""
    if sidebar:
        items = "".join(
            f'<li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child"><span class="td-sidebar-'
            f'link td-sidebar-link__section">{sec}</span><ul class="ul-2 foldable">'
            + "".join(f'<li class="td-sidebar-nav__page"><a class="align-left ps-0 td-sidebar-link td-sidebar-link__'
                      f'page{" active" if WORKS[n].path == path else ""}" href="{u(WORKS[n].path)}"><span>'
                      f'{esc(WORKS[n].title)}</span></a></li>' for n in names) + "</ul></li>"
            for sec, names in NP_DOCS)
        nav = (f'<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-'
               f'sidebar__inner"><nav class="td-sidebar-nav collapse" id="td-section-nav"><ul class="td-sidebar-nav__'
               f'section pe-md-3 ul-0"><li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child '
               f'active-path" id="m-docs-li"><a href="{u("/docs/")}" class="align-left ps-0 td-sidebar-link td-'
               f'sidebar-link__section tree-root" id="m-docs"><span>Documentation</span></a><ul class="ul-1">{items}'
               f'</ul></li></ul></nav></div></aside>')
        main = (f'<div class="row flex-xl-nowrap">{nav}<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main">'
                f'{main}</main></div>')
    else:
        main = f'<main role="main" class="td-main">{main}</main>'
    return (f'<!doctype html><html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head>'
            f'<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit'
            f'=no"><meta name="generator" content="Hugo 0.128.2"><meta name="robots" content="index, follow">'
            f'<link rel="shortcut icon" href="{u("/favicons/favicon.ico")}"><title>{title}</title>{meta}'
            f'<link rel="preload" href="{u("/scss/main.min.css")}" as="style"><link href="{u("/scss/main.min.css")}" '
            f'rel="stylesheet"></head><body class="{body_class}"><header><nav class="td-navbar js-navbar-scroll" '
            f'data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row"><a class="navbar-brand" href='
            f'"{u("/")}"><span class="navbar-brand__logo navbar-logo"></span><span class="navbar-brand__name">'
            f'{NP_SITE}</span></a><div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-'
            f'nav"><li class="nav-item"><a class="nav-link" href="{u("/about/")}"><span>About</span></a></li><li '
            f'class="nav-item"><a class="nav-link" href="{u("/docs/")}"><span>Documentation</span></a></li><li '
            f'class="nav-item"><a class="nav-link" href="{u("/blog/")}"><span>Blog</span></a></li><li class="nav-'
            f'item"><a class="nav-link" href="{u("/community/")}"><span>Community</span></a></li></ul></div><div '
            f'class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div>'
            f'<input type="search" class="td-search__input form-control" placeholder="Search this site&hellip;" '
            f'aria-label="Search this site&hellip;" autocomplete="off" data-offline-search-index-json-src="'
            f'{u("/offline-search-index.4f6d2e.json")}" data-offline-search-base-href="/" data-offline-search-max-'
            f'results="10"></div></div></div></nav></header><div class="container-fluid td-outer"><div class="td-'
            f'main">{main}</div><footer class="td-footer row d-print-none"><div class="container-fluid"><div class='
            f'"row mx-md-2"><div class="td-footer__left col-6 col-sm-4 order-sm-1"><ul class="td-footer__links-list">'
            f'<li class="td-footer__links-item" data-bs-toggle="tooltip" title="Mastodon" aria-label="Mastodon"><a '
            f'target="_blank" rel="noopener" href="https://mastodon.social/@archivistsguild" aria-label="Mastodon">'
            f'<i class="fab fa-mastodon"></i></a></li></ul></div><div class="td-footer__center col-12 col-sm-4 py-2 '
            f'order-sm-2"><span class="td-footer__copyright">&copy; 2024 Regional Archivists&#8217; Guild</span> '
            f'<span class="td-footer__all_rights_reserved">All Rights Reserved</span></div></div></div></footer>'
            f'</div></body></html>')


def _docsy_meta(u: U, path: str, title: str, desc: str, og_type: str, d: str | None, words: int = 0) -> str:
    out = (f'<meta name="description" content="{esc(desc)}"><meta property="og:url" content="{u(path)}">'
           f'<meta property="og:site_name" content="{NP_SITE}"><meta property="og:title" content="{esc(title)}">'
           f'<meta property="og:description" content="{esc(desc)}"><meta property="og:locale" content="en">'
           f'<meta property="og:type" content="{og_type}">')
    if d:
        out += (f'<meta property="article:section" content="{"blog" if "/blog/" in path else "docs"}">'
                f'<meta property="article:published_time" content="{d}T00:00:00+00:00">'
                f'<meta property="article:modified_time" content="{d}T00:00:00+00:00">')
    out += f'<meta itemprop="name" content="{esc(title)}"><meta itemprop="description" content="{esc(desc)}">'
    if d:
        out += (f'<meta itemprop="datePublished" content="{d}T00:00:00+00:00"><meta itemprop="dateModified" '
                f'content="{d}T00:00:00+00:00"><meta itemprop="wordCount" content="{words}">')
    return out + (f'<meta name="twitter:card" content="summary"><meta name="twitter:title" content="{esc(title)}">'
                  f'<meta name="twitter:description" content="{esc(desc)}">')


def newpros(u: U, x: Callable[[str, str], str]) -> list[Doc]:
    docs = []
    extra = {"np-mentor": f'<div class="alert alert-primary" role="alert"><h4 class="alert-heading">Tip</h4>The early-'
                          f'career mailing list&#8217;s <a href="{x(LISTS, f"{LP}/")}">archive</a> is public, and '
                          f'worth reading before you post.</div>',
             "np-cohort": f'<p>Last year&#8217;s page about the programme, <a href="{u("/docs/mentoring/")}">Mentoring'
                          f'</a>, has moved into <a href="{u(WORKS["np-mentor"].path)}">Finding a mentor</a>.</p>'}
    for sec, names in NP_DOCS:
        for n in names:
            w = WORKS[n]
            desc = first_words(w, 20)
            body = (f'<nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb"><li class="breadcrumb'
                    f'-item"><a href="{u("/docs/")}">Documentation</a></li><li class="breadcrumb-item">{sec}</li><li '
                    f'class="breadcrumb-item active" aria-current="page">{esc(w.title)}</li></ol></nav><div class="td-'
                    f'content"><h1>{esc(w.title)}</h1><div class="lead">{esc(desc)}</div><header class="article-meta">'
                    f'</header>{ps(w.paras)}{extra.get(n, "")}<div class="td-page-meta__lastmod">Last modified '
                    f'{long_date(w.date)}: <a href="https://github.com/archivists-guild/handbook/commit/'
                    f'{zlib.crc32(n.encode()) % 16**7:07x}">{esc(w.author)}</a></div></div>')
            docs.append(work(n, _docsy(u, w.path, f"{esc(w.title)} | {NP_SITE}", "td-page td-documentation", body,
                                       _docsy_meta(u, w.path, w.title, desc, "article", w.date,
                                                   len(" ".join(w.paras).split())))))
    w = WORKS["np-cohort"]
    desc = first_words(w, 20)
    docs.append(work("np-cohort", _docsy(u, w.path, f"{esc(w.title)} | {NP_SITE}", "td-page td-blog", (
        f'<div class="td-content"><h1>{esc(w.title)}</h1><div class="td-byline mb-4">By <b>{esc(w.author)}</b> | '
        f'<time datetime="{w.date}" class="text-body-secondary">{long_date(w.date)}</time></div>{ps(w.paras)}'
        f'{extra["np-cohort"]}</div>'), _docsy_meta(u, w.path, w.title, desc, "article", w.date), sidebar=False)))
    entries = "".join(f'<div class="entry"><h5><a href="{u(WORKS[n].path)}">{esc(WORKS[n].title)}</a></h5><p>'
                      f'{esc(first_words(WORKS[n], 20))}</p></div>' for _, names in NP_DOCS for n in names)
    docs.append(other(NEWPROS, "/docs/", _docsy(u, "/docs/", f"Documentation | {NP_SITE}", "td-section", (
        f'<div class="td-content"><h1>Documentation</h1><div class="lead">What the Guild&#8217;s members wish they had '
        f'known in their first five years.</div><div class="section-index">{entries}</div></div>'),
        _docsy_meta(u, "/docs/", "Documentation", "The handbook.", "website", None))))
    docs.append(other(NEWPROS, "/blog/", _docsy(u, "/blog/", f"Blog | {NP_SITE}", "td-section td-blog", (
        f'<div class="td-content"><h1>Blog</h1><div class="td-blog-posts"><div class="td-blog-posts__item"><div '
        f'class="td-blog-posts__item__body"><h5 class="mt-0 mb-1"><a href="{u(w.path)}">{esc(w.title)}</a></h5><p '
        f'class="mb-2 mb-md-3"><small class="text-body-secondary">{long_date(w.date)} by {esc(w.author)}</small></p>'
        f'<p class="pt-0 mt-0">{esc(first_words(w, 40))}</p><p class="pt-0"><a href="{u(w.path)}" aria-label="Read '
        f'more - {esc(w.title)}">Read more</a></p></div></div></div></div>'),
        _docsy_meta(u, "/blog/", "Blog", "News from the New Professionals Committee.", "website", None),
        sidebar=False)))
    docs.append(other(NEWPROS, "/", _docsy(u, "/", NP_SITE, "td-home", (
        f'<section class="row td-cover-block td-cover-block--height-min js-td-cover td-overlay td-overlay--dark -bg-'
        f'primary"><div class="container td-overlay__inner"><div class="row"><div class="col-12"><div class="text-'
        f'center"><h1 class="display-1 mt-0 mt-md-5 pb-4">{NP_SITE}</h1><p class="display-6">For archivists and '
        f'records managers in their first five years</p><div class="pt-3 lead"><a class="btn btn-lg btn-primary me-3 '
        f'mb-4" href="{u("/docs/")}">Read the handbook</a><a class="btn btn-lg btn-secondary me-3 mb-4" href="'
        f'{u("/community/")}">Join the community</a></div></div></div></div></div></section><section class="row td-box '
        f'td-box--white td-box--height-auto"><div class="col"><div class="row"><div class="col-lg-4 mb-5 mb-lg-0 '
        f'text-center"><h4 class="h3">Find a mentor</h4><p class="mb-0">Applications for the next cohort open in '
        f'August. <a href="{u(WORKS["np-mentor"].path)}">How it works</a>.</p></div><div class="col-lg-4 mb-5 '
        f'mb-lg-0 text-center"><h4 class="h3">Ask a question</h4><p class="mb-0">Members can join the <a href="'
        f'{u(WORKS["np-slack"].path)}">Guild Slack</a>.</p></div><div class="col-lg-4 mb-5 mb-lg-0 text-center"><h4 '
        f'class="h3">Latest news</h4><p class="mb-0"><a href="{u(w.path)}">{esc(w.title)}</a></p></div></div></div>'
        f'</section>'), _docsy_meta(u, "/", NP_SITE, "A handbook for new archivists.", "website", None),
        sidebar=False)))
    docs.append(other(NEWPROS, "/about/", _docsy(u, "/about/", f"About | {NP_SITE}", "td-about", (
        '<section class="row td-box td-box--white"><div class="col"><h1>About the handbook</h1><p>The handbook is '
        'written and kept up to date by the Regional Archivists&#8217; Guild&#8217;s New Professionals Committee. '
        'Pages are edited in the open on GitHub; corrections are welcome from anyone.</p><p>Looking for something '
        f'specific? See <a href="{u("/search/?q=mentor")}">everything about mentors</a>.</p></div></section>'),
        _docsy_meta(u, "/about/", "About", "About the handbook.", "website", None), sidebar=False)))
    docs.append(other(NEWPROS, "/community/", _docsy(u, "/community/", f"Community | {NP_SITE}", "td-community", (
        '<section class="row td-box td-box--white"><div class="col"><h1>Join the community</h1><p>Email the '
        'committee at newpros@guild.example, or write to the membership secretary for an invitation to the Slack '
        f'workspace. The <a href="{u(WORKS["np-conduct"].path)}">code of conduct</a> applies everywhere.</p>'
        '</div></section>'), _docsy_meta(u, "/community/", "Community", "Contact the committee.", "website", None),
        sidebar=False)))
    docs.append(other(NEWPROS, "/search/?q=mentor", _docsy(u, "/search/", f"Search Results | {NP_SITE}",
        "td-section td-search-results", (
        '<div class="td-content"><h1>Search Results</h1><div class="td-offline-search-results"><p>Results for '
        '<strong>mentor</strong>:</p>'
        + "".join(f'<div class="card mb-2"><div class="card-body"><a href="{u(WORKS[n].path)}">{esc(WORKS[n].title)}'
                  f'</a></div></div>' for n in ["np-mentor", "np-cohort", "np-slack"]) + '</div></div>'),
        _docsy_meta(u, "/search/", "Search Results", "", "website", None))))
    docs.append(other(NEWPROS, "/docs/mentoring/", _docsy(u, "/404.html", f"404 Page not found | {NP_SITE}",
        "td-404", (f'<div class="td-content"><h2>Not found</h2><p>Oops! This page doesn&#8217;t exist. Try going back '
                   f'to the <a href="{u("/")}">home page</a>.</p></div>'), "", sidebar=False), status=404))
    return docs


# --- lists.example: Mailman 3, HyperKitty --------------------------------------------------------------------------

LIST_THREADS = ["list-seeking", "list-still", "list-job", "list-webinar", "list-ooo"]
LIST_USERS = {"Priya Natarajan": "/archives/users/7/"}


def _hk(u: U, title: str, main: str) -> str:
    return (f'<!DOCTYPE HTML><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta '
            f'name="viewport" content="width=device-width, initial-scale=1.0"><meta name="ROBOTS" content="INDEX, '
            f'FOLLOW"><title>{title}</title><meta name="author" content=""><meta name="dc.language" content="en">'
            f'<link rel="shortcut icon" href="{u("/static/hyperkitty/img/favicon.ico")}"><link rel="stylesheet" href="'
            f'{u("/static/CACHE/css/output.3b1f0c6a9e2d.css")}" type="text/css" media="all"></head><body><nav class='
            f'"navbar sticky-top navbar-expand-md mb-2" id="navbar-main"><div class="container-xxl"><div class="navbar-'
            f'header col-md"><a class="navbar-brand" href="{u("/archives/")}" title="HyperKitty">lists.example</a>'
            f'</div><div class="navbar-collapse collapse justify-content-end"><ul class="nav navbar-nav"><li class='
            f'"nav-item"><a class="nav-link" href="{u("/postorius/lists/ecarch.lists.example/")}"><span class="fa '
            f'fa-cog"></span> List information</a></li></ul><form name="search" method="get" action="'
            f'{u("/archives/search")}" class="navbar-form navbar-right my-2 my-lg-2 order-1 order-md-3" role="search">'
            f'<input type="hidden" name="mlist" value="{LIST}"><div class="input-group"><input name="q" type="text" '
            f'class="form-control rounded-4 search" placeholder="Search this list" aria-label="Search this list"></div>'
            f'</form></div></div></nav><div class="modal fade" tabindex="-1" role="dialog" id="keyboard-shortcuts">'
            f'</div><div class="container">{main}</div><footer class="footer"><div class="container"><p class="text-'
            f'muted">Powered by <a href="https://hyperkitty.readthedocs.io">HyperKitty</a> version 1.3.9.</p></div>'
            f'</footer></body></html>')


def _hk_author(name: str, u: U) -> str:
    if name in LIST_USERS:
        return (f'<span class="name"><a href="{u(LIST_USERS[name])}" title="See the profile for {esc(name)}">'
                f'{esc(name)}</a></span>')
    return f'<span class="name">{esc(name)}</span>'


def _hk_email(name: str, u: U, first: bool) -> str:
    w = WORKS[name]
    mid = w.path.rstrip("/").split("/")[-1]
    d = date.fromisoformat(w.date)
    return (f'<div class="email{" email-first" if first else ""}"><div id="{mid}" class="email-header"><div class="'
            f'gravatar-wrapper"><div class="gravatar circle"><img class="gravatar" src="https://secure.gravatar.com/'
            f'avatar/{zlib.crc32(w.author.encode()):08x}.jpg?s=120&amp;d=mm&amp;r=g" width="120" height="120" alt=""'
            f'></div><div class="email-author">{_hk_author(w.author, u)}</div></div><div class="email-date right">'
            f'<span class="date d-none d-sm-inline">{d:%A}, {d.day} {d:%B} {d.year}</span><div class="time"><span '
            f'title="Sender\'s time: {long_date(w.date)}, 9:14 a.m.">9:14 a.m.</span></div></div></div><div class='
            f'"email-body">' + esc("\n\n".join(w.paras)).replace("\n", "<br>\n") + "</div></div>")


def _hk_thread_list(u: U, names: list[str]) -> str:
    out = []
    for n in names:
        w = WORKS[n]
        tid = w.path.rstrip("/").split("/")[-1]
        out.append(f'<div class="thread"><div class="thread-summary"><div class="thread-left"><a name="{tid}" href="'
                   f'{u(w.path)}" class="thread-title">{esc(w.title)}</a><div class="thread-email"><span class="'
                   f'expander collapsed">{esc(first_words(w, 25))}</span></div></div><div class="thread-info"><span '
                   f'class="thread-date">{w.date}</span> by {esc(w.author)} <span class="badge">'
                   f'{2 if n == "list-seeking" else 1} <i class="fa fa-comment"></i></span></div></div></div>')
    return '<div class="thread-list">' + "".join(out) + "</div>"


def _hk_months(u: U) -> str:
    return (f'<div class="d-none d-md-block col-sm-2"><div class="row"><div class="col-12 accordion" id="months-list">'
            f'<div class="card"><div class="card-header"><h3 class="card-title btn btn-link">2024</h3></div><div class'
            f'="card-body"><ul class="list-unstyled"><li class="current"><a href="{u(f"{LP}/2024/3/")}">March</a></li>'
            f'</ul></div></div></div></div></div>')


def lists(u: U, x: Callable[[str, str], str]) -> list[Doc]:
    docs = []
    reply = WORKS["list-reply"]
    for n in LIST_THREADS:
        w = WORKS[n]
        replies = ""
        if n == "list-seeking":
            replies = (f'<div class="replies"><div class="email-reply"><a href="{u(reply.path)}">{esc(reply.title)}'
                       f'</a> <span class="text-muted">{esc(reply.author)}, {reply.date}</span></div></div>')
        if n == "list-still":
            replies = (f'<p class="text-muted">See also the old FAQ thread, <a href="'
                       f'{u(f"{LP}/thread/M2X8WQ4ZK7T1NRP3V5B9C0L6D2F4H8J1/")}">Career questions: start here</a>.</p>')
        main = (f'<div class="row">{_hk_months(u)}<div class="col-12 col-md-10"><div class="thread-header"><div class='
                f'"thread-titles"><a href="{u(f"{LP}/")}">ecarch</a><h3>{esc(w.title)}</h3></div></div><div class='
                f'"row"><div class="col-sm-9"><section id="thread-content">{_hk_email(n, u, True)}{replies}</section>'
                f'</div><div class="col-sm-3"><div id="thread-overview-info"><p>{2 if replies else 1} participants</p>'
                f'</div></div></div></div></div>')
        docs.append(work(n, _hk(u, f"{esc(w.title)} - ecarch - lists.example", main)))
    thread = WORKS["list-seeking"]
    docs.append(work("list-reply", _hk(u, f"{esc(reply.title)} - ecarch - lists.example", (
        f'<div class="row">{_hk_months(u)}<div class="col-12 col-md-10"><div class="message-header row"><div class='
        f'"col-tn-2 message-back"><a href="{u(thread.path)}#{reply.path.rstrip("/").split("/")[-1]}"><span class="fa '
        f'fa-chevron-left icon"></span><span class="d-none d-md-inline hidden-tn hidden-xs">thread</span></a></div>'
        f'<div class="col-10"><h1>{esc(reply.title)}</h1></div></div><div class="row"><div class="col-sm-9">'
        f'{_hk_email("list-reply", u, True)}<p>See also <a href="{x(SOCIAL, WORKS["toot-thanks"].path)}">this '
        f'thread on glammr</a>.</p></div></div></div></div>'))))
    overview = (f'<div class="row">{_hk_months(u)}<div class="col-12 col-md-10"><div class="page-header"><h1>ecarch '
                f'<small>{LIST}</small></h1><p>Early-career archivists: questions, career advice, jobs and events.'
                f'</p></div><h2>Recently active discussions</h2>{_hk_thread_list(u, LIST_THREADS[:3])}<p><a href="'
                f'{u(f"{LP}/2024/3/")}">All threads in March 2024</a></p></div></div>')
    docs.append(other(LISTS, f"{LP}/", _hk(u, "ecarch - lists.example", overview)))
    docs.append(other(LISTS, f"{LP}/2024/3/", _hk(u, "March 2024 - ecarch - lists.example", (
        f'<div class="row">{_hk_months(u)}<div class="col-12 col-md-10"><div class="thread-list-header"><h2>March '
        f'2024</h2></div>{_hk_thread_list(u, LIST_THREADS)}</div></div>'))))
    docs.append(other(LISTS, "/archives/search?mlist=ecarch%40lists.example&q=mentor", _hk(
        u, "Search results for &quot;mentor&quot; - ecarch - lists.example", (
            f'<div class="row"><div class="col-12"><h1>Search results <small>for &quot;mentor&quot;</small></h1>'
            f'{_hk_thread_list(u, ["list-seeking", "list-still"])}</div></div>'))))
    docs.append(other(LISTS, "/archives/users/7/", _hk(u, "Priya Natarajan - lists.example", (
        f'<div class="row"><div class="col-12"><h1 class="page-header">Priya Natarajan</h1><div class="user-profile">'
        f'<p>Messages: 1. First post: March 2024.</p><h2>Threads</h2>{_hk_thread_list(u, ["list-seeking"])}</div>'
        f'</div></div>'))))
    docs.append(other(LISTS, "/postorius/lists/ecarch.lists.example/", _hk(u, "ecarch - lists.example", (
        f'<div class="row"><div class="col-12"><h2>ecarch <small>{LIST}</small></h2><p class="list-description">'
        f'Early-career archivists: questions, career advice, jobs and events. Anyone may subscribe; posts from new '
        f'members are held for moderation.</p><p>To contact the list owners, use the following email address: '
        f'ecarch-owner@lists.example</p><p><a href="{u(f"{LP}/")}">Archived messages</a> (as of March 2024: 6 '
        f'messages)</p><p><a href="{u("/archives/search?mlist=ecarch%40lists.example&amp;q=mentor")}">Threads about '
        f'mentors</a></p></div></div>'))))
    docs.append(other(LISTS, "/archives/", _hk(u, "Mailing lists - lists.example", (
        f'<div class="row"><div class="col-12"><h1>Available lists</h1><table class="lists table"><tbody><tr class="'
        f'list"><td><a href="{u(f"{LP}/")}" class="list-name">ecarch</a><br><span class="list-address">{LIST}</span>'
        f'</td><td class="list-description">Early-career archivists: questions, career advice, jobs and events.</td>'
        f'<td class="activity">6 messages this month</td></tr></tbody></table></div></div>'))))
    docs.append(other(LISTS, f"{LP}/thread/M2X8WQ4ZK7T1NRP3V5B9C0L6D2F4H8J1/", (
        '<!doctype html><html lang="en"><head><title>Not Found</title></head><body><h1>Not Found</h1><p>The '
        'requested resource was not found on this server.</p></body></html>'), status=404))
    return docs


# --- glammr.example: Pleroma (static front end for posts and profiles) -----------------------------------------------

SOCIAL_USERS = {"marguerite": ("Marguerite Lamb", "Oral history archivist. Small archives, big questions. She/her."),
                "tomasz": ("Tomasz Wr\u00f3bel", "County archivist, 20 years in. Records, maps, and advice nobody "
                                                  "asked for.")}
SOCIAL_POSTS = ["toot-slide"
                "s", "toot-thanks", "toot-chat", "toot-cat", "toot-advice", "toot-mentor-ohio"]  # newest first


def _pleroma_text(w, x: Callable[[str, str], str]) -> str:
    out = []
    for p in w.paras:
        words = []
        for t in esc(p).split(" "):
            core = t.rstrip(".,")
            if core.lower() == "#libmentor":   # the one hashtag page this web serves; the others stay text
                t = (f'<a class="hashtag" data-tag="libmentor" href="{x(SOCIAL, "/tag/libmentor")}" rel="tag ugc">'
                     f'#{core[1:]}</a>' + t[len(core):])
            words.append(t)
        out.append("<p>" + " ".join(words) + "</p>")
    return "".join(out)


def _pleroma_head(title: str, meta: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
            f'width,initial-scale=1,minimal-ui"><title>{title}</title><link rel="stylesheet" href="/static-fe/static-'
            f'fe.css"><link rel="stylesheet" href="/static-fe/forms.css">{meta}</head>')


def _pleroma(x: Callable[[str, str], str], title: str, meta: str, main: str) -> str:
    return (_pleroma_head(title, meta) + f'<body><div class="instance-header"><a class="instance-header__content" hre'
                                         f'f="'
            f'{x(SOCIAL, "/")}"><img class="instance-header__thumbnail" src="/instance/thumbnail.jpeg"><h1 class='
            f'"instance-header__title">glammr.example</h1></a></div><div class="container">{main}</div></body></html>')


def _pleroma_card(nick: str, x) -> str:
    name, _ = SOCIAL_USERS[nick]
    return (f'<div class="p-author h-card"><a class="u-url" rel="author noopener" href="{x(SOCIAL, "/users/" + nick)}">'
            f'<div class="avatar"><img src="/media/{nick}-avatar.png" width="48" height="48" alt=""></div><span class="'
            f'display-name"><bdi>{esc(name)}</bdi><span class="nickname">@{nick}@glammr.example</span></span></a></di'
            f'v>')


def _pleroma_activity(n: str, x, main: bool = False) -> str:
    w = WORKS[n]
    return (f'<div class="activity{" activity-main" if main else ""}" id="{w.path.split("/")[-1]}"><p class="pull-'
            f'right"><a class="activity-link" href="{x(SOCIAL, w.path)}"><time datetime="{w.date}T20:05:11.000Z">'
            f'{w.date} 20:05</time></a></p>{_pleroma_card(w.author, x)}<div class="activity-content"><div class="e-'
            f'content">{_pleroma_text(w, x)}</div></div><div class="counts"><dl><dt>Replies</dt><dd>3</dd><dt>Announces'
            f'</dt><dd>12</dd><dt>Likes</dt><dd>27</dd></dl></div></div>')


def _pleroma_shell(title: str, meta: str) -> str:
    """Pleroma-FE's index.html, the server's metadata put in, as the back end answers a front-end route."""
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
            f'width,initial-scale=1,user-scalable=no"><title>{title}</title>{meta}<link rel="icon" type="image/png" '
            f'href="/favicon.png"><link href="/static/css/app.55c2a7c5.css" rel="stylesheet"></head><body class="'
            f'hidden"><noscript>To use Pleroma, please enable JavaScript.</noscript><div id="app"></div><script src="'
            f'/static/js/vendors~app.3b9e1a.js"></script><script src="/static/js/app.8c2d4f.js"></script></body></htm'
            f'l>')


def glammr(x: Callable[[str, str], str]) -> list[Doc]:
    docs = []
    for n in SOCIAL_POSTS:
        w = WORKS[n]
        name, _ = SOCIAL_USERS[w.author]
        text = " ".join(w.paras)
        meta = (f'<meta content="{esc(name)}" property="og:title"><meta content="{x(SOCIAL, w.path)}" property="og:'
                f'url"><meta content="{esc(text[:200])}" property="og:description"><meta content="article" property='
                f'"og:type"><meta content="summary" name="twitter:card"><meta content="{esc(name)}" name="twitter:'
                f'title"><meta content="{esc(text[:200])}" name="twitter:description"><link rel="alternate" type="'
                f'application/activity+json" href="{x(SOCIAL, "/objects/" + w.path.split("/")[-1].lower())}">')
        docs.append(work(n, _pleroma(x, f"{esc(name)}: &quot;{esc(first_words(w, 9))}&quot;", meta,
                                     f'<div class="conversation">{_pleroma_activity(n, x, True)}</div>')))
    for nick, (name, bio) in SOCIAL_USERS.items():
        posts = "".join(_pleroma_activity(n, x) for n in SOCIAL_POSTS if WORKS[n].author == nick)
        meta = (f'<meta content="{esc(name)}" property="og:title"><meta content="{x(SOCIAL, "/users/" + nick)}" '
                f'property="og:url"><meta content="{esc(bio)}" property="og:description"><meta content="profile" '
                f'property="og:type"><meta content="summary" name="twitter:card">')
        docs.append(other(SOCIAL, f"/users/{nick}", _pleroma(x, f"{esc(name)} (@{nick}@glammr.example)", meta, (
            f'<div class="user-info">{_pleroma_card(nick, x)}<div class="user-summary">{esc(bio)}</div><div class="'
            f'user-counts"><dl><dt>Posts</dt><dd>1,204</dd><dt>Following</dt><dd>318</dd><dt>Followers</dt><dd>'
            f'642</dd></dl></div></div><div class="activity-stream">{posts}</div>'))))
    site = ('<meta content="glammr.example" property="og:title"><meta content="A fediverse server for people who work '
            'in galleries, libraries, archives and museums." property="og:description"><meta content="website" '
            'property="og:type">')
    docs += [other(SOCIAL, "/", _pleroma_shell("glammr.example", site)),
             other(SOCIAL, "/about", _pleroma_shell("glammr.example", site)),
             other(SOCIAL, "/main/all", _pleroma_shell("glammr.example", site)),
             other(SOCIAL, "/tag/libmentor", _pleroma_shell("glammr.example", site)),
             other(SOCIAL, "/notice/AqYw0jA6mP1kKqS8uD", _pleroma_shell("glammr.example", site))]
    return docs


# --- pubs.example: an MDPI-like journal -------------------------------------------------------------------------------

PUBLISHER = "Meridian Digital Publishing"
JOURNAL, ABBREV = "Information Practice", "Inf. Pract."
PUB_ARTICLES = ["pub-peer", "pub-oa", "pub-pln", "pub-onboarding", "pub-nursing"]
PUB_KEYWORDS = {"pub-peer": ["mentoring", "peer mentoring", "online communities", "early-career librarians"],
                "pub-oa": ["open access", "citation advantage", "bibliometrics"],
                "pub-pln": ["personal learning networks", "archivists", "Mastodon", "mentoring"],
                "pub-onboarding": ["onboarding", "academic libraries", "retention"],
                "pub-nursing": ["nursing informatics", "mentors", "careers"]}
PUB_PDFS = {"pub-peer": "pub-peer-pdf", "pub-oa": "pub-oa-pdf"}
PUB_SEARCH = "/search?q=mentoring&journal=infopractice"


def _doi(name: str) -> str:
    return f"10.3999/infopract50200{WORKS[name].path.split('/')[-1]}"


def _mdpi(u: U, title: str, main: str, meta: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en" xmlns:og="http://ogp.me/ns#" xmlns:fb="https://www.facebook.com/2008/fbm'
            f'l">'
            f'<head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta content="'
            f'width=device-width, initial-scale=1.0" name="viewport"><title>{title}</title>{meta}<link rel="stylesheet"'
            f' href="{u("/css/main2.css?v=2f6c41b")}"></head><body><div class="direction direction_right" id="'
            f'small_right"></div><div id="container"><header class="header-wrapper"><div class="top-bar"><div class='
            f'"top-bar-section"><a class="logo" href="{u("/")}"><img src="{u("/img/design/publisher-logo.svg")}" alt='
            f'"{PUBLISHER}"></a><ul class="top-bar-menu"><li><a href="{u("/journal/infopractice/about")}">Journal'
            f'</a></li><li><a href="{u(f"/{ISSN}/5/2")}">Current Issue</a></li></ul><form class="main-search" '
            f'action="{u("/search")}" method="get"><input type="text" name="q" placeholder="Search for Articles:">'
            f'<input type="hidden" name="journal" value="infopractice"><button type="submit">Search</button></form>'
            f'</div></div></header><div class="content__container">{main}</div><footer id="footer"><div class="'
            f'footer-links"><p>&copy; 1996-2025 {PUBLISHER} unless otherwise stated</p><a href="https://'
            f'creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a></div></footer></div></body></html>')


def _mdpi_listing_item(u: U, n: str) -> str:
    w = WORKS[n]
    pdf_link = (f' <a href="{u(WORKS[PUB_PDFS[n]].path)}" class="UD_Listings_ArticlePDF" title="Article PDF">'
                f'<i class="material-icons">file_download</i> PDF</a>') if n in PUB_PDFS else ""
    no = w.path.split("/")[-1]
    return (f'<div class="generic-item article-item"><div class="article-content"><span class="label articletype">'
            f'Article</span><a class="title-link" href="{u(w.path)}">{esc(w.title)}</a><div class="authors"><span '
            f'class="inlineblock"><strong>{esc(w.author.replace(";", ","))}</strong></span></div><div class="color-'
            f'grey-dark"><em>{ABBREV}</em> <b>2025</b>, <em>5</em>(2), {no}; <a href="https://doi.org/{_doi(n)}">'
            f'https://doi.org/{_doi(n)}</a> - {long_date(w.date)}</div><div class="abstract-div"><div class="abstract-'
            f'cropped inline">{esc(first_words(w, 45).removeprefix("Abstract: "))}</div></div><div class="article-'
            f'icons"><a href="{u(w.path)}" class="UD_Listings_ArticleHTML">Full text</a>{pdf_link}</div></div></div>')


def _mdpi_article(u: U, n: str) -> str:
    w = WORKS[n]
    authors = [a.strip() for a in w.author.split(";")]
    no = w.path.split("/")[-1]
    d = date.fromisoformat(w.date)
    abstract = w.paras[0].removeprefix("Abstract: ")
    meta = (f'<meta name="title" content="{esc(w.title)}"><meta name="description" content="{esc(abstract)}">'
            f'<link rel="canonical" href="{u(w.path)}"><meta name="dc.title" content="{esc(w.title)}">'
            + "".join(f'<meta name="dc.creator" content="{esc(a)}">' for a in authors)
            + f'<meta name="dc.type" content="Article"><meta name="dc.source" content="{JOURNAL} 2025, Vol. 5, Page '
            f'{no}"><meta name="dc.date" content="{w.date}"><meta name="dc.identifier" content="{_doi(n)}"><meta '
            f'name="dc.publisher" content="{PUBLISHER}"><meta name="dc.rights" content="http://creativecommons.org/'
            f'licenses/by/3.0/"><meta name="dc.format" content="application/pdf"><meta name="dc.language" content='
            f'"en"><meta name="dc.description" content="{esc(abstract)}">'
            + "".join(f'<meta name="dc.subject" content="{esc(k)}">' for k in PUB_KEYWORDS[n])
            + f'<meta name="prism.issn" content="{ISSN}"><meta name="prism.publicationName" content="{JOURNAL}">'
            f'<meta name="prism.publicationDate" content="{w.date}"><meta name="prism.volume" content="5"><meta name='
            f'"prism.number" content="2"><meta name="prism.section" content="Article"><meta name="prism.startingPage" '
            f'content="{no}"><meta name="citation_issn" content="{ISSN}"><meta name="citation_journal_title" content="'
            f'{JOURNAL}"><meta name="citation_publisher" content="{PUBLISHER}"><meta name="citation_title" content="'
            f'{esc(w.title)}"><meta name="citation_publication_date" content="{d.year}/{d.month}"><meta name="citation'
            f'_online_date" content="{d:%Y/%m/%d}"><meta name="citation_volume" content="5"><meta name="citation_issue"'
            f' content="2"><meta name="citation_firstpage" content="{no}">'
            + "".join(f'<meta name="citation_author" content="{esc(a.split()[-1])}, {esc(" ".join(a.split()[:-1]))}">'
                      for a in authors)
            + f'<meta name="citation_doi" content="{_doi(n)}"><meta name="citation_id" content="mdpi-infopract'
            f'50200{no}"><meta name="citation_abstract_html_url" content="{u(w.path)}">'
            + (f'<meta name="citation_pdf_url" content="{u(WORKS[PUB_PDFS[n]].path)}"><link rel="alternate" type="'
               f'application/pdf" title="PDF Full-Text" href="{u(WORKS[PUB_PDFS[n]].path)}">' if n in PUB_PDFS else "")
            + f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:image" content="'
            f'{u("/img/journals/infopractice-logo-social.png")}"><meta property="og:type" content="article"><meta '
            f'property="og:url" content="{u(w.path)}"><meta property="og:site_name" content="{PUBLISHER}"><meta '
            f'property="og:description" content="{esc(abstract[:300])}">')
    sections = []
    for p in w.paras[1:]:
        head, _, rest = p.partition(". ")
        num = head
        title, _, text = rest.partition(". ")
        sections.append(f'<section id="sec{num}-{no}" type="section"><h2 data-nested="1">{esc(num)}. {esc(title)}</h2>'
                        f'<div class="html-p">{esc(text)}</div></section>')
    keywords = "; ".join(f'<a href="{u(PUB_SEARCH)}">{esc(k)}</a>' if k == "mentoring" else esc(k)
                         for k in PUB_KEYWORDS[n])
    download = (f'<div class="download"><a class="button button--color-inversed UD_ArticlePDF" href="'
                f'{u(WORKS[PUB_PDFS[n]].path)}" data-name="{esc(w.title)}" data-journal="infopractice">Download PDF</a>'
                f'</div>') if n in PUB_PDFS else ""
    section_link = (f'<div class="belongsTo">This article belongs to the Section <a href="'
                    f'{u("/journal/infopractice/sections/professional_development")}">Professional Development</a>'
                    f'</div>') if n in ("pub-peer", "pub-pln", "pub-onboarding") else ""
    si_link = (f'<div class="belongsTo">This article belongs to the Special Issue <a href="'
               f'{u("/journal/infopractice/special_issues/online_communities")}">Online Communities of Practice in '
               f'the Information Professions</a></div>') if n in ("pub-peer", "pub-pln") else ""
    main = (f'<div class="content__column"><div class="breadcrumb"><a href="{u("/")}" class="breadcrumb__element">'
            f'Journals</a> <span class="breadcrumb__element">{JOURNAL}</span> <span class="breadcrumb__element">Volum'
            f'e 5'
            f'</span> <a href="{u(f"/{ISSN}/5/2")}" class="breadcrumb__element">Issue 2</a> <span class="breadcrumb__'
            f'element">10.3999/infopract50200{no}</span></div>{download}<article itemscope itemtype="http://schema.org/'
            f'ScholarlyArticle"><div class="html-article-content"><div class="bib-identity"><em>{ABBREV}</em> <b>2025'
            f'</b>, <em>5</em>(2), {no}; <a href="https://doi.org/{_doi(n)}">https://doi.org/{_doi(n)}</a></div>'
            f'<div class="pubhistory">Submission received: 14 January 2025 / Revised: 2 March 2025 / Accepted: 20 Mar'
            f'ch '
            f'2025 / Published: {d.day} {d:%B} {d.year}</div>{section_link}{si_link}<div class="art-title"><h1 class="'
            f'title hypothesis_container" itemprop="name">{esc(w.title)}</h1></div><div class="art-authors hypothesis_'
            f'container">by ' + ", ".join(f'<span class="inlineblock"><span class="sciprofiles-link__name">{esc(a)}'
                                          f'</span><sup>{i + 1}</sup></span>' for i, a in enumerate(authors))
            + f'</div><div class="art-abstract in-tab hypothesis_container"><div class="html-p">{esc(abstract)}</div>'
            f'</div><div class="art-keywords in-tab hypothesis_container"><span class="label">Keywords:</span> '
            f'{keywords}</div><div class="html-body">{"".join(sections)}</div></div></article></div>')
    return _mdpi(u, f"{esc(w.title)}", main, meta)


def pubs(u: U) -> list[Doc]:
    docs = [work(n, _mdpi_article(u, n)) for n in PUB_ARTICLES]
    docs.append(pdf_of("pub-peer-pdf", [f"{JOURNAL} 2025, 5(2), 14. https://doi.org/{_doi('pub-peer')}",
                                        "Article", WORKS["pub-peer"].title,
                                        WORKS["pub-peer"].author.replace(";", ",")]))
    docs.append(pdf_of("pub-oa-pdf", [f"{JOURNAL} 2025, 5(2), 15. https://doi.org/{_doi('pub-oa')}",
                                      "Article", WORKS["pub-oa"].title, WORKS["pub-oa"].author.replace(";", ",")]))

    def listing(path: str, title: str, heading: str, names: list[str], extra: str = "") -> Doc:
        return other(PUBS, path, _mdpi(u, title, (
            f'<div class="content__column"><h1 class="content__title">{heading}</h1>{extra}<div class="article-listin'
            f'g">'
            + "".join(_mdpi_listing_item(u, n) for n in names) + "</div></div>"),
            f'<link rel="canonical" href="{u(path)}"><meta property="og:title" content="{esc(heading)}">'
            f'<meta property="og:type" content="website"><meta property="og:site_name" content="{PUBLISHER}">'))

    docs += [
        listing(f"/{ISSN}/5/2", f"{JOURNAL}, Volume 5, Issue 2 (June 2025) &ndash; 5 articles",
                f"{JOURNAL}, Volume 5, Issue 2 (June 2025) &ndash; 5 articles", PUB_ARTICLES),
        listing("/journal/infopractice/sections/professional_development", f"{JOURNAL} | Professional Development",
                "Section: Professional Development", ["pub-peer", "pub-pln", "pub-onboarding"],
                "<p>Section Editor-in-Chief: Prof. Dr. Miriam Achterberg</p>"),
        listing("/journal/infopractice/special_issues/online_communities",
                f"{JOURNAL} | Special Issue : Online Communities of Practice in the Information Professions",
                "Special Issue: Online Communities of Practice in the Information Professions", ["pub-peer", "pub-pln"],
                '<div class="special-issue-info"><p>Deadline for manuscript submissions: <b>closed (31 December '
                '2024)</b></p><p>Guest Editors: Dr. Hannah Okonkwo, Dr. Tomás Ferreira</p><p>Forthcoming: <a href="'
                f'{u(f"/{ISSN}/5/2/19")}">Group mentoring for archivists on Discord: a case study</a></p></div>'),
        listing(PUB_SEARCH, f"Search Results | {PUBLISHER}", "Search Results (4)",
                ["pub-peer", "pub-pln", "pub-nursing", "pub-onboarding"],
                '<div class="search-bar"><p>Search for: <b>mentoring</b> in journal <b>Information Practice</b></p></'
                'div>'),
    ]
    latest = "".join(_mdpi_listing_item(u, n) for n in PUB_ARTICLES[:3])
    docs.append(other(PUBS, "/", _mdpi(u, f"{PUBLISHER} - Publisher of Open Access Journals", (
        f'<div class="content__column"><h1 class="content__title">Open Access Journals</h1><div class="journal-list">'
        f'<a class="journal-list__item" href="{u("/journal/infopractice/about")}"><b>{JOURNAL}</b> (ISSN {ISSN})</a>'
        f'</div><h2>Latest articles</h2><div class="article-listing">{latest}</div><p><a href="{u(f"/{ISSN}/5/2")}">'
        f'More articles in the current issue</a></p></div>'),
        '<meta property="og:title" content="Meridian Digital Publishing"><meta property="og:type" content="website">')))
    docs.append(other(PUBS, "/journal/infopractice/about", _mdpi(u, f"{JOURNAL} | About", (
        f'<div class="content__column"><h1 class="content__title">{JOURNAL}: Aims &amp; Scope</h1><div class="'
        f'journal__description"><p><em>{JOURNAL}</em> (ISSN {ISSN}) is an international, peer-reviewed, open access '
        f'journal on the work of libraries, archives and the information professions, published quarterly online '
        f'by {PUBLISHER}.</p><ul><li><b>Open Access</b> &mdash; free for readers, with article processing charges '
        f'paid by authors or their institutions.</li><li><b>Rapid Publication</b>: manuscripts are peer-reviewed and '
        f'a first decision is provided to authors approximately 19 days after submission.</li></ul><p><a href="'
        f'{u(f"/{ISSN}/5/2")}">Current issue</a> &middot; <a href="'
        f'{u("/journal/infopractice/sections/professional_development")}">Section: Professional Development</a> '
        f'&middot; <a href="{u("/journal/infopractice/special_issues/online_communities")}">Special Issue: Online '
        f'Communities of Practice</a></p></div></div>'))))
    docs.append(other(PUBS, f"/{ISSN}/5/2/19", _mdpi(u, "Error 404 - File not found", (
        '<div class="content__column"><h1>Error 404 - File not found</h1><p>The webpage you are looking for could not '
        'be found. The URL may be misspelled or the page you are looking for is no longer available.</p></div>')),
        status=404))
    return docs


# --- library.example: Plone 6 (classic UI, Barceloneta) ---------------------------------------------------------------

LIB_SITE = "Northfield University Libraries"
LIB_NEWS = ["lib-bluesky", "lib-hours", "lib-student-staff", "lib-staff-week"]   # newest first
LIB_STAFF_NEWS = ["lib-bluesky", "lib-student-staff", "lib-staff-week"]
LIB_SUBJECTS = {"lib-bluesky": ["mentoring", "social media"], "lib-student-staff": ["mentoring", "student employment"],
                "lib-staff-week": ["professional development"], "lib-hours": ["opening hours"]}
LIB_TAG = "/@@search?Subject%3Alist=mentoring"
LIB_REPORT = WORKS["lib-report"].path


def _plone(u: U, path: str, title: str, body_class: str, crumbs: list[tuple[str, str | None]], main: str,
           desc: str = "", og_type: str = "website") -> str:
    crumb_html = "".join(f'<li class="breadcrumb-item"><a href="{u(p)}">{esc(t)}</a></li>' if p else
                         f'<li class="breadcrumb-item active" aria-current="page">{esc(t)}</li>' for t, p in crumbs)
    return (f'<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head><meta charset='
            f'"utf-8"><meta name="twitter:card" content="summary"><meta property="og:site_name" content="{LIB_SITE}">'
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:type" content="{og_type}"><meta '
            f'property="og:description" content="{esc(desc)}"><meta property="og:url" content="{u(path)}"><meta '
            f'property="og:image" content="{u("/@@site-logo/logo.png")}"><meta name="description" content="'
            f'{esc(desc)}"><meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="generato'
            f'r" '
            f'content="Plone - https://plone.org/"><link rel="canonical" href="{u(path)}"><link rel="search" href="'
            f'{u("/@@search")}" title="Search this site"><title>{esc(title)} &mdash; {LIB_SITE}</title><link href="'
            f'{u("/++webresource++b2a0c7f1/++plone++static/bundle-plone/bundle.min.css")}" rel="stylesheet"></head>'
            f'<body class="{body_class} site-Plone icons-on thumbs-on frontend userrole-anonymous viewpermission-view" '
            f'id="visual-portal-wrapper" dir="ltr" data-base-url="{u(path)}" data-portal-url="{u("/")[:-1]}"><div '
            f'class="outer-wrapper"><header id="content-header"><div class="container" id="portal-top"><div id="portal-'
            f'header"><a id="portal-logo" title="{LIB_SITE}" href="{u("/")}"><img alt="{LIB_SITE}" src="'
            f'{u("/@@site-logo/logo.png")}" title="{LIB_SITE}"></a><div id="portal-searchbox"><form id="searchGadget_'
            f'form" action="{u("/@@search")}" role="search" data-pat-livesearch="ajaxUrl:{u("/@@ajax-search")}" class'
            f'="pat-livesearch show_images"><label class="hiddenStructure" for="searchGadget">Search Site</label><div '
            f'class="d-flex"><input name="SearchableText" type="text" size="18" id="searchGadget" title="Search Site" '
            f'placeholder="Search Site" class="searchField form-control me-3"><button class="searchButton btn btn-'
            f'outline-light" type="submit">Search</button></div></form></div></div></div><div id="mainnavigation-'
            f'wrapper"><div id="mainnavigation"><nav class="navbar navbar-expand-lg navbar-barceloneta pat-navigation'
            f'marker" id="portal-globalnav-wrapper"><div class="container"><ul class="navbar-nav me-auto" id="portal-'
            f'globalnav"><li class="index_html nav-item"><a href="{u("/")}" class="state-None nav-link">Home</a></li>'
            f'<li class="news has_subtree nav-item"><a href="{u("/news")}" class="state-published nav-link">News</a>'
            f'</li><li class="about nav-item"><a href="{u("/about")}" class="state-published nav-link">About</a></li>'
            f'</ul></div></nav></div></div></header><div id="above-content-wrapper"><nav id="portal-breadcrumbs" aria-'
            f'label="breadcrumb"><div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="'
            f'{u("/")}">Home</a></li>{crumb_html}</ol></div></nav></div><div class="container"><div class="row"><aside '
            f'class="col-12" id="global_statusmessage"></aside></div><main id="main-container" class="row"><section '
            f'id="portal-column-content">{main}</section></main></div><footer id="portal-footer-wrapper"><div class="'
            f'container" id="portal-footer"><div class="row"><div class="col-12"><p>Northfield University Libraries, '
            f'200 College Avenue</p><ul id="portal-siteactions"><li class="portletItem" id="siteaction-contact"><a '
            f'href="{u("/contact-info")}" title="Contact">Contact</a></li></ul></div></div><div class="row"><div class'
            f'="col-12" id="portal-colophon"><div class="colophon-wrapper"><a href="https://plone.org" target="_blank" '
            f'rel="noopener" title="This site was built using the Plone Open Source CMS/WCM.">Powered by Plone &amp; '
            f'Python</a></div></div></div></div></footer></div></body></html>')


def _plone_entries(u: U, names: list[str]) -> str:
    out = []
    for n in names:
        w = WORKS[n]
        out.append(f'<article class="entry"><header><span class="summary"><a href="{u(w.path)}" class="contenttype-'
                   f'news-item state-published url" title="News Item">{esc(w.title)}</a></span></header><div class="'
                   f'documentByLine"><span>{long_date(w.date)}</span></div><p class="description discreet">'
                   f'{esc(first_words(w, 30))}</p></article>')
    return '<div class="entries">' + "".join(out) + "</div>"


def library(u: U, x: Callable[[str, str], str]) -> list[Doc]:
    docs = []
    extra = {"lib-staff-wee"
             "k": f'<p>The Professional Development Working Group&#8217;s <a href="{u(LIB_REPORT)}">report '
                               f'on staff learning networks</a> (PDF) was presented on the Thursday.</p>',
             "lib-student-staff": f'<p>The programme succeeds the <a href="{u("/news/mentoring-program-2019")}">2019 '
                                  f'student mentoring pilot</a>.</p>',
             "lib-bluesky": f'<p>New to all this? Start with <a href="{x(SOCIAL, "/users/tomasz")}">an archivist who '
                            f'gives advice nobody asked for</a>, or the <a href='
                            f'"{x(NEWPROS, WORKS["np-mentor"].path)}">'
                            f'Guild&#8217;s guide to finding a mentor</a>.</p>'}
    for n in LIB_NEWS:
        w = WORKS[n]
        desc = w.paras[0]
        byline = (f'<span class="documentAuthor">by <a href="{u("/author/jkowalczyk")}">{esc(w.author)}</a> &mdash;'
                  f'</span>' if w.author == "Joanna Kowalczyk" else f'<span class="documentAuthor">by {esc(w.author)} '
                  f'&mdash;</span>')
        subjects = "".join(f'<li class="badge bg-primary"><a class="link-category" rel="tag" href="{u(LIB_TAG)}">'
                           f'{esc(s)}</a></li>' if s == "mentoring" else f'<li class="badge bg-secondary">{esc(s)}</li>'
                           for s in LIB_SUBJECTS[n])
        main = (f'<article id="content"><header><h1 class="documentFirstHeading">{esc(w.title)}</h1><div id="viewlet-'
                f'below-content-title"><div class="documentByLine" id="plone-document-byline">{byline}<span class="'
                f'documentPublished"><span>published</span> <span class="pat-moment" data-pat-moment="format:relative">'
                f'{w.date}T10:00:00+00:00</span></span></div></div><p class="documentDescription">{esc(desc)}</p>'
                f'</header><div id="content-core"><div id="parent-fieldname-text">{ps(w.paras[1:])}{extra.get(n, "")}'
                f'</div></div><footer><div id="viewlet-below-content"><div class="keywords"><span>Filed under:</span>'
                f'<ul>{subjects}</ul></div></div></footer></article>')
        docs.append(work(n, _plone(u, w.path, w.title, "col-content portaltype-news-item section-news template-"
                                   "newsitem_view", [("News", "/news"), (w.title, None)], main, desc, "article")))
    docs.append(pdf_of("lib-report", [LIB_SITE, ""]))

    def page(path, title, body_class, crumbs, inner, desc=""):
        return other(LIBRARY, path, _plone(u, path, title, body_class, crumbs, (
            f'<article id="content"><header><h1 class="documentFirstHeading">{esc(title)}</h1>'
            + (f'<p class="documentDescription">{esc(desc)}</p>' if desc else "") + f'</header><div id="content-core">'
            f'{inner}</div></article>'), desc))

    docs += [
        page("/news", "News", "col-content portaltype-collection section-news template-summary_view",
             [("News", None)], _plone_entries(u, LIB_NEWS) + f'<p><a href="{u("/news/library-staff")}">Library staff '
             f'news</a></p>', "News from Northfield University Libraries"),
        page("/news/library-staff", "Library staff news", "col-content portaltype-collection section-news "
             "subsection-library-staff template-summary_view", [("News", "/news"), ("Library staff news", None)],
             _plone_entries(u, LIB_STAFF_NEWS), "News about and for library staff"),
        page("/@@search?SearchableText=mentoring", "Search results", "col-content template-search",
             [("Search results", None)], '<div id="search-results-wrapper"><div id="search-term"><strong>'
             '3</strong> items matching your search terms: <strong>mentoring</strong></div><ol class="searchResults">'
             + "".join(f'<li><span class="result-title"><a href="{u(WORKS[n].path)}" class="state-published">'
                       f'{esc(WORKS[n].title)}</a></span><p class="discreet croppedDescription">'
                       f'{esc(first_words(WORKS[n], 25))}</p></li>' for n in ["lib-student-staff", "lib-bluesky"])
             + f'<li><span class="result-title"><a href="{u(LIB_REPORT)}" class="state-published">'
             f'{esc(WORKS["lib-report"].title)}</a></span></li></ol></div>'),
        page(LIB_TAG, "Search results", "col-content template-search", [("Search results", None)],
             '<div id="search-results-wrapper"><div id="search-term"><strong>2</strong> items tagged '
             '<strong>mentoring</strong></div><ol class="searchResults">'
             + "".join(f'<li><span class="result-title"><a href="{u(WORKS[n].path)}" class="state-published">'
                       f'{esc(WORKS[n].title)}</a></span></li>' for n in ["lib-bluesky", "lib-student-staff"])
             + "</ol></div>"),
        page("/about", "About the Libraries", "col-content portaltype-document section-about template-document_view",
             [("About", None)], '<p>Northfield University Libraries serve 14,000 students and 900 faculty from three '
             'locations: Main Library, the Science Library, and Special Collections.</p><p>Our staff publish on '
             f'<a href="{u("/@@search?SearchableText=mentoring")}">mentoring and professional learning</a>; see the '
             f'<a href="{u(LIB_REPORT)}">staff learning networks report</a> (PDF, 2024).</p>',
             "Who we are and what we do"),
        page("/contact-info", "Contact", "col-content template-contact-info", [("Contact", None)],
             '<form action="/contact-info" method="post" class="pat-formautofocus"><div class="field"><label for="form-'
             'widgets-sender_fullname">Name</label><input id="form-widgets-sender_fullname" name="form.widgets.sender_'
             'fullname" type="text"></div><div class="field"><label for="form-widgets-message">Message</label><textarea'
             ' id="form-widgets-message" name="form.widgets.message"></textarea></div><button type="submit" name="form.'
             'buttons.send">Send</button></form>', "Fill in this form to contact the site owners."),
        page("/author/jkowalczyk", "Joanna Kowalczyk", "col-content template-author", [("Joanna Kowalczyk", None)],
             '<p>Communications librarian.</p><h2>Latest content by Joanna Kowalczyk</h2><ul>'
             + "".join(f'<li><a href="{u(WORKS[n].path)}">{esc(WORKS[n].title)}</a></li>'
                       for n in ["lib-bluesky", "lib-student-staff"]) + "</ul>"),
    ]
    docs.append(other(LIBRARY, "/", _plone(u, "/", LIB_SITE, "col-content portaltype-plone-site template-document_view",
        [], f'<article id="content"><header><h1 class="documentFirstHeading">{LIB_SITE}</h1></header><div id="content-'
            f'core"><p>Open today 8 a.m. to midnight. Ask a librarian in person, by chat, or by email.</p><h2>News</h2>'
            f'{_plone_entries(u, LIB_NEWS[:3])}<p><a href="{u("/news")}">All news</a></p></div></article>',
        "Libraries of Northfield University")))
    docs.append(other(LIBRARY, "/news/mentoring-program-2019", _plone(
        u, "/news/mentoring-program-2019", "Page not found", "col-content template-404", [("Page not found", None)],
        '<article id="content"><h1 class="documentFirstHeading">Page not found</h1><p>We apologize for the '
        'inconvenience, but the page you were trying to access is not at this address. You can use the links below '
        'to help you find what you are looking for.</p><p>If you are certain you have the correct web address but are '
        f'encountering an error, please contact the <a href="{u("/contact-info")}">Site Administration</a>.</p>'
        '</article>'), status=404))
    return docs


# --- wiki.example: DokuWiki (nice URLs, the tag plugin) ---------------------------------------------------------------

WIKI_SITE = "iSchool Student Association Wiki"
WIKI_PAGES = {"careers": ["wiki-networking", "wiki-linkedin"], "courses": ["wiki-lis560"],
              "practicum": ["wiki-practicum"], "campus": ["wiki-printing"]}
WIKI_TAGS = {"wiki-networking": ["mentoring", "careers"], "wiki-linkedin": ["careers"], "wiki-practicum": ["practicum"],
             "wiki-lis560": ["courses"], "wiki-printing": ["campus"]}


def _wiki_id(path: str) -> str:
    return path.lstrip("/").split("?")[0] or "start"


def _wl(u: U, path: str, label: str, exists: bool = True) -> str:
    pid = _wiki_id(path)
    if not exists:
        return (f'<a href="{u(path)}" class="wikilink2" title="{pid}" rel="nofollow" data-wiki-id="{pid}">'
                f'{esc(label)}</a>')
    return f'<a href="{u(path)}" class="wikilink1" title="{pid}" data-wiki-id="{pid}">{esc(label)}</a>'


def _dokuwiki(u: U, path: str, main: str, mode: str = "show", info: str = "") -> str:
    pid = _wiki_id(path)
    sidebar = ("<ul>" + "".join(f'<li class="level1"><div class="li">{_wl(u, WORKS[n].path, WORKS[n].title)}</div>'
                                f'</li>' for ns in WIKI_PAGES for n in WIKI_PAGES[ns])
               + f'<li class="level1"><div class="li">{_wl(u, "/careers:start", "Careers")}</div></li></ul>')
    return (f'<!DOCTYPE html><html lang="en" dir="ltr" class="no-js"><head><meta charset="utf-8"><title>{pid} '
            f'[{WIKI_SITE}]</title><script>(function(H){{H.className=H.className.replace(/\\bno-js\\b/,\'js\')}})'
            f'(document.documentElement)</script><meta name="generator" content="DokuWiki"><meta name="theme-color" '
            f'content="#008800"><meta name="robots" content="{"index,follow" if mode == "show" else "noindex,nofollow"}'
            f'"><meta name="keywords" content="{pid.replace(":", ",")}"><link rel="search" type="application/'
            f'opensearchdescription+xml" href="{u("/lib/exe/opensearch.php")}" title="{WIKI_SITE}"><link rel="start" '
            f'href="{u("/")}"><link rel="contents" href="{u("/" + pid + "?do=index")}" title="Sitemap"><link rel="'
            f'manifest" href="{u("/lib/exe/manifest.php")}"><link rel="alternate" type="application/rss+xml" title="'
            f'Recent Changes" href="{u("/feed.php")}"><link rel="alternate" type="text/plain" title="Wiki Markup" hre'
            f'f="'
            f'{u("/_export/raw/" + pid)}"><link rel="canonical" href="{u(path)}"><link rel="stylesheet" href="'
            f'{u("/lib/exe/css.php?t=dokuwiki&amp;tseed=6f0c9d1a2b")}"><meta name="viewport" content="width=device-'
            f'width,initial-scale=1"></head><body><div id="dokuwiki__site"><div id="dokuwiki__top" class="site '
            f'dokuwiki mode_{mode} tpl_dokuwiki showSidebar hasSidebar"><div id="dokuwiki__header"><div class="pad '
            f'group"><div class="headings group"><ul class="a11y skip"><li><a href="#dokuwiki__content">skip to '
            f'content</a></li></ul><h1 class="logo"><a href="{u("/")}" accesskey="h" title="Home [h]"><span>'
            f'{WIKI_SITE}</span></a></h1></div><div class="tools group"><div id="dokuwiki__usertools"><h3 class="a11y">'
            f'User Tools</h3><ul><li class="action login"><a href="{u("/" + pid + "?do=login&amp;sectok=")}" title="'
            f'Log In" rel="nofollow" class="menuitem login"><span>Log In</span></a></li></ul></div><div id="dokuwiki__'
            f'sitetools"><h3 class="a11y">Site Tools</h3><form action="{u("/start")}" method="get" role="search" class'
            f'="search doku_form" id="dw__search" accept-charset="utf-8"><input type="hidden" name="do" value="search">'
            f'<input type="hidden" name="id" value="{pid}"><div class="no"><input name="q" type="text" class="edit" '
            f'title="[F]" accesskey="f" placeholder="Search" autocomplete="on" id="qsearch__in" value=""><button '
            f'value="1" type="submit" title="Search">Search</button></div></form><ul><li class="action recent"><a href'
            f'="{u("/" + pid + "?do=recent")}" title="Recent Changes [r]" rel="nofollow" accesskey="r" class="menuitem'
            f' recent"><span>Recent Changes</span></a></li><li class="action index"><a href="'
            f'{u("/" + pid + "?do=index")}" title="Sitemap [x]" rel="nofollow" accesskey="x" class="menuitem index">'
            f'<span>Sitemap</span></a></li></ul></div></div><hr class="a11y"></div></div><div class="wrapper group">'
            f'<div id="dokuwiki__aside"><div class="pad aside include group"><h3 class="toggle">Sidebar</h3><div class'
            f'="content"><div class="group">{sidebar}</div></div></div></div><div id="dokuwiki__content"><div class="'
            f'pad group"><div class="pageId"><span>{pid}</span></div><div class="page group">{main}</div><div class="'
            f'docInfo">{info}</div></div></div><div id="dokuwiki__pagetools"><h3 class="a11y">Page Tools</h3><div '
            f'class="tools"><ul><li class="source"><a href="{u("/" + pid + "?do=edit")}" title="Show pagesource [v]" '
            f'rel="nofollow" accesskey="v" class="action source"><span>Show pagesource</span></a></li></ul></div></div>'
            f'</div><div id="dokuwiki__footer"><div class="pad"><div class="license">Except where otherwise noted, '
            f'content on this wiki is licensed under the following license: <bdi><a href="https://creativecommons.org/'
            f'licenses/by-sa/4.0/deed.en" rel="license" class="urlextern">CC Attribution-Share Alike 4.0 International'
            f'</a></bdi></div><div class="buttons"><a href="https://www.dokuwiki.org/donate" title="Donate" target="_'
            f'blank">Donate</a> <a href="https://dokuwiki.org/" title="Driven by DokuWiki" target="_blank">DokuWiki'
            f'</a></div></div></div></div></div></body></html>')


def _wiki_info(u: U, n: str) -> str:
    w = WORKS[n]
    d = date.fromisoformat(w.date)
    who = (f'<bdi>{_wl(u, "/user:priya", "priya")}</bdi>' if w.author == "priya" else f"<bdi>{esc(w.author)}</bdi>")
    return f'<bdi>{_wiki_id(w.path).replace(":", "/")}.txt</bdi> &middot; Last modified: {d:%Y/%m/%d} 14:22 by {who}'


def wiki(u: U, x: Callable[[str, str], str]) -> list[Doc]:
    docs = []
    extra = {"wiki-networking": (
        f'<div class="level2"><p>See also: {_wl(u, WORKS["wiki-linkedin"].path, "LinkedIn tips")}, '
        f'{_wl(u, "/careers:informational_interviews", "informational interviews", exists=False)}, the '
        f'<a href="{x(NEWPROS, WORKS["np-mentor"].path)}" class="urlextern" title="Finding a mentor">archivists&#8217; '
        f'guide to finding a mentor</a>, and the GLAM fediverse server <a href="{x(SOCIAL, "/about")}" class="urlexte'
        f'rn"'
        f'>glammr</a> (its <a href="{x(SOCIAL, "/main/all")}" class="urlextern">public timeline</a>).</p></div>')}
    for ns, names in WIKI_PAGES.items():
        for n in names:
            w = WORKS[n]
            body = "".join(f'<div class="level2"><p>{esc(p)}</p></div>' for p in w.paras[1:])
            tags = "".join(f'<a href="{u(f"/tag:{t}?do=showtag&amp;tag={t}")}" class="wikilink1" title="tag:{t}" rel='
                           f'"tag">{t}</a> ' if t == "mentoring" else f'<span class="tag">{t}</span> '
                           for t in WIKI_TAGS[n])
            main = (f'<h1 class="sectionedit1" id="{_wiki_id(w.path).split(":")[-1]}">{esc(w.title)}</h1><div class="'
                    f'level1"><p>{esc(w.paras[0])}</p></div>{body}{extra.get(n, "")}<div class="tags"><span>{tags}'
                    f'</span></div>')
            crumbs = (f'<div class="breadcrumbs"><div class="youarehere"><span class="bchead">You are here: </span>'
                      f'<span class="home"><bdi>{_wl(u, "/", "start")}</bdi></span> &raquo; <bdi>'
                      + (_wl(u, "/careers:start", "careers") if ns == "careers" else ns)
                      + f'</bdi> &raquo; <bdi><span class="curid">{_wl(u, w.path, _wiki_id(w.path).split(":")[-1])}'
                      f'</span></bdi></div></div>')
            docs.append(work(n, _dokuwiki(u, w.path, crumbs + main, info=_wiki_info(u, n))))

    def page(path: str, main: str, mode: str = "show", info: str = "", status: int = 200) -> Doc:
        return other(WIKI, path, _dokuwiki(u, path, main, mode, info), status)

    index = "".join(f'<li class="open"><div class="li"><strong>{ns}</strong></div><ul class="idx">'
                    + "".join(f'<li class="level2"><div class="li">'
                              f'{_wl(u, WORKS[n].path, _wiki_id(WORKS[n].path).split(":")[-1])}'
                              f'</div></li>' for n in names) + "</ul></li>" for ns, names in WIKI_PAGES.items())
    docs += [
        page("/", f'<h1 class="sectionedit1" id="welcome">Welcome</h1><div class="level1"><p>This is the wiki of the '
                  f'iSchool Student Association: advice from students, for students. Anyone with a university login can'
                  f' edit.</p><ul><li class="level1"><div class="li">{_wl(u, "/careers:start", "Careers")}: jobs, '
                  f'networking, mentors</div></li><li class="level1"><div class="li">'
                  f'{_wl(u, WORKS["wiki-practicum"].path, "Practicum FAQ")}</div></li><li class="level1"><div class="'
                  f'li">'
                  f'{_wl(u, WORKS["wiki-lis560"].path, "Course reviews")}</div></li><li class="level1"><div class="li">'
                  f'{_wl(u, "/about", "About this wiki")}</div></li><li class="level1"><div class="li">'
                  f'{_wl(u, "/start?do=index", "All pages")} &middot; '
                  f'{_wl(u, "/start?do=search&amp;q=mentor", "pages about mentors")}'
                  f'</div></li></ul></div>', info="<bdi>start.txt</bdi> &middot; Last modified: 2024/09/02 10:01"),
        page("/start?do=index", f'<h1 class="sectionedit1" id="sitemap">Sitemap</h1><div class="level1"><p>This is a '
                                f'sitemap over all available pages ordered by namespaces.</p></div><div id="index__tr'
                                f'ee"'
                                f'><ul class="idx">{index}</ul></div>', mode="index"),
        page("/careers:star"
             "t", f'<h1 class="sectionedit1" id="careers">Careers</h1><div class="level1"><p>Pages in this '
                               f'namespace:</p><ul><li class="level1"><div class="li">'
                               f'{_wl(u, WORKS["wiki-networking"].path, "Networking and mentoring")}</div></li><li '
                               f'class="level1"><div class="li">{_wl(u, WORKS["wiki-linkedin"].path, "LinkedIn tips")}'
                               f'</div></li></ul></div>', info="<bdi>careers/start.txt</bdi> &middot; Last modified: "
                                                               "2024/02/11 09:40"),
        page("/start?do=search&q=mentor", f'<h1 class="sectionedit1" id="search">Search</h1><div class="level1"><p>You '
                                          f'can find the results of your search below.</p></div><div class="search_'
                                          f'results"><dl class="search_results"><dt>'
                                          f'{_wl(u, WORKS["wiki-networking"].path, "careers:networking_and_mentoring")}'
                                          f': 6 Hits</dt><dd>...finding mentors and building a professional network...'
                                          f'</dd><dt>{_wl(u, WORKS["wiki-linkedin"].path, "careers:linkedin")}: 1 Hits'
                                          f'</dt></dl></div>', mode="search"),
        page("/user:priya", f'<h1 class="sectionedit1" id="priya">Priya</h1><div class="level1"><p>Second-year MLIS '
                            f'student, archives track. Association web officer 2024-25.</p><p>Pages I started: '
                            f'{_wl(u, WORKS["wiki-networking"].path, "Networking and mentoring")}, '
                            f'{_wl(u, WORKS["wiki-practicum"].path, "Practicum FAQ")}.</p></div>',
             info="<bdi>user/priya.txt</bdi> &middot; Last modified: 2024/09/10 18:03 by priya"),
        page("/about", '<h1 class="sectionedit1" id="about">About this wiki</h1><div class="level1"><p>Maintained by '
                       'the '
                       'iSchool Student Association. Not an official university site; for official information, see '
                       'the school&#8217;s handbook. Be kind, cite your sources, and do not post anything about '
                       f'classmates.</p><p>Questions: ask {_wl(u, "/user:priya", "priya")}.</p></div>',
             info="<bdi>about.txt</bdi> &middot; Last modified: 2023/08/20 12:00"),
        page("/tag:mentoring?do=showtag&tag=mentoring",
             f'<h1 class="sectionedit1" id="tag">Tag: mentoring</h1><div class="level1"><table class="inline pagelist">'
             f'<tr><td class="page">{_wl(u, WORKS["wiki-networking"].path, "Networking and mentoring")}</td></tr>'
             f'</table></div>', mode="showtag"),
        page("/careers:informational_interviews", '<h1 class="sectionedit1" id="this_topic_does_not_exist_yet">This '
                                                  'topic does not exist yet</h1><div class="level1"><p>You&#8217;ve '
                                                  'followed a link to a topic that doesn&#8217;t exist yet. If '
                                                  'permissions allow, you may create it by clicking on &#8220;Create '
                                                  'this page&#8221;.</p></div>', status=404),
    ]
    return docs


# --- sched.example: Sched ---------------------------------------------------------------------------------------------

CONF = "MALC 2025"
SCHED_EVENTS = ["sched-circle", "sched-discord", "sched-budget", "sched-lightning", "sched-teens"]
SCHED_SLOTS = {"sched-circle": ("10:30am", "11:30am", "Ballroom B", "Professional Development"),
               "sched-discord": ("1:30pm", "2:30pm", "Room 204", "Professional Development"),
               "sched-budget": ("9:00am", "10:00am", "Room 110", "Advocacy"),
               "sched-lightning": ("11:00am", "12:00pm", "Ballroom A", "Lightning Talks"),
               "sched-teens": ("2:00pm", "3:00pm", "Room 204", "Youth Services")}
SCHED_TYPE = "/type/Professional+Development"


def _sched(u: U, path: str, title: str, body_id: str, main: str, meta: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title><meta name="viewport" '
            f'content="width=device-width, initial-scale=1">{meta}<link rel="canonical" href="{u(path)}"><link rel="'
            f'stylesheet" href="https://static.sched.com/css/sched-event.min.css?v=2.34"></head><body id="{body_id}" '
            f'class="sched-body"><div id="sched-layout-wrapper"><div id="sched-header"><div id="sched-header-content">'
            f'<a href="{u("/")}" class="sched-header-logo"><span class="sched-header-name">{CONF}: Mid-Atlantic '
            f'Library Conference</span></a><div class="sched-header-dates">April 10-11, 2025 &middot; Harrisburg, PA'
            f'</div></div></div><div id="sched-nav"><ul id="sched-nav-tabs"><li class="sched-nav-schedule"><a href="'
            f'{u("/")}">Schedule</a></li><li class="sched-nav-descriptions"><a href="{u("/list/descriptions/")}">'
            f'Descriptions</a></li><li class="sched-nav-info"><a href="{u("/info")}">Info</a></li></ul></div><div id="'
            f'sched-content-inner">{main}</div><div id="sched-footer"><a href="https://sched.com" class="sched-'
            f'powered">Powered by Sched</a> <a href="https://sched.com/privacy-policy" rel="nofollow">Privacy</a></div>'
            f'</div></body></html>')


def _sched_speakers(u: U, n: str) -> str:
    w = WORKS[n]
    out = []
    for name in [a.strip() for a in w.author.split(";")]:
        link = f'<a href="{u("/speaker/dkaur")}">{esc(name)}</a>' if name == "Deepa Kaur" else esc(name)
        out.append(f'<div class="sched-person-session"><h2>{link}</h2></div>')
    return '<div class="sched-event-details-roles"><h4>Speakers</h4>' + "".join(out) + "</div>"


def _sched_when(n: str) -> str:
    w = WORKS[n]
    start, end, room, _ = SCHED_SLOTS[n]
    d = date.fromisoformat(w.date)
    return f'{d:%A} {d:%B} {d.day}, {d.year} {start} - {end} EDT<br>{room}'


def _sched_type(u: U, n: str) -> str:
    t = SCHED_SLOTS[n][3]
    return (f'<a href="{u(SCHED_TYPE)}">{t}</a>' if t == "Professional Development" else f'<span>{t}</span>')


def sched(u: U, x: Callable[[str, str], str]) -> list[Doc]:
    docs = []
    extra = {"sched-circle": f'<p>Continue the conversation at the <a href="{u("/event/1uWz/mentoring-meetup")}">'
                             f'Mentoring Meetup</a> over lunch.</p>',
             "sched-discord": f'<p>Background reading: <a href="{x(PUBS, WORKS["pub-peer"].path)}">peer mentoring in '
                              f'online communities</a>.</p>'}
    for n in SCHED_EVENTS:
        w = WORKS[n]
        start, _, room, _ = SCHED_SLOTS[n]
        h = int(start[:-2].split(":")[0]) + (12 if start.endswith("pm") and not start.startswith("12") else 0)
        ld = {"@context": "http://schema.org", "@type": "Event", "name": w.title,
              "startDate": f"{w.date}T{h:02d}:{start[-4:-2]}:00-04:0"
                           f"0", "eventStatus": "https://schema.org/EventScheduled",
              "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
              "location": {"@type": "Place", "name": room, "address": "Harrisburg, PA"},
              "description": " ".join(w.paras), "url": u(w.path),
              "performer": [{"@type": "Person", "name": a.strip()} for a in w.author.split(";")],
              "organizer": {"@type": "Organization", "name": "Mid-Atlantic Library Conference"}}
        meta = (f'<meta name="description" content="{esc(first_words(w, 30))}"><meta property="og:title" content="'
                f'{esc(w.title)}"><meta property="og:description" content="{esc(first_words(w, 30))}"><meta property="'
                f'og:type" content="website"><meta property="og:url" content="{u(w.path)}"><meta property="og:site_na'
                f'me"'
                f' content="{CONF}"><meta name="twitter:card" content="summary"><script type="application/ld+json">'
                f'{json.dumps(ld)}</script>')
        main = (f'<div class="sched-container"><div class="sched-container-inner"><span class="event"><a name="'
                f'{w.path.split("/")[2]}" class="name">{esc(w.title)}</a></span><div class="sched-event-details-'
                f'timeandplace">{_sched_when(n)}</div><div class="tip-description">{ps(w.paras)}{extra.get(n, "")}'
                f'</div><div class="sched-event-type">{_sched_type(u, n)}</div>{_sched_speakers(u, n)}</div></div>')
        docs.append(work(n, _sched(u, w.path, f"{CONF}: {esc(w.title)}", "sched-page-event", main, meta)))

    def rows(names, full=False):
        return "".join(f'<div class="sched-container"><span class="event"><a href="{u(WORKS[n].path)}" class="name">'
                       f'{esc(WORKS[n].title)}</a></span><div class="sched-event-details-timeandplace">{_sched_when(n)}'
                       f'</div>' + (f'<div class="tip-description">{ps(WORKS[n].paras)}</div>' if full else "")
                       + "</div>" for n in names)

    site_meta = f'<meta property="og:site_name" content="{CONF}"><meta property="og:type" content="website">'
    docs += [
        other(SCHED, "/", _sched(u, "/", f"{CONF}: Mid-Atlantic Library Conference Schedule", "sched-page-schedule",
              '<div class="sched-schedule"><h3 class="sched-date">Thursday, April 10</h3>'
              + rows(["sched-circle", "sched-discord"]) + '<h3 class="sched-date">Friday, April 11</h3>'
              + rows(["sched-budget", "sched-lightning", "sched-teens"]) + "</div>", site_meta)),
        other(SCHED, "/list/descriptions/", _sched(u, "/list/descriptions/", f"{CONF}: Descriptions",
              "sched-page-list-descriptions", '<div class="list-full">' + rows(SCHED_EVENTS, True) + "</div>",
              site_meta)),
        other(SCHED, SCHED_TYPE, _sched(u, SCHED_TYPE, f"{CONF}: Professional Development", "sched-page-type",
              '<h2 class="sched-type-title">Professional Development</h2>' + rows(["sched-circle", "sched-discord"]),
              site_meta)),
        other(SCHED, "/speaker/dkaur", _sched(u, "/speaker/dkaur", f"{CONF}: Deepa Kaur", "sched-page-speaker", (
              '<div class="sched-person"><h1 id="sched-page-me-name">Deepa Kaur</h1><div class="sched-event-details-'
              'company">Rural Services Consultant, State Library</div><div class="sched-person-about">Deepa has '
              'coordinated continuing education for small public libraries for twelve years.</div><h3>Sessions</h3>'
              + rows(["sched-circle"]) + "</div>"), site_meta + '<meta property="og:title" content="Deepa Kaur">')),
        other(SCHED, "/info", _sched(u, "/info", f"{CONF}: Info", "sched-page-info", (
              '<div class="sched-info"><h2>About MALC 2025</h2><p>The Mid-Atlantic Library Conference brings together '
              'library workers from public, academic, school and special libraries across four states. Registration '
              'includes all sessions, the exhibit hall and lunch on both days.</p><p>Venue: Harrisburg Convention '
              'Center. Questions: info@malc.example.</p></div>'), site_meta)),
        other(SCHED, "/event/1uWz/mentoring-meetup", _sched(u, "/event/1uWz/mentoring-meetup", "Page not found",
              "sched-page-404", '<div class="sched-404"><h1>Sorry, that page could not be found.</h1><p>The event may '
              f'have been removed by the organizer. <a href="{u("/")}">Back to the schedule</a></p></div>'), 404),
    ]
    return docs


# --- community.example: Khoros (Lithium) ------------------------------------------------------------------------------

KH_SITE = "Quire Community"
KH_PROFILE = "/t5/user/viewprofilepage/user-id/5521"
KH_BOARD = "/t5/New-Admins/bd-p/new-admins"
KH_TAG = "/t5/tag/mentoring/tg-p"
KH_SEARCH = "/t5/forums/searchpage/tab/message"
KH_BOARDS = {"kh-mentor": ("New Admins", KH_BOARD), "kh-calls": ("New Admins", KH_BOARD),
             "kh-dst": ("Circulation", None), "kh-idea": ("Product Ideas", None), "kh-release": ("Release Notes", None)}
KH_TAGS = {"kh-mentor": ["mentoring", "circulation"], "kh-calls": ["mentoring"], "kh-dst": ["circulation"],
           "kh-idea": ["help"], "kh-release": ["release notes"]}


def _khoros(u: U, path: str, title: str, page_class: str, main: str, meta: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en" prefix="og: http://ogp.me/ns#" class="lia-js-disabled"><head><title>'
            f'{title}</title><meta content="width=device-width, initial-scale=1.0, user-scalable=yes" name="viewport">'
            f'<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><link href="{u(path)}" rel="canonica'
            f'l">'
            f'{meta}<link rel="stylesheet" href="{u("/skins/6789012/abcdef/quire/desktop/css/skin.css")}"></head>'
            f'<body class="lia-{page_class} lia-user-status-anonymous {page_class} lia-body" id="lia-body"><div id="l-'
            f'fw-page" class="MinimumWidthContainer"><div class="min-width-wrapper"><div class="min-width"><div class="'
            f'lia-content"><header class="lia-quilt-row lia-quilt-row-header"><div class="custom-header"><a class="'
            f'lia-link-navigation custom-logo" href="{u("/")}">{KH_SITE}</a><nav class="custom-nav"><ul><li><a href="'
            f'{u(KH_BOARD)}">New Admins</a></li><li><a href="{u("/t5/Community-Guidelines/ct-p/about")}">About</a></li>'
            f'</ul></nav><form class="lia-form lia-form-inline SearchForm" action="{u(KH_SEARCH)}" method="get">'
            f'<input class="lia-form-type-text lia-autocomplete-input search-input" name="q" '
            f'type="text" placeholder="Search all content"><input class="lia-button lia-button-secondary" value="'
            f'Search" type="submit"></form></div></header><div class="lia-quilt lia-quilt-{page_class}">{main}</div>'
            f'<footer class="custom-footer"><p>&copy; 2025 Quire Library Systems. <a href="https://www.khoros.com/" '
            f'rel="noopener">Powered by Khoros</a></p></footer></div></div></div></div></body></html>')


def _kh_user(who: str, u: U) -> str:
    if who == "lena_w":
        return (f'<span class="UserName lia-user-name lia-user-rank-New-Member lia-component-message-view-widget-auth'
                f'or-'
                f'username"><a class="lia-link-navigation lia-page-link lia-user-name-link" target="_self" aria-label="'
                f'View Profile of lena_w" itemprop="url" href="{u(KH_PROFILE)}"><span class="login-bold">lena_w</span>'
                f'</a></span>')
    return (f'<span class="UserName lia-user-name lia-user-rank-Contributor lia-component-message-view-widget-author-'
            f'username"><span class="login-bold">{esc(who)}</span></span>')


def _kh_rows(u: U, names: list[str]) -> str:
    return ('<div class="lia-component-forums-widget-message-list"><table class="lia-list-wide">'
            + "".join(f'<tr class="lia-list-row lia-row-odd"><td class="lia-data-cell-primary lia-data-cell-text"><h2 '
                      f'class="message-subject"><a class="page-link lia-link-navigation lia-custom-event" href="'
                      f'{u(WORKS[n].path)}">{esc(WORKS[n].title)}</a></h2><div class="lia-info-area">by '
                      f'{_kh_user(WORKS[n].author, u)} on <span class="DateTime"><span class="local-date">'
                      f'{WORKS[n].date}</span></span></div></td><td class="repliesCountColumn">3</td></tr>'
                      for n in names) + "</table></div>")


def community(u: U, x: Callable[[str, str], str]) -> list[Doc]:
    docs = []
    extra = {"kh-calls": f'<p>(For the archaeologists: the <a href='
                         f'"{u("/t5/New-Admins/Looking-for-a-mentor/td-p/40001")}'
                         f'">2019 thread</a> about this is gone. Archivists have a <a href="'
                         f'{x(LISTS, f"{LP}/")}">similar list</a>.)</p>'}
    for n, (board, bpath) in KH_BOARDS.items():
        w = WORKS[n]
        mid = w.path.split("/")[-1]
        kind = {"kh-idea": "IdeaPage", "kh-release": "BlogArticlePage"}.get(n, "TopicPage")
        crumb_board = (f'<a class="lia-link-navigation crumb-board lia-breadcrumb-board" href="{u(bpath)}">{board}</a>'
                       if bpath else f'<span class="crumb-board lia-breadcrumb-board">{board}</span>')
        tags = "".join(f'<li class="tag"><a class="lia-link-navigation lia-tag tag tag-mentoring" rel="tag" href="'
                       f'{u(KH_TAG)}">mentoring</a></li>' if t == "mentoring" else f'<li class="tag"><span class="lia-'
                       f'tag">{esc(t)}</span></li>' for t in KH_TAGS[n])
        meta = (f'<meta content="{esc(first_words(w, 30))}" name="description"><meta content="{w.date}T15:42:10+00:00" '
                f'itemprop="dateModified"><meta content="summary" property="twitter:card"><meta content="article" '
                f'property="og:type"><meta content="{esc(w.title)}" property="og:title"><meta content="{u(w.path)}" '
                f'property="og:url"><meta content="{esc(first_words(w, 30))}" property="og:description"><meta content="'
                f'{KH_SITE}" property="og:site_name">')
        d = date.fromisoformat(w.date)
        main = (f'<div class="lia-quilt-row lia-quilt-row-header"><div class="BreadCrumb crumb-line lia-breadcrumb lia-'
                f'component-common-widget-breadcrumb"><ul class="lia-list-standard-inline" role="list"><li class="lia-'
                f'breadcrumb-node crumb"><a class="lia-link-navigation crumb-community lia-breadcrumb-community" href="'
                f'{u("/")}">{KH_SITE}</a></li><li class="lia-breadcrumb-seperator">:</li><li class="lia-breadcrumb-no'
                f'de '
                f'crumb">{crumb_board}</li><li class="lia-breadcrumb-seperator">:</li><li class="lia-breadcrumb-node '
                f'final-crumb"><span class="lia-link-navigation child-thread lia-link-disabled">{esc(w.title)}</span>'
                f'</li></ul></div></div><div class="lia-message-view-wrapper lia-js-data-messageUid-{mid}" id="linear'
                f'displaymessageviewwrapper"><div class="MessageView lia-message-view-forum-message lia-message-view-'
                f'display lia-thread-topic" itemscope itemtype="http://schema.org/DiscussionForumPosting"><div class="'
                f'lia-message-author-with-avatar">{_kh_user(w.author, u)}</div><div class="lia-message-subject"><h1 '
                f'itemprop="name" class="message-subject"><span class="lia-message-unread">{esc(w.title)}</span></h1>'
                f'</div><span class="DateTime lia-message-posted-on lia-component-common-widget-date" itemprop="date'
                f'Created"><span class="local-date">&lrm;{d:%m-%d-%Y}</span> <span class="local-time">03:42 PM</span>'
                f'</span><div class="lia-message-body-wrapper lia-component-message-view-widget-body"><div itemprop="'
                f'text" id="bodyDisplay" class="lia-message-body"><div class="lia-message-body-content">{ps(w.paras)}'
                f'{extra.get(n, "")}</div></div></div><div class="TagList lia-message-tags lia-component-message-view-'
                f'widget-tags"><div class="lia-tags"><ul role="list" id="taglist" class="lia-list-standard-inline">'
                f'{tags}</ul></div></div><div class="lia-message-footer"><span class="MessageKudosCount lia-component-'
                f'kudos-widget-message-kudos-count">7</span> Kudos</div></div></div>')
        docs.append(work(n, _khoros(u, w.path, f"{esc(w.title)} - {KH_SITE}", kind, main, meta)))
    site_meta = f'<meta content="{KH_SITE}" property="og:site_name"><meta content="website" property="og:type">'
    newest = ["kh-calls", "kh-mentor", "kh-idea", "kh-release", "kh-dst"]
    docs += [
        other(COMMUNITY, "/", _khoros(u, "/", f"Home - {KH_SITE}", "CommunityPage", (
            '<div class="lia-quilt-row"><h1>Welcome to the Quire Community</h1><p>Ask questions, share ideas and '
            f'connect with other Quire libraries.</p><h2>Boards</h2><ul class="lia-list-standard"><li><a href="'
            f'{u(KH_BOARD)}">New Admins</a>: for people new to running Quire</li></ul><h2>Latest posts</h2>'
            f'{_kh_rows(u, newest)}</div>'), site_meta)),
        other(COMMUNITY, KH_BOARD, _khoros(u, KH_BOARD, f"New Admins - {KH_SITE}", "ForumPage", (
            '<div class="lia-quilt-row"><h1 class="lia-board-title">New Admins</h1><p class="lia-board-description">'
            'No question too basic. Experienced admins: please help!</p>' + _kh_rows(u, ["kh-calls"])
            + f'<div class="lia-paging-full-wrapper"><ul class="lia-paging-full-pages"><li class="lia-paging-page-'
            f'active"><span class="lia-link-navigation lia-js-data-pageNum-1 lia-link-disabled">1</span></li><li><a '
            f'class="lia-link-navigation lia-js-data-pageNum-2" href="{u(KH_BOARD + "/page/2")}">2</a></li></ul><a '
            f'class="lia-link-navigation lia-js-data-pageNum-2" rel="next" href="{u(KH_BOARD + "/page/2")}">Next</a>'
            f'</div></div>'), site_meta)),
        other(COMMUNITY, KH_BOARD + "/page/2", _khoros(u, KH_BOARD + "/page/2", f"New Admins - Page 2 - {KH_SITE}",
              "ForumPage", ('<div class="lia-quilt-row"><h1 class="lia-board-title">New Admins</h1>'
                            + _kh_rows(u, ["kh-mentor"]) + f'<div class="lia-paging-full-wrapper"><a class="lia-link-'
                            f'navigation" rel="prev" href="{u(KH_BOARD)}">Previous</a></div></div>'), site_meta)),
        other(COMMUNITY, "/t5/forums/searchpage/tab/message?q=mentor", _khoros(
            u, "/t5/forums/searchpage/tab/message", f"Search - {KH_SITE}", "SearchPage", (
                '<div class="lia-quilt-row"><h1>Search results for: <b>mentor</b></h1><div class="lia-search-results">'
                + _kh_rows(u, ["kh-mentor", "kh-calls"]) + "</div></div>"), site_meta)),
        other(COMMUNITY, KH_TAG, _khoros(u, KH_TAG, f"Tag: mentoring - {KH_SITE}", "TagDetailPage", (
            '<div class="lia-quilt-row"><h1>Tag: mentoring</h1>' + _kh_rows(u, ["kh-calls", "kh-mentor"]) + "</div>"),
            site_meta)),
        other(COMMUNITY, KH_PROFILE, _khoros(u, KH_PROFILE, f"About lena_w - {KH_SITE}", "ViewProfilePage", (
            '<div class="lia-quilt-row"><div class="lia-user-profile"><h1 class="lia-user-name">lena_w</h1><div class="'
            'lia-user-rank">New Member</div><div class="lia-user-bio">Reference librarian turned accidental system '
            'admin.</div><div class="lia-user-stats">Posts: 4 &middot; Kudos given: 11 &middot; Joined: 01-08-2025'
            '</div><h2>Recent posts</h2>' + _kh_rows(u, ["kh-mentor"]) + "</div></div>"),
            site_meta + '<meta content="profile" property="og:type">')),
        other(COMMUNITY, "/t5/Community-Guidelines/ct-p/about", _khoros(
            u, "/t5/Community-Guidelines/ct-p/about", f"About the community - {KH_SITE}", "CategoryPage", (
                '<div class="lia-quilt-row"><h1>About the Quire Community</h1><p>The Quire Community is where '
                'libraries running Quire help each other. Staff from Quire Library Systems moderate the boards and '
                'post release notes; everything else is written by customers. Be kind, <a href="'
                f'{u(KH_SEARCH + "?q=mentor")}">search</a> before posting, and never post patron data.</p></div>'),
            site_meta)),
        other(COMMUNITY, "/t5/New-Admins/Looking-for-a-mentor/td-p/40001", _khoros(
            u, "/t5/New-Admins/Looking-for-a-mentor/td-p/40001", f"Page Not Found - {KH_SITE}", "ErrorPage", (
                '<div class="lia-quilt-row"><h1>Page Not Found</h1><p>Sorry, we couldn&#8217;t find the page you are '
                f'looking for. It may have been moved or deleted. <a href="{u("/")}">Return to the community home</a>'
                '</p></div>'), site_meta), status=404),
    ]
    return docs


# --- the whole web ----------------------------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page; ``url(host, path)`` makes the absolute URLs links use."""
    def on(host: str) -> U:
        return lambda path: url(host, path)

    return (shelfnotes(on(SHELF), url) + marginalia(on(MARG), url) + newpros(on(NEWPROS), url) + lists(on(LISTS), url)
            + glammr(url) + pubs(on(PUBS)) + library(on(LIBRARY), url) + wiki(on(WIKI), url) + sched(on(SCHED), url)
            + community(on(COMMUNITY), url))


class LabelledWeb23(ServedWeb):
    """Web 23 (see the module docstring)."""

    HOSTS = HOSTS
    START = {LISTS: "/archives/"}
    FIRST_ADDRESS = 260
    build = staticmethod(build)
