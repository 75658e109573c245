"""APA sentence case for titles.

APA capitalises a work's title like a sentence: the first word, the first
word after a colon, question mark, exclamation mark or dash, and proper
nouns. A BibTeX library or a crawled page usually gives titles in Title
Case, so ``How to Find a Mentor on Twitter`` must become ``How to find a
mentor on Twitter``. What counts as a proper noun, without a dictionary:

- text marked ``<span class="nocase">`` (BibTeX's ``{Braces}`` arrive so);
- acronyms and words with a capital inside (``NASA``, ``COVID-19``,
  ``LinkedIn``, ``iPhone``), and ``I``;
- words a reference text capitalises in mid-sentence (``keep``: the cited
  page's own description, say), a short list of names titles often hold
  (platforms, languages, months, days), and places
  (:mod:`refs.formatting.places`: ``North Korea``, ``Texas``);
- and nothing is lowered in a title that is not in Title Case to begin with
  (``How to find a mentor on Twitter`` is already a sentence: its capitals
  are proper nouns).

    >>> sentence_case("How to Find a Mentor on Twitter")
    'How to find a mentor on Twitter'
    >>> sentence_case("Mentoring Librarians: A Study of NASA and the iPhone")
    'Mentoring librarians: A study of NASA and the iPhone'
    >>> sentence_case('The <span class="nocase">Deep Space</span> Network Explained')
    'The <span class="nocase">Deep Space</span> network explained'
"""

from __future__ import annotations

import re

from refs.formatting.places import PHRASES, WORDS
from refs.formatting.richtext import Piece, pieces, render

# Names a title may hold that no rule above can tell from a common word.
KNOWN_NAMES = frozenset("""
Twitter Facebook Instagram YouTube Google Wikipedia Reddit Mastodon Bluesky Threads LinkedIn TikTok
Pinterest Snapchat WhatsApp Slack Zoom Microsoft Apple Amazon Netflix Spotify Vimeo Medium Substack
Tumblr WordPress Blogger GitHub Zotero Excel Word PowerPoint Android Windows Linux Python R
English French German Spanish Italian Dutch Chinese Japanese Korean Arabic Latin Greek Russian
Portuguese Hindi American Canadian British Australian European African Asian Indigenous Black Latino
Latina Latinx Hispanic Native Muslim Christian Jewish Hindu Buddhist Catholic Protestant
January February April June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
America Europe Africa Asia Australia Canada England Britain Ireland Scotland Wales France Germany
Spain Italy China Japan India Mexico Brazil UK US USA EU UN COVID
""".split())

_SMALL = frozenset("a an and as at but by for from in into nor of on onto or over per so than the to "
                   "up via vs with yet".split())
# Longer prepositions some Title Case conventions (Chicago's, a journal's) leave
# lowercase: "Deep Phenotyping towards Predictive Analytics" is Title Case.
_PREPOSITIONS = frozenset("about above across after against along amid among amongst around before behind "
                          "below beneath beside besides between beyond despite down during except inside "
                          "like near off outside past since through throughout toward towards under "
                          "underneath unlike until upon versus within without".split())
# Months that are also common words ("It May Be Helpful", "The Long March"): a
# name only beside a number ("May 2020", "5 March").
_AMBIGUOUS_MONTHS = frozenset({"May", "March"})
_DATED_MONTH = re.compile(r"\b(May|March)\b(?=\s*,?\s*\d)|(?<=\d)\s+(May|March)\b")
# A dash breaks a title when it is an em dash or stands between spaces; an en dash
# inside a word joins a compound ("face–voice") or a range.
_BREAK = re.compile(r"(?:[:?!.]|\s[-–]|—)\s*$")
# A period after these ends no sentence: "Dr. House", "U.S. sees".
_ABBREVIATIONS = frozenset("dr mr mrs ms st vs etc no vol jr sr prof inc ltd co".split())
# Titles before a name: kept, and so is the name after them ("Dr. House").
_HONORIFICS = frozenset("dr mr mrs ms mx prof sir dame st".split())
# Tokens never recased: URLs, hashtags, mentions, e-mail addresses.
_LITERAL = re.compile(r"\S*(?:://|www\.|@|#)\S*")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.U)


def _significant(words: list[str]) -> list[str]:
    """Words that tell Title Case from a sentence: not short, not small, not
    already a name (acronyms, LinkedIn, iPhone)."""
    return [w for w in words if len(w) >= 4 and w.lower() not in _SMALL and w.lower() not in _PREPOSITIONS
            and not _protected(w, frozenset())]


def is_title_case(text: str) -> bool:
    """Whether every significant word starts with a capital (and there are
    some): ``How to Find a Mentor`` yes, ``How to find a mentor`` no."""
    words = _significant(_WORD.findall(text))
    return bool(words) and all(w[0].isupper() for w in words)


def _protected(word: str, keep: frozenset) -> bool:
    core = word.strip("'’")
    if not core:
        return True
    if core in KNOWN_NAMES or core in WORDS or core in keep or core == "I":
        return True
    if core.endswith("s") and (core[:-1] in KNOWN_NAMES or core[:-1] in WORDS):
        return True  # a people: Latinos, Americans, Canadians
    if len(core) == 1 and core.isupper() and core != "A":
        return True  # Plan B, U.S.
    if len(core) >= 2 and core.isupper():
        return True  # an acronym
    if any(c.isupper() for c in core[1:]):
        return True  # LinkedIn, iPhone, McDonald
    return False


def _lower_word(word: str, keep: frozenset) -> str:
    parts = word.split("-")
    return "-".join(p if _protected(p, keep) else p[:1].lower() + p[1:] for p in parts)


def _upper_first(text: str) -> str:
    for i, c in enumerate(text):
        if c.isalpha():
            return text[:i] + c.upper() + text[i + 1:]
        if c.isdigit():
            return text
    return text


def _breaks(gap: str, previous: str | None) -> bool:
    """Whether the text between two words ends a sentence or a title part."""
    if not _BREAK.search(gap):
        return False
    if gap.strip() == "." and previous is not None and (
            len(previous) == 1 or previous.lower() in _ABBREVIATIONS):
        return False
    return True


def sentence_case(title: str, keep: frozenset | set = frozenset()) -> str:
    """``title`` (CSL rich text) in APA sentence case (see the module
    docstring); nocase spans are left exactly as they are, and so is a
    title that is not in Title Case (or all capitals) to begin with."""
    parts = pieces(title)
    flat = "".join(p.text for p in parts if "nocase" not in p.marks)
    keep = frozenset(keep) | _phrase_words(flat) | _dated_months(flat)
    flat_words = _LITERAL.sub(" ", flat)
    shouting = len(_WORD.findall(flat_words)) >= 3 and flat_words.isupper()
    if not (shouting or is_title_case(flat_words)):
        return render(parts)
    out: list[Piece] = []
    start = True  # the next word starts a sentence
    previous = None
    for p in parts:
        if "nocase" in p.marks:
            out.append(p)
            words = _WORD.findall(p.text)
            if words:
                start = bool(_BREAK.search(p.text))
                previous = words[-1]
            continue
        done = []
        pos = 0
        for token in re.finditer(r"\S+", p.text):
            done.append(p.text[pos:token.start()])
            pos = token.end()
            if token.group(0) in ("-", "–", "—"):
                done.append(token.group(0))
                start = True
                continue
            if _LITERAL.fullmatch(token.group(0)):
                done.append(token.group(0))
                start = False
                continue
            text = token.group(0).lower() if shouting else token.group(0)
            chunk = []
            tpos = 0
            for m in _WORD.finditer(text):
                gap = text[tpos:m.start()]
                if _breaks(gap, previous):
                    start = True
                word = m.group(0)
                if start:
                    word = _upper_first(word)
                elif word.lower() not in _HONORIFICS and not (
                        previous is not None and previous.lower() in _HONORIFICS and gap.strip() in (".", "")):
                    word = _lower_word(word, keep)
                chunk.append(gap + word)
                start = False
                previous = m.group(0)
                tpos = m.end()
            tail = text[tpos:]
            chunk.append(tail)
            done.append("".join(chunk))
            if _breaks(tail + " ", previous) or (not chunk[:-1] and _BREAK.search(text)):
                start = True
        done.append(p.text[pos:])
        out.append(Piece("".join(done), p.marks))
    return render(out)


_PHRASE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, PHRASES), key=len, reverse=True)) + r")\b")


def _phrase_words(text: str) -> frozenset:
    """The words of the place names of several words in ``text`` (``North
    Korea``): kept as written wherever the title holds the whole name."""
    return frozenset(w for m in _PHRASE.finditer(text) for w in m.group(0).split())


def _dated_months(text: str) -> frozenset:
    """``May`` and ``March`` where they stand beside a number: months."""
    return frozenset(m.group(1) or m.group(2) for m in _DATED_MONTH.finditer(text))


def proper_nouns(text: str) -> frozenset:
    """Words ``text`` capitalises in mid-sentence (not after ``.``, ``?``,
    ``!``, ``:`` or at its start): the proper nouns a page itself uses."""
    found = set()
    for sentence in re.split(r"(?<=[.?!:])\s+", text or ""):
        words = _WORD.findall(sentence)
        for w in words[1:]:
            if w[0].isupper() and not w.isupper():
                found.add(w)
    lowered = {w.lower() for w in _WORD.findall(text or "") if w[0].islower()}
    return frozenset(w for w in found if w.lower() not in lowered)
