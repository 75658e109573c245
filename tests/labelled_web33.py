"""Web 33: 100 pages on ten hosts, built from the labels and texts that
:mod:`tests.labelled_text33` fixed first (every page there exactly once).

Each host is reduced from a real platform's markup, metadata and URL shapes:
WordPress with the Hueman theme (a library newsroom), Hugo's Hermit theme (a
reference librarian's notes), Ghost's Digest theme (an archives newsletter),
Blogger's Ethereal theme (a student's blog), Svbtle (a retired librarian's
essays), a Farcaster-like client in Warpcast's shape (casts in a channel), a
Hive blog in PeakD's shape (a community's posts), a J-STAGE-like journal
(citation_* tags, PDFs), a Fandom wiki and a Sessionize event. Errors: real
404s (WordPress, Hugo) and a soft one (PeakD answers 200 for a missing post).
"""

from __future__ import annotations

import json
import textwrap
from typing import Callable

from tests.labelled_text33 import (CAST, DIGEST, ETHEREAL, HERMIT, HIVE, HUE, JSTAGE, OTHER, SESS, SVBTLE, WIKI,
                                   WORKS, Work)
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

HOSTS = (HUE, HERMIT, DIGEST, ETHEREAL, SVBTLE, CAST, HIVE, JSTAGE, WIKI, SESS)
START = {CAST: "/~/channel/libraries", HIVE: "/created/hive-libraries", JSTAGE: "/browse/jlis/-char/en",
         WIKI: "/wiki/Library_Careers_Wiki", SESS: "/libconnect-2025"}
KIND = {(h, p): k for h, p, k in OTHER}


def on(host: str) -> list[tuple[str, Work]]:
    return sorted(((k, w) for k, w in WORKS.items() if w.host == host), key=lambda kw: kw[1].date)


def doc(host: str, path: str, body: str, status: int = 200, grade: int = 0) -> Doc:
    kind = KIND.get((host, path))
    if kind is None:
        w = next(w for w in WORKS.values() if (w.host, w.path) == (host, path))
        kind, grade = w.kind, w.grade
    return Doc(host, path, kind, grade, body.encode("utf-8"), status=status)


def og(title: str, url: str, kind: str, site: str, desc: str = "") -> str:
    return (f'<meta property="og:type" content="{kind}"><meta property="og:title" content="{esc(title)}">'
            f'<meta property="og:url" content="{esc(url)}"><meta property="og:site_name" content="{esc(site)}">'
            + (f'<meta property="og:description" content="{esc(desc)}"><meta name="description" '
               f'content="{esc(desc)}">' if desc else ""))


def share(url: str) -> str:
    return (f'<a href="https://bsky.app/intent/compose?text={esc(url)}" rel="nofollow noopener" target="_blank">'
            f'Bluesky</a> <a href="https://www.linkedin.com/sharing/share-offsite/?url={esc(url)}" '
            f'rel="nofollow noopener" target="_blank">LinkedIn</a>')


# links a few works carry to other hosts' works: key -> [(text, key)]
ELSEWHERE = {"hermit-pln": [("the libraries channel", None)], "sess-panel": [("the chat's tenth birthday", "hue-chat-night"),
             ("a solo librarian's Discord", "hive-discord")], "digest-list-archive": [("the careers wiki", "wiki-mentoring")],
             "hue-chat-night": [("the organisers' cast", "cast-hashtag")]}


def also(key: str, url) -> str:
    links = []
    for text, other in ELSEWHERE.get(key, []):
        target = url(CAST, START[CAST]) if other is None else url(WORKS[other].host, WORKS[other].path)
        links.append(f'<a href="{target}">{esc(text)}</a>')
    return f"<p>See also: {', '.join(links)}.</p>" if links else ""


# --- WordPress, Hueman -----------------------------------------------------------------------------------

HUE_SITE = "Shelfwire"
HUE_CATS = {"/category/careers/": ("Careers", ["hue-mentor-scheme", "hue-awards", "hue-chat-night",
                                                "hue-social-campaign"]),
            "/category/local-news/": ("Local news", ["hue-branch-hours", "hue-roadworks"])}
HUE_TAGS = {"/tag/mentoring/": ("mentoring", ["hue-mentor-scheme", "hue-awards", "hue-chat-night"]),
            "/tag/social-media/": ("social media", ["hue-mentor-scheme", "hue-chat-night", "hue-social-campaign"])}


def hue_cat(key: str) -> tuple[str, str]:
    return next((p, n) for p, (n, ks) in HUE_CATS.items() if key in ks)


def hueman(url) -> list[Doc]:
    u = lambda p: url(HUE, p)  # noqa: E731
    posts = on(HUE)

    def page(title, body_class, main, head=""):
        recent = "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for _, w in posts[::-1][:5])
        cats = "".join(f'<li class="cat-item"><a href="{u(p)}">{esc(n)}</a> ({len(ks)})</li>'
                       for p, (n, ks) in HUE_CATS.items())
        tags = " ".join(f'<a href="{u(p)}" class="tag-cloud-link">{esc(n)}</a>' for p, (n, _) in HUE_TAGS.items())
        return (f'<!DOCTYPE html><html class="no-js" lang="en-GB"><head><meta charset="UTF-8">'
                f'<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>{esc(title)}</title>'
                f'<meta name="generator" content="WordPress 6.5.3">{head}'
                f"<link rel='stylesheet' id='hueman-main-style-css' href='{u('/wp-content/themes/hueman/assets/front/css/main.min.css?ver=3.7.25')}' "
                f"media='all' /></head><body class=\"{body_class} col-2cl full-width topbar-enabled header-desktop-sticky "
                f'hueman-3-7-25 chrome"><div id="wrapper"><a class="screen-reader-text skip-link" href="#content">'
                f'Skip to content</a><header id="header" class="specific-mobile-menu-on one-mobile-menu">'
                f'<nav class="nav-container group desktop-menu" id="nav-topbar"><div class="nav-wrap container">'
                f'<ul id="menu-top" class="nav container-inner group"><li class="menu-item"><a href="{u("/")}">Home</a>'
                f'</li><li class="menu-item"><a href="{u("/about/")}">About</a></li><li class="menu-item"><a href="'
                f'{u("/contact/")}">Contact</a></li></ul></div></nav><div class="container group"><div class="'
                f'container-inner"><div class="group hu-pad central-header-zone"><div class="logo-tagline-group">'
                f'<p class="site-title"><a class="custom-logo-link" href="{u("/")}" rel="home">{HUE_SITE}</a></p>'
                f'<p class="site-description">News from the county library service</p></div></div></div></div>'
                f'</header><div class="container" id="page"><div class="container-inner"><div class="main">'
                f'<div class="main-inner group"><main class="content" id="content">{main}</main>'
                f'<div class="sidebar s1 collapsed" data-position="right"><div class="sidebar-content">'
                f'<div id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title">Recent Posts'
                f'</h3><ul>{recent}</ul></div><div id="categories-2" class="widget widget_categories"><h3 class="'
                f'widget-title">Categories</h3><ul>{cats}</ul></div><div id="tag_cloud-2" class="widget '
                f'widget_tag_cloud"><h3 class="widget-title">Tags</h3><div class="tagcloud">{tags}</div></div>'
                f'</div></div></div></div></div></div><footer id="footer"><section class="container" id="footer-bottom">'
                f'<div class="container-inner"><div id="copyright"><p>{HUE_SITE} &copy; 2024. All Rights Reserved.</p>'
                f'</div><div id="credit"><p>Powered by <a href="https://wordpress.org" rel="nofollow">WordPress</a>. '
                f'Theme by <a href="https://presscustomizr.com" rel="nofollow">Press Customizr</a>.</p></div></div>'
                f"</section></footer></div></body></html>")

    def grid(items):
        return ('<div id="grid-wrapper" class="post-list group"><div class="post-row">' + "".join(
            f'<article class="group grid-item post type-post status-publish"><div class="post-inner post-hover">'
            f'<div class="post-meta group"><p class="post-category"><a href="{u(hue_cat(k)[0])}" rel="category tag">'
            f'{esc(hue_cat(k)[1])}</a></p><p class="post-date"><time class="published updated" datetime="{w.date}">'
            f'{w.date}</time></p></div><h2 class="post-title entry-title"><a href="{u(w.path)}" rel="bookmark">'
            f'{esc(w.title)}</a></h2><div class="entry excerpt entry-summary"><p>{cut(w.paras[0], 180)}</p></div>'
            f"</div></article>" for k, w in items) + "</div></div>")

    def title_bar(text):
        return f'<div class="page-title hu-pad group"><h1>{text}</h1></div>'

    docs = []
    for k, w in posts:
        link404 = (f'<p>Interested? Read our <a href="{u("/2024/09/01/volunteer-mentors-wanted/")}">call for volunteer '
                   f"mentors</a>.</p>" if k == "hue-mentor-scheme" else "")
        cp, cn = hue_cat(k)
        tags = "".join(f'<a href="{u(p)}" rel="tag">{esc(n)}</a>' for p, (n, ks) in HUE_TAGS.items() if k in ks)
        main = (f'<div class="page-title hu-pad group"><ul class="meta-single group"><li class="category"><a href="'
                f'{u(cp)}" rel="category tag">{esc(cn)}</a></li></ul></div><div class="hu-pad group">'
                f'<article class="post type-post status-publish format-standard hentry"><div class="post-inner group">'
                f'<h1 class="post-title entry-title">{esc(w.title)}</h1><p class="post-byline">by <span class="vcard '
                f'author"><span class="fn"><a href="{u("/author/priya/")}" title="Posts by {esc(w.author)}" '
                f'rel="author">{esc(w.author)}</a></span></span> &middot; Published <time class="published" '
                f'datetime="{w.date}T08:30:00+00:00">{w.date}</time></p><div class="clear"></div><div class="entry '
                f'themeform"><div class="entry-inner">{ps(w.paras)}{link404}{also(k, url)}</div>'
                f'<div class="sharrre-container">{share(u(w.path))}</div></div></div></article>'
                f'<p class="post-tags"><span>Tags:</span> {tags}</p></div>')
        head = (f'<link rel="canonical" href="{u(w.path)}">' + og(w.title, u(w.path), "article", HUE_SITE,
                                                                   w.paras[0][:150])
                + f'<meta property="article:published_time" content="{w.date}T08:30:00+00:00">')
        docs.append(doc(HUE, w.path, page(f"{w.title} &#8211; {HUE_SITE}", "post-template-default single "
                                          "single-post single-format-standard", main, head)))
    newest = posts[::-1]
    pager = lambda prev, nxt: ('<nav class="pagination group"><ul class="group">' + (  # noqa: E731
        f'<li class="prev left"><a href="{u(prev)}">&laquo; Previous Page</a></li>' if prev else "") + (
        f'<li class="next right"><a href="{u(nxt)}">Next Page &raquo;</a></li>' if nxt else "") + "</ul></nav>")
    docs.append(doc(HUE, "/", page(f"{HUE_SITE} &#8211; News from the county library service", "home blog",
                                   title_bar("Latest news") + '<div class="hu-pad group">' + grid(newest[:4])
                                   + pager(None, "/page/2/") + "</div>",
                                   f'<link rel="next" href="{u("/page/2/")}">')))
    docs.append(doc(HUE, "/page/2/", page(f"{HUE_SITE} &#8211; Page 2", "home blog paged paged-2",
                                          title_bar("Latest news <span>Page 2</span>") + '<div class="hu-pad group">'
                                          + grid(newest[4:]) + pager("/", None) + "</div>",
                                          f'<link rel="prev" href="{u("/")}">')))
    for p, (n, ks) in HUE_CATS.items():
        items = [(k, WORKS[k]) for k in ks]
        docs.append(doc(HUE, p, page(f"{n} &#8211; {HUE_SITE}", "archive category", title_bar(
            f"<i class=\"fas fa-folder-open\"></i>Category: <span>{esc(n)}</span>") + grid(items))))
    for p, (n, ks) in HUE_TAGS.items():
        items = [(k, WORKS[k]) for k in ks]
        docs.append(doc(HUE, p, page(f"{n} &#8211; {HUE_SITE}", "archive tag", title_bar(
            f"<i class=\"fas fa-tags\"></i>Tagged: <span>{esc(n)}</span>") + grid(items))))
    found = [(k, w) for k, w in newest if "mentor" in " ".join(w.paras).lower()]
    docs.append(doc(HUE, "/?s=mentoring", page(f"You searched for mentoring &#8211; {HUE_SITE}", "search search-results",
                                               title_bar(f"<i class=\"fas fa-search\"></i>{len(found)} Search results "
                                                         f"for: <span>mentoring</span>") + grid(found),
                                               '<meta name="robots" content="noindex, follow">')))
    mine = [(k, w) for k, w in newest if w.author == "Priya Okafor"]
    docs.append(doc(HUE, "/author/priya/", page(f"Priya Okafor, Author at {HUE_SITE}", "archive author author-priya",
                                                title_bar("<i class=\"far fa-user\"></i>Author: <span>Priya Okafor</span>")
                                                + '<div class="author-bio"><p class="bio-name">Priya Okafor</p><p '
                                                'class="bio-desc">Communications officer for the library service.</p>'
                                                "</div>" + grid(mine))))
    docs.append(doc(HUE, "/about/", page(f"About &#8211; {HUE_SITE}", "page-template-default page", title_bar("About")
                                         + '<div class="hu-pad group"><article class="page type-page"><div class="entry '
                                         'themeform"><p>Shelfwire is the news site of the county library service, '
                                         'written by the communications team. Looking for something we wrote? <a href="'
                                         f'{u("/?s=mentoring")}">Browse our stories on mentoring</a> or use the search '
                                         "box.</p></div></article></div>")))
    docs.append(doc(HUE, "/contact/", page(f"Contact &#8211; {HUE_SITE}", "page-template-default page",
                                           title_bar("Contact") + '<div class="hu-pad group"><div class="entry '
                                           'themeform"><p>Press enquiries: news@shelfwire.example. Branch enquiries: '
                                           "call 01632 960 123.</p><form class=\"wpcf7-form\" method=\"post\"><input "
                                           'name="your-name"><textarea name="your-message"></textarea><input '
                                           'type="submit" value="Send"></form></div></div>')))
    docs.append(doc(HUE, "/2024/09/01/volunteer-mentors-wanted/", page(
        f"Page not found &#8211; {HUE_SITE}", "error404", title_bar("Page not found.")
        + '<div class="hu-pad group"><div class="entry"><p>The page you are trying to reach does not exist, or has '
          "been moved. Please use the menus or the search box to find what you are looking for.</p></div></div>",
        '<meta name="robots" content="noindex, follow">'), status=404))
    return docs


# --- Hugo, Hermit --------------------------------------------------------------------------------------

def hermit(url) -> list[Doc]:
    u = lambda p: url(HERMIT, p)  # noqa: E731
    posts = on(HERMIT)
    net = {"hermit-pln", "hermit-asking", "hermit-desk"}

    def page(title, main, head="", body_class=""):
        return (f'<!DOCTYPE html><html lang="en-gb"><head><meta charset="utf-8"><meta name="viewport" '
                f'content="width=device-width, initial-scale=1"><meta name="generator" content="Hugo 0.121.1">'
                f"<title>{esc(title)}</title>{head}"
                f'<link rel="stylesheet" href="{u("/dist/style.min.css")}"></head><body class="{body_class}">'
                f'<a class="skip-link" href="#main">Skip to main</a><header id="site-header" class="animated '
                f'slideInUp"><div class="hdr-wrapper section-inner"><div class="hdr-left"><div class="site-branding">'
                f'<a href="{u("/")}">Tamsin Hale</a></div><nav class="site-nav hide-in-mobile"><a href="{u("/posts/")}"'
                f'>Posts</a><a href="{u("/tags/")}">Tags</a><a href="{u("/about/")}">About</a></nav></div>'
                f'<div class="hdr-right hdr-icons"><span class="hdr-social hide-in-mobile"><a href="https://'
                f'mastodon.example/@tamsin" target="_blank" rel="me noopener noreferrer" title="Mastodon">M</a>'
                f'</span></div></div></header><div id="spotlight" class="animated fadeIn">{main}</div>'
                f'<footer id="site-footer" class="section-inner thin animated fadeIn faster"><p>&copy; 2024 <a href="'
                f'{u("/")}">Tamsin Hale</a> &#183; <a href="https://creativecommons.org/licenses/by-nc/4.0/" '
                f'target="_blank" rel="noopener">CC BY-NC 4.0</a></p><p>Made with <a href="https://gohugo.io/" '
                f'target="_blank" rel="noopener">Hugo</a> &#183; Theme <a href="https://github.com/Track3/hermit" '
                f'target="_blank" rel="noopener">Hermit</a></p></footer></body></html>')

    def items(ws):
        out, year = "", None
        for w in ws:
            y = w.date[:4]
            if y != year:
                out += ("</ul></div>" if year else "") + f'<div class="post-group"><div class="post-year">{y}</div><ul class="flat">'
                year = y
            out += (f'<li class="post-item"><a href="{u(w.path)}"><span class="post-title">{esc(w.title)}</span>'
                    f'<span class="post-day">{w.date[5:]}</span></a></li>')
        return out + "</ul></div>"

    docs = []
    for k, w in posts:
        dead = (f'<p>(I wrote more about etiquette in <a href="{u("/posts/slack-etiquette/")}">a post on Slack '
                f"manners</a>.)</p>" if k == "hermit-pln" else "")
        tags = (f'<div id="tags"><span class="tags"><a href="{u("/tags/networks/")}">networks</a></span></div>'
                if k in net else "")
        main = (f'<main class="site-main section-inner thin animated fadeIn faster" id="main"><h1 id="title">'
                f'{esc(w.title)}</h1><div class="content">{ps(w.paras)}{dead}{also(k, url)}</div></main>'
                f'<div class="post-info section-inner thin"><div id="post-info-wrapper"><p><time datetime="'
                f'{w.date}T00:00:00Z">{w.date}</time></p>{tags}</div></div>')
        head = og(w.title, u(w.path), "article", "Tamsin Hale", w.paras[0][:160]) + (
            f'<meta property="article:published_time" content="{w.date}T00:00:00+00:00">'
            f'<meta name="twitter:card" content="summary"><meta name="twitter:title" content="{esc(w.title)}">')
        docs.append(doc(HERMIT, w.path, page(f"{w.title} | Tamsin Hale", main, head)))
    newest = [w for _, w in posts[::-1]]
    docs.append(doc(HERMIT, "/", page("Tamsin Hale", '<main class="site-main section-inner thin animated fadeIn '
                                      'faster" id="main"><div class="intro"><h1>Tamsin Hale</h1><p>Reference '
                                      "librarian. Notes on the desk, teaching, and learning in public.</p></div>"
                                      + items(newest[:3]) + f'<p><a href="{u("/posts/")}">All posts &rarr;</a></p></main>',
                                      og("Tamsin Hale", u("/"), "website", "Tamsin Hale"), "home")))
    docs.append(doc(HERMIT, "/posts/", page("Posts | Tamsin Hale", '<main class="site-main section-inner animated '
                                            'fadeIn faster" id="main"><h1 class="list-title">Posts</h1>'
                                            + items(newest) + "</main>")))
    docs.append(doc(HERMIT, "/tags/", page("Tags | Tamsin Hale", '<main class="site-main section-inner animated '
                                           'fadeIn faster" id="main"><h1 class="list-title">Tags</h1><ul class="'
                                           f'flat"><li class="post-item"><a href="{u("/tags/networks/")}"><span '
                                           f'class="post-title">networks</span><span class="post-day">3</span></a>'
                                           "</li></ul></main>")))
    docs.append(doc(HERMIT, "/tags/networks/", page("networks | Tamsin Hale", '<main class="site-main section-inner '
                                                    'animated fadeIn faster" id="main"><h1 class="list-title">networks'
                                                    "</h1>" + items([w for w in newest if any(
                                                        WORKS[k] is w for k in net)]) + "</main>")))
    docs.append(doc(HERMIT, "/about/", page("About | Tamsin Hale", '<main class="site-main section-inner thin '
                                            'animated fadeIn faster" id="main"><h1 id="title">About</h1><div '
                                            'class="content"><p>I work on the enquiry desk of a university library. '
                                            "Opinions my own.</p></div></main>")))
    docs.append(doc(HERMIT, "/posts/slack-etiquette/", page("404 Page not found | Tamsin Hale", '<main class="'
                                                           'site-main section-inner thin animated fadeIn faster">'
                                                           '<h1 id="title">404</h1><div class="content"><p>Page not '
                                                           f'found. <a href="{u("/")}">Go home</a>.</p></div></main>'),
                    status=404))
    return docs


# --- Ghost, Digest -------------------------------------------------------------------------------------

def digest(url) -> list[Doc]:
    u = lambda p: url(DIGEST, p)  # noqa: E731
    site = "Records Digest"
    posts = on(DIGEST)
    careers = {"digest-peer-groups", "digest-list-archive", "digest-webinars"}

    def page(title, body_class, main, head=""):
        return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" '
                f'content="IE=edge"><title>{esc(title)}</title><meta name="viewport" content="width=device-width, '
                f'initial-scale=1">{head}<meta name="generator" content="Ghost 5.82"><link rel="alternate" '
                f'type="application/rss+xml" title="{site}" href="{u("/rss/")}"></head><body class="{body_class} '
                f'is-head-left-logo"><div class="gh-site"><header id="gh-head" class="gh-head gh-outer"><div '
                f'class="gh-head-inner gh-inner"><div class="gh-head-brand"><a class="gh-head-logo" href="{u("/")}">'
                f'{site}</a></div><nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="{u("/")}">'
                f'Home</a></li><li class="nav-careers"><a href="{u("/tag/careers/")}">Careers</a></li><li '
                f'class="nav-about"><a href="{u("/about/")}">About</a></li><li class="nav-contact"><a href="'
                f'{u("/contact/")}">Contact</a></li></ul></nav><div class="gh-head-actions"><a class="gh-head-button" '
                f'href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header><main id="gh-main" '
                f'class="gh-main gh-outer">{main}</main><footer class="gh-foot gh-outer"><div class="gh-foot-inner '
                f'gh-inner"><div class="gh-copyright">{site} &copy; 2024</div><div class="gh-powered-by"><a href="'
                f'https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>'
                f"</body></html>")

    def feed(ws):
        return '<div class="gh-feed">' + "".join(
            f'<article class="gh-card post"><a class="gh-card-link" href="{u(w.path)}"><header class="gh-card-header">'
            f'<h2 class="gh-card-title">{esc(w.title)}</h2></header><div class="gh-card-excerpt">{cut(w.paras[0], 160)}'
            f'</div><footer class="gh-card-meta"><time class="gh-card-date" datetime="{w.date}">{w.date}</time>'
            f"</footer></a></article>" for w in ws) + "</div>"

    docs = []
    for k, w in posts:
        author = ("/author/records-digest/", site) if w.author == site else (None, w.author)
        byline = (f'<a href="{u(author[0])}">{esc(author[1])}</a>' if author[0] else esc(author[1]))
        ld = json.dumps({"@context": "https://schema.org", "@type": "Article", "publisher": {
            "@type": "Organization", "name": site, "url": u("/")}, "author": {"@type": "Person", "name": w.author},
            "headline": w.title, "url": u(w.path), "datePublished": w.date + "T07:00:00.000Z",
            "description": w.paras[0][:150], "mainEntityOfPage": u(w.path)})
        head = (f'<link rel="canonical" href="{u(w.path)}"><meta name="referrer" content="no-referrer-when-downgrade">'
                + og(w.title, u(w.path), "article", site, w.paras[0][:150])
                + f'<meta property="article:published_time" content="{w.date}T07:00:00.000Z">'
                + (f'<meta property="article:tag" content="Careers">' if k in careers else "")
                + f'<script type="application/ld+json">{ld}</script>')
        tag = (f'<a class="gh-article-tag" href="{u("/tag/careers/")}">Careers</a>' if k in careers else "")
        main = (f'<article class="gh-article post"><header class="gh-article-header gh-canvas">{tag}<h1 class="'
                f'gh-article-title">{esc(w.title)}</h1><div class="gh-article-meta"><span class="gh-article-author">'
                f'{byline}</span> <time class="gh-article-date" datetime="{w.date}">{w.date}</time></div></header>'
                f'<section class="gh-content gh-canvas">{ps(w.paras)}{also(k, url)}</section></article>')
        docs.append(doc(DIGEST, w.path, page(f"{w.title}", "post-template tag-careers" if k in careers
                                             else "post-template", main, head)))
    newest = [w for _, w in posts[::-1]]
    docs.append(doc(DIGEST, "/", page(site, "home-template", f'<section class="gh-cover"><h1>{site}</h1><p>A monthly '
                                      "letter for archivists and records managers.</p></section>" + feed(newest[:3])
                                      + f'<nav class="gh-loadmore"><a class="gh-loadmore-link" href="{u("/page/2/")}">'
                                        "Older issues</a></nav>",
                                      og(site, u("/"), "website", site) + f'<link rel="next" href="{u("/page/2/")}">')))
    docs.append(doc(DIGEST, "/page/2/", page(f"{site} (Page 2)", "paged home-template", feed(newest[3:])
                                             + f'<nav class="gh-loadmore"><a href="{u("/")}">Newer issues</a></nav>',
                                             f'<link rel="prev" href="{u("/")}">')))
    docs.append(doc(DIGEST, "/tag/careers/", page(f"Careers - {site}", "tag-template tag-careers",
                                                  '<section class="gh-archive"><h1 class="gh-archive-title">Careers</h1>'
                                                  "</section>" + feed([w for k, w in posts[::-1] if k in careers]),
                                                  og(f"Careers - {site}", u("/tag/careers/"), "website", site))))
    docs.append(doc(DIGEST, "/author/records-digest/", page(f"{site} - {site}", "author-template",
                                                            '<section class="gh-archive"><h1 class="gh-archive-title">'
                                                            f"{site}</h1><p>The editors.</p></section>" + feed(
                                                                [w for w in newest if w.author == site]),
                                                            og(site, u("/author/records-digest/"), "profile", site))))
    docs.append(doc(DIGEST, "/about/", page(f"About {site}", "page-template", '<article class="gh-article page">'
                                            '<h1 class="gh-article-title">About</h1><section class="gh-content">'
                                            "<p>Records Digest is an independent newsletter for people who keep "
                                            "records, written by two archivists in their spare time.</p></section>"
                                            "</article>")))
    docs.append(doc(DIGEST, "/contact/", page(f"Contact {site}", "page-template", '<article class="gh-article page">'
                                              '<h1 class="gh-article-title">Contact</h1><section class="gh-content">'
                                              "<p>Reply to any issue, or write to editors@recordsdigest.example.</p>"
                                              "</section></article>")))
    return docs


# --- Blogger, Ethereal ---------------------------------------------------------------------------------

def ethereal(url) -> list[Doc]:
    u = lambda p: url(ETHEREAL, p)  # noqa: E731
    site = "Cataloguing Cat"
    posts = on(ETHEREAL)
    labelled = {"eth-first-mentor", "eth-placement", "eth-conference"}

    def page(title, view, main, head=""):
        return (f"<!DOCTYPE html><html dir='ltr' lang='en'><head><meta content='width=device-width, "
                f"initial-scale=1' name='viewport'><title>{esc(title)}</title><meta content='text/html; "
                f"charset=UTF-8' http-equiv='Content-Type'><meta content='blogger' name='generator'>"
                f"<link href='{u('/favicon.ico')}' rel='icon' type='image/x-icon'><link rel='alternate' "
                f"type='application/atom+xml' title='{site} - Atom' href='{u('/feeds/posts/default')}'>{head}"
                f"</head><body class='{view} variant-ethereal_default'><div class='centered'><header class='"
                f"centered-top-container' role='banner'><div class='centered-top'><div class='section' id='header'>"
                f"<div class='widget Header' data-version='2' id='Header1'><div class='header-widget'><div><h1><a "
                f"href='{u('/')}'>{site}</a></h1></div><p>A library student, learning out loud.</p></div></div></div>"
                f"<nav role='navigation'><div class='widget PageList' id='PageList1'><ul><li><a href='{u('/')}'>Home"
                f"</a></li><li><a href='{u('/p/about-me.html')}'>About me</a></li></ul></div></nav></div></header>"
                f"<div class='main_content_container clearfix'><main class='centered-bottom' id='main' role='main' "
                f"tabindex='-1'><div class='main section' id='page_body'><div class='widget Blog' data-version='2' "
                f"id='Blog1'>{main}</div></div></main><aside class='sidebar-container'><div class='widget Label' "
                f"id='Label1'><h3 class='title'>Labels</h3><ul><li><a class='label-name' href='"
                f"{u('/search/label/mentoring')}'>mentoring</a></li></ul></div><div class='widget BlogArchive' "
                f"id='BlogArchive1'><h3 class='title'>Archive</h3><ul class='hierarchy'><li class='archivedate'><a "
                f"class='post-count-link' href='{u('/2024/')}'>2024</a> <span class='post-count'>(5)</span></li>"
                f"</ul></div></aside></div><footer class='footer section' id='footer'><div class='widget Attribution'"
                f" id='Attribution1'><div class='blogger'><a href='https://www.blogger.com' rel='nofollow'>Powered by"
                f" Blogger</a></div></div></footer></div></body></html>")

    def outer(ws):
        return "<div class='blog-posts hfeed container'>" + "".join(
            f"<div class='post-outer-container'><div class='post-outer'><div class='post'><h3 class='post-title "
            f"entry-title'><a href='{u(w.path)}'>{esc(w.title)}</a></h3><div class='post-header'><span class='"
            f"byline post-timestamp'><time class='published' datetime='{w.date}T10:12:00Z'>{w.date}</time></span>"
            f"</div><div class='post-snippet snippet-container r-snippet-container'><div class='snippet-item "
            f"r-snippetized'>{cut(w.paras[0], 200)}</div></div><div class='jump-link flat-button'><a href='"
            f"{u(w.path)}'>Read more &raquo;</a></div></div></div></div>" for w in ws) + "</div>"

    docs = []
    for k, w in posts:
        pid = sum(map(ord, w.path)) * 7919
        label = (f"<div class='post-footer'><span class='byline post-labels'><span class='byline-label'>Labels:"
                 f"</span><a href='{u('/search/label/mentoring')}' rel='tag'>mentoring</a></span></div>"
                 if k in labelled else "")
        main = (f"<div class='blog-posts hfeed container'><article class='post-outer-container'><div class='"
                f"post-outer'><div class='post'><script type='application/ld+json'>"
                + json.dumps({"@context": "http://schema.org", "@type": "BlogPosting", "mainEntityOfPage": {
                    "@type": "WebPage", "@id": u(w.path)}, "headline": w.title, "datePublished": w.date + "T10:12:00Z",
                    "author": {"@type": "Person", "name": w.author}})
                + f"</script><a name='{pid}'></a><h3 class='post-title entry-title'>{esc(w.title)}</h3><div class='"
                f"post-header'><span class='byline post-timestamp'>Posted by <span class='fn'>{esc(w.author)}</span> on"
                f" <time class='published' datetime='{w.date}T10:12:00Z'>{w.date}</time></span></div><div class='"
                f"post-body entry-content float-container' id='post-body-{pid}'>{'<br>'.join(esc(x) for x in w.paras)}"
                f"</div>{label}</div></div></article></div><div class='post-share-buttons'>{share(u(w.path))}</div>")
        head = (f"<link href='{u(w.path)}' rel='canonical'><meta content='{u(w.path)}' property='og:url'>"
                f"<meta content='{esc(w.title)}' property='og:title'><meta content='{esc(w.paras[0][:150])}' "
                f"property='og:description'>")
        docs.append(doc(ETHEREAL, w.path, page(f"{site}: {w.title}", "item-view version-1-3-3", main, head)))
    newest = [w for _, w in posts[::-1]]
    docs.append(doc(ETHEREAL, "/", page(site, "home-view version-1-3-3", outer(newest),
                                        f"<link href='{u('/')}' rel='canonical'>")))
    docs.append(doc(ETHEREAL, "/search/label/mentoring", page(
        f"{site}: mentoring", "feed-view search-view version-1-3-3", "<div class='blog-status-message'>Showing posts "
        "with the label <span class='search-label'>mentoring</span></div>"
        + outer([w for k, w in posts[::-1] if k in labelled]))))
    found = [w for w in newest if "mentor" in " ".join(w.paras).lower()]
    docs.append(doc(ETHEREAL, "/search?q=mentor", page(
        f"{site}: Search results for mentor", "feed-view search-view version-1-3-3", "<div class='"
        "blog-status-message'>Showing posts matching the search for <span class='search-label'>mentor</span></div>"
        + outer(found))))
    docs.append(doc(ETHEREAL, "/2024/", page(f"{site}: 2024", "feed-view archive-view version-1-3-3", outer(newest))))
    docs.append(doc(ETHEREAL, "/p/about-me.html", page(
        f"{site}: About me", "item-view page-view version-1-3-3", "<article class='post-outer-container'><h3 class='"
        "post-title entry-title'>About me</h3><div class='post-body entry-content'>Hi, I'm Noor. I'm studying library "
        f"and information science part-time. Posts I tagged about mentors are <a href='{u('/search?q=mentor')}'>here"
        "</a>.</div></article>")))
    return docs


# --- Svbtle --------------------------------------------------------------------------------------------

def svbtle(url) -> list[Doc]:
    u = lambda p: url(SVBTLE, p)  # noqa: E731
    site = "Margaret Ellery"
    posts = on(SVBTLE)

    def page(title, main, head=""):
        return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
                f'<meta name="viewport" content="width=device-width, initial-scale=1.0">{head}'
                f'<link rel="alternate" type="application/atom+xml" href="{u("/feed")}"><link rel="stylesheet" '
                f'href="https://svbtle.example/assets/application.css"></head><body><header id="begin"><h2 '
                f'id="logo_wrap"><a href="{u("/")}" id="logo"><span class="logo_square"></span><span class="'
                f'logo_name">{site}</span></a></h2><p id="user_tagline">Thirty-eight years in libraries, and some '
                f'roses.</p></header><section id="river">{main}</section><footer id="foot"><p>Svbtle</p><ul><li><a '
                f'href="https://svbtle.example/terms" rel="nofollow">Terms</a></li></ul></footer></body></html>')

    def kudos(w, n):
        return (f'<figure class="kudo able" id="kudos_{n}" data-url="{u(w.path)}"><a class="kudobject" href="'
                f'#kudo"><div class="filling">&nbsp;</div></a><div class="num">{7 + n * 3}</div><div class="txt">'
                f"Kudos</div></figure>")

    def river(ws):
        return "".join(f'<article id="{w.path.strip("/")}" class="post"><h1 class="article_title"><a href="'
                       f'{u(w.path)}">{esc(w.title)}</a></h1><div class="article_text"><p>{cut(w.paras[0], 260)}</p>'
                       f'<p><a href="{u(w.path)}" class="continue">Continue&hellip;</a></p></div></article>'
                       for w in ws)

    docs = []
    for n, (k, w) in enumerate(posts):
        main = (f'<article id="{w.path.strip("/")}" class="post"><h1 class="article_title">{esc(w.title)}</h1>'
                f'<div class="article_text">{ps(w.paras)}</div><div class="article_footer">{kudos(w, n)}'
                f'<div class="article_time"><time datetime="{w.date}">{w.date}</time></div></div></article>'
                f'<nav class="pagination"><span class="prev"><a href="{u("/")}">&larr; Home</a></span></nav>')
        head = (og(w.title, u(w.path), "article", "Svbtle", w.paras[0][:150])
                + f'<meta name="twitter:card" content="summary"><meta name="author" content="{site}">'
                f'<link rel="canonical" href="{u(w.path)}">')
        docs.append(doc(SVBTLE, w.path, page(w.title, main, head)))
    newest = [w for _, w in posts[::-1]]
    docs.append(doc(SVBTLE, "/", page(site, river(newest[:2]) + f'<nav class="pagination"><span class="next"><a href="'
                                      f'{u("/page/2")}">Continue &rarr;</a></span></nav>',
                                      og(site, u("/"), "website", "Svbtle"))))
    docs.append(doc(SVBTLE, "/page/2", page(f"{site} - page 2", river(newest[2:]) + f'<nav class="pagination">'
                                            f'<span class="prev"><a href="{u("/")}">&larr; Newer</a></span></nav>')))
    return docs


# --- a Farcaster-like client (Warpcast) ----------------------------------------------------------------

CAST_USERS = {"Ruth Adeyemi": ("ruthlib", 4127), "Kofi Mensah": ("kofi-archives", 88301), "Jen Park": ("datajen", 231)}


def warpcast(url) -> list[Doc]:
    u = lambda p: url(CAST, p)  # noqa: E731
    casts = on(CAST)
    profiles = {"/ruthlib", "/kofi-archives"}

    def who(name):
        handle, _ = CAST_USERS[name]
        if "/" + handle in profiles:
            return (f'<a class="font-semibold" href="{u("/" + handle)}">{esc(name)}</a> <span class="text-faint">'
                    f"@{handle}</span>")
        return f'<span class="font-semibold">{esc(name)}</span> <span class="text-faint">@{handle}</span>'

    def card(w, link=True):
        text = esc(w.paras[0])
        return (f'<div class="relative flex flex-col border-b border-default px-4 py-3" data-cast-hash="'
                f'{w.path.rsplit("/", 1)[1]}"><div class="flex flex-row items-center gap-1 text-sm">{who(w.author)}'
                f' <span class="text-faint">&middot; <time datetime="{w.date}T12:00:00Z">{w.date}</time></span></div>'
                f'<div class="whitespace-pre-wrap break-words text-lg">{text}</div>'
                + (f'<a class="text-sm text-faint" href="{u(w.path)}">View cast</a>' if link else "")
                + f'<div class="text-faint text-sm"><a href="{u("/~/channel/libraries")}">/libraries</a></div></div>')

    def page(title, main, head=""):
        return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width='
                f'device-width, initial-scale=1"><title>{esc(title)}</title>{head}<meta property="og:site_name" '
                f'content="Warpcast"><meta name="twitter:card" content="summary"><link rel="stylesheet" href="'
                f'{u("/_next/static/css/app.css")}"></head><body class="bg-app"><div id="root"><div class="flex '
                f'min-h-screen flex-row"><nav class="sticky top-0 hidden w-[240px] flex-col md:flex"><a href="'
                f'{u("/~/channel/libraries")}" class="text-lg font-semibold">Warpcast</a><a href="https://warpcast.'
                f'example/~/invite" rel="nofollow">Sign up</a></nav><main class="w-full max-w-[640px] border-x '
                f'border-default">{main}</main></div></div><script id="__NEXT_DATA__" type="application/json">'
                f'{{"props":{{"pageProps":{{}}}},"page":"/[username]/[hash]"}}</script></body></html>')

    docs = []
    for k, w in casts:
        title = f"{w.author} on Warpcast"
        head = (og(title, u(w.path), "website", "Warpcast", w.paras[0][:200])
                + f'<meta name="fc:frame" content="vNext"><link rel="canonical" href="{u(w.path)}">')
        docs.append(doc(CAST, w.path, page(title, '<div class="px-4 py-2 text-lg font-semibold">Cast</div>'
                                          + card(w, link=False) + '<div class="px-4 py-2 text-faint">Replies</div>',
                                          head)))
    newest = [w for _, w in casts[::-1]]
    docs.append(doc(CAST, "/~/channel/libraries", page(
        "/libraries on Warpcast", '<div class="border-b border-default px-4 py-3"><h1 class="text-xl font-semibold">'
        "/libraries</h1><p>Librarians, archivists and anyone who loves a catalogue. Be kind.</p></div>"
        + "".join(card(w) for w in newest), og("/libraries", u("/~/channel/libraries"), "website", "Warpcast"))))
    for name, (handle, fid) in CAST_USERS.items():
        if "/" + handle not in profiles:
            continue
        mine = [w for w in newest if w.author == name]
        docs.append(doc(CAST, "/" + handle, page(
            f"{name} (@{handle}) on Warpcast", f'<div class="border-b border-default px-4 py-3" data-fid="{fid}"><h1 '
            f'class="text-xl font-semibold">{esc(name)}</h1><div class="text-faint">@{handle}</div></div>'
            + "".join(card(w) for w in mine), og(f"{name} (@{handle})", u("/" + handle), "profile", "Warpcast"))))
    return docs


# --- a Hive blog in PeakD's shape ----------------------------------------------------------------------

def peakd(url) -> list[Doc]:
    u = lambda p: url(HIVE, p)  # noqa: E731
    posts = on(HIVE)
    tagged = {"hive-discord", "hive-mentor-network"}

    def who(author):
        if author == "bookwyrm":
            return f'<a class="author-name" href="{u("/@bookwyrm")}">@{author}</a>'
        return f'<span class="author-name">@{author}</span>'

    def page(title, main, head=""):
        return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | PeakD</title>'
                f'<meta name="viewport" content="width=device-width,initial-scale=1">{head}<meta name="twitter:site" '
                f'content="@peakdhive"><link rel="icon" href="{u("/favicon.ico")}"></head><body><div id="app" '
                f'class="layout-container"><nav class="navbar navbar-main"><a class="navbar-brand" href="'
                f'{u("/created/hive-libraries")}">PeakD</a><a class="nav-link" href="{u("/trending/mentoring")}">'
                f'#mentoring</a></nav><div class="main-container container">{main}</div></div></body></html>')

    def summary(w):
        return (f'<div class="post-list-item"><div class="post-header">{who(w.author)} <span class="timestamp">'
                f'{w.date}</span> in <a href="{u("/created/hive-libraries")}">Libraries</a></div><a class="post-title"'
                f' href="{u(w.path)}"><h2>{esc(w.title)}</h2></a><div class="post-summary">{cut(w.paras[0], 150)}'
                f"</div></div>")

    docs = []
    for k, w in posts:
        dead = (f'<p>Want in? Ask me for <a href="{u("/hive-libraries/@bookwyrm/solo-librarian-discord-invite")}">'
                f"the invite post</a>.</p>" if k == "hive-discord" else "")
        tags = '<a class="tag" href="' + u("/trending/mentoring") + '">mentoring</a>' if k in tagged else ""
        head = (og(w.title, u(w.path), "article", "PeakD", w.paras[0][:150])
                + f'<link rel="canonical" href="https://hive.blog{w.path}"><meta name="author" content="{w.author}">'
                f'<meta property="article:published_time" content="{w.date}T15:00:00Z">')
        main = (f'<article class="post-page"><div class="post-header">{who(w.author)} <span class="timestamp">'
                f'<time datetime="{w.date}T15:00:00">{w.date}</time></span> in <a href="{u("/created/hive-libraries")}"'
                f'>Libraries</a></div><h1 class="post-title">{esc(w.title)}</h1><div class="post-body markdown-body '
                f'hive-body">{ps(w.paras)}{dead}</div><div class="post-tags">{tags} <span class="tag">libraries</span>'
                f'</div><div class="post-footer"><span class="payout">$4.21</span> <span class="votes">57 votes</span>'
                f"</div></article>")
        docs.append(doc(HIVE, w.path, page(w.title, main, head)))
    newest = [w for _, w in posts[::-1]]
    docs.append(doc(HIVE, "/created/hive-libraries", page(
        "Libraries community - New", '<div class="community-header"><h1>Libraries</h1><p>A Hive community for '
        "library and archive people.</p></div>" + "".join(summary(w) for w in newest),
        og("Libraries", u("/created/hive-libraries"), "website", "PeakD"))))
    docs.append(doc(HIVE, "/@bookwyrm", page(
        "bookwyrm (68) - Blog", '<div class="profile-header"><h1>bookwyrm</h1><p>Solo librarian at a rural community '
        "college. Books, budgets, Discord.</p></div>" + "".join(summary(w) for w in newest if w.author == "bookwyrm"),
        og("bookwyrm", u("/@bookwyrm"), "profile", "PeakD"))))
    docs.append(doc(HIVE, "/trending/mentoring", page(
        "#mentoring - Trending", '<div class="tag-header"><h1>#mentoring</h1></div>' + "".join(
            summary(WORKS[k]) for k in sorted(tagged)))))
    docs.append(doc(HIVE, "/hive-libraries/@bookwyrm/solo-librarian-discord-invite", page(
        "Post not found", '<div class="post-not-found text-center"><h1>Post not found</h1><p>The post you are looking '
        f'for does not exist or has been removed.</p><a href="{u("/created/hive-libraries")}">Back to Libraries</a>'
        "</div>")))
    return docs


# --- a J-STAGE-like journal ----------------------------------------------------------------------------

JOURNAL = "Journal of Library and Information Studies"
JS_ISSUES = {"/browse/jlis/12/3/_contents/-char/en": ("12", "3", "2023"),
             "/browse/jlis/12/4/_contents/-char/en": ("12", "4", "2023"),
             "/browse/jlis/13/1/_contents/-char/en": ("13", "1", "2024")}
JS_KEYWORDS = {"js-emento": ["mentoring", "online networks", "academic librarians"],
               "js-pln": ["mentoring", "personal learning networks", "public librarians"],
               "js-archivist-sns": ["social media", "archivists"], "js-rfid": ["RFID"], "js-digitisation": ["OCR"]}


def jstage(url) -> list[Doc]:
    u = lambda p: url(JSTAGE, p)  # noqa: E731
    articles = [(k, w) for k, w in on(JSTAGE) if w.kind == "journal-article"]
    pdfs = {w.path.replace("/_pdf/", "/_article/"): (k, w) for k, w in on(JSTAGE) if w.kind == "document"}

    def page(title, main, head=""):
        return (f'<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>{esc(title)}</title>{head}'
                f'<meta name="viewport" content="width=device-width, initial-scale=1"></head><body><div class="'
                f'global-header"><a href="{u("/browse/jlis/-char/en")}" class="global-logo">J-STAGE</a><div class="'
                f'global-search"><form action="{u("/result/global/-char/en")}"><input name="globalSearchKey">'
                f'</form></div></div><div class="journal-header"><a href="{u("/browse/jlis/-char/en")}" class="'
                f'journal-name">{JOURNAL}</a><ul class="journal-nav"><li><a href="{u("/browse/jlis/-char/en")}">'
                f'Journal top</a></li><li><a href="{u("/browse/jlis/_pubinfo/-char/en")}">About this journal</a>'
                f'</li></ul></div><div class="main-content">{main}</div><div class="global-footer">J-STAGE, '
                f"Japan Science and Technology Agency</div></body></html>")

    def issue_of(w):
        vol, iss = w.path.split("/")[3:5]
        return f"/browse/jlis/{vol}/{iss}/_contents/-char/en"

    def entry(k, w):
        pdf_path = w.path.replace("/_article/", "/_pdf/")
        pdf_link = (f' <a class="bluelink-style" href="{u(pdf_path)}">PDF</a>'
                    if pdf_path in {p.path for _, p in pdfs.values()} else "")
        return (f'<li><div class="searchlist-title"><a href="{u(w.path)}">{esc(w.title)}</a></div><div class="'
                f'searchlist-authortags customTooltip">{esc(w.author.replace(";", ","))}</div><div class="'
                f'searchlist-additional-info">Published: {w.date}</div><div class="lft">'
                f'<a href="{u(w.path)}">Abstract</a>{pdf_link}</div></li>')

    docs = []
    for n, (k, w) in enumerate(articles):
        vol, iss = w.path.split("/")[3:5]
        authors = [a.strip() for a in w.author.split(";")]
        pdf_path = w.path.replace("/_article/", "/_pdf/")
        has_pdf = w.path in pdfs
        doi = f"10.99999/jlis.{w.path.split('/')[5]}"
        head = ("".join(f'<meta name="citation_author" content="{esc(a)}">' for a in authors)
                + f'<meta name="citation_title" content="{esc(w.title)}"><meta name="citation_journal_title" '
                f'content="{JOURNAL}"><meta name="citation_publisher" content="Society for Library Studies">'
                f'<meta name="citation_volume" content="{vol}"><meta name="citation_issue" content="{iss}">'
                f'<meta name="citation_firstpage" content="{10 + n * 14}"><meta name="citation_lastpage" content="'
                f'{23 + n * 14}"><meta name="citation_publication_date" content="{w.date.replace("-", "/")}">'
                f'<meta name="citation_doi" content="{doi}"><meta name="citation_language" content="en">'
                f'<meta name="citation_abstract_html_url" content="{u(w.path)}">'
                + (f'<meta name="citation_pdf_url" content="{u(pdf_path)}">' if has_pdf else "")
                + "".join(f'<meta name="citation_keywords" content="{esc(x)}">' for x in JS_KEYWORDS[k])
                + f'<meta name="DC.title" content="{esc(w.title)}"><meta name="DC.identifier" content="doi:{doi}">'
                + og(w.title, u(w.path), "article", "J-STAGE", w.paras[0][:150]))
        kws = ", ".join(f'<a href="{u("/result/global/-char/en?globalSearchKey=mentoring")}">{esc(x)}</a>'
                        if x == "mentoring" else esc(x) for x in JS_KEYWORDS[k])
        main = (f'<div class="accodion_body_box"><div class="global-para-14"><a href="{u(issue_of(w))}">{JOURNAL} '
                f'Vol. {vol} No. {iss}</a></div><div class="global-article-title">{esc(w.title)}</div>'
                f'<div class="global-authors-name-tags">{esc(", ".join(authors))}</div><div class="'
                f'global-para">Published: {w.date}</div><div class="global-para">DOI: <a href="https://doi.org/{doi}"'
                f' target="_blank" rel="nofollow">https://doi.org/{doi}</a></div>'
                + (f'<div class="thirdlevel-pdf-btn"><a href="{u(pdf_path)}" class="thirdlevel-pdf-btn">PDF</a></div>'
                   if has_pdf else "")
                + f'<div id="article-overiew-abstract-wrap"><div class="article-overiew-abstract-title">Abstract</div>'
                f'<div class="global-para-14">{ps(w.paras)}</div></div><div class="global-tags"><span>Keywords: '
                f"</span>{kws}</div></div>")
        docs.append(doc(JSTAGE, w.path, page(w.title, main, head)))
        if has_pdf:
            pk, pw = pdfs[w.path]
            lines = [line for para in pw.paras for line in (textwrap.wrap(para, 90) + [""])]
            docs.append(Doc(JSTAGE, pw.path, pw.kind, pw.grade, pdf(lines), content_type="application/pdf"))
    for ipath, (vol, iss, year) in JS_ISSUES.items():
        these = [(k, w) for k, w in articles if issue_of(w) == ipath]
        docs.append(doc(JSTAGE, ipath, page(
            f"{JOURNAL} Vol. {vol} No. {iss}", f'<h2 class="global-heading">Volume {vol}, Issue {iss} ({year})</h2>'
            f'<ul class="search-resultslisting">' + "".join(entry(k, w) for k, w in these) + "</ul>")))
    docs.append(doc(JSTAGE, "/browse/jlis/-char/en", page(
        JOURNAL, f'<h2 class="global-heading">{JOURNAL}</h2><p>Online ISSN: 2189-0000</p><h3>Volumes &amp; issues</h3>'
                 '<ul class="facetsearch">' + "".join(
            f'<li><a href="{u(p)}">Volume {v}, Issue {i} ({y})</a></li>' for p, (v, i, y) in
            reversed(list(JS_ISSUES.items()))) + "</ul>",
        og(JOURNAL, u("/browse/jlis/-char/en"), "website", "J-STAGE"))))
    docs.append(doc(JSTAGE, "/browse/jlis/_pubinfo/-char/en", page(
        f"{JOURNAL} - About", f"<h2 class=\"global-heading\">About this journal</h2><p>{JOURNAL} is published "
        "quarterly by the Society for Library Studies. It publishes peer-reviewed research on libraries, archives "
        "and information services.</p>")))
    found = [(k, w) for k, w in articles if "mentoring" in JS_KEYWORDS[k]]
    docs.append(doc(JSTAGE, "/result/global/-char/en?globalSearchKey=mentoring", page(
        "Search results - mentoring", f'<div class="search-results-count">{len(found)} results for '
        f'&quot;mentoring&quot;</div><ul class="search-resultslisting">' + "".join(entry(k, w) for k, w in found)
        + "</ul>", '<meta name="robots" content="noindex">')))
    return docs


# --- a Fandom wiki -------------------------------------------------------------------------------------

def fandom(url) -> list[Doc]:
    u = lambda p: url(WIKI, p)  # noqa: E731
    site = "Library Careers Wiki"
    pages = on(WIKI)

    def page(title, name, main, head="", ns="ns-0"):
        return (f'<!DOCTYPE html><html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8">'
                f'<title>{esc(title)} | {site} | Fandom</title><meta name="generator" content="MediaWiki 1.39.7">'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}'
                f'<meta property="og:site_name" content="{site}"></head><body class="skin-fandomdesktop mediawiki '
                f'ltr sitedir-ltr mw-hide-empty-elt {ns} ns-subject page-{name} rootpage-{name} wiki-libcareers '
                f'theme-fandomdesktop-light"><div class="global-navigation"><a href="https://www.fandom.example/" '
                f'rel="nofollow" class="global-navigation__logo">Fandom</a></div><div class="main-container"><div '
                f'class="fandom-community-header"><a href="{u("/wiki/Library_Careers_Wiki")}" class="'
                f'fandom-community-header__community-name">{site}</a><nav class="fandom-community-header__local-'
                f'navigation"><ul class="wds-tabs"><li class="wds-tabs__tab"><a href="{u("/wiki/Library_Careers_Wiki")}'
                f'">Main page</a></li><li class="wds-tabs__tab"><a href="{u("/wiki/Category:Career_development")}">'
                f"Career development</a></li></ul></nav></div><div class=\"resizable-container\"><div class=\"page "
                f'has-right-rail"><main class="page__main" lang="en">{main}</main></div></div></div><footer class="'
                f'global-footer"><a href="https://www.fandom.example/terms-of-use" rel="nofollow">Terms of Use</a>'
                f"</footer></body></html>")

    def body(title, content, cats=True, editor=False):
        return (f'<div class="page-header"><div class="page-header__top"><div class="page-header__meta">'
                + (f'<div class="page-header__categories"><span class="page-header__categories-in">in: </span><a href="'
                   f'{u("/wiki/Category:Career_development")}" title="Category:Career development">Career development'
                   f"</a></div>" if cats else "")
                + f'</div></div><div class="page-header__title-wrapper"><h1 class="page-header__title" id='
                f'"firstHeading">{esc(title)}</h1></div></div><div id="content" class="page-content"><div id="'
                f'mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="'
                f'mw-parser-output">{content}</div></div>'
                + (f'<div class="page-footer__last-edited">Last edited by <a href="{u("/wiki/User:Shelfmark")}">'
                   f"Shelfmark</a></div>" if editor else "") + "</div>")

    docs = []
    for k, w in pages:
        name = w.path.rsplit("/", 1)[1]
        sections = "".join((f'<h2><span class="mw-headline" id="{x.split(".")[0].replace(" ", "_")}">'
                            f'{esc(x.split(".")[0])}</span></h2><p>{esc(x.split(". ", 1)[1])}</p>')
                           if ". " in x and len(x.split(".")[0].split()) <= 2 else f"<p>{esc(x)}</p>"
                           for x in w.paras)
        ld = json.dumps({"@context": "http://schema.org", "@type": "Article", "name": w.title, "headline": w.title,
                         "url": u(w.path), "about": {"@type": "Thing", "name": "Library careers"},
                         "author": {"@type": "Organization", "name": site},
                         "publisher": {"@type": "Organization", "name": "Fandom"}, "dateModified": w.date})
        head = (og(w.title, u(w.path), "article", site, w.paras[0][:150])
                + f'<link rel="canonical" href="{u(w.path)}"><script type="application/ld+json">{ld}</script>')
        docs.append(doc(WIKI, w.path, page(w.title, name, body(w.title, sections + also(k, url),
                                                                 editor=(k == "wiki-mentoring")), head)))
    links = "".join(f'<li><a href="{u(w.path)}" title="{esc(w.title)}">{esc(w.title)}</a></li>' for _, w in pages)
    docs.append(doc(WIKI, "/wiki/Library_Careers_Wiki", page(
        site, "Library_Careers_Wiki", body(site, f"<p>Welcome to the {site}, a community guide to working in libraries "
                                                 f"and archives that anyone can edit.</p><h2>Popular pages</h2><ul>{links}"
                                                 f'</ul><p>Looking for advice on mentors? <a href="'
                                                 f'{u("/wiki/Special:Search?query=mentor")}">Search the wiki</a>.</p>',
                                           cats=False),
        og(site, u("/wiki/Library_Careers_Wiki"), "website", site), ns="ns-0 mainpage")))
    docs.append(doc(WIKI, "/wiki/Category:Career_development", page(
        "Category:Career development", "Category_Career_development", body(
            "Category:Career development", '<p>Pages about building a career in libraries and archives.</p><div '
            'class="category-page__members"><ul class="category-page__members-for-char">' + "".join(
                f'<li class="category-page__member"><a href="{u(w.path)}" class="category-page__member-link">'
                f"{esc(w.title)}</a></li>" for _, w in pages) + "</ul></div>", cats=False), ns="ns-14")))
    found = [w for _, w in pages if "mentor" in " ".join(w.paras).lower()]
    docs.append(doc(WIKI, "/wiki/Special:Search?query=mentor", page(
        "Search results", "Special_Search", body(
            "Search results", '<ul class="unified-search__results">' + "".join(
                f'<li class="unified-search__result"><article><h3 class="unified-search__result__header"><a href="'
                f'{u(w.path)}" class="unified-search__result__title">{esc(w.title)}</a></h3><p class="'
                f'unified-search__result__snippet">{cut(w.paras[0], 140)}</p></article></li>' for w in found)
            + "</ul>", cats=False), '<meta name="robots" content="noindex,nofollow">', ns="ns-special")))
    docs.append(doc(WIKI, "/wiki/User:Shelfmark", page(
        "User:Shelfmark", "User_Shelfmark", body(
            "User:Shelfmark", "<p>Academic librarian, admin of this wiki since 2019. Leave a message on my talk page."
                              "</p>", cats=False), ns="ns-2")))
    return docs


# --- Sessionize ----------------------------------------------------------------------------------------

SPEAKERS = {"dele-mensah": ("Dele Mensah", "Mentoring coordinator, regional library partnership")}


def sessionize(url) -> list[Doc]:
    u = lambda p: url(SESS, p)  # noqa: E731
    event = "LibConnect 2025"
    sessions = on(SESS)

    def page(title, main, head=""):
        return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | Sessionize'
                f'</title><meta name="viewport" content="width=device-width, initial-scale=1.0">{head}<link '
                f'rel="stylesheet" href="{u("/Content/css/sessionize.min.css")}"></head><body class="sz-body">'
                f'<header class="sz-header"><a class="sz-logo" href="https://sessionize.example/" rel="nofollow">'
                f'Sessionize</a></header><div class="sz-container"><div class="sz-event-header"><h1><a href="'
                f'{u("/libconnect-2025")}">{event}</a></h1><p>12&ndash;13 March 2025, online</p><nav><a href="'
                f'{u("/libconnect-2025")}">Sessions</a> <a href="{u("/libconnect-2025/speakers")}">Speakers</a>'
                f'</nav></div>{main}</div><footer class="sz-footer">&copy; Sessionize</footer></body></html>')

    def speaker(name):
        slug = next((s for s, (n, _) in SPEAKERS.items() if n in name), None)
        parts = [esc(n.strip()) for n in name.split(";")]
        if slug:
            parts = [f'<a href="{u("/libconnect-2025/speaker/" + slug)}">{p}</a>' if p == SPEAKERS[slug][0] else p
                     for p in parts]
        return ", ".join(parts)

    def row(w):
        return (f'<div class="sz-session sz-session--full"><h3 class="sz-session__title"><a href="{u(w.path)}">'
                f'{esc(w.title)}</a></h3><ul class="sz-session__speakers"><li>{speaker(w.author)}</li></ul><div '
                f'class="sz-session__time">{w.date}</div></div>')

    docs = []
    desc_sep = '</p><p class="sz-session__description">'
    for k, w in sessions:
        main = (f'<div class="sz-session sz-session--full" data-sessionid="{w.path.rsplit("/", 1)[1]}"><h2 class="'
                f'sz-session__title">{esc(w.title)}</h2><div class="sz-session__time">{w.date}, online</div><p '
                f'class="sz-session__description">{desc_sep.join(esc(x) for x in w.paras)}'
                f'</p>{also(k, url)}<ul class="sz-session__speakers"><li class="sz-session__speaker">{speaker(w.author)}'
                f"</li></ul></div>")
        docs.append(doc(SESS, w.path, page(f"{w.title} - {event}", main,
                                           og(w.title, u(w.path), "website", "Sessionize", w.paras[0][:150]))))
    docs.append(doc(SESS, "/libconnect-2025", page(
        event, '<div class="sz-sessions--list">' + "".join(row(w) for _, w in sessions) + "</div>",
        og(event, u("/libconnect-2025"), "website", "Sessionize"))))
    docs.append(doc(SESS, "/libconnect-2025/speakers", page(
        f"Speakers - {event}", '<ul class="sz-speakers--list">' + "".join(
            f'<li class="sz-speaker"><h3 class="sz-speaker__name">{speaker(w.author)}</h3><p>{esc(w.title)}</p></li>'
            for _, w in sessions) + "</ul>")))
    for slug, (name, tagline) in SPEAKERS.items():
        mine = [w for _, w in sessions if name in w.author]
        docs.append(doc(SESS, f"/libconnect-2025/speaker/{slug}", page(
            f"{name} - {event}", f'<div class="sz-speaker sz-speaker--full"><h2 class="sz-speaker__name">{esc(name)}'
                                 f'</h2><h3 class="sz-speaker__tagline">{esc(tagline)}</h3><p class="sz-speaker__bio">'
                                 "Coordinates an online mentoring scheme for library staff.</p><ul class=\""
                                 'sz-speaker__sessions">' + "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a>'
                                                                   "</li>" for w in mine) + "</ul></div>",
            og(name, u(f"/libconnect-2025/speaker/{slug}"), "profile", "Sessionize"))))
    return docs


def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page of web 33; ``url(host, path)`` makes the absolute URLs links use."""
    return (hueman(url) + hermit(url) + digest(url) + ethereal(url) + svbtle(url) + warpcast(url) + peakd(url)
            + jstage(url) + fandom(url) + sessionize(url))


class LabelledWeb33(ServedWeb):
    """Web 33 (see the module docstring)."""

    HOSTS = HOSTS
    START = START
    FIRST_ADDRESS = 380
    build = staticmethod(build)
