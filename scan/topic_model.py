"""What labelled pages taught about the built-in topic: a relevance model for the ranking.

Keywords find the pages that name the topic; they miss the posts that are
about it in their own words ("a letter to my first supervisor", "what the
mailing list taught me"), and they are fooled by pages that use its words for
something else (a robotics team's "mentors"). The built-in topic (mentoring
through social media) therefore comes with a model learned from pages
people graded: 471 works of ten labelled test webs (``tests/labelled_web*.py``,
each written apart from the others; relevant means graded 2 or 3 of 3), as
ASReview learns from a reviewer's decisions (:mod:`scan.screen.model`, the
same logistic regression).

A page's features are its content words (``Page.terms``, kept by the crawl)
and its title's words (counted twice), as TF-IDF with the idf of the
training pages, scaled to length 1; words the training pages never had are
left out. So a page's probability depends on the page alone, never on the
other pages of a scan::

    model = model_for(Topic.default())     # None for any other topic
    model.probability(page)  -> 0.83
    model.parts(page)        -> [("mentor", 0.41), ("supervisor", 0.12), ..., ("robotics", -0.2)]

:mod:`scan.rank` blends it with the keyword score. The model is built by
``bench/train_topic_model.py``, which also reports how well it does on each
web when trained on the nine others; it is data (``scan/data/topic_model.json``),
read once, when a scan of the built-in topic is ranked.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping

from scan.page import Page

__all__ = ["TopicModel", "model_for", "learn", "load", "raw_features", "vector", "MODEL_PATH"]

MODEL_PATH = Path(__file__).parent / "data" / "topic_model.json"


def raw_features(page: Page) -> dict[str, float]:
    """A page's words and their counts: its content words, and its title's words counted twice."""
    from scan.extract.terms import STOPWORDS, words_of

    counts: dict[str, float] = {k: float(v) for k, v in (page.terms or {}).items()}
    for w in words_of(page.title or ""):
        if len(w) > 1 and w not in STOPWORDS:
            counts[w] = counts.get(w, 0.0) + 2.0
    return counts


def vector(raw: Mapping[str, float], idf: Mapping[str, float]) -> dict[str, float]:
    """TF-IDF (``(1 + ln tf) * idf``) over the words ``idf`` knows, scaled to length 1."""
    v = {t: (1.0 + math.log(tf)) * idf[t] for t, tf in raw.items() if tf > 0 and t in idf}
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {t: x / norm for t, x in v.items()}


@dataclass(frozen=True)
class TopicModel:
    """A logistic regression over TF-IDF vectors (see the module docstring)."""

    idf: Mapping[str, float] = field(default_factory=dict)
    weights: Mapping[str, float] = field(default_factory=dict)
    bias: float = 0.0

    def _margin_parts(self, page: Page) -> dict[str, float]:
        x = vector(raw_features(page), self.idf)
        return {t: self.weights.get(t, 0.0) * v for t, v in x.items()}

    def probability(self, page: Page) -> float:
        """P(the page is about the topic), from its words."""
        z = self.bias + sum(self._margin_parts(page).values())
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    def parts(self, page: Page, n: int = 8) -> list[tuple[str, float]]:
        """The words that moved the page's probability most, up or down, with their parts of the margin."""
        parts = [(t, v) for t, v in self._margin_parts(page).items() if v]
        return sorted(parts, key=lambda tv: (-abs(tv[1]), tv[0]))[:n]

    def close_to(self, other: "TopicModel", tolerance: float = 1e-4) -> bool:
        """The same model but for the last digits of its numbers (a model written to a file, sums taken in
        another order)."""
        def near(a: Mapping[str, float], b: Mapping[str, float]) -> bool:
            return all(abs(a.get(t, 0.0) - b.get(t, 0.0)) <= tolerance for t in a.keys() | b.keys())

        return (abs(self.bias - other.bias) <= tolerance and self.idf.keys() == other.idf.keys()
                and near(self.idf, other.idf) and near(self.weights, other.weights))

    def to_dict(self) -> dict:
        return {"bias": round(self.bias, 6), "idf": {t: round(v, 5) for t, v in sorted(self.idf.items())},
                "weights": {t: round(v, 6) for t, v in sorted(self.weights.items()) if round(v, 6)}}


def learn(examples: Iterable[tuple[Page, bool]], *, c: float = 10.0, iterations: int = 300) -> TopicModel:
    """A model learned from pages and whether each is about the topic (the idf is theirs; the regression is
    :func:`scan.screen.model.train`'s, ``c`` its inverse penalty). The pages are taken in URL order, so the
    same examples make the same model whatever order they come in."""
    from scan.screen.model import train

    ordered = sorted(examples, key=lambda ex: ex[0].url)
    raws = [raw_features(p) for p, _ in ordered]
    df: dict[str, int] = {}
    for r in raws:
        for t in sorted(r):
            df[t] = df.get(t, 0) + 1
    n = len(raws)
    idf = {t: math.log((1 + n) / (1 + d)) + 1.0 for t, d in sorted(df.items())}
    model = train([vector(r, idf) for r in raws], [int(y) for _, y in ordered], c=c, iterations=iterations)
    return TopicModel(idf, dict(model.weights), model.bias)


def load(path: Path = MODEL_PATH) -> TopicModel:
    """A model as :meth:`TopicModel.to_dict` wrote it."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return TopicModel(data["idf"], data["weights"], float(data["bias"]))


@lru_cache(maxsize=1)
def _shipped() -> TopicModel:
    return load(MODEL_PATH)


def model_for(topic) -> TopicModel | None:
    """The learned model of ``topic``: the built-in topic's, or None (a topic of one's own has none)."""
    from scan.keywords import Topic

    if topic is None or topic != Topic.default() or not MODEL_PATH.exists():
        return None
    return _shipped()
