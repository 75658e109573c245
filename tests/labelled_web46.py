"""Web 46: a held-out labelled web of 111 pages on ten hosts, built from the labels and texts of
:mod:`tests.labelled_text46` (written and committed first).

Platforms, their markup reduced: a Blogger blog on Dynamic Views (the server-side fallback a browser without
scripts gets, with the feed's JSON in a script), a Strikingly site with a simple blog, a Webnode site with a
blog, a SITE123 site with a blog and a forum, a Hostinger Website Builder site (a soft 404 served 200), a Jimdo
Dolphin site, a Squarespace 7.0 site on Brine (``?category=``, ``?tag=``, ``?author=`` and ``?offset=`` views of its
blog), a Duda site with its association's journal (``citation_*`` tags), a GoDaddy Websites + Marketing site (two
PDFs under /uploads/) and a Zyro-like builder's site.
"""

from __future__ import annotations

import json
from typing import Callable

from tests.labelled_text46 import (BLOG, DUDA, GODADDY, HOSTG, HOSTS, JIMDO, OTHER, S123, SQS, STRK, WNODE, WORKS,
                                   ZYRO, Work)
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

KIND = {(h, p): k for h, p, k in OTHER}


def _works(host: str) -> list[Work]:
    return [w for w in WORKS.values() if w.host == host]


def _ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _other(host: str, path: str, body: str, status: int = 200) -> Doc:
    return Doc(host, path, KIND[(host, path)], 0, body.encode(), status=status)


def _work(w: Work, body: str) -> Doc:
    return Doc(w.host, w.path, w.kind, w.grade, body.encode())


def _pdf(w: Work) -> Doc:
    return Doc(w.host, w.path, w.kind, w.grade, pdf(list(w.paras)), content_type="application/pdf")


def _og(u, w: Work, site: str, og_type: str = "article") -> str:
    return (f'<meta property="og:type" content="{og_type}"><meta property="og:title" content="{esc(w.title)}">'
            f'<meta property="og:description" content="{esc(w.paras[0][:180])}">'
            f'<meta property="og:url" content="{u(w.path)}"><meta property="og:site_name" content="{esc(site)}">'
            f'<link rel="canonical" href="{u(w.path)}"><meta name="description" content="{esc(w.paras[0][:150])}">')


def _posting(u, w: Work, typ: str = "BlogPosting") -> str:
    return _ld({"@context": "https://schema.org", "@type": typ, "headline": w.title, "datePublished": w.date,
                "author": {"@type": "Person", "name": w.author}, "mainEntityOfPage": u(w.path)})


# --- Blogger, Dynamic Views ---------------------------------------------------------------------

BLOG_NAME = "The Lone Archivist"


def _blogger(u, title: str, main: str, head: str = "", feed_posts: list[Work] | None = None) -> str:
    feed = {"feed": {"title": {"$t": BLOG_NAME}, "entry": [
        {"title": {"$t": w.title}, "published": {"$t": w.date + "T09:00:00.000Z"},
         "link": [{"rel": "alternate", "href": u(w.path)}]} for w in (feed_posts or [])]}}
    return (f"<!DOCTYPE html><html class='v2' dir='ltr' lang='en-GB'><head>"
            f"<meta content='width=1100' name='viewport'><meta content='text/html; charset=UTF-8' http-equiv='Content-Type'>"
            f"<meta content='blogger' name='generator'><link href='{u('/favicon.ico')}' rel='icon' type='image/x-icon'>"
            f"<link rel='alternate' type='application/atom+xml' title='{esc(BLOG_NAME)} - Atom' href='{u('/feeds/posts/default')}'>"
            f"<link rel='alternate' type='application/rss+xml' title='{esc(BLOG_NAME)} - RSS' href='{u('/feeds/posts/default?alt=rss')}'>"
            f"<link rel='service.post' type='application/atom+xml' href='https://www.blogger.com/feeds/4417203981775230114/posts/default'>"
            f"<title>{esc(title)}</title>{head}"
            f"<script type='text/javascript'>var blogger = {{\"view\":\"classic\",\"blogId\":\"4417203981775230114\"}};"
            f"window['__dynamicViews'] = {json.dumps(feed)};</script></head>"
            f"<body class='loading variant-classic'><div class='header-bar'><div class='header-content'>"
            f"<h1 class='header-title'><a href='{u('/')}'>{esc(BLOG_NAME)}</a></h1>"
            f"<div class='header-drawer'><ul class='tabs'><li><a href='{u('/')}'>Home</a></li>"
            f"<li><a href='{u('/p/about.html')}'>About</a></li><li><a href='{u('/p/contact.html')}'>Contact</a></li>"
            f"<li><a href='{u('/search/label/mentoring')}'>mentoring</a></li></ul>"
            f"<form action='{u('/search')}' class='search-form'><input name='q' type='text' placeholder='Search'></form>"
            f"</div></div></div><div id='content'><div class='main-content'>{main}</div></div>"
            f"<div class='sidebar' id='sidebar'><div class='widget Label' id='Label1'><h2>Labels</h2><ul>"
            f"<li><a dir='ltr' href='{u('/search/label/mentoring')}'>mentoring</a></li>"
            f"<li><a dir='ltr' href='{u('/search/label/preservation')}'>preservation</a></li></ul></div>"
            f"<div class='widget BlogArchive' id='BlogArchive1'><h2>Blog Archive</h2><ul class='hierarchy'>"
            f"<li><a class='post-count-link' href='{u('/2024/')}'>2024</a></li></ul></div></div>"
            f"<div class='footer'>Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>. "
            f"Dynamic Views theme.</div>"
            f"<script src='https://www.blogger.com/static/v1/jsbin/dynamicviews.js' type='text/javascript'></script>"
            f"</body></html>")


def _blogger_items(u, ws: list[Work]) -> str:
    return "".join(
        f"<div class='item'><div class='article'><h3 class='title entry-title'><a href='{u(w.path)}'>"
        f"{esc(w.title)}</a></h3><div class='publish-info'><span class='date'>{w.date}</span></div>"
        f"<div class='snippet'>{cut(w.paras[0], 200)}</div></div></div>" for w in ws)


def blogger(u) -> list[Doc]:
    ws = _works(BLOG)
    labels = {"b1": "mentoring", "b2": "mentoring", "b3": "mentoring", "b4": "preservation"}
    docs = []
    for key, w in ((k, v) for k, v in WORKS.items() if v.host == BLOG):
        lab = labels[key]
        main = (f"<div class='article' itemscope itemtype='http://schema.org/BlogPosting'>"
                f"<meta itemprop='datePublished' content='{w.date}'>"
                f"<h1 class='title entry-title' itemprop='headline'>{esc(w.title)}</h1>"
                f"<div class='article-header'><div class='publish-info'><span class='author' itemprop='author'>"
                f"{esc(w.author)}</span> <abbr class='time published' title='{w.date}'>{w.date}</abbr>"
                f"</div></div><div class='article-content entry-content' itemprop='articleBody'>{ps(w.paras, 'div')}</div>"
                f"<div class='article-footer'><span class='labels'>Labels: <a href='{u('/search/label/' + lab)}' "
                f"rel='tag'>{lab}</a></span></div>"
                f"<div class='comments' id='comments'><h4>2 comments:</h4><dl id='comments-block'>"
                f"<dt class='comment-author'>Anonymous said...</dt><dd class='comment-body'><p>Thank you, this is "
                f"useful.</p></dd><dt class='comment-author'><a href='https://www.blogger.com/profile/0912' "
                f"rel='nofollow'>Ruth Hollins</a> said...</dt><dd class='comment-body'><p>Glad it helps!</p></dd></dl>"
                f"<p class='comment-footer'><a href='https://www.blogger.com/comment/fullpage/post/4417203981775230114' "
                f"rel='nofollow'>Post a Comment</a></p></div></div>")
        if key == "b1":
            main += (f"<p>Elsewhere: <a href='{url_of('s1')}'>New Librarians Circle on how their circle works</a>"
                     f" and <a href='{url_of('d1')}'>a survey of online mentoring networks</a>.</p>")
        docs.append(_work(w, _blogger(u, f"{BLOG_NAME}: {w.title}", main, _og(u, w, BLOG_NAME), [w])))
    mentoring = [WORKS[k] for k in ("b1", "b2", "b3")]
    docs.append(_other(BLOG, "/", _blogger(u, BLOG_NAME, _blogger_items(u, ws), "", ws)))
    docs.append(_other(BLOG, "/search/label/mentoring", _blogger(
        u, f"{BLOG_NAME}: mentoring", "<div class='status-msg-wrap'>Showing posts with the label "
        f"<b>mentoring</b>.</div>" + _blogger_items(u, mentoring), "", mentoring)))
    docs.append(_other(BLOG, "/search/label/preservation", _blogger(
        u, f"{BLOG_NAME}: preservation", "<div class='status-msg-wrap'>Showing posts with the label "
        f"<b>preservation</b>.</div>" + _blogger_items(u, [WORKS["b4"]]), "", [WORKS["b4"]])))
    docs.append(_other(BLOG, "/search?q=mentor", _blogger(
        u, f"{BLOG_NAME}: Search results for mentor", "<div class='status-msg-wrap'>Showing posts matching the "
        "search for <b>mentor</b>.</div>" + _blogger_items(u, mentoring), "", mentoring)))
    docs.append(_other(BLOG, "/2024/", _blogger(
        u, f"{BLOG_NAME}: 2024", _blogger_items(u, [WORKS["b2"], WORKS["b1"]]), "", [WORKS["b2"], WORKS["b1"]])))
    docs.append(_other(BLOG, "/p/about.html", _blogger(
        u, f"{BLOG_NAME}: About", "<div class='article'><h1 class='title'>About</h1><div class='article-content'>"
        "<p>I am the archivist, the only one, at a small county record office. This blog is my notebook.</p>"
        f"<p>Everything I have written on mentors: <a href='{u('/search?q=mentor')}'>search the blog for "
        "mentor</a>.</p>"
        f"<p>My first post, <a href='{u('/2022/05/old-post.html')}'>Hello from the strongroom</a>, is long gone."
        "</p></div></div>")))
    docs.append(_other(BLOG, "/p/contact.html", _blogger(
        u, f"{BLOG_NAME}: Contact", "<div class='article'><h1 class='title'>Contact</h1><div class='article-content'>"
        "<div class='widget ContactForm'><form name='contact-form'><input name='name' placeholder='Name'>"
        "<input name='email' placeholder='Email'><textarea name='email-message'></textarea>"
        "<input type='button' value='Send'></form></div></div></div>")))
    docs.append(_other(BLOG, "/2022/05/old-post.html", _blogger(
        u, BLOG_NAME, "<div class='status-msg-wrap'><div class='status-msg-body'>Sorry, the page you were looking "
        f"for in this blog does not exist.</div></div><p><a href='{u('/')}'>Go to homepage</a></p>"), status=404))
    return docs


# --- Strikingly ---------------------------------------------------------------------------------

STRK_NAME = "New Librarians Circle"


def _strikingly(u, title: str, main: str, head: str = "", state: dict | None = None) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="Strikingly">{head}'
            f'<link rel="stylesheet" href="https://static-assets.strikinglycdn.com/webpack/site-bundle.css">'
            f'<script>window.__PRELOADED_STATE__ = {json.dumps(state or {"site": {"name": STRK_NAME}})};</script>'
            f'</head><body class="s-theme-onyx"><div id="app"><div class="s-navbar"><div class="s-nav-logo">'
            f'<a href="{u("/")}">{esc(STRK_NAME)}</a></div><ul class="s-nav-items">'
            f'<li><a href="{u("/")}">Home</a></li><li><a href="{u("/about")}">About</a></li>'
            f'<li><a href="{u("/blog")}">Blog</a></li><li><a href="{u("/contact")}">Contact</a></li></ul></div>'
            f'<div id="s-content" class="s-content">{main}</div>'
            f'<div class="s-footer"><div class="s-footer-text">&copy; 2024 {esc(STRK_NAME)}</div>'
            f'<div class="s-strikingly-badge"><a href="https://www.strikingly.com/s/pages/ship-it?ref=badge">'
            f'Powered by Strikingly</a></div></div></div>'
            f'<div class="s-cookie-banner">This site uses cookies. <button>Got it</button></div></body></html>')


def _strk_cards(u, ws: list[Work]) -> str:
    return "".join(f'<div class="s-blog-post-card"><a class="s-blog-post-title" href="{u(w.path)}">'
                   f'{esc(w.title)}</a><div class="s-blog-post-date">{w.date}</div>'
                   f'<div class="s-blog-post-summary">{cut(w.paras[0], 160)}</div></div>' for w in ws)


def strikingly(u) -> list[Doc]:
    ws = _works(STRK)
    docs = []
    for w in ws:
        main = (f'<div class="s-section s-blog-post-section"><div class="s-blog-post-page">'
                f'<div class="s-blog-header"><h1 class="s-blog-title">{esc(w.title)}</h1>'
                f'<div class="s-blog-info"><span class="s-blog-author">{esc(w.author)}</span> '
                f'<span class="s-blog-date">{w.date}</span></div></div>'
                f'<div class="s-blog-body"><div class="s-component s-text">{ps(w.paras)}</div></div>'
                f'<div class="s-blog-footer"><a href="{u("/blog")}">&larr; Back to Blog</a></div>'
                f'<div class="s-blog-related"><h3>Related posts</h3>'
                f'{_strk_cards(u, [x for x in ws if x is not w][:2])}</div>'
                f'<div class="s-subscribe"><h4>Subscribe</h4><input type="email" placeholder="Email"></div>'
                f'</div></div>')
        state = {"blog": {"post": {"title": w.title, "publishedAt": w.date, "author": w.author}}}
        docs.append(_work(w, _strikingly(u, w.title, main, _og(u, w, STRK_NAME) + _posting(u, w), state)))
    docs.append(_other(STRK, "/", _strikingly(
        u, STRK_NAME, '<div class="s-section s-hero"><h2 class="s-title">Peer mentoring for new librarians</h2>'
        '<p class="s-text">A circle of new and not-so-new library workers, meeting online.</p></div>'
        f'<div class="s-section s-blog-section"><h3>Latest from the blog</h3>{_strk_cards(u, ws[:3])}'
        f'<a class="s-button" href="{u("/blog")}">See all posts</a></div>')))
    docs.append(_other(STRK, "/blog", _strikingly(
        u, f"Blog - {STRK_NAME}", f'<div class="s-section s-blog-list"><h1>Blog</h1>{_strk_cards(u, ws[:3])}'
        f'<div class="s-pagination"><a href="{u("/blog?page=2")}">Older posts</a></div></div>')))
    docs.append(_other(STRK, "/blog?page=2", _strikingly(
        u, f"Blog - {STRK_NAME}", f'<div class="s-section s-blog-list"><h1>Blog</h1>{_strk_cards(u, ws[3:])}'
        f'<div class="s-pagination"><a href="{u("/blog")}">Newer posts</a></div></div>')))
    docs.append(_other(STRK, "/about", _strikingly(
        u, f"About - {STRK_NAME}", '<div class="s-section"><h1 class="s-title">About us</h1><p class="s-text">'
        "We are volunteers. The circle is free to join for anyone in their first five years in libraries.</p></div>")))
    docs.append(_other(STRK, "/contact", _strikingly(
        u, f"Contact - {STRK_NAME}", '<div class="s-section s-contact-section"><h1 class="s-title">Contact</h1>'
        '<form class="s-contact-form"><input name="name"><input name="email"><textarea name="message"></textarea>'
        "<button>Submit</button></form></div>")))
    return docs


# --- Webnode ------------------------------------------------------------------------------------

WN_NAME = "Nordic Information Professionals Network"


def _webnode(u, title: str, main: str, head: str = "", body_class: str = "t-page") -> str:
    return (f'<!DOCTYPE html><html class="no-js" lang="en"><head><meta charset="utf-8">'
            f'<meta name="generator" content="Webnode 2"><meta name="viewport" content="width=device-width">'
            f'<title>{esc(title)}</title>{head}'
            f'<link rel="alternate" type="application/rss+xml" href="{u("/rss/blog.xml")}" title="Blog">'
            f'</head><body class="{body_class} l-default"><div id="wrapper"><header class="l-h">'
            f'<div class="b-l"><a class="b-l-link" href="{u("/")}"><span class="b-l-title">{esc(WN_NAME)}</span></a>'
            f'</div><nav id="menuzone" class="menu"><ul class="menu-list"><li><a href="{u("/")}">Home</a></li>'
            f'<li><a href="{u("/about-us/")}">About us</a></li><li><a href="{u("/blog/")}">Blog</a></li>'
            f'<li><a href="{u("/contact/")}">Contact</a></li></ul></nav></header>'
            f'<main class="l-m" id="main"><div class="content">{main}</div></main>'
            f'<footer class="l-f"><div class="l-f-content"><p>&copy; 2024 {esc(WN_NAME)}</p></div>'
            f'<div class="footer-web-node"><a href="https://www.webnode.com/?utm_source=text&amp;utm_medium=footer" '
            f'rel="nofollow">Create your website for free!</a> This website was built with Webnode.</div></footer>'
            f'<div id="cookieBar" class="cookie-bar">We use cookies to improve this site. '
            f'<button class="cookie-bar-accept">Accept all</button><button>Settings</button></div></div></body></html>')


WN_CATS = {"w1": "mentoring", "w2": "news", "w3": "mentoring", "w4": "news"}


def _wn_list(u, ws: list[Work]) -> str:
    return "".join(f'<article class="b-post"><h2 class="b-post-title"><a href="{u(w.path)}">{esc(w.title)}</a></h2>'
                   f'<div class="b-post-date">{w.date}</div><div class="b-text">{cut(w.paras[0], 180)}</div>'
                   f'<a class="b-post-more" href="{u(w.path)}">Read more</a></article>' for w in ws)


def _wn_cats(u) -> str:
    return (f'<aside class="b-cats"><h3>Categories</h3><ul><li><a href="{u("/blog/category/mentoring/")}">Mentoring'
            f'</a></li><li><a href="{u("/blog/category/news/")}">News</a></li></ul></aside>')


def webnode(u) -> list[Doc]:
    docs = []
    items = [(k, w) for k, w in WORKS.items() if w.host == WNODE]
    ws = [w for _, w in items]
    for k, w in items:
        cat = WN_CATS[k]
        main = (f'<article class="b-article"><header><h1 class="b-article-title">{esc(w.title)}</h1>'
                f'<div class="b-article-meta"><time datetime="{w.date}">{w.date}</time> | '
                f'<a href="{u("/blog/category/" + cat + "/")}">{cat.title()}</a></div></header>'
                f'<div class="b-text">{ps(w.paras)}</div>'
                f'<div class="b-article-share"><a href="https://www.facebook.com/sharer.php" rel="nofollow">Share</a>'
                f'</div></article><nav class="b-article-nav"><a href="{u("/blog/")}">Back to blog</a></nav>{_wn_cats(u)}')
        docs.append(_work(w, _webnode(u, f"{w.title} :: {WN_NAME}", main, _og(u, w, WN_NAME) + _posting(u, w),
                                      "t-blog-post")))
    docs.append(_other(WNODE, "/", _webnode(
        u, WN_NAME, '<section class="s-hero"><h1>Librarians, archivists and information specialists across the '
        'Nordic countries</h1><p>Events, e-mentoring and news for members.</p></section>'
        f'<section class="s-blog"><h2>Latest news</h2>{_wn_list(u, ws[:2])}</section>', "", "t-home")))
    docs.append(_other(WNODE, "/blog/", _webnode(
        u, f"Blog :: {WN_NAME}", f'<h1>Blog</h1>{_wn_list(u, ws)}{_wn_cats(u)}', "", "t-blog")))
    for cat in ("mentoring", "news"):
        sel = [WORKS[k] for k, c in WN_CATS.items() if c == cat]
        docs.append(_other(WNODE, f"/blog/category/{cat}/", _webnode(
            u, f"{cat.title()} :: {WN_NAME}", f'<h1>Category: {cat.title()}</h1>{_wn_list(u, sel)}{_wn_cats(u)}',
            "", "t-blog")))
    docs.append(_other(WNODE, "/about-us/", _webnode(
        u, f"About us :: {WN_NAME}", "<h1>About us</h1><div class=\"b-text\"><p>A voluntary network founded in 2011. "
        "Members meet once a year and run working groups.</p>"
        f'<p>Past events: <a href="{u("/l/old-event/")}">Autumn school 2015</a>.</p></div>')))
    docs.append(_other(WNODE, "/contact/", _webnode(
        u, f"Contact :: {WN_NAME}", '<h1>Contact</h1><div class="b-text"><p>Write to the board.</p></div>'
        '<form class="b-form"><input name="email"><textarea name="text"></textarea><button>Send</button></form>')))
    docs.append(_other(WNODE, "/l/old-event/", _webnode(
        u, f"Page not found :: {WN_NAME}", "<h1>Page not found</h1><p>The page you are looking for does not exist."
        f' <a href="{u("/")}">Back to the homepage</a></p>', "", "t-404"), status=404))
    return docs


# --- SITE123 ------------------------------------------------------------------------------------

S_NAME = "Rural Stacks Library Co-op"


def _site123(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" '
            f'content="SITE123">{head}<link rel="stylesheet" href="https://cdn-cms.f-static.net/versions/2/css/'
            f'website.css"></head><body class="s123-website" data-website-id="6012345"><nav id="mainNav" '
            f'class="navbar navbar-default navbar-fixed-top"><div class="container"><a class="navbar-brand" '
            f'href="{u("/")}">{esc(S_NAME)}</a><ul class="nav navbar-nav navPages"><li><a href="{u("/")}">Home</a>'
            f'</li><li><a href="{u("/about-us")}">About Us</a></li><li><a href="{u("/blog")}">Blog</a></li>'
            f'<li><a href="{u("/forum")}">Forum</a></li><li><a href="{u("/contact-us")}">Contact Us</a></li></ul>'
            f'</div></nav><div id="s123ModulesContainer" class="s123-modules-container">{main}</div>'
            f'<footer class="global_footer footer_1"><div class="container"><p>Copyright &copy; 2024 All rights '
            f'reserved</p></div></footer><div class="s123-promo-bar">Made with <a href="https://www.site123.com/" '
            f'rel="nofollow">SITE123</a></div><div id="cookiesNotification" class="cookies-notification">This '
            f'website uses cookies. <a class="btn">Accept</a></div></body></html>')


def _s123_posts(u, ws: list[Work]) -> str:
    return "".join(f'<div class="s123-module-blog-item"><h4 class="blog-item-title"><a href="{u(w.path)}">'
                   f'{esc(w.title)}</a></h4><small class="blog-item-date">{w.date}</small>'
                   f'<p>{cut(w.paras[0], 150)}</p></div>' for w in ws)


def _s123_threads(u, ws: list[Work]) -> str:
    return "".join(f'<tr class="forum-topic"><td><a href="{u(w.path)}">{esc(w.title)}</a><br><small>by '
                   f'{esc(w.author)}</small></td><td class="replies">2</td><td>{w.date}</td></tr>' for w in ws)


def site123(u) -> list[Doc]:
    docs = []
    threads = [WORKS["t1"], WORKS["t2"]]
    posts = [WORKS["t3"], WORKS["t4"]]
    for w in threads:
        op, *replies = w.paras
        rep = "".join(f'<div class="forum-reply"><div class="forum-reply-author">{esc(r.split(": ", 1)[0])}'
                      f'</div><div class="forum-reply-text">{esc(r.split(": ", 1)[1])}</div></div>' for r in replies)
        main = (f'<section class="s123-module s123-module-forum"><div class="container"><ol class="breadcrumb">'
                f'<li><a href="{u("/forum")}">Forum</a></li><li><a href="{u("/forum/category/mentoring")}">Mentoring'
                f'</a></li></ol><div class="forum-thread"><h1 class="forum-thread-title">{esc(w.title)}</h1>'
                f'<div class="forum-post"><div class="forum-post-author">{esc(w.author)} &middot; {w.date}</div>'
                f'<div class="forum-post-text">{esc(op)}</div></div>{rep}'
                f'<p>Replying as: <a href="{u("/forum/user/gwen-ashford")}">Gwen (Ashford)</a></p>'
                f'<form class="forum-reply-form"><textarea name="reply"></textarea><button>Reply</button></form>'
                f'</div></div></section>')
        docs.append(_work(w, _site123(u, f"{w.title} | {S_NAME}", main,
                                      _og(u, w, S_NAME) + _posting(u, w, "DiscussionForumPosting"))))
    for w in posts:
        main = (f'<section class="s123-module s123-module-blog s123-page-data"><div class="container">'
                f'<h1 class="s123-page-header">{esc(w.title)}</h1><div class="blog-post-info">{esc(w.author)} '
                f'&middot; {w.date}</div><div class="blog-post-content">{ps(w.paras)}</div>'
                f'<a href="{u("/blog")}">Back to blog</a></div></section>')
        docs.append(_work(w, _site123(u, f"{w.title} | {S_NAME}", main, _og(u, w, S_NAME) + _posting(u, w))))
    docs.append(_other(S123, "/", _site123(
        u, S_NAME, '<section class="s123-module s123-module-home"><h1>Small libraries, working together</h1>'
        "<p>Shared catalogue, mobile library, training and a forum for staff of our twelve branches.</p></section>"
        f'<section class="s123-module"><h2>Latest</h2>{_s123_posts(u, posts)}</section>')))
    docs.append(_other(S123, "/blog", _site123(
        u, f"Blog | {S_NAME}", f'<section class="s123-module s123-module-blog"><h1>Blog</h1>{_s123_posts(u, posts)}'
        "</section>")))
    docs.append(_other(S123, "/forum", _site123(
        u, f"Forum | {S_NAME}", '<section class="s123-module s123-module-forum"><h1>Forum</h1><ul class="forum-cats">'
        f'<li><a href="{u("/forum/category/mentoring")}">Mentoring</a></li></ul><table class="forum-topics">'
        f"{_s123_threads(u, threads)}</table></section>")))
    docs.append(_other(S123, "/forum/category/mentoring", _site123(
        u, f"Mentoring - Forum | {S_NAME}", '<section class="s123-module s123-module-forum"><h1>Mentoring</h1>'
        f'<table class="forum-topics">{_s123_threads(u, threads)}</table></section>')))
    docs.append(_other(S123, "/forum/user/gwen-ashford", _site123(
        u, f"Gwen (Ashford) | {S_NAME}", '<section class="s123-module s123-module-forum"><div class="forum-user">'
        "<h1>Gwen (Ashford)</h1><p>Member since 2019 &middot; 48 posts</p></div><h3>Recent topics</h3>"
        f'<table class="forum-topics">{_s123_threads(u, threads)}</table></section>')))
    docs.append(_other(S123, "/about-us", _site123(
        u, f"About Us | {S_NAME}", '<section class="s123-module"><h1>About Us</h1><p>The co-op was set up in 1998 by '
        "twelve parish and town libraries to share a catalogue and a van.</p></section>")))
    docs.append(_other(S123, "/contact-us", _site123(
        u, f"Contact Us | {S_NAME}", '<section class="s123-module s123-module-contact"><h1>Contact Us</h1>'
        '<form class="contact-form"><input name="name"><input name="email"><textarea name="message"></textarea>'
        "<button>Send</button></form><p>Phone: 01234 567890</p></section>")))
    return docs


# --- Hostinger Website Builder -----------------------------------------------------------------

H_NAME = "Metadata Mornings"


def _hostinger(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en" data-n-head-ssr><head><meta charset="utf-8"><title>{esc(title)}'
            f'</title><meta name="viewport" content="width=device-width,initial-scale=1">'
            f'<meta name="generator" content="Hostinger Website Builder">{head}'
            f'<link rel="preconnect" href="https://assets.zyrosite.com"></head><body><div id="app">'
            f'<header class="block-header"><div class="block-header__content"><a class="block-header-logo" '
            f'href="{u("/")}">{esc(H_NAME)}</a><nav class="block-header__nav"><ul class="block-header-item">'
            f'<li><a class="item-content" href="{u("/")}">Home</a></li><li><a class="item-content" '
            f'href="{u("/blog")}">Blog</a></li><li><a class="item-content" href="{u("/about")}">About</a></li>'
            f'<li><a class="item-content" href="{u("/contact")}">Contact</a></li></ul></nav></div></header>'
            f'<main class="page">{main}</main><footer class="block block--footer"><div class="text-box">'
            f'<p>&copy; 2024 {esc(H_NAME)}</p></div></footer></div>'
            f'<div class="cookie-banner"><p>This website uses cookies.</p><button>Accept</button>'
            f'<button>Decline</button></div></body></html>')


H_CATS = {"h1": "community", "h4": "community"}


def _h_cards(u, ws: list[Work]) -> str:
    return "".join(f'<div class="blog-list__item"><a class="blog-list-item__title" href="{u(w.path)}">'
                   f'<h3>{esc(w.title)}</h3></a><p class="blog-list-item__description">{cut(w.paras[0], 140)}</p>'
                   f'<span class="blog-list-item__date">{w.date}</span></div>' for w in ws)


def hostinger(u) -> list[Doc]:
    docs = []
    items = [(k, w) for k, w in WORKS.items() if w.host == HOSTG]
    ws = [w for _, w in items]
    for k, w in items:
        cat = (f'<a class="blog-post-header__category" href="{u("/blog?category=community")}">community</a>'
               if k in H_CATS else "")
        main = (f'<section class="block block-blog-header"><div class="block-blog-header__content">{cat}'
                f'<h1 class="blog-post-header__title">{esc(w.title)}</h1><div class="blog-post-header__meta">'
                f'<span>{esc(w.author)}</span> <span>{w.date}</span> <span>3 min read</span></div></div></section>'
                f'<section class="block block-layout"><div class="text-box">{ps(w.paras)}</div></section>'
                f'<section class="block block-blog-list"><h2>More posts</h2>'
                f'{_h_cards(u, [x for x in ws if x is not w][:2])}</section>')
        docs.append(_work(w, _hostinger(u, w.title, main, _og(u, w, H_NAME) + _posting(u, w))))
    docs.append(_other(HOSTG, "/", _hostinger(
        u, H_NAME, '<section class="block block-layout"><div class="text-box"><h1>Metadata Mornings</h1><p>Notes '
        f'from a cataloguer, written before the first coffee.</p></div></section><section class="block '
        f'block-blog-list">{_h_cards(u, ws[:2])}</section>')))
    docs.append(_other(HOSTG, "/blog", _hostinger(
        u, f"Blog | {H_NAME}", f'<section class="block block-blog-list"><h1>Blog</h1><div class="blog-list__filter">'
        f'<a href="{u("/blog?category=community")}">community</a></div>{_h_cards(u, ws)}</section>')))
    docs.append(_other(HOSTG, "/blog?category=community", _hostinger(
        u, f"Blog | {H_NAME}", f'<section class="block block-blog-list"><h1>Blog: community</h1>'
        f"{_h_cards(u, [WORKS[k] for k in H_CATS])}</section>")))
    docs.append(_other(HOSTG, "/about", _hostinger(
        u, f"About | {H_NAME}", '<section class="block block-layout"><div class="text-box"><h1>About</h1><p>I am a '
        "cataloguer at a university library. Views my own.</p><p>I spoke at "
        f'<a href="{u("/blog/metadata-conference-2019")}">a metadata conference in 2019</a>.</p></div></section>')))
    docs.append(_other(HOSTG, "/contact", _hostinger(
        u, f"Contact | {H_NAME}", '<section class="block block-layout"><div class="block-form"><h1>Contact</h1>'
        '<form><input name="name"><input name="email"><textarea name="message"></textarea><button>Submit</button>'
        "</form></div></section>")))
    # a soft 404: the builder answers 200 with its "page not found" block
    docs.append(_other(HOSTG, "/blog/metadata-conference-2019", _hostinger(
        u, f"Page not found | {H_NAME}", '<section class="block block-layout page-not-found"><div class="text-box">'
        "<h1>404</h1><p>This page does not exist.</p>"
        f'<a class="grid-button" href="{u("/")}">Go to homepage</a></div></section>')))
    return docs


# --- Jimdo Dolphin ------------------------------------------------------------------------------

J_NAME = "Leeds LIS Student Society"


def _jimdo(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}'
            f'<link rel="stylesheet" href="https://assets.jimstatic.com/web.css"></head>'
            f'<body class="jw-is-dolphin jw-page"><div class="jw-cookie-consent" role="dialog">We use cookies. '
            f'<button>Allow all</button><button>Only necessary</button></div><header class="jw-header">'
            f'<div class="jw-logo"><a href="{u("/")}">{esc(J_NAME)}</a></div><nav class="jw-navigation">'
            f'<ul><li><a href="{u("/")}">Home</a></li><li><a href="{u("/blog/")}">Blog</a></li>'
            f'<li><a href="{u("/committee/")}">Committee</a></li><li><a href="{u("/about/")}">About</a></li>'
            f'<li><a href="{u("/contact/")}">Contact</a></li></ul></nav></header>'
            f'<main class="jw-main"><div class="jw-section">{main}</div></main>'
            f'<footer class="jw-footer"><ul><li><a href="{u("/about/")}">About</a></li>'
            f'<li><a href="https://www.jimdo.com/" rel="nofollow">Made with Jimdo</a></li></ul></footer>'
            f'</body></html>')


def _j_list(u, ws: list[Work]) -> str:
    return "".join(f'<div class="jw-blog-list-item"><h2 class="jw-blog-title"><a href="{u(w.path)}">{esc(w.title)}'
                   f'</a></h2><time class="jw-blog-date">{w.date}</time><p>{cut(w.paras[0], 150)}</p></div>'
                   for w in ws)


def jimdo(u) -> list[Doc]:
    ws = _works(JIMDO)
    docs = []
    for w in ws:
        main = (f'<article class="jw-blog-post"><header><h1 class="jw-blog-post-title">{esc(w.title)}</h1>'
                f'<div class="jw-blog-post-meta">{esc(w.author)} &middot; <time datetime="{w.date}">{w.date}</time>'
                f'</div></header><div class="jw-element jw-element-text">{ps(w.paras)}</div>'
                f'<footer><a href="{u("/blog/")}">All posts</a></footer></article>')
        docs.append(_work(w, _jimdo(u, f"{w.title} - {J_NAME}", main, _og(u, w, J_NAME) + _posting(u, w))))
    docs.append(_other(JIMDO, "/", _jimdo(
        u, J_NAME, '<div class="jw-element jw-element-text"><h1>Welcome</h1><p>The student society for library and '
        f'information science students at Leeds.</p></div><div class="jw-blog-list">{_j_list(u, ws[:2])}</div>')))
    docs.append(_other(JIMDO, "/blog/", _jimdo(
        u, f"Blog - {J_NAME}", f'<h1>Blog</h1><div class="jw-blog-list">{_j_list(u, ws[:2])}</div>'
        f'<nav class="jw-pagination"><a href="{u("/blog/?page=2")}">Next page</a></nav>')))
    docs.append(_other(JIMDO, "/blog/?page=2", _jimdo(
        u, f"Blog - {J_NAME}", f'<h1>Blog</h1><div class="jw-blog-list">{_j_list(u, ws[2:])}</div>'
        f'<nav class="jw-pagination"><a href="{u("/blog/")}">Previous page</a></nav>')))
    docs.append(_other(JIMDO, "/committee/", _jimdo(
        u, f"Committee - {J_NAME}", '<h1>Committee 2023-24</h1><div class="jw-element jw-element-text">'
        "<h3>Hannah Price, President</h3><p>Second-year MA Librarianship.</p><h3>Owen Lewis, Secretary</h3>"
        "<p>First-year MSc Information Management.</p></div>")))
    docs.append(_other(JIMDO, "/about/", _jimdo(
        u, f"About - {J_NAME}", '<h1>About</h1><div class="jw-element jw-element-text"><p>Founded in 2009, run by '
        "students, open to everyone on the department's courses.</p></div>")))
    docs.append(_other(JIMDO, "/contact/", _jimdo(
        u, f"Contact - {J_NAME}", '<h1>Contact</h1><form class="jw-form"><input name="name"><input name="email">'
        '<textarea name="message"></textarea><button>Send</button></form>')))
    return docs


# --- Squarespace 7.0, Brine ---------------------------------------------------------------------

Q_NAME = "Records and Rivers"
Q_TAGS = {"q1": ("Mentoring", ["networks"]), "q2": ("Mentoring", ["networks"]), "q3": (None, []),
          "q4": (None, ["retention"])}
Q_AUTHOR = "/blog?author=5f1a2b3c4d5e6f7a8b9c0d1e"


def _sqs(u, title: str, main: str, body_class: str, head: str = "") -> str:
    site_ld = _ld({"@context": "http://schema.org", "@type": "WebSite", "url": u("/"), "name": Q_NAME})
    return (f'<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>'
            f'<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" '
            f'content="initial-scale=1"><!-- This is Squarespace. --><!-- recordsandrivers -->'
            f'<base href=""><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<link rel="alternate" type="application/rss+xml" title="RSS Feed" href="{u("/blog?format=rss")}">'
            f'{head}{site_ld}<script>Static.SQUARESPACE_CONTEXT = {{"templateId":"52a74dafe4b073a80cd253c5",'
            f'"templateVersion":"7"}};</script></head><body id="collection-5f1a" class="{body_class} '
            f'header--fixed tweak-blog-list-style-stacked"><div class="Site"><header class="Header">'
            f'<div class="Header-inner"><div class="Header-branding"><a href="{u("/")}" class="Header-branding">'
            f'{esc(Q_NAME)}</a></div><nav class="Header-nav"><div class="Header-nav-inner">'
            f'<a href="{u("/blog")}" class="Header-nav-item">Blog</a><a href="{u("/about")}" class="Header-nav-item">'
            f'About</a><a href="{u("/contact")}" class="Header-nav-item">Contact</a></div></nav>'
            f'<div class="Header-search"><form class="Header-search-form" action="{u("/search")}"><input '
            f'name="q" type="search" placeholder="Search"></form></div></div></header>'
            f'<div class="Content-outer"><main class="Main Main--blog-item"><section class="Main-content" '
            f'data-content-field="main-content">{main}</section></main></div>'
            f'<footer class="Footer"><div class="sqs-layout"><div class="sqs-block html-block"><div '
            f'class="sqs-block-content"><p>Records and Rivers &middot; a records manager writes &middot; '
            f'<a href="{u("/search?q=mentoring")}">Posts on mentoring</a></p></div></div></div></footer></div>'
            f'<div class="sqs-cookie-banner-v2"><p>This site uses cookies.</p><button>Accept</button></div>'
            f'</body></html>')


def _q_list(u, ws: list[Work]) -> str:
    out = []
    for w in ws:
        y, m, d = w.date.split("-")
        out.append(f'<article class="BlogList-item hentry"><a href="{u(w.path)}" class="BlogList-item-title" '
                   f'data-content-field="title">{esc(w.title)}</a><div class="BlogList-item-excerpt"><p>'
                   f'{cut(w.paras[0], 180)}</p></div><a href="{u(w.path)}" class="BlogList-item-readmore">Read More'
                   f'</a><div class="Blog-meta BlogList-item-meta"><time class="Blog-meta-item '
                   f'Blog-meta-item--date" datetime="{w.date}">{int(d)}/{int(m)}/{y}</time></div></article>')
    return "".join(out)


def squarespace(u) -> list[Doc]:
    docs = []
    items = [(k, w) for k, w in WORKS.items() if w.host == SQS]
    ws = [w for _, w in items]
    for i, (k, w) in enumerate(items):
        cat, tags = Q_TAGS[k]
        cats = (f'<span class="Blog-meta-item Blog-meta-item--categories"><a href="{u("/blog?category=" + cat)}" '
                f'class="Blog-meta-item-category">{cat}</a></span>' if cat else "")
        tag_links = ", ".join(f'<a href="{u("/blog?tag=" + t)}">{t}</a>' for t in tags)
        prev_w = ws[(i + 1) % len(ws)]
        ld = _ld({"@context": "http://schema.org", "@type": "Article", "name": w.title, "headline": w.title,
                  "url": u(w.path), "datePublished": w.date + "T10:00:00+0000", "author": w.author,
                  "publisher": {"@type": "Organization", "name": Q_NAME}})
        head = _og(u, w, Q_NAME) + (f'<meta itemprop="name" content="{esc(w.title)}"><meta itemprop="author" '
                                    f'content="{esc(w.author)}">{ld}')
        main = (f'<article class="BlogItem hentry{" category-" + cat.lower() if cat else ""} author-catrin-wyn post-type-text '
                f'article-index-{i + 1}" id="article-5f1a{i}"><div class="BlogItem-meta Blog-meta">'
                f'<a href="{u(Q_AUTHOR)}" class="Blog-meta-item Blog-meta-item--author">{esc(w.author)}</a>'
                f'<time class="Blog-meta-item Blog-meta-item--date" datetime="{w.date}">{w.date}</time>'
                f'{cats}</div>'
                f'<h1 class="BlogItem-title" data-content-field="title">{esc(w.title)}</h1>'
                f'<div class="sqs-layout sqs-grid-12 columns-12" data-type="item"><div class="row sqs-row">'
                f'<div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" '
                f'data-block-type="2"><div class="sqs-block-content">{ps(w.paras)}</div></div></div></div></div>'
                f'<div class="BlogItem-meta BlogItem-meta--bottom"><span class="Blog-meta-item--tags">{tag_links}'
                f'</span></div><div class="BlogItem-share"><a href="https://www.facebook.com/sharer" rel="nofollow">'
                f'Facebook</a></div></article><nav class="BlogItem-pagination clear"><a href="{u(prev_w.path)}" '
                f'class="BlogItem-pagination-link BlogItem-pagination-link--prev"><span class="'
                f'BlogItem-pagination-link-title">{esc(prev_w.title)}</span></a></nav>'
                f'<section class="BlogItem-comments"><div class="squarespace-comments"><div class="comment-count">'
                f'0 Comments</div></div></section>')
        docs.append(_work(w, _sqs(u, f"{w.title} &mdash; {Q_NAME}", main,
                                  "collection-type-blog view-item", head)))
    older = f'<nav class="BlogList-pagination"><a href="{u("/blog?offset=1700000000000")}" ' \
            'class="BlogList-pagination-link">Older Posts</a></nav>'

    def listing(path, title, sel, extra=""):
        docs.append(_other(SQS, path, _sqs(u, title, f'<div class="BlogList">{extra}{_q_list(u, sel)}</div>',
                                           "collection-type-blog view-list")))
    listing("/blog", f"Blog &mdash; {Q_NAME}", ws[:2] + ws[3:4], "" + older)
    listing("/blog?offset=1700000000000", f"Blog &mdash; {Q_NAME}", ws[2:3])
    listing("/blog?category=Mentoring", f"Blog &mdash; {Q_NAME}", [WORKS["q1"], WORKS["q2"]],
            '<h1 class="BlogList-filter">Mentoring</h1>')
    listing("/blog?tag=networks", f"Blog &mdash; {Q_NAME}", [WORKS["q1"], WORKS["q2"]],
            '<h1 class="BlogList-filter">networks</h1>')
    listing("/blog?tag=retention", f"Blog &mdash; {Q_NAME}", [WORKS["q4"]], '<h1 class="BlogList-filter">retention</h1>')
    listing(Q_AUTHOR, f"Blog &mdash; {Q_NAME}", ws,
            '<div class="BlogList-author"><h1>Catrin Wyn</h1><p>Records manager, river swimmer.</p></div>')
    docs.append(_other(SQS, "/", _sqs(
        u, Q_NAME, '<div class="sqs-layout"><div class="sqs-block html-block"><div class="sqs-block-content">'
        "<h1>Records and Rivers</h1><p>Notes on records management and the people who do it.</p></div></div></div>"
        f'<div class="BlogList">{_q_list(u, ws[:2])}</div>', "collection-type-page homepage")))
    docs.append(_other(SQS, "/search?q=mentoring", _sqs(
        u, f"Search &mdash; {Q_NAME}", '<div class="sqs-search-page"><input class="search-input" value="mentoring">'
        + "".join(f'<div class="sqs-search-page-item"><div class="sqs-title"><a href="{u(w.path)}">{esc(w.title)}'
                  f'</a></div><div class="sqs-content">{cut(w.paras[0], 120)}</div></div>'
                  for w in (WORKS["q1"], WORKS["q2"], WORKS["q4"])) + "</div>", "collection-type-search")))
    docs.append(_other(SQS, "/about", _sqs(
        u, f"About &mdash; {Q_NAME}", '<div class="sqs-layout"><div class="sqs-block html-block"><div '
        'class="sqs-block-content"><h1>About</h1><p>I manage records for a housing association and swim in rivers '
        f'at weekends. The first post here, <a href="{u("/blog/2019/1/1/hello-world")}">Hello world</a>, was '
        "deleted long ago.</p></div></div></div>", "collection-type-page")))
    docs.append(_other(SQS, "/contact", _sqs(
        u, f"Contact &mdash; {Q_NAME}", '<div class="sqs-block form-block"><div class="sqs-block-content"><h1>Contact'
        '</h1><form><input name="fname"><input name="email"><textarea name="message"></textarea>'
        '<input type="submit" value="Submit"></form></div></div>', "collection-type-page")))
    docs.append(_other(SQS, "/blog/2019/1/1/hello-world", _sqs(
        u, f"Page Not Found &mdash; {Q_NAME}", '<div class="sqs-layout"><h1>Page Not Found</h1><p>We couldn\'t find '
        f'the page you were looking for. <a href="{u("/")}">Return home</a>.</p></div>', "collection-type-404"),
        status=404))
    return docs


# --- Duda ---------------------------------------------------------------------------------------

D_NAME = "Archives Association of the West"


def _duda(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en" class="dmwr"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}'
            f'<link rel="stylesheet" href="https://irp.cdn-website.com/a1b2c3d4/files/a1b2c3d4_1.min.css">'
            f'<script>window._currentDevice = "desktop"; var SystemID = "US_DIRECT_PRODUCTION";</script></head>'
            f'<body id="dmRoot" class="dmRoot dmDesktopBody dmResellerSite"><div id="dm" class="dmwr">'
            f'<div class="dm_wrapper standard-var5 widgetStyle-3"><div class="dmInner"><div id="hcontainer" '
            f'class="dmHeaderContainer"><div class="dmHeader"><a class="u_logo" href="{u("/")}">{esc(D_NAME)}</a>'
            f'<nav class="unifiednav" data-nav-structure="HORIZONTAL"><ul class="unifiednav__container">'
            f'<li class="unifiednav__item-wrap"><a class="unifiednav__item" href="{u("/")}">Home</a></li>'
            f'<li class="unifiednav__item-wrap"><a class="unifiednav__item" href="{u("/about")}">About</a></li>'
            f'<li class="unifiednav__item-wrap"><a class="unifiednav__item" href="{u("/mentoring")}">Mentoring</a>'
            f'</li><li class="unifiednav__item-wrap"><a class="unifiednav__item" href="{u("/journal")}">Journal</a>'
            f'</li><li class="unifiednav__item-wrap"><a class="unifiednav__item" href="{u("/blog")}">News</a></li>'
            f'<li class="unifiednav__item-wrap"><a class="unifiednav__item" href="{u("/contact")}">Contact</a></li>'
            f'</ul></nav></div></div><div class="dmContent" id="dmFirstContainer"><div class="dmRespRow">'
            f'<div class="dmRespCol large-12">{main}</div></div></div>'
            f'<div class="dmFooterContainer"><div class="dmFooter"><p>&copy; 2024 {esc(D_NAME)}. Registered charity.'
            f'</p></div></div></div></div></div><div id="dm-cookie-notification" class="cookie-notification">'
            f'This website uses cookies. <a class="accept-cookies">OK</a></div></body></html>')


def _d_articles(u, ws: list[Work]) -> str:
    return "".join(f'<div class="dmNewParagraph toc-item"><h3><a href="{u(w.path)}">{esc(w.title)}</a></h3>'
                   f'<p class="toc-authors">{esc(w.author)}</p></div>' for w in ws)


def duda(u) -> list[Doc]:
    docs = []
    arts = [WORKS["d1"], WORKS["d2"], WORKS["d3"]]
    for w in arts:
        authors = "".join(f'<meta name="citation_author" content="{esc(a)}">' for a in w.author.split(" and "))
        head = (f'<meta name="citation_title" content="{esc(w.title)}">{authors}'
                f'<meta name="citation_publication_date" content="{w.date.replace("-", "/")}">'
                f'<meta name="citation_journal_title" content="Western Archives Review">'
                f'<meta name="citation_volume" content="18"><meta name="citation_issue" content="2">'
                f'<meta name="citation_publisher" content="{esc(D_NAME)}">'
                f'<meta name="citation_abstract_html_url" content="{u(w.path)}">' + _og(u, w, D_NAME)
                + _ld({"@context": "https://schema.org", "@type": "ScholarlyArticle", "headline": w.title,
                       "author": [{"@type": "Person", "name": a} for a in w.author.split(" and ")],
                       "datePublished": w.date, "isPartOf": {"@type": "PublicationVolume", "volumeNumber": "18",
                                                             "isPartOf": {"@type": "Periodical",
                                                                          "name": "Western Archives Review"}}}))
        main = (f'<div class="dmNewParagraph journal-article"><p class="journal-breadcrumb"><a href="{u("/journal")}">'
                f'Western Archives Review</a> &rsaquo; <a href="{u("/journal/vol-18")}">Volume 18, issue 2 (2023)</a>'
                f'</p><h1>{esc(w.title)}</h1><p class="journal-authors">{esc(w.author)}</p>{ps(w.paras)}'
                f'<p class="journal-cite">Cite as: {esc(w.author)} (2023). {esc(w.title)}. <i>Western Archives '
                f'Review</i> 18(2).</p></div>')
        docs.append(_work(w, _duda(u, f"{w.title} | Western Archives Review", main, head)))
    w = WORKS["d4"]
    docs.append(_work(w, _duda(u, w.title, (
        f'<div class="dmBlogPost"><h1 class="dmBlogPostTitle">{esc(w.title)}</h1><div class="dmBlogPostMeta">'
        f'{esc(w.author)} &middot; {w.date}</div><div class="dmNewParagraph">{ps(w.paras)}</div>'
        f'<a href="{u("/blog")}">Back to news</a></div>'), _og(u, w, D_NAME) + _posting(u, w))))
    docs.append(_other(DUDA, "/", _duda(
        u, D_NAME, '<div class="dmNewParagraph"><h1>Archives Association of the West</h1><p>Supporting archivists, '
        "records managers and conservators in the western region since 1972.</p></div>"
        f'<div class="dmNewParagraph"><h3>Latest</h3><p><a href="{u(WORKS["d4"].path)}">{esc(WORKS["d4"].title)}'
        f'</a></p><p>New issue: <a href="{u("/journal/vol-18")}">Western Archives Review, volume 18</a></p></div>')))
    docs.append(_other(DUDA, "/journal", _duda(
        u, f"Western Archives Review | {D_NAME}", '<div class="dmNewParagraph"><h1>Western Archives Review</h1>'
        f'<p>The association\'s peer-reviewed journal.</p><ul><li><a href="{u("/journal/vol-18")}">Volume 18 (2023)'
        f'</a></li><li><a href="{u("/journal/vol-17/missing-article")}">Volume 17 (2022): sample article</a></li>'
        "</ul></div>")))
    docs.append(_other(DUDA, "/journal/vol-18", _duda(
        u, f"Volume 18 | Western Archives Review", f'<h1>Volume 18, issue 2 (2023)</h1>{_d_articles(u, arts)}')))
    docs.append(_other(DUDA, "/blog", _duda(
        u, f"News | {D_NAME}", f'<div class="dmBlogList"><h1>News</h1><div class="dmBlogListItem"><a href="'
        f'{u(WORKS["d4"].path)}">{esc(WORKS["d4"].title)}</a><p>{cut(WORKS["d4"].paras[0], 120)}</p></div></div>')))
    docs.append(_other(DUDA, "/about", _duda(
        u, f"About | {D_NAME}", '<div class="dmNewParagraph"><h1>About</h1><p>A membership association with '
        "around 600 members, governed by an elected council.</p></div>")))
    docs.append(_other(DUDA, "/mentoring", _duda(
        u, f"Mentoring | {D_NAME}", '<div class="dmNewParagraph"><h1>Mentoring scheme</h1><p>Members can apply to be '
        "matched with a mentor. Apply with the form below; the scheme coordinator will be in touch.</p>"
        '<form class="dmform"><input name="name"><input name="email"><button>Apply</button></form></div>')))
    docs.append(_other(DUDA, "/contact", _duda(
        u, f"Contact | {D_NAME}", '<div class="dmNewParagraph"><h1>Contact</h1><p>Association office, 4 Quay '
        'Street, Bristol.</p><form class="dmform"><input name="email"><textarea name="message"></textarea>'
        "<button>Send</button></form></div>")))
    docs.append(_other(DUDA, "/journal/vol-17/missing-article", _duda(
        u, f"Page not found | {D_NAME}", '<div class="dmNewParagraph"><h1>Oops! Page not found.</h1><p>The page '
        f'you requested could not be found. <a href="{u("/")}">Back to home</a></p></div>'), status=404))
    return docs


# --- GoDaddy Websites + Marketing ---------------------------------------------------------------

G_NAME = "Valley Library Network"


def _godaddy(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="Starfield Technologies; Go Daddy Website Builder 8.0.0000">'
            f'{head}<link rel="stylesheet" href="//img1.wsimg.com/blobby/go/font.css"></head><body>'
            f'<div id="layout-a1b2c3d4" class="layout layout-layout layout-layout-layout-13 locale-en-US lang-en">'
            f'<div data-ux="Page" id="page-1234" class="x-el x-el-div"><div data-ux="Block" class="widget-header">'
            f'<nav data-ux="Navigation"><a data-ux="Link" data-aid="HEADER_LOGO_TEXT_RENDERED" href="{u("/")}">'
            f'{esc(G_NAME)}</a><ul data-ux="NavigationList"><li data-ux="ListItemInline"><a data-ux="NavLink" '
            f'href="{u("/")}">Home</a></li><li data-ux="ListItemInline"><a data-ux="NavLink" '
            f'href="{u("/mentoring-programme")}">Mentoring Programme</a></li><li data-ux="ListItemInline">'
            f'<a data-ux="NavLink" href="{u("/blog")}">Blog</a></li><li data-ux="ListItemInline"><a '
            f'data-ux="NavLink" href="{u("/about-us")}">About Us</a></li><li data-ux="ListItemInline"><a '
            f'data-ux="NavLink" href="{u("/contact-us")}">Contact Us</a></li></ul></nav></div>'
            f'<div data-ux="Block" class="widget">{main}</div><div data-ux="Block" class="widget-footer">'
            f'<p data-ux="FooterText" data-aid="FOOTER_COPYRIGHT_RENDERED">Copyright &copy; 2024 {esc(G_NAME)} - '
            f'All Rights Reserved.</p><p data-ux="FooterText">Powered by <a href="https://www.godaddy.com/websites/'
            f'website-builder" rel="nofollow noopener">GoDaddy</a></p></div><div data-ux="Block" '
            f'class="cookie-banner" data-aid="COOKIE_BANNER">This website uses cookies. <button data-aid='
            f'"CONSENT_BANNER_ACCEPT_BUTTON">Accept</button></div></div></div></body></html>')


G_CATS = {"g2": "Mentoring", "g3": "News"}


def _g_list(u, keys) -> str:
    return "".join(f'<div data-ux="ContentCard" data-aid="BLOG_POST_CARD"><h4 data-ux="ContentCardHeading"><a '
                   f'data-ux="Link" href="{u(WORKS[k].path)}">{esc(WORKS[k].title)}</a></h4><p data-ux='
                   f'"ContentCardText">{cut(WORKS[k].paras[0], 140)}</p><span data-ux="Details">{WORKS[k].date}'
                   f'</span></div>' for k in keys)


def godaddy(u) -> list[Doc]:
    docs = [_pdf(WORKS["g1"]), _pdf(WORKS["g4"])]
    for k, cat in G_CATS.items():
        w = WORKS[k]
        extra = (f'<p data-ux="Text">Download the <a data-ux="Link" href="{u(WORKS["g1"].path)}">'
                 f"mentoring programme handbook (PDF)</a>.</p>" if k == "g2" else "")
        main = (f'<article data-ux="Block" data-aid="BLOG_POST"><h1 data-ux="SectionHeading" '
                f'data-aid="BLOG_POST_TITLE">{esc(w.title)}</h1><p data-ux="Details" data-aid="BLOG_POST_DATE">'
                f'{esc(w.author)} &middot; {w.date}</p><div data-ux="BlogContent" data-aid="BLOG_POST_CONTENT">'
                f'{ps(w.paras)}{extra}</div><p data-ux="Details">Categories: <a data-ux="Link" '
                f'href="{u("/blog?blogcategory=" + cat)}">{cat}</a></p><a data-ux="Link" href="{u("/blog")}">'
                f'Back to Blog</a><div data-ux="Block" data-aid="BLOG_RECENT_POSTS"><h4>Recent Posts</h4>'
                f'{_g_list(u, [x for x in G_CATS if x != k])}</div></article>')
        docs.append(_work(w, _godaddy(u, f"{w.title} | {G_NAME}", main, _og(u, w, G_NAME) + _posting(u, w))))
    docs.append(_other(GODADDY, "/", _godaddy(
        u, G_NAME, '<div data-ux="Hero"><h1 data-ux="HeroHeading">Nineteen libraries, one network</h1>'
        '<p data-ux="HeroText">Shared services, training and mentoring for library staff in the valley.</p>'
        f'</div><div data-aid="BLOG_SECTION"><h2>From the blog</h2>{_g_list(u, ["g2", "g3"])}</div>')))
    docs.append(_other(GODADDY, "/blog", _godaddy(
        u, f"Blog | {G_NAME}", f'<h1 data-ux="SectionHeading">Blog</h1><div data-aid="BLOG_CATEGORIES">'
        f'<a href="{u("/blog?blogcategory=Mentoring")}">Mentoring</a> <a href="{u("/blog?blogcategory=News")}">News'
        f"</a></div>{_g_list(u, ['g2', 'g3'])}")))
    for cat in ("Mentoring", "News"):
        docs.append(_other(GODADDY, f"/blog?blogcategory={cat}", _godaddy(
            u, f"Blog | {G_NAME}", f'<h1 data-ux="SectionHeading">Blog: {cat}</h1>'
            f"{_g_list(u, [k for k, c in G_CATS.items() if c == cat])}")))
    docs.append(_other(GODADDY, "/mentoring-programme", _godaddy(
        u, f"Mentoring Programme | {G_NAME}", '<h1 data-ux="SectionHeading">Mentoring Programme</h1>'
        '<p data-ux="Text">Applications for the 2024 round are open until 31 March.</p>'
        f'<p data-ux="Text"><a data-ux="Link" href="{u(WORKS["g1"].path)}">Programme handbook (PDF)</a></p>'
        '<form data-aid="CONTACT_FORM"><input name="name"><input name="email"><button>Apply</button></form>')))
    docs.append(_other(GODADDY, "/about-us", _godaddy(
        u, f"About Us | {G_NAME}", '<h1 data-ux="SectionHeading">About Us</h1><p data-ux="Text">The network was '
        "formed in 2004 by the valley's public, school and college libraries.</p>"
        f'<p data-ux="Text"><a data-ux="Link" href="{u(WORKS["g4"].path)}">Annual Report 2023 (PDF)</a></p>')))
    docs.append(_other(GODADDY, "/contact-us", _godaddy(
        u, f"Contact Us | {G_NAME}", '<h1 data-ux="SectionHeading">Contact Us</h1><form data-aid="CONTACT_FORM">'
        '<input name="name"><input name="email"><textarea name="message"></textarea><button>Send</button></form>')))
    return docs


# --- a Zyro-like builder ------------------------------------------------------------------------

Z_NAME = "Mentor Map"


def _zyro(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="generator" '
            f'content="Zyro">{head}<link rel="preconnect" href="https://assets.zyrosite.com"></head><body>'
            f'<div id="app" data-server-rendered="true"><div class="page"><header class="block-header">'
            f'<a class="block-header-logo__text" href="{u("/")}">{esc(Z_NAME)}</a><ul class="block-header__nav">'
            f'<li><a href="{u("/")}">Home</a></li><li><a href="{u("/blog")}">Blog</a></li>'
            f'<li><a href="{u("/about")}">About</a></li><li><a href="{u("/contact")}">Contact</a></li></ul>'
            f'</header><main class="page__blocks">{main}</main><footer class="block block--footer">'
            f'<div class="text-box"><p>{esc(Z_NAME)} &copy; 2024</p></div></footer></div></div>'
            f'<div class="cookie-consent">We use cookies. <button>Accept</button></div></body></html>')


Z_TAGGED = ("z1", "z2", "z3")


def _z_cards(u, keys) -> str:
    return "".join(f'<div class="blog-list-item"><a class="blog-list-item__link" href="{u(WORKS[k].path)}">'
                   f'<h3 class="blog-list-item__title">{esc(WORKS[k].title)}</h3></a><p class="blog-list-item__'
                   f'description">{cut(WORKS[k].paras[0], 140)}</p></div>' for k in keys)


def zyro(u, elsewhere: list[tuple[str, str]]) -> list[Doc]:
    docs = []
    for k in ("z1", "z2", "z3", "z4"):
        w = WORKS[k]
        tag = f'<a class="blog-post-header__category" href="{u("/blog?tag=mentoring")}">#mentoring</a>' \
            if k in Z_TAGGED else ""
        extra = ""
        if k == "z1":
            extra = "<ul class=\"mentor-map\">" + "".join(f'<li><a href="{href}">{esc(t)}</a></li>'
                                                          for href, t in elsewhere) + "</ul>"
        main = (f'<section class="block block-blog-header"><div class="block-blog-header__content">{tag}'
                f'<h1 class="block-blog-header__title">{esc(w.title)}</h1><p class="block-blog-header__meta">'
                f'{esc(w.author)} | {w.date}</p></div></section><section class="block block-layout">'
                f'<div class="text-box">{ps(w.paras)}{extra}</div></section>')
        docs.append(_work(w, _zyro(u, w.title, main, _og(u, w, Z_NAME) + _posting(u, w))))
    docs.append(_other(ZYRO, "/", _zyro(
        u, Z_NAME, '<section class="block block-layout"><div class="text-box"><h1>Mentor Map</h1><p>Where '
        "librarians find each other.</p></div></section>"
        f'<section class="block block-blog-list">{_z_cards(u, ["z1", "z2"])}</section>')))
    docs.append(_other(ZYRO, "/blog", _zyro(
        u, f"Blog - {Z_NAME}", f'<section class="block block-blog-list"><h1>Blog</h1>'
        f'<a href="{u("/blog?tag=mentoring")}">#mentoring</a>{_z_cards(u, ["z1", "z2", "z3", "z4"])}</section>')))
    docs.append(_other(ZYRO, "/blog?tag=mentoring", _zyro(
        u, f"#mentoring - {Z_NAME}", f'<section class="block block-blog-list"><h1>#mentoring</h1>'
        f"{_z_cards(u, Z_TAGGED)}</section>")))
    docs.append(_other(ZYRO, "/about", _zyro(
        u, f"About - {Z_NAME}", '<section class="block block-layout"><div class="text-box"><h1>About</h1><p>Ines '
        "Duarte, reference librarian in Lisbon. The map used to be a "
        f'<a href="{u("/blog/old-map")}">spreadsheet</a>.</p></div></section>')))
    docs.append(_other(ZYRO, "/contact", _zyro(
        u, f"Contact - {Z_NAME}", '<section class="block block-layout"><div class="block-form"><h1>Contact</h1>'
        '<form><input name="email"><textarea name="message"></textarea><button>Send</button></form></div></section>')))
    docs.append(_other(ZYRO, "/blog/old-map", _zyro(
        u, f"Page not found - {Z_NAME}", '<section class="block block-layout"><div class="text-box"><h1>404</h1>'
        f'<p>Page not found.</p><a href="{u("/")}">Home</a></div></section>'), status=404))
    return docs


# --- the whole web ------------------------------------------------------------------------------

_URL: dict[str, str] = {}


def url_of(key: str) -> str:
    return _URL[key]


def build(url: Callable[[str, str], str]) -> list[Doc]:
    def on(host):
        return lambda path: url(host, path)
    _URL.clear()
    _URL.update({k: url(w.host, w.path) for k, w in WORKS.items()})
    elsewhere = [(url_of(k), WORKS[k].title) for k in ("s1", "w1", "j1", "d1", "g2", "h4")]
    return (blogger(on(BLOG)) + strikingly(on(STRK)) + webnode(on(WNODE)) + site123(on(S123))
            + hostinger(on(HOSTG)) + jimdo(on(JIMDO)) + squarespace(on(SQS)) + duda(on(DUDA))
            + godaddy(on(GODADDY)) + zyro(on(ZYRO), elsewhere))


class LabelledWeb46(ServedWeb):
    """Web 46 (see the module docstring)."""

    HOSTS = HOSTS
    START: dict[str, str] = {}
    FIRST_ADDRESS = 536
    build = staticmethod(build)
