"""Web 38: a held-out labelled web of 108 pages on ten hosts, built from the labels and texts of
:mod:`tests.labelled_text38` (written and committed first).

Platforms, their markup reduced: a VuePress 2 handbook (default theme, a blog section), a Gridsome blog, a
Tildes-like forum of groups, a Sympa list archive (MHonArc messages), Patreon public posts (Next.js, with
``__NEXT_DATA__``), Steemit, a De Gruyter-like journal platform (``citation_*`` tags, a PDF linked only from an
issue's contents), a CONTENTdm digital collection (one item's text only in its ``__INITIAL_STATE__`` JSON, a
newsletter's PDF download, a soft 404 for a missing item), a Brightspace public course and a Teachable school.
"""

from __future__ import annotations

import json
from typing import Callable

from tests.labelled_text38 import (BS, CDM, COURSE, D2L, DEG, GRID, HOSTS, OTHER, PATREON, STEEM, SYMPA, TEACH,
                                   TILDES, VUE, WORKS, Work)
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


def _slug(s: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in s.lower()).strip("-")


# --- VuePress 2 (default theme, blog plugin) ----------------------------------------------------------

def _vue(u, title: str, main: str, head: str = "", sidebar: bool = True) -> str:
    guide = [w for w in _works(VUE) if w.path.startswith("/guide/")]
    side = ('<aside class="sidebar"><ul class="sidebar-items"><li><p tabindex="0" class="sidebar-item '
            'sidebar-heading">Guide</p><ul class="sidebar-item-children">'
            + "".join(f'<li><a href="{u(w.path)}" class="route-link sidebar-item" aria-label="{esc(w.title)}">'
                      f"{esc(w.title)}</a></li>" for w in guide) + "</ul></li></ul></aside>") if sidebar else ""
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width,initial-scale=1"><meta name="generator" content="VuePress 2.0.0-rc.9">'
            f'<meta name="theme" content="VuePress Default Theme 2.0.0-rc.11"><title>{esc(title)} | New '
            f'Professionals Handbook</title><meta name="description" content="A handbook by and for new library and '
            f'archives workers">{head}<link rel="preload" href="/assets/style-DqvV1vVb.css" as="style">'
            f'<link rel="modulepreload" href="/assets/app-CSgX2ZQv.js"></head><body><div id="app">'
            f'<div class="theme-container"><header class="navbar"><div class="toggle-sidebar-button" title="toggle '
            f'sidebar" aria-expanded="false" role="button" tabindex="0"><div class="icon"><span></span><span>'
            f'</span></div></div><span><a href="{u("/")}" class="route-link"><span class="site-name">New '
            f'Professionals Handbook</span></a></span><div class="navbar-items-wrapper"><nav class="navbar-items" '
            f'aria-label="site navigation"><div class="navbar-item"><a href="{u("/guide/")}" class="route-link" '
            f'aria-label="Guide">Guide</a></div><div class="navbar-item"><a href="{u("/posts/")}" class="route-link"'
            f' aria-label="Blog">Blog</a></div><div class="navbar-item"><a href="{u("/about.html")}" class="route-'
            f'link" aria-label="About">About</a></div><div class="navbar-item"><a href="https://github.com/newpros/'
            f'handbook" rel="noopener noreferrer" target="_blank" aria-label="GitHub" class="external-link">GitHub'
            f'</a></div></nav></div></header><div class="sidebar-mask"></div>{side}{main}</div></div>'
            f'<script type="module" src="/assets/app-CSgX2ZQv.js" defer></script></body></html>')


def _vue_page(u, w: Work, prev: Work | None, nxt: Work | None) -> str:
    hid = _slug(w.title)
    nav = ('<nav class="vp-page-nav" aria-label="page navigation">'
           + (f'<a href="{u(prev.path)}" class="route-link prev" aria-label="{esc(prev.title)}"><div class="hint">'
              f'<span class="arrow left"></span> Prev</div><div class="link"><span>{esc(prev.title)}</span></div></a>'
              if prev else "")
           + (f'<a href="{u(nxt.path)}" class="route-link next" aria-label="{esc(nxt.title)}"><div class="hint">'
              f'Next <span class="arrow right"></span></div><div class="link"><span>{esc(nxt.title)}</span></div>'
              f"</a>" if nxt else "") + "</nav>")
    blog = w.path.startswith("/posts/")
    info = (f'<div class="blog-info"><span class="author">{esc(w.author)}</span> <time datetime="{w.date}">'
            f'{w.date}</time> <a href="{u("/tag/mentoring/")}" class="route-link tag">mentoring</a></div>'
            if blog and w.grade >= 2 else
            f'<div class="blog-info"><span class="author">{esc(w.author)}</span> <time datetime="{w.date}">{w.date}'
            f"</time></div>" if blog else "")
    return (f'<main class="page"><!--[--><!--]--><div class="theme-default-content"><!--[--><!--]--><div>'
            f'<h1 id="{hid}" tabindex="-1"><a class="header-anchor" href="#{hid}"><span>{esc(w.title)}</span></a>'
            f"</h1>{info}{ps(w.paras)}</div><!--[--><!--]--></div><footer class=\"vp-page-meta\"><div class=\"vp-"
            f'meta-item edit-link"><a class="external-link vp-meta-label" href="https://github.com/newpros/handbook/'
            f'edit/main/docs{w.path.replace(".html", ".md")}" rel="noopener noreferrer" target="_blank">Edit this '
            f'page on GitHub</a></div><div class="vp-meta-item git-info"><div class="vp-meta-item last-updated">'
            f'<span class="vp-meta-label">Last Updated: </span><span class="vp-meta-info">{w.date}</span></div>'
            f"</div></footer>{nav}<!--[--><!--]--></main>")


def vuepress(u) -> list[Doc]:
    ws = _works(VUE)
    guide = [w for w in ws if w.path.startswith("/guide/")]
    posts = [w for w in ws if w.path.startswith("/posts/")]
    docs = []
    for seq in (guide, posts):
        for i, w in enumerate(seq):
            head = (f'<meta property="og:url" content="{u(w.path)}"><meta property="og:site_name" content="New '
                    f'Professionals Handbook"><meta property="og:title" content="{esc(w.title)}">'
                    f'<meta property="og:type" content="article"><meta property="article:modified_time" '
                    f'content="{w.date}T10:00:00.000Z">'
                    + (f'<meta property="article:author" content="{esc(w.author)}">'
                       f'<meta property="article:published_time" content="{w.date}T10:00:00.000Z">'
                       + _ld({"@context": "https://schema.org", "@type": "Article", "headline": w.title,
                              "datePublished": w.date, "author": [{"@type": "Person", "name": w.author}]})
                       if w in posts else ""))
            main = _vue_page(u, w, seq[i - 1] if i else None, seq[i + 1] if i + 1 < len(seq) else None)
            if w is guide[0]:
                main = main.replace("</div><!--[--><!--]--></div>", f'<p>The old list of volunteer mentors <a href="'
                                    f'{u("/guide/old-mentor-list.html")}">has been retired</a>.</p></div>'
                                    f"<!--[--><!--]--></div>", 1)
            docs.append(_work(w, _vue(u, w.title, main, head, sidebar=w in guide)))

    def article_list(items):
        return '<div class="article-list">' + "".join(
            f'<div class="article-item"><header class="title"><a href="{u(w.path)}" class="route-link">'
            f'{esc(w.title)}</a></header><hr><div class="article-info"><span class="author">{esc(w.author)}</span>'
            f'<span class="date">{w.date}</span></div><div class="excerpt"><p>{esc(w.paras[0])}</p></div></div>'
            for w in items) + "</div>"
    docs.append(_other(VUE, "/", _vue(
        u, "Home", f'<main class="vp-home" aria-labelledby="main-title"><header class="vp-hero"><h1 id="main-title">'
        f'New Professionals Handbook</h1><p class="vp-hero-description">Practical notes for your first years in '
        f'libraries and archives</p><p class="vp-hero-actions"><a href="{u("/guide/")}" class="route-link '
        f'vp-hero-action-button primary">Get Started</a> <a href="{u("/posts/")}" class="route-link '
        f'vp-hero-action-button secondary">Blog</a></p></header><div class="vp-features"><div class="vp-feature">'
        f'<h2>Written by peers</h2><p>Everything here was contributed by members.</p></div><div class="vp-feature">'
        f'<h2>Open</h2><p>Suggest edits on GitHub.</p></div></div><div class="theme-default-content">'
        f'<p><a href="{u("/tag/mentoring/")}">Posts tagged mentoring</a></p></div><div class="vp-footer">MIT '
        f"Licensed | Copyright &copy; 2024 New Professionals Group</div></main>", sidebar=False)))
    docs.append(_other(VUE, "/guide/", _vue(
        u, "Guide", '<main class="page"><div class="theme-default-content"><h1 id="guide" tabindex="-1">Guide</h1>'
        "<p>Start with any page in the sidebar.</p><ul>" + "".join(
            f'<li><a href="{u(w.path)}" class="route-link">{esc(w.title)}</a></li>' for w in guide)
        + "</ul></div></main>")))
    docs.append(_other(VUE, "/posts/", _vue(
        u, "Blog", '<main class="page blog"><div class="theme-default-content"><h1 id="blog">Blog</h1>'
        + article_list(posts) + "</div></main>", sidebar=False)))
    tagged = [w for w in posts if w.grade >= 2]
    docs.append(_other(VUE, "/tag/mentoring/", _vue(
        u, "Tag: mentoring", '<main class="page blog"><div class="theme-default-content"><div class="tag-list">'
        f'<a href="{u("/tag/mentoring/")}" class="route-link tag active">mentoring <span class="tag-num">'
        f"{len(tagged)}</span></a></div>" + article_list(tagged) + "</div></main>", sidebar=False)))
    docs.append(_other(VUE, "/about.html", _vue(
        u, "About", '<main class="page"><div class="theme-default-content"><h1 id="about">About</h1><p>The New '
        "Professionals Group is a volunteer collective of library and archives workers in their first five years."
        "</p><p>The handbook is built with VuePress and hosted on GitHub Pages.</p></div></main>", sidebar=False)))
    docs.append(_other(VUE, "/guide/old-mentor-list.html", _vue(
        u, "404", '<main class="page"><div class="theme-default-content"><h1>404</h1><blockquote>Looks like we '
        f'\'ve got some broken links.</blockquote><a href="{u("/")}" class="route-link">Take me home</a></div>'
        "</main>", sidebar=False), status=404))
    return docs


# --- Gridsome blog --------------------------------------------------------------------------------------

TAGS_OF = {"grid1": ["mentoring", "social-media"], "grid2": ["social-media"], "grid3": [],
           "grid4": ["mentoring"], "grid5": []}


def _gridsome(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html data-html-server-rendered="true" lang="en" data-vue-tag="%7B%22lang%22%3A%7B%22'
            f'ssr%22%3A%22en%22%7D%7D"><head><title>{esc(title)} - The Quiet Shelf</title><meta name="gridsome:hash" '
            f'content="5a1b0c9d2e"><meta data-vue-tag="ssr" charset="utf-8"><meta data-vue-tag="ssr" name="generator"'
            f' content="Gridsome v0.7.23"><meta data-vue-tag="ssr" data-key="viewport" name="viewport" content='
            f'"width=device-width, initial-scale=1, viewport-fit=cover">{head}<link rel="preload" href="/assets/js/'
            f'app.4c1a2b3d.js" as="script"></head><body><div data-server-rendered="true" id="app" class="layout">'
            f'<header class="header"><div class="header__left"><a href="{u("/")}" class="logo active"><span class='
            f'"logo__text">&larr; The Quiet Shelf</span></a></div><div class="header__right"><a href="{u("/about/")}"'
            f'>About</a> <a href="{u("/contact/")}">Contact</a> <button role="button" aria-label="Toggle dark/light" '
            f'class="toggle-theme">Dark</button></div></header><main class="main">{main}</main><footer class="footer">'
            f'<span class="footer__copyright">Copyright &copy; 2024. </span><span class="footer__links">Powered by '
            f'<a href="//gridsome.org"> Gridsome </a></span></footer></div><script>window.__INITIAL_STATE__='
            f'{{"data":null,"context":{{}}}}</script><script src="/assets/js/app.4c1a2b3d.js" defer></script>'
            f"</body></html>")


def _grid_tags(u, key: str) -> str:
    return ('<div class="post-tags">' + "".join(f'<a href="{u("/tag/" + t + "/")}" class="post-tags__link"><span>#'
                                                f'</span> {t.replace("-", " ").title()}</a>' for t in TAGS_OF[key])
            + "</div>")


def _grid_cards(u, keys: list[str]) -> str:
    out = []
    for k in keys:
        w = WORKS[k]
        out.append(f'<div class="post-card content-box"><div class="post-card__header"></div><div class="post-card'
                   f'__content"><h2 class="post-card__title">{esc(w.title)}</h2><p class="post-card__description">'
                   f'{esc(w.paras[0][:160])}</p><div class="post-meta post-card__meta"> Posted {w.date}. <strong>'
                   f'{len(" ".join(w.paras).split()) // 200 + 1} min read.</strong></div>'
                   f'{_grid_tags(u, k).replace("post-tags", "post-tags post-card__tags", 1)}'
                   f'<a href="{u(w.path)}" class="post-card__link">Link</a></div></div>')
    return "".join(out)


def gridsome(u) -> list[Doc]:
    keys = [k for k, w in WORKS.items() if w.host == GRID]
    docs = []
    for i, k in enumerate(keys):
        w = WORKS[k]
        head = (f'<meta data-vue-tag="ssr" data-key="description" name="description" content="'
                f'{esc(w.paras[0][:150])}"><meta data-vue-tag="ssr" property="og:title" content="{esc(w.title)}">'
                f'<meta data-vue-tag="ssr" property="og:type" content="article"><meta data-vue-tag="ssr" '
                f'property="article:published_time" content="{w.date}">')
        other = WORKS[keys[(i + 1) % len(keys)]]
        main = (f'<div class="post-title"><h1 class="post-title__text">{esc(w.title)}</h1><div class="post-meta"> '
                f'Posted {w.date}. <strong>{len(" ".join(w.paras).split()) // 200 + 1} min read.</strong></div></div>'
                f'<div class="post content-box"><div class="post__header"></div><div class="post__content">'
                f'{ps(w.paras)}</div><div class="post__footer">{_grid_tags(u, k)}</div></div>'
                f'<div class="post-comments"><div id="disqus_thread"></div></div>'
                f'<div class="author"><p class="author__intro">{esc(w.author)} is an archivist who writes about '
                f'small-office recordkeeping.</p><p class="author__links"><a href="https://twitter.com/quietshelf">'
                f'Follow on Twitter</a></p></div><div class="related"><h3>Read next</h3><a href="{u(other.path)}">'
                f"{esc(other.title)}</a></div>")
        docs.append(_work(w, _gridsome(u, w.title, main, head)))
    pager = (f'<nav role="navigation" aria-label="pagination" class="pager"><a href="{u("/")}" aria-label="Current '
             f'page. Page 1" class="pager__link">1</a><a href="{u("/blog/2/")}" aria-label="Go to page 2" '
             f'class="pager__link">2</a></nav>')
    docs.append(_other(GRID, "/", _gridsome(u, "Hello, world!", '<div class="author author--show-title"><h1 class='
                                            '"author__site-title">The Quiet Shelf</h1><p class="author__intro">Notes '
                                            "from a one-person record office.</p></div><div class=\"posts\">"
                                            + _grid_cards(u, keys[::-1][:3]) + "</div>" + pager)))
    docs.append(_other(GRID, "/blog/2/", _gridsome(u, "Page 2", '<div class="posts">' + _grid_cards(u, keys[::-1][3:])
                                                   + "</div>" + pager)))
    for t in ("mentoring", "social-media"):
        tk = [k for k in keys if t in TAGS_OF[k]]
        docs.append(_other(GRID, f"/tag/{t}/", _gridsome(u, t.replace("-", " ").title(), f'<h1 class="tag-title '
                                                         f'text-center space-bottom"># {t.replace("-", " ").title()}'
                                                         f'</h1><div class="posts">{_grid_cards(u, tk)}</div>')))
    docs.append(_other(GRID, "/about/", _gridsome(u, "About", '<div class="content-box"><h1>About</h1><p>I run a '
                                                  "county record office on my own. This blog is where I think out "
                                                  "loud.</p></div>")))
    docs.append(_other(GRID, "/contact/", _gridsome(u, "Contact", '<div class="content-box"><h1>Contact</h1><form '
                                                    'name="contact" method="post" data-netlify="true"><input '
                                                    'type="email" name="email"><textarea name="message"></textarea>'
                                                    "<button>Send</button></form></div>")))
    return docs


# --- Tildes ---------------------------------------------------------------------------------------------

def _tildes(u, title: str, main: str, group: str = "", head: str = "", sidebar: str = "") -> str:
    ctx = f'<span class="site-header-context">{_group_link(u, group)}</span>' if group else ""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width='
            f'device-width, initial-scale=1"><meta name="intercoolerjs:use-actual-http-method" content="true">'
            f'<title>{esc(title)} - Tildes</title>{head}<link rel="stylesheet" href="/css/tildes.css"></head>'
            f'<body class="theme-white"><header id="site-header"><a class="site-header-logo" href="{u("/")}">Tildes'
            f'</a>{ctx}<div class="logged-in-user-info"><a class="logged-in-user-username" href="'
            f'{u("/search?q=mentor")}'
            f'">Search</a></div></header><main>{main}</main><aside id="sidebar"><form class="form-search" method="GET"'
            f' action="{u("/search")}"><input type="search" name="q" class="form-input"></form>{sidebar}</aside>'
            f'<footer id="site-footer"><p class="site-footer-theme-selection">Theme: white</p><ul class="site-footer'
            f'-links"><li class="site-footer-link"><a href="https://docs.tildes.net">Docs</a></li><li class="site-'
            f'footer-link"><a href="https://gitlab.com/tildes/tildes">Code</a></li></ul></footer></body></html>')


def _group_link(u, group: str) -> str:
    return f'<a href="{u("/" + group)}" class="link-group">{group}</a>' if group == "~library" else group


def _tildes_id(w: Work) -> str:
    return w.path.split("/")[2]


def _tildes_listing(u, items: list[Work]) -> str:
    out = []
    for w in items:
        group = w.path.split("/")[1]
        out.append(f'<li><article id="topic-{_tildes_id(w)}" class="topic topic-with-excerpt" data-topic-posted-by="'
                   f'{w.author}"><header><h1 class="topic-title"><a href="{u(w.path)}">{esc(w.title)}</a></h1>'
                   f'</header><div class="topic-metadata"><span class="topic-group">{_group_link(u, group)}'
                   f'</span></div>'
                   f'<details class="topic-text-excerpt"><summary><span>'
                   f'{esc(w.paras[0][:140])}</span></summary></details><footer class="topic-info"><div class="topic-'
                   f'info-comments"><a href="{u(w.path)}"><span class="topic-info-comments-new"></span> '
                   f'{len(w.paras) - 1} comments</a></div><div class="topic-info-source">{esc(w.author)}</div>'
                   f'<time class="time-responsive" datetime="{w.date}T14:00:00Z">{w.date}</time></footer></article>'
                   f"</li>")
    return '<ol class="topic-listing">' + "".join(out) + "</ol>"


def tildes(u) -> list[Doc]:
    ws = _works(TILDES)
    users = {"quietstacks", "rosemary_ref"}
    docs = []
    for w in ws:
        group = w.path.split("/")[1]
        comments = []
        for n, c in enumerate(w.paras[1:]):
            who, text = c[len("Reply from "):].split(": ", 1)
            name = (f'<a class="link-user" href="{u("/user/" + who)}">{who}</a>' if who in users
                    else f'<span class="link-user">{who}</span>')
            comments.append(f'<li class="comment-tree-item"><article id="comment-{_tildes_id(w)}{n}" class="comment" '
                            f'data-comment-id36="{_tildes_id(w)}{n}"><header class="comment-header">{name}<time '
                            f'class="comment-posted-time time-responsive" datetime="{w.date}T16:0{n}:00Z">'
                            f'{w.date}</time></header><div class="comment-itself"><div class="comment-text"><p>'
                            f"{esc(text)}</p></div></div></article></li>")
        author = (f'<a class="link-user" href="{u("/user/" + w.author)}">{w.author}</a>' if w.author in users
                  else w.author)
        tags = (f'<ul class="topic-full-tags">Tags: <li><a href="{u("/~library?tag=careers")}">careers</a></li></ul>'
                if group == "~library" and w.grade >= 2 else "")
        main = (f'<article id="topic-{_tildes_id(w)}" class="topic-full"><header><h1>{esc(w.title)}</h1><div '
                f'class="topic-full-byline">Posted by {author} <time class="time-responsive" datetime="{w.date}'
                f'T14:00:00Z">{w.date}</time></div></header><div class="topic-full-text"><p>{esc(w.paras[0])}</p>'
                f'</div>{tags}</article><section class="topic-comments"><header><h2>{len(comments)} comments</h2>'
                f'</header><ol id="comments" class="comment-tree comment-tree-root">{"".join(comments)}</ol></section>')
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="article">'
                f'<link rel="canonical" href="{u(w.path)}">')
        docs.append(_work(w, _tildes(u, w.title, main, group, head)))
    lib = [w for w in ws if w.path.startswith("/~library/")]
    docs.append(_other(TILDES, "/", _tildes(u, "Tildes", '<div class="listing-options"><h2>Home</h2></div>'
                                            + _tildes_listing(u, ws), sidebar=f'<section class="sidebar-group-'
                                            f'list"><h2>Groups</h2><ul><li><a href="{u("/~library")}">~library</a>'
                                            f"</li></ul></section>")))
    docs.append(_other(TILDES, "/~library", _tildes(
        u, "~library", "<h2>~library</h2>" + _tildes_listing(u, lib) + f'<p>Missing topic? <a href="'
        f'{u("/~library/1zzz")}">an old link</a></p>', "~library",
        sidebar="<p class=\"group-short-description\">Libraries, archives and the people who work in them.</p>"
        f'<ul class="tag-list"><li><a href="{u("/~library?tag=careers")}">careers</a></li></ul>')))
    docs.append(_other(TILDES, "/~library?tag=careers", _tildes(
        u, "~library", '<div class="label-topic-tag">Showing only topics with the tag "careers".</div>'
        + _tildes_listing(u, [w for w in lib if w.grade >= 2]), "~library")))
    for who, bio in (("quietstacks", "New public librarian."), ("rosemary_ref", "Reference librarian, 30 years.")):
        mine = [w for w in ws if w.author == who or any(p.startswith(f"Reply from {who}:") for p in w.paras)]
        docs.append(_other(TILDES, "/user/" + who, _tildes(
            u, who, f'<div class="user-info"><h1>{who}</h1><p class="user-bio">{bio}</p></div>'
            + _tildes_listing(u, mine))))
    docs.append(_other(TILDES, "/search?q=mentor", _tildes(
        u, "Search results for \"mentor\"", '<div class="listing-options"><h2>Search results for "mentor"</h2></div>'
        + _tildes_listing(u, [ws[2], ws[4]]))))
    docs.append(_other(TILDES, "/~library/1zzz", _tildes(u, "Error 404 (Not Found)", '<div class="empty"><h2 '
                                                          'class="empty-title">Error 404 (Not Found)</h2><p class='
                                                          '"empty-subtitle">Topic not found.</p></div>'), status=404))
    return docs


# --- Sympa (MHonArc archives) ---------------------------------------------------------------------------

LIST_DESC = {"newlib-l": "New Librarians Round Table discussion list",
             "archives-l": "Archives and records discussion list"}
LIST_HOME = {"newlib-l": "/sympa/info/newlib-l", "archives-l": "/sympa/arc/archives-l/2024-03/thrd1.html"}


def _sympa(u, title: str, main: str, lst: str = "") -> str:
    menu = (f'<ul id="list_menu"><li><a href="{u("/sympa/info/" + lst)}">List info</a></li><li><a href="'
            f'{u("/sympa/arc/" + lst)}">Archive</a></li><li><a href="{u("/sympa/contact/" + lst)}">Contact owners</a>'
            f"</li></ul>" if lst == "newlib-l" else "")
    return (f'<!DOCTYPE html><html lang="en" xml:lang="en"><head><meta charset="UTF-8"><meta name="generator" '
            f'content="Sympa 6.2.72"><title> {esc(title)} </title><link rel="stylesheet" href="/static-sympa/css/'
            f'style.css"></head><body><div id="top"><div id="header"><a class="logo" href="{u("/sympa")}">Infoworkers '
            f'Lists</a><ul id="navigation"><li><a href="{u("/sympa")}">Home</a></li><li><a href="'
            f'{u("/sympa/lists/education")}">Lists: Education</a></li></ul></div></div><div id="Paint"><div '
            f'id="Canvas"><div id="Menus">{menu}</div><div id="Stretcher"><div id="Main"><div class="block">{main}'
            f'</div></div></div></div></div><div id="footer">Powered by <a href="https://www.sympa.community/">Sympa'
            f"</a></div></body></html>")


def _list_of(w: Work) -> str:
    return w.path.split("/")[3]


def _email(name: str) -> str:
    return name.lower().replace(" ", ".") + " AT example.org"


def sympa(u) -> list[Doc]:
    ws = _works(SYMPA)
    docs = []
    for w in ws:
        lst = _list_of(w)
        same = [x for x in ws if _list_of(x) == lst]
        j = same.index(w)
        prev = same[j - 1] if j else None
        nxt = same[j + 1] if j + 1 < len(same) else None
        month = w.path.split("/")[4]
        follow = ""
        if w is WORKS["sy1"]:
            follow = (f'<ul><li><strong>Follow-Ups</strong>:<ul><li><strong><a name="00013" href="msg00013.html">'
                      f'{esc(WORKS["sy2"].title)}</a></strong>, <em>{esc(WORKS["sy2"].author)}</em></li></ul></li>'
                      f"</ul>")
        if w is WORKS["sy2"]:
            follow = (f'<ul><li><strong>References</strong>:<ul><li><strong><a name="00012" href="msg00012.html">'
                      f'{esc(WORKS["sy1"].title)}</a></strong>, <em>{esc(WORKS["sy1"].author)}</em></li></ul></li>'
                      f"</ul>")
        main = (f"<!--X-Subject: {esc(w.title)} -->\n<!--X-From-R13: {esc(_email(w.author))} -->\n"
                f"<!--X-Date: {w.date} -->\n<!--X-Head-End-->\n<!--X-Body-Begin-->\n"
                f'<h2 class="block">{esc(w.title)}</h2><div class="ArcMenuLinks"><a href="'
                f'{u(f"/sympa/arc/{lst}/{month}/" + ("mail1.html" if lst == "newlib-l" else "thrd1.html"))}">'
                f'Chronological</a> <a href="{u(f"/sympa/arc/{lst}/{month}/thrd1.html")}">Thread</a></div>'
                f'<!--X-TopPNI--><div class="ArcMenuLinksSmall">'
                + (f'<a href="{u(prev.path)}">[Date Prev]</a> ' if prev else "")
                + (f'<a href="{u(nxt.path)}">[Date Next]</a>' if nxt else "")
                + f'</div><!--X-TopPNI-End--><!--X-MsgBody--><!--X-Subject-Header-Begin--><ul class="msgHdr">'
                f"<li><strong>From</strong>: {esc(w.author)} &lt;{esc(_email(w.author))}&gt;</li>"
                f"<li><strong>To</strong>: {lst} AT lists.infoworkers.example</li><li><strong>Subject</strong>: "
                f"{esc(w.title)}</li><li><strong>Date</strong>: {w.date}</li></ul><!--X-Head-Body-Sep-Begin--><hr>"
                f'<!--X-Body-of-Message--><pre style="margin: 0em;">{esc((chr(10) * 2).join(w.paras))}\n\n-- \n'
                f"{esc(w.author)}</pre><!--X-Body-of-Message-End--><!--X-MsgBody-End--><hr>"
                f"<!--X-Follow-Ups-->{follow}<!--X-Follow-Ups-End-->")
        docs.append(_work(w, _sympa(u, f"{lst} - {w.title}", main, lst)))

    def index(items, threaded: bool):
        rows = []
        for w in items:
            li = (f'<li><strong><a name="{w.path[-10:-5]}" href="{u(w.path)}">{esc(w.title)}</a></strong>, '
                  f"<em>{esc(w.author)}, {w.date}</em></li>")
            rows.append(li)
        return ('<ul class="mhonarc-thread">' if threaded else '<ul class="mhonarc-date">') + "".join(rows) + "</ul>"
    nl = [w for w in ws if _list_of(w) == "newlib-l"]
    ar = [w for w in ws if _list_of(w) == "archives-l"]
    docs.append(_other(SYMPA, "/sympa", _sympa(
        u, "Infoworkers Lists - mailing list server", "<h2>Welcome to the Infoworkers mailing list service</h2><p>"
        "Choose a list below or browse by topic.</p><ul>"
        + "".join(f'<li><a href="{u(LIST_HOME[k])}">'
                  f"{k}</a>: {v}</li>" for k, v in LIST_DESC.items())
        + f'</ul><p><a href="{u("/sympa/arc/newlib-l")}">newlib-l archive</a></p>')))
    docs.append(_other(SYMPA, "/sympa/lists/education", _sympa(
        u, "Infoworkers Lists - Education", "<h2>Lists: Education</h2><ul>"
        f'<li><a href="{u("/sympa/info/newlib-l")}"><strong>newlib-l</strong></a> {LIST_DESC["newlib-l"]}</li>'
        f'<li><a href="{u("/sympa/arc/archives-l/2024-03/thrd1.html")}"><strong>archives-l</strong></a> '
        f'{LIST_DESC["archives-l"]}</li></ul>')))
    docs.append(_other(SYMPA, "/sympa/info/newlib-l", _sympa(
        u, "newlib-l - Info", f"<h2>List info: newlib-l</h2><p><strong>Subject</strong>: {LIST_DESC['newlib-l']}</p>"
        "<p>An open list for people in their first years in library and information work. Subscribers: 1,204.</p>"
        "<p>Owners: Dana Whitcombe, Marcus Oyelaran.</p>", "newlib-l")))
    docs.append(_other(SYMPA, "/sympa/arc/newlib-l", _sympa(
        u, "newlib-l - Archives", '<h2>Archives of newlib-l</h2><table class="listOfItems"><tr><th>Month</th>'
        f'<th>Messages</th></tr><tr><td><a href="{u("/sympa/arc/newlib-l/2024-02/thrd1.html")}">2024-02</a></td>'
        f'<td>{len(nl)}</td></tr></table><form action="{u("/sympa/arcsearch/newlib-l")}" method="get"><input '
        f'name="key_word"></form><p><a href="{u("/sympa/arcsearch/newlib-l?key_word=mentoring")}">Search archive: '
        "mentoring</a></p>", "newlib-l")))
    docs.append(_other(SYMPA, "/sympa/arc/newlib-l/2024-02/thrd1.html", _sympa(
        u, "newlib-l - 2024-02 - Thread index", "<h2>newlib-l - February 2024 - By Thread</h2>" + index(nl, True)
        + f'<p><a href="{u("/sympa/arc/newlib-l/2024-02/mail1.html")}">By Date</a></p>', "newlib-l")))
    docs.append(_other(SYMPA, "/sympa/arc/newlib-l/2024-02/mail1.html", _sympa(
        u, "newlib-l - 2024-02 - Date index", "<h2>newlib-l - February 2024 - By Date</h2>" + index(nl, False),
        "newlib-l")))
    docs.append(_other(SYMPA, "/sympa/arc/archives-l/2024-03/thrd1.html", _sympa(
        u, "archives-l - 2024-03 - Thread index", "<h2>archives-l - March 2024 - By Thread</h2>" + index(ar, True))))
    docs.append(_other(SYMPA, "/sympa/arcsearch/newlib-l?key_word=mentoring", _sympa(
        u, "newlib-l - Search", '<h2>Result of your search in the archive of newlib-l</h2><p>Search field: '
        "<strong>mentoring</strong></p>" + index(nl[:2], False), "newlib-l")))
    docs.append(_other(SYMPA, "/sympa/contact/newlib-l", _sympa(
        u, "newlib-l - Contact owners", "<h2>Contact the owners of newlib-l</h2><form method=\"post\"><label>Subject"
        '</label><input name="subject"><textarea name="body"></textarea><input type="submit" value="Send"></form>',
        "newlib-l")))
    return docs


# --- Patreon (Next.js) ----------------------------------------------------------------------------------

CREATOR = "/archivistsdesk"


def _patreon(u, title: str, main: str, head: str = "", data: dict | None = None) -> str:
    nd = json.dumps({"props": {"pageProps": {"bootstrapEnvelope": data or {}}}, "page": "/[vanity]/posts",
                     "query": {}, "buildId": "kfK2Lq9x1", "isFallback": False, "gssp": True})
    return (f'<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><title>{esc(title)} | Patreon</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}'
            f'<link rel="preload" href="/_next/static/css/4a7b.css" as="style"></head><body><div id="__next">'
            f'<div data-tag="global-header"><a aria-label="Patreon logo" href="{u(CREATOR)}">Patreon</a>'
            f'<a rel="nofollow" href="https://www.patreon.com/login">Log in</a></div>'
            f'<main id="renderPageContentWrapper">'
            f'{main}</main><footer data-tag="footer"><span>&copy; 2024 Patreon</span></footer><div id="onetrust-banner-'
            f'sdk" role="alertdialog"><p id="onetrust-policy-text">We use cookies to improve your experience.</p>'
            f'<button id="onetrust-accept-btn-handler">Accept all</button></div></div>'
            f'<script id="__NEXT_DATA__" type="application/json">{nd}</script></body></html>')


def _patreon_card(u, w: Work, full: bool) -> str:
    content = ps(w.paras) if full else f"<p>{esc(w.paras[0][:180])}</p>"
    tags = ('<div data-tag="post-tags"><a href="' + u(CREATOR + "/posts?tag=mentoring")
            + '" data-tag="post-tag">mentoring</a></div>' if w.grade >= 2 else "")
    return (f'<div data-tag="post-card"><span data-tag="post-published-at"><a href="{u(w.path)}">{w.date}</a></span>'
            f'<span data-tag="post-title"><a href="{u(w.path)}">{esc(w.title)}</a></span><div data-tag="post-content">'
            f'{content}</div>{tags}<div data-tag="post-details"><span data-tag="like-count">12</span> '
            f'<span data-tag="comment-count">3</span></div></div>')


def patreon(u) -> list[Doc]:
    ws = _works(PATREON)
    nav = (f'<nav data-tag="creator-tabs"><a href="{u(CREATOR)}">Home</a> <a href="{u(CREATOR + "/posts")}">Posts</a>'
           f' <a href="{u(CREATOR + "/about")}">About</a></nav>')
    docs = []
    for w in ws:
        pid = w.path.rsplit("-", 1)[1]
        data = {"pageBootstrap": {"post": {"data": {"id": pid, "type": "post", "attributes": {
            "title": w.title, "content": "".join(f"<p>{p}</p>" for p in w.paras),
            "published_at": w.date + "T15:00:00.000+00:00",
            "post_type": "text_only", "is_public": True, "url": u(w.path)}}}}}
        head = (f'<meta name="description" content="{esc(w.paras[0][:160])}"><meta property="og:title" content="'
                f'{esc(w.title)} | Patreon"><meta property="og:type" content="article"><meta property="og:url" '
                f'content="{u(w.path)}"><meta name="twitter:card" content="summary_large_image">'
                f'<link rel="canonical" href="{u(w.path)}">')
        main = (f'<div data-tag="creator-header"><a href="{u(CREATOR)}">The Archivist&#x27;s Desk</a></div>{nav}'
                f'<div data-tag="post-card">'
                f'<span data-tag="post-title"><h1>{esc(w.title)}</h1></span><span data-tag="post-published-at">'
                f'{w.date}</span><div data-tag="post-content">{ps(w.paras)}</div>'
                + ('<div data-tag="post-tags"><a href="' + u(CREATOR + "/posts?tag=mentoring")
                   + '" data-tag="post-tag">mentoring</a></div>' if w.grade >= 2 else "")
                + '<div data-tag="post-details"><span data-tag="like-count">12</span></div></div>'
                + f'<div data-tag="comment-row"><p>Patrons only: <a rel="nofollow" href="https://www.patreon.com/'
                f'login">Log in</a> to comment.</p></div><section data-tag="more-posts"><h2>More from The '
                f'Archivist&#x27;s Desk</h2><a href="{u(CREATOR + "/posts")}">See all posts</a></section>')
        docs.append(_work(w, _patreon(u, w.title, main, head, data)))
    cards = "".join(_patreon_card(u, w, False) for w in ws[::-1])
    docs.append(_other(PATREON, CREATOR, _patreon(
        u, "The Archivist's Desk | creating videos and advice about archives", f'<div data-tag="creator-header"><h1>'
        "The Archivist&#x27;s Desk</h1><p>creating videos and advice about archives and careers in them</p></div>"
        f'{nav}<section data-tag="recent-posts"><h2>Recent posts</h2>{cards}</section><a href="'
        f'{u(CREATOR + "/posts?tag=mentoring")}">mentoring</a>',
        '<meta property="og:type" content="profile">', {"campaign": {"name": "The Archivist's Desk"}})))
    docs.append(_other(PATREON, CREATOR + "/posts", _patreon(
        u, "Posts | The Archivist's Desk", f"{nav}<h1>Posts</h1>{cards}")))
    docs.append(_other(PATREON, CREATOR + "/posts?tag=mentoring", _patreon(
        u, "mentoring | The Archivist's Desk", f'{nav}<h1>Posts tagged "mentoring"</h1>'
        + "".join(_patreon_card(u, w, False) for w in ws if w.grade >= 2))))
    docs.append(_other(PATREON, CREATOR + "/about", _patreon(
        u, "About The Archivist's Desk", f"{nav}<h1>About</h1><p>I am an archivist making short videos about caring "
        "for family papers and about working in archives. Patrons get early access and a monthly hangout.</p>"
        '<div data-tag="tier-card"><h3>Supporter</h3><p>$3 / month</p></div>')))
    return docs


# --- Steemit --------------------------------------------------------------------------------------------

TAGS = {"st1": ["libraries", "mentorship", "education"], "st2": ["libraries", "life"],
        "st3": ["mentorship", "records"], "st4": ["steem", "wallet"]}


def _steemit(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
            f'width, initial-scale=1.0"><title>{esc(title)} — Steemit</title>{head}<link rel="manifest" href="'
            f'/static/manifest.json"></head><body><div id="content"><div class="App theme-light"><header class="Header"'
            f'><nav class="row Header__nav"><div class="small-5 large-4 columns Header__logotype"><a href="{u("/")}">'
            f'steemit</a></div><div class="Header__sort"><a href="{u("/trending/mentorship")}">trending: '
            f'mentorship</a></div><div class="Header__buttons"><a rel="nofollow" href="https://signup.steemit.com">'
            f'Sign up</a></div></nav></header><div class="App__content">{main}</div><footer class="Footer"><a href="'
            f'{u("/faq.html")}">FAQ</a></footer></div></div></body></html>')


def _tag_link(u, t: str) -> str:
    return (f'<a href="{u("/trending/" + t)}">{t}</a>' if t == "mentorship" else f"<span>{t}</span>")


def _steem_summary(u, w: Work) -> str:
    who = w.path.split("/")[1]
    return (f'<li><article class="PostSummary hentry"><div class="PostSummary__header"><h2 class="entry-title">'
            f'<a href="{u(w.path)}">{esc(w.title)}</a></h2></div><div class="PostSummary__time_author_category">'
            f'<span class="author"><a href="{u("/" + who)}">{who[1:]}</a></span> in {_tag_link(u, TAGS[_key(w)][0])}'
            f'</div><div class="PostSummary__body entry-content"><a href="{u(w.path)}">{esc(w.paras[0][:140])}</a>'
            f"</div></article></li>")


def _key(w: Work) -> str:
    return next(k for k, v in WORKS.items() if v is w)


def steemit(u) -> list[Doc]:
    ws = _works(STEEM)
    docs = []
    for w in ws:
        who = w.path.split("/")[1]
        tags = TAGS[_key(w)]
        head = (f'<link rel="canonical" href="{u(w.path)}"><meta property="og:type" content="article"><meta property="'
                f'og:title" content="{esc(w.title)}"><meta property="og:description" content="{esc(w.paras[0][:150])}">'
                f'<meta name="description" content="{esc(w.paras[0][:150])}"><meta name="author" content="{who[1:]}">'
                f'<meta itemprop="datePublished" content="{w.date}T08:00:00">'
                + "".join(f'<meta property="article:tag" content="{t}">' for t in tags))
        main = (f'<div class="Post"><div class="PostFull hentry"><div class="PostFull__header"><h1 class="entry-title">'
                f'{esc(w.title)}</h1><div class="PostFull__time_author_category_large vcard"><span class="author" '
                f'itemprop="author"><a href="{u("/" + who)}"><strong>{who[1:]}</strong> (61)</a></span> in '
                f'{_tag_link(u, tags[0])} &bull; <span class="updated"><span title="{w.date}T08:00:00">{w.date}'
                f'</span></span></div></div><div class="PostFull__body entry-content"><div class="MarkdownViewer '
                f'Markdown"><div>{ps(w.paras)}</div></div></div><div class="TagList__horizontal">'
                + "".join(_tag_link(u, t) for t in tags)
                + '</div><div class="PostFull__footer"><span class="Voting"><span class="Voting__inner">$2.41'
                '</span></span><span class="PostFull__responses">4 comments</span></div></div><div id="comments" '
                'class="Post_comments row hfeed"><div class="Comment"><div class="Comment__header">'
                '<span class="author">'
                'readerbee</span></div><div class="Comment__body entry-content"><p>Upvoted and resteemed!</p></div>'
                "</div></div></div>")
        if w is ws[0]:
            main += f'<p><a href="{u("/@bookwyrm/old-draft-post")}">my earlier draft</a></p>'
        docs.append(_work(w, _steemit(u, f"{w.title} | {who[1:]}", main, head)))
    docs.append(_other(STEEM, "/", _steemit(u, "Steemit", '<div class="PostsIndex row"><h1>Trending</h1><ul class="'
                                            'PostsList__summaries hfeed">' + "".join(_steem_summary(u, w) for w in ws)
                                            + "</ul></div>")))
    docs.append(_other(STEEM, "/trending/mentorship", _steemit(
        u, "Trending mentorship topics", '<div class="PostsIndex row"><h1>#mentorship</h1><ul class="PostsList__'
        'summaries hfeed">' + "".join(_steem_summary(u, w) for w in ws if "mentorship" in TAGS[_key(w)])
        + "</ul></div>")))
    for who, about in (("@bookwyrm", "Librarian. Books, coffee, Steem."), ("@inkandvellum", "Records manager and "
                                                                           "hobby bookbinder.")):
        docs.append(_other(STEEM, "/" + who, _steemit(
            u, f"{who[1:]} ({who})", f'<div class="UserProfile"><div class="UserProfile__banner"><h1>{who[1:]}</h1>'
            f'<p class="UserProfile__bio">{about}</p></div><ul class="PostsList__summaries hfeed">'
            + "".join(_steem_summary(u, w) for w in ws if w.path.startswith("/" + who + "/")) + "</ul></div>",
            '<meta property="og:type" content="profile">')))
    docs.append(_other(STEEM, "/faq.html", _steemit(u, "FAQ", "<h1>Steemit FAQ</h1><h2>What is Steemit.com?</h2><p>"
                                                    "Steemit is a social media platform where everyone gets paid for "
                                                    "creating and curating content.</p>")))
    docs.append(_other(STEEM, "/@bookwyrm/old-draft-post", _steemit(u, "Page Not Found", '<div class="NotFound float-'
                                                                    'center"><h4>Sorry! This page does not exist.</h4>'
                                                                    "</div>"), status=404))
    return docs


# --- De Gruyter-like journal ----------------------------------------------------------------------------

ISSUES = {"libri": ("/journal/key/libri/2023/73/4/html", "Libri", "73", "4", "2023"),
          "pdtc": ("/journal/key/pdtc/2024/53/1/html", "PDT&C", "53", "1", "2024")}


def _dg(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>{head}'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"></head><body><div id="onetrust-'
            f'consent-sdk"><div id="onetrust-banner-sdk"><p>By clicking "Accept All Cookies", you agree to the '
            f'storing of cookies on your device.</p><button id="onetrust-accept-btn-handler">Accept All Cookies'
            f'</button></div></div><header id="header"><a class="headerLogo" href="{u("/journal/key/libri/html")}">'
            f'De Gruyter</a><form id="searchForm" action="{u("/search")}"><input name="query" placeholder="Search">'
            f'</form><nav><a href="{u("/subject/LS/html")}">Library and Information Science</a></nav></header>'
            f'<main id="main">{main}</main><footer id="footer"><a href="{u("/publishing/contact")}">Contact us</a> '
            f"&copy; Walter de Gruyter GmbH</footer></body></html>")


def _dg_toc(u, ws: list[Work]) -> str:
    out = []
    for w in ws:
        doi = w.path.split("/doi/")[1].rsplit("/", 1)[0]
        if w.path.endswith("/pdf"):
            link = (f'<span class="issueContentsArticleLink">{esc(w.title)}</span> <div class="issueContentsPdf">'
                    f'<a href="{u(w.path)}" class="downloadPdf" title="Download PDF">PDF</a></div>')
        else:
            link = (f'<a href="{u(w.path)}" class="issueContentsArticleLink linkHoverDark d-inline-block">'
                    f"{esc(w.title)}</a>")
        out.append(f'<div class="issueContentsItem"><div class="contentType">Research Article</div>{link}'
                   f'<div class="issueContentsAuthors">{esc(w.author)}</div><div class="issueContentsDoi">'
                   f'https://doi.org/{doi}</div><span class="badge badge-open-access">Free Access</span></div>')
    return '<div id="issueContents">' + "".join(out) + "</div>"


def degruyter(u) -> list[Doc]:
    ws = _works(DEG)
    docs = []
    for w in ws:
        if w.path.endswith("/pdf"):
            docs.append(_pdf(w))
            continue
        doi = w.path.split("/doi/")[1].rsplit("/", 1)[0]
        key = doi.split("/")[1].split("-")[0]
        toc, jt, vol, iss, yr = ISSUES[key]
        authors = w.author.split(" and ")
        meta = (f'<meta name="citation_title" content="{esc(w.title)}">'
                + "".join(f'<meta name="citation_author" content="{esc(a)}">' for a in authors)
                + f'<meta name="citation_journal_title" content="{esc(jt)}"><meta name="citation_publisher" '
                f'content="De Gruyter"><meta name="citation_publication_date" content="{w.date.replace("-", "/")}">'
                f'<meta name="citation_volume" content="{vol}"><meta name="citation_issue" content="{iss}">'
                f'<meta name="citation_doi" content="{doi}"><meta name="citation_language" content="en">'
                f'<meta name="citation_abstract_html_url" content="{u(w.path)}"><link rel="canonical" href="'
                f'{u(w.path)}"><meta property="og:title" content="{esc(w.title)}"><meta property="og:type" '
                f'content="article"><meta name="dc.identifier" content="doi:{doi}">'
                + _ld({"@context": "https://schema.org", "@type": "ScholarlyArticle", "headline": w.title,
                       "author": [{"@type": "Person", "name": a} for a in authors], "datePublished": w.date,
                       "isPartOf": {"@type": "PublicationIssue", "issueNumber": iss}}))
        abstract, body = w.paras[0], w.paras[1:]
        main = (f'<div id="documentContainer"><nav class="breadcrumbs"><a href="{u("/journal/key/libri/html")}">'
                f'Libri</a> &rsaquo; <a href="{u(toc)}">Volume {vol} Issue {iss}</a></nav><div class="contentHeader">'
                f'<div class="contentType">Research Article</div><h1 class="title" id="articleTitle">{esc(w.title)}'
                f'</h1><div class="contributors">' + ", ".join(f'<span class="contributor">{esc(a)}</span>'
                                                               for a in authors)
                + f'</div><div class="publicationDate">Published/Copyright: {w.date}</div><div class="doi">'
                f'<a href="https://doi.org/{doi}">https://doi.org/{doi}</a></div></div><section class="abstract" '
                f'id="abstract"><h2 class="subheading">Abstract</h2><p>{esc(abstract.replace("Abstract: ", ""))}</p>'
                f'</section><section id="fulltext" class="fulltext">{ps(body)}</section><div class="keywords"><h2>'
                f'Keywords</h2><a href="{u("/search?query=mentoring")}">mentoring</a></div></div>')
        docs.append(_work(w, _dg(u, f"{w.title} | {jt}", main, meta)))
    libri = [w for w in ws if "libri-" in w.path]
    pdtc = [w for w in ws if "pdtc-" in w.path]
    docs.append(_other(DEG, "/journal/key/libri/html", _dg(
        u, "Libri", '<div class="journalHeader"><h1>Libri</h1><p>International Journal of Libraries and Information '
        'Studies</p></div><section id="latestIssue"><h2>Latest issue</h2><a href="'
        f'{u(ISSUES["libri"][0])}">Volume 73, Issue 4 (December 2023)</a></section><section><h2>Also on the '
        f'platform</h2><a href="{u(ISSUES["pdtc"][0])}">PDT&amp;C, Volume 53, Issue 1</a> <a href="'
        f'{u("/document/doi/10.1515/libri-2022-9999/html")}">Most read: Trends in library staffing</a></section>')))
    docs.append(_other(DEG, ISSUES["libri"][0], _dg(u, "Libri Volume 73 Issue 4", "<h1>Volume 73, Issue 4</h1>"
                                                    + _dg_toc(u, libri))))
    docs.append(_other(DEG, ISSUES["pdtc"][0], _dg(u, "PDT&C Volume 53 Issue 1", "<h1>Volume 53, Issue 1</h1>"
                                                   + _dg_toc(u, pdtc))))
    docs.append(_other(DEG, "/search?query=mentoring", _dg(
        u, "Search results: mentoring", '<h1>Search results for "mentoring"</h1><div class="searchResults">'
        + "".join(f'<div class="searchResultItem"><a href="{u(w.path)}">{esc(w.title)}</a><div>{esc(w.author)}</div>'
                  f"</div>" for w in ws if w.grade >= 2 and w.path.endswith("/html")) + "</div>")))
    docs.append(_other(DEG, "/subject/LS/html", _dg(
        u, "Library and Information Science", "<h1>Library and Information Science</h1><ul>"
        f'<li><a href="{u("/journal/key/libri/html")}">Libri</a></li><li><a href="{u(ISSUES["pdtc"][0])}">'
        "PDT&amp;C</a></li></ul>")))
    docs.append(_other(DEG, "/publishing/contact", _dg(u, "Contact us", "<h1>Contact us</h1><p>Customer service: "
                                                       "service AT degruyter.example</p>")))
    docs.append(_other(DEG, "/document/doi/10.1515/libri-2022-9999/html", _dg(
        u, "Page not found", "<h1>404 - Page not found</h1><p>The DOI you requested could not be found.</p>"),
        status=404))
    return docs


# --- CONTENTdm ------------------------------------------------------------------------------------------

def _cdm(u, title: str, main: str, state: dict | None = None, head: str = "") -> str:
    st = json.dumps(state or {"app": {"loading": False}})
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>{head}'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="'
            f'/customizations/global/pages/style.css"></head><body><div id="root"><div class="Header-container">'
            f'<a class="Header-logoHolder" href="{u("/digital")}">Heritage Archive Digital Collections</a><nav class='
            f'"Header-nav"><a href="{u("/digital")}">Home</a> <a href="{u("/digital/collection/oralhist/search")}">'
            f'Browse</a> <a href="{u("/digital/custom/about")}">About</a> <a href="{u("/digital/custom/contact")}">'
            f'Contact</a></nav></div><div class="CoreLayout-mainWrapperContainer">{main}</div><footer class='
            f'"Footer-container">Powered by CONTENTdm&reg;</footer></div><script>window.__INITIAL_STATE__ = {st};'
            f'</script><script src="/digital/static/js/main.6fc1e0b2.js"></script></body></html>')


def _cdm_item(w: Work) -> tuple[str, str]:
    coll, cid = w.path.split("/")[3], w.path.split("/")[5]
    return coll, cid


def _cdm_results(u, items: list[Work]) -> str:
    return ('<div class="SearchResult-container">' + "".join(
        f'<div class="SearchResult-container"><a class="SearchResult-container" href="{u(w.path)}"><img alt="" src='
        f'"/digital/api/singleitem/collection/{_cdm_item(w)[0]}/id/{_cdm_item(w)[1]}/thumbnail"><span class='
        f'"MetadataFields-header">{esc(w.title)}</span></a><dl><dt>Date</dt><dd>{w.date}</dd></dl></div>'
        for w in items) + "</div>")


def contentdm(u) -> list[Doc]:
    ws = _works(CDM)
    docs = []
    download = WORKS["cd4"]
    for w in ws:
        if w is download:
            docs.append(_pdf(w))
            continue
        coll, cid = _cdm_item(w)
        fields = {"title": w.title, "creato": w.author, "date": w.date,
                  "descri" if coll == "oralhist" and w.grade == 0 else "transc": "\n\n".join(w.paras)}
        state = {"item": {"item": {"id": int(cid), "collectionAlias": coll, "title": w.title, "fields": [
            {"key": k, "label": k.title(), "value": v} for k, v in fields.items()]}}}
        dl = (f'<a class="ItemDownload-button" href="{u(download.path)}" download>Download PDF</a>'
              if w is WORKS["cd3"] else "")
        if w is WORKS["cd2"]:   # rendered by the app: its text only in the state
            main = '<div class="ItemView-itemViewContainer"><div class="spinner">Loading...</div></div>'
        else:
            main = (f'<div class="ItemView-itemViewContainer"><h1 class="ItemTitle-primaryTitle">{esc(w.title)}</h1>'
                    f'<div class="ItemView-itemViewer">{dl}</div><div class="ItemView-panelContainer"><table '
                    f'class="ItemView-fieldsTable"><tbody>' + "".join(
                        f'<tr class="field-{k}"><td class="field-label">{k.title()}</td><td class="field-value">'
                        f'<span>{esc(v)}</span></td></tr>' for k, v in fields.items() if k != "transc")
                    + "</tbody></table>" + (f'<div class="field-transc">{ps(w.paras)}</div>' if "transc" in fields
                                            else "") + "</div></div>")
        head = f'<meta name="description" content="{esc(w.paras[0][:150])}"><link rel="canonical" href="{u(w.path)}">'
        docs.append(_work(w, _cdm(u, f"{w.title} - Heritage Archive Digital Collections", main, state, head)))
    oral = [w for w in ws if "/oralhist/" in w.path]
    news = [WORKS["cd3"]]
    docs.append(_other(CDM, "/digital", _cdm(
        u, "Heritage Archive Digital Collections", '<div class="Home-container"><h1>Explore our collections</h1>'
        f'<div class="CollectionCard"><a href="{u("/digital/collection/oralhist")}">Oral Histories</a></div>'
        f'<div class="CollectionCard"><a href="{u("/digital/collection/newsletters/search")}">Association '
        f'Newsletters</a></div><form action="{u("/digital/search")}"><input name="searchterm"></form><a href="'
        f'{u("/digital/search/searchterm/mentoring")}">Featured search: mentoring</a></div>')))
    docs.append(_other(CDM, "/digital/collection/oralhist", _cdm(
        u, "Oral Histories", '<div class="CollectionLanding"><h1>Oral Histories</h1><p>Interviews with librarians '
        f'and archivists of the region, 1995-2020.</p><a href="{u("/digital/collection/oralhist/search")}">Browse '
        f'all</a> <a href="{u("/digital/collection/oralhist/id/9999")}">Item of the month</a></div>')))
    docs.append(_other(CDM, "/digital/collection/oralhist/search", _cdm(
        u, "Oral Histories: Browse", "<h1>Browse: Oral Histories</h1>" + _cdm_results(u, oral))))
    docs.append(_other(CDM, "/digital/collection/newsletters/search", _cdm(
        u, "Association Newsletters: Browse", "<h1>Browse: Association Newsletters</h1>" + _cdm_results(u, news))))
    docs.append(_other(CDM, "/digital/search/searchterm/mentoring", _cdm(
        u, "Search results: mentoring", '<h1>Results for "mentoring"</h1>'
        + _cdm_results(u, [WORKS["cd1"], WORKS["cd3"]]))))
    docs.append(_other(CDM, "/digital/custom/about", _cdm(u, "About", "<h1>About the collections</h1><p>The Heritage "
                                                          "Archive collects the history of libraries in the state."
                                                          "</p>")))
    docs.append(_other(CDM, "/digital/custom/contact", _cdm(u, "Contact", "<h1>Contact us</h1><p>Email the reading "
                                                            "room: reading AT heritagearchive.example</p>")))
    docs.append(_other(CDM, "/digital/collection/oralhist/id/9999", _cdm(
        u, "Heritage Archive Digital Collections", '<div class="ItemView-itemViewContainer"><div class="Error">'
        "<h1>Item not found</h1><p>The item you are looking for does not exist or has been removed.</p></div></div>",
        {"item": {"error": {"status": 404, "message": "Item not found"}}})))   # a soft 404, served 200
    return docs


# --- Brightspace (D2L) ----------------------------------------------------------------------------------

def _d2l(u, title: str, main: str) -> str:
    return (f'<!DOCTYPE html><html lang="en-us" data-lang-default="en-us"><head><meta charset="utf-8"><title>'
            f'{esc(title)} - LIS 5606: Professional Practice</title><meta name="viewport" content="width=device-width,'
            f' initial-scale=1"><link rel="stylesheet" href="https://s.brightspace.com/lib/fonts/0.6.1/fonts.css">'
            f'</head><body class="d2l-body d2l-typography vui-typography"><d2l-navigation class="d2l-navigation-s">'
            f'<d2l-navigation-main-header><div class="d2l-navigation-s-header"><a class="d2l-navigation-s-link" href="'
            f'{u("/d2l/home/6606")}">LIS 5606: Professional Practice</a></div></d2l-navigation-main-header>'
            f'<d2l-navigation-main-footer><div class="d2l-navigation-s-main-wrapper"><a class="d2l-navigation-s-link"'
            f' href="{u(BS + "/Home")}">Content</a> <a class="d2l-navigation-s-link" href="'
            f'{u("/d2l/le/news/6606/list")}">Announcements</a></div></d2l-navigation-main-footer></d2l-navigation>'
            f'<div class="d2l-page-main d2l-max-width"><div class="d2l-page-main-padding">{main}</div></div>'
            f"</body></html>")


def brightspace(u) -> list[Doc]:
    ws = _works(D2L)
    topics = [w for w in ws if "/viewContent/" in w.path]
    ann = WORKS["bs4"]
    docs = []
    for i, w in enumerate(topics):
        nxt = topics[i + 1] if i + 1 < len(topics) else None
        main = (f'<div class="d2l-page-header"><h1 class="d2l-page-title d2l-heading vui-heading-1">{esc(w.title)}'
                f'</h1></div><div class="d2l-topic-view"><div class="d2l-htmlblock d2l-htmlblock-deferred"><d2l-html-'
                f'block><div class="d2l-htmlblock-untrusted">{ps(w.paras)}</div></d2l-html-block></div>'
                f'<p class="d2l-body-small">Posted {w.date} by {esc(w.author)}</p></div>'
                + (f'<div class="d2l-le-content-nav"><a href="{u(nxt.path)}" title="Next topic">{esc(nxt.title)}</a>'
                   f"</div>" if nxt else ""))
        docs.append(_work(w, _d2l(u, w.title, main)))
    docs.append(_work(ann, _d2l(u, ann.title, f'<h1 class="d2l-page-title">{esc(ann.title)}</h1><div class="d2l-'
                                f'datalist-item-content"><d2l-html-block>{ps(ann.paras)}</d2l-html-block><div class='
                                f'"d2l-body-small">{esc(ann.author)} posted on {ann.date}</div></div>')))
    toc = "".join(f'<li class="d2l-datalist-item"><a class="d2l-link" href="{u(w.path)}">{esc(w.title)}</a></li>'
                  for w in topics)
    docs.append(_other(D2L, "/d2l/home/6606", _d2l(
        u, "Course Home", '<h1 class="d2l-page-title">Course Home</h1><div class="d2l-widget"><h2 class="d2l-widget-'
        f'header">Announcements</h2><div class="d2l-widget-content"><a href="{u(ann.path)}">{esc(ann.title)}</a>'
        f'<p>{esc(ann.paras[0])}</p></div></div><div class="d2l-widget"><h2 class="d2l-widget-header">Content Browser'
        f'</h2><ul class="d2l-datalist">{toc}</ul></div>')))
    docs.append(_other(D2L, BS + "/Home", _d2l(u, "Table of Contents", '<h1 class="d2l-page-title">Table of Contents'
                                               f'</h1><ul class="d2l-datalist">{toc}</ul>')))
    docs.append(_other(D2L, "/d2l/le/news/6606/list", _d2l(
        u, "Announcements", f'<h1 class="d2l-page-title">Announcements</h1><ul class="d2l-datalist"><li><a href="'
        f'{u(ann.path)}">{esc(ann.title)}</a> {ann.date}</li></ul>')))
    return docs


# --- Teachable ------------------------------------------------------------------------------------------

def _teach(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | Stacks Career '
            f'School</title><meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="'
            f'Q1w2e3r4t5y6"><meta name="viewport" content="width=device-width, initial-scale=1">{head}</head><body '
            f'class="fedora"><header class="navbar navbar-default navbar-fedora"><a class="navbar-brand header-logo"'
            f' href="{u("/")}">Stacks Career School</a><ul class="nav navbar-nav navbar-right"><li><a class="fedora-'
            f'navbar-link navbar-link" href="{u("/courses")}">All Courses</a></li><li><a rel="nofollow" href="'
            f'https://sso.teachable.com/secure/147/identity/login">Login</a></li></ul></header>{main}<footer '
            f'class="footer"><a href="{u("/p/contact")}">Contact</a> <a href="https://teachable.com">Teach online '
            f'with Teachable</a></footer></body></html>')


def teachable(u) -> list[Doc]:
    ws = _works(TEACH)
    ment = [w for w in ws if w.path.startswith(COURSE + "/")]
    docs = []
    for w in ws:
        lid = w.path.rsplit("/", 1)[1]
        seq = ment if w in ment else [w]
        j = seq.index(w)
        nxt = seq[j + 1] if j + 1 < len(seq) else None
        main = (f'<div class="course-mainbar lecture-content"><h2 id="lecture_heading" class="section-title" data-'
                f'lecture-id="{lid}" data-lecture-url="{w.path}" role="heading">{esc(w.title)}</h2><div class="lecture-'
                f'attachment lecture-attachment-type-text" id="lecture-attachment-{lid}"><div class="lecture-text-'
                f'container">{ps(w.paras)}</div></div></div><div class="lecture-nav"><a class="nav-btn" href="'
                f'{u("/p/mentoring-in-the-stacks" if w in ment else "/courses")}">Back to course</a>'
                + (f' <a class="nav-btn complete" id="lecture_complete_button" href="{u(nxt.path)}">Complete and '
                   f"continue</a>" if nxt else "")
                + "</div>")
        if w is ment[-1]:
            main += f'<p><a href="{u(COURSE + "/lectures/5599999")}">Bonus lecture</a></p>'
        head = f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" content="website">'
        docs.append(_work(w, _teach(u, w.title, main, head)))
    curriculum = "".join(
        f'<li class="section-item"><a class="item" href="{u(w.path)}"><span class="lecture-icon v-middle">'
        f'</span><span class="lecture-name">{esc(w.title)} (6:40)</span></a><a class="btn btn-primary btn-sm preview"'
        f' href="{u(w.path)}">Preview</a></li>' for w in ment)
    first = (f'<div class="course-listing" data-course-id="2219804"><a href="{u("/p/mentoring-in-the-stacks")}">'
             f'<div class="course-listing-title">Mentoring in the Stacks</div><div class="course-listing-subtitle">'
             f'Build the professional network your first job did not give you</div></a></div>')
    cards = first + (f'<div class="course-listing" data-course-id="2219977"><a href="{u(ws[-1].path)}"><div '
                     f'class="course-listing-title">Spreadsheets for Librarians</div></a></div>')
    docs.append(_other(TEACH, "/", _teach(
        u, "Home", f'<div class="homepage-hero"><h1>Grow your library career</h1><a class="btn" href="{u("/courses")}'
        f'">Browse courses</a></div><div class="block"><h2>Featured</h2>{cards}</div><div class="block bio"><a href="'
        f'{u("/p/about-grace")}">Meet your instructor</a></div>')))
    docs.append(_other(TEACH, "/courses", _teach(
        u, "All Courses", f'<div class="container"><form action="{u("/courses")}"><input name="query"></form><a href="'
        f'{u("/courses?query=mentor")}">Popular: mentor</a><div class="row course-list list">{cards}</div></div>')))
    docs.append(_other(TEACH, "/courses?query=mentor", _teach(
        u, "Search: mentor", f'<div class="container"><h1>Courses matching "mentor"</h1>{first}</div>')))
    docs.append(_other(TEACH, "/p/mentoring-in-the-stacks", _teach(
        u, "Mentoring in the Stacks", '<div class="course-block block hero"><h1 class="course-title">Mentoring in the '
        'Stacks</h1><h2 class="course-subtitle">Build the professional network your first job did not give you</h2>'
        '<a class="btn btn-primary btn-lg" href="#pricing">Enroll in Course</a></div><div class="course-block block '
        'curriculum"><h2>Class Curriculum</h2><div class="course-section"><div class="section-title">Getting started'
        f'</div><ul class="section-list">{curriculum}</ul></div></div><div class="course-block block bio"><h2>Your '
        f'Instructor</h2><a href="{u("/p/about-grace")}">Grace Liang</a></div><div class="course-block block '
        'pricing" id="pricing"><h2>$49</h2></div>',
        '<meta property="og:type" content="product">'
        + _ld({"@context": "https://schema.org", "@type": "Course", "name": "Mentoring in the Stacks",
               "provider": {"@type": "Organization", "name": "Stacks Career School"}}))))
    docs.append(_other(TEACH, "/p/about-grace", _teach(
        u, "About Grace", '<div class="block bio"><h1>Grace Liang</h1><p>Grace has been an academic librarian for '
        "fifteen years and runs workshops on career development for new professionals.</p><a href=\""
        f'{u("/p/mentoring-in-the-stacks")}">Her course</a></div>')))
    docs.append(_other(TEACH, "/p/contact", _teach(u, "Contact", "<h1>Contact</h1><p>Questions about a course? "
                                                   "Write to hello AT stackschool.example.</p>")))
    docs.append(_other(TEACH, COURSE + "/lectures/5599999", _teach(
        u, "Page not found", "<h1>The page you were looking for doesn't exist.</h1><p>You may have mistyped the "
        "address or the page may have moved.</p>"), status=404))
    return docs


def build(url: Callable[[str, str], str]) -> list[Doc]:
    def on(host):
        return lambda path: url(host, path)
    return (vuepress(on(VUE)) + gridsome(on(GRID)) + tildes(on(TILDES)) + sympa(on(SYMPA)) + patreon(on(PATREON))
            + steemit(on(STEEM)) + degruyter(on(DEG)) + contentdm(on(CDM)) + brightspace(on(D2L))
            + teachable(on(TEACH)))


class LabelledWeb38(ServedWeb):
    """Web 38 (see the module docstring)."""

    HOSTS = HOSTS
    START = {SYMPA: "/sympa", PATREON: "/archivistsdesk", DEG: "/journal/key/libri/html", CDM: "/digital",
             D2L: "/d2l/home/6606"}
    FIRST_ADDRESS = 440
    build = staticmethod(build)
