"""Hashtags as seeds: a Mastodon instance's public tag timeline, read politely.

``scan crawl --hashtag TAG --mastodon INSTANCE`` (repeatable; ``[crawl]
hashtags`` and ``mastodon`` in scan.toml) reads
``GET https://INSTANCE/api/v1/timelines/tag/TAG?limit=40`` page after page
(``max_id`` from the ``Link: <...>; rel="next"`` header, else the last
status's id) until the timeline ends, its posts are older than ``since``,
or the scan holds ``--max-pages`` pages. Each post is stored as a page of
kind ``post`` (depth 0, its APA title, author, date and handle), scored with
the topic's keywords like a page (on its words, not the addresses it links to); the links of a post that scores at least
``--min-score`` (every post's with ``--follow all``) go on the frontier as
seeds, for the crawl to follow under its usual rules. Posts newer than
``until`` are passed over.

Politeness as in the crawl: the instance's robots.txt is asked first and
obeyed (unless ``--ignore-robots``), requests to it are ``--delay`` apart,
a 429 or 503 waits out its Retry-After (at most ``max_retry_after``). The
instance is the user's own choice (trusted like a seed's host); links found
in posts are not, so they never reach private addresses unless
``--allow-private``. Where each tag got to is kept in the scan's meta
(``hashtags``), so ``--resume`` continues from there.
"""

from __future__ import annotations

import json
import logging
import re
import time
from dataclasses import dataclass
from datetime import date
from urllib.parse import parse_qs, quote, urlsplit

from refs.values.retry_after import parse_retry_after

log = logging.getLogger(__name__)

PAGE = 40
MAX_TIMELINE_PAGES = 1000  # per tag and instance, whatever else bounds it
_LINK_NEXT = re.compile(r'<([^>]+)>\s*;\s*rel="?next"?')


@dataclass(frozen=True)
class TagPlan:
    """What to read: tags on instances (base URLs), within [since, until]."""

    tags: tuple[str, ...]
    instances: tuple[str, ...]
    since: date | None = None
    until: date | None = None

    def jobs(self) -> list[tuple[str, str]]:
        return [(i, t) for i in self.instances for t in self.tags]

    def as_meta(self) -> dict:
        return {"tags": list(self.tags), "instances": list(self.instances),
                "since": self.since.isoformat() if self.since else None,
                "until": self.until.isoformat() if self.until else None}

    @classmethod
    def from_meta(cls, meta: dict) -> "TagPlan":
        return cls(tuple(meta.get("tags") or ()), tuple(meta.get("instances") or ()),
                   date.fromisoformat(meta["since"]) if meta.get("since") else None,
                   date.fromisoformat(meta["until"]) if meta.get("until") else None)


def check_plan(tags: list[str], instances: list[str], since: str | None, until: str | None, where) -> TagPlan | None:
    """The plan, every value checked (:class:`BadOption` naming ``where(name)``); None without tags."""
    from scan.errors import BadOption
    from scan.options import check_url

    clean_tags = []
    for t in tags:
        tag = str(t).strip().lstrip("#")
        if not re.fullmatch(r"[^\W_][\w]{0,99}|_\w{1,99}", tag):
            raise BadOption(where("hashtag"), f"{t!r} is not a hashtag (letters, digits and _ only)")
        clean_tags.append(tag)
    if not clean_tags and not instances:
        return None
    if not clean_tags:
        raise BadOption(where("hashtag"), "--mastodon needs --hashtag TAG: which tag to read there")
    if not instances:
        raise BadOption(where("mastodon"), "--hashtag needs --mastodon INSTANCE: where to read the tag")
    bases = []
    for inst in instances:
        text = str(inst).strip()
        base = text if "://" in text else f"https://{text}"
        check_url(base, where("mastodon"))
        parts = urlsplit(base)
        bases.append(f"{parts.scheme.lower()}://{parts.netloc.lower()}")
    days = []
    for name, value in (("since", since), ("until", until)):
        try:
            days.append(date.fromisoformat(str(value)) if value else None)
        except ValueError:
            raise BadOption(where(name), f"takes a date as YYYY-MM-DD, not {value!r}") from None
    if days[0] and days[1] and days[0] > days[1]:
        raise BadOption(where("since"), f"{days[0]} is after --until {days[1]}")
    return TagPlan(tuple(dict.fromkeys(clean_tags)), tuple(dict.fromkeys(bases)), days[0], days[1])


def harvest(state, plan: TagPlan, settings, topic, *, resolve, on_page=None) -> tuple[int, list[str], object]:
    """Read the plan's tag timelines into ``state`` (see the module docstring).
    Returns (posts stored, one line per tag that could not be read, the
    previous scan's backup when this harvest began the new scan)."""
    from refs.http import NetPolicy, make_session
    from scan.crawl.engine import _Scorer

    hosts = frozenset(urlsplit(i).hostname or "" for i in plan.instances)
    session = make_session(NetPolicy(resolve=resolve, allow_private=settings.allow_private, trusted_hosts=hosts),
                           user_agent=settings.agent, pool_size=2)
    run = _Harvest(state, plan, settings, _Scorer(topic), session, on_page)
    try:
        for instance, tag in plan.jobs():
            run.read(instance, tag)
    finally:
        session.close()
    return run.stored, run.failures, run.backup


class _Harvest:
    def __init__(self, state, plan, settings, matcher, session, on_page):
        self.state, self.plan, self.settings, self.matcher = state, plan, settings, matcher
        self.session, self.on_page = session, on_page
        self.stored, self.failures, self.backup = 0, [], None
        self.robots: dict[str, object] = {}
        self.last: dict[str, float] = {}

    def _progress(self) -> dict:
        return dict(self.state.meta.get("hashtag_progress") or {})

    def read(self, instance: str, tag: str) -> None:
        job = f"{instance}#{tag}"
        progress = self._progress().get(job) or {}
        if progress.get("done"):
            return
        path = f"/api/v1/timelines/tag/{quote(tag)}"
        if not self._allowed(instance, path):
            self.failures.append(f"{instance}: robots.txt disallows {path}; not read")
            return self._mark(job, progress, done=True)
        pages = int(progress.get("pages") or 0)
        max_id = progress.get("max_id")
        asked = {max_id}
        while pages < MAX_TIMELINE_PAGES and len(self.state.pages) < self.settings.max_pages:
            url = f"{instance}{path}?limit={PAGE}" + (f"&max_id={quote(str(max_id))}" if max_id else "")
            got = self._get(instance, url)
            if isinstance(got, str):
                self.failures.append(f"{instance} #{tag}: {got}")
                return
            statuses, link = got
            pages += 1
            if self.state.pending:
                self.backup = self.state.commit()  # the first answer: the new scan replaces the old one
            older, whole = self._take(statuses, instance)
            if not whole:  # --max-pages struck mid-page: --resume reads this page again
                return self._mark(job, {"pages": pages - 1, "max_id": max_id}, done=False)
            max_id = _next_max_id(link, statuses)
            if not statuses or older or max_id is None or max_id in asked:  # asked: an instance that goes round
                return self._mark(job, {"pages": pages, "max_id": max_id}, done=True)
            asked.add(max_id)
            self._mark(job, {"pages": pages, "max_id": max_id}, done=False)

    def _mark(self, job: str, progress: dict, *, done: bool) -> None:
        all_progress = self._progress()
        all_progress[job] = {**progress, "done": done}
        self.state.set_meta(hashtag_progress=all_progress)

    def _allowed(self, instance: str, path: str) -> bool:
        from refs.http import fetch
        from scan.crawl.robots import Robots, policy_for_status

        if self.settings.ignore_robots:
            return True
        if instance not in self.robots:
            r = fetch(self.session, instance + "/robots.txt", max_bytes=500_000,
                      total_timeout=self.settings.deadline)
            verdict = policy_for_status(None if r.error else r.status)
            self.robots[instance] = Robots.parse(r.body.decode("utf-8", "replace")) if verdict == "parse" else \
                Robots.everything_allowed() if verdict == "allow" else None
            self.last[instance] = time.monotonic()
        robots = self.robots[instance]
        return robots is not None and robots.allowed(self.settings.agent, path)

    def _get(self, instance: str, url: str):
        """``(statuses, Link header)``, or a line saying why not."""
        from refs.http import fetch

        s = self.settings
        for attempt in range(s.max_retries + 1):
            wait = self.last.get(instance, 0.0) + s.delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            r = fetch(self.session, url, headers={"Accept": "application/json"}, max_bytes=s.max_bytes,
                      timeout=(min(s.timeout, 10.0), s.timeout), total_timeout=s.deadline)
            self.last[instance] = time.monotonic()
            if r.error is not None:
                return r.error
            if r.status in (429, 503) and attempt < s.max_retries:
                after = parse_retry_after(r.headers.get("retry-after"))
                time.sleep(min(5.0 if after is None else after, s.max_retry_after))
                continue
            if r.status in (401, 403, 422):
                return (f"the instance shows its tag timelines only to signed-in users ({r.status}); "
                        "try another instance")
            if r.status != 200:
                return f"HTTP {r.status}"
            try:
                data = json.loads(r.body.decode("utf-8"))
            except (ValueError, UnicodeDecodeError, RecursionError):
                return "the answer is not JSON: is it a Mastodon instance?"
            if not isinstance(data, list):
                return "the answer is not a list of statuses: is it a Mastodon instance?"
            return [d for d in data if isinstance(d, dict)], r.headers.get("link")
        return "rate-limited; try again later"

    def _take(self, statuses: list[dict], instance: str) -> tuple[bool, bool]:
        """Store the statuses in range: (one is older than ``since``, all were taken)."""
        older = False
        for status in statuses:
            day = _day_of(status)
            if self.plan.until and day and day > self.plan.until:
                continue
            if self.plan.since and day and day < self.plan.since:
                older = True
                continue
            if len(self.state.pages) >= self.settings.max_pages:
                return older, False
            page, links = post_page(status, self.matcher, instance)
            if page is None or page.url in self.state.pages:
                continue
            follow = self.settings.follow == "all" or page.topical >= self.settings.min_score
            self.state.record(page, [_seed(u, page.url, n) for n, u in enumerate(links)] if follow else [])
            self.stored += 1
            if self.on_page:
                self.on_page(page)
        return older, True


def post_page(status: dict, scorer, instance: str):
    """A timeline status as a scanned page (kind ``post``; :class:`scan.page.Page`)
    and the links its text carries. ``scorer`` is the crawl's compiled topic
    (:class:`scan.crawl.engine._Scorer`): the post is scored on its words, as a
    page on its own text."""
    from refs.social.parse import Unusable, from_mastodon, mastodon_links, mastodon_text
    from refs.values.dates import format_iso
    from refs.values.urls import canonical
    from scan.crawl.posts import is_post_link
    from scan.extract.terms import content_terms
    from scan.page import Page
    from scan.rank import Weights, score_of, topical_of

    try:
        item = from_mastodon(status)
    except Unusable:
        return None, []
    url = canonical(item["URL"]) or item["URL"]
    # Scored on its words: the addresses it links to are not what it says.
    text = re.sub(r"(?:https?://|www\.)\S+", " ", mastodon_text(status))
    hits = scorer.matcher.count(text)
    links = [u for u in (canonical(l) for l in mastodon_links(status)) if u and not is_post_link(u)]
    page = Page(url, final_url=url, status=200, depth=0, found_on=instance, kind="post",
                kind_reason="a post of a hashtag's timeline", platform="mastodon", type="post", title=item["title"],
                authors=tuple(item["author"]), date=format_iso(item.get("issued")), site="Mastodon",
                handle=item.get("handle"), words=len(text.split()), excerpt=" ".join(text.split())[:300] or None,
                terms=content_terms(text), zones={k: (0, 0, n) for k, n in hits.keywords.items()},
                hits=dict(hits.keywords), themes=dict(hits.themes), links=tuple(links[:100]),
                fetched_at=time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime()))
    prior = Weights()
    page = page.with_(score=score_of(page, scorer.queries, prior),
                      topical=topical_of(page, {}, 0, scorer.queries, prior))
    return page, links


def _seed(url: str, found_on: str, n: int):
    from scan.crawl.state import Entry

    return Entry(url, 0, found_on, (0, 0, 0.0, 10_000 + n))


def _day_of(status: dict) -> date | None:
    m = re.match(r"(\d{4}-\d{2}-\d{2})", str(status.get("created_at") or ""))
    try:
        return date.fromisoformat(m[1]) if m else None
    except ValueError:
        return None


def _next_max_id(link: str | None, statuses: list[dict]) -> str | None:
    """The next page's ``max_id``: from ``Link: <...max_id=X>; rel="next"``, else the last status's id."""
    m = _LINK_NEXT.search(link or "")
    if m:
        ids = parse_qs(urlsplit(m[1]).query).get("max_id")
        if ids:
            return ids[0]
    last = statuses[-1].get("id") if statuses else None
    return str(last) if last else None
