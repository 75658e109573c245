r"""LaTeX <-> Unicode for the values of BibTeX fields.

This module owns the text layer between a ``.bib`` file and the library: what
a field value *means* as plain text, and how to write plain text back so that
BibTeX, biber and our own reader all see the same thing.

Decoding (``.bib`` -> Unicode)::

    decode_latex(r'M{\"u}ller')                 -> 'Müller'
    decode_latex(r"{V{\'a}squez-Sancho}")        -> 'Vásquez-Sancho'
    decode_latex(r"Stra\ss e and {\'\i}")        -> 'Straße and í'
    decode_latex(r"pp.~1--10, \emph{sic}")       -> 'pp.\xa01–10, sic'
    decode_latex("1--10", dashes=False)          -> '1--10'
    decode_latex(r"$\alpha$-helix in H$_{2}$O")  -> 'α-helix in H₂O'
    decode_latex(r"$\frac{a}{b}$")               -> '$\frac{a}{b}$'   (kept)

Encoding (Unicode -> ``.bib``)::

    encode_latex("50% & more_{x}")         -> r'50\% \& more\_\{x\}'
    encode_latex("Müller – 1--2")          -> 'Müller – 1-{}-2'
    encode_latex("Müller – í", ascii=True) -> r'M{\"u}ller -- {\'\i}'

Titles carry case protection, which CSL-JSON spells as a nocase span::

    decode_title("The {NASA} {Deep Space} probe")
        -> 'The NASA <span class="nocase">Deep Space</span> probe'
    encode_title('The iPhone <span class="nocase">Deep Space</span> probe')
        -> 'The {iPhone} {Deep Space} probe'

``{NASA}`` decodes to plain text because ``encode_title`` would add those
braces by itself (a word with an uppercase letter after its first letter);
``{{}NASA}`` is how ``encode_title`` writes a nocase span that holds exactly
such a word, so the round trip stays exact.

Guarantees: ``decode_latex(encode_latex(s)) == s`` (also with ``ascii=True``)
and ``decode_title(encode_title(s)) == s`` for text in normal form (NFC, no
leading/trailing or repeated ASCII whitespace); encoded text always has
balanced braces, counting ``\{`` and ``\}`` as braces the way BibTeX does.

Limits: only ASCII whitespace is collapsed and stripped (U+00A0 is ``~`` and
survives); math is decoded only when every piece of it is understood,
otherwise the ``$...$`` text is kept as written; an unknown command decodes
to the text of its brace arguments (``\mycite{key}`` -> ``key``), and
:func:`kept_as_written` tells the writer to keep such a field as it was. A control word eats the blank
after it only when it stands for a letter (``Stra\ss e`` -> ``Straße``);
``\ldots and`` keeps its space.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["decode_latex", "encode_latex", "decode_title", "encode_title", "group_end", "kept_as_written"]

_ASCII_WS = " \t\n\r\f\v"
_NBSP = "\u00a0"

# ---------------------------------------------------------------------------
# Tables (read-only after import)
# ---------------------------------------------------------------------------

# Combining marks of the accent commands; the key is the command name.
_ACCENTS = {
    '"': "\u0308", "'": "\u0301", "^": "\u0302", "`": "\u0300", "~": "\u0303",
    "=": "\u0304", ".": "\u0307",
    "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328",
    "r": "\u030a", "d": "\u0323", "b": "\u0331", "t": "\u0361",
    # math-mode accents, seen in titles
    "hat": "\u0302", "bar": "\u0304", "tilde": "\u0303", "dot": "\u0307",
    "ddot": "\u0308", "acute": "\u0301", "grave": "\u0300", "breve": "\u0306",
    "check": "\u030c", "vec": "\u20d7",
}
# What an accent with an empty argument (``\~{}``) prints.
_SPACING = {
    "\u0308": "\u00a8", "\u0301": "\u00b4", "\u0302": "^", "\u0300": "`",
    "\u0303": "~", "\u0304": "\u00af", "\u0307": "\u02d9", "\u0306": "\u02d8",
    "\u030c": "\u02c7", "\u030b": "\u02dd", "\u0327": "\u00b8", "\u0328": "\u02db",
    "\u030a": "\u02da",
}

_LETTERS = {
    "ss": "ß", "i": "ı", "j": "ȷ", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å",
    "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "l": "ł", "L": "Ł",
    "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ", "ng": "ŋ", "NG": "Ŋ",
    "dj": "đ", "DJ": "Đ",
}

_GREEK = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ",
    "varepsilon": "ε", "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ",
    "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ",
    "pi": "π", "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ",
    "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ",
    "chi": "χ", "psi": "ψ", "omega": "ω",
    "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ",
    "Pi": "Π", "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ",
    "Omega": "Ω",
}

_MATH_SYMBOLS = {
    "pm": "±", "mp": "∓", "times": "×", "div": "÷", "cdot": "·", "cdots": "⋯",
    "leq": "≤", "geq": "≥", "neq": "≠", "approx": "≈", "sim": "∼",
    "simeq": "≃", "equiv": "≡", "propto": "∝", "infty": "∞", "partial": "∂",
    "nabla": "∇", "rightarrow": "→", "leftarrow": "←", "leftrightarrow": "↔",
    "Rightarrow": "⇒", "Leftarrow": "⇐", "Leftrightarrow": "⇔",
    "uparrow": "↑", "downarrow": "↓", "circ": "∘", "bullet": "•",
    "prime": "′", "ell": "ℓ", "hbar": "ℏ", "langle": "⟨", "rangle": "⟩",
    "in": "∈", "notin": "∉", "subset": "⊂", "supset": "⊃", "cup": "∪",
    "cap": "∩", "emptyset": "∅", "forall": "∀", "exists": "∃", "neg": "¬",
    "wedge": "∧", "vee": "∨", "ll": "≪", "gg": "≫",
    # synonyms (decode only; the encoder uses the names above)
    "le": "≤", "ge": "≥", "ne": "≠", "to": "→", "lnot": "¬",
}

_TEXT_SYMBOLS = {
    "textbackslash": "\\", "textasciitilde": "~", "textasciicircum": "^",
    "textendash": "–", "textemdash": "—", "textquoteright": "’",
    "textquoteleft": "‘", "textquotedblleft": "“", "textquotedblright": "”",
    "textquotedbl": '"', "textquotesingle": "'", "ldots": "…", "dots": "…",
    "textellipsis": "…", "S": "§", "textsection": "§", "P": "¶",
    "textparagraph": "¶", "copyright": "©", "textcopyright": "©",
    "textregistered": "®", "texttrademark": "™", "textdegree": "°",
    "degree": "°", "euro": "€", "texteuro": "€", "pounds": "£",
    "textsterling": "£", "textdollar": "$", "textunderscore": "_",
    "textbar": "|", "textless": "<", "textgreater": ">",
    "textbraceleft": "{", "textbraceright": "}", "textexclamdown": "¡",
    "textquestiondown": "¿", "guillemotleft": "«", "guillemotright": "»",
    "guillemetleft": "«", "guillemetright": "»", "dag": "†", "ddag": "‡",
    "textdagger": "†", "textdaggerdbl": "‡", "textbullet": "•",
    "textperiodcentered": "·", "textperthousand": "‰", "textcent": "¢",
    "textyen": "¥", "textvisiblespace": "␣", "nobreakspace": _NBSP,
    "slash": "/", "textslash": "/", "LaTeX": "LaTeX", "TeX": "TeX",
    "BibTeX": "BibTeX", "AA": "Å",
}

# Every argument-less control word we turn into text, in one lookup.
_WORDS = {**_MATH_SYMBOLS, **_GREEK, **{"text" + k: v for k, v in _GREEK.items()},
          **_TEXT_SYMBOLS, **_LETTERS}

# Commands whose one argument is the text we keep (formatting, boxes).
_KEEP = frozenset((
    "emph", "textit", "textbf", "textsc", "textsl", "textup", "textmd",
    "textrm", "textsf", "texttt", "textnormal", "mkbibquote", "mkbibemph",
    "mkbibitalic", "mkbibbold", "enquote", "mbox", "hbox", "text",
    "textsuperscript", "textsubscript", "mathrm", "mathit", "mathbf",
    "mathsf", "mathtt", "mathcal", "mathnormal", "operatorname",
    "ensuremath", "NoCaseChange", "nocase", "underline", "uline", "doi",
))
_QUOTE = frozenset(("mkbibquote", "enquote"))
# Declarations that change only the look of what follows.
_SWITCHES = frozenset((
    "em", "it", "bf", "sc", "sl", "rm", "sf", "tt", "up", "md", "itshape",
    "bfseries", "scshape", "slshape", "upshape", "mdseries", "rmfamily",
    "sffamily", "ttfamily", "normalfont", "protect", "relax", "null",
    "displaystyle", "textstyle", "scriptstyle", "tiny", "scriptsize",
    "footnotesize", "small", "normalsize", "large", "Large", "LARGE", "huge",
    "Huge", "left", "right", "bigl", "bigr",
))
# In a title, the commands and declarations that CSL rich text can say: they
# are read as its tags (``\emph{Drosophila}`` -> ``<i>Drosophila</i>``, what
# Better BibTeX writes for Zotero's ``<i>``) and written back as commands.
_RICH = {"emph": "i", "textit": "i", "mkbibemph": "i", "mkbibitalic": "i", "textbf": "b",
         "mkbibbold": "b", "textsc": "sc", "textsuperscript": "sup", "textsubscript": "sub"}
_RICH_SWITCHES = {"em": "i", "it": "i", "itshape": "i", "bf": "b", "bfseries": "b", "sc": "sc", "scshape": "sc"}
_RICH_SWITCH = re.compile(r"\\(" + "|".join(_RICH_SWITCHES) + r")(?![A-Za-z])")
_TAG_OPEN = {"i": "<i>", "b": "<b>", "sup": "<sup>", "sub": "<sub>",
             "sc": '<span style="font-variant:small-caps;">', "nocase": '<span class="nocase">'}
_TAG_CLOSE = {"i": "</i>", "b": "</b>", "sup": "</sup>", "sub": "</sub>", "sc": "</span>", "nocase": "</span>"}
_TAG_COMMAND = {"i": "textit", "b": "textbf", "sup": "textsuperscript", "sub": "textsubscript", "sc": "textsc"}

# Commands whose argument exists only to steer sorting (defined in @preamble).
_DROP = frozenset(("noopsort", "sortnoop", "SortNoop"))
# biblatex's hyphens that allow a break (``methodology\hyphen independent``).
_HYPHENS = {"hyphen": "-", "hyphenate": "-", "nbhyphen": "\u2011"}
# Commands whose meaning the decoded text holds whole: in any field, and in a
# title, which keeps emphasis and quotes as rich text.
_KNOWN = frozenset({*_WORDS, *_ACCENTS})
_KNOWN_IN_TITLES = frozenset({*_KNOWN, *_QUOTE, *_RICH, *_RICH_SWITCHES})
_CONTROL_WORD = re.compile(r"\\([A-Za-z]+)")

# ``\X`` for a non-letter X; accents are handled before this table.
_CONTROL_SYMBOLS = {
    "&": "&", "%": "%", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}",
    " ": " ", "\t": " ", "\n": " ", "\r": " ", "\\": " ", "-": "", "/": "",
    "@": "", "!": "", ",": "\u2009", ";": " ", ":": " ", "|": "‖",
}

_SUP = {
    "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶",
    "7": "⁷", "8": "⁸", "9": "⁹", "+": "⁺", "-": "⁻", "=": "⁼", "(": "⁽",
    ")": "⁾", "n": "ⁿ", "i": "ⁱ", " ": "", "∘": "°", "′": "′",
}
_SUB = {
    "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆",
    "7": "₇", "8": "₈", "9": "₉", "+": "₊", "-": "₋", "=": "₌", "(": "₍",
    ")": "₎", "a": "ₐ", "e": "ₑ", "o": "ₒ", "x": "ₓ", "h": "ₕ", "k": "ₖ",
    "l": "ₗ", "m": "ₘ", "n": "ₙ", "p": "ₚ", "s": "ₛ", "t": "ₜ", " ": "",
}

# --- encoding tables --------------------------------------------------------

_ENC_BASIC = {
    "\\": "\\textbackslash{}", "&": "\\&", "%": "\\%", "$": "\\$", "#": "\\#",
    "_": "\\_", "~": "\\textasciitilde{}", "^": "\\textasciicircum{}",
    _NBSP: "~",
    # A doubled ``-``, `` ` `` or ``'`` would become a ligature: split it.
    "-": "-{}", "`": "`{}", "'": "'{}",
}


def _ascii_table() -> dict[str, str]:
    table = {ch: "{\\" + name + "}" for name, ch in _LETTERS.items()}
    symbols = (
        "textquoteright textquoteleft ldots S P copyright textregistered "
        "texttrademark textdegree euro pounds textexclamdown textquestiondown "
        "guillemotleft guillemotright dag ddag textbullet textperiodcentered "
        "textperthousand textcent textyen textvisiblespace"
    ).split()
    for name in symbols:
        table[_TEXT_SYMBOLS[name]] = "\\" + name + "{}"
    for name, ch in _GREEK.items():
        table[ch] = "$\\" + name + "$"
    for name, ch in _MATH_SYMBOLS.items():
        if name not in ("le", "ge", "ne", "to", "lnot", "bullet", "cdot"):
            table[ch] = "$\\" + name + "$"
    for src, ch in _SUP.items():
        if len(src) == 1 and src.isascii() and src != " ":
            table[ch] = "$^{" + src + "}$"
    for src, ch in _SUB.items():
        if src != " ":
            table[ch] = "$_{" + src + "}$"
    table.update({"–": "--", "—": "---", "“": "``", "”": "''", "°": "\\textdegree{}"})
    return table


_ENC_ASCII = _ascii_table()
# Base letters that have a command form of their own (``\'{\o}``).
_BASE_CMD = {ch: "\\" + name for name, ch in _LETTERS.items()}
_MARK_CMD = {mark: name for name, mark in _ACCENTS.items() if len(name) == 1}
_BELOW = frozenset("\u0327\u0328\u0323\u0331")

# ---------------------------------------------------------------------------
# Regexes
# ---------------------------------------------------------------------------

# Anything that needs more than "return as is" on decoding.
_DECODE_WORK = re.compile(r"[\\{}$~\t\n\r\f\v]|--|``|''|  ")
_PLAIN = re.compile(r"[^\\{}$~\-`' \t\n\r\f\v]+")
_MATH_PLAIN = re.compile(r"[^\\{}$~\-`'^_ \t\n\r\f\v]+")
_WS = re.compile(r"[ \t\n\r\f\v]+")
_WS_FIX = re.compile(r"[ \t\n\r\f\v]{2,}|[\t\n\r\f\v]")
_CWORD = re.compile(r"\\([A-Za-z]+)([ \t\n\r\f\v]*)")
_URL_ESCAPE = re.compile(r"\\([^A-Za-z])")

_ENC_WORK = re.compile(r"[\\{}&%$#_~^\u00a0]|--|``|''")
_ENC_RE = re.compile(r"[\\&%$#_~^\u00a0]|-(?=-)|`(?=`)|'(?=')")
_ENC_RE_ASCII = re.compile(
    r"[\\&%$#_~^\u00a0]|-(?=[-\u2013\u2014])|`(?=[`\u201c])|'(?=['\u201d])|[^\x00-\x7f]"
)
_BRACE = re.compile(r"[{}]")

_SPAN = re.compile(r'<span class="nocase">(.*?)</span>', re.S)
_SPACE_SPLIT = re.compile(r"(\s+)")
_ANY_SPACE = re.compile(r"\s")

_NOCASE_OPEN = '<span class="nocase">'
_NOCASE_CLOSE = "</span>"

# ---------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------


def decode_latex(value: str, *, dashes: bool = True) -> str:
    r"""Return the plain Unicode text of a raw BibTeX field value.

    ``dashes=False`` keeps ``--``/``---`` as typed (page ranges are the
    caller's business); ``\textendash`` still decodes.
    """
    if not _DECODE_WORK.search(value) and value[:1] != " " and value[-1:] != " ":
        if value.isascii() or unicodedata.is_normalized("NFC", value):
            return value
        return unicodedata.normalize("NFC", value)
    out: list[str] = []
    _seq(value, 0, out, dashes, False, None, 0, False)
    return _finish("".join(out))


def kept_as_written(value: str, *, title: bool = False) -> bool:
    r"""True when decoding ``value`` drops LaTeX that encoding cannot give
    back: a command we do not know (``\hyphen``, ``\mycite{key}``, macros
    from ``@preamble``), a link's target (``\href{url}{text}``), ``\url``'s
    markup, a sort key (``\noopsort``), ``\relax`` or ``\mbox`` in a name,
    emphasis outside a title (``title``: read by :func:`decode_title`, which
    keeps it). Such a field is written back as it was while its value is
    unchanged.

    >>> kept_as_written(r"See \href{https://x.org}{x}"), kept_as_written(r"M{\"u}ller \emph{et al.}", title=True)
    (True, False)
    """
    if "\\" not in value:
        return False
    known = _KNOWN_IN_TITLES if title else _KNOWN
    return any(m.group(1) not in known for m in _CONTROL_WORD.finditer(value))


def decode_title(value: str, *, dashes: bool = True) -> str:
    r"""Like :func:`decode_latex`, keeping case protection as nocase spans.

    A top-level group that protects case becomes
    ``<span class="nocase">…</span>``, unless it is what :func:`encode_title`
    adds by itself (``{NASA}``, ``{{GaN}}``). Groups that start with a
    backslash (``{\"U}``) are BibTeX "special characters", not protection.
    """
    if "{" not in value and "\\" not in value:
        return decode_latex(value, dashes=dashes)
    out: list[str] = []
    _seq(value, 0, out, dashes, False, None, 0, True, True)
    return _finish("".join(out))


def _finish(text: str) -> str:
    if _WS_FIX.search(text):
        text = _WS_FIX.sub(" ", text)
    text = text.strip(" ")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text


def _seq(s, i, out, dashes, math, bad, depth, title, rich=False):
    """Decode ``s`` from ``i`` into ``out`` up to a closing ``}`` (or ``$`` in
    math). Return ``(index after the stop, stop char or "")``. ``title``: top-level
    groups are case protection; ``rich``: emphasis and the like become CSL tags."""
    n = len(s)
    plain = _MATH_PLAIN if math else _PLAIN
    while i < n:
        m = plain.match(s, i)
        if m:
            out.append(m.group())
            i = m.end()
            continue
        c = s[i]
        if c == "\\":
            i = _command(s, i, out, dashes, math, bad, rich and not math, title)
        elif c == "{":
            if title:
                i = _title_group(s, i, out, dashes)
            elif rich and not math and (sw := _RICH_SWITCH.match(s, i + 1)):
                sub: list[str] = []
                i, _ = _seq(s, i + 1, sub, dashes, math, bad, 1, False, True)
                out.append(_tagged(_RICH_SWITCHES[sw.group(1)], "".join(sub)))
            else:
                i, _ = _seq(s, i + 1, out, dashes, math, bad, depth + 1, False, rich)
        elif c == "}":
            if depth:
                return i + 1, "}"
            i += 1  # a stray closing brace closes nothing
        elif c == "$":
            if math:
                return i, "$"
            i = _math(s, i, out, dashes)
        elif c == "~":
            out.append(_NBSP)
            i += 1
        elif c == "-":
            if dashes and s.startswith("--", i):
                if s.startswith("---", i):
                    out.append("—")
                    i += 3
                else:
                    out.append("–")
                    i += 2
            else:
                out.append("-")
                i += 1
        elif c == "`" or c == "'":
            if i + 1 < n and s[i + 1] == c:
                out.append("“" if c == "`" else "”")
                i += 2
            else:
                out.append(c)
                i += 1
        elif c == "^" or c == "_":  # only reached in math
            i = _script(s, i, out, _SUP if c == "^" else _SUB, dashes, bad)
        else:
            out.append(" ")
            i = _WS.match(s, i).end()
    return n, ""


def _title_group(s, i, out, dashes):
    sub: list[str] = []
    j, stop = _seq(s, i + 1, sub, dashes, False, None, 1, False, True)
    raw = s[i + 1 : j - 1 if stop else j]
    text = "".join(sub)
    switch = _RICH_SWITCH.match(raw)
    if switch:  # {\em text}: BibTeX's special character, in italics
        out.append(_tagged(_RICH_SWITCHES[switch.group(1)], text))
    elif raw.startswith("\\") or not text.strip(_ASCII_WS):
        out.append(text)
    elif not raw.startswith("{}") and _is_auto(_untagged(text)):
        out.append(text)
    else:
        out.append(_NOCASE_OPEN + text + _NOCASE_CLOSE)
    return j


def _tagged(kind: str, text: str) -> str:
    return _TAG_OPEN[kind] + text + _TAG_CLOSE[kind]


def _rich_arg(s, j, dashes, bad, title):
    """The argument of ``\\emph`` and the like in a title, its own groups read
    as the title's are (case protection at the top level)."""
    n = len(s)
    while j < n and s[j] in _ASCII_WS:
        j += 1
    if j < n and s[j] == "{":
        sub: list[str] = []
        j, _ = _seq(s, j + 1, sub, dashes, False, bad, 1, title, True)
        return "".join(sub), j
    text, j = _arg(s, j, dashes, False, bad)
    return text or "", j


def _arg(s, i, dashes, math, bad):
    """Read one macro argument at ``i``: a group, a command or one char.
    Return ``(decoded text or None if there is none, next index)``."""
    n = len(s)
    while i < n and s[i] in _ASCII_WS:
        i += 1
    if i >= n:
        return None, i
    c = s[i]
    if c == "{":
        sub: list[str] = []
        i, _ = _seq(s, i + 1, sub, dashes, math, bad, 1, False)
        return "".join(sub), i
    if c == "\\":
        sub = []
        i = _command(s, i, sub, dashes, math, bad)
        return "".join(sub), i
    if c == "}" or c == "$":
        return None, i
    return c, i + 1


def group_end(text: str, i: int) -> int:
    """Index of the brace closing the group opened at ``text[i]`` (braces
    counted as they stand, as BibTeX counts them), or ``len(text)``."""
    depth = 0
    for m in _BRACE.finditer(text, i):
        if m.group() == "{":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return m.start()
    return len(text)


def _raw_group(s, i):
    """Return the verbatim content of the group at ``i`` (after blanks)."""
    n = len(s)
    while i < n and s[i] in _ASCII_WS:
        i += 1
    if i >= n or s[i] != "{":
        return None, i
    end = group_end(s, i)
    return s[i + 1 : end], min(end + 1, n)


def _command(s, i, out, dashes, math, bad, rich=False, title=False):
    n = len(s)
    m = _CWORD.match(s, i)
    if m:
        name = m.group(1)
        j = m.end()
        if rich and name in _RICH:
            text, j = _rich_arg(s, j, dashes, bad, title)
            out.append(_tagged(_RICH[name], text))
            return j
        text = _WORDS.get(name)
        if text is not None:
            out.append(text)
            # LaTeX eats the blank after a control word; that is right for
            # letters (``Stra\ss e``) but symbols (``\ldots and``) were
            # almost always meant to be followed by a space.
            if m.group(2) and not (len(text) == 1 and text.isalpha()):
                out.append(" ")
            return j
        mark = _ACCENTS.get(name)
        if mark is not None:
            return _accent(s, i, j, mark, out, dashes, math, bad)
        if name in _QUOTE and not math:  # biblatex's \mkbibquote{x}, csquotes' \enquote{x}: “x”
            text, j = _rich_arg(s, j, dashes, bad, title) if rich else _arg(s, j, dashes, math, bad)
            out.append("\u201c" + (text or "") + "\u201d")
            return j
        if name in _KEEP:
            text, j = _arg(s, j, dashes, math, bad)
            if text:
                out.append(text)
            return j
        if name in _SWITCHES:
            return j
        if name in _DROP:
            return _arg(s, j, dashes, math, bad)[1]
        if name == "url":
            raw, k = _raw_group(s, j)
            if raw is not None:
                out.append(_URL_ESCAPE.sub(r"\1", raw))
                return k
        elif name == "href":
            raw, k = _raw_group(s, j)
            if raw is not None:
                text, k = _arg(s, k, dashes, math, bad)
                out.append(text if text is not None else _URL_ESCAPE.sub(r"\1", raw))
                return k
        if name in _HYPHENS and not math:
            out.append(_HYPHENS[name])  # a control word: the blank after it is eaten
            return j
        if math:
            # Unknown in math: the whole $...$ is kept as written.
            bad[0] = True
            out.append("\\" + name)
            if m.group(2) and (j >= n or s[j] != "{"):
                out.append(" ")
            while j < n and s[j] == "{":
                sub: list[str] = []
                j, _ = _seq(s, j + 1, sub, dashes, math, bad, 1, False)
                out.append("{" + "".join(sub) + "}")
            return j
        # Unknown (a user's macro, \textcite{key}): printed as the text of its
        # brace arguments, as a reader of the PDF would see it; the field
        # itself is written back as it was (see :func:`kept_as_written`).
        texts = []
        while j < n and s[j] == "{":
            sub = []
            j, _ = _seq(s, j + 1, sub, dashes, math, bad, 1, False)
            texts.append("".join(sub))
        text = " ".join(t for t in texts if t)
        if text:
            out.append(text)
        elif m.group(2):
            out.append(" ")
        return j
    if i + 1 >= n:
        out.append("\\")
        return n
    c = s[i + 1]
    mark = _ACCENTS.get(c)
    if mark is not None:
        return _accent(s, i, i + 2, mark, out, dashes, math, bad)
    text = _CONTROL_SYMBOLS.get(c)
    if text is not None:
        out.append(text)
        return i + 2
    if math:
        bad[0] = True
    out.append("\\" + c)
    return i + 2


def _accent(s, start, j, mark, out, dashes, math, bad):
    text, k = _arg(s, j, dashes, math, bad)
    if text is None:
        out.append(s[start:j])
        if math:
            bad[0] = True
        return j
    if not text:
        out.append(_SPACING.get(mark, mark))
        return k
    base = text[0]
    if base == "ı":  # an accent sits where the dot was
        base = "i"
    elif base == "ȷ":
        base = "j"
    # After the marks the base already carries: ``\={\"u}`` is u, ¨, ¯.
    end = 1
    while end < len(text) and unicodedata.combining(text[end]):
        end += 1
    out.append(base + text[1:end] + mark + text[end:])
    return k


def _math(s, i, out, dashes):
    sub: list[str] = []
    bad = [False]
    j, stop = _seq(s, i + 1, sub, dashes, True, bad, 0, False)
    if stop != "$":
        out.append("$")  # no closing dollar: a literal one
        return i + 1
    out.append(s[i : j + 1] if bad[0] else "".join(sub))
    return j + 1


def _script(s, i, out, table, dashes, bad):
    text, j = _arg(s, i + 1, dashes, True, bad)
    if text is None:
        bad[0] = True
        return i + 1
    res = []
    for ch in text:
        r = table.get(ch)
        if r is None:
            bad[0] = True
            return j
        res.append(r)
    out.append("".join(res))
    return j


_RICH_TOKEN = re.compile("|".join(re.escape(t) for t in sorted({*_TAG_OPEN.values(), *_TAG_CLOSE.values()},
                                                                 key=len, reverse=True)))


def _untagged(text: str) -> str:
    return _RICH_TOKEN.sub("", text) if "<" in text else text


def _is_auto(word: str) -> bool:
    """True for a word that :func:`encode_title` protects by itself: no
    whitespace, and a part of it (between hyphens) with an uppercase letter
    after its first letter (``NASA``, ``iPhone``, ``U.S.``, ``COVID-19``).
    ``Haag-Ruelle`` is not: APA's sentence case (:mod:`refs.formatting.casing`)
    lowers each part of a Title-Case compound, so a protected one stays a
    nocase span (``{Haag-Ruelle}``, ``{Lieb-Robinson}``)."""
    if _ANY_SPACE.search(word):
        return False
    for part in word.split("-"):
        for k, ch in enumerate(part):
            if ch.isalpha():
                if any(c.isupper() for c in part[k + 1 :]):
                    return True
                break
    return False


# ---------------------------------------------------------------------------
# Encoding
# ---------------------------------------------------------------------------


def encode_latex(text: str, *, ascii: bool | str = False) -> str:
    r"""Return ``text`` written as a BibTeX field value (without delimiters).

    LaTeX specials are always escaped; with ``ascii=True`` non-ASCII letters
    and symbols that have a LaTeX form are written with it (``ü`` ->
    ``{\"u}``), others stay as they are; with ``ascii="latin"`` only those
    that are not Latin letters, Latin-1 symbols or punctuation (``α`` ->
    ``$\alpha$``, ``≥``; ``ü`` and ``—`` stay), for a file written in UTF-8
    whose LaTeX reads Latin letters but not Greek or mathematics. Braces in
    the output are always balanced: unmatched ``{``/``}`` in ``text`` become
    ``\textbraceleft{}`` and ``\textbraceright{}``.
    """
    if ascii:
        if text.isascii() and not _ENC_WORK.search(text):
            return text
        pattern = _ENC_RE_ASCII
        repl = _enc_latin_char if ascii == "latin" else _enc_ascii_char
    else:
        if not _ENC_WORK.search(text):
            return text
        pattern = _ENC_RE
        repl = _enc_char
    if "{" in text or "}" in text:
        return _encode_braces(text, pattern, repl)
    return pattern.sub(repl, text)


def _encode_braces(text, pattern, repl):
    """Encode ``text`` piecewise around its braces: matched ones become
    ``\\{``/``\\}``, unmatched ones ``\\textbraceleft{}`` and
    ``\\textbraceright{}``, because BibTeX counts ``\\{`` as a brace too."""
    opens: list[int] = []
    matched: set[int] = set()
    for m in _BRACE.finditer(text):
        if m.group() == "{":
            opens.append(m.start())
        elif opens:
            matched.add(opens.pop())
            matched.add(m.start())
    out: list[str] = []
    pos = 0
    for m in _BRACE.finditer(text):
        k = m.start()
        if k > pos:
            out.append(pattern.sub(repl, text[pos:k]))
        if k in matched:
            out.append("\\" + m.group())
        else:
            out.append("\\textbraceleft{}" if m.group() == "{" else "\\textbraceright{}")
        pos = k + 1
    if pos < len(text):
        out.append(pattern.sub(repl, text[pos:]))
    return "".join(out)


def _enc_char(m):
    return _ENC_BASIC[m.group()]


def _enc_ascii_char(m):
    c = m.group()
    r = _ENC_BASIC.get(c)
    if r is not None:
        return r
    r = _ENC_ASCII.get(c)
    if r is None:
        return _encode_accented(c) or c
    last = r[-1]
    if last in "-`'$":
        k = m.end()
        nxt = m.string[k : k + 1]
        if nxt and (_ENC_ASCII.get(nxt) or nxt)[0] == last:
            r += "{}"
    return r


def _enc_latin_char(m):
    c = m.group()
    if len(c) == 1 and not c.isascii() and _is_latin(c):
        return c
    return _enc_ascii_char(m)


def _is_latin(c: str) -> bool:
    """A letter of the Latin script, a Latin-1 symbol or general punctuation (dashes, quotes): what LaTeX's
    inputenc reads in a UTF-8 file."""
    if "\u00a1" <= c <= "\u00ff" or "\u2010" <= c <= "\u2027":
        return True
    return unicodedata.name(c, "").startswith("LATIN ")


def _encode_accented(c):
    d = unicodedata.normalize("NFD", c)
    if len(d) < 2:
        return None
    base = d[0]
    if base.isascii() and base.isalpha():
        tex = base
        if base in "ij" and d[1] not in _BELOW:
            tex = "\\" + base  # the accent replaces the dot
    else:
        tex = _BASE_CMD.get(base)
        if tex is None:
            return None
    for mark in d[1:]:
        cmd = _MARK_CMD.get(mark)
        if cmd is None or cmd == "t":
            return None
        if cmd.isalpha() or not (len(tex) == 1 or tex[1:].isalpha()):
            tex = "\\" + cmd + "{" + tex + "}"
        else:
            tex = "\\" + cmd + tex
    return "{" + tex + "}"


def encode_title(text: str, *, ascii: bool = False) -> str:
    """Return a title for a ``.bib`` file, with case protection.

    ``<span class="nocase">x</span>`` becomes ``{x}`` and every word with an
    uppercase letter after its first letter becomes ``{Word}``; CSL's other
    rich text becomes commands (``<i>x</i>`` -> ``\\textit{x}``, ``<b>``,
    ``<sup>``, ``<sub>``, small caps); a tag without its pair is text. The
    rest is encoded as by :func:`encode_latex`.
    """
    if "<" not in text and not any(_is_auto(w) for w in text.split()):
        return encode_latex(text, ascii=ascii)
    out: list[str] = []
    _encode_title_nodes(_rich_nodes(text), out, ascii)
    return "".join(out)


_TAG_KIND = {t: k for k, t in _TAG_OPEN.items()}


#: rich-text tags nested deeper than this in one value are dropped (see :func:`_rich_nodes`)
MAX_RICH_DEPTH = 32


def _rich_nodes(text: str) -> list:
    """CSL rich text as a tree: strings and ``(kind, children, source)``
    for each tag that has its pair, properly nested; other tags are text."""
    tokens = [(m.start(), m.end(), m.group()) for m in _RICH_TOKEN.finditer(text)]
    pairs: dict[int, int] = {}  # index of an opening token -> index of its closing one
    stack: list[int] = []
    for k, (_, _, tag) in enumerate(tokens):
        if tag in _TAG_KIND:
            stack.append(k)
        elif stack and _TAG_CLOSE[_TAG_KIND[tokens[stack[-1]][2]]] == tag:
            pairs[stack.pop()] = k
    if len(pairs) > MAX_RICH_DEPTH:
        # tags nested past MAX_RICH_DEPTH (a generated or damaged record) mark nothing more: only the outermost
        # pairs are markup, the others are dropped (each pair's depth is the opening tags left open before it)
        depth: dict[int, int] = {}
        closers = set(pairs.values())
        open_ = 0
        for k, (_, _, tag) in enumerate(tokens):
            if k in pairs:
                open_ += 1
                depth[k] = open_
            elif k in closers:
                open_ -= 1
        deep = {k for k, d in depth.items() if d > MAX_RICH_DEPTH}
        dropped = deep | {pairs[k] for k in deep}
        pairs = {k: v for k, v in pairs.items() if k not in deep}
        tokens = [t if k not in dropped else (t[0], t[1], None) for k, t in enumerate(tokens)]
    root: list = []
    frames: list[tuple[list, str, int, int]] = []  # (children of the parent, kind, start, closing token)
    children, pos = root, 0
    for k, (start, end, tag) in enumerate(tokens):
        if tag is None:         # a tag dropped for its depth
            if start > pos:
                children.append(text[pos:start])
            pos = end
        elif k in pairs:
            if start > pos:
                children.append(text[pos:start])
            frames.append((children, _TAG_KIND[tag], end, pairs[k]))
            children, pos = [], end
        elif frames and frames[-1][3] == k:
            if start > pos:
                children.append(text[pos:start])
            parent, kind, inner_start, _ = frames.pop()
            parent.append((kind, children, text[inner_start:start]))
            children, pos = parent, end
    if pos < len(text):
        children.append(text[pos:])
    return root


def _encode_title_nodes(nodes: list, out: list[str], ascii: bool) -> None:
    for node in nodes:
        if isinstance(node, str):
            _encode_title_plain(node, out, ascii)
        elif node[0] == "nocase":
            inner = _encode_plain_nodes(node[1], ascii)
            if inner:
                # ``{}`` first: not a special character, not an automatic group.
                if inner.startswith("\\") or _is_auto(_untagged(node[2])):
                    out.append("{{}" + inner + "}")
                else:
                    out.append("{" + inner + "}")
        else:
            out.append("\\" + _TAG_COMMAND[node[0]] + "{")
            _encode_title_nodes(node[1], out, ascii)
            out.append("}")


def _encode_plain_nodes(nodes: list, ascii: bool) -> str:
    """Rich text inside case protection: tags as commands, no more protection
    (a nocase span within one is text)."""
    out: list[str] = []
    for node in nodes:
        if isinstance(node, str):
            out.append(encode_latex(node, ascii=ascii))
        elif node[0] == "nocase":
            out.append(encode_latex(_TAG_OPEN["nocase"] + node[2] + _TAG_CLOSE["nocase"], ascii=ascii))
        else:
            out.append("\\" + _TAG_COMMAND[node[0]] + "{" + _encode_plain_nodes(node[1], ascii) + "}")
    return "".join(out)


def _encode_title_plain(seg, out, ascii):
    if not seg:
        return
    pieces = _SPACE_SPLIT.split(seg)
    buf: list[str] = []
    for k in range(0, len(pieces), 2):
        word = pieces[k]
        if word and _is_auto(_untagged(word)):
            if buf:
                out.append(encode_latex("".join(buf), ascii=ascii))
                buf = []
            enc = encode_latex(word, ascii=ascii)
            # A group starting with a backslash would be a special character.
            out.append("{{" + enc + "}}" if enc.startswith("\\") else "{" + enc + "}")
        else:
            buf.append(word)
        if k + 1 < len(pieces):
            buf.append(pieces[k + 1])
    if buf:
        out.append(encode_latex("".join(buf), ascii=ascii))
