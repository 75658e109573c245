"""Content words of a text, for the screening model (:mod:`scan.screen.model`).

A page's text is not kept after the crawl; its most frequent content words
are (``Page.terms``), so that a model trained on screening decisions can
read every page::

    content_terms("Mentors and mentees met on Twitter; the mentors tweeted.")
    -> {"mentors": 2, "mentees": 1, "met": 1, "twitter": 1, "tweeted": 1}

Words are lower-cased runs of letters (any script), digits and inner
hyphens or apostrophes, of two characters or more, without common English,
German, French and Spanish function words; numbers alone are left out.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["content_terms", "words_of", "STOPWORDS"]

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?", re.UNICODE)

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he
her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
now of off on once only or other our ours ourselves out over own same she should so some such than that the
their theirs them themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves one two may might
must shall us it's i'm don't can't won't isn't also via per etc
der die das und ist im den dem des ein eine einer eines zu mit von auf für nicht sich auch als bei
le la les et est un une des du en pour dans que qui sur par pas au aux ce cette
el los las y es un una del en por con para que se su al lo como
""".split())


def words_of(text: str) -> list[str]:
    """The words of ``text``, lower-cased, stopwords kept."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text or "")]


def content_terms(text: str, *, limit: int = 60) -> dict[str, int]:
    """The ``limit`` most frequent content words of ``text`` with their
    counts (ties: first seen first)."""
    counts = Counter(w for w in words_of(text) if len(w) > 1 and w not in STOPWORDS)
    return dict(counts.most_common(limit))
