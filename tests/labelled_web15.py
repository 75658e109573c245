"""Web 15: a held-out labelled web of 104 pages on ten hosts, built from the texts and labels that
:mod:`tests.labelled_text15` committed before this file was written.

The hosts are put together from the (reduced) markup of ten platforms no earlier web uses: a Hugo blog on
the hello-friend-ng theme, a Jekyll al-folio academic site, a Vanilla Forums community, a Drupal 11 site on
the Olivero theme with Metatag's tags, a WordPress blog on aThemes' Sydney theme with All in One SEO's
metadata, an Oxford Academic-like journal on Silverchair's platform with ``citation_*`` tags, a YouTube-like
video site, an Mbin instance, a Buzzsprout podcast website and a Nuxt Content blog. Each host has its own
listings, tags, categories, search pages, profiles, about and contact pages where its platform has them; the
errors are real 404s and one soft 404 (a 200)::

    with LabelledWeb15() as web:
        web.seeds, web.hosts_env, web.labels
"""

from __future__ import annotations

import json
import zlib
from typing import Callable

from tests.labelled_text15 import (FORUM, JOURNAL, NEWS, OTHER, PODCAST, RETIREE, SCHOLAR, STUDENT, THREADS,
                                   VENDOR, VIDEO, WORKS, Work)
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

HOSTS = (RETIREE, SCHOLAR, FORUM, NEWS, VENDOR, JOURNAL, VIDEO, THREADS, PODCAST, STUDENT)
KINDS = {(h, p): k for h, p, k in OTHER}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def on(host: str) -> list[tuple[str, Work]]:
    """The works of ``host``, newest first."""
    return sorted(((k, w) for k, w in WORKS.items() if w.host == host), key=lambda kw: kw[1].date, reverse=True)


def work_doc(w: Work, body: str | bytes, content_type: str = "text/html; charset=utf-8") -> Doc:
    return Doc(w.host, w.path, w.kind, w.grade, body if isinstance(body, bytes) else body.encode(), content_type)


def other_doc(host: str, path: str, body: str, status: int = 200) -> Doc:
    return Doc(host, path, KINDS[(host, path)], 0, body.encode(), status=status)


def long_date(d: str) -> str:
    y, m, day = d.split("-")
    return f"{MONTHS[int(m) - 1]} {int(day)}, {y}"


def short_date(d: str) -> str:
    y, m, day = d.split("-")
    return f"{MONTHS[int(m) - 1][:3]} {int(day)}, {y}"


def words(w: Work) -> int:
    return sum(len(p.split()) for p in w.paras) + sum(len(t.split()) for _, t in w.replies)


def ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


# --- Hugo, hello-friend-ng: a retired librarian's blog ---------------------------------------------------------

HF_SITE = "Next Chapter"


def _hf(u, title: str, main: str, head: str = "", path: str = "/") -> str:
    full = f"{title} | {HF_SITE}" if title != HF_SITE else HF_SITE
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" '
            f'content="IE=edge,chrome=1"><title>{esc(full)}</title><meta name="viewport" content="width=device-width, '
            f'initial-scale=1"><meta name="robots" content="noodp"><link rel="canonical" href="{u(path)}">'
            f'<link rel="stylesheet" href="{u("/css/main.min.css")}"><meta name="generator" content="Hugo 0.121.1">'
            f'<link rel="alternate" type="application/rss+xml" href="{u("/posts/index.xml")}" title="{HF_SITE}">'
            f'{head}</head><body class=""><div class="container"><header class="header"><span class="header__inner">'
            f'<a href="{u("/")}" style="text-decoration: none;"><div class="logo"><span class="logo__mark">&gt;'
            f'</span><span class="logo__text">$ cd /home/margaret</span><span class="logo__cursor"></span></div></a>'
            f'<span class="header__right"><nav class="menu"><ul class="menu__inner"><li><a href="{u("/about/")}">'
            f'About</a></li><li><a href="{u("/posts/")}">Posts</a></li></ul></nav><span class="menu-trigger">'
            f'<svg viewBox="0 0 24 24"><path d="M0 0h24v24H0z" fill="none"/></svg></span><span class="theme-toggle '
            f'not-selectable"></span></span></span></header><div class="content">{main}</div>'
            f'<footer class="footer"><div class="footer__inner"><div class="footer__content"><span>&copy; 2024'
            f'</span><span><a href="{u("/")}">Margaret Ellery</a></span><span><a href="https://creativecommons.org/'
            f'licenses/by-nc/4.0/" target="_blank" rel="noopener">CC BY-NC 4.0</a></span></div></div>'
            f'<div class="footer__inner"><div class="footer__content"><span>Powered by <a href="http://gohugo.io">'
            f'Hugo</a></span><span>Made with &#10084; by <a href="https://github.com/rhazdon">Djordje Atlialp</a>'
            f'</span></div></div></footer></div><script type="text/javascript" src="{u("/bundle.min.js")}"></script>'
            f"</body></html>")


def _hf_tags(w: Work, u) -> str:
    return " ".join(f'<span class="tag"><a href="{u("/tags/mentoring/")}">{esc(t)}</a></span>' if t == "mentoring"
                    else f'<span class="tag">#{esc(t)}</span>' for t in w.tags)


def _hf_post(w: Work, u, blogroll: str) -> Doc:
    paras = list(w.paras)
    body = ps(paras)
    if w.path.endswith("/the-mentors-i-never-met/"):
        body += (f'<p><em>Update:</em> an older post of mine, <a href="{u("/posts/twitter-chats-i-miss/")}">on the '
                 f"Twitter chats I miss</a>, went missing in the move to Hugo.</p>")
    mins = max(1, round(words(w) / 200))
    head = (f'<meta name="description" content="{esc(w.paras[0][:150])}"><meta property="og:title" '
            f'content="{esc(w.title)}"><meta property="og:description" content="{esc(w.paras[0][:150])}">'
            f'<meta property="og:type" content="article"><meta property="og:url" content="{u(w.path)}">'
            f'<meta property="article:section" content="posts"><meta property="article:published_time" '
            f'content="{w.date}T08:00:00+00:00"><meta itemprop="name" content="{esc(w.title)}">'
            f'<meta itemprop="datePublished" content="{w.date}T08:00:00+00:00"><meta itemprop="wordCount" '
            f'content="{words(w)}"><meta name="twitter:card" content="summary">')
    main = (f'<main class="post"><div class="post-info"><p><svg class="feather feather-clock"></svg>{mins} minutes '
            f'read (About {words(w)} words)</p></div><article><h1 class="post-title"><a href="{u(w.path)}">'
            f'{esc(w.title)}</a></h1><div class="post-content">{body}</div></article><hr><div class="post-info">'
            f'<p><svg class="feather feather-tag"></svg>{_hf_tags(w, u)}</p><p><svg class="feather '
            f'feather-calendar"></svg>{short_date(w.date)}</p></div>{blogroll}</main>')
    return work_doc(w, _hf(u, w.title, main, head, w.path))


def _hf_list(u, path: str, heading: str, items: list[Work], pager: str = "") -> Doc:
    groups: dict[str, list[Work]] = {}
    for w in items:
        groups.setdefault(w.date[:4], []).append(w)
    lists = "".join(f'<div class="posts-group"><div class="post-year">{y}</div><ul class="posts-list">'
                    + "".join(f'<li class="post-item"><a href="{u(w.path)}"><span class="post-title">{esc(w.title)}'
                              f'</span><span class="post-day">{short_date(w.date)[:-6]}</span></a></li>' for w in ws)
                    + "</ul></div>" for y, ws in groups.items())
    main = f'<main class="posts"><h1>{esc(heading)}</h1>{lists}{pager}</main>'
    return other_doc(RETIREE, path, _hf(u, heading, main, '<meta property="og:type" content="website">', path))


def hugo(u, url) -> list[Doc]:
    works = [w for _, w in on(RETIREE)]
    blogroll = (f'<div class="post-info"><p>Friends elsewhere: <a href="{url(SCHOLAR, "/")}">Adaeze Okafor</a> '
                f'&middot; <a href="{url(FORUM, "/")}">InfoPros Community</a></p></div>')
    docs = [_hf_post(w, u, blogroll if i % 2 == 0 else "") for i, w in enumerate(works)]
    pager1 = (f'<div class="pagination"><div class="pagination__buttons"><span class="button next"><a href="'
              f'{u("/posts/page/2/")}"><span class="button__text">Older posts</span><span class="button__icon">'
              f"&rarr;</span></a></span></div></div>")
    pager2 = (f'<div class="pagination"><div class="pagination__buttons"><span class="button previous"><a href="'
              f'{u("/posts/")}"><span class="button__icon">&larr;</span><span class="button__text">Newer posts'
              f"</span></a></span></div></div>")
    docs += [_hf_list(u, "/posts/", "Posts", works[:4], pager1),
             _hf_list(u, "/posts/page/2/", "Posts", works[4:], pager2),
             _hf_list(u, "/tags/mentoring/", "mentoring", [w for w in works if "mentoring" in w.tags])]
    home = ('<div class="index-content"><div class="framed"><h1>Next Chapter</h1><p>Notes from a retired library '
            "director: the garden, the family slides, books, and now and then the old job.</p></div>"
            f'<ul class="posts-list">' + "".join(f'<li class="post-item"><a href="{u(w.path)}"><span class="post-'
                                                 f'title">{esc(w.title)}</span></a></li>' for w in works[:3])
            + f'</ul><p><a href="{u("/posts/")}">All posts</a></p></div>')
    docs.append(other_doc(RETIREE, "/", _hf(u, HF_SITE, f'<main aria-role="main">{home}</main>',
                                            '<meta property="og:type" content="website">')))
    about = ('<main class="post"><article><h1 class="post-title">About</h1><div class="post-content"><p>I was a '
             "public library director in three counties over forty years and retired in 2022. I live with my "
             "husband Tom, a great many roses and a very old cat.</p><p>You can find me on Mastodon, or write to "
             "me at margaret at this domain.</p></div></article></main>")
    docs.append(other_doc(RETIREE, "/about/", _hf(u, "About", about, "", "/about/")))
    lost = ('<main class="post"><div class="post-content"><h1 class="post-title">404 &mdash; Page not found</h1>'
            f'<p>Sorry, this page does not exist. <a href="{u("/")}">Go back home</a>.</p></div></main>')
    docs.append(other_doc(RETIREE, "/posts/twitter-chats-i-miss/", _hf(u, "404 Page not found", lost), 404))
    return docs


# --- Jekyll, al-folio: a researcher's site -----------------------------------------------------------------------

AF_NAME = "Adaeze Okafor"


def _af(u, title: str, path: str, main: str, head: str = "", active: str = "") -> str:
    def item(href, label):
        on_ = " active" if label == active else ""
        return f'<li class="nav-item{on_}"><a class="nav-link" href="{u(href)}">{label}</a></li>'

    full = f"{AF_NAME} | {title}" if title else AF_NAME
    return (f'<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; '
            f'charset=UTF-8"><meta charset="utf-8"><meta name="viewport" content="width=device-width, '
            f'initial-scale=1, shrink-to-fit=no"><meta http-equiv="X-UA-Compatible" content="IE=edge">'
            f"<title>{esc(full)}</title><meta name=\"author\" content=\"{AF_NAME}\"><meta name=\"keywords\" "
            f'content="library and information science, professional learning, archives">'
            f'<meta property="og:site_name" content="{AF_NAME}"><meta property="og:title" content="{esc(full)}">'
            f'<meta property="og:url" content="{u(path)}">{head}<link rel="stylesheet" href="'
            f'{u("/assets/css/main.css")}"><link rel="canonical" href="{u(path)}"></head><body class="fixed-top-nav ">'
            f'<header><nav id="navbar" class="navbar navbar-light navbar-expand-sm fixed-top" role="navigation">'
            f'<div class="container"><a class="navbar-brand title font-weight-lighter" href="{u("/")}"><span '
            f'class="font-weight-bold">Adaeze </span>Okafor</a><button class="navbar-toggler collapsed ml-auto" '
            f'type="button" data-toggle="collapse" data-target="#navbarNav"><span class="sr-only">Toggle '
            f'navigation</span></button><div class="collapse navbar-collapse text-right" id="navbarNav"><ul '
            f'class="navbar-nav ml-auto flex-nowrap">{item("/", "about")}{item("/blog/", "blog")}'
            f'{item("/publications/", "publications")}{item("/cv/", "cv")}</ul></div></div></nav></header>'
            f'<div class="container mt-5" role="main">{main}</div><footer class="fixed-bottom" role="contentinfo">'
            f'<div class="container mt-0">&copy; Copyright 2025 {AF_NAME}. Powered by <a href="https://jekyllrb.com/"'
            f' target="_blank">Jekyll</a> with <a href="https://github.com/alshedivat/al-folio" rel="external '
            f'nofollow noopener" target="_blank">al-folio</a> theme.</div></footer></body></html>')


def _af_tags(w: Work, u) -> str:
    parts = [f'<i class="fa-solid fa-calendar fa-sm"></i> {w.date[:4]}']
    for t in w.tags:
        if t == "mentoring":
            parts.append(f'<a href="{u("/blog/tag/mentoring/")}"><i class="fa-solid fa-hashtag fa-sm"></i> '
                         f"mentoring</a>")
        else:
            parts.append(f'<i class="fa-solid fa-hashtag fa-sm"></i> {esc(t)}')
    if "conferences" in w.tags:
        parts.append(f'<a href="{u("/blog/category/conferences/")}"><i class="fa-solid fa-tag fa-sm"></i> '
                     f"conferences</a>")
    return '<p class="post-tags">' + " &nbsp; &middot; &nbsp; ".join(parts) + "</p>"


def _af_post(w: Work, u) -> Doc:
    head = (f'<meta name="description" content="{esc(w.paras[0][:160])}"><meta property="og:type" content="article">'
            f'<meta property="og:description" content="{esc(w.paras[0][:160])}">'
            + ld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": w.title,
                  "datePublished": w.date + "T00:00:00+00:00", "author": {"@type": "Person", "name": w.author},
                  "url": u(w.path)}))
    main = (f'<div class="post"><header class="post-header"><h1 class="post-title">{esc(w.title)}</h1><p '
            f'class="post-meta">{long_date(w.date)}</p>{_af_tags(w, u)}</header><article class="post-content">'
            f'<div id="markdown-content">{ps(w.paras)}</div></article></div>')
    return work_doc(w, _af(u, w.title, w.path, main, head, "blog"))


def _af_list(u, posts: list[Work]) -> str:
    return '<ul class="post-list">' + "".join(
        f'<li><h3><a class="post-title" href="{u(w.path)}">{esc(w.title)}</a></h3><p>{cut(w.paras[0], 160)}</p>'
        f'<p class="post-meta">{max(1, round(words(w) / 200))} min read &nbsp; &middot; &nbsp; {long_date(w.date)}'
        f"</p>{_af_tags(w, u)}</li>" for w in posts) + "</ul>"


def alfolio(u, url) -> list[Doc]:
    works = [w for _, w in on(SCHOLAR)]
    posts = [w for w in works if w.kind == "article"]
    paper = WORKS["s-pdf"]
    docs = [_af_post(w, u) for w in posts]
    docs.append(work_doc(paper, pdf(list(paper.paras)), "application/pdf"))
    cloud = (f'<div class="tag-category-list"><ul class="p-0 m-0"><li><i class="fa-solid fa-hashtag fa-sm"></i> '
             f'<a href="{u("/blog/tag/mentoring/")}">mentoring</a></li><p>&bull;</p><li><i class="fa-solid fa-tag '
             f'fa-sm"></i> <a href="{u("/blog/category/conferences/")}">conferences</a></li></ul></div>')
    docs.append(other_doc(SCHOLAR, "/blog/", _af(u, "blog", "/blog/", (
        f'<div class="post"><div class="header-bar"><h1>blog</h1><h2>notes on research and teaching</h2></div>'
        f"{cloud}{_af_list(u, posts)}</div>"), active="blog")))
    for path, name in (("/blog/tag/mentoring/", "mentoring"), ("/blog/category/conferences/", "conferences")):
        chosen = [w for w in posts if name in w.tags]
        docs.append(other_doc(SCHOLAR, path, _af(u, name, path, (
            f'<div class="post"><div class="header-bar"><h1>{name}</h1><h2>an archive of posts '
            f'{"with this tag" if "tag" in path else "in this category"}</h2></div>{_af_list(u, chosen)}</div>'),
            active="blog")))
    pubs = [(paper.title, "<em>Adaeze Okafor</em>, and Luis Beltran", "<em>Working paper</em>, Sep 2024",
             f'<a href="{u(paper.path)}" class="btn btn-sm z-depth-0" role="button">PDF</a>', "WP"),
            ("Where early-career librarians ask for help: a survey", "<em>Adaeze Okafor</em>",
             "<em>College &amp; Research Libraries</em>, 2022", '<a href="https://doi.org/10.5860/crl.83.4.612" '
             'class="btn btn-sm z-depth-0" role="button">DOI</a>', "C&amp;RL"),
            ("Co-citation structure of archival science, 1990-2020", "Luis Beltran, and <em>Adaeze Okafor</em>",
             "<em>Archival Science</em>, 2021", '<a href="https://doi.org/10.1007/s10502-021-09360-2" '
             'class="btn btn-sm z-depth-0" role="button">DOI</a>', "ArchSci")]
    items = "".join(f'<li><div class="row"><div class="col-sm-2 abbr"><abbr class="badge">{ab}</abbr></div><div '
                    f'class="col-sm-8"><div class="title">{esc(t)}</div><div class="author">{a}</div><div '
                    f'class="periodical">{p}</div><div class="links">{lk}</div></div></div></li>'
                    for t, a, p, lk, ab in pubs)
    docs.append(other_doc(SCHOLAR, "/publications/", _af(u, "publications", "/publications/", (
        '<div class="post"><header class="post-header"><h1 class="post-title">publications</h1><p class="post-'
        'description">publications by categories in reversed chronological order.</p></header><article><div '
        f'class="publications"><h2 class="bibliography">2024</h2><ol class="bibliography">{items}</ol></div>'
        "</article></div>"), active="publications")))
    news = "".join(f'<tr><th scope="row">{short_date(w.date)}</th><td><a class="news-title" href="{u(w.path)}">'
                   f"{esc(w.title)}</a></td></tr>" for w in posts[:3])
    docs.append(other_doc(SCHOLAR, "/", _af(u, "", "/", (
        '<div class="post"><header class="post-header"><h1 class="post-title"><span class="font-weight-bold">'
        'Adaeze</span> Okafor</h1><p class="desc">Associate Professor, School of Information.</p></header><article>'
        '<div class="clearfix"><p>I study how library and archives workers learn their jobs, from each other and '
        "from the communities they build online. I teach research methods and information behaviour.</p></div>"
        f'<h2>latest posts</h2><div class="news"><table class="table table-sm table-borderless">{news}</table></div>'
        f'<h2><a href="{u("/publications/")}" style="color: inherit;">selected publications</a></h2><p><a href="'
        f'{u(paper.path)}">{esc(paper.title)}</a> (working paper, 2024).</p><div class="social"><div '
        'class="contact-icons"><a href="mailto:okafor@example.edu" title="email"><i class="fa-solid '
        'fa-envelope"></i></a> <a href="https://orcid.org/0000-0002-1825-0097" title="ORCID"><i class="ai '
        'ai-orcid"></i></a></div></div></article></div>'), active="about")))
    docs.append(other_doc(SCHOLAR, "/cv/", _af(u, "cv", "/cv/", (
        '<div class="post"><header class="post-header"><h1 class="post-title">cv</h1></header><article><div '
        'class="cv"><h3 class="card-title">Education</h3><ul class="card-text"><li>PhD, Information Science, '
        "2014</li><li>MLIS, 2008</li></ul><h3 class=\"card-title\">Experience</h3><ul class=\"card-text\"><li>"
        "Associate Professor, School of Information, 2020-</li><li>Assistant Professor, 2014-2020</li><li>"
        "Reference librarian, 2008-2010</li></ul></div></article></div>"), active="cv")))
    return docs


# --- Vanilla Forums ----------------------------------------------------------------------------------------------

VF_SITE = "InfoPros Community"
VF_CAREER = ("f-slack-mentor", "f-solo-group", "f-career-change")
VF_CATS = {"f-scanners": "Tech Talk", "f-weeding": "Collections", "f-mentor-texts": "School Libraries"}


def _vf_user(name: str, u) -> str:
    if name == "greta_h":
        return f'<a href="{u("/profile/greta_h")}" class="Username">greta_h</a>'
    return f'<span class="Username">{esc(name)}</span>'


def _vf_cat(key: str, u) -> str:
    if key in VF_CAREER:
        return f'<a href="{u("/categories/career-development")}">Career Development</a>'
    return esc(VF_CATS[key])


def _vf(u, title: str, body_id: str, main: str, head: str = "", path: str = "/") -> str:
    panel = (f'<div class="Panel" id="Panel"><div class="SearchBox"><form method="get" action="{u("/search")}">'
             f'<input type="text" id="Form_Search" name="Search" value="" placeholder="Search" class="InputBox">'
             f'<input type="submit" class="Button" value="Go"></form></div><div class="Box BoxCategories"><h4>'
             f'Categories</h4><ul class="PanelInfo PanelCategories"><li class="ClearFix"><a href="'
             f'{u("/categories/career-development")}" class="ItemLink">Career Development</a></li>'
             f'<li class="ClearFix">Collections</li><li class="ClearFix">School Libraries</li><li class="ClearFix">'
             f'Tech Talk</li></ul></div><div class="Box"><h4>Popular searches</h4><ul class="PanelInfo"><li><a '
             f'href="{u("/search?Search=mentor")}">mentor</a></li></ul></div></div>')
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} &mdash; {VF_SITE}'
            f'</title><link rel="stylesheet" href="{u("/applications/dashboard/design/style.css")}"><link '
            f'rel="canonical" href="{u(path)}"><meta property="og:site_name" content="{VF_SITE}">{head}'
            f'</head><body id="{body_id}" class="Vanilla isDesktop"><div id="Frame"><div class="Head" id="Head">'
            f'<div class="Row"><strong class="SiteTitle"><a href="{u("/")}">{VF_SITE}</a></strong><ul '
            f'class="SiteMenu"><li><a href="{u("/")}">Discussions</a></li><li><a href="'
            f'{u("/categories/career-development")}">Career Development</a></li></ul></div></div><div id="Body">'
            f'<div class="Row"><div class="BreadcrumbsWrapper"><span class="Breadcrumbs"><span class="CrumbLabel '
            f'HomeCrumb"><a href="{u("/")}">Home</a></span></span></div><div class="Column ContentColumn" '
            f'id="Content">{main}</div>{panel}</div></div><div id="Foot"><div class="Row"><a href="https://'
            f'vanillaforums.com" class="PoweredByVanilla" title="Community Software by Vanilla Forums">Forum '
            f"Software Powered by Vanilla</a></div></div></div></body></html>")


def _vf_item(name: str, date: str, text_html: str, u, n: int, cls: str) -> str:
    return (f'<li class="Item {cls}" id="Comment_{n}"><div class="Comment"><div class="Item-Header CommentHeader">'
            f'<div class="AuthorWrap"><span class="Author">{_vf_user(name, u)}</span></div><div class="Meta '
            f'CommentMeta CommentInfo"><span class="MItem DateCreated"><time datetime="{date}T12:00:00+00:00">'
            f'{long_date(date)}</time></span></div></div><div class="Item-BodyWrap"><div class="Item-Body"><div '
            f'class="Message userContent">{text_html}</div></div></div></div></li>')


def _vf_post(key: str, w: Work, u) -> Doc:
    n = int(w.path.split("/")[2])
    opening = (f'<div class="MessageList Discussion"><div class="Item ItemDiscussion"><div class="Discussion">'
               f'<div class="Item-Header DiscussionHeader"><div class="AuthorWrap"><span class="Author">'
               f'{_vf_user(w.author, u)}</span><span class="AuthorInfo"><span class="MItem RoleTitle">Member</span>'
               f'</span></div><div class="Meta DiscussionMeta"><span class="MItem DateCreated"><time datetime="'
               f'{w.date}T09:14:00+00:00">{long_date(w.date)}</time></span><span class="MItem Category">'
               f'{_vf_cat(key, u)}</span></div></div><div class="Item-BodyWrap"><div class="Item-Body"><div '
               f'class="Message userContent">{ps(w.paras)}</div></div></div></div></div></div>')
    comments = "".join(_vf_item(who, w.date, ps([t]), u, n * 10 + i, "ItemComment")
                       for i, (who, t) in enumerate(w.replies))
    main = (f'<div class="PageTitle"><h1>{esc(w.title)}</h1></div>{opening}<h2 class="CommentHeading">Comments</h2>'
            f'<ul class="MessageList DataList Comments">{comments}</ul>')
    head = (f'<meta name="description" content="{esc(w.paras[0][:160])}"><meta property="og:type" content="article">'
            f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:url" content="{u(w.path)}">'
            f'<meta property="og:description" content="{esc(w.paras[0][:160])}">'
            + ld({"@context": "https://schema.org", "@type": "DiscussionForumPosting", "headline": w.title,
                  "text": w.paras[0], "url": u(w.path), "dateCreated": w.date + "T09:14:00+00:00",
                  "author": {"@type": "Person", "name": w.author},
                  "interactionStatistic": {"@type": "InteractionCounter",
                                           "interactionType": "https://schema.org/CommentAction",
                                           "userInteractionCount": len(w.replies)}}))
    return work_doc(w, _vf(u, w.title, "vanilla_discussion_index", main, head, w.path))


def _vf_rows(items: list[tuple[str, Work]], u) -> str:
    return '<ul class="DataList Discussions">' + "".join(
        f'<li id="Discussion_{w.path.split("/")[2]}" class="Item ItemDiscussion"><div class="ItemContent Discussion">'
        f'<div class="Title" role="heading" aria-level="3"><a href="{u(w.path)}">{esc(w.title)}</a></div><div '
        f'class="Meta Meta-Discussion"><span class="MItem MCount CommentCount">{len(w.replies)} comments</span>'
        f'<span class="MItem LastCommentBy">Started by {_vf_user(w.author, u)}</span><span class="MItem Category">'
        f"{_vf_cat(k, u)}</span></div></div></li>" for k, w in items) + "</ul>"


def vanilla(u, url) -> list[Doc]:
    items = on(FORUM)
    docs = [_vf_post(k, w, u) for k, w in items]
    docs.append(other_doc(FORUM, "/", _vf(u, "Recent Discussions", "vanilla_discussions_index", (
        f'<h1 class="H HomepageTitle">Recent Discussions</h1>{_vf_rows(items, u)}'),
        '<meta property="og:type" content="website">')))
    career = [(k, w) for k, w in items if k in VF_CAREER]
    docs.append(other_doc(FORUM, "/categories/career-development", _vf(
        u, "Career Development", "vanilla_categories_index", (
            '<h1 class="H">Career Development</h1><div class="P PageDescription">Jobs, interviews, changing '
            f"tracks, and finding people to learn from.</div>{_vf_rows(career, u)}"),
        path="/categories/career-development")))
    hers = [(k, w) for k, w in items if w.author == "greta_h"]
    docs.append(other_doc(FORUM, "/profile/greta_h", _vf(u, "greta_h", "dashboard_profile_index", (
        '<div class="Profile"><div class="User" itemscope itemtype="http://schema.org/Person"><h1 class="H">'
        'greta_h</h1><div class="About P"><h2 class="H">About</h2><dl class="About"><dt class="Name">Username</dt>'
        '<dd class="Name" itemprop="name">greta_h</dd><dt class="Joined">Joined</dt><dd class="Joined">March 2016'
        '</dd><dt class="Roles">Roles</dt><dd class="Roles">Member, Moderator</dd></dl></div></div><div '
        f'class="DataListWrap"><h2 class="H">Discussions</h2>{_vf_rows(hers, u)}<ul class="DataList"><li '
        f'class="Item"><a href="{u("/discussion/877/mentoring-roundup-2019")}">Mentoring roundup 2019</a></li>'
        "</ul></div></div>"), '<meta property="og:type" content="profile">', "/profile/greta_h")))
    hits = [(k, w) for k, w in items if "mentor" in (w.title + " ".join(w.paras)).lower()]
    results = '<ol id="search-results" class="DataList DataList-Search">' + "".join(
        f'<li class="Item Item-Search"><h3><a href="{u(w.path)}">{esc(w.title)}</a></h3><div class="Item-Body '
        f'Media"><div class="Media-Body"><div class="Meta"><span class="MItem-Author">by {_vf_user(w.author, u)}'
        f'</span></div><div class="Summary">{cut(w.paras[0], 200)}</div></div></div></li>' for k, w in hits) + "</ol>"
    docs.append(other_doc(FORUM, "/search?Search=mentor", _vf(u, "Search", "dashboard_search_index", (
        f'<h1 class="H">Search results for &lsquo;mentor&rsquo;</h1>{results}'), path="/search?Search=mentor")))
    docs.append(other_doc(FORUM, "/discussion/877/mentoring-roundup-2019", _vf(
        u, "Not Found", "dashboard_home_filenotfound", (
        '<div class="Center SplashInfo"><h1>Page Not Found</h1><div id="Message">The page you were looking for '
        "could not be found.</div></div>")), 404))
    return docs


# --- Drupal 11, Olivero, with Metatag: an association's newsroom -------------------------------------------------

DR_SITE = "California Library Workers Association"
DR_NODES = {"n-program": 212, "n-conference": 198, "n-legislative": 219, "n-spotlight": 207}
DR_TERM7 = "Professional development"


def _dr(u, title: str, path: str, body_class: str, main: str, head: str = "") -> str:
    nav = "".join(f'<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">'
                  f'<a href="{u(h)}" class="primary-nav__menu-link primary-nav__menu-link--link '
                  f'primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner '
                  f'primary-nav__menu-link-inner--level-1">{label}</span></a></li>'
                  for h, label in (("/", "Home"), ("/news", "News"), ("/about", "About"), ("/contact", "Contact")))
    return (f'<!DOCTYPE html><html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:'
            f'79%;--color--primary-lightness:50"><head><meta charset="utf-8"><meta name="Generator" content="Drupal '
            f'11 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly"'
            f' content="true"><meta name="viewport" content="width=device-width, initial-scale=1.0"><link '
            f'rel="canonical" href="{u(path)}"><meta property="og:site_name" content="{DR_SITE}">{head}<title>'
            f'{esc(title)} | {DR_SITE}</title><link rel="stylesheet" media="all" href="'
            f'{u("/sites/default/files/css/css_olivero.css")}"></head><body class="{body_class}"><a '
            f'href="#main-content" class="visually-hidden '
            f'focusable skip-link">Skip to main content</a><div class="dialog-off-canvas-main-canvas" '
            f'data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page"><header '
            f'id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div '
            f'class="site-header__fixable" data-drupal-selector="site-header-fixable"><div id="site-header__inner" '
            f'class="site-header__inner"><div class="container site-header__inner__container"><div '
            f'id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div '
            f'class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name"><a '
            f'href="{u("/")}" title="Home" rel="home">{DR_SITE}</a></div></div></div></div><div id="header-nav" '
            f'class="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block-menu" '
            f'aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden '
            f'block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu '
            f'primary-nav__menu--level-1">{nav}</ul></nav><div class="search-block-form block block-search-narrow" '
            f'id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="'
            f'{u("/search/node")}" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-'
            f'item form-item form-item-keys form-no-label"><label for="edit-keys" class="form-item__label '
            f'visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder='
            f'"Search by keyword or phrase." type="search" id="edit-keys" name="keys" value="" size="15" '
            f'maxlength="128" class="form-search form-element form-element--type-search"></div><div class="form-'
            f'actions js-form-wrapper form-wrapper"><button class="button--primary search-form__submit button '
            f'js-form-submit form-submit" type="submit" value="Search"><span class="icon--search"></span><span '
            f'class="visually-hidden">Search</span></button></div></form></div></div></div></div></div></div>'
            f'</header><div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" '
            f'class="layout-main"><div class="main-content"><a id="main-content" tabindex="-1"></a><div '
            f'class="region region--breadcrumb grid-full layout--pass--content-medium"><nav class="breadcrumb" '
            f'role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-'
            f'hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list"><li '
            f'class="breadcrumb__item"><a href="{u("/")}" class="breadcrumb__link">Home</a></li></ol></div></nav>'
            f'</div><div class="region region--content-above grid-full layout--pass--content-medium"><div '
            f'id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title '
            f'page-title">{esc(title)}</h1></div></div><div class="region region--content grid-full '
            f'layout--pass--content-medium" id="content" role="main"><div id="block-olivero-content" class="block '
            f'block-system block-system-main-block"><div class="block__content">{main}</div></div></div></div>'
            f'</div></div><footer class="site-footer"><div class="site-footer__inner container"><div class="region '
            f'region--footer-top grid-full"><nav role="navigation" id="block-olivero-footer" class="block '
            f'block-menu navigation menu--footer"><ul class="menu"><li class="menu__item"><a href="{u("/about")}">'
            f'About us</a></li><li class="menu__item"><a href="{u("/contact")}">Contact</a></li></ul></nav></div>'
            f'<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block '
            f'block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal'
            f"</a></span></div></div></div></footer></div></div></body></html>")


def _dr_meta(w: Work) -> str:
    return (f'<div class="node__meta"><span class="node__author"><span class="field field--name-uid field--type-'
            f'entity-reference field--label-hidden"><span>{esc(w.author)}</span></span></span> <span '
            f'class="node__meta__date"><span class="field field--name-created field--type-created field--label-'
            f'hidden"><time datetime="{w.date}T12:00:00-08:00" title="{long_date(w.date)}" class="datetime">'
            f'{w.date[5:7]}/{w.date[8:]}/{w.date[:4]} - 12:00</time></span></span></div>')


def _dr_tags(w: Work, u) -> str:
    items = "".join(f'<li class="field--tags__item"><a href="{u("/taxonomy/term/7")}" hreflang="en">{DR_TERM7}</a>'
                    f"</li>" if t == DR_TERM7 else f'<li class="field--tags__item">{esc(t)}</li>' for t in w.tags)
    return (f'<div class="field field--name-field-tags field--type-entity-reference field--label-above '
            f'field--tags"><h3 class="field__label field--tags__label">Tags</h3><ul class="links field__items '
            f'field--tags__items">{items}</ul></div>')


def _dr_article(key: str, w: Work, u) -> Doc:
    nid = DR_NODES[key]
    body = ps(w.paras)
    if key == "n-program":
        body += (f'<p>Read the <a href="{u(WORKS["n-guide"].path)}">program guide (PDF)</a> before you '
                 f"apply.</p>")
    head = (f'<link rel="shortlink" href="{u(f"/node/{nid}")}"><meta name="description" content="'
            f'{esc(w.paras[0][:200])}"><meta property="og:type" content="article"><meta property="og:url" '
            f'content="{u(w.path)}"><meta property="og:title" content="{esc(w.title)}"><meta '
            f'property="og:description" content="{esc(w.paras[0][:200])}"><meta property="article:published_time" '
            f'content="{w.date}T12:00:00-08:00">')
    main = (f'<article data-history-node-id="{nid}" class="node node--type-article node--promoted '
            f'node--view-mode-full"><header class="node__header">{_dr_meta(w)}</header><div class="node__content">'
            f'<div class="text-content clearfix field field--name-body field--type-text-with-summary '
            f'field--label-hidden field__item">{body}</div>{_dr_tags(w, u)}</div></article>')
    return work_doc(w, _dr(u, w.title, w.path, "path-node page-node-type-article", main, head))


def _dr_teasers(items: list[tuple[str, Work]], u) -> str:
    return "".join(
        f'<div class="views-row"><article data-history-node-id="{DR_NODES[k]}" class="node node--type-article '
        f'node--view-mode-teaser text-content"><header><h2 class="node__title"><a href="{u(w.path)}" '
        f'rel="bookmark"><span>{esc(w.title)}</span></a></h2>{_dr_meta(w)}</header><div class="node__content">'
        f'<div class="field field--name-body">{cut(w.paras[0], 220)}</div><ul class="links inline"><li '
        f'class="node-readmore"><a href="{u(w.path)}" rel="tag" hreflang="en">Read more<span '
        f'class="visually-hidden"> about {esc(w.title)}</span></a></li></ul></div></article></div>'
        for k, w in items)


def drupal(u, url) -> list[Doc]:
    items = [(k, w) for k, w in on(NEWS) if w.kind == "article"]
    docs = [_dr_article(k, w, u) for k, w in items]
    for key in ("n-guide", "n-finance"):
        w = WORKS[key]
        docs.append(work_doc(w, pdf(list(w.paras)), "application/pdf"))
    view = '<div class="views-element-container"><div class="view view-frontpage view-id-frontpage">'
    docs.append(other_doc(NEWS, "/", _dr(u, "Welcome", "/", "path-frontpage", (
        f'{view}<div class="view-content">{_dr_teasers(items[:3], u)}</div><nav class="pager" role="navigation">'
        f'<ul class="pager__items js-pager__items"><li class="pager__item"><a href="{u("/news")}">All news</a>'
        f"</li></ul></nav></div></div>"), '<meta property="og:type" content="website">')))
    docs.append(other_doc(NEWS, "/news", _dr(u, "News", "/news", "path-news", (
        f'{view}<div class="view-content">{_dr_teasers(items, u)}</div></div></div>'))))
    term = [(k, w) for k, w in items if DR_TERM7 in w.tags]
    docs.append(other_doc(NEWS, "/taxonomy/term/7", _dr(u, DR_TERM7, "/taxonomy/term/7", "path-taxonomy", (
        f'<div class="view view-taxonomy-term"><div class="view-content">{_dr_teasers(term, u)}</div><div '
        f'class="view-footer"><p><a href="{u("/search/node?keys=mentoring")}">Search all news about mentoring'
        f"</a></p></div></div>"))))
    hits = [(k, w) for k, w in items if "mentoring" in " ".join(w.paras).lower()]
    results = "".join(f'<li><h3 class="search-result__title"><a href="{u(w.path)}">{esc(w.title)}</a></h3><div '
                      f'class="search-result__snippet-info"><p class="search-result__snippet">{cut(w.paras[0], 180)}'
                      f'</p><p class="search-result__info">{esc(w.author)} - {w.date}</p></div></li>'
                      for k, w in hits)
    docs.append(other_doc(NEWS, "/search/node?keys=mentoring", _dr(
        u, "Search", "/search/node?keys=mentoring", "path-search", (
            '<h2>Search results</h2><ol class="search-results node_search-results">' + results + "</ol>"))))
    finance = WORKS["n-finance"]
    docs.append(other_doc(NEWS, "/about", _dr(u, "About us", "/about", "path-node page-node-type-page", (
        '<article class="node node--type-page node--view-mode-full"><div class="node__content"><div '
        'class="text-content clearfix field field--name-body">'
        "<p>The association represents more than 3,000 library workers in public, academic, school and special "
        "libraries across the state. We advocate for library funding, run the annual conference, and support "
        "members through round tables and sections.</p><p>Governance documents: <a href=\""
        f'{u(finance.path)}">FY2024 financial report (PDF)</a>.</p><p>Past events: <a href="'
        f'{u("/events/mentor-meetup-2023")}">New members meetup 2023</a>.</p></div></div></article>'))))
    docs.append(other_doc(NEWS, "/contact", _dr(u, "Contact", "/contact", "path-contact", (
        '<form class="contact-message-feedback-form contact-message-form contact-form" action="/contact" '
        'method="post"><div class="form-item"><label for="edit-name">Your name</label><input type="text" '
        'id="edit-name" name="name"></div><div class="form-item"><label for="edit-mail">Your email address</label>'
        '<input type="email" id="edit-mail" name="mail"></div><div class="form-item"><label for="edit-message-0-'
        'value">Message</label><textarea id="edit-message-0-value" name="message[0][value]"></textarea></div>'
        '<input type="submit" value="Send message" class="button button--primary"></form><p>Association office, '
        "1055 E Street, Sacramento. Phone (916) 555-0142.</p>"))))
    docs.append(other_doc(NEWS, "/events/mentor-meetup-2023", _dr(u, "Page not found", "/events/mentor-meetup-2023",
                                                                  "path-system", (
        "<p>The requested page could not be found.</p>")), 404))
    return docs


# --- WordPress, Sydney, with All in One SEO: a software vendor's blog -------------------------------------------

SY_SITE = "Shelfwise"
SY_CATS = {"Webinars": "/category/webinars/"}


def _sy_head(u, title: str, path: str, og_type: str, graph: list, extra: str = "") -> str:
    schema = json.dumps({"@context": "https://schema.org", "@graph": graph})
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width='
            f'device-width, initial-scale=1"><link rel="profile" href="http://gmpg.org/xfn/11"><title>{esc(title)}'
            f'</title><!-- All in One SEO 4.5.3 - aioseo.com --><meta name="robots" content="max-image-preview:'
            f'large"><link rel="canonical" href="{u(path)}"><meta name="generator" content="All in One SEO '
            f'(AIOSEO) 4.5.3"><meta property="og:locale" content="en_US"><meta property="og:site_name" content="'
            f'{SY_SITE} - Library software that gets out of your way"><meta property="og:type" content="{og_type}">'
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:url" content="{u(path)}">{extra}'
            f'<meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="'
            f'{esc(title)}"><script type="application/ld+json" class="aioseo-schema">{schema}</script><!-- All in '
            f'One SEO --><meta name="generator" content="WordPress 6.4.3"><link rel="stylesheet" id="sydney-style-'
            f'min-css" href="{u("/wp-content/themes/sydney/css/styles.min.css")}" type="text/css" media="all">'
            f"</head>")


def _sy_body(u, body_class: str, main: str, recent: list[Work]) -> str:
    menu = "".join(f'<li class="menu-item menu-item-type-post_type"><a href="{u(h)}">{t}</a></li>'
                   for h, t in (("/", "Home"), ("/blog/", "Blog"), ("/about-us/", "About Us"),
                                ("/contact/", "Contact")))
    rec = "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in recent)
    return (f'<body class="{body_class} group-blog sydney-inline-svg"><div class="preloader"><div class="spinner">'
            f'<div class="pre-bounce1"></div><div class="pre-bounce2"></div></div></div><div id="page" class="hfeed '
            f'site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a><header id="masthead" '
            f'class="site-header" role="banner"><div class="header-wrap"><div class="container"><div class="row">'
            f'<div class="col-md-4 col-sm-8 col-xs-12"><h1 class="site-title"><a href="{u("/")}" rel="home">'
            f'{SY_SITE}</a></h1><p class="site-description">Library software that gets out of your way</p></div>'
            f'<div class="col-md-8 col-sm-4 col-xs-12"><div class="btn-menu"></div><nav id="mainnav" '
            f'class="mainnav" role="navigation"><div class="menu-main-container"><ul id="primary-menu" '
            f'class="menu">{menu}</ul></div></nav></div></div></div></div></header><div class="sydney-hero-area">'
            f'<div class="header-image"><div class="overlay"></div></div></div><div id="content" class="page-wrap">'
            f'<div class="container content-wrapper"><div class="row"><div id="primary" class="content-area '
            f'sidebar-left col-md-9"><main id="main" class="post-wrap" role="main">{main}</main></div><div '
            f'id="secondary" class="widget-area col-md-3" role="complementary"><aside id="search-2" class="widget '
            f'widget_search"><form role="search" method="get" class="search-form" action="{u("/")}"><label><span '
            f'class="screen-reader-text">Search for:</span><input type="search" class="search-field" name="s">'
            f'</label><input type="submit" class="search-submit" value="Search"></form></aside><aside '
            f'id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title">Recent Posts</h3>'
            f'<ul>{rec}</ul></aside></div></div></div></div><a class="go-top"><i class="sydney-svg-icon"></i></a>'
            f'<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info container"><a '
            f'href="https://wordpress.org/">Proudly powered by WordPress</a><span class="sep"> | </span>Theme: <a '
            f'href="https://athemes.com/theme/sydney" rel="nofollow">Sydney</a> by aThemes.</div></footer></div>'
            f"</body></html>")


def _sy_byline(w: Work, u) -> str:
    who = (f'<a class="url fn n" href="{u("/author/priya/")}">{esc(w.author)}</a>' if w.author == "Priya Natarajan"
           else esc(w.author))
    cat = w.tags[0]
    cat_html = f'<a href="{u(SY_CATS[cat])}" rel="category tag">{cat}</a>' if cat in SY_CATS else esc(cat)
    return (f'<div class="meta-post"><span class="posted-on">Posted on <a href="{u(w.path)}" rel="bookmark"><time '
            f'class="entry-date published" datetime="{w.date}T10:00:00+00:00">{long_date(w.date)}</time></a></span>'
            f'<span class="byline"> by <span class="author vcard">{who}</span></span><span class="cat-links"> in '
            f"{cat_html}</span></div>")


def _sy_post(w: Work, u, recent: list[Work]) -> Doc:
    pid = zlib.crc32(w.path.encode()) % 900 + 100
    body = ps(w.paras)
    if w.path.startswith("/webinar-recap"):
        body += (f'<p>Download our <a href="{u("/resources/mentoring-kit/")}">kit for mentoring new systems '
                 f"staff</a>.</p>")
    graph = [{"@type": "BlogPosting", "@id": u(w.path) + "#blogposting", "name": w.title, "headline": w.title,
              "author": {"@type": "Person", "name": w.author}, "publisher": {"@id": u("/") + "#organization"},
              "datePublished": w.date + "T10:00:00+00:00", "articleSection": w.tags[0],
              "mainEntityOfPage": {"@id": u(w.path) + "#webpage"}},
             {"@type": "Organization", "@id": u("/") + "#organization", "name": SY_SITE, "url": u("/")},
             {"@type": "WebPage", "@id": u(w.path) + "#webpage", "url": u(w.path), "name": w.title + " - " + SY_SITE}]
    extra = (f'<meta name="description" content="{esc(w.paras[0][:155])}"><meta property="og:description" content="'
             f'{esc(w.paras[0][:155])}"><meta property="article:published_time" content="{w.date}T10:00:00+00:00">'
             f'<meta property="article:section" content="{esc(w.tags[0])}">')
    main = (f'<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry">'
            f'<header class="entry-header"><h1 class="title-post entry-title">{esc(w.title)}</h1>{_sy_byline(w, u)}'
            f'</header><div class="entry-content">{body}</div><footer class="entry-footer"></footer></article>'
            f'<nav class="navigation post-navigation" role="navigation"><h2 class="screen-reader-text">Post '
            f'navigation</h2><div class="nav-links clearfix"><div class="nav-previous"><a href="{u("/blog/")}" '
            f'rel="prev">All posts</a></div></div></nav>')
    return work_doc(w, _sy_head(u, f"{w.title} - {SY_SITE}", w.path, "article", graph, extra)
                    + _sy_body(u, f"post-template-default single single-post postid-{pid}", main, recent))


def _sy_list(u, path: str, heading: str, items: list[Work], recent: list[Work], body_class: str,
             schema: str = "CollectionPage", extra_html: str = "") -> Doc:
    arts = "".join(f'<article class="post type-post status-publish hentry"><div class="content-inner"><header '
                   f'class="entry-header"><h2 class="title-post entry-title"><a href="{u(w.path)}" rel="bookmark">'
                   f'{esc(w.title)}</a></h2>{_sy_byline(w, u)}</header><div class="entry-post"><p>'
                   f"{cut(w.paras[0], 200)} [&hellip;]</p></div></div></article>" for w in items)
    graph = [{"@type": schema, "@id": u(path) + "#collectionpage", "url": u(path), "name": heading}]
    main = (f'<header class="page-header"><h1 class="archive-title">{esc(heading)}</h1></header>{extra_html}'
            f'<div class="posts-layout"><div class="row">{arts}</div></div>')
    return other_doc(VENDOR, path, _sy_head(u, f"{heading} - {SY_SITE}", path, "website", graph)
                     + _sy_body(u, body_class, main, recent))


def _sy_page(u, path: str, title: str, html_: str, recent: list[Work], schema: str = "WebPage") -> Doc:
    graph = [{"@type": schema, "@id": u(path) + "#webpage", "url": u(path), "name": title}]
    main = (f'<article class="page type-page status-publish hentry"><header class="entry-header"><h1 '
            f'class="title-post entry-title">{esc(title)}</h1></header><div class="entry-content">{html_}</div>'
            f"</article>")
    return other_doc(VENDOR, path, _sy_head(u, f"{title} - {SY_SITE}", path, "website", graph)
                     + _sy_body(u, "page-template-default page", main, recent))


def sydney(u, url) -> list[Doc]:
    works = [w for _, w in on(VENDOR)]
    recent = works[:4]
    docs = [_sy_post(w, u, recent) for w in works]
    docs.append(_sy_list(u, "/blog/", "Blog", works, recent, "blog hfeed"))
    docs.append(_sy_list(u, "/category/webinars/", "Category: Webinars", [w for w in works if "Webinars" in w.tags],
                         recent, "archive category category-webinars"))
    docs.append(_sy_list(u, "/author/priya/", "Author: Priya Natarajan",
                         [w for w in works if w.author == "Priya Natarajan"], recent, "archive author",
                         "ProfilePage", '<div class="author-bio"><p>Priya leads customer education at Shelfwise. '
                                        "Before that she was a systems librarian for nine years.</p></div>"))
    hero = (f'<div class="elementor-section"><h2>Run your library, not your software.</h2><p>Shelfwise is a '
            f"cloud library services platform for public and academic libraries: circulation, cataloguing, "
            f'acquisitions and discovery in one place.</p><p><a class="roll-button" href="{u("/contact/")}">Book a '
            f'demo</a></p></div><div class="elementor-section"><h3>From the blog</h3><ul>'
            + "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in works[:3])
            + f'</ul><p><a href="{u("/blog/")}">More from the blog</a></p></div>')
    docs.append(_sy_page(u, "/", "Home", hero, recent))
    docs.append(_sy_page(u, "/about-us/", "About Us", (
        "<p>Shelfwise was founded in 2011 by two former systems librarians who were tired of software that made "
        "simple things hard. Today more than 600 libraries in North America run on Shelfwise.</p><p>We are a "
        "remote team of 85, with offices in Denver and Halifax.</p>"), recent, "AboutPage"))
    docs.append(_sy_page(u, "/contact/", "Contact", (
        '<div class="wpforms-container"><form id="wpforms-form-77" class="wpforms-validate wpforms-form" '
        'method="post"><input type="text" name="wpforms[fields][0]" placeholder="Name"><input type="email" '
        'name="wpforms[fields][1]" placeholder="Email"><textarea name="wpforms[fields][2]"></textarea><button '
        'type="submit" class="wpforms-submit">Send</button></form></div><p>Sales: sales at shelfwise dot example. '
        "Support: open a ticket from your admin dashboard.</p>"), recent, "ContactPage"))
    lost = ('<section class="error-404 not-found"><header class="page-header"><h1 class="page-title">Oops! That '
            "page can&rsquo;t be found.</h1></header><div class=\"page-content\"><p>It looks like nothing was found "
            "at this location. Maybe try one of the links below or a search?</p></div></section>")
    graph = [{"@type": "WebPage", "@id": u("/resources/mentoring-kit/") + "#webpage", "name": "Page not found"}]
    docs.append(other_doc(VENDOR, "/resources/mentoring-kit/", _sy_head(
        u, f"Page not found - {SY_SITE}", "/resources/mentoring-kit/", "website", graph)
        + _sy_body(u, "error404", lost, recent)))
    return docs


# --- an Oxford Academic-like journal on Silverchair ---------------------------------------------------------------

JR_TITLE = "Journal of Information Practice"
JR_ISSUES = {"14/2": "April 2025", "14/1": "January 2025"}
JR_PAGES = {"101": "117", "118": "130", "131": "140", "55": "71", "72": "88"}


def _jr(u, title: str, path: str, main: str, head: str = "", body_class: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{esc(title)} | {JR_TITLE} | Oxford Academic'
            f'</title><link rel="canonical" href="{u(path)}"><meta property="og:site_name" content="OUP Academic">'
            f'{head}<link rel="stylesheet" href="{u("/UI/app/dist/site.min.css")}"></head><body data-sitename='
            f'"journalofinformationpractice" class="off-canvas pg_{body_class} journal-jip" '
            f'theme-jip=""><div class="master-container"><section class="master-header row js-master-header"><div '
            f'class="widget widget-SitePageHeader"><div class="site-theme-header"><div class="journal-header '
            f'journal-bg"><div class="center-inner-row"><a href="{u("/jip")}" class="journal-logo-container"><img '
            f'id="logo-JournalofInformationPractice" class="journal-logo" src="{u("/UI/app/img/jip_title.svg")}" '
            f'alt="{JR_TITLE}"></a></div></div><nav class="navbar-menu"><ul class="site-menu site-menu-lvl-0 '
            f'js-theme-dropdown"><li class="site-menu-item"><a href="{u("/jip/issue/14/2")}" class="nav-link">'
            f'Current issue</a></li><li class="site-menu-item"><a href="{u("/jip/issue/14/1")}" class="nav-link">'
            f'Previous issue</a></li><li class="site-menu-item"><a href="{u("/jip/pages/About")}" class="nav-link">'
            f'About</a></li></ul><div class="navbar-search"><form action="{u("/jip/search-results")}" method="get">'
            f'<input type="search" name="q" placeholder="Search" class="navbar-search-input"></form></div></nav>'
            f'</div></div></section><div id="main" class="content-main js-main ui-base">{main}</div><div '
            f'class="widget widget-SitePageFooter"><div class="oup-footer"><div class="oup-footer-row"><ul><li><a '
            f'href="https://global.oup.com/academic/about/?cc=gb">About Oxford Academic</a></li><li><a href="'
            f'https://academic.oup.com/pages/legal/privacy-policy">Privacy policy</a></li></ul><p>Copyright '
            f"&copy; 2025 Oxford University Press</p></div></div></div></div></body></html>")


def _jr_parts(w: Work) -> tuple[str, str]:
    """The article's abstract (text) and body (HTML, sections with headings)."""
    abstract = w.paras[0].split(". ", 1)[1]
    body = []
    for n, para in enumerate(w.paras[1:], 1):
        heading, text = para.split(". ", 1)
        body.append(f'<h2 scope="col" class="section-title js-splitscreen-section-title" data-legacy-id="s{n}">'
                    f'{esc(heading)}</h2><p class="chapter-para">{esc(text)}</p>')
    return abstract, "".join(body)


def _jr_where(w: Work) -> tuple[str, str, str, str]:
    _, _, _, vol, issue, first, _id = w.path.split("/")
    return vol, issue, first, JR_PAGES[first]


def _jr_article(key: str, w: Work, u) -> Doc:
    vol, issue, first, last = _jr_where(w)
    authors = w.author.split("; ")
    doi = f"10.1093/jip/jipa{zlib.crc32(key.encode()) % 9000 + 1000}"
    abstract, body = _jr_parts(w)
    meta = (f'<meta name="citation_title" content="{esc(w.title)}">'
            + "".join(f'<meta name="citation_author" content="{esc(a.split()[-1])}, {esc(" ".join(a.split()[:-1]))}">'
                      f'<meta name="citation_author_institution" content="School of Information, University of '
                      f'{("Turku", "Leeds", "Bologna", "Porto", "Ottawa")[i % 5]}">'
                      for i, a in enumerate(authors))
            + f'<meta name="citation_publication_date" content="{w.date.replace("-", "/")}">'
            f'<meta name="citation_journal_title" content="{JR_TITLE}"><meta name="citation_journal_abbrev" '
            f'content="J Inf Pract"><meta name="citation_volume" content="{vol}"><meta name="citation_issue" '
            f'content="{issue}"><meta name="citation_firstpage" content="{first}"><meta name="citation_lastpage" '
            f'content="{last}"><meta name="citation_doi" content="{doi}"><meta name="citation_publisher" '
            f'content="Oxford University Press"><meta name="citation_issn" content="2753-4410">'
            + "".join(f'<meta name="citation_keyword" content="{esc(t)}">' for t in w.tags)
            + f'<meta name="citation_abstract_html_url" content="{u(w.path)}"><meta property="og:title" content="'
            f'{esc(w.title)}"><meta property="og:description" content="{esc(abstract[:300])}"><meta '
            f'property="og:url" content="{u(w.path)}"><meta property="og:type" content="article"><meta '
            f'name="description" content="{esc(abstract[:300])}"><meta name="dc.identifier" content="doi:{doi}">'
            + ld({"@context": "https://schema.org", "@type": "ScholarlyArticle", "@id": u(w.path), "name": w.title,
                  "datePublished": w.date, "isPartOf": {"@type": "PublicationIssue", "issueNumber": issue,
                                                        "isPartOf": {"@type": "PublicationVolume",
                                                                     "volumeNumber": vol}},
                  "author": [{"@type": "Person", "name": a} for a in authors], "pageStart": first,
                  "pageEnd": last, "publisher": {"@type": "Organization", "name": "Oxford University Press"},
                  "description": abstract[:300]}))
    names = "".join(f'<span class="al-author-name-more js-flyout-wrap"><button type="button" class="linked-name '
                    f'js-linked-name-trigger btnLink">{esc(a)}</button></span>' for a in authors)
    main = (f'<div class="article-browse-top"><div class="ww-citation-primary"><em>{JR_TITLE}</em>, Volume {vol}, '
            f'Issue {issue}, {JR_ISSUES[vol + "/" + issue]}, Pages {first}&ndash;{last}, <a href="https://doi.org/'
            f'{doi}">https://doi.org/{doi}</a></div></div><div class="widget-ArticleTopInfo"><div '
            f'class="article-metadata-panel"><span class="journal-info__format-label">Research article</span></div>'
            f'<h1 class="wi-article-title article-title-main accessible-content-title at-articleTitle">'
            f'{esc(w.title)}</h1><div class="wi-authors at-ArticleAuthors"><div class="al-authors-list">{names}'
            f'</div></div><div class="pub-history-row clearfix"><div class="ww-citation-date-wrap"><div '
            f'class="citation-label">Published:</div><div class="citation-date">{w.date[8:].lstrip("0")} '
            f'{MONTHS[int(w.date[5:7]) - 1]} {w.date[:4]}</div></div></div></div><div class="widget-items" '
            f'data-widgetname="ArticleFulltext"><section class="abstract"><h2 scope="col" class="abstract-title">'
            f'Abstract</h2><p class="chapter-para">{esc(abstract)}</p></section><div class="article-metadata-panel '
            f'at-ArticleMetadata"><div class="kwd-group">'
            + ", ".join(f'<span class="kwd-part">{esc(t)}</span>' for t in w.tags)
            + f'</div></div><div class="article-body">{body}</div><div class="issue-nav"><a href="'
            f'{u(f"/jip/issue/{vol}/{issue}")}">Issue {issue}, {JR_ISSUES[vol + "/" + issue]}</a></div></div>')
    return work_doc(w, _jr(u, w.title, w.path, main, meta, "ArticleFulltext"))


def _jr_items(items: list[tuple[str, Work]], u) -> str:
    out = []
    for k, w in items:
        vol, issue, first, last = _jr_where(w)
        out.append(f'<div class="al-article-item-wrap al-normal"><div class="al-article-items"><h5 class="customLink '
                   f'item-title"><a href="{u(w.path)}">{esc(w.title)}</a></h5><div class="al-authors-list">'
                   f'{esc(w.author.replace("; ", ", "))}</div><div class="ww-citation-primary"><em>{JR_TITLE}</em>, '
                   f'Volume {vol}, Issue {issue}, {JR_ISSUES[vol + "/" + issue]}, Pages {first}&ndash;{last}</div>'
                   f'</div></div>')
    return "".join(out)


def silverchair(u, url) -> list[Doc]:
    items = on(JOURNAL)
    docs = [_jr_article(k, w, u) for k, w in items]
    for vi, other in (("14/2", "14/1"), ("14/1", "14/2")):
        these = [(k, w) for k, w in items if f"/article/{vi}/" in w.path]
        main = (f'<div class="issue-browse-top"><div class="issue-info-pub">Volume {vi.split("/")[0]}, Issue '
                f'{vi.split("/")[1]}, {JR_ISSUES[vi]}</div><div class="issue-browse__nav"><a href="'
                f'{u("/jip/issue/" + other)}" class="nav-link">{"Previous" if vi == "14/2" else "Next"} issue</a>'
                f'</div></div><div class="section-container"><h4 class="title articleClientType act-header">Research '
                f"articles</h4>{_jr_items(these, u)}</div>")
        docs.append(other_doc(JOURNAL, "/jip/issue/" + vi, _jr(u, f"Volume 14, Issue {vi[3:]}", "/jip/issue/" + vi,
                                                                main, '<meta property="og:type" content="website">',
                                                                "IssueDetail")))
    docs.append(other_doc(JOURNAL, "/jip", _jr(u, JR_TITLE, "/jip", (
        f'<div class="journal-home"><div class="widget-CurrentIssue"><h3>Latest issue</h3><a href="'
        f'{u("/jip/issue/14/2")}">Volume 14, Issue 2, April 2025</a></div><div class="widget-MostRead"><h3>Most '
        f"read</h3>{_jr_items(items[:3], u)}</div><div class=\"widget-Collections\"><h3>Collections</h3><ul><li><a "
        f'href="{u("/jip/search-results?q=mentoring")}">Mentoring and professional learning</a></li></ul></div>'
        f'<p><a href="{u("/jip/pages/About")}">About the journal</a></p></div>'),
        '<meta property="og:type" content="website">', "JournalHome")))
    docs.append(other_doc(JOURNAL, "/jip/pages/About", _jr(u, "About the journal", "/jip/pages/About", (
        '<div class="widget-instance-OUP_Static_Page"><h1>About the journal</h1><p>The Journal of Information '
        "Practice publishes research on the work of libraries, archives and information services, with an "
        "emphasis on practice. It appears quarterly. Submissions are double-anonymous peer reviewed.</p><p>Editor: "
        "Professor Katrin Sauer.</p></div>"), "", "StaticPage")))
    hits = [(k, w) for k, w in items if "mentor" in " ".join(w.paras).lower()]
    docs.append(other_doc(JOURNAL, "/jip/search-results?q=mentoring", _jr(
        u, "Search results", "/jip/search-results?q=mentoring", (
            f'<div class="sr-statistics">Showing 1-{len(hits)} of {len(hits)} results for <strong>mentoring</strong>'
            f'</div><div class="sr-list al-article-box al-normal clearfix">{_jr_items(hits, u)}</div>'),
        "", "SearchResults")))
    return docs


# --- a YouTube-like video site --------------------------------------------------------------------------------

YT_SITE = "VidTube"
YT_SPAN = ' class="yt-core-attributed-string--white-space-pre-wrap"'
YT_DURATION = {"y-pln": "PT54M12S", "y-careerqa": "PT1H02M40S", "y-spine": "PT14M05S", "y-tour": "PT6M31S",
               "y-pcb": "PT22M48S"}


def _yt(u, title: str, path: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html style="font-size: 10px;font-family: Roboto, Arial, sans-serif;" lang="en" '
            f'system-icons typography typography-spacing><head><meta http-equiv="origin-trial" content="">'
            f'<title>{esc(title)} - {YT_SITE}</title><link rel="canonical" href="{u(path)}"><meta '
            f'property="og:site_name" content="{YT_SITE}">{head}</head><body dir="ltr" no-y-overflow><div '
            f'id="masthead-container" class="style-scope ytd-app"><ytd-masthead id="masthead"><div id="start" '
            f'class="style-scope ytd-masthead"><a id="logo" href="{u("/")}" title="{YT_SITE} Home">{YT_SITE}</a>'
            f'</div><div id="center" class="style-scope ytd-masthead"><form id="search-form" action="'
            f'{u("/results")}"><input id="search" name="search_query" placeholder="Search"></form></div>'
            f'</ytd-masthead></div><ytd-page-manager id="page-manager" class="style-scope ytd-app">{main}'
            f"</ytd-page-manager></body></html>")


def _yt_owner(w: Work, u) -> str:
    if w.author == "LibTalks Live":
        return f'<a class="yt-simple-endpoint style-scope yt-formatted-string" href="{u("/@LibTalksLive")}">' \
               f"LibTalks Live</a>"
    return f'<span class="style-scope yt-formatted-string">{esc(w.author)}</span>'


def _yt_cards(items: list[tuple[str, Work]], u) -> str:
    return "".join(
        f'<ytd-compact-video-renderer class="style-scope ytd-watch-next-secondary-results-renderer"><a '
        f'id="thumbnail" class="yt-simple-endpoint" href="{u(w.path)}"><img alt="" src="https://i.vidtube.example.net/'
        f'vi/{w.path[9:]}/hqdefault.jpg"></a><div class="details"><a class="yt-simple-endpoint" href="{u(w.path)}">'
        f'<h3><span id="video-title" title="{esc(w.title)}">{esc(w.title)}</span></h3></a><div '
        f'id="channel-name">{esc(w.author)}</div><span class="inline-metadata-item">{short_date(w.date)}</span></div>'
        f"</ytd-compact-video-renderer>" for k, w in items)


def _yt_watch(key: str, w: Work, u, related: list[tuple[str, Work]]) -> Doc:
    vid = w.path.split("=")[1]
    desc = "\n\n".join(w.paras)
    head = (f'<meta name="title" content="{esc(w.title)}"><meta name="description" content="{esc(desc[:160])}">'
            f'<meta name="keywords" content="{esc(", ".join(w.tags))}"><meta property="og:url" content="{u(w.path)}">'
            f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:image" content="https://'
            f'i.vidtube.example.net/vi/{vid}/maxresdefault.jpg"><meta property="og:description" content="'
            f'{esc(desc[:160])}"><meta property="og:type" content="video.other"><meta property="og:video:url" '
            f'content="https://www.vidtube.example.net/embed/{vid}"><meta name="twitter:card" content="player">'
            f'<meta name="twitter:title" content="{esc(w.title)}">')
    micro = (f'<div id="watch7-content" class="watch-main-col" itemscope itemid="" itemtype="http://schema.org/'
             f'VideoObject"><link itemprop="url" href="{u(w.path)}"><meta itemprop="name" content="{esc(w.title)}">'
             f'<meta itemprop="description" content="{esc(desc[:160])}"><meta itemprop="duration" content="'
             f'{YT_DURATION[key]}"><meta itemprop="uploadDate" content="{w.date}T15:00:00-07:00"><meta '
             f'itemprop="datePublished" content="{w.date}T15:00:00-07:00"><span itemprop="author" itemscope '
             f'itemtype="http://schema.org/Person"><link itemprop="name" content="{esc(w.author)}"></span></div>')
    comments = "".join(f'<ytd-comment-thread-renderer class="style-scope ytd-item-section-renderer"><div '
                       f'id="header-author"><span id="author-text">{esc(who)}</span></div><yt-attributed-string '
                       f'id="content-text"><span>{esc(t)}</span></yt-attributed-string></ytd-comment-thread-renderer>'
                       for who, t in w.replies)
    main = (f'<ytd-watch-flexy class="style-scope ytd-page-manager" video-id="{vid}">{micro}<div id="player">'
            f'<div class="html5-video-player"><video src="blob:"></video></div></div><div id="above-the-fold" '
            f'class="style-scope ytd-watch-metadata"><div id="title"><h1 class="style-scope ytd-watch-metadata">'
            f'<yt-formatted-string class="style-scope ytd-watch-metadata">{esc(w.title)}</yt-formatted-string></h1>'
            f'</div><div id="owner"><ytd-channel-name id="channel-name"><yt-formatted-string id="text">'
            f'{_yt_owner(w, u)}</yt-formatted-string></ytd-channel-name></div><div id="description"><div '
            f'id="info-container"><span class="bold">{short_date(w.date)}</span></div><ytd-text-inline-expander '
            f'id="description-inline-expander"><yt-attributed-string>{ps(w.paras, "span", YT_SPAN)}'
            f'</yt-attributed-string></ytd-text-inline-expander></div>'
            f'</div><ytd-comments id="comments"><h2 id="count">{len(w.replies)} Comments</h2>{comments}'
            f'</ytd-comments><div id="related">{_yt_cards(related, u)}</div></ytd-watch-flexy>')
    return work_doc(w, _yt(u, w.title, w.path, main, head))


def video(u, url) -> list[Doc]:
    items = on(VIDEO)
    ours = [(k, w) for k, w in items if w.author == "LibTalks Live"]
    docs = [_yt_watch(k, w, u, [kw for kw in ours if kw[0] != k][:3]) for k, w in items]
    grid = "".join(f'<ytd-rich-item-renderer class="style-scope ytd-rich-grid-row"><a id="video-title-link" '
                   f'href="{u(w.path)}" title="{esc(w.title)}"><yt-formatted-string id="video-title">{esc(w.title)}'
                   f'</yt-formatted-string></a><div id="metadata-line"><span>{short_date(w.date)}</span></div>'
                   f"</ytd-rich-item-renderer>" for k, w in ours)
    channel = (f'<div id="channel-header"><yt-formatted-string id="channel-name">LibTalks Live</yt-formatted-string>'
               f'<span id="channel-handle">@LibTalksLive</span><div id="description">Webinars, livestreams and '
               f'how-tos for library workers.</div></div><tp-yt-app-toolbar><a href="{u("/@LibTalksLive")}">Home</a>'
               f' <a href="{u("/@LibTalksLive/videos")}">Videos</a></tp-yt-app-toolbar>')
    prof_head = ('<meta property="og:type" content="profile"><meta property="og:title" content="LibTalks Live">'
                 '<meta name="description" content="Webinars, livestreams and how-tos for library workers.">')
    docs.append(other_doc(VIDEO, "/@LibTalksLive", _yt(u, "LibTalks Live", "/@LibTalksLive", (
        f'<ytd-browse page-subtype="channels">{channel}<h2>For you</h2><div id="contents">{grid}</div></ytd-browse>'),
        prof_head)))
    docs.append(other_doc(VIDEO, "/@LibTalksLive/videos", _yt(u, "LibTalks Live - Videos", "/@LibTalksLive/videos", (
        f'<ytd-browse page-subtype="channels">{channel}<ytd-rich-grid-renderer><div id="contents">{grid}</div>'
        f"</ytd-rich-grid-renderer></ytd-browse>"), prof_head)))
    hits = [(k, w) for k, w in items if k in ("y-pln", "y-careerqa", "y-pcb", "y-tour")]
    docs.append(other_doc(VIDEO, "/results?search_query=library+mentoring", _yt(
        u, "library mentoring", "/results?search_query=library+mentoring", (
            f'<ytd-search><ytd-section-list-renderer><div id="contents">{_yt_cards(hits, u)}</div>'
            f"</ytd-section-list-renderer></ytd-search>"))))
    docs.append(other_doc(VIDEO, "/", _yt(u, "Home", "/", (
        f'<ytd-browse page-subtype="home"><ytd-rich-grid-renderer><div id="contents">{_yt_cards(items, u)}</div>'
        f'</ytd-rich-grid-renderer><ytd-guide-renderer><a href="{u("/@LibTalksLive")}">LibTalks Live</a> <a href="'
        f'{u("/results?search_query=library+mentoring")}">Explore: library mentoring</a></ytd-guide-renderer>'
        f"</ytd-browse>"), '<meta property="og:type" content="website">')))
    return docs


# --- Mbin: a magazine of threads ---------------------------------------------------------------------------------

MB_SITE = "mbin.example"


def _mb_user(name: str, u) -> str:
    if name == "shelfelf":
        return f'<a href="{u("/u/shelfelf")}" class="user-inline" title="@shelfelf@mbin.example">shelfelf</a>'
    shown = name.split("@")[0]
    return f'<span class="user-inline" title="{esc(name)}">{esc(shown)}</span>'


def _mb(u, title: str, path: str, main: str, head: str = "", aside: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{esc(title)} - {MB_SITE}</title><meta '
            f'property="og:site_name" content="{MB_SITE}"><link rel="canonical" href="{u(path)}">{head}<link '
            f'rel="stylesheet" href="{u("/build/app.css")}"></head><body class="theme--dark" data-controller="kbin '
            f'notifications"><header id="header" class="header"><div class="kbin-container"><nav class="head-nav">'
            f'<div class="brand"><a href="{u("/")}"><img src="{u("/mbin_logo.svg")}" alt="{MB_SITE}"></a></div>'
            f'<menu class="head-nav__menu"><li><a href="{u("/")}" class="active">Threads</a></li><li><a href="'
            f'{u("/m/libraries")}">libraries</a></li></menu></nav></div></header><div id="middle" class="page">'
            f'<div class="kbin-container"><main id="main" data-controller="lightbox timeago" class="view-compact">'
            f'{main}</main><aside id="sidebar"><section class="magazine section"><h3>Magazine</h3><a href="'
            f'{u("/m/libraries")}" class="magazine-inline">libraries</a><p>Library, archives and information '
            f'workers. Be kind.</p></section><section class="section tags"><h3>Hashtags</h3><a href="'
            f'{u("/tag/mentoring")}">#mentoring</a></section>{aside}</aside></div></div><footer id="footer">'
            f'<div class="kbin-container"><p>Powered by <a href="https://github.com/MbinOrg/mbin">Mbin</a></p>'
            f"</div></footer></body></html>")


def _mb_entry(w: Work, u, full: bool) -> str:
    eid = w.path.split("/")[4]
    body = f'<div class="content formatted">{ps(w.paras)}</div>' if full else ""
    title = f"<h1>{esc(w.title)}</h1>" if full else f'<h2><a href="{u(w.path)}">{esc(w.title)}</a></h2>'
    return (f'<article class="entry section subject" id="entry-{eid}" data-controller="subject preview mentions">'
            f'<header>{title}</header><aside class="meta entry__meta">{_mb_user(w.author, u)}, <time class="timeago"'
            f' datetime="{w.date}T14:20:00+00:00" title="{long_date(w.date)}">{short_date(w.date)}</time> to <a '
            f'href="{u("/m/libraries")}" class="magazine-inline">libraries</a></aside>{body}<footer><menu><li>'
            f'<a class="stretched-link" href="{u(w.path)}#comments">{len(w.replies)} comments</a></li></menu>'
            f"</footer></article>")


def _mb_thread(w: Work, u) -> Doc:
    eid = w.path.split("/")[4]
    comments = "".join(f'<blockquote class="section comment entry-comment subject comment-level--1" '
                       f'id="entry-comment-{int(eid) * 10 + i}"><header>{_mb_user(who, u)}, <time class="timeago" '
                       f'datetime="{w.date}T16:00:00+00:00">{short_date(w.date)}</time></header><div class="content">'
                       f"{ps([t])}</div></blockquote>" for i, (who, t) in enumerate(w.replies))
    tags = " ".join(f'<a href="{u("/tag/mentoring")}">#mentoring</a>' if t == "mentoring" else f"#{esc(t)}"
                    for t in w.tags)
    head = (f'<meta name="description" content="{esc(w.paras[0][:200])}"><meta property="og:url" content="'
            f'{u(w.path)}"><meta property="og:type" content="article"><meta property="og:title" content="'
            f'{esc(w.title)}"><meta property="og:description" content="{esc(w.paras[0][:200])}"><link '
            f'rel="alternate" type="application/activity+json" href="{u(w.path)}">')
    main = (f'{_mb_entry(w, u, True)}<p class="entry__tags">{tags}</p><section id="comments" class="comments '
            f'entry-comments comments-tree">{comments}</section>')
    return work_doc(w, _mb(u, f"{w.title} - libraries", w.path, main, head))


def mbin(u, url) -> list[Doc]:
    works = [w for _, w in on(THREADS)]
    docs = [_mb_thread(w, u) for w in works]
    listing = "".join(_mb_entry(w, u, False) for w in works)
    docs.append(other_doc(THREADS, "/", _mb(u, "Threads", "/", f'<h1 class="hidden">Threads</h1>{listing}',
                                            '<meta property="og:type" content="website">')))
    docs.append(other_doc(THREADS, "/m/libraries", _mb(u, "libraries", "/m/libraries", (
        f'<header class="section magazine__header"><h1>libraries</h1><p>@libraries@mbin.example</p></header>'
        f"{listing}"))))
    tagged = "".join(_mb_entry(w, u, False) for w in works if "mentoring" in w.tags)
    docs.append(other_doc(THREADS, "/tag/mentoring", _mb(u, "#mentoring", "/tag/mentoring", (
        f'<header class="section"><h1>#mentoring</h1></header>{tagged}'))))
    hers = "".join(_mb_entry(w, u, False) for w in works if w.author == "shelfelf")
    docs.append(other_doc(THREADS, "/u/shelfelf", _mb(u, "shelfelf", "/u/shelfelf", (
        f'<section class="section user-box"><h1>shelfelf</h1><p>@shelfelf@mbin.example</p><div class="about">'
        f"<p>Lone archivist at a small museum. Learning as I go.</p></div><p>Joined: 2024-10-02</p></section>"
        f"{hers}"), '<meta property="og:type" content="profile">')))
    return docs


# --- a Buzzsprout podcast website ----------------------------------------------------------------------------

BZ_SITE = "Stacks & Signals"
BZ_ID = "1873320"


def _bz(u, title: str, path: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
            f'width, initial-scale=1"><title>{esc(title)}</title><link rel="canonical" href="{u(path)}"><link '
            f'rel="alternate" type="application/rss+xml" title="{esc(BZ_SITE)}" href="https://feeds.buzzsprout.com/'
            f'{BZ_ID}.rss"><meta property="og:site_name" content="{esc(BZ_SITE)}">{head}<link rel="stylesheet" '
            f'href="https://www.buzzsprout.com/assets/podcast_websites/theme-classic.css"></head><body '
            f'class="podcast-website theme-classic"><header class="site-header"><div class="container"><a href="'
            f'{u("/")}" class="site-header__artwork"><img src="https://storage.buzzsprout.com/variants/artwork.jpg" '
            f'alt="{esc(BZ_SITE)}"></a><div class="site-header__info"><h2 class="site-header__title"><a href="'
            f'{u("/")}">{esc(BZ_SITE)}</a></h2><p class="site-header__author">Rosa Lindgren and Ben Achebe</p></div>'
            f'<nav class="site-nav"><a href="{u("/")}">Episodes</a> <a href="{u("/about")}">About</a></nav></div>'
            f'</header><main class="site-main"><div class="container">{main}</div></main><footer class="site-footer">'
            f'<div class="container"><a href="https://www.buzzsprout.com/?referrer_id=1873320" class="buzzsprout-'
            f'credit">Podcast hosting by Buzzsprout</a></div></footer></body></html>')


def _bz_number(w: Work) -> str:
    return w.title.split(":")[0].replace("Ep. ", "")


def _bz_episode(w: Work, u) -> Doc:
    eid = w.path.split("/")[3].split("-")[0]
    head = (f'<meta name="description" content="{esc(w.paras[0][:200])}"><meta property="og:title" content="'
            f'{esc(w.title)}"><meta property="og:description" content="{esc(w.paras[0][:200])}"><meta '
            f'property="og:url" content="{u(w.path)}"><meta property="og:type" content="website"><meta '
            f'property="og:audio" content="https://www.buzzsprout.com/{BZ_ID}/{eid}.mp3"><meta name="twitter:card" '
            f'content="player"><meta name="twitter:player" content="https://www.buzzsprout.com/{BZ_ID}/{eid}'
            f'?client_source=twitter_card&amp;player=twitter">')
    main = (f'<article class="episode"><h1 class="episode__title">{esc(w.title)}</h1><p class="episode__meta">'
            f'<time datetime="{w.date}">{long_date(w.date)}</time> &bull; Season 3 &bull; Episode '
            f'{_bz_number(w)}</p><div id="buzzsprout-player-{eid}"></div><script src="https://www.buzzsprout.com/'
            f'{BZ_ID}/{eid}.js?container_id=buzzsprout-player-{eid}&amp;player=small" type="text/javascript" '
            f'charset="utf-8"></script><div class="episode__description">{ps(w.paras)}<p><a href="https://www.'
            f'buzzsprout.com/{BZ_ID}/support">Support the show</a></p></div><p class="episode__nav"><a href="'
            f'{u("/")}">&larr; All episodes</a></p></article>')
    return work_doc(w, _bz(u, f"{w.title} | {BZ_SITE}", w.path, main, head))


def _bz_list(items: list[Work], u) -> str:
    return '<div class="episodes">' + "".join(
        f'<div class="episode-item"><h3 class="episode-item__title"><a href="{u(w.path)}">{esc(w.title)}</a></h3>'
        f'<p class="episode-item__date">{long_date(w.date)}</p><p class="episode-item__description">'
        f'{cut(w.paras[0], 180)}</p></div>' for w in items) + "</div>"


def buzzsprout(u, url) -> list[Doc]:
    works = [w for _, w in on(PODCAST)]
    docs = [_bz_episode(w, u) for w in works]
    more = f'<p class="pagination"><a href="{u(f"/{BZ_ID}/episodes?page=2")}">Older episodes</a></p>'
    desc = ("A podcast about the people who work in libraries: their careers, their communities, and what "
            "they learn from each other.")
    docs.append(other_doc(PODCAST, "/", _bz(u, BZ_SITE, "/", (
        f'<section class="podcast-description"><p>{esc(desc)}</p></section>{_bz_list(works[:3], u)}{more}'),
        f'<meta name="description" content="{esc(desc)}"><meta property="og:type" content="website">')))
    docs.append(other_doc(PODCAST, f"/{BZ_ID}/episodes?page=2", _bz(
        u, f"Episodes | {BZ_SITE}", f"/{BZ_ID}/episodes?page=2", (
            f'{_bz_list(works[3:], u)}<p class="pagination"><a href="{u("/")}">Newer episodes</a></p>'))))
    docs.append(other_doc(PODCAST, "/about", _bz(u, f"About | {BZ_SITE}", "/about", (
        "<section class=\"about\"><h1>About the show</h1><p>Rosa is a reference librarian in Minneapolis; Ben "
        "runs a county library in Georgia. They met at a conference in 2016 and started the show in 2021.</p><p>"
        "New episodes every other Wednesday. Write to us: mail at stacksandsignals dot example.</p></section>"))))
    return docs


# --- Nuxt Content: a student's blog -------------------------------------------------------------------------------

NX_SITE = "Jordan Pham"


def _nx(u, title: str, path: str, main: str, head: str = "") -> str:
    state = json.dumps([{"data": 1, "state": 2}, {"content-query": 3}, {}, {"path": path}])
    return (f'<!DOCTYPE html><html lang="en" data-capo=""><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{esc(title)}</title><link rel="stylesheet" '
            f'href="{u("/_nuxt/entry.Bc3xF1q.css")}"><link rel="modulepreload" as="script" crossorigin href="'
            f'{u("/_nuxt/BuV9X2kL.js")}"><link rel="canonical" href="{u(path)}">{head}</head><body><div id="__nuxt">'
            f'<div class="min-h-screen bg-white text-gray-800"><header class="mx-auto max-w-3xl px-4 py-6 flex '
            f'justify-between"><a href="{u("/")}" class="font-bold">{NX_SITE}</a><nav class="flex gap-4"><a href="'
            f'{u("/blog")}">Blog</a><a href="{u("/about")}">About</a></nav></header><main class="mx-auto max-w-3xl '
            f'px-4">{main}</main><footer class="mx-auto max-w-3xl px-4 py-8 text-sm text-gray-500"><p>Built with '
            f'<a href="https://nuxt.com">Nuxt</a> and <a href="https://content.nuxt.com">Nuxt Content</a>. '
            f'Listening to: <a href="{u("/blog")}">my own blog, apparently</a>.</p></footer></div></div><div '
            f'id="teleports"></div><script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" '
            f'id="__NUXT_DATA__">{state}</script><script>window.__NUXT__={{}};window.__NUXT__.config={{public:'
            f'{{content:{{locales:[],defaultLocale:"",integrity:1718000000000}}}},app:{{baseURL:"/",buildId:'
            f'"5f1c2a7e",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}</script><script type="module" src="'
            f'{u("/_nuxt/BuV9X2kL.js")}" crossorigin></script></body></html>')


def _nx_slug(s: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in s.lower()).strip("-")


def _nx_tags(w: Work, u) -> str:
    return " ".join(f'<a href="{u("/tags/mentoring")}" class="tag">#mentoring</a>' if t == "mentoring"
                    else f'<span class="tag">#{esc(t)}</span>' for t in w.tags)


def _nx_post(w: Work, u, podcast: str) -> Doc:
    head = (f'<meta name="description" content="{esc(w.paras[0][:160])}"><meta property="og:title" content="'
            f'{esc(w.title)}"><meta property="og:description" content="{esc(w.paras[0][:160])}"><meta '
            f'property="og:type" content="article"><meta property="og:url" content="{u(w.path)}"><meta '
            f'property="article:published_time" content="{w.date}"><meta name="twitter:card" content="summary">'
            + ld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": w.title,
                  "datePublished": w.date, "author": {"@type": "Person", "name": w.author, "url": u("/about")}}))
    extra = podcast if "linkedin" in w.tags else ""
    main = (f'<article class="prose prose-slate lg:prose-lg"><h1 id="{_nx_slug(w.title)}"><a href="'
            f'#{_nx_slug(w.title)}">{esc(w.title)}</a></h1><p class="text-sm text-gray-500"><time datetime="'
            f'{w.date}">{long_date(w.date)}</time></p><div>{ps(w.paras)}{extra}</div><div class="mt-8 flex '
            f'gap-2">{_nx_tags(w, u)}</div></article>')
    return work_doc(w, _nx(u, f"{w.title} · {NX_SITE}", w.path, main, head))


def _nx_list(items: list[Work], u) -> str:
    return '<ul class="space-y-6">' + "".join(
        f'<li><a href="{u(w.path)}" class="text-lg font-semibold">{esc(w.title)}</a><p class="text-sm '
        f'text-gray-500"><time datetime="{w.date}">{long_date(w.date)}</time></p><p>{cut(w.paras[0], 150)}</p></li>'
        for w in items) + "</ul>"


def nuxt(u, url) -> list[Doc]:
    works = [w for _, w in on(STUDENT)]
    podcast = (f'<p>P.S. The <a href="{url(PODCAST, "/")}">Stacks &amp; Signals</a> podcast has an episode on '
               f"exactly this.</p>")
    docs = [_nx_post(w, u, podcast) for w in works]
    docs.append(other_doc(STUDENT, "/", _nx(u, NX_SITE, "/", (
        '<section class="prose"><h1>Hi, I am Jordan.</h1><p>MLIS student, future instruction librarian, notes '
        f'on the way.</p></section><h2 class="mt-8 font-bold">Latest</h2>{_nx_list(works[:3], u)}<p><a href="'
        f'{u("/blog")}">All posts &rarr;</a></p>'), '<meta property="og:type" content="website">')))
    docs.append(other_doc(STUDENT, "/blog", _nx(u, f"Blog · {NX_SITE}", "/blog", (
        f'<h1 class="text-2xl font-bold">Blog</h1>{_nx_list(works, u)}'))))
    docs.append(other_doc(STUDENT, "/tags/mentoring", _nx(u, f"#mentoring · {NX_SITE}", "/tags/mentoring", (
        f'<h1 class="text-2xl font-bold">#mentoring</h1>{_nx_list([w for w in works if "mentoring" in w.tags], u)}'
    ))))
    docs.append(other_doc(STUDENT, "/about", _nx(u, f"About · {NX_SITE}", "/about", (
        '<article class="prose"><h1>About</h1><p>I am in the second year of an online MLIS, working part time at a '
        "community college library. Before this I managed a coffee shop for five years, which is better "
        "preparation for reference work than you would think.</p></article>"))))
    return docs


# --- the whole web ----------------------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page; ``url(host, path)`` makes the absolute URLs links use."""
    def at(host):
        return lambda path: url(host, path)

    makers = {RETIREE: hugo, SCHOLAR: alfolio, FORUM: vanilla, NEWS: drupal, VENDOR: sydney, JOURNAL: silverchair,
              VIDEO: video, THREADS: mbin, PODCAST: buzzsprout, STUDENT: nuxt}
    return [d for host in HOSTS for d in makers[host](at(host), url)]


class LabelledWeb15(ServedWeb):
    """Web 15 (see the module docstring)."""

    HOSTS = HOSTS
    START = {JOURNAL: "/jip"}
    FIRST_ADDRESS = 130
    build = staticmethod(build)
