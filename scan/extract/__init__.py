"""Page extraction: metadata, kind, main content, links and citations of one HTML page.

Pure functions over the page's bytes (or text) and URL: no I/O, no network.
The crawler and ``scan cite`` call one entry point, which fills the page
record (:class:`scan.page.Page`)::

    from scan.extract import analyse
    from scan.keywords import Matcher, Topic

    matcher = Matcher(Topic.default())                 # once per crawl
    a = analyse(body_bytes, "https://blog.example/2013/02/25/find-a-mentor/",
                charset="utf-8", matcher=matcher)
    a.page.title      -> "How to find a mentor"
    a.page.authors    -> ({"family": "Barr", "given": "Jane"},)
    a.page.date       -> "2013-02-25"
    a.page.type       -> "post-weblog"
    a.page.kind       -> "article"
    a.page.zones      -> {"mentor": (1, 0, 7), ...}   # in the title, the headings, the body
    [l.url for l in a.links if l.region == "body"]
    a.page.citations  -> ("(Hurt, 2012; Czarnecki, 2013)", "Welsh, Bhave and Kim (2012)")

The page is parsed once, by BeautifulSoup over lxml, and everything comes
from that one tree (:mod:`scan.extract.content` walks it once). Modules:
:mod:`~scan.extract.decode` (bytes to text), :mod:`~scan.extract.content`
(main content, main text, links and their regions),
:mod:`~scan.extract.metadata` (sources and their order of trust),
:mod:`~scan.extract.kinds` (what kind of page it is),
:mod:`~scan.extract.citations`, :mod:`~scan.extract.dates`,
:mod:`~scan.extract.names`, :mod:`~scan.extract.terms`.

A page's *own* text is its main text without the teasers of other pages a
listing shows (their headings, excerpts, bylines) and without its reference
list (other works' titles): keywords are counted
there, in three zones (the title, the headings, the rest), so that a blog's
home page is not scored by the posts it lists. A discussion thread (kind
``post`` by its forum's address or markup) is read whole: its replies
(:func:`~scan.extract.content.thread_replies`) count in its words, topic
words, keywords and terms; its title, author and excerpt stay the opening
post's. A blog post's comments are not its text.

Hostile pages never raise: malformed markup, binary junk, wrong charsets,
huge attributes and deep nesting give whatever could be read (at worst an
empty page record with ``error`` set).
"""

from __future__ import annotations

import dataclasses
import logging
import re
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Mapping
from urllib.parse import urlsplit

from refs.values.text import strip_controls
from scan.extract.citations import Citation, find_citations, find_dois, find_references, reference_sections
from scan.extract.content import (MAX_LINKS, Collected, _attr_text, Link, collect, extract_links, find_cards, find_main,
                                  in_heading, in_listed, inside_main, inside_post, is_post_block, heading_link,
                                  links_in, lone_teaser, main_text, region_of, resolve_anchors, set_listed,
                                  set_main, target_of, thread_replies)
from scan.extract.decode import decode_html
from scan.extract.documents import read_link
from scan.extract.kinds import (CONTENTS_HEADING, FORM_WORDS, classify, NETWORK_POST, is_profile_address, is_thread,
                                may_be_forum_thread)
from scan.extract.metadata import extract_metadata, is_video_type
from scan.extract.records import RecordFields, record_fields
from scan.extract.text import fold_for_compare
from scan.extract.terms import content_terms
from scan.page import LEADS_TO_WORKS, Page

if TYPE_CHECKING:
    from scan.keywords import Matcher

__all__ = ["analyse", "Analysis", "Link", "Citation", "read_link"]

log = logging.getLogger(__name__)

MAX_STORED_LINKS = 100
MAX_STORED_CITATIONS = 50
EXCERPT_CHARS = 300

# Markup that holds no text we read: dropped before parsing so the tree is
# smaller (a third of many pages is inline script, style and SVG). JSON-LD
# scripts stay. Linear: an unclosed block ends the stripping.
_OPEN = re.compile(r"<(script|style|svg)\b[^>]{0,2000}>|<!--", re.IGNORECASE)
_CLOSE = MappingProxyType({t: re.compile(rf"</{t}\s*>", re.IGNORECASE) for t in ("script", "style", "svg")})


# a heading's permalink, a mark that links to the heading itself (Sphinx's and MkDocs' ``<a class="headerlink"
# href="#id">¶</a>``, "#" and "§" elsewhere): no word of the heading, nor of the page
_HEADING_MARKS = frozenset({"¶", "#", "§", "🔗"})


def _clear_heading_marks(c: Collected) -> None:
    """Take out the links that are a heading's permalink mark (see :data:`_HEADING_MARKS`), so that no title,
    heading or text reads "Program overview ¶", and no heading is taken for a link to somewhere."""
    marks = []
    for a in c.anchors[:MAX_LINKS]:
        href = a.attrs.get("href")
        if isinstance(href, str) and href.lstrip().startswith("#") and a.get_text().strip() in _HEADING_MARKS:
            marks.append(a)
    if not marks:
        return
    gone = {id(a) for a in marks}
    for a in marks:
        a.extract()
    for f in dataclasses.fields(c):
        value = getattr(c, f.name)
        if isinstance(value, list) and value and any(id(x) in gone for x in value):
            setattr(c, f.name, [x for x in value if id(x) not in gone])


def strip_inert(text: str) -> str:
    """``text`` without scripts (except JSON-LD), styles, SVG and comments."""
    out: list[str] = []
    pos = 0
    while True:
        m = _OPEN.search(text, pos)
        if m is None:
            break
        tag = m.group(1)
        if tag is None:
            end = text.find("-->", m.end())
            stop = end + 3 if end >= 0 else -1
        else:
            close = _CLOSE[tag.lower()].search(text, m.end())
            if tag.lower() == "script" and "ld+json" in m.group(0).lower():
                # kept whole: a comment inside it is the JSON's wrapper, not markup
                stop = close.end() if close else len(text)
                out.append(text[pos:stop])
                pos = stop
                continue
            stop = close.end() if close else -1
        if stop <= 0:
            break
        out.append(text[pos:m.start()])
        out.append(" ")
        pos = stop
    out.append(text[pos:])
    return "".join(out)


_MAX_CHARS = 8_000_000
_XML_DECL = re.compile(r"^\s*<\?xml[^>]{0,200}>")


@dataclass(frozen=True)
class Analysis:
    """One parse of one page: the page record, and what only the caller
    needs now and nobody stores.

    ``links`` are every link of the page with its region (the crawl ranks
    them: body first); ``citations`` the author-year citations of the main
    text, parsed; ``main_text`` the whole main text (only with
    ``keep_text``); ``teasers`` the topic's keyword counts in the teasers of
    other pages a listing shows, ``teaser_words`` their words (what the crawl
    reads to decide whether a listing's links are worth following)."""

    page: Page
    links: tuple[Link, ...] = ()
    citations: tuple[Citation, ...] = ()
    main_text: str = ""
    teasers: Mapping[str, int] = field(default_factory=dict)
    teaser_words: int = 0

    def body_links(self) -> list[Link]:
        return [link for link in self.links if link.region == "body"]


# under this many words, a page whose <noscript> holds more is an app's shell, read from that fallback
_SHELL_WORDS = 30


def _unwrap_noscript(soup) -> bool:
    """Put the content of the body's ``<noscript>`` elements of some length in
    their place, where they hold an app's server-rendered fallback for
    readers without JavaScript (Flarum's ``#flarum-content``), and drop the
    short ones (a note to enable JavaScript); True if done."""
    body = soup.body
    blocks = [(n, len(n.get_text(" ").split())) for n in (body.find_all("noscript", limit=50) if body else [])]
    if sum(words for _, words in blocks if words >= _SHELL_WORDS) < 2 * _SHELL_WORDS:
        return False
    for n, words in blocks:
        if words >= _SHELL_WORDS:
            n.unwrap()
        else:
            n.decompose()          # "best viewed with JavaScript enabled"
    return True


def _parse(text: str):
    from bs4 import BeautifulSoup
    from bs4.element import AttributeDict

    # Class and rel stay plain strings: splitting every multi-valued attribute
    # into a list is a sixth of the parse's time, and we read few of them.
    # lxml hands over attribute values as strings already: the plain attribute
    # dict spares a Python-level __setitem__ per attribute (a tenth of the parse).
    return BeautifulSoup(text, "lxml", multi_valued_attributes=None, attribute_dict_class=AttributeDict)


def analyse(html: bytes | str, url: str, *, charset: str | None = None,
            matcher: "Matcher | None" = None, keep_text: bool = False) -> Analysis:
    """Analyse one page (see the module docstring).

    ``charset`` is the HTTP header's; ``matcher`` counts the topic's keywords
    (no counts without one); ``keep_text`` keeps the main text in
    ``main_text`` (else only its word count is kept, to save memory in crawls).
    """
    try:
        text, encoding = decode_html(html or b"", charset)
        if len(text) > _MAX_CHARS:
            text = text[:_MAX_CHARS]
        # Controls and text-direction overrides would reach titles and names (refs.values.text).
        text = strip_controls(text)
        raw = text
        text = strip_inert(text)
        # an XML declaration makes bs4 warn that this "looks like XML"; it says nothing we use
        text = _XML_DECL.sub("", text, count=1)
        c = collect(_parse(text))
        if len(main_text(c.body).split()) < _SHELL_WORDS and _unwrap_noscript(c.soup):
            c = collect(c.soup)     # an app's shell whose content is its no-script fallback (Flarum's)
        _clear_heading_marks(c)
        resolve_anchors(c, url)
        set_main(c, find_main(c))
        body = main_text(c.main)
        md = extract_metadata(c, url, raw=raw, text=body)
        return _analysis(c, md.with_(url=url, encoding=encoding), text, body, matcher, keep_text)
    except RecursionError:
        log.warning("page too deeply nested to analyse: %s", url)
        return Analysis(Page(url, error="too deeply nested"))
    except Exception as exc:  # a hostile page must not stop a crawl
        log.warning("could not analyse %s: %r", url, exc)
        return Analysis(Page(url, error=f"{type(exc).__name__}: {exc}"[:300]))


def _analysis(c: Collected, md: Page, text: str, body: str, matcher: "Matcher | None",
              keep_text: bool) -> Analysis:
    """The rest of :func:`analyse`, once the metadata is read."""
    links = extract_links(c)
    if md.kind not in ("article", "journal-article", "post"):
        lone = lone_teaser(c, md.url)
        if lone is not None:
            set_listed(c, [lone], within=c.main)      # a listing of one post: its teaser is not the page's own text
    # blocks showing other pages of the site, whatever their markup (a series' cards, a schedule's rows, "More
    # from this blog" after the article): other pages' teasers, not the page's own text
    cards = [el for el in find_cards(c, md.url, article=md.kind == "article") if not in_listed(el, c)]
    if cards:
        c.listed = c.listed | {id(el) for el in cards}      # their headings are not the page's either
    skip = c.listed | reference_sections(c.headings[:300])
    own = main_text(c.main, skip=skip) if skip else body
    shown = [slot for slot in c.slots if inside_main(slot, c)] + cards
    shown_text = [main_text(el) for el in shown]
    teaser_text = "\n".join(shown_text)
    card_words = sum(len(t.split()) for t in shown_text[len(shown) - len(cards):])     # the cards close the list
    words = len(own.split())
    body_links = [link for link in links if link.region == "body"]
    link_words = sum(len(link.text.split()) for link in body_links)
    h1 = next((h.get_text(" ") for h in c.h1s if inside_main(h, c) or not c.h1s[1:]), None)
    forum = may_be_forum_thread(md.url) and _forum_markup(c)   # its markup read only where its address asks
    # a thread its microdata names (vBulletin 5's opening post, DiscussionForumPosting as the page's mainEntity), as
    # its JSON-LD would (metadata's kind)
    postings = _forum_postings(c, text)
    forum_node = md.kind in (None, "article") and _forum_node(c, text)
    hint = "post" if md.kind in (None, "article") and (_one_posting(postings) or forum_node) else md.kind
    hint_reason = ("a CMS's forum topic by its markup (Drupal's node--type-forum), its replies the comments under it"
                   if forum_node else None)
    if hint in (None, "article") and words < _RECORD_WORDS:
        record = record_fields(c.body, skip=lambda el: region_of(el, c) in ("nav", "footer", "aside", "comments"))
        if record.is_record:
            # a catalogue's or a repository's record of one work: a document, its author and date in its fields
            hint = "document"
            hint_reason = f"a record of one work in labelled fields ({', '.join(sorted(record.labels)[:5])})"
            md = _record_metadata(md, record)
    kind, reason = classify(md.url, hint=hint, title=md.title, heading=" ".join(h1.split()) if h1 else None,
                            teasers=len(c.slots), linked_headings=_linked_headings(c, md.url, md.kind == "article"), own_words=words,
                            link_share=link_words / max(1, len(body.split())), body_links=len(body_links),
                            paginated=_paginated(c), cards=len(cards), card_words=card_words,
                            own_logo=_own_logo(c, md.url), contents=_contents_heading(c),
                            forum=forum, body_class=str(c.body.get("class") or "") if c.body else "", site=md.site,
                            message_form=words < FORM_WORDS and _message_form(c),  # only a short page can be one
                            hint_reason=hint_reason)
    if kind == "post" and words < _SHELL_WORDS and md.description and len(md.description.split()) > words:
        # an app's shell (Misskey, Threads, Bluesky): the post's text is only in the description it gives link
        # previews, the page's own words are its chrome ("Log in", "Continue with Instagram")
        own = md.description
        words = len(own.split())
    if kind in LEADS_TO_WORKS and not teaser_text.strip():
        # a page that leads to works but shows no teaser blocks we know (a forum board's table of threads, a
        # profile's grid of posts): the words of its links say what it leads to, where its crawl goes on (those
        # outside its main content too: a board's table beside its description; not its menus, header, footer)
        teaser_text = "\n".join(link.text for link in links if link.region in ("body", "aside"))
    thread = kind == "post" and (is_thread(md.url, forum=forum) or bool(postings) or forum_node or _forum_posting_ld(c))
    if thread and (md.type or "webpage") == "webpage":
        md = md.with_(type="post")          # a forum post (CSL "post"), where its metadata says no other type
    # a thread is read whole: its replies are the discussion one cites (its title, author and excerpt stay the
    # opening post's)
    if kind == "post" and not thread:
        md = _post_titled_by_its_words(md, own, c, channel_post=reason.startswith(NETWORK_POST))
    replies = thread_replies(c) if thread else ""
    read = f"{own}\n{replies}" if replies else own
    structured = find_citations(body)
    dois = find_dois(text)
    if md.doi and md.doi not in dois:
        dois.insert(0, md.doi)
    starts: list[int] = []  # where the topic's keywords start in the page's own text
    # a social post's title is its text's first words (APA): counted once, in its text, as a timeline's posts are
    zoned_title = None if kind == "post" and _titled_by_text(md.title, own) else md.title
    zones, teasers = ({}, {}) if matcher is None else _zones(c, zoned_title, read, teaser_text, matcher, starts)
    hits = {k: sum(z) for k, z in zones.items()}
    page = md.with_(
        kind=kind, kind_reason=reason,
        links=tuple(dict.fromkeys(link.url for link in body_links))[:MAX_STORED_LINKS], n_links=len(links),
        citations=tuple(cit.text for cit in structured)[:MAX_STORED_CITATIONS],
        dois=tuple(dois)[:MAX_STORED_CITATIONS],
        references=tuple(find_references(c.headings))[:MAX_STORED_CITATIONS],
        words=len(read.split()) if replies else words,
        topic_words=None if matcher is None else _topic_words(read, starts),
        excerpt=_excerpt(own, md.title), terms=content_terms(f"{md.title or ''}\n{read}"),
        zones=zones, hits=hits, themes=matcher.themes_of(hits) if matcher is not None else {})
    return Analysis(page, tuple(links), tuple(structured), body if keep_text else "", teasers,
                    len(teaser_text.split()))


def _zones(c: Collected, title: str | None, own: str, teaser_text: str, matcher: "Matcher",
           starts: list[int]) -> tuple[dict[str, tuple[int, int, int]], dict[str, int]]:
    """The topic's keywords in the page's title, the headings of its own
    text (not one that repeats the title) and the rest of its own text
    (where each starts there is added to ``starts``; a phrase never joins two
    of its blocks); and in its teasers of other pages."""
    in_title = matcher.count(title or "").keywords
    ftitle = fold_for_compare(title)
    own_headings = [h for h in c.headings[:300]
                    if inside_main(h, c) and not in_listed(h, c) and region_of(h, c) == "body"]
    texts = [" ".join(h.get_text(" ").split()) for h in own_headings]
    in_headings = matcher.count("\n".join(t for t in texts if fold_for_compare(t) != ftitle)).keywords
    all_headings = matcher.count("\n".join(texts)).keywords
    in_own = matcher.count(own.replace("\n", "\0"), starts).keywords
    zones = {}
    for k in {*in_title, *in_headings, *in_own}:
        body = max(0, in_own.get(k, 0) - all_headings.get(k, 0))
        zones[k] = (in_title.get(k, 0), in_headings.get(k, 0), body)
    return {k: z for k, z in zones.items() if any(z)}, (matcher.count(teaser_text).keywords if teaser_text else {})


# fediverse software, as its pages' generator meta names it
_FEDIVERSE = re.compile(r"(?:friendica|hubzilla|pleroma|akkoma|misskey|sharkey|firefish|mastodon|gotosocial|pixelfed"
                        r"|peertube|lemmy|mbin|kbin|piefed)\b", re.IGNORECASE)


_RECORD_WORDS = 400     # a record's own text: a summary, an abstract, a description (an article about a book is longer)


def _record_metadata(md: Page, record: RecordFields) -> Page:
    """``md`` with the author and the date a record's fields give, where its metadata gives none."""
    from scan.extract.dates import page_date
    from scan.extract.names import clean_byline, to_csl_name

    changes: dict = {}
    if not md.authors and record.author:
        names = [n for part in record.author.split(";") for n in clean_byline(part)]
        if names:
            changes["authors"] = tuple(to_csl_name(n) for n in names[:20])
    if not md.date and record.date:
        # a year alone, or closing an imprint ("Northvale : Library Association, 2022.", "[c2019]")
        year = re.search(r"(?:^|[\s,\[(c©])((?:1[5-9]|20)\d\d)\]?\.?\s*$", record.date)
        changes["date"] = page_date(record.date) or (year[1] if year else None)
    return md.with_(**{k: v for k, v in changes.items() if v})


_FORUM_NODE = re.compile(r"(?:^|\s)(?:node--type-forum|node-forum|node-type-forum)(?:\s|$)")


def _forum_node(c: Collected, html: str) -> bool:
    """Is the page a CMS's forum topic by its markup: Drupal's ``<article class="node--type-forum">`` (Drupal 7's
    ``node-forum``), its replies the comments under it?"""
    if not any(k in html for k in ("node--type-forum", "node-forum", "node-type-forum")):
        return False
    return any(_FORUM_NODE.search(_attr_text(el.get("class"))) for el in c.soup.find_all(("article", "div"), limit=2000)
               if el.get("class"))


def _forum_posting_ld(c: Collected) -> bool:
    """Does the page's JSON-LD call it a forum's post (schema.org ``DiscussionForumPosting``), a thread whose
    replies are its discussion (Bettermode's, Discourse's, Google's advice for forums)? Its microdata:
    :func:`_forum_postings`."""
    return any("discussionforumposting" in j[:20000].lower() for j in c.jsonld[:20])


_FORUM_POSTING = re.compile(r"schema\.org/DiscussionForumPosting", re.I)


def _forum_postings(c: Collected, html: str) -> list[Tag]:
    """The page's microdata items typed ``DiscussionForumPosting`` (at most 20), searched for only where its
    markup names the type."""
    if not _FORUM_POSTING.search(html):
        return []
    return c.soup.find_all(attrs={"itemtype": _FORUM_POSTING}, limit=20)


def _one_posting(items: list[Tag]) -> bool:
    """Do the forum posts ``items`` hold one, and no other beside it: a thread's opening post, its replies marked as
    Comments (vBulletin 5's)? A board listing several is no thread."""
    ids = {id(el) for el in items}
    return sum(1 for el in items if not any(id(up) in ids for up in el.parents)) == 1


def _forum_markup(c: Collected) -> bool:
    """Does the page's markup show a federated forum's thread (Lemmy, PieFed, Mbin) or a fediverse server's
    status: an ActivityPub object named as its alternate (``<link rel="alternate"
    type="application/activity+json">``), a generator meta naming fediverse software (Friendica's), or
    lemmy-ui's post view (the opening post in a ``.post-listing``, its text in ``#postContent``)?"""
    if c.body is None:
        return False
    for link in c.link_tags[:60]:
        if "alternate" in str(link.get("rel") or "").lower().split() and \
                str(link.get("type") or "").lower().startswith("application/activity+json"):
            return True
    if any(key == "generator" and _FEDIVERSE.match(value.strip()) for key, value in c.metas[:200]):
        return True
    content = c.soup.find(id="postContent")
    return content is not None and any("post-listing" in str(p.get("class") or "").split()
                                       for p in content.parents if p.name)


def _contents_heading(c: Collected) -> bool:
    """Does a heading of the main content (not a teaser's) announce an
    issue's contents ("Current issue: Volume 9, Issue 1")?"""
    for h in c.headings[:300]:
        if h.name != "h1" and inside_main(h, c) and not in_listed(h, c) and region_of(h, c) == "body" \
                and CONTENTS_HEADING.search(" ".join(h.get_text(" ").split())):
            return True
    return False


# a social post's page titled by its author: "Name (@handle)", "Name (@handle) on Threads", "Name (@user@host) | site",
# GoToSocial's "Name, @user@host"
_AUTHOR_LINE = re.compile(r"^\s*(?P<name>[^()@]*?)\s*(?:\((?P<handle>@[\w.@-]+)\)|,\s*(?P<bare>@[\w.@-]+))"
                          r"\s*(?:(?:on|\||·|-|–|—)\s.*)?$")


def _post_titled_by_its_words(md: Page, own: str, c: Collected, channel_post: bool = False) -> Page:
    """A social post whose page names its author where the title should be (Bluesky's, Threads', Misskey's
    "Name (@handle)", Akkoma's display name) is titled as APA titles posts, by its first 20 words (of the text
    its page gives link previews, where that is the text it shows), and authored by that name and handle; a
    ``channel_post`` (a network's post known by its site's name and its number, :data:`~scan.extract.kinds.NETWORK_POST`)
    titled by its channel's name is authored by the channel."""
    if md.type == "motion_picture" or any(k == "og:type" and is_video_type(v) for k, v in c.metas[:200]):
        return md           # a video's title is its own ("Mentoring panel with Jane Smith (@janesmith)")
    title = (md.title or "").strip()
    m = _AUTHOR_LINE.match(title)
    name, handle = (m["name"], m["handle"] or m["bare"]) if m else (_card_name(c, title), None)
    channel = name is None and channel_post and bool(title) and not _titled_by_text(title, own)
    if channel:
        name = title        # a channel's post titled by the channel (Telegram's t.me/CHANNEL/123): its author
    if name is None or not own.strip():
        return md
    from refs.social.parse import author_of
    from refs.social.title import apa_title

    text = md.description if md.description and _shown(md.description, own) else own
    words = apa_title(text)
    if not words or _CHROME.search(" ".join(text.split()[:12])):
        return md           # no words of the post's own: an app's "Log in or sign up" is no title
    authors = md.authors or (({"literal": name},) if channel else (author_of(name, handle),))
    return md.with_(title=words, authors=tuple(authors), handle=md.handle or handle,
                    type="post" if (md.type or "webpage") == "webpage" else md.type)


_CHROME = re.compile(r"\b(?:log ?in|sign ?up|sign in|enable javascript|javascript is (?:needed|required))\b", re.I)


def _shown(text: str, own: str) -> bool:
    """Does the page show ``text`` (its first words)?"""
    first = " ".join(text.split()[:8])
    return bool(first) and first in " ".join(own.split())


def _card_name(c: Collected, title: str) -> str | None:
    """``title``, where it is the name on the author's h-card of the page (a post's page titled by its author)."""
    if not title:
        return None
    for el, cls in c.marked:
        if "p-author" in cls.split() and any(" ".join(x.get_text(" ").split()) == title
                                             for x in [el, *el.find_all(True, limit=50)]):
            return title            # the whole text of the card, or of one of its parts (its display name)
    return None


def _titled_by_text(title: str | None, own: str) -> bool:
    """Is ``title`` the start of the text ``own`` (a post titled by its first words)?"""
    words = (title or "").split()[:8]
    return bool(words) and " ".join(own.split()[:len(words)]) == " ".join(words)


def _topic_words(own: str, hits: list[int]) -> int:
    """Words of the page's own text in its blocks (lines) that carry a
    keyword, from where keywords start in it (sorted; found once, by
    :func:`_zones`, not once a line)."""
    if not hits:
        return 0
    total, at, i = 0, 0, 0
    for line in own.split("\n"):
        end = at + len(line)
        while i < len(hits) and hits[i] < at:
            i += 1
        if i < len(hits) and hits[i] <= end:
            total += len(line.split())
        at = end + 1
    return total


def _linked_headings(c: Collected, url: str, article: bool = False) -> int:
    """Headings of the main content whose text is mostly a link to another
    page; ``h1``s count when two or more of them do (Hugo Ananke's lists head
    each summary with an ``h1``), one is the page's own title. On a page
    whose metadata says it is an article, the headings of the cards of
    other pages it shows (:func:`find_cards`: "Related posts" after the post)
    are the cards', not its own."""
    n, h1s = 0, 0
    for h in c.headings[:300]:
        if not inside_main(h, c) or region_of(h, c) != "body" or (article and in_listed(h, c)):
            continue  # (a "Related posts" box inside the post's content is no listing)
        a = heading_link(h)
        if a is None:
            continue
        href = str(a.get("href") or "").strip()
        text, link = len(h.get_text(" ").strip()), len(a.get_text(" ").strip())
        if href and not href.startswith("#") and href.rstrip("/") != url.rstrip("/") and link >= 0.6 * text > 0:
            if is_profile_address(target_of(a, c) or href):
                continue            # a message's author (a forum's h3.msg-author linking /people/NAME), no title
            if h.name == "h1":
                h1s += 1
            else:
                n += 1
    return n + (h1s if h1s >= 2 else 0) + _title_links(c, url, article)


_TITLE_CLASS = re.compile(r"(?:^|[-_])title(?:$|[-_])", re.I)


_INLINE = frozenset({"span", "em", "strong", "b", "i", "small"})


def _title_links(c: Collected, url: str, article: bool = False) -> int:
    """Links of the main content styled as titles, outside headings: a
    repository's or catalogue's result list (DSpace's ``a.item-list-title``,
    Literatum's ``div.art_title > a``, Drupal Views' ``div.views-field-title
    > span > a``), where no heading heads an item: the class of the link,
    of its inline wrappers and of the block that holds it. On an article, only
    the link's or its parent's class, and not in the cards of other pages it
    shows (see :func:`_linked_headings`)."""
    main = c.main
    if main is None:
        return 0
    n = 0
    for a in links_in(main, 2000):
        if in_heading(a) or (article and in_listed(a, c)):
            continue
        classes, node = _attr_text(a.get("class")).split(), a.parent
        for _ in range(1 if article else 3):      # (an article's related items: only a title class of their own)
            if node is None:
                break
            classes += _attr_text(node.get("class")).split()
            if node.name not in _INLINE:
                break
            node = node.parent
        if not any(_TITLE_CLASS.search(k) for k in classes):
            continue
        href = str(a["href"]).strip()
        if href.startswith("#") or href.rstrip("/") == url.rstrip("/") or len(a.get_text(" ").split()) < 2:
            continue
        if region_of(a, c) == "body":
            n += 1
    return n


_LOGO_CLS = re.compile(r"logo|brand|site-?title|site-?name|(?:^|[\s_-])home(?:$|[\s_-])", re.I)
_INDEX_FILE = re.compile(r"/(?:index|default)\.(?:html?|php|aspx?)$", re.I)


def _own_logo(c: Collected, url: str) -> bool:
    """Does the site's logo, outside the main content, link to this very page
    (the page is the site's, or the site section's, home: a conference's
    ``/nvl2025/``)? A logo is a link holding an image or an ``h1``, or one
    marked as the logo, brand, site title or home link (class, id, ``rel=home``,
    an ``aria-label`` naming the home page)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.query:
        return False
    here = _INDEX_FILE.sub("/", parts.path).rstrip("/")
    for a in c.anchors[:300]:
        if str(a.attrs.get("href") or "#").strip().startswith("#"):
            continue            # "#": a script's hook or a place on the page, not a link to the page as home
        href = target_of(a, c)
        try:
            target = urlsplit(href) if href is not None else None
        except ValueError:
            target = None
        if target is None or target.hostname != parts.hostname or target.query \
                or _INDEX_FILE.sub("/", target.path).rstrip("/") != here:
            continue
        if not inside_main(a, c) and (_is_logo(a) or _site_heading(a, c)):
            return True
    return False


def _site_heading(a, c: Collected) -> bool:
    """A link that is the whole of an ``h1`` outside the main content and
    outside any post (old reddit's sidebar ``<h1 class="redditname"><a
    href="/r/NAME/">NAME</a></h1>``, old themes' ``<h1 id="site-title"><a
    href="/">``): the site's or the section's name, linking to its home; not
    an ``h1`` marked as the page's own title, which links the page to itself
    (Confluence's ``h1#title-heading.pagetitle`` above the page's text)."""
    h = a.parent
    if h is not None and h.name != "h1":
        h = h.parent
    if h is None or h.name != "h1" or len(h.get_text(" ").split()) > 2 * max(1, len(a.get_text(" ").split())):
        return False
    if _PAGE_TITLE_CLS.search(_attr_text(h.get("class")) + " " + str(h.get("id") or "")):
        return False            # marked as the page's own title (Confluence's h1#title-heading.pagetitle)
    node = h
    while node is not None:
        if is_post_block(node):
            return False
        node = node.parent
    return not inside_post(h, c)


# an h1 marked as the page's or the entry's own title, no site's name
_PAGE_TITLE_CLS = re.compile(r"(?:^|[\s_-])(?:page-?title|entry-title|post-title|title-heading|article-title)(?:$|[\s_-])",
                             re.I)


def _is_logo(a) -> bool:
    """A link that is a site's logo or home link (see :func:`_own_logo`)."""
    for n, el in enumerate(a.descendants):
        if n > 50:                       # a logo holds little; a link around a whole page is none
            break
        if getattr(el, "name", None) in ("img", "h1"):
            return True
    if "home" in _attr_text(a.get("rel")).lower().split():
        return True
    if "home" in str(a.get("aria-label") or "").lower():
        return True
    node = a
    for _ in range(3):
        if node is None:
            break
        cls = _attr_text(node.get("class")) + " " + str(node.get("id") or "")
        if _LOGO_CLS.search(cls):
            return True
        node = node.parent
    return False


# an embedded form's address: Google Forms (/forms/), Tumblr's ask form (/ask_form/), JotForm, Wufoo (/forms/)
_FORM_SRC = re.compile(r"(?:^|[/._-])(?:ask[-_]?)?forms?(?:$|[/._-])", re.I)


def _message_form(c: Collected) -> bool:
    """Does the main content (not its comments) hold a form to write to the
    site: a ``<form>`` with a ``<textarea>``, or an ``<iframe>`` whose
    address names a form?"""
    main = c.main
    if main is None:
        return False
    for el in main.find_all(("textarea", "iframe"), limit=50):
        if el.name == "textarea" and el.find_parent("form") is None:
            continue
        if el.name == "iframe":
            src = urlsplit(str(el.get("src") or "")).path
            if not _FORM_SRC.search(src):
                continue
        if region_of(el, c) == "body":
            return True
    return False


def _paginated(c: Collected) -> bool:
    """One page of a series: ``<link rel="next">`` or ``rel="prev"``."""
    for lt in c.link_tags:
        rel = lt.attrs.get("rel")
        rel = " ".join(rel) if isinstance(rel, list) else str(rel or "")
        if {"next", "prev", "previous"} & set(rel.lower().split()):
            return True
    return False


def _excerpt(own: str, title: str | None) -> str | None:
    """The first few hundred characters of the page's own text (without a
    first line that repeats the title), cut at a word."""
    lines = own.split("\n")
    if lines and title and fold_for_compare(lines[0]) == fold_for_compare(title):
        lines = lines[1:]
    text = " ".join(" ".join(lines).split())
    if len(text) > EXCERPT_CHARS:
        text = text[:EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"
    return text or None
