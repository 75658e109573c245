"""The crawl loop: fetch pages host by host, politely, hosts in parallel.

One thread (the caller's) owns the state and the :class:`Scheduler`; a pool
of ``concurrency`` threads does the fetching. Per host: robots.txt first
(RFC 9309: 4xx allows everything; 5xx or no answer disallows for now and is
asked again later), at most one request in flight, at least the delay (or
Crawl-delay) between the end of one request and the start of the next, and
429/503 answers waited out (Retry-After, bounded) and retried. The scan takes
about as long as the busiest host's queue, not the sum of all.

Each page is parsed once (:func:`scan.extract.analyse`), in the fetching
thread or, when the crawl is throughput-bound (no delay), in worker
processes on every core. Only the page record (:class:`scan.page.Page`) is
kept per page, never its text.

Per-page outcomes are values: a page that fails is stored with its error,
and the crawl goes on.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import parse_qs, parse_qsl, urlsplit

from refs.http import FetchResult, NetPolicy, fetch, make_session, system_resolve
from scan.crawl.frontier import Scheduler
from scan.crawl.posts import is_post_link
from scan.crawl.robots import Robots, policy_for_status
from scan.crawl.settings import CrawlSettings
from scan.crawl.state import CrawlState, Entry
from refs.values.retry_after import parse_retry_after
from refs.values.urls import PAGED_PATH, canonical, host_key, looks_like_trap, origin
from scan.errors import NoSeedFetched
from scan.page import LEADS_TO_WORKS, Page

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml", "")
REGION_RANK = {"body": 0, "header": 1, "aside": 2, "nav": 3, "footer": 4, "comments": 5}


@dataclass
class Progress:
    done: int = 0
    queued: int = 0
    hosts: int = 0
    errors: int = 0


@dataclass
class CrawlResult:
    """What a crawl did: the pages (best first), whether it was interrupted,
    where the previous scan was kept (when this one replaced it), why it
    stopped (``done``: nothing left to follow; ``max-pages``;
    ``interrupted``) and what the user was told along the way."""

    pages: list[dict]
    interrupted: bool = False
    backup: str | None = None
    stopped: str = "done"
    notes: list[str] = field(default_factory=list)


# --- page analysis, in this process or in workers --------------------------------


# What a page analysis hands back to the crawl loop: the page record, its
# links (URL, region, anchor), body links first, and whether the page is a way to
# works that says nothing of them (see :func:`_wordless_grid`). A link's anchor
# is its text and the sentence around it where it is in the page's content
# (None in its navigation, header and footer): what a document it leads to is
# read by (:func:`scan.extract.read_link`).

Analysed = tuple[Page, tuple[tuple[str, str, "tuple[str, str] | None"], ...], bool]

# the regions whose links' words say what they lead to, and how much of those words a frontier entry keeps
_ANCHORED_REGIONS = frozenset({"body", "aside", "comments"})
ANCHOR_TEXT, ANCHOR_CONTEXT = 150, 300

_worker_scorer = None  # set once in each analysis worker process by _init_worker


def _init_worker(topic) -> None:
    global _worker_scorer
    _worker_scorer = _Scorer(topic)


def _analyse_in_worker(body: bytes, url: str, charset: str | None) -> Analysed:
    return analyse_fetched(body, url, charset, _worker_scorer)


class _Scorer:
    """The topic compiled once: the keyword matcher and the ranking's queries."""

    def __init__(self, topic):
        from scan.keywords import Matcher
        from scan.rank import queries_of

        self.matcher = Matcher(topic)
        self.queries = queries_of(topic)


def analyse_fetched(body: bytes, url: str, charset: str | None, scorer: _Scorer) -> Analysed:
    """Parse a fetched HTML page once: its record (metadata, kind, keyword
    zones, the score and ``topical`` under the prior weights) and its links
    ranked by region. A 200 page that says "not found" is a soft 404: an
    error, kept, not followed, not ranked."""
    from refs.linkcheck import GONE_MESSAGE_WORDS, gone_page_reason, soft_404_reason
    from scan.extract import analyse
    from scan.rank import Weights, score_of, topical_of

    a = analyse(body, url, charset=charset, matcher=scorer.matcher)
    page = a.page
    soft = soft_404_reason(body[:65536], charset) or (
        gone_page_reason(body[:65536], charset) if page.words < GONE_MESSAGE_WORDS else None)
    if soft:
        page = page.with_(error=f"soft 404: {soft}", error_kind="soft-404", kind="error",
                          kind_reason="a 200 page that says it is not found")
    prior = Weights()
    page = page.with_(score=score_of(page, scorer.queries, prior),
                      topical=topical_of(page, a.teasers, a.teaser_words, scorer.queries, prior))
    links = sorted(a.links, key=lambda l: REGION_RANK.get(l.region, 9))
    return page, tuple((l.url, l.region, _anchor_of(l)) for l in links), _wordless_grid(page, a.links)


def _anchor_of(link) -> tuple[str, str] | None:
    """A content link's text and sentence ("" for an icon's text); None for a link elsewhere."""
    if link.region not in _ANCHORED_REGIONS:
        return None
    return link.text.strip()[:ANCHOR_TEXT], (link.context or "")[:ANCHOR_CONTEXT]


# pages that lead to works, whose links a wordless grid may hide (not a search: its results are what was asked)
_WAYS_TO_WORKS = LEADS_TO_WORKS - {"search"}
# a grid: at least this many links in the main content, and at least this part of them without a word
GRID_LINKS, GRID_WORDLESS = 3, 0.8
# what a wordless grid's links inherit of the topical score of the page that led to it
GRID_DECAY = 0.5


def _wordless_grid(page: Page, links) -> bool:
    """Is the page a way to works whose links say nothing of them: a profile
    or a listing whose main content is a grid of pictures, each a link with
    no word (a Pixelfed profile, a photo gallery)? Its links' worth is then
    unknown, not nil (see :func:`_next_entries`)."""
    if page.kind not in _WAYS_TO_WORKS or page.error:
        return False
    body = [link for link in links if link.region == "body"]
    return len(body) >= GRID_LINKS and sum(1 for link in body if not link.text.strip()) >= GRID_WORDLESS * len(body)


class _Analyser:
    """Runs :func:`analyse_fetched` inline or in a process pool."""

    def __init__(self, workers: int, topic):
        self.scorer = _Scorer(topic)
        self.pool = None
        if workers > 1:
            from refs.workers import worker_pool

            # forkserver: the fetching threads make plain fork unsafe. The
            # workers exit when this process dies (refs.workers).
            self.pool = worker_pool(workers, "forkserver", initializer=_init_worker, initargs=(topic,))

    def __call__(self, body: bytes, url: str, charset: str | None) -> Analysed:
        if self.pool is None:
            return analyse_fetched(body, url, charset, self.scorer)
        return self.pool.submit(_analyse_in_worker, body, url, charset).result()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)


# --- the crawl -------------------------------------------------------------------


@dataclass
class _HostInfo:
    robots: Robots | None = None
    robots_attempts: int = 0
    delay: float = 0.0
    refusal: str | None = None  # why nothing is fetched from this host (set once robots.txt gave up)
    refusal_kind: str | None = None  # its error kind: dns, blocked, ..., robots-unavailable


# robots.txt failures that no later attempt will mend: the host's pages are stored with the reason.
_FATAL = ("blocked", "dns", "bad-url", "refused")


@dataclass
class _Task:
    kind: str  # "robots" or "page"
    host: str
    entry: Entry | None = None
    url: str = ""


def crawl(state: CrawlState, seeds: list[str], settings: CrawlSettings, *, topic=None,
          resolve: Callable[[str], list[str]] = system_resolve,
          on_page: Callable[[dict], None] | None = None,
          on_progress: Callable[[Progress], None] | None = None,
          on_note: Callable[[str], None] | None = None) -> CrawlResult:
    """Run (or, when ``state`` holds a scan, continue) a crawl from ``seeds``.

    ``state`` must be loaded (resume), started, or begun with
    :meth:`CrawlState.begin_new`, in which case the previous scan on disk is
    replaced only when the first page answers (``CrawlResult.backup`` names
    where it was kept). The caller holds the workspace lock. Raises
    :class:`NoSeedFetched` when no seed page could be fetched at all (a
    pending new scan is then dropped and the previous one stays).
    ``on_note`` hears what the user should know while it runs (a site's
    Crawl-delay capped)."""
    if topic is None:
        from scan.keywords import Topic

        topic = Topic.default()
    return _Crawl(state, seeds, settings, topic, resolve, on_page, on_progress, on_note).run()


class _Crawl:
    """One run of :func:`crawl`: the scheduler, the hosts' politeness state
    and the fetches in flight. Only the caller's thread touches it, except
    :meth:`_fetch`, which runs in the pool's threads."""

    def __init__(self, state: CrawlState, seeds: list[str], settings: CrawlSettings, topic, resolve,
                 on_page, on_progress, on_note):
        self.state, self.seeds, self.settings = state, seeds, settings
        self.on_page, self.on_progress, self.on_note = on_page, on_progress, on_note
        seed_hosts = frozenset(h for h in (urlsplit(s).hostname for s in seeds) if h)
        policy = NetPolicy(resolve=resolve, allow_private=settings.allow_private, trusted_hosts=seed_hosts)
        self.session = make_session(policy, user_agent=settings.agent, pool_size=max(4, settings.concurrency))
        workers = settings.analysis_workers
        if workers is None:
            workers = min(os.cpu_count() or 1, 4) if settings.delay < 0.1 and settings.max_pages >= 200 else 1
        self.analyser = _Analyser(workers, topic)
        self.sched = Scheduler()
        self.hosts: dict[str, _HostInfo] = {}
        self.aliases: set[str] = set()
        for p in state.pages.values():
            self.aliases.update(_aliases_of(p))
        found = [(p.url, p.found_on) for p in state.pages.values()] + [(e.url, e.found_on) for e in state.frontier.values()]
        self.variants = Counter(k for u, on in found if (k := _variant_key(u)) and k == _variant_key(on or ""))
        # a record's (a journal article's page's) links, by their target: what may be its full text, whichever page
        # linked the document first (a table of contents' "PDF" before the article's page)
        self.record_links: dict[str, tuple[str, tuple[str, str] | None]] = {}
        self.progress = Progress(done=len(state.pages),
                                 errors=sum(1 for p in state.pages.values() if p.error))
        # Post candidates were never fetched: they do not count against --max-pages.
        unfetched = sum(1 for p in state.pages.values() if p.kind == "post" and p.status is None)
        self.timeout = (min(settings.timeout, 10.0), settings.timeout)
        self.in_flight: dict[Future, _Task] = {}
        self.started = len(state.pages) - unfetched
        self.backup: Path | None = None
        self.notes: list[str] = []

    # --- the loop ------------------------------------------------------------------

    def run(self) -> CrawlResult:
        self._seed()
        pool = ThreadPoolExecutor(max_workers=max(1, self.settings.concurrency))
        interrupted = False
        try:
            while True:
                self._dispatch(pool, time.monotonic())
                if not self.in_flight:
                    if not self._wait_idle():
                        break
                    continue
                self._collect(self._wait_some())
                self.state.maybe_checkpoint(self.settings.checkpoint_seconds)
                self.progress.queued = len(self.sched)
                self.progress.hosts = self.sched.hosts
                if self.on_progress:
                    self.on_progress(self.progress)
        except KeyboardInterrupt:
            interrupted = True
        finally:
            # Fetches in flight are cut (their pages are fetched again on --resume), not waited for.
            self.session.watchdog.abort()
            pool.shutdown(wait=False, cancel_futures=True)
            self.analyser.close()
            self.session.close()
            self.state.set_meta(finished=not interrupted and self._exhausted())
            self.state.checkpoint()
        return self._result(interrupted)

    def _seed(self) -> None:
        state = self.state
        if not state.pages and not state.frontier:
            fresh = []
            for n, s in enumerate(self.seeds, 1):
                url = canonical(s)
                if url:
                    fresh.append(Entry(url, 0, None, (0, 0, 0.0, n)))
            state.enqueue(fresh)
        for e in sorted(state.frontier.values(), key=lambda e: e.priority):
            self._add(e)

    def _add(self, entry: Entry) -> None:
        self.sched.add(host_key(entry.url), entry.priority, entry)

    def _room(self) -> bool:
        s = self.settings
        return len(self.in_flight) < s.concurrency and self.started + len(self.in_flight) < s.max_pages

    def _exhausted(self) -> bool:
        return len(self.sched) == 0 or self.started >= self.settings.max_pages

    def _dispatch(self, pool: ThreadPoolExecutor, now: float) -> None:
        """Start fetches while there are free slots and hosts ready to be asked."""
        s = self.settings
        while self._room():
            got = self.sched.pop_ready(now)
            if got is None:
                return
            host, entry = got
            info = self.hosts.setdefault(host, _HostInfo(delay=s.delay))
            if entry.url in self.state.pages:
                # Stored since it was queued: a page first reached at a variant of this, its canonical address.
                self.sched.release(host, now)
                continue
            if entry.url in self.aliases:
                # Became another page's final or canonical URL while it waited: not fetched twice.
                self.sched.release(host, now)
                self._store(_alias(entry), [])
                continue
            if info.refusal is None and info.robots is None and not s.ignore_robots:
                self.sched.add(host, entry.priority, entry)  # back in line until robots.txt is known
                task = _Task("robots", host, url=origin(entry.url) + "/robots.txt")
            elif info.refusal is not None or (
                    not s.ignore_robots and not info.robots.allowed(s.agent, _path(entry.url))):
                self.sched.release(host, now)
                self._store(_refused(entry, info.refusal or "disallowed by robots.txt",
                                     info.refusal_kind if info.refusal else "robots"), [])
                continue
            else:
                task = _Task("page", host, entry=entry)
            self.in_flight[pool.submit(self._fetch, task)] = task

    def _wait_idle(self) -> bool:
        """Nothing in flight: sleep until a host may be asked again; False
        when the crawl is over."""
        if self.started >= self.settings.max_pages or len(self.sched) == 0:
            return False
        wake = self.sched.next_wake()
        if wake is None:
            return False
        time.sleep(max(0.0, min(wake - time.monotonic(), 1.0)))
        return True

    def _wait_some(self):
        wake = self.sched.next_wake()
        # With every slot taken only a finished fetch can change anything.
        wait_for = 1.0 if (wake is None or not self._room()) else max(0.0, min(wake - time.monotonic(), 1.0))
        done, _ = wait(self.in_flight, timeout=wait_for, return_when=FIRST_COMPLETED)
        return done

    def _collect(self, done) -> None:
        for fut in done:
            task = self.in_flight.pop(fut)
            end = time.monotonic()
            if task.kind == "robots":
                self._took_robots(task, fut.result(), end)
            else:
                self._took_page(task, *fut.result(), end)

    def _took_robots(self, task: _Task, result: FetchResult, end: float) -> None:
        info = self.hosts[task.host]
        note = _took_robots(info, result, self.settings, self.sched, task.host, end)
        if note:
            self._note(note)
        if info.refusal is not None:
            for entry in self.sched.drain_host(task.host):
                self._store(_refused(entry, info.refusal, info.refusal_kind), [])

    def _took_page(self, task: _Task, result: FetchResult, analysed: Analysed | None, end: float) -> None:
        s, state, info = self.settings, self.state, self.hosts[task.host]
        retry_after = _retry_after(result, s)
        if retry_after is not None and task.entry.retries < s.max_retries:
            task.entry.retries += 1
            state.requeue(task.entry)
            self.sched.add(task.host, task.entry.priority, task.entry)
            self.sched.release(task.host, end + max(retry_after, info.delay))
            return
        self.sched.release(task.host, end + max(retry_after or 0.0, info.delay))
        if result.status is not None and result.error is None and state.pending:
            self.backup = state.commit()  # the first answer: now the new scan replaces the old one
        page = _page(task.entry, result, analysed)
        if page.kind == "document" and not page.error and analysed is None:
            page = self._read_document(page, task.entry)
        original = _copy_of(page, state)
        if original is not None:
            # a copy of a stored page under another URL (a share button's ?share=x, a comment's
            # ?replytocom=N, ?amp): one page, one record, one reference
            self._store(_alias(task.entry, of=original, final_url=page.final_url), [])
            return
        variant = page.canonical_url if _query_variant(page.url, page.canonical_url) and \
            page.canonical_url not in state.pages and page.canonical_url not in self.aliases else None
        links = _next_entries(task.entry, page, analysed, s, state, self.aliases, self.variants)
        if result.redirect_known:
            links += _redirect_target(task.entry, page, state, self.aliases)
        if variant:
            # first reached at a variant of its canonical address (a reply form's ?mode=reply): stored under that
            # address, as it would have been reached there first; the variant is its alias
            page = page.with_(url=variant)
        self.aliases.update(_aliases_of(page))
        for e in self._store(page, links):
            self._add(e)
        if variant:
            self._store(_alias(task.entry, of=variant, final_url=page.final_url), [])
        self._keep_posts(page, analysed)
        self._note_record_links(page, analysed)

    def _read_document(self, page: Page, entry: Entry) -> Page:
        """A document not read, read as the page that linked it says: its own full text when a journal
        article's or a record's page links it untitled (the page that led here, or another already scanned),
        else by the link's words (scan.extract.documents)."""
        from scan.extract.documents import full_text_of, is_full_text_link, read_link

        record = self.state.pages.get(entry.found_on) if entry.found_on else None
        other, anchor = self.record_links.get(page.url, (None, None))
        other = self.state.pages.get(other) if other else None
        if is_full_text_link(record, entry.anchor, page):
            page = full_text_of(page, record)
        elif is_full_text_link(other, anchor, page):
            page = full_text_of(page, other)
        elif entry.anchor and any(entry.anchor):
            page = read_link(page, *entry.anchor, self.analyser.scorer.matcher)
        else:
            return page
        return self._scored(page)

    def _scored(self, document: Page) -> Page:
        """A document, read by a link or as a record's full text, scored as it comes (the prior weights): its
        score is its topical score too (it has no links of its own to follow)."""
        from scan.rank import Weights, score_of

        score = score_of(document, self.analyser.scorer.queries, Weights())
        return document.with_(score=score, topical=score)

    def _note_record_links(self, record: Page, analysed: Analysed | None) -> None:
        """Keeps a record's links (a journal article's, a repository record's), by target, for the documents
        they may be the full text of; and reads again, as the record's full text, a document already scanned
        that only a link naming nothing led to ("PDF" in an issue's table of contents)."""
        from scan.extract.documents import RECORD_KINDS, full_text_of, is_full_text_link

        if analysed is None or record.error or record.kind not in RECORD_KINDS or not record.title:
            return
        base = record.final_url or record.url
        for url, _, anchor in analysed[1][:self.settings.max_links_per_page]:
            u = canonical(url, base)
            if not u or u == record.url:
                continue
            self.record_links.setdefault(u, (record.url, anchor))
            doc = self.state.pages.get(u)
            if doc is not None and doc.kind == "document" and not doc.title and not doc.error \
                    and is_full_text_link(record, anchor, doc):
                self.state.record(self._scored(full_text_of(doc, record)), [])

    def _keep_posts(self, page: Page, analysed: Analysed | None) -> None:
        """Links to social posts are kept as candidates (scan.crawl.posts), not fetched."""
        from scan.crawl.posts import post_candidates

        if not analysed or page.error:
            return
        for candidate in post_candidates(page.url, page.depth, (link[0] for link in analysed[1]), self.state.pages):
            self.state.record(candidate, [])
            if self.on_page:
                self.on_page(candidate)

    def _store(self, page: Page, links: list[Entry]) -> list[Entry]:
        self.started += 1
        return _store(self.state, page, links, self.on_page, self.progress)

    def _note(self, text: str) -> None:
        log.info("%s", text)
        self.notes.append(text)
        if self.on_note:
            self.on_note(text)

    # --- in the pool's threads ---------------------------------------------------------

    def _fetch(self, task: _Task):
        s = self.settings
        if task.kind == "robots":
            return fetch(self.session, task.url, max_bytes=500_000, timeout=self.timeout,
                         total_timeout=s.deadline, max_redirects=5)
        try:
            result = fetch(self.session, task.entry.url, max_bytes=s.max_bytes, timeout=self.timeout,
                           total_timeout=s.deadline, accept=HTML_TYPES, stop_redirect=self._stop_at(task.entry.url))
        except Exception as exc:  # nothing a page does may stop the crawl
            log.warning("fetching %s failed: %r", task.entry.url, exc)
            result = FetchResult(task.entry.url, task.entry.url, error=f"{type(exc).__name__}: {exc}"[:300],
                                 error_kind="connection")
        analysed = None
        # (a meta refresh is a redirect, its target a page of its own: see _refreshed)
        if result.error is None and result.status == 200 and _is_html(result) and not _refreshed(result):
            try:
                analysed = self.analyser(result.body, result.final_url, result.charset)
            except Exception as exc:  # a page the parser chokes on is stored with the reason
                log.warning("could not analyse %s: %s", task.entry.url, exc)
                analysed = (Page(result.final_url, error=f"could not analyse the page: {type(exc).__name__}",
                                 kind="error", kind_reason="could not be analysed"), (), False)
        result.body = b""  # the text is not kept
        return result, analysed

    def _stop_at(self, source: str):
        """Where a page's redirects stop being followed inside its own fetch:
        at a URL already stored or waiting on the frontier (it is, or will be,
        fetched as a page of its own), at another host (whose politeness and
        robots.txt apply: the target goes on the frontier), and at a path this
        host's robots.txt disallows. Called from the fetching threads: set
        lookups, at worst a moment stale."""
        source_host = host_key(source)
        state, s = self.state, self.settings

        def stop(url: str) -> bool:
            u = canonical(url)
            if u is None or u in state.pages or u in self.aliases or u in state.frontier:
                return True
            if host_key(u) != source_host:
                return True
            robots = self.hosts[source_host].robots if source_host in self.hosts else None
            return not s.ignore_robots and robots is not None and not robots.allowed(s.agent, _path(u))

        return stop

    # --- the end -----------------------------------------------------------------------

    def _result(self, interrupted: bool) -> CrawlResult:
        pages = list(self.state.pages.values())
        if not interrupted and self.seeds:
            seed_pages = [p for p in pages if p.depth == 0]
            if not seed_pages or all(p.error or not p.status for p in seed_pages):
                reasons = "; ".join(f"{p.url}: {p.error or 'no answer'}" for p in seed_pages)
                kept = (f"; the previous scan was kept as {self.backup}" if self.backup else
                        "; the previous scan, if any, is as it was" if self.state.pending else "")
                raise NoSeedFetched(f"no seed could be fetched ({reasons or 'no seed URL'}){kept}")
        pages.sort(key=lambda p: (-p.score, p.depth, p.url))
        return CrawlResult(pages, interrupted=interrupted, backup=str(self.backup) if self.backup else None,
                           stopped=self._why_stopped(interrupted), notes=list(self.notes))

    def _why_stopped(self, interrupted: bool) -> str:
        if interrupted:
            return "interrupted"
        if len(self.sched) and self.started >= self.settings.max_pages:
            return "max-pages"
        return "done"


def _path(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _is_html(result: FetchResult) -> bool:
    if result.content_type in ("text/html", "application/xhtml+xml"):
        return True
    if not result.content_type:
        head = result.body[:512].lstrip().lower()
        return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head
    return False


def _took_robots(info: _HostInfo, result: FetchResult, settings: CrawlSettings, sched: Scheduler, host: str,
                 end: float) -> str | None:
    """Take a robots.txt answer in; a note for the user when the site's
    Crawl-delay is more than we wait (it is capped)."""
    info.robots_attempts += 1
    note = None
    if result.error_kind in _FATAL:
        info.refusal = result.error
        info.refusal_kind = result.error_kind
        sched.release(host, end)
        return None
    verdict = policy_for_status(None if result.error else result.status)
    if verdict == "parse":
        info.robots = Robots.parse(result.body.decode("utf-8", "replace"))
        delay = info.robots.crawl_delay(settings.agent)
        if delay is not None and delay > settings.max_crawl_delay:
            note = (f"{host}: robots.txt asks for {delay:g} s between requests (Crawl-delay); "
                    f"waiting {settings.max_crawl_delay:g} s instead")
            delay = settings.max_crawl_delay
        if delay is not None:
            info.delay = max(settings.delay, delay)
        sched.release(host, end + info.delay)
    elif verdict == "allow":
        info.robots = Robots.everything_allowed()
        sched.release(host, end + info.delay)
    else:
        n = info.robots_attempts
        if n <= len(settings.robots_retry):
            info.robots = None  # ask again later; meanwhile nothing is fetched from this host
            sched.release(host, end + settings.robots_retry[n - 1])
        else:
            reason = result.error or f"HTTP {result.status}"
            info.refusal = f"robots.txt unavailable ({reason}) after {n} attempts; not fetched"
            info.refusal_kind = "robots-unavailable"
            sched.release(host, end + info.delay)
    return note


def _retry_after(result: FetchResult, settings: CrawlSettings) -> float | None:
    if result.error is not None or result.status not in (429, 503):
        return None
    seconds = parse_retry_after(result.headers.get("retry-after"))
    return max(0.0, min(5.0 if seconds is None else seconds, settings.max_retry_after))


def _aliases_of(page: Page) -> list[str]:
    """Other URLs of a stored page: where its redirects led (when it followed
    them) and its rel=canonical."""
    out = [page.canonical_url]
    if not page.redirect_stopped:
        out.append(page.final_url)
    return [u for u in out if u and u != page.url]


def _alias(entry: Entry, *, of: str | None = None, final_url: str | None = None) -> Page:
    """The record of a URL that is a page already scanned: not fetched (a stored page's final or
    canonical URL), or fetched and found to be a copy of the stored page ``of``."""
    return Page(entry.url, final_url=final_url or entry.url, depth=entry.depth, found_on=entry.found_on,
                kind="error", kind_reason="the same page as one already scanned", canonical_url=of,
                note=f"the same page as {of} (its canonical URL names it, with the same title and text)" if of
                else "the same page as one already scanned (its final or canonical URL)")


# how far a copy's word count may stray from its original's (a copy may show a notice, a form)
_COPY_WORDS = 0.1


# the fewest words of its own a page needs for its text to show it is a copy of another
_COPY_MIN_WORDS = 20


def _copy_of(page: Page, state: CrawlState) -> str | None:
    """The stored page that ``page`` is a copy of, if it is one: its rel=canonical (or where its redirects
    led) names a stored page of the same title, text that starts alike (its excerpt) and about as many
    words. A canonical URL alone is not enough: misconfigured sites name their home page as every page's
    canonical, and some give every page one title; nor are two empty texts the same text (a blog's second
    page of posts that names its first as canonical, the two with the blog's title and no text of their own),
    except at a variant of the canonical address (:func:`_query_variant`: a short post's reply form)."""
    if not page.fetched or not page.title or ((not page.excerpt or (page.words or 0) < _COPY_MIN_WORDS)
                                               and not _query_variant(page.url, page.canonical_url)):
        return None         # no text of its own (a listing's next page, its teasers left out): nothing shows a copy
    # (a redirect stopped at its target is a pointer to that page, not a copy of it: see _refreshed)
    for url in (page.canonical_url, None if page.redirect_stopped else page.final_url):
        other = state.pages.get(url) if url and url != page.url else None
        if other is None or not other.fetched or other.url == page.url:
            continue
        if " ".join((other.title or "").split()).casefold() != " ".join((page.title or "").split()).casefold():
            continue
        if (other.excerpt or "") != (page.excerpt or ""):
            continue
        if abs((other.words or 0) - (page.words or 0)) <= max(10, _COPY_WORDS * max(other.words or 0, 1)):
            return other.url
    return None


def _query_variant(url: str, canonical_url: str | None) -> bool:
    """Is ``url`` its canonical URL with more in its query, none of which names another document: a reply form's
    ``?mode=reply`` (LiveJournal's), a comment's ``?replytocom=N``, a share button's ``?share=x``? (Not ``?p=12``,
    ``?id=7``: a site that names its home as every page's canonical shows other documents there.)"""
    from scan.extract.kinds import names_document

    if not canonical_url or canonical_url == url:
        return False
    a, b = urlsplit(url), urlsplit(canonical_url)
    if (a.scheme, a.netloc, a.path) != (b.scheme, b.netloc, b.path) or not a.query:
        return False
    qa, qb = set(parse_qsl(a.query, keep_blank_values=True)), set(parse_qsl(b.query, keep_blank_values=True))
    if not qb < qa:
        return False
    extra: dict[str, list[str]] = {}
    for k, v in qa - qb:
        extra.setdefault(k, []).append(v)
    return not names_document(extra)


def _refreshed(result: FetchResult) -> bool:
    """Takes a page that sends the reader on at once (``<meta http-equiv=refresh
    content="0; url=...">``, as moved blogs and link shorteners do) as the
    redirect it is: ``result`` then stops there, as a redirect to another host
    does, and the target is scanned as a page of its own (a refresh loop ends
    at a page already scanned). True when it did."""
    from scan.extract.content import meta_refresh

    target = meta_refresh(result.body, result.final_url)
    if target is None or canonical(target) in (None, canonical(result.final_url)):
        return False
    result.redirects.append((result.final_url, result.status))
    result.final_url = target
    result.redirect_known = True
    return True


def _redirect_target(entry: Entry, page: Page, state: CrawlState, aliases: set[str]) -> list[Entry]:
    """A redirect stopped at a URL not yet known (another host, say) goes on
    the frontier at the redirecting page's depth: it is that page, moved."""
    target = page.final_url
    if not target or target in state.pages or target in state.frontier or target in aliases:
        return []
    return [Entry(target, entry.depth, entry.found_on, entry.priority, anchor=entry.anchor)]


def _refused(entry: Entry, reason: str, kind: str | None) -> Page:
    return Page(entry.url, final_url=entry.url, depth=entry.depth, found_on=entry.found_on, error=reason,
                error_kind=kind, kind="error", kind_reason="not fetched")


def _page(entry: Entry, result: FetchResult, analysed: Analysed | None) -> Page:
    """The stored record of a fetched URL: what the fetch did, and what
    extraction read (a non-HTML answer is a document; an HTTP error an error)."""
    fetched = dict(
        url=entry.url, final_url=canonical(result.final_url) or result.final_url, status=result.status,
        depth=entry.depth, found_on=entry.found_on, content_type=result.content_type or None,
        redirects=tuple(u for u, _ in result.redirects), error=result.error, error_kind=result.error_kind,
        fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"), truncated=bool(result.truncated))
    if result.redirect_known:
        fetched.update(redirect_stopped=True, note=(
            "redirect not followed here: its target is scanned as a page of its own "
            "(already, or queued; another host's politeness and robots.txt apply)"))
    if analysed is not None:
        page = analysed[0]
        canon = canonical(page.canonical_url) if page.canonical_url else None
        return page.with_(**{**fetched, "error": page.error or result.error,
                             "error_kind": page.error_kind or result.error_kind}, canonical_url=canon or None)
    if result.redirect_known:
        why = "a redirect; its target is scanned as a page of its own"
    elif result.error is None and result.status == 200:
        return Page(**fetched, type="document", kind="document",
                    kind_reason=f"not HTML ({result.content_type or 'no content type'})")
    else:
        why = result.error or f"HTTP {result.status}"
    return Page(**fetched, kind="error", kind_reason=why)


# pages of one path that differ only in their query a crawl follows from each other: a
# calendar's ?month=2019-03 links to the month before and after it for ever (links to them
# from other pages, a blog's ?p=123 posts listed on its home page, are not counted)
MAX_QUERY_VARIANTS = 100


def _variant_key(url: str) -> tuple[str, str] | None:
    """Host and path of a URL with a query (the pages counted against
    :data:`MAX_QUERY_VARIANTS`); None without a query."""
    parts = urlsplit(url)
    return (parts.netloc, parts.path) if parts.query else None


# a page's number in a listing's query (?p=2, ?page=2, WordPress's ?paged=2, ?start=20); in its path, PAGED_PATH
_PAGE_QUERY_KEYS = frozenset({"p", "page", "paged", "pg", "start", "offset", "pagenum", "page_num"})


def continues_listing(url: str, listing: str) -> bool:
    """Is ``url`` a further page of the listing ``listing`` (the same
    address with another page number: ``?p=2``, ``&page=3``, ``/page/2``)?

    >>> continues_listing("https://f.example/viewforum.php?id=2&p=2", "https://f.example/viewforum.php?id=2")
    True
    >>> continues_listing("https://b.example/category/mentoring/page/2/", "https://b.example/category/mentoring/")
    True
    >>> continues_listing("https://f.example/viewtopic.php?id=3", "https://f.example/viewforum.php?id=2")
    False
    >>> continues_listing("https://f.example/viewforum.php?id=3", "https://f.example/viewforum.php?id=2")
    False

    WordPress's plain permalinks, ``/?p=123``, are posts: ``p`` alone is no page number (it is beside another
    key, FluxBB's ``viewforum.php?id=2&p=2``).

    >>> continues_listing("https://w.example/?p=124", "https://w.example/")
    False
    """
    a, b = urlsplit(url), urlsplit(listing)
    if a.netloc != b.netloc:
        return False
    qa, qb = parse_qs(a.query), parse_qs(b.query)
    rest_a = {k: v for k, v in qa.items() if k not in _PAGE_QUERY_KEYS}
    rest_b = {k: v for k, v in qb.items() if k not in _PAGE_QUERY_KEYS}
    if rest_a != rest_b:
        return False
    if PAGED_PATH.sub("/", a.path).rstrip("/") != PAGED_PATH.sub("/", b.path).rstrip("/"):
        return False
    keys = qa.keys() & _PAGE_QUERY_KEYS
    if keys == {"p"} and not rest_a:
        keys = set()     # WordPress's ?p=ID: a post
    numbered = bool(keys) or PAGED_PATH.search(a.path) is not None
    return numbered and (a.path, a.query) != (b.path, b.query)


def _next_entries(entry: Entry, page: Page, analysed: Analysed | None, settings: CrawlSettings, state: CrawlState,
                  aliases: set[str], variants: Counter | None = None) -> list[Entry]:
    """The links a page puts on the frontier: out of pages whose ``topical``
    score reaches ``--min-score`` (every page with ``--follow all``; the
    seeds always), body links first, more topical pages' links first; at
    most :data:`MAX_QUERY_VARIANTS` queries of one path reached from each
    other (``variants`` counts them)."""
    if analysed is None or entry.depth >= settings.depth or page.error:
        return []
    score = page.topical
    if entry.found_on and score < settings.min_score:
        # what the page inherits of the one that led here: the next page of a listing whose links were followed
        # is the same board, category or archive, read on (all of it); a grid of pictures that say nothing (a
        # profile's photos) is worth half, as a focused crawler scores a link it cannot read (fish and shark search)
        share = 1.0 if continues_listing(entry.url, entry.found_on) else GRID_DECAY if analysed[2] else 0.0
        parent = state.pages.get(entry.found_on) if share else None
        if parent is not None and parent.topical:
            score = max(score, share * parent.topical)
        if share == 1.0 and _reads_on_a_seed(entry, state):
            score = max(score, settings.min_score)    # a seed's links are followed whatever it says: its next pages' too
    if settings.follow != "all" and entry.depth > 0 and score < settings.min_score:
        return []
    out: list[Entry] = []
    base = page.final_url or entry.url
    own_key = _variant_key(entry.url) if variants is not None else None
    for n, (url, region, anchor) in enumerate(analysed[1][: settings.max_links_per_page]):
        u = canonical(url, base)
        if not u or u in aliases or u in state.pages or u in state.frontier or is_post_link(u) or looks_like_trap(u):
            continue
        if own_key is not None and _variant_key(u) == own_key:   # a chain of one path's queries
            if variants[own_key] >= MAX_QUERY_VARIANTS:
                continue
            variants[own_key] += 1
        out.append(Entry(u, entry.depth + 1, entry.url, (entry.depth + 1, REGION_RANK.get(region, 9), -score, n),
                         anchor=anchor))
    return out


def _reads_on_a_seed(entry: Entry, state: CrawlState, most: int = 50) -> bool:
    """Is ``entry`` a further page of a seed's listing: a page that continues the page that led to it
    (:func:`continues_listing`), and so on back to a seed (a blog's home given as a seed, its /page/2, /page/3)?"""
    url, up = entry.url, entry.found_on
    for _ in range(most):
        parent = state.pages.get(up) if up else None
        if parent is None or not continues_listing(url, up):
            return False
        if parent.depth == 0:
            return True
        url, up = up, parent.found_on
    return False


def _store(state: CrawlState, page: Page, links: list[Entry], on_page, progress: Progress) -> list[Entry]:
    fresh = state.record(page, links)
    progress.done += 1
    if page.error:
        progress.errors += 1
    if on_page:
        on_page(page)
    return fresh
