r"""Writing entries: new ones in our layout, existing ones changed in place.

A new entry is written the way most tools write one::

    >>> print(render_fields("online", "barr2013", [("title", "{How to Find a Mentor}"), ("date", "{2013}")]))
    @online{barr2013,
      title = {How to Find a Mentor},
      date = {2013}
    }

An entry that is already in the file keeps its layout: :func:`edit_entry`
replaces only the values that changed, in their own delimiters, and writes
added fields in the entry's style (indentation, alignment of ``=``, the case
of field names, the spaces around ``=``, a trailing comma)::

    >>> from refs.bibentry import parse_entry
    >>> e = parse_entry('@Article{k,\n  Title                    = "Old",\n  Year                     = 2013,\n}')
    >>> print(edit_entry(e, set_fields=[("title", "{New}"), ("volume", "{4}")]))
    @Article{k,
      Title                    = "New",
      Year                     = 2013,
      Volume                   = {4},
    }

Commented-out lines and every other byte of the block stay as they were.
"""

from __future__ import annotations

import re

from refs.bibentry import RawEntry, RawField

__all__ = ["render_fields", "edit_entry"]


def render_fields(entry_type: str, key: str, fields: list[tuple[str, str]], newline: str = "\n") -> str:
    """A new entry block (no trailing newline); values are given with their delimiters."""
    lines = [f"@{entry_type}{{{key},"]
    for i, (name, value) in enumerate(fields):
        lines.append(f"  {name} = {value}" + ("," if i < len(fields) - 1 else ""))
    lines.append("}")
    if not fields:
        return f"@{entry_type}{{{key},{newline}}}"
    return newline.join(lines)


# --- the style of an existing entry -------------------------------------------------


class _Style:
    """How an entry's fields are laid out, read off the fields it has."""

    def __init__(self, entry: RawEntry):
        text = entry.text
        fields = entry.fields
        self.newline = "\r\n" if "\r\n" in text else "\n"
        self.multiline = bool(fields) and all(_starts_line(text, f.start) for f in fields)
        last = fields[-1] if fields else None
        self.indent = _indent(text, last.start) if last and self.multiline else "  "
        self.before_eq, self.after_eq = (" ", " ")
        if last:
            eq = text.index("=", last.start + len(last.name))
            self.before_eq = text[last.start + len(last.name):eq]
            self.after_eq = text[eq + 1:last.value_start]
        widths = {len(f.name) + len(text[f.start + len(f.name):text.index("=", f.start + len(f.name))])
                  for f in fields}
        # One field padded out (JabRef's ``Comment                  = {x}``) is aligned too.
        padded = len(fields) > 1 or (len(self.before_eq) > 1 and not self.before_eq.strip())
        self.align = widths.pop() if self.multiline and padded and len(widths) == 1 else None
        names = [f.name for f in fields]
        self.case = ("upper" if names and all(n.isupper() for n in names if n.isalpha()) and any(
            n.isalpha() for n in names) else "title" if names and all(n[:1].isupper() for n in names) else "lower")
        self.trailing_comma = bool(last) and text[last.value_end:entry.close].strip().startswith(",")
        self.quotes = bool(fields) and sum(f.raw.startswith('"') for f in fields) * 2 > len(fields)

    def name(self, name: str) -> str:
        if self.case == "upper":
            return name.upper()
        if self.case == "title":
            return name[:1].upper() + name[1:]
        return name

    def field(self, name: str, value: str) -> str:
        shown = self.name(name)
        if self.align is not None:
            pad = self.align - len(shown)
            head = shown + (" " * pad if pad > 0 else " ") + "="
        else:
            head = shown + self.before_eq + "="
        return head + self.after_eq + self.delimited(value)

    def delimited(self, value: str) -> str:
        return _as_quoted(value) if self.quotes else value


def _starts_line(text: str, pos: int) -> bool:
    start = text.rfind("\n", 0, pos) + 1
    return start > 0 and not text[start:pos].strip()


def _indent(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1:pos]


def _as_quoted(value: str) -> str:
    """``{x}`` as ``"x"`` when that reads back the same (no ``"`` at brace depth 0)."""
    if not (value.startswith("{") and value.endswith("}")):
        return value
    inner = value[1:-1]
    depth = 0
    for c in inner:
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif c == '"' and depth == 0:
            return value
    return '"' + inner + '"'


def _in_delimiters_of(old: RawField, value: str) -> str:
    """A new braced value in the delimiters the field had (quotes, or a bare number)."""
    if old.raw.startswith('"'):
        return _as_quoted(value)
    if len(old.parts) == 1 and old.parts[0][0] == "number" and re.fullmatch(r"\{[0-9]+\}", value):
        return value[1:-1]
    return value


# --- edits ----------------------------------------------------------------------------


def edit_entry(entry: RawEntry, *, entry_type: str | None = None, key: str | None = None,
               set_fields: list[tuple[str, str]] = (), remove: set[str] = frozenset()) -> str:
    """The block with these changes, every other byte kept: ``set_fields``
    (name, value with delimiters) replace the values of fields of that name
    (any case) or are added after the last field; ``remove`` holds lower-case
    names of fields to delete."""
    from refs.bibentry import parse_entry

    by_name: dict = {}
    for f in entry.fields:
        # A field given twice is read by its first value (as BibTeX reads
        # it): that is the one to change, or the edit would never be read.
        by_name.setdefault(f.name.lower(), f)
    edits: list[tuple[int, int, str]] = []
    added: list[tuple[str, str]] = []
    for name, value in set_fields:
        old = by_name.get(name.lower())
        if old is None:
            added.append((name, value))
        elif old.raw != value:
            edits.append((old.value_start, old.value_end, _in_delimiters_of(old, value)))
    edits.extend(_removals(entry, set(remove)))
    if entry_type is not None and entry_type != entry.entry_type:
        edits.append((*entry.type_span, entry_type))
    if key is not None and key != entry.key:
        edits.append((*entry.key_span, key))
    text = _apply(entry.text, edits)
    if not added:
        return text
    # Added fields go after the last field that is left, in the style of those left.
    after = parse_entry(text)
    style = _Style(entry)
    style.trailing_comma = _Style(after).trailing_comma
    style.multiline = style.multiline and (not after.fields or _Style(after).multiline)
    return _apply(text, [_addition(after, style, added)])


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        text = text[:start] + new + text[end:]
    return text


_AFTER_VALUE = re.compile(r"[ \t]*,?[ \t]*")


def _removals(entry: RawEntry, remove: set[str]) -> list[tuple[int, int, str]]:
    """The edits that delete the fields named in ``remove``, with their
    separators, and never two edits over the same bytes: a field on lines of
    its own goes with its line; fields next to each other on a line go
    together, with the comma before them (or, first in the entry, after)."""
    fields = entry.fields
    gone = [f.name.lower() in remove for f in fields]
    edits: list[tuple[int, int, str]] = []
    i = 0
    while i < len(fields):
        if not gone[i]:
            i += 1
        elif _own_line(entry, i) is not None:
            edits.append(_own_line(entry, i))
            i += 1
        else:
            j = i
            while j + 1 < len(fields) and gone[j + 1] and _own_line(entry, j + 1) is None:
                j += 1
            edits.append(_inline_removal(entry, i, j, gone))
            i = j + 1
    kept = [k for k in range(len(fields)) if not gone[k]]
    if edits and gone[-1] and kept and not re.match(r"\s*,", entry.text[fields[-1].value_end:entry.close]):
        # No trailing comma where there was none: the last field kept loses its comma.
        k = kept[-1]
        comma = entry.text.find(",", fields[k].value_end, fields[k + 1].start)
        if comma >= 0 and not any(s <= comma < e for s, e, _ in edits):
            edits.append((comma, comma + 1, ""))
    return edits


def _own_line(entry: RawEntry, i: int) -> tuple[int, int, str] | None:
    """The edit that deletes field ``i`` with its line, when it has a line of its own."""
    text = entry.text
    f = entry.fields[i]
    after = _AFTER_VALUE.match(text, f.value_end).end()
    if not (_starts_line(text, f.start) and text.startswith(("\n", "\r\n"), after)):
        return None
    return (text.rfind("\n", 0, f.start) + 1, after + (2 if text.startswith("\r\n", after) else 1), "")


def _inline_removal(entry: RawEntry, i: int, j: int, gone: list[bool]) -> tuple[int, int, str]:
    """The edit that deletes fields ``i``..``j``, which share lines with
    others; %-comment lines among them stay."""
    text = entry.text
    first, last = entry.fields[i], entry.fields[j]
    nl = "\r\n" if "\r\n" in text else "\n"
    if i > 0 and not gone[i - 1]:
        prev_comma = text.find(",", entry.fields[i - 1].value_end, first.start)
        if prev_comma >= 0:
            kept = _comments_within(entry, prev_comma, last.value_end)
            return (prev_comma, last.value_end, "".join(nl + c for c in kept) + (nl if kept else ""))
    end = _AFTER_VALUE.match(text, last.value_end).end()
    return (first.start, end, "".join(c + nl for c in _comments_within(entry, first.start, end)))


def _comments_within(entry: RawEntry, start: int, end: int) -> list[str]:
    return [entry.text[s:e].rstrip("\r\n") for s, e in entry.comments if start <= s < end]


def _addition(entry: RawEntry, style: _Style, added: list[tuple[str, str]]) -> tuple[int, int, str]:
    text = entry.text
    nl = style.newline
    if not entry.fields:
        pos = entry.key_span[1]
        comma_end = pos + 1 if text.startswith(",", pos) else pos
        body = "," + "".join(nl + "  " + f"{n} = {v}" + ("," if k < len(added) - 1 else "")
                             for k, (n, v) in enumerate(added))
        closing = text[comma_end:entry.close]
        return (pos, entry.close, body + (closing if closing.strip() else nl))
    last = entry.fields[-1]
    pieces = [style.field(n, v) for n, v in added]
    if style.multiline:
        if style.trailing_comma:
            comma = text.index(",", last.value_end)
            insert = "".join(nl + style.indent + p + "," for p in pieces)
            return (comma + 1, comma + 1, insert)
        insert = "".join("," + nl + style.indent + p for p in pieces)
        return (last.value_end, last.value_end, insert)
    insert = "".join(", " + p for p in pieces)
    return (last.value_end, last.value_end, insert)
