"""Relevance: what each page of a scan is worth to the topic, and why.

Relevance is retrieval over the scan's own collection. Each theme of the
topic is a query (keywords in no theme form one more, "Other keywords"; a
topic without themes is one query). A page is scored on its *own* main
text (navigation, sidebars, comments and the teasers a listing shows of
other pages left out; a discussion thread's replies are its text), in three zones counted apart by extraction: the
title, the headings, the rest.

For each keyword ``q`` of a query, on a page (BM25F, with the collection's
term weights)::

    tf(q)   = 3 * in_title + 2 * in_headings + in_body
    K       = k1 * (1 - b + b * words / L)                 k1 = 1.2, b = 0.5, L = 600 words
    w(q)    = phrase(q) * clamp(idf(q) / ln 10, 1, 2.5)
    idf(q)  = ln((N + M) / (df(q) + M * p0(q)))            M = 20 pages
    s(q)    = w(q) * tf (k1 + 1) / (tf + K)

``N`` is the number of pages of the scan that carry the topic (at least
one keyword in their own text or title) and ``df(q)`` how many of them
carry ``q``; ``p0(q)`` (0.25 for a word, 0.08 for a two-word phrase, 0.03
for longer ones) is how common a keyword is taken to be before the scan has
seen any page, worth ``M`` pages of evidence: while the crawl runs, and in a
small scan, the weights are mostly this prior (a word's, ln 4 / ln 10 = 0.6,
is under the floor below: a word weighs 1 until the collection shows it
rare; a phrase's is 1.1 and 1.5 before ``phrase(q)``). A keyword found on one page
in ten of the collection, or on more, weighs 1: a focused crawl gathers
pages about its topic, so the topic's own words are common in its
collection by construction, and being common there is no evidence against
them ("mentor" on most pages of a scan about mentoring). A rarer one weighs
more, up to 2.5. ``phrase(q)`` is 1 for a word, 1.5 for a two-word phrase, 2 for
longer ones: phrases count more than words, the title and headings more
than the body, and a keyword's occurrences saturate (the tenth mention adds
little) while a longer text needs more of them (``K``).

Per query (theme) ``t``, and for the page::

    S(t)    = sum of s(q) over the theme's keywords
    T(t)    = 1 - exp(-S(t) / 2)                           how fully the page covers the theme (0-1)
    R       = sum of T(t) over the queries
    F       = topic_words / words                          how much of the page is about the topic (0-1)
    D       = min(1, words / 80) ** 2                      how much there is to read (0-1)
    score   = 100 * kind * D * F ** 0.3 * (1 - exp(-R / A))   A = max(1, queries / 7) * 0.8 / ln 2.5

so covering several themes beats repeating one. ``F`` (the focus) is the
part of the page's own text, in words, that is in blocks (paragraphs,
lines) carrying a keyword: a round-up whose two paragraphs of five are about
the topic may cover its themes as fully as a post about it throughout, and
ranks below it (``F ** 0.3`` = 0.76: it weighs the score, not ``R``, so a
round-up's many themes cannot saturate it away); a page a third about the
topic keeps 72 % of its score, a passing mention in one paragraph of ten
half (``F`` is 1 where unknown: older scans, posts read through their platform). ``D`` (the
substance) weighs a page with little of its own to read: an announcement of
a webinar or a Twitter chat in two sentences, an event's date and place, a
profile's two lines are all topic words, and without ``D`` they outrank the
posts they announce; a text of 80 words or more (a short post's two
paragraphs) reads in full (``D`` 1), one of 40 words counts a quarter.
Social posts, journal articles (whose page may show only the abstract) and
documents are works whatever their page's length (``D`` 1); a document (a PDF, not read) is scored by the link that led to it, its text as the title and its sentence as the body (:mod:`scan.extract.documents`). ``kind`` is 1 for the
kinds one cites (articles, journal articles, posts, documents), 0.4 for
pages that lead to works rather than being one (home, about, contact,
category, tag, search, listing, profile), 0 for errors.

A work that a work about the topic cites (links from its own text: a
post's "see also", an article's reference) is more likely about it too, as
a review snowballs from the works it includes: in :func:`rank`, a work
(of a cited kind, with at least one keyword) linked so by a work scoring
60 or more (before this step, so no page lifts itself or another in turn)
has its ``R`` multiplied by 1.5 when one of those works is on another
site, by 1.1 when all are on its own site (a blog's links to its own posts
are also its navigation). A citation strengthens what a page says of the
topic; it says nothing on its own: a page without a keyword stays at 0,
and a document not read is not cited by the link it was read by, nor by the record
whose full text it is.

Then feedback, the scan's own examples read as a reviewer's decisions are
(:func:`feedback`): the works scoring 80 or more are taken to be about the
topic, those with a keyword scoring under 35 about other things, and a
logistic regression on their words (TF-IDF, :mod:`scan.screen.model`)
gives each work in between the probability ``p`` that it reads like the
first. Its ``R`` is multiplied by ``1 - 0.6 + 1.2 p`` (0.4 to 1.6; 1 at
even odds): a post that names the topic once among words the scan's posts
about it use (an early-career archivist's questions answered online) rises,
one that shares its keywords with the scan's off-topic pages (teen
mentoring, mentor texts in a writing class) falls. A scan with fewer than
three examples of either side has no feedback; pages without a keyword play
no part, so they still change nothing.

The scale (0-100) means the same in every scan of a topic of up to seven
themes: a page that covers most of one theme (``R`` = 0.8) scores 60, one
that covers it fully 68, so 60 and more is a page about the topic (the posts
of the labelled test web that are about it score 98-100, those about it in
good part 68-93); 30-60 a page that treats it in part or uses a few of its
words in passing (an off-topic post that says "blog" and "Facebook" scores
up to about 46); about 30 and under a passing mention (one keyword in one
paragraph of four scores 29-30 on the labelled web; one "mentor" in a
paragraph of 100 words of a 1,500-word page 13, or 29 where the page's
focus is unknown); 0 no keyword at all. A topic with more themes needs more of them for the same
score (``A`` grows with the number of queries). Pages without any keyword do
not count in ``N``, so adding pages that have nothing to do with the topic
changes no score and no rank.

While the crawl runs, each page is scored as it comes with the prior
weights (``N`` = 0: the ``score`` of ``scan crawl --json``), and
its ``topical`` score, which counts the teasers too and leaves the kind out,
decides whether its links are followed (a category page of on-topic posts is
a good way on, not a good reference). ``scan pages``, ``scan cite``,
``scan screen`` and ``scan report`` rescore the whole collection with its
weights (:func:`rank`); :func:`explain` shows where a score comes from.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from scan.page import CITABLE_KINDS, Page

__all__ = ["Settings", "Weights", "Query", "queries_of", "weights_for", "relevance", "score_of", "topical_of",
           "rank", "explain", "kind_factor", "focus_of", "substance_of", "citing_works", "citation_factor",
           "feedback", "feedback_factor"]

OTHER = "Other keywords"


@dataclass(frozen=True)
class Settings:
    """The constants of the module docstring's formulas."""

    k1: float = 1.2
    b: float = 0.5
    length: float = 600.0                  # L: words of a typical post
    zone_weights: tuple[float, float, float] = (3.0, 2.0, 1.0)   # title, headings, body
    prior_pages: float = 20.0              # M
    priors: tuple[float, float, float] = (0.25, 0.08, 0.03)      # p0 for 1, 2, 3+ words
    phrase: tuple[float, float, float] = (1.0, 1.5, 2.0)
    weight_range: tuple[float, float] = (1.0, 2.5)
    theme_scale: float = 2.0               # S at which a theme is 63 % covered
    anchor_queries: float = 7.0            # A = max(1, queries / this) * anchor_base
    anchor_base: float = 0.8 / math.log(2.5)  # so that R = 0.8 scores 60
    other_kinds: float = 0.4               # the kind factor of pages one does not cite
    focus_power: float = 0.3               # the score is weighed by F ** this
    substance_words: float = 80.0          # D = min(1, words / this) ** substance_power
    substance_power: float = 2.0
    cited_min: float = 60.0                # a work that scores this is about the topic: the works it links are cited
    cited_other: float = 1.5               # R is multiplied by this for a work cited so from another site
    cited_same: float = 1.1                # ... and by this for one cited only from its own site
    feedback_high: float = 80.0            # works scoring this are the scan's own examples of the topic
    feedback_low: float = 35.0             # works with a keyword scoring under this, its examples of other things
    feedback_weight: float = 0.6           # lambda: R of a work in between times 1 - lambda + 2 lambda p
    feedback_min: int = 3                  # examples of each the model needs
    feedback_max: int = 200                # examples of each it reads at most (the best-scoring)


DEFAULT = Settings()


@dataclass(frozen=True)
class Query:
    name: str
    keywords: tuple[str, ...]


def queries_of(topic) -> tuple[Query, ...]:
    """The topic's queries: its themes, and its keywords in no theme as one more."""
    folded = {k.casefold(): k for k in topic.all_keywords()}
    out, used = [], set()
    for name, words in topic.themes.items():
        kws = tuple(dict.fromkeys(folded[w.casefold()] for w in (" ".join(x.split()) for x in words)
                                  if w.casefold() in folded))
        if kws:
            out.append(Query(name, kws))
            used.update(k.casefold() for k in kws)
    rest = tuple(k for k in topic.all_keywords() if k.casefold() not in used)
    if rest:
        out.append(Query(OTHER if out else "Keywords", rest))
    return tuple(out)


@dataclass(frozen=True)
class Weights:
    """Term weights of a collection: ``n`` pages that carry the topic, and
    per keyword ``df`` of them that carry it. ``Weights()`` is the prior."""

    n: int = 0
    df: Mapping[str, int] = field(default_factory=dict)
    settings: Settings = DEFAULT

    def idf(self, keyword: str) -> float:
        s = self.settings
        p0 = s.priors[min(len(keyword.split()), 3) - 1]
        return math.log((self.n + s.prior_pages) / (self.df.get(keyword, 0) + s.prior_pages * p0))

    def weight(self, keyword: str) -> float:
        s = self.settings
        lo, hi = s.weight_range
        return s.phrase[min(len(keyword.split()), 3) - 1] * min(hi, max(lo, self.idf(keyword) / math.log(10)))


def _carries(page: Page) -> bool:
    return bool(page.zones or page.hits)


def _zones(page: Page) -> Mapping[str, tuple[int, int, int]]:
    """The page's keyword counts by zone (an older scan's hits count as body)."""
    if page.zones:
        return page.zones
    return {k: (0, 0, n) for k, n in page.hits.items()}


def weights_for(pages: Iterable[Page], settings: Settings = DEFAULT) -> Weights:
    """The collection's weights: pages that carry the topic, and per keyword how many carry it."""
    n, df = 0, {}
    for p in pages:
        if not _carries(p) or p.error:
            continue
        n += 1
        for k, z in _zones(p).items():
            if any(z):
                df[k] = df.get(k, 0) + 1
    return Weights(n, df, settings)


@dataclass(frozen=True)
class Relevance:
    """Where a page's relevance comes from: ``R`` and, per query, ``S``,
    ``T`` and each keyword's part (``terms``: keyword -> (tf, weight, s))."""

    r: float
    k: float
    themes: tuple[tuple[str, float, float, tuple[tuple[str, float, float, float], ...]], ...]


def relevance(zones: Mapping[str, tuple[int, int, int]], words: int, queries: tuple[Query, ...],
              weights: Weights) -> Relevance:
    s = weights.settings
    k = s.k1 * (1 - s.b + s.b * words / s.length)
    wt, wh, wb = s.zone_weights
    themes, r = [], 0.0
    for q in queries:
        terms, total = [], 0.0
        for kw in q.keywords:
            z = zones.get(kw)
            if not z:
                continue
            tf = wt * z[0] + wh * z[1] + wb * z[2]
            if tf <= 0:
                continue
            w = weights.weight(kw)
            part = w * tf * (s.k1 + 1) / (tf + k)
            terms.append((kw, tf, w, part))
            total += part
        cover = 1 - math.exp(-total / s.theme_scale)
        r += cover
        themes.append((q.name, total, cover, tuple(sorted(terms, key=lambda t: -t[3]))))
    return Relevance(r, k, tuple(themes))


def kind_factor(kind: str | None, settings: Settings = DEFAULT) -> float:
    if kind == "error":
        return 0.0
    if kind is None or kind in CITABLE_KINDS:
        return 1.0
    return settings.other_kinds


def _anchor(queries: tuple[Query, ...], settings: Settings) -> float:
    return max(1.0, len(queries) / settings.anchor_queries) * settings.anchor_base


def _scaled(r: float, queries: tuple[Query, ...], settings: Settings) -> float:
    return 100.0 * (1 - math.exp(-r / _anchor(queries, settings)))


def focus_of(page: Page) -> float:
    """``F``: the part of the page's own words in blocks that carry the topic (1 when unknown)."""
    if page.topic_words is None or page.words <= 0:
        return 1.0
    return min(1.0, max(0.0, page.topic_words / page.words))


# works whatever their page's length: a social post is short by nature, a journal article's page may show only
# its abstract, a document's text is not read
_WHOLE_WORKS = ("post", "journal-article", "document")


def substance_of(page: Page, settings: Settings = DEFAULT) -> float:
    """``D``: how much the page has of its own to read (1 from ``substance_words`` words; 1 for the kinds of
    :data:`_WHOLE_WORKS`, and for a page of an older scan, without a kind)."""
    if page.kind is None or page.kind in _WHOLE_WORKS:
        return 1.0
    return min(1.0, max(0, page.words) / settings.substance_words) ** settings.substance_power


def score_of(page: Page, queries: tuple[Query, ...], weights: Weights, *, boost: float = 1.0) -> float:
    """The page's score (0-100, one decimal) under these weights; ``boost``
    multiplies its ``R`` (the collection's evidence: :func:`rank`)."""
    if page.error or page.kind == "error":
        return 0.0
    s = weights.settings
    rel = relevance(_zones(page), page.words, queries, weights)
    return round(kind_factor(page.kind, s) * substance_of(page, s) * focus_of(page) ** s.focus_power
                 * _scaled(rel.r * boost, queries, s), 1)


def _loose(url: str) -> str:
    """A URL's host (lower case, without "www." and a default port) and path
    (without a final "/"): cheap, and the same for every form of one address
    that canonicalisation would make equal (query and fragment aside)."""
    rest = url.split("#", 1)[0].split("?", 1)[0]
    i = rest.find("://")
    host, _, path = (rest[i + 3:] if i >= 0 else rest).partition("/")
    host = host.lower().removeprefix("www.")
    for port in (":80", ":443"):
        host = host.removesuffix(port)
    return host + "/" + path.rstrip("/")


def citing_works(pages: Iterable[Page], scores: Mapping[str, float], settings: Settings = DEFAULT) -> dict[str, list[str]]:
    """By a stored page's URL, the works about the topic (citable kinds
    scoring ``cited_min`` in ``scores``) whose own text links it, at its
    address or at another of its own: its final or canonical URL, or an
    address that redirects to it. Each link is canonicalised once, and only
    where a stored page is near."""
    from refs.values.urls import canonical

    pages = list(pages)
    owner: dict[str, str] = {}           # any address of a stored page -> the page's URL
    for p in pages:
        if not p.error and p.kind != "error":
            for u in (p.url, p.final_url, p.canonical_url):
                if u:
                    owner.setdefault(u, p.url)
    for p in pages:                      # a redirect whose target is scanned as a page of its own
        if p.redirect_stopped and p.final_url in owner:
            owner.setdefault(p.url, owner[p.final_url])
    near = {_loose(u) for u in owner}
    by_url = {p.url: p for p in pages}
    seen: dict[str, str | None] = {}
    out: dict[str, list[str]] = {}
    for p in pages:
        if p.error or p.kind not in CITABLE_KINDS or scores.get(p.url, 0.0) < settings.cited_min:
            continue
        for link in dict.fromkeys(p.links):
            u = owner.get(link)
            if u is None:
                if link not in seen:
                    # canonical() only where a stored page is near: most links lead off the scan
                    c = canonical(link) if _loose(link) in near else None
                    seen[link] = owner.get(c) if c else None
                u = seen[link]
            if u is not None and u != p.url and p.url not in out.get(u, ()) and not _full_text(by_url[u], p):
                out.setdefault(u, []).append(p.url)
    return out


def _full_text(document: Page, record: Page) -> bool:
    """Is ``document`` the full text of ``record``'s work (a journal article's PDF, read as its page says:
    :func:`scan.extract.documents.full_text_of`)? A work's page does not cite its own full text."""
    return document.kind == "document" and bool(document.title) and document.title == record.title \
        and document.doi == record.doi and document.authors == record.authors


def citation_factor(page: Page, citing: Mapping[str, list[str]], settings: Settings = DEFAULT) -> tuple[float, list[str]]:
    """What multiplies a work's ``R`` for the works about the topic that cite
    it (link it from their own text), and which they are: ``cited_other``
    when one is on another site, ``cited_same`` when all are on its own,
    1 for none (and for a page that is not a work, or has no keyword: a
    citation strengthens what a page says of the topic, it says nothing of
    its own)."""
    from refs.values.urls import site_host

    if page.kind not in CITABLE_KINDS or not _carries(page):
        return 1.0, []
    by = list(citing.get(page.url, []))
    if page.kind == "document" and "html" not in (page.content_type or "").lower():
        # a document not read is read by the link that led to it (scan.extract.documents): that link is its
        # words already, no citation besides
        by = [u for u in by if u != page.found_on]
    if not by:
        return 1.0, []
    site = site_host(page.url)
    other = any(site_host(u) != site for u in by)
    return (settings.cited_other if other else settings.cited_same), by


def topical_of(page: Page, teasers: Mapping[str, int], teaser_words: int, queries: tuple[Query, ...],
               weights: Weights) -> float:
    """How much all of the page's main content, teasers of other pages
    included, is about the topic (0-100; its kind left out): what decides
    whether the crawl follows its links."""
    if page.error:
        return 0.0
    zones = dict(_zones(page))
    for k, n in teasers.items():
        t, h, b = zones.get(k, (0, 0, 0))
        zones[k] = (t, h, b + n)
    rel = relevance(zones, page.words + teaser_words, queries, weights)
    return round(_scaled(rel.r, queries, weights.settings), 1)


def feedback(pages: list[Page], scores: Mapping[str, float], settings: Settings = DEFAULT) -> dict[str, float]:
    """By URL, for each work (with a keyword) scoring between ``feedback_low``
    and ``feedback_high``, the probability that it is about the topic as the
    scan's own examples show it: a logistic regression on the words of the
    works scoring ``feedback_high`` or more (about the topic) and of those
    with a keyword scoring under ``feedback_low`` (about other things), as
    :mod:`scan.screen.model` learns from a reviewer's decisions. Empty when
    the scan has fewer than ``feedback_min`` examples of either."""
    works = [p for p in pages if p.kind in CITABLE_KINDS and not p.error and _carries(p)]
    best = sorted(works, key=lambda p: (-scores[p.url], p.url))
    about = [p for p in best if scores[p.url] >= settings.feedback_high][:settings.feedback_max]
    other = [p for p in best if scores[p.url] < settings.feedback_low][:settings.feedback_max]
    between = [p for p in works if settings.feedback_low <= scores[p.url] < settings.feedback_high]
    if len(about) < settings.feedback_min or len(other) < settings.feedback_min or not between:
        return {}
    from scan.screen.model import featurise, train

    read = about + other + between
    xs = featurise(read, extras=False)
    model = train(xs[:len(about) + len(other)], [1] * len(about) + [0] * len(other))
    return {p.url: model.probability(x) for p, x in zip(between, xs[len(about) + len(other):])}


def _evidence(pages: list[Page], queries: tuple[Query, ...], weights: Weights, settings: Settings
              ) -> tuple[dict[str, tuple[float, list[str], float | None]], dict[str, float]]:
    """By URL, what the collection says of each page beyond its own words: the
    citation factor and the citing works (:func:`citation_factor`), and the
    feedback's probability (:func:`feedback`; None outside its band); and the
    scores with the citations (each page scored once, again only where a
    citation changes it)."""
    first = {p.url: score_of(p, queries, weights) for p in pages}
    citing = citing_works(pages, first, settings)
    out, cited = {}, {}
    for p in pages:
        factor, by = citation_factor(p, citing, settings)
        out[p.url] = (factor, by, None)
        cited[p.url] = first[p.url] if factor == 1.0 else score_of(p, queries, weights, boost=factor)
    for url, prob in feedback(pages, cited, settings).items():
        out[url] = (out[url][0], out[url][1], prob)
    return out, cited


def feedback_factor(prob: float | None, settings: Settings = DEFAULT) -> float:
    """What multiplies ``R`` for the feedback's probability: 1 at 0.5 (or none), 1 - lambda at 0, 1 + lambda at 1."""
    if prob is None:
        return 1.0
    lam = settings.feedback_weight
    return 1.0 - lam + 2.0 * lam * prob


def rank(pages: Iterable[Page], topic, settings: Settings = DEFAULT) -> list[Page]:
    """The pages rescored with the whole collection's weights and evidence
    (citations, feedback), best first (score, then shallower, then URL)."""
    pages = list(pages)
    queries = queries_of(topic)
    weights = weights_for(pages, settings)
    evidence, cited_scores = _evidence(pages, queries, weights, settings)
    scored = []
    for p in pages:
        cited, _, prob = evidence[p.url]
        reads = feedback_factor(prob, settings)
        score = cited_scores[p.url] if reads == 1.0 else score_of(p, queries, weights, boost=cited * reads)
        scored.append(p.with_(score=score))
    return sorted(scored, key=lambda p: (-p.score, p.depth, p.url))


def explain(page: Page, pages: Iterable[Page], topic, settings: Settings = DEFAULT) -> dict:
    """Where the page's score comes from, in the collection ``pages``: its
    kind and factor, its words and ``K``, per query ``S`` and ``T``, per
    keyword the zones, ``tf``, ``df``, weight and part (JSON-able)."""
    pages = list(pages)
    queries = queries_of(topic)
    weights = weights_for(pages, settings)
    zones = _zones(page)
    rel = relevance(zones, page.words, queries, weights)
    factor = 0.0 if page.error else kind_factor(page.kind, settings)
    cited, by, prob = _evidence(pages, queries, weights, settings)[0].get(page.url, (1.0, [], None))
    reads = feedback_factor(prob, settings)
    return {
        "id": page.id, "url": page.url, "title": page.title,
        "score": score_of(page, queries, weights, boost=cited * reads), "topical": page.topical,
        "cited": cited, "cited_by": by, "feedback": None if prob is None else round(prob, 3),
        "feedback_factor": round(reads, 3),
        "kind": page.kind, "kind_reason": page.kind_reason, "kind_factor": factor, "error": page.error,
        "words": page.words, "topic_words": page.topic_words, "focus": round(focus_of(page), 3),
        "focus_power": settings.focus_power, "substance": round(substance_of(page, settings), 3),
        "k": round(rel.k, 3), "r": round(rel.r * cited * reads, 3), "r_own": round(rel.r, 3),
        "anchor": round(_anchor(queries, settings), 3), "pages_with_topic": weights.n,
        "themes": [{"theme": name, "s": round(total, 3), "t": round(cover, 3),
                    "terms": [{"term": kw, "title": zones[kw][0], "headings": zones[kw][1], "body": zones[kw][2],
                               "tf": tf, "df": weights.df.get(kw, 0), "weight": round(w, 3), "part": round(part, 3)}
                              for kw, tf, w, part in terms]}
                   for name, total, cover, terms in rel.themes],
    }
