"""Web 26: a held-out labelled web of 111 pages on ten hosts, built from the texts and labels that
:mod:`tests.labelled_text26` committed first, each host in the (reduced) markup of its platform:

* stackednotes.example: WordPress with Twenty Thirteen (a branch librarian's blog);
* okafor-lis.example: Hugo with the Even theme (a scholar's site);
* archmentor.example: Jekyll with Cayman and jekyll-seo-tag (a programme's project site, with a PDF);
* quietstacks.example: Ghost with Ruby (a retired archivist's blog, a real 404);
* lists.lisnet.example: a Mailman 2 Pipermail archive (seed: the list's archive index);
* glamtown.example: Firefish (notes, profiles, a tag; the server-rendered fallback of its pages);
* jlpp.example: an eLife-like journal (citation_* tags, JSON-LD, a PDF, a soft 404);
* heritage-exhibits.example: an Omeka S exhibit (seed: the site's welcome page);
* shelfwise.example: a Statamic site with SEO Pro's metadata (a vendor's blog, a real 404);
* lisgrads.example: Google Sites (seed: /view/lisgrads/home).

The web is measured by the lead; its pages are checked by tests/test_held_out_webs.py.
"""

from __future__ import annotations

import json
from typing import Callable

from tests import labelled_text26 as T
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

W = T.WORKS
HTML = "text/html; charset=utf-8"


def _other(host: str) -> dict[str, str]:
    return {p: k for h, p, k in T.OTHER if h == host}


def _works(host: str) -> list[T.Work]:
    return sorted((w for w in W.values() if w.host == host), key=lambda w: w.date, reverse=True)


def _long_date(d: str) -> str:
    import datetime
    return datetime.date.fromisoformat(d).strftime("%B %-d, %Y")


# --- WordPress, Twenty Thirteen --------------------------------------------------------------------------

WP_SITE = "Stacked Notes"
WP_CATS = {"mentoring": ("Mentoring", ["wp-twitter-mentor", "wp-mastodon-move", "wp-newbie-questions"]),
           "branch-news": ("Branch news", ["wp-storytime", "wp-conference", "wp-wifi", "wp-linkedin"])}


def _wp_cat(w: T.Work) -> str:
    return next(slug for slug, (_, keys) in WP_CATS.items() if any(W[k] is w for k in keys))


def _wp(u, title: str, body_class: str, main: str, head: str = "") -> bytes:
    posts = _works(T.WP)
    recent = "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in posts[:5])
    cats = "".join(f'<li class="cat-item"><a href="{u(f"/category/{s}/")}">{n}</a></li>'
                   for s, (n, _) in WP_CATS.items())
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">'
            f'<meta name="viewport" content="width=device-width"><title>{title}</title>'
            f'<link rel="profile" href="https://gmpg.org/xfn/11"><link rel="pingback" href="{u("/xmlrpc.php")}">'
            f'<link rel="stylesheet" id="twentythirteen-style-css" href="{u("/wp-content/themes/twentythirteen/style.css")}'
            f'?ver=20231107" media="all">{head}<meta name="generator" content="WordPress 6.4.3"></head>'
            f'<body class="{body_class} single-author"><div id="page" class="hfeed site">'
            f'<header id="masthead" class="site-header" role="banner"><a class="home-link" href="{u("/")}" rel="home">'
            f'<h1 class="site-title">{WP_SITE}</h1><h2 class="site-description">Notes from a small branch library</h2>'
            f'</a><div id="navbar" class="navbar"><nav id="site-navigation" class="navigation main-navigation" '
            f'role="navigation"><button class="menu-toggle">Menu</button><a class="screen-reader-text skip-link" '
            f'href="#content">Skip to content</a><div class="menu-main-container"><ul id="primary-menu" '
            f'class="nav-menu"><li class="menu-item"><a href="{u("/")}">Home</a></li><li class="menu-item"><a '
            f'href="{u("/about/")}">About</a></li><li class="menu-item"><a href="{u("/contact/")}">Contact</a></li>'
            f'</ul></div><form role="search" method="get" class="search-form" action="{u("/")}"><label><span '
            f'class="screen-reader-text">Search for:</span><input type="search" class="search-field" name="s">'
            f'</label></form></nav></div></header><div id="main" class="site-main"><div id="primary" '
            f'class="content-area"><div id="content" class="site-content" role="main">{main}</div></div>'
            f'<div id="tertiary" class="sidebar-container" role="complementary"><div class="sidebar-inner">'
            f'<div class="widget-area"><aside id="recent-posts-2" class="widget widget_recent_entries"><h3 '
            f'class="widget-title">Recent Posts</h3><nav aria-label="Recent Posts"><ul>{recent}</ul></nav></aside>'
            f'<aside id="categories-2" class="widget widget_categories"><h3 class="widget-title">Categories</h3>'
            f'<nav aria-label="Categories"><ul>{cats}</ul></nav></aside><aside id="archives-2" class="widget '
            f'widget_archive"><h3 class="widget-title">Archives</h3><nav aria-label="Archives"><ul><li><a '
            f'href="{u("/2024/")}">2024</a></li></ul></nav></aside></div></div></div></div>'
            f'<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><a '
            f'href="https://wordpress.org/" class="imprint">Proudly powered by WordPress</a></div></footer></div>'
            f'</body></html>').encode()


def _wp_meta(w: T.Work, u) -> str:
    cat = _wp_cat(w)
    tags = "".join(f'<a href="{u("/tag/twitter/")}" rel="tag">Twitter</a>' for t in w.tags if t == "twitter")
    return (f'<div class="entry-meta"><span class="date"><a href="{u(w.path)}" title="Permalink to {esc(w.title)}" '
            f'rel="bookmark"><time class="entry-date" datetime="{w.date}T08:30:00+00:00">{_long_date(w.date)}</time>'
            f'</a></span><span class="categories-links"><a href="{u(f"/category/{cat}/")}" rel="category tag">'
            f'{WP_CATS[cat][0]}</a></span>' + (f'<span class="tags-links">{tags}</span>' if tags else "")
            + f'<span class="author vcard"><a class="url fn n" href="{u("/author/rosa/")}" rel="author">'
            f'{esc(w.author)}</a></span></div>')


def _wp_teasers(works: list[T.Work], u) -> str:
    return "".join(
        f'<article class="post type-post status-publish format-standard hentry category-{_wp_cat(w)}">'
        f'<header class="entry-header"><h1 class="entry-title"><a href="{u(w.path)}" rel="bookmark">'
        f'{esc(w.title)}</a></h1>{_wp_meta(w, u)}</header><div class="entry-content">{ps(w.paras[:2])}'
        f'<p><a href="{u(w.path)}#more" class="more-link">Continue reading <span class="screen-reader-text">'
        f'{esc(w.title)}</span> <span class="meta-nav">&rarr;</span></a></p></div></article>' for w in works)


def wordpress(u) -> list[Doc]:
    H, posts, o = T.WP, _works(T.WP), _other(T.WP)
    docs = []
    for i, w in enumerate(posts):
        paras = list(w.paras)
        body = ps(paras)
        if w is W["wp-storytime"]:
            body += f'<p>Our <a href="{u("/2024/07/01/summer-hours/")}">summer hours</a> are on the noticeboard.</p>'
        nav = "".join(f'<a href="{u(p.path)}" rel="{r}">{esc(p.title)}</a>' for p, r in
                      ((posts[i + 1] if i + 1 < len(posts) else None, "prev"), (posts[i - 1] if i else None, "next")) if p)
        main = (f'<article id="post-{200 + i}" class="post-{200 + i} post type-post status-publish format-standard '
                f'hentry"><header class="entry-header"><h1 class="entry-title">{esc(w.title)}</h1>{_wp_meta(w, u)}'
                f'</header><div class="entry-content">{body}</div><footer class="entry-meta"></footer></article>'
                f'<nav class="navigation post-navigation" role="navigation"><h1 class="screen-reader-text">Post '
                f'navigation</h1><div class="nav-links">{nav}</div></nav><div id="comments" class="comments-area">'
                f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a '
                f'Reply</h3></div></div>')
        head = (f'<link rel="canonical" href="{u(w.path)}"><link rel="shortlink" href="{u("/")}?p={200 + i}">'
                f'<link rel="alternate" type="application/json+oembed" href="{u("/wp-json/oembed/1.0/embed")}">')
        docs.append(Doc(H, w.path, w.kind, w.grade, _wp(u, f"{esc(w.title)} | {WP_SITE}",
                                                        "post-template-default single single-post", main, head)))

    def listing(path, heading, works, body_class, pager=""):
        head = f'<header class="archive-header"><h1 class="archive-title">{heading}</h1></header>' if heading else ""
        title = f"{heading} | {WP_SITE}" if heading else f"{WP_SITE} | Notes from a small branch library"
        return Doc(H, path, o[path], 0, _wp(u, title.replace("<span>", "").replace("</span>", ""), body_class,
                                            head + _wp_teasers(works, u) + pager))
    docs.append(listing("/", None, posts[:4], "home blog",
                        f'<nav class="navigation paging-navigation" role="navigation"><div class="nav-links"><div '
                        f'class="nav-previous"><a href="{u("/page/2/")}"><span class="meta-nav">&larr;</span> Older '
                        f'posts</a></div></div></nav>'))
    docs.append(listing("/page/2/", None, posts[4:], "home blog paged paged-2",
                        f'<nav class="navigation paging-navigation"><div class="nav-links"><div class="nav-next"><a '
                        f'href="{u("/")}">Newer posts <span class="meta-nav">&rarr;</span></a></div></div></nav>'))
    for slug, (name, keys) in WP_CATS.items():
        docs.append(listing(f"/category/{slug}/", f"Category Archives: <span>{name}</span>",
                            [w for w in posts if any(W[k] is w for k in keys)], f"archive category category-{slug}"))
    docs.append(listing("/tag/twitter/", "Tag Archives: <span>Twitter</span>",
                        [w for w in posts if "twitter" in w.tags], "archive tag tag-twitter"))
    docs.append(listing("/?s=mentor", "Search Results for: <span>mentor</span>",
                        [W["wp-twitter-mentor"], W["wp-newbie-questions"], W["wp-linkedin"]], "search search-results"))
    docs.append(listing("/author/rosa/", "All posts by <span>Rosa Imbert</span>", posts, "archive author author-rosa"))
    docs.append(listing("/2024/", "Yearly Archives: <span>2024</span>", posts, "archive date"))

    def page(path, title, text, status=200, body_class="page-template-default page"):
        main = (f'<article class="page type-page status-publish hentry"><header class="entry-header"><h1 '
                f'class="entry-title">{title}</h1></header><div class="entry-content">{text}</div></article>')
        return Doc(H, path, o[path], 0, _wp(u, f"{title} | {WP_SITE}", body_class, main), status=status)
    docs.append(page("/about/", "About", "<p>I am Rosa, the branch librarian at a small public library. I write "
                     "about the branch and about being a librarian on your own.</p>"
                     f'<p>Looking for a particular topic? Try <a href="{u("/?s=mentor")}">the posts on '
                     "mentors</a>.</p>"))
    docs.append(page("/contact/", "Contact", "<p>Email rosa at this domain. I answer within a week.</p>"))
    docs.append(page("/2024/07/01/summer-hours/", "Nothing Found",
                     "<p>It looks like nothing was found at this location. Maybe try a search?</p>", 404,
                     "error404"))
    return docs


# --- Hugo, Even -----------------------------------------------------------------------------------------

EVEN_SITE = "Kwame Okafor"
EVEN_CATS = {"even-pln-syllabus": "teaching", "even-citation": "teaching"}


def _even(u, title: str, main: str, head: str = "") -> bytes:
    menu = "".join(f'<li class="menu-item"><a class="menu-item-link" href="{u(p)}">{n}</a></li>'
                   for p, n in (("/", "Home"), ("/post/", "Archives"), ("/tags/", "Tags"), ("/about/", "About")))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" '
            f'content="IE=edge,chrome=1"><title>{esc(title)}</title><meta name="viewport" content="width=device-width, '
            f'initial-scale=1"><meta name="author" content="Kwame Okafor"><meta name="generator" content="Hugo 0.123.7 '
            f'with theme even">{head}<link href="{u("/sass/main.min.css")}" rel="stylesheet"></head><body>'
            f'<div id="mobile-navbar" class="mobile-navbar"><div class="mobile-header-logo"><a href="{u("/")}" '
            f'class="logo">Okafor</a></div></div><div class="container" id="mobile-panel"><header id="header" '
            f'class="header"><div class="logo-wrapper"><a href="{u("/")}" class="logo">Okafor</a></div><nav '
            f'class="site-navbar"><ul id="menu" class="menu">{menu}</ul></nav></header><main id="main" '
            f'class="main"><div class="content-wrapper"><div id="content" class="content">{main}</div></div></main>'
            f'<footer id="footer" class="footer"><div class="social-links"><a href="mailto:kwame@okafor-lis.example" '
            f'class="iconfont icon-email" title="email"></a></div><div class="copyright"><span class="power-by">'
            f'Powered by <a class="hexo-link" href="https://gohugo.io">Hugo</a></span><span class="division">|</span>'
            f'<span class="theme-info">Theme - <a class="theme-link" href="https://github.com/olOwOlo/hugo-theme-even">'
            f'Even</a></span></div></footer></div></body></html>').encode()


def hugo_even(u) -> list[Doc]:
    H, posts, o = T.EVEN, _works(T.EVEN), _other(T.EVEN)
    docs = []
    for i, w in enumerate(posts):
        cat = EVEN_CATS.get(next(k for k, v in W.items() if v is w))
        tags = "".join(f'<a href="{u("/tags/mentoring/")}">mentoring</a>' for t in w.tags if t == "mentoring")
        head = (f'<meta name="description" content="{esc(w.paras[0][:160])}"><link rel="canonical" '
                f'href="{u(w.path)}"><meta property="og:title" content="{esc(w.title)}"><meta property="og:description" '
                f'content="{esc(w.paras[0][:160])}"><meta property="og:type" content="article"><meta property="og:url" '
                f'content="{u(w.path)}"><meta property="article:section" content="post"><meta '
                f'property="article:published_time" content="{w.date}T10:00:00+01:00"><meta itemprop="name" '
                f'content="{esc(w.title)}"><meta itemprop="datePublished" content="{w.date}T10:00:00+01:00">'
                f'<meta name="twitter:card" content="summary">')
        nav = "".join(f'<a class="{c}" href="{u(p.path)}"><span class="{c}-text nav-default">{esc(p.title)}</span>'
                      f'</a>' for p, c in ((posts[i - 1] if i else None, "prev"),
                                           (posts[i + 1] if i + 1 < len(posts) else None, "next")) if p)
        main = (f'<article class="post"><header class="post-header"><h1 class="post-title">{esc(w.title)}</h1><div '
                f'class="post-meta"><span class="post-time"> {w.date} </span>'
                + (f'<div class="post-category"><a href="{u(f"/categories/{cat}/")}"> {cat} </a></div>' if cat else "")
                + f'</div></header><div class="post-content">{ps(w.paras)}</div><div class="post-copyright"><p '
                f'class="copyright-item"><span class="item-title">Author</span><span class="item-content">'
                f'{esc(w.author)}</span></p><p class="copyright-item"><span class="item-title">LastMod</span><span '
                f'class="item-content">{w.date}</span></p></div><footer class="post-footer">'
                + (f'<div class="post-tags">{tags}</div>' if tags else "")
                + f'<nav class="post-nav">{nav}</nav></footer></article>')
        docs.append(Doc(H, w.path, w.kind, w.grade, _even(u, f"{w.title} - {EVEN_SITE}", main, head)))
    summaries = "".join(
        f'<article class="post"><header class="post-header"><h1 class="post-title"><a class="post-link" '
        f'href="{u(w.path)}">{esc(w.title)}</a></h1><div class="post-meta"><span class="post-time"> {w.date} </span>'
        f'</div></header><div class="post-content"><div class="post-summary">{cut(w.paras[0], 200)}</div><div '
        f'class="read-more"><a href="{u(w.path)}" class="read-more-link">Read more..</a></div></div></article>'
        for w in posts)
    docs.append(Doc(H, "/", "home", 0, _even(u, EVEN_SITE, f'<section id="posts" class="posts">{summaries}</section>',
                                             f'<meta property="og:type" content="website"><meta property="og:url" '
                                             f'content="{u("/")}">')))

    def archive(path, title, works, kind):
        rows = "".join(f'<div class="archive-post"><span class="archive-post-time">{w.date[5:]}</span><span '
                       f'class="archive-post-title"><a href="{u(w.path)}" class="archive-post-link">{esc(w.title)}'
                       f'</a></span></div>' for w in works)
        return Doc(H, path, kind, 0, _even(u, f"{title} - {EVEN_SITE}", f'<section id="archive" class="archive">'
                                          f'<div class="archive-title"><span class="archive-name">{esc(title)}</span>'
                                          f'</div><h2 class="archive-year">2024</h2>{rows}</section>'))
    docs.append(archive("/post/", "Posts", posts, o["/post/"]))
    docs.append(archive("/tags/mentoring/", "mentoring", [w for w in posts if "mentoring" in w.tags],
                        o["/tags/mentoring/"]))
    docs.append(archive("/categories/teaching/", "teaching", [W[k] for k in EVEN_CATS], o["/categories/teaching/"]))
    docs.append(Doc(H, "/tags/", o["/tags/"], 0, _even(
        u, f"Tags - {EVEN_SITE}", f'<div class="post"><div class="post-content"><div class="tag-cloud"><div '
                                  f'class="tag-cloud-title">Tags: 1</div><div class="tag-cloud-tags"><a '
                                  f'href="{u("/tags/mentoring/")}">mentoring <small>(3)</small></a></div></div></div>'
                                  "</div>")))
    docs.append(Doc(H, "/about/", o["/about/"], 0, _even(
        u, f"About - {EVEN_SITE}", '<article class="post"><header class="post-header"><h1 class="post-title">About'
                                   '</h1></header><div class="post-content"><p>I teach and research in a school of '
                                   "library and information science. Write to kwame at this domain.</p></div>"
                                   "</article>")))
    return docs


# --- Jekyll, Cayman ------------------------------------------------------------------------------------

CAY_SITE = "Archivists' Peer Mentoring Circles"


def _cayman(u, path: str, title: str, main: str, desc: str) -> bytes:
    ld = json.dumps({"@context": "https://schema.org", "@type": "WebPage" if path != "/" else "WebSite",
                     "headline": title, "name": title, "description": desc, "url": u(path)})
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><!-- Begin Jekyll SEO tag v2.8.0 -->'
            f'<title>{esc(title)} | {CAY_SITE}</title><meta name="generator" content="Jekyll v3.9.5"><meta '
            f'property="og:title" content="{esc(title)}"><meta property="og:locale" content="en_US"><meta '
            f'name="description" content="{esc(desc)}"><meta property="og:description" content="{esc(desc)}"><link '
            f'rel="canonical" href="{u(path)}"><meta property="og:url" content="{u(path)}"><meta '
            f'property="og:site_name" content="{CAY_SITE}"><meta property="og:type" content="website"><meta '
            f'name="twitter:card" content="summary"><script type="application/ld+json">{ld}</script>'
            f'<!-- End Jekyll SEO tag --><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<link rel="stylesheet" href="{u("/assets/css/style.css")}?v=1f2e"></head><body><a id="skip-to-content" '
            f'href="#content">Skip to the content.</a><header class="page-header" role="banner"><h1 '
            f'class="project-name">{CAY_SITE}</h1><h2 class="project-tagline">A year of online peer mentoring for '
            f'archivists</h2><a href="{u("/")}" class="btn">Home</a><a href="{u("/how-it-works/")}" class="btn">How it '
            f'works</a><a href="{u("/faq/")}" class="btn">FAQ</a><a href="{u("/resources/")}" class="btn">Resources'
            f'</a><a href="{u("/contact/")}" class="btn">Contact</a></header><main id="content" class="main-content" '
            f'role="main">{main}<footer class="site-footer"><span class="site-footer-owner"><a '
            f'href="https://github.com/archmentor/archmentor.github.io">archmentor.github.io</a> is maintained by <a '
            f'href="https://github.com/archmentor">archmentor</a>.</span><span class="site-footer-credits">This page '
            f'was generated by <a href="https://pages.github.com">GitHub Pages</a>.</span></footer></main></body>'
            f'</html>').encode()


def cayman(u) -> list[Doc]:
    H, o = T.CAYMAN, _other(T.CAYMAN)
    docs = []
    for key in ("cayman-how", "cayman-faq", "cayman-code"):
        w = W[key]
        docs.append(Doc(H, w.path, w.kind, w.grade, _cayman(u, w.path, w.title, f"<h1 id=\"{w.path.strip('/')}\">"
                                                            f"{esc(w.title)}</h1>{ps(w.paras)}", w.paras[0][:150])))
    r = W["cayman-report"]
    docs.append(Doc(H, r.path, r.kind, r.grade, pdf(list(r.paras)), content_type="application/pdf"))
    docs.append(Doc(H, "/", o["/"], 0, _cayman(
        u, "/", "Welcome", '<h2 id="welcome">Welcome</h2><p>Small groups of archivists, meeting online for a year.</p>'
                           f'<ul><li><a href="{u("/how-it-works/")}">How the circles work</a></li><li><a '
                           f'href="{u("/faq/")}">Questions</a></li><li><a href="{u("/code-of-conduct/")}">Code of '
                           f'conduct</a></li><li><a href="{u("/resources/")}">Reports and resources</a></li></ul>',
        "A year of online peer mentoring for archivists")))
    docs.append(Doc(H, "/resources/", o["/resources/"], 0, _cayman(
        u, "/resources/", "Resources", '<h1 id="resources">Resources</h1><ul><li><a '
                                       f'href="{u(r.path)}">Evaluation of the 2023-24 cohort (PDF, 1 page)</a></li>'
                                       '<li><a href="https://github.com/archmentor/handbook">Facilitators\' handbook '
                                       "on GitHub</a></li></ul>", "Reports and resources")))
    docs.append(Doc(H, "/contact/", o["/contact/"], 0, _cayman(
        u, "/contact/", "Contact", '<h1 id="contact">Contact</h1><p>Write to circles@archmentor.example.</p>',
        "Contact the organisers")))
    return docs


# --- Ghost, Ruby ------------------------------------------------------------------------------------------

RUBY_SITE = "Quiet Stacks"


def _ruby(u, title: str, body_class: str, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" '
            f'content="IE=edge"><title>{esc(title)}</title><meta name="HandheldFriendly" content="True"><meta '
            f'name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" '
            f'href="{u("/assets/built/screen.css")}?v=8b1e2c">{head}<meta name="generator" content="Ghost 5.82">'
            f'<link rel="alternate" type="application/rss+xml" title="{RUBY_SITE}" href="{u("/rss/")}"></head><body '
            f'class="{body_class}"><div class="site"><header class="site-header"><div class="header-inner container">'
            f'<div class="header-logo"><a class="logo-text" href="{u("/")}">{RUBY_SITE}</a></div><nav class="header-nav">'
            f'<ul class="nav"><li class="nav-home"><a href="{u("/")}">Home</a></li><li class="nav-about"><a '
            f'href="{u("/about/")}">About</a></li><li class="nav-mentoring"><a href="{u("/tag/mentoring/")}">'
            f'Mentoring</a></li></ul></nav><div class="header-actions"><button class="button-icon search-button" '
            f'data-ghost-search></button></div></div></header><div class="site-content">{main}</div><footer '
            f'class="site-footer container"><div class="copyright">{RUBY_SITE} &copy; 2024</div><div '
            f'class="powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a>'
            f'</div></footer></div></body></html>').encode()


def _ruby_cards(works, u) -> str:
    return "".join(
        f'<article class="post-card post{" tag-mentoring" if "mentoring" in w.tags else ""}"><div '
        f'class="post-card-header"><div class="post-card-meta"><time class="post-card-meta-item" '
        f'datetime="{w.date}">{_long_date(w.date)}</time></div><h2 class="post-card-title"><a '
        f'class="post-card-title-link u-permalink" href="{u(w.path)}">{esc(w.title)}</a></h2></div><div '
        f'class="post-card-excerpt">{cut(w.paras[0], 180)}</div></article>' for w in works)


def ghost_ruby(u) -> list[Doc]:
    H, posts, o = T.RUBY, _works(T.RUBY), _other(T.RUBY)
    site = {"@type": "Organization", "name": RUBY_SITE, "url": u("/")}
    docs = []
    for w in posts:
        ld = json.dumps({"@context": "https://schema.org", "@type": "Article", "publisher": site,
                         "author": {"@type": "Person", "name": w.author, "url": u("/author/margaret/")},
                         "headline": w.title, "url": u(w.path), "datePublished": w.date + "T09:12:00.000Z",
                         "keywords": ", ".join(w.tags), "description": w.paras[0][:150],
                         "mainEntityOfPage": u(w.path)})
        head = (f'<meta name="description" content="{esc(w.paras[0][:150])}"><link rel="canonical" href="{u(w.path)}">'
                f'<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" '
                f'content="{RUBY_SITE}"><meta property="og:type" content="article"><meta property="og:title" '
                f'content="{esc(w.title)}"><meta property="og:description" content="{esc(w.paras[0][:150])}"><meta '
                f'property="og:url" content="{u(w.path)}"><meta property="article:published_time" '
                f'content="{w.date}T09:12:00.000Z">' + "".join(f'<meta property="article:tag" content="{t}">'
                                                                for t in w.tags)
                + f'<meta name="twitter:card" content="summary"><meta name="twitter:title" content="{esc(w.title)}">'
                f'<script type="application/ld+json">{ld}</script>')
        tag = ('<span class="single-meta-item single-meta-tag"><a class="post-tag post-tag-mentoring" '
               f'href="{u("/tag/mentoring/")}">mentoring</a></span>') if "mentoring" in w.tags else ""
        main = (f'<main id="site-main" class="site-main"><article class="single post"><header class="single-header '
                f'gh-canvas"><div class="single-meta"><span class="single-meta-item single-meta-date"><time '
                f'datetime="{w.date}">{_long_date(w.date)}</time></span>{tag}</div><h1 class="single-title">'
                f'{esc(w.title)}</h1></header><div class="single-content gh-content gh-canvas">{ps(w.paras)}</div>'
                f'<div class="single-footer gh-canvas"><div class="author-card"><a href="{u("/author/margaret/")}" '
                f'class="author-name">{esc(w.author)}</a></div></div></article></main>')
        docs.append(Doc(H, w.path, w.kind, w.grade, _ruby(u, f"{w.title}", "post-template", main, head)))

    def feed(path, title, works, body_class, header="", pager=""):
        return Doc(H, path, o[path], 0, _ruby(
            u, title, body_class, f'<main id="site-main" class="site-main">{header}<div class="post-feed container">'
                                  f'{_ruby_cards(works, u)}</div>{pager}</main>',
            f'<link rel="canonical" href="{u(path)}"><meta property="og:site_name" content="{RUBY_SITE}"><meta '
            f'property="og:type" content="website"><meta property="og:title" content="{esc(title)}">'))
    docs.append(feed("/", RUBY_SITE, posts[:3], "home-template",
                     f'<section class="cover"><h1 class="cover-title">A retired archivist writes</h1></section>',
                     f'<nav class="load-more"><a class="gh-loadmore button" href="{u("/page/2/")}">Load more</a></nav>'))
    docs.append(feed("/page/2/", f"{RUBY_SITE} (Page 2)", posts[3:], "paged archive-template",
                     pager=f'<nav class="pagination"><a class="newer-posts" href="{u("/")}">Newer posts</a></nav>'))
    docs.append(feed("/tag/mentoring/", f"mentoring - {RUBY_SITE}", [w for w in posts if "mentoring" in w.tags],
                     "tag-template tag-mentoring", '<section class="term container"><h1 class="term-name">mentoring'
                                                   '</h1></section>'))
    docs.append(feed("/author/margaret/", f"Margaret Doyle - {RUBY_SITE}", posts, "author-template author-margaret",
                     '<section class="term container"><h1 class="term-name">Margaret Doyle</h1><div '
                     'class="term-description">Archivist for thirty years, now retired.</div></section>'))
    docs.append(Doc(H, "/about/", o["/about/"], 0, _ruby(
        u, f"About - {RUBY_SITE}", "page-template", '<main id="site-main" class="site-main"><article class="single '
                                                    'page"><header class="single-header gh-canvas"><h1 '
                                                    'class="single-title">About</h1></header><div class="single-content '
                                                    'gh-content gh-canvas"><p>Thirty years in a county record office; '
                                                    "now gardening and writing. Some of my older posts were lost in "
                                                    f'a move: <a href="{u("/old-posts/")}">the old archive</a>.</p>'
                                                    "</div></article></main>")))
    docs.append(Doc(H, "/old-posts/", o["/old-posts/"], 0, _ruby(
        u, f"404 - {RUBY_SITE}", "error-template", '<main class="site-main"><section class="error-message gh-canvas">'
                                                   '<h1 class="error-code">404</h1><p class="error-description">Page not '
                                                   f'found</p><a class="error-link" href="{u("/")}">Go to the front '
                                                   "page &rarr;</a></section></main>"), status=404))
    return docs


# --- Mailman 2, Pipermail ---------------------------------------------------------------------------------

LIST = "/pipermail/lis-mentors/"


def _month(w: T.Work) -> str:
    return w.path[len(LIST):].split("/")[0]


def pipermail(u) -> list[Doc]:
    H, o = T.PIPER, _other(T.PIPER)
    msgs = sorted((w for w in W.values() if w.host == H), key=lambda w: w.path)
    docs = []
    for i, w in enumerate(msgs):
        month, num = _month(w), w.path.rsplit("/", 1)[1][:-5]
        near = "".join(f'<LI>{lab}: <A HREF="{u(p.path)}">{esc(p.title)}\n</A></li>' for lab, p in
                       (("Previous message", msgs[i - 1] if i else None),
                        ("Next message", msgs[i + 1] if i + 1 < len(msgs) else None)) if p)
        sort = f'<LI> <B>Messages sorted by:</B> <a href="{u(LIST + month + "/thread.html")}#{num}">[ thread ]</a></LI>'
        addr = w.author.lower().replace(" ", ".").replace("..", ".") + " at lisnet.example"
        body = "\n".join(esc(p) for p in w.paras)
        page = (f'<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML>\n <HEAD>\n   <TITLE> '
                f'{esc(w.title)}\n   </TITLE>\n   <LINK REL="Index" HREF="{u(LIST + month + "/thread.html")}" >\n'
                f'   <META NAME="robots" CONTENT="index,nofollow">\n   <style type="text/css">\n       pre {{\n'
                f'           white-space: pre-wrap;\n       }}\n   </style>\n   <META http-equiv="Content-Type" '
                f'content="text/html; charset=utf-8">\n </HEAD>\n <BODY BGCOLOR="#ffffff">\n   <H1>{esc(w.title)}</H1>\n'
                f'    <B>{esc(w.author)}</B> \n    <A HREF="mailto:lis-mentors%40lists.lisnet.example?Subject=Re%3A%20'
                f'{esc(w.title.replace(" ", "%20"))}" TITLE="{esc(w.title)}">{addr}\n       </A><BR>\n    '
                f'<I>{_long_date(w.date)}</I>\n    <P><UL>\n        {near}\n         {sort}\n    </ul>\n    <HR>  \n'
                f'<!--beginarticle-->\n<PRE>{body}\n</PRE>\n\n<!--endarticle-->\n    <HR>\n    <P><UL>\n        <!--threads-->'
                f'\n\t{near}\n         {sort}\n    </ul>\n\n<hr>\n<a href="{u("/mailman/listinfo/lis-mentors")}">More '
                f'information about the lis-mentors\nmailing list</a><br>\n</body></html>\n')
        docs.append(Doc(H, w.path, w.kind, w.grade, page.encode()))

    def index(month, how):
        ms = [w for w in msgs if _month(w) == month]
        items = "".join(f'<LI><A HREF="{u(w.path)}">{esc(w.title)}\n</A><A NAME="{w.path[-11:-5]}">&nbsp;</A>\n'
                        f'<I>{esc(w.author)}\n</I>\n' for w in ms)
        path = LIST + f"{month}/{how}.html"
        return Doc(H, path, o[path], 0, (
            f'<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML>\n  <HEAD>\n     <title>The '
            f'lis-mentors {month} Archive by {how}</title>\n     <META NAME="robots" CONTENT="noindex,follow">\n'
            f'    <META http-equiv="Content-Type" content="text/html; charset=utf-8">\n  </HEAD>\n  <BODY '
            f'BGCOLOR="#ffffff">\n      <a name="start"></A>\n      <h1>{month} Archives by {how}</h1>\n      <ul>\n'
            f'         <li> <b>Messages sorted by:</b>\n\t\n\t<a href="{u(LIST)}">[ other months ]</a></li>\n'
            f'\t<li><b><a href="{u("/mailman/listinfo/lis-mentors")}">More info on this list...\n'
            f'                    </a></b></li>\n      </ul>\n      <p><b>Starting:</b> <i>{_long_date(ms[0].date)}</i>'
            f'<br>\n         <b>Ending:</b> <i>{_long_date(ms[-1].date)}</i><br>\n         <b>Messages:</b> '
            f'{len(ms)}<p>\n     <ul>\n{items}\n    </ul>\n    <p>\n      <a name="end"><b>Last message date:</b></a> \n'
            f'       <i>{_long_date(ms[-1].date)}</i><br>\n    <b>Archived on:</b> <i>{_long_date(ms[-1].date)}</i>\n'
            f'    <p>\n   <hr>\n    <p>This archive was generated by\n     Pipermail 0.09 (Mailman edition).\n'
            f'  </BODY>\n</HTML>\n').encode())
    docs += [index("2024-March", "thread"), index("2024-March", "date"), index("2024-April", "thread")]
    rows = "".join(f'<tr><td>{m.replace("-", ": ")[6:] + " " + m[:4]}:</td><td><A href="{u(LIST + m + "/thread.html")}'
                   f'">[ Thread ]</a>' + (f'<A href="{u(LIST + m + "/date.html")}">[ Date ]</a>' if m.endswith("March")
                                          else "") + "</td></tr>"
                   for m in ("2024-April", "2024-March"))
    docs.append(Doc(H, LIST, o[LIST], 0, (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML>\n  <HEAD>\n     <title>The '
        'lis-mentors Archives</title>\n     <META http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '  </HEAD>\n  <BODY BGCOLOR="#ffffff">\n     <h1>The lis-mentors Archives </h1>\n     <p>\n      You can get '
        f'<a href="{u("/mailman/listinfo/lis-mentors")}">more information about this list</a>.\n     </p>\n'
        f'\t<table border=3>\n          <tr><td>Archive</td>\n          <td>View by:</td>\n          </tr>\n{rows}\n'
        '\t</table>\n     </BODY>\n     </HTML>\n').encode()))
    docs.append(Doc(H, "/mailman/listinfo/lis-mentors", "about", 0, (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML><HEAD><TITLE>lis-mentors Info Page'
        '</TITLE></HEAD><BODY BGCOLOR="#ffffff"><P><TABLE COLS="1" BORDER="0" CELLSPACING="4" CELLPADDING="5"><TR>'
        '<TD COLSPAN="1" WIDTH="100%" BGCOLOR="#99CCFF" ALIGN="CENTER"><B><FONT COLOR="#000000" SIZE="+3">lis-mentors '
        '-- Mentors and mentees in library and information work</FONT></B></TD></TR><TR><TD COLSPAN="1" WIDTH="100%" '
        'BGCOLOR="#FFF0D0"><B><FONT COLOR="#000000">About lis-mentors</FONT></B></TD></TR><tr><td colspan="1"><P>'
        'A list for the mentoring committee of a regional library association and anyone it has matched. To see '
        f'the collection of prior postings to the list, visit the <a href="{u(LIST)}">lis-mentors Archives</a>.</P>'
        '</td></tr><tr><TD COLSPAN="1" WIDTH="100%" BGCOLOR="#FFF0D0"><B><FONT COLOR="#000000">Subscribing to '
        'lis-mentors</FONT></B></TD></TR><tr><td colspan="1"><FORM Method=POST ACTION="../subscribe/lis-mentors">'
        'Your email address: <INPUT type="Text" name="email" size="30"></FORM></td></tr></TABLE><hr><address><a '
        'href="../listinfo/lis-mentors">lis-mentors</a> list run by <a href="mailto:lis-mentors-owner@lists.lisnet.'
        'example">lis-mentors-owner at lists.lisnet.example</a></address><table WIDTH="100%" BORDER="0"><tr><td>'
        'Delivered by Mailman<br>version 2.1.39</td></tr></table></BODY></HTML>').encode()))
    return docs


# --- Firefish ----------------------------------------------------------------------------------------

FISH_SITE = "GLAM Town"
FISH_NAMES = {"ines": "Inés Moreau 📦", "ben": "Ben Adeyemi"}


def _fish(u, title: str, head: str, main: str) -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="application-name" content="Firefish">'
            f'<meta name="referrer" content="origin"><meta name="theme-color" content="#31748f"><meta '
            f'property="og:site_name" content="{FISH_SITE}"><meta name="viewport" content="width=device-width, '
            f'initial-scale=1"><link rel="icon" href="/favicon.ico"><link rel="manifest" href="/manifest.json">'
            f'<title>{esc(title)}</title>{head}<script src="/assets/app.3c2a.js" defer></script></head><body>'
            f'<noscript><p>JavaScript is required to use {FISH_SITE} fully; a simple view follows.</p></noscript>'
            f'<div id="splash"><img id="splashIcon" src="/static-assets/splash.png"></div><div id="ssr">'
            f'<header><a href="{u("/")}">{FISH_SITE}</a> · <a href="{u("/about")}">About</a></header>{main}</div>'
            f'</body></html>').encode()


def _note_html(w: T.Work, u) -> str:
    import re
    user = w.author
    text = esc(w.paras[0])
    text = re.sub(r"#(\w+)", lambda m: (f'<a href="{u("/tags/archives")}" class="hashtag">#{m.group(1)}</a>'
                                        if m.group(1).lower() == "archives" else f'<span class="hashtag">#{m.group(1)}'
                                                                                    f'</span>'), text)
    return (f'<article class="note"><header><a class="name" href="{u("/@" + user)}">{esc(FISH_NAMES[user])}</a> '
            f'<span class="username">@{user}@glamtown.example</span> <a class="created-at" href="{u(w.path)}"><time '
            f'datetime="{w.date}T14:00:00.000Z">{w.date}</time></a></header><div class="text">{text}</div></article>')


def firefish(u) -> list[Doc]:
    H, notes, o = T.FISH, _works(T.FISH), _other(T.FISH)
    docs = []
    for w in notes:
        head = (f'<meta name="description" content="{esc(w.paras[0][:300])}"><meta property="og:type" '
                f'content="article"><meta property="og:title" content="{esc(FISH_NAMES[w.author])}"><meta '
                f'property="og:description" content="{esc(w.paras[0][:300])}"><meta property="og:url" '
                f'content="{u(w.path)}"><meta property="og:image" content="{u("/avatar/" + w.author)}"><meta '
                f'name="twitter:card" content="summary"><link rel="alternate" href="{u(w.path)}" '
                f'type="application/activity+json"><meta name="misskey:user-username" content="{w.author}"><meta '
                f'name="misskey:note-id" content="{w.path.rsplit("/", 1)[1]}">')
        docs.append(Doc(H, w.path, w.kind, w.grade, _fish(
            u, f"{FISH_NAMES[w.author]}: \"{w.paras[0][:40]}…\" | {FISH_SITE}", head, _note_html(w, u))))
    docs.append(Doc(H, "/", o["/"], 0, _fish(
        u, FISH_SITE, f'<meta name="description" content="A Firefish server for people who work in galleries, '
                      f'libraries, archives and museums."><meta property="og:type" content="website">',
        '<h1>Local timeline</h1>' + "".join(_note_html(w, u) for w in notes))))
    for user in FISH_NAMES:
        mine = [w for w in notes if w.author == user]
        docs.append(Doc(H, "/@" + user, o["/@" + user], 0, _fish(
            u, f"{FISH_NAMES[user]} (@{user}) | {FISH_SITE}", f'<meta property="og:type" content="profile"><meta '
                                                              f'name="misskey:user-username" content="{user}">',
            f'<section class="profile"><h1>{esc(FISH_NAMES[user])}</h1><p>@{user}@glamtown.example</p><p>'
            + ("Archivist. Digital preservation, parish records, cats." if user == "ines" else
               "Rare books librarian. Reading room, union rep.") + "</p></section>"
            + "".join(_note_html(w, u) for w in mine))))
    tagged = [w for w in notes if "#archives" in w.paras[0]]
    docs.append(Doc(H, "/tags/archives", o["/tags/archives"], 0, _fish(
        u, f"#archives | {FISH_SITE}", "", '<h1>#archives</h1>' + "".join(_note_html(w, u) for w in tagged))))
    docs.append(Doc(H, "/about", o["/about"], 0, _fish(
        u, f"About {FISH_SITE}", "", "<h1>About this server</h1><p>GLAM Town is a small server for people who work "
                                     "in galleries, libraries, archives and museums. Run by volunteers.</p>"
                                     "<p>Admin: @ines. Rules: be kind; no advertising.</p>")))
    return docs


# --- an eLife-like journal --------------------------------------------------------------------------------

J_NAME = "Journal of Library Professional Practice"
J_DOI = "10.55501/jlpp."
SECTIONS = ("Abstract", "Introduction", "Methods", "Results", "Discussion", "Results and discussion")


def _j(u, title: str, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en" prefix="og: http://ogp.me/ns#"><head><meta charset="utf-8"><title>'
            f'{esc(title)}</title><meta name="viewport" content="width=device-width,initial-scale=1">{head}<link '
            f'rel="stylesheet" href="{u("/assets/patterns/css/all.css")}"></head><body><div class="global-wrapper" '
            f'data-behaviour="FragmentHandler"><div class="global-inner"><div class="wrapper wrapper--site-header">'
            f'<header class="site-header"><div class="site-header__title"><a href="{u("/")}" class="site-header__logo_link">'
            f'{J_NAME}</a></div><nav class="site-header__navigation" role="navigation"><ul class="nav-primary__list '
            f'clearfix"><li class="nav-primary__item"><a href="{u("/articles")}" class="nav-primary__menu_link">Research'
            f'</a></li><li class="nav-primary__item"><a href="{u("/subjects/library-information-science")}" '
            f'class="nav-primary__menu_link">Subjects</a></li><li class="nav-primary__item"><a href="{u("/about")}">About'
            f'</a></li><li class="nav-primary__item"><a href="{u("/search?for=mentoring")}" class="nav-primary__menu_link">'
            f'Search</a></li></ul></nav></header></div><main role="main" class="main" id="maincontent">{main}</main>'
            f'<footer class="site-footer"><div class="site-footer__container"><nav class="footer-navigation"><ul '
            f'class="footer-navigation__list"><li><a href="{u("/about")}">About</a></li><li><a href="{u("/contact")}">'
            f'Contact</a></li></ul></nav><p class="site-footer__copyright">Articles are distributed under the terms of '
            f'the Creative Commons Attribution License.</p></div></footer></div></div></body></html>').encode()


def _sections(paras) -> str:
    out = []
    for p in paras:
        name = next((s for s in sorted(SECTIONS, key=len, reverse=True) if p.startswith(s + ": ")), None)
        if name:
            sid = name.lower().replace(" ", "-")
            out.append(f'<section class="article-section" id="{sid}"><header class="article-section__header"><h2 '
                       f'class="article-section__header_text">{name}</h2></header><div class="article-section__body">'
                       f'<p class="paragraph">{esc(p[len(name) + 2:])}</p></div></section>')
        else:
            out.append(f'<p class="paragraph">{esc(p)}</p>')
    return "".join(out)


def _teaser(w: T.Work, u) -> str:
    return (f'<li class="listing-list__item"><div class="teaser teaser--secondary"><header class="teaser__header">'
            f'<h4 class="teaser__header_text"><a href="{u(w.path)}" class="teaser__header_text_link">{esc(w.title)}'
            f'</a></h4><div class="teaser__secondary_info">{esc(w.author.replace(";", ","))}</div></header><footer '
            f'class="teaser__footer"><div class="meta"><a href="{u("/subjects/library-information-science")}" '
            f'class="meta__type">Research Article</a><span class="date"><time datetime="{w.date}">'
            f'{_long_date(w.date)}</time></span></div></footer></div></li>')


def elife(u) -> list[Doc]:
    H, o = T.ELIFE, _other(T.ELIFE)
    arts = [w for w in _works(H) if w.kind == "journal-article"]
    docs = []
    for w in arts:
        num = w.path.rsplit("/", 1)[1]
        authors = [a.strip() for a in w.author.split(";")]
        has_pdf = (w.path + ".pdf") in {x.path for x in W.values()}
        head = (f'<link rel="canonical" href="{u(w.path)}"><meta name="description" content="{esc(w.paras[0][10:170])}">'
                f'<meta property="og:site_name" content="{J_NAME}"><meta property="og:url" content="{u(w.path)}"><meta '
                f'property="og:title" content="{esc(w.title)}"><meta property="og:description" '
                f'content="{esc(w.paras[0][10:170])}"><meta property="og:type" content="article"><meta '
                f'name="twitter:card" content="summary"><meta name="dc.identifier" content="doi:{J_DOI}{num}"><meta '
                f'name="dc.relation.ispartof" content="{J_NAME}"><meta name="dc.title" content="{esc(w.title)}">'
                f'<meta name="dc.date" content="{w.date}">'
                + "".join(f'<meta name="dc.contributor" content="{esc(a)}">' for a in authors)
                + f'<meta name="citation_journal_title" content="{J_NAME}"><meta name="citation_publisher" '
                f'content="JLPP Publications Ltd"><meta name="citation_title" content="{esc(w.title)}"><meta '
                f'name="citation_id" content="{num}"><meta name="citation_volume" content="13"><meta '
                f'name="citation_publication_date" content="{w.date.replace("-", "/")}"><meta name="citation_doi" '
                f'content="{J_DOI}{num}"><meta name="citation_firstpage" content="e{num}">'
                + (f'<meta name="citation_pdf_url" content="{u(w.path + ".pdf")}">' if has_pdf else "")
                + "".join(f'<meta name="citation_author" content="{esc(a)}">' for a in authors)
                + '<script type="application/ld+json">' + json.dumps({
                    "@context": "https://schema.org", "@type": "ScholarlyArticle", "headline": w.title,
                    "datePublished": w.date, "author": [{"@type": "Person", "name": a} for a in authors],
                    "identifier": f"https://doi.org/{J_DOI}{num}", "isPartOf": {"@type": "Periodical",
                                                                                "name": J_NAME}}) + "</script>")
        dl = (f'<a href="{u(w.path + ".pdf")}" class="button button--default content-header__download_link">Download '
              f'PDF</a>') if has_pdf else ""
        broken = (f'<section class="listing-list--related"><h3>Corrections</h3><ul><li><a href="{u("/articles/12345")}">'
                  f'Correction notice</a></li></ul></section>') if w is W["elife-discovery"] else ""
        main = (f'<div class="content-header wrapper content-header--article"><div class="content-header__top">'
                f'<span class="content-header__subject_list"><a href="{u("/subjects/library-information-science")}" '
                f'class="content-header__subject_link">Library and Information Science</a></span></div><h1 '
                f'class="content-header__title">{esc(w.title)}</h1><ol class="content-header__authors author_list">'
                + "".join(f'<li class="author_list_item"><span class="content-header__author">{esc(a)}</span></li>'
                          for a in authors)
                + f'</ol><div class="content-header__meta"><div class="meta"><span class="meta__type">Research Article'
                f'</span><span class="date"><time datetime="{w.date}">{_long_date(w.date)}</time></span></div><span '
                f'class="doi">https://doi.org/{J_DOI}{num}</span></div>{dl}</div><div class="wrapper" '
                f'data-behaviour="DelayedLoader"><div class="article-body">{_sections(w.paras)}</div>{broken}</div>')
        docs.append(Doc(H, w.path, w.kind, w.grade, _j(u, f"{w.title} | {J_NAME}", main, head)))
    p = W["elife-twitter-pdf"]
    docs.append(Doc(H, p.path, p.kind, p.grade, pdf(list(p.paras)), content_type="application/pdf"))

    def listing(path, title, works, extra=""):
        return Doc(H, path, o[path], 0, _j(u, f"{title} | {J_NAME}", (
            f'<header class="content-header wrapper content-header--simple"><h1 class="content-header__title">'
            f'{esc(title)}</h1></header><div class="wrapper"><section class="list-heading"><h3>Latest</h3></section>'
            f'<ol class="listing-list">{"".join(_teaser(w, u) for w in works)}</ol>{extra}</div>'),
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:type" content="website">'))
    docs.append(listing("/", J_NAME, arts[:2], f'<a href="{u("/articles")}" class="button">See more research</a>'))
    docs.append(listing("/articles", "Research articles", arts[:2],
                        f'<div class="pager"><a href="{u("/articles?page=2")}" class="button--full">Load more</a></div>'))
    docs.append(listing("/articles?page=2", "Research articles", arts[2:],
                        f'<div class="pager"><a href="{u("/articles")}" rel="prev">Previous</a></div>'))
    docs.append(listing("/subjects/library-information-science", "Library and Information Science", arts))
    docs.append(listing("/search?for=mentoring", "Search results: mentoring",
                        [W["elife-twitter"], W["elife-mastodon"], W["elife-burnout"]]))

    def page(path, title, text):
        return Doc(H, path, o[path], 0, _j(u, f"{title} | {J_NAME}", (
            f'<header class="content-header wrapper content-header--simple"><h1 class="content-header__title">'
            f'{title}</h1></header><div class="wrapper"><div class="article-body">{text}</div></div>')))
    docs.append(page("/about", "About", "<p>An open access journal of research on library and information "
                                        "practice, published continuously since 2012.</p>"))
    docs.append(page("/contact", "Contact", "<p>Editorial office: editorial@jlpp.example.</p>"))
    docs.append(page("/articles/12345", "Page not found",
                     "<p>Sorry, we can&rsquo;t find that page. It may have been moved or it may not exist.</p>"
                     f'<p><a href="{u("/")}">Go to the homepage</a></p>'))  # answered 200: a soft 404
    return docs


# --- Omeka S ---------------------------------------------------------------------------------------------

OM = "/s/apprentices/"
OM_SITE = "Apprentices of the Record Office"


def _omeka(u, title: str, body_class: str, main: str) -> bytes:
    nav = "".join(f'<li><a href="{u(OM + p)}">{n}</a></li>' for p, n in (
        ("page/welcome", "Welcome"), ("page/letters", "Letters"), ("page/bindery", "The bindery"),
        ("item", "Items"), ("page/about", "About")))
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{esc(title)} &middot; {OM_SITE} &middot; Regional '
            f'Archives Exhibits</title><link href="{u("/themes/default/asset/css/style.css")}?v=1.8.0" media="screen" '
            f'rel="stylesheet" type="text/css"></head><body class="{body_class}"><a id="skipnav" href="#content">Skip '
            f'to main content</a><div id="wrap"><header><h1 class="site-title"><a href="{u(OM)}page/welcome">{OM_SITE}'
            f'</a></h1><div id="search"><form action="{u(OM + "item")}"><input type="text" name="fulltext_search" '
            f'aria-label="Search"><button type="submit">Search</button></form></div><nav><ul class="navigation">{nav}'
            f'</ul></nav></header><div id="content" role="main">{main}</div><footer>Powered by Omeka S</footer></div>'
            f'</body></html>').encode()


def omeka(u) -> list[Doc]:
    H, o = T.OMEKA, _other(T.OMEKA)
    docs = []
    for key in ("omeka-letters", "omeka-bindery"):
        w = W[key]
        slug = w.path.rsplit("/", 1)[1]
        link = (f'<div class="block block-itemShowcase"><div class="item resource"><a href="{u(W["omeka-item"].path)}">'
                f'{esc(W["omeka-item"].title)}</a></div></div>') if key == "omeka-letters" else ""
        docs.append(Doc(H, w.path, w.kind, w.grade, _omeka(u, w.title, f"site-page page-{slug}", (
            f'<nav class="breadcrumbs"><a href="{u(OM + "page/welcome")}">Welcome</a> &gt; {esc(w.title)}</nav><h2>'
            f'{esc(w.title)}</h2><div class="blocks"><div class="block block-html">{ps(w.paras)}</div>{link}</div>'
            f'<nav class="site-page-pagination"><a href="{u(OM + "page/welcome")}">Prev</a></nav>'))))
    it = W["omeka-item"]
    docs.append(Doc(H, it.path, it.kind, it.grade, _omeka(u, it.title, "item resource show", (
        f'<h2><span class="title">{esc(it.title)}</span></h2><h3>Item sets</h3><div class="property"><h4>Title</h4>'
        f'<div class="values"><div class="value" lang="">{esc(it.title)}</div></div></div><div class="property"><h4>'
        f'Date</h4><div class="values"><div class="value">{it.date[:7]}</div></div></div><div class="property"><h4>'
        f'Description</h4><div class="values"><div class="value">{esc(it.paras[0])}</div></div></div><div '
        f'class="property"><h4>Rights</h4><div class="values"><div class="value">{esc(it.paras[1])}</div></div></div>'))))
    items = (f'<ul class="resource-list"><li class="item resource"><a href="{u(it.path)}">{esc(it.title)}</a><div '
             f'class="description">{cut(it.paras[0], 100)}</div></li></ul>')
    docs.append(Doc(H, OM + "item", o[OM + "item"], 0, _omeka(u, "Items", "item resource browse",
                                                            f'<h2>Items</h2><div class="browse-controls"><span '
                                                            f'class="row-count">1 of 1</span></div>{items}')))
    docs.append(Doc(H, OM + "item?fulltext_search=mentor", "search", 0, _omeka(
        u, "Items", "item resource browse", f'<h2>Items</h2><p>Search results for &ldquo;mentor&rdquo;</p>{items}')))
    docs.append(Doc(H, OM + "page/welcome", "home", 0, _omeka(u, "Welcome", "site-page page-welcome", (
        '<h2>Welcome</h2><div class="blocks"><div class="block block-html"><p>An exhibit of the people who learned '
        "their trade at the county record office, 1934-1988.</p></div><div class=\"block block-listOfPages\"><ul>"
        f'<li><a href="{u(OM + "page/letters")}">Letters to a young archivist</a></li><li><a '
        f'href="{u(OM + "page/bindery")}">The bindery</a></li><li><a href="{u(OM + "item?fulltext_search=mentor")}">'
        "Items about training</a></li></ul></div></div>"))))
    docs.append(Doc(H, OM + "page/about", "about", 0, _omeka(u, "About", "site-page page-about", (
        "<h2>About</h2><p>Curated by the Regional Archives with volunteers, 2023.</p>"))))
    return docs


# --- Statamic (SEO Pro) ------------------------------------------------------------------------------------

ST_SITE = "Shelfwise"
ST_CATS = {"community": ["stat-community", "stat-webinar"]}


def _statamic(u, path: str, title: str, main: str, og_type: str = "website", desc: str = "") -> bytes:
    nav = "".join(f'<a href="{u(p)}" class="text-sm font-semibold leading-6 text-gray-900">{n}</a>'
                  for p, n in (("/", "Home"), ("/blog", "Blog"), ("/about", "About"), ("/contact", "Contact")))
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{esc(title)} | {ST_SITE}</title>'
            f'<meta name="description" content="{esc(desc)}"><meta property="og:type" content="{og_type}"><meta '
            f'property="og:title" content="{esc(title)}"><meta property="og:description" content="{esc(desc)}"><meta '
            f'property="og:url" content="{u(path)}"><meta property="og:site_name" content="{ST_SITE}"><meta '
            f'property="og:locale" content="en_US"><meta name="twitter:card" content="summary_large_image"><link '
            f'href="{u(path)}" rel="canonical"><link rel="stylesheet" href="{u("/build/assets/site-4f1a9c.css")}">'
            f'</head><body class="bg-white antialiased"><header class="bg-white"><nav class="mx-auto flex max-w-7xl '
            f'items-center justify-between p-6 lg:px-8" aria-label="Global"><a href="{u("/")}" class="-m-1.5 p-1.5">'
            f'<span class="sr-only">{ST_SITE}</span><img class="h-8 w-auto" src="/assets/logo.svg" alt=""></a><div '
            f'class="hidden lg:flex lg:gap-x-12">{nav}</div></nav></header><main class="mx-auto max-w-7xl px-6 '
            f'lg:px-8">{main}</main><footer class="bg-gray-900"><div class="mx-auto max-w-7xl px-6 py-12"><p '
            f'class="text-xs leading-5 text-gray-400">&copy; 2024 Shelfwise Library Systems Ltd.</p></div></footer>'
            f'</body></html>').encode()


def _st_cards(works, u) -> str:
    return "".join(
        f'<article class="flex max-w-xl flex-col items-start justify-between"><div class="flex items-center gap-x-4 '
        f'text-xs"><time datetime="{w.date}" class="text-gray-500">{_long_date(w.date)}</time></div><div '
        f'class="group relative"><h3 class="mt-3 text-lg font-semibold leading-6 text-gray-900"><a href="{u(w.path)}">'
        f'<span class="absolute inset-0"></span>{esc(w.title)}</a></h3><p class="mt-5 line-clamp-3 text-sm '
        f'leading-6 text-gray-600">{cut(w.paras[0], 160)}</p></div></article>' for w in works)


def statamic(u) -> list[Doc]:
    H, posts, o = T.STATAMIC, _works(T.STATAMIC), _other(T.STATAMIC)
    docs = []
    for w in posts:
        key = next(k for k, v in W.items() if v is w)
        cat = next((c for c, ks in ST_CATS.items() if key in ks), None)
        tag = ('<a href="' + u("/blog/tags/webinars") + '" class="rounded-full bg-gray-50 px-3 py-1.5">webinars</a>'
               if "webinars" in w.tags else "")
        extra = (f'<p>See also our <a href="{u("/blog/old-release-notes")}">release notes archive</a>.</p>'
                 if key == "stat-release" else "")
        ld = json.dumps({"@context": "https://schema.org", "@type": "BlogPosting", "headline": w.title,
                         "datePublished": w.date, "author": {"@type": "Organization", "name": ST_SITE}})
        main = (f'<article class="mx-auto max-w-3xl py-16"><p class="text-base font-semibold leading-7 '
                f'text-indigo-600">' + (f'<a href="{u(f"/blog/categories/{cat}")}">{cat.title()}</a>' if cat else "Blog")
                + f'</p><h1 class="mt-2 text-3xl font-bold tracking-tight text-gray-900 sm:text-4xl">{esc(w.title)}</h1>'
                f'<div class="mt-4 flex gap-x-4 text-sm"><time datetime="{w.date}">{_long_date(w.date)}</time><a '
                f'href="{u("/blog/authors/shelfwise-team")}">The Shelfwise team</a></div><div class="prose mt-10 '
                f'max-w-2xl">{ps(w.paras)}{extra}</div><div class="mt-8">{tag}</div></article>'
                f'<script type="application/ld+json">{ld}</script>')
        docs.append(Doc(H, w.path, w.kind, w.grade, _statamic(u, w.path, w.title, main, "article", w.paras[0][:150])))

    def blog(path, title, works):
        return Doc(H, path, o[path], 0, _statamic(u, path, title, (
            f'<div class="mx-auto max-w-2xl py-16"><h2 class="text-3xl font-bold tracking-tight text-gray-900 '
            f'sm:text-4xl">{esc(title)}</h2><div class="mt-10 space-y-16 border-t border-gray-200 pt-10">'
            f'{_st_cards(works, u)}</div></div>'), desc=f"{title} from Shelfwise"))
    docs.append(blog("/blog", "From the blog", posts))
    docs.append(blog("/blog/categories/community", "Community", [W[k] for k in ST_CATS["community"]]))
    docs.append(blog("/blog/tags/webinars", "Tagged: webinars", [w for w in posts if "webinars" in w.tags]))
    docs.append(blog("/blog/authors/shelfwise-team", "The Shelfwise team", posts))
    docs.append(Doc(H, "/", "home", 0, _statamic(u, "/", "Library software that gets out of the way", (
        '<div class="py-24 text-center"><h1 class="text-4xl font-bold">Library software that gets out of the way</h1>'
        '<p class="mt-6 text-lg">Circulation, cataloguing and discovery for public and school libraries.</p></div>'
        f'<section><h2>Latest from the blog</h2>{_st_cards(posts[:3], u)}<a href="{u("/blog")}">All posts</a></section>'),
        desc="Library management software for public and school libraries.")))
    docs.append(Doc(H, "/about", "about", 0, _statamic(u, "/about", "About us", (
        '<div class="py-16 prose"><h1>About us</h1><p>Shelfwise was founded in 2009 by two former systems '
        "librarians. We have 40 staff and 600 library customers.</p></div>"), desc="About Shelfwise")))
    docs.append(Doc(H, "/contact", "contact", 0, _statamic(u, "/contact", "Contact", (
        '<div class="py-16 prose"><h1>Contact</h1><p>Sales: sales@shelfwise.example. Support: through your '
        "dashboard.</p></div>"), desc="Contact Shelfwise")))
    docs.append(Doc(H, "/blog/old-release-notes", "error", 0, _statamic(
        u, "/blog/old-release-notes", "Page not found", '<div class="py-24 text-center"><p class="text-base '
                                                        'font-semibold text-indigo-600">404</p><h1 class="mt-4 '
                                                        'text-3xl font-bold">Page not found</h1><p class="mt-6">Sorry, '
                                                        "we couldn't find the page you're looking for.</p><a "
                                                        f'href="{u("/")}">Go back home</a></div>'), status=404))
    return docs


# --- Google Sites -----------------------------------------------------------------------------------------

G = "/view/lisgrads/"
G_SITE = "LIS Graduate Students Association"
SELECTED = ' aria-selected="true"'
G_NAV = (("home", "Home"), ("mentoring", "Mentoring"), ("events", "Events"), ("book-club", "Book club"),
         ("about", "About"), ("contact", "Contact"))


def _gsites(u, slug: str, title: str, paras_html: str) -> bytes:
    nav = "".join(f'<li jsname="ibnC6b" data-nav-level="1"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf">'
                  f'<div class="I35ICb" jsaction="keydown:mPuKz(QwLHlb); click:vHQTA(QwLHlb);"><a class="aJHbb dk90Ob '
                  f'hDrhEe HlqNPb" jsname="QwLHlb" role="link" tabindex="0" data-navtype="1"'
                  f'{SELECTED if s == slug else ""} href="{u(G + s)}" data-url="{G + s}" '
                  f'data-type="1" data-level="1">{n}</a></div></div></li>' for s, n in G_NAV)
    return (f'<!DOCTYPE html><html lang="en-US" itemscope itemtype="http://schema.org/WebPage"><head><meta '
            f'charset="utf-8"><script nonce="x">var DOCS_timing={{}};</script><meta property="og:title" '
            f'content="{esc(title)}"><meta property="og:type" content="website"><meta property="og:url" '
            f'content="{u(G + slug)}"><meta itemprop="name" content="{esc(title)}"><meta itemprop="url" '
            f'content="{u(G + slug)}"><meta name="viewport" content="width=device-width, initial-scale=1"><link '
            f'rel="canonical" href="{u(G + slug)}"><title>{G_SITE} - {esc(title)}</title><style nonce="x">.zfr3Q'
            f'{{font-family:Lato}}</style></head><body dir="ltr" itemscope itemtype="http://schema.org/WebPage" '
            f'id="yDmH0d" css="yDmH0d"><div jscontroller="pc62j" jsmodel="iTeaXe" class="Xpil1b xgQ6eb"><div '
            f'jsname="tuq3ld" class="BbxBP HP6J1d K5Zlne"><header id="atIdViewHeader"><div class="BFDQOb"><span '
            f'class="Brx8b">{G_SITE}</span></div><nav class="plFg0c" id="WDxLfe"><ul jsname="waIgnc" class="VsJjtf">'
            f'{nav}</ul></nav></header><div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr"><section '
            f'id="h.INITIAL_GRID.1" class="yaqOZd LB7kq"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc" '
            f'tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-'
            f'II5mzb pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd"><div '
            f'class="oKdM2c ZZyype Kzv0Me"><div class="tyJCtd mGzaTb Depvyb baZpAe">{paras_html}</div></div></div>'
            f'</div></div></div></section></div><div jscontroller="j1RDQb" class="dZA9kd ynRLnc" data-last-updated-at-'
            f'time="1706000000000"><div class="LqzjUe ynRLnc">Google Sites</div><a href="https://www.google.com/'
            f'sites/about" class="Report abuse">Report abuse</a></div></div></div></body></html>').encode()


def _gp(paras) -> str:
    return "".join(f'<p dir="ltr" class="zfr3Q CDt4Ke"><span class="C9DxTc">{esc(p)}</span></p>' for p in paras)


def gsites(u) -> list[Doc]:
    H, o = T.GSITES, _other(T.GSITES)
    docs = []
    for key in ("gs-mentoring", "gs-events", "gs-bookclub"):
        w = W[key]
        slug = w.path[len(G):]
        heading = f'<h1 id="h.title" dir="ltr" class="zfr3Q duRjpb CDt4Ke"><span class="C9DxTc">{esc(w.title)}</span></h1>'
        form = ('<p dir="ltr" class="zfr3Q CDt4Ke"><a class="XqQF9c" href="https://docs.google.com/forms/d/e/1FAIpQLSc/'
                'viewform" target="_blank"><span class="C9DxTc aw5Odc">Sign-up form</span></a></p>'
                if key == "gs-mentoring" else "")
        docs.append(Doc(H, w.path, w.kind, w.grade, _gsites(u, slug, w.title, heading + _gp(w.paras) + form)))
    ev = W["gs-events"]
    docs.append(Doc(H, G + "events", o[G + "events"], 0, _gsites(u, "events", "Events", (
        '<h1 class="zfr3Q duRjpb CDt4Ke"><span class="C9DxTc">Events</span></h1><p dir="ltr" class="zfr3Q CDt4Ke">'
        f'<a class="XqQF9c" href="{u(ev.path)}"><span class="C9DxTc aw5Odc">{esc(ev.title)}</span></a><span '
        f'class="C9DxTc"> &mdash; 7 March</span></p>'))))
    docs.append(Doc(H, G + "home", "home", 0, _gsites(u, "home", "Home", _gp([
        "Welcome to the LIS Graduate Students Association. We organise mentoring, events and a book club for "
        "students in the library and information science programme.", "Follow the menu to find out more."]))))
    docs.append(Doc(H, G + "about", "about", 0, _gsites(u, "about", "About", _gp([
        "The association is run by student volunteers and supported by the school.",
        "Committee 2023-24: president, secretary, treasurer, events officer and two mentoring coordinators."]))))
    docs.append(Doc(H, G + "contact", "contact", 0, _gsites(u, "contact", "Contact", _gp([
        "Email the committee at lisgrads@students.example or find us on our Discord server."]))))
    return docs


# --- the whole web --------------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    def on(host):
        return lambda path: url(host, path)
    return (wordpress(on(T.WP)) + hugo_even(on(T.EVEN)) + cayman(on(T.CAYMAN)) + ghost_ruby(on(T.RUBY))
            + pipermail(on(T.PIPER)) + firefish(on(T.FISH)) + elife(on(T.ELIFE)) + omeka(on(T.OMEKA))
            + statamic(on(T.STATAMIC)) + gsites(on(T.GSITES)))


class LabelledWeb26(ServedWeb):
    """Web 26 (see the module docstring)."""

    HOSTS = T.HOSTS
    START = {T.PIPER: LIST, T.OMEKA: OM + "page/welcome", T.GSITES: G + "home"}
    FIRST_ADDRESS = 296
    build = staticmethod(build)
