"""Learning from screening decisions: TF-IDF and a logistic regression.

ASReview's approach, small: once a page has been included and another
excluded, a model trained on the decisions orders the pages still to screen,
likely includes first; it is trained again after every decision.

Features (:func:`featurise`): a page's content words (``Page.terms``, its
most frequent words, kept by the crawl), its title's words (counted twice)
and its site, as TF-IDF over the scan's pages: ``(1 + ln tf) * idf`` with
``idf = ln((1 + n) / (1 + df)) + 1`` (scikit-learn's smooth idf), the vector
scaled to length 1; then the page's relevance score (``2 * score / 100``)
and its kind, so that the ranking's judgement is where the model starts
from (on the labelled test web, where the ranking is near perfect, the
model's order finds the last relevant page as soon as the score's does).

Model (:func:`train`): logistic regression with an L2 penalty (``C`` = 1,
scikit-learn's default), the two classes weighted to count alike (there are
usually far fewer includes), fitted by accelerated gradient descent on the
mean loss (features of length 1 make a step of ``1 / L`` safe). Pure Python:
a review's few hundred decisions train in well under a second.

    model = train([x1, x2, x3], [1, 0, 0])
    model.probability(x4)  -> 0.73
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from scan.extract.terms import STOPWORDS, words_of
from scan.page import Page

__all__ = ["featurise", "train", "Model", "MIN_PER_CLASS"]

#: Decisions of each kind needed before the model orders the walk.
MIN_PER_CLASS = 1

Vector = Mapping[str, float]


def _raw_terms(page: Page, site: bool = True) -> dict[str, float]:
    counts: dict[str, float] = {k: float(v) for k, v in page.terms.items()}
    for w in words_of(page.title or ""):
        if len(w) > 1 and w not in STOPWORDS:
            counts[w] = counts.get(w, 0.0) + 2.0
    if site and page.site:
        key = "site:" + " ".join(page.site.casefold().split())
        counts[key] = counts.get(key, 0.0) + 1.0
    return counts


def featurise(pages: Sequence[Page], *, extras: bool = True) -> list[dict[str, float]]:
    """One TF-IDF vector of length 1 per page (see the module docstring),
    the idf taken over ``pages``; and two features more: the page's score
    (``2 * score / 100``, so that the model starts from the ranking's
    judgement) and its kind. Without ``extras``, its words only (no site,
    score or kind: what :mod:`scan.rank`'s feedback reads)."""
    raws = [_raw_terms(p, site=extras) for p in pages]
    df: dict[str, int] = {}
    for r in raws:
        for t in r:
            df[t] = df.get(t, 0) + 1
    n = len(raws)
    out = []
    for r in raws:
        v = {t: (1.0 + math.log(tf)) * (math.log((1 + n) / (1 + df[t])) + 1.0) for t, tf in r.items() if tf > 0}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        out.append({t: x / norm for t, x in v.items()})
    if extras:
        for x, p in zip(out, pages):
            x[" score"] = 2.0 * p.score / 100.0
            x[" kind:" + (p.kind or "")] = 1.0
    return out


@dataclass(frozen=True)
class Model:
    weights: Mapping[str, float] = field(default_factory=dict)
    bias: float = 0.0

    def margin(self, x: Vector) -> float:
        w = self.weights
        return self.bias + sum(w.get(t, 0.0) * v for t, v in x.items())

    def probability(self, x: Vector) -> float:
        """P(include) of a page with features ``x``."""
        z = self.margin(x)
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def _dot(w: dict[str, float], x: Vector) -> float:
    return sum(w.get(t, 0.0) * v for t, v in x.items())


def train(xs: Sequence[Vector], ys: Sequence[int], *, c: float = 1.0, iterations: int = 200) -> Model:
    """A logistic regression on vectors ``xs`` with labels ``ys`` (1 include,
    0 exclude); both classes must be present."""
    n = len(xs)
    pos = sum(1 for y in ys if y)
    if not 0 < pos < n:
        raise ValueError("training needs both an include and an exclude")
    cw = {1: n / (2 * pos), 0: n / (2 * (n - pos))}
    lam = 1.0 / (c * n)
    # L of the mean loss: a class weight times 1/4 times the largest |x|^2 + 1 (the bias), plus the penalty
    big = max(sum(v * v for v in x.values()) for x in xs)
    step = 1.0 / (0.25 * max(cw.values()) * (big + 1) + lam)
    w: dict[str, float] = {}
    b = 0.0
    # Nesterov's accelerated gradient: (yw, yb) is the look-ahead point.
    yw: dict[str, float] = {}
    yb = 0.0
    t = 1.0
    for _ in range(iterations):
        gw: dict[str, float] = {t_: lam * v for t_, v in yw.items()}
        gb = 0.0
        for x, y in zip(xs, ys):
            z = yb + _dot(yw, x)
            p = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
            g = cw[y] * (p - y) / n
            gb += g
            for term, v in x.items():
                gw[term] = gw.get(term, 0.0) + g * v
        new_w = {term: yw.get(term, 0.0) - step * gw.get(term, 0.0) for term in set(yw) | set(gw)}
        new_b = yb - step * gb
        t_next = (1 + math.sqrt(1 + 4 * t * t)) / 2
        mom = (t - 1) / t_next
        yw = {term: new_w.get(term, 0.0) + mom * (new_w.get(term, 0.0) - w.get(term, 0.0))
              for term in set(new_w) | set(w)}
        yb = new_b + mom * (new_b - b)
        w, b, t = new_w, new_b, t_next
    return Model({k: v for k, v in w.items() if v}, b)
