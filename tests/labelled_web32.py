"""Web 32: 103 pages on ten hosts, built from the texts and labels that
:mod:`tests.labelled_text32` committed first, each page once, with the
markup (reduced) of ten platforms no earlier web used: a Hugo Relearn
handbook, a Jekyll blog in the Hacker theme, a Blogger blog in Picture
Window, a Dotclear blog, a Textpattern news site, a Cohost-like social site,
a Quora-like Q&A site, a DSpace 6 (JSPUI) repository with two PDFs, a
Persée-like journal portal and a LibCal events calendar.
Measured once by the lead before anyone tunes on it (see
tests/test_held_out_webs.py)."""

from __future__ import annotations

import json
import textwrap
from typing import Callable

from tests.labelled_text32 import (ASK, CAL, CARNET, CHOST, OTHER, RAVI, REPO, REVUES, STACKS, TRI, WIKI, WORKS,
                                   Work)
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

HOSTS = (WIKI, RAVI, STACKS, CARNET, TRI, CHOST, ASK, REPO, REVUES, CAL)
KIND = {(h, p): k for h, p, k in OTHER}


def _works(host: str) -> list[Work]:
    return [w for w in WORKS.values() if w.host == host]


def _doc(host: str, path: str, body: str, status: int = 200) -> Doc:
    """A page that is not a work, with the kind its label gives it."""
    return Doc(host, path, KIND[(host, path)], 0, body.encode(), status=status)


def _work(w: Work, body: str | bytes, content_type: str = "text/html; charset=utf-8") -> Doc:
    return Doc(w.host, w.path, w.kind, w.grade, body.encode() if isinstance(body, str) else body, content_type)


def _months(date: str) -> str:
    y, m, d = (date.split("-") + ["01", "01"])[:3]
    names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
    return f"{names[int(m) - 1]} {int(d)}, {y}"


# --- Hugo Relearn: the association's mentoring handbook -------------------------------------------------

def _relearn(u, title: str, url_path: str, main: str, head: str = "", page_class: str = "default") -> str:
    nav = "".join(f'<li data-nav-id="{w.path}" class="{"active" if w.path == url_path else ""}">'
                  f'<a class="padding" href="{w.path}">{esc(w.title)}</a></li>' for w in _works(WIKI))
    return (f'<!DOCTYPE html><html lang="en" dir="ltr" data-url="{url_path}" data-r-output-format="html">'
            f'<head><meta charset="utf-8"><meta name="viewport" content="height=device-height, width=device-width,'
            f' initial-scale=1.0, minimum-scale=1.0"><meta name="generator" content="Hugo 0.121.1">'
            f'<meta name="generator" content="Relearn 5.24.1"><meta name="description" content="Mentoring handbook of'
            f' the Lakes Region Library Association">{head}<title>{esc(title)} :: Mentoring Handbook</title>'
            f'<link href="/css/fontawesome-all.min.css?1706001010" rel="stylesheet">'
            f'<link href="/css/theme.min.css?1706001010" rel="stylesheet"></head>'
            f'<body class="mobile-support html" data-url="{url_path}"><div id="R-body" class="default-animation">'
            f'<div id="R-body-overlay"></div><nav id="R-topbar"><div class="topbar-wrapper"><div class="topbar-area '
            f'topbar-area-start" data-area="start"><div class="topbar-button topbar-button-sidebar"></div></div>'
            f'<ol class="topbar-breadcrumbs breadcrumbs highlightable" itemscope itemtype="http://schema.org/'
            f'BreadcrumbList"><li itemscope itemtype="https://schema.org/ListItem" itemprop="itemListElement">'
            f'<a itemprop="item" href="/"><span itemprop="name">Mentoring Handbook</span></a>'
            f'<meta itemprop="position" content="1">&nbsp;&gt;&nbsp;</li><li itemscope itemtype="https://schema.org/'
            f'ListItem" itemprop="itemListElement"><span itemprop="name">{esc(title)}</span>'
            f'<meta itemprop="position" content="2"></li></ol></div></nav>'
            f'<div id="R-main-overlay"></div><main id="R-body-inner" class="highlightable {page_class}" '
            f'tabindex="-1"><div class="flex-block-wrapper">{main}</div></main></div>'
            f'<aside id="R-sidebar" class="default-animation"><div id="R-header-topbar" class="default-animation">'
            f'</div><div id="R-header-wrapper" class="default-animation"><div id="R-header" class="default-animation">'
            f'<a id="R-logo" class="R-default" href="/"><div class="logo-title">Mentoring Handbook</div></a></div>'
            f'<search><form action="/search/index.html" method="get"><div class="searchbox default-animation">'
            f'<button class="search-detail" type="submit" title="Search (CTRL+ALT+f)"><i class="fas fa-search"></i>'
            f'</button><label class="a11y-only" for="R-search-by">Search</label><input data-search-input '
            f'id="R-search-by" name="search-by" class="search-by" type="search" placeholder="Search..."></div>'
            f'</form></search></div><div id="R-homelinks" class="default-animation homelinks"><ul>'
            f'<li><a class="padding" href="/"><i class="fa-fw fas fa-home"></i> Home</a></li></ul></div>'
            f'<div id="R-content-wrapper" class="highlightable"><div id="R-topics"><ul class="enlarge morespace '
            f'collapsible-menu"><li data-nav-id="/handbook/" class="parent"><a class="padding" href="/handbook/">'
            f'Handbook</a><ul id="R-subsections-1" class="collapsible-menu">{nav}</ul></li></ul></div>'
            f'<div id="R-shortcutmenu-home" class="R-sidebarmenu"><div class="nav-title padding">More</div>'
            f'<ul class="space collapsible-menu"><li><a class="padding" href="/about/"><i class="fa-fw fas '
            f'fa-info-circle"></i> About the programme</a></li><li><a class="padding" href="/tags/online-networks/">'
            f'<i class="fa-fw fas fa-tag"></i> Online networks</a></li></ul></div>'
            f'<div class="padding footermargin footerLangSwitch footerVariantSwitch footerVisitedLinks footerFooter '
            f'showFooter"></div><div id="R-footer"><p>Built with <a href="https://github.com/McShelby/hugo-theme-'
            f'relearn" title="love"><i class="fas fa-heart"></i></a> by <a href="https://gohugo.io/">Hugo</a></p>'
            f'</div></div></aside></body></html>')


def _relearn_og(title: str, url: str, og_type: str, extra: str = "") -> str:
    return (f'<meta property="og:url" content="{esc(url)}"><meta property="og:site_name" content="Mentoring '
            f'Handbook"><meta property="og:title" content="{esc(title)} :: Mentoring Handbook">'
            f'<meta property="og:locale" content="en"><meta property="og:type" content="{og_type}">{extra}'
            f'<meta name="twitter:card" content="summary"><meta name="twitter:title" content="{esc(title)} :: '
            f'Mentoring Handbook">')


def _relearn_article(w: Work, u) -> Doc:
    tags = "".join(f'<li><a class="term-link" href="/tags/online-networks/">{esc(t)}</a></li>'
                   if t == "online networks" else f"<li>{esc(t)}</li>" for t in w.tags)
    body = ps(w.paras)
    if w.path.endswith("program-history/"):
        body += '<p>See also the <a href="/handbook/old-faq/">old FAQ</a>.</p>'
    if w.path.endswith("finding-a-mentor-online/"):
        body += (f'<div class="box notices cstyle tip"><div class="box-label"><i class="fa-fw fas fa-lightbulb">'
                 f'</i> Tip</div><div class="box-content"><p>Next staff webinar: <a href="'
                 f'{u(CAL, WORKS["cal-webinar"].path)}">Building your professional learning network</a>.</p>'
                 f'</div></div>')
    main = (f'<article class="default"><header class="headline"><div class="R-taxonomy taxonomy-tags cstyle tags" '
            f'title="Tags" style="--VARIABLE-TAGS-BG-color: var(--INTERNAL-TAG-BG-color);"><i class="fa-fw fas '
            f'fa-layer-group"></i><ul>{tags}</ul></div></header><h1 id="{w.path.strip("/").split("/")[-1]}">'
            f'{esc(w.title)}</h1>{body}<footer class="footline"><div class="R-taxonomy taxonomy-categories"></div>'
            f'<div class="date"><i class="fa-fw far fa-calendar"></i> <span title="Last modified by '
            f'{esc(w.author)}">{w.date}</span></div></footer></article>')
    head = _relearn_og(w.title, u(WIKI, w.path), "article",
                       f'<meta property="article:section" content="Handbook"><meta property="article:published_time"'
                       f' content="{w.date}T00:00:00+00:00"><meta property="article:modified_time" '
                       f'content="{w.date}T00:00:00+00:00">')
    return _work(w, _relearn(u, w.title, w.path, main, head))


def relearn(u) -> list[Doc]:
    docs = [_relearn_article(w, u) for w in _works(WIKI)]
    children = "".join(f'<li><a href="{w.path}">{esc(w.title)}</a></li>' for w in _works(WIKI))
    docs.append(_doc(WIKI, "/", _relearn(u, "Mentoring Handbook", "/", (
        '<article class="default"><header class="headline"></header><h1 id="welcome">Welcome</h1>'
        "<p>This handbook is for mentors, mentees and circle facilitators in the Lakes Region Library Association's "
        'mentoring programme. Start with the <a href="/handbook/">handbook</a>.</p>'
        f'<ul class="children children-li children-sort-">{children}</ul></article>'),
        _relearn_og("Mentoring Handbook", u(WIKI, "/"), "website"), "home")))
    docs.append(_doc(WIKI, "/handbook/", _relearn(u, "Handbook", "/handbook/", (
        '<article class="chapter"><header class="headline"></header><div class="article-subheading">Chapter 1'
        '</div><h1 id="handbook">Handbook</h1><p>How the programme works, for everyone taking part.</p>'
        f'<ul class="children children-h2 children-sort-">{children}</ul></article>'),
        _relearn_og("Handbook", u(WIKI, "/handbook/"), "website"), "chapter")))
    tagged = "".join(f'<li><a class="term-link" href="{w.path}">{esc(w.title)}</a></li>'
                     for w in _works(WIKI) if "online networks" in w.tags)
    docs.append(_doc(WIKI, "/tags/online-networks/", _relearn(u, "Tag :: online networks", "/tags/online-networks/", (
        f'<article class="default"><header class="headline"></header><h1 id="tag--online-networks">Tag :: online '
        f'networks</h1><ul class="term-list">{tagged}</ul></article>'),
        _relearn_og("online networks", u(WIKI, "/tags/online-networks/"), "website"), "taxonomy")))
    docs.append(_doc(WIKI, "/about/", _relearn(u, "About the programme", "/about/", (
        '<article class="default"><header class="headline"></header><h1 id="about">About the programme</h1>'
        "<p>The Lakes Region Library Association is a volunteer-run association of library and archive workers in "
        "eleven counties. This handbook is maintained by the Mentoring Committee; corrections are welcome by "
        "email to the committee chair.</p></article>"), _relearn_og("About", u(WIKI, "/about/"), "website"))))
    docs.append(_doc(WIKI, "/handbook/old-faq/", _relearn(u, "404 Page not found", "/handbook/old-faq/", (
        '<article class="default"><header class="headline"></header><div class="article-subheading">Error</div>'
        '<h1 id="page-not-found">Page not found</h1><p></p><p>Woops. Looks like this page doesn&rsquo;t exist '
        '&macr;\\_(&#x30c4;)_/&macr;.</p><p></p><p><a href="/">Go to homepage</a></p>'
        '<p><img src="/images/gopher-404.jpg" style="width:50%" alt="Page not found!"></p></article>'),
        "", "notfound"), status=404))
    return docs


# --- Jekyll, Hacker theme: a student's blog -------------------------------------------------------------

def _hacker(u, title: str, path: str, main: str, seo: str) -> str:
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" '
            f'content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<!-- Begin Jekyll SEO tag v2.8.0 --><title>{esc(title)}</title>{seo}<!-- End Jekyll SEO tag -->"
            f'<link rel="stylesheet" href="/assets/css/style.css?v=4d1e2f0"></head><body><header>'
            f'<div class="container"><a id="a-title" href="/"><h1>Ravi Reads</h1></a><h2>notes from library school'
            f'</h2><section id="downloads"><a href="https://github.com/ravi-menon/ravi-reads" class="btn btn-github">'
            f'<span class="icon"></span>View on GitHub</a></section></div></header><div class="container">'
            f'<section id="main_content"><p><a href="/">home</a> &middot; <a href="/archive.html">archive</a> &middot; '
            f'<a href="/about.html">about</a></p>{main}</section></div></body></html>')


def _jekyll_seo(title: str, url: str, desc: str, ld: dict, og_type: str = "website", extra: str = "") -> str:
    return (f'<meta name="generator" content="Jekyll v3.9.5"><meta property="og:title" content="{esc(title)}">'
            f'<meta property="og:locale" content="en_US"><meta name="description" content="{esc(desc)}">'
            f'<meta property="og:description" content="{esc(desc)}"><link rel="canonical" href="{esc(url)}">'
            f'<meta property="og:url" content="{esc(url)}"><meta property="og:site_name" content="Ravi Reads">'
            f'<meta property="og:type" content="{og_type}">{extra}<meta name="twitter:card" content="summary">'
            f'<meta property="twitter:title" content="{esc(title)}">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script>')


def jekyll_hacker(u) -> list[Doc]:
    docs = []
    posts = sorted(_works(RAVI), key=lambda w: w.date, reverse=True)
    for w in posts:
        url = u(RAVI, w.path)
        desc = w.paras[0][:160]
        ld = {"@context": "https://schema.org", "@type": "BlogPosting", "author": {"@type": "Person",
              "name": w.author}, "dateModified": w.date + "T00:00:00+00:00", "datePublished": w.date +
              "T00:00:00+00:00", "description": desc, "headline": w.title, "mainEntityOfPage": {"@type": "WebPage",
              "@id": url}, "url": url}
        seo = _jekyll_seo(w.title, url, desc, ld, "article", f'<meta name="author" content="{esc(w.author)}">'
                          f'<meta property="article:published_time" content="{w.date}T00:00:00+00:00">')
        body = ps(w.paras)
        main = (f'<h2>{esc(w.title)}</h2><p><small>{_months(w.date)} &middot; {esc(w.author)}</small></p>{body}'
                f'<hr><p><a href="/">&larr; all posts</a></p>')
        docs.append(_work(w, _hacker(u, f"{w.title} | Ravi Reads", w.path, main, seo)))
    items = "".join(f'<li><a href="{w.path}">{esc(w.title)}</a> &mdash; <small>{_months(w.date)}</small></li>'
                    for w in posts)
    home_ld = {"@context": "https://schema.org", "@type": "WebSite", "headline": "Ravi Reads", "name": "Ravi Reads",
               "url": u(RAVI, "/")}
    docs.append(_doc(RAVI, "/", _hacker(u, "Ravi Reads | notes from library school", "/",
                                        f"<h1>Posts</h1><ul>{items}</ul>",
                                        _jekyll_seo("Ravi Reads", u(RAVI, "/"), "notes from library school",
                                                    home_ld))))
    docs.append(_doc(RAVI, "/archive.html", _hacker(u, "Archive | Ravi Reads", "/archive.html",
                                                    f"<h1>Archive</h1><h3>2024</h3><ul>{items}</ul>",
                                                    _jekyll_seo("Archive", u(RAVI, "/archive.html"),
                                                                "notes from library school", home_ld))))
    docs.append(_doc(RAVI, "/about.html", _hacker(u, "About | Ravi Reads", "/about.html", (
        "<h1>About</h1><p>I am an MLIS student in an online programme, working part-time at a public library "
        "circulation desk. This blog is where I think out loud. Views mine, typos also mine.</p>"
        '<p>Find me on <a href="https://social.example.net/@ravireads" rel="me">Mastodon</a>.</p>'),
        _jekyll_seo("About", u(RAVI, "/about.html"), "About Ravi Reads", home_ld))))
    return docs


# --- Blogger, Picture Window: a retired librarian's blog ------------------------------------------------

BLOGGER_PROFILE = "https://www.blogger.com/profile/04417726693301185518"


def _blogger(u, title: str, path: str, view: str, main: str, og: str = "", status_msg: str = "") -> str:
    archive = "".join(f'<li class="archivedate"><a class="post-count-link" href="/2023/">2023</a> '
                      f'<span class="post-count" dir="ltr">({len(_works(STACKS))})</span></li>' for _ in [0])
    return (f"<!DOCTYPE html><html class='v2' dir='ltr' lang='en' xmlns='http://www.w3.org/1999/xhtml' "
            f"xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' "
            f"xmlns:expr='http://www.google.com/2005/gml/expr'><head><meta content='width=device-width, "
            f"initial-scale=1' name='viewport'/><title>{esc(title)}</title>"
            f"<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/><meta content='blogger' "
            f"name='generator'/><link href='{u(STACKS, '/favicon.ico')}' rel='icon' type='image/x-icon'/>"
            f"<link rel='alternate' type='application/atom+xml' title='Stacks and Stories - Atom' "
            f"href='{u(STACKS, '/feeds/posts/default')}'/><link rel='me' href='{BLOGGER_PROFILE}'/>{og}"
            f"<style id='page-skin-1' type='text/css'>/* Name: Picture Window Designer: Blogger "
            f"URL: www.blogger.com */ body{{background:#24516c}}</style></head>"
            f"<body class='{view} version-1-3-3 variant-screen'><a class='skip-navigation' href='#main' "
            f"tabindex='0'>Skip to main content</a><div class='main-heading-container'></div>"
            f"<div class='centered'><header class='centered-top-container' role='banner'><div "
            f"class='centered-top'><div class='blog-name'><div class='section' id='header' name='Header'>"
            f"<div class='widget Header' data-version='2' id='Header1'><div class='header-widget'><div>"
            f"<h1><a href='{u(STACKS, '/')}'>Stacks and Stories</a></h1></div><p>A retired librarian "
            f"writes about books, people and what's growing in the garden.</p></div></div></div></div>"
            f"<nav role='navigation'><div class='clearboth section' id='page_list_top' name='Pages'>"
            f"<div class='widget PageList' data-version='2' id='PageList1'><div class='widget-content'><ul>"
            f"<li class='overflowable-item'><a href='{u(STACKS, '/')}'>Home</a></li><li class='overflowable-item'>"
            f"<a href='{u(STACKS, '/p/about.html')}'>About me</a></li></ul></div></div></div></nav></div>"
            f"</header><div class='centered-bottom'><main class='centered-bottom' id='main' role='main' "
            f"tabindex='-1'>{status_msg}<div class='main section' id='page_body' name='Page body'>"
            f"<div class='widget Blog' data-version='2' id='Blog1'><div class='blog-posts hfeed container'>"
            f"{main}</div></div></div></main><aside class='sidebar-container container sidebar-invisible' "
            f"role='complementary'><div class='sidebar section' id='sidebar'>"
            f"<div class='widget BlogSearch' data-version='2' id='BlogSearch1'><h3 class='title'>Search This Blog"
            f"</h3><div class='widget-content' role='search'><form action='{u(STACKS, '/search')}' "
            f"target='_top'><input autocomplete='off' name='q' placeholder='Search this blog' value=''/>"
            f"<input class='search-action flat-button' type='submit' value='Search'/></form></div></div>"
            f"<div class='widget Profile' data-version='2' id='Profile1'><div class='wrapper solo'>"
            f"<a class='profile-link g-profile' href='{BLOGGER_PROFILE}' rel='author'>Dorothy Kessler</a>"
            f"<a class='profile-link visit-profile' href='{BLOGGER_PROFILE}' target='_blank'>Visit profile</a>"
            f"</div></div><div class='widget BlogArchive' data-version='2' id='BlogArchive1'><h3 "
            f"class='title'>Archive</h3><div class='widget-content'><div id='ArchiveList'><ul class='flat'>"
            f"{archive}</ul></div></div></div><div class='widget Label' data-version='2' id='Label1'>"
            f"<h3 class='title'>Labels</h3><div class='widget-content list-label-widget-content'><ul><li>"
            f"<a class='label-name' href='{u(STACKS, '/search/label/mentoring')}'>mentoring</a> <span "
            f"class='label-count'>(3)</span></li></ul></div></div></div></aside></div>"
            f"<footer class='footer section' id='footer' name='Footer'><div class='widget Attribution' "
            f"data-version='2' id='Attribution1'><div class='widget-content'><div class='blogger'>"
            f"<a href='https://www.blogger.com' rel='nofollow'>Powered by Blogger</a></div></div></div>"
            f"</footer></div></body></html>")


def _blogger_post(w: Work, u, full: bool) -> str:
    pid = str(7000000000000000000 + sum(map(ord, w.path)) * 7919)
    url = u(STACKS, w.path)
    labels = ", ".join(f"<a href='{u(STACKS, '/search/label/mentoring')}' rel='tag'>{esc(t)}</a>"
                       if t == "mentoring" else esc(t) for t in w.tags)
    title = (f"<h3 class='post-title entry-title'>{esc(w.title)}</h3>" if full else
             f"<h3 class='post-title entry-title'><a href='{url}'>{esc(w.title)}</a></h3>")
    extra = ""
    if full and w.path.endswith("the-listserv-years.html"):
        extra = (f"<p>(I wrote about the class reunion <a href='{u(STACKS, '/2022/11/library-school-reunion.html')}'>"
                 f"back in 2022</a>, for those who remember.)</p>")
    body = (ps(w.paras) + extra if full else
            f"<div class='snippet-item r-snippetized'>{cut(' '.join(w.paras), 280)}</div>"
            f"<div class='jump-link flat-button'><a class='r-snippetized' href='{url}' title='{esc(w.title)}'>"
            f"Read more &#187;</a></div>")
    return (f"<div class='post-outer-container'><div class='post-outer'><div class='post'>"
            f"<script type='application/ld+json'>{json.dumps({'@context': 'http://schema.org', '@type': 'BlogPosting', 'mainEntityOfPage': {'@type': 'WebPage', '@id': url}, 'headline': w.title, 'datePublished': w.date + 'T09:12:00-05:00', 'dateModified': w.date + 'T09:12:00-05:00', 'author': {'@type': 'Person', 'name': w.author}, 'publisher': {'@type': 'Organization', 'name': 'Blogger'}})}"
            f"</script><a name='{pid}'></a>{title}<div class='post-header'><div class='post-header-line-1'>"
            f"<span class='byline post-timestamp'><meta content='{url}'/><a class='timestamp-link' href='{url}' "
            f"rel='bookmark' title='permanent link'><time class='published' datetime='{w.date}T09:12:00-05:00' "
            f"title='{w.date}T09:12:00-05:00'>{_months(w.date)}</time></a></span></div></div>"
            f"<div class='post-body entry-content float-container' id='post-body-{pid}'>{body}</div>"
            f"<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='byline "
            f"post-author vcard'><span class='byline-label'>Posted by</span> <span class='fn'><meta "
            f"content='{BLOGGER_PROFILE}'/><a class='g-profile' href='{BLOGGER_PROFILE}' rel='author' "
            f"title='author profile'><span>{esc(w.author)}</span></a></span></span></div>"
            f"<div class='post-footer-line post-footer-line-2'><span class='byline post-labels'><span "
            f"class='byline-label'>Labels:</span> {labels}</span></div></div></div></div>"
            + (f"<section class='comments no-comments' data-num-comments='0' id='comments'><h3 class='title'>"
               f"Comments</h3><div class='comment-footer'><a href='https://www.blogger.com/comment/fullpage/post/"
               f"5517/{pid}' rel='nofollow'>Post a Comment</a></div></section>" if full else "") + "</div>")


def blogger(u) -> list[Doc]:
    posts = sorted(_works(STACKS), key=lambda w: w.date, reverse=True)
    docs = []
    for w in posts:
        og = (f"<meta content='{u(STACKS, w.path)}' property='og:url'/><meta content='{esc(w.title)}' "
              f"property='og:title'/><meta content='{esc(w.paras[0][:150])}' property='og:description'/>"
              f"<link href='{u(STACKS, w.path)}' rel='canonical'/>")
        docs.append(_work(w, _blogger(u, f"Stacks and Stories: {w.title}", w.path, "post-view item-view",
                                      _blogger_post(w, u, True), og)))

    def lst(path, title, chosen, msg=""):
        og = (f"<meta content='{u(STACKS, path)}' property='og:url'/><meta content='Stacks and Stories' "
              f"property='og:title'/>")
        return _blogger(u, title, path, "feed-view", "".join(_blogger_post(w, u, False) for w in chosen), og,
                        f"<div class='status-msg-wrap'><div class='status-msg-body'>{msg}</div></div>" if msg else "")
    docs.append(_doc(STACKS, "/", lst("/", "Stacks and Stories", posts)))
    docs.append(_doc(STACKS, "/2023/", lst("/2023/", "Stacks and Stories: 2023", posts)))
    docs.append(_doc(STACKS, "/search/label/mentoring", lst(
        "/search/label/mentoring", "Stacks and Stories: mentoring", [w for w in posts if "mentoring" in w.tags],
        "Showing posts with the label <b>mentoring</b>. <a href='" + u(STACKS, "/") + "'>Show all posts</a>")))
    docs.append(_doc(STACKS, "/search?q=mastodon", lst(
        "/search?q=mastodon", "Stacks and Stories: Search results for mastodon",
        [w for w in posts if "Mastodon" in " ".join(w.paras)],
        "Showing posts matching the search for <b>mastodon</b>. <a href='" + u(STACKS, "/") + "'>Show all posts</a>")))
    docs.append(_doc(STACKS, "/p/about.html", _blogger(
        u, "Stacks and Stories: About me", "/p/about.html", "page-view item-view",
        "<div class='post-outer-container'><div class='post-outer'><div class='post'><h3 class='post-title "
        f"entry-title'>About me</h3><div class='post-body entry-content float-container'><p>Thirty-nine years in "
        "public libraries in three states, the last twelve as a branch manager. Retired in 2021. Married to "
        "Harold, grandmother of twins, terrible at asparagus.</p><p>Looking for my posts about "
        f"Mastodon? <a href='{u(STACKS, '/search?q=mastodon')}'>Here they are</a>.</p></div></div></div></div>")))
    docs.append(_doc(STACKS, "/2022/11/library-school-reunion.html", _blogger(
        u, "Stacks and Stories", "/2022/11/library-school-reunion.html", "error-view",
        "", "", "<div class='status-msg-wrap'><div class='status-msg-body'>Sorry, the page you were looking for in "
        "this blog does not exist.</div><div class='status-msg-border'><div class='status-msg-bg'><div "
        "class='status-msg-hidden'>Sorry, the page you were looking for in this blog does not exist.</div></div>"
        "</div></div>"), status=404))
    return docs


# --- Dotclear: an archivist's notebook -----------------------------------------------------------------

DC_TITLE = "Carnet d'une archiviste"


def _dotclear(u, title: str, body_class: str, content: str, head: str = "") -> str:
    cats = (f'<li><a href="{esc("/index.php?category/Profession")}">Profession</a></li><li>Processing</li>'
            f"<li>Digital preservation</li>")
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta name="ROBOTS" content="INDEX, FOLLOW">'
            f"<title>{esc(title)}</title>{head}"
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0">'
            f'<link rel="contents" href="/index.php?archive" title="Archives">'
            f'<link rel="alternate" type="application/atom+xml" title="Atom 1.0" href="/index.php?feed/atom">'
            f'<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/index.php?rsd">'
            f'<link rel="stylesheet" type="text/css" href="/themes/berlin/style.css" media="screen"></head>'
            f'<body class="{body_class}"><div id="page"><header id="top" role="banner"><h1><span>'
            f'<a href="/">{esc(DC_TITLE)}</a></span></h1><p id="blogdesc">An archivist\'s notebook: records, '
            f"appraisal, and working alone.</p></header>"
            f'<nav id="prelude" role="navigation"><a href="#main">To content</a> | <a href="#blognav">To menu</a> | '
            f'<a href="#search">To search</a></nav><div id="wrapper"><div id="main" role="main"><div id="content">'
            f'{content}</div></div><div id="sidebar" role="complementary"><div id="blognav">'
            f'<div class="widget" id="search"><h2><label for="q">Search</label></h2><form action="/index.php?" '
            f'method="get" role="search"><p><input type="text" size="10" maxlength="255" id="q" name="q">'
            f'<input type="submit" class="submit" value="ok" title="Search"></p></form></div>'
            f'<div class="widget categories"><h2>Categories</h2><ul>{cats}</ul></div>'
            f'<div class="widget tags"><h2>Tags</h2><ul><li><a href="{esc("/index.php?tag/mentoring")}" '
            f'class="tag50">mentoring</a></li></ul></div>'
            f'<div class="widget text"><h2>Start here</h2><p><a href="{esc("/index.php?q=mentor")}">Everything '
            f'about mentors</a> &middot; <a href="{esc("/index.php?archive/2023/10")}">October 2023</a></p></div>'
            f'<div class="widget contact"><h2>Contact</h2><p><a href="{esc("/index.php?contact")}">Write to me</a>'
            f'</p></div></div><div id="blogextra"><div class="widget syndicate"><h2>Subscribe</h2><ul><li>'
            f'<a type="application/atom+xml" href="/index.php?feed/atom" title="This blog\'s entries Atom feed" '
            f'class="feed" rel="nofollow">Entries feed</a></li></ul></div></div></div></div>'
            f'<footer id="footer" role="contentinfo"><p>Powered by <a href="https://dotclear.org/">Dotclear</a></p>'
            f"</footer></div></body></html>")


def _dc_info(w: Work) -> str:
    cat = ('<a href="/index.php?category/Profession">Profession</a>' if "profession" in w.tags else
           esc(w.tags[0].capitalize()))
    return (f'<p class="post-info">By <span class="post-author">{esc(w.author)}</span> - <time datetime="{w.date}'
            f'T09:00:00+02:00">{_months(w.date)}</time> - {cat}</p>')


def _dc_teaser(w: Work) -> str:
    return (f'<div id="p{sum(map(ord, w.path))}" class="post" lang="en" role="article"><h2 class="post-title">'
            f'<a href="{esc(w.path)}">{esc(w.title)}</a></h2>{_dc_info(w)}<div class="post-content">'
            f'<p>{cut(w.paras[0], 300)}</p></div><p class="read-it"><a href="{esc(w.path)}" '
            f'title="Continue reading {esc(w.title)}">Continue reading</a></p></div>')


def dotclear(u) -> list[Doc]:
    posts = sorted(_works(CARNET), key=lambda w: w.date, reverse=True)
    docs = []
    for i, w in enumerate(posts):
        url = u(CARNET, w.path)
        tags = "".join(f'<li><a href="{esc("/index.php?tag/mentoring")}" class="post-tag">mentoring</a></li>'
                       if t == "mentoring" else f'<li>{esc(t)}</li>' for t in w.tags)
        nav = ""
        if i + 1 < len(posts):
            nav += (f'<a href="{esc(posts[i + 1].path)}" title="{esc(posts[i + 1].title)}" class="prev">&#171; '
                    f"{esc(posts[i + 1].title)}</a>")
        if i > 0:
            nav += (f' <span>-</span> <a href="{esc(posts[i - 1].path)}" title="{esc(posts[i - 1].title)}" '
                    f'class="next">{esc(posts[i - 1].title)} &#187;</a>')
        extra = ""
        if w.path.endswith("A-mentor-by-email"):
            extra = ('<p>(I told part of this story at the <a href="/index.php?post/2022/05/01/Study-day">study day '
                     "in 2022</a>.)</p>")
        rdf = (f'<!--\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/'
               f'elements/1.1/" xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/">'
               f'<rdf:Description rdf:about="{esc(url)}" dc:identifier="{esc(url)}" dc:title="{esc(w.title)}" '
               f'trackback:ping="{esc(u(CARNET, "/index.php?trackback/" + str(i + 40)))}" /></rdf:RDF>\n-->')
        content = (f'<p id="navlinks">{nav}</p><div id="p{sum(map(ord, w.path))}" class="post" lang="en" '
                   f'role="article"><h2 class="post-title">{esc(w.title)}</h2>{_dc_info(w)}'
                   f'<div class="post-content">{ps(w.paras)}{extra}</div><ul class="post-tags">{tags}</ul></div>'
                   f'{rdf}<div id="comments"><h3>No comments</h3></div><div id="pings"><h3>No trackbacks</h3></div>')
        head = (f'<meta name="description" lang="en" content="{esc(w.paras[0][:180])}">'
                f'<meta name="author" content="{esc(w.author)}"><meta name="date" content="{w.date}T09:00:00+02:00">'
                f'<link rel="canonical" href="{esc(url)}">')
        docs.append(_work(w, _dotclear(u, f"{w.title} - {DC_TITLE}", "dc-post", content, head)))

    def listing(path, title, heading, chosen, body_class):
        return _doc(CARNET, path, _dotclear(u, title, body_class, heading + "".join(_dc_teaser(w) for w in chosen)))
    docs.append(listing("/", DC_TITLE, "", posts, "dc-home"))
    docs.append(listing("/index.php?category/Profession", f"Profession - {DC_TITLE}",
                        '<div id="content-info"><h2>Profession</h2></div>',
                        [w for w in posts if "profession" in w.tags], "dc-category"))
    docs.append(listing("/index.php?tag/mentoring", f"mentoring - {DC_TITLE}",
                        '<div id="content-info"><h2>Tag - mentoring</h2></div>',
                        [w for w in posts if "mentoring" in w.tags], "dc-tag"))
    docs.append(listing("/index.php?archive/2023/10", f"Archives - October 2023 - {DC_TITLE}",
                        '<div id="content-info"><h2>Archives - October 2023</h2></div>',
                        [w for w in posts if w.date.startswith("2023-10")], "dc-archive-month"))
    found = [w for w in posts if "mentor" in " ".join(w.paras).lower()]
    docs.append(listing("/index.php?q=mentor", f"Search - {DC_TITLE}",
                        f'<div id="content-info"><h2>Search</h2><p>Your search for <em>mentor</em> returned '
                        f"<strong>{len(found)}</strong> results.</p></div>", found, "dc-search"))
    docs.append(_doc(CARNET, "/index.php?contact", _dotclear(u, f"Contact me - {DC_TITLE}", "dc-contactme", (
        '<div id="content-info"><h2>Contact me</h2></div><div class="post"><p>Questions about records, a post, or '
        'a job ad? Write below; I answer within the week.</p><form action="/index.php?contact" method="post" '
        'id="comment-form"><fieldset><p class="field"><label for="c_name">Name or nickname:</label><input '
        'name="c_name" id="c_name" type="text" size="30" maxlength="255"></p><p class="field"><label '
        'for="c_mail">Email address:</label><input name="c_mail" id="c_mail" type="email" size="30"></p><p '
        'class="field"><label for="c_message">Message:</label><textarea name="c_message" id="c_message" cols="35" '
        'rows="7"></textarea></p></fieldset><p><input type="submit" class="submit" value="send"></p></form></div>'))))
    docs.append(_doc(CARNET, "/index.php?post/2022/05/01/Study-day", _dotclear(
        u, f"Document not found - {DC_TITLE}", "dc-404",
        '<div id="content-info"><h2>Document not found</h2></div><div class="content-inner"><p>The document you '
        "are looking for does not exist.</p></div>"), status=404))
    return docs


# --- Textpattern: a consortium's news ------------------------------------------------------------------

TXP_SITE = "Tri-County Library Consortium"


def _txp(u, title: str, body_class: str, main: str, head: str = "") -> str:
    site_ld = {"@context": "https://schema.org", "@type": "WebSite", "name": TXP_SITE, "url": u(TRI, "/"),
               "potentialAction": {"@type": "SearchAction", "target": u(TRI, "/") + "?q={search_term_string}",
                                   "query-input": "required name=search_term_string"}}
    return (f'<!DOCTYPE html><html lang="en-us" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1, viewport-fit=cover"><title>{esc(title)}</title>'
            f'<meta name="generator" content="Textpattern CMS">{head}'
            f'<script type="application/ld+json">{json.dumps(site_ld)}</script>'
            f'<link rel="alternate" type="application/rss+xml" title="RSS feed" href="{u(TRI, "/rss/")}">'
            f'<link rel="alternate" type="application/atom+xml" title="Atom feed" href="{u(TRI, "/atom/")}">'
            f'<link rel="stylesheet" href="{u(TRI, "/css.php?n=default&amp;t=default")}"></head>'
            f'<body class="{body_class}" itemscope itemtype="https://schema.org/WebPage"><div class="wrapper">'
            f'<header class="site-header"><h1><a rel="home" href="{u(TRI, "/")}" title="Go to the homepage">'
            f"{TXP_SITE}</a></h1><h3>Twenty-three public libraries, one card</h3></header></div>"
            f'<div class="wrapper"><nav class="site-navigation" aria-label="Site navigation" itemscope '
            f'itemtype="https://schema.org/SiteNavigationElement"><div><ul class="section_list">'
            f'<li><a itemprop="url" href="{u(TRI, "/")}">Home</a></li><li><a itemprop="url" href="{u(TRI, "/news/")}">'
            f'News</a></li><li><a itemprop="url" href="{u(TRI, "/about")}">About</a></li><li><a itemprop="url" '
            f'href="{u(TRI, "/contact")}">Contact</a></li></ul><form class="search-form" role="search" method="get" '
            f'action="{u(TRI, "/")}"><p><input name="q" placeholder="Search" required="required" type="search">'
            f'<button type="submit">Search</button></p></form></div></nav></div><div class="wrapper">'
            f'<div class="container"><main aria-label="Main content">{main}</main><div class="complementary-content">'
            f'<h4>Categories</h4><ul class="category_list"><li><a href="{esc(u(TRI, "/news/?c=professional-development"))}">'
            f"Professional development</a></li></ul></div></div></div><footer class=\"site-footer\"><p><small>"
            f'Published with <a rel="external" href="https://textpattern.com/" title="Go to the Textpattern website">'
            f"Textpattern CMS</a>.</small></p></footer></body></html>")


def _txp_cat(w: Work, u) -> str:
    if w.tags[0] == "professional-development":
        return f'<a href="{esc(u(TRI, "/news/?c=professional-development"))}">Professional development</a>'
    return esc(w.tags[0].capitalize())


def _txp_item(w: Work, u) -> str:
    return (f'<article class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
            f'<h4 itemprop="headline"><a href="{u(TRI, w.path)}" itemprop="url mainEntityOfPage" '
            f'title="Read more">{esc(w.title)}</a></h4><div itemprop="description"><p>{cut(w.paras[0], 220)}</p>'
            f'</div><p class="footnote"><time datetime="{w.date}T10:00:00-05:00" itemprop="datePublished">'
            f"{_months(w.date)}</time> &#183; {_txp_cat(w, u)}</p></article>")


def textpattern(u) -> list[Doc]:
    posts = sorted(_works(TRI), key=lambda w: w.date, reverse=True)
    docs = []
    for w in posts:
        url = u(TRI, w.path)
        main = (f'<article class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
                f'<meta itemprop="mainEntityOfPage" content="{url}"><h1 itemprop="headline">{esc(w.title)}</h1>'
                f'<p><strong>Posted</strong> <a href="{url}"><time datetime="{w.date}T10:00:00-05:00" '
                f'itemprop="datePublished">{_months(w.date)}</time></a> &#183; <strong>Author</strong> <span '
                f'itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">'
                f'{esc(w.author)}</span></span> &#183; <strong>Category</strong> <span itemprop="keywords">'
                f'{_txp_cat(w, u)}</span></p><div itemprop="articleBody">{ps(w.paras)}</div></article>'
                f'<nav class="paginator" aria-label="Article navigation"><a rel="home" href="{u(TRI, "/news/")}">'
                f"&#8592; All news</a></nav>")
        head = (f'<meta name="description" content="{esc(w.paras[0][:160])}"><link rel="canonical" href="{url}">')
        docs.append(_work(w, _txp(u, f"{w.title} | {TXP_SITE}", "article-page", main, head)))

    def lst(path, title, heading, chosen, cls, status=""):
        return _doc(TRI, path, _txp(u, title, cls, f"<h1>{heading}</h1>{status}<div class=\"article-list\">"
                                    + "".join(_txp_item(w, u) for w in chosen) + "</div>",
                                    f'<link rel="canonical" href="{esc(u(TRI, path))}">'))
    docs.append(lst("/", TXP_SITE, "Latest news", posts[:4], "front-page",
                    f'<p>Staff: looking for the mentoring program? <a href="{esc(u(TRI, "/?q=mentoring"))}">All '
                    f"mentoring news</a>.</p>"))
    docs.append(lst("/news/", f"News | {TXP_SITE}", "News", posts, "section-news"))
    docs.append(lst("/news/?c=professional-development", f"Professional development | {TXP_SITE}",
                    "Professional development", [w for w in posts if "professional-development" in w.tags],
                    "category-page"))
    found = [w for w in posts if "mentor" in " ".join(w.paras).lower()]
    docs.append(lst("/?q=mentoring", f"Search results | {TXP_SITE}", "Search results", found, "search-page",
                    f'<p class="search-results-count">{len(found)} articles found matching '
                    f"&#8220;mentoring&#8221;.</p>"))
    docs.append(_doc(TRI, "/about", _txp(u, f"About | {TXP_SITE}", "section-about", (
        '<article class="article"><h1 itemprop="headline">About the consortium</h1><p>The Tri-County Library '
        "Consortium shares a catalogue, a courier and a card among 23 public libraries. It is governed by a board "
        "of member library directors and funded by member fees and a state grant.</p></article>"))))
    docs.append(_doc(TRI, "/contact", _txp(u, f"Contact | {TXP_SITE}", "section-contact", (
        '<h1>Contact</h1><p>Consortium Office, 120 Mill Street, Eastfield. Phone 555-0142.</p>'
        '<form method="post" action="/contact#zcr" class="zemContactForm" id="zcr"><fieldset><label '
        'for="zem_name">Name</label><input type="text" id="zem_name" name="zem_name" required><label '
        'for="zem_message">Message</label><textarea id="zem_message" name="zem_message" cols="58" rows="8">'
        '</textarea><input type="submit" class="zemSubmit" name="zem_contact_submit" value="Send"></fieldset>'
        "</form>"))))
    return docs


# --- a Cohost-like site --------------------------------------------------------------------------------

PROJECTS = {"libsam": ("sam (they/them)", "public librarian. reference desk goblin. posts about libraries, "
                       "mostly"),
            "archivesgrrl": ("archives grrl", "archivist at a university. boxes, folders, finding aids, "
                             "career questions welcome")}


def _cohost(u, title: str, main: str, head: str = "", state: dict | None = None) -> str:
    loader = json.dumps(state or {}).replace("</", "<\\/")
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{esc(title)}</title>'
            f'<meta property="og:site_name" content="cohostish">{head}'
            f'<link rel="stylesheet" href="/static/a1f0c2.css"></head><body class="bg-background text-text">'
            f'<div id="app"><div class="flex min-h-screen flex-col"><header class="sticky top-0 z-20 flex h-16 '
            f'bg-foreground text-notWhite"><nav class="container mx-auto flex items-center justify-between px-2">'
            f'<a href="{u(CHOST, "/")}" class="flex items-center gap-2 font-bold"><span class="sr-only">home'
            f'</span>cohostish!</a><a href="{u(CHOST, "/rc/tagged/mentorship")}" class="co-link-button">'
            f'#mentorship</a></nav></header><main class="flex-grow"><div class="container mx-auto mt-16 grid '
            f'grid-cols-1 gap-16 lg:grid-cols-4">{main}</div></main><footer class="co-footer py-4 text-center '
            f'text-sm">cohostish is a small social site for people who post.</footer></div></div>'
            f'<script id="__COHOST_LOADER_STATE__" type="application/json">{loader}</script></body></html>')


def _chost_post(w: Work, u, link_title: bool) -> str:
    handle = w.path.split("/")[1]
    url = u(CHOST, w.path)
    tags = "".join(f'<a href="{u(CHOST, "/rc/tagged/mentorship")}" class="co-tag">#{esc(t)}</a>'
                   if t == "mentorship" else f'<span class="co-tag">#{esc(t)}</span>' for t in w.tags)
    title = (f'<a href="{url}" class="co-post-title">{esc(w.title)}</a>' if link_title else esc(w.title))
    return (f'<article class="co-post-box box-border rounded-lg bg-notWhite" data-postid="'
            f'{w.path.split("/")[-1].split("-")[0]}"><header class="co-thread-header flex items-center gap-2 p-3">'
            f'<a href="{u(CHOST, "/" + handle)}" class="co-project-display-name font-bold">'
            f'{esc(PROJECTS[handle][0])}</a> <a href="{u(CHOST, "/" + handle)}" class="co-project-handle">@{handle}'
            f'</a> <time datetime="{w.date}T21:12:00.000Z" class="block flex-none text-xs">'
            f'<a href="{url}" class="hover:underline">{w.date}</a></time></header><hr class="co-hairline">'
            f'<div class="co-post-body"><h1 class="co-prose prose-headings text-xl font-bold">{title}</h1>'
            f'<div class="co-prose prose my-4 overflow-hidden break-words px-3">{ps(w.paras)}</div></div>'
            f'<div class="co-tags w-full max-w-full p-3 text-sm">{tags}</div><hr class="co-hairline">'
            f'<footer class="co-thread-footer flex justify-between p-3"><span class="text-sm">0 comments</span>'
            f"</footer></article>")


def cohost(u) -> list[Doc]:
    posts = sorted(_works(CHOST), key=lambda w: w.date, reverse=True)
    docs = []
    for w in posts:
        handle = w.path.split("/")[1]
        head = (f'<meta property="og:title" content="{esc(w.title)} - @{handle}">'
                f'<meta property="og:description" content="{esc(w.paras[0][:200])}">'
                f'<meta property="og:type" content="article"><meta property="og:url" content="{u(CHOST, w.path)}">'
                f'<meta name="description" content="{esc(w.paras[0][:200])}">')
        state = {"post-single-view-route": {"postId": int(w.path.split("/")[-1].split("-")[0]),
                                            "project": {"handle": handle}}}
        docs.append(_work(w, _cohost(u, f"cohostish! - @{handle}: {w.title}",
                                     f'<div class="col-span-1 lg:col-span-3">{_chost_post(w, u, False)}</div>',
                                     head, state)))
    for handle, (name, bio) in PROJECTS.items():
        mine = [w for w in posts if w.path.startswith(f"/{handle}/")]
        pinned = ""
        if handle == "libsam":
            pinned = (f'<p class="co-pinned">pinned: <a href="{u(CHOST, "/libsam/post/1015001-old-job-thread")}">'
                      f"job hunting thread (read this first)</a></p>")
        main = (f'<div class="col-span-1"><div class="co-project-sidebar"><h2 class="text-xl font-bold">{esc(name)}'
                f'</h2><p class="co-project-handle">@{handle}</p><div class="co-prose prose">{esc(bio)}</div>'
                f'{pinned}</div></div><div class="col-span-1 flex flex-col gap-12 lg:col-span-3">'
                + "".join(_chost_post(w, u, True) for w in mine) + "</div>")
        docs.append(_doc(CHOST, "/" + handle, _cohost(u, f"cohostish! - {name} (@{handle})", main,
                                                     f'<meta property="og:type" content="profile">'
                                                     f'<meta property="og:title" content="{esc(name)}">',
                                                     {"project-page-view": {"handle": handle}})))
    tagged = [w for w in posts if "mentorship" in w.tags]
    docs.append(_doc(CHOST, "/rc/tagged/mentorship", _cohost(
        u, "cohostish! - #mentorship", '<div class="col-span-1 lg:col-span-4"><h2 class="text-xl">posts tagged '
        '#mentorship</h2></div><div class="col-span-1 flex flex-col gap-12 lg:col-span-3">'
        + "".join(_chost_post(w, u, True) for w in tagged) + "</div>", "", {"tagged-post-feed": {"tag": "mentorship"}})))
    projects = "".join(f'<li><a href="{u(CHOST, "/" + h)}">@{h}</a> &mdash; {esc(b)}</li>'
                       for h, (_, b) in PROJECTS.items())
    docs.append(_doc(CHOST, "/", _cohost(
        u, "cohostish!", '<div class="col-span-1 lg:col-span-4"><h1 class="text-3xl font-bold">posting, but '
        'smaller</h1><p>no ads. no algorithms. just posts, in the order they were posted.</p><h2>some pages to '
        f'follow</h2><ul>{projects}</ul></div>', '<meta property="og:type" content="website">', {"home": {}})))
    docs.append(_doc(CHOST, "/libsam/post/1015001-old-job-thread", _cohost(
        u, "cohostish!", '<div class="col-span-1 lg:col-span-4"><div class="co-error flex flex-col items-center">'
        '<h1 class="text-3xl font-bold">it\'s a 404!</h1><p>we couldn\'t find that page. it may have been deleted, '
        f'or it may never have existed.</p><p><a href="{u(CHOST, "/")}">go home</a></p></div></div>', "",
        {"error": {"code": 404}})))
    return docs


# --- a Quora-like Q&A site -----------------------------------------------------------------------------

def _ask(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}'
            f'<link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml"></head>'
            f'<body><div id="root"><div class="q-box qu-bg--gray_ultralight"><div class="q-box qu-bg--raised '
            f'qu-borderBottom"><div class="q-flex qu-alignItems--center"><a class="q-box qu-cursor--pointer" '
            f'href="{u(ASK, "/")}" aria-label="Askaround home"><span class="q-text qu-bold">Askaround</span></a>'
            f'<form class="q-box" action="{u(ASK, "/search")}" method="get"><input class="q-input" name="q" '
            f'placeholder="Search Askaround"></form></div></div><div class="q-box qu-mx--auto" '
            f'style="max-width: 728px;">{main}</div></div></div></body></html>')


def _ask_author(w: Work, u) -> str:
    slug = w.author.replace(" ", "-")
    if (ASK, f"/profile/{slug}") in KIND:
        return f'<a class="q-box Link___StyledBox-t2xg9c-0" href="{u(ASK, "/profile/" + slug)}">{esc(w.author)}</a>'
    return f'<span class="q-text qu-bold">{esc(w.author)}</span>'


def _ask_topics(w: Work, u) -> str:
    return "".join(f'<a class="q-box qu-mr--tiny" href="{u(ASK, "/topic/Librarianship")}"><div class="q-box '
                   f'qu-bg--gray_ultralight qu-borderRadius--pill"><span class="q-text">{esc(t)}</span></div></a>'
                   if t == "Librarianship" else f'<span class="q-text qu-color--gray">{esc(t)}</span>'
                   for t in w.tags)


def _ask_card(w: Work, u) -> str:
    return (f'<div class="q-box qu-borderBottom qu-p--medium"><div class="q-text qu-bold"><a class="q-box '
            f'qu-cursor--pointer question_link" href="{u(ASK, w.path)}"><span class="q-box qu-userSelect--text">'
            f'{esc(w.title)}</span></a></div><div class="q-text qu-color--gray_light">{cut(w.paras[1], 200)}</div>'
            f"</div>")


ANSWER_P = ' class="q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start"'


def askaround(u) -> list[Doc]:
    qs = sorted(_works(ASK), key=lambda w: w.date, reverse=True)
    docs = []
    for w in qs:
        url = u(ASK, w.path)
        answer = " ".join(w.paras[1:])
        ld = {"@context": "https://schema.org", "@type": "QAPage", "mainEntity": {
            "@type": "Question", "name": w.title, "text": w.title, "answerCount": 1, "dateCreated": w.date +
            "T00:00:00.000Z", "author": {"@type": "Person", "name": "Anonymous"},
            "suggestedAnswer": [{"@type": "Answer", "text": answer, "dateCreated": w.date + "T00:00:00.000Z",
                                 "author": {"@type": "Person", "name": w.author}, "url": url + "/answer/" +
                                 w.author.replace(" ", "-"), "upvoteCount": 12}]}}
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:url" content="{url}">'
                f'<meta property="og:description" content="{esc(answer[:200])}"><meta property="og:type" '
                f'content="website"><meta property="og:site_name" content="Askaround"><meta name="description" '
                f'content="{esc(answer[:200])}"><link rel="canonical" href="{url}">'
                f'<script type="application/ld+json">{json.dumps(ld)}</script>')
        credential = w.paras[0].removeprefix("Answered by ").removeprefix(w.author).strip(" ,.")
        main = (f'<div class="q-box qu-bg--raised qu-p--medium"><div class="q-flex qu-flexWrap--wrap">'
                f'{_ask_topics(w, u)}</div><div class="q-text qu-dynamicFontSize--xlarge qu-bold puppeteer_test_'
                f'question_title"><span class="q-box qu-userSelect--text"><span>{esc(w.title)}</span></span></div>'
                f'</div><div class="q-box"><div class="q-text qu-medium">1 Answer</div>'
                f'<div class="q-box dom_annotate_question_answer_item_0 qu-bg--raised qu-p--medium">'
                f'<div class="q-box spacing_log_answer_header"><div class="q-text">{_ask_author(w, u)}'
                + (f' <span class="q-text qu-color--gray">&#183; {esc(credential)}</span>' if credential else "")
                + f'</div><div class="q-text qu-color--gray">Answered {_months(w.date)}</div></div>'
                f'<div class="q-box spacing_log_answer_content puppeteer_test_answer_content"><div class="q-text">'
                f'<span class="q-box">{ps(w.paras[1:], "p", ANSWER_P)}</span></div></div><div class="q-flex qu-mt--small"><span '
                f'class="q-text">12 upvotes</span></div></div></div>')
        docs.append(_work(w, _ask(u, f"{w.title} - Askaround", main, head)))
    docs.append(_doc(ASK, "/", _ask(u, "Askaround - A place to share knowledge", (
        '<div class="q-box qu-bg--raised qu-p--medium"><div class="q-text qu-bold">Questions for you</div></div>'
        + "".join(_ask_card(w, u) for w in qs)
        + f'<div class="q-box qu-p--medium"><a href="{u(ASK, "/topic/Librarianship")}">Librarianship</a></div>'),
        '<meta property="og:type" content="website"><meta property="og:title" content="Askaround">')))
    docs.append(_doc(ASK, "/topic/Librarianship", _ask(u, "Librarianship - Askaround", (
        '<div class="q-box qu-bg--raised qu-p--medium"><div class="q-text qu-dynamicFontSize--xlarge qu-bold">'
        'Librarianship</div><div class="q-text qu-color--gray">Topic &#183; 41.2K followers &#183; 3.1K questions'
        "</div></div>" + "".join(_ask_card(w, u) for w in qs if "Librarianship" in w.tags)
        + f'<div class="q-box qu-p--medium">Related searches: <a href="{u(ASK, "/search?q=mentor")}">mentor</a></div>'),
        '<meta property="og:type" content="website"><meta property="og:title" content="Librarianship">')))
    mine = [w for w in qs if w.author == "Marguerite Oyelaran"]
    docs.append(_doc(ASK, "/profile/Marguerite-Oyelaran", _ask(u, "Marguerite Oyelaran - Askaround", (
        '<div class="q-box qu-bg--raised qu-p--medium"><div class="q-text qu-dynamicFontSize--xlarge qu-bold">'
        'Marguerite Oyelaran</div><div class="q-text">Head of Research Services &#183; 22 years in academic '
        'libraries</div><div class="q-text qu-color--gray">2 answers &#183; 1.4K followers</div></div>'
        + "".join(_ask_card(w, u) for w in mine)),
        '<meta property="og:type" content="profile"><meta property="og:title" content="Marguerite Oyelaran">')))
    found = [w for w in qs if "mentor" in (w.title + " ".join(w.paras)).lower()]
    docs.append(_doc(ASK, "/search?q=mentor", _ask(u, "Search - Askaround", (
        '<div class="q-box qu-bg--raised qu-p--medium"><div class="q-text qu-bold">Results for mentor</div>'
        "</div>" + "".join(_ask_card(w, u) for w in found)), '<meta name="robots" content="noindex">')))
    return docs


# --- DSpace 6 JSPUI: a university repository -----------------------------------------------------------

DS_NAME = "Northfield Repository"


def _dspace(u, title: str, main: str, head: str = "", crumbs: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><title>{esc(DS_NAME)}: {esc(title)}</title>'
            f'<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="Generator" '
            f'content="DSpace 6.3"><meta name="viewport" content="width=device-width, initial-scale=1.0">'
            f'<link rel="shortcut icon" href="/jspui/favicon.ico" type="image/x-icon">'
            f'<link rel="stylesheet" href="/jspui/static/css/bootstrap/bootstrap.min.css" type="text/css">'
            f'<link rel="stylesheet" href="/jspui/static/css/bootstrap/dspace-theme.css" type="text/css">'
            f'<link rel="search" type="application/opensearchdescription+xml" href="/jspui/open-search/'
            f'description.xml" title="DSpace">{head}</head><body class="undernavigation">'
            f'<a class="sr-only" href="#content">Skip navigation</a><header class="navbar navbar-inverse '
            f'navbar-fixed-top"><div class="container"><div class="navbar-header"><a class="navbar-brand" '
            f'href="/jspui/"><img height="25" src="/jspui/image/dspace-logo-only.png" alt="DSpace logo"></a></div>'
            f'<nav class="collapse navbar-collapse bs-navbar-collapse" role="navigation"><ul class="nav '
            f'navbar-nav"><li class=""><a href="/jspui/"><span class="glyphicon glyphicon-home"></span> Home</a>'
            f'</li><li><a href="/jspui/handle/10123/1">School of Information</a></li></ul><div class="nav '
            f'navbar-nav navbar-right"><form method="get" action="/jspui/simple-search" class="navbar-form '
            f'navbar-right"><div class="form-group"><input type="text" class="form-control" placeholder="Search'
            f'&nbsp;DSpace" name="query" id="tequery" size="25"></div><button type="submit" class="btn '
            f'btn-primary"><span class="glyphicon glyphicon-search"></span></button></form></div></nav></div>'
            f'</header><main id="content" role="main"><div class="container banner"><div class="row"><div '
            f'class="col-md-9 brand"><h1>{esc(DS_NAME)}</h1><h4>Research and scholarship of Northfield University'
            f'</h4></div></div></div><br><div class="container"><ol class="breadcrumb btn-success"><li>'
            f'<a href="/jspui/">{esc(DS_NAME)}</a></li>{crumbs}</ol></div><div class="container">{main}</div>'
            f'</main><footer class="navbar navbar-inverse navbar-bottom"><div id="designedby" class="container '
            f'text-muted">Theme by <a href="http://www.cineca.it"><img src="/jspui/image/logo-cineca-small.png" '
            f'alt="Logo CINECA"></a><div id="footer_feedback" class="pull-right"><p class="text-muted">'
            f'<a target="_blank" href="http://www.dspace.org/">DSpace Software</a> Copyright&nbsp;&copy;&nbsp;2002-'
            f'2013&nbsp; <a target="_blank" href="http://www.duraspace.org/">Duraspace</a></p></div></div></footer>'
            f"</body></html>")


def _ds_item(w: Work, pdf_w: Work | None, u, relation: str = "") -> Doc:
    handle = w.path.removeprefix("/jspui/handle/")
    kind = "Thesis" if "capstone" in (pdf_w.path if pdf_w else "") else ("Technical Report" if pdf_w else "Article")
    meta = (f'<link rel="schema.DCTERMS" href="http://purl.org/dc/terms/"><link rel="schema.DC" '
            f'href="http://purl.org/dc/elements/1.1/">'
            + "".join(f'<meta name="DC.creator" content="{esc(a.strip())}" xml:lang="en_US">'
                      for a in w.author.split(";"))
            + f'<meta name="DCTERMS.issued" content="{w.date}" scheme="DCTERMS.W3CDTF">'
            f'<meta name="DC.identifier" content="http://hdl.handle.net/{handle}" scheme="DCTERMS.URI">'
            f'<meta name="DCTERMS.abstract" content="{esc(w.paras[0])}" xml:lang="en_US">'
            f'<meta name="DC.language" content="en" xml:lang="en_US" scheme="DCTERMS.RFC1766">'
            + "".join(f'<meta name="DC.subject" content="{esc(t)}" xml:lang="en_US">' for t in w.tags)
            + f'<meta name="DC.title" content="{esc(w.title)}" xml:lang="en_US">'
            f'<meta name="DC.type" content="{kind}" xml:lang="en_US">'
            f'<meta name="citation_keywords" content="{esc("; ".join(w.tags))}; {kind}">'
            f'<meta name="citation_title" content="{esc(w.title)}">'
            + "".join(f'<meta name="citation_author" content="{esc(a.strip())}">' for a in w.author.split(";"))
            + (f'<meta name="citation_pdf_url" content="{u(REPO, pdf_w.path)}">' if pdf_w else "")
            + f'<meta name="citation_date" content="{w.date}">'
            f'<meta name="citation_abstract_html_url" content="{u(REPO, w.path)}">'
            + (f'<meta name="citation_dissertation_institution" content="Northfield University">'
               if kind == "Thesis" else ""))

    def row(field, label, value):
        return (f'<tr><td class="metadataFieldLabel {field}">{label}:&nbsp;</td><td class="metadataFieldValue '
                f'{field}">{value}</td></tr>')
    subjects = "<br>".join(f'<a href="{esc("/jspui/browse?type=subject&value=Mentoring")}">{esc(t)}</a>'
                           if t == "Mentoring" else esc(t) for t in w.tags)
    table = (row("dc_title", "Title", esc(w.title))
             + row("dc_contributor_author", "Authors", "<br>".join(esc(a.strip()) for a in w.author.split(";")))
             + row("dc_subject", "Keywords", subjects) + row("dc_date_issued", "Issue Date", w.date)
             + row("dc_description_abstract", "Abstract", esc(w.paras[0]))
             + row("dc_identifier_uri", "URI", f"http://hdl.handle.net/{handle}")
             + (row("dc_relation", "Relation", relation) if relation else "")
             + row("dc_type", "Type", kind))
    if pdf_w:
        name = pdf_w.path.rsplit("/", 1)[1]
        files = (f'<div class="panel panel-info"><div class="panel-heading">Files in This Item:</div>'
                 f'<table class="table panel-body"><tr><th id="t1" class="standard">File</th><th id="t2" '
                 f'class="standard">Description</th><th id="t3" class="standard">Size</th><th id="t4" '
                 f'class="standard">Format</th><th>&nbsp;</th></tr><tr><td headers="t1" class="standard break-all">'
                 f'<a target="_blank" href="{pdf_w.path}">{name}</a></td><td headers="t2" class="standard '
                 f'break-all"></td><td headers="t3" class="standard">{len(pdf_w.paras) * 41}.2 kB</td><td '
                 f'headers="t4" class="standard">Adobe PDF</td><td class="standard" align="center"><a class="btn '
                 f'btn-primary" target="_blank" href="{pdf_w.path}">View/Open</a></td></tr></table></div>')
    else:
        files = ('<div class="panel panel-info"><div class="panel-heading">Files in This Item:</div><div '
                 'class="panel-body">There are no files associated with this item.</div></div>')
    main = (f'<div class="well">Please use this identifier to cite or link to this item: <code>'
            f'http://hdl.handle.net/{handle}</code></div><table class="table itemDisplayTable">{table}</table>'
            f'<table class="table itemDisplayTable"><tr><td class="metadataFieldLabel">Appears in Collections:</td>'
            f'<td class="metadataFieldValue"><a href="/jspui/handle/10123/1">School of Information</a><br></td>'
            f"</tr></table>{files}<p class=\"text-center alert alert-info\">Items in DSpace are protected by "
            f"copyright, with all rights reserved, unless otherwise indicated.</p>")
    return _work(w, _dspace(u, w.title, main, meta, '<li><a href="/jspui/handle/10123/1">School of Information</a>'
                                                   "</li>"))


def _pdf(w: Work) -> bytes:
    lines = []
    for para in w.paras:
        lines += textwrap.wrap(para, 92) + [""]
    return pdf(lines[:52])


def _ds_rows(items: list[Work]) -> str:
    return "".join(f'<tr><td headers="t1" class="oddRowEvenCol">{w.date}</td><td headers="t2" class="oddRowOddCol">'
                   f'<a href="{w.path}">{esc(w.title)}</a></td><td headers="t3" class="oddRowEvenCol">'
                   f'{esc(w.author)}</td></tr>' for w in items)


def dspace(u) -> list[Doc]:
    items = [WORKS["repo-capstone"], WORKS["repo-survey"], WORKS["repo-digitization"]]
    docs = [_ds_item(WORKS["repo-capstone"], WORKS["repo-capstone-pdf"], u),
            _ds_item(WORKS["repo-survey"], WORKS["repo-survey-pdf"], u,
                     '<a href="/jspui/handle/10123/999">Replaces: Survey report 2019</a>'),
            _ds_item(WORKS["repo-digitization"], None, u)]
    for key in ("repo-capstone-pdf", "repo-survey-pdf"):
        docs.append(_work(WORKS[key], _pdf(WORKS[key]), "application/pdf"))
    head = '<tr><th id="t1" class="oddRowEvenCol">Issue Date</th><th id="t2">Title</th><th id="t3">Author(s)</th></tr>'
    docs.append(_doc(REPO, "/jspui/", _dspace(u, "Home", (
        '<div class="jumbotron"><h1>Welcome to the Northfield Repository</h1><p>The open access home of theses, '
        'reports and articles by Northfield University faculty, staff and students.</p></div><div class="row">'
        '<div class="col-md-8"><div class="panel panel-primary"><div class="panel-heading"><h3 '
        'class="panel-title">Communities in DSpace</h3></div><div class="list-group"><div class="list-group-item '
        'row"><div class="col-md-9"><h4 class="list-group-item-heading"><a href="/jspui/handle/10123/1">School of '
        'Information</a></h4></div></div></div></div></div><div class="col-md-4"><div class="panel panel-primary">'
        '<div class="panel-heading"><h3 class="panel-title">Recent Submissions</h3></div><div class="panel-body">'
        + "".join(f'<p><a href="{w.path}">{esc(w.title)}</a></p>' for w in items) + "</div></div>"
        '<div class="panel panel-success"><div class="panel-heading"><h3 class="panel-title">Discover</h3></div>'
        '<ul class="list-group"><li class="list-group-item"><a href="/jspui/simple-search?query=mentoring">mentoring'
        '</a> <span class="badge">2</span></li></ul></div></div></div>'))))
    docs.append(_doc(REPO, "/jspui/handle/10123/1", _dspace(u, "School of Information", (
        f'<div class="well"><div class="row"><div class="col-md-8"><h2>School of Information<small> Collection home '
        f'page</small></h2></div></div></div><div class="panel panel-primary"><div class="panel-heading">Recent '
        f'Submissions</div><table align="center" class="table" summary="This table browses all dspace content">'
        f"{head}{_ds_rows(items)}</table></div>"), "", "<li>School of Information</li>")))
    subj = [w for w in items if "Mentoring" in w.tags]
    docs.append(_doc(REPO, "/jspui/browse?type=subject&value=Mentoring", _dspace(u, "Browsing by Subject Mentoring", (
        f'<h2>Browsing by Subject Mentoring</h2><div class="panel panel-primary"><div class="panel-heading text-'
        f'center">Showing results 1 to {len(subj)} of {len(subj)}</div><table align="center" class="table" '
        f'summary="This table browses all dspace content">{head}{_ds_rows(subj)}</table></div>'))))
    found = [w for w in items if "mentor" in (w.title + w.paras[0]).lower()]
    docs.append(_doc(REPO, "/jspui/simple-search?query=mentoring", _dspace(u, "Search", (
        f'<h2>Search</h2><div class="discovery-result-pagination row container"><div class="alert alert-info">'
        f"Results 1-{len(found)} of {len(found)} (Search time: 0.004 seconds).</div></div>"
        f'<div class="discovery-result-results"><div class="panel panel-info"><div class="panel-heading">Item hits:'
        f'</div><table align="center" class="table" summary="This table browses all dspace content">{head}'
        f"{_ds_rows(found)}</table></div></div>"))))
    docs.append(_doc(REPO, "/jspui/handle/10123/999", _dspace(u, "Invalid Identifier", (
        "<h1>Invalid Identifier</h1><p>The identifier 10123/999 does not correspond to a valid Item, Collection "
        "or Community in DSpace. The possible causes are:</p><ul><li>The URL of the current page is incorrect - if "
        "you followed a link from outside of DSpace it may be mistyped or corrupt.</li><li>You entered an invalid "
        'ID into a form - please try again.</li></ul><p align="center"><a href="/jspui/">Go to the DSpace home '
        "page</a></p>")), status=404))
    return docs


# --- a Persée-like journal portal ----------------------------------------------------------------------

JOURNAL = "Revue internationale des professions du livre"
ISSUES = {"ripb_2021_num_9_1": ("2021", "9", "1"), "ripb_2022_num_10_1": ("2022", "10", "1")}


def _revues(u, title: str, main: str, head: str = "", lang: str = "en") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}" xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8">'
            f"<title>{esc(title)}</title>{head}"
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" '
            f'href="/resources/css/main.css"></head><body><div id="header-wrapper"><header id="header">'
            f'<a href="{u(REVUES, "/")}" id="logo" title="Perseids: home"><img src="/resources/img/logo.png" '
            f'alt="Perseids"></a><nav id="main-menu"><ul><li><a href="{u(REVUES, "/collection/ripb")}">Collections'
            f'</a></li><li><a href="{u(REVUES, "/about")}">About</a></li></ul></nav><form id="search-form" '
            f'action="{u(REVUES, "/search")}" method="get"><input type="text" name="q" placeholder="Search '
            f'Perseids"><button type="submit">Search</button></form></header></div><div id="content-wrapper">'
            f'<div id="content">{main}</div></div><footer id="footer"><p>Perseids is a portal for the '
            f"retro-digitised and current publication of scholarly journals. <a href=\"{u(REVUES, '/about')}\">"
            f"Terms of use</a></p></footer></body></html>")


def _doc_id(w: Work) -> str:
    return w.path.removeprefix("/doc/")


def _issue_of(w: Work) -> str:
    return _doc_id(w).rsplit("_", 1)[0]


def _revues_author(w: Work, u) -> str:
    if w.author == "Claire Aubertin":
        return f'<a class="author" href="{u(REVUES, "/authority/208114")}">{esc(w.author)}</a>'
    return f'<span class="author">{esc(w.author)}</span>'


def _revues_toc_item(w: Work, u, pages: str) -> str:
    return (f'<div class="doc-result"><div class="title"><a href="{u(REVUES, w.path)}">{esc(w.title)}</a></div>'
            f'<div class="authors">{_revues_author(w, u)}</div><div class="pages">p. {pages}</div></div>')


def _pages(i: int) -> tuple[int, int]:
    return 11 + 24 * i, 33 + 24 * i


def revues(u) -> list[Doc]:
    arts = sorted(_works(REVUES), key=lambda w: w.path)
    docs = []
    for w in arts:
        issue = _issue_of(w)
        year, vol, num = ISSUES[issue]
        i = [a for a in arts if _issue_of(a) == issue].index(w)
        first, last = _pages(i)
        doi = f"10.3406/ripb.{year}.{_doc_id(w).rsplit('_', 1)[1]}"
        head = (f'<meta name="citation_title" content="{esc(w.title)}"><meta name="citation_author" '
                f'content="{esc(w.author)}"><meta name="citation_publication_date" content="{year}">'
                f'<meta name="citation_journal_title" content="{JOURNAL}"><meta name="citation_volume" '
                f'content="{vol}"><meta name="citation_issue" content="{num}"><meta name="citation_firstpage" '
                f'content="{first}"><meta name="citation_lastpage" content="{last}"><meta name="citation_doi" '
                f'content="{doi}"><meta name="citation_language" content="en"><meta name="citation_publisher" '
                f'content="Perseids"><meta name="citation_pdf_url" content="{u(REVUES, "/doc/" + _doc_id(w) + ".pdf")}">'
                f'<meta name="citation_abstract_html_url" content="{u(REVUES, w.path)}">'
                f'<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/"><meta name="DC.title" '
                f'content="{esc(w.title)}"><meta name="DC.creator" content="{esc(w.author)}"><meta name="DC.date" '
                f'content="{year}"><meta name="DC.type" content="text"><meta name="DC.identifier" '
                f'content="doi:{doi}"><meta name="DC.source" content="{JOURNAL}, vol. {vol}, n&#176;{num}, {year}. '
                f'pp. {first}-{last}"><link rel="canonical" href="{u(REVUES, w.path)}">')
        abstract, text = w.paras[0], w.paras[1:]
        if w.path.endswith("_1101"):
            text = text + ("Note. The author thanks the participants, and the colleagues who answered the call for "
                           "interviews on the Archives and Records mailing list.",)
        cite = (f"{w.author.split()[-1]} {w.author.split()[0]}. {w.title}. In: {JOURNAL}, vol. {vol}, n&#176;{num},"
                f" {year}. pp. {first}-{last}.")
        main = (f'<div class="doc-header"><div class="doc-title"><h1 class="title">{esc(w.title)}</h1></div>'
                f'<div class="doc-authors">{_revues_author(w, u)}</div><div class="doc-bibliographic-reference">'
                f'<a href="{u(REVUES, "/collection/ripb")}">{JOURNAL}</a> '
                + (f'<a href="{u(REVUES, "/issue/" + issue)}">Year {year} {vol}-{num}</a>'
                   if (REVUES, "/issue/" + issue) in KIND
                   else f"<span>Year {year} {vol}-{num}</span>")
                + f' <span class="pages">pp. {first}-{last}</span></div><div class="doc-doi">'
                f'<a href="https://doi.org/{doi}" rel="nofollow">doi: {doi}</a></div></div>'
                f'<div class="doc-cite"><h3>Bibliographic reference</h3><p>{cite}</p></div>'
                f'<div class="doc-abstract" lang="en"><h3>Abstract</h3><p>{esc(abstract.removeprefix("Abstract. "))}'
                f'</p></div><div id="text" class="doc-text">{ps(text)}</div>')
        docs.append(_work(w, _revues(u, f"{w.title} - Perseids", main, head)))
    by_issue = {i: [a for a in arts if _issue_of(a) == i] for i in ISSUES}
    toc = {i: "".join(_revues_toc_item(a, u, "%d-%d" % _pages(n)) for n, a in enumerate(by_issue[i]))
           for i in ISSUES}
    docs.append(_doc(REVUES, "/issue/ripb_2021_num_9_1", _revues(u, f"{JOURNAL}. Year 2021 9-1 - Perseids", (
        f'<div class="issue-header"><h1>{JOURNAL}</h1><h2>Year 2021 9-1</h2><p>Professional learning and its '
        f'places</p></div><div class="issue-toc">{toc["ripb_2021_num_9_1"]}</div>'))))
    docs.append(_doc(REVUES, "/collection/ripb", _revues(u, f"{JOURNAL} - Perseids", (
        f'<div class="collection-header"><h1>{JOURNAL}</h1><p>ISSN 2551-0712. Published since 2013 by the '
        f"Institute of Book Professions. Two issues a year.</p></div><div class=\"collection-issues\"><h2>Issues"
        f'</h2><div class="year"><h3>2022</h3><p>10-1 (latest issue)</p><div class="issue-toc">'
        f'{toc["ripb_2022_num_10_1"]}</div></div><div class="year"><h3>2021</h3><p><a href="'
        f'{u(REVUES, "/issue/ripb_2021_num_9_1")}">9-1</a></p></div></div>'))))
    mine = [w for w in arts if w.author == "Claire Aubertin"]
    docs.append(_doc(REVUES, "/authority/208114", _revues(u, "Aubertin, Claire - Perseids", (
        '<div class="authority"><h1>Aubertin, Claire</h1><p>Lecturer in information science. Documents published '
        'on Perseids:</p><div class="authority-docs">'
        + "".join(_revues_toc_item(w, u, "%d-%d" % _pages(0)) for w in mine) + "</div></div>"))))
    found = [w for w in arts if "mentor" in " ".join(w.paras).lower()]
    docs.append(_doc(REVUES, "/search?q=mentorat", _revues(u, "Search: mentorat - Perseids", (
        f'<div class="search-results"><h1>Search results</h1><p class="count">{len(found)} documents for '
        f'&laquo; mentorat &raquo; (including mentoring, mentor)</p>'
        + "".join(_revues_toc_item(w, u, "") for w in found) + "</div>"))))
    docs.append(_doc(REVUES, "/about", _revues(u, "About - Perseids", (
        "<h1>About Perseids</h1><p>Perseids digitises and publishes scholarly journals in the humanities and "
        "social sciences in open access. Its documents may be reused under the terms of its licence.</p>"
        f'<p>Collections: <a href="{u(REVUES, "/collection/ripb")}">{JOURNAL}</a>.</p>'))))
    docs.append(_doc(REVUES, "/", _revues(u, "Perseids - Portal of scholarly journals", (
        '<div class="home"><h1>Perseids</h1><p>Scholarly journals in open access.</p><h2>Latest documents</h2>'
        + "".join(_revues_toc_item(w, u, "") for w in arts[-2:])
        + f'<h2>Collections</h2><ul><li><a href="{u(REVUES, "/collection/ripb")}">{JOURNAL}</a></li></ul>'
        f'<p><a href="{u(REVUES, "/search?q=mentorat")}">Featured search: mentorat</a></p></div>'))))
    return docs


# --- LibCal: a public library's events -----------------------------------------------------------------

CAL_CAT = "/calendar?cid=8812&t=d&d=0000-00-00&cal=8812&ct=41"
TIMES = {"cal-webinar": ("12:00pm", "1:00pm", "Online"), "cal-circle": ("4:00pm", "5:00pm", "Online"),
         "cal-resume": ("10:00am", "12:00pm", "Central Library, Room 2B"),
         "cal-tax": ("9:00am", "1:00pm", "Eastside Branch"), "cal-lego": ("2:00pm", "3:00pm", "Central Library")}


def _libcal(u, title: str, main: str, head: str = "", crumb: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" '
            f'content="IE=Edge"><meta name="viewport" content="width=device-width, initial-scale=1.0">'
            f"<title>{esc(title)}</title>{head}"
            f'<link rel="stylesheet" href="https://static-assets-us.libcal.com/css_6.1.2/LibCal_public.min.css">'
            f'</head><body id="s-lc-public-body"><a id="s-lc-public-skiplink" class="alert-info" href="#s-lc-public-'
            f'main">Skip to Main Content</a><div id="s-lc-public-header" class="s-lc-public-header"><a href="https:'
            f'//www.metrolib.example/"><img src="/images/metro-logo.png" alt="Metro Public Library"></a></div>'
            f'<div id="s-lc-public-bc"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li><a href="https://'
            f'www.metrolib.example/">Metro Public Library</a></li><li><a href="{u(CAL, "/")}">LibCal</a></li>'
            f'<li><a href="{esc(u(CAL, CAL_CAT))}">Professional Development</a></li>{crumb}</ol></nav></div>'
            f'<div id="s-lc-public-main" class="container-fluid"><div id="s-lc-public-page-content" tabindex="-1">'
            f'{main}</div></div><div id="s-lc-public-footer" class="s-lc-public-footer"><div id="s-lc-public-footer-'
            f'brand"><a href="https://springshare.com/libcal/">Springshare</a></div></div></body></html>')


def _cal_item(key: str, u) -> str:
    w = WORKS[key]
    start, end, where = TIMES[key]
    return (f'<div class="media s-lc-c-evt"><div class="media-body"><h3 class="media-heading s-lc-c-evt-title">'
            f'<a href="{u(CAL, w.path)}">{esc(w.title)}</a></h3><dl class="dl-horizontal"><dt>Date:</dt><dd>'
            f"{_months(w.date)}</dd><dt>Time:</dt><dd>{start} - {end}</dd><dt>Location:</dt><dd>{esc(where)}</dd>"
            f'</dl><div class="s-lc-c-evt-des">{cut(w.paras[0], 160)}</div></div></div>')


def libcal(u) -> list[Doc]:
    keys = [k for k, w in WORKS.items() if w.host == CAL]
    docs = []
    for k in keys:
        w = WORKS[k]
        start, end, where = TIMES[k]
        online = where == "Online"
        ld = {"@context": "https://schema.org", "@type": "Event", "name": w.title,
              "startDate": w.date + "T" + {"12:00pm": "12:00", "4:00pm": "16:00", "10:00am": "10:00",
                                           "9:00am": "09:00", "2:00pm": "14:00"}[start] + ":00-04:00",
              "eventStatus": "https://schema.org/EventScheduled",
              "eventAttendanceMode": "https://schema.org/" + ("Online" if online else "Offline") +
              "EventAttendanceMode",
              "location": ({"@type": "VirtualLocation", "url": u(CAL, w.path)} if online else
                           {"@type": "Place", "name": where, "address": "Metro Public Library"}),
              "description": " ".join(w.paras)[:300], "organizer": {"@type": "Organization", "name": w.author,
                                                                    "url": "https://www.metrolib.example/"}}
        cats = ", ".join(f'<a href="{esc(u(CAL, CAL_CAT))}">{esc(t)}</a>' if t == "Professional Development"
                         else esc(t) for t in w.tags)
        main = (f'<div id="s-lc-event-info" class="s-lc-event-info"><h1 id="s-lc-event-title">{esc(w.title)}</h1>'
                f'<dl class="dl-horizontal s-lc-event-dl"><dt>Date:</dt><dd class="s-lc-event-date">'
                f'{_months(w.date)}</dd><dt>Time:</dt><dd class="s-lc-event-time">{start} - {end}</dd><dt>Location:'
                f'</dt><dd class="s-lc-event-location">{esc(where)}</dd><dt>Presenter:</dt><dd>{esc(w.author)}</dd>'
                f'<dt>Categories:</dt><dd class="s-lc-event-category">{cats}</dd></dl><div id="s-lc-event-desc" '
                f'class="s-lc-event-desc">{ps(w.paras)}</div><div class="s-lc-event-reg"><a class="btn btn-primary" '
                f'href="{u(CAL, w.path)}#s-lc-event-reg-form" rel="nofollow">Register</a></div></div>')
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:description" '
                f'content="{esc(w.paras[0][:200])}"><meta property="og:url" content="{u(CAL, w.path)}">'
                f'<meta property="og:type" content="website"><meta name="description" content="'
                f'{esc(w.paras[0][:200])}"><script type="application/ld+json">{json.dumps(ld)}</script>')
        docs.append(_work(w, _libcal(u, f"{w.title} - Metro Public Library", main, head,
                                     f'<li class="active">{esc(w.title)}</li>')))
    docs.append(_doc(CAL, "/", _libcal(u, "Calendar - Metro Public Library", (
        f'<h1>Events Calendar</h1><p><a href="{esc(u(CAL, "/calendar?cid=8812&t=d&q=mentoring"))}">Find mentoring '
        f'events</a></p><div id="s-lc-c-list" class="s-lc-c-list">'
        + "".join(_cal_item(k, u) for k in keys) + "</div>"),
        '<meta property="og:title" content="Calendar - Metro Public Library">')))
    pd = [k for k in keys if "Professional Development" in WORKS[k].tags]
    docs.append(_doc(CAL, CAL_CAT, _libcal(u, "Professional Development - Calendar - Metro Public Library", (
        '<h1>Events: Professional Development</h1><div id="s-lc-c-list" class="s-lc-c-list">'
        + "".join(_cal_item(k, u) for k in pd) + "</div>"))))
    found = [k for k in keys if "mentor" in " ".join(WORKS[k].paras).lower()]
    docs.append(_doc(CAL, "/calendar?cid=8812&t=d&q=mentoring", _libcal(u, "Search - Calendar - Metro Public Library", (
        f'<h1>Search results for &ldquo;mentoring&rdquo;</h1><p class="s-lc-c-results">{len(found)} events</p>'
        f'<div id="s-lc-c-list" class="s-lc-c-list">' + "".join(_cal_item(k, u) for k in found) + "</div>"))))
    return docs


# --- the whole web -------------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page; ``url(host, path)`` makes the absolute URLs links use."""
    return (relearn(url) + jekyll_hacker(url) + blogger(url) + dotclear(url) + textpattern(url) + cohost(url)
            + askaround(url) + dspace(url) + revues(url) + libcal(url))


class LabelledWeb32(ServedWeb):
    """Web 32 (see the module docstring)."""

    HOSTS = HOSTS
    START = {REPO: "/jspui/"}
    FIRST_ADDRESS = 368
    build = staticmethod(build)
