"""Web 41: a held-out labelled web of 111 pages on ten hosts, built from the labels and texts of
:mod:`tests.labelled_text41` (written and committed first).

Platforms, their markup reduced: a library consortium's WordPress blog on the Ollie block theme (Yoast SEO's
JSON-LD graph), a school librarian's WordPress blog on GoDaddy's Go theme (no SEO plugin), an academic
librarian's Hugo site on the Congo theme, a student's Jekyll blog on Minimal Mistakes (jekyll-seo-tag), a Ghost
newsletter on the Thesis theme, a Reddit community in new Reddit's markup (``shreddit-post``), an IGI Global-like
publisher (``citation_*`` tags, a chapter's PDF), an ERIC-like education database (records, a full-text PDF, a
soft 404 for a missing record), a Facebook-like public group's server-rendered post pages and a Medium
publication on its own domain (a member-only teaser).
"""

from __future__ import annotations

import json
from typing import Callable

from tests.labelled_text41 import (CONGO, ERIC, FB, GO, HOSTS, IGI, MED, MM, OLLIE, OTHER, RED, THESIS, WORKS,
                                   Work)
from tests.labelled_web import Doc, ServedWeb, esc, pdf, ps

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


def _teaser(w: Work, u) -> str:
    return f'<a href="{u(w.path)}">{esc(w.title)}</a>'


# --- WordPress, Ollie block theme, Yoast SEO ----------------------------------------------------------------

def ollie(u) -> list[Doc]:
    site = "Tri-County Libraries Blog"
    ws = _works(OLLIE)
    first, second = ws[:3], ws[3:]

    def page(title, main, body_class, og_type="website", graph=None, path="/"):
        graph = graph or [{"@type": "WebPage", "@id": u(path), "url": u(path), "name": title}]
        yoast = _ld({"@context": "https://schema.org", "@graph": graph + [
            {"@type": "WebSite", "@id": u("/#website"), "url": u("/"), "name": site,
             "potentialAction": {"@type": "SearchAction", "target": u("/?s={search_term_string}")}},
            {"@type": "Organization", "@id": u("/#organization"), "name": "Tri-County Library Consortium"}]})
        return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">'
                f"<title>{esc(title)}</title><!-- This site is optimized with the Yoast SEO plugin v22.3 -->"
                f'<meta name="robots" content="index, follow, max-image-preview:large">'
                f'<link rel="canonical" href="{u(path)}"><meta property="og:locale" content="en_US">'
                f'<meta property="og:type" content="{og_type}"><meta property="og:title" content="{esc(title)}">'
                f'<meta property="og:url" content="{u(path)}"><meta property="og:site_name" content="{site}">'
                f'<meta name="twitter:card" content="summary_large_image">{yoast}<!-- / Yoast SEO plugin. -->'
                f'<link rel="alternate" type="application/rss+xml" title="{site} &raquo; Feed" href="{u("/feed/")}">'
                f'<link rel="stylesheet" id="ollie-style-css" href="{u("/wp-content/themes/ollie/style.css")}">'
                f'<meta name="generator" content="WordPress 6.5"></head>'
                f'<body class="{body_class} wp-embed-responsive"><div class="wp-site-blocks">'
                f'<header class="wp-block-template-part"><div class="wp-block-group is-layout-flex">'
                f'<p class="wp-block-site-title"><a href="{u("/")}" rel="home">{site}</a></p>'
                f'<nav class="wp-block-navigation is-responsive" aria-label="Header navigation">'
                f'<ul class="wp-block-navigation__container">'
                f'<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" '
                f'href="{u("/category/professional-development/")}">Professional Development</a></li>'
                f'<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" '
                f'href="{u("/about/")}">About</a></li><li class="wp-block-navigation-item">'
                f'<a class="wp-block-navigation-item__content" href="{u("/contact/")}">Contact</a></li></ul></nav>'
                f'<form role="search" method="get" action="{u("/")}" class="wp-block-search"><input type="search" '
                f'name="s"><button type="submit">Search</button></form></div></header>'
                f'<main class="wp-block-group">{main}</main>'
                f'<footer class="wp-block-template-part"><div class="wp-block-group has-base-background-color">'
                f'<p>&copy; 2024 Tri-County Library Consortium</p><p class="has-small-font-size">Popular: <a href="{u("/?s=mentoring")}">mentoring</a></p><p>Designed with <a href="https://olliewp.com" '
                f'rel="nofollow">Ollie</a></p></div></footer></div></body></html>')

    def query(posts, more=""):
        items = "".join(
            f'<li class="wp-block-post post-{i} post type-post status-publish"><h2 class="wp-block-post-title">'
            f'{_teaser(w, u)}</h2><div class="wp-block-post-date"><time datetime="{w.date}">{w.date}</time></div>'
            f'<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">'
            f'{esc(w.paras[0][:150])}&hellip;</p></div></li>' for i, w in enumerate(posts, 100))
        return f'<div class="wp-block-query"><ul class="wp-block-post-template">{items}</ul>{more}</div>'

    docs = []
    for w in ws:
        graph = [{"@type": "Article", "@id": u(w.path) + "#article", "headline": w.title,
                  "author": {"name": w.author}, "datePublished": w.date + "T09:00:00+00:00",
                  "isPartOf": {"@id": u(w.path)}, "articleSection": ["Professional Development"]},
                 {"@type": "WebPage", "@id": u(w.path), "url": u(w.path), "name": w.title},
                 {"@type": "BreadcrumbList", "itemListElement": [
                     {"@type": "ListItem", "position": 1, "name": "Home", "item": u("/")},
                     {"@type": "ListItem", "position": 2, "name": w.title}]}]
        extra = (f'<p>See also our <a href="{u("/2019/05/mentoring-pilot/")}">2019 mentoring pilot</a>.</p>'
                 if w.path == ws[0].path else "")
        others = "".join(f'<li>{_teaser(o, u)}</li>' for o in ws if o is not w)
        main = (f'<article class="wp-block-group post type-post"><h1 class="wp-block-post-title">{esc(w.title)}</h1>'
                f'<div class="wp-block-post-author"><p class="wp-block-post-author__name">'
                f'<a href="{u("/author/jdavies/")}">{esc(w.author)}</a></p></div>'
                f'<div class="wp-block-post-date"><time datetime="{w.date}">{w.date}</time></div>'
                f'<div class="entry-content wp-block-post-content">{ps(w.paras)}{extra}</div>'
                f'<div class="taxonomy-post_tag wp-block-post-terms"><a href="{u("/tag/mentoring/")}" '
                f'rel="tag">mentoring</a></div></article>'
                f'<div class="wp-block-group related-posts"><h2>More posts</h2><ul>{others}</ul></div>'
                f'<div class="wp-block-comments"><h2>Leave a Reply</h2><form action="{u("/wp-comments-post.php")}" '
                f'method="post"><textarea name="comment"></textarea></form></div>')
        docs.append(_work(w, page(f"{w.title} - {site}", main, "post-template-default single single-post",
                                  "article", graph, w.path)))
    nav = (f'<nav class="wp-block-query-pagination"><a class="wp-block-query-pagination-next" '
           f'href="{u("/page/2/")}">Older Posts</a></nav>')
    docs.append(_other(OLLIE, "/", page(site, f'<h1 class="screen-reader-text">{site}</h1>' + query(first, nav),
                                        "home blog")))
    docs.append(_other(OLLIE, "/page/2/", page(f"{site} - Page 2 of 2", query(second) +
                                               f'<nav class="wp-block-query-pagination"><a href="{u("/")}">Newer '
                                               f'Posts</a></nav>', "home blog paged paged-2", path="/page/2/")))
    docs.append(_other(OLLIE, "/category/professional-development/",
                       page(f"Professional Development Archives - {site}",
                            '<h1 class="wp-block-query-title">Category: Professional Development</h1>'
                            + query([ws[0], ws[1], ws[4]]), "archive category", path="/category/professional-development/")))
    docs.append(_other(OLLIE, "/tag/mentoring/", page(f"mentoring Archives - {site}",
                                                     '<h1 class="wp-block-query-title">Tag: mentoring</h1>'
                                                     + query([ws[0], ws[1]]), "archive tag", path="/tag/mentoring/")))
    docs.append(_other(OLLIE, "/?s=mentoring", page(f"You searched for mentoring - {site}",
                                                   '<h1 class="wp-block-query-title">Search results for: mentoring</h1>'
                                                   + query([ws[0], ws[1], ws[3], ws[4]]), "search search-results",
                                                   path="/?s=mentoring")))
    docs.append(_other(OLLIE, "/author/jdavies/", page(f"Joanna Davies, Author at {site}",
                                                       '<h1 class="wp-block-query-title">Author: Joanna Davies</h1>'
                                                       '<p>Professional development coordinator.</p>'
                                                       + query([ws[0], ws[1], ws[4]]), "archive author",
                                                       "profile", path="/author/jdavies/")))
    docs.append(_other(OLLIE, "/about/", page(f"About - {site}", "<h1>About the consortium</h1><p>Twenty-two public "
                                              "and school libraries sharing a catalogue, a courier and training.</p>",
                                              "page-template-default page", path="/about/")))
    docs.append(_other(OLLIE, "/contact/", page(f"Contact - {site}", "<h1>Contact</h1><p>Consortium office, 14 Mill "
                                                "Street, Ashford. Phone 555-0142.</p>", "page-template-default page",
                                                path="/contact/")))
    docs.append(_other(OLLIE, "/2019/05/mentoring-pilot/",
                       page(f"Page not found - {site}", '<h1 class="wp-block-heading">Page not found</h1><p>The page '
                            'you are looking for does not exist, or it has been moved.</p>', "error404",
                            path="/2019/05/mentoring-pilot/"), status=404))
    return docs


# --- WordPress, GoDaddy Go theme, no SEO plugin ---------------------------------------------------------------

def go(u) -> list[Doc]:
    site = "The Reading Nook"
    ws = _works(GO)

    def page(title, main, body_class, head=""):
        return (f'<!doctype html><html lang="en-US" class="no-js"><head><meta charset="UTF-8">'
                f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(title)}</title>'
                f'<link rel="alternate" type="application/rss+xml" title="{site} &raquo; Feed" href="{u("/feed/")}">'
                f'<link rel="stylesheet" id="go-style-css" href="{u("/wp-content/themes/go/dist/css/style-shared.min.css")}">'
                f'<link rel="https://api.w.org/" href="{u("/wp-json/")}">{head}'
                f'<meta name="generator" content="WordPress 6.4.3"></head>'
                f'<body class="{body_class} is-style-traditional has-header-1 has-footer-1">'
                f'<div id="page" class="site"><a class="skip-link screen-reader-text" href="#site-content">Skip to '
                f'content</a><header id="site-header" class="site-header header relative header-1">'
                f'<div class="header__inner flex items-center justify-between"><div class="header__title-nav">'
                f'<a href="{u("/")}" class="custom-logo-link" rel="home"><span class="site-title">{site}</span></a>'
                f'<nav id="header__navigation" class="header__navigation" aria-label="Horizontal">'
                f'<div class="primary-menu-container"><ul id="menu-primary" class="primary-menu list-reset">'
                f'<li class="menu-item"><a href="{u("/")}">Blog</a></li>'
                f'<li class="menu-item"><a href="{u("/category/school-library-life/")}">School Library Life</a></li>'
                f'<li class="menu-item"><a href="{u("/about/")}">About Me</a></li>'
                f'<li class="menu-item"><a href="{u("/contact/")}">Contact</a></li></ul></div></nav></div>'
                f'<div class="header__search"><form role="search" class="search-form" action="{u("/")}">'
                f'<input type="search" class="search-input" name="s"></form></div></div></header>'
                f'<main id="site-content" class="site-content" role="main">{main}</main>'
                f'<footer id="colophon" class="site-footer site-footer--1"><div class="site-footer__inner">'
                f'<nav class="footer-navigation"><ul class="footer-menu"><li><a href="{u("/about/")}">About</a></li><li><a href="{u("/?s=mentor")}">Mentor posts</a></li>'
                f'</ul></nav><div class="site-info"><span class="copyright">&copy; 2024 {site}</span></div></div>'
                f'</footer></div></body></html>')

    def loop(posts):
        return "".join(
            f'<article class="post type-post status-publish hentry"><header class="entry-header m-auto px">'
            f'<h2 class="post__title m-0 text-center">{_teaser(w, u)}</h2><div class="post__meta--wrapper">'
            f'<ul class="post__meta list-reset"><li class="post-date"><time>{w.date}</time></li></ul></div></header>'
            f'<div class="content-area__wrapper"><div class="content-area entry-content"><p>'
            f'{esc(w.paras[0][:140])}&hellip;</p><a class="more-link" href="{u(w.path)}">Read More</a></div></div>'
            f'</article>' for w in posts)

    docs = []
    for i, w in enumerate(ws):
        nav = "".join(f'<div class="nav-{k}">{_teaser(o, u)}</div>' for k, o in
                      (("previous", ws[i - 1]), ("next", ws[(i + 1) % len(ws)])))
        main = (f'<article class="post type-post status-publish format-standard hentry category-school-library-life">'
                f'<header class="entry-header m-auto px"><h1 class="post__title m-0 text-center">{esc(w.title)}</h1>'
                f'<div class="post__meta--wrapper post__meta--single"><ul class="post__meta list-reset">'
                f'<li class="post-author meta-wrapper"><span class="meta-text">By <a href="{u("/author/mrivera/")}">'
                f'{esc(w.author)}</a></span></li><li class="post-date meta-wrapper"><time datetime="{w.date}">'
                f'{w.date}</time></li></ul></div></header><div class="content-area__wrapper">'
                f'<div class="content-area entry-content">{ps(w.paras)}</div></div></article>'
                f'<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links">{nav}</div></nav>'
                f'<div id="comments" class="comments-area"><div id="respond" class="comment-respond">'
                f'<h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3></div></div>')
        docs.append(_work(w, page(f"{w.title} &#8211; {site}".replace("&#8211;", "-"), main,
                                  "post-template-default single single-post singular",
                                  f'<link rel="canonical" href="{u(w.path)}">')))
    pager = f'<nav class="navigation pagination"><a class="next page-numbers" href="{u("/page/2/")}">Next</a></nav>'
    docs.append(_other(GO, "/", page(f"{site} - A school librarian's blog", loop(ws[:2]) + pager, "home blog")))
    docs.append(_other(GO, "/page/2/", page(f"{site} - Page 2", loop(ws[2:]) +
                                            f'<nav class="navigation pagination"><a class="prev page-numbers" '
                                            f'href="{u("/")}">Previous</a></nav>', "home blog paged paged-2")))
    docs.append(_other(GO, "/category/school-library-life/", page(f"School Library Life - {site}",
                                                                 '<header class="page-header"><h1>Category: School '
                                                                 'Library Life</h1></header>' + loop(ws),
                                                                 "archive category")))
    docs.append(_other(GO, "/?s=mentor", page(f"Search Results for &#8220;mentor&#8221; - {site}".replace(
        "&#8220;", '"').replace("&#8221;", '"'), '<header class="page-header"><h1>Search results for: mentor</h1>'
        '</header>' + loop([ws[0], ws[1], ws[3]]), "search search-results")))
    docs.append(_other(GO, "/author/mrivera/", page(f"Maria Rivera - {site}", '<header class="page-header"><h1>Author: '
                                                    'Maria Rivera</h1><p>Teacher librarian, grades 6-8.</p></header>'
                                                    + loop(ws), "archive author")))
    docs.append(_other(GO, "/about/", page(f"About Me - {site}", "<h1>About Me</h1><p>I run the library at a middle "
                                           "school. This blog is where I think out loud.</p>", "page")))
    docs.append(_other(GO, "/contact/", page(f"Contact - {site}", "<h1>Contact</h1><p>Send me a note with the form "
                                             "below.</p><form><input name=\"email\"><textarea></textarea></form>",
                                             "page")))
    return docs


# --- Hugo, Congo theme ------------------------------------------------------------------------------------------

def congo(u) -> list[Doc]:
    site = "Reference Notes"
    ws = _works(CONGO)

    def page(title, main, path, head="", og="website"):
        return (f'<!doctype html><html lang="en" dir="ltr" class="scroll-smooth" data-default-appearance="light" '
                f'data-auto-appearance="true"><head><meta charset="utf-8"><meta http-equiv="content-language" '
                f'content="en"><meta name="viewport" content="width=device-width, initial-scale=1.0">'
                f'<title>{esc(title)}</title><meta name="title" content="{esc(title)}">'
                f'<link rel="canonical" href="{u(path)}"><link rel="alternate" type="application/rss+xml" '
                f'href="{u("/index.xml")}" title="{site}"><meta property="og:title" content="{esc(title)}">'
                f'<meta property="og:type" content="{og}"><meta property="og:url" content="{u(path)}">{head}'
                f'<meta name="generator" content="Hugo 0.124.1"><link type="text/css" rel="stylesheet" '
                f'href="{u("/css/main.bundle.min.css")}"></head><body class="flex flex-col h-screen px-6 m-auto '
                f'text-lg leading-7 max-w-7xl bg-neutral text-neutral-900 sm:px-14 md:px-24 lg:px-32">'
                f'<div id="the-top" class="absolute flex self-center"><a class="px-3 py-1 text-sm" href="#main-content">'
                f'Skip to main content</a></div><header class="py-6 font-semibold text-neutral-900 sm:py-10 print:hidden">'
                f'<nav class="flex items-start justify-between sm:items-center"><div class="flex flex-row items-center">'
                f'<a class="decoration-primary-500 hover:underline" rel="me" href="{u("/")}">{site}</a></div>'
                f'<ul class="flex list-none flex-col text-end sm:flex-row">'
                f'<li class="group mb-1 sm:mb-0 sm:me-7"><a href="{u("/posts/")}" title="Posts">Posts</a></li>'
                f'<li class="group mb-1 sm:mb-0 sm:me-7"><a href="{u("/tags/")}" title="Tags">Tags</a></li>'
                f'<li class="group mb-1 sm:mb-0 sm:me-7"><a href="{u("/about/")}" title="About">About</a></li>'
                f'</ul></nav></header><div class="relative flex flex-col grow"><main id="main-content" class="grow">'
                f'{main}</main><footer class="py-10 print:hidden"><div class="flex items-center justify-between">'
                f'<p class="text-sm text-neutral-500">&copy; 2024 Priya Natarajan</p><p class="text-xs '
                f'text-neutral-500">Powered by <a href="https://gohugo.io/" rel="nofollow">Hugo</a> &amp; '
                f'<a href="https://github.com/jpanther/congo" rel="nofollow">Congo</a></p></div></footer></div>'
                f'</body></html>')

    def cards(posts):
        return "".join(f'<article class="mt-6 flex flex-row"><div><h3 class="flex items-center text-xl font-semibold">'
                       f'<a class="decoration-primary-500 hover:underline" href="{u(w.path)}">{esc(w.title)}</a></h3>'
                       f'<div class="text-sm text-neutral-500"><time datetime="{w.date}">{w.date}</time></div>'
                       f'<div class="py-1 prose">{esc(w.paras[0][:130])}&hellip;</div></div></article>'
                       for w in posts)

    docs = []
    for w in ws:
        ld = _ld({"@context": "https://schema.org", "@type": "Article", "articleSection": "Posts", "name": w.title,
                  "headline": w.title, "inLanguage": "en", "url": u(w.path), "author": {"@type": "Person",
                  "name": w.author}, "dateCreated": w.date + "T00:00:00+00:00", "keywords": ["librarianship"]})
        extra = (f'<p>Older links are gone; see <a href="{u("/posts/old-mentoring-links/")}">the old list</a>.</p>'
                 if w.path == ws[0].path else "")
        main = (f'<article><header class="max-w-prose"><ol class="text-sm text-neutral-500 print:hidden">'
                f'<li class="inline"><a href="{u("/")}">{site}</a><span class="px-1 text-primary-500">/</span></li>'
                f'<li class="inline"><a href="{u("/posts/")}">Posts</a></li></ol>'
                f'<h1 class="mt-0 text-4xl font-extrabold text-neutral-900">{esc(w.title)}</h1>'
                f'<div class="mt-8 mb-12 text-base text-neutral-500 print:hidden"><div class="flex flex-row flex-wrap '
                f'items-center"><time datetime="{w.date}">{w.date}</time><span class="px-2 text-primary-500">&middot;'
                f'</span><span title="Reading time">3 mins</span></div><div class="my-1 text-xs leading-relaxed">'
                f'<a href="{u("/tags/mentoring/")}" class="rounded-md border px-1">mentoring</a> '
                f'<a href="{u("/categories/career/")}" class="rounded-md border px-1">career</a></div></div></header>'
                f'<section class="prose mt-0 flex max-w-full flex-col dark:prose-invert lg:flex-row">'
                f'<div class="min-w-0 min-h-0 max-w-prose grow">{ps(w.paras)}{extra}</div></section>'
                f'<footer class="pt-8 max-w-prose print:hidden"><div class="flex"><div class="place-self-center">'
                f'<div class="text-[0.6rem] uppercase leading-3 text-neutral-500">Author</div><div class="font-semibold">'
                f'{esc(w.author)}</div></div></div></footer></article>')
        docs.append(_work(w, page(f"{w.title} &middot; {site}".replace("&middot;", "·"), main, w.path,
                                  ld + f'<meta property="article:published_time" content="{w.date}">', "article")))
    docs.append(_other(CONGO, "/", page(site, f'<article class="max-w-full prose"><h1>{site}</h1><p>Working notes of '
                                        f'an academic reference librarian.</p></article><section><h2 class="mt-12 '
                                        f'text-2xl font-extrabold">Recent</h2>{cards(ws)}</section>', "/")))
    docs.append(_other(CONGO, "/posts/", page(f"Posts · {site}", f'<header><h1 class="mt-5 text-4xl '
                                              f'font-extrabold">Posts</h1></header><section class="space-y-10">'
                                              f'<h2 class="mt-12 text-2xl font-bold first:mt-8">2024</h2>'
                                              f'{cards(ws)}</section>', "/posts/")))
    docs.append(_other(CONGO, "/tags/", page(f"Tags · {site}", f'<h1 class="mt-5 text-4xl font-extrabold">Tags</h1>'
                                             f'<section class="flex flex-wrap"><article class="w-full sm:w-1/2"><h2>'
                                             f'<a href="{u("/tags/mentoring/")}">mentoring</a> <span>2</span></h2>'
                                             f'</article></section>', "/tags/")))
    docs.append(_other(CONGO, "/tags/mentoring/", page(f"mentoring · {site}", f'<h1 class="mt-5 text-4xl '
                                                       f'font-extrabold">mentoring</h1>{cards(ws[:2])}',
                                                       "/tags/mentoring/")))
    docs.append(_other(CONGO, "/categories/career/", page(f"career · {site}", f'<h1 class="mt-5 text-4xl '
                                                          f'font-extrabold">career</h1>{cards(ws[1:2] + ws[3:])}',
                                                          "/categories/career/")))
    docs.append(_other(CONGO, "/about/", page(f"About · {site}", "<h1>About</h1><p>Reference and instruction "
                                              "librarian at a liberal arts college.</p>", "/about/")))
    docs.append(_other(CONGO, "/posts/old-mentoring-links/", page(f"404 Page not found · {site}",
                                                                 '<h1 class="mb-3 text-4xl font-extrabold">Page Not '
                                                                 'Found 🤷‍♂️</h1><p class="mt-8 mb-12">It seems that '
                                                                 'the page you&rsquo;ve requested does not exist.</p>',
                                                                 "/posts/old-mentoring-links/"), status=404))
    return docs


# --- Jekyll, Minimal Mistakes, jekyll-seo-tag ------------------------------------------------------------------

def minimal(u) -> list[Doc]:
    site = "Quill and Card"
    ws = _works(MM)

    def page(title, main, path, layout="archive", og="website", seo_extra=None):
        seo = {"@context": "https://schema.org", "@type": "WebSite" if og == "website" else "BlogPosting",
               "headline": title, "url": u(path)}
        seo.update(seo_extra or {})
        return (f'<!doctype html><html lang="en" class="no-js"><head><meta charset="utf-8">'
                f'<!-- begin _includes/seo.html --><title>{esc(title)}</title>'
                f'<meta name="description" content="An MLIS student\'s blog."><meta name="author" content="Hana Okafor">'
                f'<meta property="og:type" content="{og}"><meta property="og:locale" content="en_US">'
                f'<meta property="og:site_name" content="{site}"><meta property="og:title" content="{esc(title)}">'
                f'<meta property="og:url" content="{u(path)}"><link rel="canonical" href="{u(path)}">'
                f'{_ld(seo)}<!-- end _includes/seo.html --><link href="{u("/feed.xml")}" type="application/atom+xml" '
                f'rel="alternate" title="{site} Feed"><link rel="stylesheet" href="{u("/assets/css/main.css")}">'
                f'</head><body class="layout--{layout}"><nav class="skip-links"><ul><li><a href="#site-nav" '
                f'class="screen-reader-shortcut">Skip to primary navigation</a></li></ul></nav>'
                f'<div class="masthead"><div class="masthead__inner-wrap"><div class="masthead__menu">'
                f'<nav id="site-nav" class="greedy-nav"><a class="site-title" href="{u("/")}">{site}</a>'
                f'<ul class="visible-links"><li class="masthead__menu-item"><a href="{u("/year-archive/")}">Posts</a></li>'
                f'<li class="masthead__menu-item"><a href="{u("/categories/")}">Categories</a></li>'
                f'<li class="masthead__menu-item"><a href="{u("/tags/")}">Tags</a></li>'
                f'<li class="masthead__menu-item"><a href="{u("/about/")}">About</a></li></ul>'
                f'<button class="greedy-nav__toggle hidden" type="button"><span class="visually-hidden">Toggle menu'
                f'</span></button></nav></div></div></div><div class="initial-content"><div id="main" role="main">'
                f'<div class="sidebar sticky"><div itemscope itemtype="https://schema.org/Person" class="h-card">'
                f'<div class="author__content"><h3 class="author__name p-name" itemprop="name">Hana Okafor</h3>'
                f'<div class="author__bio p-note" itemprop="description"><p>MLIS student, future archivist.</p></div>'
                f'</div></div></div>{main}</div></div><div id="footer" class="page__footer"><footer>'
                f'<div class="page__footer-copyright">&copy; 2024 Hana Okafor. Powered by <a href="https://jekyllrb.com" '
                f'rel="nofollow">Jekyll</a> &amp; <a href="https://mademistakes.com/work/jekyll-themes/minimal-mistakes/" '
                f'rel="nofollow">Minimal Mistakes</a>.</div></footer></div></body></html>')

    def items(posts):
        return "".join(f'<div class="list__item"><article class="archive__item" itemscope '
                       f'itemtype="https://schema.org/CreativeWork"><h2 class="archive__item-title no_toc" '
                       f'itemprop="headline"><a href="{u(w.path)}" rel="permalink">{esc(w.title)}</a></h2>'
                       f'<p class="page__meta"><span class="page__meta-date"><time datetime="{w.date}">{w.date}'
                       f'</time></span></p><p class="archive__item-excerpt" itemprop="description">'
                       f'{esc(w.paras[0][:120])}&hellip;</p></article></div>' for w in posts)

    docs = []
    for i, w in enumerate(ws):
        nxt = ws[(i + 1) % len(ws)]
        main = (f'<article class="page h-entry" itemscope itemtype="https://schema.org/CreativeWork">'
                f'<meta itemprop="headline" content="{esc(w.title)}"><meta itemprop="datePublished" content="{w.date}">'
                f'<div class="page__inner-wrap"><header><h1 id="page-title" class="page__title p-name" '
                f'itemprop="headline"><a href="{u(w.path)}" class="u-url" itemprop="url">{esc(w.title)}</a></h1>'
                f'<p class="page__meta"><span class="page__meta-date"><i class="far fa-calendar-alt"></i>'
                f'<time class="dt-published" datetime="{w.date}">{w.date}</time></span></p></header>'
                f'<section class="page__content e-content" itemprop="text">{ps(w.paras)}</section>'
                f'<footer class="page__meta"><p class="page__taxonomy"><strong>Categories: </strong><span '
                f'itemprop="keywords"><a href="{u("/categories/")}#mlis" class="page__taxonomy-item p-category" '
                f'rel="tag">MLIS</a></span></p><p class="page__taxonomy"><strong>Tags: </strong><a href="'
                f'{u("/tags/")}#student-life" class="page__taxonomy-item" rel="tag">student life</a></p></footer>'
                f'<section class="page__share"><h4 class="page__share-title">Share on</h4><a href="https://twitter.com/'
                f'intent/tweet?url={u(w.path)}" class="btn btn--twitter" rel="nofollow">Twitter</a></section>'
                f'<nav class="pagination"><a href="{u(nxt.path)}" class="pagination--pager">Next</a></nav></div>'
                f'</article><div class="page__related"><h2 class="page__related-title">You may also enjoy</h2>'
                f'<div class="grid__wrapper">{items([o for o in ws if o is not w][:2])}</div></div>')
        docs.append(_work(w, page(f"{w.title} - {site}", main, w.path, "single", "article",
                                  {"datePublished": w.date, "author": {"@type": "Person", "name": w.author}})))
    docs.append(_other(MM, "/", page(site, f'<div class="archive"><h3 class="archive__subtitle">Recent posts</h3>'
                                     f'{items(ws)}</div>', "/", "home")))
    docs.append(_other(MM, "/year-archive/", page(f"Posts by Year - {site}", f'<div class="archive"><h1 id="page-title" '
                                                  f'class="page__title">Posts by Year</h1><section id="2024" '
                                                  f'class="taxonomy__section"><h2 class="archive__subtitle">2024</h2>'
                                                  f'{items(ws)}</section></div>', "/year-archive/")))
    docs.append(_other(MM, "/categories/", page(f"Posts by Category - {site}", f'<div class="archive"><h1 '
                                                f'class="page__title">Posts by Category</h1><section id="mlis" '
                                                f'class="taxonomy__section"><h2 class="archive__subtitle">MLIS</h2>'
                                                f'{items(ws)}</section></div>', "/categories/")))
    docs.append(_other(MM, "/tags/", page(f"Posts by Tag - {site}", f'<div class="archive"><h1 class="page__title">'
                                          f'Posts by Tag</h1><section id="student-life" class="taxonomy__section">'
                                          f'<h2 class="archive__subtitle">student life</h2>{items(ws[1:])}</section>'
                                          f'</div>', "/tags/")))
    docs.append(_other(MM, "/about/", page(f"About - {site}", '<article class="page"><h1 class="page__title">About'
                                           '</h1><section class="page__content"><p>Second-year online MLIS student '
                                           'hoping to work in university archives.</p></section></article>',
                                           "/about/", "single")))
    return docs


# --- Ghost, Thesis theme -------------------------------------------------------------------------------------

def thesis(u) -> list[Doc]:
    site = "Boxes and Folders"
    ws = _works(THESIS)

    def page(title, main, path, body_class, head=""):
        return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
                f'content="width=device-width, initial-scale=1"><title>{esc(title)}</title>'
                f'<link rel="stylesheet" href="{u("/assets/built/screen.css?v=4d2a1c")}">'
                f'<link rel="canonical" href="{u(path)}"><meta name="referrer" content="no-referrer-when-downgrade">'
                f'<meta property="og:site_name" content="{site}"><meta property="og:title" content="{esc(title)}">'
                f'<meta property="og:url" content="{u(path)}">{head}<meta name="generator" content="Ghost 5.80">'
                f'<link rel="alternate" type="application/rss+xml" title="{site}" href="{u("/rss/")}">'
                f'<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" '
                f'data-ghost="{u("/")}"></script></head><body class="{body_class} is-head-left-logo">'
                f'<div class="gh-viewport"><header id="gh-head" class="gh-head gh-outer"><div class="gh-head-inner '
                f'gh-inner"><div class="gh-head-brand"><a class="gh-head-logo" href="{u("/")}">{site}</a></div>'
                f'<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="{u("/")}">Home</a></li>'
                f'<li class="nav-careers"><a href="{u("/tag/careers/")}">Careers</a></li><li class="nav-interviews">'
                f'<a href="{u("/tag/interviews/")}">Interviews</a></li><li class="nav-about"><a href="{u("/about/")}">'
                f'About</a></li></ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" '
                f'data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" '
                f'data-portal="signup">Subscribe</a></div></div></header><main class="gh-main">{main}</main>'
                f'<footer class="gh-foot gh-outer"><div class="gh-foot-inner gh-inner"><nav class="gh-foot-menu">'
                f'<ul class="nav"><li><a href="{u("/contact/")}">Contact</a></li><li><a href="{u("/author/ren/")}">'
                f'The editor</a></li></ul></nav><div class="gh-copyright">{site} &copy; 2024</div>'
                f'<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by '
                f'Ghost</a></div></div></footer></div></body></html>')

    def feed(posts):
        return ('<div class="gh-feed">' + "".join(
            f'<article class="gh-card post"><a class="gh-card-link" href="{u(w.path)}"><header class="gh-card-header">'
            f'<h2 class="gh-card-title">{esc(w.title)}</h2></header><div class="gh-card-excerpt">'
            f'{esc(w.paras[0][:140])}</div><footer class="gh-card-meta"><time class="gh-card-date" '
            f'datetime="{w.date}">{w.date}</time></footer></a></article>' for w in posts) + "</div>")

    careers = [w for w in ws if "interview" not in w.path]
    docs = []
    for w in ws:
        tag = "interviews" if "interview" in w.path else "careers"
        ld = _ld({"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization",
                  "name": site}, "author": {"@type": "Person", "name": w.author, "url": u("/author/ren/")},
                  "headline": w.title, "url": u(w.path), "datePublished": w.date + "T08:00:00.000Z",
                  "keywords": tag.capitalize(), "mainEntityOfPage": u(w.path)})
        head = (f'<meta property="og:type" content="article"><meta property="article:published_time" '
                f'content="{w.date}T08:00:00.000Z"><meta property="article:tag" content="{tag.capitalize()}">{ld}')
        related = "".join(f'<li>{_teaser(o, u)}</li>' for o in ws if o is not w)
        main = (f'<article class="gh-article post tag-{tag}"><header class="gh-article-header gh-canvas">'
                f'<a class="gh-article-tag" href="{u("/tag/" + tag + "/")}">{tag.capitalize()}</a>'
                f'<h1 class="gh-article-title">{esc(w.title)}</h1><div class="gh-article-meta">'
                f'<span class="gh-article-author"><a href="{u("/author/ren/")}">{esc(w.author)}</a></span>'
                f'<time class="gh-article-date" datetime="{w.date}">{w.date}</time></div></header>'
                f'<section class="gh-content gh-canvas">{ps(w.paras)}</section></article>'
                f'<section class="gh-cta gh-canvas"><h2 class="gh-cta-title">Get the newsletter</h2>'
                f'<a class="gh-cta-button" href="#/portal/signup" data-portal="signup">Subscribe</a></section>'
                f'<section class="gh-read-next gh-canvas"><h3 class="gh-read-next-title">Read next</h3><ul>'
                f'{related}</ul></section>')
        docs.append(_work(w, page(w.title, main, w.path, f"post-template tag-{tag}", head)))
    docs.append(_other(THESIS, "/", page(site, f'<section class="gh-cover"><h1 class="gh-cover-title">{site}</h1>'
                                         f'<p class="gh-cover-description">A newsletter about working in archives.</p>'
                                         f'</section>{feed(ws[:3])}<nav class="gh-loadmore"><a href="{u("/page/2/")}">'
                                         f'Older posts</a></nav>', "/", "home-template",
                                         '<meta property="og:type" content="website">')))
    docs.append(_other(THESIS, "/page/2/", page(f"{site} (Page 2)", feed(ws[3:]) + f'<nav class="pagination">'
                                                f'<a class="newer-posts" href="{u("/")}">Newer Posts</a></nav>',
                                                "/page/2/", "home-template paged")))
    docs.append(_other(THESIS, "/tag/careers/", page(f"Careers - {site}", '<header class="gh-archive"><h1 '
                                                     'class="gh-archive-title">Careers</h1></header>' + feed(careers),
                                                     "/tag/careers/", "tag-template tag-careers")))
    docs.append(_other(THESIS, "/tag/interviews/", page(f"Interviews - {site}", '<header class="gh-archive"><h1 '
                                                        'class="gh-archive-title">Interviews</h1></header>'
                                                        + feed([ws[4]]), "/tag/interviews/",
                                                        "tag-template tag-interviews")))
    docs.append(_other(THESIS, "/author/ren/", page(f"Ren Takahashi - {site}", '<header class="gh-archive"><h1 '
                                                    'class="gh-archive-title">Ren Takahashi</h1><p>Archivist and '
                                                    'editor.</p></header>' + feed(ws), "/author/ren/",
                                                    "author-template author-ren",
                                                    _ld({"@context": "https://schema.org", "@type": "Person",
                                                         "name": "Ren Takahashi"}))))
    docs.append(_other(THESIS, "/about/", page(f"About - {site}", '<article class="gh-article page"><h1 '
                                               'class="gh-article-title">About</h1><section class="gh-content">'
                                               '<p>Boxes and Folders is a fortnightly newsletter on archival work.</p>'
                                               '</section></article>', "/about/", "page-template page-about")))
    docs.append(_other(THESIS, "/contact/", page(f"Contact - {site}", '<article class="gh-article page"><h1 '
                                                 'class="gh-article-title">Contact</h1><section class="gh-content"><p>'
                                                 'Reply to any newsletter or write to the editor.</p></section>'
                                                 '</article>', "/contact/", "page-template page-contact")))
    return docs


# --- new Reddit ------------------------------------------------------------------------------------------------

def reddit(u) -> list[Doc]:
    ws = _works(RED)
    lib = [w for w in ws if "/r/Librarians/" in w.path]

    def page(title, main, path, head=""):
        return (f'<!DOCTYPE html><html lang="en-US" class="theme-beta"><head><meta charset="UTF-8">'
                f'<title>{esc(title)}</title><meta name="viewport" content="width=device-width, initial-scale=1">'
                f'<link rel="canonical" href="{u(path)}"><meta property="og:site_name" content="Reddit">{head}</head>'
                f'<body class="v2"><shreddit-app><reddit-header-large><header class="v2"><a href="{u("/r/Librarians/")}" '
                f'aria-label="Home">reddit</a><faceplate-search-input name="q"></faceplate-search-input>'
                f'<a href="https://www.reddit.example/login/" rel="nofollow">Log In</a></header></reddit-header-large>'
                f'<div class="grid-container"><main class="main w-full" id="main-content">{main}</main>'
                f'<aside id="right-sidebar-container"><shreddit-subreddit-header prefixed-name="r/Librarians" '
                f'display-name="Librarians" subscribers="98412"><p>A community for librarians and library workers.</p>'
                f'<a href="{u("/r/Librarians/about/")}">About community</a> <a href="'
                f'{u("/r/Librarians/?f=flair_name%3A%22Career%20Advice%22")}">Career Advice</a> <a href="'
                f'{u("/r/Librarians/search/?q=mentor")}">Search r/Librarians for mentor</a></shreddit-subreddit-header>'
                f'</aside></div><div id="cookie-banner">We use cookies. <button>Accept all</button></div>'
                f'</shreddit-app></body></html>')

    def post_el(w, full):
        sub = w.path.split("/")[2]
        pid = w.path.split("/")[4]
        body = (f'<div slot="text-body"><div class="md text-14" id="t3_{pid}-post-rtjson-content">'
                f'{ps(w.paras[:1])}</div></div>' if full else "")
        return (f'<shreddit-post id="t3_{pid}" permalink="{w.path}" content-href="{u(w.path)}" '
                f'post-title="{esc(w.title)}" author="{esc(w.author[2:])}" subreddit-prefixed-name="r/{sub}" '
                f'created-timestamp="{w.date}T14:03:11.000000+0000" comment-count="{len(w.paras) - 1}" score="42" '
                f'post-type="text"><a slot="full-post-link" href="{u(w.path)}"><faceplate-screen-reader-content>'
                f'{esc(w.title)}</faceplate-screen-reader-content></a><h1 slot="title">{esc(w.title)}</h1>'
                f'<a slot="authorName" href="{u("/user/quiet_stacks/") if "quiet_stacks" in w.author else u("/r/" + sub + "/")}">'
                f'{esc(w.author)}</a>{body}</shreddit-post>')

    docs = []
    for w in ws:
        comments = "".join(
            f'<shreddit-comment author="{esc(c.split(":")[0].replace("Reply from u/", ""))}" depth="0">'
            f'<div slot="comment"><div class="md">{ps([c.split(": ", 1)[1]])}</div></div></shreddit-comment>'
            for c in w.paras[1:])
        sub = w.path.split("/")[2]
        main = (post_el(w, True) + f'<shreddit-comment-tree post-id="t3_{w.path.split("/")[4]}" '
                f'totalComments="{len(w.paras) - 1}">{comments}</shreddit-comment-tree>')
        head = (f'<meta property="og:type" content="website"><meta property="og:title" content="{esc(w.title)} : '
                f'r/{sub}"><meta property="og:description" content="{esc(w.paras[0][:150])}">'
                + _ld({"@context": "https://schema.org", "@type": "DiscussionForumPosting", "headline": w.title,
                       "author": {"@type": "Person", "name": w.author}, "datePublished": w.date,
                       "url": u(w.path), "commentCount": len(w.paras) - 1}))
        docs.append(_work(w, page(f"{w.title} : r/{sub}", main, w.path, head)))
    feed = "".join(f"<article>{post_el(w, False)}</article>" for w in lib)
    docs.append(_other(RED, "/r/Librarians/", page("r/Librarians", f'<shreddit-feed>{feed}</shreddit-feed>'
                                                   f'<faceplate-partial loading="lazy" src="/svc/shreddit/more-posts">'
                                                   f'</faceplate-partial>', "/r/Librarians/")))
    docs.append(_other(RED, "/r/Librarians/about/", page("r/Librarians - About", "<h1>About Community</h1><p>A "
                                                         "community for librarians and library workers. Rules: be "
                                                         "civil; no patron-identifying details.</p>",
                                                         "/r/Librarians/about/")))
    docs.append(_other(RED, "/r/Librarians/?f=flair_name%3A%22Career%20Advice%22",
                       page("r/Librarians: Career Advice", "<shreddit-feed>" + "".join(
                           f"<article>{post_el(w, False)}</article>" for w in (lib[0], lib[1], lib[3]))
                           + "</shreddit-feed>", "/r/Librarians/?f=flair_name%3A%22Career%20Advice%22")))
    docs.append(_other(RED, "/r/Librarians/search/?q=mentor", page("r/Librarians - Search: mentor", "<h1>Search "
                                                                    "results</h1>" + "".join(
        f'<search-telemetry-tracker><a data-testid="post-title" href="{u(w.path)}">{esc(w.title)}</a>'
        f'</search-telemetry-tracker>' for w in (lib[0], lib[1], lib[3])), "/r/Librarians/search/?q=mentor")))
    qs = [w for w in ws if "quiet_stacks" in w.author]
    docs.append(_other(RED, "/user/quiet_stacks/", page("quiet_stacks (u/quiet_stacks) - Reddit",
                                                        "<h1>quiet_stacks</h1><p>u/quiet_stacks</p>" + "".join(
                                                            post_el(w, False) for w in qs)
                                                        + f'<p>Comment on <a href="'
                                                          f'{u("/r/Librarians/comments/zz9zz9/deleted_thread/")}">'
                                                          f'[deleted]</a></p>', "/user/quiet_stacks/")))
    docs.append(_other(RED, "/r/Librarians/comments/zz9zz9/deleted_thread/",
                       page("Reddit - Dive into anything", "<h1>Sorry, nobody on Reddit goes by that name.</h1><p>This "
                            "post may have been removed.</p>", "/r/Librarians/comments/zz9zz9/deleted_thread/"),
                       status=404))
    return docs


# --- IGI Global-like publisher ---------------------------------------------------------------------------------

def igi(u) -> list[Doc]:
    site = "IGI Press"
    w = WORKS
    journal_path = "/journal/international-journal-library-information-services/1187"
    book_path = "/book/archives-records-management-digital-age/274310"

    def page(title, main, head=""):
        return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}</head><body>'
                f'<form method="post" action="./" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" '
                f'value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAmYPZBYC"></form>'
                f'<header class="site-header"><a href="{u("/")}" class="logo">{site}</a><nav><ul>'
                f'<li><a href="{u(journal_path)}">Journals</a></li><li><a href="{u(book_path)}">Books</a></li>'
                f'<li><a href="{u("/about/")}">About</a></li><li><a href="{u("/contact/")}">Contact</a></li></ul></nav>'
                f'<form action="{u("/search/")}" method="get"><input name="p" placeholder="Search"></form></header>'
                f'<main id="main">{main}</main><footer><p>&copy; 2024 {site}. All rights reserved.</p>'
                f'<a href="{u("/about/")}">About {site}</a></footer><div id="cookie-consent">This site uses cookies. '
                f'<button>Accept</button></div></body></html>')

    def meta(x: Work, chapter=False):
        authors = "".join(f'<meta name="citation_author" content="{esc(a.strip())}">' for a in x.author.split(";"))
        if chapter:
            src = ('<meta name="citation_book_title" content="Archives and Records Management in the Digital Age">'
                   '<meta name="citation_publisher" content="IGI Press">')
        else:
            src = ('<meta name="citation_journal_title" content="International Journal of Library and Information '
                   'Services (IJLIS)"><meta name="citation_volume" content="12"><meta name="citation_issue" '
                   'content="2"><meta name="citation_issn" content="2155-6336">')
        return (f'<meta name="citation_title" content="{esc(x.title)}">{authors}{src}'
                f'<meta name="citation_publication_date" content="{x.date[:4]}"><meta name="citation_doi" '
                f'content="10.4018/IJLIS.{x.path.rsplit("/", 1)[1]}"><meta name="citation_abstract_html_url" '
                f'content="{u(x.path)}">' + (f'<meta name="citation_pdf_url" content="{u(w["i3"].path)}">'
                                            if chapter else "")
                + f'<meta property="og:title" content="{esc(x.title)}"><meta property="og:type" content="article">'
                f'<link rel="canonical" href="{u(x.path)}">')

    def record(x: Work, chapter=False):
        source = (f'<a href="{u(book_path)}">Archives and Records Management in the Digital Age</a>' if chapter else
                  f'<a href="{u(journal_path)}">International Journal of Library and Information Services (IJLIS)</a>'
                  f' 12(2)')
        authors = ", ".join(
            (f'<a href="{u("/affiliate/grace-adeyemi/401122")}">{esc(a.strip())}</a>' if "Adeyemi" in a
             else esc(a.strip())) for a in x.author.split(";"))
        pdf_link = (f'<a class="btn-download" href="{u(w["i3"].path)}">Download PDF</a>' if chapter else
                    '<span class="btn-purchase">Purchase article: $37.50</span>')
        main = (f'<div class="title-wrapper"><span class="content-type">{"Chapter" if chapter else "Article"}</span>'
                f'<h1 class="title">{esc(x.title)}</h1></div><div class="authors">{authors}</div>'
                f'<div class="source">Source Title: {source}</div><div class="copyright">Copyright: &copy; {x.date[:4]}'
                f'</div><div class="doi">DOI: 10.4018/IJLIS.{x.path.rsplit("/", 1)[1]}</div>{pdf_link}'
                f'<section id="abstract"><h2>Abstract</h2>{ps(x.paras)}</section>'
                f'<section class="related"><h3>Related content</h3><ul>' + "".join(
                    f'<li>{_teaser(o, u)}</li>' for o in (w["i1"], w["i2"], w["i5"]) if o is not x) + "</ul></section>")
        return _work(x, page(f"{x.title} | {site}", main, meta(x, chapter)))

    docs = [record(w["i1"]), record(w["i2"], True), record(w["i4"]), record(w["i5"]), _pdf(w["i3"])]
    toc = "".join(f'<li class="toc-item"><a href="{u(x.path)}">{esc(x.title)}</a><span> {esc(x.author)}</span></li>'
                  for x in (w["i1"], w["i4"], w["i5"]))
    docs.append(_other(IGI, journal_path, page(f"International Journal of Library and Information Services | {site}",
                                               f'<h1>International Journal of Library and Information Services '
                                               f'(IJLIS)</h1><h2>Volume 12, Issue 2</h2><ul class="toc">{toc}'
                                               f'<li class="toc-item"><a href="{u("/gateway/article/999999")}">'
                                               f'Editorial</a></li></ul>')))
    docs.append(_other(IGI, book_path, page(f"Archives and Records Management in the Digital Age | {site}",
                                            f'<h1>Archives and Records Management in the Digital Age</h1><h2>Table of '
                                            f'Contents</h2><ul class="toc"><li><a href="{u(w["i2"].path)}">'
                                            f'{esc(w["i2"].title)}</a> <a href="{u(w["i3"].path)}">PDF</a></li>'
                                            f'<li>Chapter 7: Retention Schedules Revisited</li></ul>')))
    docs.append(_other(IGI, "/", page(f"{site}: Publisher of Timely Knowledge", f'<h1>{site}</h1><p>Publisher of '
                                      f'reference books and journals.</p><h2>New releases</h2><ul><li><a href="'
                                      f'{u(journal_path)}">IJLIS 12(2)</a></li><li><a href="{u(book_path)}">Archives '
                                      f'and Records Management in the Digital Age</a></li></ul>'
                                      f'<p><a href="{u("/search/?p=mentoring+librarians")}">Trending: mentoring '
                                      f'librarians</a></p>')))
    docs.append(_other(IGI, "/search/?p=mentoring+librarians",
                       page(f"Search results: mentoring librarians | {site}",
                            "<h1>Search results for &quot;mentoring librarians&quot;</h1><ul>" + "".join(
                                f'<li>{_teaser(x, u)}</li>' for x in (w["i1"], w["i2"], w["i4"])) + "</ul>")))
    docs.append(_other(IGI, "/affiliate/grace-adeyemi/401122",
                       page(f"Grace Adeyemi | {site}", f'<h1>Grace Adeyemi</h1><p>University of Lagos Library.</p>'
                            f'<h2>Publications</h2><ul><li>{_teaser(w["i1"], u)}</li></ul>')))
    docs.append(_other(IGI, "/about/", page(f"About | {site}", "<h1>About IGI Press</h1><p>An international "
                                            "academic publisher since 1988.</p>")))
    docs.append(_other(IGI, "/contact/", page(f"Contact Us | {site}", "<h1>Contact Us</h1><p>Customer service: "
                                              "555-0199.</p>")))
    docs.append(_other(IGI, "/gateway/article/999999", page(f"Page Not Found | {site}", "<h1>Page Not Found</h1><p>The "
                                                            "requested content is not available.</p>"), status=404))
    return docs


# --- ERIC-like database ---------------------------------------------------------------------------------------

def eric(u) -> list[Doc]:
    site = "ERIC - Education Resources Information Center"
    w = WORKS
    records = [w["e1"], w["e3"], w["e4"], w["e5"]]

    def page(title, main, head=""):
        return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>{head}'
                f'<link rel="stylesheet" href="{u("/eric.css")}"></head><body><div id="header"><a href="{u("/")}">'
                f'<span class="logo">ERIC</span></a><div id="headerLinks"><a href="{u("/?faq")}">FAQ</a> '
                f'<a href="{u("/?ti=Mentors")}">Thesaurus</a></div><form action="{u("/")}" method="get" id="searchForm">'
                f'<input type="text" name="q" id="searchInput"><input type="submit" value="Search"></form></div>'
                f'<div id="mainContent">{main}</div><div id="footer"><a href="{u("/?faq")}">About ERIC</a> | '
                f'<a href="https://ies.ed.gov/" rel="nofollow">IES</a></div></body></html>')

    def record(x: Work):
        rid = x.path.split("=")[1]
        ab, desc = x.paras[0], x.paras[-1]
        descs = ", ".join(f'<a href="{u("/?ti=Mentors")}">{esc(d.strip())}</a>' if d.strip() == "Mentors"
                          else esc(d.strip()) for d in desc.split(": ", 1)[1].rstrip(".").split(";"))
        full = (f'<div id="r_fulltext"><a href="{u(w["e2"].path)}" class="fulltext">Download full text</a></div>'
                if x is w["e1"] else '<div class="peerReviewed">Peer reviewed</div><div>Direct link</div>')
        head = (f'<meta name="citation_title" content="{esc(x.title)}">' + "".join(
            f'<meta name="citation_author" content="{esc(a.strip())}">' for a in x.author.split(";"))
            + f'<meta name="citation_publication_date" content="{x.date}">'
            + (f'<meta name="citation_pdf_url" content="{u(w["e2"].path)}">' if x is w["e1"] else "")
            + f'<meta name="description" content="{esc(ab[10:200])}">')
        main = (f'<div id="rr_main"><div class="title"><h1>{esc(x.title)}</h1></div><div id="r_colR">{full}</div>'
                f'<div class="r_i"><strong>{esc(x.author.replace(";", ";"))}</strong></div>'
                f'<div class="abstract">{esc(ab.split(": ", 1)[1])}</div><div class="r_d"><strong>Descriptors:</strong> '
                f'{descs}</div><div class="r_i"><strong>Publication Type:</strong> '
                f'{"Reports - Research" if rid.startswith("ED") else "Journal Articles"}</div>'
                f'<div class="r_i"><strong>Education Level:</strong> N/A</div><div class="r_i"><strong>ERIC Number:'
                f'</strong> {rid}</div><div class="r_i"><strong>Record Type:</strong> '
                f'{"Non-Journal" if rid.startswith("ED") else "Journal"}</div><div class="r_i"><strong>Publication '
                f'Date:</strong> {x.date}</div></div>')
        return _work(x, page(f"{site} - {rid} - {x.title}", main, head))

    def results(xs):
        return "".join(f'<div class="r_i"><div class="r_t"><a href="{u(x.path)}">{esc(x.title)}</a></div>'
                       f'<div class="r_a">{esc(x.author)}</div><div class="r_d">{esc(x.paras[0][10:220])}&hellip;'
                       f'</div></div>' for x in xs)

    docs = [record(x) for x in records] + [_pdf(w["e2"])]
    docs.append(_other(ERIC, "/", page(site, f'<h1>ERIC</h1><p>Collection of education literature.</p><p>Popular '
                                       f'search: <a href="{u("/?q=mentoring+librarians+social+media")}">mentoring '
                                       f'librarians social media</a></p>')))
    docs.append(_other(ERIC, "/?q=mentoring+librarians+social+media",
                       page(f"{site} - mentoring librarians social media", '<div id="rr_results"><p>Showing 1 to 4 of '
                            '4 results</p>' + results(records) + f'<div class="r_i"><a href="{u("/?id=ED000001")}">'
                            f'Mentoring in Library Networks (withdrawn)</a></div></div>')))
    docs.append(_other(ERIC, "/?ti=Mentors", page(f"{site} - Thesaurus - Mentors", "<h1>Thesaurus: Mentors</h1>"
                                                  "<p>Scope note: Individuals who guide the development of "
                                                  "others.</p><h2>Records</h2>" + results([w["e1"], w["e4"], w["e5"]]))))
    docs.append(_other(ERIC, "/?faq", page(f"{site} - Frequently Asked Questions", "<h1>About ERIC</h1><p>ERIC is an "
                                           "online library of education research and information.</p>")))
    docs.append(_other(ERIC, "/?id=ED000001", page(f"{site} - Record not found", '<div id="rr_main"><p>The record you '
                                                   'requested could not be found. It may have been removed from the '
                                                   'collection.</p></div>')))  # a soft 404, served 200
    return docs


# --- Facebook-like public group ------------------------------------------------------------------------------

def facebook(u) -> list[Doc]:
    ws = _works(FB)
    group = "/groups/librarymentorsnetwork/"
    name = "Library Mentors Network"
    people = {"Ana Lindqvist": "/ana.lindqvist.lib", "Devon Clarke": "/devon.clarke.912"}

    def page(title, main, head=""):
        return (f'<!DOCTYPE html><html lang="en" id="facebook" class="no_js"><head><meta charset="utf-8">'
                f'<meta name="referrer" content="origin-when-crossorigin" id="meta_referrer"><title>{esc(title)}'
                f'</title><meta property="og:site_name" content="Facebook">{head}<noscript><meta http-equiv="refresh" '
                f'content="0; URL=/?_fb_noscript=1"></noscript></head><body class="_6s5d _71pn system-fonts--body">'
                f'<div id="mount_0_0_x"><div role="banner"><a href="{u(group)}" aria-label="Facebook">facebook</a>'
                f'<a href="https://www.facebook.example/login/" rel="nofollow">Log in</a></div>'
                f'<div role="main">{main}</div><div role="complementary"><a href="{u(group + "about/")}">About this '
                f'group</a> <a href="{u(group + "search/?q=mentor")}">Search this group</a></div>'
                f'<div data-testid="cookie-policy-manage-dialog">Allow the use of cookies by Facebook on this browser?'
                f'<button>Allow all cookies</button></div></div></body></html>')

    def story(w, full=True):
        own = [p for p in w.paras if not p.startswith("Comment: ")]
        text = ps(own) if full else f'<p>{esc(w.paras[0][:160])}&hellip;</p>'
        comments = ("".join(f'<div role="article" aria-label="Comment">{ps([c.split(": ", 1)[1]])}</div>'
                            for c in w.paras if c.startswith("Comment: ")) if full else "")
        return (f'<div role="article" data-ad-preview="message"><h2><strong><a href="{u(people[w.author])}">'
                f'{esc(w.author)}</a></strong> &rsaquo; <a href="{u(group)}">{name}</a></h2>'
                f'<a href="{u(w.path)}"><abbr data-utime="{w.date}">{w.date}</abbr></a>'
                f'<div data-ad-comet-preview="message">{text}</div>{comments}</div>')

    docs = []
    for w in ws:
        head = (f'<meta property="og:title" content="{esc(w.title)} | {name} | Facebook">'
                f'<meta property="og:description" content="{esc(w.paras[0][:200])}">'
                f'<meta property="og:url" content="{u(w.path)}"><meta property="og:type" content="article">'
                f'<link rel="canonical" href="{u(w.path)}">')
        docs.append(_work(w, page(f"{w.title} | {name} | Facebook", story(w), head)))
    feed = "".join(story(w, False) for w in ws)
    docs.append(_other(FB, group, page(f"{name} | Facebook", f'<h1><a href="{u(group)}">{name}</a></h1><span>Public '
                                       f'group &middot; 6.4K members</span><div role="feed">{feed}</div>',
                                       f'<meta property="og:title" content="{name}"><meta property="og:url" '
                                       f'content="{u(group)}">')))
    docs.append(_other(FB, group + "about/", page(f"{name} | Facebook", f'<h1>{name}</h1><h2>About this group</h2><p>'
                                                   f'Public. Anyone can see who is in the group and what they post. '
                                                   f'Admins: <a href="{u(people["Ana Lindqvist"])}">Ana Lindqvist</a>, '
                                                   f'<a href="{u(people["Devon Clarke"])}">Devon Clarke</a>.</p>')))
    docs.append(_other(FB, group + "search/?q=mentor", page(f"Search results | {name} | Facebook",
                                                            '<h1>Results for "mentor"</h1>'
                                                            + "".join(story(w, False) for w in ws[:3]))))
    for person, path in people.items():
        mine = [w for w in ws if w.author == person]
        extra = (f'<p>Pinned: <a href="{u(group + "posts/7712345678900000/")}">Group rules (removed)</a></p>'
                 if person == "Ana Lindqvist" else "")
        docs.append(_other(FB, path, page(f"{person} | Facebook", f'<h1>{esc(person)}</h1><div>Librarian</div>{extra}'
                                          + "".join(story(w, False) for w in mine),
                                          '<meta property="og:type" content="profile">')))
    docs.append(_other(FB, group + "posts/7712345678900000/",
                       page("Facebook", "<h2>This content isn't available right now</h2><p>When this happens, it's "
                            "usually because the owner only shared it with a small group of people or it's been "
                            "deleted.</p>"), status=404))
    return docs


# --- Medium publication on its own domain ---------------------------------------------------------------------

def medium(u) -> list[Doc]:
    pub = "Stacked"
    ws = _works(MED)
    handles = {"Kwame Asante": "/@kwame.asante"}

    def page(title, main, path, head=""):
        return (f'<!doctype html><html lang="en"><head><title>{esc(title)}</title><meta data-rh="true" '
                f'name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">'
                f'<meta data-rh="true" property="og:site_name" content="Medium"><meta data-rh="true" '
                f'name="twitter:site" content="@Medium"><link data-rh="true" rel="canonical" href="{u(path)}">'
                f'{head}</head><body><div id="root"><div class="a b c"><div class="l" role="banner">'
                f'<a href="{u("/")}" class="af ag">{pub}</a><a href="{u("/about")}">About</a> '
                f'<a href="{u("/archive")}">Archive</a> <a href="{u("/tagged/mentorship")}">Mentorship</a> '
                f'<a href="https://medium.example/m/signin" rel="nofollow">Sign in</a></div>{main}'
                f'<div class="footer"><a href="https://help.medium.example/" rel="nofollow">Help</a></div></div></div>'
                f'<script>window.__APOLLO_STATE__ = {{}}</script></body></html>')

    def preview(w):
        who = handles.get(w.author)
        by = f'<a href="{u(who)}">{esc(w.author)}</a>' if who else esc(w.author)
        return (f'<article><div class="postArticle"><a href="{u(w.path)}"><h2 class="bf">{esc(w.title)}</h2>'
                f'<h3 class="bg">{esc(w.paras[0][:120])}</h3></a><p>{by} &middot; {w.date}</p></div></article>')

    docs = []
    for w in ws:
        teaser = "member-only" in w.paras[-1].lower()
        who = handles.get(w.author)
        by = f'<a data-testid="authorName" href="{u(who)}">{esc(w.author)}</a>' if who else esc(w.author)
        ld = _ld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": w.title,
                  "datePublished": w.date + "T12:00:00.000Z", "author": {"@type": "Person", "name": w.author},
                  "publisher": {"@type": "Organization", "name": pub}, "isAccessibleForFree": not teaser,
                  "mainEntityOfPage": u(w.path)})
        paras = w.paras[:-1] + (w.paras[-1].split(" Member-only")[0],) if teaser else w.paras
        paywall = ('<div class="meteredContent"><h2>Member-only story</h2><p>Read the rest of this story with a '
                   'free account.</p><a href="https://medium.example/m/signin" rel="nofollow">Sign up</a></div>'
                   if teaser else "")
        body = "".join(f'<p id="{i:04x}" class="pw-post-body-paragraph">{esc(p)}</p>' for i, p in enumerate(paras))
        main = (f'<article><div class="ch bg"><section><div><h1 id="title" class="pw-post-title" '
                f'data-testid="storyTitle">{esc(w.title)}</h1><div class="speechify-ignore">{by} &middot; <span '
                f'data-testid="storyPublishDate">{w.date}</span> &middot; <span data-testid="storyReadTime">4 min '
                f'read</span> &middot; Published in <a href="{u("/")}">{pub}</a></div>{body}</div></section></div>'
                f'{paywall}</article><div class="more-from"><h2>More from {pub}</h2>'
                + "".join(preview(o) for o in ws if o is not w) + "</div>")
        head = (f'<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="og:title" '
                f'content="{esc(w.title)}"><meta data-rh="true" property="article:published_time" '
                f'content="{w.date}T12:00:00.000Z"><meta data-rh="true" name="author" content="{esc(w.author)}">{ld}')
        docs.append(_work(w, page(f"{w.title} | by {w.author} | {pub}", main, w.path, head)))
    docs.append(_other(MED, "/", page(pub, f'<section><h1>{pub}</h1><p>Stories by and for library workers.</p>'
                                      + "".join(preview(w) for w in ws) + "</section>", "/")))
    docs.append(_other(MED, "/archive", page(f"Archive of stories published by {pub}", "<h1>Archive</h1>"
                                             + "".join(preview(w) for w in ws), "/archive")))
    docs.append(_other(MED, "/tagged/mentorship", page(f"Mentorship - {pub}", "<h1>Mentorship</h1>"
                                                       + "".join(preview(w) for w in (ws[0], ws[1], ws[2])),
                                                       "/tagged/mentorship")))
    docs.append(_other(MED, "/about", page(f"About - {pub}", f"<h1>About {pub}</h1><p>A publication for library "
                                           "workers, edited by volunteers.</p>", "/about")))
    docs.append(_other(MED, "/@kwame.asante", page("Kwame Asante - Medium", "<h1>Kwame Asante</h1><p>Librarian, "
                                                   "community builder.</p>" + preview(ws[0]), "/@kwame.asante",
                                                   '<meta data-rh="true" property="og:type" content="profile">')))
    return docs


def build(url: Callable[[str, str], str]) -> list[Doc]:
    def on(host):
        return lambda path: url(host, path)
    return (ollie(on(OLLIE)) + go(on(GO)) + congo(on(CONGO)) + minimal(on(MM)) + thesis(on(THESIS))
            + reddit(on(RED)) + igi(on(IGI)) + eric(on(ERIC)) + facebook(on(FB)) + medium(on(MED)))


class LabelledWeb41(ServedWeb):
    """Web 41 (see the module docstring)."""

    HOSTS = HOSTS
    START = {RED: "/r/Librarians/", FB: "/groups/librarymentorsnetwork/"}
    FIRST_ADDRESS = 476
    build = staticmethod(build)
