"""A seventh labelled web for the ranking, held out: ten hosts, templates
none of webs 1-6 use, words of its own (:mod:`tests.labelled_text7`,
written without reading scan's code, its topic's keywords, the other webs'
texts or page builders, or scan's tests of kinds and ranking).

Its labels were written, and committed, before scan was first run on it:
scan was never run on this web while it was built; the lead measures it
once, at the end of the session that built it.

137 pages: 41 blog posts and articles, 4 journal articles, 9 social posts
and threads, 8 documents (3 repository records, 4 PDFs, a dataset's CSV),
10 home pages, 10 listings, 16 profiles, 6 About pages, 11 tags, 12
categories, 4 searches, 3 contact pages, 3 errors; works graded 0 (24), 1
(12), 2 (10), 3 (16), so 26 relevant pages, two of them PDFs. Every
category, tag and user a page links to is served (no stray 404s besides the
two labelled ones).

Hosts and templates (the markup the real platform serves, reduced):

* ``neve.example`` WordPress with the Neve theme and All in One SEO's
  metadata, a CookieYes banner: posts at ``/slug/``, the blog's home and
  ``/page/2/``, its categories, a tag, a search (``/?s=``), the author's
  archive, a month's archive, About, Contact, and a real 404 (Neve's 404
  template, status 404) behind the menu's stale "Events" link;
* ``wpcom.example`` a WordPress.com hosted blog (Independent Publisher 2,
  Jetpack's likes, sharing and related posts after each post, the Follow
  action bar): dated posts, home, its categories, a tag, a month, About;
* ``headline.example`` Ghost's Headline theme (a newsletter: topic sections
  of cards on the home, "Read next" cards and a subscribe box after each
  post, its tags, its two authors, ``/page/2/``, About);
* ``hubspot.example`` a library-software vendor's HubSpot CMS site: the
  company's home, ``/blog`` and ``/blog/page/2``, posts with a CTA and
  related posts, the blog's tags, a blog author, Contact, HubSpot's cookie
  banner, and a real 404 (HubSpot's system 404 page) linked from a post;
* ``lemmy.example`` a Lemmy instance (server-side rendered lemmy-ui): the
  front page, the community ``/c/libraries``, threads ``/post/N`` with
  their comments, every user a thread names, a search;
* ``zenodo.example`` an InvenioRDM repository (Zenodo): record landing
  pages with ``citation_*`` tags, their files (two PDFs, a CSV), a community, the home, and
  the search page (a client-side shell with no results in the HTML);
* ``scholastica.example`` a journal hosted on Scholastica: articles with
  ``citation_*`` tags and JSON-LD, one article's PDF, the home, an issue's
  table of contents, About;
* ``blowfish.example`` Hugo with the Blowfish theme (profile home,
  ``/posts/``, ``/tags/`` and a tag page; posts show their tags as
  ``onclick`` spans, not links, so tag pages are reached from ``/tags/``;
  "Related" cards after each post);
* ``joomla.example`` a library association's Joomla 4 site (Cassiopeia):
  featured home, the News category blog, articles, Smart Search results
  (``/component/finder/search?q=...``), About, Contact (com_contact), an
  annual report PDF, and a soft 404 (an old event's address answering 200
  with "Page not found");
* ``pulse.example`` a LinkedIn-like professional network's public pages:
  long-form articles (``/pulse/...``), feed posts (``/posts/...``), two
  member profiles (``/in/...``), the guest home; sign-in links are
  ``rel="nofollow"``.

Grades (as webs 1-6): 3 about the topic (librarians mentoring through
social media or online networks) throughout; 2 about it in good part (a
third of the text or more), or about mentoring without the social media, or
about learning through social media or online networks without the
mentoring; 1 the topic's words in passing (one sentence), or a short
announcement dense with the topic's words and nothing to read; 0 nothing,
including off-topic pages that use one of the topic's words for something
else (a vendor's "Mentor Mode" setup wizard, "chat reference", a hacked
Facebook page, teaching pupils about TikTok). Pages that are not works
(home, about, contact, category, tag, search, listing, profile) and errors
count 0 whatever they say.

Kind decisions for unusual pages:

* a Lemmy thread (opening post and comments) is a ``post`` (a discussion
  thread on a social network), graded by the whole thread;
* a LinkedIn-like feed update is a ``post``; a long-form ``/pulse/``
  article is an ``article``; ``/in/NAME`` is a ``profile``;
* a Zenodo record's landing page (a report, slides, a dataset) is a
  ``document``, like its PDF: it is the deposited work's own page (cited as
  a report, a presentation or a dataset), graded by its description;
* a dataset's CSV file (linked from its record) is a ``document`` of grade
  0: a deposited file, not a page, with nothing on the topic in it;
* a Scholastica article page is a ``journal-article``; its PDF a
  ``document``;
* a monthly round-up post is an ``article`` graded by its annotations (two
  of five on the topic: 2); a conference recap with one paragraph of six on
  an online mentoring panel is 1 (well under a third); a newsletter's "this
  week" digest with one item on the topic is 1;
* a short post or article that only announces a mentoring scheme or chat
  (dense with the topic's words, nothing to read) is 1, wherever it is;
* HubSpot's ``/blog`` and a Ghost or WordPress ``/page/2/`` are
  ``listing``; a Lemmy community and Joomla's News category blog are
  ``category``; a Zenodo community and Blowfish's ``/posts/`` and
  ``/tags/`` are ``listing``; a journal issue's table of contents is a
  ``listing``;
* the Ghost, WordPress and HubSpot author archives and the Lemmy user page
  are ``profile``.
"""

from __future__ import annotations

import json
import zlib
from typing import Callable

from tests import labelled_text7 as T
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

HOSTS = ("neve.example", "wpcom.example", "headline.example", "hubspot.example", "lemmy.example",
         "zenodo.example", "scholastica.example", "blowfish.example", "joomla.example", "pulse.example")

# the grade a reader gives each work (key of its text in tests.labelled_text7)
GRADES = {
    "slack-mentor": 3, "storytime-rota": 0, "bluesky-first-year": 3, "march-links": 2, "large-print": 0,
    "conference-recap": 1, "mentoring-pages": 2, "chat-reference": 0,
    "mastodon-pln": 2, "book-fair": 0, "facebook-mentor": 3, "circuits": 0, "tiktok-misinfo": 0,
    "chat-thursday": 1, "chat-notes": 3,
    "distributed-mentorship": 3, "appropriations": 0, "communities-of-practice": 2, "this-week": 1,
    "succession": 2, "oa-week": 0, "starter-pack": 3,
    "linkedin-network": 2, "shelfwise-chat": 0, "mentor-mode": 0, "burnout-survey": 1, "webinar-recap": 3,
    "release-42": 0,
    "isolated": 3, "fedi-cataloguing": 2, "facebook-hacked": 0, "ala-mentorship": 2, "reading-thread": 0,
    "peer-mentoring-report": 3, "instagram-slides": 0, "staff-survey-data": 1,
    "distance-mentoring": 3, "circulation-assessment": 0, "pln-sna": 2, "onboarding-survey": 1,
    "libmentor-mastodon": 3, "zotero-tips": 0, "being-a-mentor": 2, "left-bird-site": 1, "rust-data": 0,
    "emp-launch": 1, "first-cohort": 3, "agm": 0, "awards-2025": 1, "copyright": 0,
    "nobody-tells-you": 3, "leadership-lessons": 1, "ai-future": 0,
    "grateful": 3, "hiring": 0, "libmentor-cohort": 1, "award-congrats": 0,
}
PDF_GRADES = {"report-pdf": 3, "slides-pdf": 0, "article-pdf": 3, "annual-pdf": 1}

U = Callable[[str], str]


def _ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _long_date(iso: str) -> str:
    months = ("January February March April May June July August September October November December").split()
    y, m, d = iso.split("-")
    return f"{months[int(m) - 1]} {int(d)}, {y}"


# --- neve.example: WordPress, Neve theme, All in One SEO --------------------------------------------

NEVE_SITE = "Branch Lines"
NEVE_POSTS = [  # (key, slug, date, category, tags)
    ("chat-reference", "chat-reference-is-back", "2025-01-09", "News", ["chat"]),
    ("storytime-rota", "storytime-rota-spring", "2025-02-04", "Programs", []),
    ("slack-mentor", "what-a-slack-channel-taught-me", "2025-02-20", "Mentoring", ["slack", "mentoring"]),
    ("large-print", "weeding-large-print", "2025-03-03", "Collections", ["weeding"]),
    ("march-links", "monthly-roundup-march", "2025-03-31", "Roundups", ["links"]),
    ("conference-recap", "state-conference-recap", "2025-04-14", "Conferences", []),
    ("bluesky-first-year", "finding-my-people-on-bluesky", "2025-05-06", "Mentoring", ["bluesky", "mentoring"]),
    ("mentoring-pages", "mentoring-our-new-pages", "2025-06-02", "Mentoring", ["mentoring", "staff"]),
]


def _neve_head(title: str, url: str, og_type: str, graph: list, extra: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">'
            f"<title>{esc(title)}</title><!-- All in One SEO 4.5.3.1 - aioseo.com -->"
            f'<meta name="robots" content="max-image-preview:large"><link rel="canonical" href="{esc(url)}">'
            f'<meta name="generator" content="All in One SEO (AIOSEO) 4.5.3.1">'
            f'<meta property="og:locale" content="en_US"><meta property="og:site_name" content="{NEVE_SITE}">'
            f'<meta property="og:type" content="{og_type}"><meta property="og:title" content="{esc(title)}">'
            f'<meta property="og:url" content="{esc(url)}"><meta name="twitter:card" content="summary">{extra}'
            f'<script type="application/ld+json" class="aioseo-schema">'
            f'{json.dumps({"@context": "https://schema.org", "@graph": graph})}</script>'
            f'<!-- All in One SEO --><meta name="generator" content="WordPress 6.5.3">'
            f"<link rel='stylesheet' id='neve-style-css' href='/wp-content/themes/neve/style-main-new.min.css?ver=3.8.7' "
            f"media='all'></head>")


def _neve_chrome(u: U, body_class: str, main: str, sidebar: bool = True) -> str:
    recent = "".join(f'<li><a class="wp-block-latest-posts__post-title" href="{u("/" + s + "/")}">'
                     f"{esc(T.NEVE[k][0])}</a></li>" for k, s, *_ in reversed(NEVE_POSTS[-5:]))
    side = (f'<div class="nv-sidebar-wrap col-sm-12 nv-right blog-sidebar"><aside id="secondary" role="complementary">'
            f'<div id="block-2" class="widget widget_block widget_search"><form role="search" method="get" '
            f'action="{u("/")}" class="wp-block-search__button-outside wp-block-search"><label class="wp-block-search__label" '
            f'for="wp-block-search__input-1">Search</label><input class="wp-block-search__input" id="wp-block-search__input-1" '
            f'type="search" name="s" required><button type="submit" class="wp-block-search__button">Search</button>'
            f'</form></div><div id="block-3" class="widget widget_block"><h2 class="wp-block-heading">Recent Posts</h2>'
            f'<ul class="wp-block-latest-posts__list wp-block-latest-posts">{recent}</ul></div>'
            f'<div id="block-4" class="widget widget_block"><h2 class="wp-block-heading">Categories</h2>'
            f'<ul class="wp-block-categories-list wp-block-categories"><li class="cat-item cat-item-4">'
            f'<a href="{u("/category/mentoring/")}">Mentoring</a></li></ul></div>'
            f'<div id="block-5" class="widget widget_block"><h2 class="wp-block-heading">Archives</h2>'
            f'<ul class="wp-block-archives-list wp-block-archives"><li><a href="{u("/2025/03/")}">March 2025</a></li>'
            f"</ul></div></aside></div>") if sidebar else ""
    return (f'<body class="{body_class} nv-blog-grid nv-sidebar-right menu_sidebar_slide_left" id="neve_body">'
            f'<div class="wrapper"><header class="header" role="banner"><a class="neve-skip-link show-on-focus" '
            f'href="#content">Skip to content</a><div id="header-grid" class="hfg_header site-header">'
            f'<nav class="header--row header-main hide-on-mobile hide-on-tablet layout-full-contained nv-navbar '
            f'header--row"><div class="header--row-inner header-main-inner"><div class="container"><div class="row '
            f'row--wrapper"><div class="hfg-slot left"><div class="builder-item desktop-left"><div class="item--inner '
            f'builder-item--logo"><div class="site-logo"><a class="brand" href="{u("/")}" title="&larr; {NEVE_SITE}" '
            f'aria-label="{NEVE_SITE} Notes from a small branch library" rel="home"><div class="title-with-logo">'
            f'<div class="nv-title-tagline-wrap"><p class="site-title">{NEVE_SITE}</p><small>Notes from a small branch '
            f'library</small></div></div></a></div></div></div></div><div class="hfg-slot right"><div class="builder-item '
            f'has-nav"><div class="item--inner builder-item--primary-menu has_menu"><div class="nv-nav-wrap">'
            f'<div role="navigation" class="nav-menu-primary" aria-label="Primary Menu"><ul id="nv-primary-navigation-main" '
            f'class="primary-menu-ul nav-ul menu-desktop"><li class="menu-item"><div class="wrap"><a href="{u("/")}">Home'
            f'</a></div></li><li class="menu-item"><div class="wrap"><a href="{u("/category/mentoring/")}">Mentoring</a>'
            f'</div></li><li class="menu-item"><div class="wrap"><a href="{u("/events/")}">Events</a></div></li>'
            f'<li class="menu-item"><div class="wrap"><a href="{u("/about/")}">About</a></div></li><li class="menu-item">'
            f'<div class="wrap"><a href="{u("/contact/")}">Contact</a></div></li></ul></div></div></div></div></div>'
            f'</div></div></div></div></nav></div></header><main id="content" class="neve-main"><div class="container '
            f'archive-container"><div class="row">{main}{side}</div></div></main>'
            f'<footer class="site-footer" id="site-footer"><div class="hfg_footer"><div class="footer--row '
            f'footer-bottom layout-full-contained"><div class="footer--row-inner footer-bottom-inner footer-content-wrap">'
            f'<div class="container"><div class="hfg-grid nv-footer-content hfg-grid-bottom row--wrapper row">'
            f'<div class="builder-item"><div class="component-wrap"><p><a href="https://themeisle.com/themes/neve/" '
            f'rel="nofollow">Neve</a> | Powered by <a href="https://wordpress.org" rel="nofollow">WordPress</a></p>'
            f"</div></div></div></div></div></div></div></footer></div>"
            f'<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar">'
            f'<div class="cky-notice"><p class="cky-title">We value your privacy</p><div class="cky-notice-des"><p>We '
            f"use cookies to enhance your browsing experience and analyze our traffic. By clicking \"Accept All\", you "
            f'consent to our use of cookies.</p></div><div class="cky-notice-btn-wrapper"><button class="cky-btn '
            f'cky-btn-reject">Reject All</button><button class="cky-btn cky-btn-accept">Accept All</button></div></div>'
            f"</div></div></body></html>")


def _neve_meta_list(u: U, date: str) -> str:
    return (f'<ul class="nv-meta-list"><li class="meta author vcard"><span class="author-name fn">by '
            f'<a href="{u("/author/rosa/")}" title="Posts by Rosa Delgado" rel="author">Rosa Delgado</a></span></li>'
            f'<li class="meta date posted-on"><time class="entry-date published" datetime="{date}T08:30:00-05:00">'
            f"{_long_date(date)}</time></li></ul>")


def _neve_post(u: U, i: int) -> Doc:
    key, slug, date, cat, tags = NEVE_POSTS[i]
    title, paras = T.NEVE[key]
    url = u(f"/{slug}/")
    graph = [{"@type": "BlogPosting", "@id": url + "#blogposting", "name": title, "headline": title,
              "author": {"@id": u("/author/rosa/#author")}, "datePublished": date + "T08:30:00-05:00",
              "articleSection": cat, "mainEntityOfPage": {"@id": url + "#webpage"}},
             {"@type": "BreadcrumbList", "@id": url + "#breadcrumblist", "itemListElement": [
                 {"@type": "ListItem", "position": 1, "name": "Home", "item": u("/")},
                 {"@type": "ListItem", "position": 2, "name": cat}]},
             {"@type": "Person", "@id": u("/author/rosa/#author"), "name": "Rosa Delgado", "url": u("/author/rosa/")},
             {"@type": "WebPage", "@id": url + "#webpage", "url": url, "name": title},
             {"@type": "WebSite", "@id": u("/#website"), "url": u("/"), "name": NEVE_SITE}]
    tag_links = ", ".join(f'<a href="{u("/tag/" + t + "/")}" rel="tag">{t}</a>' for t in tags if t == "slack")
    prev_key, prev_slug = NEVE_POSTS[i - 1][0], NEVE_POSTS[i - 1][1]
    comments = ""
    if GRADES[key] >= 2:
        comments = (f'<div id="comments" class="comments-area"><div class="nv-comments-wrap"><div '
                    f'class="nv-comments-title-wrap"><h2 class="comments-title">2 Comments</h2></div>'
                    f'<ol class="nv-comments-list"><li id="comment-{i}1" class="comment even thread-even depth-1">'
                    f'<article id="div-comment-{i}1" class="nv-comment-article"><div class="nv-comment-header">'
                    f'<div class="comment-author vcard"><span class="fn">Dev P.</span></div></div><div '
                    f'class="nv-comment-content comment nv-content-wrap"><p>This is so true. Sharing with our new '
                    f"hires.</p></div></article></li><li id=\"comment-{i}2\" class=\"comment odd depth-1\"><article "
                    f'class="nv-comment-article"><div class="nv-comment-header"><div class="comment-author vcard">'
                    f'<span class="fn">Marguerite</span></div></div><div class="nv-comment-content comment '
                    f'nv-content-wrap"><p>Thanks for writing this up, Rosa!</p></div></article></li></ol></div>'
                    f'<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">'
                    f'Leave a Reply</h2><form action="/wp-comments-post.php" method="post" id="commentform" '
                    f'class="comment-form"><textarea id="comment" name="comment"></textarea></form></div></div>')
    body = ps(paras)
    if key == "march-links":  # a round-up links out
        body = ps(paras[:2]) + (f'<p>{esc(paras[2])} (<a href="{OTHER["blowfish-libmentor"]}">the Mastodon post</a>, '
                                f'<a href="{OTHER["zenodo-report"]}">the survey</a>)</p>'
                                f'<p>{esc(paras[3])} (<a href="{OTHER["pulse-nobody"]}">read it</a>)</p>') + ps(paras[4:])
    main = (f'<div class="nv-single-post-wrap col"><article id="post-{100 + i}" class="nv-single-post-wrap col '
            f'post-{100 + i} post type-post status-publish format-standard hentry category-{cat.lower()}">'
            f'<div class="entry-header"><div class="nv-title-meta-wrap"><small class="nv-meta-list nv-dynamic-meta">'
            f'<a href="{u("/category/" + cat.lower() + "/")}" rel="category tag">{cat}</a></small>'
            f'<h1 class="title entry-title">{esc(title)}</h1>{_neve_meta_list(u, date)}</div></div>'
            f'<div class="nv-content-wrap entry-content">{body}</div>'
            + (f'<div class="nv-tags-list"><span>Tags:</span>{tag_links}</div>' if tag_links else "")
            + f'<div class="nv-post-navigation"><div class="previous"><a href="{u("/" + prev_slug + "/")}" rel="prev">'
              f'<span class="nav-direction">previous</span><span>{esc(T.NEVE[prev_key][0])}</span></a></div></div>'
              f"{comments}</article></div>")
    head = _neve_head(f"{title} - {NEVE_SITE}", url, "article", graph,
                      f'<meta name="description" content="{esc(paras[0][:155])}">'
                      f'<meta property="article:published_time" content="{date}T08:30:00-05:00">'
                      f'<meta property="article:section" content="{cat}">')
    return Doc("neve.example", f"/{slug}/", "article", GRADES[key],
               (head + _neve_chrome(u, "post-template-default single single-post single-format-standard", main)).encode())


def _neve_cards(u: U, posts) -> str:
    out = []
    for key, slug, date, cat, _ in posts:
        title, paras = T.NEVE[key]
        out.append(f'<article class="post type-post status-publish format-standard hentry category-{cat.lower()} '
                   f'layout-grid col-md-6 col-sm-12"><div class="article-content-col"><div class="content">'
                   f'<h2 class="blog-entry-title entry-title"><a href="{u("/" + slug + "/")}" rel="bookmark">'
                   f"{esc(title)}</a></h2>{_neve_meta_list(u, date)}<div class=\"excerpt-wrap entry-summary\"><p>"
                   f'{cut(paras[0], 220)} <a href="{u("/" + slug + "/")}" class="more-link">Read More &raquo;<span '
                   f'class="screen-reader-text">{esc(title)}</span></a></p></div></div></div></article>')
    return "".join(out)


def _neve_listing(u: U, path: str, kind: str, heading: str | None, posts, body_class: str, schema: str,
                  page: int = 1, more: bool = False) -> Doc:
    url = u(path)
    graph = [{"@type": schema, "@id": url + "#" + schema.lower(), "url": url, "name": heading or NEVE_SITE},
             {"@type": "WebSite", "@id": u("/#website"), "url": u("/"), "name": NEVE_SITE}]
    head_html = (f'<div class="nv-page-title-wrap nv-big-title"><div class="nv-page-title"><h1>{heading}</h1></div></div>'
                 if heading else "")
    pager = ""
    if more:
        pager = (f'<ul class="page-numbers"><li><span aria-current="page" class="page-numbers current">1</span></li>'
                 f'<li><a class="page-numbers" href="{u("/page/2/")}">2</a></li><li><a class="next page-numbers" '
                 f'href="{u("/page/2/")}">Next &raquo;</a></li></ul>')
    elif page == 2:
        pager = (f'<ul class="page-numbers"><li><a class="prev page-numbers" href="{u("/")}">&laquo; Previous</a></li>'
                 f'<li><a class="page-numbers" href="{u("/")}">1</a></li><li><span aria-current="page" '
                 f'class="page-numbers current">2</span></li></ul>')
    extra = (f'<link rel="next" href="{u("/page/2/")}">' if more else "") + (
        f'<link rel="prev" href="{u("/")}">' if page == 2 else "")
    main = (f'<div class="nv-index-posts blog col">{head_html}<div class="posts-wrapper">{_neve_cards(u, posts)}'
            f'</div><div class="nv-index-pagination">{pager}</div></div>')
    title = f"{heading} - {NEVE_SITE}" if heading else (NEVE_SITE if page == 1 else f"{NEVE_SITE} - Page 2")
    return Doc("neve.example", path, kind, 0,
               (_neve_head(title, url, "website", graph, extra) + _neve_chrome(u, body_class, main)).encode())


def _neve_page(u: U, path: str, kind: str, title: str, html_text: str, schema: str) -> Doc:
    url = u(path)
    graph = [{"@type": schema, "@id": url + "#webpage", "url": url, "name": title},
             {"@type": "WebSite", "@id": u("/#website"), "url": u("/"), "name": NEVE_SITE}]
    main = (f'<div class="nv-single-page-wrap col"><div class="nv-page-title-wrap nv-big-title"><div '
            f'class="nv-page-title"><h1>{esc(title)}</h1></div></div><div class="nv-content-wrap entry-content">'
            f"{html_text}</div></div>")
    return Doc("neve.example", path, kind, 0, (_neve_head(f"{title} - {NEVE_SITE}", url, "website", graph)
                                                + _neve_chrome(u, "page-template-default page", main, False)).encode())


def neve(u: U) -> list[Doc]:
    docs = [_neve_post(u, i) for i in range(len(NEVE_POSTS))]
    newest = list(reversed(NEVE_POSTS))
    mentoring = [p for p in newest if p[3] == "Mentoring"]
    docs += [
        _neve_listing(u, "/", "home", None, newest[:6], "home blog", "CollectionPage", more=True),
        _neve_listing(u, "/page/2/", "listing", None, newest[6:], "home blog paged paged-2", "CollectionPage", page=2),
        _neve_listing(u, "/category/mentoring/", "category", "Mentoring", mentoring, "archive category "
                      "category-mentoring", "CollectionPage"),
        *[_neve_listing(u, f"/category/{c.lower()}/", "category", c, [p for p in newest if p[3] == c],
                        f"archive category category-{c.lower()}", "CollectionPage")
          for c in dict.fromkeys(p[3] for p in newest) if c != "Mentoring"],
        _neve_listing(u, "/tag/slack/", "tag", "slack", [p for p in newest if "slack" in p[4]],
                      "archive tag tag-slack", "CollectionPage"),
        _neve_listing(u, "/?s=mentor", "search", "Search Results for: mentor",
                      [p for p in newest if "ment" in " ".join(T.NEVE[p[0]][1]).lower()], "search search-results",
                      "SearchResultsPage"),
        _neve_listing(u, "/author/rosa/", "profile", "Rosa Delgado", newest, "archive author author-rosa",
                      "ProfilePage"),
        _neve_listing(u, "/2025/03/", "listing", "Month: March 2025", [p for p in newest if p[2][:7] == "2025-03"],
                      "archive date", "CollectionPage"),
        _neve_page(u, "/about/", "about", "About", ps(T.NEVE_ABOUT) + f'<p>Read my posts on '
                   f'<a href="{u("/category/mentoring/")}">mentoring</a> or <a href="{u("/?s=mentor")}">search</a>.</p>',
                   "AboutPage"),
        _neve_page(u, "/contact/", "contact", "Contact", "<p>Want to swap notes on running a branch, or to ask about "
                   "mentoring new staff? Send me a message.</p><div class=\"wpforms-container\"><form id=\"wpforms-form-"
                   "41\" class=\"wpforms-validate wpforms-form\" method=\"post\"><input type=\"text\" name=\"wpforms"
                   "[fields][0]\"><input type=\"email\" name=\"wpforms[fields][1]\"><textarea name=\"wpforms[fields][2]"
                   "\"></textarea><button type=\"submit\">Submit</button></form></div>", "ContactPage"),
    ]
    not_found = _neve_page(u, "/events/", "error", "Oops! This page can't be found", "<p>It looks like nothing was "
                           "found at this location. Maybe try a search?</p>", "WebPage")
    docs.append(Doc("neve.example", "/events/", "error", 0,
                    not_found.body.replace(b"page-template-default page", b"error404"), status=404))
    return docs


# --- wpcom.example: WordPress.com, Independent Publisher 2, Jetpack ------------------------------------

WPCOM_SITE = "Shelf Life"
WPCOM_POSTS = [  # (key, path, date, category)
    ("book-fair", "/2025/01/13/book-fair-week/", "2025-01-13", "Library news"),
    ("mastodon-pln", "/2025/01/27/my-pln-after-the-great-migration/", "2025-01-27", "Professional learning"),
    ("circuits", "/2025/02/10/makerspace-simple-circuits/", "2025-02-10", "Makerspace"),
    ("facebook-mentor", "/2025/03/03/the-mentor-i-found-in-a-facebook-group/", "2025-03-03", "Professional learning"),
    ("tiktok-misinfo", "/2025/03/17/misinformation-on-tiktok/", "2025-03-17", "Information literacy"),
    ("chat-thursday", "/2025/03/24/schoollibmentor-chat-thursday/", "2025-03-24", "Professional learning"),
    ("chat-notes", "/2025/03/28/notes-from-the-schoollibmentor-chat/", "2025-03-28", "Professional learning"),
]


def _wpcom_page(u: U, title: str, body_class: str, main: str, head_extra: str = "", og_type: str = "website") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{esc(title)}</title>'
            f'<link rel="dns-prefetch" href="//s0.wp.com"><meta name="generator" content="WordPress.com">'
            f'<meta property="og:type" content="{og_type}"><meta property="og:title" content="{esc(title)}">'
            f'<meta property="og:site_name" content="{WPCOM_SITE}"><meta property="og:locale" content="en_GB">'
            f'<meta name="twitter:site" content="@wordpressdotcom">{head_extra}'
            f'<link rel="search" type="application/opensearchdescription+xml" href="{u("/osd.xml")}" '
            f'title="{WPCOM_SITE}"></head><body class="{body_class} customizer-styles-applied highlander-enabled '
            f'highlander-light"><div id="page" class="hfeed site"><a class="skip-link screen-reader-text" '
            f'href="#content">Skip to content</a><div id="hello-bar"></div><header id="masthead" class="site-header" '
            f'role="banner"><div class="site-branding"><a href="{u("/")}" class="site-logo-link" rel="home" '
            f'itemprop="url"></a><h1 class="site-title"><a href="{u("/")}" rel="home">{WPCOM_SITE}</a></h1>'
            f'<h2 class="site-description">The Harrow Lane School library blog</h2><div class="site-published-separator">'
            f'</div></div><nav id="site-navigation" class="main-navigation" role="navigation"><div class="menu-primary'
            f'-container"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="{u("/")}">Home</a></li>'
            f'<li class="menu-item"><a href="{u("/category/professional-learning/")}">Professional learning</a></li>'
            f'<li class="menu-item"><a href="{u("/about/")}">About</a></li></ul></div></nav></header>'
            f'<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" '
            f'class="site-main" role="main">{main}</main></div></div><footer id="colophon" class="site-footer" '
            f'role="contentinfo"><div class="site-info"><a href="https://wordpress.com/?ref=footer_blog" '
            f'rel="nofollow">Blog at WordPress.com.</a></div></footer></div>'
            f'<div id="actionbar" dir="ltr" style="display: none;" class="actnbr-pub-independent-publisher-2 '
            f'actnbr-has-follow"><ul><li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-follow" '
            f'href=""><span>Follow</span></a><div class="actnbr-popover tip tip-top-left actnbr-notice"><div '
            f'class="tip-arrow"></div><div class="tip-inner actnbr-follow-bubble"><ul><li class="actnbr-sitename">'
            f'<a href="{u("/")}">{WPCOM_SITE}</a></li></ul></div></div></li></ul></div></body></html>').encode()


def _wpcom_post(u: U, i: int) -> Doc:
    key, path, date, cat = WPCOM_POSTS[i]
    title, paras = T.WPCOM[key]
    others = [p for j, p in enumerate(WPCOM_POSTS) if j != i][-3:]
    related = "".join(f'<div class="jp-relatedposts-post jp-relatedposts-post{n}" data-post-format="false">'
                      f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{u(p)}" '
                      f'title="{esc(T.WPCOM[k][0])}" rel="">{esc(T.WPCOM[k][0])}</a></h4><p '
                      f'class="jp-relatedposts-post-excerpt">{cut(T.WPCOM[k][1][0], 140)}</p><p '
                      f'class="jp-relatedposts-post-date">{_long_date(d)}</p><p class="jp-relatedposts-post-context">'
                      f"In &quot;{esc(c)}&quot;</p></div>" for n, (k, p, d, c) in enumerate(others))
    body = ps(paras)
    if key == "chat-notes":
        body += f'<p>Missed the reminder? <a href="{u(WPCOM_POSTS[5][1])}">Here it is</a>.</p>'
    main = (f'<article id="post-{300 + i}" class="post-{300 + i} post type-post status-publish format-standard hentry '
            f'category-{cat.lower().replace(" ", "-")}"><header class="entry-header"><h1 class="entry-title p-name" '
            f'itemprop="name">{esc(title)}</h1></header><div class="entry-meta"><span class="byline"><span '
            f'class="author vcard"><a class="url fn n" href="{u("/about/")}">Niamh Byrne</a></span></span><span '
            f'class="cat-links"><a href="{u("/category/" + cat.lower().replace(" ", "-") + "/")}" rel="category tag">'
            f'{esc(cat)}</a></span><span class="posted-on"><a href="{u(path)}" rel="bookmark"><time '
            f'class="entry-date published" datetime="{date}T16:05:00+00:00">{_long_date(date)}</time></a></span>'
            f'</div><div class="entry-content e-content" itemprop="mainEntityOfPage">{body}'
            f'<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social '
            f'sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>'
            f'<li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button" '
            f'href="{u(path)}?share=twitter" target="_blank"><span>X</span></a></li><li class="share-facebook">'
            f'<a rel="nofollow noopener noreferrer" class="share-facebook sd-button" href="{u(path)}?share=facebook" '
            f'target="_blank"><span>Facebook</span></a></li></ul></div></div></div><div class="sharedaddy sd-block '
            f'sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded"><h3 class="sd-title">Like this:</h3>'
            f'<div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like'
            f'</span></span> <span class="loading">Loading...</span></div></div>'
            f"<div id='jp-relatedposts' class='jp-relatedposts'><h3 class=\"jp-relatedposts-headline\"><em>Related</em>"
            f'</h3><div class="jp-relatedposts-items jp-relatedposts-items-visual">{related}</div></div></div>'
            f"</article>"
            + (f'<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on &ldquo;'
               f'{esc(title)}&rdquo;</h2><ol class="comment-list"><li class="comment byuser depth-1"><article '
               f'class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">'
               f'Ms Ellery</b></div></footer><div class="comment-content"><p>Love this. Saving it for our staff '
               f"meeting.</p></div></article></li></ol></div>" if GRADES[key] >= 2 else ""))
    head = (f'<meta property="og:url" content="{u(path)}"><meta property="article:published_time" '
            f'content="{date}T16:05:00+00:00"><meta property="article:author" content="Niamh Byrne">'
            f'<meta name="description" content="{esc(paras[0][:150])}"><link rel="canonical" href="{u(path)}">')
    return Doc("wpcom.example", path, "article", GRADES[key], _wpcom_page(
        u, f"{title} – {WPCOM_SITE}", "post-template-default single single-post single-format-standard", main, head,
        "article"))


def _wpcom_listing(u: U, path: str, kind: str, heading: str | None, posts, body_class: str) -> Doc:
    items = "".join(f'<article class="post type-post status-publish format-standard hentry"><header '
                    f'class="entry-header"><h1 class="entry-title"><a href="{u(p)}" rel="bookmark">{esc(T.WPCOM[k][0])}'
                    f'</a></h1></header><div class="entry-meta"><span class="posted-on"><time class="entry-date '
                    f'published" datetime="{d}">{_long_date(d)}</time></span></div><div class="entry-summary"><p>'
                    f'{cut(T.WPCOM[k][1][0], 300)}</p></div></article>' for k, p, d, _ in posts)
    header = f'<header class="page-header"><h1 class="page-title">{heading}</h1></header>' if heading else ""
    title = f"{heading} – {WPCOM_SITE}" if heading else WPCOM_SITE
    return Doc("wpcom.example", path, kind, 0,
               _wpcom_page(u, title.replace("<span>", "").replace("</span>", ""), body_class, header + items))


def wpcom(u: U) -> list[Doc]:
    docs = [_wpcom_post(u, i) for i in range(len(WPCOM_POSTS))]
    newest = list(reversed(WPCOM_POSTS))
    pl = [p for p in newest if p[3] == "Professional learning"]
    docs += [
        _wpcom_listing(u, "/", "home", None, newest, "home blog"),
        _wpcom_listing(u, "/category/professional-learning/", "category", "Category: <span>Professional learning"
                       "</span>", pl, "archive category"),
        *[_wpcom_listing(u, f"/category/{c.lower().replace(' ', '-')}/", "category", f"Category: <span>{c}</span>",
                         [p for p in newest if p[3] == c], "archive category")
          for c in dict.fromkeys(p[3] for p in newest) if c != "Professional learning"],
        _wpcom_listing(u, "/tag/mentoring/", "tag", "Tag: <span>mentoring</span>",
                       [p for p in pl if p[0] != "mastodon-pln"], "archive tag"),
        _wpcom_listing(u, "/2025/03/", "listing", "Month: <span>March 2025</span>",
                       [p for p in newest if p[2].startswith("2025-03")], "archive date"),
    ]
    about = (f'<article class="page type-page status-publish hentry"><header class="entry-header"><h1 '
             f'class="entry-title">About</h1></header><div class="entry-content">{ps(T.WPCOM_ABOUT)}<p>Posts on '
             f'<a href="{u("/tag/mentoring/")}">mentoring</a>, <a href="{u("/2025/03/")}">March</a>.</p></div></article>')
    docs.append(Doc("wpcom.example", "/about/", "about", 0, _wpcom_page(u, f"About – {WPCOM_SITE}",
                                                                         "page-template-default page", about)))
    return docs


# --- headline.example: Ghost, Headline theme ------------------------------------------------------

GH_SITE = "The Stacks Dispatch"
GH_POSTS = [  # (key, slug, date, tag, author)
    ("oa-week", "open-access-week-recap", "2025-10-28", "Scholarly communication", "tomas"),
    ("appropriations", "budget-season-appropriations", "2025-11-04", "Policy", "tomas"),
    ("this-week", "this-week-in-libraries-nov-10", "2025-11-10", "Digest", "tomas"),
    ("succession", "interview-succession-planning", "2025-11-17", "Mentoring", "leah"),
    ("communities-of-practice", "communities-of-practice-beyond-the-conference", "2025-11-24", "Workforce", "leah"),
    ("distributed-mentorship", "distributed-mentorship", "2025-12-01", "Mentoring", "leah"),
    ("starter-pack", "mentoring-mondays-bluesky-starter-pack", "2025-12-08", "Mentoring", "leah"),
]
GH_AUTHORS = {"leah": "Leah Morrow", "tomas": "Tomás Reyes"}


def _gh_slug(tag: str) -> str:
    return tag.lower().replace(" ", "-")


def _gh_page(u: U, title: str, body_class: str, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" '
            f'content="IE=edge"><title>{esc(title)}</title><meta name="HandheldFriendly" content="True">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0">'
            f'<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=1a2b3c4d5e">{head}'
            f'<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" '
            f'title="{GH_SITE}" href="{u("/rss/")}"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/'
            f'umd/portal.min.js" data-ghost="{u("/")}" crossorigin="anonymous"></script></head>'
            f'<body class="{body_class} is-head-stacked has-serif-title"><div class="gh-viewport">'
            f'<header id="gh-head" class="gh-head gh-outer"><div class="gh-head-inner gh-inner"><div class="gh-head-brand">'
            f'<div class="gh-head-brand-wrapper"><a class="gh-head-logo" href="{u("/")}">{GH_SITE}</a></div></div>'
            f'<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="{u("/")}">Home</a></li>'
            f'<li class="nav-mentoring"><a href="{u("/tag/mentoring/")}">Mentoring</a></li><li class="nav-about">'
            f'<a href="{u("/about/")}">About</a></li></ul></nav><div class="gh-head-actions"><a class="gh-head-link" '
            f'href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" '
            f'data-portal="signup">Subscribe</a></div></div></header><div class="site-content">{main}</div>'
            f'<footer class="gh-foot gh-outer"><div class="gh-foot-inner gh-inner"><div class="gh-copyright">'
            f'{GH_SITE} &copy; 2025</div><nav class="gh-foot-menu"><ul class="nav"><li class="nav-sign-up">'
            f'<a href="#/portal/">Sign up</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" '
            f'target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></body></html>').encode()


def _gh_card(u: U, post, small: bool = False) -> str:
    key, slug, date, tag, author = post
    title, paras = T.HEADLINE[key]
    return (f'<article class="gh-card post tag-{_gh_slug(tag)}{" gh-card-small" if small else ""}">'
            f'<a class="gh-card-link" href="{u("/" + slug + "/")}"><div class="gh-card-wrapper"><header '
            f'class="gh-card-header"><h3 class="gh-card-title">{esc(title)}</h3></header><div class="gh-card-excerpt">'
            f'{cut(paras[0], 160)}</div><footer class="gh-card-footer"><span class="gh-card-author">'
            f'{esc(GH_AUTHORS[author])}</span><time class="gh-card-date" datetime="{date}">{_long_date(date)}</time>'
            f"</footer></div></a></article>")


def _gh_post(u: U, i: int) -> Doc:
    key, slug, date, tag, author = GH_POSTS[i]
    title, paras = T.HEADLINE[key]
    url = u(f"/{slug}/")
    ld = {"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization",
          "name": GH_SITE, "url": u("/")}, "author": {"@type": "Person", "name": GH_AUTHORS[author],
          "url": u(f"/author/{author}/")}, "headline": title, "url": url, "datePublished": date + "T07:00:00.000Z",
          "keywords": tag, "description": paras[0][:200], "mainEntityOfPage": url}
    nxt = [p for j, p in enumerate(GH_POSTS) if j != i][-3:]
    main = (f'<main id="gh-main" class="gh-main"><article class="gh-article post tag-{_gh_slug(tag)}">'
            f'<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="{u("/tag/" + _gh_slug(tag) + "/")}">'
            f'{esc(tag)}</a><h1 class="gh-article-title is-title">{esc(title)}</h1><aside class="gh-article-sidebar">'
            f'<div class="gh-article-meta"><div class="gh-article-author-image"><a href="{u("/author/" + author + "/")}">'
            f'<img class="author-profile-image" src="/content/images/{author}.jpg" alt="{esc(GH_AUTHORS[author])}">'
            f'</a></div><div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="'
            f'{u("/author/" + author + "/")}">{esc(GH_AUTHORS[author])}</a></h4><div class="gh-article-meta-content">'
            f'<time class="gh-article-meta-date" datetime="{date}">{_long_date(date)}</time><span '
            f'class="gh-article-meta-length"><span class="bull">—</span> 4 min read</span></div></div></div></aside>'
            f'</header><section class="gh-content gh-canvas is-body">{ps(paras)}</section></article>'
            f'<section class="gh-cta gh-outer"><div class="gh-cta-inner gh-inner"><div class="gh-cta-content">'
            f'<h2 class="gh-cta-title">Subscribe to {GH_SITE}</h2><p class="gh-cta-description">Get the latest on '
            f'library policy, practice and professional learning in your inbox every Monday.</p></div><div '
            f'class="gh-cta-actions"><button class="gh-cta-button" data-portal="signup">Subscribe</button></div>'
            f'</div></section></main><section class="gh-container is-grid gh-outer"><div class="gh-container-inner '
            f'gh-inner"><h2 class="gh-container-title">Read next</h2><main class="gh-main"><div class="gh-feed">'
            + "".join(_gh_card(u, p, True) for p in nxt) + "</div></main></div></section>")
    head = (f'<meta name="description" content="{esc(paras[0][:200])}"><link rel="canonical" href="{url}">'
            f'<meta property="og:site_name" content="{GH_SITE}"><meta property="og:type" content="article">'
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:url" content="{url}">'
            f'<meta property="article:published_time" content="{date}T07:00:00.000Z">'
            f'<meta property="article:tag" content="{esc(tag)}"><meta name="twitter:card" content="summary_large_image">'
            + _ld(ld))
    return Doc("headline.example", f"/{slug}/", "article", GRADES[key],
               _gh_page(u, title, f"post-template tag-{_gh_slug(tag)}", main, head))


def headline(u: U) -> list[Doc]:
    docs = [_gh_post(u, i) for i in range(len(GH_POSTS))]
    newest = list(reversed(GH_POSTS))
    ment = [p for p in newest if p[3] == "Mentoring"]
    home = (f'<main class="gh-main gh-outer"><section class="gh-topic gh-topic-grid"><div class="gh-topic-inner '
            f'gh-inner"><header class="gh-topic-header"><h2 class="gh-topic-name"><a href="{u("/tag/mentoring/")}">'
            f'Mentoring</a></h2><a class="gh-topic-more" href="{u("/tag/mentoring/")}">More</a></header>'
            f'<div class="gh-topic-content">' + "".join(_gh_card(u, p) for p in ment) + "</div></div></section>"
            f'<section class="gh-topic gh-topic-list"><div class="gh-topic-inner gh-inner"><header '
            f'class="gh-topic-header"><h2 class="gh-topic-name">Latest</h2></header><div class="gh-topic-content">'
            + "".join(_gh_card(u, p, True) for p in newest[:5])
            + f'</div></div></section><nav class="gh-pagination"><a class="gh-pagination-next" href="{u("/page/2/")}">'
              f"Older posts</a></nav></main>")
    page2 = (f'<main class="gh-main gh-outer"><div class="gh-feed">' + "".join(_gh_card(u, p, True) for p in newest[5:])
             + f'</div><nav class="gh-pagination"><a class="gh-pagination-prev" href="{u("/")}">Newer posts</a></nav>'
               f"</main>")
    def tag_page(name, desc):
        return (f'<main class="gh-main gh-outer"><section class="gh-archive gh-inner"><div class="gh-archive-inner">'
                f'<header class="gh-archive-wrapper"><h1 class="gh-article-title is-title">{esc(name)}</h1><p '
                f'class="gh-article-excerpt">{esc(desc)}</p></header></div></section><div class="gh-feed gh-inner">'
                + "".join(_gh_card(u, p) for p in newest if p[3] == name) + "</div></main>")

    def author_page(who, bio):
        return (f'<main class="gh-main gh-outer"><section class="gh-archive has-image gh-inner"><div '
                f'class="gh-archive-inner"><header class="gh-archive-wrapper"><h1 class="gh-article-title is-title">'
                f'{esc(GH_AUTHORS[who])}</h1><p class="gh-article-excerpt">{esc(bio)}</p><footer '
                f'class="gh-author-meta"><div class="gh-author-social"><a class="gh-author-social-link" '
                f'href="https://bsky.example/profile/{who}" rel="me nofollow">Bluesky</a></div></footer></header></div>'
                f'</section><div class="gh-feed gh-inner">' + "".join(_gh_card(u, p) for p in newest if p[4] == who)
                + "</div></main>")
    tag = tag_page("Mentoring", "Mentoring, mentorship and the networks where library workers find mentors online.")
    author = author_page("leah", "Workforce editor. Writes the Mentoring Mondays column on mentoring, mentorship "
                                 "schemes and professional networks for library workers.")
    other_tags = {"Scholarly communication": "Open access, repositories and publishing.",
                  "Policy": "Funding, law and advocacy.", "Digest": "The week's library news in brief.",
                  "Workforce": "Staffing, pay, training and professional learning in libraries."}
    about = (f'<main id="gh-main" class="gh-main"><article class="gh-article page no-image"><header '
             f'class="gh-article-header gh-canvas"><h1 class="gh-article-title is-title">About</h1></header>'
             f'<section class="gh-content gh-canvas is-body">{ps(T.HEADLINE_ABOUT)}<p>Edited by '
             f'<a href="{u("/author/leah/")}">Leah Morrow</a> and Tomás Reyes.</p></section></article></main>')
    site_ld = _ld({"@context": "https://schema.org", "@type": "WebSite", "publisher": {"@type": "Organization",
                  "name": GH_SITE}, "url": u("/"), "name": GH_SITE})
    docs += [
        Doc("headline.example", "/", "home", 0, _gh_page(u, GH_SITE, "home-template", home,
                                                          '<meta property="og:type" content="website">' + site_ld)),
        Doc("headline.example", "/page/2/", "listing", 0, _gh_page(u, f"{GH_SITE} (Page 2)", "paged archive-template",
                                                                   page2, f'<link rel="prev" href="{u("/")}">')),
        Doc("headline.example", "/tag/mentoring/", "tag", 0, _gh_page(u, f"Mentoring - {GH_SITE}", "tag-template "
                                                                      "tag-mentoring", tag,
                                                                      '<meta property="og:type" content="website">')),
        Doc("headline.example", "/author/leah/", "profile", 0, _gh_page(
            u, f"Leah Morrow - {GH_SITE}", "author-template author-leah", author,
            '<meta property="og:type" content="profile">' + _ld({"@context": "https://schema.org", "@type": "Person",
                                                                  "name": "Leah Morrow", "url": u("/author/leah/")}))),
        *[Doc("headline.example", f"/tag/{_gh_slug(t)}/", "tag", 0, _gh_page(
            u, f"{t} - {GH_SITE}", f"tag-template tag-{_gh_slug(t)}", tag_page(t, d),
            '<meta property="og:type" content="website">')) for t, d in other_tags.items()],
        Doc("headline.example", "/author/tomas/", "profile", 0, _gh_page(
            u, f"Tomás Reyes - {GH_SITE}", "author-template author-tomas",
            author_page("tomas", "Policy editor. Covers budgets, legislation and scholarly communication."),
            '<meta property="og:type" content="profile">')),
        Doc("headline.example", "/about/", "about", 0, _gh_page(u, f"About - {GH_SITE}", "page-template page-about",
                                                                about)),
    ]
    return docs


# --- hubspot.example: a vendor's HubSpot CMS site and blog ----------------------------------------------

HS_SITE = "Shelfwise"
HS_POSTS = [  # (key, slug, date, tag)
    ("release-42", "shelfwise-4-2-release-notes", "2025-04-08", "Product updates"),
    ("mentor-mode", "meet-mentor-mode", "2025-05-13", "Product updates"),
    ("linkedin-network", "grow-your-professional-network-on-linkedin", "2025-06-10", "Professional development"),
    ("shelfwise-chat", "introducing-shelfwise-chat", "2025-07-01", "Product updates"),
    ("burnout-survey", "librarian-burnout-survey", "2025-08-19", "Library workforce"),
    ("webinar-recap", "webinar-recap-virtual-mentoring-programs", "2025-09-23", "Professional development"),
]


def _hs_page(u: U, title: str, body_class: str, main: str, head: str = "") -> bytes:
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" '
            f'content="HubSpot">{head}<link rel="stylesheet" href="/hubfs/hub_generated/template_assets/1/main.min.css">'
            f'</head><body><div class="body-wrapper {body_class}"><div data-global-resource-path="@hubspot/growth/'
            f'templates/partials/header.html"><header class="header"><a href="#main-content" '
            f'class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div '
            f'class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper '
            f'hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo"><a href="{u("/")}" '
            f'id="hs-link-site_logo"><img src="/hubfs/shelfwise-logo.svg" alt="Shelfwise" class="hs-image-widget">'
            f'</a></span></div><div class="header__menu"><nav aria-label="Main menu" class="menu menu--desktop">'
            f'<ul class="menu__wrapper no-list"><li class="menu__item menu__item--depth-1"><a class="menu__link" '
            f'href="{u("/")}">Product</a></li><li class="menu__item menu__item--depth-1"><a class="menu__link" '
            f'href="{u("/blog")}">Blog</a></li><li class="menu__item menu__item--depth-1"><a class="menu__link" '
            f'href="{u("/contact")}">Contact</a></li></ul></nav></div></div></header></div>'
            f'<main id="main-content" class="body-container-wrapper">{main}</main>'
            f'<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer">'
            f'<div class="footer__container content-wrapper"><p>&copy; 2025 Shelfwise Inc. Library software that gets '
            f'out of the way.</p></div></footer></div></div>'
            f'<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" data-hs-banner-type='
            f'"default"><div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website '
            f"stores cookies on your computer. These cookies are used to improve your website experience and provide "
            f"more personalized services to you.</p></div><div id=\"hs-eu-cookie-confirmation-buttons-area\"><a "
            f'id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" '
            f'role="button" href="#">Decline</a></div></div></div><!-- HubSpot Analytics Code --></body></html>').encode()


def _hs_summary(u: U, post) -> str:
    key, slug, date, tag = post
    title, paras = T.HUBSPOT[key]
    return (f'<article class="blog-index__post blog-index__post--small" aria-label="Blog post summary: '
            f'{esc(title)}"><div class="blog-index__post-content"><div class="blog-index__post-tags"><a '
            f'class="blog-index__post-tag" href="{u("/blog/tag/" + _gh_slug(tag))}">{esc(tag)}</a></div><h2><a '
            f'href="{u("/blog/" + slug)}">{esc(title)}</a></h2><p>{cut(paras[0], 200)}</p><div '
            f'class="blog-index__post-author"><span class="blog-index__post-author-name">Dana Whitfield</span> '
            f'<time>{_long_date(date)}</time></div></div></article>')


def _hs_post(u: U, i: int) -> Doc:
    key, slug, date, tag = HS_POSTS[i]
    title, paras = T.HUBSPOT[key]
    url = u(f"/blog/{slug}")
    body = ps(paras)
    if key == "webinar-recap":
        body += (f'<p>Looking for last year\'s toolkit? <a href="{u("/blog/mentoring-toolkit-2024")}">Download the '
                 f"2024 mentoring toolkit</a>.</p>")
    related = [p for j, p in enumerate(HS_POSTS) if j != i and p[3] == tag][:3] or [HS_POSTS[0]]
    main = (f'<div class="body-container body-container--blog-post"><div class="content-wrapper"><article '
            f'class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field '
            f'hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="text">{esc(title)}'
            f'</span></h1><div class="blog-post__meta"><a class="blog-post__author-name" href="'
            f'{u("/blog/author/dana-whitfield")}">Dana Whitfield</a><time datetime="{date} 14:00:00" '
            f'class="blog-post__timestamp">{_long_date(date)}</time></div><div class="blog-post__body"><span '
            f'id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field '
            f'hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">'
            f'{body}</span></div><div class="blog-post__tags"><span class="blog-post__tags-label">Topics:</span>'
            f'<a class="blog-post__tag-link" href="{u("/blog/tag/" + _gh_slug(tag))}" rel="tag">{esc(tag)}</a></div>'
            f'<span class="hs-cta-wrapper" id="hs-cta-wrapper-{zlib.crc32(slug.encode())}"><span '
            f'class="hs-cta-node hs-cta-{zlib.crc32(slug.encode())}"><a class="cta_button" href="{u("/contact")}" '
            f'title="Book a demo">Book a demo</a></span></span></article></div>'
            f'<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2>'
            + "".join(f'<article class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a '
                      f'class="blog-related-posts__title-link" href="{u("/blog/" + p[1])}">{esc(T.HUBSPOT[p[0]][0])}'
                      f'</a></h3><p>{cut(T.HUBSPOT[p[0]][1][0], 120)}</p></article>' for p in related)
            + "</div></section></div>")
    head = (f'<meta name="description" content="{esc(paras[0][:160])}"><link rel="canonical" href="{url}">'
            f'<meta property="og:description" content="{esc(paras[0][:160])}"><meta property="og:title" '
            f'content="{esc(title)}"><meta property="og:url" content="{url}"><meta property="og:type" '
            f'content="article"><meta name="twitter:card" content="summary_large_image"><meta name="author" '
            f'content="Dana Whitfield"><meta property="article:published_time" content="{date}T14:00:00Z">'
            f'<link rel="alternate" type="application/rss+xml" href="{u("/blog/rss.xml")}">')
    return Doc("hubspot.example", f"/blog/{slug}", "article", GRADES[key],
               _hs_page(u, title, f"hs-content-id-{900 + i} hs-blog-post hs-blog-id-4411", main, head))


def _hs_listing(u: U, path: str, kind: str, heading: str, posts, extra: str = "", intro: str = "") -> Doc:
    main = (f'<div class="body-container body-container--blog-index"><div class="content-wrapper">'
            f'<div class="blog-header"><h1 class="blog-header__title">{esc(heading)}</h1>{intro}</div>'
            f'<section class="blog-index">{"".join(_hs_summary(u, p) for p in posts)}</section>{extra}</div></div>')
    return Doc("hubspot.example", path, kind, 0, _hs_page(u, f"{heading} | {HS_SITE}", "hs-blog-listing", main,
                                                          f'<link rel="canonical" href="{u(path)}">'))


def hubspot(u: U) -> list[Doc]:
    docs = [_hs_post(u, i) for i in range(len(HS_POSTS))]
    newest = list(reversed(HS_POSTS))
    nxt = (f'<div class="blog-pagination"><a class="blog-pagination__link blog-pagination__next-link" '
           f'href="{u("/blog/page/2")}">Next</a></div>')
    docs += [
        _hs_listing(u, "/blog", "listing", "The Shelfwise Blog", newest[:4], nxt,
                    "<p>Tips, research and product news for library teams.</p>"),
        _hs_listing(u, "/blog/page/2", "listing", "The Shelfwise Blog", newest[4:],
                    f'<div class="blog-pagination"><a class="blog-pagination__link blog-pagination__prev-link" '
                    f'href="{u("/blog")}">Prev</a></div>'),
        *[_hs_listing(u, "/blog/tag/" + _gh_slug(t), "tag", t, [p for p in newest if p[3] == t])
          for t in dict.fromkeys(p[3] for p in newest)],
        _hs_listing(u, "/blog/author/dana-whitfield", "profile", "Dana Whitfield", newest, "",
                    '<div class="blog-header__author"><p class="blog-header__author-bio">Dana is Shelfwise\'s '
                    "community manager and a former academic librarian. She writes about professional development, "
                    "mentoring programs and the communities library staff build online.</p></div>"),
    ]
    home = (f'<div class="dnd-section"><div class="row-fluid"><h1>Library software that gets out of the way</h1>'
            f"<p>Circulation, cataloguing and patron services in one place, for public, school and academic "
            f'libraries.</p><a class="button" href="{u("/contact")}">Book a demo</a></div></div><div '
            f'class="dnd-section"><h2>From the blog</h2>' + "".join(_hs_summary(u, p) for p in newest[:3])
            + f'<p><a href="{u("/blog")}">All posts</a></p></div>')
    docs.append(Doc("hubspot.example", "/", "home", 0, _hs_page(u, "Shelfwise | Library software", "hs-landing-page",
                                                                home, '<meta property="og:type" content="website">')))
    contact = ('<div class="dnd-section"><h1>Contact us</h1><p>Talk to our team about a demo, pricing or support.'
               '</p><div class="hbspt-form"><form id="hsForm_contact" class="hs-form stacked" method="POST">'
               '<input name="email" type="email"><textarea name="message"></textarea><input type="submit" '
               'value="Submit" class="hs-button primary large"></form></div><p>Shelfwise Inc., 210 Mill Street, '
               "Portland</p></div>")
    docs.append(Doc("hubspot.example", "/contact", "contact", 0, _hs_page(u, "Contact us | Shelfwise",
                                                                          "hs-landing-page", contact)))
    missing = ('<div class="body-container body-container--error"><div class="content-wrapper"><div '
               'class="error-page" data-error="404"><h1 class="error-page__heading">This page can\'t be found</h1>'
               "<p>The page you're looking for may have moved or no longer exists. Try the blog's home page.</p>"
               "</div></div></div>")
    docs.append(Doc("hubspot.example", "/blog/mentoring-toolkit-2024", "error", 0,
                    _hs_page(u, "Page not found | Shelfwise", "hs-error-page", missing), status=404))
    return docs


# --- lemmy.example: lemmy-ui, server-side rendered ----------------------------------------------------

LEMMY_THREADS = [  # (key, id, date)
    ("reading-thread", 48211, "2025-09-05"),
    ("facebook-hacked", 48390, "2025-09-09"),
    ("fedi-cataloguing", 48812, "2025-09-18"),
    ("ala-mentorship", 49177, "2025-10-02"),
    ("isolated", 49530, "2025-10-14"),
]
LEMMY_SITE = "Lemmy for Libraries"


def _lemmy_page(u: U, title: str, main: str, head: str = "", side: bool = True) -> bytes:
    sidebar = (f'<aside class="d-none d-md-block col-md-4 col-lg-3"><div class="card border-secondary mb-3"><div '
               f'class="card-body"><h5 class="mb-0"><a href="{u("/c/libraries")}">libraries</a></h5><div '
               f'class="md-div"><p>{esc(T.LEMMY_COMMUNITY)}</p></div><p>Be kind. No vendor spam.</p></div></div>'
               f"</aside>") if side else ""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{esc(title)}</title><meta name="Description" '
            f'content="Lemmy"><meta property="og:site_name" content="{LEMMY_SITE}">{head}'
            f'<link rel="manifest" href="/manifest.webmanifest"><link rel="stylesheet" type="text/css" '
            f'href="/css/themes/litely.css"></head><body class="app-expanded"><noscript><div class="alert '
            f'alert-danger rounded-0" role="alert"><b>Javascript is disabled. Actions will not work.</b></div>'
            f'</noscript><div id="root"><div class="lemmy-site"><div class="shadow-sm"><nav class="navbar '
            f'navbar-expand-md navbar-light shadow-sm p-0 px-3 container-lg" id="navbar"><a class="d-flex '
            f'align-items-center navbar-brand me-md-3 active" title="{LEMMY_SITE}" href="{u("/")}">{LEMMY_SITE}</a>'
            f'<div class="collapse navbar-collapse my-2"><ul class="me-auto navbar-nav"><li class="nav-item">'
            f'<a class="nav-link" title="Communities" href="{u("/c/libraries")}">Communities</a></li><li '
            f'class="nav-item"><a class="nav-link" title="Search" href="{u("/search?q=mentor&amp;type=All")}">'
            f'Search</a></li></ul><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/login" '
            f'rel="nofollow">Login</a></li></ul></div></nav></div><div class="mt-4 p-0 fl-1"><div '
            f'class="container-lg"><div class="row"><main class="col-12 col-md-8 col-lg-9 mb-3">{main}</main>'
            f"{sidebar}</div></div></div></div></div></body></html>").encode()


def _lemmy_person(u: U, who: str) -> str:
    return (f'<a title="{who}" class="person-listing d-inline-flex align-items-baseline text-info" '
            f'href="{u("/u/" + who)}"><span>{who}</span></a>')


def _lemmy_row(u: U, thread) -> str:
    key, pid, date = thread
    title, posts = T.LEMMY[key]
    return (f'<div class="post-listing mt-2"><div class="d-none d-sm-flex"><div class="vote-bar col-1 pe-0 small '
            f'text-center"><div class="unselectable pointer text-muted" data-tippy-content="Number of upvotes">'
            f'{len(posts) * 7}</div></div><div class="col-12 col-sm-9"><div class="row"><div class="col-12"><h1 '
            f'class="h5 d-inline text-break"><a class="d-inline" href="{u(f"/post/{pid}")}" title="comments">'
            f'{esc(title)}</a></h1><div class="small mb-1 mb-md-0"><span class="small"><span>{_lemmy_person(u, posts[0][0])}'
            f'</span> to <a class="community-link" href="{u("/c/libraries")}">libraries</a></span> · <span '
            f'class="moment-time pointer unselectable" data-tippy-content="{date}">{date}</span></div><ul '
            f'class="d-flex align-items-center list-inline mb-0 text-muted small"><li class="list-inline-item"><a '
            f'class="btn btn-link btn-sm text-muted ps-0" title="{len(posts) - 1} comments" href="'
            f'{u(f"/post/{pid}")}">{len(posts) - 1} comments</a></li></ul></div></div></div></div></div>')


def _lemmy_thread(u: U, thread) -> Doc:
    key, pid, date = thread
    title, posts = T.LEMMY[key]
    op_who, op_text = posts[0]
    comments = "".join(f'<li class="comment" role="comment"><article id="comment-{pid * 10 + n}" class="details '
                       f'comment-node py-2"><div class="ms-2"><div class="d-flex flex-wrap align-items-center '
                       f'text-muted small"><span class="me-2">{_lemmy_person(u, who)}</span><span>'
                       f'<span class="moment-time pointer unselectable">{date}</span></span></div><div class="md-div">'
                       f"<p>{esc(text)}</p></div></div></article></li>" for n, (who, text) in enumerate(posts[1:], 1))
    main = (f'<div class="post-listing mt-2"><div class="row"><div class="col-12"><h1 class="h4 d-inline text-break">'
            f'<a class="d-inline" href="{u(f"/post/{pid}")}">{esc(title)}</a></h1><div class="small mb-1 mb-md-0">'
            f'<span>{_lemmy_person(u, op_who)}</span> to <a class="community-link" href="{u("/c/libraries")}">'
            f'libraries</a> · <span class="moment-time pointer unselectable" data-tippy-content="{date}">{date}'
            f'</span></div></div></div><article id="postContent" class="col-12 card my-2 p-2"><div class="md-div">'
            f'<p>{esc(op_text)}</p></div></article></div><div class="comments"><div class="d-flex justify-content-'
            f'between align-items-center mb-3"><h2 class="h4 mb-0">{len(posts) - 1} Comments</h2></div><ul '
            f'class="comments list-unstyled">{comments}</ul></div>')
    head = (f'<meta property="og:title" content="{esc(title)} - {LEMMY_SITE}"><meta property="og:url" '
            f'content="{u(f"/post/{pid}")}"><meta property="og:description" content="{esc(op_text[:200])}">'
            f'<meta name="description" content="{esc(op_text[:200])}">')
    return Doc("lemmy.example", f"/post/{pid}", "post", GRADES[key], _lemmy_page(u, f"{title} - {LEMMY_SITE}", main,
                                                                                   head))


def lemmy(u: U) -> list[Doc]:
    docs = [_lemmy_thread(u, t) for t in LEMMY_THREADS]
    newest = list(reversed(LEMMY_THREADS))
    rows = "".join(_lemmy_row(u, t) for t in newest)
    front = (f'<div class="mb-3"><div class="btn-group btn-group-toggle flex-wrap" role="group"><a class="btn '
             f'btn-outline-secondary active" href="{u("/")}">Local</a></div></div><div class="post-listings">{rows}</div>'
             f'<div class="my-2"><button class="btn btn-secondary" disabled>Prev</button></div>')
    docs.append(Doc("lemmy.example", "/", "home", 0, _lemmy_page(u, LEMMY_SITE, front)))
    community = (f'<div class="mb-2"><h1 class="h4 mb-0 overflow-wrap-anywhere">Libraries</h1><a class="community-link"'
                 f' href="{u("/c/libraries")}">!libraries@lemmy.example</a></div><div class="post-listings">{rows}</div>')
    docs.append(Doc("lemmy.example", "/c/libraries", "category", 0, _lemmy_page(
        u, f"Libraries - {LEMMY_SITE}", community, '<meta property="og:title" content="Libraries">')))
    bios = {"oldcatalog": "Cataloguer for 25 years. I mentor whoever asks. Mostly lurking in c/libraries.",
            "ruralref": "Reference and everything else at a rural library.", "quietstacks": "",
            "newbie_nomad": "MLIS student, moving a lot.", "metadatamoth": "Public library cataloguer.",
            "branchbee": "", "sysadmin_sam": "Library IT. Turn on two-factor.", "bookwyrm_fan": "Reads too much.",
            "bibframe_or_bust": "Linked data or nothing.", "jenlovesmarc": "Technical services, MARC forever."}
    for who, bio in bios.items():
        mine = [t for t in newest if any(p[0] == who for p in T.LEMMY[t[0]][1])]
        profile = (f'<div class="mb-3"><h1 class="h4 mb-4">{who}</h1><div class="md-div">{ps([bio] if bio else [])}</div>'
                   f'<ul class="list-inline mb-2"><li class="list-inline-item badge text-bg-light">{len(mine) * 4} '
                   f'Comments</li></ul></div><h2 class="h5">Recent activity</h2><div class="post-listings">'
                   + "".join(_lemmy_row(u, t) for t in mine) + "</div>")
        docs.append(Doc("lemmy.example", f"/u/{who}", "profile", 0, _lemmy_page(u, f"{who} - {LEMMY_SITE}", profile)))
    hits = [t for t in newest if "mentor" in " ".join(x for _, x in T.LEMMY[t[0]][1]).lower()]
    search = (f'<h1 class="h4 mb-4">Search</h1><form class="row gx-2 gy-3"><div class="col-auto"><input '
              f'type="search" class="form-control me-2 mb-2 col-sm-8" value="mentor" placeholder="Search…" '
              f'aria-label="Search" required minlength="1"></div><div class="col-auto"><button type="submit" '
              f'class="btn btn-secondary mb-2">Search</button></div></form><div class="post-listings">'
              + "".join(_lemmy_row(u, t) for t in hits) + "</div>")
    docs.append(Doc("lemmy.example", "/search?q=mentor&type=All", "search", 0,
                    _lemmy_page(u, f"Search - {LEMMY_SITE}", search)))
    return docs


# --- zenodo.example: InvenioRDM records -------------------------------------------------------------

ZEN_RECORDS = [  # (key, id, date, resource type, schema type, creators, file name, has pdf)
    ("staff-survey-data", 14022871, "2024-11-20", "Dataset", "Dataset", ["Varga, Ilona", "Osei, Kwame"],
     "staff_social_media_2024.csv", False),
    ("instagram-slides", 14566310, "2025-02-12", "Presentation", "PresentationDigitalDocument", ["Lindqvist, Maja"],
     "instagram_outreach_slides.pdf", True),
    ("peer-mentoring-report", 15100452, "2025-06-30", "Report", "Report", ["Osei, Kwame", "Hart, Juniper",
     "Varga, Ilona"], "peer_mentoring_online_networks_report.pdf", True),
]
ZEN_SITE = "Zenodo"


def _zen_page(u: U, title: str, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" '
            f'content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1"><title>'
            f"{esc(title)}</title>{head}<link rel=\"stylesheet\" href=\"/static/dist/css/3526.css\"></head>"
            f'<body data-invenio-config=\'{{"isMathJaxEnabled": false}}\' itemscope itemtype="http://schema.org/WebPage">'
            f'<div><header class="theme header"><div class="outer-navbar"><div class="ui container invenio-header-'
            f'container"><nav id="invenio-nav" class="ui inverted menu borderless p-0"><div class="item logo p-0">'
            f'<a class="logo-link" href="{u("/")}"><img class="ui image rdm-logo" src="/static/images/invenio-rdm.svg" '
            f'alt="{ZEN_SITE} home"></a></div><div id="invenio-menu" class="ui fluid menu borderless mobile-hidden">'
            f'<form action="{u("/search")}" class="ui form" role="search"><div class="ui fluid action input"><input '
            f'type="text" name="q" placeholder="Search records..." aria-label="Search records"><button type="submit" '
            f'class="ui icon search button">Search</button></div></form><a class="item" href="{u("/communities/libmentor")}">'
            f'Communities</a><a class="item" href="/login/?next=%2F" rel="nofollow">Log in</a></div></nav></div></div>'
            f'</header><main id="main">{main}</main><footer id="rdm-footer-element"><div class="footer-top"><div '
            f'class="ui container app-rdm-footer"><p>Built on InvenioRDM. Open for all research outputs.</p></div>'
            f"</div></footer></div></body></html>").encode()


def _zen_record(u: U, rec) -> list[Doc]:
    key, rid, date, rtype, stype, creators, fname, has_pdf = rec
    title, paras = T.ZENODO[key]
    url, file_url = u(f"/records/{rid}"), u(f"/records/{rid}/files/{fname}")
    doi = f"10.5281/zenodo.{rid}"
    ld = {"@context": "http://schema.org", "@id": f"https://doi.org/{doi}", "@type": stype, "name": title,
          "description": " ".join(paras), "datePublished": date, "identifier": f"https://doi.org/{doi}",
          "creator": [{"@type": "Person", "name": c, "familyName": c.split(", ")[0], "givenName": c.split(", ")[1]}
                      for c in creators], "license": "https://creativecommons.org/licenses/by/4.0/legalcode",
          "url": url}
    meta = ("".join(f'<meta name="citation_author" content="{esc(c)}">' for c in creators)
            + f'<meta name="citation_title" content="{esc(title)}"><meta name="citation_doi" content="{doi}">'
            f'<meta name="citation_publication_date" content="{date.replace("-", "/")}">'
            f'<meta name="citation_abstract_html_url" content="{url}">'
            + (f'<meta name="citation_pdf_url" content="{file_url}">' if has_pdf else "")
            + f'<meta name="description" content="{esc(paras[0][:300])}"><meta property="og:title" '
            f'content="{esc(title)}"><meta property="og:description" content="{esc(paras[0][:300])}">'
            f'<meta property="og:url" content="{url}"><meta property="og:site_name" content="{ZEN_SITE}">'
            f'<link rel="canonical" href="{url}"><link rel="alternate" type="application/x-bibtex" '
            f'href="{u(f"/records/{rid}/export/bibtex")}">' + _ld(ld))
    authors = "".join(f'<li class="creatibutor-wrap separated"><a class="ui creatibutor-link" data-tooltip="Creator" '
                      f'href="{u("/search?q=mentor&type=All")}" rel="nofollow"><span class="creatibutor-name">{esc(c)}'
                      f"</span></a></li>" for c in creators)
    main = (f'<div class="ui container"><div class="ui relaxed grid mt-5"><div class="two column row top-padded">'
            f'<article class="sixteen wide tablet eleven wide computer column main-record-content"><section '
            f'id="record-info" aria-label="Publication date and version number"><div class="ui grid middle aligned">'
            f'<div class="two column row"><div class="left floated left aligned column"><span class="ui" '
            f'title="Publication date">Published {_long_date(date)}</span> <span class="label text-muted"> | Version '
            f'v1</span></div><div class="right floated right aligned column"><span role="note" class="ui label '
            f'horizontal small neutral mb-5" aria-label="Resource type">{rtype}</span> <span role="note" '
            f'class="ui label horizontal small access-status open mb-5" data-tooltip="The record and files are '
            f'publicly accessible."><i class="icon unlock"></i><span class="lowercase">Open</span></span></div></div>'
            f'</div></section><div class="ui divider hidden"></div><section id="record-title-section" '
            f'aria-label="Record title and creators"><h1 id="record-title" class="wrap-overflowing-text">{esc(title)}'
            f'</h1><section id="creatibutors" aria-label="Creators and contributors"><div class="ui grid"><div '
            f'class="row ui accordion affiliations"><div class="sixteen wide mobile twelve wide tablet thirteen wide '
            f'computer column"><h3 class="sr-only">Creators</h3><ul class="creatibutors">{authors}</ul></div></div>'
            f'</div></section></section><section id="description" class="rel-mt-2 rich-input-content" '
            f'aria-label="Record description"><h2 id="description-heading" class="sr-only">Description</h2><div '
            f'style="word-wrap: break-word;">{ps(paras)}</div></section><section id="record-files" class="rel-mt-2 '
            f'rel-mb-3" aria-label="Files"><h2 id="files-heading">Files</h2><table class="ui striped table files">'
            f'<tbody><tr><td class="ten wide"><div><a href="{file_url}">{fname}</a></div><small class="ui text-muted '
            f'font-tiny">md5:{zlib.crc32(fname.encode()):08x}<div class="ui icon inline-block" data-tooltip="This is '
            f'the file fingerprint (checksum)"></div></small></td><td>1.2 MB</td></tr></tbody></table></section>'
            f'<section id="record-details"><h2>Additional details</h2><dl class="details-list"><dt class="ui tiny '
            f'header">Communities</dt><dd><a href="{u("/communities/libmentor")}">Library Workforce &amp; '
            f'Mentoring</a></dd></dl></section></article><aside class="sixteen wide tablet five wide computer column '
            f'sidebar" aria-label="Record details"><section id="metrics" class="ui segment rdm-sidebar"><div '
            f'class="ui tiny two statistics rel-mt-1"><div class="ui statistic"><div class="value">412</div><div '
            f'class="label">Views</div></div><div class="ui statistic"><div class="value">97</div><div class="label">'
            f'Downloads</div></div></div></section><section class="ui segment rdm-sidebar"><h2 class="ui small top '
            f'attached header">Citation</h2><div id="recordCitation" data-record-links=\'{{"self": "{url}"}}\' '
            f'data-styles=\'[["apa", "APA"]]\'><div class="ui placeholder"></div></div></section></aside></div>'
            f"</div></div>")
    docs = [Doc("zenodo.example", f"/records/{rid}", "document", GRADES[key], _zen_page(u, title, main, meta))]
    if not has_pdf:  # the dataset's file: a deposited document too, with nothing on the topic in it
        docs.append(Doc("zenodo.example", f"/records/{rid}/files/{fname}", "document", 0,
                        b"id,role,sector,platforms,posts_for_library,personal_account\n1,librarian,public,3,yes,yes\n"
                        b"2,assistant,academic,1,no,yes\n", "text/csv; charset=utf-8"))
    if has_pdf:
        lines = T.ZENODO_REPORT_PDF if key == "peer-mentoring-report" else T.ZENODO_SLIDES_PDF
        docs.append(Doc("zenodo.example", f"/records/{rid}/files/{fname}", "document",
                        PDF_GRADES["report-pdf" if key == "peer-mentoring-report" else "slides-pdf"], pdf(lines),
                        "application/pdf"))
    return docs


def zenodo(u: U) -> list[Doc]:
    docs = [d for rec in ZEN_RECORDS for d in _zen_record(u, rec)]
    items = "".join(f'<li class="item"><div class="content"><div class="extra labels-actions"><span class="ui tiny '
                    f'label neutral">{rtype}</span><span class="ui tiny label access-status open">Open</span></div>'
                    f'<h2 class="header"><a href="{u(f"/records/{rid}")}">{esc(T.ZENODO[k][0])}</a></h2><div '
                    f'class="ui item creatibutors"><p>{esc("; ".join(cr))}</p></div><div class="description">'
                    f'{cut(T.ZENODO[k][1][0], 260)}</div><div class="extra"><small>Published {_long_date(d)}</small>'
                    f"</div></div></li>" for k, rid, d, rtype, _, cr, _, _ in reversed(ZEN_RECORDS))
    community = (f'<div class="ui container"><div class="ui container fluid page-subheader-outer with-submenu '
                 f'rel-pt-2 ml-0-mobile mr-0-mobile"><div class="ui container relaxed grid page-subheader mr-0-mobile '
                 f'ml-0-mobile"><div class="row pb-0"><div class="sixteen wide mobile column"><h1 class="ui medium '
                 f'header mb-0">Library Workforce &amp; Mentoring</h1><p>Reports, data and slides on library work: '
                 f'staffing, mentoring, professional learning and social media.</p></div></div></div></div>'
                 f'<div class="ui divided link relaxed items">{items}</div></div>')
    docs.append(Doc("zenodo.example", "/communities/libmentor", "listing", 0,
                    _zen_page(u, f"Library Workforce & Mentoring | {ZEN_SITE}", community)))
    home = (f'<div class="ui container"><div id="frontpage-search"><h1 class="ui inverted large header">Research. '
            f'Shared.</h1><p>Deposit and discover research outputs of every kind.</p></div><div class="ui grid">'
            f'<div class="column"><h2 class="ui header">Recent uploads</h2><div class="ui divided link relaxed '
            f'items">{items}</div><a class="ui button" href="{u("/search?q=mentoring")}">Search all records</a>'
            f"</div></div></div>")
    docs.append(Doc("zenodo.example", "/", "home", 0, _zen_page(u, ZEN_SITE, home)))
    search = ('<div class="ui container"><div id="search-app" data-invenio-search-config=\'{"appId": '
              '"rdm-search", "initialQueryState": {"queryString": "mentoring", "sortBy": "bestmatch", "page": 1, '
              '"size": 10}, "searchApi": {"axios": {"url": "/api/records", "headers": {"Accept": '
              '"application/vnd.inveniordm.v1+json"}}}}\'><div class="ui active centered inline loader"></div>'
              "</div><noscript>This page needs JavaScript to show search results.</noscript></div>")
    docs.append(Doc("zenodo.example", "/search?q=mentoring", "search", 0, _zen_page(u, f"Search | {ZEN_SITE}",
                                                                                    search)))
    return docs


# --- scholastica.example: a journal hosted on Scholastica -------------------------------------------------

SJ = "Journal of Library Workforce Studies"
SJ_ARTICLES = [  # (key, id, date, authors, first, last, has pdf)
    ("onboarding-survey", 127401, "2025-05-20", ["Gallo, Francesca", "Whitaker, Ben"], 1, 18, False),
    ("distance-mentoring", 127455, "2025-05-20", ["Adeyemi, Folake", "Brennan, Siobhan"], 19, 37, True),
    ("circulation-assessment", 127502, "2025-05-20", ["Novak, Petra"], 38, 52, False),
    ("pln-sna", 127560, "2025-05-20", ["Kim, Daniel", "Moreno, Lucia"], 53, 71, False),
]


def _sj_slug(key: str, aid: int) -> str:
    title = T.SCHOLASTICA[key][0].lower()
    words = "".join(c if c.isalnum() else " " for c in title).split()
    return f"/article/{aid}-" + "-".join(words[:8])


def _sj_page(u: U, title: str, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title><meta '
            f'name="viewport" content="width=device-width, initial-scale=1">{head}<link rel="stylesheet" '
            f'href="/packs/css/journal_sites-4c1f.css"></head><body class="journal-site"><div id="journal-site-root" '
            f'data-react-class="JournalSite"><header class="journal-header"><div class="journal-header__inner"><a '
            f'class="journal-header__title" href="{u("/")}">{SJ}</a><nav class="journal-nav" aria-label="Journal">'
            f'<ul><li><a href="{u("/")}">Articles</a></li><li><a href="{u("/issue/8821")}">Issues</a></li><li><a '
            f'href="{u("/about")}">About</a></li><li><a href="/for-authors" rel="nofollow">For Authors</a></li></ul>'
            f'</nav></div></header><main class="journal-main">{main}</main><footer class="journal-footer"><p>ISSN '
            f'2998-1147 · Published by the Library Workforce Research Network</p><p class="journal-footer__powered">'
            f"Powered by Scholastica, the modern academic journal management system</p></footer></div></body>"
            f"</html>").encode()


def _sj_article(u: U, art) -> list[Doc]:
    key, aid, date, authors, first, last, has_pdf = art
    title, paras = T.SCHOLASTICA[key]
    path = _sj_slug(key, aid)
    url, pdf_url = u(path), u(f"/article/{aid}.pdf")
    doi = f"10.59931/jlws.{aid}"
    names = [a.split(", ")[1] + " " + a.split(", ")[0] for a in authors]
    meta = (f'<meta name="citation_title" content="{esc(title)}"><meta name="citation_journal_title" content="{SJ}">'
            + "".join(f'<meta name="citation_author" content="{esc(n)}">' for n in names)
            + f'<meta name="citation_publication_date" content="{date.replace("-", "/")}"><meta '
            f'name="citation_volume" content="4"><meta name="citation_issue" content="2"><meta name="citation_firstpage"'
            f' content="{first}"><meta name="citation_lastpage" content="{last}"><meta name="citation_doi" '
            f'content="{doi}"><meta name="citation_issn" content="2998-1147">'
            + (f'<meta name="citation_pdf_url" content="{pdf_url}">' if has_pdf else "")
            + f'<meta name="description" content="{esc(paras[0][:250])}"><meta property="og:type" content="article">'
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:url" content="{url}">'
            f'<meta name="dc.title" content="{esc(title)}"><meta name="dc.identifier" content="doi:{doi}">'
            + _ld({"@context": "https://schema.org", "@type": "ScholarlyArticle", "headline": title,
                   "datePublished": date, "author": [{"@type": "Person", "name": n} for n in names],
                   "isPartOf": {"@type": "PublicationIssue", "issueNumber": "2", "isPartOf": {
                       "@type": "PublicationVolume", "volumeNumber": "4", "isPartOf": {"@type": "Periodical",
                                                                                      "name": SJ}}},
                   "pageStart": str(first), "pageEnd": str(last), "sameAs": f"https://doi.org/{doi}"}))
    sections = ("Introduction", "Findings", "Discussion")
    body = "".join(f'<h2 id="{s.lower()}">{s}</h2><p>{esc(p)}</p>' for s, p in zip(sections, paras[1:]))
    body += "".join(f"<p>{esc(p)}</p>" for p in paras[4:])
    main = (f'<article class="article-page"><div class="article-page__header"><div class="article-page__issue">'
            f'<a href="{u("/issue/8821")}">Vol. 4, Issue 2, 2025</a></div><h1 class="article-page__title">'
            f'{esc(title)}</h1><ul class="article-page__authors">'
            + "".join(f'<li class="article-author"><span class="article-author__name">{esc(n)}</span></li>'
                      for n in names)
            + f'</ul><div class="article-page__meta"><span>Published {_long_date(date)}</span> · <a '
              f'href="https://doi.org/{doi}" rel="nofollow">https://doi.org/{doi}</a></div><div '
              f'class="article-page__actions">'
            + (f'<a class="btn btn-primary" href="{pdf_url}" download>Download PDF</a>' if has_pdf else "")
            + f'</div></div><div class="article-page__body"><section class="article-abstract"><h2>Abstract</h2><p>'
              f'{esc(paras[0])}</p></section><section class="article-keywords"><h2>Keywords</h2><p>library workforce'
              f'</p></section><section class="article-body">{body}</section><section class="article-citation"><h2>'
              f'Cite this article</h2><p class="citation">{esc("; ".join(authors))} (2025). {esc(title)}. <em>{SJ}'
              f"</em>, 4(2), {first}&ndash;{last}.</p></section></div></article>")
    docs = [Doc("scholastica.example", path, "journal-article", GRADES[key], _sj_page(u, f"{title} | {SJ}", main,
                                                                                       meta))]
    if has_pdf:
        docs.append(Doc("scholastica.example", f"/article/{aid}.pdf", "document", PDF_GRADES["article-pdf"],
                        pdf(T.SCHOLASTICA_PDF), "application/pdf"))
    return docs


def scholastica(u: U) -> list[Doc]:
    docs = [d for a in SJ_ARTICLES for d in _sj_article(u, a)]

    def card(a):
        key, aid, date, authors, first, last, _ = a
        return (f'<li class="article-card"><h3 class="article-card__title"><a href="{u(_sj_slug(key, aid))}">'
                f'{esc(T.SCHOLASTICA[key][0])}</a></h3><p class="article-card__authors">{esc("; ".join(authors))}</p>'
                f'<p class="article-card__abstract">{cut(T.SCHOLASTICA[key][1][0], 240)}</p><p '
                f'class="article-card__meta">Vol. 4, Issue 2 · pp. {first}&ndash;{last}</p></li>')
    cards = "".join(card(a) for a in SJ_ARTICLES)
    docs.append(Doc("scholastica.example", "/", "home", 0, _sj_page(u, SJ, (
        f'<section class="journal-home"><div class="journal-home__description"><p>An open access journal of research '
        f"on the people who work in libraries: recruitment, onboarding, mentoring, professional learning and "
        f'wellbeing.</p></div><h2>Latest articles</h2><ul class="article-list">{cards}</ul></section>'),
        '<meta property="og:type" content="website">')))
    docs.append(Doc("scholastica.example", "/issue/8821", "listing", 0, _sj_page(u, f"Vol. 4, Issue 2, 2025 | {SJ}", (
        f'<section class="issue-page"><h1>Vol. 4, Issue 2, 2025</h1><p class="issue-page__description">Articles '
        f'on onboarding, virtual mentoring, collections and professional learning networks.</p><h2>Research '
        f'Articles</h2><ul class="article-list">{cards}</ul></section>'))))
    docs.append(Doc("scholastica.example", "/about", "about", 0, _sj_page(u, f"About | {SJ}", (
        f"<section class=\"about-page\"><h1>About the Journal</h1><p>The {SJ} publishes peer-reviewed research on "
        "the library workforce, including mentoring programmes, onboarding, professional learning networks, "
        "social media in professional development, and workplace wellbeing.</p><p>The journal is diamond open "
        "access: no fees to read or to publish.</p></section>"))))
    return docs


# --- blowfish.example: Hugo with the Blowfish theme -------------------------------------------------

BF_POSTS = [  # (key, slug, date, tags)
    ("rust-data", "rust-for-data-librarians-1", "2025-01-19", ["rust", "data"]),
    ("zotero-tips", "zotero-tips", "2025-03-02", ["zotero", "teaching"]),
    ("left-bird-site", "why-i-left", "2025-04-11", ["social media"]),
    ("being-a-mentor", "being-a-mentor", "2025-06-08", ["mentoring"]),
    ("libmentor-mastodon", "libmentor-a-year", "2025-09-14", ["mentoring", "mastodon"]),
]
BF_SITE = "Imani Clarke"


def _bf_page(u: U, title: str, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en" dir="ltr" class="scroll-smooth" data-default-appearance="light" '
            f'data-auto-appearance="true"><head><meta charset="utf-8"><meta http-equiv="content-language" '
            f'content="en"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>{esc(title)}'
            f'</title><meta name="generator" content="Hugo 0.125.4">{head}<link type="text/css" rel="stylesheet" '
            f'href="/css/main.bundle.min.css"></head><body class="flex flex-col h-screen px-6 m-auto text-lg '
            f'leading-7 max-w-7xl bg-neutral text-neutral-900 dark:bg-neutral-800 dark:text-neutral sm:px-14 md:px-24 '
            f'lg:px-32 scrollbar-thin scrollbar-track-neutral-200"><div id="the-top" class="absolute flex self-center">'
            f'<a class="px-3 py-1 text-sm -translate-y-8 rounded-b-lg bg-primary-200 focus:translate-y-0" '
            f'href="#main-content"><span class="font-bold text-primary-600 ltr:pr-2 rtl:pl-2">&darr;</span>Skip to '
            f'main content</a></div><div style="padding-left:0;padding-right:0;padding-top:2px;padding-bottom:3px" '
            f'class="main-menu flex items-center justify-between px-4 py-6 sm:px-6 md:justify-start gap-x-3"><div '
            f'class="flex flex-1 items-center justify-between"><nav class="flex space-x-3"><a href="{u("/")}" '
            f'class="text-base font-medium text-gray-500 hover:text-gray-900">{BF_SITE}</a></nav><nav class="hidden '
            f'md:flex items-center gap-x-5 md:ml-12 h-12"><a href="{u("/posts/")}" class="flex items-center '
            f'text-gray-500 hover:text-primary-600 dark:hover:text-primary-400" aria-label="Posts" title="Posts"><p '
            f'class="text-base font-medium" title="">Posts</p></a><a href="{u("/about/")}" class="flex items-center '
            f'text-gray-500 hover:text-primary-600" aria-label="About" title="About"><p class="text-base font-medium">'
            f'About</p></a><button id="search-button" aria-label="Search" class="text-base hover:text-primary-600 '
            f'dark:hover:text-primary-400" title="">&#128269;</button></nav></div></div><div class="relative flex '
            f'flex-col grow"><main id="main-content" class="grow">{main}</main><footer id="site-footer" class="py-10 '
            f'print:hidden"><nav class="flex flex-row pb-4 text-base font-medium text-neutral-500 '
            f'dark:text-neutral-400"><ul class="flex flex-col list-none sm:flex-row"><li class="flex mb-1 '
            f'ltr:text-right rtl:text-left sm:mb-0 ltr:sm:mr-7 ltr:sm:last:mr-0"><a class="decoration-primary-500 '
            f'hover:underline hover:decoration-2 hover:underline-offset-2 flex items-center" href="{u("/tags/")}" '
            f'title="Tags">Tags</a></li></ul></nav><div class="flex items-center justify-between"><p class="text-sm '
            f'text-neutral-500 dark:text-neutral-400">&copy; 2025 {BF_SITE}</p><p class="text-xs text-neutral-500 '
            f'dark:text-neutral-400">Powered by <a class="hover:underline hover:decoration-primary-400 '
            f'hover:text-primary-500" href="https://gohugo.io/" target="_blank" rel="noopener noreferrer">Hugo</a> '
            f'&amp; <a class="hover:underline hover:decoration-primary-400 hover:text-primary-500" '
            f'href="https://blowfish.page/" target="_blank" rel="noopener noreferrer">Blowfish</a></p></div></footer>'
            f'<div id="search-wrapper" class="invisible fixed inset-0 flex h-screen w-screen cursor-default '
            f'flex-col bg-neutral-500/50 p-4 backdrop-blur-sm dark:bg-neutral-900/50 sm:p-6 md:p-[10vh] lg:p-[12vh]" '
            f'data-url="{u("/")}" style="z-index:500"><div id="search-modal" class="flex flex-col w-full max-w-3xl '
            f'min-h-0 mx-auto border rounded-md shadow-lg top-20 border-neutral-200 bg-neutral"><header class="relative '
            f'z-10 flex items-center justify-between flex-none px-2"><form class="flex items-center flex-auto min-w-0">'
            f'<input type="search" id="search-query" class="flex flex-auto h-12 mx-1 bg-transparent appearance-none '
            f'focus:outline-dotted" placeholder="Search" tabindex="0"></form></header><section class="flex-auto px-2 '
            f'overflow-auto"><ul id="search-results"></ul></section></div></div></div></body></html>').encode()


def _bf_card(u: U, post) -> str:
    key, slug, date, _ = post
    title, paras = T.BLOWFISH[key]
    return (f'<a href="{u("/posts/" + slug + "/")}" class="min-w-full"><div class="min-h-full border border-neutral-200 '
            f'dark:border-neutral-700 border-2 rounded overflow-hidden shadow-2xl relative"><div class="px-6 py-4">'
            f'<div class="font-bold text-xl text-neutral-800 decoration-primary-500 hover:underline '
            f'hover:underline-offset-2 dark:text-neutral">{esc(title)}</div><div class="text-sm text-neutral-500 '
            f'dark:text-neutral-400"><div class="flex flex-row flex-wrap items-center"><time datetime="{date}">'
            f'{_long_date(date)}</time></div></div><div class="py-1 max-w-fit prose dark:prose-invert"><p>'
            f"{cut(paras[0], 150)}</p></div></div><div class=\"px-6 pt-4 pb-2\"></div></div></a>")


def _bf_tag_spans(u: U, tags) -> str:
    return "".join(f'<span style="margin-top:.5rem" class="mr-2" onclick="window.open(&#34;'
                   f'{u("/tags/" + t.replace(" ", "-") + "/")}&#34;,&#39;_self&#39;);return false;"><span class="flex" '
                   f'style="cursor:pointer"><span class="rounded-md border border-primary-400 px-1 py-[1px] text-xs '
                   f'font-normal text-primary-700 dark:border-primary-600 dark:text-primary-400">{esc(t)}</span></span>'
                   f"</span>" for t in tags)


def _bf_post(u: U, i: int) -> Doc:
    key, slug, date, tags = BF_POSTS[i]
    title, paras = T.BLOWFISH[key]
    url = u(f"/posts/{slug}/")
    related = [p for j, p in enumerate(BF_POSTS) if j != i][-3:]
    body = ps(paras)
    if key == "libmentor-mastodon":
        body += (f'<p>Further reading: <a href="{OTHER["zenodo-report"]}">a survey of early-career librarians and '
                 f'their online mentors</a>, and <a href="{OTHER["sj-distance"]}">a study of virtual mentoring</a>.'
                 f"</p>")
    main = (f'<article><header id="single_header" class="mt-5 max-w-prose"><ol class="text-sm text-neutral-500 '
            f'dark:text-neutral-400 print:hidden"><li class="inline hidden"><a class="hover:underline '
            f'decoration-neutral-300 dark:underline-neutral-600" href="{u("/")}">{BF_SITE}</a><span class="px-1 '
            f'text-primary-500">/</span></li><li class="inline"><a class="hover:underline decoration-neutral-300" '
            f'href="{u("/posts/")}">Posts</a><span class="px-1 text-primary-500">/</span></li><li class="inline '
            f'hidden"><a class="hover:underline" href="{url}">{esc(title)}</a></li></ol><h1 class="mt-0 text-4xl '
            f'font-extrabold text-neutral-900 dark:text-neutral">{esc(title)}</h1><div class="mt-1 mb-6 text-base '
            f'text-neutral-500 dark:text-neutral-400 print:hidden"><div class="flex flex-row flex-wrap items-center">'
            f'<time datetime="{date}T00:00:00+00:00">{_long_date(date)}</time><span class="px-2 text-primary-500">'
            f'&middot;</span><span title="Reading time">{len(" ".join(paras).split()) // 200 + 1} mins</span></div>'
            f'<div class="flex flex-row flex-wrap items-center">{_bf_tag_spans(u, tags)}</div></div></header>'
            f'<section class="flex flex-col max-w-full mt-0 prose dark:prose-invert lg:flex-row"><div class="min-w-0 '
            f'min-h-0 max-w-fit"><div class="article-content max-w-prose mb-20">{body}</div><div class="flex '
            f'author"><div class="place-self-center"><div class="text-[0.6rem] uppercase leading-3 text-neutral-500 '
            f'dark:text-neutral-400">Author</div><div class="font-semibold leading-6 text-neutral-800 '
            f'dark:text-neutral-300">{BF_SITE}</div><div class="text-sm text-neutral-700 dark:text-neutral-400">'
            f"Research &amp; instruction librarian.</div></div></div></div></section><footer class=\"pt-8 max-w-prose "
            f'print:hidden"></footer></article><section class="w-full"><h2 class="mt-8 text-2xl font-extrabold mb-10">'
            f'Related</h2><section class="w-full grid gap-4 sm:grid-cols-2 md:grid-cols-3">'
            + "".join(_bf_card(u, p) for p in related) + "</section></section>")
    ld = [{"@context": "https://schema.org", "@type": "Article", "articleSection": "Posts", "name": title,
           "headline": title, "abstract": paras[0][:200], "inLanguage": "en", "url": url,
           "author": {"@type": "Person", "name": BF_SITE}, "copyrightYear": date[:4], "dateCreated": date + "T00:00:00Z",
           "datePublished": date + "T00:00:00Z", "dateModified": date + "T00:00:00Z", "keywords": tags,
           "mainEntityOfPage": "true", "wordCount": str(len(" ".join(paras).split()))}]
    head = (f'<meta name="description" content="{esc(paras[0][:160])}"><link rel="canonical" href="{url}">'
            f'<meta property="og:url" content="{url}"><meta property="og:site_name" content="{BF_SITE}">'
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:type" content="article">'
            f'<meta property="article:section" content="posts"><meta property="article:published_time" '
            f'content="{date}T00:00:00+00:00"><meta name="author" content="{BF_SITE}">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    return Doc("blowfish.example", f"/posts/{slug}/", "article", GRADES[key],
               _bf_page(u, f"{title} &middot; {BF_SITE}".replace("&middot;", "·"), main, head))


def _bf_list(u: U, heading: str, posts, intro: str = "") -> str:
    return (f'<header><h1 class="mt-5 text-4xl font-extrabold text-neutral-900 dark:text-neutral">{esc(heading)}</h1>'
            f'{intro}</header><section class="space-y-10 w-full">'
            + "".join(f'<article class="flex flex-row"><div class="w-full"><h3 class="flex items-center text-xl '
                      f'font-semibold"><a class="text-neutral-800 hover:underline decoration-primary-500 '
                      f'hover:underline-offset-2 dark:text-neutral" href="{u("/posts/" + s + "/")}">{esc(T.BLOWFISH[k][0])}'
                      f'</a></h3><div class="text-sm text-neutral-500 dark:text-neutral-400"><time datetime="{d}">'
                      f'{_long_date(d)}</time></div><div class="py-1 prose dark:prose-invert">{cut(T.BLOWFISH[k][1][0], 200)}'
                      f"</div></div></article>" for k, s, d, _ in posts) + "</section>")


def blowfish(u: U) -> list[Doc]:
    docs = [_bf_post(u, i) for i in range(len(BF_POSTS))]
    newest = list(reversed(BF_POSTS))
    site_head = '<meta property="og:type" content="website">'
    home = (f'<article class="flex flex-col items-center justify-center text-center"><header class="relative px-1 py-1 '
            f'flex flex-col items-center mb-3"><img class="mb-2 rounded-full h-36 w-36" width="144" height="144" '
            f'alt="{BF_SITE}" src="/img/imani.jpg"><h1 class="text-4xl font-extrabold">{BF_SITE}</h1><h2 class="text-xl '
            f'text-neutral-500 dark:text-neutral-400">Research &amp; instruction librarian</h2><div class="mt-3 mb-10 '
            f'text-2xl"><div class="flex flex-wrap"><a class="px-1 hover:text-primary-700" href="https://mastodon.'
            f'example/@imani" target="_blank" aria-label="Mastodon" rel="me noopener noreferrer">Mastodon</a></div>'
            f'</div></header><section class="prose dark:prose-invert"><p>Notes on information literacy, research '
            f"tools and mentoring in the open.</p></section></article><section><h2 class=\"mt-8 text-2xl font-extrabold "
            f'mb-10">Recent</h2>' + _bf_list(u, "", newest[:4]).split("</header>", 1)[1]
            + f'<div class="mt-10 flex justify-center"><a href="{u("/posts/")}"><button class="bg-transparent '
              f'font-semibold py-2 px-4 border border-primary-500 rounded-md">Show More</button></a></div></section>')
    docs.append(Doc("blowfish.example", "/", "home", 0, _bf_page(u, BF_SITE, home, site_head)))
    docs.append(Doc("blowfish.example", "/posts/", "listing", 0, _bf_page(u, f"Posts · {BF_SITE}",
                                                                         _bf_list(u, "Posts", newest), site_head)))
    ment = [p for p in newest if "mentoring" in p[3]]
    docs.append(Doc("blowfish.example", "/tags/mentoring/", "tag", 0, _bf_page(
        u, f"Mentoring · {BF_SITE}", _bf_list(u, "Mentoring", ment), site_head)))
    all_tags = sorted({t for p in BF_POSTS for t in p[3]})
    tags = (f'<header><h1 class="mt-5 text-4xl font-extrabold text-neutral-900 dark:text-neutral">Tags</h1></header>'
            f'<section class="flex flex-wrap mt-5">'
            + "".join(f'<article class="w-full px-2 my-3 sm:w-1/2 md:w-1/3 lg:w-1/4 xl:w-1/5"><h2 class="flex items-'
                      f'center"><a class="text-xl font-medium decoration-primary-500 hover:underline '
                      f'hover:underline-offset-2" href="{u("/tags/" + t.replace(" ", "-") + "/")}">{esc(t)}</a><span '
                      f'class="px-2 text-base text-primary-500">&middot;</span><span class="text-base text-neutral-400">'
                      f"{sum(t in p[3] for p in BF_POSTS)}</span></h2></article>"
                      for t in all_tags if t == "mentoring")
            + "".join(f'<article class="w-full px-2 my-3 sm:w-1/2 md:w-1/3"><h2 class="flex items-center"><span '
                      f'class="text-xl font-medium">{esc(t)}</span></h2></article>' for t in all_tags if t != "mentoring")
            + "</section>")
    docs.append(Doc("blowfish.example", "/tags/", "listing", 0, _bf_page(u, f"Tags · {BF_SITE}", tags, site_head)))
    about = (f'<article><header class="max-w-prose"><h1 class="mt-0 text-4xl font-extrabold">About</h1></header>'
             f'<section class="prose dark:prose-invert"><div class="article-content max-w-prose mb-20">'
             f"{ps(T.BLOWFISH_ABOUT)}</div></section></article>")
    docs.append(Doc("blowfish.example", "/about/", "about", 0, _bf_page(u, f"About · {BF_SITE}", about, site_head)))
    return docs


# --- joomla.example: Joomla 4, Cassiopeia -----------------------------------------------------------

JM_SITE = "Northvale Library Association"
JM_ARTICLES = [  # (key, alias, id, date, author)
    ("copyright", "copyright-update-for-libraries", 41, "2025-09-02", "Helen Cross"),
    ("emp-launch", "launch-of-the-e-mentoring-programme", 44, "2025-02-10", "Helen Cross"),
    ("awards-2025", "award-winners-2025", 47, "2025-10-20", "Ravi Menon"),
    ("agm", "summary-of-the-annual-general-meeting", 49, "2025-11-18", "Ravi Menon"),
    ("first-cohort", "mentoring-scheme-report-on-the-first-cohort", 52, "2026-01-12", "Helen Cross"),
]


def _jm_page(u: U, title: str, body_class: str, main: str, head: str = "", sidebar: bool = True) -> bytes:
    latest = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{u("/news/" + a)}" itemprop="url">'
                     f'<span itemprop="name">{esc(T.JOOMLA[k][0])}</span></a></li>'
                     for k, a, *_ in sorted(JM_ARTICLES, key=lambda x: x[3], reverse=True)[:4])
    side = (f'<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">'
            f'Latest News</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">{latest}</ul>'
            f"</div></div></div>") if sidebar else ""
    return (f'<!DOCTYPE html><html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><meta name="generator" content="Joomla! - Open Source '
            f'Content Management"><title>{esc(title)}</title>{head}<link href="/media/templates/site/cassiopeia/css/'
            f'template.min.css?4f1d" rel="stylesheet"></head><body class="site {body_class} wrapper-static '
            f'has-sidebar-right"><header class="header container-header full-width"><div class="grid-child"><div '
            f'class="navbar-brand"><a class="brand-logo" href="{u("/")}"><span title="{JM_SITE}">{JM_SITE}</span></a>'
            f'<div class="site-description">Supporting library staff across Northvale since 1974</div></div></div>'
            f'<div class="grid-child container-nav"><ul class="mod-menu mod-list nav "><li class="nav-item item-101">'
            f'<a href="{u("/")}">Home</a></li><li class="nav-item item-102"><a href="{u("/news")}">News</a></li><li '
            f'class="nav-item item-103"><a href="{u("/about-us")}">About us</a></li><li class="nav-item item-104"><a '
            f'href="{u("/contact-us")}">Contact us</a></li></ul><div class="container-search"><form class="mod-finder '
            f'js-finder-searchform form-search" action="{u("/component/finder/search")}" method="get" role="search">'
            f'<label for="mod-finder-searchword" class="visually-hidden finder">Search</label><input type="text" '
            f'name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" value="" '
            f'placeholder="Search ..."></form></div></div></header><div class="site-grid"><div class="grid-child '
            f'container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope '
            f'itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li '
            f'class="mod-breadcrumbs__here float-start">You are here: &#160;</li><li itemprop="itemListElement" '
            f'itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a '
            f'itemprop="item" href="{u("/")}" class="pathway"><span itemprop="name">Home</span></a><meta '
            f'itemprop="position" content="1"></li></ol></nav><div id="system-message-container" aria-live="polite">'
            f'</div><main>{main}</main></div>{side}</div><footer class="container-footer footer full-width"><div '
            f'class="grid-child"><div class="mod-footer"><div class="footer1">Copyright &#169; 2026 {JM_SITE}. All '
            f'Rights Reserved.</div><div class="footer2"><a href="https://www.joomla.org" rel="nofollow">Joomla!</a> '
            f'is Free Software released under the GNU General Public License.</div></div></div></footer>'
            f'<div id="cookieBanner" class="cookie-banner alert alert-info fixed-bottom m-0"><p>This site uses cookies '
            f'to remember your preferences. <button class="btn btn-sm btn-primary">OK</button></p></div></body>'
            f"</html>").encode()


def _jm_info(u: U, date: str, author: str, hits: int) -> str:
    return (f'<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby" '
            f'itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" '
            f'aria-hidden="true"></span>Written by: <span itemprop="name">{esc(author)}</span></dd><dd '
            f'class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a '
            f'href="{u("/news")}" itemprop="genre">News</a></dd><dd class="published"><span class="icon-calendar '
            f'icon-fw" aria-hidden="true"></span><time datetime="{date}T09:00:00+00:00" itemprop="datePublished">'
            f'Published: {int(date[8:])} {_long_date(date).split()[0]} {date[:4]}</time></dd><dd class="hits"><span '
            f'class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" '
            f'content="UserPageVisits:{hits}">Hits: {hits}</dd></dl>')


def _jm_article(u: U, i: int) -> Doc:
    key, alias, aid, date, author = JM_ARTICLES[i]
    title, paras = T.JOOMLA[key]
    body = ps(paras)
    if key == "awards-2025":
        body += (f'<p>Photos from last year\'s <a href="{u("/events/mentoring-meetup-2024")}">mentoring meet-up</a> '
                 f"are still online.</p>")
    if key == "agm":
        body += f'<p>The <a href="{u("/images/documents/annual-report-2025.pdf")}">annual report</a> (PDF) was received.</p>'
    if key == "emp-launch":
        body = body.replace("the Mentoring page.", f'the <a href="{u("/news/" + JM_ARTICLES[4][1])}">Mentoring page</a>.')
    prev = JM_ARTICLES[i - 1][1]
    main = (f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta '
            f'itemprop="inLanguage" content="en-GB"><div class="page-header"><h1 itemprop="headline">{esc(title)}</h1>'
            f'</div>{_jm_info(u, date, author, 80 + 13 * aid)}<div itemprop="articleBody" '
            f'class="com-content-article__body">{body}</div><nav class="pagenavigation" aria-label="Page Navigation">'
            f'<span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="{u("/news/" + prev)}" '
            f'rel="prev"><span class="visually-hidden">Previous article: {esc(T.JOOMLA[JM_ARTICLES[i - 1][0]][0])}'
            f'</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Prev</span>'
            f"</a></span></nav></div>")
    head = (f'<meta name="author" content="{esc(author)}"><meta name="description" content="{esc(paras[0][:160])}">'
            f'<link href="{u("/news/" + alias)}" rel="canonical">')
    return Doc("joomla.example", f"/news/{alias}", "article", GRADES[key],
               _jm_page(u, f"{title} - {JM_SITE}", f"com_content view-article itemid-102", main, head))


def _jm_blog_item(u: U, a) -> str:
    key, alias, aid, date, author = a
    title, paras = T.JOOMLA[key]
    return (f'<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope '
            f'itemtype="https://schema.org/BlogPosting"><div class="item-content"><div class="page-header"><h2 '
            f'itemprop="name"><a href="{u("/news/" + alias)}" itemprop="url">{esc(title)}</a></h2></div>'
            f'{_jm_info(u, date, author, 80 + 13 * aid)}<p>{esc(paras[0])}</p><p class="readmore"><a class="btn '
            f'btn-secondary" href="{u("/news/" + alias)}" aria-label="Read more: {esc(title)}"><span '
            f'class="icon-chevron-right" aria-hidden="true"></span>Read more: {esc(title)}</a></p></div></div>')


def joomla(u: U) -> list[Doc]:
    docs = [_jm_article(u, i) for i in range(len(JM_ARTICLES))]
    newest = sorted(JM_ARTICLES, key=lambda a: a[3], reverse=True)
    featured = (f'<div class="blog-featured" itemscope itemtype="https://schema.org/Blog"><div '
                f'class="blog-items items-leading ">' + "".join(_jm_blog_item(u, a) for a in newest[:3])
                + "</div></div>")
    docs.append(Doc("joomla.example", "/", "home", 0, _jm_page(u, "Home - " + JM_SITE, "com_content view-featured "
                                                               "itemid-101", featured)))
    category = (f'<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog"><div '
                f'class="page-header"><h1>News</h1></div><div class="category-desc clearfix"><p>News from the '
                f'Association: events, awards, the mentoring scheme and policy updates.</p></div><div '
                f'class="com-content-category-blog__items blog-items">' + "".join(_jm_blog_item(u, a) for a in newest)
                + "</div></div>")
    docs.append(Doc("joomla.example", "/news", "category", 0, _jm_page(u, f"News - {JM_SITE}", "com_content "
                                                                       "view-category layout-blog itemid-102", category)))
    hits = [a for a in newest if "mentor" in " ".join(T.JOOMLA[a[0]][1]).lower()]
    results = "".join(f'<li class="result__item"><p class="result__title"><a href="{u("/news/" + a[1])}" '
                      f'class="result__title-link"><span class="result__title-text">{esc(T.JOOMLA[a[0]][0])}</span>'
                      f'<span class="result__title-url">{u("/news/" + a[1])}</span></a></p><p class="result__description">'
                      f'<span class="result__date">{a[3]}</span> {cut(T.JOOMLA[a[0]][1][0], 160)}</p></li>' for a in hits)
    finder = (f'<div class="com-finder finder"><h1>Search</h1><form action="{u("/component/finder/search")}" '
              f'method="get" class="js-finder-searchform"><fieldset class="com-finder__search word mb-3"><legend '
              f'class="com-finder__search-legend visually-hidden">Search Form</legend><div class="form-inline"><label '
              f'for="q" class="me-2">Search Terms</label><div class="input-group"><input type="text" name="q" id="q" '
              f'class="js-finder-search-query form-control" value="mentoring"><button type="submit" class="btn '
              f'btn-primary"><span class="icon-search icon-white" aria-hidden="true"></span> Search</button></div>'
              f'</div></fieldset></form><div id="search-query-explained" class="com-finder__explained"><p>Assuming '
              f'<span class="query-required"><mark>mentoring</mark></span> is required.</p></div><div '
              f'class="com-finder__results"><ol id="search-result-list" class="js-highlight com-finder__results-list" '
              f'start="1">{results}</ol><div class="com-finder__counter search-pages-counter">Results 1 - '
              f"{len(hits)} of {len(hits)}</div></div></div>")
    docs.append(Doc("joomla.example", "/component/finder/search?q=mentoring&Itemid=101", "search", 0,
                    _jm_page(u, f"Search - {JM_SITE}", "com_finder view-search itemid-101", finder,
                             '<meta name="robots" content="noindex, follow">', sidebar=False)))
    about = (f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><div '
             f'class="page-header"><h1 itemprop="headline">About us</h1></div><div itemprop="articleBody" '
             f'class="com-content-article__body"><p>The {JM_SITE} brings together people who work in public, school, '
             f"academic and health libraries in the region. We run an autumn conference, training days, awards, and an "
             f"e-mentoring scheme that pairs mentors and mentees online.</p><p>Membership is open to anyone working "
             f"in or studying for a career in libraries.</p><p>Search our news for <a "
             f'href="{u("/component/finder/search?q=mentoring&Itemid=101")}">mentoring</a>.</p></div></div>')
    docs.append(Doc("joomla.example", "/about-us", "about", 0, _jm_page(u, f"About us - {JM_SITE}",
                                                                        "com_content view-article itemid-103", about)))
    contact = (f'<div class="com-contact contact" itemscope itemtype="https://schema.org/Organization"><div '
               f'class="page-header"><h1>Contact us</h1></div><h2><span class="contact-name" itemprop="name">'
               f'Association Office</span></h2><dl class="com-contact__address contact-address dl-horizontal" '
               f'itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><dt><span class="icon-address" '
               f'aria-hidden="true"></span></dt><dd><span class="contact-street" itemprop="streetAddress">Central '
               f'Library, Market Square</span></dd><dd><span class="contact-suburb" itemprop="addressLocality">'
               f'Northvale</span></dd></dl><form id="contact-form" action="{u("/contact-us")}" method="post" '
               f'class="com-contact__form form-validate form-horizontal well"><fieldset><legend>Send an Email</legend>'
               f'<input type="text" name="jform[contact_name]" id="jform_contact_name"><input type="email" '
               f'name="jform[contact_email]"><textarea name="jform[contact_message]"></textarea><button class="btn '
               f'btn-primary validate" type="submit">Send Email</button></fieldset></form></div>')
    docs.append(Doc("joomla.example", "/contact-us", "contact", 0, _jm_page(
        u, f"Contact us - {JM_SITE}", "com_contact view-contact itemid-104", contact, sidebar=False)))
    docs.append(Doc("joomla.example", "/images/documents/annual-report-2025.pdf", "document", PDF_GRADES["annual-pdf"],
                    pdf(T.JOOMLA_ANNUAL_PDF), "application/pdf"))
    soft = ('<div class="com-content-article item-page"><div class="page-header"><h1>Page not found</h1></div><div '
            'class="com-content-article__body"><p>Sorry, the page you are looking for has moved or no longer exists. '
            "Our website was rebuilt in 2025 and some old event pages were not carried over.</p><p>Please use the "
            "search box above or browse the news.</p></div></div>")
    docs.append(Doc("joomla.example", "/events/mentoring-meetup-2024", "error", 0,
                    _jm_page(u, f"Page not found - {JM_SITE}", "com_content view-article itemid-110", soft)))
    return docs


# --- pulse.example: a LinkedIn-like network's public pages ---------------------------------------

PEOPLE = {"ayesha-khan": ("Ayesha Khan", "Assistant Head of Library Services | Reader development | Mentor"),
          "graham-fell": ("Graham Fell", "Head of Libraries, Westvale | Public library leadership")}
PULSE_ART = [  # (key, path, date, person)
    ("nobody-tells-you", "/pulse/what-nobody-tells-you-finding-mentor-new-librarian-ayesha-khan-4kq1e", "2025-03-04",
     "ayesha-khan"),
    ("leadership-lessons", "/pulse/leadership-lessons-from-20-years-public-libraries-graham-fell-x8w2c", "2025-05-21",
     "graham-fell"),
    ("ai-future", "/pulse/future-ai-libraries-graham-fell-p0d7h", "2025-10-02", "graham-fell"),
]
PULSE_POST = [  # (key, path, date, person)
    ("grateful", "/posts/ayesha-khan_mentoring-librarians-activity-7288104455612309504-Qx3T", "2025-11-12",
     "ayesha-khan"),
    ("hiring", "/posts/graham-fell_hiring-teen-services-librarian-activity-7291553004112883712-b7Lm", "2025-12-01",
     "graham-fell"),
    ("libmentor-cohort", "/posts/ayesha-khan_libmentor-mentoring-librarians-activity-7293002911745826816-Zr0a",
     "2025-12-09", "ayesha-khan"),
    ("award-congrats", "/posts/graham-fell_libraryoftheyear-activity-7295518831002214400-Kc9P", "2025-12-15",
     "graham-fell"),
]


def _pulse_page(u: U, title: str, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{esc(title)}</title><meta name="pageKey" '
            f'content="d_public_guest">{head}<meta property="og:site_name" content="Pulse"></head><body '
            f'dir="ltr" class="overflow-hidden"><section class="artdeco-global-alert artdeco-global-alert--'
            f'COOKIE_CONSENT" role="alert"><p class="artdeco-global-alert__message">Pulse and 3rd parties use '
            f"essential and non-essential cookies to provide, secure, analyze and improve our Services, and to show "
            f'you relevant ads. Learn more in our Cookie Policy.</p><button class="artdeco-global-alert-action '
            f'artdeco-button">Accept</button><button class="artdeco-global-alert-action artdeco-button">Reject</button>'
            f'</section><header class="header base-container-header"><nav class="nav pt-1.5 pb-2 flex items-center '
            f'justify-between" aria-label="Primary"><a href="{u("/")}" class="nav__logo-link" '
            f'data-tracking-control-name="public_post_nav-header-logo"><span class="sr-only">Pulse</span><icon '
            f'class="nav-logo--inbug"></icon></a><div class="nav__cta-container"><a class="nav__button-tertiary '
            f'btn-md btn-tertiary" href="/signup" rel="nofollow">Join now</a><a class="nav__button-secondary btn-md '
            f'btn-secondary-emphasis" href="/login" rel="nofollow">Sign in</a></div></nav></header><main class="main" '
            f'id="main-content" role="main">{main}</main><footer class="li-footer bg-transparent w-full"><ul '
            f'class="li-footer__list"><li class="li-footer__item"><span class="li-footer__copy-text">Pulse &copy; '
            f'2026</span></li><li class="li-footer__item"><a class="li-footer__item-link" href="/legal/user-agreement" '
            f'rel="nofollow">User Agreement</a></li></ul></footer><div class="contextual-sign-in-modal"><h2 '
            f'class="contextual-sign-in-modal__context-screen-title">Sign in to view more content</h2><p>Create your '
            f"free account or sign in to continue your search</p><a class=\"sign-in-modal__outlet-btn\" href=\"/login\" "
            f'rel="nofollow">Sign in</a></div></body></html>').encode()


def _pulse_actor(u: U, person: str, date: str) -> str:
    name, headline = PEOPLE[person]
    return (f'<div class="base-main-feed-card__entity-lockup flex items-center"><a class="text-sm link-styled '
            f'no-underline leading-open" href="{u("/in/" + person)}" data-tracking-control-name="public_post_feed-'
            f'actor-name">{esc(name)}</a><p class="!text-xs text-color-text-low-emphasis leading-[1.33333] m-0 '
            f'truncate">{esc(headline)}</p><span class="text-color-text-low-emphasis"><time>{_long_date(date)}</time>'
            f"</span></div>")


def _pulse_article(u: U, art) -> Doc:
    key, path, date, person = art
    title, paras = T.PULSE_ARTICLES[key]
    name, headline = PEOPLE[person]
    more = [a for a in PULSE_ART if a[3] == person and a[0] != key]
    comments = ""
    if GRADES[key] >= 2:
        comments = (f'<section class="comments"><h2 class="comments-title">Comments</h2><article class="comment">'
                    f'<a class="comment__author" href="{u("/in/graham-fell")}">Graham Fell</a><p class="comment__text '
                    f'attributed-text-segment-list__content">Great advice, Ayesha. Replying to new people is the least '
                    f"we can do.</p></article></section>")
    main = (f'<section class="core-rail mx-auto papabear:w-core-rail-width mamabear:max-w-[790px]"><div '
            f'class="article-main__content"><h1 class="pulse-title">{esc(title)}</h1><div class="publisher-author-card">'
            f'<a class="base-card__full-link" href="{u("/in/" + person)}" data-tracking-control-name="article-ssr-'
            f'frontend-pulse_publisher-author-card"><span class="sr-only">{esc(name)}</span></a><div '
            f'class="base-main-card__info"><h3 class="base-main-card__title">{esc(name)}</h3><h4 '
            f'class="base-main-card__subtitle">{esc(headline)}</h4><div class="base-main-card__metadata"><time>'
            f'Published {_long_date(date)}</time></div></div></div><div class="article-main__content" '
            f'data-test-id="publishing-text-block">{ps(paras)}</div><div class="social-action-bar"><span '
            f'class="social-counts-reactions__social-counts-numReactions">{len(paras) * 31}</span><a '
            f'class="social-action-bar__button" href="/login" rel="nofollow">Like</a><a class="social-action-bar__button" '
            f'href="/login" rel="nofollow">Comment</a><a class="social-action-bar__button" href="/login" rel="nofollow">'
            f"Share</a></div>{comments}</div></section><aside class=\"right-rail\"><section class=\"more-articles\"><h2 "
            f'class="more-articles__title">More articles by {esc(name)}</h2><ul>'
            + "".join(f'<li><a class="base-card__full-link" href="{u(p)}">{esc(T.PULSE_ARTICLES[k][0])}</a></li>'
                      for k, p, _, _ in more)
            + f'</ul><a href="{u("/in/" + person)}">See all articles</a></section></aside>')
    head = (f'<meta name="description" content="{esc(paras[0][:160])}"><meta property="og:type" content="article">'
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:url" content="{u(path)}">'
            f'<link rel="canonical" href="{u(path)}">'
            + _ld({"@context": "http://schema.org", "@type": "Article", "name": title, "headline": title,
                   "author": {"@type": "Person", "name": name, "url": u("/in/" + person)},
                   "datePublished": date + "T10:00:00.000+00:00", "publisher": {"@type": "Organization",
                                                                              "name": "Pulse"}, "url": u(path)}))
    return Doc("pulse.example", path, "article", GRADES[key], _pulse_page(u, f"{title} | Pulse", main, head))


def _pulse_post(u: U, post) -> Doc:
    key, path, date, person = post
    title, paras = T.PULSE_POSTS[key]
    name, _ = PEOPLE[person]
    text = "<br><br>".join(esc(p) for p in paras)
    main = (f'<section class="core-rail"><article class="main-feed-activity-card main-feed-activity-card--highlighted '
            f'relative" data-activity-urn="urn:li:activity:{path.split("activity-")[1].split("-")[0]}">'
            f'{_pulse_actor(u, person, date)}<p class="attributed-text-segment-list__content text-color-text '
            f'!text-sm whitespace-pre-wrap break-words" dir="ltr" data-test-id="main-feed-activity-card__commentary">'
            f'{text}</p><div class="main-feed-activity-card__social-actions"><span data-test-id="social-actions__'
            f'reaction-count">{len(text) // 7}</span><a href="/login" rel="nofollow">Like</a><a href="/login" '
            f'rel="nofollow">Comment</a><a href="/login" rel="nofollow">Share</a></div></article></section>'
            f'<aside class="right-rail"><section class="aside-section-container"><h2>More from {esc(name)}</h2><ul>'
            + "".join(f'<li><a href="{u(p)}">{esc(T.PULSE_POSTS[k][0])}</a></li>'
                      for k, p, _, who in PULSE_POST if who == person and k != key)
            + "</ul></section></aside>")
    head = (f'<meta name="description" content="{esc(paras[0][:160])}"><meta property="og:type" content="article">'
            f'<meta property="og:title" content="{esc(name)} on Pulse: {esc(paras[0][:80])}">'
            f'<link rel="canonical" href="{u(path)}">'
            + _ld({"@context": "http://schema.org", "@type": "SocialMediaPosting", "headline": paras[0][:110],
                   "articleBody": " ".join(paras), "author": {"@type": "Person", "name": name,
                                                               "url": u("/in/" + person)},
                   "datePublished": date + "T08:00:00.000+00:00", "url": u(path)}))
    return Doc("pulse.example", path, "post", GRADES[key],
               _pulse_page(u, f"{name} on Pulse: {paras[0][:60]}", main, head))


def pulse(u: U) -> list[Doc]:
    docs = [_pulse_article(u, a) for a in PULSE_ART] + [_pulse_post(u, p) for p in PULSE_POST]
    for person, about in (("ayesha-khan", "Librarian with a soft spot for reader development and new professionals. "
                                          "I mentor new librarians and write about finding mentors online."),
                          ("graham-fell", "Leading a 30-branch public library service. Interested in leadership, "
                                          "digital inclusion and the future of public libraries.")):
        name, headline = PEOPLE[person]
        arts = "".join(f'<li class="article-card"><a class="base-card__full-link" href="{u(p)}">'
                       f'{esc(T.PULSE_ARTICLES[k][0])}</a><p>{cut(T.PULSE_ARTICLES[k][1][0], 120)}</p></li>'
                       for k, p, _, who in PULSE_ART if who == person)
        acts = "".join(f'<li class="activity-card"><a class="base-card__full-link" href="{u(p)}">'
                       f'{cut(T.PULSE_POSTS[k][1][0], 140)}</a></li>' for k, p, _, who in PULSE_POST if who == person)
        main = (f'<section class="top-card-layout"><div class="top-card-layout__entity-info"><h1 '
                f'class="top-card-layout__title">{esc(name)}</h1><h2 class="top-card-layout__headline">{esc(headline)}'
                f'</h2><div class="top-card__subline-item">Northvale area · 500+ connections</div></div></section>'
                f'<section class="core-section-container summary"><h2 class="core-section-container__title">About</h2>'
                f'<p>{esc(about)}</p></section><section class="core-section-container activities"><h2>Activity</h2>'
                f'<ul>{acts}</ul></section><section class="core-section-container articles"><h2>Articles by '
                f"{esc(name)}</h2><ul>{arts}</ul></section>")
        head = ('<meta property="og:type" content="profile">'
                + _ld({"@context": "http://schema.org", "@graph": [{"@type": "ProfilePage", "mainEntity": {
                    "@type": "Person", "name": name, "jobTitle": headline, "url": u("/in/" + person)}}]}))
        docs.append(Doc("pulse.example", f"/in/{person}", "profile", 0, _pulse_page(u, f"{name} - {headline} | Pulse",
                                                                                    main, head)))
    feed = ("".join(f'<li class="article-card"><a class="base-card__full-link" href="{u(p)}">{esc(T.PULSE_ARTICLES[k][0])}'
                    f'</a><p>{cut(T.PULSE_ARTICLES[k][1][0], 120)}</p></li>' for k, p, _, _ in PULSE_ART)
            + "".join(f'<li class="activity-card"><a class="base-card__full-link" href="{u(p)}">'
                      f'{cut(T.PULSE_POSTS[k][1][0], 140)}</a></li>' for k, p, _, _ in PULSE_POST))
    home = (f'<section class="hero"><h1>Welcome to your professional community</h1><a class="btn-md" href="/signup" '
            f'rel="nofollow">Join now</a></section><section class="explore"><h2>Explore articles and posts on '
            f"mentoring, leadership and libraries</h2><ul>{feed}</ul></section><section class=\"people\"><h2>Find "
            f'people you know</h2><ul><li><a href="{u("/in/ayesha-khan")}">Ayesha Khan</a></li><li><a '
            f'href="{u("/in/graham-fell")}">Graham Fell</a></li></ul></section>')
    docs.append(Doc("pulse.example", "/", "home", 0, _pulse_page(u, "Pulse: Log In or Sign Up", home,
                                                                 '<meta property="og:type" content="website">')))
    return docs


# --- the whole web ------------------------------------------------------------------------------

OTHER: dict[str, str] = {}  # cross-host links, set by build() before the pages are made


def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page; ``url(host, path)`` makes the absolute URLs links use."""
    def on(host):
        return lambda path: url(host, path)

    OTHER.clear()
    OTHER.update({
        "blowfish-libmentor": url("blowfish.example", "/posts/libmentor-a-year/"),
        "zenodo-report": url("zenodo.example", "/records/15100452"),
        "pulse-nobody": url("pulse.example", PULSE_ART[0][1]),
        "sj-distance": url("scholastica.example", _sj_slug("distance-mentoring", 127455)),
    })
    return (neve(on("neve.example")) + wpcom(on("wpcom.example")) + headline(on("headline.example"))
            + hubspot(on("hubspot.example")) + lemmy(on("lemmy.example")) + zenodo(on("zenodo.example"))
            + scholastica(on("scholastica.example")) + blowfish(on("blowfish.example")) + joomla(on("joomla.example"))
            + pulse(on("pulse.example")))


class LabelledWeb7(ServedWeb):
    """Web 7 (see the module docstring)."""

    HOSTS = HOSTS
    START: dict[str, str] = {}
    FIRST_ADDRESS = 180
    build = staticmethod(build)
