r"""One ``.bib`` block read by BibTeX's rules, knowing where every part is.

:mod:`refs.bibfile` cuts a file into blocks; this module reads the text of one
``@type{key, name = value, ...}`` block the way BibTeX (and pybtex) do::

    >>> e = parse_entry('@Article{barr2013,\n  Keywords   = {a,{\\{}{\\_}}},\n  year=2013,\n}')
    >>> e.entry_type, e.key, [(f.name, f.raw) for f in e.fields]
    ('Article', 'barr2013', [('Keywords', '{a,{\\{}{\\_}}}'), ('year', '2013')])
    >>> e.fields[0].parts
    [('brace', 'a,{\\{}{\\_}}')]

BibTeX's rules, where other readers differ:

- Braces are counted as they stand: ``\{`` is a backslash and a brace
  (``{a,{\{}{\_}}}`` is one balanced value, and the fields after it are read).
- A value is ``{...}``, ``"..."`` (braces inside balance; a ``"`` inside
  braces does not end it), a number, or an ``@string`` macro name, and parts
  are joined with ``#``.
- Fields are separated by commas: a field that follows a value without one
  (``title = "A" year = 2020``) is a syntax error, never glued to the value.
- Field names and macro names are BibTeX names (no leading digit, none of
  ``"#%'(),={}`` or blanks).

One tolerance beyond BibTeX: a line whose first non-blank character is ``%``
between fields is a commented-out field (biber reads it so), skipped and kept.

Errors raise :class:`EntryError` with the offset in the block, so the caller
can name the file's line. A block without a key (``@article{, ...}``, or
``@article{title = ...}``) reads with ``key == ""``.

Every field knows its spans, which :mod:`refs.bibedit` uses to change one
value in place and leave the rest of the block as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from refs.values.months import ENGLISH, MACROS

__all__ = ["EntryError", "RawField", "RawEntry", "parse_entry", "parse_string_block", "resolve_parts",
           "NAME_CHARS"]

NAME_CHARS = r"A-Za-z@!$&*+\-./:;<>?\[\\\]^_`|~\x7f"
_NAME = re.compile(rf"[{NAME_CHARS}][{NAME_CHARS}0-9]*")
_NUMBER = re.compile(r"[0-9]+")
_BLANKS = re.compile(r"[ \t\r\n\f\v]*")
_COMMENT_LINE = re.compile(r"%[^\n]*(?:\n|$)")
_HEAD = re.compile(r"[ \t\r\n]*@[ \t\r\n]*([^\s{(]*)[ \t\r\n]*([{(])")
_KEY_BRACE = re.compile(r"[^\s,}]*")
_KEY_PAREN = re.compile(r"[^\s,)]*")
_BRACES = re.compile(r"[{}]")
_BRACES_QUOTE = re.compile(r'[{}"]')


class EntryError(ValueError):
    """Raised by :func:`parse_entry` when a block breaks BibTeX's syntax;
    ``offset`` is where in the block (0-based) the reader stopped."""

    def __init__(self, message: str, offset: int):
        super().__init__(message)
        self.offset = offset


@dataclass(slots=True)
class RawField:
    """A field as written: ``name`` in its own case, ``raw`` the value with
    its delimiters, ``parts`` the value's pieces (``("brace"|"quote", text)``,
    ``("number", digits)``, ``("macro", name)``). Spans are offsets in the
    block: ``start`` (the name), ``value_start``..``value_end`` (the value)."""

    name: str
    raw: str
    parts: list[tuple[str, str]]
    start: int
    value_start: int
    value_end: int


@dataclass
class RawEntry:
    """A block read as an entry (see the module docstring)."""

    text: str
    entry_type: str
    key: str
    fields: list[RawField]
    type_span: tuple[int, int]
    key_span: tuple[int, int]
    opener: str
    close: int                      # offset of the closing delimiter
    comments: list[tuple[int, int]] = field(default_factory=list)  # %-lines skipped between fields

    def line_of(self, offset: int) -> int:
        """0-based line of an offset inside the block."""
        return self.text.count("\n", 0, offset)


_GAP = re.compile(r"(?:[ \t\r\n\f\v]+|%[^\n]*(?:\n|$))*")


def _skip(text: str, pos: int, comments: list[tuple[int, int]] | None = None) -> int:
    """Past blanks (and, where ``comments`` collects them, %-comment lines)."""
    if comments is None:
        return _BLANKS.match(text, pos).end()
    end = _GAP.match(text, pos).end()
    if "%" in text[pos:end]:
        comments.extend(m.span() for m in _COMMENT_LINE.finditer(text, pos, end))
    return end


def _delimited(text: str, pos: int, closer: str) -> int:
    """Offset just past the ``closer`` that ends the value opened at ``pos``."""
    depth = 0
    pattern = _BRACES_QUOTE if closer == '"' else _BRACES
    for m in pattern.finditer(text, pos + 1):
        c = m.group()
        if c == "{":
            depth += 1
        elif c == "}":
            if depth == 0:
                if closer == "}":
                    return m.end()
                raise EntryError("unbalanced braces: a } closes nothing inside a quoted value", m.start())
            depth -= 1
        elif depth == 0:  # a quote at brace depth 0
            return m.end()
    raise EntryError("value never ends: its braces or quotes do not balance", pos)


def _value(text: str, pos: int) -> tuple[list[tuple[str, str]], int]:
    """The parts of a value starting at ``pos``, and the offset past it."""
    parts: list[tuple[str, str]] = []
    while True:
        c = text[pos:pos + 1]
        if c == "{" or c == '"':
            stop = _delimited(text, pos, "}" if c == "{" else '"')
            parts.append(("brace" if c == "{" else "quote", text[pos + 1:stop - 1]))
            pos = stop
        else:
            m = _NUMBER.match(text, pos) or _NAME.match(text, pos)
            if not m:
                got = repr(c) if c else "the end"
                raise EntryError(f"a value ({{...}}, \"...\", a number or a @string name) expected, got {got}", pos)
            parts.append(("number" if m.re is _NUMBER else "macro", m.group()))
            pos = m.end()
        after = _skip(text, pos)
        if text.startswith("#", after):
            pos = _skip(text, after + 1)
            continue
        return parts, pos


_FIELD_HEAD = re.compile(rf"([{NAME_CHARS}][{NAME_CHARS}0-9]*)[ \t\r\n]*=[ \t\r\n]*")
_AFTER = re.compile(r"[ \t\r\n]*(.?)", re.S)


def _field_head(text: str, pos: int) -> tuple[int, int, str]:
    """Where a field's name starts, where its value starts, and its name."""
    name_m = _NAME.match(text, pos)
    if not name_m:
        raise EntryError(f"a field name expected, got {text[pos]!r}", pos)
    eq = _skip(text, name_m.end())
    if not text.startswith("=", eq):
        raise EntryError(f"'=' expected after the field name {name_m.group()!r}", eq)
    return pos, _skip(text, eq + 1), name_m.group()


def _simple_braced(text: str, pos: int) -> int | None:
    """The end of a ``{...}`` value at ``pos`` found with two string searches
    when it nests no braces (most values); None otherwise."""
    close = text.find("}", pos + 1)
    if close < 0:
        return None
    inner_open = text.find("{", pos + 1, close)
    return close + 1 if inner_open < 0 else _delimited(text, pos, "}")


# A field whose value has no nested braces, with what follows it up to the
# next field: most fields of most files, read in one match.
_SIMPLE_FIELD = re.compile(
    rf"([{NAME_CHARS}][{NAME_CHARS}0-9]*)[ \t\r\n]*=[ \t\r\n]*"
    r"(\{([^{}]*)\}|\"([^{}\"]*)\"|[0-9]+|[" + NAME_CHARS + r"][" + NAME_CHARS + r"0-9]*)"
    r"([ \t\r\n]*,[ \t\r\n]*(?!,)|[ \t\r\n]*(?=[})]))")


def _field(text: str, pos: int, closer: str, comments: list, fields: list[RawField]) -> tuple[int, str]:
    """Read one field at ``pos`` the general way; returns where reading stopped
    (past blanks and comments after the value) and the field's name."""
    head_m = _FIELD_HEAD.match(text, pos)
    if head_m:
        name, value_start = head_m.group(1), head_m.end()
    else:
        _, value_start, name = _field_head(text, pos)
    parts, value_end = _value(text, value_start)
    fields.append(RawField(name, text[value_start:value_end], parts, pos, value_start, value_end))
    return _skip(text, value_end, comments), name


def parse_entry(text: str) -> RawEntry:
    """Read one entry block (see the module docstring); raises :class:`EntryError`."""
    head = _HEAD.match(text)
    if not head:
        raise EntryError("'@type{' or '@type(' expected", 0)
    type_name = head.group(1)
    if not _NAME.fullmatch(type_name):
        raise EntryError(f"{type_name!r} is not a valid entry type", head.start(1))
    opener = head.group(2)
    closer = "}" if opener == "{" else ")"
    pos = _skip(text, head.end())
    key_m = (_KEY_BRACE if opener == "{" else _KEY_PAREN).match(text, pos)
    comments: list[tuple[int, int]] = []
    fields: list[RawField] = []
    keyless = bool(_FIELD_HEAD.match(text, pos))  # "@article{title = ...": no key at all
    if keyless:
        key_m = re.compile("").match(text, pos)
    pos = _skip(text, key_m.end())
    if keyless or text.startswith(",", pos):
        pos = _skip(text, pos + (0 if keyless else 1), comments)
        while text.startswith(",", pos):  # an empty field (",,"): nothing to read, as in pybtex
            pos = _skip(text, pos + 1, comments)
        while pos < len(text) and text[pos] != closer:
            fast = _SIMPLE_FIELD.match(text, pos)
            if fast and (fast.group(5) or text.startswith(closer, fast.end())):
                # name = {value} / "value" / 123 / macro, then a comma or the end: one match.
                value_start, value_end = fast.start(2), fast.end(2)
                if fast.group(3) is not None:
                    parts = [("brace", fast.group(3))]
                elif fast.group(4) is not None:
                    parts = [("quote", fast.group(4))]
                else:
                    bare = fast.group(2)
                    parts = [("number" if bare.isdigit() else "macro", bare)]
                fields.append(RawField(fast.group(1), text[value_start:value_end], parts, pos, value_start,
                                       value_end))
                pos = fast.end()
                if text.startswith(("%", ",", " ", "\t", "\n", "\r"), pos):  # a comment, or ", ,"
                    pos = _skip(text, pos, comments)
                    while text.startswith(",", pos):
                        pos = _skip(text, pos + 1, comments)
                continue
            pos, name = _field(text, pos, closer, comments, fields)
            if text.startswith(closer, pos):
                break
            if not text.startswith(",", pos):
                got = text[pos:pos + 20].split()[0] if text[pos:].strip() else "the end"
                raise EntryError(f"',' expected after the value of {name!r}, got {got!r} "
                                 "(a missing comma?)", pos)
            pos = _skip(text, pos + 1, comments)
            while text.startswith(",", pos):  # an empty field (",,"): nothing to read, as in pybtex
                pos = _skip(text, pos + 1, comments)
    if not text.startswith(closer, pos):
        got = repr(text[pos]) if pos < len(text) else "the end"
        raise EntryError(f"',' or '{closer}' expected after the key, got {got}", pos)
    if text[pos + 1:].strip():
        raise EntryError(f"text after the closing '{closer}'", pos + 1)
    return RawEntry(text, type_name, key_m.group(), fields, head.span(1), key_m.span(), opener, pos, comments)


# BibTeX's predefined macros: jan..dec are the months' English names.
_MONTH_MACROS = dict(zip(MACROS, ENGLISH))


def resolve_parts(parts: list[tuple[str, str]], strings: dict[str, str]) -> tuple[str, list[str]]:
    """A value's text: parts joined, ``@string`` macros replaced (by lower-case
    name; ``jan``..``dec`` are predefined, as in BibTeX). Returns the text and
    the names of undefined macros (kept as their names)."""
    if len(parts) == 1 and parts[0][0] != "macro":
        return parts[0][1], []
    out: list[str] = []
    undefined: list[str] = []
    for kind, text in parts:
        if kind == "macro":
            low = text.lower()
            if low in strings:
                out.append(strings[low])
            elif low in _MONTH_MACROS:
                out.append(_MONTH_MACROS[low])
            else:
                undefined.append(text)
                out.append(text)
        else:
            out.append(text)
    return "".join(out), undefined


_STRING_HEAD = re.compile(r"[ \t\r\n]*@[ \t\r\n]*string[ \t\r\n]*([{(])", re.I)


def parse_string_block(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``@string{jcp = "J. Chem. Phys."}`` -> ``("jcp", parts)``; raises :class:`EntryError`."""
    head = _STRING_HEAD.match(text)
    if not head:
        raise EntryError("'@string{' expected", 0)
    closer = "}" if head.group(1) == "{" else ")"
    pos = _skip(text, head.end())
    name_m = _NAME.match(text, pos)
    if not name_m:
        raise EntryError("a @string name expected", pos)
    eq = _skip(text, name_m.end())
    if not text.startswith("=", eq):
        raise EntryError("'=' expected after the @string name", eq)
    parts, value_end = _value(text, _skip(text, eq + 1))
    if not text.startswith(closer, _skip(text, value_end)):
        raise EntryError("a @string holds one name = value", value_end)
    return name_m.group(), parts
