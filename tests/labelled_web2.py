"""A second labelled web for the ranking, kept apart from the first
(:mod:`tests.labelled_web`, which the ranking was tuned on): 84 pages on ten
other hosts, other templates, other words (:mod:`tests.labelled_text2`).

Its labels were written, and committed, before scan was first run on it, so
its first figures are a held-out measure. The templates follow the
reductions of real ones in :mod:`tests.templates` (WordPress Twenty Sixteen,
Blogger Contempo, Ghost Casper, Hugo PaperMod, Substack, DEV, Drupal 7's
Bartik, a group blog with the blog's name in ``h1``) and two not there:
a publisher's journal platform (Literatum-style pages: ``/doi/full/``
articles with ``citation_*`` tags, an issue's table of contents under
``/toc/``, ``/action/doSearch`` and ``/action/journalInformation``) and
Mastodon's server-rendered status and profile pages.

Grades: 3 about the topic (mentoring through social media or online
networks) throughout; 2 about it in good part (a third of the text or more),
or about mentoring without the social media, or about learning through
social media without the mentoring (themes of the topic); 1 the topic's
words in passing (one sentence, or a short announcement dense with the
topic's words and nothing to read); 0 nothing. As in web 1, pages that are
not works (home, about, contact, category, tag, search, listing, profile)
and errors count 0 whatever they say::

    with LabelledWeb2() as web:
        web.seeds, web.hosts_env, web.labels      # as LabelledWeb

``bench/bench_ranking.py --web 2`` prints its figures.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from typing import Callable

from tests.labelled_text2 import ASIDE, ELSE, MENTOR, NET, ON
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, plus, ps

HOSTS = ("shelfnotes.example", "quietroom.example", "readingroom.example", "jlws.example", "newlib.example",
         "letters.example", "dev.example", "toots.example", "countylib.example", "groupnotes.example")
START = {"jlws.example": "/journals/jlws20", "dev.example": "/", "toots.example": "/@ruth"}


@dataclass(frozen=True)
class Post:
    path: str
    title: str
    author: str
    date: str
    grade: int
    paras: tuple[str, ...]


# --- WordPress, Twenty Sixteen (shelfnotes.example) ----------------------------------------------

WP = "Shelf Notes"
WP_POSTS = [
    Post("/2021/03/08/finding-mentors-on-mastodon/", "Finding Mentors on Mastodon", "Ruth Okafor", "2021-03-08", 3,
         (ON[0], ON[11], ON[7], ON[10])),
    Post("/2021/04/19/our-mentoring-scheme-went-online/", "How Our Association's Mentoring Scheme Went Online",
         "Ruth Okafor", "2021-04-19", 3, (ON[1], ON[4], MENTOR[1], ON[9])),
    Post("/2021/05/03/fire-alarm-testing/", "Fire Alarm Testing on Wednesday", "Tom Hale", "2021-05-03", 0,
         (ELSE[0],)),
    Post("/2021/05/24/what-a-good-mentor-does/", "What a Good Mentor Does", "Ruth Okafor", "2021-05-24", 2,
         (MENTOR[0], MENTOR[3], MENTOR[4])),
    Post("/2021/06/14/study-pods-and-other-news/", "New Study Pods, and Other News", "Tom Hale", "2021-06-14", 1,
         plus([ELSE[1], ELSE[5], ELSE[8]], ASIDE[1], 1)),
    Post("/2021/07/05/summer-in-the-library-garden/", "Summer in the Library Garden", "Tom Hale", "2021-07-05", 0,
         (ELSE[7], ELSE[11], ELSE[16])),
    Post("/2021/09/13/september-round-up/", "September Round-up", "Tom Hale", "2021-09-13", 2,
         (ELSE[4], ON[3], ON[5], ELSE[6], ELSE[12])),
    Post("/2021/10/04/mentoring-chat-tonight/", "Mentoring Chat Tonight on #libchat", "Ruth Okafor", "2021-10-04", 1,
         ("Join us tonight at 8pm for a #libchat Twitter chat on mentoring: mentors, mentees, e-mentoring and "
          "finding a mentor on Twitter and LinkedIn. Bring your questions and tweet with the hashtag!",)),
    Post("/2021/11/22/what-social-media-taught-me/", "What Social Media Taught Me This Year", "Ruth Okafor",
         "2021-11-22", 2, (NET[0], NET[2], NET[1])),
]


def _wp_head(title: str, url: str, og_type: str, extra: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charset="UTF-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>'
            f'<meta name="generator" content="WordPress 5.8.2"><link rel="canonical" href="{esc(url)}">'
            f'<meta property="og:type" content="{og_type}"><meta property="og:title" content="{title}">'
            f'<meta property="og:url" content="{esc(url)}"><meta property="og:site_name" content="{WP}">'
            f'<link rel="alternate" type="application/rss+xml" title="{WP} &raquo; Feed" href="/feed/">{extra}</head>')


def _wp_body(u, body_class: str, main: str) -> str:
    recent = "".join(f'<li><a href="{u(p.path)}">{esc(p.title)}</a></li>' for p in WP_POSTS[::-1][:5])
    return (f'<body class="{body_class}"><div id="page" class="site"><div class="site-inner">'
            f'<a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
            f'<header id="masthead" class="site-header" role="banner"><div class="site-header-main">'
            f'<div class="site-branding"><p class="site-title"><a href="{u("/")}" rel="home">{WP}</a></p>'
            f'<p class="site-description">A library team&#039;s notebook</p></div>'
            f'<div id="site-header-menu" class="site-header-menu"><nav id="site-navigation" class="main-navigation" '
            f'role="navigation" aria-label="Primary Menu"><div class="menu-main-container"><ul id="menu-main" '
            f'class="primary-menu"><li class="menu-item"><a href="{u("/about/")}">About</a></li>'
            f'<li class="menu-item"><a href="{u("/contact/")}">Contact</a></li></ul></div></nav></div></div>'
            f'</header><div id="content" class="site-content"><div id="primary" class="content-area">'
            f'<main id="main" class="site-main" role="main">{main}</main></div>'
            f'<aside id="secondary" class="sidebar widget-area" role="complementary">'
            f'<section id="search-2" class="widget widget_search"><form role="search" method="get" '
            f'class="search-form" action="{u("/")}"><label><span class="screen-reader-text">Search for:</span>'
            f'<input type="search" class="search-field" name="s"></label></form></section>'
            f'<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts'
            f'</h2><ul>{recent}</ul></section><section id="archives-2" class="widget widget_archive">'
            f'<h2 class="widget-title">Archives</h2><ul><li><a href="{u("/2021/05/")}">May 2021</a></li></ul></section>'
            f'<section id="text-3" class="widget widget_text"><h2 class="widget-title">Pinned</h2><div '
            f'class="textwidget"><p><a href="{u("/2021/12/01/holiday-opening-hours/")}">Holiday opening hours</a>'
            f'</p></div></section>'
            f'<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2>'
            f'<ul><li class="cat-item"><a href="{u("/category/mentoring/")}">Mentoring</a></li>'
            f'<li class="cat-item"><a href="{u("/category/news/")}">News</a></li></ul></section></aside></div>'
            f'<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info">'
            f'<span class="site-title"><a href="{u("/")}" rel="home">{WP}</a></span>'
            f'<a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer></div></div>'
            f"</body></html>")


def wp_post(p: Post, u, link: str | None) -> Doc:
    url = u(p.path)
    slug = p.author.lower().replace(" ", "-")
    body = ps(list(p.paras))
    if link:
        body += f'<p>More on this from <a href="{link}">a colleague&#8217;s blog</a>.</p>'
    main = (f'<article id="post-{zlib.crc32(p.path.encode()) % 900 + 100}" class="post type-post status-publish '
            f'format-standard hentry category-mentoring"><header class="entry-header"><h1 class="entry-title">'
            f'{esc(p.title)}</h1></header><div class="entry-content">{body}</div>'
            f'<footer class="entry-footer"><span class="byline"><span class="author vcard"><span '
            f'class="screen-reader-text">Author </span> <a class="url fn n" href="{u("/author/" + slug + "/")}">'
            f'{esc(p.author)}</a></span></span><span class="posted-on"><span class="screen-reader-text">Posted on '
            f'</span><a href="{url}" rel="bookmark"><time class="entry-date published" datetime="{p.date}T10:00:00'
            f'+00:00">{p.date}</time></a></span><span class="cat-links"><span class="screen-reader-text">Categories '
            f'</span><a href="{u("/category/mentoring/")}" rel="category tag">Mentoring</a></span>'
            f'<span class="tags-links"><span class="screen-reader-text">Tags </span><a href="{u("/tag/mastodon/")}" '
            f'rel="tag">Mastodon</a></span></footer></article>'
            f'<div id="comments" class="comments-area"><h2 class="comments-title">One thought on &ldquo;'
            f'{esc(p.title)}&rdquo;</h2><ol class="comment-list"><li class="comment"><article class="comment-body">'
            f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Priya</b> <span '
            f'class="says">says:</span></div></footer><div class="comment-content"><p>Lovely post. I found my mentor '
            f"on Twitter too, and our mentoring chats are the best part of my week.</p></div></article></li></ol></div>"
            f'<nav class="navigation post-navigation" role="navigation"><div class="nav-links"><div class="nav-previous">'
            f'<a href="{u(WP_POSTS[0].path)}" rel="prev"><span class="post-title">{esc(WP_POSTS[0].title)}</span>'
            f"</a></div></div></nav>")
    head = _wp_head(f"{esc(p.title)} &#8211; {WP}", url, "article",
                    f'<meta property="article:published_time" content="{p.date}T10:00:00+00:00">')
    return Doc("shelfnotes.example", p.path, "article", p.grade, (head + _wp_body(u, "single single-post", main)).encode())


def _wp_teasers(posts: list[Post], u) -> str:
    return "".join(f'<article class="post type-post status-publish hentry"><header class="entry-header">'
                   f'<h2 class="entry-title"><a href="{u(p.path)}" rel="bookmark">{esc(p.title)}</a></h2></header>'
                   f'<div class="entry-summary"><p>{cut(p.paras[0], 180)}</p></div><footer class="entry-footer">'
                   f'<span class="posted-on"><time class="entry-date published" datetime="{p.date}">{p.date}</time>'
                   f"</span></footer></article>" for p in posts)


def wp_listing(path: str, kind: str, title: str, header: str, posts: list[Post], u, body_class: str,
               nxt: str | None = None) -> Doc:
    head = _wp_head(title, u(path), "website", f'<link rel="next" href="{u(nxt)}">' if nxt else "")
    pager = (f'<nav class="navigation pagination" role="navigation"><div class="nav-links"><a class="next page-numbers"'
             f' href="{u(nxt)}">Next page</a></div></nav>' if nxt else "")
    main = (f'<header class="page-header">{header}</header>' if header else "") + _wp_teasers(posts, u) + pager
    return Doc("shelfnotes.example", path, kind, 0, (head + _wp_body(u, body_class, main)).encode())


def wp_page(path: str, kind: str, title: str, text: str, u, status: int = 200, body_class: str = "page") -> Doc:
    main = (f'<article class="page type-page status-publish hentry"><header class="entry-header">'
            f'<h1 class="entry-title">{esc(title)}</h1></header><div class="entry-content">{text}</div></article>')
    return Doc("shelfnotes.example", path, kind, 0,
               (_wp_head(f"{esc(title)} &#8211; {WP}", u(path), "article") + _wp_body(u, body_class, main)).encode(),
               status=status)


def wordpress(u, links: list[str]) -> list[Doc]:
    docs = [wp_post(p, u, links[i % len(links)] if i % 2 == 0 else None) for i, p in enumerate(WP_POSTS)]
    newest = WP_POSTS[::-1]
    about_mentoring = [p for p in newest if p.grade >= 1 and "Chat" not in p.title]
    docs += [
        wp_listing("/", "home", f"{WP} &#8211; A library team&#039;s notebook", "", newest[:6], u,
                   "home blog hfeed", nxt="/page/2/"),
        wp_listing("/page/2/", "listing", f"{WP} &#8211; Page 2", "", newest[6:], u, "home blog paged paged-2"),
        wp_listing("/category/mentoring/", "category", f"Mentoring &#8211; {WP}",
                   '<h1 class="page-title">Category: Mentoring</h1><div class="taxonomy-description"><p>Posts about '
                   "mentoring: finding a mentor, being one, and mentoring online.</p></div>", about_mentoring, u,
                   "archive category category-mentoring"),
        wp_listing("/tag/mastodon/", "tag", f"Mastodon &#8211; {WP}", '<h1 class="page-title">Tag: Mastodon</h1>',
                   [WP_POSTS[0], WP_POSTS[7]], u, "archive tag tag-mastodon"),
        wp_listing("/?s=mentor", "search", f"Search Results for &#8220;mentor&#8221; &#8211; {WP}",
                   '<h1 class="page-title">Search Results for: <span>mentor</span></h1>', about_mentoring[:5], u,
                   "search search-results"),
        wp_listing("/author/ruth-okafor/", "profile", f"Ruth Okafor &#8211; {WP}",
                   '<h1 class="page-title">Author: <span class="vcard">Ruth Okafor</span></h1><div '
                   'class="taxonomy-description">Ruth is a school librarian who mentors new librarians online.</div>',
                   [p for p in newest if p.author == "Ruth Okafor"], u, "archive author author-ruth-okafor"),
        wp_listing("/2021/05/", "listing", f"May 2021 &#8211; {WP}", '<h1 class="page-title">Month: May 2021</h1>',
                   [p for p in newest if p.date.startswith("2021-05")], u, "archive date"),
        wp_page("/about/", "about", "About",
                "<p>Shelf Notes is written by the library team of Northfield School: Ruth Okafor, who mentors new "
                "school librarians on Mastodon and in our association's e-mentoring scheme, and Tom Hale, who "
                "keeps the building running.</p><p>We write about mentoring, social media for librarians and "
                f'whatever is happening in the library this week: <a href="{u("/?s=mentor")}">our posts on '
                "mentoring</a>.</p>", u),
        wp_page("/contact/", "contact", "Contact",
                "<p>Want a mentor, or want to be one? Send us a message or find Ruth on Mastodon.</p>"
                '<div class="wpcf7"><form class="wpcf7-form"><p><label>Your name<input name="your-name"></label>'
                '</p><p><label>Your message<textarea name="your-message"></textarea></label></p></form></div>', u),
        wp_page("/2021/12/01/holiday-opening-hours/", "error", "Oops! That page can\u2019t be found.",
                "<p>It looks like nothing was found at this location. Maybe try a search?</p>", u, status=404,
                body_class="error404"),
    ]
    return docs


# --- Blogger, Contempo (quietroom.example) -------------------------------------------------------

BL = "The Quiet Room"
BL_POSTS = [
    Post("/2020/02/reverse-mentoring-on-instagram.html", "Reverse Mentoring on Instagram", "Lena Marsh", "2020-02-11",
         3, (ON[6], ON[12], MENTOR[2])),
    Post("/2020/03/the-comments-were-the-mentoring.html", "The Comments Were the Mentoring", "Lena Marsh",
         "2020-03-17", 3, (ON[8], ON[2], ON[10])),
    Post("/2020/05/sourdough-and-lockdown.html", "Sourdough and Lockdown", "Lena Marsh", "2020-05-05", 1,
         plus([ELSE[2], ELSE[3], ELSE[14]], ASIDE[2], 2)),
    Post("/2020/06/the-shelving-is-done.html", "The Shelving Is Done", "Lena Marsh", "2020-06-23", 0,
         (ELSE[5], ELSE[9])),
    Post("/2020/09/a-short-note-on-e-mentoring.html", "A Short Note on E-mentoring", "Lena Marsh", "2020-09-08", 3,
         (ON[4], ON[13])),
]


def _bl_post(p: Post, u, full: bool) -> str:
    text = "<br /><br />".join(esc(x) for x in (p.paras if full else p.paras[:1]))
    title = esc(p.title) if full else f"<a href='{u(p.path)}'>{esc(p.title)}</a>"
    more = "" if full else f"<div class='jump-link flat-button'><a href='{u(p.path)}#more'>Read more</a></div>"
    ld = json.dumps({"@context": "http://schema.org", "@type": "BlogPosting", "headline": p.title,
                     "datePublished": p.date + "T09:30:00-08:00", "author": {"@type": "Person", "name": p.author},
                     "publisher": {"@type": "Organization", "name": "Blogger"}})
    body_id = zlib.crc32(p.path.encode())
    return (f"<article class='post-outer-container'><div class='post-outer'><div class='post'>"
            + (f"<script type='application/ld+json'>{ld}</script>" if full else "")
            + f"<h3 class='post-title entry-title'>{title}</h3><div class='post-header'><div class='post-header-line-1'>"
            f"<span class='byline post-author vcard'><span class='byline-label'>By</span><span class='fn'>"
            f"<a class='g-profile' href='https://www.blogger.com/profile/77' rel='author'><span>{esc(p.author)}</span>"
            f"</a></span></span><span class='byline post-timestamp'><a class='timestamp-link' href='{u(p.path)}' "
            f"rel='bookmark'><time class='published' datetime='{p.date}T09:30:00-08:00'>{p.date}</time></a></span>"
            f"</div></div><div class='post-body-container'><div class='post-body entry-content float-container' "
            f"id='post-body-{body_id}'>{text}</div></div>{more}"
            f"<div class='post-footer'><span class='byline post-labels'><span class='byline-label'>Labels:</span>"
            f"<a href='{u('/search/label/mentoring')}' rel='tag'>mentoring</a></span></div></div></div>"
            + ("<section class='comments threaded' id='comments'><h3 class='title'>Comments</h3><div "
               "class='comments-content'><ol><li class='comment'><div class='comment-block'><cite class='user'>Jo"
               "</cite><p class='comment-content'>Shared this with my mentee, thank you.</p></div></li></ol></div>"
               "</section>" if full else "")
            + "</article>")


def _bl_page(title: str, u, main: str, head: str = "") -> bytes:
    archive = "".join(f"<li><a href='{u(p.path)}'>{esc(p.title)}</a></li>" for p in BL_POSTS[::-1])
    return (f"<!DOCTYPE html><html class='v2' dir='ltr' lang='en-GB'><head><meta content='width=device-width, "
            f"initial-scale=1' name='viewport'/><title>{esc(title)}</title><meta content='text/html; charset=UTF-8' "
            f"http-equiv='Content-Type'/><meta content='blogger' name='generator'/>{head}</head>"
            f"<body class='version-1-3-3 variant-indie_light'><div class='centered-top-container'><div "
            f"class='centered-top'><div class='blog-name container'><div class='container section' id='header'>"
            f"<div class='widget Header' data-version='2' id='Header1'><div class='header-widget'><div><h1>"
            f"<a href='{u('/')}'>{BL}</a></h1></div><p>A school librarian writes, mostly about people</p></div>"
            f"</div></div></div><nav class='centered-top-third'><div class='widget PageList' id='PageList1'><ul>"
            f"<li><a href='{u('/')}'>Home</a></li><li><a href='{u('/p/about-me.html')}'>About me</a></li></ul></div>"
            f"</nav></div></div><div class='page'><div class='page_body'><div class='centered'>"
            f"<main class='centered-bottom' id='main' role='main'><div class='main section' id='page_body'>"
            f"<div class='widget Blog' data-version='2' id='Blog1'><div class='blog-posts hfeed container'>{main}"
            f"</div></div></div></main></div></div><aside class='sidebar-container container'>"
            f"<div class='widget BlogSearch'><form action='{u('/search')}'><input name='q' type='text'/></form></div>"
            f"<div class='widget BlogArchive'><h3 class='title'>Archive</h3><ul><li><a href='{u('/2020/')}'>2020</a>"
            f"<ul class='posts'>{archive}</ul></li></ul></div><div class='widget Label'><h3 class='title'>Labels</h3>"
            f"<ul><li><a href='{u('/search/label/mentoring')}'>mentoring</a></li></ul></div></aside>"
            f"<footer><div class='blogger'><a href='https://www.blogger.com'>Powered by Blogger</a></div></footer>"
            f"</div></body></html>").encode()


def blogger(u) -> list[Doc]:
    docs = []
    for p in BL_POSTS:
        head = (f"<link href='{u(p.path)}' rel='canonical'/><meta content='{esc(p.title)}' property='og:title'/>"
                f"<meta content='{u(p.path)}' property='og:url'/>")
        docs.append(Doc("quietroom.example", p.path, "article", p.grade,
                        _bl_page(f"{BL}: {p.title}", u, _bl_post(p, u, True), head)))
    newest = BL_POSTS[::-1]
    older = "/search?updated-max=2020-05-05T09:30:00-08:00&max-results=3"
    pager = (f"<div class='blog-pager container' id='blog-pager'><a class='blog-pager-older-link flat-button "
             f"ripple' href='{u(older)}' title='Older Posts'>More posts</a></div>")
    mentoring = [p for p in newest if p.grade >= 2]
    docs += [
        Doc("quietroom.example", "/", "home", 0, _bl_page(BL, u, "".join(_bl_post(p, u, False) for p in newest[:3])
                                                          + pager)),
        Doc("quietroom.example", older, "listing", 0,
            _bl_page(BL, u, "".join(_bl_post(p, u, False) for p in newest[3:]))),
        Doc("quietroom.example", "/search/label/mentoring", "tag", 0, _bl_page(
            f"{BL}: mentoring", u, "<div class='status-msg-wrap'><div class='status-msg-body'>Showing posts with "
                                   "the label <b>mentoring</b>. <a href='/'>Show all posts</a></div></div>"
                                   + "".join(_bl_post(p, u, False) for p in mentoring))),
        Doc("quietroom.example", "/search?q=mentor", "search", 0, _bl_page(
            f"{BL}: Search results for mentor", u,
            "<div class='status-msg-wrap'><div class='status-msg-body'>Showing posts matching the search for "
            "<b>mentor</b></div></div>" + "".join(_bl_post(p, u, False) for p in mentoring))),
        Doc("quietroom.example", "/2020/", "listing", 0, _bl_page(
            f"{BL}: 2020", u, "".join(_bl_post(p, u, False) for p in newest))),
        Doc("quietroom.example", "/p/about-me.html", "about", 0, _bl_page(
            f"{BL}: About me", u,
            "<article class='post-outer-container'><div class='post-outer'><div class='post'><h3 class='post-title "
            "entry-title'>About me</h3><div class='post-body entry-content'>I am Lena Marsh, the only librarian in "
            "a secondary school of nine hundred students. This blog is where I think aloud about mentoring, "
            "e-mentoring, Instagram and Twitter, and the people who mentored me.<br /><br />Say hello on "
            f"<a href='{u('/search?q=mentor')}'>anything tagged mentor</a>.</div></div></div></article>")),
    ]
    return docs


# --- Ghost, Casper (readingroom.example) -----------------------------------------------------------

GH = "Reading Room"
GH_POSTS = [
    Post("/peer-mentoring-groups-on-facebook/", "Peer Mentoring Groups on Facebook", "Dana Whit", "2022-01-18", 3,
         (ON[5], ON[13], MENTOR[5])),
    Post("/what-we-learned-from-a-telementoring-pilot/", "What We Learned from a Telementoring Pilot", "Dana Whit",
         "2022-02-22", 3, (ON[9], ON[1], ON[7], ON[3], ON[10])),
    Post("/two-hundred-board-games/", "Two Hundred Board Games", "Sam Ives", "2022-03-15", 0, (ELSE[16], ELSE[15])),
    Post("/managers-are-not-mentors/", "Managers Are Not Mentors", "Dana Whit", "2022-04-05", 2,
         (MENTOR[3], MENTOR[0])),
    Post("/exam-season-opening-hours/", "Exam Season Opening Hours", "Sam Ives", "2022-05-02", 1,
         plus([ELSE[12], ELSE[8]], ASIDE[0], 0)),
]


def _gh_page(title: str, u, main: str, head: str = "", body_class: str = "home-template") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}'
            f'<meta name="generator" content="Ghost 5.40"></head><body class="{body_class} is-head-left-logo">'
            f'<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">'
            f'<div class="gh-head-brand"><a class="gh-head-logo no-image" href="{u("/")}">{GH}</a></div>'
            f'<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="{u("/")}">Home</a></li>'
            f'<li class="nav-about"><a href="{u("/about/")}">About</a></li><li class="nav-mentoring"><a '
            f'href="{u("/tag/mentoring/")}">Mentoring</a></li></ul></nav><div class="gh-head-actions">'
            f'<a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></div></header>'
            f'<div class="site-content">{main}</div><footer class="site-footer outer"><div class="inner">'
            f'<section class="copyright"><a href="{u("/")}">{GH}</a> &copy; 2022</section><div class="gh-powered-by">'
            f'<a href="https://ghost.org/">Powered by Ghost</a></div></div></footer></div></body></html>').encode()


def _gh_cards(posts: list[Post], u) -> str:
    return "".join(f'<article class="post-card post"><div class="post-card-content"><a class="post-card-content-link" '
                   f'href="{u(p.path)}"><header class="post-card-header"><h2 class="post-card-title">{esc(p.title)}'
                   f'</h2></header><div class="post-card-excerpt">{cut(p.paras[0], 140)}</div></a>'
                   f'<footer class="post-card-meta"><time class="post-card-meta-date" datetime="{p.date}">{p.date}'
                   f"</time></footer></div></article>" for p in posts)


def ghost(u, links: list[str]) -> list[Doc]:
    docs = []
    for i, p in enumerate(GH_POSTS):
        url = u(p.path)
        slug = p.author.split()[0].lower()
        ld = json.dumps({"@context": "https://schema.org", "@type": "Article",
                         "publisher": {"@type": "Organization", "name": GH, "url": u("/")},
                         "author": {"@type": "Person", "name": p.author, "url": u(f"/author/{slug}/")},
                         "headline": p.title, "url": url, "datePublished": p.date + "T08:00:00.000Z"})
        head = (f'<link rel="canonical" href="{url}"><meta property="og:site_name" content="{GH}">'
                f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(p.title)}">'
                f'<meta property="og:url" content="{url}"><meta property="article:published_time" '
                f'content="{p.date}T08:00:00.000Z"><meta name="twitter:label1" content="Written by">'
                f'<meta name="twitter:data1" content="{esc(p.author)}"><script type="application/ld+json">{ld}</script>')
        body = ps(list(p.paras))
        if i % 2 == 0:
            body += f'<p>See also <a href="{links[i % len(links)]}">this piece</a>.</p>'
        main = (f'<main id="site-main" class="site-main"><article class="article post tag-mentoring">'
                f'<header class="article-header gh-canvas"><section class="article-tag"><a href="{u("/tag/mentoring/")}">'
                f'Mentoring</a></section><h1 class="article-title">{esc(p.title)}</h1><div class="article-byline">'
                f'<section class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name">'
                f'<a href="{u(f"/author/{slug}/")}">{esc(p.author)}</a></h4><div class="byline-meta-content"><time '
                f'class="byline-meta-date" datetime="{p.date}">{p.date}</time></div></div></section></div></header>'
                f'<section class="gh-content gh-canvas">{body}</section></article></main>'
                f'<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read '
                f'more</h3>{_gh_cards([q for q in GH_POSTS if q is not p][:3], u)}</div></aside>')
        docs.append(Doc("readingroom.example", p.path, "article", p.grade,
                        _gh_page(p.title, u, main, head, "post-template tag-mentoring")))
    newest = GH_POSTS[::-1]
    feed = '<main id="site-main" class="site-main outer"><div class="inner posts"><div class="post-feed">{}</div>{}</div></main>'
    nxt = f'<nav class="pagination"><a class="older-posts" href="{u("/page/2/")}">Older Posts &rarr;</a></nav>'
    docs += [
        Doc("readingroom.example", "/", "home", 0, _gh_page(
            GH, u, f'<div class="site-header-content outer"><h1 class="site-title">{GH}</h1><p class="site-description">'
                   "Notes from a university library's people team</p></div>" + feed.format(_gh_cards(newest[:3], u), nxt),
            f'<link rel="next" href="{u("/page/2/")}"><meta property="og:type" content="website">')),
        Doc("readingroom.example", "/page/2/", "listing", 0, _gh_page(
            f"{GH} (Page 2)", u, feed.format(_gh_cards(newest[3:], u), ""),
            f'<link rel="prev" href="{u("/")}"><meta property="og:type" content="website">', "paged")),
        Doc("readingroom.example", "/tag/mentoring/", "tag", 0, _gh_page(
            f"Mentoring - {GH}", u, '<header class="tag-template-header outer"><h1 class="tag-template-title">Mentoring'
                                    "</h1><p>Mentoring, e-mentoring and peer mentoring circles.</p></header>"
                                    + feed.format(_gh_cards([p for p in newest if p.grade >= 2], u), ""),
            '<meta property="og:type" content="website">', "tag-template tag-mentoring")),
        Doc("readingroom.example", "/author/dana/", "profile", 0, _gh_page(
            f"Dana Whit - {GH}", u, '<section class="author-template-header outer"><h1 class="author-profile-name">Dana '
                                    'Whit</h1><p class="author-profile-bio">Mentoring lead; runs our online mentoring '
                                    "circles and the telementoring pilot.</p></section>"
                                    + feed.format(_gh_cards([p for p in newest if p.author == "Dana Whit"], u), ""),
            '<meta property="og:type" content="profile">', "author-template author-dana")),
        Doc("readingroom.example", "/about/", "about", 0, _gh_page(
            f"About this site - {GH}", u,
            '<main id="site-main" class="site-main"><article class="article page"><header class="article-header '
            'gh-canvas"><h1 class="article-title">About this site</h1></header><section class="gh-content gh-canvas">'
            "<p>Reading Room is the blog of the people team of a university library. We run the library's mentoring "
            "programme, online mentoring circles and peer mentoring groups, and write about them here.</p>"
            "</section></article></main>", '<meta property="og:type" content="website">', "page-template page-about")),
    ]
    return docs


# --- a publisher's journal platform (jlws.example) -------------------------------------------------

JN = "Journal of Library Workforce Studies"
JCODE = "jlws20"
ARTICLES = [
    ("2010101", "Mentoring Moments in a Health Sciences Librarians' Twitter Chat",
     ["Adeyemi, Funmi", "Brandt, Karl"], "1", "15", 3,
     "This study analyses a year of a weekly Twitter chat for health sciences librarians and finds that a third "
     "of its exchanges are mentoring moments: brief advice from experienced librarians to students and new "
     "professionals.", [("Introduction", [ON[3], ON[7]]), ("Findings", [ON[10], ON[8]])]),
    ("2010102", "From LinkedIn Comment to Mentorship: Interviews with Early-Career Archivists",
     ["Novak, Irena"], "16", "31", 3,
     "Twenty early-career archivists described how mentoring relationships began on LinkedIn, Mastodon and "
     "blogs and moved to private channels as trust grew.", [("Introduction", [ON[2]]), ("Results", [ON[11], ON[0]])]),
    ("2010103", "Matching Mentors and Mentees by Learning Goals", ["Osei, Kwame", "Lind, Maria"], "32", "47", 2,
     "We report on a matching procedure for a formal mentoring programme in a university library system.",
     [("Background", [MENTOR[1], MENTOR[4]]), ("Outcomes", [MENTOR[2]])]),
    ("2010104", "Interlibrary Loan Turnaround in a Regional Consortium", ["Park, Jiwoo"], "48", "60", 0,
     "Turnaround times of article and book requests across nine libraries over three years.",
     [("Introduction", [ELSE[6]]), ("Method", [ELSE[13], ELSE[17]])]),
    ("2010105", "Professional Learning through Social Media among Academic Librarians",
     ["Huang, Li", "Moreno, Ana"], "61", "77", 2,
     "A survey of academic librarians' use of social media, blogs and video for their professional development.",
     [("Introduction", [NET[0], NET[1]]), ("Discussion", [NET[2], NET[3]])]),
]
REFERENCES = ["Bosch, E. (2016). Mentoring in academic libraries. Library Leadership, 4(2), 10-22.",
              "Ruiz, C. (2019). Twitter and the new librarian. Journal of Social Libraries, 7, 88-101.",
              "Tan, R. (2020). Workforce planning for libraries. Facet."]


def _jn_page(title: str, u, main: str, head: str = "", body_class: str = "pb-page") -> bytes:
    return (f'<!DOCTYPE html><html lang="en" class="pb-page"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'{head}</head><body class="{body_class}"><div id="pb-page-content"><header class="header">'
            f'<div class="header-publisher-logo"><a href="{u("/")}">Scholarly Press Online</a></div>'
            f'<div class="quickSearchFormContainer"><form action="{u("/action/doSearch")}"><input name="AllField" '
            f'placeholder="Enter keywords, authors, DOI, ORCID etc"></form></div></header>'
            f'<div class="journal-banner"><a href="{u("/journals/" + JCODE)}">{JN}</a><ul class="journal-nav">'
            f'<li><a href="{u("/toc/" + JCODE + "/14/2")}">Latest issue</a></li><li><a href="'
            f'{u("/action/journalInformation?show=aimsScope&journalCode=" + JCODE)}">Aims and scope</a></li>'
            f'<li><a href="{u("/action/doSearch?AllField=mentoring")}">Search this journal</a></li></ul></div>'
            f'<main id="main" class="content">{main}</main><footer class="footer"><p>Copyright &copy; 2022 '
            f"Scholarly Press Online. Registered in England.</p><ul><li>Accessibility</li><li>Privacy policy</li></ul>"
            f"</footer></div></body></html>").encode()


def _jn_entry(doi: str, title: str, authors: list[str], first: str, last: str, u) -> str:
    names = ", ".join(" ".join(reversed(a.split(", "))) for a in authors)
    return (f'<div class="tocArticleEntry include-metrics-panel"><div class="article-type">Research Article</div>'
            f'<div class="art_title linkable"><a class="ref nowrap" href="{u("/doi/full/10.5555/" + doi)}">'
            f'<span class="hlFld-Title">{esc(title)}</span></a></div><div class="tocAuthors afterTitle"><div '
            f'class="articleEntryAuthor all"><span class="articleEntryAuthorsLinks">{esc(names)}</span></div></div>'
            f'<div class="tocPageRange maintextleft">Pages: {first}-{last}</div><div class="tocEPubDate">Published '
            f'online: 12 May 2022</div><div class="tocDeliverFormatsLinks"><a href="{u("/doi/abs/10.5555/" + doi)}">'
            f"Abstract</a> | <a href=\"{u('/doi/full/10.5555/' + doi)}\">Full Text</a></div></div>")


def journal(u) -> list[Doc]:
    docs = []
    for doi, title, authors, first, last, grade, abstract, sections in ARTICLES:
        url = u("/doi/full/10.5555/" + doi)
        meta = (f'<meta name="dc.Title" content="{esc(title)}">'
                + "".join(f'<meta name="dc.Creator" content="{esc(a)}">' for a in authors)
                + f'<meta name="citation_journal_title" content="{JN}"><meta name="citation_title" content="{esc(title)}">'
                + "".join(f'<meta name="citation_author" content="{esc(a)}">' for a in authors)
                + f'<meta name="citation_publication_date" content="2022/05/12"><meta name="citation_volume" '
                f'content="14"><meta name="citation_issue" content="2"><meta name="citation_firstpage" content="{first}">'
                f'<meta name="citation_lastpage" content="{last}"><meta name="citation_doi" content="10.5555/{doi}">'
                f'<meta name="citation_publisher" content="Scholarly Press Online"><meta property="og:type" '
                f'content="article"><meta property="og:title" content="{esc(title)}"><link rel="canonical" href="{url}">')
        body = "".join(f'<div class="NLM_sec NLM_sec_level_1"><h2 class="section-heading-2">{h}</h2>'
                       + ps(paras) + "</div>" for h, paras in sections)
        names = "".join(f'<span class="contribDegrees"><a class="author" href="{u("/author/" + a.split(",")[0])}">'
                        f'{esc(" ".join(reversed(a.split(", "))))}</a></span>' for a in authors)
        refs = "".join(f'<li id="CIT000{n}"><span>{esc(r)}</span></li>' for n, r in enumerate(REFERENCES))
        main = (f'<article class="article"><div class="toc-heading"><h3>Research Article</h3></div>'
                f'<h1><span class="NLM_article-title hlFld-title">{esc(title)}</span></h1>'
                f'<div class="literatumAuthors"><div class="publicationContentAuthors">{names}</div></div>'
                f'<div class="widget literatumContentItemPageRange"><span class="contentItemPageRange">Pages {first}-'
                f'{last}</span> | Published online: 12 May 2022</div><div class="abstractSection abstractInFull">'
                f'<h2 class="section-heading-2">Abstract</h2><p>{esc(abstract)}</p></div>'
                f'<div class="hlFld-Fulltext">{body}</div><div class="references"><h2>References</h2><ul '
                f'class="references numeric-ordered-list">{refs}</ul></div></article>'
                f'<aside class="related"><h3>Related articles</h3><ul>'
                + "".join(f'<li><a href="{u("/doi/full/10.5555/" + d)}">{esc(t)}</a></li>'
                          for d, t, *_ in ARTICLES if d != doi) + "</ul></aside>")
        docs.append(Doc("jlws.example", "/doi/full/10.5555/" + doi, "journal-article", grade,
                        _jn_page(f"{title}: {JN}: Vol 14, No 2", u, main, meta)))
    toc = "".join(_jn_entry(d, t, a, f, last, u) for d, t, a, f, last, *_ in ARTICLES)
    docs += [
        Doc("jlws.example", f"/toc/{JCODE}/14/2", "listing", 0, _jn_page(
            f"{JN}: Vol 14, No 2", u, f'<div class="tocContent"><h1 class="tocHeading">Volume 14, Issue 2, 2022</h1>'
                                      f'<h2 class="tocHeading">Research Articles</h2>{toc}</div>')),
        Doc("jlws.example", f"/journals/{JCODE}", "home", 0, _jn_page(
            JN, u, f'<div class="journal-home"><h1>{JN}</h1><p>{JN} publishes research on the people who work in '
                   "libraries: recruitment, mentoring, professional development and careers.</p><h2>Latest articles"
                   f"</h2>{''.join(_jn_entry(d, t, a, f, last, u) for d, t, a, f, last, *_ in ARTICLES[:3])}"
                   f'<p><a href="{u("/toc/" + JCODE + "/14/2")}">View all articles of the latest issue</a></p></div>')),
        Doc("jlws.example", "/action/doSearch?AllField=mentoring", "search", 0, _jn_page(
            "Search results: mentoring", u, '<div class="search-result"><h1>Search results</h1><p class="result__count">'
                                            "4 results for <strong>mentoring</strong></p>"
                                            + "".join(_jn_entry(d, t, a, f, last, u)
                                                      for d, t, a, f, last, g, *_ in ARTICLES if g >= 2) + "</div>",
            body_class="pb-page search")),
        Doc("jlws.example", f"/action/journalInformation?show=aimsScope&journalCode={JCODE}", "about", 0, _jn_page(
            f"{JN}: Aims and scope", u, f'<div class="journal-info"><h1>Aims and scope</h1><p>{JN} is a peer-reviewed '
                                        "journal on library staff: their recruitment, mentoring and professional "
                                        "development, and how they learn through networks and social media. It "
                                        "welcomes studies of mentoring programmes, e-mentoring and peer mentoring."
                                        "</p><h2>Peer review</h2><p>All research articles undergo double-anonymous "
                                        "review by two referees.</p></div>")),
    ]
    return docs


# --- Hugo, PaperMod (newlib.example) ----------------------------------------------------------------

HU = "New Librarian Diaries"
HU_POSTS = [
    Post("/posts/my-mastodon-mentors/", "My Mastodon Mentors", "Priya Nair", "2023-01-09", 3, (ON[11], ON[0])),
    Post("/posts/youtube-and-learning-new-tools/", "YouTube, Workshops and Learning New Tools", "Priya Nair",
         "2023-02-13", 2, (NET[3], ON[12], ELSE[17])),
    Post("/posts/a-canal-ride/", "A Canal Ride", "Priya Nair", "2023-03-20", 0, (ELSE[3], ELSE[14])),
    Post("/posts/faster-interlibrary-loans/", "Faster Interlibrary Loans", "Priya Nair", "2023-04-24", 1,
         plus([ELSE[6], ELSE[8]], ASIDE[3], 0)),
]


def _hu_page(title: str, u, main: str, head: str = "", body_class: str = "list") -> bytes:
    return (f'<!DOCTYPE html><html lang="en" dir="auto"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="generator" content="Hugo 0.111.3">{head}</head><body class="{body_class}" id="top">'
            f'<header class="header"><nav class="nav"><div class="logo"><a href="{u("/")}" accesskey="h" '
            f'title="{HU} (Alt + H)">{HU}</a></div><ul id="menu"><li><a href="{u("/posts/")}" title="Posts"><span>'
            f'Posts</span></a></li><li><a href="{u("/archives/")}" title="Archive"><span>Archive</span></a></li>'
            f'<li><a href="{u("/tags/")}" title="Tags"><span>Tags</span></a></li><li><a href="{u("/search/")}" '
            f'title="Search (Alt + /)" accesskey="/"><span>Search</span></a></li><li><a href="{u("/about/")}" '
            f'title="About"><span>About</span></a></li></ul></nav></header><main class="main">{main}</main>'
            f'<footer class="footer"><span>&copy; 2023 <a href="{u("/")}">{HU}</a></span> &middot; <span>Powered by '
            f'<a href="https://gohugo.io/">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/">'
            f"PaperMod</a></span></footer></body></html>").encode()


def _hu_entries(posts: list[Post], u) -> str:
    return "".join(f'<article class="post-entry"><header class="entry-header"><h2 class="entry-hint-parent">'
                   f'{esc(p.title)}</h2></header><div class="entry-content"><p>{cut(p.paras[0], 150)}</p></div>'
                   f'<footer class="entry-footer"><span title="{p.date}">{p.date}</span>&nbsp;&middot;&nbsp;'
                   f'{esc(p.author)}</footer><a class="entry-link" aria-label="post link to {esc(p.title)}" '
                   f'href="{u(p.path)}"></a></article>' for p in posts)


def hugo(u, links: list[str]) -> list[Doc]:
    docs = []
    for i, p in enumerate(HU_POSTS):
        url = u(p.path)
        ld = json.dumps({"@context": "https://schema.org", "@type": "BlogPosting", "headline": p.title,
                         "datePublished": p.date + "T07:00:00Z", "author": {"@type": "Person", "name": p.author},
                         "mainEntityOfPage": {"@type": "WebPage", "@id": url}})
        head = (f'<link rel="canonical" href="{url}"><meta name="author" content="{esc(p.author)}">'
                f'<meta property="og:title" content="{esc(p.title)}"><meta property="og:type" content="article">'
                f'<meta property="og:url" content="{url}"><meta property="article:published_time" '
                f'content="{p.date}T07:00:00+00:00"><script type="application/ld+json">{ld}</script>')
        body = ps(list(p.paras))
        if i == 0:
            body += f'<p>I wrote about <a href="{u("/posts/finding-my-first-mentor/")}">finding my first mentor</a> ' \
                    f'before, and <a href="{links[0]}">others have too</a>.</p>'
        main = (f'<article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="{u("/")}">'
                f'Home</a>&nbsp;&raquo;&nbsp;<a href="{u("/posts/")}">Posts</a></div><h1 class="post-title '
                f'entry-hint-parent">{esc(p.title)}</h1><div class="post-meta"><span title="{p.date}">{p.date}</span>'
                f"&nbsp;&middot;&nbsp;3 min&nbsp;&middot;&nbsp;{esc(p.author)}</div></header>"
                f'<div class="post-content">{body}</div><footer class="post-footer"><ul class="post-tags"><li>'
                f'<a href="{u("/tags/mentoring/")}">Mentoring</a></li></ul></footer></article>')
        docs.append(Doc("newlib.example", p.path, "article", p.grade, _hu_page(f"{p.title} | {HU}", u, main, head,
                                                                               "single")))
    newest = HU_POSTS[::-1]
    docs += [
        Doc("newlib.example", "/", "home", 0, _hu_page(HU, u, '<article class="first-entry home-info"><header '
                                                              'class="entry-header"><h1>Hi, I am Priya</h1></header>'
                                                              '<div class="entry-content">A new academic librarian '
                                                              "writing about mentors, Mastodon and the job.</div>"
                                                              "</article>" + _hu_entries(newest, u))),
        Doc("newlib.example", "/posts/", "listing", 0, _hu_page(f"Posts | {HU}", u, '<header class="page-header">'
                                                                "<h1>Posts</h1></header>" + _hu_entries(newest, u))),
        Doc("newlib.example", "/tags/mentoring/", "tag", 0, _hu_page(
            f"Mentoring | {HU}", u, '<header class="page-header"><h1>Mentoring</h1></header>'
                                    + _hu_entries([p for p in newest if p.grade >= 2], u))),
        Doc("newlib.example", "/archives/", "listing", 0, _hu_page(
            f"Archive | {HU}", u, '<header class="page-header"><h1>Archive</h1></header><div class="archive-year">'
                                  '<h2 class="archive-year-header">2023</h2>'
                                  + "".join(f'<div class="archive-entry"><h3 class="archive-entry-title">'
                                            f"{esc(p.title)}</h3><div class=\"archive-meta\">{p.date}</div>"
                                            f'<a class="entry-link" href="{u(p.path)}"></a></div>' for p in newest)
                                  + "</div>")),
        Doc("newlib.example", "/about/", "about", 0, _hu_page(
            f"About | {HU}", u, '<article class="post-single"><header class="post-header"><h1 class="post-title">'
                                'About</h1></header><div class="post-content"><p>I am Priya Nair, a subject librarian '
                                "in my second year. I found my mentors on Mastodon and write about mentoring, "
                                "e-mentoring and learning in public.</p></div></article>", body_class="single")),
        Doc("newlib.example", "/search/", "search", 0, _hu_page(
            f"Search | {HU}", u, '<header class="page-header"><h1>Search&nbsp;<svg></svg></h1></header>'
                                 '<div id="searchbox"><input id="searchInput" autofocus placeholder="Search ↵" '
                                 'aria-label="search" type="search" autocomplete="off"><ul id="searchResults" '
                                 'aria-label="search results"></ul></div>', body_class="list")),
        Doc("newlib.example", "/posts/finding-my-first-mentor/", "error", 0, _hu_page(
            f"404 Page not found | {HU}", u, '<div class="not-found">404</div>', body_class="list")),
    ]
    return docs


# --- Substack (letters.example) --------------------------------------------------------------------

SB = "Stacks & Letters"
SB_POSTS = [
    Post("/p/the-whatsapp-group-did-the-mentoring", "The WhatsApp Group Did the Mentoring", "Omar Said",
         "2022-09-06", 3, (ON[9], ON[1], ON[4])),
    Post("/p/notes-from-the-branch-november", "Notes from the Branch, November", "Omar Said", "2022-11-01", 2,
         (ELSE[10], ON[6], ELSE[11])),
]


def _sb_page(title: str, u, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta property="og:site_name" content="{esc(SB)}">{head}</head><body><div id="entry"><div id="main" '
            f'class="main typography use-theme-bg"><div class="main-menu"><div class="topbar-content"><a href="{u("/")}"'
            f' class="navbar-title-link">{esc(SB)}</a><a href="{u("/archive")}">Archive</a><a href="{u("/about")}">'
            f'About</a><button class="button subscribe-btn primary">Subscribe</button></div></div>'
            f'<div class="container">{main}</div></div><div class="footer-wrap"><div class="footer">'
            f'&copy; 2022 Omar Said &middot; <a href="https://substack.com/privacy">Privacy</a> &middot; Substack is '
            f"the home for great writing</div></div></div></body></html>").encode()


def _sb_previews(posts: list[Post], u) -> str:
    return "".join(f'<div class="post-preview portable-archive-post"><div class="post-preview-content"><a '
                   f'class="post-preview-title newsletter" href="{u(p.path)}">{esc(p.title)}</a><a '
                   f'class="post-preview-description" href="{u(p.path)}">{cut(p.paras[0], 120)}</a>'
                   f'<div class="post-preview-meta"><time datetime="{p.date}">{p.date}</time></div></div></div>'
                   for p in posts)


def substack(u) -> list[Doc]:
    docs = []
    for p in SB_POSTS:
        url = u(p.path)
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "url": url, "headline": p.title,
                         "datePublished": p.date + "T12:00:00+00:00",
                         "author": [{"@type": "Person", "name": p.author}],
                         "publisher": {"@type": "Organization", "name": SB}})
        head = (f'<meta property="og:url" content="{url}"><meta property="og:type" content="article">'
                f'<meta property="og:title" content="{esc(p.title)}"><meta name="author" content="{esc(p.author)}">'
                f'<script type="application/ld+json">{ld}</script>')
        main = (f'<div class="single-post-container"><div class="single-post"><article class="typography '
                f'newsletter-post post"><div class="post-header"><h1 dir="auto" class="post-title published">'
                f'{esc(p.title)}</h1><div class="pencraft pc-display-flex byline-wrapper"><a href="https://substack.com'
                f'/@omarsaid">{esc(p.author)}</a><div class="pencraft pc-reset meta">{p.date}</div></div></div>'
                f'<div class="available-content"><div dir="auto" class="body markup">{ps(list(p.paras))}'
                f'<div class="subscription-widget-wrap-editor"><div class="subscription-widget show-subscribe">'
                f'<p class="cta-caption">Thanks for reading {esc(SB)}! Subscribe for free to receive new posts.</p>'
                f'<form><input type="email" name="email"></form></div></div></div></div></article></div></div>')
        docs.append(Doc("letters.example", p.path, "article", p.grade, _sb_page(f"{p.title} - by {p.author}", u,
                                                                               main, head)))
    docs += [
        Doc("letters.example", "/", "home", 0, _sb_page(SB, u, '<div class="home-hero"><h1>' + esc(SB) + "</h1><p>A "
                                                        "branch librarian's newsletter: people, mentoring and the "
                                                        "odd recipe.</p></div><div class=\"portable-archive-list\">"
                                                        + _sb_previews(SB_POSTS[::-1], u) + "</div>",
                                                        '<meta property="og:type" content="website">')),
        Doc("letters.example", "/archive", "listing", 0, _sb_page(f"Archive - {SB}", u, '<div class="portable-'
                                                                  'archive"><h1>Archive</h1>'
                                                                  + _sb_previews(SB_POSTS[::-1], u) + "</div>")),
        Doc("letters.example", "/about", "about", 0, _sb_page(f"About - {SB}", u, '<div class="about-page"><h1>About '
                                                              f"{esc(SB)}</h1><p>Omar Said writes from a small branch "
                                                              "library about mentoring new staff, WhatsApp groups and "
                                                              "the people who use the library.</p></div>")),
    ]
    return docs


# --- DEV (dev.example) -------------------------------------------------------------------------------

DEV_POSTS = [
    Post("/mayaokoye/mentoring-junior-library-developers-on-discord-3k1a",
         "Mentoring Junior Library Developers on Discord", "Maya Okoye", "2023-05-16", 3, (ON[13], ON[7], ON[10])),
    Post("/mayaokoye/notes-from-an-accessibility-audit-5b2c", "Notes from an Accessibility Audit", "Maya Okoye",
         "2023-06-20", 0, (ELSE[17], ELSE[9])),
]


def _dev_page(title: str, u, main: str, head: str = "", page: str = "stories-show") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta property="og:site_name" content="DEV Community">{head}</head><body class="default" '
            f'data-user-status="logged-out"><header class="crayons-header"><a href="{u("/")}" class="site-logo" '
            f'aria-label="DEV Community Home"><svg></svg></a><form action="{u("/search")}"><input name="q"></form>'
            f'<a href="{u("/enter")}">Log in</a></header><div id="page-content" class="wrapper {page}" '
            f'data-current-page="{page}"><div id="page-content-inner">{main}</div></div><footer id="footer" '
            f'class="crayons-footer"><p>DEV Community &mdash; A constructive and inclusive social network for '
            f"software developers.</p></footer></body></html>").encode()


def _dev_cards(posts: list[Post], u) -> str:
    return "".join(f'<div class="crayons-story"><div class="crayons-story__body"><div class="crayons-story__top">'
                   f'<a href="{u("/mayaokoye")}" class="crayons-story__secondary">{esc(p.author)}</a><time '
                   f'datetime="{p.date}">{p.date}</time></div><div class="crayons-story__indention"><h2 '
                   f'class="crayons-story__title"><a href="{u(p.path)}">{esc(p.title)}</a></h2><div '
                   f'class="crayons-story__tags"><a href="{u("/t/mentorship")}">#mentorship</a></div></div></div></div>'
                   for p in posts)


def dev(u) -> list[Doc]:
    docs = []
    for p in DEV_POSTS:
        url = u(p.path)
        head = (f'<meta name="author" content="{esc(p.author)}"><meta property="og:type" content="article">'
                f'<meta property="og:url" content="{url}"><meta property="og:title" content="{esc(p.title)}">'
                f'<link rel="canonical" href="{url}">')
        main = (f'<main id="main-content" class="crayons-layout__content"><article class="crayons-card '
                f'crayons-article" id="article-show-container"><header class="crayons-article__header" '
                f'id="main-title"><div class="crayons-article__subheader"><a href="{u("/mayaokoye")}" '
                f'class="crayons-link fw-bold">{esc(p.author)}</a><p>Posted on <time datetime="{p.date}T09:00:00Z">'
                f'{p.date}</time></p></div><h1 class="fs-3xl fw-bold">{esc(p.title)}</h1><div class="spec__tags">'
                f'<a class="crayons-tag" href="{u("/t/mentorship")}"><span class="crayons-tag__prefix">#</span>'
                f'mentorship</a></div></header><div class="crayons-article__main"><div class="crayons-article__body '
                f'text-styles spec__body" id="article-body">{ps(list(p.paras))}</div></div></article>'
                f'<section class="crayons-card crayons-card--secondary"><h2>More from <a href="{u("/mayaokoye")}">'
                f"Maya Okoye</a></h2>{_dev_cards([q for q in DEV_POSTS if q is not p], u)}</section></main>")
        docs.append(Doc("dev.example", p.path, "article", p.grade, _dev_page(f"{p.title} - DEV Community", u, main,
                                                                           head)))
    docs += [
        Doc("dev.example", "/", "home", 0, _dev_page("DEV Community", u, '<main id="main-content"><div '
                                                     'class="articles-list" id="main-content">'
                                                     + _dev_cards(DEV_POSTS, u) + "</div></main>", page="stories-index")),
        Doc("dev.example", "/mayaokoye", "profile", 0, _dev_page(
            "Maya Okoye - DEV Community", u,
            '<div class="profile-header crayons-card"><h1 class="crayons-title">Maya Okoye</h1><p>Library systems '
            "developer. I mentor junior developers on our Discord and write about mentorship.</p></div>"
            + _dev_cards(DEV_POSTS, u), '<meta property="og:type" content="profile">', page="users-show")),
        Doc("dev.example", "/t/mentorship", "tag", 0, _dev_page(
            "Mentorship - DEV Community", u, '<header class="tag-header"><h1>#mentorship</h1><p>Mentors, mentees, '
                                             "and mentoring in tech.</p></header>" + _dev_cards(DEV_POSTS[:1], u),
            page="tags-index")),
    ]
    return docs


# --- Mastodon (toots.example) ----------------------------------------------------------------------

TOOTS = [
    ("109876543210987654", 3, "2023-02-01",
     "Five years ago I asked a question under #libchat and a stranger answered it properly. She has been my "
     "mentor ever since: we still talk every month. If you are new to the job, ask in public; the mentors are "
     "out there and they like specific questions."),
    ("109876543211112222", 0, "2023-02-03", "The lift in the east wing works again! Three cheers for the engineers."),
]


def _toot_page(title: str, u, main: str, head: str) -> bytes:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{esc(title)}</title>"
            f"<meta content='toots.example' property='og:site_name'>{head}</head><body class='app-body no-reduce-motion'>"
            f"<div class='app-holder' id='mastodon'><noscript><p>To use the Mastodon web application, please enable "
            f"JavaScript.</p></noscript>{main}</div></body></html>").encode()


def mastodon(u) -> list[Doc]:
    docs = []
    for sid, grade, date, text in TOOTS:
        path = f"/@ruth/{sid}"
        head = (f"<meta content='article' property='og:type'><meta content='Ruth Okafor (@ruth@toots.example)' "
                f"property='og:title'><meta content='{u(path)}' property='og:url'><meta content='{esc(text)}' "
                f"property='og:description'><meta content='{date}T10:00:00Z' property='og:published_time'>"
                f"<link href='{u(path)}' rel='canonical'>")
        main = (f"<div class='entry h-entry'><div class='status'><div class='status__info'><a class='status__relative-time"
                f" u-url u-uid' href='{u(path)}'><time class='dt-published' datetime='{date}T10:00:00Z'>{date}</time>"
                f"</a><a class='status__display-name u-url p-author h-card' href='{u('/@ruth')}'><strong "
                f"class='display-name__html p-name'>Ruth Okafor</strong> <span>@ruth@toots.example</span></a></div>"
                f"<div class='status__content emojify'><div class='e-content' lang='en'><p>{esc(text)}</p></div></div>"
                f"</div></div>")
        docs.append(Doc("toots.example", path, "post", grade, _toot_page(f"Ruth Okafor: \"{text[:40]}…\"", u, main,
                                                                         head)))
    statuses = "".join(f"<div class='entry h-entry'><div class='e-content'><p>{esc(t)}</p></div><a class='u-url' "
                       f"href='{u('/@ruth/' + s)}'>{d}</a></div>" for s, _, d, t in TOOTS)
    docs.append(Doc("toots.example", "/@ruth", "profile", 0, _toot_page(
        "Ruth Okafor (@ruth@toots.example) - toots.example", u,
        "<div class='h-feed'><div class='public-account-header'><h1>Ruth Okafor <small>@ruth@toots.example</small>"
        "</h1><div class='account__header__content'><p>School librarian. Mentor. Writes at Shelf Notes.</p></div>"
        f"</div>{statuses}</div>", "<meta content='profile' property='og:type'>")))
    return docs


# --- Drupal 7, Bartik (countylib.example) ------------------------------------------------------------

DR = "Westshire County Libraries"
DR_NODES = [
    Post("/news/volunteer-mentors-wanted", "Volunteer Mentors Wanted for New Staff", "Anna Kowal", "2019-09-10", 2,
         (MENTOR[5], MENTOR[2])),
    Post("/news/local-history-fair", "Local History Fair This Saturday", "Anna Kowal", "2019-10-01", 0,
         (ELSE[10], ELSE[13])),
]


def _dr_page(title: str, u, content: str, body_class: str = "not-front page-node") -> bytes:
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">'
            f'<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" version="XHTML+RDFa 1.0" dir="ltr"><head>'
            f'<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="Generator" '
            f'content="Drupal 7 (http://drupal.org)" /><title>{esc(title)} | {DR}</title></head>'
            f'<body class="html {body_class} one-sidebar sidebar-second"><div id="page-wrapper"><div id="page">'
            f'<div id="header"><div class="section clearfix"><div id="name-and-slogan"><div id="site-name"><strong>'
            f'<a href="{u("/")}" title="Home" rel="home"><span>{DR}</span></a></strong></div></div><div id="main-menu" '
            f'class="navigation"><ul id="main-menu-links" class="links clearfix"><li class="first"><a href="{u("/")}">'
            f'Home</a></li><li><a href="{u("/taxonomy/term/12")}">Staff news</a></li><li class="last"><a '
            f'href="{u("/contact")}">Contact</a></li></ul></div></div></div><div id="main-wrapper" class="clearfix">'
            f'<div id="main" class="clearfix"><div id="content" class="column"><div class="section"><a '
            f'id="main-content"></a>{content}</div></div><div id="sidebar-second" class="column sidebar"><div '
            f'class="section"><div class="block block-block"><h2>Opening hours</h2><div class="content"><p>Mon-Fri '
            f"9-7, Sat 9-1</p></div></div></div></div></div></div><div id=\"footer-wrapper\"><div class=\"section\">"
            f'<div id="footer">Powered by <a href="https://www.drupal.org">Drupal</a></div></div></div></div></div>'
            f"</body></html>").encode()


def _dr_node(p: Post, u, full: bool) -> str:
    title = (f'<h1 class="title" id="page-title">{esc(p.title)}</h1>' if full
             else f'<h2><a href="{u(p.path)}">{esc(p.title)}</a></h2>')
    paras = list(p.paras) if full else list(p.paras[:1])
    return (f'{title}<div class="node node-article node-promoted clearfix" about="{p.path}" typeof="sioc:Item '
            f'foaf:Document"><div class="meta submitted"><span property="dc:date dc:created" content="{p.date}T10:00:00'
            f'+01:00" datatype="xsd:dateTime">Submitted by <span class="username">{esc(p.author)}</span> on {p.date}'
            f'</span></div><div class="content clearfix"><div class="field field-name-body"><div class="field-items">'
            f'<div class="field-item even" property="content:encoded">{ps(paras)}</div></div></div></div>'
            + ("" if full else f'<ul class="links inline"><li class="node-readmore"><a href="{u(p.path)}">Read more</a>'
                               "</li></ul>") + "</div>")


def drupal(u) -> list[Doc]:
    docs = [Doc("countylib.example", p.path, "article", p.grade, _dr_page(p.title, u, _dr_node(p, u, True)))
            for p in DR_NODES]
    teasers = "".join(_dr_node(p, u, False) for p in DR_NODES[::-1])
    front_links = (f'<p><a href="{u("/files/online-mentoring-report-2019.pdf")}">Our online mentoring report (PDF)</a>'
                   f' &middot; <a href="{u("/users/anna-kowal")}">Anna Kowal</a> &middot; '
                   f'<a href="{u("/news/mentoring-open-day")}">Mentoring open day</a></p>')
    docs += [
        Doc("countylib.example", "/", "home", 0, _dr_page("Home", u, teasers + front_links, "front")),
        Doc("countylib.example", "/taxonomy/term/12", "category", 0, _dr_page(
            "Staff news", u, '<h1 class="title" id="page-title">Staff news</h1>' + teasers, "not-front page-taxonomy")),
        Doc("countylib.example", "/contact", "contact", 0, _dr_page(
            "Contact", u, '<h1 class="title" id="page-title">Contact</h1><form class="contact-form" id="contact-site-'
                          'form"><div class="form-item"><label>Your name</label><input name="name"></div><div '
                          'class="form-item"><label>Subject</label><input name="subject"></div><div class="form-item">'
                          '<label>Message</label><textarea name="message"></textarea></div></form>',
            "not-front page-contact")),
        Doc("countylib.example", "/users/anna-kowal", "profile", 0, _dr_page(
            "Anna Kowal", u, '<h1 class="title" id="page-title">Anna Kowal</h1><div class="profile" typeof="sioc:'
                             'UserAccount"><div class="field field-name-field-about"><p>Staff development officer: '
                             "mentoring, e-mentoring and training for library staff.</p></div><dl><dt>Member for</dt>"
                             "<dd>6 years</dd></dl></div>", "not-front page-user")),
        Doc("countylib.example", "/files/online-mentoring-report-2019.pdf", "document", 3, pdf(
            ["Westshire County Libraries: online mentoring report 2019",
             "Mentees were matched with a mentor in another branch and met on video calls.",
             "Between meetings mentors and mentees kept in touch on Slack and WhatsApp.",
             "Nine of ten mentees said e-mentoring fitted their shifts better than meetings.",
             "We recommend continuing online mentoring and training mentors in written feedback."]),
            "application/pdf"),
        Doc("countylib.example", "/news/mentoring-open-day", "error", 0, _dr_page(
            "Page not found", u, '<h1 class="title" id="page-title">Page not found</h1><p>The requested page '
                                 '"/news/mentoring-open-day" could not be found.</p>', "not-front page-404"),
            status=404),
    ]
    return docs



# --- a group blog (groupnotes.example): h1 the blog's name, h3 the posts' titles ---------------------

GB = "Branch Librarians Together"
GB_POSTS = [
    Post("/2019/04/mentoring-that-began-on-linkedin.html", "Mentoring That Began on LinkedIn", "Jo Reyes",
         "2019-04-16", 3, (ON[2], ON[7])),
    Post("/2019/05/book-sale-result.html", "Book Sale Result", "Ken Abe", "2019-05-21", 0, (ELSE[4], ELSE[0])),
]


def _gb_block(p: Post, u) -> str:
    return (f"<h2>{p.date}</h2><h3><a href=\"{u(p.path)}\">{esc(p.title)}</a></h3>"
            f"<div>{'<br /><br />'.join(esc(x) for x in p.paras)}</div><p>Posted by {esc(p.author)} at 9:00 AM | "
            f"<a href=\"{u(p.path)}#comments\">0 comments</a></p>")


def _gb_page(title: str, u, main: str) -> bytes:
    side = "".join(f'<li><a href="{u(p.path)}">{esc(p.title)}</a></li>' for p in GB_POSTS)
    return (f"<html><head><title>{esc(title)}</title></head><body><div id=\"header\"><h1><a href=\"{u('/')}\">{GB}"
            f"</a></h1><p>Five branch librarians share one blog</p></div><div id=\"main\">{main}</div><div "
            f"id=\"sidebar\"><h2>Previous Posts</h2><ul>{side}</ul><h2>Contributors</h2><ul><li>Jo Reyes</li>"
            f"<li>Ken Abe</li></ul></div></body></html>").encode()


def groupblog(u) -> list[Doc]:
    docs = [Doc("groupnotes.example", p.path, "article", p.grade, _gb_page(GB, u, _gb_block(p, u))) for p in GB_POSTS]
    docs.append(Doc("groupnotes.example", "/", "home", 0, _gb_page(GB, u, "".join(_gb_block(p, u)
                                                                                 for p in GB_POSTS[::-1]))))
    return docs


# --- the whole web ----------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page; ``url(host, path)`` makes the absolute URLs links use."""
    def on(host):
        return lambda path: url(host, path)

    links = [url("readingroom.example", GH_POSTS[1].path), url("quietroom.example", BL_POSTS[1].path),
             url("jlws.example", "/doi/full/10.5555/" + ARTICLES[0][0]), url("letters.example", SB_POSTS[0].path),
             url("toots.example", "/@ruth/" + TOOTS[0][0]), url("groupnotes.example", GB_POSTS[0].path)]
    return (wordpress(on("shelfnotes.example"), links) + blogger(on("quietroom.example"))
            + ghost(on("readingroom.example"), links[2:] + links[:2]) + journal(on("jlws.example"))
            + hugo(on("newlib.example"), [url("dev.example", DEV_POSTS[0].path)]) + substack(on("letters.example"))
            + dev(on("dev.example")) + mastodon(on("toots.example")) + drupal(on("countylib.example"))
            + groupblog(on("groupnotes.example")))


class LabelledWeb2(ServedWeb):
    """Web 2 served on loopback addresses (one per host, one port); the
    interface of :class:`tests.labelled_web.LabelledWeb`."""

    HOSTS = HOSTS
    START = START
    FIRST_ADDRESS = 100
    build = staticmethod(build)
