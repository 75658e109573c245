"""A sixth labelled web for the ranking, held out: ten hosts, templates none
of webs 1-5 use, words of its own (:mod:`tests.labelled_text6`, written
without reading the other webs' texts or page builders, scan's ranking, its
kinds or its extractors).

Its labels were written, and committed, before scan was first run on it:
nothing ran scan on it before the lead's one measure at the end of the
session (``bench/bench_ranking.py --web 6``).

122 pages: 57 works (40 ``article``, 8 ``journal-article``, 6 ``post``, 3
``document``), graded 13 at 3, 12 at 2 (25 relevant, two of them PDFs), 8
at 1 and 24 at 0; and 65 pages that are not works (9 ``home``, 6
``about``, 2 ``contact``, 11 ``category``, 5 ``tag``, 4 ``search``, 19
``listing``, 7 ``profile``) or errors (2 ``error``: a real 404 and a soft
404). Links that lead off the labelled pages (menus' other sections,
commenters' profiles) answer 404 and are not labelled.

Hosts and templates (from the markup the real platform serves, reduced):

* ``stacks.example`` WordPress with the GeneratePress theme and All in One
  SEO's metadata (an academic librarian's blog): posts, the home and its
  ``/page/2/``, a category, a tag, a search (``/?s=mentoring``), a month's
  archive, the author's archive, About, Contact, a cookie notice, a blogroll;
* ``quietshelf.example`` WordPress's Twenty Twenty-Four block theme, a group
  blog of new librarians (no SEO plugin): posts, the home, a category, an
  author's archive, About, and a real 404 (WordPress's 404 template, status
  404) behind the menu's stale "Meetups" link;
* ``guild.example`` MkDocs Material with its blog plugin (a library systems
  guild's site: the docs home, ``/blog/``, posts under
  ``/blog/YYYY/MM/DD/slug/`` with relative links, a blog category, a year's
  archive, About);
* ``inkwell.example`` Hexo with the NexT theme (a cataloguer's notebook:
  posts with ``<!-- more -->`` excerpts on the home and ``/page/2/``,
  ``/archives/``, a tag, a category, About);
* ``smallfiles.example`` a Bear Blog (an archivist's: home, ``/blog/`` with
  titles only, ``/blog/?q=mentoring`` the tag filter, posts);
* ``commons.example`` a bepress Digital Commons repository: a hosted
  journal's record pages (``bepress_citation_*`` tags, abstract, keywords,
  recommended citation) with their PDFs at ``/cgi/viewcontent.cgi?...``, two
  thesis records (one restricted, no PDF), the journal's home, an issue's
  table of contents, the theses series, a SelectedWorks author page, a
  search;
* ``jnl.example`` a PubPub journal (pubs at ``/pub/ID/release/N`` with
  ``citation_*`` tags, the home, a collection's table of contents, About,
  the search page with no results in its HTML);
* ``campaign.example`` a Mailchimp campaign archive (newsletter issues as
  table-laid e-mails at ``/?u=...&id=...``, the archive list at
  ``/home/?u=...&id=...``, the seed);
* ``rlib.example`` an old-reddit-style subreddit (``/r/Librarians/`` the
  seed, threads with comments, the month's top listing, a user's overview, a
  search);
* ``nla.example`` a library association's Wagtail site (news stories, the
  news index and its ``?page=2``, About, Contact, a staff profile, a cookie
  banner, and a soft 404: an old event's address answering 200 with "Page
  not found").

Grades (as webs 1-5): 3 about the topic (librarians mentoring through
social media or online networks) throughout; 2 about it in good part (a
third of the text or more), or about mentoring without the social media, or
about learning through social media without the mentoring; 1 the topic's
words in passing (one sentence), or a short announcement dense with the
topic's words and nothing to read; 0 nothing, including off-topic pages
that use one of the topic's words for something else (chat reference, a
library's Instagram, peer review, mentor texts in teaching, a library's
TikTok). Pages that are not works (home, about, contact, category, tag,
search, listing, profile) and errors count 0 whatever they say.

Kind decisions for unusual pages:

* a Mailchimp newsletter issue is an ``article`` (a dated issue with its
  own text), graded by its own items (one of five items on the topic at
  length: 2; one sentence: 1); the campaign archive's list is a ``listing``;
* a reddit thread (a self post with its comments) is a ``post`` (social),
  graded by the post and its comments together; the subreddit's front page,
  the seed, is its ``home``; ``/top/?t=month`` is a ``listing``; a user's
  overview is a ``profile``;
* a Digital Commons record page (journal article or thesis: title, authors,
  abstract, keywords, citation tags) is a ``journal-article`` graded by what
  it shows; its PDF is a ``document`` graded by its full text (two relevant
  PDFs); the journal's home (the current issue's contents), an issue's
  table of contents and the theses series are ``listing``; a SelectedWorks
  author page is a ``profile``;
* a PubPub pub (research article or editorial) is a ``journal-article``;
  the collection page (a volume's contents) is a ``listing``; PubPub's
  ``/search`` (results drawn by script) is ``search``;
* MkDocs Material's docs home is ``home``, ``/blog/`` and the year's archive
  ``listing``; Hexo's ``/archives/`` and ``/page/2/`` ``listing``; Bear's
  ``/blog/`` ``listing`` and its ``?q=`` filter a ``tag``;
* the Twenty Twenty-Four 404 (status 404) and the Wagtail soft 404 (200)
  are ``error``.

::

    with LabelledWeb6() as web:
        web.seeds, web.hosts_env, web.labels      # as LabelledWeb

``bench/bench_ranking.py --web 6`` prints its figures;
``tests/test_rank_web6.py`` checks what it serves and that every labelled
page is reachable from the seeds within depth 3.
"""

from __future__ import annotations

import datetime as dt
import json
import posixpath
import textwrap
from typing import Callable

from tests.labelled_text6 import BEAR, COMMONS, GUILD, INKWELL, MAILCHIMP, PUBPUB, QUIET, REDDIT, STACKS, WAGTAIL
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

HOSTS = ("stacks.example", "quietshelf.example", "guild.example", "inkwell.example", "smallfiles.example",
         "commons.example", "jnl.example", "campaign.example", "rlib.example", "nla.example")
MC_U, MC_LIST = "4f1c2a7be93d05e6b1a8c7d42", "d2b61c0a5e"
START = {"campaign.example": f"/home/?u={MC_U}&id={MC_LIST}", "rlib.example": "/r/Librarians/"}

U = Callable[[str], str]
X = Callable[[str, str], str]     # url(host, path)


def ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def human(date: str, fmt: str = "%B %-d, %Y") -> str:
    return dt.date.fromisoformat(date).strftime(fmt)


def slugify(title: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in title)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def rel(from_path: str, to_path: str) -> str:
    """A relative link from the page at ``from_path`` to ``to_path`` (both directory-style), as MkDocs and
    Hexo write them."""
    base = from_path if from_path.endswith("/") else posixpath.dirname(from_path) + "/"
    r = posixpath.relpath(to_path, base)
    if to_path.endswith("/") and not r.endswith("/"):
        r += "/"
    return "./" if r in (".", "./") else r


# --- WordPress, GeneratePress, All in One SEO (stacks.example) -----------------------------------------------

GP = "Stacks & Signals"
GP_TAG = "Notes on teaching, reference and the library workplace"
GP_CSS = "/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0"
GP_CATS = {"s1": "Mentoring", "s2": "Mentoring", "s3": "Library life", "s4": "Library life", "s5": "Mentoring",
           "s6": "Links", "s7": "Library life", "s8": "Mentoring"}
GP_TAGS = {"s1": ["social media"], "s2": ["social media"], "s3": [], "s4": ["social media"],
           "s5": ["mentoring schemes"], "s6": [], "s7": [], "s8": ["mentoring schemes"]}
GP_MONTHS = {"/2024/05/": "May 2024", "/2024/03/": "March 2024", "/2023/09/": "September 2023"}


def _gp_path(key: str) -> str:
    return "/" + slugify(STACKS[key][0]) + "/"


def _gp_head(u: U, title: str, path: str, og_type: str, graph: list, extra: str = "", desc: str = "") -> str:
    url = u(path)
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<!-- All in One SEO 4.6.2 - aioseo.com -->"
            f"<title>{esc(title)}</title>"
            + (f'<meta name="description" content="{esc(desc)}">' if desc else "")
            + f'<meta name="robots" content="max-image-preview:large"><link rel="canonical" href="{esc(url)}">'
            f'<meta name="generator" content="All in One SEO (AIOSEO) 4.6.2">'
            f'<meta property="og:locale" content="en_US"><meta property="og:site_name" content="{esc(GP)}">'
            f'<meta property="og:type" content="{og_type}"><meta property="og:title" content="{esc(title)}">'
            f'<meta property="og:url" content="{esc(url)}">{extra}'
            f'<meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" '
            f'content="{esc(title)}">'
            f'<script type="application/ld+json" class="aioseo-schema">'
            f'{json.dumps({"@context": "https://schema.org", "@graph": graph})}</script>'
            f"<!-- All in One SEO -->"
            f'<meta name="generator" content="WordPress 6.5.3">'
            f"<link rel='stylesheet' id='generate-style-css' href='{u(GP_CSS)}' media='all'></head>")


def _gp_chrome(u: U, x: X, body_class: str, main: str) -> bytes:
    cats = sorted(set(GP_CATS.values()))
    recent = "".join(f'<li><a href="{u(_gp_path(k))}">{esc(STACKS[k][0])}</a></li>' for k in list(STACKS)[:5])
    blogroll = [("quietshelf.example", "/", "The Quiet Shelf"), ("inkwell.example", "/", "Inkwell"),
                ("smallfiles.example", "/", "small files"), ("guild.example", "/blog/", "Library Systems Guild blog")]
    roll = "".join(f'<li><a href="{x(h, p)}">{esc(t)}</a></li>' for h, p, t in blogroll)
    return (f'<body class="{body_class} wp-embed-responsive right-sidebar nav-float-right separate-containers '
            f'header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>'
            f'<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>'
            f'<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" '
            f'itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container">'
            f'<div class="site-branding"><p class="main-title" itemprop="headline"><a href="{u("/")}" rel="home">'
            f'{esc(GP)}</a></p><p class="site-description" itemprop="description">{esc(GP_TAG)}</p></div>'
            f'<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" '
            f'itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="inside-navigation '
            f'grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">'
            f'<span class="mobile-menu">Menu</span></button><div id="primary-menu" class="main-nav">'
            f'<ul id="menu-main" class="menu sf-menu"><li class="menu-item"><a href="{u("/")}">Home</a></li>'
            f'<li class="menu-item"><a href="{u("/category/mentoring/")}">Mentoring</a></li>'
            f'<li class="menu-item"><a href="{u("/about/")}">About</a></li>'
            f'<li class="menu-item"><a href="{u("/contact/")}">Contact</a></li></ul></div></div></nav></div>'
            f'</header><div class="site grid-container container hfeed" id="page"><div class="site-content" '
            f'id="content"><div class="content-area" id="primary"><main class="site-main" id="main">{main}</main>'
            f'</div><div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-'
            f'sidebar"><aside id="search-2" class="widget inner-padding widget_search"><form method="get" '
            f'class="search-form" action="{u("/")}"><label><span class="screen-reader-text">Search for:</span>'
            f'<input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label>'
            f'<button class="search-submit" aria-label="Search">Search</button></form></aside>'
            f'<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">'
            f'Recent Posts</h2><ul>{recent}</ul></aside>'
            f'<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">'
            f'Categories</h2><ul>'
            + "".join(f'<li class="cat-item"><a href="{u("/category/" + slugify(c) + "/")}">{esc(c)}</a></li>'
                      for c in cats)
            + f'</ul></aside><aside id="archives-2" class="widget inner-padding widget_archive"><h2 '
            f'class="widget-title">Archives</h2><ul>'
            + "".join(f'<li><a href="{u(p)}">{m}</a></li>' for p, m in GP_MONTHS.items())
            + f'</ul></aside><aside id="block-7" class="widget inner-padding widget_block"><h2 class="wp-block-'
            f'heading">Blogroll</h2><ul class="wp-block-list">{roll}</ul></aside></div></div></div></div>'
            f'<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/'
            f'WPFooter" itemscope><div class="inside-site-info grid-container"><div class="copyright-bar">'
            f'<span class="copyright">&copy; 2024 {esc(GP)}</span> &bull; Built with <a href="https://'
            f'generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>'
            f'<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-'
            f'bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" '
            f'class="cn-text-container">We use cookies to ensure that we give you the best experience on our '
            f'website.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-'
            f'cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">Ok</a></span></div></div>'
            f"</body></html>").encode()


def _gp_graph(u: U, path: str, page_type: str, name: str, extra: list | None = None) -> list:
    url = u(path)
    return [{"@type": "Organization", "@id": u("/#organization"), "name": GP, "url": u("/")},
            {"@type": "WebSite", "@id": u("/#website"), "url": u("/"), "name": GP,
             "publisher": {"@id": u("/#organization")}},
            {"@type": "BreadcrumbList", "@id": url + "#breadcrumblist", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": u("/")},
                {"@type": "ListItem", "position": 2, "name": name, "item": url}]},
            {"@type": page_type, "@id": url + "#webpage", "url": url, "name": name,
             "isPartOf": {"@id": u("/#website")}, "breadcrumb": {"@id": url + "#breadcrumblist"}}] + (extra or [])


def _gp_extra(key: str, u: U, x: X) -> str:
    """Links the author put at the end of some posts."""
    if key == "s1":
        return (f'<p>The thread that finally pushed me to write this up: <a href="{x("rlib.example", REDDIT_PATHS["r5"])}">'
                f'Are there Discord servers for MLIS students?</a> on r/Librarians. And if you want the research '
                f'view, <a href="{x("commons.example", "/jlp/vol9/iss1/2/")}">this scoping review</a> is a good '
                f"start.</p>")
    if key == "s8":
        return f'<p>Earlier posts about mentoring on this blog: <a href="{u("/?s=mentoring")}">search results</a>.</p>'
    if key == "s2":
        return (f'<p>Related: <a href="{x("guild.example", GUILD_PATHS["g1"])}">the Library Systems Guild\'s '
                f"mentoring circles</a>, which run on Matrix too.</p>")
    return ""


def gp_post(key: str, u: U, x: X, prev: str | None) -> Doc:
    title, author, date, grade, paras = STACKS[key]
    path, cat = _gp_path(key), GP_CATS[key]
    iso = date + "T08:30:00+00:00"
    article = {"@type": "BlogPosting", "@id": u(path) + "#blogposting", "name": title, "headline": title,
               "author": {"@type": "Person", "@id": u("/author/hannah/#author"), "name": author,
                          "url": u("/author/hannah/")},
               "publisher": {"@id": u("/#organization")}, "datePublished": iso, "dateModified": iso,
               "inLanguage": "en-US", "mainEntityOfPage": {"@id": u(path) + "#webpage"},
               "articleSection": cat + ", " + ", ".join(GP_TAGS[key])}
    head = _gp_head(u, f"{title} - {GP}", path, "article", _gp_graph(u, path, "WebPage", title, [article]),
                    f'<meta property="article:published_time" content="{iso}">'
                    f'<meta property="article:modified_time" content="{iso}">'
                    f'<meta property="article:section" content="{esc(cat)}">'
                    + "".join(f'<meta property="article:tag" content="{esc(t)}">' for t in GP_TAGS[key]),
                    desc=paras[0][:155])
    tags = ", ".join(f'<a href="{u("/tag/" + slugify(t) + "/")}" rel="tag">{esc(t)}</a>' for t in GP_TAGS[key])
    tags = f'<span class="tags-links"><span class="screen-reader-text">Tags </span>{tags}</span>' if tags else ""
    nav = (f'<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span '
           f'class="prev"><a href="{u(prev)}" rel="prev">Previous post</a></span></div></nav>') if prev else ""
    main = (f'<article id="post-{200 + int(key[1:])}" class="post-{200 + int(key[1:])} post type-post '
            f'status-publish format-standard hentry category-{slugify(cat)}" itemtype="https://schema.org/'
            f'CreativeWork" itemscope><div class="inside-article"><header class="entry-header"><h1 class="entry-'
            f'title" itemprop="headline">{esc(title)}</h1><div class="entry-meta"><span class="posted-on"><time '
            f'class="entry-date published" datetime="{iso}" itemprop="datePublished">{human(date)}</time></span> '
            f'<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/'
            f'Person" itemscope><a class="url fn n" href="{u("/author/hannah/")}" title="View all posts by '
            f'{esc(author)}" rel="author" itemprop="url"><span class="author-name" itemprop="name">{esc(author)}'
            f'</span></a></span></span></div></header><div class="entry-content" itemprop="text">{ps(paras)}'
            f'{_gp_extra(key, u, x)}</div><footer class="entry-meta" aria-label="Entry meta"><span class="cat-links">'
            f'<span class="screen-reader-text">Categories </span><a href="{u("/category/" + slugify(cat) + "/")}" '
            f'rel="category tag">{esc(cat)}</a></span> {tags}{nav}</footer></div></article>'
            f'<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on &ldquo;'
            f'{esc(title)}&rdquo;</h3><ol class="comment-list"><li id="comment-41" class="comment even thread-even '
            f'depth-1"><article class="comment-body" id="div-comment-41" itemtype="https://schema.org/Comment" '
            f'itemscope><footer class="comment-meta"><div class="comment-author-info"><cite itemprop="name" '
            f'class="fn">Priscilla</cite><div class="entry-meta comment-metadata"><time datetime="{date}T19:02:00+00:00"'
            f' itemprop="datePublished">{human(date)} at 7:02 pm</time></div></div></footer><div class="comment-'
            f'content" itemprop="text"><p>Thanks for writing this, sharing it with my team.</p></div></article></li>'
            f'<li id="comment-42" class="comment odd alt depth-1"><article class="comment-body"><footer class="'
            f'comment-meta"><cite class="fn">Marcus</cite></footer><div class="comment-content"><p>Great post. '
            f"Bookmarked.</p></div></article></li></ol><div id=\"respond\" class=\"comment-respond\"><h3 "
            f'id="reply-title" class="comment-reply-title">Leave a Comment</h3><form '
            f'action="{u("/wp-comments-post.php")}" method="post" id="commentform" class="comment-form"><textarea id="comment" '
            f'name="comment" cols="45" rows="8"></textarea><input name="submit" type="submit" id="submit" '
            f'class="submit" value="Post Comment"></form></div></div></div>')
    return Doc("stacks.example", path, "article", grade,
               head.encode() + _gp_chrome(u, x, f"post-template-default single single-post postid-"
                                                f"{200 + int(key[1:])} single-format-standard", main))


def gp_listing(path: str, kind: str, heading: str | None, keys: list[str], u: U, x: X, body_class: str,
               page_type: str = "CollectionPage", next_page: str | None = None, prev_page: str | None = None,
               intro: str = "") -> Doc:
    teasers = []
    for k in keys:
        title, author, date, _, paras = STACKS[k]
        teasers.append(
            f'<article class="post type-post status-publish format-standard hentry category-{slugify(GP_CATS[k])}" '
            f'itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article"><header class="entry-'
            f'header"><h2 class="entry-title" itemprop="headline"><a href="{u(_gp_path(k))}" rel="bookmark">'
            f'{esc(title)}</a></h2><div class="entry-meta"><span class="posted-on"><time class="entry-date '
            f'published" datetime="{date}T08:30:00+00:00" itemprop="datePublished">{human(date)}</time></span> '
            f'<span class="byline">by <span class="author vcard"><a class="url fn n" href="{u("/author/hannah/")}">'
            f'<span class="author-name" itemprop="name">{esc(author)}</span></a></span></span></div></header>'
            f'<div class="entry-summary" itemprop="text"><p>{cut(paras[0], 260)} <a title="{esc(title)}" '
            f'class="read-more" href="{u(_gp_path(k))}">Read more</a></p></div><footer class="entry-meta"><span '
            f'class="cat-links"><a href="{u("/category/" + slugify(GP_CATS[k]) + "/")}" rel="category tag">'
            f"{esc(GP_CATS[k])}</a></span></footer></div></article>")
    header = (f'<header class="page-header" aria-label="Page"><h1 class="page-title">{heading}</h1>{intro}</header>'
              if heading else "")
    pager = ""
    links = ""
    if next_page or prev_page:
        pager = '<nav id="nav-below" class="paging-navigation" aria-label="Archive Page">'
        if next_page:
            pager += (f'<div class="nav-previous"><span class="prev" title="Previous"><a href="{u(next_page)}">Older '
                      f'posts</a></span></div>')
            links += f'<link rel="next" href="{u(next_page)}">'
        if prev_page:
            pager += (f'<div class="nav-next"><span class="next" title="Next"><a href="{u(prev_page)}">Newer posts'
                      f"</a></span></div>")
            links += f'<link rel="prev" href="{u(prev_page)}">'
        pager += "</nav>"
    name = heading.replace("<span>", "").replace("</span>", "") if heading else GP
    title = f"{name} - {GP}" if heading else f"{GP} - {GP_TAG}"
    head = _gp_head(u, title, path, "website" if not heading else "object",
                    _gp_graph(u, path, page_type, name), links, desc=GP_TAG)
    return Doc("stacks.example", path, kind, 0,
               head.encode() + _gp_chrome(u, x, body_class, header + "".join(teasers) + pager))


def gp_page(path: str, kind: str, title: str, content: str, u: U, x: X, page_type: str = "WebPage") -> Doc:
    head = _gp_head(u, f"{title} - {GP}", path, "article", _gp_graph(u, path, page_type, title))
    main = (f'<article id="post-2" class="post-2 page type-page status-publish" itemtype="https://schema.org/'
            f'CreativeWork" itemscope><div class="inside-article"><header class="entry-header"><h1 class="entry-'
            f'title" itemprop="headline">{esc(title)}</h1></header><div class="entry-content" itemprop="text">'
            f"{content}</div></div></article>")
    return Doc("stacks.example", path, kind, 0, head.encode() + _gp_chrome(u, x, "page-template-default page", main))


def stacks(x: X) -> list[Doc]:
    def u(p):
        return x("stacks.example", p)
    keys = list(STACKS)            # newest first
    docs = [gp_post(k, u, x, _gp_path(keys[i + 1]) if i + 1 < len(keys) else None) for i, k in enumerate(keys)]
    mentoring = [k for k in keys if GP_CATS[k] == "Mentoring"]
    docs += [
        gp_listing("/", "home", None, keys[:5], u, x, "home blog", "CollectionPage", next_page="/page/2/"),
        gp_listing("/page/2/", "listing", None, keys[5:], u, x, "home blog paged paged-2", prev_page="/"),
        gp_listing("/category/mentoring/", "category", "Mentoring", mentoring, u, x,
                   "archive category category-mentoring", intro='<div class="taxonomy-description"><p>Posts about '
                   "mentoring: finding one, being one, and the schemes that match them.</p></div>"),
        gp_listing("/category/library-life/", "category", "Library life", [k for k in keys if GP_CATS[k] ==
                   "Library life"], u, x, "archive category category-library-life"),
        gp_listing("/category/links/", "category", "Links", ["s6"], u, x, "archive category category-links"),
        gp_listing("/tag/social-media/", "tag", "social media", [k for k in keys if "social media" in GP_TAGS[k]],
                   u, x, "archive tag tag-social-media"),
        gp_listing("/tag/mentoring-schemes/", "tag", "mentoring schemes", ["s5", "s8"], u, x,
                   "archive tag tag-mentoring-schemes"),
        gp_listing("/?s=mentoring", "search", 'Search Results for: <span>mentoring</span>',
                   ["s1", "s2", "s5", "s6", "s8"], u, x, "search search-results", "SearchResultsPage"),
        gp_listing("/author/hannah/", "profile", '<span class="vcard">Hannah Okoro</span>', keys[:5], u, x,
                   "archive author author-hannah", "ProfilePage",
                   intro='<div class="author-info"><p>Instruction librarian. Writes about teaching, mentoring, '
                         "and learning from the people you meet online.</p></div>"),
    ]
    docs += [gp_listing(p, "listing", f"Month: <span>{m}</span>",
                        [k for k in keys if STACKS[k][2].startswith(p[1:8].replace("/", "-"))], u, x, "archive date")
             for p, m in GP_MONTHS.items()]
    docs += [
        gp_page("/about/", "about", "About", ps((
            "I am Hannah Okoro, an instruction librarian at a mid-sized university library. I started this blog in "
            "my first year on the job to keep track of what I was learning, most of it from mentors and peers I "
            "met online: on Discord, on Mastodon, in group chats.",
            "I write about teaching, reference work, mentoring and the odd bit of collection management. Views are "
            "my own, not my employer's.")), u, x, "AboutPage"),
        gp_page("/contact/", "contact", "Contact", ps((
            "The best way to reach me is by email at hannah (at) stacks.example or on Mastodon. I am happy to hear "
            "from new librarians looking for a mentor or someone to talk to; I answer within a week.",))
            + '<div class="wpforms-container"><form id="wpforms-form-88" class="wpforms-validate" method="post">'
              '<input type="text" name="wpforms[fields][0]" placeholder="Name"><input type="email" '
              'name="wpforms[fields][1]"><textarea name="wpforms[fields][2]"></textarea><button type="submit">'
              "Submit</button></form></div>", u, x, "ContactPage"),
    ]
    return docs


# --- WordPress, Twenty Twenty-Four (quietshelf.example) --------------------------------------------------------

QS = "The Quiet Shelf"
QS_TAG = "New librarians, writing about the first years"
QS_CATS = {"q1": "First jobs", "q2": "Practice", "q3": "First jobs", "q4": "Practice", "q5": "Practice",
           "q6": "First jobs"}


def _qs_path(key: str) -> str:
    return "/" + QUIET[key][2].replace("-", "/") + "/" + slugify(QUIET[key][0]) + "/"


def _qs_author(name: str) -> str:
    return "/author/" + name.split()[0].lower().replace("á", "a") + "/"


def _qs_page(u: U, title: str, path: str, body_class: str, main: str, head: str = "") -> bytes:
    nav = "".join(f'<li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-'
                  f'item__content" href="{u(p)}"><span class="wp-block-navigation-item__label">{t}</span></a></li>'
                  for p, t in (("/", "Blog"), ("/about/", "About"), ("/meetups/", "Meetups")))
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><meta name="robots" content="max-image-preview:large">'
            f"<title>{esc(title)}</title>{head}<link rel='stylesheet' id='wp-block-library-css' "
            f"href='{u('/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3')}' media='all'>"
            f'<meta name="generator" content="WordPress 6.5.3"></head>'
            f'<body class="{body_class} wp-embed-responsive"><div class="wp-site-blocks">'
            f'<header class="wp-block-template-part"><div class="wp-block-group alignfull has-base-background-color '
            f'has-background is-layout-flow"><div class="wp-block-group alignwide is-content-justification-space-'
            f'between is-nowrap is-layout-flex"><div class="wp-block-group is-layout-flex"><p class="wp-block-site-'
            f'title"><a href="{u("/")}" target="_self" rel="home">{esc(QS)}</a></p></div><div class="wp-block-group '
            f'is-content-justification-right is-layout-flex"><nav class="is-responsive items-justified-right wp-'
            f'block-navigation is-content-justification-right is-layout-flex" aria-label="Header navigation">'
            f'<button aria-haspopup="dialog" aria-label="Open menu" class="wp-block-navigation__responsive-container-'
            f'open">Menu</button><div class="wp-block-navigation__responsive-container" id="modal-1"><div '
            f'class="wp-block-navigation__responsive-container-content"><ul class="wp-block-navigation__container '
            f'is-responsive items-justified-right wp-block-navigation">{nav}</ul></div></div></nav></div></div>'
            f'</div></header>{main}'
            f'<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-'
            f'constrained"><div class="wp-block-group alignwide is-layout-flow"><div class="wp-block-group alignfull '
            f'is-content-justification-space-between is-layout-flex"><div class="wp-block-group is-layout-flex">'
            f'<h2 class="wp-block-site-title"><a href="{u("/")}" target="_self" rel="home">{esc(QS)}</a></h2>'
            f'<p class="wp-block-site-tagline">{esc(QS_TAG)}</p></div><div class="wp-block-group is-layout-flex">'
            f'<div class="wp-block-group is-vertical is-layout-flex"><h2 class="wp-block-heading has-medium-font-'
            f'size">About</h2><nav class="is-vertical wp-block-navigation is-layout-flex" aria-label="About"><ul '
            f'class="wp-block-navigation__container is-vertical wp-block-navigation"><li class="wp-block-navigation-'
            f'item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{u("/about/")}">'
            f'<span class="wp-block-navigation-item__label">Team</span></a></li><li class="wp-block-navigation-item">'
            f'<a class="wp-block-navigation-item__content" href="{u("/category/first-jobs/")}"><span class="wp-block-'
            f'navigation-item__label">First jobs</span></a></li><li class="wp-block-navigation-item"><a class="wp-'
            f'block-navigation-item__content" href="{u("/category/practice/")}"><span class="wp-block-navigation-'
            f'item__label">Practice</span></a></li></ul></nav></div></div></div><div class="wp-block-group alignfull '
            f'is-layout-flex"><p class="has-small-font-size">Designed with <a href="https://wordpress.org" '
            f'rel="nofollow">WordPress</a></p></div></div></div></footer></div></body></html>').encode()


def _qs_meta(key: str, u: U) -> str:
    title, author, date, _, _ = QUIET[key]
    cat = QS_CATS[key]
    return (f'<div class="wp-block-group is-content-justification-center is-layout-flex"><div class="wp-block-post-'
            f'date"><time datetime="{date}T10:12:44+00:00"><a href="{u(_qs_path(key))}">{human(date)}</a></time>'
            f'</div><p class="has-contrast-2-color">&mdash;</p><p>by</p><div class="wp-block-post-author-name"><a '
            f'href="{u(_qs_author(author))}" target="_self" class="wp-block-post-author-name__link">{esc(author)}</a>'
            f'</div><div class="taxonomy-category wp-block-post-terms"><span class="wp-block-post-terms__prefix">in '
            f'</span><a href="{u("/category/" + slugify(cat) + "/")}" rel="tag">{esc(cat)}</a></div></div>')


def qs_post(key: str, u: U, x: X, prev: str | None) -> Doc:
    title, author, date, grade, paras = QUIET[key]
    extra = ""
    if key == "q1":
        extra = (f'<p class="has-small-font-size">The regional association has since started <a href="'
                 f'{x("nla.example", WAGTAIL_PATHS["a1"])}">an e-mentoring scheme</a>, which I have signed up to '
                 f"as a mentor.</p>")
    nav = (f'<nav class="wp-block-group alignwide is-content-justification-space-between is-layout-flex" '
           f'aria-label="Post navigation"><div class="post-navigation-link-previous wp-block-post-navigation-link">'
           f'<span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">&larr;'
           f'</span><a href="{u(prev)}" rel="prev">{esc(next(QUIET[k][0] for k in QUIET if _qs_path(k) == prev))}'
           f"</a></div></nav>") if prev else ""
    main = (f'<main class="wp-block-group is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">'
            f'<div class="wp-block-group has-global-padding is-layout-constrained"><div class="wp-block-group '
            f'is-layout-flow"><h1 style="line-height:1.15" class="has-text-align-center wp-block-post-title">'
            f'{esc(title)}</h1><div class="wp-block-template-part">{_qs_meta(key, u)}</div></div></div>'
            f'<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">'
            f'{ps(paras)}{extra}</div><div class="wp-block-group alignwide has-global-padding is-layout-'
            f'constrained">{nav}</div><div class="wp-block-comments wp-block-comments-query-loop"><h2 class="wp-'
            f'block-heading has-x-large-font-size">Comments</h2><div id="respond" class="comment-respond wp-block-'
            f'post-comments-form"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="'
            f'{u("/wp-comments-post.php")}" method="post" id="commentform" class="comment-form"><textarea '
            f'id="comment" name="comment"></textarea><input name="submit" type="submit" class="wp-block-button__link '
            f'wp-element-button" value="Post Comment"></form></div></div></main>')
    head = (f'<meta name="author" content="{esc(author)}"><link rel="canonical" href="{u(_qs_path(key))}">'
            f'<link rel="prev" href="{u(prev)}">' if prev else f'<link rel="canonical" href="{u(_qs_path(key))}">')
    return Doc("quietshelf.example", _qs_path(key), "article", grade, _qs_page(
        u, f"{title} &#8211; {QS}".replace("&#8211;", "\u2013"), _qs_path(key),
        f"post-template-default single single-post postid-{300 + int(key[1:])} single-format-standard", main, head))


def qs_query(path: str, kind: str, heading: str | None, keys: list[str], u: U, body_class: str,
             description: str = "") -> Doc:
    items = "".join(
        f'<li class="wp-block-post post-{300 + int(k[1:])} post type-post status-publish format-standard hentry '
        f'category-{slugify(QS_CATS[k])}"><div class="wp-block-group is-layout-flow"><h2 class="wp-block-post-'
        f'title has-x-large-font-size"><a href="{u(_qs_path(k))}" target="_self">{esc(QUIET[k][0])}</a></h2>'
        f'<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{cut(QUIET[k][4][0], 200)} '
        f'</p></div><div class="wp-block-post-date has-small-font-size"><time datetime="{QUIET[k][2]}T10:12:44+00:00">'
        f"{human(QUIET[k][2])}</time></div></div></li>" for k in keys)
    top = (f'<h1 class="wp-block-query-title">{heading}</h1>' + (f'<div class="wp-block-term-description"><p>'
           f"{esc(description)}</p></div>" if description else "")) if heading else (
        '<h1 class="wp-block-heading alignwide has-text-align-left">Blog</h1>')
    main = (f'<main class="wp-block-group is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">'
            f'<div class="wp-block-group alignfull has-global-padding is-layout-constrained">{top}'
            f'<div class="wp-block-query alignwide is-layout-flow"><ul class="columns-3 wp-block-post-template '
            f'is-layout-grid">{items}</ul></div></div></main>')
    title = (heading.replace("<span>", "").replace("</span>", "") + " \u2013 " + QS) if heading else QS
    return Doc("quietshelf.example", path, kind, 0, _qs_page(u, title, path, body_class, main))


def quietshelf(x: X) -> list[Doc]:
    def u(p):
        return x("quietshelf.example", p)
    keys = list(QUIET)
    docs = [qs_post(k, u, x, _qs_path(keys[i + 1]) if i + 1 < len(keys) else None) for i, k in enumerate(keys)]
    docs.append(qs_query("/", "home", None, keys, u, "home blog"))
    for cat in ("First jobs", "Practice"):
        docs.append(qs_query(f"/category/{slugify(cat)}/", "category", f"Category: <span>{cat}</span>",
                             [k for k in keys if QS_CATS[k] == cat], u, f"archive category category-{slugify(cat)}"))
    bios = {"Tomás Reyes": "School librarian, working solo, writing about it.",
            "Ines Park": "Metadata librarian in her second year. Learns in public.",
            "Bea Lund": "Branch librarian. Still learning where the light switches are."}
    for name, bio in bios.items():
        docs.append(qs_query(_qs_author(name), "profile", f"Author: <span>{name}</span>",
                             [k for k in keys if QUIET[k][1] == name], u,
                             f"archive author author-{_qs_author(name).split('/')[2]}", bio))
    about = (f'<main class="wp-block-group is-layout-flow"><div class="wp-block-group has-global-padding is-layout-'
             f'constrained"><h1 class="has-text-align-center wp-block-post-title">About</h1></div><div class="entry-'
             f'content wp-block-post-content has-global-padding is-layout-constrained">' + ps((
                 "The Quiet Shelf is a group blog by three librarians in the first years of the job. We write about "
                 "what nobody told us in library school, about the mentors and peers who helped us, many of them met "
                 "online, and about the everyday work of school, public and academic libraries.",
                 "We post every other week or so. Want to write for us? Get in touch through the team page.",))
             + "</div></main>")
    docs.append(Doc("quietshelf.example", "/about/", "about", 0, _qs_page(u, f"About \u2013 {QS}", "/about/",
                                                                          "page-template-default page", about)))
    nf = (f'<main class="wp-block-group is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)"><div '
          f'class="wp-block-group has-global-padding is-layout-constrained"><h1 class="wp-block-heading has-text-'
          f'align-left">Page Not Found</h1><p>The page you are looking for does not exist, or it has been moved. '
          f'Please try searching using the form below.</p><form role="search" method="get" action="{u("/")}" '
          f'class="wp-block-search__button-outside wp-block-search__text-button wp-block-search"><label class="wp-'
          f'block-search__label screen-reader-text" for="wp-block-search__input-1">Search</label><div class="wp-'
          f'block-search__inside-wrapper"><input class="wp-block-search__input" id="wp-block-search__input-1" '
          f'placeholder="Search..." value="" type="search" name="s" required><button aria-label="Search" '
          f'class="wp-block-search__button wp-element-button" type="submit">Search</button></div></form></div>'
          f"</main>")
    docs.append(Doc("quietshelf.example", "/meetups/", "error", 0,
                    _qs_page(u, f"Page not found \u2013 {QS}", "/meetups/", "error404", nf), status=404))
    return docs


# --- MkDocs Material with the blog plugin (guild.example) -------------------------------------------------------

MK = "Library Systems Guild"
DC_SEARCH = "/do/search/?q=mentoring&start=0&context=4417209"
MK_CATS = {"g1": "Mentoring", "g2": "Systems", "g3": "Releases", "g4": "Community", "g5": "Mentoring",
           "g6": "Systems"}
GUILD_PATHS = {k: "/blog/" + v[2].replace("-", "/") + "/" + slugify(v[0]) + "/" for k, v in GUILD.items()}
MK_AUTHORS = {"Dev Anand": "Community lead", "Ruth Adeyemi": "Systems librarian, consortium office"}


def _mk_page(path: str, title: str, content: str, sidebar: str = "", post: bool = False, head: str = "") -> bytes:
    def r(to):
        return rel(path, to)
    section = "/blog/" if path.startswith("/blog/") else path
    tabs = "".join(f'<li class="md-tabs__item{" md-tabs__item--active" if p == section else ""}">'
                   f'<a href="{r(p)}" class="md-tabs__link">{t}</a></li>'
                   for p, t in (("/", "Home"), ("/blog/", "Blog"), ("/about/", "About")))
    return (f'<!doctype html><html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width,initial-scale=1"><meta name="description" content="A community of people '
            f'who run library systems"><link rel="canonical" href="https://guild.example{path}">'
            f'<link rel="icon" href="{r("/assets/images/favicon.png")}"><meta name="generator" '
            f'content="mkdocs-1.6.0, mkdocs-material-9.5.25"><title>{esc(title)}</title>{head}'
            f'<link rel="stylesheet" href="{r("/assets/stylesheets/main.6543a935.min.css")}"></head>'
            f'<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="teal" data-md-color-accent='
            f'"teal"><input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">'
            f'<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">'
            f'<label class="md-overlay" for="__drawer"></label><div data-md-component="skip"><a href="#" '
            f'class="md-skip">Skip to content</a></div><div data-md-component="announce"></div>'
            f'<header class="md-header md-header--shadow md-header--lifted" data-md-component="header"><nav '
            f'class="md-header__inner md-grid" aria-label="Header"><a href="{r("/")}" title="{MK}" class="md-header__'
            f'button md-logo" aria-label="{MK}" data-md-component="logo"><svg viewBox="0 0 24 24"></svg></a>'
            f'<div class="md-header__title" data-md-component="header-title"><div class="md-header__ellipsis"><div '
            f'class="md-header__topic"><span class="md-ellipsis">{MK}</span></div><div class="md-header__topic" '
            f'data-md-component="header-topic"><span class="md-ellipsis">{esc(title.split(" - ")[0])}</span></div>'
            f'</div></div><label class="md-header__button md-icon" for="__search"></label><div class="md-search" '
            f'data-md-component="search" role="dialog"><label class="md-search__overlay" for="__search"></label><div '
            f'class="md-search__inner" role="search"><form class="md-search__form" name="search"><input type="text" '
            f'class="md-search__input" name="query" aria-label="Search" placeholder="Search" autocapitalize="off" '
            f'autocorrect="off" autocomplete="off" spellcheck="false" data-md-component="search-query" required>'
            f'</form><div class="md-search__output"><div class="md-search-result" data-md-component="search-result">'
            f'<div class="md-search-result__meta">Initializing search</div></div></div></div></div></nav>'
            f'<nav class="md-tabs" aria-label="Tabs" data-md-component="tabs"><div class="md-grid"><ul class="md-tabs'
            f'__list">{tabs}</ul></div></nav></header><div class="md-container" data-md-component="container">'
            f'<main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">{sidebar}'
            f'<div class="md-content{" md-content--post" if post else ""}" data-md-component="content"><article '
            f'class="md-content__inner md-typeset">{content}</article></div></div></main>'
            f'<footer class="md-footer"><div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner '
            f'md-grid"><div class="md-copyright"><div class="md-copyright__highlight">Copyright &copy; 2024 {MK} '
            f'contributors</div>Made with <a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" '
            f'rel="noopener">Material for MkDocs</a></div></div></div></footer></div>'
            f'<script id="__config" type="application/json">{{"base": "{r("/")}", "features": ["navigation.tabs"], '
            f'"search": "{r("/assets/javascripts/workers/search.b8dbb3d2.min.js")}"}}</script>'
            f'<script src="{r("/assets/javascripts/bundle.fe8b6f2b.min.js")}"></script></body></html>').encode()


def _mk_blog_nav(path: str) -> str:
    def r(to):
        return rel(path, to)
    archive = "".join(f'<li class="md-nav__item"><a href="{r(f"/blog/archive/{y}/")}" class="md-nav__link"><span '
                      f'class="md-ellipsis">{y}</span></a></li>' for y in ("2024", "2023"))
    cats = "".join(f'<li class="md-nav__item"><a href="{r("/blog/category/" + slugify(c) + "/")}" class="md-nav__'
                   f'link"><span class="md-ellipsis">{c}</span></a></li>' for c in sorted(set(MK_CATS.values())))
    return (f'<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation">'
            f'<div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner"><nav class="md-nav md-nav--primary '
            f'md-nav--lifted" aria-label="Navigation" data-md-level="0"><ul class="md-nav__list" data-md-scrollfix>'
            f'<li class="md-nav__item md-nav__item--active md-nav__item--section md-nav__item--nested"><a href="'
            f'{r("/blog/")}" class="md-nav__link md-nav__link--active"><span class="md-ellipsis">Blog</span></a>'
            f'<nav class="md-nav" data-md-level="1"><ul class="md-nav__list"><li class="md-nav__item md-nav__item--'
            f'nested"><label class="md-nav__link" for="__nav_2_2"><span class="md-ellipsis">Archive</span></label>'
            f'<nav class="md-nav" data-md-level="2"><ul class="md-nav__list">{archive}</ul></nav></li><li '
            f'class="md-nav__item md-nav__item--nested"><label class="md-nav__link" for="__nav_2_3"><span '
            f'class="md-ellipsis">Categories</span></label><nav class="md-nav" data-md-level="2"><ul class="md-nav__'
            f'list">{cats}</ul></nav></li></ul></nav></li></ul></nav></div></div></div>')


def _mk_excerpt(key: str, path: str) -> str:
    title, author, date, _, paras = GUILD[key]
    return (f'<article class="md-post md-post--excerpt"><header class="md-post__header"><nav class="md-post__authors '
            f'md-typeset"><span class="md-author"><img src="https://avatars.example/{slugify(author)}.png" '
            f'alt="{esc(author)}"></span></nav><div class="md-post__meta md-meta"><ul class="md-meta__list"><li '
            f'class="md-meta__item"><time datetime="{date} 00:00:00+00:00">{human(date)}</time></li><li class="md-'
            f'meta__item">in <a href="{rel(path, "/blog/category/" + slugify(MK_CATS[key]) + "/")}" class="md-meta__'
            f'link">{MK_CATS[key]}</a></li><li class="md-meta__item">{2 + len(" ".join(paras)) // 1100} min read'
            f'</li></ul></div></header><div class="md-post__content md-typeset"><h2 id="{slugify(title)}"><a '
            f'class="toclink" href="{rel(path, GUILD_PATHS[key])}">{esc(title)}</a></h2><p>{esc(paras[0])}</p>'
            f'<nav class="md-post__action"><a href="{rel(path, GUILD_PATHS[key])}">Continue reading</a></nav></div>'
            f"</article>")


def mk_post(key: str, x: X) -> Doc:
    title, author, date, grade, paras = GUILD[key]
    path = GUILD_PATHS[key]

    def r(to):
        return rel(path, to)
    body = ps(paras[:1]) + "<!-- more -->" + ps(paras[1:])
    if key == "g1":
        body += (f'<p>For background reading, the <a href="{x("commons.example", DC_SEARCH)}">repository search '
                 f'for mentoring</a> at our partner university turns up a '
                 f"few studies.</p>")
    if key == "g5":
        body += f'<p>See also: <a href="{r(GUILD_PATHS["g1"])}">the announcement of round one</a>.</p>'
    side = (f'<div class="md-sidebar md-sidebar--post" data-md-component="sidebar" data-md-type="navigation"><div '
            f'class="md-sidebar__scrollwrap"><div class="md-sidebar__inner md-post"><nav class="md-nav md-nav--'
            f'primary"><div class="md-post__back"><div class="md-nav__title md-nav__container"><a href="'
            f'{r("/blog/")}" class="md-nav__link"><span class="md-ellipsis">Back to index</span></a></div></div>'
            f'<div class="md-post__authors md-typeset"><div class="md-profile md-post__profile"><span class="md-author '
            f'md-author--long"><img src="https://avatars.example/{slugify(author)}.png" alt="{esc(author)}"></span>'
            f'<span class="md-profile__description"><strong>{esc(author)}</strong><br>{MK_AUTHORS[author]}</span>'
            f'</div></div><ul class="md-post__meta md-nav__list"><li class="md-nav__item md-nav__item--section"><div '
            f'class="md-post__title"><span class="md-ellipsis">Metadata</span></div><nav class="md-nav"><ul class="md-'
            f'nav__list"><li class="md-nav__item"><div class="md-nav__link"><span class="md-ellipsis"><time '
            f'datetime="{date} 00:00:00+00:00">{human(date)}</time></span></div></li><li class="md-nav__item"><div '
            f'class="md-nav__link"><span class="md-ellipsis">in <a href="{r("/blog/category/" + slugify(MK_CATS[key]) + "/")}">'
            f'{MK_CATS[key]}</a></span></div></li><li class="md-nav__item"><div class="md-nav__link"><span class="md-'
            f'ellipsis">{2 + len(" ".join(paras)) // 1100} min read</span></div></li></ul></nav></li></ul></nav>'
            f"</div></div></div>")
    content = f'<h1 id="{slugify(title)}">{esc(title)}</h1>{body}'
    head = (f'<meta name="author" content="{esc(author)}"><meta property="og:type" content="website">'
            f'<meta property="og:title" content="{esc(title)} - {MK}">')
    return Doc("guild.example", path, "article", grade, _mk_page(path, f"{title} - {MK}", content, side, True, head))


def guild(x: X) -> list[Doc]:
    docs = [mk_post(k, x) for k in GUILD]
    keys = list(GUILD)

    def listing(path, kind, heading, ks):
        content = (f'<div class="md-content__inner md-typeset"><h1>{esc(heading)}</h1></div>' if heading else
                   "<h1>Blog</h1>") + "".join(_mk_excerpt(k, path) for k in ks)
        return Doc("guild.example", path, kind, 0,
                   _mk_page(path, f"{heading or 'Blog'} - {MK}", content, _mk_blog_nav(path)))
    docs.append(listing("/blog/", "listing", None, keys))
    for c in sorted(set(MK_CATS.values())):
        docs.append(listing(f"/blog/category/{slugify(c)}/", "category", c, [k for k in keys if MK_CATS[k] == c]))
    for y in ("2024", "2023"):
        docs.append(listing(f"/blog/archive/{y}/", "listing", y, [k for k in keys if GUILD[k][2].startswith(y)]))
    home = (f'<h1 id="library-systems-guild">{MK}</h1>' + ps((
        "The guild is a volunteer community of people who run library systems: catalogues, discovery layers, "
        "repositories, and the scripts that hold them together. We share code, documentation and advice.",
        "Most of our conversation happens in our Matrix rooms and Slack workspace. Twice a year we run mentoring "
        "circles for people new to systems work, online, in small groups.")) +
        f'<h2 id="get-involved">Get involved</h2><ul><li><a href="blog/">Read the blog</a></li><li><a href="'
        f'blog/category/mentoring/">Mentoring circles</a></li><li><a href="about/">About the guild</a></li></ul>')
    docs.append(Doc("guild.example", "/", "home", 0, _mk_page("/", MK, home, head='<meta property="og:type" '
                                                                             'content="website">')))
    about = (f'<h1 id="about">About</h1>' + ps((
        "The Library Systems Guild started in 2019 as a mailing list for systems librarians in small academic "
        "libraries. It now has members in public, school and special libraries on four continents.",
        "The guild is run by a volunteer steering group elected each year. We have no budget beyond donated "
        "hosting, and no vendor sponsorship. Our code of conduct applies in every space we run, including the "
        "mentoring circles.")) + '<p><a href="../blog/">News from the guild</a></p>')
    docs.append(Doc("guild.example", "/about/", "about", 0, _mk_page("/about/", f"About - {MK}", about)))
    return docs


# --- Hexo, NexT (inkwell.example) ----------------------------------------------------------------------------

HX = "Inkwell"
HX_SUB = "a cataloguer's notebook"
HX_CATS = {"i1": "Work", "i2": "Work", "i3": "Work", "i4": "Life", "i5": "Work", "i6": "Life"}
HX_TAGS = {"i1": ["mentoring", "cataloging"], "i2": ["cataloging"], "i3": [], "i4": [], "i5": ["mentoring"],
           "i6": []}
INKWELL_PATHS = {k: "/" + v[2].replace("-", "/") + "/" + slugify(v[0]) + "/" for k, v in INKWELL.items()}


def _hx_page(x: X, path: str, title: str, inner: str, og_type: str = "website", head: str = "",
             body_extra: str = "") -> bytes:
    def u(p):
        return x("inkwell.example", p)
    menu = "".join(f'<li class="menu-item menu-item-{n}"><a href="{p}" rel="section"><i class="fa fa-{i} fa-fw"></i>'
                   f"{t}</a></li>" for n, p, i, t in (("home", "/", "home", "Home"), ("about", "/about/", "user", "About"),
                                                      ("archives", "/archives/", "archive", "Archives")))
    roll = "".join(f'<li class="links-of-blogroll-item"><a href="{x(h, p)}" title="{esc(t)}" rel="noopener" '
                   f'target="_blank">{esc(t)}</a></li>' for h, p, t in (
                       ("stacks.example", "/", "Stacks & Signals"), ("smallfiles.example", "/", "small files"),
                       ("rlib.example", "/r/Librarians/", "r/Librarians")))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-'
            f'width,initial-scale=1,maximum-scale=2"><meta name="theme-color" content="#222"><meta name="generator" '
            f'content="Hexo 7.1.1"><link rel="stylesheet" href="/css/main.css">'
            f'<script class="next-config" data-name="main" type="application/json">{{"hostname":"inkwell.example",'
            f'"root":"/","scheme":"Gemini","version":"8.19.2"}}</script>'
            f'<meta property="og:type" content="{og_type}"><meta property="og:title" content="{esc(title)}">'
            f'<meta property="og:url" content="{u(path)}"><meta property="og:site_name" content="{HX}">'
            f'<meta property="og:locale" content="en_US">{head}<link rel="canonical" href="{u(path)}">'
            f"<title>{esc(title)}</title></head>"
            f'<body itemscope itemtype="http://schema.org/WebPage" class="use-motion"><div class="headband"></div>'
            f'<main class="main"><div class="column"><header class="header" itemscope itemtype="http://schema.org/'
            f'WPHeader"><div class="header-inner"><div class="site-brand-container"><div class="site-nav-toggle"><div '
            f'class="toggle" aria-label="Toggle navigation bar" role="button"></div></div><div class="site-meta"><a '
            f'href="/" class="brand" rel="start"><i class="logo-line"></i><p class="site-title">{HX}</p><i class='
            f'"logo-line"></i></a><p class="site-subtitle" itemprop="description">{esc(HX_SUB)}</p></div></div>'
            f'<nav class="site-nav"><ul class="main-menu menu">{menu}</ul></nav></div></header>'
            f'<aside class="sidebar"><div class="sidebar-inner sidebar-overview-active"><ul class="sidebar-nav"><li '
            f'class="sidebar-nav-toc">Table of Contents</li><li class="sidebar-nav-overview">Overview</li></ul><div '
            f'class="sidebar-panel-container"><div class="site-overview-wrap sidebar-panel"><div class="site-author '
            f'animated" itemprop="author" itemscope itemtype="http://schema.org/Person"><img class="site-author-image" '
            f'itemprop="image" alt="Lin Feng" src="/images/avatar.png"><p class="site-author-name" itemprop="name">Lin '
            f'Feng</p><div class="site-description" itemprop="description">Cataloguer. RDA, MARC, and the people who '
            f'taught me.</div></div><div class="site-state-wrap animated"><nav class="site-state"><div class="site-'
            f'state-item site-state-posts"><a href="/archives/"><span class="site-state-item-count">{len(INKWELL)}'
            f'</span><span class="site-state-item-name">posts</span></a></div><div class="site-state-item site-state-'
            f'categories"><span class="site-state-item-count">2</span><span class="site-state-item-name">categories'
            f'</span></div><div class="site-state-item site-state-tags"><span class="site-state-item-count">2</span>'
            f'<span class="site-state-item-name">tags</span></div></nav></div><div class="links-of-blogroll animated">'
            f'<div class="links-of-blogroll-title"><i class="fa fa-globe fa-fw"></i>Links</div><ul class="links-of-'
            f'blogroll-list">{roll}</ul></div></div></div></div></aside></div>'
            f'<div class="main-inner {body_extra}">{inner}</div></main>'
            f'<footer class="footer"><div class="footer-inner"><div class="copyright">&copy; 2019 &ndash; <span '
            f'itemprop="copyrightYear">2024</span><span class="with-love"><i class="fa fa-heart"></i></span><span '
            f'class="author" itemprop="copyrightHolder">Lin Feng</span></div><div class="powered-by">Powered by <a '
            f'href="https://hexo.io/" rel="noopener" target="_blank">Hexo</a> &amp; <a href="https://theme-next.js.org/'
            f'" rel="noopener" target="_blank">NexT.Gemini</a></div></div></footer>'
            f'<script src="/js/next-boot.js"></script></body></html>').encode()


def _hx_meta(key: str) -> str:
    date = INKWELL[key][2]
    cat = HX_CATS[key]
    return (f'<div class="post-meta-container"><div class="post-meta"><span class="post-meta-item"><span class="post-'
            f'meta-item-icon"><i class="far fa-calendar"></i></span><span class="post-meta-item-text">Posted on</span> '
            f'<time title="Created: {date} 21:14:05" itemprop="dateCreated datePublished" datetime="{date}T21:14:05'
            f'+08:00">{date}</time></span><span class="post-meta-item"><span class="post-meta-item-icon"><i class="far '
            f'fa-folder"></i></span><span class="post-meta-item-text">In</span> <span itemprop="about" itemscope '
            f'itemtype="http://schema.org/Thing"><a href="/categories/{cat}/" itemprop="url" rel="index"><span '
            f'itemprop="name">{cat}</span></a></span></span></div></div>')


def hx_post(key: str, x: X, prev: str | None, nxt: str | None) -> Doc:
    title, author, date, grade, paras = INKWELL[key]
    path = INKWELL_PATHS[key]
    body = ps(paras[:1]) + '<a id="more"></a>' + ps(paras[1:])
    if key == "i1":
        body += (f'<p>There is now research on this, too: <a href="{x("commons.example", "/jlp/vol9/iss1/2/")}">a '
                 f"scoping review of virtual mentoring for academic librarians</a>.</p>")
    tags = "".join(f'<a href="/tags/{t}/" rel="tag"># {t}</a>' for t in HX_TAGS[key])
    nav = '<div class="post-nav">'
    if nxt:
        nav += (f'<div class="post-nav-item"><a href="{nxt}" rel="next" title="newer"><i class="fa fa-angle-left"></i>'
                f" Newer</a></div>")
    if prev:
        nav += (f'<div class="post-nav-item"><a href="{prev}" rel="prev" title="older">Older <i class="fa fa-angle-'
                f'right"></i></a></div>')
    nav += "</div>"
    inner = (f'<div class="post-block"><article itemscope itemtype="http://schema.org/Article" class="post-content" '
             f'lang="en"><link itemprop="mainEntityOfPage" href="{x("inkwell.example", path)}"><span hidden '
             f'itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="image" content="/images/'
             f'avatar.png"><meta itemprop="name" content="{esc(author)}"></span><span hidden itemprop="publisher" '
             f'itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="{HX}"></span>'
             f'<header class="post-header"><h1 class="post-title" itemprop="name headline">{esc(title)}</h1>'
             f'{_hx_meta(key)}</header><div class="post-body" itemprop="articleBody">{body}</div><footer '
             f'class="post-footer"><div class="post-tags">{tags}</div>{nav}</footer></article></div>'
             f'<div class="comments utterances-container"></div>')
    head = (f'<meta name="description" content="{esc(paras[0][:150])}"><meta property="article:published_time" '
            f'content="{date}T13:14:05.000Z"><meta property="article:author" content="{esc(author)}">'
            + "".join(f'<meta property="article:tag" content="{t}">' for t in HX_TAGS[key]))
    return Doc("inkwell.example", path, "article", grade,
               _hx_page(x, path, f"{title} | {HX}", inner, "article", head, "post posts-expand"))


def _hx_excerpts(keys: list[str]) -> str:
    return "".join(
        f'<div class="post-block"><article itemscope itemtype="http://schema.org/Article" class="post-content" '
        f'lang="en"><header class="post-header"><h2 class="post-title" itemprop="name headline"><a href="'
        f'{INKWELL_PATHS[k]}" class="post-title-link" itemprop="url">{esc(INKWELL[k][0])}</a></h2>{_hx_meta(k)}'
        f'</header><div class="post-body" itemprop="articleBody"><p>{esc(INKWELL[k][4][0])}</p><div class="post-'
        f'button"><a class="btn" href="{INKWELL_PATHS[k]}#more" rel="contents">Read more &raquo;</a></div></div>'
        f"</article></div>" for k in keys)


def _hx_collapse(heading: str, small: str, keys: list[str]) -> str:
    years: dict[str, list[str]] = {}
    for k in keys:
        years.setdefault(INKWELL[k][2][:4], []).append(k)
    out = (f'<div class="post-block"><div class="posts-collapse"><div class="collection-title"><h1 class="collection-'
           f'header">{esc(heading)}<small>{small}</small></h1></div>')
    for y, ks in years.items():
        out += f'<div class="collection-year"><span class="collection-header">{y}</span></div>'
        out += "".join(f'<article itemscope itemtype="http://schema.org/Article"><header class="post-header"><div '
                       f'class="post-meta-container"><time itemprop="dateCreated" datetime="{INKWELL[k][2]}T21:14:05'
                       f'+08:00" content="{INKWELL[k][2]}">{INKWELL[k][2][5:]}</time></div><div class="post-title"><a '
                       f'class="post-title-link" href="{INKWELL_PATHS[k]}" itemprop="url"><span itemprop="name">'
                       f"{esc(INKWELL[k][0])}</span></a></div></header></article>" for k in ks)
    return out + "</div></div>"


def inkwell(x: X) -> list[Doc]:
    keys = list(INKWELL)
    docs = [hx_post(k, x, INKWELL_PATHS[keys[i + 1]] if i + 1 < len(keys) else None,
                    INKWELL_PATHS[keys[i - 1]] if i else None) for i, k in enumerate(keys)]
    pager1 = ('<nav class="pagination"><span class="page-number current">1</span><a class="page-number" href="/page/2/">'
              '2</a><a class="extend next" rel="next" title="Next page" aria-label="Next page" href="/page/2/"><i '
              'class="fa fa-angle-right"></i></a></nav>')
    pager2 = ('<nav class="pagination"><a class="extend prev" rel="prev" title="Previous page" aria-label="Previous '
              'page" href="/"><i class="fa fa-angle-left"></i></a><a class="page-number" href="/">1</a><span '
              'class="page-number current">2</span></nav>')
    docs.append(Doc("inkwell.example", "/", "home", 0, _hx_page(
        x, "/", f"{HX} - {HX_SUB}", _hx_excerpts(keys[:4]) + pager1, head='<link rel="next" href="/page/2/">',
        body_extra="index posts-expand")))
    docs.append(Doc("inkwell.example", "/page/2/", "listing", 0, _hx_page(
        x, "/page/2/", HX, _hx_excerpts(keys[4:]) + pager2, head='<link rel="prev" href="/">',
        body_extra="index posts-expand")))
    docs.append(Doc("inkwell.example", "/archives/", "listing", 0, _hx_page(
        x, "/archives/", f"Archives | {HX}", '<div class="post-block"><div class="posts-collapse"><div class="collection-'
        f'header">Um..! {len(keys)} posts in total. Keep on posting.</div></div></div>'
        + _hx_collapse("Archives", "", keys), body_extra="archive")))
    for t in ("mentoring", "cataloging"):
        docs.append(Doc("inkwell.example", f"/tags/{t}/", "tag", 0, _hx_page(
            x, f"/tags/{t}/", f"Tag: {t} | {HX}", _hx_collapse(t, "Tag", [k for k in keys if t in HX_TAGS[k]]),
            body_extra="tag")))
    for c in ("Work", "Life"):
        docs.append(Doc("inkwell.example", f"/categories/{c}/", "category", 0, _hx_page(
            x, f"/categories/{c}/", f"Category: {c} | {HX}",
            _hx_collapse(c, "Category", [k for k in keys if HX_CATS[k] == c]), body_extra="category")))
    about = ('<div class="post-block"><article class="post-content" lang="en"><header class="post-header"><h1 class="'
             'post-title" itemprop="name headline">About</h1></header><div class="post-body">' + ps((
                 "I am Lin Feng, a cataloguer at a university library. I have been cataloguing since 2015, most of it "
                 "learned from people on mailing lists and, later, on Discord and Mastodon, who were generous with "
                 "their time.",
                 "This notebook is where I keep notes on RDA and MARC, on the people who taught me, and on the odd "
                 "trip. Comments are via GitHub.")) + "</div></article></div>")
    docs.append(Doc("inkwell.example", "/about/", "about", 0, _hx_page(x, "/about/", f"About | {HX}", about,
                                                                       body_extra="page posts-expand")))
    return docs


# --- Bear Blog (smallfiles.example) -----------------------------------------------------------------------------

BR = "small files"
BR_TAGS = {"b1": ["mentoring"], "b4": ["mentoring"]}
BEAR_PATHS = {k: "/" + slugify(v[0]) + "/" for k, v in BEAR.items()}
BR_STYLE = (":root{--width:720px;--font-main:Verdana,sans-serif;--background-color:#fff;--heading-color:#222;"
            "--text-color:#444;--link-color:#3273dc}body{font-family:var(--font-main);margin:auto;padding:20px;"
            "max-width:var(--width);text-align:left;word-wrap:break-word;overflow-wrap:break-word;line-height:1.5;"
            "color:var(--text-color)}ul.blog-posts{list-style-type:none;padding:unset}ul.blog-posts li{display:flex}"
            "ul.blog-posts li span{flex:0 0 130px}")


def _br_page(x: X, path: str, title: str, body_class: str, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="shortcut icon" '
            f'href="data:image/svg+xml,&lt;svg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 100 100%22&gt;'
            f'&lt;/svg&gt;"><title>{esc(title)}</title><link rel="canonical" href="{x("smallfiles.example", path)}">'
            f'<meta property="og:site_name" content="{BR}"><meta property="og:title" content="{esc(title)}">'
            f'<meta property="og:url" content="{x("smallfiles.example", path)}">{head}'
            f'<link href="/feed/" type="application/atom+xml" title="{BR}" rel="alternate"><style>{BR_STYLE}</style>'
            f'</head><body class="{body_class}"><header><a class="title" href="/"><h2>{BR}</h2></a><nav><p><a '
            f'href="/">Home</a> <a href="/blog/">Blog</a> <a href="{x("inkwell.example", "/")}">Inkwell</a> </p></nav>'
            f'</header><main>{main}</main><footer>Powered by <a href="https://bearblog.dev">&#x0295;&#x2022;&#x1d25;'
            f"&#x2022;&#x0294; Bear</a></footer></body></html>").encode()


def _br_list(keys: list[str]) -> str:
    return '<ul class="blog-posts">' + "".join(
        f'<li><span><i><time datetime="{BEAR[k][2]}T09:30Z">{human(BEAR[k][2], "%d %b, %Y")}</time></i></span><a '
        f'href="{BEAR_PATHS[k]}">{esc(BEAR[k][0])}</a></li>' for k in sorted(keys, key=lambda k: BEAR[k][2],
                                                                              reverse=True)) + "</ul>"


def smallfiles(x: X) -> list[Doc]:
    docs = []
    for k, (title, author, date, grade, paras) in BEAR.items():
        extra = ""
        if k == "b4":
            extra = (f'<p>(Hannah wrote about <a href="{x("stacks.example", _gp_path("s1"))}">finding a mentor on a '
                     f"Discord server</a>, which is a similar story.)</p>")
        tags = "".join(f'<a href="/blog/?q={t}">#{t}</a> ' for t in BR_TAGS.get(k, []))
        main = (f'<h1>{esc(title)}</h1><p><i><time datetime="{date}T09:30Z">{human(date, "%d %b, %Y")}</time></i></p>'
                f'<div class="post-content">{ps(paras)}{extra}</div>'
                + (f'<p class="tags">{tags}</p>' if tags else "")
                + '<p><form id="upvote-form" action="/upvote/" method="post" style="display:inline"><small><input '
                  'hidden name="uid" value="mBq2cVdWZ7"><button class="upvote-button" title="Toast this post">'
                  '<svg viewBox="0 0 24 24" width="24" height="24"></svg><span class="upvote-count">9</span></button>'
                  "</small></form></p>")
        head = (f'<meta property="og:type" content="article"><meta name="description" content="{esc(paras[0][:150])}">'
                f'<meta property="article:published_time" content="{date}T09:30:00+00:00">')
        docs.append(Doc("smallfiles.example", BEAR_PATHS[k], "article", grade,
                        _br_page(x, BEAR_PATHS[k], f"{title} | {BR}", "post", main, head)))
    keys = list(BEAR)
    home = ("<p>Notes from a county record office: boxes, ledgers, finding aids and the people who keep them. By "
            "Noor.</p><h3>Recent posts</h3>" + _br_list(keys[:3]) + '<p><a href="/blog/">All posts</a></p>')
    docs.append(Doc("smallfiles.example", "/", "home", 0, _br_page(x, "/", BR, "home", home,
                                                                   '<meta property="og:type" content="website">')))
    docs.append(Doc("smallfiles.example", "/blog/", "listing", 0, _br_page(
        x, "/blog/", f"Blog | {BR}", "blog", "<h1>Blog</h1>" + _br_list(keys))))
    docs.append(Doc("smallfiles.example", "/blog/?q=mentoring", "tag", 0, _br_page(
        x, "/blog/?q=mentoring", f"Blog | {BR}", "blog", '<h1>Blog</h1><p><small>Filtering for "mentoring"</small>'
        "</p>" + _br_list([k for k in keys if "mentoring" in BR_TAGS.get(k, [])]))))
    return docs


# --- bepress Digital Commons (commons.example) -------------------------------------------------------------------

DC = "Lakeshore Scholar Commons"
DC_JOURNAL = "Journal of Library Practice"
DC_RECORDS = {  # key -> (path, pdf path or None, series, volume/issue/first/last or None)
    "c1": ("/jlp/vol9/iss1/2/", "/cgi/viewcontent.cgi?article=1044&context=jlp", "jlp", ("9", "1", "12", "31")),
    "c2": ("/jlp/vol9/iss1/3/", "/cgi/viewcontent.cgi?article=1045&context=jlp", "jlp", ("9", "1", "32", "47")),
    "c3": ("/etd/214/", None, "etd", None),
    "c4": ("/etd/221/", "/cgi/viewcontent.cgi?article=1221&context=etd", "etd", None),
}
DC_PROFILE = "/maria-okafor/"
DC_BANNER, DC_SUBMIT, DC_ACCOUNT = "/assets/md5images/banner.gif", "/cgi/ir_submit.cgi?context=jlp", "/cgi/myaccount.cgi?context="


def _dc_page(x: X, title: str, main: str, head: str = "", body_id: str = "") -> bytes:
    def u(p):
        return x("commons.example", p)
    tabs = "".join(f'<li id="{i}"><a href="{u(p)}" title="{t}"><span>{t}</span></a></li>' for i, p, t in (
        ("tabone", "/", "Home"), ("tabtwo", "/do/search/advanced/", "Search"), ("tabthree", "/communities.html",
                                                                                 "Browse Collections"),
        ("tabfour", "/cgi/myaccount.cgi?context=", "My Account"), ("tabfive", "/about.html", "About")))
    return (f'<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f'<title>{title}</title><meta name="viewport" content="width=device-width">{head}'
            f'<link rel="stylesheet" href="{u("/ir-style.css")}" type="text/css" media="screen"><link rel="alternate" '
            f'type="application/rss+xml" title="{DC} Newsfeed" href="{u("/recent.rss")}"></head>'
            f'<body id="{body_id or "geo-series"}"><div id="lakeshore"><div id="container"><a href="#main" '
            f'class="skiplink" accesskey="2">Skip to main content</a><div id="header"><a href="{u("/")}" id="banner_'
            f'link" title="{DC}"><img id="banner_image" alt="{DC}" width="980" height="124" src="{u(DC_BANNER)}">'
            f'</a></div><div id="navigation"><div id="tabs" role="navigation"><ul>{tabs}</ul></div>'
            f'</div><div id="wrapper"><div id="content"><div id="main" class="text">{main}</div></div>'
            f'<div id="sidebar" role="complementary"><h2>Browse</h2><ul class="sb-custom-ul"><li class="sb-custom-li">'
            f'<a href="{u("/communities.html")}">Collections</a></li><li><a href="{u("/peer_review_list.html")}">'
            f'Disciplines</a></li><li><a href="{u("/authors.html")}">Authors</a></li></ul><h2>Author Corner</h2><ul '
            f'class="sb-custom-ul"><li><a href="{u("/faq.html")}">Author FAQ</a></li><li><a href="{u(DC_SUBMIT)}">'
            f'Submit Research</a></li></ul><div id="lakeshore-logo"><p>Lakeshore University '
            f"Library</p></div></div></div><div id=\"footer\" role=\"contentinfo\"><p><a href=\"{u('/')}\">Home</a> | "
            f'<a href="{u("/about.html")}">About</a> | <a href="{u("/faq.html")}">FAQ</a> | <a href="'
            f'{u(DC_ACCOUNT)}">My Account</a> | <a href="{u("/accessibility.html")}">Accessibility '
            f'Statement</a></p><p><a class="secondary-link" href="https://www.elsevier.com/legal/privacy-policy">'
            f'Privacy</a> <a class="secondary-link" href="https://www.elsevier.com/legal/elsevier-website-terms-and-'
            f'conditions">Copyright</a></p></div></div></div>'
            f'<script type="text/javascript" src="{u("/assets/scripts/jquery-1.11.1.min.js")}"></script></body></html>'
            ).encode()


def _dc_author_search(name: str) -> str:
    return f"/do/search/?q=author_lname%3A%22{name.split()[-1]}%22&start=0&context=4417209"


def _dc_citation(key: str) -> str:
    title, authors, date, *_ = COMMONS[key]
    names = [f"{a.split()[-1]}, {a.split()[0][0]}." for a in authors]
    who = " and ".join(names) if len(names) < 3 else ", ".join(names)
    _, _, series, vol = DC_RECORDS[key]
    if vol:
        return (f"{who} ({date[:4]}). {esc(title)}. <em>{DC_JOURNAL}, {vol[0]}</em>({vol[1]}), {vol[2]}-{vol[3]}.")
    return f"{who}, &quot;{esc(title)}&quot; ({date[:4]}). <em>Graduate Theses and Dissertations</em>."


def dc_record(key: str, x: X) -> list[Doc]:
    def u(p):
        return x("commons.example", p)
    title, authors, date, grade, abstract, keywords, full = COMMONS[key]
    path, pdf_path, series, vol = DC_RECORDS[key]
    meta = "".join(f'<meta name="bepress_citation_author" content="{esc(a.split()[-1])}, {esc(a.split()[0])}">'
                   f'<meta name="bepress_citation_author_institution" content="Lakeshore University">' for a in authors)
    meta += (f'<meta name="bepress_citation_title" content="{esc(title)}"><meta name="bepress_citation_date" '
             f'content="{date[:4]}"><meta name="bepress_citation_online_date" content="{date.replace("-", "/")}">'
             f'<meta name="bepress_citation_abstract_html_url" content="{u(path)}">'
             f'<meta name="description" content="{esc(abstract[:300])}">'
             f'<meta name="keywords" content="{esc(keywords)}"><meta name="bepress_is_article_cover_page" content="1">')
    if vol:
        meta += (f'<meta name="bepress_citation_journal_title" content="{DC_JOURNAL}"><meta name="bepress_citation_'
                 f'volume" content="{vol[0]}"><meta name="bepress_citation_issue" content="{vol[1]}"><meta name="'
                 f'bepress_citation_firstpage" content="{vol[2]}"><meta name="bepress_citation_lastpage" content="'
                 f'{vol[3]}"><meta name="bepress_citation_issn" content="2381-4420">')
    else:
        meta += '<meta name="bepress_citation_dissertation_institution" content="Lakeshore University">'
    if pdf_path:
        meta += f'<meta name="bepress_citation_pdf_url" content="{esc(u(pdf_path))}">'
    by = " and ".join(authors) if len(authors) < 3 else ", ".join(authors)
    crumbs = (f'<a href="{u("/")}">Home</a> &gt; <a href="{u("/jlp/")}">{DC_JOURNAL}</a> &gt; <a href="'
              f'{u("/jlp/vol9/iss1/")}">Vol. 9, Iss. 1</a>' if vol else
              f'<a href="{u("/")}">Home</a> &gt; <a href="{u("/etd/")}">Graduate Theses and Dissertations</a>')
    author_html = "".join(
        f'<p class="author"><a href="{u(DC_PROFILE) if a == "Maria Okafor" else u(_dc_author_search(a))}">'
        f'<strong>{esc(a)}</strong></a><br><em>Lakeshore University</em></p>' for a in authors)
    download = (f'<div id="beta_7-3" class="element"><h2 class="field-heading visually-hidden">Download</h2><p><a '
                f'id="pdf" href="{esc(u(pdf_path))}" class="btn" title="PDF (486 KB) opens in new window" '
                f'target="_blank">Download</a></p><p class="download-count">1,204 DOWNLOADS</p></div>' if pdf_path else
                '<div id="beta_7-3" class="element"><p><strong>Restricted Access</strong>: this thesis is available '
                "to Lakeshore University users only.</p></div>")
    main = (f'<div id="breadcrumb"><ul id="pager"><li>&nbsp;</li></ul><div class="crumbs"><p>{crumbs}</p></div></div>'
            f'<div id="series-header"><h2 id="series-title"><a href="{u("/jlp/" if vol else "/etd/")}">'
            f'{DC_JOURNAL if vol else "Graduate Theses and Dissertations"}</a></h2></div>'
            f'<div id="alpha"><div id="title" class="element"><h1><a href="{esc(u(pdf_path)) if pdf_path else u(path)}">'
            f'{esc(title)}</a></h1></div><div id="authors" class="element"><h2 class="visually-hidden">Authors</h2>'
            f'{author_html}</div><div id="publication_date" class="element"><h4>Publication Date</h4><p>'
            f'{human(date, "%-m-%-d-%Y")}</p></div><div id="abstract" class="element"><h4>Abstract</h4><p>'
            f'{esc(abstract)}</p></div><div id="keywords" class="element"><h4>Keywords</h4><p>{esc(keywords)}</p>'
            f'</div><div id="recommended_citation" class="element"><h4>Recommended Citation</h4><p '
            f'class="citation">{_dc_citation(key)}</p></div></div><div id="beta-disciplines" class="aside">'
            f'{download}<div id="share" class="element"><h2>Share</h2></div><div id="coins"><span class="Z3988" '
            f'title="ctx_ver=Z39.88-2004&amp;rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Ajournal"></span></div></div>')
    docs = [Doc("commons.example", path, "journal-article", grade, _dc_page(
        x, f"&quot;{esc(title)}&quot; by {esc(by)}", main, meta, "geo-series" if not vol else "journal"))]
    if pdf_path:
        lines = [title, ", ".join(authors), (f"{DC_JOURNAL}, Volume {vol[0]}, Issue {vol[1]} ({date[:4]})" if vol else
                                             f"A thesis submitted to Lakeshore University, {date[:4]}"), "",
                 "Abstract"] + textwrap.wrap(abstract, 92) + [""]
        for p in full:
            lines += textwrap.wrap(p, 92) + [""]
        docs.append(Doc("commons.example", pdf_path, "document", grade, pdf(lines), "application/pdf"))
    return docs


def _dc_toc(x: X, keys: list[str]) -> str:
    def u(p):
        return x("commons.example", p)
    return "".join(
        f'<div class="doc">' + (f'<p class="pdf"><a href="{esc(u(DC_RECORDS[k][1]))}" target="_blank" title="Download '
                                f'PDF of {esc(COMMONS[k][0])} (486 KB)" aria-label="Download PDF">PDF</a></p>'
                                if DC_RECORDS[k][1] else "")
        + f'<p><a href="{u(DC_RECORDS[k][0])}">{esc(COMMONS[k][0])}</a><br><span class="auth">'
          f'{esc(", ".join(COMMONS[k][1]))}</span></p></div>' for k in keys)


def commons(x: X) -> list[Doc]:
    def u(p):
        return x("commons.example", p)
    docs = []
    for k in COMMONS:
        docs += dc_record(k, x)
    journal = ["c1", "c2"]
    toc = (f'<div id="series-header"><h2 id="series-title">{DC_JOURNAL}</h2></div><h1>Volume 9, Issue 1 (2023)</h1>'
           f'<div class="article-list"><h2 id="article">Articles</h2>{_dc_toc(x, journal)}</div>')
    docs.append(Doc("commons.example", "/jlp/vol9/iss1/", "listing", 0, _dc_page(
        x, f"{DC_JOURNAL} | Vol 9 | Iss 1", toc, body_id="journal")))
    jhome = (f'<div id="series-header"><h1 id="series-title">{DC_JOURNAL}</h1></div><div id="series-home"><p>The '
             f"{DC_JOURNAL} is an open access, peer-reviewed journal for practitioners in academic, public and "
             f'special libraries, published twice a year by Lakeshore University Library.</p><h2 class="vol">Current '
             f'Issue: <a href="{u("/jlp/vol9/iss1/")}">Volume 9, Issue 1 (2023)</a></h2><div class="article-list">'
             f'{_dc_toc(x, journal)}</div></div>')
    docs.append(Doc("commons.example", "/jlp/", "listing", 0, _dc_page(x, DC_JOURNAL, jhome, body_id="journal")))
    etd = (f'<h1>Graduate Theses and Dissertations</h1><p>Theses and dissertations by graduate students of the '
           f'School of Information, Lakeshore University.</p><h3>2023</h3>{_dc_toc(x, ["c4"])}<h3>2022</h3>'
           f'{_dc_toc(x, ["c3"])}')
    docs.append(Doc("commons.example", "/etd/", "listing", 0, _dc_page(
        x, f"Graduate Theses and Dissertations | {DC}", etd)))
    home = (f'<div id="home-page-banner"><h1>{DC}</h1><p>{DC} is the open access repository of Lakeshore University: '
            f"its journals, theses and the research of its faculty and students.</p></div>"
            f'<h2>Featured Collections</h2><ul><li><a href="{u("/jlp/")}">{DC_JOURNAL}</a></li><li><a href="'
            f'{u("/etd/")}">Graduate Theses and Dissertations</a></li></ul><h2>Recent Additions</h2>'
            f'<div class="article-list">{_dc_toc(x, ["c4", "c1"])}</div><h2>Featured Author</h2><p><a href="'
            f'{u(DC_PROFILE)}">Maria Okafor</a>, School of Information</p>')
    docs.append(Doc("commons.example", "/", "home", 0, _dc_page(x, DC, home, body_id="home")))
    prof = (f'<div class="sw-profile" itemscope itemtype="http://schema.org/Person"><h1 itemprop="name">Maria Okafor'
            f'</h1><p class="title" itemprop="jobTitle">Associate Professor, School of Information</p><div '
            f'class="bio"><p>Maria Okafor studies mentoring and professional development in academic libraries, '
            f"including e-mentoring and mentoring in online communities and on social media.</p></div><h2>Works</h2>"
            f'{_dc_toc(x, ["c1"])}<h2>Research Interests</h2><ul><li>Mentoring</li><li>Early-career librarians'
            f"</li><li>Online communities</li></ul></div>")
    docs.append(Doc("commons.example", DC_PROFILE, "profile", 0, _dc_page(
        x, f"Maria Okafor | {DC}", prof, '<meta property="og:type" content="profile">', "selectedworks")))
    hits = "".join(f'<div class="result"><span class="type">{"Article" if DC_RECORDS[k][3] else "Thesis"}</span><h3>'
                   f'<a href="{u(DC_RECORDS[k][0])}">{esc(COMMONS[k][0])}</a></h3><p class="auth">{esc(", ".join(COMMONS[k][1]))}'
                   f'</p><p class="snippet">{cut(COMMONS[k][4], 240)}</p></div>' for k in ("c1", "c4", "c2"))
    search = (f'<h1>Search Results</h1><form action="{u("/do/search/")}" method="get"><input type="text" name="q" '
              f'value="mentoring"><input type="hidden" name="context" value="4417209"><button type="submit">Search'
              f'</button></form><p class="count">3 results for <strong>mentoring</strong> in {DC}</p>'
              f'<div class="results">{hits}</div>')
    docs.append(Doc("commons.example", DC_SEARCH, "search", 0, _dc_page(x, f"Search Results | {DC}", search,
                                                                        body_id="search")))
    return docs


# --- PubPub (jnl.example) --------------------------------------------------------------------------------------

PP = "Networked Practice"
PP_IDS = {"p1": "x7k2m9qa", "p2": "hb3n0r5t", "p3": "edit-openreview", "p4": "q1w8e2c4"}
PUBPUB_PATHS = {k: f"/pub/{v}/release/1" for k, v in PP_IDS.items()}
PP_SECTIONS = ("Introduction", "Program Design", "Findings", "Discussion", "Limitations")


def _pp_page(x: X, title: str, main: str, head: str = "") -> bytes:
    def u(p):
        return x("jnl.example", p)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
            f'width, initial-scale=1"><title>{esc(title)}</title><meta property="og:site_name" content="{PP}">'
            f'<meta name="twitter:site" content="@pubpub">{head}<link rel="stylesheet" href="/static/main.css">'
            f'<link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml"></head>'
            f'<body><div id="root"><div id="app" class="app-container"><div class="skip-link"><a href="#main-content">'
            f'Skip to main content</a></div><nav class="header-component dark-header" aria-label="Main"><div '
            f'class="container"><div class="row"><div class="col-12"><div class="header-content"><a href="{u("/")}" '
            f'class="logo"><span class="title">{PP}</span></a><div class="buttons"><a href="{u("/search")}" class="bp3-'
            f'button bp3-minimal" aria-label="Search"><span class="bp3-icon bp3-icon-search"></span></a><a href="'
            f'{u("/login")}" class="bp3-button">Login</a></div></div></div></div></div></nav><nav class="nav-bar-'
            f'component accent-background" aria-label="Sections"><div class="container"><ul><li><a href="{u("/")}">'
            f'Home</a></li><li><a href="{u("/volume-3")}">Volume 3</a></li><li><a href="{u("/about")}">About</a></li>'
            f'</ul></div></nav><div id="main-content" tabindex="-1">{main}</div><footer class="footer-component '
            f'accent-background"><div class="container"><div class="row"><div class="col-12"><div class="left"><ul '
            f'class="social-list"><li><a href="{u("/about")}">About</a></li><li><a href="{u("/rss.xml")}">RSS</a>'
            f'</li><li><a href="https://www.pubpub.org/legal/terms">Legal</a></li></ul></div><div class="right">'
            f'<a href="https://www.pubpub.org" class="pubpub-logo">Built on PubPub</a></div></div></div></div>'
            f"</footer></div></div></body></html>").encode()


def _pp_card(x: X, k: str) -> str:
    title, authors, date, _, label, paras = PUBPUB[k]
    return (f'<div class="pub-preview-component"><div class="top-line"><span class="pub-header-themed-box">'
            f'{label}</span></div><a href="{x("jnl.example", PUBPUB_PATHS[k])}" class="title-text"><h3>{esc(title)}'
            f'</h3></a><div class="byline-component"><span class="byline-name">by {esc(" and ".join(authors))}</span>'
            f'</div><div class="published-date">Published on {human(date, "%b %d, %Y")}</div><div class="description">'
            f"{cut(paras[0], 200)}</div></div>")


def pp_pub(k: str, x: X) -> Doc:
    title, authors, date, grade, label, paras = PUBPUB[k]
    path = PUBPUB_PATHS[k]
    doi = f"10.21428/7f2e1a93.{PP_IDS[k][:8]}"
    if label == "Research Article":
        heads = ("Abstract",) + PP_SECTIONS[1:len(paras)] if k == "p1" else (
            "Abstract", "Findings", "Discussion", "Conclusion")[:len(paras)]
        body = "".join(f'<h2 id="n{i}">{h}</h2><p>{esc(p)}</p>' for i, (h, p) in enumerate(zip(heads, paras)))
    else:
        body = ps(paras)
    refs = ""
    if k == "p1":
        refs = (f'<div class="references-list"><h2>References</h2><ol><li id="r1">Okafor, M., &amp; Weiss, D. (2023). '
                f'Virtual mentoring for early-career academic librarians: A scoping review. <em>{DC_JOURNAL}</em>, 9(1), '
                f'12-31. <a href="{x("commons.example", "/jlp/vol9/iss1/2/")}">{x("commons.example", "/jlp/vol9/iss1/2/")}'
                f"</a></li><li>Kram, K. E. (1985). <em>Mentoring at work</em>. Scott, Foresman.</li></ol></div>")
    meta = "".join(f'<meta name="citation_author" content="{esc(a)}">' for a in authors)
    meta += (f'<meta name="citation_title" content="{esc(title)}"><meta name="citation_journal_title" content="{PP}">'
             f'<meta name="citation_publication_date" content="{date.replace("-", "/")}"><meta name="citation_doi" '
             f'content="{doi}"><meta name="citation_volume" content="3"><meta property="og:type" content="article">'
             f'<meta property="og:title" content="{esc(title)}"><meta property="og:url" content="{x("jnl.example", path)}">'
             f'<meta name="description" content="{esc(paras[0][:160])}"><meta property="article:published_time" '
             f'content="{date}T00:00:00.000Z"><link rel="canonical" href="{x("jnl.example", path)}">')
    main = (f'<div id="pub-container"><div class="pub-header-component pub-header-themed-component"><div class="container '
            f'pub"><div class="pub-header-content-component"><div class="top-line"><span class="pub-header-themed-box">'
            f'{label}</span> <a href="{x("jnl.example", "/volume-3")}" class="collection-link">Volume 3</a></div>'
            f'<h1 class="title-editor-component">{esc(title)}</h1><div class="byline-component"><span>by </span>'
            + " and ".join(f'<span class="byline-name">{esc(a)}</span>' for a in authors)
            + f'</div><div class="details-row"><span class="published-date">Published on {human(date, "%b %d, %Y")}'
              f'</span> <span class="doi">DOI: <a href="https://doi.org/{doi}">{doi}</a></span></div></div></div></div>'
              f'<div class="pub-body-component"><div class="pub-document-body"><div class="editor ProseMirror" '
              f'translate="no">{body}</div></div></div><div class="pub-bottom-component"><div class="container pub">'
              f'{refs}<div class="pub-bottom-license"><p>This work is licensed under a Creative Commons Attribution '
              f'4.0 International License (CC-BY 4.0).</p></div><div class="discussions"><h2>Comments</h2><p>0 '
              f"Comments</p></div></div></div></div>")
    return Doc("jnl.example", path, "journal-article", grade, _pp_page(x, f"{title} · {PP}", main, meta))


def jnl(x: X) -> list[Doc]:
    docs = [pp_pub(k, x) for k in PUBPUB]
    order = sorted(PUBPUB, key=lambda k: PUBPUB[k][2], reverse=True)
    home = (f'<div class="layout-banner-component"><div class="container"><h1>{PP}</h1><p>An open access journal of '
            f"research and practice on how library workers learn, organise and support one another, online and "
            f'off.</p></div></div><div class="layout-pubs-component"><div class="container"><h2>Latest</h2>'
            + "".join(_pp_card(x, k) for k in order) + "</div></div>")
    docs.append(Doc("jnl.example", "/", "home", 0, _pp_page(x, PP, home, '<meta property="og:type" '
                                                                         'content="website">')))
    vol = (f'<div class="collection-header-component"><div class="container"><div class="top-line">Issue</div>'
           f'<h1>Volume 3 (2023)</h1><p>Contents</p></div></div><div class="layout-pubs-component"><div '
           f'class="container">' + "".join(_pp_card(x, k) for k in ("p1", "p2", "p4", "p3")) + "</div></div>")
    docs.append(Doc("jnl.example", "/volume-3", "listing", 0, _pp_page(x, f"Volume 3 (2023) · {PP}", vol)))
    about = ('<div class="container"><h1>About</h1>' + ps((
        f"{PP} publishes research articles, case studies and essays on professional learning among library workers: "
        "mentoring, communities of practice, online networks and continuing education.",
        "The journal is diamond open access: free to read and free to publish. Articles are peer reviewed. The "
        "editors are Alicia Moreno and Kwame Boateng.")) + "</div>")
    docs.append(Doc("jnl.example", "/about", "about", 0, _pp_page(x, f"About · {PP}", about)))
    search = ('<div class="search-component"><div class="container"><h1>Search</h1><div class="bp3-input-group '
              'bp3-large"><input type="text" class="bp3-input" placeholder="Search for articles" value=""></div>'
              '<div class="results"><div class="bp3-non-ideal-state">Type to search this community.</div></div>'
              "</div></div>")
    docs.append(Doc("jnl.example", "/search", "search", 0, _pp_page(x, f"Search · {PP}", search)))
    return docs


# --- Mailchimp campaign archive (campaign.example) ----------------------------------------------------------------

MC = "Rural Libraries Collective"
MC_IDS = {"m1": "7a3e91c0f2", "m2": "b84d2c6e15", "m3": "0c9f5a7d38", "m4": "e21b4f8a60"}
MAILCHIMP_PATHS = {k: f"/?u={MC_U}&id={v}" for k, v in MC_IDS.items()}


def mc_campaign(k: str, x: X) -> Doc:
    subject, date, grade, items = MAILCHIMP[k]
    path = MAILCHIMP_PATHS[k]

    def u(p):
        return x("campaign.example", p)
    blocks = ""
    for heading, text in items:
        text_html = esc(text)
        blocks += (f'<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" '
                   f'style="min-width:100%;"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlock'
                   f'Inner" style="padding-top:9px;"><table align="left" border="0" cellpadding="0" cellspacing="0" '
                   f'style="max-width:100%; min-width:100%;" width="100%" class="mcnTextContentContainer"><tbody><tr>'
                   f'<td valign="top" class="mcnTextContent" style="padding: 0px 18px 9px;">'
                   + (f"<h2>{esc(heading)}</h2>" if heading else "") + f"<p>{text_html}</p></td></tr></tbody></table>"
                   f"</td></tr></tbody></table>")
    if k == "m1":
        blocks += (f'<table class="mcnTextBlock" width="100%"><tbody class="mcnTextBlockOuter"><tr><td class="mcnText'
                   f'BlockInner"><table class="mcnTextContentContainer" width="100%"><tbody><tr><td class="mcnText'
                   f'Content"><p>Further reading for mentors: <a href="{x("jnl.example", PUBPUB_PATHS["p1"])}" '
                   f'target="_blank">Mentorship at a Distance</a>, a study of a similar programme.</p></td></tr></tbody>'
                   f"</table></td></tr></tbody></table>")
    body = (f'<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" '
            f'xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="UTF-8"><meta http-equiv="X-UA-'
            f'Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{esc(subject)}</title><meta property="og:title" content="{esc(subject)}"><meta property="og:'
            f'description" content="{esc(items[0][1][:140])}"><meta property="og:url" content="{esc(u(path))}">'
            f'<meta property="og:image" content="https://mcusercontent.example/{MC_U}/images/header.png">'
            f'<style type="text/css">p{{margin:10px 0;padding:0;}}table{{border-collapse:collapse;}}#bodyCell'
            f'{{padding:10px;}}.templateContainer{{max-width:600px !important;}}</style></head>'
            f'<body><!--*|IF:MC_PREVIEW_TEXT|*--><span class="mcnPreviewText" style="display:none !important;">'
            f'{esc(items[0][1][:90])}</span><!--*|END:IF|*-->'
            f'<div id="awesomewrap" style="text-align:center;"><div id="awesomebar" class="clearfix"><ul class="right">'
            f'<li><a href="{esc(u(START["campaign.example"]))}" title="View past issues">Past Issues</a></li><li>'
            f'<a href="https://rurallibraries.us21.list-manage.example/subscribe?u={MC_U}&amp;id={MC_LIST}">'
            f'Subscribe</a></li><li><a href="https://us21.campaign-archive.example/feed?u={MC_U}&amp;id={MC_LIST}" '
            f'title="RSS">RSS</a></li></ul></div></div>'
            f'<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" '
            f'id="bodyTable"><tr><td align="center" valign="top" id="bodyCell"><table border="0" cellpadding="0" '
            f'cellspacing="0" width="100%" class="templateContainer"><tr><td valign="top" id="templatePreheader">'
            f'<table class="mcnTextBlock" width="100%"><tbody class="mcnTextBlockOuter"><tr><td class="mcnTextContent"'
            f' style="padding-top:0; padding-right:18px; padding-bottom:9px; padding-left:18px;"><a href="'
            f'{esc(u(path))}" target="_blank">View this email in your browser</a></td></tr></tbody></table></td></tr>'
            f'<tr><td valign="top" id="templateHeader"><table class="mcnImageBlock" width="100%"><tbody><tr><td '
            f'class="mcnImageContent"><img align="center" alt="The Branch Line" src="https://mcusercontent.example/'
            f'{MC_U}/images/header.png" width="564" class="mcnImage"></td></tr></tbody></table></td></tr>'
            f'<tr><td valign="top" id="templateBody">{blocks}</td></tr>'
            f'<tr><td valign="top" id="templateFooter"><table class="mcnTextBlock" width="100%"><tbody><tr><td '
            f'class="mcnTextContent" style="padding-top:0; padding-right:18px; padding-bottom:9px; padding-left:18px;">'
            f"<em>Copyright &copy; 2024 {MC}, All rights reserved.</em><br>You are receiving this email because you "
            f"are a member of the {MC}.<br><br><strong>Our mailing address is:</strong><br>{MC}, The Old Forge, "
            f"Ashby, AB1 2CD<br><br>Want to change how you receive these emails?<br>You can <a href=\"https://rurallibraries.us21.list-"
            f'manage.example/profile?u={MC_U}&amp;id={MC_LIST}">update your preferences</a> or <a href="https://'
            f'rurallibraries.us21.list-manage.example/unsubscribe?u={MC_U}&amp;id={MC_LIST}">unsubscribe from this '
            f'list</a>.</td></tr></tbody>'
            f"</table></td></tr></table></td></tr></table></center></body></html>")
    return Doc("campaign.example", path, "article", grade, body.encode())


def campaign(x: X) -> list[Doc]:
    def u(p):
        return x("campaign.example", p)
    docs = [mc_campaign(k, x) for k in MAILCHIMP]
    items = "".join(f'<li class="campaign">{human(MAILCHIMP[k][1], "%m/%d/%Y")} - <a href="{esc(u(MAILCHIMP_PATHS[k]))}" '
                    f'title="{esc(MAILCHIMP[k][0])}" target="_blank">{esc(MAILCHIMP[k][0])}</a></li>'
                    for k in sorted(MAILCHIMP, key=lambda k: MAILCHIMP[k][1], reverse=True))
    archive = (f'<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>{MC} Email Archive</title>'
               f'<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="alternate" '
               f'type="application/rss+xml" title="RSS" href="https://us21.campaign-archive.example/feed?u={MC_U}'
               f'&amp;id={MC_LIST}"><style>body{{font-family:Helvetica,Arial,sans-serif}}</style></head><body '
               f'id="archive-home"><div id="templateContainer"><div id="templateHeader"><h1 class="archive-title">'
               f'{MC}</h1><h2>Email Archive</h2></div><div id="templateBody"><div class="display_archive">'
               f'<ul>{items}</ul></div></div><div id="templateFooter"><p><a href="https://rurallibraries.us21.list-'
               f'manage.example/subscribe?u={MC_U}&amp;id={MC_LIST}">Subscribe</a> | <a href="https://us21.campaign-'
               f'archive.example/feed?u={MC_U}&amp;id={MC_LIST}">RSS</a></p><p class="mc-badge"><a href="http://eep.'
               f'io/mc-cdb/">Powered by Mailchimp</a></p></div></div></body></html>')
    docs.append(Doc("campaign.example", START["campaign.example"], "listing", 0, archive.encode()))
    return docs


# --- an old-reddit-style subreddit (rlib.example) -------------------------------------------------------------------

RD_IDS = {"r1": "1c8x2kq", "r2": "1bu4r7z", "r3": "1bc9mfw", "r4": "1dsv0ae", "r5": "1arl3pn", "r6": "192hgx4"}
REDDIT_PATHS = {k: f"/r/Librarians/comments/{RD_IDS[k]}/{slugify(v[0]).replace('-', '_')[:50].rstrip('_')}/"
                for k, v in REDDIT.items()}
RD_SEARCH = "/r/Librarians/search?q=mentor&restrict_sr=on"
RD_TOP = "/r/Librarians/top/?t=month"
RD_USER = "/user/torts_and_stacks/"
RD_PAGE2 = "/r/Librarians/?count=25&after=t3_1arl3pn"


def _rd_page(x: X, title: str, content: str, head: str = "", body_class: str = "listing-page") -> bytes:
    def u(p):
        return x("rlib.example", p)
    side = (f'<div class="side"><div class="spacer"><form action="{u("/r/Librarians/search")}" id="search" '
            f'role="search"><input type="text" name="q" placeholder="search" tabindex="20"><input type="checkbox" '
            f'name="restrict_sr" id="restrict_sr" checked><label for="restrict_sr">limit my search to r/Librarians'
            f'</label></form></div><div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a href="'
            f'{u("/r/Librarians/")}" class="hover">Librarians</a></h1><span class="subscribers"><span class="number">'
            f'148,212</span> readers</span><div class="usertext-body"><div class="md"><p>A place for librarians and '
            f"library workers to talk shop. Please read the rules before posting. No homework help; no surveys "
            f"without mod approval.</p></div></div></div></div></div>")
    return (f'<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head><title>'
            f'{esc(title)}</title><meta name="keywords" content=" reddit, reddit.com, vote, comment, submit ">'
            f'<meta name="description" content="r/Librarians: A place for librarians and library workers to talk '
            f'shop.">{head}<meta name="referrer" content="always"><meta http-equiv="Content-Type" content="text/html; '
            f'charset=UTF-8"><link rel="stylesheet" href="https://www.redditstatic.example/reddit.css" type="text/css">'
            f'</head><body class="{body_class} hot-page"><div id="header" role="banner"><a tabindex="1" href="#content" '
            f'id="jumpToContent">jump to content</a><div id="sr-header-area"><div class="width-clip"><div '
            f'class="sr-list"><ul class="flat-list sr-bar hover"><li><a href="{u("/r/popular/")}" class="choice">'
            f'popular</a></li><li><a href="{u("/r/all")}" class="choice">all</a></li></ul></div></div></div><div '
            f'id="header-bottom-left"><a href="{u("/")}" id="header-img" class="default-header" title="">reddit.com'
            f'</a>&nbsp;<span class="hover pagename redditname"><a href="{u("/r/Librarians/")}">Librarians</a></span>'
            f'<ul class="tabmenu "><li class="selected"><a href="{u("/r/Librarians/")}" class="choice">hot</a></li>'
            f'<li><a href="{u("/r/Librarians/new/")}" class="choice">new</a></li><li><a href="{u(RD_TOP)}" '
            f'class="choice">top</a></li></ul></div></div>{side}<a name="content"></a><div class="content" '
            f'role="main">{content}</div><div class="footer-parent"><div class="footer rounded"><div class="col"><ul '
            f'class="flat-vert hover"><li class="flat-vert title">about</li><li><a href="https://www.redditinc.example/'
            f'blog" class="choice">blog</a></li></ul></div></div><p class="bottommenu">Use of this site constitutes '
            f"acceptance of our User Agreement and Privacy Policy. &copy; 2024 reddit inc. All rights reserved.</p>"
            f"</div></body></html>").encode()


def _rd_thing(x: X, k: str, rank: str = "", with_text: bool = False) -> str:
    title, author, date, _, text, comments = REDDIT[k]
    path = REDDIT_PATHS[k]

    def u(p):
        return x("rlib.example", p)
    score = 40 + 17 * len(comments) + 3 * len(title)
    expando = (f'<div class="expando"><form action="#" class="usertext warn-on-unload" id="form-t3_{RD_IDS[k]}"><div '
               f'class="usertext-body may-blank-within md-container "><div class="md"><p>{esc(text)}</p></div></div>'
               f"</form></div>") if with_text else ""
    return (f'<div class=" thing id-t3_{RD_IDS[k]} odd link self" data-fullname="t3_{RD_IDS[k]}" data-author="{author}" '
            f'data-subreddit="Librarians" data-permalink="{path}" data-domain="self.Librarians"><p class="parent"></p>'
            f'<span class="rank">{rank}</span><div class="midcol unvoted"><div class="arrow up login-required" '
            f'role="button" aria-label="upvote" tabindex="0"></div><div class="score unvoted" title="{score}">{score}'
            f'</div><div class="arrow down login-required" role="button" aria-label="downvote" tabindex="0"></div>'
            f'</div><div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank " '
            f'data-event-action="title" href="{u(path)}" tabindex="1">{esc(title)}</a> <span class="domain">(<a '
            f'href="{u("/r/Librarians/")}">self.Librarians</a>)</span></p><p class="tagline ">submitted <time '
            f'title="{date}" datetime="{date}T15:04:11+00:00" class="live-timestamp">{date}</time> by <a href="'
            f'{u("/user/" + author + "/")}" class="author may-blank">{author}</a></p><ul class="flat-list buttons"><li '
            f'class="first"><a href="{u(path)}" data-event-action="comments" class="bylink comments may-blank" '
            f'rel="nofollow">{len(comments)} comments</a></li><li class="share"><a class="post-sharing-button" '
            f'href="javascript: void 0;">share</a></li><li class="link-save-button save-button login-required"><a '
            f'href="#">save</a></li></ul></div>{expando}</div><div class="child"></div><div class="clearleft"></div>'
            f"</div>")


def rd_thread(k: str, x: X) -> Doc:
    title, author, date, grade, text, comments = REDDIT[k]
    path = REDDIT_PATHS[k]

    def u(p):
        return x("rlib.example", p)
    cs = ""
    for n, (who, pts, c) in enumerate(comments):
        c_html = esc(c)
        if k == "r3" and who == "ms_dewey":
            c_html = c_html.replace("search the sub for &#x27;mentor&#x27;",
                                    f'<a href="{esc(u(RD_SEARCH))}">search the sub for &#x27;mentor&#x27;</a>')
        cs += (f'<div class=" thing id-t1_k{n}{RD_IDS[k][:4]} noncollapsed comment " data-author="{who}" '
               f'data-type="comment"><div class="entry unvoted"><p class="tagline"><a href="{u("/user/" + who + "/")}" '
               f'class="author may-blank{" submitter" if who == author else ""}">{who}</a> <span class="score unvoted" '
               f'title="{pts}">{pts} points</span> <time title="{date}" datetime="{date}T18:22:00+00:00" '
               f'class="live-timestamp">{date}</time></p><form action="#" class="usertext warn-on-unload"><div '
               f'class="usertext-body may-blank-within md-container "><div class="md"><p>{c_html}</p></div></div>'
               f'</form><ul class="flat-list buttons"><li class="first"><a href="{u(path)}#k{n}" class="bylink" '
               f'rel="nofollow">permalink</a></li><li><a href="javascript:void(0)" class="embed-comment">embed</a>'
               f"</li></ul></div><div class=\"child\"></div></div>")
    content = (f'<div class="sitetable linklisting" id="siteTable">{_rd_thing(x, k, with_text=True)}</div>'
               f'<div class="commentarea"><div class="panestack-title"><span class="title">all {len(comments)} '
               f'comments</span></div><div class="menuarea"><div class="spacer"><span class="dropdown-title '
               f'lightdrop">sorted by: </span><span class="selected">best</span></div></div><div class="sitetable '
               f'nestedlisting" id="siteTable_t3_{RD_IDS[k]}">{cs}</div></div>')
    head = (f'<meta property="og:site_name" content="reddit"><meta property="og:description" content="{esc(text[:200])}">'
            f'<meta property="og:title" content="r/Librarians - {esc(title)}"><meta property="og:type" '
            f'content="website"><meta property="og:url" content="{u(path)}"><link rel="canonical" href="{u(path)}">')
    return Doc("rlib.example", path, "post", grade, _rd_page(x, f"{title} : r/Librarians", content, head,
                                                             "comments-page"))


def rlib(x: X) -> list[Doc]:
    def u(p):
        return x("rlib.example", p)
    docs = [rd_thread(k, x) for k in REDDIT]
    hot = ["r1", "r2", "r3", "r5"]
    listing = "".join(_rd_thing(x, k, str(n + 1)) for n, k in enumerate(hot))
    nav = (f'<div class="nav-buttons"><span class="nextprev">view more: <span class="next-button"><a href="'
           f'{u(RD_PAGE2)}" rel="nofollow next">next &rsaquo;</a></span></span></div>')
    head = ('<meta property="og:site_name" content="reddit"><meta property="og:title" content="r/Librarians">'
            '<meta property="og:type" content="website">')
    docs.append(Doc("rlib.example", "/r/Librarians/", "home", 0, _rd_page(
        x, "Librarians", f'<div class="sitetable linklisting" id="siteTable">{listing}{nav}</div>', head)))
    older = "".join(_rd_thing(x, k, str(n + 5)) for n, k in enumerate(["r6", "r4"]))
    docs.append(Doc("rlib.example", RD_PAGE2, "listing", 0, _rd_page(
        x, "Librarians", f'<div class="sitetable linklisting" id="siteTable">{older}<div class="nav-buttons"><span '
        f'class="nextprev">view more: <span class="prev-button"><a href="{u("/r/Librarians/")}" rel="nofollow prev">'
        f"&lsaquo; prev</a></span></span></div></div>", head)))
    top = "".join(_rd_thing(x, k, str(n + 1)) for n, k in enumerate(["r1", "r3", "r2", "r5"]))
    docs.append(Doc("rlib.example", RD_TOP, "listing", 0, _rd_page(
        x, "top scoring links : Librarians", f'<div class="menuarea"><div class="spacer"><span class="dropdown-title '
        f'lightdrop">links from: </span><span class="selected">past month</span></div></div><div class="sitetable '
        f'linklisting" id="siteTable">{top}</div>', head, "listing-page top-page")))
    hits = "".join(
        f'<div class=" search-result search-result-link has-thumbnail" data-fullname="t3_{RD_IDS[k]}"><div><header '
        f'class="search-result-header"><a href="{u(REDDIT_PATHS[k])}" class="search-title may-blank">'
        f'{esc(REDDIT[k][0])}</a></header><div class="search-result-meta"><span class="search-score">{len(REDDIT[k][5]) * 31} '
        f'points</span> <span class="search-comments">{len(REDDIT[k][5])} comments</span> submitted by <span class="'
        f'search-author"><a href="{u("/user/" + REDDIT[k][1] + "/")}" class="author">{REDDIT[k][1]}</a></span></div>'
        f'<div class="search-result-body"><div class="md"><p>{cut(REDDIT[k][4], 300)}</p></div></div></div></div>'
        for k in ("r1", "r3"))
    docs.append(Doc("rlib.example", RD_SEARCH, "search", 0, _rd_page(
        x, "Librarians: search results - mentor", f'<div class="searchpane raisedbox"><form '
        f'action="{u("/r/Librarians/search")}" id="search"><input type="text" value="mentor" name="q" placeholder="search" tabindex='
        f'"20"></form></div><div class="search-result-listing"><header class="search-result-group-header"><h4 '
        f'class="search-result-group-heading">posts</h4></header><div class="contents">{hits}</div></div>', head,
        "search-page")))
    ov = []
    for k, who in (("r1", "torts_and_stacks"),):
        for who_c, pts, c in REDDIT[k][5]:
            if who_c == who:
                ov.append(f'<div class=" thing comment " data-author="{who}" data-subreddit="Librarians"><p '
                          f'class="parent"><a href="{u(REDDIT_PATHS[k])}" class="title">{esc(REDDIT[k][0])}</a> by <a '
                          f'href="{u("/user/" + REDDIT[k][1] + "/")}" class="author">{REDDIT[k][1]}</a> in <a href="'
                          f'{u("/r/Librarians/")}" class="subreddit hover">r/Librarians</a></p><div class="entry '
                          f'unvoted"><p class="tagline"><a href="{u(RD_USER)}" class="author submitter">{who}</a> '
                          f'<span class="score unvoted">{pts} points</span></p><div class="usertext-body"><div '
                          f'class="md"><p>{esc(c)}</p></div></div></div></div>')
    ov.append(f'<div class=" thing comment " data-author="torts_and_stacks"><p class="parent"><a href="'
              f'{u(REDDIT_PATHS["r4"])}" class="title">{esc(REDDIT["r4"][0])}</a></p><div class="entry"><div '
              f'class="usertext-body"><div class="md"><p>Law librarian, academic, South, 14 years, $92k. Ask me '
              f"anything about law librarianship, happy to mentor anyone curious.</p></div></div></div></div>")
    prof = (f'<div class="side"><div class="spacer"><div class="titlebox"><h1>torts_and_stacks</h1><span class="'
            f'karma">4,118</span> post karma<br><span class="age">redditor for <time datetime="2015-06-02T12:00:00+00:'
            f'00">9 years</time></span></div></div></div><div class="sitetable" id="siteTable">{"".join(ov)}</div>')
    docs.append(Doc("rlib.example", RD_USER, "profile", 0, _rd_page(
        x, "overview for torts_and_stacks", prof, '<meta property="og:type" content="profile">', "profile-page")))
    return docs


# --- Wagtail, a library association (nla.example) --------------------------------------------------------------

WG = "Northern Library Association"
WAGTAIL_PATHS = {k: "/news/" + slugify(v[0])[:60].rstrip("-") + "/" for k, v in WAGTAIL.items()}
WG_STAFF = "/about/staff/claire-whitfield/"
WG_SOFT404 = "/events/mentoring-week-2019/"


def _wg_page(x: X, path: str, title: str, template: str, main: str, head: str = "") -> bytes:
    def u(p):
        return x("nla.example", p)
    nav = "".join(f'<li class="nav-item"><a class="nav-link{" active" if path.startswith(p) and p != "/" else ""}" '
                  f'href="{u(p)}">{t}</a></li>' for p, t in (("/news/", "News"), ("/about/", "About us"),
                                                            ("/contact/", "Contact")))
    return (f'<!DOCTYPE html><html class="no-js" lang="en-gb"><head><meta charset="utf-8"><title>{esc(title)} | {WG}'
            f'</title><meta name="description" content=""><meta name="viewport" content="width=device-width, initial-'
            f'scale=1"><link rel="canonical" href="{u(path)}"><meta property="og:site_name" content="{WG}">'
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:url" content="{u(path)}">{head}'
            f'<link rel="stylesheet" href="/static/css/main.3f9a2c.css"></head>'
            f'<body class="{template}"><a class="skip-link" href="#main-content">Skip to main content</a>'
            f'<header class="header"><nav class="navbar navbar-expand-lg" aria-label="Main navigation"><div '
            f'class="container"><a class="navbar-brand" href="{u("/")}"><img src="/media/images/nla-logo.width-'
            f'200.png" alt="{WG}" width="200" height="60"></a><button class="navbar-toggler" type="button" '
            f'data-bs-toggle="collapse" data-bs-target="#nav" aria-controls="nav" aria-expanded="false" '
            f'aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button><div class="collapse '
            f'navbar-collapse" id="nav"><ul class="navbar-nav ms-auto">{nav}</ul><a class="btn btn-primary" '
            f'href="https://members.nla.example/login">Members\' area</a></div></div></nav></header>'
            f'<main id="main-content">{main}</main>'
            f'<footer class="footer"><div class="container"><div class="row"><div class="col-md-6"><p><strong>{WG}'
            f'</strong><br>Unit 4, Millhouse, Quay Street, Leeds LS1 4AB<br>Registered charity no. 1098765</p></div>'
            f'<div class="col-md-6"><ul class="list-inline"><li class="list-inline-item"><a href="{u("/contact/")}">'
            f'Contact</a></li><li class="list-inline-item"><a href="{u("/about/")}">About us</a></li><li class="list-'
            f'inline-item"><a href="https://www.linkedin.example/company/nla">LinkedIn</a></li></ul></div></div></div>'
            f'</footer><div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookie banner"><p>We '
            f"use essential cookies to make this site work, and analytics cookies to understand how you use it.</p>"
            f'<button class="btn btn-secondary" data-cookie-accept>Accept all</button> <button class="btn btn-link" '
            f"data-cookie-reject>Essential only</button></div></body></html>").encode()


def _wg_crumbs(x: X, trail: list[tuple[str, str]]) -> str:
    return ('<nav aria-label="breadcrumb"><ol class="breadcrumb">' + "".join(
        f'<li class="breadcrumb-item"><a href="{x("nla.example", p)}">{t}</a></li>' for p, t in trail) + "</ol></nav>")


def _wg_card(x: X, k: str) -> str:
    title, author, date, _, paras = WAGTAIL[k]
    return (f'<div class="col-md-4"><article class="card news-card"><div class="card-body"><p class="card-meta"><time '
            f'datetime="{date}">{human(date, "%-d %B %Y")}</time></p><h3 class="card-title"><a href="'
            f'{x("nla.example", WAGTAIL_PATHS[k])}" class="stretched-link">{esc(title)}</a></h3><p class="card-text">'
            f"{cut(paras[0], 180)}</p></div></article></div>")


def wg_news(k: str, x: X, related: list[str]) -> Doc:
    title, author, date, grade, paras = WAGTAIL[k]
    path = WAGTAIL_PATHS[k]

    def u(p):
        return x("nla.example", p)
    byline = (f'<a href="{u(WG_STAFF)}">{esc(author)}</a>' if author == "Claire Whitfield" else esc(author))
    body = f'<div class="intro lead"><p>{esc(paras[0])}</p></div>' + "".join(
        f'<div class="block-paragraph"><p>{esc(p)}</p></div>' for p in paras[1:])
    if k == "a4":
        body += (f'<div class="block-paragraph"><p>Priya recommends <a href="{x("stacks.example", _gp_path("s2"))}">'
                 f"this account of reverse mentoring on Mastodon</a> to anyone who wants to try something similar."
                 f"</p></div>")
    article_ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                  "datePublished": date, "author": {"@type": "Person" if " " in author and "team" not in author
                                                    else "Organization", "name": author},
                  "publisher": {"@type": "Organization", "name": WG}}
    main = (f'<div class="container">{_wg_crumbs(x, [("/", "Home"), ("/news/", "News")])}<article class="news-page">'
            f'<header><h1>{esc(title)}</h1><p class="meta"><time datetime="{date}">{human(date, "%-d %B %Y")}</time> '
            f'&middot; {byline}</p></header><div class="streamfield">{body}</div><div class="tags"><span>Topics:</span> '
            f'<a class="badge" href="{u("/news/")}">News</a></div></article><section class="related"><h2>Related news'
            f'</h2><div class="row">{"".join(_wg_card(x, r) for r in related)}</div></section></div>')
    return Doc("nla.example", path, "article", grade, _wg_page(
        x, path, title, "template-newspage", main, f'<meta property="og:type" content="article">{ld(article_ld)}'))


def nla(x: X) -> list[Doc]:
    def u(p):
        return x("nla.example", p)
    keys = list(WAGTAIL)
    docs = [wg_news(k, x, [r for r in keys if r != k][:3]) for k in keys]

    def index(path, ks, page):
        pager = ('<nav aria-label="News pages"><ul class="pagination">'
                 + (f'<li class="page-item"><a class="page-link" href="{u("/news/")}">Previous</a></li>' if page == 2
                    else "")
                 + f'<li class="page-item{" active" if page == 1 else ""}"><a class="page-link" href="{u("/news/")}">1'
                   f'</a></li><li class="page-item{" active" if page == 2 else ""}"><a class="page-link" href="'
                   f'{u("/news/?page=2")}">2</a></li>'
                 + (f'<li class="page-item"><a class="page-link" href="{u("/news/?page=2")}">Next</a></li>' if page == 1
                    else "") + "</ul></nav>")
        old = (f'<p class="archive-note">Looking for older news? Our 2019 events, including <a href="{u(WG_SOFT404)}">'
               f"Mentoring Week 2019</a>, are in the archive.</p>" if page == 2 else "")
        main = (f'<div class="container">{_wg_crumbs(x, [("/", "Home")])}<h1>News</h1><p class="lead">News from the '
                f'Association and our members.</p><div class="row">{"".join(_wg_card(x, k) for k in ks)}</div>'
                f"{old}{pager}</div>")
        return Doc("nla.example", path, "listing", 0, _wg_page(x, path, "News" if page == 1 else "News (page 2)",
                                                               "template-newsindexpage", main))
    docs.append(index("/news/", keys[:3], 1))
    docs.append(index("/news/?page=2", keys[3:], 2))
    home = (f'<section class="hero"><div class="container"><h1>Supporting library workers across the North</h1><p '
            f'class="lead">Training, advocacy and a community of 2,400 members in public, academic, school, health '
            f'and special libraries.</p><a class="btn btn-primary" href="{u("/about/")}">About us</a></div></section>'
            f'<section class="latest-news"><div class="container"><h2>Latest news</h2><div class="row">'
            f'{"".join(_wg_card(x, k) for k in keys[:3])}</div><p><a href="{u("/news/")}">All news</a></p></div>'
            f'</section><section class="promo"><div class="container"><h2>Find a mentor, online</h2><p>Our new '
            f"e-mentoring scheme matches members with mentors anywhere in the region, by video call and in a "
            f'private online community. <a href="{u(WAGTAIL_PATHS["a1"])}">Read more</a></p></div></section>')
    docs.append(Doc("nla.example", "/", "home", 0, _wg_page(x, "/", "Home", "template-homepage", home,
                                                            '<meta property="og:type" content="website">')))
    about = (f'<div class="container">{_wg_crumbs(x, [("/", "Home")])}<h1>About us</h1>' + "".join(
        f'<div class="block-paragraph"><p>{esc(p)}</p></div>' for p in (
            "The Northern Library Association is a membership body for everyone who works in libraries in the north "
            "of England. We were founded in 1932 and became a charity in 2003.",
            "We run training and events, speak up for libraries in local and national government, and support our "
            "members' careers through our mentoring schemes, now online as well as in person.")) +
        f'<h2>Our staff</h2><ul class="staff-list"><li><a href="{u(WG_STAFF)}">Claire Whitfield</a>, Professional '
        f"Development Officer</li><li>Simon Hale, Membership Officer</li></ul></div>")
    docs.append(Doc("nla.example", "/about/", "about", 0, _wg_page(x, "/about/", "About us", "template-standardpage",
                                                                   about)))
    contact = (f'<div class="container">{_wg_crumbs(x, [("/", "Home")])}<h1>Contact</h1><div class="block-paragraph">'
               f"<p>Email office@nla.example or call 0113 496 0000 (Monday to Thursday, 9.30 to 4). For questions "
               f"about the mentoring schemes, contact Claire Whitfield.</p></div><form class=\"contact-form\" "
               f'method="post" action="{u("/contact/")}"><input type="hidden" name="csrfmiddlewaretoken" value="x">'
               f'<label for="id_name">Name</label><input type="text" name="name" id="id_name"><label for="id_email">'
               f'Email</label><input type="email" name="email" id="id_email"><label for="id_message">Message</label>'
               f'<textarea name="message" id="id_message"></textarea><button type="submit" class="btn btn-primary">Send'
               f"</button></form></div>")
    docs.append(Doc("nla.example", "/contact/", "contact", 0, _wg_page(x, "/contact/", "Contact",
                                                                       "template-formpage", contact)))
    staff = (f'<div class="container">{_wg_crumbs(x, [("/", "Home"), ("/about/", "About us")])}<article class="person-'
             f'page"><h1>Claire Whitfield</h1><p class="job-title">Professional Development Officer</p><div '
             f'class="block-paragraph"><p>Claire leads the Association\'s training programme and its mentoring '
             f"schemes, including the new e-mentoring scheme. Before joining us she was a branch manager for eleven "
             f"years.</p></div><h2>Recent news by Claire</h2><ul>"
             + "".join(f'<li><a href="{u(WAGTAIL_PATHS[k])}">{esc(WAGTAIL[k][0])}</a></li>' for k in keys
                       if WAGTAIL[k][1] == "Claire Whitfield") + "</ul></article></div>")
    docs.append(Doc("nla.example", WG_STAFF, "profile", 0, _wg_page(
        x, WG_STAFF, "Claire Whitfield", "template-personpage", staff,
        ld({"@context": "https://schema.org", "@type": "ProfilePage", "mainEntity": {
            "@type": "Person", "name": "Claire Whitfield", "jobTitle": "Professional Development Officer"}}))))
    soft = (f'<div class="container"><h1>Page not found</h1><p>Sorry, we couldn\'t find the page you were looking '
            f'for. It may have moved or been removed.</p><p><a href="{u("/")}">Go to the home page</a> or <a href="'
            f'{u("/news/")}">browse our news</a>.</p></div>')
    docs.append(Doc("nla.example", WG_SOFT404, "error", 0, _wg_page(x, WG_SOFT404, "Page not found",
                                                                     "template-404", soft)))
    return docs


# --- the whole web --------------------------------------------------------------------------------------------------

def build(url: X) -> list[Doc]:
    """Every page; ``url(host, path)`` makes the absolute URLs links use."""
    return (stacks(url) + quietshelf(url) + guild(url) + inkwell(url) + smallfiles(url) + commons(url) + jnl(url)
            + campaign(url) + rlib(url) + nla(url))


class LabelledWeb6(ServedWeb):
    """Web 6 (see the module docstring): held out, labels committed before scan first ran on it."""

    HOSTS = HOSTS
    START = START
    FIRST_ADDRESS = 160
    build = staticmethod(build)
