"""A ``.bib`` file as a sequence of blocks, split without losing a byte.

``split_blocks(text)`` cuts the text into :class:`Block` values whose ``raw``
texts, joined, give back the file exactly::

    >>> [b.kind for b in split_blocks('% mine\\n@article{a, title={T}}\\n')]
    ['text', 'entry', 'text']

Kinds: ``entry``, ``string``, ``preamble``, ``comment`` (``@comment{...}``,
JabRef's ``@Comment{jabref-meta: ...}`` too, and a balanced ``@comment{...}``
that encloses whole entries), ``text`` (anything between
blocks, BibTeX's implicit comments) and ``failed`` (an ``@type{`` whose braces
never close before the next line that starts a block, or that an extra ``}``
closes before some of its fields; it is kept verbatim, its ``reason`` says
which, and the rest of the file still splits). Only the block boundaries are found here;
fields are read by :mod:`refs.bibentry`, one block at a time, so that a sync
reparses only the blocks that changed.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass

# "@type{" or "@type(" anywhere; the type may hold odd characters (@t+, @_t).
_START = re.compile(r"@[ \t]*([A-Za-z_][\w+\-.:@]*)[ \t\r\n]*([{(])")
# A line that starts a new block: where an unterminated block gives up.
_LINE_START = re.compile(r"\n[ \t]*@[ \t]*[A-Za-z_][\w+\-.:@]*[ \t\r\n]*[{(]")
_BRACES = re.compile(r"[{}]")
_BRACES_PARENS = re.compile(r"[{}()]")
_KEY = re.compile(r"[ \t\r\n]*([^,\s{}()=\"#%]+)[ \t\r\n]*,")

_SPECIAL_KINDS = {"string": "string", "preamble": "preamble", "comment": "comment"}


@dataclass(slots=True)
class Block:
    """One block of a ``.bib`` file: its exact text and where it starts."""

    kind: str
    raw: str
    line: int
    entry_type: str | None = None
    key_hint: str | None = None
    _digest: str | None = None
    reason: str = ""  # why a failed block failed

    @property
    def digest(self) -> str:
        if self._digest is None:
            self._digest = block_digest(self.raw)
        return self._digest


def block_digest(raw: str) -> str:
    """A stable fingerprint of a block's text (the sync base stores these)."""
    return hashlib.blake2b(raw.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def split_blocks(text: str) -> list[Block]:
    """Split ``text`` into blocks; ``"".join(b.raw for b in blocks) == text``."""
    blocks: list[Block] = []
    pos = 0
    line = 1
    n = len(text)
    line_starts = _LineStarts(text)
    while pos < n:
        m = _START.search(text, pos)
        if m is None:
            blocks.append(Block("text", text[pos:], line))
            break
        start = m.start()
        if start > pos:
            gap = text[pos:start]
            blocks.append(Block("text", gap, line))
            line += gap.count("\n")
        type_name = m.group(1)
        lowered = type_name.lower()
        end, closed = _block_end(text, m.end() - 1, m.group(2), line_starts, whole=lowered == "comment")
        kind = _SPECIAL_KINDS.get(lowered, "entry") if closed else "failed"
        reason = "" if closed else "never closes its braces"
        if kind == "entry" and m.group(2) == "{":
            overrun = _closed_early(text, end)
            if overrun is not None:
                early_line = line + text.count("\n", start, end)
                kind, end = "failed", overrun
                reason = f"is closed early by an extra '}}' (line {early_line}); the fields after it would be lost"
        raw = text[start:end]
        hint = None
        if kind in ("entry", "failed"):
            km = _KEY.match(text, m.end(), end)
            if km:
                hint = km.group(1)
        blocks.append(Block(kind, raw, line, type_name, hint, reason=reason))
        line += raw.count("\n")
        pos = end
    return blocks


_FIELD_LIKE = re.compile(r"[A-Za-z][\w\-.:]*[ \t]*=")


def _closed_early(text: str, end: int) -> int | None:
    """When the text after an entry that closed at ``end`` holds fields and a
    ``}`` that closes nothing before the next block (``title = {A}},`` then
    ``year = 2020, ...}``), the offset past that ``}``: the entry's braces
    were closed early by a typo. BibTeX would skip the rest as a comment
    and lose those fields."""
    stray = text.find("}", end)
    if stray < 0:
        return None
    nxt = _START.search(text, end, stray)  # the next block starts before it: nothing to see
    if nxt is not None:
        return None
    nxt = _START.search(text, stray)
    limit = nxt.start() if nxt else len(text)
    depth = 0
    for m in _BRACES.finditer(text, end, limit):
        depth += 1 if m.group() == "{" else -1
        if depth < 0:
            return m.end() if _FIELD_LIKE.search(text, end, m.start()) else None
    return None


class _LineStarts:
    """Where the lines that start a block are, found once per file (a search
    from each block would scan a file written on one line again and again)."""

    def __init__(self, text: str):
        self.text = text
        self.starts: list[int] | None = None

    def after(self, pos: int) -> int | None:
        """The offset of the first line start at or after ``pos``, or None."""
        if self.starts is None:
            self.starts = [m.start() for m in _LINE_START.finditer(self.text)]
        i = bisect.bisect_left(self.starts, pos)
        return self.starts[i] if i < len(self.starts) else None


def _block_end(text: str, open_pos: int, opener: str, line_starts: _LineStarts,
               whole: bool = False) -> tuple[int, bool]:
    """Where the block whose delimiter is at ``open_pos`` ends, and whether it
    closed. An unclosed block ends before the next line that starts a block;
    a ``@comment`` (``whole``) that closes further on holds what it encloses,
    entries included (a commented-out old version of an entry)."""
    if whole:
        end, closed = _block_end_within(text, open_pos, opener, len(text))
        if closed:
            return end, closed
    nxt = line_starts.after(open_pos)
    return _block_end_within(text, open_pos, opener, nxt + 1 if nxt is not None else len(text))


def _block_end_within(text: str, open_pos: int, opener: str, limit: int) -> tuple[int, bool]:
    depth = 0
    if opener == "{":
        for m in _BRACES.finditer(text, open_pos, limit):
            if m.group() == "{":
                depth += 1
            else:
                depth -= 1
                if depth == 0:
                    return m.end(), True
    else:
        for m in _BRACES_PARENS.finditer(text, open_pos + 1, limit):
            c = m.group()
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
            elif c == ")" and depth <= 0:
                return m.end(), True
    return limit, False
