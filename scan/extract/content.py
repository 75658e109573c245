"""One pass over a parsed page: what it holds, where its main content is,
the main text, and its links by region.

:func:`collect` walks the BeautifulSoup tree once and files away every element
the extractors need (meta tags, JSON-LD scripts, links, times, headings,
paragraphs, elements whose class/id/itemprop/rel look like bylines or dates),
so nothing else has to search the whole tree again.

Paragraphs are ``<p>`` elements, and the text between ``<br>`` lines of an
element that holds them (Blogger's posts, older templates). The main content
is, in order: the element marked as the article body
(``itemprop=articleBody``, an h-entry's ``e-content``, classes such as
``entry-content``/``post-body``/``article-body``), an ``<article>``, ``<main>``
or ``role=main`` - the most specific of them that still holds at least 70 %
of the paragraph text of the largest - unless none holds half the paragraph
text of the densest block (the element whose own ``<p>`` children carry the
most text), which then wins. When what wins holds the page's own post (the
one post block with an ``<h1>``) and cards of other posts beside it (a
"Read more" feed), the post is the main content. Inside it, navigation, asides, forms, share and
related-post widgets and comment sections are left out of the main text.

A link's region is the nearest marked ancestor: ``nav`` (``<nav>``,
role=navigation, menu/breadcrumb classes), ``comments``, ``footer``,
``header``, ``aside`` (``<aside>``, sidebars, widgets, share/related blocks);
reaching the main content first makes it ``body`` (a ``<header>`` inside the
article is body too); a link outside the main content with no marker is
``aside``. Every page has a main content (at worst ``<body>``).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import TemplateString

from refs.values.urls import site_host

__all__ = ["Collected", "Link", "collect", "resolve_anchors", "target_of", "find_main", "main_text", "extract_links",
           "region_of", "clean_text", "block_text", "inside_post", "is_post_block", "listing_posts",
           "set_listed", "in_listed", "inside_main", "lone_teaser", "heading_link", "find_cards", "document_base",
           "thread_replies"]

_WS = re.compile(r"\s+")


def clean_text(s: str) -> str:
    """Whitespace collapsed and trimmed."""
    return _WS.sub(" ", s).strip()


def _attr_text(value) -> str:
    """A multi-valued attribute (class, rel) as text, however the parser gave it."""
    if not value:
        return ""
    return " ".join(value) if isinstance(value, list) else str(value)


def _cls(el: Tag) -> str:
    """class and id of an element as one lower-case string, "_" read as "-"."""
    attrs = el.attrs
    c = attrs.get("class")
    i = attrs.get("id")
    if not c and not i:
        return ""
    parts = []
    if c:
        parts.append(" ".join(c) if isinstance(c, list) else str(c))
    if i:
        parts.append(str(i))
    s = " ".join(parts)[:300].lower().replace("_", "-")
    if "widget" in s:
        s = _builder_blocks(s)
    return s


def _builder_blocks(cls: str) -> str:
    """Page builders name every block of a page's content a widget: Elementor's ``elementor-widget
    elementor-widget-text-editor`` > ``elementor-widget-container``, SiteOrigin's ``so-panel widget
    widget-sow-editor`` > ``so-widget-sow-editor``. There the word says nothing of a sidebar (a sidebar's other
    words still do: ``elementor-widget-sidebar``)."""
    cls = cls.replace("elementor-widget", "elementor-block").replace("so-widget", "so-block")
    if "so-panel" in cls.split():
        cls = " ".join(t for t in cls.split() if t != "widget" and not t.startswith("widget-sow"))
    return cls


_MAIN_CLS = re.compile(
    r"(?:^|[\s-])(?:(?:entry|post|article|story|blog|news|page|single)-*(?:content|body|text|entry|inner)"
    r"|articlebody|article-?body|main-content|content-body|storycontent|postbody|entrytext|"
    r"e-content|rich-text|artikel|article-main|story-text|post-article)(?:$|[\s-])")
_NAV_CLS = re.compile(r"(?:^|[\s-])(?:nav|navbar|navigation|menu|menubar|breadcrumbs?|pagination|pager|"
                      r"skip-?links?|topnav|subnav)(?:$|[\s-])")
_COMMENTS_CLS = re.compile(r"(?:^|[\s-])(?:comments?|commentlist|comment-list|comment-body|disqus|"
                           r"disqus-thread|respond|responses|replies|discussion|kommentare?)(?:$|[\s-])")
# The comment words proper, anywhere in a token ("comments-area", "post-comments").
_COMMENTS_STRONG = re.compile(r"(?:^|[\s-])(?:comments?|commentlist|comment-list|comment-body|disqus|"
                              r"disqus-thread|kommentare?)(?:$|[\s-])")
# ... and only at the start of a token: "comment", "comments-area", "comment-611", "disqus-thread",
# not "has-comments" (a post's status class) nor "node-comment" (a content type).
_COMMENTS_LEAD = re.compile(r"(?:^|\s)(?:comments?|commentlist|disqus|kommentare?)(?:$|[\s-])")
# Words that name comment sections on some sites and content on others ("node-discussion" is a
# Drupal content type; "replies" a forum post's): a comment marker only as a token's first word.
_COMMENTS_WEAK = re.compile(r"(?:^|\s)(?:respond|responses|replies|discussion)(?:$|[\s-])")
# A comment section's furniture, and comment widgets, that are no replies (see :func:`thread_replies`): the form
# and its wrapper ("respond", "comment-form", "comment-reply-title"), a link to the comments or their count
# ("comments-link", "comment-count", "no-comments"), a widget of the site's latest comments ("recent-comments",
# "wp-block-latest-comments").
_NOT_REPLIES = re.compile(r"(?:^|[\s-])(?:respond|no-comments?|(?:comments?|reply)-(?:form|respond|reply-title"
                          r"|title-reply|count|counter|counts|number|link|links|closed)|(?:recent|latest)-?comments?)"
                          r"(?:$|[\s-])")
_CANDIDATE_CLS = re.compile(r"(?:^|\s)(?:h-?entry|post|type-post|node)(?:$|\s)")
_FOOTER_CLS = re.compile(r"(?:^|[\s-])(?:footer|colophon|copyright|site-info)(?:$|[\s-])")
_HEADER_CLS = re.compile(r"(?:^|[\s])(?:header|masthead|site-header|banner|topbar|top-bar)(?:$|[\s])")
_ASIDE_CLS = re.compile(
    r"(?:^|[\s-])(?:sidebar|side-bar|widget|widgets|related|recommended|promo|ads?|advert|"
    r"advertisement|sponsored?|social|share|sharing|sharedaddy|newsletter|subscribe|popular|"
    r"trending|more-stories|tagcloud|tag-cloud|jp-relatedposts|yarpp|outbrain|taboola|"
    r"author-bio|about-author|author-box|cookie|consent|modal|popup)(?:$|[\s-])")
_INTEREST = re.compile(
    r"author|person-listing|byline|by-line|writer|autor|vcard|fn|contributor|date|time|publish|posted|"
    r"entry|h-entry|hentry|dateline|datum|meta|credit|reporter|submitted|subline|fecha|parution|publica|"
    r"(?:post|article|entry|news)[-_]?(?:info|detail)|calendar|clock")


def _any_of(*patterns: re.Pattern) -> re.Pattern:
    """One regex that finds a match where any of ``patterns`` (compiled without flags) does: one search of a
    class name instead of several, for the many elements whose class names none of them matches."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns))


# a class name that may mark a region (see _marker, _is_boilerplate)
_REGION_CLS = _any_of(_COMMENTS_CLS, _NAV_CLS, _FOOTER_CLS, _ASIDE_CLS, _HEADER_CLS)
# a layout's state classes say what is around an element or in it, not what it is: Super's Notion pages'
# ``<article class="notion-root has-footer">`` holds the page's text; "with-sidebar", "no-sidebar", "hide-header"
_STATE_TOKEN = re.compile(r"(?:^|(?<=\s))(?:has|with|without|no|show|hide|hidden)-\S*")


def _role_cls(el: Tag, cls: str) -> str:
    """``el``'s class and id ``cls`` as they may name a region: without its state classes
    (:data:`_STATE_TOKEN`), nor an id that is its heading's anchor (Sphinx's, Jupyter Book's, Quarto's
    ``<section id="librarians-on-social-platforms">`` says "social" of a chapter, no share bar)."""
    if "-" not in cls:
        return cls
    i = el.attrs.get("id")
    if isinstance(i, str) and len(i) >= 8 and "-" in i:
        anchor = i.lower().replace("_", "-")
        if cls.endswith(anchor):     # (_cls puts the id last)
            h = el.find(HEADING_TAGS)
            if h is not None and anchor in _slug(h.get_text(" ")):
                cls = cls[: len(cls) - len(anchor)]
    return _STATE_TOKEN.sub("", cls)


def _slug(text: str) -> str:
    """A heading's text as its anchor ("2. Librarians on social platforms" -> "2-librarians-on-social-platforms")."""
    return "-".join(re.findall(r"\w+", text.lower())).replace("_", "-")

_ROLES = {"navigation": "nav", "contentinfo": "footer", "banner": "header",
          "complementary": "aside", "main": "main", "article": "main"}
_TAG_REGIONS = {"nav": "nav", "footer": "footer", "header": "header", "aside": "aside"}
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe",
                        "object", "embed", "form", "button", "select", "textarea", "nav",
                        "aside", "footer", "head", "canvas", "video", "audio", "map", "input"})
BLOCK_TAGS = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                        "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl",
                        "section", "article", "header", "figure", "figcaption", "br", "hr",
                        "main", "caption", "address", "details", "summary"})
_CONTEXT_BLOCKS = frozenset({"p", "li", "td", "th", "dd", "dt", "blockquote", "figcaption",
                             "h1", "h2", "h3", "h4", "h5", "h6", "pre", "caption", "div",
                             "section", "article", "address"})


# attributes in which pages give an element's moment as a Unix time (Facebook's abbr data-utime,
# BuzzFeed's time data-unix, many themes' data-timestamp)
STAMP_ATTRS = frozenset({"data-utime", "data-unix", "data-timestamp"})


@dataclass
class Collected:
    """Everything one walk of the tree found, in document order."""

    soup: BeautifulSoup
    metas: list[tuple[str, str]] = field(default_factory=list)        # (key, content)
    jsonld: list[str] = field(default_factory=list)
    anchors: list[Tag] = field(default_factory=list)                 # <a href> elements
    # id(anchor) -> where it leads, its href resolved as a browser resolves it (see resolve_anchors)
    targets: dict[int, str] = field(default_factory=dict)
    link_tags: list[Tag] = field(default_factory=list)
    times: list[Tag] = field(default_factory=list)
    h1s: list[Tag] = field(default_factory=list)
    headings: list[Tag] = field(default_factory=list)                 # h2-h6 and h1
    paragraphs: list[Tag] = field(default_factory=list)
    # elements holding text lines of their own: <br> lines, and <div>s written as paragraphs
    # (Blogger's editor writes each line as a <div>)
    br_blocks: list[Tag] = field(default_factory=list)
    containers: list[Tag] = field(default_factory=list)               # article/main/role=main/main classes
    posts: list[Tag] = field(default_factory=list)                    # post blocks (is_post_block)
    itemprops: list[Tag] = field(default_factory=list)
    stamps: list[Tag] = field(default_factory=list)                   # elements with a Unix time (STAMP_ATTRS)
    marked: list[tuple[Tag, str]] = field(default_factory=list)       # (el, class+id) of byline/date-ish
    title: str | None = None
    base_href: str | None = None
    html_lang: str | None = None
    body: Tag | None = None
    regions: dict[int, str | None] = field(default_factory=dict)      # id(el) -> region cache
    main: Tag | None = None
    main_ids: set[int] = field(default_factory=set)
    main_ancestors: set[int] = field(default_factory=set)
    post: Tag | None = None                                           # the post that holds the main content
    listed: set[int] = field(default_factory=set)                     # ids of a listing's post slots
    slots: list[Tag] = field(default_factory=list)                    # those slots


def _own_text(el: Tag) -> int:
    """Characters of text directly in ``el`` (not in its child elements)."""
    return sum(len(s) for s in el.contents if type(s) in _TEXT and len(s.strip()) > 1)


def _in_comment_item(el: Tag, seen: dict[int, bool]) -> bool:
    """Is ``el`` inside a comment's microdata item (``itemprop="comment"``,
    ``itemtype=".../Comment"``)? Its dates are the comment's, not the page's.
    ``seen`` caches the answer per ancestor (id -> inside one), so that a page
    of many such tags deep in nested elements is read in one pass, not once
    per tag."""
    path: list[int] = []
    inside = False
    node = el.parent
    while node is not None:
        key = id(node)
        if key in seen:
            inside = seen[key]
            break
        path.append(key)
        item = str(node.attrs.get("itemprop", "")) + " " + str(node.attrs.get("itemtype", ""))
        if "comment" in item.lower():
            inside = True
            break
        node = node.parent
    for key in path:
        seen[key] = inside
    return inside


def collect(soup: BeautifulSoup) -> Collected:
    """Walk the tree once and file away what the extractors need."""
    c = Collected(soup)
    metas, anchors, times, paragraphs = c.metas, c.anchors, c.times, c.paragraphs
    comment_items: dict[int, bool] = {}                 # see _in_comment_item
    for el in soup.descendants:
        if type(el) is not Tag:
            continue
        name = el.name
        attrs = el.attrs
        if name == "a":
            if "href" in attrs:
                anchors.append(el)
            rel = attrs.get("rel")
            if rel and "author" in (rel if isinstance(rel, list) else str(rel).lower().split()):
                c.marked.append((el, "rel-author"))
                continue
        elif name == "p":
            paragraphs.append(el)
        elif name == "br":
            parent = el.parent
            if parent is not None and parent.name not in ("p", "li", "td", "address") and (
                    not c.br_blocks or c.br_blocks[-1] is not parent):
                c.br_blocks.append(parent)
            continue
        elif name == "meta":
            key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or attrs.get("http-equiv")
            content = attrs.get("content")
            if content is None:
                content = attrs.get("value")     # a common mistake for content
            if key is attrs.get("itemprop") and "date" in str(key).lower() and _in_comment_item(el, comment_items):
                continue                         # a comment's own microdata (schema.org Comment)
            if key and content is not None and isinstance(key, str):
                # RDFa allows several names in one property ("dc:title og:title") and writes
                # Dublin Core with a colon (property="dc:creator", where meta names say "DC.creator")
                for k in key.lower().split()[:4]:
                    if k.startswith(("dc:", "dcterms:")):
                        k = k.replace(":", ".", 1)
                    metas.append((k, str(content)[:5000]))
            continue
        elif name == "script":
            t = str(attrs.get("type", "")).lower()
            if "ld+json" in t:
                c.jsonld.append(el.get_text()[:2_000_000])
            continue
        elif name == "time":
            times.append(el)
        elif name == "small":
            # a post's date line in classic blog themes: <small>May 17th, 2016 by Jane</small>
            c.marked.append((el, "small"))
        elif name == "h1":
            c.h1s.append(el)
            c.headings.append(el)
        elif name in ("h2", "h3", "h4", "h5", "h6"):
            c.headings.append(el)
        elif name == "article":
            c.containers.append(el)
            c.posts.append(el)
        elif name == "main":
            c.containers.append(el)
        elif name == "link":
            c.link_tags.append(el)
            continue
        elif name == "title":
            # directly under body too: a page that prints anything before its <!DOCTYPE>
            # (a PHP warning) has its whole head parsed into the body
            if c.title is None and el.parent is not None and el.parent.name in ("head", "html", "[document]", "body"):
                c.title = el.get_text()[:2000]
            continue
        elif name == "base":
            if c.base_href is None and attrs.get("href"):
                c.base_href = str(attrs["href"]).strip()
            continue
        elif name == "html":
            if c.html_lang is None and attrs.get("lang"):
                c.html_lang = str(attrs["lang"])[:40]
        elif name == "body":
            if c.body is None:
                c.body = el
            continue
        elif name in ("div", "td") and _own_text(el) >= 25 and (not c.br_blocks or c.br_blocks[-1] is not el):
            # (a cell's own text: an old forum's message, Discuz!'s td.t_f, an old table layout's article)
            c.br_blocks.append(el)
        if "itemprop" in attrs:
            c.itemprops.append(el)
            if "itemtype" in attrs and name != "article" and is_post_block(el):
                c.posts.append(el)
        elif "property" in attrs and name != "meta":
            # RDFa: <span property="schema:datePublished" content="...">
            c.itemprops.append(el)
        if "role" in attrs and attrs["role"] == "main":
            c.containers.append(el)
        if not STAMP_ATTRS.isdisjoint(attrs):
            c.stamps.append(el)
        cls = _cls(el)
        if cls and _COLLECTED_CLS.search(cls):
            if _MAIN_CLS.search(cls):
                c.containers.append(el)
            if _INTEREST.search(cls):
                c.marked.append((el, cls))
            if name != "article" and _POST_CLS.search(cls) and name not in ("body", "html", "main") and (
                    not c.posts or c.posts[-1] is not el):
                c.posts.append(el)
    return c


MAX_LINKS = 100_000     # links read on one page (a hostile page may hold a million)


def document_base(c: Collected, page_url: str) -> str:
    """The URL the page's relative URLs resolve against: its ``<base href>``
    (itself resolved against the page's URL) where it has one, else its URL."""
    base = page_url or ""
    if c.base_href:
        try:
            base = urljoin(base, c.base_href)
        except ValueError:
            pass
    return base


def resolve_anchors(c: Collected, page_url: str) -> None:
    """Resolve every link of the page once, as a browser does: against
    ``<base href>`` (itself resolved against the page's URL) where the page
    has one, else against the page's URL; the fragment stays. Each reader
    of where links lead (:func:`extract_links`, :func:`find_cards`, the
    logo and permalink checks) reads :func:`target_of`; a link whose href
    cannot be resolved (a malformed IPv6 host) leads nowhere."""
    base = document_base(c, page_url)
    targets: dict[int, str] = {}
    joined: dict[str, str | None] = {}       # href -> target: menus repeat the same links
    for a in c.anchors[:MAX_LINKS]:
        href = a.attrs.get("href")
        if not isinstance(href, str):
            continue
        href = href.strip()
        if href in joined:
            target = joined[href]
        else:
            try:
                target = urljoin(base, href)
            except ValueError:
                target = None
            joined[href] = target
        if target is not None:
            targets[id(a)] = target
    c.targets = targets


def target_of(a: Tag, c: Collected) -> str | None:
    """Where link ``a`` leads (see :func:`resolve_anchors`), or None."""
    return c.targets.get(id(a))


def listing_posts(c: Collected) -> list[Tag]:
    """The posts of a listing page (a blog's home page, a category or tag
    archive), or [] on a page that is one post.

    A listing has two or more post blocks (see :func:`is_post_block`; the
    outermost ones, outside comments, navigation, asides and footers), each
    with a heading, at least two of them headed by a link of two words or
    more (a title linking to the full post, not a forum post's user name),
    and no post that stands out as the page's own: not exactly one of them
    holds an ``<h1>``, and the main content is not inside one that holds
    half the text of them all (a single article with teaser cards)."""
    posts = c.posts
    if len(posts) < 2:
        return []
    blocks = [el for el in posts[:300] if region_of(el, c) not in ("comments", "nav", "aside", "footer")]
    if len(blocks) < 2:
        return []
    top = _outermost(blocks)         # cards inside one post are that post's
    if len(top) < 2:
        return []
    out, linked, with_h1 = [], 0, 0
    notes: set[str] = set()                  # the pages the untitled posts' permalinks lead to
    for el in top[:50]:
        h = el.find(("h1", "h2", "h3", "h4"))
        if h is None:
            link = _permalink(el, c)
            if link is not None and link not in notes:
                notes.add(link)              # a note of a stream (an h-feed), linked to its own page
                out.append(el)
                linked += 1
            continue
        out.append(el)
        a = h.find("a", href=True)
        if a is not None and not str(a["href"]).startswith("#") and len(a.get_text(" ").split()) >= 2:
            linked += 1                      # a title, not a user name
        elif _card_link(el, h):
            linked += 1                      # a card linked as a whole
        if h.name == "h1" or el.find("h1") is not None:
            with_h1 += 1
    if len({urlsplit(n).netloc for n in notes}) > 1:
        return []           # notes from other sites (replies received as webmentions), not a stream of one's own
    if len(out) < 2 or linked < 2 or with_h1 == 1:
        return []
    sizes = [len(el.get_text()) for el in out]
    total = sum(sizes) or 1
    main = c.main
    for el, n in zip(out, sizes):
        node = main
        while node is not None and node is not el:
            node = node.parent
        if node is el:                       # the main content is inside this post
            return [] if n >= 0.5 * total else out
    # else the main content holds the posts (a listing's column)
    inside = [n for el, n in zip(out, sizes) if id(el) != id(main) and _holds(main, el)]
    if len(inside) < 2 or max(inside) >= 0.6 * sum(inside):
        return []
    return out


def lone_teaser(c: Collected, url: str) -> Tag | None:
    """The one teaser of a listing that shows a single post (a journal's
    announcements with one announcement, a category with one post), or None.

    The main content holds exactly one post block, outside it the page's
    own ``<h1>`` (not a link), and the block is headed (``h2``-``h4``, no
    ``h1``) by a link of two words or more to another page: the title of a
    post shown in full elsewhere, not the page's own."""
    main = c.main
    if main is None or c.slots or c.post is not None:
        return None
    blocks = [el for el in c.posts[:300] if _holds(main, el)]
    if len(blocks) != 1 or blocks[0].find("h1") is not None:
        return None
    block = blocks[0]
    own = [h for h in c.h1s if (h is main or _holds(main, h)) and not _holds(block, h)]
    if len(own) != 1 or _linked(own[0]):
        return None
    h = block.find(("h2", "h3", "h4"))
    a = heading_link(h) if h is not None else None
    if a is None or len(a.get_text(" ").split()) < 2 or len(a.get_text(" ").strip()) < 0.6 * len(h.get_text(" ").strip()):
        return None
    href = str(a.get("href") or "").strip()
    target = target_of(a, c)
    if target is None:
        return None
    return block if href and not href.startswith("#") \
        and target.split("#", 1)[0].rstrip("/") != url.split("#", 1)[0].rstrip("/") else None


# blocks a card can be: a listing's row, item, paragraph or box (not an inline link or span)
_CARD_TAGS = frozenset({"div", "li", "p", "article", "section", "tr", "dd", "dt", "td", "blockquote", "figure"})
# what a link laid around a whole card holds (a link around words or an image is no card)
_CARD_INSIDE = _CARD_TAGS | {"h1", "h2", "h3", "h4", "h5", "h6"}


def find_cards(c: Collected, url: str, *, article: bool = False) -> list[Tag]:
    """Blocks of the main content that show other pages of the same site,
    whatever their class names: two or more blocks of one shape (siblings
    of one tag and class) that each link, as a whole or by their title, to
    a different page of the site (a series page's cards, a schedule's rows
    of talks, a repository's citations each linking its record, a "More
    from this blog" box after the article); not those inside the page's own
    post (a post block holding an ``<h1>``, or the post that holds the main
    content), whose lists of links are the post's own text, unless they are
    post blocks themselves.

    A link laid around a whole card (``<a href><div>title</div><p>excerpt</p></a>``,
    Tailwind themes' related posts) is the card. Another block links by its
    title when the link holds or is a heading, or when
    the link text is at least two words and 30 % of the block's text, in
    a block of under 600 characters (a citation linking its record's title;
    a paragraph with a link in a sentence is no card), or, on a page that
    is no ``article`` by its metadata, when the link begins the block
    whatever its length (a schedule's talks with their descriptions)."""
    main = c.main
    if main is None:
        return []
    host = site_host(url) or None
    own = _page_key(url)
    if host is None:
        return []
    targets: dict[int, set[str]] = {}          # id(element) -> the card targets below it
    links: list[tuple[Tag, str]] = []
    keys: dict[int, str | None] = {}           # id(link) -> its target (resolved once, read again by _titled_by)
    for a in links_in(main, 3000):
        key = keys[id(a)] = _target_key(a, c, host)
        if key is None or key == own:
            continue
        if len(a.get_text(" ").split()) < 2 and not holds_any(a, HEADING_TAGS):
            continue
        links.append((a, key))
        node, depth = a.parent, 0
        while node is not None and node is not main and depth < 40:
            targets.setdefault(id(node), set()).add(key)
            node, depth = node.parent, depth + 1
    groups: dict[tuple, list[tuple[Tag, str]]] = {}
    seen: set[int] = set()
    for a, key in links:
        wraps = holds_any(a, _CARD_INSIDE)          # a link laid around a whole card
        card, node = (a if wraps else None), a.parent
        while node is not None and node is not main and _one_work(targets.get(id(node)), key):
            card, node = node, node.parent
        if card is None or id(card) in seen or card.parent is None or (card.name not in _CARD_TAGS and card is not a):
            continue
        if card is not a and not _titled_by(card, key,
                                            lambda a: keys[id(a)] if id(a) in keys else _target_key(a, c, host),
                                            first=not article):
            continue
        seen.add(id(card))
        groups.setdefault((id(card.parent), card.name, _attr_text(card.get("class"))), []).append((card, key))
    out: list[Tag] = []
    for members in groups.values():
        if len(members) < 2 or len({k for _, k in members}) < len(members):
            continue
        if any(_in_own_post(card, c) and not is_post_block(card) for card, _ in members[:1]):
            continue            # (posts inside the post are other posts: Plone lists its news in <article id=content>)
        out.extend(card for card, _ in members)
    return out


HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def links_in(el: Tag, limit: int = MAX_LINKS) -> list[Tag]:
    """The links (``<a href>``) inside ``el``, in document order, at most ``limit``: what
    ``el.find_all("a", href=True, limit=limit)`` finds, in one plain walk (bs4's find machinery costs
    several times the walk, and extraction asks this of every heading and card)."""
    out: list[Tag] = []
    for node in el.descendants:
        if type(node) is Tag and node.name == "a" and "href" in node.attrs:
            out.append(node)
            if len(out) >= limit:
                break
    return out


def holds_any(el: Tag, names) -> bool:
    """Is there an element named one of ``names`` inside ``el`` (``el.find(names) is not None``)?"""
    return any(type(node) is Tag and node.name in names for node in el.descendants)


def in_heading(el: Tag) -> bool:
    """Is ``el`` inside a heading (``el.find_parent(HEADING_TAGS)``)?"""
    node = el.parent
    while node is not None:
        if node.name in HEADING_TAGS:
            return True
        node = node.parent
    return False


def _page_key(url: str) -> str:
    """A page of a site as :func:`find_cards` compares them: its path (no trailing slash) and query."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    return f"{parts.path.rstrip('/') or '/'}?{parts.query}"


def _target_key(a: Tag, c: Collected, host: str) -> str | None:
    """The page of the same site a link leads to (path and query), or None."""
    href = str(a.get("href") or "").strip()
    target = target_of(a, c)
    if not href or href.startswith("#") or len(href) > 2000 or target is None:
        return None
    try:
        scheme = urlsplit(target).scheme
    except ValueError:
        return None
    if scheme not in ("http", "https") or site_host(target) != host:
        return None
    return _page_key(target)


def _one_work(keys: set[str] | None, key: str) -> bool:
    """Are ``keys`` (the targets below a block) all the page ``key`` or its parts (``/5/2/14/pdf`` of
    ``/5/2/14``: a journal's listing links each article's PDF beside it)?"""
    if not keys:
        return False
    path, _, query = key.partition("?")
    if query or path == "/":
        return keys == {key}
    return all(k == key or k.startswith(path + "/") for k in keys)


def _titled_by(card: Tag, key: str, target_of, first: bool = True) -> bool:
    """Does ``card`` link to ``key`` by its title (see :func:`find_cards`)?
    ``target_of(a)`` is a link's target key (:func:`_target_key`). With
    ``first``, a block other than a paragraph whose first link heads it
    (:func:`_leads`) is titled by it whatever its length (a schedule's talks
    with their whole descriptions, a journal's articles with their abstracts
    after a label: "Article")."""
    text = " ".join(card.get_text(" ").split())
    linked = 0
    for n, a in enumerate(links_in(card, 20)):
        if target_of(a) != key:
            continue
        if holds_any(a, HEADING_TAGS) or in_heading(a):
            return True
        words = " ".join(a.get_text(" ").split())
        if first and n == 0 and card.name != "p" and _leads(words, text):
            return True
        linked += len(words)
    return linked > 0 and linked >= 0.3 * len(text) and len(text) < 600


def _in_own_post(el: Tag, c: Collected) -> bool:
    """Is ``el`` inside the page's own post: the post that holds the main
    content, or a post block inside it that holds an ``<h1>``?"""
    if c.post is not None:          # the main content is (inside) a post: all of it is the post's
        return True
    node = el.parent
    while node is not None and node is not c.main:
        if is_post_block(node) and node.find("h1") is not None:
            return True
        node = node.parent
    return False


def _card_link(post: Tag, h: Tag) -> bool:
    """Is the post block a card linked as a whole to its full text: its
    heading inside a link (``<a href><h2>Title</h2></a>``), or an empty link
    laid over the card that names the heading (Hugo PaperMod's
    ``<a class="entry-link" aria-label="post link to Title" href>``)?"""
    title = " ".join(h.get_text(" ").split()).casefold()
    if len(title.split()) < 2:
        return False
    around = link_around(h)
    if around is not None and not str(around.get("href")).startswith("#"):
        return True
    for a in post.find_all("a", href=True, limit=20):
        if a.get_text(" ").strip() or str(a["href"]).startswith("#"):
            continue
        label = " ".join(str(a.get("aria-label") or a.get("title") or "").split()).casefold()
        if label and title in label:
            return True
    return False


# a post's link to its own page: microformats' u-url, rel=bookmark (WordPress's dates) or rel=permalink
_PERMALINK_REL = frozenset({"bookmark", "permalink"})
_AUTHOR_CARD = re.compile(r"(?:^|\s)(?:h-card|p-author|vcard|author)(?:$|\s)")


def _permalink(post: Tag, c: Collected) -> str | None:
    """The page an untitled post (a note) links to as its own, without its
    fragment: a link marked ``u-url``, ``rel=bookmark`` or ``rel=permalink``,
    not its author's card (whose ``u-url`` is the author's page); or None."""
    for a in post.find_all("a", href=True, limit=40):
        rel = set(str(a.get("rel") or "").lower().split())
        if not (rel & _PERMALINK_REL or "u-url" in _attr_text(a.get("class")).split()):
            continue
        node, card = a, False
        while node is not None and node is not post:
            if _AUTHOR_CARD.search(_attr_text(node.get("class"))):
                card = True
                break
            node = node.parent
        target = target_of(a, c)
        if card or target is None:
            continue
        return target.split("#", 1)[0]
    return None


def set_listed(c: Collected, posts: list[Tag], *, within: Tag | None = None) -> None:
    """File away the slots of a listing's posts: each post with the
    ancestors that hold no other post (Blogger's ``date-outer`` with its date
    header), so that what they show is read as one post's, not the page's;
    inside ``within`` when given (a lone post's slot is not the page)."""
    c.slots = []
    counts: dict[int, int] = {}
    for el in posts:
        node = el.parent
        while node is not None:
            counts[id(node)] = counts.get(id(node), 0) + 1
            node = node.parent
    listed: set[int] = set()
    for el in posts:
        slot = el
        node = el.parent
        while node is not None and counts.get(id(node), 0) == 1 and node.name not in ("body", "html", "[document]") \
                and node is not within:
            slot = node
            node = node.parent
        if id(slot) not in listed:
            listed.add(id(slot))
            c.slots.append(slot)
    c.listed = listed


def in_listed(el: Tag, c: Collected) -> bool:
    """Is ``el`` inside one post of a listing page (see :func:`set_listed`)?"""
    listed = c.listed
    if not listed:
        return False
    node = el
    while node is not None:
        if id(node) in listed:
            return True
        node = node.parent
    return False


def _outermost(blocks: list[Tag]) -> list[Tag]:
    """The blocks that no other of ``blocks`` holds, in their order."""
    ids = {id(el) for el in blocks}
    top = []
    for el in blocks:
        node = el.parent
        while node is not None and id(node) not in ids:
            node = node.parent
        if node is None:
            top.append(el)
    return top


def _holds(outer: Tag | None, el: Tag) -> bool:
    node = el.parent
    while node is not None:
        if node is outer:
            return True
        node = node.parent
    return False


def _is_comments(el: Tag, cls: str) -> bool:
    """Does class+id ``cls`` mark ``el`` as a comment section (or one comment)?

    The comment words proper ("comments", "comment-list", "disqus-thread",
    "post-comments") count anywhere; the ambiguous ones ("discussion",
    "replies", "responses", "respond") only as a token's first word, so that
    Drupal's ``node node-discussion`` is content. On an element that may hold
    the main content (``<article>``, ``<main>``, role=main, h-entry, ``post``,
    ``node``, an entry-content class) only a token that starts with a comment
    word counts (``comment``, ``comments-area``): ``has-comments`` is a post's
    status and ``discussion`` a forum post's type."""
    if not _COMMENTS_CLS.search(cls):
        return False
    if (el.name in ("article", "main") or el.attrs.get("role") in ("main", "article")
            or _CANDIDATE_CLS.search(cls) or _MAIN_CLS.search(cls)):
        return bool(_COMMENTS_LEAD.search(cls))
    return bool(_COMMENTS_STRONG.search(cls) or _COMMENTS_WEAK.search(cls))


def _marker(el: Tag, c: Collected) -> str | None:
    """The region an element itself marks, if any."""
    name = el.name
    if name in _TAG_REGIONS:
        return _TAG_REGIONS[name]
    if name in ("body", "html", "[document]") or id(el) in c.main_ancestors:
        # what holds the main content is not a sidebar, whatever its class says
        return None
    role = el.attrs.get("role")
    if role and isinstance(role, str) and role in _ROLES and _ROLES[role] != "main":
        return _ROLES[role]
    cls = _cls(el)
    if not cls or not _REGION_CLS.search(cls):
        return None
    cls = _role_cls(el, cls)
    if _is_comments(el, cls):
        return "comments"
    if _NAV_CLS.search(cls):
        return "nav"
    if _FOOTER_CLS.search(cls):
        return "footer"
    if _ASIDE_CLS.search(cls):
        return "aside"
    if _HEADER_CLS.search(cls):
        return "header"
    return None


def region_of(el: Tag, c: Collected) -> str:
    """The region of an element (see the module docstring), or "outside" for an
    unmarked element outside the main content; cached per ancestor."""
    regions = c.regions
    path: list[int] = []
    node = el
    result: str | None = None
    marker_found: str | None = None
    while node is not None:
        key = id(node)
        if key in regions:
            result = regions[key]
            break
        path.append(key)
        if key in c.main_ids:
            result = "body"
            break
        m = _marker(node, c)
        if m is not None and marker_found is None:
            marker_found = m
            # a header inside the main content is the article's own header
            if m == "header" and _inside_main(node, c):
                marker_found = "body"
            result = marker_found
            break
        node = node.parent
    if result is None:
        # outside the main content with no marker: "outside" (links show it as "aside")
        result = "outside" if c.main is not None and c.main is not c.body else "body"
    for key in path:
        regions[key] = result
    return result


def inside_main(el: Tag, c: Collected) -> bool:
    """Is ``el`` inside the main content (or the main content itself)?"""
    return id(el) in c.main_ids or _inside_main(el, c)


def _inside_main(el: Tag, c: Collected) -> bool:
    node = el.parent
    while node is not None:
        if id(node) in c.main_ids:
            return True
        node = node.parent
    return False


def _p_len(p: Tag) -> int:
    n = 0
    for s in p.strings:
        n += len(s)
    return n


def find_main(c: Collected) -> Tag | None:
    """The main content element (see the module docstring)."""
    totals: dict[int, int] = {}
    direct: dict[int, int] = {}
    by_id: dict[int, Tag] = {}
    for p in c.paragraphs:
        n = _p_len(p)
        if n < 25:
            continue
        parent = p.parent
        if parent is None:
            continue
        if _skipped(parent, c) or _marker(parent, c) in ("comments", "footer", "nav", "aside"):
            continue
        direct[id(parent)] = direct.get(id(parent), 0) + n
        by_id[id(parent)] = parent
        node = parent
        depth = 0
        while node is not None and depth < 60:
            totals[id(node)] = totals.get(id(node), 0) + n
            node = node.parent
            depth += 1
    seen: set[int] = set()
    for block in c.br_blocks[:2000]:
        # text written in lines between <br>s, or in <div>s (Blogger, old templates): the block is its own
        # paragraph container
        if id(block) in seen:
            continue
        seen.add(id(block))
        n = _own_text(block)
        if n < 50 or _skipped(block, c) or _marker(block, c) in ("comments", "footer", "nav", "aside"):
            continue
        direct[id(block)] = direct.get(id(block), 0) + n
        by_id[id(block)] = block
        node, depth = block, 0
        while node is not None and depth < 60:
            totals[id(node)] = totals.get(id(node), 0) + n
            node = node.parent
            depth += 1
    dense: Tag | None = None
    if direct:
        dense = by_id[max(direct, key=direct.__getitem__)]
    dense_total = totals.get(id(dense), 0) if dense is not None else 0
    cands = [el for el in c.containers if totals.get(id(el), 0) > 0 and _marker(el, c) not in ("comments", "aside", "footer", "nav")]
    if cands:
        best_total = max(totals[id(el)] for el in cands)
        if best_total >= 0.5 * dense_total:
            strong = [el for el in cands if totals[id(el)] >= 0.7 * best_total]
            # Not a wrapper whose text lies behind a widget or sidebar class: its text would be skipped as
            # boilerplate (Blogger: div.page_body > div.widget.Blog > ... > div.post-body).
            strong = [el for el in strong if not _walled_off(dense, el)] or strong
            # Nor one that also holds a list of other posts' linked titles (a block theme's "More posts"
            # query loop inside <main>), when a smaller one holds the text.
            least = min(totals[id(el)] for el in strong)
            ties = [el for el in strong if totals[id(el)] == least]
            clean = [el for el in ties if _teaser_headings(el, dense, c) < 2]
            main = _own_post((clean or ties)[0], c)
            return _list_of(main) or main
    if dense is not None:
        return _spread(dense, totals, sum(direct.values()))
    for el in c.containers:
        if el.get_text(strip=True):
            return el
    return c.body


def _spread(dense: Tag, totals: dict[int, int], grand: int) -> Tag:
    """The densest block, or, when it holds under half of the page's
    paragraph text, its nearest ancestor that holds most of it: a text laid
    out one paragraph to a block (a newsletter's table cells, one item to a
    cell), whose densest block is one item of many."""
    if totals.get(id(dense), 0) >= grand / 2:
        return _list_of(dense) or dense
    node, depth = dense.parent, 0
    while node is not None and node.name not in ("body", "html", "[document]") and depth < 60:
        if totals.get(id(node), 0) >= 0.6 * grand:
            return node
        node, depth = node.parent, depth + 1
    return dense


def _list_of(dense: Tag) -> Tag | None:
    """The list that ``dense`` is one item of, where the densest block is one
    of several of one shape (siblings of one tag and class, not paragraphs,
    ``dense`` or an ancestor up to three levels, none holding an ``<h1>``),
    each titled by a link to a page of its own
    (a journal's list of articles with their abstracts, where one abstract
    is longer than the rest together); else None."""
    node = dense
    for _ in range(4):
        parent = node.parent
        if parent is None or parent.name in ("body", "html", "[document]"):
            return None
        shape = (node.name, _attr_text(node.get("class")))
        items = [x for x in parent.children if type(x) is Tag and (x.name, _attr_text(x.get("class"))) == shape]
        if len(items) >= 2 and shape[1] and node.name != "p":
            if holds_any(node, ("h1",)):
                return None         # the page's own post, titled, beside others' (or a layout's columns)
            targets = [_title_link(x) for x in items[:200]]
            return parent if all(targets) and len(set(targets)) == len(targets) else None
        node = parent
    return None


def _title_link(item: Tag) -> str | None:
    """The link an item begins with, as its title (see :func:`_leads`), or None."""
    for a in links_in(item, 3):
        href = str(a.get("href") or "").strip()
        words = " ".join(a.get_text(" ").split())
        if not href or href.startswith("#") or len(words.split()) < 2:
            continue
        return href if _leads(words, " ".join(item.get_text(" ").split())) else None
    return None


def _leads(link_text: str, block_text: str) -> bool:
    """Does a link's text, of two words or more, head the block's text (in its first 40 characters, after a label
    such as "Article")?"""
    return len(link_text.split()) >= 2 and 0 <= block_text.find(link_text) <= 40


def _own_post(main: Tag, c: Collected) -> Tag:
    """The page's own post when ``main`` holds it followed (or preceded) by
    cards of other posts ("Read more", "Related posts", "You might also
    like" set as post blocks, as Ghost's themes do): of the outermost post
    blocks inside ``main``, exactly one holds an ``<h1>`` (the page's own
    title) and every other one is headed by a link to another page; else
    ``main`` itself. The cards are then other posts' teasers, not the
    page's own text, and no listing."""
    inner = [el for el in c.posts[:300] if _holds(main, el)]
    if len(inner) < 2:
        return main
    top = _outermost(inner)
    own = [el for el in top if el.find("h1") is not None]
    if len(top) < 2 or len(own) != 1:
        return main
    for el in top:
        if el is own[0]:
            continue
        h = el.find(("h2", "h3", "h4", "h5", "h6"))
        if h is None or not _linked(h):
            return main
    return own[0]


def _teaser_headings(el: Tag, dense: Tag | None, c: Collected) -> int:
    """Linked h2-h4s inside ``el`` but not in the post that holds ``dense``
    (nor behind a sidebar or widget class): other posts' titles."""
    post = dense
    while post is not None and post is not el and not is_post_block(post):
        post = post.parent
    n = 0
    for h in c.headings[:300]:
        if h.name in ("h2", "h3", "h4") and _linked(h) and _holds(el, h) \
                and not (post is not None and post is not el and _holds(post, h)) and not _walled_off(h, el):
            n += 1
    return n


def _linked(h: Tag) -> bool:
    """A heading that is a link, or sits in one (``<a href><h2>...</h2></a>``)."""
    return heading_link(h) is not None


def heading_link(h: Tag) -> Tag | None:
    """The link a heading holds, else the one it sits in (see :func:`link_around`)."""
    first = links_in(h, 1)
    return first[0] if first else link_around(h)


def link_around(h: Tag) -> Tag | None:
    """The link a heading sits in (``<a href><h2>Title</h2></a>``, as card layouts write it)."""
    node, depth = h.parent, 0
    while node is not None and depth < 3:
        if node.name == "a" and node.attrs.get("href"):
            return node
        node, depth = node.parent, depth + 1
    return None


def _walled_off(inner: Tag | None, outer: Tag) -> bool:
    """Is there a boilerplate element (a widget, a sidebar...) between ``inner``
    and its ancestor ``outer``? (False when ``outer`` does not hold ``inner``.)"""
    node = inner.parent if inner is not None else None
    walls = False
    while node is not None:
        if node is outer:
            return walls
        walls = walls or _is_boilerplate(node)
        node = node.parent
    return False


# a text node: in a <template>, bs4 makes it a TemplateString (read only in a slot's, see _slot)
_TEXT = (NavigableString, TemplateString)


def _slot(el: Tag) -> bool:
    """Is ``el`` a Vue component's slot content (``<template slot="contents">``,
    ``v-slot:name``, ``#name``): markup the page shows, as Wiki.js serves a page's text?"""
    return el.name == "template" and any(a == "slot" or a.startswith(("v-slot", "#")) for a in el.attrs)


def _skipped(el: Tag, c: Collected) -> bool:
    return el.name in _SKIP_TAGS and not _slot(el)


def set_main(c: Collected, main: Tag | None) -> None:
    c.main = main
    c.main_ids = {id(main)} if main is not None else set()
    c.main_ancestors = set()
    node = main.parent if main is not None else None
    while node is not None:
        c.main_ancestors.add(id(node))
        node = node.parent
    c.post = _post_of(main)
    c.regions.clear()


_POST_CLS = re.compile(r"(?:^|\s)(?:hentry|h-entry|post|type-post|blog-post|node)(?:$|\s)")
# a class name that collect files away (a main content's, a byline's or date's, a post's)
_COLLECTED_CLS = _any_of(_MAIN_CLS, _INTEREST, _POST_CLS)
_POST_TYPES = re.compile(r"(?:BlogPosting|Article|Posting|Report)\s*$")


def is_post_block(el: Tag) -> bool:
    """Is ``el`` one post: an ``<article>``, an h-entry/hentry, a ``post``
    (or Drupal ``node``) block, an itemscope BlogPosting/Article?"""
    if el.name == "article":
        return True
    if el.name in ("body", "html", "[document]", "main"):
        return False
    t = el.attrs.get("itemtype")
    if isinstance(t, str) and "itemscope" in el.attrs and _POST_TYPES.search(t):
        return True
    cls = el.attrs.get("class")
    if not cls:
        return False
    cls = (" ".join(cls) if isinstance(cls, list) else str(cls))[:300].lower().replace("_", "-")
    return bool(_POST_CLS.search(cls))


def _post_of(main: Tag | None) -> Tag | None:
    """The post that holds the main content: the main content itself or its
    nearest ancestor that is a post block (see :func:`is_post_block`)."""
    node = main
    while node is not None and node.name not in ("body", "html", "[document]"):
        if is_post_block(node):
            return node
        node = node.parent
    return None


def inside_post(el: Tag, c: Collected) -> bool:
    """Is ``el`` inside the post that holds the main content (its header,
    byline and footer are the post's own, even outside the main content)?"""
    return c.post is not None and _holds(c.post, el)


def _is_boilerplate(el: Tag, comments: bool = False) -> bool:
    """Is ``el`` a subtree left out of a text: navigation, asides, footers and
    comment sections; with ``comments``, a comment section's form, counter
    and links, and comment widgets, instead of the comment sections."""
    name = el.name
    if name in _SKIP_TAGS:
        return (name != "form" or not _text_form(el)) and not _slot(el)
    role = el.attrs.get("role")
    if role in ("navigation", "complementary", "contentinfo", "banner", "search", "dialog"):
        return True
    cls = _cls(el)
    if not cls or not _REGION_CLS.search(cls):
        return False
    if comments and _NOT_REPLIES.search(cls):
        return True
    cls = _role_cls(el, cls)
    return bool((not comments and _is_comments(el, cls)) or _NAV_CLS.search(cls) or _ASIDE_CLS.search(cls)
                or _FOOTER_CLS.search(cls))


# a Q&A site's answers to the question (Stack Exchange's #answers, each a div.answer): a thread's replies
_ANSWERS = re.compile(r"(?:^|\s)answers?(?:$|\s)")


def thread_replies(c: Collected, *, limit: int = 500_000) -> str:
    """The replies of a discussion thread, whose opening post is the main
    content: the text of the page's comment sections or answers (a Q&A
    site's, ``#answers``) (outermost ones, not
    in navigation, asides or footers, nor holding the main content), the
    comments inside them kept. A thread is read whole: its replies are the
    discussion one cites, where a blog post's comments are not the post.
    A comment widget (marked as one, or as an aside), a comment form, a
    count of the comments and a lone link to them are no replies, nor is
    anything inside them."""
    if c.body is None:
        return ""
    inside: set[int] = set()            # the elements inside a section already seen (their subtrees are disjoint)
    out: list[str] = []
    size = 0
    for el in c.body.find_all(BLOCK_TAGS, limit=50_000):
        if id(el) in inside:
            continue
        cls = _cls(el)
        if (not cls or not (_is_comments(el, cls) or _ANSWERS.search(cls)) or id(el) in c.main_ancestors
                or id(el) in c.main_ids):
            continue
        inside.update(id(d) for d in el.find_all(True))     # read, or left out, whole
        if _is_boilerplate(el, comments=True) or (
                el.parent is not None and region_of(el.parent, c) in ("nav", "aside", "footer")):
            continue
        text = main_text(el, comments=True, limit=limit - size)
        if _counter(el, text):
            continue
        out.append(text)
        size += len(text)
        if size >= limit:
            break
    if not out:
        for post in _other_posts(c)[:500]:
            text = main_text(post, comments=True, limit=limit - size)
            out.append(text)
            size += len(text)
            if size >= limit:
                break
    return "\n".join(t for t in out if t)


# a forum post's block, by its class or id: XenForo's message, Invision 3's post_block, vBulletin's postcontainer
_FORUM_POST = re.compile(r"post|message|comment|reply|answer", re.IGNORECASE)


def _is_forum_post(el: Tag) -> bool:
    return el.name == "article" or bool(_FORUM_POST.search(f"{_attr_text(el.get('class'))[:300]} {el.get('id')}"))


def _other_posts(c: Collected) -> list[Tag]:
    """A forum thread's posts after its opening one, where no comment section holds them: the blocks beside the
    one that holds the main content, of its tag and first class (XenForo's ``article.message``, Invision's
    ``article.ipsComment``, vBulletin's ``li.postcontainer``), that are posts (a thread with no reply has a
    'Similar threads' block beside its own, of one shape)."""
    node, steps = c.main, 0
    while node is not None and node.name not in ("body", "html", "[document]") and steps < 8:
        classes = _attr_text(node.get("class")).split()     # (the parser keeps class one string)
        if classes and node.parent is not None:
            first = classes[0]
            others = [s for s in node.parent.find_all(node.name, recursive=False)
                      if s is not node and _attr_text(s.get("class")).split()[:1] == [first] and _is_forum_post(s)]
            if others:
                return others
        node, steps = node.parent, steps + 1
    return []


# what a comment counter says: "5 Comments", "Comments (5)", "No comments", "1.2k replies", "12"
_COUNT_TEXT = re.compile(r"(?:[\d.,]+[km]?|no|one|zero)?\s*(?:comments?|replies|responses)?\s*(?:\(?[\d.,]+[km]?\)?)?",
                         re.IGNORECASE)


def _counter(section: Tag, text: str) -> bool:
    """Is a comment section's ``text`` only a count of comments, or only one
    link's words (``<li class="comments"><a href="#comments">Leave a
    comment</a></li>`` in a post's byline): a counter or a link, no reply?"""
    if len(text) > 80:
        return False
    if _COUNT_TEXT.fullmatch(text.strip()):
        return True
    links = section.find_all("a", limit=2)
    return len(links) == 1 and " ".join(links[0].get_text(" ").split()) == " ".join(text.split())


def _text_form(form: Tag) -> bool:
    """A form that shows a text and asks for nothing: no field to fill in
    (hidden inputs aside), no button. Old reddit wraps each post's and
    comment's text in ``<form class="usertext">`` with a hidden ``thing_id``;
    a search box, a login or a comment form has fields."""
    for el in form.find_all(("input", "textarea", "select", "button"), limit=20):
        if el.name != "input" or str(el.get("type") or "text").lower() != "hidden":
            return False
    return True


def main_text(root: Tag | None, *, limit: int = 2_000_000, skip: set[int] | frozenset = frozenset(),
              comments: bool = False) -> str:
    """The text of ``root`` without boilerplate subtrees (nor the elements
    whose ``id()`` is in ``skip``; comment sections kept with ``comments``),
    blocks on their own lines."""
    if root is None:
        return ""
    out: list[str] = []
    size = 0
    stack: list = [iter(root.contents)]
    while stack:
        try:
            node = next(stack[-1])
        except StopIteration:
            stack.pop()
            continue
        t = type(node)
        if t in _TEXT:
            out.append(node)
            size += len(node)
            if size > limit:
                break
        elif t is Tag:
            if _is_boilerplate(node, comments) or (skip and id(node) in skip):
                continue
            if node.name in BLOCK_TAGS:
                out.append("\n")
            if len(stack) < 400:
                stack.append(iter(node.contents))
    text = "".join(out)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


@dataclass(frozen=True)
class Link:
    """A link on a page.

    ``url`` is absolute (resolved against ``<base href>`` and the page URL,
    fragment dropped); ``text`` the anchor text; ``context`` the sentence
    around it (body links only, "" elsewhere); ``region`` one of "body",
    "nav", "header", "footer", "aside", "comments".
    """

    url: str
    text: str
    context: str
    region: str

    def to_dict(self) -> dict:
        return {"url": self.url, "text": self.text, "context": self.context, "region": self.region}


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"'“‘(\[]?[A-Z0-9À-Ý])")


def block_text(el: Tag, cache: dict[int, str]) -> str:
    key = id(el)
    if key not in cache:
        cache[key] = clean_text(el.get_text(""))[:20000]
    return cache[key]


def sentence_around(text: str, needle: str, *, width: int = 400) -> str:
    """The sentence of ``text`` that holds ``needle``::

        sentence_around("Intro here. Read Barr's post on mentors. Bye.", "Barr's post")
        -> "Read Barr's post on mentors."
    """
    if not text:
        return ""
    pos = text.find(needle) if needle else -1
    if pos < 0:
        return text[:width]
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    m = _SENTENCE_END.search(text, pos + len(needle))
    end = m.start() if m else len(text)
    end = min(end + 1 if end < len(text) else end, len(text))
    s = text[start:end].strip()
    if len(s) > width:
        lo = max(0, pos - start - width // 2)
        s = s[lo:lo + width].strip()
    return s


def extract_links(c: Collected) -> list:
    """Links of the page (where :func:`resolve_anchors` found them to lead),
    first occurrence of each URL per region, in document order."""
    out: list[Link] = []
    seen: set[tuple[str, str]] = set()
    blocks: dict[int, str] = {}
    for a in c.anchors[:MAX_LINKS]:
        href = a.attrs.get("href")
        if not isinstance(href, str):
            continue
        href = href.strip()
        if not href or href.startswith("#") or len(href) > 4000:
            continue
        low = href[:12].lower()
        if low.startswith(("javascript:", "mailto:", "tel:", "data:", "sms:", "about:", "file:")):
            continue
        url = target_of(a, c)
        if url is None:
            continue
        try:
            parts = urlsplit(url)
        except ValueError:
            continue
        if parts.scheme not in ("http", "https") or not parts.netloc:
            continue
        if parts.fragment:
            url = url[: url.index("#")]
        region = region_of(a, c)
        if region == "outside":
            region = "aside"
        if (url, region) in seen:
            continue
        seen.add((url, region))
        text = clean_text(a.get_text(""))[:500]
        context = ""
        if region == "body":
            block = a.parent
            while block is not None and block.name not in _CONTEXT_BLOCKS:
                block = block.parent
            if block is not None:
                context = sentence_around(block_text(block, blocks), text)
        out.append(Link(url, text, context, region))
    return out


_REFRESH_TAG = re.compile(rb"<meta\b[^>]*?http-equiv\s*=\s*[\"']?refresh\b[^>]*>", re.I)
_CONTENT_ATTR = re.compile(rb"\bcontent\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", re.I)
_REFRESH_VALUE = re.compile(r"^\s*(\d+(?:\.\d*)?)\s*(?:[;,]\s*(?:url\s*=\s*)?([\"']?)(.+?)\2\s*)?$", re.I | re.S)
MAX_REFRESH_WAIT = 10.0  # seconds: a longer wait is a page that reloads itself, not a redirect


_NOSCRIPT_TAG = re.compile(rb"<(/?)noscript\b", re.I)


def _in_noscript(head: bytes, at: int) -> bool:
    """Is the byte at ``at`` inside a ``<noscript>`` element (its last noscript tag before it opens one)?"""
    last = None
    for m in _NOSCRIPT_TAG.finditer(head, 0, at):
        last = m
    return last is not None and not last.group(1)


def meta_refresh(body: bytes, page_url: str) -> str | None:
    """Where a page sends the reader at once with ``<meta http-equiv="refresh"
    content="0; url=...">`` (within :data:`MAX_REFRESH_WAIT` seconds), as an
    absolute http(s) URL other than the page's own; else None. Moved blogs and
    link shorteners answer so instead of with an HTTP redirect.

    >>> meta_refresh(b'<meta http-equiv="refresh" content="0; URL=\\'/new\\'">', "http://x.org/old")
    'http://x.org/new'
    >>> meta_refresh(b'<meta http-equiv="refresh" content="300">', "http://x.org/news") is None
    True

    One inside ``<noscript>`` sends away only a browser without scripts (Facebook's
    ``<noscript><meta http-equiv="refresh" content="0; URL=/?_fb_noscript=1"></noscript>``): the page is the
    page a reader sees, and read as such.

    >>> meta_refresh(b'<noscript><meta http-equiv="refresh" content="0; URL=/?nojs=1"></noscript>', "http://x.org/p")
    """
    head = body[:65536]
    m = _REFRESH_TAG.search(head)
    while m and _in_noscript(head, m.start()):
        m = _REFRESH_TAG.search(head, m.end())
    if not m:
        return None
    c = _CONTENT_ATTR.search(m.group(0))
    if not c:
        return None
    raw = (c.group(1) or c.group(2) or c.group(3) or b"").decode("utf-8", "replace")
    v = _REFRESH_VALUE.match(html.unescape(raw))
    if not v or not v.group(3) or float(v.group(1)) > MAX_REFRESH_WAIT:
        return None
    try:
        target = urljoin(page_url, v.group(3).strip())
        parts = urlsplit(target)
        parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    target = target.split("#", 1)[0]
    return None if target == page_url.split("#", 1)[0] else target
