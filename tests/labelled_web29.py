"""Web 29: the pages of :mod:`tests.labelled_text29` on ten hosts, each in the
(reduced) markup of a platform no earlier web uses: WordPress's Twenty
Twenty-Three block theme, Jekyll's Architect theme with jekyll-seo-tag,
Blogger's Simple template, LiveJournal, an X/Twitter-like post page (x.com's
server-rendered markup), a vBulletin 5 forum, a HAL-like open archive with
citation_* tags and PDFs, a ScienceDirect-like journal, a Pressbooks open
textbook and an Umbraco newsroom (the Clean starter kit). Its labels were
committed in tests/labelled_text29.py before these pages were built.
"""

from __future__ import annotations

import json
import zlib
from datetime import date as _date
from typing import Callable

from tests.labelled_text29 import BG, HL, JK, LJ, OTHER, PB, SD, UM, VB, WORKS, WP, XX, Work
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

HOSTS = (WP, JK, BG, LJ, XX, VB, HL, SD, PB, UM)
KIND = {(h, p): k for h, p, k in OTHER}


def _on(host: str) -> list[tuple[str, Work]]:
    return sorted(((k, w) for k, w in WORKS.items() if w.host == host), key=lambda kw: kw[1].date, reverse=True)


def _other(host: str, path: str, body: str, status: int = 200) -> Doc:
    return Doc(host, path, KIND[(host, path)], 0, body.encode(), status=status)


def _work(w: Work, body: str) -> Doc:
    return Doc(w.host, w.path, w.kind, w.grade, body.encode())


def _long(d: str) -> str:
    return _date.fromisoformat(d).strftime("%B %-d, %Y")


def _ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


# --- WordPress, Twenty Twenty-Three (block theme, no SEO plugin) -----------------------------------

WP_SITE = "Northern Shelves"


def _wp(u, title: str, body_class: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><meta name="robots" content="max-image-preview:large">'
            f"<title>{esc(title)}</title>"
            f'<link rel="alternate" type="application/rss+xml" title="{WP_SITE} &raquo; Feed" href="{u("/feed/")}">'
            f'<meta name="generator" content="WordPress 6.4.3">{head}'
            f"<style id='wp-block-library-inline-css'>.wp-block-post-title{{margin:0}}</style></head>"
            f'<body class="{body_class} wp-embed-responsive"><div class="wp-site-blocks">'
            f'<header class="wp-block-template-part"><div class="wp-block-group is-layout-flex">'
            f'<p class="wp-block-site-title"><a href="{u("/")}" rel="home">{WP_SITE}</a></p>'
            f'<nav class="is-responsive wp-block-navigation is-layout-flex" aria-label="Header navigation">'
            f'<ul class="wp-block-navigation__container wp-block-page-list">'
            f'<li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link" href="{u("/about/")}">'
            f'About</a></li><li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link" '
            f'href="{u("/category/mentoring/")}">Mentoring</a></li><li class="wp-block-pages-list__item">'
            f'<a class="wp-block-pages-list__item__link" href="{u("/contact/")}">Contact</a></li></ul></nav></div>'
            f'</header><main class="wp-block-group is-layout-constrained">{main}</main>'
            f'<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding">'
            f'<p class="wp-block-site-title"><a href="{u("/")}">{WP_SITE}</a></p><p class="has-text-align-right">'
            f'Proudly powered by <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></footer>'
            f"</div></body></html>")


def _wp_loop(u, items, heading: str = "") -> str:
    lis = "".join(
        f'<li class="wp-block-post post type-post status-publish format-standard hentry category-news">'
        f'<h2 class="wp-block-post-title"><a href="{u(w.path)}" target="_self">{esc(w.title)}</a></h2>'
        f'<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{cut(w.paras[0], 160)}</p>'
        f'</div><div class="wp-block-post-date"><time datetime="{w.date}T10:00:00+00:00">{_long(w.date)}</time>'
        f"</div></li>" for _, w in items)
    top = f'<h1 class="wp-block-query-title">{heading}</h1>' if heading else ""
    return (f'{top}<div class="wp-block-query is-layout-constrained"><ul class="is-flex-container '
            f'wp-block-post-template">{lis}</ul>')


def wordpress(x) -> list[Doc]:
    def u(p):
        return x(WP, p)
    posts = _on(WP)
    cross = {"wp-solo": [("a study of archivists", x(HL, WORKS["hal-notice1"].path)),
                         ("recent research on academic librarians", x(SD, WORKS["sd-main"].path))]}
    tags = {"wp-solo": True}
    docs = []
    for k, w in posts:
        text = ps(w.paras)
        if k in cross:
            text += "<p>Further reading: " + ", ".join(f'<a href="{h}">{esc(t)}</a>' for t, h in cross[k]) + ".</p>"
        cat = "mentoring" if w.grade >= 2 else "news"
        cat_link = (f'<a href="{u("/category/mentoring/")}" rel="tag">Mentoring</a>' if cat == "mentoring"
                    else "News")
        tag = f' <a href="{u("/tag/pln/")}" rel="tag">PLN</a>' if k in tags else ""
        who = (f'<a href="{u("/author/rkaur/")}" target="_self">{esc(w.author)}</a>' if w.author == "Ravinder Kaur"
               else esc(w.author))
        main = (f'<div class="wp-block-group has-global-padding is-layout-constrained">'
                f'<h1 class="wp-block-post-title">{esc(w.title)}</h1></div>'
                f'<div class="entry-content wp-block-post-content has-global-padding is-layout-constrained">{text}'
                f'</div><div class="wp-block-group is-layout-flex"><div class="wp-block-post-date">'
                f'<time datetime="{w.date}T10:00:00+00:00">{_long(w.date)}</time></div>'
                f'<div class="wp-block-post-author-name">{who}</div>'
                f'<div class="taxonomy-category wp-block-post-terms">{cat_link}</div>'
                f'<div class="taxonomy-post_tag wp-block-post-terms">{tag}</div></div>'
                f'<nav class="wp-block-group is-layout-flex" aria-label="Posts"><div class="post-navigation-link-'
                f'previous wp-block-post-navigation-link"><a href="{u("/")}">Back to all posts</a></div></nav>')
        head = (f'<link rel="canonical" href="{u(w.path)}"><link rel="shortlink" href="{u("/?p=" + str(len(w.path)))}">'
                f'<link rel="alternate" type="application/json" href="{u("/wp-json/wp/v2/posts/1")}">')
        docs.append(_work(w, _wp(u, f"{w.title} &#8211; {WP_SITE}".replace("&#8211;", "\u2013"),
                                 f"post-template-default single single-post single-format-standard", main, head)))
    ment = [kw for kw in posts if kw[1].grade >= 2]
    nxt = (f'<nav class="wp-block-query-pagination is-layout-flex" aria-label="Pagination"><a href="{u("/page/2/")}" '
           f'class="wp-block-query-pagination-next">Older posts</a></nav></div>')
    docs += [
        _other(WP, "/", _wp(u, f"{WP_SITE} \u2013 News and notes from the regional library association",
                            "home blog", _wp_loop(u, posts[:4]) + nxt)),
        _other(WP, "/page/2/", _wp(u, f"{WP_SITE} \u2013 Page 2", "home blog paged paged-2",
                                   _wp_loop(u, posts[4:]) + "</div>")),
        _other(WP, "/category/mentoring/", _wp(u, f"Mentoring \u2013 {WP_SITE}", "archive category category-mentoring",
                                               _wp_loop(u, ment, "Category: Mentoring") + "</div>")),
        _other(WP, "/tag/pln/", _wp(u, f"PLN \u2013 {WP_SITE}", "archive tag tag-pln",
                                    _wp_loop(u, [kw for kw in posts if kw[0] in tags], "Tag: PLN") + "</div>")),
        _other(WP, "/?s=mentor", _wp(u, f"Search Results for \u201cmentor\u201d \u2013 {WP_SITE}",
                                     "search search-results",
                                     _wp_loop(u, [kw for kw in posts if "entor" in " ".join(kw[1].paras)],
                                              "Search results for: \u201cmentor\u201d") + "</div>")),
        _other(WP, "/author/rkaur/", _wp(u, f"Ravinder Kaur \u2013 {WP_SITE}", "archive author author-rkaur",
                                         _wp_loop(u, [kw for kw in posts if kw[1].author == "Ravinder Kaur"],
                                                  "Author: Ravinder Kaur") + "</div>")),
        _other(WP, "/about/", _wp(u, f"About \u2013 {WP_SITE}", "page-template-default page",
                                  '<h1 class="wp-block-post-title">About</h1><div class="entry-content wp-block-post-'
                                  'content"><p>Northern Shelves is the blog of a regional association of library and '
                                  'archive workers, founded in 1974. We run training, an annual conference, awards and '
                                  'a members&#8217; Discord server.</p><p>Posts are written by the committee; our '
                                  f'chair is <a href="{u("/author/rkaur/")}">Ravinder Kaur</a>. Everything we have written '
                                  f'about <a href="{u("/?s=mentor")}">mentoring</a>.</p></div>')),
        _other(WP, "/contact/", _wp(u, f"Contact \u2013 {WP_SITE}", "page-template-default page",
                                    '<h1 class="wp-block-post-title">Contact</h1><div class="entry-content wp-block-'
                                    'post-content"><p>Email the secretary at secretary@shelfmentors.example or write to '
                                    'us at the Central Library, Market Street.</p></div>')),
    ]
    return docs


# --- Jekyll, Architect theme with jekyll-seo-tag -----------------------------------------------------

JK_SITE = "Notes from an MLIS"


def _jk(u, title: str, main: str, seo: str, desc: str) -> str:
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">'
            f'<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1">'
            f"<!-- Begin Jekyll SEO tag v2.8.0 --><title>{esc(title)}</title>"
            f'<meta name="generator" content="Jekyll v4.3.3"><meta property="og:title" content="{esc(title)}">'
            f'<meta property="og:locale" content="en_US"><meta name="description" content="{esc(desc)}">'
            f'<meta property="og:description" content="{esc(desc)}"><meta property="og:site_name" '
            f'content="{JK_SITE}">{seo}<meta name="twitter:card" content="summary">'
            f"<!-- End Jekyll SEO tag -->"
            f'<link rel="stylesheet" href="/assets/css/style.css?v=4f2c"></head><body>'
            f'<header><div class="inner"><a href="{u("/")}"><h1>{JK_SITE}</h1></a>'
            f'<h2>Library school, one semester at a time</h2></div></header>'
            f'<div id="content-wrapper"><div class="inner clearfix"><section id="main-content">{main}</section>'
            f'<aside id="sidebar"><p><a href="{u("/about/")}">About</a> &middot; <a href="{u("/archive/")}">Archive'
            f'</a> &middot; <a href="{u("/tags/pln/")}">#pln</a></p><p class="repo-owner">Maintained by Priya '
            f'Raman.</p><p>This page was generated by <a href="https://pages.github.com" rel="nofollow">GitHub '
            f"Pages</a>.</p></aside></div></div></body></html>")


def _jk_meta(u, path: str, typ: str, extra: dict | None = None) -> str:
    ld = {"@context": "https://schema.org", "@type": typ, "url": u(path), **(extra or {})}
    return (f'<link rel="canonical" href="{u(path)}"><meta property="og:url" content="{u(path)}">'
            + (f'<meta property="og:type" content="article"><meta property="article:published_time" '
               f'content="{extra["datePublished"]}">' if typ == "BlogPosting" else
               '<meta property="og:type" content="website">') + _ld(ld))


def _jk_list(u, items) -> str:
    return "<ul>" + "".join(f'<li><span>{_long(w.date)}</span> &raquo; <a href="{u(w.path)}">{esc(w.title)}</a></li>'
                            for _, w in items) + "</ul>"


def jekyll(x) -> list[Doc]:
    def u(p):
        return x(JK, p)
    posts = _on(JK)
    pln = [kw for kw in posts if kw[0] in ("jk-pln", "jk-migration")]
    docs = []
    for k, w in posts:
        text = ps(w.paras)
        if k == "jk-migration":
            text += (f'<p>(The best recap of a chat I have seen lately is <a href="{x(XX, WORKS["x-thread"].path)}">'
                     f"this thread</a>.)</p>")
        if k == "jk-internship":
            text += f'<p>My old portfolio page is <a href="{u("/404.html")}">gone for now</a>; new one soon.</p>'
        tag = f'<p class="tags">Tags: <a href="{u("/tags/pln/")}">pln</a></p>' if (k, w) in pln else ""
        main = (f'<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">'
                f'<h1 class="post-title p-name" itemprop="name headline">{esc(w.title)}</h1>'
                f'<p class="post-meta"><time class="dt-published" datetime="{w.date}T00:00:00+00:00" '
                f'itemprop="datePublished">{_long(w.date)}</time> &bull; <span itemprop="author">{esc(w.author)}'
                f'</span></p><div class="post-content e-content" itemprop="articleBody">{text}</div>{tag}</article>')
        meta = _jk_meta(u, w.path, "BlogPosting", {"headline": w.title, "datePublished": w.date + "T00:00:00+00:00",
                                                   "author": {"@type": "Person", "name": w.author},
                                                   "description": w.paras[0][:160]})
        docs.append(_work(w, _jk(u, f"{w.title} | {JK_SITE}", main, meta, w.paras[0][:160])))
    desc = "Library school, one semester at a time"
    docs += [
        _other(JK, "/", _jk(u, f"{JK_SITE} | {desc}", "<h2>Posts</h2>" + _jk_list(u, posts),
                            _jk_meta(u, "/", "WebSite", {"headline": JK_SITE}), desc)),
        _other(JK, "/archive/", _jk(u, f"Archive | {JK_SITE}", "<h1>Archive</h1>" + _jk_list(u, posts[::-1]),
                                    _jk_meta(u, "/archive/", "WebPage"), desc)),
        _other(JK, "/tags/pln/", _jk(u, f"Posts tagged pln | {JK_SITE}", "<h1>Tag: pln</h1>" + _jk_list(u, pln),
                                     _jk_meta(u, "/tags/pln/", "WebPage"), desc)),
        _other(JK, "/about/", _jk(u, f"About | {JK_SITE}", "<h1>About</h1><p>I am an MLIS student writing up what I "
                                  "learn each semester. Views my own.</p>",
                                  _jk_meta(u, "/about/", "WebPage"), desc)),
        _other(JK, "/404.html", _jk(u, f"Page not found | {JK_SITE}", "<h1>404</h1><p><strong>Page not found :(</strong>"
                                    "</p><p>The requested page could not be found.</p>",
                                    _jk_meta(u, "/404.html", "WebPage"), desc), status=404),
    ]
    return docs


# --- Blogger, Simple template ------------------------------------------------------------------------

BG_SITE = "Old Stacks"


def _bg(u, title: str, main: str, head: str = "", body_class: str = "") -> str:
    pages = (f'<div class="widget PageList" data-version="1" id="PageList1"><div class="widget-content"><ul>'
             f'<li><a href="{u("/")}">Home</a></li><li><a href="{u("/p/about.html")}">About me</a></li>'
             f'<li><a href="{u("/p/contact.html")}">Write to me</a></li></ul></div></div>')
    labels = (f'<div class="widget Label" data-version="1" id="Label1"><h2>Labels</h2><div class="widget-content '
              f'list-label-widget-content"><ul><li><a dir="ltr" href="{u("/search/label/mentoring")}">mentoring</a>'
              f'<span dir="ltr">(2)</span></li></ul></div></div>')
    return (f"<!DOCTYPE html><html class='v2' dir='ltr' lang='en-GB'><head><meta content='width=1100' name='viewport'>"
            f"<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'><meta content='blogger' "
            f"name='generator'><link href='{u('/feeds/posts/default')}' rel='alternate' title='{BG_SITE} - Atom' "
            f"type='application/atom+xml'>{head}<title>{esc(title)}</title></head>"
            f"<body class='loading variant-simplysimple{body_class}'><div class='content'><div class='content-outer'>"
            f"<header><div class='header-outer'><div class='section' id='header'><div class='widget Header' "
            f"data-version='1' id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'>"
            f"<a href='{u('/')}'>{BG_SITE}</a></h1></div><div class='descriptionwrapper'><p class='description'>"
            f"<span>Forty years in libraries, now mostly in the garden.</span></p></div></div></div></div></div>"
            f"</header><div class='tabs-outer'>{pages}</div><div class='main-outer'><div class='columns fauxcolumns'>"
            f"<div class='column-center-outer'><div class='main section' id='main'><div class='widget Blog' "
            f"data-version='1' id='Blog1'><div class='blog-posts hfeed'>{main}</div></div></div></div>"
            f"<div class='column-right-outer'><div class='sidebar section' id='sidebar-right-1'>"
            f"<div class='widget Profile' data-version='1' id='Profile1'><h2>About Me</h2><div class='widget-content'>"
            f"<dl class='profile-datablock'><dt class='profile-data'>Margaret Holloway</dt></dl></div></div>"
            f"{labels}</div></div></div></div><footer><div class='footer-outer'><div class='widget Attribution' "
            f"id='Attribution1'>Simple theme. Powered by <a href='https://www.blogger.com' rel='nofollow'>Blogger</a>."
            f"</div></div></footer></div></div></body></html>")


def _bg_post(u, w: Work, single: bool, extra: str = "") -> str:
    label = ("<span class='post-labels'>Labels: <a href='" + u("/search/label/mentoring") + "' rel='tag'>mentoring</a>"
             "</span>" if w.grade >= 2 else "")
    body = "<br /><br />".join(esc(p) for p in w.paras) + extra
    title = esc(w.title) if single else f"<a href='{u(w.path)}'>{esc(w.title)}</a>"
    return (f"<div class='date-outer'><h2 class='date-header'><span>{_date.fromisoformat(w.date).strftime('%A, %B %-d, %Y')}"
            f"</span></h2><div class='date-posts'><div class='post-outer'><div class='post hentry uncustomized-post-"
            f"template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>"
            f"<meta content='{esc(w.paras[0][:140])}' itemprop='description'>"
            f"<h3 class='post-title entry-title' itemprop='name'>{title}</h3><div class='post-header'></div>"
            f"<div class='post-body entry-content' id='post-body-{zlib.crc32(w.path.encode())}' itemprop='description "
            f"articleBody'>{body}<div style='clear: both;'></div></div><div class='post-footer'><div class='post-footer-"
            f"line post-footer-line-1'><span class='post-author vcard'>Posted by <span class='fn' itemprop='author' "
            f"itemscope='itemscope' itemtype='http://schema.org/Person'><span itemprop='name'>{esc(w.author)}</span>"
            f"</span></span> <span class='post-timestamp'>at <a class='timestamp-link' href='{u(w.path)}' "
            f"rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' "
            f"title='{w.date}T09:30:00+01:00'>9:30&#8239;am</abbr></a></span></div>"
            f"<div class='post-footer-line post-footer-line-2'>{label}</div></div></div></div></div></div>")


def blogger(x) -> list[Doc]:
    def u(p):
        return x(BG, p)
    posts = _on(BG)
    docs = []
    for k, w in posts:
        extra = ""
        if k == "bg-mastodon":
            extra = f"<br /><br />(<a href='{u('/search?q=mastodon')}'>All my posts about Mastodon</a>.)"
        if k == "bg-listserv":
            extra = (f"<br /><br />A younger colleague has written well about <a href='{x(LJ, WORKS['lj-listserv'].path)}'>"
                     f"what lists are for</a>.")
        head = (f"<link href='{u(w.path)}' rel='canonical'><meta content='{u(w.path)}' property='og:url'>"
                f"<meta content='{esc(w.title)}' property='og:title'><meta content='{esc(w.paras[0][:140])}' "
                f"property='og:description'>")
        docs.append(_work(w, _bg(u, f"{BG_SITE}: {w.title}", _bg_post(u, w, True, extra), head,
                                 " item-view")))
    ment = [kw for kw in posts if kw[1].grade >= 2]
    page = ("<div class='post hentry'><h3 class='post-title entry-title'>{t}</h3><div class='post-body entry-content'>"
            "{b}</div></div>")
    docs += [
        _other(BG, "/", _bg(u, BG_SITE, "".join(_bg_post(u, w, False) for _, w in posts),
                            f"<link href='{u('/')}' rel='canonical'>", " index-view")),
        _other(BG, "/search/label/mentoring", _bg(
            u, f"{BG_SITE}: mentoring", "<div class='status-msg-wrap'><div class='status-msg-body'>Showing posts with "
            "the label <b>mentoring</b>. <a href='" + u("/") + "'>Show all posts</a></div></div>"
            + "".join(_bg_post(u, w, False) for _, w in ment), "", " label-view")),
        _other(BG, "/search?q=mastodon", _bg(
            u, f"{BG_SITE}: Search results for mastodon", "<div class='status-msg-wrap'><div class='status-msg-body'>"
            "Showing posts matching the search for <b>mastodon</b></div></div>"
            + "".join(_bg_post(u, w, False) for k, w in posts if k == "bg-mastodon"), "", " search-view")),
        _other(BG, "/p/about.html", _bg(u, f"{BG_SITE}: About me", page.format(
            t="About me", b="Retired county librarian. Forty years in public libraries, the last twelve as a branch "
                            "manager. I write about the garden, books and the odd bit of library nostalgia."),
            "", " item-view")),
        _other(BG, "/p/contact.html", _bg(u, f"{BG_SITE}: Write to me", page.format(
            t="Write to me", b="Leave a comment on any post and I will reply, usually within a day or two."),
            "", " item-view")),
    ]
    return docs


# --- LiveJournal -------------------------------------------------------------------------------------

LJ_USER = "quietvault"


def _lj(u, title: str, main: str, head: str = "", page: str = "page-recent") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta property="og:site_name" content="LiveJournal">{head}'
            f'<link rel="alternate" type="application/rss+xml" title="RSS" href="{u("/data/rss")}"></head>'
            f'<body class="{page} s2-journal"><div class="s-header"><div class="s-title"><h1>'
            f'<a href="{u("/")}">the quiet vault</a></h1><h2 class="s-subtitle">boxes, dust and other people\'s '
            f'letters</h2></div><ul class="s-nav"><li><a href="{u("/")}">Recent Entries</a></li>'
            f'<li><a href="{u("/profile/")}">Profile</a></li><li><a href="{u("/tag/mentoring/")}">mentoring</a></li>'
            f'</ul></div><div class="s-content">{main}</div><div class="s-footer">Powered by '
            f'<a href="https://www.livejournal.com" rel="nofollow">LiveJournal.com</a></div></body></html>')


def _lj_entry(u, w: Work, single: bool, extra: str = "") -> str:
    title = esc(w.title) if single else f'<a href="{u(w.path)}" class="subj-link">{esc(w.title)}</a>'
    tags = (f'<div class="ljtags"><strong>Tags:</strong> <a rel="tag" href="{u("/tag/mentoring/")}">mentoring</a>'
            f"</div>" if w.grade >= 2 else "")
    return (f'<div class="entry-wrap"><div class="entry"><h3 class="entry-title">{title}</h3>'
            f'<div class="entry-date"><abbr class="updated" title="{w.date}T21:14:00Z">{_long(w.date)}, 21:14</abbr>'
            f'</div><div class="poster"><span class="ljuser" lj:user="{LJ_USER}"><b>{LJ_USER}</b></span></div>'
            f'<div class="entry-content">{"<br /><br />".join(esc(p) for p in w.paras)}{extra}</div>{tags}'
            f'<ul class="entry-interaction-links"><li><a rel="nofollow" href="{u(w.path)}?mode=reply">Leave a comment'
            f'</a></li></ul></div></div>')


def livejournal(x) -> list[Doc]:
    def u(p):
        return x(LJ, p)
    posts = _on(LJ)
    docs = []
    for k, w in posts:
        extra = ""
        if k == "lj-circle":
            extra = (f'<br /><br />If you want to start one, the <a href="{x(VB, "/forum/career-development")}">career '
                     f"forum</a> over at the infopros boards is a good place to find people.")
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="article">'
                f'<meta property="og:url" content="{u(w.path)}"><meta property="og:description" '
                f'content="{esc(w.paras[0][:140])}"><link rel="canonical" href="{u(w.path)}">'
                f'<meta property="article:published_time" content="{w.date}T21:14:00Z">')
        docs.append(_work(w, _lj(u, f"{LJ_USER}: {w.title}", _lj_entry(u, w, True, extra), head, "page-entry")))
    nav = f'<div class="navigation"><a href="{u("/?skip=5")}">&laquo; Previous</a></div>'
    docs += [
        _other(LJ, "/", _lj(u, "the quiet vault", "".join(_lj_entry(u, w, False) for _, w in posts[:3]) + nav)),
        _other(LJ, "/?skip=5", _lj(u, "the quiet vault", "".join(_lj_entry(u, w, False) for _, w in posts[3:])
                                   + f'<div class="navigation"><a href="{u("/")}">Next &raquo;</a></div>')),
        _other(LJ, "/tag/mentoring/", _lj(u, "the quiet vault: mentoring", "".join(
            _lj_entry(u, w, False) for _, w in posts if w.grade >= 2), page="page-tag")),
        _other(LJ, "/profile/", _lj(u, f"{LJ_USER} - Profile", '<div class="b-profile"><h2 class="b-profile-username">'
                                    f'{LJ_USER}</h2><p class="b-profile-userinfo">Archivist at a small museum. '
                                    'Mostly boxes. Journal since 2003.</p><dl><dt>Interests:</dt><dd>appraisal, '
                                    'conservation, cats, coastal walks</dd></dl></div>', page="page-profile")),
    ]
    return docs


# --- an X/Twitter-like site (x.com's server-rendered markup, reduced) --------------------------------

X_PEOPLE = {"mkaplan_lib": ("Mira Kaplan", "Instruction librarian. Host of #LibMentorChat. Views mine."),
            "jorunn_arch": ("Jorunn Dahl", "Archivist. Boxes, spreadsheets, cake.")}


def _x(title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html dir="ltr" lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width,initial-scale=1"><meta property="og:site_name" content="X (formerly '
            f'Twitter)"><meta name="twitter:site" content="@X">{head}<title>{esc(title)}</title></head>'
            f'<body style="background-color:#FFFFFF"><div id="react-root"><div class="css-175oi2r r-13awgt0">'
            f'<main role="main" class="css-175oi2r r-1habvwh">{main}</main></div></div></body></html>')


def _tweet(x, k: str, w: Work, big: bool) -> str:
    handle = w.path.split("/")[1]
    text = "".join(f'<span class="css-1jxf684">{esc(p)}</span>' for p in w.paras)
    text = text.replace("#LibMentorChat", f'</span><a href="{x(XX, "/hashtag/LibMentorChat")}" role="link">'
                                          f'#LibMentorChat</a><span class="css-1jxf684">')
    link = "" if big else f'<a href="{x(XX, w.path)}" dir="ltr" role="link" class="css-146c3p1 r-bcqeeo">'
    return (f'<article aria-labelledby="id__{k}" role="article" tabindex="-1" data-testid="tweet" class="css-175oi2r">'
            f'<div data-testid="User-Name"><a href="{x(XX, "/" + handle)}" role="link"><span>{esc(w.author)}</span>'
            f'</a><span>@{handle}</span> {link}<time datetime="{w.date}T19:02:11.000Z">{_long(w.date)}</time>'
            f'{"</a>" if link else ""}</div><div lang="en" dir="auto" data-testid="tweetText" class="css-146c3p1 '
            f'r-bcqeeo">{text}</div></article>')


def xlike(x) -> list[Doc]:
    posts = _on(XX)
    docs = []
    for k, w in posts:
        handle = w.path.split("/")[1]
        head = (f'<meta property="og:type" content="article"><meta property="og:url" content="{x(XX, w.path)}">'
                f'<meta property="og:title" content="{esc(w.author)} on X"><meta property="og:description" '
                f'content="&#8220;{esc(" ".join(w.paras))}&#8221;"><link rel="canonical" href="{x(XX, w.path)}">')
        main = (f'<div aria-label="Timeline: Conversation"><h2 role="heading">Post</h2>{_tweet(x, k, w, True)}'
                f'</div>')
        docs.append(_work(w, _x(f"{w.author} on X: \"{' '.join(w.paras)[:80]}\" / X", main, head)))
        del handle
    for handle, (name, bio) in X_PEOPLE.items():
        mine = [(k, w) for k, w in posts if w.path.startswith(f"/{handle}/")]
        main = (f'<div data-testid="UserName"><span>{esc(name)}</span><span>@{handle}</span></div>'
                f'<div data-testid="UserDescription">{esc(bio)}</div>'
                f'<div aria-label="Timeline: {esc(name)}\u2019s posts">{"".join(_tweet(x, k, w, False) for k, w in mine)}'
                f'</div>')
        other = [h for h in X_PEOPLE if h != handle][0]
        main += f'<aside aria-label="Who to follow"><a href="{x(XX, "/" + other)}" role="link">@{other}</a></aside>'
        docs.append(_other(XX, f"/{handle}", _x(f"{name} (@{handle}) / X", main,
                                                f'<meta property="og:type" content="profile">'
                                                f'<meta property="og:title" content="{esc(name)} (@{handle}) on X">')))
    tagged = [(k, w) for k, w in posts if "#LibMentorChat" in " ".join(w.paras)]
    docs.append(_other(XX, "/hashtag/LibMentorChat", _x(
        "#LibMentorChat - Search / X", f'<h2 role="heading">#LibMentorChat</h2>'
        f'{"".join(_tweet(x, k, w, False) for k, w in tagged)}<a href="{x(XX, "/search?q=mentor")}" role="link">'
        f"Related: mentor</a>")))
    found = [(k, w) for k, w in posts if "entor" in " ".join(w.paras)]
    docs.append(_other(XX, "/search?q=mentor", _x(
        "mentor - Search / X", f'<h2 role="heading">Search results</h2>{"".join(_tweet(x, k, w, False) for k, w in found)}')))
    return docs


# --- vBulletin 5 --------------------------------------------------------------------------------------

VB_SITE = "InfoPros Community"
VB_FORUMS = {"/forum/career-development": "Career Development", "/forum/technology": "Library Technology"}


def _vb(u, title: str, main: str, crumbs: str = "", head: str = "", page: str = "page1") -> str:
    return (f'<!DOCTYPE html><html id="htmlTag" xmlns="http://www.w3.org/1999/xhtml" lang="en-US" dir="ltr"><head>'
            f'<meta charset="utf-8"><meta name="generator" content="vBulletin 5.7.5"><title>{esc(title)} - {VB_SITE}'
            f'</title><meta property="og:site_name" content="{VB_SITE}">{head}'
            f'<link rel="stylesheet" href="{u("/css.php?styleid=1&amp;sheet=css_reset.css")}"></head>'
            f'<body id="vb-page-body" class="l-desktop {page} vb-page view-mode logged-out" itemscope '
            f'itemtype="http://schema.org/WebPage"><div id="outer-wrapper"><div id="wrapper"><div id="header-axd" '
            f'class="header-edit-box"><div class="site-logo header-edit-box"><a href="{u("/")}"><img '
            f'src="/images/misc/vbulletin5_logo.png" alt="{VB_SITE}"></a></div></div><div id="main-navbar-wrapper">'
            f'<ul id="main-navbar" class="h-left"><li class="section-item"><a href="{u("/")}" class="navbar_home">Forums'
            f'</a></li><li class="section-item"><a href="{u("/search?q=mentor")}">Search: mentor</a></li></ul></div>'
            f'<div id="breadcrumbs"><ul class="breadcrumbs"><li class="crumb"><a href="{u("/")}">Forum</a></li>'
            f'{crumbs}</ul></div><div id="content"><div class="canvas-layout-container">{main}</div></div>'
            f'<div id="footer"><ul class="nav-list"><li><a href="{u("/contact-us")}">Contact Us</a></li>'
            f'<li><a href="https://www.vbulletin.com" rel="nofollow">Powered by vBulletin&reg;</a></li></ul>'
            f'<div id="footer-copyright">All times are GMT. This page was generated at 10:12 AM.</div></div>'
            f"</div></div></body></html>")


def _vb_author(u, who: str) -> str:
    if who == "jtrent":
        return f'<a href="{u("/member/15-jtrent")}" class="b-avatar--s" itemprop="url"><span itemprop="name">{who}</span></a>'
    return f'<span itemprop="name">{esc(who)}</span>'


def _vb_rows(u, items) -> str:
    return ('<table class="topic-list-wrapper"><tbody>' + "".join(
        f'<tr class="topic-item" data-node-id="{w.path.split("/")[-1].split("-")[0]}"><td class="cell-topic">'
        f'<a href="{u(w.path)}" class="topic-title js-topic-title">{esc(w.title)}</a><div class="topic-info">'
        f'Started by {esc(w.author)}, {w.date}</div></td><td class="cell-count">{len(w.paras) - 1} replies</td></tr>'
        for _, w in items) + "</tbody></table>")


def vbulletin(x) -> list[Doc]:
    def u(p):
        return x(VB, p)
    posts = _on(VB)
    docs = []
    for k, w in posts:
        forum = "/" + "/".join(w.path.split("/")[1:3])
        nid = w.path.split("/")[-1].split("-")[0]
        items = []
        for i, p in enumerate(w.paras):
            who, text = (w.author, p) if i == 0 else p[len("Reply from "):].split(": ", 1)
            typ = "DiscussionForumPosting" if i == 0 else "Comment"
            prop = 'itemprop="mainEntity" ' if i == 0 else 'itemprop="comment" '
            items.append(f'<li class="b-post js-post {"b-post--first" if i == 0 else ""}" data-node-id="{int(nid) * 10 + i}" '
                         f'{prop}itemscope itemtype="https://schema.org/{typ}"><div class="b-userinfo__details">'
                         f'<div class="author h-text-size--14"><strong>{_vb_author(u, who)}</strong></div></div>'
                         f'<div class="b-post__content js-post__content"><div class="b-post__timestamp">'
                         f'<time itemprop="dateCreated" datetime="{w.date}T09:{10 + i}:00">{w.date}, 09:{10 + i} AM'
                         f'</time></div><div class="js-post__content-text restore h-wordwrap" itemprop="text">'
                         f"{esc(text)}</div></div></li>")
        main = (f'<h1 class="main-title js-main-title hide-on-editmode">{esc(w.title)}</h1>'
                f'<div class="conversation-status-messages"></div><ul class="conversation-list list-container">'
                f'{"".join(items)}</ul>')
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="website">'
                f'<meta property="og:url" content="{u(w.path)}"><meta name="description" '
                f'content="{esc(w.paras[0][:150])}"><link rel="canonical" href="{u(w.path)}">')
        crumbs = f'<li class="crumb"><a href="{u(forum)}">{VB_FORUMS[forum]}</a></li>'
        docs.append(_work(w, _vb(u, w.title, main, crumbs, head, "page60")))
    for forum, name in VB_FORUMS.items():
        mine = [kw for kw in posts if kw[1].path.startswith(forum + "/")]
        docs.append(_other(VB, forum, _vb(u, name, f'<h1 class="main-title">{name}</h1>' + _vb_rows(u, mine),
                                          f'<li class="crumb"><a href="{u(forum)}">{name}</a></li>',
                                          f'<meta property="og:title" content="{name}">', "page26")))
    forums = "".join(f'<tr class="forum-item"><td class="cell-forum"><a href="{u(f)}" class="forum-title">{n}</a>'
                     f"</td></tr>" for f, n in VB_FORUMS.items())
    docs += [
        _other(VB, "/", _vb(u, "Forum", f'<h1 class="main-title">{VB_SITE}</h1><table class="forum-list-container">'
                                     f"{forums}</table>", page="page1")),
        _other(VB, "/member/15-jtrent", _vb(u, "jtrent - Profile", '<div class="profile-sidebar"><div '
                                            'class="profile-acct-name">jtrent</div><div class="profileTabs">Junior '
                                            'Member. Join Date: Jun 2023. Posts: 14.</div></div><div class="profile-'
                                            'tab-content"><h2>Activity</h2>' + _vb_rows(
                                                u, [kw for kw in posts if kw[1].author == "jtrent"]) + "</div>",
                                            page="page8")),
        _other(VB, "/search?q=mentor", _vb(u, "Search Results", '<h1 class="main-title">Search Results</h1>'
                                           + _vb_rows(u, [kw for kw in posts if "entor" in " ".join(kw[1].paras)]),
                                           page="page23")),
        _other(VB, "/contact-us", _vb(u, "Contact Us", '<h1 class="main-title">Contact Us</h1><form class="contact-us-'
                                      'form"><label>Your name</label><input type="text" name="name"><label>Message'
                                      '</label><textarea name="message"></textarea></form>', page="page9")),
    ]
    return docs


# --- a HAL-like open archive -------------------------------------------------------------------------


def _hal(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}</head><body>'
            f'<header class="navbar"><a class="navbar-brand" href="{u("/")}"><img src="/img/hal-logo.svg" '
            f'alt="HAL open science"></a><ul class="nav"><li><a href="{u("/browse/collection/INFOLIB")}">Collection '
            f'INFOLIB</a></li><li><a href="{u("/page/a-propos")}">About</a></li></ul></header>'
            f'<div class="container">{main}</div><footer class="footer"><p>HAL is a multidisciplinary open archive '
            f"for the deposit and dissemination of research.</p></footer></body></html>")


def hal(x) -> list[Doc]:
    def u(p):
        return x(HL, p)
    notices = [("hal-notice1", "hal-pdf1"), ("hal-notice2", "hal-pdf2"), ("hal-sna", None)]
    docs = []
    for nk, pk in notices:
        w = WORKS[nk]
        authors = w.author.split("; ")
        meta = (f'<meta name="citation_title" content="{esc(w.title)}">'
                + "".join(f'<meta name="citation_author" content="{esc(a)}">' for a in authors)
                + f'<meta name="citation_publication_date" content="{w.date[:4]}">'
                f'<meta name="citation_online_date" content="{w.date}">'
                f'<meta name="citation_abstract_html_url" content="{u(w.path)}">'
                f'<meta name="citation_language" content="en"><meta name="DC.title" content="{esc(w.title)}">'
                f'<meta name="DC.identifier" content="{w.path.strip("/")}"><meta name="description" '
                f'content="{esc(w.paras[0][:250])}"><link rel="canonical" href="{u(w.path)}">')
        files = ""
        if pk:
            meta += f'<meta name="citation_pdf_url" content="{u(WORKS[pk].path)}">'
            files = (f'<div class="widget-files"><a class="btn btn-primary" href="{u(WORKS[pk].path)}" '
                     f'type="application/pdf">Download PDF <span class="badge">document</span></a></div>')
        main = (f'<div class="row"><div class="col-md-8"><h1 class="title">{esc(w.title)}</h1>'
                f'<div class="authors">{", ".join(esc(a) for a in authors)}</div>'
                f'<div class="abstract"><div class="abstract-content"><strong>Abstract</strong> {ps(w.paras)}</div>'
                f'</div><div class="keywords">Document type: Conference paper / Preprint</div></div>'
                f'<div class="col-md-4">{files}<div class="ref-biblio">{w.path.strip("/")}, version 1 '
                f"({w.date})</div></div></div>")
        docs.append(_work(w, _hal(u, f"{w.title} - HAL", main, meta)))
        if pk:
            p = WORKS[pk]
            docs.append(Doc(HL, p.path, p.kind, p.grade, pdf(list(p.paras)), "application/pdf"))
    rows = "".join(f'<li class="results-item"><a href="{u(WORKS[n].path)}" class="ref-halid">{esc(WORKS[n].title)}'
                   f'</a><span class="authors">{esc(WORKS[n].author)}</span> ({WORKS[n].date[:4]})</li>'
                   for n, _ in notices)
    docs += [
        _other(HL, "/", _hal(u, "HAL - Open archive", f'<h1>HAL open archive</h1><p>Deposit and consult research '
                                f'papers.</p><p><a href="{u("/search/index/?q=mentoring")}">Latest deposits: '
                                f'mentoring</a></p><ul class="results">{rows}</ul>')),
        _other(HL, "/search/index/?q=mentoring", _hal(
            u, "Search - HAL", f'<h1>Search results</h1><p>3 results for <em>mentoring</em></p><ul class="results">'
            f"{rows}</ul>")),
        _other(HL, "/browse/collection/INFOLIB", _hal(
            u, "Collection INFOLIB - HAL", f'<h1>INFOLIB: information and library science</h1><ul class="results">'
            f'{rows}<li class="results-item"><a href="{u("/hal-04999999")}">Withdrawn deposit</a></li></ul>')),
        _other(HL, "/page/a-propos", _hal(u, "About - HAL", "<h1>About</h1><p>This open archive is run by a consortium "
                                          "of research institutions. Deposits are moderated.</p>")),
        _other(HL, "/hal-04999999", _hal(u, "Document not found - HAL", '<div class="alert alert-danger"><h1>Document '
                                         "not found</h1><p>The document you requested does not exist or is no longer "
                                         "available.</p></div>")),
    ]
    return docs


# --- a ScienceDirect-like journal ---------------------------------------------------------------------

SD_J = "Library Practice"
SD_JP = "/journal/library-practice"


def _sd(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}</head>'
            f'<body><div id="root"><div class="App"><header id="gh-cnt" class="gh-header"><a id="gh-branding" '
            f'href="{u("/")}" aria-label="ScienceDirect home page">ScienceDirect</a><nav class="gh-nav">'
            f'<a href="{u("/search?qs=mentoring")}">Search: mentoring</a></nav></header>'
            f'<div class="page">{main}</div><footer class="els-footer"><p>Copyright &copy; 2024 Elsevier B.V., its '
            f"licensors, and contributors.</p></footer></div></div></body></html>")


def _sd_list(u, items) -> str:
    return '<ol class="js-article-list article-list-items">' + "".join(
        f'<li class="js-article-list-item article-item u-padding-xs-top u-margin-l-bottom"><dl class="js-article">'
        f'<dd class="u-clr-grey8 u-fonts-sans u-text-italic">Research article</dd><dt><h3 class="text-m u-font-serif '
        f'u-display-inline"><a class="anchor article-content-title u-margin-xs-top u-margin-s-bottom" '
        f'href="{u(w.path)}"><span class="js-article-title">{esc(w.title)}</span></a></h3></dt><dd '
        f'class="js-article-author-list u-clr-grey8 u-fonts-sans">{esc(w.author.replace(";", ","))}</dd></dl></li>'
        for _, w in items) + "</ol>"


def sciencedirect(x) -> list[Doc]:
    def u(p):
        return x(SD, p)
    arts = _on(SD)
    docs = []
    for n, (k, w) in enumerate(arts):
        pii = w.path.split("/")[-1]
        authors = w.author.split("; ")
        meta = (f'<meta name="citation_pii" content="{pii}"><meta name="citation_issn" content="0740-8188">'
                f'<meta name="citation_volume" content="41"><meta name="citation_issue" content="2">'
                f'<meta name="citation_lastpage" content="{101450 + n}"><meta name="citation_publisher" '
                f'content="Elsevier"><meta name="citation_firstpage" content="{101450 + n}">'
                f'<meta name="citation_journal_title" content="{SD_J}"><meta name="citation_type" content="JOUR">'
                f'<meta name="citation_doi" content="10.1016/j.lp.{w.date[:4]}.{101450 + n}">'
                f'<meta name="dc.identifier" content="10.1016/j.lp.{w.date[:4]}.{101450 + n}">'
                f'<meta name="citation_article_type" content="Full-length article">'
                f'<meta name="citation_title" content="{esc(w.title)}">'
                + "".join(f'<meta name="citation_author" content="{esc(a)}">' for a in authors)
                + f'<meta name="citation_publication_date" content="{w.date.replace("-", "/")}">'
                f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="article">'
                f'<meta property="og:site_name" content="ScienceDirect"><meta name="og:description" '
                f'content="{esc(w.paras[0][:200])}"><link rel="canonical" href="{u(w.path)}">')
        abstract, body = w.paras[0], w.paras[1:]
        secs = "".join(f'<section id="sec{i + 1}"><h2 class="u-h4 u-margin-l-top u-margin-xs-bottom">{i + 1}. '
                       f'{("Results", "Discussion", "Conclusions")[i % 3]}</h2><div class="u-margin-s-bottom" '
                       f'id="p{i + 1}0">{esc(p)}</div></section>' for i, p in enumerate(body))
        main = (f'<article class="col-lg-12 col-md-16 pad-left pad-right u-padding-s-top" role="main" lang="en">'
                f'<div class="Publication" id="publication"><div class="publication-brand u-display-block-from-sm">'
                f'</div><div class="publication-volume u-text-center"><h2 id="publication-title" class="publication-'
                f'title u-h3"><a class="publication-title-link" href="{u("/")}">{SD_J}</a></h2><div class="text-xs">'
                f'<a href="{u(SD_JP + "/vol/41/issue/2")}">Volume 41, Issue 2</a>, {_long(w.date)}, 101{450 + n}</div>'
                f'</div></div><h1 id="screen-reader-main-title" class="Head u-font-serif u-h2 u-margin-s-ver">'
                f'<span class="title-text">{esc(w.title)}</span></h1><div class="Banner" id="banner"><div '
                f'class="wrapper truncated"><div class="AuthorGroups"><div class="author-group" id="author-group">'
                + "".join(f'<span class="react-xocs-alternative-link"><span class="given-name">{esc(a.split()[0])}'
                          f'</span> <span class="text surname">{esc(a.split()[-1])}</span></span> ' for a in authors)
                + f'</div></div></div></div><div class="Abstracts u-font-serif" id="abstracts"><div class="abstract '
                f'author" id="abs0010"><h2 class="section-title u-h4 u-margin-l-top u-margin-xs-bottom">Abstract</h2>'
                f'<div id="abss0010"><div class="u-margin-s-bottom" id="sp0010">{esc(abstract.split(": ", 1)[-1])}'
                f'</div></div></div></div><div class="Body u-font-serif" id="body"><div>{secs}</div></div></article>')
        docs.append(_work(w, _sd(u, f"{w.title} - ScienceDirect", main, meta)))
    head = f'<meta property="og:site_name" content="ScienceDirect">'
    jhead = (f'<h1 class="js-title-text u-h2">{SD_J}</h1><nav class="journal-nav"><a href="{u(SD_JP + "/vol/41/issue/2")}">'
             f'Latest issue</a> <a href="{u(SD_JP + "/articles-in-press")}">Articles in press</a> '
             f'<a href="{u(SD_JP + "/about/aims-and-scope")}">Aims and scope</a></nav>')
    docs += [
        _other(SD, "/", _sd(u, f"{SD_J} | Journal | ScienceDirect.com by Elsevier",
                            jhead + '<h2 class="u-h3">Most downloaded articles</h2>' + _sd_list(u, arts), head)),
        _other(SD, SD_JP + "/vol/41/issue/2", _sd(u, f"{SD_J} | Vol 41, Issue 2 | ScienceDirect.com by Elsevier",
                                                  jhead + '<h2 class="u-h3">Volume 41, Issue 2</h2>' + _sd_list(u, arts),
                                                  head)),
        _other(SD, SD_JP + "/articles-in-press", _sd(u, f"{SD_J} | Articles in press | ScienceDirect.com by Elsevier",
                                                     jhead + '<h2 class="u-h3">Articles in press</h2>'
                                                     + _sd_list(u, arts[:1]), head)),
        _other(SD, SD_JP + "/about/aims-and-scope", _sd(
            u, f"Aims and scope - {SD_J} | ScienceDirect.com by Elsevier",
            jhead + "<h2>Aims and scope</h2><p>Library Practice publishes research on the management and services of "
                    "libraries and information organisations, with an emphasis on evidence for practice.</p>", head)),
        _other(SD, "/search?qs=mentoring", _sd(u, "ScienceDirect Search Results", '<h1 class="search-body-results-text">'
                                               f"{len(arts)} results</h1>" + _sd_list(u, arts), head)),
    ]
    return docs


# --- Pressbooks -----------------------------------------------------------------------------------------

PB_BOOK = "Pathways into Library and Information Work"
PB_ORDER = ["pb-reference", "pb-associations", "pb-pln", "pb-career"]


def _pb(u, title: str, main: str, body_class: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" '
            f'content="width=device-width"><meta name="generator" content="Pressbooks 6.17.2"><title>{esc(title)}'
            f'</title>{head}</head><body class="{body_class} theme-mcluhan"><div class="nav-container"><nav>'
            f'<h1><a href="{u("/pathways/")}" title="{esc(PB_BOOK)}">{esc(PB_BOOK)}</a></h1>'
            f'<ul class="header__nav"><li><a href="{u("/pathways/table-of-contents/")}">Contents</a></li>'
            f'<li><a href="{u("/")}">Pressbooks network</a></li></ul></nav></div><div id="wrap"><div id="content">'
            f'{main}</div></div><footer class="footer"><div class="footer__inner"><p class="footer__pressbooks">'
            f'<a href="https://pressbooks.com" rel="nofollow" class="pressbooks-brand">Powered by Pressbooks</a></p>'
            f"</div></footer></body></html>")


def pressbooks(x) -> list[Doc]:
    def u(p):
        return x(PB, p)
    docs = []
    toc = "".join(f'<li class="toc__chapter"><p class="toc__title"><a href="{u(WORKS[k].path)}">{esc(WORKS[k].title)}'
                  f"</a></p></li>" for k in PB_ORDER)
    for i, k in enumerate(PB_ORDER):
        w = WORKS[k]
        num, name = w.title.split(": ", 1)
        obj, rest = w.paras[0], w.paras[1:]
        extra = ""
        if k == "pb-pln":
            extra = (f'<p>For a study of how early-career archivists do this, see <a href="{x(HL, WORKS["hal-notice1"].path)}">'
                     f'Roussel (2024)</a>. <a href="{u("/pathways/?s=mentor")}">Every mention of mentoring in this '
                     f"book</a>.</p>")
        prev = f'<div class="previous"><a rel="previous" href="{u(WORKS[PB_ORDER[i - 1]].path)}">Previous: ' \
               f'{esc(WORKS[PB_ORDER[i - 1]].title)}</a></div>' if i else ""
        nxt = f'<div class="next"><a rel="next" href="{u(WORKS[PB_ORDER[i + 1]].path)}">Next: ' \
              f'{esc(WORKS[PB_ORDER[i + 1]].title)}</a></div>' if i + 1 < len(PB_ORDER) else ""
        ld = {"@context": "http://schema.org", "@type": "Chapter", "name": name, "isPartOf": {
            "@type": "Book", "name": PB_BOOK, "author": [{"@type": "Person", "name": w.author}],
            "datePublished": w.date, "license": "https://creativecommons.org/licenses/by/4.0/"},
            "author": [{"@type": "Person", "name": w.author}], "inLanguage": "en", "position": i + 4}
        head = (f'<link rel="canonical" href="{u(w.path)}">{_ld(ld)}<meta property="og:type" content="book">'
                f'<meta property="og:title" content="{esc(name)}">')
        main = (f'<section id="post-{40 + i}" class="chapter standard"><div class="chapter-title-wrap"><p '
                f'class="chapter-number">{num.split()[-1]}</p><h1 class="chapter-title">{esc(name)}</h1></div>'
                f'<div class="ugc chapter-ugc"><div class="textbox textbox--learning-objectives"><header '
                f'class="textbox__header"><p class="textbox__title">Learning Objectives</p></header><div '
                f'class="textbox__content"><p>{esc(obj.split(": ", 1)[-1])}</p></div></div>{ps(rest)}{extra}</div>'
                f'</section><nav class="nav-reading" role="navigation">{prev}{nxt}</nav>')
        docs.append(_work(w, _pb(u, f"{name} \u2013 {PB_BOOK}", main, "chapter-template-default single "
                                                                      "single-chapter", head)))
    found = [k for k in PB_ORDER if "entor" in " ".join(WORKS[k].paras)]
    docs += [
        _other(PB, "/", _pb(u, "Pressbooks network", f'<h1>Open textbooks</h1><ul class="books"><li><a href="'
                            f'{u("/pathways/")}">{esc(PB_BOOK)}</a></li></ul>', "home blog")),
        _other(PB, "/pathways/", _pb(u, PB_BOOK, f'<section class="block-meta"><h1>{esc(PB_BOOK)}</h1><p '
                                     f'class="block-meta__subtitle">An open textbook for library and information '
                                     f'students</p><p>Nora Vance</p><a class="call-to-action" href="'
                                     f'{u(WORKS[PB_ORDER[0]].path)}">Read Book</a></section><section class="block-toc">'
                                     f'<ol class="toc">{toc}</ol><p><a href="'
                                     f'{u("/pathways/back-matter/about-the-authors/")}">About the authors</a></p>'
                                     f"</section>", "home page-template")),
        _other(PB, "/pathways/table-of-contents/", _pb(u, f"Table of Contents \u2013 {PB_BOOK}",
                                                       f'<h1>Contents</h1><ol class="toc">{toc}</ol>',
                                                       "page-template-default page")),
        _other(PB, "/pathways/back-matter/about-the-authors/", _pb(
            u, f"About the Authors \u2013 {PB_BOOK}", '<section class="back-matter about-the-author"><h1 class="'
            'back-matter-title">About the Authors</h1><div class="ugc"><p>Nora Vance teaches in a library and '
            "information studies program and worked for fifteen years in public libraries.</p></div></section>",
            "back-matter-template-default single single-back-matter")),
        _other(PB, "/pathways/?s=mentor", _pb(
            u, f"Search Results for \u201cmentor\u201d \u2013 {PB_BOOK}", "<h1>Search results</h1><ul>" + "".join(
                f'<li><a href="{u(WORKS[k].path)}">{esc(WORKS[k].title)}</a></li>' for k in found) + "</ul>",
            "search search-results")),
    ]
    return docs


# --- Umbraco (the Clean starter kit) ---------------------------------------------------------------------

UM_SITE = "State Library News"


def _um(u, title: str, main: str, head: str = "", hero: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1, shrink-to-fit=no"><title>{esc(title)}</title>{head}'
            f'<link href="/css/clean-blog.min.css" rel="stylesheet"></head><body><nav class="navbar navbar-expand-lg '
            f'navbar-light fixed-top" id="mainNav"><div class="container"><a class="navbar-brand" href="{u("/")}">'
            f'{UM_SITE}</a><div class="collapse navbar-collapse" id="navbarResponsive"><ul class="navbar-nav ml-auto">'
            f'<li class="nav-item"><a class="nav-link" href="{u("/")}">Home</a></li><li class="nav-item"><a '
            f'class="nav-link" href="{u("/news/")}">News</a></li><li class="nav-item"><a class="nav-link" '
            f'href="{u("/about-us/")}">About us</a></li><li class="nav-item"><a class="nav-link" '
            f'href="{u("/contact-us/")}">Contact</a></li></ul></div></div></nav>'
            f'<header class="masthead" style="background-image:url(\'/media/1002/header.jpg\')"><div class="overlay">'
            f'</div><div class="container"><div class="row"><div class="col-lg-8 col-md-10 mx-auto">{hero}</div>'
            f'</div></div></header><article><div class="container"><div class="row"><div class="col-lg-8 col-md-10 '
            f'mx-auto">{main}</div></div></div></article><hr><footer><div class="container"><p class="copyright '
            f'text-muted">Copyright &copy; State Library 2024</p></div></footer></body></html>')


def _um_list(u, items) -> str:
    return "".join(f'<div class="post-preview"><a href="{u(w.path)}"><h2 class="post-title">{esc(w.title)}</h2>'
                   f'<h3 class="post-subtitle">{cut(w.paras[0], 110)}</h3></a><p class="post-meta">Posted by '
                   f'{esc(w.author)} on {_date.fromisoformat(w.date).strftime("%-d %B %Y")}</p></div><hr>'
                   for _, w in items)


def umbraco(x) -> list[Doc]:
    def u(p):
        return x(UM, p)
    arts = _on(UM)
    docs = []
    for k, w in arts:
        extra = ""
        if k == "um-workforce":
            extra = (f'<p>Related research: <a href="{x(HL, WORKS["hal-notice2"].path)}">a regional study of webinars '
                     f"and professional development</a>.</p>")
        if k == "um-closure":
            extra = f'<p>See our <a href="{u("/news/2023/old-page/")}">earlier announcement</a>.</p>'
        head = (f'<meta name="description" content="{esc(w.paras[0][:150])}"><meta property="og:title" '
                f'content="{esc(w.title)}"><meta property="og:type" content="article"><link rel="canonical" '
                f'href="{u(w.path)}">')
        hero = (f'<div class="post-heading"><h1>{esc(w.title)}</h1><span class="meta">Posted by <a href="'
                f'{u("/news/staff/elena-ruiz/")}">{esc(w.author)}</a> on '
                f'{_date.fromisoformat(w.date).strftime("%-d %B %Y")}</span></div>')
        docs.append(_work(w, _um(u, f"{w.title} | {UM_SITE}", ps(w.paras) + extra, head, hero)))

    def hero(h, s=""):
        return f'<div class="site-heading"><h1>{esc(h)}</h1><span class="subheading">{esc(s)}</span></div>'
    workforce = [kw for kw in arts if kw[0] in ("um-scheme", "um-workforce")]
    docs += [
        _other(UM, "/", _um(u, UM_SITE, _um_list(u, arts[:3]) + f'<div class="clearfix"><a class="btn btn-primary '
                            f'float-right" href="{u("/news/")}">All news &rarr;</a></div><p>Popular: <a href="'
                            f'{u("/search/?q=mentor")}">mentor</a></p>', hero=hero(UM_SITE, "From the State Library"))),
        _other(UM, "/news/", _um(u, f"News | {UM_SITE}", f'<p>Filter: <a href="{u("/news/?category=workforce")}">'
                                 f"Workforce</a></p>" + _um_list(u, arts), hero=hero("News"))),
        _other(UM, "/news/?category=workforce", _um(u, f"Workforce | News | {UM_SITE}", _um_list(u, workforce),
                                                    hero=hero("News", "Category: Workforce"))),
        _other(UM, "/news/staff/elena-ruiz/", _um(u, f"Elena Ruiz | {UM_SITE}",
                                                  "<p>Elena Ruiz is the State Library's communications officer.</p>"
                                                  + _um_list(u, arts), hero=hero("Elena Ruiz", "Communications"))),
        _other(UM, "/about-us/", _um(u, f"About us | {UM_SITE}", "<p>The State Library supports public libraries "
                                     "across the state with funding, training and statewide services.</p>",
                                     hero=hero("About us"))),
        _other(UM, "/contact-us/", _um(u, f"Contact us | {UM_SITE}", "<p>Media enquiries: call the communications "
                                       "team on weekdays, 9am to 5pm.</p><form><input name='email'><textarea "
                                       "name='message'></textarea></form>", hero=hero("Contact us"))),
        _other(UM, "/search/?q=mentor", _um(u, f"Search | {UM_SITE}", _um_list(
            u, [kw for kw in arts if "entor" in " ".join(kw[1].paras)]), hero=hero("Search results", "mentor"))),
        _other(UM, "/news/2023/old-page/", _um(u, f"Page not found | {UM_SITE}", "<p>Sorry, we could not find the page "
                                               "you were looking for.</p>", hero=hero("Page not found")), status=404),
    ]
    return docs


def build(url: Callable[[str, str], str]) -> list[Doc]:
    return (wordpress(url) + jekyll(url) + blogger(url) + livejournal(url) + xlike(url) + vbulletin(url) + hal(url)
            + sciencedirect(url) + pressbooks(url) + umbraco(url))


class LabelledWeb29(ServedWeb):
    """Web 29 (see the module docstring)."""

    HOSTS = HOSTS
    START = {XX: "/mkaplan_lib"}
    FIRST_ADDRESS = 332
    build = staticmethod(build)
