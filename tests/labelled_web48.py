"""Web 48: a held-out labelled web of 135 pages on ten hosts, built from the labels and texts of
:mod:`tests.labelled_text48` (written and committed first).

Platforms, their markup reduced: a journal-blog like In the Library with the Lead Pipe (WordPress, peer-review
notes and references), a group blog like ACRLog (WordPress, several bloggers, comments), a student group blog like
Hack Library School (WordPress, series and authors), an open-access journal like the Code4Lib Journal (WordPress
issues, ``citation_*`` tags), an international federation like IFLA (Drupal, a publication record and its PDF), a
national association like ALA (Drupal news releases, a round table, forum topics), a professional body like CILIP
(news, blogs, a mentoring scheme, member profiles, a soft 404), an association's WordPress site with The Events
Calendar (events, venue, organiser), a regional consortium on Joomla 5 and a library school's blog on Ghost's
Casper 5.
"""

from __future__ import annotations

import json
from typing import Callable

from tests.labelled_text48 import (ASSOC, C4L, CILIP, CONS, EVENTS, FED, GROUP, HOSTS, ISCHOOL, OTHER, PIPE, SCHOOL,
                                   WORKS, Work)
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


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-").replace(".", "")


def _og(u, w: Work, site: str, og_type: str = "article") -> str:
    return (f'<link rel="canonical" href="{u(w.path)}"><meta property="og:locale" content="en_US">'
            f'<meta property="og:type" content="{og_type}"><meta property="og:title" content="{esc(w.title)}">'
            f'<meta property="og:description" content="{cut(w.paras[0], 150)}">'
            f'<meta property="og:url" content="{u(w.path)}"><meta property="og:site_name" content="{esc(site)}">'
            f'<meta property="article:published_time" content="{w.date}T09:00:00+00:00">'
            f'<meta name="twitter:card" content="summary_large_image">')


# --- WordPress, shared head (three blogs and a journal, each its own theme) ----------------------

def _wp(u, site: str, title: str, body_class: str, head: str, header: str, main: str, footer: str,
        sidebar: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{esc(title)}</title><meta name="robots" content="max-image-preview:large">'
            f'<link rel="alternate" type="application/rss+xml" title="{esc(site)} &raquo; Feed" href="{u("/feed/")}">'
            f'<link rel="https://api.w.org/" href="{u("/wp-json/")}"><meta name="generator" content="WordPress 6.4.3">'
            f'{head}<link rel="stylesheet" id="wp-block-library-css" href="{u("/wp-includes/css/dist/block-library/style.min.css")}" media="all">'
            f'</head><body class="{body_class}"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
            f'<div id="page" class="site">{header}<div id="content" class="site-content">'
            f'<div id="primary" class="content-area"><main id="main" class="site-main">{main}</main></div>'
            f'{sidebar}</div>{footer}</div></body></html>')


# --- In the Library with the Lead Pipe-like ----------------------------------------------------

PIPE_SITE = "In the Library with the Lead Pipe"


def _pipe_page(u, title: str, main: str, body_class: str, head: str = "") -> str:
    header = (f'<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title">'
              f'<a href="{u("/")}" rel="home">{PIPE_SITE}</a></p><p class="site-description">An open access, '
              f'open peer reviewed journal</p></div><nav id="site-navigation" class="main-navigation"><ul id="menu-main">'
              f'<li class="menu-item"><a href="{u("/about/")}">About</a></li>'
              f'<li class="menu-item"><a href="{u("/archives/")}">Archives</a></li>'
              f'<li class="menu-item"><a href="{u("/category/articles/")}">Articles</a></li></ul></nav></header>')
    sidebar = (f'<aside id="secondary" class="widget-area"><section class="widget widget_search">'
               f'<form role="search" method="get" class="search-form" action="{u("/")}"><label>'
               f'<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" name="s">'
               f'</label><input type="submit" class="search-submit" value="Search"></form></section>'
               f'<section class="widget widget_text"><h2 class="widget-title">License</h2><div class="textwidget">'
               f'<p>This work is licensed under a <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> '
               f'license.</p></div></section></aside>')
    footer = (f'<footer id="colophon" class="site-footer"><div class="site-info">ISSN 1944-6195 &middot; '
              f'<a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer>')
    return _wp(u, PIPE_SITE, title, body_class, head, header, main, footer, sidebar)


def pipe(u) -> list[Doc]:
    works = sorted(_works(PIPE), key=lambda w: w.date, reverse=True)
    docs = []
    for w in works:
        slug = w.path.strip("/").split("/")[-1]
        refs = ("<h2>References</h2><p>Ahmed, S. (2017). <em>Living a feminist life</em>. Duke University Press.</p>"
                "<p>Bugg, K. (2016). The perspectives of women of color in library leadership. "
                "<em>Library Leadership &amp; Management</em>, 30(4).</p>")
        body = (f'<article id="post-{len(slug) * 97}" class="post-{len(slug) * 97} post type-post status-publish '
                f'format-standard hentry category-articles"><header class="entry-header">'
                f'<h1 class="entry-title">{esc(w.title)}</h1><div class="entry-meta"><span class="posted-on">'
                f'<time class="entry-date published" datetime="{w.date}T07:00:00+00:00">{w.date}</time></span> '
                f'<span class="byline">by <span class="author vcard"><a class="url fn n" href="{u("/author/" + _slug(w.author) + "/") if w.author == "Renata Oduya" else "https://orcid.example/0000-0002-1825-0097"}">'
                f'{esc(w.author)}</a></span></span></div></header><div class="entry-content">'
                f'<p class="in-brief"><strong>{esc(w.paras[0])}</strong></p>{ps(w.paras[1:])}'
                f'<h2>Acknowledgements</h2><p>This article was open peer reviewed by an external reviewer and '
                f'an internal reviewer from the Lead Pipe editorial board.</p>{refs}</div>'
                f'<footer class="entry-footer"><span class="cat-links">Posted in <a href="{u("/category/articles/")}" '
                f'rel="category tag">Articles</a></span></footer></article>'
                f'<div id="comments" class="comments-area"><p class="no-comments">Comments are closed.</p></div>'
                f'<nav class="navigation post-navigation"><div class="nav-links">'
                f'<div class="nav-previous"><a href="{u("/archives/")}" rel="prev">Archives</a></div></div></nav>')
        head = _og(u, w, PIPE_SITE) + _ld({"@context": "https://schema.org", "@graph": [
            {"@type": "ScholarlyArticle", "headline": w.title, "datePublished": w.date,
             "author": {"@type": "Person", "name": w.author}, "isPartOf": {"@type": "Periodical", "name": PIPE_SITE}}]})
        docs.append(_work(w, _pipe_page(u, f"{w.title} &#8211; {PIPE_SITE}".replace("&#8211;", "-"), body,
                                        "post-template-default single single-post single-format-standard", head)))

    def teasers(ws):
        return "".join(f'<article class="post type-post hentry"><header class="entry-header"><h2 class="entry-title">'
                       f'<a href="{u(w.path)}" rel="bookmark">{esc(w.title)}</a></h2><div class="entry-meta">'
                       f'{w.date} by {esc(w.author)}</div></header><div class="entry-summary"><p>{cut(w.paras[0], 220)}'
                       f'</p></div></article>' for w in ws)
    pag = f'<nav class="navigation pagination"><div class="nav-links"><a class="next page-numbers" href="{u("/page/2/")}">Older posts</a></div></nav>'
    docs.append(_other(PIPE, "/", _pipe_page(u, f"{PIPE_SITE} - An open access, open peer reviewed journal",
                                             teasers(works[:2]) + pag, "home blog")))
    docs.append(_other(PIPE, "/page/2/", _pipe_page(u, f"{PIPE_SITE} - Page 2", teasers(works[2:]) +
                       f'<nav class="navigation pagination"><a class="prev page-numbers" href="{u("/")}">Newer posts</a></nav>',
                       "home blog paged paged-2")))
    arch = "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a> ({w.date[:4]})</li>' for w in works)
    docs.append(_other(PIPE, "/archives/", _pipe_page(u, f"Archives - {PIPE_SITE}",
                       f'<h1 class="page-title">Archives</h1><ul class="lcp_catlist">{arch}'
                       f'<li><a href="{u("/2019/mentoring-old-draft/")}">Mentoring, revisited (2019)</a></li></ul>',
                       "page-template-default page")))
    docs.append(_other(PIPE, "/category/articles/", _pipe_page(u, f"Articles Archives - {PIPE_SITE}",
                       '<header class="page-header"><h1 class="page-title">Category: <span>Articles</span></h1></header>'
                       + teasers(works), "archive category category-articles")))
    docs.append(_other(PIPE, "/author/renata-oduya/", _pipe_page(u, f"Renata Oduya, Author at {PIPE_SITE}",
                       '<header class="page-header"><h1 class="page-title">Author: <span class="vcard">Renata Oduya</span>'
                       '</h1><div class="archive-description">Renata Oduya is a research and instruction librarian.</div>'
                       '</header>' + teasers([w for w in works if w.author == "Renata Oduya"]), "archive author")))
    docs.append(_other(PIPE, "/about/", _pipe_page(u, f"About - {PIPE_SITE}",
                       '<article class="page"><h1 class="entry-title">About</h1><div class="entry-content"><p>In the '
                       'Library with the Lead Pipe is an open access, open peer reviewed journal founded in 2008. We '
                       'publish articles by librarians, educators and others who work with libraries.</p>'
                       '<h2>Editorial Board</h2><ul><li>Editor-in-chief: Ian Beilin</li><li>Publishing editor: Jaena '
                       f'Rae Cabrera</li></ul><p>Looking for our articles on mentoring? <a href="{u("/?s=mentoring")}">Search the '
                       f'archive</a>.</p></div></article>', "page-template-default page")))
    hits = [w for w in works if "mentor" in " ".join(w.paras).lower()]
    docs.append(_other(PIPE, "/?s=mentoring", _pipe_page(u, f"Search Results for &#8220;mentoring&#8221; - {PIPE_SITE}",
                       '<header class="page-header"><h1 class="page-title">Search Results for: <span>mentoring</span>'
                       '</h1></header>' + teasers(hits), "search search-results")))
    docs.append(_other(PIPE, "/2019/mentoring-old-draft/", _pipe_page(u, f"Page not found - {PIPE_SITE}",
                       '<section class="error-404 not-found"><header class="page-header"><h1 class="page-title">Oops! '
                       'That page can&rsquo;t be found.</h1></header><div class="page-content"><p>It looks like nothing '
                       'was found at this location. Maybe try a search?</p></div></section>', "error404"), 404))
    return docs


# --- ACRLog-like group blog --------------------------------------------------------------------

GROUP_SITE = "ACRLog"
GROUP_CATS = {"group1": "mentoring", "group2": "mentoring", "group3": "first-year-experience",
              "group4": "first-year-experience", "group5": "first-year-experience"}


def _group_page(u, title: str, main: str, body_class: str, head: str = "") -> str:
    header = (f'<header id="masthead" class="site-header" role="banner"><h1 class="site-title"><a href="{u("/")}" '
              f'rel="home">ACRLog</a></h1><h2 class="site-description">blogging by and for academic and research '
              f'librarians</h2><nav class="main-navigation"><ul><li><a href="{u("/about/")}">About ACRLog</a></li>'
              f'<li><a href="{u("/contact/")}">Contact</a></li></ul></nav></header>')
    sidebar = (f'<div id="secondary" class="widget-area" role="complementary"><aside class="widget widget_categories">'
               f'<h3 class="widget-title">Categories</h3><ul><li class="cat-item"><a href="{u("/category/first-year-experience/")}">'
               f'First Year Academic Librarian Experience</a></li><li class="cat-item"><a href="{u("/category/mentoring/")}">'
               f'Mentoring</a></li></ul></aside><aside class="widget widget_tag_cloud"><h3 class="widget-title">Tags</h3>'
               f'<div class="tagcloud"><a href="{u("/tag/social-media/")}" class="tag-cloud-link">social media</a></div>'
               f'</aside><aside class="widget widget_meta"><h3 class="widget-title">Meta</h3><ul>'
               f'<li><a href="{u("/wp-login.php")}" rel="nofollow">Log in</a></li></ul></aside></div>')
    footer = ('<footer id="colophon" class="site-footer"><div class="site-info">ACRLog is sponsored by the '
              '<a href="https://www.ala.org/acrl/">Association of College &amp; Research Libraries</a>.</div>'
              '<div id="cookie-law-info-bar" data-nosnippet="true"><span>This website uses cookies to improve your '
              'experience.</span><a role="button" class="cli_action_button">Accept</a></div></footer>')
    return _wp(u, GROUP_SITE, title, body_class, head, header, main, footer, sidebar)


def group(u) -> list[Doc]:
    keyed = sorted(((k, w) for k, w in WORKS.items() if w.host == GROUP), key=lambda kw: kw[1].date, reverse=True)
    works = [w for _, w in keyed]
    authors = {"Jess Marlowe": "/author/jmarlowe/"}
    docs = []
    comments = {
        "group1": [("Pat K.", "This is exactly how I found my mentors too. The #critlib community was everything."),
                   ("Jess Marlowe", "Thanks Pat! Pay it forward.")],
        "group2": [("Ravi", "Would love a template for the first meeting of a mentoring circle.")],
        "group4": [("Mel", "Did you try Stories? Our students only watch those.")],
    }
    for k, w in keyed:
        cat = GROUP_CATS[k]
        others = [x for x in works if x is not w][:3]
        who = (f'<a class="url fn n" href="{u(authors[w.author])}">{esc(w.author)}</a>' if w.author in authors
               else esc(w.author))
        cl = "".join(f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">'
                     f'{esc(n)}</b> <time>{w.date}</time></footer><div class="comment-content"><p>{esc(t)}</p></div>'
                     f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div>'
                     f'</article></li>' for n, t in comments.get(k, []))
        tag = (f' <span class="tags-links">Tagged <a href="{u("/tag/social-media/")}" rel="tag">social media</a></span>'
               if k in ("group1", "group4") else "")
        main = (f'<article class="post type-post status-publish hentry category-{cat}"><header class="entry-header">'
                f'<h1 class="entry-title">{esc(w.title)}</h1><div class="entry-meta"><span class="posted-on">Posted on '
                f'<time class="entry-date published" datetime="{w.date}">{w.date}</time></span> <span class="byline">by '
                f'<span class="author vcard">{who}</span></span></div></header><div class="entry-content">{ps(w.paras)}'
                f'</div><footer class="entry-meta">Posted in <a href="{u("/category/" + cat + "/")}" rel="category tag">'
                f'{"Mentoring" if cat == "mentoring" else "First Year Academic Librarian Experience"}</a>{tag}</footer>'
                f'</article><div class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>'
                + "".join(f'<div class="jp-relatedposts-post"><a class="jp-relatedposts-post-a" href="{u(x.path)}">'
                          f'{esc(x.title)}</a></div>' for x in others) +
                f'</div><div id="comments" class="comments-area"><h2 class="comments-title">{len(comments.get(k, []))} '
                f'thoughts on &ldquo;{esc(w.title)}&rdquo;</h2><ol class="comment-list">{cl}</ol>'
                f'<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3>'
                f'<form action="{u("/wp-comments-post.php")}" method="post" id="commentform"><textarea name="comment">'
                f'</textarea><input name="submit" type="submit" value="Post Comment"></form></div></div>')
        head = _og(u, w, GROUP_SITE) + _ld({"@context": "https://schema.org", "@graph": [
            {"@type": "BlogPosting", "headline": w.title, "datePublished": w.date,
             "author": {"@type": "Person", "name": w.author}}]})
        docs.append(_work(w, _group_page(u, f"{w.title} | ACRLog", main,
                                         f"post-template-default single single-post", head)))

    def teasers(ws):
        return "".join(f'<article class="post hentry"><header class="entry-header"><h1 class="entry-title">'
                       f'<a href="{u(w.path)}" rel="bookmark">{esc(w.title)}</a></h1><div class="entry-meta">{w.date} '
                       f'by {esc(w.author)}</div></header><div class="entry-summary"><p>{cut(w.paras[0], 200)}</p>'
                       f'<a class="more-link" href="{u(w.path)}">Continue reading <span class="meta-nav">&rarr;</span>'
                       f'</a></div></article>' for w in ws)
    docs.append(_other(GROUP, "/", _group_page(u, "ACRLog | blogging by and for academic and research librarians",
                       teasers(works[:3]) + f'<nav class="navigation paging-navigation"><div class="nav-previous">'
                       f'<a href="{u("/page/2/")}"><span class="meta-nav">&larr;</span> Older posts</a></div></nav>',
                       "home blog")))
    docs.append(_other(GROUP, "/page/2/", _group_page(u, "ACRLog | Page 2", teasers(works[3:]) +
                       f'<nav class="navigation paging-navigation"><div class="nav-next"><a href="{u("/")}">Newer posts '
                       f'<span class="meta-nav">&rarr;</span></a></div></nav>', "home blog paged paged-2")))
    for cat, name in (("mentoring", "Mentoring"), ("first-year-experience", "First Year Academic Librarian Experience")):
        ws = [WORKS[k] for k, c in GROUP_CATS.items() if c == cat]
        docs.append(_other(GROUP, f"/category/{cat}/", _group_page(u, f"{name} | ACRLog",
                           f'<header class="page-header"><h1 class="page-title">Category Archives: {name}</h1></header>'
                           + teasers(ws), f"archive category category-{cat}")))
    docs.append(_other(GROUP, "/tag/social-media/", _group_page(u, "social media | ACRLog",
                       '<header class="page-header"><h1 class="page-title">Tag Archives: social media</h1></header>'
                       + teasers([WORKS["group1"], WORKS["group4"]]), "archive tag tag-social-media")))
    docs.append(_other(GROUP, "/author/jmarlowe/", _group_page(u, "Jess Marlowe | ACRLog",
                       '<header class="page-header"><h1 class="page-title">Author Archives: <span class="vcard">Jess '
                       'Marlowe</span></h1></header><div class="author-info"><p class="author-bio">Jess Marlowe is a '
                       'science librarian at a mid-sized public university.</p></div>'
                       + teasers([w for w in works if w.author == "Jess Marlowe"]), "archive author")))
    docs.append(_other(GROUP, "/about/", _group_page(u, "About ACRLog | ACRLog",
                       '<article class="page"><h1 class="entry-title">About ACRLog</h1><div class="entry-content"><p>'
                       'ACRLog (pronounced "acrolog") is a group blog about the issues facing academic librarians, '
                       'written by a team of bloggers and first-year librarians.</p></div></article>', "page")))
    docs.append(_other(GROUP, "/contact/", _group_page(u, "Contact | ACRLog",
                       '<article class="page"><h1 class="entry-title">Contact</h1><div class="entry-content"><p>Want to '
                       'write a guest post? Use the form below.</p><div class="wpcf7"><form class="wpcf7-form" method="post">'
                       '<input name="your-name"><input name="your-email" type="email"><textarea name="your-message">'
                       '</textarea><input type="submit" value="Send"></form></div></div></article>', "page")))
    return docs


# --- Hack Library School-like ----------------------------------------------------------------

SCHOOL_SITE = "Hack Library School"
SCHOOL_AUTHORS = {"Kiri Watson": "/author/kwatson/", "Omar Haddad": "/author/ohaddad/"}


def _school_page(u, title: str, main: str, body_class: str, head: str = "") -> str:
    header = (f'<header class="site-header"><div class="title-area"><p class="site-title"><a href="{u("/")}">'
              f'Hack Library School</a></p><p class="site-description">Library school how we want it</p></div>'
              f'<nav class="nav-primary" aria-label="Main"><ul class="genesis-nav-menu"><li><a href="{u("/about/")}">About</a>'
              f'</li><li><a href="{u("/series/mentoring/")}">Series: Mentoring</a></li><li><a href="{u("/write-for-us/")}">'
              f'Write for Us</a></li></ul></nav></header>')
    footer = ('<footer class="site-footer"><p>Hack Library School is licensed under CC BY-NC-SA. '
              '<a href="https://twitter.com/hacklibschool">Twitter</a> &middot; '
              '<a href="https://www.facebook.com/hacklibraryschool">Facebook</a></p></footer>')
    return _wp(u, SCHOOL_SITE, title, body_class, head, header, main, footer)


def school(u) -> list[Doc]:
    works = sorted(_works(SCHOOL), key=lambda w: w.date, reverse=True)
    series = [WORKS["school1"], WORKS["school2"]]
    docs = []
    for w in works:
        who = (f'<a href="{u(SCHOOL_AUTHORS[w.author])}" rel="author">{esc(w.author)}</a>'
               if w.author in SCHOOL_AUTHORS else esc(w.author))
        in_series = w in series
        tags = (f'<span class="entry-tags">Tagged With: <a href="{u("/tag/linkedin/")}" rel="tag">LinkedIn</a></span>'
                if "LinkedIn" in " ".join(w.paras) else "")
        main = (f'<article class="post type-post entry" itemscope itemtype="https://schema.org/CreativeWork">'
                f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(w.title)}</h1>'
                f'<p class="entry-meta"><time class="entry-time" itemprop="datePublished" datetime="{w.date}">{w.date}'
                f'</time> by <span class="entry-author" itemprop="author">{who}</span></p></header>'
                f'<div class="entry-content" itemprop="text">'
                + (f'<div class="series-box"><p>This post is part of the series <a href="{u("/series/mentoring/")}">'
                   f'Mentoring</a>.</p></div>' if in_series else "")
                + f'{ps(w.paras)}<p><em>Header image via Unsplash.</em></p></div><footer class="entry-footer">'
                f'<p class="entry-meta">{tags}</p></footer></article>'
                f'<section class="author-box"><p>{esc(w.author)} is an MLIS student and HLS writer.</p></section>'
                f'<div class="entry-comments" id="comments"><h3>Comments</h3><p>No comments yet.</p></div>')
        docs.append(_work(w, _school_page(u, f"{w.title} - Hack Library School", main,
                                          "single-post entry-template-default", _og(u, w, SCHOOL_SITE))))

    def grid(ws):
        return "".join(f'<article class="post entry"><h2 class="entry-title"><a href="{u(w.path)}">{esc(w.title)}</a>'
                       f'</h2><p class="entry-meta">{w.date} by {esc(w.author)}</p><div class="entry-content">'
                       f'<p>{cut(w.paras[0], 180)}</p></div></article>' for w in ws)
    docs.append(_other(SCHOOL, "/", _school_page(u, "Hack Library School - Library school how we want it",
                       grid(works[:3]) + f'<div class="archive-pagination pagination"><ul><li class="pagination-next">'
                       f'<a href="{u("/page/2/")}">Next Page &#x000BB;</a></li></ul></div>', "home blog")))
    docs.append(_other(SCHOOL, "/page/2/", _school_page(u, "Hack Library School - Page 2", grid(works[3:]) +
                       f'<div class="archive-pagination"><a href="{u("/")}">&#x000AB; Previous Page</a></div>',
                       "blog paged-2")))
    docs.append(_other(SCHOOL, "/series/mentoring/", _school_page(u, "Mentoring Archives - Hack Library School",
                       '<div class="archive-description"><h1 class="archive-title">Series: Mentoring</h1><p>A series by '
                       'HLS writers.</p></div>' + grid(series), "archive tax-series")))
    docs.append(_other(SCHOOL, "/tag/linkedin/", _school_page(u, "LinkedIn Archives - Hack Library School",
                       '<div class="archive-description"><h1 class="archive-title">LinkedIn</h1></div>'
                       + grid([w for w in works if "LinkedIn" in " ".join(w.paras)]), "archive tag")))
    for name, path in SCHOOL_AUTHORS.items():
        docs.append(_other(SCHOOL, path, _school_page(u, f"{name}, Author at Hack Library School",
                           f'<div class="archive-description author-archive-description"><h1 class="archive-title">'
                           f'{name}</h1><p>{name} is an MLIS student writing for HLS.</p></div>'
                           + grid([w for w in works if w.author == name]), "archive author")))
    docs.append(_other(SCHOOL, "/about/", _school_page(u, "About - Hack Library School",
                       '<article class="page entry"><h1 class="entry-title">About</h1><div class="entry-content"><p>Hack '
                       'Library School is a collaborative blog written by library and information science students '
                       'from around the world.</p></div></article>', "page")))
    docs.append(_other(SCHOOL, "/write-for-us/", _school_page(u, "Write for Us - Hack Library School",
                       '<article class="page entry"><h1 class="entry-title">Write for Us</h1><div class="entry-content">'
                       '<p>Pitch a guest post: email hacklibschool at gmail dot com.</p></div></article>', "page")))
    return docs


# --- Code4Lib Journal-like ---------------------------------------------------------------------

C4L_SITE = "The Code4Lib Journal"
ISSUES = {"issue58": ("Issue 58, 2024-02-20", ["c4l1", "c4l2"]), "issue57": ("Issue 57, 2023-11-14", ["c4l3", "c4l4"])}


def _c4l_page(u, title: str, main: str, head: str = "") -> str:
    header = (f'<div id="header"><h1><a href="{u("/")}">The Code4Lib Journal</a></h1><div id="menu"><ul>'
              f'<li><a href="{u("/")}">Home</a></li><li><a href="{u("/issues")}">Issues</a></li>'
              f'<li><a href="{u("/about")}">Mission</a></li><li><a href="{u("/editorial-committee")}">Editorial '
              f'Committee</a></li></ul></div></div>')
    side = (f'<div id="sidebar"><form method="get" id="searchform" action="{u("/")}"><input type="text" name="s">'
            f'<input type="submit" value="Search"></form><h2>Recent Issues</h2><ul>'
            f'<li><a href="{u("/issues/issue58")}">Issue 58</a></li><li><a href="{u("/issues/issue57")}">Issue 57</a>'
            f'</li></ul><p>ISSN 1940-5758</p></div>')
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>{esc(title)}</title>'
            f'<meta name="generator" content="WordPress 6.2"><link rel="alternate" type="application/rss+xml" '
            f'title="The Code4Lib Journal RSS Feed" href="{u("/feed")}">{head}</head><body><div id="page">{header}'
            f'<div id="content" class="narrowcolumn">{main}</div>{side}<div id="footer"><p>This work is licensed under a '
            f'<a href="http://creativecommons.org/licenses/by/3.0/us/">Creative Commons Attribution 3.0 United States '
            f'License</a>.</p></div></div></body></html>')


def c4l(u) -> list[Doc]:
    docs = []
    issue_of = {k: (iss, name) for iss, (name, ks) in ISSUES.items() for k in ks}
    for k, w in WORKS.items():
        if w.host != C4L:
            continue
        iss, name = issue_of[k]
        n = iss.replace("issue", "")
        authors = [a.strip() for a in w.author.split(";")]
        meta = (f'<meta name="citation_title" content="{esc(w.title)}">'
                + "".join(f'<meta name="citation_author" content="{esc(a)}">' for a in authors)
                + f'<meta name="citation_publication_date" content="{w.date.replace("-", "/")}">'
                f'<meta name="citation_journal_title" content="The Code4Lib Journal"><meta name="citation_issn" '
                f'content="1940-5758"><meta name="citation_issue" content="{n}"><link rel="canonical" href="{u(w.path)}">')
        abstract = w.paras[0].removeprefix("Abstract: ")
        main = (f'<div class="article" id="post-{w.path.rsplit("/", 1)[1]}"><h1 class="articletitle">{esc(w.title)}</h1>'
                f'<p class="author">{esc(", ".join(authors))}</p><div class="abstract"><p>{esc(abstract)}</p></div>'
                f'<div class="entry"><h2>Introduction</h2>{ps(w.paras[1:]) if len(w.paras) > 1 else ""}'
                f'<h2>About the Authors</h2><p>{esc(authors[0])} works in library technology.</p></div>'
                f'<p class="postmetadata">Issue <a href="{u("/issues/" + iss)}">{n}</a> | <a href="#comments">'
                f'Comments</a></p><div id="comments"><h3>Leave a Reply</h3><form method="post" action="/wp-comments-post.php">'
                f'<textarea name="comment"></textarea></form></div></div>')
        docs.append(_work(w, _c4l_page(u, f"{C4L_SITE} &#8211; {w.title}".replace("&#8211;", "-"), main, meta)))

    def toc(ks):
        return "".join(f'<div class="article"><h2 class="articletitle"><a href="{u(WORKS[k].path)}">'
                       f'{esc(WORKS[k].title)}</a></h2><p class="author">{esc(WORKS[k].author.replace(";", ","))}</p>'
                       f'<div class="abstract"><p>{cut(WORKS[k].paras[0].removeprefix("Abstract: "), 260)}</p></div>'
                       f'</div>' for k in ks)
    for iss, (name, ks) in ISSUES.items():
        docs.append(_other(C4L, f"/issues/{iss}", _c4l_page(u, f"{C4L_SITE} &#8211; {name}".replace("&#8211;", "-"),
                           f'<h1 class="issuetitle">{name}</h1><div class="editorial"><p>Editorial introduction by the '
                           f'coordinating editor.</p></div>{toc(ks)}')))
    docs.append(_other(C4L, "/", _c4l_page(u, C4L_SITE, f'<h1 class="issuetitle">{ISSUES["issue58"][0]}</h1>'
                       + toc(ISSUES["issue58"][1]) + f'<p><a href="{u("/issues")}">All issues</a></p>')))
    docs.append(_other(C4L, "/issues", _c4l_page(u, f"{C4L_SITE} - Issues", '<h1>Issues</h1><ul>' + "".join(
        f'<li><a href="{u("/issues/" + i)}">{n}</a></li>' for i, (n, _) in ISSUES.items())
        + f'<li><a href="{u("/articles/99999")}">Issue 1, 2007-12-17</a></li></ul><p>Browse by subject: <a href="'
        f'{u("/?s=mentorship")}">mentorship</a></p>')))
    docs.append(_other(C4L, "/about", _c4l_page(u, f"{C4L_SITE} - Mission",
                       '<h1>Mission</h1><p>The Code4Lib Journal exists to foster community and share information among '
                       'those interested in the intersection of libraries, technology, and the future.</p>')))
    docs.append(_other(C4L, "/editorial-committee", _c4l_page(u, f"{C4L_SITE} - Editorial Committee",
                       '<h1>Editorial Committee</h1><ul><li>Coordinating editor, Issue 58</li><li>Coordinating editor, '
                       'Issue 57</li></ul><p>The committee is a volunteer group of library technologists.</p>')))
    docs.append(_other(C4L, "/?s=mentorship", _c4l_page(u, f"{C4L_SITE} - Search Results",
                       '<h2 class="pagetitle">Search Results for &#8216;mentorship&#8217;</h2>'
                       + toc(["c4l1", "c4l4", "c4l3"]))))
    docs.append(_other(C4L, "/articles/99999", _c4l_page(u, f"{C4L_SITE} - Not Found",
                       '<h2 class="center">Error 404 - Not Found</h2>'), 404))
    return docs


# --- IFLA-like federation (Drupal) ---------------------------------------------------------------

def _fed_page(u, title: str, main: str, body_class: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">'
            f'<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" '
            f'content="width"><title>{esc(title)} | IFLA</title>{head}<link rel="icon" href="/themes/custom/ifla/favicon.ico">'
            f'</head><body class="{body_class}"><a href="#main-content" class="visually-hidden focusable">Skip to main '
            f'content</a><div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header role="banner">'
            f'<div class="region region-header"><a href="{u("/")}" rel="home" class="site-logo">International Federation '
            f'of Library Associations and Institutions</a></div><nav role="navigation" aria-labelledby="block-mainmenu-menu">'
            f'<ul class="menu"><li class="menu-item"><a href="{u("/news/")}">News</a></li><li class="menu-item">'
            f'<a href="{u("/units/new-professionals/")}">New Professionals</a></li><li class="menu-item"><a href="{u("/publications/")}">'
            f'Publications</a></li><li class="menu-item"><a href="{u("/about/")}">About</a></li></ul></nav>'
            f'<form action="{u("/search")}" method="get" class="search-block-form"><input type="search" name="keys">'
            f'</form></header><main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content">'
            f'{main}</div></main><footer role="contentinfo"><div class="region region-footer"><p>IFLA, Prins Willem-'
            f'Alexanderhof 5, The Hague</p><a href="{u("/contact/")}">Contact us</a></div></footer>'
            f'<div class="eu-cookie-compliance-banner" role="dialog"><p>We use cookies on this site to enhance your user '
            f'experience.</p><button type="button" class="agree-button">OK, I agree</button></div></div></body></html>')


def fed(u) -> list[Doc]:
    news = [WORKS["fed1"], WORKS["fed4"]]
    docs = []
    for w in news:
        nid = 3000 + len(w.path)
        main = (f'<article data-history-node-id="{nid}" role="article" class="node node--type-news node--view-mode-full">'
                f'<h1 class="page-title"><span class="field field--name-title">{esc(w.title)}</span></h1>'
                f'<div class="node__meta"><time datetime="{w.date}T12:00:00Z">{w.date}</time></div>'
                f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">{ps(w.paras)}'
                f'</div>' + (f'<div class="field field--name-field-related"><a href="{u("/publications/node/81234")}">'
                             f'Read the Guidelines for Online Mentoring</a></div><div class="field field--name-field-unit">'
                             f'<a href="{u("/units/new-professionals/")}" hreflang="en">New Professionals SIG</a></div>'
                             if w is WORKS["fed1"] else "") + '</article>')
        head = (f'<link rel="canonical" href="{u(w.path)}"><link rel="shortlink" href="{u("/node/" + str(nid))}">'
                f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="article">'
                f'<meta property="og:url" content="{u(w.path)}">')
        docs.append(_work(w, _fed_page(u, w.title, main, "path-node page-node-type-news", head)))
    rec, pdfw = WORKS["fed5"], WORKS["fed2"]
    main = (f'<article class="node node--type-publication node--view-mode-full"><h1 class="page-title">{esc(rec.title)}'
            f'</h1><div class="field field--name-body">{ps(rec.paras[:1])}</div><div class="field field--name-field-'
            f'publication-type"><div class="field__label">Publication type</div><div class="field__item">Guidelines'
            f'</div></div><div class="field field--name-field-author"><div class="field__label">Author</div><div '
            f'class="field__item">{esc(rec.author)}</div></div><div class="field field--name-field-date">'
            f'{rec.date}</div><div class="field field--name-field-file"><span class="file file--mime-application-pdf">'
            f'<a href="{u(pdfw.path)}" type="application/pdf">online-mentoring-guidelines.pdf</a></span> (PDF, 24 '
            f'pages)</div><p>{esc(rec.paras[1])}</p></article>')
    head = _ld({"@context": "https://schema.org", "@type": "Report", "name": rec.title, "datePublished": rec.date,
                "author": {"@type": "Organization", "name": rec.author}, "encoding": {"@type": "MediaObject",
                                                                                    "contentUrl": u(pdfw.path)}})
    docs.append(_work(rec, _fed_page(u, rec.title, main, "path-node page-node-type-publication",
                                     f'<link rel="canonical" href="{u(rec.path)}">' + head)))
    for k in ("fed2", "fed3"):
        w = WORKS[k]
        docs.append(Doc(w.host, w.path, w.kind, w.grade, pdf(list(w.paras)), content_type="application/pdf"))

    def teasers(ws):
        return "".join(f'<div class="views-row"><article class="node node--view-mode-teaser"><h2><a href="{u(w.path)}" '
                       f'rel="bookmark">{esc(w.title)}</a></h2><time>{w.date}</time><p>{cut(w.paras[0], 160)}</p>'
                       f'</article></div>' for w in ws)
    docs.append(_other(FED, "/", _fed_page(u, "Home", '<div class="view view-frontpage"><h2>Latest news</h2>'
                       + teasers(news) + f'<a href="{u("/news/")}">All news</a></div>', "path-frontpage")))
    docs.append(_other(FED, "/news/", _fed_page(u, "News", '<h1 class="page-title">News</h1><div class="view view-news">'
                       + teasers(news) + f'<div class="views-row"><h2><a href="{u("/news/old-mentoring-call-2016")}">Call '
                       f'for mentors (2016)</a></h2></div></div><nav class="pager"><ul class="pager__items"><li '
                       f'class="pager__item is-active">1</li></ul></nav>', "path-news")))
    docs.append(_other(FED, "/units/new-professionals/", _fed_page(u, "New Professionals Special Interest Group",
                       '<h1 class="page-title">New Professionals Special Interest Group</h1><div class="field--name-body">'
                       '<p>The New Professionals SIG brings together librarians in the first years of their careers.</p>'
                       f'</div><p><a href="{u("/search?keys=mentoring")}">All resources on mentoring</a></p><h2>News</h2>' + teasers([WORKS["fed1"]]) + '<h2>Publications</h2>'
                       + teasers([rec]), "path-taxonomy page-taxonomy-term")))
    docs.append(_other(FED, "/publications/", _fed_page(u, "Publications", '<h1 class="page-title">Publications</h1>'
                       + teasers([rec]) + f'<div class="views-row"><h2><a href="{u(WORKS["fed3"].path)}" '
                       f'type="application/pdf">Annual Report 2023 (PDF)</a></h2></div>', "path-publications")))
    docs.append(_other(FED, "/search?keys=mentoring", _fed_page(u, "Search", '<h1 class="page-title">Search results'
                       '</h1><ol class="search-results node_search-results">' + "".join(
                           f'<li><h3 class="search-result__title"><a href="{u(w.path)}">{esc(w.title)}</a></h3></li>'
                           for w in (WORKS["fed1"], rec)) + '</ol>', "path-search")))
    docs.append(_other(FED, "/contact/", _fed_page(u, "Contact", '<h1 class="page-title">Contact</h1><p>IFLA '
                       'Headquarters, The Hague, Netherlands. Email ifla at ifla dot org.</p>', "path-node")))
    docs.append(_other(FED, "/about/", _fed_page(u, "About IFLA", '<h1 class="page-title">About IFLA</h1><p>The '
                       'International Federation of Library Associations and Institutions is the leading '
                       'international body representing the interests of library and information services.</p>',
                       "path-node")))
    docs.append(_other(FED, "/news/old-mentoring-call-2016", _fed_page(u, "Page not found",
                       '<h1 class="page-title">Page not found</h1><p>The requested page could not be found.</p>',
                       "path-system-404"), 404))
    return docs


# --- ALA-like association (Drupal, forum) -------------------------------------------------------

def _assoc_page(u, title: str, main: str, body_class: str, head: str = "", crumbs: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" '
            f'content="Drupal 9 (https://www.drupal.org)"><title>{esc(title)} | ALA</title>{head}</head>'
            f'<body class="{body_class}"><div class="dialog-off-canvas-main-canvas"><header class="ala-header">'
            f'<a href="{u("/")}" class="navbar-brand">American Library Association</a><nav class="ala-main-nav"><ul>'
            f'<li><a href="{u("/news/press-releases")}">News</a></li><li><a href="{u("/rt/nmrt")}">New Members Round '
            f'Table</a></li><li><a href="{u("/connect/forum")}">ALA Connect Forums</a></li><li><a href="{u("/about")}">'
            f'About ALA</a></li></ul></nav><a href="https://www.ala.example-store.org/" class="btn">ALA Store</a>'
            f'<form action="{u("/search")}" method="get"><input name="keys" type="search"></form></header>'
            f'<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="{u("/")}">Home</a></li>{crumbs}</ol></nav>'
            f'<main><div class="layout-content">{main}</div></main><footer class="ala-footer"><p>50 E Huron St, '
            f'Chicago, IL 60611</p><a href="{u("/contact-us")}">Contact Us</a> <a href="https://www.facebook.com/'
            f'AmericanLibraryAssociation">Facebook</a></footer></div></body></html>')


def _user(u, name: str) -> str:
    return f'<a href="{u("/user/kmorrow")}">{esc(name)}</a>' if name == "kmorrow" else esc(name)


def assoc(u) -> list[Doc]:
    docs = []
    releases = [WORKS["assoc1"], WORKS["assoc3"]]
    for w in releases:
        main = (f'<article class="node--type-news-release"><h1 class="page-title">{esc(w.title)}</h1><div class="'
                f'field--name-field-date">For Immediate Release<br><time datetime="{w.date}">{w.date}</time></div>'
                f'<div class="field--name-body">{ps(w.paras)}<h3>About the American Library Association</h3><p>The '
                f'American Library Association is the foremost national organization providing resources to inspire '
                f'library and information professionals.</p></div><div class="field--name-field-contact">Contact: '
                f'Communications, Marketing &amp; Media Relations Office</div>'
                + (f'<p><a href="{u("/rt/nmrt/mentoring")}">Learn about the NMRT Mentoring Program</a></p>'
                   if w is WORKS["assoc1"] else "") + '</article>')
        head = (f'<link rel="canonical" href="{u(w.path)}">'
                + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": w.title,
                       "datePublished": w.date, "publisher": {"@type": "Organization", "name": "ALA"}}))
        docs.append(_work(w, _assoc_page(u, w.title, main, "page-node-type-news-release", head,
                                         f'<li><a href="{u("/news/press-releases")}">Press Releases</a></li>')))
    w = WORKS["assoc2"]
    docs.append(_work(w, _assoc_page(u, w.title, f'<article class="node--type-page"><h1 class="page-title">'
                      f'{esc(w.title)}</h1><div class="field--name-body">{ps(w.paras)}</div><div class="callout">'
                      f'<a href="https://nmrt.example-apply.org/mentoring" class="btn">Apply now</a></div></article>',
                      "page-node-type-page", f'<link rel="canonical" href="{u(w.path)}">',
                      f'<li><a href="{u("/rt/nmrt")}">NMRT</a></li>')))
    forums = {"career-development": ("Career Development", ["assoc4", "assoc5"]), "general": ("General", ["assoc6"])}
    for fslug, (fname, ks) in forums.items():
        for k in ks:
            w = WORKS[k]
            first, replies = w.paras[0], w.paras[1:]
            user = (f'<a href="{u("/user/kmorrow")}" class="username">{esc(w.author)}</a>' if w.author == "kmorrow"
                    else f'<span class="username">{esc(w.author)}</span>')
            rl = "".join(f'<article class="comment js-comment"><footer class="comment__meta"><span class="username">'
                         f'{esc(r.split(":", 1)[0].removeprefix("Reply from "))}</span></footer><div class="comment__content">'
                         f'<p>{esc(r.split(": ", 1)[1])}</p></div><ul class="links inline"><li><a href="{u("/comment/reply/node/" + k)}" '
                         f'rel="nofollow">Reply</a></li></ul></article>' for r in replies)
            main = (f'<article class="node--type-forum"><h1 class="page-title">{esc(w.title)}</h1><div class="forum-'
                    f'post"><footer class="node__meta">Submitted by {user} on <time datetime="{w.date}">{w.date}</time>'
                    f'</footer><div class="field--name-body"><p>{esc(first)}</p></div></div><section class="comment-'
                    f'section"><h2>Replies</h2>{rl}</section><div class="field--name-taxonomy-forums"><a href="'
                    f'{u("/connect/forum/" + fslug)}">{fname}</a></div></article>')
            docs.append(_work(w, _assoc_page(u, w.title, main, "page-node-type-forum",
                              f'<link rel="canonical" href="{u(w.path)}">',
                              f'<li><a href="{u("/connect/forum")}">Forums</a></li><li><a href="'
                              f'{u("/connect/forum/" + fslug)}">{fname}</a></li>')))
        rows = "".join(f'<tr><td class="forum__title"><a href="{u(WORKS[k].path)}">{esc(WORKS[k].title)}</a><div '
                       f'class="forum__submitted">By {_user(u, WORKS[k].author)} &raquo; {WORKS[k].date}</div></td><td>'
                       f'{len(WORKS[k].paras) - 1}</td></tr>' for k in ks)
        docs.append(_other(ASSOC, f"/connect/forum/{fslug}", _assoc_page(u, fname, f'<h1 class="page-title">{fname}'
                           f'</h1><table class="forum-topic-list"><thead><tr><th>Topic</th><th>Replies</th></tr></thead>'
                           f'<tbody>{rows}</tbody></table>', "path-forum")))
    docs.append(_other(ASSOC, "/connect/forum", _assoc_page(u, "Forums", '<h1 class="page-title">Forums</h1><table '
                       'class="forum-list">' + "".join(f'<tr><td><a href="{u("/connect/forum/" + s)}">{n}</a></td><td>'
                       f'{len(ks)}</td></tr>' for s, (n, ks) in forums.items()) + '</table>', "path-forum")))
    docs.append(_other(ASSOC, "/news/press-releases", _assoc_page(u, "Press Releases", '<h1 class="page-title">Press '
                       'Releases</h1><div class="view-content">' + "".join(
                           f'<div class="views-row"><span class="date">{w.date}</span> <a href="{u(w.path)}">'
                           f'{esc(w.title)}</a></div>' for w in releases) + f'<div class="views-row"><a href="'
                       f'{u("/news/press-releases/2015/nmrt-mentoring")}">NMRT mentoring program 2015</a></div></div>',
                       "path-news")))
    docs.append(_other(ASSOC, "/rt/nmrt", _assoc_page(u, "New Members Round Table (NMRT)", '<h1 class="page-title">'
                       f'New Members Round Table (NMRT)</h1><p>NMRT helps those who are new to ALA and to the '
                       f'profession.</p><ul class="menu"><li><a href="{u("/rt/nmrt/mentoring")}">Mentoring Program</a>'
                       f'</li><li><a href="{u(WORKS["assoc1"].path)}">News</a></li><li><a href="{u("/search?keys=mentoring")}">'
                       f'More mentoring resources</a></li></ul>', "path-rt")))
    docs.append(_other(ASSOC, "/user/kmorrow", _assoc_page(u, "kmorrow", '<article class="profile"><h1>kmorrow</h1>'
                       f'<div class="field--name-field-job-title">Library Director</div><p>Member for 3 months</p>'
                       f'<h2>Recent posts</h2><ul><li><a href="{u(WORKS["assoc4"].path)}">{esc(WORKS["assoc4"].title)}'
                       f'</a></li></ul></article>', "path-user")))
    docs.append(_other(ASSOC, "/about", _assoc_page(u, "About ALA", '<h1 class="page-title">About ALA</h1><p>Founded '
                       'in 1876, ALA is the oldest and largest library association in the world.</p>', "path-about")))
    docs.append(_other(ASSOC, "/contact-us", _assoc_page(u, "Contact Us", '<h1 class="page-title">Contact Us</h1><p>'
                       'Call 1-800-545-2433 or use the form below.</p><form class="webform-submission-form"><input '
                       'name="email"></form>', "path-contact")))
    docs.append(_other(ASSOC, "/search?keys=mentoring", _assoc_page(u, "Search", '<h1 class="page-title">Search</h1>'
                       '<ol class="search-results">' + "".join(f'<li><a href="{u(WORKS[k].path)}">{esc(WORKS[k].title)}'
                       f'</a></li>' for k in ("assoc2", "assoc1", "assoc4", "assoc5")) + '</ol>', "path-search")))
    docs.append(_other(ASSOC, "/news/press-releases/2015/nmrt-mentoring", _assoc_page(u, "Page not found",
                       '<h1 class="page-title">Page not found</h1><p>The requested page could not be found.</p>',
                       "path-404"), 404))
    docs.append(_other(ASSOC, "/", _assoc_page(u, "American Library Association", '<h1 class="visually-hidden">Home</h1>'
                       '<section class="hero"><h2>Latest</h2><ul>' + "".join(
                           f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in releases)
                       + f'</ul></section><section><a href="{u("/rt/nmrt/mentoring")}">Find a mentor through NMRT</a> '
                       f'<a href="{u("/connect/forum")}">Join the conversation on ALA Connect</a></section>',
                       "path-frontpage")))
    return docs


# --- CILIP-like professional body ---------------------------------------------------------------

def _cilip_page(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} - CILIP: the library and '
            f'information association</title><meta name="viewport" content="width=device-width">{head}</head><body>'
            f'<div id="ctl00_divCookie" class="cookie-banner">We use cookies. <a href="https://www.cilip.example-'
            f'privacy.org/">Find out more</a></div><form method="post" action="./" id="aspnetForm"><input type="hidden" '
            f'name="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk"><div id="Header"><a href="{u("/")}" id="logo">CILIP'
            f'</a><ul id="MainNav"><li><a href="{u("/news/")}">News</a></li><li><a href="{u("/blogpost/")}">Blogs</a>'
            f'</li><li><a href="{u("/page/CareerDevelopment")}">Careers &amp; development</a></li><li><a href="'
            f'{u("/page/AboutCILIP")}">About</a></li></ul><a href="https://cilip.example-login.org/" rel="nofollow">'
            f'Log in</a></div><div id="SpContent_Container" class="container">{main}</div><div id="Footer"><a href="'
            f'{u("/page/ContactUs")}">Contact us</a> | Registered charity number 313014</div></form></body></html>')


def cilip(u) -> list[Doc]:
    docs = []
    profiles = {"Grace Obi": "/members/grace-obi", "Ruth Penhale": "/members/ruth-penhale"}
    news = [WORKS["cilip3"], WORKS["cilip5"]]
    blogs = [WORKS["cilip2"], WORKS["cilip4"]]
    for w in news + blogs:
        is_blog = w in blogs
        who = (f'<a href="{u(profiles[w.author])}">{esc(w.author)}</a>' if w.author in profiles else esc(w.author))
        main = (f'<div class="{"BlogPostContent" if is_blog else "NewsArticle"}"><h1 class="PageTitle">{esc(w.title)}'
                f'</h1><div class="PostMeta">Posted By {who}, {w.date}</div><div class="PostBody">{ps(w.paras)}</div>'
                + (f'<div class="BlogComments"><h3>Comments</h3><p>There are no comments on this post.</p></div>'
                   f'<div class="BlogTags">Tags: <span>chartership</span>, <span>career development</span></div>'
                   if is_blog else "")
                + f'<p><a href="{u("/blogpost/" if is_blog else "/news/")}">&laquo; Back</a></p></div>')
        docs.append(_work(w, _cilip_page(u, w.title, main, _og(u, w, "CILIP"))))
    w = WORKS["cilip1"]
    docs.append(_work(w, _cilip_page(u, w.title, f'<div class="ContentItemHtml"><h1 class="PageTitle">{esc(w.title)}</h1>'
                      f'{ps(w.paras)}<h2>Find a mentor</h2><p><a href="https://cilip.example-login.org/mentorfinder" '
                      f'rel="nofollow">Mentor Finder (members only)</a></p><p>Read <a href="{u(WORKS["cilip2"].path)}">'
                      f'how one member found her mentor</a>.</p></div>', f'<link rel="canonical" href="{u(w.path)}">')))

    def items(ws):
        return "".join(f'<div class="ListItem"><h3><a href="{u(w.path)}">{esc(w.title)}</a></h3><span>{w.date}</span>'
                       f'<p>{cut(w.paras[0], 160)}</p></div>' for w in ws)
    docs.append(_other(CILIP, "/", _cilip_page(u, "Home", '<div class="HomeHero"><h1>CILIP: the library and information '
                       'association</h1></div><h2>Latest news</h2>' + items(news) + '<h2>From our blogs</h2>' + items(blogs)
                       + f'<p><a href="{u("/page/MentoringScheme")}">Mentoring</a></p>')))
    docs.append(_other(CILIP, "/news/", _cilip_page(u, "News", '<h1 class="PageTitle">News</h1>' + items(news))))
    docs.append(_other(CILIP, "/blogpost/", _cilip_page(u, "Blogs", '<h1 class="PageTitle">Member blogs</h1>'
                       + items(blogs))))
    docs.append(_other(CILIP, "/page/CareerDevelopment", _cilip_page(u, "Careers & development",
                       f'<h1 class="PageTitle">Careers &amp; development</h1><ul><li><a href="{u("/page/MentoringScheme")}">'
                       f'Mentoring Scheme</a></li><li><a href="{u("/page/MentorFinderOld")}">Mentor Finder (old)</a></li>'
                       f'<li><a href="{u(WORKS["cilip3"].path)}">Revalidation</a></li><li><a href="{u("/search/?q=mentoring")}">'
                       f'Search mentoring resources</a></li></ul>')))
    for name, path in profiles.items():
        mine = [x for x in blogs if x.author == name]
        docs.append(_other(CILIP, path, _cilip_page(u, name, f'<div class="MemberProfile" itemscope itemtype="https://'
                           f'schema.org/Person"><h1 itemprop="name">{name}</h1><p itemprop="jobTitle">Librarian</p><p>'
                           f'MCLIP</p><h2>Blog posts</h2>{items(mine)}</div>')))
    docs.append(_other(CILIP, "/page/AboutCILIP", _cilip_page(u, "About CILIP", '<h1 class="PageTitle">About CILIP</h1>'
                       '<p>CILIP is the UK library and information association, a registered charity with a Royal '
                       'Charter.</p>')))
    docs.append(_other(CILIP, "/page/ContactUs", _cilip_page(u, "Contact us", '<h1 class="PageTitle">Contact us</h1>'
                       '<p>Email info at cilip dot example or call 020 7255 0500.</p>')))
    docs.append(_other(CILIP, "/search/?q=mentoring", _cilip_page(u, "Search", '<h1 class="PageTitle">Search results'
                       '</h1>' + items([WORKS["cilip1"], WORKS["cilip2"], WORKS["cilip3"]]))))
    # a soft 404: the platform's "page not found" served with 200
    docs.append(_other(CILIP, "/page/MentorFinderOld", _cilip_page(u, "Page Not Found", '<h1 class="PageTitle">Page '
                       'Not Found</h1><p>Sorry, the page you requested could not be found. It may have been moved or '
                       'deleted.</p>')))
    return docs


# --- WordPress with The Events Calendar -----------------------------------------------------------

EV_SITE = "Tri-County Library Association"
EV_CATS = {"ev1": "professional-development", "ev2": "professional-development", "ev3": None, "ev4": None, "ev5": None}
EV_ONLINE = ("ev1", "ev2")


def _ev_page(u, title: str, main: str, body_class: str, head: str = "") -> str:
    header = (f'<header id="masthead" class="site-header"><p class="site-title"><a href="{u("/")}" rel="home">'
              f'{EV_SITE}</a></p><nav class="main-navigation"><ul><li><a href="{u("/events/")}">Events</a></li>'
              f'<li><a href="{u("/about/")}">About</a></li><li><a href="{u("/contact/")}">Contact</a></li></ul></nav></header>')
    footer = '<footer class="site-footer"><p>&copy; 2024 Tri-County Library Association</p></footer>'
    return _wp(u, EV_SITE, title, body_class, head, header, main, footer)


def events(u) -> list[Doc]:
    docs = []
    keyed = [(k, w) for k, w in WORKS.items() if w.host == EVENTS]
    venue = u("/venue/riverside-library/")
    org = u("/organizer/membership-committee/")
    for k, w in keyed:
        online = k in EV_ONLINE
        cat = EV_CATS[k]
        ld = {"@context": "http://schema.org", "@type": "Event", "name": w.title, "description": w.paras[0],
              "url": u(w.path), "startDate": f"{w.date}T18:00:00-05:00", "endDate": f"{w.date}T19:30:00-05:00",
              "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode" if online else
              "https://schema.org/OfflineEventAttendanceMode",
              "location": {"@type": "VirtualLocation", "url": "https://zoom.example/j/1"} if online else
              {"@type": "Place", "name": "Riverside Library", "address": "12 River St"},
              "organizer": {"@type": "Person", "name": w.author}}
        main = (f'<div id="tribe-events-pg-template" class="tribe-events-pg-template"><div class="tribe-events-before-html">'
                f'</div><div id="tribe-events-content" class="tribe-events-single"><p class="tribe-events-back"><a href="'
                f'{u("/events/")}">&laquo; All Events</a></p><h1 class="tribe-events-single-event-title">{esc(w.title)}</h1>'
                f'<div class="tribe-events-schedule tribe-clearfix"><h2><span class="tribe-event-date-start">'
                f'{w.date} @ 6:00 pm</span> - <span class="tribe-event-time">7:30 pm</span></h2></div>'
                f'<div id="post-{k}" class="post type-tribe_events tribe_events"><div class="tribe-events-single-event-'
                f'description tribe-events-content">{ps(w.paras)}</div><div class="tribe-events-cal-links"><a class="'
                f'tribe-events-gcal" href="https://www.google.com/calendar/event?action=TEMPLATE" rel="nofollow">Google '
                f'Calendar</a><a class="tribe-events-ical" href="{u(w.path)}?ical=1" rel="nofollow">iCalendar</a></div>'
                f'<div class="tribe-events-single-section tribe-events-event-meta primary"><div class="tribe-events-meta-'
                f'group tribe-events-meta-group-details"><h2 class="tribe-events-single-section-title">Details</h2><dl>'
                f'<dt>Date:</dt><dd><abbr class="tribe-events-abbr" title="{w.date}">{w.date}</abbr></dd>'
                + (f'<dt>Event Category:</dt><dd class="tribe-events-event-categories"><a href="'
                   f'{u("/events/category/" + cat + "/")}" rel="tag">Professional Development</a></dd>' if cat else "")
                + (f'<dt>Event Tags:</dt><dd class="tribe-event-tags"><a href="{u("/events/tag/online/")}" rel="tag">'
                   f'online</a></dd>' if online else "")
                + '</dl></div><div class="tribe-events-meta-group tribe-events-meta-group-organizer"><h2 class="tribe-events-'
                f'single-section-title">Organizer</h2><dl><dd class="tribe-organizer">'
                + (f'<a href="{org}" title="{esc(w.author)}">{esc(w.author)}</a>' if w.author == "Membership Committee"
                   else esc(w.author)) + '</dd></dl></div>'
                + ('' if online else f'<div class="tribe-events-meta-group tribe-events-meta-group-venue"><h2 class='
                   f'"tribe-events-single-section-title">Venue</h2><dl><dd class="tribe-venue"><a href="{venue}">'
                   f'Riverside Library</a></dd></dl></div>')
                + '</div></div></div></div>')
        head = _og(u, w, EV_SITE) + _ld([ld])
        docs.append(_work(w, _ev_page(u, f"{w.title} - {EV_SITE}", main,
                                      "tribe_events-template-default single single-tribe_events tribe-events-page-template",
                                      head)))

    def listview(ks):
        return ('<div class="tribe-common tribe-events tribe-events-view tribe-events-view--list"><div class="tribe-'
                'events-calendar-list">' + "".join(
                    f'<div class="tribe-events-calendar-list__event-row"><div class="tribe-events-calendar-list__event-'
                    f'date-tag"><time datetime="{WORKS[k].date}">{WORKS[k].date}</time></div><article class="tribe-'
                    f'events-calendar-list__event"><h3 class="tribe-events-calendar-list__event-title"><a href="'
                    f'{u(WORKS[k].path)}" class="tribe-events-calendar-list__event-title-link">{esc(WORKS[k].title)}</a>'
                    f'</h3><div class="tribe-events-calendar-list__event-description"><p>{cut(WORKS[k].paras[0], 150)}'
                    f'</p></div></article></div>' for k in ks) + '</div></div>')
    allk = sorted((k for k, _ in keyed), key=lambda k: WORKS[k].date)
    bar = (f'<div class="tribe-events-c-events-bar"><form class="tribe-events-c-search" method="get" action="'
           f'{u("/events/list/")}"><input type="text" name="tribe-bar-search" placeholder="Search for events"></form>'
           f'<a href="{u("/events/")}" class="tribe-events-c-view-selector__list-item-link">List</a>'
           f'<span class="popular">Popular: <a href="{u("/events/list/?tribe-bar-search=mentoring")}">mentoring</a></span></div>')
    docs.append(_other(EVENTS, "/events/", _ev_page(u, f"Events from {EV_SITE}", bar + listview(allk)
                       + f'<p class="tribe-events-c-nav__prev"><a href="{u("/event/mentoring-meetup-2019/")}">Past '
                       f'Events</a></p>', "post-type-archive-tribe_events")))
    docs.append(_other(EVENTS, "/", _ev_page(u, f"{EV_SITE} - Connecting library workers across the region",
                       f'<div class="entry-content"><h1>Welcome</h1><p>We bring library workers together for learning '
                       f'and community.</p><h2>Upcoming events</h2>{listview(allk[:3])}<p><a href="{u("/events/")}">'
                       f'View all events</a></p></div>', "home page-template-default")))
    docs.append(_other(EVENTS, "/events/list/?tribe-bar-search=mentoring", _ev_page(u, f"Events for mentoring - {EV_SITE}",
                       bar + '<h1>Events for &#8220;mentoring&#8221;</h1>' + listview(["ev1", "ev4"]),
                       "post-type-archive-tribe_events tribe-events-search")))
    docs.append(_other(EVENTS, "/events/category/professional-development/", _ev_page(u, f"Professional Development "
                       f"Archives - {EV_SITE}", '<h1 class="tribe-events-header__title-text">Professional Development</h1>'
                       + listview([k for k in allk if EV_CATS[k]]), "tax-tribe_events_cat")))
    docs.append(_other(EVENTS, "/events/tag/online/", _ev_page(u, f"online Archives - {EV_SITE}",
                       '<h1 class="tribe-events-header__title-text">Tag: online</h1>' + listview(list(EV_ONLINE)),
                       "tag tribe-events-tag")))
    docs.append(_other(EVENTS, "/organizer/membership-committee/", _ev_page(u, f"Membership Committee - {EV_SITE}",
                       '<div class="tribe-events-pg-template"><h1 class="tribe-events-single-organizer-title">Membership '
                       'Committee</h1><div class="tribe-organizer-email">membership at tricountylib dot example</div>'
                       + listview([k for k in allk if WORKS[k].author == "Membership Committee"]) + '</div>',
                       "single-tribe_organizer")))
    docs.append(_other(EVENTS, "/venue/riverside-library/", _ev_page(u, f"Riverside Library - {EV_SITE}",
                       '<div class="tribe-events-pg-template"><h1 class="tribe-events-single-venue-title">Riverside Library'
                       '</h1><address class="tribe-events-address"><span class="tribe-street-address">12 River St</span>'
                       '</address><div class="tribe-events-venue-map"><iframe title="Google maps iframe" src="https://'
                       'maps.google.com/maps?q=12+River+St&amp;output=embed"></iframe></div>'
                       + listview([k for k in allk if k not in EV_ONLINE]) + '</div>', "single-tribe_venue")))
    docs.append(_other(EVENTS, "/about/", _ev_page(u, f"About - {EV_SITE}", '<article class="page"><h1 class="entry-'
                       'title">About</h1><div class="entry-content"><p>The association serves library workers in three '
                       'counties with events, advocacy and scholarships.</p></div></article>', "page")))
    docs.append(_other(EVENTS, "/contact/", _ev_page(u, f"Contact - {EV_SITE}", '<article class="page"><h1 class="entry-'
                       'title">Contact</h1><div class="entry-content"><p>Write to PO Box 40.</p></div></article>', "page")))
    docs.append(_other(EVENTS, "/event/mentoring-meetup-2019/", _ev_page(u, f"Page not found - {EV_SITE}",
                       '<section class="error-404 not-found"><h1 class="page-title">Oops! That page can&rsquo;t be found.'
                       '</h1></section>', "error404"), 404))
    return docs


# --- Joomla 5 consortium -----------------------------------------------------------------------

def _joomla(u, title: str, main: str, view: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content='
            f'"width=device-width, initial-scale=1"><meta name="generator" content="Joomla! - Open Source Content '
            f'Management"><title>{esc(title)} - Northern Libraries Consortium</title><link href="{u("/news?format=feed&amp;type=rss")}" '
            f'rel="alternate" type="application/rss+xml" title="RSS 2.0">{head}<link href="/media/templates/site/'
            f'cassiopeia/css/template.min.css" rel="stylesheet"></head><body class="site com_content wrapper-static '
            f'view-{view} no-layout no-task has-sidebar-right"><header class="header container-header full-width">'
            f'<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="{u("/")}"><span title="'
            f'Northern Libraries Consortium">Northern Libraries Consortium</span></a></div></div><div class="grid-child '
            f'container-nav"><ul class="mod-menu mod-list nav"><li class="nav-item"><a href="{u("/")}">Home</a></li>'
            f'<li class="nav-item"><a href="{u("/news")}">News</a></li><li class="nav-item"><a href="{u("/about-us")}">'
            f'About us</a></li><li class="nav-item"><a href="{u("/contact")}">Contact</a></li></ul><form class="mod-'
            f'finder js-finder-searchform form-search" action="{u("/component/finder/search")}" method="get" role="search">'
            f'<input type="text" name="q" class="js-finder-search-query form-control"></form></div></header>'
            f'<div class="site-grid"><div class="grid-child container-component"><main>{main}</main></div>'
            f'<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">'
            f'Tags</h3><ul class="mod-tagspopular tagspopular"><li><a href="{u("/news/tags/mentoring")}">mentoring</a>'
            f'</li></ul></div></div></div><footer class="container-footer footer full-width"><div class="grid-child">'
            f'<p>&copy; 2024 Northern Libraries Consortium</p></div></footer><a href="#top" id="back-top" class="back-'
            f'to-top-link">Back to Top</a></body></html>')


def cons(u) -> list[Doc]:
    docs = []
    works = sorted(_works(CONS), key=lambda w: w.date, reverse=True)
    tagged = (WORKS["cons1"], WORKS["cons2"])
    for w in works:
        tags = (f'<ul class="tags list-inline"><li class="list-inline-item tag-2 tag-list0"><a href="'
                f'{u("/news/tags/mentoring")}" class="btn btn-sm btn-info">mentoring</a></li></ul>' if w in tagged else "")
        main = (f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta '
                f'itemprop="inLanguage" content="en-GB"><div class="page-header"><h1 itemprop="headline">{esc(w.title)}'
                f'</h1></div><dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="'
                f'createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Written by <span itemprop='
                f'"name">{esc(w.author)}</span></dd><dd class="category-name">Category: <a href="{u("/news")}" itemprop='
                f'"genre">News</a></dd><dd class="published"><time datetime="{w.date}T10:00:00+00:00" itemprop="'
                f'datePublished">Published: {w.date}</time></dd></dl>{tags}<div itemprop="articleBody" class="com-content-'
                f'article__body">{ps(w.paras)}</div><nav class="pagenavigation"><span class="pagination ms-0"><a class="'
                f'btn btn-sm btn-secondary previous" href="{u("/news")}" rel="prev">Back to news</a></span></nav></div>')
        docs.append(_work(w, _joomla(u, w.title, main, "article", f'<link href="{u(w.path)}" rel="canonical">')))

    def blog(ws):
        return "".join(f'<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype='
                       f'"https://schema.org/BlogPosting"><div class="item-content"><div class="page-header"><h2 itemprop='
                       f'"name"><a href="{u(w.path)}" itemprop="url">{esc(w.title)}</a></h2></div><dl class="article-info">'
                       f'<dd class="published"><time datetime="{w.date}">{w.date}</time></dd></dl><p>{cut(w.paras[0], 180)}'
                       f'</p><p class="readmore"><a class="btn btn-secondary" href="{u(w.path)}">Read more &hellip;</a></p>'
                       f'</div></div>' for w in ws)
    docs.append(_other(CONS, "/", _joomla(u, "Home", '<div class="blog-featured"><h1>Welcome</h1><p>The consortium '
                       'shares a catalogue, delivery van and training among 40 member libraries.</p>' + blog(works[:2])
                       + f'</div><p><a href="{u("/news")}">More news</a></p>', "featured")))
    docs.append(_other(CONS, "/news", _joomla(u, "News", '<div class="com-content-category-blog blog"><h1>News</h1>'
                       + blog(works[:4]) + f'<div class="com-content-category-blog__navigation w-100"><nav class='
                       f'"pagination__wrapper" aria-label="Pagination"><ul class="pagination"><li class="page-item">'
                       f'<a class="page-link" href="{u("/news?start=4")}">2</a></li><li class="page-item"><a aria-label='
                       f'"Go to next page" href="{u("/news?start=4")}" class="page-link">Next</a></li></ul></nav></div>'
                       f'</div>', "category")))
    docs.append(_other(CONS, "/news?start=4", _joomla(u, "News", '<div class="com-content-category-blog blog"><h1>News'
                       f'</h1><div class="blog-item"><h2><a href="{u("/news/mentoring-programme-2020")}">Mentoring '
                       f'programme 2020</a></h2></div><nav class="pagination__wrapper"><ul class="pagination"><li class="'
                       f'page-item"><a class="page-link" href="{u("/news")}">1</a></li></ul></nav></div>', "category")))
    docs.append(_other(CONS, "/news/tags/mentoring", _joomla(u, "mentoring", '<div class="com-tags-tag tag-category">'
                       '<h1>mentoring</h1><ul class="com-tags-tag__items category list-group">' + "".join(
                           f'<li class="list-group-item list-group-item-action"><h3><a href="{u(w.path)}">{esc(w.title)}'
                           f'</a></h3></li>' for w in tagged) + f'</ul><p><a href="{u("/component/finder/search?q=mentoring")}">Search '
                       f'all content for mentoring</a></p></div>', "tag")))
    docs.append(_other(CONS, "/about-us", _joomla(u, "About us", '<div class="com-content-article item-page"><h1>About us'
                       '</h1><p>Founded in 1998, the consortium is governed by a board of member library directors.</p>'
                       '</div>', "article")))
    docs.append(_other(CONS, "/contact", _joomla(u, "Contact", '<div class="com-contact contact"><h1>Contact</h1><form '
                       'id="contact-form" class="com-contact__form form-validate" method="post"><input name="jform'
                       '[contact_name]"><textarea name="jform[contact_message]"></textarea></form></div>', "contact")))
    docs.append(_other(CONS, "/component/finder/search?q=mentoring", _joomla(u, "Search", '<div class="com-finder finder">'
                       '<h1>Search</h1><div id="search-query-explained"><p>Assuming <span class="query-required">'
                       'mentoring</span> is required.</p></div><ol id="search-result-list" class="com-finder__results-'
                       'list">' + "".join(f'<li class="result__item"><p class="result__title"><a class="result__title-link"'
                       f' href="{u(w.path)}">{esc(w.title)}</a></p></li>' for w in (*tagged, WORKS["cons4"]))
                       + '</ol></div>', "search")))
    docs.append(_other(CONS, "/news/mentoring-programme-2020", _joomla(u, "404 Article not found",
                       '<div class="error"><h1 class="page-header">404 Article not found</h1><p>The requested page '
                       'can&#039;t be found.</p></div>', "error"), 404))
    return docs


# --- Ghost, Casper 5 ---------------------------------------------------------------------------

GHOST_SITE = "The iSchool Blog"
GHOST_AUTHORS = {"Dr. Helen Cho": "/author/helen/", "Sam Adeyemi": "/author/sam/"}
GHOST_TAGS = {"blog1": ("mentoring", "Mentoring"), "blog2": ("mentoring", "Mentoring"),
              "blog3": ("courses", "Courses"), "blog4": ("courses", "Courses"), "blog5": None}


def _ghost(u, title: str, main: str, body_class: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">'
            f'<title>{esc(title)}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content='
            f'"width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a1b2c3">'
            f'{head}<meta name="generator" content="Ghost 5.80"><link rel="alternate" type="application/rss+xml" title='
            f'"{GHOST_SITE}" href="{u("/rss/")}"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/'
            f'portal.min.js" data-ghost="{u("/")}" crossorigin="anonymous"></script></head><body class="{body_class} '
            f'is-head-left-logo has-serif-title"><div class="viewport"><header id="gh-head" class="gh-head outer">'
            f'<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="{u("/")}">'
            f'{GHOST_SITE}</a></div><nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="{u("/")}">'
            f'Home</a></li><li class="nav-mentoring"><a href="{u("/tag/mentoring/")}">Mentoring</a></li><li class="nav-'
            f'about"><a href="{u("/about/")}">About</a></li></ul></nav><div class="gh-head-actions"><a class="gh-head-'
            f'button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>'
            f'<div class="site-content">{main}</div><footer class="site-footer outer"><div class="inner"><section class='
            f'"copyright"><a href="{u("/")}">{GHOST_SITE}</a> &copy; 2024</section><div class="gh-powered-by"><a href='
            f'"https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>'
            f'</body></html>')


def _ghost_cards(u, ws) -> str:
    out = []
    for w in ws:
        t = GHOST_TAGS[[k for k, x in WORKS.items() if x is w][0]]
        out.append(f'<article class="post-card post{" tag-" + t[0] if t else ""}"><a class="post-card-image-link" '
                   f'href="{u(w.path)}"><img class="post-card-image" src="/content/images/size/w600/2024/01/cover.jpg" '
                   f'alt="{esc(w.title)}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-'
                   f'link" href="{u(w.path)}"><header class="post-card-header">'
                   + (f'<div class="post-card-primary-tag">{t[1]}</div>' if t else "")
                   + f'<h2 class="post-card-title">{esc(w.title)}</h2></header><div class="post-card-excerpt">'
                   f'{cut(w.paras[0], 160)}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" '
                   f'datetime="{w.date}">{w.date}</time></footer></div></article>')
    return '<div class="post-feed">' + "".join(out) + '</div>'


def ghost(u) -> list[Doc]:
    docs = []
    keyed = sorted(((k, w) for k, w in WORKS.items() if w.host == ISCHOOL), key=lambda kw: kw[1].date, reverse=True)
    works = [w for _, w in keyed]
    for k, w in keyed:
        t = GHOST_TAGS[k]
        apath = GHOST_AUTHORS[w.author]
        more = [x for x in works if x is not w][:3]
        main = (f'<main id="site-main" class="site-main"><article class="article post{" tag-" + t[0] if t else ""}">'
                f'<header class="article-header gh-canvas"><div class="article-tag post-card-tags">'
                + (f'<span class="post-card-primary-tag"><a href="{u("/tag/" + t[0] + "/")}">{t[1]}</a></span>' if t else "")
                + f'</div><h1 class="article-title">{esc(w.title)}</h1><div class="article-byline"><section class="'
                f'article-byline-content"><div class="article-byline-meta"><h4 class="author-name"><a href="{u(apath)}">'
                f'{esc(w.author)}</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="'
                f'{w.date}">{w.date}</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read'
                f'</span></div></div></section></div></header><section class="gh-content gh-canvas">{ps(w.paras)}'
                f'</section></article></main><aside class="read-more-wrap outer"><div class="read-more inner"><h2>Read '
                f'more</h2>{_ghost_cards(u, more)}</div></aside>')
        head = (f'<link rel="canonical" href="{u(w.path)}">' + _og(u, w, GHOST_SITE)
                + _ld({"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization",
                       "name": GHOST_SITE}, "author": {"@type": "Person", "name": w.author, "url": u(apath)},
                       "headline": w.title, "url": u(w.path), "datePublished": w.date}))
        docs.append(_work(w, _ghost(u, f"{w.title}", main, "post-template" + (f" tag-{t[0]}" if t else ""), head)))
    docs.append(_other(ISCHOOL, "/", _ghost(u, GHOST_SITE, '<div class="site-header-content outer"><div class="site-header'
                       f'-inner inner"><h1 class="site-title">{GHOST_SITE}</h1><p class="site-description">News and ideas '
                       f'from the School of Information</p></div></div><main id="site-main" class="site-main outer"><div '
                       f'class="inner posts">{_ghost_cards(u, works[:3])}</div><nav class="pagination"><a class="older-'
                       f'posts" href="{u("/page/2/")}">Older Posts &rarr;</a></nav></main>', "home-template")))
    docs.append(_other(ISCHOOL, "/page/2/", _ghost(u, f"{GHOST_SITE} (Page 2)", f'<main id="site-main" class="site-main '
                       f'outer"><div class="inner posts">{_ghost_cards(u, works[3:])}</div><nav class="pagination"><a '
                       f'class="newer-posts" href="{u("/")}">&larr; Newer Posts</a><a href="{u("/old-post/")}">From the '
                       f'old blog</a></nav></main>', "paged archive-template")))
    for slug, name in (("mentoring", "Mentoring"), ("courses", "Courses")):
        ws = [WORKS[k] for k, t in GHOST_TAGS.items() if t and t[0] == slug]
        docs.append(_other(ISCHOOL, f"/tag/{slug}/", _ghost(u, f"{name} - {GHOST_SITE}", f'<main id="site-main" class='
                           f'"site-main outer"><div class="inner posts"><section class="post-card post-card-large"><h1 '
                           f'class="post-card-title">{name}</h1><div class="post-card-excerpt">Posts tagged {name}.</div>'
                           f'</section>{_ghost_cards(u, ws)}</div></main>', f"tag-template tag-{slug}")))
    for name, path in GHOST_AUTHORS.items():
        ws = [w for w in works if w.author == name]
        docs.append(_other(ISCHOOL, path, _ghost(u, f"{name} - {GHOST_SITE}", f'<main id="site-main" class="site-main '
                           f'outer"><div class="inner posts"><section class="post-card post-card-large author-profile">'
                           f'<h1 class="author-profile-title">{name}</h1><p>Faculty and staff at the School of Information.'
                           f'</p><div class="author-profile-meta"><div class="author-profile-location">Ann Arbor</div>'
                           f'</div></section>{_ghost_cards(u, ws)}</div></main>', "author-template")))
    docs.append(_other(ISCHOOL, "/about/", _ghost(u, f"About - {GHOST_SITE}", '<main id="site-main" class="site-main">'
                       '<article class="article page no-image"><header class="article-header gh-canvas"><h1 class="'
                       'article-title">About</h1></header><section class="gh-content gh-canvas"><p>The iSchool Blog shares '
                       'news from our faculty, students and alumni.</p></section></article></main>', "page-template")))
    docs.append(_other(ISCHOOL, "/old-post/", _ghost(u, f"404 - {GHOST_SITE}", '<main id="site-main" class="site-main '
                       'outer error-content"><div class="inner"><section class="error-message"><h1 class="error-code">404'
                       '</h1><p class="error-description">Page not found</p><a class="error-link" href="/">Go to the front '
                       'page &rarr;</a></section></div></main>', "error-template"), 404))
    return docs


def build(url: Callable[[str, str], str]) -> list[Doc]:
    def on(host):
        return lambda path: url(host, path)
    return (pipe(on(PIPE)) + group(on(GROUP)) + school(on(SCHOOL)) + c4l(on(C4L)) + fed(on(FED)) + assoc(on(ASSOC))
            + cilip(on(CILIP)) + events(on(EVENTS)) + cons(on(CONS)) + ghost(on(ISCHOOL)))


class LabelledWeb48(ServedWeb):
    """Web 48 (see the module docstring)."""

    HOSTS = HOSTS
    START: dict[str, str] = {}
    FIRST_ADDRESS = 560
    build = staticmethod(build)
