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
"First von Last", "von Last, First" or "von Last, Jr, First"; words are
separated by blanks and ties (``David A.~Berry`` is First "David A.", Last
"Berry"); the von part is the lowercase words (a word's case is that of its
first letter at depth 0, a braced word has none). biblatex's extended name
format is read and written::

    parse_names("family=Heuvel, given=Charles, prefix=van den, useprefix=false")
        -> [{"family": "Heuvel", "given": "Charles", "dropping-particle": "van den"}]

(``useprefix=true``, or no ``useprefix``, gives a ``non-dropping-particle``).

Display names, as people type them on the command line or pages print them,
go through :func:`parse_person`, which follows the same rules and knows
organisations and name suffixes::

    parse_person("Ludwig van Beethoven")
        -> {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"}
    parse_person("World Health Organization") -> {"literal": "World Health Organization"}
    parse_person("Barr, Jane, Jr.")  -> {"family": "Barr", "given": "Jane", "suffix": "Jr."}
    split_handle("Gates, B. [@BillGates]") -> ("Gates, B.", "@BillGates") Formatting always writes a form that parses back to
the same names: ``von Last, Jr, First``, adding braces around a part that
holds a comma, the word "and", or words that would be misread as a particle
(``{van Dyke}, Jo`` for the family name "van Dyke").

Limits: in classic BibTeX a particle is written as a von part, so it must
end with a lowercase word (``van der``, not ``Van``) and hold no comma or
"and"; otherwise it is folded into the braced family name, and a
``dropping-particle`` is written like a ``non-dropping-particle``. With
``extended=True`` (biblatex) such names are written in the extended name
format instead, and come back exactly.
"""

from __future__ import annotations

import re
import unicodedata

from refs.values.latex import decode_latex, encode_latex, group_end

__all__ = ["parse_names", "format_names", "parse_person", "parse_people", "is_organisation",
           "split_handle", "is_handle", "name_text", "inverted_name"]

_BRACE = re.compile(r"[{}]")
# Words are separated by blanks and by ties (~) at brace depth 0.
_TOKEN = re.compile(r"[^\s,~]+|,")
_WORD_AND = re.compile(r"(?:^|\s)and(?:\s|$)", re.I)
_OTHERS = "others"


def parse_names(value: str) -> list[dict]:
    """Return the CSL-JSON names of a raw BibTeX name-list value."""
    fast = _parse_plain(value)
    if fast is not None:
        return fast
    mask = _mask(value)
    if "=" in mask:
        out = []
        for a, b in _name_spans(mask):
            name = _extended(value[a:b])
            if name is None:
                name = next((_name(p) for p in _split(value[a:b])), None)
            if name:
                out.append(name)
        return out
    names: list[dict] = []
    for parts in _split(value):
        name = _name(parts)
        if name:
            names.append(name)
    return names


_AND = re.compile(r"\sand\s", re.I)


def _name_spans(mask: str) -> list[tuple[int, int]]:
    """Where each name of a list is, split on "and" at brace depth 0."""
    spans = []
    start = 0
    for m in _AND.finditer(mask):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(mask)))
    return spans


_EXT_KEY = re.compile(r"[A-Za-z][\w\-]*")


def _extended(raw: str) -> dict | None:
    """biblatex's ``family=Heuvel, given=Charles, prefix=van den, useprefix=false``;
    None when ``raw`` is not written that way, ``{}`` for a piece that holds
    only options (biber's ``useprefix=false and ...``). Other keys (``id``,
    ``uniquename``, ...) are options and ignored; a ``middle`` part joins the
    given names."""
    mask = _mask(raw)
    pairs: dict[str, str] = {}
    start = 0
    for end in [i for i, c in enumerate(mask) if c == ","] + [len(mask)]:
        piece, piece_mask = raw[start:end], mask[start:end]
        start = end + 1
        if not piece.strip():
            continue
        eq = piece_mask.find("=")
        if eq < 0:
            return None
        key = piece[:eq].strip().lower()
        if not _EXT_KEY.fullmatch(key):
            return None
        value = piece[eq + 1:].strip()
        if value.startswith("{") and group_end(value, 0) == len(value) - 1:
            value = value[1:-1]
        pairs[key] = value
    name: dict = {}
    given = " ".join(p for p in (pairs.get("given", ""), pairs.get("middle", "")) if p.strip())
    for field, raw_text in (("family", pairs.get("family", "")), ("given", given),
                            ("suffix", pairs.get("suffix", ""))):
        text = _decode(raw_text.split())
        if text:
            name[field] = text
    prefix = _decode(pairs.get("prefix", "").split())
    if prefix:
        dropping = pairs.get("useprefix", "").strip().lower() == "false"
        name["dropping-particle" if dropping else "non-dropping-particle"] = prefix
    return name


_NOT_PLAIN = ("{", "}", "\\", "~", "$", "=")  # braces, LaTeX, ties, math, biblatex's key=value
_AND_SPLIT = re.compile(r"\s+and\s+", re.I)
_SPACES = re.compile(r"\s+")
_LOWER_WORD = re.compile(r"(?:^| )[^\W\d_A-Z]")  # a word whose first letter is not a capital


def _parse_plain(value: str) -> list[dict] | None:
    """The common case, fast: no braces, no LaTeX, every name written
    ``Family, Given`` with a capitalised family name and nothing to decode.
    Anything else returns None and goes the general way."""
    if any(c in value for c in _NOT_PLAIN) or "--" in value or "``" in value or "''" in value \
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
        if _LOWER_WORD.search(given):  # a von part, or a lowercase given name: the general way
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
    # A tie is a word separator, the tilde accent (Pe\\~na) is not.
    mask = _mask(value).replace("\\~", "xx")
    names: list[list[list[str]]] = []
    parts: list[list[str]] = [[]]
    sep_end = -1  # the blank after the last " and " belongs to it
    for m in _TOKEN.finditer(mask):
        a, b = m.span()
        word = value[a:b]
        if word == ",":
            parts.append([])
        elif b - a == 3 and word.lower() == "and" and a - 1 > sep_end and value[a - 1].isspace() \
                and b < len(value) and value[b].isspace():
            # " and " between blanks only, as BibTeX splits ("A~and~B" is one name,
            # and in "A and and B" the second "and" is a word of the next name).
            names.append(parts)
            parts = [[]]
            sep_end = b
        else:
            parts[-1].append(word)
    names.append(parts)
    return names


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
            end = group_end(word, i)
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


def _name(parts: list[list[str]], decode=_decode, is_lower=None) -> dict | None:
    """One BibTeX name's comma-separated parts (of raw words) as a CSL name."""
    is_lower = is_lower or _is_lower
    if len(parts) == 1:
        words = parts[0]
        if not words:
            return None
        if len(words) == 1 and decode is _decode:
            word = words[0]
            if word == _OTHERS:
                return {"literal": _OTHERS}
            if word.startswith("{") and group_end(word, 0) == len(word) - 1:
                literal = decode_latex(word[1:-1])
                return {"literal": literal} if literal else None
        # First von Last: the von part runs from the first to the last
        # lowercase word; the last word is always the family name.
        last = len(words) - 1
        lows = [k for k in range(last) if is_lower(words[k])]
        if lows:
            first, von, family = words[: lows[0]], words[lows[0] : lows[-1] + 1], words[lows[-1] + 1 :]
        else:
            first, von, family = words[:last], [], words[last:]
        suffix: list[str] = []
    else:
        head = parts[0]
        lows = [k for k in range(len(head) - 1) if is_lower(head[k])]
        cut = lows[-1] + 1 if lows else 0
        von, family = head[:cut], head[cut:]
        if len(parts) == 2:
            suffix, first = [], parts[1]
        else:
            suffix = parts[1]
            # More than two commas is a BibTeX error; keep the text.
            first = [", ".join(" ".join(p) for p in parts[2:])] if len(parts) > 3 else parts[2]
    name: dict = {}
    for field, words in (("family", family), ("given", first), ("non-dropping-particle", von),
                         ("suffix", suffix)):
        text = decode(words) if words else ""
        if text:
            name[field] = text
    return name or None


# --- display names --------------------------------------------------------------

# Words that make a name an organisation wherever they stand ...
_ORG_STRONG = frozenset("""
organization organisation organizations organisations university universität université universidad
universita università institute institut instituto institution association associations society
societies council department ministry inc inc. ltd ltd. llc gmbh corp corp. corporation company co.
foundation committee commission agency office bureau library libraries center centre college
school museum network group team board trust federation union alliance coalition consortium
initiative project programme program services authority government administration partnership
secretariat taskforce collaboration consortium laboratory laboratories lab labs unit division
academy archive archives hospital clinic church party nations staff editors press publishing
publishers network nhs who unesco unicef
""".split())
# ... and words that do so only in a longer name ("Washington Post", not "Emily Post").
_ORG_WEAK = frozenset("""
news times post journal magazine media daily weekly tribune herald gazette blog radio tv online
review chronicle guardian observer telegraph insider today digest report reports
""".split())
_ORG_LEADS = frozenset({"the", "der", "die", "das", "le", "la", "les", "el", "los", "las", "il"})
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "2nd", "3rd", "junior", "senior"})
_HANDLE_TEXT = re.compile(r"@[\w.\-]+(?:@[\w.\-]+)?")
_HANDLE = re.compile(rf"\s*\[({_HANDLE_TEXT.pattern})\]\s*$")


def is_handle(text: str) -> bool:
    """Whether ``text`` is a social-media handle: ``@CDCgov``, ``@ana@glammr.example``
    (no blank, brace or control character: a platform's answer may say anything)."""
    return bool(_HANDLE_TEXT.fullmatch(text))


def is_organisation(text: str) -> bool:
    """True when a display name names an organisation, not a person:
    ``World Health Organization``, ``The New York Times``, ``Apple Inc.``."""
    words = [w.strip(".,;:()'\"").lower() for w in text.split()]
    words = [w for w in words if w]
    if not words:
        return False
    if len(words) >= 2 and words[0] in _ORG_LEADS and "," not in text:
        return True
    if any(w in _ORG_STRONG or w.rstrip(".") in _ORG_STRONG for w in words):
        return True
    if len(words) >= 3 and any(w in _ORG_WEAK for w in words):
        return True
    return " of " in f" {' '.join(words)} " and len(words) >= 3


def split_handle(text: str) -> tuple[str, str | None]:
    """``"Gates, B. [@BillGates]"`` -> ``("Gates, B.", "@BillGates")``: APA's
    way of writing a social-media handle after the author's name."""
    m = _HANDLE.search(text)
    if not m:
        return text, None
    return text[: m.start()].rstrip(), m.group(1)


_ASCII_WS = re.compile(r"[ \t\r\n\f\v]+")


def _collapse(text: str) -> str:
    """ASCII blanks collapsed and trimmed; a no-break space is kept (written ``{~}``)."""
    return _ASCII_WS.sub(" ", text).strip(" ")


def _words(text: str) -> list[str]:
    """Words split on ASCII blanks only: a no-break space stays inside its word."""
    return [w for w in _ASCII_WS.split(text) if w]


def _plain_join(words: list[str]) -> str:
    return " ".join(words)


def _plain_lower(word: str) -> bool:
    return _first_alpha_lower(word)


_INITIAL = re.compile(r"[A-Z]|(?:[A-Z]\.-?)+")
# capitals that end an organisation's name, not a person's initials: Deutsche Bank AG, Meta AI
_NOT_INITIALS = frozenset({"AG", "AI", "SE", "SA", "NV", "BV", "AB", "AS", "ASA", "KG", "UK", "US", "USA", "EU",
                           "UN", "TV", "IT", "PR", "HR", "LLC", "PLC", "INC", "LTD", "CO", "GMB", "SAS", "SRL",
                           "SPA", "OY", "OYJ", "NHS", "BBC", "CNN", "LAB", "LLP", "LP"})
_CAPITALISED = re.compile(r"[A-Z][^\s\d]*[a-z][^\s\d]*")


def _uninverted(text: str) -> dict:
    """A name written without a comma where ``Family, Given`` is the rule
    (RIS): IEEE Xplore's ``J. Smith`` / ``A. B. Author`` (initials first) and
    the Vancouver ``Smith JA`` (initials last) are people; anything else is
    an organisation's name, kept whole."""
    words = _words(text)
    if 2 <= len(words) <= 5 and not is_organisation(text):
        if all(_INITIAL.fullmatch(w) for w in words[:-1]) and _CAPITALISED.fullmatch(words[-1]):
            return {"family": words[-1], "given": " ".join(words[:-1])}
        if (re.fullmatch(r"[A-Z]{1,3}", words[-1]) and words[-1] not in _NOT_INITIALS
                and all(_CAPITALISED.fullmatch(w) for w in words[:-1])):
            return {"family": " ".join(words[:-1]), "given": words[-1]}
    return {"literal": text}


def parse_person(text: str, *, inverted: bool = False) -> dict | None:
    """A display name (plain text, not LaTeX) as a CSL name; None when empty.

    ``Family, Given``, ``Family, Given, Jr.``, ``Family, Jr., Given`` and
    ``Given von Family [Jr.]`` follow BibTeX's rules; an organisation (see
    :func:`is_organisation`), a single word or ``{Anything in braces}`` is a
    literal name. ``inverted`` is for formats that always write a person
    ``Family, Given[, Suffix]`` (RIS): the parts are taken as written, and a
    name without a comma is an organisation's unless it is made of initials
    and a family name (see :func:`_uninverted`).
    """
    text = _ASCII_WS.sub(" ", str(text)).strip(" ")
    if not text:
        return None
    if text.startswith("{") and text.endswith("}") and group_end(text, 0) == len(text) - 1:
        inner = text[1:-1].strip()
        return {"literal": inner} if inner else None
    if inverted and "," not in text:
        return _uninverted(text)
    if not inverted and is_organisation(text):
        return {"literal": text}
    if "," in text:
        parts = [p.strip() for p in text.split(",")]
        if len(parts) > 3 or not (parts[0] or inverted):
            return {"literal": text}
        if inverted:  # the format's own order, taken as written: no particles split off
            # (", Plato" is a given name alone, as inverted_name writes it)
            # Mendeley writes a missing given name as the word "null".
            parts = ["" if p == "null" else p for p in parts]
            fields = zip(("family", "given", "suffix"), parts)
            return {k: v for k, v in fields if v} or {"literal": text}
        if len(parts) == 3 and parts[2].lower() in _SUFFIXES and parts[1].lower() not in _SUFFIXES:
            parts = [parts[0], parts[2], parts[1]]  # "Barr, Jane, Jr." -> BibTeX's "Barr, Jr., Jane"
        return _name([_words(p) for p in parts], _plain_join, _plain_lower)
    words = _words(text)
    if len(words) == 1:
        return {"literal": text}
    suffix = None
    if len(words) > 2 and words[-1].lower() in _SUFFIXES:
        suffix = words.pop()
    if all(_first_alpha_lower(w) for w in words):
        words = [w[:1].upper() + w[1:] for w in words]  # "jane barr": no von part in an all-lowercase name
    name = _name([words], _plain_join, _plain_lower)
    if name and suffix:
        name["suffix"] = suffix
    return name


def parse_people(text: str) -> list[dict]:
    """Several display names separated by ``;`` (the command line's way)."""
    return [n for n in (parse_person(p) for p in text.split(";")) if n]


def inverted_name(name: dict) -> str | None:
    """A CSL name as ``Family, Given[, Suffix]`` (RIS's form), particles kept
    with the part they belong to; a family-only name keeps its comma so that
    it does not read back as an organisation's."""
    if name.get("literal"):
        return str(name["literal"])
    family = " ".join(filter(None, [name.get("non-dropping-particle"), name.get("family")]))
    given = " ".join(filter(None, [name.get("given"), name.get("dropping-particle")]))
    if not family and not given:
        return None
    text = f"{family}, {given}" if given else f"{family},"
    return f"{text}, {name['suffix']}" if name.get("suffix") else text


def name_text(name: dict) -> str:
    """A CSL name as a display string, given name first (``Ludwig van Beethoven``)."""
    if name.get("literal"):
        return str(name["literal"])
    parts = [name.get("given"), name.get("dropping-particle"), name.get("non-dropping-particle"),
             name.get("family")]
    text = " ".join(str(p) for p in parts if p)
    return f"{text} {name['suffix']}" if name.get("suffix") else text


def format_names(names: list[dict], *, ascii: bool = False, extended: bool = False) -> str:
    """Return a BibTeX name-list value for CSL-JSON ``names``. With
    ``extended`` (biblatex), a name that classic BibTeX cannot hold exactly
    (a dropping particle, a capitalised particle) is written in biblatex's
    extended name format."""
    out = []
    for name in names:
        text = _format_extended(name, ascii) if extended and _needs_extended(name) else _format(name, ascii)
        if text:
            out.append(text)
    return " and ".join(out)


def _needs_extended(name: dict) -> bool:
    if name.get("literal") is not None:
        return False
    if _collapse(name.get("dropping-particle", "")):
        return True
    particle = _collapse(name.get("non-dropping-particle", ""))
    family = _collapse(name.get("family", ""))
    return bool(particle) and (not family or _needs_group(particle)
                               or not _first_alpha_lower(particle.split()[-1]))


def _format_extended(name: dict, ascii: bool) -> str:
    def value(text: str) -> str:
        enc = _enc(_collapse(text), ascii)
        return "{" + enc + "}" if ("," in text or "=" in text or _needs_group(text)) else enc

    parts = []
    for key, field in (("family", "family"), ("given", "given"), ("suffix", "suffix")):
        if name.get(field, "").strip():
            parts.append(f"{key}={value(name[field])}")
    dropping = name.get("dropping-particle", "").strip()
    prefix = " ".join(filter(None, [dropping, name.get("non-dropping-particle", "").strip()]))
    if prefix:
        parts.append(f"prefix={value(prefix)}")
        parts.append("useprefix=false" if dropping else "useprefix=true")
    return ", ".join(parts)
def _needs_group(text: str) -> bool:
    return "," in text or bool(_WORD_AND.search(text))


_TIE = re.compile(r"(?<!\\)~")


def _enc(text: str, ascii: bool) -> str:
    """LaTeX for one name part; a no-break space is written ``{~}``, since a
    bare tie separates words in a name."""
    return _TIE.sub("{~}", encode_latex(text, ascii=ascii))


def _format(name: dict, ascii: bool) -> str:
    literal = name.get("literal")
    if literal is not None:
        literal = _collapse(literal)
        if literal == _OTHERS:
            return _OTHERS
        return "{" + _enc(literal, ascii=ascii) + "}" if literal else ""
    family = _collapse(name.get("family", ""))
    given = _collapse(name.get("given", ""))
    suffix = _collapse(name.get("suffix", ""))
    particle = _collapse(name.get("dropping-particle", "") + " " + name.get("non-dropping-particle", ""))
    if particle and (not family or _needs_group(particle) or not _first_alpha_lower(particle.split()[-1])):
        # Not expressible as a BibTeX von part: keep it with the family.
        family = particle + " " + family if family else particle
        particle = ""
    fam = _enc(family, ascii=ascii)
    words = family.split()
    if _needs_group(family) or any(_first_alpha_lower(w) for w in words[:-1]):
        fam = "{" + fam + "}"
    if particle:
        fam = _enc(particle, ascii=ascii) + " " + fam
    if not given and not suffix:
        if particle and _first_alpha_lower(particle.split()[0]):
            return fam  # "von Last" parses back without a comma
        if not particle and len(words) == 1 and family != _OTHERS and not fam.startswith("{"):
            return fam
        return fam + ","
    giv = _enc(given, ascii=ascii)
    if _needs_group(given):
        giv = "{" + giv + "}"
    if suffix:
        suf = _enc(suffix, ascii=ascii)
        if _needs_group(suffix):
            suf = "{" + suf + "}"
        return fam + ", " + suf + ", " + giv
    return fam + ", " + giv
