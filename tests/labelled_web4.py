"""A fourth labelled web for the ranking, held out: ten hosts, templates
none of webs 1-3 use, words of its own (:mod:`tests.labelled_text4`,
written without reading the other webs' texts, page lists, scan's ranking
or its kinds).

Its labels were written, and committed, before scan was first run on it;
its first measure is in the commit that wired ``--web 4`` into
``bench/bench_ranking.py`` and in :mod:`tests.test_rank_web4`'s docstring.

Hosts and templates (from the markup the real platform serves, reduced):

* ``kadence.example`` WordPress with the Kadence theme and Rank Math's
  metadata: posts, the blog's home and its page 2, a category, a tag, a
  search, a month's archive, the author's archive, About and Contact;
* ``tt2.example`` WordPress's Twenty Twenty-Two block theme (no SEO
  plugin): posts, home, a category, a year's archive, a real 404 (WordPress's
  404 template, status 404) behind the menu's stale "Events" link;
* ``tumblr.example`` a Tumblr blog (text posts with titles, a photo post
  with a caption and no title, ``/tagged/``, ``/archive``, ``/page/2``, a
  custom About page and the Ask page);
* ``source.example`` Ghost's Source theme (posts, a tag, an author, About,
  ``/page/2/``);
* ``chirpy.example`` Jekyll with the Chirpy theme (``/posts/``, a category,
  a tag, ``/archives/``, About; the home's cards title each post in ``h1``);
* ``stack.example`` Hugo with the Stack theme (``/p/`` posts titled in
  ``h2``, a category, a tag, the client-side search page, ``/archives/``,
  ``/page/2/``);
* ``quarto.example`` a Quarto blog (listing page, posts under
  ``posts/*/index.html`` linked relatively, ``about.html``);
* ``emporio.example`` Blogger's Emporio layout (``h1`` the blog's name,
  ``h3`` the post's title, text in ``div`` lines; a label, a search, a
  year's archive, a static About page);
* ``ojs.example`` an Open Journal Systems 3.3 journal, default theme:
  article landing pages (abstract, references, ``citation_*`` tags) with
  their PDF galleys, two issues' tables of contents, the issue archive, an
  announcement and the announcements list, About, Contact, search;
* ``library.example`` a university library's news site (Drupal 10): news
  stories, the news listing and its page 2 (``?page=1``), a news category,
  a staff profile, Contact, the libraries' home, and a soft 404 (an old
  story's address answering 200 with "Page not found").

Grades (as webs 1-3): 3 about the topic (librarians mentoring through
social media or online networks) throughout; 2 about it in good part (a
third of the text or more), or about mentoring without the social media, or
about learning through social media without the mentoring; 1 the topic's
words in passing (one sentence), or a short announcement dense with the
topic's words and nothing to read; 0 nothing, including off-topic pages
that use one of the topic's words for something else ("chat reference",
"our Facebook page"). Pages that are not works (home, about, contact,
category, tag, search, listing, profile) and errors count 0 whatever they
say.

Kind decisions for pages the other webs may lack:

* a round-up post (links of the week) is an ``article``, graded by its own
  annotations (half of them on the topic here: 2);
* a Tumblr text or photo post is a blog post, ``article`` (not the social
  ``post``: it has a title or a caption of its own and a permalink page);
* an OJS article's landing page is a ``journal-article`` graded by what it
  shows (title, abstract, keywords, references); its PDF galley is a
  ``document`` graded by its full text; an OJS announcement is an
  ``article`` (one page of its own text, like an event page);
* Tumblr's Ask page is ``contact``; a Blogger label page is a ``tag``;
  Chirpy's and Stack's archives, a month's or a year's archive, a page 2,
  an issue's table of contents, the issue archive and the announcements
  list are ``listing``; an author's archive and a staff profile are
  ``profile``; Stack's search page (results drawn by script, none in the
  HTML) is ``search``; the real 404 and the soft 404 are ``error``.

::

    with LabelledWeb4() as web:
        web.seeds, web.hosts_env, web.labels      # as LabelledWeb

``bench/bench_ranking.py --web 4`` prints its figures.
"""

from __future__ import annotations

import json
import textwrap
import zlib
from dataclasses import dataclass
from typing import Callable

from tests.labelled_text4 import ABOUT, ANNOUNCEMENT, ARTICLES, POSTS
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

HOSTS = ("kadence.example", "tt2.example", "tumblr.example", "source.example", "chirpy.example", "stack.example",
         "quarto.example", "emporio.example", "ojs.example", "library.example")
START = {"ojs.example": "/index.php/jlmp/index", "quarto.example": "/index.html"}


def jsonld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


@dataclass(frozen=True)
class Post:
    key: str          # its text in labelled_text4.POSTS
    path: str
    title: str
    author: str
    date: str         # ISO
    grade: int
    term: str = ""    # category, tag or label

    @property
    def paras(self) -> tuple[str, ...]:
        return POSTS[self.key]


def human(date: str) -> str:
    import datetime as dt
    return dt.date.fromisoformat(date).strftime("%B %-d, %Y")


# --- WordPress, Kadence theme, Rank Math (kadence.example) ----------------------------------------------

KD = "The Reference Desk Diaries"
KD_POSTS = [
    Post("k5", "/2024/03/friday-links-mentors-makerspaces-and-more/", "Friday Links: Mentors, Makerspaces and More",
         "Dana Whitfield", "2024-03-22", 2, "Links"),
    Post("k1", "/2024/03/what-twitter-taught-me-about-being-mentored/", "What Twitter Taught Me About Being Mentored",
         "Dana Whitfield", "2024-03-08", 3, "Mentoring"),
    Post("k4", "/2024/02/new-chat-reference-hours/", "New Reference Desk and Chat Hours", "Dana Whitfield",
         "2024-02-19", 0, "Library news"),
    Post("k2", "/2024/01/our-mentoring-program-year-one/", "Our Mentoring Program, Year One", "Dana Whitfield",
         "2024-01-30", 2, "Mentoring"),
    Post("k3", "/2023/11/shifting-the-stacks/", "Shifting the Stacks: Notes from a Weekend Move", "Dana Whitfield",
         "2023-11-14", 1, "Library news"),
    Post("k6", "/2023/10/budget-season-again/", "Budget Season Again", "Dana Whitfield", "2023-10-02", 0,
         "Library news"),
]
KD_CATS = {"Mentoring": "/category/mentoring/", "Links": "/category/links/", "Library news": "/category/library-news/"}


def _kd(title: str, u, body_class: str, main: str, head: str = "", sidebar: bool = True) -> bytes:
    recent = "".join(f'<li><a class="wp-block-latest-posts__post-title" href="{u(p.path)}">{esc(p.title)}</a></li>'
                     for p in KD_POSTS)
    cats = "".join(f'<li class="cat-item"><a href="{u(h)}">{esc(n)}</a></li>' for n, h in KD_CATS.items())
    side = (f'<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary '
            f'sidebar-link-style-normal"><div class="sidebar-inner-wrap">'
            f'<section id="block-2" class="widget widget_block widget_search"><form role="search" method="get" '
            f'action="{u("/")}" class="wp-block-search__button-outside wp-block-search"><label class="wp-block-search__label" '
            f'for="wp-block-search__input-1">Search</label><div class="wp-block-search__inside-wrapper"><input class="'
            f'wp-block-search__input" id="wp-block-search__input-1" type="search" name="s" required><button type="submit" '
            f'class="wp-block-search__button">Search</button></div></form></section>'
            f'<section id="block-3" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">'
            f'Recent Posts</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">{recent}</ul></div></section>'
            f'<section id="block-5" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">'
            f'Archives</h2><ul class="wp-block-archives-list wp-block-archives"><li><a href="{u("/2024/03/")}">March 2024'
            f'</a></li></ul></div></section>'
            f'<section id="block-6" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">'
            f'Categories</h2><ul class="wp-block-categories-list wp-block-categories">{cats}</ul></div></section>'
            f'<section id="block-7" class="widget widget_block"><p class="wp-block-tag-cloud"><a href="{u("/tag/twitter/")}" '
            f'class="tag-cloud-link tag-link-9" style="font-size: 14pt;">Twitter</a></p><p>Looking for more? '
            f'<a href="{u("/?s=mentor")}">Everything I have written about mentors</a>.</p></section>'
            f'</div></aside>') if sidebar else ""
    return f"""<!doctype html>
<html lang="en-US" class="no-js" itemtype="https://schema.org/Blog" itemscope>
<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<title>{esc(title)}</title>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<meta property="og:locale" content="en_US" /><meta property="og:site_name" content="{esc(KD)}" />
{head}
<link rel='stylesheet' id='kadence-global-css' href='{u("/wp-content/themes/kadence/assets/css/global.min.css?ver=1.1.51")}' media='all' />
<meta name="generator" content="WordPress 6.4.3" />
</head>
<body class="{body_class} wp-embed-responsive footer-on-bottom hide-focus-outline link-style-standard has-sidebar content-title-style-normal content-width-normal content-style-boxed content-vertical-padding-show non-transparent-header mobile-non-transparent-header">
<div id="wrapper" class="site wp-site-blocks">
<a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope><div id="main-header" class="site-header-wrap"><div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_main"><div class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">
<div class="site-header-main-section-left site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item" data-section="title_tagline"><div class="site-branding branding-layout-standard"><a class="brand" href="{u("/")}" rel="home"><div class="site-title-wrap"><p class="site-title">{esc(KD)}</p><p class="site-description">Notes from a public library reference desk</p></div></a></div></div></div>
<div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item site-header-item-main-navigation header-navigation-layout-stretch-false header-navigation-layout-fill-stretch-false" data-section="kadence_customizer_primary_navigation"><nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard header-navigation-dropdown-animation-none" role="navigation" aria-label="Primary Navigation"><div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu"><li id="menu-item-10" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home menu-item-10"><a href="{u("/")}">Blog</a></li><li id="menu-item-11" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-11"><a href="{u("/about/")}">About</a></li><li id="menu-item-12" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-12"><a href="{u("/contact/")}">Contact</a></li></ul></div></nav></div></div>
</div></div></div></div></div></div></header>
<div id="inner-wrap" class="wrap hfeed kt-clear">
{main}
{side}
</div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-bottom-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default" data-section="kadence_customizer_footer_bottom"><div class="site-footer-row-container-inner"><div class="site-container"><div class="site-bottom-footer-inner-wrap site-footer-row site-footer-row-columns-1 site-footer-row-column-layout-row site-footer-row-tablet-column-layout-default site-footer-row-mobile-column-layout-row ft-ro-dir-row ft-ro-collapse-normal ft-ro-t-dir-default ft-ro-m-dir-default ft-ro-lstyle-plain"><div class="site-footer-bottom-section-1 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area site-info site-footer-focus-item content-align-default content-tablet-align-default content-mobile-align-default content-valign-default content-tablet-valign-default content-mobile-valign-default" data-section="kadence_customizer_footer_html"><div class="footer-widget-area-inner site-info-inner"><div class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>&copy; 2024 {esc(KD)} - WordPress Theme by <a href="https://www.kadencewp.com/" rel="nofollow noopener">Kadence WP</a></p></div></div></div></div></div></div></div></div></div></div></footer>
</div></body></html>""".encode()


def _kd_meta(p: Post, u) -> str:
    return (f'<div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span>'
            f'<span class="author vcard"><a class="url fn n" href="{u("/author/dana-whitfield/")}">{esc(p.author)}</a>'
            f'</span></span><span class="posted-on"><time class="entry-date published" datetime="{p.date}T09:00:00-05:00">'
            f'{human(p.date)}</time></span></div>')


def _kd_loop(posts: list[Post], u) -> str:
    out = []
    for p in posts:
        out.append(
            f'<article class="entry content-bg loop-entry post type-post status-publish format-standard hentry">'
            f'<div class="entry-content-wrap"><header class="entry-header"><div class="entry-taxonomies">'
            f'<span class="category-links term-links category-style-normal"><a href="{u(KD_CATS[p.term])}" '
            f'rel="tag">{esc(p.term)}</a></span></div><h2 class="entry-title"><a href="{u(p.path)}" rel="bookmark">'
            f'{esc(p.title)}</a></h2>{_kd_meta(p, u)}</header><div class="entry-summary"><p>{cut(p.paras[0], 150)}</p></div>'
            f'<footer class="entry-footer"><div class="entry-actions"><p class="more-link-wrap"><a href="{u(p.path)}" '
            f'class="post-more-link">Read More<span class="screen-reader-text"> {esc(p.title)}</span></a></p></div>'
            f'</footer></div></article>')
    return "".join(out)


def _kd_archive(u, heading: str, posts: list[Post], desc: str = "", pager: str = "") -> str:
    d = f'<div class="archive-description"><p>{esc(desc)}</p></div>' if desc else ""
    return (f'<section class="entry-hero post-archive-hero-section entry-hero-layout-standard"><div class="entry-hero-container-inner">'
            f'<div class="hero-section-overlay"></div><div class="hero-container site-container"><header class="entry-header '
            f'post-archive-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">'
            f'<h1 class="page-title archive-title">{heading}</h1>{d}</header></div></div></section>'
            f'<div id="primary" class="content-area"><div class="content-container site-container"><main id="main" '
            f'class="site-main" role="main"><div id="archive-container" class="content-wrap grid-cols post-archive '
            f'grid-sm-col-2 grid-lg-col-2 item-image-style-above">{_kd_loop(posts, u)}</div>{pager}</main></div></div>')


def kadence(u, links: dict[str, str]) -> list[Doc]:
    docs = []
    by_key = {p.key: p for p in KD_POSTS}
    person = {"@type": "Person", "@id": u("/author/dana-whitfield/"), "name": "Dana Whitfield",
              "url": u("/author/dana-whitfield/")}
    for i, p in enumerate(KD_POSTS):
        text = ps(p.paras)
        if p.key == "k5":  # a round-up: each item links to what it describes
            items = list(p.paras[1:])
            targets = [links["a201"], links["t1"], links["s1"], None, None, None]
            lis = "".join(f"<li>{esc(t)}" + (f' <a href="{h}">Read it here.</a>' if h else "") + "</li>"
                          for t, h in zip(items, targets))
            text = f"<p>{esc(p.paras[0])}</p><ul>{lis}</ul>"
        if p.key == "k1":
            text += f'<p>Related: <a href="{links["e1"]}">a bookmobile librarian on finding mentors online</a>.</p>'
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "@id": u("/#website"), "url": u("/"), "name": KD},
            {"@type": "BlogPosting", "headline": p.title, "datePublished": f"{p.date}T09:00:00-05:00",
             "author": person, "@id": u(p.path) + "#richSnippet", "isPartOf": {"@id": u(p.path) + "#webpage"},
             "inLanguage": "en-US", "articleSection": p.term},
        ]}
        head = (f'<link rel="canonical" href="{u(p.path)}" /><meta property="og:type" content="article" />'
                f'<meta property="og:title" content="{esc(p.title)}" /><meta property="og:url" content="{u(p.path)}" />'
                f'<meta property="article:section" content="{esc(p.term)}" />'
                f'<meta property="article:published_time" content="{p.date}T09:00:00-05:00" />'
                f'<meta name="twitter:label1" content="Written by" /><meta name="twitter:data1" content="{esc(p.author)}" />'
                f'<script type="application/ld+json" class="rank-math-schema">{json.dumps(graph)}</script>')
        prev = KD_POSTS[i + 1] if i + 1 < len(KD_POSTS) else None
        nav = (f'<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2>'
               f'<div class="nav-links">' + (f'<div class="nav-previous"><a href="{u(prev.path)}" rel="prev"><div class="'
                                             f'post-navigation-sub"><small>Previous</small></div>{esc(prev.title)}</a></div>'
                                             if prev else "") + '</div></nav>')
        main = (f'<div id="primary" class="content-area"><div class="content-container site-container"><main id="main" '
                f'class="site-main" role="main"><div class="content-wrap"><article id="post-{100 + i}" class="entry '
                f'content-bg single-entry post-{100 + i} post type-post status-publish format-standard hentry">'
                f'<div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit '
                f'title-tablet-align-inherit title-mobile-align-inherit"><div class="entry-taxonomies"><span class="'
                f'category-links term-links category-style-normal"><a href="{u(KD_CATS[p.term])}" rel="tag">'
                f'{esc(p.term)}</a></span></div><h1 class="entry-title">{esc(p.title)}</h1>{_kd_meta(p, u)}</header>'
                f'<div class="entry-content single-content">{text}</div><footer class="entry-footer"><div class="'
                f'entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span>'
                f'<a href="{u("/tag/twitter/")}" title="Twitter" class="tag-link tag-item-twitter" rel="tag"><span '
                f'class="tag-hash">#</span>Twitter</a></span></div></footer></div></article>{nav}'
                f'<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" '
                f'class="comment-reply-title">Leave a Reply</h3><form action="{u("/wp-comments-post.php")}" method="post" '
                f'id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email '
                f'address will not be published.</span> Required fields are marked <span class="required">*</span></p>'
                f'<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" '
                f'name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" '
                f'class="submit" value="Post Comment" /></p></form></div></div></div></main></div></div>')
        body_class = f"post-template-default single single-post postid-{100 + i} single-format-standard"
        docs.append(Doc("kadence.example", p.path, "article", p.grade, _kd(f"{p.title} - {KD}", u, body_class, main, head)))
    del by_key

    def listing(path, kind, title, heading, posts, body_class, og="website", desc="", pager="", head=""):
        h = (f'<link rel="canonical" href="{u(path)}" /><meta property="og:type" content="{og}" />'
             f'<meta property="og:title" content="{esc(title)}" />{head}')
        docs.append(Doc("kadence.example", path, kind, 0,
                        _kd(title, u, body_class, _kd_archive(u, heading, posts, desc, pager), h)))

    pager1 = (f'<nav class="navigation pagination" aria-label="Posts"><h2 class="screen-reader-text">Posts navigation</h2>'
              f'<div class="nav-links"><span aria-current="page" class="page-numbers current">1</span><a class="page-numbers" '
              f'href="{u("/page/2/")}">2</a><a class="next page-numbers" href="{u("/page/2/")}">Next</a></div></nav>')
    pager2 = (f'<nav class="navigation pagination" aria-label="Posts"><h2 class="screen-reader-text">Posts navigation</h2>'
              f'<div class="nav-links"><a class="prev page-numbers" href="{u("/")}">Previous</a><a class="page-numbers" '
              f'href="{u("/")}">1</a><span aria-current="page" class="page-numbers current">2</span></div></nav>')
    docs.append(Doc("kadence.example", "/", "home", 0, _kd(
        f"{KD} - Notes from a public library reference desk", u, "home blog",
        f'<div id="primary" class="content-area"><div class="content-container site-container"><main id="main" '
        f'class="site-main" role="main"><div id="archive-container" class="content-wrap grid-cols post-archive grid-sm-col-2 '
        f'grid-lg-col-2 item-image-style-above">{_kd_loop(KD_POSTS[:4], u)}</div>{pager1}</main></div></div>',
        f'<link rel="canonical" href="{u("/")}" /><link rel="next" href="{u("/page/2/")}" />'
        f'<meta property="og:type" content="website" />'
        + jsonld({"@context": "https://schema.org", "@graph": [{"@type": "Person", "@id": u("/#person"), "name": KD},
                                                               {"@type": "WebSite", "url": u("/"), "name": KD},
                                                               {"@type": "CollectionPage", "name": KD}]}))))
    listing("/page/2/", "listing", f"{KD} - Page 2 of 2", "Latest posts &ndash; page 2", KD_POSTS[4:], "home blog paged paged-2",
            pager=pager2, head=f'<link rel="prev" href="{u("/")}" />')
    listing("/category/mentoring/", "category", f"Mentoring Archives - {KD}", "Category: <span>Mentoring</span>",
            [p for p in KD_POSTS if p.term == "Mentoring"], "archive category category-mentoring category-4",
            desc="Posts about mentoring: finding mentors, being a mentor, mentoring programs, and the Twitter "
                 "chats and social media networks where librarians mentor one another.")
    for name, path in KD_CATS.items():
        if name != "Mentoring":
            listing(path, "category", f"{name} Archives - {KD}", f"Category: <span>{name}</span>",
                    [p for p in KD_POSTS if p.term == name], f"archive category category-{path.split('/')[2]}")
    listing("/tag/twitter/", "tag", f"Twitter Archives - {KD}", "Tag: <span>Twitter</span>",
            [KD_POSTS[1], KD_POSTS[0]], "archive tag tag-twitter tag-9")
    listing("/?s=mentor", "search", f"You searched for mentor - {KD}", "Search Results for: <span>mentor</span>",
            [KD_POSTS[0], KD_POSTS[1], KD_POSTS[3], KD_POSTS[4]], "search search-results",
            head='<meta name="robots" content="follow, noindex"/>')
    listing("/2024/03/", "listing", f"March 2024 - {KD}", "Month: <span>March 2024</span>", KD_POSTS[:2],
            "archive date")
    listing("/author/dana-whitfield/", "profile", f"Dana Whitfield, Author at {KD}", "Author: <span>Dana Whitfield</span>",
            KD_POSTS, "archive author author-dana-whitfield author-1", og="profile",
            desc="Reference librarian in Ohio. I mentor new librarians and write about mentoring, Twitter and "
                 "professional development.")

    def page(path, kind, title, inner):
        main = (f'<div id="primary" class="content-area"><div class="content-container site-container"><main id="main" '
                f'class="site-main" role="main"><div class="content-wrap"><article id="post-2" class="entry content-bg '
                f'single-entry post-2 page type-page status-publish hentry"><div class="entry-content-wrap"><header '
                f'class="entry-header page-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">'
                f'<h1 class="entry-title">{esc(title)}</h1></header><div class="entry-content single-content">{inner}'
                f'</div></div></article></div></main></div></div>')
        head = (f'<link rel="canonical" href="{u(path)}" /><meta property="og:type" content="article" />'
                f'<meta property="og:title" content="{esc(title)}" />'
                + jsonld({"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "@id": u(path) + "#webpage",
                                                                        "name": title}]}))
        docs.append(Doc("kadence.example", path, kind, 0,
                        _kd(f"{title} - {KD}", u, "page-template-default page page-id-2", main, head)))

    page("/about/", "about", "About", f"<p>{esc(ABOUT['kadence'])}</p><p>Opinions are my own, not my employer's.</p>")
    page("/contact/", "contact", "Contact",
         '<p>Questions, corrections or an idea for a post? Send me a note.</p><div class="wp-block-kadence-form '
         'kadence-form-_a1 kb-form-wrap"><form class="kb-form" action="" method="post"><div class="kadence-blocks-form-field '
         'kb-field0"><label for="kb_field_0">Name</label><input name="kb_field_0" id="kb_field_0" type="text" '
         'class="kb-field kb-text-style-field" required></div><div class="kadence-blocks-form-field kb-field1"><label '
         'for="kb_field_1">Email</label><input name="kb_field_1" id="kb_field_1" type="email" required></div><div '
         'class="kadence-blocks-form-field kb-field2"><label for="kb_field_2">Message</label><textarea name="kb_field_2" '
         'id="kb_field_2" rows="5"></textarea></div><div class="kadence-blocks-form-field kb-submit-field"><button '
         'class="kb-forms-submit button">Submit</button></div></form></div>')
    return docs


# --- WordPress, Twenty Twenty-Two block theme (tt2.example) ---------------------------------------------

TT = "Quiet Shelves"
TT_POSTS = [
    Post("t3", "/2024/05/mentoring-meetup-on-mastodon/", "Mentoring meetup on Mastodon this Friday", "Ruth Adeyemi",
         "2024-05-06", 1, "Professional life"),
    Post("t2", "/2024/04/a-year-of-seed-library-swaps/", "A Year of Seed Library Swaps", "Ruth Adeyemi", "2024-04-11", 0,
         "Programs"),
    Post("t1", "/2023/09/reverse-mentoring-on-linkedin/", "Reverse Mentoring on LinkedIn: Notes from a Library Director",
         "Ruth Adeyemi", "2023-09-27", 3, "Professional life"),
]


def _tt(title: str, u, body_class: str, main: str, head: str = "") -> bytes:
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>{esc(title)}</title>
{head}
<link rel='stylesheet' id='twentytwentytwo-style-css' href='{u("/wp-content/themes/twentytwentytwo/style.css?ver=1.6")}' media='all' />
<meta name="generator" content="WordPress 6.5.2" />
</head>
<body class="{body_class} wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex" style="padding-top:var(--wp--custom--spacing--small, 1.25rem);padding-bottom:var(--wp--custom--spacing--large, 8rem)">
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><p class="wp-block-site-title"><a href="{u("/")}" target="_self" rel="home">{esc(TT)}</a></p></div>
<nav class="is-responsive items-justified-right wp-block-navigation is-content-justification-right is-layout-flex wp-container-core-navigation-is-layout-1 wp-block-navigation-is-layout-flex" aria-label="Header navigation"><button aria-haspopup="dialog" aria-label="Open menu" class="wp-block-navigation__responsive-container-open"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="7.5" width="16" height="1.5" /><rect x="4" y="15" width="16" height="1.5" /></svg></button>
<div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-close" tabindex="-1"><div class="wp-block-navigation__responsive-dialog"><div class="wp-block-navigation__responsive-container-content" id="modal-1-content"><ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation"><li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{u("/category/professional-life/")}"><span class="wp-block-navigation-item__label">Professional life</span></a></li><li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{u("/category/programs/")}"><span class="wp-block-navigation-item__label">Programs</span></a></li><li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{u("/2023/")}"><span class="wp-block-navigation-item__label">2023</span></a></li><li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{u("/events/spring-programs/")}"><span class="wp-block-navigation-item__label">Events</span></a></li></ul></div></div></div></div></nav>
</div></div></header>
{main}
<footer class="wp-block-template-part"><div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="padding-top:var(--wp--custom--spacing--large, 8rem)"><div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex" style="padding-top:4rem;padding-bottom:4rem"><p class="wp-block-site-title"><a href="{u("/")}" target="_self" rel="home">{esc(TT)}</a></p><p class="has-text-align-right">Proudly powered by <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></div></footer>
</div></body></html>""".encode()


def _tt_query(posts: list[Post], u) -> str:
    lis = "".join(
        f'<li class="wp-block-post post type-post status-publish format-standard hentry"><h2 class="wp-block-post-title">'
        f'<a href="{u(p.path)}" target="_self">{esc(p.title)}</a></h2><div class="wp-block-post-excerpt"><p class="'
        f'wp-block-post-excerpt__excerpt">{cut(p.paras[0], 110)} </p></div><div class="wp-block-post-date"><time '
        f'datetime="{p.date}T10:00:00+00:00"><a href="{u(p.path)}">{human(p.date)}</a></time></div>'
        f'<div style="height:var(--wp--custom--spacing--small, 1.25rem)" aria-hidden="true" class="wp-block-spacer"></div></li>'
        for p in posts)
    return (f'<div class="wp-block-query alignwide is-layout-flow wp-block-query-is-layout-flow"><ul class="columns-3 '
            f'wp-block-post-template is-layout-grid wp-container-core-post-template-is-layout-1 '
            f'wp-block-post-template-is-layout-grid">{lis}</ul></div>')


def tt2(u) -> list[Doc]:
    docs = []
    for i, p in enumerate(TT_POSTS):
        cat = "/category/professional-life/" if p.term == "Professional life" else "/category/programs/"
        main = (f'<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><div class="wp-block-group '
                f'is-layout-constrained wp-block-group-is-layout-constrained"><div class="wp-block-group alignwide '
                f'is-layout-flow"><h1 style="margin-bottom:var(--wp--custom--spacing--medium, 6rem)" class="alignwide '
                f'wp-block-post-title">{esc(p.title)}</h1></div></div>'
                f'<div class="entry-content wp-block-post-content is-layout-constrained wp-block-post-content-is-layout-constrained">'
                f'{ps(p.paras)}</div>'
                f'<div class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained"><div class="'
                f'wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-post-date"><time '
                f'datetime="{p.date}T10:00:00+00:00">{human(p.date)}</time></div><div class="wp-block-post-author">'
                f'<div class="wp-block-post-author__content"><p class="wp-block-post-author__name">{esc(p.author)}</p>'
                f'</div></div><div class="taxonomy-category wp-block-post-terms"><a href="{u(cat)}" rel="tag">'
                f'{esc(p.term)}</a></div></div><div style="height:var(--wp--custom--spacing--small, 1.25rem)" '
                f'aria-hidden="true" class="wp-block-spacer"></div><hr class="wp-block-separator has-alpha-channel-opacity '
                f'is-style-wide"/></div>'
                f'<div class="wp-block-group is-layout-constrained"><div class="wp-block-comments"><div id="respond" '
                f'class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">'
                f'Leave a Reply</h3><form action="{u("/wp-comments-post.php")}" method="post" id="commentform" '
                f'class="comment-form"><p class="comment-form-comment"><label for="comment">Comment</label><textarea '
                f'id="comment" name="comment"></textarea></p><p class="form-submit wp-block-button"><input name="submit" '
                f'type="submit" id="submit" class="wp-block-button__link wp-element-button" value="Post Comment" /></p>'
                f'</form></div></div></div></main>')
        head = f'<link rel="canonical" href="{u(p.path)}" />'
        docs.append(Doc("tt2.example", p.path, "article", p.grade,
                        _tt(f"{p.title} &#8211; {TT}", u, f"post-template-default single single-post postid-{40 + i} "
                            "single-format-standard", main, head)))
    home = (f'<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><div class="wp-block-group '
            f'is-layout-flow"><figure class="wp-block-image alignwide size-full"><img decoding="async" '
            f'src="{u("/wp-content/themes/twentytwentytwo/assets/images/flight-path-on-transparent-d.png")}" alt="Illustration '
            f'of a bird flying."/></figure></div>{_tt_query(TT_POSTS, u)}</main>')
    docs.append(Doc("tt2.example", "/", "home", 0, _tt(f"{TT} &#8211; a librarian&#039;s notebook", u, "home blog", home)))
    prof = [p for p in TT_POSTS if p.term == "Professional life"]
    docs.append(Doc("tt2.example", "/category/professional-life/", "category", 0, _tt(
        f"Professional life &#8211; {TT}", u, "archive category category-professional-life category-3",
        f'<main class="wp-block-group is-layout-flow"><h1 class="alignwide wp-block-query-title">Category: '
        f'<span>Professional life</span></h1>{_tt_query(prof, u)}</main>')))
    docs.append(Doc("tt2.example", "/category/programs/", "category", 0, _tt(
        f"Programs &#8211; {TT}", u, "archive category category-programs category-5",
        f'<main class="wp-block-group is-layout-flow"><h1 class="alignwide wp-block-query-title">Category: '
        f'<span>Programs</span></h1>{_tt_query([TT_POSTS[1]], u)}</main>')))
    docs.append(Doc("tt2.example", "/2023/", "listing", 0, _tt(
        f"2023 &#8211; {TT}", u, "archive date",
        f'<main class="wp-block-group is-layout-flow"><h1 class="alignwide wp-block-query-title">Year: <span>2023</span>'
        f'</h1>{_tt_query(TT_POSTS[2:], u)}</main>')))
    docs.append(Doc("tt2.example", "/events/spring-programs/", "error", 0, _tt(
        f"Page not found &#8211; {TT}", u, "error404",
        '<main class="wp-block-group is-layout-flow"><div class="wp-block-group is-layout-constrained"><h1 '
        'class="alignwide wp-block-heading">Oops! That page can&rsquo;t be found.</h1><p>It looks like nothing was found at '
        'this location. Maybe try a search?</p><form role="search" method="get" action="/" class="wp-block-search__button-'
        'outside wp-block-search__text-button wp-block-search"><label class="wp-block-search__label screen-reader-text" '
        'for="wp-block-search__input-1">Search</label><div class="wp-block-search__inside-wrapper"><input class="wp-block-'
        'search__input" id="wp-block-search__input-1" placeholder="" value="" type="search" name="s" required /><button '
        'aria-label="Search" class="wp-block-search__button wp-element-button" type="submit">Search</button></div></form>'
        '</div></main>'), status=404))
    return docs


# --- Tumblr (tumblr.example) ----------------------------------------------------------------------------

TB = "librarian-in-progress"
TB_POSTS = [  # newest first; u2 a photo post with no title
    Post("u2", "/post/741230118455066624/the-library-cat-has-claimed-the-returns-bin", "", "librarian-in-progress",
         "2024-02-02", 0, "library cat"),
    Post("u1", "/post/738804117392605184/how-i-found-a-mentor", "how i found a mentor (long post)",
         "librarian-in-progress", "2023-12-07", 3, "mentoring"),
    Post("u3", "/post/731592209904254976/the-mentoring-nobody-tells-you-about", "the mentoring nobody tells you about",
         "librarian-in-progress", "2023-09-19", 2, "mentoring"),
]


def _tb(title: str, u, main: str, head: str = "") -> bytes:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title>
<meta name="description" content="library student turned branch librarian">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="shortcut icon" href="https://64.media.tumblr.com/avatar_0b1f_128.pnj">
<link rel="alternate" type="application/rss+xml" href="{u("/rss")}">
{head}
<meta name="twitter:site" content="tumblr"><meta property="al:ios:app_name" content="Tumblr">
</head>
<body class="index-page">
<div id="container">
<header id="header" class="blog-header"><div class="header-image"></div><div class="blog-title-wrapper">
<h1 class="blog-title"><a href="{u("/")}">{TB}</a></h1>
<p class="description">library student turned branch librarian. she/her.</p>
<nav class="pages"><a href="{u("/archive")}">Archive</a> <a href="{u("/ask")}">Ask me anything</a> <a href="{u("/about")}">About</a> <a href="{u("/tagged/mentoring")}">#mentoring</a></nav>
<div class="sidebar-recent"><h3>recent posts</h3><ul>{"".join(f'<li><a href="{u(p.path)}">{esc(p.title or "the library cat")}</a></li>' for p in TB_POSTS)}</ul></div>
</div></header>
<section id="posts" class="content">
{main}
</section>
<footer id="footer"><a href="https://www.tumblr.com/theme/37" class="theme-attribution">Optica</a> by Tumblr</footer>
</div>
<iframe id="tumblr_controls" class="tmblr-iframe tmblr-iframe--desktop-loggedin-controls" src="https://www.tumblr.com/dashboard/iframe?tumblelogName=librarian-in-progress" scrolling="no" width="1" height="1" frameborder="0"></iframe>
</body></html>""".encode()


def _tb_post(p: Post, u, full: bool) -> str:
    pid = p.path.split("/")[2]
    tags = f'<div class="post-tags"><a class="tag" href="{u("/tagged/" + p.term.replace(" ", "-"))}">#{esc(p.term)}</a></div>'
    meta = (f'<div class="post-meta"><a class="post-date" href="{u(p.path)}">{human(p.date)}</a>'
            f'<a class="post-notes" href="{u(p.path)}#notes">{len(p.paras) * 7} notes</a></div>')
    if not p.title:  # a photo post: the caption is its text
        body = (f'<figure class="photo-wrapper"><img src="https://64.media.tumblr.com/3f9a/tumblr_s9x_1280.jpg" '
                f'alt="a grey cat asleep in a book return bin" width="1280" height="960"></figure>'
                f'<div class="caption">{ps(p.paras)}</div>')
        return f'<article class="photo not-page post-{pid}" data-post-id="{pid}">{body}<footer class="post-footer">{meta}{tags}</footer></article>'
    text = ps(p.paras) if full else ps(p.paras[:1]) + f'<p><a class="read_more" href="{u(p.path)}">Keep reading</a></p>'
    return (f'<article class="text not-page post-{pid}" data-post-id="{pid}"><header class="post-header"><h2 class="title">'
            f'<a href="{u(p.path)}">{esc(p.title)}</a></h2></header><div class="body-text">{text}</div>'
            f'<footer class="post-footer">{meta}{tags}</footer></article>')


def tumblr(u, links: dict[str, str]) -> list[Doc]:
    docs = []
    for p in TB_POSTS:
        title = p.title or "the library cat has claimed the returns bin again"
        head = (f'<link rel="canonical" href="{u(p.path)}"><meta property="og:type" content="tumblr-feed:entry">'
                f'<meta property="og:title" content="{esc(title)}"><meta property="og:url" content="{u(p.path)}">'
                f'<meta property="og:description" content="{cut(p.paras[0], 120)}"><meta property="og:site_name" '
                f'content="{TB}"><meta name="twitter:card" content="summary">')
        main = _tb_post(p, u, True)
        if p.key == "u1":
            main += (f'<div class="reblog-list"><p>reblogged from a friend: the <a href="{links["c3"]}">#new-to-code '
                     f'channel</a> is a good example of this for library coders.</p></div>')
        main += (f'<section id="notes" class="notes"><ol class="notes"><li class="note reblog"><a href="https://otherblog.'
                 f'tumblr.com/">otherblog</a> reblogged this from <a href="{u("/")}">{TB}</a></li></ol></section>')
        docs.append(Doc("tumblr.example", p.path, "article", p.grade, _tb(f"{TB} — {title}", u, main, head)))
    older = (f'<nav id="pagination"><a class="next" href="{u("/page/2")}">Older posts</a></nav>')
    docs.append(Doc("tumblr.example", "/", "home", 0, _tb(TB, u, "".join(_tb_post(p, u, False) for p in TB_POSTS[:2]) + older,
                                                          '<meta property="og:type" content="profile">')))
    docs.append(Doc("tumblr.example", "/page/2", "listing", 0, _tb(
        TB, u, _tb_post(TB_POSTS[2], u, False) + f'<nav id="pagination"><a class="previous" href="{u("/")}">Newer posts</a></nav>')))
    docs.append(Doc("tumblr.example", "/tagged/mentoring", "tag", 0, _tb(
        f"{TB} — #mentoring", u, '<div class="tag-header"><h2>#mentoring</h2></div>'
        + "".join(_tb_post(p, u, False) for p in TB_POSTS[1:]))))
    docs.append(Doc("tumblr.example", "/tagged/library-cat", "tag", 0, _tb(
        f"{TB} — #library cat", u, '<div class="tag-header"><h2>#library cat</h2></div>' + _tb_post(TB_POSTS[0], u, False))))
    months = {}
    for p in TB_POSTS:
        months.setdefault(p.date[:7], []).append(p)
    arch = "".join(
        f'<section class="archive-month"><h2 class="month-title">{human(m + "-01").split()[0]} {m[:4]}</h2><div class="posts">'
        + "".join(f'<a class="post {"photo" if not p.title else "text"}" href="{u(p.path)}" title="{esc(p.title)}">'
                  f'<span class="post-type">{"Photo" if not p.title else "Text"}</span></a>' for p in ps_) + "</div></section>"
        for m, ps_ in months.items())
    docs.append(Doc("tumblr.example", "/archive", "listing", 0, _tb(f"{TB} — Archive", u, f'<div id="archive">{arch}</div>')))
    docs.append(Doc("tumblr.example", "/about", "about", 0, _tb(
        f"{TB} — About", u, f'<article class="text page"><h2 class="title">about</h2><div class="body-text">'
        f'<p>{esc(ABOUT["tumblr"])}</p></div></article>')))
    docs.append(Doc("tumblr.example", "/ask", "contact", 0, _tb(
        f"{TB} — Ask me anything", u, f'<article class="ask-page"><h2 class="title">Ask me anything</h2><div class="body-text">'
        f'<p>questions about library school, jobs, or mentoring are welcome. anon is on.</p></div><iframe frameborder="0" '
        f'scrolling="no" width="100%" height="149" src="https://www.tumblr.com/ask_form/{TB}.tumblr.com" '
        f'id="ask_form"></iframe></article>')))
    return docs


# --- Ghost, Source theme (source.example) -----------------------------------------------------------------

GH = "Open Stacks Weekly"
GH_POSTS = [
    Post("s3", "/closed-for-heating-work/", "Closed for heating work", "Sam Okafor", "2024-04-02", 0, "Notices"),
    Post("s2", "/issue-41-conference-ebooks-and-mentoring/", "Issue 41: the conference, e-books, and a note on mentoring",
         "Sam Okafor", "2024-03-15", 2, "Issues"),
    Post("s1", "/a-peer-mentoring-circle-on-slack/", "A peer mentoring circle that lives on Slack", "Sam Okafor",
         "2024-02-09", 3, "Mentoring"),
]


def _gh(title: str, u, body_class: str, main: str, head: str = "") -> bytes:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="stylesheet" type="text/css" href="{u("/assets/built/screen.css?v=0a1b2c3d4e")}">
{head}
<meta name="generator" content="Ghost 5.82">
<link rel="alternate" type="application/rss+xml" title="{GH}" href="{u("/rss/")}">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="{u("/")}" data-key="6f1c" data-api="{u("/ghost/api/content/")}" crossorigin="anonymous"></script>
</head>
<body class="{body_class} has-sans-title has-sans-body">
<div class="gh-viewport">
<header id="gh-navigation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner">
<div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="{u("/")}">{GH}</a><button class="gh-search gh-icon-button" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button></div>
<nav class="gh-navigation-menu"><ul class="nav"><li class="nav-home"><a href="{u("/")}">Home</a></li><li class="nav-mentoring"><a href="{u("/tag/mentoring/")}">Mentoring</a></li><li class="nav-about"><a href="{u("/about/")}">About</a></li></ul></nav>
<div class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div>
</div></header>
<main class="gh-main">
{main}
</main>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">{GH}</span><nav class="gh-footer-menu"><ul class="nav"><li class="nav-mentoring"><a href="{u("/tag/mentoring/")}">Mentoring</a></li><li class="nav-issues"><a href="{u("/tag/issues/")}">Issues</a></li><li class="nav-notices"><a href="{u("/tag/notices/")}">Notices</a></li><li class="nav-the-author"><a href="{u("/author/sam/")}">The author</a></li><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav><div class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div>
<section class="gh-footer-signup"><h2 class="gh-footer-signup-header is-title">{GH}</h2><p class="gh-footer-signup-subhead is-body">A weekly letter for people who work in libraries.</p><form class="gh-form" data-members-form><input class="gh-form-input" id="footer-email" name="email" type="email" placeholder="jamie@example.com" required data-members-email><button class="gh-button" type="submit" aria-label="Subscribe"><span>Subscribe</span></button></form></section>
</div></footer>
</div></body></html>""".encode()


def _gh_cards(posts: list[Post], u) -> str:
    return "".join(
        f'<article class="gh-card post tag-{p.term.lower()}"><a class="gh-card-link" href="{u(p.path)}"><div class="'
        f'gh-card-wrapper"><p class="gh-card-tag">{esc(p.term)}</p><h3 class="gh-card-title is-title">{esc(p.title)}</h3>'
        f'<p class="gh-card-excerpt is-body">{cut(p.paras[0], 140)}</p><footer class="gh-card-meta"><span class="'
        f'gh-card-author">By {esc(p.author)}</span><time class="gh-card-date" datetime="{p.date}">{human(p.date)}</time>'
        f'</footer></div></a></article>' for p in posts)


def _gh_feed(title_html: str, posts: list[Post], u, more: str = "") -> str:
    return (f'<section class="gh-container is-list gh-outer"><div class="gh-container-inner gh-inner">{title_html}'
            f'<main class="gh-main"><div class="gh-feed">{_gh_cards(posts, u)}</div>{more}</main></div></section>')


def source(u, links: dict[str, str]) -> list[Doc]:
    docs = []
    author = {"@type": "Person", "name": "Sam Okafor", "url": u("/author/sam/"), "sameAs": []}
    for i, p in enumerate(GH_POSTS):
        others = [q for q in GH_POSTS if q is not p]
        text = ps(p.paras)
        if p.key == "s1":
            text += (f'<p>For more on how this works in practice, see <a href="{links["h1"]}">a county library\'s '
                     f'mentoring over chat</a> and <a href="{links["u1"]}">one librarian\'s story</a>.</p>')
        main = (f'<article class="gh-article post tag-{p.term.lower()}"><header class="gh-article-header gh-canvas">'
                f'<a class="gh-article-tag" href="{u("/tag/" + p.term.lower() + "/")}">{esc(p.term)}</a><h1 class="'
                f'gh-article-title is-title">{esc(p.title)}</h1><div class="gh-article-meta"><div class="gh-article-author-'
                f'image instapaper_ignore"><a href="{u("/author/sam/")}"><img class="author-profile-image" src="'
                f'{u("/content/images/size/w160/2023/01/sam.jpg")}" alt="Sam Okafor"></a></div><div class="gh-article-meta-'
                f'wrapper"><h4 class="gh-article-author-name"><a href="{u("/author/sam/")}">Sam Okafor</a></h4><div class="'
                f'gh-article-meta-content"><time class="gh-article-meta-date" datetime="{p.date}">{human(p.date)}</time>'
                f'<span class="gh-article-meta-length"><span class="bull">—</span> {len(" ".join(p.paras).split()) // 200 + 1} min read'
                f'</span></div></div></div></header><section class="gh-content gh-canvas is-body">{text}</section></article>'
                + _gh_feed('<h2 class="gh-container-title">Read more</h2>', others, u))
        head = (f'<link rel="canonical" href="{u(p.path)}"><meta name="referrer" content="no-referrer-when-downgrade">'
                f'<meta property="og:site_name" content="{GH}"><meta property="og:type" content="article">'
                f'<meta property="og:title" content="{esc(p.title)}"><meta property="og:url" content="{u(p.path)}">'
                f'<meta property="article:published_time" content="{p.date}T08:00:00.000Z"><meta property="article:tag" '
                f'content="{esc(p.term)}">'
                + jsonld({"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization",
                          "name": GH, "url": u("/")}, "author": author, "headline": p.title, "url": u(p.path),
                          "datePublished": f"{p.date}T08:00:00.000Z", "keywords": p.term,
                          "mainEntityOfPage": u(p.path)}))
        docs.append(Doc("source.example", p.path, "article", p.grade,
                        _gh(f"{p.title}", u, f"post-template tag-{p.term.lower()}", main, head)))
    more = f'<div class="gh-more is-title"><a href="{u("/page/2/")}">See all posts</a></div>'
    docs.append(Doc("source.example", "/", "home", 0, _gh(GH, u, "home-template", (
        f'<section class="gh-header is-classic gh-outer"><div class="gh-header-inner gh-inner"><h1 class="gh-header-title '
        f'is-title">{GH}</h1><p class="gh-header-description is-body">A weekly letter for people who work in libraries.</p>'
        f'</div></section><section class="gh-featured gh-outer"><div class="gh-featured-inner gh-inner"><h2 class="gh-featured-title">'
        f'Featured</h2><div class="gh-featured-feed">{_gh_cards([GH_POSTS[2]], u)}</div></div></section>'
        + _gh_feed('<h2 class="gh-container-title">Latest</h2>', GH_POSTS[:2], u, more)),
        f'<link rel="canonical" href="{u("/")}"><link rel="next" href="{u("/page/2/")}"><meta property="og:type" content="website">'
        + jsonld({"@context": "https://schema.org", "@type": "WebSite", "publisher": {"@type": "Organization", "name": GH},
                  "url": u("/"), "name": GH}))))
    docs.append(Doc("source.example", "/page/2/", "listing", 0, _gh(
        f"{GH} (Page 2)", u, "paged home-template", _gh_feed('<h2 class="gh-container-title">Latest</h2>', GH_POSTS[2:], u),
        f'<link rel="canonical" href="{u("/page/2/")}"><link rel="prev" href="{u("/")}">')))
    docs.append(Doc("source.example", "/tag/mentoring/", "tag", 0, _gh(
        f"Mentoring - {GH}", u, "tag-template tag-mentoring", _gh_feed(
            '<section class="gh-archive gh-outer"><div class="gh-archive-inner gh-inner"><header class="gh-archive-wrapper">'
            '<h1 class="gh-article-title is-title">Mentoring</h1><p class="gh-article-excerpt is-body">Mentoring, peer '
            'mentoring and the online networks where librarians find mentors.</p></header></div></section>',
            [p for p in GH_POSTS if p.term == "Mentoring"] + [GH_POSTS[1]], u),
        f'<link rel="canonical" href="{u("/tag/mentoring/")}"><meta property="og:type" content="website">'
        + jsonld({"@context": "https://schema.org", "@type": "Series", "name": "Mentoring", "url": u("/tag/mentoring/")}))))
    for p in GH_POSTS[:2]:
        slug = p.term.lower()
        docs.append(Doc("source.example", f"/tag/{slug}/", "tag", 0, _gh(
            f"{p.term} - {GH}", u, f"tag-template tag-{slug}", _gh_feed(
                f'<section class="gh-archive gh-outer"><div class="gh-archive-inner gh-inner"><header class="gh-archive-wrapper">'
                f'<h1 class="gh-article-title is-title">{p.term}</h1></header></div></section>', [p], u),
            f'<link rel="canonical" href="{u(f"/tag/{slug}/")}"><meta property="og:type" content="website">'
            + jsonld({"@context": "https://schema.org", "@type": "Series", "name": p.term, "url": u(f"/tag/{slug}/")}))))
    docs.append(Doc("source.example", "/author/sam/", "profile", 0, _gh(
        f"Sam Okafor - {GH}", u, "author-template author-sam", _gh_feed(
            '<section class="gh-archive has-image gh-outer"><div class="gh-archive-inner gh-inner"><header class="'
            'gh-archive-wrapper"><h1 class="gh-article-title is-title">Sam Okafor</h1><p class="gh-article-excerpt is-body">'
            'Public librarian, newsletter writer, peer mentor.</p><div class="gh-author-meta"><div class="gh-author-location">'
            'Columbus, Ohio</div></div></header></div></section>', GH_POSTS, u),
        f'<link rel="canonical" href="{u("/author/sam/")}"><meta property="og:type" content="profile">'
        + jsonld({"@context": "https://schema.org", "@type": "Person", "name": "Sam Okafor", "url": u("/author/sam/")}))))
    docs.append(Doc("source.example", "/about/", "about", 0, _gh(
        f"About {GH}", u, "page-template page-about",
        f'<article class="gh-article page"><header class="gh-article-header gh-canvas"><h1 class="gh-article-title is-title">'
        f'About</h1></header><section class="gh-content gh-canvas is-body"><p>{esc(ABOUT["source"])}</p></section></article>',
        f'<link rel="canonical" href="{u("/about/")}"><meta property="og:type" content="website">')))
    return docs


# --- Jekyll, Chirpy theme (chirpy.example) --------------------------------------------------------------

CH = "Catalogue & Code"
CH_POSTS = [
    Post("c3", "/posts/mentoring-new-library-coders-in-the-open/", "Mentoring new library coders in the open", "Lee Park",
         "2024-01-21", 3, "Community"),
    Post("c2", "/posts/marc-to-bibframe-migration-notes/", "MARC to BIBFRAME: migration notes", "Lee Park", "2023-11-14",
         0, "Metadata"),
    Post("c1", "/posts/what-i-learned-from-the-code4lib-slack/", "What I learned from the code4lib Slack", "Lee Park",
         "2023-08-30", 2, "Community"),
]


def _ch(title: str, u, main: str, head: str = "", crumb: str = "") -> bytes:
    recent = "".join(f'<li class="text-truncate lh-lg"><a href="{u(p.path)}">{esc(p.title)}</a></li>' for p in CH_POSTS)
    return f"""<!DOCTYPE html>
<html lang="en" data-mode="light"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="theme-color" media="(prefers-color-scheme: light)" content="#f7f7f7">
<meta name="viewport" content="width=device-width, user-scalable=no initial-scale=1, shrink-to-fit=no, viewport-fit=cover">
<meta name="generator" content="Jekyll v4.3.3" />
<meta property="og:locale" content="en" />
<meta name="author" content="Lee Park" />
{head}
<title>{esc(title)}</title>
<link rel="stylesheet" href="{u("/assets/css/jekyll-theme-chirpy.css")}">
</head>
<body>
<aside aria-label="Sidebar" id="sidebar" class="d-flex flex-column align-items-end">
<header class="profile-wrapper"><a href="{u("/")}" id="avatar" class="rounded-circle"><img src="{u("/assets/img/avatar.png")}" width="112" height="112" alt="avatar" onerror="this.style.display='none'"></a>
<h1 class="site-title"><a href="{u("/")}">{esc(CH)}</a></h1><p class="site-subtitle fst-italic mb-0">Notes of a systems librarian</p></header>
<nav class="flex-column flex-grow-1 w-100 ps-0"><ul class="nav">
<li class="nav-item"><a href="{u("/")}" class="nav-link"><i class="fa-fw fas fa-home"></i><span>HOME</span></a></li>
<li class="nav-item"><a href="{u("/categories/community/")}" class="nav-link"><i class="fa-fw fas fa-stream"></i><span>CATEGORIES</span></a></li>
<li class="nav-item"><a href="{u("/tags/mentoring/")}" class="nav-link"><i class="fa-fw fas fa-tags"></i><span>TAGS</span></a></li>
<li class="nav-item"><a href="{u("/archives/")}" class="nav-link"><i class="fa-fw fas fa-archive"></i><span>ARCHIVES</span></a></li>
<li class="nav-item"><a href="{u("/about/")}" class="nav-link"><i class="fa-fw fas fa-info-circle"></i><span>ABOUT</span></a></li>
</ul></nav>
<div class="sidebar-bottom d-flex flex-wrap align-items-center w-100"><a href="https://github.com/leepark-lib" aria-label="github" target="_blank" rel="noopener noreferrer"><i class="fab fa-github"></i></a><a href="https://code4lib.social/@leepark" aria-label="mastodon" target="_blank" rel="noopener noreferrer me"><i class="fab fa-mastodon"></i></a></div>
</aside>
<div id="main-wrapper" class="d-flex justify-content-center"><div class="container d-flex flex-column px-xxl-5">
<header id="topbar-wrapper" aria-label="Top Bar"><div id="topbar" class="d-flex align-items-center justify-content-between px-lg-3 h-100"><nav id="breadcrumb" aria-label="Breadcrumb"><span><a href="{u("/")}">Home</a></span>{crumb}</nav>
<button type="button" id="sidebar-trigger" class="btn btn-link"><i class="fas fa-bars fa-fw"></i></button><div id="topbar-title">{esc(CH)}</div>
<button type="button" id="search-trigger" class="btn btn-link"><i class="fas fa-search fa-fw"></i></button>
<search id="search" class="align-items-center ms-3 ms-lg-0"><i class="fas fa-search fa-fw"></i><input class="form-control" id="search-input" type="search" aria-label="search" autocomplete="off" placeholder="Search..."></search>
</div></header>
<div class="row flex-grow-1">
<main aria-label="Main Content" class="col-12 col-lg-11 col-xl-9 px-md-4">{main}</main>
<aside aria-label="Panel" id="panel-wrapper" class="col-xl-3 ps-2 mb-5 text-muted"><div class="access">
<section id="access-lastmod"><h2 class="panel-heading">Recently Updated</h2><ul class="content list-unstyled ps-0 pb-1 ms-1 mt-2">{recent}</ul></section>
<section><h2 class="panel-heading">Categories</h2><ul class="list-unstyled ps-0"><li><a href="{u("/categories/community/")}">Community</a></li><li><a href="{u("/categories/metadata/")}">Metadata</a></li></ul></section>
<section><h2 class="panel-heading">Trending Tags</h2><div class="d-flex flex-wrap mt-3 mb-1 me-3"><a class="post-tag btn btn-outline-primary" href="{u("/tags/mentoring/")}">mentoring</a></div></section>
</div></aside>
</div>
<div class="row"><div id="tail-wrapper" class="col-12 col-lg-11 col-xl-9 px-md-4">
<footer aria-label="Site Info" class="d-flex flex-column justify-content-center text-muted flex-lg-row justify-content-lg-between align-items-lg-center pb-lg-3"><p>© <time>2024</time> <a href="https://github.com/leepark-lib">Lee Park</a>. <span data-bs-toggle="tooltip" data-bs-placement="top" title="Except where otherwise noted, the blog posts on this site are licensed under the Creative Commons Attribution 4.0 International (CC BY 4.0) License by the author.">Some rights reserved.</span></p><p>Using the <a data-bs-toggle="tooltip" data-bs-placement="top" title="v7.0.1" href="https://github.com/cotes2020/jekyll-theme-chirpy" target="_blank" rel="noopener">Chirpy</a> theme for <a href="https://jekyllrb.com" target="_blank" rel="noopener">Jekyll</a>.</p></footer>
</div></div>
</div></div>
</body></html>""".encode()


def _ch_list(posts: list[Post], u) -> str:
    return '<ul class="content ps-0">' + "".join(
        f'<li class="d-flex justify-content-between px-md-3"><a href="{u(p.path)}">{esc(p.title)}</a><span class="dash '
        f'flex-grow-1"></span><time class="text-muted small text-nowrap" data-ts="0" data-df="DD MMM, YYYY">{p.date}</time>'
        f'</li>' for p in posts) + "</ul>"


def chirpy(u, links: dict[str, str]) -> list[Doc]:
    docs = []
    for i, p in enumerate(CH_POSTS):
        text = ps(p.paras)
        if p.key == "c1":
            text += f'<p>See also: <a href="{links["q1"]}">a data services team\'s notes on workshops</a>.</p>'
        others = [q for q in CH_POSTS if q is not p]
        related = "".join(
            f'<article class="col"><a href="{u(q.path)}" class="post-preview card h-100"><div class="card-body"><time '
            f'data-ts="0" data-df="ll">{q.date}</time><h4 class="pt-0 my-2">{esc(q.title)}</h4><div class="text-muted">'
            f'<p>{cut(q.paras[0], 120)}</p></div></div></a></article>' for q in others)
        main = (f'<article class="px-1"><header><h1 data-toc-skip>{esc(p.title)}</h1><div class="post-meta text-muted">'
                f'<span>Posted <time data-ts="0" data-df="ll" data-bs-toggle="tooltip" data-bs-placement="bottom">{p.date}'
                f'</time></span><div class="d-flex justify-content-between"><span>By <em><a href="https://github.com/'
                f'leepark-lib">{esc(p.author)}</a></em></span><div><span class="readtime" data-bs-toggle="tooltip" '
                f'data-bs-placement="bottom" title="{len(" ".join(p.paras).split())} words"><em>4 min</em> read</span>'
                f'</div></div></div></header><div class="content">{text}</div><div class="post-tail-wrapper text-muted">'
                f'<div class="post-meta mb-3"><i class="far fa-folder-open fa-fw me-1"></i><a href="'
                f'{u("/categories/" + p.term.lower() + "/")}">{esc(p.term)}</a></div><div class="post-tags"><i class="fa '
                f'fa-tags fa-fw me-1"></i><a href="{u("/tags/mentoring/")}" class="post-tag no-text-decoration">mentoring'
                f'</a></div><div class="post-tail-bottom d-flex justify-content-between align-items-center mt-5 pb-2">'
                f'<div class="license-wrapper">This post is licensed under <a href="https://creativecommons.org/licenses/'
                f'by/4.0/">CC BY 4.0</a> by the author.</div></div></div></article>'
                f'<aside id="related-posts" aria-labelledby="related-label"><h3 class="mb-4" id="related-label">Further '
                f'Reading</h3><nav class="row row-cols-1 row-cols-md-2 row-cols-xl-3 g-4 mb-4">{related}</nav></aside>')
        head = (f'<meta property="og:title" content="{esc(p.title)}" /><meta property="og:description" content="'
                f'{cut(p.paras[0], 150)}" /><link rel="canonical" href="{u(p.path)}" /><meta property="og:url" content="'
                f'{u(p.path)}" /><meta property="og:site_name" content="{esc(CH)}" /><meta property="og:type" content="article" />'
                f'<meta property="article:published_time" content="{p.date}T10:30:00-05:00" />'
                + jsonld({"@context": "https://schema.org", "@type": "BlogPosting", "author": {"@type": "Person",
                          "name": p.author}, "dateModified": f"{p.date}T10:30:00-05:00", "datePublished":
                          f"{p.date}T10:30:00-05:00", "description": p.paras[0][:150], "headline": p.title,
                          "mainEntityOfPage": {"@type": "WebPage", "@id": u(p.path)}, "url": u(p.path)}))
        docs.append(Doc("chirpy.example", p.path, "article", p.grade,
                        _ch(f"{p.title} | {CH}", u, main, head, f"<span>{esc(p.title)}</span>")))
    cards = "".join(
        f'<article class="card-wrapper card"><a href="{u(p.path)}" class="post-preview row g-0 flex-md-row-reverse"><div '
        f'class="col-md-12"><div class="card-body d-flex flex-column"><h1 class="card-title my-2 mt-md-0">{esc(p.title)}'
        f'</h1><div class="card-text content mt-0 mb-3"><p>{cut(p.paras[0], 160)}</p></div><div class="post-meta '
        f'flex-grow-1 d-flex align-items-end"><div class="me-auto"><i class="far fa-calendar fa-fw me-1"></i><time '
        f'data-ts="0" data-df="ll">{p.date}</time><i class="far fa-folder-open fa-fw me-1"></i><span class="categories">'
        f'{esc(p.term)}</span></div></div></div></div></a></article>' for p in CH_POSTS)
    docs.append(Doc("chirpy.example", "/", "home", 0, _ch(
        f"{CH}", u, f'<div id="post-list" class="flex-grow-1 px-xl-1">{cards}</div>',
        f'<meta property="og:type" content="website" /><link rel="canonical" href="{u("/")}" />'
        + jsonld({"@context": "https://schema.org", "@type": "WebSite", "headline": CH, "name": CH, "url": u("/")}))))
    comm = [p for p in CH_POSTS if p.term == "Community"]
    docs.append(Doc("chirpy.example", "/categories/community/", "category", 0, _ch(
        f"Community | {CH}", u, f'<div id="page-category"><h1 class="ps-lg-2"><i class="far fa-folder-open fa-fw text-muted">'
        f'</i> Community <span class="lead text-muted ps-2">{len(comm)}</span></h1>{_ch_list(comm, u)}</div>',
        crumb="<span>Categories</span><span>Community</span>")))
    docs.append(Doc("chirpy.example", "/categories/metadata/", "category", 0, _ch(
        f"Metadata | {CH}", u, f'<div id="page-category"><h1 class="ps-lg-2"><i class="far fa-folder-open fa-fw text-muted">'
        f'</i> Metadata <span class="lead text-muted ps-2">1</span></h1>{_ch_list([CH_POSTS[1]], u)}</div>',
        crumb="<span>Categories</span><span>Metadata</span>")))
    docs.append(Doc("chirpy.example", "/tags/mentoring/", "tag", 0, _ch(
        f"mentoring | {CH}", u, f'<div id="page-tag"><h1 class="ps-lg-2"><i class="fa fa-tag fa-fw text-muted"></i> mentoring '
        f'<span class="lead text-muted ps-2">{len(CH_POSTS)}</span></h1>{_ch_list(CH_POSTS, u)}</div>',
        crumb="<span>Tags</span><span>mentoring</span>")))
    arch = "".join(
        f'<li><span class="date day" data-ts="0" data-df="DD">{p.date[8:]}</span><span class="date month small text-muted '
        f'ms-1" data-ts="0" data-df="MMM">{human(p.date)[:3]}</span><a href="{u(p.path)}">{esc(p.title)}</a></li>'
        for p in CH_POSTS)
    docs.append(Doc("chirpy.example", "/archives/", "listing", 0, _ch(
        f"Archives | {CH}", u, f'<div id="archives" class="pl-xl-3"><time class="year lead d-block">2024</time><ul '
        f'class="list-unstyled">{arch}</ul></div>', crumb="<span>Archives</span>")))
    docs.append(Doc("chirpy.example", "/about/", "about", 0, _ch(
        f"About | {CH}", u, f'<article class="px-1"><h1 class="dynamic-title">About</h1><div class="content"><p>'
        f'{esc(ABOUT["chirpy"])}</p></div></article>', crumb="<span>About</span>")))
    return docs


# --- Hugo, Stack theme (stack.example) ------------------------------------------------------------------

ST = "Notes from the Branch"
ST_POSTS = [
    Post("h2", "/p/our-3d-printer-is-open-to-the-public/", "Our 3D printer is open to the public", "", "2024-03-04", 1,
         "Services"),
    Post("h1", "/p/mentoring-across-twelve-branches/", "Mentoring across twelve branches", "", "2024-02-03", 3,
         "Mentoring"),
    Post("h3", "/p/what-six-mentees-taught-me/", "What six mentees taught me", "", "2023-12-12", 2, "Mentoring"),
]


def _st(title: str, u, body_class: str, main: str, head: str = "") -> bytes:
    return f"""<!DOCTYPE html>
<html lang="en-us" dir="ltr"><head><meta charset='utf-8'>
<meta name='viewport' content='width=device-width, initial-scale=1'>
<meta name="generator" content="Hugo 0.123.7">
<title>{esc(title)}</title>
{head}
<link rel="stylesheet" href="{u("/scss/style.min.8191399262444ab68b72a18c97392f5349be20a1615d77445be51e974c144cff.css")}">
</head>
<body class="{body_class}">
<script>(function() {{const colorSchemeKey = 'StackColorScheme'; if(!localStorage.getItem(colorSchemeKey)){{localStorage.setItem(colorSchemeKey, "auto");}}}})();</script>
<div class="container main-container flex on-phone--column extended">
<aside class="sidebar left-sidebar sticky "><button class="hamburger hamburger--spin" type="button" id="toggle-menu" aria-label="Toggle Menu"><span class="hamburger-box"><span class="hamburger-inner"></span></span></button>
<header><figure class="site-avatar"><a href="{u("/")}"><img src="{u("/img/avatar_hu.png")}" width="300" height="300" class="site-logo" loading="lazy" alt="Avatar"></a></figure>
<div class="site-meta"><h1 class="site-name"><a href="{u("/")}">{ST}</a></h1><h2 class="site-description">The staff blog of a county library</h2></div></header>
<ol class="menu" id="main-menu"><li><a href='{u("/")}'><svg xmlns="http://www.w3.org/2000/svg" class="icon icon-tabler icon-tabler-home" width="24" height="24" viewBox="0 0 24 24" stroke-width="2" stroke="currentColor" fill="none"><path stroke="none" d="M0 0h24v24H0z"/></svg><span>Home</span></a></li><li><a href='{u("/archives/")}'><span>Archives</span></a></li><li><a href='{u("/search/?keyword=mentoring")}'><span>Search</span></a></li>
<li class="menu-bottom-section"><ol class="menu"><li id="dark-mode-toggle"><span>Dark Mode</span></li></ol></li></ol>
</aside>
<main class="main full-width">
{main}
<footer class="site-footer"><section class="copyright">&copy; 2024 {ST}</section><section class="powerby">Built with <a href="https://gohugo.io/" target="_blank" rel="noopener">Hugo</a> <br/>Theme <b><a href="https://github.com/CaiJimmy/hugo-theme-stack" target="_blank" rel="noopener" data-version="3.25.0">Stack</a></b> designed by <a href="https://jimmycai.com" target="_blank" rel="noopener">Jimmy</a></section></footer>
</main>
<aside class="sidebar right-sidebar sticky"><section class="widget search"><form action="{u("/search/")}" class="search-form widget"><p><label>Search</label><input name="keyword" required placeholder="Type something..." /><button title="Search"><svg xmlns="http://www.w3.org/2000/svg" class="icon icon-tabler icon-tabler-search" width="24" height="24" viewBox="0 0 24 24"></svg></button></p></form></section>
<section class="widget archives"><div class="widget-icon"></div><h2 class="widget-title section-title">Archives</h2><div class="widget-archive--list"><div class="archives-year"><a href="{u("/archives/")}"><span class="year">2024</span><span class="count">2</span></a></div><div class="archives-year"><a href="{u("/archives/")}"><span class="year">2023</span><span class="count">1</span></a></div></div></section>
<section class="widget tagCloud"><h2 class="widget-title section-title">Categories</h2><div class="tagCloud-tags"><a href="{u("/categories/mentoring/")}">Mentoring</a></div></section>
<section class="widget tagCloud"><h2 class="widget-title section-title">Tags</h2><div class="tagCloud-tags"><a href="{u("/tags/social-media/")}">Social Media</a></div></section>
</aside>
</div></body></html>""".encode()


def _st_tile(p: Post, u) -> str:
    return (f'<article class=""><header class="article-header"><div class="article-details"><header class="article-category">'
            f'<a href="{u("/categories/" + p.term.lower() + "/")}" style="background-color: #2a9d8f; color: #fff;">'
            f'{esc(p.term)}</a></header><div class="article-title-wrapper"><h2 class="article-title"><a href="{u(p.path)}">'
            f'{esc(p.title)}</a></h2></div><footer class="article-time"><div><svg xmlns="http://www.w3.org/2000/svg" '
            f'class="icon icon-tabler icon-tabler-calendar-time" width="56" height="56" viewBox="0 0 24 24"></svg><time '
            f'class="article-time--published">{human(p.date)}</time></div></footer></div></header></article>')


def _st_compact(posts: list[Post], u) -> str:
    return '<section class="article-list--compact">' + "".join(
        f'<article><a href="{u(p.path)}"><div class="article-details"><h2 class="article-title">{esc(p.title)}</h2><footer '
        f'class="article-time"><time datetime=\'{p.date}T09:00:00-06:00\'>{human(p.date)}</time></footer></div></a></article>'
        for p in posts) + "</section>"


def stack(u) -> list[Doc]:
    docs = []
    for i, p in enumerate(ST_POSTS):
        others = [q for q in ST_POSTS if q is not p]
        tags = '<section class="article-tags"><a href="' + u("/tags/social-media/") + '">Social Media</a></section>' \
            if p.key != "h3" else ""
        main = (f'<article class="main-article"><header class="article-header"><div class="article-details"><header '
                f'class="article-category"><a href="{u("/categories/" + p.term.lower() + "/")}" style="background-color: '
                f'#2a9d8f; color: #fff;">{esc(p.term)}</a></header><div class="article-title-wrapper"><h2 class="'
                f'article-title"><a href="{u(p.path)}">{esc(p.title)}</a></h2></div><footer class="article-time"><div>'
                f'<time class="article-time--published">{human(p.date)}</time></div><div><time class="article-time--'
                f'reading">{len(" ".join(p.paras).split()) // 200 + 1} minute read</time></div></footer></div></header>'
                f'<section class="article-content">{ps(p.paras)}</section><footer class="article-footer">{tags}<section '
                f'class="article-copyright"><span>Licensed under CC BY-NC-SA 4.0</span></section></footer></article>'
                f'<aside class="related-content--wrapper"><h2 class="section-title">Related content</h2><div class="'
                f'related-content"><div class="flex article-list--tile">'
                + "".join(f'<article class=""><a href="{u(q.path)}"><div class="article-details"><h2 class="article-title">'
                          f'{esc(q.title)}</h2></div></a></article>' for q in others) + '</div></div></aside>')
        head = (f'<meta name="description" content="{cut(p.paras[0], 150)}"><link rel="canonical" href="{u(p.path)}">'
                f'<meta property=\'og:title\' content="{esc(p.title)}"><meta property=\'og:description\' content="'
                f'{cut(p.paras[0], 150)}"><meta property=\'og:url\' content=\'{u(p.path)}\'><meta property=\'og:site_name\' '
                f'content=\'{ST}\'><meta property=\'og:type\' content=\'article\'><meta property=\'article:section\' '
                f'content=\'Post\' /><meta property=\'article:published_time\' content=\'{p.date}T09:00:00-06:00\'/>')
        docs.append(Doc("stack.example", p.path, "article", p.grade, _st(f"{p.title}", u, "article-page", main, head)))
    pager = (f'<nav class="pagination"><span class="page-link current" aria-current="page">1</span><a class="page-link" '
             f'href="{u("/page/2/")}">2</a></nav>')
    docs.append(Doc("stack.example", "/", "home", 0, _st(
        ST, u, "", f'<section class="article-list">{"".join(_st_tile(p, u) for p in ST_POSTS[:2])}</section>{pager}',
        f'<link rel="canonical" href="{u("/")}"><meta property=\'og:type\' content=\'website\'>')))
    docs.append(Doc("stack.example", "/page/2/", "listing", 0, _st(
        ST, u, "", f'<section class="article-list">{_st_tile(ST_POSTS[2], u)}</section><nav class="pagination"><a '
                   f'class="page-link" href="{u("/")}">1</a><span class="page-link current" aria-current="page">2</span></nav>',
        f'<link rel="canonical" href="{u("/page/2/")}">')))

    def term(path, kind, count, name, desc, posts):
        docs.append(Doc("stack.example", path, kind, 0, _st(
            f"{name} - {ST}", u, "", f'<header><div class="section-card"><div class="section-details"><h3 class="section-count">'
                                     f'{count} pages</h3><h1 class="section-term">{name}</h1><h2 class="section-description">'
                                     f'{desc}</h2></div></div></header>{_st_compact(posts, u)}',
            f'<link rel="canonical" href="{u(path)}"><meta property=\'og:type\' content=\'website\'>')))

    term("/categories/mentoring/", "category", 2, "Mentoring", "Mentoring at the county library",
         [p for p in ST_POSTS if p.term == "Mentoring"])
    term("/categories/services/", "category", 1, "Services", "", [ST_POSTS[0]])
    term("/tags/social-media/", "tag", 2, "Social Media", "", [ST_POSTS[0], ST_POSTS[1]])
    docs.append(Doc("stack.example", "/search/?keyword=mentoring", "search", 0, _st(
        f"Search - {ST}", u, "template-search",
        f'<form action="{u("/search/")}" class="search-form"><p><label>Search</label><input name="keyword" required '
        f'placeholder="Type something..." /><button title="Search"></button></p></form><h3 class="section-title" '
        f'id="search-result--title"></h3><div class="search-result--list article-list--compact"></div>'
        f'<script type="text/javascript" src="{u("/ts/search.js")}" defer></script>',
        f'<link rel="canonical" href="{u("/search/")}"><meta property=\'og:type\' content=\'website\'>')))
    docs.append(Doc("stack.example", "/archives/", "listing", 0, _st(
        f"Archives - {ST}", u, "template-archives",
        f'<header><h2 class="section-title">Categories</h2><div class="subsection-list"><div class="article-list--tile">'
        f'<article><a href="{u("/categories/mentoring/")}"><div class="article-details"><h2 class="article-title">Mentoring'
        f'</h2></div></a></article></div></div></header><div class="archives-group" id="2024"><h2 class="archives-date '
        f'section-title">2024</h2>{_st_compact(ST_POSTS[:2], u)}</div><div class="archives-group" id="2023"><h2 class="'
        f'archives-date section-title">2023</h2>{_st_compact(ST_POSTS[2:], u)}</div>',
        f'<link rel="canonical" href="{u("/archives/")}">')))
    return docs


# --- Quarto blog (quarto.example) -----------------------------------------------------------------------

QU = "Data Services Notebook"
QU_POSTS = [
    Post("q1", "/posts/2024-02-12-rdm-workshops/index.html", "What we learned from our first data management workshops",
         "Mei Lin", "2024-02-12", 2, "workshops"),
    Post("q2", "/posts/2023-10-30-reproducible-annual-report/index.html", "A reproducible annual statistics report",
         "Jonas Weber", "2023-10-30", 0, "reproducibility"),
]


def _qu(title: str, base: str, main: str, head: str = "", body_class: str = "nav-fixed fullcontent") -> bytes:
    """``base`` is the relative way back to the site's root ("" or "../../"): Quarto links relatively."""
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>
<meta charset="utf-8">
<meta name="generator" content="quarto-1.4.550">
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes">
{head}
<title>{esc(title)}</title>
<link href="{base}site_libs/bootstrap/bootstrap.min.css" rel="stylesheet" id="quarto-bootstrap" data-mode="light">
<script id="quarto-search-options" type="application/json">{{"location": "navbar", "copy-button": false, "collapse-after": 3, "panel-placement": "end", "type": "overlay", "limit": 50}}</script>
</head>
<body class="{body_class}">
<div id="quarto-search-results"></div>
<header id="quarto-header" class="headroom fixed-top"><nav class="navbar navbar-expand-lg " data-bs-theme="dark"><div class="navbar-container container-fluid"><div class="navbar-brand-container mx-auto"><a class="navbar-brand" href="{base}index.html"><span class="navbar-title">{QU}</span></a></div>
<div id="quarto-search" class="" title="Search"></div>
<div class="collapse navbar-collapse" id="navbarCollapse"><ul class="navbar-nav navbar-nav-scroll ms-auto"><li class="nav-item"><a class="nav-link" href="{base}about.html"><span class="menu-text">About</span></a></li><li class="nav-item compact"><a class="nav-link" href="https://github.com/hartwell-libraries/data-services"><i class="bi bi-github" role="img"></i><span class="menu-text"></span></a></li></ul></div>
</div></nav></header>
{main}
<footer class="footer"><div class="nav-footer"><div class="nav-footer-left">&nbsp;</div><div class="nav-footer-center"><p>Hartwell University Libraries, Data Services. Built with <a href="https://quarto.org/">Quarto</a>.</p></div><div class="nav-footer-right">&nbsp;</div></div></footer>
</body></html>""".encode()


def quarto(u, links: dict[str, str]) -> list[Doc]:
    docs = []
    for p in QU_POSTS:
        text = ps(p.paras)
        if p.key == "q1":
            text += (f'<p>Thanks to Lee Park, whose <a href="{links["c3"]}">notes on mentoring library coders</a> '
                     f'shaped our plan.</p>')
        main = (f'<header id="title-block-header" class="quarto-title-block default page-columns page-full"><div class="'
                f'quarto-title-banner page-columns page-full"><div class="quarto-title column-body"><h1 class="title">'
                f'{esc(p.title)}</h1><div class="quarto-categories"><div class="quarto-category">{esc(p.term)}</div></div>'
                f'</div></div><div class="quarto-title-meta"><div><div class="quarto-title-meta-heading">Author</div><div '
                f'class="quarto-title-meta-contents"><p>{esc(p.author)} </p></div></div><div><div class="quarto-title-meta-'
                f'heading">Published</div><div class="quarto-title-meta-contents"><p class="date">{human(p.date)}</p></div>'
                f'</div></div></header><div id="quarto-content" class="quarto-container page-columns page-rows-contents '
                f'page-layout-article page-navbar"><main class="content quarto-banner-title-block" id="quarto-document-'
                f'content">{text}</main></div>')
        head = (f'<meta name="author" content="{esc(p.author)}"><meta name="dcterms.date" content="{p.date}">'
                f'<meta property="og:title" content="{esc(p.title)} – {QU}"><meta property="og:description" content="'
                f'{cut(p.paras[0], 150)}"><meta property="og:site_name" content="{QU}">')
        docs.append(Doc("quarto.example", p.path, "article", p.grade, _qu(f"{QU} - {p.title}", "../../", main, head)))
    items = "".join(
        f'<div class="quarto-post image-right" data-index="{i}" data-categories="{esc(p.term)}" data-listing-date-sort="0" '
        f'data-listing-reading-time-sort="3"><div class="thumbnail"><p><a href=".{p.path}" class="no-external"></a></p>'
        f'<div class="listing-item-img-placeholder card-img-top">&nbsp;</div></div><div class="body"><h3 class="no-anchor '
        f'listing-title"><a href=".{p.path}" class="no-external">{esc(p.title)}</a></h3><div class="listing-categories">'
        f'<div class="listing-category" onclick="window.quartoListingCategory(\'{esc(p.term)}\'); return false;">'
        f'{esc(p.term)}</div></div><div class="listing-description"><a href=".{p.path}" class="no-external">'
        f'{cut(p.paras[0], 180)}</a></div></div><div class="metadata"><a href=".{p.path}" class="no-external"><div '
        f'class="listing-date">{human(p.date)}</div><div class="listing-author">{esc(p.author)}</div></a></div></div>'
        for i, p in enumerate(QU_POSTS))
    cats = "".join(f'<div class="category" data-category="{esc(p.term)}">{esc(p.term)} <span class="quarto-category-count">'
                   f'1</span></div>' for p in QU_POSTS)
    docs.append(Doc("quarto.example", "/index.html", "home", 0, _qu(
        QU, "", f'<div id="quarto-content" class="quarto-container page-columns page-rows-contents page-layout-full '
                f'page-navbar"><div id="quarto-margin-sidebar" class="sidebar margin-sidebar"><div class="quarto-listing-'
                f'category-title">Categories</div><div class="quarto-listing-category category-default"><div class="'
                f'category" data-category="">All <span class="quarto-category-count">2</span></div>{cats}</div></div>'
                f'<main class="content column-page-right" id="quarto-document-content"><div class="quarto-listing '
                f'quarto-listing-container-default" id="listing-listing"><div class="list quarto-listing-default">{items}'
                f'</div><div class="listing-no-matching d-none">No matching items</div></div></main></div>',
        f'<meta property="og:title" content="{QU}"><meta property="og:site_name" content="{QU}">',
        "nav-fixed fullcontent quarto-listing-page")))
    docs.append(Doc("quarto.example", "/about.html", "about", 0, _qu(
        f"{QU} - About", "", f'<div id="quarto-content" class="quarto-container page-columns page-rows-contents '
                              f'page-layout-article page-navbar"><main class="content" id="quarto-document-content"><div '
                              f'class="quarto-about-jolla"><h1 class="title">About</h1><div class="about-entity"><p>'
                              f'{esc(ABOUT["quarto"])}</p><div class="about-links"><a href="mailto:data@hartwell.example" '
                              f'class="about-link" rel="" target=""><i class="bi bi-envelope"></i><span class="about-link-text">'
                              f'Email</span></a></div></div></div></main></div>')))
    return docs


# --- Blogger, Emporio layout (emporio.example) ----------------------------------------------------------

EM = "Bookmobile Tales"
EM_POSTS = [
    Post("e2", "/2024/01/the-winter-route.html", "The Winter Route", "Wes Harlan", "2024-01-16", 1, "Outreach"),
    Post("e1", "/2023/06/finding-mentors-from-the-drivers-seat.html", "Finding Mentors from the Driver's Seat",
         "Wes Harlan", "2023-06-05", 3, "Mentoring"),
]


def _em(title: str, u, main: str, head: str = "") -> bytes:
    return f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='en'><head>
<meta content='width=device-width, initial-scale=1' name='viewport'/>
<title>{esc(title)}</title>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{u("/favicon.ico")}' rel='icon' type='image/x-icon'/>
{head}
<link rel="alternate" type="application/atom+xml" title="{EM} - Atom" href="{u("/feeds/posts/default")}" />
<link rel="me" href="https://www.blogger.com/profile/08112233445566778899" />
</head>
<body class='version-1-3-3 variant-indie_light'>
<a class='skip-navigation' href='#main' tabindex='0'>Skip to main content</a>
<div class='page'><div class='page_body'><div class='main-page-body-content'>
<div class='centered-top-placeholder'></div>
<header class='centered-top-container' role='banner'><div class='centered-top'>
<div class='top-bar'><div class='container section' id='search_top' name='Search (Top)'><div class='widget BlogSearch' data-version='2' id='BlogSearch1'><h3 class='title'>Search This Blog</h3><div class='widget-content' role='search'><form action='{u("/search")}' target='_top'><div class='search-input'><input aria-label='Search this blog' autocomplete='off' name='q' placeholder='Search this blog' value=''/></div><input class='search-action flat-button' type='submit' value='Search'/></form></div></div></div></div>
<div class='blog-name'><div class='container section' id='header' name='Header'><div class='widget Header' data-version='2' id='Header1'><div class='header-widget'><div><h1><a href='{u("/")}'>{EM}</a></h1></div><p>Stories from a rural bookmobile</p></div></div></div></div>
<nav role='navigation'><div class='clearboth no-items section' id='page_list_top' name='Page List (Top)'><div class='widget PageList' data-version='2' id='PageList1'><div class='widget-content'><ul><li><a href='{u("/")}'>Home</a></li><li><a href='{u("/p/about-me.html")}'>About me</a></li></ul></div></div></div></nav>
</div></header>
<div class='sticky'></div>
<main class='centered-bottom' id='main' role='main' tabindex='-1'><div class='main section' id='page_body' name='Page Body'><div class='widget Blog' data-version='2' id='Blog1'>
{main}
</div></div></main>
<aside class='sidebar-container container sidebar-invisible' role='complementary'><div class='sidebar section' id='sidebar' name='Sidebar'>
<div class='widget Label' data-version='2' id='Label1'><h3 class='title'>Labels</h3><div class='widget-content list-label-widget-content'><ul><li><a class='label-name' href='{u("/search/label/Mentoring")}'>Mentoring</a></li><li><a class='label-name' href='{u("/search?q=twitter")}'>Posts mentioning Twitter</a></li></ul></div></div>
<div class='widget BlogArchive' data-version='2' id='BlogArchive1'><h3 class='title'>Archive</h3><div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'><ul class='flat'><li class='archivedate'><a href='{u("/2024/")}'>2024</a><span class='post-count'>1</span></li><li class='archivedate'><a href='{u("/2023/")}'>2023</a><span class='post-count'>1</span></li></ul></div></div></div></div>
</div></aside>
<footer class='footer section' id='footer' name='Footer'><div class='widget Attribution' data-version='2' id='Attribution1'><div class='widget-content'><div class='blogger'><a href='https://www.blogger.com' rel='nofollow'>Powered by Blogger</a></div><div class='image-attribution'>Theme images by <a href="https://www.blogger.com">Michael Elkan</a></div></div></div></footer>
</div></div></div>
</body></html>""".encode()


def _em_post(p: Post, u, full: bool) -> str:
    pid = zlib.crc32(p.path.encode())
    if full:
        body = "".join(f"<div>{esc(x)}</div><div><br /></div>" for x in p.paras)
        body = f"<div class='post-body entry-content float-container' id='post-body-{pid}'>{body}</div>"
    else:
        body = (f"<div class='snippet-container r-snippet-container'><div class='snippet-item r-snippetized'>"
                f"{cut(p.paras[0], 200)}</div><a class='snippet-fade r-snippet-fade hidden' href=''></a></div>"
                f"<div class='jump-link flat-button ripple'><a href='{u(p.path)}' title='{esc(p.title)}'>Read more</a></div>")
    ld = jsonld({"@context": "http://schema.org", "@type": "BlogPosting", "mainEntityOfPage": {"@type": "WebPage",
                 "@id": u(p.path)}, "headline": p.title, "description": p.paras[0][:150],
                 "datePublished": f"{p.date}T07:30:00-06:00", "dateModified": f"{p.date}T07:30:00-06:00",
                 "publisher": {"@type": "Organization", "name": "Blogger"},
                 "author": {"@type": "Person", "name": p.author}}) if full else ""
    title = (f"<h3 class='post-title entry-title'>{esc(p.title)}</h3>" if full else
             f"<h3 class='post-title entry-title'><a href='{u(p.path)}'>{esc(p.title)}</a></h3>")
    return (f"<article class='post-outer-container'><div class='post-outer'><div class='post'>{ld}"
            f"<div class='post-title-container'><a name='{pid}'></a>{title}</div>"
            f"<div class='post-header-container container'><div class='post-header'><div class='post-header-line-1'>"
            f"<span class='byline post-author vcard'><span class='byline-label'>By</span><span class='fn'><a class='g-profile' "
            f"href='https://www.blogger.com/profile/08112233445566778899' rel='author' title='author profile'><span>"
            f"{esc(p.author)}</span></a></span></span><span class='byline post-timestamp'><a class='timestamp-link' "
            f"href='{u(p.path)}' rel='bookmark' title='permanent link'><time class='published' datetime='{p.date}T07:30:00-06:00' "
            f"title='{p.date}T07:30:00-06:00'>{human(p.date)}</time></a></span></div></div></div>"
            f"<div class='post-body-container'>{body}</div>"
            f"<div class='post-footer container'><div class='post-footer-line post-footer-line-1'><div class='byline "
            f"post-labels'><span class='byline-label'>Labels:</span><a href='{u('/search/label/' + p.term)}' rel='tag'>"
            f"{esc(p.term)}</a></div></div></div></div></div></article>")


def emporio(u) -> list[Doc]:
    docs = []
    for p in EM_POSTS:
        main = (f"<div class='blog-posts hfeed container'>{_em_post(p, u, True)}</div><section class='comments threaded' "
                f"data-num-comments='2' id='comments'><div class='comments-header'><h3 class='title'>Comments</h3></div>"
                f"<div class='comments-content'><ol id='top-ra'><li class='comment'><div class='comment-block'><div "
                f"class='comment-header'><cite class='user'>Marge</cite></div><p class='comment-content'>Safe travels this "
                f"week!</p></div></li></ol></div></section><div class='blog-pager container' id='blog-pager'><a class='"
                f"blog-pager-older-link flat-button ripple' href='{u('/')}' title='Home'>Home</a></div>")
        head = (f"<link href='{u(p.path)}' rel='canonical'/><meta content='{u(p.path)}' property='og:url'/>"
                f"<meta content='{esc(p.title)}' property='og:title'/><meta content='{cut(p.paras[0], 140)}' "
                f"property='og:description'/>")
        docs.append(Doc("emporio.example", p.path, "article", p.grade, _em(f"{EM}: {p.title}", u, main, head)))

    def listing(path, kind, title, status, posts):
        msg = (f"<div class='blog-status-message'><div class='status-msg-wrap'><div class='status-msg-body'>{status} "
               f"<a href='{u('/')}'>Show all posts</a></div><div class='status-msg-border'></div></div></div>"
               if status else "")
        main = f"{msg}<div class='blog-posts hfeed container'>{''.join(_em_post(p, u, False) for p in posts)}</div>"
        docs.append(Doc("emporio.example", path, kind, 0, _em(title, u, main, f"<link href='{u(path)}' rel='canonical'/>")))

    listing("/", "home", EM, "", EM_POSTS)
    listing("/search/label/Mentoring", "tag", f"{EM}: Mentoring", "Showing posts with the label <span class='search-label'>"
            "Mentoring</span>.", EM_POSTS[1:])
    listing("/search/label/Outreach", "tag", f"{EM}: Outreach", "Showing posts with the label <span class='search-label'>"
            "Outreach</span>.", EM_POSTS[:1])
    listing("/search?q=twitter", "search", f"{EM}: Search results for twitter",
            "Showing posts matching the search for <span class='search-query'>twitter</span>.", EM_POSTS[1:])
    listing("/2023/", "listing", f"{EM}: 2023", "Showing posts from 2023.", EM_POSTS[1:])
    listing("/2024/", "listing", f"{EM}: 2024", "Showing posts from 2024.", EM_POSTS[:1])
    docs.append(Doc("emporio.example", "/p/about-me.html", "about", 0, _em(
        f"{EM}: About me", u, f"<div class='blog-posts hfeed container'><article class='post-outer-container'><div class='"
                              f"post-outer'><div class='post'><div class='post-title-container'><h3 class='post-title "
                              f"entry-title'>About me</h3></div><div class='post-body-container'><div class='post-body "
                              f"entry-content float-container'><div>{esc(ABOUT['emporio'])}</div></div></div></div></div>"
                              f"</article></div>", f"<link href='{u('/p/about-me.html')}' rel='canonical'/>")))
    return docs


# --- Open Journal Systems 3.3, default theme (ojs.example) ----------------------------------------------

J = "Journal of Library Mentoring and Practice"
JP = "/index.php/jlmp"
# id, title, authors [(given, family, affiliation)], date, volume, issue, pages, grade, galley id (PDF) and its grade
OJS_ARTICLES = [
    ("201", "Mentored in Public: Early-Career Academic Librarians and Twitter",
     [("Adaeze", "Okonkwo", "Hartwell University"), ("Colin", "Marsh", "Bay State College")], "2023-11-30", 7, 2, "1-18", 3,
     "410", 3),
    ("202", "Sharing Mentors Across a Consortium: A Case Study",
     [("Beatriz", "Santos", "Lakeview College")], "2023-11-30", 7, 2, "19-31", 2, "411", 2),
    ("205", "Auditing Metadata Quality in an Institutional Repository",
     [("Henrik", "Dahl", "Northfield University")], "2023-11-30", 7, 2, "32-45", 0, "414", 0),
    ("203", "Learning on the Feed: Public Librarians and Social Media as Professional Development",
     [("Grace", "Whitman", "State Library of Ohio"), ("Ravi", "Nair", "Kent County Library")], "2023-05-31", 7, 1,
     "1-20", 2, None, None),
    ("204", "What Circulates? A Collection Assessment Using Circulation and Citation Data",
     [("Thomas", "Greer", "Northfield University")], "2023-05-31", 7, 1, "21-37", 1, None, None),
]
ISSUES = {"14": ("Vol. 7 No. 2 (2023)", "2023-11-30", 2, "Special section: mentoring online"),
          "13": ("Vol. 7 No. 1 (2023)", "2023-05-31", 1, "")}
ANN = ("9", "Call for papers: special issue on mentoring and social media", "2024-01-10")


def _oj(title: str, u, page_class: str, main: str, head: str = "") -> bytes:
    return f"""<!DOCTYPE html>
<html lang="en" xml:lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
<meta name="generator" content="Open Journal Systems 3.3.0.15">
{head}
<link rel="alternate" type="application/atom+xml" href="{u(JP + "/gateway/plugin/AnnouncementFeedGatewayPlugin/atom")}">
<link rel="stylesheet" href="{u(JP + "/$$$call$$$/page/page/css?name=stylesheet")}" type="text/css" />
</head>
<body class="pkp_page_{page_class} has_site_logo" dir="ltr">
<div class="pkp_structure_page">
<header class="pkp_structure_head" id="headerNavigationContainer" role="banner">
<nav class="cmp_skip_to_content" aria-label="Jump to content links"><a href="#pkp_content_main">Skip to main content</a><a href="#siteNav">Skip to main navigation menu</a><a href="#pkp_content_footer">Skip to site footer</a></nav>
<div class="pkp_head_wrapper"><div class="pkp_site_name_wrapper"><button class="pkp_site_nav_toggle"><span>Open Menu</span></button><div class="pkp_site_name"><a href="{u(JP + "/index")}" class="is_text">{J}</a></div></div>
<nav class="pkp_site_nav_menu" aria-label="Site Navigation"><a id="siteNav"></a><div class="pkp_navigation_primary_row"><div class="pkp_navigation_primary_wrapper">
<ul id="navigationPrimary" class="pkp_navigation_primary pkp_nav_list"><li class=""><a href="{u(JP + "/issue/archive")}">Archives</a></li><li class=""><a href="{u(JP + "/announcement")}">Announcements</a></li><li class=""><a href="{u(JP + "/about")}">About</a><ul><li class=""><a href="{u(JP + "/about")}">About the Journal</a></li><li class=""><a href="{u(JP + "/about/contact")}">Contact</a></li></ul></li></ul>
<div class="pkp_navigation_search_wrapper"><a href="{u(JP + "/search/search?query=mentoring")}" class="pkp_search pkp_search_desktop"><span class="fa fa-search" aria-hidden="true"></span>Search</a></div>
</div></div>
</nav></div></header>
<div class="pkp_structure_content has_sidebar"><div class="pkp_structure_main" role="main"><a id="pkp_content_main"></a>
{main}
</div>
<div class="pkp_structure_sidebar left" role="complementary" aria-label="Sidebar"><div class="pkp_block block_most_read"><h2 class="title">Most Read</h2><div class="content"><ul class="most_read">{"".join(f'<li class="most_read_article"><div class="most_read_article_title"><a href="{u(f"{JP}/article/view/{a[0]}")}">{esc(a[1])}</a></div><div class="most_read_article_journal"><span class="fa fa-eye"></span> {900 - 100 * n}</div></li>' for n, a in enumerate(OJS_ARTICLES))}</ul></div></div></div>
</div>
<div class="pkp_structure_footer_wrapper" role="contentinfo"><a id="pkp_content_footer"></a><div class="pkp_structure_footer"><div class="pkp_footer_content"><p>{J} &middot; ISSN 2690-4417 (online)</p></div><div class="pkp_brand_footer" role="complementary"><a href="https://pkp.sfu.ca/ojs/"><img alt="More information about the publishing system, Platform and Workflow by OJS/PKP." src="{u("/templates/images/ojs_brand.png")}"></a></div></div></div>
</div></body></html>""".encode()


def _oj_summary(a, u) -> str:
    aid, title, authors, _, _, _, pages, _, galley, _ = a
    gl = (f'<ul class="galleys_links"><li><a class="obj_galley_link pdf" href="{u(f"{JP}/article/download/{aid}/{galley}")}" '
          f'aria-labelledby="article-{aid}">PDF</a></li></ul>') if galley else ""
    names = ", ".join(f"{g} {f}" for g, f, _ in authors)
    return (f'<div class="obj_article_summary"><h3 class="title"><a id="article-{aid}" href="{u(f"{JP}/article/view/{aid}")}">'
            f'{esc(title)}</a></h3><div class="meta"><div class="authors">{esc(names)}</div><div class="pages">{pages}</div>'
            f'</div>{gl}</div>')


def _oj_toc(iss: str, u) -> str:
    arts = [a for a in OJS_ARTICLES if ISSUES[iss][2] == a[5]]
    lis = "".join(f"<li>{_oj_summary(a, u)}</li>" for a in arts)
    return (f'<div class="obj_issue_toc"><div class="heading"><div class="published"><span class="label">Published:</span>'
            f'<span class="value">{ISSUES[iss][1]}</span></div></div><div class="sections"><div class="section"><h2>Articles'
            f'</h2><ul class="cmp_article_list articles">{lis}</ul></div></div></div>')


def _oj_crumbs(u, *items: tuple[str, str | None]) -> str:
    lis = "".join((f'<li><a href="{h}">{esc(t)}</a><span class="separator">/</span></li>' if h else
                   f'<li class="current" aria-current="page"><span aria-current="page">{esc(t)}</span></li>')
                  for t, h in items)
    return f'<nav class="cmp_breadcrumbs" role="navigation" aria-label="You are here:"><ol><li><a href="{u(JP + "/index")}">Home</a><span class="separator">/</span></li>{lis}</ol></nav>'


def ojs(u) -> list[Doc]:
    docs = []
    for a in OJS_ARTICLES:
        aid, title, authors, date, vol, no, pages, grade, galley, ggrade = a
        art = ARTICLES["a" + aid]
        iss = "14" if no == 2 else "13"
        first, last = pages.split("-")
        doi = f"10.99999/jlmp.v{vol}i{no}.{aid}"
        meta = [f'<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/" />']
        for g, f, aff in authors:
            meta.append(f'<meta name="DC.Creator.PersonalName" content="{g} {f}"/>')
        meta += [f'<meta name="DC.Date.issued" scheme="ISO8601" content="{date}"/>',
                 f'<meta name="DC.Identifier.DOI" content="{doi}"/>', f'<meta name="DC.Title" content="{esc(title)}"/>',
                 f'<meta name="DC.Type" content="Text.Serial.Journal"/>',
                 f'<meta name="citation_journal_title" content="{J}"/>',
                 '<meta name="citation_journal_abbrev" content="JLMP"/>', '<meta name="citation_issn" content="2690-4417"/>']
        for g, f, aff in authors:
            meta += [f'<meta name="citation_author" content="{g} {f}"/>',
                     f'<meta name="citation_author_institution" content="{esc(aff)}"/>']
        meta += [f'<meta name="citation_title" content="{esc(title)}"/>', '<meta name="citation_language" content="en"/>',
                 f'<meta name="citation_date" content="{date.replace("-", "/")}"/>',
                 f'<meta name="citation_volume" content="{vol}"/>', f'<meta name="citation_issue" content="{no}"/>',
                 f'<meta name="citation_firstpage" content="{first}"/>', f'<meta name="citation_lastpage" content="{last}"/>',
                 f'<meta name="citation_doi" content="{doi}"/>',
                 f'<meta name="citation_abstract_html_url" content="{u(f"{JP}/article/view/{aid}")}"/>']
        if galley:
            meta.append(f'<meta name="citation_pdf_url" content="{u(f"{JP}/article/download/{aid}/{galley}")}"/>')
        meta += [f'<meta name="citation_reference" content="{esc(r)}"/>' for r in art["refs"]]
        auth = "".join(f'<li><span class="name">{g} {f}</span><span class="affiliation">{esc(aff)}</span></li>'
                       for g, f, aff in authors)
        gl = (f'<div class="item galleys"><h2 class="pkp_screen_reader">Downloads</h2><ul class="value galleys_links"><li>'
              f'<a class="obj_galley_link pdf" href="{u(f"{JP}/article/download/{aid}/{galley}")}">PDF</a></li></ul></div>'
              if galley else "")
        kw = {"201": "mentoring, Twitter, early-career librarians, academic libraries",
              "202": "mentoring, consortia, small colleges", "203": "social media, professional development, public libraries",
              "204": "collection assessment, circulation, weeding", "205": "metadata, institutional repositories"}[aid]
        main = (f'<div class="page page_article">{_oj_crumbs(u, ("Archives", u(JP + "/issue/archive")), (ISSUES[iss][0], u(f"{JP}/issue/view/{iss}")), ("Articles", None))}'
                f'<article class="obj_article_details"><h1 class="page_title">{esc(title)}</h1><div class="row"><div '
                f'class="main_entry"><section class="item authors"><h2 class="pkp_screen_reader">Authors</h2><ul class="'
                f'authors">{auth}</ul></section><section class="item doi"><h2 class="label">DOI:</h2><span class="value">'
                f'<a href="https://doi.org/{doi}">https://doi.org/{doi}</a></span></section><section class="item keywords">'
                f'<h2 class="label">Keywords:</h2><span class="value">{kw}</span></section><section class="item abstract">'
                f'<h2 class="label">Abstract</h2><p>{esc(art["abstract"])}</p></section><section class="item references">'
                f'<h2 class="label">References</h2><div class="value">{ps(art["refs"])}</div></section></div>'
                f'<div class="entry_details">{gl}<div class="item published"><section class="sub_item"><h2 class="label">'
                f'Published</h2><div class="value"><span>{date}</span></div></section></div><div class="item issue">'
                f'<section class="sub_item"><h2 class="label">Issue</h2><div class="value"><a class="title" href="'
                f'{u(f"{JP}/issue/view/{iss}")}">{ISSUES[iss][0]}</a></div></section><section class="sub_item"><h2 '
                f'class="label">Section</h2><div class="value">Articles</div></section></div><div class="item copyright">'
                f'<h2 class="label">License</h2><p>Copyright (c) 2023 the authors. This work is licensed under a Creative '
                f'Commons Attribution 4.0 International License.</p></div></div></div></article></div>')
        docs.append(Doc("ojs.example", f"{JP}/article/view/{aid}", "journal-article", grade,
                        _oj(f"{title} | {J}", u, "article pkp_op_view", main, "\n".join(meta))))
        if galley:
            names = ", ".join(f"{g} {f}" for g, f, _ in authors)
            lines = [f"{J}, {vol}({no}), {pages}. https://doi.org/{doi}", "", title, names, "", "Abstract"]
            lines += textwrap.wrap(art["abstract"], 90)
            for head, paras in art["sections"]:
                lines += ["", head]
                for para in paras:
                    lines += textwrap.wrap(para, 90)
            lines += ["", "References"] + [w for r in art["refs"] for w in textwrap.wrap(r, 90)]
            docs.append(Doc("ojs.example", f"{JP}/article/download/{aid}/{galley}", "document", ggrade, pdf(lines),
                            content_type="application/pdf"))
    for iss, (name, date, _, desc) in ISSUES.items():
        d = f'<div class="description"><p>{esc(desc)}</p></div>' if desc else ""
        main = (f'<div class="page page_issue">{_oj_crumbs(u, ("Archives", u(JP + "/issue/archive")), (name, None))}'
                f'<h1>{name}</h1>{d}{_oj_toc(iss, u)}</div>')
        docs.append(Doc("ojs.example", f"{JP}/issue/view/{iss}", "listing", 0, _oj(f"{name} | {J}", u, "issue pkp_op_view", main)))
    arch = "".join(
        f'<li><div class="obj_issue_summary"><h2><a class="title" href="{u(f"{JP}/issue/view/{iss}")}">{name}</a></h2>'
        + (f'<div class="description"><p>{esc(desc)}</p></div>' if desc else "") + '</div></li>'
        for iss, (name, _, _, desc) in ISSUES.items())
    docs.append(Doc("ojs.example", f"{JP}/issue/archive", "listing", 0, _oj(
        f"Archives | {J}", u, "issue pkp_op_archive",
        f'<div class="page page_issue_archive">{_oj_crumbs(u, ("Archives", None))}<h1>Archives</h1><ul class="issues_archive">'
        f'{arch}</ul></div>')))
    aid, atitle, adate = ANN
    ann_sum = (f'<article class="obj_announcement_summary"><h2><a href="{u(f"{JP}/announcement/view/{aid}")}">{esc(atitle)}'
               f'</a></h2><div class="date">{adate}</div><div class="summary"><p>{cut(ANNOUNCEMENT, 120)}</p><a href="'
               f'{u(f"{JP}/announcement/view/{aid}")}" class="read_more"><span aria-hidden="true" role="presentation">Read more'
               f'</span><span class="pkp_screen_reader">Read more about {esc(atitle)}</span></a></div></article>')
    docs.append(Doc("ojs.example", f"{JP}/announcement/view/{aid}", "article", 1, _oj(
        f"{atitle} | {J}", u, "announcement pkp_op_view",
        f'<div class="page page_announcement">{_oj_crumbs(u, ("Announcements", u(JP + "/announcement")), (atitle, None))}'
        f'<h1>{esc(atitle)}</h1><article class="obj_announcement_full"><div class="date">{adate}</div><div class="'
        f'description"><p>{esc(ANNOUNCEMENT)}</p></div></article></div>')))
    docs.append(Doc("ojs.example", f"{JP}/announcement", "listing", 0, _oj(
        f"Announcements | {J}", u, "announcement pkp_op_index",
        f'<div class="page page_announcements">{_oj_crumbs(u, ("Announcements", None))}<h1>Announcements</h1>'
        f'<ul class="cmp_announcements"><li>{ann_sum}</li></ul></div>')))
    docs.append(Doc("ojs.example", f"{JP}/index", "home", 0, _oj(
        J, u, "index pkp_op_index",
        f'<div class="page_index_journal"><section class="homepage_about"><h2>About the Journal</h2><p>{esc(ABOUT["ojs"])}'
        f'</p></section><section class="cmp_announcements highlight_first"><h2>Announcements</h2>{ann_sum}<div class="'
        f'more"><a href="{u(JP + "/announcement")}">More Announcements...</a></div></section><section class="current_issue">'
        f'<h2>Current Issue</h2><div class="current_issue_title">{ISSUES["14"][0]}</div>{_oj_toc("14", u)}<a href="'
        f'{u(JP + "/issue/archive")}" class="read_more">View All Issues</a></section></div>')))
    docs.append(Doc("ojs.example", f"{JP}/about", "about", 0, _oj(
        f"About the Journal | {J}", u, "about pkp_op_index",
        f'<div class="page page_about">{_oj_crumbs(u, ("About the Journal", None))}<h1>About the Journal</h1><h2>Focus and '
        f'Scope</h2><p>{esc(ABOUT["ojs"])}</p><h2>Peer Review Process</h2><p>Articles are reviewed double-blind by two '
        f'reviewers.</p><h2>Open Access Policy</h2><p>This journal provides immediate open access to its content.</p></div>')))
    docs.append(Doc("ojs.example", f"{JP}/about/contact", "contact", 0, _oj(
        f"Contact | {J}", u, "about pkp_op_contact",
        f'<div class="page page_contact">{_oj_crumbs(u, ("Contact", None))}<h1>Contact</h1><div class="contact_section">'
        f'<div class="address"><p>Hartwell University Libraries<br>200 College Ave<br>Hartwell, PA 17000</p></div><div '
        f'class="contact primary"><h3>Principal Contact</h3><span class="name">Adaeze Okonkwo</span><span class="title">'
        f'Editor</span><span class="affiliation">Hartwell University</span><span class="email"><a href="mailto:jlmp@'
        f'hartwell.example">jlmp@hartwell.example</a></span></div><div class="contact support"><h3>Support Contact</h3>'
        f'<span class="name">Journal Manager</span><span class="email"><a href="mailto:ojs@hartwell.example">'
        f'ojs@hartwell.example</a></span></div></div></div>')))
    found = [a for a in OJS_ARTICLES if a[0] in ("201", "202", "203", "204")]
    docs.append(Doc("ojs.example", f"{JP}/search/search?query=mentoring", "search", 0, _oj(
        f"Search | {J}", u, "search pkp_op_search",
        f'<div class="page page_search">{_oj_crumbs(u, ("Search", None))}<h1>Search</h1><form class="cmp_form" method="get" '
        f'action="{u(JP + "/search/search")}"><div class="search_input"><label class="pkp_screen_reader" for="query">Search '
        f'articles for</label><input type="text" id="query" name="query" value="mentoring" class="query" '
        f'placeholder="Search"></div><fieldset class="search_advanced"><legend>Advanced filters</legend></fieldset><div '
        f'class="submit"><button class="submit" type="submit">Search</button></div></form><h2 class="pkp_screen_reader">'
        f'Search Results</h2><ul class="search_results">' + "".join(f"<li>{_oj_summary(a, u)}</li>" for a in found)
        + f'</ul><div class="cmp_pagination" aria-label="View additional pages">1 - {len(found)} of {len(found)} items'
        f'</div></div>')))
    return docs


# --- a university library's news site, Drupal 10 (library.example) --------------------------------------

LB = "Hartwell University Libraries"
LB_NEWS = [
    Post("l2", "/news/2024/04/webinar-finding-mentor-linkedin", "Webinar: Finding a mentor on LinkedIn", "Libraries staff",
         "2024-04-02", 1, "Events"),
    Post("l1", "/news/2024/03/libraries-launch-statewide-e-mentoring-network",
         "Libraries launch statewide e-mentoring network for academic librarians", "Tom Becker", "2024-03-18", 3,
         "Staff news"),
    Post("l3", "/news/2024/03/main-library-open-24-hours-finals", "Main Library open 24 hours during finals", "Tom Becker",
         "2024-03-11", 0, "Services"),
    Post("l4", "/news/2023/09/new-faculty-librarians-join-mentoring-program",
         "New faculty librarians join mentoring program", "Tom Becker", "2023-09-05", 2, "Staff news"),
]


def _lb(title: str, u, body_class: str, main: str, head: str = "", crumbs: list[tuple[str, str]] | None = None) -> bytes:
    cr = "".join(f'<li><a href="{u(h)}">{esc(t)}</a></li>' for t, h in (crumbs or []))
    crumb = (f'<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-'
             f'breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="{u("/")}">Home'
             f'</a></li>{cr}</ol></nav></div>') if crumbs is not None else ""
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" /><meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta property="og:site_name" content="{LB}" />
{head}
<title>{esc(title)} | {LB}</title>
<link rel="stylesheet" media="all" href="{u("/sites/default/files/css/css_hu.css")}" />
</head>
<body class="{body_class}">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="hu-alert" role="region" aria-label="Alerts"></div>
<header class="hu-global-header" role="banner">
<div class="hu-global-header__top"><a class="hu-global-header__university" href="https://www.hartwell.example/">Hartwell University</a><ul class="hu-utility"><li><a href="{u("/contact")}">Contact us</a></li><li><a href="https://my.hartwell.example/">MyHartwell</a></li></ul></div>
<div class="hu-global-header__brand"><a href="{u("/")}" title="Home" rel="home" class="hu-wordmark">{LB}</a></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
<ul class="menu menu--main"><li class="menu-item menu-item--expanded"><a href="https://search.hartwell.example/discovery">Search &amp; find</a></li><li class="menu-item"><a href="https://guides.hartwell.example/">Research help</a></li><li class="menu-item"><a href="{u("/news")}">News</a></li><li class="menu-item"><a href="{u("/contact")}">Visit &amp; contact</a></li></ul></nav>
<div class="search-block-form block block-search" role="search"><form action="{u("/search/node")}" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish to search for." type="search" id="edit-keys" name="keys" size="15" maxlength="128" class="form-search" /></div><div class="form-actions js-form-wrapper form-wrapper"><input type="submit" value="Search" class="button js-form-submit form-submit" /></div></form></div>
</header>
{crumb}
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div data-drupal-messages-fallback class="hidden"></div>
{main}
</div></main>
<footer class="hu-footer" role="contentinfo"><div class="hu-footer__address"><p>{LB}<br>200 College Ave<br>Hartwell, PA 17000<br>(717) 555-0142</p></div>
<nav class="hu-footer__links" aria-label="Footer"><ul><li><a href="{u("/contact")}">Contact us</a></li><li><a href="{u("/news")}">News</a></li><li><a href="https://www.hartwell.example/accessibility">Accessibility</a></li><li><a href="https://www.hartwell.example/privacy">Privacy</a></li></ul></nav>
<p class="hu-footer__copyright">&copy; 2024 Hartwell University. All rights reserved.</p></footer>
</div></body></html>""".encode()


def _lb_teaser(p: Post, u) -> str:
    return (f'<div class="views-row"><article class="node node--type-news-article node--promoted node--view-mode-teaser"><h2 '
            f'class="node__title"><a href="{u(p.path)}" rel="bookmark"><span class="field field--name-title field--type-string '
            f'field--label-hidden">{esc(p.title)}</span></a></h2><div class="news-article__date"><time datetime="{p.date}T12:00:00Z">'
            f'{human(p.date)}</time></div><div class="node__content"><div class="clearfix text-formatted field field--name-body '
            f'field--type-text-with-summary field--label-hidden field__item"><p>{cut(p.paras[0], 170)}</p></div></div>'
            f'</article></div>')


def _lb_view(posts: list[Post], u, pager: str = "") -> str:
    return (f'<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-'
            f'id-4c2b"><div class="view-content">{"".join(_lb_teaser(p, u) for p in posts)}</div>{pager}</div></div>')


def library(u, links: dict[str, str]) -> list[Doc]:
    docs = []
    cats = {"Staff news": "/news/category/staff-news", "Events": "/news/category/events", "Services": "/news/category/services"}
    for i, p in enumerate(LB_NEWS):
        by = (f'<span class="news-article__author">By <a href="{u("/staff/priya-raman")}">Priya Raman</a></span>'
              if p.key == "l2" else f'<span class="news-article__author">By {esc(p.author)}</span>')
        text = ps(p.paras)
        if p.key == "l1":
            text += (f'<p>The network draws on the research of Hartwell librarian Adaeze Okonkwo, published in '
                     f'<a href="{links["a201"]}">the Journal of Library Mentoring and Practice</a>. Learn more about the '
                     f'libraries\' <a href="{u(LB_NEWS[3].path)}">mentoring program for new faculty librarians</a>.</p>')
        if p.key == "l2":
            text += f'<p><a href="https://events.hartwell.example/register/8812" class="button">Register</a></p>'
        related = "".join(f'<li><a href="{u(q.path)}">{esc(q.title)}</a></li>' for q in LB_NEWS if q is not p)
        main = (f'<div id="block-hu-content" class="block block-system block-system-main-block"><article data-history-node-id="'
                f'{1840 + i}" role="article" about="{p.path}" class="node node--type-news-article node--promoted '
                f'node--view-mode-full"><div class="node__header"><h1 class="page-title"><span class="field field--name-title '
                f'field--type-string field--label-hidden">{esc(p.title)}</span></h1><div class="news-article__meta"><span '
                f'class="news-article__date"><time datetime="{p.date}T12:00:00Z">{human(p.date)}</time></span>{by}<div '
                f'class="field field--name-field-news-category field--type-entity-reference field--label-hidden field__item">'
                f'<a href="{u(cats[p.term])}" hreflang="en">{esc(p.term)}</a></div></div></div><div class="node__content">'
                f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden '
                f'field__item">{text}</div></div></article></div><div class="block block-views news-related"><h2>Related news'
                f'</h2><ul>{related}</ul></div>')
        head = (f'<link rel="canonical" href="{u(p.path)}" /><meta name="description" content="{cut(p.paras[0], 150)}" />'
                f'<meta property="og:type" content="article" /><meta property="og:url" content="{u(p.path)}" />'
                f'<meta property="og:title" content="{esc(p.title)}" /><meta property="article:published_time" '
                f'content="{p.date}T12:00:00+0000" />'
                + jsonld({"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": p.title,
                          "datePublished": f"{p.date}T12:00:00+0000", "author": {"@type": "Person", "name": p.author}
                          if p.key != "l2" else {"@type": "Organization", "name": LB},
                          "publisher": {"@type": "Organization", "name": LB, "url": u("/")},
                          "mainEntityOfPage": u(p.path)}]}))
        docs.append(Doc("library.example", p.path, "article", p.grade, _lb(
            p.title, u, "path-node page-node-type-news-article", main, head, [("News", "/news")])))
    pager1 = (f'<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" '
              f'class="visually-hidden">Pagination</h4><ul class="pager__items js-pager__items"><li class="pager__item '
              f'is-active"><a href="{u("/news")}" title="Current page" aria-current="page">1</a></li><li class="pager__item"><a '
              f'href="{u("/news?page=1")}" title="Go to page 2">2</a></li><li class="pager__item pager__item--next"><a href="'
              f'{u("/news?page=1")}" title="Go to next page" rel="next">Next ›</a></li></ul></nav>')
    pager2 = (f'<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" '
              f'class="visually-hidden">Pagination</h4><ul class="pager__items js-pager__items"><li class="pager__item '
              f'pager__item--previous"><a href="{u("/news")}" title="Go to previous page" rel="prev">‹ Previous</a></li>'
              f'<li class="pager__item"><a href="{u("/news")}" title="Go to page 1">1</a></li><li class="pager__item is-active">'
              f'<a href="{u("/news?page=1")}" title="Current page" aria-current="page">2</a></li></ul></nav>')
    docs.append(Doc("library.example", "/news", "listing", 0, _lb(
        "News", u, "path-news", f'<h1 class="page-title">News</h1>{_lb_view(LB_NEWS[:3], u, pager1)}',
        f'<link rel="canonical" href="{u("/news")}" />', [])))
    docs.append(Doc("library.example", "/news?page=1", "listing", 0, _lb(
        "News", u, "path-news", f'<h1 class="page-title">News</h1>{_lb_view(LB_NEWS[3:], u, pager2)}',
        f'<link rel="canonical" href="{u("/news")}" />', [])))
    staff = [p for p in LB_NEWS if p.term == "Staff news"]
    docs.append(Doc("library.example", "/news/category/staff-news", "category", 0, _lb(
        "Staff news", u, "path-taxonomy page-taxonomy-term-12",
        f'<div class="taxonomy-term vocabulary-news-category"><h1 class="page-title">Staff news</h1><div class="field '
        f'field--name-description">Appointments, awards, mentoring and professional development for library staff.</div>'
        f'</div>{_lb_view(staff, u)}', f'<link rel="canonical" href="{u("/news/category/staff-news")}" />', [("News", "/news")])))
    for name in ("Events", "Services"):
        docs.append(Doc("library.example", cats[name], "category", 0, _lb(
            name, u, "path-taxonomy", f'<div class="taxonomy-term vocabulary-news-category"><h1 class="page-title">{name}</h1>'
            f'</div>{_lb_view([p for p in LB_NEWS if p.term == name], u)}', f'<link rel="canonical" href="{u(cats[name])}" />',
            [("News", "/news")])))
    docs.append(Doc("library.example", "/staff/priya-raman", "profile", 0, _lb(
        "Priya Raman", u, "path-node page-node-type-person",
        f'<article class="node node--type-person node--view-mode-full"><div class="person__header"><img src="'
        f'{u("/sites/default/files/styles/portrait/public/raman.jpg")}" alt="Priya Raman" width="240" height="300"><h1 '
        f'class="page-title">Priya Raman</h1><div class="field field--name-field-job-title">Head of Organisational '
        f'Development</div><div class="field field--name-field-department"><a href="https://www.hartwell.example/'
        f'libraries/administration">Library Administration</a></div></div><div class="person__contact"><p><a href="mailto:'
        f'praman@hartwell.example">praman@hartwell.example</a><br>(717) 555-0187<br>Main Library, Room 310</p></div><div '
        f'class="person__bio"><h2>Biography</h2><p>Priya leads staff development at the libraries, including the mentoring '
        f'program for new faculty librarians and the statewide e-mentoring network. Her interests are mentoring, '
        f'professional development and the use of social media for professional learning.</p></div></article>',
        '<meta property="og:type" content="profile" />', [("Staff directory", "/contact")])))
    docs.append(Doc("library.example", "/contact", "contact", 0, _lb(
        "Visit & contact", u, "path-node page-node-type-page",
        f'<article class="node node--type-page node--view-mode-full"><h1 class="page-title">Visit &amp; contact</h1><div '
        f'class="field field--name-body"><h2>Main Library</h2><p>200 College Ave, Hartwell, PA 17000</p><p>Phone: (717) '
        f'555-0142<br>Email: <a href="mailto:library@hartwell.example">library@hartwell.example</a></p><h2>Hours</h2>'
        f'<table class="hours"><tr><th>Monday&ndash;Thursday</th><td>7:30 am &ndash; 1 am</td></tr><tr><th>Friday</th><td>'
        f'7:30 am &ndash; 8 pm</td></tr><tr><th>Saturday&ndash;Sunday</th><td>10 am &ndash; 10 pm</td></tr></table><h2>'
        f'Staff directory</h2><ul><li><a href="{u("/staff/priya-raman")}">Priya Raman</a>, Head of Organisational '
        f'Development</li></ul><h2>Ask a librarian</h2><p>Chat with us, text (717) 555-0199, or send a question by email.'
        f'</p></div></article>', "", [])))
    docs.append(Doc("library.example", "/news/mentoring-week-2019", "error", 0, _lb(
        "Page not found", u, "path-node page-node-type-page page-not-found",
        '<article class="node node--type-page node--view-mode-full"><h1 class="page-title">Page not found</h1><div class="'
        'field field--name-body"><p>Sorry, the page you requested could not be found. It may have moved or been removed '
        'when we redesigned our website.</p><p>Try searching the site, or go to the <a href="/">libraries\' home page</a>.'
        '</p></div></article>', "", [])))
    home = (f'<div class="hu-hero"><h1 class="visually-hidden">{LB}</h1><div class="hu-hero__search"><form action="https://search.'
            f'hartwell.example/discovery" method="get"><label for="q">Search books, articles and more</label><input id="q" '
            f'name="q" type="search"><button type="submit">Search</button></form></div></div><div class="hu-quicklinks"><ul>'
            f'<li><a href="https://search.hartwell.example/databases">Databases A&ndash;Z</a></li><li><a href="https://guides.'
            f'hartwell.example/">Research guides</a></li><li><a href="https://ill.hartwell.example/">Interlibrary loan</a></li>'
            f'<li><a href="{u("/contact")}">Hours &amp; locations</a></li></ul></div><section class="hu-home-news"><h2>News'
            f'</h2>{_lb_view(LB_NEWS[:3], u)}<p><a href="{u("/news")}" class="more-link">All news</a> &middot; <a href="'
            f'{u("/news/category/staff-news")}">Staff news</a> &middot; <a href="{u("/news/category/events")}">Events</a> &middot; '
            f'<a href="{u("/news/category/services")}">Services</a></p></section><section class="hu-home-archive"><h2>From the '
            f'archive</h2><ul><li><a href="{u("/news/mentoring-week-2019")}">Mentoring Week 2019: a look back</a></li></ul>'
            f'</section>')
    docs.append(Doc("library.example", "/", "home", 0, _lb(
        "Home", u, "path-frontpage", home, f'<link rel="canonical" href="{u("/")}" /><meta property="og:type" content="website" />'
        + jsonld({"@context": "https://schema.org", "@type": "Library", "name": LB, "url": u("/")}))))
    return docs


# --- the whole web ----------------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page; ``url(host, path)`` makes the absolute URLs links use."""
    def on(host):
        return lambda path: url(host, path)

    links = {"a201": url("ojs.example", f"{JP}/article/view/201"), "t1": url("tt2.example", TT_POSTS[2].path),
             "s1": url("source.example", GH_POSTS[2].path), "e1": url("emporio.example", EM_POSTS[1].path),
             "c3": url("chirpy.example", CH_POSTS[0].path), "h1": url("stack.example", ST_POSTS[1].path),
             "u1": url("tumblr.example", TB_POSTS[1].path), "q1": url("quarto.example", QU_POSTS[0].path)}
    return (kadence(on("kadence.example"), links) + tt2(on("tt2.example")) + tumblr(on("tumblr.example"), links)
            + source(on("source.example"), links) + chirpy(on("chirpy.example"), links) + stack(on("stack.example"))
            + quarto(on("quarto.example"), links) + emporio(on("emporio.example")) + ojs(on("ojs.example"))
            + library(on("library.example"), links))


class LabelledWeb4(ServedWeb):
    """Web 4 served on loopback addresses (one per host, one port); the
    interface of :class:`tests.labelled_web.LabelledWeb`."""

    HOSTS = HOSTS
    START = START
    FIRST_ADDRESS = 120
    build = staticmethod(build)
