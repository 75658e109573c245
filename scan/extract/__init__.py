"""Page extraction: metadata, main content, links and citations of one HTML page.

Pure functions over the page's bytes (or text) and URL: no I/O, no network.
The crawler and ``scan cite`` call one entry point::

    from scan.extract import analyse, to_csl
    from scan.keywords import Matcher, Topic

    matcher = Matcher(Topic.default())                 # once per crawl
    a = analyse(body_bytes, "https://blog.example/2013/02/25/find-a-mentor/",
                charset="utf-8", matcher=matcher)
    a.title      -> "How to find a mentor"
    a.authors    -> [{"family": "Barr", "given": "Jane"}]
    a.date       -> "2013-02-25"
    a.type       -> "post-weblog"
    [l.url for l in a.links if l.region == "body"]
    a.citations  -> ["(Hurt, 2012; Czarnecki, 2013)", "Welsh, Bhave and Kim (2012)"]
    a.hits.score -> 71.3
    to_csl(a, a.canonical_url or url, accessed=date.today())   # a CSL-JSON item

The page is parsed once, by BeautifulSoup over lxml, and everything comes
from that one tree (:mod:`scan.extract.content` walks it once). Modules:
:mod:`~scan.extract.decode` (bytes to text), :mod:`~scan.extract.content`
(main content, main text, links and their regions),
:mod:`~scan.extract.metadata` (sources and their order of trust),
:mod:`~scan.extract.citations`, :mod:`~scan.extract.dates`,
:mod:`~scan.extract.names`.

Hostile pages never raise: malformed markup, binary junk, wrong charsets,
huge attributes and deep nesting give whatever could be read (at worst an
empty analysis with ``error`` set).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date as _date
from types import MappingProxyType
from typing import TYPE_CHECKING

from scan.extract.citations import Citation, find_citations, find_dois, find_references
from scan.extract.content import Link, collect, extract_links, find_main, main_text, set_main
from scan.extract.decode import decode_html
from refs.values.dates import parse_date
from scan.extract.metadata import Metadata, extract_metadata, fold

if TYPE_CHECKING:
    from scan.keywords import Hits, Matcher

__all__ = ["analyse", "PageAnalysis", "Link", "Citation", "to_csl", "fold"]

log = logging.getLogger(__name__)

# Markup that holds no text we read: dropped before parsing so the tree is
# smaller (a third of many pages is inline script, style and SVG). JSON-LD
# scripts stay. Linear: an unclosed block ends the stripping.
_OPEN = re.compile(r"<(script|style|svg)\b[^>]{0,2000}>|<!--", re.IGNORECASE)
_CLOSE = MappingProxyType({t: re.compile(rf"</{t}\s*>", re.IGNORECASE) for t in ("script", "style", "svg")})


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
            if tag.lower() == "script" and "ld+json" in m.group(0).lower():
                out.append(text[pos:m.end()])
                pos = m.end()
                continue
            close = _CLOSE[tag.lower()].search(text, m.end())
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


@dataclass
class PageAnalysis:
    """Everything read from one page.

    ``authors`` are CSL names (``{"family", "given"}`` or ``{"literal"}``);
    ``date``/``date_modified`` ISO (``YYYY-MM-DD`` or ``YYYY-MM``); ``type``
    a CSL type; ``citations`` the author-year citations of the main text as
    written, ``citations_structured`` the same parsed; ``dois`` every DOI on
    the page, normalised; ``references`` the entries of a reference list
    section; ``hits`` the matcher's counts on the main text (None without a
    matcher); ``error`` set only when the page could not be parsed at all.
    """

    url: str
    title: str | None = None
    authors: list[dict] = field(default_factory=list)
    date: str | None = None
    date_modified: str | None = None
    site: str | None = None
    type: str = "webpage"
    doi: str | None = None
    description: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    encoding: str | None = None
    links: list[Link] = field(default_factory=list)
    citations: list[str] = field(default_factory=list)
    citations_structured: list[Citation] = field(default_factory=list)
    dois: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    hits: "Hits | None" = None
    main_text_chars: int = 0
    main_text: str = ""
    error: str | None = None

    def body_links(self) -> list[Link]:
        return [link for link in self.links if link.region == "body"]

    def to_dict(self, *, with_text: bool = False) -> dict:
        """Plain JSON-able data (the main text only when asked)."""
        d = {k: getattr(self, k) for k in (
            "url", "title", "authors", "date", "date_modified", "site", "type", "doi",
            "description", "language", "canonical_url", "encoding", "citations", "dois",
            "references", "main_text_chars", "error")}
        d["links"] = [link.to_dict() for link in self.links]
        d["citations_structured"] = [c.to_dict() for c in self.citations_structured]
        d["hits"] = self.hits.to_dict() if self.hits is not None else None
        if with_text:
            d["main_text"] = self.main_text
        return d


def _parse(text: str):
    from bs4 import BeautifulSoup
    from bs4.element import AttributeDict

    # Class and rel stay plain strings: splitting every multi-valued attribute
    # into a list is a sixth of the parse's time, and we read few of them.
    # lxml hands over attribute values as strings already: the plain attribute
    # dict spares a Python-level __setitem__ per attribute (a tenth of the parse).
    return BeautifulSoup(text, "lxml", multi_valued_attributes=None, attribute_dict_class=AttributeDict)


def analyse(html: bytes | str, url: str, *, charset: str | None = None,
            matcher: "Matcher | None" = None, keep_text: bool = False) -> PageAnalysis:
    """Analyse one page (see the module docstring).

    ``charset`` is the HTTP header's; ``keep_text`` keeps the main text in
    ``main_text`` (else only its length is kept, to save memory in crawls).
    """
    out = PageAnalysis(url=url)
    try:
        text, out.encoding = decode_html(html or b"", charset)
        if len(text) > _MAX_CHARS:
            text = text[:_MAX_CHARS]
        if "\x00" in text:
            text = text.replace("\x00", "")
        raw = text
        text = strip_inert(text)
        # an XML declaration makes bs4 warn that this "looks like XML"; it says nothing we use
        text = _XML_DECL.sub("", text, count=1)
        soup = _parse(text)
        c = collect(soup)
        set_main(c, find_main(c))
        body = main_text(c.main)
        md = extract_metadata(c, url, raw=raw, text=body)
        _fill(out, md)
        out.links = extract_links(c, url)
        out.main_text_chars = len(body)
        if keep_text:
            out.main_text = body
        out.citations_structured = find_citations(body)
        out.citations = [cit.text for cit in out.citations_structured]
        out.dois = find_dois(text)
        if out.doi and out.doi not in out.dois:
            out.dois.insert(0, out.doi)
        out.references = find_references(c.headings)
        if matcher is not None:
            out.hits = matcher.count(body)
    except RecursionError:
        log.warning("page too deeply nested to analyse: %s", url)
        out.error = "too deeply nested"
    except Exception as exc:  # a hostile page must not stop a crawl
        log.warning("could not analyse %s: %r", url, exc)
        out.error = f"{type(exc).__name__}: {exc}"[:300]
    return out


def _fill(out: PageAnalysis, md: Metadata) -> None:
    out.title = md.title
    out.authors = md.authors
    out.date = md.date
    out.date_modified = md.date_modified
    out.site = md.site
    out.type = md.type
    out.doi = md.doi
    out.description = md.description
    out.language = md.language
    out.canonical_url = md.canonical_url


def to_csl(analysis: PageAnalysis, url: str, accessed: _date) -> dict:
    """A CSL-JSON item for ``scan cite``::

        to_csl(a, "https://blog.example/p", date(2024, 5, 1))
        -> {"type": "post-weblog", "title": "...", "author": [{"family": "Barr", "given": "Jane"}],
            "issued": {"date-parts": [[2013, 2, 25]]}, "container-title": "Mentoring blog",
            "URL": "https://blog.example/p", "accessed": {"date-parts": [[2024, 5, 1]]}, ...}

    Fields without a value are left out.
    """
    item: dict = {"type": analysis.type or "webpage"}
    if analysis.title:
        item["title"] = analysis.title
    if analysis.authors:
        item["author"] = [dict(a) for a in analysis.authors]
    issued = parse_date(analysis.date)
    if issued:
        item["issued"] = issued
    if analysis.site:
        item["container-title"] = analysis.site
    item["URL"] = url
    if analysis.doi:
        item["DOI"] = analysis.doi
    if analysis.description:
        item["abstract"] = analysis.description
    if analysis.language:
        item["language"] = analysis.language
    item["accessed"] = {"date-parts": [[accessed.year, accessed.month, accessed.day]]}
    return item
