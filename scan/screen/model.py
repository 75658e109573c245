"""Learning from screening decisions: TF-IDF and a logistic regression.

ASReview's approach, small: once a page has been included and another
excluded, a model trained on the decisions orders the pages still to screen,
likely includes first; it is trained again after every decision.

Features (:func:`featurise`): a page's content words (``Page.terms``, its
most frequent words, kept by the crawl), its title's words (counted twice)
and its site, as TF-IDF over the scan's pages: ``(1 + ln tf) * idf`` with
``idf = ln((1 + n) / (1 + df)) + 1`` (scikit-learn's smooth idf), the vector
scaled to length 1; then its kind; and its relevance score as a prior, a
fixed offset on the log-odds, ``(score - 50) / 20`` (a page scoring 90 starts
at P 0.88, one scoring 10 at 0.12), so that the ranking's judgement is where
the model starts and the decisions move pages away from it. As a feature
the score weighed little against words learned from two decisions: a page
scoring 0 could come first. With the prior, over labelled webs 1-24 (a
relevant and an other page decided first, ten such starts a web), the five
pages shown next were all relevant (1,143 of 1,200 with the score as a
feature, and 7 of them scored under 30), and about as many pages were
screened before the last relevant one.

Model (:func:`train`): logistic regression with an L2 penalty (``C`` = 1,
scikit-learn's default), the two classes weighted to count alike (there are
usually far fewer includes), fitted by accelerated gradient descent on the
mean loss (features of length 1 make a step of ``1 / L`` safe). Pure Python:
a review's few hundred decisions train in well under a second.

    model = train([x1, x2, x3], [1, 0, 0])
    model.probability(x4)  -> 0.73
    model = train(featurise(pages), decisions, offset=PRIOR)   # the score as the prior
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from scan.extract.terms import STOPWORDS, words_of
from scan.page import Page

__all__ = ["featurise", "train", "Model", "MIN_PER_CLASS", "PRIOR"]

#: Decisions of each kind needed before the model orders the walk.
MIN_PER_CLASS = 1

Vector = Mapping[str, float]

#: The feature holding the score's prior log-odds (:func:`featurise`), an offset :func:`train` does not fit.
PRIOR = " score"
PRIOR_CENTRE, PRIOR_SCALE = 50.0, 20.0


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
    the idf taken over ``pages``; and two features more: the page's score as
    prior log-odds (:data:`PRIOR`, for :func:`train`'s ``offset``) and its
    kind. Without ``extras``, its words only (no site, score or kind: what
    :mod:`scan.rank`'s feedback reads)."""
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
            x[PRIOR] = (p.score - PRIOR_CENTRE) / PRIOR_SCALE
            x[" kind:" + (p.kind or "")] = 1.0
    return out


@dataclass(frozen=True)
class Model:
    weights: Mapping[str, float] = field(default_factory=dict)
    bias: float = 0.0
    offset: str | None = None

    def margin(self, x: Vector) -> float:
        prior = x.get(self.offset, 0.0) if self.offset else 0.0
        return self.bias + _dot(self.weights, x) + prior

    def probability(self, x: Vector) -> float:
        """P(include) of a page with features ``x``."""
        z = self.margin(x)
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def _dot(w: dict[str, float], x: Vector) -> float:
    return sum(w.get(t, 0.0) * v for t, v in x.items())


def train(xs: Sequence[Vector], ys: Sequence[int], *, c: float = 1.0, iterations: int = 200,
          offset: str | None = None) -> Model:
    """A logistic regression on vectors ``xs`` with labels ``ys`` (1 include,
    0 exclude); both classes must be present. The feature ``offset`` names,
    when given, is added to the log-odds as it is, not fitted (a prior)."""
    n = len(xs)
    pos = sum(1 for y in ys if y)
    if not 0 < pos < n:
        raise ValueError("training needs both an include and an exclude")
    cw = {1: n / (2 * pos), 0: n / (2 * (n - pos))}
    lam = 1.0 / (c * n)
    # L of the mean loss: a class weight times 1/4 times the largest |x|^2 + 1 (the bias), plus the penalty
    if offset is not None:
        fixed = [x.get(offset, 0.0) for x in xs]
        xs = [{t: v for t, v in x.items() if t != offset} for x in xs]
    else:
        fixed = [0.0] * n
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
        for x, y, z0 in zip(xs, ys, fixed):
            z = yb + _dot(yw, x) + z0
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
    return Model({k: v for k, v in w.items() if v}, b, offset)
