"""CSL rich text: the little HTML a CSL-JSON string field may carry.

CSL-JSON allows ``<i>``, ``<b>``, ``<sup>``, ``<sub>``,
``<span style="font-variant:small-caps;">`` and ``<span class="nocase">``
inside a field (a species name in italics, a protected proper noun).
Everything else in a field is text, whoever wrote it: a crawled page whose
title is ``<script>alert(1)</script>`` has a title of 30 characters, not a
script. Parsing here is total (unknown or unbalanced tags become text), so
every field reaches the renderer as a safe HTML fragment::

    >>> to_html('How to Find a Mentor on <span class="nocase">Twitter</span>')
    'How to Find a Mentor on <span class="nocase">Twitter</span>'
    >>> to_html('<script>alert("x")</script> & <I>Homo</I>')
    '&lt;script&gt;alert("x")&lt;/script&gt; &amp; <i>Homo</i>'
    >>> plain('How to Find a Mentor on <span class="nocase">Twitter</span>')
    'How to Find a Mentor on Twitter'
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_TOKEN = re.compile(r"<\s*(/?)\s*(i|b|sup|sub|span)\b([^<>]*)>", re.I)
_CANONICAL_SPAN = {
    "nocase": '<span class="nocase">',
    "smallcaps": '<span style="font-variant:small-caps;">',
}


@dataclass(frozen=True)
class Piece:
    """A run of text with its marks (``i``, ``b``, ``sup``, ``sub``,
    ``smallcaps``, ``nocase``)."""

    text: str
    marks: frozenset = frozenset()


def _span_kind(attrs: str) -> str | None:
    a = re.sub(r"\s+", "", attrs.lower())
    if 'class="nocase"' in a or "class='nocase'" in a:
        return "nocase"
    if "font-variant:small-caps" in a:
        return "smallcaps"
    return None


def pieces(value: str) -> list[Piece]:
    """``value`` as text runs with their marks; tags we do not know, and
    closing tags with no opening one, are text."""
    out: list[Piece] = []
    stack: list[str] = []
    pos = 0
    for m in _TOKEN.finditer(value):
        closing, tag, attrs = m.group(1) == "/", m.group(2).lower(), m.group(3)
        kind = tag if tag != "span" else (None if closing else _span_kind(attrs))
        if closing:
            # the innermost open mark of this tag closes
            match = next((i for i in range(len(stack) - 1, -1, -1)
                          if stack[i] == tag or (tag == "span" and stack[i] in ("nocase", "smallcaps"))), None)
            if match is None:
                continue  # stray closing tag: kept as text below
            _text(out, value[pos:m.start()], stack)
            del stack[match]
            pos = m.end()
        elif kind is not None and not attrs.strip().endswith("/"):
            if tag != "span" and attrs.strip():
                continue  # <i onclick=...> is not CSL markup: text
            _text(out, value[pos:m.start()], stack)
            stack.append(kind)
            pos = m.end()
    _text(out, value[pos:], stack)
    return out


def _text(out: list[Piece], text: str, stack: list[str]) -> None:
    if text:
        marks = frozenset(stack)
        if out and out[-1].marks == marks:
            out[-1] = Piece(out[-1].text + text, marks)
        else:
            out.append(Piece(text, marks))


_ORDER = ("nocase", "smallcaps", "b", "i", "sup", "sub")


def render(parts: list[Piece]) -> str:
    """Pieces as a canonical HTML fragment, text escaped."""
    out = []
    for p in parts:
        text = html.escape(p.text, quote=False)
        for mark in reversed([m for m in _ORDER if m in p.marks]):
            opening = _CANONICAL_SPAN.get(mark, f"<{mark}>")
            closing = "</span>" if mark in _CANONICAL_SPAN else f"</{mark}>"
            text = f"{opening}{text}{closing}"
        out.append(text)
    return "".join(out)


def to_html(value) -> str:
    """A field value as a safe HTML fragment (see the module docstring)."""
    text = str(value)
    if "<" not in text:
        return html.escape(text, quote=False)
    return render(pieces(text))


def plain(value) -> str:
    """A field value without its markup, for messages and matching."""
    text = str(value)
    if "<" not in text:
        return text
    return "".join(p.text for p in pieces(text))
