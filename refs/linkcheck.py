"""Link checking: is each reference's URL (and DOI link) still alive?

What it owns:

- **Which links.** :func:`links_of` turns references into :class:`Link` values:
  the ``URL``, the DOI as a link through a resolver (``https://doi.org/<doi>``
  by default), or, for a web item (``webpage``, ``post-weblog``, ``post``, or
  a note saying "Retrieved from") with neither, a ``no-url`` finding.
  With a manuscript, only the references it cites are checked
  (:func:`refs.citecheck.keys_cited_in` finds them).
- **One verdict per link, as a value** (:class:`LinkResult`), one of
  :data:`VERDICTS`, never an exception::

      ok          a live page (temporary redirects allowed)
      redirected  a permanent redirect (301/308) to a live page; final_url is
                  the URL to store instead (the end of the permanent hops)
      dead        404, 410, a name that does not resolve, a refused
                  connection, or a soft 404: a 200 page whose title says "not
                  found", or a deep link redirected to a site's home page
      timeout     no answer in time, twice
      blocked     401, 403, 429 after retries: the server refused *us*; it
                  says nothing about the resource
      error       anything else (TLS failure, redirect loop, 5xx), with why
      no-url      a web reference without a URL

- **How it asks.** One streamed GET per link, with a browser-like
  User-Agent and Accept headers: the headers decide, and of an HTML answer
  only the start (``body_bytes``) is read, enough to see a title or heading
  that says "not found" (a soft 404), even on a host that answers 404 for
  unknown paths. That is no more requests than HEAD then GET, and servers
  that answer HEAD wrongly (405, 403, 404) are not misjudged. 429 and 503
  honour Retry-After (bounded by ``max_retry_after``), a timeout is retried
  once.
- **Offline.** When not one host name resolves, not even the DOI
  resolver's, the machine is offline: :func:`check_workspace` raises
  :class:`refs.errors.Offline` and judges nothing dead.
- **Politeness.** At most ``per_host`` requests in flight per host name, on
  every hop of a redirect chain, with ``gap`` seconds between request starts;
  ``concurrency`` checks at once across hosts. The scheduler hands out work
  busiest host first, and only to hosts with a free slot, so a slow host
  never holds up the others.
- **The cache** (``db/links.json``): every result but ``error`` and
  ``timeout``, with its time; with ``max_age``, links whose last result was
  good (``ok``/``redirected``) and recent enough are not asked again.
- **Archive suggestions.** For each dead link, the reference's own snapshot
  first (its ``archived_url``, made by ``scan cite --archive``); for a
  reference without one, the closest snapshot from a Wayback-style
  availability API (``{"archived_snapshots": {"closest": {"available": true,
  "url": ..., "timestamp": ...}}}``), near the date the reference was
  accessed (or issued). ``archive_source`` says which (``reference`` or
  ``archive-api``).

Example::

    settings = CheckSettings(per_host=2, max_age=86400)
    report = check_workspace(ws, settings=settings, policy=NetPolicy())
    [r.as_json() for r in report.results if r.verdict == "dead"]
"""

from __future__ import annotations

import contextlib
import html
import json
import logging
import re
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http import HTTPStatus
from pathlib import Path
from urllib.parse import quote, urlsplit

from refs.errors import BadInput, Offline, UnknownKey
from refs.values.doi import doi_url, normalise_doi
from refs.values.retry_after import parse_retry_after
from refs.values.urls import split_urls, unfit

log = logging.getLogger(__name__)

VERDICTS = ("ok", "redirected", "dead", "timeout", "blocked", "error", "no-url")
GOOD = frozenset({"ok", "redirected"})           # skipped when recent, with max_age
UNCACHED = frozenset({"error", "timeout", "no-url"})  # errors are never cached
WEB_TYPES = frozenset({"webpage", "post-weblog", "post"})
DEFAULT_DOI_RESOLVER = "https://doi.org/"
DEFAULT_ARCHIVE_API = "https://archive.org/wayback/available"
MAX_AGE = 100 * 365.25 * 86400  # --max-age at most (a datetime cannot go back much further)
CACHE_FILE = "links.json"
CACHE_TABLE = "links"

HTML_TYPES = ("text/html", "application/xhtml+xml")
BROWSER_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "en-US,en;q=0.9",
}


@dataclass(frozen=True)
class CheckSettings:
    """How links are checked. Defaults are the CLI's.

    ``per_host``: requests in flight per host name (2). ``concurrency``:
    checks at once across hosts (32). ``gap``: seconds between request starts
    on one host (0.1). ``timeout``: connect and read timeout in seconds (20);
    a link gets twice that in all. ``retries``: further tries after a 429 or
    503 (2), each after Retry-After (or ``backoff`` x try when absent), never
    waiting longer than ``max_retry_after`` (30 s). ``max_age``: seconds for
    which a good cached result stands (None: check everything).
    ``doi_resolver``: prefix of DOI links. ``archive_api``: the availability
    API for dead links (None: no suggestions). ``body_bytes``: how much of a
    page is read to look for "not found" (64 KiB).
    """

    per_host: int = 2
    concurrency: int = 32
    gap: float = 0.1
    timeout: float = 20.0
    retries: int = 2
    backoff: float = 2.0
    max_retry_after: float = 30.0
    max_age: float | None = None
    doi_resolver: str = DEFAULT_DOI_RESOLVER
    archive_api: str | None = DEFAULT_ARCHIVE_API
    user_agent: str = "Mozilla/5.0 (compatible; scan-linkcheck/0.1; reference link checker)"
    body_bytes: int = 65536


@dataclass(frozen=True)
class Link:
    """One link of one reference. ``kind`` is ``url``, ``doi`` or ``none``
    (a web reference without a URL); ``when`` the reference's accessed (or
    issued) date as ``YYYYMMDD``, for the archive lookup."""

    key: str
    url: str | None
    kind: str = "url"
    when: str | None = None
    note: str | None = None
    archived: str | None = None  # the reference's own snapshot (archived_url)


@dataclass
class LinkResult:
    """The outcome of checking one link (see the module docstring)."""

    key: str
    url: str | None
    verdict: str
    http_status: int | None = None
    final_url: str | None = None
    detail: str | None = None
    archived_url: str | None = None
    kind: str = "url"
    redirects: list[tuple[str, int]] = field(default_factory=list)
    checked_at: str | None = None
    cached: bool = False
    cause: str | None = None  # why the fetch failed (dns, refused, timeout, ...); not printed
    archive_source: str | None = None  # "reference" (its own snapshot) or "archive-api"

    def as_json(self) -> dict:
        return {
            "key": self.key, "url": self.url, "verdict": self.verdict, "http_status": self.http_status,
            "final_url": self.final_url, "detail": self.detail, "archived_url": self.archived_url,
            "archive_source": self.archive_source,
            "link": self.kind, "redirects": [{"url": u, "status": s} for u, s in self.redirects],
            "checked_at": self.checked_at, "cached": self.cached,
        }


# --- pure parts -------------------------------------------------------------------------


def links_of(items: Iterable[dict], doi_resolver: str = DEFAULT_DOI_RESOLVER) -> list[Link]:
    """The links to check, in library order: each reference's URL, then its DOI.

    >>> [l.url for l in links_of([{"id": "a", "URL": "https://x.org/p", "DOI": "10.1/b"}])]
    ['https://x.org/p', 'https://doi.org/10.1/b']
    >>> links_of([{"id": "c", "type": "webpage", "title": "T"}])[0].kind
    'none'
    """
    out: list[Link] = []
    for item in items:
        key = str(item.get("id"))
        when = _yyyymmdd(item.get("accessed")) or _yyyymmdd(item.get("issued"))
        urls = split_urls(item.get("URL"))   # Mendeley's several links in one field: each is checked
        url = urls[0] if urls else ""
        doi = normalise_doi(item.get("DOI"))
        own = str(item.get("archived_url") or "").strip() or None
        for u in urls:
            out.append(Link(key, u, "url", when, archived=own))
        if doi:
            out.append(Link(key, doi_url(doi, doi_resolver), "doi", when))
        if not url and not doi:
            note = " ".join(str(item.get(f) or "") for f in ("note", "howpublished"))
            if item.get("type") in WEB_TYPES or re.search(r"retrieved\s+from", note, re.I):
                out.append(Link(key, None, "none", when, note=note.strip() or None))
    return out


def _yyyymmdd(date) -> str | None:
    from refs.values.dates import format_iso

    iso = format_iso(date) if isinstance(date, dict) else None
    if not iso or not re.match(r"\d{4}", iso):
        return None
    return iso[:10].replace("-", "")


def parse_age(text: str) -> float:
    """``1d`` / ``12h`` / ``30m`` / ``90s`` / ``2w`` / ``3600`` -> seconds.

    >>> parse_age("1d"), parse_age("1.5h"), parse_age("90")
    (86400.0, 5400.0, 90.0)
    >>> parse_age("99999999999w")
    Traceback (most recent call last):
    ...
    refs.errors.BadInput: --max-age: '99999999999w' is longer than we can count back; give at most 100 years (5200w)
    """
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*", text or "", re.I)
    if not m:
        raise BadInput(f"not an age: {text!r} (use e.g. 90s, 30m, 12h, 1d, 2w)", source="--max-age")
    unit = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}[m.group(2).lower()]
    seconds = float(m.group(1)) * unit
    if seconds > MAX_AGE:
        raise BadInput(f"{text!r} is longer than we can count back; give at most 100 years (5200w)",
                       source="--max-age")
    return seconds


_INDEX = re.compile(r"/(?:index|default|home)\.\w+$", re.I)
_LOCALE = re.compile(r"/[a-z]{2}(?:[-_][a-z]{2})?/?$", re.I)


def unfit_url(url: str) -> str | None:
    """Why a stored URL cannot be checked at all (not a web link, or not a
    URL), or None. Such links are judged ``error`` without a request.

    >>> print(unfit_url("javascript:alert(1)"))
    not an http(s) URL (javascript:); only http(s) links are checked
    >>> print(unfit_url("http://[::1"))
    not a valid URL (Invalid IPv6 URL)
    >>> unfit_url("https://x.org/a") is None
    True
    """
    why = unfit(url)
    return f"{why}; only http(s) links are checked" if why and why.startswith("not an http") else why


def is_home_page(url: str) -> bool:
    """A site's home page: ``/``, ``/index.html``, ``/en/``, without a query.

    >>> is_home_page("https://x.org/"), is_home_page("https://x.org/en/"), is_home_page("https://x.org/a/b")
    (True, True, False)
    """
    parts = urlsplit(url)
    path = parts.path or "/"
    return not parts.query and (path == "/" or bool(_INDEX.fullmatch(path)) or bool(_LOCALE.fullmatch(path)))


def is_deep_link(url: str) -> bool:
    """A link to something below a site's home page (a path or a query)."""
    return not is_home_page(url)


_TITLE = re.compile(rb"<title[^>]*>(.*?)</title", re.I | re.S)
_H1 = re.compile(rb"<h1[^>]*>(.*?)</h1", re.I | re.S)
# A status number says "not found" only as a title part of its own, with at most error words beside
# it ("404", "Error 404", "HTTP 410 Gone"): "Fixing 404 errors in WordPress" is an article.
_STATUS_PART = re.compile(
    r"^(?:(?:error|http|status|code|page|oops!?|sorry,?|gone|-)\s+){0,3}(?:404|410)"
    r"(?:\s+(?:error|page|gone|-|not\s+found))*[.!]?$", re.I)
_PARTS = re.compile(r"\s+[|\u2013\u2014\u00b7:\u00bb-]\s+|\s*[|\u2013\u2014\u00b7\u00bb]\s*")
_NOT_FOUND = re.compile(
    r"\bnot\s+found\b|\b(?:cannot|can't|can’t|could\s+not|couldn't)\s+be\s+found"
    r"|\b(?:does\s+not|doesn't|doesn’t|no\s+longer)\s+exists?\b|\bno\s+longer\s+available\b"
    r"|\bpage\s+(?:is\s+)?(?:missing|gone|unavailable)\b|\bnicht\s+gefunden\b|\bintrouvable\b"
    r"|\bno\s+encontrad[ao]\b|\bnon\s+trovat[ao]\b",
    re.I)


def soft_404_reason(body: bytes, charset: str | None = None) -> str | None:
    """Why a 200 page is really a "not found" page (its title or first heading
    says so), or None.

    >>> print(soft_404_reason(b"<title>Page not found | Blog</title>"))
    the page's title says "Page not found | Blog"
    >>> print(soft_404_reason(b"<title>Mentors</title><h1>Oops! That page can't be found.</h1>"))
    the page's heading says "Oops! That page can't be found."
    >>> print(soft_404_reason(b"<title>Error 404 | Blog</title>"))
    the page's title says "Error 404 | Blog"
    >>> soft_404_reason(b"<title>Fixing 404 errors in WordPress | Blog</title>") is None
    True
    >>> soft_404_reason(b"<title>When the mentor is not found | Blog</title>") is None
    True
    """
    for what, pattern in (("title", _TITLE), ("heading", _H1)):
        m = pattern.search(body)
        if not m:
            continue
        raw = m.group(1)
        try:
            text = raw.decode(charset or "utf-8", errors="replace")
        except LookupError:
            text = raw.decode("utf-8", errors="replace")
        text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())
        if _says_not_found(text) or any(_says_not_found(p) or _STATUS_PART.match(p.strip()) for p in _PARTS.split(text)):
            return f'the page\'s {what} says "{text[:120]}"'
    return None


# what a "not found" says is missing: the page itself, or an error's own words before it
_PAGEISH = re.compile(
    r"\b(?:page|pages|file|post|content|article|resource|document|url|link|entry|item|that|this|seite|artikel|"
    r"datei|inhalt|página|pagina|contenu|oops|whoops|sorry|error|fehler|erreur|404|410)\b", re.I)


def _says_not_found(text: str) -> bool:
    """A "not found" that is about the page: alone ("Not Found"), or after
    the page or an error's words ("Page not found", "Oops! That page can't
    be found"); not a sentence about something else ("When the mentor is not
    found")."""
    m = _NOT_FOUND.search(text)
    if m is None:
        return False
    before = text[:m.start()]
    return not before.split() or (len(before.split()) <= 6 and _PAGEISH.search(before) is not None)


# What forum software answers, with 200, for a thread or post that is not there (in the page's text, not its title):
# FluxBB's and PunBB's "Bad request. The link you followed is incorrect or outdated.", MyBB's "The specified thread
# does not exist.", phpBB's "The requested topic does not exist.", vBulletin's "Invalid Thread specified.", Simple
# Machines' "The topic or board you are looking for appears to be either missing or off limits to you", Discourse's
# "Oops! That page doesn't exist or is private."
_GONE_MESSAGE = re.compile(
    r"\bthe link you followed is (?:incorrect|outdated|broken|invalid)"
    r"|\bthe (?:specified|requested|selected) (?:thread|topic|post|discussion|forum|board|message)s? (?:does not|doesn't|doesn’t) exist"
    r"|\binvalid (?:thread|topic|post|discussion|message) (?:specified|id)\b"
    r"|\b(?:topic|thread|discussion|post) (?:or board )?you are looking for (?:appears to be |is )?(?:either )?"
    r"(?:missing|gone|deleted|unavailable|not available)"
    r"|\bthat page (?:does not|doesn't|doesn’t) exist or is private\b"
    # and what sites answer so for a page, a video or a post (PeerTube's "This video does not exist. Sorry, but we
    # couldn't find the page you were looking for.", IIS's "The page you are looking for might have been removed")
    r"|\b(?:could not|couldn't|couldn’t|cannot|can't|can’t) find the (?:page|video|post|article|content|item) "
    r"you(?:'re|’re| are| were)? (?:looking for|requested)"
    r"|\bthe (?:page|video|post|article) you(?:'re|’re| are| were)? (?:looking for|requested) (?:might have been|may have been|"
    r"has been|was) (?:removed|deleted)"
    r"|\bthis (?:video|post|page|thread|topic|status|note) (?:does not|doesn't|doesn’t|no longer) exists?\b"
    # a newsroom's or a CMS's "Sorry, that story could not be found. It may have been archived.", a social site's
    # "it's a 404! we couldn't find that page."
    r"|\b(?:that|this|the requested) (?:page|story|post|article|item|entry|video|event|news item|document|resource) "
    r"(?:could not|couldn't|couldn’t|cannot|can't|can’t) be found\b"
    r"|\b(?:could not|couldn't|couldn’t|cannot|can't|can’t) find (?:that|this|the requested) "
    r"(?:page|story|post|article|item|entry|video|event|document|resource)\b"
    # a literature database's "Sorry, we could not find the article. It may have been removed or the ID is wrong."
    r"|\bsorry,? we (?:could not|couldn't|couldn’t|cannot|can't|can’t) find (?:the|that|this) "
    r"(?:page|story|post|article|item|entry|video|event|document|resource|record)\b", re.I)
# a page with more words than this is read as content, whatever sentence it holds
GONE_MESSAGE_WORDS = 60


def gone_message(text: str) -> str | None:
    """The message a short page (its own text under :data:`GONE_MESSAGE_WORDS`
    words) gives where forum software, or a site, answers 200 for a thread,
    a post or a page that is not there, or None; the caller counts the words.

    >>> gone_message("Info. Bad request. The link you followed is incorrect or outdated. Go back")
    'The link you followed is incorrect'
    >>> gone_message("The specified thread does not exist.")
    'The specified thread does not exist'
    >>> gone_message("Sorry, but we couldn't find the page you were looking for.")
    "couldn't find the page you were looking for"
    >>> gone_message("Sorry, that story could not be found. It may have been archived.")
    'that story could not be found'
    >>> gone_message("it's a 404! we couldn't find that page. it may have been deleted")
    "couldn't find that page"
    >>> gone_message("Why the thread I wanted to start does not exist yet") is None
    True
    >>> gone_message("The mentor I needed could not be found in my own library") is None
    True
    """
    m = _GONE_MESSAGE.search(text)
    return m.group(0) if m else None


# the blocks of a page's text: what is between these tags is one paragraph, cell or box
# (every quantifier bounded: a hostile page of "<p <p <p ..." or of unclosed scripts must not make it quadratic)
_BLOCK_TAGS = re.compile(r"(?i)</?(?:p|div|li|td|th|h[1-6]|section|article|main|aside|header|footer|nav|br|tr|dd|dt|"
                         r"blockquote|form|table|ul|ol|body)\b[^>]{0,2000}>")
_SCRIPT_OPEN = re.compile(r"(?i)<(script|style|template)\b")
_ANY_TAG = re.compile(r"<[^<>]{0,2000}>")
# a message box: the message stands alone in its block (a thread quoting it has more to say)
_MESSAGE_WORDS = 25
# a page with more words than this, its menus and footer included, is no error page (for a caller that has not
# read the page's own text)
GONE_PAGE_WORDS = 300


def _without_scripts(text: str) -> str:
    """``text`` without its scripts, styles and templates (an unclosed one runs to the end), in one pass."""
    out, pos, low = [], 0, text.lower()
    while True:
        m = _SCRIPT_OPEN.search(text, pos)
        if m is None:
            out.append(text[pos:])
            return " ".join(out)
        out.append(text[pos:m.start()])
        close = low.find(f"</{m.group(1).lower()}", m.end())
        if close < 0:
            return " ".join(out)
        end = text.find(">", close)
        pos = len(text) if end < 0 else end + 1


def gone_page_reason(body: bytes, charset: str | None = None, *, most_words: int | None = None) -> str | None:
    """Why a page is a thread, post or page that is not there: a block of
    its text (a message box of at most 25 words, scripts left out) says
    so (:func:`gone_message`); with ``most_words``, only on a page of
    fewer words than that, menus and footer included.

    >>> print(gone_page_reason(b"<h1>Board</h1><div class=box><p>The specified thread does not exist.</p></div>"))
    the page says "The specified thread does not exist"
    >>> gone_page_reason(b"<p>Our catalogue says 'the link you followed is incorrect' for half of our e-books since "
    ...                  b"the upgrade, and nobody at the vendor answers our tickets any more, so we ask here.</p>") is None
    True
    """
    try:
        text = body.decode(charset or "utf-8", errors="replace")
    except LookupError:
        text = body.decode("utf-8", errors="replace")
    text = _ANY_TAG.sub(" ", _BLOCK_TAGS.sub("\n", _without_scripts(text)))
    if most_words is not None and len(text.split()) >= most_words:
        return None
    for block in text.split("\n"):
        words = html.unescape(block).split()
        found = gone_message(" ".join(words)) if 0 < len(words) <= _MESSAGE_WORDS else None
        if found:
            return f'the page says "{found}"'
    return None


def status_text(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


# --- fetching ---------------------------------------------------------------------------


@dataclass
class _Outcome:
    verdict: str
    http_status: int | None = None
    final_url: str | None = None
    detail: str | None = None
    redirects: list[tuple[str, int]] = field(default_factory=list)
    cause: str | None = None  # the fetch's error kind (dns, refused, ...) when it failed


class _Host:
    """Per-host politeness state, shared by the threads that talk to the host."""

    def __init__(self, per_host: int):
        self.slots = threading.BoundedSemaphore(per_host)
        self.lock = threading.Lock()
        self.next_start = 0.0
        self.not_before = 0.0


class LinkChecker:
    """Checks URLs through one session, politely (see the module docstring).

    Holds per-host state for one run; create one per run.
    """

    def __init__(self, session, settings: CheckSettings = CheckSettings()):
        self.session = session
        self.settings = settings
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        # Requests in flight across hosts. Taken after the per-host wait, so a
        # check waiting out a Retry-After does not keep another host waiting.
        self._in_flight = threading.BoundedSemaphore(max(1, settings.concurrency))

    def _host(self, url: str) -> _Host:
        name = (urlsplit(url).hostname or "").lower()
        with self._hosts_lock:
            host = self._hosts.get(name)
            if host is None:
                host = self._hosts[name] = _Host(self.settings.per_host)
            return host

    @contextlib.contextmanager
    def guard(self, url: str) -> Iterator[None]:
        """Held while one request to ``url``'s host is in flight: a free slot of
        that host, the gap (or a Retry-After) since its last request start, and
        one of the ``concurrency`` slots across hosts."""
        host = self._host(url)
        host.slots.acquire()
        try:
            with host.lock:
                now = time.monotonic()
                start = max(now, host.next_start, host.not_before)
                host.next_start = start + self.settings.gap
            if start > now:
                time.sleep(start - now)
            with self._in_flight:
                yield
        finally:
            host.slots.release()

    def _defer(self, url: str, seconds: float) -> None:
        host = self._host(url)
        with host.lock:
            host.not_before = max(host.not_before, time.monotonic() + seconds)

    def _fetch(self, url: str, method: str):
        from refs.http import fetch

        s = self.settings
        return fetch(self.session, url, method=method, headers=BROWSER_HEADERS, max_bytes=s.body_bytes,
                     timeout=(s.timeout, s.timeout), total_timeout=2 * s.timeout, accept=HTML_TYPES,
                     hop_guard=self.guard)

    def check(self, url: str, kind: str = "url") -> _Outcome:
        """The verdict for one URL (never raises for what a server does)."""
        s = self.settings
        timeouts = retries = 0
        while True:
            r = self._fetch(url, "GET")
            if r.error_kind == "timeout" and timeouts == 0:
                timeouts += 1
                continue
            if r.error is not None:
                return _from_error(r)
            if r.status in (429, 503):
                wait = parse_retry_after(r.headers.get("retry-after"))
                if retries < s.retries and (wait is None or wait <= s.max_retry_after):
                    retries += 1
                    self._defer(r.final_url, s.backoff * retries if wait is None else wait)
                    continue
                said = f"; asked to retry after {wait:g} s" if wait is not None else ""
                tries = f"{retries + 1} tries" if retries else "1 try"
                if r.status == 429:
                    return _Outcome("blocked", 429, r.final_url,
                                    f"429 Too Many Requests after {tries}{said}", r.redirects)
                return _Outcome("error", 503, r.final_url,
                                f"503 Service Unavailable after {tries}{said}; try again later", r.redirects)
            return self._judge(url, kind, r)

    def _judge(self, url: str, kind: str, r) -> _Outcome:
        status = r.status
        hops = list(r.redirects)
        via = f" (after redirects to {r.final_url})" if hops else ""
        if status in (404, 410):
            return _Outcome("dead", status, r.final_url, status_text(status) + via, hops)
        if status in (401, 403, 407, 451):
            return _Outcome("blocked", status, r.final_url,
                            f"{status_text(status)}: the server refused the checker; check it in a browser", hops)
        if not 200 <= status < 300:
            return _Outcome("error", status, r.final_url, status_text(status) + via, hops)
        if hops and is_deep_link(url) and is_home_page(r.final_url):
            return _Outcome("dead", status, r.final_url,
                            f"soft 404: redirected to the site's home page {r.final_url}", hops)
        if self._is_html(r):
            reason = soft_404_reason(r.body, r.charset) or gone_page_reason(r.body[:65536], r.charset,
                                                                            most_words=GONE_PAGE_WORDS)
            if reason:
                return _Outcome("dead", status, r.final_url, f"soft 404: {reason}", hops)
        permanent = 0
        while permanent < len(hops) and hops[permanent][1] in (301, 308):
            permanent += 1
        if permanent and kind == "url":
            new = hops[permanent][0] if permanent < len(hops) else r.final_url
            chain = ", ".join(str(st) for _, st in hops)
            return _Outcome("redirected", status, new, f"moved permanently ({chain}) to {new}", hops)
        detail = f"redirected ({', '.join(str(st) for _, st in hops)}) to {r.final_url}" if hops else None
        return _Outcome("ok", status, r.final_url, detail, hops)

    @staticmethod
    def _is_html(r) -> bool:
        return r.content_type in HTML_TYPES or not r.content_type

    def archived(self, url: str, api: str, when: str | None = None) -> str | None:
        """The closest snapshot of ``url`` from a Wayback-style availability API, or None."""
        from refs.http import fetch

        query = f"{api}{'&' if '?' in api else '?'}url={quote(url, safe='')}"
        if when:
            query += f"&timestamp={when}"
        r = fetch(self.session, query, headers={"Accept": "application/json"}, max_bytes=1_000_000,
                  timeout=(self.settings.timeout, self.settings.timeout), total_timeout=2 * self.settings.timeout,
                  hop_guard=self.guard)
        if r.error is not None or r.status != 200:
            log.info("archive lookup for %s failed: %s", url, r.error or status_text(r.status or 0))
            return None
        try:
            closest = json.loads(r.body)["archived_snapshots"]["closest"]
        except (ValueError, KeyError, TypeError):
            return None
        if isinstance(closest, dict) and closest.get("available") and closest.get("url"):
            return str(closest["url"])
        return None

    def run(self, urls: list[tuple[str, str]], progress: Callable[[int, int], None] | None = None,
            on_done: Callable[[str, _Outcome], None] | None = None) -> dict[str, _Outcome]:
        """Check each ``(url, kind)`` once; outcomes by URL. ``progress(done,
        total)`` and ``on_done(url, outcome)`` are called from this thread.

        Checks are handed to threads busiest host first, and only to a host
        with fewer than ``per_host`` checks running, so threads never queue
        behind one slow host. Twice ``concurrency`` checks may be under way
        (some wait out a gap or a Retry-After), ``concurrency`` requests at once.
        """
        queues: dict[str, deque] = defaultdict(deque)
        for url, kind in urls:
            queues[(urlsplit(url).hostname or "").lower()].append((url, kind))
        pool = ThreadPoolExecutor(max_workers=2 * max(1, self.settings.concurrency), thread_name_prefix="linkcheck")
        try:
            return self._run(pool, queues, len(urls), progress, on_done)
        except KeyboardInterrupt:
            # Ctrl-C: checks in flight are cut, not waited out.
            watchdog = getattr(self.session, "watchdog", None)
            if watchdog is not None:
                watchdog.abort()
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _run(self, pool, queues: dict[str, deque], total: int, progress, on_done) -> dict[str, _Outcome]:
        s = self.settings
        workers = 2 * max(1, s.concurrency)
        active: dict[str, int] = defaultdict(int)
        finished: list[tuple[str, str, _Outcome]] = []
        outcomes: dict[str, _Outcome] = {}
        cond = threading.Condition()
        running = 0

        def work(host: str, url: str, kind: str) -> None:
            try:
                out = self.check(url, kind)
            except Exception as exc:  # a bug must not stop the batch: the link gets an error value
                log.exception("checking %s failed", url)
                out = _Outcome("error", detail=f"internal error while checking: {type(exc).__name__}: {exc}")
            with cond:
                finished.append((host, url, out))
                cond.notify()

        while queues or running:
            with cond:
                for host in sorted(queues, key=lambda h: -len(queues[h])):
                    q = queues[host]
                    while q and active[host] < s.per_host and running < workers:
                        url, kind = q.popleft()
                        active[host] += 1
                        running += 1
                        pool.submit(work, host, url, kind)
                    if not q:
                        del queues[host]
                while not finished:
                    cond.wait()
                batch = finished[:]
                finished.clear()
            for host, url, out in batch:
                active[host] -= 1
                running -= 1
                outcomes[url] = out
                if on_done is not None:
                    on_done(url, out)
            if progress is not None:
                progress(len(outcomes), total)
        return outcomes


def _from_error(r) -> _Outcome:
    kind = r.error_kind
    hops = list(r.redirects)
    if kind in ("dns", "refused"):
        return _Outcome("dead", None, r.final_url, f"{r.error} ({r.final_url})" if hops else r.error, hops, kind)
    if kind == "timeout":
        return _Outcome("timeout", r.status, r.final_url, f"{r.error}; tried twice", hops, kind)
    return _Outcome("error", r.status, r.final_url, r.error, hops, kind)


# --- a workspace's links ----------------------------------------------------------------


@dataclass
class LinkReport:
    """What :func:`check_workspace` found and did."""

    results: list[LinkResult] = field(default_factory=list)
    fixed: list[tuple[str, str, str]] = field(default_factory=list)  # (key, old URL, new URL)
    syncs: list = field(default_factory=list)                        # SyncReports of the fixes
    unmatched: list[str] = field(default_factory=list)                # manuscript citations with no reference

    def counts(self) -> dict[str, int]:
        out = {v: 0 for v in VERDICTS}
        for r in self.results:
            out[r.verdict] += 1
        return out

    @property
    def any_dead(self) -> bool:
        return any(r.verdict == "dead" for r in self.results)


def select_items(items: dict[str, dict], keys: list[str] | None = None,
                 manuscript: str | Path | None = None) -> tuple[list[dict], list[str]]:
    """The references to check (all, ``keys``, or those the manuscript cites),
    and a message (file:line: citation: why) for each citation of the
    manuscript that matches no reference.

    The manuscript's citations are matched by :func:`refs.citecheck.keys_cited_in`
    (citekeys, and author-year citations such as "(Barr, 2013)").
    """
    missing: list[str] = []
    chosen: list[str] | None = None
    if keys:
        for k in keys:
            if k not in items:
                near = [x for x in items if x.lower() == k.lower()]
                hint = f" Did you mean {near[0]!r}?" if near else " `scan refs list` shows the keys."
                raise UnknownKey(f"no reference with key {k!r}.{hint}")
        chosen = list(dict.fromkeys(keys))
    if manuscript is not None:
        from refs.citecheck import keys_cited_in

        found, missing = keys_cited_in(manuscript, list(items.values()))
        chosen = found if chosen is None else [k for k in chosen if k in set(found)]
    if chosen is None:
        return list(items.values()), missing
    return [items[k] for k in chosen], missing


def _now() -> datetime:
    return datetime.now(timezone.utc)


def check_links(links: list[Link], session, settings: CheckSettings = CheckSettings(), *,
                cache: dict[str, dict] | None = None, now: datetime | None = None,
                progress: Callable[[int, int], None] | None = None) -> list[LinkResult]:
    """Check ``links`` (see the module docstring); one result per link, in order.

    ``cache`` maps URLs to earlier results (as stored); with
    ``settings.max_age`` a good one recent enough is reused, marked ``cached``.
    """
    now = now or _now()
    stamp = now.isoformat(timespec="seconds")
    cache = cache or {}
    fresh: dict[str, dict] = {}
    if settings.max_age is not None:
        limit = now - timedelta(seconds=settings.max_age)
        for link in links:
            hit = cache.get(link.url or "")
            if hit and hit.get("verdict") in GOOD and _parse_time(hit.get("checked_at")) >= limit:
                fresh[link.url] = hit
    todo: dict[str, str] = {}
    unfit: dict[str, _Outcome] = {}
    for link in links:
        if link.url and link.url not in fresh and link.url not in todo and link.url not in unfit:
            why = unfit_url(link.url)
            if why is not None:
                unfit[link.url] = _Outcome("error", detail=why, cause="bad-url")
            else:
                todo[link.url] = link.kind
    checker = LinkChecker(session, settings)
    # Archive lookups start as soon as a link is found dead, while the others are checked.
    when = {}
    for link in links:
        when.setdefault(link.url, link.when)
    # URLs every reference of which has a snapshot of its own: no archive lookup for them.
    own_only = {link.url for link in links if link.archived} - {link.url for link in links if not link.archived}
    lookups = {}
    archive_pool = ThreadPoolExecutor(max_workers=max(1, settings.per_host), thread_name_prefix="archive")

    def look_up(url: str, outcome: _Outcome) -> None:
        if settings.archive_api and outcome.verdict == "dead" and url not in own_only:
            lookups[url] = archive_pool.submit(checker.archived, url, settings.archive_api, when.get(url))

    try:
        outcomes = checker.run(list(todo.items()), progress, look_up) if todo else {}
        outcomes.update(unfit)
        archived = {url: f.result() for url, f in lookups.items()}
    finally:
        archive_pool.shutdown(wait=True, cancel_futures=True)
    results: list[LinkResult] = []
    for link in links:
        if link.url is None:
            note = link.note or ""
            m = re.search(r"retrieved\s+from\s+(\S+)", note, re.I)
            detail = (f"the note says 'Retrieved from {m.group(1)}' but the reference has no URL field"
                      if m else "a web reference without a URL")
            results.append(LinkResult(link.key, None, "no-url", detail=detail, kind="none"))
        elif link.url in fresh:
            hit = fresh[link.url]
            results.append(LinkResult(
                link.key, link.url, hit["verdict"], hit.get("http_status"), hit.get("final_url"),
                hit.get("detail"), hit.get("archived_url"), link.kind,
                [tuple(h) for h in hit.get("redirects") or []], hit.get("checked_at"), cached=True))
        else:
            o = outcomes[link.url]
            verdict = o.verdict
            if verdict == "redirected" and link.kind != "url":
                verdict = "ok"
            snapshot, source = _snapshot(link, archived.get(link.url), verdict)
            results.append(LinkResult(link.key, link.url, verdict, o.http_status, o.final_url, o.detail,
                                      snapshot, kind=link.kind, redirects=o.redirects,
                                      checked_at=stamp, cause=o.cause, archive_source=source))
    return results


def _snapshot(link: Link, looked_up: str | None, verdict: str) -> tuple[str | None, str | None]:
    """The snapshot to offer for a link: the reference's own first, for a dead link."""
    if verdict != "dead":
        return None, None
    if link.archived:
        return link.archived, "reference"
    return (looked_up, "archive-api") if looked_up else (None, None)


def _parse_time(text) -> datetime:
    try:
        t = datetime.fromisoformat(str(text))
    except ValueError:
        return datetime.min.replace(tzinfo=timezone.utc)
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def load_cache(store) -> dict[str, dict]:
    """Earlier results by URL, from ``db/links.json``."""
    return {d["url"]: d for d in store.load_table(CACHE_FILE, CACHE_TABLE) if d.get("url")}


def updated_cache(cache: dict[str, dict], results: list[LinkResult]) -> dict[str, dict]:
    """``cache`` with this run's results in (errors and timeouts taken out, never stored)."""
    out = dict(cache)
    for r in results:
        if not r.url or r.cached:
            continue
        if r.verdict in UNCACHED:
            out.pop(r.url, None)
            continue
        doc = r.as_json()
        out[r.url] = {k: doc[k] for k in ("url", "verdict", "http_status", "final_url", "detail",
                                          "archived_url", "redirects", "checked_at")}
    return out


def is_offline(results: list[LinkResult], policy, doi_resolver: str = DEFAULT_DOI_RESOLVER) -> bool:
    """True when every link checked failed because its name does not resolve,
    and the DOI resolver's name does not resolve either: the machine, not
    the links, is cut off."""
    checked = [r for r in results if r.url and not r.cached]
    if not checked or any(r.cause != "dns" for r in checked):
        return False
    try:
        canary = urlsplit(doi_resolver).hostname
    except ValueError:
        canary = None
    if not canary:
        return True
    try:
        return not policy.resolve(canary)
    except OSError:
        return True


def check_workspace(ws, *, settings: CheckSettings = CheckSettings(), policy=None,
                    keys: list[str] | None = None, manuscript: str | Path | None = None,
                    fix: bool = False, progress: Callable[[int, int], None] | None = None,
                    now: datetime | None = None) -> LinkReport:
    """Check the links of a workspace's references; cache the results in
    ``db/links.json``; with ``fix``, store the new URL of each permanent
    redirect (through :func:`refs.library.edit_item`, which syncs library.bib).
    """
    from refs.http import NetPolicy, make_session
    from refs.library import edit_item, list_items
    from refs.lock import workspace_lock

    store = ws.store
    items = {i["id"]: i for i in list_items(ws)}  # hand edits of library.bib taken in first
    chosen, unmatched = select_items(items, keys, manuscript)
    links = links_of(chosen, settings.doi_resolver)
    cache = load_cache(store)
    session = make_session(policy or NetPolicy(), user_agent=settings.user_agent,
                           pool_size=max(16, settings.concurrency))
    try:
        results = check_links(links, session, settings, cache=cache, now=now, progress=progress)
    finally:
        session.close()
    if is_offline(results, policy or NetPolicy(), settings.doi_resolver):
        hosts = sorted({urlsplit(r.url).hostname or "" for r in results if r.url and not r.cached})
        raise Offline(f"no host name resolves ({', '.join(hosts[:3])}{', ...' if len(hosts) > 3 else ''}, nor "
                      f"{urlsplit(settings.doi_resolver).hostname}): this machine seems to be offline. Nothing was "
                      "judged dead and nothing was cached; run `scan check-links` again once it is online.")
    report = LinkReport(results=results, unmatched=unmatched)
    if fix:
        for r in results:
            if r.verdict == "redirected" and r.kind == "url" and r.final_url:
                current = store.load_items().get(r.key, {})
                if str(current.get("URL") or "").strip() != r.url:
                    continue  # changed since we read it: leave it to the user
                _, sync_report = edit_item(ws, r.key, {"URL": r.final_url})
                report.fixed.append((r.key, r.url, r.final_url))
                report.syncs.append(sync_report)
    if not any(r.url and not r.cached for r in results):
        return report  # nothing new to remember (and no db/ made in a folder that has none)
    with workspace_lock(ws.db, "scan check-links"):
        merged = updated_cache(load_cache(store), results)
        for key, old, new in report.fixed:
            done = next(r for r in results if r.key == key and r.url == old)
            if not done.cached:
                merged[new] = {"url": new, "verdict": "ok", "http_status": done.http_status, "final_url": new,
                               "detail": None, "archived_url": None, "redirects": [],
                               "checked_at": done.checked_at}
        store.save_table(CACHE_FILE, CACHE_TABLE, list(merged.values()))
    return report
