"""Web 44: a held-out labelled web of 116 pages on ten hosts, built from the labels and texts of
:mod:`tests.labelled_text44` (written and committed first).

Platforms, their markup reduced: an Ingenta Connect-like journal host (``citation_*`` tags, an issue's table of
contents, a PDF linked from the article page), a Dialnet-like bibliographic portal (Spanish and English records,
author pages), a PhilPapers-like index, a WorldCat-like catalogue (a book, a thesis, editions), a Koha OPAC, a
VuFind catalogue, a Speaker Deck-like slides host (transcripts), a Whova-like event app's public agenda (a soft 404
for a session that is gone), a Blogger blog on the Awesome Inc. template and a Write.as-hosted blog.
"""

from __future__ import annotations

import json
from typing import Callable

from tests.labelled_text44 import (BLOG, DECKS, DIALNET, HOSTS, IC, INGENTA, KOHA, OTHER, PHIL, VUFIND, WH, WHOVA,
                                   WORKS, WORLDCAT, WRITEAS, Work)
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

KIND = {(h, p): k for h, p, k in OTHER}


def _works(host: str) -> list[Work]:
    return [w for w in WORKS.values() if w.host == host]


def _ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _other(host: str, path: str, body: str, status: int = 200) -> Doc:
    return Doc(host, path, KIND[(host, path)], 0, body.encode(), status=status)


def _work(w: Work, body: str) -> Doc:
    return Doc(w.host, w.path, w.kind, w.grade, body.encode())


def _href(u, path: str) -> str:
    return esc(u(path))


# --- Ingenta Connect --------------------------------------------------------------------------------

JLIM = "Journal of Library and Information Management"


def _ingenta(u, title: str, main: str, head: str = "") -> str:
    h = lambda p: _href(u, p)  # noqa: E731
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}: Ingenta Connect</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}'
            f'<link rel="stylesheet" href="/css/connect/ingenta.css"></head><body>'
            f'<div id="cookiePolicy" class="cookie-policy">Ingenta Connect uses cookies. <a rel="nofollow" '
            f'href="https://www.ingenta.example/cookies/">Find out more</a></div>'
            f'<header class="header"><div class="container"><a class="logo" href="{h("/")}">Ingenta Connect</a>'
            f'<form class="quicksearch" action="{h("/search")}"><input type="hidden" name="option1" value="tka">'
            f'<input name="value1" placeholder="Search by keyword, title, author"></form>'
            f'<ul class="nav navbar-nav"><li><a href="{h("/content/lapub/jlim")}">Browse</a></li>'
            f'<li><a href="{h("/about")}">About</a></li><li><a rel="nofollow" href="{h("/register")}">Register</a>'
            f'</li><li><a rel="nofollow" href="{h("/signin")}">Sign in</a></li></ul></div></header>'
            f'<div id="wrapper" class="container"><div class="row">{main}</div></div>'
            f'<footer class="footer"><ul class="list-inline"><li><a href="{h("/about")}">About Ingenta Connect</a></li>'
            f'<li><a href="{h("/contact")}">Contact us</a></li><li>&copy; 2024 Ingenta</li></ul></footer></body></html>')


def _ic_toc(u, ws: list[Work]) -> str:
    rows = "".join(
        f'<div class="data-list-item row"><div class="col-md-10"><strong><a class="ellipsis" '
        f'href="{_href(u, w.path)}" title="{esc(w.title)}">{esc(w.title)}</a></strong>'
        f'<p class="meta">pp. {12 * n + 1}-{12 * n + 11}(11) &nbsp; Author: {esc(w.author)}</p></div>'
        f'<div class="col-md-2"><span class="access-icon" title="Free content">Free</span></div></div>'
        for n, w in enumerate(ws))
    return f'<div id="toc" class="tocContent">{rows}</div>'


def ingenta(u) -> list[Doc]:
    h = lambda p: _href(u, p)  # noqa: E731
    ws = [WORKS[k] for k in ("ic3", "ic4", "ic1", "ic2")]
    pdfw = WORKS["ic1pdf"]
    docs = []
    for n, w in enumerate(ws):
        first = 12 * n + 1
        meta = "".join(f'<meta name="citation_author" content="{esc(a.strip())}">' for a in w.author.split(";"))
        head = (f'<meta name="citation_title" content="{esc(w.title)}">{meta}'
                f'<meta name="citation_journal_title" content="{JLIM}"><meta name="citation_publisher" '
                f'content="Library Association Publishing"><meta name="citation_volume" content="12">'
                f'<meta name="citation_issue" content="2"><meta name="citation_firstpage" content="{first}">'
                f'<meta name="citation_lastpage" content="{first + 10}"><meta name="citation_publication_date" '
                f'content="2024/04/01"><meta name="citation_issn" content="2046-7721">'
                f'<meta name="citation_doi" content="10.9999/jlim.2024.12.2.{first}">'
                f'<meta name="citation_abstract_html_url" content="{h(w.path)}">'
                + (f'<meta name="citation_pdf_url" content="{h(pdfw.path)}">' if w is WORKS["ic1"] else "")
                + f'<meta name="DC.title" content="{esc(w.title)}"><link rel="canonical" href="{h(w.path)}">')
        pdf_link = (f'<li><a class="fulltext pdf btn btn-general" href="{h(pdfw.path)}" title="PDF download">'
                    f'Download Article <span class="hidden-xs">(PDF 212.4 kb)</span></a></li>'
                    if w is WORKS["ic1"] else "")
        main = (f'<div class="col-md-9"><div class="breadcrumb"><a href="{h("/")}">Home</a> / '
                f'<a href="{h("/content/lapub/jlim")}">{JLIM}</a> / <a href="{h(IC)}">Volume 12, Number 2</a></div>'
                f'<div id="infoArticle"><h1 class="abstract-heading">{esc(w.title)}</h1>'
                f'<p class="article-authors">Authors: {esc(w.author)}</p>'
                f'<p class="meta">Source: {JLIM}, Volume 12, Number 2, April 2024, pp. {first}-{first + 10}(11)</p>'
                f'<p class="meta">Publisher: Library Association Publishing</p>'
                f'<p class="meta">DOI: https://doi.org/10.9999/jlim.2024.12.2.{first}</p>'
                f'<ul class="nav nav-tabs"><li class="active"><a href="#Abst">Abstract</a></li>'
                f'<li><a href="#Refs">References</a></li><li><a href="#Cits">Citations</a></li></ul>'
                f'<div class="tab-content"><div id="Abst" class="tab-pane active">{ps(w.paras)}</div>'
                f'<div id="Refs" class="tab-pane">No References for this article.</div>'
                f'<div id="Cits" class="tab-pane">No Citations for this article.</div></div></div></div>'
                f'<div class="col-md-3"><ul class="right-col-download">{pdf_link}'
                f'<li><a rel="nofollow" href="{h(w.path + "?format=ris")}">Export RIS</a></li></ul>'
                f'<div class="right-col"><h2>More about this publication?</h2><ul><li><a href="{h("/content/lapub/jlim")}">'
                f'Journal home and all issues</a></li></ul></div></div>')
        docs.append(_work(w, _ingenta(u, w.title, main, head)))
    docs.append(Doc(INGENTA, pdfw.path, pdfw.kind, pdfw.grade, pdf(list(pdfw.paras[2:]) + list(WORKS["ic1"].paras)),
                    content_type="application/pdf"))
    toc = (f'<div class="col-md-12"><h1>{JLIM}, Volume 12, Number 2, April 2024</h1>'
           f'<p class="lead">Theme issue: workforce and careers</p>{_ic_toc(u, ws)}'
           f'<ul class="pager"><li><a href="{h("/content/lapub/jlim")}">All issues</a></li></ul></div>')
    docs.append(_other(INGENTA, IC, _ingenta(u, f"{JLIM}, Volume 12, Number 2", toc,
                                             f'<link rel="alternate" type="application/rss+xml" '
                                             f'href="{h(IC + "?format=rss")}">')))
    jhome = (f'<div class="col-md-9"><h1>{JLIM}</h1><p>ISSN 2046-7721 (Print) | Publisher: Library Association '
             f'Publishing</p><div class="issues"><h2>All issues</h2><ul class="bobby"><li><a href="{h(IC)}">Volume 12, '
             f'Number 2, April 2024</a></li><li>Volume 12, Number 1, January 2024 <span class="access-icon">'
             f'Subscribed content</span></li><li><a href="{h("/content/lapub/jlim/2019/00000007/00000004/art00009")}">'
             f'Volume 7, Number 4 (2019): Editorial</a></li></ul></div></div>'
             f'<div class="col-md-3"><h2>Journal information</h2><p>Aims and scope, editorial board, submissions.</p></div>')
    docs.append(_other(INGENTA, "/content/lapub/jlim", _ingenta(u, JLIM, jhome)))
    results = (f'<div class="col-md-12"><h1>Search results</h1><p class="searchCount">Showing 1 - 2 of 2 results for '
               f'keyword: mentoring</p><div class="greybg">'
               + "".join(f'<div class="data-list-item"><input type="checkbox"><strong><a href="{h(w.path)}">'
                         f'{esc(w.title)}</a></strong><p>{esc(w.author)} | {JLIM}</p></div>'
                         for w in (WORKS["ic1"], WORKS["ic2"]))
               + '</div></div>')
    docs.append(_other(INGENTA, "/search?option1=tka&value1=mentoring", _ingenta(u, "Search results", results)))
    home = (f'<div class="col-md-8"><h1>Ingenta Connect</h1><p>Scholarly content from over 250 publishers.</p>'
            f'<h2>Latest issue highlighted</h2><ul><li><a href="{h(IC)}">{JLIM} 12(2): workforce and careers</a></li>'
            f'<li><a href="{h("/search?option1=tka&value1=mentoring")}">Popular search: mentoring</a></li></ul></div>'
            f'<div class="col-md-4"><h2>Featured article</h2><p><a href="{h(WORKS["ic1"].path)}">'
            f'{esc(WORKS["ic1"].title)}</a></p></div>')
    docs.append(_other(INGENTA, "/", _ingenta(u, "Home", home, '<meta name="description" content="Ingenta Connect">')))
    docs.append(_other(INGENTA, "/about", _ingenta(u, "About", '<div class="col-md-12"><h1>About Ingenta Connect</h1>'
                       '<p>Ingenta Connect hosts journals, books and other scholarly publications for hundreds of '
                       'publishers and gives libraries and researchers one place to search and read them.</p></div>')))
    docs.append(_other(INGENTA, "/contact", _ingenta(u, "Contact us", '<div class="col-md-12"><h1>Contact us</h1>'
                       '<p>Customer services: help@ingenta.example. Publisher enquiries: sales@ingenta.example.</p>'
                       '<form class="contact-form"><input name="email"><textarea name="message"></textarea></form>'
                       '</div>')))
    docs.append(_other(INGENTA, "/content/lapub/jlim/2019/00000007/00000004/art00009",
                       _ingenta(u, "Page not found", '<div class="col-md-12"><h1>Error 404</h1><p>Sorry, the page '
                                'you requested could not be found.</p></div>'), status=404))
    return docs


# --- Dialnet --------------------------------------------------------------------------------------

def _dialnet(u, title: str, main: str, head: str = "", lang: str = "es") -> str:
    h = lambda p: _href(u, p)  # noqa: E731
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="UTF-8"><title>{esc(title)} - Dialnet</title>'
            f'{head}<link rel="stylesheet" href="/css/dialnet.css"></head><body>'
            f'<div id="cabecera"><a class="logo" href="{h("/")}">Dialnet</a><nav class="menu-principal"><ul>'
            f'<li><a href="{h("/buscar/documentos?querysDismax.DOCUMENTAL_TODO=mentor%C3%ADa")}">Buscar</a></li>'
            f'<li><a href="{h("/metricas/materias/biblioteconomia")}">Materias</a></li>'
            f'<li><a rel="nofollow" href="{h("/usuarios/login")}">Iniciar sesión</a></li></ul></nav></div>'
            f'<div id="contenido" class="container">{main}</div>'
            f'<div id="pie"><p>Dialnet es un proyecto de cooperación bibliotecaria. Fundación Dialnet, '
            f'Universidad de La Rioja.</p></div>'
            f'<div id="aviso-cookies">Utilizamos cookies propias y de terceros. <button>Aceptar</button></div>'
            f'</body></html>')


DN_AUTHORS = {"Lucía Garrido Ortega": "/servlet/autor?codigo=4471203", "Mateo Quiroga": "/servlet/autor?codigo=3985117"}


def dialnet(u) -> list[Doc]:
    h = lambda p: _href(u, p)  # noqa: E731
    ws = _works(DIALNET)
    rev = "/servlet/revista?codigo=22417"
    docs = []
    for w in ws:
        is_thesis = w.kind == "document"
        apath = DN_AUTHORS.get(w.author)
        author = (f'<a href="{h(apath)}">{esc(w.author)}</a>' if apath else esc(w.author))
        head = (f'<meta name="citation_title" content="{esc(w.title)}"><meta name="citation_author" '
                f'content="{esc(w.author)}"><meta name="citation_publication_date" content="{w.date}">'
                + ('<meta name="citation_dissertation_institution" content="Universidad de Salamanca">'
                   if is_thesis else '<meta name="citation_journal_title" content="Revista de Biblioteconomía '
                   'y Documentación"><meta name="citation_issn" content="1133-4401">')
                + f'<link rel="canonical" href="{h(w.path)}">')
        source = ('Tesis doctoral dirigida por Ana Pérez. Universidad de Salamanca (2021).' if is_thesis else
                  f'<a href="{h(rev)}">Revista de Biblioteconomía y Documentación</a>, ISSN 1133-4401, Nº 48, {w.date}')
        main = (f'<div id="datos-ficha"><ul class="breadcrumb"><li><a href="{h("/")}">Inicio</a></li></ul>'
                f'<h1 class="titulo-documento">{esc(w.title)}</h1><ul id="informacion"><li>Autores: '
                f'<span class="autor">{author}</span></li><li><span class="revista">{source}</span></li>'
                f'<li>Idioma: {"español" if "Resumen" in w.paras[0] or is_thesis else "inglés"}</li></ul>'
                f'<div id="resumen"><h2>Resumen</h2>{ps(w.paras)}</div>'
                f'<div class="enlaces"><a rel="nofollow" href="{h(w.path + "&info=link")}">Enlace al documento</a>'
                f'</div></div>')
        docs.append(_work(w, _dialnet(u, w.title, main, head)))
    for name, path in DN_AUTHORS.items():
        mine = [w for w in ws if w.author == name]
        body = (f'<div id="autor"><h1>{esc(name)}</h1><p class="afiliacion">Universidad</p>'
                f'<h2>Artículos de revistas</h2><ul class="listaelementos">'
                + "".join(f'<li class="articulo"><span class="titulo"><a href="{h(w.path)}">{esc(w.title)}</a></span>'
                          f'<span class="revista">Revista de Biblioteconomía y Documentación, {w.date}</span></li>'
                          for w in mine)
                + '</ul></div>')
        docs.append(_other(DIALNET, path, _dialnet(u, name, body)))
    arts = [w for w in ws if w.kind == "journal-article"]
    docs.append(_other(DIALNET, rev, _dialnet(u, "Revista de Biblioteconomía y Documentación",
                       '<div id="revista"><h1>Revista de Biblioteconomía y Documentación</h1><p>ISSN 1133-4401</p>'
                       '<h2>Ejemplares</h2><ul class="listaelementos">'
                       + "".join(f'<li><a href="{h(w.path)}">{esc(w.title)}</a> ({w.date})</li>' for w in arts)
                       + '</ul></div>')))
    q = "/buscar/documentos?querysDismax.DOCUMENTAL_TODO=mentor%C3%ADa"
    docs.append(_other(DIALNET, q, _dialnet(u, "Buscar documentos: mentoría",
                       '<div id="resultados"><h1>Documentos encontrados: 3</h1><ul class="listadoDocumentos">'
                       + "".join(f'<li class="documento"><p class="titulo"><a href="{h(w.path)}">{esc(w.title)}</a>'
                                 f'</p><p class="autores">{esc(w.author)}</p></li>'
                                 for w in (WORKS["dn1"], WORKS["dn2"], WORKS["dn4"]))
                       + '</ul></div>')))
    docs.append(_other(DIALNET, "/metricas/materias/biblioteconomia", _dialnet(u, "Materia: Biblioteconomía",
                       f'<div id="materia"><h1>Biblioteconomía y Documentación</h1><h2>Revistas</h2><ul>'
                       f'<li><a href="{h(rev)}">Revista de Biblioteconomía y Documentación</a></li></ul>'
                       f'<h2>Documentos recientes</h2><ul>'
                       + "".join(f'<li><a href="{h(w.path)}">{esc(w.title)}</a></li>' for w in ws) + '</ul></div>')))
    docs.append(_other(DIALNET, "/", _dialnet(u, "Portal de difusión de la producción científica hispana",
                       f'<div id="portada"><h1>Dialnet</h1><p>Uno de los mayores portales bibliográficos del '
                       f'mundo.</p><ul><li><a href="{h(q)}">Buscar: mentoría</a></li>'
                       f'<li><a href="{h("/metricas/materias/biblioteconomia")}">Biblioteconomía</a></li>'
                       f'<li><a href="{h("/servlet/articulo?codigo=1")}">Artículo de ejemplo</a></li>'
                       f'<li><a href="{h(WORKS["dn2"].path)}">Novedad: {esc(WORKS["dn2"].title)}</a></li></ul></div>')))
    docs.append(_other(DIALNET, "/servlet/articulo?codigo=1", _dialnet(u, "Documento no encontrado",
                       '<div class="error"><h1>Error 404</h1><p>El documento solicitado no existe.</p></div>'),
                       status=404))
    return docs


# --- PhilPapers -----------------------------------------------------------------------------------

def _phil(u, title: str, main: str, head: str = "") -> str:
    h = lambda p: _href(u, p)  # noqa: E731
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)} - PhilPapers</title>{head}'
            f'</head><body class="pp"><div id="ppHeader"><a id="ppLogo" href="{h("/")}">PhilPapers</a>'
            f'<form id="ppSearch" action="{h("/s/mentoring%20librarians")}"><input name="searchStr"></form>'
            f'<div id="ppNav"><a href="{h("/browse/information-ethics")}">Browse</a> '
            f'<a href="{h("/help/about.html")}">About</a> <a rel="nofollow" href="{h("/inoff.html")}">Sign in</a>'
            f'</div></div><div id="ppBody">{main}</div><div id="footer"><a href="{h("/help/about.html")}">About '
            f'PhilPapers</a> | <a href="{h("/help/contact.html")}">Contact us</a> | PhilPapers Foundation</div>'
            f'</body></html>')


def phil(u) -> list[Doc]:
    h = lambda p: _href(u, p)  # noqa: E731
    ws = _works(PHIL)
    cats = {"/browse/information-ethics": "Information Ethics", "/browse/mentoring": "Mentoring"}
    wcat = {"pp1": ["/browse/information-ethics", "/browse/mentoring"], "pp2": ["/browse/mentoring"],
            "pp3": ["/browse/mentoring"], "pp4": ["/browse/information-ethics"]}
    keys = {WORKS[k]: k for k in wcat}
    docs = []
    for w in ws:
        cs = wcat[keys[w]]
        head = (f'<meta name="citation_title" content="{esc(w.title)}"><meta name="citation_author" '
                f'content="{esc(w.author)}"><meta name="citation_publication_date" content="{w.date}">'
                f'<meta property="og:title" content="{esc(w.title)}"><link rel="canonical" href="{h(w.path)}">')
        author = (f'<a href="{h("/profile/402118")}">{esc(w.author)}</a>' if w.author == "Yusuf Kamara"
                  else esc(w.author))
        main = (f'<div class="entry"><div id="recAuthors">{author}</div><h1 class="recTitle">{esc(w.title)}</h1>'
                f'<div class="pubInfo">Journal of Information Ethics ({w.date})</div>'
                f'<div class="abstract">{ps(w.paras)}</div><div class="recCats"><b>Categories</b> '
                + " ".join(f'<a class="catName" href="{h(c)}">{cats[c]}</a>' for c in cs)
                + f'</div><div class="recLinks"><a rel="nofollow" href="{h(w.path + "?export=bib")}">Export '
                f'citation</a></div><div class="recSimilar"><h3>Similar books and articles</h3><ul>'
                + "".join(f'<li><a href="{h(x.path)}">{esc(x.title)}</a> &mdash; {esc(x.author)}</li>'
                          for x in ws if x is not w and set(wcat[keys[x]]) & set(cs))
                + '</ul></div></div>')
        docs.append(_work(w, _phil(u, w.title, main, head)))
    for path, name in cats.items():
        mine = [w for w in ws if path in wcat[keys[w]]]
        body = (f'<div class="catHead"><h1>{name}</h1><p>{len(mine)} entries</p></div><ol class="entryList">'
                + "".join(f'<li class="entry"><span class="citation"><a href="{h(w.path)}">{esc(w.title)}</a>'
                          f'</span> {esc(w.author)} ({w.date}).<div class="abstract">{cut(w.paras[0], 200)}</div></li>'
                          for w in mine)
                + f'</ol><p>Related: <a href="{h([p for p in cats if p != path][0])}">'
                f'{[n for p, n in cats.items() if p != path][0]}</a></p>')
        docs.append(_other(PHIL, path, _phil(u, name, body)))
    docs.append(_other(PHIL, "/s/mentoring%20librarians", _phil(u, "Search: mentoring librarians",
                       '<h1>Results for \'mentoring librarians\'</h1><ol class="entryList">'
                       + "".join(f'<li class="entry"><a href="{h(w.path)}">{esc(w.title)}</a> {esc(w.author)}</li>'
                                 for w in (WORKS["pp2"], WORKS["pp1"]))
                       + '</ol>')))
    docs.append(_other(PHIL, "/profile/402118", _phil(u, "Yusuf Kamara",
                       f'<div class="profile"><h1>Yusuf Kamara</h1><p>University of Sierra Leone</p>'
                       f'<h2>Areas of specialization</h2><p>Social Epistemology, Information Ethics</p>'
                       f'<h2>Works</h2><ul><li><a href="{h(WORKS["pp2"].path)}">{esc(WORKS["pp2"].title)}</a></li>'
                       f'</ul></div>')))
    docs.append(_other(PHIL, "/", _phil(u, "PhilPapers",
                       f'<h1>PhilPapers: online research in philosophy</h1><div class="newItems"><h2>New items</h2>'
                       f'<ul><li><a href="{h(WORKS["pp2"].path)}">{esc(WORKS["pp2"].title)}</a></li>'
                       f'<li><a href="{h(WORKS["pp3"].path)}">{esc(WORKS["pp3"].title)}</a></li>'
                       f'<li><a href="{h("/rec/ZZZZZZ-9")}">Withdrawn entry</a></li></ul></div><p class="popular">Popular search: '
                       f'<a href="{h("/s/mentoring%20librarians")}">mentoring librarians</a></p>'
                       f'<div class="browse"><a href="{h("/browse/mentoring")}">Mentoring</a> | '
                       f'<a href="{h("/browse/information-ethics")}">Information Ethics</a></div>')))
    docs.append(_other(PHIL, "/help/about.html", _phil(u, "About PhilPapers", '<h1>About PhilPapers</h1><p>'
                       'PhilPapers is a comprehensive index and bibliography of philosophy maintained by the '
                       'community of philosophers.</p>')))
    docs.append(_other(PHIL, "/help/contact.html", _phil(u, "Contact us", '<h1>Contact us</h1><p>Write to the '
                       'editors at editors@philpapers.example.</p>')))
    docs.append(_other(PHIL, "/rec/ZZZZZZ-9", _phil(u, "Not found", '<h1>Not found</h1><p>No record with this '
                       'identifier.</p>'), status=404))
    return docs


# --- WorldCat -------------------------------------------------------------------------------------

def _worldcat(u, title: str, main: str, head: str = "") -> str:
    h = lambda p: _href(u, p)  # noqa: E731
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | WorldCat.org</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}</head><body>'
            f'<div id="__next"><header class="MuiAppBar-root"><a href="{h("/")}" aria-label="WorldCat home">'
            f'WorldCat</a><form action="{h("/search")}"><input name="q" aria-label="Search WorldCat"></form>'
            f'<a href="{h("/lists/mentoring-reading")}">Lists</a><a rel="nofollow" href="{h("/signin")}">Sign in</a>'
            f'</header><main class="MuiContainer-root">{main}</main><footer><a href="{h("/about")}">About '
            f'WorldCat</a> <span>&copy; 2024 OCLC</span></footer></div>'
            f'<div id="onetrust-banner-sdk">We use cookies. <button>Accept all cookies</button></div></body></html>')


def worldcat(u) -> list[Doc]:
    h = lambda p: _href(u, p)  # noqa: E731
    ws = _works(WORLDCAT)
    docs = []
    for w in ws:
        thesis = "thesis" in w.title
        typ = "Thesis" if thesis else "Book"
        ld = {"@context": "http://schema.org", "@type": "Thesis" if thesis else "Book", "name": w.title,
              "author": {"@type": "Person", "name": w.author}, "datePublished": w.date, "@id": u(w.path)}
        eds = (f'<a class="editions" href="{h(w.path + "/editions")}">View all formats and editions (3)</a>'
               if w is WORKS["wc1"] else "")
        main = (f'<div class="record"><h1 class="title" data-testid="title">{esc(w.title)}</h1>'
                f'<div class="author">Author: {esc(w.author)}</div><dl class="details"><dt>Format</dt>'
                f'<dd>{typ}, Print</dd><dt>Publication</dt><dd>{w.date}</dd><dt>OCLC Number</dt>'
                f'<dd>{w.path.split("/")[-1]}</dd></dl>{eds}<section class="summary"><h2>Summary</h2>'
                f'{ps(w.paras)}</section><section class="holdings"><h2>Find a copy in the library</h2>'
                f'<p>Enter your location to find libraries that hold this item.</p></section>'
                f'<section class="similar"><h2>Similar items</h2><ul>'
                + "".join(f'<li><a href="{h(x.path)}">{esc(x.title)}</a></li>' for x in ws if x is not w)
                + '</ul></section></div>')
        head = (f'<link rel="canonical" href="{h(w.path)}"><meta property="og:title" content="{esc(w.title)}">'
                f'<meta property="og:type" content="book">{_ld(ld)}')
        docs.append(_work(w, _worldcat(u, w.title, main, head)))
    w1 = WORKS["wc1"]
    docs.append(_other(WORLDCAT, w1.path + "/editions", _worldcat(u, f"Editions of {w1.title}",
                       f'<h1>Formats and editions of <a href="{h(w1.path)}">{esc(w1.title)}</a></h1><ol class="editions">'
                       f'<li><a href="{h(w1.path)}">Print book, 2023, English</a></li><li>eBook, 2023, English '
                       f'(held by 214 libraries)</li><li>Print book, 2024, English, 2nd printing</li></ol>')))
    docs.append(_other(WORLDCAT, "/search?q=mentoring+librarians", _worldcat(u, "mentoring librarians - Search",
                       '<h1>Search results for mentoring librarians</h1><ul class="results">'
                       + "".join(f'<li class="result"><a href="{h(w.path)}">{esc(w.title)}</a> <span>{esc(w.author)}, '
                                 f'{w.date}</span></li>' for w in (WORKS["wc1"], WORKS["wc2"], WORKS["wc4"]))
                       + '</ul>')))
    docs.append(_other(WORLDCAT, "/lists/mentoring-reading", _worldcat(u, "List: Mentoring reading",
                       '<h1>Mentoring reading</h1><p>A public list by a WorldCat user.</p><ol>'
                       + "".join(f'<li><a href="{h(w.path)}">{esc(w.title)}</a></li>' for w in ws) + '</ol>')))
    docs.append(_other(WORLDCAT, "/", _worldcat(u, "WorldCat.org: The World's Largest Library Catalog",
                       f'<h1>Find items in libraries near you</h1><ul><li><a href="{h("/search?q=mentoring+librarians")}">'
                       f'mentoring librarians</a></li><li><a href="{h("/lists/mentoring-reading")}">Featured list: '
                       f'Mentoring reading</a></li><li><a href="{h("/title/1000000001")}">Recently viewed</a></li></ul>')))
    docs.append(_other(WORLDCAT, "/about", _worldcat(u, "About WorldCat", '<h1>About WorldCat.org</h1><p>WorldCat '
                       'connects you to the collections of thousands of libraries worldwide.</p>')))
    docs.append(_other(WORLDCAT, "/title/1000000001", _worldcat(u, "Page not found", '<h1>404</h1><p>We could not '
                       'find that page.</p>'), status=404))
    return docs


# --- Koha OPAC ------------------------------------------------------------------------------------

K = "/cgi-bin/koha/"


def _koha(u, title: str, main: str, body_id: str, head: str = "") -> str:
    h = lambda p: _href(u, p)  # noqa: E731
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} &rsaquo; Northvale '
            f'Libraries catalog</title><meta name="generator" content="Koha 23.11">{head}'
            f'<link rel="stylesheet" href="/opac-tmpl/bootstrap/css/opac.css"></head>'
            f'<body id="{body_id}" class="scrollto"><div id="wrapper"><div id="header-region" class="noprint">'
            f'<nav class="navbar"><a id="logo" class="navbar-brand" href="{h(K + "opac-main.pl")}">Northvale '
            f'Libraries</a><ul class="navbar-nav"><li><a href="{h(K + "opac-shelves.pl?op=list&public=1")}">Lists</a>'
            f'</li><li><a rel="nofollow" href="{h(K + "opac-user.pl")}">Log in to your account</a></li></ul></nav>'
            f'<div id="opac-main-search"><form action="{h(K + "opac-search.pl")}"><select name="idx">'
            f'<option>Library catalog</option></select><input name="q" id="translControl1"></form></div></div>'
            f'<div class="main"><nav id="breadcrumbs" aria-label="Breadcrumb"><ol class="breadcrumb"><li '
            f'class="breadcrumb-item"><a href="{h(K + "opac-main.pl")}">Home</a></li></ol></nav>{main}</div>'
            f'<footer id="opaccredits"><a href="{h(K + "opac-page.pl?code=about")}">About the library</a> '
            f'Powered by <a rel="nofollow" href="https://koha-community.example/">Koha</a></footer></div></body></html>')


def koha(u) -> list[Doc]:
    h = lambda p: _href(u, p)  # noqa: E731
    ws = _works(KOHA)
    docs = []
    for w in ws:
        bib = w.path.split("=")[-1]
        notes = ps(w.paras, "span", ' class="note"')
        main = (f'<div class="container-fluid"><div class="row"><div class="col-lg-9"><div id="catalogue_detail_biblio" '
                f'class="maincontent"><div class="record" vocab="http://schema.org/" typeof="Book" '
                f'resource="#record"><h1 class="title" property="name">{esc(w.title)}</h1>'
                f'<h5 class="author">By: <span property="author" typeof="Person"><span property="name">'
                f'{esc(w.author)}</span></span></h5><span class="results_summary type">Material type: Text</span>'
                f'<span class="results_summary publisher">Publisher: <span property="datePublished">{w.date}</span>'
                f'</span><span class="results_summary summary">Summary: {notes}</span>'
                f'<span class="results_summary tags">Tags from this library: '
                + (f'<a href="{h(K + "opac-search.pl?tag=mentoring&q=mentoring")}">mentoring</a>'
                   if w.grade >= 1 else "No tags") +
                f'</span></div><div id="bibliodescriptions" class="toptabs"><ul class="nav nav-tabs">'
                f'<li class="nav-item"><a class="nav-link active" href="#holdings">Holdings (2)</a></li></ul>'
                f'<div id="holdings"><table class="table" id="holdingst"><tr><th>Item type</th><th>Current library'
                f'</th><th>Call number</th><th>Status</th></tr><tr><td>Book</td><td>Central Library</td><td>023.3</td>'
                f'<td>Available</td></tr></table></div></div></div></div><div class="col-lg-3"><div id="ulactioncontainer">'
                f'<ul id="action"><li><a rel="nofollow" class="placehold" href="{h(K + "opac-reserve.pl?biblionumber=" + bib)}">'
                f'Place hold</a></li><li><a rel="nofollow" href="{h(K + "opac-export.pl?op=export&bib=" + bib + "&format=ris")}">'
                f'Save record</a></li></ul></div></div></div></div>')
        head = f'<link rel="canonical" href="{h(w.path)}"><meta property="og:title" content="{esc(w.title)}">'
        docs.append(_work(w, _koha(u, f"Details for: {w.title}", main, "opac-detail", head)))

    def results(title, items, body_id="results"):
        return ('<div id="userresults"><table class="table table-striped">'
                + "".join(f'<tr><td class="bibliocol"><a class="title" href="{h(w.path)}">{esc(w.title)}</a>'
                          f'<ul class="author resource_list"><li>by {esc(w.author)}</li></ul>'
                          f'<span class="results_summary publisher">{w.date}</span></td></tr>' for w in items)
                + '</table></div>')
    docs.append(_other(KOHA, K + "opac-search.pl?q=mentoring", _koha(u, "Results of search for 'mentoring'",
                       '<div id="numresults">Your search returned 2 results.</div>'
                       + results("", [WORKS["ko1"], WORKS["ko3"]]), "results")))
    docs.append(_other(KOHA, K + "opac-search.pl?tag=mentoring&q=mentoring", _koha(u, "Titles tagged 'mentoring'",
                       '<h1>Titles tagged with <em>mentoring</em></h1>' + results("", [WORKS["ko1"], WORKS["ko3"]]),
                       "results")))
    shelf = K + "opac-shelves.pl?op=view&shelfnumber=14"
    docs.append(_other(KOHA, shelf, _koha(u, "Contents of Staff development shelf",
                       '<h1>Contents of <em>Staff development shelf</em></h1><p>This list contains 3 titles</p>'
                       + results("", ws), "opac-lists")))
    docs.append(_other(KOHA, K + "opac-shelves.pl?op=list&public=1", _koha(u, "Public lists",
                       f'<h1>Lists</h1><ul class="nav nav-tabs"><li class="active">Public lists</li></ul>'
                       f'<table class="table" id="publicshelves"><tr><td><a href="{h(shelf)}">Staff development shelf'
                       f'</a></td><td>3 items</td></tr><tr><td><a href="{h(K + "opac-detail.pl?biblionumber=99999")}">'
                       f'Withdrawn: local history</a></td><td>1 item</td></tr></table>', "opac-lists")))
    docs.append(_other(KOHA, K + "opac-main.pl", _koha(u, "Northvale Libraries catalog",
                       f'<div id="news" class="newscontainer"><div class="newsitem"><h4>New to the staff shelf</h4>'
                       f'<p>Browse our <a href="{h(shelf)}">Staff development shelf</a> or search for '
                       f'<a href="{h(K + "opac-search.pl?q=mentoring")}">mentoring</a>.</p></div></div>'
                       f'<div id="opacmainuserblock"><h2>Popular tags</h2><a href="'
                       f'{h(K + "opac-search.pl?tag=mentoring&q=mentoring")}">mentoring</a></div>', "opac-main")))
    docs.append(_other(KOHA, K + "opac-page.pl?code=about", _koha(u, "About the library",
                       '<h1>About Northvale Libraries</h1><p>Six branches serving the Northvale district. Opening '
                       'hours, membership and the history of the service.</p>', "opac-page")))
    docs.append(_other(KOHA, K + "opac-detail.pl?biblionumber=99999", _koha(u, "An error has occurred",
                       '<div id="errormsg"><h1>Error 404</h1><p>This message may have been caused by: the record '
                       'you are looking for does not exist.</p></div>', "error404"), status=404))
    return docs


# --- VuFind ---------------------------------------------------------------------------------------

def _vufind(u, title: str, main: str, head: str = "", sidebar: str = "") -> str:
    h = lambda p: _href(u, p)  # noqa: E731
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="Generator" content="VuFind 9.1">'
            f'<title>{esc(title)} :: Wexford Library Catalogue</title>{head}'
            f'<link rel="search" type="application/opensearchdescription+xml" href="{h("/Search/OpenSearch?method=describe")}">'
            f'</head><body class="template-dir-record offcanvas"><header class="hidden-print"><div class="banner '
            f'container navbar"><a class="navbar-brand lang-en" href="{h("/")}">Wexford Library</a>'
            f'<ul class="nav navbar-nav navbar-right"><li><a rel="nofollow" href="{h("/MyResearch/Home")}">Login</a></li>'
            f'<li><a href="{h("/Content/about")}">About</a></li></ul></div><div class="search container navbar">'
            f'<form id="searchForm" class="searchForm navbar-form" action="{h("/Search/Results")}">'
            f'<input id="searchForm_lookfor" class="searchForm_lookfor form-control" name="lookfor"></form></div>'
            f'</header><div class="container"><div class="row"><div class="mainbody left">{main}</div>'
            f'<div class="sidebar right hidden-print">{sidebar}</div></div></div><footer class="hidden-print">'
            f'<div class="footer-container"><h2>Search Options</h2><ul><li><a href="{h("/Browse/Topic")}">Browse '
            f'the Catalogue</a></li></ul></div><div class="poweredby">Powered by VuFind</div></footer></body></html>')


def vufind(u) -> list[Doc]:
    h = lambda p: _href(u, p)  # noqa: E731
    ws = _works(VUFIND)
    apath = "/Author/Home?author=Keyes%2C+Bronagh"
    docs = []
    for w in ws:
        authors = (f'<a href="{h(apath)}">Keyes, Bronagh</a>; Mulcahy, Tadhg' if w is WORKS["vf1"] else esc(w.author))
        fmt = "Journal Article" if w.kind == "journal-article" else ("Conference Proceeding" if "Proceedings" in
                                                                      w.title else "Book")
        head = (f'<link rel="canonical" href="{h(w.path)}"><link rel="alternate" type="application/marc" '
                f'href="{h(w.path + "/Export?style=MARC")}">')
        main = (f'<div class="record source-Solr"><div class="media" vocab="http://schema.org/" resource="#record" '
                f'typeof="Product CreativeWork"><div class="media-body"><h1 property="name">{esc(w.title)}</h1>'
                f'<table class="table table-striped" summary="Bibliographic Details"><tr><th>Main Author:</th>'
                f'<td>{authors}</td></tr><tr><th>Format:</th><td><span class="format book">{fmt}</span></td></tr>'
                f'<tr><th>Published:</th><td><span property="publicationDate">{w.date}</span></td></tr></table>'
                f'</div></div><ul class="recordTabs nav nav-tabs"><li class="record-tab holdings">'
                f'<a href="#holdings">Holdings details</a></li><li class="record-tab description active">'
                f'<a href="#description">Description</a></li></ul><div class="tab-content"><div '
                f'class="tab-pane active" id="description">{ps(w.paras)}</div></div>'
                f'<div class="record-nav"><a rel="nofollow" href="{h(w.path + "/Cite")}">Cite this</a> '
                f'<a rel="nofollow" href="{h(w.path + "/Save")}">Save to List</a></div></div>')
        side = ('<div class="similar-items"><h2>Similar Items</h2><ul class="list-group">'
                + "".join(f'<li class="list-group-item"><a href="{h(x.path)}">{esc(x.title)}</a></li>'
                          for x in ws if x is not w) + '</ul></div>')
        docs.append(_work(w, _vufind(u, w.title, main, head, side)))

    def result_list(items):
        return ('<div class="search-results-solr">' + "".join(
            f'<div class="result"><div class="media-body"><a class="title getFull" href="{h(w.path)}">'
            f'{esc(w.title)}</a><div class="resultItemLine1">by {esc(w.author)}</div>'
            f'<div class="resultItemLine2">Published {w.date}</div></div></div>' for w in items) + '</div>')
    facets = (f'<div class="facet-group"><h2>Narrow Search</h2><a class="facet" href="{h(apath)}">Keyes, Bronagh</a>'
              f'</div>')
    docs.append(_other(VUFIND, "/Search/Results?lookfor=mentoring&type=AllFields", _vufind(
        u, "Search Results: mentoring", '<div class="search-header"><div class="search-stats">Showing 1 - 4 results '
        'of 4 for search \'mentoring\'</div></div>' + result_list(ws), sidebar=facets)))
    docs.append(_other(VUFIND, apath, _vufind(u, "Author: Keyes, Bronagh",
                       '<h1>Keyes, Bronagh</h1><div class="authorbio">Librarian, Wexford County Library.</div>'
                       + result_list([WORKS["vf1"]]))))
    lst = "/MyResearch/MyList/42"
    docs.append(_other(VUFIND, lst, _vufind(u, "Mentoring reading list",
                       '<h1>Mentoring reading list</h1><p class="list-description">A public list saved by staff '
                       'for the mentoring working group.</p>' + result_list([WORKS["vf1"], WORKS["vf2"]]))))
    docs.append(_other(VUFIND, "/Browse/Topic", _vufind(u, "Browse the Catalogue: Topic",
                       f'<h1>Browse the Catalogue</h1><ul class="browse-list"><li><a href="'
                       f'{h("/Search/Results?lookfor=mentoring&type=AllFields")}">Mentoring in library science (3)</a>'
                       f'</li><li><a href="{h(WORKS["vf3"].path)}">Mentoring of teachers (1)</a></li>'
                       f'<li><a href="{h(WORKS["vf4"].path)}">Reference services (Libraries) (1)</a></li></ul>')))
    docs.append(_other(VUFIND, "/Content/about", _vufind(u, "About", '<h1>About the catalogue</h1><p>The catalogue '
                       'of the Wexford County Library service, including branch and local studies collections.</p>')))
    docs.append(_other(VUFIND, "/", _vufind(u, "Search Home",
                       f'<div class="searchHomeContent"><h1>Search the catalogue</h1><ul><li><a href="'
                       f'{h("/Search/Results?lookfor=mentoring&type=AllFields")}">mentoring</a></li>'
                       f'<li><a href="{h(lst)}">Staff pick: Mentoring reading list</a></li>'
                       f'<li><a href="{h("/Record/wex.0000001")}">Featured record</a></li></ul></div>',
                       sidebar=f'<a href="{h("/Browse/Topic")}">Browse by topic</a>')))
    docs.append(_other(VUFIND, "/Record/wex.0000001", _vufind(u, "Record Not Found",
                       '<div class="alert alert-danger">Cannot load record wex.0000001</div>'), status=404))
    return docs


# --- Speaker Deck ---------------------------------------------------------------------------------

def _decks(u, title: str, main: str, head: str = "") -> str:
    h = lambda p: _href(u, p)  # noqa: E731
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} - Speaker Deck</title>'
            f'{head}</head><body><header class="sd-header navbar"><a class="navbar-brand sd-logo" href="{h("/")}">'
            f'Speaker Deck</a><form class="form-inline" action="{h("/search")}"><input name="q" class="form-control" '
            f'placeholder="Search"></form><a class="nav-link" href="{h("/c/education")}">Education</a>'
            f'<a class="nav-link" rel="nofollow" href="{h("/signin")}">Sign in</a></header>'
            f'<main class="sd-main">{main}</main><footer class="sd-footer"><a href="{h("/about")}">About</a> '
            f'&copy; 2024 Speaker Deck</footer></body></html>')


SD_USERS = {"Ruth Mbeki": "/ruthmbeki", "Kaito Ishii": "/kaitoishii"}


def decks(u) -> list[Doc]:
    h = lambda p: _href(u, p)  # noqa: E731
    ws = _works(DECKS)
    docs = []
    for w in ws:
        user = SD_USERS[w.author]
        ld = {"@context": "https://schema.org", "@type": "PresentationDigitalDocument", "name": w.title,
              "author": {"@type": "Person", "name": w.author}, "datePublished": w.date, "url": u(w.path)}
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="website">'
                f'<meta property="og:url" content="{h(w.path)}"><meta name="twitter:card" content="player">'
                f'<meta name="description" content="{esc(w.paras[0][:150])}">{_ld(ld)}')
        main = (f'<div class="container"><div class="speakerdeck-embed" data-id="{abs(hash(w.path)) % 10**8:08d}" '
                f'data-ratio="1.7777"><div class="sd-player"><img alt="Slide 1" src="/slide_0.jpg"></div></div>'
                f'<div class="deck-meta"><h1 class="mb-0 h3">{esc(w.title)}</h1><div class="deck-details">'
                f'<a class="deck-author" href="{h(user)}">{esc(w.author)}</a> <span class="deck-date">'
                f'{w.date}</span> <a class="deck-category" href="{h("/c/education")}">Education</a></div></div>'
                f'<div class="deck-transcript"><h2>Transcript</h2><ol class="transcript">'
                + "".join(f'<li class="transcript-slide">{esc(p)}</li>' for p in w.paras)
                + f'</ol></div><div class="more-decks"><h2>More Decks by {esc(w.author)}</h2><ul>'
                + "".join(f'<li><a href="{h(x.path)}">{esc(x.title)}</a></li>'
                          for x in ws if x is not w and x.author == w.author)
                + f'</ul></div><div class="other-decks"><h2>Other Decks in Education</h2><ul>'
                + "".join(f'<li><a href="{h(x.path)}">{esc(x.title)}</a></li>'
                          for x in ws if x is not w and x.author != w.author)
                + '</ul></div></div>')
        docs.append(_work(w, _decks(u, w.title, main, head)))

    def grid(items):
        return ('<div class="row deck-grid">' + "".join(
            f'<div class="col-md-4 deck-preview"><a class="deck-preview-link" href="{h(w.path)}" title="{esc(w.title)}">'
            f'<img alt="{esc(w.title)}" src="/thumb.jpg"></a><div class="deck-title">{esc(w.title)}</div>'
            f'<div class="deck-author">{esc(w.author)}</div></div>' for w in items) + '</div>')
    for name, path in SD_USERS.items():
        mine = [w for w in ws if w.author == name]
        docs.append(_other(DECKS, path, _decks(u, f"{name}'s Decks", f'<div class="container"><div class="profile">'
                           f'<h1>{esc(name)}</h1><p>{len(mine)} decks</p></div>{grid(mine)}</div>')))
    docs.append(_other(DECKS, "/c/education", _decks(u, "Education", '<div class="container"><h1>Education</h1>'
                       + grid(ws) + '</div>')))
    docs.append(_other(DECKS, "/search?q=mentoring", _decks(u, "Search for mentoring",
                       '<div class="container"><h1>Search results for "mentoring"</h1>'
                       + grid([WORKS["sd1"], WORKS["sd2"], WORKS["sd3"]]) + '</div>')))
    docs.append(_other(DECKS, "/about", _decks(u, "About", '<div class="container"><h1>About Speaker Deck</h1><p>'
                       'Speaker Deck is the best way to share presentations online.</p></div>')))
    docs.append(_other(DECKS, "/", _decks(u, "Share Presentations without Limits",
                       f'<div class="container"><h1>Share presentations without limits</h1><h2>Featured decks</h2>'
                       f'{grid([WORKS["sd1"], WORKS["sd3"]])}<p><a href="{h("/search?q=mentoring")}">Trending: '
                       f'mentoring</a></p></div>')))
    return docs


# --- Whova ----------------------------------------------------------------------------------------

EVENT = "LibNet 2024: Library Networks Conference"
SPEAKERS = {"Naledi Khumalo": WH + "/Speakers/5580012", "Lars Eriksen": WH + "/Speakers/5580019"}


def _whova(u, title: str, main: str, head: str = "") -> str:
    h = lambda p: _href(u, p)  # noqa: E731
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}</head><body>'
            f'<div id="whova-webapp" class="whova-web-app"><div class="event-header"><a class="event-name" '
            f'href="{h("/portal/libnet_202405/")}">{EVENT}</a><span class="event-date">May 15 - 17, 2024</span></div>'
            f'<nav class="side-nav"><ul><li><a href="{h(WH + "/Agenda")}">Agenda</a></li>'
            f'<li><a href="{h(WH + "/Speakers")}">Speakers</a></li><li><a href="{h(WH + "/CommunityBoard")}">'
            f'Community</a></li><li><a rel="nofollow" href="{h(WH + "/Attendees")}">Attendees</a></li></ul></nav>'
            f'<div class="main-content">{main}</div><div class="powered-by">Powered by Whova</div></div>'
            f'</body></html>')


def whova(u) -> list[Doc]:
    h = lambda p: _href(u, p)  # noqa: E731
    sessions = [w for w in _works(WHOVA) if w.kind == "article"]
    topics = [w for w in _works(WHOVA) if w.kind == "post"]
    docs = []
    for n, w in enumerate(sessions):
        main = (f'<div class="session-detail"><div class="session-time">{w.date} &middot; {10 + n}:00 AM - '
                f'{11 + n}:00 AM</div><h1 class="session-title">{esc(w.title)}</h1><div class="session-location">'
                f'Room {201 + n}</div><div class="session-desc">{ps(w.paras)}</div><div class="session-speakers">'
                f'<h3>Speakers</h3><a class="speaker-card" href="{h(SPEAKERS[w.author])}">{esc(w.author)}</a></div>'
                f'<a class="back" href="{h(WH + "/Agenda")}">Back to agenda</a></div>')
        head = f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:site_name" content="Whova">'
        docs.append(_work(w, _whova(u, f"{w.title} - {EVENT}", main, head)))
    for w in topics:
        first, *replies = w.paras
        main = (f'<div class="community-topic"><h1 class="topic-title">{esc(w.title)}</h1><div class="message '
                f'original-post"><span class="author-name">{esc(w.author)}</span> <span class="msg-time">{w.date}'
                f'</span><p>{esc(first)}</p></div><div class="replies">'
                + "".join(f'<div class="message reply"><p>{esc(r)}</p></div>' for r in replies)
                + f'</div><a class="back" href="{h(WH + "/CommunityBoard")}">All topics</a></div>')
        docs.append(_work(w, _whova(u, f"{w.title} - Community - {EVENT}", main)))

    def agenda(items):
        return ('<div class="agenda-list">' + "".join(
            f'<div class="agenda-session"><span class="time">{w.date}</span> <a class="session-name" '
            f'href="{h(w.path)}">{esc(w.title)}</a> <span class="speaker">{esc(w.author)}</span></div>'
            for w in items) + '</div>')
    docs.append(_other(WHOVA, WH + "/Agenda", _whova(u, f"Agenda - {EVENT}", '<h1>Agenda</h1>' + agenda(sessions)
                       + f'<p class="agenda-note">Looking for the old workshop? <a href="{h(WH + "/Agenda/3300000")}">'
                       f'Session 3300000</a></p><a href="{h(WH + "/Agenda?search=mentoring")}">Search: mentoring</a>')))
    docs.append(_other(WHOVA, WH + "/Agenda?search=mentoring", _whova(u, f"Agenda - {EVENT}",
                       '<h1>Agenda</h1><div class="search-box">Results for mentoring</div>'
                       + agenda([WORKS["wv1"], WORKS["wv2"]]))))
    docs.append(_other(WHOVA, WH + "/Agenda/3300000", _whova(u, EVENT,
                       '<div class="empty-state"><p>This session is no longer available.</p></div>')))
    docs.append(_other(WHOVA, WH + "/Speakers", _whova(u, f"Speakers - {EVENT}", '<h1>Speakers</h1><div '
                       'class="speaker-list">' + "".join(f'<a class="speaker-card" href="{h(p)}">{esc(n)}</a>'
                                                          for n, p in SPEAKERS.items()) + '</div>')))
    for name, path in SPEAKERS.items():
        mine = [w for w in sessions if w.author == name]
        docs.append(_other(WHOVA, path, _whova(u, f"{name} - {EVENT}", f'<div class="speaker-profile"><h1>{esc(name)}'
                           f'</h1><p class="speaker-title">Speaker</p><h2>Sessions</h2>{agenda(mine)}</div>')))
    docs.append(_other(WHOVA, WH + "/CommunityBoard", _whova(u, f"Community - {EVENT}",
                       '<h1>Community Board</h1><ul class="topic-list">'
                       + "".join(f'<li class="topic"><a href="{h(w.path)}">{esc(w.title)}</a> <span class="count">'
                                 f'{len(w.paras) - 1} replies</span></li>' for w in topics) + '</ul>')))
    docs.append(_other(WHOVA, "/portal/libnet_202405/", _whova(u, f"{EVENT} - Whova",
                       f'<div class="event-portal"><h1>{EVENT}</h1><p>May 15 - 17, 2024, Denver, CO</p>'
                       f'<p>The annual gathering of library network professionals.</p><ul><li><a href="'
                       f'{h(WH + "/Agenda")}">View agenda</a></li><li><a href="{h(WH + "/Speakers")}">Speakers</a></li>'
                       f'<li><a href="{h(WH + "/CommunityBoard")}">Join the community</a></li></ul></div>',
                       _ld({"@context": "https://schema.org", "@type": "Event", "name": EVENT,
                            "startDate": "2024-05-15", "endDate": "2024-05-17"}))))
    return docs


# --- Blogger, Awesome Inc. ------------------------------------------------------------------------

BLOG_NAME = "The New Archivist"
LABELS = {"bl1": ["mentoring", "social media"], "bl2": ["mentoring"], "bl3": ["conferences", "mentoring"],
          "bl4": ["reading room"], "bl5": ["processing"], "bl6": ["born-digital"]}
SHOWN = ("mentoring", "processing")


def _blogger(u, title: str, main: str, head: str = "", page_type: str = "index") -> str:
    h = lambda p: _href(u, p)  # noqa: E731
    posts = sorted(_works(BLOG), key=lambda w: w.date, reverse=True)
    return (f"<!DOCTYPE html><html class='v2' dir='ltr' lang='en'><head><meta content='blogger' name='generator'>"
            f"<title>{esc(title)}</title><link href='{h('/feeds/posts/default')}' rel='alternate' "
            f"title='{BLOG_NAME} - Atom' type='application/atom+xml'>{head}"
            f"<style id='page-skin-1' type='text/css'>/* Name: Awesome Inc. Designer: Tina Chen */</style></head>"
            f"<body class='loading {page_type}-view'><div class='navbar section' id='navbar'></div>"
            f"<div class='body-fauxcolumns'></div><div class='content'><div class='content-outer'>"
            f"<header><div class='header-outer'><div class='header-inner'><div class='section' id='header'>"
            f"<div class='widget Header' id='Header1'><div id='header-inner'><div class='titlewrapper'>"
            f"<h1 class='title'><a href='{h('/')}'>{BLOG_NAME}</a></h1></div><div class='descriptionwrapper'>"
            f"<p class='description'><span>Notes from an early-career archivist</span></p></div></div></div></div>"
            f"</div></div></header><div class='tabs-outer'><div class='widget PageList' id='PageList1'><ul>"
            f"<li><a href='{h('/')}'>Home</a></li><li><a href='{h('/p/about.html')}'>About</a></li>"
            f"<li><a href='{h('/p/contact.html')}'>Contact</a></li></ul></div></div>"
            f"<div class='main-outer'><div class='columns fauxcolumns'><div class='columns-inner'>"
            f"<div class='column-center-outer'><div class='column-center-inner'><div class='main section' id='main'>"
            f"<div class='widget Blog' id='Blog1'>{main}</div></div></div></div>"
            f"<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' "
            f"id='sidebar-right-1'><div class='widget BlogSearch' id='BlogSearch1'><h2 class='title'>Search This "
            f"Blog</h2><form action='{h('/search')}'><input name='q'></form></div>"
            f"<div class='widget Label' id='Label1'><h2>Labels</h2><ul>"
            + "".join(f"<li><a dir='ltr' href='{h('/search/label/' + lab)}'>{lab}</a></li>" for lab in SHOWN)
            + f"</ul></div><div class='widget BlogArchive' id='BlogArchive1'><h2>Blog Archive</h2><ul "
            f"class='hierarchy'><li class='archivedate expanded'><a class='post-count-link' href='{h('/2024/')}'>"
            f"2024</a> <span class='post-count'>(3)</span><ul class='posts'>"
            + "".join(f"<li><a href='{h(w.path)}'>{esc(w.title)}</a></li>" for w in posts if w.date.startswith("2024"))
            + f"</ul></li></ul></div><div class='widget PopularPosts' id='PopularPosts1'><h2>Popular Posts</h2><ul>"
            + "".join(f"<li><a href='{h(w.path)}'>{esc(w.title)}</a></li>" for w in posts if not w.date.startswith("2024"))
            + f"</ul></div></div></aside></div></div></div></div></div>"
            f"<footer><div class='footer-outer'><div class='widget Attribution' id='Attribution1'>Awesome Inc. theme. "
            f"Powered by <a rel='nofollow' href='https://www.blogger.example'>Blogger</a>.</div></div></footer>"
            f"</div></div><div id='cookieChoiceInfo'>This site uses cookies from Google to deliver its services. "
            f"<a rel='nofollow' href='https://policies.google.example/technologies/cookies'>Learn more</a></div>"
            f"</body></html>")


def _bl_post(u, w: Work, key: str, full: bool) -> str:
    h = lambda p: _href(u, p)  # noqa: E731
    body = ps(w.paras) if full else f"<p>{cut(' '.join(w.paras), 260)}</p>"
    labels = ", ".join(f"<a href='{h('/search/label/' + lab)}' rel='tag'>{lab}</a>" if lab in SHOWN else lab
                       for lab in LABELS[key])
    title = esc(w.title) if full else f"<a href='{h(w.path)}'>{esc(w.title)}</a>"
    return (f"<div class='date-outer'><h2 class='date-header'><span>{w.date}</span></h2><div class='date-posts'>"
            f"<div class='post-outer'><div class='post hentry uncustomized-post-template' itemprop='blogPost' "
            f"itemscope itemtype='http://schema.org/BlogPosting'><h3 class='post-title entry-title' itemprop='name'>"
            f"{title}</h3><div class='post-header'></div><div class='post-body entry-content' itemprop='description "
            f"articleBody'>{body}</div><div class='post-footer'><div class='post-footer-line post-footer-line-1'>"
            f"<span class='post-author vcard'>Posted by <span class='fn' itemprop='author'>{esc(w.author)}</span>"
            f"</span> <span class='post-timestamp'>at <a class='timestamp-link' href='{h(w.path)}' rel='bookmark'>"
            f"<abbr class='published' title='{w.date}T09:00:00Z'>{w.date}</abbr></a></span></div>"
            f"<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: {labels}</span>"
            f"</div></div></div></div></div></div>")


def blogger(u) -> list[Doc]:
    h = lambda p: _href(u, p)  # noqa: E731
    keys = {w: k for k, w in WORKS.items() if w.host == BLOG}
    posts = sorted(_works(BLOG), key=lambda w: w.date, reverse=True)
    docs = []
    for w in posts:
        k = keys[w]
        comments = ("<div class='comments' id='comments'><h4>2 comments:</h4><dl id='comments-block'>"
                    "<dt class='comment-author'>Anonymous said...</dt><dd class='comment-body'><p>Thanks for "
                    "writing this up.</p></dd><dt class='comment-author'>Ruth said...</dt><dd class='comment-body'>"
                    "<p>Saving this for later.</p></dd></dl></div>" if w.grade >= 2 else
                    "<div class='comments' id='comments'><h4>No comments:</h4></div>")
        head = (f"<link href='{h(w.path)}' rel='canonical'><meta content='{esc(w.title)}' property='og:title'>"
                f"<meta content='{esc(w.paras[0][:150])}' property='og:description'>"
                f"<meta content='{h(w.path)}' property='og:url'>")
        i = posts.index(w)
        pager = ("<div class='blog-pager' id='blog-pager'>"
                 + (f"<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{h(posts[i - 1].path)}'>"
                    f"Newer Post</a></span>" if i > 0 else "")
                 + (f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{h(posts[i + 1].path)}'>"
                    f"Older Post</a></span>" if i + 1 < len(posts) else "")
                 + f"<a class='home-link' href='{h('/')}'>Home</a></div>")
        docs.append(_work(w, _blogger(u, f"{BLOG_NAME}: {w.title}", _bl_post(u, w, k, True) + comments + pager,
                                      head, "item")))
    older = "/search?updated-max=2023-11-08T09:00:00Z&max-results=3"
    docs.append(_other(BLOG, "/", _blogger(u, BLOG_NAME, "".join(_bl_post(u, w, keys[w], False) for w in posts[:3])
                       + f"<div class='blog-pager' id='blog-pager'><a class='blog-pager-older-link' href='{h(older)}'>"
                       f"Older Posts</a></div>")))
    docs.append(_other(BLOG, older, _blogger(u, BLOG_NAME, "".join(_bl_post(u, w, keys[w], False) for w in posts[3:])
                       + f"<div class='blog-pager' id='blog-pager'><a class='blog-pager-newer-link' href='{h('/')}'>"
                       f"Newer Posts</a></div>")))
    for lab in SHOWN:
        mine = [w for w in posts if lab in LABELS[keys[w]]]
        docs.append(_other(BLOG, "/search/label/" + lab, _blogger(
            u, f"{BLOG_NAME}: {lab}", f"<div class='status-msg-wrap'><div class='status-msg-body'>Showing posts with "
            f"the label <b>{lab}</b>.</div></div>" + "".join(_bl_post(u, w, keys[w], False) for w in mine))))
    docs.append(_other(BLOG, "/2024/", _blogger(u, f"{BLOG_NAME}: 2024", "".join(
        _bl_post(u, w, keys[w], False) for w in posts if w.date.startswith("2024")), page_type="archive")))
    hits = [w for w in posts if "mentor" in " ".join(w.paras).lower()]
    docs.append(_other(BLOG, "/search?q=mentor", _blogger(u, f"{BLOG_NAME}: Search results for mentor",
                       "<div class='status-msg-wrap'><div class='status-msg-body'>Showing posts matching the search "
                       "for <b>mentor</b></div></div>" + "".join(_bl_post(u, w, keys[w], False) for w in hits))))
    docs.append(_other(BLOG, "/p/about.html", _blogger(u, f"{BLOG_NAME}: About",
                       "<div class='post-outer'><div class='post hentry'><h3 class='post-title entry-title'>About</h3>"
                       "<div class='post-body entry-content'><p>I am an archivist at a county record office, three "
                       f"years into the job. I write about processing, reading rooms and learning the trade. Looking for the "
                       f"posts on mentors? <a href='{h('/search?q=mentor')}'>Search for mentor</a>.</p>"
                       "</div></div></div>", page_type="static_page")))
    docs.append(_other(BLOG, "/p/contact.html", _blogger(u, f"{BLOG_NAME}: Contact",
                       f"<div class='post-outer'><div class='post hentry'><h3 class='post-title entry-title'>Contact"
                       f"</h3><div class='post-body entry-content'><p>Email me at newarchivist@mail.example. An older "
                       f"<a href='{h('/2019/01/welcome.html')}'>welcome post</a> has moved.</p></div></div></div>"
                       f"<div class='widget ContactForm' id='ContactForm1'><form name='contact-form'><input "
                       f"name='name'><textarea name='email-message'></textarea></form></div>", page_type="static_page")))
    docs.append(_other(BLOG, "/2019/01/welcome.html", _blogger(u, BLOG_NAME, "<div class='status-msg-wrap'><div "
                       "class='status-msg-body'>Sorry, the page you were looking for in this blog does not exist."
                       "</div></div>", page_type="error"), status=404))
    return docs


# --- Write.as -------------------------------------------------------------------------------------

WA = "/shelfnotes"
WA_TAGS = {"wa1": ["mentoring", "libraries"], "wa2": ["socialmedia", "mentoring"], "wa3": ["family"],
           "wa4": ["collections"], "wa5": ["mentoring", "careers"], "wa6": ["advocacy"]}


def _writeas(u, title: str, main: str, head: str = "", body_id: str = "collection") -> str:
    h = lambda p: _href(u, p)  # noqa: E731
    return (f'<!DOCTYPE HTML><html><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<link rel="stylesheet" type="text/css" href="/css/write.css"><link rel="alternate" '
            f'type="application/rss+xml" title="Shelf Notes" href="{h(WA + "/feed/")}">'
            f'<meta name="generator" content="Write.as">{head}</head><body id="{body_id}">'
            f'<nav id="manage"><ul><li class="has-submenu"><a rel="nofollow" href="https://write.as.example/login">'
            f'Log in</a></li></ul></nav><header><h1 dir="auto" id="blog-title"><a href="{h(WA + "/")}">Shelf Notes'
            f'</a></h1><p class="description p-note">A public librarian thinks out loud.</p><nav><a class="pinned" '
            f'href="{h(WA + "/about")}">About</a></nav></header>{main}'
            f'<footer dir="ltr"><hr><nav><a class="home pubd" href="{h(WA + "/")}">Shelf Notes</a> &middot; '
            f'powered by <a rel="nofollow" style="margin-left:0" href="https://write.as.example/">write.as</a>'
            f'</nav></footer></body></html>')


def writeas(u) -> list[Doc]:
    h = lambda p: _href(u, p)  # noqa: E731
    keys = {w: k for k, w in WORKS.items() if w.host == WRITEAS}
    posts = sorted(_works(WRITEAS), key=lambda w: w.date, reverse=True)
    docs = []

    def tags(w):
        return " ".join(f'<a href="{h(WA + "/tag:" + t)}" class="hashtag"><span>#</span><span class="p-category">'
                        f'{t}</span></a>' if t == "mentoring" else f'#{t}' for t in WA_TAGS[keys[w]])
    for w in posts:
        paras = ps(w.paras, "p", ' dir="auto"')
        head = (f'<link rel="canonical" href="{h(w.path)}"><meta name="description" content="{esc(w.paras[0][:150])}">'
                f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="article">'
                f'<meta property="article:published_time" content="{w.date}T08:00:00Z">'
                f'<meta name="author" content="shelfnotes">')
        main = (f'<article id="post-body" class="norm h-entry"><h2 id="title" class="p-name">{esc(w.title)}</h2>'
                f'<div class="e-content">{paras}<p>{tags(w)}</p></div>'
                f'<time class="dt-published" datetime="{w.date}T08:00:00Z">{w.date}</time></article>')
        docs.append(_work(w, _writeas(u, f"{w.title} — Shelf Notes", main, head, "post")))

    def stream(items):
        return ('<div id="wrapper">' + "".join(
            f'<article class="norm h-entry" id="{w.path.split("/")[-1]}"><h2 class="post-title"><a href="{h(w.path)}" '
            f'class="u-url">{esc(w.title)}</a></h2><time class="dt-published">{w.date}</time><div class="book '
            f'e-content"><p>{cut(" ".join(w.paras), 240)}</p><p>{tags(w)}</p></div></article>' for w in items)
            + '</div>')
    docs.append(_other(WRITEAS, WA + "/", _writeas(u, "Shelf Notes", stream(posts[:4])
                       + f'<nav id="paging" class="content-container clearfix"><a href="{h(WA + "/page/2")}">'
                       f'&#8672; Older</a></nav>')))
    docs.append(_other(WRITEAS, WA + "/page/2", _writeas(u, "Shelf Notes", stream(posts[4:])
                       + f'<nav id="paging" class="content-container clearfix"><a href="{h(WA + "/")}">Newer &#8674;'
                       f'</a></nav>')))
    docs.append(_other(WRITEAS, WA + "/tag:mentoring", _writeas(u, "#mentoring — Shelf Notes",
                       '<h2 class="tag-heading">#mentoring</h2>'
                       + stream([w for w in posts if "mentoring" in WA_TAGS[keys[w]]]), body_id="subpage")))
    docs.append(_other(WRITEAS, WA + "/about", _writeas(u, "About — Shelf Notes",
                       f'<article id="post-body" class="norm"><h2 id="title">About</h2><div class="e-content"><p>'
                       f'I run the adult services desk at a county library. Notes here are my own. An old '
                       f'<a href="{h(WA + "/old-draft")}">draft</a> was unpublished.</p></div></article>', body_id="post")))
    docs.append(_other(WRITEAS, WA + "/old-draft", _writeas(u, "Page not found — Shelf Notes",
                       '<div class="error-page"><h2>This page is missing.</h2><p>Are you sure it was ever here?</p>'
                       '</div>', body_id="error"), status=404))
    return docs


def build(url: Callable[[str, str], str]) -> list[Doc]:
    def on(host):
        return lambda path: url(host, path)
    return (ingenta(on(INGENTA)) + dialnet(on(DIALNET)) + phil(on(PHIL)) + worldcat(on(WORLDCAT)) + koha(on(KOHA))
            + vufind(on(VUFIND)) + decks(on(DECKS)) + whova(on(WHOVA)) + blogger(on(BLOG)) + writeas(on(WRITEAS)))


class LabelledWeb44(ServedWeb):
    """Web 44 (see the module docstring)."""

    HOSTS = HOSTS
    START = {KOHA: K + "opac-main.pl", WHOVA: "/portal/libnet_202405/", WRITEAS: WA + "/"}
    FIRST_ADDRESS = 512
    build = staticmethod(build)
