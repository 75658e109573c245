"""A tenth labelled web for the ranking, held out: ten hosts, templates none
of webs 1-9 use, words of its own (:mod:`tests.labelled_text10`, written
without reading scan's code, its topic's keywords, the other webs' texts or
page builders, or scan's tests of kinds and ranking).

Its labels (:data:`tests.labelled_text10.WORKS` and ``OTHER``) were
written, and committed, before these pages were built and before anything
ran on the web: scan was never run on it while it was built; the lead
measures it once, at the end of the session that built it.

112 pages: 53 works and 59 pages that are not works or are errors. Every
link a page follows on one of the web's hosts leads to a labelled page.

Hosts and templates (the markup the real platform serves, reduced):

* ``hallpass.example`` WordPress with Elegant Themes' Divi and Rank Math's
  metadata, a GDPR Cookie Consent banner (a school librarian's blog): dated
  posts ``/YYYY/MM/slug/`` with comments, the home and ``/page/2/``, a
  category, a tag, a search (``/?s=``, linked from the sidebar), the author's
  archive, About, Contact, and Divi's 404 (status 404) behind the menu's
  stale "Events" link;
* ``newshelf.example`` Ghost with the Dawn theme (a newsletter: the home's
  feed and ``/page/2/``, posts with "You might also like" cards and a
  subscribe box, a tag, the author, the About page);
* ``boxandfolder.example`` Hugo with the Congo theme (an archivist's notes:
  the home's recent posts, ``/posts/``, ``/tags/`` and a tag page, About);
* ``lisgrad.example`` Jekyll with Minimal Mistakes (a library-school
  student's site: the home's recent posts, ``/year-archive/``,
  ``/categories/``, a portfolio item, About; Jekyll SEO tag metadata);
* ``backroom.example`` a NodeBB forum (server-rendered: the categories
  home, two categories, topics ``/topic/N/slug`` whose posts link their
  authors' ``/user/...`` pages, ``/recent``, a tag, a search);
* ``revuedoc.example`` a French-language journal on Érudit (article pages
  ``/fr/revues/rpd/ISSUE/NNNNNNNar/`` with ``citation_*`` and ``DC.*``
  tags, one article's PDF, the journal's home, the issue's table of
  contents, the issues list, the journal's "À propos" page, the search);
* ``catalogcard.example`` a Typepad blog under ``/blog/`` (entries
  ``/blog/YYYY/MM/slug.html`` with comments, the home, a month's archive, a
  category, the About page, and a soft 404: an old entry's address that an
  entry links to, answering 200 with Typepad's "Page Not Found");
* ``decks.example`` a Speaker Deck-like slides site (deck pages
  ``/USER/slug`` with the slides' transcript, one deck's PDF, users' pages,
  a category, the search, the home);
* ``kestrel.example`` a university's TERMINALFOUR site (news stories
  ``/news/YYYY/slug.html`` with NewsArticle JSON-LD, an event page, the
  news index, a news topic, About, Contact, the site search with its
  results, the home);
* ``strands.example`` a Threads-like network's public pages as served to
  crawlers (posts ``/@user/post/CODE``, profiles ``/@user``, the home, a
  search; log-in links are ``rel="nofollow"``).

Grades (as webs 1-9): 3 about the topic (librarians mentoring through
social media or online networks) throughout; 2 about it in good part (a
third of the text or more), or about mentoring of library workers without
the social media, or about library workers learning through social media or
online networks without the mentoring; 1 the topic's words in passing (one
sentence), or a short announcement dense with the topic's words and nothing
to read; 0 nothing, including off-topic pages that use one of the topic's
words for something else (mentor texts in a writing unit, peer mentors for
undergraduates, a coauthorship network, network printing, a LinkedIn scam,
a library's social media policy). Pages that are not works and errors count
0 whatever they say.

Kind decisions for unusual pages:

* a Ghost newsletter post, a Typepad entry, a Congo or Minimal Mistakes
  post and a Minimal Mistakes portfolio item (an annotated bibliography
  published as a page of its own) are ``article``; the newsletter's
  monthly round-up, two of five items on the topic at length, is 2;
* a NodeBB topic is a ``post`` graded by the whole thread; its categories
  are ``category``, ``/recent`` a ``listing``, ``/tags/mentoring`` a
  ``tag``, ``/user/...`` ``profile``; the categories index is ``home``;
* an Érudit article page (abstracts in French and English, keywords,
  ``citation_*`` tags) is a ``journal-article`` graded by what it shows;
  its PDF a ``document`` graded by its text; the journal's page is its
  ``home``, the issue's table of contents and the issues list ``listing``,
  the journal's "À propos" ``about``;
* a slides page (title, description, the slides' transcript) is a
  ``document``, graded by that text, as is the deck's PDF; a user's page
  is a ``profile``;
* a university news story is an ``article``; a one-paragraph webinar
  notice dense with the topic's words is 1; a story on peer mentors for
  first-generation undergraduates is 0 (not library workers);
* a Threads-like post is a ``post``; a post listing the accounts and
  lists an archivist learns from is about learning through online
  networks (2); a one-line "mentoring hour tonight" is an announcement (1);
* Divi's 404 (status 404) and Typepad's soft 404 (200) are ``error``.

::

    with LabelledWeb10() as web:
        web.seeds, web.hosts_env, web.labels      # as LabelledWeb
"""

from __future__ import annotations

import json
import zlib
from datetime import date
from typing import Callable

from tests.labelled_text10 import (CONGO, DAWN, DECKS, DIVI, ER_ISSUE, ERUDIT, MM, NODEBB, OTHER, STRANDS, T4,
                                   TYPEPAD, WORKS, Work)
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

HOSTS = (DIVI, DAWN, CONGO, MM, NODEBB, ERUDIT, TYPEPAD, DECKS, T4, STRANDS)
START = {ERUDIT: "/fr/revues/rpd/", TYPEPAD: "/blog/"}

_OTHER = {(h, p): k for h, p, k in OTHER}


def _doc(host: str, path: str, body: str | bytes, status: int = 200,
         content_type: str = "text/html; charset=utf-8") -> Doc:
    """The page at ``host`` ``path`` with its label, as written before the web was built."""
    w = WORKS.get(host + path)
    kind, grade = (w.kind, w.grade) if w else (_OTHER[(host, path)], 0)
    data = body if isinstance(body, bytes) else body.encode("utf-8")
    return Doc(host, path, kind, grade, data, content_type, status)


def _works(host: str, prefix: str = "") -> list[Work]:
    return sorted((w for w in WORKS.values() if w.host == host and w.path.startswith(prefix)),
                  key=lambda w: w.date, reverse=True)


def _h(s: str) -> int:
    return zlib.crc32(s.encode())


def _d(iso: str) -> date:
    return date.fromisoformat(iso)


def _ld(obj) -> str:
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False).replace("</", "<\\/") + \
        "</script>"


def _excerpt(w: Work, n: int = 180) -> str:
    return cut(w.paras[0], n)


# --- hallpass.example: WordPress, Divi, Rank Math ---------------------------------------------------

_DIVI_SITE = "The Hall Pass Librarian"
_DIVI_CAT = {  # the posts filed under Professional Learning; the rest are Uncategorized... shown without a link
    "/2025/10/the-facebook-group-that-got-me-through-year-one/", "/2025/11/now-im-the-one-sending-the-message/",
    "/2025/08/summer-conference-takeaways/"}
_DIVI_TAG = {"/2025/10/the-facebook-group-that-got-me-through-year-one/", "/2025/11/now-im-the-one-sending-the-message/"}


def _divi(u, title: str, main: str, body_class: str, head: str = "", sidebar: bool = True) -> str:
    posts = _works(DIVI)
    side = ""
    if sidebar:
        side = (
            '<div id="sidebar"><div id="search-2" class="et_pb_widget widget_search">'
            f'<form role="search" method="get" id="searchform" class="searchform" action="{u("/")}"><div>'
            '<label class="screen-reader-text" for="s">Search for:</label><input type="text" name="s" id="s">'
            '<input type="submit" id="searchsubmit" value="Search"></div></form></div>'
            '<div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">Recent '
            'Posts</h4><ul>' + "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in posts[:5]) +
            '</ul></div><div id="categories-2" class="et_pb_widget widget_categories"><h4 class="widgettitle">'
            f'Categories</h4><ul><li class="cat-item cat-item-4"><a href="{u("/category/professional-learning/")}">'
            'Professional Learning</a></li></ul></div>'
            '<div id="custom_html-3" class="widget_text et_pb_widget widget_custom_html"><h4 class="widgettitle">'
            f'Popular searches</h4><div class="textwidget custom-html-widget"><a href="{u("/?s=twitter")}">twitter'
            '</a></div></div></div>')
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<link rel="pingback" href="{u('/xmlrpc.php')}">
<title>{esc(title)}</title>
<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->
{head}
<!-- /Rank Math WordPress SEO plugin -->
<link rel="stylesheet" id="divi-style-parent-css" href="{u('/wp-content/themes/Divi/style-static.min.css?ver=4.27.4')}" type="text/css" media="all">
<meta name="generator" content="WordPress 6.8.3">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0">
</head>
<body class="{body_class} et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_header_style_left et_right_sidebar et_divi_theme et-db">
<div id="page-container">
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container">
<div class="logo_container"><span class="logo_helper"></span><a href="{u('/')}"><img src="{u('/wp-content/uploads/2024/08/hallpass-logo.png')}" width="93" height="43" alt="{_DIVI_SITE}" id="logo" data-height-percentage="54"></a></div>
<div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav">
<li id="menu-item-12" class="menu-item menu-item-type-custom"><a href="{u('/')}">Home</a></li>
<li id="menu-item-14" class="menu-item menu-item-type-post_type menu-item-object-page"><a href="{u('/about/')}">About</a></li>
<li id="menu-item-31" class="menu-item menu-item-type-post_type menu-item-object-page"><a href="{u('/events/')}">Events</a></li>
<li id="menu-item-15" class="menu-item menu-item-type-post_type menu-item-object-page"><a href="{u('/contact/')}">Contact</a></li>
</ul></nav><div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span><span class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div></div>
</div></header>
<div id="et-main-area">
<div id="main-content"><div class="container"><div id="content-area" class="clearfix">
<div id="left-area">{main}</div>
{side}
</div></div></div>
<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix">
<div id="footer-info">Designed by <a href="https://www.elegantthemes.com" title="Premium WordPress Themes">Elegant Themes</a> | Powered by <a href="https://www.wordpress.org">WordPress</a></div>
</div></div></footer>
</div></div>
<div id="cookie-law-info-bar" data-nosnippet="true" data-cli-style="cli-style-v2" style="background-color:#3a3a3a;color:#fff">
<span><div class="cli-bar-container cli-style-v2"><div class="cli-bar-message">We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits. By clicking "Accept", you consent to the use of ALL the cookies.</div><div class="cli-bar-btn_container"><a role="button" class="cli_settings_button" style="margin:0 5px 0 0">Cookie Settings</a><a role="button" data-cli_action="accept" id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button wt-cli-accept-btn">Accept</a></div></div></span></div>
<script type="text/javascript" src="{u('/wp-content/themes/Divi/js/scripts.min.js?ver=4.27.4')}" id="divi-custom-script-js"></script>
</body></html>"""


def _divi_head(u, title: str, path: str, og_type: str, desc: str, graph: list) -> str:
    return (f'<meta name="description" content="{esc(desc)}"><meta name="robots" content="follow, index, '
            f'max-snippet:-1, max-video-preview:-1, max-image-preview:large"><link rel="canonical" href="{u(path)}">'
            f'<meta property="og:locale" content="en_US"><meta property="og:type" content="{og_type}">'
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:description" content="{esc(desc)}">'
            f'<meta property="og:url" content="{u(path)}"><meta property="og:site_name" content="{_DIVI_SITE}">'
            f'<meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="{esc(title)}">'
            + _ld({"@context": "https://schema.org", "@graph": graph}))


def _divi_meta(u, w: Work) -> str:
    cat = (f' | <a href="{u("/category/professional-learning/")}" rel="category tag">Professional Learning</a>'
           if w.path in _DIVI_CAT else "")
    return (f'<p class="post-meta"> by <span class="author vcard"><a href="{u("/author/dana/")}" title="Posts by '
            f'Dana Okafor" rel="author">Dana Okafor</a></span> | <span class="published">'
            f'{_d(w.date).strftime("%b %-d, %Y")}</span>{cat}</p>')


def _divi_post(u, w: Work) -> Doc:
    dt = _d(w.date).isoformat() + "T07:30:00-05:00"
    graph = [{"@type": "Organization", "@id": u("/#organization"), "name": _DIVI_SITE},
             {"@type": "WebSite", "@id": u("/#website"), "url": u("/"), "name": _DIVI_SITE,
              "publisher": {"@id": u("/#organization")}, "inLanguage": "en-US"},
             {"@type": "WebPage", "@id": u(w.path) + "#webpage", "url": u(w.path), "name": w.title,
              "datePublished": dt, "isPartOf": {"@id": u("/#website")}, "inLanguage": "en-US"},
             {"@type": "Person", "@id": u("/author/dana/"), "name": w.author, "url": u("/author/dana/")},
             {"@type": "BlogPosting", "headline": w.title, "datePublished": dt, "dateModified": dt,
              "articleSection": "Professional Learning" if w.path in _DIVI_CAT else "Uncategorized",
              "author": {"@id": u("/author/dana/"), "name": w.author}, "publisher": {"@id": u("/#organization")},
              "description": w.paras[0][:150], "@id": u(w.path) + "#richSnippet",
              "isPartOf": {"@id": u(w.path) + "#webpage"}, "inLanguage": "en-US",
              "mainEntityOfPage": {"@id": u(w.path) + "#webpage"}}]
    head = _divi_head(u, f"{w.title} - {_DIVI_SITE}", w.path, "article", w.paras[0][:150], graph) + \
        f'<meta property="article:published_time" content="{dt}">'
    tags = (f'<div class="et_post_meta_wrapper tags">Tags: <a href="{u("/tag/mentoring/")}" rel="tag">mentoring</a>'
            '</div>' if w.path in _DIVI_TAG else "")
    comments = ""
    if w.grade >= 2:
        comments = (
            '<section id="comment-wrap"><h1 id="comments" class="page_title">2 Comments</h1>'
            '<ol class="commentlist clearfix"><li class="comment even thread-even depth-1" id="li-comment-88">'
            '<article id="comment-88" class="comment-body clearfix"><div class="comment_avatar"></div>'
            '<div class="comment_postinfo"><span class="fn">Marisol T.</span><span class="comment_date">on '
            f'{_d(w.date).strftime("%B %-d, %Y")} at 9:12 pm</span></div><div class="comment_area"><div '
            'class="comment-content clearfix"><p>This is so true. Sharing with our new hires.</p></div></div>'
            '</article></li><li class="comment byuser bypostauthor odd alt thread-odd depth-1" id="li-comment-89">'
            '<article id="comment-89" class="comment-body clearfix"><div class="comment_postinfo"><span class="fn">'
            'Dana Okafor</span></div><div class="comment_area"><div class="comment-content clearfix"><p>Thank you, '
            'Marisol!</p></div></div></article></li></ol>'
            '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>'
            'Submit a Comment</span></h3><form action="' + u("/wp-comments-post.php") + '" method="post" '
            'id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be '
            'published.</p><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" '
            'class="submit et_pb_button" value="Submit Comment"></form></div></section>')
    main = (f'<article id="post-{_h(w.path) % 900 + 100}" class="et_pb_post post type-post status-publish '
            f'format-standard hentry"><div class="et_post_meta_wrapper"><h1 class="entry-title">{esc(w.title)}</h1>'
            f'{_divi_meta(u, w)}</div><div class="entry-content">{ps(w.paras)}</div>{tags}'
            f'<div class="et_post_meta_wrapper"></div></article>{comments}')
    return _doc(DIVI, w.path, _divi(u, f"{w.title} | {_DIVI_SITE}", main,
                                     "post-template-default single single-post single-format-standard", head))


def _divi_teasers(u, posts: list[Work]) -> str:
    return "".join(
        f'<article class="et_pb_post clearfix post type-post status-publish format-standard hentry">'
        f'<h2 class="entry-title"><a href="{u(w.path)}">{esc(w.title)}</a></h2>{_divi_meta(u, w)}'
        f'<div class="post-content"><div class="post-content-inner"><p>{_excerpt(w, 270)}</p></div>'
        f'<a href="{u(w.path)}" class="more-link">read more</a></div></article>' for w in posts)


def _divi_list(u, path: str, title: str, heading: str, posts: list[Work], body_class: str, pager: str = "") -> Doc:
    h = f'<h1 class="page-title">{esc(heading)}</h1>' if heading else ""
    head = _divi_head(u, title, path, "website", _DIVI_SITE,
                      [{"@type": "CollectionPage", "@id": u(path) + "#webpage", "url": u(path), "name": title}])
    return _doc(DIVI, path, _divi(u, title, h + _divi_teasers(u, posts) + pager, body_class, head))


def hallpass(u) -> list[Doc]:
    posts = _works(DIVI)
    docs = [_divi_post(u, w) for w in posts]
    older = (f'<div class="pagination clearfix"><div class="alignleft"><a href="{u("/page/2/")}">&laquo; Older '
             'Entries</a></div></div>')
    newer = f'<div class="pagination clearfix"><div class="alignright"><a href="{u("/")}">Next Entries &raquo;</a></div></div>'
    docs.append(_divi_list(u, "/", f"{_DIVI_SITE} - Notes from a middle school library", "", posts[:4],
                           "home blog", older))
    docs.append(_divi_list(u, "/page/2/", f"{_DIVI_SITE} - Page 2 of 2", "", posts[4:], "home blog paged paged-2",
                           newer))
    docs.append(_divi_list(u, "/category/professional-learning/", f"Professional Learning Archives - {_DIVI_SITE}",
                           "", [w for w in posts if w.path in _DIVI_CAT], "archive category category-professional-learning"))
    docs.append(_divi_list(u, "/tag/mentoring/", f"mentoring Archives - {_DIVI_SITE}", "",
                           [w for w in posts if w.path in _DIVI_TAG], "archive tag tag-mentoring"))
    hits = [w for w in posts if "twitter" in " ".join(w.paras).lower()]
    docs.append(_divi_list(u, "/?s=twitter", f"You searched for twitter - {_DIVI_SITE}", "", hits,
                           "search search-results"))
    docs.append(_divi_list(u, "/author/dana/", f"Dana Okafor, Author at {_DIVI_SITE}", "", posts[:4],
                           "archive author author-dana author-1"))
    about = ("<p>I'm Dana Okafor, librarian at Lakeview Middle School. This blog is where I think out loud about "
             "running a school library: collection work, lessons, booktalks, and what I'm learning along the way.</p>"
             "<p>Opinions are mine and not my district's.</p>")
    docs.append(_doc(DIVI, "/about/", _divi(u, f"About - {_DIVI_SITE}", '<article class="et_pb_post page type-page">'
                                         f'<h1 class="entry-title main_title">About</h1><div class="entry-content">'
                                         f'{about}</div></article>', "page-template-default page")))
    contact = ('<div id="et_pb_contact_form_0" class="et_pb_module et_pb_contact_form_container clearfix">'
               '<h1 class="et_pb_contact_main_title">Get in touch</h1><div class="et_pb_contact"><form '
               'class="et_pb_contact_form clearfix" method="post" action="' + u("/contact/") + '">'
               '<p class="et_pb_contact_field"><label for="et_pb_contact_name_0">Name</label><input type="text" '
               'id="et_pb_contact_name_0" name="et_pb_contact_name_0"></p><p class="et_pb_contact_field"><label>'
               'Email Address</label><input type="text" name="et_pb_contact_email_0"></p><p class="et_pb_contact_field">'
               '<label>Message</label><textarea name="et_pb_contact_message_0"></textarea></p><button type="submit" '
               'class="et_pb_contact_submit et_pb_button">Submit</button></form></div></div>')
    docs.append(_doc(DIVI, "/contact/", _divi(u, f"Contact - {_DIVI_SITE}", contact, "page-template-default page",
                                              sidebar=False)))
    nf = ('<article id="post-0" class="et_pb_post not_found"><div class="entry"><h1>No Results Found</h1><p>The page '
          'you requested could not be found. Try refining your search, or use the navigation above to locate the '
          'post.</p></div></article>')
    docs.append(_doc(DIVI, "/events/", _divi(u, f"Page not found - {_DIVI_SITE}", nf, "error404"), status=404))
    return docs


# --- newshelf.example: Ghost, Dawn -----------------------------------------------------------------

_DAWN_SITE = "New Shelf"
_DAWN_TAG = {"/reverse-mentoring-my-director-on-linkedin/", "/the-discord-server-for-new-academic-librarians/",
             "/job-hunting-notes-part-two/", "/my-manager-taught-me-to-say-no/"}


def _dawn(u, title: str, main: str, body_class: str, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="{u('/assets/built/screen.css?v=8a1f0c2b9d')}">
{head}
<meta name="generator" content="Ghost 5.101">
<link rel="alternate" type="application/rss+xml" title="{_DAWN_SITE}" href="{u('/rss/')}">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.46/umd/portal.min.js" data-i18n="true" data-ghost="{u('/')}" data-key="4f2c9e1a7b" data-api="{u('/ghost/api/content/')}" crossorigin="anonymous"></script>
</head>
<body class="{body_class} is-head-left-logo has-cover">
<div class="site">
<header id="gh-head" class="gh-head gh-outer"><div class="gh-head-inner gh-inner">
<div class="gh-head-brand"><div class="gh-head-brand-wrapper"><a class="gh-head-logo" href="{u('/')}">{_DAWN_SITE}</a></div></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="{u('/')}">Home</a></li><li class="nav-about"><a href="{u('/about/')}">About</a></li><li class="nav-careers"><a href="{u('/tag/careers/')}">Careers</a></li></ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div>
</div></header>
<main class="site-main">{main}</main>
<footer class="gh-foot gh-outer"><div class="gh-foot-inner gh-inner">
<section class="footer-cta"><h2 class="footer-cta-title">Sign up for {_DAWN_SITE}</h2><p>Notes on the first years of an academic library career, every other Sunday.</p><a class="footer-cta-button" href="#/portal/signup" data-portal="signup"><div class="footer-cta-input">Your email address</div><span>Subscribe</span></a></section>
<div class="gh-copyright">{_DAWN_SITE} &copy; 2025</div><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
</div></footer>
</div>
<script src="{u('/assets/built/main.min.js?v=8a1f0c2b9d')}"></script>
</body></html>"""


def _dawn_head(u, title: str, path: str, og_type: str, desc: str, ld: dict) -> str:
    return (f'<link rel="canonical" href="{u(path)}"><meta name="referrer" content="no-referrer-when-downgrade">'
            f'<meta name="description" content="{esc(desc)}">'
            f'<meta property="og:site_name" content="{_DAWN_SITE}"><meta property="og:type" content="{og_type}">'
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:description" content="{esc(desc)}">'
            f'<meta property="og:url" content="{u(path)}"><meta name="twitter:card" content="summary">'
            f'<meta name="twitter:title" content="{esc(title)}"><meta name="twitter:description" content="{esc(desc)}">'
            + _ld(ld))


def _dawn_feed(u, posts: list[Work]) -> str:
    out = ""
    for w in posts:
        d = _d(w.date)
        out += (f'<article class="feed public post"><div class="feed-calendar"><div class="feed-calendar-month">'
                f'{d.strftime("%b")}</div><div class="feed-calendar-day">{d.day}</div></div><h2 class="feed-title">'
                f'{esc(w.title)}</h2><div class="feed-right"><div class="feed-visibility feed-visibility-public"></div>'
                f'<div class="feed-length">{max(2, len(" ".join(w.paras).split()) // 200)} min read</div></div>'
                f'<a class="u-permalink" href="{u(w.path)}" aria-label="{esc(w.title)}"></a></article>')
    return out


def _dawn_post(u, w: Work, posts: list[Work]) -> Doc:
    dt = _d(w.date).isoformat() + "T14:05:00.000Z"
    ld = {"@context": "https://schema.org", "@type": "Article",
          "publisher": {"@type": "Organization", "name": _DAWN_SITE, "url": u("/")},
          "author": {"@type": "Person", "name": w.author, "url": u("/author/ines/"), "sameAs": []},
          "headline": w.title, "url": u(w.path), "datePublished": dt, "dateModified": dt,
          "keywords": "Careers" if w.path in _DAWN_TAG else "", "description": w.paras[0][:200],
          "mainEntityOfPage": u(w.path)}
    head = _dawn_head(u, w.title, w.path, "article", w.paras[0][:200], ld) + \
        f'<meta property="article:published_time" content="{dt}">' + \
        (f'<meta property="article:tag" content="Careers">' if w.path in _DAWN_TAG else "")
    tag = (f'<span class="single-meta-item single-meta-tag"><a class="post-tag post-tag-careers" '
           f'href="{u("/tag/careers/")}">Careers</a></span>' if w.path in _DAWN_TAG else "")
    related = [p for p in posts if p is not w][:3]
    main = (f'<article class="single post{" tag-careers" if tag else ""}"><header class="single-header gh-canvas">'
            f'<div class="single-meta"><span class="single-meta-item single-meta-date"><time datetime="{w.date}">'
            f'{_d(w.date).strftime("%b %-d, %Y")}</time></span><span class="single-meta-item single-meta-length">'
            f'{max(2, len(" ".join(w.paras).split()) // 200)} min read</span>{tag}</div>'
            f'<h1 class="single-title">{esc(w.title)}</h1></header>'
            f'<div class="single-content gh-content gh-canvas">{ps(w.paras)}</div>'
            f'<footer class="single-footer gh-canvas"><div class="single-footer-left"><div class="navigation '
            f'navigation-previous"></div></div><div class="single-footer-middle"><div class="single-footer-top">'
            f'<h3 class="single-footer-title">Published by:</h3><div class="author-list"><div class="author-image-placeholder'
            f' u-placeholder square"><a href="{u("/author/ines/")}" title="{esc(w.author)}">{esc(w.author)}</a></div>'
            f'</div></div></div></footer></article>'
            f'<section class="related-wrapper gh-outer"><div class="related-section gh-inner"><h3 class="related-title">'
            f'You might also like...</h3><div class="related-feed gh-feed">{_dawn_feed(u, related)}</div></div></section>')
    return _doc(DAWN, w.path, _dawn(u, f"{w.title}", main, "post-template" + (" tag-careers" if tag else ""), head))


def _dawn_list(u, path: str, title: str, cover: str, posts: list[Work], body_class: str, pager: str = "") -> Doc:
    head = _dawn_head(u, title, path, "website", "Notes on the first years of an academic library career.",
                      {"@context": "https://schema.org", "@type": "WebSite", "publisher": {"@type": "Organization",
                       "name": _DAWN_SITE}, "url": u(path), "name": title})
    main = (f'<div class="cover gh-outer"><div class="cover-content"><div class="cover-description">{cover}</div>'
            f'</div></div><div class="site-content"><div class="gh-outer"><div class="gh-inner"><section class="post-feed'
            f' gh-feed">{_dawn_feed(u, posts)}</section>{pager}</div></div></div>')
    return _doc(DAWN, path, _dawn(u, title, main, body_class, head))


def newshelf(u) -> list[Doc]:
    posts = _works(DAWN)
    docs = [_dawn_post(u, w, posts) for w in posts]
    docs.append(_dawn_list(u, "/", _DAWN_SITE, "Notes on the first years of an academic library career, from "
                           "Inés Calderón.", posts[:5], "home-template",
                           f'<nav class="load-more"><a class="gh-loadmore gh-btn" href="{u("/page/2/")}">Load more</a></nav>'))
    docs.append(_dawn_list(u, "/page/2/", f"{_DAWN_SITE} (Page 2)", "", posts[5:], "home-template paged"))
    docs.append(_dawn_list(u, "/tag/careers/", f"Careers - {_DAWN_SITE}", "<h1>Careers</h1><p>Jobs, mentors, and "
                           "the rest of the first five years.</p>", [w for w in posts if w.path in _DAWN_TAG],
                           "tag-template tag-careers"))
    docs.append(_dawn_list(u, "/author/ines/", f"Inés Calderón - {_DAWN_SITE}", "<h1>Inés Calderón</h1><p>Research "
                           "and instruction librarian. Writes this newsletter on Sunday mornings.</p>", posts,
                           "author-template author-ines"))
    about = ("<p>New Shelf is a newsletter by Inés Calderón, a research and instruction librarian two years into "
             "her first academic library job. It comes out every other Sunday and is free.</p><p>Reply to any issue "
             "to reach me.</p>")
    docs.append(_doc(DAWN, "/about/", _dawn(u, f"About - {_DAWN_SITE}", '<article class="single page"><header '
                                            'class="single-header gh-canvas"><h1 class="single-title">About</h1>'
                                            f'</header><div class="single-content gh-content gh-canvas">{about}</div>'
                                            '</article>', "page-template page-about")))
    return docs


# --- boxandfolder.example: Hugo, Congo -------------------------------------------------------------

_CONGO_SITE = "Box and Folder"
_CONGO_TAGGED = {"/posts/mentoring-pairs-on-the-glam-fediverse/", "/posts/a-letter-to-my-first-supervisor/",
                 "/posts/born-digital-week-notes/"}


def _congo(u, title: str, main: str, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" class="scroll-smooth" data-default-appearance="light" data-auto-appearance="true"><head>
<meta charset="utf-8"><meta http-equiv="content-language" content="en"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="ie=edge">
<title>{esc(title)}</title><meta name="title" content="{esc(title)}">
<link type="text/css" rel="stylesheet" href="/css/main.bundle.min.3f5c6c3b.css">
<script defer type="text/javascript" id="script-bundle" src="/js/main.bundle.min.1a2b3c4d.js"></script>
{head}
<meta name="generator" content="Hugo 0.139.3">
</head>
<body class="flex flex-col h-screen px-6 m-auto text-lg leading-7 bg-neutral text-neutral-900 sm:px-14 md:px-24 lg:px-32 max-w-7xl dark:bg-neutral-800 dark:text-neutral">
<div id="the-top" class="absolute flex self-center"><a class="px-3 py-1 text-sm -translate-y-8 rounded-b-lg bg-primary-200 focus:translate-y-0 dark:bg-neutral-600" href="#main-content"><span class="font-bold text-primary-600 ltr:pr-2 rtl:pl-2 dark:text-primary-400">&darr;</span>Skip to main content</a></div>
<header class="py-6 font-semibold text-neutral-900 dark:text-neutral print:hidden sm:py-10">
<nav class="flex items-start justify-between sm:items-center"><div class="flex flex-row items-center">
<a class="decoration-primary-500 hover:underline hover:decoration-2 hover:underline-offset-2" rel="me" href="/">{_CONGO_SITE}</a></div>
<ul class="flex list-none flex-col ltr:text-right rtl:text-left sm:flex-row">
<li class="mb-1 sm:mb-0 ltr:sm:mr-7 ltr:sm:last:mr-0"><a class="decoration-primary-500 hover:underline hover:decoration-2 hover:underline-offset-2" href="/posts/" title="Posts">Posts</a></li>
<li class="mb-1 sm:mb-0 ltr:sm:mr-7 ltr:sm:last:mr-0"><a class="decoration-primary-500 hover:underline hover:decoration-2 hover:underline-offset-2" href="/tags/" title="Tags">Tags</a></li>
<li class="mb-1 sm:mb-0 ltr:sm:mr-7 ltr:sm:last:mr-0"><a class="decoration-primary-500 hover:underline hover:decoration-2 hover:underline-offset-2" href="/about/" title="About">About</a></li>
</ul></nav></header>
<div class="relative flex flex-col grow"><main id="main-content" class="grow">{main}</main>
<footer class="py-10 print:hidden"><div class="flex items-center justify-between"><div><p class="text-sm text-neutral-500 dark:text-neutral-400">&copy; 2025 Tomás Reyes</p>
<p class="text-xs text-neutral-500 dark:text-neutral-400">Powered by <a class="hover:underline hover:decoration-primary-400 hover:text-primary-500" href="https://gohugo.io/" target="_blank" rel="noopener noreferrer">Hugo</a> &amp; <a class="hover:underline hover:decoration-primary-400 hover:text-primary-500" href="https://github.com/jpanther/congo" target="_blank" rel="noopener noreferrer">Congo</a></p></div></div></footer>
</div></body></html>"""


def _congo_head(u, title: str, path: str, desc: str, og_type: str, extra: str = "") -> str:
    return (f'<meta name="description" content="{esc(desc)}"><link rel="canonical" href="{u(path)}">'
            f'<meta property="og:url" content="{u(path)}"><meta property="og:site_name" content="{_CONGO_SITE}">'
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:description" content="{esc(desc)}">'
            f'<meta property="og:locale" content="en"><meta property="og:type" content="{og_type}">{extra}'
            f'<meta name="twitter:card" content="summary"><meta name="twitter:title" content="{esc(title)}">'
            f'<meta name="twitter:description" content="{esc(desc)}"><meta name="author" content="Tomás Reyes">')


def _congo_list_items(u, posts: list[Work]) -> str:
    return "".join(
        f'<article class="mt-6 flex flex-row"><div><h3 class="flex items-center text-xl font-semibold">'
        f'<a class="text-neutral-800 decoration-primary-500 hover:underline hover:underline-offset-2 '
        f'dark:text-neutral" href="{w.path}">{esc(w.title)}</a></h3><div class="text-sm text-neutral-500 '
        f'dark:text-neutral-400"><div class="flex flex-row flex-wrap items-center"><time datetime="{w.date}T00:00:00'
        f'+00:00">{_d(w.date).strftime("%-d %B %Y")}</time><span class="px-2 text-primary-500">&middot;</span>'
        f'<span title="Reading time">{max(1, len(" ".join(w.paras).split()) // 220)} min</span></div></div>'
        f'<div class="py-1 prose dark:prose-invert">{_excerpt(w)}</div></div></article>' for w in posts)


def _congo_post(u, w: Work, posts: list[Work]) -> Doc:
    i = posts.index(w)
    tagged = w.path in _CONGO_TAGGED
    ld = {"@context": "https://schema.org", "@type": "Article", "articleSection": "Posts", "name": w.title,
          "headline": w.title, "abstract": w.paras[0][:160], "inLanguage": "en", "url": u(w.path),
          "author": {"@type": "Person", "name": w.author}, "copyrightYear": w.date[:4],
          "dateCreated": w.date + "T00:00:00+00:00", "datePublished": w.date + "T00:00:00+00:00",
          "dateModified": w.date + "T00:00:00+00:00", "keywords": ["mentoring"] if tagged else [],
          "mainEntityOfPage": "true", "wordCount": str(len(" ".join(w.paras).split()))}
    head = _congo_head(u, w.title, w.path, w.paras[0][:160], "article",
                       f'<meta property="article:section" content="posts"><meta property="article:published_time" '
                       f'content="{w.date}T00:00:00+00:00">' + ('<meta property="article:tag" content="mentoring">'
                                                                  if tagged else "")) + _ld(ld)
    tags = ('<div class="my-1 text-xs leading-relaxed text-neutral-500 dark:text-neutral-400"><a href="/tags/mentoring/"'
            ' class="mx-1 my-1 rounded-md border border-neutral-200 px-1 py-[1px] hover:border-primary-300 '
            'hover:text-primary-700 dark:border-neutral-600 dark:hover:border-primary-600 dark:hover:text-primary-400">'
            'mentoring</a></div>' if tagged else "")
    prev = posts[i + 1] if i + 1 < len(posts) else None
    nxt = posts[i - 1] if i > 0 else None
    nav = '<div class="flex justify-between pt-3">'
    nav += (f'<span><a class="flex group" href="{prev.path}"><span class="mr-3 ltr:inline rtl:hidden">&larr;</span>'
            f'<span class="flex flex-col"><span class="mt-[0.1rem] leading-6 group-hover:underline">{esc(prev.title)}'
            f'</span></span></a></span>' if prev else "<span></span>")
    nav += (f'<span><a class="flex text-right group" href="{nxt.path}"><span class="flex flex-col"><span '
            f'class="mt-[0.1rem] leading-6 group-hover:underline">{esc(nxt.title)}</span></span><span class="ml-3">'
            f'&rarr;</span></a></span>' if nxt else "<span></span>")
    nav += "</div>"
    main = (f'<article><header class="max-w-prose"><ol class="text-sm text-neutral-500 dark:text-neutral-400 '
            f'print:hidden"><li class="inline hidden"><a class="dark:underline-neutral-600 decoration-neutral-300 '
            f'hover:underline" href="/">{_CONGO_SITE}</a><span class="px-1 text-primary-500">/</span></li><li '
            f'class="inline"><a class="dark:underline-neutral-600 decoration-neutral-300 hover:underline" href="/posts/">'
            f'Posts</a><span class="px-1 text-primary-500">/</span></li></ol><h1 class="mt-0 text-4xl font-extrabold '
            f'text-neutral-900 dark:text-neutral">{esc(w.title)}</h1><div class="mt-8 mb-12 text-base text-neutral-500'
            f' dark:text-neutral-400 print:hidden"><div class="flex flex-row flex-wrap items-center"><time datetime='
            f'"{w.date}T00:00:00+00:00">{_d(w.date).strftime("%-d %B %Y")}</time><span class="px-2 text-primary-500">'
            f'&middot;</span><span title="Reading time">{max(1, len(" ".join(w.paras).split()) // 220)} mins</span>'
            f'</div>{tags}</div></header><section class="prose mt-0 flex max-w-full flex-col dark:prose-invert '
            f'lg:flex-row"><div class="min-w-0 min-h-0 max-w-prose grow">{ps(w.paras)}</div></section>'
            f'<footer class="pt-8 max-w-prose print:hidden"><div class="flex"><div class="place-self-center"><div '
            f'class="text-[0.6rem] uppercase leading-3 text-neutral-500 dark:text-neutral-400">Author</div><div '
            f'class="font-semibold leading-6 text-neutral-800 dark:text-neutral-300">Tomás Reyes</div><div '
            f'class="text-sm text-neutral-700 dark:text-neutral-400">Archivist. Boxes, folders, and the people who '
            f'fill them.</div></div></div><div class="pt-8"><hr class="border-dotted border-neutral-300 '
            f'dark:border-neutral-600">{nav}</div></footer></article>')
    return _doc(CONGO, w.path, _congo(u, f"{w.title} &middot; {_CONGO_SITE}".replace("&middot;", "·"), main, head))


def boxandfolder(u) -> list[Doc]:
    posts = _works(CONGO)
    docs = [_congo_post(u, w, posts) for w in posts]
    home = (f'<article class="max-w-full prose dark:prose-invert"><h1>{_CONGO_SITE}</h1><p>Working notes from an '
            f'archivist at a small university&rsquo;s special collections.</p></article><section><h2 class="mt-8 '
            f'text-2xl font-extrabold mb-10">Recent</h2>{_congo_list_items(u, posts[:4])}<div class="mt-10 flex '
            f'justify-center"><a href="/posts/"><button class="bg-neutral-300 text-neutral-700 dark:bg-neutral-700 '
            f'dark:text-neutral-400 m-1 rounded-md px-3 py-1">Show More</button></a></div></section>')
    docs.append(_doc(CONGO, "/", _congo(u, _CONGO_SITE, home, _congo_head(u, _CONGO_SITE, "/", "Working notes from "
                                                                        "an archivist.", "website"))))
    docs.append(_doc(CONGO, "/posts/", _congo(u, f"Posts · {_CONGO_SITE}",
                                              '<header><h1 class="mt-0 text-4xl font-extrabold">Posts</h1></header>'
                                              f'<section><h2 class="mt-12 text-2xl font-bold first:mt-8">2025</h2>'
                                              f'{_congo_list_items(u, posts)}</section>',
                                              _congo_head(u, "Posts", "/posts/", "Posts", "website"))))
    docs.append(_doc(CONGO, "/tags/", _congo(u, f"Tags · {_CONGO_SITE}",
                                             '<header><h1 class="mt-0 text-4xl font-extrabold">Tags</h1></header>'
                                             '<section class="flex flex-wrap -mx-2 overflow-hidden"><article class="w-full '
                                             'px-2 my-3 overflow-hidden sm:w-1/2 md:w-1/3 lg:w-1/4"><h2 class="flex '
                                             'items-center"><a class="text-xl font-medium decoration-primary-500 '
                                             'hover:underline" href="/tags/mentoring/">mentoring</a><span class="px-2 '
                                             f'text-base text-primary-500">&middot;</span><span class="text-base '
                                             f'text-neutral-400">{len(_CONGO_TAGGED)}</span></h2></article></section>',
                                             _congo_head(u, "Tags", "/tags/", "Tags", "website"))))
    docs.append(_doc(CONGO, "/tags/mentoring/", _congo(
        u, f"mentoring · {_CONGO_SITE}", '<header><ol class="text-sm text-neutral-500"><li class="inline"><a href="/tags/">'
        'Tags</a></li></ol><h1 class="mt-0 text-4xl font-extrabold">mentoring</h1></header><section>'
        + _congo_list_items(u, [w for w in posts if w.path in _CONGO_TAGGED]) + "</section>",
        _congo_head(u, "mentoring", "/tags/mentoring/", "mentoring", "website"))))
    docs.append(_doc(CONGO, "/about/", _congo(
        u, f"About · {_CONGO_SITE}", '<article><header><h1 class="mt-0 text-4xl font-extrabold">About</h1></header>'
        '<section class="prose dark:prose-invert"><p>I&rsquo;m Tomás Reyes, an archivist. Before this job I was a lone '
        'arranger at a religious order&rsquo;s archives. I write here about processing, born-digital work, and the '
        'profession.</p><p>You can find me on the fediverse.</p></section></article>',
        _congo_head(u, "About", "/about/", "About Tomás Reyes", "article"))))
    return docs


# --- lisgrad.example: Jekyll, Minimal Mistakes -------------------------------------------------------

_MM_SITE = "Priya Natarajan"
_MM_CATS = {"/2025/04/02/finding-a-mentor-as-an-online-mlis-student/": "Reflections",
            "/2025/03/14/building-a-personal-learning-network/": "LIS 580",
            "/2025/05/01/practicum-reflection/": "Reflections", "/2025/02/10/metadata-crosswalk-project/": "LIS 560",
            "/portfolio/annotated-bibliography-social-media-mentoring/": "LIS 580"}


def _mm(u, title: str, main: str, layout: str, head: str = "", sidebar: bool = True) -> str:
    side = ("""<div class="sidebar sticky"><div itemscope itemtype="https://schema.org/Person" class="h-card">
<div class="author__avatar"><a href="/"><img src="/assets/images/priya.jpg" alt="Priya Natarajan" itemprop="image" class="u-photo"></a></div>
<div class="author__content"><h3 class="author__name p-name" itemprop="name"><a class="u-url" rel="me" href="/" itemprop="url">Priya Natarajan</a></h3>
<div class="author__bio p-note" itemprop="description"><p>MLIS student (online), library assistant, future health sciences librarian.</p></div></div>
<div class="author__urls-wrapper"><button class="btn btn--inverse">Follow</button><ul class="author__urls social-icons">
<li itemprop="homeLocation" itemscope itemtype="https://schema.org/Place"><i class="fas fa-fw fa-map-marker-alt" aria-hidden="true"></i> <span itemprop="name" class="p-locality">Columbus, OH</span></li>
<li><a href="https://bsky.app/profile/priyanat.bsky.social" rel="nofollow noopener noreferrer me"><i class="fab fa-fw fa-bluesky" aria-hidden="true"></i><span class="label">Bluesky</span></a></li>
</ul></div></div></div>""" if sidebar else "")
    return f"""<!doctype html>
<html lang="en" class="no-js"><head><meta charset="utf-8">
<!-- begin _includes/seo.html --><title>{esc(title)}</title>
{head}
<!-- end _includes/seo.html -->
<link href="/feed.xml" type="application/atom+xml" rel="alternate" title="{_MM_SITE} Feed">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<script type="text/javascript">document.documentElement.className = document.documentElement.className.replace(/\\bno-js\\b/g, '') + ' js ';</script>
<link rel="stylesheet" href="/assets/css/main.css">
</head>
<body class="layout--{layout}">
<nav class="skip-links"><ul><li><a href="#site-nav" class="screen-reader-shortcut">Skip to primary navigation</a></li><li><a href="#main" class="screen-reader-shortcut">Skip to content</a></li><li><a href="#footer" class="screen-reader-shortcut">Skip to footer</a></li></ul></nav>
<div class="masthead"><div class="masthead__inner-wrap"><div class="masthead__menu"><nav id="site-nav" class="greedy-nav">
<a class="site-title" href="/">{_MM_SITE}</a>
<ul class="visible-links"><li class="masthead__menu-item"><a href="/year-archive/">Posts</a></li><li class="masthead__menu-item"><a href="/categories/">Categories</a></li><li class="masthead__menu-item"><a href="/about/">About</a></li></ul>
<button class="greedy-nav__toggle hidden" type="button"><span class="visually-hidden">Toggle menu</span><div class="navicon"></div></button><ul class="hidden-links hidden"></ul>
</nav></div></div></div>
<div class="initial-content"><div id="main" role="main">{side}{main}</div></div>
<div id="footer" class="page__footer"><footer><div class="page__footer-follow"><ul class="social-icons"><li><strong>Follow:</strong></li><li><i class="fas fa-fw fa-rss-square" aria-hidden="true"></i> Feed</li></ul></div>
<div class="page__footer-copyright">&copy; 2025 {_MM_SITE}. Powered by <a href="https://jekyllrb.com" rel="nofollow">Jekyll</a> &amp; <a href="https://mademistakes.com/work/jekyll-themes/minimal-mistakes/" rel="nofollow">Minimal Mistakes</a>.</div></footer></div>
<script src="/assets/js/main.min.js"></script>
</body></html>"""


def _mm_seo(u, title: str, path: str, desc: str, og_type: str, ld: dict) -> str:
    return (f'<meta name="description" content="{esc(desc)}"><meta name="author" content="Priya Natarajan">'
            f'<meta property="og:type" content="{og_type}"><meta property="og:locale" content="en_US">'
            f'<meta property="og:site_name" content="{_MM_SITE}"><meta property="og:title" content="{esc(title)}">'
            f'<meta property="og:url" content="{u(path)}"><meta property="og:description" content="{esc(desc)}">'
            f'<link rel="canonical" href="{u(path)}">' + _ld(ld))


def _mm_archive_items(posts: list[Work]) -> str:
    return "".join(
        f'<div class="list__item"><article class="archive__item" itemscope itemtype="https://schema.org/CreativeWork">'
        f'<h2 class="archive__item-title no_toc" itemprop="headline"><a href="{w.path}" rel="permalink">{esc(w.title)}'
        f'</a></h2><p class="page__meta"><span class="page__meta-date"><i class="far fa-calendar-alt" aria-hidden='
        f'"true"></i> <time datetime="{w.date}">{_d(w.date).strftime("%B %-d, %Y")}</time></span></p>'
        f'<p class="archive__item-excerpt" itemprop="description">{_excerpt(w, 160)}</p></article></div>' for w in posts)


def _mm_slug(cat: str) -> str:
    return cat.lower().replace(" ", "-")


def _mm_post(u, w: Work, posts: list[Work]) -> Doc:
    cat = _MM_CATS[w.path]
    ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": w.title,
          "datePublished": w.date + "T00:00:00-04:00", "dateModified": w.date + "T00:00:00-04:00",
          "author": {"@type": "Person", "name": w.author, "url": u("/")}, "url": u(w.path),
          "description": w.paras[0][:160], "mainEntityOfPage": {"@type": "WebPage", "@id": u(w.path)}}
    head = _mm_seo(u, w.title, w.path, w.paras[0][:160], "article", ld) + \
        f'<meta property="article:published_time" content="{w.date}T00:00:00-04:00">'
    others = [p for p in posts if p is not w and not p.path.startswith("/portfolio/")]
    i = others.index(w) if w in others else -1
    prev = others[i + 1] if 0 <= i < len(others) - 1 else None
    nxt = others[i - 1] if i > 0 else None
    pager = '<nav class="pagination">'
    pager += (f'<a href="{prev.path}" class="pagination--pager" title="{esc(prev.title)}">Previous</a>' if prev else
              '<a href="#" class="pagination--pager disabled">Previous</a>')
    pager += (f'<a href="{nxt.path}" class="pagination--pager" title="{esc(nxt.title)}">Next</a>' if nxt else
              '<a href="#" class="pagination--pager disabled">Next</a>') + "</nav>"
    if w.path.startswith("/portfolio/"):
        pager = ""
    related = "".join(
        f'<div class="grid__item"><article class="archive__item" itemscope itemtype="https://schema.org/CreativeWork">'
        f'<h2 class="archive__item-title no_toc" itemprop="headline"><a href="{p.path}" rel="permalink">{esc(p.title)}'
        f'</a></h2><p class="archive__item-excerpt" itemprop="description">{_excerpt(p, 120)}</p></article></div>'
        for p in [p for p in posts if p is not w][:4])
    main = (f'<article class="page h-entry" itemscope itemtype="https://schema.org/CreativeWork">'
            f'<meta itemprop="headline" content="{esc(w.title)}"><meta itemprop="description" content="'
            f'{esc(w.paras[0][:160])}"><meta itemprop="datePublished" content="{w.date}T00:00:00-04:00">'
            f'<div class="page__inner-wrap"><header><h1 id="page-title" class="page__title p-name" itemprop="headline">'
            f'<a href="{w.path}" class="p-name u-url" itemprop="url">{esc(w.title)}</a></h1><p class="page__meta">'
            f'<span class="page__meta-date"><i class="far fa-calendar-alt" aria-hidden="true"></i> <time class="'
            f'dt-published" datetime="{w.date}T00:00:00-04:00">{_d(w.date).strftime("%B %-d, %Y")}</time></span>'
            f'<span class="page__meta-sep"></span><span class="page__meta-readtime"><i class="far fa-clock" '
            f'aria-hidden="true"></i> {max(1, len(" ".join(w.paras).split()) // 200)} minute read</span></p></header>'
            f'<section class="page__content e-content" itemprop="text">{ps(w.paras)}</section><footer class="page__meta">'
            f'<p class="page__taxonomy"><strong><i class="fas fa-fw fa-folder-open" aria-hidden="true"></i> Categories: '
            f'</strong><span itemprop="keywords"><a href="/categories/#{_mm_slug(cat)}" class="page__taxonomy-item '
            f'p-category" rel="tag">{esc(cat)}</a></span></p><p class="page__date"><strong><i class="fas fa-fw '
            f'fa-calendar-alt" aria-hidden="true"></i> Updated:</strong> <time class="dt-published" datetime="{w.date}">'
            f'{_d(w.date).strftime("%B %-d, %Y")}</time></p></footer>{pager}</div></article>'
            f'<div class="page__related"><h2 class="page__related-title">You may also enjoy</h2><div class="grid__wrapper">'
            f'{related}</div></div>')
    return _doc(MM, w.path, _mm(u, f"{w.title} - {_MM_SITE}", main, "single", head))


def lisgrad(u) -> list[Doc]:
    posts = _works(MM)
    blog = [w for w in posts if not w.path.startswith("/portfolio/")]
    docs = [_mm_post(u, w, posts) for w in posts]
    ld = {"@context": "https://schema.org", "@type": "Person", "name": _MM_SITE, "url": u("/")}
    home = ('<div class="archive"><h1 class="page__title">Hi, I&rsquo;m Priya.</h1><p>I&rsquo;m working on my MLIS '
            'online while working as a library assistant. This site holds my coursework reflections and portfolio.</p>'
            '<h3 class="archive__subtitle">Recent posts</h3>' + _mm_archive_items(blog) +
            '<h3 class="archive__subtitle">Portfolio</h3>' +
            _mm_archive_items([w for w in posts if w.path.startswith("/portfolio/")]) + '</div>')
    docs.append(_doc(MM, "/", _mm(u, _MM_SITE, home, "home", _mm_seo(u, _MM_SITE, "/", "MLIS student", "website", ld))))
    archive = ('<div class="archive"><h1 id="page-title" class="page__title">Posts by Year</h1><section id="2025" '
               'class="taxonomy__section"><h2 class="archive__subtitle">2025</h2><div class="entries-list">' +
               _mm_archive_items(blog) + '</div><a href="#page-title" class="back-to-top">Back to top &uarr;</a>'
               '</section></div>')
    docs.append(_doc(MM, "/year-archive/", _mm(u, f"Posts by Year - {_MM_SITE}", archive, "posts",
                                               _mm_seo(u, "Posts by Year", "/year-archive/", "Posts by year", "website",
                                                       {"@context": "https://schema.org", "@type": "Person",
                                                        "name": _MM_SITE}))))
    cats = sorted(set(_MM_CATS.values()))
    sec = '<ul class="taxonomy__index">' + "".join(
        f'<li><a href="#{_mm_slug(c)}"><strong>{esc(c)}</strong> <span class="taxonomy__count">'
        f'{sum(v == c for v in _MM_CATS.values())}</span></a></li>' for c in cats) + "</ul>"
    for c in cats:
        sec += (f'<section id="{_mm_slug(c)}" class="taxonomy__section"><h2 class="archive__subtitle">{esc(c)}</h2>'
                f'<div class="entries-list">{_mm_archive_items([w for w in posts if _MM_CATS[w.path] == c])}</div>'
                '<a href="#page-title" class="back-to-top">Back to top &uarr;</a></section>')
    docs.append(_doc(MM, "/categories/", _mm(u, f"Posts by Category - {_MM_SITE}", '<div class="archive"><h1 '
                                             f'id="page-title" class="page__title">Posts by Category</h1>{sec}</div>',
                                             "categories", _mm_seo(u, "Posts by Category", "/categories/",
                                                                   "Posts by category", "website",
                                                                   {"@context": "https://schema.org",
                                                                    "@type": "Person", "name": _MM_SITE}))))
    about = ('<article class="page" itemscope itemtype="https://schema.org/CreativeWork"><div class="page__inner-wrap">'
             '<header><h1 id="page-title" class="page__title" itemprop="headline">About</h1></header><section '
             'class="page__content" itemprop="text"><p>I am a second-year MLIS student in an online program and a '
             'library assistant at a public library in Ohio. I&rsquo;m interested in health sciences librarianship, '
             'metadata, and how library workers learn from each other.</p><p>This site is built with Jekyll.</p>'
             '</section></div></article>')
    docs.append(_doc(MM, "/about/", _mm(u, f"About - {_MM_SITE}", about, "single",
                                        _mm_seo(u, "About", "/about/", "About Priya", "website",
                                                {"@context": "https://schema.org", "@type": "Person",
                                                 "name": _MM_SITE}))))
    return docs


# --- backroom.example: NodeBB ------------------------------------------------------------------------

_NB_SITE = "The Back Room"
_NB_CATS = {3: ("career-development", "Career Development", "Jobs, mentors, school, and getting ahead (or just "
                "getting by)."),
            5: ("off-the-desk", "Off the Desk", "Tech, systems, and everything that happens behind the desk.")}
_NB_TOPIC_CAT = {"/topic/412/looking-for-a-mentor-any-online-programs-worth-it": 3,
                 "/topic/431/first-time-supervisor-advice": 3, "/topic/470/anyone-still-on-twitter-x": 3,
                 "/topic/388/slack-communities-for-systems-people": 5,
                 "/topic/455/patron-keeps-sleeping-in-the-quiet-room": 5}
_NB_USERS = {"quietcataloger": ("Library assistant, small-town public library. Learning to catalog.", 41),
             "bookdropbandit": ("Branch manager. Rural system. Opinions my own.", 318),
             "overduenotice": ("Circulation supervisor. Has seen every excuse.", 207),
             "circdeskdiaries": ("Reluctant ILS admin. Former children's librarian.", 96)}


def _nb(u, title: str, main: str, template: str, head: str = "", crumbs: list[tuple[str, str]] = ()) -> str:
    bc = ""
    if crumbs:
        bc = ('<ol class="breadcrumb" itemscope="itemscope" itemprop="breadcrumb" itemtype="http://schema.org/'
              'BreadcrumbList">' + "".join(
                  f'<li itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" '
                  f'class="breadcrumb-item"><meta itemprop="position" content="{n}">' +
                  (f'<a href="{href}" itemprop="item"><span itemprop="name">{esc(t)}</span></a>' if href else
                   f'<span itemprop="name">{esc(t)}</span>') + "</li>"
                  for n, (t, href) in enumerate(crumbs, 1)) + "</ol>")
    return f"""<!DOCTYPE html>
<html lang="en-GB" data-dir="ltr" style="direction: ltr;"><head>
<title>{esc(title)}</title>
<meta name="viewport" content="width&#x3D;device-width, initial-scale&#x3D;1.0"><meta name="content-type" content="text/html; charset=UTF-8" charset="UTF-8">
<meta name="apple-mobile-web-app-capable" content="yes"><meta name="mobile-web-app-capable" content="yes">
<meta property="og:site_name" content="{_NB_SITE}">
{head}
<link rel="stylesheet" type="text/css" href="/assets/client.css?v=k2m9a7vd1qq">
<link rel="icon" type="image/x-icon" href="/assets/uploads/system/favicon.ico?v&#x3D;k2m9a7vd1qq">
<link rel="manifest" href="/manifest.webmanifest" crossorigin="use-credentials">
<link rel="search" type="application/opensearchdescription+xml" title="{_NB_SITE}" href="/osd.xml">
</head>
<body class="page-{template} template-{template} parent-category-3 page-status-200 theme-harmony user-guest skin-noskin">
<a class="visually-hidden-focusable position-absolute top-0 start-0 p-3 m-3 bg-body" style="z-index: 1021;" href="#content">Skip to content</a>
<div class="layout-container d-flex justify-content-between pb-4 pb-md-0">
<nav component="sidebar/left" class="text-dark bg-light sidebar sidebar-left start-0 border-end vh-100 d-none d-lg-flex flex-column justify-content-between sticky-top">
<ul id="main-nav" class="list-unstyled d-flex flex-column w-100 gap-2 mt-2 overflow-y-auto">
<li class="nav-item mx-2" title="Categories"><a class="nav-link navigation-link d-flex gap-2 justify-content-between align-items-center" href="/" aria-label="Categories"><span class="d-flex gap-2 align-items-center text-nowrap truncate-open"><i class="fa fa-fw fa-list" data-content=""></i><span class="nav-text small visible-open fw-semibold text-truncate">Categories</span></span></a></li>
<li class="nav-item mx-2" title="Recent"><a class="nav-link navigation-link d-flex gap-2 justify-content-between align-items-center" href="/recent" aria-label="Recent"><span class="d-flex gap-2 align-items-center text-nowrap truncate-open"><i class="fa fa-fw fa-clock-o" data-content=""></i><span class="nav-text small visible-open fw-semibold text-truncate">Recent</span></span></a></li>
</ul>
<div class="sidebar-toggle-container align-self-start"><div class="sidebar-toggle m-2 d-none d-lg-flex align-items-center gap-2 p-2 rounded-1" role="button" component="sidebar/toggle"><i class="fa fa-fw fa-angles-right"></i></div></div>
</nav>
<main id="panel" class="d-flex flex-column gap-3 flex-grow-1 mt-3" style="min-width: 0;">
<div class="container-lg px-md-4 d-flex flex-column gap-3 h-100 mb-5 mb-lg-0" id="content">
<noscript><div class="alert alert-danger"><p>Your browser does not seem to support JavaScript. As a result, your viewing experience will be diminished, and you have been placed in <strong>read-only mode</strong>.</p><p>Please download a browser that supports JavaScript, or enable it if it's disabled (i.e. NoScript).</p></div></noscript>
{bc}
{main}
</div></main></div>
<div id="cookie-consent" class="cookie-consent">This forum uses cookies to ensure you get the best experience. <button class="btn btn-primary">Got it!</button></div>
<script defer src="/assets/nodebb.min.js?v=k2m9a7vd1qq"></script>
</body></html>"""


def _nb_time(iso: str, n: int) -> str:
    return f"{iso}T{9 + n:02d}:{(n * 17) % 60:02d}:00.000Z"


def _nb_topic(u, w: Work) -> Doc:
    tid = int(w.path.split("/")[2])
    cid = _NB_TOPIC_CAT[w.path]
    slug, cname, _ = _NB_CATS[cid]
    tag = ('<div class="tags tag-list d-flex flex-wrap hidden-xs hidden-empty gap-2"><a href="/tags/mentoring">'
           '<span class="badge border border-gray-300 fw-normal tag tag-class-mentoring" data-tag="mentoring">'
           'mentoring</span></a></div>' if tid == 412 else "")
    posts = ""
    for n, (text, who) in enumerate(zip(w.paras, w.by)):
        pid = tid * 10 + n
        posts += (
            f'<li component="post" class="pt-4 {"topic-owner-post" if who == w.author else ""}" data-index="{n}" '
            f'data-pid="{pid}" data-uid="{list(_NB_USERS).index(who) + 2}" data-timestamp="" itemprop="comment" '
            f'itemtype="http://schema.org/Comment" itemscope><a component="post/anchor" data-index="{n}" '
            f'id="{n + 1}"></a><meta itemprop="datePublished" content="{_nb_time(w.date, n)}">'
            f'<div class="d-flex align-items-start gap-3"><div class="bg-body d-none d-sm-block rounded-circle">'
            f'<a class="d-inline-block position-relative text-decoration-none" href="/user/{who}" aria-label="'
            f'Profile: {who}"><span class="avatar avatar-rounded" style="--avatar-size: 48px;">{who[0].upper()}'
            f'</span></a></div><div class="post-container d-flex gap-2 flex-grow-1 flex-column w-100" style="min-width:0;">'
            f'<div class="d-flex align-items-center gap-1 flex-wrap w-100 post-header mt-1" component="post/header">'
            f'<a class="fw-bold text-nowrap text-truncate" href="/user/{who}" data-username="{who}" data-uid="'
            f'{list(_NB_USERS).index(who) + 2}">{who}</a><div class="d-flex gap-1 align-items-center"><span '
            f'class="timeago text-muted" title="{_nb_time(w.date, n)}"></span></div></div>'
            f'<div class="content text-break" component="post/content" itemprop="text"><p dir="auto">{esc(text)}</p>'
            f'</div></div></div></li>')
    head = (f'<meta name="title" content="{esc(w.title)}"><meta name="description" content="{esc(w.paras[0][:200])}">'
            f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:description" content="'
            f'{esc(w.paras[0][:200])}"><meta property="og:type" content="article"><meta property="og:url" content="'
            f'{u(w.path)}"><meta property="article:published_time" content="{_nb_time(w.date, 0)}">'
            f'<meta property="article:section" content="{cname}"><link rel="canonical" href="{u(w.path)}">'
            f'<link rel="alternate" type="application/rss+xml" href="/topic/{tid}.rss">'
            f'<link rel="author" href="{u("/user/" + w.author)}">')
    main = (f'<div class="flex-fill" itemid="/topic/{w.path.split("/", 2)[2]}" itemscope itemtype="https://schema.org/'
            f'DiscussionForumPosting"><meta itemprop="headline" content="{esc(w.title)}"><meta itemprop="text" '
            f'content="{esc(w.paras[0][:200])}"><meta itemprop="url" content="{w.path}"><meta itemprop="datePublished" '
            f'content="{_nb_time(w.date, 0)}"><meta itemprop="author" itemscope itemtype="https://schema.org/Person" '
            f'content=""><div class="d-flex flex-column gap-3"><div class="d-flex gap-2 flex-wrap"><div class="d-flex '
            f'flex-column gap-3 flex-grow-1 flex-1"><h1 component="post/header" class="tracking-tight fw-semibold fs-3 '
            f'mb-0 text-break"><span class="topic-title" component="topic/title">{esc(w.title)}</span></h1>'
            f'<div class="topic-info d-flex gap-2 align-items-center flex-wrap"><a href="/category/{cid}/{slug}" '
            f'class="badge px-1 text-truncate text-decoration-none border">{cname}</a>{tag}<div class="d-flex hidden-xs'
            f' gap-2"><span class="badge text-body border stats text-xs">{len(w.paras)} Posts</span><span class="badge '
            f'text-body border stats text-xs">{len(set(w.by))} Posters</span></div></div></div></div>'
            f'<div class="row mb-4 mb-lg-0"><div class="topic col-lg-12"><ul component="topic" class="posts timeline '
            f'list-unstyled p-0 py-3" data-tid="{tid}" data-cid="{cid}">{posts}</ul></div></div></div></div>')
    return _doc(NODEBB, w.path, _nb(u, f"{w.title} | {_NB_SITE}", main, "topic", head,
                                    [("Home", "/"), (cname, f"/category/{cid}/{slug}"), (w.title, "")]))


def _nb_topic_list(topics: list[Work]) -> str:
    return '<ul component="category" class="topics-list list-unstyled" itemscope itemtype="http://www.schema.org/' \
        'ItemList">' + "".join(
            f'<li component="category/topic" class="category-item hover-parent border-bottom py-3 py-lg-4 d-flex '
            f'flex-column flex-lg-row align-items-start" data-tid="{w.path.split("/")[2]}" itemprop="itemListElement" '
            f'itemscope itemtype="https://schema.org/ListItem"><meta itemprop="name" content="{esc(w.title)}">'
            f'<div class="d-flex p-0 col-12 col-lg-7 gap-2 gap-lg-3 pe-1 align-items-start"><div class="flex-grow-1 '
            f'd-flex flex-wrap gap-1 position-relative"><h3 component="topic/header" class="title text-break fs-5 '
            f'fw-semibold m-0 tracking-tight w-100"><a class="text-reset" href="{w.path}" itemprop="url">'
            f'{esc(w.title)}</a></h3><span class="timeago text-xs" title="{_nb_time(w.date, 0)}"></span> <a href="/user/'
            f'{w.author}" class="text-xs">{w.author}</a></div></div><div class="d-flex p-0 col-lg-5 col-12 align-content-'
            f'stretch"><div class="meta stats d-none d-lg-grid col-6 gap-1 pe-2 text-muted"><div class="stats-postcount">'
            f'<span class="fs-5 ff-secondary lh-1">{len(w.paras) - 1}</span><span class="d-none d-xl-flex text-lowercase '
            f'text-xs">replies</span></div></div></div></li>' for w in topics) + "</ul>"


def backroom(u) -> list[Doc]:
    topics = _works(NODEBB)
    docs = [_nb_topic(u, w) for w in topics]
    head = '<meta name="description" content="A forum for library workers of every kind.">' \
        '<meta property="og:type" content="website">'
    cats = "".join(
        f'<li component="categories/category" data-cid="{cid}" class="w-100 border-bottom py-3 py-lg-4 gap-lg-0 gap-2 '
        f'd-flex flex-column flex-lg-row align-items-start category-{cid}"><meta itemprop="name" content="{name}">'
        f'<div class="d-flex col-lg-7 gap-2 gap-lg-3"><div class="flex-shrink-0"><span class="icon d-flex align-items-'
        f'center justify-content-center rounded-1" style="background-color: #86C1B9; width:40px; height:40px;"></span>'
        f'</div><div class="flex-grow-1 d-flex flex-wrap gap-1 me-0 me-lg-2"><h2 class="title text-break fs-4 fw-semibold'
        f' m-0 tracking-tight w-100"><a href="/category/{cid}/{slug}" itemprop="url">{name}</a></h2><div class="'
        f'description text-muted text-sm w-100"><p dir="auto">{esc(desc)}</p></div></div></div></li>'
        for cid, (slug, name, desc) in _NB_CATS.items())
    docs.append(_doc(NODEBB, "/", _nb(u, _NB_SITE, '<div data-widget-area="header"><div class="card card-body mb-3">'
                                      '<p>Welcome to The Back Room, a forum for library workers: pages, clerks, '
                                      'librarians, techs, and everyone in between. Be kind. Before you ask, '
                                      '<a href="/search?term=mentor&amp;in=titlesposts">search</a>: the mentor '
                                      'question has come up before.</p></div></div><h1 class='
                                      '"tracking-tight fs-2 fw-semibold mb-0">Categories</h1><ul class="categories-list '
                                      f'list-unstyled" itemscope itemtype="http://www.schema.org/ItemList">{cats}</ul>',
                                      "categories", head)))
    for cid, (slug, name, desc) in _NB_CATS.items():
        ts = [w for w in topics if _NB_TOPIC_CAT[w.path] == cid]
        main = (f'<div class="category-header d-flex flex-column gap-2"><h1 class="tracking-tight fs-2 fw-semibold mb-0">'
                f'{name}</h1><div class="description text-secondary text-sm w-100"><p dir="auto">{esc(desc)}</p></div>'
                f'</div>{_nb_topic_list(ts)}')
        docs.append(_doc(NODEBB, f"/category/{cid}/{slug}", _nb(u, f"{name} | {_NB_SITE}", main, "category",
                                                              head, [("Home", "/"), (name, "")])))
    docs.append(_doc(NODEBB, "/recent", _nb(u, f"Recent Topics | {_NB_SITE}", '<h1 class="tracking-tight fs-2 '
                                            f'fw-semibold mb-0">Recent Topics</h1>{_nb_topic_list(topics)}', "recent",
                                            head, [("Home", "/"), ("Recent", "")])))
    tagged = [w for w in topics if w.path.startswith("/topic/412/")]
    docs.append(_doc(NODEBB, "/tags/mentoring", _nb(u, f"Topics tagged under mentoring | {_NB_SITE}",
                                                    '<h1 class="tracking-tight fs-2 fw-semibold mb-0">Topics tagged '
                                                    f'under &quot;mentoring&quot;</h1>{_nb_topic_list(tagged)}', "tag",
                                                    head, [("Home", "/"), ("Tags", ""), ("mentoring", "")])))
    hits = [w for w in topics if "mentor" in " ".join(w.paras).lower() or "mentor" in w.title.lower()]
    search = ('<div class="search flex-fill"><form component="search/form" id="advanced-search" method="get" '
              'action="/search"><input type="text" class="form-control" name="term" value="mentor"></form><div '
              f'class="card card-body text-xs"><span>{len(hits)} result(s) matching &quot;mentor&quot;</span></div>'
              '<div class="search-results col-md-12 clearfix" component="search/results">' + "".join(
                  f'<div class="clearfix search-result d-flex flex-column gap-1 py-3"><a href="{w.path}" class="topic-title'
                  f' fw-semibold fs-5 mb-0">{esc(w.title)}</a><div component="post/content" class="content text-sm">'
                  f'{_excerpt(w, 150)}</div><div class="post-info text-xs"><a href="/user/{w.author}">{w.author}</a>'
                  f'</div></div>' for w in hits) + '</div></div>')
    docs.append(_doc(NODEBB, "/search?term=mentor&in=titlesposts",
                     _nb(u, f"Search | {_NB_SITE}", search, "search", head, [("Home", "/"), ("Search", "")])))
    for name, (about, rep) in _NB_USERS.items():
        mine = [w for w in topics if name in w.by]
        main = (f'<div class="d-flex flex-column flex-fill gap-3"><div class="cover position-absolute start-0 top-0 '
                f'w-100"></div><div class="d-flex flex-column flex-md-row gap-2 w-100 pb-4 mb-4 mt-2 border-bottom">'
                f'<div class="d-flex flex-column gap-1"><h2 class="fullname fw-semibold fs-2 tracking-tight mb-0">{name}'
                f'</h2><div class="d-flex flex-wrap gap-1 text-sm align-items-center"><span class="username fw-bold">'
                f'@{name}</span></div></div></div><div class="d-flex flex-column flex-md-row gap-4"><div class="aboutme '
                f'text-sm text-break">{esc(about)}</div><div class="stats"><span class="ff-secondary fs-6">{rep}</span> '
                f'Reputation</div></div><h3 class="fw-semibold fs-5">Best posts</h3><ul class="posts-list list-unstyled">'
                + "".join(f'<li class="posts-list-item"><a href="{w.path}">{esc(w.title)}</a></li>' for w in mine) +
                '</ul></div>')
        docs.append(_doc(NODEBB, f"/user/{name}", _nb(u, f"{name} | {_NB_SITE}", main, "account-profile",
                                                     f'<meta property="og:type" content="profile">'
                                                     f'<meta property="profile:username" content="{name}">',
                                                     [("Home", "/"), ("Users", ""), (name, "")])))
    return docs


# --- revuedoc.example: Érudit -----------------------------------------------------------------------

_ER_JOURNAL = "Revue des pratiques documentaires"
_ER_PUB = "Association des professionnels de l'information documentaire"
_ER_PAGES = {"1119021ar": "9-31", "1119022ar": "32-54", "1119023ar": "55-74", "1119024ar": "75-92"}


def _erudit(u, title: str, main: str, head: str = "", body_class: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="fr" class="no-js"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)} – Érudit</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
{head}
<link rel="stylesheet" href="/static/css/public.min.css">
<link rel="alternate" hreflang="en" href="{u('/en/revues/rpd/')}">
</head>
<body id="{body_class}" class="{body_class}" data-controller="public:{body_class}">
<header id="site-header" class="site-header container-fluid"><div class="row"><nav class="navbar">
<a href="/fr/revues/rpd/" class="navbar-brand" title="Érudit"><img src="/static/svg/logo-erudit.svg" alt="Logo Érudit"></a>
<ul class="nav navbar-nav navbar-left"><li><a href="/fr/revues/rpd/">{_ER_JOURNAL}</a></li><li><a href="/fr/revues/rpd/numeros/">Numéros</a></li><li><a href="/fr/revues/rpd/revue/">À propos</a></li><li><a href="/fr/recherche/?basic_search_term=mentorat" title="Recherche">Recherche</a></li></ul>
<ul class="nav navbar-nav navbar-right"><li class="hidden-xs"><a href="/fr/revues/rpd/" title="English" lang="en">EN</a></li></ul>
</nav></div></header>
<main id="main-content" class="container">{main}</main>
<footer id="site-footer" class="site-footer container-fluid"><div class="row"><div class="col-md-8">
<p>Érudit est un consortium interuniversitaire sans but lucratif composé de l'Université de Montréal, l'Université Laval et l'Université du Québec à Montréal. Il a pour mission la diffusion et la valorisation de la recherche.</p>
<p>© Érudit Consortium 2025</p></div></div></footer>
<div class="cookies-notice"><p>En poursuivant votre navigation sur le site, vous acceptez l'utilisation de témoins (cookies). <button class="btn btn-primary">OK</button></p></div>
<script src="/static/js/public.min.js"></script>
</body></html>"""


def _er_authors(w: Work) -> list[str]:
    return [a.strip() for a in w.author.split(";")]


def _er_article(u, w: Work) -> Doc:
    code = w.path.rstrip("/").split("/")[-1]
    has_pdf = (ER_ISSUE + code + ".pdf") in {x.path for x in WORKS.values()}
    authors = _er_authors(w)
    french = w.paras[0].startswith("Résumé")
    lang = "fr" if french else "en"
    first, last = _ER_PAGES[code].split("-")
    keywords = w.paras[-1].split(":", 1)[1].split(",")
    meta = (f'<meta name="citation_journal_title" content="{_ER_JOURNAL}"><meta name="citation_journal_abbrev" '
            f'content="rpd"><meta name="citation_issn" content="2561-4877"><meta name="citation_publisher" content="'
            f'{esc(_ER_PUB)}"><meta name="citation_title" content="{esc(w.title)}">' +
            "".join(f'<meta name="citation_author" content="{esc(a)}">' for a in authors) +
            f'<meta name="citation_publication_date" content="{w.date}"><meta name="citation_online_date" content='
            f'"2025/06/12"><meta name="citation_volume" content="71"><meta name="citation_issue" content="2">'
            f'<meta name="citation_firstpage" content="{first}"><meta name="citation_lastpage" content="{last}">'
            f'<meta name="citation_doi" content="10.7202/{code[:-2]}ar"><meta name="citation_language" content="{lang}">'
            f'<meta name="citation_abstract_html_url" content="{u(w.path)}">' +
            (f'<meta name="citation_pdf_url" content="{u(ER_ISSUE + code + ".pdf")}">' if has_pdf else "") +
            f'<meta name="citation_keywords" content="{esc(", ".join(k.strip() for k in keywords))}">'
            f'<meta name="DC.type" content="Text"><meta name="DC.format" content="text/html"><meta name="DC.identifier" '
            f'content="10.7202/{code[:-2]}ar"><meta name="DC.title" content="{esc(w.title)}">' +
            "".join(f'<meta name="DC.creator" content="{esc(a)}">' for a in authors) +
            f'<meta name="DC.date" content="{w.date}"><meta name="DC.publisher" content="{esc(_ER_PUB)}">'
            f'<meta name="DC.language" content="{lang}"><meta property="og:title" content="{esc(w.title)}">'
            f'<meta property="og:type" content="article"><meta property="og:url" content="{u(w.path)}">'
            f'<meta property="og:site_name" content="Érudit"><link rel="canonical" href="{u(w.path)}">')
    sections: list[tuple[str, list[str]]] = []
    for p in w.paras[:-1]:
        if p.startswith(("Résumé", "Abstract")):
            sections.append(("fr" if p.startswith("Résumé") else "en", [p.split(":", 1)[1].strip()]))
        else:
            sections[-1][1].append(p)
    abstracts = "".join(
        f'<section id="resume-{lg}" class="grresume" lang="{lg}"><h3 class="section-title">'
        f'{"Résumé" if lg == "fr" else "Abstract"}</h3>' + "".join(f'<p class="alinea">{esc(x)}</p>' for x in ps_) +
        '</section>' for lg, ps_ in sections)
    body = ""
    pdf_link = (f'<li><a class="tool-btn tool-download" href="{ER_ISSUE}{code}.pdf" title="Télécharger">'
                f'<span class="toolbox-pdf">PDF</span> Télécharger</a></li>' if has_pdf else
                '<li><span class="tool-btn disabled">Version PDF non disponible</span></li>')
    main = (f'<div id="article-detail" class="article-detail"><div class="row"><div class="col-xs-12 col-md-9">'
            f'<header class="doc-head"><p class="doc-head__metadata"><a href="/fr/revues/rpd/">{_ER_JOURNAL}</a>, '
            f'<a href="{ER_ISSUE}">Volume 71, numéro 2, printemps 2025</a>, p. {first}&ndash;{last}</p>'
            f'<h1 class="doc-head__title"><span class="titre">{esc(w.title)}</span></h1><ul class="grauthors">' +
            "".join(f'<li class="auteur-affiliation"><p><strong>{esc(a)}</strong></p></li>' for a in authors) +
            f'</ul></header><div class="article-body">{abstracts}<div class="keywords"><h3>'
            f'{"Mots-clés" if french else "Keywords"} :</h3><ul>' +
            "".join(f'<li class="keyword">{esc(k.strip())}</li>' for k in keywords) +
            f'</ul></div>{body}<section id="citation"><h3>Citer cet article</h3><p>{esc(", ".join(authors))} '
            f'({w.date}). {esc(w.title)}. <em>{_ER_JOURNAL}</em>, <em>71</em>(2), {first}&ndash;{last}. '
            f'https://doi.org/10.7202/{code[:-2]}ar</p></section></div></div><aside class="col-xs-12 col-md-3 toolbox">'
            f'<ul class="unstyled">{pdf_link}<li><a class="tool-btn" href="{ER_ISSUE}">Sommaire du numéro</a></li>'
            f'</ul></aside></div></div>')
    return _doc(ERUDIT, w.path, _erudit(u, w.title, main, meta, "article_detail"))


def _er_toc(arts: list[Work]) -> str:
    return '<ul class="bib-records">' + "".join(
        f'<li class="bib-record"><h6 class="bib-record__title"><a href="{w.path}" title="Lire l\'article">'
        f'{esc(w.title)}</a></h6><p class="bib-record__authors">{esc(", ".join(_er_authors(w)))}</p>'
        f'<p class="bib-record__pages">p. {_ER_PAGES[w.path.rstrip("/").split("/")[-1]].replace("-", "&ndash;")}</p>'
        f'</li>' for w in arts) + "</ul>"


def revuedoc(u) -> list[Doc]:
    arts = sorted([w for w in WORKS.values() if w.host == ERUDIT and w.kind == "journal-article"], key=lambda w: w.path)
    docs = [_er_article(u, w) for w in arts]
    p = next(w for w in WORKS.values() if w.host == ERUDIT and w.kind == "document")
    docs.append(_doc(ERUDIT, p.path, pdf(list(p.paras)), content_type="application/pdf"))
    head = f'<meta property="og:site_name" content="Érudit"><meta name="description" content="{_ER_JOURNAL}">'
    issue = (f'<div class="issue-detail"><header class="issue-header"><p><a href="/fr/revues/rpd/">{_ER_JOURNAL}</a></p>'
             f'<h1>Volume 71, numéro 2, printemps 2025</h1><p>Sous la direction de Nathalie Roy</p></header>'
             f'<section class="issue-toc"><h2>Sommaire</h2><h3 class="section-title">Articles</h3>{_er_toc(arts)}'
             f'</section></div>')
    docs.append(_doc(ERUDIT, ER_ISSUE, _erudit(u, f"Volume 71, numéro 2, printemps 2025 – {_ER_JOURNAL}", issue,
                                               head, "issue_detail")))
    home = (f'<div class="journal-detail"><header><h1 class="journal-title">{_ER_JOURNAL}</h1><p>Revue savante '
            f'publiée depuis 1955 par l\'{esc(_ER_PUB)}.</p></header><section class="latest-issue"><h2>Numéro le plus '
            f'récent</h2><p><a href="{ER_ISSUE}">Volume 71, numéro 2, printemps 2025</a></p>{_er_toc(arts)}</section>'
            f'<p><a href="/fr/revues/rpd/numeros/">Tous les numéros</a> · <a href="/fr/revues/rpd/revue/">À propos de la '
            f'revue</a></p></div>')
    docs.append(_doc(ERUDIT, "/fr/revues/rpd/", _erudit(u, _ER_JOURNAL, home, head, "journal_detail")))
    issues = (f'<div class="journal-issues"><h1>{_ER_JOURNAL} : numéros</h1><h2 id="back-issues">Numéros '
              f'disponibles</h2><ul class="issues-list"><li class="issue"><a href="{ER_ISSUE}">Volume 71, numéro 2, '
              f'printemps 2025</a></li><li class="issue">Volume 71, numéro 1, hiver 2025 <span class="text-muted">'
              f'(en préparation)</span></li></ul></div>')
    docs.append(_doc(ERUDIT, "/fr/revues/rpd/numeros/", _erudit(u, f"Numéros – {_ER_JOURNAL}", issues, head,
                                                                "journal_issues")))
    about = (f'<div class="journal-info"><h1>À propos de la revue</h1><h2>Mission</h2><p>{_ER_JOURNAL} publie des '
             'articles de recherche et de pratique en sciences de l\'information, en bibliothéconomie et en '
             'archivistique, en français et en anglais.</p><h2>Comité de rédaction</h2><p>Rédactrice en chef : '
             'Nathalie Roy</p><h2>Politique de libre accès</h2><p>Tous les articles sont en libre accès immédiat sous '
             'licence CC BY-NC-ND 4.0.</p></div>')
    docs.append(_doc(ERUDIT, "/fr/revues/rpd/revue/", _erudit(u, f"À propos – {_ER_JOURNAL}", about, head,
                                                              "journal_info")))
    hits = [w for w in arts if "mentorat" in " ".join(w.paras).lower() or "mentoring" in " ".join(w.paras).lower()]
    search = ('<div class="search-results"><form method="get" action="/fr/recherche/"><input name="basic_search_term" '
              f'value="mentorat"></form><h1>Résultats de recherche</h1><p>{len(hits)} résultats pour « mentorat »</p>'
              '<ol class="results">' + "".join(
                  f'<li class="result"><span class="result-type">Article</span><h3><a href="{w.path}">{esc(w.title)}</a>'
                  f'</h3><p>{esc(", ".join(_er_authors(w)))} — <em>{_ER_JOURNAL}</em>, vol. 71, n° 2, 2025</p></li>'
                  for w in hits) + '</ol></div>')
    docs.append(_doc(ERUDIT, "/fr/recherche/?basic_search_term=mentorat",
                     _erudit(u, "Recherche", search, head + '<meta name="robots" content="noindex">', "search")))
    return docs


# --- catalogcard.example: Typepad ------------------------------------------------------------------

_TP_SITE = "The Catalog Card"
_TP_CAT = {"/blog/2025/05/forty-years-of-mentoring-by-mailing-list.html", "/blog/2025/02/what-my-mentor-gave-me.html"}
_TP_OLD = "/blog/2019/10/twitter-chats-i-love.html"


def _typepad(u, title: str, main: str, body_class: str, head: str = "") -> str:
    posts = _works(TYPEPAD)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="typepad-standard" xmlns:fb="http://www.facebook.com/2008/fbml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="http://www.typepad.com/" />
<title>{esc(title)}</title>
{head}
<link rel="stylesheet" href="/blog/styles.css?v=6" type="text/css" media="screen" />
<link rel="alternate" type="application/atom+xml" title="Posts on '{_TP_SITE}' (Atom)" href="/blog/atom.xml" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="https://www.typepad.com/services/rsd/6a00e54f8c25c988330120a5f1a1f4970c" />
</head>
<body class="{body_class}">
<div id="container"><div id="container-inner">
<div id="banner"><div id="banner-inner" class="pkg"><h1 id="banner-header"><a href="/blog/" accesskey="1">{_TP_SITE}</a></h1><h2 id="banner-description">Notes from a retired reference librarian</h2></div></div>
<div id="pagebody"><div id="pagebody-inner" class="pkg">
<div id="alpha"><div id="alpha-inner">{main}</div></div>
<div id="beta"><div id="beta-inner">
<div class="module-about module"><h2 class="module-header">About</h2><div class="module-content"><p>Ruth Abernathy was a reference librarian for thirty-eight years. <a href="/blog/about.html">More about me</a></p></div></div>
<div class="module-recent-posts module"><h2 class="module-header">Recent Posts</h2><div class="module-content"><ul class="module-list">{"".join(f'<li class="module-list-item"><a href="{w.path}">{esc(w.title)}</a></li>' for w in posts)}</ul></div></div>
<div class="module-categories module"><h2 class="module-header">Categories</h2><div class="module-content"><ul class="module-list"><li class="module-list-item"><a href="/blog/mentoring/">Mentoring</a></li></ul></div></div>
<div class="module-archives module"><h2 class="module-header">Archives</h2><div class="module-content"><ul class="module-list"><li class="module-list-item"><a href="/blog/2025/05/">May 2025</a></li></ul></div></div>
<div class="module-powered module"><div class="module-content"><a href="https://www.typepad.com/">Blog powered by Typepad</a></div></div>
</div></div>
</div></div></div></div>
<script type="text/javascript" src="https://static.typepad.com/.shared:v2c7cbab8:typepad:en_us/js/yui/yahoo-dom-event.js"></script>
</body></html>"""


def _tp_entry(w: Work, full: bool) -> str:
    d = _d(w.date)
    cat = (' in <a href="/blog/mentoring/">Mentoring</a>' if w.path in _TP_CAT else "")
    body = ps(w.paras) if full else f"<p>{_excerpt(w, 400)}</p>"
    more = "" if full else f'<p class="entry-more-link"><a href="{w.path}">Continue reading &raquo;</a></p>'
    comments = f'<a href="{w.path}#comments">Comments ({2 if w.grade >= 2 else 0})</a>'
    return (f'<h2 class="date-header">{d.strftime("%A, %B %-d, %Y")}</h2><div class="entry-{"mentoring" if cat else "current-affairs"} '
            f'entry-author-ruth_abernathy entry-type-post entry" id="entry-6a00e54f8c25c98833{_h(w.path) % 10**10:010d}">'
            f'<h3 class="entry-header"><a href="{w.path}">{esc(w.title)}</a></h3><div class="entry-content"><div '
            f'class="entry-body">{body}</div>{more}</div><div class="entry-footer"><p class="entry-footer-info">'
            f'<span class="post-footers">Posted at 09:{d.day:02d} AM{cat}</span> <span class="separator">|</span> '
            f'<a class="permalink" href="{w.path}">Permalink</a> <span class="separator">|</span> {comments}</p></div></div>')


def catalogcard(u) -> list[Doc]:
    posts = _works(TYPEPAD)
    docs = []
    for w in posts:
        extra = ""
        if w.path.startswith("/blog/2025/05/"):
            extra = (f'<p>(I once kept a list of the <a href="{_TP_OLD}">Twitter chats I loved</a>; most of them are '
                     'gone now.)</p>')
        comments = ""
        if w.grade >= 2:
            comments = ('<div class="comments" id="comments"><a id="comments"></a><h3 class="comments-header">Comments'
                        '</h3><div class="comments-content"><div class="comment odd" id="comment-6a00e54f8c25c9883301">'
                        '<div class="comment-content"><p>Ruth, you were one of those people for me. Thank you.</p></div>'
                        '<p class="comment-footer">Posted by: Gail | ' + _d(w.date).strftime("%B %-d, %Y") +
                        ' at 11:02 AM</p></div><div class="comment even" id="comment-6a00e54f8c25c9883302"><div '
                        'class="comment-content"><p>Lovely piece. Forwarded to our new hires.</p></div><p class="'
                        'comment-footer">Posted by: Dev | ' + _d(w.date).strftime("%B %-d, %Y") + ' at 03:47 PM</p>'
                        '</div></div></div>')
        entry = _tp_entry(w, True)
        entry = entry.replace('</div><div class="entry-footer">', extra + '</div><div class="entry-footer">', 1)
        i = posts.index(w)
        nav = '<p class="content-nav">' + \
            (f'<a href="{posts[i + 1].path}">&laquo; {esc(posts[i + 1].title)}</a> | ' if i + 1 < len(posts) else "") + \
            '<a href="/blog/">Main</a>' + \
            (f' | <a href="{posts[i - 1].path}">{esc(posts[i - 1].title)} &raquo;</a>' if i > 0 else "") + "</p>"
        head = (f'<meta property="og:title" content="{esc(w.title)}" /><meta property="og:type" content="article" />'
                f'<meta property="og:url" content="{u(w.path)}" /><meta property="og:description" content="'
                f'{esc(w.paras[0][:200])}" /><meta property="og:site_name" content="{_TP_SITE}" />'
                f'<meta name="description" content="{esc(w.paras[0][:200])}" /><link rel="canonical" href="{u(w.path)}" />')
        docs.append(_doc(TYPEPAD, w.path, _typepad(u, f"{_TP_SITE}: {w.title}", nav + entry + comments,
                                                   "layout-two-column-right post", head)))
    head = f'<meta property="og:title" content="{_TP_SITE}" /><meta property="og:type" content="blog" />'
    docs.append(_doc(TYPEPAD, "/blog/", _typepad(u, _TP_SITE, "".join(_tp_entry(w, True) for w in posts),
                                                 "layout-two-column-right main-index", head)))
    may = [w for w in posts if w.path.startswith("/blog/2025/05/")]
    docs.append(_doc(TYPEPAD, "/blog/2025/05/", _typepad(u, f"{_TP_SITE}: May 2025", '<h2 class="archive-header">'
                                                         'May 2025</h2>' + "".join(_tp_entry(w, False) for w in may),
                                                         "layout-two-column-right date-based-archive", head)))
    docs.append(_doc(TYPEPAD, "/blog/mentoring/", _typepad(u, f"{_TP_SITE}: Mentoring", '<h2 class="archive-header">'
                                                           'Mentoring</h2>' + "".join(
                                                               _tp_entry(w, False) for w in posts if w.path in _TP_CAT),
                                                           "layout-two-column-right category-archive", head)))
    docs.append(_doc(TYPEPAD, "/blog/about.html", _typepad(
        u, f"{_TP_SITE}: About", '<h2 class="page-header">About</h2><div class="page-content"><p>I was a reference '
        'librarian at a county library and then a university library from 1979 until my retirement in 2024. This '
        'blog began in 2006, went quiet for a while, and woke up again when I retired.</p><p>I garden badly and read '
        'a great deal.</p></div>', "layout-two-column-right page", head)))
    docs.append(_doc(TYPEPAD, _TP_OLD, _typepad(
        u, f"{_TP_SITE}: Page Not Found", '<h2 class="page-header">Page Not Found</h2><div class="page-content"><p>'
        'The page you were looking for could not be found. It may have been removed, had its name changed, or is '
        'temporarily unavailable.</p><p><a href="/blog/">Return to the main page</a></p></div>',
        "layout-two-column-right error-page", head)))
    return docs


# --- decks.example: a slides-sharing site ---------------------------------------------------------

_DK_SITE = "Decks"
_DK_USERS = {"ktran": ("Kim Tran", "Outreach librarian and consortium trainer. Slides from talks and workshops."),
             "mbello": ("Marco Bello", "Staff development coordinator at a public library system.")}
_DK_PDF = {"/ktran/mentoring-circles-in-the-open": "/files/presentations/a81c0e2f/mentoring-circles-in-the-open.pdf"}


def _decks(u, title: str, main: str, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="mC1wYk3fR8u2qQ">
{head}
<link rel="stylesheet" href="/assets/application-2f6c3a1e9b.css" media="all">
<script src="/assets/application-7d1e2c3b4a.js" defer></script>
</head>
<body class="sd-app">
<nav class="navbar navbar-expand-md sd-nav border-bottom"><div class="container">
<a class="navbar-brand" href="/"><span class="sd-logo">{_DK_SITE}</span></a>
<ul class="navbar-nav me-auto"><li class="nav-item"><a class="nav-link" href="/c/education">Education</a></li></ul>
<form class="d-flex" action="/search" method="get" role="search"><input class="form-control" type="search" name="q" placeholder="Search decks"></form>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/signin" rel="nofollow">Sign in</a></li><li class="nav-item"><a class="btn btn-primary" href="/signup" rel="nofollow">Sign up for free</a></li></ul>
</div></nav>
<main class="sd-main">{main}</main>
<footer class="sd-footer border-top mt-5 py-4"><div class="container"><p class="text-muted small">&copy; 2025 {_DK_SITE}. Share your slides with the world.</p></div></footer>
</body></html>"""


def _dk_cards(decks: list[Work]) -> str:
    return '<div class="row row-cols-1 row-cols-md-3 g-4 sd-deck-grid">' + "".join(
        f'<div class="col"><div class="card deck-preview" data-id="{_h(w.path) % 10**8:08x}"><a class="deck-preview-link"'
        f' href="{w.path}" title="{esc(w.title)}"><div class="deck-preview-thumb"><img src="/thumbs/{w.path.split("/")[-1]}'
        f'.jpg" alt="{esc(w.title)}" loading="lazy"></div><div class="deck-title">{esc(w.title)}</div></a><div class="'
        f'deck-meta small text-muted"><a href="/{w.path.split("/")[1]}">{esc(w.author)}</a> &middot; '
        f'{_d(w.date).strftime("%B %d, %Y")}</div></div></div>' for w in decks) + "</div>"


def _dk_deck(u, w: Work, decks: list[Work]) -> Doc:
    user = w.path.split("/")[1]
    desc = w.paras[0]
    slides = [p for p in w.paras[1:]]
    pdf_path = _DK_PDF.get(w.path)
    ld = {"@context": "https://schema.org", "@type": "PresentationDigitalDocument", "name": w.title,
          "description": desc, "datePublished": w.date, "author": {"@type": "Person", "name": w.author,
                                                                    "url": u("/" + user)}, "url": u(w.path)}
    head = (f'<meta name="description" content="{esc(desc)}"><meta property="og:title" content="{esc(w.title)}">'
            f'<meta property="og:description" content="{esc(desc)}"><meta property="og:type" content="website">'
            f'<meta property="og:url" content="{u(w.path)}"><meta property="og:site_name" content="{_DK_SITE}">'
            f'<meta name="twitter:card" content="player"><meta name="twitter:title" content="{esc(w.title)}">'
            f'<link rel="canonical" href="{u(w.path)}">' + _ld(ld))
    download = (f'<a class="btn btn-outline-secondary btn-sm" href="{pdf_path}" title="Download PDF">Download PDF</a>'
                if pdf_path else "")
    more = [d for d in decks if d is not w and d.path.split("/")[1] == user]
    main = (f'<div class="container"><div class="row"><div class="col-lg-9"><div class="sd-player"><div class="'
            f'speakerdeck-iframe" data-ratio="1.7777"><img src="/thumbs/{w.path.split("/")[-1]}.jpg" alt="Slide 1"></div>'
            f'</div><div class="deck-actions d-flex gap-2 my-3">{download}<button class="btn btn-sm" data-action="star">'
            f'Star</button></div><h1 class="mb-0">{esc(w.title)}</h1><div class="deck-byline my-2"><a href="/{user}" '
            f'class="fw-bold">{esc(w.author)}</a> <span class="text-muted">{_d(w.date).strftime("%B %d, %Y")}</span></div>'
            f'<div class="deck-description mb-4"><p>{esc(desc)}</p></div><div class="deck-transcript"><h2 class="h5">'
            f'Transcript</h2><ol class="list-unstyled">' + "".join(
                f'<li class="mb-3"><a id="slide-{n}"></a><p>{esc(s)}</p></li>' for n, s in enumerate(slides, 1)) +
            f'</ol></div></div><div class="col-lg-3"><h2 class="h6">More decks by {esc(w.author)}</h2>' +
            "".join(f'<div class="mb-2"><a href="{d.path}">{esc(d.title)}</a></div>' for d in more) +
            f'<h2 class="h6 mt-4">Category</h2><a href="/c/education">Education</a></div></div></div>')
    return _doc(DECKS, w.path, _decks(u, f"{w.title} - {_DK_SITE}", main, head))


def decks(u) -> list[Doc]:
    ds = [w for w in _works(DECKS) if not w.path.endswith(".pdf")]
    docs = [_dk_deck(u, w, ds) for w in ds]
    p = next(w for w in WORKS.values() if w.host == DECKS and w.path.endswith(".pdf"))
    docs.append(_doc(DECKS, p.path, pdf(list(p.paras)), content_type="application/pdf"))
    head = '<meta property="og:type" content="website">'
    docs.append(_doc(DECKS, "/", _decks(u, f"{_DK_SITE} - Share presentations online", '<div class="container">'
                                        '<section class="hero py-5"><h1>Share presentations without the mess</h1>'
                                        '<p class="lead">Upload a PDF, share a link.</p></section><h2 class="h4">'
                                        f'Featured in Education</h2>{_dk_cards(ds[:4])}<p class="mt-3">'
                                        '<a href="/search?q=library+mentoring">Popular: library mentoring</a></p>'
                                        '</div>', head)))
    for user, (name, bio) in _DK_USERS.items():
        mine = [w for w in ds if w.path.startswith(f"/{user}/")]
        main = (f'<div class="container"><div class="sd-profile d-flex gap-3 my-4"><div class="avatar"></div><div><h1 '
                f'class="h3 mb-1">{esc(name)}</h1><p class="text-muted">{esc(bio)}</p></div></div><h2 class="h5">'
                f'{len(mine)} decks</h2>{_dk_cards(mine)}</div>')
        docs.append(_doc(DECKS, f"/{user}", _decks(u, f"{name} ({user}) on {_DK_SITE}", main,
                                                   f'<meta property="og:type" content="profile"><meta property="og:title"'
                                                   f' content="{esc(name)}">')))
    docs.append(_doc(DECKS, "/c/education", _decks(u, f"Education presentations - {_DK_SITE}", '<div class="container">'
                                                   '<h1 class="h3 my-4">Education</h1>' + _dk_cards(ds) + '</div>',
                                                   head)))
    hits = [w for w in ds if "mentor" in (w.title + " ".join(w.paras)).lower()]
    docs.append(_doc(DECKS, "/search?q=library+mentoring", _decks(
        u, f"Search results for library mentoring - {_DK_SITE}", '<div class="container"><h1 class="h4 my-4">Results '
        f'for &ldquo;library mentoring&rdquo;</h1><p class="text-muted">{len(hits)} decks</p>' + _dk_cards(hits) +
        '</div>', head + '<meta name="robots" content="noindex">')))
    return docs


# --- kestrel.example: TERMINALFOUR -----------------------------------------------------------------

_T4_SITE = "Kestrel University"


def _t4(u, title: str, main: str, crumbs: list[tuple[str, str]], head: str = "") -> str:
    bc = "".join(f'<li class="breadcrumb-item"><a href="{h}">{esc(t)}</a></li>' if h else
                 f'<li class="breadcrumb-item active" aria-current="page">{esc(t)}</li>' for t, h in crumbs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(title)} | {_T4_SITE}</title>
{head}
<meta name="generator" content="TERMINALFOUR">
<link rel="stylesheet" href="/media/site-assets/css/main.min.css">
<!-- navigation object : Header -->
</head>
<body>
<a class="skip-link sr-only sr-only-focusable" href="#main-content">Skip to main content</a>
<header class="site-header"><div class="container"><div class="site-header__logo"><a href="/"><img src="/media/site-assets/images/kestrel-logo.svg" alt="{_T4_SITE}"></a></div>
<nav class="site-header__nav" aria-label="Main"><ul class="nav-menu"><li><a href="/about/">About</a></li><li><a href="/news/">News</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
<form class="site-header__search" action="/search/" method="get" role="search"><label for="q" class="sr-only">Search</label><input type="search" id="q" name="q"><button type="submit">Search</button></form>
</div></header>
<nav aria-label="breadcrumb" class="breadcrumb-wrapper"><div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li>{bc}</ol></div></nav>
<main id="main-content"><div class="container">{main}</div></main>
<footer class="site-footer"><div class="container"><div class="row"><div class="col-md-4"><p><strong>{_T4_SITE}</strong><br>1 University Drive<br>Kestrel Falls</p></div>
<div class="col-md-4"><ul class="site-footer__links"><li><a href="/about/">About</a></li><li><a href="/news/">News</a></li><li><a href="/contact/">Contact us</a></li></ul></div></div>
<p class="site-footer__copyright">&copy; 2025 {_T4_SITE}</p></div></footer>
<div class="cookie-notice" id="cookie-notice" role="dialog" aria-live="polite"><p>We use cookies to improve your experience. <a href="/about/">Find out more</a></p><button class="btn btn-light" id="cookie-accept">Accept</button></div>
<script src="/media/site-assets/js/main.min.js"></script>
</body></html>"""


def _t4_cards(items: list[Work]) -> str:
    return '<div class="row news-listing">' + "".join(
        f'<div class="col-md-4"><article class="card news-card"><div class="card-body"><p class="news-card__date">'
        f'<time datetime="{w.date}">{_d(w.date).strftime("%-d %B %Y")}</time></p><h3 class="news-card__title">'
        f'<a href="{w.path}">{esc(w.title)}</a></h3><p class="news-card__summary">{_excerpt(w, 140)}</p></div></article>'
        f'</div>' for w in items) + "</div>"


def _t4_story(u, w: Work, news: list[Work]) -> Doc:
    event = w.path.startswith("/events/")
    if event:
        ld = {"@context": "https://schema.org", "@type": "Event", "name": w.title, "description": w.paras[0],
              "startDate": "2025-10-22T12:00:00-04:00", "endDate": "2025-10-22T13:00:00-04:00",
              "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
              "location": {"@type": "VirtualLocation", "url": u(w.path)},
              "organizer": {"@type": "Organization", "name": w.author, "url": u("/")}}
    else:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": w.title,
              "datePublished": w.date + "T10:00:00-04:00", "author": {"@type": "Organization", "name": w.author},
              "publisher": {"@type": "Organization", "name": _T4_SITE, "logo": {"@type": "ImageObject",
                            "url": u("/media/site-assets/images/kestrel-logo.png")}},
              "description": w.paras[0][:200], "mainEntityOfPage": u(w.path)}
    head = (f'<meta name="description" content="{esc(w.paras[0][:200])}"><meta property="og:title" content="'
            f'{esc(w.title)}"><meta property="og:type" content="article"><meta property="og:url" content="{u(w.path)}">'
            f'<meta property="og:description" content="{esc(w.paras[0][:200])}"><meta property="og:site_name" content="'
            f'{_T4_SITE}"><meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="{u(w.path)}">'
            + _ld(ld))
    topic = ('<p class="news-article__topics">Topics: <a href="/news/topics/libraries.html">Libraries</a></p>'
             if "librar" in (w.title + w.paras[0]).lower() else "")
    related = [n for n in news if n is not w][:3]
    main = (f'<div class="row"><div class="col-lg-8"><article class="news-article"><h1 class="news-article__title">'
            f'{esc(w.title)}</h1><p class="news-article__date"><time datetime="{w.date}">'
            f'{_d(w.date).strftime("%-d %B %Y")}</time></p><p class="news-article__byline">{esc(w.author)}</p>'
            f'<div class="news-article__body">{ps(w.paras)}</div>{topic}<div class="news-article__share"><span>Share:'
            f'</span></div></article></div><aside class="col-lg-4"><div class="related-news"><h2 class="h4">Related news'
            f'</h2>{_t4_cards(related)}</div><p><a href="/news/">All news</a></p></aside></div>')
    crumbs = [("Events", "") if event else ("News", "/news/"), (w.title, "")]
    if event:
        crumbs = [(w.title, "")]
    return _doc(T4, w.path, _t4(u, w.title, main, crumbs, head))


def kestrel(u) -> list[Doc]:
    items = _works(T4)
    news = [w for w in items if w.path.startswith("/news/")]
    docs = [_t4_story(u, w, news) for w in items]
    event = next(w for w in items if w.path.startswith("/events/"))
    home = ('<section class="hero"><h1>Discover Kestrel</h1><p>A public university on the river since 1911.</p></section>'
            f'<section class="home-news"><h2>Latest news</h2>{_t4_cards(news[:3])}<p><a href="/news/">More news</a></p>'
            f'<p class="popular-searches">Popular searches: <a href="/search/?q=mentoring">mentoring</a></p>'
            f'</section><section class="home-events"><h2>Upcoming events</h2><ul><li><a href="{event.path}">'
            f'{esc(event.title)}</a></li></ul></section>')
    head = '<meta property="og:type" content="website">'
    docs.append(_doc(T4, "/", _t4(u, "Home", home, [], head)))
    docs.append(_doc(T4, "/news/", _t4(u, "News", '<h1>News</h1>' + _t4_cards(news) +
                                       '<nav aria-label="pagination"><ul class="pagination"><li class="page-item active">'
                                       '<span class="page-link">1</span></li></ul></nav>', [("News", "")], head)))
    lib = [w for w in news if "librar" in (w.title + w.paras[0]).lower()]
    docs.append(_doc(T4, "/news/topics/libraries.html", _t4(u, "Libraries news", '<h1>News: Libraries</h1>' +
                                                            _t4_cards(lib), [("News", "/news/"), ("Libraries", "")],
                                                            head)))
    docs.append(_doc(T4, "/about/", _t4(u, "About Kestrel", '<h1>About Kestrel</h1><p>Kestrel University enrolls '
                                        '18,000 students on four campuses. Our mission is teaching, research, and '
                                        'service to the region.</p><h2>Facts and figures</h2><ul><li>Founded 1911</li>'
                                        '<li>120 degree programs</li></ul>', [("About", "")], head)))
    docs.append(_doc(T4, "/contact/", _t4(u, "Contact us", '<h1>Contact us</h1><p>Switchboard: 555-0100</p><p>Media '
                                          'enquiries: Office of University Communications, news@kestrel.example</p>'
                                          '<address>1 University Drive, Kestrel Falls</address>', [("Contact", "")],
                                          head)))
    hits = [w for w in items if "mentor" in " ".join(w.paras).lower()]
    search = ('<h1>Search results</h1><form action="/search/" method="get"><input type="search" name="q" value="mentoring">'
              f'</form><p class="search-summary">{len(hits)} results for <strong>mentoring</strong></p><ol class="'
              'search-results">' + "".join(
                  f'<li class="search-result"><h3><a href="{w.path}">{esc(w.title)}</a></h3><p class="search-result__url">'
                  f'{esc(u(w.path))}</p><p>{_excerpt(w, 160)}</p></li>' for w in hits) + '</ol>')
    docs.append(_doc(T4, "/search/?q=mentoring", _t4(u, "Search", search, [("Search", "")],
                                                      head + '<meta name="robots" content="noindex, follow">')))
    return docs


# --- strands.example: a Threads-like network ---------------------------------------------------------

_ST_USERS = {"shelvingqueen": ("Mo Adeyemi", "prison librarian. books behind bars. she/her"),
             "archivist_jo": ("Jo Lindqvist", "processing archivist. EAD enjoyer. opinions mine"),
             "readsalot": ("Sam Ortiz", "public library reference. reads a lot, obviously")}


def _strands(u, title: str, main: str, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en" class="_9dls" dir="ltr"><head><meta charset="utf-8"><meta name="referrer" content="origin-when-crossorigin" id="meta_referrer">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=2, viewport-fit=cover">
<title>{esc(title)}</title>
{head}
<meta property="og:site_name" content="Strands">
<link rel="stylesheet" href="/static/rsrc/v3/yC/l/0,cross/8Y1d6kB.css">
</head>
<body class="x1n2onr6 x9f619 xh8yej3">
<div id="barcelona-page-layout"><div class="x78zum5 xdt5ytf">
<header class="x1ey2m1c x78zum5"><a href="/" aria-label="Home" class="x1i10hfl">Strands</a>
<nav class="x6s0dn4"><a href="/search?q=librarian%20mentor" class="x1i10hfl">Search</a><a href="/login" rel="nofollow" class="x1i10hfl">Log in</a></nav></header>
<div role="main" class="x1qjc9v5">{main}</div>
<footer class="x1s85apg"><span>&copy; 2025</span> <a href="/legal/terms" rel="nofollow">Terms</a> <a href="/legal/privacy" rel="nofollow">Privacy Policy</a></footer>
</div></div>
<div class="x1dr59a3" role="dialog" aria-label="Log in"><p>Log in or sign up for Strands. See what people are talking about and join the conversation.</p><a href="/login" rel="nofollow">Log in</a></div>
<script src="/static/rsrc/v3/y4/r/kB9nLmQ.js" async crossorigin="anonymous"></script>
</body></html>"""


def _st_post_block(w: Work, full: bool = True) -> str:
    user = w.path.split("/")[1][1:]
    text = "".join(f'<span class="x1lliihq x1plvlek" dir="auto">{esc(p)}</span><br>' for p in (w.paras if full else
                                                                                                  w.paras[:1]))
    return (f'<div data-pressable-container="true" class="x1ypdohk x1lliihq"><div class="x78zum5 xdt5ytf"><div '
            f'class="x1a6qonq"><a href="/@{user}" role="link" class="x1i10hfl"><span class="x1lliihq">{user}</span></a>'
            f' <a href="{w.path}" role="link"><time datetime="{w.date}T15:22:00.000Z" title="'
            f'{_d(w.date).strftime("%m/%d/%Y")}">{_d(w.date).strftime("%m/%d/%y")}</time></a></div><div class="x1a6qonq'
            f' x6ikm8r x10wlt62 xj0a0fe x126k92a x6prxxf x7r5mf7">{text}</div></div></div>')


def strands(u) -> list[Doc]:
    posts = _works(STRANDS)
    docs = []
    for w in posts:
        user = w.path.split("/")[1][1:]
        name = _ST_USERS[user][0]
        desc = " ".join(w.paras)
        head = (f'<meta property="og:title" content="{esc(name)} (@{user}) on Strands">'
                f'<meta property="og:description" content="{esc(desc[:300])}"><meta name="description" content="'
                f'{esc(desc[:300])}"><meta property="og:type" content="article"><meta property="og:url" content="'
                f'{u(w.path)}"><meta name="twitter:card" content="summary"><meta name="twitter:title" content="'
                f'{esc(name)} (@{user}) on Strands"><link rel="canonical" href="{u(w.path)}">' +
                _ld({"@context": "https://schema.org", "@type": "SocialMediaPosting", "articleBody": desc,
                     "datePublished": w.date + "T15:22:00+00:00", "url": u(w.path),
                     "author": {"@type": "Person", "name": name, "alternateName": "@" + user,
                                "url": u("/@" + user)}}))
        main = (f'<div class="x1c1b4dv">{_st_post_block(w)}<div class="x1xdureb"><a href="/@{user}">View more posts '
                f'from @{user}</a></div></div>')
        docs.append(_doc(STRANDS, w.path, _strands(u, f"{name} (@{user}) on Strands", main, head)))
    for user, (name, bio) in _ST_USERS.items():
        mine = [w for w in posts if w.path.startswith(f"/@{user}/")]
        head = (f'<meta property="og:title" content="{esc(name)} (@{user}) on Strands"><meta property="og:type" '
                f'content="profile"><meta property="og:description" content="{esc(bio)}"><meta name="description" '
                f'content="{esc(bio)}"><link rel="canonical" href="{u("/@" + user)}">')
        main = (f'<div class="x1yztbdb"><h1 class="x1lliihq">{esc(name)}</h1><span class="x1lliihq">{user}</span>'
                f'<div class="x1a6qonq" dir="auto">{esc(bio)}</div><div role="tablist"><span role="tab" aria-selected='
                f'"true">Strands</span></div></div>' + "".join(_st_post_block(w, False) for w in mine))
        docs.append(_doc(STRANDS, f"/@{user}", _strands(u, f"{name} (@{user}) on Strands", main, head)))
    home = ('<div class="x1yztbdb"><h1>Say more with Strands</h1><p>Join the conversations people are having about '
            'the things they care about.</p><h2>Profiles to follow</h2><ul>' + "".join(
                f'<li><a href="/@{user}">{esc(name)} @{user}</a></li>' for user, (name, _) in _ST_USERS.items()) +
            '</ul></div>')
    docs.append(_doc(STRANDS, "/", _strands(u, "Strands", home, '<meta property="og:type" content="website">'
                                                               '<meta name="description" content="Join Strands.">')))
    hits = [w for w in posts if "mentor" in " ".join(w.paras).lower()]
    search = ('<div class="x1yztbdb"><form action="/search" method="get"><input name="q" value="librarian mentor">'
              '</form><div role="tablist"><span role="tab" aria-selected="true">Top</span><span role="tab">Recent</span>'
              '</div></div>' + "".join(_st_post_block(w, False) for w in hits))
    docs.append(_doc(STRANDS, "/search?q=librarian%20mentor", _strands(u, "Search • Strands", search,
                                                                      '<meta name="robots" content="noindex">')))
    return docs


def build(url: Callable[[str, str], str]) -> list[Doc]:
    docs: list[Doc] = []
    for host, make in ((DIVI, hallpass), (DAWN, newshelf), (CONGO, boxandfolder), (MM, lisgrad), (NODEBB, backroom),
                       (ERUDIT, revuedoc), (TYPEPAD, catalogcard), (DECKS, decks), (T4, kestrel),
                       (STRANDS, strands)):
        docs += make(lambda path, h=host: url(h, path))
    _link_across(docs, url)
    return docs


# Links from one host to another, put in the body where a writer would put them.
_ACROSS = [
    (DAWN, "/what-i-read-in-march/", "1. A study in a Canadian journal", ERUDIT, ER_ISSUE + "1119021ar/",
     "A study in a Canadian journal"),
    (DAWN, "/what-i-read-in-march/", "2. A slide deck", DECKS, "/ktran/mentoring-circles-in-the-open", "A slide deck"),
    (MM, "/portfolio/annotated-bibliography-social-media-mentoring/", "listservs for archivists", ERUDIT,
     ER_ISSUE + "1119022ar/", "listservs for archivists"),
    (MM, "/portfolio/annotated-bibliography-social-media-mentoring/", "as informal professional development", DECKS,
     "/mbello/hashtags-as-professional-development", "as informal professional development"),
    (CONGO, "/posts/mentoring-pairs-on-the-glam-fediverse/", "a simple form and a hashtag", STRANDS,
     "/@archivist_jo/post/DCm2pL4xQe8", "a hashtag"),
    (DIVI, "/2025/11/now-im-the-one-sending-the-message/", "Watching them lurk", STRANDS,
     "/@shelvingqueen/post/DAx1kQ7sLm2", "lurk"),
    (T4, "/news/2025/libraries-virtual-mentoring-program.html", "join association mentoring groups", DECKS,
     "/ktran/mentoring-circles-in-the-open", "association mentoring groups"),
]


def _link_across(docs: list[Doc], url) -> None:
    """Turn one phrase of a page's body into a link to another host's page (the phrase must be there once)."""
    for host, path, context, to_host, to_path, phrase in _ACROSS:
        i = next(n for n, d in enumerate(docs) if (d.host, d.path) == (host, path))
        d = docs[i]
        body = d.body.decode("utf-8")
        ctx = esc(context)
        assert body.count(ctx) >= 1, (host, path, context)
        start = body.index(ctx)
        at = body.index(esc(phrase), start)
        link = f'<a href="{url(to_host, to_path)}">{esc(phrase)}</a>'
        body = body[:at] + link + body[at + len(esc(phrase)):]
        docs[i] = Doc(d.host, d.path, d.kind, d.grade, body.encode("utf-8"), d.content_type, d.status)


class LabelledWeb10(ServedWeb):
    """Web 10 (see the module docstring)."""

    HOSTS = HOSTS
    START = START
    FIRST_ADDRESS = 240
    build = staticmethod(build)
