"""Web 47: a held-out labelled web of 135 pages on ten hosts, built from the labels and texts of
:mod:`tests.labelled_text47` (written and committed first).

Platforms, their markup reduced: a news site like The Conversation (JSON-LD NewsArticle, author profiles with
disclosure statements, topics), The Guardian's DCR pages (JSON-LD in the head, series, tag and contributor pages, a
live Q&A with reader comments), BBC News (data-component text blocks, JSON-LD ReportageNewsArticle,
topic pages), Inside Higher Ed on Drupal (news, opinion, advice and blog nodes), Times Higher Education (Campus
resources, a paywall teaser, a soft 404, a toolkit PDF), Library Journal, American Libraries (features, columns,
the latest issue, a toolkit PDF), Wonkhe (blogs, authors, tags, a report PDF), the LSE Impact Blog and The Scholarly
Kitchen on WordPress (posts with author bios and comments; an accepted manuscript's PDF).
"""

from __future__ import annotations

import json
from typing import Callable

from tests.labelled_text47 import (AL, BBC, CONV, GUARD, HOSTS, IHE, LJ, LSE, OTHER, SK, THE, WONK, WORKS, Work)
from tests.labelled_web import Doc, ServedWeb, esc, pdf, ps

KIND = {(h, p): k for h, p, k in OTHER}


def _works(host: str) -> list[Work]:
    return [w for w in WORKS.values() if w.host == host]


def _ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _other(host: str, path: str, body: str, status: int = 200) -> Doc:
    return Doc(host, path, KIND[(host, path)], 0, body.encode(), status=status)


def _work(w: Work, body: str) -> Doc:
    return Doc(w.host, w.path, w.kind, w.grade, body.encode())


def _pdf(w: Work) -> Doc:
    return Doc(w.host, w.path, w.kind, w.grade, pdf([w.title] + list(w.paras[1:])), content_type="application/pdf")


def _og(w: Work, u, kind: str = "article", site: str = "") -> str:
    return (f'<meta property="og:type" content="{kind}"><meta property="og:title" content="{esc(w.title)}">'
            f'<meta property="og:description" content="{esc(w.paras[0][:200])}"><meta property="og:url" '
            f'content="{u(w.path)}"><meta property="og:site_name" content="{esc(site)}">'
            f'<link rel="canonical" href="{u(w.path)}"><meta property="article:published_time" '
            f'content="{w.date}T09:00:00Z"><meta name="twitter:card" content="summary_large_image">')


def _news_ld(w: Work, u, typ: str, publisher: str) -> str:
    return _ld({"@context": "https://schema.org", "@type": typ, "headline": w.title, "url": u(w.path),
                "datePublished": f"{w.date}T09:00:00Z", "author": [{"@type": "Person", "name": w.author}],
                "publisher": {"@type": "Organization", "name": publisher},
                "mainEntityOfPage": u(w.path)})


def _html(title: str, head: str, body: str, attrs: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"{attrs}><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width,initial-scale=1"><title>{esc(title)}</title>{head}</head>{body}</html>')


def _ul(u, ws: list[Work], cls: str = "") -> str:
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a> <time>{w.date}</time></li>'
                                           for w in ws) + "</ul>"


# --- The Conversation -----------------------------------------------------------------------------------------

def _conv(u, title: str, main: str, head: str = "") -> str:
    return _html(f"{title}", head, f'<body class="theconversation"><header class="site-header"><a class="logo" '
                 f'href="{u("/uk")}">The Conversation</a><p class="tagline">Academic rigour, journalistic flair</p>'
                 f'<nav><a href="{u("/uk/topics/libraries-4512")}">Libraries</a> <a href="{u("/uk/topics/mentoring-8832")}">'
                 f'Mentoring</a> <form action="{u("/uk/search")}"><input name="q"></form></nav></header>'
                 f'<main id="main">{main}</main><footer class="site-footer"><a href="{u("/uk/who-we-are")}">Who we are'
                 f'</a> <a href="{u("/uk/contact-us")}">Contact us</a><p>Copyright &copy; 2010-2024, The Conversation '
                 f'Media Group Ltd</p></footer><div id="cookie-banner">We use cookies. <button>Accept</button></div>'
                 f'</body>')


def conversation(u) -> list[Doc]:
    ws = _works(CONV)
    prof = {"Priya Raman": "/profiles/priya-raman-1204587", "Owen Bracken": "/profiles/owen-bracken-998321"}
    docs = []
    for w in ws:
        a = (f'<a href="{u(prof[w.author])}" class="author-name">{esc(w.author)}</a>' if w.author in prof
             else f'<span class="author-name">{esc(w.author)}</span>')
        disclosure = (f'<div class="content-disclosure"><h3>Disclosure statement</h3><p>{esc(w.author)} receives '
                      f'funding from a national research council. They do not work for, consult, own shares in or '
                      f'receive funding from any company that would benefit from this article.</p></div>')
        main = (f'<article itemscope itemtype="http://schema.org/NewsArticle"><header><h1 class="legacy entry-title '
                f'instapaper_title" itemprop="headline">{esc(w.title)}</h1><time itemprop="datePublished" '
                f'datetime="{w.date}T09:00:00Z">Published: {w.date}</time><div class="author-list">{a}</div></header>'
                f'<div itemprop="articleBody" class="grid-ten large-grid-nine grid-last content-body content '
                f'entry-content instapaper_body">{ps(w.paras)}</div>{disclosure}<div class="topic-list">'
                f'<a href="{u("/uk/topics/libraries-4512")}">Libraries</a></div></article>'
                f'<aside class="republish"><button>Republish this article</button></aside>')
        head = _og(w, u, site="The Conversation") + _news_ld(w, u, "NewsArticle", "The Conversation")
        docs.append(_work(w, _conv(u, w.title, main, head)))
    docs.append(_other(CONV, "/uk", _conv(u, "The Conversation: In-depth analysis, research, news and ideas from "
                                          "leading academics and researchers", "<h2>Editor's picks</h2>"
                                          + _ul(u, ws[:3], "editor-picks")
                                          + f'<p><a href="{u("/uk/search?q=mentoring")}">Trending search: mentoring</a></p>')))
    docs.append(_other(CONV, "/uk/topics/libraries-4512", _conv(
        u, "Libraries - News, Research and Analysis", "<h1>Libraries</h1>" + _ul(u, [ws[0], ws[1], ws[3]])
        + f'<nav class="pagination"><a rel="next" href="{u("/uk/topics/libraries-4512?page=2")}">Next</a></nav>')))
    docs.append(_other(CONV, "/uk/topics/libraries-4512?page=2", _conv(
        u, "Libraries - News, Research and Analysis - Page 2", "<h1>Libraries</h1>" + _ul(u, [ws[2]]))))
    docs.append(_other(CONV, "/uk/topics/mentoring-8832", _conv(u, "Mentoring - News, Research and Analysis",
                                                                "<h1>Mentoring</h1>" + _ul(u, [ws[0], ws[2]]))))
    for name, p in prof.items():
        mine = [w for w in ws if w.author == name]
        docs.append(_other(CONV, p, _conv(u, name, f'<div class="profile"><h1>{esc(name)}</h1><p class="role">Senior '
                                          f'Lecturer, Information Studies</p><h2>Articles</h2>{_ul(u, mine)}</div>',
                                          '<meta property="og:type" content="profile">')))
    docs.append(_other(CONV, "/uk/search?q=mentoring", _conv(u, "Search results for mentoring",
                                                              "<h1>Search results</h1>" + _ul(u, ws))))
    docs.append(_other(CONV, "/uk/who-we-are", _conv(u, "Who we are", "<h1>Who we are</h1><p>An independent source "
                                                     "of news and views from the academic and research community.</p>"
                                                     f'<a href="{u(prof["Priya Raman"])}">Featured author</a>')))
    docs.append(_other(CONV, "/uk/contact-us", _conv(u, "Contact us", "<h1>Contact us</h1><p>Pitch an article to "
                                                     "our editors.</p>")))
    return docs


# --- The Guardian (DCR) -----------------------------------------------------------------------------------------

def _guard(u, title: str, main: str, head: str = "") -> str:
    pillars = (f'<ul data-testid="pillar-list"><li><a href="{u("/")}">News</a></li><li><a href="{u("/careers")}">'
               f'Careers</a></li><li><a href="{u("/books/libraries")}">Libraries</a></li></ul>')
    return _html(f"{title} | The Guardian", head, f'<body><div id="bannerandheader"><header data-component="nav2">'
                 f'<a href="{u("/")}" data-link-name="nav2 : logo">The Guardian - Back to home</a>{pillars}</header>'
                 f'</div><main data-layout="StandardLayout">{main}</main><footer data-component="footer"><ul>'
                 f'<li><a href="{u("/about")}">About us</a></li><li><a href="{u("/help/contact-us")}">Contact us</a>'
                 f'</li></ul><p>&copy; 2024 Guardian News &amp; Media Limited or its affiliated companies.</p>'
                 f'</footer><div id="sp_message_container">Yes, I&#x27;m happy</div></body>', ' dir="ltr"')


def guardian(u) -> list[Doc]:
    ws = _works(GUARD)
    docs = []
    for w in ws:
        byline = (f'<a rel="author" href="{u("/profile/hannah-eze")}" data-link-name="auto tag link">{esc(w.author)}'
                  f'</a>' if w.author == "Hannah Eze" else f'<span>{esc(w.author)}</span>')
        sec = w.path.split("/")[1]
        tag, tagname = {"careers": ("/careers", "Careers"), "books": ("/books/libraries", "Libraries"),
                        "money": ("/careers/series/working-lives", "Working lives")}.get(sec, ("/", "News"))
        if w.kind == "post":
            q, *rest = w.paras
            body = (f'<div data-gu-name="body" class="article-body-commercial-selector"><p>{esc(q)}</p></div>'
                    f'<section id="comments" data-component="discussion"><h2>Comments (3)</h2>'
                    + "".join(f'<div class="comment" data-testid="comment"><p>{esc(x)}</p></div>' for x in rest)
                    + "</section>")
        else:
            body = f'<div data-gu-name="body" class="article-body-commercial-selector">{ps(w.paras)}</div>'
        extra = (f'<a href="{u("/careers/series/working-lives")}" data-link-name="article series">Working lives</a>'
                 if "working-lives" in w.path else "")
        main = (f'<article><div data-gu-name="headline"><h1>{esc(w.title)}</h1></div><div data-gu-name="meta">'
                f'<address aria-label="Contributor info">{byline}</address><details><summary>{w.date}</summary>'
                f'</details></div>{extra}{body}<div data-gu-name="tags"><a href="{u(tag)}">{tagname}</a></div>'
                f'</article><aside data-component="onwards-content"><h2>More on this story</h2>'
                f'{_ul(u, [x for x in ws if x is not w][:2])}</aside>')
        head = _og(w, u, site="the Guardian") + _news_ld(w, u, "NewsArticle", "The Guardian")
        docs.append(_work(w, _guard(u, w.title, main, head)))
    careers = [w for w in ws if w.path.startswith("/careers")]
    docs.append(_other(GUARD, "/", _guard(u, "News, sport and opinion from the Guardian's global edition",
                                          '<section id="headlines"><h2>Headlines</h2>' + _ul(u, ws) + "</section>"
                                          f'<a href="{u("/careers/series/working-lives")}">Working lives</a>')))
    docs.append(_other(GUARD, "/careers", _guard(u, "Careers", "<h1>Careers</h1>" + _ul(u, careers)
                                                 + f'<p><a href="{u("/careers/2019/jun/01/mentoring-old")}">From the '
                                                   f"archive</a></p>")))
    docs.append(_other(GUARD, "/careers/series/working-lives", _guard(
        u, "Working lives", "<h1>Working lives</h1><p>A series about jobs and the people who do them.</p>"
        + _ul(u, [WORKS["guard5"]]))))
    docs.append(_other(GUARD, "/profile/hannah-eze", _guard(u, "Hannah Eze", '<div data-component="contributor">'
                                                           "<h1>Hannah Eze</h1><p>Hannah Eze writes about work and "
                                                           "careers.</p></div>" + _ul(u, [WORKS["guard1"]]))))
    docs.append(_other(GUARD, "/books/libraries", _guard(u, "Libraries", "<h1>Libraries</h1>"
                                                         + _ul(u, [WORKS["guard3"], WORKS["guard1"]]))))
    docs.append(_other(GUARD, "/about", _guard(u, "About us", "<h1>About the Guardian</h1><p>Independent journalism "
                                               "since 1821.</p>")))
    docs.append(_other(GUARD, "/help/contact-us", _guard(u, "Contact us", "<h1>Contact us</h1><p>Reader enquiries."
                                                         "</p>")))
    docs.append(_other(GUARD, "/careers/2019/jun/01/mentoring-old", _guard(
        u, "Page not found", "<h1>Sorry - we haven't been able to serve the page you asked for.</h1><p>It may have "
        "been removed or had its address changed.</p>"), status=404))
    return docs


# --- BBC News ----------------------------------------------------------------------------------------------------

def _bbc(u, title: str, main: str, head: str = "") -> str:
    return _html(f"{title} - BBC News", head, f'<body><div id="__next"><header data-testid="header-content">'
                 f'<a href="{u("/news")}" aria-label="BBC News">BBC</a><nav data-testid="level1-navigation-container">'
                 f'<a href="{u("/news")}">Home</a> <a href="{u("/news/education")}">Education</a> <a '
                 f'href="{u("/news/topics/c8l6dkx27g5t")}">Libraries</a> <a href="{u("/search?q=libraries")}">Search</a>'
                 f'</nav></header><main id="main-content" data-testid="main-content">{main}</main>'
                 f'<footer data-testid="footer"><a href="{u("/aboutthebbc")}">About the BBC</a> <a href="'
                 f'{u("/contact")}">Contact the BBC</a><p>Copyright 2024 BBC. The BBC is not responsible for the '
                 f'content of external sites.</p></footer></div></body>')


def bbc(u) -> list[Doc]:
    ws = _works(BBC)
    docs = []
    for w in ws:
        blocks = "".join(f'<div data-component="text-block"><p>{esc(x)}</p></div>' for x in w.paras)
        main = (f'<article><div data-component="headline-block"><h1>{esc(w.title)}</h1></div>'
                f'<div data-component="byline-block"><span data-testid="byline-name">{esc(w.author)}</span>'
                f'<time datetime="{w.date}T06:00:00.000Z">{w.date}</time></div>{blocks}'
                f'<div data-component="tags"><a href="{u("/news/topics/c8l6dkx27g5t")}">Libraries</a></div></article>'
                f'<section data-component="links-block"><h2>Related</h2>{_ul(u, [x for x in ws if x is not w][:2])}'
                f"</section>")
        head = (_og(w, u, site="BBC News") + _ld({"@context": "http://schema.org", "@type": "ReportageNewsArticle",
                                                   "headline": w.title, "datePublished": w.date,
                                                   "author": [{"@type": "Person", "name": w.author}],
                                                   "publisher": {"@type": "NewsMediaOrganization", "name": "BBC News"}}))
        docs.append(_work(w, _bbc(u, w.title, main, head)))
    docs.append(_other(BBC, "/news", _bbc(u, "Home", '<h1 class="visually-hidden">BBC News Home</h1>' + _ul(u, ws))))
    docs.append(_other(BBC, "/news/topics/c8l6dkx27g5t", _bbc(
        u, "Libraries", "<h1>Libraries</h1>" + _ul(u, ws[:2])
        + f'<nav data-testid="pagination"><a href="{u("/news/topics/c8l6dkx27g5t?page=2")}">Next page</a></nav>')))
    docs.append(_other(BBC, "/news/topics/c8l6dkx27g5t?page=2", _bbc(u, "Libraries - page 2", "<h1>Libraries</h1>"
                                                                     + _ul(u, ws[2:]))))
    docs.append(_other(BBC, "/news/education", _bbc(u, "Education &amp; Family", "<h1>Education</h1>"
                                                    + _ul(u, [ws[0], ws[2]]))))
    docs.append(_other(BBC, "/search?q=libraries", _bbc(u, "BBC - Search results for libraries",
                                                         "<h1>Search results</h1>" + _ul(u, ws))))
    docs.append(_other(BBC, "/aboutthebbc", _bbc(u, "About the BBC", "<h1>About the BBC</h1><p>The BBC is the "
                                                 "world's leading public service broadcaster.</p>")))
    docs.append(_other(BBC, "/contact", _bbc(u, "Contact the BBC", "<h1>Contact the BBC</h1><p>Complaints, "
                                             "questions and feedback.</p>")))
    return docs


# --- Inside Higher Ed (Drupal) -------------------------------------------------------------------------------------

def _ihe(u, title: str, main: str, head: str = "", body_class: str = "path-frontpage") -> str:
    return _html(f"{title} | Inside Higher Ed", '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">'
                 + head, f'<body class="{body_class}"><a href="#main-content" class="visually-hidden focusable">Skip '
                 f'to main content</a><div class="dialog-off-canvas-main-canvas"><header role="banner">'
                 f'<a href="{u("/")}" rel="home">Inside Higher Ed</a><nav role="navigation"><ul class="menu">'
                 f'<li><a href="{u("/news")}">News</a></li><li><a href="{u("/opinion")}">Opinion</a></li>'
                 f'<li><a href="{u("/topics/libraries")}">Libraries</a></li></ul></nav><form action="{u("/search")}">'
                 f'<input name="keywords"></form></header><main role="main"><a id="main-content" tabindex="-1"></a>'
                 f'{main}</main><footer role="contentinfo"><a href="{u("/about")}">About</a> <a href="{u("/contact")}">'
                 f'Contact</a><p>Copyright &copy; 2024 Inside Higher Ed</p></footer></div></body>')


def ihe(u) -> list[Doc]:
    ws = _works(IHE)
    docs = []
    for w in ws:
        by = (f'<a href="{u("/users/jessica-marlowe")}">{esc(w.author)}</a>' if w.author == "Jessica Marlowe"
              else esc(w.author))
        cat = (f'<a href="{u("/news/faculty-issues")}">Faculty Issues</a>' if "/faculty-issues/" in w.path else "")
        main = (f'<article role="article" class="node node--type-article node--view-mode-full"><h1 class="page-title">'
                f'<span class="field field--name-title">{esc(w.title)}</span></h1><div class="byline">By {by} &middot; '
                f'<time datetime="{w.date}T04:00:00Z">{w.date}</time> {cat}</div><div class="clearfix text-formatted '
                f'field field--name-body field--type-text-with-summary">{ps(w.paras)}</div><div class="field--name-'
                f'field-tags"><a href="{u("/topics/libraries")}" hreflang="en">Libraries</a></div></article>')
        head = _og(w, u, site="Inside Higher Ed") + _news_ld(w, u, "NewsArticle", "Inside Higher Ed")
        docs.append(_work(w, _ihe(u, w.title, main, head, "path-node page-node-type-article")))
    news = [w for w in ws if w.path.startswith("/news/")]
    docs.append(_other(IHE, "/", _ihe(u, "Inside Higher Ed | Higher Education News, Events and Jobs",
                                      '<div class="views-element-container">' + _ul(u, ws) + "</div>"
                                      f'<a href="{u("/search?keywords=mentoring")}">Trending: mentoring</a>')))
    docs.append(_other(IHE, "/news", _ihe(u, "News", "<h1>News</h1>" + _ul(u, news)
                                          + f'<nav class="pager"><a href="{u("/news/2019/05/01/old-story")}">Older'
                                            "</a></nav>")))
    docs.append(_other(IHE, "/opinion", _ihe(u, "Opinion", "<h1>Opinion</h1>" + _ul(u, [ws[1], ws[2]]))))
    docs.append(_other(IHE, "/news/faculty-issues", _ihe(u, "Faculty Issues", "<h1>Faculty Issues</h1>"
                                                         + _ul(u, [ws[0]]))))
    docs.append(_other(IHE, "/topics/libraries", _ihe(u, "Libraries", "<h1>Libraries</h1>"
                                                      + _ul(u, [ws[0], ws[2], ws[4]]))))
    docs.append(_other(IHE, "/users/jessica-marlowe", _ihe(u, "Jessica Marlowe", "<h1>Jessica Marlowe</h1><p>Reporter"
                                                           "</p>" + _ul(u, [ws[0]]))))
    docs.append(_other(IHE, "/about", _ihe(u, "About Us", "<h1>About Us</h1><p>News and opinion for the higher "
                                           "education community since 2004.</p>")))
    docs.append(_other(IHE, "/contact", _ihe(u, "Contact", "<h1>Contact Us</h1><p>Send news tips.</p>")))
    docs.append(_other(IHE, "/search?keywords=mentoring", _ihe(u, "Search", "<h1>Search</h1>"
                                                               + _ul(u, [ws[0], ws[1], ws[3]]))))
    docs.append(_other(IHE, "/news/2019/05/01/old-story", _ihe(u, "Page not found", "<h1>Page not found</h1><p>The "
                                                               "requested page could not be found.</p>"), status=404))
    return docs


# --- Times Higher Education ---------------------------------------------------------------------------------------

def _the(u, title: str, main: str, head: str = "") -> str:
    return _html(f"{title} | Times Higher Education (THE)", head, f'<body class="the-site"><header><a href="{u("/")}" '
                 f'class="the-logo">Times Higher Education</a><nav><a href="{u("/campus")}">THE Campus</a> '
                 f'<a href="{u("/campus/spotlight/library")}">Library spotlight</a> <form action="{u("/search")}">'
                 f'<input name="search"></form></nav></header><main>{main}</main><footer><a href="{u("/about-us")}">'
                 f'About us</a> <a href="{u("/contact-us")}">Contact us</a><p>&copy; Times Higher Education</p>'
                 f'</footer><div class="cookie-consent">We use cookies to improve your experience.</div></body>')


def the(u) -> list[Doc]:
    ws = _works(THE)
    toolkit = WORKS["the4"]
    docs = [_pdf(toolkit)]
    for w in ws:
        if w is toolkit:
            continue
        by = (f'<a href="{u("/author/ellen-mbeki")}">{esc(w.author)}</a>' if w.author == "Ellen Mbeki"
              else esc(w.author))
        if w.path.startswith("/depth/"):
            body = (f'<div class="article-body paywalled">{ps(w.paras[:1])}<p>{esc(w.paras[1])}</p></div>'
                    f'<div class="paywall"><h3>Register to continue</h3><p>Why register? Registration is free and '
                    f'only takes a moment.</p></div>')
        else:
            body = f'<div class="article-body">{ps(w.paras)}</div>'
        extra = (f'<p class="resource-download"><a href="{u(toolkit.path)}">Download the library social media toolkit '
                 f'(PDF)</a></p>' if w is ws[0] else "")
        main = (f'<article><p class="kicker">{"Campus" if "/campus/" in w.path else "News"}</p><h1 class="article__'
                f'title">{esc(w.title)}</h1><div class="article__byline">{by} <time>{w.date}</time></div>{body}{extra}'
                f'</article><aside class="related"><h3>You may also like</h3>{_ul(u, [x for x in ws if x is not w][:2])}'
                f'</aside>')
        head = _og(w, u, site="Times Higher Education (THE)") + _news_ld(w, u, "Article", "Times Higher Education")
        docs.append(_work(w, _the(u, w.title, main, head)))
    html_ws = [w for w in ws if w is not toolkit]
    docs.append(_other(THE, "/", _the(u, "World University Rankings, news and jobs", "<h2>Latest</h2>"
                                      + _ul(u, html_ws) + f'<a href="{u("/search?search=mentoring")}">mentoring</a>')))
    docs.append(_other(THE, "/campus", _the(u, "THE Campus", "<h1>THE Campus: resources for academics and university "
                                            "staff</h1>" + _ul(u, [ws[0]]) + f'<a href="{u("/campus/old-resource-removed")}">'
                                            "Archived resources</a>")))
    docs.append(_other(THE, "/campus/spotlight/library", _the(u, "Library spotlight", "<h1>Spotlight: the library"
                                                              "</h1>" + _ul(u, [ws[0], ws[1]]))))
    docs.append(_other(THE, "/author/ellen-mbeki", _the(u, "Ellen Mbeki", "<h1>Ellen Mbeki</h1><p>Head of library "
                                                        "learning services.</p>" + _ul(u, [ws[0]]))))
    docs.append(_other(THE, "/about-us", _the(u, "About us", "<h1>About us</h1><p>Data and insight for higher "
                                              "education for over 50 years.</p>")))
    docs.append(_other(THE, "/contact-us", _the(u, "Contact us", "<h1>Contact us</h1><p>Editorial and "
                                                "subscriptions.</p>")))
    docs.append(_other(THE, "/search?search=mentoring", _the(u, "Search", "<h1>Search results</h1>"
                                                              + _ul(u, [ws[0], ws[1], ws[2]]))))
    docs.append(_other(THE, "/campus/old-resource-removed", _the(
        u, "Page not found", '<div class="error-page"><h1>Sorry, we can&#x27;t find that page</h1><p>The page you '
        'are looking for may have moved. Try searching THE.</p></div>')))  # a soft 404, served 200
    return docs


# --- Library Journal -------------------------------------------------------------------------------------------------

def _lj(u, title: str, main: str, head: str = "") -> str:
    return _html(f"{title} | Library Journal", head, f'<body><header class="lj-header"><a href="{u("/")}" class="logo">'
                 f'Library Journal</a><nav class="main-menu"><a href="{u("/section/news")}">News</a> <a href="'
                 f'{u("/section/careers")}">Careers</a> <a href="{u("/tag/mentoring")}">Mentoring</a></nav><form '
                 f'action="{u("/search")}"><input name="q"></form></header><div class="container">{main}</div>'
                 f'<footer><a href="{u("/page/about-us")}">About Us</a> <a href="{u("/page/contact-us")}">Contact Us</a>'
                 f'<p>&copy; 2024 Library Journal. All rights reserved.</p></footer></body>')


def lj(u) -> list[Doc]:
    ws = _works(LJ)
    docs = []
    for w in ws:
        by = (f'<a href="{u("/author/lisa-peet")}">{esc(w.author)}</a>' if w.author == "Lisa Peet" else esc(w.author))
        main = (f'<article class="story"><h1 id="story-title">{esc(w.title)}</h1><div class="story-byline">By {by} '
                f'<span class="story-date">{w.date}</span></div><div class="story-body">{ps(w.paras)}</div>'
                f'<div class="story-tags"><a href="{u("/tag/mentoring")}">mentoring</a></div></article>'
                f'<div class="related-stories"><h4>Related</h4>{_ul(u, [x for x in ws if x is not w][:2])}</div>')
        docs.append(_work(w, _lj(u, w.title, main, _og(w, u, site="Library Journal"))))
    docs.append(_other(LJ, "/", _lj(u, "Library Journal", "<h2>Top stories</h2>" + _ul(u, ws)
                                    + f'<a href="{u("/search?q=mentoring")}">mentoring</a>')))
    docs.append(_other(LJ, "/section/news", _lj(u, "News", "<h1>News</h1>" + _ul(u, [ws[2], ws[3]])
                                                + f'<a href="{u("/section/news?page=2")}">Next</a>')))
    docs.append(_other(LJ, "/section/news?page=2", _lj(u, "News - page 2", "<h1>News</h1>" + _ul(u, [ws[0]]))))
    docs.append(_other(LJ, "/section/careers", _lj(u, "Careers", "<h1>Careers</h1>" + _ul(u, [ws[1], ws[4]]))))
    docs.append(_other(LJ, "/tag/mentoring", _lj(u, "mentoring", "<h1>Tag: mentoring</h1>" + _ul(u, ws[:3]))))
    docs.append(_other(LJ, "/author/lisa-peet", _lj(u, "Lisa Peet", "<h1>Lisa Peet</h1><p>News editor.</p>"
                                                    + _ul(u, [ws[0], ws[3]]))))
    docs.append(_other(LJ, "/page/about-us", _lj(u, "About Us", "<h1>About Library Journal</h1><p>Founded 1876.</p>")))
    docs.append(_other(LJ, "/page/contact-us", _lj(u, "Contact Us", "<h1>Contact Us</h1><p>Editorial offices.</p>")))
    docs.append(_other(LJ, "/search?q=mentoring", _lj(u, "Search", "<h1>Results for mentoring</h1>" + _ul(u, ws[:3]))))
    return docs


# --- American Libraries ---------------------------------------------------------------------------------------------

def _al(u, title: str, main: str, head: str = "") -> str:
    return _html(f"{title} | American Libraries Magazine", head, f'<body class="wp-theme-americanlibraries">'
                 f'<header id="masthead"><a href="{u("/")}" rel="home">American Libraries</a><nav id="site-navigation">'
                 f'<a href="{u("/category/features/")}">Features</a> <a href="{u("/category/columns/")}">Columns</a> '
                 f'<a href="{u("/issues/may-2024/")}">Latest Issue</a></nav><form role="search" action="{u("/")}">'
                 f'<input name="s"></form></header><div id="content">{main}</div><footer id="colophon"><a href="'
                 f'{u("/about/")}">About</a> <a href="{u("/contact/")}">Contact</a><p>American Libraries is the '
                 f'magazine of the American Library Association.</p></footer></body>')


def al(u) -> list[Doc]:
    ws = _works(AL)
    toolkit = WORKS["al3"]
    docs = [_pdf(toolkit)]
    cats = {"features": [WORKS["al1"], WORKS["al4"], WORKS["al5"]], "columns": [WORKS["al2"]]}
    for w in ws:
        if w is toolkit:
            continue
        cat = next(c for c, l in cats.items() if w in l)
        by = (f'<a href="{u("/author/carrie-smith/")}" rel="author">{esc(w.author)}</a>' if w.author == "Carrie Smith"
              else esc(w.author))
        extra = (f'<p class="download"><a href="{u(toolkit.path)}">Download the Online Mentoring Toolkit (PDF)</a></p>'
                 if w is ws[0] else "")
        main = (f'<article class="post type-post status-publish"><header class="entry-header"><span class="cat-links">'
                f'<a href="{u("/category/" + cat + "/")}" rel="category tag">{cat.title()}</a></span><h1 class="entry-'
                f'title">{esc(w.title)}</h1><div class="entry-meta">By {by} | <time class="entry-date published" '
                f'datetime="{w.date}">{w.date}</time></div></header><div class="entry-content">{ps(w.paras)}{extra}'
                f'</div><footer class="entry-footer"><a href="{u("/tag/mentoring/")}" rel="tag">mentoring</a></footer>'
                f'</article>')
        docs.append(_work(w, _al(u, w.title, main, _og(w, u, site="American Libraries Magazine"))))
    docs.append(_other(AL, "/", _al(u, "American Libraries Magazine", "<h2>Latest</h2>"
                                    + _ul(u, [w for w in ws if w is not toolkit])
                                    + f'<a href="{u("/?s=mentoring")}">Search mentoring</a>')))
    docs.append(_other(AL, "/issues/may-2024/", _al(u, "May 2024", "<h1>May 2024 issue</h1>"
                                                    + _ul(u, [WORKS["al1"], toolkit, WORKS["al4"]])
                                                    + f'<p>Previous issues: <a href="{u("/2019/01/01/gone/")}">January '
                                                      "2019</a></p>")))
    for c, l in cats.items():
        docs.append(_other(AL, f"/category/{c}/", _al(u, c.title(), f"<h1>{c.title()}</h1>" + _ul(u, l))))
    docs.append(_other(AL, "/tag/mentoring/", _al(u, "mentoring", "<h1>Tag: mentoring</h1>"
                                                  + _ul(u, [WORKS["al1"], WORKS["al2"]]))))
    docs.append(_other(AL, "/author/carrie-smith/", _al(u, "Carrie Smith", "<h1>Carrie Smith</h1><p>Managing editor."
                                                        "</p>" + _ul(u, [WORKS["al1"]]))))
    docs.append(_other(AL, "/about/", _al(u, "About", "<h1>About American Libraries</h1><p>The flagship magazine of "
                                          "the ALA.</p>")))
    docs.append(_other(AL, "/contact/", _al(u, "Contact", "<h1>Contact</h1><p>americanlibraries at ala.example</p>")))
    docs.append(_other(AL, "/?s=mentoring", _al(u, "Search Results for mentoring", "<h1>Search results</h1>"
                                                + _ul(u, [WORKS["al1"], WORKS["al2"], WORKS["al5"]]))))
    docs.append(_other(AL, "/2019/01/01/gone/", _al(u, "Page not found", "<h1>Oops! That page can&rsquo;t be "
                                                    "found.</h1>"), status=404))
    return docs


# --- Wonkhe ------------------------------------------------------------------------------------------------------

def _wonk(u, title: str, main: str, head: str = "") -> str:
    return _html(f"{title} | Wonkhe", head, f'<body><header class="wonkhe-header"><a href="{u("/")}" class="brand">'
                 f'Wonkhe</a><nav><a href="{u("/blogs/")}">Blogs</a> <a href="{u("/category/professional-services/")}">'
                 f'Professional services</a> <a href="{u("/tag/libraries/")}">Libraries</a></nav><form action="'
                 f'{u("/")}"><input name="s"></form></header><main>{main}</main><footer><a href="{u("/about/")}">About'
                 f'</a> <a href="{u("/contact/")}">Contact</a><p>&copy; Wonkhe Ltd</p></footer></body>')


def wonkhe(u) -> list[Doc]:
    ws = _works(WONK)
    report = WORKS["wonk4"]
    docs = [_pdf(report)]
    for w in ws:
        if w is report:
            continue
        by = (f'<a href="{u("/author/claire-hughes/")}">{esc(w.author)}</a>' if w.author == "Claire Hughes"
              else esc(w.author))
        extra = (f'<p><a href="{u(report.path)}">Read the student space report (PDF)</a></p>' if w is WORKS["wonk3"]
                 else "")
        main = (f'<article class="blog-post"><h1>{esc(w.title)}</h1><div class="author-box">{by} <time>{w.date}</time>'
                f'</div><div class="post-content">{ps(w.paras)}{extra}</div><div class="tags"><a href="'
                f'{u("/tag/libraries/")}">Libraries</a></div></article><div class="comments"><h3>0 comments</h3></div>')
        docs.append(_work(w, _wonk(u, w.title, main, _og(w, u, site="Wonkhe"))))
    html_ws = [w for w in ws if w is not report]
    docs.append(_other(WONK, "/", _wonk(u, "Wonkhe - Higher education policy, people and politics",
                                        "<h2>Latest blogs</h2>" + _ul(u, html_ws)
                                        + f'<a href="{u("/?s=mentoring")}">mentoring</a>')))
    docs.append(_other(WONK, "/blogs/", _wonk(u, "Blogs", "<h1>Blogs</h1>" + _ul(u, html_ws))))
    docs.append(_other(WONK, "/tag/libraries/", _wonk(u, "Libraries", "<h1>Libraries</h1>"
                                                      + _ul(u, [WORKS["wonk1"], WORKS["wonk3"]]))))
    docs.append(_other(WONK, "/category/professional-services/", _wonk(u, "Professional services",
                                                                      "<h1>Professional services</h1>"
                                                                      + _ul(u, [WORKS["wonk1"]]))))
    docs.append(_other(WONK, "/author/claire-hughes/", _wonk(u, "Claire Hughes", "<h1>Claire Hughes</h1><p>Head of "
                                                             "library services.</p>" + _ul(u, [WORKS["wonk1"]]))))
    docs.append(_other(WONK, "/about/", _wonk(u, "About", "<h1>About Wonkhe</h1><p>The home of the higher education "
                                              "community.</p>")))
    docs.append(_other(WONK, "/contact/", _wonk(u, "Contact", "<h1>Contact</h1><p>team at wonkhe.example</p>")))
    docs.append(_other(WONK, "/?s=mentoring", _wonk(u, "Search: mentoring", "<h1>Search results</h1>"
                                                    + _ul(u, [WORKS["wonk1"]]))))
    return docs


# --- WordPress blogs: LSE Impact Blog and The Scholarly Kitchen ---------------------------------------------------------

def _wp(u, base: str, site: str, title: str, main: str, head: str, body_class: str, nav: str) -> str:
    return _html(f"{title} | {site}", head + f'<meta name="generator" content="WordPress 6.4.3"><link rel="alternate" '
                 f'type="application/rss+xml" title="{esc(site)} &raquo; Feed" href="{u(base + "feed/")}">',
                 f'<body class="{body_class}"><div id="page" class="site"><a class="skip-link screen-reader-text" '
                 f'href="#content">Skip to content</a><header id="masthead" class="site-header"><p class="site-title">'
                 f'<a href="{u(base)}" rel="home">{esc(site)}</a></p><nav id="site-navigation" class="main-navigation">'
                 f'{nav}</nav></header><div id="content" class="site-content">{main}</div><footer id="colophon" '
                 f'class="site-footer"><a href="{u(base + "about-the-blog/" if base != "/" else "/about/")}">'
                 f'About</a> <a href="{u(base + "contact/")}">Contact</a><p>Proudly powered by WordPress</p></footer>'
                 f'</div></body>')


def _wp_post(u, w: Work, base: str, site: str, nav: str, cat: str, tag: str, author: str, bio: str,
             comments: list[str], extra: str = "") -> str:
    com = "".join(f'<li class="comment"><article class="comment-body"><div class="comment-content"><p>{esc(c)}</p>'
                  f"</div></article></li>" for c in comments)
    main = (f'<main id="main" class="site-main"><article class="post type-post status-publish format-standard hentry">'
            f'<header class="entry-header"><h1 class="entry-title">{esc(w.title)}</h1><div class="entry-meta">'
            f'<span class="posted-on"><time class="entry-date published" datetime="{w.date}T08:00:00+00:00">{w.date}'
            f'</time></span> <span class="byline"><span class="author vcard">{author}</span></span></div></header>'
            f'<div class="entry-content">{ps(w.paras)}{extra}</div><footer class="entry-footer"><span class="cat-links">'
            f'{cat}</span> <span class="tags-links">{tag}</span></footer><div class="author-bio"><h4>About the author'
            f'</h4><p>{esc(bio)}</p></div></article><div id="comments" class="comments-area"><h2 class="comments-title">'
            f'{len(comments)} Comments</h2><ol class="comment-list">{com}</ol><div id="respond" class="comment-respond">'
            f'<form action="{u("/wp-comments-post.php")}" method="post"><textarea name="comment"></textarea></form>'
            f'</div></div></main>')
    head = _og(w, u, site=site) + _ld({"@context": "https://schema.org", "@graph": [
        {"@type": "BlogPosting", "headline": w.title, "datePublished": w.date, "author": {"@type": "Person",
                                                                                          "name": w.author}}]})
    return _wp(u, base, site, w.title, main, head, "post-template-default single single-post", nav)


def lse(u) -> list[Doc]:
    b = "/impactofsocialsciences/"
    site = "Impact of Social Sciences"
    nav = (f'<ul id="primary-menu"><li><a href="{u(b + "category/academic-careers/")}">Academic careers</a></li>'
           f'<li><a href="{u(b + "tag/mentoring/")}">Mentoring</a></li><li><a href="{u(b + "?s=mentoring")}">Search</a>'
           f"</li></ul>")
    ws = _works(LSE)
    ms = WORKS["lse2"]
    docs = [_pdf(ms)]
    careers = [WORKS["lse1"], WORKS["lse5"], WORKS["lse4"]]
    for w in ws:
        if w is ms:
            continue
        author = (f'<a class="url fn n" href="{u(b + "author/sofia-marchetti/")}">{esc(w.author)}</a>'
                  if "Marchetti" in w.author else esc(w.author))
        cat = (f'<a href="{u(b + "category/academic-careers/")}" rel="category tag">Academic careers</a>'
               if w in careers else "")
        tag = f'<a href="{u(b + "tag/mentoring/")}" rel="tag">mentoring</a>' if w.grade >= 2 else ""
        extra = (f'<p>The accepted manuscript is available <a href="{u(ms.path)}">here (PDF)</a>.</p>'
                 if w is WORKS["lse1"] else "")
        comments = (["Thank you, this matches my experience as a subject librarian.",
                     "Would love to see data on who volunteers as mentors."] if w.grade >= 2 else [])
        docs.append(_work(w, _wp_post(u, w, b, site, nav, cat, tag, author,
                                      f"{w.author} writes about research and its communities.", comments, extra)))
    posts = [w for w in ws if w is not ms]

    def page(path, title, main, cls):
        return _other(LSE, path, _wp(u, b, site, title, f'<main id="main" class="site-main">{main}</main>', "", cls, nav))
    docs.append(page(b, site, _ul(u, posts[:3]) + f'<nav class="navigation pagination"><a class="next page-numbers" '
                                                  f'href="{u(b + "page/2/")}">Older posts</a></nav>', "home blog"))
    docs.append(page(b + "page/2/", f"{site} - Page 2", _ul(u, posts[3:])
                     + f'<p><a href="{u(b + "2018/05/05/removed/")}">From 2018</a></p>', "blog paged paged-2"))
    docs.append(page(b + "category/academic-careers/", "Academic careers", "<h1 class=\"page-title\">Category: "
                     "Academic careers</h1>" + _ul(u, careers), "archive category"))
    docs.append(page(b + "tag/mentoring/", "mentoring", "<h1 class=\"page-title\">Tag: mentoring</h1>"
                     + _ul(u, [WORKS["lse1"], WORKS["lse5"]]), "archive tag"))
    docs.append(page(b + "author/sofia-marchetti/", "Sofia Marchetti", "<h1 class=\"page-title\">Author: Sofia "
                     "Marchetti</h1><p>Lecturer in information studies.</p>" + _ul(u, [WORKS["lse1"]]),
                     "archive author"))
    docs.append(page(b + "about-the-blog/", "About the blog", "<h1>About the blog</h1><p>A hub for researchers, "
                     "administrative staff, librarians and think-tankers.</p>", "page"))
    docs.append(page(b + "contact/", "Contact", "<h1>Contact</h1><p>impactofsocialsciences at lse.example</p>", "page"))
    docs.append(page(b + "?s=mentoring", "Search Results for mentoring", "<h1>Search Results for: mentoring</h1>"
                     + _ul(u, [WORKS["lse1"], WORKS["lse5"]]), "search search-results"))
    docs.append(_other(LSE, b + "2018/05/05/removed/", _wp(u, b, site, "Page not found", "<h1>Oops! That page can&rsquo;t"
                                                           " be found.</h1>", "", "error404", nav), status=404))
    return docs


def sk(u) -> list[Doc]:
    b = "/"
    site = "The Scholarly Kitchen"
    nav = (f'<ul id="menu-main"><li><a href="{u("/the-chefs/")}">The Chefs</a></li><li><a href="'
           f'{u("/category/libraries/")}">Libraries</a></li><li><a href="{u("/tag/mentoring/")}">Mentoring</a></li>'
           f'<li><a href="{u("/?s=mentoring")}">Search</a></li></ul>')
    ws = _works(SK)
    libs = [WORKS["sk1"], WORKS["sk2"], WORKS["sk5"]]
    docs = []
    for w in ws:
        author = (f'<a class="url fn n" href="{u("/author/nrobinson/")}">{esc(w.author)}</a>'
                  if w.author == "Nia Robinson" else esc(w.author))
        cat = f'<a href="{u("/category/libraries/")}" rel="category tag">Libraries</a>' if w in libs else ""
        tag = f'<a href="{u("/tag/mentoring/")}" rel="tag">Mentoring</a>' if w.grade >= 2 else ""
        comments = ["Great piece. The Slack groups saved me in my first year."] if w.grade >= 2 else ["Thanks."]
        docs.append(_work(w, _wp_post(u, w, b, site, nav, cat, tag, author,
                                      f"{w.author} is a Chef of the Scholarly Kitchen.", comments)))

    def page(path, title, main, cls):
        return _other(SK, path, _wp(u, b, site, title, f'<main id="main" class="site-main">{main}</main>', "", cls, nav))
    docs.append(page("/", site, "<p class=\"site-description\">What's hot and cooking in scholarly publishing</p>"
                     + _ul(u, ws[:3]) + f'<nav class="pagination"><a href="{u("/page/2/")}">Older</a></nav>',
                     "home blog"))
    docs.append(page("/page/2/", f"{site} - Page 2", _ul(u, ws[3:]) + f'<p><a href="{u("/2017/03/03/missing/")}">'
                     "2017</a></p>", "blog paged"))
    docs.append(page("/category/libraries/", "Libraries", "<h1>Category: Libraries</h1>" + _ul(u, libs),
                     "archive category"))
    docs.append(page("/tag/mentoring/", "Mentoring", "<h1>Tag: Mentoring</h1>" + _ul(u, libs), "archive tag"))
    docs.append(page("/author/nrobinson/", "Nia Robinson", "<h1>Nia Robinson</h1><p>Scholarly communication "
                     "librarian.</p>" + _ul(u, [WORKS["sk1"]]), "archive author"))
    docs.append(page("/the-chefs/", "The Chefs", "<h1>The Chefs</h1><ul><li><a href=\"" + u("/author/nrobinson/")
                     + '">Nia Robinson</a></li></ul>' + _ul(u, [WORKS["sk2"]]), "page"))
    docs.append(page("/about/", "About", "<h1>About</h1><p>The official blog of a society for scholarly "
                     "publishing.</p>", "page"))
    docs.append(page("/contact/", "Contact", "<h1>Contact</h1><p>Write to the editor.</p>", "page"))
    docs.append(page("/?s=mentoring", "Search Results for mentoring", "<h1>Search Results</h1>" + _ul(u, libs),
                     "search search-results"))
    docs.append(_other(SK, "/2017/03/03/missing/", _wp(u, b, site, "Page not found", "<h1>Nothing here</h1>", "",
                                                       "error404", nav), status=404))
    return docs


def build(url: Callable[[str, str], str]) -> list[Doc]:
    def on(host):
        return lambda path: url(host, path)
    return (conversation(on(CONV)) + guardian(on(GUARD)) + bbc(on(BBC)) + ihe(on(IHE)) + the(on(THE)) + lj(on(LJ))
            + al(on(AL)) + wonkhe(on(WONK)) + lse(on(LSE)) + sk(on(SK)))


class LabelledWeb47(ServedWeb):
    """Web 47 (see the module docstring)."""

    HOSTS = HOSTS
    START = {CONV: "/uk", BBC: "/news", LSE: "/impactofsocialsciences/"}
    FIRST_ADDRESS = 548
    build = staticmethod(build)
