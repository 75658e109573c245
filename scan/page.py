"""The page record: everything scan knows about one page, declared once.

Extraction fills what the page says (:func:`scan.extract.analyse`), the
crawl what fetching it did (status, depth, redirects), ranking what it is
worth (:mod:`scan.rank`); storage (:mod:`scan.crawl.state`), printing
(``scan crawl --json``, ``scan pages``), citing (:meth:`Page.to_csl`), the
screening step and the report all read this one frozen dataclass. A source
of metadata that says only some of it (JSON-LD, Highwire tags, a byline) is
a ``Page`` with only those fields set::

    p = Page("https://blog.example.org/2013/02/25/find-a-mentor/", status=200,
             title="How to find a mentor", authors=({"family": "Barr", "given": "Jane"},),
             date="2013-02-25", type="post-weblog", kind="article")
    p.id                    -> "p125f0910"   (a short hash of the URL, stable)
    Page.from_json(p.to_json()) == p
    p.to_csl(date(2024, 5, 1))["title"] -> "How to find a mentor"

Fields
------
The fetch: ``url`` (canonical, as queued), ``final_url`` (after redirects),
``status`` (HTTP; None when nothing was fetched), ``depth`` (0 for seeds),
``found_on`` (the URL of the page that linked here), ``content_type``,
``redirects``, ``fetched_at`` (ISO, UTC), ``truncated`` (the body was cut at
``--max-bytes``), ``redirect_stopped``, ``note``, ``error`` (why the page
could not be read: a fetch error, an HTTP error, "soft 404: ...") and
``error_kind`` (its kind: ``dns``, ``refused``, ``blocked``, ``soft-404``, ...).

What the page says: ``title``, ``authors`` (CSL names, ``{"family",
"given"}`` or ``{"literal"}``), ``date`` and ``date_modified`` (ISO
``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), ``site`` (the site, blog or
journal), ``type`` (a CSL type), ``kind`` (what sort of page it is: see
:data:`KINDS`) with ``kind_reason``, ``platform`` and ``handle`` (a social
post's: ``mastodon``, ``"@ana@glammr.example"``), ``doi``, ``volume``, ``issue``,
``page_range`` (``"12-34"``), ``publisher``, ``description``, ``language``,
``canonical_url`` (its ``rel=canonical``), ``encoding``.

What it holds: ``links`` (the URLs linked from its main content),
``n_links`` (links of every region), ``citations`` (author-year citations in
its text), ``dois``, ``references`` (entries of a reference list), ``words``
(words of the page's own main text, a discussion thread's replies included), ``topic_words`` (how many of them are in
its blocks, paragraphs or lines, that carry a keyword of the topic; None
when unknown, as in older scans), ``excerpt`` (its first few hundred
characters), ``terms`` (content words of its own text with their counts, for
the screening model).

Relevance: ``zones`` (per topic keyword, occurrences in the title, the
headings and the body of the page's own text), ``hits`` (per keyword, all
three together), ``themes`` (per theme, the sum of its keywords' hits),
``score`` (0-100, :mod:`scan.rank`) and ``topical`` (the score of all the
main content, teasers of other pages included, before the kind counts: what
decides whether the crawl follows the page's links).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from typing import Mapping

from refs.values.dates import parse_date
from refs.values.urls import site_host

__all__ = ["Page", "KINDS", "CITABLE_KINDS", "LEADS_TO_WORKS", "page_id"]

#: Every kind of page, in the order ``scan pages --kind`` lists them.
KINDS = ("article", "journal-article", "post", "document", "home", "about", "contact", "category", "tag",
         "search", "listing", "profile", "error")
#: Kinds that are works one cites; ``scan cite --min-score`` and the report take only these by default.
CITABLE_KINDS = ("article", "journal-article", "post", "document")
#: Kinds of page that lead to works rather than being one: their links are the way on.
LEADS_TO_WORKS = frozenset({"home", "category", "tag", "listing", "profile", "search"})

def page_id(url: str) -> str:
    """A page's short id: ``p`` and 8 hex digits of a BLAKE2b hash of its URL::

        page_id("https://blog.example.org/2013/02/25/find-a-mentor/") -> "p125f0910"
    """
    return "p" + hashlib.blake2b(url.encode(), digest_size=4).hexdigest()


@dataclass(frozen=True)
class Page:
    """One page (see the module docstring for what each field means)."""

    url: str = ""
    # --- the fetch
    final_url: str | None = None
    status: int | None = None
    depth: int = 0
    found_on: str | None = None
    content_type: str | None = None
    redirects: tuple[str, ...] = ()
    fetched_at: str | None = None
    truncated: bool = False
    redirect_stopped: bool = False
    note: str | None = None
    error: str | None = None
    error_kind: str | None = None
    # --- what the page says
    title: str | None = None
    authors: tuple[Mapping[str, str], ...] = ()
    date: str | None = None
    date_modified: str | None = None
    site: str | None = None
    type: str | None = None
    kind: str | None = None
    kind_reason: str | None = None
    platform: str | None = None
    handle: str | None = None
    doi: str | None = None
    volume: str | None = None
    issue: str | None = None
    page_range: str | None = None
    publisher: str | None = None
    description: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    encoding: str | None = None
    # --- what it holds
    links: tuple[str, ...] = ()
    n_links: int = 0
    citations: tuple[str, ...] = ()
    dois: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    words: int = 0
    topic_words: int | None = None
    excerpt: str | None = None
    terms: Mapping[str, int] = field(default_factory=dict)
    # --- relevance
    zones: Mapping[str, tuple[int, int, int]] = field(default_factory=dict)
    hits: Mapping[str, int] = field(default_factory=dict)
    themes: Mapping[str, int] = field(default_factory=dict)
    score: float = 0.0
    topical: float = 0.0

    def __post_init__(self) -> None:
        # Thousands of pages share their keywords, content words, kinds and reasons: one string object each
        # (pages parsed in worker processes or read back from disk would otherwise each bring their own copy).
        for name in _MAPPINGS:
            value = getattr(self, name)
            if value:
                object.__setattr__(self, name, {sys.intern(k): v for k, v in value.items()})
        for name in ("type", "kind", "kind_reason", "site", "language", "content_type", "platform"):
            value = getattr(self, name)
            if value and len(value) < 200:
                object.__setattr__(self, name, sys.intern(value))

    @property
    def id(self) -> str:
        return page_id(self.url)

    @property
    def fetched(self) -> bool:
        """Was the page fetched and read: HTTP 200, and no error?"""
        return self.status == 200 and not self.error

    def with_(self, **changes) -> "Page":
        """A copy with some fields changed (``dataclasses.replace``)."""
        return dataclasses.replace(self, **changes)

    # --- storage ----------------------------------------------------------------

    def to_json(self) -> dict:
        """Plain JSON data: every field that has a value (``url`` and
        ``status`` always), lists for tuples. ``Page.from_json`` reads it back."""
        out: dict = {"id": self.id}
        for f in _FIELDS:
            value = getattr(self, f.name)
            if f.name in ("url", "status") or value not in (None, (), "", False) and not (
                    isinstance(value, Mapping) and not value):
                out[f.name] = _plain(value)
        return out

    @classmethod
    def from_json(cls, data: Mapping) -> "Page":
        """A page from :meth:`to_json`'s data (or an older scan's: unknown keys
        are ignored, missing ones take their defaults)."""
        values = {}
        for f in _FIELDS:
            if f.name not in data or data[f.name] is None:
                continue
            v = data[f.name]
            if f.name in _TUPLES:
                v = tuple(dict(x) if isinstance(x, Mapping) else x for x in v)
            elif f.name == "zones":
                v = {k: tuple(z) for k, z in v.items()}
            elif f.name in _MAPPINGS:
                v = dict(v)
            values[f.name] = v
        return cls(**values)

    def public(self) -> dict:
        """The page as ``scan crawl --json`` and ``scan pages --json`` print it:
        every field (None where unknown) but the screening model's ``terms``,
        with the ``id`` first."""
        out: dict = {"id": self.id}
        for f in _FIELDS:
            if f.name not in _PRIVATE:
                out[f.name] = _plain(getattr(self, f.name))
        return out

    # --- citing -------------------------------------------------------------------

    def cite_url(self) -> str:
        """The URL a reference to this page gives: its canonical URL, else where it ended up."""
        return self.canonical_url or self.final_url or self.url

    def _site_to_cite(self) -> str | None:
        """The site's name for a reference: not where it is only the host of
        the URL the reference gives (a page that names no site is stored with
        its host, "blog.example.org"; the reference's URL says it already)."""
        if not self.site:
            return None
        return None if self.site == site_host(self.cite_url() or "") else self.site

    def to_csl(self, accessed: date | None = None) -> dict:
        """A CSL-JSON item for ``scan cite``; ``accessed`` defaults to the day
        the page was fetched. Fields without a value are left out::

            {"type": "post-weblog", "title": "...", "author": [{"family": "Barr", "given": "Jane"}],
             "issued": {"date-parts": [[2013, 2, 25]]}, "container-title": "Mentoring blog",
             "URL": "https://blog.example/p", "accessed": {"date-parts": [[2024, 5, 1]]}}
        """
        if accessed is None:
            try:
                accessed = date.fromisoformat((self.fetched_at or "")[:10])
            except ValueError:
                accessed = date.today()
        item: dict = {"type": self.type or "webpage"}
        title = self.title
        if self.type == "broadcast":
            # what scan reads as a broadcast is a podcast's episode (schema.org PodcastEpisode, an og:audio): APA's
            # "Title (No. 41) [Audio podcast episode]. In Podcast."; the number its title leads with ("Ep. 41: ")
            item["genre"] = "Audio podcast episode"
            m = _EPISODE.match(title or "")
            if m:
                item["number"], title = m["number"], m["title"]
        for key, value in (("title", title), ("container-title", self._site_to_cite()), ("volume", self.volume),
                           ("issue", self.issue), ("page", self.page_range), ("publisher", self.publisher),
                           ("DOI", self.doi), ("abstract", self.description), ("language", self.language)):
            if value:
                item[key] = value
        if self.authors:
            item["author"] = [dict(a) for a in self.authors]
        issued = parse_date(self.date) if self.date else None
        if issued:
            item["issued"] = issued
        item["URL"] = self.cite_url()
        item["accessed"] = {"date-parts": [[accessed.year, accessed.month, accessed.day]]}
        return item


# an episode's number leading its title: "Ep. 41: Title", "Episode 12 - Title", "#7: Title" (not "2024: A year")
_EPISODE = re.compile(r"^(?:(?:ep(?:isode)?|no)\.?\s*|#)(?P<number>\d{1,4})\s*(?:[:.|–—-]\s+|\s+[|–—-]\s+)(?P<title>\S.*)$",
                      re.I)

_FIELDS = dataclasses.fields(Page)
_TUPLES = frozenset(f.name for f in _FIELDS if str(f.type).startswith("tuple"))
_MAPPINGS = frozenset(f.name for f in _FIELDS if str(f.type).startswith("Mapping"))
_PRIVATE = frozenset({"terms"})


def _plain(value):
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    return value
