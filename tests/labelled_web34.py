"""Web 34: 117 pages on ten hosts, put together from reductions of ten
platforms' real markup and metadata (WordPress's Zakra theme, Jekyll's
Moonwalk theme with jekyll-seo-tag, Ghost's Taste theme, Blogger's Essential
theme, Blot, Typlog, a Nostr long-form reader like habla.news, an arXiv-like
preprint server with its citation_* tags and PDFs, an Apple Podcasts-like
directory's show and episode pages, and an XWiki wiki), with the texts and
labels :mod:`tests.labelled_text34` committed before it was built. The pages
that are not works (home, about, contact, category, tag, search, listing,
profile, error) are graded 0; the errors are real 404s and, on the wiki, a
soft one (200)."""

from __future__ import annotations

import json
import zlib
from typing import Callable

from tests.labelled_text34 import (ARXIV, BLOT, ESSENTIAL, HABLA, MOON, OTHER, PODS, TASTE, TYPLOG, WORKS, XWIKI,
                                   ZAKRA, Work)
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

U = Callable[[str], str]


def works(host: str) -> list[Work]:
    """A host's works, newest first (the order of its listings)."""
    return sorted((w for w in WORKS.values() if w.host == host and w.kind != "document"),
                  key=lambda w: w.date, reverse=True)


def kind_of(host: str, path: str) -> str:
    return next(k for h, p, k in OTHER if (h, p) == (host, path))


def ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def slug(tag: str) -> str:
    return tag.replace(" ", "-")


# --- WordPress, Zakra -----------------------------------------------------------------------------

Z_SITE = "Branch Lines"


def _zakra(u: U, title: str, body_class: str, main: str, head: str = "") -> bytes:
    menu = "".join(f'<li class="menu-item"><a href="{u(p)}">{t}</a></li>' for p, t in (
        ("/", "Home"), ("/category/news/", "News"), ("/category/professional-development/", "Professional "
                                                    "development"), ("/about-us/", "About us"), ("/contact/",
                                                                                                  "Contact")))
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{esc(title)}</title>{head}'
            f'<link rel="stylesheet" id="zakra-style-css" href="{u("/wp-content/themes/zakra/style.css")}?ver=4.0.1">'
            f'<meta name="generator" content="WordPress 6.7.1"></head><body class="{body_class} zak-site-layout--'
            f'right zak-container--wide zak-content-area--bordered">'
            f'<div id="zak-page" class="zak-site"><a class="skip-link screen-reader-text" href="#zak-content">Skip '
            f'to content</a><header id="zak-masthead" class="zak-header zak-layout-1 zak-layout-1-style-1">'
            f'<div class="zak-main-header"><div class="zak-container"><div class="zak-row"><div class="zak-header-'
            f'col zak-header-col--1"><div class="site-branding"><div class="site-info-wrap"><p class="site-title">'
            f'<a href="{u("/")}" rel="home">{Z_SITE}</a></p><p class="site-description">News from the regional '
            f'library association</p></div></div></div><div class="zak-header-col zak-header-col--2"><nav '
            f'id="zak-primary-nav" class="zak-main-nav main-navigation zak-primary-nav zak-layout-1 zak-layout-1-'
            f'style-1"><ul id="zak-primary-menu" class="zak-primary-menu">{menu}</ul></nav></div></div></div></div>'
            f'</header><main id="zak-main" class="site-main"><div id="zak-content" class="zak-content"><div '
            f'class="zak-container"><div class="zak-row"><div id="zak-primary" class="zak-primary">{main}</div>'
            f'<aside id="zak-secondary" class="zak-secondary widget-area"><section class="widget widget_search">'
            f'<form role="search" method="get" class="search-form" action="{u("/")}"><input type="search" '
            f'class="search-field" name="s"><button type="submit" class="search-submit">Search</button></form>'
            f'</section></aside></div></div></div></main><footer id="zak-footer" class="zak-footer"><div '
            f'class="zak-footer-bar zak-style-2"><div class="zak-container"><div class="zak-row"><div class="zak-'
            f'footer-bar__1"><p>Copyright &copy; 2025 {Z_SITE}. Powered by <a href="https://wordpress.org/">'
            f'WordPress</a> and <a href="https://zakratheme.com/">Zakra</a>.</p></div></div></div></div></footer>'
            f'</div></body></html>').encode()


def _zakra_teasers(u: U, ws: list[Work]) -> str:
    return "".join(
        f'<article class="zak-entry post type-post status-publish format-standard hentry"><div class="zak-post-'
        f'content"><header class="entry-header"><h2 class="entry-title"><a href="{u(w.path)}" rel="bookmark">'
        f'{esc(w.title)}</a></h2></header><div class="entry-meta"><span class="zak-post-date"><time class="entry-'
        f'date published" datetime="{w.date}T10:00:00+00:00">{w.date}</time></span></div><div class="entry-'
        f'content"><p>{cut(w.paras[0], 180)}</p></div><div class="zak-entry-footer"><a href="{u(w.path)}" '
        f'class="zak-entry-read-more">Read More</a></div></div></article>' for w in ws)


def zakra(url) -> list[Doc]:
    def u(p): return url(ZAKRA, p)
    ws = works(ZAKRA)
    docs = []
    for w in ws:
        tags = "".join(f'<a href="{u("/tag/" + slug(t) + "/")}" rel="tag">{esc(t)}</a> ' for t in w.tags
                       if t == "mentoring")
        cat = "professional-development" if "mentoring" in w.tags or "new professionals" in w.tags else "news"
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "BlogPosting", "@id": u(w.path) + "#article", "headline": w.title, "datePublished":
             w.date + "T10:00:00+00:00", "author": {"@type": "Person", "name": w.author},
             "mainEntityOfPage": u(w.path)}, {"@type": "WebSite", "@id": u("/") + "#website", "name": Z_SITE}]}
        head = (f'<link rel="canonical" href="{u(w.path)}"><meta property="og:type" content="article">'
                f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:url" content="{u(w.path)}">'
                f'<meta property="article:published_time" content="{w.date}T10:00:00+00:00">'
                f'<meta name="author" content="{esc(w.author)}">{ld(graph)}')
        main = (f'<article id="post-{zlib.crc32(w.path.encode()) % 900 + 100}" class="zak-entry-single post type-post status-'
                f'publish hentry category-{cat}"><header class="entry-header"><h1 class="entry-title">'
                f'{esc(w.title)}</h1></header><div class="entry-meta"><span class="byline"> <span class="author '
                f'vcard"><a class="url fn n" href="{u("/author/maura-keane/")}">{esc(w.author)}</a></span></span>'
                f'<span class="zak-post-date"><time class="entry-date published" datetime="{w.date}T10:00:00+00:00">'
                f'{w.date}</time></span></div><div class="entry-content">{ps(w.paras)}</div><footer class="zak-'
                f'entry-footer"><span class="cat-links"><a href="{u("/category/" + cat + "/")}" rel="category tag">'
                f'{cat.replace("-", " ").capitalize()}</a></span> <span class="tags-links">{tags}</span></footer>'
                f'</article>')
        docs.append(Doc(ZAKRA, w.path, w.kind, w.grade, _zakra(u, f"{w.title} &#8211; {Z_SITE}",
                                                                "post-template-default single single-post", main,
                                                                head)))
    pd = [w for w in ws if "mentoring" in w.tags or "new professionals" in w.tags]
    lists = {"/": (None, ws[:4], "home blog"), "/page/2/": (None, ws[4:], "home blog paged"),
             "/category/professional-development/": ("Category: Professional development", pd, "archive category"),
             "/category/news/": ("Category: News", [w for w in ws if w not in pd], "archive category"),
             "/tag/mentoring/": ("Tag: mentoring", [w for w in ws if "mentoring" in w.tags], "archive tag"),
             "/?s=mentoring": ("Search Results for: mentoring", [w for w in ws if "mentor" in " ".join(w.paras)],
                               "search search-results"),
             "/author/maura-keane/": ("Author: Maura Keane", [w for w in ws if w.author == "Maura Keane"],
                                      "archive author")}
    for path, (heading, shown, cls) in lists.items():
        pager = (f'<nav class="navigation pagination"><div class="nav-links"><a class="next page-numbers" '
                 f'href="{u("/page/2/")}">Next</a></div></nav><p class="zak-popular-searches">Popular searches: '
                 f'<a href="{u("/?s=mentoring")}">mentoring</a></p>' if path == "/" else "")
        head_html = f'<header class="page-header"><h1 class="page-title">{heading}</h1></header>' if heading else ""
        robots = '<meta name="robots" content="noindex, follow">' if path.startswith("/?s") else ""
        docs.append(Doc(ZAKRA, path, kind_of(ZAKRA, path), 0, _zakra(
            u, f"{heading or Z_SITE} &#8211; {Z_SITE}", cls, head_html + _zakra_teasers(u, shown) + pager, robots)))
    for path, title, text in (
            ("/about-us/", "About us", "Branch Lines is the news site of the regional library and archives "
             "association, a charity run by its members since 1961. See also our section's "
             f'<a href="{url(XWIKI, "/xwiki/bin/view/Main/")}">members\' wiki</a>. Looking for <a href="'
             f'{u("/membership-renewals/")}">membership renewals</a>?'),
            ("/contact/", "Contact", "Write to the secretary at the association's office, or use the form below. "
             "We aim to answer within five working days.")):
        main = (f'<article class="zak-entry-single page type-page"><header class="entry-header"><h1 class="entry-'
                f'title">{title}</h1></header><div class="entry-content"><p>{text}</p></div></article>')
        docs.append(Doc(ZAKRA, path, kind_of(ZAKRA, path), 0, _zakra(u, f"{title} &#8211; {Z_SITE}",
                                                                      "page-template-default page", main)))
    docs.append(Doc(ZAKRA, "/membership-renewals/", "error", 0, _zakra(
        u, f"Page not found &#8211; {Z_SITE}", "error404", '<section class="error-404 not-found"><header class="'
        'page-header"><h1 class="page-title">Oops! That page can&rsquo;t be found.</h1></header><div class="page-'
        'content"><p>It looks like nothing was found at this location. Maybe try a search?</p></div></section>'),
        status=404))
    return docs


# --- Jekyll, Moonwalk (jekyll-seo-tag) ----------------------------------------------------------

M_SITE = "tessa reads"


def _seo(u: U, title: str, path: str, og_type: str, schema: dict, desc: str = "") -> str:
    """jekyll-seo-tag 2.8's block."""
    return (f"<!-- Begin Jekyll SEO tag v2.8.0 --><title>{esc(title)} | {M_SITE}</title>"
            f'<meta name="generator" content="Jekyll v4.3.3"><meta property="og:title" content="{esc(title)}">'
            f'<meta name="author" content="Tessa Lindqvist"><meta property="og:locale" content="en_US">'
            + (f'<meta name="description" content="{esc(desc)}"><meta property="og:description" '
               f'content="{esc(desc)}">' if desc else "")
            + f'<link rel="canonical" href="{u(path)}"><meta property="og:url" content="{u(path)}">'
            f'<meta property="og:site_name" content="{M_SITE}"><meta property="og:type" content="{og_type}">'
            f'<meta name="twitter:card" content="summary">'
            f'<script type="application/ld+json">{json.dumps(schema)}</script><!-- End Jekyll SEO tag -->')


def _moon(u: U, head: str, main: str) -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width='
            f'device-width, initial-scale=1">{head}<link rel="stylesheet" href="/assets/css/main.css">'
            f'<link type="application/atom+xml" rel="alternate" href="{u("/feed.xml")}" title="{M_SITE}">'
            f'<script src="/assets/js/theme-toggle.js"></script></head><body><main><div class="wrapper">'
            f'<nav class="nav"><a class="nav-title" href="{u("/")}">{M_SITE}</a><span class="nav-links">'
            f'<a href="{u("/posts/")}">posts</a><a href="{u("/tags/")}">tags</a><a href="{u("/about/")}">about</a>'
            f'</span><a class="theme-toggle" href="javascript:modeSwitcher()" rel="nofollow">&#9680;</a></nav>'
            f'{main}</div></main><footer><span class="footer-text">&copy; 2025 Tessa Lindqvist &middot; '
            f'<a href="https://github.com/abhinavs/moonwalk">moonwalk</a></span></footer></body></html>').encode()


def _moon_list(u: U, ws: list[Work]) -> str:
    return '<ul class="posts-list">' + "".join(
        f'<li class="post-item"><span class="post-date">{w.date}</span><a class="post-link" href="{u(w.path)}">'
        f'{esc(w.title)}</a></li>' for w in ws) + "</ul>"


def moonwalk(url) -> list[Doc]:
    def u(p): return url(MOON, p)
    ws = works(MOON)
    docs = []
    for w in ws:
        schema = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": w.title, "url": u(w.path),
                  "datePublished": w.date + "T00:00:00+00:00", "author": {"@type": "Person",
                                                                          "name": w.author}}
        head = (_seo(u, w.title, w.path, "article", schema, w.paras[0][:160]) + f'<meta property="article:'
                f'published_time" content="{w.date}T00:00:00+00:00">')
        tags = " ".join(f'<a class="tag" href="{u("/tags/")}#{slug(t)}">#{esc(t)}</a>' for t in w.tags)
        main = (f'<div class="post"><h1 class="post-title">{esc(w.title)}</h1><div class="post-date">'
                f'<time datetime="{w.date}">{w.date}</time></div><div class="post-content">{ps(w.paras)}</div>'
                f'<div class="post-tags">{tags}</div></div>')
        docs.append(Doc(MOON, w.path, w.kind, w.grade, _moon(u, head, main)))
    home_schema = {"@context": "https://schema.org", "@type": "WebSite", "name": M_SITE, "url": u("/")}
    docs.append(Doc(MOON, "/", "home", 0, _moon(u, _seo(u, "Home", "/", "website", home_schema), (
        f'<div class="home"><p class="intro">Library school, one post at a time. New here? Start with '
        f'<a href="{u("/2024/10/03/my-pln-so-far/")}">my first post</a>.</p><h2 class="home-heading">Recent '
        f'posts</h2>{_moon_list(u, ws[:3])}<a class="more" href="{u("/posts/")}">all posts &rarr;</a></div>'))))
    docs.append(Doc(MOON, "/posts/", "listing", 0, _moon(u, _seo(u, "Posts", "/posts/", "website", home_schema), (
        f'<h1 class="post-title">All posts</h1>{_moon_list(u, ws)}'))))
    tags = sorted({t for w in ws for t in w.tags})
    sections = "".join(f'<h3 id="{slug(t)}">#{esc(t)}</h3>' + _moon_list(u, [w for w in ws if t in w.tags])
                       for t in tags)
    docs.append(Doc(MOON, "/tags/", "tag", 0, _moon(u, _seo(u, "Tags", "/tags/", "website", home_schema), (
        f'<h1 class="post-title">Tags</h1><div class="tags-list">{sections}</div>'))))
    docs.append(Doc(MOON, "/about/", "about", 0, _moon(u, _seo(u, "About", "/about/", "website", home_schema), (
        '<div class="post"><h1 class="post-title">About</h1><div class="post-content"><p>I am a first-year MLIS '
        "student and part-time bookseller. This blog is where I think out loud about library school.</p></div>"
        "</div>"))))
    docs.append(Doc(MOON, "/2024/10/03/my-pln-so-far/", "error", 0, (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Page not found &middot; GitHub Pages</title>'
        '</head><body><div class="container"><h1>404</h1><p><strong>File not found</strong></p><p>The site '
        "configured at this address does not contain the requested file.</p></div></body></html>").encode(),
        status=404))
    return docs


# --- Ghost, Taste ------------------------------------------------------------------------------

G_SITE = "The Stack Room"
G_AUTHORS = {"Ines Barros": "ines", "Margaret Hollis": "margaret", "Joel Whitcombe": ""}


def _ghost(u: U, title: str, body_class: str, main: str, head: str = "") -> bytes:
    nav = "".join(f'<li class="nav-{t.lower()}"><a href="{u(p)}">{t}</a></li>' for p, t in (
        ("/", "Home"), ("/tag/careers/", "Careers"), ("/about/", "About"), ("/contact/", "Contact")))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width='
            f'device-width, initial-scale=1"><title>{esc(title)}</title><link rel="stylesheet" type="text/css" '
            f'href="/assets/built/screen.css?v=4b1a2c3d">{head}<meta name="generator" content="Ghost 5.96">'
            f'<link rel="alternate" type="application/rss+xml" title="{G_SITE}" href="{u("/rss/")}">'
            f'<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" '
            f'data-ghost="{u("/")}" crossorigin="anonymous"></script></head><body class="{body_class} is-head-'
            f'stacked"><div class="gh-site"><header id="gh-head" class="gh-head gh-outer"><div class="gh-head-inner '
            f'gh-inner"><div class="gh-head-brand"><a class="gh-head-logo" href="{u("/")}">{G_SITE}</a></div>'
            f'<nav class="gh-head-menu"><ul class="nav">{nav}</ul></nav><div class="gh-head-actions"><a class="gh-'
            f'head-button" href="{u("/subscribe/")}">Subscribe</a></div></div></header><main class="gh-main">'
            f'{main}</main><footer class="gh-foot gh-outer"><div class="gh-foot-inner gh-inner"><div class="gh-'
            f'copyright">{G_SITE} &copy; 2025</div><div class="gh-powered-by"><a href="https://ghost.org/" '
            f'target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></body></html>').encode()


def _ghost_feed(u: U, ws: list[Work]) -> str:
    return '<div class="gh-feed">' + "".join(
        f'<article class="gh-card post"><a class="gh-card-link" href="{u(w.path)}"><header class="gh-card-header">'
        f'<h3 class="gh-card-title">{esc(w.title)}</h3></header><div class="gh-card-excerpt">'
        f'{cut(w.paras[0], 160)}</div><footer class="gh-card-meta"><time class="gh-card-date" datetime="{w.date}">'
        f'{w.date}</time></footer></a></article>' for w in ws) + "</div>"


def taste(url) -> list[Doc]:
    def u(p): return url(TASTE, p)
    ws = works(TASTE)
    docs = []
    for w in ws:
        who = G_AUTHORS[w.author]
        desc = w.paras[0][:150]
        schema = {"@context": "https://schema.org", "@type": "Article", "publisher": {
            "@type": "Organization", "name": G_SITE, "url": u("/")}, "author": {
            "@type": "Person", "name": w.author, **({"url": u(f"/author/{who}/")} if who else {})}, "headline": w.title, "url": u(w.path),
            "datePublished": w.date + "T08:00:00.000Z", "dateModified": w.date + "T08:00:00.000Z",
            "keywords": ", ".join(w.tags), "description": desc, "mainEntityOfPage": u(w.path)}
        head = (f'<meta name="description" content="{esc(desc)}"><link rel="canonical" href="{u(w.path)}">'
                f'<meta property="og:site_name" content="{G_SITE}"><meta property="og:type" content="article">'
                f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:description" '
                f'content="{esc(desc)}"><meta property="og:url" content="{u(w.path)}"><meta property="article:'
                f'published_time" content="{w.date}T08:00:00.000Z">' + "".join(
                    f'<meta property="article:tag" content="{esc(t)}">' for t in w.tags)
                + f'<meta name="twitter:card" content="summary_large_image">{ld(schema)}')
        extra = ""
        if w.path == "/mentors-in-the-feed/":
            extra = (f'<p>The survey of early-career librarians mentioned above is <a href="'
                     f'{url(ARXIV, "/abs/2503.01234")}">available as a preprint</a>.</p>')
        byline = (f'<a class="gh-article-author" href="{u(f"/author/{who}/")}">{esc(w.author)}</a>' if who
                  else f'<span class="gh-article-author">{esc(w.author)}</span>')
        tag = (f'<a class="gh-article-tag" href="{u("/tag/careers/")}">Careers</a>' if "careers" in w.tags else "")
        main = (f'<article class="gh-article post tag-{slug(w.tags[0])}"><header class="gh-article-header gh-canvas">'
                f'{tag}<h1 class="gh-article-title">{esc(w.title)}</h1><div class="gh-article-meta">{byline} '
                f'<time class="gh-article-date" '
                f'datetime="{w.date}">{w.date}</time></div></header><section class="gh-content gh-canvas">'
                f'{ps(w.paras)}{extra}</section></article>')
        docs.append(Doc(TASTE, w.path, w.kind, w.grade, _ghost(u, w.title, "post-template", main, head)))
    site = ld({"@context": "https://schema.org", "@type": "WebSite", "publisher": {"@type": "Organization",
                                                                                   "name": G_SITE}, "url": u("/")})
    more = f'<nav class="gh-loadmore"><a class="gh-loadmore-link" href="{u("/page/2/")}">Load more</a></nav>'
    docs.append(Doc(TASTE, "/", "home", 0, _ghost(u, G_SITE, "home-template", _ghost_feed(u, ws[:4]) + more,
                                                  f'<link rel="canonical" href="{u("/")}">{site}')))
    docs.append(Doc(TASTE, "/page/2/", "listing", 0, _ghost(u, f"{G_SITE} (Page 2)", "paged",
                                                            _ghost_feed(u, ws[4:]))))
    docs.append(Doc(TASTE, "/tag/careers/", "tag", 0, _ghost(
        u, f"Careers - {G_SITE}", "tag-template tag-careers", '<header class="gh-archive gh-outer"><h1 class="gh-'
        'archive-title">Careers</h1><p class="gh-archive-description">Jobs, progression and advice.</p></header>'
        + _ghost_feed(u, [w for w in ws if "careers" in w.tags]))))
    for who, name, bio in (("ines", "Ines Barros", "Editor. Formerly a public librarian."),
                           ("margaret", "Margaret Hollis", "Careers columnist. Send her your questions.")):
        shown = [w for w in ws if G_AUTHORS[w.author] == who]
        docs.append(Doc(TASTE, f"/author/{who}/", "profile", 0, _ghost(
            u, f"{name} - {G_SITE}", "author-template", f'<header class="gh-archive gh-outer"><h1 class="gh-archive-'
            f'title">{name}</h1><p class="gh-archive-description">{bio}</p></header>' + _ghost_feed(u, shown),
            '<meta property="og:type" content="profile">')))
    for path, title, text in (("/about/", "About", "The Stack Room is an independent magazine about work in "
                               "libraries and archives, written by people who do it."),
                              ("/contact/", "Contact", "Pitches and letters to the editor: use the form, or write "
                               "to the editor at the address on our masthead.")):
        docs.append(Doc(TASTE, path, kind_of(TASTE, path), 0, _ghost(
            u, f"{title} - {G_SITE}", "page-template", f'<article class="gh-article page"><header class="gh-article-'
            f'header gh-canvas"><h1 class="gh-article-title">{title}</h1></header><section class="gh-content gh-'
            f'canvas"><p>{text}</p></section></article>')))
    docs.append(Doc(TASTE, "/subscribe/", "error", 0, _ghost(
        u, f"404 - {G_SITE}", "error-template", '<section class="gh-error gh-outer"><h1 class="gh-error-code">404'
        '</h1><p class="gh-error-description">Page not found</p></section>'), status=404))
    return docs


# --- Blogger, Essential ----------------------------------------------------------------------------

B_SITE = "After the Desk"


def _blogger(u: U, title: str, main: str, head: str = "", page_type: str = "index") -> bytes:
    labels = "".join(f'<li><a class="label-name" href="{u("/search/label/" + t)}">{t}</a></li>' for t in ("memories",))
    return (f"<!DOCTYPE html><html class='v2' dir='ltr' lang='en-GB'><head><meta content='width=device-width, "
            f"initial-scale=1' name='viewport'><title>{esc(title)}</title><meta content='text/html; charset=UTF-8' "
            f"http-equiv='Content-Type'><meta content='blogger' name='generator'><link href='{u('/favicon.ico')}' "
            f"rel='icon' type='image/x-icon'><link rel='alternate' type='application/atom+xml' title='{B_SITE} - "
            f"Atom' href='{u('/feeds/posts/default')}'><link rel='service.post' type='application/atom+xml' "
            f"href='https://www.blogger.com/feeds/4411223344556677889/posts/default'>{head}</head>"
            f"<body class='{page_type}-view essential-theme'><div class='page'><header class='header-outer'>"
            f"<div class='header-inner'><div class='Header widget' id='Header1'><div class='header-widget'><h1>"
            f"<a href='{u('/')}'>{B_SITE}</a></h1><p>A retired cataloguer's notebook</p></div></div><div class='"
            f"PageList widget' id='PageList1'><ul><li><a href='{u('/')}'>Home</a></li><li><a href='"
            f"{u('/p/about-me.html')}'>About me</a></li></ul></div></div></header><div class='page-body'>"
            f"<main class='centered-content' id='main' role='main' tabindex='-1'><div class='main section' "
            f"id='page_body'><div class='widget Blog' data-version='2' id='Blog1'><div class='blog-posts hfeed "
            f"container'>{main}</div></div></div></main><aside class='sidebar-container'><div class='widget "
            f"BlogSearch' id='BlogSearch1'><form action='{u('/search')}'><input name='q' type='text'></form></div>"
            f"<div class='widget Label' id='Label1'><h3 class='title'>Labels</h3><ul>{labels}</ul></div><div "
            f"class='widget BlogArchive' id='BlogArchive1'><h3 class='title'>Archive</h3><ul class='flat'><li "
            f"class='archivedate'><a href='{u('/2024/')}'>2024</a></li></ul></div></aside></div><footer class='"
            f"footer-outer'><div class='blogger'><a href='https://www.blogger.com'>Powered by Blogger</a></div>"
            f"</footer></div></body></html>").encode()


def _blogger_post(u: U, w: Work, full: bool) -> str:
    body = ps(w.paras) if full else f"<p>{cut(w.paras[0], 200)}</p>"
    if full and w.path == "/2024/09/forty-years-of-cards-and-screens.html":
        body += f"<p>(I wrote about the card years once before, <a href='{u('/2025/02/old-post.html')}'>here</a>.)</p>"
    labels = ", ".join(f"<a href='{u('/search/label/' + t)}' rel='tag'>{esc(t)}</a>" for t in w.tags
                       if t == "memories")
    title = (f"<h3 class='post-title entry-title'>{esc(w.title)}</h3>" if full else
             f"<h3 class='post-title entry-title'><a href='{u(w.path)}'>{esc(w.title)}</a></h3>")
    return (f"<article class='post-outer-container'><div class='post-outer'><div class='post hentry uncustomized-post-"
            f"template' itemscope itemtype='http://schema.org/BlogPosting'><meta itemprop='datePublished' "
            f"content='{w.date}T09:00:00Z'>{title}<div class='post-header'><div class='post-header-line-1'><span "
            f"class='byline post-author vcard'><span class='post-author-label'>By</span> <span class='fn' "
            f"itemprop='author'>{esc(w.author)}</span></span> <span class='byline post-timestamp'><a class="
            f"'timestamp-link' href='{u(w.path)}' rel='bookmark'><time class='published' datetime='{w.date}"
            f"T09:00:00Z'>{w.date}</time></a></span></div></div><div class='post-body entry-content float-"
            f"container' id='post-body-{zlib.crc32(w.path.encode())}'>{body}</div><div class='post-footer'><span "
            f"class='byline post-labels'><span class='byline-label'>Labels:</span> {labels}</span></div></div>"
            f"</div></article>")


def essential(url) -> list[Doc]:
    def u(p): return url(ESSENTIAL, p)
    ws = works(ESSENTIAL)
    docs = []
    for w in ws:
        head = (f"<link href='{u(w.path)}' rel='canonical'><meta content='{u(w.path)}' property='og:url'>"
                f"<meta content='{esc(w.title)}' property='og:title'><meta content='{esc(w.paras[0][:150])}' "
                f"property='og:description'>")
        docs.append(Doc(ESSENTIAL, w.path, w.kind, w.grade, _blogger(
            u, f"{B_SITE}: {w.title}", _blogger_post(u, w, True), head, "item")))
    pages = {"/": (B_SITE, ws), "/2024/": (f"{B_SITE}: 2024", [w for w in ws if w.date.startswith("2024")]),
             "/search/label/memories": (f"{B_SITE}: memories", [w for w in ws if "memories" in w.tags]),
             "/search?q=mentoring": (f"{B_SITE}: Search results for mentoring",
                                     [w for w in ws if "mentor" in " ".join(w.paras).lower()])}
    for path, (title, shown) in pages.items():
        status = ""
        if path != "/":
            status = (f"<div class='blog-status-message'>Showing posts "
                      f"{'matching the search for mentoring' if 'q=' in path else 'from ' + title.split(': ')[1]}."
                      f" <a href='{u('/')}'>Show all posts</a></div>")
        docs.append(Doc(ESSENTIAL, path, kind_of(ESSENTIAL, path), 0, _blogger(
            u, title, status + "".join(_blogger_post(u, w, False) for w in shown),
            "<meta content='noindex' name='robots'>" if "q=" in path else "", "archive" if path != "/" else "index")))
    docs.append(Doc(ESSENTIAL, "/p/about-me.html", "about", 0, _blogger(
        u, f"{B_SITE}: About me", "<div class='post-outer'><div class='post'><h3 class='post-title'>About me</h3>"
        "<div class='post-body'><p>Forty-four years in public libraries, mostly cataloguing. Now an allotment, a "
        "granddaughter and too many opinions. My posts about mentoring are <a href='" + u("/search?q=mentoring")
        + "'>here</a>.</p></div></div></div>", "", "static_page")))
    docs.append(Doc(ESSENTIAL, "/2025/02/old-post.html", "error", 0, _blogger(
        u, B_SITE, "<div class='status-msg-wrap'><div class='status-msg-body'>Sorry, the page you were looking for "
        "in this blog does not exist.</div></div>", "", "error"), status=404))
    return docs


# --- Blot ----------------------------------------------------------------------------------------

BL_SITE = "Fonds and Feeds"


def _blot(u: U, title: str, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title><meta '
            f'name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/style.css?'
            f'cache=1730000000000&amp;extension=.css"><link rel="alternate" type="application/rss+xml" href="'
            f'{u("/feed.rss")}">{head}</head><body><header class="header"><a class="title" href="{u("/")}">{BL_SITE}'
            f'</a><nav class="menu"><a href="{u("/archives")}">Archives</a> <a href="{u("/about")}">About</a> '
            f'<a href="{u("/search?q=mentor")}">Search</a></nav></header><div class="container">{main}</div><footer>'
            f'<p>Published with <a href="https://blot.im">Blot</a></p></footer></body></html>').encode()


def _blot_entry(u: U, w: Work, full: bool) -> str:
    body = ps(w.paras) if full else f"<p>{cut(w.paras[0], 220)}</p>"
    if full and w.path == "/2025/04/a-reply-on-peer-mentoring":
        body += f'<p>The earlier note is <a href="{u("/2024/06/learning-networks-in-archival-education")}">here</a>.</p>'
    tags = " ".join(f'<a class="tag" href="{u("/tagged/pln")}">pln</a>' for t in w.tags if t == "pln")
    head = f'<h1><a href="{u(w.path)}">{esc(w.title)}</a></h1>' if not full else f"<h1>{esc(w.title)}</h1>"
    return (f'<article class="entry"><p class="date"><time datetime="{w.date}">{w.date}</time></p>{head}'
            f'<div class="entry-body">{body}</div><p class="tags">{tags}</p></article>')


def blot(url) -> list[Doc]:
    def u(p): return url(BLOT, p)
    ws = works(BLOT)
    docs = []
    for w in ws:
        head = (f'<meta name="description" content="{esc(w.paras[0][:150])}"><meta property="og:title" '
                f'content="{esc(w.title)}"><meta property="og:type" content="article"><meta property="og:url" '
                f'content="{u(w.path)}"><link rel="canonical" href="{u(w.path)}">')
        docs.append(Doc(BLOT, w.path, w.kind, w.grade, _blot(u, f"{w.title} - {BL_SITE}", _blot_entry(u, w, True),
                                                             head)))
    pager = f'<nav class="pagination"><a href="{u("/page/2")}">Older &rarr;</a></nav>'
    docs.append(Doc(BLOT, "/", "home", 0, _blot(u, BL_SITE, "".join(_blot_entry(u, w, False) for w in ws[:3])
                                                + pager)))
    docs.append(Doc(BLOT, "/page/2", "listing", 0, _blot(u, f"{BL_SITE} - Page 2", "".join(
        _blot_entry(u, w, False) for w in ws[3:]))))
    rows = "".join(f'<li><time>{w.date}</time> <a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in ws)
    docs.append(Doc(BLOT, "/archives", "listing", 0, _blot(
        u, f"Archives - {BL_SITE}", f'<h1>Archives</h1><ul class="archives">{rows}<li><time>2023-05-02</time> '
        f'<a href="{u("/2023/teaching-notes")}">Teaching notes</a></li></ul>')))
    docs.append(Doc(BLOT, "/tagged/pln", "tag", 0, _blot(
        u, f"Tagged: pln - {BL_SITE}", '<h1 class="tag-title">Tagged: pln</h1>' + "".join(
            _blot_entry(u, w, False) for w in ws if "pln" in w.tags))))
    hits = [w for w in ws if "mentor" in " ".join(w.paras).lower()]
    docs.append(Doc(BLOT, "/search?q=mentor", "search", 0, _blot(
        u, f"Search - {BL_SITE}", f'<form action="{u("/search")}"><input name="q" value="mentor"></form><p>'
        f'{len(hits)} results for <em>mentor</em></p>' + "".join(_blot_entry(u, w, False) for w in hits))))
    docs.append(Doc(BLOT, "/about", "about", 0, _blot(
        u, f"About - {BL_SITE}", "<h1>About</h1><p>Notes by a lecturer in archives and records management. Views "
        "my own, citations welcome.</p>")))
    docs.append(Doc(BLOT, "/2023/teaching-notes", "error", 0, _blot(
        u, f"404 - {BL_SITE}", "<h1>Page not found</h1><p>There is no page at this address.</p>"), status=404))
    return docs


# --- Typlog ------------------------------------------------------------------------------------------

T_SITE = "Shelf Talk"


def _typlog(u: U, title: str, main: str, head: str = "") -> bytes:
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title><meta name='
            f'"viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Typlog">'
            f'<link rel="alternate" type="application/rss+xml" title="{T_SITE}" href="{u("/episodes/feed.xml")}">'
            f'<link rel="stylesheet" href="https://typlog.com/themes/podcast/style.css">{head}</head><body class="'
            f'site-podcast"><header class="site-header"><div class="container"><a class="site-title" href="'
            f'{u("/")}">{T_SITE}</a><nav class="site-nav"><a href="{u("/archive/")}">Episodes</a><a href="'
            f'{u("/links")}">Links</a><a href="{u("/about")}">About</a></nav></div></header><main class="site-main">'
            f'<div class="container">{main}</div></main><footer class="site-footer"><div class="container"><p>'
            f'&copy; {T_SITE}. Hosted on <a href="https://typlog.com/">Typlog</a>.</p></div></footer></body>'
            f'</html>').encode()


def _typlog_item(u: U, w: Work) -> str:
    return (f'<article class="item"><time datetime="{w.date}">{w.date}</time><h2 class="item-title"><a href="'
            f'{u(w.path)}">{esc(w.title)}</a></h2><div class="item-summary">{cut(w.paras[0], 160)}</div></article>')


def typlog(url) -> list[Doc]:
    def u(p): return url(TYPLOG, p)
    ws = works(TYPLOG)
    docs = []
    for w in ws:
        n = w.path.split("/")[-1].split("-")[0]
        schema = {"@context": "https://schema.org", "@type": "PodcastEpisode", "url": u(w.path), "name": w.title,
                  "datePublished": w.date, "episodeNumber": n, "description": w.paras[0][:200],
                  "partOfSeries": {"@type": "PodcastSeries", "name": T_SITE, "url": u("/")},
                  "associatedMedia": {"@type": "MediaObject",
                                      "contentUrl": f"https://chtbl.example/track/{n}/shelftalk-{n}.mp3"}}
        head = (f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(w.title)}">'
                f'<meta property="og:url" content="{u(w.path)}"><meta name="description" content="'
                f'{esc(w.paras[0][:150])}"><link rel="canonical" href="{u(w.path)}">{ld(schema)}')
        tags = "".join(f'<a class="tag" href="{u("/tags/careers/")}">careers</a>' for t in w.tags if t == "careers")
        extra = (f'<p>Missed the last one? <a href="{u("/episodes/40-old-friends")}">Episode 40</a> is still up.</p>'
                 if n == "41" else "")
        main = (f'<article class="episode"><header class="episode-header"><div class="episode-meta"><time datetime='
                f'"{w.date}">{w.date}</time> &middot; Episode {n}</div><h1 class="episode-title">{esc(w.title)}</h1>'
                f'</header><div class="audio-player"><audio controls preload="none" src="https://chtbl.example/track/'
                f'{n}/shelftalk-{n}.mp3"></audio></div><div class="episode-content">{ps(w.paras)}{extra}</div>'
                f'<footer class="episode-tags">{tags}</footer></article>')
        docs.append(Doc(TYPLOG, w.path, w.kind, w.grade, _typlog(u, f"{w.title} - {T_SITE}", main, head)))
    docs.append(Doc(TYPLOG, "/", "home", 0, _typlog(
        u, T_SITE, '<section class="hero"><p>A podcast about working in libraries, by two people who do.</p>'
        '</section>' + "".join(_typlog_item(u, w) for w in ws[:3]), f'<link rel="canonical" href="{u("/")}">')))
    docs.append(Doc(TYPLOG, "/archive/", "listing", 0, _typlog(
        u, f"Episodes - {T_SITE}", "<h1>All episodes</h1>" + "".join(_typlog_item(u, w) for w in ws))))
    docs.append(Doc(TYPLOG, "/tags/careers/", "tag", 0, _typlog(
        u, f"careers - {T_SITE}", "<h1>#careers</h1>" + "".join(_typlog_item(u, w) for w in ws if "careers" in
                                                                    w.tags))))
    docs.append(Doc(TYPLOG, "/about", "about", 0, _typlog(
        u, f"About - {T_SITE}", "<h1>About</h1><p>Jo and Sam have worked in public and academic libraries for twenty "
        "years between them. New episodes every other Wednesday.</p>")))
    docs.append(Doc(TYPLOG, "/links", "about", 0, _typlog(
        u, f"Links - {T_SITE}", "<h1>Links</h1><p>Communities and chats mentioned on the show:</p><ul><li><a href=\""
        "https://discord.example/invite/libworkers\">Library workers Discord</a></li><li><a href=\"https://"
        "www.linkedin.example/groups/8812345/\">Law librarians group</a></li></ul>")))
    docs.append(Doc(TYPLOG, "/episodes/40-old-friends", "error", 0, _typlog(
        u, f"Not Found - {T_SITE}", "<h1>404</h1><p>This page does not exist.</p>"), status=404))
    return docs


# --- a Nostr long-form reader (habla.news-like) ------------------------------------------------------

H_SITE = "Longnotes"
NPUB = {"ottoarchives": "npub1otto7q0archives9x3k", "bookwyrmling": "npub1wyrm4l1b5tud3nt2q"}


def _habla(u: U, title: str, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width='
            f'device-width"><title>{esc(title)}</title>{head}<meta name="next-head-count" content="6"><link rel='
            f'"preload" href="/_next/static/css/9e1a4c.css" as="style"></head><body><div id="__next"><div class='
            f'"chakra-container"><header class="css-hdr"><a class="chakra-link" href="{u("/")}">{H_SITE}</a><nav>'
            f'<a class="chakra-link" href="{u("/t/libraries")}">#libraries</a> <a class="chakra-link" href="'
            f'{u("/search?q=mentor")}">Search</a> <a class="chakra-link" href="{u("/about")}">About</a></nav>'
            f'</header><main class="css-main">{main}</main></div></div><script id="__NEXT_DATA__" type="application/'
            f'json">{{"props":{{"pageProps":{{}}}},"page":"/","buildId":"hB7x"}}</script></body></html>').encode()


def _habla_card(u: U, w: Work) -> str:
    return (f'<div class="chakra-card"><a class="chakra-link" href="{u("/p/" + w.author)}">{w.author}</a> '
            f'<time>{w.date}</time><h2 class="chakra-heading"><a class="chakra-link" href="{u(w.path)}">'
            f'{esc(w.title)}</a></h2><p class="chakra-text">{cut(w.paras[0], 150)}</p></div>')


def habla(url) -> list[Doc]:
    def u(p): return url(HABLA, p)
    ws = works(HABLA)
    docs = []
    for w in ws:
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="article">'
                f'<meta property="og:description" content="{esc(w.paras[0][:150])}"><meta name="twitter:card" '
                f'content="summary"><meta property="article:published_time" content="{w.date}T12:00:00Z">'
                f'<meta property="article:author" content="{NPUB[w.author]}">')
        tags = " ".join(f'<a class="chakra-tag" href="{u("/t/libraries")}">#libraries</a>' for t in w.tags
                        if t == "libraries")
        main = (f'<article class="css-article"><header><a class="chakra-link" href="{u("/p/" + w.author)}">'
                f'<span class="chakra-avatar">{w.author[0]}</span> {w.author}</a> <time datetime="{w.date}">'
                f'{w.date}</time></header><h1 class="chakra-heading">{esc(w.title)}</h1><div class="article-body">'
                f'{ps(w.paras)}</div><div class="css-tags">{tags}</div><div class="css-reactions">'
                f'<span>&#9889; 2,100 sats</span> <span>12 reactions</span></div></article>')
        docs.append(Doc(HABLA, w.path, w.kind, w.grade, _habla(u, f"{w.title} - {H_SITE}", main, head)))
    docs.append(Doc(HABLA, "/", "home", 0, _habla(u, H_SITE, '<h1 class="chakra-heading">Latest</h1>' + "".join(
        _habla_card(u, w) for w in ws[:3]))))
    for who, bio in (("ottoarchives", "Archivist. Long-form on archives, notes on everything else."),
                     ("bookwyrmling", "Solo librarian at an art and design college.")):
        docs.append(Doc(HABLA, "/p/" + who, "profile", 0, _habla(
            u, f"{who} - {H_SITE}", f'<div class="css-profile"><h1 class="chakra-heading">{who}</h1><code>'
            f'{NPUB[who]}</code><p>{bio}</p></div>' + "".join(_habla_card(u, w) for w in ws if w.author == who),
            '<meta property="og:type" content="profile">')))
    docs.append(Doc(HABLA, "/t/libraries", "tag", 0, _habla(
        u, f"#libraries - {H_SITE}", '<h1 class="chakra-heading">#libraries</h1>' + "".join(
            _habla_card(u, w) for w in ws if "libraries" in w.tags or "archives" in w.tags))))
    hits = [w for w in ws if "mentor" in " ".join(w.paras).lower()]
    docs.append(Doc(HABLA, "/search?q=mentor", "search", 0, _habla(
        u, f"Search: mentor - {H_SITE}", '<h1 class="chakra-heading">Results for "mentor"</h1>' + "".join(
            _habla_card(u, w) for w in hits))))
    docs.append(Doc(HABLA, "/about", "about", 0, _habla(
        u, f"About - {H_SITE}", '<h1 class="chakra-heading">About</h1><p>A reader for long-form notes (NIP-23) on '
        "Nostr. Posts are signed by their authors and fetched from public relays.</p>")))
    return docs


# --- an arXiv-like preprint server ----------------------------------------------------------------------

A_SITE = "preprints"
A_CATS = {"cs.DL": "Digital Libraries", "cs.SI": "Social and Information Networks", "cs.IR": "Information Retrieval"}


def _arxiv(u: U, title: str, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><title>{esc(title)}</title><meta name="viewport" content="width='
            f'device-width, initial-scale=1"><link rel="stylesheet" type="text/css" media="screen" href="/static/'
            f'browse/0.3.4/css/arXiv.css?v=20241206">{head}</head><body class="with-cu-identity"><div class="flex-'
            f'wrap-footer"><header><a href="#content" class="is-sr-only">Skip to main content</a><div id="header" '
            f'class="is-hidden-mobile"><div class="header-breadcrumbs"><a href="{u("/")}"><span>{A_SITE}</span></a>'
            f'</div><div class="search-block level-right"><form class="level-item mini-search" method="GET" action='
            f'"{u("/search")}"><input class="input" type="text" name="query" aria-label="Search term or terms">'
            f'</form></div></div></header><main><div id="content">{main}</div></main><footer><div class="columns">'
            f'<ul class="nav-spaced"><li><a href="{u("/about")}">About</a></li><li><a href="{u("/help/contact")}">'
            f'Contact</a></li></ul></div></footer></div></body></html>').encode()


def _arxiv_abs(u: U, w: Work, pdf_labelled: bool) -> Doc:
    aid = w.path.split("/")[-1]
    authors = [a.strip() for a in w.author.split(";")]
    abstract = w.paras[0].removeprefix("Abstract: ")
    d = w.date.replace("-", "/")
    head = (f'<meta name="description" content="Abstract page for preprint {aid}: {esc(w.title)}">'
            f'<meta property="og:type" content="website"><meta property="og:site_name" content="{A_SITE}">'
            f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:url" content="{u(w.path)}">'
            f'<meta property="og:description" content="{esc(abstract[:200])}">'
            f'<meta name="citation_title" content="{esc(w.title)}">'
            + "".join(f'<meta name="citation_author" content="{esc(a)}">' for a in authors)
            + f'<meta name="citation_date" content="{d}"><meta name="citation_online_date" content="{d}">'
            + (f'<meta name="citation_pdf_url" content="{u("/pdf/" + aid)}">' if pdf_labelled else "")
            + f'<meta name="citation_arxiv_id" content="{aid}"><meta name="citation_abstract" content="'
            f'{esc(abstract)}">')
    rel = "" if pdf_labelled else ' rel="nofollow"'
    cats = "; ".join(f"{A_CATS[c]} ({c})" for c in w.tags)
    browse = next(c for c in w.tags if c in ("cs.DL", "cs.SI"))  # the listings this server keeps
    author_links = ", ".join(f'<a href="{u("/a/chen_l_1")}">{esc(a)}</a>' if a == "Chen, L." else esc(a)
                             for a in authors)
    main = (f'<div id="abs-outer"><div class="leftcolumn"><div class="subheader"><h1>{A_CATS[w.tags[0]]}</h1></div>'
            f'<div class="header-breadcrumbs-mobile"><strong>arXiv:{aid}</strong> ({w.tags[0]})</div><div id="abs">'
            f'<div class="dateline">[Submitted on {w.date}]</div><h1 class="title mathjax"><span class="descriptor">'
            f'Title:</span>{esc(w.title)}</h1><div class="authors"><span class="descriptor">Authors:</span>'
            f'{author_links}</div><blockquote class="abstract mathjax"><span class="descriptor">Abstract:</span>'
            f'{esc(abstract)}</blockquote><div class="metatable"><table summary="Additional metadata"><tr><td class='
            f'"tablecell label">Subjects:</td><td class="tablecell subjects">{cats}</td></tr><tr><td class="tablecell'
            f' label">Cite as:</td><td class="tablecell arxivid"><span class="arxivid">arXiv:{aid} [{w.tags[0]}]'
            f'</span></td></tr></table></div></div></div><div class="extra-services"><div class="full-text"><h2>'
            f'Access Paper:</h2><ul><li><a href="{u("/pdf/" + aid)}" class="abs-button download-pdf"{rel}>View PDF'
            f'</a></li></ul></div><div class="browse"><a href="{u("/list/" + browse + "/recent")}">'
            f'{browse}</a> &middot; recent</div></div></div>')
    return Doc(ARXIV, w.path, w.kind, w.grade, _arxiv(u, f"[{aid}] {w.title}", main, head))


def _arxiv_list(u: U, ws: list[Work]) -> str:
    return "<dl id='articles'>" + "".join(
        f'<dt><a name="item{i}">[{i}]</a> <a href="{u(w.path)}" title="Abstract" id="{w.path[5:]}">arXiv:'
        f'{w.path[5:]}</a></dt><dd><div class="meta"><div class="list-title mathjax"><span class="descriptor">'
        f'Title:</span> {esc(w.title)}</div><div class="list-authors">{esc(w.author)}</div></div></dd>'
        for i, w in enumerate(ws, 1)) + "</dl>"


def arxiv(url) -> list[Doc]:
    def u(p): return url(ARXIV, p)
    ws = works(ARXIV)
    pdfs = {w.path.split("/")[-1]: w for w in WORKS.values() if w.host == ARXIV and w.kind == "document"}
    docs = [_arxiv_abs(u, w, w.path.split("/")[-1] in pdfs) for w in ws]
    for aid, w in pdfs.items():
        docs.append(Doc(ARXIV, w.path, w.kind, w.grade, pdf(list(w.paras)), content_type="application/pdf"))
    withdrawn = f'<p class="withdrawn">Withdrawn: <a href="{u("/abs/2503.99999")}">arXiv:2503.99999</a></p>'
    for cat in ("cs.DL", "cs.SI"):
        shown = [w for w in ws if cat in w.tags]
        docs.append(Doc(ARXIV, f"/list/{cat}/recent", "listing", 0, _arxiv(
            u, f"{A_CATS[cat]} authors/titles recent submissions", f'<div id="dlpage"><h1>{A_CATS[cat]}</h1><h2>'
            f'Authors and titles for recent submissions</h2><h3>Total of {len(shown)} entries</h3>'
            f'{_arxiv_list(u, shown)}{withdrawn if cat == "cs.DL" else ""}</div>')))
    docs.append(Doc(ARXIV, "/", "home", 0, _arxiv(
        u, A_SITE, f'<p class="tagline">An open archive of preprints in computer science and the information '
        f'sciences.</p><h2>Computer Science</h2><ul><li><a href="{u("/list/cs.DL/recent")}">Digital Libraries</a>'
        f'</li><li><a href="{u("/list/cs.SI/recent")}">Social and Information Networks</a></li></ul>')))
    chen = [w for w in ws if "Chen, L." in w.author]
    docs.append(Doc(ARXIV, "/a/chen_l_1", "profile", 0, _arxiv(
        u, "Chen, L.'s articles", f'<div id="dlpage"><h1>Chen, L.\'s articles on {A_SITE}</h1>'
        f'{_arxiv_list(u, chen)}</div>')))
    docs.append(Doc(ARXIV, "/about", "about", 0, _arxiv(
        u, f"About {A_SITE}", "<h1>About</h1><p>A free distribution service and open-access archive for scholarly "
        "preprints, moderated by volunteers.</p>")))
    docs.append(Doc(ARXIV, "/help/contact", "contact", 0, _arxiv(
        u, f"Contact {A_SITE}", "<h1>Contact</h1><p>For questions about submissions, write to the moderators; for "
        "technical problems, use the help desk.</p>")))
    docs.append(Doc(ARXIV, "/abs/2503.99999", "error", 0, _arxiv(
        u, f"{A_SITE} identifier not recognized", "<h1>Article identifier '2503.99999' not recognized</h1><p>You "
        "might instead try to search for articles using title or author information.</p>"), status=404))
    return docs


# --- an Apple Podcasts-like directory -------------------------------------------------------------------

SHOW = "/us/podcast/the-reading-room-hour/id1690012345"
SHOW_NAME = "The Reading Room Hour"
DIR_AUTO = ' dir="auto"'


def _pods(u: U, title: str, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html dir="ltr" lang="en-US"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width,initial-scale=1"><title>{esc(title)}</title><meta name="applicable-device" '
            f'content="pc,mobile">{head}<link rel="stylesheet" href="/assets/index~a1b2c3.css"></head><body><div '
            f'class="app-container"><div class="navigation" data-testid="navigation"><a class="logo" href="'
            f'{u(SHOW)}" aria-label="Podcasts">Podcasts</a><ul class="navigation-items"><li><a href="'
            f'{u("/us/genre/podcasts-education/id1304")}">Education</a></li></ul></div><div id="scrollable-page" '
            f'class="scrollable-page"><main data-testid="main">{main}</main></div></div></body></html>').encode()


def _pods_rows(u: U, ws: list[Work]) -> str:
    return '<ol role="list" class="shelf-grid__list">' + "".join(
        f'<li class="shelf-grid__list-item"><div class="episode"><a class="link-action" href="{u(w.path)}" data-'
        f'testid="click-action"><p class="episode-details__published-date">{w.date}</p><h3 class="episode-details__'
        f'title"><span class="multiline-clamp__text">{esc(w.title)}</span></h3><p class="episode-details__summary">'
        f'{cut(w.paras[0], 140)}</p></a></div></li>' for w in ws) + "</ol>"


def podcasts(url) -> list[Doc]:
    def u(p): return url(PODS, p)
    ws = works(PODS)
    docs = []
    for w in ws:
        schema = {"@context": "http://schema.org", "@type": "PodcastEpisode", "name": w.title, "description":
                  w.paras[0], "datePublished": w.date, "url": u(w.path), "partOfSeries": {
                      "@type": "PodcastSeries", "name": SHOW_NAME, "url": u(SHOW)}, "genre": ["Education"]}
        head = (f'<meta name="description" content="{esc(w.paras[0][:160])}"><meta property="og:title" content="'
                f'{esc(w.title)}"><meta property="og:type" content="website"><meta property="og:url" content="'
                f'{u(w.path)}"><meta property="og:site_name" content="Podcasts"><link rel="canonical" href="'
                f'{u(w.path)}"><script name="schema:podcast-episode" type="application/ld+json">'
                f'{json.dumps(schema)}</script>')
        main = (f'<div class="headings"><p class="headings__metadata-top">{w.date}</p><h1 class="headings__title">'
                f'<span dir="auto">{esc(w.title)}</span></h1><div class="headings__subtitles"><a href="{u(SHOW)}">'
                f'{SHOW_NAME}</a></div></div><section class="section section--paragraph"><div class="paragraph-'
                f'wrapper" data-testid="paragraph">{ps(w.paras, "p", DIR_AUTO)}</div></section>')
        docs.append(Doc(PODS, w.path, w.kind, w.grade, _pods(u, f"{w.title} - {SHOW_NAME} - Podcasts", main, head)))
    show_ld = json.dumps({"@context": "http://schema.org", "@type": "PodcastSeries", "name": SHOW_NAME,
                          "url": u(SHOW), "author": "Reading Room Media", "genre": ["Education"]})
    docs.append(Doc(PODS, SHOW, "home", 0, _pods(
        u, f"{SHOW_NAME} - Podcast - Podcasts", f'<div class="product-header"><h1 class="headings__title">'
        f'{SHOW_NAME}</h1><a class="product-header__provider" href="{u("/us/channel/reading-room-media/id6440000001")}'
        f'">Reading Room Media</a><p>Conversations about libraries, archives and the people in them.</p></div>'
        f'<section class="section"><h2 class="section__title">Episodes</h2>{_pods_rows(u, ws[:3])}<a class="title__'
        f'button" href="{u(SHOW + "?see-all=episodes")}">See All</a></section>',
        f'<script name="schema:podcast-show" type="application/ld+json">{show_ld}</script>')))
    docs.append(Doc(PODS, SHOW + "?see-all=episodes", "listing", 0, _pods(
        u, f"{SHOW_NAME} - Episodes - Podcasts", f'<h1 class="headings__title">Episodes</h1>{_pods_rows(u, ws)}')))
    docs.append(Doc(PODS, "/us/genre/podcasts-education/id1304", "category", 0, _pods(
        u, "Education Podcasts - Podcasts", f'<h1 class="headings__title">Education</h1><ul class="shelf"><li><a '
        f'href="{u(SHOW)}">{SHOW_NAME}</a></li></ul>')))
    docs.append(Doc(PODS, "/us/channel/reading-room-media/id6440000001", "profile", 0, _pods(
        u, "Reading Room Media - Podcasts", f'<h1 class="headings__title">Reading Room Media</h1><p>An independent '
        f'producer of shows about culture and learning.</p><ul class="shelf"><li><a href="{u(SHOW)}">{SHOW_NAME}'
        f'</a></li></ul>')))
    return docs


# --- XWiki -------------------------------------------------------------------------------------------

X_SITE = "Information Professionals Section Wiki"


def _doc_name(path: str) -> str:
    """``/xwiki/bin/view/Mentoring/Guide%20for%20Mentees/`` -> ``Mentoring.Guide for Mentees``."""
    return ".".join(p.replace("%20", " ") for p in path.split("/view/")[1].strip("/").split("/"))


def _xwiki(u: U, path: str, title: str, main: str, author: str = "XWiki.RKowalski", date: str = "2025-01-10",
           head: str = "") -> bytes:
    doc = _doc_name(path.split("?")[0]) if "/view/" in path else "Main.WebHome"
    space, _, page = doc.rpartition(".")
    crumbs = f'<li><a href="{u("/xwiki/bin/view/Main/")}">Home</a></li>' + (
        f'<li><a href="{u("/xwiki/bin/view/" + space + "/")}">{space}</a></li>' if space in ("Mentoring",) else "")
    return (f'<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en" data-xwiki-reference='
            f'"xwiki:{esc(doc)}" data-xwiki-document="{esc(page or space)}" data-xwiki-wiki="xwiki" data-xwiki-'
            f'version="16.10.2"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>'
            f'{esc(title)} - {X_SITE}</title><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="revisit-after" content="7 days"><meta name="description" content="{esc(title)}"><meta '
            f'name="keywords" content="wiki"><meta name="distribution" content="GLOBAL"><meta name="rating" content='
            f'"General"><meta name="author" content="{esc(author)}"><meta name="language" content="en">{head}'
            f'<link rel="stylesheet" href="/xwiki/bin/skin/skins/flamingo/style.min.css?skin=XWiki.DefaultSkin">'
            f'</head><body id="body" class="skin-flamingo wiki-xwiki space-{esc(space)} viewbody"><div id="xwiki'
            f'maincontainer"><div id="xwikimaincontainerinner"><nav class="navbar actionmenu"><div class="navbar-'
            f'header"><a href="{u("/xwiki/bin/view/Main/")}" class="navbar-brand">{X_SITE}</a></div><ul class="nav '
            f'navbar-nav"><li><a href="{u("/xwiki/bin/view/Mentoring/")}">Mentoring</a></li><li><a href="'
            f'{u("/xwiki/bin/view/Main/Search?text=mentor")}">Search</a></li><li><a href="'
            f'{u("/xwiki/bin/view/Main/Contact/")}">Contact</a></li></ul></div></nav><div class="content-wrapper">'
            f'<div id="contentcontainer"><div id="mainContentArea"><div class="row"><ol id="hierarchy" class='
            f'"breadcrumb breadcrumb-expandable">{crumbs}</ol></div><div class="xcontent"><div id="document-title">'
            f'<h1>{esc(title)}</h1></div><div class="row xdocLastModification"><div class="col-xs-12">Last modified '
            f'by <a href="{u("/xwiki/bin/view/XWiki/RKowalski")}">Rosa Kowalski</a> on {date}</div></div><div id='
            f'"xwikicontent" class="col-xs-12">{main}</div></div></div></div></div><footer id="footerglobal"><div '
            f'id="xwikilicence"></div><div id="xwikiplatformversion">XWiki 16.10.2</div></footer></div></div>'
            f'</body></html>').encode()


def xwiki(url) -> list[Doc]:
    def u(p): return url(XWIKI, p)
    ws = works(XWIKI)
    docs = []
    for w in ws:
        tags = "".join(f'<span class="tag"><a href="{u("/xwiki/bin/view/Main/Tags?do=viewTag&amp;tag=mentoring")}">'
                       f'mentoring</a></span>' for t in w.tags if t == "mentoring")
        main = ps(w.paras) + (f'<div id="xdocTags" class="doc-tags"><span class="tag-tool">Tags:</span> {tags}</div>'
                              if tags else "")
        docs.append(Doc(XWIKI, w.path, w.kind, w.grade, _xwiki(u, w.path, w.title, main, date=w.date)))
    links = "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in ws)
    docs.append(Doc(XWIKI, "/xwiki/bin/view/Main/", "home", 0, _xwiki(
        u, "/xwiki/bin/view/Main/", "Home", f"<p>Welcome to the section's wiki: guides, minutes and events.</p>"
        f"<h2>Recently modified</h2><ul>{links}</ul>")))
    mentoring = [w for w in ws if w.path.startswith("/xwiki/bin/view/Mentoring/")]
    docs.append(Doc(XWIKI, "/xwiki/bin/view/Mentoring/", "category", 0, _xwiki(
        u, "/xwiki/bin/view/Mentoring/", "Mentoring", "<p>Pages of the section's mentoring programme.</p><h2>Child "
        "pages</h2><ul>" + "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in mentoring)
        + f'<li><a href="{u("/xwiki/bin/view/Mentoring/Archive2019/")}">Archive 2019</a></li></ul>')))
    tagged = [w for w in ws if "mentoring" in w.tags]
    docs.append(Doc(XWIKI, "/xwiki/bin/view/Main/Tags?do=viewTag&tag=mentoring", "tag", 0, _xwiki(
        u, "/xwiki/bin/view/Main/Tags", "Tag: mentoring", f"<p>{len(tagged)} pages tagged with mentoring:</p><ul>"
        + "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in tagged) + "</ul>")))
    hits = [w for w in ws if "mentor" in " ".join(w.paras).lower()]
    docs.append(Doc(XWIKI, "/xwiki/bin/view/Main/Search?text=mentor", "search", 0, _xwiki(
        u, "/xwiki/bin/view/Main/Search", "Search", f'<form action="{u("/xwiki/bin/view/Main/Search")}"><input '
        f'name="text" value="mentor"></form><div class="search-results">' + "".join(
            f'<div class="search-result"><div class="search-result-title"><a href="{u(w.path)}">{esc(w.title)}</a>'
            f'</div><div class="search-result-highlights">{cut(w.paras[0], 120)}</div></div>' for w in hits)
        + "</div>", head='<meta name="robots" content="noindex, nofollow">')))
    docs.append(Doc(XWIKI, "/xwiki/bin/view/XWiki/RKowalski", "profile", 0, _xwiki(
        u, "/xwiki/bin/view/XWiki/RKowalski", "Rosa Kowalski", '<div class="userInfo"><dl><dt>Company</dt><dd>'
        "County Records Office</dd><dt>About</dt><dd>Section secretary and wiki gardener.</dd></dl></div>")))
    docs.append(Doc(XWIKI, "/xwiki/bin/view/Main/Contact/", "contact", 0, _xwiki(
        u, "/xwiki/bin/view/Main/Contact/", "Contact", "<p>Write to the section secretary through the association's "
        "office. Committee members are listed in the minutes.</p>")))
    docs.append(Doc(XWIKI, "/xwiki/bin/view/Mentoring/Archive2019/", "error", 0, _xwiki(
        u, "/xwiki/bin/view/Mentoring/Archive2019/", "Archive2019", '<div class="box warningmessage"><p>The '
        "requested page could not be found.</p><p>You can go back to the previous page or navigate the wiki's "
        "home page.</p></div>")))
    return docs


# --- the whole web ---------------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page; ``url(host, path)`` makes the absolute URLs links use."""
    return [d for make in (zakra, moonwalk, taste, essential, blot, typlog, habla, arxiv, podcasts, xwiki)
            for d in make(url)]


class LabelledWeb34(ServedWeb):
    """Web 34 (see the module docstring)."""

    HOSTS = (ZAKRA, MOON, TASTE, ESSENTIAL, BLOT, TYPLOG, HABLA, ARXIV, PODS, XWIKI)
    START = {PODS: SHOW, XWIKI: "/xwiki/bin/view/Main/"}
    FIRST_ADDRESS = 392
    build = staticmethod(build)
