"""Web 45: a held-out labelled web of 107 pages on ten hosts, built from the labels and texts of
:mod:`tests.labelled_text45` (written and committed first).

Platforms, their markup reduced: an H-Net Commons-like discussion network (Drupal-style network pages, its
discussion threads with replies and its reviews with ``citation_*`` tags), a FutureLearn-like course (step pages
with learners' comments), a Coursera-like course page (JSON-LD Course), a Class Central-like course directory
(course records with reviews), a Udemy-like course page (curriculum, instructor, reviews), Prezi-like public
presentations (their text outline in a ``<noscript>`` block and a JSON blob, a PDF export; a removed prezi is a
soft 404), Padlet-like public walls (each post's own page), Wakelet-like collections, Flipboard-like magazines
and Scoop.it-like topic pages (curated posts with the curator's insight).
"""

from __future__ import annotations

import json
from typing import Callable

from tests.labelled_text45 import (CC, CSRA, FL, FLIP, HNET, HOSTS, OTHER, PAD, PREZ, SCOOP, UDM, WAKE, WORKS,
                                   Work)
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


def _og(u, w: Work, site: str, og_type: str = "article") -> str:
    return (f'<meta property="og:type" content="{og_type}"><meta property="og:title" content="{esc(w.title)}">'
            f'<meta property="og:description" content="{esc(w.paras[0][:180])}">'
            f'<meta property="og:url" content="{u(w.path)}"><meta property="og:site_name" content="{site}">'
            f'<link rel="canonical" href="{u(w.path)}">')


def _ul(u, works: list[Work], cls: str = "") -> str:
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in works) + "</ul>"


def _cookie(name: str) -> str:
    return (f'<div id="cookie-banner" role="dialog"><p>{name} uses cookies to improve your experience.</p>'
            f'<button>Accept all</button><button>Manage preferences</button></div>')


# --- H-Net Commons-like ----------------------------------------------------------------------------

def _hnet(u, title: str, main: str, head: str = "", body_class: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>{esc(title)} | H-LibInfo '
            f'| H-Net Commons</title>{head}<link rel="alternate" type="application/rss+xml" title="H-LibInfo" '
            f'href="/groups/h-libinfo/feed"></head><body class="{body_class}"><a class="skip" href="#main-content">'
            f'Skip to main content</a><header id="header"><a class="logo" href="{u("/")}">H-Net Commons</a>'
            f'<nav class="network-menu"><a href="{u("/groups/h-libinfo")}">H-LibInfo</a>'
            f'<a href="{u("/groups/h-libinfo/discussions")}">Discussions</a>'
            f'<a href="{u("/groups/h-libinfo/reviews")}">Reviews</a><a href="{u("/groups/h-libinfo/about")}">About</a>'
            f'<a href="{u("/groups/h-libinfo/contact")}">Contact</a></nav><form action="/search/site" method="get">'
            f'<input name="keys" placeholder="Search"></form></header><main id="main-content">{main}</main>'
            f'<footer id="footer"><p>H-Net: Humanities and Social Sciences Online. Content licensed CC BY-NC-ND 3.0.'
            f'</p></footer></body></html>')


def hnet(u) -> list[Doc]:
    ws = _works(HNET)
    posts = [w for w in ws if w.kind == "post"]
    revs = [w for w in ws if w.kind == "journal-article"]
    docs = []
    for w in posts:
        first, replies = w.paras[0], [p for p in w.paras[1:] if p.startswith("Reply from")]
        rest = [p for p in w.paras[1:] if not p.startswith("Reply from")]
        comments = "".join(f'<div class="comment"><div class="comment-author">{esc(r.split(":")[0][11:])}</div>'
                           f'<div class="comment-body"><p>{esc(r.split(": ", 1)[1])}</p></div></div>' for r in replies)
        extra = ""
        main = (f'<article class="node node--type-discussion-post"><h1 class="page-title">{esc(w.title)}</h1>'
                f'<div class="submitted">by <a href="{u("/people/gisela-marquardt")}">{esc(w.author)}</a> on '
                f'<time datetime="{w.date}">{w.date}</time></div><div class="field--name-body">{ps([first] + rest)}'
                f'</div><div class="field--name-field-categories"><a href="{u("/taxonomy/term/4417")}">Professional '
                f'development</a></div>{extra}</article><section class="comments"><h2>Replies</h2>'
                f'{comments or "<p>No replies yet.</p>"}</section>')
        head = _og(u, w, "H-Net Commons") + f'<meta name="author" content="{esc(w.author)}">'
        docs.append(_work(w, _hnet(u, w.title, main, head, "page-node-type-discussion-post")))
    for w in revs:
        head = (f'<meta name="citation_title" content="{esc(w.title)}"><meta name="citation_author" '
                f'content="{esc(w.author)}"><meta name="citation_publication_date" content="{w.date.replace("-", "/")}">'
                f'<meta name="citation_journal_title" content="H-LibInfo, H-Net Reviews">'
                f'<meta name="citation_publisher" content="H-Net">' + _og(u, w, "H-Net Commons"))
        main = (f'<div class="review"><p class="review-header">H-Net Reviews in the Humanities &amp; Social Sciences</p>'
                f'<h1>{esc(w.title)}</h1><p class="reviewer">Reviewed by {esc(w.author)} (Published on H-LibInfo '
                f'({w.date})</p><p class="commissioned">Commissioned by Gisela Marquardt</p>'
                f'<div class="review-body">{ps(w.paras)}</div><p class="citation">Citation: {esc(w.author)}. '
                f'{esc(w.title)}. H-LibInfo, H-Net Reviews. {w.date[:4]}.</p>'
                f'<p class="license">This work is licensed under a Creative Commons license.</p></div>')
        docs.append(_work(w, _hnet(u, w.title, main, head, "page-review")))

    def lst(ws_):
        return "".join(f'<div class="views-row"><h3><a href="{u(w.path)}">{esc(w.title)}</a></h3>'
                       f'<span class="date">{w.date}</span> by {esc(w.author)}<p>{esc(w.paras[0][:140])}&hellip;</p></div>'
                       for w in ws_)
    docs.append(_other(HNET, "/", _hnet(u, "Welcome", '<h1>H-Net Commons</h1><p>Networks for scholars, teachers '
                                       'and practitioners.</p><ul class="networks"><li><a href="'
                                       + u("/groups/h-libinfo") + '">H-LibInfo</a></li></ul><a href="'
                                       + u("/search/site/mentoring") + '">Search the networks</a>')))
    docs.append(_other(HNET, "/groups/h-libinfo", _hnet(u, "H-LibInfo", '<h1>H-LibInfo</h1><p>A network for library '
                                                       'and information history and practice.</p><h2>Recent</h2>'
                                                       + lst(posts[:3]) + lst(revs[:1]))))
    docs.append(_other(HNET, "/groups/h-libinfo/discussions", _hnet(
        u, "Discussions", "<h1>Discussions</h1>" + lst(posts[:3])
        + f'<div class="views-row"><h3><a href="{u("/groups/h-libinfo/discussions/8800001/old-thread")}">Autumn grants '
        f'roundup</a></h3></div><nav class="pager"><a href="{u("/groups/h-libinfo/discussions?page=1")}" rel="next">'
        f'Next &rsaquo;</a></nav>')))
    docs.append(_other(HNET, "/groups/h-libinfo/discussions?page=1", _hnet(u, "Discussions", "<h1>Discussions</h1>"
                                                                         + lst(posts[3:]))))
    docs.append(_other(HNET, "/groups/h-libinfo/reviews", _hnet(u, "Reviews", "<h1>Reviews</h1>" + lst(revs))))
    docs.append(_other(HNET, "/groups/h-libinfo/about", _hnet(u, "About", "<h1>About H-LibInfo</h1><p>Editors: "
                                                             "<a href=\"" + u("/people/gisela-marquardt")
                                                             + "\">Gisela Marquardt</a> and others.</p>")))
    docs.append(_other(HNET, "/groups/h-libinfo/contact", _hnet(u, "Contact", "<h1>Contact the editors</h1>"
                                                               "<form><textarea></textarea></form>")))
    docs.append(_other(HNET, "/people/gisela-marquardt", _hnet(u, "Gisela Marquardt", '<h1>Gisela Marquardt</h1>'
                                                              '<p>Archivist, Lindau.</p><h2>Posts</h2>'
                                                              + lst([posts[3]]))))
    docs.append(_other(HNET, "/search/site/mentoring", _hnet(u, "Search", "<h1>Search results</h1>"
                                                            + lst(posts[:3] + revs[:1]))))
    docs.append(_other(HNET, "/taxonomy/term/4417", _hnet(u, "Professional development",
                                                          "<h1>Professional development</h1>" + lst(posts))))
    docs.append(_other(HNET, "/groups/h-libinfo/discussions/8800001/old-thread",
                       _hnet(u, "Page not found", "<h1>Page not found</h1><p>The requested page could not be found."
                                                  "</p>"), status=404))
    return docs


# --- FutureLearn-like ------------------------------------------------------------------------------

_FLC = "/courses/mentoring-in-libraries-online"


def _fl(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{esc(title)} | FutureLearning'
            f'</title><meta name="viewport" content="width=device-width, initial-scale=1">{head}</head><body>'
            f'<header class="m-site-header"><a class="m-site-header__logo" href="{u("/")}">FutureLearning</a>'
            f'<nav><a href="{u("/subjects/teaching-courses")}">Teaching</a><a href="{u("/about-futurelearning")}">'
            f'About</a><a href="{u("/search?q=mentoring")}">Search</a></nav></header>'
            f'<div id="main-content" role="main">{main}</div>{_cookie("FutureLearning")}'
            f'<footer class="m-site-footer"><p>&copy; FutureLearning Limited</p></footer></body></html>')


def futurelearn(u) -> list[Doc]:
    ws = _works(FL)
    course, steps = ws[0], ws[1:]
    docs = []
    head = _og(u, course, "FutureLearning", "website") + _ld({
        "@context": "https://schema.org", "@type": "Course", "name": course.title, "description": course.paras[0],
        "provider": {"@type": "Organization", "name": course.author}})
    main = (f'<section class="m-hero"><h1>{esc(course.title)}</h1><p class="m-hero__organisation">{esc(course.author)}'
            f'</p></section><section class="course-description">{ps(course.paras)}</section>'
            f'<section class="educators"><h2>Who will you learn with?</h2><a href="{u("/profiles/18830411")}">'
            f'Dr Helen Abara</a></section><section class="syllabus"><h2>What topics will you cover?</h2>'
            f'<a href="{u(_FLC + "/1/todo/71002")}">Week 1</a> <a href="{u(_FLC + "/2/todo/71002")}">Week 2</a></section>')
    docs.append(_work(course, _fl(u, course.title, main, head)))
    for i, w in enumerate(steps):
        body = [p for p in w.paras if not p.startswith("Comment from")]
        comments = [p for p in w.paras if p.startswith("Comment from")]
        nxt = steps[i + 1] if i + 1 < len(steps) else None
        main = (f'<div class="step-header"><a href="{u(_FLC)}">{esc(course.title)}</a><span class="step-number">'
                f'{w.path.split("/")[-3]}.{i + 1}</span></div><article class="step-content"><h1>{esc(w.title)}</h1>'
                f'<div class="u-typography">{ps(body)}</div></article>'
                f'<section class="comments"><h2>Comments</h2>'
                + "".join(f'<div class="m-comment"><span class="m-comment__author">{esc(c.split(":")[0][13:])}'
                          f'</span><p>{esc(c.split(": ", 1)[1])}</p></div>' for c in comments)
                + '</section><nav class="step-nav">'
                + (f'<a rel="next" href="{u(nxt.path)}">Mark as complete and continue</a>' if nxt else "")
                + f'<a href="{u(_FLC + "/" + min(w.path.split("/")[-3], "2") + "/todo/71002")}">To do list</a></nav>')
        docs.append(_work(w, _fl(u, f"{w.title} - {course.title}", main, _og(u, w, "FutureLearning"))))
    docs.append(_other(FL, "/", _fl(u, "Online courses", f'<h1>Learn without limits</h1><ul><li><a href="{u(_FLC)}">'
                                                        f'{esc(course.title)}</a></li></ul>')))
    docs.append(_other(FL, "/subjects/teaching-courses", _fl(u, "Teaching courses", f'<h1>Teaching courses</h1>'
                                                             f'<a href="{u(_FLC)}">{esc(course.title)}</a>')))
    docs.append(_other(FL, "/profiles/18830411", _fl(u, "Dr Helen Abara", "<h1>Dr Helen Abara</h1><p>Lecturer in "
                                                     f'information studies.</p><a href="{u(_FLC)}">Courses</a>')))
    for wk, sts in (("1", steps[:2]), ("2", steps[2:])):
        docs.append(_other(FL, f"{_FLC}/{wk}/todo/71002", _fl(u, f"Week {wk} to do", f"<h1>Week {wk}</h1>"
                                                               + _ul(u, sts, "to-do-list"))))
    docs.append(_other(FL, "/search?q=mentoring", _fl(u, "Search", f'<h1>Results for mentoring</h1><a href="{u(_FLC)}">'
                                                      f'{esc(course.title)}</a><a href="'
                                                      f'{u("/courses/library-mentoring-2019")}">Library mentoring '
                                                      f"(2019 run)</a>")))
    docs.append(_other(FL, "/about-futurelearning", _fl(u, "About", "<h1>About us</h1><p>Online courses from top "
                                                        "universities.</p>")))
    docs.append(_other(FL, "/courses/library-mentoring-2019", _fl(u, "Page not found", "<h1>Sorry, we can't find "
                                                                  "that page</h1>"), status=404))
    return docs


# --- Coursera-like ---------------------------------------------------------------------------------

def _csra(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | Courseria</title>'
            f'{head}</head><body><div id="rendered-content"><header class="rc-PageHeader"><a href="{u("/")}" '
            f'aria-label="Courseria homepage">Courseria</a><a href="{u("/browse/social-sciences")}">Explore</a>'
            f'<form action="/search"><input name="query"></form></header><main>{main}</main>'
            f'<footer class="rc-Footer"><a href="{u("/about")}">About</a></footer></div>'
            f'<script>window.__APOLLO_STATE__ = {{}};</script></body></html>')


def coursera(u) -> list[Doc]:
    ws = _works(CSRA)
    docs = []
    for w in ws:
        head = _og(u, w, "Courseria", "website") + _ld({"@context": "https://schema.org", "@type": "Course",
                                                       "name": w.title, "provider": w.author,
                                                       "description": w.paras[0]})
        main = (f'<div class="banner"><h1 data-e2e="hero-title">{esc(w.title)}</h1><p>Offered by {esc(w.author)}'
                f'</p><p>Instructor: <a href="{u("/instructor/helen-abara")}">Helen Abara</a></p></div>'
                f'<section id="about"><h2>About this Course</h2><p>{esc(w.paras[0])}</p></section>'
                f'<section id="syllabus"><h2>Syllabus - What you will learn from this course</h2>{ps(w.paras[1:])}'
                f'</section><section id="reviews"><h2>Reviews</h2><p>4.6 (1,204 ratings)</p></section>')
        docs.append(_work(w, _csra(u, w.title, main, head)))
    docs.append(_other(CSRA, "/", _csra(u, "Build skills with online courses", "<h1>Learn without limits</h1>"
                                        + _ul(u, ws))))
    docs.append(_other(CSRA, "/browse/social-sciences", _csra(u, "Social Sciences", "<h1>Social Sciences</h1>"
                                                              + _ul(u, ws))))
    docs.append(_other(CSRA, "/instructor/helen-abara", _csra(u, "Helen Abara", "<h1>Helen Abara</h1><p>Lecturer."
                                                              "</p>" + _ul(u, ws[1:]))))
    docs.append(_other(CSRA, "/search?query=mentoring", _csra(u, "Search", "<h1>Results for \"mentoring\"</h1>"
                                                              + _ul(u, ws[:1]))))
    docs.append(_other(CSRA, "/about", _csra(u, "About", "<h1>About Courseria</h1><p>Universities online.</p>"
                                             f'<a href="{u("/search?query=mentoring")}">Popular: mentoring</a>')))
    return docs


# --- Class Central-like ----------------------------------------------------------------------------

def _cc(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | Class Centre</title>'
            f'{head}</head><body><header class="main-header"><a href="{u("/")}">Class Centre</a><nav>'
            f'<a href="{u("/subject/library-science")}">Library Science</a><a href="{u("/subject/nursing")}">Nursing'
            f'</a><a href="{u("/report/")}">The Report</a></nav><form action="/search"><input name="q"></form>'
            f'</header><main>{main}</main><footer><a href="{u("/about")}">About</a><a href="{u("/contact")}">Contact'
            f'</a></footer></body></html>')


def classcentral(u) -> list[Doc]:
    ws = _works(CC)
    courses = [w for w in ws if w.kind == "document"]
    report = [w for w in ws if w.kind == "article"][0]
    docs = []
    for w in courses:
        reviews = [p for p in w.paras if p.startswith("Review by")]
        head = _og(u, w, "Class Centre", "website") + _ld({
            "@context": "https://schema.org", "@type": "Course", "name": w.title, "description": w.paras[0],
            "aggregateRating": {"@type": "AggregateRating", "ratingValue": 4.5, "reviewCount": len(reviews)}})
        main = (f'<h1 class="head-1">{esc(w.title)}</h1><div class="course-details"><p>{esc(w.paras[0])}</p></div>'
                f'<section id="reviews"><h2>Reviews</h2>'
                + "".join(f'<div class="review"><strong>{esc(r.split(":")[0])}</strong><p>{esc(r.split(": ", 1)[1])}'
                          f'</p></div>' for r in reviews) + "</section>")
        docs.append(_work(w, _cc(u, w.title, main, head)))
    head = _og(u, report, "Class Centre") + _ld({"@context": "https://schema.org", "@type": "Article",
                                                 "headline": report.title, "author": report.author,
                                                 "datePublished": report.date})
    docs.append(_work(report, _cc(u, report.title, f'<article class="report-post"><h1>{esc(report.title)}</h1>'
                                                   f'<p class="byline">{esc(report.author)} &middot; {report.date}</p>'
                                                   f'{ps(report.paras)}<p>See <a href="{u(courses[0].path)}">'
                                                   f'{esc(courses[0].title)}</a>.</p></article>', head)))
    docs.append(_other(CC, "/", _cc(u, "Find the best courses", "<h1>Find the best free online courses</h1>"
                                    + _ul(u, courses))))
    docs.append(_other(CC, "/subject/library-science", _cc(u, "Library Science", "<h1>Library Science courses</h1>"
                                                           + _ul(u, [courses[0], courses[2]]))))
    docs.append(_other(CC, "/subject/nursing", _cc(u, "Nursing", "<h1>Nursing courses</h1>" + _ul(u, [courses[1]]))))
    docs.append(_other(CC, "/search?q=mentoring", _cc(u, "Search", "<h1>mentoring</h1>" + _ul(u, courses[:2])
                                                      + f'<a href="{u("/course/old-course-10001")}">Mentoring 101 '
                                                        f"(archived)</a>")))
    docs.append(_other(CC, "/report/", _cc(u, "The Report", "<h1>The Report</h1>" + _ul(u, [report]))))
    docs.append(_other(CC, "/about", _cc(u, "About", "<h1>About Class Centre</h1><p>A search engine for courses.</p>"
                                         f'<a href="{u("/search?q=mentoring")}">Try a search</a>')))
    docs.append(_other(CC, "/contact", _cc(u, "Contact", "<h1>Contact us</h1><p>Write to the team.</p>")))
    docs.append(_other(CC, "/course/old-course-10001", _cc(u, "404", "<h1>404: course not found</h1>"), status=404))
    return docs


# --- Udemy-like ------------------------------------------------------------------------------------

def _udm(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | Udemia</title>{head}'
            f'</head><body class="ud-app-loader"><header class="ud-header"><a href="{u("/")}">Udemia</a>'
            f'<a href="{u("/courses/office-productivity/")}">Office Productivity</a><a href="{u("/topic/mentoring/")}">'
            f'Mentoring</a><form action="/courses/search/"><input name="q"></form></header>'
            f'<div class="main-content-wrapper">{main}</div><footer class="ud-footer">&copy; 2024 Udemia, Inc.'
            f'</footer></body></html>')


def udemy(u) -> list[Doc]:
    ws = _works(UDM)
    docs = []
    for w in ws:
        learn, curr = w.paras[0], [p for p in w.paras[1:] if p.startswith("Curriculum")]
        reviews = [p for p in w.paras[1:] if p.startswith("Review by")]
        head = _og(u, w, "Udemia", "udemy_com:course") + _ld({"@context": "https://schema.org", "@type": "Course",
                                                             "name": w.title, "description": learn,
                                                             "creator": {"@type": "Person", "name": w.author}})
        inst = (f'<a href="{u("/user/rosa-delgado-finch/")}">{esc(w.author)}</a>' if w is ws[0] else esc(w.author))
        main = (f'<div class="clp-lead"><h1 data-purpose="lead-title">{esc(w.title)}</h1><div class="instructor">'
                f'Created by {inst}</div></div><div class="what-you-will-learn"><h2>What you\'ll learn</h2>'
                f'<p>{esc(learn.split(": ", 1)[1])}</p></div><div data-purpose="course-curriculum"><h2>Course content'
                f'</h2>{ps(curr)}</div><div data-purpose="reviews"><h2>Featured review</h2>{ps(reviews)}</div>')
        docs.append(_work(w, _udm(u, w.title, main, head)))
    docs.append(_other(UDM, "/", _udm(u, "Online Courses", "<h1>Learn something new</h1>" + _ul(u, ws)
                                      + f'<a href="{u("/courses/search/?q=mentoring")}">Trending: mentoring</a>')))
    docs.append(_other(UDM, "/topic/mentoring/", _udm(u, "Mentoring Courses", "<h1>Mentoring courses</h1>"
                                                      + _ul(u, ws[:1]))))
    docs.append(_other(UDM, "/courses/office-productivity/", _udm(u, "Office Productivity",
                                                                  "<h1>Office Productivity</h1>" + _ul(u, ws[1:]))))
    docs.append(_other(UDM, "/user/rosa-delgado-finch/", _udm(u, "Rosa Delgado-Finch", "<h1>Rosa Delgado-Finch</h1>"
                                                              "<p>Instructor. Branch manager.</p>" + _ul(u, ws[:1]))))
    docs.append(_other(UDM, "/courses/search/?q=mentoring", _udm(u, "Search", "<h1>Results for mentoring</h1>"
                                                                 + _ul(u, ws[:1]))))
    return docs


# --- Prezi-like ------------------------------------------------------------------------------------

def _prezi(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>{head}</head>'
            f'<body><header class="navbar"><a href="{u("/")}">Prezi</a><a href="{u("/explore/")}">Explore</a>'
            f'<form action="/search/"><input name="search"></form></header><div id="viewer-root">{main}</div>'
            f'{_cookie("Prezi")}<footer><p>&copy; 2024 Prezi Inc.</p></footer></body></html>')


def prezi(u) -> list[Doc]:
    ws = _works(PREZ)
    export = [w for w in ws if w.path.endswith(".pdf")][0]
    pres = [w for w in ws if w is not export]
    docs = [Doc(export.host, export.path, export.kind, export.grade, pdf(list(export.paras)),
                content_type="application/pdf")]
    for w in pres:
        head = (_og(u, w, "prezi.com", "website") + f'<meta name="description" content="{esc(w.paras[0])}">'
                f'<meta name="twitter:card" content="summary_large_image">')
        state = json.dumps({"prezi": {"oid": w.path.split("/")[2], "title": w.title, "owner": w.author,
                                      "created": w.date, "views": 1873}})
        dl = (f'<a class="download" href="{u(export.path)}">Download PDF</a>' if w is pres[0] else "")
        owner = (f'<a href="{u("/user/chloeferreira/")}">{esc(w.author)}</a>' if w is pres[0] else esc(w.author))
        main = (f'<div class="viewer-header"><h1>{esc(w.title)}</h1><p class="owner">by {owner} &middot; '
                f'{w.date}</p>{dl}</div><div id="prezi-player" data-oid="{w.path.split("/")[2]}"></div>'
                f'<noscript><div class="transcript"><h2>Transcript of {esc(w.title)}</h2>{ps(w.paras)}</div>'
                f'</noscript><script>window.__PRELOADED_STATE__ = {state};</script>'
                f'<section class="more-prezis"><h2>More presentations by this author</h2></section>')
        docs.append(_work(w, _prezi(u, f"{w.title} by {w.author} on Prezi", main, head)))
    docs.append(_other(PREZ, "/", _prezi(u, "Prezi | Presentation software", "<h1>Present with Prezi</h1>"
                                         f'<a href="{u("/explore/")}">Explore presentations</a>')))
    docs.append(_other(PREZ, "/explore/", _prezi(u, "Explore Prezis", "<h1>Explore</h1>" + _ul(u, pres, "gallery")
                                                 + f'<a href="{u("/search/?search=mentoring")}">mentoring</a>')))
    docs.append(_other(PREZ, "/user/chloeferreira/", _prezi(u, "Chloe Ferreira | Prezi", "<h1>Chloe Ferreira</h1>"
                                                            + _ul(u, pres[:1]))))
    docs.append(_other(PREZ, "/search/?search=mentoring", _prezi(
        u, "Search Prezis", "<h1>mentoring</h1>" + _ul(u, [pres[0], pres[2]])
        + f'<a href="{u("/p/zz0000000000/removed/")}">Mentoring plan (removed)</a>')))
    # a soft 404: a removed prezi answers 200
    docs.append(_other(PREZ, "/p/zz0000000000/removed/", _prezi(u, "Prezi", "<h1>This prezi is no longer available"
                                                                "</h1><p>It may have been deleted or made private by "
                                                                "its owner.</p>")))
    return docs


# --- Padlet-like -----------------------------------------------------------------------------------

_PW = "/nmrtmentors/mentoring-ideas-wall"


def _padlet(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>{head}</head>'
            f'<body class="padlet"><div id="app"><header class="surface-header"><a href="{u("/")}">padlet</a>'
            f'<a href="{u("/gallery/education")}">Gallery</a><a href="{u("/about")}">About</a></header>{main}</div>'
            f'<noscript>Please enable JavaScript to view this padlet.</noscript></body></html>')


def padlet(u) -> list[Doc]:
    ws = _works(PAD)
    docs = []
    for w in ws:
        head = _og(u, w, "Padlet") + f'<meta name="description" content="{esc(w.paras[0][:150])}">'
        main = (f'<nav class="breadcrumbs"><a href="{u("/nmrtmentors")}">nmrtmentors</a> / <a href="{u(_PW)}">'
                f'Mentoring ideas</a></nav><div class="wish" data-wish-id="{w.path.split("/")[-1]}">'
                f'<div class="wish-author">{esc(w.author)}</div><h1 class="wish-subject">{esc(w.title)}</h1>'
                f'<div class="wish-body">{ps(w.paras)}</div><time datetime="{w.date}">{w.date}</time>'
                f'<div class="wish-reactions">&#10084; 12</div><div class="wish-comments"><p>Add comment</p></div></div>')
        docs.append(_work(w, _padlet(u, f"{w.title} | Mentoring ideas", main, head)))
    wall = "".join(f'<article class="wish-card"><a href="{u(w.path)}"><h3>{esc(w.title)}</h3></a>'
                   f'<p>{esc(w.paras[0][:90])}&hellip;</p><span>{esc(w.author)}</span></article>' for w in ws)
    docs.append(_other(PAD, _PW, _padlet(u, "Mentoring ideas", '<div class="wall-header"><h1>Mentoring ideas</h1>'
                                         '<p>New Members Round Table: share how you found or gave mentoring</p></div>'
                                         f'<div class="wall-shelf">{wall}</div>')))
    docs.append(_other(PAD, "/", _padlet(u, "Padlet: visual collaboration", "<h1>Make beautiful boards</h1>"
                                         f'<a href="{u(_PW)}">Featured: Mentoring ideas</a>')))
    docs.append(_other(PAD, "/nmrtmentors", _padlet(u, "nmrtmentors", f'<h1>nmrtmentors</h1><a href="{u(_PW)}">'
                                                    f"Mentoring ideas</a>")))
    docs.append(_other(PAD, "/about", _padlet(u, "About Padlet", "<h1>About</h1><p>Founded 2012.</p>")))
    docs.append(_other(PAD, "/gallery/education", _padlet(u, "Gallery: Education", "<h1>Education</h1>"
                                                          f'<a href="{u(_PW)}">Mentoring ideas</a>')))
    return docs


# --- Wakelet-like ----------------------------------------------------------------------------------

def _wake(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | Wakelet</title>'
            f'{head}</head><body><app-root><header><a href="{u("/")}">Wakelet</a><a href="{u("/explore")}">Explore</a>'
            f'<a href="{u("/about")}">About</a></header><main>{main}</main></app-root></body></html>')


def wakelet(u) -> list[Doc]:
    ws = _works(WAKE)
    docs = []
    links = ["https://example.org/reading/1", "https://example.org/reading/2", "https://example.org/reading/3"]
    for w in ws:
        items = "".join(f'<div class="wake-item item--text"><p>{esc(p)}</p></div>' for p in w.paras[1:])
        cards = "".join(f'<div class="wake-item item--link"><a href="{lk}" rel="noopener" target="_blank">Link {n}'
                        f"</a></div>" for n, lk in enumerate(links, 1))
        head = _og(u, w, "Wakelet", "website")
        main = (f'<div class="wake-header"><h1>{esc(w.title)}</h1><p class="wake-description">{esc(w.paras[0])}</p>'
                f'<a class="owner" href="{u("/@sunitarao")}">{esc(w.author)}</a> <time>{w.date}</time></div>'
                f'<div class="wake-items">{cards}{items}</div>')
        docs.append(_work(w, _wake(u, w.title, main, head)))
    docs.append(_other(WAKE, "/", _wake(u, "Save, organize and share content", "<h1>Wakelet</h1>"
                                        f'<a href="{u("/explore")}">Explore collections</a>')))
    docs.append(_other(WAKE, "/@sunitarao", _wake(u, "Sunita Rao", "<h1>Sunita Rao</h1><p>School librarian.</p>"
                                                  + _ul(u, ws[:2]))))
    docs.append(_other(WAKE, "/explore", _wake(u, "Explore", "<h1>Explore</h1>" + _ul(u, ws)
                                               + f'<a href="{u("/explore/libraries")}">Libraries</a>')))
    docs.append(_other(WAKE, "/explore/libraries", _wake(u, "Libraries", "<h1>Libraries</h1>" + _ul(u, ws))))
    docs.append(_other(WAKE, "/about", _wake(u, "About", "<h1>About Wakelet</h1><p>Curate the web.</p>")))
    return docs


# --- Flipboard-like --------------------------------------------------------------------------------

_FM = "/@libcareers/lis-mentoring-online-r1kq0vz2y"


def _flip(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | Flipboard</title>'
            f'{head}</head><body><div id="root"><header class="header"><a href="{u("/")}">Flipboard</a>'
            f'<a href="{u("/topic/libraries")}">Libraries</a><a href="{u("/topic/careers")}">Careers</a>'
            f'<form action="/search"><input name="q"></form></header><main>{main}</main></div></body></html>')


def flipboard(u) -> list[Doc]:
    ws = _works(FLIP)
    docs = []
    for w in ws:
        story, caption = w.paras[0], w.paras[1]
        head = _og(u, w, "Flipboard") + f'<link rel="alternate" type="application/rss+xml" href="{_FM}.rss">'
        main = (f'<article class="item-detail"><a class="magazine" href="{u(_FM)}">LIS mentoring online</a>'
                f'<h1>{esc(w.title)}</h1><p class="excerpt">{esc(story)}</p><a class="source" href="https://example.org'
                f'/story" rel="nofollow">Read on the source site</a><div class="caption"><a href="{u("/@libcareers")}">'
                f'{esc(w.author)}</a> flipped into LIS mentoring online <time>{w.date}</time><p>{esc(caption)}</p>'
                f'</div></article>')
        docs.append(_work(w, _flip(u, w.title, main, head)))
    cards = "".join(f'<article class="item"><a href="{u(w.path)}"><h3>{esc(w.title)}</h3></a>'
                    f'<p class="caption">{esc(w.paras[1][:80])}</p></article>' for w in ws)
    docs.append(_other(FLIP, _FM, _flip(u, "LIS mentoring online", '<h1>LIS mentoring online</h1><p>A magazine by '
                                        f'<a href="{u("/@libcareers")}">LibCareers</a></p>{cards}')))
    docs.append(_other(FLIP, "/", _flip(u, "Flipboard: your social magazine", "<h1>Stories for you</h1>"
                                        f'<a href="{u(_FM)}">LIS mentoring online</a>'
                                        f'<a href="{u("/search?q=mentoring")}">Search mentoring</a>')))
    docs.append(_other(FLIP, "/@libcareers", _flip(u, "LibCareers", f'<h1>LibCareers</h1><a href="{u(_FM)}">LIS '
                                                   f"mentoring online</a>")))
    docs.append(_other(FLIP, "/topic/libraries", _flip(u, "Libraries", "<h1>Libraries</h1>" + _ul(u, ws[:3]))))
    docs.append(_other(FLIP, "/topic/careers", _flip(u, "Careers", "<h1>Careers</h1>" + _ul(u, [ws[0], ws[3]]))))
    docs.append(_other(FLIP, "/search?q=mentoring", _flip(u, "Search", "<h1>mentoring</h1>" + _ul(u, ws))))
    return docs


# --- Scoop.it-like ---------------------------------------------------------------------------------

_ST = "/topic/lis-mentoring"


def _scoop(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>{head}'
            f'<link rel="alternate" type="application/rss+xml" href="{_ST}/rss.xml"></head><body><div id="header">'
            f'<a href="{u("/")}">Scoop.it!</a><a href="{u("/search?q=mentoring")}">Search</a>'
            f'<a href="{u("/contact")}">Contact</a></div><div id="content">{main}</div>{_cookie("Scoop.it")}'
            f'</body></html>')


def scoopit(u) -> list[Doc]:
    ws = _works(SCOOP)
    docs = []
    for w in ws:
        story, insight = w.paras[0], w.paras[1]
        head = _og(u, w, "Scoop.it") + f'<meta name="author" content="{esc(w.author)}">'
        main = (f'<div class="topic-header"><a href="{u(_ST)}">LIS Mentoring Online</a> curated by '
                f'<a href="{u("/u/marisol-grant")}">{esc(w.author)}</a></div><div class="post-view">'
                f'<h1 class="postTitleView">{esc(w.title)}</h1><p class="post-metas">Scooped by {esc(w.author)} onto '
                f'LIS Mentoring Online, {w.date}</p><div class="post-description">{esc(story)}</div>'
                f'<div class="theinsight"><strong>{esc(insight.split(": ", 1)[0])}:</strong> '
                f'{esc(insight.split(": ", 1)[1])}</div><div class="post-tags">'
                f'<a href="{u(_ST + "?tag=social+media")}">social media</a></div></div>')
        docs.append(_work(w, _scoop(u, f"{w.title} | LIS Mentoring Online", main, head)))

    def teasers(ws_):
        return "".join(f'<div class="post"><h2><a href="{u(w.path)}">{esc(w.title)}</a></h2>'
                       f'<p>{esc(w.paras[0][:120])}&hellip;</p></div>' for w in ws_)
    docs.append(_other(SCOOP, _ST, _scoop(u, "LIS Mentoring Online | Scoop.it", "<h1>LIS Mentoring Online</h1>"
                                          + teasers(ws[:3]) + f'<a href="{u(_ST + "?page=2")}">Next page</a>')))
    docs.append(_other(SCOOP, _ST + "?page=2", _scoop(u, "LIS Mentoring Online | Scoop.it", "<h1>LIS Mentoring "
                                                      "Online</h1>" + teasers(ws[3:])
                                                      + f'<a href="{u(_ST + "/p/4000000000/2019/01/01/gone")}">'
                                                        f"An older scoop</a>")))
    docs.append(_other(SCOOP, "/", _scoop(u, "Scoop.it", f'<h1>Curate content</h1><a href="{u(_ST)}">LIS Mentoring '
                                          f"Online</a>")))
    docs.append(_other(SCOOP, "/u/marisol-grant", _scoop(u, "Marisol Grant | Scoop.it", "<h1>Marisol Grant</h1>"
                                                         f'<a href="{u(_ST)}">LIS Mentoring Online</a>')))
    docs.append(_other(SCOOP, _ST + "?tag=social+media", _scoop(u, "social media | LIS Mentoring Online",
                                                                "<h1>Tag: social media</h1>" + teasers(ws))))
    docs.append(_other(SCOOP, "/search?q=mentoring", _scoop(u, "Search", "<h1>mentoring</h1>" + teasers(ws[:2]))))
    docs.append(_other(SCOOP, "/contact", _scoop(u, "Contact", "<h1>Contact Scoop.it</h1><p>Support team.</p>")))
    docs.append(_other(SCOOP, _ST + "/p/4000000000/2019/01/01/gone", _scoop(u, "Not found", "<h1>Oops, this page "
                                                                            "does not exist</h1>"), status=404))
    return docs


def build(url: Callable[[str, str], str]) -> list[Doc]:
    def on(host):
        return lambda path: url(host, path)
    return (hnet(on(HNET)) + futurelearn(on(FL)) + coursera(on(CSRA)) + classcentral(on(CC)) + udemy(on(UDM))
            + prezi(on(PREZ)) + padlet(on(PAD)) + wakelet(on(WAKE)) + flipboard(on(FLIP)) + scoopit(on(SCOOP)))


class LabelledWeb45(ServedWeb):
    """Web 45 (see the module docstring)."""

    HOSTS = HOSTS
    START: dict[str, str] = {}
    FIRST_ADDRESS = 524
    build = staticmethod(build)
