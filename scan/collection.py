"""A scan's pages as the commands see them: ranked over the collection,
with their screening decisions, chosen by kind, score and decision.

``scan pages``, ``scan cite``, ``scan screen`` and ``scan report`` all read
the scan through :func:`load_scan`, so a page has the same score, kind and
decision in each::

    scan = load_scan(ws.db, load_config(root))
    scan.pages          -> the pages, rescored over the collection, best first (scan.rank)
    scan.decisions      -> the screening decisions, by URL
    select(scan, kinds=CITABLE_KINDS, min_score=60)    # what `scan cite --min-score 60` cites
    select(scan, included=True)                        # what `scan cite --included` cites
    public(scan, page)  -> the page as `scan pages --json` prints it (with decision and reason)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from scan.errors import BadOption
from scan.page import CITABLE_KINDS, KINDS, Page
from scan.screen.decisions import Decision, decision_for

__all__ = ["Scan", "load_scan", "parse_kinds", "select", "public", "kinds_help"]


@dataclass(frozen=True)
class Scan:
    pages: tuple[Page, ...] = ()
    decisions: Mapping[str, Decision] = field(default_factory=dict)
    meta: Mapping = field(default_factory=dict)
    exists: bool = False
    topic: object = None
    crawl_scores: Mapping[str, float] = field(default_factory=dict)   # by URL: as scored while crawling

    def decision(self, page: Page) -> Decision | None:
        return decision_for(page, self.decisions)

    def by_target(self, target: str) -> Page | None:
        """A page by its id or one of its URLs."""
        from scan.crawl.pages import find_page

        return find_page({p.url: p for p in self.pages}, target)


def load_scan(db_dir: str | os.PathLike, config) -> Scan:
    """The workspace's scan (empty when there is none), ranked with the
    topic it was made with: ``config``'s (scan.toml), or the ``--keywords``
    the crawl was started with."""
    from scan.crawl.state import CrawlState
    from scan.rank import rank
    from scan.screen.store import load_decisions

    state = CrawlState(db_dir)
    decisions = load_decisions(db_dir)
    if not state.exists():
        return Scan(decisions=decisions, topic=config.topic(None))
    state.load()
    topic = config.topic(state.meta.get("keywords") or None)
    return Scan(tuple(rank(state.pages.values(), topic)), decisions, dict(state.meta), True, topic,
                {p.url: p.score for p in state.pages.values()})


def kinds_help() -> str:
    return ", ".join(KINDS)


def parse_kinds(value: str | None, *, default: Iterable[str] | None = CITABLE_KINDS) -> tuple[str, ...] | None:
    """``--kind`` as given: kinds separated by commas, ``citable`` for the
    kinds one cites, ``all`` (None: no filter); not given: ``default``."""
    if value is None:
        return tuple(default) if default is not None else None
    out: list[str] = []
    for part in (p.strip().lower() for p in value.split(",")):
        if not part:
            continue
        if part == "all":
            return None
        if part == "citable":
            out += CITABLE_KINDS
        elif part in KINDS:
            out.append(part)
        else:
            raise BadOption("--kind", f"takes kinds of page ({kinds_help()}), 'citable' or 'all', not {part!r}")
    if not out:
        raise BadOption("--kind", f"needs at least one kind ({kinds_help()}, citable or all)")
    return tuple(dict.fromkeys(out))


def select(scan: Scan, *, kinds: Iterable[str] | None = None, min_score: float | None = None,
           included: bool = False, fetched: bool = False, limit: int | None = None) -> list[Page]:
    """The scan's pages (best first) of one of ``kinds`` (None: any),
    scoring at least ``min_score``, only those included in screening with
    ``included``, only pages read without error (and with a title) with
    ``fetched``; at most ``limit``."""
    kinds = set(kinds) if kinds is not None else None
    out = []
    for p in scan.pages:
        if kinds is not None and p.kind not in kinds:
            continue
        if min_score is not None and p.score < min_score:
            continue
        if fetched and not (p.fetched and p.title):
            continue
        if included:
            d = scan.decision(p)
            if d is None or d.decision != "include":
                continue
        out.append(p)
        if limit is not None and len(out) >= limit:
            break
    return out


def public(scan: Scan, page: Page) -> dict:
    """The page as ``scan pages --json`` prints it: every field, and its
    screening ``decision`` (include, exclude or None) with the ``reason``."""
    d = scan.decision(page)
    out = page.public()
    out["decision"] = d.decision if d else None
    out["reason"] = d.reason if d else None
    return out
