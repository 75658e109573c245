"""What the screening walk shows next, and where the screening stands; pure.

    todo = to_screen(ranked_pages, decisions, kinds=CITABLE_KINDS, min_score=None)
    order = prioritise(todo, ranked_pages, decisions)   # [(page, P(include) or None), ...]
    summary(ranked_pages, decisions)["last_include"]     # 14: the last include was the 14th page screened

Before the decisions hold an include and an exclude, the walk follows the
ranking (best score first). From then on a model trained on the decisions
(:mod:`scan.screen.model`), starting from the score as its prior, puts the
likely includes first (ties: the ranking's order), retrained after every
decision.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Sequence

from scan.page import Page
from scan.screen.decisions import Decision, decision_for
from scan.screen.model import MIN_PER_CLASS, PRIOR, featurise, train

__all__ = ["to_screen", "prioritise", "summary"]


def to_screen(pages: Sequence[Page], decisions: Mapping[str, Decision], *, kinds: Iterable[str] | None,
              min_score: float | None) -> list[Page]:
    """The pages still to screen, in ``pages``' order: fetched, of one of
    ``kinds`` (None: any), scoring at least ``min_score``, not decided."""
    kinds = set(kinds) if kinds is not None else None
    return [p for p in pages
            if p.fetched and (kinds is None or p.kind in kinds)
            and (min_score is None or p.score >= min_score) and decision_for(p, decisions) is None]


def prioritise(todo: Sequence[Page], pages: Sequence[Page],
               decisions: Mapping[str, Decision]) -> list[tuple[Page, float | None]]:
    """``todo`` in the order to screen it, each with the model's P(include)
    (None while the model cannot be trained yet)."""
    decided = [(p, d) for p in pages for d in [decision_for(p, decisions)] if d is not None]
    ys = [1 if d.decision == "include" else 0 for _, d in decided]
    if sum(ys) < MIN_PER_CLASS or len(ys) - sum(ys) < MIN_PER_CLASS or not todo:
        return [(p, None) for p in todo]
    corpus = [p for p, _ in decided] + list(todo)
    xs = featurise(corpus)
    model = train(xs[:len(decided)], ys, offset=PRIOR)     # the score is the prior the decisions move from
    probs = [model.probability(x) for x in xs[len(decided):]]
    order = sorted(range(len(todo)), key=lambda i: -probs[i])      # stable: the ranking breaks ties
    return [(todo[i], round(probs[i], 4)) for i in order]


def summary(pages: Sequence[Page], decisions: Mapping[str, Decision]) -> dict:
    """Screened, included, excluded (per reason) and ``last_include``: the
    place of the last include in the order of screening (1 for the first
    page screened; None before any include)."""
    ordered = sorted(decisions.values(), key=lambda d: d.seq)
    by_reason: dict[str, int] = {}
    for d in ordered:
        if d.decision == "exclude":
            by_reason[d.reason or "(no reason)"] = by_reason.get(d.reason or "(no reason)", 0) + 1
    last = max((n for n, d in enumerate(ordered, 1) if d.decision == "include"), default=None)
    known = {u for p in pages for u in (p.url, p.final_url, p.canonical_url) if u}
    return {
        "screened": len(ordered),
        "included": sum(1 for d in ordered if d.decision == "include"),
        "excluded": sum(1 for d in ordered if d.decision == "exclude"),
        "by_reason": dict(sorted(by_reason.items(), key=lambda kv: -kv[1])),
        "last_include": last,
        "not_in_scan": sum(1 for d in ordered if d.url not in known),
    }
