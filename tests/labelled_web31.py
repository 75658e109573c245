"""Web 31: 106 labelled pages on ten hosts, built from the texts and labels
of :mod:`tests.labelled_text31` (committed before this module) with the
markup, metadata and URL shapes of ten platforms no earlier web used:
WordPress's Twenty Eleven, Movable Type 5, Blogger's Soho, Ghost with
Aspire's Dope, Serendipity's 2k11, a Confluence public space, an
OpenEdition-like journal (Lodel), a Pure research portal, a Spreaker
podcast and a Sitefinity newsroom. Measured once by the lead; see
tests/test_held_out_webs.py."""

from __future__ import annotations

import json
import zlib
from datetime import date as _date
from typing import Callable

from tests.labelled_text31 import DOPE, HOSTS, LODEL, MT, OTHER, PURE, S9Y, SF, SOHO, SPK, WIKI, WORKS, WP, Work
from tests.labelled_web import Doc, ServedWeb, esc, pdf, ps

KIND = {(h, p): k for h, p, k in OTHER}


def _works(host: str) -> list[Work]:
    return [w for w in WORKS.values() if w.host == host]


def _d(iso: str) -> _date:
    return _date.fromisoformat(iso)


def _long(iso: str) -> str:
    d = _d(iso)
    return f"{d:%B} {d.day}, {d.year}"


def _id(s: str, mod: int = 9000) -> int:
    return zlib.crc32(s.encode()) % mod + 100


def _doc(host: str, path: str, body: str, status: int = 200) -> Doc:
    return Doc(host, path, KIND[(host, path)], 0, body.encode(), status=status)


def _work(w: Work, body: str) -> Doc:
    return Doc(w.host, w.path, w.kind, w.grade, body.encode())


def _teaser(w: Work, n: int = 200) -> str:
    t = w.paras[0]
    return esc(t if len(t) <= n else t[:n].rsplit(" ", 1)[0] + "...")


# --- WordPress, Twenty Eleven (2012, Jetpack's Open Graph tags) -------------------------------------------

WP_SITE = "Quiet Stacks"


def _wp(u, title: str, body_class: str, main: str, head: str = "") -> str:
    recent = "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in _works(WP)[::-1][:5])
    return (f'<!DOCTYPE html>\n<!--[if IE 7]><html id="ie7" lang="en-US"><![endif]--><html lang="en-US"><head>'
            f'<meta charset="UTF-8" /><meta name="viewport" content="width=device-width" />'
            f"<title>{esc(title)}</title>"
            f'<link rel="profile" href="http://gmpg.org/xfn/11" />'
            f'<link rel="stylesheet" type="text/css" media="all" '
            f'href="{u("/wp-content/themes/twentyeleven/style.css")}" />'
            f'<link rel="pingback" href="{u("/xmlrpc.php")}" />'
            f'<link rel="alternate" type="application/rss+xml" title="{WP_SITE} &raquo; Feed" href="{u("/feed/")}" />'
            f'{head}<meta name="generator" content="WordPress 3.5.1" /></head>'
            f'<body class="{body_class} two-column right-sidebar"><div id="page" class="hfeed">'
            f'<header id="branding" role="banner"><hgroup><h1 id="site-title"><span><a href="{u("/")}" '
            f'title="{WP_SITE}" rel="home">{WP_SITE}</a></span></h1><h2 id="site-description">A cataloguer '
            f'thinks out loud</h2></hgroup><a href="{u("/")}"><img '
            f'src="{u("/wp-content/themes/twentyeleven/images/headers/shore.jpg")}" '
            f'width="1000" height="288" alt="" /></a>'
            f'<form method="get" id="searchform" action="{u("/")}"><label for="s" class="assistive-text">Search</label>'
            f'<input type="text" class="field" name="s" id="s" placeholder="Search" /></form>'
            f'<nav id="access" role="navigation"><h3 class="assistive-text">Main menu</h3>'
            f'<div class="skip-link"><a class="assistive-text" href="#content" title="Skip to primary content">Skip to '
            f'primary content</a></div><div class="menu"><ul><li class="current_page_item"><a href="{u("/")}" '
            f'title="Home">Home</a></li><li class="page_item"><a href="{u("/about/")}">About</a></li>'
            f'<li class="page_item"><a href="{u("/contact/")}">Contact</a></li></ul></div></nav></header>'
            f'<div id="main"><div id="primary"><div id="content" role="main">{main}</div></div>'
            f'<div id="secondary" class="widget-area" role="complementary">'
            f'<aside id="recent-posts-2" class="widget widget_recent_entries">'
            f'<h3 class="widget-title">Recent Posts</h3>'
            f'<ul>{recent}</ul></aside><aside id="categories-2" class="widget widget_categories"><h3 '
            f'class="widget-title">Categories</h3><ul><li class="cat-item cat-item-4"><a href="'
            f'{u("/category/professional-development/")}" title="View all posts filed under Professional '
            f'development">Professional development</a></li></ul></aside></div></div>'
            f'<footer id="colophon" role="contentinfo"><div id="site-generator"><a href="https://wordpress.org/" '
            f'title="Semantic Personal Publishing Platform">Proudly powered by WordPress</a></div></footer>'
            f"</div></body></html>")


WP_CAT = ("wp-libchat", "wp-pln", "wp-screen", "wp-conference")


def _wp_meta(u, w: Work) -> str:
    return (f'<div class="entry-meta"><span class="sep">Posted on </span><a href="{u(w.path)}" title="9:14 pm" '
            f'rel="bookmark"><time class="entry-date" datetime="{w.date}T21:14:00+00:00">{_long(w.date)}</time></a>'
            f'<span class="by-author"> <span class="sep"> by </span> <span class="author vcard"><a class="url fn n" '
            f'href="{u("/author/mhale/")}" title="View all posts by {esc(w.author)}" rel="author">{esc(w.author)}'
            f"</a></span></span></div>")


def _wp_article(u, w: Work, key: str, full: bool) -> str:
    pid = _id(w.path, 400)
    cls = "category-professional-development" if key in WP_CAT else "category-uncategorized"
    tag = " tag-libchat" if "libchat" in w.tags else ""
    title = (f'<h1 class="entry-title">{esc(w.title)}</h1>' if full else
             f'<h1 class="entry-title"><a href="{u(w.path)}" title="Permalink to {esc(w.title)}" rel="bookmark">'
             f"{esc(w.title)}</a></h1>")
    if full:
        content = ps(w.paras)
    else:
        content = (f"<p>{esc(w.paras[0])}</p><p> <a href=\"{u(w.path)}#more-{pid}\" class=\"more-link\">Continue "
                   f'reading <span class="meta-nav">&rarr;</span></a></p>')
    cat = ('<a href="{}" title="View all posts in Professional development" rel="category tag">Professional '
           "development</a>".format(u("/category/professional-development/")) if key in WP_CAT else "Uncategorized")
    tags = (f' and tagged <a href="{u("/tag/libchat/")}" rel="tag">libchat</a>' if tag else "")
    return (f'<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry {cls}'
            f'{tag}"><header class="entry-header">{title}{_wp_meta(u, w)}</header>'
            f'<div class="entry-content">{content}</div><footer class="entry-meta"><span class="cat-links">'
            f'<span class="entry-utility-prep entry-utility-prep-cat-links">Posted in</span> {cat}</span>{tags}'
            f"</footer></article>")


def _wp_og(title: str, url: str, kind: str, desc: str) -> str:
    return (f'<meta property="og:type" content="{kind}" /><meta property="og:title" content="{esc(title)}" />'
            f'<meta property="og:url" content="{esc(url)}" /><meta property="og:description" content="{desc}" />'
            f'<meta property="og:site_name" content="{WP_SITE}" /><link rel="canonical" href="{esc(url)}" />')


def wordpress(u) -> list[Doc]:
    items = [(k, w) for k, w in WORKS.items() if w.host == WP]
    newest = items[::-1]
    docs = []
    for i, (k, w) in enumerate(items):
        nav = ""
        if i > 0:
            nav += (f'<span class="nav-previous"><a href="{u(items[i - 1][1].path)}" rel="prev">'
                    '<span class="meta-nav">&larr;</span> Previous</a></span>')
        if i + 1 < len(items):
            nav += (f'<span class="nav-next"><a href="{u(items[i + 1][1].path)}" rel="next">Next '
                    '<span class="meta-nav">&rarr;</span></a></span>')
        main = (f'<nav id="nav-single"><h3 class="assistive-text">Post navigation</h3>{nav}</nav>'
                + _wp_article(u, w, k, True)
                + '<div id="comments"><h2 id="comments-title">2 thoughts on &ldquo;<span>' + esc(w.title)
                + '</span>&rdquo;</h2><ol class="commentlist"><li class="comment even thread-even depth-1" '
                  'id="li-comment-31"><article id="comment-31" class="comment"><footer class="comment-meta"><div '
                  'class="comment-author vcard"><span class="fn">Lou</span> on <time datetime="' + w.date
                + 'T23:02:00+00:00">' + _long(w.date) + '</time> said:</div></footer><div class="comment-content">'
                  "<p>Thank you for writing this.</p></div></article></li></ol></div>")
        head = _wp_og(w.title, u(w.path), "article", _teaser(w, 150)) + (
            f'<meta property="article:published_time" content="{w.date}T21:14:00+00:00" />')
        docs.append(_work(w, _wp(u, f"{w.title} | {WP_SITE}", f"single single-post postid-{_id(w.path, 400)} "
                                    "single-format-standard singular", main, head)))

    def listing(path, title, heading, ws, body_class, pager=""):
        main = (heading + "".join(_wp_article(u, w, k, False) for k, w in ws) + pager)
        return _doc(WP, path, _wp(u, title, body_class, main, f'<link rel="canonical" href="{u(path)}" />'))

    older = (f'<nav id="nav-below"><h3 class="assistive-text">Post navigation</h3><div class="nav-previous">'
             f'<a href="{u("/page/2/")}"><span class="meta-nav">&larr;</span> Older posts</a></div></nav>')
    newer = (f'<nav id="nav-below"><h3 class="assistive-text">Post navigation</h3><div class="nav-next">'
             f'<a href="{u("/")}">Newer posts <span class="meta-nav">&rarr;</span></a></div></nav>')
    docs.append(listing("/", f"{WP_SITE} | A cataloguer thinks out loud", "", newest[:4], "home blog", older))
    docs.append(listing("/page/2/", f"{WP_SITE} | Page 2", "", newest[4:], "home blog paged paged-2", newer))
    cat = [(k, w) for k, w in newest if k in WP_CAT]
    docs.append(listing("/category/professional-development/", f"Professional development | {WP_SITE}",
                        '<header class="page-header"><h1 class="page-title">Category Archives: <span>Professional '
                        "development</span></h1></header>", cat, "archive category category-professional-development"))
    tagged = [(k, w) for k, w in newest if "libchat" in w.tags]
    docs.append(listing("/tag/libchat/", f"libchat | {WP_SITE}", '<header class="page-header"><h1 class="page-title">'
                        "Tag Archives: <span>libchat</span></h1></header>", tagged, "archive tag tag-libchat"))
    found = [(k, w) for k, w in newest if "mentor" in " ".join(w.paras).lower()]
    docs.append(listing("/?s=mentor", f"Search Results for &#8220;mentor&#8221; | {WP_SITE}",
                        '<header class="page-header"><h1 class="page-title">Search Results for: <span>mentor</span>'
                        "</h1></header>", found, "search search-results"))
    docs.append(listing("/author/mhale/", f"Maura Hale | {WP_SITE}",
                        '<header class="page-header"><h1 class="page-title author">Author Archives: <span '
                        'class="vcard"><a class="url fn n" href="' + u("/author/mhale/") + '" title="Maura Hale" '
                        'rel="me">Maura Hale</a></span></h1></header><div id="author-info"><div id="author-avatar">'
                        '<img alt="" src="' + u("/avatar/mhale.jpg") + '" height="60" width="60" /></div>'
                        '<div id="author-description"><h2>About Maura Hale</h2>Cataloguer at a small university '
                        "library. Opinions mine.</div></div>", newest, "archive author author-mhale"))

    def page(path, title, paras):
        pid = _id(path, 400)
        main = (f'<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">'
                f'<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>'
                f'<div class="entry-content">{paras}</div></article>')
        return _doc(WP, path, _wp(u, f"{title} | {WP_SITE}", f"page page-id-{pid} page-template-default singular",
                                  main, _wp_og(title, u(path), "website", esc(title))))

    docs.append(page("/about/", "About", (
        "<p>I am Maura, a cataloguer at a small university library, and this is where I write about the job, "
        "the profession and occasionally my garden.</p><p>Looking for the posts about mentoring? Try <a href=\""
        + u("/?s=mentor") + "\">this search</a>. My old post about moving house is <a href=\""
        + u("/2012/05/moving-day/") + "\">here</a>, if it still exists.</p>")))
    docs.append(page("/contact/", "Contact", (
        "<p>The best way to reach me is by e-mail: maura at quietstacks dot example. I read everything, and "
        "answer most things within a week.</p>")))
    docs.append(_doc(WP, "/2012/05/moving-day/", _wp(
        u, f"Page not found | {WP_SITE}", "error404",
        '<article id="post-0" class="post error404 not-found"><header class="entry-header"><h1 class="entry-title">'
        "This is somewhat embarrassing, isn&rsquo;t it?</h1></header><div class=\"entry-content\"><p>It seems we "
        "can&rsquo;t find what you&rsquo;re looking for. Perhaps searching, or one of the links below, can help.</p>"
        "</div></article>"), status=404))
    return docs


# --- Movable Type 5, the Classic Blog templates ---------------------------------------------------------------

MT_BLOG = "Archives at Dusk"
MT_CAT = ("careers",)


def _mt(u, title: str, body_class: str, main: str, head: str = "") -> str:
    recent = "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in _works(MT)[::-1])
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            f'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
            f'<html xmlns="http://www.w3.org/1999/xhtml" id="sixapart-standard"><head>'
            f'<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
            f'<meta name="generator" content="Movable Type Pro 5.2.3" />'
            f'<link rel="stylesheet" href="{u("/styles.css")}" type="text/css" />'
            f'<link rel="start" href="{u("/")}" title="Home" />'
            f'<link rel="alternate" type="application/atom+xml" title="Recent Entries" href="{u("/atom.xml")}" />'
            f"{head}<title>{esc(title)}</title></head>"
            f'<body class="{body_class}"><div id="container"><div id="container-inner">'
            f'<div id="header"><div id="header-inner"><div id="header-content">'
            f'<div id="header-name"><a href="{u("/")}" accesskey="1">{MT_BLOG}</a></div>'
            f'<div id="header-description">Notes from a working archivist</div></div></div></div>'
            f'<div id="content"><div id="content-inner"><div id="alpha"><div id="alpha-inner">{main}</div></div>'
            f'<div id="beta"><div id="beta-inner">'
            f'<div class="widget-search widget"><h3 class="widget-header">Search</h3><div class="widget-content">'
            f'<form method="get" action="{u("/mt/mt-search.cgi")}"><input type="text" id="search" class="ti" '
            f'name="search" value="" /><input type="hidden" name="IncludeBlogs" value="1" /><input type="submit" '
            f'value="Search" /></form></div></div>'
            f'<div class="widget-pages widget"><h3 class="widget-header">Pages</h3><div class="widget-content"><ul>'
            f'<li><a href="{u("/about.html")}">About</a></li></ul></div></div>'
            f'<div class="widget-archive widget-archive-category widget"><h3 class="widget-header">Categories</h3>'
            f'<div class="widget-content"><ul><li><a href="{u("/careers/")}">Careers</a></li></ul></div></div>'
            f'<div class="widget-recent-entries widget"><h3 class="widget-header">Recent Entries</h3>'
            f'<div class="widget-content"><ul>{recent}</ul></div></div>'
            f'<div class="widget-archive-monthly widget"><h3 class="widget-header"><a href="{u("/archives.html")}">'
            f'Archives</a></h3></div></div></div></div></div>'
            f'<div id="footer"><div id="footer-inner"><div id="footer-content"><div class="widget-powered">'
            f'<div class="widget-content">Powered by <a href="https://www.movabletype.com/">Movable Type Pro</a>'
            f"</div></div></div></div></div></div></div></body></html>")


def _mt_entry(u, w: Work, full: bool) -> str:
    eid = _id(w.path, 900)
    cats = ('<div class="entry-categories"><h4>Categories<span class="delimiter">:</span></h4><ul><li '
            f'class="entry-category"><a href="{u("/careers/")}" rel="tag">Careers</a></li></ul></div>'
            if "careers" in w.tags or "advice" in w.tags else "")
    d = _d(w.date)
    body = (ps(w.paras) if full else f"<p>{esc(w.paras[0])}</p>"
            f'<div class="asset-more-link"><a href="{u(w.path)}#more">Continue reading <strong>{esc(w.title)}'
            f"</strong> &raquo;</a></div>")
    h = "h1" if full else "h2"
    name = esc(w.title) if full else f'<a href="{u(w.path)}" rel="bookmark">{esc(w.title)}</a>'
    return (f'<div id="entry-{eid}" class="entry-asset asset hentry"><div class="asset-header">'
            f'<{h} class="asset-name entry-title">{name}</{h}><div class="asset-meta"><span class="byline">By '
            f'<span class="vcard author">{esc(w.author)}</span> on <abbr class="published" title="{w.date}T19:40:00'
            f'-05:00">{d:%B} {d.day}, {d.year}  7:40 PM</abbr></span></div></div>'
            f'<div class="asset-content entry-content"><div class="asset-body">{body}</div></div>'
            f'<div class="asset-footer">{cats}</div></div>')


def movabletype(u) -> list[Doc]:
    ws = _works(MT)
    docs = []
    for i, w in enumerate(ws):
        nav = []
        if i > 0:
            nav.append(f'<a href="{u(ws[i - 1].path)}">&laquo; {esc(ws[i - 1].title)}</a>')
        nav.append(f'<a href="{u("/")}">Main Index</a>')
        nav.append(f'<a href="{u("/archives.html")}">Archives</a>')
        if i + 1 < len(ws):
            nav.append(f'<a href="{u(ws[i + 1].path)}">{esc(ws[i + 1].title)} &raquo;</a>')
        main = (f'<p class="content-nav">{" | ".join(nav)}</p>' + _mt_entry(u, w, True)
                + '<div id="comments" class="comments"><h2 class="comments-header">1 Comment</h2><div '
                  'class="comments-content"><div class="comment" id="comment-88"><div class="comment-inner"><div '
                  'class="comment-header"><div class="asset-meta"><span class="byline"><span class="vcard author">'
                  "Ellen</span> replied</span></div></div><div class=\"comment-content\"><p>Well said, as always."
                  "</p></div></div></div></div></div>")
        head = (f'<link rel="canonical" href="{u(w.path)}" /><!--\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
                f'22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description rdf:about="'
                f'{u(w.path)}" dc:title="{esc(w.title)}" dc:creator="{esc(w.author)}" dc:date="{w.date}T19:40:00-05:00"'
                f" /></rdf:RDF>\n-->")
        docs.append(_work(w, _mt(u, f"{MT_BLOG}: {w.title}", "mt-entry-archive layout-wt", main, head)))
    newest = ws[::-1]
    docs.append(_doc(MT, "/", _mt(u, MT_BLOG, "mt-main-index layout-wt",
                                  "".join(_mt_entry(u, w, False) for w in newest))))
    docs.append(_doc(MT, "/careers/", _mt(
        u, f"{MT_BLOG}: Careers Archives", "mt-archive-listing mt-category-archive layout-wt",
        '<h1 id="page-title" class="archive-title">Entries in <em>Careers</em></h1>'
        + "".join(_mt_entry(u, w, False) for w in newest if "careers" in w.tags or "advice" in w.tags))))
    rows = "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a> <span class="date">{_long(w.date)}</span></li>'
                   for w in newest)
    docs.append(_doc(MT, "/archives.html", _mt(
        u, f"{MT_BLOG}: Archives", "mt-archive-index layout-wt",
        f'<h1 id="page-title" class="archive-title">Archives</h1><div class="archive-content"><ul>{rows}</ul></div>')))
    found = "".join(_mt_entry(u, w, False) for w in newest if "mentor" in " ".join(w.paras).lower())
    docs.append(_doc(MT, "/mt/mt-search.cgi?IncludeBlogs=1&search=mentor", _mt(
        u, f"{MT_BLOG}: Search Results", "mt-search-results layout-wt",
        f'<h1 id="page-title" class="search-results-header">Results matching &ldquo;mentor&rdquo;</h1>'
        f'<div class="search-results-container">{found}</div>')))
    docs.append(_doc(MT, "/about.html", _mt(
        u, f"{MT_BLOG}: About", "mt-page-archive layout-wt",
        '<div id="page-about" class="page-asset asset"><div class="asset-header"><h1 id="page-title" '
        'class="asset-name">About</h1></div><div class="asset-content"><div class="asset-body"><p>Gideon Marsh has '
        "been an archivist for twenty years, mostly at a state historical society. This blog is his own.</p>"
        f'<p>Everything I have written about finding mentors is '
        f'<a href="{esc(u("/mt/mt-search.cgi?IncludeBlogs=1&search=mentor"))}">'
        "here</a>.</p></div></div></div>")))
    return docs


# --- Blogger, the Soho theme ------------------------------------------------------------------------------

SOHO_BLOG = "MLIS Journey"


def _soho(u, title: str, page_type: str, main: str, head: str = "") -> str:
    return (f"<!DOCTYPE html><html dir=\"ltr\" lang=\"en\"><head>"
            f'<meta content="width=device-width, initial-scale=1" name="viewport"/><title>{esc(title)}</title>'
            f'<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"/>'
            f'<meta content="blogger" name="generator"/>'
            f'<link href="{u("/favicon.ico")}" rel="icon" type="image/x-icon"/>'
            f'<link rel="alternate" type="application/atom+xml" title="{SOHO_BLOG} - Atom" href="'
            f'{u("/feeds/posts/default")}" />'
            f'<link rel="me" href="https://www.blogger.com/profile/04411798312207745410" />{head}'
            f'<style>body{{font:15px Lora,serif}}</style></head>'
            f'<body class="version-1-3-3 variant-fancy_light {page_type}-view">'
            f'<div class="page"><div class="page_body"><div class="centered">'
            f'<header class="centered-top-container" role="banner"><div class="centered-top"><div class="blog-name">'
            f'<div class="section" id="header" name="Header"><div class="widget Header" data-version="2" id="Header1">'
            f'<div class="header-widget"><div><h1><a href="{u("/")}">{SOHO_BLOG}</a></h1></div><p>Notes from an '
            f'online library school</p></div></div></div></div>'
            f'<nav role="navigation"><div class="widget PageList" id="PageList1"><div class="widget-content"><ul>'
            f'<li><a href="{u("/")}">Home</a></li><li><a href="{u("/p/about-me.html")}">About me</a></li>'
            f'</ul></div></div></nav></div></header>'
            f'<main class="centered-bottom" id="main" role="main" tabindex="-1">'
            f'<div class="main section" id="page_body"'
            f' name="Page body"><div class="widget Blog" data-version="2" id="Blog1"><div class="blog-posts hfeed '
            f'container">{main}</div></div></div></main>'
            f'<aside class="sidebar-container sidebar-invisible" role="complementary"><div class="sidebar_bottom '
            f'section" id="sidebar_bottom"><div class="widget BlogArchive" id="BlogArchive1"><h3 class="title">Archive'
            f'</h3><div class="widget-content"><ul class="hierarchy"><li class="archivedate">'
            f'<a class="post-count-link" '
            f'href="{u("/2023/")}">2023</a><span class="post-count">(5)</span></li></ul></div></div>'
            f'<div class="widget Label" id="Label1"><h3 class="title">Labels</h3><div class="widget-content list-label-'
            f'widget-content"><ul><li><a class="label-name" href="{u("/search/label/mentoring")}">mentoring</a></li>'
            f'</ul></div></div></div></aside>'
            f'<footer class="footer section" id="footer"><div class="widget Attribution" id="Attribution1">'
            f'<div class="blogger"><a href="https://www.blogger.com" rel="nofollow">Powered by Blogger</a></div>'
            f"</div></footer></div></div></div></body></html>")


def _soho_post(u, w: Work, full: bool) -> str:
    pid = _id(w.path, 10 ** 8) * 104729
    labels = ('<span class="byline post-labels"><span class="byline-label">Labels:</span> <a href="'
              + u("/search/label/mentoring") + '" rel="tag">mentoring</a></span>' if "mentoring" in w.tags else "")
    body = (ps(w.paras) if full else f"<p>{_teaser(w, 300)}</p>")
    more = "" if full else (f'<div class="jump-link flat-button"><a href="{u(w.path)}#more" title="{esc(w.title)}">'
                            "Read more &raquo;</a></div>")
    title = esc(w.title) if full else f'<a href="{u(w.path)}">{esc(w.title)}</a>'
    return (f'<div class="post-outer-container"><div class="post-outer"><div class="post">'
            f'<a name="{pid}"></a><h3 class="post-title entry-title">{title}</h3>'
            f'<div class="post-header"><div class="post-header-line-1"><span class="byline post-timestamp">'
            f'<a class="timestamp-link" href="{u(w.path)}" rel="bookmark" title="permanent link">'
            f'<time class="published" datetime="{w.date}T18:22:00-05:00" title="{w.date}T18:22:00-05:00">'
            f'{_long(w.date)}</time></a></span></div></div>'
            f'<div class="post-body entry-content float-container" id="post-body-{pid}">{body}</div>{more}'
            f'<div class="post-footer"><div class="post-footer-line post-footer-line-1">{labels}</div></div>'
            f"</div></div></div>")


def blogger_soho(u) -> list[Doc]:
    ws = _works(SOHO)
    newest = ws[::-1]
    docs = []
    for w in ws:
        ld = json.dumps({"@context": "http://schema.org", "@type": "BlogPosting", "mainEntityOfPage": {
            "@type": "WebPage", "@id": u(w.path)}, "headline": w.title, "description": w.paras[0][:140],
            "datePublished": w.date + "T18:22:00-05:00", "dateModified": w.date + "T18:22:00-05:00",
            "author": {"@type": "Person", "name": w.author}, "publisher": {"@type": "Organization",
                                                                            "name": "Blogger"}})
        head = (f'<link href="{u(w.path)}" rel="canonical"/><meta content="{u(w.path)}" property="og:url"/>'
                f'<meta content="{esc(w.title)}" property="og:title"/><meta content="{_teaser(w, 140)}" '
                f'property="og:description"/>')
        main = (f'<script type="application/ld+json">{ld}</script>' + _soho_post(u, w, True)
                + '<section class="comments" id="comments"><h3 class="title">Comments</h3><div class="comment-thread">'
                  '<ol><li class="comment" id="c77"><div class="comment-block"><div class="comment-header"><cite '
                  'class="user">Anonymous</cite></div><p class="comment-content">This is so helpful, thank you!</p>'
                  "</div></li></ol></div></section>"
                + '<div class="blog-pager container" id="blog-pager"><a class="home-link" href="' + u("/")
                + '">Home</a></div>')
        docs.append(_work(w, _soho(u, f"{SOHO_BLOG}: {w.title}", "item", main, head)))

    def listing(path, title, note, sel, ptype):
        status = f'<div class="status-msg-wrap"><div class="status-msg-body">{note}</div></div>' if note else ""
        return _doc(SOHO, path, _soho(u, title, ptype, status + "".join(_soho_post(u, w, False) for w in sel),
                                      f'<link href="{u(path)}" rel="canonical"/>'))

    docs.append(listing("/", SOHO_BLOG, "", newest, "home"))
    docs.append(listing("/search/label/mentoring", f"{SOHO_BLOG}: mentoring",
                        'Showing posts with the label <span class="search-label">mentoring</span>',
                        [w for w in newest if "mentoring" in w.tags], "label"))
    docs.append(listing("/search?q=linkedin", f"{SOHO_BLOG}: Search results for linkedin",
                        'Showing posts matching the search for <span class="search-label">linkedin</span>',
                        [w for w in newest if "linkedin" in " ".join(w.paras).lower()], "search"))
    docs.append(listing("/2023/", f"{SOHO_BLOG}: 2023", "", newest, "archive"))
    docs.append(_doc(SOHO, "/p/about-me.html", _soho(
        u, f"{SOHO_BLOG}: About me", "item",
        '<div class="post-outer-container"><div class="post-outer"><div class="post"><h3 class="post-title '
        'entry-title">About me</h3><div class="post-body entry-content float-container"><p>Hi! I am Priya, a '
        "part-time MLIS student and full-time barista. I write here about library school, the job hunt and "
        f'whatever else. Looking for my posts about networking? <a href="{u("/search?q=linkedin")}">Start here</a>.'
        "</p></div></div></div></div>")))
    return docs


# --- Ghost 5 with Aspire Themes' Dope ---------------------------------------------------------------------

DOPE_SITE = "The Woven Shelf"
DOPE_TAGS = {"networks": "Networks", "mentoring": "Mentoring"}
DOPE_AUTHORS = {"Ines Okafor": "/author/ines/"}


def _dope(u, title: str, body_class: str, main: str, head: str = "") -> str:
    tags = "".join(f'<li class="c-nav__item"><a href="{u(f"/tag/{s}/")}" class="c-nav__link">{n}</a></li>'
                   for s, n in DOPE_TAGS.items())
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" '
            f'content="IE=edge"><title>{esc(title)}</title><meta name="HandheldFriendly" content="True">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<link rel="stylesheet" href="{u("/assets/css/app.css?v=8a1c2f0e5b")}">{head}'
            f'<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" '
            f'title="{DOPE_SITE}" href="{u("/rss/")}"></head>'
            f'<body class="{body_class}"><div class="js-off-canvas-container c-off-canvas-container">'
            f'<header class="c-header"><div class="o-grid"><div class="o-grid__col o-grid__col--4-4-s '
            f'o-grid__col--1-4-m"><div class="c-logo"><a href="{u("/")}" class="c-logo__link">{DOPE_SITE}</a></div>'
            f'</div><div class="o-grid__col o-grid__col--3-4-m"><nav class="c-nav-wrap"><ul class="c-nav o-plain-list">'
            f'<li class="c-nav__item"><a href="{u("/")}" class="c-nav__link">Home</a></li>{tags}'
            f'<li class="c-nav__item"><a href="{u("/about/")}" class="c-nav__link">About</a></li></ul></nav></div>'
            f'</div></header><div class="js-off-canvas-content c-off-canvas-content">{main}</div>'
            f'<footer class="c-footer"><div class="o-grid"><div class="c-footer__copyright">&copy; 2024 {DOPE_SITE}. '
            f'Published with <a href="https://ghost.org" target="_blank" rel="noopener">Ghost</a> &amp; '
            f'<a href="https://aspirethemes.com" target="_blank" rel="noopener">Dope</a>.</div></div></footer>'
            f"</div></body></html>")


def _dope_slug(w: Work) -> str:
    return w.path.strip("/")


def _dope_tag(w: Work) -> str | None:
    for t in w.tags:
        if t in DOPE_TAGS:
            return t
    return None


def _dope_author(u, w: Work) -> str:
    p = DOPE_AUTHORS.get(w.author)
    return f'<a href="{u(p)}" class="c-post-author__link">{esc(w.author)}</a>' if p else esc(w.author)


def _dope_card(u, w: Work) -> str:
    t = _dope_tag(w)
    tag = f'<a href="{u(f"/tag/{t}/")}" class="c-post-card__tag">{DOPE_TAGS[t]}</a>' if t else ""
    return (f'<article class="o-grid__col o-grid__col--4-4-s o-grid__col--2-4-m c-post-card-wrap post '
            f'tag-{t or "news"}"><div class="c-post-card"><div class="c-post-card__content">{tag}'
            f'<h2 class="c-post-card__title"><a href="{u(w.path)}" class="c-post-card__title-link">{esc(w.title)}'
            f'</a></h2><p class="c-post-card__excerpt">{_teaser(w, 160)}</p><div class="c-post-card__meta">'
            f'<span class="c-post-card__author">{_dope_author(u, w)}</span> <time class="c-post-card__date" '
            f'datetime="{w.date}">{_d(w.date):%d %b %Y}</time></div></div></div></article>')


def ghost_dope(u) -> list[Doc]:
    ws = _works(DOPE)
    newest = sorted(ws, key=lambda w: w.date, reverse=True)
    docs = []
    for w in ws:
        t = _dope_tag(w)
        author = {"@type": "Person", "name": w.author}
        if w.author in DOPE_AUTHORS:
            author["url"] = u(DOPE_AUTHORS[w.author])
        ld = json.dumps({"@context": "https://schema.org", "@type": "Article", "publisher": {
            "@type": "Organization", "name": DOPE_SITE, "url": u("/")}, "author": author, "headline": w.title,
            "url": u(w.path), "datePublished": w.date + "T08:00:00.000Z", "dateModified": w.date + "T08:00:00.000Z",
            "keywords": ", ".join(w.tags), "description": w.paras[0][:150], "mainEntityOfPage": u(w.path)})
        head = (f'<meta name="description" content="{_teaser(w, 150)}"><link rel="canonical" href="{u(w.path)}">'
                f'<meta name="referrer" content="no-referrer-when-downgrade">'
                f'<meta property="og:site_name" content="{DOPE_SITE}"><meta property="og:type" content="article">'
                f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:description" '
                f'content="{_teaser(w, 150)}"><meta property="og:url" content="{u(w.path)}">'
                f'<meta property="article:published_time" content="{w.date}T08:00:00.000Z">'
                + "".join(f'<meta property="article:tag" content="{esc(x)}">' for x in w.tags)
                + f'<meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" '
                  f'content="{esc(w.title)}"><script type="application/ld+json">{ld}</script>')
        tag = (f'<a href="{u(f"/tag/{t}/")}" class="c-post-hero__tag">{DOPE_TAGS[t]}</a>' if t else "")
        related = "".join(_dope_card(u, o) for o in newest if o is not w and _dope_tag(o) == t and t)[:6000]
        main = (f'<article class="c-post post tag-{t or "news"}"><header class="c-post-hero"><div class="o-grid">'
                f'{tag}<h1 class="c-post-hero__title">{esc(w.title)}</h1><div class="c-post-hero__meta">'
                f'<span class="c-post-author">{_dope_author(u, w)}</span> <time class="c-post-hero__date" '
                f'datetime="{w.date}">{_d(w.date):%d %b %Y}</time></div></div></header>'
                f'<div class="o-grid"><div class="c-content">{ps(w.paras)}</div></div></article>'
                + (f'<section class="c-related"><h3 class="c-related__title">More in {DOPE_TAGS[t]}</h3><div '
                   f'class="o-grid">{related}</div></section>' if related else ""))
        docs.append(_work(w, _dope(u, f"{w.title}", f"post-template tag-{t or 'news'}", main, head)))

    def cards(sel):
        return '<div class="o-grid c-post-card-list">' + "".join(_dope_card(u, w) for w in sel) + "</div>"

    older = (f'<nav class="c-pagination"><span class="c-pagination__text">Page 1 of 2</span><a class="c-pagination'
             f'__link older-posts" href="{u("/page/2/")}">Older Posts &rarr;</a></nav>')
    hero = ('<div class="c-tags"><h2 class="c-section-title">Topics</h2><ul class="o-plain-list">' + "".join(
        f'<li class="c-tag-card"><a href="{u(f"/tag/{s}/")}" class="c-tag-card__link">{n}</a></li>'
        for s, n in DOPE_TAGS.items()) + "</ul></div>")
    web = f'<meta property="og:site_name" content="{DOPE_SITE}"><meta property="og:type" content="website">'
    docs.append(_doc(DOPE, "/", _dope(u, DOPE_SITE, "home-template", hero + cards(newest[:4]) + older,
                                      web + f'<link rel="canonical" href="{u("/")}"><link rel="next" '
                                            f'href="{u("/page/2/")}">')))
    docs.append(_doc(DOPE, "/page/2/", _dope(
        u, f"{DOPE_SITE} (Page 2)", "paged archive-template", cards(newest[4:])
        + f'<nav class="c-pagination"><a class="c-pagination__link newer-posts" href="{u("/")}">&larr; Newer Posts'
          f'</a><span class="c-pagination__text">Page 2 of 2</span></nav>',
        web + f'<link rel="canonical" href="{u("/page/2/")}"><link rel="prev" href="{u("/")}">')))
    for s, n in DOPE_TAGS.items():
        sel = [w for w in newest if s in w.tags]
        docs.append(_doc(DOPE, f"/tag/{s}/", _dope(
            u, f"{n} - {DOPE_SITE}", f"tag-template tag-{s}",
            f'<header class="c-archive"><h1 class="c-archive__title">{n}</h1><p class="c-archive__description">'
            f'{len(sel)} posts</p></header>' + cards(sel),
            web + f'<link rel="canonical" href="{u(f"/tag/{s}/")}">')))
    ines = [w for w in newest if w.author == "Ines Okafor"]
    docs.append(_doc(DOPE, "/author/ines/", _dope(
        u, f"Ines Okafor - {DOPE_SITE}", "author-template author-ines",
        '<header class="c-archive c-archive--author"><h1 class="c-archive__title">Ines Okafor</h1><p '
        'class="c-archive__description">Editor of The Woven Shelf. Former public librarian.</p>'
        '<a href="https://bsky.app/profile/ines.example" class="c-archive__social">Bluesky</a></header>' + cards(ines),
        f'<meta property="og:type" content="profile"><link rel="canonical" href="{u("/author/ines/")}">')))
    docs.append(_doc(DOPE, "/about/", _dope(
        u, f"About - {DOPE_SITE}", "page-template page-about",
        '<article class="c-post page"><header class="c-post-hero"><h1 class="c-post-hero__title">About</h1></header>'
        '<div class="c-content"><p>The Woven Shelf is an independent magazine about the people who work in '
        "libraries and archives. We publish reporting, essays and guides, and we pay our writers.</p><p>Pitches: "
        "editors at thewovenshelf dot example.</p></div></article>",
        web + f'<link rel="canonical" href="{u("/about/")}">')))
    return docs


# --- Serendipity 2.4 with the 2k11 theme ------------------------------------------------------------------

S9Y_BLOG = "Old Ref Desk"


def _s9y(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html class="no-js" dir="ltr" lang="en"><head><meta charset="UTF-8">'
            f"<title>{esc(title)}</title>"
            f'<meta name="generator" content="Serendipity v.2.4.0"><meta name="viewport" content="width=device-width, '
            f'initial-scale=1">{head}<link rel="stylesheet" href="{u("/serendipity.css?v=1700000000")}">'
            f'<link rel="alternate" type="application/rss+xml" title="{S9Y_BLOG} RSS feed" '
            f'href="{u("/feeds/index.rss2")}">'
            f'</head><body><a class="visuallyhidden" href="#content"><span lang="en">Skip to content</span></a>'
            f'<div id="page" class="clearfix container"><header id="banner" class="clearfix col3">'
            f'<div id="identity"><a href="{u("/")}"><h1>{S9Y_BLOG}</h1><p>A retired reference librarian, still '
            f'answering questions</p></a></div></header>'
            f'<nav id="primary-nav"><h2 class="visuallyhidden">Navigation</h2><ul class="clearfix">'
            f'<li><a href="{u("/")}">Home</a></li><li><a href="{u("/archive")}">Archives</a></li>'
            f'<li><a href="{u("/pages/contact.html")}">Contact</a></li></ul></nav>'
            f'<div class="clearfix col3 sidebar-both"><main id="content">{main}</main>'
            f'<aside id="sidebar_right" class="RHS"><h2 class="visuallyhidden">Sidebar</h2>'
            f'<section class="sidebar_plugin clearfix odd serendipity_plugin_categories"><h3>Categories</h3>'
            f'<ul class="plainList"><li><a href="{u("/categories/2-Memories")}" title="Memories">Memories</a></li>'
            f'</ul></section></aside></div>'
            f'<footer id="colophon"><p><span lang="en">Powered by</span> <a href="https://s9y.org">Serendipity</a> '
            f'<abbr title="and">&amp;</abbr> the <i>2k11</i> theme.</p></footer></div></body></html>')


def _s9y_entry(u, w: Work, full: bool) -> str:
    eid = int(w.path.split("/")[2].split("-")[0])
    d = _d(w.date)
    cat = (f'<a class="post_category" href="{u("/categories/2-Memories")}" title="Memories">Memories</a>'
           if "memories" in w.tags or "friends" in w.tags else "")
    body = ps(w.paras) if full else f"<p>{_teaser(w, 260)}</p>"
    more = "" if full else f'<a class="block_level" href="{u(w.path)}#extended">Continue reading "{esc(w.title)}"</a>'
    return (f'<article id="post_{eid}" class="clearfix serendipity_entry"><header class="clearfix"><h2><a href="'
            f'{u(w.path)}">{esc(w.title)}</a></h2><span class="serendipity_byline block_level"><span '
            f'class="single_user">Posted by {esc(w.author)} on </span><time datetime="{w.date}T10:05:00+01:00">'
            f"{d:%A, %B} {d.day}. {d.year}</time></span></header>"
            f'<div class="clearfix content serendipity_entry_body">{body}{more}</div>'
            f'<footer class="clearfix"><span class="visuallyhidden">Categories: </span>{cat}</footer></article>')


def serendipity(u) -> list[Doc]:
    ws = _works(S9Y)
    newest = ws[::-1]
    docs = []
    for w in ws:
        head = (f'<link rel="canonical" href="{u(w.path)}"><meta name="description" content="{_teaser(w, 150)}">')
        main = (_s9y_entry(u, w, True) + '<section id="trackbacks" class="serendipity_comments serendipity_section_'
                'trackbacks"><h3>Trackbacks</h3><p class="serendipity_center nocontent">No Trackbacks</p></section>'
                '<section id="comments" class="serendipity_comments serendipity_section_comments"><h3>Comments</h3>'
                '<p class="manage_comments">Display comments as <span>Linear</span></p><p class="serendipity_center '
                'nocontent">No comments</p></section>')
        docs.append(_work(w, _s9y(u, f"{w.title} - {S9Y_BLOG}", main, head)))
    docs.append(_doc(S9Y, "/", _s9y(u, S9Y_BLOG, "".join(_s9y_entry(u, w, False) for w in newest))))
    mem = [w for w in newest if "memories" in w.tags or "friends" in w.tags]
    docs.append(_doc(S9Y, "/categories/2-Memories", _s9y(
        u, f"{S9Y_BLOG} - Memories", '<header class="serendipity_date"><h2>Entries from category Memories</h2>'
        "</header>" + "".join(_s9y_entry(u, w, False) for w in mem))))
    rows = "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a> <span class="serendipity_byline">{_long(w.date)}'
                   "</span></li>" for w in newest)
    docs.append(_doc(S9Y, "/archive", _s9y(
        u, f"{S9Y_BLOG} - Archives", f'<article class="archive archive_summary"><h2>Archives</h2><ul '
        f'class="plainList archive_summary_list">{rows}</ul></article>')))
    docs.append(_doc(S9Y, "/pages/contact.html", _s9y(
        u, f"{S9Y_BLOG} - Contact", '<article id="staticpage_contactform" class="clearfix serendipity_staticpage">'
        "<header><h2>Contact</h2></header><div class=\"clearfix content serendipity_preface\"><p>Leave me a note. "
        'I answer eventually.</p></div><div class="serendipity_commentForm"><form id="serendipity_comment" '
        f'action="{u("/pages/contact.html")}#feedback" method="post"><div class="form_field"><label '
        'for="serendipity_commentform_name">Name</label><input id="serendipity_commentform_name" type="text" '
        'name="serendipity[name]"></div><div class="form_area"><label for="serendipity_commentform_comment">'
        'Message</label><textarea id="serendipity_commentform_comment" name="serendipity[comment]"></textarea></div>'
        '<div class="form_button"><input type="submit" name="serendipity[submit]" value="Send"></div></form></div>'
        "</article>")))
    return docs


# --- a Confluence Data Center public space ------------------------------------------------------------

WIKI_SITE = "MentorNet Wiki"
WIKI_SPACE = "Mentoring Scheme"
WIKI_TREE = ("wiki-overview", "wiki-mentorguide", "wiki-faq", "wiki-notes", "wiki-ill")


def _wiki(u, title: str, main: str, page_id: int, body_class: str = "") -> str:
    tree = "".join(f'<li><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span">'
                   f'<a href="{u(WORKS[k].path)}">{esc(WORKS[k].title)}</a></span></div></li>' for k in WIKI_TREE)
    return (f'<!DOCTYPE html><html><head><title>{esc(title)} - {WIKI_SITE}</title>'
            f'<meta http-equiv="X-UA-Compatible" content="IE=EDGE,chrome=IE7"><meta charset="UTF-8">'
            f'<meta id="confluence-context-path" name="confluence-context-path" content="">'
            f'<meta id="confluence-base-url" name="confluence-base-url" content="{u("")}">'
            f'<meta name="ajs-page-id" content="{page_id}"><meta name="ajs-space-key" content="MENTOR">'
            f'<meta name="ajs-space-name" content="{WIKI_SPACE}"><meta name="ajs-page-title" content="{esc(title)}">'
            f'<meta name="ajs-version-number" content="8.5.4"><meta name="ajs-build-number" content="9012">'
            f'<meta name="ajs-remote-user" content=""><link rel="shortcut icon" href="{u("/s/-/_/favicon.ico")}">'
            f'<link rel="search" type="application/opensearchdescription+xml" href="{u("/opensearch/osd.action")}" '
            f'title="{WIKI_SITE}"/></head>'
            f'<body id="com-atlassian-confluence" class="theme-default aui-layout aui-theme-default {body_class}">'
            f'<div id="page"><div id="full-height-container"><header id="header" role="banner">'
            f'<nav class="aui-header aui-dropdown2-trigger-group" role="navigation"><div class="aui-header-inner">'
            f'<div class="aui-header-primary"><span id="logo" class="aui-header-logo aui-header-logo-custom">'
            f'<a href="{u("/display/MENTOR/Home")}" aria-label="Go to home page"><span class="aui-header-logo-device">'
            f'{WIKI_SITE}</span></a></span></div><div class="aui-header-secondary"><ul class="aui-nav">'
            f'<li><form id="quick-search" class="aui-quicksearch" method="get" action="{u("/dosearchsite.action")}">'
            f'<input id="quick-search-query" class="quick-search-query" type="text" name="queryString"></form></li>'
            f'<li><a href="{u("/login.action")}" rel="nofollow" class="aui-nav-link login-link">Log in</a></li>'
            f'</ul></div></div></nav></header>'
            f'<div id="main-container" class="ia-splitter"><div class="ia-splitter-left"><div class="ia-fixed-sidebar">'
            f'<div class="acs-side-bar ia-scrollable-section"><div class="acs-side-bar-space-info tipsy-enabled">'
            f'<div class="name"><a href="{u("/display/MENTOR/Home")}" title="{WIKI_SPACE}">{WIKI_SPACE}</a></div></div>'
            f'<div class="acs-side-bar-content"><div class="ia-secondary-container" data-tree-type="page-tree">'
            f'<div class="ia-secondary-header"><h2 class="ia-secondary-header-title page-tree"><span class="label">'
            f'Page tree</span></h2></div><div class="plugin_pagetree"><ul class="plugin_pagetree_children_list '
            f'plugin_pagetree_children_list_noleftspace"><li><a href="{u("/display/MENTOR/Home")}">Home</a><ul>'
            f'{tree}</ul></li></ul></div></div></div></div></div></div>'
            f'<div class="ia-splitter-right"><div id="main" class="aui-page-panel">{main}</div></div></div>'
            f'<div id="footer" role="contentinfo"><section class="footer-body"><ul id="poweredby"><li '
            f'class="noprint">Powered by <a href="https://www.atlassian.com/software/confluence" '
            f'class="hover-footer-link"'
            f' rel="nofollow">Atlassian Confluence</a> <span id="footer-build-information">8.5.4</span></li></ul>'
            f"</section></div></div></div></body></html>")


def _wiki_header(u, title: str, path: str, author: str | None, date: str | None) -> str:
    meta = ""
    if author:
        meta = (f'<div class="page-metadata"><ul><li class="page-metadata-modification-info">Created by <span '
                f'class="author"><a href="{u("/display/~rkaur")}" class="url fn confluence-userlink userlink-0" '
                f'data-username="rkaur">{esc(author)}</a></span>, last modified on <span class="last-modified">'
                f"{_d(date):%b %d, %Y}</span></li></ul></div>")
    return (f'<div id="main-header"><div id="breadcrumb-section"><nav aria-label="Breadcrumbs"><ol id="breadcrumbs">'
            f'<li class="first"><span><a href="{u("/display/MENTOR/Home")}">{WIKI_SPACE}</a></span></li></ol></nav>'
            f'</div><h1 id="title-heading" class="pagetitle with-breadcrumbs"><span id="title-text"><a href="'
            f'{u(path)}">{esc(title)}</a></span></h1></div>{meta}')


def confluence(u) -> list[Doc]:
    docs = []
    for k in WIKI_TREE:
        w = WORKS[k]
        pid = _id(w.path, 10 ** 6) + 98000000
        body = ps(w.paras)
        if k == "wiki-mentorguide":
            body += (f'<p>The 2022 handbook is archived at <a href="{u("/display/MENTOR/Mentor+Handbook+2022")}">'
                     "Mentor Handbook 2022</a>.</p>")
        labels = "".join(f'<li class="aui-label"><span class="aui-label-split-main">{esc(t)}</span></li>'
                         for t in w.tags)
        main = (_wiki_header(u, w.title, w.path, w.author, w.date)
                + f'<div id="content" class="page view"><div id="main-content" class="wiki-content">{body}</div>'
                  f'<div id="labels-section" class="pageSection group"><div class="labels-section-content content-'
                  f'column"><ul class="label-list">{labels}</ul></div></div></div>')
        docs.append(_work(w, _wiki(u, w.title, main, pid, "view-page")))
    home = ("<p>Welcome to the Network Mentoring Scheme's space. Everything mentors and mentees need is here.</p>"
            '<h2 id="Home-Startinghere">Starting here</h2><ul>'
            + "".join(f'<li><a href="{u(WORKS[k].path)}">{esc(WORKS[k].title)}</a></li>' for k in WIKI_TREE[:3])
            + f'</ul><p>Can&#39;t find something? <a href="{u("/dosearchsite.action?queryString=mentor")}">Search the '
              f'space</a> or contact the <a href="{u("/display/~rkaur")}">coordinator</a>.</p>')
    docs.append(_doc(WIKI, "/display/MENTOR/Home", _wiki(
        u, WIKI_SPACE, _wiki_header(u, "Home", "/display/MENTOR/Home", "Rajinder Kaur", "2025-01-20")
        + f'<div id="content" class="page view"><div id="main-content" class="wiki-content">{home}</div></div>',
        98000001, "view-page spacehome")))
    found = "".join(
        f'<li><div class="search-result"><h3><span class="icon aui-icon content-type-page"></span><a class="search-'
        f'result-link visitable" href="{u(WORKS[k].path)}">{esc(WORKS[k].title)}</a></h3><div class="highlights">'
        f'{esc(WORKS[k].paras[0][:160])}</div><div class="search-result-meta"><span class="date">'
        f"{_d(WORKS[k].date):%b %d, %Y}</span></div></div></li>"
        for k in WIKI_TREE if "mentor" in " ".join(WORKS[k].paras).lower())
    docs.append(_doc(WIKI, "/dosearchsite.action?queryString=mentor", _wiki(
        u, "Search", '<div id="content" class="space-search"><h1>Search</h1><form method="get" action="'
        + u("/dosearchsite.action") + '"><input type="text" name="queryString" value="mentor"></form><div '
        f'class="search-results-count">{found.count("<li>")} results</div><ol class="search-results cql">'
        f"{found}</ol></div>", 0, "dosearchsite")))
    docs.append(_doc(WIKI, "/display/~rkaur", _wiki(
        u, "Rajinder Kaur", _wiki_header(u, "Rajinder Kaur", "/display/~rkaur", None, None)
        + '<div id="content" class="page view"><div id="main-content" class="wiki-content"><div class="profile-macro">'
          '<div class="vcard"><span class="fn">Rajinder Kaur</span><span class="title">Programme Coordinator, '
          "Network Mentoring Scheme</span></div></div><h2>Recently updated</h2><ul>"
        + "".join(f'<li><a href="{u(WORKS[k].path)}">{esc(WORKS[k].title)}</a></li>' for k in WIKI_TREE[:4])
        + "</ul></div></div>", 98000002, "view-page personal-space")))
    docs.append(_doc(WIKI, "/display/MENTOR/Mentor+Handbook+2022", _wiki(
        u, "Page Not Found", '<div id="content" class="page-not-found"><h1>Page Not Found</h1><div class="aui-message '
        'aui-message-warning"><p>The page you were looking for can&#39;t be found. It may have been deleted or moved, '
        'or you may not have permission to view it.</p></div><p><a href="' + u("/display/MENTOR/Home")
        + '">Go to the space home</a></p></div>', 0, "error-page"), status=404))
    return docs


# --- an OpenEdition Journals-like journal (Lodel) -------------------------------------------------------

JOURNAL = "Infodoc Practices"
ISSUE_405 = ("lodel-pln", "lodel-archedu")
AUTHOR_552 = "Claire Vautrin"


def _lodel(u, title: str, main: str, head: str = "", body_id: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en" xml:lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="generator" content="Lodel 1.0 - OpenEdition Journals">{head}'
            f'<link rel="stylesheet" href="{u("/css/revues/main.css")}"></head><body id="{body_id}">'
            f'<div id="portal"><div id="portal-top"><a href="https://www.openedition.org" rel="nofollow">OpenEdition'
            f'</a><span class="sep">|</span><a href="https://journals.openedition.org" rel="nofollow">Journals</a>'
            f'</div></div><div id="main"><div id="header"><p class="title"><a href="{u("/infodoc/")}">{JOURNAL}</a>'
            f'</p><p class="subtitle">Journal of documentation and information practices</p></div>'
            f'<div id="navigation"><ul class="menu"><li><a href="{u("/infodoc/")}">Home</a></li><li><a href="'
            f'{u("/infodoc/405")}">Issues</a></li><li><a href="{u("/infodoc/103")}">About the journal</a></li></ul>'
            f'<form action="{u("/infodoc/search")}" method="get" id="search"><input type="text" name="q"></form></div>'
            f'<div id="content">{main}</div><div id="footer"><p>{JOURNAL} is published under the terms of the '
            f'<a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a> licence. '
            f'ISSN electronic 2803-1146</p></div></div></body></html>')


def _lodel_author(u, name: str) -> str:
    if name == AUTHOR_552:
        return f'<a href="{u("/infodoc/552")}" class="documentAuthor">{esc(name)}</a>'
    return f'<span class="documentAuthor">{esc(name)}</span>'


def _lodel_issue(w: Work) -> tuple[str, str]:
    return {"2023-06-15": ("12", "2023"), "2023-12-01": ("13", "2023"), "2024-06-10": ("14", "2024")}[w.date]


def openedition(u) -> list[Doc]:
    docs = []
    ws = [(k, w) for k, w in WORKS.items() if w.host == LODEL]
    for k, w in ws:
        num, year = _lodel_issue(w)
        first = w.author.split()[0]
        last = " ".join(w.author.split()[1:])
        head = (f'<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">'
                f'<meta name="DC.title" content="{esc(w.title)}"><meta name="DC.type" content="text">'
                f'<meta name="DC.format" content="text/html"><meta name="DC.language" content="en">'
                f'<meta name="DC.identifier" content="{u(w.path)}"><meta name="DC.creator" content="{last}, {first}">'
                f'<meta name="DC.publisher" content="{JOURNAL}"><meta name="DC.date" content="{w.date}">'
                f'<meta name="DC.rights" content="CC BY 4.0">'
                f'<meta name="citation_journal_title" content="{JOURNAL}"><meta name="citation_publisher" '
                f'content="{JOURNAL}"><meta name="citation_author" content="{esc(w.author)}">'
                f'<meta name="citation_title" content="{esc(w.title)}">'
                f'<meta name="citation_publication_date" content="{w.date.replace("-", "/")}">'
                f'<meta name="citation_online_date" content="{w.date.replace("-", "/")}">'
                f'<meta name="citation_issue" content="{num}"><meta name="citation_issn" content="2803-1146">'
                f'<meta name="citation_doi" content="10.4000/infodoc.{w.path.rsplit("/", 1)[1]}">'
                f'<meta name="citation_fulltext_html_url" content="{u(w.path)}">'
                f'<meta name="citation_language" content="en"><meta property="og:type" content="article">'
                f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:url" content="{u(w.path)}">'
                f'<meta property="og:site_name" content="{JOURNAL}"><link rel="canonical" href="{u(w.path)}">')
        issue = (f'<a href="{u("/infodoc/405")}">{num} | {year}</a>' if k in ISSUE_405 else f"{num} | {year}")
        body = "".join(f'<p class="texte" id="tocfrom{i}n{i}"><span class="paranumber">{i}</span>{esc(p)}</p>'
                       for i, p in enumerate(w.paras, 1))
        main = (f'<div id="docIssue" class="issue">{issue}</div><div id="docTitle"><h1 class="title" '
                f'id="docTitle">{esc(w.title)}</h1></div><div id="docAuthor"><div class="docAuthor">'
                f"{_lodel_author(u, w.author)}</div></div>"
                f'<div id="text" class="section"><h2 class="title">Full text</h2><div class="text wResizable">{body}'
                f'</div></div><div id="quotation" class="section"><h2 class="title">References</h2><h3>Electronic '
                f'reference</h3><p>{esc(w.author.split()[-1])}, {esc(w.author.split()[0])}, &laquo; {esc(w.title)} '
                f"&raquo;, <em>{JOURNAL}</em> [Online], {num} | {year}, Online since {_long(w.date)}. URL: "
                f'{u(w.path)} ; DOI: https://doi.org/10.4000/infodoc.{w.path.rsplit("/", 1)[1]}</p></div>')
        docs.append(_work(w, _lodel(u, f"{w.title}", main, head, "publiArticle")))

    def toc(sel):
        return '<ul class="summary">' + "".join(
            f'<li class="textes"><div class="title"><a href="{u(w.path)}">{esc(w.title)}</a></div><div '
            f'class="name">{esc(w.author)}</div></li>' for _, w in sel) + "</ul>"

    latest = [(k, w) for k, w in ws if k not in ISSUE_405]
    docs.append(_doc(LODEL, "/infodoc/", _lodel(
        u, JOURNAL, f'<div id="home"><h1>{JOURNAL}</h1><p>An open access journal of documentation and information '
        f'practices, published twice a year.</p><h2>Latest articles</h2>{toc(latest[::-1])}<h2>Issues</h2><ul '
        f'class="issues"><li><a href="{u("/infodoc/405")}">12 | 2023: Networks and learning</a></li></ul></div>',
        f'<meta property="og:type" content="website"><meta property="og:site_name" content="{JOURNAL}">',
        "home")))
    docs.append(_doc(LODEL, "/infodoc/405", _lodel(
        u, f"12 | 2023 Networks and learning", f'<div id="publiIssue"><h1 class="title">12 | 2023<br/>Networks and '
        f'learning</h1><div class="date">June 2023</div><h2>Contents</h2>{toc([(k, WORKS[k]) for k in ISSUE_405])}'
        "</div>", '<meta name="DC.type" content="issue">', "publiIssue")))
    docs.append(_doc(LODEL, "/infodoc/103", _lodel(
        u, f"About the journal", f'<div id="publiArticle"><h1 class="title">About the journal</h1><div class="text">'
        f"<p>{JOURNAL} publishes research on documentation and information practices in schools, libraries and "
        "archives. Articles are peer reviewed and published in open access without author fees.</p></div></div>",
        "", "publiArticle")))
    mine = [(k, w) for k, w in ws if w.author == AUTHOR_552]
    docs.append(_doc(LODEL, "/infodoc/552", _lodel(
        u, f"{AUTHOR_552}", f'<div id="index" class="indexAuthor"><h1 class="title">{AUTHOR_552}</h1><h2>Articles of'
        f" the author</h2>{toc(mine)}<h2>Notice</h2><p>Teacher-documentalist and doctoral researcher in information "
        "and communication sciences.</p></div>", "", "indexAuthor")))
    return docs


# --- a Pure research portal --------------------------------------------------------------------------

UNI = "Fenwick University"
PURE_PERSON = "Aoife Brennan"


def _pure(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{esc(title)} &mdash; {UNI} '
            f'Research Portal</title><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="Pure Portal 5.29.1"><link rel="stylesheet" href="'
            f'{u("/portal/resources/style/css/combined/portal.css?stamp=1700000000")}">{head}</head>'
            f'<body class="portal-body"><div id="page-wrapper"><header id="header" class="page-header">'
            f'<div class="header-container"><a class="portal-logo" href="{u("/en/")}">{UNI} Research Portal</a>'
            f'<nav class="menu-container"><ul class="menu"><li><a href="{u("/en/")}">Home</a></li><li><a href="'
            f'{u("/en/publications/")}">Research output</a></li><li><a href="'
            f'{u("/en/organisations/school-of-information")}">Research units</a></li></ul></nav></div></header>'
            f'<main id="main-content" class="page-content">{main}</main>'
            f'<footer id="footer" class="page-footer"><p>Powered by <a href="https://www.elsevier.com/solutions/pure" '
            f'rel="nofollow">Pure</a>, <a href="https://www.scopus.com" rel="nofollow">Scopus</a> &amp; Elsevier '
            f"Fingerprint Engine&trade; &copy; 2025 Elsevier B.V.</p></footer></div></body></html>")


def _pure_person(u, name: str) -> str:
    if name == PURE_PERSON:
        return (f'<a rel="Person" href="{u("/en/persons/aoife-brennan")}" class="link person">'
                f'<span>{esc(name)}</span></a>')
    return f"<span>{esc(name)}</span>"


def _pure_item(u, w: Work) -> str:
    if w.kind == "document":
        link = f'<a href="{u(w.path)}" class="link" type="application/pdf"><span>{esc(w.title)}</span></a>'
        kind = "Report" if "report" in w.path else "Poster"
    else:
        link = f'<a rel="ContributionToJournal" href="{u(w.path)}" class="link"><span>{esc(w.title)}</span></a>'
        kind = "Article"
    return (f'<li class="list-result-item"><div class="result-container">'
            f'<div class="rendering rendering_researchoutput '
            f'rendering_short"><h3 class="title">{link}</h3>{_pure_person(u, w.author)}, <span class="date">'
            f'{_d(w.date):%d %b %Y}</span>. <span class="type_classification">{kind}</span></div></div></li>')


def pure(u) -> list[Doc]:
    ws = _works(PURE)
    docs = []
    for w in ws:
        if w.kind == "document":
            docs.append(Doc(PURE, w.path, w.kind, w.grade, pdf(list(w.paras)), content_type="application/pdf"))
            continue
        head = (f'<meta name="citation_title" content="{esc(w.title)}"><meta name="citation_author" '
                f'content="{esc(w.author.split()[-1])}, {esc(w.author.split()[0])}">'
                f'<meta name="citation_publication_date" content="{w.date.replace("-", "/")}">'
                f'<meta name="citation_journal_title" content="Journal of Librarianship and Information Work">'
                f'<meta name="citation_volume" content="{_d(w.date).year - 1969}"><meta name="citation_language" '
                f'content="English"><meta name="citation_publisher" content="{UNI}">'
                f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="article">'
                f'<meta property="og:url" content="{u(w.path)}"><link rel="canonical" href="{u(w.path)}">')
        main = (f'<section class="page-section"><div class="rendering rendering_researchoutput '
                f'rendering_researchoutput_'
                f'portal rendering_contributiontojournal rendering_portal rendering_contributiontojournal_portal '
                f'rendering_researchoutput_article"><div class="introduction"><h1><span>{esc(w.title)}</span></h1>'
                f'<p class="relations persons">{_pure_person(u, w.author)}</p><ul class="relations organisations">'
                f'<li><a rel="Organisation" href="{u("/en/organisations/school-of-information")}" class="link">'
                f'<span>School of Information</span></a></li></ul><p class="type"><span class="type_family">Research '
                f'output</span><span class="type_family_sep">: </span><span class="type_classification_parent">'
                f'Contribution to journal</span><span class="type_parent_sep"> &rsaquo; </span><span '
                f'class="type_classification">Article</span><span class="type_peer_review"> &rsaquo; peer-review'
                f'</span></p></div><div class="textblock">{ps(w.paras)}</div><table class="properties"><tbody>'
                f'<tr class="language"><th scope="row">Original language</th><td>English</td></tr><tr><th '
                f'scope="row">Journal</th><td>Journal of Librarianship and Information Work</td></tr>'
                f'<tr class="status"><th scope="row">Publication status</th><td><span class="prefix">Published - '
                f"</span><span class=\"date\">{_d(w.date):%d %b %Y}</span></td></tr></tbody></table></div></section>")
        docs.append(_work(w, _pure(u, w.title, main, head)))
    newest = sorted(ws, key=lambda w: w.date, reverse=True)

    def results(sel):
        return '<ul class="list-results">' + "".join(_pure_item(u, w) for w in sel) + "</ul>"

    docs.append(_doc(PURE, "/en/", _pure(u, "Home", (
        f'<section class="page-section"><h1>Find research from {UNI}</h1><form class="global-search" action="'
        f'{u("/en/publications/")}" method="get"><input type="text" name="search"></form><p>Explore research on '
        f'<a href="{u("/en/publications/?search=mentoring")}">mentoring</a>, or browse the latest <a href="'
        f'{u("/en/publications/")}">research output</a>.</p><h2>Profiles</h2><ul><li><a href="'
        f'{u("/en/persons/aoife-brennan")}">{PURE_PERSON}</a></li></ul></section>'),
        '<meta property="og:type" content="website">')))
    docs.append(_doc(PURE, "/en/publications/", _pure(u, "Research output", (
        f'<section class="page-section"><h1>Research output</h1><p class="result-count">{len(ws)} results</p>'
        f'{results(newest)}</section>'))))
    found = [w for w in newest if "mentor" in (w.title + " ".join(w.paras)).lower()]
    docs.append(_doc(PURE, "/en/publications/?search=mentoring", _pure(u, "Search results", (
        f'<section class="page-section"><h1>Research output</h1><p class="search-summary">{len(found)} results for '
        f'&ldquo;mentoring&rdquo;</p>{results(found)}</section>'))))
    mine = [w for w in newest if w.author == PURE_PERSON]
    docs.append(_doc(PURE, "/en/persons/aoife-brennan", _pure(u, PURE_PERSON, (
        f'<section class="page-section"><div class="rendering rendering_person rendering_person_portal"><h1>'
        f'<span>{PURE_PERSON}</span></h1><p class="job-title">Senior Lecturer, <a rel="Organisation" href="'
        f'{u("/en/organisations/school-of-information")}" class="link"><span>School of Information</span></a></p>'
        f'<div class="textblock">Aoife researches the careers and professional learning of library and information '
        f'workers.</div></div><h2>Research output</h2>{results(mine)}</section>'),
        '<meta property="og:type" content="profile">')))
    docs.append(_doc(PURE, "/en/organisations/school-of-information", _pure(u, "School of Information", (
        f'<section class="page-section"><div class="rendering rendering_organisation"><h1><span>School of '
        f'Information</span></h1><p class="type">Academic unit</p></div><h2>Research output</h2>{results(newest)}'
        f'<h2>Staff</h2><ul><li><a href="{u("/en/persons/aoife-brennan")}">{PURE_PERSON}</a></li></ul></section>'))))
    return docs


# --- a Spreaker podcast ---------------------------------------------------------------------------------

SHOW = "Shelf Talk: a library podcast"
SHOW_PATH = "/show/shelf-talk-library-podcast"


def _spk(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f'<meta property="fb:app_id" content="118297978185434"><meta property="og:site_name" content="Spreaker">'
            f'{head}<link rel="stylesheet" href="{u("/static/css/app.css")}"></head><body class="sp-body">'
            f'<header class="sp-header"><a class="sp-header__logo" href="{u(SHOW_PATH)}">{esc(SHOW)}</a>'
            f'<a class="sp-header__login" href="https://www.spreaker.com/login" rel="nofollow">Log in</a></header>'
            f'<main class="sp-main">{main}</main><footer class="sp-footer"><p>&copy; 2025 Spreaker, Inc. | '
            f'<a href="https://www.spreaker.com/privacy" rel="nofollow">Privacy</a></p></footer></body></html>')


def spreaker(u) -> list[Doc]:
    ws = _works(SPK)
    docs = []
    for w in ws:
        eid = w.path.rsplit("--", 1)[1]
        ld = json.dumps({"@context": "https://schema.org", "@type": "PodcastEpisode", "url": u(w.path),
                         "name": w.title, "datePublished": w.date, "description": " ".join(w.paras),
                         "associatedMedia": {"@type": "MediaObject", "contentUrl":
                                             f"https://api.spreaker.com/download/episode/{eid}/episode.mp3"},
                         "partOfSeries": {"@type": "PodcastSeries", "name": SHOW, "url": u(SHOW_PATH)}})
        head = (f'<meta property="og:type" content="music.song"><meta property="og:title" content="{esc(w.title)}">'
                f'<meta property="og:url" content="{u(w.path)}"><meta property="og:description" '
                f'content="{_teaser(w, 200)}"><meta name="twitter:card" content="player"><meta name="twitter:player" '
                f'content="https://widget.spreaker.com/player?episode_id={eid}"><link rel="canonical" '
                f'href="{u(w.path)}"><script type="application/ld+json">{ld}</script>')
        main = (f'<div class="episode-page" data-episode-id="{eid}"><div class="episode-page__header"><h1 '
                f'class="episode-page__title">{esc(w.title)}</h1><a class="episode-page__show" href="{u(SHOW_PATH)}">'
                f'{esc(SHOW)}</a> <span class="episode-page__by">by <a href="{u("/user/shelftalk")}">Shelf Talk</a>'
                f'</span><time class="episode-page__date" datetime="{w.date}">{_d(w.date):%b %d, %Y}</time>'
                f'<span class="episode-page__duration">42:17</span></div><div class="episode-page__player"><button '
                f'class="sp-play" aria-label="Play">Play</button></div><div class="episode-page__description">'
                f"{ps(w.paras)}</div></div>")
        docs.append(_work(w, _spk(u, f"{w.title} - {SHOW}", main, head)))
    eps = "".join(f'<li class="episode-list__item"><a class="episode-list__title" href="{u(w.path)}">{esc(w.title)}'
                  f'</a><span class="episode-list__date">{_d(w.date):%b %d, %Y}</span><p class="episode-list__desc">'
                  f"{_teaser(w, 140)}</p></li>" for w in ws[::-1])
    docs.append(_doc(SPK, SHOW_PATH, _spk(u, f"{SHOW} | Listen on Spreaker", (
        f'<div class="show-page"><h1 class="show-page__title">{esc(SHOW)}</h1><p class="show-page__author">by '
        f'<a href="{u("/user/shelftalk")}">Shelf Talk</a></p><p class="show-page__description">Conversations about '
        f'working in public libraries, every other Tuesday.</p><h2>Episodes</h2><ul class="episode-list">{eps}</ul>'
        "</div>"), f'<meta property="og:type" content="website"><meta property="og:title" content="{esc(SHOW)}">'
                   f'<link rel="canonical" href="{u(SHOW_PATH)}">')))
    docs.append(_doc(SPK, "/user/shelftalk", _spk(u, "Shelf Talk | Spreaker", (
        f'<div class="user-page"><h1 class="user-page__name">Shelf Talk</h1><p class="user-page__bio">Two public '
        f'librarians with microphones.</p><h2>Shows</h2><ul><li><a href="{u(SHOW_PATH)}">{esc(SHOW)}</a></li></ul>'
        "</div>"), '<meta property="og:type" content="profile">')))
    return docs


# --- Sitefinity 14 (MVC news widgets) -------------------------------------------------------------------

SF_SITE = "State Library News"
SF_TAGGED = ("sf-launch", "sf-webinars")
SF_CAT = ("sf-launch", "sf-webinars", "sf-awards")


def _sf(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><title>{esc(title)}</title><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0">'
            f'<meta name="Generator" content="Sitefinity 14.4.8100.0 DX">{head}'
            f'<link href="{u("/ResourcePackages/Bootstrap5/assets/dist/css/main.min.css")}'
            f'?package=Bootstrap5&amp;v=MTQuNC44MTAwLjA%3d" '
            f'rel="stylesheet" type="text/css"></head><body>'
            f'<div class="container"><header class="sf-header"><div class="row"><div class="col-md-4">'
            f'<a href="{u("/")}" class="navbar-brand">The State Library</a></div><div class="col-md-8"><nav '
            f'class="navbar navbar-expand-md"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="'
            f'{u("/")}">Home</a></li><li class="nav-item"><a class="nav-link" href="{u("/news")}">News</a></li>'
            f'<li class="nav-item"><a class="nav-link" href="{u("/about-us")}">About us</a></li><li class="nav-item">'
            f'<a class="nav-link" href="{u("/contact-us")}">Contact us</a></li></ul></nav>'
            f'<form class="sf-search-input-wrapper" action="{u("/search-results")}" method="get" role="search">'
            f'<input type="search" name="searchQuery" class="form-control"><input type="hidden" '
            f'name="indexCatalogue" value="site"></form></div></div></header>'
            f'<div class="row"><div class="col-md-9" id="Contentplaceholder1_TBB8C2E6F001_Col00">{main}</div>'
            f'<div class="col-md-3" id="Contentplaceholder1_TBB8C2E6F001_Col01"><div class="sf-taxonomy"><h3>Topics'
            f'</h3><ul class="list-unstyled"><li><a href="{u("/news/-in-tags/tags/mentoring")}">Mentoring</a></li>'
            f'<li><a href="{u("/news/-in-category/categories/professional-development")}">Professional development'
            f"</a></li></ul></div></div></div><footer class=\"sf-footer\"><p>&copy; 2024 The State Library. "
            f'<a href="{u("/contact-us")}">Contact us</a></p></footer></div></body></html>')


def _sf_list(u, sel: list[Work], heading: str) -> str:
    items = "".join(f'<div class="mb-3"><h3><a href="{u(w.path)}">{esc(w.title)}</a></h3><div class="text-muted">'
                    f"{_long(w.date)} By {esc(w.author)}</div><p>{_teaser(w, 180)}</p></div>" for w in sel)
    return f'<div class="sf-news-list"><h1>{heading}</h1>{items}</div>'


def sitefinity(u) -> list[Doc]:
    ws = _works(SF)
    newest = ws[::-1]
    docs = []
    for k, w in ((k, w) for k, w in WORKS.items() if w.host == SF):
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": w.title,
                         "datePublished": w.date + "T14:00:00Z", "author": {"@type": "Organization",
                                                                           "name": "The State Library"},
                         "publisher": {"@type": "Organization", "name": "The State Library"},
                         "mainEntityOfPage": u(w.path)})
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="website">'
                f'<meta property="og:url" content="{u(w.path)}"><meta property="og:site_name" content="{SF_SITE}">'
                f'<meta name="description" content="{_teaser(w, 150)}"><link rel="canonical" href="{u(w.path)}">'
                f'<script type="application/ld+json">{ld}</script>')
        extra = ""
        if k == "sf-awards":
            extra = (f'<p>Read about <a href="{u("/news/2023/11/02/annual-conference-recap")}">last year&#39;s '
                     "conference</a>.</p>")
        tags = "".join(f'<li class="list-inline-item"><a href="{u("/news/-in-tags/tags/mentoring")}">mentoring</a></li>'
                       for _ in [1] if k in SF_TAGGED)
        main = (f'<div class="sf-news-item"><h1>{esc(w.title)}</h1><div class="text-muted">{_long(w.date)} By '
                f'{esc(w.author)}</div><div class="sf-Long-text">{ps(w.paras)}{extra}</div>'
                f'<ul class="list-inline sf-tags">{tags}</ul><a href="{u("/news")}">All news</a></div>')
        docs.append(_work(w, _sf(u, w.title, main, head)))
    docs.append(_doc(SF, "/", _sf(u, "Home - The State Library", (
        f'<div class="alert alert-info">Looking for <a href="{u("/news/2024/01/09/winter-closures")}">winter closures'
        f'</a>?</div><div class="sf-content-block"><p>The State Library supports the state&#39;s public libraries '
        f'and keeps its heritage collections.</p></div>' + _sf_list(u, newest[:4], "Latest news")
        + f'<p><a href="{u("/news")}">More news</a></p>'),
        f'<meta property="og:type" content="website"><link rel="canonical" href="{u("/")}">')))
    docs.append(_doc(SF, "/news", _sf(u, "News - The State Library", _sf_list(u, newest, "News"))))
    docs.append(_doc(SF, "/news/-in-tags/tags/mentoring", _sf(
        u, "News - The State Library", _sf_list(u, [WORKS[k] for k in SF_TAGGED][::-1], "News tagged mentoring"))))
    docs.append(_doc(SF, "/news/-in-category/categories/professional-development", _sf(
        u, "News - The State Library", _sf_list(u, [WORKS[k] for k in SF_CAT][::-1], "Professional development"))))
    found = [w for w in newest if "mentor" in " ".join(w.paras).lower()]
    results = "".join(f'<div class="mb-3"><h3><a href="{u(w.path)}">{esc(w.title)}</a></h3><p>{_teaser(w, 160)}'
                      f"</p></div>" for w in found)
    docs.append(_doc(SF, "/search-results?searchQuery=mentor&indexCatalogue=site", _sf(
        u, "Search results - The State Library", f'<div class="sf-search-results"><h1>{len(found)} search results '
        f"for <strong>mentor</strong></h1>{results}</div>")))
    docs.append(_doc(SF, "/about-us", _sf(u, "About us - The State Library", (
        '<div class="sf-content-block"><h1>About us</h1><p>The State Library serves state government, supports '
        "public libraries with grants, training and consulting, and preserves the state&#39;s published heritage."
        f'</p><p>Find news about '
        f'<a href="{esc(u("/search-results?searchQuery=mentor&indexCatalogue=site"))}">mentoring '
        "programs</a>.</p></div>"))))
    docs.append(_doc(SF, "/contact-us", _sf(u, "Contact us - The State Library", (
        '<div class="sf-content-block"><h1>Contact us</h1><p>The State Library, 1 Capitol Plaza. Phone 555-0134. '
        "Open Tuesday to Saturday.</p></div>"))))
    nf = ('<div class="sf-content-block"><h1>Page not found</h1><p>The page you requested could not be found. It '
          f'may have moved. Try the <a href="{u("/")}">home page</a> or use the search.</p></div>')
    docs.append(_doc(SF, "/news/2023/11/02/annual-conference-recap", _sf(u, "Page not found", nf), status=404))
    docs.append(_doc(SF, "/news/2024/01/09/winter-closures", _sf(u, "Page not found - The State Library", nf)))
    return docs


# --- the whole web ------------------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    def on(host):
        return lambda path: url(host, path)

    return (wordpress(on(WP)) + movabletype(on(MT)) + blogger_soho(on(SOHO)) + ghost_dope(on(DOPE))
            + serendipity(on(S9Y)) + confluence(on(WIKI)) + openedition(on(LODEL)) + pure(on(PURE))
            + spreaker(on(SPK)) + sitefinity(on(SF)))


class LabelledWeb31(ServedWeb):
    """Web 31 (see the module docstring)."""

    HOSTS = HOSTS
    START = {WIKI: "/display/MENTOR/Home", LODEL: "/infodoc/", PURE: "/en/", SPK: SHOW_PATH}
    FIRST_ADDRESS = 356
    build = staticmethod(build)
