"""Web 25: a held-out labelled web of 116 pages on ten hosts, built from the
texts and labels of :mod:`tests.labelled_text25` (committed before this
module), each host on a platform no earlier web uses, with that platform's
markup (reduced), metadata and URL shapes:

* ``branchlines.example``: WordPress with Twenty Fifteen (a branch manager's blog);
* ``boxesandfolders.example``: Hugo with Tranquilpeak (an archivist's blog);
* ``mlisjournal.example``: Jekyll with TeXt and jekyll-seo-tag (a student's blog);
* ``afterthestacks.example``: Ghost with Solo (a retired cataloguer's blog);
* ``chat.infoprofs.example``: a Zulip public archive (zulip-archive's static pages);
* ``pod.readinglamp.example``: a diaspora* pod (posts, profiles, tag streams);
* ``frontiers-lis.example``: a Frontiers-like journal (citation_* tags, full text and PDF);
* ``digital.ridgeuniv.example``: an Islandora 7 repository (Drupal 7, islandora_scholar);
* ``northvalleylibraries.example``: Kirby CMS, its Starterkit's notes (an association);
* ``ask.ridgeuniv.example``: a LibAnswers FAQ.

Seeds: each host's home (the Zulip archive's index). Used like every web::

    with LabelledWeb25() as web:
        web.seeds, web.hosts_env, web.labels
"""

from __future__ import annotations

import json
import re
import textwrap
from datetime import date as _date
from typing import Callable

from tests import labelled_text25 as T
from tests.labelled_web import Doc, ServedWeb, esc, pdf, ps

W = T.WORKS
_LABEL = {(w.host, w.path): (w.kind, w.grade) for w in W.values()}
_LABEL.update({(h, p): (k, 0) for h, p, k in T.OTHER})


def _doc(host: str, path: str, body: str | bytes, status: int = 200,
         content_type: str = "text/html; charset=utf-8") -> Doc:
    kind, grade = _LABEL[(host, path)]
    return Doc(host, path, kind, grade, body if isinstance(body, bytes) else body.encode(), content_type, status)


def _works(host: str) -> list[T.Work]:
    return [w for w in W.values() if w.host == host]


def _w(host: str, path: str) -> T.Work:
    return W[host + path]


def _long(d: str) -> str:
    return _date.fromisoformat(d).strftime("%B %-d, %Y")


def _short(d: str) -> str:
    return _date.fromisoformat(d).strftime("%b %d, %Y")


def _excerpt(w: T.Work, n: int = 200) -> str:
    return esc(w.paras[0][:n].rsplit(" ", 1)[0]) + "&hellip;"


def _words(w: T.Work) -> int:
    return sum(len(p.split()) for p in w.paras)


def _pdf(w: T.Work) -> bytes:
    lines = [w.title[:90], w.author, ""]
    for p in w.paras:
        lines += textwrap.wrap(p, 88) + [""]
    return pdf(lines)


# --- WordPress, Twenty Fifteen -------------------------------------------------------------------

WP_SITE = "Branch Lines"
WP_CATS = {"/category/professional-life/": ("Professional life", [
    "/2023/11/21/what-a-peer-mentoring-circle-looks-like/", "/2023/06/20/new-staff-first-ninety-days/",
    "/2023/05/02/leaving-the-bird-site/", "/2023/03/14/the-people-who-taught-me-this-job/"]),
    "/category/branch-news/": ("Branch news", [
        "/2023/10/03/our-social-media-policy/", "/2023/08/29/new-self-checkout-machines/",
        "/2023/07/11/summer-reading-week-three/", "/2023/05/02/leaving-the-bird-site/"])}
WP_TAGGED = ["/2023/11/21/what-a-peer-mentoring-circle-looks-like/", "/2023/03/14/the-people-who-taught-me-this-job/",
             "/2023/06/20/new-staff-first-ninety-days/"]


def _wp_page(u, title: str, path: str, body_class: str, main: str, head: str = "") -> str:
    newest = sorted(_works(T.WP), key=lambda w: w.date, reverse=True)
    recent = "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in newest[:5])
    cats = "".join(f'<li class="cat-item"><a href="{u(p)}">{esc(n)}</a></li>' for p, (n, _) in WP_CATS.items())
    return (f'<!DOCTYPE html><html lang="en-US" class="no-js"><head><meta charset="UTF-8">'
            f'<meta name="viewport" content="width=device-width"><link rel="profile" href="https://gmpg.org/xfn/11">'
            f"<title>{title}</title><meta name='robots' content='max-image-preview:large'>"
            f'<link rel="alternate" type="application/rss+xml" title="{WP_SITE} &raquo; Feed" href="{u("/feed/")}">'
            f"<link rel='stylesheet' id='twentyfifteen-style-css' href='{u('/wp-content/themes/twentyfifteen/style.css')}"
            f"?ver=20231107' media='all'>{head}"
            f'<meta name="generator" content="WordPress 6.4.3"></head>'
            f'<body class="{body_class} wp-embed-responsive"><div id="page" class="hfeed site">'
            f'<a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
            f'<div id="sidebar" class="sidebar"><header id="masthead" class="site-header"><div class="site-branding">'
            f'<p class="site-title"><a href="{u("/")}" rel="home">{WP_SITE}</a></p>'
            f'<p class="site-description">Notes from a small branch library</p>'
            f'<button class="secondary-toggle">Menu and widgets</button></div></header>'
            f'<div id="secondary" class="secondary"><nav id="site-navigation" class="main-navigation">'
            f'<div class="menu-main-container"><ul id="menu-main" class="nav-menu">'
            f'<li class="menu-item"><a href="{u("/")}">Home</a></li><li class="menu-item"><a href="{u("/about/")}">'
            f'About</a></li><li class="menu-item"><a href="{u("/contact/")}">Contact</a></li></ul></div></nav>'
            f'<div id="widget-area" class="widget-area" role="complementary">'
            f'<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" '
            f'action="{u("/")}"><label><span class="screen-reader-text">Search for:</span><input type="search" '
            f'class="search-field" name="s"></label><input type="submit" class="search-submit" value="Search"></form>'
            f'</aside><aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">'
            f'Recent Posts</h2><nav aria-label="Recent Posts"><ul>{recent}</ul></nav></aside>'
            f'<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2>'
            f'<nav aria-label="Categories"><ul>{cats}</ul></nav></aside>'
            f'<aside id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2>'
            f'<nav aria-label="Archives"><ul><li><a href="{u("/2023/11/")}">November 2023</a></li></ul></nav></aside>'
            f'</div></div></div><div id="content" class="site-content"><div id="primary" class="content-area">'
            f'<main id="main" class="site-main">{main}</main></div></div>'
            f'<footer id="colophon" class="site-footer"><div class="site-info">'
            f'<a href="https://wordpress.org/" class="imprint">Proudly powered by WordPress</a></div></footer></div>'
            f"</body></html>")


def _wp_meta(w: T.Work, u) -> str:
    cats = [n for p, (n, posts) in WP_CATS.items() if w.path in posts]
    cat_links = ", ".join(f'<a href="{u(p)}" rel="category tag">{esc(n)}</a>' for p, (n, posts) in WP_CATS.items()
                          if w.path in posts)
    tags = (f'<span class="tags-links"><span class="screen-reader-text">Tags </span><a href="{u("/tag/mentoring/")}" '
            f'rel="tag">mentoring</a></span>' if w.path in WP_TAGGED else "")
    del cats
    return (f'<span class="posted-on"><span class="screen-reader-text">Posted on </span><a href="{u(w.path)}" '
            f'rel="bookmark"><time class="entry-date published updated" datetime="{w.date}T08:12:40-05:00">'
            f"{_long(w.date)}</time></a></span><span class=\"byline\"><span class=\"author vcard\"><span "
            f'class="screen-reader-text">Author </span><a class="url fn n" href="{u("/author/nadia/")}">'
            f'{esc(w.author)}</a></span></span><span class="cat-links"><span class="screen-reader-text">Categories '
            f"</span>{cat_links}</span>{tags}")


def _wp_post_id(w: T.Work) -> int:
    return 100 + sorted(x.path for x in _works(T.WP)).index(w.path) * 7


def wp_post(w: T.Work, u, extra: str = "") -> Doc:
    pid = _wp_post_id(w)
    main = (f'<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry">'
            f'<header class="entry-header"><h1 class="entry-title">{esc(w.title)}</h1></header>'
            f'<div class="entry-content">{ps(w.paras)}{extra}</div>'
            f'<footer class="entry-footer">{_wp_meta(w, u)}</footer></article>'
            f'<div id="comments" class="comments-area"><div id="respond" class="comment-respond">'
            f'<h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>'
            f'<p class="must-log-in">You must be logged in to post a comment.</p></div></div>')
    head = (f'<link rel="canonical" href="{u(w.path)}"><link rel=\'shortlink\' href="{u("/")}?p={pid}">')
    return _doc(T.WP, w.path, _wp_page(u, f"{esc(w.title)} &#8211; {WP_SITE}", w.path,
                                       f"post-template-default single single-post postid-{pid} single-format-standard",
                                       main, head))


def _wp_list(u, path: str, title: str, header: str, posts: list[T.Work], body_class: str, pager: str = "") -> Doc:
    arts = "".join(
        f'<article id="post-{_wp_post_id(w)}" class="post-{_wp_post_id(w)} post type-post status-publish hentry">'
        f'<header class="entry-header"><h2 class="entry-title"><a href="{u(w.path)}" rel="bookmark">{esc(w.title)}'
        f'</a></h2></header><div class="entry-content">{ps(w.paras[:1])}<p><a href="{u(w.path)}" class="more-link">'
        f'Continue reading<span class="screen-reader-text"> {esc(w.title)}</span></a></p></div>'
        f'<footer class="entry-footer">{_wp_meta(w, u)}</footer></article>' for w in posts)
    return _doc(T.WP, path, _wp_page(u, title, path, body_class, header + arts + pager))


def wordpress(u, elsewhere: dict[str, str]) -> list[Doc]:
    newest = sorted(_works(T.WP), key=lambda w: w.date, reverse=True)
    docs = []
    for w in newest:
        extra = ""
        if w.path == "/2023/07/11/summer-reading-week-three/":
            extra = f'<p>Our staff picks for August are <a href="{u("/2023/09/15/staff-picks/")}">here</a>.</p>'
        if w.path == "/2023/11/21/what-a-peer-mentoring-circle-looks-like/":
            extra = (f'<p>Further reading: a <a href="{elsewhere["frontiers"]}">study of informal mentoring online</a>,'
                     f' and one group&#8217;s <a href="{elsewhere["zulip"]}">sign-up thread</a>.</p>')
        docs.append(wp_post(w, u, extra))
    pager = (f'<nav class="navigation pagination" aria-label="Posts"><h2 class="screen-reader-text">Posts navigation</h2>'
             f'<div class="nav-links"><span aria-current="page" class="page-numbers current">1</span>'
             f'<a class="page-numbers" href="{u("/page/2/")}">2</a><a class="next page-numbers" href="{u("/page/2/")}">'
             f"Next page</a></div></nav>")
    docs.append(_wp_list(u, "/", f"{WP_SITE} &#8211; Notes from a small branch library", "", newest[:5],
                         "home blog", pager))
    docs.append(_wp_list(u, "/page/2/", f"{WP_SITE} &#8211; Page 2", "", newest[5:], "home blog paged paged-2",
                         f'<nav class="navigation pagination"><div class="nav-links"><a class="prev page-numbers" '
                         f'href="{u("/")}">Previous page</a></div></nav>'))
    for p, (name, paths) in WP_CATS.items():
        docs.append(_wp_list(u, p, f"{esc(name)} &#8211; {WP_SITE}",
                             f'<header class="page-header"><h1 class="page-title">Category: <span>{esc(name)}</span>'
                             f"</h1></header>", [W[T.WP + x] for x in paths], "archive category"))
    docs.append(_wp_list(u, "/tag/mentoring/", f"mentoring &#8211; {WP_SITE}",
                         '<header class="page-header"><h1 class="page-title">Tag: <span>mentoring</span></h1></header>',
                         [W[T.WP + x] for x in WP_TAGGED], "archive tag tag-mentoring"))
    docs.append(_wp_list(u, "/author/nadia/", f"Nadia Okafor &#8211; {WP_SITE}",
                         '<header class="page-header"><h1 class="page-title">Author: <span class="vcard">Nadia Okafor'
                         '</span></h1><div class="taxonomy-description">Branch manager. Likes weeding, dislikes '
                         'pythons.</div></header>', newest, "archive author author-nadia"))
    hits = [w for w in newest if "mentor" in " ".join(w.paras).lower()]
    docs.append(_wp_list(u, "/?s=mentor", f"You searched for mentor &#8211; {WP_SITE}",
                         '<header class="page-header"><h1 class="page-title">Search Results for: mentor</h1></header>',
                         hits, "search search-results"))
    docs.append(_wp_list(u, "/2023/11/", f"November 2023 &#8211; {WP_SITE}",
                         '<header class="page-header"><h1 class="page-title">Month: <span>November 2023</span></h1>'
                         "</header>", [w for w in newest if w.date.startswith("2023-11")], "archive date"))
    for path, name, text in [
        ("/about/", "About", "<p>I manage a two-room branch of a county library system. This blog is where I write "
                             "about the job: the staff, the patrons, the budget, and learning to do all of it. "
                             f'Looking for the posts on finding advice? <a href="{u("/?s=mentor")}">Search for '
                             f"mentor</a>.</p><p>Opinions are mine, not the county&#8217;s.</p>"),
        ("/contact/", "Contact", "<p>Questions about the branch go to the desk. For the blog, leave a comment or use "
                                 "this form.</p><div class=\"wpcf7\"><form class=\"wpcf7-form\" method=\"post\"><p>"
                                 "<label>Your name<input type=\"text\" name=\"your-name\"></label></p><p><label>Your "
                                 "message<textarea name=\"your-message\"></textarea></label></p><p><input "
                                 "type=\"submit\" value=\"Send\"></p></form></div>")]:
        main = (f'<article class="page type-page status-publish hentry"><header class="entry-header">'
                f'<h1 class="entry-title">{name}</h1></header><div class="entry-content">{text}</div></article>')
        docs.append(_doc(T.WP, path, _wp_page(u, f"{name} &#8211; {WP_SITE}", path, "page-template-default page", main,
                                              f'<link rel="canonical" href="{u(path)}">')))
    nf = ('<section class="error-404 not-found"><header class="page-header"><h1 class="page-title">Oops! That page '
          'can&rsquo;t be found.</h1></header><div class="page-content"><p>It looks like nothing was found at this '
          'location. Maybe try a search?</p></div></section>')
    docs.append(_doc(T.WP, "/2023/09/15/staff-picks/", _wp_page(u, f"Page not found &#8211; {WP_SITE}", "", "error404",
                                                                nf), status=404))
    return docs


# --- Hugo, Tranquilpeak ---------------------------------------------------------------------------

TQ_SITE = "Boxes and Folders"
TQ_META = {"/2022/02/lone-arrangers-and-the-list/": ("profession", ["mentoring", "mailing lists"]),
           "/2022/06/what-i-learned-from-archives-twitter/": ("profession", ["mentoring", "twitter"]),
           "/2022/09/digitising-the-parish-registers/": ("projects", ["digitisation"]),
           "/2022/11/a-box-of-letters-from-1917/": ("collections", ["acquisitions"]),
           "/2023/01/finding-a-mentor-when-you-change-fields/": ("profession", ["mentoring", "careers"])}
TQ_TAGS = {"mentoring": "/tags/mentoring/", "digitisation": "/tags/digitisation/"}
TQ_CATS = {"profession": "/categories/profession/"}


def _tq_link(name: str, table: dict, cls: str, u) -> str:
    return (f'<a class="{cls}" href="{u(table[name])}">{esc(name)}</a>' if name in table
            else f'<span class="{cls}">{esc(name)}</span>')


def _tq_page(u, title: str, path: str, main: str, og_type: str = "website", desc: str = "", extra: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8">'
            f'<meta name="generator" content="Hugo 0.121.1"><meta name="viewport" content="width=device-width, '
            f'initial-scale=1"><meta name="author" content="Tom&aacute;s Varga">'
            f'<meta name="description" content="{desc}"><meta property="og:description" content="{desc}">'
            f'<meta property="og:type" content="{og_type}"><meta property="og:title" content="{title}">'
            f'<meta name="twitter:title" content="{title}"><meta property="og:url" content="{u(path)}">'
            f'<meta property="og:site_name" content="{TQ_SITE}">{extra}<title>{title}</title>'
            f'<link rel="canonical" href="{u(path)}"><link rel="stylesheet" href="{u("/css/style-h6ccsoet3mzkbb0wngshlfbaweimexgqcxj0h5hu4h82olsdzz6wmqdkajm.min.css")}">'
            f'</head><body><div id="blog"><header id="header" data-behavior="4"><i id="btn-open-sidebar" '
            f'class="fa fa-lg fa-bars"></i><div class="header-title"><a class="header-title-link" href="{u("/")}" '
            f'aria-label="Go to homepage">{TQ_SITE}</a></div></header>'
            f'<nav id="sidebar" data-behavior="4"><div class="sidebar-container"><div class="sidebar-profile">'
            f'<a href="{u("/#about")}" aria-label="Read more about the author"><img class="sidebar-profile-picture" '
            f'src="{u("/img/profile.jpg")}" alt="Author&#39;s picture"></a><h4 class="sidebar-profile-name">'
            f'Tom&aacute;s Varga</h4><h5 class="sidebar-profile-bio">Archivist. Lone arranger, recovering.</h5></div>'
            f'<ul class="sidebar-buttons"><li class="sidebar-button"><a class="sidebar-button-link" href="{u("/")}" '
            f'title="Home"><i class="sidebar-button-icon fas fa-lg fa-home"></i><span class="sidebar-button-desc">'
            f'Home</span></a></li><li class="sidebar-button"><a class="sidebar-button-link" href="{u("/archives/")}" '
            f'title="Archives"><i class="sidebar-button-icon fas fa-lg fa-archive"></i><span '
            f'class="sidebar-button-desc">Archives</span></a></li><li class="sidebar-button"><a '
            f'class="sidebar-button-link" href="{u("/about/")}" title="About"><i class="sidebar-button-icon fas '
            f'fa-lg fa-question"></i><span class="sidebar-button-desc">About</span></a></li></ul>'
            f'<ul class="sidebar-buttons"><li class="sidebar-button"><a class="sidebar-button-link" '
            f'href="https://archives.social/@tvarga" rel="me" title="Mastodon"><span class="sidebar-button-desc">'
            f'Mastodon</span></a></li></ul></div></nav><div id="main" data-behavior="4" class="hasCoverMetaIn">'
            f'{main}<footer id="footer" class="main-content-wrap"><span class="copyrights">&copy; 2023 '
            f'Tom&aacute;s Varga. All Rights Reserved</span></footer></div></div></body></html>')


def _tq_teaser(w: T.Work, u) -> str:
    cat, _ = TQ_META[w.path]
    return (f'<article class="postShorten postShorten--thumbnailimg-bottom" itemscope '
            f'itemType="http://schema.org/BlogPosting"><div class="postShorten-wrap"><div class="postShorten-header">'
            f'<h1 class="postShorten-title" itemprop="headline"><a class="link-unstyled" href="{u(w.path)}">'
            f'{esc(w.title)}</a></h1><div class="postShorten-meta post-meta"><time itemprop="datePublished" '
            f'datetime="{w.date}T00:00:00Z">{_long(w.date)}</time> <span>in</span> '
            f'{_tq_link(cat, TQ_CATS, "category-link", u)}</div></div><div class="postShorten-excerpt" '
            f'itemprop="articleBody"><p>{_excerpt(w)}</p><p><a href="{u(w.path)}" class="postShorten-excerpt_link '
            f'link" aria-label="Read more: {esc(w.title)}">Continue reading</a></p></div></div></article>')


def _tq_list(u, path: str, title: str, posts: list[T.Work], pager: str, heading: str = "") -> Doc:
    main = (f'<div id="main-inner">{heading}<section class="postShorten-group main-content-wrap">'
            + "".join(_tq_teaser(w, u) for w in posts) + f'</section><div class="pagination-bar"><ul '
            f'class="pagination">{pager}</ul></div></div>')
    return _doc(T.TQ, path, _tq_page(u, title, path, main, desc="Notes from an archive, by its archivist"))


def hugo_tranquilpeak(u, elsewhere: dict[str, str]) -> list[Doc]:
    posts = sorted(_works(T.TQ), key=lambda w: w.date, reverse=True)
    docs = []
    for i, w in enumerate(posts):
        cat, tags = TQ_META[w.path]
        nav = ""
        if i + 1 < len(posts):
            nav += (f'<li class="post-action"><a class="post-action-btn btn btn--default tooltip--top" '
                    f'href="{u(posts[i + 1].path)}" data-tooltip="{esc(posts[i + 1].title)}" aria-label="PREVIOUS">'
                    f'<span class="hide-xs hide-sm text-small icon-ml">PREVIOUS</span></a></li>')
        if i > 0:
            nav += (f'<li class="post-action"><a class="post-action-btn btn btn--default tooltip--top" '
                    f'href="{u(posts[i - 1].path)}" data-tooltip="{esc(posts[i - 1].title)}" aria-label="NEXT">'
                    f'<span class="hide-xs hide-sm text-small icon-ml">NEXT</span></a></li>')
        body = ps(w.paras)
        if w.path.startswith("/2022/02/"):
            body += (f'<p>Related: a <a href="{elsewhere["margaret"]}">retired cataloguer on the same thing</a> from '
                     f"the other side of the desk.</p>")
        tag_html = " ".join(_tq_link(t, TQ_TAGS, "tag tag--primary tag--small t-none-link", u) for t in tags)
        main = (f'<article class="post" itemscope itemType="http://schema.org/BlogPosting"><div class="post-header '
                f'main-content-wrap text-left"><h1 class="post-title" itemprop="headline">{esc(w.title)}</h1>'
                f'<div class="postShorten-meta post-meta"><time itemprop="datePublished" datetime="{w.date}T00:00:00Z">'
                f'{_long(w.date)}</time> <span>in</span> {_tq_link(cat, TQ_CATS, "category-link", u)}</div></div>'
                f'<div class="post-content markdown" itemprop="articleBody"><div class="main-content-wrap">{body}'
                f'</div></div><div id="post-footer" class="post-footer main-content-wrap"><div class="post-footer-tags">'
                f'<span class="text-color-light text-small">TAGGED IN</span><br>{tag_html}</div>'
                f'<div class="post-actions-wrap"><nav><ul class="post-actions post-action-nav">{nav}</ul></nav></div>'
                f"</div></article>")
        extra = (f'<meta property="article:published_time" content="{w.date}T00:00:00Z">'
                 f'<meta property="article:section" content="{cat}">'
                 + "".join(f'<meta property="article:tag" content="{esc(t)}">' for t in tags))
        docs.append(_doc(T.TQ, w.path, _tq_page(u, f"{esc(w.title)} - {TQ_SITE}", w.path, main, "article",
                                                esc(w.paras[0][:160]), extra)))
    docs.append(_tq_list(u, "/", TQ_SITE, posts[:4],
                         f'<li class="pagination-next"><a class="btn btn--default btn--small" href="{u("/page/2/")}" '
                         f'aria-label="OLDER POSTS"><span>OLDER POSTS</span></a></li><li class="pagination-number">'
                         f"page 1 of 2</li>"))
    docs.append(_tq_list(u, "/page/2/", f"{TQ_SITE}", posts[4:],
                         f'<li class="pagination-prev"><a class="btn btn--default btn--small" href="{u("/")}" '
                         f'aria-label="NEWER POSTS"><span>NEWER POSTS</span></a></li><li class="pagination-number">'
                         f"page 2 of 2</li>"))
    years = {}
    for w in posts:
        years.setdefault(w.date[:4], []).append(w)

    def archive(items):
        out = ""
        for y, ws in years.items():
            ws = [w for w in ws if w in items]
            if ws:
                out += (f'<div class="archives-group"><h1 class="archives-title">{y}</h1><ul '
                        f'class="archive-posts">' + "".join(
                            f'<li class="archive-post"><span class="archive-post-time">{_short(w.date)[:6]}</span> '
                            f'<a href="{u(w.path)}" class="archive-post-title">{esc(w.title)}</a></li>' for w in ws)
                        + "</ul></div>")
        return out
    for path, title, items in [("/archives/", "Archives", posts),
                               ("/categories/profession/", "profession",
                                [w for w in posts if TQ_META[w.path][0] == "profession"]),
                               ("/tags/mentoring/", "mentoring", [w for w in posts if "mentoring" in TQ_META[w.path][1]]),
                               ("/tags/digitisation/", "digitisation",
                                [w for w in posts if "digitisation" in TQ_META[w.path][1]])]:
        main = (f'<div id="archives" class="main-content-wrap"><div class="archives-group" id="archives-header">'
                f'<h2 class="archives-title">{esc(title)}</h2></div>{archive(items)}</div>')
        docs.append(_doc(T.TQ, path, _tq_page(u, f"{esc(title)} - {TQ_SITE}", path, main)))
    about = ("<p>I am an archivist at a religious order&#39;s archive in the Midwest. Before that I was a museum "
             "registrar, and before that a history student who liked boxes. This blog is about the work: "
             "processing, digitisation, donors, and the profession.</p><p>Write to me at tomas at this domain, or "
             "find me on Mastodon.</p>")
    docs.append(_doc(T.TQ, "/about/", _tq_page(u, f"About - {TQ_SITE}", "/about/",
                                               f'<article class="post"><div class="post-header main-content-wrap">'
                                               f'<h1 class="post-title">About</h1></div><div class="post-content '
                                               f'markdown"><div class="main-content-wrap">{about}</div></div>'
                                               f"</article>")))
    return docs


# --- Jekyll, TeXt --------------------------------------------------------------------------------

TX_SITE = "Notes from Library School"
TX_TAGS = {"/2024/02/09/my-pln-is-a-spreadsheet.html": ["careers", "PLN"],
           "/2024/03/15/informational-interviews-on-linkedin.html": ["careers"],
           "/2024/04/22/practicum-week-six.html": ["practicum"], "/2024/05/06/notes-on-citation-managers.html": ["tools"],
           "/2024/06/01/summer-reading-list.html": ["reading"]}


def _tx_seo(u, w: T.Work | None, title: str, path: str, desc: str) -> str:
    ld = ({"@context": "https://schema.org", "@type": "BlogPosting", "headline": w.title, "description": desc,
           "url": u(path), "datePublished": w.date + "T00:00:00+00:00", "dateModified": w.date + "T00:00:00+00:00",
           "author": {"@type": "Person", "name": w.author}, "mainEntityOfPage": {"@type": "WebPage", "@id": u(path)}}
          if w else {"@context": "https://schema.org", "@type": "WebSite", "headline": title, "name": TX_SITE,
                     "url": u(path), "description": desc})
    art = (f'<meta property="og:type" content="article"><meta property="article:published_time" '
           f'content="{w.date}T00:00:00+00:00">' if w else '<meta property="og:type" content="website">')
    return (f"<!-- Begin Jekyll SEO tag v2.8.0 --><title>{title}</title>"
            f'<meta name="generator" content="Jekyll v4.3.3"><meta property="og:title" content="{title}">'
            f'<meta name="author" content="Priya Raman"><meta property="og:locale" content="en">'
            f'<meta name="description" content="{desc}"><meta property="og:description" content="{desc}">'
            f'<link rel="canonical" href="{u(path)}"><meta property="og:url" content="{u(path)}">'
            f'<meta property="og:site_name" content="{TX_SITE}">{art}<meta name="twitter:card" content="summary">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script><!-- End Jekyll SEO tag -->')


def _tx_page(u, head: str, main: str, layout: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" '
            f'content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">{head}'
            f'<link rel="stylesheet" href="{u("/assets/css/main.css")}"></head>'
            f'<body><div class="root" data-is-touch="false"><div class="layout--page js-page-root">'
            f'<div class="page__main js-page-main page__viewport hide-footer has-aside cell cell--auto">'
            f'<div class="page__main-inner"><div class="page__header d-print-none"><header class="header">'
            f'<div class="main"><div class="header__title"><div class="header__brand">'
            f'<a title="A library school student&#39;s notes" href="{u("/")}">{TX_SITE}</a></div>'
            f'<button class="button button--secondary button--circle search-button js-search-toggle">'
            f'<i class="fas fa-search"></i></button></div><nav class="navigation"><ul>'
            f'<li class="navigation__item"><a href="{u("/archive.html")}">Archive</a></li>'
            f'<li class="navigation__item"><a href="{u("/about.html")}">About</a></li>'
            f'<li><button class="button button--secondary button--circle search-button js-search-toggle">'
            f'<i class="fas fa-search"></i></button></li></ul></nav></div></header></div>'
            f'<div class="page__content"><div class="main"><div class="{layout}">{main}</div></div></div>'
            f'<div class="page__footer d-print-none"><footer class="footer py-4 js-page-footer"><div class="main">'
            f'<div class="site-info mt-2"><div>&copy; {TX_SITE} 2024, Powered by <a title="Jekyll is a simple, '
            f'blog-aware, static site generator." href="https://jekyllrb.com/">Jekyll</a> &amp; <a title="TeXt '
            f'Theme" href="https://github.com/kitian616/jekyll-TeXt-theme">TeXt Theme</a>.</div></div></div>'
            f"</footer></div></div></div></div></div></body></html>")


def _tx_tags(w: T.Work, u) -> str:
    return "".join(f'<li><a class="button button--secondary button--pill button--sm" '
                   f'href="{u("/archive.html?tag=careers")}">careers</a></li>' if t == "careers" else
                   f'<li><span class="button button--secondary button--pill button--sm">{esc(t)}</span></li>'
                   for t in TX_TAGS[w.path])


def jekyll_text(u, elsewhere: dict[str, str]) -> list[Doc]:
    posts = sorted(_works(T.TX), key=lambda w: w.date, reverse=True)
    docs = []
    for i, w in enumerate(posts):
        body = ps(w.paras)
        if w.path.startswith("/2024/02/09/"):
            body += (f'<p>For the assignment I leaned on <a href="{elsewhere["thesis"]}">a thesis on learning '
                     f'networks</a> in our university&#39;s repository.</p>')
        if w.path.startswith("/2024/04/22/"):
            body += f'<p>(My notes from week one are on <a href="{u("/404.html")}">the old practicum page</a>.)</p>'
        prev = (f'<div class="previous"><span>PREVIOUS</span><a href="{u(posts[i + 1].path)}">{esc(posts[i + 1].title)}'
                f"</a></div>" if i + 1 < len(posts) else "")
        nxt = (f'<div class="next"><span>NEXT</span><a href="{u(posts[i - 1].path)}">{esc(posts[i - 1].title)}</a>'
               f"</div>" if i else "")
        main = (f'<article itemscope itemtype="http://schema.org/Article" class="article">'
                f'<div class="article__header"><header><h1>{esc(w.title)}</h1></header></div>'
                f'<meta itemprop="headline" content="{esc(w.title)}"><div class="article__info clearfix">'
                f'<ul class="left-col menu">{_tx_tags(w, u)}</ul><ul class="right-col menu"><li><i '
                f'class="far fa-calendar-alt"></i> <span>{_short(w.date)}</span></li></ul></div>'
                f'<meta itemprop="author" content="{esc(w.author)}"><meta itemprop="datePublished" '
                f'content="{w.date}T00:00:00+00:00"><meta itemprop="keywords" content="{",".join(TX_TAGS[w.path])}">'
                f'<div class="js-article-content"><div class="layout--article"><div class="article__content" '
                f'itemprop="articleBody">{body}</div><section class="article__sharing d-print-none"></section>'
                f'<div class="d-print-none"><footer class="article__footer"><div class="article__subscribe">'
                f'<div class="subscribe"><i class="fas fa-rss"></i> <span>Subscribe via RSS</span></div></div><div class="article__license">'
                f'This post is licensed under <a href="https://creativecommons.org/licenses/by-nc/4.0/">CC BY-NC '
                f'4.0</a></div></footer><div class="article__section-navigator clearfix">{prev}{nxt}</div></div>'
                f"</div></div></article>")
        docs.append(_doc(T.TX, w.path, _tx_page(u, _tx_seo(u, w, f"{esc(w.title)} - {TX_SITE}", w.path,
                                                            esc(w.paras[0][:150])), main, "layout--article")))
    items = "".join(f'<article class="item" itemscope itemtype="http://schema.org/BlogPosting"><div class="item__content">'
                    f'<header><a href="{u(w.path)}"><h2 itemprop="headline" class="item__header">{esc(w.title)}</h2></a>'
                    f'</header><div class="item__description"><div class="article__content" itemprop="description '
                    f'articleBody"><p>{_excerpt(w)}</p></div><p><a href="{u(w.path)}">Read more</a></p></div></div>'
                    f"</article>" for w in posts)
    docs.append(_doc(T.TX, "/", _tx_page(u, _tx_seo(u, None, TX_SITE, "/", "A library school student&#39;s notes"),
                                         f'<div class="article-list items items--divided">{items}</div>',
                                         "layout--home")))
    tags = {"careers": 2, "PLN": 1, "practicum": 1, "tools": 1, "reading": 1}
    archive = (f'<div class="site-tags js-tags"><ul class="menu">'
               + "".join(f'<li><button type="button" class="button button--pill tag-button tag-button-{n} '
                         f'{"tag-button--all" if t == "all" else ""}" data-encode="{t}"><span>{t}</span>'
                         f'<div class="tag-button__count">{n}</div></button></li>' for t, n in tags.items())
               + '</ul></div><div class="js-result layout--archive__result"><div class="article-list items">'
               + '<section><h2 class="article-list__group-header">2024</h2><ul class="items">'
               + "".join(f'<li class="item" itemscope itemtype="http://schema.org/BlogPosting" data-tags="'
                         f'{",".join(TX_TAGS[w.path])}"><div class="item__content"><span class="item__meta">'
                         f'{_short(w.date)[:6]}</span><a itemprop="headline" class="item__header" href="{u(w.path)}">'
                         f'{esc(w.title)}</a></div></li>' for w in posts) + "</ul></section></div></div>")
    for path in ("/archive.html", "/archive.html?tag=careers"):
        docs.append(_doc(T.TX, path, _tx_page(u, _tx_seo(u, None, f"Archive - {TX_SITE}", "/archive.html",
                                                         "A library school student&#39;s notes"),
                                              f'<div class="layout--archive js-all">{archive}</div>', "layout--page")))
    about = ("<p>Hi, I am Priya. I am in the second year of an MLIS, working towards academic librarianship. I "
             "write here about classes, my practicum and whatever I am reading. Say hello on Bluesky.</p>")
    docs.append(_doc(T.TX, "/about.html", _tx_page(u, _tx_seo(u, None, f"About - {TX_SITE}", "/about.html",
                                                              "About this blog"),
                                                   f'<article class="article"><div class="article__header"><header>'
                                                   f'<h1>About</h1></header></div><div class="article__content">{about}'
                                                   f"</div></article>", "layout--page")))
    docs.append(_doc(T.TX, "/404.html", _tx_page(u, _tx_seo(u, None, f"Page Not Found - {TX_SITE}", "/404.html",
                                                            "A library school student&#39;s notes"),
                                                 '<div class="layout--404"><div class="sign"><h1>404</h1>'
                                                 "<p>Page not found :(</p></div></div>", "layout--page")))
    return docs


# --- Ghost, Solo ---------------------------------------------------------------------------------

GS_SITE = "After the Stacks"
GS_TAGS = {"/forty-years-and-the-mentors-i-never-had/": "mentoring", "/the-newsletter-era/": "mentoring",
           "/what-to-ask-an-old-cataloguer/": "mentoring", "/my-garden-in-october/": "garden",
           "/on-weeding-my-own-books/": None}


def _gs_page(u, title: str, path: str, body_class: str, main: str, meta: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{title}</title>'
            f'<link rel="stylesheet" type="text/css" href="{u("/assets/built/screen.css?v=8a2c43b7f6")}">'
            f'<link rel="canonical" href="{u(path)}"><meta name="referrer" content="no-referrer-when-downgrade">'
            f'{meta}<meta name="generator" content="Ghost 5.79"><link rel="alternate" type="application/rss+xml" '
            f'title="{GS_SITE}" href="{u("/rss/")}"></head><body class="{body_class} has-serif-title has-sans-body">'
            f'<div class="gh-viewport"><header id="gh-navigation" class="gh-navigation is-middle-logo gh-outer">'
            f'<div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand"><a class="gh-navigation-logo '
            f'is-title" href="{u("/")}">{GS_SITE}</a></div><nav class="gh-navigation-menu"><ul class="nav">'
            f'<li class="nav-home"><a href="{u("/")}">Home</a></li><li class="nav-about"><a href="{u("/about/")}">'
            f'About</a></li></ul></nav><div class="gh-navigation-actions"><button class="gh-search gh-icon-btn" '
            f'aria-label="Search this site" data-ghost-search></button><div class="gh-navigation-members">'
            f'<a href="#/portal/signin" data-portal="signin">Sign in</a> <a class="gh-button" href="#/portal/signup" '
            f'data-portal="signup">Subscribe</a></div></div></div></header>{main}'
            f'<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar">'
            f'<span class="gh-footer-logo is-title">{GS_SITE}</span><nav class="gh-footer-menu"><ul class="nav">'
            f'<li class="nav-about"><a href="{u("/about/")}">About</a></li></ul></nav><div '
            f'class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">'
            f"Ghost</a></div></div></div></footer></div></body></html>")


def _gs_card(w: T.Work, u) -> str:
    return (f'<article class="gh-card post"><a class="gh-card-link" href="{u(w.path)}"><div class="gh-card-wrapper">'
            f'<h3 class="gh-card-title is-title">{esc(w.title)}</h3><p class="gh-card-excerpt is-body">'
            f'{_excerpt(w, 160)}</p><footer class="gh-card-meta"><time class="gh-card-date" datetime="{w.date}">'
            f'{_short(w.date)}</time></footer></div></a></article>')


def _gs_list(u, path: str, title: str, head: str, posts, body_class: str, pager: str = "",
             og: str = "website") -> Doc:
    main = (f'<main class="gh-main">{head}<section class="gh-container is-list gh-outer"><div '
            f'class="gh-container-inner gh-inner"><div class="gh-feed">{"".join(_gs_card(w, u) for w in posts)}'
            f"</div>{pager}</div></section></main>")
    meta = (f'<meta property="og:site_name" content="{GS_SITE}"><meta property="og:type" content="{og}">'
            f'<meta property="og:title" content="{title}"><meta property="og:url" content="{u(path)}">'
            f'<meta name="twitter:card" content="summary">')
    return _doc(T.GS, path, _gs_page(u, title, path, body_class, main, meta))


def ghost_solo(u, elsewhere: dict[str, str]) -> list[Doc]:
    posts = sorted(_works(T.GS), key=lambda w: w.date, reverse=True)
    docs = []
    for w in posts:
        tag = GS_TAGS[w.path]
        slug = w.path.strip("/")
        tag_link = (f'<a class="gh-article-tag" href="{u("/tag/" + tag + "/")}">{tag.capitalize()}</a>' if tag else "")
        body = ps(w.paras)
        if slug == "what-to-ask-an-old-cataloguer":
            body += (f'<p>A younger archivist has written about <a href="{elsewhere["lone"]}">the same lists from the '
                     f"other end</a>, and very kindly.</p>")
        main = (f'<main class="gh-main"><article class="gh-article post{" tag-" + tag if tag else ""}">'
                f'<header class="gh-article-header gh-canvas">{tag_link}<h1 class="gh-article-title is-title" '
                f'id="{slug}">{esc(w.title)}</h1><div class="gh-article-meta"><div class="gh-article-author-image '
                f'instapaper_ignore"><a href="{u("/author/margaret/")}"><img class="author-profile-image" '
                f'src="{u("/content/images/2023/09/margaret.jpg")}" alt="Margaret Hale"></a></div>'
                f'<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a '
                f'href="{u("/author/margaret/")}">Margaret Hale</a></h4><div class="gh-article-meta-content">'
                f'<time class="gh-article-meta-date" datetime="{w.date}">{_short(w.date)}</time><span '
                f'class="gh-article-meta-length"><span class="bull">&mdash;</span> {max(1, _words(w) // 200)} min '
                f'read</span></div></div></div></header><section class="gh-content gh-canvas is-body">{body}'
                f"</section></article></main>")
        ld = {"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization",
                                                                                "name": GS_SITE, "url": u("/")},
              "author": {"@type": "Person", "name": w.author, "url": u("/author/margaret/")},
              "headline": w.title, "url": u(w.path), "datePublished": w.date + "T14:03:00.000Z",
              "description": w.paras[0][:150], "mainEntityOfPage": u(w.path)}
        meta = (f'<meta name="description" content="{esc(w.paras[0][:150])}"><meta property="og:site_name" '
                f'content="{GS_SITE}"><meta property="og:type" content="article"><meta property="og:title" '
                f'content="{esc(w.title)}"><meta property="og:description" content="{esc(w.paras[0][:150])}">'
                f'<meta property="og:url" content="{u(w.path)}"><meta property="article:published_time" '
                f'content="{w.date}T14:03:00.000Z">'
                + (f'<meta property="article:tag" content="{tag.capitalize()}">' if tag else "")
                + f'<meta name="twitter:card" content="summary"><meta name="twitter:title" content="{esc(w.title)}">'
                f'<script type="application/ld+json">{json.dumps(ld)}</script>')
        docs.append(_doc(T.GS, w.path, _gs_page(u, esc(w.title), w.path,
                                                f"post-template{' tag-' + tag if tag else ''}", main, meta)))
    about = (f'<section class="gh-about gh-outer"><div class="gh-about-inner gh-inner"><h1 class="gh-about-title '
             f'is-title">A retired cataloguer, still at it.</h1><p class="gh-about-description is-body">Forty years '
             f'in technical services, now gardening and writing.</p></div></section>')
    docs.append(_gs_list(u, "/", GS_SITE, about, posts[:4], "home-template",
                         f'<nav class="gh-more is-title"><a href="{u("/page/2/")}">Older posts</a></nav>'))
    docs.append(_gs_list(u, "/page/2/", f"{GS_SITE} (Page 2)", "", posts[4:], "paged archive-template",
                         f'<nav class="gh-more is-title"><a href="{u("/")}">Newer posts</a></nav>'))
    for tag, desc in (("mentoring", "Letters and advice, given and received."), ("garden", "The other work.")):
        head = (f'<section class="gh-archive gh-outer"><div class="gh-archive-inner gh-inner"><header '
                f'class="gh-archive-wrapper"><h1 class="gh-article-title is-title">{tag.capitalize()}</h1><p '
                f'class="gh-article-excerpt is-body">{desc}</p></header></div></section>')
        docs.append(_gs_list(u, f"/tag/{tag}/", f"{tag.capitalize()} - {GS_SITE}", head,
                             [w for w in posts if GS_TAGS[w.path] == tag], f"tag-template tag-{tag}"))
    head = ('<section class="gh-archive has-image gh-outer"><div class="gh-archive-inner gh-inner"><header '
            'class="gh-archive-wrapper"><h1 class="gh-article-title is-title">Margaret Hale</h1><p '
            'class="gh-article-excerpt is-body">Cataloguer, 1981-2021. Now mostly in the garden.</p></header></div>'
            "</section>")
    docs.append(_gs_list(u, "/author/margaret/", f"Margaret Hale - {GS_SITE}", head, posts, "author-template "
                         "author-margaret", og="profile"))
    main = ('<main class="gh-main"><article class="gh-article page"><header class="gh-article-header gh-canvas">'
            '<h1 class="gh-article-title is-title">About</h1></header><section class="gh-content gh-canvas is-body">'
            "<p>I catalogued books, serials and maps at a state university library from 1981 until I retired in "
            "2021. This is where I write now, about the old days, the garden, and the people I correspond with. "
            "Subscribe to get posts by email.</p></section></article></main>")
    docs.append(_doc(T.GS, "/about/", _gs_page(u, f"About - {GS_SITE}", "/about/", "page-template page-about", main,
                                               f'<meta property="og:site_name" content="{GS_SITE}"><meta '
                                               f'property="og:type" content="website"><meta property="og:title" '
                                               f'content="About">')))
    return docs


# --- a Zulip public archive (zulip-archive) --------------------------------------------------------

ZU_ORG = "Info Profs"
ZU_STREAMS = {"12-mentoring": "mentoring", "15-career": "career", "20-tools": "tools"}
ZU_TIMES = ["14:02", "14:19", "15:40", "16:21"]


def _zu_page(u, title: str, main: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" '
            f'href="{u("/archive/assets/main.css")}"><link href="{u("/archive/assets/zulip_emoji.css")}" '
            f'rel="stylesheet"></head><body><div class="wrapper"><header class="site-header"><div class="wrapper">'
            f'<a class="site-title" href="{u("/archive/index.html")}">{ZU_ORG} Zulip Chat Archive</a></div></header>'
            f'<main class="page-content"><div class="wrapper">{main}</div></main><footer class="site-footer">'
            f'<div class="wrapper"><p>This archive is generated by <a href="https://github.com/zulip/zulip-archive">'
            f'zulip-archive</a> from the public streams of the <a href="{u("/")}">{ZU_ORG}</a> Zulip '
            f"organization.</p></div></footer></div></body></html>")


def _zu_topic_slug(w: T.Work) -> str:
    return w.path.rsplit("/", 1)[1][:-5]


def zulip_archive(u) -> list[Doc]:
    docs = []
    by_stream = {s: [w for w in _works(T.ZU) if f"/stream/{s}/" in w.path] for s in ZU_STREAMS}
    for s, name in ZU_STREAMS.items():
        for w in by_stream[s]:
            slug = _zu_topic_slug(w)
            d = _date.fromisoformat(w.date).strftime("%b %d %Y")
            msgs = ""
            for i, p in enumerate(w.paras):
                who, text = p.split(": ", 1)
                mid = 4170000 + 37 * i + len(w.path) * 101
                near = u(f"/#narrow/stream/{s}/topic/{slug}/near/{mid}")
                msgs += (f'<a name="{mid}"></a><h4><a href="{near}" class="zl"><img src="'
                         f'{u("/archive/assets/img/zulip.svg")}" alt="view this post on Zulip" style="width:20px;'
                         f'height:20px;"></a> {esc(who)} <a href="{near}">({d} at {ZU_TIMES[i % 4]})</a>:</h4>'
                         f"<p>{esc(text)}</p>")
            main = (f'<h2>Stream: <a href="{u(f"/archive/stream/{s}/index.html")}">{name}</a></h2>'
                    f'<h3>Topic: <a href="{u(w.path)}">{esc(w.title)}</a></h3><hr><base href="{u("/")}">{msgs}'
                    f'<hr><p>Last updated: Jun 01 2024 at 03:14 UTC</p>')
            docs.append(_doc(T.ZU, w.path, _zu_page(u, f"{esc(w.title)} &middot; {name} &middot; Zulip Chat Archive",
                                                    main)))
        topics = "".join(f'<li> <a href="{u(w.path)}">{esc(w.title)}</a> ({len(w.paras)} messages, latest: '
                         f'{_date.fromisoformat(w.date).strftime("%b %d %Y")} at {ZU_TIMES[len(w.paras) - 1]})</li>'
                         for w in sorted(by_stream[s], key=lambda w: w.date, reverse=True))
        main = (f'<h2>Stream: <a href="{u(f"/archive/stream/{s}/index.html")}">{name}</a></h2><hr>'
                f"<h3>Topics:</h3><ul>{topics}</ul><hr><p>Last updated: Jun 01 2024 at 03:14 UTC</p>")
        docs.append(_doc(T.ZU, f"/archive/stream/{s}/index.html", _zu_page(u, f"{name} &middot; Zulip Chat Archive",
                                                                           main)))
    streams = "".join(f'<li> <a href="{u(f"/archive/stream/{s}/index.html")}">{n}</a> ({len(by_stream[s])} topics)</li>'
                      for s, n in ZU_STREAMS.items())
    docs.append(_doc(T.ZU, "/archive/index.html", _zu_page(
        u, "Zulip Chat Archive", f"<p>Welcome to the Zulip Chat Archive of {ZU_ORG}. You can join the chat "
                                 f'<a href="{u("/")}">here</a>.</p><h2>Streams:</h2><ul>{streams}</ul><hr>'
                                 f"<p>Last updated: Jun 01 2024 at 03:14 UTC</p>")))
    login = (f'<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Log in | {ZU_ORG} | Zulip</title>'
             f'<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" '
             f'content="{ZU_ORG}"><meta property="og:description" content="A chat community for librarians, '
             f'archivists and other information professionals."><meta property="og:type" content="website">'
             f'<link href="{u("/static/webpack-bundles/app.css")}" rel="stylesheet"></head><body>'
             f'<div class="register-page-container"><div class="app login-page split-view flex full-page">'
             f'<div class="inline-block"><div class="lead"><h1 class="get-started">Log in to Zulip</h1></div>'
             f'<div class="app-main login-page-container white-box"><div class="left-side"><div class="org-header">'
             f'<img class="avatar" src="{u("/user_avatars/2/realm/icon.png")}" alt=""><div class="info-box">'
             f'<div class="organization-name">{ZU_ORG}</div><div class="organization-path">chat.infoprofs.example'
             f'</div></div></div><div class="description"><p>A chat community for librarians, archivists and other '
             f"information professionals. Read the public streams without an account; ask to join to post.</p>"
             f'</div></div><div class="right-side"><form name="login_form" id="login_form" method="post" '
             f'class="login-form" action="{u("/accounts/login/")}"><div class="input-box"><input id="id_username" '
             f'type="email" name="username" required><label for="id_username">Email</label></div><div '
             f'class="input-box"><input id="id_password" name="password" type="password" required><label '
             f'for="id_password">Password</label></div><button type="submit" name="button" class="new-style">'
             f'Log in</button></form><p><a href="{u("/archive/index.html")}">Browse the public archive</a></p></div>'
             f"</div></div></div></div></body></html>")
    docs.append(_doc(T.ZU, "/", login))
    return docs


# --- a diaspora* pod ----------------------------------------------------------------------------

DI_POD = "Reading Lamp"
DI_PEOPLE = {"Wren Castillo": ("8a3c51e0b2f4013c", "wren@pod.readinglamp.example",
                               "School librarian, middle grades. Reads too much YA."),
             "Otto Lindqvist": ("c4d2e7a0b2f5013c", "otto@pod.readinglamp.example",
                                "Podmin. Systems librarian by day.")}
DI_TAGS = ("mentoring", "libraries")


def _di_text(text: str, u) -> str:
    out = []
    for word in esc(text).split(" "):
        bare = word.rstrip(".,:;")
        if bare.startswith("#") and bare[1:].lower() in DI_TAGS:
            out.append(f'<a class="tag" href="{u("/tags/" + bare[1:].lower())}">{bare}</a>{word[len(bare):]}')
        else:
            out.append(word)
    return " ".join(out)


def _di_page(u, title: str, main: str, meta: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" '
            f'content="diaspora* is the online social world where you are in control">{meta}'
            f'<link rel="stylesheet" href="{u("/assets/application-4b7e0c1d.css")}"></head>'
            f'<body class="page-posts"><header><nav class="navbar navbar-fixed-top" id="main-nav"><div '
            f'class="container-fluid"><a class="navbar-brand" href="{u("/")}">{DI_POD}</a><ul class="nav navbar-nav '
            f'navbar-right"><li><a href="{u("/users/sign_in")}" rel="nofollow">Sign in</a></li></ul></div></nav>'
            f'</header><div class="container-fluid" id="container">{main}</div></body></html>')


def _di_post_html(w: T.Work, u, link_self: bool = True) -> str:
    guid, handle, _ = DI_PEOPLE[w.author]
    stamp = f"{w.date}T11:20:00Z"
    when = (f'<a href="{u(w.path)}" class="permalink"><time datetime="{stamp}" title="{_short(w.date)}">'
            f"{_short(w.date)}</time></a>" if link_self else f'<time datetime="{stamp}">{_short(w.date)}</time>')
    return (f'<div class="stream-element loaded" id="{w.path.rsplit("/", 1)[1]}"><div class="media"><a '
            f'href="{u("/people/" + guid)}" class="img"><img class="avatar small" src="{u("/uploads/images/thumb_small_"+guid+".jpg")}" alt="{esc(w.author)}"></a>'
            f'<div class="bd"><div><a class="author author-name" href="{u("/people/" + guid)}">{esc(w.author)}</a>'
            f'<span class="details gray"> &ndash; {when} &ndash; <span class="post_scope">Public</span></span></div>'
            f'<div class="post-content"><div class="markdown-content"><p>{_di_text(w.paras[0], u)}</p></div></div>'
            f"</div></div></div>")


def diaspora(u) -> list[Doc]:
    posts = sorted(_works(T.DI), key=lambda w: w.path, reverse=True)
    docs = []
    for w in posts:
        guid, handle, _ = DI_PEOPLE[w.author]
        meta = (f'<meta property="og:url" content="{u(w.path)}"><meta property="og:title" content="'
                f'{esc(w.author)} on diaspora*"><meta property="og:description" content="{esc(w.paras[0][:150])}">'
                f'<meta property="og:type" content="article"><meta property="og:site_name" content="diaspora* '
                f'social network"><meta property="og:article:author" content="{esc(w.author)}">'
                f'<meta property="og:article:published_time" content="{w.date}T11:20:00Z">'
                f'<meta property="og:article:modified_time" content="{w.date}T11:20:00Z">'
                f'<link rel="alternate" type="application/json+oembed" href="{u("/oembed?url=" + w.path)}">')
        main = (f'<div id="single-post-container" class="container-fluid"><div class="row"><div id="single-post-content"'
                f' class="col-md-9"><div id="head" class="stream-container">{_di_post_html(w, u, False)}</div>'
                f'<div id="single-post-interactions"><div class="comments">0 comments</div></div></div></div></div>')
        docs.append(_doc(T.DI, w.path, _di_page(u, f"{esc(w.author)} on diaspora*", main, meta)))
    for name, (guid, handle, bio) in DI_PEOPLE.items():
        theirs = [w for w in posts if w.author == name]
        stream = "".join(_di_post_html(w, u) for w in theirs)
        if name == "Wren Castillo":
            stream += (f'<div class="stream-element reshare"><div class="media"><div class="bd"><a class="author '
                       f'author-name" href="{u("/people/" + guid)}">Wren Castillo</a> reshared a post: <div '
                       f'class="reshare"><a href="{u("/posts/4400")}">Original post deleted by author.</a></div>'
                       f"</div></div></div>")
        main = (f'<div id="profile_container"><div class="profile_header"><div id="author_info"><h2 id="name">'
                f'{esc(name)}</h2><span class="diaspora_handle">{handle}</span><div class="description"><p>{esc(bio)}'
                f'</p></div><div id="tags"><a class="tag" href="{u("/tags/libraries")}">#libraries</a></div></div>'
                f'</div><div class="stream-container"><div id="main-stream" class="stream">{stream}</div></div></div>')
        docs.append(_doc(T.DI, "/people/" + guid, _di_page(
            u, f"{esc(name)} ({handle}) | diaspora*", main,
            f'<meta property="og:type" content="profile"><meta property="og:title" content="{esc(name)}">')))
    for tag in DI_TAGS:
        hits = [w for w in posts if "#" + tag in w.paras[0].lower()]
        main = (f'<div class="stream-container"><div id="author_info"><h1 class="tag">#{tag}</h1></div>'
                f'<div id="main-stream" class="stream">{"".join(_di_post_html(w, u) for w in hits)}</div></div>')
        docs.append(_doc(T.DI, f"/tags/{tag}", _di_page(u, f"#{tag} | diaspora*", main)))
    people = "".join(f'<li><a href="{u("/people/" + g)}">{esc(n)}</a></li>' for n, (g, _, _) in DI_PEOPLE.items())
    home = (f'<div class="container"><div class="row"><div class="col-md-8"><h1>Welcome to {DI_POD}</h1><p>A small '
            f"diaspora* pod for people who work in and love libraries. Registrations are open; be kind.</p>"
            f'<h3>Our people</h3><ul>{people}</ul><h3>Popular tags</h3><ul><li><a href="{u("/tags/mentoring")}">'
            f'#mentoring</a></li><li><a href="{u("/tags/libraries")}">#libraries</a></li></ul></div>'
            f'<div class="col-md-4"><a class="btn btn-primary" href="{u("/users/sign_up")}" rel="nofollow">Create '
            f'an account</a></div></div></div>')
    docs.append(_doc(T.DI, "/", _di_page(u, f"{DI_POD} | diaspora*", home,
                                         '<meta property="og:type" content="website">')))
    nf = ('<div class="container"><div class="row"><div class="col-md-12 text-center"><h1>404</h1><p>The page you '
          "were looking for doesn&rsquo;t exist.</p><p>That post does not exist, or it is not public.</p></div></div>"
          "</div>")
    docs.append(_doc(T.DI, "/posts/4400", _di_page(u, "The page you were looking for doesn't exist (404)", nf),
                     status=404))
    return docs


# --- a Frontiers-like journal ----------------------------------------------------------------------

FR_JOURNAL = "Frontiers in Library and Information Science"
FR_PROFILE = {"Helena Marsh": "/people/u/482117"}
FR_AFFIL = {"Helena Marsh": "School of Information, Ridge University, Ridge, OR, United States",
            "David Chu": "University Library, Lakeview College, Lakeview, WA, United States"}


def _fr_page(u, title: str, main: str, meta: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{meta}'
            f'<link rel="stylesheet" href="{u("/_nuxt/entry.8c1e2f0a.css")}"></head><body>'
            f'<div id="__nuxt"><div id="__layout"><header class="Header"><div class="Header__wrapper">'
            f'<a class="Header__logo" href="{u("/")}" aria-label="Frontiers home">frontiers</a><nav '
            f'class="Header__nav"><ul><li><a href="{u("/articles")}">Articles</a></li><li><a '
            f'href="{u("/sections/professional-development")}">Sections</a></li><li><a href="{u("/about")}">About'
            f'</a></li></ul></nav><form class="Header__search" action="{u("/search")}"><input name="query" '
            f'type="search" aria-label="Search"></form></div></header><main class="Main">{main}</main>'
            f'<footer class="Footer"><div class="Footer__wrapper"><ul><li><a href="{u("/about")}">About us</a></li>'
            f'<li><a href="{u("/contact")}">Contact</a></li><li><a href="https://twitter.com/FrontiersIn" '
            f'rel="noopener">X</a></li></ul><p>&copy; 2007 - 2024 Frontiers Media S.A. All Rights Reserved</p></div>'
            f"</footer></div></div></body></html>")


def _fr_authors(w: T.Work, u) -> str:
    out = []
    for i, a in enumerate(w.author.split("; ")):
        href = u(FR_PROFILE[a]) if a in FR_PROFILE else f"https://loop.frontiers-lis-people.example/people/{9000 + i}"
        out.append(f'<span class="author-wrapper notranslate"><a href="{href}" data-event="customLink-link-a_{esc(a)}">'
                   f'{esc(a)}</a><sup>{i + 1}</sup>{"*" if i == 0 else ""}</span>')
    return ", ".join(out)


def _fr_doi(w: T.Work) -> str:
    return w.path.split("/articles/")[1].rsplit("/", 1)[0]


def _fr_card(w: T.Work, u) -> str:
    return (f'<article class="CardArticle"><a href="{u(w.path)}" class="CardArticle__wrapper"><div '
            f'class="CardArticle__type">Original Research</div><h3 class="CardArticle__title">{esc(w.title)}</h3>'
            f'<div class="CardArticle__authors">{esc(w.author.replace("; ", ", "))}</div><div '
            f'class="CardArticle__date">Published on {_long(w.date)}</div><p '
            f'class="CardArticle__abstract">{_excerpt(w, 240)}</p></a></article>')


def frontiers(u) -> list[Doc]:
    arts = sorted([w for w in _works(T.FR) if w.kind == "journal-article"], key=lambda w: w.date, reverse=True)
    docs = []
    for n, w in enumerate(arts):
        doi = _fr_doi(w)
        pdf_path = w.path.replace("/full", "/pdf")
        has_pdf = T.FR + pdf_path in W
        authors = w.author.split("; ")
        meta = "".join(f'<meta name="citation_author" content="{esc(a)}"><meta name="citation_author_institution" '
                       f'content="{esc(FR_AFFIL.get(a, "Independent researcher"))}">' for a in authors)
        meta = (f'<meta name="description" content="{esc(w.paras[0][:250])}"><meta name="citation_title" '
                f'content="{esc(w.title)}"><meta name="citation_journal_title" content="{FR_JOURNAL}">'
                f'<meta name="citation_publisher" content="Frontiers"><meta name="citation_journal_abbrev" '
                f'content="Front. Libr. Inf. Sci."><meta name="citation_issn" content="2813-0000">{meta}'
                f'<meta name="citation_pages" content="{doi[-7:]}"><meta name="citation_volume" '
                f'content="{int(w.date[:4]) - 2021}"><meta name="citation_publication_date" '
                f'content="{w.date.replace("-", "/")}"><meta name="citation_online_date" '
                f'content="{w.date.replace("-", "/")}"><meta name="citation_doi" content="{doi}">'
                f'<meta name="citation_abstract_html_url" content="{u(w.path)}">'
                + (f'<meta name="citation_pdf_url" content="{u(pdf_path)}">' if has_pdf else "")
                + f'<meta name="citation_language" content="English"><meta name="dc.identifier" content="doi:{doi}">'
                f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="article">'
                f'<meta property="og:url" content="{u(w.path)}"><meta property="og:site_name" content="Frontiers">'
                f'<meta property="og:description" content="{esc(w.paras[0][:200])}"><link rel="canonical" '
                f'href="{u(w.path)}">')
        sections = "".join(
            (f"<h2>{esc(p.split('. ', 1)[0])}</h2><p>{esc(p.split('. ', 1)[1])}</p>" if i else
             f'<div class="JournalAbstract__abstract"><h2>Abstract</h2><p>{esc(p.split(". ", 1)[1])}</p></div>')
            for i, p in enumerate(w.paras))
        aff = "".join(f"<li><sup>{i + 1}</sup>{esc(FR_AFFIL.get(a, 'Independent researcher'))}</li>"
                      for i, a in enumerate(authors))
        dl = (f'<a class="ActionsDropDown__option" href="{u(pdf_path)}" data-test-id="download-pdf">Download PDF</a>'
              if has_pdf else "")
        main = (f'<div class="ArticleLayout"><div class="ArticleLayout__main"><div class="ArticleDetails"><div '
                f'class="ArticleDetails__header"><span class="ArticleDetails__type">ORIGINAL RESEARCH</span> article'
                f'</div><div class="ArticleDetails__journal">Front. Libr. Inf. Sci., {_long(w.date)}<br>Sec. '
                f'<a href="{u("/sections/professional-development")}">Professional Development and Workforce</a>'
                f'<br>Volume {int(w.date[:4]) - 2021} - {w.date[:4]} | <a href="https://doi.org/{doi}">'
                f'https://doi.org/{doi}</a></div></div><div class="JournalAbstract"><h1>{esc(w.title)}</h1>'
                f'<div class="authors">{_fr_authors(w, u)}</div><ul class="notes">{aff}</ul></div>'
                f'<div class="JournalFullText">{sections}<div class="References"><h2>References</h2><p>Cited '
                f'references are listed in the PDF.</p></div><div class="notes"><p><strong>Received:</strong> '
                f'{n + 3} January {w.date[:4]}; <strong>Accepted:</strong> {n + 10} February {w.date[:4]};<br>'
                f'<strong>Published:</strong> {_long(w.date)}.</p><p><strong>Copyright</strong> &copy; {w.date[:4]} '
                f"{esc(w.author.replace('; ', ', '))}. This is an open-access article distributed under the terms "
                f'of the Creative Commons Attribution License (CC BY).</p></div></div></div><aside '
                f'class="ArticleLayout__aside"><div class="ActionsDropDown">{dl}</div></aside></div>')
        docs.append(_doc(T.FR, w.path, _fr_page(u, f"Frontiers | {esc(w.title)}", main, meta)))
        if has_pdf:
            docs.append(_doc(T.FR, pdf_path, _pdf(W[T.FR + pdf_path]), content_type="application/pdf"))
    cards = "".join(_fr_card(w, u) for w in arts)
    docs.append(_doc(T.FR, "/", _fr_page(u, f"{FR_JOURNAL} | Frontiers", (
        f'<section class="JournalHero"><h1>{FR_JOURNAL}</h1><p>Explores how libraries, archives and information '
        f'services work, and the people who work in them.</p></section><section class="LatestArticles"><h2>Latest '
        f'articles</h2>{"".join(_fr_card(w, u) for w in arts[:3])}<a href="{u("/articles")}">See all articles</a>'
        f'</section><section class="Search"><a href="{u("/search?query=mentoring&tab=articles")}">Popular: '
        f"mentoring</a></section>"), '<meta property="og:type" content="website">')))
    docs.append(_doc(T.FR, "/articles", _fr_page(u, f"{FR_JOURNAL} | Articles", (
        f'<section class="ArticlesList"><h1>Articles</h1><div class="ArticlesList__sort">Sorted by: Date</div>'
        f"{cards}</section>"))))
    sec = [w for w in arts if "shelf" not in w.title.lower()]
    docs.append(_doc(T.FR, "/sections/professional-development", _fr_page(
        u, f"Professional Development and Workforce | {FR_JOURNAL}",
        f'<section class="SectionHero"><h1>Professional Development and Workforce</h1><p>Section of {FR_JOURNAL}.'
        f' Specialty Chief Editor: Helena Marsh.</p><p><a href="{u("/people/u/482117")}">Helena Marsh</a></p>'
        f'</section><section class="ArticlesList">{"".join(_fr_card(w, u) for w in sec)}</section>')))
    hits = [w for w in arts if "mentor" in " ".join(w.paras).lower()]
    docs.append(_doc(T.FR, "/search?query=mentoring&tab=articles", _fr_page(
        u, "Search results for mentoring | Frontiers",
        f'<section class="SearchResults"><h1>{len(hits)} results for &ldquo;mentoring&rdquo;</h1><div '
        f'class="SearchResults__tabs"><span class="is-active">Articles</span></div>'
        f'{"".join(_fr_card(w, u) for w in hits)}</section>')))
    helena = [w for w in arts if "Helena Marsh" in w.author]
    docs.append(_doc(T.FR, "/people/u/482117", _fr_page(
        u, "Helena Marsh | Frontiers Loop",
        f'<section class="Profile"><h1>Helena Marsh</h1><p class="Profile__position">Associate Professor, School of '
        f"Information, Ridge University</p><p>Research on library workforce, mentoring and professional learning."
        f'</p><h2>Publications</h2>{"".join(_fr_card(w, u) for w in helena)}</section>',
        '<meta property="og:type" content="profile">')))
    docs.append(_doc(T.FR, "/about", _fr_page(u, f"About | {FR_JOURNAL}", (
        f"<section><h1>About the journal</h1><p>{FR_JOURNAL} is an open-access journal publishing research on "
        "libraries, archives, information services and information work. All articles are peer reviewed and "
        "published under CC BY.</p><h2>Sections</h2><ul><li><a "
        f'href="{u("/sections/professional-development")}">Professional Development and Workforce</a></li></ul>'
        "</section>"))))
    docs.append(_doc(T.FR, "/contact", _fr_page(u, f"Contact | {FR_JOURNAL}", (
        "<section><h1>Contact the editorial office</h1><p>For questions about submissions, email the editorial "
        "office at lis.editorial@frontiers-lis.example. For press enquiries, contact our press office.</p>"
        "<form><input name=\"email\" type=\"email\"><textarea name=\"message\"></textarea><button>Send</button>"
        "</form></section>"))))
    return docs


# --- an Islandora 7 repository ------------------------------------------------------------------------

IS_SITE = "Ridge University Digital Collections"
IS_COLL = {"/islandora/object/ridge%3Atheses": ("Theses and Dissertations", ["/islandora/object/ridge%3A2291"]),
           "/islandora/object/ridge%3Areports": ("University Libraries Reports", ["/islandora/object/ridge%3A1874"])}
IS_SUBJECT = "/islandora/search/%22Mentoring%22?type=dismax&f%5B0%5D=mods_subject_topic_ms%3A%22Mentoring%22"


def _is_page(u, title: str, main: str, crumbs: str = "", meta: str = "", body_class: str = "not-front") -> str:
    return (f'<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><link rel="shortcut icon" '
            f'href="{u("/misc/favicon.ico")}" type="image/vnd.microsoft.icon"><meta name="Generator" content="Drupal 7 '
            f'(http://drupal.org)">{meta}<title>{title} | {IS_SITE}</title><link type="text/css" rel="stylesheet" '
            f'href="{u("/sites/default/files/css/css_xE-rWrJf-fncB6ztZfd2huxqgxu4WO-qwma6Xer30m4.css")}" '
            f'media="all"></head><body class="html {body_class} not-logged-in one-sidebar sidebar-first">'
            f'<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main '
            f'content</a></div><div id="page-wrapper"><div id="page"><div id="header"><div class="section clearfix">'
            f'<a href="{u("/")}" title="Home" rel="home" id="logo"><img src="{u("/sites/default/files/logo.png")}" '
            f'alt="Home"></a><div id="name-and-slogan"><div id="site-name"><strong><a href="{u("/")}" title="Home" '
            f'rel="home"><span>{IS_SITE}</span></a></strong></div></div></div></div><div id="navigation"><div '
            f'class="section"><ul id="main-menu" class="links inline clearfix"><li class="menu-218 first"><a '
            f'href="{u("/")}">Home</a></li><li class="menu-402"><a href="{u("/about")}">About</a></li></ul></div></div>'
            f'<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">'
            f'<div id="sidebar-first" class="column sidebar"><div class="section"><div class="region '
            f'region-sidebar-first"><div id="block-islandora-solr-simple" class="block block-islandora-solr"><h2>'
            f'Search</h2><div class="content"><form action="{u("/")}" method="post" id="islandora-solr-simple-search-form">'
            f'<input type="text" name="islandora_simple_search_query" size="15"><input type="submit" value="search">'
            f'</form></div></div></div></div></div><div id="content" class="column"><div class="section">'
            f'<a id="main-content"></a><div class="breadcrumb">{crumbs}</div><h1 class="title" id="page-title">'
            f'{title}</h1><div class="region region-content"><div id="block-system-main" class="block block-system">'
            f'<div class="content">{main}</div></div></div></div></div></div></div><div id="footer-wrapper">'
            f'<div class="section"><div id="footer" class="clearfix"><p>Ridge University Libraries &middot; '
            f"Powered by Islandora</p></div></div></div></div></div></body></html>")


def _is_meta_dl(rows: list[tuple[str, str, str]]) -> str:
    return ('<fieldset class="islandora islandora-metadata collapsible"><legend><span class="fieldset-legend">Details'
            '</span></legend><div class="fieldset-wrapper"><dl xmlns:dcterms="http://purl.org/dc/terms/" '
            'class="islandora-inline-metadata islandora-metadata-fields islandora-object-fields">'
            + "".join(f'<dt class="dc-{c}">{k}</dt><dd class="dc-{c}">{v}</dd>' for c, k, v in rows)
            + "</dl></div></fieldset>")


def _is_result(w: T.Work, u) -> str:
    return (f'<div class="islandora-solr-search-result clear-block"><div class="islandora-solr-search-result-inner">'
            f'<dl class="solr-thumb"><dt><a href="{u(w.path)}"><img src="{u(w.path + "/datastream/TN/view")}" '
            f'alt=""></a></dt><dd></dd></dl><dl class="solr-fields islandora-inline-metadata"><dt class="solr-label '
            f'dc-title">Title</dt><dd class="solr-value dc-title"><a href="{u(w.path)}">{esc(w.title)}</a></dd><dt '
            f'class="solr-label dc-creator">Creator</dt><dd class="solr-value dc-creator">{esc(w.author)}</dd><dt '
            f'class="solr-label dc-date">Date</dt><dd class="solr-value dc-date">{w.date[:4]}</dd></dl></div></div>')


def islandora(u) -> list[Doc]:
    docs = []
    thesis, thesis_pdf, report = (_w(T.IS, "/islandora/object/ridge%3A2291"),
                                  _w(T.IS, "/islandora/object/ridge%3A2291/datastream/OBJ/view"),
                                  _w(T.IS, "/islandora/object/ridge%3A1874"))
    home = '<a href="{}">Home</a>'.format(u("/"))
    for w, coll, pdf_ok in ((thesis, "/islandora/object/ridge%3Atheses", True),
                            (report, "/islandora/object/ridge%3Areports", False)):
        pid = w.path.rsplit("/", 1)[1].replace("%3A", ":")
        abstract = w.paras[0].split(": ", 1)[1]
        rows = [("title", "Title", esc(w.title)), ("creator", "Creator", esc(w.author)),
                ("date", "Date", w.date[:4]), ("description", "Abstract", esc(abstract))]
        rows += [(k.lower(), k, esc(v)) for p in w.paras[1:]
                 for k, v in re.findall(r"(\w+): (.*?)\.?(?= \w+: |$)", p)]
        rows += [("identifier", "Identifier", pid), ("type", "Type", "Text")]
        meta = (f'<meta name="citation_title" content="{esc(w.title)}"><meta name="citation_author" '
                f'content="{esc(w.author)}"><meta name="citation_publication_date" content="{w.date[:4]}">'
                + (f'<meta name="citation_dissertation_institution" content="Ridge University">'
                   f'<meta name="citation_pdf_url" content="{u(thesis_pdf.path)}">' if pdf_ok else
                   '<meta name="citation_technical_report_institution" content="Ridge University Libraries">')
                + f'<link rel="canonical" href="{u(w.path)}">')
        viewer = (f'<div class="islandora-pdf-content-wrapper clearfix"><div class="islandora-pdf-content"><a '
                  f'href="{u(thesis_pdf.path)}"><img src="{u(w.path + "/datastream/TN/view")}" alt="Thumbnail"></a>'
                  f'</div><div class="islandora-pdf-sidebar"><h2>Download</h2><div>Download: <a '
                  f'href="{u(thesis_pdf.path)}">PDF</a> (1.4 MiB)</div></div></div>' if pdf_ok else
                  '<div class="islandora-pdf-content-wrapper clearfix"><p class="messages status">The full text of '
                  "this item is available to Ridge University users only.</p></div>")
        in_coll = (f'<div class="islandora-object-collections"><h2>In collections</h2><ul><li><a href="{u(coll)}">'
                   f"{IS_COLL[coll][0]}</a></li></ul></div>")
        main = (f'<div class="islandora-pdf-object islandora" vocab="http://schema.org/" prefix="dcterms: '
                f'http://purl.org/dc/terms/" typeof="Article">{viewer}{_is_meta_dl(rows)}{in_coll}</div>')
        crumbs = f'{home} &raquo; <a href="{u(coll)}">{IS_COLL[coll][0]}</a>'
        docs.append(_doc(T.IS, w.path, _is_page(u, esc(w.title), main, crumbs, meta,
                                                f"not-front page-islandora page-islandora-object")))
    docs.append(_doc(T.IS, thesis_pdf.path, _pdf(thesis_pdf), content_type="application/pdf"))
    for path, (name, objs) in IS_COLL.items():
        grid = "".join(f'<dl class="islandora-basic-collection-object"><dt class="islandora-basic-collection-thumb">'
                       f'<a href="{u(p)}" title="{esc(W[T.IS + p].title)}"><img src="{u(p + "/datastream/TN/view")}" '
                       f'alt=""></a></dt><dd class="islandora-basic-collection-caption"><a href="{u(p)}">'
                       f'{esc(W[T.IS + p].title)}</a></dd></dl>' for p in objs)
        main = (f'<div class="islandora islandora-basic-collection"><div class="islandora-basic-collection-grid '
                f'clearfix">{grid}</div></div>')
        docs.append(_doc(T.IS, path, _is_page(u, name, main, home, body_class="not-front page-islandora")))
    facet = (f'<div class="islandora-solr-facet-list"><h3>Subject</h3><ul class="islandora-solr-facet"><li><a '
             f'href="{esc(u(IS_SUBJECT))}">Mentoring</a> <span class="count">(1)</span></li></ul></div>')
    for path, title, hits, extra in [
        ("/islandora/search/mentoring?type=dismax", "Search results", [thesis, report], facet),
        (IS_SUBJECT, "Search results", [thesis], "")]:
        main = (f'<div class="islandora-solr-search-results-header"><p>({len(hits)} results)</p></div>{extra}'
                f'<div class="islandora islandora-solr-search-results">{"".join(_is_result(w, u) for w in hits)}</div>')
        docs.append(_doc(T.IS, path, _is_page(u, title, main, home, body_class="not-front page-islandora-search")))
    front = ("<p>Theses, reports and digitised collections of Ridge University and its Libraries.</p>"
             '<div class="islandora-basic-collection-grid">'
             + "".join(f'<dl class="islandora-basic-collection-object"><dd><a href="{u(p)}">{n}</a></dd></dl>'
                       for p, (n, _) in IS_COLL.items())
             + f'</div><p>Browse by subject: <a href="{esc(u(IS_SUBJECT))}">Mentoring</a>. Or <a '
               f'href="{u("/islandora/search/mentoring?type=dismax")}">see everything on mentoring</a>.</p>')
    docs.append(_doc(T.IS, "/", _is_page(u, "Welcome", front, body_class="front")))
    docs.append(_doc(T.IS, "/about", _is_page(u, "About", (
        "<p>Ridge University Digital Collections is the institutional repository of Ridge University, run by the "
        "University Libraries on Islandora. It holds the university&#39;s electronic theses and dissertations "
        "since 2008, reports of the Libraries, and digitised special collections.</p><p>Questions: "
        "repository@ridgeuniv.example</p>"), home, body_class="not-front page-node")))
    return docs


# --- Kirby CMS (Starterkit) -----------------------------------------------------------------------

KI_SITE = "North Valley Library Association"
KI_TAGS = {"/notes/mentor-match-goes-online": ["mentoring"], "/notes/members-share-how-they-learn": ["mentoring"],
           "/notes/spring-conference-programme": ["events", "mentoring"], "/notes/advocacy-day-2024": ["events"],
           "/notes/new-board-members": []}


def _ki_page(u, title: str, path: str, main: str, current: str = "", desc: str = "") -> str:
    menu = "".join(f'<a {"aria-current " if current == p else ""}href="{u(p)}">{n}</a>'
                   for p, n in (("/about", "About"), ("/notes", "Notes"), ("/contact", "Contact")))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta name="viewport" '
            f'content="width=device-width,initial-scale=1.0"><title>{KI_SITE} | {title}</title>'
            + (f'<meta name="description" content="{desc}">' if desc else "")
            + f'<link href="{u("/assets/css/index.css")}" rel="stylesheet"><link href="{u("/assets/css/templates/note.css")}" '
            f'rel="stylesheet"><link rel="shortcut icon" type="image/x-icon" href="{u("/favicon.ico")}"></head>'
            f'<body><div class="page"><header class="header"><a class="logo" href="{u("/")}">{KI_SITE}</a>'
            f'<nav class="menu">{menu}</nav></header><main class="main">{main}</main>'
            f'<footer class="footer"><div class="grid"><div class="column" style="--columns: 8"><h2><a '
            f'href="https://getkirby.com">Made with Kirby</a></h2><p>Kirby: the file-based CMS that adapts to any '
            f'project, loved by developers and editors alike</p></div><div class="column" style="--columns: 2">'
            f'<h2>Association</h2><ul><li><a href="{u("/about")}">About us</a></li><li><a href="{u("/contact")}">'
            f"Contact</a></li></ul></div></div></footer></div></body></html>")


def _ki_excerpt(w: T.Work, u) -> str:
    return (f'<li class="column" style="--columns: 4"><article class="note-excerpt"><a href="{u(w.path)}"><header>'
            f'<figure class="img" style="--w: 16; --h:9"></figure><h2 class="note-excerpt-title">{esc(w.title)}</h2>'
            f'<time class="note-excerpt-date" datetime="{w.date}">{_date.fromisoformat(w.date).strftime("%d %b, %Y")}'
            f'</time></header><p class="note-excerpt-text">{_excerpt(w, 150)}</p></a></article></li>')


def kirby(u, elsewhere: dict[str, str]) -> list[Doc]:
    notes = sorted(_works(T.KI), key=lambda w: w.date, reverse=True)
    docs = []
    for i, w in enumerate(notes):
        tags = "".join(f'<li><a href="{u("/notes/tag:" + t)}">{t}</a></li>' for t in KI_TAGS[w.path])
        body = ps(w.paras)
        if w.path == "/notes/mentor-match-goes-online":
            body += (f'<p>Read more about why: <a href="{elsewhere["frontiers"]}">recent research on informal '
                     f"mentoring online</a>.</p>")
        prevnext = '<nav class="blog-prevnext"><h2>Keep reading</h2><ul class="grid">'
        if i + 1 < len(notes):
            prevnext += _ki_excerpt(notes[i + 1], u)
        if i:
            prevnext += _ki_excerpt(notes[i - 1], u)
        main = (f'<article class="note"><header class="note-header h1"><h1 class="note-title">{esc(w.title)}</h1>'
                f'</header><div class="note text">{body}</div><footer class="note-footer">'
                + (f'<ul class="note-tags">{tags}</ul>' if tags else "")
                + f'<time class="note-date" datetime="{w.date}">Published on '
                f'{_date.fromisoformat(w.date).strftime("%d %b, %Y")}</time></footer>{prevnext}</ul></nav></article>')
        docs.append(_doc(T.KI, w.path, _ki_page(u, esc(w.title), w.path, main, "/notes", esc(w.paras[0][:150]))))

    def listing(path, title, items, pager=""):
        main = (f'<header class="h1"><h1>{title}</h1></header><ul class="notes">'
                + "".join(_ki_excerpt(w, u) for w in items) + f"</ul>{pager}")
        return _doc(T.KI, path, _ki_page(u, title, path, main, "/notes"))
    docs.append(listing("/notes", "Notes", notes[:4], f'<nav class="pagination flex flex-center"><span '
                                                     f'class="pagination-prev">&larr;</span><a class="pagination-next" '
                                                     f'href="{u("/notes/page:2")}">&rarr;</a></nav>'))
    docs.append(listing("/notes/page:2", "Notes", notes[4:], f'<nav class="pagination flex flex-center"><a '
                                                            f'class="pagination-prev" href="{u("/notes")}">&larr;</a>'
                                                            f'<span class="pagination-next">&rarr;</span></nav>'))
    for t in ("mentoring", "events"):
        docs.append(listing(f"/notes/tag:{t}", f"Notes tagged &ldquo;{t}&rdquo;",
                            [w for w in notes if t in KI_TAGS[w.path]]))
    home = (f'<header class="h1"><h1>Libraries and the people who run them</h1></header><div class="text"><p>The '
            f"North Valley Library Association brings together library and archive workers across the valley: "
            f"public, school, academic and special libraries.</p></div><h2 class=\"h2\">Latest notes</h2>"
            f'<ul class="home-grid">{"".join(_ki_excerpt(w, u) for w in notes[:3])}</ul>'
            f'<p><a href="{u("/notes")}">All notes</a> &middot; <a href="{u("/notes/tag:mentoring")}">Mentor Match'
            f"</a></p>")
    docs.append(_doc(T.KI, "/", _ki_page(u, "Home", "/", home)))
    docs.append(_doc(T.KI, "/about", _ki_page(u, "About us", "/about", (
        '<header class="h1"><h1>About us</h1></header><div class="text"><p>Founded in 1962, the association has '
        "about 400 members in four counties. We run a spring conference, a webinar series, Advocacy Day and "
        "Mentor Match, and publish notes on this site.</p><p>Membership runs from July to June. Dues are on a "
        "sliding scale from $20 to $80.</p></div>"), "/about")))
    docs.append(_doc(T.KI, "/contact", _ki_page(u, "Contact", "/contact", (
        '<header class="h1"><h1>Contact</h1></header><div class="text"><p>North Valley Library Association<br>'
        "PO Box 118<br>Riverside</p><p>Email: office@northvalleylibraries.example</p><p>Our board meets on the "
        "second Tuesday of the month; members are welcome to attend.</p></div>"), "/contact")))
    return docs


# --- LibAnswers -----------------------------------------------------------------------------------------

LA_TOPICS = {"31442": ("Staff &amp; careers", ["/faq/381204", "/faq/381377"]),
             "31450": ("Borrowing &amp; printing", ["/faq/381455", "/faq/381590", "/faq/381377"])}


def _la_page(u, title: str, main: str, crumbs: str, meta: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta http-equiv="X-UA-Compatible" content="IE=Edge">'
            f'<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">'
            f'<title>{title} - LibAnswers</title>{meta}<link rel="stylesheet" '
            f'href="https://static-assets-us.libanswers-like.example/web/css6.2.1/LibAnswers_public.min.css">'
            f'</head><body class="s-la-public"><a id="s-la-public-skiplink" class="alert-info" href="#s-la-page-'
            f'maincontent">Skip to Main Content</a><div id="s-la-public-header"><div class="library-banner"><a '
            f'href="https://library.ridgeuniv.example/">Ridge University Libraries</a></div></div>'
            f'<div id="s-la-page-wrapper" class="container"><div id="s-la-public-breadcrumbs"><ol class="breadcrumb">'
            f'<li><a href="https://library.ridgeuniv.example/">Ridge University Libraries</a></li><li><a '
            f'href="{u("/")}">Ask Us</a></li>{crumbs}</ol></div><div id="s-la-page-maincontent">{main}</div>'
            f'<div id="s-la-public-footer" class="s-la-footer"><div><a href="{u("/ask")}">Ask a question</a> '
            f'&middot; <a href="https://libanswers-like.example" rel="nofollow">Powered by Springshare</a>.</div>'
            f"</div></div></body></html>")


def _la_search_box(u) -> str:
    return (f'<form action="{u("/search/")}" method="get" class="s-la-searchform" role="search"><input type="hidden" '
            f'name="t" value="0"><label for="s-la-searchform-query" class="sr-only">Search</label><input '
            f'type="text" id="s-la-searchform-query" name="q" class="form-control" placeholder="Enter your '
            f'question"><button type="submit" class="btn btn-default">Search</button></form>')


def _la_list(u, paths: list[str]) -> str:
    return ('<ul class="s-la-faq-listing">'
            + "".join(f'<li><a href="{u(p)}">{esc(W[T.LA + p].title)}</a></li>' for p in paths) + "</ul>")


def libanswers(u) -> list[Doc]:
    docs = []
    faqs = _works(T.LA)
    for w in faqs:
        qid = w.path.rsplit("/", 1)[1]
        topics = [(tid, n) for tid, (n, ps_) in LA_TOPICS.items() if w.path in ps_]
        related = [p for tid, _ in topics for p in LA_TOPICS[tid][1] if p != w.path][:3]
        if qid == "381455":
            related = related + ["/faq/999999"]
        gone = "How do I request a book from another campus?"
        rel = "".join(f'<li><a href="{u(p)}">{esc(W[T.LA + p].title) if T.LA + p in W else gone}</a></li>'
                      for p in dict.fromkeys(related))
        ld = {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [
            {"@type": "Question", "name": w.title, "acceptedAnswer": {"@type": "Answer", "text": " ".join(w.paras)}}]}
        meta = (f'<meta name="description" content="{esc(w.paras[0][:150])}"><link rel="canonical" '
                f'href="{u(w.path)}"><meta property="og:title" content="{esc(w.title)}"><meta property="og:type" '
                f'content="website"><meta property="og:url" content="{u(w.path)}"><meta property="og:description" '
                f'content="{esc(w.paras[0][:150])}"><script type="application/ld+json">{json.dumps(ld)}</script>')
        main = (f'<div class="row"><div class="col-md-8"><div id="s-la-faq-content" class="s-la-faq-content">'
                f'<h1 id="s-la-faq-question" class="s-la-faq-question">{esc(w.title)}</h1>'
                f'<div id="s-la-faq-answer" class="s-la-faq-answer"><div id="s-la-content-answer-{qid}">{ps(w.paras)}'
                f'</div></div><div class="s-la-faq-meta"><div id="s-la-faq-lastedited">Last Updated: '
                f'{_short(w.date)}</div><div id="s-la-faq-views">Views: {int(qid) % 700}</div>'
                f'<div class="s-la-faq-topics"><span class="s-la-faq-label">Topics:</span> '
                + " ".join(f'<a href="{u("/browse.php?tid=" + t)}" class="label label-default">{n}</a>' for t, n in topics)
                + f'</div></div><div class="s-la-faq-rating">Was this helpful? <button class="btn btn-default btn-sm">'
                f'Yes</button> <button class="btn btn-default btn-sm">No</button></div></div></div>'
                f'<div class="col-md-4"><div class="s-la-box s-la-box-related"><h2>Related Topics</h2><ul>{rel}</ul>'
                f'</div><div class="s-la-box"><h2>Contact Us</h2><p><a href="{u("/ask")}">Ask a question</a></p>'
                f"</div></div></div>")
        docs.append(_doc(T.LA, w.path, _la_page(u, esc(w.title), main,
                                                f'<li class="active">{esc(w.title)}</li>', meta)))
    for tid, (name, paths) in LA_TOPICS.items():
        main = (f'<h1>Topic: {name}</h1><div class="s-la-content-browse"><p>{len(paths)} answers in this topic.</p>'
                f"{_la_list(u, paths)}</div>")
        docs.append(_doc(T.LA, f"/browse.php?tid={tid}", _la_page(u, f"Browse: {name}", main,
                                                                 f'<li class="active">{name}</li>')))
    hits = ["/faq/381204", "/faq/381377"]
    main = (f'{_la_search_box(u)}<h1>Search results for &ldquo;mentor&rdquo;</h1><div id="s-la-srch-result">'
            + "".join(f'<div class="s-la-srch-result"><div class="s-la-srch-result-title"><a href="{u(p)}">'
                      f'{esc(W[T.LA + p].title)}</a></div><div class="s-la-srch-result-answer">'
                      f"{esc(W[T.LA + p].paras[0][:140])}&hellip;</div></div>" for p in hits) + "</div>")
    docs.append(_doc(T.LA, "/search/?t=0&q=mentor", _la_page(u, "Search: mentor", main,
                                                            '<li class="active">Search</li>')))
    topics = "".join(f'<li><a href="{u("/browse.php?tid=" + t)}">{n}</a> ({len(p)})</li>'
                     for t, (n, p) in LA_TOPICS.items())
    main = (f'<div class="row"><div class="col-md-8"><h1>Ask Us</h1>{_la_search_box(u)}<h2>Popular Answers</h2>'
            f'{_la_list(u, [w.path for w in faqs][:3])}<p>Popular searches: <a href="{u("/search/?t=0&q=mentor")}">'
            f'mentor</a></p></div><div class="col-md-4"><div class="s-la-box"><h2>Browse by Topic</h2><ul>{topics}'
            f'</ul></div><div class="s-la-box"><h2>Contact Us</h2><p><a href="{u("/ask")}">Ask a question</a></p>'
            f"</div></div></div>")
    docs.append(_doc(T.LA, "/", _la_page(u, "Ask Us", main, "")))
    form = ('<h1>Ask a Question</h1><form id="s-la-askform" method="post"><div class="form-group"><label>Question'
            '</label><input type="text" name="pquestion" class="form-control"></div><div class="form-group"><label>'
            'More detail</label><textarea name="pdetails" class="form-control"></textarea></div><div '
            'class="form-group"><label>Email</label><input type="email" name="email" class="form-control"></div>'
            '<button type="submit" class="btn btn-primary">Submit</button></form><p>Chat with us weekdays 9-5, call '
            "(555) 010-2200, or visit the help desk.</p>")
    docs.append(_doc(T.LA, "/ask", _la_page(u, "Ask a Question", form, '<li class="active">Ask a Question</li>')))
    soft = (f'<div class="alert alert-warning"><h1>FAQ not found</h1><p>This FAQ is not available. It may have been '
            f'removed or made private.</p></div>{_la_search_box(u)}')
    docs.append(_doc(T.LA, "/faq/999999", _la_page(u, "Error", soft, '<li class="active">Error</li>')))
    return docs


# --- the whole web ---------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page of web 25; ``url(host, path)`` makes the absolute URLs links use."""
    def on(host):
        return lambda path: url(host, path)

    elsewhere = {"frontiers": url(T.FR, "/articles/10.3389/frlis.2024.1187345/full"),
                 "zulip": url(T.ZU, "/archive/stream/12-mentoring/topic/peer.20mentoring.20group.html"),
                 "margaret": url(T.GS, "/forty-years-and-the-mentors-i-never-had/"),
                 "lone": url(T.TQ, "/2022/02/lone-arrangers-and-the-list/"),
                 "thesis": url(T.IS, "/islandora/object/ridge%3A2291")}
    docs = (wordpress(on(T.WP), elsewhere) + hugo_tranquilpeak(on(T.TQ), elsewhere) + jekyll_text(on(T.TX), elsewhere)
            + ghost_solo(on(T.GS), elsewhere) + zulip_archive(on(T.ZU)) + diaspora(on(T.DI)) + frontiers(on(T.FR))
            + islandora(on(T.IS)) + kirby(on(T.KI), elsewhere) + libanswers(on(T.LA)))
    built = [(d.host, d.path) for d in docs]
    assert sorted(built) == sorted(_LABEL) and len(set(built)) == len(built), set(built) ^ set(_LABEL)
    return docs


class LabelledWeb25(ServedWeb):
    """Web 25 (see the module docstring)."""

    HOSTS = T.HOSTS
    START = {T.ZU: "/archive/index.html"}
    FIRST_ADDRESS = 284
    build = staticmethod(build)
