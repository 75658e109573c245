"""Web 13: the labelled web of :mod:`tests.labelled_text13` (109 pages on ten hosts), built from its committed
labels with the markup of ten platforms no earlier web uses: WordPress's Hello Elementor theme with Rank Math
(an association), WordPress's Newspack (a trade newsroom), Blogger's Notable theme (a retiree's blog), Hugo's
Coder theme (a scholar's site), Jekyll's Beautiful Jekyll (a student's blog), MyBB 1.8 (an archivists' forum),
GoToSocial's web view (a small fediverse instance), a Taylor & Francis-like journal platform, Moodle 4 (a public
course) and Transistor (a vendor's podcast). Held out: the lead measures scan's ranking on it once, so scan
does not run on it in the suite (see tests/test_held_out_webs.py)."""

from __future__ import annotations

import datetime
import json
import re
import zlib
from typing import Callable

from tests.labelled_text13 import (BOARDS, CAST, ERROR_STATUS, HALL, HOSTS, JOURNAL, KAUR, LEARN, LEDGER, MLIS, OTHER,
                                   RLA, STACKS, WORKS, Work)
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

HTML = "text/html; charset=utf-8"
_KIND = {(h, p): k for h, p, k in OTHER}


def _on(host: str) -> list[Work]:
    return [w for w in WORKS.values() if w.host == host]


def _work(w: Work, body: str | bytes, content_type: str = HTML) -> Doc:
    return Doc(w.host, w.path, w.kind, w.grade, body if isinstance(body, bytes) else body.encode(), content_type)


def _page(host: str, path: str, body: str) -> Doc:
    return Doc(host, path, _KIND[(host, path)], 0, body.encode(), status=ERROR_STATUS.get((host, path), 200))


def _long(d: str) -> str:
    x = datetime.date.fromisoformat(d)
    return f"{x:%B} {x.day}, {x.year}"


def _words(w: Work) -> int:
    return sum(len(p.split()) for p in w.paras)


# --- WordPress, Hello Elementor theme, Rank Math SEO (the association) ------------------------------------------

RLA_SITE = "Riverlands Library Association"
RLA_CATS = {"/category/professional-development/": "Professional Development", "/category/news/": "News"}
RLA_CAT_OF = {"/mentoring-circles-move-to-slack/": "/category/professional-development/",
              "/ask-a-mentor-hour-on-linkedin-live/": "/category/professional-development/",
              "/fall-conference-recap/": "/category/professional-development/"}


def _rla_head(title: str, url: str, og_type: str, graph: list, extra: str = "", robots: str = "index, follow") -> str:
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph})
    return (f'<!doctype html><html lang="en-US"><head><meta charset="UTF-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="profile" '
            f'href="https://gmpg.org/xfn/11"><!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->'
            f"<title>{esc(title)} - {esc(RLA_SITE)}</title><meta name=\"robots\" content=\"{robots}\">"
            f'<link rel="canonical" href="{esc(url)}"><meta property="og:locale" content="en_US">'
            f'<meta property="og:type" content="{og_type}"><meta property="og:title" content="{esc(title)} - '
            f'{esc(RLA_SITE)}"><meta property="og:url" content="{esc(url)}"><meta property="og:site_name" '
            f'content="{esc(RLA_SITE)}">{extra}<script type="application/ld+json" class="rank-math-schema">{ld}'
            f'</script><!-- /Rank Math WordPress SEO plugin --><link rel="stylesheet" id="hello-elementor-css" '
            f'href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1" media="all">'
            f'<meta name="generator" content="WordPress 6.7.1"><meta name="generator" content="Elementor 3.25.4; '
            f'features: additional_custom_breakpoints; settings: css_print_method-external">')


def _rla_chrome(u, body_class: str, main: str) -> str:
    return (f'</head><body class="{body_class} elementor-default elementor-kit-6">'
            f'<a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
            f'<header id="site-header" class="site-header dynamic-header menu-dropdown-tablet">'
            f'<div class="header-inner"><div class="site-branding show-title"><div class="site-title show">'
            f'<a href="{u("/")}" title="Home" rel="home">{esc(RLA_SITE)}</a></div><p class="site-description show">'
            f'Connecting library workers across the Riverlands since 1952</p></div>'
            f'<nav class="site-navigation show" aria-label="Main menu"><ul id="menu-main" class="menu">'
            f'<li class="menu-item"><a href="{u("/")}">Home</a></li>'
            f'<li class="menu-item"><a href="{u("/category/professional-development/")}">Professional Development</a></li>'
            f'<li class="menu-item"><a href="{u("/category/news/")}">News</a></li>'
            f'<li class="menu-item"><a href="{u("/about-us/")}">About Us</a></li>'
            f'<li class="menu-item"><a href="{u("/contact/")}">Contact</a></li></ul></nav></div></header>'
            f"{main}"
            f'<footer id="site-footer" class="site-footer dynamic-footer footer-has-copyright"><div class="footer-inner">'
            f'<div class="site-branding show-logo"><p class="site-description show">{esc(RLA_SITE)}</p></div>'
            f'<nav class="site-navigation show" aria-label="Footer menu"><ul class="menu"><li class="menu-item"><a '
            f'href="{u("/tag/mentoring/")}">Mentoring</a></li><li class="menu-item"><a href="https://www.facebook.com/'
            f'riverlandslibraries">Facebook</a></li></ul></nav><div class="copyright show"><p>All rights reserved</p>'
            f"</div></div></footer></body></html>")


def _rla_search_form(u) -> str:
    return (f'<form role="search" method="get" class="search-form" action="{u("/")}"><label><span '
            f'class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder='
            f'"Search &hellip;" value="" name="s"></label><input type="submit" class="search-submit" value="Search">'
            f"</form>")


def _rla_archive(u, path: str, heading: str, posts: list[Work], body_class: str, schema: str = "CollectionPage",
                 robots: str = "index, follow") -> Doc:
    url = u(path)
    items = "".join(
        f'<article class="post"><h2 class="entry-title"><a href="{u(w.path)}">{esc(w.title)}</a></h2>'
        f"<p>{cut(w.paras[0], 150)}</p></article>" for w in posts)
    main = (f'<main id="content" class="site-main"><div class="page-header"><h1 class="entry-title">{heading}</h1>'
            f'</div><div class="page-content">{items}</div>{_rla_search_form(u)}</main>')
    graph = [{"@type": "Organization", "@id": u("/") + "#organization", "name": RLA_SITE},
             {"@type": "WebSite", "@id": u("/") + "#website", "url": u("/"), "name": RLA_SITE},
             {"@type": schema, "@id": url + "#webpage", "url": url, "name": heading}]
    return _page(RLA, path, _rla_head(heading.replace("&amp;", "&"), url, "website", graph, robots=robots)
                 + _rla_chrome(u, body_class, main))


def rla(u, url) -> list[Doc]:
    docs = []
    posts = sorted(_on(RLA), key=lambda w: w.date, reverse=True)
    for w in posts:
        link = u(w.path)
        cat = RLA_CAT_OF.get(w.path, "/category/news/")
        byline = (f'<a href="{u("/author/jlopez/")}" rel="author">{esc(w.author)}</a>' if w.author == "Jordan Lopez"
                  else esc(w.author))
        tags = "".join(f'<a href="{u("/tag/mentoring/")}" rel="tag">mentoring</a>' for t in w.tags if t == "mentoring")
        extra = ""
        if w.path == "/ask-a-mentor-hour-on-linkedin-live/":
            extra = (f'<p>Read how our <a href="{u("/mentoring-circles-move-to-slack/")}">mentoring circles</a> work, '
                     f'or follow us on <a href="https://www.linkedin.com/company/riverlands-library-association">'
                     f"LinkedIn</a>.</p>")
        main = (f'<main id="content" class="site-main post-{zlib.crc32(w.path.encode()) % 9000 + 100} post type-post '
                f'status-publish format-standard hentry"><div class="page-header"><h1 class="entry-title">'
                f'{esc(w.title)}</h1></div><div class="page-content"><div data-elementor-type="wp-post" '
                f'class="elementor"><div class="elementor-widget-container">{ps(w.paras)}{extra}</div></div>'
                f'<div class="post-tags"><span class="tag-links">Tagged {tags}</span></div>'
                f'<p class="post-meta">By {byline} &middot; <time datetime="{w.date}T10:00:00-07:00">{_long(w.date)}'
                f'</time> &middot; <a href="{u(cat)}" rel="category tag">{RLA_CATS[cat]}</a></p></div>'
                f'<section id="comments" class="comments-area"></section></main>')
        graph = [{"@type": "Organization", "@id": u("/") + "#organization", "name": RLA_SITE},
                 {"@type": "WebSite", "@id": u("/") + "#website", "url": u("/"), "name": RLA_SITE},
                 {"@type": "WebPage", "@id": link + "#webpage", "url": link, "name": w.title,
                  "datePublished": w.date + "T10:00:00-07:00"},
                 {"@type": "Person", "@id": u("/author/jlopez/") if w.author == "Jordan Lopez" else link + "#author",
                  "name": w.author},
                 {"@type": "BlogPosting", "headline": w.title, "datePublished": w.date + "T10:00:00-07:00",
                  "articleSection": RLA_CATS[cat], "author": {"@type": "Person", "name": w.author},
                  "publisher": {"@id": u("/") + "#organization"}, "@id": link + "#richSnippet",
                  "isPartOf": {"@id": link + "#webpage"}, "mainEntityOfPage": {"@id": link + "#webpage"},
                  "wordCount": _words(w)}]
        meta = (f'<meta property="og:description" content="{esc(w.paras[0][:155])}"><meta property="article:section" '
                f'content="{RLA_CATS[cat]}"><meta property="article:published_time" content="{w.date}T10:00:00-07:00">'
                f'<meta name="twitter:card" content="summary_large_image"><meta name="twitter:label1" content="Written '
                f'by"><meta name="twitter:data1" content="{esc(w.author)}">')
        docs.append(_work(w, _rla_head(w.title, link, "article", graph, meta)
                          + _rla_chrome(u, "post-template-default single single-post", main)))
    home_main = (f'<main id="content" class="site-main"><div class="page-content"><div class="elementor">'
                 f'<section class="elementor-section"><h2 class="elementor-heading-title">Welcome</h2><p>The '
                 f"Riverlands Library Association brings together library and archives workers from public, school, "
                 f"academic and special libraries across the region.</p></section><section class=\"elementor-section\">"
                 f'<h2 class="elementor-heading-title">Latest news</h2><div class="elementor-posts-container">'
                 + "".join(f'<article class="elementor-post"><h3 class="elementor-post__title"><a href="{u(w.path)}">'
                           f"{esc(w.title)}</a></h3><div class=\"elementor-post__excerpt\"><p>{cut(w.paras[0], 120)}"
                           f"</p></div></article>" for w in posts)
                 + f'</div></section><section class="elementor-section"><p>Looking for a mentor? <a href="{esc(u("/?s=mentor"))}">'
                   f"Browse everything we have posted about mentors</a>.</p></section></div></div></main>")
    docs.append(_page(RLA, "/", _rla_head("Home", u("/"), "website", [
        {"@type": "Organization", "@id": u("/") + "#organization", "name": RLA_SITE},
        {"@type": "WebSite", "@id": u("/") + "#website", "url": u("/"), "name": RLA_SITE}])
        + _rla_chrome(u, "home page-template-default page elementor-page", home_main)))
    for path, name in RLA_CATS.items():
        docs.append(_rla_archive(u, path, f"Category: <span>{name}</span>",
                                 [w for w in posts if RLA_CAT_OF.get(w.path, "/category/news/") == path],
                                 "archive category"))
    docs.append(_rla_archive(u, "/tag/mentoring/", "Tag: <span>mentoring</span>",
                             [w for w in posts if "mentoring" in w.tags], "archive tag"))
    docs.append(_rla_archive(u, "/?s=mentor", "Search results for: <span>mentor</span>",
                             [w for w in posts if "mentor" in " ".join(w.paras).lower()], "search search-results",
                             "SearchResultsPage", "noindex, follow"))
    docs.append(_rla_archive(u, "/author/jlopez/", "Author: <span>Jordan Lopez</span>",
                             [w for w in posts if w.author == "Jordan Lopez"], "archive author", "ProfilePage"))
    about = (f'<main id="content" class="site-main post-12 page type-page status-publish hentry"><div class="page-'
             f'header"><h1 class="entry-title">About Us</h1></div><div class="page-content"><p>Founded in 1952, the '
             f"Riverlands Library Association is a nonprofit membership organization for library workers and "
             f"supporters in the Riverlands region. We hold a fall conference, advocate at the Capitol and publish a "
             f"monthly newsletter.</p><p>Looking for our earlier program pages? The <a href=\""
             f'{u("/mentorship-program-2019/")}">2019 program page</a> has moved.</p><p>Staff: Jordan Lopez, '
             f"Executive Director; Priya Natarajan, Programs Coordinator.</p></div></main>")
    docs.append(_page(RLA, "/about-us/", _rla_head("About Us", u("/about-us/"), "article", [
        {"@type": "AboutPage", "@id": u("/about-us/") + "#webpage", "url": u("/about-us/"), "name": "About Us"}])
        + _rla_chrome(u, "page-template-default page", about)))
    contact = (f'<main id="content" class="site-main post-14 page type-page status-publish hentry"><div class="page-'
               f'header"><h1 class="entry-title">Contact</h1></div><div class="page-content"><p>Riverlands Library '
               f"Association, 410 Front Street, Suite 2, Riverton.</p><p>Email: office@rla.example &middot; Phone: "
               f"(555) 014-2290</p><div class=\"wpforms-container\"><form method=\"post\" action=\"{u('/contact/')}\">"
               f'<input type="text" name="wpforms[fields][0]"><textarea name="wpforms[fields][2]"></textarea>'
               f'<button type="submit">Send</button></form></div></div></main>')
    docs.append(_page(RLA, "/contact/", _rla_head("Contact", u("/contact/"), "article", [
        {"@type": "ContactPage", "@id": u("/contact/") + "#webpage", "url": u("/contact/"), "name": "Contact"}])
        + _rla_chrome(u, "page-template-default page", contact)))
    missing = (f'<main id="content" class="site-main"><div class="page-header"><h1 class="entry-title">The page can'
               f'&rsquo;t be found.</h1></div><div class="page-content"><p>It looks like nothing was found at this '
               f"location.</p></div></main>")
    docs.append(_page(RLA, "/mentorship-program-2019/", _rla_head("Page not found", u("/mentorship-program-2019/"),
                                                                  "website", [], robots="noindex, follow")
                      + _rla_chrome(u, "error404", missing)))
    return docs


# --- WordPress, Newspack theme, Yoast (the newsroom) --------------------------------------------------------------

LEDGER_SITE = "The Library Ledger"
LEDGER_CATS = {"/category/workforce/": "Workforce", "/category/technology/": "Technology"}
LEDGER_CAT_OF = {"/2026/02/20/after-x-library-workers-rebuild-their-networks/": "/category/technology/",
                 "/2025/11/18/library-cards-unlock-linkedin-learning/": "/category/technology/"}
LEDGER_AUTHORS = {"Marisol Reyes": "/author/mreyes/"}


def _ledger_head(title: str, url: str, og_type: str, graph: list, extra: str = "") -> str:
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph})
    return (f'<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{esc(title)} - {LEDGER_SITE}</title>'
            f'<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->'
            f'<link rel="canonical" href="{esc(url)}"><meta property="og:locale" content="en_US"><meta '
            f'property="og:type" content="{og_type}"><meta property="og:title" content="{esc(title)}"><meta '
            f'property="og:url" content="{esc(url)}"><meta property="og:site_name" content="{LEDGER_SITE}">{extra}'
            f'<script type="application/ld+json" class="yoast-schema-graph">{ld}</script><!-- / Yoast SEO plugin. -->'
            f'<link rel="stylesheet" id="newspack-style-css" href="/wp-content/themes/newspack-theme/style.css?ver=2.4.0"'
            f' media="all"><meta name="generator" content="WordPress 6.7.1">')


def _ledger_chrome(u, body_class: str, main: str) -> str:
    nav = "".join(f'<li class="menu-item"><a href="{u(p)}">{n}</a></li>' for p, n in LEDGER_CATS.items())
    return (f'</head><body class="{body_class} h-nsub h-db h-ll h-dh header-default-background '
            f'single-featured-image-default newspack-theme"><aside id="mobile-sidebar-fallback" class="mobile-sidebar">'
            f'</aside><div id="page" class="site"><a class="skip-link screen-reader-text" href="#main">Skip to content'
            f'</a><header id="masthead" class="site-header hide-header-search"><div class="middle-header-contain">'
            f'<div class="wrapper"><div class="site-branding"><p class="site-title"><a href="{u("/")}" rel="home">'
            f'{LEDGER_SITE}</a></p><p class="site-description">News for people who work in libraries</p></div>'
            f'</div></div><div class="bottom-header-contain desktop-only"><div class="wrapper"><nav class="main-'
            f'navigation nav1 dd-menu" aria-label="Top Menu"><ul id="menu-primary" class="main-menu">{nav}'
            f'<li class="menu-item"><a href="{u("/about/")}">About</a></li></ul></nav></div></div></header>'
            f'<div id="content" class="site-content">{main}</div><footer id="colophon" class="site-footer">'
            f'<div class="footer-branding"><div class="wrapper"><p class="site-title"><a href="{u("/")}">'
            f'{LEDGER_SITE}</a></p></div></div><div class="site-info"><div class="wrapper"><span class="copyright">'
            f'&copy; 2026 {LEDGER_SITE}.</span><a class="imprint" href="https://newspack.com/">Proudly powered by '
            f"Newspack by Automattic</a></div></div></footer></div></body></html>")


def _ledger_byline(u, w: Work) -> str:
    a = LEDGER_AUTHORS.get(w.author)
    who = f'<a class="url fn n" href="{u(a)}">{esc(w.author)}</a>' if a else esc(w.author)
    return f'<span class="byline"><span>By</span> <span class="author vcard">{who}</span></span>'


def _ledger_teasers(u, posts: list[Work]) -> str:
    return "".join(
        f'<article class="post type-post entry"><div class="entry-container"><header class="entry-header">'
        f'<span class="cat-links"><a href="{u(LEDGER_CAT_OF.get(w.path, "/category/workforce/"))}">'
        f'{LEDGER_CATS[LEDGER_CAT_OF.get(w.path, "/category/workforce/")]}</a></span><h2 class="entry-title">'
        f'<a href="{u(w.path)}" rel="bookmark">{esc(w.title)}</a></h2></header><div class="entry-meta">'
        f'{_ledger_byline(u, w)}<time class="entry-date published" datetime="{w.date}T08:00:00-05:00">'
        f'{_long(w.date)}</time></div><div class="entry-summary"><p>{cut(w.paras[0], 160)}</p></div></div></article>'
        for w in posts)


def _ledger_archive(u, path: str, title: str, heading: str, posts: list[Work], body_class: str,
                    schema: str = "CollectionPage", pager: str = "") -> Doc:
    url = u(path)
    main = (f'<section id="primary" class="content-area"><header class="page-header"><h1 class="page-title '
            f'article-section-title">{heading}</h1></header><main id="main" class="site-main">'
            f"{_ledger_teasers(u, posts)}{pager}</main></section>")
    graph = [{"@type": schema, "@id": url, "url": url, "name": f"{title} - {LEDGER_SITE}"},
             {"@type": "WebSite", "@id": u("/") + "#website", "url": u("/"), "name": LEDGER_SITE}]
    return _page(LEDGER, path, _ledger_head(title, url, "website", graph) + _ledger_chrome(u, body_class, main))


def ledger(u, url) -> list[Doc]:
    docs = []
    posts = sorted(_on(LEDGER), key=lambda w: w.date, reverse=True)
    for w in posts:
        link, cat = u(w.path), LEDGER_CAT_OF.get(w.path, "/category/workforce/")
        body = ps(w.paras)
        if w.path.endswith("/library-workers-find-mentors-on-discord/"):
            body += (f'<p class="has-small-font-size"><em>Read Amrit Kaur&rsquo;s research notes on <a href="'
                     f'{url(KAUR, "/")}">her site</a>.</em></p>' + f'<p class="has-small-font-size"><a href="{esc(u("/?s=mentors"))}">More from our archive on mentors</a></p>')
        tags = ('<span class="tags-links"><span>Tagged: </span><a href="' + u("/tag/social-media/")
                + '" rel="tag">social media</a></span>') if "social media" in w.tags else ""
        main = (f'<section id="primary" class="content-area"><header class="entry-header"><span class="cat-links">'
                f'<span class="screen-reader-text">Posted in</span><a href="{u(cat)}" rel="category tag">'
                f'{LEDGER_CATS[cat]}</a></span><h1 class="entry-title">{esc(w.title)}</h1><div class="entry-subhead">'
                f'<div class="entry-meta">{_ledger_byline(u, w)}<span class="posted-on"><time class="entry-date '
                f'published" datetime="{w.date}T08:00:00-05:00">{_long(w.date)}</time></span></div>'
                f'<div class="newspack-social-share"><a href="https://www.facebook.com/sharer/sharer.php?u={esc(link)}"'
                f' class="share-facebook">Facebook</a> <a href="https://bsky.app/intent/compose?text={esc(link)}" '
                f'class="share-bluesky">Bluesky</a></div></div></header><main id="main" class="site-main">'
                f'<article id="post-{zlib.crc32(w.path.encode()) % 90000 + 1000}" class="post type-post status-publish '
                f'format-standard hentry entry"><div class="entry-content">{body}</div><footer class="entry-footer">'
                f'{tags}</footer></article></main></section>')
        graph = [{"@type": "NewsArticle", "@id": link + "#article", "isPartOf": {"@id": link}, "headline": w.title,
                  "datePublished": w.date + "T13:00:00+00:00", "wordCount": _words(w),
                  "author": {"name": w.author, "@id": u("/") + "#/schema/person/" + w.author.lower().replace(" ", "-")},
                  "articleSection": [LEDGER_CATS[cat]], "keywords": list(w.tags),
                  "publisher": {"@id": u("/") + "#organization"}},
                 {"@type": "WebPage", "@id": link, "url": link, "name": f"{w.title} - {LEDGER_SITE}",
                  "datePublished": w.date + "T13:00:00+00:00"},
                 {"@type": "Organization", "@id": u("/") + "#organization", "name": LEDGER_SITE},
                 {"@type": "Person", "@id": u("/") + "#/schema/person/" + w.author.lower().replace(" ", "-"),
                  "name": w.author}]
        meta = (f'<meta property="og:description" content="{esc(w.paras[0][:150])}"><meta property="article:'
                f'published_time" content="{w.date}T13:00:00+00:00"><meta name="author" content="{esc(w.author)}">'
                f'<meta name="twitter:card" content="summary_large_image">')
        docs.append(_work(w, _ledger_head(w.title, link, "article", graph, meta)
                          + _ledger_chrome(u, "post-template-default single single-post single-format-standard", main)))
    pager = (f'<nav class="navigation pagination" aria-label="Posts"><div class="nav-links"><a class="next page-'
             f'numbers" href="{u("/page/2/")}">Older posts</a></div></nav>')
    front = (f'<main id="main" class="site-main"><div class="entry-content"><div class="wp-block-newspack-blocks-'
             f'homepage-articles wpnbha show-image image-aligntop ts-4 is-3 is-landscape">'
             f'<h2 class="article-section-title"><span>Latest</span></h2><div data-posts="" data-current-post-id="0">'
             f"{_ledger_teasers(u, posts[:4])}</div></div>{pager}</div></main>")
    docs.append(_page(LEDGER, "/", _ledger_head(LEDGER_SITE, u("/"), "website", [
        {"@type": "WebPage", "@id": u("/"), "url": u("/"), "name": LEDGER_SITE},
        {"@type": "WebSite", "@id": u("/") + "#website", "url": u("/"), "name": LEDGER_SITE,
         "potentialAction": [{"@type": "SearchAction", "target": u("/") + "?s={search_term_string}",
                              "query-input": "required name=search_term_string"}]}])
        + _ledger_chrome(u, "home page-template-default page newspack-front-page", front)))
    docs.append(_ledger_archive(u, "/page/2/", f"Page 2 of 2", "Latest", posts[4:], "home blog paged paged-2"))
    for path, name in LEDGER_CATS.items():
        docs.append(_ledger_archive(u, path, name, f"<span class=\"page-description\">{name}</span>",
                                    [w for w in posts if LEDGER_CAT_OF.get(w.path, "/category/workforce/") == path],
                                    "archive category"))
    docs.append(_ledger_archive(u, "/tag/social-media/", "social media", "<span class=\"page-description\">social "
                                "media</span>", [w for w in posts if "social media" in w.tags], "archive tag"))
    bio = ('<div class="author-bio"><p>Marisol Reyes covers the library workforce for The Library Ledger. She was a '
           "reference librarian for eight years before joining the newsroom.</p></div>")
    docs.append(_ledger_archive(u, "/author/mreyes/", "Marisol Reyes", f"<span class=\"page-description\">Marisol "
                                f"Reyes</span>{bio}", [w for w in posts if w.author == "Marisol Reyes"],
                                "archive author", "ProfilePage"))
    docs.append(_ledger_archive(u, "/?s=mentors", "You searched for mentors", "<span>Search results for: "
                                "</span><span class=\"page-description\">mentors</span>",
                                [w for w in posts if "mentors" in " ".join(w.paras)], "search search-results",
                                "SearchResultsPage"))
    about = (f'<section id="primary" class="content-area"><header class="entry-header"><h1 class="entry-title">About'
             f'</h1></header><main id="main" class="site-main"><article class="page type-page"><div class="entry-'
             f'content"><p>The Library Ledger is an independent, nonprofit newsroom covering libraries and the people '
             f"who work in them. We are funded by readers and foundations and do not accept advertising from library "
             f"vendors.</p><p>Tips: tips@ledger.example</p></div></article></main></section>")
    docs.append(_page(LEDGER, "/about/", _ledger_head("About", u("/about/"), "article", [
        {"@type": "WebPage", "@id": u("/about/"), "url": u("/about/"), "name": "About - " + LEDGER_SITE}])
        + _ledger_chrome(u, "page-template-default page", about)))
    return docs


# --- Blogger, Notable theme (the retired cataloguer) ---------------------------------------------------------------

STACKS_SITE = "Notes from a Retired Cataloguer"
STACKS_PROFILE = "https://www.blogger.com/profile/04417256311209984411"


def _stacks(u, title: str, url: str, main: str, extra: str = "", body_class: str = "") -> str:
    labels = "".join(f'<li><a class="label-name" href="{u("/search/label/" + n)}">{n}</a></li>'
                     for n in ("garden", "mentoring"))
    return (f"<!DOCTYPE html><html dir='ltr' lang='en'><head><meta content='width=device-width, initial-scale=1' "
            f"name='viewport'><title>{esc(title)}</title><meta content='text/html; charset=UTF-8' "
            f"http-equiv='Content-Type'><meta content='blogger' name='generator'><link href='{esc(url)}' "
            f"rel='canonical'><link rel='alternate' type='application/atom+xml' title='{STACKS_SITE} - Atom' "
            f"href='{u('/feeds/posts/default')}'><meta content='{esc(url)}' property='og:url'><meta content='"
            f"{esc(title)}' property='og:title'>{extra}</head><body class='{body_class} version-1-3-3 "
            f"variant-indie_light'><div class='page'><div class='centered-top-container'><div class='centered-top'>"
            f"<div class='blog-name container'><div class='section' id='header'><div class='widget Header' "
            f"id='Header1'><div class='header-widget'><div><h1><a href='{u('/')}'>{STACKS_SITE}</a></h1></div>"
            f"<p>Forty years in technical services, and now the garden.</p></div></div></div></div><nav "
            f"role='navigation'><div class='widget PageList' id='PageList2'><ul><li><a href='{u('/')}'>Home</a></li>"
            f"<li><a href='{u('/p/about-me.html')}'>About me</a></li></ul></div></nav></div></div>"
            f"<div class='page_body'><div class='centered'><main class='centered-bottom' id='main' role='main' "
            f"tabindex='-1'><div class='main section' id='page_body'><div class='widget Blog' id='Blog1'>{main}</div>"
            f"</div></main></div></div><aside class='sidebar-container container sidebar-invisible' role='complementary'>"
            f"<div class='widget Label' id='Label1'><h3 class='title'>Labels</h3><div class='widget-content list-label-"
            f"widget-content'><ul>{labels}</ul></div></div><div class='widget BlogArchive' id='BlogArchive1'><h3 "
            f"class='title'>Archive</h3><ul class='hierarchy'><li class='archivedate'><a class='post-count-link' "
            f"href='{u('/2025/')}'>2025</a></li></ul></div><div class='widget Profile' id='Profile1'><a "
            f"class='profile-name-link g-profile' href='{STACKS_PROFILE}'>Ruth Ellison</a></div></aside>"
            f"<footer class='footer section' id='footer'><div class='widget Attribution' id='Attribution1'>"
            f"<div class='blogger'><a href='https://www.blogger.com' rel='nofollow'>Powered by Blogger</a></div>"
            f"</div></footer></div></body></html>")


def _stacks_post(u, w: Work, full: bool) -> str:
    labels = "".join(f"<a href='{u('/search/label/' + t)}' rel='tag'>{t}</a>" for t in w.tags
                     if t in ("mentoring", "garden"))
    body = "".join(f"{esc(p)}<br><br>" for p in w.paras) if full else f"{cut(w.paras[0], 200)}"
    more = "" if full else (f"<div class='jump-link flat-button'><a href='{u(w.path)}' title='{esc(w.title)}'>"
                            f"Read more &raquo;</a></div>")
    return (f"<div class='post-outer-container'><div class='post-outer'><div class='post' itemscope "
            f"itemtype='http://schema.org/BlogPosting'><meta content='{esc(w.paras[0][:140])}' itemprop='description'>"
            f"<a name='{zlib.crc32(w.path.encode())}'></a><h3 class='post-title entry-title' itemprop='name'>"
            f"<a href='{u(w.path)}'>{esc(w.title)}</a></h3><div class='post-header'><div class='post-header-line-1'>"
            f"<span class='byline post-author vcard'><span class='byline-label'>by</span> <span class='fn'><meta "
            f"content='{STACKS_PROFILE}' itemprop='url'><a class='g-profile' href='{STACKS_PROFILE}' rel='author' "
            f"title='author profile'><span itemprop='name'>{esc(w.author)}</span></a></span></span> <span "
            f"class='byline post-timestamp'><meta content='{u(w.path)}' itemprop='url'><a class='timestamp-link' "
            f"href='{u(w.path)}' rel='bookmark' title='permanent link'><time class='published' datetime='"
            f"{w.date}T09:30:00-05:00' itemprop='datePublished' title='{w.date}T09:30:00-05:00'>{_long(w.date)}"
            f"</time></a></span></div></div><div class='post-body entry-content float-container' id='post-body-"
            f"{zlib.crc32(w.path.encode())}' itemprop='articleBody'>{body}</div>{more}<div class='post-footer'>"
            f"<div class='post-footer-line post-footer-line-1'><span class='byline post-labels'><span "
            f"class='byline-label'>Labels:</span>{labels}</span></div></div></div></div></div>")


def stacks(u, url) -> list[Doc]:
    docs = []
    posts = sorted(_on(STACKS), key=lambda w: w.date, reverse=True)
    for w in posts:
        comments = ""
        if w.path.endswith("listservs-were-our-twitter.html"):
            comments = (f"<section class='comments threaded' id='comments'><h3 class='title'>Comments</h3><div "
                        f"class='comments-content'><ol><li class='comment'><div class='comment-block'><cite "
                        f"class='user'>Marcus O.</cite><p class='comment-content'>Thank you, Ruth. Printing this "
                        f"one out.</p></div></li></ol></div></section>")
        docs.append(_work(w, _stacks(u, f"{STACKS_SITE}: {w.title}", u(w.path),
                                     f"<div class='blog-posts hfeed container'>{_stacks_post(u, w, True)}{comments}"
                                     f"</div><div class='blog-pager container' id='blog-pager'><a class='home-link' "
                                     f"href='{u('/')}'>Home</a></div>",
                                     f"<meta content='{esc(w.paras[0][:150])}' property='og:description'>",
                                     "item-view")))

    def listing(path: str, title: str, msg: str, items: list[Work], view: str) -> Doc:
        status = (f"<div class='blog-status-message'><div class='status-msg-wrap'><div class='status-msg-body'>{msg}"
                  f"</div></div></div>") if msg else ""
        return _page(STACKS, path, _stacks(u, title, u(path), f"{status}<div class='blog-posts hfeed container'>"
                     + "".join(_stacks_post(u, w, False) for w in items) + "</div>", "", view))

    docs.append(listing("/", STACKS_SITE, "", posts, "home-view"))
    docs.append(listing("/search/label/mentoring", f"{STACKS_SITE}: mentoring",
                        "Showing posts with the label <b>mentoring</b>. <a href='" + u("/") + "'>Show all posts</a>",
                        [w for w in posts if "mentoring" in w.tags], "search-view"))
    docs.append(listing("/search/label/garden", f"{STACKS_SITE}: garden",
                        "Showing posts with the label <b>garden</b>. <a href='" + u("/") + "'>Show all posts</a>",
                        [w for w in posts if "garden" in w.tags], "search-view"))
    docs.append(listing("/search?q=listserv", f"{STACKS_SITE}: Search results for listserv",
                        "Showing posts matching the search for <b>listserv</b>. <a href='" + u("/") + "'>Show all "
                        "posts</a>", [w for w in posts if "listserv" in (w.path + " ".join(w.paras)).lower()],
                        "search-view"))
    docs.append(listing("/2025/", f"{STACKS_SITE}: 2025", "", posts, "archive-view"))
    about = (f"<div class='blog-posts hfeed container'><div class='post-outer-container'><div class='post-outer'>"
             f"<div class='post'><h3 class='post-title entry-title'>About me</h3><div class='post-body entry-content "
             f"float-container'>I was a cataloguer in academic and public libraries from 1985 until I retired. Now "
             f"I grow tomatoes and write the odd post. Comments are moderated, because of the spam. Looking for my posts about the old email lists? "
             f"<a href='{u('/search?q=listserv')}'>Here they are.</a></div></div>"
             f"</div></div></div>")
    docs.append(_page(STACKS, "/p/about-me.html", _stacks(u, f"{STACKS_SITE}: About me", u("/p/about-me.html"),
                                                          about, "", "item-view")))
    return docs


# --- Hugo, Coder theme (the scholar) ----------------------------------------------------------------------------------

KAUR_SITE = "Amrit Kaur"


def _kaur(u, title: str, url: str, main: str, og_type: str = "website", extra: str = "") -> str:
    nav = "".join(f'<li class="navigation-item"><a class="navigation-link" href="{u(p)}">{n}</a></li>'
                  for p, n in (("/about/", "About"), ("/posts/", "Blog"), ("/contact/", "Contact")))
    return (f'<!doctype html><html lang="en"><head><title>{esc(title)}</title><meta charset="utf-8"><meta '
            f'name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light '
            f'dark"><meta name="author" content="Amrit Kaur"><meta name="description" content="Information science, '
            f'professional learning and online communities"><meta name="twitter:card" content="summary"><meta '
            f'name="twitter:title" content="{esc(title)}"><meta property="og:url" content="{esc(url)}"><meta '
            f'property="og:site_name" content="{KAUR_SITE}"><meta property="og:title" content="{esc(title)}"><meta '
            f'property="og:locale" content="en"><meta property="og:type" content="{og_type}">{extra}'
            f'<link rel="canonical" href="{esc(url)}"><link rel="stylesheet" href="/css/coder.min.css" media="screen">'
            f'<meta name="generator" content="Hugo 0.139.3"></head><body class="preload-transitions colorscheme-auto">'
            f'<div class="float-container"><a id="dark-mode-toggle" class="colorscheme-toggle"><i class="fa-solid '
            f'fa-adjust fa-fw" aria-hidden="true"></i></a></div><main class="wrapper"><nav class="navigation">'
            f'<section class="container"><a class="navigation-title" href="{u("/")}">{KAUR_SITE}</a><input '
            f'type="checkbox" id="menu-toggle"><label class="menu-button float-right" for="menu-toggle"><i class="fa-'
            f'solid fa-bars fa-fw" aria-hidden="true"></i></label><ul class="navigation-list">{nav}</ul></section>'
            f'</nav><div class="content">{main}</div><footer class="footer"><section class="container">&copy; 2026 '
            f'Amrit Kaur &middot; Powered by <a href="https://gohugo.io/">Hugo</a> &amp; <a href="https://github.com/'
            f'luizdepra/hugo-coder/">Coder</a>.</section></footer></main></body></html>')


def _kaur_list(u, title: str, link: str, posts: list[Work]) -> str:
    items = "".join(f'<li><span class="date">{_long(w.date)}</span><a class="title" href="{u(w.path)}">'
                    f"{esc(w.title)}</a></li>" for w in posts)
    return (f'<section class="container list"><header><h1 class="title"><a class="title-link" href="{u(link)}">'
            f"{esc(title)}</a></h1></header><ul>{items}</ul></section>")


def kaur(u, url) -> list[Doc]:
    docs = []
    posts = sorted(_on(KAUR), key=lambda w: w.date, reverse=True)
    for w in posts:
        minutes = max(1, round(_words(w) / 213))
        tags = "".join(f'<span class="tag"><a href="{u("/tags/mentoring/")}">mentoring</a></span>'
                       for t in w.tags if t == "mentoring")
        tagline = f'<div class="tags"><i class="fa-solid fa-tag" aria-hidden="true"></i>{tags}</div>' if tags else ""
        main = (f'<section class="container post"><article><header><div class="post-title"><h1 class="title"><a '
                f'class="title-link" href="{u(w.path)}">{esc(w.title)}</a></h1></div><div class="post-meta"><div '
                f'class="date"><span class="posted-on"><i class="fa-solid fa-calendar" aria-hidden="true"></i><time '
                f'datetime="{w.date}T00:00:00Z">{_long(w.date)}</time></span><span class="reading-time"><i class="fa-'
                f'solid fa-clock" aria-hidden="true"></i>{minutes}-minute read</span></div>{tagline}</div></header>'
                f'<div class="post-content">{ps(w.paras)}</div><footer></footer></article></section>')
        extra = (f'<meta property="og:description" content="{esc(w.paras[0][:160])}"><meta property="article:section" '
                 f'content="posts"><meta property="article:published_time" content="{w.date}T00:00:00+00:00">'
                 + "".join(f'<meta property="article:tag" content="{esc(t)}">' for t in w.tags))
        docs.append(_work(w, _kaur(u, w.title, u(w.path), main, "article", extra)))
    home = (f'<section class="container centered"><div class="about"><div class="avatar"><img src="/images/avatar.jpg" '
            f'alt="avatar"></div><h1>Amrit Kaur</h1><h2>Associate professor of information science. I study how '
            f'library workers learn from each other.</h2><ul><li><a href="https://github.com/akaur-lab" aria-label='
            f'"GitHub"><i class="fa-brands fa-github fa-2x" aria-hidden="true"></i></a></li><li><a href="https://'
            f'bsky.app/profile/akaur.example" aria-label="Bluesky"><i class="fa-brands fa-bluesky fa-2x" aria-'
            f'hidden="true"></i></a></li></ul></div></section>')
    docs.append(_page(KAUR, "/", _kaur(u, KAUR_SITE, u("/"), home)))
    docs.append(_page(KAUR, "/posts/", _kaur(u, f"Blog &middot; {KAUR_SITE}".replace("&middot;", "·"), u("/posts/"),
                                             _kaur_list(u, "Blog", "/posts/", posts))))
    docs.append(_page(KAUR, "/tags/mentoring/", _kaur(u, f"mentoring · {KAUR_SITE}", u("/tags/mentoring/"),
                                                      _kaur_list(u, "mentoring", "/tags/mentoring/",
                                                                 [w for w in posts if "mentoring" in w.tags]))))
    about = ('<section class="container page"><article><header><h1 class="title">About</h1></header><p>I am an '
             "associate professor in a school of information. My research is on professional learning, online "
             "communities and information practices at work. Before my PhD I was a systems librarian.</p>"
             "<p>I teach information retrieval and research methods.</p></article></section>")
    docs.append(_page(KAUR, "/about/", _kaur(u, f"About · {KAUR_SITE}", u("/about/"), about)))
    contact = ('<section class="container page"><article><header><h1 class="title">Contact</h1></header><p>Email is '
               "best: my first initial and surname at the university. I am slow to answer in term time.</p>"
               "</article></section>")
    docs.append(_page(KAUR, "/contact/", _kaur(u, f"Contact · {KAUR_SITE}", u("/contact/"), contact)))
    return docs


# --- Jekyll, Beautiful Jekyll theme (the student) ----------------------------------------------------------------------

MLIS_SITE = "MLIS Diary"


def _mlis(u, title: str, url: str, header: str, main: str, og_type: str = "website", ld: dict | None = None,
          extra: str = "") -> str:
    seo = (f'<!-- Begin Jekyll SEO tag v2.8.0 --><meta name="generator" content="Jekyll v4.3.4"><meta property="og:'
           f'title" content="{esc(title)}"><meta name="author" content="Sofia Delgado"><meta property="og:locale" '
           f'content="en_US"><link rel="canonical" href="{esc(url)}"><meta property="og:url" content="{esc(url)}">'
           f'<meta property="og:site_name" content="{MLIS_SITE}"><meta property="og:type" content="{og_type}">{extra}'
           f'<meta name="twitter:card" content="summary"><script type="application/ld+json">'
           f"{json.dumps(ld or {'@context': 'https://schema.org', '@type': 'WebSite', 'url': url, 'name': MLIS_SITE})}"
           f"</script><!-- End Jekyll SEO tag -->")
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
            f'width, initial-scale=1, shrink-to-fit=no"><title>{esc(title)}</title><meta name="author" content="Sofia'
            f' Delgado"><link rel="alternate" type="application/rss+xml" title="{MLIS_SITE}" href="/feed.xml"><link '
            f'rel="stylesheet" href="/assets/css/beautifuljekyll.css">{seo}</head><body><nav class="navbar navbar-'
            f'expand-xl navbar-light fixed-top navbar-custom top-nav-regular"><a class="navbar-brand" href="{u("/")}">'
            f'{MLIS_SITE}</a><button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#main-'
            f'navbar"><span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="main-'
            f'navbar"><ul class="navbar-nav ml-auto"><li class="nav-item"><a class="nav-link" href="{u("/aboutme/")}">'
            f'About Me</a></li><li class="nav-item"><a class="nav-link" href="{u("/tags/")}">Tags</a></li></ul></div>'
            f'</nav>{header}<div class=" container-md " role="main"><div class="row"><div class="col-xl-8 offset-xl-2 '
            f'col-lg-10 offset-lg-1">{main}</div></div></div><footer><div class="container-md beautiful-jekyll-footer">'
            f'<div class="row"><div class="col-xl-8 offset-xl-2 col-lg-10 offset-lg-1"><ul class="list-inline text-'
            f'center footer-links"><li class="list-inline-item"><a href="https://bsky.app/profile/sofiadelgado" title='
            f'"Bluesky">Bluesky</a></li></ul><p class="copyright text-muted"><span class="author-site">Sofia Delgado'
            f'</span> &nbsp;&bull;&nbsp; 2026</p><p class="theme-by text-muted">Powered by <a href="https://'
            f'beautifuljekyll.com">Beautiful Jekyll</a></p></div></div></div></footer></body></html>')


def _mlis_header(title: str, meta: str, sub: str = "") -> str:
    return (f'<header class="header-section "><div class="intro-header no-img"><div class="container-md"><div '
            f'class="row"><div class="col-xl-8 offset-xl-2 col-lg-10 offset-lg-1"><div class="{"post" if meta else "page"}'
            f'-heading"><h1>{esc(title)}</h1>{sub}{meta}</div></div></div></div></div></header>')


def _mlis_tags(u, w: Work) -> str:
    return ('<div class="blog-tags"><span>Tags:</span><ul class="d-inline list-inline" role="list">'
            + "".join(f'<li class="list-inline-item"><a href="{u("/tags/")}#{esc(t)}">{esc(t)}</a></li>' for t in w.tags)
            + "</ul></div>")


def _mlis_previews(u, posts: list[Work]) -> str:
    return '<div class="posts-list">' + "".join(
        f'<article class="post-preview"><a href="{u(w.path)}"><h2 class="post-title">{esc(w.title)}</h2></a><p '
        f'class="post-meta">Posted on {_long(w.date)}</p><div class="post-entry-container"><div class="post-entry">'
        f'{cut(" ".join(w.paras), 300)}<a href="{u(w.path)}" class="post-read-more">[Read&nbsp;More]</a></div></div>'
        f"{_mlis_tags(u, w)}</article>" for w in posts) + "</div>"


def mlis(u, url) -> list[Doc]:
    docs = []
    posts = sorted(_on(MLIS), key=lambda w: w.date, reverse=True)
    for n, w in enumerate(posts):
        nav = ""
        if n + 1 < len(posts):
            nav += (f'<li class="page-item previous"><a class="page-link" href="{u(posts[n + 1].path)}" data-toggle='
                    f'"tooltip" data-placement="top" title="{esc(posts[n + 1].title)}">&larr; Previous Post</a></li>')
        if n > 0:
            nav += (f'<li class="page-item next"><a class="page-link" href="{u(posts[n - 1].path)}" data-toggle='
                    f'"tooltip" data-placement="top" title="{esc(posts[n - 1].title)}">Next Post &rarr;</a></li>')
        main = (f'<article role="main" class="blog-post">{ps(w.paras)}</article>{_mlis_tags(u, w)}'
                f'<ul class="pagination blog-pager">{nav}</ul>')
        ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": w.title, "url": u(w.path),
              "datePublished": w.date + "T00:00:00+00:00", "author": {"@type": "Person", "name": w.author},
              "mainEntityOfPage": {"@type": "WebPage", "@id": u(w.path)}, "description": w.paras[0][:160]}
        extra = (f'<meta name="description" content="{esc(w.paras[0][:160])}"><meta property="og:description" '
                 f'content="{esc(w.paras[0][:160])}"><meta property="article:published_time" content="{w.date}'
                 f'T00:00:00+00:00">')
        docs.append(_work(w, _mlis(u, w.title, u(w.path), _mlis_header(
            w.title, f'<span class="post-meta">Posted on {_long(w.date)}</span>'), main, "article", ld, extra)))
    pager = (f'<ul class="pagination main-pager"><li class="page-item next"><a class="page-link" href="{u("/page2/")}">'
             f"Older Posts &rarr;</a></li></ul>")
    docs.append(_page(MLIS, "/", _mlis(u, MLIS_SITE, u("/"), _mlis_header(
        MLIS_SITE, "", '<hr class="small"><span class="page-subheading">Notes from library school</span>'),
        _mlis_previews(u, posts[:3]) + pager)))
    back = (f'<ul class="pagination main-pager"><li class="page-item previous"><a class="page-link" href="{u("/")}">'
            f"&larr; Newer Posts</a></li></ul>")
    docs.append(_page(MLIS, "/page2/", _mlis(u, MLIS_SITE, u("/page2/"), _mlis_header(MLIS_SITE, ""),
                                             _mlis_previews(u, posts[3:]) + back)))
    tags = sorted({t for w in posts for t in w.tags})
    index = ('<div id="full-tags-list">' + "".join(
        f'<h2 id="{esc(t)}" class="linked-section"><i class="fas fa-tag" aria-hidden="true"></i>&nbsp;{esc(t)}</h2>'
        f'<div class="post-list">' + "".join(f'<div class="tag-entry"><a href="{u(w.path)}">{esc(w.title)}</a><div '
                                             f'class="entry-date"><time datetime="{w.date}">{_long(w.date)}</time>'
                                             f"</div></div>" for w in posts if t in w.tags) + "</div>" for t in tags)
             + "</div>")
    docs.append(_page(MLIS, "/tags/", _mlis(u, "Tag Index", u("/tags/"), _mlis_header("Tag Index", ""), index)))
    about = ("<p>I'm Sofia, a second-semester MLIS student working part-time at a public library circulation desk. "
             "I write here about classes, my practicum and figuring out what kind of librarian I want to be.</p>"
             "<p>Opinions are my own and will probably change.</p>")
    docs.append(_page(MLIS, "/aboutme/", _mlis(u, "About me", u("/aboutme/"), _mlis_header("About me", ""), about)))
    return docs


# --- MyBB 1.8, default theme (the archivists' forum) ---------------------------------------------------------------

BOARDS_SITE = "ArchTalk Boards"
BOARDS_UIDS = {"pinecone_archivist": 7, "mgreer": 12}
BOARDS_FORUMS = {3: ("Careers &amp; Mentoring", "Jobs, career advice, mentoring and professional development."),
                 5: ("Collections &amp; Tech", "Preservation, processing, systems and tools.")}
BOARDS_FORUM_OF = {"412": 3, "415": 3, "418": 3, "423": 3, "420": 5, "425": 5}


def _tid(w: Work) -> str:
    return w.path.split("tid=")[1]


def _who(u, name: str) -> str:
    uid = BOARDS_UIDS.get(name)
    return f'<a href="{esc(u(f"/member.php?action=profile&uid={uid}"))}">{esc(name)}</a>' if uid else esc(name)


def _boards(u, title: str, crumbs: list[tuple[str, str]], main: str, extra: str = "") -> str:
    nav = "".join(f'<a href="{esc(u(p))}">{n}</a> &rsaquo; ' for p, n in crumbs[:-1])
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-'
            f'transitional.dtd"><html xml:lang="en" lang="en" xmlns="http://www.w3.org/1999/xhtml"><head><title>'
            f'{title}</title><link rel="alternate" type="application/rss+xml" title="Latest Threads (RSS 2.0)" href="'
            f'{u("/syndication.php")}"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><script '
            f'type="text/javascript" src="{u("/jscripts/jquery.js?ver=1823")}"></script><link type="text/css" '
            f'rel="stylesheet" href="{u("/cache/themes/theme1/global.min.css?t=1714060800")}">{extra}</head><body>'
            f'<div id="container"><a name="top" id="top"></a><div id="header"><div id="logo"><div class="wrapper">'
            f'<a href="{u("/")}"><img src="{u("/images/logo.png")}" alt="{BOARDS_SITE}" title="{BOARDS_SITE}"></a>'
            f'<ul class="menu top_links"><li><a href="{u("/memberlist.php")}" class="memberlist">Member List</a></li>'
            f'</ul></div></div><div id="panel"><div class="upper"><div class="wrapper"><span class="welcome">Hello '
            f'There, Guest!</span></div></div><div class="lower"><div class="wrapper"><ul class="panel_links"><li><a '
            f'href="{esc(u("/search.php?action=getdaily"))}">View Today\'s Posts</a></li></ul></div></div></div></div>'
            f'<div id="content"><div class="wrapper"><div class="navigation">{nav}<span class="active">{crumbs[-1][1]}'
            f'</span></div><br>{main}</div></div><div id="footer"><div class="lower"><div class="wrapper"><span '
            f'id="copyright">Powered By <a href="https://mybb.com" target="_blank" rel="noopener">MyBB</a>, &copy; '
            f"2002-2026 MyBB Group.</span></div></div></div></div></body></html>")


def _boards_rows(u, threads: list[Work]) -> str:
    return "".join(
        f'<tr class="inline_row"><td class="trow1 forumdisplay_regular" align="center" width="2%"><span class="thread_'
        f'status hotfolder" title="No new posts. Hot thread.">&nbsp;</span></td><td class="trow1 forumdisplay_regular">'
        f'<div><span><span class=" subject_old" id="tid_{_tid(w)}"><a href="{esc(u(w.path))}">{esc(w.title)}</a></span>'
        f'</span><div class="author smalltext">{_who(u, w.author)}</div></div></td><td align="center" class="trow1 '
        f'forumdisplay_regular">{len(w.paras) - 1}</td><td class="trow1 forumdisplay_regular" style="white-space: '
        f'nowrap; text-align: right;"><span class="lastpost smalltext">{w.date}<br>Last Post: '
        f"{_who(u, w.voices[-1])}</span></td></tr>" for w in threads)


def _boards_table(u, heading: str, rows: str) -> str:
    return (f'<table border="0" cellspacing="0" cellpadding="5" class="tborder clear"><tr><td class="thead" colspan="4">'
            f'<div><strong>{heading}</strong></div></td></tr><tr><td class="tcat" colspan="2"><span class="smalltext">'
            f'<strong>Thread / Author</strong></span></td><td class="tcat" align="center"><span class="smalltext">'
            f'<strong>Replies</strong></span></td><td class="tcat" align="right"><span class="smalltext"><strong>Last '
            f"Post</strong></span></td></tr>{rows}</table>")


def boards(u, url) -> list[Doc]:
    docs = []
    threads = sorted(_on(BOARDS), key=lambda w: w.date, reverse=True)
    for w in threads:
        fid = BOARDS_FORUM_OF[_tid(w)]
        posts = []
        for n, (who, text) in enumerate(zip(w.voices, w.paras)):
            pid = int(_tid(w)) * 10 + n
            body = esc(text)
            if _tid(w) == "418" and n == 1:
                body += f'<br><br>(There was an older thread on this: <a href="{esc(u("/showthread.php?tid=399"))}">' \
                        f"mentoring program reviews</a>.)"
            posts.append(
                f'<a name="pid{pid}" id="pid{pid}"></a><div class="post classic " style="" id="post_{pid}"><div '
                f'class="post_author scaleimages"><div class="author_information"><strong><span class="largetext">'
                f'{_who(u, who)}</span></strong><br><span class="smalltext">Member<br></span></div><div class="author_'
                f'statistics">Posts: {40 + pid % 300}<br>Threads: {3 + pid % 20}<br>Joined: Mar 2021</div></div>'
                f'<div class="post_content"><div class="post_head"><div class="float_right" style="vertical-align: '
                f'top"><strong><a href="#pid{pid}" title="{esc(w.title)}">#{n + 1}</a></strong></div><span class="post_'
                f'date">{w.date}</span></div><div class="post_body scaleimages" id="pid_{pid}">{body}</div></div>'
                f'<div class="post_controls"><div class="postbit_buttons author_buttons float_left"></div></div></div>')
        main = (f'<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear"><tr><td class="thead">'
                f'<div><strong>{esc(w.title)}</strong></div></td></tr></table><div id="posts">{"".join(posts)}</div>')
        docs.append(_work(w, _boards(u, esc(w.title), [("/", BOARDS_SITE), (f"/forumdisplay.php?fid={fid}",
                                                                             BOARDS_FORUMS[fid][0]), (w.path, esc(w.title))],
                                     main, f'<link rel="canonical" href="{esc(u(w.path))}">')))
    cats = "".join(
        f'<tr><td class="trow1" align="center" width="1"><span class="forum_status forum_on" title="Forum Contains '
        f'New Posts"></span></td><td class="trow1"><strong><a href="{esc(u(f"/forumdisplay.php?fid={fid}"))}">{name}'
        f'</a></strong><div class="smalltext">{desc}</div></td><td class="trow1" align="center">'
        f"{sum(BOARDS_FORUM_OF[_tid(w)] == fid for w in threads)}</td><td class=\"trow1\" align=\"right\"><span "
        f'class="smalltext">' + "".join(f'<a href="{esc(u(w.path))}" title="{esc(w.title)}"><strong>{esc(w.title)}'
                                        f"</strong></a>" for w in threads[:1] if BOARDS_FORUM_OF[_tid(w)] == fid)
        + "</span></td></tr>" for fid, (name, desc) in BOARDS_FORUMS.items())
    home = (f'<table border="0" cellspacing="0" cellpadding="5" class="tborder"><thead><tr><td class="thead" '
            f'colspan="4"><div><strong>ArchTalk</strong><br><div class="smalltext">A forum for archivists and records '
            f"people.</div></div></td></tr></thead><tbody>{cats}</tbody></table><br><table border=\"0\" cellspacing="
            f'"0" cellpadding="5" class="tborder"><tr><td class="thead"><strong>{BOARDS_SITE} Statistics</strong></td>'
            f'</tr><tr><td class="trow1"><span class="smalltext">Our members have made a total of 5,412 posts in 811 '
            f"threads.<br>We currently have 377 members.<br>Please welcome our newest member, {_who(u, 'mgreer')}"
            f"</span></td></tr></table>")
    docs.append(_page(BOARDS, "/", _boards(u, BOARDS_SITE, [("/", BOARDS_SITE)], home)))
    for fid, (name, _) in BOARDS_FORUMS.items():
        mine = [w for w in threads if BOARDS_FORUM_OF[_tid(w)] == fid]
        docs.append(_page(BOARDS, f"/forumdisplay.php?fid={fid}", _boards(
            u, name, [("/", BOARDS_SITE), (f"/forumdisplay.php?fid={fid}", name)],
            _boards_table(u, name, _boards_rows(u, mine)))))
    for name, uid in BOARDS_UIDS.items():
        mine = [w for w in threads if w.author == name]
        profile = (f'<table border="0" cellspacing="0" cellpadding="5" class="tborder"><tr><td class="thead"><strong>'
                   f'{esc(name)}</strong><br><span class="smalltext">Member</span></td></tr><tr><td class="trow1">'
                   f"<strong>Joined:</strong> March 2021<br><strong>Total Posts:</strong> {100 + uid * 9}<br>"
                   f"<strong>Threads started:</strong> " + ", ".join(f'<a href="{esc(u(w.path))}">{esc(w.title)}</a>'
                                                                     for w in mine)
                   + "</td></tr></table>")
        docs.append(_page(BOARDS, f"/member.php?action=profile&uid={uid}", _boards(
            u, f"{BOARDS_SITE} - Profile of {esc(name)}", [("/", BOARDS_SITE), ("", f"Profile of {esc(name)}")],
            profile)))
    members = "".join(f'<tr><td class="trow1">{_who(u, n)}</td><td class="trow1">Member</td></tr>'
                      for n in sorted({v for w in threads for v in w.voices}))
    docs.append(_page(BOARDS, "/memberlist.php", _boards(
        u, f"{BOARDS_SITE} - Member List", [("/", BOARDS_SITE), ("", "Member List")],
        f'<table border="0" cellspacing="0" cellpadding="5" class="tborder"><tr><td class="thead" colspan="2"><strong>'
        f"Member List</strong></td></tr>{members}</table>")))
    docs.append(_page(BOARDS, "/search.php?action=getdaily", _boards(
        u, f"{BOARDS_SITE} - Search Results", [("/", BOARDS_SITE), ("", "Search Results")],
        _boards_table(u, "Search Results", _boards_rows(u, threads[:3])))))
    docs.append(_page(BOARDS, "/showthread.php?tid=399", _boards(
        u, BOARDS_SITE, [("/", BOARDS_SITE)],
        f'<table border="0" cellspacing="0" cellpadding="5" class="tborder"><tr><td class="thead"><span class="'
        f'smalltext"><strong>{BOARDS_SITE}</strong></span></td></tr><tr><td class="trow1">The specified thread does '
        f"not exist.</td></tr></table>")))
    return docs


# --- GoToSocial web view (the fediverse instance) -------------------------------------------------------------------

HALL_PEOPLE = {"wren": ("Wren Abernathy", "Archivist. Runs the #LibMentor chat. Admin here. DMs open for new folks."),
               "tomasz": ("Tomasz Wójcik", "Digital archivist, family papers, fixity nerd. Moderator.")}


def _hall_text(u, text: str) -> str:
    return re.sub(r"#(\w+)", lambda m: f'<a href="{u("/tags/" + m.group(1).lower())}" class="mention hashtag" rel="tag '
                                       f'nofollow noreferrer noopener" target="_blank">#<span>{m.group(1)}</span></a>',
                  esc(text))


def _hall(u, title: str, url: str, main: str, og: str, page_class: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content='
            f'"IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="robots" '
            f'content="noindex, nofollow">{og}<link rel="icon" href="/assets/logo.webp" type="image/webp"><link '
            f'rel="stylesheet" href="/assets/dist/_colors.css"><link rel="stylesheet" href="/assets/dist/base.css">'
            f'<title>{esc(title)}</title></head><body class="{page_class}"><div class="page"><header class="page-header">'
            f'<a aria-label="glamhall.example. Go to instance homepage" href="{u("/")}" class="nounderline"><picture>'
            f'<img src="/assets/logo.webp" alt="A cartoon sloth." title="A cartoon sloth." width="300" height="300">'
            f'</picture><h1>glamhall.example</h1></a></header><div class="page-content">{main}</div><footer class="page-'
            f'footer"><nav><ul class="nav-items" role="list"><li class="nav-item"><a href="{u("/about")}" class="nav-'
            f'link">About this instance</a></li><li class="nav-item"><a href="https://gotosocial.org" class="nav-link" '
            f'rel="nofollow noreferrer noopener" target="_blank">Powered by GoToSocial</a><span class="accent"> '
            f"0.17.3</span></li></ul></nav></footer></div></body></html>")


def _hall_status(u, w: Work, expanded: bool) -> str:
    user = w.path.split("/")[1][1:]
    name = HALL_PEOPLE[user][0]
    ident = w.path.rsplit("/", 1)[1]
    return (f'<article class="status{" expanded" if expanded else ""}" id="{ident}" role="region" aria-label="Status '
            f'by {esc(name)}"><header class="status-header"><address><a href="{u("/@" + user)}" rel="author" title='
            f'"Open profile" class="status-author-link"><picture class="avatar"><img src="/fileserver/avatar-{user}.jpg"'
            f' alt="Avatar for {user}"></picture><dl class="author-strap"><dt class="sr-only">Display name</dt><dd '
            f'class="displayname text-cutoff">{esc(name)}</dd><dt class="sr-only">Username</dt><dd class="username '
            f'text-cutoff">@<span class="p-nickname">{user}</span>@glamhall.example</dd></dl></a></address></header>'
            f'<section class="status-body"><div class="text"><div class="content e-content" lang="en">'
            f'<p>{_hall_text(u, w.paras[0])}</p></div></div></section><aside class="status-info" aria-hidden="false">'
            f'<dl class="status-stats"><div class="stats-grouping"><div class="stats-item published-at text-cutoff">'
            f'<dt class="sr-only">Published</dt><dd><time class="dt-published" datetime="{w.date}T18:02:11.000Z">'
            f'{w.date[8:]} {datetime.date.fromisoformat(w.date):%b} {w.date[:4]}, 18:02</time></dd></div></div>'
            f'<div class="stats-grouping"><div class="stats-item" title="Replies"><dt class="sr-only">Replies</dt>'
            f'<dd>{len(w.paras[0]) % 7}</dd></div><div class="stats-item" title="Boosts"><dt class="sr-only">Boosts'
            f'</dt><dd>{len(w.paras[0]) % 11}</dd></div></div></dl></aside><a href="{u(w.path)}" class="status-link" '
            f'data-nosnippet title="Open thread at this post">Open thread at this post</a></article>')


def hall(u, url) -> list[Doc]:
    docs = []
    posts = sorted(_on(HALL), key=lambda w: w.date, reverse=True)
    for w in posts:
        user = w.path.split("/")[1][1:]
        og = (f'<meta name="description" content="{esc(w.paras[0][:300])}"><meta property="og:title" content="'
              f'{esc(HALL_PEOPLE[user][0])}, @{user}@glamhall.example"><meta property="og:type" content="article">'
              f'<meta property="og:locale" content="en"><meta property="og:url" content="{esc(u(w.path))}"><meta '
              f'property="og:site_name" content="glamhall.example"><meta property="og:description" content="'
              f'{esc(w.paras[0][:300])}"><meta property="article:published_time" content="{w.date}T18:02:11Z">'
              f'<meta property="article:author" content="{esc(u("/@" + user))}"><link rel="alternate" type='
              f'"application/activity+json" href="{esc(u("/users/" + user + "/statuses/" + w.path.rsplit("/", 1)[1]))}">')
        main = (f'<main class="thread"><section class="thread thread-live" aria-labelledby="thread-summary" '
                f'role="region"><div class="col-header"><h2 id="thread-summary">Thread with 1 visible post</h2>'
                f'</div><div class="thread">{_hall_status(u, w, True)}</div></section></main>')
        docs.append(_work(w, _hall(u, f"{HALL_PEOPLE[user][0]}, @{user}@glamhall.example - glamhall.example",
                                   u(w.path), main, og, "page-thread")))
    for user, (name, bio) in HALL_PEOPLE.items():
        mine = [w for w in posts if w.path.startswith(f"/@{user}/")]
        og = (f'<meta name="description" content="{esc(bio)}"><meta property="og:title" content="{esc(name)}, @{user}'
              f'@glamhall.example"><meta property="og:type" content="profile"><meta property="profile:username" '
              f'content="@{user}@glamhall.example"><meta property="og:url" content="{esc(u("/@" + user))}">'
              f'<link rel="alternate" type="application/rss+xml" href="{esc(u("/@" + user + "/feed.rss"))}" title='
              f'"{esc(name)}\'s posts">')
        main = (f'<main class="profile"><div class="profile-header"><div class="basic-info" aria-label="Basic info">'
                f'<dl class="namerole"><dt class="sr-only">Display name</dt><dd class="displayname text-cutoff">'
                f'{esc(name)}</dd><dt class="sr-only">Username</dt><dd class="username text-cutoff">@{user}'
                f'@glamhall.example</dd></dl></div></div><div class="about-user"><section class="about-user-bio" '
                f'aria-labelledby="bio"><h3 class="sr-only" id="bio">Bio</h3><div class="bio">'
                f'<p>{_hall_text(u, bio)}</p></div></section></div><section class="statuses-wrapper" aria-labelledby='
                f'"recent"><h3 id="recent">Recent posts</h3><div class="thread">'
                + "".join(_hall_status(u, w, False) for w in mine) + "</div></section></main>")
        docs.append(_page(HALL, "/@" + user, _hall(u, f"{name}, @{user}@glamhall.example - glamhall.example",
                                                  u("/@" + user), main, og, "page-profile")))
    home = ('<main class="index"><section class="about" aria-labelledby="about"><h2 id="about">About this instance'
            '</h2><p>glamhall is a small, invite-only instance for people who work in galleries, libraries, archives '
            f'and museums.</p><p><a href="{u("/about")}">See more details</a></p></section><section class="apps" '
            'aria-labelledby="apps"><h2 id="apps">Client applications</h2><p>Log in with a Mastodon-compatible '
            'client.</p></section></main>')
    docs.append(_page(HALL, "/", _hall(u, "glamhall.example - GoToSocial", u("/"), home,
                                       '<meta property="og:type" content="website"><meta property="og:title" content='
                                       '"glamhall.example - GoToSocial">', "page-index")))
    mods = "".join(f'<li><a href="{u("/@" + user)}" class="account-card"><span class="displayname">{esc(name)}</span>'
                   f" <span class=\"username\">@{user}</span></a></li>" for user, (name, _) in HALL_PEOPLE.items())
    about = (f'<main class="about"><section class="about-section" aria-labelledby="appreciation"><h2 id="appreciation">'
             f'About glamhall.example</h2><p>A home for GLAM workers. Be kind, add alt text, no ads.</p></section>'
             f'<section class="about-section" aria-labelledby="contact"><h2 id="contact">Contact</h2><p>Admin contact: '
             f'<a href="{u("/@wren")}">@wren</a></p></section><section class="about-section" aria-labelledby='
             f'"moderators"><h2 id="moderators">Instance moderators</h2><ul class="list">{mods}</ul></section>'
             f'<section class="about-section" aria-labelledby="rules"><h2 id="rules">Rules</h2><ol><li>No harassment.'
             f"</li><li>Content warnings for work rants.</li></ol></section></main>")
    docs.append(_page(HALL, "/about", _hall(u, "About - glamhall.example", u("/about"), about,
                                            '<meta property="og:type" content="website">', "page-about")))
    return docs


# --- a Taylor & Francis-like journal platform -----------------------------------------------------------------------

JOURNAL_NAME = "Journal of Information & Library Practice"
JOURNAL_CODE = "ujlp20"
JOURNAL_PDF = {w.path.replace("/doi/pdf/", "/doi/full/"): w.path for w in WORKS.values()
               if w.host == JOURNAL and w.kind == "document"}


def _jilp(u, title: str, url: str, main: str, meta: str = "", og_type: str = "website") -> str:
    return (f'<!DOCTYPE html><html lang="en" class="pb-page" data-request-id="6f1c"><head data-pb-dropzone="head">'
            f'<meta name="pbContext" content=";journal:journal:{JOURNAL_CODE};website:website:TFOPB;page:string:'
            f'Article/Chapter View"><title>{esc(title)}</title><meta charset="UTF-8"><meta name="robots" content="'
            f'noarchive">{meta}<meta property="og:title" content="{esc(title)}"><meta property="og:type" content="'
            f'{og_type}"><meta property="og:url" content="{esc(url)}"><meta property="og:site_name" content="Taylor '
            f'&amp; Francis"><link rel="canonical" href="{esc(url)}"><link rel="stylesheet" href="/wro/product.css">'
            f'</head><body class="pb-ui"><div id="pb-page-content"><header class="page-header"><div class="header-'
            f'logo"><a href="{u("/")}" title="{esc(JOURNAL_NAME)}"><img src="/pb-assets/Global/tfo_logo.png" alt="'
            f'Taylor and Francis Online"></a></div><form class="quickSearchForm" action="{u("/action/doSearch")}" '
            f'method="get"><input type="search" name="AllField" placeholder="Enter keywords, authors, DOI, ORCID etc">'
            f'<input type="hidden" name="SeriesKey" value="{JOURNAL_CODE}"></form></header><div class="journal-'
            f'header"><h2 class="journal-title"><a href="{u("/")}">{esc(JOURNAL_NAME)}</a></h2><ul class="journal-'
            f'nav"><li><a href="{u(f"/toc/{JOURNAL_CODE}/14/2")}">Current issue</a></li><li><a href="'
            f'{u(f"/loi/{JOURNAL_CODE}")}">Browse list of issues</a></li><li><a href="'
            f'{esc(u(f"/action/journalInformation?journalCode={JOURNAL_CODE}"))}">Journal information</a></li></ul>'
            f'</div><main class="page-body">{main}</main><footer class="page-footer"><p>Copyright &copy; 2026 Informa '
            f"UK Limited, an Informa Group Company</p></footer></div></body></html>")


def _jilp_entry(u, w: Work) -> str:
    pdf_link = (f'<a class="ref nowrap pdf" href="{u(JOURNAL_PDF[w.path])}"><i class="icon-pdf"></i>PDF</a>'
                if w.path in JOURNAL_PDF else "")
    kind = "Book Review" if w.title.startswith("Book review") else "Article"
    return (f'<div class="tocArticleEntry include-metrics-panel"><div class="article-type">{kind}</div><div '
            f'class="art_title linkable"><a class="ref nowrap" href="{u(w.path)}"><span class="hlFld-Title">'
            f'{esc(w.title)}</span></a></div><div class="tocentryright"><div class="tocAuthors afterTitle"><div '
            f'class="articleEntryAuthor all"><span class="articleEntryAuthorsLinks">{esc(w.author.replace(";", ","))}'
            f'</span></div></div><div class="tocPageRange maintextleft">Pages: {100 + zlib.crc32(w.path.encode()) % 90}'
            f'</div><div class="tocEPubDate"><span class="maintextleft"><strong>Published online:</strong>'
            f'{_long(w.date)}</span></div><div class="sfxLinkSection"><a class="ref nowrap abs" href="{u(w.path)}">'
            f"Full Text</a>{pdf_link}</div></div></div>")


def journal(u, url) -> list[Doc]:
    docs = []
    arts = [w for w in _on(JOURNAL) if w.kind == "journal-article"]
    for w in _on(JOURNAL):
        doi = w.path.split("/doi/")[1].split("/", 1)[1]
        authors = [a.strip() for a in w.author.split(";")]
        if w.kind == "document":
            lines = [w.title[:90], w.title[90:], ", ".join(authors), f"{JOURNAL_NAME}, 14(2). https://doi.org/{doi}"]
            for p in w.paras:
                words, line = p.split(), ""
                for x in words:
                    if len(line) + len(x) > 92:
                        lines.append(line)
                        line = ""
                    line += x + " "
                lines.append(line)
            docs.append(_work(w, pdf(lines), "application/pdf"))
            continue
        review = w.title.startswith("Book review")
        meta = (f'<meta name="dc.Title" content="{esc(w.title)}">'
                + "".join(f'<meta name="dc.Creator" content=" {esc(a)} ">' for a in authors)
                + f'<meta name="dc.Description" content="{esc(w.paras[0][:600])}">'
                + "".join(f'<meta name="dc.Subject" content="{esc(t)}; ">' for t in w.tags)
                + f'<meta name="dc.Publisher" content=" Routledge "><meta name="dc.Date" scheme="WTN8601" content='
                  f'"{w.date}"><meta name="dc.Type" content="{"book-review" if review else "research-article"}">'
                  f'<meta name="dc.Format" content="text/HTML"><meta name="dc.Identifier" scheme="publisher-id" '
                  f'content="{doi.rsplit(".", 1)[1]}"><meta name="dc.Identifier" scheme="doi" content="{doi}"><meta '
                  f'name="dc.Source" content="https://doi.org/{doi}"><meta name="dc.Language" content="en"><meta '
                  f'name="dc.Coverage" content="world"><meta name="keywords" content="{esc(", ".join(w.tags))}">')
        if review:
            body = f'<div class="hlFld-Fulltext">{ps(w.paras)}</div>'
        else:
            secs = "".join(f'<div class="NLM_sec NLM_sec_level_1" id="s000{n}"><p>{esc(p)}</p></div>'
                           for n, p in enumerate(w.paras[1:], 1))
            body = (f'<div class="hlFld-Abstract"><p class="kwd-title"></p><div class="abstractSection abstractInFull">'
                    f'<h2 class="section-heading-2" id="abstract">ABSTRACT</h2><p>{esc(w.paras[0])}</p></div><div '
                    f'class="abstractKeywords"><div class="hlFld-KeywordText"><p class="kwd-title">KEYWORDS: </p>'
                    + "".join(f'<a class="kwd-btn keyword-click" href="{esc(u("/action/doSearch?AllField=mentoring&SeriesKey=" + JOURNAL_CODE))}">{esc(t)}</a>'
                              if t == "mentoring" else f'<span class="kwd-btn">{esc(t)}</span>' for t in w.tags)
                    + f'</div></div></div><div class="hlFld-Fulltext">{secs}</div>')
        pdf_link = (f'<li class="pdf-tab"><a href="{u(JOURNAL_PDF[w.path])}" class="show-pdf">PDF</a></li>'
                    if w.path in JOURNAL_PDF else "")
        main = (f'<div class="toc-heading"><h3>{"Book Review" if review else "Research Article"}</h3></div><div '
                f'class="articleMeta ja"><div class="hlFld-Title"><h1><span class="NLM_article-title hlFld-title">'
                f'{esc(w.title)}</span></h1></div><div class="literatumAuthors"><div class="publicationContentAuthors">'
                + ", ".join(f'<span class="hlFld-ContribAuthor"><span class="NLM_contrib-group"><span class="contribDeg'
                            f'rees "><a class="author" href="#">{esc(a)}</a></span></span></span>' for a in authors)
                + f'</div></div><div class="widget-body body body-none  body-compact-all"><div class="itemPageRange">'
                  f'<span>Published online: </span>{_long(w.date)}</div><div class="issueSerialNavigation"><a href="'
                  f'{u(f"/toc/{JOURNAL_CODE}/14/2")}">Volume 14, Issue 2</a></div><div class="dx-doi"><a href="https://'
                  f'doi.org/{doi}">https://doi.org/{doi}</a></div></div></div><ul class="tab-nav" role="tablist"><li '
                  f'class="active"><a href="{u(w.path)}">Full Article</a></li>{pdf_link}</ul><div class="article-'
                  f'content">{body}</div>')
        docs.append(_work(w, _jilp(u, f"{w.title}: {JOURNAL_NAME}: Vol 14, No 2", u(w.path), main, meta, "article")))
    toc = (f'<div class="tocHeading"><h2>{esc(JOURNAL_NAME)}, Volume 14, Issue 2 (2026)</h2></div><div class='
           f'"tocContent">' + "".join(_jilp_entry(u, w) for w in arts) + "</div>")
    docs.append(_page(JOURNAL, f"/toc/{JOURNAL_CODE}/14/2", _jilp(u, f"{JOURNAL_NAME}: Vol 14, No 2",
                                                                  u(f"/toc/{JOURNAL_CODE}/14/2"), toc)))
    loi = (f'<div class="loi-list"><h2>List of issues</h2><ul class="loi__list"><li class="loi__issue"><a href="'
           f'{u(f"/toc/{JOURNAL_CODE}/14/2")}">Volume 14, Issue 2, 2026</a></li><li class="loi__issue">Volume 14, '
           f"Issue 1, 2026</li><li class=\"loi__issue\">Volume 13, Issue 4, 2025</li></ul></div>")
    docs.append(_page(JOURNAL, f"/loi/{JOURNAL_CODE}", _jilp(u, f"List of issues {JOURNAL_NAME}",
                                                             u(f"/loi/{JOURNAL_CODE}"), loi)))
    hits = [w for w in arts if "mentor" in " ".join(w.paras).lower()]
    search = (f'<div class="search-result"><h1 class="search-result__title">{len(hits)} results for "mentoring" in '
              f'{esc(JOURNAL_NAME)}</h1><ol class="search-result__body">'
              + "".join(f"<li>{_jilp_entry(u, w)}</li>" for w in hits) + "</ol></div>")
    spath = f"/action/doSearch?AllField=mentoring&SeriesKey={JOURNAL_CODE}"
    docs.append(_page(JOURNAL, spath, _jilp(u, "Search results", u(spath), search)))
    ipath = f"/action/journalInformation?journalCode={JOURNAL_CODE}"
    info = (f'<div class="journalInformation"><h1>Journal information</h1><p>Print ISSN: 2475-0158 Online ISSN: '
            f"2475-0166</p><p>4 issues per year</p><p>{esc(JOURNAL_NAME)} publishes research and reflective practice "
            f"on libraries, archives and information work. Editor: Chidi Okafor.</p></div>")
    docs.append(_page(JOURNAL, ipath, _jilp(u, f"{JOURNAL_NAME}: Journal information", u(ipath), info)))
    home = (f'<div class="journal-home"><h1>{esc(JOURNAL_NAME)}</h1><p class="journal-desc">Peer-reviewed research on '
            f'library and information practice.</p><section class="latest-articles"><h2>Latest articles</h2>'
            + "".join(_jilp_entry(u, w) for w in arts[:3])
            + f'<a class="button" href="{u(f"/toc/{JOURNAL_CODE}/14/2")}">See all volumes and issues</a></section>'
              f'<section class="topics"><h2>Explore</h2><a href="{esc(u(spath))}">Articles on mentoring</a></section></div>')
    docs.append(_page(JOURNAL, "/", _jilp(u, JOURNAL_NAME, u("/"), home)))
    return docs


# --- Moodle 4 (the public course) -------------------------------------------------------------------------------------

LEARN_SITE = "Westbrook iSchool Open Learning"
LEARN_COURSE = "LIS 501: Foundations of Information Professions"
LEARN_PDF = "/pluginfile.php/530/mod_resource/content/1/peer-mentoring-guide.pdf"


def _learn(u, title: str, url: str, page_id: str, body_class: str, crumbs: list[tuple[str, str]], heading: str,
           main: str) -> str:
    bc = "".join(f'<li class="breadcrumb-item"><a href="{esc(u(p))}">{esc(n)}</a></li>' if p else
                 f'<li class="breadcrumb-item"><span>{esc(n)}</span></li>' for p, n in crumbs)
    return (f'<!DOCTYPE html><html dir="ltr" lang="en" xml:lang="en"><head><title>{esc(title)}</title><link rel='
            f'"shortcut icon" href="/theme/image.php/boost/theme/1737000000/favicon"><meta http-equiv="Content-Type" '
            f'content="text/html; charset=utf-8"><meta name="keywords" content="moodle, {esc(title)}"><link rel='
            f'"stylesheet" type="text/css" href="/theme/styles.php/boost/1737000000_1/all"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1.0"></head><body id="{page_id}" class="{body_class} chrome '
            f'dir-ltr lang-en yui-skin-sam yui3-skin-sam learn-example pagelayout-incourse theme uses-drawers">'
            f'<div id="page-wrapper" class="d-print-block"><nav class="navbar fixed-top navbar-light bg-white navbar-'
            f'expand" aria-label="Site navigation"><a href="{u("/")}" class="navbar-brand d-none d-md-flex align-items-'
            f'center m-0 me-4 p-0 aabtn"><span class="site-name">{LEARN_SITE}</span></a><div class="primary-navigation">'
            f'<nav class="moremenu navigation"><ul role="menubar" class="nav more-nav navbar-nav"><li data-key="home" '
            f'class="nav-item" role="none"><a role="menuitem" class="nav-link" href="{u("/")}">Home</a></li></ul></nav>'
            f'</div><div class="d-flex align-items-stretch usermenu-container"><span class="login ps-2">You are '
            f'currently using guest access</span></div></nav><div id="page" data-region="mainpage" class="drawers">'
            f'<div class="main-inner"><header id="page-header" class="header-maxwidth d-print-none"><div class="w-100">'
            f'<div class="d-flex flex-wrap"><div id="page-navbar"><nav aria-label="Navigation bar"><ol class='
            f'"breadcrumb">{bc}</ol></nav></div></div><div class="d-flex align-items-center"><div class="page-header-'
            f'headings"><h1 class="h2">{esc(heading)}</h1></div></div></div></header><div id="page-content" class='
            f'"pb-3 d-print-block"><div id="region-main-box"><section id="region-main" aria-label="Content"><div '
            f'role="main"><span id="maincontent"></span>{main}</div></section></div></div></div></div><footer id='
            f'"page-footer" class="footer-popover bg-white"><div class="footer-content-popover container"><div class='
            f'"footer-section p-3"><div class="logininfo">You are currently using guest access</div><div class='
            f'"tool_dataprivacy"><a href="https://moodle.com/privacy-notice/">Data retention summary</a></div></div>'
            f'<div class="footer-section p-3"><div>Powered by <a href="https://moodle.com">Moodle</a></div></div></div>'
            f"</footer></div></body></html>")


def learn(u, url) -> list[Doc]:
    docs = []
    pages = [w for w in _on(LEARN) if w.kind != "document"]
    crumbs = [("/course/view.php?id=14", "LIS 501")]
    for w in pages:
        cmid = w.path.split("id=")[1]
        body = ps(w.paras)
        if cmid == "220":
            body += (f'<p>Resources: <a href="{u(LEARN_PDF)}">Peer Mentoring Guide for MLIS Students (PDF)</a>; '
                     f'<a href="{url(JOURNAL, "/doi/full/10.1080/24750158.2026.2210431")}">Okafor and Hartmann '
                     f"(2026)</a>.</p>")
        main = (f'<h2>{esc(w.title)}</h2><div class="activity-header" data-for="page-activity-header"></div><div '
                f'class="box py-3 generalbox center clearfix"><div class="no-overflow">{body}</div></div><div class='
                f'"modified">Last modified: {datetime.date.fromisoformat(w.date):%A}, {_long(w.date)}, 9:00 AM</div>')
        docs.append(_work(w, _learn(u, f"LIS 501: {w.title} | {LEARN_SITE}", u(w.path), "page-mod-page-view",
                                    f"format-weeks path-mod path-mod-page course-14 context-{1000 + int(cmid)} "
                                    f"cmid-{cmid} category-2", crumbs + [(w.path, w.title)], LEARN_COURSE, main)))
    guide = next(w for w in _on(LEARN) if w.kind == "document")
    lines = [guide.title, guide.author, ""]
    for p in guide.paras:
        line = ""
        for x in p.split():
            if len(line) + len(x) > 90:
                lines.append(line)
                line = ""
            line += x + " "
        lines += [line, ""]
    docs.append(_work(guide, pdf(lines), "application/pdf"))
    teacher = f'<a href="{esc(u("/user/profile.php?id=31"))}">Dr. Helen Park</a>'
    card = (f'<div class="coursebox clearfix odd first" data-courseid="14" data-type="1"><div class="info"><h3 '
            f'class="coursename"><a class="aalink" href="{esc(u("/course/view.php?id=14"))}">{LEARN_COURSE}</a></h3>'
            f'</div><div class="content"><div class="d-flex"><div class="flex-grow-1"><div class="summary"><div '
            f'class="no-overflow"><p>An open introduction to the library and information professions: history, '
            f'ethics, information organisation and professional development.</p></div></div><ul class="teachers">'
            f"<li>Teacher: {teacher}</li></ul></div></div></div></div>")
    docs.append(_page(LEARN, "/", _learn(u, LEARN_SITE, u("/"), "page-site-index", "format-site course path-site "
                                         "category-1 pagelayout-frontpage", [], LEARN_SITE,
                                         f'<div id="frontpage-available-course-list"><h2>Available courses</h2>'
                                         f'<div class="courses frontpage-course-list-all">{card}</div></div>')))
    docs.append(_page(LEARN, "/course/index.php?categoryid=2", _learn(
        u, f"{LEARN_SITE}: Open courses", u("/course/index.php?categoryid=2"), "page-course-index-category",
        "format-site path-course path-course-index category-2 pagelayout-coursecategory",
        [("/course/index.php?categoryid=2", "Courses"), ("", "Open courses")], LEARN_SITE,
        f'<div class="course_category_tree clearfix category-browse category-browse-2"><div class="content"><div '
        f'class="courses category-browse category-browse-2">{card}</div></div></div>')))
    acts = "".join(f'<li class="activity activity-wrapper page modtype_page hasinfo" id="module-{w.path.split("id=")[1]}">'
                   f'<div class="activity-item focus-control"><div class="activityname"><a href="{esc(u(w.path))}" '
                   f'class="aalink stretched-link"><span class="instancename">{esc(w.title)} <span class="accesshide"> '
                   f"Page</span></span></a></div></div></li>" for w in pages)
    course = (f'<div class="course-content"><ul class="weeks"><li id="section-0" class="section course-section main '
              f'clearfix" data-sectionname="General"><div class="summary"><p>Welcome to LIS 501. Guests may read the '
              f'weekly pages; the forums are for enrolled students. Teacher: {teacher}. Browse '
              f'<a href="{esc(u("/course/index.php?categoryid=2"))}">other open courses</a>.</p></div></li><li '
              f'id="section-3" class="section course-section main clearfix"><h3 class="sectionname">Weeks 3 and 4</h3>'
              f'<ul class="section m-0 p-0 img-text d-block" data-for="cmlist">{acts}</ul></li></ul></div>')
    docs.append(_page(LEARN, "/course/view.php?id=14", _learn(
        u, f"Course: {LEARN_COURSE} | {LEARN_SITE}", u("/course/view.php?id=14"), "page-course-view-weeks",
        "format-weeks limitedwidth path-course path-course-view course-14 category-2", [("", "LIS 501")],
        LEARN_COURSE, course)))
    profile = (f'<div class="userprofile"><div class="profile_tree"><section class="node_category card d-inline-block '
               f'w-100 mb-3"><div class="card-body"><h3 class="lead">User details</h3><ul><li class="contentnode">'
               f'<dl><dt>Country</dt><dd>United States</dd></dl></li><li class="contentnode"><dl><dt>Course profiles'
               f'</dt><dd><ul><li><a href="{esc(u("/course/view.php?id=14"))}">{LEARN_COURSE}</a></li></ul></dd></dl>'
               f"</li></ul></div></section></div></div>")
    docs.append(_page(LEARN, "/user/profile.php?id=31", _learn(
        u, f"Dr. Helen Park: Public profile | {LEARN_SITE}", u("/user/profile.php?id=31"), "page-user-profile",
        "format-site path-user pagelayout-mypublic", [("", "Dr. Helen Park")], "Dr. Helen Park", profile)))
    return docs


# --- Transistor podcast website (the vendor's podcast) ----------------------------------------------------------------

CAST_SITE = "Shelfcast"
CAST_LINKS = {"/episodes/ep-41-mentoring-in-the-open": [(HALL, "/@wren", "Wren on glamhall"),
                                                        (RLA, "/ask-a-mentor-hour-on-linkedin-live/", "Ask-a-Mentor Hour"),
                                                        (JOURNAL, "/doi/full/10.1080/24750158.2026.2210431",
                                                         "Okafor and Hartmann (2026)")]}


def _cast(u, title: str, url: str, main: str, meta: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
            f'width, initial-scale=1"><title>{esc(title)}</title><meta property="og:site_name" content="{CAST_SITE}">'
            f'<meta property="og:url" content="{esc(url)}"><meta property="og:title" content="{esc(title)}">{meta}'
            f'<link rel="alternate" type="application/rss+xml" title="{CAST_SITE}" href="https://feeds.transistor.fm/'
            f'shelfcast"><link rel="stylesheet" href="https://assets.transistor.fm/assets/website/application.css">'
            f'</head><body class="website theme-default"><div id="app"><header class="site-header"><div class="site-'
            f'header-inner"><a href="{u("/")}" class="site-title"><img src="https://img.transistor.fm/shelfcast-art.jpg"'
            f' alt="{CAST_SITE}" class="site-artwork"><span>{CAST_SITE}</span></a><nav class="site-nav"><a href="'
            f'{u("/")}">Episodes</a><a href="{u("/people")}">People</a><a href="https://shelfwise.example.com/" '
            f'rel="nofollow">Shelfwise</a></nav></div></header><main class="site-main">{main}</main><footer class='
            f'"site-footer"><p>&copy; 2026 Shelfwise Library Systems</p><p class="powered-by">Powered by <a href='
            f'"https://transistor.fm/?via=website">Transistor</a></p></footer></div></body></html>')


def _cast_row(u, n: int, w: Work) -> str:
    return (f'<div class="episode-row"><a href="{u(w.path)}" class="episode-row-link"><div class="episode-row-number">'
            f'{n}</div><div class="episode-row-details"><h2 class="episode-title">{esc(w.title)}</h2><div class="'
            f'episode-row-meta"><time datetime="{w.date}">{_long(w.date)}</time> &middot; Season 3</div><p class="'
            f'episode-row-summary">{cut(w.paras[0], 180)}</p></div></a></div>')


def cast(u, url) -> list[Doc]:
    docs = []
    eps = sorted(_on(CAST), key=lambda w: w.date, reverse=True)
    for w in eps:
        number = int(w.path.split("ep-")[1].split("-")[0])
        links = "".join(f'<li><a href="{url(h, p)}">{esc(t)}</a></li>' for h, p, t in CAST_LINKS.get(w.path, []))
        notes = ps(w.paras) + (f"<ul>{links}</ul>" if links else "")
        ld = {"@context": "https://schema.org", "@type": "PodcastEpisode", "url": u(w.path), "name": w.title,
              "datePublished": w.date, "episodeNumber": number, "description": w.paras[0],
              "partOfSeries": {"@type": "PodcastSeries", "name": CAST_SITE, "url": u("/")},
              "associatedMedia": {"@type": "MediaObject",
                                  "contentUrl": f"https://media.transistor.fm/shelfcast/ep{number}.mp3"}}
        meta = (f'<meta name="description" content="{esc(w.paras[0][:200])}"><meta property="og:type" content='
                f'"website"><meta property="og:description" content="{esc(w.paras[0][:200])}"><meta name="twitter:'
                f'card" content="player"><meta name="twitter:player" content="https://share.transistor.fm/e/shelfcast-'
                f'{number}"><meta name="twitter:player:width" content="500"><meta name="twitter:player:height" '
                f'content="180"><script type="application/ld+json">{json.dumps(ld)}</script>')
        main = (f'<article class="episode"><header class="episode-header"><div class="episode-meta">Episode {number} '
                f'&middot; <time datetime="{w.date}">{_long(w.date)}</time> &middot; {20 + number % 25}:{number % 60:02d}'
                f'</div><h1 class="episode-title">{esc(w.title)}</h1><iframe width="100%" height="180" frameborder="no" '
                f'scrolling="no" seamless src="https://share.transistor.fm/e/shelfcast-{number}"></iframe></header>'
                f'<section class="episode-description"><h2>Show Notes</h2>{notes}</section><section class="episode-'
                f'people"><h3>Hosted by</h3><a href="{u("/people")}" class="person">Jamie Holt</a></section></article>')
        docs.append(_work(w, _cast(u, f"{w.title} | {CAST_SITE}", u(w.path), main, meta)))
    home_meta = ('<meta property="og:type" content="website"><meta name="description" content="Conversations about '
                 'library work, from the people at Shelfwise.">')
    pager = f'<nav class="pagination"><a class="next" href="{esc(u("/episodes?page=2"))}">Older episodes &rarr;</a></nav>'
    docs.append(_page(CAST, "/", _cast(u, CAST_SITE, u("/"), '<section class="podcast-intro"><p>Conversations about '
                                       'library work, every other Tuesday.</p></section><section class="episodes">'
                                       + "".join(_cast_row(u, 41 - n, w) for n, w in enumerate(eps[:3]))
                                       + f"</section>{pager}", home_meta)))
    back = f'<nav class="pagination"><a class="prev" href="{u("/")}">&larr; Newer episodes</a></nav>'
    docs.append(_page(CAST, "/episodes?page=2", _cast(u, f"Episodes | {CAST_SITE}", u("/episodes?page=2"),
                                                      '<section class="episodes">' + "".join(
                                                          _cast_row(u, 38 - n, w) for n, w in enumerate(eps[3:]))
                                                      + f"</section>{back}", home_meta)))
    people = ('<section class="people"><h1>People</h1><div class="person-card"><h2>Jamie Holt</h2><p class="role">Host'
              '</p><p>Jamie leads customer education at Shelfwise and was a public librarian for twelve years.</p></div>'
              '</section>')
    docs.append(_page(CAST, "/people", _cast(u, f"People | {CAST_SITE}", u("/people"), people, home_meta)))
    return docs


# --- the whole web --------------------------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page of web 13, each labelled as :mod:`tests.labelled_text13` labelled it."""
    docs = []
    for host, make in ((RLA, rla), (LEDGER, ledger), (STACKS, stacks), (KAUR, kaur), (MLIS, mlis), (BOARDS, boards),
                       (HALL, hall), (JOURNAL, journal), (LEARN, learn), (CAST, cast)):
        docs += make(lambda path, host=host: url(host, path), url)
    made = sorted((d.host, d.path) for d in docs)
    labelled = sorted([(w.host, w.path) for w in WORKS.values()] + [(h, p) for h, p, _ in OTHER])
    if made != labelled:
        raise AssertionError(f"web 13 builds {sorted(set(made) - set(labelled))}, misses "
                             f"{sorted(set(labelled) - set(made))}")
    return docs


class LabelledWeb13(ServedWeb):
    """Web 13 (see the module docstring)."""

    HOSTS = HOSTS
    START: dict[str, str] = {}
    FIRST_ADDRESS = 90
    build = staticmethod(build)
