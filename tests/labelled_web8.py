"""An eighth labelled web for the ranking, held out: ten hosts, templates
none of webs 1-7 use, words of its own (:mod:`tests.labelled_text8`,
written without reading scan's code, its topic's keywords, the other webs'
texts or page builders, or scan's tests of kinds and ranking).

Its labels (:data:`tests.labelled_text8.WORKS` and ``OTHER``) were written,
and committed, before these pages were built and before anything ran on
the web: scan was never run on it while it was built; the lead measures it
once, at the end of the session that built it.

115 pages: 51 works (26 ``article``, 17 ``post``, 4 ``journal-article``, 4
``document``), graded 18 at 3, 7 at 2 (25 relevant, two of them PDFs), 11
at 1 and 15 at 0; and 64 pages that are not works (10 ``home``, 7
``listing``, 7 ``category``, 5 ``tag``, 7 ``search``, 17 ``profile``, 4
``about``, 4 ``contact``) or errors (3 ``error``: two real 404s and a soft
404). Every link a page follows on its own host leads to a labelled page.

Hosts and templates (the markup the real platform serves, reduced):

* ``signals.example`` WordPress with the Blocksy theme and The SEO
  Framework's metadata, a Cookie Notice banner (a health sciences
  librarian's blog): posts at ``/slug/`` with related posts and comments,
  the home and ``/page/2/``, two categories, a tag, a search (``/?s=``), the
  author's archive, About, Contact, and a real 404 (Blocksy's 404, status
  404) behind a post's stale link to old slides;
* ``circdesk.example`` a phpBB 3.3 board (prosilver) under ``/forum/``:
  the board index, two forums (``viewforum.php?f=``), topics
  (``viewtopic.php?t=``), four members' profiles, a keyword search, the
  "Contact us" form;
* ``libqa.example`` a Stack Exchange Q&A site (questions with answers and
  schema.org QAPage markup, the home's top questions, ``/questions``, three
  ``/questions/tagged/`` pages, three ``/users/`` pages, ``/search?q=``;
  log-in links are ``rel="nofollow"``);
* ``lswiki.example`` a library-school wiki on MediaWiki 1.41 (Vector
  2022): articles under ``/wiki/``, ``Main_Page``, a category, the search
  (``/index.php?search=...&title=Special%3ASearch``), a user page, the
  About page, Recent changes, and MediaWiki's 404 for a deleted page
  (``/wiki/Twitter_chats``, status 404, with its deletion log) linked from
  an old blog post;
* ``lissa.example`` OSF Preprints (LIS Scholarship Archive): preprint
  pages ``/preprints/lissa/GUID`` with ``citation_*`` and ``dc.*`` tags,
  their PDFs at ``/GUID/download``, the provider's home, its discover
  search, a contributor's profile ``/GUID/``;
* ``bsky.example`` Bluesky's pages as served to crawlers (bskyweb: the
  app's shell with a ``noscript`` summary and OpenGraph/JSON-LD metadata,
  and no links to other posts): posts ``/profile/HANDLE/post/RKEY``, two
  profiles, a hashtag page and a search (shells with nothing but "JavaScript
  Required"), the home; its pages are reached through other hosts' links
  and Bluesky embeds;
* ``shelfwise.example`` a library consultancy's Webflow site (``/blog``
  collection list, ``/blog/slug`` items, ``/blog-categories/slug``,
  ``/about``, ``/contact`` with Webflow's form messages);
* ``meetup.example`` a Meetup group (Next.js pages with Event JSON-LD):
  the group's page, event pages, past events, the organizer's member page;
* ``connect.example`` a library association's Higher Logic community:
  ``/home``, the discussion digest viewer, threads ``/discussion/slug``,
  blog posts ``/blogs/NAME/YYYY/MM/DD/slug``, a library entry
  ``/viewdocument/slug`` and its PDF (``DownloadDocumentFile.ashx``),
  member profiles ``/people/NAME``, a cookie banner;
* ``ischool.example`` a university iSchool's news site published by
  Cascade CMS (static ``.html`` pages linked relatively: the school's home,
  ``/news/``, stories, a news topic, a faculty profile, About, Contact, the
  site search (a Google Programmable Search shell, no results in the HTML),
  and a soft 404: an old story's address answering 200 with "Page not
  found").

Grades (as webs 1-7): 3 about the topic (librarians mentoring through
social media or online networks) throughout; 2 about it in good part (a
third of the text or more), or about mentoring of librarians without the
social media, or about librarians learning through social media or online
networks without the mentoring; 1 the topic's words in passing (one
sentence), or a short announcement dense with the topic's words and nothing
to read; 0 nothing, including off-topic pages that use one of the topic's
words for something else (a library's Instagram, chat reference, "the
network" of a shared ILS, network meta-analysis). Pages that are not works
(home, about, contact, category, tag, search, listing, profile) and errors
count 0 whatever they say.

Kind decisions for unusual pages:

* a phpBB topic and a Stack Exchange question with its answers are
  ``post`` (discussion threads), graded by the whole thread; so is a Higher
  Logic discussion thread; a Higher Logic blog post is an ``article``;
* a Bluesky post page (one post's text, its author, its date) is a
  ``post``; a short post offering mentoring chats is an announcement (1); a
  post asking library people to name whom they learn from, to rebuild a
  learning network, is about learning through a social network (2);
  Bluesky's hashtag page is a ``tag`` and its search a ``search``, though
  both are the app's empty shell;
* a MediaWiki article is an ``article`` (APA cites a wiki entry as a
  webpage), graded by its text; ``Main_Page`` is ``home``; Recent changes is
  a ``listing``; ``User:`` is a ``profile``; the project page
  ``LibCareerWiki:About`` is ``about``; the deleted page's 404 is ``error``;
* an OSF preprint page (title, authors, abstract, DOI, ``citation_*``
  tags) is a ``journal-article`` graded by its abstract (the scholarly
  kind; scan's kinds have no preprint); its PDF is a ``document`` graded by
  its text;
* a Meetup event page is an ``article`` (one event's own text, as webs
  3-7 decide for events): the kick-off of online mentoring circles, its
  description about them throughout, is 3; a one-paragraph "Mastodon for
  library workers" setup social is a short announcement (1); the group's
  page is its ``home``, past events a ``listing``, the organizer's member
  page a ``profile``;
* a Higher Logic library entry (a deposited toolkit's page: title,
  description, attachment) is a ``document``, like its PDF, graded by its
  description; a job posting thread with one sentence on a mentoring
  programme is 1; the digest viewer is a ``listing``;
* the phpBB forums (``viewforum.php``) are ``category``; the board index is
  ``home``; the "Contact us" form is ``contact``; Stack Exchange's home
  (top questions) is ``home`` and ``/questions`` a ``listing``; a Webflow
  ``/blog`` list is a ``listing`` and a Cascade ``/news/`` index too;
* the Blocksy 404 and MediaWiki's 404 (status 404) and the Cascade soft 404
  (200) are ``error``.

::

    with LabelledWeb8() as web:
        web.seeds, web.hosts_env, web.labels      # as LabelledWeb
"""

from __future__ import annotations

import json
import textwrap
import zlib
from datetime import date as Date
from typing import Callable

from tests.labelled_text8 import (BLOCKSY, BSKY, CASCADE, HL, MEETUP, OSF, OTHER, PHPBB, QA, WEBFLOW, WIKI, WORKS,
                                  Work)
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

HOSTS = (BLOCKSY, PHPBB, QA, WIKI, OSF, BSKY, WEBFLOW, MEETUP, HL, CASCADE)
START = {PHPBB: "/forum/index.php", WIKI: "/wiki/Main_Page", OSF: "/preprints/lissa",
         MEETUP: "/bay-area-library-workers/", HL: "/home"}

U = Callable[[str, str], str]


def _d(iso: str) -> Date:
    return Date.fromisoformat(iso[:10])


def _long(iso: str) -> str:
    d = _d(iso)
    return f"{d:%B} {d.day}, {d.year}"


def _works(host: str) -> list[tuple[str, Work]]:
    """The works served on ``host``, newest first."""
    return sorted(((k, w) for k, w in WORKS.items() if w.host == host), key=lambda kw: kw[1].date, reverse=True)


def _doc(key: str, body: str | bytes, content_type: str = "text/html; charset=utf-8") -> Doc:
    w = WORKS[key]
    return Doc(w.host, w.path, w.kind, w.grade, body if isinstance(body, bytes) else body.encode(), content_type)


def _other(host: str, path: str, body: str, status: int = 200) -> Doc:
    kinds = {(h, p): k for h, p, k in OTHER}
    return Doc(host, path, kinds[(host, path)], 0, body.encode(), status=status)


def _pdf_doc(key: str) -> Doc:
    w = WORKS[key]
    lines: list[str] = []
    for p in w.paras:
        lines += textwrap.wrap(p, 92) + [""]
    return _doc(key, pdf(lines), "application/pdf")


def _embed(u: U, key: str) -> str:
    """A Bluesky post embedded in a page the way bsky's embed code writes it (the link to the
    post and to its author; the script turns it into a card)."""
    w = WORKS[key]
    handle = w.path.split("/")[2]
    rkey = w.path.rsplit("/", 1)[1]
    did = BSKY_DIDS[handle]
    return (f'<blockquote class="bluesky-embed" data-bluesky-uri="at://{did}/app.bsky.feed.post/{rkey}" '
            f'data-bluesky-cid="bafyreib{zlib.crc32(rkey.encode()):x}q2"><p lang="en">{esc(w.paras[0])}</p>'
            f'&mdash; {esc(w.author)} (<a href="{u(BSKY, "/profile/" + handle)}">@{handle}</a>) '
            f'<a href="{u(BSKY, w.path)}">{_long(w.date)}</a></blockquote>'
            f'<script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>')


# --- signals.example: WordPress, Blocksy, The SEO Framework ------------------------------------------

BL_SITE = "Stacks &amp; Signals"
BL_CATS = {"professional-development": "Professional development", "searching": "Searching & services"}
BL_POST_CAT = {"slack-matching": "professional-development", "remote-mentee": "professional-development",
               "left-twitter": "professional-development", "call-mentors": "professional-development",
               "mla-recap": "searching", "filters": "searching", "instagram": "searching"}
BL_MASTODON = {"remote-mentee", "left-twitter", "call-mentors"}


def _bl_head(u: U, title: str, path: str, og_type: str, desc: str, extra: str = "") -> str:
    url = u(BLOCKSY, path)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": u(BLOCKSY, "/#/schema/WebSite"), "url": u(BLOCKSY, "/"),
         "name": "Stacks & Signals", "description": "Notes from a hospital library", "inLanguage": "en-US",
         "potentialAction": {"@type": "SearchAction", "target": {"@type": "EntryPoint",
                                                                 "urlTemplate": u(BLOCKSY, "/?s={search_term_string}")},
                             "query-input": "required name=search_term_string"}},
        {"@type": "WebPage", "@id": url, "url": url, "name": title, "inLanguage": "en-US",
         "isPartOf": {"@id": u(BLOCKSY, "/#/schema/WebSite")}}]}
    return (f'<!doctype html><html lang="en-US"><head><meta charset="UTF-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{esc(title)} &#8211; {BL_SITE}</title>'
            f'<!-- The SEO Framework by Sybre Waaijer -->'
            f'<meta name="robots" content="max-snippet:-1,max-image-preview:large,max-video-preview:-1" />'
            f'<link rel="canonical" href="{esc(url)}" /><meta name="description" content="{esc(desc)}" />'
            f'<meta property="og:type" content="{og_type}" /><meta property="og:locale" content="en_US" />'
            f'<meta property="og:site_name" content="{BL_SITE}" /><meta property="og:title" content="{esc(title)}" />'
            f'<meta property="og:description" content="{esc(desc)}" /><meta property="og:url" content="{esc(url)}" />'
            f'{extra}<meta name="twitter:card" content="summary_large_image" />'
            f'<script type="application/ld+json">{json.dumps(ld)}</script>'
            f'<!-- / The SEO Framework by Sybre Waaijer | 3.12ms meta | 0.41ms boot -->'
            f"<link rel='stylesheet' id='ct-main-styles-css' href='{u(BLOCKSY, '/wp-content/themes/blocksy/static/bundle/main.min.css?ver=2.0.42')}' media='all' />"
            f'<meta name="generator" content="WordPress 6.5.3" /></head>')


def _bl_page(u: U, body_class: str, main: str, sidebar: bool = True) -> str:
    menu = "".join(f'<li id="menu-item-{10 + i}" class="menu-item menu-item-type-{t} menu-item-{10 + i}">'
                   f'<a href="{u(BLOCKSY, p)}" class="ct-menu-link">{n}</a></li>'
                   for i, (p, n, t) in enumerate([("/", "Home", "custom"), ("/about/", "About", "post_type"),
                                                  ("/category/professional-development/", "Career", "taxonomy"),
                                                  ("/category/searching/", "Searching", "taxonomy"),
                                                  ("/contact/", "Contact", "post_type")]))
    recent = "".join(f'<li><a href="{u(BLOCKSY, w.path)}">{esc(w.title)}</a></li>' for _, w in _works(BLOCKSY)[:5])
    side = (f'<aside class="ct-hidden-sm ct-hidden-md" data-type="type-2" id="sidebar" '
            f'itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="ct-sidebar">'
            f'<div class="ct-widget widget_block widget_search"><form role="search" method="get" '
            f'action="{u(BLOCKSY, "/")}" class="wp-block-search"><label class="wp-block-search__label" '
            f'for="wp-block-search__input-1">Search</label><input type="search" id="wp-block-search__input-1" '
            f'name="s" required><button type="submit" class="wp-block-search__button">Search</button></form></div>'
            f'<div class="ct-widget widget_block"><h2 class="wp-block-heading">Recent posts</h2>'
            f'<ul class="wp-block-latest-posts__list wp-block-latest-posts">{recent}</ul></div>'
            f'<div class="ct-widget widget_block"><h2 class="wp-block-heading">Categories</h2>'
            f'<ul class="wp-block-categories-list wp-block-categories">'
            + "".join(f'<li class="cat-item"><a href="{u(BLOCKSY, "/category/" + s + "/")}">{esc(n)}</a></li>'
                      for s, n in BL_CATS.items())
            + f'</ul></div><div class="ct-widget widget_block"><h2 class="wp-block-heading">Tags</h2>'
              f'<p class="wp-block-tag-cloud"><a href="{u(BLOCKSY, "/tag/mastodon/")}" class="tag-cloud-link '
              f'tag-link-14 tag-link-position-1" style="font-size: 8pt;" aria-label="Mastodon (3 items)">'
              f'Mastodon</a></p></div></div></aside>') if sidebar else ""
    return (f'<body class="{body_class} ct-loading" data-link="type-2" data-prefix="single_blog_post" '
            f'data-header="type-1" data-footer="type-1" itemscope="itemscope" itemtype="https://schema.org/Blog">'
            f'<a class="skip-link show-on-focus" href="#main">Skip to content</a>'
            f'<div class="ct-drawer-canvas" data-location="start"><div id="offcanvas" class="ct-panel '
            f'ct-header" data-behaviour="right-side"></div></div><div id="main-container">'
            f'<header id="header" class="ct-header" data-id="type-1" itemscope="" '
            f'itemtype="https://schema.org/WPHeader"><div data-device="desktop"><div data-row="middle" '
            f'data-column-set="2"><div class="ct-container"><div data-column="start" data-placements="1">'
            f'<div data-items="primary"><div class="site-branding" data-id="logo" itemscope="itemscope" '
            f'itemtype="https://schema.org/Organization"><span class="site-title" itemprop="name">'
            f'<a href="{u(BLOCKSY, "/")}" rel="home" itemprop="url">{BL_SITE}</a></span>'
            f'<p class="site-description" itemprop="description">Notes from a hospital library</p></div></div>'
            f'</div><div data-column="end" data-placements="1"><div data-items="primary">'
            f'<nav id="header-menu-1" class="header-menu-1" data-id="menu" data-interaction="hover" '
            f'data-menu="type-1" data-dropdown="type-1:simple" data-responsive="no" itemscope="" '
            f'itemtype="https://schema.org/SiteNavigationElement" aria-label="Header Menu">'
            f'<ul id="menu-main" class="menu">{menu}</ul></nav></div></div></div></div></div></header>'
            f'<main id="main" class="site-main hfeed" itemscope="itemscope" '
            f'itemtype="https://schema.org/CreativeWork"><div class="ct-container" data-sidebar="right" '
            f'data-vertical-spacing="top:bottom"><section>{main}</section>{side}</div></main>'
            f'<footer id="footer" class="ct-footer" data-id="type-1" itemscope="" '
            f'itemtype="https://schema.org/WPFooter"><div data-row="bottom"><div class="ct-container" '
            f'data-columns-divider="md:sm"><div data-column="copyright"><div class="ct-footer-copyright" '
            f'data-id="copyright"><p>Copyright &copy; 2024 {BL_SITE} - WordPress Theme by '
            f'<a href="https://creativethemes.com">CreativeThemes</a></p></div></div></div></div></footer></div>'
            f'<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden '
            f'cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);">'
            f'<div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" '
            f'class="cn-text-container">We use cookies to ensure that we give you the best experience on our '
            f'website. If you continue to use this site we will assume that you are happy with it.</span>'
            f'<span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" '
            f'data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Ok">Ok</a></span>'
            f'<span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="No"></span>'
            f'</div></div></body></html>')


def _bl_meta(u: U, key: str, w: Work) -> str:
    cat = BL_POST_CAT[key]
    return (f'<ul class="entry-meta" data-type="simple:slash"><li class="meta-author" itemprop="author" '
            f'itemscope="" itemtype="https://schema.org/Person"><a class="ct-meta-element-author" '
            f'href="{u(BLOCKSY, "/author/nadia/")}" title="Posts by {esc(w.author)}" rel="author" itemprop="url">'
            f'<span itemprop="name">{esc(w.author)}</span></a></li><li class="meta-date" itemprop="datePublished">'
            f'<time class="ct-meta-element-date" datetime="{w.date}T08:30:00-05:00">{_long(w.date)}</time></li>'
            f'<li class="meta-categories" data-type="simple"><a href="{u(BLOCKSY, "/category/" + cat + "/")}" '
            f'rel="tag" class="ct-term-{3 + list(BL_CATS).index(cat)}">{esc(BL_CATS[cat])}</a></li></ul>')


BL_EXTRA = {  # key -> (paragraph index, html added after it)
    "slack-matching": (2, lambda u: _embed(u, "bsky-stranger")),
    "left-twitter": (2, lambda u: _embed(u, "bsky-follow") + (
        f'<p>Our library school wiki had a good page on the old <a href="{u(WIKI, "/wiki/Twitter_chats")}">Twitter '
        f'chats</a>, and its page on <a href="{u(WIKI, "/wiki/Personal_learning_network")}">personal learning '
        f'networks</a> is still the best short introduction I know.</p>')),
    "instagram": (3, lambda u: f'<p>Our friends at the Eastside Branch have just launched on Bluesky too: '
                               f'<a href="{u(BSKY, WORKS["bsky-account"].path)}">their first post</a>.</p>'),
    "remote-mentee": (4, lambda u: f'<p>There is now research on this kind of thing: see the preprint '
                                   f'<a href="{u(OSF, WORKS["preprint-networked"].path)}">Networked mentoring among '
                                   f'early-career academic librarians</a>.</p>'),
    "filters": (3, lambda u: f'<p>Last year&rsquo;s slides on how we validate the filters are '
                             f'<a href="{u(BLOCKSY, "/2019/04/expert-searching-slides/")}">here</a>.</p>'),
}

BL_COMMENTS = {
    "slack-matching": [("Joanne K.", "https://jk-medlib.example.net/", "This is exactly how I found my people "
                        "when I was the only librarian in a clinic network. Thank you for writing it down."),
                       ("Ravi", None, "Do you have a template for the pinned #pairing post? We want to try this.")],
    "remote-mentee": [("Aoife", None, "Lovely post. The shared document idea is going straight into our programme.")],
    "filters": [("Sam Whitlock", "https://whitlock.example.org/", "Thanks for keeping these up to date every year.")],
}


def _bl_post(u: U, key: str) -> Doc:
    w = WORKS[key]
    paras = [f"<p>{esc(p)}</p>" for p in w.paras]
    if key in BL_EXTRA:
        at, extra = BL_EXTRA[key]
        paras.insert(at + 1, extra(u))
    cat = BL_POST_CAT[key]
    related = [(k, x) for k, x in _works(BLOCKSY) if k != key and BL_POST_CAT[k] == cat][:3]
    rel = "".join(f'<article itemscope="itemscope" itemtype="https://schema.org/CreativeWork"><div id="post-{200 + i}" '
                  f'class="post-{200 + i} post type-post status-publish format-standard hentry"><h4 '
                  f'class="related-entry-title" itemprop="name"><a href="{u(BLOCKSY, x.path)}" itemprop="url" '
                  f'rel="bookmark">{esc(x.title)}</a></h4><ul class="entry-meta" data-type="simple:slash"><li '
                  f'class="meta-date" itemprop="datePublished"><time class="ct-meta-element-date" '
                  f'datetime="{x.date}">{_long(x.date)}</time></li></ul></div></article>'
                  for i, (_, x) in enumerate(related))
    tags = (f'<div class="entry-tags is-width-constrained"><span class="ct-module-title">Tags</span>'
            f'<div class="entry-tags-items"><a href="{u(BLOCKSY, "/tag/mastodon/")}" rel="tag"><span>#</span> '
            f'Mastodon</a></div></div>') if key in BL_MASTODON else ""
    comments = BL_COMMENTS.get(key, [])
    cm = "".join(f'<li class="comment even thread-even depth-1" id="comment-{30 + i}"><article class="ct-comment-inner" '
                 f'id="ct-comment-inner-{30 + i}" itemscope itemtype="https://schema.org/Comment">'
                 f'<footer class="ct-comment-meta"><h4 class="ct-comment-author" itemprop="author">'
                 + (f'<a href="{site}" class="url" rel="ugc external nofollow">{esc(n)}</a>' if site else
                    f'<cite class="fn">{esc(n)}</cite>')
                 + f'</h4><div class="ct-comment-meta-data"><a href="#comment-{30 + i}"><time>{_long(w.date)}</time>'
                   f'</a></div></footer><div class="ct-comment-content entry-content" itemprop="text"><p>{esc(t)}</p>'
                   f'</div></article></li>' for i, (n, site, t) in enumerate(comments))
    comments_html = (f'<div class="ct-comments-container"><div class="ct-container-narrow"><div id="comments" '
                     f'class="ct-comments"><h3 class="ct-comments-title">{len(comments)} '
                     f'Comment{"s" if len(comments) > 1 else ""}</h3><ol class="ct-comment-list">{cm}</ol>'
                     f'<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">'
                     f'Leave a Reply</h2><form action="{u(BLOCKSY, "/wp-comments-post.php")}" method="post" '
                     f'id="commentform" class="comment-form"><p class="comment-notes">Your email address will not '
                     f'be published.</p><textarea name="comment"></textarea><input name="submit" type="submit" '
                     f'value="Post Comment"></form></div></div></div></div>') if comments else ""
    pid = 100 + zlib.crc32(key.encode()) % 800
    main = (f'<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry '
            f'category-{cat}"><div class="hero-section is-width-constrained" data-type="type-1"><header '
            f'class="entry-header"><h1 class="page-title" title="{esc(w.title)}" itemprop="headline">'
            f'{esc(w.title)}</h1>{_bl_meta(u, key, w)}</header></div><div class="entry-content is-layout-flow">'
            f'{"".join(paras)}</div>{tags}</article><div class="ct-related-posts-container"><div class="ct-container">'
            f'<div class="ct-related-posts"><h3 class="ct-module-title">Related Posts</h3>{rel}</div></div></div>'
            f'{comments_html}')
    head = _bl_head(u, w.title, w.path, "article", w.paras[0][:150],
                    f'<meta property="article:published_time" content="{w.date}T13:30:00+00:00" />'
                    f'<meta property="article:modified_time" content="{w.date}T13:30:00+00:00" />')
    return _doc(key, head + _bl_page(u, f"post-template-default single single-post postid-{pid} single-format-standard",
                                     main))


def _bl_cards(u: U, items: list[tuple[str, Work]]) -> str:
    return "".join(f'<article id="post-{i}" class="entry-card post-{i} post type-post status-publish '
                   f'format-standard hentry" data-reveal="bottom:no"><h2 class="entry-title"><a '
                   f'href="{u(BLOCKSY, w.path)}" rel="bookmark">{esc(w.title)}</a></h2>{_bl_meta(u, k, w)}'
                   f'<div class="entry-excerpt"><p>{cut(w.paras[0], 200)}</p></div><a class="entry-button" '
                   f'data-type="simple" data-alignment="left" href="{u(BLOCKSY, w.path)}">Read More<span '
                   f'class="screen-reader-text">{esc(w.title)}</span></a></article>' for i, (k, w) in enumerate(items))


def _bl_archive(u: U, path: str, title: str, label: str, items, body_class: str, pager: str = "") -> Doc:
    hero = (f'<div class="hero-section is-width-constrained" data-type="type-1"><header class="entry-header">'
            f'<h1 class="page-title" title="{esc(title)}" itemprop="headline"><span class="ct-title-label">{label}'
            f'</span> {esc(title)}</h1></header></div>') if title else ""
    main = (f'{hero}<div class="entries" data-archive="default" data-layout="simple" data-cards="boxed">'
            f'{_bl_cards(u, items)}</div>{pager}')
    head = _bl_head(u, (label + " " + title).strip() if title else "Stacks & Signals", path, "website",
                    "Notes from a hospital library")
    return _other(BLOCKSY, path, head + _bl_page(u, body_class, main))


def _bl_static(u: U, path: str, title: str, text: str) -> Doc:
    main = (f'<article id="post-2" class="post-2 page type-page status-publish hentry"><div class="hero-section '
            f'is-width-constrained" data-type="type-1"><header class="entry-header"><h1 class="page-title" '
            f'title="{esc(title)}" itemprop="headline">{esc(title)}</h1></header></div>'
            f'<div class="entry-content is-layout-flow">{text}</div></article>')
    return _other(BLOCKSY, path, _bl_head(u, title, path, "website", title) + _bl_page(u, "page-template-default page",
                                                                                      main, sidebar=False))


def blocksy(u: U) -> list[Doc]:
    posts = _works(BLOCKSY)
    docs = [_bl_post(u, k) for k, _ in posts]
    pager = (f'<nav class="ct-pagination" data-pagination="simple"><div class="ct-hidden-sm"><span aria-current="page" '
             f'class="page-numbers current">1</span><a class="page-numbers" href="{u(BLOCKSY, "/page/2/")}">2</a>'
             f'</div><a class="next page-numbers" rel="next" href="{u(BLOCKSY, "/page/2/")}">Next</a></nav>')
    pager2 = (f'<nav class="ct-pagination" data-pagination="simple"><a class="prev page-numbers" rel="prev" '
              f'href="{u(BLOCKSY, "/")}">Prev</a><div class="ct-hidden-sm"><a class="page-numbers" '
              f'href="{u(BLOCKSY, "/")}">1</a><span aria-current="page" class="page-numbers current">2</span></div></nav>')
    mentor = [(k, w) for k, w in posts if k in ("slack-matching", "remote-mentee", "call-mentors", "mla-recap")]
    docs += [
        _bl_archive(u, "/", "", "", posts[:5], "home blog", pager),
        _bl_archive(u, "/page/2/", "", "", posts[5:], "home blog paged paged-2", pager2),
        *[_bl_archive(u, f"/category/{s}/", n, "Category:", [(k, w) for k, w in posts if BL_POST_CAT[k] == s],
                      f"archive category category-{s}") for s, n in BL_CATS.items()],
        _bl_archive(u, "/tag/mastodon/", "Mastodon", "Tag:", [(k, w) for k, w in posts if k in BL_MASTODON],
                    "archive tag tag-mastodon"),
        _bl_archive(u, "/?s=mentor", "mentor", "Search Results for:", mentor, "search search-results"),
        _bl_archive(u, "/author/nadia/", "Nadia Okafor", "Author:", posts, "archive author author-nadia"),
        _bl_static(u, "/about/", "About",
                   "<p>I am Nadia Okafor, clinical librarian at a teaching hospital in the Midwest. I write here "
                   "about expert searching, systematic reviews, and the odd business of building a career in a "
                   "profession where you are often the only one of you in the building.</p><p>Looking for the "
                   f'posts about mentors and mentees? <a href="{u(BLOCKSY, "/?s=mentor")}">They are all here</a>.'
                   "</p><p>Opinions are mine, not my employer&rsquo;s.</p>"),
        _bl_static(u, "/contact/", "Contact",
                   "<p>Questions about the search filters, speaking invitations, or corrections: use the form "
                   "below. I answer within a week.</p><div class=\"wpforms-container\"><form id=\"wpforms-form-61\" "
                   "class=\"wpforms-validate wpforms-form\" method=\"post\"><label>Name</label><input type=\"text\" "
                   "name=\"wpforms[fields][0]\"><label>Email</label><input type=\"email\" name=\"wpforms[fields][1]\">"
                   "<label>Message</label><textarea name=\"wpforms[fields][2]\"></textarea><button type=\"submit\">"
                   "Submit</button></form></div>"),
    ]
    nf = ('<div class="ct-container" data-vertical-spacing="top:bottom"><section class="ct-no-results">'
          '<section class="hero-section" data-type="type-1"><header class="entry-header"><h1 class="page-title" '
          'itemprop="headline">Oops! That page can&rsquo;t be found.</h1><div class="page-description ct-hidden-sm">'
          '<p>It looks like nothing was found at this location. Maybe try to search for something else?</p></div>'
          f'</header></section><div class="entry-content"><form role="search" method="get" class="ct-search-form" '
          f'action="{u(BLOCKSY, "/")}"><input type="search" placeholder="Search" value="" name="s" autocomplete="off" '
          'title="Search for..." aria-label="Search for..."><button type="submit" class="wp-element-button" '
          'aria-label="Search button">Search</button></form></div></section></div>')
    docs.append(_other(BLOCKSY, "/2019/04/expert-searching-slides/",
                       _bl_head(u, "Page not found", "/2019/04/expert-searching-slides/", "website", "Page not found")
                       + _bl_page(u, "error404", nf, sidebar=False), status=404))
    return docs


# --- circdesk.example: phpBB 3.3, prosilver -------------------------------------------------------

BB_USERS = {"circ_marta": (2, "Site Admin", "2011-05-02", 1842), "dani_reads": (48, "Member", "2022-09-14", 37),
            "ILSadmin_Ray": (77, "Systems Guru", "2014-01-20", 611), "bookcart_kim": (91, "Member", "2019-03-03", 204)}
BB_FORUMS = {3: ("Careers &amp; Mentoring", "Job hunting, the MLIS, getting ahead (or just getting by), mentors."),
             5: ("Around the Library", "Systems, circulation, programs, and everything that happens in a branch.")}
BB_TOPIC_FORUM = {"fb-mentor": 3, "reddit-advice": 3, "koha-sip2": 5, "drill-team": 5}
BB_SITE = "Circ Desk"


def _bb_user(name: str) -> str:
    uid = BB_USERS[name][0]
    colour = ' style="color: #AA0000;" class="username-coloured"' if uid == 2 else ' class="username"'
    return f'<a href="./memberlist.php?mode=viewprofile&amp;u={uid}"{colour}>{esc(name)}</a>'


def _bb_time(iso: str, minute: int = 0) -> str:
    d = _d(iso)
    return (f'<time datetime="{iso}T{14 + minute // 60:02d}:{minute % 60:02d}:11+00:00">'
            f'{d:%a %b %d, %Y} {2 + minute // 60}:{minute % 60:02d} pm</time>')


def _bb_page(u: U, title: str, section: str, crumbs: list[tuple[str, str]], body: str) -> str:
    crumb = "".join(f'<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" '
                    f'itemscope><a itemprop="item" href="{h}"><span itemprop="name">{n}</span></a>'
                    f'<meta itemprop="position" content="{i + 2}" /></span>' for i, (h, n) in enumerate(crumbs))
    return (f'<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8" />'
            f'<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1" /><title>{title}</title>'
            f'<link href="./assets/css/font-awesome.min.css?assets_version=12" rel="stylesheet">'
            f'<link href="./styles/prosilver/theme/stylesheet.css?assets_version=12" rel="stylesheet"></head>'
            f'<body id="phpbb" class="nojs notouch section-{section} ltr "><div id="wrap" class="wrap">'
            f'<a id="top" class="top-anchor" accesskey="t"></a><div id="page-header"><div class="headerbar" '
            f'role="banner"><div class="inner"><div id="site-description" class="site-description">'
            f'<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a>'
            f'<h1>{BB_SITE}</h1><p>A forum for library staff: circulation, careers and everything in between</p>'
            f'<p class="skiplink"><a href="#start_here">Skip to content</a></p></div><div id="search-box" '
            f'class="search-box search-header" role="search"><form action="./search.php" method="get" id="search">'
            f'<fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" '
            f'class="inputbox search tiny" size="20" value="" placeholder="Search&hellip;" /><button '
            f'class="button button-search" type="submit" title="Search">Search</button></fieldset></form></div>'
            f'</div></div><div class="navbar" role="navigation"><div class="inner"><ul id="nav-breadcrumbs" '
            f'class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope '
            f'itemtype="https://schema.org/BreadcrumbList"><span class="crumb" '
            f'itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" '
            f'href="./index.php" accesskey="h" data-navbar-reference="index"><i class="icon fa-home fa-fw"></i>'
            f'<span itemprop="name">Board index</span></a><meta itemprop="position" content="1" /></span>{crumb}'
            f'</li><li class="rightside responsive-search"><a href="./search.php" title="View the advanced search '
            f'options" role="menuitem" rel="nofollow"><i class="icon fa-search fa-fw" aria-hidden="true"></i>'
            f'<span class="sr-only">Search</span></a></li></ul></div></div></div>'
            f'<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">{body}</div>'
            f'<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation">'
            f'<div class="inner"><ul id="nav-footer" class="nav-footer linklist" role="menubar"><li '
            f'class="breadcrumbs"><span class="crumb"><a href="./index.php" data-navbar-reference="index">'
            f'<i class="icon fa-home fa-fw" aria-hidden="true"></i><span>Board index</span></a></span></li>'
            f'<li class="rightside">All times are <span title="UTC">UTC</span></li><li class="rightside" '
            f'data-last-responsive="true"><a href="./memberlist.php?mode=contactadmin" role="menuitem">'
            f'<i class="icon fa-envelope fa-fw" aria-hidden="true"></i><span>Contact us</span></a></li></ul></div>'
            f'</div><div class="copyright"><p class="footer-row" role="menu"><span class="footer-copyright">'
            f'Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span>'
            f'</p></div></div></div></body></html>')


BB_LINKS = {  # key -> {post index: html added to that post}
    "fb-mentor": {2: lambda u: (f'<br><br>Also, Ana Morales is doing free mentoring chats for new folks right now: '
                                f'<a href="{u(BSKY, WORKS["bsky-offer"].path)}" class="postlink">'
                                f'{u(BSKY, WORKS["bsky-offer"].path)}</a>. And the hashtag chat is sort of alive '
                                f'again over there: <a href="{u(BSKY, "/search?q=%23libchat")}" class="postlink">'
                                f'{u(BSKY, "/search?q=%23libchat")}</a>')},
    "drill-team": {1: lambda u: (f'<br><br>Off topic but Marco&#39;s sourdough saga is the other best thing online '
                                 f'this week: <a href="{u(BSKY, WORKS["bsky-sourdough"].path)}" class="postlink">'
                                 f'{u(BSKY, WORKS["bsky-sourdough"].path)}</a>')},
}


def _bb_topic(u: U, key: str) -> Doc:
    w = WORKS[key]
    tid = int(w.path.rsplit("=", 1)[1])
    f = BB_TOPIC_FORUM[key]
    posts = []
    for i, (who, text) in enumerate(zip(w.by, w.paras)):
        pid = tid * 10 + i
        uid, rank, joined, count = BB_USERS[who]
        extra = BB_LINKS.get(key, {}).get(i, lambda u: "")(u)
        subject = esc(w.title) if i == 0 else "Re: " + esc(w.title)
        first = ' class="first"' if i == 0 else ""
        posts.append(
            f'<div id="p{pid}" class="post has-profile bg{2 - i % 2}"><div class="inner"><dl class="postprofile" '
            f'id="profile{pid}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div>'
            f'{_bb_user(who)}</dt><dd class="profile-rank">{rank}</dd><dd class="profile-posts"><strong>Posts:'
            f'</strong> {count}</dd><dd class="profile-joined"><strong>Joined:</strong> {_d(joined):%a %b %d, %Y}'
            f'</dd></dl><div class="postbody"><div id="post_content{pid}"><h3{first}>'
            f'<a href="#p{pid}">{subject}</a></h3><p class="author"><a class="unread" href="#p{pid}" title="Post">'
            f'<i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">'
            f'Post</span></a> <span class="responsive-hide">by <strong>{_bb_user(who)}</strong> &raquo; </span>'
            f'{_bb_time(w.date, 7 + 53 * i)} </p><div class="content">{esc(text)}{extra}</div></div></div>'
            f'<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up '
            f'fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">Top</span></a></div></div></div>'
            f'<hr class="divider" />')
    body = (f'<h2 class="topic-title"><a href="./viewtopic.php?t={tid}">{esc(w.title)}</a></h2>'
            f'<div class="action-bar bar-top"><div class="pagination">{len(posts)} posts &bull; Page <strong>1'
            f'</strong> of <strong>1</strong></div></div>{"".join(posts)}'
            f'<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f={f}" '
            f'class="left-box arrow-left" accesskey="r"><i class="icon fa-angle-left fa-fw icon-black" '
            f'aria-hidden="true"></i><span>Return to &ldquo;{BB_FORUMS[f][0]}&rdquo;</span></a></p></div>')
    return _doc(key, _bb_page(u, f"{esc(w.title)} - {BB_SITE}", "viewtopic",
                              [(f"./viewforum.php?f={f}", BB_FORUMS[f][0])], body))


def _bb_topicrow(key: str, i: int) -> str:
    w = WORKS[key]
    tid = int(w.path.rsplit("=", 1)[1])
    return (f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt title="No unread posts"><div '
            f'class="list-inner"><a href="./viewtopic.php?t={tid}" class="topictitle">{esc(w.title)}</a><br />'
            f'<div class="topic-poster responsive-hide left-box">by {_bb_user(w.by[0])} &raquo; {_bb_time(w.date)}'
            f'</div></div></dt><dd class="posts">{len(w.paras) - 1} <dfn>Replies</dfn></dd><dd class="views">'
            f'{97 + 41 * len(w.title) % 400} <dfn>Views</dfn></dd><dd class="lastpost"><span><dfn>Last post </dfn>by '
            f'{_bb_user(w.by[-1])}</span></dd></dl></li>')


def phpbb(u: U) -> list[Doc]:
    docs = [_bb_topic(u, k) for k in BB_TOPIC_FORUM]
    rows = []
    for f, (name, desc) in BB_FORUMS.items():
        last = max((k for k in BB_TOPIC_FORUM if BB_TOPIC_FORUM[k] == f), key=lambda k: WORKS[k].date)
        tid = int(WORKS[last].path.rsplit("=", 1)[1])
        rows.append(f'<li class="row"><dl class="row-item forum_read"><dt title="No unread posts"><div '
                    f'class="list-inner"><a href="./viewforum.php?f={f}" class="forumtitle">{name}</a><br />{desc}'
                    f'</div></dt><dd class="topics">{14 + f} <dfn>Topics</dfn></dd><dd class="posts">{96 + 7 * f} '
                    f'<dfn>Posts</dfn></dd><dd class="lastpost"><span><dfn>Last post </dfn><a '
                    f'href="./viewtopic.php?t={tid}" title="{esc(WORKS[last].title)}" class="lastsubject">'
                    f'{esc(WORKS[last].title)}</a><br />by {_bb_user(WORKS[last].by[-1])}</span></dd></dl></li>')
    index = (f'<p class="right responsive-center time">It is currently Mon Apr 15, 2024 9:12 am</p>'
             f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item">'
             f'<dt><div class="list-inner">The library</div></dt><dd class="topics">Topics</dd><dd class="posts">'
             f'Posts</dd><dd class="lastpost"><span>Last post</span></dd></dl></li></ul><ul class="topiclist forums">'
             f'{"".join(rows)}</ul></div></div><div class="stat-block online-list"><h3>Who is online</h3><p>In '
             f'total there are <strong>9</strong> users online :: 2 registered, 0 hidden and 7 guests</p></div>'
             f'<div class="stat-block statistics"><h3>Statistics</h3><p>Total posts <strong>4212</strong> &bull; '
             f'Total topics <strong>603</strong> &bull; Total members <strong>388</strong> &bull; Our newest member '
             f'<strong>{_bb_user("dani_reads")}</strong></p></div>')
    docs.append(_other(PHPBB, "/forum/index.php", _bb_page(u, f"{BB_SITE} - Index page", "index", [], index)))
    for f, (name, desc) in BB_FORUMS.items():
        rules = ('<div class="forumrules"><div class="inner"><strong>Forum rules</strong><br />Be kind; everyone '
                 'was new once. Before posting, have a look at <a href="./search.php?keywords=mentor" '
                 'class="postlink-local">earlier threads about finding a mentor</a>.</div></div>') if f == 3 else ""
        topics = "".join(_bb_topicrow(k, i) for i, k in enumerate(
            sorted((k for k in BB_TOPIC_FORUM if BB_TOPIC_FORUM[k] == f), key=lambda k: WORKS[k].date, reverse=True)))
        body = (f'<h2 class="forum-title"><a href="./viewforum.php?f={f}">{name}</a></h2><div><div '
                f'style="display: none !important;">{desc}<br /></div></div>{rules}<div class="forumbg"><div '
                f'class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div '
                f'class="list-inner">Topics</div></dt><dd class="posts">Replies</dd><dd class="views">Views</dd>'
                f'<dd class="lastpost"><span>Last post</span></dd></dl></li></ul><ul class="topiclist topics">'
                f'{topics}</ul></div></div>')
        docs.append(_other(PHPBB, f"/forum/viewforum.php?f={f}",
                           _bb_page(u, f"{name} - {BB_SITE}", "viewforum", [(f"./viewforum.php?f={f}", name)], body)))
    hits = []
    for key in ("fb-mentor", "drill-team"):
        w = WORKS[key]
        tid = int(w.path.rsplit("=", 1)[1])
        i = next(n for n, p in enumerate(w.paras) if "mentor" in p.lower())
        snippet = esc(w.paras[i][:260]).replace("mentor", '<span class="posthilit">mentor</span>')
        hits.append(f'<div class="search post bg{1 + len(hits) % 2}"><div class="inner"><dl class="postprofile">'
                    f'<dt class="author">by {_bb_user(w.by[i])}</dt><dd class="search-result-date">{_bb_time(w.date)}'
                    f'</dd><dd>Forum: <a href="./viewforum.php?f={BB_TOPIC_FORUM[key]}">'
                    f'{BB_FORUMS[BB_TOPIC_FORUM[key]][0]}</a></dd><dd>Topic: <a href="./viewtopic.php?t={tid}">'
                    f'{esc(w.title)}</a></dd><dd>Replies: <strong>{len(w.paras) - 1}</strong></dd></dl>'
                    f'<div class="postbody"><h3><a href="./viewtopic.php?t={tid}#p{tid * 10 + i}">Re: {esc(w.title)}'
                    f'</a></h3><div class="content">{snippet}&hellip;</div></div></div></div>')
    search = (f'<h2 class="searchresults-title">Search found {len(hits)} matches: <a '
              f'href="./search.php?keywords=mentor">mentor</a></h2><p><a class="arrow-left" href="./index.php" '
              f'title="Board index">Return to the board index</a></p>{"".join(hits)}')
    docs.append(_other(PHPBB, "/forum/search.php?keywords=mentor",
                       _bb_page(u, f"{BB_SITE} - Search found {len(hits)} matches: mentor", "search", [], search)))
    for name, (uid, rank, joined, count) in BB_USERS.items():
        own = [k for k in BB_TOPIC_FORUM if WORKS[k].by[0] == name]
        started = "".join(f'<li><a href="./viewtopic.php?t={WORKS[k].path.rsplit("=", 1)[1]}">{esc(WORKS[k].title)}'
                          f'</a></li>' for k in own)
        body = (f'<h2 class="memberlist-title">Viewing profile - {esc(name)}</h2><div class="panel bg1"><div '
                f'class="inner"><dl class="left-box details profile-details"><dt>Username:</dt><dd><span>'
                f'{esc(name)}</span></dd><dt>Rank:</dt><dd>{rank}</dd></dl></div></div><div class="panel bg2"><div '
                f'class="inner"><div class="column1"><h3>User statistics</h3><dl class="details"><dt>Joined:</dt>'
                f'<dd>{_d(joined):%a %b %d, %Y}</dd><dt>Total posts:</dt><dd>{count}</dd><dt>Most active forum:</dt>'
                f'<dd><strong><a href="./viewforum.php?f={3 if uid in (48, 91) else 5}">'
                f'{BB_FORUMS[3 if uid in (48, 91) else 5][0]}</a></strong></dd></dl></div>'
                + (f'<div class="column2"><h3>Topics started</h3><ul>{started}</ul></div>' if own else "")
                + '</div></div>')
        docs.append(_other(PHPBB, f"/forum/memberlist.php?mode=viewprofile&u={uid}",
                           _bb_page(u, f"{BB_SITE} - Viewing profile - {esc(name)}", "memberlist", [], body)))
    contact = ('<h2 class="titlespace">Contact us</h2><form method="post" action="./memberlist.php?mode=contactadmin" '
               'id="post"><div class="panel"><div class="inner"><div class="content"><fieldset class="fields2"><dl>'
               '<dt><label>Recipient:</label></dt><dd><strong>Circ Desk</strong></dd></dl><dl><dt><label '
               'for="email">Your email address:</label></dt><dd><input class="inputbox autowidth" type="email" '
               'name="email" id="email" size="50" maxlength="100" tabindex="1" value="" /></dd></dl><dl><dt><label '
               'for="name">Your name:</label></dt><dd><input class="inputbox autowidth" type="text" name="name" '
               'id="name" size="50" tabindex="2" value="" /></dd></dl><dl><dt><label for="subject">Subject:</label>'
               '</dt><dd><input class="inputbox autowidth" type="text" name="subject" id="subject" size="50" '
               'tabindex="3" value="" /></dd></dl><dl><dt><label for="message">Message body:</label><br /><span>'
               'This message will be sent to the board administration.</span></dt><dd><textarea class="inputbox" '
               'name="message" id="message" rows="15" cols="76" tabindex="4"></textarea></dd></dl></fieldset></div>'
               '</div></div><div class="panel"><div class="inner"><fieldset class="submit-buttons"><input '
               'type="submit" tabindex="6" name="submit" class="button1" value="Send email" /></fieldset></div></div>'
               '</form>')
    docs.append(_other(PHPBB, "/forum/memberlist.php?mode=contactadmin",
                       _bb_page(u, f"{BB_SITE} - Contact us", "memberlist", [], contact)))
    return docs


# --- libqa.example: a Stack Exchange site -----------------------------------------------------------

QA_SITE = "Libraries &amp; Information Science Stack Exchange"
QA_DESC = "Q&A for librarians, archivists and information professionals"
QA_USERS = {"quietstacks": ("/users/412/quietstacks", 233), "marisol_lib": ("/users/87/marisol-lib", 4120),
            "ref_desk_tom": ("/users/1203/ref-desk-tom", 318)}
QA_TAGS = {"only-librarian": ["mentoring", "professional-development"],
           "linkedin-ask": ["mentoring", "professional-development"],
           "marc-translated": ["cataloging"], "podcast-serials": ["cataloging"]}
QA_TAG_WIKI = {"mentoring": "For questions about finding, being, or running programs for mentors and mentees in "
                            "library and information work.",
               "professional-development": "Continuing education, career growth, and learning on the job for "
                                           "library and information professionals.",
               "cataloging": "Describing resources for library catalogs: MARC, RDA, subject headings and "
                             "classification."}
QA_EXTRA = {("only-librarian", 1): lambda u: (f'<p>There are older answers on this site too: '
                                              f'<a href="{u(QA, "/search?q=mentor")}">search for mentor</a>.</p>'),
            ("linkedin-ask", 1): lambda u: (f'<p>This consultancy piece on <a href="{u(WEBFLOW, WORKS["sw-distance"].path)}">'
                                            f'mentoring across distance</a> has good advice on first contact too.</p>')}


def _qa_head(u: U, title: str, path: str, desc: str, schema: str = "") -> str:
    return (f'<!DOCTYPE html><html {schema}class="html__responsive " lang="en"><head><title>{title}</title>'
            f'<link rel="shortcut icon" href="https://cdn.sstatic.example/Sites/libraries/Img/favicon.ico">'
            f'<link rel="canonical" href="{u(QA, path)}" /><meta name="viewport" content="width=device-width, '
            f'height=device-height, initial-scale=1.0, minimum-scale=1.0"><meta property="og:type" content= '
            f'"website" /><meta property="og:url" content="{u(QA, path)}"/><meta property="og:site_name" '
            f'content="{QA_SITE}" /><meta name="twitter:card" content="summary"/><meta name="twitter:domain" '
            f'content="{QA}"/><meta name="twitter:title" property="og:title" itemprop="name" content="{title}" />'
            f'<meta name="twitter:description" property="og:description" itemprop="description" '
            f'content="{esc(desc)}" /></head>')


def _qa_page(u: U, body_class: str, main: str) -> str:
    return (f'<body class="{body_class} unified-theme"><div id="notify-container"></div>'
            f'<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container">'
            f'<a href="{u(QA, "/")}" class="s-topbar--logo js-gps-track"><span class="-img _glyph">{QA_SITE}</span>'
            f'</a><form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar " '
            f'autocomplete="off"><div class="s-topbar--searchbar--input-group"><input name="q" type="text" '
            f'role="combobox" placeholder="Search&#x2026;" value="" aria-label="Search" maxlength="240" '
            f'class="s-input s-input__search js-search-field " /></div></form><nav class="h100 ml-auto overflow-x-auto '
            f'pr12"><ol class="s-topbar--content" role="menubar"><li role="none"><a href="{u(QA, "/users/login")}'
            f'?ssrc=head" class="s-topbar--item s-btn s-btn__filled ws-nowrap js-gps-track" rel="nofollow">Log in</a>'
            f'</li><li role="none"><a href="{u(QA, "/users/signup")}?ssrc=head" class="s-topbar--item s-btn '
            f's-btn__primary ws-nowrap js-gps-track" rel="nofollow">Sign up</a></li></ol></nav></div></header>'
            f'<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar '
            f'js-pinned-left-sidebar ps-relative"><div class="left-sidebar--sticky-container js-sticky-leftnav">'
            f'<nav role="navigation"><ol class="nav-links"><li class="ps-relative"><a href="/" class="pl8 '
            f'js-gps-track nav-links--link" aria-controls="" data-controller="" data-s-popover-placement="right" '
            f'aria-current="false"><div class="d-flex ai-center"><div class="flex--item truncate">Home</div></div>'
            f'</a></li><li><ol class="nav-links"><li class="fs-fine tt-uppercase ml8 mt16 mb4 fc-light">Public</li>'
            f'<li class="ps-relative"><a id="nav-questions" href="/questions" class="pl8 js-gps-track '
            f'nav-links--link -link__with-icon">Questions</a></li></ol></li></ol></nav></div></div>'
            f'<div id="content" class="snippet-hidden">{main}</div></div><footer id="footer" class="site-footer" '
            f'role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav"><div '
            f'class="site-footer--col"><h5 class="-title"><a href="/">Libraries &amp; Information Science</a></h5>'
            f'</div></nav><div class="site-footer--copyright fs-fine md:mt24"><p class="md:mb0">Site design / logo '
            f'&#169; 2024 Stack Exchange Inc; user contributions licensed under <a href="https://stackoverflow.com'
            f'/help/licensing">CC BY-SA</a>. <span id="svnrev">rev&nbsp;2024.4.11.7623</span></p></div></div>'
            f'</footer></body></html>')


def _qa_taglist(tags: list[str]) -> str:
    return ("<ul class='ml0 list-ls-none js-post-tag-list-wrapper d-inline'>"
            + "".join(f"<li class='d-inline mr4 js-post-tag-list-item'><a href=\"/questions/tagged/{t}\" "
                      f"class=\"post-tag\" title=\"show questions tagged &#39;{t}&#39;\" aria-label=\"show questions "
                      f"tagged &#39;{t}&#39;\" rel=\"tag\" aria-labelledby=\"tag-{t}-tooltip-container\">{t}</a></li>"
                      for t in tags) + "</ul>")


def _qa_user(name: str, action: str, iso: str) -> str:
    path, rep = QA_USERS[name]
    return (f'<div class="user-info "><div class="user-action-time">{action} <span title="{iso} 14:22:51Z" '
            f'class="relativetime">{_d(iso):%b} {_d(iso).day}, {_d(iso).year} at 14:22</span></div>'
            f'<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person">'
            f'<a href="{path}">{esc(name)}</a><span class="d-none" itemprop="name">{esc(name)}</span>'
            f'<div class="-flair"><span class="reputation-score" title="reputation score " dir="ltr">{rep:,}</span>'
            f'</div></div></div>')


def _qa_question(u: U, key: str) -> Doc:
    w = WORKS[key]
    qid = w.path.split("/")[2]
    paras = {i: f"<p>{esc(p)}</p>" + QA_EXTRA.get((key, i), lambda u: "")(u) for i, p in enumerate(w.paras)}
    answers = ""
    for i in range(1, len(w.paras)):
        aid = int(qid) + 2 + i
        accepted = i == 1
        answers += (f'<a name="{aid}"></a><div id="answer-{aid}" class="answer js-answer'
                    f'{" accepted-answer js-accepted-answer" if accepted else ""}" data-answerid="{aid}" '
                    f'data-parentid="{qid}" data-score="{12 - 3 * i}" data-position-on-page="{i}" '
                    f'itemprop="{"acceptedAnswer" if accepted else "suggestedAnswer"}" itemscope '
                    f'itemtype="https://schema.org/Answer"><div class="post-layout"><div class="votecell '
                    f'post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center gs4 '
                    f'fc-black-300" data-post-id="{aid}"><div class="js-vote-count flex--item d-flex fd-column '
                    f'ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount" '
                    f'data-value="{12 - 3 * i}">{12 - 3 * i}</div></div></div><div class="answercell '
                    f'post-layout--right"><div class="s-prose js-post-body" itemprop="text">{paras[i]}</div>'
                    f'<div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><time '
                    f'itemprop="dateCreated" datetime="{w.date}T16:0{i}:00"></time><div class="post-signature '
                    f'flex--item fl0">{_qa_user(w.by[i], "answered", w.date)}</div></div></div></div></div></div>')
    related = "".join(f'<div class="spacer"><a href="{x.path}" class="question-hyperlink">{esc(x.title)}</a></div>'
                      for k, x in _works(QA) if k != key)
    main = (f'<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div class="inner-content '
            f'clearfix"><div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 '
            f'ow-break-word mb8 flex--item fl1"><a href="{w.path}" class="question-hyperlink">{esc(w.title)}</a>'
            f'</h1></div><div class="d-flex fw-wrap pb8 mb16 bb bc-black-075"><div class="flex--item ws-nowrap mr16 '
            f'mb8" title="{w.date} 14:22:51Z"><span class="fc-black-400 mr2">Asked</span><time '
            f'itemprop="dateCreated" datetime="{w.date}T14:22:51">{_long(w.date)}</time></div><div class="flex--item '
            f'ws-nowrap mb8"><span class="fc-black-400 mr2">Viewed</span>{len(w.title) * 23} times</div></div>'
            f'<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" '
            f'data-questionid="{qid}" data-position-on-page="0" data-score="14" id="question"><div '
            f'class="post-layout"><div class="votecell post-layout--left"><div class="js-vote-count" '
            f'itemprop="upvoteCount" data-value="14">14</div></div><div class="postcell post-layout--right"><div '
            f'class="s-prose js-post-body" itemprop="text">{paras[0]}</div><div class="mt24 mb12"><div '
            f'class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap">'
            f'{_qa_taglist(QA_TAGS[key])}</div></div></div><div class="mb0 "><div class="mt16 d-flex gs8 gsy fw-wrap '
            f'jc-end ai-start pt4 mb16"><div class="post-signature owner flex--item">'
            f'{_qa_user(w.by[0], "asked", w.date)}</div></div></div></div></div></div><div id="answers"><a '
            f'name="tab-top"></a><div id="answers-header"><h2 class="mb0" data-answercount="{len(w.paras) - 1}">'
            f'{len(w.paras) - 1} Answers <span style="display:none;" itemprop="answerCount">{len(w.paras) - 1}'
            f'</span></h2></div>{answers}</div></div><div id="sidebar" class="show-votes" role="complementary" '
            f'aria-label="sidebar"><div class="module sidebar-related"><h4 id="h-related">Related</h4><div '
            f'class="related js-gps-related-questions" data-tracker="rq=1">{related}</div></div></div></div></div>')
    title = f"{QA_TAGS[key][0]} - {esc(w.title)} - {QA_SITE}"
    return _doc(key, _qa_head(u, title, w.path, w.paras[0][:200], 'itemscope itemtype="https://schema.org/QAPage" ')
                + _qa_page(u, "question-page", main))


def _qa_summaries(items: list[tuple[str, Work]], excerpt: bool) -> str:
    out = []
    for k, w in items:
        qid = w.path.split("/")[2]
        path, _ = QA_USERS[w.by[0]]
        out.append(f'<div id="question-summary-{qid}" class="s-post-summary js-post-summary" data-post-id="{qid}" '
                   f'data-post-type-id="1"><div class="s-post-summary--stats js-post-summary-stats"><div '
                   f'class="s-post-summary--stats-item s-post-summary--stats-item__emphasized"><span '
                   f'class="s-post-summary--stats-item-number">14</span><span class="s-post-summary--stats-item-unit">'
                   f'votes</span></div><div class="s-post-summary--stats-item has-answers has-accepted-answer"><span '
                   f'class="s-post-summary--stats-item-number">{len(w.paras) - 1}</span><span '
                   f'class="s-post-summary--stats-item-unit">answers</span></div></div><div '
                   f'class="s-post-summary--content"><h3 class="s-post-summary--content-title"><a href="{w.path}" '
                   f'class="s-link">{esc(w.title)}</a></h3>'
                   + (f'<div class="s-post-summary--content-excerpt">{cut(w.paras[0], 240)}</div>' if excerpt else "")
                   + f'<div class="s-post-summary--meta"><div class="s-post-summary--meta-tags d-inline-block tags '
                     f'js-tags">{_qa_taglist(QA_TAGS[k])}</div><div class="s-user-card s-user-card__minimal"><div '
                     f'class="s-user-card--info"><div class="s-user-card--link d-flex gs4"><a href="{path}" '
                     f'class="flex--item">{esc(w.by[0])}</a></div></div><time class="s-user-card--time">asked '
                     f'<span title="{w.date} 14:22:51Z" class="relativetime">{_long(w.date)}</span></time></div>'
                     f'</div></div></div>')
    return "".join(out)


def stackexchange(u: U) -> list[Doc]:
    qs = _works(QA)
    docs = [_qa_question(u, k) for k, _ in qs]

    def listing(path, title, heading, items, intro=""):
        main = (f'<div id="mainbar" role="main" aria-label="questions"><div class="d-flex"><h1 class="flex--item '
                f'fl1 fs-headline1 mb0">{heading}</h1></div>{intro}<div id="questions" class="flush-left">'
                f'{_qa_summaries(items, path != "/")}</div></div>')
        return _other(QA, path, _qa_head(u, title, path, QA_DESC) + _qa_page(u, "questions-page", main))

    docs.append(listing("/", QA_SITE, "Top Questions", qs))
    docs.append(listing("/questions", f"Newest Questions - {QA_SITE}", "All Questions", qs,
                        '<div class="fs-body3 flex--item fl1 mr12 sm:mr0 sm:mb12">4 questions</div>'))
    for t, wiki in QA_TAG_WIKI.items():
        items = [(k, w) for k, w in qs if t in QA_TAGS[k]]
        docs.append(listing(f"/questions/tagged/{t}", f"Newest &#39;{t}&#39; Questions - {QA_SITE}",
                            f"Questions tagged [{t}]",
                            items, f'<div class="mb24"><p class="fs-body1">{esc(wiki)}</p></div>'))
    hits = [(k, w) for k, w in qs if "mentor" in " ".join(w.paras).lower()]
    main = (f'<div id="mainbar" role="main" aria-label="search results"><h1 class="fs-headline1 mb24">Search '
            f'Results</h1><div class="fs-body1 mb8">Results for <span class="fw-bold">mentor</span></div>'
            f'<div class="js-search-results flush-left">{_qa_summaries(hits, True)}</div></div>')
    docs.append(_other(QA, "/search?q=mentor", _qa_head(u, f"Posts containing &#39;mentor&#39; - {QA_SITE}",
                                                        "/search?q=mentor", QA_DESC) + _qa_page(u, "search-page", main)))
    for name, (path, rep) in QA_USERS.items():
        asked = "".join(f'<li><a href="{w.path}">{esc(w.title)}</a></li>' for k, w in qs if w.by[0] == name)
        answered = "".join(f'<li><a href="{w.path}">{esc(w.title)}</a></li>' for k, w in qs if name in w.by[1:])
        main = (f'<div id="mainbar-full" class="user-show-new"><div class="d-flex mb16"><div class="fs-headline2 '
                f'fc-black-800">{esc(name)}</div></div><ul class="list-reset s-anchors d-flex gsx gs8"><li>Member for '
                f'{2 + rep % 5} years</li><li>Last seen this week</li></ul><div class="d-flex gs24"><div '
                f'class="flex--item"><h2 class="fs-title">Stats</h2><div class="fs-body3">{rep:,} reputation</div>'
                f'</div><div class="flex--item fl1"><h2 class="fs-title">Questions</h2><ul>{asked or "<li>None</li>"}'
                f'</ul><h2 class="fs-title">Answers</h2><ul>{answered or "<li>None</li>"}</ul></div></div></div>')
        docs.append(_other(QA, path, _qa_head(u, f"User {esc(name)} - {QA_SITE}", path, QA_DESC)
                           + _qa_page(u, "user-page", main)))
    return docs


# --- lswiki.example: MediaWiki 1.41, Vector 2022 -----------------------------------------------------

MW_SITE = "LibCareerWiki"
MW_CAT = {"wiki-mentoring", "wiki-pln", "wiki-chats"}


def _mw_page(u: U, title: str, path: str, ns: str, body: str, lastmod: str, status_note: str = "",
             cats: bool = False) -> str:
    page = title.replace(" ", "_")
    catlinks = ('<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" '
                'class="mw-normal-catlinks">Category: <ul><li><a href="/wiki/Category:Professional_development" '
                'title="Category:Professional development">Professional development</a></li></ul></div></div>'
                if cats else "")
    return (f'<!DOCTYPE html><html class="client-nojs vector-feature-language-in-header-enabled '
            f'vector-feature-page-tools-pinned-disabled" lang="en" dir="ltr"><head><meta charset="UTF-8">'
            f'<title>{esc(title)} - {MW_SITE}</title><script>document.documentElement.className="client-js";'
            f'RLCONF={{"wgPageName":"{page}","wgTitle":"{esc(title)}","wgNamespaceNumber":{ns},'
            f'"wgAction":"view","wgSiteName":"{MW_SITE}"}};</script>'
            f'<meta name="generator" content="MediaWiki 1.41.1"><meta name="robots" content="max-image-preview:'
            f'standard"><meta name="format-detection" content="telephone=no"><meta name="viewport" '
            f'content="width=1000"><meta property="og:title" content="{esc(title)} - {MW_SITE}">'
            f'<meta property="og:type" content="website"><link rel="search" type="application/'
            f'opensearchdescription+xml" href="/opensearch_desc.php" title="{MW_SITE} (en)">'
            f'<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/"><link rel="canonical" '
            f'href="{u(WIKI, path)}"></head><body class="skin-vector skin-vector-search-vue mediawiki ltr '
            f'sitedir-ltr mw-hide-empty-elt ns-{ns} page-{esc(page)} rootpage-{esc(page)} skin-vector-2022 '
            f'action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>'
            f'<div class="vector-header-container"><header class="vector-header mw-header"><div '
            f'class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div '
            f'id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">'
            f'Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list"><li '
            f'id="n-mainpage-description" class="mw-list-item"><a href="/wiki/Main_Page" title="Visit the main page '
            f'[z]" accesskey="z"><span>Main page</span></a></li><li id="n-recentchanges" class="mw-list-item"><a '
            f'href="/wiki/Special:RecentChanges" title="A list of recent changes in the wiki [r]" accesskey="r">'
            f'<span>Recent changes</span></a></li></ul></div></div></nav><a href="/wiki/Main_Page" class="mw-logo">'
            f'<span class="mw-logo-container"><strong class="mw-logo-wordmark">{MW_SITE}</strong></span></a></div>'
            f'<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue '
            f'vector-search-box"><form action="/index.php" id="searchform" class="vector-search-box-form"><div '
            f'id="simpleSearch" class="vector-search-box-inner" data-search-loc="header-moved"><input '
            f'class="vector-search-box-input" type="search" name="search" placeholder="Search {MW_SITE}" '
            f'aria-label="Search {MW_SITE}" autocapitalize="sentences" title="Search {MW_SITE} [f]" accesskey="f" '
            f'id="searchInput"><input type="hidden" name="title" value="Special:Search"><input '
            f'class="searchButton mw-fallbackSearchButton" type="submit" name="fulltext" value="Search"></div>'
            f'</form></div></div></header></div><div class="mw-page-container"><div class="mw-page-container-inner">'
            f'<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header '
            f'vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span '
            f'class="mw-page-title-main">{esc(title)}</span></h1></header><div id="bodyContent" class="vector-body" '
            f'aria-labelledby="firstHeading"><div class="vector-body-before-content"><div id="siteSub" '
            f'class="noprint">From {MW_SITE}</div></div><div id="contentSub"><div id="mw-content-subtitle">'
            f'{status_note}</div></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr '
            f'mw-parser-output" lang="en" dir="ltr">{body}</div></div>{catlinks}</div></main></div>'
            f'<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul '
            f'id="footer-info">' + (f'<li id="footer-info-lastmod"> This page was last edited on {_d(lastmod).day} '
                                   f'{_d(lastmod):%B %Y}, at 15:20.</li>' if lastmod else "")
            + f'<li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow" '
              f'href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a> '
              f'unless otherwise noted.</li></ul><ul id="footer-places"><li id="footer-places-about"><a '
              f'href="/wiki/LibCareerWiki:About" title="LibCareerWiki:About">About {MW_SITE}</a></li></ul><ul '
              f'id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">'
              f'<img src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" '
              f'height="31" loading="lazy"></a></li></ul></footer></div></div></div></body></html>')


MW_LINKS = {"Hashtag chats in librarianship": "/wiki/Hashtag_chats_in_librarianship",
            "Mentoring in librarianship": "/wiki/Mentoring_in_librarianship"}


def _mw_article(u: U, key: str) -> Doc:
    w = WORKS[key]
    out = []
    for i, p in enumerate(w.paras):
        head, sep, rest = p.partition(". ")
        if i and sep and len(head.split()) <= 4 and head[:1].isupper():
            anchor = head.replace(" ", "_")
            out.append(f'<h2><span class="mw-headline" id="{esc(anchor)}">{esc(head)}</span></h2>')
            p = rest
        text = esc(p)
        for name, link in MW_LINKS.items():
            if name in p and link != w.path:
                text = text.replace(esc(name), f'<a href="{link}" title="{name}">{esc(name)}</a>', 1)
        out.append(f"<p>{text}</p>")
    if key == "wiki-pln":
        out.append('<h2><span class="mw-headline" id="See_also">See also</span></h2><ul><li><a '
                   'href="/wiki/Mentoring_in_librarianship" title="Mentoring in librarianship">Mentoring in '
                   'librarianship</a></li></ul>')
    body = "".join(out) + ('<!-- \nNewPP limit report\nParsed by mw1\nCached time: 20240402152011\n'
                           'Cache expiry: 86400\n-->')
    return _doc(key, _mw_page(u, w.title, w.path, "0", body, w.date, cats=key in MW_CAT))


def mediawiki(u: U) -> list[Doc]:
    arts = _works(WIKI)
    docs = [_mw_article(u, k) for k, _ in arts]
    featured = "".join(f'<li><a href="{w.path}" title="{esc(w.title)}">{esc(w.title)}</a></li>' for _, w in arts)
    main = (f'<div id="mp-welcome"><p><b>Welcome to {MW_SITE}</b>, the wiki of the career and professional issues '
            f'course in our School of Library and Information Studies. Students write and edit these pages as part of '
            f'the course; alumni are welcome to keep them up to date.</p></div><h2><span class="mw-headline" '
            f'id="Articles">Articles</span></h2><ul>{featured}</ul><p>Browse <a '
            f'href="/wiki/Category:Professional_development" title="Category:Professional development">Professional '
            f'development</a>, see the <a href="/wiki/Special:RecentChanges" title="Special:RecentChanges">recent '
            f'changes</a>, or look up <a href="/index.php?search=mentoring&amp;title=Special%3ASearch">everything '
            f'about mentoring</a>.</p>')
    docs.append(_other(WIKI, "/wiki/Main_Page", _mw_page(u, "Main Page", "/wiki/Main_Page", "0", main, "2024-04-02")))
    in_cat = sorted((w for k, w in arts if k in MW_CAT), key=lambda w: w.title)
    groups = "".join(f'<div class="mw-category-group"><h3>{w.title[0]}</h3><ul><li><a href="{w.path}" '
                     f'title="{esc(w.title)}">{esc(w.title)}</a></li></ul></div>' for w in in_cat)
    cat = (f'<p>Pages about careers, mentoring and continuing education.</p><div id="mw-pages"><h2>Pages in category '
           f'"Professional development"</h2><p>The following {len(in_cat)} pages are in this category, out of '
           f'{len(in_cat)} total.</p><div lang="en" dir="ltr" class="mw-content-ltr"><div class="mw-category '
           f'mw-category-columns">{groups}</div></div></div>')
    docs.append(_other(WIKI, "/wiki/Category:Professional_development",
                       _mw_page(u, "Category:Professional development", "/wiki/Category:Professional_development",
                                "14", cat, "2023-09-04")))
    hits = [w for _, w in arts if "mentor" in " ".join(w.paras).lower()]
    res = "".join(f'<li class="mw-search-result mw-search-result-ns-0"><div class="mw-search-result-heading"><a '
                  f'href="{w.path}" title="{esc(w.title)}" data-serp-pos="{i}">{esc(w.title)}</a></div><div '
                  f'class="searchresult">{cut(next(p for p in w.paras if "mentor" in p.lower()), 180)}</div><div '
                  f'class="mw-search-result-data">{len(" ".join(w.paras).split())} words - 15:20, '
                  f'{_d(w.date).day} {_d(w.date):%B %Y}</div></li>' for i, w in enumerate(hits))
    search = (f'<form id="search" action="/index.php"><input name="search" value="mentoring"><input type="hidden" '
              f'name="title" value="Special:Search"></form><div class="searchresults mw-searchresults-has-iw"><div '
              f'class="results-info" data-mw-num-results-offset="0" data-mw-num-results-total="{len(hits)}">Results '
              f'<strong>1 &ndash; {len(hits)}</strong> of <strong>{len(hits)}</strong></div><h2>Page text matches</h2>'
              f'<ul class="mw-search-results">{res}</ul></div>')
    docs.append(_other(WIKI, "/index.php?search=mentoring&title=Special%3ASearch",
                       _mw_page(u, 'Search results for "mentoring"', "/wiki/Special:Search", "-1", search, "")))
    user = ('<p>I teach LIS 6210, Careers in Information Work, and look after this wiki. Before joining the school I '
            'was an academic reference librarian for twelve years.</p><p>Pages I started: <a '
            'href="/wiki/Hashtag_chats_in_librarianship" title="Hashtag chats in librarianship">Hashtag chats in '
            'librarianship</a>, <a href="/wiki/Personal_learning_network" title="Personal learning network">Personal '
            'learning network</a>.</p>')
    docs.append(_other(WIKI, "/wiki/User:Jmarsh", _mw_page(u, "User:Jmarsh", "/wiki/User:Jmarsh", "2", user,
                                                           "2023-08-28")))
    about = (f'<p>{MW_SITE} is a course wiki run by the School of Library and Information Studies. Its pages are '
             f'written by students in the careers and professional issues course and reviewed by the instructor. '
             f'Anyone with a school account may edit.</p><p>Questions go to the wiki administrator, <a '
             f'href="/wiki/User:Jmarsh" title="User:Jmarsh">Jmarsh</a>.</p>')
    docs.append(_other(WIKI, "/wiki/LibCareerWiki:About", _mw_page(u, "LibCareerWiki:About", "/wiki/LibCareerWiki:About",
                                                                   "4", about, "2023-08-28")))
    changes = "".join(f'<li class="mw-line-{"odd" if i % 2 else "even"} mw-changeslist-line"><span '
                      f'class="mw-changeslist-links">(diff | hist)</span> <span class="mw-changeslist-separator">'
                      f'</span> <span class="mw-title"><a href="{w.path}" class="mw-changeslist-title" '
                      f'title="{esc(w.title)}">{esc(w.title)}</a></span>; 15:{20 - i:02d} <span '
                      f'class="mw-changeslist-separator"></span> <span class="mw-plusminus-pos mw-diff-bytes">(+'
                      f'{37 * (i + 3)})</span> <span class="mw-changeslist-separator"></span> <a href="/wiki/User:Jmarsh" '
                      f'class="mw-userlink" title="User:Jmarsh"><bdi>Jmarsh</bdi></a> <span class="comment '
                      f'comment--without-parentheses">copy edit</span></li>' for i, (_, w) in enumerate(arts))
    rc = (f'<div class="mw-changeslist"><h4>{_long(arts[0][1].date)}</h4><ul class="special">{changes}</ul></div>')
    docs.append(_other(WIKI, "/wiki/Special:RecentChanges", _mw_page(u, "Recent changes", "/wiki/Special:RecentChanges",
                                                                     "-1", rc, "")))
    gone = ('<div class="noarticletext mw-content-ltr" dir="ltr" lang="en"><p>There is currently no text in this '
            'page. You can search for this page title in other pages, or <span class="plainlinks"><a rel="nofollow" '
            f'class="external text" href="{u(WIKI, "/index.php?title=Special:Log&amp;page=Twitter+chats")}">search the '
            'related logs</a></span>.</p></div><div class="mw-warning-with-logexcerpt mw-content-ltr"><p>This page '
            'has been deleted. The deletion and move log for the page are provided below for reference.</p><ul '
            'class="mw-logevent-loglines"><li class="mw-logline-move"> 22:14, 3 March 2024 <a '
            'href="/wiki/User:Jmarsh" class="mw-userlink" title="User:Jmarsh"><bdi>Jmarsh</bdi></a> moved page '
            'Twitter chats to <a href="/wiki/Hashtag_chats_in_librarianship" title="Hashtag chats in '
            'librarianship">Hashtag chats in librarianship</a> without leaving a redirect <span class="comment">'
            '(chats are no longer only on Twitter)</span></li></ul></div>')
    docs.append(_other(WIKI, "/wiki/Twitter_chats", _mw_page(u, "Twitter chats", "/wiki/Twitter_chats", "0", gone, ""),
                       status=404))
    return docs


# --- lissa.example: OSF Preprints (LIS Scholarship Archive) ------------------------------------------

OSF_PROVIDER = "LIS Scholarship Archive"
OSF_PROFILE = ("/k7m2p/", "Hannah Lindqvist")
OSF_PDF = {"preprint-networked": "pdf-networked", "preprint-metadata": "pdf-metadata"}
OSF_SUBJECTS = {"preprint-networked": ["Library and Information Science", "Scholarly Communication"],
                "preprint-scoping": ["Library and Information Science"],
                "preprint-metadata": ["Library and Information Science", "Cataloging and Metadata"],
                "preprint-instagram": ["Library and Information Science", "Communication"]}


def _osf_page(u: U, title: str, path: str, meta: str, main: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" '
            f'content="OSF"><meta property="og:url" content="{u(OSF, path)}">{meta}'
            f'<link rel="stylesheet" href="/assets/vendor.css"><link rel="stylesheet" href="/assets/osf.css">'
            f'<link rel="stylesheet" href="/assets/preprints/lissa/theme.css"></head><body class="ember-application">'
            f'<div id="ember-basic-dropdown-wormhole"></div><div class="ember-view"><nav class="navbar '
            f'navbar-inverse navbar-fixed-top osf-navbar" id="navbarScope"><div class="container"><div '
            f'class="navbar-header"><a class="navbar-brand" href="{u(OSF, "/preprints/lissa")}" aria-label="Go home">'
            f'<span class="osf-navbar-logo"></span></a><span class="service-name"><a href="{u(OSF, "/preprints/lissa")}">'
            f'{OSF_PROVIDER}</a></span></div><ul class="nav navbar-nav navbar-right"><li><a '
            f'href="{u(OSF, "/preprints/lissa/discover?q=mentoring")}">Search</a></li><li><a class="btn-link" '
            f'href="https://accounts.osf.example/login?service=" rel="nofollow">Sign in</a></li></ul></div></nav>'
            f'<div class="preprints-page">{main}</div><footer class="footer"><div class="container"><p>Copyright '
            f'&copy; 2011-2024 <a href="https://cos.io">Center for Open Science</a> | <a '
            f'href="https://github.com/CenterForOpenScience/cos.io/blob/master/TERMS_OF_USE.md">Terms of Use</a> | <a '
            f'href="https://github.com/CenterForOpenScience/cos.io/blob/master/PRIVACY_POLICY.md">Privacy Policy</a>'
            f'</p></div></footer></div></body></html>')


def _osf_authors(w: Work, linked: bool = True) -> str:
    out = []
    for name in w.author.split("; "):
        if linked and name == OSF_PROFILE[1]:
            out.append(f'<li class="comma-list-item"><a data-test-contributor-name href="/k7m2p/">{esc(name)}</a></li>')
        else:
            out.append(f'<li class="comma-list-item"><span data-test-contributor-name>{esc(name)}</span></li>')
    return f'<ul class="comma-list">{"".join(out)}</ul>'


ABSTRACT_ATTR = ' class="abstract-truncated"'


def _osf_preprint(u: U, key: str) -> Doc:
    w = WORKS[key]
    guid = w.path.rsplit("/", 1)[1]
    abstract = [p for p in w.paras if not p.startswith("Keywords:")]
    kw = next((p for p in w.paras if p.startswith("Keywords:")), "Keywords: ").split(": ", 1)[1].split("; ")
    doi = f"10.31229/osf.io/{guid}"
    d = _d(w.date)
    meta = (f'<meta name="description" content="{esc(" ".join(abstract)[:300])}">'
            f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="article">'
            f'<meta property="og:description" content="{esc(abstract[0][:300])}">'
            f'<meta name="citation_title" content="{esc(w.title)}">'
            + "".join(f'<meta name="citation_author" content="{esc(a.split(" ", 1)[1] + ", " + a.split(" ", 1)[0])}">'
                      for a in w.author.split("; "))
            + f'<meta name="citation_publication_date" content="{d:%Y/%m/%d}"><meta name="citation_doi" '
              f'content="{doi}"><meta name="citation_publisher" content="{OSF_PROVIDER}">'
              f'<meta name="citation_abstract_html_url" content="{u(OSF, w.path)}">'
            + (f'<meta name="citation_pdf_url" content="{u(OSF, "/" + guid + "/download")}">' if key in OSF_PDF else "")
            + "".join(f'<meta name="citation_keywords" content="{esc(k)}">' for k in kw)
            + f'<meta name="dc.title" content="{esc(w.title)}"><meta name="dc.abstract" content="{esc(abstract[0])}">'
              f'<meta name="dc.identifier" content="https://doi.org/{doi}"><meta name="dc.publisher" '
              f'content="{OSF_PROVIDER}"><meta name="dc.license" content="CC-By Attribution 4.0 International">'
              f'<meta name="dc.date" content="{w.date}">')
    download = (f'<a class="btn btn-primary p-v-xs" href="{u(OSF, "/" + guid + "/download")}" data-test-download-button>'
                f'Download preprint</a>') if key in OSF_PDF else ""
    main = (f'<div class="preprint-header preprint-provider-lissa"><div class="container"><div class="row p-t-xs">'
            f'<div class="col-xs-12"><h1 class="f-w-md" data-test-preprint-title>{esc(w.title)}</h1><div '
            f'class="view-authors">{_osf_authors(w)}</div></div></div><div class="row p-b-md"><div class="col-xs-12">'
            f'{download}</div></div></div></div><div class="container"><div class="row"><div class="col-md-7 '
            f'preprint-left-col"><div class="preprint-status">Preprint / Version 1</div><p class="text-muted">'
            f'Created on {_long(w.date)} | Last edited on {_long(w.date)}</p></div><div class="col-md-5"><div '
            f'class="p-t-xs abstract"><h4 class="p-v-md f-w-md"><strong>Abstract</strong></h4>'
            f'{ps(abstract, "p", ABSTRACT_ATTR)}</div><div class="p-t-xs"><h4 class="p-v-md '
            f'f-w-md"><strong>Preprint DOI</strong></h4><a href="https://doi.org/{doi}">https://doi.org/{doi}</a>'
            f'</div><div class="p-t-xs"><h4 class="p-v-md"><strong>License</strong></h4>CC-By Attribution 4.0 '
            f'International</div><div class="p-t-xs"><h4 class="p-v-md"><strong>Disciplines</strong></h4>'
            + "".join(f'<span class="subject-preview">{s}</span>' for s in OSF_SUBJECTS[key])
            + '</div><div class="p-t-xs"><h4 class="p-v-md"><strong>Tags</strong></h4>'
            + "".join(f'<span class="badge">{esc(k)}</span> ' for k in kw)
            + '</div></div></div></div>')
    return _doc(key, _osf_page(u, f"OSF | {esc(w.title)}", w.path, meta, main))


def _osf_cards(u: U, items) -> str:
    return "".join(f'<div class="search-result ember-view" data-test-search-result-card><h4><a href="{u(OSF, w.path)}" '
                   f'data-test-search-result-title>{esc(w.title)}</a></h4><p class="search-result-meta">'
                   f'{_osf_authors(w, linked=False)} <span>Preprint, created {_long(w.date)}</span></p><p '
                   f'class="search-result-description">{cut(w.paras[0], 220)}</p></div>' for _, w in items)


def osf(u: U) -> list[Doc]:
    pre = [(k, w) for k, w in _works(OSF) if w.kind == "journal-article"]
    docs = [_osf_preprint(u, k) for k, _ in pre] + [_pdf_doc(v) for v in OSF_PDF.values()]
    home = (f'<div class="preprint-provider-landing"><div class="container"><div class="p-v-lg text-center"><h1>'
            f'{OSF_PROVIDER}</h1><p class="lead">LISSA is an open access repository for library and information '
            f'science scholarship: preprints, postprints, working papers, and presentations.</p><form '
            f'action="/preprints/lissa/discover" class="search-form"><input name="q" type="text" '
            f'placeholder="Search {OSF_PROVIDER}"><button type="submit">Search</button></form></div><h2>Recently '
            f'added</h2>{_osf_cards(u, pre)}<p><a href="{u(OSF, "/preprints/lissa/discover?q=mentoring")}">Browse '
            f'preprints about mentoring</a></p></div></div>')
    docs.append(_other(OSF, "/preprints/lissa", _osf_page(u, f"{OSF_PROVIDER} | OSF Preprints", "/preprints/lissa",
                                                          '<meta property="og:title" content="LIS Scholarship Archive">',
                                                          home)))
    hits = [(k, w) for k, w in pre if "mentor" in " ".join(w.paras).lower()]
    disc = (f'<div class="container discover-page"><div class="search-header"><input name="q" value="mentoring">'
            f'<p data-test-total-results>{len(hits)} results</p></div><div class="search-results">'
            f'{_osf_cards(u, hits)}</div></div>')
    docs.append(_other(OSF, "/preprints/lissa/discover?q=mentoring",
                       _osf_page(u, f"{OSF_PROVIDER} | Search", "/preprints/lissa/discover", "", disc)))
    mine = [(k, w) for k, w in pre if OSF_PROFILE[1] in w.author]
    prof = (f'<div class="container user-profile"><div class="profile-fullname"><h1>{OSF_PROFILE[1]}</h1></div>'
            f'<ul class="list-unstyled"><li>Member since: March 2021</li><li>Employment: Research Librarian, '
            f'University of Gothenburg Library</li></ul><h3>Public preprints</h3>{_osf_cards(u, mine)}</div>')
    docs.append(_other(OSF, OSF_PROFILE[0], _osf_page(u, f"OSF | {OSF_PROFILE[1]}", OSF_PROFILE[0],
                                                      f'<meta property="og:title" content="{OSF_PROFILE[1]}">', prof)))
    return docs


# --- bsky.example: Bluesky, as bskyweb serves it to crawlers -------------------------------------------

BSKY_DIDS = {"anareads.bsky.social": "did:plc:4xk2q7mwzr3vj5sd6nbeouhy",
             "medlibmarco.bsky.social": "did:plc:v6r3z2ld7qmcxe4ny5khtwsa"}
BSKY_PROFILES = {"anareads.bsky.social": ("Ana Morales", "Adult services librarian, Eastside Branch. Reader's "
                                                         "advisory, zines, mentoring new library folks. she/her"),
                 "medlibmarco.bsky.social": ("Marco Bellini", "Medical librarian. Runs a Discord for new medlibs. "
                                                              "Systematic searches, sourdough, cycling.")}


def _bsky(title: str, head: str, noscript: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, '
            f'initial-scale=1, minimum-scale=1, viewport-fit=cover"><meta name="referrer" '
            f'content="origin-when-cross-origin"><link rel="preconnect" href="https://bsky.social">'
            f'<title>{title}</title><!-- Hello Humans! API docs at https://atproto.com --><style>html, body, #root '
            f'{{width: 100%; margin: 0px; padding: 0px; min-height: 100%;}}</style>'
            f'<script defer="defer" src="/static/js/main.1d4a8c2e.js"></script><link rel="apple-touch-icon" '
            f'sizes="180x180" href="/static/apple-touch-icon.png"><meta name="theme-color"><meta '
            f'name="application-name" content="Bluesky"><meta name="generator" content="bskyweb"><meta '
            f'property="og:site_name" content="Bluesky Social" /><link type="application/activity+json" href="" />'
            f'{head}</head><body><div id="root"></div><noscript><h1 lang="en">JavaScript Required</h1><p lang="en">'
            f'This is a heavily interactive web application, and JavaScript is required. Simple HTML interfaces are '
            f'possible, but that is not what this is.<p lang="en">Learn more about Bluesky at <a '
            f'href="https://bsky.social">bsky.social</a> and <a href="https://atproto.com">atproto.com</a>.'
            f'{noscript}</noscript></body></html>')


def _bsky_post(u: U, key: str) -> Doc:
    w = WORKS[key]
    handle = w.path.split("/")[2]
    rkey = w.path.rsplit("/", 1)[1]
    did = BSKY_DIDS[handle]
    at = f"{w.date}T{10 + len(rkey) % 9:02d}:02:{len(w.paras[0]) % 60:02d}.000Z"
    likes, replies, reposts = len(w.paras[0]) % 97, len(w.paras[0]) % 13, len(w.paras[0]) % 21
    text = esc(w.paras[0])
    ld = {"@context": "https://schema.org", "@type": "DiscussionForumPosting",
          "author": {"@type": "Person", "name": w.author, "alternateName": "@" + handle,
                     "url": "https://bsky.app/profile/" + handle},
          "text": w.paras[0], "datePublished": at,
          "interactionStatistic": [
              {"@type": "InteractionCounter", "interactionType": "https://schema.org/LikeAction",
               "userInteractionCount": likes},
              {"@type": "InteractionCounter", "interactionType": "https://schema.org/CommentAction",
               "userInteractionCount": replies},
              {"@type": "InteractionCounter", "interactionType": "https://schema.org/ShareAction",
               "userInteractionCount": reposts}]}
    head = (f'<meta property="og:type" content="article"><meta property="profile:username" content="{handle}">'
            f'<meta property="og:url" content="{u(BSKY, w.path)}"><link rel="canonical" href="{u(BSKY, w.path)}" />'
            f'<meta property="og:title" content="{esc(w.author)} (@{handle})"><meta name="description" '
            f'content="{text}"><meta property="og:description" content="{text}"><meta property="twitter:description" '
            f'content="{text}"><meta property="og:image" content="https://cdn.bsky.app/img/avatar_thumbnail/plain/'
            f'{did}/bafkreih{zlib.crc32(handle.encode()):x}@jpeg"><meta name="twitter:card" content="summary">'
            f'<meta name="twitter:label1" content="Posted At"><meta name="twitter:value1" content="{at}">'
            + (f'<meta name="twitter:label2" content="Likes"><meta name="twitter:value2" content="{likes}">' if likes else "")
            + f'<meta property="article:published_time" content="{at}"><link rel="alternate" '
              f'type="application/json+oembed" href="https://embed.bsky.app/oembed?format=json&amp;url=at%3A%2F%2F'
              f'{did.replace(":", "%3A")}%2Fapp.bsky.feed.post%2F{rkey}" /><link rel="alternate" '
              f'href="at://{did}/app.bsky.feed.post/{rkey}" />'
              f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    noscript = (f'<div id="bsky_post_summary"><h3>Post</h3><p id="bsky_display_name">{esc(w.author)}</p>'
                f'<p id="bsky_handle">{handle}</p><p id="bsky_did">{did}</p><p id="bsky_post_text">{text}</p>'
                f'<p id="bsky_post_indexedat">{at}</p></div>')
    return _doc(key, _bsky(f"@{handle} on Bluesky", head, noscript))


def bluesky(u: U) -> list[Doc]:
    docs = [_bsky_post(u, k) for k, _ in _works(BSKY)]
    for handle, (name, bio) in BSKY_PROFILES.items():
        path = "/profile/" + handle
        head = (f'<meta property="og:type" content="website"><meta property="og:site_name" content="Bluesky Social">'
                f'<meta property="og:url" content="{u(BSKY, path)}"><meta property="og:title" content="{esc(name)} '
                f'(@{handle})"><meta name="description" content="{esc(bio)}"><meta property="og:description" '
                f'content="{esc(bio)}"><meta name="twitter:card" content="summary"><meta name="twitter:label1" '
                f'content="Account DID"><meta name="twitter:value1" content="{BSKY_DIDS[handle]}"><meta '
                f'name="twitter:site" content="@bluesky">')
        noscript = (f'<div id="bsky_profile_summary"><h3>Profile</h3><p id="bsky_display_name">{esc(name)}</p><p '
                    f'id="bsky_handle">{handle}</p><p id="bsky_did">{BSKY_DIDS[handle]}</p><p '
                    f'id="bsky_profile_description">{esc(bio)}</p></div>')
        docs.append(_other(BSKY, path, _bsky(f"@{handle} on Bluesky", head, noscript)))
    home = ('<meta property="og:title" content="Bluesky"><meta property="og:description" content="Social media as it '
            'should be. Find your community among millions of users, unleash your creativity, and have some fun '
            'again."><meta name="description" content="Social media as it should be. Find your community among '
            'millions of users, unleash your creativity, and have some fun again.">')
    docs.append(_other(BSKY, "/", _bsky("Bluesky", home, "")))
    docs.append(_other(BSKY, "/hashtag/librarymentors", _bsky("Bluesky", "", "")))
    docs.append(_other(BSKY, "/search?q=%23libchat", _bsky("Bluesky", "", "")))
    return docs


# --- shelfwise.example: Webflow ------------------------------------------------------------------------

WF_SITE, WF_ID = "Shelfwise", "64a9e0c1f2b3d4a5e6f70812"
WF_CAT = {"sw-distance": "career-growth", "sw-culture": "career-growth", "sw-ils": "technology",
          "sw-webinars": "news"}


def _wf(u: U, title: str, path: str, page_id: str, desc: str, main: str, item: str = "", ld: dict | None = None) -> str:
    current = lambda p: ' aria-current="page" class="nav-link w-nav-link w--current"' if path.startswith(p) and p != "/" \
        else ' class="nav-link w-nav-link"'
    coll = f' data-wf-collection="65f1c2d3e4a5b6c7d8e9f0a1" data-wf-item-slug="{item}"' if item else ""
    return (f'<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue '
            f'Jan 21 2025 09:12:44 GMT+0000 (Coordinated Universal Time) --><html data-wf-domain="{WEBFLOW}" '
            f'data-wf-page="{page_id}" data-wf-site="{WF_ID}"{coll}><head><meta charset="utf-8"/><title>{title}'
            f'</title><meta content="{esc(desc)}" name="description"/><meta content="{title}" property="og:title"/>'
            f'<meta content="{esc(desc)}" property="og:description"/><meta content="{title}" property="twitter:title"/>'
            f'<meta content="{esc(desc)}" property="twitter:description"/><meta property="og:type" content="website"/>'
            f'<meta content="summary_large_image" name="twitter:card"/><meta content="width=device-width, '
            f'initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/><link '
            f'href="https://cdn.prod.website-files.com/{WF_ID}/css/shelfwise.webflow.a1b2c3d4e.css" rel="stylesheet" '
            f'type="text/css"/><script type="text/javascript">!function(o,c){{var n=c.documentElement,t=" w-mod-";'
            f'n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+='
            f't+"touch")}}(window,document);</script>'
            + (f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else "")
            + f'</head><body><div data-animation="default" data-collapse="medium" data-duration="400" '
              f'data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav"><div class="container '
              f'w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img src="https://cdn.prod.'
              f'website-files.com/{WF_ID}/shelfwise-logo.svg" loading="lazy" alt="Shelfwise" class="logo"/></a>'
              f'<nav role="navigation" class="nav-menu w-nav-menu"><a href="/about"{current("/about")}>About</a>'
              f'<a href="/blog"{current("/blog")}>Insights</a><a href="/contact"{current("/contact")}>Contact</a></nav>'
              f'<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>{main}'
              f'<footer class="footer"><div class="container w-container"><div class="footer-grid"><a href="/" '
              f'class="footer-brand w-inline-block">Shelfwise</a><div class="footer-text">Library consulting &amp; '
              f'coaching &middot; Portland, Oregon</div><a href="/contact" class="footer-link">Get in touch</a></div>'
              f'<div class="footer-copy">&copy; 2025 Shelfwise LLC. All rights reserved.</div></div></footer>'
              f'<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site={WF_ID}" '
              f'type="text/javascript" crossorigin="anonymous"></script><script src="https://cdn.prod.website-files.'
              f'com/{WF_ID}/js/webflow.3c1b2a9e.js" type="text/javascript"></script></body></html>')


def _wf_cards(items) -> str:
    return ('<div class="w-dyn-list"><div role="list" class="blog-grid w-dyn-items">'
            + "".join(f'<div role="listitem" class="w-dyn-item"><a href="{w.path}" class="blog-card w-inline-block">'
                      f'<div class="card-category">{WF_CAT[k].replace("-", " ").title()}</div><h3 class="card-title">'
                      f'{esc(w.title)}</h3><p class="card-excerpt">{cut(w.paras[0], 150)}</p><div class="card-date">'
                      f'{_long(w.date)}</div></a></div>' for k, w in items)
            + '</div></div>')


def webflow(u: U) -> list[Doc]:
    posts = _works(WEBFLOW)
    docs = []
    for k, w in posts:
        cat = WF_CAT[k]
        cat_html = (f'<a href="/blog-categories/{cat}" class="category-pill w-inline-block"><div>'
                    f'{cat.replace("-", " ").title()}</div></a>') if cat == "career-growth" else \
            f'<div class="category-pill">{cat.title()}</div>'
        more = [(k2, w2) for k2, w2 in posts if k2 != k][:3]
        body = "".join(f"<p>{esc(p)}</p>" for p in w.paras)
        if k == "sw-distance":
            body += (f'<p>For a fuller treatment, the mentoring committee of one library association has published a '
                     f'free <a href="{u(HL, WORKS["hl-toolkit"].path)}">virtual mentoring toolkit</a>.</p>')
        if k == "sw-webinars":
            body += ('<div class="w-form"><form id="wf-form-Webinar" name="wf-form-Webinar" data-name="Webinar" '
                     'method="get"><input class="w-input" maxlength="256" name="email" placeholder="Email" '
                     'type="email" required=""/><input type="submit" value="Register" class="w-button"/></form>'
                     '<div class="w-form-done"><div>Thank you! Your submission has been received!</div></div>'
                     '<div class="w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div>'
                     '</div>')
        main = (f'<section class="blog-hero"><div class="container w-container">{cat_html}<h1 class="blog-title">'
                f'{esc(w.title)}</h1><div class="blog-meta"><div class="author-name">{esc(w.author)}</div><div '
                f'class="meta-divider">&middot;</div><div class="post-date">{_long(w.date)}</div></div></div>'
                f'</section><section class="blog-body"><div class="container narrow w-container"><div '
                f'class="rich-text w-richtext">{body}</div></div></section><section class="related-posts"><div '
                f'class="container w-container"><h2 class="section-heading">More insights</h2>{_wf_cards(more)}'
                f'</div></section>')
        ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": w.title,
              "datePublished": w.date, "author": {"@type": "Person", "name": w.author},
              "publisher": {"@type": "Organization", "name": "Shelfwise"}}
        docs.append(_doc(k, _wf(u, f"{esc(w.title)} | {WF_SITE}", w.path, "65f1c2d3e4a5b6c7d8e9f0b2",
                                w.paras[0][:160], main, w.path.rsplit("/", 1)[1], ld)))
    home = (f'<section class="hero"><div class="container w-container"><h1 class="hero-heading">Stronger library '
            f'teams, one conversation at a time</h1><p class="hero-paragraph">Shelfwise helps public and academic '
            f'libraries with leadership development, staff coaching, and strategic planning.</p><a href="/contact" '
            f'class="button w-button">Book a discovery call</a></div></section><section class="services"><div '
            f'class="container w-container"><div class="w-layout-grid services-grid"><div><h3>Leadership '
            f'programmes</h3><p>Cohort programmes for new supervisors and branch managers.</p></div><div><h3>Strategic '
            f'planning</h3><p>Community-led plans your board will actually read.</p></div><div><h3>Staff development'
            f'</h3><p>Coaching, mentoring schemes and training needs analysis.</p></div></div></div></section><section '
            f'class="latest"><div class="container w-container"><h2 class="section-heading">Latest insights</h2>'
            f'{_wf_cards(posts[:3])}<a href="/blog" class="link-arrow">All insights &rarr;</a></div></section>')
    docs.append(_other(WEBFLOW, "/", _wf(u, "Shelfwise | Library consulting &amp; coaching", "/",
                                         "64a9e0c1f2b3d4a5e6f70813", "Library consulting and coaching", home)))
    blog = (f'<section class="page-header"><div class="container w-container"><h1>Insights</h1><p>Notes on '
            f'leadership, staff development and library technology.</p></div></section><section class="blog-list">'
            f'<div class="container w-container">{_wf_cards(posts)}</div></section>')
    docs.append(_other(WEBFLOW, "/blog", _wf(u, "Insights | Shelfwise", "/blog", "64a9e0c1f2b3d4a5e6f70814",
                                             "Insights from Shelfwise", blog)))
    cat = (f'<section class="page-header"><div class="container w-container"><div class="eyebrow">Category</div>'
           f'<h1>Career Growth</h1></div></section><section class="blog-list"><div class="container w-container">'
           f'{_wf_cards([(k, w) for k, w in posts if WF_CAT[k] == "career-growth"])}</div></section>')
    docs.append(_other(WEBFLOW, "/blog-categories/career-growth",
                       _wf(u, "Career Growth | Shelfwise", "/blog-categories/career-growth", "65f1c2d3e4a5b6c7d8e9f0c3",
                           "Career growth", cat, "career-growth")))
    about = ('<section class="page-header"><div class="container w-container"><h1>About Shelfwise</h1></div></section>'
             '<section class="about-body"><div class="container narrow w-container"><div class="rich-text w-richtext">'
             '<p>Shelfwise was founded in 2018 by Grace Whitfield, a former public library director, and Daniel Osei, '
             'a systems librarian. We have worked with more than sixty library systems in the United States and '
             'Canada.</p><p>Our team combines library experience with training in organisational development and '
             'coaching.</p></div></div></section>')
    docs.append(_other(WEBFLOW, "/about", _wf(u, "About | Shelfwise", "/about", "64a9e0c1f2b3d4a5e6f70815",
                                              "About Shelfwise", about)))
    contact = ('<section class="page-header"><div class="container w-container"><h1>Contact</h1><p>Tell us a little '
               'about your library and what you are working on.</p></div></section><section class="contact"><div '
               'class="container narrow w-container"><div class="w-form"><form id="wf-form-Contact" '
               'name="wf-form-Contact" data-name="Contact" method="get"><label for="name">Name</label><input '
               'class="w-input" maxlength="256" name="name" type="text" id="name"/><label for="email">Email</label>'
               '<input class="w-input" maxlength="256" name="email" type="email" id="email" required=""/><label '
               'for="message">Message</label><textarea id="message" name="message" maxlength="5000" '
               'class="w-input"></textarea><input type="submit" value="Send" class="w-button"/></form><div '
               'class="w-form-done"><div>Thank you! Your submission has been received!</div></div><div '
               'class="w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div></div>'
               '</div></section>')
    docs.append(_other(WEBFLOW, "/contact", _wf(u, "Contact | Shelfwise", "/contact", "64a9e0c1f2b3d4a5e6f70816",
                                                "Contact Shelfwise", contact)))
    return docs


# --- meetup.example: a Meetup group (Next.js) ------------------------------------------------------------

MU_GROUP, MU_NAME = "/bay-area-library-workers/", "Bay Area Library Workers"
MU_ORGANIZER = ("/bay-area-library-workers/members/228193407/", "Jess T.")
MU_WHERE = {"mu-circles": None, "mu-bookclub": ("Green Apple Books", "506 Clement St, San Francisco, CA"),
            "mu-mastodon": None, "mu-happyhour": ("Zeitgeist", "199 Valencia St, San Francisco, CA")}
MU_PAST = {"mu-circles", "mu-bookclub"}


def _mu(title: str, path: str, desc: str, main: str, u: U, ld: dict | None = None) -> str:
    nd = {"props": {"pageProps": {"__APOLLO_STATE__": {}}}, "page": "/[urlname]" + ("/events/[eventId]" if ld else ""),
          "query": {"urlname": "bay-area-library-workers"}, "buildId": "m8Hq1v0xZk2", "isFallback": False,
          "gssp": True, "locale": "en-US"}
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"/><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"/><title>{title}</title><meta name="description" '
            f'content="{esc(desc)}"/><meta property="og:title" content="{title}"/><meta property="og:description" '
            f'content="{esc(desc)}"/><meta property="og:type" content="{"article" if ld else "website"}"/><meta '
            f'property="og:url" content="{u(MEETUP, path)}"/><meta property="og:site_name" content="Meetup"/>'
            f'<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@Meetup"/>'
            f'<link rel="canonical" href="{u(MEETUP, path)}"/>'
            + (f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else "")
            + f'<link rel="preload" href="/_next/static/css/3a1f0c9e2b7d4e15.css" as="style"/></head><body><div '
              f'id="__next"><div class="flex min-h-screen flex-col"><header class="sticky top-0 z-40 border-b '
              f'border-gray3 bg-white"><div class="mx-auto flex h-16 max-w-screen-xl items-center px-4"><span '
              f'class="text-lg font-semibold" aria-label="Meetup">Meetup</span><a href="{u(MEETUP, "/login/")}" '
              f'class="ml-auto" rel="nofollow" data-event-label="login">Log in</a></div></header><main '
              f'class="flex flex-col items-center justify-between md:pt-0 md:pb-0">{main}</main><footer '
              f'class="bg-gray7 px-5 py-10 text-white"><div class="mx-auto max-w-screen-xl"><p class="text-sm">'
              f'&copy; 2024 Meetup</p><p class="text-sm">Meetup has a Meetup Pro account for organizations. Follow us '
              f'on social media.</p></div></footer></div></div><script id="__NEXT_DATA__" type="application/json">'
              f'{json.dumps(nd)}</script></body></html>')


def _mu_when(w: Work) -> tuple[str, str]:
    d = _d(w.date)
    return f"{w.date}T18:30:00-07:00", f"{d:%A, %B} {d.day}, {d.year} 6:30 PM to 8:00 PM PDT"


def _mu_card(w: Work) -> str:
    iso, when = _mu_when(w)
    return (f'<div class="flex flex-col rounded-lg border border-gray3 p-4" data-event-label="event-card"><a '
            f'href="{w.path}" class="text-gray7" data-event-label="event-card-title"><time datetime="{iso}" '
            f'class="text-sm uppercase text-gray6">{when}</time><h3 class="ds-font-title-3 mt-2">{esc(w.title)}</h3>'
            f'</a><p class="mt-2 text-sm">{cut(w.paras[0], 120)}</p></div>')


def meetup(u: U) -> list[Doc]:
    events = _works(MEETUP)
    docs = []
    for k, w in events:
        iso, when = _mu_when(w)
        eid = w.path.rstrip("/").rsplit("/", 1)[1]
        where = MU_WHERE[k]
        loc = {"@type": "VirtualLocation", "url": u(MEETUP, w.path)} if where is None else \
            {"@type": "Place", "name": where[0], "address": {"@type": "PostalAddress", "streetAddress": where[1]}}
        ld = {"@context": "https://schema.org", "@type": "Event", "name": w.title, "url": u(MEETUP, w.path),
              "description": " ".join(w.paras), "startDate": iso, "endDate": iso.replace("18:30", "20:00"),
              "eventStatus": "https://schema.org/EventScheduled",
              "eventAttendanceMode": "https://schema.org/" + ("Online" if where is None else "Offline")
                                     + "EventAttendanceMode", "location": loc,
              "organizer": {"@type": "Organization", "name": MU_NAME, "url": u(MEETUP, MU_GROUP)}}
        venue = "Online event" if where is None else f"{where[0]} &middot; {where[1]}"
        main = (f'<div class="flex w-full flex-col items-center justify-between border-t border-gray2 bg-white pb-6 '
                f'lg:px-5"><div class="px-5 w-full bg-white py-2 lg:py-6" data-event-label="top"><div '
                f'class="md:max-w-screen mx-auto w-full"><h1 class="overflow-ellipsis overflow-hidden text-left '
                f'leading-snug ds-font-title-1">{esc(w.title)}</h1><div class="mt-4 flex items-center"><a '
                f'href="{MU_ORGANIZER[0]}" data-event-label="hosted-by">Hosted By <span class="font-medium">'
                f'{MU_ORGANIZER[1]}</span></a></div></div></div><div class="flex w-full flex-col lg:flex-row '
                f'lg:max-w-screen-xl"><div class="flex-grow"><div id="event-details" class="break-words"><h2 '
                f'class="ds-font-title-2 mb-4">Details</h2><div class="break-words">{ps(w.paras)}</div></div>'
                f'<div class="mt-6"><h2 class="ds-font-title-2">Attendees ({7 + len(w.title) % 30})</h2></div></div>'
                f'<div class="lg:w-96" id="event-info"><a href="{MU_GROUP}" data-event-label="group-card" '
                f'class="flex rounded-lg bg-white p-4"><div><div class="font-semibold">{MU_NAME}</div><div '
                f'class="text-sm text-gray6">Public group</div></div></a><div class="rounded-lg bg-white p-4">'
                f'<time datetime="{iso}" class="block">{when}</time><div class="mt-2">{venue}</div></div></div></div>'
                f'<div class="mt-6 px-5"><span class="text-sm">Related topics: Librarians &middot; Professional '
                f'Networking &middot; Book Club</span></div></div>')
        docs.append(_doc(k, _mu(f"{esc(w.title)}, {_d(w.date):%a, %b} {_d(w.date).day}, {_d(w.date).year}, 6:30 PM "
                                f"| Meetup", w.path, w.paras[0][:200], main, u, ld)))
    upcoming = sorted((w for k, w in events if k not in MU_PAST), key=lambda w: w.date)  # soonest first
    past = [w for k, w in events if k in MU_PAST]
    home = (f'<div class="w-full max-w-screen-xl px-5"><h1 class="ds-font-title-1 mt-6">{MU_NAME}</h1><div '
            f'class="mt-2 text-gray6">San Francisco, CA &middot; 312 members &middot; Public group</div><div '
            f'class="mt-2">Organized by <a href="{MU_ORGANIZER[0]}">{MU_ORGANIZER[1]}</a></div><section '
            f'class="mt-8"><h2 class="ds-font-title-2">What we&#39;re about</h2><p>A friendly, informal group for '
            f'anyone who works in or around libraries in the Bay Area: librarians, library assistants, pages, '
            f'archivists, students. We do book clubs, happy hours, tech socials, and mentoring circles for people '
            f'new to the field.</p><p>We are also on Bluesky: follow <a href="{u(BSKY, "/hashtag/librarymentors")}">'
            f'#librarymentors</a> for our circle announcements.</p></section><section class="mt-8"><h2 '
            f'class="ds-font-title-2">Upcoming events ({len(upcoming)})</h2><div class="grid gap-4">'
            f'{"".join(_mu_card(w) for w in upcoming)}</div></section><section class="mt-8"><div class="flex '
            f'justify-between"><h2 class="ds-font-title-2">Past events ({len(past) + 46})</h2><a '
            f'href="{MU_GROUP}events/past/">See all</a></div><div class="grid gap-4">'
            f'{"".join(_mu_card(w) for w in past)}</div></section></div>')
    docs.append(_other(MEETUP, MU_GROUP, _mu(f"{MU_NAME} | Meetup", MU_GROUP, "A friendly, informal group for library "
                                                                             "workers in the Bay Area.", home, u)))
    pastp = (f'<div class="w-full max-w-screen-xl px-5"><a href="{MU_GROUP}" class="text-sm">&larr; {MU_NAME}</a><h1 '
             f'class="ds-font-title-1 mt-6">Past events</h1><div class="grid gap-4 mt-4">'
             f'{"".join(_mu_card(w) for w in past)}</div></div>')
    docs.append(_other(MEETUP, MU_GROUP + "events/past/", _mu(f"Past events | {MU_NAME} | Meetup",
                                                              MU_GROUP + "events/past/", "Past events", pastp, u)))
    member = (f'<div class="w-full max-w-screen-xl px-5"><h1 class="ds-font-title-1 mt-6">{MU_ORGANIZER[1]}</h1><div '
              f'class="text-gray6">San Francisco, CA &middot; Member since June 2019</div><div class="mt-4"><h2 '
              f'class="ds-font-title-3">Organizer of</h2><a href="{MU_GROUP}">{MU_NAME}</a></div><div class="mt-4"><h2 '
              f'class="ds-font-title-3">Interests</h2><p>Libraries &middot; Book Club &middot; Mentoring &middot; '
              f'Cycling</p></div></div>')
    docs.append(_other(MEETUP, MU_ORGANIZER[0], _mu(f"{MU_ORGANIZER[1]} | Member of {MU_NAME} | Meetup",
                                                    MU_ORGANIZER[0], "Member profile", member, u)))
    return docs


# --- connect.example: Higher Logic community ------------------------------------------------------------

HL_SITE = "Library Workers Connect"
HL_COMMUNITY = "/communities/community-home/digestviewer?communitykey=5e1b7d0c-9a42-4c8f-b3e6-0d2f8a7c1e94"
HL_PEOPLE = {"Marcus Ohene": ("/people/marcus-ohene", "Head of Access Services, Lakeshore College"),
             "Lena Park": ("/people/lena-park", "Instruction Librarian, Riverside University"),
             "Priya Venkat": ("/people/priya-venkat", "Associate Dean, Riverside University Libraries")}


def _hl(u: U, title: str, path: str, main: str, og_type: str = "website", desc: str = "") -> str:
    nav = "".join(f'<li><a href="{h}">{n}</a></li>' for h, n in (("/home", "Home"), (HL_COMMUNITY, "Discussion")))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8" /><meta name="viewport" '
            f'content="width=device-width, initial-scale=1" /><title>{title}</title><meta property="og:title" '
            f'content="{title}" /><meta property="og:type" content="{og_type}" /><meta property="og:url" '
            f'content="{u(HL, path)}" />' + (f'<meta name="description" content="{esc(desc)}" />'
                                             f'<meta property="og:description" content="{esc(desc)}" />' if desc else "")
            + f'<link href="/HigherLogic/CSS/bootstrap.min.css" rel="stylesheet" /><link '
              f'href="/HigherLogic/UI/Skins/LWConnect/skin.css" rel="stylesheet" /></head><body><form method="post" '
              f'action="{esc(path)}" id="MasterPageForm"><div class="aspNetHidden"><input type="hidden" '
              f'name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" /></div><div id="MPOuterMost" '
              f'class="container full"><div id="MPOuter"><div id="MPHeader" class="row"><div class="col-md-12">'
              f'<div class="navbar navbar-default"><div class="navbar-header"><a class="navbar-brand" href="/home">'
              f'{HL_SITE}</a></div><ul class="nav navbar-nav">{nav}</ul><ul class="nav navbar-nav navbar-right"><li>'
              f'<a href="{u(HL, "/higherlogic/security/login.aspx")}" rel="nofollow">Sign In</a></li></ul></div>'
              f'</div></div><div id="MPContentArea" class="row"><div class="col-md-12">{main}</div></div><div '
              f'id="MPFooter" class="row"><div class="col-md-12"><p>&copy; 2024 Library Workers Association. All '
              f'rights reserved. Powered by <a href="https://www.higherlogic.com/">Higher Logic</a></p></div></div>'
              f'</div></div><div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite"><p>This '
              f'site uses cookies to improve your experience. By continuing to use the site you agree to our use of '
              f'cookies.</p><button type="button" class="btn btn-primary" id="AcceptCookies">Accept</button></div>'
              f'</form></body></html>')


HL_LINKS = {("hl-slack-pairs", 2): lambda u: (f'<p>And Marco&#39;s numbers from his Discord are encouraging: '
                                              f'<a href="{u(BSKY, WORKS["bsky-discord"].path)}">'
                                              f'{u(BSKY, WORKS["bsky-discord"].path)}</a></p>')}


def _hl_thread(u: U, key: str) -> Doc:
    w = WORKS[key]
    msgs = ""
    for i, (who, text) in enumerate(zip(w.by, w.paras)):
        href, role = HL_PEOPLE[who]
        d = _d(w.date)
        msgs += (f'<div class="thread-message" id="MessageDIV{1000 + i}"><div class="row"><div class="col-md-2 '
                 f'hidden-xs"><div class="avatar"><a href="{href}"><img src="/HigherLogic/System/DownloadDocumentFile.'
                 f'ashx?DocumentFileKey=avatar-{i}" alt="{esc(who)}" /></a></div></div><div class="col-md-10"><h3 '
                 f'class="msg-author"><a href="{href}">{esc(who)}</a></h3><div class="ByLineDetails">{role}</div>'
                 f'<div class="msg-date">Posted {d:%m-%d-%Y} {10 + i}:14</div><div class="msg-body"><p>{esc(text)}</p>'
                 f'{HL_LINKS.get((key, i), lambda u: "")(u)}</div></div></div></div>')
    main = (f'<div class="thread-header"><div class="breadcrumbs"><a href="/home">Home</a> &gt; <a '
            f'href="{esc(HL_COMMUNITY)}">Discussion</a></div><h1 id="PageTitleH1" class="page-title">{esc(w.title)}'
            f'</h1><div class="thread-info">{len(w.paras) - 1} replies &middot; Started by {esc(w.by[0])}</div></div>'
            f'<div class="thread-messages">{msgs}</div>')
    return _doc(key, _hl(u, f"Discussion: {esc(w.title)} | {HL_SITE}", w.path, main, "article", w.paras[0][:200]))


def _hl_blog(u: U, key: str) -> Doc:
    w = WORKS[key]
    href, _ = HL_PEOPLE[w.author]
    main = (f'<div class="blog-entry"><div class="breadcrumbs"><a href="/home">Home</a> &gt; Blogs</div><h1 '
            f'class="page-title">{esc(w.title)}</h1><div class="blog-byline">By <a href="{href}">{esc(w.author)}</a> '
            f'posted {_d(w.date):%m-%d-%Y} 09:00</div><div class="blogs-block">{ps(w.paras)}</div><div '
            f'class="blog-comments"><h3>Comments</h3><p>0 comments</p></div></div>')
    return _doc(key, _hl(u, f"{esc(w.title)} | {HL_SITE}", w.path, main, "article", w.paras[0][:200]))


def higherlogic(u: U) -> list[Doc]:
    threads = [(k, w) for k, w in _works(HL) if w.kind == "post"]
    blogs = [(k, w) for k, w in _works(HL) if w.path.startswith("/blogs/")]
    docs = [_hl_thread(u, k) for k, _ in threads] + [_hl_blog(u, k) for k, _ in blogs]
    t, pdfw = WORKS["hl-toolkit"], WORKS["hl-toolkit-pdf"]
    entry = (f'<div class="library-entry"><div class="breadcrumbs"><a href="/home">Home</a> &gt; Library</div><h1 '
             f'class="page-title">{esc(t.title)}</h1><div class="entry-byline">Added by <a '
             f'href="{HL_PEOPLE["Lena Park"][0]}">Lena Park</a> {_d(t.date):%m-%d-%Y}</div><div class="entry-description">'
             f'{ps(t.paras)}</div><div class="entry-attachments"><h4>Attachment(s)</h4><ul><li><a '
             f'href="{esc(pdfw.path)}">Virtual-Mentoring-Toolkit-2024.pdf</a> (212 KB)</li></ul></div></div>')
    docs.append(_doc("hl-toolkit", _hl(u, f"Library entry: {esc(t.title)} | {HL_SITE}", t.path, entry, "article",
                                       t.paras[0][:200])))
    docs.append(_pdf_doc("hl-toolkit-pdf"))

    def rows(items):
        return "".join(f'<li class="list-group-item"><h3><a href="{w.path}">{esc(w.title)}</a></h3><div '
                       f'class="byline">By <a href="{HL_PEOPLE[w.by[0] if w.by else w.author][0]}">'
                       f'{esc(w.by[0] if w.by else w.author)}</a>, {_d(w.date):%m-%d-%Y}</div><p>{cut(w.paras[0], 160)}'
                       f'</p></li>' for _, w in items)
    home = (f'<div class="home-hero"><h1>Welcome to {HL_SITE}</h1><p>The online community of the Library Workers '
            f'Association: discussions, blogs and shared resources for members.</p></div><div class="row"><div '
            f'class="col-md-8 HLLandingControl HLDiscussions"><h2>Latest Discussion Posts</h2><ul class="list-group">'
            f'{rows(threads)}</ul><a href="{esc(HL_COMMUNITY)}">View all discussions</a></div><div class="col-md-4">'
            f'<div class="HLLandingControl HLRecentBlogs"><h2>Latest Blogs</h2><ul class="list-group">{rows(blogs)}'
            f'</ul></div><div class="HLLandingControl HLLibrary"><h2>Latest Shared Files</h2><ul class="list-group"><li '
            f'class="list-group-item"><a href="{t.path}">{esc(t.title)}</a></li></ul></div></div></div>')
    docs.append(_other(HL, "/home", _hl(u, f"Home | {HL_SITE}", "/home", home)))
    digest = (f'<div class="breadcrumbs"><a href="/home">Home</a> &gt; Discussion</div><h1 class="page-title">'
              f'Discussion</h1><p>{len(threads)} threads in the Open Forum</p><ul class="list-group">{rows(threads)}'
              f'</ul>')
    docs.append(_other(HL, HL_COMMUNITY, _hl(u, f"Discussion | Open Forum | {HL_SITE}", HL_COMMUNITY, digest)))
    for name, (href, role) in HL_PEOPLE.items():
        mine = [(k, w) for k, w in threads + blogs if (w.by[0] if w.by else w.author) == name]
        contrib = "".join(f'<li><a href="{w.path}">{esc(w.title)}</a></li>' for _, w in mine)
        prof = (f'<div class="profile"><h1 class="page-title">{esc(name)}</h1><div class="profile-role">{role}</div>'
                f'<div class="profile-bio"><h3>Bio</h3><p>Member since 2016. Interested in mentoring, instruction '
                f'and access services.</p></div><div class="profile-contributions"><h3>Contributions</h3><ul>'
                f'{contrib or "<li>No recent contributions</li>"}</ul></div></div>')
        docs.append(_other(HL, href, _hl(u, f"{esc(name)} | {HL_SITE}", href, prof, "profile")))
    return docs


# --- ischool.example: a university iSchool's news on Cascade CMS ------------------------------------------

IS_SITE = "School of Information"
IS_TOPIC = {"is-alumni": "research", "is-reddit-study": "research", "is-award": "research", "is-datasci": None}


def _rel(src: str, dst: str) -> str:
    """``dst`` relative to the page at ``src``, as Cascade writes links between its own pages."""
    depth = src.count("/") - 1
    return "../" * depth + dst.lstrip("/") if depth else dst.lstrip("/") or "./"


def _is(u: U, title: str, path: str, main: str, desc: str = "", og_type: str = "website", extra: str = "") -> str:
    r = lambda p: _rel(path, p)
    return (f'<!DOCTYPE HTML><html lang="en"><head><meta charset="utf-8"/><meta content="IE=edge" '
            f'http-equiv="X-UA-Compatible"/><meta content="width=device-width, initial-scale=1" name="viewport"/>'
            f'<title>{title} | {IS_SITE} | Northfield State University</title>'
            + (f'<meta content="{esc(desc)}" name="description"/>' if desc else "")
            + f'<meta content="{title}" property="og:title"/><meta content="{og_type}" property="og:type"/><meta '
              f'content="{u(CASCADE, path)}" property="og:url"/><link href="{u(CASCADE, path)}" rel="canonical"/>'
              f'{extra}<link href="{r("/_assets/css/nsu-2023.min.css")}" rel="stylesheet"/><!-- Cascade CMS: '
              f'site://ischool/{path.strip("/") or "index"} --></head><body><a class="skip-link" href="#main-content">'
              f'Skip to main content</a><div class="nsu-alert" role="region" aria-label="cookie notice"><p>Northfield '
              f'State uses cookies to improve your browsing experience. <button class="nsu-alert__close">Got it'
              f'</button></p></div><header class="site-header"><div class="site-header__bar"><a class="nsu-logo" '
              f'href="https://www.northfield-state.example.edu/">Northfield State University</a></div><div '
              f'class="site-header__unit"><a class="unit-name" href="{r("/")}">{IS_SITE}</a><nav '
              f'class="main-nav" aria-label="Main"><ul><li><a href="{r("/about/")}">About</a></li><li><a '
              f'href="{r("/news/")}">News</a></li><li><a href="{r("/contact.html")}">Contact</a></li></ul>'
              f'</nav><form class="site-search" action="{r("/search.html")}" method="get"><label for="q" '
              f'class="sr-only">Search</label><input id="q" name="q" type="search"/><button type="submit">Search'
              f'</button></form></div></header><main id="main-content">{main}</main><footer class="site-footer"><div '
              f'class="site-footer__unit"><p><strong>{IS_SITE}</strong><br/>Hale Library, Room 210<br/>1200 College '
              f'Avenue, Northfield, MN 55057</p><p><a href="{r("/contact.html")}">Contact us</a></p></div><div '
              f'class="site-footer__legal"><p>&copy; 2024 Northfield State University. An equal opportunity '
              f'educator and employer.</p></div></footer></body></html>')


def cascade(u: U) -> list[Doc]:
    stories = _works(CASCADE)
    docs = []
    for k, w in stories:
        r = lambda p, src=w.path: _rel(src, p)
        body = ps(w.paras)
        if k in ("is-award", "is-reddit-study"):
            body += (f'<p class="related-profile">Faculty profile: <a href="{r("/directory/faculty/rosa-mendez.html")}">'
                     f'Rosa M&eacute;ndez</a></p>')
        topic = IS_TOPIC[k]
        aside = (f'<aside class="news-sidebar"><h2>Topics</h2><ul><li><a href="{r("/news/topics/research.html")}">'
                 f'Research</a></li></ul></aside>') if topic else ""
        main = (f'<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="{r("/")}">Home</a></li>'
                f'<li><a href="{r("/news/")}">News</a></li><li aria-current="page">{esc(w.title)}</li></ol>'
                f'</nav><article class="news-article"><h1>{esc(w.title)}</h1><p class="news-article__meta"><time '
                f'datetime="{w.date}">{_long(w.date)}</time> &middot; {esc(w.author)}</p><div '
                f'class="news-article__body">{body}</div><p class="news-article__contact">Media contact: Office of '
                f'Communications, <a href="mailto:news@northfield-state.example.edu">news@northfield-state.example.edu'
                f'</a></p></article>{aside}')
        docs.append(_doc(k, _is(u, esc(w.title), w.path, main, w.paras[0][:160], "article",
                                f'<meta content="{w.date}" property="article:published_time"/>')))

    def items(src, chosen):
        return "".join(f'<li class="news-list__item"><h3><a href="{_rel(src, w.path)}">{esc(w.title)}</a></h3><time '
                       f'datetime="{w.date}">{_long(w.date)}</time><p>{cut(w.paras[0], 180)}</p></li>' for _, w in chosen)
    home = (f'<section class="hero"><h1>{IS_SITE}</h1><p>Preparing librarians, archivists and information '
            f'professionals since 1968. ALA-accredited MLIS, online and on campus.</p></section><section '
            f'class="news-highlights"><h2>News</h2><ul class="news-list">{items("/", stories[:3])}</ul><p><a '
            f'href="news/">All news</a></p></section>')
    docs.append(_other(CASCADE, "/", _is(u, "Home", "/", home, "School of Information at Northfield State")))
    news = (f'<h1>News</h1><ul class="news-list">{items("/news/", stories)}</ul><aside class="news-sidebar"><h2>Topics'
            f'</h2><ul><li><a href="topics/research.html">Research</a></li></ul></aside>')
    docs.append(_other(CASCADE, "/news/", _is(u, "News", "/news/", news)))
    topic = (f'<h1>News: Research</h1><ul class="news-list">'
             f'{items("/news/topics/research.html", [(k, w) for k, w in stories if IS_TOPIC[k] == "research"])}</ul>'
             f'<p><a href="../../search.html?q=mentoring">More on mentoring across the site</a></p>')
    docs.append(_other(CASCADE, "/news/topics/research.html", _is(u, "Research news", "/news/topics/research.html",
                                                                   topic)))
    prof = ('<article class="profile"><h1>Rosa M&eacute;ndez</h1><p class="profile__title">Associate Professor</p>'
            '<p>Rosa M&eacute;ndez teaches information organization and cataloguing. Her research examines how library '
            'workers build professional relationships and learn on the job. She holds a PhD from the University of '
            'Illinois.</p><h2>Contact</h2><p>Hale Library 214 &middot; rmendez@northfield-state.example.edu</p><h2>In '
            'the news</h2><ul><li><a href="../../news/stories/2019/libchat-anniversary.html">Ten years of #libchat '
            '(2019)</a></li><li><a href="../../news/stories/2024/mendez-wins-teaching-award.html">Teaching award '
            '(2024)</a></li></ul></article>')
    docs.append(_other(CASCADE, "/directory/faculty/rosa-mendez.html",
                       _is(u, "Rosa M&eacute;ndez", "/directory/faculty/rosa-mendez.html", prof, og_type="profile")))
    about = ('<h1>About the School</h1><p>The School of Information offers the MLIS, a graduate certificate in '
             'archives, and a PhD in information science. About 400 students study with us, most of them online.</p>'
             '<h2>Faculty</h2><ul><li><a href="../directory/faculty/rosa-mendez.html">Rosa M&eacute;ndez</a>, '
             'Associate Professor</li></ul>')
    docs.append(_other(CASCADE, "/about/", _is(u, "About", "/about/", about)))
    contact = ('<h1>Contact</h1><p>School of Information<br/>Hale Library, Room 210<br/>1200 College Avenue<br/>'
               'Northfield, MN 55057</p><p>Phone: 507-555-0143<br/>Email: ischool@northfield-state.example.edu</p>'
               '<p>Prospective students: please contact the admissions coordinator.</p>')
    docs.append(_other(CASCADE, "/contact.html", _is(u, "Contact", "/contact.html", contact)))
    search = ('<h1>Search</h1><script async src="https://cse.google.com/cse.js?cx=0123456789abcdef0:nsu-ischool">'
              '</script><div class="gcse-searchresults-only" data-queryParameterName="q"></div><noscript>Search requires '
              'JavaScript.</noscript>')
    docs.append(_other(CASCADE, "/search.html?q=mentoring", _is(u, "Search", "/search.html", search)))
    gone = ('<h1>Page not found</h1><p>Sorry, the page you requested could not be found. It may have been moved or '
            'removed as part of our website redesign.</p><p>Try the <a href="../../../">School of Information '
            'home page</a> or browse <a href="../../../news/">all news</a>.</p>')
    docs.append(_other(CASCADE, "/news/stories/2019/libchat-anniversary.html",
                       _is(u, "Page not found", "/news/stories/2019/libchat-anniversary.html", gone)))
    return docs


def build(url: U) -> list[Doc]:
    docs = (blocksy(url) + phpbb(url) + stackexchange(url) + mediawiki(url) + osf(url) + bluesky(url) + webflow(url)
            + meetup(url) + higherlogic(url) + cascade(url))
    built = {(d.host, d.path) for d in docs}
    labelled = {(w.host, w.path) for w in WORKS.values()} | {(h, p) for h, p, _ in OTHER}
    assert built == labelled and len(built) == len(docs), (built ^ labelled)
    return docs


class LabelledWeb8(ServedWeb):
    """Web 8 (see the module docstring)."""

    HOSTS = HOSTS
    START = START
    FIRST_ADDRESS = 200
    build = staticmethod(build)
