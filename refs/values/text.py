"""Characters that text from elsewhere (a web page, a post, a .bib file) must
not carry into what we store or show: control characters, and the Unicode
formatting characters that change the direction of the text after them.

A page title with U+202E (RIGHT-TO-LEFT OVERRIDE) shows the reference's URL
after it reversed, in a terminal, an editor or an HTML list (the "Trojan
Source" trick); ``ESC [`` sequences recolour or clear a terminal and
``ESC ]`` ones retitle it.

    >>> strip_controls("Mentoring\\x07 \\u202etxt.exe\\u202c\\ttips")
    'Mentoring txt.exe\\ttips'
    >>> show_controls("Hello \\x1b[31mred\\u202e")
    'Hello \\\\x1b[31mred\\\\u202e'

Tab, line feed and carriage return are text, not controls, here; the marks
that only say which way a word runs (U+200E, U+200F) go too, as they do from
a post's title (:mod:`refs.social.title`).
"""

from __future__ import annotations

import re

__all__ = ["CONTROLS", "strip_controls", "show_controls"]

# C0 but tab, LF and CR; DEL and C1; LRM/RLM; the embeddings, overrides and isolates.
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def strip_controls(text: str) -> str:
    """``text`` without :data:`CONTROLS` (for what is stored)."""
    return CONTROLS.sub("", text)


def show_controls(text: str) -> str:
    """``text`` with each of :data:`CONTROLS` written as an escape (``\\x1b``,
    ``\\u202e``), so a terminal shows it instead of obeying it."""
    return CONTROLS.sub(_escape, text)


def _escape(match: re.Match) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
