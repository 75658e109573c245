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

__all__ = ["CONTROLS", "strip_controls", "show_controls", "decode_legacy", "decode_mixed", "LEGACY_NAMES",
           "unescape_entities"]

# C0 but tab, LF and CR; DEL and C1; LRM/RLM; the embeddings, overrides and isolates.
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


# a whole terminal sequence, so nothing of it is left behind: CSI ("ESC [2J", "ESC [31m"),
# OSC to BEL or ST ("ESC ]0;title BEL"), and two-character escapes ("ESC c", "ESC M")
_SEQUENCE = re.compile("\x1b\\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|\x1b\\][^\x07\x1b\x9c]{0,512}(?:\x07|\x1b\\\\|\x9c)"
                       "|\x1b[@-~]")


def strip_controls(text: str) -> str:
    """``text`` without :data:`CONTROLS` (for what is stored), terminal
    sequences taken out whole::

        >>> strip_controls("Mentoring \\x1b]0;pwned\\x07\\x1b[2J tips")
        'Mentoring  tips'
    """
    if "\x1b" in text or "\x9b" in text:          # where every sequence starts
        text = _SEQUENCE.sub("", text)
    return CONTROLS.sub("", text)


def show_controls(text: str) -> str:
    """``text`` with each of :data:`CONTROLS` written as an escape (``\\x1b``,
    ``\\u202e``), so a terminal shows it instead of obeying it."""
    return CONTROLS.sub(_escape, text)


def _escape(match: re.Match) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_C1_BYTES = re.compile(rb"[\x80-\x9f]")
LEGACY_NAMES = {"cp1252": "Windows-1252", "latin-1": "Latin-1"}


def decode_legacy(data: bytes) -> tuple[str, str]:
    r"""Text that is not UTF-8, and the encoding it was read as: Windows-1252
    when it has bytes 0x80-0x9F that Windows-1252 reads (JabRef on Windows
    writes "% Encoding: Cp1252": ``\x93`` and ``\x94`` are quotes, ``\x96`` a
    dash, which Latin-1 reads as control characters), else Latin-1.

    >>> decode_legacy(b"\x93Effective\x94 \x96 M\xfcller")
    ('“Effective” – Müller', 'cp1252')
    >>> decode_legacy(b"M\xfcller"), decode_legacy(b"\x81")
    (('Müller', 'latin-1'), ('\x81', 'latin-1'))
    """
    if _C1_BYTES.search(data):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1"), "latin-1"


_STRAY = re.compile("[\udc80-\udcff]")


def decode_mixed(data: bytes) -> tuple[str, list[tuple[int, int]]] | None:
    r"""A UTF-8 file with a few bytes that are not (an entry pasted in from a
    Windows-1252 or Latin-1 file): its text, each stray byte read as
    Windows-1252 (Latin-1 where Windows-1252 has no letter), and the stray
    bytes as (line, byte). None when the file is not mostly UTF-8: when its
    letters written in UTF-8 are not more than its stray bytes, it is a
    legacy file (:func:`decode_legacy`), whose pairs such as ``\xc3\xa9``
    only look like UTF-8.

    >>> decode_mixed("Müller, Über ".encode() + b"G\xf6del\n")
    ('Müller, Über Gödel\n', [(1, 246)])
    >>> decode_mixed(b"G\xf6del \xc3\xa9"), decode_mixed("Müller".encode())
    (None, None)
    """
    text = data.decode("utf-8", "surrogateescape")
    strays = [m.start() for m in _STRAY.finditer(text)]
    if not strays:
        return None
    letters = sum(1 for c in text if ord(c) > 0x7F) - len(strays)
    if letters <= len(strays):
        return None
    lines, line, last = [], 1, 0
    for at in strays:                   # (counted on from the last stray: one pass over the text)
        line += text.count("\n", last, at)
        last = at
        lines.append((line, ord(text[at]) - 0xDC00))
    return _STRAY.sub(lambda m: _legacy_char(ord(m.group()) - 0xDC00), text), lines


def _legacy_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return bytes([byte]).decode("latin-1")


_ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def unescape_entities(text: str) -> str:
    """HTML character references as characters (Crossref and Web of Science
    write ``Arts &amp; Humanities``); ``&lt;`` and ``&gt;`` stay, so text
    never turns into markup.

    >>> unescape_entities("A&amp;HCI: p &lt; 0.05 &eacute;t&#233;")
    'A&HCI: p &lt; 0.05 été'
    """
    import html

    def one(m: re.Match) -> str:
        char = html.unescape(m.group(0))
        # Only whole references ("&ampx;" is not "&" + "x;").
        return char if len(char) == 1 and m.group(0) not in ("&lt;", "&gt;") else m.group(0)

    return _ENTITY.sub(one, text) if "&" in text else text


def protect_entities(text: str) -> str:
    """``text`` written so that :func:`unescape_entities` gives it back: a
    literal ``&ap;`` or ``&#233;`` (which would read as a character) has its
    ``&`` written ``&amp;``; everything else is left as it is.

    >>> unescape_entities(protect_entities("R&D &ap; 5 &amp; A&#233;"))
    'R&D &ap; 5 &amp; A&#233;'
    """
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: "&amp;" + m.group(0)[1:] if unescape_entities(m.group(0)) != m.group(0)
                       else m.group(0), text)
