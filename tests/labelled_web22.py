"""Web 22: 121 pages on ten hosts, each built with the markup of a platform no earlier web uses, from the texts
and labels :mod:`tests.labelled_text22` committed before it was built.

* fieldnotes.example: a student archivist's blog on eleventy-excellent (CUBE CSS, an hidden h-entry, OpenGraph
  with ``og:type`` website on every page, BlogPosting JSON-LD, ``/blog/page-2/`` pagination, ``/tags/x/``);
* shelfsupply.example: a shop with a blog on WordPress Storefront with WooCommerce and Yoast (a product page with
  WooCommerce's Product JSON-LD, a shop, a product category, a product search);
* openstacks.example: an open-source project's documentation and blog on Hugo's Hextra theme (``hx-`` utility
  classes, Hugo's OpenGraph and ``itemprop`` metadata, a docs sidebar, a real 404);
* calr.example: an association's site on Concrete CMS (its Atomik theme, page list and topic list blocks, a
  search block, files under ``/application/files/``, a PDF handbook);
* library.northfield.example: a university library's news on Umbraco (a site's own templates, ImageSharp media
  URLs, NewsArticle JSON-LD, and a soft 404 answered 200);
* archivesnet.example: a network's portal on Liferay DXP's Classic theme (portlets, an asset publisher's
  ``/-/asset_publisher/`` URLs, Documents and Media PDFs, a user's public page, a real 404);
* hub.commons.example: a Hubzilla hub (channels, ``/item/uuid`` posts, hashtags followed by no one, a tag cloud,
  ``/siteinfo``);
* emeraldine.example: journal articles on an Emerald Insight-like platform (``citation_*`` and Dublin Core
  metadata, structured abstracts, issue tables of contents);
* podcasts.example: a podcast on an RSS.com-like host (PodcastEpisode JSON-LD, ``og:audio``, ``?page=2``);
* bookwyrm.example: a BookWyrm instance (Bulma, reviews and comments as statuses, book pages, a list, users).

The kinds and grades of the pages are the text module's; every page below is looked up there (:func:`_doc`).
"""

from __future__ import annotations

import json
from datetime import date as _date
from typing import Callable

from tests import labelled_text22 as T
from tests.labelled_web import Doc, ServedWeb, cut, esc, pdf

Url = Callable[[str], str]

_WORK_AT = {(w.host, w.path): w for w in T.WORKS.values()}
_OTHER_AT = {(h, p): k for h, p, k in T.OTHER}


def _doc(host: str, path: str, body: str | bytes, status: int = 200,
         content_type: str = "text/html; charset=utf-8") -> Doc:
    """The page at ``host`` and ``path``, with the kind and grade its text module gave it."""
    raw = body.encode() if isinstance(body, str) else body
    w = _WORK_AT.get((host, path))
    if w is not None:
        return Doc(host, path, w.kind, w.grade, raw, content_type=content_type, status=status)
    return Doc(host, path, _OTHER_AT[(host, path)], 0, raw, content_type=content_type, status=status)


def _works(host: str) -> list[T.Work]:
    """The works of a host, newest first."""
    return sorted((w for w in T.WORKS.values() if w.host == host), key=lambda w: w.date, reverse=True)


def _labelled(host: str, path: str) -> bool:
    return (host, path) in _WORK_AT or (host, path) in _OTHER_AT


def _body(w: T.Work, p: str = "p", h: str = "h2", pattrs: str = "", hattrs: str = "") -> str:
    """A work's paragraphs as HTML; a paragraph starting "## " is a heading."""
    out = []
    for x in w.paras:
        if x.startswith("## "):
            out.append(f"<{h}{hattrs}>{esc(x[3:])}</{h}>")
        else:
            out.append(f"<{p}{pattrs}>{esc(x)}</{p}>")
    return "".join(out)


def _first(w: T.Work) -> str:
    return next(x for x in w.paras if not x.startswith("## "))


def _d(iso: str) -> _date:
    return _date.fromisoformat(iso)


def _long(iso: str) -> str:
    d = _d(iso)
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def _ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _slug(s: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in s.lower()).split())


# --- fieldnotes.example: eleventy-excellent -----------------------------------------------------------------

_FN = "Field Notes"


def _fn_page(u: Url, path: str, title: str, main: str, description: str, schema: dict | None = None) -> str:
    # eleventy-excellent's base.njk and head/meta-info.njk: og:type is "website" on every page, article:author
    # names the site's author, a JSON-LD schema per layout, the skip link, header navigation and footer
    ld = _ld(schema) if schema else ""
    return (f'<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{esc(title)}</title>'
            f'<meta name="description" content="{esc(description)}" /><meta name="robots" content="index,follow" />'
            f'<meta name="generator" content="Eleventy v3.0.0" /><meta name="color-scheme" content="light dark" />'
            f'<link rel="canonical" href="{u(path)}" /><link rel="author" href="humans.txt" />'
            f'<meta name="fediverse:creator" content="@noor@archives.social.example" />'
            f'<meta property="og:url" content="{u(path)}" /><meta property="og:type" content="website" />'
            f'<meta property="og:title" content="{esc(title)}" /><meta property="og:image" '
            f'content="{u("/assets/og-images/" + _slug(title) + "-preview.jpeg")}" />'
            f'<meta property="og:description" content="{esc(description)}" /><meta property="og:site_name" '
            f'content="{_FN}" /><meta property="og:locale" content="en_GB" />'
            f'<meta property="article:author" content="Noor Haddad" />'
            f'<link rel="alternate" type="application/atom+xml" title="Atom Feed: {_FN}" href="{u("/feed.xml")}" />'
            f'{ld}</head><body><a href="#main" class="skip-link">Skip to content</a>'
            f'<header class="site-header"><div class="wrapper | cluster"><a href="{u("/")}" class="site-logo" '
            f'aria-label="{_FN} - home"><span>{_FN}</span></a><nav class="site-nav" aria-label="Main">'
            f'<ul class="cluster" role="list"><li><a href="{u("/blog/")}">Blog</a></li><li><a href="{u("/about/")}">'
            f'About</a></li><li><a href="{u("/tags/community/")}">Community</a></li></ul></nav></div></header>'
            f'<main id="main" class="flow">{main}</main><footer class="site-footer | text-center"><div class="'
            f'wrapper | cluster"><p>&copy; 2025 Noor Haddad. Built with <a href="https://www.11ty.dev/">Eleventy'
            f'</a> and the <a href="https://github.com/madrilene/eleventy-excellent">Eleventy Excellent</a> '
            f'starter.</p><a href="https://archives.social.example/@noor" rel="me">Mastodon</a></div></footer>'
            f'</body></html>')


def _fn_tags(w: T.Work, u: Url) -> str:
    out = []
    for t in w.tags:
        if _labelled(T.BLOG, f"/tags/{t}/"):
            out.append(f'<a class="button" href="{u("/tags/" + t + "/")}" data-small-button> {esc(t)} </a>')
        else:
            out.append(f'<span class="button" data-small-button> {esc(t)} </span>')
    return "".join(out)


def _fn_post(w: T.Work, u: Url) -> Doc:
    d = _d(w.date)
    main = (f'<div class="breadcrumb" style="background-color: var(--color-primary)"><nav aria-label="breadcrumb" '
            f'class="breadcrumb wrapper flow"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a '
            f'href="{u("/")}" class="breadcrumb__link">Home</a><span class="separator" aria-hidden="true">/</span>'
            f'</li><li class="breadcrumb__item"><a href="{u("/blog/")}" class="breadcrumb__link">Blog</a><span '
            f'class="separator" aria-hidden="true">/</span></li><li class="breadcrumb__item" aria-current="page">'
            f'{esc(w.title)}</li></ol></nav></div><article class="region" style="--region-space-top: '
            f'var(--space-xl)"><div class="wrapper flow prose"><h1>{esc(w.title)}</h1><p class="meta | cluster '
            f'gutter-xs-s"><time datetime="{w.date}">{d.day} {d.strftime("%B %Y")}</time>{_fn_tags(w, u)}</p>'
            f'{_body(w)}</div><div hidden class="h-entry"><a class="u-url" href="{u(w.path)}">{esc(w.title)}</a>'
            f'<a class="p-name u-url" rel="author" href="{u("/")}">Noor Haddad</a><img class="u-author h-card" '
            f'src="{u("/assets/images/avatar.jpg")}" alt="Noor Haddad" /></div></article>')
    schema = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": w.title, "url": u(w.path),
              "datePublished": w.date, "author": {"@type": "Person", "name": "Noor Haddad", "url": u("/")},
              "publisher": {"@type": "Organization", "name": _FN}}
    return _doc(T.BLOG, w.path, _fn_page(u, w.path, w.title, main, cut(_first(w), 150).replace("&hellip;", "..."),
                                         schema))


def _fn_cards(posts: list[T.Work], u: Url) -> str:
    return ('<ul class="grid" role="list" data-layout="50-50">' + "".join(
        f'<li><custom-card clickable><h2 slot="headline"><a href="{u(w.path)}">{esc(w.title)}</a></h2><span '
        f'slot="date"><time datetime="{w.date}">{_d(w.date).day} {_d(w.date).strftime("%B %Y")}</time></span>'
        f'<div slot="content"><p>{cut(_first(w), 160)}</p></div></custom-card></li>' for w in posts) + "</ul>")


def _fn_list(u: Url, path: str, title: str, heading: str, intro: str, posts: list[T.Work], pager: str = "") -> Doc:
    main = (f'<section class="region"><div class="wrapper flow"><h1>{heading}</h1>{intro}{_fn_cards(posts, u)}'
            f'{pager}</div></section>')
    schema = {"@context": "https://schema.org", "@type": "WebPage", "name": title, "url": u(path)}
    return _doc(T.BLOG, path, _fn_page(u, path, title, main, "Notes from a new archivist", schema))


def fieldnotes(u: Url) -> list[Doc]:
    posts = _works(T.BLOG)
    docs = [_fn_post(w, u) for w in posts]

    def pager(prev: str | None, nxt: str | None) -> str:
        links = ((f'<li><a href="{u(prev)}">Newer posts</a></li>' if prev else "")
                 + (f'<li><a href="{u(nxt)}">Older posts</a></li>' if nxt else ""))
        return f'<nav aria-labelledby="blog-pagination"><ul class="pagination | cluster" role="list">{links}</ul></nav>'

    def tagged(t: str) -> list[T.Work]:
        return [w for w in posts if t in w.tags]

    intro = ('<p>I am Noor, a project archivist two years out of library school. I write about archives work, '
             'learning the job, and the people who helped.</p>')
    docs += [
        _fn_list(u, "/", _FN, "Field Notes", intro + "<h2>Latest posts</h2>", posts[:3],
                 f'<p><a href="{u("/blog/")}">All posts</a></p>'),
        _fn_list(u, "/blog/", f"Blog | {_FN}", "Blog", "", posts[:4], pager(None, "/blog/page-2/")),
        _fn_list(u, "/blog/page-2/", f"Blog, page 2 | {_FN}", "Blog", "", posts[4:], pager("/blog/", None)),
        _fn_list(u, "/tags/community/", f"Tagged with community | {_FN}", "Tagged with &ldquo;community&rdquo;", "",
                 tagged("community")),
        _fn_list(u, "/tags/career/", f"Tagged with career | {_FN}", "Tagged with &ldquo;career&rdquo;", "",
                 tagged("career")),
    ]
    about = ('<section class="region"><div class="wrapper flow prose"><h1>About</h1><p>I work as a project '
             'archivist on a two-year cataloguing grant. Before that I did a master&rsquo;s in archives and records '
             'management part-time while working in a bookshop.</p><p>This blog started as a practicum diary. Some '
             'early posts moved when I changed the site; my <a href="' + u("/blog/notes-from-my-first-chat/")
             + '">first post about the Thursday chat</a> may be lost for good.</p><p>Find me on Mastodon or '
             'write to noor at this domain.</p></div></section>')
    docs.append(_doc(T.BLOG, "/about/", _fn_page(u, "/about/", f"About | {_FN}", about, "About Noor Haddad")))
    missing = ('<section class="region"><div class="wrapper flow prose"><h1>404</h1><p>Page not found. The page '
               f'may have moved, or it never existed. Try the <a href="{u("/blog/")}">blog</a>.</p></div></section>')
    docs.append(_doc(T.BLOG, "/blog/notes-from-my-first-chat/",
                     _fn_page(u, "/404.html", f"404 | {_FN}", missing, "Page not found"), status=404))
    return docs


# --- shelfsupply.example: WordPress Storefront with WooCommerce and Yoast -------------------------------------

_SS = "Shelf &amp; Supply"
_SS_PLAIN = "Shelf & Supply"
_SS_PRODUCT = T.WORKS["s4"]


def _ss_head(u: Url, path: str, title: str, og_type: str, graph: list, extra: str = "") -> str:
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph})
    return (f'<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width='
            f'device-width, initial-scale=1"><link rel="profile" href="https://gmpg.org/xfn/11">'
            f'<title>{esc(title)} - {_SS}</title><link rel="canonical" href="{u(path)}" />'
            f'<meta property="og:locale" content="en_GB" /><meta property="og:type" content="{og_type}" />'
            f'<meta property="og:title" content="{esc(title)} - {_SS}" /><meta property="og:url" content="{u(path)}"'
            f' /><meta property="og:site_name" content="{_SS}" />{extra}'
            f'<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>'
            f"<link rel='stylesheet' id='storefront-style-css' href='{u('/wp-content/themes/storefront/style.css')}"
            f"?ver=4.6.0' media='all' /><meta name=\"generator\" content=\"WordPress 6.6.2\" />"
            f'<meta name="generator" content="WooCommerce 9.3.3" /></head>')


def _ss_chrome(u: Url, body_class: str, crumbs: str, main: str, sidebar: bool = True) -> str:
    recent = "".join(f'<li><a href="{u(w.path)}">{esc(w.title)}</a></li>' for w in _works(T.SHOP) if w.kind == "article"
                     and not w.path.startswith("/product/"))
    side = (f'<div id="secondary" class="widget-area" role="complementary"><div id="block-3" class="widget '
            f'widget_block"><h2 class="wp-block-heading">From the blog</h2><ul class="wp-block-latest-posts__list '
            f'wp-block-latest-posts">{recent}</ul></div><div id="block-4" class="widget widget_block"><h2>Categories'
            f'</h2><ul class="wp-block-categories-list wp-block-categories"><li class="cat-item cat-item-5"><a href="'
            f'{u("/category/news-and-advice/")}">News &amp; Advice</a></li></ul></div></div>') if sidebar else ""
    return (f'<body class="{body_class} wp-embed-responsive theme-storefront woocommerce-js storefront-align-wide '
            f'right-sidebar woocommerce-active"><div id="page" class="hfeed site"><header id="masthead" '
            f'class="site-header" role="banner" style=""><div class="col-full"><a class="skip-link screen-reader-text'
            f'" href="#site-navigation">Skip to navigation</a><a class="skip-link screen-reader-text" href="#content">'
            f'Skip to content</a><div class="site-branding"><div class="beta site-title"><a href="{u("/")}" '
            f'rel="home">{_SS}</a></div><p class="site-description">Furniture, signage and supplies for libraries '
            f'</p></div><div class="site-search"><div class="widget woocommerce widget_product_search"><form '
            f'role="search" method="get" class="woocommerce-product-search" action="{u("/")}"><label class="screen-'
            f'reader-text" for="woocommerce-product-search-field-0">Search for:</label><input type="search" '
            f'id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" '
            f'value="" name="s" /><button type="submit" value="Search">Search</button><input type="hidden" '
            f'name="post_type" value="product" /></form></div></div></div><div class="storefront-primary-navigation">'
            f'<div class="col-full"><nav id="site-navigation" class="main-navigation" role="navigation" aria-label='
            f'"Primary Navigation"><button class="menu-toggle" aria-controls="site-navigation" aria-expanded="false">'
            f'<span>Menu</span></button><div class="primary-navigation"><ul id="menu-main" class="menu"><li class='
            f'"menu-item"><a href="{u("/shop/")}">Shop</a></li><li class="menu-item"><a href="{u("/blog/")}">Blog</a>'
            f'</li><li class="menu-item"><a href="{u("/about-us/")}">About us</a></li><li class="menu-item"><a href="'
            f'{u("/contact/")}">Contact</a></li></ul></div></nav></div></div></header><div class="storefront-'
            f'breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs"><a '
            f'href="{u("/")}">Home</a>{crumbs}</nav></div></div><div id="content" class="site-content" tabindex="-1">'
            f'<div class="col-full"><div class="woocommerce"></div><div id="primary" class="content-area"><main '
            f'id="main" class="site-main" role="main">{main}</main></div>{side}</div></div><footer id="colophon" '
            f'class="site-footer" role="contentinfo"><div class="col-full"><div class="site-info">&copy; {_SS} 2024'
            f'<br /><a href="https://woocommerce.com" target="_blank" title="WooCommerce - The Best eCommerce '
            f'Platform for WordPress" rel="noreferrer nofollow">Built with WooCommerce</a>.</div></div></footer>'
            f'</div></body></html>')


def _ss_sep(u: Url, *parts: tuple[str | None, str]) -> str:
    return "".join(f'<span class="breadcrumb-separator"> / </span>' + (f'<a href="{u(p)}">{t}</a>' if p else t)
                   for p, t in parts)


def _ss_post(w: T.Work, u: Url) -> Doc:
    graph = [{"@type": "Article", "@id": u(w.path) + "#article", "headline": w.title, "datePublished":
              w.date + "T10:00:00+00:00", "author": {"name": w.author, "@id": u("/") + "#/schema/person/1"},
              "isPartOf": {"@id": u(w.path)}, "publisher": {"@id": u("/") + "#organization"}},
             {"@type": "WebPage", "@id": u(w.path), "url": u(w.path), "name": w.title + " - " + _SS_PLAIN},
             {"@type": "Organization", "@id": u("/") + "#organization", "name": _SS_PLAIN}]
    main = (f'<article id="post-{200 + list(T.WORKS).index(_key(w))}" class="post type-post status-publish '
            f'format-standard hentry category-news-and-advice"><header class="entry-header"><span class="posted-on">'
            f'Posted on <a href="{u(w.path)}" rel="bookmark"><time class="entry-date published updated" datetime="'
            f'{w.date}T10:00:00+00:00">{_long(w.date)}</time></a></span> <h1 class="entry-title">{esc(w.title)}'
            f'</h1></header><aside class="entry-meta"><div class="vcard author"><div class="label">Written by</div>'
            f'<span class="fn">{esc(w.author)}</span></div><div class="cat-links"><div class="label">Posted in</div>'
            f'<a href="{u("/category/news-and-advice/")}" rel="category tag">News &amp; Advice</a></div></aside>'
            f'<div class="entry-content">{_body(w)}</div></article><nav id="post-navigation" class="navigation '
            f'post-navigation" role="navigation" aria-label="Post Navigation"><h2 class="screen-reader-text">Post '
            f'navigation</h2><div class="nav-links"><div class="nav-previous"><a href="{u("/blog/")}" rel="prev">'
            f'<span class="screen-reader-text">Previous post: </span>All posts</a></div></div></nav>'
            f'<div class="sharedaddy"><a href="https://www.linkedin.com/sharing/share-offsite/?url={u(w.path)}" '
            f'rel="nofollow noopener" target="_blank">Share on LinkedIn</a></div>')
    head = _ss_head(u, w.path, w.title, "article", graph,
                    f'<meta property="article:published_time" content="{w.date}T10:00:00+00:00" />'
                    f'<meta name="author" content="{esc(w.author)}" />')
    return _doc(T.SHOP, w.path, head + _ss_chrome(u, "post-template-default single single-post", _ss_sep(
        u, ("/blog/", "Blog"), (None, esc(w.title))), main))


def _key(w: T.Work) -> str:
    return next(k for k, v in T.WORKS.items() if v is w)


def _ss_product(u: Url) -> Doc:
    w = _SS_PRODUCT
    ld = {"@context": "https://schema.org/", "@type": "Product", "@id": u(w.path) + "#product", "name": w.title,
          "url": u(w.path), "description": _first(w), "sku": "PMB-20",
          "offers": [{"@type": "Offer", "price": "24.00", "priceCurrency": "GBP", "availability":
                      "http://schema.org/InStock", "seller": {"@type": "Organization", "name": _SS_PLAIN}}]}
    graph = [{"@type": "WebPage", "@id": u(w.path), "url": u(w.path), "name": w.title + " - " + _SS_PLAIN,
              "datePublished": w.date + "T09:00:00+00:00"}]
    main = (f'<div class="woocommerce-notices-wrapper"></div><div id="product-311" class="product type-product '
            f'post-311 status-publish first instock product_cat-badges-and-signage has-post-thumbnail taxable '
            f'shipping-taxable purchasable product-type-simple"><div class="woocommerce-product-gallery '
            f'woocommerce-product-gallery--with-images images"><figure class="woocommerce-product-gallery__wrapper">'
            f'<img src="{u("/wp-content/uploads/2023/01/peer-mentor-badges-600x600.jpg")}" alt="" /></figure></div>'
            f'<div class="summary entry-summary"><h1 class="product_title entry-title">{esc(w.title)}</h1><p class='
            f'"price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currency'
            f'Symbol">&pound;</span>24.00</bdi></span></p><div class="woocommerce-product-details__short-'
            f'description"><p>{esc(w.paras[0])}</p></div><form class="cart" method="post" enctype="multipart/'
            f'form-data"><div class="quantity"><input type="number" class="input-text qty text" name="quantity" '
            f'value="1" /></div><button type="submit" name="add-to-cart" value="311" class="single_add_to_cart_'
            f'button button alt">Add to basket</button></form><div class="product_meta"><span class="sku_wrapper">'
            f'SKU: <span class="sku">PMB-20</span></span> <span class="posted_in">Category: <a href="'
            f'{u("/product-category/badges-and-signage/")}" rel="tag">Badges &amp; Signage</a></span></div></div>'
            f'<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist"><li class='
            f'"description_tab active" id="tab-title-description" role="tab"><a href="#tab-description">Description'
            f'</a></li></ul><div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-'
            f'content wc-tab" id="tab-description" role="tabpanel"><h2>Description</h2>{_body(w)}</div></div></div>')
    head = _ss_head(u, w.path, w.title, "article", graph, '<meta property="product:price:amount" content="24.00" />'
                    '<meta property="product:price:currency" content="GBP" />')
    body = _ss_chrome(u, "product-template-default single single-product postid-311 woocommerce woocommerce-page",
                      _ss_sep(u, ("/product-category/badges-and-signage/", "Badges &amp; Signage"),
                              (None, esc(w.title))),
                      main, sidebar=False)
    return _doc(T.SHOP, w.path, head + body.replace("</body>", _ld(ld) + "</body>"))


def _ss_product_loop(u: Url) -> str:
    w = _SS_PRODUCT
    return (f'<ul class="products columns-3"><li class="product type-product post-311 status-publish first instock '
            f'product_cat-badges-and-signage"><a href="{u(w.path)}" class="woocommerce-LoopProduct-link '
            f'woocommerce-loop-product__link"><img src="'
            f'{u("/wp-content/uploads/2023/01/peer-mentor-badges-324x324.jpg")}" alt="" />'
            f'<h2 class="woocommerce-loop-product__title">{esc(w.title)}</h2><span class="price"><span '
            f'class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&pound;'
            f'</span>24.00</bdi></span></span></a><a href="?add-to-cart=311" data-quantity="1" class="button '
            f'product_type_simple add_to_cart_button ajax_add_to_cart" data-product_id="311" rel="nofollow">Add to '
            f'basket</a></li></ul>')


def _ss_listing(u: Url, path: str, title: str, heading: str, body_class: str, inner: str, crumbs: str,
                schema: str = "CollectionPage") -> Doc:
    graph = [{"@type": schema, "@id": u(path), "url": u(path), "name": title + " - " + _SS_PLAIN}]
    main = f'<header class="woocommerce-products-header"><h1 class="woocommerce-products-header__title page-title">' \
           f'{heading}</h1></header>{inner}'
    return _doc(T.SHOP, path, _ss_head(u, path, title, "website", graph) + _ss_chrome(u, body_class, crumbs, main))


def _ss_teasers(u: Url, posts: list[T.Work]) -> str:
    return "".join(f'<article class="post type-post status-publish hentry"><header class="entry-header"><span '
                   f'class="posted-on">Posted on <a href="{u(w.path)}" rel="bookmark"><time class="entry-date '
                   f'published" datetime="{w.date}T10:00:00+00:00">{_long(w.date)}</time></a></span><h2 class="alpha '
                   f'entry-title"><a href="{u(w.path)}" rel="bookmark">{esc(w.title)}</a></h2></header><div class="'
                   f'entry-content"><p>{cut(_first(w), 200)}</p><p><a href="{u(w.path)}" class="more-link">Continue '
                   f'reading</a></p></div></article>' for w in posts)


def shelfsupply(u: Url) -> list[Doc]:
    posts = [w for w in _works(T.SHOP) if not w.path.startswith("/product/")]
    docs = [_ss_post(w, u) for w in posts] + [_ss_product(u)]
    loop = _ss_product_loop(u)
    home = (f'<div class="entry-content"><h2>Library furniture that lasts</h2><p>Trolleys, shelving, signage and '
            f'reading-scheme supplies, made for libraries since 1987.</p>{loop}<h2>From the blog</h2>'
            f'{_ss_teasers(u, posts[:3])}<p>Popular searches: <a href="{u("/?s=mentor&post_type=product")}">mentor'
            f'</a></p></div>')
    docs += [
        _ss_listing(u, "/", "Home", "Welcome to Shelf &amp; Supply", "home page-template page", home, ""),
        _ss_listing(u, "/shop/", "Shop", "Shop", "archive post-type-archive post-type-archive-product woocommerce",
                    '<p class="woocommerce-result-count">Showing the single result</p>' + loop,
                    _ss_sep(u, (None, "Shop"))),
        _ss_listing(u, "/product-category/badges-and-signage/", "Badges & Signage Archives", "Badges &amp; Signage",
                    "archive tax-product_cat term-badges-and-signage woocommerce",
                    '<div class="term-description"><p>Badges, lanyards and signs for library helpers and reading '
                    'schemes.</p></div>' + loop, _ss_sep(u, (None, "Badges &amp; Signage"))),
        _ss_listing(u, "/?s=mentor&post_type=product", "You searched for mentor",
                    "Search results: &ldquo;mentor&rdquo;", "search search-results woocommerce", loop,
                    _ss_sep(u, (None, "Search results for &ldquo;mentor&rdquo;")), schema="SearchResultsPage"),
        _ss_listing(u, "/blog/", "Blog", "Blog", "blog", _ss_teasers(u, posts), _ss_sep(u, (None, "Blog"))),
        _ss_listing(u, "/category/news-and-advice/", "News & Advice Archives", "Category: News &amp; Advice",
                    "archive category category-news-and-advice", _ss_teasers(u, posts),
                    _ss_sep(u, (None, "News &amp; Advice"))),
        _ss_listing(u, "/about-us/", "About us", "About us", "page-template-default page",
                    '<div class="entry-content"><p>Shelf &amp; Supply is a family business in Leicester that has '
                    'made and sold library furniture since 1987. We supply public, school, academic and special '
                    'libraries across the UK and Ireland.</p><p>We also run free webinars for library staff a few '
                    'times a year.</p></div>', _ss_sep(u, (None, "About us")), schema="AboutPage"),
        _ss_listing(u, "/contact/", "Contact", "Contact", "page-template-default page",
                    '<div class="entry-content"><p>Call us on 0116 496 0000 (weekdays 9 to 5) or use the form below.'
                    '</p><form class="wpcf7-form"><input name="your-name" /><input name="your-email" /><textarea '
                    'name="your-message"></textarea><input type="submit" value="Send" /></form></div>',
                    _ss_sep(u, (None, "Contact")), schema="ContactPage"),
    ]
    return docs


# --- openstacks.example: Hugo with the Hextra theme -----------------------------------------------------------

_OS = "Open Stacks"
_OS_DOCS = [("Community", [T.WORKS["o1"], T.WORKS["o2"]]), ("Administration", [T.WORKS["o3"]])]


def _os_page(u: Url, path: str, title: str, main: str, is_page: bool, w: T.Work | None = None) -> str:
    # Hextra's baseof.html, head.html and Hugo's opengraph/schema partials: og:type article on pages with
    # article:section and article:published_time, itemprop metadata, the navbar, the footer "Powered by Hextra"
    meta = ""
    if is_page and w is not None:
        section = "blog" if path.startswith("/blog/") else "docs"
        meta = (f'<meta property="article:section" content="{section}"><meta property="article:published_time" '
                f'content="{w.date}T00:00:00+00:00"><meta property="article:modified_time" content="{w.date}'
                f'T00:00:00+00:00"><meta itemprop="datePublished" content="{w.date}T00:00:00+00:00">'
                f'<meta itemprop="wordCount" content="{len(" ".join(w.paras).split())}">')
    desc = esc(_first(w)[:160]) if w else "Open Stacks: an open-source library services platform"
    full = f"{title} – {_OS}" if path != "/" else _OS
    return (f'<!DOCTYPE html><html lang="en" dir="ltr"><head><meta name="generator" content="Hugo 0.134.2">'
            f'<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">'
            f'<title>{esc(full)}</title><meta name="description" content="{desc}"><link rel="canonical" href="'
            f'{u(path)}" itemprop="url"><meta property="og:title" content="{esc(title)}"><meta property="og:'
            f'description" content="{desc}"><meta property="og:type" content="{"article" if is_page else "website"}">'
            f'<meta property="og:url" content="{u(path)}">{meta}<meta property="og:site_name" content="{_OS}">'
            f'<meta itemprop="name" content="{esc(title)}"><meta itemprop="description" content="{desc}">'
            f'<meta name="twitter:card" content="summary"><meta name="twitter:title" content="{esc(title)}">'
            f'<link href="{u("/css/compiled/main.min.css")}" rel="stylesheet"></head><body dir="ltr"><div class="'
            f'nav-container hx-sticky hx-top-0 hx-z-20 hx-w-full hx-bg-transparent print:hx-hidden"><div class="nav-'
            f'container-blur hx-pointer-events-none hx-absolute hx-z-[-1] hx-h-full hx-w-full"></div><nav class="hx-'
            f'mx-auto hx-flex hx-items-center hx-justify-end hx-gap-2 hx-h-16 hx-px-6 hx-max-w-[90rem]"><a class="hx-'
            f'flex hx-items-center hover:hx-opacity-75 ltr:hx-mr-auto rtl:hx-ml-auto" href="{u("/")}"><span class="'
            f'hx-select-none hx-font-extrabold hx-inline">{_OS}</span></a><a title="Documentation" href="'
            f'{u("/docs/")}" class="hx-text-sm contrast-more:hx-text-gray-700 hx-relative -hx-ml-2 hx-whitespace-'
            f'nowrap hx-p-2 md:hx-inline-block"><span class="hx-text-center">Documentation</span></a><a title="Blog" '
            f'href="{u("/blog/")}" class="hx-text-sm hx-relative -hx-ml-2 hx-whitespace-nowrap hx-p-2 md:hx-inline-'
            f'block"><span class="hx-text-center">Blog</span></a><a title="About" href="{u("/about/")}" class="hx-'
            f'text-sm hx-relative -hx-ml-2 hx-whitespace-nowrap hx-p-2 md:hx-inline-block"><span class="hx-text-'
            f'center">About</span></a><div class="search-wrapper hx-relative md:hx-w-64"><input placeholder="Search'
            f'..." class="search-input hx-block hx-w-full hx-appearance-none hx-rounded-lg hx-px-3 hx-py-2" type='
            f'"search" value="" spellcheck="false"></div><a class="hx-p-2 hx-text-current" target="_blank" rel='
            f'"noreferer" href="https://github.com/openstacks-example/openstacks" title="GitHub"><span class="hx-'
            f'sr-only">GitHub</span></a></nav></div>{main}<footer class="hextra-footer hx-bg-gray-100 hx-pb-'
            f'[env(safe-area-inset-bottom)] dark:hx-bg-neutral-900 print:hx-bg-transparent"><hr class="dark:hx-'
            f'border-neutral-800"><div class="hextra-custom-footer hx-max-w-[90rem] hx-mx-auto hx-pl-[max(env('
            f'safe-area-inset-left),1.5rem)] hx-pr-[max(env(safe-area-inset-right),1.5rem)] hx-text-gray-600 '
            f'dark:hx-text-gray-400"></div><div class="hx-mx-auto hx-flex hx-max-w-[90rem] hx-justify-center hx-py-'
            f'12 hx-text-gray-600 dark:hx-text-gray-400 md:hx-justify-start"><div class="hx-flex hx-w-full hx-flex-'
            f'col hx-items-center sm:hx-items-start"><div class="hx-font-semibold"><a class="hx-flex hx-text-sm hx-'
            f'items-center hx-gap-1 hx-text-current" target="_blank" rel="noopener noreferrer" title="Hextra GitHub '
            f'Homepage" href="https://github.com/imfing/hextra"><span>Powered by Hextra</span></a></div><div class="'
            f'hx-mt-6 hx-text-xs">&copy; 2024 The Open Stacks community. Documentation CC BY 4.0.</div></div></div>'
            f'</footer></body></html>')


def _os_sidebar(u: Url) -> str:
    groups = "".join(
        f'<li class="open"><span class="hx-flex hx-items-center hx-justify-between hx-gap-2 hx-cursor-pointer hx-'
        f'rounded hx-px-2 hx-py-1.5 hx-text-sm hx-font-semibold">{name}</span><div class="ltr:hx-pr-0 hx-overflow-'
        f'hidden"><ul class="hx-relative hx-flex hx-flex-col hx-gap-1 before:hx-absolute before:hx-inset-y-1 '
        f'ltr:hx-ml-3 ltr:hx-pl-3">' + "".join(
            f'<li class="hx-flex hx-flex-col"><a class="hx-flex hx-rounded hx-px-2 hx-py-1.5 hx-text-sm hx-'
            f'transition-colors [word-break:break-word] hx-cursor-pointer [-webkit-tap-highlight-color:transparent] '
            f'hx-gap-2 before:hx-opacity-25 hx-text-gray-500 hover:hx-bg-gray-100" href="{u(w.path)}">{esc(w.title)}'
            f'</a></li>' for w in ws) + "</ul></div></li>" for name, ws in _OS_DOCS)
    return (f'<aside class="sidebar-container hx-flex hx-flex-col print:hx-hidden md:hx-top-16 md:hx-shrink-0 '
            f'md:hx-w-64 md:hx-self-start max-md:[transform:translate3d(0,-100%,0)] md:hx-sticky"><div class="hx-'
            f'overflow-y-auto hx-overflow-x-hidden hx-p-4 hx-grow md:hx-h-[calc(100vh-var(--navbar-height)-'
            f'var(--menu-height))] hextra-scrollbar"><ul class="hx-flex hx-flex-col hx-gap-1 max-md:hx-hidden">'
            f'<li><a class="hx-flex hx-rounded hx-px-2 hx-py-1.5 hx-text-sm" href="{u("/docs/")}">Documentation</a>'
            f'</li>{groups}</ul></div></aside>')


def _os_article(u: Url, inner: str, sidebar: bool = True) -> str:
    return (f'<div class="hx-mx-auto hx-flex hx-max-w-[90rem]">{_os_sidebar(u) if sidebar else ""}<article class='
            f'"hx-w-full hx-break-words hx-flex hx-min-h-[calc(100vh-var(--navbar-height))] hx-min-w-0 hx-justify-'
            f'center hx-pb-8 hx-pr-[calc(env(safe-area-inset-right)-1.5rem)]"><main class="hx-w-full hx-min-w-0 hx-'
            f'max-w-6xl hx-px-6 hx-pt-4 md:hx-px-12">{inner}</main></article></div>')


def _os_content(w: T.Work, u: Url) -> str:
    html = _body(w, h="h2", hattrs=' class="hx-font-semibold hx-tracking-tight hx-mt-10 hx-border-b hx-pb-1 '
                 'hx-text-3xl"')
    if w is T.WORKS["o2"]:  # the Matrix bridge's page, linked, was never written
        html = html.replace("A bridge to Matrix", f'A <a href="{u("/docs/community/matrix/")}">bridge to Matrix</a>')
    return html


def _os_tags(w: T.Work, u: Url) -> str:
    return "".join(f'<a class="hx-text-sm hx-mr-2" href="{u("/tags/" + t + "/")}">#{esc(t)}</a>' for t in w.tags
                   if _labelled(T.STACKS, f"/tags/{t}/"))


def _os_doc(w: T.Work, u: Url) -> Doc:
    section = next(n for n, ws in _OS_DOCS if w in ws)
    inner = (f'<div class="hx-mt-1.5 hx-flex hx-items-center hx-gap-1 hx-overflow-hidden hx-text-sm hx-text-gray-500'
             f' contrast-more:hx-text-current"><div class="hx-whitespace-nowrap hx-transition-colors hx-min-w-[24px]'
             f' hx-overflow-hidden hx-text-ellipsis hover:hx-text-gray-900"><a href="{u("/docs/")}">Documentation</a>'
             f'</div><svg class="hx-w-3.5 hx-shrink-0"></svg><div class="hx-whitespace-nowrap">{section}</div><svg '
             f'class="hx-w-3.5 hx-shrink-0"></svg><div class="hx-whitespace-nowrap hx-font-medium hx-text-gray-700">'
             f'{esc(w.title)}</div></div><div class="content"><h1>{esc(w.title)}</h1>{_os_content(w, u)}</div>'
             f'<div class="hx-mt-12 hx-mb-8 hx-block hx-text-xs hx-text-gray-500 ltr:hx-text-right">Last updated on '
             f'{_long(w.date)}</div><div class="hx-mb-8 hx-flex hx-items-center hx-border-t hx-pt-8">{_os_tags(w, u)}'
             f'</div>')
    return _doc(T.STACKS, w.path, _os_page(u, w.path, w.title, _os_article(u, inner), True, w))


def _os_post(w: T.Work, u: Url) -> Doc:
    inner = (f'<br class="hx-mt-1.5 hx-text-sm"><h1 class="hx-text-center hx-mt-2 hx-text-4xl hx-font-bold hx-'
             f'tracking-tight hx-text-slate-900">{esc(w.title)}</h1><div class="hx-mt-4 hx-mb-16 hx-text-gray-500 '
             f'hx-text-sm hx-flex hx-items-center hx-flex-wrap hx-gap-y-2"><span class="hx-mr-1">{_long(w.date)}'
             f'</span><span class="hx-mx-1">&middot;</span><span>{esc(w.author)}</span></div><div class="content">'
             f'{_os_content(w, u)}</div><div class="hx-mt-16">{_os_tags(w, u)}</div><div class="hx-mb-8 hx-flex '
             f'hx-items-center hx-border-t hx-pt-8"><a href="{u("/blog/")}" title="Blog" class="hx-flex hx-max-w-'
             f'[50%] hx-items-center hx-gap-1 hx-py-4 hx-text-base hx-font-medium">&larr; Blog</a></div>')
    return _doc(T.STACKS, w.path, _os_page(u, w.path, w.title, _os_article(u, inner, sidebar=False), True, w))


def _os_entries(u: Url, posts: list[T.Work]) -> str:
    return "".join(f'<div class="hx-mb-10"><h3><a style="color: inherit; text-decoration: none;" class="hx-block '
                   f'hx-font-semibold hx-mt-8 hx-text-2xl " href="{u(w.path)}">{esc(w.title)}</a></h3><p class="hx-'
                   f'opacity-50 hx-text-sm hx-leading-7">{cut(_first(w), 180)}<a class="hx-ml-1" href="{u(w.path)}">'
                   f'Read more &rarr;</a></p><p class="hx-opacity-50 hx-text-sm hx-mt-4 hx-leading-7">{_long(w.date)}'
                   f'</p></div>' for w in posts)


def openstacks(u: Url) -> list[Doc]:
    blog = [w for w in _works(T.STACKS) if w.path.startswith("/blog/")]
    docs = [_os_doc(w, u) for _, ws in _OS_DOCS for w in ws] + [_os_post(w, u) for w in blog]
    cards = "".join(f'<a class="hextra-card hx-group hx-flex hx-flex-col hx-justify-start hx-overflow-hidden hx-'
                    f'rounded-lg hx-border hx-border-gray-200" href="{u(w.path)}"><span class="hextra-card-icon hx-'
                    f'flex hx-font-semibold hx-items-start hx-gap-2 hx-p-4 hx-text-gray-700">{esc(w.title)}</span>'
                    f'<div class="hextra-card-subtitle hx-line-clamp-3 hx-text-sm hx-font-normal hx-text-gray-500 hx-'
                    f'px-4 hx-mb-4">{cut(_first(w), 100)}</div></a>' for _, ws in _OS_DOCS for w in ws)
    home = (f'<div class="hx-mx-auto hx-max-w-screen-xl hx-px-4 hx-py-12"><div class="hx-mt-6 hx-mb-6"><h1 class="'
            f'hx-text-4xl hx-font-bold hx-leading-none hx-tracking-tighter md:hx-text-5xl">An open library platform, '
            f'built by library people</h1></div><p class="hx-mb-12 hx-text-xl">Open Stacks is a free library '
            f'services platform maintained by a community of libraries. Start with the <a href="{u("/docs/")}">'
            f'documentation</a>, read the <a href="{u("/blog/")}">blog</a>, or find us in the <a href="'
            f'{u("/tags/community/")}">community</a>.</p><div class="hextra-feature-grid hx-grid sm:max-lg:hx-grid-'
            f'cols-2 hx-gap-4">{_os_entries(u, blog[:2])}</div></div>')
    docs += [
        _doc(T.STACKS, "/", _os_page(u, "/", _OS, home, False)),
        _doc(T.STACKS, "/docs/", _os_page(u, "/docs/", "Documentation", _os_article(
            u, f'<div class="content"><h1>Documentation</h1><p>How to run Open Stacks and how to take part in its '
               f'community.</p></div><div class="hextra-cards hx-mt-4 hx-gap-4 hx-grid not-prose" style="--hextra-'
               f'cards-grid-cols: 3;">{cards}</div>'), False)),
        _doc(T.STACKS, "/blog/", _os_page(u, "/blog/", "Blog", _os_article(
            u, f'<br class="hx-mt-1.5 hx-text-sm"><h1 class="hx-text-center hx-mt-2 hx-text-4xl hx-font-bold">Blog'
               f'</h1>{_os_entries(u, blog)}', sidebar=False), False)),
        _doc(T.STACKS, "/tags/community/", _os_page(u, "/tags/community/", "community", _os_article(
            u, f'<br class="hx-mt-1.5 hx-text-sm"><h1 class="hx-text-center hx-mt-2 hx-text-4xl hx-font-bold">'
               f'community</h1>{_os_entries(u, [w for w in _works(T.STACKS) if "community" in w.tags])}',
            sidebar=False), False)),
        _doc(T.STACKS, "/about/", _os_page(u, "/about/", "About", _os_article(
            u, '<div class="content"><h1>About</h1><p>Open Stacks began in 2016 as a shared project of four '
               'college libraries that could not afford a commercial system. It is now used by more than 300 '
               'libraries and governed by an elected board of library staff.</p><p>The code is released under the '
               'GPL and the documentation under CC BY 4.0.</p></div>', sidebar=False), True)),
        _doc(T.STACKS, "/docs/community/matrix/", _os_page(u, "/404.html", "404 Page not found", (
            '<div class="hx-mx-auto hx-flex hx-h-[calc(100vh-var(--navbar-height)-var(--menu-height))] hx-max-w-'
            '[90rem] hx-flex-col hx-items-center hx-justify-center"><h1 class="hx-text-3xl hx-font-bold">404</h1>'
            f'<p class="hx-mt-4">This page could not be found.</p><a class="hx-mt-6" href="{u("/")}">Go back home</a>'
            '</div>'), False), status=404),
    ]
    return docs


# --- calr.example: Concrete CMS with its Atomik theme ---------------------------------------------------------

_CA = "Coastal Association of Libraries and Records"
_CA_PDF = T.WORKS["c4"]
_CA_TOPIC = "/news/topic/14/professional-development"


def _ca_page(u: Url, path: str, title: str, page_class: str, main: str, description: str = "") -> str:
    # Concrete's header_required element (generator, canonical, description), the ccm-page wrapper div with the
    # page type and template, the Atomik theme's navbar and footer
    return (f'<!DOCTYPE html><html lang="en"><head><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta '
            f'name="viewport" content="width=device-width, initial-scale=1.0"><title>{esc(title)} :: CALR</title>'
            f'<meta http-equiv="content-type" content="text/html; charset=UTF-8"/><meta name="description" content="'
            f'{esc(description)}"/><meta name="generator" content="Concrete CMS"/><link rel="canonical" href="'
            f'{u(path)}"><script type="text/javascript">var CCM_DISPATCHER_FILENAME = "/index.php";var CCM_CID = 172;'
            f'var CCM_EDIT_MODE = false;var CCM_ARRANGE_MODE = false;var CCM_IMAGE_PATH = "/concrete/images";var '
            f'CCM_APPLICATION_URL = "{u("")}";var CCM_REL = "";</script><link href="'
            f'{u("/application/files/cache/css/atomik/main.css")}?ts=1706000000" rel="stylesheet" type="text/css" '
            f'media="all"></head><body><div '
            f'class="ccm-page ccm-page-id-172 {page_class}"><header class="atomik-header"><nav class="navbar navbar-'
            f'expand-lg navbar-light"><div class="container"><a href="{u("/")}" class="navbar-brand"><img src="'
            f'{u("/application/files/8716/0530/1234/calr-logo.svg")}" alt="CALR" class="logo"> CALR</a><button class='
            f'"navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#navbar'
            f'SupportedContent"'
            f'><span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="navbar'
            f'SupportedContent"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" target="_self" href="'
            f'{u("/news")}">News</a></li><li class="nav-item"><a class="nav-link" target="_self" href="'
            f'{u("/professional-development/peer-learning-groups")}">Peer learning</a></li><li class="nav-item"><a '
            f'class="nav-link" target="_self" href="{u("/about-us")}">About us</a></li><li class="nav-item"><a class='
            f'"nav-link" target="_self" href="{u("/contact")}">Contact</a></li></ul><form method="get" action="'
            f'{u("/search")}" class="d-flex"><input class="form-control" type="search" name="query" placeholder="'
            f'Search" aria-label="Search"></form></div></div></nav></header><main>{main}</main><footer id="footer-'
            f'theme"><section><div class="container"><div class="row"><div class="col-md-6"><div class="ccm-custom-'
            f'style-container"><p>{_CA}<br>Registered charity 1098765</p></div></div><div class="col-md-6"><p><a href='
            f'"https://www.linkedin.com/company/calr-example">LinkedIn</a> &middot; <a href="https://archives.social.'
            f'example/@calr">Mastodon</a></p></div></div></div></section><section class="footer-copyright"><div '
            f'class="container"><p>&copy; 2025 CALR. <span id="ccm-account-menu-container"></span>Built with <a href="'
            f'https://www.concretecms.com" class="concrete5" rel="nofollow">Concrete CMS</a>.</p></div></section>'
            f'</footer></div></body></html>')


def _ca_topics(u: Url, w: T.Work) -> str:
    if "Professional development" not in w.tags:
        return ""
    return (f'<div class="ccm-block-topic-list-wrapper"><div class="ccm-block-topic-list-header"><h5>Topics</h5>'
            f'</div><ol class="ccm-block-topic-list-page-topics"><li><a href="{u(_CA_TOPIC)}">Professional '
            f'development</a></li></ol></div>')


def _ca_entry(w: T.Work, u: Url) -> Doc:
    body = _body(w)
    if w is T.WORKS["c1"]:
        body = body.replace("read the Mentoring Handbook",
                            f'read the <a href="{u(_CA_PDF.path)}">Mentoring Handbook</a>')
    main = (f'<div class="container"><div class="row"><div class="col-md-8"><div class="ccm-block-page-title-byline">'
            f'<h1 class="page-title">{esc(w.title)}</h1><span class="page-date">{_long(w.date)}</span>'
            f'<span class="page-author"> Posted by {esc(w.author)}</span></div><div class="ccm-block-content">'
            f'{body}</div><div class="ccm-block-next-previous-wrapper"><div class="ccm-block-next-previous-parent-'
            f'link"><a href="{u("/news")}">Back to News</a></div></div></div><div class="col-md-4">{_ca_topics(u, w)}'
            f'</div></div></div>')
    kind = "page-type-blog-entry page-template-blog-entry" if w.path.startswith("/news/") else \
        "page-type-page page-template-full"
    return _doc(T.ASSOC, w.path, _ca_page(u, w.path, w.title, kind, main, _first(w)[:150]))


def _ca_page_list(u: Url, heading: str, items: list[T.Work]) -> str:
    return (f'<div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-header"><h5>{heading}</h5>'
            f'</div><div class="ccm-block-page-list-pages">' + "".join(
                f'<div class="ccm-block-page-list-page-entry"><div class="ccm-block-page-list-page-entry-text"><div '
                f'class="ccm-block-page-list-title"><a href="{u(w.path)}" target="_self">{esc(w.title)}</a></div><div '
                f'class="ccm-block-page-list-date">{_long(w.date)}</div><div class="ccm-block-page-list-description">'
                f'{cut(_first(w), 160)}</div></div></div>' for w in items) + "</div></div>")


def _ca_pdf() -> Doc:
    w = _CA_PDF
    lines = []
    for para in w.paras:
        words, line = para.split(), ""
        for word in words:
            if len(line) + len(word) > 88:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines += [line, ""]
    return _doc(T.ASSOC, w.path, pdf(lines), content_type="application/pdf")


def calr(u: Url) -> list[Doc]:
    news = [w for w in _works(T.ASSOC) if w.path.startswith("/news/")]
    pages = [w for w in _works(T.ASSOC) if w.kind == "article"]
    docs = [_ca_entry(w, u) for w in pages] + [_ca_pdf()]

    def wrap(inner: str) -> str:
        return f'<div class="container"><div class="row"><div class="col-md-12">{inner}</div></div></div>'

    topic = [T.WORKS["c1"], T.WORKS["c5"]]
    hits = [T.WORKS["c1"], T.WORKS["c5"], T.WORKS["c2"]]
    results = "".join(f'<div class="ccm-search-result"><h3><a href="{u(w.path)}">{esc(w.title)}</a></h3><p>'
                      f'{cut(_first(w), 200)}</p><a href="{u(w.path)}" class="pageLink">{u(w.path)}</a></div>'
                      for w in hits)
    docs += [
        _doc(T.ASSOC, "/", _ca_page(u, "/", "Home", "page-type-page page-template-home", wrap(
            f'<div class="ccm-block-hero-image"><h1>{_CA}</h1><p>Supporting library, archive and records staff along '
            f'the coast since 1974.</p></div>{_ca_page_list(u, "Latest news", news[:4])}<p><a href="{u("/news")}">'
            f'All news</a> &middot; <a href="{u(_CA_TOPIC)}">Professional development</a> &middot; <a href="'
            f'{u("/search?query=mentoring")}">Mentoring</a></p>'))),
        _doc(T.ASSOC, "/news", _ca_page(u, "/news", "News", "page-type-page page-template-full", wrap(
            f'<h1 class="page-title">News</h1>{_ca_page_list(u, "News", news)}'))),
        _doc(T.ASSOC, _CA_TOPIC, _ca_page(u, _CA_TOPIC, "News", "page-type-page page-template-full", wrap(
            f'<h1 class="page-title">News</h1><div class="ccm-block-page-list-header"><h5>Topic: Professional '
            f'development</h5></div>{_ca_page_list(u, "Professional development", topic)}<p><a href="'
            f'{u(_CA_PDF.path)}">Mentoring Handbook 2025 (PDF, 96 KB)</a></p>'))),
        _doc(T.ASSOC, "/search?query=mentoring", _ca_page(u, "/search", "Search", "page-type-page page-template-"
             "full", wrap(f'<h1 class="page-title">Search</h1><form action="{u("/search")}" method="get" class="ccm-'
                          f'search-block-form"><input name="query" type="text" value="mentoring" class="form-control'
                          f'"><input name="submit" type="submit" value="Search" class="btn btn-secondary"></form><h3>'
                          f'Results for &ldquo;mentoring&rdquo;</h3><div id="searchResults">{results}</div>'))),
        _doc(T.ASSOC, "/about-us", _ca_page(u, "/about-us", "About us", "page-type-page page-template-full", wrap(
            '<h1 class="page-title">About us</h1><p>CALR is a membership association for people who work in '
            'libraries, archives and records management in the coastal counties. We run training, a conference, '
            'peer learning groups and a mentoring scheme, and we speak up for our sector.</p><p>The association '
            'is run by an elected committee of volunteers with one part-time administrator.</p>'))),
        _doc(T.ASSOC, "/contact", _ca_page(u, "/contact", "Contact", "page-type-page page-template-full", wrap(
            '<h1 class="page-title">Contact</h1><p>CALR, c/o Seabrook Central Library, Harbour Street, Seabrook.'
            '</p><p>Email the office: office@calr.example</p><div class="ccm-block-express-form"><form method="post">'
            '<input name="name"><input name="email"><textarea name="message"></textarea><button type="submit" '
            'class="btn btn-primary">Submit</button></form></div>'))),
    ]
    return docs


# --- library.northfield.example: a university library's own Umbraco templates -------------------------------

_NU = "Northfield University Library"
_NU_SOFT = "/news/2019/library-mentoring-circle-launched/"
_NU_CAT = "/news/category/staff-news/"


def _nu_page(u: Url, path: str, title: str, main: str, og_type: str = "website", extra: str = "",
             crumbs: tuple[tuple[str | None, str], ...] = ()) -> str:
    # Umbraco renders what a site's Razor views write: here OpenGraph by hand, ImageSharp media URLs, a search
    # form posting to a surface controller (ufprt), Bootstrap 5 and a breadcrumb
    trail = "".join(f'<li class="breadcrumb-item">' + (f'<a href="{u(p)}">{esc(t)}</a>' if p else esc(t)) + "</li>"
                    for p, t in ((("/", "Home"),) + crumbs))
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width='
            f'device-width, initial-scale=1"><title>{esc(title)} | {_NU}</title><link rel="canonical" href="'
            f'{u(path)}"><meta property="og:title" content="{esc(title)}"><meta property="og:type" content="'
            f'{og_type}"><meta property="og:url" content="{u(path)}"><meta property="og:site_name" content="{_NU}">'
            f'<meta property="og:image" content="{u("/media/3kqlzv1d/library-exterior.jpg")}?width=1200&amp;height='
            f'630&amp;rnd=133512345678900000">{extra}<link rel="stylesheet" href="{u("/css/site.min.css")}?v=4.2">'
            f'</head><body class="nu-library"><a class="visually-hidden-focusable" href="#main">Skip to main content'
            f'</a><header class="site-header"><div class="container d-flex align-items-center"><a class="site-logo" '
            f'href="{u("/")}"><img src="{u("/media/0pdhq2wm/nu-library-logo.svg")}" alt="{_NU}"></a><nav class="'
            f'site-nav ms-auto" aria-label="Main"><ul class="nav"><li class="nav-item"><a class="nav-link" href="'
            f'{u("/news/")}">News</a></li><li class="nav-item"><a class="nav-link" href="{u("/about-the-library/")}">'
            f'About the Library</a></li><li class="nav-item"><a class="nav-link" href="{u("/contact-us/")}">Contact '
            f'us</a></li></ul></nav><form class="site-search" action="{u("/search/")}" method="get" role="search">'
            f'<input type="search" name="q" aria-label="Search the library site"><button type="submit">Search'
            f'</button><input name="ufprt" type="hidden" value="CfDJ8Nk2x9Qe"></form></div></header><nav aria-label='
            f'"breadcrumb" class="container"><ol class="breadcrumb">{trail}</ol></nav><main id="main" class="container'
            f' py-4">{main}</main><footer class="site-footer bg-dark text-light py-4"><div class="container"><p>'
            f'{_NU}, Northfield University, Northfield NF1 2AB</p><p><a class="text-light" href="https://bsky.app/'
            f'profile/library.northfield.example">Bluesky</a> &middot; <a class="text-light" href="https://www.'
            f'instagram.com/northfieldlibrary">Instagram</a></p></div></footer></body></html>')


def _nu_news(w: T.Work, u: Url) -> Doc:
    d = _d(w.date)
    body = _body(w)
    if w is T.WORKS["u1"]:
        body += (f'<p>The Library has taken part in mentoring before: read about the <a href="{u(_NU_SOFT)}">'
                 f'library mentoring circle</a> launched in 2019.</p>')
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": w.title, "datePublished":
          w.date + "T09:00:00+00:00", "author": {"@type": "Organization", "name": w.author},
          "publisher": {"@type": "Organization", "name": _NU}, "mainEntityOfPage": u(w.path)}
    cat = (f'<a class="badge text-bg-secondary" href="{u(_NU_CAT)}">Staff news</a>' if "Staff news" in w.tags
           else f'<span class="badge text-bg-secondary">{esc(w.tags[0])}</span>')
    main = (f'<article class="news-article"><header><p class="news-meta">{cat} <time datetime="{w.date}">{d.day} '
            f'{d.strftime("%B %Y")}</time></p><h1>{esc(w.title)}</h1></header><figure class="news-image"><img '
            f'src="{u("/media/" + _slug(w.title)[:8] + "/news.jpg")}?rmode=max&amp;width=800" alt=""></figure><div '
            f'class="rte">{body}</div><footer class="news-footer"><p>Published by {esc(w.author)}</p><p><a href="'
            f'{u("/news/")}">&larr; Back to news</a></p></footer></article>')
    extra = (f'<meta property="article:published_time" content="{w.date}T09:00:00+00:00"><meta name="description" '
             f'content="{esc(_first(w)[:155])}">{_ld(ld)}')
    return _doc(T.UNI, w.path, _nu_page(u, w.path, w.title, main, "article", extra,
                                        (("/news/", "News"), (None, w.title))))


def _nu_cards(u: Url, items: list[T.Work]) -> str:
    return ('<div class="row row-cols-1 row-cols-md-2 g-4 news-list">' + "".join(
        f'<div class="col"><div class="card h-100"><div class="card-body"><p class="card-text small text-muted">'
        f'{_d(w.date).day} {_d(w.date).strftime("%B %Y")}</p><h2 class="card-title h5"><a class="stretched-link" '
        f'href="{u(w.path)}">{esc(w.title)}</a></h2><p class="card-text">{cut(_first(w), 140)}</p></div></div></div>'
        for w in items) + "</div>")


def northfield(u: Url) -> list[Doc]:
    news = _works(T.UNI)
    docs = [_nu_news(w, u) for w in news]
    hits = [T.WORKS["u1"], T.WORKS["u4"], T.WORKS["u5"]]
    docs += [
        _doc(T.UNI, "/", _nu_page(u, "/", "Home", (
            f'<section class="hero"><h1>{_NU}</h1><p>Open 24/7 in term time. Find books, journals, study spaces '
            f'and help with research.</p></section><section><h2>Latest news</h2>{_nu_cards(u, news[:4])}<p><a href="'
            f'{u("/news/")}">All news</a></p><p>Popular searches: <a href="{u("/search/?q=mentoring")}">mentoring'
            f'</a></p></section>'))),
        _doc(T.UNI, "/news/", _nu_page(u, "/news/", "News", f'<h1>News</h1><p>Filter: <a href="{u(_NU_CAT)}">Staff '
                                       f'news</a></p>{_nu_cards(u, news)}', crumbs=((None, "News"),))),
        _doc(T.UNI, _NU_CAT, _nu_page(u, _NU_CAT, "Staff news", "<h1>Staff news</h1>" + _nu_cards(
            u, [w for w in news if "Staff news" in w.tags]),
                                      crumbs=(("/news/", "News"), (None, "Staff news")))),
        _doc(T.UNI, "/search/?q=mentoring", _nu_page(u, "/search/", "Search", (
            f'<h1>Search results</h1><p>3 results for <strong>mentoring</strong></p><ol class="search-results">'
            + "".join(f'<li><h2 class="h5"><a href="{u(w.path)}">{esc(w.title)}</a></h2><p>{cut(_first(w), 160)}'
                      f'</p></li>' for w in hits) + "</ol>"), crumbs=((None, "Search"),))),
        _doc(T.UNI, "/about-the-library/", _nu_page(u, "/about-the-library/", "About the Library", (
            '<h1>About the Library</h1><p>The Library serves 18,000 students and 2,400 staff from the Main Library, '
            'the Science Library and the University Archives and Special Collections.</p><p>We employ 130 staff '
            'and hold 1.2 million print volumes.</p>'), crumbs=((None, "About the Library"),))),
        _doc(T.UNI, "/contact-us/", _nu_page(u, "/contact-us/", "Contact us", (
            '<h1>Contact us</h1><p>Library help desk: 01632 960 123, library@northfield.example.</p><p>Ask a '
            'librarian by chat during opening hours.</p><form method="post" action="/umbraco/surface/contact/send">'
            '<input name="Name"><input name="Email"><textarea name="Message"></textarea><input name="ufprt" '
            'type="hidden" value="CfDJ8Nk2x9Qf"><button type="submit">Send</button></form>'),
            crumbs=((None, "Contact us"),))),
        _doc(T.UNI, _NU_SOFT, _nu_page(u, _NU_SOFT, "Page not found", (
            '<div class="page-not-found"><h1>Sorry, we can&rsquo;t find that page</h1><p>The page you are looking '
            f'for may have been moved or removed. Try searching, or go to the <a href="{u("/")}">Library home page'
            '</a>.</p></div>'))),
    ]
    return docs


# --- archivesnet.example: Liferay DXP 7.4 with the Classic theme ---------------------------------------------

_AN = "ArchivesNet"
_AN_SITE = "/web/archivesnet"
_AN_CAT = _AN_SITE + "/news/-/categories/40211"
_AN_PROFILE = "/web/tomasz.wren"
_AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_nw3sArch1v"


def _an_page(u: Url, path: str, title: str, page: str, content: str, description: str = "") -> str:
    nav = "".join(f'<li class="lfr-nav-item nav-item" role="presentation"><a class="nav-link text-truncate" href="'
                  f'{u(p)}" role="menuitem"><span class="text-truncate">{t}</span></a></li>'
                  for p, t in ((_AN_SITE, "Home"), (_AN_SITE + "/news", "News"), (_AN_SITE + "/publications",
                               "Publications"), (_AN_SITE + "/about", "About"), (_AN_SITE + "/contact", "Contact")))
    full = f"{title} - {page} - {_AN}" if page and page != title else f"{title} - {_AN}"
    return (f'<!DOCTYPE html><html class="ltr" dir="ltr" lang="en-US"><head><title>{esc(full)}</title><meta content='
            f'"initial-scale=1.0, width=device-width" name="viewport" /><meta content="text/html; charset=UTF-8" '
            f'http-equiv="content-type" /><meta content="{esc(description)}" lang="en-US" name="description" />'
            f'<link data-senna-track="temporary" href="{u(path)}" rel="canonical" /><link data-senna-track="'
            f'temporary" href="{u(path)}" hreflang="x-default" rel="alternate" /><meta property="og:locale" content='
            f'"en_US"><meta property="og:locale:alternate" content="en_US"><meta property="og:site_name" content="'
            f'{_AN}"><meta property="og:title" content="{esc(full)}"><meta property="og:type" content="website">'
            f'<meta property="og:url" content="{u(path)}"><link class="lfr-css-file" data-senna-track="temporary" '
            f'href="{u("/o/classic-theme/css/main.css")}?browserId=other&amp;themeId=classic_WAR_classictheme&amp;'
            f'languageId=en_US" id="liferayThemeCSS" rel="stylesheet" type="text/css" /></head><body class="controls-'
            f'visible  yui3-skin-sam guest-site signed-out public-page site"><nav aria-label="Quick Links" class="'
            f'bg-dark cadmin quick-access-nav text-center text-white" id="iurc_quickAccessNav"><a class="d-block p-2 '
            f'sr-only sr-only-focusable text-reset" href="#main-content">Skip to Main Content</a></nav><div class="'
            f'd-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill position-relative" id="wrapper">'
            f'<header id="banner"><div class="navbar navbar-classic navbar-top py-3"><div class="container-fluid '
            f'container-fluid-max-xl user-personal-bar"><div class="align-items-center autofit-row"><a class="logo '
            f'custom-logo d-flex align-items-center" href="{u(_AN_SITE)}" title="Go to {_AN}"><img alt="" class="mr-2"'
            f' height="56" src="{u("/image/layout_set_logo")}?img_id=40102&amp;t=1706112345678" width="180" /><h2 '
            f'class="font-weight-bold h2 mb-0 text-dark" role="heading" aria-level="1">{_AN}</h2></a><div class="'
            f'autofit-col autofit-col-expand"><div class="justify-content-md-end mr-4 navbar-form" role="search">'
            f'<form action="{u(_AN_SITE + "/search")}" method="get"><input class="form-control" name="q" placeholder='
            f'"Search..." type="text" /></form></div></div></div></div></div><div class="navbar navbar-classic '
            f'navbar-expand-md navbar-light pb-3"><div class="container-fluid container-fluid-max-xl"><nav class="'
            f'sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Site Pages" class="navbar-'
            f'blank navbar-nav navbar-site" role="menubar">{nav}</ul></nav></div></div></header><section class="'
            f'container-fluid-max-xl" id="content"><div class="columns-1" id="main-content" role="main"><div class="'
            f'portlet-layout row"><div class="col-md-12 portlet-column portlet-column-only" id="column-1"><div class='
            f'"portlet-dropzone portlet-column-content portlet-column-content-only" id="layout-column_column-1">'
            f'{content}</div></div></div></div></section><footer id="footer" role="contentinfo"><div class="container'
            f'-fluid container-fluid-max-xl"><div class="row"><div class="col-md-12 text-center text-md-left py-3">'
            f'Powered By <a href="http://www.liferay.com" rel="external">Liferay</a></div></div></div></footer></div>'
            f'</div></body></html>')


def _an_portlet(portlet: str, instance: str, title: str, body: str) -> str:
    return (f'<div class="portlet-boundary portlet-boundary_{portlet}_ portlet-static portlet-static-end portlet-'
            f'decorate" id="p_p_id_{portlet}_{instance}"><span id="p_{instance or portlet[-8:]}"></span><section '
            f'class="portlet" id="portlet_{portlet}{instance}"><div class="portlet-content"><div class="autofit-float '
            f'autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">'
            f'{title}</h2></div></div><div class=" portlet-content-container"><div class="portlet-body">{body}</div>'
            f'</div></div></section></div>')


def _an_news(w: T.Work, u: Url) -> Doc:
    d = _d(w.date)
    author = (f'<a href="{u(_AN_PROFILE)}">{esc(w.author)}</a>' if w.author == "Tomasz Wren" else esc(w.author))
    cats = (f'<div class="asset-categories"><span class="taglib-asset-categories-summary"><span class="asset-'
            f'vocabulary">Topic:</span> <a class="label label-dark" href="{u(_AN_CAT)}">Workforce development</a>'
            f'</span></div>') if "Workforce development" in w.tags else ""
    body = (f'<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title"><div class="'
            f'align-items-center d-flex mb-2"><p class="component-title h4"><span class="asset-title d-inline">'
            f'{esc(w.title)}</span></p></div><span class="asset-anchor lfr-asset-anchor" id="{40300 + len(w.path)}">'
            f'</span><div class="asset-content mb-3"><div class="journal-content-article " data-analytics-asset-id="'
            f'{40300 + len(w.path)}" data-analytics-asset-title="{esc(w.title)}" data-analytics-asset-type="web-'
            f'content">{_body(w)}</div></div><div class="asset-metadata"><span class="metadata-entry metadata-'
            f'publish-date">{d.month}/{d.day}/{d.strftime("%y")}</span> <span class="metadata-entry metadata-author">'
            f'{author}</span></div>{cats}<div class="asset-links"><a href="{u(_AN_SITE + "/news")}">Back to News</a>'
            f'</div></div>')
    content = _an_portlet("com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet", "_INSTANCE_nw3sArch1v",
                          "News", body)
    return _doc(T.NET, w.path, _an_page(u, w.path, w.title, "News", content, _first(w)[:150]))


def _an_list(u: Url, items: list[T.Work]) -> str:
    return "".join(f'<div class="asset-abstract default-asset-publisher"><div class="autofit-row"><div class="autofit-'
                   f'col autofit-col-expand"><h4 class="asset-title"><a href="{u(w.path)}">{esc(w.title)}</a></h4>'
                   f'<div class="asset-summary">{cut(_first(w), 180)}</div><div class="asset-metadata"><span class="'
                   f'metadata-entry metadata-publish-date">{_long(w.date)}</span></div></div></div></div>'
                   for w in items)


def _an_pdf(w: T.Work) -> Doc:
    lines = []
    for para in w.paras:
        line = ""
        for word in para.split():
            if len(line) + len(word) > 88:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines += [line, ""]
    return _doc(T.NET, w.path, pdf(lines), content_type="application/pdf")


def _an_documents(u: Url, items: list[T.Work]) -> str:
    rows = "".join(f'<li class="list-group-item list-group-item-flex"><div class="autofit-col autofit-col-expand"><p '
                   f'class="list-group-title text-truncate"><a href="{u(w.path)}">{esc(w.title)}</a></p><p class="'
                   f'list-group-subtext">{esc(w.author)}, {_long(w.date)} &middot; PDF</p></div></li>' for w in items)
    return f'<ul class="list-group show-quick-actions-on-hover">{rows}</ul>'


def archivesnet(u: Url) -> list[Doc]:
    works = _works(T.NET)
    news = [w for w in works if w.kind == "article"]
    pdfs = [w for w in works if w.kind == "document"]
    docs = [_an_news(w, u) for w in news] + [_an_pdf(w) for w in pdfs]
    ap = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet"
    web = "com_liferay_journal_content_web_portlet_JournalContentPortlet"
    dl = "com_liferay_document_library_web_portlet_DLPortlet"

    def page(path: str, title: str, content: str) -> Doc:
        return _doc(T.NET, path, _an_page(u, path, title, "", content))

    workforce = [w for w in works if "Workforce development" in w.tags]
    hits = [T.WORKS["l4"], T.WORKS["l2"]]
    docs += [
        page(_AN_SITE, "Home", _an_portlet(web, "_INSTANCE_h0me", "Welcome", '<div class="journal-content-article">'
             '<p>ArchivesNet connects more than 200 record offices, archives and records services. Looking for '
             f'the <a href="{u(_AN_SITE + "/search?q=mentoring")}">peer mentoring network</a>?</p></div>')
             + _an_portlet(ap, "_INSTANCE_nw3sArch1v", "Latest news", _an_list(u, news))
             + _an_portlet(dl, "", "Publications", _an_documents(u, pdfs))),
        page(_AN_SITE + "/news", "News", _an_portlet(ap, "_INSTANCE_nw3sArch1v", "News", _an_list(u, news))),
        page(_AN_CAT, "News", _an_portlet(ap, "_INSTANCE_nw3sArch1v", "Workforce development", _an_list(u, [
            w for w in workforce if w.kind == "article"]) + _an_documents(u, [w for w in workforce
                                                                               if w.kind == "document"]))),
        page(_AN_SITE + "/publications", "Publications", _an_portlet(dl, "", "Publications", _an_documents(u, pdfs))),
        page(_AN_SITE + "/search?q=mentoring", "Search", _an_portlet(
            "com_liferay_portal_search_web_search_results_portlet_SearchResultsPortlet", "_INSTANCE_srch", "Search "
            "Results", '<p class="search-total-label">2 results for <strong>mentoring</strong></p><ul class="list-'
            'group">' + "".join(f'<li class="list-group-item list-group-item-flex"><section class="autofit-section">'
                                f'<a class="link-primary single-link" href="{u(w.path)}">{esc(w.title)}</a><p class="'
                                f'search-document-content text-default">{cut(_first(w), 150)}</p></section></li>'
                                for w in hits) + "</ul>")),
        page(_AN_SITE + "/about", "About", _an_portlet(web, "_INSTANCE_ab0ut", "About", '<div class="journal-content'
             '-article"><p>ArchivesNet is the national network of record offices. Members share a catalogue, '
             'training, digitisation funding and a workforce development programme.</p></div>')),
        page(_AN_SITE + "/contact", "Contact", _an_portlet(web, "_INSTANCE_c0nt", "Contact", '<div class="journal-'
             'content-article"><p>Network office: 14 Records Row, Kingsford. Telephone 01632 960 400.</p><p>Email '
             'enquiries@archivesnet.example</p></div>')),
        page(_AN_PROFILE, "Tomasz Wren", _an_portlet(
            "com_liferay_social_networking_web_portlet_SummaryPortlet", "", "Tomasz Wren", '<div class="profile-'
            'header"><h3>Tomasz Wren</h3><p>Records manager, Kingsford Borough Council. Convener of the records '
            f'managers&rsquo; community of practice.</p></div><p><a href="{u(T.WORKS["l4"].path)}">A year of the '
            'records managers&rsquo; community of practice</a></p>')),
        _doc(T.NET, _AN_SITE + "/events", _an_page(u, _AN_SITE + "/events", "Not Found", "", (
            '<div class="container-fluid-max-xl"><h2 class="title">Not Found</h2><p>The requested resource could '
            f'not be found.</p><p>{u(_AN_SITE + "/events")}</p></div>')), status=404),
    ]
    # the events page was taken down; the about page still links it
    docs = [d if d.path != _AN_SITE + "/about" else _doc(T.NET, d.path, d.body.decode().replace(
        "workforce development programme.</p>", f'workforce development programme.</p><p>See our <a href="'
        f'{u(_AN_SITE + "/events")}">events</a>.</p>')) for d in docs]
    return docs


# --- hub.commons.example: Hubzilla ---------------------------------------------------------------------------

_HZ = "hub.commons.example"
_HZ_GONE = "/item/9c4d2e71-5b08-4f3a-a6e2-1d7b8c0f9e34"
_HZ_CHANNELS = {"Mira Solberg": ("mira", "/channel/mira"), "Solo Librarians": ("solo-libs", "/channel/solo-libs")}


def _hz_page(u: Url, path: str, title: str, aside: str, content: str, head: str = "") -> str:
    # Hubzilla's default page template: the navbar, region_1 (the left aside with the channel's vcard or
    # widgets), region_2 (content); items are thread-wrapper divs with wall-item-* parts and h-entry classes
    return (f'<!DOCTYPE html><html prefix="og: http://ogp.me/ns#"><head><title>{esc(title)}</title><meta http-equiv'
            f'="Content-Type" content="text/html;charset=utf-8" /><meta name="viewport" content="width=device-width,'
            f' initial-scale=1.0, user-scalable=0" /><meta name="generator" content="hubzilla 9.4.1" /><link rel="'
            f'stylesheet" href="{u("/view/theme/redbasic/php/style.pcss")}?v=9.4.1" type="text/css" media="screen">'
            f'{head}</head><body><div id="blocker"></div><header></header><nav class="navbar fixed-top navbar-expand-'
            f'lg navbar-dark bg-dark"><div class="navbar-toggler-right"></div><div class="collapse navbar-collapse" '
            f'id="navbar-collapse-1"><ul class="navbar-nav me-auto"><li class="nav-item"><a class="nav-link" href="'
            f'{u("/")}" title="Home">{_HZ}</a></li><li class="nav-item"><a class="nav-link" href="{u("/siteinfo")}" '
            f'title="About this hub">About</a></li></ul></div></nav><main class="main-container"><aside id="region_1"'
            f'><div class="aside_spacer_top_left"></div><div class="aside_spacer_left"><div id="left_aside_wrapper" '
            f'class="aside_wrapper">{aside}</div></div></aside><section id="region_2"><div id="content">{content}'
            f'</div><div id="page-footer"></div><div id="pause"></div></section><aside id="region_3" class="d-none '
            f'd-xl-block"><div class="aside_spacer_top_right"></div><div class="aside_spacer_right"><div id="right_'
            f'aside_wrapper" class="aside_wrapper">{_hz_tagcloud(u)}</div></div></aside></main></body></html>')


def _hz_tagcloud(u: Url) -> str:
    return (f'<div class="widget"><h3>Popular tags</h3><div class="tags" align="center"><a href="'
            f'{u("/search?tag=mentoring")}" class="tag5">mentoring</a> <span class="tag3">librarians</span> '
            f'<span class="tag2">DigiPres</span></div></div>')


def _hz_vcard(u: Url, name: str) -> str:
    nick, path = _HZ_CHANNELS[name]
    return (f'<div class="widget vcard h-card"><div id="profile-photo-wrapper"><img class="photo u-photo" src="'
            f'{u("/photo/profile/l/" + str(len(nick)))}" alt="{esc(name)}"></div><div class="fn p-name"><a class="u-'
            f'url" href="{u(path)}">{esc(name)}</a></div><div class="p-addr">{nick}@{_HZ}</div></div>')


def _hz_body(w: T.Work, u: Url) -> str:
    out = []
    for para in w.paras:
        words = []
        for word in esc(para).split(" "):
            if word.startswith("#") and len(word) > 1:
                tag = word[1:].rstrip(".,")
                words.append(f'<span class="tag">#<a href="{u("/search?tag=" + tag)}" target="_blank" rel="'
                             f'nofollow noopener">{tag}</a></span>' + word[1 + len(tag):])
            else:
                words.append(word)
        out.append(" ".join(words))
    return "<br /><br />".join(out)


def _hz_item(w: T.Work, u: Url, full: bool, n: int) -> str:
    nick, channel = _HZ_CHANNELS[w.author]
    body = _hz_body(w, u)
    if w is T.WORKS["h4"] and full:
        body = f'<div class="reshared-content">In reply to <a href="{u(_HZ_GONE)}">a post</a></div>' + body
    link = f'<a href="{u(w.path)}" class="u-url">{esc(w.title)}</a>'
    return (f'<div id="thread-wrapper-{n}" class="thread-wrapper toplevel_item generic-content-wrapper h-entry" '
            f'data-threadid="{n}"><a name="item_{n}"></a><div class="wall-item-outside-wrapper" id="wall-item-'
            f'outside-wrapper-{n}"><div class="clearfix wall-item-content-wrapper" id="wall-item-content-wrapper-{n}">'
            f'<div class="wall-item-head"><div class="wall-item-info" id="wall-item-info-{n}"><div class="wall-item-'
            f'photo-wrapper h-card p-author"><a href="{u(channel)}" class="wall-item-photo-link u-url" id="wall-item-'
            f'photo-link-{n}"><img src="{u("/photo/profile/m/" + str(len(nick)))}" class="fakelink wall-item-photo '
            f'u-photo p-name" alt="{esc(w.author)}" /></a></div></div><div class="wall-item-author"><a href="'
            f'{u(channel)}" title="{nick}@{_HZ}" class="wall-item-name-link u-url"><span class="wall-item-name" '
            f'id="wall-item-name-{n}">{esc(w.author)}</span></a></div><div class="wall-item-ago opacity-75" id="wall-'
            f'item-ago-{n}"><time class="dt-published" datetime="{w.date}T09:14:00Z" title="{w.date}">{_long(w.date)}'
            f'</time></div></div><div class="wall-item-title h3 p-name" id="wall-item-title-{n}">{link}</div><div '
            f'class="wall-item-content clearfix" id="wall-item-content-{n}"><div class="wall-item-body e-content" '
            f'id="wall-item-body-{n}">{body if full else cut(" ".join(w.paras), 220)}</div></div></div></div></div>')


def _hz_stream(u: Url, items: list[T.Work], full: bool = False) -> str:
    return ('<div id="threads-begin"></div>' + "".join(_hz_item(w, u, full, 300 + i) for i, w in enumerate(items))
            + '<div id="threads-end"></div>')


def hub(u: Url) -> list[Doc]:
    posts = _works(T.HUB)
    docs = []
    for i, w in enumerate(posts):
        head = (f'<meta property="og:title" content="{esc(w.title)}"><meta property="og:description" content="'
                f'{esc(" ".join(w.paras)[:150])}"><meta property="og:type" content="article"><meta property="og:'
                f'image" content="{u("/photo/profile/l/4")}"><link rel="alternate" type="application/x-zot-activity'
                f'+json" href="{u(w.path)}">')
        docs.append(_doc(T.HUB, w.path, _hz_page(u, w.path, w.title, _hz_vcard(u, w.author),
                                                 _hz_stream(u, [w], full=True), head)))

    def by(name: str) -> list[T.Work]:
        return [w for w in posts if w.author == name]

    tagged = [w for w in posts if "mentoring" in w.tags]
    found = [T.WORKS["h5"], T.WORKS["h1"]]
    docs += [
        _doc(T.HUB, "/", _hz_page(u, "/", _HZ, (
            f'<div class="widget"><h3>Channels</h3><ul class="nav nav-pills flex-column"><li class="nav-item"><a '
            f'class="nav-link" href="{u("/channel/mira")}">Mira Solberg</a></li><li class="nav-item"><a class="nav-'
            f'link" href="{u("/channel/solo-libs")}">Solo Librarians (forum)</a></li></ul></div>'), (
            f'<div class="generic-content-wrapper"><div class="section-title-wrapper"><h2>Welcome to {_HZ}</h2></div>'
            f'<div class="section-content-wrapper"><p>A small hub for people who work in libraries, archives and '
            f'museums. Public posts from this hub:</p>{_hz_stream(u, posts[:4])}</div></div>'))),
        _doc(T.HUB, "/channel/mira", _hz_page(u, "/channel/mira", "Mira Solberg", _hz_vcard(u, "Mira Solberg"), (
            f'<div class="generic-content-wrapper"><div class="section-title-wrapper"><h2>Mira Solberg</h2></div>'
            f'{_hz_stream(u, by("Mira Solberg"))}</div>'), '<meta property="og:type" content="profile">')),
        _doc(T.HUB, "/channel/solo-libs", _hz_page(u, "/channel/solo-libs", "Solo Librarians", _hz_vcard(
            u, "Solo Librarians"), (
            '<div class="generic-content-wrapper"><div class="section-title-wrapper"><h2>Solo Librarians</h2></div>'
            '<p>A forum for people who run a library or archive alone. Posts here go to every member.</p>'
            f'{_hz_stream(u, by("Solo Librarians"))}</div>'))),
        _doc(T.HUB, "/search?tag=mentoring", _hz_page(u, "/search", "Items tagged with: mentoring", "", (
            '<div class="generic-content-wrapper"><div class="section-title-wrapper"><h2>Items tagged with: '
            f'mentoring</h2></div>{_hz_stream(u, tagged)}<p><a href="{u("/search?search=peer+mentoring")}">Search '
            'for peer mentoring</a></p></div>'))),
        _doc(T.HUB, "/search?search=peer+mentoring", _hz_page(u, "/search", "Search results for: peer mentoring", "", (
            '<div class="generic-content-wrapper"><div class="section-title-wrapper"><h2>Search results for: peer '
            f'mentoring</h2></div>{_hz_stream(u, found)}</div>'))),
        _doc(T.HUB, "/siteinfo", _hz_page(u, "/siteinfo", "About this site", "", (
            f'<div class="generic-content-wrapper"><div class="section-title-wrapper"><h2>About this site</h2></div>'
            f'<div class="section-content-wrapper"><p>{_HZ} runs Hubzilla 9.4.1. It is run by two volunteers for '
            f'library, archive and museum workers. Registration is by invitation.</p><p>Administrator: <a href="'
            f'{u("/channel/mira")}">Mira Solberg</a></p></div></div>'))),
        _doc(T.HUB, _HZ_GONE, _hz_page(u, _HZ_GONE, "Not Found", "", (
            '<div class="generic-content-wrapper"><div class="section-title-wrapper"><h2>Not Found</h2></div><div '
            'class="section-content-wrapper">Item not found.</div></div>')), status=404),
    ]
    return docs


# --- emeraldine.example: an Emerald Insight-like publisher's platform -----------------------------------------

_EM = "Emeraldine Insight"
_EM_PUB = "Emeraldine Publishing Limited"
# code -> (journal, ISSN, volume, issue, pages of each article in the issue)
_EM_JOURNALS = {"JLP": ("Journal of Library Practice", "2399-1234", 12, 3),
                "RIS": ("Reference and Information Services", "2399-5678", 50, 4),
                "CMR": ("Collections Management Review", "2399-9012", 33, 1),
                "LLMR": ("Library Leadership and Management Review", "2399-3456", 44, 6)}
_EM_PAGES = {"e1": "201-219", "e2": "388-402", "e3": "45-58", "e4": "403-417", "e5": "512-526"}


def _em_issue_path(code: str) -> str:
    _, issn, vol, iss = _EM_JOURNALS[code]
    return f"/insight/publication/issn/{issn}/vol/{vol}/iss/{iss}"


def _em_link(u: Url, path: str, text: str) -> str:
    return f'<a href="{u(path)}">{text}</a>' if _labelled(T.JOURNALS, path) else text


def _em_page(u: Url, path: str, title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
            f'width, initial-scale=1"><title>{esc(title)} | {_EM}</title><link rel="canonical" href="{u(path)}">'
            f'{head}<link rel="stylesheet" href="{u("/insight/static/css/main.css")}"></head><body class="intent"><a '
            f'class="skip-link" href="#main-content">Skip to main content</a><header class="intent_header"><div class='
            f'"container"><a class="intent_logo" href="{u("/insight/")}">{_EM}</a><form class="intent_search" action='
            f'"{u("/insight/search")}" method="get" role="search"><input name="q" type="search" aria-label="Search '
            f'{_EM}"><button type="submit">Search</button></form><nav class="intent_nav"><a href="'
            f'{u("/insight/subject/library-studies")}">Library studies</a> <a href="{u("/insight/about")}">About</a> '
            f'<a href="https://login.emeraldine.example/" rel="nofollow">Login</a></nav></div></header><main id="main-'
            f'content" class="container">{main}</main><footer class="intent_footer"><div class="container"><p>&copy; '
            f'2025 {_EM_PUB}. All rights reserved.</p><p>{_EM_PUB} is a company registered in England and Wales.</p>'
            f'</div></footer></body></html>')


def _em_meta(w: T.Work, code: str, u: Url) -> str:
    journal, issn, vol, iss = _EM_JOURNALS[code]
    doi = w.path.split("/doi/")[1].rsplit("/full/", 1)[0]
    first, last = _EM_PAGES[_key(w)].split("-")
    authors = "".join(f'<meta name="citation_author" content="{esc(a.strip())}">' for a in w.author.split(";"))
    d = _d(w.date)
    return (f'<meta name="citation_title" content="{esc(w.title)}">{authors}<meta name="citation_publication_date" '
            f'content="{d.year}/{d.month:02d}/{d.day:02d}"><meta name="citation_journal_title" content="{journal}">'
            f'<meta name="citation_issn" content="{issn}"><meta name="citation_volume" content="{vol}"><meta name="'
            f'citation_issue" content="{iss}"><meta name="citation_firstpage" content="{first}"><meta name="citation_'
            f'lastpage" content="{last}"><meta name="citation_doi" content="{doi}"><meta name="citation_publisher" '
            f'content="{_EM_PUB}"><meta name="citation_abstract_html_url" content="'
            f'{u(w.path.replace("/full/html", ""))}">'
            f'<meta name="citation_fulltext_html_url" content="{u(w.path)}"><meta name="citation_pdf_url" content="'
            f'{u(w.path.replace("/full/html", "/full/pdf"))}"><meta name="dc.identifier" content="doi:{doi}"><meta '
            f'name="dc.title" content="{esc(w.title)}"><meta name="dc.publisher" content="{_EM_PUB}"><meta name="'
            f'description" content="{esc(w.summary[:200])}"><meta property="og:title" content="{esc(w.title)}"><meta '
            f'property="og:type" content="article"><meta property="og:url" content="{u(w.path)}"><meta property="og:'
            f'site_name" content="{_EM}"><meta property="og:description" content="{esc(w.summary[:200])}">')


def _em_abstract(summary: str) -> str:
    """A structured abstract ("Purpose: ... Findings: ...") as Emerald's sections."""
    heads = ("Purpose", "Design/methodology/approach", "Findings", "Originality/value")
    cuts = [summary.index(h + ": ") for h in heads] + [len(summary)]
    return "".join(f'<section class="abstract-section"><h3 class="Abstract__sectionHeading">{h}</h3><p class="'
                   f'Abstract__paragraph">{esc(summary[cuts[i] + len(h) + 2:cuts[i + 1]].strip())}</p></section>'
                   for i, h in enumerate(heads))


def _em_article(key: str, code: str, u: Url) -> Doc:
    w = T.WORKS[key]
    journal, issn, vol, iss = _EM_JOURNALS[code]
    doi = w.path.split("/doi/")[1].rsplit("/full/", 1)[0]
    names = [a.strip() for a in w.author.split(";")]
    cite_names = " and ".join(f"{n.split()[-1]}, {n.split()[0][0]}." for n in names)
    keywords = "".join(f'<li><span class="intent_text">{esc(k)}</span></li>' for k in w.tags)
    main = (f'<nav class="intent_breadcrumbs" aria-label="Breadcrumb">{_em_link(u, "/insight/", "Home")} / '
            f'{_em_link(u, "/insight/publication/issn/" + issn, journal)} / '
            f'{_em_link(u, _em_issue_path(code), f"Volume {vol} Issue {iss}")}</nav><article class="intent_article">'
            f'<p class="intent_journal_title">{journal}</p><h1 class="intent_title">{esc(w.title)}</h1><div class="'
            f'intent_contributors">' + ", ".join(f'<span class="intent_contributor">{esc(n)}</span>' for n in names)
            + f'</div><div class="intent_journal_details"><p>ISSN: {issn}</p><p>Article publication date: '
            f'{_d(w.date).day} {_d(w.date).strftime("%B %Y")}</p><p>Issue publication date: {_d(w.date).year}</p>'
            f'</div><div class="intent_doi"><a href="https://doi.org/{doi}">https://doi.org/{doi}</a></div><div '
            f'class="intent_pdf"><a href="{u(w.path.replace("/full/html", "/full/pdf"))}" rel="nofollow">Download PDF'
            f'</a></div><section class="Abstract" id="abstract"><h2 class="intent_abstract">Abstract</h2>'
            f'{_em_abstract(w.summary)}</section><div class="intent_keywords"><h2>Keywords</h2><ul>{keywords}</ul>'
            f'</div><div class="intent_citation"><h2>Citation</h2><p>{esc(cite_names)} ({_d(w.date).year}), '
            f'"{esc(w.title)}", <i>{journal}</i>, Vol. {vol} No. {iss}, pp. {_EM_PAGES[key]}. https://doi.org/{doi}'
            f'</p><p>Publisher: {_EM_PUB}</p><p>Copyright &copy; {_d(w.date).year}, {_EM_PUB}</p></div>'
            f'<section class="Body">{_body(w, pattrs=_EM_P, hattrs=_EM_H)}</section></article>')
    return _doc(T.JOURNALS, w.path, _em_page(u, w.path, w.title, main, _em_meta(w, code, u)))


_EM_P = ' class="Body__paragraph"'
_EM_H = ' class="Body__heading"'
_EM_CODES = {"e1": "JLP", "e2": "RIS", "e3": "CMR", "e4": "RIS", "e5": "LLMR"}


def _em_toc(u: Url, keys: list[str]) -> str:
    return ('<ul class="intent_toc">' + "".join(
        f'<li class="intent_toc_item"><span class="intent_type">Research paper</span><h3><a href="'
        f'{u(T.WORKS[k].path)}">{esc(T.WORKS[k].title)}</a></h3><p class="intent_authors">'
        f'{esc(", ".join(a.strip() for a in T.WORKS[k].author.split(";")))}</p><p class="intent_journal">'
        f'{_EM_JOURNALS[_EM_CODES[k]][0]}, pp. {_EM_PAGES[k]}</p></li>' for k in keys) + "</ul>")


def emeraldine(u: Url) -> list[Doc]:
    docs = [_em_article(k, c, u) for k, c in _EM_CODES.items()]
    newest = [k for k in sorted(_EM_CODES, key=lambda k: T.WORKS[k].date, reverse=True)]
    hits = ["e1", "e2", "e5"]

    def page(path: str, title: str, main: str) -> Doc:
        return _doc(T.JOURNALS, path, _em_page(u, path, title, main))

    jlp, ris = _EM_JOURNALS["JLP"], _EM_JOURNALS["RIS"]
    docs += [
        page("/insight/", "Home", f'<h1>{_EM}</h1><p>Research in library and information studies, management and '
             f'more.</p><h2>Latest articles</h2>{_em_toc(u, newest)}<h2>Journals</h2><ul><li><a href="'
             f'{u("/insight/publication/issn/" + jlp[1])}">{jlp[0]}</a></li><li><a href="{u(_em_issue_path("RIS"))}">'
             f'{ris[0]}, latest issue</a></li></ul><p><a href="{u("/insight/search?q=mentoring")}">Articles on '
             f'mentoring</a></p>'),
        page("/insight/publication/issn/" + jlp[1], jlp[0], f'<h1>{jlp[0]}</h1><p>ISSN: {jlp[1]}</p><p>The {jlp[0]} '
             f'publishes research on the practice of librarianship.</p><h2>Latest issue</h2><p><a href="'
             f'{u(_em_issue_path("JLP"))}">Volume {jlp[2]} Issue {jlp[3]}</a></p>{_em_toc(u, ["e1"])}'),
        page(_em_issue_path("JLP"), f"{jlp[0]}: Vol. {jlp[2]} No. {jlp[3]}", f'<h1>{jlp[0]}</h1><h2>Volume {jlp[2]} '
             f'Issue {jlp[3]}</h2><h3>Table of contents</h3>{_em_toc(u, ["e1"])}'),
        page(_em_issue_path("RIS"), f"{ris[0]}: Vol. {ris[2]} No. {ris[3]}", f'<h1>{ris[0]}</h1><h2>Volume {ris[2]} '
             f'Issue {ris[3]}</h2><h3>Table of contents</h3>{_em_toc(u, ["e2", "e4"])}'),
        page("/insight/search?q=mentoring", "Search results", f'<h1>Search results</h1><p>3 results for '
             f'&ldquo;mentoring&rdquo;</p>{_em_toc(u, hits)}'),
        page("/insight/subject/library-studies", "Library studies", f'<h1>Library studies</h1><p>Journals and '
             f'articles in library and information studies.</p>{_em_toc(u, newest)}'),
        page("/insight/about", "About", f'<h1>About {_EM}</h1><p>{_EM} is the platform of {_EM_PUB}, an '
             f'independent publisher of journals in management, library studies and education since 1967.</p>'),
    ]
    return docs


# --- podcasts.example: a podcast on an RSS.com-like host ------------------------------------------------------

_POD = "The Checkout Desk"
_POD_HOME = "/podcasts/checkout-desk/"
_POD_GONE = "/podcasts/checkout-desk/1501987/"


def _pod_page(u: Url, path: str, title: str, main: str, head: str = "") -> str:
    # a Nuxt app's server-rendered page: data-n-head attributes on the head's tags, div#__nuxt > div#__layout,
    # the player, platform links to other hosts, the host's footer
    return (f'<!doctype html><html lang="en" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22en%22%7D%7D"><head><title>'
            f'{esc(title)}</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" '
            f'content="width=device-width, initial-scale=1"><link data-n-head="ssr" rel="canonical" href="{u(path)}">'
            f'<link data-n-head="ssr" rel="alternate" type="application/rss+xml" title="{_POD}" href="https://media.'
            f'podcasts.example/checkout-desk/feed.xml">{head}<link rel="stylesheet" href="'
            f'{u("/_nuxt/css/app.3f9a.css")}"></head>'
            f'<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="app"><header '
            f'class="app-header"><a href="{u(_POD_HOME)}" class="app-header__logo" aria-label="podcasts.example">'
            f'podcasts.example</a><a href="https://dashboard.podcasts.example/sign-up" rel="nofollow" class="btn">'
            f'Start your podcast</a></header>{main}<footer class="app-footer"><p>&copy; 2024 podcasts.example. Podcast '
            f'hosting.</p></footer></div></div></div></body></html>')


def _pod_show_header(u: Url) -> str:
    return (f'<section class="podcast-header"><img class="podcast-cover" src="https://img.podcasts.example/checkout-'
            f'desk/400/cover.jpg" alt="{_POD} cover"><div><h1 class="podcast-title"><a href="{u(_POD_HOME)}">{_POD}'
            f'</a></h1><p class="podcast-author">By Dev Patel and Rosa Lindqvist</p><p class="podcast-description">Two '
            f'public library workers talk about the job: the desk, the stacks, the careers and the people. New '
            f'episodes on the first Wednesday of the month.</p><ul class="podcast-platforms"><li><a href="https://'
            f'podcasts.apple.com/podcast/id1600000001" target="_blank" rel="noopener">Apple Podcasts</a></li><li><a '
            f'href="https://open.spotify.com/show/0checkoutdesk" target="_blank" rel="noopener">Spotify</a></li></ul>'
            f'</div></section>')


def _pod_episode(w: T.Work, u: Url, n: int) -> Doc:
    number = w.title.split(":")[0].replace("Ep. ", "")
    audio = f"https://media.podcasts.example/checkout-desk/{w.date.replace('-', '_')}_ep{number}.mp3"
    ld = {"@context": "https://schema.org", "@type": "PodcastEpisode", "url": u(w.path), "name": w.title,
          "datePublished": w.date, "episodeNumber": int(number), "description": _first(w),
          "associatedMedia": {"@type": "MediaObject", "contentUrl": audio},
          "partOfSeries": {"@type": "PodcastSeries", "name": _POD, "url": u(_POD_HOME)}}
    head = (f'<meta data-n-head="ssr" name="description" content="{esc(_first(w)[:160])}"><meta data-n-head="ssr" '
            f'property="og:type" content="website"><meta data-n-head="ssr" property="og:title" content="'
            f'{esc(w.title)} | {_POD}"><meta data-n-head="ssr" property="og:url" content="{u(w.path)}"><meta data-n-'
            f'head="ssr" property="og:audio" content="{audio}"><meta data-n-head="ssr" property="og:image" content="'
            f'https://img.podcasts.example/checkout-desk/1400/cover.jpg"><meta data-n-head="ssr" name="twitter:card" '
            f'content="player">{_ld(ld)}')
    body = _body(w)
    if w is T.WORKS["p4"]:
        body += f'<p>This conversation started in <a href="{u(_POD_GONE)}">our bonus episode</a>.</p>'
    main = (f'{_pod_show_header(u)}<section class="episode"><p class="episode-meta"><time datetime="{w.date}">'
            f'{_d(w.date).strftime("%b")} {_d(w.date).day}, {_d(w.date).year}</time> &middot; Episode {number} '
            f'&middot; '
            f'{38 + n * 7} min</p><h2 class="episode-title">{esc(w.title)}</h2><div class="player"><audio controls '
            f'preload="none" src="{audio}"></audio></div><div class="episode-description">{body}</div><p><a href="'
            f'{u(_POD_HOME)}">&larr; All episodes</a></p></section>')
    return _doc(T.PODS, w.path, _pod_page(u, w.path, f"{w.title} | {_POD}", main, head))


def _pod_list(u: Url, items: list[T.Work]) -> str:
    return ('<ul class="episodes-list">' + "".join(
        f'<li class="episode-item"><a class="episode-item__title" href="{u(w.path)}">{esc(w.title)}</a><p class="'
        f'episode-item__date">{_d(w.date).strftime("%b")} {_d(w.date).day}, {_d(w.date).year}</p><p class="episode-'
        f'item__description">{cut(_first(w), 160)}</p></li>' for w in items) + "</ul>")


def podcast(u: Url) -> list[Doc]:
    eps = _works(T.PODS)
    docs = [_pod_episode(w, u, i) for i, w in enumerate(eps)]
    series = {"@context": "https://schema.org", "@type": "PodcastSeries", "name": _POD, "url": u(_POD_HOME),
              "author": {"@type": "Person", "name": "Dev Patel"}}
    head = (f'<meta data-n-head="ssr" property="og:type" content="website"><meta data-n-head="ssr" property="og:'
            f'title" content="{_POD}">{_ld(series)}')
    docs += [
        _doc(T.PODS, _POD_HOME, _pod_page(u, _POD_HOME, f"{_POD} | Podcast on podcasts.example", (
            f'{_pod_show_header(u)}<section class="episodes"><h2>Episodes</h2>{_pod_list(u, eps[:3])}<nav class="'
            f'pagination"><a href="{u(_POD_HOME + "?page=2")}">Next page</a></nav></section>'), head)),
        _doc(T.PODS, _POD_HOME + "?page=2", _pod_page(u, _POD_HOME + "?page=2", f"{_POD} | Page 2", (
            f'{_pod_show_header(u)}<section class="episodes"><h2>Episodes</h2>{_pod_list(u, eps[3:])}<nav class="'
            f'pagination"><a href="{u(_POD_HOME)}">Previous page</a></nav></section>'), head)),
        _doc(T.PODS, _POD_GONE, _pod_page(u, _POD_GONE, "Page not found | podcasts.example", (
            '<section class="error-page"><h1>404</h1><p>Oops! This episode does not exist or has been removed.</p>'
            f'<a href="{u(_POD_HOME)}">Go to the podcast</a></section>')), status=404),
    ]
    return docs


# --- bookwyrm.example: a BookWyrm instance --------------------------------------------------------------------

_BW = "Shelfmark"
# review key -> (book path, title, author of the book, year, description)
_BW_BOOKS = {
    "b1": ("/book/90211/s/mentoring-in-the-library", "Mentoring in the Library", "Marta Ellison", 2014,
           "A practical handbook for setting up and running mentoring programmes in libraries of every kind."),
    "b2": ("/book/88417/s/the-salt-archive", "The Salt Archive", "Isla Corrigan", 2022,
           "A novel of a tidal island, an inherited house and a box of unlabelled photographs."),
    "b3": ("/book/91530/s/connected-professionals", "Connected Professionals", "Dana Whitfield", 2023,
           "How professionals learn from each other in online networks, with case studies from libraries, "
           "nursing and teaching."),
    "b4": ("/book/86002/s/paper-trails-an-archivists-life", "Paper Trails: An Archivist's Life", "Ruth Ashby", 2021,
           "A memoir of forty years in a county record office."),
}
_BW_USERS = {"Annika Lund": ("annika", "Public librarian. Reads novels on the bus and library books at work."),
             "Tomasz Wren": ("tomasz", "Records manager. Mostly non-fiction, some crime.")}
_BW_LIST = "/list/31/s/books-for-new-library-workers"


def _bw_page(u: Url, path: str, title: str, main: str, head: str = "") -> str:
    # BookWyrm's layout.html (Bulma): the navbar with the instance's name and search form, the footer with the
    # instance's about link and BookWyrm's source link; OpenGraph from the view's opengraph block
    return (f'<!DOCTYPE html><html lang="en-us"><head><title>{esc(title)} | {_BW}</title><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><link href="{u("/static/css/themes/bookwyrm-light.css")}'
            f'" rel="stylesheet" type="text/css" /><link rel="search" type="application/opensearchdescription+xml" '
            f'href="{u("/opensearch.xml")}" title="{_BW} search" /><meta name="twitter:card" content="summary">'
            f'<meta name="og:site_name" content="{_BW}">{head}</head><body><nav class="navbar" aria-label="main '
            f'navigation"><div class="container"><div class="navbar-brand"><a class="navbar-item" href="{u("/")}">'
            f'<img class="image logo" src="{u("/static/images/logo-small.png")}" alt="{_BW} home page"></a><form '
            f'class="navbar-item column is-align-items-start pt-5" action="{u("/search")}"><div class="field has-'
            f'addons"><div class="control"><input aria-label="Search for a book" id="tour-search" class="input" type='
            f'"text" name="q" placeholder="Search for a book"></div></div></form></div><div class="navbar-menu" id="'
            f'main_nav"><div class="navbar-start"><a href="{u("/about")}" class="navbar-item">About</a></div></div>'
            f'</div></nav><main class="section is-flex-grow-1"><div class="container">{main}</div></main><footer '
            f'class="footer"><div class="container"><div class="columns"><div class="column is-one-fifth"><p><a href="'
            f'{u("/about")}">About this instance</a></p></div><div class="column content"><p>{_BW} is a small '
            f'BookWyrm instance for library workers.</p></div><div class="column">BookWyrm&rsquo;s source code is '
            f'freely available. You can contribute or report issues on <a href="https://github.com/bookwyrm-social/'
            f'bookwyrm">GitHub</a>.</div></div></div></footer></body></html>')


def _bw_status(key: str, u: Url, full: bool = True) -> str:
    w = T.WORKS[key]
    book, btitle, bauthor, _, _ = _BW_BOOKS[key]
    nick = _BW_USERS[w.author][0]
    verb = "reviewed" if "/review/" in w.path else "commented on"
    header = (f'<header class="card-header"><div class="card-header-title has-text-weight-normal is-block"><a href="'
              f'{u("/user/" + nick)}" class="has-text-weight-bold">{esc(w.author)}</a> {verb} <a href="{u(book)}"><i>'
              f'{esc(btitle)}</i></a> by {esc(bauthor)}</div></header>')
    title = (f'<header class="mb-2"><h3 class="title is-5 has-subtitle" dir="auto" itemprop="name">'
             f'{esc(w.title.split(" of ", 1)[-1].strip(chr(34)))}</h3></header>') if verb == "reviewed" else ""
    text = "".join(f"<p>{esc(x)}</p>" for x in w.paras) if full else f"<p>{cut(' '.join(w.paras), 240)}</p>"
    return (f'<article class="card is-stretchable" itemscope itemtype="https://schema.org/Review">{header}<div '
            f'class="card-content"><div class="columns is-gapless"><div class="column is-cover"><a href="{u(book)}">'
            f'<img class="book-cover" src="{u("/images/covers/" + book.split("/")[2] + ".jpg")}" alt="{esc(btitle)}">'
            f'</a></div><article class="column ml-3-tablet my-3-mobile">{title}<div class="content" dir="auto" '
            f'itemprop="reviewBody">{text}</div></article></div></div><footer class="card-footer"><div class="card-'
            f'footer-item"><a href="{u(w.path)}"><time datetime="{w.date}">{_long(w.date)}</time></a></div></footer>'
            f'</article>')


def _bw_review(key: str, u: Url) -> Doc:
    w = T.WORKS[key]
    head = (f'<meta name="og:title" content="{esc(w.title)}"><meta name="og:description" content="'
            f'{esc(" ".join(w.paras)[:150])}"><meta name="og:type" content="article"><link rel="alternate" '
            f'type="application/activity+json" href="{u(w.path)}">')
    main = (f'<header class="block"><a href="{u("/user/" + _BW_USERS[w.author][0])}">&larr; Back</a></header>'
            f'<div class="block">{_bw_status(key, u)}</div>')
    return _doc(T.BOOKS, w.path, _bw_page(u, w.path, w.title, main, head))


def _bw_books_grid(u: Url, keys: list[str]) -> str:
    return ('<div class="columns is-multiline">' + "".join(
        f'<div class="column is-one-quarter"><a href="{u(_BW_BOOKS[k][0])}"><img class="book-cover" src="'
        f'{u("/images/covers/" + _BW_BOOKS[k][0].split("/")[2] + ".jpg")}" alt="{esc(_BW_BOOKS[k][1])}"></a><p>'
        f'<a href="{u(_BW_BOOKS[k][0])}">{esc(_BW_BOOKS[k][1])}</a> by {esc(_BW_BOOKS[k][2])}</p></div>'
        for k in keys) + "</div>")


def bookwyrm(u: Url) -> list[Doc]:
    keys = [k for k in T.WORKS if T.WORKS[k].host == T.BOOKS]
    docs = [_bw_review(k, u) for k in keys]
    for k in keys:
        path, title, author, year, desc = _BW_BOOKS[k]
        main = (f'<div class="block" itemscope itemtype="https://schema.org/Book"><h1 class="title" itemprop="name">'
                f'{esc(title)}</h1><h2 class="subtitle">by <span itemprop="author">{esc(author)}</span></h2><div '
                f'class="columns"><div class="column is-one-fifth"><img class="book-cover" src="'
                f'{u("/images/covers/" + path.split("/")[2] + ".jpg")}" alt="">'
                f'<dl><dt>Published:</dt><dd>{year}</dd></dl></div><div class="column"><div class="content" '
                f'itemprop="abstract">{esc(desc)}</div><h2 class="title is-5">Reviews</h2>{_bw_status(k, u, False)}'
                f'</div></div></div>')
        docs.append(_doc(T.BOOKS, path, _bw_page(u, path, title, main, f'<meta name="og:title" content="{esc(title)}"'
                                                                         f'><meta name="og:type" content="book">')))
    for name, (nick, bio) in _BW_USERS.items():
        mine = [k for k in keys if T.WORKS[k].author == name]
        main = (f'<header class="block"><h1 class="title">{esc(name)}</h1><p class="subtitle">@{nick}@{T.BOOKS}</p>'
                f'</header><div class="block content"><p>{esc(bio)}</p></div><div class="block"><h2 class="title is-'
                f'4">User Activity</h2>' + "".join(f'<div class="block">{_bw_status(k, u, False)}</div>' for k in mine)
                + (f'<p>Lists: <a href="{u(_BW_LIST)}">Books for new library workers</a></p>' if nick == "annika"
                   else "") + "</div>")
        docs.append(_doc(T.BOOKS, f"/user/{nick}", _bw_page(u, f"/user/{nick}", name, main, '<meta name="og:type" '
                                                                                           'content="profile">')))
    listed = ["b1", "b3", "b4"]
    docs += [
        _doc(T.BOOKS, "/", _bw_page(u, "/", "Home", (
            f'<section class="block"><h1 class="title">{_BW}</h1><p class="subtitle">A social reading site for people '
            f'who work in libraries.</p></section><section class="block"><h2 class="title is-4">Recent books</h2>'
            f'{_bw_books_grid(u, keys)}</section><section class="block"><h2 class="title is-4">Members</h2><p><a href'
            f'="{u("/user/annika")}">Annika Lund</a> &middot; <a href="{u("/user/tomasz")}">Tomasz Wren</a></p>'
            f'</section>'))),
        _doc(T.BOOKS, _BW_LIST, _bw_page(u, _BW_LIST, "Books for new library workers", (
            f'<header class="block"><h1 class="title">Books for new library workers</h1><p class="subtitle">Created by '
            f'<a href="{u("/user/annika")}">Annika Lund</a></p></header><div class="block content"><p>What I wish '
            f'someone had handed me in my first library job.</p></div>{_bw_books_grid(u, listed)}'))),
        _doc(T.BOOKS, "/search?q=mentoring", _bw_page(u, "/search", "Search results for \"mentoring\"", (
            f'<h1 class="title">Search</h1><div class="block"><h2 class="title is-5">Results from {_BW}</h2>'
            f'{_bw_books_grid(u, ["b1", "b3"])}</div>'))),
        _doc(T.BOOKS, "/about", _bw_page(u, "/about", "About", (
            f'<h1 class="title">About {_BW}</h1><div class="content"><p>{_BW} is a BookWyrm instance for people who '
            f'work in libraries, archives and bookshops. It federates with other BookWyrm instances and with '
            f'Mastodon.</p><p>Try searching for <a href="{u("/search?q=mentoring")}">mentoring</a>.</p></div>'))),
    ]
    return docs


# --- the whole web ------------------------------------------------------------------------------------------

def build(url: Callable[[str, str], str]) -> list[Doc]:
    """Every page of web 22; ``url(host, path)`` makes the absolute URLs links use."""
    def on(host: str) -> Url:
        return lambda path: url(host, path)

    return (fieldnotes(on(T.BLOG)) + shelfsupply(on(T.SHOP)) + openstacks(on(T.STACKS)) + calr(on(T.ASSOC))
            + northfield(on(T.UNI)) + archivesnet(on(T.NET)) + hub(on(T.HUB)) + emeraldine(on(T.JOURNALS))
            + podcast(on(T.PODS)) + bookwyrm(on(T.BOOKS)))


class LabelledWeb22(ServedWeb):
    """Web 22 (see the module docstring)."""

    HOSTS = T.HOSTS
    START = T.START
    FIRST_ADDRESS = 30
    build = staticmethod(build)
