"""A fifth labelled web for the ranking, held out: ten hosts, templates none
of webs 1-4 use, words of its own (:mod:`tests.labelled_text5`, written
without reading the other webs' texts or page lists, scan's ranking or its
kinds).

Its labels were written, and committed, before scan was first run on it;
its first measure is in the commit that wired ``--web 5`` into
``bench/bench_ranking.py`` and in :mod:`tests.test_rank_web5`'s docstring.

Hosts and templates (from the markup the real platform serves, reduced):

* ``shelflife.example`` WordPress with the Astra theme, Yoast SEO's JSON-LD
  graph and a CookieYes banner: posts (with comments and Astra's related
  posts), the blog home and ``/page/2/``, a category, a tag, a search
  (``/?s=mentor``, linked from the sidebar's "popular searches"), a month's
  archive, the author's archive, About and Contact;
* ``stacks.example`` a Hashnode blog (Next.js; the post in ``article``,
  tags, the series page, a custom ``/about`` page);
* ``readingroom.example`` the Eleventy base blog (``/blog/<slug>/`` posts,
  ``/blog/`` archive, ``/tags/<tag>/``, ``/about/``, and a real 404 from its
  404 template behind a stale "Events" menu link);
* ``openshelf.example`` a Docusaurus 3 site with its blog (``/blog/<slug>``,
  the blog index and its ``/blog/page/2``, ``/blog/tags/<tag>``,
  ``/blog/archive``, ``/blog/authors/<key>``; the site's own home is ``/``);
* ``repository.example`` an EPrints 3 institutional repository (abstract
  pages ``/id/eprint/N/`` with ``citation_*`` and ``eprints.*`` tags, a PDF,
  the browse-by-year and browse-by-subject views, a creator's view, a saved
  simple search, the information page);
* ``jlp.example`` a Janeway journal (article pages ``/article/id/N/`` with
  ``citation_*`` and Dublin Core tags, a PDF galley, an issue's table of
  contents, the issue archive, About, Contact, the article search);
* ``fieldnotes.example`` a Micro.blog site (untitled microposts and one
  titled post, the home timeline of full posts, ``/archive/``, a category,
  ``/about/``);
* ``marginalia.example`` Pelican with the notmyidea theme (posts,
  ``index.html``, a category, a tag, ``archives.html``, an author page, a
  page, and a soft 404: an old post's address answering 200 with the site's
  404 page, as a misconfigured ``try_files`` does);
* ``earlycareer.example`` a Buttondown newsletter's public site (the
  subscribe page as home, ``/archive/``, issues);
* ``pretalx.example`` a pretalx conference schedule (the event's page,
  the schedule, the speaker list, a speaker's page, talks with their
  abstracts, a talk's slides as PDF).

Grades (as webs 1-4): 3 about the topic (librarians mentoring through
social media or online networks) throughout; 2 about it in good part (a
third of the text or more), or about mentoring without the social media, or
about learning through social media without the mentoring; 1 the topic's
words in passing (one sentence), or a short announcement dense with the
topic's words and nothing to read; 0 nothing, including off-topic pages
that use one of the topic's words for something else ("chat reference",
"our Facebook page", "mentor texts", "network printing", "co-occurrence
networks", students and TikTok). Pages that are not works (home, about,
contact, category, tag, search, listing, profile) and errors count 0
whatever they say.

Kind decisions for pages the other webs may lack:

* an EPrints abstract page of an item of type "article" is a
  ``journal-article`` (graded by its abstract); its PDF is a ``document``
  graded by its text;
* a Janeway article page is a ``journal-article``; its PDF galley a
  ``document``;
* an untitled Micro.blog post is the social ``post``; its titled post
  (a tidied-up thread with a title and permalink) is an ``article``; the
  Micro.blog home, a timeline of whole posts, is ``home``;
* a Buttondown issue is an ``article``; the round-up issue (two of its five
  annotated links on the topic, the rest not) is graded 2;
* a Janeway article on undergraduates and TikTok misinformation is 0:
  social media is its subject, but not as a place where librarians learn
  or mentor;
* a pretalx talk page (title, speakers, abstract) is an ``article`` graded
  by its abstract; the call for buddies is a short announcement dense with
  the topic's words (1); the talk's slides are a ``document``;
* the Docusaurus blog index ``/blog`` and its page 2, the Eleventy
  ``/blog/`` archive, the Hashnode series page, the pretalx schedule and
  speaker list, the EPrints year view are ``listing``; the EPrints subject
  view is ``category``; the EPrints creator view, the Docusaurus author page,
  the Astra author archive, the Pelican author page and the pretalx speaker
  page are ``profile``; the EPrints saved search, the Janeway article search
  and the Astra search are ``search``;
* the Eleventy 404 (status 404) and the Pelican soft 404 (status 200) are
  ``error``.

::

    with LabelledWeb5() as web:
        web.seeds          # each host's start page
        web.hosts_env      # SCAN_HOSTS for scan
        web.labels         # URL -> Label(kind, grade)
"""

from __future__ import annotations

import json
import zlib
from typing import Callable

from tests import labelled_text5 as T
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

HOSTS = ("shelflife.example", "stacks.example", "readingroom.example", "openshelf.example", "repository.example",
         "jlp.example", "fieldnotes.example", "marginalia.example", "earlycareer.example", "pretalx.example")
START = {"pretalx.example": "/nvl2025/"}

U = Callable[[str], str]


def _ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


# --- WordPress, Astra theme, Yoast SEO ---------------------------------------------------------------

ASTRA_SITE = "Shelf Life"
ASTRA_CSS = "/wp-content/themes/astra/assets/css/minified/main.min.css"
# slug -> (date, grade, tags)
ASTRA_POSTS = {
    "found-my-mentor-on-mastodon": ("2024-03-04", 3, ("mastodon", "new-librarians")),
    "twitter-chats-mentoring-early-career": ("2024-03-19", 3, ("mastodon", "twitter")),
    "what-makes-a-good-mentor": ("2024-02-12", 2, ("new-librarians",)),
    "summer-reading-wrap-up": ("2024-09-02", 1, ("reading",)),
    "chat-reference-at-night": ("2024-04-22", 0, ("reference",)),
    "facebook-page-reopening": ("2024-05-20", 0, ("branches",)),
}
ASTRA_CATS = {"found-my-mentor-on-mastodon": "mentoring", "twitter-chats-mentoring-early-career": "mentoring",
              "what-makes-a-good-mentor": "mentoring", "summer-reading-wrap-up": "branch-news",
              "chat-reference-at-night": "reference", "facebook-page-reopening": "branch-news"}


def _astra_path(slug: str) -> str:
    y, m, _ = ASTRA_POSTS[slug][0].split("-")
    return f"/{y}/{m}/{slug}/"


def _astra_newest() -> list[str]:
    return sorted(ASTRA_POSTS, key=lambda s: ASTRA_POSTS[s][0], reverse=True)


def _astra_head(u: U, title: str, path: str, og_type: str, graph: list, extra: str = "") -> str:
    url = u(path)
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="profile" '
            f'href="https://gmpg.org/xfn/11"><!-- This site is optimized with the Yoast SEO plugin v22.3 -->'
            f"<title>{esc(title)} - {ASTRA_SITE}</title>"
            f'<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="{url}">'
            f'<meta property="og:locale" content="en_GB"><meta property="og:type" content="{og_type}">'
            f'<meta property="og:title" content="{esc(title)} - {ASTRA_SITE}"><meta property="og:url" content="{url}">'
            f'<meta property="og:site_name" content="{ASTRA_SITE}"><meta name="twitter:card" '
            f'content="summary_large_image">{extra}'
            f'<script type="application/ld+json" class="yoast-schema-graph">'
            f'{json.dumps({"@context": "https://schema.org", "@graph": graph})}</script>'
            f"<!-- / Yoast SEO plugin. -->"
            f"<link rel='stylesheet' id='astra-theme-css-css' href='{u(ASTRA_CSS)}?ver=4.6.8' media='all'>"
            f'<meta name="generator" content="WordPress 6.4.3">'
            f"</head>")


def _astra_body(u: U, body_class: str, main: str) -> str:
    recent = "".join(f'<li><a href="{u(_astra_path(s))}">{esc(T.ASTRA[s][0])}</a></li>' for s in _astra_newest()[:5])
    return (f'<body itemtype="https://schema.org/WebPage" itemscope="itemscope" class="{body_class} '
            f'ast-desktop ast-separate-container ast-right-sidebar astra-4.6.8">'
            f'<a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
            f'<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 '
            f'ast-primary-menu-enabled ast-logo-title-inline" id="masthead" itemtype="https://schema.org/WPHeader" '
            f'itemscope="itemscope"><div class="main-header-bar-wrap"><div class="main-header-bar"><div '
            f'class="ast-container"><div class="ast-flex main-header-container"><div class="site-branding">'
            f'<div class="ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope">'
            f'<span class="site-title" itemprop="name"><a href="{u("/")}" rel="home" itemprop="url">{ASTRA_SITE}'
            f'</a></span><p class="site-description" itemprop="description">Notes from a public librarian</p>'
            f'</div></div><div class="ast-main-header-bar-alignment"><nav class="site-navigation ast-flex-grow-1 '
            f'navigation-accessibility" id="primary-site-navigation" aria-label="Site Navigation" '
            f'itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><ul id="primary-menu" '
            f'class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">'
            f'<li class="menu-item"><a href="{u("/")}" class="menu-link">Home</a></li>'
            f'<li class="menu-item"><a href="{u("/category/mentoring/")}" class="menu-link">Mentoring</a></li>'
            f'<li class="menu-item"><a href="{u("/about/")}" class="menu-link">About</a></li>'
            f'<li class="menu-item"><a href="{u("/contact/")}" class="menu-link">Contact</a></li></ul></nav></div>'
            f"</div></div></div></div></header>"
            f'<div id="content" class="site-content"><div class="ast-container">'
            f'<div id="primary" class="content-area primary"><main id="main" class="site-main">{main}</main></div>'
            f'<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" '
            f'itemscope="itemscope"><div class="sidebar-main" role="complementary">'
            f'<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" '
            f'action="{u("/")}"><label><span class="screen-reader-text">Search for:</span><input type="search" '
            f'class="search-field" placeholder="Search &hellip;" name="s"></label></form></aside>'
            f'<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts'
            f"</h2><nav aria-label=\"Recent Posts\"><ul>{recent}</ul></nav></aside>"
            f'<aside id="custom_html-3" class="widget_text widget widget_custom_html"><h2 class="widget-title">'
            f'Popular searches</h2><div class="textwidget custom-html-widget"><a href="{u("/?s=mentor")}">mentor</a>'
            f' &middot; <a href="{u("/tag/mastodon/")}">Mastodon</a></div></aside>'
            f'<aside id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>'
            f'<li><a href="{u("/2024/09/")}">September 2024</a></li><li><a href="{u("/2024/05/")}">May 2024</a></li>'
            f'<li><a href="{u("/2024/03/")}">March 2024</a></li></ul></aside>'
            f'<aside id="linkcat-2" class="widget widget_links"><h2 class="widget-title">Blogroll</h2><ul '
            f'class="xoxo blogroll"><li><a href="http://marginalia.example:{{port}}/">Marginalia</a></li>'
            f'<li><a href="http://earlycareer.example:{{port}}/">The Early Career Librarian</a></li></ul></aside>'
            f"</div></div></div></div>"
            f'<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope">'
            f'<div class="ast-small-footer footer-sml-layout-1"><div class="ast-footer-overlay"><div '
            f'class="ast-container"><div class="ast-small-footer-wrap"><div class="ast-small-footer-section '
            f'ast-small-footer-section-1">Copyright &copy; 2024 {ASTRA_SITE} | Powered by <a '
            f'href="https://wpastra.com/">Astra WordPress Theme</a></div></div></div></div></div></footer></div>'
            f'<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar">'
            f'<div class="cky-notice"><p class="cky-title">We value your privacy</p><div class="cky-notice-des">'
            f"<p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "
            f"\"Accept All\", you consent to our use of cookies.</p></div><div class=\"cky-notice-btn-wrapper\">"
            f'<button class="cky-btn cky-btn-reject">Reject All</button><button class="cky-btn cky-btn-accept">'
            f"Accept All</button></div></div></div></div></body></html>")


def _astra_graph(u: U, path: str, page_type: str, name: str, extra: list | None = None) -> list:
    url = u(path)
    return [{"@type": page_type, "@id": url, "url": url, "name": f"{name} - {ASTRA_SITE}",
             "isPartOf": {"@id": u("/") + "#website"}, "inLanguage": "en-GB"},
            {"@type": "WebSite", "@id": u("/") + "#website", "url": u("/"), "name": ASTRA_SITE,
             "potentialAction": [{"@type": "SearchAction", "target": u("/") + "?s={search_term_string}",
                                  "query-input": "required name=search_term_string"}]}] + (extra or [])


def astra_post(u: U, slug: str, port_fix) -> Doc:
    date, grade, tags = ASTRA_POSTS[slug]
    title, paras = T.ASTRA[slug]
    path = _astra_path(slug)
    cat = ASTRA_CATS[slug]
    article = {"@type": "Article", "@id": u(path) + "#article", "isPartOf": {"@id": u(path)},
               "author": {"name": "Priya Natarajan", "@id": u("/") + "#/schema/person/1"}, "headline": title,
               "datePublished": date + "T08:30:00+00:00", "dateModified": date + "T08:30:00+00:00",
               "wordCount": sum(len(p.split()) for p in paras), "articleSection": [cat.replace("-", " ").title()],
               "publisher": {"@id": u("/") + "#organization"}}
    person = {"@type": "Person", "@id": u("/") + "#/schema/person/1", "name": "Priya Natarajan",
              "url": u("/author/priya/")}
    head = _astra_head(u, title, path, "article", _astra_graph(u, path, "WebPage", title, [article, person]),
                       f'<meta property="article:published_time" content="{date}T08:30:00+00:00">'
                       f'<meta name="author" content="Priya Natarajan"><meta name="twitter:label1" '
                       f'content="Written by"><meta name="twitter:data1" content="Priya Natarajan">')
    related = [s for s in _astra_newest() if s != slug][:3]
    tag_links = ", ".join(f'<a href="{u("/tag/" + t + "/")}" rel="tag">{t.replace("-", " ")}</a>' for t in tags)
    main = (f'<article class="post-{100 + len(slug)} post type-post status-publish format-standard hentry '
            f'category-{cat} ast-article-single" id="post-{100 + len(slug)}" itemtype="https://schema.org/'
            f'CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">'
            f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(title)}</h1>'
            f'<div class="entry-meta">By <span class="posted-by vcard author" itemtype="https://schema.org/Person" '
            f'itemscope="itemscope" itemprop="author"><a title="View all posts by Priya Natarajan" '
            f'href="{u("/author/priya/")}" rel="author" class="url fn n" itemprop="url"><span class="author-name" '
            f'itemprop="name">Priya Natarajan</span></a></span> / <span class="posted-on"><span class="published" '
            f'itemprop="datePublished">{date}</span></span> / <span class="cat-links"><a href="'
            f'{u("/category/" + cat + "/")}" rel="category tag">{cat.replace("-", " ").title()}</a></span></div>'
            f'</header><div class="entry-content clear" itemprop="text">{ps(paras)}</div></div>'
            f'<footer class="entry-footer"><span class="tags-links">Tags: {tag_links}</span></footer></article>'
            f'<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div '
            f'class="nav-previous"><a href="{u(_astra_path(related[0]))}" rel="prev"><span '
            f'class="ast-left-arrow">&larr;</span> Previous Post</a></div></div></nav>'
            f'<div class="ast-single-related-posts-container"><div class="ast-related-posts-title-section"><h2 '
            f'class="ast-related-posts-title">Related Posts</h2></div><div class="ast-related-posts-wrapper">'
            + "".join(f'<article class="ast-related-post"><div class="ast-related-post-content"><header '
                      f'class="entry-header related-entry-header"><h3 class="ast-related-post-title entry-title">'
                      f'<a href="{u(_astra_path(r))}" rel="bookmark">{esc(T.ASTRA[r][0])}</a></h3></header>'
                      f'<div class="entry-content clear"><p class="ast-related-post-excerpt entry-content clear">'
                      f"{cut(T.ASTRA[r][1][0], 110)}</p></div></div></article>" for r in related)
            + '</div></div><div id="comments" class="comments-area comment-form-position-below">'
              '<h3 class="comments-title">2 thoughts on &ldquo;' + esc(title) + '&rdquo;</h3>'
              '<ol class="ast-comment-list"><li class="comment even thread-even depth-1" id="li-comment-41">'
              '<article id="comment-41" class="ast-comment"><div class="ast-comment-info"><header '
              'class="ast-comment-meta"><div class="ast-comment-cite-wrap ast-col-lg-12"><cite><b class="fn">'
              "Marjorie</b></cite></div></header></div><section class=\"ast-comment-content comment\"><p>Lovely "
              "post, thank you. Sharing with our new staff.</p></section></article></li>"
              '<li class="comment odd depth-1" id="li-comment-42"><article id="comment-42" class="ast-comment">'
              '<div class="ast-comment-info"><header class="ast-comment-meta"><cite><b class="fn">Will</b></cite>'
              '</header></div><section class="ast-comment-content comment"><p>Where do I find the mentoring '
              "hashtag you mentioned? I am two months into my first job.</p></section></article></li></ol>"
              '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a '
              'Comment</h3><form action="/wp-comments-post.php" method="post" id="ast-commentform" '
              'class="comment-form"><textarea id="comment" name="comment"></textarea></form></div></div>')
    body = _astra_body(u, "post-template-default single single-post single-format-standard", main)
    return Doc("shelflife.example", path, "article", grade, port_fix(head + body))


def _astra_list(u: U, slugs: list[str], header: str, pager: str = "") -> str:
    items = []
    for s in slugs:
        date = ASTRA_POSTS[s][0]
        title, paras = T.ASTRA[s]
        items.append(f'<article class="post type-post status-publish format-standard hentry ast-article-post" '
                     f'itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- '
                     f'blog-layout-1 ast-no-date-box"><div class="post-content ast-col-md-12"><header '
                     f'class="entry-header"><h2 class="entry-title" itemprop="headline"><a href="'
                     f'{u(_astra_path(s))}" rel="bookmark">{esc(title)}</a></h2><div class="entry-meta">By '
                     f'<a href="{u("/author/priya/")}">Priya Natarajan</a> / <span class="published">{date}</span>'
                     f'</div></header><div class="ast-excerpt-container ast-blog-single-element"><p>'
                     f'{cut(paras[0], 240)}</p></div><p class="read-more"><a class="ast-button" href="'
                     f'{u(_astra_path(s))}"><span class="screen-reader-text">{esc(title)}</span>Read More &raquo;'
                     f"</a></p></div></div></article>")
    return f'{header}<div class="ast-row">{"".join(items)}</div>{pager}'


def astra(u: U, port_fix) -> list[Doc]:
    docs = [astra_post(u, s, port_fix) for s in ASTRA_POSTS]
    newest = _astra_newest()

    def listing(path, kind, title, slugs, body_class, page_type="CollectionPage", header="", pager="",
                extra_head=""):
        head = _astra_head(u, title, path, "website", _astra_graph(u, path, page_type, title), extra_head)
        return Doc("shelflife.example", path, kind, 0,
                   port_fix(head + _astra_body(u, body_class, _astra_list(u, slugs, header, pager))))

    pager = (f'<nav class="ast-pagination" aria-label="Posts"><div class="nav-links"><span aria-current="page" '
             f'class="page-numbers current">1</span><a class="page-numbers" href="{u("/page/2/")}">2</a><a '
             f'class="next page-numbers" href="{u("/page/2/")}">Next Page &rarr;</a></div></nav>')
    pager2 = (f'<nav class="ast-pagination" aria-label="Posts"><div class="nav-links"><a class="prev page-numbers" '
              f'href="{u("/")}">&larr; Previous Page</a><a class="page-numbers" href="{u("/")}">1</a><span '
              f'class="page-numbers current">2</span></div></nav>')
    mentoring = [s for s in newest if ASTRA_CATS[s] == "mentoring"]
    docs += [
        listing("/", "home", ASTRA_SITE, newest[:4], "home blog", pager=pager,
                extra_head=f'<link rel="next" href="{u("/page/2/")}">'),
        listing("/page/2/", "listing", "Page 2 of 2", newest[4:], "home blog paged paged-2", pager=pager2,
                extra_head=f'<link rel="prev" href="{u("/")}">'),
        listing("/category/mentoring/", "category", "Mentoring Archives", mentoring, "archive category "
                "category-mentoring", header='<section class="ast-archive-description"><h1 class="page-title '
                'ast-archive-title">Mentoring</h1><p>Posts about finding a mentor, being a mentor, and the '
                "mentoring that happens on Mastodon, LinkedIn and in hashtag chats.</p></section>"),
        listing("/tag/mastodon/", "tag", "Mastodon Archives", [s for s in newest if "mastodon" in ASTRA_POSTS[s][2]],
                "archive tag tag-mastodon", header='<section class="ast-archive-description"><h1 class="page-title '
                'ast-archive-title">Mastodon</h1></section>'),
        listing("/?s=mentor", "search", "You searched for mentor", mentoring + ["summer-reading-wrap-up"],
                "search search-results", page_type="SearchResultsPage",
                header='<section class="ast-archive-description"><h1 class="page-title ast-archive-title">Search '
                       "Results for: <span>mentor</span></h1></section>",
                extra_head='<meta name="robots" content="noindex, follow">'),
        listing("/2024/03/", "listing", "March 2024", [s for s in newest if ASTRA_POSTS[s][0].startswith("2024-03")],
                "archive date", header='<section class="ast-archive-description"><h1 class="page-title '
                'ast-archive-title">Month: <span>March 2024</span></h1></section>'),
        listing("/author/priya/", "profile", "Priya Natarajan, Author at Shelf Life", newest,
                "archive author author-priya", page_type="ProfilePage",
                header='<section class="ast-author-box ast-archive-description"><div class="ast-author-bio"><h1 '
                       'class="page-title ast-archive-title">Priya Natarajan</h1><p>Public librarian. Writes about '
                       "reading, branch libraries and how new librarians find mentors online.</p></div></section>"),
    ]
    for path, kind, title, paras, page_type in (
            ("/about/", "about", "About", T.ASTRA_ABOUT, "AboutPage"),
            ("/contact/", "contact", "Contact", ("Want to get in touch about a post, a mentoring question or a "
                                                 "talk? Use the form below; I answer within a week.",), "ContactPage")):
        form = ('<div class="wpforms-container"><form id="wpforms-form-52" class="wpforms-form" method="post">'
                '<input type="text" name="wpforms[fields][0]"><input type="email" name="wpforms[fields][1]">'
                '<textarea name="wpforms[fields][2]"></textarea><button type="submit">Send</button></form></div>'
                if kind == "contact" else "")
        main = (f'<article class="post-{len(path)} page type-page status-publish ast-article-single" '
                f'itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><header class="entry-header">'
                f'<h1 class="entry-title" itemprop="headline">{title}</h1></header><div class="entry-content clear" '
                f'itemprop="text">{ps(paras)}{form}</div></article>')
        docs.append(Doc("shelflife.example", path, kind, 0, port_fix(
            _astra_head(u, title, path, "article", _astra_graph(u, path, page_type, title))
            + _astra_body(u, "page-template-default page", main))))
    return docs


# --- Hashnode -------------------------------------------------------------------------------------------

HN_SITE = "Stacks and Scripts"
HN_POSTS = {  # slug -> (date, grade, tags)
    "group-chat-new-librarians": ("2024-01-16", 3, ("mentorship", "careers")),
    "learning-in-public-cataloguing": ("2023-11-02", 2, ("metadata", "careers")),
    "migrating-to-folio": ("2023-09-12", 1, ("folio", "ils")),
    "self-hosting-koha": ("2023-06-30", 0, ("koha", "ils")),
}


def _hn(u: U, title: str, main: str, head: str = "") -> bytes:
    data = json.dumps({"props": {"pageProps": {"publication": {"title": HN_SITE, "url": u("/")}}},
                       "page": "/[...slug]", "buildId": "x7Kq2"})
    return (f'<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" '
            f'content="width=device-width"><title>{esc(title)}</title><meta property="og:site_name" '
            f'content="{HN_SITE}"><meta name="twitter:card" content="summary_large_image">'
            f'<link rel="alternate" type="application/rss+xml" href="{u("/rss.xml")}">{head}</head>'
            f'<body><div id="__next"><div class="blog-page-wrapper"><header class="blog-header border-b"><div '
            f'class="container mx-auto px-2"><a aria-label="{HN_SITE} home page" href="{u("/")}" class="font-heading '
            f'text-2xl font-semibold">{HN_SITE}</a><nav class="blog-sub-header"><ul><li><a href="{u("/")}">Home</a>'
            f'</li><li><a href="{u("/series/library-careers")}">Library careers</a></li><li><a href="{u("/about")}">'
            f'About</a></li><li><a href="{u("/newsletter")}">Newsletter</a></li></ul></nav></div></header>'
            f'<main class="blog-content">{main}</main><footer class="blog-footer-area"><div class="container">'
            f'<p>&copy; 2024 {HN_SITE}</p><p><a href="https://hashnode.com/privacy">Privacy</a> &middot; '
            f'<a href="https://hashnode.com/terms">Terms</a></p><p>Powered by <a href="https://hashnode.com/">'
            f"Hashnode</a> - Home for tech writers and readers</p></div></footer></div></div>"
            f'<script id="__NEXT_DATA__" type="application/json">{data}</script></body></html>').encode()


def _hn_cards(u: U, slugs) -> str:
    return "".join(
        f'<div class="blog-article-card flex flex-col gap-4 border-b"><h2 class="font-heading text-xl font-bold">'
        f'<a href="{u("/" + s)}">{esc(T.HASHNODE[s][0])}</a></h2><a href="{u("/" + s)}" class="text-slate-500">'
        f"<p>{cut(T.HASHNODE[s][1][0], 180)}</p></a><p class=\"text-sm\"><span>{HN_POSTS[s][0]}</span> &middot; "
        f"<span>5 min read</span></p></div>" for s in slugs)


def hashnode(u: U) -> list[Doc]:
    docs = []
    for slug, (date, grade, tags) in HN_POSTS.items():
        title, paras = T.HASHNODE[slug]
        ld = {"@context": "https://schema.org/", "@type": "BlogPosting", "headline": title,
              "url": u("/" + slug), "datePublished": date + "T10:12:00.000Z",
              "author": {"@type": "Person", "name": "Jonah Reyes", "url": "https://hashnode.com/@jreyes"},
              "publisher": {"@type": "Organization", "name": HN_SITE}}
        head = (f'<meta name="description" content="{esc(paras[0][:155])}"><meta property="og:title" '
                f'content="{esc(title)}"><meta property="og:type" content="article"><meta property="og:url" '
                f'content="{u("/" + slug)}"><link rel="canonical" href="{u("/" + slug)}">{_ld(ld)}')
        tag_links = "".join(f'<a href="{u("/tag/" + t)}" class="rounded-lg border px-2 py-1">{t}</a>' for t in tags)
        main = (f'<article class="flex flex-col items-start"><div class="relative z-10 mb-8 md:mb-14"><h1 '
                f'class="font-heading text-3xl font-bold md:text-5xl">{esc(title)}</h1></div><div class="mb-8 '
                f'flex items-center"><a href="https://hashnode.com/@jreyes" class="font-semibold">Jonah Reyes</a>'
                f'<span class="mx-2">&middot;</span><time dateTime="{date}T10:12:00.000Z">{date}</time></div>'
                f'<div id="post-content-parent" class="relative mb-10 pb-14"><div id="post-content-wrapper" '
                f'class="prose prose-lg mx-auto mb-10 break-words dark:prose-dark">{ps(paras)}</div></div>'
                f'<div class="mb-5 flex flex-wrap gap-2">{tag_links}</div></article>'
                f'<section class="border-t"><h2>More from this blog</h2>'
                f'{_hn_cards(u, [s for s in HN_POSTS if s != slug][:2])}</section>'
                f'<section id="comments" class="comments"><h3>Comments (1)</h3><div class="comment"><p>'
                f"<b>Ruth K.</b> Thanks for writing this up, bookmarking it.</p></div></section>")
        docs.append(Doc("stacks.example", "/" + slug, "article", grade, _hn(u, f"{title}", main, head)))
    home_main = (f'<section class="blog-hero"><h1 class="sr-only">{HN_SITE}</h1><p>Library systems, metadata and '
                 f"how library people learn tech from each other online. Latest: a group chat that became my "
                 f"mentoring network.</p></section><section class=\"blog-articles\">{_hn_cards(u, HN_POSTS)}"
                 f'</section><p><a href="{u("/tag/mentorship")}">#mentorship</a> &middot; Friends: <a '
                 f'href="http://readingroom.example:{{port}}/">The Reading Room Notebook</a></p>')
    docs.append(Doc("stacks.example", "/", "home", 0, _hn(u, HN_SITE, home_main, '<meta property="og:type" '
                                                                                  'content="website">')))
    docs.append(Doc("stacks.example", "/tag/mentorship", "tag", 0, _hn(
        u, f"#mentorship on {HN_SITE}", f'<div class="blog-tag-header"><h1>#mentorship</h1><p>1 article</p></div>'
                                        f'{_hn_cards(u, ["group-chat-new-librarians"])}')))
    docs.append(Doc("stacks.example", "/series/library-careers", "listing", 0, _hn(
        u, f"Library careers - {HN_SITE}", f'<div class="blog-series-header"><h1>Library careers</h1><p>Posts on '
                                           f"getting into library tech: mentors, group chats, learning in public."
                                           f"</p></div>{_hn_cards(u, list(HN_POSTS)[:2])}")))
    docs.append(Doc("stacks.example", "/about", "about", 0, _hn(
        u, f"About - {HN_SITE}", f'<div class="blog-page-content prose"><h1>About</h1>{ps(T.HASHNODE_ABOUT)}</div>')))
    return docs


# --- the Eleventy base blog -------------------------------------------------------------------------------

EL_SITE = "The Reading Room Notebook"
EL_POSTS = {  # slug -> (date, grade, tags)
    "reverse-mentoring-linkedin": ("2024-04-08", 3, ("mentoring", "social media")),
    "mentor-texts-persuasive-writing": ("2024-02-20", 0, ("teaching",)),
    "notes-from-lilac": ("2024-03-28", 2, ("conferences", "mentoring")),
    "libmentor-chat-thursday": ("2024-05-06", 1, ("mentoring",)),
}


def _el(u: U, title: str, main: str, head: str = "") -> bytes:
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1.0"><title>{esc(title)}</title><meta name="description" '
            f'content="Session plans, conference notes and mentoring for teaching librarians.">'
            f'<link rel="alternate" href="{u("/feed/feed.xml")}" type="application/atom+xml" title="{EL_SITE}">'
            f'<meta name="generator" content="Eleventy v3.0.0">{head}</head><body>'
            f'<a href="#skip" class="visually-hidden">Skip to main content</a><header><a href="{u("/")}" '
            f'class="home-link">{EL_SITE}</a><nav><h2 class="visually-hidden" id="top-level-navigation-menu">Top '
            f'level navigation menu</h2><ul class="nav"><li class="nav-item"><a href="{u("/")}">Home</a></li>'
            f'<li class="nav-item"><a href="{u("/blog/")}">Archive</a></li><li class="nav-item"><a '
            f'href="{u("/about/")}">About</a></li><li class="nav-item"><a href="{u("/events/")}">Events</a></li>'
            f'</ul></nav></header><main id="skip"><heading-anchors>{main}</heading-anchors></main>'
            f'<footer><p><em>Built with <a href="https://www.11ty.dev/">Eleventy v3.0.0</a></em></p></footer>'
            f"</body></html>").encode()


def _el_postlist(u: U, slugs) -> str:
    return ('<ol reversed class="postlist">' + "".join(
        f'<li class="postlist-item"><a href="{u("/blog/" + s + "/")}" class="postlist-link">{esc(T.ELEVENTY[s][0])}'
        f'</a><time class="postlist-date" datetime="{EL_POSTS[s][0]}">{EL_POSTS[s][0]}</time></li>' for s in slugs)
            + "</ol>")


def eleventy(u: U) -> list[Doc]:
    docs = []
    newest = sorted(EL_POSTS, key=lambda s: EL_POSTS[s][0], reverse=True)
    for slug, (date, grade, tags) in EL_POSTS.items():
        title, paras = T.ELEVENTY[slug]
        i = newest.index(slug)
        nav = ""
        if i + 1 < len(newest):
            nav += f'<li class="links-nextprev-prev">Previous<br> <a href="{u("/blog/" + newest[i + 1] + "/")}">' \
                   f"{esc(T.ELEVENTY[newest[i + 1]][0])}</a></li>"
        if i > 0:
            nav += f'<li class="links-nextprev-next">Next<br> <a href="{u("/blog/" + newest[i - 1] + "/")}">' \
                   f"{esc(T.ELEVENTY[newest[i - 1]][0])}</a></li>"
        tag_links = "".join(f'<li><a href="{u("/tags/" + t.replace(" ", "-") + "/")}" class="post-tag">{t}</a></li>'
                            for t in tags)
        main = (f'<h1 id="{slug}">{esc(title)}</h1><ul class="post-metadata"><li><time datetime="{date}">{date}'
                f"</time></li>{tag_links}</ul>{ps(paras)}<ul class=\"links-nextprev\">{nav}</ul>")
        docs.append(Doc("readingroom.example", f"/blog/{slug}/", "article", grade, _el(u, title, main)))
    docs.append(Doc("readingroom.example", "/", "home", 0, _el(
        u, EL_SITE, f"<h1>Latest {len(newest)} Posts</h1>{_el_postlist(u, newest)}<p>More posts can be found in "
                    f'<a href="{u("/blog/")}">the archive</a>.</p><p>Elsewhere: <a href="'
                    f'http://openshelf.example:{{port}}/blog">the OpenShelf blog</a> on its mentoring programme.</p>')))
    docs.append(Doc("readingroom.example", "/blog/", "listing", 0, _el(
        u, f"Archive - {EL_SITE}", f"<h1>Archive</h1>{_el_postlist(u, newest)}")))
    docs.append(Doc("readingroom.example", "/tags/mentoring/", "tag", 0, _el(
        u, f"mentoring - {EL_SITE}", f'<h1>Tagged &ldquo;mentoring&rdquo;</h1>'
                                     f'{_el_postlist(u, [s for s in newest if "mentoring" in EL_POSTS[s][2]])}'
                                     f'<p>See <a href="{u("/tags/")}">all tags</a>.</p>')))
    docs.append(Doc("readingroom.example", "/about/", "about", 0, _el(
        u, f"About - {EL_SITE}", f"<h1>About</h1>{ps(T.ELEVENTY_ABOUT)}")))
    docs.append(Doc("readingroom.example", "/events/", "error", 0, _el(
        u, "Not found", f'<h1>Content not found.</h1><p>Go <a href="{u("/")}">home</a>.</p>'
                        "<!-- GitHub Pages and Netlify will automatically serve this 404.html in the root directory "
                        "-->"), status=404))
    return docs


# --- Docusaurus blog --------------------------------------------------------------------------------------

DOC_SITE = "OpenShelf"
DOC_POSTS = {  # slug -> (date, grade, author key, tags)
    "slack-mentoring-programme": ("2024-02-14", 3, "ana", ("mentoring", "community")),
    "one-year-of-libmentor": ("2024-06-03", 3, "ana", ("mentoring", "community")),
    "buddy-system-onboarding": ("2023-11-20", 2, "kwame", ("community",)),
    "release-2-3": ("2024-04-30", 0, "kwame", ("release",)),
}
DOC_AUTHORS = {"ana": ("Ana Moretti", "Community manager, OpenShelf"),
               "kwame": ("Kwame Mensah", "Maintainer")}


def _doc(u: U, title: str, main: str, head: str = "", html_class: str = "blog-wrapper", sidebar: bool = True) -> bytes:
    newest = sorted(DOC_POSTS, key=lambda s: DOC_POSTS[s][0], reverse=True)
    side = ('<aside class="col col--3"><nav class="sidebar_re4s thin-scrollbar" aria-label="Blog recent posts '
            'navigation"><div class="sidebarItemTitle_pO2u margin-bottom--md">Recent posts</div><ul '
            'class="sidebarItemList_Yudw clean-list">' + "".join(
                f'<li class="sidebarItem__DBe"><a class="sidebarItemLink_mo7H" href="{u("/blog/" + s)}">'
                f"{esc(T.DOCUSAURUS[s][0])}</a></li>" for s in newest) + "</ul></nav></aside>") if sidebar else ""
    return (f'<!doctype html><html lang="en" dir="ltr" class="{html_class} plugin-blog plugin-id-default" '
            f'data-theme="light"><head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.5.2">'
            f"<title data-rh=\"true\">{esc(title)} | {DOC_SITE}</title><meta data-rh=\"true\" property=\"og:title\" "
            f'content="{esc(title)} | {DOC_SITE}"><meta data-rh="true" name="twitter:card" '
            f'content="summary_large_image"><link rel="alternate" type="application/rss+xml" href="'
            f'{u("/blog/rss.xml")}" title="{DOC_SITE} RSS Feed">{head}</head><body class="navigation-with-keyboard">'
            f'<div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" '
            f'href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div><nav aria-label="Main" '
            f'class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a '
            f'class="navbar__brand" href="{u("/")}"><b class="navbar__title text--truncate">{DOC_SITE}</b></a><a '
            f'class="navbar__item navbar__link" href="{u("/docs/intro")}">Docs</a><a aria-current="page" '
            f'class="navbar__item navbar__link navbar__link--active" href="{u("/blog")}">Blog</a></div></div></nav>'
            f'<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div '
            f'class="container margin-vert--lg"><div class="row">{side}<main class="col col--7">{main}</main></div>'
            f'</div></div><footer class="footer footer--dark"><div class="container container-fluid"><div '
            f'class="row footer__links"><div class="col footer__col"><div class="footer__title">Community</div><ul '
            f'class="footer__items clean-list"><li class="footer__item"><a href="{u("/blog/tags/mentoring")}" '
            f'class="footer__link-item">Mentoring programme</a></li><li class="footer__item"><a '
            f'href="{u("/blog/archive")}" class="footer__link-item">Blog archive</a></li></ul></div></div><div '
            f'class="footer__bottom text--center"><div class="footer__copyright">Copyright &copy; 2024 OpenShelf '
            f"contributors. Built with Docusaurus.</div></div></div></footer></div></body></html>").encode()


def _doc_author(u: U, key: str) -> str:
    name, role = DOC_AUTHORS[key]
    return (f'<div class="avatar margin-bottom--sm"><div class="avatar__intro authorDetails_lV9A" itemprop="author" '
            f'itemscope itemtype="https://schema.org/Person"><div class="avatar__name"><a href="'
            f'{u("/blog/authors/" + key)}" itemprop="url"><span class="authorName_yefp" itemprop="name">{name}</span>'
            f'</a></div><small class="authorTitle_nd0D" title="{role}">{role}</small></div></div>')


def _doc_teaser(u: U, slug: str) -> str:
    date, _, author, _ = DOC_POSTS[slug]
    title, paras = T.DOCUSAURUS[slug]
    return (f'<article class="margin-bottom--xl" itemprop="blogPost" itemscope itemtype="https://schema.org/'
            f'BlogPosting"><header><h2 class="title_f1Hy" itemprop="headline"><a itemprop="url" href="'
            f'{u("/blog/" + slug)}">{esc(title)}</a></h2><div class="container_mt6G margin-vert--md"><time '
            f'datetime="{date}T00:00:00.000Z" itemprop="datePublished">{date}</time></div>'
            f'<div class="margin-top--md margin-bottom--sm row"><div class="col col--6 authorCol_Hf19">'
            f'{_doc_author(u, author)}</div></div></header><div class="markdown" itemprop="articleBody"><p>'
            f'{esc(paras[0])}</p></div><footer class="row docusaurus-mt-lg"><div class="col text--right col--3"><a '
            f'aria-label="Read more about {esc(title)}" href="{u("/blog/" + slug)}"><b>Read more</b></a></div>'
            f"</footer></article>")


def docusaurus(u: U) -> list[Doc]:
    docs = []
    newest = sorted(DOC_POSTS, key=lambda s: DOC_POSTS[s][0], reverse=True)
    for slug, (date, grade, author, tags) in DOC_POSTS.items():
        title, paras = T.DOCUSAURUS[slug]
        head = (f'<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" '
                f'property="article:published_time" content="{date}T00:00:00.000Z"><meta data-rh="true" '
                f'name="description" content="{esc(paras[0][:150])}">'
                + "".join(f'<meta data-rh="true" property="article:tag" content="{t}">' for t in tags)
                + _ld({"@context": "https://schema.org", "@type": "BlogPosting", "@id": u("/blog/" + slug),
                       "mainEntityOfPage": u("/blog/" + slug), "url": u("/blog/" + slug), "headline": title,
                       "name": title, "datePublished": date + "T00:00:00.000Z",
                       "author": {"@type": "Person", "name": DOC_AUTHORS[author][0]},
                       "keywords": list(tags), "isPartOf": {"@type": "Blog", "@id": u("/blog"),
                                                            "name": "Blog"}}))
        tag_links = "".join(f'<li class="tag_QGVx"><a class="tag_zVej tagRegular_sFm0" href="{u("/blog/tags/" + t)}">'
                            f"{t}</a></li>" for t in tags)
        main = (f'<article itemscope itemtype="https://schema.org/BlogPosting"><header><h1 class="title_f1Hy" '
                f'itemprop="headline">{esc(title)}</h1><div class="container_mt6G margin-vert--md"><time '
                f'datetime="{date}T00:00:00.000Z" itemprop="datePublished">{date}</time> &middot; 3 min read</div>'
                f'<div class="margin-top--md margin-bottom--sm row"><div class="col col--6 authorCol_Hf19">'
                f'{_doc_author(u, author)}</div></div></header><div id="__blog-post-container" class="markdown" '
                f'itemprop="articleBody">{ps(paras)}</div><footer class="row docusaurus-mt-lg blogPostFooterDetailsFull'
                f'_mRVl"><div class="col"><b>Tags:</b><ul class="tags_jXut padding--none margin-left--sm">{tag_links}'
                f'</ul></div></footer></article><nav class="pagination-nav docusaurus-mt-lg" aria-label="Blog post '
                f'page navigation"><a class="pagination-nav__link pagination-nav__link--next" href="'
                f'{u("/blog/" + newest[(newest.index(slug) + 1) % len(newest)])}"><div class="pagination-nav__'
                f'sublabel">Older post</div></a></nav>')
        docs.append(Doc("openshelf.example", "/blog/" + slug, "article", grade,
                        _doc(u, title, main, head, "blog-wrapper blog-post-page")))
    pager = (f'<nav class="pagination-nav" aria-label="Blog list page navigation"><a class="pagination-nav__link '
             f'pagination-nav__link--next" href="{u("/blog/page/2")}"><div class="pagination-nav__label">Older '
             f"entries</div></a></nav>")
    pager2 = (f'<nav class="pagination-nav" aria-label="Blog list page navigation"><a class="pagination-nav__link '
              f'pagination-nav__link--prev" href="{u("/blog")}"><div class="pagination-nav__label">Newer entries'
              f"</div></a></nav>")
    docs.append(Doc("openshelf.example", "/blog", "listing", 0, _doc(
        u, "Blog", "".join(_doc_teaser(u, s) for s in newest[:3]) + pager,
        '<meta data-rh="true" property="og:type" content="website">', "blog-wrapper blog-list-page")))
    docs.append(Doc("openshelf.example", "/blog/page/2", "listing", 0, _doc(
        u, "Blog", "".join(_doc_teaser(u, s) for s in newest[3:]) + pager2, "", "blog-wrapper blog-list-page")))
    tagged = [s for s in newest if "mentoring" in DOC_POSTS[s][3]]
    docs.append(Doc("openshelf.example", "/blog/tags/mentoring", "tag", 0, _doc(
        u, f'{len(tagged)} posts tagged with "mentoring"',
        f'<header class="margin-bottom--xl"><h1>{len(tagged)} posts tagged with &quot;mentoring&quot;</h1><a '
        f'href="{u("/blog/tags")}">View All Tags</a></header>' + "".join(_doc_teaser(u, s) for s in tagged), "",
        "blog-wrapper blog-tags-post-list-page")))
    years = "".join(f'<li><a href="{u("/blog/" + s)}"><time datetime="{DOC_POSTS[s][0]}">{DOC_POSTS[s][0]}</time> '
                    f"- {esc(T.DOCUSAURUS[s][0])}</a></li>" for s in newest)
    docs.append(Doc("openshelf.example", "/blog/archive", "listing", 0, _doc(
        u, "Archive", f'<header class="hero hero--primary"><div class="container"><h1 class="hero__title">Archive'
                      f'</h1><p class="hero__subtitle">Archive</p></div></header><section class="margin-vert--lg">'
                      f'<div class="container"><div class="row"><div class="col col--4 margin-vert--lg"><h3>2024</h3>'
                      f"<ul>{years}</ul></div></div></div></section>", "", "blog-wrapper blog-archive-page",
        sidebar=False)))
    ana = [s for s in newest if DOC_POSTS[s][2] == "ana"]
    docs.append(Doc("openshelf.example", "/blog/authors/ana", "profile", 0, _doc(
        u, "Ana Moretti - 2 posts", f'<header class="margin-bottom--xl"><div class="avatar"><div '
                                    f'class="avatar__intro"><h1 class="avatar__name">Ana Moretti</h1><small>Community '
                                    f"manager, OpenShelf. Runs the contributor mentoring programme and the #LibMentor "
                                    f"chats.</small></div></div></header>" + "".join(_doc_teaser(u, s) for s in ana),
        "", "blog-wrapper blog-authors-posts-page")))
    docs.append(Doc("openshelf.example", "/", "home", 0, _doc(
        u, "Open source discovery for libraries",
        f'<header class="hero hero--primary heroBanner_qdFl"><div class="container"><h1 class="hero__title">'
        f'{DOC_SITE}</h1><p class="hero__subtitle">Open source discovery for libraries</p><div class="buttons_AeoN">'
        f'<a class="button button--secondary button--lg" href="{u("/docs/intro")}">Get started</a></div></div>'
        f'</header><main><section class="features_t9lD"><div class="container"><div class="row"><div class="col '
        f'col--4"><h3>Built by libraries</h3><p>Two hundred contributors from library staff.</p></div><div '
        f'class="col col--4"><h3>Mentored contributors</h3><p>New contributors get a mentor from another library. '
        f'<a href="{u("/blog/slack-mentoring-programme")}">Read about the programme</a>.</p></div></div></div>'
        f'</section><p><a href="{u("/blog")}">From the blog</a></p></main>', "", "plugin-pages", sidebar=False)))
    return docs


# --- EPrints 3 ---------------------------------------------------------------------------------------------

EP_SITE = "Lakeside Research Repository"
FIELD_PARA = ' class="ep_field_para"'
EP_GRADES = {1204: 3, 1187: 2, 1230: 0}
EP_YEAR = {1204: "2021", 1187: "2021", 1230: "2022"}


def _ep(u: U, title: str, main: str, head: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            f'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml">'
            f'<head><meta http-equiv="X-UA-Compatible" content="IE=edge" /><title>{esc(title)} - {EP_SITE}</title>'
            f'<link rel="icon" href="/favicon.ico" type="image/x-icon" /><link rel="Top" href="{u("/")}" />'
            f'<link rel="Search" href="{u("/cgi/search")}" />{head}<meta name="Generator" content="EPrints 3.4.5" />'
            f'<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body><div '
            f'class="ep_tm_header ep_noprint"><div class="ep_tm_site_logo"><a href="{u("/")}" title="{EP_SITE}">'
            f'<img alt="{EP_SITE}" src="/images/sitelogo.png" /></a></div><ul class="ep_tm_menu"><li><a href="'
            f'{u("/")}">Home</a></li><li><a href="{u("/information.html")}">About</a></li><li><a href="'
            f'{u("/view/year/")}">Browse by Year</a></li><li><a href="{u("/view/subjects/")}">Browse by Subject</a>'
            f'</li></ul><table class="ep_tm_searchbar"><tr><td><form method="get" action="{u("/cgi/search/simple")}">'
            f'<input class="ep_tm_searchbarbox" size="20" type="text" name="q" /><input class="ep_tm_searchbarbutton" '
            f'value="Search" type="submit" name="_action_search" /></form></td></tr></table></div>'
            f'<div class="ep_tm_page_content"><h1 class="ep_tm_pagetitle">{esc(title)}</h1>{main}</div>'
            f'<div class="ep_tm_footer ep_noprint"><div class="ep_tm_eprints_logo"><a href="http://eprints.org/'
            f'software/"><img alt="EPrints Logo" src="/images/eprintslogo.png" /></a></div><div>{EP_SITE} is powered '
            f"by <em><a href=\"http://eprints.org/software/\">EPrints 3.4</a></em> which is developed by the School of "
            f"Electronics and Computer Science at the University of Southampton.</div></div></body></html>").encode()


def _ep_cite(u: U, n: int) -> str:
    title, authors, _, journal, vol, issue, fp, lp, = T.EPRINTS[n]
    pages = f" pp. {fp}-{lp}." if lp else f" {fp}."
    return (f'<span class="person_name">{esc(authors)}</span> ({EP_YEAR[n]}) <a href="{u(f"/id/eprint/{n}/")}">'
            f"<em>{esc(title)}.</em></a> {esc(journal)}, {vol}{f' ({issue})' if issue else ''}.{pages}")


def eprints(u: U) -> list[Doc]:
    docs = []
    for n, (title, authors, paras, journal, vol, issue, fp, lp) in T.EPRINTS.items():
        names = [a.strip() for a in authors.split(" and ")]
        has_pdf = n in T.EPRINTS_PDF
        pdf_url = u(f"/{n}/1/{n}_accepted.pdf")
        meta = (f'<meta name="eprints.eprintid" content="{n}" /><meta name="eprints.type" content="article" />'
                f'<meta name="eprints.title" content="{esc(title)}" /><meta name="eprints.ispublished" content="pub" />'
                f'<meta name="eprints.date" content="{EP_YEAR[n]}" />'
                + "".join(f'<meta name="eprints.creators_name" content="{esc(a)}" />' for a in names)
                + f'<meta name="citation_title" content="{esc(title)}" />'
                + "".join(f'<meta name="citation_author" content="{esc(a)}" />' for a in names)
                + f'<meta name="citation_publication_date" content="{EP_YEAR[n]}" />'
                  f'<meta name="citation_journal_title" content="{esc(journal)}" />'
                  f'<meta name="citation_volume" content="{vol}" />'
                + (f'<meta name="citation_issue" content="{issue}" />' if issue else "")
                + f'<meta name="citation_firstpage" content="{fp}" />'
                + (f'<meta name="citation_lastpage" content="{lp}" />' if lp else "")
                + (f'<meta name="citation_pdf_url" content="{pdf_url}" />' if has_pdf else "")
                + f'<meta name="citation_abstract_html_url" content="{u(f"/id/eprint/{n}/")}" />'
                  f'<link rel="schema.DC" href="http://purl.org/DC/elements/1.0/" /><meta name="DC.title" '
                  f'content="{esc(title)}" /><meta name="DC.type" content="Article" /><meta name="DC.type" '
                  f'content="PeerReviewed" /><link rel="canonical" href="{u(f"/id/eprint/{n}/")}" />')
        doc_block = (f'<div class="ep_summary_content_top"><table><tr><td valign="top" align="right"><a '
                     f'class="ep_document_link" href="{pdf_url}"><img class="ep_doc_icon" alt="[thumbnail of '
                     f'{n}_accepted.pdf]" src="/style/images/fileicons/application_pdf.png" border="0" /></a></td>'
                     f'<td valign="top"><span class="ep_document_citation"><span class="document_format">Text</span>'
                     f'<br /><span class="document_filename">{n}_accepted.pdf</span><br />Available under License '
                     f'Creative Commons Attribution.</span><br /><a href="{pdf_url}" class="ep_document_link">Download'
                     f" (210kB)</a></td></tr></table></div>" if has_pdf else
                     '<div class="ep_summary_content_top"><p>Full text not available from this repository.</p></div>')
        subj = "Z665" if n != 1230 else "QH540"
        main = (f'<div class="ep_summary_content"><div class="ep_summary_content_left"></div><div '
                f'class="ep_summary_content_right"></div>{doc_block}<div class="ep_summary_content_main">'
                f'<p style="margin-bottom: 1em">{_ep_cite(u, n)}</p><h2>Abstract</h2>'
                f'{ps(paras, "p", FIELD_PARA)}<table style="margin-bottom: 1em; margin-top: 1em;" '
                f'cellpadding="3"><tr><th align="right">Item Type:</th><td>Article</td></tr><tr><th align="right">'
                f'Subjects:</th><td><a href="{u("/view/subjects/" + subj + ".html")}">{subj}</a></td></tr><tr><th '
                f'align="right">Depositing User:</th><td><a href="{u("/view/creators/" + names[0].replace(", ", "=3A") + "=3A=3A.html")}">'
                f'{esc(names[0])}</a></td></tr><tr><th align="right">Date Deposited:</th><td>14 Jun {EP_YEAR[n]} '
                f'09:12</td></tr><tr><th align="right">URI:</th><td><a href="{u(f"/id/eprint/{n}/")}">'
                f'{u(f"/id/eprint/{n}/")}</a></td></tr></table></div><div class="ep_summary_content_bottom"></div>'
                f"</div>")
        docs.append(Doc("repository.example", f"/id/eprint/{n}/", "journal-article", EP_GRADES[n],
                        _ep(u, title, main, meta)))
        if has_pdf:
            docs.append(Doc("repository.example", f"/{n}/1/{n}_accepted.pdf", "document", EP_GRADES[n],
                            pdf(list(T.EPRINTS_PDF[n])), "application/pdf"))

    def view(path, kind, title, ns, intro=""):
        items = "".join(f'<p>{_ep_cite(u, n)}</p>' for n in ns)
        return Doc("repository.example", path, kind, 0, _ep(u, title, (
            f'<div class="ep_view_page ep_view_page_view_year">{intro}<div class="ep_view_jump ep_view_year_'
            f'_jump"></div><span class="ep_view_group_by">Number of items: <strong>{len(ns)}</strong>.</span>'
            f"<h2>Article</h2>{items}</div>")))

    docs.append(view("/view/year/2021.html", "listing", "Items where Year is 2021", [1204, 1187],
                     f'<p><a href="{u("/view/year/")}">Up a level</a></p>'))
    docs.append(view("/view/subjects/Z665.html", "category", "Browse by Subject: Z665 Library Science. Information "
                     "Science", [1204, 1187], f'<p><a href="{u("/view/subjects/")}">Up a level</a></p>'))
    docs.append(view("/view/creators/Okafor=3AAda=3A=3A.html", "profile", "Okafor, Ada", [1204]))
    rows = "".join(f'<tr class="ep_search_result"><td style="padding-left: 0.5em">{i + 1}.</td><td style="padding-'
                   f'left: 0.5em">{_ep_cite(u, n)}</td></tr>' for i, n in enumerate([1204, 1187]))
    docs.append(Doc("repository.example", "/cgi/search/simple?q=mentoring&_action_search=Search", "search", 0, _ep(
        u, "Simple Search", f'<div class="ep_search_controls"><div>Search for <strong>mentoring</strong> anywhere'
                            f'</div><div>Displaying results 1 to 2 of 2.</div></div><table class="ep_paginate_list">'
                            f"{rows}</table>")))
    docs.append(Doc("repository.example", "/information.html", "about", 0, _ep(
        u, "About this Repository", "<p>The Lakeside Research Repository holds the research outputs of Lakeside "
                                    "University: journal articles, theses, conference papers and datasets. Deposit "
                                    "is required for all publications by university staff.</p><p>Contact the "
                                    "repository team at the library for help with deposit.</p>")))
    recent = "".join(f"<li>{_ep_cite(u, n)}</li>" for n in T.EPRINTS)
    docs.append(Doc("repository.example", "/", "home", 0, _ep(
        u, "Welcome to the Lakeside Research Repository",
        f"<p>This repository showcases research by staff and students of Lakeside University.</p>"
        f'<h2>Latest additions</h2><ul>{recent}</ul><h2>Browse</h2><ul><li><a href="{u("/view/year/2021.html")}">'
        f'Items from 2021</a></li><li><a href="{u("/view/subjects/Z665.html")}">Library Science</a></li><li><a '
        f'href="{u("/cgi/search/simple?q=mentoring&_action_search=Search")}">Featured search: mentoring</a></li>'
        f"</ul>")))
    return docs


# --- Janeway ------------------------------------------------------------------------------------------

JW_SITE = "Journal of Library Practice"
JW_GRADES = {12: 3, 14: 2, 15: 1, 16: 0}


def _jw(u: U, title: str, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{esc(title)} | {JW_SITE}</title>'
            f'<meta name="generator" content="Janeway 1.5">{head}</head><body><a href="#main-content" '
            f'class="sr-only">Skip to main content</a><header><nav class="navbar navbar-expand-lg" aria-label="Main '
            f'navigation"><a class="navbar-brand" href="{u("/")}">{JW_SITE}</a><ul class="navbar-nav"><li '
            f'class="nav-item"><a class="nav-link" href="{u("/articles/")}">Articles</a></li><li class="nav-item">'
            f'<a class="nav-link" href="{u("/issues/")}">Issues</a></li><li class="nav-item"><a class="nav-link" '
            f'href="{u("/about/")}">About</a></li><li class="nav-item"><a class="nav-link" href="{u("/contact/")}">'
            f'Contact</a></li><li class="nav-item"><a class="nav-link" href="{u("/search/?article_search=mentoring")}'
            f'">Search</a></li></ul></nav></header><main id="main-content" class="container">{main}</main>'
            f'<footer class="footer"><div class="container"><p>ISSN 2753-0000 (Online). Published by Lakeside '
            f'University Press.</p><p><a href="{u("/site/privacy/")}">Privacy</a> | Powered by <a '
            f'href="https://janeway.systems">Janeway</a></p></div></footer><div id="cookie-notice" '
            f'class="cookie-bar"><p>This site uses cookies. <a href="{u("/site/privacy/")}">Read more</a>. <button>'
            f"OK</button></p></div></body></html>").encode()


def _jw_item(u: U, n: int) -> str:
    title, authors, _, _, vol, issue, fp, lp = T.JANEWAY[n]
    return (f'<div class="article-listing"><h3 class="article-title"><a href="{u(f"/article/id/{n}/")}">'
            f'{esc(title)}</a></h3><p class="article-authors">{esc(", ".join(authors))}</p><p class="article-meta">'
            f'Vol. {vol} No. {issue} (2025), pp. {fp}-{lp}</p><a href="{u(f"/article/id/{n}/")}" class="btn '
            f'btn-sm">View article</a></div>')


def janeway(u: U) -> list[Doc]:
    docs = []
    for n, (title, authors, paras, keywords, vol, issue, fp, lp) in T.JANEWAY.items():
        has_pdf = n in T.JANEWAY_PDF
        galley = u(f"/article/{n}/galley/{n + 30}/download/")
        head = ("".join(f'<meta name="citation_author" content="{esc(a)}">' for a in authors)
                + f'<meta name="citation_title" content="{esc(title)}"><meta name="citation_journal_title" '
                  f'content="{JW_SITE}"><meta name="citation_publisher" content="Lakeside University Press">'
                  f'<meta name="citation_publication_date" content="2025/06/30"><meta name="citation_volume" '
                  f'content="{vol}"><meta name="citation_issue" content="{issue}"><meta name="citation_firstpage" '
                  f'content="{fp}"><meta name="citation_lastpage" content="{lp}"><meta name="citation_doi" '
                  f'content="10.99999/jlp.{n}"><meta name="citation_abstract_html_url" '
                  f'content="{u(f"/article/id/{n}/")}">'
                + (f'<meta name="citation_pdf_url" content="{galley}">' if has_pdf else "")
                + "".join(f'<meta name="citation_keywords" content="{esc(k.strip())}">' for k in keywords.split(";"))
                + f'<meta name="DC.Title" content="{esc(title)}"><meta name="DC.Date.issued" content="2025-06-30">'
                  f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(title)}">'
                  f'<meta property="og:url" content="{u(f"/article/id/{n}/")}">')
        galleys = (f'<div class="galleys"><h3>Downloads</h3><ul><li><a href="{galley}"><i class="fa fa-download">'
                   f"</i> Download PDF</a></li></ul></div>" if has_pdf else "")
        main = (f'<div class="row"><div class="col-md-8"><article><span class="article-section">Research '
                f'Articles</span><h1 class="article-title">{esc(title)}</h1><div class="author-list">'
                + "".join(f'<span class="author"><strong>{esc(a)}</strong></span> ' for a in authors)
                + f'</div><h2>Abstract</h2><div class="abstract">{ps(paras)}</div><p class="keywords"><strong>Keywords:'
                  f'</strong> {esc(keywords)}</p><h2>How to Cite</h2><p class="how-to-cite">'
                  f'{esc(", ".join(authors))} (2025) &ldquo;{esc(title)}&rdquo;, <em>{JW_SITE}</em>, {vol}({issue}), '
                  f"pp. {fp}-{lp}. doi: 10.99999/jlp.{n}.</p></article></div><div class=\"col-md-4\"><aside>"
                  f'{galleys}<div class="article-info"><h3>Published</h3><p>30 June 2025</p><h3>Issue</h3><p><a '
                  f'href="{u("/issue/9/info/")}">Vol. {vol} No. {issue} (2025)</a></p><h3>Licence</h3><p>Creative '
                  f"Commons Attribution 4.0</p></div></aside></div></div>")
        docs.append(Doc("jlp.example", f"/article/id/{n}/", "journal-article", JW_GRADES[n], _jw(u, title, main, head)))
        if has_pdf:
            docs.append(Doc("jlp.example", f"/article/{n}/galley/{n + 30}/download/", "document", JW_GRADES[n],
                            pdf(list(T.JANEWAY_PDF[n])), "application/pdf"))
    toc = "".join(_jw_item(u, n) for n in T.JANEWAY)
    docs.append(Doc("jlp.example", "/issue/9/info/", "listing", 0, _jw(
        u, "Vol. 5 No. 2 (2025)", f'<h1>Volume 5, Issue 2, 2025</h1><p class="issue-description">A general issue, '
                                  f"with a cluster of papers on mentoring and professional networks.</p><h2>Research "
                                  f"Articles</h2>{toc}")))
    docs.append(Doc("jlp.example", "/issues/", "listing", 0, _jw(
        u, "Issues", f'<h1>Issues</h1><div class="issue-list"><div class="issue"><a href="{u("/issue/9/info/")}">'
                     f'<h3>Volume 5, Issue 2</h3><p>2025</p></a></div><div class="issue"><a href="'
                     f'{u("/issue/8/info/")}"><h3>Volume 5, Issue 1</h3><p>2025</p></a></div></div>')))
    docs.append(Doc("jlp.example", "/about/", "about", 0, _jw(
        u, "About the Journal", "<h1>About the Journal</h1><p>The Journal of Library Practice publishes peer-reviewed "
                                "research on the practice of librarianship: services, management, education and the "
                                "profession, including mentoring and professional development.</p><h2>Open access</h2>"
                                "<p>All articles are free to read. There are no author charges.</p>")))
    docs.append(Doc("jlp.example", "/contact/", "contact", 0, _jw(
        u, "Contact", '<h1>Contact</h1><div class="contacts"><p><strong>Managing Editor</strong>: Dr Sunita Rao</p>'
                      '</div><form method="POST"><label>Recipient<select name="recipient"><option>Managing Editor'
                      '</option></select></label><label>Subject<input name="subject"></label><label>Message<textarea '
                      'name="body"></textarea></label><button type="submit">Send</button></form>')))
    found = [12, 14]
    docs.append(Doc("jlp.example", "/search/?article_search=mentoring", "search", 0, _jw(
        u, "Search", f'<h1>Search</h1><form method="GET"><input name="article_search" value="mentoring"></form><p>'
                     f'{len(found)} results</p>' + "".join(_jw_item(u, n) for n in found))))
    docs.append(Doc("jlp.example", "/", "home", 0, _jw(
        u, JW_SITE, f'<section class="journal-home"><h1>{JW_SITE}</h1><p>Peer-reviewed research on library practice.'
                    f'</p></section><section><h2>Current Issue</h2><p><a href="{u("/issue/9/info/")}">Vol. 5 No. 2 '
                    f'(2025)</a></p></section><section><h2>Featured Articles</h2>{_jw_item(u, 12)}{_jw_item(u, 14)}'
                    f"</section>")))
    return docs


# --- Micro.blog ----------------------------------------------------------------------------------------

MB_SITE = "Field Notes"
MB_GRADES = {"2024/05/02/093012": 3, "2024/05/09/184455": 1, "2024/05/14/120301": 2, "2024/05/20/071544": 0,
             "2024/05/27/163020": 3}
MB_CATS = {"2024/05/02/093012": "mentoring", "2024/05/09/184455": "mentoring", "2024/05/27/163020": "mentoring"}


def _mb(u: U, title: str, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{esc(title)}</title><link rel="me" '
            f'href="https://micro.blog/lenacat"><link rel="alternate" type="application/rss+xml" title="{MB_SITE}" '
            f'href="{u("/feed.xml")}"><link rel="micropub" href="https://micro.blog/micropub"><link '
            f'rel="webmention" href="https://micro.blog/webmention"><meta property="og:site_name" '
            f'content="{MB_SITE}">{head}</head><body><nav class="main-nav"><a class="normal" href="{u("/")}">'
            f'<span class="arrow">&larr;</span> Home</a><a href="{u("/archive/")}">Archive</a><a href="'
            f'{u("/about/")}">About</a><a class="cta" href="https://micro.blog/lenacat" rel="me">Also on '
            f'Micro.blog</a></nav><section id="wrapper">{main}</section><footer id="footer"><section id="wrapper">'
            f"<ul><li><a href=\"https://micro.blog/lenacat\">@lenacat@micro.blog</a></li></ul><p>Lena Castillo, "
            f"cataloguer. Blogroll: <a href=\"http://marginalia.example:{{port}}/\">Marginalia</a>, <a "
            f"href=\"http://stacks.example:{{port}}/\">Stacks and Scripts</a></p></section></footer></body></html>"
            ).encode()


def _mb_entry(u: U, key: str, full: bool = True) -> str:
    title, paras = T.MICRO[key]
    y, m, d, _ = key.split("/")
    path = f"/{key}.html"
    name = f'<h2 class="p-name"><a href="{u(path)}">{esc(title)}</a></h2>' if title else ""
    body = ps(paras) if full else f"<p>{cut(paras[0], 200)}</p>"
    return (f'<article class="h-entry post">{name}<div class="e-content">{body}</div><p class="post-meta"><a '
            f'class="u-url" href="{u(path)}"><time class="dt-published" datetime="{y}-{m}-{d}T09:30:12+00:00">'
            f"{y}-{m}-{d}</time></a></p></article>")


def microblog(u: U) -> list[Doc]:
    docs = []
    for key, grade in MB_GRADES.items():
        title, paras = T.MICRO[key]
        y, m, d, _ = key.split("/")
        path = f"/{key}.html"
        cat = MB_CATS.get(key)
        head = (f'<meta property="og:type" content="article"><meta property="og:url" content="{u(path)}"><meta '
                f'property="og:description" content="{esc(paras[0][:160])}">'
                + (f'<meta property="og:title" content="{esc(title)}">' if title else ""))
        name = f'<h1 class="p-name post-title">{esc(title)}</h1>' if title else ""
        main = (f'<article class="h-entry post">{name}<div class="e-content">{ps(paras)}</div><p class="post-meta">'
                f'<a class="u-url" href="{u(path)}"><time class="dt-published" datetime="{y}-{m}-{d}T09:30:12+00:00">'
                f'{y}-{m}-{d}</time></a> &middot; <a class="p-author h-card" href="{u("/")}">Lena Castillo</a>'
                + (f' &middot; <a class="p-category" href="{u("/categories/" + cat + "/")}">{cat}</a>' if cat else "")
                + f'</p></article><section class="replies"><p><a href="https://micro.blog/lenacat/'
                  f'{zlib.crc32(key.encode())}">Reply on Micro.blog</a></p></section>')
        page_title = title or f"{MB_SITE} - {y}-{m}-{d}"
        kind = "article" if title else "post"
        docs.append(Doc("fieldnotes.example", path, kind, grade, _mb(u, page_title, main, head)))
    newest = sorted(MB_GRADES, reverse=True)
    docs.append(Doc("fieldnotes.example", "/", "home", 0, _mb(
        u, MB_SITE, "".join(_mb_entry(u, k) for k in newest),
        f'<meta property="og:type" content="website"><link rel="me" href="https://micro.blog/lenacat">')))
    arch = "".join(f'<p class="h-entry"><a class="u-url" href="{u("/" + k + ".html")}"><span class="dt-published">'
                   f'{k[:10].replace("/", "-")}</span></a>: {cut(T.MICRO[k][1][0], 90)}</p>' for k in newest)
    docs.append(Doc("fieldnotes.example", "/archive/", "listing", 0, _mb(
        u, f"Archive - {MB_SITE}", f'<div class="archive"><h1>Archive</h1><p><a href="{u("/categories/mentoring/")}">'
                                   f"mentoring</a></p>{arch}</div>")))
    docs.append(Doc("fieldnotes.example", "/categories/mentoring/", "category", 0, _mb(
        u, f"mentoring - {MB_SITE}", "<h1>mentoring</h1>" + "".join(
            _mb_entry(u, k, full=False) for k in newest if MB_CATS.get(k) == "mentoring"))))
    docs.append(Doc("fieldnotes.example", "/about/", "about", 0, _mb(
        u, f"About - {MB_SITE}", '<article class="h-entry post"><h1 class="p-name post-title">About</h1><div '
                                 'class="e-content"><p>I am Lena, a cataloguer at a city library. Short posts about '
                                 "metadata, cats, and the mentors and mentees I meet online.</p></div></article>")))
    return docs


# --- Pelican, notmyidea theme -------------------------------------------------------------------------

PE_SITE = "Marginalia"
PE_POSTS = {  # slug -> (date, grade, category, tags)
    "bluesky-learning-network": ("2024-10-14", 3, "professional", ("mentoring", "bluesky")),
    "peer-mentoring-circles-consortium": ("2024-06-03", 2, "professional", ("mentoring",)),
    "reading-list-2024": ("2024-12-30", 1, "reading", ("books",)),
    "network-printing-again": ("2024-02-08", 0, "reading-room", ("notices",)),
}


def _pe(u: U, title: str, main: str, head: str = "") -> bytes:
    cats = "".join(f'<li><a href="{u("/category/" + c + ".html")}">{c}</a></li>'
                   for c in ("professional", "reading", "reading-room"))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8" /><meta name="generator" content="Pelican" />'
            f'<title>{esc(title)}</title><link rel="stylesheet" href="{u("/theme/css/main.css")}" /><link '
            f'href="{u("/feeds/all.atom.xml")}" type="application/atom+xml" rel="alternate" title="{PE_SITE} Atom '
            f'Feed" />{head}</head><body id="index" class="home"><header id="banner" class="body"><h1><a href="'
            f'{u("/")}">{PE_SITE}</a></h1><nav><ul><li><a href="{u("/pages/about.html")}">About</a></li>{cats}</ul>'
            f'</nav></header>{main}<section id="extras" class="body"><div class="blogroll"><h2>links</h2><ul><li><a '
            f'href="http://fieldnotes.example:{{port}}/">Field Notes</a></li><li><a href="'
            f'http://shelflife.example:{{port}}/">Shelf Life</a></li><li><a href="{u("/archives.html")}">Archives</a>'
            f'</li></ul></div><div class="social"><h2>social</h2><ul><li><a href="{u("/feeds/all.atom.xml")}" '
            f'type="application/atom+xml" rel="alternate">atom feed</a></li></ul></div></section><footer '
            f'id="contentinfo" class="body"><address id="about" class="vcard body">Proudly powered by <a '
            f'href="https://getpelican.com/">Pelican</a>, which takes great advantage of <a '
            f'href="https://www.python.org/">Python</a>.</address><p>The theme is by <a href="https://www.smashingmaga'
            f'zine.com/2009/08/designing-a-html-5-layout-from-scratch/">Smashing Magazine</a>, thanks!</p></footer>'
            f"</body></html>").encode()


def _pe_info(u: U, slug: str) -> str:
    date, _, cat, tags = PE_POSTS[slug]
    return (f'<footer class="post-info"><abbr class="published" title="{date}T10:00:00+01:00">Published: {date}'
            f'</abbr><address class="vcard author">By <a class="url fn" href="{u("/author/tomasz-nowak.html")}">'
            f'Tomasz Nowak</a></address><p>In <a href="{u("/category/" + cat + ".html")}">{cat}</a>.</p><div '
            f'class="tags">Tags: ' + ", ".join(f'<a href="{u("/tag/" + t + ".html")}">{t}</a>' for t in tags)
            + "</div></footer>")


def _pe_list(u: U, slugs, heading: str) -> str:
    return (f'<section id="content" class="body"><h1>{heading}</h1><hr /><ol id="posts-list" class="hfeed">'
            + "".join(f'<li><article class="hentry"><header><h2><a href="{u("/" + s + ".html")}" rel="bookmark" '
                      f'title="Permalink to {esc(T.PELICAN[s][0])}">{esc(T.PELICAN[s][0])}</a></h2></header><div '
                      f'class="entry-content">{_pe_info(u, s)}<p>{cut(T.PELICAN[s][1][0], 230)}</p></div><a '
                      f'class="readmore" href="{u("/" + s + ".html")}">read more</a></article></li>' for s in slugs)
            + "</ol></section>")


def pelican(u: U) -> list[Doc]:
    docs = []
    newest = sorted(PE_POSTS, key=lambda s: PE_POSTS[s][0], reverse=True)
    for slug, (date, grade, cat, tags) in PE_POSTS.items():
        title, paras = T.PELICAN[slug]
        head = (f'<meta name="author" content="Tomasz Nowak" /><meta name="keywords" content="{",".join(tags)}" />'
                f'<meta name="description" content="{esc(paras[0][:150])}" />')
        main = (f'<section id="content" class="body"><article><header><h1 class="entry-title"><a href="'
                f'{u("/" + slug + ".html")}" rel="bookmark" title="Permalink to {esc(title)}">{esc(title)}</a></h1>'
                f'</header><div class="entry-content">{_pe_info(u, slug)}{ps(paras)}</div></article></section>')
        docs.append(Doc("marginalia.example", f"/{slug}.html", "article", grade, _pe(u, f"{title} - {PE_SITE}", main,
                                                                                       head)))
    first, rest = newest[0], newest[1:]
    ft, fp = T.PELICAN[first]
    featured = (f'<aside id="featured" class="body"><article><h1 class="entry-title"><a href="{u("/" + first + ".html")}'
                f'">{esc(ft)}</a></h1>{_pe_info(u, first)}<p>{esc(fp[0])}</p><a class="readmore" href="'
                f'{u("/" + first + ".html")}">read more</a></article></aside>')
    docs.append(Doc("marginalia.example", "/", "home", 0, _pe(u, PE_SITE, featured + _pe_list(u, rest, "Other articles")
                                                              + f'<p><a href="{u("/2021/spring-exhibition.html")}">'
                                                                f"Our 2021 exhibition</a></p>")))
    for c in ("professional",):
        docs.append(Doc("marginalia.example", f"/category/{c}.html", "category", 0, _pe(
            u, f"{PE_SITE} - {c}", _pe_list(u, [s for s in newest if PE_POSTS[s][2] == c], f"Articles in the {c} "
                                                                                          "category"))))
    docs.append(Doc("marginalia.example", "/tag/mentoring.html", "tag", 0, _pe(
        u, f"{PE_SITE} - mentoring", _pe_list(u, [s for s in newest if "mentoring" in PE_POSTS[s][3]],
                                              "Articles tagged with mentoring"))))
    arch = "".join(f'<dt>{PE_POSTS[s][0]}</dt><dd><a href="{u("/" + s + ".html")}">{esc(T.PELICAN[s][0])}</a></dd>'
                   for s in newest)
    docs.append(Doc("marginalia.example", "/archives.html", "listing", 0, _pe(
        u, f"{PE_SITE} - Archives", f'<section id="content" class="body"><h1>Archives for {PE_SITE}</h1><dl>{arch}</dl>'
                                    f"</section>")))
    docs.append(Doc("marginalia.example", "/author/tomasz-nowak.html", "profile", 0, _pe(
        u, f"{PE_SITE} - Tomasz Nowak", _pe_list(u, newest, "Articles by Tomasz Nowak"))))
    docs.append(Doc("marginalia.example", "/pages/about.html", "about", 0, _pe(
        u, f"About - {PE_SITE}", f'<section id="content" class="body"><h1 class="entry-title">About</h1>'
                                 f"{ps(T.PELICAN_ABOUT)}</section>")))
    docs.append(Doc("marginalia.example", "/2021/spring-exhibition.html", "error", 0, _pe(
        u, f"{PE_SITE} - Not Found", '<section id="content" class="body"><h1 class="entry-title">404: Not Found</h1>'
                                     "<p>Sorry, the page you were looking for could not be found. It may have moved "
                                     "when this blog moved to Pelican.</p></section>")))
    return docs


# --- Buttondown ----------------------------------------------------------------------------------------

BD_SITE = "The Early Career Librarian"
BD_ISSUES = {"issue-14-mentoring-in-the-open": ("2024-09-05", 3), "issue-15-links": ("2024-10-03", 2),
             "issue-16-budgets": ("2024-11-07", 1), "issue-17-renovation": ("2024-12-05", 0)}


def _bd(u: U, title: str, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title><meta '
            f'name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" '
            f'content="{BD_SITE}"><link rel="alternate" type="application/rss+xml" href="{u("/rss")}">{head}'
            f'</head><body class="newsletter-page"><div class="container"><header class="newsletter-header"><a '
            f'href="{u("/")}" class="newsletter-name">{BD_SITE}</a><nav><a href="{u("/archive/")}">Archive</a></nav>'
            f'</header>{main}<footer class="newsletter-footer"><form action="https://buttondown.com/api/emails/'
            f'embed-subscribe/earlycareer" method="post" class="embeddable-buttondown-form"><label '
            f'for="bd-email">Enter your email</label><input type="email" name="email" id="bd-email"><input '
            f'type="submit" value="Subscribe"></form><p class="powered-by"><a href="https://buttondown.com/refer/'
            f'earlycareer">Powered by Buttondown</a>, the easiest way to start and grow your newsletter.</p>'
            f"</footer></div></body></html>").encode()


def buttondown(u: U, elsewhere: dict) -> list[Doc]:
    docs = []
    for slug, (date, grade) in BD_ISSUES.items():
        title, paras = T.BUTTONDOWN[slug]
        if slug == "issue-15-links":  # the round-up's links go to the posts it annotates
            links = [elsewhere["mastodon"], elsewhere["students"], "https://example.org/salaries",
                     "https://example.org/carnegie", "https://example.org/weeding"]
            body = ps(paras[:1]) + "<ul>" + "".join(f'<li><a href="{href}">{esc(text)}</a></li>'
                                                    for href, text in zip(links, paras[1:])) + "</ul>"
        else:
            body = ps(paras)
        head = (f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(title)}">'
                f'<meta property="article:published_time" content="{date}"><meta name="description" '
                f'content="{esc(paras[0][:140])}">')
        main = (f'<div class="email-detail"><h1 class="subject">{esc(title)}</h1><div class="email-detail__header">'
                f'<date>{date}</date></div><div class="email-body-content">{body}<p>Femi</p></div></div>'
                f'<p><a href="{u("/archive/")}">&larr; Back to the archive</a></p>')
        docs.append(Doc("earlycareer.example", f"/archive/{slug}/", "article", grade,
                        _bd(u, f"{title} - {BD_SITE}", main, head)))
    newest = sorted(BD_ISSUES, key=lambda s: BD_ISSUES[s][0], reverse=True)
    emails = "".join(f'<a class="email" href="{u("/archive/" + s + "/")}"><div class="email-subject">'
                     f'{esc(T.BUTTONDOWN[s][0])}</div><div class="email-metadata"><date>{BD_ISSUES[s][0]}</date></div>'
                     f'<div class="email-preview">{cut(T.BUTTONDOWN[s][1][0], 140)}</div></a>' for s in newest)
    docs.append(Doc("earlycareer.example", "/archive/", "listing", 0, _bd(
        u, f"Archive - {BD_SITE}", f'<h1>Archive</h1><div class="email-list">{emails}</div>')))
    docs.append(Doc("earlycareer.example", "/", "home", 0, _bd(
        u, BD_SITE, f'<div class="newsletter-description">{ps(T.BUTTONDOWN_ABOUT)}</div><div class="email-list">'
                    f"<h2>Latest issues</h2>{emails}</div>", '<meta property="og:type" content="website">')))
    return docs


# --- pretalx --------------------------------------------------------------------------------------------

PX_EVENT = "New Voices in Libraries 2025"
PX_TALKS = {  # slug -> (code, grade, track, time)
    "mentoring-across-the-miles": ("QWE7RT", 3, "Careers and people", "2025-06-12 10:00"),
    "lurking-to-learning": ("LKD3PM", 2, "Careers and people", "2025-06-12 11:30"),
    "call-for-mentors": ("BDY9CL", 1, "Welcome", "2025-06-11 18:00"),
    "born-digital-archives": ("ARC4BN", 0, "Collections", "2025-06-12 14:00"),
    "library-cafes": ("CAF2LB", 0, "Spaces", "2025-06-13 09:30"),
}
PX_SPEAKER = ("ANL9XK", "Ana Lima")


def _px(u: U, title: str, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><title>{esc(title)} :: {PX_EVENT} :: pretalx</title><meta '
            f'name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" '
            f'content="{PX_EVENT}">{head}</head><body data-datetimeformat="YYYY-MM-DD HH:mm"><div '
            f'id="top-bg" class="header"></div><div class="container" id="main-container"><div id="event-logo">'
            f'<a href="{u("/nvl2025/")}"><h1>{PX_EVENT}</h1></a></div><div id="event-nav"><a href="'
            f'{u("/nvl2025/schedule/")}">Schedule</a> <a href="{u("/nvl2025/talk/")}">Sessions</a> <a href="'
            f'{u("/nvl2025/speaker/")}">Speakers</a></div><main>{main}</main></div><footer>powered by <a '
            f'href="https://pretalx.com" target="_blank" rel="noopener">pretalx</a> &middot; <a href="'
            f'{u("/nvl2025/privacy/")}">Privacy</a></footer></body></html>').encode()


def pretalx(u: U) -> list[Doc]:
    docs = []
    slides = u("/media/nvl2025/submissions/QWE7RT/resources/mentoring-across-the-miles_s1Xb3.pdf")
    for slug, (code, grade, track, when) in PX_TALKS.items():
        title, speakers, paras = T.CONF[slug]
        path = f"/nvl2025/talk/{code}/"
        sp = (f'<a href="{u("/nvl2025/speaker/" + PX_SPEAKER[0] + "/")}">{esc(speakers)}</a>'
              if slug == "mentoring-across-the-miles" else esc(speakers))
        resources = (f'<section class="resources"><h3>Resources</h3><ul><li><a href="{slides}">Slides (PDF)</a></li>'
                     f"</ul></section>" if slug == "mentoring-across-the-miles" else "")
        head = (f'<meta property="og:title" content="{esc(title)}"><meta property="og:description" '
                f'content="{esc(paras[0][:200])}"><meta property="og:url" content="{u(path)}">')
        main = (f'<article><h3 class="talk-title">{esc(title)}</h3><div class="talk-info"><span class="speakers">'
                f'{sp}</span><div class="talk-time"><i class="fa fa-clock-o"></i> {when}, Main hall</div><div '
                f'class="talk-track">{esc(track)}</div></div><section class="abstract">{ps(paras)}</section>'
                f'{resources}</article><section class="feedback"><a href="{u(path + "feedback/")}">Leave feedback'
                f"</a></section>")
        docs.append(Doc("pretalx.example", path, "article", grade, _px(u, title, main, head)))
    docs.append(Doc("pretalx.example", slides[len(u("")):], "document", 3, pdf(list(T.CONF_SLIDES)),
                    "application/pdf"))
    rows = "".join(f'<div class="talk"><a href="{u("/nvl2025/talk/" + c + "/")}"><span class="time">{w}</span> '
                   f'<span class="title">{esc(T.CONF[s][0])}</span> <span class="speakers">{esc(T.CONF[s][1])}'
                   f"</span></a></div>" for s, (c, _, _, w) in sorted(PX_TALKS.items(), key=lambda x: x[1][3]))
    docs.append(Doc("pretalx.example", "/nvl2025/schedule/", "listing", 0, _px(
        u, "Schedule", f'<h2>Schedule</h2><div class="schedule">{rows}</div>')))
    docs.append(Doc("pretalx.example", "/nvl2025/speaker/", "listing", 0, _px(
        u, "Speakers", f'<h2>Speakers</h2><ul class="speaker-list"><li><a href="'
                       f'{u("/nvl2025/speaker/" + PX_SPEAKER[0] + "/")}">{PX_SPEAKER[1]}</a></li><li>Bryn Howells</li>'
                       f"<li>Kim Baptiste</li><li>Lena Fischer</li><li>Oliver Grant</li></ul>")))
    docs.append(Doc("pretalx.example", f"/nvl2025/speaker/{PX_SPEAKER[0]}/", "profile", 0, _px(
        u, PX_SPEAKER[1], f'<div class="speaker-header"><h3>{PX_SPEAKER[1]}</h3></div><div class="biography"><p>Ana '
                          f"coordinates outreach for a county library service and set up its social media mentoring "
                          f"network for rural staff.</p></div><h4>Sessions</h4><ul><li><a href=\""
                          f'{u("/nvl2025/talk/QWE7RT/")}">{esc(T.CONF["mentoring-across-the-miles"][0])}</a></li></ul>')))
    docs.append(Doc("pretalx.example", "/nvl2025/", "home", 0, _px(
        u, PX_EVENT, f"<h2>{PX_EVENT}</h2><p>11-13 June 2025, Leeds. Three days of talks by library workers early in "
                     f"their careers, on careers, mentoring, collections and spaces.</p><p><a href=\""
                     f'{u("/nvl2025/schedule/")}">View the schedule</a></p><p>First time here? Read the <a href="'
                     f'{u("/nvl2025/talk/BDY9CL/")}">call for conference buddies</a>.</p><h3>Featured sessions</h3><ul><li><a '
                     f'href="{u("/nvl2025/talk/QWE7RT/")}">{esc(T.CONF["mentoring-across-the-miles"][0])}</a></li><li>'
                     f'<a href="{u("/nvl2025/talk/ARC4BN/")}">{esc(T.CONF["born-digital-archives"][0])}</a></li></ul>')))
    return docs


# --- the whole web --------------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page; ``url(host, path)`` makes the absolute URLs links use."""
    def on(host):
        return lambda path: url(host, path)

    port = url(HOSTS[0], "").rsplit(":", 1)[1]

    def port_fix(text: str) -> bytes:
        return text.replace("{port}", port).encode()

    def fix(docs: list[Doc]) -> list[Doc]:  # cross-host links written as {port}
        return [Doc(d.host, d.path, d.kind, d.grade, d.body.replace(b"{port}", port.encode()), d.content_type,
                    d.status) for d in docs]

    elsewhere = {"mastodon": url("shelflife.example", _astra_path("found-my-mentor-on-mastodon")),
                 "students": url("jlp.example", "/article/id/12/")}
    return (astra(on("shelflife.example"), port_fix) + fix(hashnode(on("stacks.example")))
            + fix(eleventy(on("readingroom.example"))) + fix(docusaurus(on("openshelf.example")))
            + fix(eprints(on("repository.example"))) + fix(janeway(on("jlp.example")))
            + fix(microblog(on("fieldnotes.example"))) + fix(pelican(on("marginalia.example")))
            + fix(buttondown(on("earlycareer.example"), elsewhere)) + fix(pretalx(on("pretalx.example"))))


class LabelledWeb5(ServedWeb):
    """Web 5 (see the module docstring)."""

    HOSTS = HOSTS
    START = START
    FIRST_ADDRESS = 140
    build = staticmethod(build)
