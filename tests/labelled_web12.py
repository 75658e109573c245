"""Web 12, held out: the works and pages :mod:`tests.labelled_text12` labelled
(before this module was written), served on ten hosts from ten platforms no
earlier web uses, each page in its platform's markup, reduced by hand:

* a retired archivist's Jimdo Creator site (blog under ``/YYYY/MM/DD/slug/``);
* a library-school student's Weebly blog (``/blog/slug``, ``/blog/previous/2``);
* a researcher's Astro blog (the blog starter's markup, a working paper's PDF);
* an Invision Community 4 forum (``/forums/topic/N-slug/``, JSON-LD, profiles);
* a Friendica node (frio theme, ``/display/GUID``, h-entry);
* a PeerTube instance (``/w/SHORTUUID``, VideoObject JSON-LD, channels);
* a Cambridge Core-like publisher (``citation_*`` tags, an article's PDF);
* a public library's BiblioCommons (BiblioWeb) site (``/blogs/post/slug/``);
* a university school's Sitecore SXA site (``/en/news-and-events/news/...``);
* a SlideShare-like presentations site (``/slideshow/slug/ID``, transcripts).

Errors: real 404s (Astro, Invision, BiblioCommons) and soft 404s answered
200 (PeerTube's app shell for a missing video, Sitecore's not-found item).
"""

from __future__ import annotations

import json
import zlib
from typing import Callable

from tests.labelled_text12 import (ASTRO, BIBLIO, CORE, CORE_J, FRIENDICA, HOSTS, INVISION, JIMDO, OTHER, PEERTUBE,
                                   SITECORE, SLIDES, WEEBLY, WORKS, Work)
from tests.labelled_web import Doc, ServedWeb, esc, pdf

U = Callable[[str], str]
KIND = {(h, p): k for h, p, k in OTHER}
BY_PLACE = {(w.host, w.path): w for w in WORKS.values()}


def _label(host: str, path: str) -> tuple[str, int]:
    if (host, path) in BY_PLACE:
        w = BY_PLACE[(host, path)]
        return w.kind, w.grade
    return KIND[(host, path)], 0


def doc(host: str, path: str, body: str | bytes, status: int = 200,
        content_type: str = "text/html; charset=utf-8") -> Doc:
    """The page at ``host`` ``path`` with the kind and grade its text module labelled it with."""
    kind, grade = _label(host, path)
    return Doc(host, path, kind, grade, body.encode() if isinstance(body, str) else body, content_type, status)


def works(host: str) -> list[Work]:
    """A host's works, newest first."""
    return sorted((w for w in WORKS.values() if w.host == host), key=lambda w: w.date, reverse=True)


def ps(paras, attrs: str = "") -> str:
    return "".join(f"<p{attrs}>{esc(x)}</p>" for x in paras)


def teaser(w: Work, n: int = 160) -> str:
    text = " ".join(w.paras)
    return esc(text[:n].rsplit(" ", 1)[0]) + "&hellip;"


def ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def month_day_year(date: str) -> str:
    y, m, d = date.split("-")
    return f"{int(m)}/{int(d)}/{y}"


MONTHS = "January February March April May June July August September October November December".split()


def long_date(date: str) -> str:
    y, m, d = date.split("-")
    return f"{MONTHS[int(m) - 1]} {int(d)}, {y}"


# --- Jimdo Creator: a retired archivist's site ------------------------------------------------------------

JIMDO_SITE = "The Hollins Papers"


def _jimdo(u: U, title: str, main: str, og_type: str = "website", desc: str = "", extra: str = "") -> str:
    nav = "".join(f'<li class="jmd-nav__list-item-0"><a href="{u(p)}" data-link-title="{t}">{t}</a></li>'
                  for p, t in (("/", "Home"), ("/blog/", "Blog"), ("/about-me/", "About me"),
                               ("/contact/", "Contact")))
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)} - {JIMDO_SITE}</title>"
            f'<meta name="description" content="{esc(desc)}"><meta name="robots" content="index, follow, archive">'
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:description" content="{esc(desc)}">'
            f'<meta property="og:type" content="{og_type}"><meta property="og:locale" content="en_GB">'
            f'<meta property="og:site_name" content="{JIMDO_SITE}">{extra}'
            f'<link rel="stylesheet" href="https://assets.jimstatic.example/web.css.0a1b2c.css"></head>'
            f'<body class="body cc-page cc-pagemode-default cc-content-parent" id="page-2174936511">'
            f'<div class="jtpl-main cc-content-parent"><header class="jtpl-header"><div class="jtpl-logo">'
            f'<a href="{u("/")}">{JIMDO_SITE}</a></div><nav class="jtpl-navigation"><div data-container="navigation">'
            f'<div class="j-nav-variant-nested"><ul class="cc-nav-level-0 j-nav-level-0">{nav}</ul></div></div>'
            f'</nav></header><div class="jtpl-content content-options"><div id="content_area" '
            f'data-container="content">{main}</div></div>'
            f'<footer class="jtpl-footer"><div id="contentfooter" data-container="footer"><div class="leftrow">'
            f'<a href="{u("/about-me/")}">About</a> | <a href="https://cms.e.jimdo.example/">Log in</a></div>'
            f'<div class="rightrow"><span class="loggedout"><a rel="nofollow" id="login" href="/login">Log in'
            f'</a></span></div></div></footer></div></body></html>')


def _jimdo_teasers(u: U, ws: list[Work]) -> str:
    return "".join(
        f'<div class="j-blogarticle"><div class="j-blog-meta"><a href="{u(w.path)}" class="j-blog-header">'
        f'<h2 class="j-blog-headline">{esc(w.title)}</h2></a><div class="post-meta-date"><span class="date-published">'
        f'{w.date[8:]}/{w.date[5:7]}/{w.date[:4]}</span></div></div><div class="post j-blog-content">'
        f'<div class="j-module n j-text"><p>{teaser(w)}</p></div></div><a class="blogreadmore" href="{u(w.path)}">'
        f"Read more</a></div>" for w in ws)


def jimdo(u: U, elsewhere: dict[str, str]) -> list[Doc]:
    ws = works(JIMDO)
    cat = "/blog/categories/archives/"
    archival = [w for w in ws if w.path.split("/")[-2] in (
        "forty-years-three-mailing-lists-and-a-mentor-i-never-met", "a-week-in-kirkwall",
        "what-i-tell-the-young-ones-who-write-to-me")]
    docs = []
    for w in ws:
        in_cat = w in archival
        more = ""
        if w.path.endswith("mentor-i-never-met/"):
            more = (f'<p>A student I wrote to last year has started <a href="{elsewhere["weebly"]}">a blog of her '
                    f"own</a>, which I recommend.</p>")
        main = (f'<div class="j-blog"><div class="j-blog-meta"><h1 class="j-blog-header j-blog-headline">'
                f'{esc(w.title)}</h1><div class="post-meta-date"><time datetime="{w.date}" class="datetime">'
                f'{w.date[8:]}/{w.date[5:7]}/{w.date[:4]}</time></div></div>'
                f'<div class="post j-blog-content"><div class="j-module n j-text">{ps(w.paras)}{more}</div></div>'
                + (f'<div class="j-blog-post--categories">Categories: <a href="{u(cat)}">Archives</a></div>'
                   if in_cat else "")
                + f'<div class="j-blog-post--nav"><a href="{u("/blog/")}">Back to overview</a></div>'
                f'<div class="commententry"><h3>Write a comment</h3><form class="j-comments-form">'
                f'<textarea name="text"></textarea></form></div></div>')
        docs.append(doc(JIMDO, w.path, _jimdo(u, w.title, main, "article", " ".join(w.paras)[:150],
                                             f'<meta property="article:published_time" content="{w.date}">')))
    pager = f'<div class="j-blog-pagination"><a class="j-blog-next" href="{u("/blog/?page=2")}">Older posts</a></div>'
    docs += [
        doc(JIMDO, "/", _jimdo(u, "Home", '<div class="j-module n j-text"><h1>Welcome</h1><p>Notes from a retired '
                                          "county archivist: gardens, travels, recipes and the odd letter of advice."
                                          f'</p></div><div class="j-module n j-blog">{_jimdo_teasers(u, ws[:3])}'
                                          f'</div><p><a href="{u(cat)}">Posts about archives</a></p>')),
        doc(JIMDO, "/blog/", _jimdo(u, "Blog", f'<h1>Blog</h1>{_jimdo_teasers(u, ws[:3])}{pager}')),
        doc(JIMDO, "/blog/?page=2", _jimdo(u, "Blog", f'<h1>Blog</h1>{_jimdo_teasers(u, ws[3:])}'
                                                      f'<div class="j-blog-pagination"><a href="{u("/blog/")}">'
                                                      "Newer posts</a></div>")),
        doc(JIMDO, cat, _jimdo(u, "Archives", f'<h1>Archives</h1>{_jimdo_teasers(u, archival)}')),
        doc(JIMDO, "/about-me/", _jimdo(u, "About me", '<div class="j-module n j-text"><h1>About me</h1><p>I worked '
                                                       "in county record offices for forty years and retired in "
                                                       "2018. I live with my husband, two hens and a great many "
                                                       "books.</p></div>")),
        doc(JIMDO, "/contact/", _jimdo(u, "Contact", '<div class="j-module n j-formnew"><h1>Contact</h1><p>Write to '
                                                     "me with the form below; I answer everything, eventually.</p>"
                                                     '<form><input name="name"><textarea name="message"></textarea>'
                                                     "</form></div>")),
    ]
    return docs


# --- Weebly: a library-school student's blog ----------------------------------------------------------------

WEEBLY_SITE = "Stacks and Snacks"


def _weebly(u: U, title: str, main: str, og_type: str = "website", desc: str = "") -> str:
    side = (f'<div class="blog-sidebar"><div class="column-title">Archives</div><p><a '
            f'href="{u("/blog/archives/03-2024")}">'
            f'March 2024</a></p><div class="column-title">Categories</div><p><a href="{u("/blog")}">All</a><br>'
            f'<a href="{u("/blog/category/mentoring")}">Mentoring</a></p></div>')
    return (f'<!DOCTYPE html><html lang="en"><head><title>{esc(title)} - {WEEBLY_SITE}</title>'
            f'<meta property="og:site_name" content="{WEEBLY_SITE}"><meta property="og:title" content="{esc(title)}">'
            f'<meta property="og:description" content="{esc(desc)}"><meta property="og:type" content="{og_type}">'
            f'<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">'
            f'<link rel="stylesheet" href="//cdn2.editmysite.example/css/sites.css?buildTime=1712000000"></head>'
            f'<body class="no-header-page wsite-blog-index wsite-theme-light"><div class="wrapper"><div class="header">'
            f'<div class="nav-wrap"><span class="wsite-logo"><a href="{u("/")}"><span id="wsite-title">{WEEBLY_SITE}'
            f'</span></a></span><div class="nav desktop-nav"><ul class="wsite-menu-default">'
            f'<li id="active" class="wsite-menu-item-wrap"><a href="{u("/blog")}" class="wsite-menu-item">Blog</a></li>'
            f'<li class="wsite-menu-item-wrap"><a href="{u("/about.html")}" class="wsite-menu-item">About</a></li>'
            f'<li class="wsite-menu-item-wrap"><a href="{u("/contact.html")}" class="wsite-menu-item">Contact</a></li>'
            f'</ul></div></div></div><div class="main-wrap"><div id="wsite-content" class="wsite-elements '
            f'wsite-not-footer"><div id="blogTable" class="blog-table">{main}{side}</div></div></div>'
            f'<div class="footer-wrap"><div class="footer">Powered by <a href="https://www.weebly.example/" '
            f'target="_blank" rel="nofollow">Weebly</a></div></div></div></body></html>')


def _weebly_posts(u: U, ws: list[Work], full: bool) -> str:
    out = []
    for w in ws:
        cats = f'<a href="{u("/blog/category/mentoring")}">Mentoring</a>' if w.grade >= 2 else "All"
        body = ps(w.paras, ' class="paragraph"') if full else f'<div class="paragraph">{teaser(w, 240)}</div>'
        out.append(f'<div id="blog-post-{zlib.crc32(w.path.encode())}" class="blog-post">'
                   f'<div class="blog-header">'
                   f'<h2 class="blog-title"><a class="blog-title-link blog-link" href="{u(w.path)}">{esc(w.title)}</a>'
                   f'</h2><p class="blog-date"><span class="date-text">{month_day_year(w.date)}</span></p>'
                   f'</div><div class="blog-content">{body}</div>'
                   f'<div class="blog-footer"><p class="blog-category-list">Categories: {cats}</p>'
                   f'<p class="blog-comments-bottom"><a class="blog-link" href="{u(w.path)}#comments">0 Comments</a>'
                   f"</p></div></div>")
    return '<div class="blog-body">' + "".join(out) + "</div>"


def weebly(u: U, elsewhere: dict[str, str]) -> list[Doc]:
    ws = works(WEEBLY)
    docs = []
    for w in ws:
        main = _weebly_posts(u, [w], True)
        if w.path.endswith("building-a-pln-from-scratch"):
            main = main.replace("</p></div><div class=\"blog-footer\">",
                                f'</p><p class="paragraph">Also worth watching: <a href="{elsewhere["peertube"]}">'
                                f"this panel recording</a>.</p></div><div class=\"blog-footer\">", 1)
        main += ('<div class="blog-comments"><a name="comments"></a><div id="commentArea"><h2 class="blog-comment-'
                 'area-title">Leave a Reply.</h2><form><textarea name="comment"></textarea></form></div></div>')
        docs.append(doc(WEEBLY, w.path, _weebly(u, w.title, main, "article", " ".join(w.paras)[:150])))
    older = (f'<div class="blog-page-nav-previous"><a href="{u("/blog/previous/2")}" class="blog-link">'
             "&lt;&lt;Previous</a></div>")
    march = [w for w in ws if w.date.startswith("2024-03")]
    ment = [w for w in ws if w.grade >= 2]
    docs += [
        doc(WEEBLY, "/", _weebly(u, "Home", '<div class="wsite-section"><h2 class="wsite-content-title">Hi, I am Priya'
                                            "</h2><p>An MLIS student writing about library school, my practicum and "
                                            f"snacks.</p></div>{_weebly_posts(u, ws[:3], False)}")),
        doc(WEEBLY, "/blog", _weebly(u, "Blog", _weebly_posts(u, ws[:3], False) + older)),
        doc(WEEBLY, "/blog/previous/2", _weebly(u, "Blog", _weebly_posts(u, ws[3:], False)
                                                + f'<div class="blog-page-nav-next"><a href="{u("/blog")}" '
                                                  'class="blog-link">Next&gt;&gt;</a></div>')),
        doc(WEEBLY, "/blog/category/mentoring", _weebly(u, "Blog", _weebly_posts(u, ment, False))),
        doc(WEEBLY, "/blog/archives/03-2024", _weebly(u, "Blog", _weebly_posts(u, march, False))),
        doc(WEEBLY, "/about.html", _weebly(u, "About", '<div class="paragraph"><h2>About</h2>I am in the second year '
                                                       "of a library and information science master's, working part "
                                                       "time in a public library. Opinions my own.</div>")),
        doc(WEEBLY, "/contact.html", _weebly(u, "Contact", '<div class="wsite-form-container"><h2>Contact</h2>'
                                                           '<form><input name="email"><textarea name="msg"></textarea>'
                                                           "</form></div>")),
    ]
    return docs


# --- Astro: a researcher's site (the blog starter's layout) --------------------------------------------------

ASTRO_SITE = "Helena Vos"


def _astro(u: U, title: str, main: str, desc: str = "", og_type: str = "website", path: str = "/") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" type="image/svg+xml" '
            f'href="/favicon.svg"><meta name="generator" content="Astro v4.15.4"><link rel="canonical" '
            f'href="{u(path)}"><title>{esc(title)}</title><meta name="title" content="{esc(title)}">'
            f'<meta name="description" content="{esc(desc)}"><meta property="og:type" content="{og_type}">'
            f'<meta property="og:url" content="{u(path)}"><meta property="og:title" content="{esc(title)}">'
            f'<meta property="og:description" content="{esc(desc)}"><meta property="twitter:card" '
            f'content="summary_large_image"></head><body><header data-astro-cid-3ef6ksr2><nav data-astro-cid-3ef6ksr2>'
            f'<h2 data-astro-cid-3ef6ksr2><a href="{u("/")}" data-astro-cid-3ef6ksr2>{ASTRO_SITE}</a></h2>'
            f'<div class="internal-links" data-astro-cid-3ef6ksr2><a href="{u("/")}" data-astro-cid-eimmu3lg>Home</a>'
            f'<a href="{u("/blog/")}" data-astro-cid-eimmu3lg>Blog</a><a href="{u("/publications/")}" '
            f'data-astro-cid-eimmu3lg>Publications</a><a href="{u("/about/")}" data-astro-cid-eimmu3lg>About</a>'
            f'</div><div class="social-links" data-astro-cid-3ef6ksr2><a href="https://scholar.social.example/@hvos" '
            f'target="_blank" rel="me">Mastodon</a></div></nav></header><main>{main}</main>'
            f'<footer data-astro-cid-sz7xmlte>&copy; 2024 Helena Vos. All rights reserved.</footer></body></html>')


def _astro_list(u: U, ws: list[Work]) -> str:
    return "<section><ul>" + "".join(
        f'<li><a href="{u(w.path)}"><h4 class="title">{esc(w.title)}</h4><p class="date"><time '
        f'datetime="{w.date}T00:00:00.000Z">{long_date(w.date)}</time></p></a></li>' for w in ws) + "</ul></section>"


ASTRO_TAGS = {"/tags/mentoring/": ("mentoring", ("mentoring-at-a-distance", "on-leaving-the-bird-site")),
              "/tags/teaching/": ("teaching", ("mentoring-at-a-distance", "teaching-metadata-for-dh",
                                               "co-authorship-networks-in-lis"))}


def astro(u: U, elsewhere: dict[str, str]) -> list[Doc]:
    ws = works(ASTRO)
    posts = [w for w in ws if w.kind == "article"]
    paper = WORKS["workingpaper"]
    docs = []
    for w in posts:
        slug = w.path.strip("/").split("/")[-1]
        tags = "".join(f'<a href="{u(t)}" class="tag">#{name}</a> ' for t, (name, slugs) in ASTRO_TAGS.items()
                       if slug in slugs)
        extra = ""
        if slug == "mentoring-at-a-distance":
            extra = (f'<p>The working paper: <a href="{u(paper.path)}">{esc(paper.title)}</a> (PDF). A survey of '
                     f'academic librarians on the same questions: <a href="{elsewhere["core"]}">Okafor and Lind '
                     f"(2024)</a>.</p>")
        main = (f'<article data-astro-cid-bvzihdzo><div class="hero-image" data-astro-cid-bvzihdzo></div>'
                f'<div class="prose" data-astro-cid-bvzihdzo><div class="title" data-astro-cid-bvzihdzo>'
                f'<div class="date" data-astro-cid-bvzihdzo><time datetime="{w.date}T00:00:00.000Z">'
                f'{long_date(w.date)}</time></div><h1 data-astro-cid-bvzihdzo>{esc(w.title)}</h1><hr '
                f"data-astro-cid-bvzihdzo></div>{ps(w.paras)}{extra}<p class=\"tags\">{tags}</p></div></article>")
        docs.append(doc(ASTRO, w.path, _astro(u, w.title, main, w.paras[0][:150], "article", w.path)))
    docs.append(doc(ASTRO, paper.path, pdf(_pdf_lines(paper)), content_type="application/pdf"))
    pubs = (f'<section><h1>Publications</h1><ul><li>Vos, H. (2024). <a href="{u(paper.path)}">{esc(paper.title)}</a>. '
            f"Working paper.</li><li>Vos, H. (2021). Archivists' information practices in small repositories. "
            f"<em>Archival Science</em>.</li></ul></section>")
    docs += [
        doc(ASTRO, "/", _astro(u, ASTRO_SITE, f"<h1>Hello, I am Helena</h1><p>I teach and research information "
                                              "practices at a university in the Netherlands.</p><h2>Recent writing"
                                              f"</h2>{_astro_list(u, posts[:3])}<p><a href=\"{u('/blog/')}\">All posts"
                                              f'</a> &middot; <a href="{u("/tags/mentoring/")}">#mentoring</a></p>',
                               "Helena Vos, information researcher")),
        doc(ASTRO, "/blog/", _astro(u, "Blog - " + ASTRO_SITE, _astro_list(u, posts), "All posts", path="/blog/")),
        doc(ASTRO, "/publications/", _astro(u, "Publications - " + ASTRO_SITE, pubs, "Publications",
                                            path="/publications/")),
        doc(ASTRO, "/about/", _astro(u, "About - " + ASTRO_SITE,
                                     "<article><h1>About</h1><p>I am an associate professor of information "
                                     "studies. Before that I was an archivist for eight years. My older blog posts "
                                     f'moved here from another site; <a href="{u("/blog/a-post-that-moved/")}">some '
                                     "links</a> may not have survived.</p></article>", "About me", path="/about/")),
    ]
    for t, (name, slugs) in ASTRO_TAGS.items():
        tagged = [w for w in posts if w.path.strip("/").split("/")[-1] in slugs]
        docs.append(doc(ASTRO, t, _astro(u, f"Posts tagged #{name} - {ASTRO_SITE}",
                                         f"<h1>#{name}</h1>{_astro_list(u, tagged)}", f"Posts tagged {name}", path=t)))
    docs.append(doc(ASTRO, "/blog/a-post-that-moved/", _astro(u, "404: Not found", "<h1>404: Not found</h1><p>This "
                                                                                   "page does not exist.</p>"),
                    status=404))
    return docs


def _pdf_lines(w: Work) -> list[str]:
    """A work's paragraphs as the lines of a one-page PDF (about 90 characters a line)."""
    lines = []
    for para in w.paras:
        line = ""
        for word in para.split():
            if len(line) + len(word) + 1 > 90:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines += [line, ""]
    return lines


# --- Invision Community 4: an archivists' forum -------------------------------------------------------------

IPS_SITE = "RecordKeepers Community"
IPS_PROFILES = {"quietstrongroom": "/profile/88-quietstrongroom/", "old_hand_ken": "/profile/17-old_hand_ken/"}
IPS_FORUMS = {"/forums/forum/12-careers-and-mentoring/": "Careers and Mentoring",
              "/forums/forum/14-preservation-and-collections-care/": "Preservation and Collections Care"}


def _ips_forum(w: Work) -> str:
    return ("/forums/forum/14-preservation-and-collections-care/" if "humidity" in w.path
            else "/forums/forum/12-careers-and-mentoring/")


def _ips_user(u: U, name: str) -> str:
    if name in IPS_PROFILES:
        return f'<a href="{u(IPS_PROFILES[name])}" data-ipshover class="ipsType_break">{esc(name)}</a>'
    return f'<span class="ipsType_break">{esc(name)}</span>'


def _ips(u: U, title: str, main: str, head: str = "", body_class: str = "ipsApp ipsApp_front") -> str:
    return (f'<!DOCTYPE html><html lang="en-GB" dir="ltr"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta property="og:site_name" content="{IPS_SITE}"><meta property="og:locale" content="en_GB">{head}'
            f'<link rel="stylesheet" href="{u("/uploads/css_built_1/framework.css")}" media="all"></head>'
            f'<body class="{body_class}" data-controller="core.front.core.app"><div id="ipsLayout_header" '
            f'class="ipsClearfix"><header><div class="ipsLayout_container"><a href="{u("/")}" id="elLogo" '
            f'accesskey="1">{IPS_SITE}</a></div></header><nav data-controller="core.front.core.navBar" '
            f'class="ipsNavBar_'
            f'noSubBars"><ul data-role="primaryNavBar"><li id="elNavSecondary_1"><a href="{u("/")}">Browse</a></li>'
            f'<li><a href="{u("/tags/mentoring/")}">Mentoring</a></li></ul></nav><div id="elSearchWrapper"><form '
            f'accept-charset="utf-8" action="{u("/search/?do=quicksearch")}" method="post"><input type="search" '
            f'name="q"></form></div></div><main id="ipsLayout_body" class="ipsLayout_container"><div '
            f'id="ipsLayout_contentArea"><div id="ipsLayout_contentWrapper"><div id="ipsLayout_mainArea">{main}</div>'
            f'</div></div></main><footer id="ipsLayout_footer" class="ipsClearfix"><div class="ipsLayout_container">'
            f'<p id="elCopyright"><span id="elCopyright_userLine">Copyright RecordKeepers</span> <a rel="nofollow" '
            f'title="Invision Community" href="https://www.invisioncommunity.example/">Powered by Invision Community'
            f"</a></p></div></footer></body></html>")


def _ips_posts(u: U, w: Work) -> tuple[str, list[dict]]:
    out, ld_posts = [], []
    for n, para in enumerate(w.paras):
        who, text = para.split(": ", 1)
        cid = 9100 + n + 10 * (zlib.crc32(w.path.encode()) % 500)
        out.append(f'<article id="elComment_{cid}" class="cPost ipsBox ipsResponsive_pull ipsComment '
                   f'ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone">'
                   f'<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone">'
                   f'<h3 class="ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break"><strong>'
                   f'{_ips_user(u, who)}</strong></h3></aside><div class="ipsColumn ipsColumn_fluid ipsMargin:none">'
                   f'<div id="comment-{cid}_wrap" class="ipsComment_content ipsType_medium">'
                   f'<div class="ipsComment_meta '
                   f'ipsType_light ipsFlex"><p class="ipsType_reset ipsType_blendLinks">Posted <time '
                   f'datetime="{w.date}T{9 + n:02d}:12:00Z" title="{w.date}" data-short="1 yr">{long_date(w.date)}'
                   f'</time></p></div><div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_'
                   f'normal ipsType_richText ipsPadding_bottom ipsContained" data-controller="core.front.core.'
                   f'lightboxedImages"><p>{esc(text)}</p></div></div></div></div></article>')
        if n:
            ld_posts.append({"@type": "Comment", "author": {"@type": "Person", "name": who},
                             "dateCreated": f"{w.date}T{9 + n:02d}:12:00+0000", "text": text})
    return "".join(out), ld_posts


def invision(u: U, elsewhere: dict[str, str]) -> list[Doc]:
    ws = works(INVISION)
    docs = []
    for w in ws:
        forum = _ips_forum(w)
        posts, comments = _ips_posts(u, w)
        if "real-mentor-online" in w.path:
            posts = posts.replace("nothing stuck.", f'nothing stuck (see <a href="'
                                                    f'{u("/forums/topic/2199-old-mentoring-thread/")}">the old '
                                                    "thread</a>).", 1)
        if "starting-a-discord" in w.path:
            posts = posts.replace("invite link in my profile.", f'invite link in my profile. There is a <a href="'
                                                                 f'{elsewhere["friendica"]}">reminder on the '
                                                                 "fediverse</a> too.", 1)
        first = w.paras[0].split(": ", 1)
        data = {"@context": "http://schema.org", "@type": "DiscussionForumPosting", "@id": u(w.path), "isPartOf":
                {"@id": u("/") + "#website"}, "url": u(w.path), "discussionUrl": u(w.path), "mainEntityOfPage":
                {"@type": "WebPage", "@id": u(w.path)}, "pageStart": 1, "pageEnd": 1, "name": w.title,
                "headline": w.title, "text": first[1], "dateCreated": w.date + "T09:12:00+0000",
                "datePublished": w.date + "T09:12:00+0000", "author": {"@type": "Person", "name": first[0]},
                "interactionStatistic": [{"@type": "InteractionCounter", "interactionType":
                                          "http://schema.org/CommentAction", "userInteractionCount": len(comments)}],
                "comment": comments}
        tags = (f'<ul class="ipsTags ipsList_inline"><li><a href="{u("/tags/mentoring/")}" class="ipsTag" '
                f'rel="tag"><span>mentoring</span></a></li></ul>' if w.grade >= 2 else "")
        main = (f'<nav class="ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover"><ul data-role="breadcrumbList">'
                f'<li itemprop="itemListElement"><a href="{u("/")}">Home</a></li><li><a href="{u(forum)}">'
                f'{IPS_FORUMS[forum]}</a></li></ul></nav><div class="ipsPageHeader ipsResponsive_pull ipsBox '
                f'ipsPadding sm:ipsPadding:half ipsMargin_bottom"><div class="ipsFlex ipsFlex-ai:center"><div '
                f'class="ipsPageHeader__primary"><h1 class="ipsType_pageTitle ipsContained_container"><span '
                f'class="ipsType_break ipsContained"><span>{esc(w.title)}</span></span></h1>{tags}</div></div>'
                f'<p class="ipsType_reset ipsType_blendLinks">By {_ips_user(u, first[0])}, <time '
                f'datetime="{w.date}T09:12:00Z">{long_date(w.date)}</time> in <a href="{u(forum)}">'
                f'{IPS_FORUMS[forum]}</a></p></div><div id="comments" data-controller="core.front.core.commentFeed" '
                f'data-feedid="topic-{w.path.split("/")[3].split("-")[0]}">{posts}</div>')
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="website">'
                f'<meta property="og:url" content="{u(w.path)}">'
                f'<meta name="description" content="{esc(first[1][:150])}">'
                f'<meta property="og:description" content="{esc(first[1][:150])}">'
                f'<meta property="og:updated_time" content="{w.date}T09:12:00Z"><link rel="canonical" '
                f'href="{u(w.path)}">{ld(data)}')
        docs.append(doc(INVISION, w.path, _ips(u, f"{w.title} - {IPS_FORUMS[forum]} - {IPS_SITE}", main, head,
                                               "ipsApp ipsApp_front ipsJS_none cAppForums cModuleForums-topics")))

    def rows(ws_):
        return ('<ol class="ipsClear ipsDataList cForumTopicTable cTopicList" data-role="tableRows">' + "".join(
            f'<li class="ipsDataItem ipsDataItem_responsivePhoto"><div class="ipsDataItem_main"><h4 '
            f'class="ipsDataItem_title ipsContained_container"><span class="ipsType_break ipsContained"><a '
            f'href="{u(w.path)}" data-ipshover>{esc(w.title)}</a></span></h4><div class="ipsDataItem_meta '
            f'ipsType_reset ipsType_light ipsType_blendLinks"><span>By {_ips_user(u, w.paras[0].split(": ")[0])}, '
            f'</span><time datetime="{w.date}T09:12:00Z">{long_date(w.date)}</time></div></div></li>' for w in ws_)
            + "</ol>")

    forums = "".join(f'<li class="ipsDataItem"><h4 class="ipsDataItem_title ipsType_large ipsType_break"><a '
                     f'href="{u(p)}">{t}</a></h4></li>' for p, t in IPS_FORUMS.items())
    docs.append(doc(INVISION, "/", _ips(u, IPS_SITE, f'<h1 class="ipsType_pageTitle">Forums</h1><ol class="ipsDataList '
                                                     f'ipsDataList_large">{forums}</ol><section class="ipsWidget">'
                                                     f'<h3 class="ipsWidget_title">Topics</h3>{rows(ws)}</section>'
                                                     f'<section class="ipsWidget"><h3 '
                                                     f'class="ipsWidget_title">Popular searches</h3><a href="'
                                                     f'{u("/search/?q=mentor&quick=1")}">mentor</a></section>',
                                        f'<meta property="og:title" content="{IPS_SITE}">')))
    for p, t in IPS_FORUMS.items():
        docs.append(doc(INVISION, p, _ips(u, f"{t} - {IPS_SITE}", f'<h1 class="ipsType_pageTitle">{t}</h1>'
                                                                   f'{rows([w for w in ws if _ips_forum(w) == p])}',
                                          f'<meta property="og:title" content="{t}">', "ipsApp cAppForums")))
    for name, p in IPS_PROFILES.items():
        theirs = [w for w in ws if w.paras[0].startswith(name + ":")]
        docs.append(doc(INVISION, p, _ips(u, f"{name} - {IPS_SITE}", f'<div id="elProfileHeader" class="ipsBox '
                                                                      f'ipsResponsive_pull"><h1 class="ipsType_reset '
                                                                      f'ipsPageHead_barText">{esc(name)}</h1><p>Member'
                                                                      f"</p></div><h2>Content</h2>{rows(theirs)}",
                                          '<meta property="og:type" content="profile">', "ipsApp cAppCore")))
    tagged = [w for w in ws if w.grade >= 2]
    docs.append(doc(INVISION, "/tags/mentoring/", _ips(u, f"Showing results for tags 'mentoring' - {IPS_SITE}",
                                                       "<h1 class=\"ipsType_pageTitle\">Showing results for tags "
                                                       f"'mentoring'.</h1>{rows(tagged)}")))
    found = [w for w in ws if "mentor" in " ".join(w.paras).lower()]
    docs.append(doc(INVISION, "/search/?q=mentor&quick=1", _ips(u, f"Showing results for 'mentor' - {IPS_SITE}",
                                                                "<h1 class=\"ipsType_pageTitle\">Showing results for "
                                                                f"'mentor'.</h1>{rows(found)}")))
    docs.append(doc(INVISION, "/forums/topic/2199-old-mentoring-thread/", _ips(
        u, f"Sorry, we couldn't find that! - {IPS_SITE}", '<div id="elError" class="ipsBox ipsPadding"><h1 '
        "class=\"ipsType_pageTitle\">Sorry, we couldn't find that!</h1><p class=\"ipsType_normal\">Something went "
        "wrong. Please try again.</p><p class=\"ipsType_light\">Error code: 2F173/H</p></div>"), status=404))
    return docs


# --- Friendica (frio theme) -----------------------------------------------------------------------------

FRIENDICA_SITE = "social.example"
FRIENDICA_PEOPLE = {"Tomasz Wierzbicki": "/profile/tomaszw", "Ada Mensah": "/profile/ada"}


def _friendica(u: U, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><title>{esc(title)}</title><meta charset="utf-8">'
            f'<meta name="generator" content="Friendica \'Yellow Archangel\' 2024.03-1549">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0">'
            f'<link rel="stylesheet" href="{u("/view/theme/frio/style.css")}" type="text/css" media="all">{head}'
            f'</head><body id="top" class="mod-display"><nav id="topbar-first" class="topbar"><div class="container">'
            f'<a class="navbar-brand" href="{u("/")}">{FRIENDICA_SITE}</a><ul class="nav navbar-nav">'
            f'<li><a href="{u("/community")}" class="nav-community-link">Community</a></li>'
            f'<li><a href="{u("/friendica")}">About</a></li></ul><form class="navbar-form" action="{u("/search")}" '
            f'method="get"><input name="q" type="text"></form></div></nav><main><div class="container"><div '
            f'id="content">{main}</div></div></main><footer><a href="{u("/friendica")}">About this node</a> '
            f'&middot; powered by <a href="https://friendi.example/">Friendica</a></footer></body></html>')


def _friendica_item(u: U, w: Work, n: int) -> str:
    who = w.author
    if who in FRIENDICA_PEOPLE:
        author = (f'<a href="{u(FRIENDICA_PEOPLE[who])}" class="wall-item-name-link userinfo hover-card p-author '
                  f'h-card"><span class="wall-item-name">{esc(who)}</span></a>')
    else:
        author = (f'<a href="https://fosshub.example/profile/jkeller" class="wall-item-name-link p-author h-card">'
                  f'<span class="wall-item-name">{esc(who)}</span></a>')
    text = esc(w.paras[0]).replace("#MentorMonday", f'#<a href="{u("/search?tag=MentorMonday")}" class="tag" '
                                                     f'rel="tag" title="MentorMonday">MentorMonday</a>')
    title = f'<h4 class="wall-item-title p-name">{esc(w.title)}</h4>' if w.title else ""
    return (f'<div class="panel item-{n} wall-item-container thread_level_1 h-entry" id="item-{w.path[-12:]}">'
            f'<div class="media"><div class="preferences"></div><div class="media-body"><h4 class="media-heading">'
            f'{author} <small><a class="time u-url" href="{u(w.path)}"><time class="dt-published" '
            f'datetime="{w.date}T08:30:00+00:00" title="{w.date}">{long_date(w.date)}</time></a></small></h4>'
            f'</div></div>{title}<div class="wall-item-body e-content" id="wall-item-body-{n}">{text}</div></div>')


def friendica(u: U, elsewhere: dict[str, str]) -> list[Doc]:
    ws = works(FRIENDICA)
    docs = []
    for n, w in enumerate(ws):
        desc = esc(w.paras[0][:200])
        head = (f'<meta property="og:type" content="website"><meta property="og:title" content="'
                f'{esc(w.title or w.author)}"><meta property="og:url" content="{u(w.path)}"><meta '
                f'property="og:description" content="{desc}"><meta name="description" content="{desc}">'
                f'<meta property="og:site_name" content="{FRIENDICA_SITE}">')
        docs.append(doc(FRIENDICA, w.path, _friendica(u, f"{w.author}: {w.title or w.paras[0][:60]}",
                                                      f'<div id="thread-wrapper" class="thread-wrapper '
                                                      f'toplevel_item">{_friendica_item(u, w, n)}</div>', head)))

    def stream(ws_):
        return '<div id="conversation-wrapper">' + "".join(_friendica_item(u, w, n) for n, w in enumerate(ws_)) \
            + "</div>"

    docs.append(doc(FRIENDICA, "/", _friendica(u, FRIENDICA_SITE, '<div class="login-form"><h1>Welcome to '
                                                                  f'{FRIENDICA_SITE}</h1><p>A small Friendica node for '
                                                                  "library and archives people.</p><form><input "
                                                                  'name="username"><input name="password" '
                                                                  f'type="password"></form></div>{stream(ws[:4])}')))
    docs.append(doc(FRIENDICA, "/community", _friendica(u, "Community - " + FRIENDICA_SITE,
                                                        f'<h2>Public community posts</h2>{stream(ws)}')))
    for name, p in FRIENDICA_PEOPLE.items():
        theirs = [w for w in ws if w.author == name]
        docs.append(doc(FRIENDICA, p, _friendica(u, f"{name} - {FRIENDICA_SITE}",
                                                 f'<div class="vcard h-card"><h1 class="fn p-name">{esc(name)}</h1>'
                                                 f'<p class="p-note">Library worker.</p></div>{stream(theirs)}',
                                                 '<meta property="og:type" content="profile">')))
    tagged = [w for w in ws if "#MentorMonday" in w.paras[0]]
    docs.append(doc(FRIENDICA, "/search?tag=MentorMonday", _friendica(
        u, "Items tagged with: MentorMonday - " + FRIENDICA_SITE, f"<h2>Items tagged with: MentorMonday</h2>"
                                                                  f"{stream(tagged)}")))
    docs.append(doc(FRIENDICA, "/friendica", _friendica(u, "About - " + FRIENDICA_SITE,
                                                        "<h1>Friendica</h1><p>This is Friendica, version 2024.03, "
                                                        "running at the web location social.example.</p><p>Registration"
                                                        " is by invitation. Administrator: Tomasz Wierzbicki.</p>")))
    return docs


# --- PeerTube -----------------------------------------------------------------------------------------

PT_SITE = "LibTube"
PT_CHANNELS = {"New Professionals Network": ("/c/newpros_talks/videos", "/a/newpros")}


def _peertube(u: U, title: str, main: str, head: str = "") -> str:
    return (f'<!doctype html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width,initial-scale=1"><meta name="theme-color" content="#fff">'
            f'<link rel="manifest" href="/manifest.webmanifest?1704067200"><title>{esc(title)}</title>{head}'
            f'<meta property="og:platform" content="PeerTube"></head><body id="custom-css"><my-app '
            f'ng-version="17.3.0"><div class="peertube-container"><my-header class="header">'
            f'<div class="top-left-block">'
            f'<a class="peertube-title" href="{u("/")}"><span class="instance-name">{PT_SITE}</span></a></div>'
            f'<my-search-typeahead><form action="{u("/search")}"><input name="search"></form></my-search-typeahead>'
            f'</my-header><my-menu><div class="menu-block"><a href="{u("/videos/browse")}" class="menu-link">Browse '
            f'videos</a><a href="{u("/about/instance")}" class="menu-link">About</a></div></my-menu>'
            f'<div id="content" tabindex="-1" class="main-col">{main}</div></div></my-app></body></html>')


def _pt_cards(u: U, ws: list[Work]) -> str:
    return '<div class="videos">' + "".join(
        f'<my-video-miniature class="display-as-row"><div class="video-miniature"><a class="video-thumbnail" '
        f'href="{u(w.path)}" title="{esc(w.title)}"></a><div class="video-bottom"><div class="video-miniature-'
        f'information"><a class="video-miniature-name" href="{u(w.path)}" title="{esc(w.title)}">{esc(w.title)}</a>'
        f'<span class="date-and-views">{w.date}</span>'
        + (f'<a class="video-miniature-channel" href="{u(PT_CHANNELS[w.author][0])}">{esc(w.author)}</a>'
           if w.author in PT_CHANNELS else f'<span class="video-miniature-channel">{esc(w.author)}</span>')
        + "</div></div></div></my-video-miniature>" for w in ws) + "</div>"


def peertube(u: U, elsewhere: dict[str, str]) -> list[Doc]:
    ws = works(PEERTUBE)
    docs = []
    for w in ws:
        vid = w.path.split("/")[-1]
        data = {"@context": "http://schema.org", "@type": "VideoObject", "name": w.title,
                "description": " ".join(w.paras)[:250], "uploadDate": w.date + "T14:00:00.000Z",
                "thumbnailUrl": u(f"/lazy-static/thumbnails/{vid}.jpg"),
                "embedUrl": u(f"/videos/embed/{vid}"), "contentUrl": u(w.path), "interactionCount": 214}
        head = (f'<meta property="og:type" content="video"><meta property="og:site_name" content="{PT_SITE}">'
                f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:url" content="{u(w.path)}">'
                f'<meta property="og:description" content="{esc(w.paras[0][:200])}"><meta name="description" '
                f'content="{esc(w.paras[0][:200])}"><meta property="og:video:url" '
                f'content="{u("/videos/embed/" + vid)}">'
                f'<meta property="twitter:card" content="player"><link rel="canonical" href="{u(w.path)}">{ld(data)}')
        desc = "".join(f"<p>{esc(x)}</p>" for x in w.paras)
        if w.path.endswith("1cVb5NmQx7WeRtYuIoPa3s"):
            desc += f'<p>Last year\'s meeting: <a href="{u("/w/0000000000000000000000")}">AGM 2023</a>.</p>'
        if w.path.endswith("9kQm2xTLpB4rWcNvzYhA1e"):
            desc += (f'<p>Panellist slides: <a href="{elsewhere["slides"]}">Mentoring in the age of Mastodon</a>.'
                     "</p>")
        channel = (f'<a class="channel" href="{u(PT_CHANNELS[w.author][0])}">{esc(w.author)}</a>'
                   if w.author in PT_CHANNELS else f'<span class="channel">{esc(w.author)}</span>')
        main = (f'<my-video-watch><div class="root"><div id="video-wrapper"><div id="videojs-wrapper"></div></div>'
                f'<div class="margin-content video-bottom"><div class="video-info"><div class="video-info-first-row">'
                f'<h1 class="video-info-name">{esc(w.title)}</h1><div class="video-info-date-views">Published '
                f'<my-date-toggle>{long_date(w.date)}</my-date-toggle> &bull; 214 views</div></div>'
                f'<my-video-avatar-channel>{channel}</my-video-avatar-channel>'
                f'<my-video-description><div class="video-info-description"><div class="video-info-description-html">'
                f'{desc}</div></div></my-video-description><my-video-attributes><div class="attribute"><span '
                f'class="attribute-label">Licence</span><span class="attribute-value">Attribution</span></div>'
                f'</my-video-attributes></div></div></div></my-video-watch>')
        docs.append(doc(PEERTUBE, w.path, _peertube(u, f"{w.title} - {PT_SITE}", main, head)))
    ours = [w for w in ws if w.author in PT_CHANNELS]
    c, a = PT_CHANNELS["New Professionals Network"]
    docs += [
        doc(PEERTUBE, "/", _peertube(u, PT_SITE, f'<my-video-overview><h1>Discover</h1>{_pt_cards(u, ws)}'
                                                 f'<a href="{u("/videos/browse")}">Browse all</a> '
                                                 f'<a href="{u("/search?search=mentoring")}">'
                                                 f'#mentoring</a></my-video-overview>')),
        doc(PEERTUBE, "/videos/browse", _peertube(u, f"Browse videos - {PT_SITE}",
                                                  f"<h1>Browse videos</h1>{_pt_cards(u, ws)}")),
        doc(PEERTUBE, c, _peertube(u, f"New Professionals Network talks - {PT_SITE}",
                                   f'<my-video-channels><div class="channel-info"><h1>New Professionals Network talks'
                                   f'</h1><a href="{u(a)}">Owned by newpros</a></div>{_pt_cards(u, ours)}'
                                   "</my-video-channels>", '<meta property="og:type" content="website">')),
        doc(PEERTUBE, a, _peertube(u, f"newpros - {PT_SITE}",
                                   f'<my-accounts><h1>New Professionals Network</h1><div class="description">A network '
                                   f'for library and archives workers in their first years.</div><a href="{u(c)}">'
                                   f"Video channels</a>{_pt_cards(u, ours)}</my-accounts>")),
        doc(PEERTUBE, "/search?search=mentoring", _peertube(
            u, f"Search mentoring - {PT_SITE}", "<my-search><h1>1 result for mentoring</h1>"
                                                f"{_pt_cards(u, [WORKS['panel']])}</my-search>")),
        doc(PEERTUBE, "/about/instance", _peertube(u, f"About {PT_SITE}",
                                                   f'<my-about-instance><h1>About {PT_SITE}</h1><p>A PeerTube instance '
                                                   "for library, archives and museum videos. Registrations are "
                                                   "closed.</p></my-about-instance>")),
        # PeerTube answers a missing video with its app shell and 200; the app then says the video is not found
        doc(PEERTUBE, "/w/0000000000000000000000", _peertube(
            u, PT_SITE, '<my-video-watch><div class="root"><div class="alert alert-danger">This video does not '
                        "exist.</div><p>Sorry, but we couldn't find the page you were looking for.</p></div>"
                        "</my-video-watch>")),
    ]
    return docs


# --- a Cambridge Core-like publisher ---------------------------------------------------------------------

JOURNAL = "Journal of Information Practice"
ISSUE = CORE_J + "/issue/0D9C8B7A6F5E4D3C2B1A0F9E8D7C6B5A"


def _core(u: U, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | Core</title>'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">{head}</head>'
            f'<body><div id="__nuxt"><div id="__layout"><div class="app-layout"><header class="app-header">'
            f'<a href="{u(CORE_J)}" class="app-logo">Core</a><form class="search-bar" action="{u("/core/search")}">'
            f'<input name="q"></form></header><div class="journal-banner"><a href="{u(CORE_J)}">{JOURNAL}</a>'
            f'<nav class="journal-nav"><a href="{u(CORE_J + "/latest-issue")}">Latest issue</a> '
            f'<a href="{u(CORE_J + "/all-issues")}">All issues</a> '
            f'<a href="{u(CORE_J + "/information/about-this-journal")}">About this journal</a></nav></div>'
            f'<main id="maincontent">{main}</main><footer class="app-footer"><p>&copy; Journal Press 2024</p>'
            f"</footer></div></div></div></body></html>")


def _core_authors(w: Work) -> list[str]:
    return [a.strip() for a in w.author.split(";")]


def _core_list(u: U, ws: list[Work]) -> str:
    out = []
    for w in ws:
        names = ", ".join(" ".join(reversed(a.split(", "))) for a in _core_authors(w))
        if w.kind == "document":
            links = f'<a class="part-link" href="{u(w.path)}">Save PDF</a>'
            title = f'<span class="part-link">{esc(w.title)}</span>'
        else:
            links = f'<a class="part-link" href="{u(w.path)}">Abstract</a>'
            title = f'<a class="part-link" href="{u(w.path)}">{esc(w.title)}</a>'
        out.append(f'<li class="representation overview search"><div class="title">{title}</div><ul class="authors">'
                   f'<li class="author">{esc(names)}</li></ul><p class="source published">Published online by '
                   f'Journal Press: {long_date(w.date)}</p><div class="links">{links}</div></li>')
    return '<ul class="listings">' + "".join(out) + "</ul>"


def core(u: U, elsewhere: dict[str, str]) -> list[Doc]:
    ws = works(CORE)
    arts = [w for w in ws if w.kind == "journal-article"]
    docs = []
    for n, w in enumerate(arts):
        y, m, d = w.date.split("-")
        doi = f"10.5555/jip.2024.{n + 11}"
        metas = "".join(f'<meta name="citation_author" content="{esc(a)}">' for a in _core_authors(w))
        head = (f'<meta name="citation_title" content="{esc(w.title)}">{metas}'
                f'<meta name="citation_journal_title" content="{JOURNAL}"><meta name="citation_publisher" '
                f'content="Journal Press"><meta name="citation_publication_date" content="{y}/{m}/{d}">'
                f'<meta name="citation_online_date" content="{y}/{m}/{d}"><meta name="citation_doi" content="{doi}">'
                f'<meta name="citation_abstract_html_url" content="{u(w.path)}"><meta name="citation_language" '
                f'content="en"><meta property="og:type" content="article"><meta property="og:title" '
                f'content="{esc(w.title)}"><meta property="og:url" content="{u(w.path)}"><meta property="og:site_name" '
                f'content="Core"><meta name="description" content="{esc(w.paras[0][10:200])}">'
                f'<link rel="canonical" href="{u(w.path)}">')
        authors = "".join(f'<div class="contributor-type__contributor"><span class="contributor">'
                          f'{esc(" ".join(reversed(a.split(", "))))}</span></div>' for a in _core_authors(w))
        abstract, rest = w.paras[0], w.paras[1:]
        main = (f'<div class="article-details"><div class="content__journal">{JOURNAL}</div>'
                f'<h1 data-v-2d68b4a4 class="article-title">{esc(w.title)}</h1><div class="row contributor-type">'
                f'{authors}</div><div class="published-date"><span>Published online by Journal Press: </span>'
                f'<span>{long_date(w.date)}</span></div><div class="doi-data"><a href="https://doi.org/{doi}" '
                f'class="url">https://doi.org/{doi}</a></div></div><div class="abstract-content"><div class="abstract" '
                f'data-abstract-type="normal"><h2 class="abstract-title">Abstract</h2>'
                f'<p>{esc(abstract.removeprefix("Abstract. "))}</p></div></div>'
                f'<div id="content-container" class="article-body"><div class="body">{ps(rest)}</div></div>'
                f'<div class="article-links"><a href="{u(ISSUE)}">Issue contents</a></div>')
        docs.append(doc(CORE, w.path, _core(u, w.title, main, head)))
    paper = WORKS["hashtagpdf"]
    docs.append(doc(CORE, paper.path, pdf(_pdf_lines(paper)), content_type="application/pdf"))
    issue = (f'<h1>Volume 12 - Issue 2 - 2024</h1>{_core_list(u, ws)}')
    docs += [
        doc(CORE, CORE_J, _core(u, JOURNAL, f'<h1 class="heading">{JOURNAL}</h1><p>A journal of research on the '
                                            "practice of libraries, archives and records management.</p><h2>Latest "
                                            f"articles</h2>{_core_list(u, ws[:3])}"
                                            f'<p class="trending">Trending: <a href="'
                                            f'{u("/core/search?q=mentoring")}">mentoring</a></p>',
                                '<meta property="og:type" content="website">')),
        doc(CORE, CORE_J + "/latest-issue", _core(u, f"{JOURNAL}: Volume 12 - Issue 2", issue)),
        doc(CORE, ISSUE, _core(u, f"{JOURNAL}: Volume 12 - Issue 2", issue)),
        doc(CORE, CORE_J + "/all-issues", _core(u, f"All issues - {JOURNAL}",
                                                f'<h1>All issues</h1><ul class="accordion"><li><a href="{u(ISSUE)}">'
                                                "Volume 12 - Issue 2, 2024</a></li></ul>")),
        doc(CORE, CORE_J + "/information/about-this-journal", _core(
            u, f"About this journal - {JOURNAL}", "<h1>About this journal</h1><p>The journal publishes research "
                                                  "articles, reviews and case studies. Editors: C. Okafor and "
                                                  "S. Haddad.</p>")),
        doc(CORE, "/core/search?q=mentoring", _core(
            u, "Search results", '<h1>Search results for "mentoring"</h1>'
                                 f"{_core_list(u, [w for w in ws if 'mentor' in ' '.join(w.paras).lower()])}")),
    ]
    return docs


# --- BiblioCommons (BiblioWeb) ---------------------------------------------------------------------

BIBLIO_SITE = "City Library"
BIBLIO_TAGGED = ("how-our-librarians-keep-learning", "behind-the-desk-our-peer-mentoring-circle",
                 "meet-eastsides-new-branch-manager")


def _biblio(u: U, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1.0"><title>{esc(title)} | {BIBLIO_SITE}</title>'
            f'<meta property="og:site_name" content="{BIBLIO_SITE}">{head}</head><body class="biblioweb '
            f'bw-site"><div id="bw-header" class="cp-header"><a class="cp-logo" href="{u("/")}">{BIBLIO_SITE}</a>'
            f'<nav class="cp-main-nav"><ul><li><a href="https://city.bibliocommons.example/v2/search">'
            f'Catalogue</a></li>'
            f'<li><a href="{u("/blogs/")}">Blogs</a></li><li><a href="{u("/about-us/")}">About us</a></li>'
            f'<li><a href="{u("/contact-us/")}">Contact us</a></li></ul></nav><form class="cp-search-form" '
            f'action="{u("/blogs/search")}"><input name="q"></form></div><main id="main-content" '
            f'class="bw-main">{main}</main><footer class="cp-footer"><p>{BIBLIO_SITE} &middot; '
            f'<a href="{u("/contact-us/")}">Contact us</a></p></footer></body></html>')


def _biblio_cards(u: U, ws: list[Work]) -> str:
    return '<div class="cp-blog-listing">' + "".join(
        f'<div class="cp-blog-card"><h3 class="cp-heading"><a href="{u(w.path)}">{esc(w.title)}</a></h3>'
        f'<div class="cp-blog-card-meta"><span class="cp-author">{esc(w.author)}</span> <time datetime="{w.date}">'
        f'{long_date(w.date)}</time></div><p class="cp-blog-card-teaser">{teaser(w)}</p></div>' for w in ws) + "</div>"


def biblio(u: U, elsewhere: dict[str, str]) -> list[Doc]:
    ws = works(BIBLIO)
    docs = []
    for w in ws:
        slug = w.path.strip("/").split("/")[-1]
        tags = (f'<div class="bw-post-tags"><span>Tags:</span> <a href="{u("/blogs/tag/mentoring/")}">mentoring</a>'
                f"</div>" if slug in BIBLIO_TAGGED else "")
        extra = ""
        if slug == "how-our-librarians-keep-learning":
            extra = (f'<p>Looking for something older? Our <a href="{u("/blogs/post/summer-reading-2019/")}">2019 '
                     "summer reading post</a> is still popular.</p>")
        if slug == "behind-the-desk-our-peer-mentoring-circle":
            extra = (f'<p>Read more about <a href="{elsewhere["sitecore"]}">an online mentoring network for library '
                     "students</a> at the university.</p>")
        data = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": w.title,
                "datePublished": w.date, "author": {"@type": "Person", "name": w.author},
                "publisher": {"@type": "Organization", "name": BIBLIO_SITE}}
        head = (f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(w.title)}">'
                f'<meta property="og:url" content="{u(w.path)}"><meta property="og:description" '
                f'content="{esc(w.paras[0][:200])}">{ld(data)}')
        main = (f'<article class="bw-blog-post"><nav class="cp-breadcrumbs"><a href="{u("/blogs/")}">Blogs</a> / '
                f'<a href="{u("/blogs/category/staff-stories/")}">Staff stories</a></nav><h1 class="cp-heading '
                f'heading-large">{esc(w.title)}</h1><div class="bw-post-meta"><span class="bw-post-author">By '
                f'{esc(w.author)}</span> <time datetime="{w.date}">{long_date(w.date)}</time></div>'
                f'<div class="bw-post-body cp-rich-text">{ps(w.paras)}{extra}</div>{tags}</article>')
        docs.append(doc(BIBLIO, w.path, _biblio(u, w.title, main, head)))
    staff = [w for w in ws if w.author != BIBLIO_SITE and "Teen" not in w.title]
    tagged = [w for w in ws if w.path.strip("/").split("/")[-1] in BIBLIO_TAGGED]
    docs += [
        doc(BIBLIO, "/", _biblio(u, "Home", f'<section class="bw-hero"><h1>Welcome to {BIBLIO_SITE}</h1></section>'
                                            f'<section><h2>From our blogs</h2>{_biblio_cards(u, ws[:3])}<a href="'
                                            f'{u("/blogs/")}">All blog posts</a> '
                                            f'<a href="{u("/blogs/search?q=mentor")}">Posts about '
                                            f'mentoring</a></section>')),
        doc(BIBLIO, "/blogs/", _biblio(u, "Blogs", f'<h1 class="cp-heading">Blogs</h1>{_biblio_cards(u, ws)}')),
        doc(BIBLIO, "/blogs/category/staff-stories/", _biblio(u, "Staff stories", '<h1 class="cp-heading">Staff '
                                                                                  f"stories</h1>"
                                                                                  f"{_biblio_cards(u, staff)}")),
        doc(BIBLIO, "/blogs/tag/mentoring/", _biblio(u, "Posts tagged mentoring", '<h1 class="cp-heading">Tag: '
                                                                                  "mentoring</h1>"
                                                                                  f"{_biblio_cards(u, tagged)}")),
        doc(BIBLIO, "/blogs/search?q=mentor", _biblio(u, "Search blogs", '<h1 class="cp-heading">Results for '
                                                                         f'"mentor"</h1>{_biblio_cards(u, tagged)}')),
        doc(BIBLIO, "/about-us/", _biblio(u, "About us", '<h1 class="cp-heading">About us</h1><p>City Library has '
                                                         "served the city since 1894 from Central and seven branches."
                                                         "</p>")),
        doc(BIBLIO, "/contact-us/", _biblio(u, "Contact us", '<h1 class="cp-heading">Contact us</h1><p>Call 555-0100 '
                                                             "or ask a librarian at any branch.</p>")),
        doc(BIBLIO, "/blogs/post/summer-reading-2019/", _biblio(u, "Page not found", '<h1 class="cp-heading">Page not '
                                                                                     "found</h1><p>Sorry, we can't "
                                                                                     "find that page.</p>"),
            status=404),
    ]
    return docs


# --- Sitecore (SXA) -------------------------------------------------------------------------------

SC_SITE = "School of Information"
SC_NEWS = "/en/news-and-events/news"


def _sitecore(u: U, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | {SC_SITE}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}'
            f'<link href="/-/media/base-themes/main-theme/styles/optimized-min.css" rel="stylesheet"></head>'
            f'<body class="default-device bodyclass"><div id="wrapper"><header><div id="header" class="container">'
            f'<div class="row"><div class="component image file-type-icon-media-link col-12"><a href="{u("/")}" '
            f'title="{SC_SITE}">{SC_SITE}</a></div><div class="component navigation navigation-main">'
            f'<ul class="clearfix">'
            f'<li class="level1"><div class="navigation-title"><a href="{u(SC_NEWS)}">News</a></div></li>'
            f'<li class="level1"><div class="navigation-title"><a href="{u("/en/about")}">About</a></div></li>'
            f'<li class="level1"><div class="navigation-title"><a href="{u("/en/contact")}">Contact</a></div></li>'
            f'</ul></div><div class="component search-box"><form action="{u("/en/search")}"><input name="q"></form>'
            f'</div></div></div></header><main><div id="content" class="container">{main}</div></main>'
            f'<footer><div id="footer" class="container"><div class="component rich-text"><div class="component-'
            f'content">&copy; University. <a href="{u("/en/contact")}">Contact</a></div></div></div></footer></div>'
            f"</body></html>")


def _sc_list(u: U, ws: list[Work]) -> str:
    return ('<div class="component page-list"><div class="component-content"><ul class="items">' + "".join(
        f'<li class="item"><div class="field-title"><a href="{u(w.path)}">{esc(w.title)}</a></div><div '
        f'class="field-date">{long_date(w.date)}</div><div class="field-teaser">{teaser(w)}</div></li>' for w in ws)
        + "</ul></div></div>")


def sitecore(u: U, elsewhere: dict[str, str]) -> list[Doc]:
    ws = works(SITECORE)
    docs = []
    for w in ws:
        slug = w.path.split("/")[-1]
        extra = ""
        if slug == "alumni-mentoring-network-goes-online":
            extra = (f'<p>Read about <a href="{u(SC_NEWS + "/2019/mentoring-launch")}">the network\'s launch in 2019'
                     f'</a>, and watch <a href="{elsewhere["peertube"]}">a panel on mentoring through online '
                     "communities</a>.</p>")
        if slug == "study-early-career-archivists-peer-networks":
            extra = f'<p><a href="{u("/en/people/sam-okoye")}">Sam Okoye</a> is an associate professor.</p>'
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="article">'
                f'<meta property="og:url" content="{u(w.path)}"><meta property="og:description" '
                f'content="{esc(w.paras[0][:200])}"><meta name="description" content="{esc(w.paras[0][:200])}">'
                f'<meta property="article:published_time" content="{w.date}T00:00:00">')
        main = (f'<div class="row component column-splitter"><div class="col-12 col-lg-8"><div class="component '
                f'breadcrumb navigation-title"><ol><li class="breadcrumb-item"><a href="{u("/")}">Home</a></li>'
                f'<li class="breadcrumb-item"><a href="{u(SC_NEWS)}">News</a></li></ol></div><div class="component '
                f'title"><div class="component-content"><div class="field-title"><h1>{esc(w.title)}</h1></div></div>'
                f'</div><div class="component date"><div class="component-content"><span class="field-date">'
                f'{long_date(w.date)}</span></div></div><div class="component rich-text"><div class="component-'
                f'content">{ps(w.paras)}{extra}</div></div></div></div>')
        docs.append(doc(SITECORE, w.path, _sitecore(u, w.title, main, head)))
    pager = (f'<div class="component pagination"><a href="{u(SC_NEWS + "?page=2")}" class="next">Next page</a>'
             "</div>")
    docs += [
        doc(SITECORE, "/", _sitecore(u, "Home", f'<div class="component hero"><h1>{SC_SITE}</h1><p>Educating '
                                                "librarians, archivists and information professionals since 1928."
                                                f"</p></div><h2>Latest news</h2>{_sc_list(u, ws[:3])}<p><a href=\""
                                                f'{u("/en/search?q=mentoring")}">Mentoring at the School</a></p>')),
        doc(SITECORE, SC_NEWS, _sitecore(u, "News", f"<h1>News</h1>{_sc_list(u, ws[:3])}{pager}")),
        doc(SITECORE, SC_NEWS + "?page=2", _sitecore(u, "News", f"<h1>News</h1>{_sc_list(u, ws[3:])}"
                                                                f'<a href="{u(SC_NEWS)}">Previous page</a>')),
        doc(SITECORE, "/en/about", _sitecore(u, "About", "<h1>About the School</h1><p>The School offers "
                                                         "accredited master's programmes in library and information "
                                                         "science and in archives and records management.</p>")),
        doc(SITECORE, "/en/contact", _sitecore(u, "Contact", "<h1>Contact us</h1><p>Student services: "
                                                             "555-0188.</p>")),
        doc(SITECORE, "/en/people/sam-okoye", _sitecore(
            u, "Sam Okoye", '<div class="component person"><h1>Sam Okoye</h1><p>Associate Professor. Research: '
                            "archival labour, professional education.</p></div>"
                            f"{_sc_list(u, [WORKS['study']])}", '<meta property="og:type" content="profile">')),
        doc(SITECORE, "/en/search?q=mentoring", _sitecore(
            u, "Search", '<h1>Search results for "mentoring"</h1>'
                         f"{_sc_list(u, [w for w in ws if 'mentor' in ' '.join(w.paras).lower()])}")),
        # Sitecore's not-found item, served with 200
        doc(SITECORE, SC_NEWS + "/2019/mentoring-launch", _sitecore(
            u, "Page not found", "<h1>Page not found</h1><p>The page you are looking for may have moved. Try "
                                 f'the <a href="{u(SC_NEWS)}">news listing</a>.</p>')),
    ]
    return docs


# --- a SlideShare-like site -------------------------------------------------------------------------

SLIDE_SITE = "SlideDeck"
SLIDE_PEOPLE = {"Northbridge Library Systems": "/northbridgelib", "Leila Haddad": "/leilahaddad"}


def _slides(u: U, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | {SLIDE_SITE}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}</head><body>'
            f'<div id="__next"><header class="Header_root"><a href="{u("/")}" class="Header_logo">{SLIDE_SITE}</a>'
            f'<nav><a href="{u("/category/education")}">Education</a> <a href="{u("/about")}">About</a></nav>'
            f'<form action="{u("/search")}"><input name="searchfor"></form></header>'
            f'<main class="Layout_main">{main}</main><footer class="Footer_root"><a href="{u("/about")}">About</a> '
            f"&copy; 2024 {SLIDE_SITE}</footer></div></body></html>")


def _slide_cards(u: U, ws: list[Work]) -> str:
    return '<div class="SlideshowCardList">' + "".join(
        f'<div class="SlideshowCard_root"><a href="{u(w.path)}" class="SlideshowCard_title" title="{esc(w.title)}">'
        f'{esc(w.title)}</a><a href="{u(SLIDE_PEOPLE[w.author])}" class="SlideshowCard_author">{esc(w.author)}</a>'
        f"</div>" for w in ws) + "</div>"


def slides(u: U, elsewhere: dict[str, str]) -> list[Doc]:
    ws = works(SLIDES)
    docs = []
    for w in ws:
        data = {"@context": "https://schema.org", "@type": "PresentationDigitalDocument", "name": w.title,
                "author": {"@type": "Person" if w.author == "Leila Haddad" else "Organization", "name": w.author},
                "datePublished": w.date, "url": u(w.path), "description": w.paras[0][:200]}
        head = (f'<meta property="og:type" content="website"><meta property="og:title" content="{esc(w.title)}">'
                f'<meta property="og:url" content="{u(w.path)}"><meta property="og:description" '
                f'content="{esc(w.paras[0][:200])}"><meta name="description" content="{esc(w.paras[0][:200])}">'
                f'<link rel="canonical" href="{u(w.path)}">{ld(data)}')
        transcript = "".join(f'<li><p class="SlideshowTranscript_slideText">{esc(x.split(": ", 1)[1])}</p></li>'
                             for x in w.paras)
        more = [x for x in ws if x.author == w.author and x is not w][:3]
        main = (f'<div class="SlideshowViewer_root"><div class="player" data-cy="slideshow-player"></div></div>'
                f'<div class="SlideshowMetadata"><h1 class="Heading_heading title" data-cy="document-title">'
                f'{esc(w.title)}</h1><a href="{u(SLIDE_PEOPLE[w.author])}" class="AuthorLink author" '
                f'data-cy="author-link">{esc(w.author)}</a><span class="date">{long_date(w.date)}</span></div>'
                f'<section class="SlideshowTranscript" data-cy="transcript"><h2>Transcript</h2><ol>{transcript}</ol>'
                f'</section><aside class="RelatedSlideshows"><h2>More from {esc(w.author)}</h2>'
                f"{_slide_cards(u, more)}</aside>")
        docs.append(doc(SLIDES, w.path, _slides(u, w.title, main, head)))
    for name, p in SLIDE_PEOPLE.items():
        theirs = [w for w in ws if w.author == name]
        docs.append(doc(SLIDES, p, _slides(u, f"{name}'s presentations", f'<div class="ProfileHeader"><h1>{esc(name)}'
                                                                        f"</h1></div>{_slide_cards(u, theirs)}",
                                           '<meta property="og:type" content="profile">')))
    docs += [
        doc(SLIDES, "/", _slides(u, "Share and discover presentations", "<h1>Discover presentations</h1>"
                                                                        f"{_slide_cards(u, ws)}<p>Popular: "
                                                                        f'<a href="{u("/search?searchfor=mentoring")}">'
                                                                        "mentoring</a></p>")),
        doc(SLIDES, "/category/education", _slides(u, "Education presentations", "<h1>Education</h1>"
                                                                                  f"{_slide_cards(u, ws[:4])}")),
        doc(SLIDES, "/search?searchfor=mentoring", _slides(
            u, "Search results for mentoring", "<h1>Results for mentoring</h1>"
                                               f"{_slide_cards(u, [WORKS['mastodon'], WORKS['plndeck']])}")),
        doc(SLIDES, "/about", _slides(u, "About", f"<h1>About {SLIDE_SITE}</h1><p>Share your slides with the "
                                                  "world.</p>")),
    ]
    return docs


# --- the whole web -------------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every labelled page, once; ``url(host, path)`` makes the absolute URLs links use."""
    def on(host):
        return lambda path: url(host, path)

    def at(key):
        w = WORKS[key]
        return url(w.host, w.path)

    elsewhere = {"weebly": at("plnguide"), "peertube": at("panel"), "core": at("survey"),
                 "friendica": at("mentormonday"), "slides": at("mastodon"), "sitecore": at("alumni")}
    docs = []
    for host, make in ((JIMDO, jimdo), (WEEBLY, weebly), (ASTRO, astro), (INVISION, invision),
                       (FRIENDICA, friendica), (PEERTUBE, peertube), (CORE, core), (BIBLIO, biblio),
                       (SITECORE, sitecore), (SLIDES, slides)):
        docs += make(on(host), elsewhere)
    places = [(d.host, d.path) for d in docs]
    assert len(places) == len(set(places)) == len(WORKS) + len(OTHER), "every label exactly once"
    return docs


class LabelledWeb12(ServedWeb):
    """Web 12 (see the module docstring)."""

    HOSTS = HOSTS
    START = {CORE: CORE_J}
    FIRST_ADDRESS = 80
    build = staticmethod(build)
