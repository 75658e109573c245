"""A post's title as APA wants it: its first 20 words, then what it carries.

APA 7 (10.5, social media): the title of a post is its first 20 words; a
URL, a hashtag and an emoji each count as one word; a post that carries an
image, a video or a link preview says so in brackets after the words::

    >>> apa_title("Scientists do not know if having antibodies to the virus that causes #COVID19 can "
    ...           "protect someone from getting infected again. More: https://bit.ly/x", ["image"])
    'Scientists do not know if having antibodies to the virus that causes #COVID19 can protect someone from getting infected again [Image attached]'
    >>> count_words("Thanks 🙏🏽🙏 to #libchat — see https://x.org/a?b=1")
    7
    >>> apa_title("", ["video"])
    '[Video attached]'

Words are runs of text between blanks; inside such a run each emoji
(a whole grapheme cluster: skin tones, ZWJ families and flags are one) is a
word of its own, and what is left of the run around it is a word too, so
``great😀`` is two words. A URL is one word however long. A run with no
letter, digit or emoji (``—``, ``&``, ``-``) is kept in the text but not
counted. The words are cut from the text as written: nothing inside the
first 20 words is changed but blanks (line breaks become spaces), and a
full stop, comma, colon or semicolon at the end is dropped (the reference
puts its own punctuation there), as in APA's examples.

:func:`clean_text` makes a post's text safe to store and print: control
characters go, blanks are collapsed, and anything that reads as an HTML tag
(``<b>``, ``<script>``) gets a zero-width space after its ``<``, so no
reader of the library ever takes a post's text for markup.
"""

from __future__ import annotations

import re

from refs.values.text import strip_controls

__all__ = ["apa_title", "count_words", "clean_text", "MEDIA_NOTES", "TITLE_WORDS"]

TITLE_WORDS = 20
MEDIA_NOTES = {"image": "[Image attached]", "video": "[Video attached]", "audio": "[Audio attached]",
               "link": "[Thumbnail with link attached]"}
_ORDER = ("image", "video", "audio", "link")

_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_BLANK = re.compile(r"\s+")
_TAG = re.compile(r"<(?=[/!?]?[A-Za-z])")
_ZWSP = "\u200b"


_CLUSTER = None  # compiled on first use: regex is imported lazily


def _clusters(text: str) -> list[str]:
    global _CLUSTER
    if _CLUSTER is None:
        import regex  # grapheme clusters and Extended_Pictographic: the re module has neither

        _CLUSTER = regex.compile(r"\X")
    return _CLUSTER.findall(text)


def _is_emoji(cluster: str) -> bool:
    import regex

    return bool(regex.match(r"[\p{Extended_Pictographic}\p{Regional_Indicator}]", cluster)) or "\u20e3" in cluster


def _word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word of ``text`` (see the module docstring)."""
    spans: list[tuple[int, int]] = []
    for run in re.finditer(r"\S+", text):
        start = run.start()
        if _URL.match(run.group()):
            spans.append((start, run.end()))
            continue
        pos = start
        piece_start = None
        for cluster in _clusters(run.group()):
            end = pos + len(cluster)
            if _is_emoji(cluster):
                if piece_start is not None:
                    spans.append((piece_start, pos))
                    piece_start = None
                spans.append((pos, end))
            elif piece_start is None:
                piece_start = pos
            pos = end
        if piece_start is not None:
            spans.append((piece_start, pos))
    return [(a, b) for a, b in spans if _counts(text[a:b])]


def _counts(word: str) -> bool:
    return any(c.isalnum() for c in word) or _is_emoji(word[:8] or " ")


def count_words(text: str) -> int:
    """How many words ``text`` has, as APA counts them."""
    return len(_word_spans(text))


def clean_text(text: str) -> str:
    """``text`` as one safe line: controls dropped, blanks collapsed, tag-like ``<`` defused."""
    text = strip_controls(text or "")
    text = _BLANK.sub(" ", text).strip()
    return _TAG.sub("<" + _ZWSP, text)


def apa_title(text: str, media: list[str] | tuple[str, ...] = ()) -> str:
    """The first :data:`TITLE_WORDS` words of ``text`` and a note for each kind
    of ``media`` it carries (``image``, ``video``, ``audio``, ``link``)."""
    text = clean_text(text)
    spans = _word_spans(text)
    if len(spans) > TITLE_WORDS:
        text = text[: spans[TITLE_WORDS - 1][1]]
    if not _URL.search(text.rsplit(" ", 1)[-1]):
        text = text.rstrip(" .,;:")  # the reference's own punctuation follows ("... again [Image attached]")
    notes = [MEDIA_NOTES[m] for m in _ORDER if m in set(media)]
    return " ".join([p for p in [text.strip(), *notes] if p])
