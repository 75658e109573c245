"""Web 43: a held-out labelled web of 105 pages on ten hosts, built from the labels and texts of
:mod:`tests.labelled_text43` (written and committed first).

Platforms, their markup reduced: a news site on Arc XP (Fusion's ``Fusion.globalContent``, NewsArticle JSON-LD,
section fronts, author pages), a trade publication on WordPress VIP (Yoast's graph, Parse.ly metadata, tag
pages), a TED-like talks site (Next.js, transcripts, speakers, topics), a Spotify-like podcast directory (shows,
episodes), a Linktree-like link-in-bio page (its soft 404 served 200), a Disboard-like Discord server directory,
OER Commons, MERLOT with its journal JOLT (``citation_*`` tags, a PDF linked only from the issue's table of
contents), a Podbean podcast site and a Carrd one-page site.
"""

from __future__ import annotations

import json
from typing import Callable

from tests.labelled_text43 import (BEAN, BIO, CARRD, DISB, HOSTS, MERLOT, NEWS, OER, OTHER, PODS, TALKS, TRADE,
                                   WORKS, Work)
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf, ps

KIND = {(h, p): k for h, p, k in OTHER}


def _works(host: str) -> list[Work]:
    return [w for w in WORKS.values() if w.host == host]


def _ld(obj, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<script type="application/ld+json"{c}>{json.dumps(obj)}</script>'


def _other(host: str, path: str, body: str, status: int = 200) -> Doc:
    return Doc(host, path, KIND[(host, path)], 0, body.encode(), status=status)


def _work(w: Work, body: str) -> Doc:
    return Doc(w.host, w.path, w.kind, w.grade, body.encode())


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-")


# --- Arc XP (Fusion) ------------------------------------------------------------------------------

LEDGER = "The Capitol Ledger"


def _arc(u, title: str, main: str, head: str = "", gc: dict | None = None, page: str = "article") -> str:
    fusion = (f'<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};'
              f'Fusion.arcSite="capitolledger";Fusion.contextPath="/pf";Fusion.deployment="412";'
              f'Fusion.outputType="default";Fusion.globalContent={json.dumps(gc or {})};'
              f'Fusion.globalContentConfig={{"source":"content-api","query":{{}}}};</script>')
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">{head}'
            f'<link rel="alternate" type="application/rss+xml" href="{u("/arc/outboundfeeds/rss/")}">'
            f'<script defer src="/pf/dist/engine/react.js?d=412"></script></head><body>'
            f'<div id="fusion-app" class="layout-{page}"><header class="site-header" data-qa="site-header">'
            f'<a class="masthead" href="{u("/")}" aria-label="{LEDGER} homepage">{LEDGER}</a>'
            f'<nav class="section-nav" aria-label="Sections"><ul><li><a href="{u("/education/")}">Education</a></li>'
            f'<li><a href="{u("/technology/")}">Technology</a></li><li><a href="{u("/search/?query=mentoring")}">'
            f'Search</a></li></ul></nav></header><main id="main-content">{main}</main>'
            f'<footer class="site-footer"><ul><li><a href="{u("/about-us/")}">About The Ledger</a></li>'
            f'<li><a href="{u("/contact-us/")}">Contact the newsroom</a></li></ul>'
            f'<p>&copy; 2024 {LEDGER}. Powered by Arc XP.</p></footer>'
            f'<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="dialog"><p>We use cookies to '
            f'personalize content and ads.</p><button id="onetrust-accept-btn-handler">Accept all</button></div>'
            f'</div></div>{fusion}</body></html>')


def _arc_card(w: Work, u) -> str:
    return (f'<div class="card" data-feature-id="homepage/story"><div class="headline">'
            f'<a href="{u(w.path)}" data-pb-local-content-field="web_headlines_basic"><h3>{esc(w.title)}</h3></a>'
            f'</div><p class="blurb" data-pb-field="description.basic">{cut(w.paras[0], 160)}</p>'
            f'<span class="byline">By <a href="{u("/people/" + _slug(w.author) + "/")}">{esc(w.author)}</a></span>'
            f'<span class="timestamp">{w.date}</span></div>')


def arc(u) -> list[Doc]:
    ws = _works(NEWS)
    docs = []
    for i, w in enumerate(ws):
        section = w.path.split("/")[1]
        url = u(w.path)
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": w.title,
              "datePublished": w.date + "T06:00:00.000Z", "isAccessibleForFree": True, "articleSection": section,
              "author": [{"@type": "Person", "name": w.author, "url": u("/people/" + _slug(w.author) + "/")}],
              "publisher": {"@type": "Organization", "name": LEDGER}, "mainEntityOfPage": url}
        gc = {"_id": f"XK{i}7QPRM2ZLD5HNVBW3T", "type": "story", "canonical_url": w.path,
              "headlines": {"basic": w.title}, "description": {"basic": w.paras[0][:150]},
              "credits": {"by": [{"type": "author", "name": w.author}]}, "display_date": w.date + "T06:00:00.000Z",
              "taxonomy": {"primary_section": {"_id": "/" + section, "name": section.title()}}}
        head = (f'<link rel="canonical" href="{url}"><meta name="description" content="{esc(w.paras[0][:150])}">'
                f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(w.title)}">'
                f'<meta property="og:url" content="{url}"><meta property="og:site_name" content="{LEDGER}">'
                f'<meta property="article:section" content="{section.title()}">'
                f'<meta property="article:published_time" content="{w.date}T06:00:00.000Z">'
                f'<meta name="author" content="{esc(w.author)}">{_ld(ld)}')
        related = [x for x in ws if x is not w][:2]
        body = "".join(f'<div class="article-body"><p data-el="text" class="font-copy">{esc(p)}</p></div>'
                       for p in w.paras)
        if i == 0:
            body += (f'<div class="article-body"><p data-el="text" class="font-copy">This story has been updated. '
                     f'An earlier version linked to a <a href="{u(OTHER_404_NEWS)}">2019 story</a> about a '
                     f'mentoring program launch that is no longer available.</p></div>')
        main = (f'<article class="story" data-qa="main"><div class="kicker"><a href="{u("/" + section + "/")}">'
                f'{section.title()}</a></div><h1 data-qa="headline" id="main-content-headline">{esc(w.title)}</h1>'
                f'<div class="byline" data-qa="author-byline">By <a data-qa="author-name" rel="author" '
                f'href="{u("/people/" + _slug(w.author) + "/")}">{esc(w.author)}</a></div>'
                f'<span data-testid="display-date" class="display-date">{w.date}</span>'
                f'<div class="grid-body" data-qa="article-body">{body}</div></article>'
                f'<aside class="more-stories" data-qa="more-stories"><h2>More from {section.title()}</h2>'
                + "".join(_arc_card(x, u) for x in related) + "</aside>")
        docs.append(_work(w, _arc(u, f"{w.title} - {LEDGER}", main, head, gc)))

    def front(path, title, items, page="section"):
        return _arc(u, title, f'<section class="chain" data-chain-name="{esc(title)}"><h1 class="section-title">'
                              f'{esc(title.split(" - ")[0])}</h1>' + "".join(_arc_card(w, u) for w in items)
                    + "</section>", f'<link rel="canonical" href="{u(path)}"><meta property="og:type" '
                                    f'content="website">', {"type": "section", "_id": path}, page)
    docs.append(_other(NEWS, "/", front("/", f"{LEDGER} - Breaking news and local coverage", ws, "homepage")))
    for sec in ("education", "technology"):
        docs.append(_other(NEWS, f"/{sec}/", front(f"/{sec}/", f"{sec.title()} - {LEDGER}",
                                                    [w for w in ws if w.path.startswith(f"/{sec}/")])))
    bios = {"Dana Whitlock": "Dana Whitlock covers technology and libraries for The Ledger.",
            "Marcus Bell": "Marcus Bell covers K-12 and higher education."}
    for name, bio in bios.items():
        ld = {"@context": "https://schema.org", "@type": "ProfilePage", "mainEntity": {"@type": "Person", "name": name}}
        docs.append(_other(NEWS, f"/people/{_slug(name)}/", _arc(
            u, f"{name} - {LEDGER}", f'<div class="author-bio" data-qa="author-bio"><h1>{name}</h1>'
                                     f'<p class="bio">{bio}</p><a href="mailto:tips@capitolledger.example">Email</a>'
                                     f'</div><h2>Latest stories</h2>'
            + "".join(_arc_card(w, u) for w in ws if w.author == name), _ld(ld),
            {"type": "author", "_id": _slug(name)}, "author")))
    docs.append(_other(NEWS, "/search/?query=mentoring", _arc(
        u, f"Search results - {LEDGER}", '<div class="search-results"><h1>Results for "mentoring"</h1>'
        '<p class="results-count">4 results</p>' + "".join(_arc_card(w, u) for w in ws[:4]) + "</div>",
        '<meta name="robots" content="noindex">', {"type": "results", "metadata": {"q": "mentoring"}}, "search")))
    docs.append(_other(NEWS, "/about-us/", _arc(
        u, f"About us - {LEDGER}", "<h1>About The Ledger</h1><p>The Capitol Ledger has covered the state capital "
        "and its schools, courts and city hall since 1889.</p>", gc={"type": "story", "subtype": "page"})))
    docs.append(_other(NEWS, "/contact-us/", _arc(
        u, f"Contact us - {LEDGER}", "<h1>Contact the newsroom</h1><p>News tips: tips@capitolledger.example. "
        "Corrections: corrections@capitolledger.example.</p>", gc={"type": "story", "subtype": "page"})))
    docs.append(_other(NEWS, OTHER_404_NEWS, _arc(u, f"Page not found - {LEDGER}", '<div class="error-page">'
                       "<h1>We can't find that page.</h1><p>It may have moved or been removed.</p></div>",
                       gc={"type": "error", "code": 404}, page="error"), status=404))
    return docs


OTHER_404_NEWS = "/education/2019/09/10/library-mentoring-program-launch/"


# --- WordPress VIP trade publication --------------------------------------------------------------

LWW = "Library Work Week"
TAGS = {"mentoring": ("trade1", "trade2", "trade6", "trade3"), "social-media": ("trade6", "trade1", "trade2"),
        "hiring": ("trade3", "trade4")}


def _vip(u, title: str, main: str, head: str, body_class: str) -> str:
    tagnav = "".join(f'<li class="lrv-u-padding-r-1"><a href="{u(f"/tag/{t}/")}">{t.replace("-", " ").title()}</a>'
                     f'</li>' for t in TAGS)
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}'
            f'<link rel="alternate" type="application/rss+xml" title="{LWW} &raquo; Feed" href="{u("/feed/")}">'
            f'<link rel="https://api.w.org/" href="{u("/wp-json/")}"></head><body class="{body_class}">'
            f'<div class="lrv-a-wrapper"><header class="header lrv-u-flex"><a class="header-logo" href="{u("/")}">'
            f'{LWW}</a><nav class="main-menu"><ul class="lrv-a-unstyle-list lrv-u-flex">'
            f'<li><a href="{u("/category/careers/")}">Careers</a></li>{tagnav}</ul></nav>'
            f'<form class="search-form" action="{u("/")}"><input type="search" name="s"></form></header>'
            f'<main class="lrv-a-grid lrv-a-cols3@desktop"><div class="lrv-a-span2@desktop">{main}</div>'
            f'<aside class="sidebar"><section class="o-trending"><h2>Trending</h2><a href="{u("/?s=mentoring")}">'
            f'mentoring</a></section><section class="o-newsletter"><h2>Get the newsletter</h2><input type="email">'
            f'</section></aside></main><footer class="footer"><ul><li><a href="{u("/about/")}">About</a></li>'
            f'<li><a href="{u("/contact/")}">Contact</a></li></ul><p>&copy; 2024 {LWW}. Powered by '
            f'<a href="https://wpvip.com/" rel="nofollow">WordPress VIP</a>.</p></footer></div></body></html>')


def _vip_head(u, path: str, title: str, graph: list, parsely: dict | None = None, og: str = "website") -> str:
    p = _ld(parsely, "wp-parsely-metadata") if parsely else ""
    return (f'<link rel="canonical" href="{u(path)}"><meta property="og:locale" content="en_US">'
            f'<meta property="og:type" content="{og}"><meta property="og:title" content="{esc(title)}">'
            f'<meta property="og:url" content="{u(path)}"><meta property="og:site_name" content="{LWW}">'
            f'<meta name="twitter:card" content="summary_large_image">'
            f'{_ld({"@context": "https://schema.org", "@graph": graph}, "yoast-schema-graph")}{p}')


def _vip_card(w: Work, u) -> str:
    return (f'<article class="o-tease lrv-u-flex"><h3 class="c-title"><a href="{u(w.path)}">{esc(w.title)}</a>'
            f'</h3><p class="c-dek">{cut(w.paras[0], 150)}</p><p class="c-byline">By <a href="'
            f'{u("/author/" + _slug(w.author) + "/")}">{esc(w.author)}</a> <time datetime="{w.date}">{w.date}'
            f'</time></p></article>')


def vip(u) -> list[Doc]:
    ws = _works(TRADE)
    keys = {w: k for k, w in WORKS.items()}
    docs = []
    for w in ws:
        tags = [t for t, ks in TAGS.items() if keys[w] in ks]
        url = u(w.path)
        graph = [{"@type": "NewsArticle", "@id": url + "#article", "headline": w.title,
                  "author": {"name": w.author, "@id": u("/#/schema/person/" + _slug(w.author))},
                  "datePublished": w.date + "T08:30:00+00:00", "keywords": tags, "articleSection": ["Careers"],
                  "isPartOf": {"@id": url}}, {"@type": "WebPage", "@id": url, "url": url, "name": w.title},
                 {"@type": "WebSite", "@id": u("/#website"), "name": LWW}]
        parsely = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": w.title, "url": url,
                   "articleSection": "Careers", "creator": [w.author], "keywords": tags,
                   "datePublished": w.date + "T08:30:00Z"}
        head = (_vip_head(u, w.path, w.title, graph, parsely, "article")
                + f'<meta property="article:published_time" content="{w.date}T08:30:00+00:00">'
                  f'<meta name="author" content="{esc(w.author)}">')
        related = [x for x in ws if x is not w][:3]
        main = (f'<article class="c-article post type-post"><header><a class="c-kicker" '
                f'href="{u("/category/careers/")}">Careers</a><h1 class="c-title article-title">{esc(w.title)}</h1>'
                f'<p class="c-byline">By <a href="{u("/author/" + _slug(w.author) + "/")}" rel="author">'
                f'{esc(w.author)}</a> <time class="c-timestamp" datetime="{w.date}">{w.date}</time></p></header>'
                f'<div class="a-content pmc-paywall">{ps(w.paras)}</div><footer class="c-tags">Tags: '
                + ", ".join(f'<a href="{u(f"/tag/{t}/")}" rel="tag">{t.replace("-", " ")}</a>' for t in tags)
                + f'</footer></article><section class="related-articles"><h2>Related</h2>'
                + "".join(_vip_card(x, u) for x in related) + "</section>")
        docs.append(_work(w, _vip(u, f"{w.title} &#8211; {LWW}".replace("&#8211;", "-"), main, head,
                                  "post-template-default single single-post")))

    def listing(path, kind_title, items, body_class, schema="CollectionPage", extra=""):
        graph = [{"@type": schema, "@id": u(path), "url": u(path), "name": kind_title},
                 {"@type": "WebSite", "@id": u("/#website"), "name": LWW}]
        return _other(TRADE, path, _vip(u, f"{kind_title} - {LWW}", f'<h1 class="c-heading">{esc(kind_title)}'
                                        f'</h1>' + "".join(_vip_card(w, u) for w in items) + extra,
                                        _vip_head(u, path, kind_title, graph), body_class))
    newest = sorted(ws, key=lambda w: w.date, reverse=True)
    pager = f'<nav class="pagination"><a class="next page-numbers" href="{u("/page/2/")}">Next</a></nav>'
    docs.append(listing("/", "Library news, jobs and careers", newest[:4], "home blog", extra=pager))
    docs.append(listing("/page/2/", "Page 2", newest[4:], "home blog paged paged-2"))
    for t, ks in TAGS.items():
        docs.append(listing(f"/tag/{t}/", f"Tag: {t.replace('-', ' ')}", [WORKS[k] for k in ks],
                            f"archive tag tag-{t}"))
    docs.append(listing("/category/careers/", "Careers", newest, "archive category category-careers"))
    for name in ("Rhea Santos", "Jon Pak"):
        docs.append(listing(f"/author/{_slug(name)}/", name, [w for w in newest if w.author == name],
                            f"archive author author-{_slug(name)}", "ProfilePage",
                            f'<p class="author-bio">{name} is a senior reporter at {LWW}.</p>'))
    docs.append(listing("/?s=mentoring", "Search results for mentoring", [WORKS[k] for k in TAGS["mentoring"]],
                        "search search-results", "SearchResultsPage"))
    docs.append(_other(TRADE, "/about/", _vip(u, f"About - {LWW}", f"<h1>About {LWW}</h1><p>{LWW} is the trade "
                       "weekly for people who run libraries: budgets, buildings, systems and staff.</p>",
                       _vip_head(u, "/about/", "About", [{"@type": "AboutPage", "@id": u("/about/")}]),
                       "page-template-default page")))
    docs.append(_other(TRADE, "/contact/", _vip(u, f"Contact - {LWW}", "<h1>Contact</h1><p>Editorial: "
                       "editors@libraryworkweek.example. Advertising: sales@libraryworkweek.example.</p>",
                       _vip_head(u, "/contact/", "Contact", [{"@type": "ContactPage", "@id": u("/contact/")}]),
                       "page-template-default page")))
    return docs


# --- TED-like talks -------------------------------------------------------------------------------

def _talks(u, title: str, main: str, head: str = "", data: dict | None = None) -> str:
    nd = json.dumps({"props": {"pageProps": data or {}}, "page": "/", "buildId": "x7Yq2", "isFallback": False})
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width">{head}</head><body><div id="__next">'
            f'<header class="sticky top-0 z-40"><a href="{u("/")}" aria-label="IdeaStage home">IdeaStage</a>'
            f'<nav><a href="{u("/talks")}">Watch</a> <a href="{u("/topics/libraries")}">Libraries</a> '
            f'<a href="{u("/topics/mentorship")}">Mentorship</a> <a href="{u("/search?q=mentoring")}">Search</a></nav>'
            f'</header><main id="maincontent" class="w-full">{main}</main><footer class="bg-black text-white">'
            f'<a href="{u("/about/our-organization")}">Our organization</a><p>IdeaStage Conferences, LLC. '
            f'All rights reserved.</p></footer></div>'
            f'<script id="__NEXT_DATA__" type="application/json">{nd}</script></body></html>')


def _talk_card(w: Work, u) -> str:
    return (f'<div class="media-talk-card"><a class="ga-link" data-ga-context="talks" href="{u(w.path)}">'
            f'<h4 class="text-textPrimary-onLight">{esc(w.title)}</h4><p class="text-textTertiary-onLight">'
            f'{esc(w.author)}</p></a></div>')


def talks(u) -> list[Doc]:
    ws = _works(TALKS)
    topics = {"libraries": [ws[0], ws[1], ws[3]], "mentorship": [ws[0], ws[2], ws[3]]}
    docs = []
    for w in ws:
        sp = "/speakers/" + _slug(w.author).replace("-", "_")
        url = u(w.path)
        ld = {"@context": "https://schema.org", "@type": "VideoObject", "name": w.title,
              "description": w.paras[1][:200], "uploadDate": w.date + "T15:00:00Z", "duration": "PT13M42S",
              "thumbnailUrl": "https://pi.ideastage.example/img.jpg"}
        head = (f'<link rel="canonical" href="{url}"><meta property="og:type" content="video.other">'
                f'<meta property="og:title" content="{esc(w.author)}: {esc(w.title)}">'
                f'<meta property="og:url" content="{url}"><meta name="author" content="{esc(w.author)}">'
                f'<meta name="description" content="{esc(w.paras[1][:160])}">{_ld(ld)}')
        tr = "".join(f'<div class="mb-6"><span class="text-textSecondary-onLight">{i:02d}:{(i * 37) % 60:02d}'
                     f'</span><p>{esc(p)}</p></div>' for i, p in enumerate(w.paras))
        mine = [t for t, l in topics.items() if w in l]
        main = (f'<div class="talk-hero"><h1 class="text-textPrimary-onLight">{esc(w.title)}</h1>'
                f'<a href="{u(sp)}" class="text-tui-sm">{esc(w.author)}</a> &middot; <span>{w.date}</span></div>'
                f'<div class="topics">' + "".join(f'<a href="{u("/topics/" + t)}" class="rounded-sm">{t}</a> '
                                                  for t in mine)
                + f'</div><section id="transcript" aria-label="Transcript"><h2>Transcript</h2>'
                f'<div class="w-full" data-testid="transcript-text">{tr}</div></section>'
                f'<section class="watch-next"><h3>Watch next</h3>'
                + "".join(_talk_card(x, u) for x in ws if x is not w) + "</section>")
        data = {"videoData": {"slug": w.path.split("/")[-1], "title": w.title, "presenterDisplayName": w.author,
                              "recordedOn": w.date}}
        docs.append(_work(w, _talks(u, f"{w.author}: {w.title} | IdeaStage Talk", main, head, data)))
    docs.append(_other(TALKS, "/", _talks(u, "IdeaStage: Ideas change everything", '<h1>Newest talks</h1>'
                       + "".join(_talk_card(w, u) for w in ws), '<meta property="og:type" content="website">')))
    docs.append(_other(TALKS, "/talks", _talks(u, "IdeaStage Talks | Browse", '<h1>Talks</h1><ul class="results">'
                       + "".join(f"<li>{_talk_card(w, u)}</li>" for w in ws) + "</ul>")))
    for t, l in topics.items():
        docs.append(_other(TALKS, "/topics/" + t, _talks(
            u, f"{t.title()} | IdeaStage Topics", f'<h1>{t.title()}</h1><p>Talks about {t}.</p>'
            + "".join(_talk_card(w, u) for w in l), "", {"topic": t})))
    for name, bio in (("Amara Oduya", "Librarian and founder of an online peer network."),
                      ("Lin Chow", "Engineer and flood historian.")):
        sp = "/speakers/" + _slug(name).replace("-", "_")
        extra = (f'<p>Also: <a href="{u("/talks/amara_oduya_why_we_mentor")}">Why we mentor (2021)</a></p>'
                 if name == "Amara Oduya" else "")
        docs.append(_other(TALKS, sp, _talks(
            u, f"{name} | Speaker | IdeaStage", f'<div class="speaker"><h1>{name}</h1><p>{bio}</p>{extra}</div>'
            + "".join(_talk_card(w, u) for w in ws if w.author == name),
            '<meta property="og:type" content="profile">')))
    docs.append(_other(TALKS, "/search?q=mentoring", _talks(
        u, "Search results for mentoring | IdeaStage", '<h1>Results for "mentoring"</h1>'
        + "".join(_talk_card(w, u) for w in (ws[0], ws[2], ws[3])), '<meta name="robots" content="noindex">')))
    docs.append(_other(TALKS, "/about/our-organization", _talks(
        u, "Our organization | IdeaStage", "<h1>Our organization</h1><p>IdeaStage is a nonprofit devoted to "
        "spreading ideas, usually in the form of short talks.</p>")))
    docs.append(_other(TALKS, "/talks/amara_oduya_why_we_mentor", _talks(
        u, "404: Not Found | IdeaStage", "<h1>Oops! That page can't be found.</h1>"), status=404))
    return docs


# --- Spotify-like podcast directory ---------------------------------------------------------------

SHOWS = {"/show/3kLp9QzX7vRt2WmN5bHc4y": "Early Career Stacks", "/show/8vHn2Rx5TqL9kWz3PmYc7j": "Spine Out"}


def _spot(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta property="og:site_name" content="SoundShelf">{head}</head><body><div id="main">'
            f'<div class="Root__top-container"><nav class="Root__nav-bar" aria-label="Main"><ul>'
            f'<li><a href="{u("/")}">Home</a></li><li><a href="{u("/search/mentoring")}">Search</a></li>'
            f'<li><a href="{u("/genre/education-podcasts")}">Education</a></li></ul></nav>'
            f'<div class="Root__main-view"><main aria-label="SoundShelf">{main}</main></div>'
            f'<footer><a href="{u("/about-us")}">About</a></footer></div></div>'
            f'<div id="onetrust-banner-sdk"><p>SoundShelf uses cookies.</p><button>Accept cookies</button></div>'
            f'</body></html>')


def _ep_row(w: Work, u) -> str:
    return (f'<div data-testid="episode-row" role="row"><a href="{u(w.path)}"><div data-encore-id="text" '
            f'class="encore-text-body-medium-bold">{esc(w.title)}</div></a><p data-encore-id="text" '
            f'class="encore-text-body-small">{cut(w.paras[0], 140)}</p><span>{w.date}</span></div>')


def spotify(u) -> list[Doc]:
    ws = _works(PODS)
    docs = []
    for w in ws:
        show = next(p for p, n in SHOWS.items() if n == w.author)
        ld = {"@context": "https://schema.org", "@type": "PodcastEpisode", "name": w.title, "datePublished": w.date,
              "description": " ".join(w.paras)[:300], "partOfSeries": {"@type": "PodcastSeries", "name": w.author,
                                                                       "url": u(show)}}
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:type" '
                f'content="website"><meta property="og:description" content="{esc(w.paras[0][:200])}">'
                f'<meta property="og:url" content="{u(w.path)}"><link rel="canonical" href="{u(w.path)}">{_ld(ld)}')
        main = (f'<section data-testid="episode-page"><div class="header"><span>Podcast Episode</span>'
                f'<h1 data-encore-id="text">{esc(w.title)}</h1><a href="{u(show)}" data-testid="show-link">'
                f'{esc(w.author)}</a><p>{w.date} &middot; 48 min</p></div>'
                f'<div data-testid="episode-description"><h2>Episode Description</h2>'
                f'<div class="description">{ps(w.paras)}</div></div>'
                f'<div data-testid="more-episodes"><h2>More episodes from {esc(w.author)}</h2>'
                + "".join(_ep_row(x, u) for x in ws if x.author == w.author and x is not w)
                + f'<a href="{u(show)}">See all episodes</a></div></section>')
        docs.append(_work(w, _spot(u, f"{w.title} | Podcast on SoundShelf", main, head)))
    for path, name in SHOWS.items():
        eps = [w for w in ws if w.author == name]
        about = ("Conversations for library workers in their first five years." if name == "Early Career Stacks"
                 else "A podcast about bookselling.")
        docs.append(_other(PODS, path, _spot(
            u, f"{name} | Podcast on SoundShelf", f'<section data-testid="show-page"><h1>{name}</h1>'
            f'<div data-testid="show-description"><h2>About</h2><p>{about}</p></div>'
            f'<div data-testid="episodes-list"><h2>All Episodes</h2>' + "".join(_ep_row(w, u) for w in eps)
            + "</div></section>", '<meta property="og:type" content="website">')))
    cards = "".join(f'<div data-testid="card"><a href="{u(p)}">{n}</a></div>' for p, n in SHOWS.items())
    docs.append(_other(PODS, "/", _spot(u, "SoundShelf - Web Player", f"<h1>Popular podcasts</h1>{cards}")))
    docs.append(_other(PODS, "/genre/education-podcasts", _spot(u, "Education podcasts | SoundShelf",
                                                                 f"<h1>Education</h1>{cards}")))
    docs.append(_other(PODS, "/search/mentoring", _spot(
        u, "mentoring - Search | SoundShelf", '<h1>Episodes</h1>' + "".join(_ep_row(w, u) for w in ws[:3])
        + f'<h2>Podcasts</h2>{cards}')))
    docs.append(_other(PODS, "/about-us", _spot(u, "About SoundShelf", "<h1>About</h1><p>SoundShelf is a "
                                                "directory of podcasts and audio.</p>")))
    return docs


# --- Linktree-like -----------------------------------------------------------------------------------

def _lt(title: str, main: str, data: dict, head: str = "") -> str:
    nd = json.dumps({"props": {"pageProps": data}, "page": "/[profile]", "buildId": "lt-8841"})
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width">{head}</head><body><div id="__next">{main}</div>'
            f'<script id="__NEXT_DATA__" type="application/json">{nd}</script></body></html>')


def linktree(u, links: list[tuple[str, str]]) -> list[Doc]:
    buttons = "".join(f'<div data-testid="StyledContainer"><a data-testid="LinkButton" href="{h}" target="_blank" '
                      f'rel="noopener"><p class="sc-gtsrHT">{esc(t)}</p></a></div>' for t, h in links)
    main = (f'<div id="profile" class="sc-bdfBwQ"><img data-testid="ProfileImage" alt="" src="/avatar.jpg">'
            f'<h1 id="profile-title" data-testid="ProfileTitle">@booksandmentors</h1>'
            f'<h2 data-testid="ProfileDescription">Reference librarian. I run a mentoring circle for new library '
            f'workers. Links below.</h2>{buttons}<a href="{u("/")}" class="linktree-logo">Join booksandmentors on '
            f'Linkpage</a> <a href="{u("/s/about")}">About</a></div>')
    data = {"account": {"username": "booksandmentors", "pageTitle": "@booksandmentors"},
            "links": [{"title": t, "url": h} for t, h in links]}
    head = ('<meta property="og:title" content="@booksandmentors | Linkpage">'
            '<meta property="og:type" content="profile">')
    return [
        _other(BIO, "/booksandmentors", _lt("@booksandmentors | Linkpage", main, data, head)),
        _other(BIO, "/", _lt("Linkpage - The Only Link in Bio You'll Ever Need",
                             f'<h1>Everything you are, in one simple link in bio.</h1><a href="{u("/s/about")}">About'
                             f'</a> <a href="{u("/booksandmentors")}">See an example</a> '
                             f'<a href="{u("/booksandmentor")}">@booksandmentor</a>', {})),
        _other(BIO, "/s/about", _lt("About | Linkpage", f'<h1>About Linkpage</h1><p>One link to share everything '
                                                        f'you create.</p><a href="{u("/")}">Home</a>', {})),
        _other(BIO, "/booksandmentor", _lt(
            "Linkpage", f'<div data-testid="NotFound"><h1>The page you&#8217;re looking for doesn&#8217;t exist.</h1>'
            f'<p>Want this to be your username? <a href="{u("/")}">Create your Linkpage now.</a></p></div>',
            {"statusCode": 404})),  # Linktree answers 200 here: a soft 404
    ]


# --- Disboard-like ------------------------------------------------------------------------------------

DTAGS = {"disb1": ("librarians", "mentorship", "career"), "disb2": ("archives", "librarians", "mentorship"),
         "disb3": ("study", "mentorship"), "disb4": ("dnd", "librarians")}


def _disb(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}'
            f'<link rel="stylesheet" href="/css/bulma.min.css"></head><body>'
            f'<nav class="navbar is-dark" role="navigation"><div class="navbar-brand"><a class="navbar-item" '
            f'href="{u("/")}">DISBOARD</a></div><div class="navbar-menu"><a class="navbar-item" '
            f'href="{u("/servers")}">Servers</a><form class="navbar-item" action="{u("/search")}">'
            f'<input class="input" name="keyword"></form></div></nav><section class="section"><div class="container">'
            f'{main}</div></section><footer class="footer"><p>Popular searches: '
            f'<a href="{u("/search?keyword=mentoring")}">'
            f'mentoring</a></p><p>DISBOARD: the public Discord server list.</p></footer>'
            f'</body></html>')


def _disb_card(w: Work, k: str, u) -> str:
    return (f'<div class="column is-one-third-desktop"><div class="listing-card"><div class="server-info">'
            f'<a class="server-name" href="{u(w.path)}">{esc(w.title)}</a><div class="server-online">'
            f'<i class="icon-online"></i> 84 online</div></div><div class="server-description">'
            f'{cut(w.paras[0], 170)}</div><ul class="tags">'
            + "".join(f'<li class="tag"><a href="{u("/servers/tag/" + t)}" class="name">{t}</a></li>'
                      for t in DTAGS[k] if t in ("librarians", "mentorship"))
            + f'</ul><a class="button button-join is-discord" href="{u(w.path)}" rel="nofollow">Join</a></div></div>')


def disboard(u) -> list[Doc]:
    keys = [k for k, w in WORKS.items() if w.host == DISB]
    docs = []
    for k in keys:
        w = WORKS[k]
        tags = "".join(f'<li class="tag"><a href="{u("/servers/tag/" + t)}">{t}</a></li>'
                       if t in ("librarians", "mentorship") else f'<li class="tag"><span>{t}</span></li>'
                       for t in DTAGS[k])
        main = (f'<div class="columns"><div class="column is-8"><div class="server-header"><h1 class="server-name">'
                f'{esc(w.title)}</h1><div class="server-bumped-at">bumped {w.date}</div></div>'
                f'<div class="server-description">{ps(w.paras)}</div><ul class="tags">{tags}</ul></div>'
                f'<div class="column is-4"><div class="server-widget"><p>Members online: 84</p>'
                f'<a class="button is-discord" href="{u("/server/join/" + w.path.split("/")[-1])}" rel="nofollow">'
                f'Join this server</a></div></div></div>')
        head = (f'<meta name="description" content="{esc(w.paras[0][:160])}"><meta property="og:title" '
                f'content="{esc(w.title)} | DISBOARD"><link rel="canonical" href="{u(w.path)}">')
        if k == "disb1":
            main += (f'<p class="server-note">Formerly listed at '
                     f'<a href="{u("/server/104938271650493827")}">our old page</a>.</p>')
        docs.append(_work(w, _disb(u, f"{w.title} | DISBOARD: Discord Server List", main, head)))

    def grid(items):
        return ('<div class="columns is-multiline listings">'
                + "".join(_disb_card(WORKS[k], k, u) for k in items) + "</div>")
    docs.append(_other(DISB, "/", _disb(u, "DISBOARD | Discord Server List", "<h1 class='title'>Public Discord "
                                        "servers</h1>" + grid(keys[:2])
                                        + f'<a href="{u("/servers")}">All servers</a>')))
    docs.append(_other(DISB, "/servers", _disb(u, "Servers | DISBOARD", "<h1 class='title'>Servers</h1>"
                                               + grid(keys[:2]) + f'<nav class="pagination"><a class="pagination-'
                                               f'next" href="{u("/servers?page=2")}">Next</a></nav>')))
    docs.append(_other(DISB, "/servers?page=2", _disb(u, "Servers - page 2 | DISBOARD",
                                                      "<h1 class='title'>Servers</h1>" + grid(keys[2:]))))
    for t in ("librarians", "mentorship"):
        docs.append(_other(DISB, "/servers/tag/" + t, _disb(u, f"Discord Servers tagged with {t} | DISBOARD",
                                                            f"<h1 class='title'>#{t}</h1>"
                                                            + grid([k for k in keys if t in DTAGS[k]]))))
    docs.append(_other(DISB, "/search?keyword=mentoring", _disb(u, "mentoring - Search | DISBOARD",
                                                                "<h1 class='title'>Search: mentoring</h1>"
                                                                + grid(keys[:3]))))
    docs.append(_other(DISB, "/server/104938271650493827", _disb(u, "404 Not Found | DISBOARD",
                                                                 "<h1 class='title'>404 Not Found</h1>"), status=404))
    return docs


# --- OER Commons ---------------------------------------------------------------------------------------

def _oer(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | OER Commons</title>'
            f'{head}</head><body class="oer-commons"><header id="header"><a class="logo" href="{u("/")}">OER Commons'
            f'</a><nav class="main-nav"><a href="{u("/browse?f.general_subject=information-science")}">Explore</a> '
            f'<a href="{u("/hubs/library-mentoring")}">Hubs</a></nav><form action="{u("/search")}" method="get">'
            f'<input name="f.search"></form></header><div id="content" class="container">{main}</div>'
            f'<footer id="footer"><a href="{u("/about")}">About</a> <a href="{u("/help")}">Help &amp; Contact</a>'
            f'<p>OER Commons is a project of ISKME.</p></footer></body></html>')


def _oer_item(w: Work, u) -> str:
    return (f'<article class="js-index-item index-item"><div class="item-title"><h3><a class="item-link" '
            f'href="{u(w.path)}">{esc(w.title)}</a></h3></div><div class="abstract">{cut(w.paras[0], 200)}</div>'
            f'<dl class="item-info"><dt>Material Type:</dt><dd>Module</dd><dt>Author:</dt><dd>{esc(w.author)}</dd>'
            f'<dt>Date Added:</dt><dd>{w.date}</dd></dl></article>')


def oer(u) -> list[Doc]:
    ws = _works(OER)
    docs = []
    for w in ws:
        ld = {"@context": "https://schema.org", "@type": "LearningResource", "name": w.title,
              "author": {"@type": "Person", "name": w.author}, "dateCreated": w.date, "learningResourceType": "Module",
              "license": "https://creativecommons.org/licenses/by/4.0/", "description": w.paras[0]}
        main = (f'<div class="material-details"><ol class="breadcrumb"><li><a href="{u("/")}">Home</a></li>'
                f'<li><a href="{u("/browse?f.general_subject=information-science")}">Information Science</a></li>'
                f'</ol><h1 class="material-title">{esc(w.title)}</h1><div class="material-content" '
                f'itemscope itemtype="http://schema.org/CreativeWork"><section class="material-overview">'
                f'<h2>Overview</h2><div itemprop="description">{ps(w.paras)}</div></section>'
                f'<dl class="materials-details-first-part"><dt>Subject:</dt><dd>Information Science</dd>'
                f'<dt>Material Type:</dt><dd itemprop="learningResourceType">Module</dd><dt>Provider:</dt>'
                f'<dd itemprop="author">{esc(w.author)}</dd><dt>Date Added:</dt><dd>{w.date}</dd>'
                f'<dt>Keywords:</dt><dd><a class="tag" href="{u("/search?f.search=mentoring")}">mentoring</a></dd>'
                f'<dt>License:</dt><dd><a href="https://creativecommons.org/licenses/by/4.0/" rel="license nofollow">'
                f'CC BY</a></dd></dl><div class="material-actions"><a class="btn" href="{u("/profile/view/58213")}">'
                f'Shared by Kwame Adu</a></div></div></div>')
        head = (f'<meta name="description" content="{esc(w.paras[0][:160])}"><meta property="og:title" '
                f'content="{esc(w.title)}"><link rel="canonical" href="{u(w.path)}">{_ld(ld)}')
        docs.append(_work(w, _oer(u, w.title, main, head)))

    def results(h, items, extra=""):
        return f'<h1>{h}</h1>{extra}<div class="index-items">' + "".join(_oer_item(w, u) for w in items) + "</div>"
    docs.append(_other(OER, "/", _oer(u, "Home", results("Recently added", ws[:3], "<p>Explore. Create. "
                                                         "Collaborate.</p>"))))
    docs.append(_other(OER, "/hubs/library-mentoring", _oer(u, "Library Mentoring Hub", results(
        "Library Mentoring Hub", [ws[0], ws[1], ws[4]], '<div class="hub-about"><p>A hub curated by a consortium '
        'of library associations.</p></div>'))))
    docs.append(_other(OER, "/browse?f.general_subject=information-science", _oer(
        u, "Browse: Information Science", results("Information Science", ws,
                                                  '<div class="facet"><h3>Subject</h3>'
                                                  '<p>Information Science</p></div>'))))
    docs.append(_other(OER, "/search?f.search=mentoring", _oer(u, "Search: mentoring", results(
        'Search results for "mentoring"', [ws[0], ws[4], ws[1], ws[3]]))))
    docs.append(_other(OER, "/profile/view/58213", _oer(u, "Kwame Adu", results(
        "Kwame Adu", [w for w in ws if w.author == "Kwame Adu"], '<p class="profile-bio">Librarian and '
        'instructional designer.</p>'))))
    docs.append(_other(OER, "/about", _oer(u, "About", "<h1>About OER Commons</h1><p>A public digital library of "
                                                       "open educational resources.</p>")))
    docs.append(_other(OER, "/help", _oer(u, "Help &amp; Contact", "<h1>Help</h1><p>Contact us at "
                                                                   "info@oercommons.example.</p>")))
    return docs


# --- MERLOT and JOLT -------------------------------------------------------------------------------------

def _merlot(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>{head}</head>'
            f'<body><div id="merlot-header" class="navbar"><a class="navbar-brand" href="{u("/merlot/index.htm")}">'
            f'MERLOT</a><ul class="nav"><li><a href="{u("/merlot/materials.htm?category=2577")}">Library and '
            f'Information Services</a></li><li><a href="{u("/jolt/")}">JOLT</a></li></ul>'
            f'<form action="{u("/merlot/materials.htm")}"><input name="keywords"></form></div>'
            f'<div class="container" id="main">{main}</div><div id="merlot-footer"><a href="'
            f'{u("/merlot/about.htm")}">About MERLOT</a> | <a href="{u("/merlot/contactUs.htm")}">Contact Us</a>'
            f'<p>&copy; 1997-2024 MERLOT. California State University.</p></div></body></html>')


def _mat_row(w: Work, u) -> str:
    return (f'<div class="material-list-item"><h4><a href="{u(w.path)}">{esc(w.title)}</a></h4>'
            f'<p class="material-type">Material Type: Collection</p><p>{cut(w.paras[0], 160)}</p>'
            f'<span class="stars" title="Peer Review">&#9733;&#9733;&#9733;&#9733;</span></div>')


def merlot(u) -> list[Doc]:
    mats = [w for w in _works(MERLOT) if w.kind == "document"]
    arts = [w for w in _works(MERLOT) if w.kind == "journal-article"]
    docs = []
    for w in mats:
        desc, *reviews = w.paras
        main = (f'<div class="detail-material"><h1 class="material-title">{esc(w.title)}</h1>'
                f'<dl class="dl-horizontal"><dt>Material Type:</dt><dd>Collection</dd><dt>Author:</dt><dd>'
                f'<a href="{u("/merlot/viewMember.htm?id=1402215")}">{esc(w.author)}</a></dd><dt>Date Added:</dt>'
                f'<dd>{w.date}</dd><dt>Category:</dt><dd><a href="{u("/merlot/materials.htm?category=2577")}">'
                f'Library and Information Services</a></dd><dt>Keywords:</dt><dd><a href="'
                f'{u("/merlot/materials.htm?keywords=mentoring")}">mentoring</a></dd></dl>'
                f'<div class="description"><h2>Description</h2>'
                f'{ps([desc])}</div><div id="peer-review" class="tab-pane"><h2>Peer Review</h2>'
                f'{ps(reviews, "blockquote")}</div></div>')
        head = (f'<meta name="description" content="{esc(desc[:160])}"><meta property="og:title" '
                f'content="{esc(w.title)}">')
        docs.append(_work(w, _merlot(u, f"MERLOT Materials - {w.title}", main, head)))
    for w in arts:
        if w.path.endswith(".pdf"):
            docs.append(Doc(w.host, w.path, w.kind, w.grade,
                            pdf([w.title, w.author, "Journal of Online Learning and Teaching, 20(2), June 2024"]
                                + [s for p in w.paras for s in _lines(p)]), content_type="application/pdf"))
            continue
        head = (f'<meta name="citation_title" content="{esc(w.title)}"><meta name="citation_author" '
                f'content="{esc(w.author)}"><meta name="citation_publication_date" content="{w.date[:4]}/06">'
                f'<meta name="citation_journal_title" content="Journal of Online Learning and Teaching">'
                f'<meta name="citation_volume" content="20"><meta name="citation_issue" content="2">'
                f'<meta name="citation_issn" content="1558-9528">')
        main = (f'<div class="jolt-article"><p class="jolt-cite"><a href="{u("/jolt/vol20no2/")}">JOLT Vol. 20, '
                f'No. 2, June 2024</a></p><h1>{esc(w.title)}</h1><p class="author">{esc(w.author)}</p>'
                f'<div class="abstract">{ps(w.paras[:1])}</div><div class="body">{ps(w.paras[1:])}</div></div>')
        docs.append(_work(w, _merlot(u, f"JOLT - {w.title}", main, head)))
    docs.append(_other(MERLOT, "/merlot/index.htm", _merlot(
        u, "MERLOT - Multimedia Educational Resource for Learning and Online Teaching",
        "<h1>Welcome to MERLOT</h1><h2>New materials</h2>" + "".join(_mat_row(w, u) for w in mats)
        + f'<p><a href="{u("/jolt/vol20no2/")}">Read the latest issue of JOLT</a></p>')))
    docs.append(_other(MERLOT, "/merlot/materials.htm?category=2577", _merlot(
        u, "MERLOT Materials - Library and Information Services",
        "<h1>Library and Information Services</h1>" + "".join(_mat_row(w, u) for w in mats))))
    docs.append(_other(MERLOT, "/merlot/materials.htm?keywords=mentoring", _merlot(
        u, "MERLOT Materials - Search: mentoring", "<h1>Search results: mentoring</h1>"
        + "".join(_mat_row(w, u) for w in mats[:2]))))
    docs.append(_other(MERLOT, "/merlot/viewMember.htm?id=1402215", _merlot(
        u, "MERLOT Member - Renata Alves", '<div class="member-profile"><h1>Renata Alves</h1><p>Librarian, '
        'Member since 2015. Peer reviewer, Library and Information Services.</p></div><h2>Materials</h2>'
        + "".join(_mat_row(w, u) for w in mats if w.author == "Renata Alves"))))
    docs.append(_other(MERLOT, "/jolt/", _merlot(
        u, "JOLT - Journal of Online Learning and Teaching", f'<h1>Journal of Online Learning and Teaching</h1>'
        f'<ul class="issues"><li><a href="{u("/jolt/vol20no2/")}">Vol. 20, No. 2 (June 2024)</a></li></ul>')))
    docs.append(_other(MERLOT, "/jolt/vol20no2/", _merlot(
        u, "JOLT - Vol. 20, No. 2, June 2024", "<h1>Vol. 20, No. 2, June 2024</h1><table class='toc'>"
        + "".join(f'<tr><td><a href="{u(w.path)}">{esc(w.title)}</a><br>{esc(w.author)}</td>'
                  f'<td>{"PDF" if w.path.endswith(".pdf") else "HTML"}</td></tr>' for w in arts) + "</table>")))
    docs.append(_other(MERLOT, "/merlot/about.htm", _merlot(u, "About MERLOT", "<h1>About MERLOT</h1><p>A curated "
                                                            "collection of free online learning materials.</p>")))
    docs.append(_other(MERLOT, "/merlot/contactUs.htm", _merlot(u, "Contact MERLOT", "<h1>Contact Us</h1><p>"
                                                                "webmaster@merlot.example</p>")))
    return docs


def _lines(p: str, n: int = 90) -> list[str]:
    out, line = [], ""
    for word in p.split():
        if len(line) + len(word) > n:
            out.append(line)
            line = ""
        line = (line + " " + word).strip()
    return out + [line]


# --- Podbean -------------------------------------------------------------------------------------------

def _bean(u, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>{head}'
            f'<link rel="alternate" type="application/rss+xml" title="Stackside Chats" href="{u("/feed.xml")}">'
            f'</head><body class="theme-simple"><div class="header"><h1 class="podcast-title"><a href="{u("/")}">'
            f'Stackside Chats</a></h1><p class="description">Conversations from behind the reference desk.</p>'
            f'<ul class="nav"><li><a href="{u("/")}">Home</a></li><li><a href="{u("/category/interviews/")}">'
            f'Interviews</a></li></ul></div><div class="main-content container">{main}</div>'
            f'<div class="footer">Powered by <a href="https://www.podbean.com" rel="nofollow">Podbean.com</a>'
            f'</div></body></html>')


def _bean_item(w: Work, u) -> str:
    return (f'<div class="episode-list-item"><h2 class="e-title"><a href="{u(w.path)}">{esc(w.title)}</a></h2>'
            f'<div class="e-date">{w.date}</div><div class="e-description">{cut(w.paras[0], 180)}</div>'
            f'<a class="btn-more" href="{u(w.path)}">Read More</a></div>')


def podbean(u) -> list[Doc]:
    ws = _works(BEAN)
    docs = []
    for i, w in enumerate(ws):
        slug = w.path.strip("/").split("/")[-1]
        ld = {"@context": "https://schema.org", "@type": "PodcastEpisode", "name": w.title, "datePublished": w.date,
              "url": u(w.path), "partOfSeries": {"@type": "PodcastSeries", "name": "Stackside Chats"}}
        head = (f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(w.title)}">'
                f'<meta property="og:url" content="{u(w.path)}"><meta name="description" '
                f'content="{esc(w.paras[0][:160])}">{_ld(ld)}')
        main = (f'<div class="episode-detail"><h2 class="e-title">{esc(w.title)}</h2><div class="e-date">'
                f'{w.date}</div><iframe title="{esc(w.title)}" src="https://www.podbean.com/player-v2/?i={slug}" '
                f'height="150" width="100%"></iframe><div class="e-description episode-content">{ps(w.paras)}</div>'
                f'<div class="e-meta">Category: <a href="{u("/category/interviews/")}">Interviews</a></div>'
                + (f'<p>Looking for our earlier episode on mentoring new grads? <a href="'
                   f'{u("/e/ep-05-mentoring-new-grads/")}">Episode 5</a>.</p>' if i == 0 else "")
                + "</div>")
        docs.append(_work(w, _bean(u, f"{w.title} | Stackside Chats", main, head)))
    newest = ws[::-1]
    docs.append(_other(BEAN, "/", _bean(u, "Stackside Chats | Podbean", "".join(_bean_item(w, u) for w in newest[:2])
                                        + f'<div class="pagination"><a href="{u("/page/2/")}">Next</a></div>')))
    docs.append(_other(BEAN, "/page/2/", _bean(u, "Stackside Chats | Page 2", "".join(_bean_item(w, u)
                                                                                     for w in newest[2:]))))
    docs.append(_other(BEAN, "/category/interviews/", _bean(u, "Interviews | Stackside Chats",
                                                            "<h2>Interviews</h2>" + "".join(_bean_item(w, u)
                                                                                            for w in newest))))
    docs.append(_other(BEAN, "/e/ep-05-mentoring-new-grads/", _bean(u, "404 | Stackside Chats",
                                                                    "<h2>Sorry, the page you requested was not found."
                                                                    "</h2>"), status=404))
    return docs


# --- Carrd -----------------------------------------------------------------------------------------------

def carrd(u, links: dict[str, str]) -> list[Doc]:
    body = (f'<div id="wrapper"><div id="main"><div class="inner">'
            f'<section id="home-section" class="active"><h1 id="text01">MentorBridge</h1>'
            f'<p id="text02">Free online mentoring for library and archives workers in their first five years.</p>'
            f'<ul id="buttons01" class="buttons"><li><a href="#apply" class="button n01">Apply</a></li>'
            f'<li><a href="#about" class="button n02">About</a></li></ul></section>'
            f'<section id="about-section"><h2 id="text03">About</h2><p id="text04">Each spring we match mentees with '
            f'mentors for six months of video calls, and everyone joins our peer circles on Discord.</p>'
            f'<ul id="links01" class="links"><li><a href="{links["discord"]}">Our Discord listing</a></li>'
            f'<li><a href="{links["toolkit"]}">The circles toolkit</a></li>'
            f'<li><a href="{links["podcast"]}">Hear us on Stackside Chats</a></li></ul></section>'
            f'<section id="apply-section"><h2 id="text05">Apply</h2><form id="form01" method="post">'
            f'<input type="email" name="email"><button type="submit">Apply</button></form></section>'
            f'<p id="text06">&copy; MentorBridge. Made with <a href="https://carrd.co" rel="nofollow">Carrd</a>.</p>'
            f'</div></div></div>')
    head = ('<meta name="generator" content="Carrd"><meta property="og:site_name" content="MentorBridge">'
            '<meta property="og:title" content="MentorBridge"><meta property="og:type" content="website">'
            '<meta name="description" content="Free online mentoring for library and archives workers.">')
    return [_other(CARRD, "/", f'<!DOCTYPE HTML><html lang="en"><head><title>MentorBridge</title>'
                               f'<meta charset="utf-8">{head}<style>#wrapper{{display:flex}}</style></head>'
                               f'<body class="is-loading">{body}<script>(function(){{}})();</script></body></html>')]


def build(url: Callable[[str, str], str]) -> list[Doc]:
    def on(host):
        return lambda path: url(host, path)
    links = [("Join our peer mentoring circle (Discord)", url(DISB, WORKS["disb1"].path)),
             ("MentorBridge: apply for a mentor", url(CARRD, "/")),
             ("Podcast: Early Career Stacks", url(PODS, "/show/3kLp9QzX7vRt2WmN5bHc4y")),
             ("My talk: The mentor you find in the comments", url(TALKS, WORKS["talk1"].path)),
             ("Free course: E-Mentoring for Library Professionals", url(OER, WORKS["oer1"].path)),
             ("Stackside Chats, Ep. 18", url(BEAN, WORKS["bean1"].path)),
             ("Press: in The Capitol Ledger", url(NEWS, WORKS["news1"].path))]
    carrd_links = {"discord": url(DISB, WORKS["disb1"].path), "toolkit": url(OER, WORKS["oer5"].path),
                   "podcast": url(BEAN, WORKS["bean1"].path)}
    return (arc(on(NEWS)) + vip(on(TRADE)) + talks(on(TALKS)) + spotify(on(PODS)) + linktree(on(BIO), links)
            + disboard(on(DISB)) + oer(on(OER)) + merlot(on(MERLOT)) + podbean(on(BEAN))
            + carrd(on(CARRD), carrd_links))


class LabelledWeb43(ServedWeb):
    """Web 43 (see the module docstring)."""

    HOSTS = HOSTS
    START = {BIO: "/booksandmentors", MERLOT: "/merlot/index.htm"}
    FIRST_ADDRESS = 500
    build = staticmethod(build)
