"""Keywords and themes of a scan's topic, and the compiled matcher that counts them.

A :class:`Topic` is plain data: the keywords, and themes that group keywords
under a name. The built-in topic is the first users' (how professionals use
social media for mentoring); ``scan.toml`` replaces it::

    [keywords]
    list = ["open access", "preprint"]        # or:  keywords = [...]
    [themes]
    "Open science" = ["open access", "preprint"]

    Topic.from_config(["open access", "preprint"], {"Open science": ["open access", "preprint"]})
    Topic.default().with_keywords(["mentor", "twitter"])       # --keywords mentor,twitter

A :class:`Matcher` compiles a topic once per crawl into one case-insensitive
regular expression and counts it in a page's main text::

    m = Matcher(Topic.default())
    hits = m.count("Mentors tweeted; peer-mentoring and e mentoring grew.")
    hits.keywords   -> {"mentor": 1, "tweet": 1, "peer mentoring": 1, "e-mentoring": 1}
    hits.themes     -> {"Peer mentoring": 1, "Twitter with other platforms": 1, ...}

Matching rules
--------------
* Case-insensitive, on word boundaries: ``mentor`` matches "Mentor," but not
  "tormentor" or "mentorX"; ``#libchat`` matches "#LibChat" but not "x#libchat".
* Inflections of a phrase's last word: -s, -es, -ed, -d, -ing, -er(s),
  -ship(s), with a doubled final consonant ("blog" -> "blogging", "blogged",
  "bloggers") and -y turned into -ies, -ied ("online community" -> "online
  communities"); so ``mentor`` counts mentors, mentored, mentoring, mentorship.
* Inside a phrase, words may be joined by spaces, hyphens, dashes or nothing:
  ``e-mentoring`` matches "e-mentoring", "e mentoring" and "ementoring".
* One occurrence counts for one keyword, the most specific one: with both
  ``mentor`` and ``mentoring moments`` in the topic, "mentoring moments"
  counts only for the phrase.

How much a page is worth to the topic is :mod:`scan.rank`'s business: it
reads these counts (per zone of the page) and weighs them over the scan's
collection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Iterable, Mapping

__all__ = ["Topic", "Matcher", "Hits", "DEFAULT_KEYWORDS", "DEFAULT_THEMES"]

DEFAULT_THEMES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "Personal Learning Network": (
        "personal learning network", "PLN", "professional learning network",
        "personal learning environment", "learning network", "connected educator",
        "professional development", "networking",
        # how the field names learning from peers outside courses
        "professional learning", "informal learning", "peer learning", "learning in public",
        "community of practice", "communities of practice", "CPD",
    ),
    "Peer mentoring": (
        "peer mentoring", "peer mentor", "peer support", "co-mentoring", "group mentoring",
        "mentoring circle", "reverse mentoring", "collaborative mentoring", "buddy system", "buddy scheme",
        "peer network",
    ),
    "Mentoring moments": (
        "mentoring moments", "mentoring moment", "micro-mentoring", "flash mentoring",
        "just-in-time mentoring", "informal advice", "career advice",
    ),
    "Formal vs informal mentoring": (
        "formal mentoring", "informal mentoring", "mentoring program", "mentoring programme",
        "mentoring scheme", "mentoring relationship", "mentorship", "mentee", "protege",
        "protégé", "mentor",
        # the idiom: someone further along takes a newcomer under their wing
        "under her wing", "under his wing", "under their wing", "under my wing", "under your wing",
        # ... and shows them how the work is done
        "showed me the ropes", "show me the ropes", "taught me the ropes", "showed her the ropes",
        "showed him the ropes", "showed them the ropes",
        # the same in the field's other languages (Spanish, Portuguese, French)
        "mentoría", "mentoria", "mentorat", "mentora",
    ),
    "Twitter with other platforms": (
        "Twitter", "tweet", "retweet", "hashtag", "Twitter chat", "tweetchat", "#libchat",
        "#uklibchat", "#edchat", "social media", "LinkedIn", "Facebook", "blog", "Instagram",
        "YouTube", "Slack", "Mastodon", "Google Hangouts", "webinar", "chat",
        # the networks librarians meet on since Twitter became X
        "Bluesky", "Discord", "WhatsApp", "Reddit", "TikTok", "social network", "online community",
        "group chat", "listserv", "mailing list", "fediverse", "subreddit", "online group",
        "redes sociales", "redes sociais", "réseaux sociaux",
    ),
    "Finding a mentor": (
        "finding a mentor", "find a mentor", "finding mentors", "seeking a mentor",
        "mentor matching", "mentoring network", "e-mentoring", "telementoring",
        "virtual mentoring", "online mentoring", "distance mentoring",
    ),
})

DEFAULT_KEYWORDS: tuple[str, ...] = (
    "mentor", "mentoring", "mentee", "mentorship", "e-mentoring", "telementoring",
    "peer mentoring", "reverse mentoring", "mentoring moments", "personal learning network",
    "PLN", "Twitter", "tweet", "hashtag", "social media", "professional development",
    "LinkedIn", "Facebook", "blog", "chat", "#libchat",
)

# Suffixes accepted on a phrase's last word ("mentor" -> "mentorship").
_SUFFIXES = r"(?:s|es|ed|d|ing|ings|er|ers|ship|ships)"
# Where a keyword as written breaks into words.
_WORD_BREAK = re.compile(r"[\s\-\u2010-\u2015_]+")
# Between the words of a phrase: spaces, hyphens, dashes, or nothing.
_JOINER = r"[\s\-\u2010-\u2015_/]*"
_VOWELS = "aeiou"


_NOTHING = re.compile(r"(?!)")     # a regex that matches nowhere

# a hashtag: "#" and a word that starts with a letter, not inside a word, a handle or an entity ("&#39;")
_HASHTAG = re.compile(r"(?<![\w#@&])#([^\W\d_]\w*)")


def _hashtag_words(tag: str) -> list[str]:
    """The words of a hashtag, split at underscores, digits and where lower case turns upper
    ("LibraryMentoring" -> Library, Mentoring; "UKLibChat" -> UK, Lib, Chat; "mentoring" -> mentoring)."""
    out: list[str] = []
    for part in re.split(r"[_\d]+", tag):
        word = ""
        for i, ch in enumerate(part):
            nxt = part[i + 1] if i + 1 < len(part) else ""
            if word and ch.isupper() and (word[-1].islower() or (nxt and nxt.islower() and word[-1].isupper())):
                out.append(word)
                word = ""
            word += ch
        if word:
            out.append(word)
    return out


def _squash_blanks(keyword: str) -> str:
    return " ".join(keyword.split())


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for item in items:
        item = _squash_blanks(item)
        if item and item.casefold() not in seen:
            seen[item.casefold()] = item
    return tuple(seen.values())


@dataclass(frozen=True)
class Topic:
    """A topic: keywords, and themes naming groups of keywords.

    Theme keywords need not be in ``keywords``; the matcher counts the union.
    """

    keywords: tuple[str, ...]
    themes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def default(cls) -> "Topic":
        """The built-in topic: mentoring through social media."""
        return cls(DEFAULT_KEYWORDS, dict(DEFAULT_THEMES))

    @classmethod
    def from_config(cls, keywords: list[str] | None, themes: dict[str, list[str]] | None) -> "Topic":
        """From scan.toml's parsed ``[keywords]``/``[themes]``; each given part
        replaces the default one, a missing part (None) keeps the default::

            Topic.from_config(["preprint"], None).themes == Topic.default().themes
            Topic.from_config(["preprint"], {}).themes == {}
        """
        base = cls.default()
        kws = _unique(keywords) if keywords is not None else base.keywords
        th = ({name: _unique(words) for name, words in themes.items()}
              if themes is not None else dict(base.themes))
        return cls(kws, th)

    def with_keywords(self, keywords: list[str]) -> "Topic":
        """The ``--keywords a,b,c`` override: these keywords replace the list;
        themes stay, so theme counts still show."""
        return Topic(_unique(keywords), dict(self.themes))

    def all_keywords(self) -> tuple[str, ...]:
        """Keywords then theme keywords, each once (case-insensitively)."""
        return _unique([*self.keywords, *(w for words in self.themes.values() for w in words)])


@dataclass(frozen=True)
class Hits:
    """Keyword counts of one text.

    ``keywords`` maps a keyword (as the topic spells it) to its count, only
    keywords found; ``themes`` maps every theme with at least one hit to the
    sum of its keywords' counts; ``words`` is the text's word count.
    """

    keywords: dict[str, int]
    themes: dict[str, int]
    words: int

    @property
    def total(self) -> int:
        return sum(self.keywords.values())

    def to_dict(self) -> dict:
        return {"keywords": dict(self.keywords), "themes": dict(self.themes), "words": self.words}


def _word_pattern(word: str, last: bool) -> str:
    """One word of a keyword as a regex; the last word takes inflections."""
    esc = re.escape(word)
    if not last or not word[-1:].isalpha():
        return esc
    if word.isupper() and len(word) <= 5:      # acronyms: PLN, PLNs
        return esc + "s?"
    low = word.lower()
    if low.endswith("ing") and len(low) > 5:   # "mentoring" -> mentorings
        return esc + "s?"
    if low.endswith("e"):                       # "mentee" -> mentees; "share" -> sharing
        return f"(?:{esc}{_SUFFIXES}?|{re.escape(word[:-1])}(?:ing|ings|ed|er|ers))"
    if len(low) >= 3 and low[-1] == "y" and low[-2] not in _VOWELS:
        # consonant + y: community -> communities, study -> studied; the -y forms as any word's
        return f"(?:{esc}{_SUFFIXES}?|{re.escape(word[:-1])}(?:ies|ied))"
    if (len(low) >= 3 and low[-1] not in _VOWELS + "wxy" and low[-2] in _VOWELS
            and low[-3] not in _VOWELS and len(low) <= 4):
        # short consonant-vowel-consonant words double the consonant: blog -> blogging
        return f"{esc}(?:{re.escape(word[-1])}?(?:ing|ings|ed|er|ers)|s|es|ship|ships)?"
    return esc + _SUFFIXES + "?"


def _words(keyword: str) -> list[str]:
    """The words of a keyword, as written between blanks, hyphens, dashes and underscores."""
    return [w for w in _WORD_BREAK.split(keyword) if w]


def keyword_pattern(keyword: str) -> str:
    """The regex of one keyword (without the outer boundaries)::

        keyword_pattern("e-mentoring") matches "e mentoring", "e-mentoring", "ementoring"
    """
    words = _words(keyword)
    if not words:
        return ""
    parts = [_word_pattern(w, i == len(words) - 1) for i, w in enumerate(words)]
    return _JOINER.join(parts)


def _first_char(keyword: str) -> str | None:
    """The character every match of the keyword's pattern starts with, lower-cased, where it is an ASCII one
    (ignoring case, an ASCII letter matches its other case and, for i, k and s, "İ", "ı", the Kelvin sign and
    "ſ", none of which matches another ASCII letter); else None."""
    words = _words(keyword)
    if not words or not words[0][0].isascii() or (len(words) == 1 and words[0].lower() == "e"):
        return None                      # a lone "e" also matches "ing", "ed" (see _word_pattern)
    return words[0][0].lower()


def _by_first_char(alternatives: list[tuple[str | None, str]]) -> str:
    """The alternation of ``alternatives`` (first character, pattern) in their order, as alternations of those
    that start with one character, each behind a lookahead for it: at each word of a text the regex engine
    then tries the few keywords that can start there, not all of them, and finds the same match (no
    character starts two groups, and each group keeps the keywords' order). A plain alternation where
    one keyword's first character is not certain."""
    if any(first is None for first, _ in alternatives):
        return "|".join(pat for _, pat in alternatives)
    groups: dict[str, list[str]] = {}
    for first, pat in alternatives:
        groups.setdefault(first, []).append(pat)
    return "|".join(f"(?={re.escape(first)})(?:{'|'.join(pats)})" for first, pats in groups.items())


def _hashtag_pattern(keyword: str) -> str:
    """The regex of a keyword among a hashtag's words: its own words split as a hashtag's are ("LinkedIn" as
    "Linked In", which also matches "linkedin", the joiner between words being optional)."""
    return keyword_pattern(" ".join(part for w in _words(keyword) for part in _hashtag_words(w)))


def _alternation(keywords: tuple[str, ...], names: Mapping[str, str], pattern) -> "re.Pattern | None":
    """One regex of every keyword named in ``names`` (``k{i}`` for ``keywords[i]``), as ``pattern`` makes
    each, most specific first (more words, then longer), each in its named group."""
    order = sorted(range(len(keywords)), key=lambda i: (-len(keywords[i].split()), -len(keywords[i])))
    pats = {i: pattern(keywords[i]) for i in order if f"k{i}" in names}
    alternatives = [(_first_char(keywords[i]), f"(?P<k{i}>{pats[i]})") for i in order if pats.get(i)]
    # Lookarounds, not \b, so that "#libchat" has boundaries too.
    return (re.compile(r"(?<![\w#@])(?:" + _by_first_char(alternatives) + r")(?![\w])", re.IGNORECASE)
            if alternatives else None)


class Matcher:
    """A topic compiled once; :meth:`count` runs on every page of a crawl.

    The regex is one alternation of every keyword, most specific first (more
    words, then longer), each in a named group so a match names its keyword.
    """

    def __init__(self, topic: Topic):
        self.topic = topic
        keywords = topic.all_keywords()
        self._names: dict[str, str] = {f"k{i}": kw for i, kw in enumerate(keywords) if keyword_pattern(kw)}
        self._regex = _alternation(keywords, self._names, keyword_pattern)
        self._hashtag_regex: re.Pattern | None = None   # compiled at the first hashtag (see _count_hashtags)
        folded = {k.casefold(): k for k in keywords}
        self._themes = {name: tuple(folded[_squash_blanks(w).casefold()] for w in words
                                    if _squash_blanks(w).casefold() in folded)
                        for name, words in topic.themes.items()}

    def themes_of(self, counts: Mapping[str, int]) -> dict[str, int]:
        """Per theme, the sum of its keywords' ``counts`` (themes with none left out)."""
        themes: dict[str, int] = {}
        for name, kws in self._themes.items():
            n = sum(counts.get(k, 0) for k in kws)
            if n:
                themes[name] = n
        return themes

    def count(self, text: str, starts: list[int] | None = None) -> Hits:
        """Count keywords and themes in ``text`` (and, when ``starts`` is
        given, append where each occurrence starts to it)::

            Matcher(Topic.from_config(["mentor"], {})).count("Mentors mentor.").keywords
            -> {"mentor": 2}
        """
        words = len(text.split())
        counts: dict[str, int] = {}
        first = len(starts) if starts is not None else 0
        if self._regex is not None and text:
            names = self._names
            matched: set[int] = set()
            for m in self._regex.finditer(text):
                kw = names[m.lastgroup]
                counts[kw] = counts.get(kw, 0) + 1
                matched.add(m.start())
                if starts is not None:
                    starts.append(m.start())
            if "#" in text:
                self._count_hashtags(text, matched, counts, starts)
                if starts is not None:
                    starts[first:] = sorted(starts[first:])     # in the text's order, as they are read
        return Hits(counts, self.themes_of(counts), words)

    def _count_hashtags(self, text: str, matched: set[int], counts: dict[str, int], starts: list[int] | None) -> None:
        """A hashtag that is no keyword of its own counts as its words, split where its case changes
        ("#LibraryMentoring" as "Library Mentoring", "#mentoring" as "mentoring"): a post names its
        subject by hashtags. A handle ("@mentor") does not count."""
        names = self._names
        if self._hashtag_regex is None:     # (a topic whose keywords are all digits has none: it matches nothing)
            self._hashtag_regex = _alternation(self.topic.all_keywords(), names, _hashtag_pattern) or _NOTHING
        for h in _HASHTAG.finditer(text):
            if h.start() in matched:
                continue                  # a keyword of its own ("#libchat")
            for m in self._hashtag_regex.finditer(" ".join(_hashtag_words(h.group(1)))):
                kw = names[m.lastgroup]
                counts[kw] = counts.get(kw, 0) + 1
                if starts is not None:
                    starts.append(h.start())
