"""Bytes of an HTML page to text, with the encoding that was used.

Order (first that applies):

1. a byte-order mark (UTF-8/16), as browsers do;
2. the HTTP header's charset (``charset=`` argument);
3. ``<meta charset>`` or ``<meta http-equiv="Content-Type" content="...charset=...">``
   in the first 4 KB;
4. detection: strict UTF-8 first, then charset_normalizer on the first 64 KB.

A page declared UTF-8 stays UTF-8 when it has at least as many valid
non-ASCII characters as invalid bytes: a few stray bytes become U+FFFD,
the rest of its text is kept (decoding it whole as some legacy charset
would garble every accented letter).

One correction: when a page declares a legacy single-byte charset (latin-1,
windows-1252, ...) but its bytes are valid UTF-8 with non-ASCII text, the page
is UTF-8 (random latin-1 text is almost never valid UTF-8; mislabelled UTF-8
is common). As in browsers, "iso-8859-1" and "ascii" decode as windows-1252.
Decoding never fails: undecodable bytes become U+FFFD.

::

    decode_html("café".encode("cp1252"), "iso-8859-1") -> ("café", "cp1252")
    decode_html(b'<meta charset="utf-8">caf\\xc3\\xa9', None) -> ('<meta charset="utf-8">café', "utf-8")
"""

from __future__ import annotations

import codecs
import re

__all__ = ["decode_html", "normalise_charset"]

_META = re.compile(
    rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+\-]{1,40})""", re.IGNORECASE)
_SINGLE_BYTE = frozenset({
    "cp1252", "latin_1", "iso8859_1", "iso8859_15", "ascii", "cp1250", "iso8859_2", "cp1251",
    "iso8859_9", "cp1254", "mac_roman", "iso8859_5", "koi8_r",
})


# The encodings of the WHATWG Encoding Standard (Python's names), UTF-16 left out (see below).
_WEB_ENCODINGS = frozenset({
    "utf-8", "cp866", "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5", "iso8859-6", "iso8859-7", "iso8859-8",
    "iso8859-9", "iso8859-10", "iso8859-11", "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16", "koi8-r",
    "koi8-u", "mac-roman", "mac-cyrillic", "cp874", "tis-620", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254",
    "cp1255", "cp1256", "cp1257", "cp1258", "gbk", "gb2312", "gb18030", "big5", "big5hkscs", "euc_jp",
    "iso2022_jp", "shift_jis", "cp932", "euc_kr", "cp949",
})


def normalise_charset(name: str | bytes | None) -> str | None:
    """Python's codec name for a declared charset, or None if unknown::

        normalise_charset("ISO-8859-1") -> "cp1252"     (WHATWG)
        normalise_charset("utf8")       -> "utf-8"
        normalise_charset("x-bogus")    -> None
        normalise_charset("utf-7")      -> None     (no web encoding)
    """
    if not name:
        return None
    if isinstance(name, bytes):
        name = name.decode("ascii", "ignore")
    name = name.strip().strip("\"'").lower()
    if name.replace("_", "-") in ("utf-16", "utf-16le", "utf-16be", "unicode", "utf-16-le", "utf-16-be"):
        return None    # a meta tag that says UTF-16 in an ASCII-readable page is wrong
    try:
        codec = codecs.lookup(name).name
    except (LookupError, ValueError):
        return None
    if codec.replace("-", "_") in ("latin_1", "iso8859_1", "ascii"):
        return "cp1252"     # WHATWG: these labels mean windows-1252
    if codec == "utf-8-sig":
        return "utf-8"
    # Only what browsers decode: a page saying "utf-7" would turn +ADw-script+AD4- into <script>, and
    # Python's other codecs (idna, punycode, rot13, utf-32...) are no web encodings.
    return codec if codec in _WEB_ENCODINGS else None


def _detect(data: bytes) -> str:
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        # a multi-byte sequence cut at the end of a truncated body is still UTF-8
        if exc.start >= len(data) - 3 and exc.reason.startswith("unexpected end"):
            return "utf-8"
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data[:65536]).best()
        if best is not None and best.encoding:
            return normalise_charset(best.encoding) or "cp1252"
    except Exception:  # detection is best effort; a failure falls back below
        pass
    return "cp1252"


def _is_utf8_nonascii(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def decode_html(data: bytes | str, charset: str | None = None) -> tuple[str, str | None]:
    """``(text, encoding)``; text input is returned as is with encoding None."""
    if isinstance(data, str):
        return data, None
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace"), "utf-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace"), "utf-16"
    enc = normalise_charset(charset)
    if enc is None:
        m = _META.search(data, 0, 4096)
        if m:
            enc = normalise_charset(m.group(1))
    if enc is not None and enc.replace("-", "_") in _SINGLE_BYTE and _is_utf8_nonascii(data):
        enc = "utf-8"
    elif enc == "utf-8":
        text = data.decode("utf-8", "replace")
        bad = text.count("\ufffd")
        # A few stray bytes in a UTF-8 page stay replacement characters: its
        # valid non-ASCII text (which a legacy page almost never has) says it
        # is UTF-8. A page with more invalid sequences than valid ones was
        # mislabelled: detect.
        if bad == 0 or bad <= sum(1 for ch in text if ord(ch) > 127) - bad:
            return text, "utf-8"
        enc = _detect(data)
    if enc is None:
        enc = _detect(data)
    try:
        return data.decode(enc, "replace"), enc
    except LookupError:
        return data.decode("cp1252", "replace"), "cp1252"
