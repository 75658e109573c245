"""Screening decisions as values, and the reasons a workspace allows.

A decision is ``include`` or ``exclude`` (with a reason from a short list,
``scan.toml``'s ``[screen] reasons``, or the built-in one), the order it was
made in (``seq``: 1 for the first page screened) and when::

    Decision("https://blog.example.org/find-a-mentor/", "exclude", "not about the topic", 3, "2024-05-01T10:00:00+00:00")

Decisions are keyed by the page's URL, so a page scanned again (a new
crawl, ``--resume``) keeps its decision; :func:`decision_for` also looks a
page up by its final and canonical URLs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from scan.page import Page

__all__ = ["Decision", "DEFAULT_REASONS", "decision_for", "match_reason", "decide", "undo"]

DEFAULT_REASONS = (
    "not about the topic",
    "not a work (navigation, listing, profile)",
    "duplicate of another page",
    "out of scope (date, language, place)",
    "cannot be read (error, paywall)",
)
DECISIONS = ("include", "exclude")


@dataclass(frozen=True)
class Decision:
    url: str
    decision: str
    reason: str | None
    seq: int
    at: str

    def to_json(self) -> dict:
        return {"url": self.url, "decision": self.decision, "reason": self.reason, "seq": self.seq, "at": self.at}

    @classmethod
    def from_json(cls, d: Mapping) -> "Decision":
        return cls(str(d["url"]), str(d["decision"]), d.get("reason"), int(d.get("seq") or 0), str(d.get("at") or ""))


def decision_for(page: Page, decisions: Mapping[str, Decision]) -> Decision | None:
    """The decision on ``page``, by its URL, final URL or canonical URL."""
    for url in (page.url, page.final_url, page.canonical_url):
        if url and url in decisions:
            return decisions[url]
    return None


def match_reason(given: str, reasons: Sequence[str]) -> str | None:
    """The configured reason ``given`` names: the reason itself (any case),
    its number in the list (``"2"``), or the start of only one of them::

        match_reason("not about", DEFAULT_REASONS) -> "not about the topic"
        match_reason("2", DEFAULT_REASONS) -> "not a work (navigation, listing, profile)"
    """
    g = " ".join(given.split()).casefold()
    if not g:
        return None
    if g.isdigit() and 1 <= int(g) <= len(reasons):
        return reasons[int(g) - 1]
    exact = [r for r in reasons if r.casefold() == g]
    if exact:
        return exact[0]
    starts = [r for r in reasons if r.casefold().startswith(g)]
    return starts[0] if len(starts) == 1 else None


def decide(decisions: Mapping[str, Decision], url: str, decision: str, reason: str | None,
           at: str) -> dict[str, Decision]:
    """The decisions with one more (or one changed: it takes the next
    ``seq``, as a page screened again)."""
    if decision not in DECISIONS:
        raise ValueError(f"a decision is include or exclude, not {decision!r}")
    seq = max((d.seq for d in decisions.values()), default=0) + 1
    out = dict(decisions)
    out[url] = Decision(url, decision, reason if decision == "exclude" else None, seq, at)
    return out


def undo(decisions: Mapping[str, Decision]) -> tuple[dict[str, Decision], Decision | None]:
    """The decisions without the last one made, and that one."""
    if not decisions:
        return dict(decisions), None
    last = max(decisions.values(), key=lambda d: d.seq)
    out = {u: d for u, d in decisions.items() if u != last.url}
    return out, last
