r"""BibTeX name lists <-> CSL-JSON names.

This module owns how a ``.bib`` ``author``/``editor`` value maps to the
CSL-JSON name objects the library stores, and back::

    parse_names("Abbasi, Mazhar Ali and Ibupoto, Zafar Hussain")
        -> [{"family": "Abbasi", "given": "Mazhar Ali"},
            {"family": "Ibupoto", "given": "Zafar Hussain"}]
    parse_names(r"{V{\'a}squez-Sancho}, Fabi{\'a}n")
        -> [{"family": "Vásquez-Sancho", "given": "Fabián"}]
    parse_names("Ludwig van Beethoven and Ford, Jr., Henry and "
                "{World Health Organization} and others")
        -> [{"family": "Beethoven", "given": "Ludwig",
             "non-dropping-particle": "van"},
            {"family": "Ford", "given": "Henry", "suffix": "Jr."},
            {"literal": "World Health Organization"},
            {"literal": "others"}]

    format_names([{"family": "Neumann", "given": "John",
                   "non-dropping-particle": "von"}, {"literal": "others"}])
        -> "von Neumann, John and others"

Parsing follows BibTeX: names are split on ``and`` at brace depth 0; each is
"First von Last", "von Last, First" or "von Last, Jr, First"; the von part is
the lowercase words (a word's case is that of its first letter at depth 0, a
braced word has none). Formatting always writes a form that parses back to
the same names: ``von Last, Jr, First``, adding braces around a part that
holds a comma, the word "and", or words that would be misread as a particle
(``{van Dyke}, Jo`` for the family name "van Dyke").

Limits: a particle is written as a BibTeX von part, so it must end with a
lowercase word (``van der``, not ``Van``) and hold no comma or "and";
otherwise it is folded into the braced family name. ``dropping-particle`` is
written like ``non-dropping-particle`` and parses back as one. ``~`` is not a
word separator (it decodes to U+00A0 inside the part).
"""

from __future__ import annotations

import re
import unicodedata

from refs.latex import decode_latex, encode_latex

__all__ = ["parse_names", "format_names"]

_BRACE = re.compile(r"[{}]")
_TOKEN = re.compile(r"[^\s,]+|,")
_WORD_AND = re.compile(r"(?:^|\s)and(?:\s|$)", re.I)
_OTHERS = "others"


def parse_names(value: str) -> list[dict]:
    """Return the CSL-JSON names of a raw BibTeX name-list value."""
    fast = _parse_plain(value)
    if fast is not None:
        return fast
    names: list[dict] = []
    for parts in _split(value):
        name = _name(parts)
        if name:
            names.append(name)
    return names


_PLAIN = re.compile(r"[^{}\\~$]*")
_AND_SPLIT = re.compile(r"\s+and\s+", re.I)
_SPACES = re.compile(r"\s+")


def _parse_plain(value: str) -> list[dict] | None:
    """The common case, fast: no braces, no LaTeX, every name written
    ``Family, Given`` with a capitalised family name and nothing to decode.
    Anything else returns None and goes the general way."""
    if not _PLAIN.fullmatch(value) or "--" in value or "``" in value or "''" in value \
            or not unicodedata.is_normalized("NFC", value):
        return None
    out: list[dict] = []
    for chunk in _AND_SPLIT.split(value.strip()):
        family, sep, given = chunk.partition(",")
        if not sep or "," in given:
            return None
        family = _SPACES.sub(" ", family.strip())
        given = _SPACES.sub(" ", given.strip())
        if not family or not given or not family[0].isupper() or " " in family or family == _OTHERS:
            return None
        if not (given[0].isupper() or not given[0].isalpha()) or any(
                w[0].islower() for w in given.split(" ")):
            return None
        out.append({"family": family, "given": given})
    return out


def _mask(value: str) -> str:
    """``value`` with every character inside braces replaced by ``x``, so
    that plain regexes find only the blanks, commas and ``and`` at depth 0.
    Same length as ``value``: positions carry over."""
    if "{" not in value:
        return value
    pieces: list[str] = []
    depth = 0
    last = 0
    for m in _BRACE.finditer(value):
        k = m.start()
        if m.group() == "{":
            if depth == 0:
                pieces.append(value[last : k + 1])
                last = k + 1
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                pieces.append("x" * (k - last))
                last = k
    pieces.append("x" * (len(value) - last) if depth else value[last:])
    return "".join(pieces)


def _split(value: str) -> list[list[list[str]]]:
    """Names -> comma-separated parts -> raw words."""
    mask = _mask(value)
    names: list[list[list[str]]] = []
    parts: list[list[str]] = [[]]
    for m in _TOKEN.finditer(mask):
        a, b = m.span()
        word = value[a:b]
        if word == ",":
            parts.append([])
        elif b - a == 3 and word.lower() == "and":
            names.append(parts)
            parts = [[]]
        else:
            parts[-1].append(word)
    names.append(parts)
    return names


def _group_end(word: str, i: int) -> int:
    """Index of the brace closing the group opened at ``word[i]`` (or len)."""
    depth = 0
    for m in _BRACE.finditer(word, i):
        if m.group() == "{":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return m.start()
    return len(word)


def _first_alpha_lower(text: str) -> bool:
    for ch in text:
        if ch.isalpha():
            return ch.islower()
    return False


def _is_lower(word: str) -> bool:
    """BibTeX's von test: the case of the first letter at brace depth 0;
    a special character (``{\\"u}``) counts by its letter, other groups
    have no case."""
    i = 0
    n = len(word)
    while i < n:
        ch = word[i]
        if ch.isalpha():
            return ch.islower()
        if ch == "{":
            end = _group_end(word, i)
            if word.startswith("\\", i + 1):
                for c in decode_latex(word[i : end + 1]):
                    if c.isalpha():
                        return c.islower()
            i = end + 1
        elif ch == "\\":
            return _first_alpha_lower(decode_latex(word[i:]))
        else:
            i += 1
    return False


def _decode(words: list[str]) -> str:
    return decode_latex(" ".join(words)) if words else ""


def _name(parts: list[list[str]]) -> dict | None:
    if len(parts) == 1:
        words = parts[0]
        if not words:
            return None
        if len(words) == 1:
            word = words[0]
            if word == _OTHERS:
                return {"literal": _OTHERS}
            if word.startswith("{") and _group_end(word, 0) == len(word) - 1:
                literal = decode_latex(word[1:-1])
                return {"literal": literal} if literal else None
        # First von Last: the von part runs from the first to the last
        # lowercase word; the last word is always the family name.
        last = len(words) - 1
        lows = [k for k in range(last) if _is_lower(words[k])]
        if lows:
            first, von, family = words[: lows[0]], words[lows[0] : lows[-1] + 1], words[lows[-1] + 1 :]
        else:
            first, von, family = words[:last], [], words[last:]
        suffix: list[str] = []
    else:
        head = parts[0]
        lows = [k for k in range(len(head) - 1) if _is_lower(head[k])]
        cut = lows[-1] + 1 if lows else 0
        von, family = head[:cut], head[cut:]
        if len(parts) == 2:
            suffix, first = [], parts[1]
        else:
            suffix = parts[1]
            # More than two commas is a BibTeX error; keep the text.
            first = [", ".join(" ".join(p) for p in parts[2:])] if len(parts) > 3 else parts[2]
    name: dict = {}
    text = _decode(family)
    if text:
        name["family"] = text
    text = _decode(first)
    if text:
        name["given"] = text
    text = _decode(von)
    if text:
        name["non-dropping-particle"] = text
    text = _decode(suffix)
    if text:
        name["suffix"] = text
    return name or None


def format_names(names: list[dict], *, ascii: bool = False) -> str:
    """Return a BibTeX name-list value for CSL-JSON ``names``."""
    out = []
    for name in names:
        text = _format(name, ascii)
        if text:
            out.append(text)
    return " and ".join(out)


def _needs_group(text: str) -> bool:
    return "," in text or bool(_WORD_AND.search(text))


def _format(name: dict, ascii: bool) -> str:
    literal = name.get("literal")
    if literal is not None:
        literal = " ".join(literal.split())
        if literal == _OTHERS:
            return _OTHERS
        return "{" + encode_latex(literal, ascii=ascii) + "}" if literal else ""
    family = " ".join(name.get("family", "").split())
    given = " ".join(name.get("given", "").split())
    suffix = " ".join(name.get("suffix", "").split())
    particle = " ".join(
        (name.get("dropping-particle", "") + " " + name.get("non-dropping-particle", "")).split()
    )
    if particle and (not family or _needs_group(particle) or not _first_alpha_lower(particle.split()[-1])):
        # Not expressible as a BibTeX von part: keep it with the family.
        family = particle + " " + family if family else particle
        particle = ""
    fam = encode_latex(family, ascii=ascii)
    words = family.split()
    if _needs_group(family) or any(_first_alpha_lower(w) for w in words[:-1]):
        fam = "{" + fam + "}"
    if particle:
        fam = encode_latex(particle, ascii=ascii) + " " + fam
    if not given and not suffix:
        if particle and _first_alpha_lower(particle.split()[0]):
            return fam  # "von Last" parses back without a comma
        if not particle and len(words) == 1 and family != _OTHERS and not fam.startswith("{"):
            return fam
        return fam + ","
    giv = encode_latex(given, ascii=ascii)
    if _needs_group(given):
        giv = "{" + giv + "}"
    if suffix:
        suf = encode_latex(suffix, ascii=ascii)
        if _needs_group(suffix):
            suf = "{" + suf + "}"
        return fam + ", " + suf + ", " + giv
    return fam + ", " + giv
