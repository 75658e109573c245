"""A labelled web for the ranking: 70 pages on six hosts, each page with its
kind and a graded relevance to the built-in topic, served on loopback.

The pages are put together from the markup of real templates (WordPress's
Twenty Twenty-One with Yoast's metadata, Blogger's classic Minima with text
in ``<br>``-separated lines and a group blog's ``h1`` blog name and ``h3``
post titles, Open Journal Systems 3 with Highwire tags, Jekyll's Minima with
h-entry, a Drupal news site with JSON-LD, a Discourse forum) and the paragraphs of
:mod:`tests.labelled_text`. Grades: 3 about the topic throughout, 2 about it
in good part, 1 a passing mention, 0 nothing; pages of a kind one does not
cite (home, about, category, tag, search, listing, profile, contact) are
graded 0 whatever they say, and so are errors. ``relevant`` means grade 2 or
more::

    with LabelledWeb() as web:
        web.seeds          # each host's home page
        web.hosts_env      # SCAN_HOSTS for scan
        web.labels         # URL -> Label(kind, grade)

Used by ``tests/test_rank_web.py`` (the acceptance figures, asserted) and
``bench/bench_ranking.py`` (the same figures, printed, beside a peer).
"""

from __future__ import annotations

import html
import json
import zlib
from collections import deque
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Callable
from urllib.parse import urldefrag, urljoin

from tests.labelled_text import MENTORING, OFF, PASSING, SOCIAL, TOPIC
from tests.servers import Page as Route
from tests.servers import Web

HOSTS = ("mentorlib.example", "teachtalk.example", "jem.example", "pln.example", "news.example", "forum.example")


@dataclass(frozen=True)
class Label:
    kind: str
    grade: int


@dataclass(frozen=True)
class Doc:
    host: str
    path: str
    kind: str
    grade: int
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200


def esc(s: str) -> str:
    return html.escape(s, quote=True)


# --- plumbing the webs share (their markup is their own) -------------------------------------

def ps(paras, tag: str = "p", attrs: str = "") -> str:
    """Each of ``paras`` escaped in its own ``<tag attrs>``."""
    return "".join(f"<{tag}{attrs}>{esc(x)}</{tag}>" for x in paras)


def cut(text: str, n: int) -> str:
    """``text`` cut to its words within ``n`` characters, escaped, with an ellipsis (a teaser's excerpt)."""
    return esc(text[:n].rsplit(" ", 1)[0]) + "&hellip;"


def plus(paras, extra: str, at: int) -> tuple[str, ...]:
    """``paras`` with ``extra`` added to the end of paragraph ``at`` (a mention in passing)."""
    out = list(paras)
    out[at] = out[at] + " " + extra
    return tuple(out)


def pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text is ``lines`` (uncompressed, Helvetica)."""
    text = "BT /F1 11 Tf 72 760 Td 14 TL " + " ".join(
        "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for s in lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
            "/Contents 5 0 R >>", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            f"<< /Length {len(text)} >>\nstream\n{text}\nendstream"]
    out, offsets = b"%PDF-1.4\n", []
    for n, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


# --- what the posts say ------------------------------------------------------------------

# recipe -> (grade, paragraphs)
def recipe(name: str, n: int) -> tuple[int, list[str]]:
    """Paragraphs for a post of one recipe; ``n`` varies which paragraphs."""
    def pick(pool, k, start):
        return [pool[(start + i) % len(pool)] for i in range(k)]

    if name == "focused":                  # about the topic throughout
        return 3, pick(TOPIC, 5, 3 * n) + pick(MENTORING, 1, n) + pick(SOCIAL, 1, n)
    if name == "short-focused":            # a short post, all on the topic
        return 3, pick(TOPIC, 3, 5 * n + 1)
    if name == "part":                     # the topic in good part, among other news
        return 2, pick(OFF, 2, 2 * n) + pick(TOPIC, 2, 4 * n + 2) + pick(OFF, 2, 2 * n + 7)
    if name == "mentoring":                # mentoring, no social media
        return 2, pick(MENTORING, 4, n)
    if name == "pln":                      # learning on social media, a theme of the topic
        return 2, pick(SOCIAL, 3, n) + pick(OFF, 1, n + 3)
    if name == "passing":                  # one mention in passing
        paras = pick(OFF, 4, 3 * n + 1)
        paras[2] = paras[2] + " " + PASSING[n % len(PASSING)]
        return 1, paras
    if name == "off":
        return 0, pick(OFF, 4, 3 * n + 2)
    raise ValueError(name)


def excerpt(paras: list[str]) -> str:
    return paras[0][:220].rsplit(" ", 1)[0] + " [&hellip;]"


# --- WordPress (Twenty Twenty-One, Yoast) ----------------------------------------------------

@dataclass(frozen=True)
class Post:
    path: str
    title: str
    author: str
    date: str
    recipe: str
    n: int


WP_POSTS = [
    Post("/2013/02/25/finding-a-mentor-on-twitter/", "Finding a Mentor on Twitter", "Jane Barr", "2013-02-25",
         "focused", 0),
    Post("/2013/04/10/mentoring-moments-in-libchat/", "Mentoring Moments in #libchat", "Jane Barr", "2013-04-10",
         "focused", 1),
    Post("/2013/05/02/e-mentoring-for-rural-branches/", "E-mentoring for Rural Branches", "Sam Hurt", "2013-05-02",
         "short-focused", 0),
    Post("/2013/05/20/news-from-the-branch/", "News from the Branch", "Sam Hurt", "2013-05-20", "part", 0),
    Post("/2013/06/11/what-mentors-need/", "What New Mentors Need", "Jane Barr", "2013-06-11", "mentoring", 0),
    Post("/2013/07/01/closing-for-repairs/", "Closing for Repairs", "Sam Hurt", "2013-07-01", "passing", 0),
    Post("/2013/07/15/summer-reading/", "Summer Reading Results", "Sam Hurt", "2013-07-15", "off", 0),
    Post("/2013/08/03/our-new-catalogue/", "Our New Catalogue", "Jane Barr", "2013-08-03", "off", 1),
    Post("/2013/09/09/peer-circles-online/", "Peer Mentoring Circles Online", "Jane Barr", "2013-09-09",
         "focused", 2),
    Post("/2013/10/21/my-learning-network/", "My Learning Network", "Sam Hurt", "2013-10-21", "pln", 0),
]
WP_SITE = "Library Mentoring Notes"


def _wp_head(title: str, url: str, og_type: str, graph: list, extra: str = "") -> str:
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph})
    return (f'<!doctype html><html lang="en-US"><head><meta charset="UTF-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)} &#8211; {esc(WP_SITE)}</title>"
            f'<meta name="generator" content="WordPress 6.4.2"><link rel="canonical" href="{esc(url)}">'
            f'<meta property="og:locale" content="en_US"><meta property="og:type" content="{og_type}">'
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:url" content="{esc(url)}">'
            f'<meta property="og:site_name" content="{esc(WP_SITE)}">{extra}'
            f'<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>'
            f"<style>body{{margin:0}}</style></head>")


def _wp_chrome(u: Callable[[str], str], body_class: str, main: str) -> str:
    recent = "".join(f'<li><a href="{u(p.path)}">{esc(p.title)}</a></li>' for p in WP_POSTS[-5:])
    return (f'<body class="{body_class}"><div id="page" class="site">'
            f'<a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
            f'<header id="masthead" class="site-header has-title-and-tagline" role="banner">'
            f'<div class="site-branding"><p class="site-title"><a href="{u("/")}" rel="home">{esc(WP_SITE)}</a></p>'
            f'<p class="site-description">Mentoring, peer support and learning networks for librarians</p></div>'
            f'<nav id="site-navigation" class="primary-navigation" role="navigation" aria-label="Primary menu">'
            f'<div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">'
            f'<li><a href="{u("/")}">Home</a></li><li><a href="{u("/about/")}">About</a></li>'
            f'<li><a href="{u("/category/mentoring/")}">Mentoring</a></li>'
            f'<li><a href="{u("/contact/")}">Contact</a></li></ul></div></nav></header>'
            f'<div id="content" class="site-content"><div id="primary" class="content-area">'
            f'<main id="main" class="site-main">{main}</main></div></div>'
            f'<aside class="widget-area"><section id="search-2" class="widget widget_search">'
            f'<form role="search" method="get" class="search-form" action="{u("/")}"><input type="search" name="s">'
            f'<input type="submit" value="Search"></form></section>'
            f'<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent '
            f'Posts</h2><nav aria-label="Recent Posts"><ul>{recent}</ul></nav></section>'
            f'<section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">Tags</h2>'
            f'<div class="tagcloud"><a href="{u("/tag/twitter/")}">Twitter</a> <a href="{u("/tag/e-mentoring/")}">'
            f'e-mentoring</a> <a href="{u("/tag/peer-mentoring/")}">peer mentoring</a></div></section>'
            f'<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><nav '
            f'aria-label="Archives"><ul><li><a href="{u("/2013/05/")}">May 2013</a></li></ul></nav></section></aside>'
            f'<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info">'
            f'<div class="site-name"><a href="{u("/")}">{esc(WP_SITE)}</a></div>'
            f'<div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div>'
            f"</div></footer></div></body></html>")


def wp_post(p: Post, u, others: list[str]) -> Doc:
    grade, paras = recipe(p.recipe, p.n)
    url = u(p.path)
    graph = [{"@type": "Article", "@id": url + "#article", "headline": p.title,
              "author": {"@type": "Person", "name": p.author}, "datePublished": p.date + "T09:00:00+00:00",
              "isPartOf": {"@id": url}, "publisher": {"@id": u("/") + "#organization"}},
             {"@type": "WebPage", "@id": url, "url": url, "name": p.title + " - " + WP_SITE},
             {"@type": "WebSite", "@id": u("/") + "#website", "name": WP_SITE},
             {"@type": "Organization", "@id": u("/") + "#organization", "name": WP_SITE}]
    body = "".join(f"<p>{esc(x)}</p>" for x in paras)
    if others:
        body += f'<p>See also <a href="{others[0]}">this post elsewhere</a> and <a href="{others[1]}">this one</a>.</p>'
    slug = p.path.strip("/").split("/")[-1]
    main = (f'<article id="post-{zlib.crc32(slug.encode()) % 900 + 100}" class="post type-post status-publish '
            f'format-standard hentry category-mentoring entry">'
            f'<header class="entry-header alignwide"><h1 class="entry-title">{esc(p.title)}</h1></header>'
            f'<div class="entry-content">{body}</div>'
            f'<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">'
            f'Published <time class="entry-date published updated" datetime="{p.date}T09:00:00+00:00">{p.date}'
            f'</time></span><span class="byline">By <a href="{u("/author/jane-barr/")}" rel="author">'
            f"{esc(p.author)}</a></span></div>"
            f'<div class="post-taxonomies"><span class="cat-links">Categorized as <a href="{u("/category/mentoring/")}"'
            f' rel="category tag">Mentoring</a></span></div></footer></article>'
            f'<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links">'
            f'<div class="nav-previous"><a href="{u(WP_POSTS[0].path)}" rel="prev">Previous post</a></div></div></nav>'
            f'<div id="comments" class="comments-area default-max-width show-avatars">'
            f'<h2 class="comments-title">One thought on &ldquo;{esc(p.title)}&rdquo;</h2><ol class="comment-list">'
            f'<li id="comment-2" class="comment even thread-even depth-1"><article id="div-comment-2" '
            f'class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
            f'<b class="fn">Dana</b> <span class="says">says:</span></div></footer><div class="comment-content">'
            f"<p>Great post! Mentors, mentoring, mentees and Twitter chats: my mentor sent me here.</p></div>"
            f"</article></li></ol></div>")
    head = _wp_head(p.title, url, "article", graph, f'<meta property="article:published_time" '
                                                    f'content="{p.date}T09:00:00+00:00">'
                    f'<meta name="author" content="{esc(p.author)}">')
    return Doc("mentorlib.example", p.path, "article", grade,
               (head + _wp_chrome(u, "post-template-default single single-post", main)).encode())


def _wp_teasers(posts: list[Post], u) -> str:
    out = []
    for p in posts:
        _, paras = recipe(p.recipe, p.n)
        out.append(f'<article class="post type-post status-publish format-standard hentry entry">'
                   f'<header class="entry-header"><h2 class="entry-title default-max-width">'
                   f'<a href="{u(p.path)}">{esc(p.title)}</a></h2></header>'
                   f'<div class="entry-content"><p>{esc(excerpt(paras))}</p></div>'
                   f'<footer class="entry-footer default-max-width"><span class="posted-on">Published '
                   f'<time class="entry-date published" datetime="{p.date}">{p.date}</time></span></footer></article>')
    return "".join(out)


def wp_listing(path: str, kind: str, heading: str | None, posts: list[Post], u, body_class: str,
               schema: str = "CollectionPage", paged: bool = False) -> Doc:
    url = u(path)
    graph = [{"@type": schema, "@id": url, "url": url, "name": (heading or WP_SITE)},
             {"@type": "WebSite", "@id": u("/") + "#website", "name": WP_SITE}]
    extra = f'<link rel="next" href="{u("/page/2/")}">' if paged else ""
    header = (f'<header class="page-header alignwide"><h1 class="page-title">{heading}</h1></header>'
              if heading else "")
    pager = (f'<nav class="navigation pagination" aria-label="Posts"><div class="nav-links">'
             f'<a class="next page-numbers" href="{u("/page/2/")}">Older posts</a></div></nav>')
    title = html.unescape(heading.replace("<span>", "").replace("</span>", "")) if heading else WP_SITE
    return Doc("mentorlib.example", path, kind, 0,
               (_wp_head(title, url, "website", graph, extra)
                + _wp_chrome(u, body_class, header + _wp_teasers(posts, u) + pager)).encode())


def wp_page(path: str, kind: str, title: str, text: str, u, schema: str = "WebPage") -> Doc:
    url = u(path)
    graph = [{"@type": schema, "@id": url, "url": url, "name": title + " - " + WP_SITE},
             {"@type": "WebSite", "@id": u("/") + "#website", "name": WP_SITE}]
    main = (f'<article id="post-2" class="post-2 page type-page status-publish hentry entry">'
            f'<header class="entry-header alignwide"><h1 class="entry-title">{esc(title)}</h1></header>'
            f'<div class="entry-content">{text}</div></article>')
    return Doc("mentorlib.example", path, kind, 0,
               (_wp_head(title, url, "article", graph) + _wp_chrome(u, "page-template-default page", main)).encode())


def wordpress(u, elsewhere: list[str]) -> list[Doc]:
    docs = [wp_post(p, u, elsewhere[i % len(elsewhere):][:2] if i % 3 == 0 else []) for i, p in enumerate(WP_POSTS)]
    newest = list(reversed(WP_POSTS))
    mentoring = [p for p in newest if p.recipe != "off"]
    docs += [
        wp_listing("/", "home", None, newest[:6], u, "home blog hfeed", paged=True),
        wp_listing("/page/2/", "listing", None, newest[6:], u, "home blog paged paged-2 hfeed"),
        wp_listing("/category/mentoring/", "category", "Category: <span>Mentoring</span>", mentoring[:7], u,
                   "archive category category-mentoring hfeed"),
        wp_listing("/tag/twitter/", "tag", "Tag: <span>Twitter</span>", mentoring[:4], u, "archive tag tag-twitter"),
        wp_listing("/?s=mentoring", "search", "Results for &ldquo;<span>mentoring</span>&rdquo;", mentoring[:6], u,
                   "search search-results hfeed", schema="SearchResultsPage"),
        wp_listing("/author/jane-barr/", "profile", "Author: <span>Jane Barr</span>",
                   [p for p in newest if p.author == "Jane Barr"], u, "archive author author-jane-barr",
                   schema="ProfilePage"),
        wp_listing("/2013/05/", "listing", "Month: <span>May 2013</span>",
                   [p for p in newest if p.date.startswith("2013-05")], u, "archive date"),
        wp_page("/about/", "about", "About",
                "<p>Library Mentoring Notes is about mentoring for librarians: finding a mentor, being a mentor, "
                "peer mentoring circles, e-mentoring and telementoring, mentoring moments in Twitter chats such "
                "as #libchat, and the personal learning network every mentee builds on Twitter, LinkedIn and "
                "blogs.</p><p>We are Jane Barr and Sam Hurt, two librarians who mentor and are mentored; our "
                "mentees write here too. Everything we wrote on "
                f'<a href="{u("/?s=mentoring")}">mentoring</a>.</p>', u),
        wp_page("/contact/", "contact", "Contact",
                "<p>Questions about mentoring, a mentor to recommend, or a peer mentoring circle to announce? "
                "Write to us with the form below or find us on Twitter.</p><form><input name='name'>"
                "<textarea name='message'></textarea></form>", u, schema="ContactPage"),
    ]
    return docs


# --- Blogger (classic Minima; a group blog) --------------------------------------------------

BLOG = "Teacher Talk"
BLOGGER_POSTS = [
    Post("/2012/03/twitter-mentors-for-new-teachers.html", "Twitter Mentors for New Teachers", "Maria Lopez",
         "2012-03-06", "focused", 3),
    Post("/2012/04/telementoring-pilot-year-one.html", "Our Telementoring Pilot, Year One", "Tom Reed", "2012-04-17",
         "focused", 4),
    Post("/2012/05/staffroom-notes.html", "Notes from the Staffroom", "Maria Lopez", "2012-05-08", "part", 1),
    Post("/2012/06/mentoring-student-teachers.html", "Mentoring Student Teachers", "Ana Silva", "2012-06-12",
         "mentoring", 2),
    Post("/2012/09/chess-club-returns.html", "The Chess Club Returns", "Tom Reed", "2012-09-18", "off", 2),
    Post("/2012/10/a-wet-weekend.html", "A Wet Weekend in the Hills", "Ana Silva", "2012-10-02", "passing", 1),
    Post("/2012/11/reverse-mentoring-with-students.html", "Reverse Mentoring with Students", "Maria Lopez",
         "2012-11-20", "short-focused", 2),
]


def _blogger_post_block(p: Post, u, full: bool) -> str:
    _, paras = recipe(p.recipe, p.n)
    text = "<br />\n<br />\n".join(esc(x) for x in (paras if full else paras[:1]))
    day = p.date
    return (f"<div class='date-outer'><h2 class='date-header'><span>{day}</span></h2><div class='date-posts'>"
            f"<div class='post-outer'><div class='post hentry uncustomized-post-template' itemprop='blogPost' "
            f"itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>"
            f"<a name='{zlib.crc32(p.path.encode())}'></a>"
            f"<h3 class='post-title entry-title' itemprop='name'><a href='{u(p.path)}'>{esc(p.title)}</a></h3>"
            f"<div class='post-header'><div class='post-header-line-1'></div></div>"
            f"<div class='post-body entry-content' id='post-body-{zlib.crc32(p.path.encode())}' "
            f"itemprop='description articleBody'><div dir=\"ltr\" style=\"text-align: left;\" trbidi=\"on\">"
            f"{text}</div><div style='clear: both;'></div></div>"
            f"<div class='post-footer'><div class='post-footer-line post-footer-line-1'>"
            f"<span class='post-author vcard'>Posted by <span class='fn' itemprop='author' itemscope='itemscope' "
            f"itemtype='http://schema.org/Person'><span itemprop='name'>{esc(p.author)}</span></span></span> "
            f"<span class='post-timestamp'>at <meta content='{u(p.path)}' itemprop='url'/>"
            f"<a class='timestamp-link' href='{u(p.path)}' rel='bookmark' title='permanent link'>"
            f"<abbr class='published' itemprop='datePublished' title='{day}T10:15:00-08:00'>10:15 AM</abbr></a>"
            f"</span></div><div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: "
            f"<a href='{u('/search/label/mentoring')}' rel='tag'>mentoring</a></span></div></div></div>"
            + ("<div class='comments' id='comments'><a name='comments'></a><h4>2 comments:</h4>"
               "<div id='Blog1_comments-block-wrapper'><dl class='avatar-comment-indent' id='comments-block'>"
               "<dt class='comment-author'>Anonymous said...</dt><dd class='comment-body'><p>Thank you! As a "
               "mentor I found this useful for my mentees, and I shared it on Twitter.</p></dd></dl></div></div>"
               if full else "")
            + "</div></div></div>")


def _blogger_page(title: str, u, main: str, extra_head: str = "") -> bytes:
    archive = "".join(f"<li><a href='{u(p.path)}'>{esc(p.title)}</a></li>" for p in BLOGGER_POSTS)
    return (f"<!DOCTYPE html><html dir='ltr' xmlns='http://www.w3.org/1999/xhtml'><head>"
            f"<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>"
            f"<meta content='blogger' name='generator'/><title>{esc(title)}</title>{extra_head}"
            f"<link rel='alternate' type='application/atom+xml' title='{BLOG} - Atom' href='{u('/feeds/posts/default')}'/>"
            f"</head><body><div class='content'><div class='content-outer'><div id='outer-wrapper'>"
            f"<div id='header-wrapper'><div class='header section' id='header'><div class='widget Header' "
            f"id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'>"
            f"<a href='{u('/')}'>{BLOG}</a></h1></div><div class='descriptionwrapper'><p class='description'>"
            f"<span>A group blog by teachers about teaching, mentoring and the rest</span></p></div></div></div>"
            f"</div></div><div id='content-wrapper'><div id='main-wrapper'><div class='main section' id='main'>"
            f"<div class='widget Blog' data-version='1' id='Blog1'><div class='blog-posts hfeed'>{main}</div>"
            f"<div class='blog-pager' id='blog-pager'><a class='home-link' href='{u('/')}'>Home</a></div>"
            f"</div></div></div><div id='sidebar-wrapper'><div class='sidebar section' id='sidebar'>"
            f"<div class='widget BlogArchive' id='BlogArchive1'><h2>Blog Archive</h2><div class='widget-content'>"
            f"<ul class='posts'>{archive}</ul></div></div><div class='widget Label' id='Label1'><h2>Labels</h2>"
            f"<div class='widget-content list-label-widget-content'><ul><li><a dir='ltr' "
            f"href='{u('/search/label/mentoring')}'>mentoring</a></li></ul></div></div>"
            f"<div class='widget Profile' id='Profile1'><h2>Contributors</h2><div class='widget-content'><ul>"
            f"<li><a class='profile-name-link g-profile' href='{u('/p/about.html')}'>Maria Lopez</a></li>"
            f"<li><a class='profile-name-link g-profile' href='{u('/p/about.html')}'>Tom Reed</a></li></ul></div>"
            f"</div></div></div><div style='clear: both;'></div></div><div id='footer-wrapper'>"
            f"<div class='footer section' id='footer'><div class='widget Attribution' id='Attribution1'>"
            f"<div class='widget-content' style='text-align: center;'>Powered by <a href='https://www.blogger.com' "
            f"target='_blank'>Blogger</a>.</div></div></div></div></div></div></div></body></html>").encode()


def blogger(u) -> list[Doc]:
    docs = []
    for p in BLOGGER_POSTS:
        grade, _ = recipe(p.recipe, p.n)
        docs.append(Doc("teachtalk.example", p.path, "article", grade,
                        _blogger_page(f"{BLOG}: {p.title}", u, _blogger_post_block(p, u, True))))
    newest = list(reversed(BLOGGER_POSTS))
    older = u("/search?updated-max=2012-06-12&max-results=3")
    docs.append(Doc("teachtalk.example", "/", "home", 0,
                    _blogger_page(BLOG, u, "".join(_blogger_post_block(p, u, False) for p in newest[:5])
                                  + f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' "
                                    f"href='{older}' title='Older Posts'>Older Posts</a></span>")))
    docs.append(Doc("teachtalk.example", "/search/label/mentoring", "tag", 0,
                    _blogger_page(f"{BLOG}: mentoring", u,
                                  "<div class='status-msg-wrap'><div class='status-msg-body'>Showing posts with "
                                  "the label <b>mentoring</b>. <a href='/'>Show all posts</a></div></div>"
                                  + "".join(_blogger_post_block(p, u, False) for p in newest
                                            if p.recipe != "off"))))
    docs.append(Doc("teachtalk.example", "/search?updated-max=2012-06-12&max-results=3", "listing", 0,
                    _blogger_page(BLOG, u, "".join(_blogger_post_block(p, u, False) for p in BLOGGER_POSTS[:3]))))
    about = ("<div class='post-outer'><div class='post hentry'><h3 class='post-title entry-title'>About us</h3>"
             "<div class='post-body entry-content'>Teacher Talk is written by three teachers who mentor "
             "student teachers and new colleagues. We write about mentoring, telementoring, Twitter chats for "
             "teachers and the mentees we learn from.<br /><br />Maria Lopez, Tom Reed and Ana Silva</div>"
             "</div></div>")
    docs.append(Doc("teachtalk.example", "/p/about.html", "about", 0, _blogger_page(f"{BLOG}: About us", u, about)))
    return docs


# --- Open Journal Systems 3 --------------------------------------------------------------------

JOURNAL = "Journal of Educational Mentoring"
ARTICLES = [
    ("/index.php/jem/article/view/101", "Telementoring Beginning Teachers on Twitter: A Mixed-Methods Study",
     ["Okonkwo, Adaeze", "Fischer, Thomas"], "2014-03-15", "1", "12", "focused", 5),
    ("/index.php/jem/article/view/102", "Hashtags as Mentoring Networks: A Content Analysis of #libchat",
     ["Santos, Maria", "Chen, Wei"], "2014-03-15", "13", "29", "focused", 6),
    ("/index.php/jem/article/view/103", "Formal and Informal Mentoring of Early-Career Librarians",
     ["Welsh, Ruth"], "2014-03-15", "30", "44", "mentoring", 3),
    ("/index.php/jem/article/view/104", "Cataloguing Backlogs in Small Academic Libraries",
     ["Moreau, Paul"], "2014-03-15", "45", "58", "off", 3),
]


def _ojs_page(title: str, u, main: str, meta: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en-US" xml:lang="en-US"><head><meta charset="utf-8">'
            f"<title>{esc(title)}</title><meta name=\"generator\" content=\"Open Journal Systems 3.3.0.13\">"
            f"{meta}</head><body class=\"pkp_page_article pkp_op_view\" dir=\"ltr\">"
            f'<div class="pkp_structure_page"><header class="pkp_structure_head" id="headerNavigationContainer" '
            f'role="banner"><div class="pkp_head_wrapper"><div class="pkp_site_name_wrapper">'
            f'<div class="pkp_site_name"><a href="{u("/index.php/jem/index")}" class="is_text">{JOURNAL}</a></div>'
            f'</div><nav class="pkp_site_nav_menu" aria-label="Site Navigation"><ul id="navigationPrimary" '
            f'class="pkp_navigation_primary pkp_nav_list"><li><a href="{u("/index.php/jem/issue/current")}">Current'
            f'</a></li><li><a href="{u("/index.php/jem/issue/archive")}">Archives</a></li>'
            f'<li><a href="{u("/index.php/jem/about")}">About</a></li></ul></nav></div></header>'
            f'<div class="pkp_structure_content has_sidebar"><div class="pkp_structure_main" role="main">{main}</div>'
            f'<div class="pkp_structure_sidebar left" role="complementary"><div class="pkp_block block_make_submission">'
            f'<div class="content"><a class="block_make_submission_link" href="{u("/index.php/jem/about/submissions")}">'
            f"Make a Submission</a></div></div></div></div></div></body></html>").encode()


def ojs(u) -> list[Doc]:
    docs = []
    for path, title, authors, date, first, last, rec, n in ARTICLES:
        grade, paras = recipe(rec, n)
        meta = (f'<meta name="citation_journal_title" content="{JOURNAL}"><meta name="citation_issn" content="2999-0001">'
                + "".join(f'<meta name="citation_author" content="{esc(a)}">' for a in authors)
                + f'<meta name="citation_title" content="{esc(title)}"><meta name="citation_language" content="en">'
                f'<meta name="citation_date" content="{date.replace("-", "/")}"><meta name="citation_volume" content="3">'
                f'<meta name="citation_issue" content="1"><meta name="citation_firstpage" content="{first}">'
                f'<meta name="citation_lastpage" content="{last}">'
                f'<meta name="citation_doi" content="10.5555/jem.v3i1.{path[-3:]}">'
                f'<meta name="citation_abstract_html_url" content="{u(path)}">'
                f'<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">'
                f'<meta name="DC.Source.Volume" content="3"><meta name="DC.Type" content="Text.Serial.Journal">')
        main = (f'<div class="page page_article"><nav class="cmp_breadcrumbs" role="navigation"><ol><li><a href="'
                f'{u("/index.php/jem/index")}">Home</a></li><li><a href="{u("/index.php/jem/issue/archive")}">Archives'
                f'</a></li><li><a href="{u("/index.php/jem/issue/view/3")}">Vol. 3 No. 1 (2014)</a></li></ol></nav>'
                f'<article class="obj_article_details"><h1 class="page_title">{esc(title)}</h1>'
                f'<div class="row"><div class="main_entry"><section class="item authors"><ul class="authors">'
                + "".join(f'<li><span class="name">{esc(a.split(", ")[1] + " " + a.split(", ")[0])}</span></li>'
                          for a in authors)
                + f'</ul></section><section class="item doi"><span class="value"><a href="https://doi.org/10.5555/'
                f'jem.v3i1.{path[-3:]}">https://doi.org/10.5555/jem.v3i1.{path[-3:]}</a></span></section>'
                f'<section class="item abstract"><h2 class="label">Abstract</h2><p>{esc(paras[0])}</p></section>'
                f'<section class="item full-text">'
                + "".join(f"<p>{esc(x)}</p>" for x in paras[1:])
                + f'</section></div><div class="entry_details"><div class="item published"><section class="sub_item">'
                f'<h2 class="label">Published</h2><div class="value"><span>{date}</span></div></section></div>'
                f'<div class="item issue"><section class="sub_item"><h2 class="label">Issue</h2><div class="value">'
                f'<a class="title" href="{u("/index.php/jem/issue/view/3")}">Vol. 3 No. 1 (2014)</a></div></section>'
                f"</div></div></div></article></div>")
        docs.append(Doc("jem.example", path, "journal-article", grade,
                        _ojs_page(f"{title} | {JOURNAL}", u, main, meta)))
    toc = "".join(f'<div class="obj_article_summary"><h3 class="title"><a id="article-{p[-3:]}" href="{u(p)}">'
                  f'{esc(t)}</a></h3><div class="meta"><div class="authors">{esc("; ".join(a))}</div>'
                  f'<div class="pages">{f}-{l}</div></div></div>' for p, t, a, _, f, l, _, _ in ARTICLES)
    docs.append(Doc("jem.example", "/index.php/jem/issue/view/3", "listing", 0, _ojs_page(
        f"Vol. 3 No. 1 (2014) | {JOURNAL}", u,
        f'<div class="page page_issue"><h1>Vol. 3 No. 1 (2014)</h1><div class="obj_issue_toc"><div class="heading">'
        f'<div class="description"><p>A special issue on mentoring: telementoring, e-mentoring and mentoring '
        f'networks on social media.</p></div></div><div class="sections"><div class="section"><h2>Articles</h2>'
        f'<ul class="cmp_article_list articles"><li>{toc}</li></ul></div></div></div></div>')))
    docs.append(Doc("jem.example", "/index.php/jem/about", "about", 0, _ojs_page(
        f"About the Journal | {JOURNAL}", u,
        f'<div class="page page_about"><h1>About the Journal</h1><p>The {JOURNAL} publishes research on '
        f"mentoring in education and libraries: formal and informal mentoring, peer mentoring, e-mentoring and "
        f"telementoring, and mentoring through social media such as Twitter.</p><p>It is open access and "
        f"peer reviewed.</p></div>")))
    docs.append(Doc("jem.example", "/index.php/jem/index", "home", 0, _ojs_page(
        JOURNAL, u, f'<div class="page_index_journal"><section class="homepage_about"><h2>About the Journal</h2>'
                    f"<p>Research on mentoring, e-mentoring and mentoring networks.</p></section>"
                    f'<section class="current_issue"><h2>Current Issue</h2><div class="obj_issue_toc">{toc}</div>'
                    f"</section></div>")))
    return docs


# --- Jekyll (Minima, h-entry) ------------------------------------------------------------------

PLN_POSTS = [
    Post("/2015/01/12/pln-on-mastodon.html", "Moving My PLN to Mastodon", "Priya Raman", "2015-01-12", "pln", 1),
    Post("/2015/02/02/mentoring-in-140-characters.html", "Mentoring in 140 Characters", "Priya Raman", "2015-02-02",
         "focused", 7),
    Post("/2015/03/09/quilting-season.html", "Quilting Season", "Priya Raman", "2015-03-09", "off", 3),
    Post("/2015/04/20/flash-mentoring.html", "Flash Mentoring, Explained", "Priya Raman", "2015-04-20",
         "short-focused", 3),
    Post("/2015/05/04/budget-and-the-mobile-library.html", "The Budget and the Mobile Library", "Priya Raman",
         "2015-05-04", "passing", 2),
]


def _jekyll(title: str, u, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | PLN Notes</title>'
            f'<meta name="generator" content="Jekyll v4.3.2">{head}</head><body>'
            f'<header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" '
            f'href="{u("/")}">PLN Notes</a><nav class="site-nav"><div class="trigger"><a class="page-link" '
            f'href="{u("/about/")}">About</a><a class="page-link" href="{u("/tags/")}">Tags</a></div></nav></div>'
            f'</header><main class="page-content" aria-label="Content"><div class="wrapper">{main}</div></main>'
            f'<footer class="site-footer h-card"><data class="u-url" href="{u("/")}"></data><div class="wrapper">'
            f'<h2 class="footer-heading">PLN Notes</h2><ul class="contact-list"><li class="p-name">Priya Raman</li>'
            f"</ul></div></footer></body></html>").encode()


def jekyll(u) -> list[Doc]:
    docs = []
    for p in PLN_POSTS:
        grade, paras = recipe(p.recipe, p.n)
        ld = json.dumps({"@context": "https://schema.org", "@type": "BlogPosting", "headline": p.title,
                         "datePublished": p.date + "T00:00:00+00:00", "author": {"@type": "Person", "name": p.author},
                         "url": u(p.path)})
        main = (f'<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">'
                f'<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">{esc(p.title)}'
                f'</h1><p class="post-meta"><time class="dt-published" datetime="{p.date}T00:00:00+00:00" '
                f'itemprop="datePublished">{p.date}</time> • <span itemprop="author" itemscope itemtype='
                f'"http://schema.org/Person"><span class="p-author h-card" itemprop="name">{esc(p.author)}</span>'
                f'</span></p></header><div class="post-content e-content" itemprop="articleBody">'
                + "".join(f"<p>{esc(x)}</p>" for x in paras)
                + f'</div><a class="u-url" href="{u(p.path)}" hidden></a></article>')
        docs.append(Doc("pln.example", p.path, "article", grade,
                        _jekyll(p.title, u, main, f'<meta property="og:type" content="article">'
                                                  f'<script type="application/ld+json">{ld}</script>')))
    items = "".join(f'<li><span class="post-meta">{p.date}</span><h3><a class="post-link" href="{u(p.path)}">'
                    f"{esc(p.title)}</a></h3></li>" for p in reversed(PLN_POSTS))
    docs.append(Doc("pln.example", "/", "home", 0, _jekyll(
        "PLN Notes", u, f'<div class="home"><h2 class="post-list-heading">Posts</h2><ul class="post-list">{items}'
                        f"</ul></div>")))
    docs.append(Doc("pln.example", "/about/", "about", 0, _jekyll(
        "About", u, '<article class="post"><header class="post-header"><h1 class="post-title">About</h1></header>'
                    '<div class="post-content"><p>I am Priya Raman, a school librarian. PLN Notes is about my '
                    "personal learning network: mentoring on Twitter, mentoring moments, Mastodon, and the mentors "
                    "and mentees I have met online.</p></div></article>")))
    docs.append(Doc("pln.example", "/tags/", "listing", 0, _jekyll(
        "Tags", u, f'<div class="home"><h1 class="page-heading">Tags</h1><h2 id="mentoring">mentoring</h2>'
                   f'<ul class="post-list">{items}</ul></div>')))
    return docs


# --- a Drupal news site ------------------------------------------------------------------------

NEWS = [
    ("/news/2016/mentoring-scheme-launches", "University Library Launches Online Mentoring Scheme", "Ana Silva",
     "2016-02-10", "focused", 8),
    ("/news/2016/new-makerspace", "New Makerspace Opens in the Main Library", "Lee Park", "2016-03-01", "off", 4),
    ("/news/2016/parking-changes", "Parking Changes from April", "Lee Park", "2016-03-15", "off", 5),
    ("/news/2016/student-mentors-win-award", "Student Mentors Win National Award", "Ana Silva", "2016-05-02",
     "mentoring", 4),
]


def _drupal(title: str, u, main: str, head: str = "", body_class: str = "path-node page-node-type-article") -> bytes:
    return (f'<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">'
            f'<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><title>{esc(title)} | University '
            f"News</title>{head}</head><body class=\"{body_class}\"><a href=\"#main-content\" class=\"visually-hidden "
            f'focusable skip-link">Skip to main content</a><div class="dialog-off-canvas-main-canvas">'
            f'<header role="banner" class="site-header"><div class="region region-header"><div id="block-sitebranding"'
            f' class="block block-system-branding-block"><a href="{u("/")}" rel="home">University News</a></div></div>'
            f'<nav role="navigation" class="menu--main"><ul class="menu"><li class="menu-item"><a href="{u("/")}">'
            f'News</a></li><li class="menu-item"><a href="{u("/news/section/library")}">Library</a></li>'
            f'<li class="menu-item"><a href="{u("/contact")}">Contact us</a></li></ul></nav></header>'
            f'<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">{main}</div></main>'
            f'<footer role="contentinfo" class="site-footer"><div class="region region-footer"><p>University of the '
            f"Lakes, 1 College Road. Follow us on Facebook and Twitter.</p></div></footer></div></body></html>").encode()


def drupal(u) -> list[Doc]:
    docs = []
    for path, title, author, date, rec, n in NEWS:
        grade, paras = recipe(rec, n)
        ld = json.dumps({"@context": "https://schema.org", "@graph": [{
            "@type": "NewsArticle", "headline": title, "datePublished": date + "T12:00:00+0000",
            "author": {"@type": "Person", "name": author},
            "publisher": {"@type": "Organization", "name": "University of the Lakes"}}]})
        main = (f'<article role="article" class="node node--type-article node--view-mode-full">'
                f'<h1 class="page-title"><span class="field field--name-title">{esc(title)}</span></h1>'
                f'<footer class="node__meta"><div class="node__submitted">By <span class="field--name-uid">'
                f'{esc(author)}</span>, <span class="field--name-created">{date}</span></div></footer>'
                f'<div class="node__content"><div class="clearfix text-formatted field field--name-body '
                f'field--type-text-with-summary field__item">' + "".join(f"<p>{esc(x)}</p>" for x in paras)
                + "</div></div></article>")
        docs.append(Doc("news.example", path, "article", grade, _drupal(
            title, u, main, f'<script type="application/ld+json">{ld}</script>'
                            f'<meta property="og:type" content="article"><meta property="og:site_name" '
                            f'content="University News">')))
    teasers = "".join(f'<div class="views-row"><article class="node node--type-article node--view-mode-teaser">'
                      f'<h2><a href="{u(p)}" rel="bookmark"><span>{esc(t)}</span></a></h2><div class="node__content">'
                      f"<p>{esc(excerpt(recipe(r, n)[1]))}</p></div></article></div>"
                      for p, t, _, _, r, n in NEWS)
    listing = f'<div class="views-element-container"><div class="view view-frontpage">{teasers}</div></div>'
    docs.append(Doc("news.example", "/", "home", 0, _drupal(
        "Home", u, listing + f'<p><a href="{u("/files/mentoring-report-2016.pdf")}">Mentoring scheme report (PDF)</a>'
                              f' · <a href="{u("/people/ana-silva")}">Ana Silva</a> · '
                              f'<a href="{u("/news/2015/old-mentoring-story")}">An older story</a> · '
                              f'<a href="{u("/news/2016/mentoring-week")}">Mentoring week</a></p>',
        body_class="path-frontpage")))
    docs.append(Doc("news.example", "/news/section/library", "category", 0, _drupal(
        "Library", u, '<h1 class="page-title">Library</h1>' + listing, body_class="path-taxonomy")))
    docs.append(Doc("news.example", "/contact", "contact", 0, _drupal(
        "Contact us", u, '<h1 class="page-title">Contact us</h1><p>Press enquiries about the library, the mentoring '
                         'scheme or our mentors: call the news office or use the form.</p><form><input name="mail">'
                         "</form>", body_class="path-contact")))
    docs.append(Doc("news.example", "/people/ana-silva", "profile", 0, _drupal(
        "Ana Silva", u, '<article class="node node--type-person"><h1 class="page-title">Ana Silva</h1><div '
                        'class="field--name-field-job-title">Mentoring coordinator</div><p>Ana Silva coordinates the '
                        "library's mentoring scheme: she matches mentors and mentees, runs e-mentoring on Slack and "
                        "Twitter, and trains new mentors.</p></article>",
        head='<script type="application/ld+json">{"@context":"https://schema.org","@type":"ProfilePage",'
             '"mainEntity":{"@type":"Person","name":"Ana Silva"}}</script>', body_class="path-node page-node-type-person")))
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% Mentoring scheme report 2016: mentors and mentees\n%%EOF\n")
    docs.append(Doc("news.example", "/files/mentoring-report-2016.pdf", "document", 0, pdf, "application/pdf"))
    docs.append(Doc("news.example", "/news/2015/old-mentoring-story", "error", 0, b"<html><body><h1>Page not found"
                    b"</h1><p>The page you requested does not exist.</p></body></html>", status=404))
    docs.append(Doc("news.example", "/news/2016/mentoring-week", "error", 0, _drupal(
        "Page not found", u, '<h1 class="page-title">Page not found</h1><p>Try the search, or browse mentoring '
                             "news from the home page.</p>", body_class="path-404")))
    return docs


# --- a Discourse forum --------------------------------------------------------------------------

TOPICS = [
    ("/t/mentoring-moments-on-libchat/123", "Mentoring moments on #libchat", "ana", "2022-11-20", 3,
     "Mentoring thread: I have mentored new librarians for ten years, and the best mentoring moments now happen "
     "on Mastodon and in this forum. Ask a specific question under #libchat and tag a mentor you admire; mentors "
     "answer specific questions. Peer mentoring works too: my mentees mentor each other in a group chat."),
    ("/t/telementoring-pilot-needs-mentors/124", "Telementoring pilot needs mentors", "ana", "2022-12-02", 2,
     "Our telementoring pilot is recruiting mentors for next term: one video call a month with a mentee in a "
     "rural school, and messages in between. Reply if you want to mentor."),
    ("/t/laser-cutter-in-the-makerspace/125", "Laser cutter in the makerspace", "lee", "2022-12-05", 0,
     "The new makerspace has a laser cutter and it is glorious. Saturday sessions are free, book at the desk."),
]


def _discourse(title: str, u, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} - Librarians Forum'
            f'</title><meta name="generator" content="Discourse 3.1.0 - https://github.com/discourse/discourse">'
            f'<meta property="og:site_name" content="Librarians Forum">{head}</head><body class="crawler">'
            f'<header><a href="{u("/")}"><img src="/logo.png" alt="Librarians Forum" id="site-logo"></a></header>'
            f'<div id="main-outlet" class="wrap" role="main">{main}</div>'
            f'<footer class="container wrap"><nav class="crawler-nav"><ul><li><a href="{u("/")}">Home</a></li>'
            f'<li><a href="{u("/tag/libchat")}">#libchat</a></li></ul></nav></footer></body></html>').encode()


def discourse(u) -> list[Doc]:
    docs = []
    for path, title, who, date, grade, text in TOPICS:
        ld = json.dumps({"@context": "http://schema.org", "@type": "DiscussionForumPosting", "headline": title,
                         "datePublished": date + "T10:00:00Z", "author": {"@type": "Person", "name": who},
                         "url": u(path), "articleSection": "Mentoring"})
        main = (f'<div id="topic-title"><h1><a href="{u(path)}">{esc(title)}</a></h1><div class="topic-category" '
                f'itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement"><a '
                f'href="{u("/c/mentoring/5")}" class="badge-wrapper" itemprop="item"><span itemprop="name">Mentoring'
                f'</span></a></span></div></div><div itemscope itemtype="http://schema.org/DiscussionForumPosting" '
                f'class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" '
                f'itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="'
                f'{u("/u/" + who)}"><span itemprop="name">{who}</span></a></span><span class="crawler-post-infos">'
                f'<time itemprop="datePublished" datetime="{date}T10:00:00Z" class="post-time">{date}</time></span>'
                f'</div><div class="post" itemprop="text"><p>{esc(text)}</p></div></div>'
                f'<div class="crawler-linkback-list"><a href="{u("/tag/libchat")}">#libchat</a></div>')
        docs.append(Doc("forum.example", path, "post", grade, _discourse(
            title, u, main, f'<meta property="og:type" content="website"><meta name="description" '
                            f'content="{esc(text[:150])}"><script type="application/ld+json">{ld}</script>')))
    docs.append(Doc("forum.example", "/u/ana", "profile", 0, _discourse(
        "Profile - ana", u,
        '<div class="user-crawler"><h1>ana</h1><p>Mentoring coordinator. I post about mentoring, '
        "e-mentoring and #libchat.</p></div><div class=\"topic-list\">"
        + "".join(f'<div class="topic-list-item"><a href="{u(p)}">{esc(t)}</a></div>' for p, t, *_ in TOPICS[:2])
        + "</div>", '<meta property="og:type" content="profile">')))
    rows = "".join(f'<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a itemprop="url" '
                   f'href="{u(p)}" class="title raw-link raw-topic-link">{esc(t)}</a></span><div class="link-bottom-'
                   f'line"><span class="excerpt">{esc(x[:120])}</span></div></td><td class="replies">3</td></tr>'
                   for p, t, _, _, _, x in TOPICS)
    docs.append(Doc("forum.example", "/tag/libchat", "tag", 0, _discourse(
        "Topics tagged libchat", u, f'<h1>Topics tagged libchat</h1><table class="topic-list">{rows}</table>')))
    docs.append(Doc("forum.example", "/", "home", 0, _discourse(
        "Latest topics", u, f'<h1>Latest topics</h1><table class="topic-list">{rows}</table>'
                            f'<p><a href="{u("/u/ana")}">ana</a></p>')))
    return docs


# --- the whole web ------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page; ``url(host, path)`` makes the absolute URLs links use."""
    def on(host):
        return lambda path: url(host, path)

    elsewhere = [url("teachtalk.example", BLOGGER_POSTS[0].path), url("pln.example", PLN_POSTS[1].path),
                 url("jem.example", ARTICLES[0][0]), url("news.example", NEWS[0][0]),
                 url("forum.example", TOPICS[0][0]), url("jem.example", "/index.php/jem/issue/view/3")]
    return (wordpress(on("mentorlib.example"), elsewhere) + blogger(on("teachtalk.example")) + ojs(on("jem.example"))
            + jekyll(on("pln.example")) + drupal(on("news.example")) + discourse(on("forum.example")))


class ServedWeb:
    """A labelled web served on loopback addresses (one per host, one port).
    A web sets ``HOSTS``, ``START`` (a host's seed path when it is not ``/``),
    ``FIRST_ADDRESS`` (its hosts are 127.0.0.FIRST_ADDRESS and up, going on into
    127.0.1.x past 255) and
    ``build(url) -> [Doc]``; every web has this interface."""

    HOSTS: tuple[str, ...] = ()
    START: dict[str, str] = {}
    FIRST_ADDRESS = 60

    @staticmethod
    def build(url: Callable[[str, str], str]) -> list["Doc"]:
        raise NotImplementedError

    def __init__(self, first_address: int | None = None):
        first = self.FIRST_ADDRESS if first_address is None else first_address
        self.webs: dict[str, Web] = {}
        port = 0
        for n, host in enumerate(self.HOSTS):
            k = first + n
            web = Web(f"127.0.{k // 256}.{k % 256}", port, name=host)
            port = web.port
            self.webs[host] = web
        self.port = port
        self.docs = self.build(self.url)
        self.labels: dict[str, Label] = {}
        for d in self.docs:
            self.webs[d.host].route(d.path, Route(d.body, status=d.status, content_type=d.content_type))
            self.labels[self.url(d.host, d.path)] = Label(d.kind, d.grade if d.kind in CITABLE else 0)

    def url(self, host: str, path: str) -> str:
        return f"http://{host}:{self.port}{path}"

    @property
    def seeds(self) -> list[str]:
        return [self.url(h, self.START.get(h, "/")) for h in self.HOSTS]

    @property
    def hosts_env(self) -> str:
        return ",".join(f"{h}={w.host}" for h, w in self.webs.items())

    def __enter__(self):
        for w in self.webs.values():
            w.start()
        return self

    def __exit__(self, *exc) -> None:
        for w in self.webs.values():
            w.stop()


class LabelledWeb(ServedWeb):
    """Web 1 (see the module docstring)."""

    HOSTS = HOSTS
    START = {"jem.example": "/index.php/jem/index"}
    FIRST_ADDRESS = 60
    build = staticmethod(build)


CITABLE = ("article", "journal-article", "post", "document")


def ndcg(grades: list[int], ideal: list[int], k: int = 10) -> float:
    """NDCG@k of a ranking's grades (gains 2^g - 1, log2 discount)."""
    import math

    def dcg(gs):
        return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(gs[:k]))

    best = dcg(sorted(ideal, reverse=True))
    return dcg(grades) / best if best else 0.0


# --- the structural checks of a held-out web, made without scan ------------------------------------------


def built_docs(web: type[ServedWeb]) -> tuple[dict[str, "Doc"], Callable[[str, str], str]]:
    """A web's pages by URL, built on a fixed port without serving them, and its ``url(host, path)``."""
    def url(host: str, path: str) -> str:
        return f"http://{host}:8000{path}"
    return {url(d.host, d.path): d for d in web.build(url)}, url


class _PageLinks(HTMLParser):
    """A page's ``<a href>`` links a polite crawler follows (not ``rel="nofollow"``) and its ``<title>``."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.title: str | None = None
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href") and "nofollow" not in (a.get("rel") or "").split():
            self.hrefs.append(a["href"])
        if tag == "title":
            self.title, self._in_title = self.title or "", True

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def page_links(body: bytes) -> _PageLinks:
    p = _PageLinks()
    p.feed(body.decode("utf-8"))
    p.close()
    return p


def link_depths(web: type[ServedWeb]) -> dict[str, int]:
    """How many links each page is from the web's seeds, following ``<a href>`` links (not nofollow) of pages
    answering 200 with HTML, to depth 3: a breadth-first walk, without scan."""
    docs, url = built_docs(web)
    depth = {s: 0 for s in (url(h, web.START.get(h, "/")) for h in web.HOSTS) if s in docs}
    todo = deque(depth)
    while todo:
        u = todo.popleft()
        d = docs[u]
        if depth[u] >= 3 or not d.content_type.startswith("text/html") or d.status != 200:
            continue
        for href in page_links(d.body).hrefs:
            target = urldefrag(urljoin(u, href))[0]
            if target in docs and target not in depth:
                depth[target] = depth[u] + 1
                todo.append(target)
    return depth


def stray_links(web: type[ServedWeb]) -> list[str]:
    """The followed links of a web's pages that lead to a page of one of its hosts it does not label."""
    docs, _ = built_docs(web)
    stray = set()
    for u, d in docs.items():
        if d.content_type.startswith("text/html"):
            for href in page_links(d.body).hrefs:
                target = urldefrag(urljoin(u, href))[0]
                host = target.split("/")[2].split(":")[0] if "://" in target else ""
                if host in web.HOSTS and target not in docs:
                    stray.add(f"{u} -> {target}")
    return sorted(stray)


def malformed(web: type[ServedWeb], others: tuple[str, ...] = ()) -> list[str]:
    """A web's pages that are not what they claim: HTML without a title, a PDF that is no whole PDF, a body of
    another content type than ``others``."""
    docs, _ = built_docs(web)
    wrong = []
    for u, d in docs.items():
        if d.content_type.startswith("text/html"):
            ok = bool((page_links(d.body).title or "").strip())
        elif d.content_type == "application/pdf":
            ok = d.body.startswith(b"%PDF-") and d.body.rstrip().endswith(b"%%EOF")
        else:
            ok = d.content_type.startswith(others) if others else False
        if not ok:
            wrong.append(u)
    return wrong


def served_wrongly(web: ServedWeb) -> list[str]:
    """The labelled pages a served web does not answer as written (status,
    body, content type), each host asked on its own loopback address."""
    import requests

    wrong = []
    for d in web.docs:
        r = requests.get(f"http://{web.webs[d.host].host}:{web.port}{d.path}", timeout=10, allow_redirects=False)
        if (r.status_code, r.content, r.headers.get("Content-Type")) != (d.status, d.body, d.content_type):
            wrong.append(f"{d.host}{d.path}")
    return wrong


def crawl_web(web: ServedWeb, ws):
    """``scan crawl`` of a served web from its seeds (depth 3, no delay) into
    the workspace ``ws``, as a user runs it, one request at a time: with
    several at once, which page links a URL first (its depth, the page it
    inherits from) depends on which answer comes first, and a test of what
    the crawl finds must not depend on a loaded machine's timing. Returns
    ``(scan, pages)``: ``scan(*args, input=None)`` runs more commands there
    and asserts they succeed, ``pages`` is ``scan pages --json``."""
    from tests.conftest import run_scan

    env = {"SCAN_HOSTS": web.hosts_env, "SCAN_HOSTS_ONLY": "1"}

    def scan(*args, input=None):
        r = run_scan(*args, cwd=ws, env=env, input=input)
        assert r.returncode == 0, (args, r.stderr[-3000:])
        return r

    scan("crawl", *web.seeds, "--depth", "3", "--delay", "0", "--allow-private", "--concurrency", "1")
    return scan, json.loads(scan("pages", "--json").stdout)


def crawled_web(web: ServedWeb, ws):
    """What the acceptance tests read of a served web: :func:`crawl_web`,
    then ``scan cite --min-score 60 --no-add --json``. Returns ``(scan,
    pages, cited)``."""
    scan, pages = crawl_web(web, ws)
    cited = json.loads(scan("cite", "--min-score", "60", "--no-add", "--json").stdout)
    return scan, pages, cited


def measure(ranked_urls: list[str], cited_urls: list[str], labels: dict[str, Label]) -> dict:
    """The acceptance figures of a ranking (``scan pages`` order) and of what
    ``scan cite --min-score 60`` cites: NDCG@10, the pages in the top 10
    that are not works, and the citations' precision and recall (relevant:
    grade 2 or more)."""
    known = [u for u in ranked_urls if u in labels]
    grades = [labels[u].grade for u in known]
    top = known[:10]
    relevant = {u for u, lab in labels.items() if lab.grade >= 2}
    cited = [u for u in cited_urls if u in labels]
    hits = sum(1 for u in cited if u in relevant)
    return {
        "pages": len(known), "labelled": len(labels),
        "ndcg@10": round(ndcg(grades, [lab.grade for lab in labels.values()]), 3),
        "not_works_in_top10": [u for u in top if labels[u].kind not in CITABLE],
        "cited": len(cited), "precision": round(hits / len(cited), 3) if cited else 0.0,
        "recall": round(hits / len(relevant), 3) if relevant else 0.0,
        "missed": sorted(relevant - set(cited)), "wrongly_cited": [u for u in cited if u not in relevant],
    }
