"""Web 28: a held-out labelled web (ten hosts, ten platforms no earlier web uses), built from the texts and
labels committed first in :mod:`tests.labelled_text28`.

Platforms (reduced markup, their own metadata conventions and URL shapes): WordPress Twenty Ten, Hugo Cactus,
Ghost London, a Bettermode (Tribe) community, an SSRN-like preprint server, an Omny Studio podcast, Luma events,
OpenScholar (Drupal 7), Joomla 3 Protostar and GitBook. Every page is labelled in the text module; nothing else
is reachable by followed links on its hosts.
"""

from __future__ import annotations

import json
import zlib
from typing import Callable

from tests import labelled_text28 as T
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

W = T.WORKS
HTML = "text/html; charset=utf-8"


def _ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _kind(host: str, path: str) -> str:
    for h, p, k in T.OTHER:
        if (h, p) == (host, path):
            return k
    raise KeyError((host, path))


def _other(host: str, path: str, body: str, status: int = 200) -> Doc:
    return Doc(host, path, _kind(host, path), 0, body.encode(), HTML, status)


def _work(key: str, body, content_type: str = HTML) -> Doc:
    w = W[key]
    return Doc(w.host, w.path, w.kind, w.grade, body if isinstance(body, bytes) else body.encode(), content_type)


def _of(host: str) -> list[tuple[str, T.Work]]:
    return sorted(((k, w) for k, w in W.items() if w.host == host), key=lambda kw: kw[1].date, reverse=True)


def _long_date(d: str) -> str:
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    y, m, day = d.split("-")
    return f"{months[int(m) - 1]} {int(day)}, {y}"


# --- WordPress Twenty Ten: a retired cataloguer's blog ----------------------------------------------------

TT_SITE = "Quiet Stacks"
TT_CATS = {"cataloguing-life": ("Cataloguing life", ["tt-listserv", "tt-mastodon", "tt-rda", "tt-zoomcircle"]),
           "garden": ("Garden and home", ["tt-bookgroup", "tt-garden"])}
TT_TAGS = {"mentoring": "mentoring", "mastodon": "mastodon"}


def _tt(u, title: str, body_class: str, content: str, head: str = "") -> str:
    recent = "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for _, w in _of(T.TWENTYTEN)[:5])
    cats = "".join(f'<li class="cat-item"><a href="{u("/category/" + s + "/")}">{esc(n)}</a></li>'
                   for s, (n, _) in TT_CATS.items())
    return (f'<!DOCTYPE html><html dir="ltr" lang="en-GB"><head><meta charset="UTF-8"><title>{esc(title)}'
            f'</title><link rel="profile" href="http://gmpg.org/xfn/11"><link rel="stylesheet" type="text/css" '
            f'media="all" href="{u("/wp-content/themes/twentyten/style.css")}"><meta name="generator" '
            f'content="WordPress 4.9.8">{head}</head><body class="{body_class}"><div id="wrapper" class="hfeed">'
            f'<div id="header"><div id="masthead"><div id="branding" role="banner"><div id="site-title"><span>'
            f'<a href="{u("/")}" title="{TT_SITE}" rel="home">{TT_SITE}</a></span></div><div id="site-description">'
            f'Notes from a retired cataloguer</div><img src="{u("/wp-content/themes/twentyten/images/headers/path.jpg")}"'
            f' width="940" height="198" alt=""></div><div id="access" role="navigation"><div class="menu"><ul>'
            f'<li class="current_page_item"><a href="{u("/")}">Home</a></li><li class="page_item"><a href="'
            f'{u("/about/")}">About</a></li></ul></div></div></div></div><div id="main"><div id="container">'
            f'<div id="content" role="main">{content}</div></div><div id="primary" class="widget-area" '
            f'role="complementary"><ul class="xoxo"><li id="search-2" class="widget-container widget_search">'
            f'<form role="search" method="get" id="searchform" class="searchform" action="{u("/")}"><div>'
            f'<label class="screen-reader-text" for="s">Search for:</label><input type="text" name="s" id="s">'
            f'<input type="submit" id="searchsubmit" value="Search"></div></form></li>'
            f'<li id="recent-posts-2" class="widget-container widget_recent_entries"><h3 class="widget-title">'
            f'Recent Posts</h3><ul>{recent}</ul></li><li id="archives-2" class="widget-container widget_archive">'
            f'<h3 class="widget-title">Archives</h3><ul><li><a href="{u("/2023/")}">2023</a></li></ul></li>'
            f'<li id="categories-2" class="widget-container widget_categories"><h3 class="widget-title">Categories'
            f'</h3><ul>{cats}</ul></li></ul></div></div><div id="footer" role="contentinfo"><div id="colophon">'
            f'<div id="site-info"><a href="{u("/")}" rel="home">{TT_SITE}</a></div><div id="site-generator">'
            f'<a href="https://wordpress.org/" title="Semantic Personal Publishing Platform">Proudly powered by '
            f'WordPress.</a></div></div></div></div></body></html>')


def _tt_meta(u, w: T.Work, cat: str) -> str:
    tags = ", ".join(f'<a href="{u("/tag/" + t + "/")}" rel="tag">{esc(t)}</a>' for t in w.tags if t in TT_TAGS)
    tagline = f' and tagged {tags}' if tags else ""
    return (f'<div class="entry-utility"><span class="cat-links"><span class="entry-utility-prep '
            f'entry-utility-prep-cat-links">Posted in</span> <a href="{u("/category/" + cat + "/")}" rel="category '
            f'tag">{esc(TT_CATS[cat][0])}</a></span>{tagline}</div>')


def _tt_cat_of(key: str) -> str:
    return next(s for s, (_, ks) in TT_CATS.items() if key in ks)


def _tt_byline(u, w: T.Work) -> str:
    return (f'<div class="entry-meta"><span class="meta-prep meta-prep-author">Posted on</span> <a href="'
            f'{u(w.path)}" rel="bookmark"><span class="entry-date">{_long_date(w.date)}</span></a> <span '
            f'class="meta-sep">by</span> <span class="author vcard"><a class="url fn n" href="{u("/author/mtull/")}"'
            f' title="View all posts by {esc(w.author)}">{esc(w.author)}</a></span></div>')


def _tt_loop(u, keys: list[str]) -> str:
    out = []
    for k in keys:
        w = W[k]
        out.append(f'<div id="post-{zlib.crc32(k.encode()) % 900 + 100}" class="post type-post status-publish hentry">'
                   f'<h2 class="entry-title"><a href="{u(w.path)}" rel="bookmark">{esc(w.title)}</a></h2>'
                   f'{_tt_byline(u, w)}<div class="entry-summary"><p>{cut(w.paras[0], 200)}</p></div>'
                   f'{_tt_meta(u, w, _tt_cat_of(k))}</div>')
    return "".join(out)


def twentyten(u) -> list[Doc]:
    h = T.TWENTYTEN
    posts = _of(h)
    docs = []
    for k, w in posts:
        body = ps(w.paras)
        if k == "tt-listserv":
            body += (f'<p>(I wrote about <a href="{u("/2021/03/the-old-card-catalogue/")}">the old card catalogue'
                     f'</a> last week, if you are feeling nostalgic.)</p>')
        content = (f'<div id="nav-above" class="navigation"><div class="nav-previous"><a href="{u("/")}">'
                   f'<span class="meta-nav">&larr;</span> Home</a></div></div><div id="post-1" class="post type-post '
                   f'status-publish format-standard hentry"><h1 class="entry-title">{esc(w.title)}</h1>'
                   f'{_tt_byline(u, w)}<div class="entry-content">{body}</div>{_tt_meta(u, w, _tt_cat_of(k))}</div>'
                   f'<div id="comments"><p class="nocomments">Comments are closed.</p></div>')
        head = f'<link rel="canonical" href="{u(w.path)}"><link rel="shortlink" href="{u("/?p=" + str(len(docs) + 11))}">'
        docs.append(_work(k, _tt(u, f"{w.title} | {TT_SITE}", "single single-post postid-11", content, head)))
    keys = [k for k, _ in posts]

    def archive(path, title, heading, ks, cls):
        return _other(h, path, _tt(u, title, cls, f'<h1 class="page-title">{heading}</h1>' + _tt_loop(u, ks)))

    docs.append(_other(h, "/", _tt(u, f"{TT_SITE} | Notes from a retired cataloguer", "home blog",
                                   _tt_loop(u, keys))))
    for slug, (name, ks) in TT_CATS.items():
        docs.append(archive(f"/category/{slug}/", f"{name} | {TT_SITE}",
                            f"Category Archives: <span>{esc(name)}</span>", [k for k in keys if k in ks],
                            f"archive category category-{slug}"))
    for tag in TT_TAGS:
        docs.append(archive(f"/tag/{tag}/", f"{tag} | {TT_SITE}", f"Tag Archives: <span>{tag}</span>",
                            [k for k in keys if tag in W[k].tags], f"archive tag tag-{tag}"))
    docs.append(archive("/author/mtull/", f"Margaret Tull | {TT_SITE}",
                        '<span class="vcard"><a class="url fn n" href="/author/mtull/">Margaret Tull</a></span>',
                        keys, "archive author author-mtull"))
    docs.append(archive("/2023/", f"2023 | {TT_SITE}", "Yearly Archives: <span>2023</span>",
                        [k for k in keys if W[k].date.startswith("2023")], "archive date"))
    docs.append(archive("/?s=mentor", f"Search Results for &#8220;mentor&#8221; | {TT_SITE}",
                        "Search Results for: <span>mentor</span>",
                        [k for k in keys if "mentor" in " ".join(W[k].paras).lower()], "search search-results"))
    docs.append(_other(h, "/about/", _tt(
        u, f"About | {TT_SITE}", "page page-id-2", '<div id="post-2" class="post-2 page type-page status-publish '
        'hentry"><h1 class="entry-title">About</h1><div class="entry-content"><p>I catalogued books, maps and the '
        'occasional stuffed bird for thirty-nine years, in two university libraries and a county record office. '
        'Now I grow roses and write here when the mood takes me.</p><p>You can find the posts where I go on about '
        f'advice and the people who gave it to me by <a href="{u("/?s=mentor")}">searching for them</a>.</p>'
        '</div></div>')))
    docs.append(_other(h, "/2021/03/the-old-card-catalogue/", _tt(
        u, f"Page not found | {TT_SITE}", "error404", '<div id="post-0" class="post error404 not-found">'
        '<h1 class="entry-title">Not Found</h1><div class="entry-content"><p>Apologies, but the page you requested '
        'could not be found. Perhaps searching will help.</p></div></div>'), 404))
    return docs


# --- Hugo Cactus: an MLIS student -----------------------------------------------------------------------

CA_SITE = "Mei writes"
CA_TAGS = {"pln": "PLN", "reading": "reading"}


def _ca(u, title: str, main: str, head: str = "", page_class: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><meta name="generator" content="Hugo 0.118.2">'
            f'<title>{esc(title)}</title>{head}<link rel="stylesheet" href="{u("/css/style.css")}"></head>'
            f'<body class="max-width mx-auto px3 ltr"><div class="content index py4 {page_class}">'
            f'<header id="header"><a href="{u("/")}"><div id="logo" style="background-image:url('
            f'{u("/images/logo.png")})"></div><div id="title"><h1>{CA_SITE}</h1></div></a><div id="nav"><ul>'
            f'<li class="icon"><a href="#" aria-label="Menu"><i class="fas fa-bars fa-2x"></i></a></li>'
            f'<li><a href="{u("/")}">Home</a></li><li><a href="{u("/posts/")}">Writings</a></li>'
            f'<li><a href="{u("/tags/")}">Tags</a></li><li><a href="{u("/about/")}">About</a></li></ul></div>'
            f'</header>{main}<footer id="footer"><div class="footer-left">Copyright &copy; 2024 Mei Lin Tan</div>'
            f'<div class="footer-right"><nav><ul><li><a href="{u("/")}">Home</a></li><li><a href="{u("/posts/")}">'
            f'Writings</a></li><li><a href="{u("/tags/")}">Tags</a></li><li><a href="{u("/about/")}">About</a></li>'
            f'</ul></nav></div></footer></div></body></html>')


def _ca_list(u, items) -> str:
    return '<ul class="post-list">' + "".join(
        f'<li class="post-item"><div class="meta"><time datetime="{w.date}T00:00:00Z" itemprop="datePublished">'
        f'{w.date}</time></div><span><a href="{u(w.path)}">{esc(w.title)}</a></span></li>' for _, w in items) + "</ul>"


def cactus(u) -> list[Doc]:
    h = T.CACTUS
    posts = _of(h)
    docs = []
    for k, w in posts:
        body = ps(w.paras)
        if k == "mei-pln":
            body += (f'<p>Update: I moved my older notes from <a href="{u("/posts/my-first-pln-post/")}">my first '
                     f'post on this</a> into this one.</p>')
        tags = "".join(f'<a class="tag-link" href="{u("/tags/" + t.lower() + "/")}" rel="tag">{esc(t)}</a> '
                       for t in w.tags if t.lower() in CA_TAGS)
        main = (f'<article class="post" itemscope itemtype="http://schema.org/BlogPosting"><header>'
                f'<h1 class="posttitle" itemprop="name headline">{esc(w.title)}</h1><div class="meta"><div '
                f'class="postdate"><time datetime="{w.date}T00:00:00Z" itemprop="datePublished">{w.date}</time>'
                f'</div><div class="article-read-time"><i class="far fa-clock"></i> '
                f'{max(1, len(" ".join(w.paras).split()) // 200)} minute read</div>'
                + (f'<div class="article-tag"><i class="fas fa-tag"></i> {tags}</div>' if tags else "")
                + f'</div></header><div class="content" itemprop="articleBody">{body}</div></article>')
        head = (f'<meta name="description" content="{esc(w.paras[0][:150])}"><meta property="og:title" '
                f'content="{esc(w.title)}"><meta property="og:type" content="article"><meta property="og:url" '
                f'content="{u(w.path)}"><meta property="article:published_time" content="{w.date}T00:00:00+00:00">'
                f'<meta name="twitter:card" content="summary">')
        docs.append(_work(k, _ca(u, f"{w.title} | {CA_SITE}", main, head)))
    docs.append(_other(h, "/", _ca(
        u, CA_SITE, '<section id="about"><p>Hi, I am Mei, an MLIS student who writes about learning to be a '
        'librarian.</p></section><section id="writing"><span class="h1"><a href="' + u("/posts/") + '">Writings</a>'
        '</span>' + _ca_list(u, posts[:5]) + '</section>', page_class="home")))
    docs.append(_other(h, "/posts/", _ca(u, f"Writings | {CA_SITE}",
                                         '<div id="archive"><ul class="post-list"><li><h2>2024</h2></li></ul>'
                                         + _ca_list(u, posts) + "</div>")))
    docs.append(_other(h, "/tags/", _ca(u, f"Tags | {CA_SITE}", '<div id="tag-cloud"><ul>' + "".join(
        f'<li><a href="{u("/tags/" + s + "/")}">{esc(n)}</a></li>' for s, n in CA_TAGS.items()) + "</ul></div>")))
    for s, n in CA_TAGS.items():
        docs.append(_other(h, f"/tags/{s}/", _ca(u, f"{n} | {CA_SITE}", f'<h1 class="tag-title">{esc(n)}</h1>'
                                                  + _ca_list(u, [(k, w) for k, w in posts
                                                                 if n in w.tags]))))
    docs.append(_other(h, "/about/", _ca(
        u, f"About | {CA_SITE}", '<article class="post"><header><h1 class="posttitle">About</h1></header><div '
        'class="content"><p>Second-year MLIS student, former bookseller, occasional cat photographer. Opinions '
        'mine.</p></div></article>')))
    docs.append(_other(h, "/posts/my-first-pln-post/", _ca(
        u, f"404 Page not found | {CA_SITE}", '<div class="post"><h1>404</h1><p>Page not found.</p></div>'), 404))
    return docs


# --- Ghost London: a library-culture magazine -------------------------------------------------------------

GL_SITE = "Shelf Life"
GL_AUTHORS = {"Rosa Achebe": "rosa", "Tom Everett": "tom"}
GL_TAG = {"sl-chats": "features", "sl-linkedin": "careers", "sl-zines": "features", "sl-burnout": "careers",
          "sl-algorithms": "features"}
GL_TAGS = {"features": "Features", "careers": "Careers"}


def _gl(u, title: str, body_class: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" '
            f'content="IE=edge"><title>{esc(title)}</title><meta name="HandheldFriendly" content="True">'
            f'<link rel="stylesheet" type="text/css" href="{u("/assets/css/screen.css?v=1a2b3c")}">{head}'
            f'<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" '
            f'title="{GL_SITE}" href="{u("/rss/")}"></head><body class="{body_class}"><div class="site-wrapper">'
            f'<header class="site-head"><div class="site-head-container"><a class="nav-burger" href="#">'
            f'<div class="hamburger hamburger--collapse" aria-label="Menu"></div></a><nav id="site-head-left" '
            f'role="navigation"><ul class="nav"><li class="nav-home"><a href="{u("/")}">Home</a></li>'
            f'<li class="nav-features"><a href="{u("/tag/features/")}">Features</a></li><li class="nav-careers">'
            f'<a href="{u("/tag/careers/")}">Careers</a></li><li class="nav-about"><a href="{u("/about/")}">About'
            f'</a></li></ul></nav><div class="site-head-center"><a class="site-head-logo" href="{u("/")}">'
            f'{GL_SITE}</a></div><div class="site-head-right"><div class="social-links"><a href="https://'
            f'mastodon.social/@shelflife" title="Mastodon" target="_blank" rel="noopener">Mastodon</a></div>'
            f'</div></div></header><main id="site-main" class="site-main"><div id="swup" class="transition-fade">'
            f'{main}</div></main><footer class="site-foot"><a href="{u("/")}">{GL_SITE}</a> &copy; 2024 &mdash; '
            f'<a href="{u("/contact/")}">Contact</a> &mdash; Published with <a href="https://ghost.org" '
            f'target="_blank" rel="noopener">Ghost</a></footer></div></body></html>')


def _gl_feed(u, items) -> str:
    return '<div class="post-feed">' + "".join(
        f'<article class="post-card post tag-{GL_TAG[k]} no-image"><a class="post-card-link" href="{u(w.path)}">'
        f'<div class="post-card-content"><div class="post-card-content-inner"><h2 class="post-card-title">'
        f'{esc(w.title)}</h2><p class="post-card-excerpt">{cut(w.paras[0], 160)}</p></div></div></a></article>'
        for k, w in items) + "</div>"


def london(u) -> list[Doc]:
    h = T.LONDON
    posts = _of(h)
    docs = []
    extra = {"sl-chats": f'<p>Related: <a href="{u_other(T.LUMA, "/libchat-revival-night")}">a #libchat revival '
                         f'night</a> is planned for May, and the <a href="{u_other(T.TRIBE, W["sc-firstjob"].path)}">'
                         f'first-year advice thread</a> at one online community is worth reading.'
                         f'</p>'}
    for k, w in posts:
        slug = GL_AUTHORS[w.author]
        tag = GL_TAG[k]
        ld = {"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization",
              "name": GL_SITE, "url": u("/")}, "author": {"@type": "Person", "name": w.author,
              "url": u(f"/author/{slug}/")}, "headline": w.title, "url": u(w.path),
              "datePublished": w.date + "T08:00:00.000Z", "keywords": GL_TAGS[tag],
              "description": w.paras[0][:200], "mainEntityOfPage": u(w.path)}
        head = (f'<meta name="description" content="{esc(w.paras[0][:150])}"><link rel="canonical" href="'
                f'{u(w.path)}"><meta property="og:site_name" content="{GL_SITE}"><meta property="og:type" '
                f'content="article"><meta property="og:title" content="{esc(w.title)}"><meta property="og:url" '
                f'content="{u(w.path)}"><meta property="article:published_time" content="{w.date}T08:00:00.000Z">'
                f'<meta property="article:tag" content="{GL_TAGS[tag]}"><meta name="twitter:card" content="summary">'
                f'<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="'
                f'{esc(w.author)}">{_ld(ld)}')
        main = (f'<article class="post-content post tag-{tag} no-image"><header class="post-content-header">'
                f'<h1 class="post-content-title">{esc(w.title)}</h1><p class="post-byline">By <a href="'
                f'{u(f"/author/{slug}/")}">{esc(w.author)}</a> &middot; <time datetime="{w.date}">'
                f'{_long_date(w.date)}</time> &middot; <a href="{u(f"/tag/{tag}/")}">{GL_TAGS[tag]}</a></p>'
                f'</header><div class="post-content-body">{ps(w.paras)}{extra.get(k, "")}</div></article>')
        docs.append(_work(k, _gl(u, f"{w.title}", f"post-template tag-{tag}", main, head)))
    head_home = (f'<meta name="description" content="Library culture, careers and ideas."><meta property="og:type" '
                 f'content="website"><meta property="og:title" content="{GL_SITE}">'
                 + _ld({"@context": "https://schema.org", "@type": "WebSite", "url": u("/"), "name": GL_SITE}))
    docs.append(_other(h, "/", _gl(u, GL_SITE, "home-template", _gl_feed(u, posts[:3])
                                   + f'<nav class="pagination"><a class="older-posts" href="{u("/page/2/")}">Older '
                                     f'Posts &rarr;</a></nav>', head_home)))
    docs.append(_other(h, "/page/2/", _gl(u, f"{GL_SITE} (Page 2)", "paged archive-template", _gl_feed(u, posts[3:])
                                          + f'<nav class="pagination"><a class="newer-posts" href="{u("/")}">'
                                            f'&larr; Newer Posts</a></nav>')))
    for t, name in GL_TAGS.items():
        docs.append(_other(h, f"/tag/{t}/", _gl(
            u, f"{name} - {GL_SITE}", f"tag-template tag-{t}", f'<header class="page-head"><h1 class="page-head-'
            f'title">{name}</h1></header>' + _gl_feed(u, [(k, w) for k, w in posts if GL_TAG[k] == t]),
            '<meta property="og:type" content="website">' + _ld({"@context": "https://schema.org",
                                                                 "@type": "Series", "name": name}))))
    bios = {"rosa": "Editor. Writes about libraries, technology and culture.",
            "tom": "Contributing writer and former public librarian."}
    for name, slug in GL_AUTHORS.items():
        docs.append(_other(h, f"/author/{slug}/", _gl(
            u, f"{name} - {GL_SITE}", f"author-template author-{slug}", f'<header class="page-head"><h1 class='
            f'"page-head-title">{esc(name)}</h1><p class="page-head-description">{bios[slug]}</p></header>'
            + _gl_feed(u, [(k, w) for k, w in posts if w.author == name]),
            _ld({"@context": "https://schema.org", "@type": "Person", "name": name, "url": u(f"/author/{slug}/")}))))
    docs.append(_other(h, "/about/", _gl(
        u, f"About - {GL_SITE}", "page-template page-about", '<article class="post-content page"><header class='
        '"post-content-header"><h1 class="post-content-title">About</h1></header><div class="post-content-body">'
        '<p>Shelf Life is an independent magazine about library culture, published by a small team of library '
        'workers. We are reader-funded and take no advertising from vendors.</p></div></article>')))
    docs.append(_other(h, "/contact/", _gl(
        u, f"Contact - {GL_SITE}", "page-template page-contact", '<article class="post-content page"><header class='
        '"post-content-header"><h1 class="post-content-title">Contact</h1></header><div class="post-content-body">'
        '<p>Pitches and letters: editors at our domain. We read everything and reply to most.</p></div></article>')))
    return docs


# cross-host links need the web's url(); set by build()
_URL: list[Callable[[str, str], str]] = []


def u_other(host: str, path: str) -> str:
    return _URL[0](host, path)


# --- a Bettermode (Tribe) community ------------------------------------------------------------------------

BM_SITE = "Stacks Commons"
BM_SPACES = {"career-advice": ("Career Advice", ["sc-firstjob", "sc-matching", "sc-lurker", "sc-webinar"]),
             "off-the-shelf": ("Off the Shelf", ["sc-ils", "sc-meme"])}


def _bm(u, title: str, main: str, head: str = "") -> str:
    spaces = "".join(f'<a class="space-link" href="{u("/space/" + s + "/posts")}">{esc(n)}</a>'
                     for s, (n, _) in BM_SPACES.items())
    return (f'<!DOCTYPE html><html lang="en" class="h-full"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" '
            f'content="Bettermode">{head}<link rel="stylesheet" href="{u("/_static/css/app.css")}"></head>'
            f'<body class="h-full"><div id="root"><div class="flex flex-col min-h-screen"><header '
            f'class="bg-surface border-b"><div class="flex items-center"><a href="{u("/")}" class="logo">{BM_SITE}'
            f'</a><nav class="flex gap-4"><a href="{u("/")}">Home</a>{spaces}<a href="{u("/about")}">About</a>'
            f'</nav></div></header><main class="flex-1 max-w-8xl mx-auto">{main}</main><footer class="text-sm">'
            f'Powered by Bettermode</footer></div></div><script>window.__BM_DATA__={{"network":{{"name":'
            f'"{BM_SITE}"}}}}</script></body></html>')


def _bm_cards(u, keys) -> str:
    return '<div class="feed">' + "".join(
        f'<div class="post-card rounded-lg border"><a href="{u(W[k].path)}" class="post-title text-lg font-medium">'
        f'{esc(W[k].title)}</a><div class="text-content-subdued"><span>{esc(W[k].author)}</span> &middot; '
        f'<time datetime="{W[k].date}">{W[k].date}</time></div><div class="post-excerpt">{cut(W[k].paras[0], 180)}'
        f'</div></div>' for k in keys) + "</div>"


def bettermode(u) -> list[Doc]:
    h = T.TRIBE
    posts = _of(h)
    docs = []
    members = {"Jordan P.": "/member/jordan-p-4821"}
    for k, w in posts:
        space = next(s for s, (_, ks) in BM_SPACES.items() if k in ks)
        first, *replies = w.paras
        rep = "".join(f'<div class="reply border-t"><div class="reply-body">{esc(r)}</div></div>' for r in replies)
        author = (f'<a href="{u(members[w.author])}" class="member-name">{esc(w.author)}</a>'
                  if w.author in members else f'<span class="member-name">{esc(w.author)}</span>')
        tags = (f'<div class="post-tags"><a href="{u("/hub/tag/mentoring")}">#mentoring</a></div>'
                if "mentoring" in w.tags else "")
        ld = {"@context": "https://schema.org", "@type": "DiscussionForumPosting", "headline": w.title,
              "author": {"@type": "Person", "name": w.author}, "datePublished": w.date + "T15:00:00.000Z",
              "url": u(w.path), "text": first[:300]}
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="article">'
                f'<meta property="og:url" content="{u(w.path)}"><meta name="description" content="'
                f'{esc(first[:150])}"><link rel="canonical" href="{u(w.path)}">{_ld(ld)}')
        main = (f'<nav class="breadcrumbs"><a href="{u("/")}">Home</a> / <a href="{u("/space/" + space + "/posts")}">'
                f'{esc(BM_SPACES[space][0])}</a></nav><article class="post rounded-lg"><div class="post-header">'
                f'{author} <time datetime="{w.date}T15:00:00.000Z">{w.date}</time></div><h1 class="text-2xl">'
                f'{esc(w.title)}</h1><div class="post-content prose">{ps([first])}</div>{tags}</article>'
                f'<section class="replies"><h2>{len(replies)} replies</h2>{rep}</section>')
        docs.append(_work(k, _bm(u, f"{w.title} | {BM_SITE}", main, head)))
    keys = [k for k, _ in posts]
    docs.append(_other(h, "/", _bm(u, BM_SITE, '<h1 class="sr-only">Home</h1><section class="trending">Popular '
                                   f'searches: <a href="{u("/search?query=mentor")}">mentor</a></section>'
                                   + _bm_cards(u, keys[:5]),
                                   '<meta property="og:type" content="website">')))
    for s, (n, ks) in BM_SPACES.items():
        docs.append(_other(h, f"/space/{s}/posts", _bm(u, f"{n} | {BM_SITE}", f'<h1 class="space-title">{esc(n)}'
                                                       f'</h1>' + _bm_cards(u, [k for k in keys if k in ks]))))
    docs.append(_other(h, "/member/jordan-p-4821", _bm(
        u, f"Jordan P. | {BM_SITE}", '<div class="member-profile"><h1>Jordan P.</h1><p class="tagline">Community '
        'manager. Public librarian by training.</p><p>Joined 2021</p></div><h2>Posts</h2>'
        + _bm_cards(u, [k for k in keys if W[k].author == "Jordan P."]), '<meta property="og:type" content="profile">')))
    docs.append(_other(h, "/search?query=mentor", _bm(
        u, f"Search: mentor | {BM_SITE}", '<h1>Search results for "mentor"</h1>'
        + _bm_cards(u, [k for k in keys if "mentor" in " ".join(W[k].paras).lower()]))))
    docs.append(_other(h, "/hub/tag/mentoring", _bm(u, f"#mentoring | {BM_SITE}", '<h1>#mentoring</h1>'
                                                    + _bm_cards(u, [k for k in keys if "mentoring" in W[k].tags]))))
    docs.append(_other(h, "/about", _bm(
        u, f"About | {BM_SITE}", '<h1>About Stacks Commons</h1><p>A community for people who work in libraries and '
        'archives, run by volunteers. Be kind, no vendor pitches.</p>')))
    return docs


# --- an SSRN-like preprint server --------------------------------------------------------------------------

SS_SITE = "InfoPapers"
SS_AUTHORS = {"Okafor, Chidi": "5521", "Lindqvist, Anna": None, "Reyes, Lucia": "7730", "Brandt, Felix": None,
              "Nakamura, Ken": None}
SS_PAPERS = ["ip-twitter-mentoring", "ip-peer-archivists", "ip-network-analysis", "ip-metadata"]
SS_JOURNAL = "/sol3/JELJOUR_Results.cfm?form_name=journalBrowse&journal_id=4005"


def _ss(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>{head}'
            f'<link rel="stylesheet" href="{u("/ssrncss/abstractpage.css")}"></head><body><div id="header" '
            f'class="header"><a href="{u("/")}" class="logo">{SS_SITE}</a><nav class="primary-nav"><a href="'
            f'{u("/en/lis-network/")}">LIS Network</a> <a href="{u("/en/about/")}">About</a></nav><form action="'
            f'{u("/sol3/results.cfm")}" method="get" class="search"><input name="txtKey_Words"></form></div>'
            f'<div class="container">{main}</div><div class="footer">Copyright &copy; 2024 {SS_SITE}. All rights '
            f'reserved.</div></body></html>')


def _ss_list(u, keys) -> str:
    return '<div class="tbody">' + "".join(
        f'<div class="trow abs"><div class="title"><a href="{u(W[k].path)}" class="title optClickTitle">'
        f'<span>{esc(W[k].title)}</span></a></div><div class="authors-list">{esc(W[k].author)}</div>'
        f'<div class="note-list"><span>Posted: {W[k].date}</span></div></div>' for k in keys) + "</div>"


def _ss_authors(u, authors: str) -> str:
    out = []
    for a in authors.split("; "):
        last, first = a.split(", ")
        pid = SS_AUTHORS[a]
        out.append(f'<a href="{u("/sol3/cf_dev/AbsByAuth.cfm?per_id=" + pid)}"><h2>{esc(first)} {esc(last)}</h2></a>'
                   if pid else f"<h2>{esc(first)} {esc(last)}</h2>")
    return '<div class="authors authors-full-width">' + "".join(out) + "</div>"


def ssrn(u) -> list[Doc]:
    h = T.SSRN
    docs = []
    pdf_path = W["ip-pdf"].path
    for k in SS_PAPERS:
        w = W[k]
        aid = w.path.split("=")[1]
        metas = [("citation_title", w.title)] + [("citation_author", a) for a in w.author.split("; ")] + [
            ("citation_online_date", w.date.replace("-", "/")), ("citation_publication_date", w.date.replace("-", "/")),
            ("citation_publisher", SS_SITE), ("citation_abstract_html_url", u(w.path)),
            ("citation_keywords", w.paras[-1].split(": ", 1)[1])]
        if k == "ip-twitter-mentoring":
            metas.append(("citation_pdf_url", u(pdf_path)))
        head = "".join(f'<meta name="{n}" content="{esc(v)}">' for n, v in metas) + (
            f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="article">'
            f'<meta property="og:url" content="{u(w.path)}"><meta name="description" content="'
            f'{esc(w.paras[0][10:160])}">')
        download = (f'<a href="{u(pdf_path)}" class="button-link primary" data-abstract-id="{aid}">'
                    f'<span>Download This Paper</span></a>' if k == "ip-twitter-mentoring"
                    else '<span class="button-link disabled">Download not available</span>')
        refs = (f'<p class="suggested">Related: <a href="{u("/sol3/papers.cfm?abstract_id=4999999")}">Mentoring '
                f'Online in Special Libraries (working paper)</a></p>' if k == "ip-network-analysis" else "")
        main = (f'<div class="box-container box-abstract-main"><div class="abstract-buttons">{download}</div>'
                f'<h1>{esc(w.title)}</h1><p class="note note-list"><span>{len(w.paras[0].split())} words</span>'
                f'</p>{_ss_authors(u, w.author)}<div class="reference-info"><p>Journal: <a href="{u(SS_JOURNAL)}">'
                f'LIS eJournal</a></p></div><p class="note note-list"><span>Posted: {w.date}</span></p>'
                f'<div class="abstract-text"><h3>Abstract</h3><p>{esc(w.paras[0].split(": ", 1)[1])}</p>'
                f'<p><strong>Keywords:</strong> {esc(w.paras[-1].split(": ", 1)[1])}</p></div>{refs}'
                f'<div class="suggested-citation"><p>Suggested Citation: {esc(w.author)}, {esc(w.title)} '
                f'({w.date[:4]}). Available at {SS_SITE}: {u(w.path)}</p></div></div>')
        docs.append(_work(k, _ss(u, f"{w.title} by {w.author} :: {SS_SITE}", main, head)))
    docs.append(_work("ip-pdf", pdf(list(W["ip-pdf"].paras)), "application/pdf"))
    docs.append(_other(h, "/", _ss(u, f"{SS_SITE} | Preprints in information science", '<h1>Recent papers in the '
                                   'LIS Network</h1>' + _ss_list(u, SS_PAPERS[:3])
                                   + f'<p class="topics">Popular topics: <a href="'
                                     f'{u("/sol3/results.cfm?txtKey_Words=mentoring")}">mentoring</a></p>')))
    docs.append(_other(h, "/en/lis-network/", _ss(u, f"Library & Information Science Network :: {SS_SITE}",
                                                  '<h1>Library &amp; Information Science Network</h1><p>Browse '
                                                  f'the <a href="{u(SS_JOURNAL)}">LIS eJournal</a>.</p>'
                                                  + _ss_list(u, SS_PAPERS))))
    docs.append(_other(h, SS_JOURNAL, _ss(u, f"LIS eJournal :: {SS_SITE}", "<h1>LIS eJournal</h1>"
                                          + _ss_list(u, sorted(SS_PAPERS, key=lambda k: W[k].date, reverse=True)))))
    docs.append(_other(h, "/sol3/results.cfm?txtKey_Words=mentoring", _ss(
        u, f"Search results :: {SS_SITE}", '<h1>Search results for "mentoring"</h1>'
        + _ss_list(u, [k for k in SS_PAPERS if "mentoring" in " ".join(W[k].paras).lower()]))))
    for name, pid in (("Chidi Okafor", "5521"), ("Lucia Reyes", "7730")):
        last = name.split()[-1]
        docs.append(_other(h, f"/sol3/cf_dev/AbsByAuth.cfm?per_id={pid}", _ss(
            u, f"{name} :: {SS_SITE} Author Page", f'<div class="author-page"><h1>{esc(name)}</h1><p>Scholarly '
            f'papers: {sum(last in W[k].author for k in SS_PAPERS)}</p></div>'
            + _ss_list(u, [k for k in SS_PAPERS if last in W[k].author]))))
    docs.append(_other(h, "/en/about/", _ss(u, f"About :: {SS_SITE}", '<h1>About InfoPapers</h1><p>InfoPapers is an '
                                            'open preprint server for library and information science. Posting '
                                            'is free; papers are screened but not peer reviewed.</p>')))
    docs.append(_other(h, "/sol3/papers.cfm?abstract_id=4999999", _ss(
        u, f"{SS_SITE}", '<div class="box-container"><h1>The abstract you requested was not found</h1><p>It may have '
        'been removed by its author. <a href="/">Return to the home page</a>.</p></div>')))
    return docs


# --- an Omny Studio podcast ------------------------------------------------------------------------------------

OM_SHOW = "/shows/stacks-and-stories"


def _om(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}'
            f'<link rel="stylesheet" href="{u("/static/omny-web.css")}"></head><body><div id="app">'
            f'<header class="omny-header"><a href="{u("/")}" class="omny-logo">Omny Studio</a></header>'
            f'<main class="program">{main}</main><footer class="omny-footer"><a href="{u(OM_SHOW)}">Stacks &amp; '
            f'Stories</a> &middot; <a href="{u(OM_SHOW + "/about")}">About this show</a> &middot; Hosted on Omny '
            f'Studio &middot; <a href="https://omnystudio.com/policies/listener">Privacy policy</a></footer></div>'
            f'</body></html>')


def _om_clips(u, items) -> str:
    return '<ul class="clip-list">' + "".join(
        f'<li class="clip-item"><a class="clip-title" href="{u(w.path)}">{esc(w.title)}</a><time datetime="'
        f'{w.date}">{_long_date(w.date)}</time><p class="clip-description">{cut(w.paras[0], 150)}</p></li>'
        for _, w in items) + "</ul>"


def omny(u) -> list[Doc]:
    h = T.OMNY
    eps = _of(h)
    docs = []
    for k, w in eps:
        body = ps(w.paras)
        if k == "pod-ep41":
            body += (f'<p>Links: <a href="{u_other(T.SSRN, W["ip-twitter-mentoring"].path)}">the hashtag mentoring '
                     f'preprint</a> &middot; <a href="{u(OM_SHOW + "/ep-40-missing")}">last episode</a></p>')
        ld = {"@context": "https://schema.org", "@type": "PodcastEpisode", "name": w.title, "url": u(w.path),
              "datePublished": w.date, "description": w.paras[0][:200],
              "partOfSeries": {"@type": "PodcastSeries", "name": "Stacks & Stories", "url": u(OM_SHOW)},
              "associatedMedia": {"@type": "MediaObject", "contentUrl": "https://traffic.omny.fm/d/clips/"
                                                                        + w.path.rsplit("/", 1)[1] + "/audio.mp3"}}
        head = (f'<meta property="og:type" content="music.song"><meta property="og:title" content="{esc(w.title)}">'
                f'<meta property="og:description" content="{esc(w.paras[0][:200])}"><meta property="og:url" '
                f'content="{u(w.path)}"><meta property="og:site_name" content="Omny Studio"><meta name="twitter:card"'
                f' content="player"><link rel="alternate" type="application/json+oembed" href="https://omny.fm/oembed'
                f'?url={u(w.path)}">{_ld(ld)}')
        main = (f'<div class="clip-page"><a class="program-link" href="{u(OM_SHOW)}">Stacks &amp; Stories</a>'
                f'<h1 class="clip-title">{esc(w.title)}</h1><time datetime="{w.date}">{_long_date(w.date)}</time>'
                f'<div class="player"><button class="play">Play</button><span class="duration">48:12</span></div>'
                f'<div class="clip-description">{body}</div></div>')
        docs.append(_work(k, _om(u, f"{w.title} - Stacks & Stories - Omny.fm", main, head)))
    docs.append(_other(h, OM_SHOW, _om(
        u, "Stacks & Stories - Omny.fm", f'<div class="program-header"><h1>Stacks &amp; Stories</h1><p>Two librarians,'
        f' a microphone and your questions. Every other Tuesday.</p><a href="{u(OM_SHOW + "/playlists/podcast")}">'
        f'All episodes</a></div>' + _om_clips(u, eps[:3]),
        '<meta property="og:type" content="website"><meta property="og:title" content="Stacks &amp; Stories">')))
    docs.append(_other(h, OM_SHOW + "/playlists/podcast", _om(
        u, "Stacks & Stories: Podcast - Omny.fm", "<h1>Stacks &amp; Stories: Podcast</h1>" + _om_clips(u, eps))))
    docs.append(_other(h, OM_SHOW + "/about", _om(
        u, "About Stacks & Stories - Omny.fm", '<h1>About</h1><p>Stacks &amp; Stories is made by Dee Harper and '
        'Marcus Bell, public librarians in two different states, since 2019.</p>')))
    docs.append(_other(h, "/", _om(u, "Omny.fm - Listen to podcasts", '<h1>Featured shows</h1><ul class="programs">'
                                   f'<li><a href="{u(OM_SHOW)}">Stacks &amp; Stories</a></li></ul>')))
    docs.append(_other(h, OM_SHOW + "/ep-40-missing", _om(
        u, "Not found - Omny.fm", "<h1>Sorry, we couldn't find that clip</h1>"), 404))
    return docs


# --- Luma events ------------------------------------------------------------------------------------------

LU_CALS = {"/early-career-info-pros": ("Early Career Info Pros", ["lu-speed", "lu-chat"]),
           "/library-events": ("Library events", ["lu-trivia", "lu-archives-sync"])}


def _lu(u, title: str, main: str, head: str = "") -> str:
    data = json.dumps({"props": {"pageProps": {"initialData": {"kind": "page"}}}, "page": "/[slug]"})
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title><meta '
            f'name="viewport" content="width=device-width">{head}</head><body><div id="__next"><div class="page-'
            f'wrapper"><div class="nav-wrapper"><a href="{u("/")}" class="luma-logo">Luma</a><a href="{u("/discover?q=mentoring")}">Discover</a></div>'
            f'<div class="page-content">{main}</div><div class="footer"><a href="{u("/")}">Luma</a> &middot; '
            f'<a href="https://luma.com/terms">Terms</a></div></div></div><script id="__NEXT_DATA__" type="'
            f'application/json">{data}</script></body></html>')


def _lu_cards(u, keys) -> str:
    return '<div class="timeline">' + "".join(
        f'<a class="event-link content-link" href="{u(W[k].path)}"><div class="event-title"><h3>{esc(W[k].title)}'
        f'</h3></div><div class="event-time">{_long_date(W[k].date)}</div></a>' for k in keys) + "</div>"


def luma(u) -> list[Doc]:
    h = T.LUMA
    docs = []
    for cal, (cname, keys) in LU_CALS.items():
        for k in keys:
            w = W[k]
            ld = {"@context": "https://schema.org", "@type": "Event", "name": w.title, "startDate":
                  w.date + "T17:00:00.000Z", "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
                  "location": {"@type": "VirtualLocation", "url": u(w.path)}, "organizer": {"@type": "Organization",
                  "name": cname, "url": u(cal)}, "description": w.paras[0][:300]}
            head = (f'<meta property="og:title" content="{esc(w.title)} · Luma"><meta property="og:description" '
                    f'content="{esc(w.paras[0][:200])}"><meta property="og:url" content="{u(w.path)}"><meta '
                    f'property="og:type" content="website"><meta name="description" content="{esc(w.paras[0][:200])}'
                    f'">{_ld(ld)}')
            host_link = (f'<a href="{u("/user/usr-ecip")}" class="host-name">{esc(cname)}</a>'
                         if cal == "/early-career-info-pros" else f'<span class="host-name">{esc(w.author)}</span>')
            main = (f'<div class="event-page"><div class="calendar-link"><a href="{u(cal)}">{esc(cname)}</a></div>'
                    f'<h1 class="title">{esc(w.title)}</h1><div class="event-time"><div class="title">'
                    f'{_long_date(w.date)}</div><div class="desc">5:00 PM - 6:00 PM GMT</div></div><div class="'
                    f'location">Virtual</div><div class="hosts"><div class="label">Hosted By</div>{host_link}</div>'
                    f'<div class="about"><h2>About Event</h2><div class="spark-content">{ps(w.paras)}</div></div>'
                    f'<a class="register-button" href="{u(w.path)}#register">Register</a></div>')
            docs.append(_work(k, _lu(u, f"{w.title} · Luma", main, head)))
    all_keys = [k for _, ks in LU_CALS.values() for k in ks]
    docs.append(_other(h, "/", _lu(u, "Luma · Delightful events start here", '<h1>Popular events</h1>'
                                   + "".join(f'<p><a href="{u(c)}">{esc(n)}</a></p>' for c, (n, _) in LU_CALS.items())
                                   + _lu_cards(u, all_keys[:3]),
                                   '<meta property="og:title" content="Luma">')))
    for cal, (cname, keys) in LU_CALS.items():
        docs.append(_other(h, cal, _lu(u, f"{cname} · Events Calendar", f'<div class="calendar"><h1>{esc(cname)}</h1>'
                                       f'<div class="tabs"><span>Upcoming</span></div>{_lu_cards(u, keys)}</div>',
                                       f'<meta property="og:title" content="{esc(cname)}">')))
    docs.append(_other(h, "/user/usr-ecip", _lu(
        u, "Early Career Info Pros · Luma", '<div class="profile"><h1>Early Career Info Pros</h1><p>Volunteer-run '
        'events for new library and archives workers.</p><div class="stats">Hosted 14 events</div></div>'
        + _lu_cards(u, LU_CALS["/early-career-info-pros"][1]))))
    docs.append(_other(h, "/discover?q=mentoring", _lu(
        u, "Discover Events · Luma", '<h1>Results for "mentoring"</h1>'
        + _lu_cards(u, [k for k in all_keys if "mentor" in " ".join(W[k].paras).lower()]))))
    return docs


# --- OpenScholar (Drupal 7) ------------------------------------------------------------------------------

OS_SITE = "Chidi Okafor"
OS_PUBS = ["os-article", "os-datasets"]
OS_BLOG = ["os-blog-pln", "os-blog-conf"]


def _os(u, title: str, body_class: str, main: str, head: str = "") -> str:
    menu = "".join(f'<li class="leaf"><a href="{u(p)}">{n}</a></li>' for p, n in (
        ("/", "Home"), ("/biocv", "Bio/CV"), ("/publications", "Publications"), ("/blog", "Blog"),
        ("/contact_owner", "Contact")))
    return (f'<!DOCTYPE html><html lang="en" dir="ltr" xmlns:og="http://ogp.me/ns#"><head><meta http-equiv="Content-'
            f'Type" content="text/html; charset=utf-8"><meta name="Generator" content="OpenScholar"><title>'
            f'{esc(title)}</title>{head}<link type="text/css" rel="stylesheet" href="'
            f'{u("/profiles/openscholar/themes/os_basetheme/css/style.css")}"></head><body class="html {body_class}"><div id="page" class="container">'
            f'<div id="page-wrapper"><header id="header"><div class="region region-header-second"><div class="block '
            f'boxes-box site-info"><h1><a href="{u("/")}">{OS_SITE}</a></h1><h2>Professor of Information Science'
            f'</h2></div></div><nav class="region region-menu-bar"><ul class="nice-menu nice-menu-down">{menu}</ul>'
            f'</nav></header><div id="columns"><div id="content-column" role="main"><div class="content-inner">'
            f'{main}</div></div><aside class="region region-sidebar-second"><div class="block os-search">'
            f'<form action="{u("/search/site")}" method="get"><input type="text" name="keys"></form><p>Browse: '
            f'<a href="{u("/search/site/mentoring")}">mentoring</a></p></div></aside></div><footer id="footer">'
            f'<p class="copyright">Copyright &copy; 2024 {OS_SITE}</p><a href="https://theopenscholar.com">'
            f'OpenScholar</a> | <a href="{u("/user")}" rel="nofollow">Admin Login</a></footer></div></div></body>'
            f'</html>')


def _os_teasers(u, keys) -> str:
    return "".join(f'<div class="node node-teaser"><h3 class="node-title"><a href="{u(W[k].path)}">{esc(W[k].title)}'
                   f'</a></h3><p class="biblio-citation">{cut(W[k].paras[0], 180)}</p></div>' for k in keys)


def openscholar(u) -> list[Doc]:
    h = T.SCHOLAR
    docs = []
    pdf_w = W["os-pdf"]
    for k in OS_PUBS:
        w = W[k]
        metas = [("citation_title", w.title)] + [("citation_author", a) for a in w.author.split("; ")] + [
            ("citation_publication_date", w.date.replace("-", "/")),
            ("citation_journal_title", w.paras[0].split("). ")[1].split(". ", 1)[1].split(",")[0])]
        head = "".join(f'<meta name="{n}" content="{esc(v)}">' for n, v in metas) + (
            f'<link rel="canonical" href="{u(w.path)}"><meta property="og:title" content="{esc(w.title)}">'
            f'<meta property="og:type" content="article"><meta property="og:url" content="{u(w.path)}">')
        main = (f'<div class="node node-biblio"><h1 class="title">{esc(w.title)}</h1><div class="biblio-citation">'
                f'<span class="biblio-authors">{esc(w.author)}</span></div><div class="content">{ps(w.paras)}</div>'
                f'<div class="field field-name-field-biblio-type">Type: <a href="'
                f'{u("/publications/type/journal-article")}">Journal Article</a></div><div class="biblio-export">Export: <a href="'
                f'{u(w.path + "/export/bibtex")}" rel="nofollow">BibTex</a></div></div>')
        docs.append(_work(k, _os(u, f"{w.title} | {OS_SITE}", "page-node node-type-biblio", main, head)))
    for k in OS_BLOG:
        w = W[k]
        body = ps(w.paras)
        if k == "os-blog-pln":
            body += (f'<p>My students use <a href="{u(pdf_w.path)}">the mentoring toolkit</a> as a starting point '
                     f'for their final essays.</p>')
        head = (f'<link rel="canonical" href="{u(w.path)}"><meta property="og:title" content="{esc(w.title)}">'
                f'<meta property="og:type" content="article"><meta property="og:url" content="{u(w.path)}">'
                f'<meta property="article:published_time" content="{w.date}T12:00:00-05:00">')
        main = (f'<div class="node node-blog"><h1 class="title">{esc(w.title)}</h1><div class="submitted">'
                f'<span class="os-author"><a href="{u("/people/chidi-okafor")}">{esc(w.author)}</a></span> | '
                f'{_long_date(w.date)}</div><div class="content">{body}</div></div>')
        docs.append(_work(k, _os(u, f"{w.title} | {OS_SITE}", "page-node node-type-blog", main, head)))
    docs.append(_work("os-pdf", pdf(list(pdf_w.paras)), "application/pdf"))
    pdf_teaser = (f'<div class="node node-teaser"><h3 class="node-title"><a href="{u(pdf_w.path)}">'
                  f'{esc(pdf_w.title)}</a> (PDF)</h3></div>')
    docs.append(_other(h, "/", _os(
        u, f"{OS_SITE} | Professor of Information Science", "front", '<div class="block boxes-box bio"><p>I study '
        'how library and information professionals learn, work and build careers.</p></div><h2>Recent '
        'publications</h2>' + _os_teasers(u, OS_PUBS[:1]) + '<h2>Recent blog posts</h2>' + _os_teasers(u, OS_BLOG)
        + f'<p><a href="{u("/people/chidi-okafor")}">Profile</a></p>')))
    docs.append(_other(h, "/publications", _os(u, f"Publications | {OS_SITE}", "page-publications",
                                               '<h1 class="title">Publications</h1><p>Filter: <a href="'
                                               f'{u("/publications/type/journal-article")}">Journal Article</a></p>'
                                               + _os_teasers(u, OS_PUBS) + pdf_teaser)))
    docs.append(_other(h, "/publications/type/journal-article", _os(
        u, f"Journal Article | {OS_SITE}", "page-publications", '<h1 class="title">Publications by Type: Journal '
        'Article</h1>' + _os_teasers(u, OS_PUBS))))
    docs.append(_other(h, "/blog", _os(u, f"Blog | {OS_SITE}", "page-blog", '<h1 class="title">Blog</h1>'
                                       + _os_teasers(u, OS_BLOG))))
    docs.append(_other(h, "/biocv", _os(
        u, f"Bio/CV | {OS_SITE}", "page-biocv", '<h1 class="title">Bio/CV</h1><p>Chidi Okafor is Professor of '
        'Information Science. He holds a PhD from a large public university and worked as an academic '
        'librarian for eight years before joining the faculty.</p>')))
    docs.append(_other(h, "/contact_owner", _os(
        u, f"Contact | {OS_SITE}", "page-contact-owner", '<h1 class="title">Send Chidi Okafor a message</h1><form '
        'class="contact-form"><input name="name"><textarea name="message"></textarea></form>')))
    docs.append(_other(h, "/search/site/mentoring", _os(
        u, f"Search | {OS_SITE}", "page-search", '<h1 class="title">Search results for "mentoring"</h1>'
        + _os_teasers(u, ["os-article", "os-blog-pln"]))))
    docs.append(_other(h, "/people/chidi-okafor", _os(
        u, f"Chidi Okafor | {OS_SITE}", "page-node node-type-person", '<div class="node node-person"><h1 '
        'class="title">Chidi Okafor</h1><p>Professor, Department of Information Science. Office hours by '
        'appointment.</p></div>')))
    return docs


# --- Joomla 3 (Protostar): a regional archivists' association ------------------------------------------------

JO_SITE = "North West Archivists"


def _jo(u, title: str, view: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en-gb" dir="ltr"><head><meta name="viewport" content="width=device-width, '
            f'initial-scale=1.0"><meta charset="utf-8"><meta name="generator" content="Joomla! - Open Source Content'
            f' Management"><title>{esc(title)}</title>{head}<link href="{u("/templates/protostar/css/template.css")}" '
            f'rel="stylesheet"></head><body class="site com_content view-{view} no-layout no-task itemid-101">'
            f'<div class="body" id="top"><div class="container"><header class="header" role="banner"><div '
            f'class="header-inner clearfix"><a class="brand pull-left" href="{u("/")}"><span class="site-title" '
            f'title="{JO_SITE}">{JO_SITE}</span></a><div class="header-search pull-right"><form action="'
            f'{u("/index.php/component/search/")}" method="post"><input name="searchword"></form></div></div>'
            f'</header><nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list">'
            f'<li class="item-101 default"><a href="{u("/")}">Home</a></li><li class="item-102"><a href="'
            f'{u("/index.php/news")}">News</a></li><li class="item-103"><a href="{u("/index.php/about-us")}">About Us'
            f'</a></li><li class="item-104"><a href="{u("/index.php/contact-us")}">Contact Us</a></li></ul></nav>'
            f'<div class="row-fluid"><main id="content" role="main" class="span12">{main}</main></div></div></div>'
            f'<footer class="footer" role="contentinfo"><div class="container"><hr><p class="pull-right"><a href='
            f'"#top" id="back-top">Back to Top</a></p><p>&copy; 2024 {JO_SITE}</p></div></footer></body></html>')


def _jo_items(u, keys) -> str:
    return "".join(
        f'<div class="items-row"><div class="item"><div class="page-header"><h2 itemprop="name"><a href="'
        f'{u(W[k].path)}" itemprop="url">{esc(W[k].title)}</a></h2></div><dl class="article-info muted"><dd '
        f'class="published"><time datetime="{W[k].date}T09:00:00+00:00" itemprop="datePublished">Published: '
        f'{W[k].date}</time></dd></dl><p>{cut(W[k].paras[0], 200)}</p><p class="readmore"><a class="btn" href="'
        f'{u(W[k].path)}" itemprop="url">Read more &hellip;</a></p></div></div>' for k in keys)


def joomla(u) -> list[Doc]:
    h = T.JOOMLA
    items = _of(h)
    keys = [k for k, _ in items]
    search = "/index.php/component/search/?searchword=mentoring&searchphrase=all&Itemid=101"
    tagp = "/index.php/component/tags/tag/mentoring"
    docs = []
    for k, w in items:
        body = ps(w.paras)
        if k == "nw-survey":
            body += (f'<p>Last year&#39;s figures are in <a href="{u("/index.php/news/40-old-item")}">the 2022 '
                     f'report</a>.</p>')
        tags = (f'<ul class="tags inline"><li class="tag-2 tag-list0" itemprop="keywords"><a href="{u(tagp)}" '
                f'class="label label-info">mentoring</a></li></ul>' if "mentoring" in w.tags or k == "nw-listserv"
                else "")
        head = (f'<meta name="author" content="{esc(w.author)}"><meta name="description" content="'
                f'{esc(w.paras[0][:150])}"><base href="{u(w.path)}">')
        main = (f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="'
                f'inLanguage" content="en-GB"><div class="page-header"><h2 itemprop="headline">{esc(w.title)}</h2>'
                f'</div><dl class="article-info muted"><dt class="article-info-term">Details</dt><dd class="'
                f'createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Written by <span '
                f'itemprop="name">{esc(w.author)}</span></dd><dd class="category-name">Category: <a href="'
                f'{u("/index.php/news")}" itemprop="genre">News</a></dd><dd class="published"><time datetime="'
                f'{w.date}T09:00:00+00:00" itemprop="datePublished">Published: {w.date}</time></dd></dl>{tags}'
                f'<div itemprop="articleBody">{body}</div></div>')
        docs.append(_work(k, _jo(u, w.title, "article", main, head)))
    docs.append(_other(h, "/", _jo(u, f"Home - {JO_SITE}", "featured",
                                   '<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">'
                                   + _jo_items(u, keys[:3]) + "</div>")))
    pager = (f'<div class="pagination"><ul><li class="active"><a>1</a></li><li><a href="'
             f'{u("/index.php/news?start=5")}">2</a></li></ul></div>')
    docs.append(_other(h, "/index.php/news", _jo(u, f"News - {JO_SITE}", "category",
                                                 '<div class="blog" itemscope itemtype="https://schema.org/Blog">'
                                                 + _jo_items(u, keys[:4]) + pager + "</div>")))
    docs.append(_other(h, "/index.php/news?start=5", _jo(
        u, f"News - Page 2 - {JO_SITE}", "category", '<div class="blog">' + _jo_items(u, keys[4:])
        + f'<div class="pagination"><ul><li><a href="{u("/index.php/news")}">1</a></li><li class="active"><a>2</a>'
        f'</li></ul></div></div>')))
    docs.append(_other(h, tagp, _jo(u, f"mentoring - {JO_SITE}", "tag", '<div class="tag-category"><h2>mentoring</h2>'
                                    + _jo_items(u, ["nw-mentoring", "nw-listserv"]) + "</div>")))
    docs.append(_other(h, search, _jo(
        u, f"Search - {JO_SITE}", "search", '<h1>Search</h1><div class="searchintro"><p>Total: 3 results found.'
        '</p></div><dl class="search-results">' + "".join(
            f'<dt class="result-title"><a href="{u(W[k].path)}">{esc(W[k].title)}</a></dt><dd class="result-text">'
            f'{cut(W[k].paras[0], 150)}</dd>' for k in ["nw-mentoring", "nw-listserv", "nw-survey"]) + "</dl>")))
    docs.append(_other(h, "/index.php/about-us", _jo(
        u, f"About Us - {JO_SITE}", "article", '<div class="item-page"><div class="page-header"><h2>About Us</h2></div>'
        '<p>Founded in 1974, the Association brings together archivists, records managers and conservators in the '
        f'region. <a href="{u(tagp)}">Mentoring news</a> &middot; <a href="{u(search)}">Search the site</a>.</p>'
        '</div>')))
    docs.append(_other(h, "/index.php/contact-us", _jo(
        u, f"Contact Us - {JO_SITE}", "contact", '<div class="contact"><h2>Contact Us</h2><p>Secretary, c/o the '
        'County Record Office.</p><form class="form-validate"><input name="jform[contact_name]"></form></div>')))
    docs.append(_other(h, "/index.php/news/40-old-item", _jo(
        u, f"404 - Article not found - {JO_SITE}", "error", '<div class="error"><h1>404 - Article not found</h1>'
        '<p>You may not be able to visit this page because of an out-of-date bookmark.</p></div>'), 404))
    return docs


# --- GitBook: a consortium's staff handbook ---------------------------------------------------------------

GB_SPACE = "/staff-handbook"
GB_GROUPS = [("Getting started", ["gb-onboarding"]),
             ("Professional development", ["gb-find-mentor", "gb-be-mentor", "gb-pd-fund"]),
             ("Circulation", ["gb-circ"]), ("Communications", ["gb-social"])]


def _gb(u, title: str, main: str, head: str = "") -> str:
    side = (f'<li><a href="{u(GB_SPACE)}">Welcome</a></li><li><a href="{u(GB_SPACE + "/about-this-handbook")}">About '
            f'this handbook</a></li>')
    for g, keys in GB_GROUPS:
        gl = (f'<a href="{u(GB_SPACE + "/professional-development")}">{g}</a>' if g == "Professional development"
              else f"<span>{g}</span>")
        side += f'<li class="group">{gl}<ul>' + "".join(f'<li><a href="{u(W[k].path)}">{esc(W[k].title)}</a></li>'
                                                         for k in keys) + "</ul></li>"
    side += f'<li><a href="{u(GB_SPACE + "/contact-staff-development")}">Contact staff development</a></li>'
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
            f'width, initial-scale=1"><title>{esc(title)}</title><meta name="generator" content="GitBook (ba7f3c1)">'
            f'{head}</head><body class="theme-clean"><div class="scroll-nojump"><header class="flex gitbook-header">'
            f'<a href="{u("/")}" class="site-logo">Valley Libraries Consortium</a></header><div class="flex '
            f'flex-row"><aside class="table-of-contents"><nav><ul>{side}</ul></nav></aside><main class="page-body">'
            f'{main}<div class="page-footer">Last updated 11 months ago</div></main></div><a href="https://www.'
            f'gitbook.com/?utm_source=content" target="_blank" rel="noopener">Powered by GitBook</a></div>'
            f'<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{}}}}}}</script></body>'
            f'</html>')


def _gb_head(u, path, title, desc) -> str:
    return (f'<meta name="description" content="{esc(desc)}"><meta property="og:title" content="{esc(title)} | Staff '
            f'handbook"><meta property="og:description" content="{esc(desc)}"><meta property="og:image" content="'
            f'{u("/~gitbook/ogimage/abc123")}"><meta name="twitter:card" content="summary_large_image">'
            f'<link rel="canonical" href="{u(path)}">')


def gitbook(u) -> list[Doc]:
    h = T.GITBOOK
    docs = []
    for _, keys in GB_GROUPS:
        for k in keys:
            w = W[k]
            body = ps(w.paras)
            if k == "gb-find-mentor":
                body += (f'<p>The <a href="{u(GB_SPACE + "/professional-development/mentor-directory-old")}">mentor '
                         f'directory</a> is updated each January.</p>')
            main = (f'<header><h1 class="text-4xl font-bold">{esc(w.title)}</h1></header><div class="whitespace-'
                    f'pre-wrap">{body}</div>')
            docs.append(_work(k, _gb(u, f"{w.title} | Staff handbook", main,
                                     _gb_head(u, w.path, w.title, w.paras[0][:150]))))
    docs.append(_other(h, "/", _gb(u, "Valley Libraries Consortium", '<h1>Valley Libraries Consortium docs</h1>'
                                   f'<ul><li><a href="{u(GB_SPACE)}">Staff handbook</a></li></ul>')))
    docs.append(_other(h, GB_SPACE, _gb(u, "Welcome | Staff handbook", '<h1>Welcome</h1><p>This handbook is for '
                                        'everyone who works in a consortium library.</p>' + "".join(
                                            f'<h2>{g}</h2><ul>' + "".join(f'<li><a href="{u(W[k].path)}">'
                                                                          f'{esc(W[k].title)}</a></li>' for k in keys)
                                            + "</ul>" for g, keys in GB_GROUPS),
                                        _gb_head(u, GB_SPACE, "Welcome", "The consortium's staff handbook."))))
    pd = GB_GROUPS[1][1]
    docs.append(_other(h, GB_SPACE + "/professional-development", _gb(
        u, "Professional development | Staff handbook", '<h1>Professional development</h1><div class="card-grid">'
        + "".join(f'<a class="card" href="{u(W[k].path)}">{esc(W[k].title)}</a>' for k in pd) + "</div>")))
    docs.append(_other(h, GB_SPACE + "/contact-staff-development", _gb(
        u, "Contact staff development | Staff handbook", '<h1>Contact staff development</h1><p>Staff Development '
        'Office, Central Library, second floor. Open weekdays 9 to 5.</p>')))
    docs.append(_other(h, GB_SPACE + "/about-this-handbook", _gb(
        u, "About this handbook | Staff handbook", '<h1>About this handbook</h1><p>Maintained by the Staff '
        'Development team; each section has an owner. Suggest changes through your branch manager.</p>')))
    docs.append(_other(h, GB_SPACE + "/professional-development/mentor-directory-old", _gb(
        u, "Page not found | Staff handbook", '<h1>Page not found</h1><p>The URL may be misspelled or the page '
        'you are looking for is no longer available.</p>'), 404))
    return docs


# --- the whole web --------------------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page of web 28; ``url(host, path)`` makes the absolute URLs links use."""
    _URL[:] = [url]

    def on(host):
        return lambda path: url(host, path)

    return (twentyten(on(T.TWENTYTEN)) + cactus(on(T.CACTUS)) + london(on(T.LONDON)) + bettermode(on(T.TRIBE))
            + ssrn(on(T.SSRN)) + omny(on(T.OMNY)) + luma(on(T.LUMA)) + openscholar(on(T.SCHOLAR))
            + joomla(on(T.JOOMLA)) + gitbook(on(T.GITBOOK)))


class LabelledWeb28(ServedWeb):
    """Web 28 (see the module docstring)."""

    HOSTS = T.HOSTS
    START = {T.OMNY: OM_SHOW}
    FIRST_ADDRESS = 320
    build = staticmethod(build)
