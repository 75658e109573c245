"""Web 36: a held-out labelled web of 127 pages on ten hosts, built from the labels and texts of
:mod:`tests.labelled_text36` (written and committed first).

Platforms, their markup reduced: a Mitra fediverse server, an Askbot Q&A site, a MarkMail-like mailing-list
archive, an ACM Digital Library-like publisher (``citation_*`` tags and a PDF), Harvard Dataverse dataset pages
(JSON-LD Dataset, a file's PDF through the access API), Dryad dataset pages, a Panopto video library (a soft 404
in its viewer), an Open edX course, a university library on Modern Campus CMS and an association on Squiz Matrix.
"""

from __future__ import annotations

import json
from typing import Callable

from tests.labelled_text36 import (ASK, ASSOC, CAMPUS, DL, DRYAD, DV, EDX, FEDI, HOSTS, LISTS, OTHER, VIDEO,
                                   WORKS, Work)
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
    return Doc(w.host, w.path, w.kind, w.grade, pdf(list(w.paras)), content_type="application/pdf")


def _links(u, works: list[Work], cls: str = "") -> str:
    return "".join(f'<li{cls}><a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in works)


# --- Mitra --------------------------------------------------------------------------------------

def _mitra(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">{head}'
            f'<link rel="icon" href="/favicon.ico"></head><body><div id="app"><div id="main">'
            f'<nav class="sidebar"><a class="instance" href="{u("/")}">stacks.social</a>'
            f'<a href="{u("/about")}">About</a><a href="{u("/tags/LibMentoring")}">#LibMentoring</a></nav>'
            f'<div class="content">{main}</div></div></div>'
            f'<noscript>Mitra works best with JavaScript enabled.</noscript></body></html>')


def _mitra_post(w: Work, u) -> str:
    handle = "@" + {"Margit Ellery": "margit", "Tomas Reyes": "tomas_archives", "Ines Kowal": "ines_metadata"}[w.author]
    text = ps(w.paras)
    head = (f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(w.title)}">'
            f'<meta property="og:description" content="{esc(w.paras[0][:200])}">'
            f'<meta property="og:url" content="{u(w.path)}"><meta property="og:site_name" content="stacks.social">'
            f'<link rel="alternate" type="application/activity+json" href="{u("/objects/" + w.path.split("/")[-1])}">')
    return (head, f'<div class="post" data-post-id="{w.path.split("/")[-1]}"><div class="post-header">'
            f'<a class="display-name" href="{u("/" + handle)}">{esc(w.author)}</a> '
            f'<span class="actor-address">{handle}@stacks.social</span>'
            f'<a class="timestamp" href="{u(w.path)}"><time datetime="{w.date}T12:00:00Z">{w.date}</time></a></div>'
            f'<div class="post-content">{text}</div><div class="post-footer"><span class="icon">replies 2</span>'
            f'<span class="icon">reposts 5</span></div></div>')


def mitra(u) -> list[Doc]:
    ws = _works(FEDI)
    docs = []
    for w in ws:
        head, main = _mitra_post(w, u)
        if w is ws[3]:
            main += f'<p class="reply">Old link from my profile: <a href="{u("/post/0189a2c4-0000-0000-0000-000000000000")}">pinned</a></p>'
        docs.append(_work(w, _mitra(u, f"{w.author}: {w.paras[0][:40]}", main, head)))
    timeline = "".join(_mitra_post(w, u)[1] for w in ws)
    people = {"margit": "Margit Ellery", "tomas_archives": "Tomas Reyes", "ines_metadata": "Ines Kowal"}
    docs.append(_other(FEDI, "/", _mitra(u, "stacks.social", f'<h1>Local timeline</h1>{timeline}<div class="profiles">'
                + "".join(f'<a href="{u("/@" + h)}">@{h}</a> ' for h in people) + "</div>")))
    for h, name in people.items():
        mine = [w for w in ws if w.author == name]
        docs.append(_other(FEDI, "/@" + h, _mitra(
            u, f"{name} (@{h}@stacks.social)", f'<div class="profile"><h1 class="display-name">{esc(name)}</h1>'
            f'<div class="bio">Library and archives worker. Posts about work.</div></div>'
            + "".join(_mitra_post(w, u)[1] for w in mine), '<meta property="og:type" content="profile">')))
    tagged = [ws[0], ws[5]]
    docs.append(_other(FEDI, "/tags/LibMentoring", _mitra(u, "#LibMentoring", "<h1>#LibMentoring</h1>"
                                                             + "".join(_mitra_post(w, u)[1] for w in tagged))))
    docs.append(_other(FEDI, "/about", _mitra(u, "About stacks.social", "<h1>stacks.social</h1><p>A small server "
                       "for people who work in libraries, archives and museums. Powered by Mitra.</p>"
                       "<h2>Rules</h2><ol><li>Be kind.</li><li>Content warnings for work rants.</li></ol>")))
    docs.append(_other(FEDI, "/post/0189a2c4-0000-0000-0000-000000000000",
                       _mitra(u, "Not found", "<h1>Not found</h1><p>Post not found.</p>"), status=404))
    return docs


# --- Askbot ----------------------------------------------------------------------------------------

def _askbot(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)} - InfoPros Q&amp;A</title>'
            f'<meta name="description" content="Questions and answers for library and information professionals">'
            f'{head}<link rel="stylesheet" href="/m/default/media/style/style.css"></head><body class="user-messages">'
            f'<div class="header"><div class="content-wrapper"><a id="site-logo" href="{u("/")}">InfoPros Q&amp;A</a>'
            f'<div id="navBar"><a href="{u("/questions/")}" class="on">questions</a> '
            f'<a href="{u("/tags/mentoring/")}">tags</a> <a href="{u("/users/17/kpatel/")}">users</a></div></div></div>'
            f'<div id="searchBar"><form action="{u("/questions/")}" method="get"><input name="query"></form></div>'
            f'<div class="content-wrapper"><div id="ContentLeft">{main}</div></div>'
            f'<div id="ground"><a href="{u("/about/")}">about</a> | <a href="{u("/feedback/")}">feedback</a>'
            f'<p>Powered by <a href="https://askbot.com">Askbot</a> version 0.11.1</p></div></body></html>')


def askbot(u) -> list[Doc]:
    ws = _works(ASK)
    tags = {"mentoring": [ws[0], ws[3], ws[4]], "career": [ws[1], ws[6]], "cataloging": [ws[2], ws[5]]}
    docs = []
    for w in ws:
        tag = next(t for t, l in tags.items() if w in l)
        q, *answers = w.paras
        ans = "".join(f'<div class="post answer" id="post-id-{n}"><div class="vote-buttons"><div class="vote-number">'
                      f'{9 - n}</div></div><div class="answer-body"><div class="post-body">{ps([a])}</div></div></div>'
                      for n, a in enumerate(answers))
        main = (f'<h1><a href="{u(w.path)}">{esc(w.title)}</a></h1><div id="question-table" class="post question">'
                f'<div class="question-body"><div class="post-body">{ps([q])}</div>'
                f'<ul id="question-tags" class="tags"><li><a href="{u("/tags/" + tag + "/")}" class="tag-left">'
                f'{tag}</a></li></ul><div class="post-update-info">asked <abbr class="timeago" title="{w.date}">'
                f'{w.date}</abbr> by <span class="username">{esc(w.author)}</span></div></div></div>'
                f'<h2 class="answers-count">{len(answers)} Answers</h2>{ans}')
        docs.append(_work(w, _askbot(u, w.title, main, f'<meta property="og:title" content="{esc(w.title)}">'
                                                          f'<meta property="og:type" content="website">')))

    def qlist(items):
        return '<div id="question-list">' + "".join(
            f'<div class="short-summary"><div class="counts"><div class="votes">4 votes</div></div>'
            f'<h2><a href="{u(w.path)}">{esc(w.title)}</a></h2></div>' for w in items) + "</div>"
    pager = f'<div class="paginator"><a href="{u("/questions/?page=2")}">next &raquo;</a></div>'
    docs.append(_other(ASK, "/", _askbot(u, "Questions", "<h1>All questions</h1>" + qlist(ws[::-1][:4]) + pager)))
    docs.append(_other(ASK, "/questions/", _askbot(u, "Questions", "<h1>All questions</h1>" + qlist(ws[::-1][:4])
                                                    + pager)))
    docs.append(_other(ASK, "/questions/?page=2", _askbot(u, "Questions", "<h1>All questions</h1>" + qlist(ws[:3]))))
    for t, items in tags.items():
        docs.append(_other(ASK, f"/tags/{t}/", _askbot(u, f"Questions tagged {t}", f"<h1>Tagged {t}</h1>"
                                                      + qlist(items))))
    docs.append(_other(ASK, "/users/17/kpatel/", _askbot(u, "kpatel", '<div id="user-profile"><h1>kpatel</h1>'
                       '<p>School librarian. Karma 1204.</p><a href="' + u("/users/23/retired_rita/") + '">'
                       "retired_rita</a></div>" + qlist([ws[0], ws[3]]))))
    docs.append(_other(ASK, "/users/23/retired_rita/", _askbot(u, "retired_rita", '<div id="user-profile">'
                       "<h1>retired_rita</h1><p>Retired school librarian. Karma 870.</p></div>" + qlist([ws[0], ws[4]]))))
    docs.append(_other(ASK, "/questions/?query=mentor", _askbot(u, "Search: mentor", '<h1>Search results for '
                       '"mentor"</h1>' + qlist([ws[0], ws[4], ws[5]]))))
    docs.append(_other(ASK, "/about/", _askbot(u, "About", "<h1>About</h1><p>A community-run Q&amp;A site for "
                       "librarians, archivists and other information workers.</p>"
                       f'<p><a href="{u("/questions/?query=mentor")}">Popular search: mentor</a></p>')))
    docs.append(_other(ASK, "/feedback/", _askbot(u, "Feedback", "<h1>Give feedback</h1><form method=\"post\">"
                       "<textarea name=\"message\"></textarea><input type=\"submit\" value=\"Send\"></form>")))
    return docs


# --- MarkMail-like archive ---------------------------------------------------------------------------

LIST_OF = {"NEWLIB-L": "newlib-l", "ARCHIVES-L": "archives-l", "SYSLIB": "syslib"}


def _mm(u, title: str, main: str) -> str:
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">'
            f'<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; '
            f'charset=utf-8"/><title>{esc(title)} - ListArchive</title></head><body><div id="header">'
            f'<a href="{u("/")}" id="logo">ListArchive</a><form id="searchform" action="{u("/search/")}">'
            f'<input type="text" name="q"/></form></div><div id="content">{main}</div><div id="footer">'
            f'<a href="{u("/about")}">About</a></div></body></html>')


def _listname(w: Work) -> str:
    return LIST_OF[w.title.split("]")[0].split("[")[1]]


def markmail(u) -> list[Doc]:
    ws = _works(LISTS)
    docs = []
    for w in ws:
        body = "\n\n".join(w.paras)
        main = (f'<div id="message"><table class="headers"><tr><th>From:</th><td>{esc(w.author)} '
                f'(dan...@example.org)</td></tr><tr><th>Date:</th><td>{w.date}</td></tr><tr><th>Subject:</th>'
                f'<td>{esc(w.title)}</td></tr><tr><th>List:</th><td><a href="{u("/browse/" + _listname(w))}">'
                f'{_listname(w)}</a></td></tr></table><pre class="body">{esc(body)}</pre></div>'
                f'<div id="thread"><a href="{u("/thread/v7kq3m2xw4ab")}">View thread</a></div>')
        docs.append(_work(w, _mm(u, w.title, main)))

    def rows(items):
        return '<table class="results">' + "".join(
            f'<tr><td class="subject"><a href="{u(w.path)}">{esc(w.title)}</a></td><td>{esc(w.author)}</td>'
            f'<td>{w.date}</td></tr>' for w in items) + "</table>"
    lists = "".join(f'<li><a href="{u("/browse/" + s)}">{s}</a></li>' for s in LIST_OF.values())
    docs.append(_other(LISTS, "/", _mm(u, "Search and browse mailing lists", f"<h1>Mailing list archives</h1><ul>"
                                       f'{lists}</ul><p><a href="{u("/search/?q=mentoring")}">Recent search: '
                                       f"mentoring</a></p>")))
    for s in LIST_OF.values():
        items = [w for w in ws if _listname(w) == s]
        extra = f'<p><a href="{u("/message/zzzzzzzzzzzz")}">(missing message)</a></p>' if s == "syslib" else ""
        docs.append(_other(LISTS, "/browse/" + s, _mm(u, s, f"<h1>{s}</h1>{rows(items)}{extra}")))
    docs.append(_other(LISTS, "/search/?q=mentoring", _mm(u, "mentoring", '<h1>Results for "mentoring"</h1>'
                                                          + rows([ws[0], ws[1], ws[4], ws[3]]))))
    docs.append(_other(LISTS, "/thread/v7kq3m2xw4ab", _mm(u, "Thread", "<h1>Thread</h1>" + rows([ws[0], ws[1]]))))
    docs.append(_other(LISTS, "/about", _mm(u, "About", "<h1>About ListArchive</h1><p>ListArchive indexes public "
                                           "mailing lists so their history can be searched.</p>")))
    docs.append(_other(LISTS, "/message/zzzzzzzzzzzz", _mm(u, "Message not found", "<h1>404</h1><p>No such "
                                                           "message.</p>"), status=404))
    return docs


# --- ACM DL-like ------------------------------------------------------------------------------------------

def _acm(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en" class="pb-page"><head><meta charset="UTF-8"><title>{esc(title)} | '
            f'InfoSoc Digital Library</title>{head}</head><body class="pb-ui"><header class="header">'
            f'<a href="{u("/")}" class="header__logo">InfoSoc Digital Library</a><nav><a href="{u("/about")}">About</a> '
            f'<a href="{u("/contact-us")}">Contact</a> <a href="{u("/action/doSearch?AllField=mentoring")}">Search'
            f'</a></nav></header><main class="content">{main}</main><footer class="footer">&copy; 2024 InfoSoc'
            f'</footer></body></html>')


def acm(u) -> list[Doc]:
    ws = _works(DL)
    authors = {"Hannah Lindqvist": "/profile/81100231511", "Omar Farouk": "/profile/81100231577"}
    docs = []
    for w in ws:
        if w.path.startswith("/doi/pdf/"):
            docs.append(_pdf(w))
            continue
        doi = w.path[len("/doi/"):]
        names = w.author.split("; ")
        meta = (f'<meta name="citation_title" content="{esc(w.title)}">'
                + "".join(f'<meta name="citation_author" content="{esc(n)}">' for n in names)
                + f'<meta name="citation_publication_date" content="{w.date.replace("-", "/")}">'
                f'<meta name="citation_doi" content="{doi}"><meta name="dc.Title" content="{esc(w.title)}">'
                f'<meta name="dc.Identifier" scheme="doi" content="{doi}">'
                f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="Article">')
        venue = "/toc/cikm/2023" if "3583780" in doi else "/toc/icse/2023"
        if f"/doi/pdf/{doi}" in {x.path for x in ws}:
            meta += f'<meta name="citation_pdf_url" content="{u("/doi/pdf/" + doi)}">'
            pdfl = f'<a class="btn red" href="{u("/doi/pdf/" + doi)}" title="PDF">PDF</a>'
        else:
            pdfl = ""
        auth = "".join(f'<li class="loa__item"><a href="{u(authors[n])}" title="{esc(n)}">{esc(n)}</a></li>'
                       if n in authors else f'<li class="loa__item"><span>{esc(n)}</span></li>' for n in names)
        main = (f'<div class="citation"><div class="issue-heading">Research article</div><h1 class="citation__title">'
                f'{esc(w.title)}</h1><ul class="rlist--inline loa">{auth}</ul><div class="epub-section">'
                f'<span class="epub-section__date">Published: {w.date}</span> <a href="{u(venue)}">Proceedings</a>'
                f'</div><a class="issue-item__doi" href="https://doi.org/{doi}">https://doi.org/{doi}</a>{pdfl}'
                f'<a href="{u("/topic/ccs2012/10003120")}">Human-centered computing</a></div>'
                f'<div class="abstractSection abstractInFull">{ps(w.paras)}</div>')
        docs.append(_work(w, _acm(u, w.title, main, meta)))

    def toc(items):
        return "".join(f'<div class="issue-item"><h5 class="issue-item__title"><a href="{u(w.path)}">{esc(w.title)}'
                       f'</a></h5><span>{esc(w.author)}</span></div>' for w in items)
    arts = [w for w in ws if not w.path.startswith("/doi/pdf/")]
    docs.append(_other(DL, "/", _acm(u, "Home", f'<h1>InfoSoc Digital Library</h1><ul><li><a href="{u("/toc/cikm/2023")}">'
                                            f'CIKM 2023</a></li><li><a href="{u("/toc/icse/2023")}">ICSE 2023</a></li>'
                                            f'</ul>')))
    docs.append(_other(DL, "/toc/cikm/2023", _acm(u, "CIKM 2023", "<h1>Proceedings, October 2023</h1>" + toc(arts[:2]))))
    docs.append(_other(DL, "/toc/icse/2023", _acm(u, "ICSE 2023", "<h1>Proceedings, December 2023</h1>"
                                                  + toc(arts[2:]))))
    for n, p in authors.items():
        docs.append(_other(DL, p, _acm(u, n, f'<div class="profile"><h1>{esc(n)}</h1><p>Uppsala University</p></div>'
                                       + toc([arts[0]]))))
    docs.append(_other(DL, "/topic/ccs2012/10003120", _acm(u, "Human-centered computing",
                                                           "<h1>Human-centered computing</h1>" + toc(arts[:2]))))
    docs.append(_other(DL, "/action/doSearch?AllField=mentoring", _acm(u, "Search results", "<h1>3 results for "
                                                                       "mentoring</h1>" + toc([arts[0], arts[1], arts[3]]))))
    docs.append(_other(DL, "/about", _acm(u, "About", "<h1>About the Digital Library</h1><p>The full-text "
                                          "collection of the Society's journals and proceedings.</p>")))
    docs.append(_other(DL, "/contact-us", _acm(u, "Contact", "<h1>Contact us</h1><p>dl-info at infosoc.example</p>")))
    return docs


# --- Dataverse ------------------------------------------------------------------------------------------------

def _dv(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8">'
            f'<title>{esc(title)}</title>{head}</head><body><div id="navbarFixed" class="navbar navbar-default">'
            f'<a class="navbar-brand" href="{u("/")}">University Dataverse</a>'
            f'<a href="{u("/dataverse/libstudies/about")}">About</a></div><div id="content" class="container">{main}'
            f'</div><div id="footer">Powered by <a href="https://dataverse.org">Dataverse</a> v. 6.1</div></body></html>')


def dataverse(u) -> list[Doc]:
    ws = _works(DV)
    pages = [w for w in ws if w.path.startswith("/dataset.xhtml")]
    docs = []
    codebook = next(w for w in ws if w.path.startswith("/api/"))
    for w in ws:
        if w is codebook:
            docs.append(_pdf(w))
            continue
        doi = w.path.split("doi:")[1]
        ld = {"@context": "http://schema.org", "@type": "Dataset", "@id": f"https://doi.org/{doi}",
              "identifier": f"https://doi.org/{doi}", "name": w.title, "creator": [{"name": w.author}],
              "datePublished": w.date, "description": [w.paras[0]],
              "publisher": {"@type": "Organization", "name": "University Dataverse"}}
        files = (f'<table id="filesTable"><tr><td><a href="{u(codebook.path)}">codebook.pdf</a></td>'
                 f'<td>Adobe PDF - 84.2 KB</td></tr></table>' if w is ws[0] else "")
        main = (f'<div id="datasetForm"><div id="title-block"><span id="title-label-block" class="label label-default">'
                f'Version 1.0</span><h1 id="title">{esc(w.title)}</h1></div><div class="dataset-citation">'
                f'<span class="citation-select">{esc(w.author)}, {w.date[:4]}, "{esc(w.title)}", '
                f'https://doi.org/{doi}, University Dataverse, V1</span></div>'
                f'<div id="metadata_dsDescription" class="metadata-block">{ps(w.paras)}</div>{files}'
                f'<a href="{u("/dataverse/libstudies")}">Library Studies Dataverse</a></div>')
        head = (f'<meta name="DC.identifier" content="https://doi.org/{doi}"><meta name="DC.title" '
                f'content="{esc(w.title)}"><meta name="DC.creator" content="{esc(w.author)}">'
                f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="article">'
                + _ld(ld))
        docs.append(_work(w, _dv(u, w.title, main, head)))

    def cards(items):
        return "".join(f'<div class="card-title-icon-block"><a href="{u(w.path)}">{esc(w.title)}</a>'
                       f'<span class="text-muted">{w.date}</span></div>' for w in items)
    docs.append(_other(DV, "/", _dv(u, "University Dataverse", f'<h1>University Dataverse</h1><ul><li><a href="'
                                    f'{u("/dataverse/libstudies")}">Library Studies</a></li></ul>')))
    docs.append(_other(DV, "/dataverse/libstudies", _dv(u, "Library Studies Dataverse", "<h1>Library Studies</h1>"
                                                        f'<form action="{u("/dataverse/libstudies")}"><input name="q">'
                                                        f'</form><a href="{u("/dataverse/libstudies?q=mentoring")}">'
                                                        f"mentoring</a>" + cards(pages))))
    docs.append(_other(DV, "/dataverse/libstudies?q=mentoring", _dv(u, "Library Studies Dataverse",
                                                                    "<h1>Search: mentoring</h1>" + cards(pages[:1]))))
    docs.append(_other(DV, "/dataverse/libstudies/about", _dv(u, "About Library Studies", "<h1>About</h1><p>Data "
                                                            "deposited by the School of Library Studies.</p>")))
    return docs


# --- Dryad ------------------------------------------------------------------------------------------------------

def _dryad(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | Dryad</title>{head}'
            f'</head><body><header class="c-header"><a class="c-header__logo" href="{u("/")}">Dryad</a><nav>'
            f'<a href="{u("/search?q=librarians")}">Explore data</a> <a href="{u("/stash/about")}">About</a> '
            f'<a href="{u("/stash/contact")}">Contact</a></nav></header><main id="maincontent">{main}</main>'
            f'<footer class="c-footer">Dryad is a nonprofit.</footer></body></html>')


def dryad(u) -> list[Doc]:
    ws = _works(DRYAD)
    docs = []
    for w in ws:
        doi = w.path.split("doi:")[1]
        ld = {"@context": "http://schema.org", "@type": "Dataset", "name": w.title, "description": w.paras[0],
              "creator": [{"@type": "Person", "name": w.author}], "datePublished": w.date,
              "identifier": f"https://doi.org/{doi}", "license": "https://creativecommons.org/publicdomain/zero/1.0/"}
        head = (f'<meta name="citation_title" content="{esc(w.title)}"><meta name="citation_author" '
                f'content="{esc(w.author)}"><meta name="citation_publication_date" content="{w.date}">'
                f'<meta name="citation_doi" content="{doi}">' + _ld(ld))
        main = (f'<h1 class="o-heading__level1">{esc(w.title)}</h1><div class="o-metadata__author">{esc(w.author)}'
                f'</div><div class="o-metadata__group2-item">Published {w.date}</div><div>https://doi.org/{doi}</div>'
                f'<div class="t-landing__text-wall">{ps(w.paras)}</div>')
        docs.append(_work(w, _dryad(u, w.title, main, head)))

    def results(items):
        return "".join(f'<div class="c-search-result"><h2><a href="{u(w.path)}">{esc(w.title)}</a></h2>'
                       f'<p>{esc(w.author)}</p></div>' for w in items)
    docs.append(_other(DRYAD, "/", _dryad(u, "Dryad", "<h1>Publish and preserve your data</h1><h2>Recent</h2>"
                                          + results(ws) + f'<a href="{u("/search?f=subject_Library")}">Library and '
                                          f"information science</a>")))
    docs.append(_other(DRYAD, "/search?q=librarians", _dryad(u, "Search", "<h1>Search results</h1>"
                                                             + results([ws[0], ws[2]]))))
    docs.append(_other(DRYAD, "/search?f=subject_Library", _dryad(u, "Subject: Library",
                                                                  "<h1>Library and information science</h1>"
                                                                  + results([ws[0], ws[2]]))))
    docs.append(_other(DRYAD, "/stash/about", _dryad(u, "About", "<h1>About Dryad</h1><p>An open data publishing "
                                                     "platform.</p>")))
    docs.append(_other(DRYAD, "/stash/contact", _dryad(u, "Contact", "<h1>Contact us</h1><p>help at "
                                                       "datadryad.example</p>")))
    return docs


# --- Panopto ----------------------------------------------------------------------------------------------------

def _panopto(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>{head}</head>'
            f'<body class="viewer"><div id="headerWrapper"><a id="logoImage" href="{u("/Panopto/Pages/Home.aspx")}">'
            f'Northfield Library Panopto</a><a href="{u("/Panopto/Pages/Sessions/List.aspx?folderID=a1b2c3d4")}">'
            f'Staff Development</a></div><div id="contentWrapper">{main}</div></body></html>')


def panopto(u) -> list[Doc]:
    ws = _works(VIDEO)
    docs = []
    for w in ws:
        vid = w.path.split("id=")[1]
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="video.other">'
                f'<meta property="og:description" content="{esc(w.paras[0][:200])}">'
                f'<meta property="og:image" content="{u("/Panopto/Services/FrameGrabber.svc/FrameRedirect?objectId=" + vid)}">')
        main = (f'<div id="viewerHeader"><h1 id="deliveryTitle">{esc(w.title)}</h1><div id="deliveryDate">{w.date}'
                f'</div><div id="deliveryOwner">{esc(w.author)}</div></div><div id="videoPlayer"></div>'
                f'<div id="detailsTab"><div class="details-description">{ps(w.paras)}</div></div>')
        docs.append(_work(w, _panopto(u, w.title, main, head)))

    def rows(items):
        return "".join(f'<div class="detail-title"><a href="{u(w.path)}">{esc(w.title)}</a><span>{w.date}</span>'
                       f"</div>" for w in items)
    docs.append(_other(VIDEO, "/Panopto/Pages/Home.aspx", _panopto(u, "Home", "<h1>Home</h1>" + rows(ws[:2])
                       + f'<a href="{u("/Panopto/Pages/Sessions/List.aspx?query=mentoring")}">mentoring</a>')))
    docs.append(_other(VIDEO, "/Panopto/Pages/Sessions/List.aspx?folderID=a1b2c3d4", _panopto(
        u, "Staff Development", "<h1>Staff Development</h1>" + rows(ws)
        + f'<a href="{u("/Panopto/Pages/Sessions/List.aspx?folderID=e5f6a7b8")}">Archive 2022</a>')))
    docs.append(_other(VIDEO, "/Panopto/Pages/Sessions/List.aspx?folderID=e5f6a7b8", _panopto(
        u, "Archive 2022", "<h1>Archive 2022</h1><p>This folder is empty.</p><a href=\""
        + u("/Panopto/Pages/Viewer.aspx?id=00000000-0000-0000-0000-000000000000") + '">Old recording</a>')))
    docs.append(_other(VIDEO, "/Panopto/Pages/Sessions/List.aspx?query=mentoring", _panopto(
        u, "Search", "<h1>Search results: mentoring</h1>" + rows([ws[0], ws[2]]))))
    docs.append(_other(VIDEO, "/Panopto/Pages/Viewer.aspx?id=00000000-0000-0000-0000-000000000000", _panopto(
        u, "Panopto", '<div id="errorMessage">Sorry, this session does not exist or you do not have access to '
        "it.</div>")))
    return docs


# --- Open edX ---------------------------------------------------------------------------------------------------

def _edx(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>{esc(title)} | LibSchool Learn'
            f'</title>{head}</head><body class="view-in-course"><header class="global-header"><a class="logo" '
            f'href="{u("/")}">LibSchool Learn</a><nav><a href="{u("/courses")}">Explore courses</a></nav></header>'
            f'<main id="main" tabindex="-1">{main}</main><footer class="wrapper-footer"><a href="{u("/about")}">About'
            f'</a> <a href="{u("/contact")}">Contact</a><p>Powered by Open edX</p></footer></body></html>')


def openedx(u) -> list[Doc]:
    ws = _works(EDX)
    abouts = [w for w in ws if w.path.endswith("/about")]
    docs = []
    for w in ws:
        if w in abouts:
            main = (f'<section class="course-info"><header class="course-profile"><div class="intro"><h1>'
                    f'{esc(w.title)}</h1><p>{esc(w.author)}</p></div><a class="register" href="{u("/courses")}">'
                    f'Enroll</a></header></section><section class="container"><div class="details"><section '
                    f'class="about">{ps(w.paras)}</section></div><ol class="important-dates"><li>Classes start '
                    f"{w.date}</li></ol></section>")
            if "MENT101" in w.path:
                main += (f'<p><a href="{u("/courses/course-v1:LibSchool+MENT101+2024_T1/courseware/")}">Course '
                         f'outline</a> &middot; Instructor <a href="{u("/u/aosei")}">aosei</a></p>')
            head = f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="website">'
        else:
            main = (f'<div class="course-wrapper"><section class="course-content"><div class="xblock '
                    f'xblock-student_view xblock-student_view-vertical"><h2 class="hd hd-2 unit-title">'
                    f'{esc(w.title)}</h2><div class="xblock xblock-student_view-html">{ps(w.paras)}</div></div>'
                    f'</section></div>')
            head = ""
        docs.append(_work(w, _edx(u, w.title, main, head)))

    def cards(items):
        return '<ul class="courses-listing">' + "".join(
            f'<li class="courses-listing-item"><article class="course"><a href="{u(w.path)}"><h2 class="course-title">'
            f"{esc(w.title)}</h2></a></article></li>" for w in items) + "</ul>"
    docs.append(_other(EDX, "/", _edx(u, "Welcome", "<h1>Learn with LibSchool</h1>" + cards(abouts)
                                      + f'<form action="{u("/courses")}"><input name="search_query"></form>'
                                        f'<a href="{u("/courses?search_query=mentoring")}">Popular: mentoring</a>')))
    docs.append(_other(EDX, "/courses", _edx(u, "Courses", "<h1>All courses</h1>" + cards(abouts)
                                             + f'<p>Retired: <a href="{u("/courses/course-v1:LibSchool+OLD100+2019/about")}">'
                                               "Intro to Libraries (2019)</a></p>")))
    docs.append(_other(EDX, "/courses?search_query=mentoring", _edx(u, "Search", "<h1>Results: mentoring</h1>"
                                                                    + cards([abouts[0], abouts[2]]))))
    docs.append(_other(EDX, "/courses/course-v1:LibSchool+MENT101+2024_T1/courseware/", _edx(
        u, "Course outline", '<nav class="course-outline"><ol><li><a href="'
        + u("/courses/course-v1:LibSchool+MENT101+2024_T1/courseware/week2/finding-mentors/")
        + '">Week 2: Finding mentors online</a></li></ol></nav>')))
    docs.append(_other(EDX, "/u/aosei", _edx(u, "aosei", '<div class="profile-page"><h1>aosei</h1><p>Learner since '
                                             "2021.</p></div>")))
    docs.append(_other(EDX, "/about", _edx(u, "About", "<h1>About LibSchool Learn</h1><p>Online courses from the "
                                           "School of Library Studies.</p>")))
    docs.append(_other(EDX, "/contact", _edx(u, "Contact", "<h1>Contact</h1><p>learn at libschool.example</p>")))
    docs.append(_other(EDX, "/courses/course-v1:LibSchool+OLD100+2019/about", _edx(
        u, "Page not found", "<h1>Page not found</h1><p>The page you requested does not exist.</p>"), status=404))
    return docs


# --- Modern Campus CMS -------------------------------------------------------------------------------------------

def _campus(u, title: str, main: str, head: str = "", path: str = "/") -> str:
    return (f'<!DOCTYPE HTML><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | Northfield University '
            f'Libraries</title>{head}</head><body><!-- com.omniupdate.div label="page" --><header id="header">'
            f'<a class="brand" href="{u("/")}">Northfield University Libraries</a><nav class="main-nav"><ul>'
            f'<li><a href="{u("/news/")}">News</a></li><li><a href="{u("/about/")}">About</a></li>'
            f'<li><a href="{u("/about/contact.html")}">Contact</a></li></ul></nav><form action="{u("/search/")}">'
            f'<input name="q"></form></header><main id="main-content">{main}</main><footer id="footer">'
            f'<p>&copy; Northfield University</p><a id="de" href="https://a.cms.omniupdate.com/11/?skin=oucampus'
            f'&amp;site=library&amp;path={path}">&copy;</a></footer></body></html>')


def campus(u) -> list[Doc]:
    ws = _works(CAMPUS)
    cats = {"staff": [ws[0], ws[2]], "events": [ws[1], ws[3], ws[4]]}
    docs = []
    for w in ws:
        cat = next(c for c, l in cats.items() if w in l)
        head = (f'<meta name="description" content="{esc(w.paras[0][:150])}"><meta property="og:title" '
                f'content="{esc(w.title)}"><meta property="og:type" content="article">'
                f'<meta property="article:published_time" content="{w.date}">')
        main = (f'<article class="news-article"><h1>{esc(w.title)}</h1><p class="byline">{esc(w.author)} | '
                f'<time>{w.date}</time> | <a href="{u("/news/category/" + cat + ".html")}">{cat.title()}</a></p>'
                f"{ps(w.paras)}</article>")
        if w is ws[2]:
            main += f'<p><a href="{u("/about/staff/abena-osei.html")}">Abena Osei</a></p>'
        docs.append(_work(w, _campus(u, w.title, main, head, w.path)))

    def teasers(items):
        return "".join(f'<div class="news-item"><h3><a href="{u(w.path)}">{esc(w.title)}</a></h3><p>{w.date}</p>'
                       f"</div>" for w in items)
    docs.append(_other(CAMPUS, "/", _campus(u, "Home", "<h1>Northfield University Libraries</h1><h2>News</h2>"
                                            + teasers(ws[:3]) + f'<a href="{u("/search/?q=mentoring")}">Search</a>')))
    docs.append(_other(CAMPUS, "/news/", _campus(u, "News", "<h1>News</h1>" + teasers(ws[:3])
                                                 + f'<a href="{u("/news/index.html?page=2")}">Older news</a>')))
    docs.append(_other(CAMPUS, "/news/index.html?page=2", _campus(u, "News", "<h1>News (page 2)</h1>" + teasers(ws[3:])
                       + f'<a href="{u("/news/2022/old-story.html")}">Library hours 2022</a>')))
    for c, items in cats.items():
        docs.append(_other(CAMPUS, f"/news/category/{c}.html", _campus(u, c.title(), f"<h1>{c.title()}</h1>"
                                                                       + teasers(items))))
    docs.append(_other(CAMPUS, "/about/", _campus(u, "About", "<h1>About the Libraries</h1><p>Three libraries "
                                                  "serving 18,000 students.</p>")))
    docs.append(_other(CAMPUS, "/about/contact.html", _campus(u, "Contact", "<h1>Contact</h1><p>Ask a librarian at "
                                                              "the main desk.</p>")))
    docs.append(_other(CAMPUS, "/about/staff/abena-osei.html", _campus(u, "Abena Osei", "<h1>Abena Osei</h1><p>"
                                                                      "Research Librarian, Social Sciences.</p>")))
    docs.append(_other(CAMPUS, "/search/?q=mentoring", _campus(u, "Search", "<h1>Search results</h1>"
                                                               + teasers([ws[0], ws[2]]))))
    docs.append(_other(CAMPUS, "/news/2022/old-story.html", _campus(u, "Page Not Found", "<h1>404: Page Not Found"
                                                                    "</h1><p>Try the search.</p>"), status=404))
    return docs


# --- Squiz Matrix ----------------------------------------------------------------------------------------------

def _squiz(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><!--\n  Running Squiz Matrix\n  Developed by Squiz - '
            f'http://www.squiz.net\n--><meta charset="utf-8"><title>{esc(title)} - Archivists Association</title>'
            f'{head}</head><body><header class="site-header"><a href="{u("/")}" class="logo">Archivists Association'
            f'</a><nav><ul class="main-nav"><li><a href="{u("/news")}">News</a></li><li><a href="{u("/resources")}">'
            f'Resources</a></li><li><a href="{u("/about-us")}">About us</a></li><li><a href="{u("/contact-us")}">'
            f'Contact us</a></li></ul></nav><form action="{u("/search")}"><input name="query"></form></header>'
            f'<main id="main">{main}</main><footer>&copy; Archivists Association</footer></body></html>')


def squiz(u) -> list[Doc]:
    ws = _works(ASSOC)
    news = [w for w in ws if w.path.startswith("/news/")]
    handbook = next(w for w in ws if w.path.endswith(".pdf"))
    topics = {"professional-development": [news[0], news[1], news[3]], "advocacy": [news[2]]}
    docs = [_pdf(handbook)]
    for w in news:
        t = next(k for k, l in topics.items() if w in l)
        head = (f'<meta name="dcterms.title" content="{esc(w.title)}"><meta name="dcterms.created" content="{w.date}">'
                f'<meta property="og:title" content="{esc(w.title)}">')
        main = (f'<article class="news"><h1>{esc(w.title)}</h1><p class="meta">{w.date} &middot; '
                f'<a href="{u("/people/membership-committee")}">{esc(w.author)}</a> &middot; '
                f'<a href="{u("/news/topics/" + t)}">{t.replace("-", " ").title()}</a></p>{ps(w.paras)}</article>')
        docs.append(_work(w, _squiz(u, w.title, main, head)))

    def items(ws_):
        return '<ul class="listing">' + "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a> <span>{w.date}</span>'
                                                 f"</li>" for w in ws_) + "</ul>"
    docs.append(_other(ASSOC, "/", _squiz(u, "Home", "<h1>Welcome</h1>" + items(news[:2])
                                          + f'<a href="{u("/search?query=mentoring")}">Find mentoring</a>')))
    docs.append(_other(ASSOC, "/news", _squiz(u, "News", "<h1>News</h1>" + items(news[:2])
                                              + f'<a href="{u("/news?result_page=2")}">Next page</a><ul class="topics">'
                                              + "".join(f'<li><a href="{u("/news/topics/" + t)}">{t}</a></li>'
                                                        for t in topics) + "</ul>")))
    docs.append(_other(ASSOC, "/news?result_page=2", _squiz(u, "News", "<h1>News</h1>" + items(news[2:]))))
    for t, l in topics.items():
        docs.append(_other(ASSOC, "/news/topics/" + t, _squiz(u, t, f"<h1>{t.replace('-', ' ').title()}</h1>"
                                                             + items(l))))
    docs.append(_other(ASSOC, "/about-us", _squiz(u, "About us", "<h1>About us</h1><p>The professional body for "
                                                  "archivists and records managers since 1975.</p>")))
    docs.append(_other(ASSOC, "/contact-us", _squiz(u, "Contact us", "<h1>Contact us</h1><p>Office hours 9-5.</p>")))
    docs.append(_other(ASSOC, "/search?query=mentoring", _squiz(u, "Search", '<h1>Search: mentoring</h1>'
                                                                + items([news[0], news[3]]))))
    docs.append(_other(ASSOC, "/people/membership-committee", _squiz(u, "Membership Committee",
                                                                     "<h1>Membership Committee</h1><p>Chair and "
                                                                     "five members.</p>")))
    docs.append(_other(ASSOC, "/resources", _squiz(u, "Resources", f'<h1>Resources</h1><ul><li><a href="'
                                                   f'{u(handbook.path)}">{esc(handbook.title)} (PDF)</a></li><li>'
                                                   f'<a href="{u("/news/mentoring-program-2019")}">Mentoring program '
                                                   f"2019</a></li></ul>")))
    docs.append(_other(ASSOC, "/news/mentoring-program-2019", _squiz(u, "Page not found", "<h1>Page not found</h1>"
                                                                     "<p>The page has moved or been removed.</p>"),
                       status=404))
    return docs


def build(url: Callable[[str, str], str]) -> list[Doc]:
    def on(host):
        return lambda path: url(host, path)
    return (mitra(on(FEDI)) + askbot(on(ASK)) + markmail(on(LISTS)) + acm(on(DL)) + dataverse(on(DV))
            + dryad(on(DRYAD)) + panopto(on(VIDEO)) + openedx(on(EDX)) + campus(on(CAMPUS)) + squiz(on(ASSOC)))


class LabelledWeb36(ServedWeb):
    """Web 36 (see the module docstring)."""

    HOSTS = HOSTS
    START = {VIDEO: "/Panopto/Pages/Home.aspx"}
    FIRST_ADDRESS = 416
    build = staticmethod(build)
