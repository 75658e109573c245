"""Two-way sync of the database with ``library.bib``: a three-way merge.

The base is the state of every entry at the last sync: the digest of its
block's text, the item that text parsed to (``bib``), and the database's item
(``db``). Per citekey:

- changed on one side only: that side wins (a hand edit reaches the database,
  a command's change reaches the file);
- the same field changed differently on both sides: a :class:`Conflict`;
  both values stay where they are, the rest of the entry merges, and the
  base is left as it was so the conflict shows again until
  ``scan sync --keep bib|db`` settles it;
- deleted on one side and unchanged on the other: deleted; deleted on one
  side and edited on the other: a conflict.

The file is rewritten only when the database side changed something: blocks
of entries that did not change are written back byte for byte; comments,
``@string``, ``@preamble`` and blocks that fail to parse stay where they were;
new entries go at the end. Blocks whose text is unchanged since the last sync
are not reparsed.

:func:`plan_sync` is the pure merge; :func:`sync_workspace` does the I/O.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from typing import TYPE_CHECKING

from refs.bibfile import Block, block_digest, split_blocks
from refs.bibtex import BlockParseError
from refs.errors import BadInput, Problem

if TYPE_CHECKING:
    from refs import bibtex

_MISSING = object()


@dataclass(frozen=True)
class Conflict:
    """A field changed differently on both sides (``field`` is a dotted path,
    or ``*`` for an entry deleted on one side and edited on the other)."""

    key: str
    field: str
    db_value: object
    bib_value: object
    line: int | None = None

    def as_json(self) -> dict:
        return {"key": self.key, "field": self.field, "db": _jsonable(self.db_value),
                "bib": _jsonable(self.bib_value), "line": self.line}


def _jsonable(v: object) -> object:
    return None if v is _MISSING else v


@dataclass
class SyncReport:
    """What a sync did (or, with ``dry_run``, would do)."""

    added_to_db: list[str] = field(default_factory=list)
    updated_in_db: list[str] = field(default_factory=list)
    deleted_from_db: list[str] = field(default_factory=list)
    added_to_bib: list[str] = field(default_factory=list)
    updated_in_bib: list[str] = field(default_factory=list)
    deleted_from_bib: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    held_deletions: list[str] = field(default_factory=list)
    unsynced: list[str] = field(default_factory=list)  # keys left as they were: they could not be synced
    renamed: list[list[str]] = field(default_factory=list)  # [old, new]: keys changed by hand in the file
    held: list[str] = field(default_factory=list)  # keys whose entry is in a block that cannot be read
    wrote_bib: bool = False
    wrote_db: bool = False
    dry_run: bool = False

    @property
    def changed(self) -> bool:
        return any((self.renamed, self.added_to_db, self.updated_in_db, self.deleted_from_db,
                    self.added_to_bib, self.updated_in_bib, self.deleted_from_bib))

    def as_json(self) -> dict:
        out = {k: getattr(self, k) for k in ("added_to_db", "updated_in_db", "deleted_from_db",
                                              "added_to_bib", "updated_in_bib", "deleted_from_bib")}
        out["conflicts"] = [c.as_json() for c in self.conflicts]
        out["held_deletions"] = self.held_deletions
        out["unsynced"] = self.unsynced
        out["renamed"] = self.renamed
        out["held"] = self.held
        out["warnings"] = [str(w) for w in self.warnings]
        out["dry_run"] = self.dry_run
        return out


@dataclass
class SyncPlan:
    text: str
    items: dict[str, dict]
    base: dict[str, dict]
    meta: dict
    report: SyncReport
    text_changed: bool
    items_changed: bool


# --- field-wise diff --------------------------------------------------------


def _flatten(item: dict, prefix: tuple = ()) -> dict[tuple, object]:
    out: dict[tuple, object] = {}
    for k, v in item.items():
        if isinstance(v, dict) and v:
            out.update(_flatten(v, prefix + (k,)))
        else:
            out[prefix + (k,)] = v
    return out


def diff(old: dict, new: dict) -> dict[tuple, object]:
    """Leaf paths whose value differs, with the new value (or ``_MISSING``)."""
    if old == new:
        return {}
    a, b = _flatten(old), _flatten(new)
    changes = {p: v for p, v in b.items() if a.get(p, _MISSING) != v}
    changes.update({p: _MISSING for p in a if p not in b})
    return changes


def apply(item: dict, changes: dict[tuple, object]) -> dict:
    """A copy of ``item`` with ``changes`` applied; emptied dicts are dropped."""
    out = _deepcopy(item)
    # Removals first: a field that turned from a value into a dict is removed
    # as a leaf and set as a subtree, and must end up set.
    ordered = sorted(changes.items(), key=lambda kv: kv[1] is not _MISSING)
    for path, value in ordered:
        node = out
        parents = []
        for k in path[:-1]:
            nxt = node.get(k)
            if not isinstance(nxt, dict):
                if value is _MISSING:
                    node = None
                    break
                nxt = {}
                node[k] = nxt
            parents.append((node, k))
            node = nxt
        if node is None:
            continue
        if value is _MISSING:
            node.pop(path[-1], None)
            for parent, k in reversed(parents):
                if not parent[k]:
                    del parent[k]
        else:
            node[path[-1]] = value
    return out


def _deepcopy(v):
    if isinstance(v, dict):
        return {k: _deepcopy(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_deepcopy(x) for x in v]
    return v


def _dotted(path: tuple) -> str:
    return ".".join(str(p) for p in path)


# --- reading the file ----------------------------------------------------------


@dataclass
class _Current:
    block_index: int
    block: Block
    digest: str
    item: dict
    parsed: bibtex.ParsedEntry | None


@dataclass
class _FileState:
    """What library.bib holds, entry by entry, and what it could not say."""

    current: dict[str, _Current]
    # Blocks that could not be read: their key (when it can be seen) and the
    # text of the block, for finding which known entries they may hold.
    unreadable: list[tuple[str | None, str]]
    warnings: list[Problem]


def _strings_of(blocks: list[Block], source: str) -> tuple[dict[str, str], str, list[Problem]]:
    """The file's @string macros, a digest of their blocks, and a Problem for
    each @string block that cannot be read (one that never closes is warned
    about with the failed blocks)."""
    from refs import bibtex

    string_blocks = [b for b in blocks if b.kind == "string"]
    raws = [b.raw for b in string_blocks]
    joined = "\n".join(raws)
    digest = hashlib.blake2b(joined.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()
    strings, failures = bibtex.parse_strings(raws) if raws else ({}, [])
    problems = [Problem(f"@string block cannot be read: {why}; kept verbatim, its macro not defined", source,
                        string_blocks[i].line) for i, why in failures]
    return strings, digest, problems


def _read_file(blocks: list[Block], base: dict[str, dict], strings: dict[str, str], reuse: bool,
               source: str) -> _FileState:
    """Each entry block to its key and item. Blocks whose text is as at the
    last sync reuse the base's parse (when ``reuse``); the rest are parsed in
    one batch (on every core when there are many)."""
    from refs import bibtex

    by_digest = {b["h"]: k for k, b in base.items()} if reuse else {}
    matched: set[str] = set()
    to_parse: list[int] = []
    for i, block in enumerate(blocks):
        if block.kind == "entry":
            if block.digest in by_digest and block.digest not in matched:
                matched.add(block.digest)
            else:
                to_parse.append(i)
    parsed_at = dict(zip(to_parse, bibtex.parse_entry_blocks([blocks[i].raw for i in to_parse], strings)))
    state = _FileState({}, [], [])
    for i, block in enumerate(blocks):
        if block.kind == "failed":
            state.warnings.append(Problem(f"@{block.entry_type} block {block.reason}; kept verbatim, "
                                          "not synced", source, block.line, block.key_hint))
            state.unreadable.append((block.key_hint, block.raw))
        elif block.kind == "entry":
            _read_entry(i, block, parsed_at.get(i), base, by_digest, state, source)
    _case_twins(state, source)
    return state


def _case_twins(state: _FileState, source: str) -> None:
    """Keys that differ only in case (smith2020, Smith2020): BibTeX takes them
    for one ("Repeated entry") and skips the later entry, so the document
    silently loses a work; biber keeps both. Both are synced; this says so."""
    seen: dict[str, str] = {}
    for key, current in state.current.items():
        first = seen.setdefault(key.lower(), key)
        if first != key:
            state.warnings.append(Problem(
                f"keys {first!r} (line {state.current[first].block.line}) and {key!r} differ only in case: "
                f"BibTeX takes them for one and skips the entry at line {current.block.line}; rename one of them",
                source, current.block.line, key))


def _read_entry(i: int, block: Block, parsed, base: dict, by_digest: dict, state: _FileState, source: str) -> None:
    if parsed is None:
        key = by_digest[block.digest]
        item = base[key]["bib"]
    elif isinstance(parsed, BlockParseError):
        where = f" (line {block.line + parsed.line})" if parsed.line else ""
        state.warnings.append(Problem(f"entry fails to parse{where}: {parsed}; kept verbatim, not synced",
                                      source, block.line, block.key_hint))
        state.unreadable.append((block.key_hint, block.raw))
        return
    else:
        key, item = parsed.key, parsed.item
        if not key.strip():
            state.warnings.append(Problem("entry has no key; kept in the file but not synced: give it a key",
                                          source, block.line))
            state.unreadable.append((None, block.raw))
            return
        for w in parsed.warnings:
            state.warnings.append(Problem(f"{key}: {w}", source, block.line, key))
    if key in state.current:
        first = state.current[key].block.line
        state.warnings.append(Problem(
            f"duplicate key {key!r} at lines {first} and {block.line}; the entry at line "
            f"{block.line} is kept in the file but not synced: rename one of them", source, block.line, key))
        return
    state.current[key] = _Current(i, block, block.digest, item, parsed)


def _held_back(unreadable: list[tuple[str | None, str]], missing: dict[str, dict]) -> set[str]:
    """Keys of known entries (``missing`` from the file: key -> base entry)
    that an unreadable block may hold: its key when it can be seen, else the
    entries whose title, DOI or URL it contains."""
    from refs.values.latex import decode_latex

    held: set[str] = set()
    for key, raw in unreadable:
        if key:
            held.add(key)
            continue
        text = _squash(decode_latex(raw))
        for k, entry in missing.items():
            item = entry.get("bib") or {}
            for value in (item.get("title"), item.get("DOI"), item.get("URL")):
                probe = _squash(str(value)) if value else ""
                if len(probe) >= 8 and probe in text:
                    held.add(k)
                    break
    return held


def _squash(text: str) -> str:
    import re

    return re.sub(r"[\W_]+", "", text).casefold()


# --- the per-key decision ------------------------------------------------------------

# What to do with one citekey, from where it is (base, db, file), what changed
# since the last sync, and how a conflict is to be settled (--keep).
NOTHING = "nothing"
FORGET = "forget"                      # gone from both sides: drop it from the base
BASELINE = "baseline"                  # new on both sides and the same: record it
ADD_TO_DB = "add-to-db"                # the file's entry becomes the database's
UPDATE_DB_FROM_FILE = "update-db"      # both new and different, settled for the file
ADD_TO_FILE = "add-to-file"            # the database's entry is appended to the file
REWRITE_FILE = "rewrite-file"          # both new and different, settled for the database
DELETE_FROM_FILE = "delete-from-file"
DELETE_FROM_DB = "delete-from-db"
MERGE_FILE = "merge-file"              # only the file changed
MERGE_BOTH = "merge-both"              # both changed: fields merge, the same field is a conflict
CONFLICT_NEW = "conflict-new"          # new on both sides and different
CONFLICT_DB_DELETED = "conflict-db-deleted"      # deleted in the db, edited in the file
CONFLICT_FILE_DELETED = "conflict-file-deleted"  # deleted in the file, edited in the db
HOLD = "hold"                          # missing from the file, but an unreadable block may hold it


def decide(in_base: bool, in_db: bool, in_file: bool, *, same: bool = False, bib_changed: bool = False,
           db_changed: bool = False, keep: str | None = None, held: bool = False) -> str:
    """The action for one key (see the constants above). ``same``: the db's
    and the file's entries render alike (for a key new on both sides);
    ``held``: an unreadable block of the file may hold this key."""
    if held and not in_file:
        return HOLD
    if not in_base:
        if in_db and in_file:
            if same:
                return BASELINE
            return {"db": REWRITE_FILE, "bib": UPDATE_DB_FROM_FILE}.get(keep or "", CONFLICT_NEW)
        if in_db:
            return ADD_TO_FILE
        return ADD_TO_DB if in_file else NOTHING
    if not in_db and not in_file:
        return FORGET
    if not in_db:
        if not bib_changed or keep == "db":
            return DELETE_FROM_FILE
        return ADD_TO_DB if keep == "bib" else CONFLICT_DB_DELETED
    if not in_file:
        if not db_changed or keep == "bib":
            return DELETE_FROM_DB
        return ADD_TO_FILE if keep == "db" else CONFLICT_FILE_DELETED
    if not bib_changed and not db_changed:
        return NOTHING
    return MERGE_FILE if not db_changed else MERGE_BOTH


# --- the merge ------------------------------------------------------------------------

# A sync that would delete more than this many references because the file
# no longer has them, or most of the library, stops and asks (``--yes``).
MASS_DELETE_MIN = 5


def mass_deletion(deleting: int, library_size: int) -> bool:
    """True when deleting ``deleting`` of ``library_size`` references is more
    than a hand edit plausibly meant: more than a few, or most of the library.

    >>> mass_deletion(1, 100), mass_deletion(6, 100), mass_deletion(3, 4), mass_deletion(1, 1), mass_deletion(1, 2)
    (False, True, True, True, False)
    """
    return deleting > MASS_DELETE_MIN or deleting * 2 > library_size


class _Merge:
    """The state a sync builds while it decides key by key."""

    def __init__(self, text: str, base: dict, items: dict, file: _FileState, strings: dict,
                 biblatex: bool, newline: str):
        self.text = text
        self.base = base
        self.items = items
        self.file = file
        self.strings = strings
        self.biblatex = biblatex
        self.newline = newline
        self.report = SyncReport()
        self.new_items: dict[str, dict] = dict(items)
        self.new_base: dict[str, dict] = dict(base)
        self.replace: dict[int, str] = {}      # block index -> new raw ("" deletes)
        self.appended: dict[str, str] = {}     # key -> the new block's raw
        self.items_changed = False

    @cached_property
    def file_dialect(self) -> bool:
        """The dialect of an entry whose fields don't say: the file's."""
        from refs import bibtex

        return bibtex.file_is_biblatex(self.text, self.biblatex)

    @cached_property
    def file_ascii(self) -> bool | str | None:
        """Whether letters are written as LaTeX commands (``{\\"u}``): as the dialect has it (None: classic
        BibTeX's files get them, biblatex's UTF-8), except where the file's entries already hold text beyond
        ASCII (its comments do not count): their writer reads UTF-8 (or the file's legacy encoding), and gets
        Latin letters and punctuation as typed, Greek and mathematics still as LaTeX ("latin")."""
        if all(cur.block.raw.isascii() for cur in self.file.current.values()):
            return None
        return "latin"

    def parsed_of(self, cur: _Current):
        from refs import bibtex

        if cur.parsed is None or cur.parsed.raw is None:
            cur.parsed = bibtex.parse_entry_block(cur.block.raw, self.strings)
            # What the block says is what it was read as (the base's reading of
            # an unchanged block, made while its @string macros were whole).
            cur.parsed.item = cur.item
        return cur.parsed

    def take_from_file(self, key: str, cur: _Current, bucket: list[str]) -> None:
        """The file's entry becomes the database's, and the new base."""
        self.new_items[key] = cur.item
        self.items_changed = True
        bucket.append(key)
        self.new_base[key] = {"key": key, "h": cur.digest, "bib": cur.item, "db": cur.item}

    def rewrite(self, cur: _Current, item: dict, *, rebase: bool = True) -> None:
        """The block rewritten for ``item`` (and, with ``rebase``, the base
        entry read back from the text written)."""
        from refs import bibtex

        raw = bibtex.update_block(self.parsed_of(cur), item, biblatex_default=self.file_dialect, ascii=self.file_ascii)
        self.replace[cur.block_index] = raw
        if rebase:
            self.rebase(item["id"], raw)

    def append(self, key: str) -> None:
        from refs import bibtex

        # A new entry is written in the file's dialect (a classic BibTeX file gets year and
        # journal, which BibTeX reads); --classic-bibtex (biblatex False) always gets classic.
        raw = bibtex.render_entry(self.new_items[key], biblatex=self.biblatex and self.file_dialect,
                                  newline=self.newline, ascii=self.file_ascii)
        self.appended[key] = raw
        self.rebase(key, raw)

    def rebase(self, key: str, raw: str) -> None:
        """The base entry of a block we write: what it reads back as."""
        from refs import bibtex

        parsed = bibtex.parse_entry_block(raw, self.strings)
        self.new_base[key] = {"key": key, "h": block_digest(raw), "bib": parsed.item, "db": self.new_items[key]}

    def undo(self, key: str) -> None:
        """Leave ``key`` as it was on both sides (an item that cannot be synced)."""
        cur = self.file.current.get(key)
        if cur is not None:
            self.replace.pop(cur.block_index, None)
        self.appended.pop(key, None)
        if key in self.items:
            self.new_items[key] = self.items[key]
        else:
            self.new_items.pop(key, None)
        if key in self.base:
            self.new_base[key] = self.base[key]
        else:
            self.new_base.pop(key, None)
        r = self.report
        for bucket in (r.added_to_db, r.updated_in_db, r.deleted_from_db, r.added_to_bib, r.updated_in_bib,
                       r.deleted_from_bib):
            if key in bucket:
                bucket.remove(key)
        r.conflicts = [c for c in r.conflicts if c.key != key]

    def cannot_sync(self, key: str, exc: Exception, source: str) -> None:
        self.report.unsynced.append(key)
        self.report.warnings.append(Problem(f"{key}: could not be synced ({type(exc).__name__}: {exc}); "
                                            "left as it is on both sides", source, key=key))

    def set_item(self, key: str, item: dict) -> None:
        if self.new_items.get(key) != item:
            self.new_items[key] = item
            self.items_changed = True

    def act(self, key: str, action: str, keep_side: str | None) -> None:
        b, d, cur = self.base.get(key), self.items.get(key), self.file.current.get(key)
        r = self.report
        line = cur.block.line if cur else None
        if action == FORGET:
            del self.new_base[key]
        elif action == BASELINE:
            self.new_base[key] = {"key": key, "h": cur.digest, "bib": cur.item, "db": d}
        elif action == ADD_TO_DB:
            self.take_from_file(key, cur, r.added_to_db)
        elif action == UPDATE_DB_FROM_FILE:
            # What the file says differently, not what it cannot say (the
            # database's abstract paragraphs, variables BibTeX has no field for).
            merged = apply(d, diff(_read_back(d, self.biblatex), cur.item))
            if merged != d:
                self.set_item(key, merged)
                r.updated_in_db.append(key)
            self.new_base[key] = {"key": key, "h": cur.digest, "bib": cur.item, "db": merged}
        elif action == ADD_TO_FILE:
            self.append(key)
            r.added_to_bib.append(key)
        elif action == REWRITE_FILE:
            self.rewrite(cur, d)
            r.updated_in_bib.append(key)
        elif action == DELETE_FROM_FILE:
            self.replace[cur.block_index] = ""
            r.deleted_from_bib.append(key)
            del self.new_base[key]
        elif action == DELETE_FROM_DB:
            del self.new_items[key]
            self.items_changed = True
            r.deleted_from_db.append(key)
            del self.new_base[key]
        elif action == CONFLICT_NEW:
            for path, v in diff(_read_back(d, self.biblatex), cur.item).items():
                r.conflicts.append(Conflict(key, _dotted(path), _get(d, path), _jsonable(v), line))
        elif action == CONFLICT_DB_DELETED:
            r.conflicts.append(Conflict(key, "*", None, "edited in the file", line))
        elif action == CONFLICT_FILE_DELETED:
            r.conflicts.append(Conflict(key, "*", "edited in the database", None, None))
        elif action == MERGE_FILE:
            merged = apply(d, diff(b["bib"], cur.item))
            if merged != d:
                self.set_item(key, merged)
                r.updated_in_db.append(key)
            self.new_base[key] = {"key": key, "h": cur.digest, "bib": cur.item, "db": merged}
        elif action == MERGE_BOTH:
            self.merge_both(key, b, d, cur, keep_side)

    def merge_both(self, key: str, b: dict, d: dict, cur: _Current, keep_side: str | None) -> None:
        r = self.report
        bib_changes = diff(b["bib"], cur.item)
        db_changes = diff(b["db"], d)
        conflicting = {p for p in bib_changes.keys() & db_changes.keys() if bib_changes[p] != db_changes[p]}
        if conflicting and keep_side is None:
            for p in sorted(conflicting, key=_dotted):
                r.conflicts.append(Conflict(key, _dotted(p), _jsonable(db_changes[p]),
                                            _jsonable(bib_changes[p]), cur.block.line))
            merged_db = apply(d, {p: v for p, v in bib_changes.items() if p not in conflicting})
            merged_bib = apply(merged_db, {p: bib_changes[p] for p in conflicting})
            self.set_item(key, merged_db)
            if _render_differs(self.parsed_of(cur), merged_bib, self.file_dialect):
                self.rewrite(cur, merged_bib, rebase=False)
            return  # the base stays: the conflict shows again next time
        if keep_side == "db":
            bib_changes = {p: v for p, v in bib_changes.items() if p not in conflicting}
        merged = apply(d, bib_changes)
        if merged != d:
            self.set_item(key, merged)
            r.updated_in_db.append(key)
        if _render_differs(self.parsed_of(cur), merged, self.file_dialect):
            self.rewrite(cur, merged)
            r.updated_in_bib.append(key)
        else:
            self.new_base[key] = {"key": key, "h": cur.digest, "bib": cur.item, "db": merged}


def plan_sync(text: str, base: dict[str, dict], meta: dict, items: dict[str, dict], *,
              source: str = "library.bib", keep: str | None = None, keep_keys: set[str] | None = None,
              biblatex: bool = True, allow_mass_delete: bool = False,
              renames: dict[str, str] | None = None) -> SyncPlan:
    """Merge ``text`` (library.bib) and ``items`` (the database) against
    ``base``. ``renames`` (old key -> new key) are keys the database has just
    renamed: their entries are rewritten in place under the new key."""
    blocks = split_blocks(text)
    strings, strings_digest, string_problems = _strings_of(blocks, source)
    # A broken @string is a change to no entry: entries whose text did not
    # change keep what they said, rather than the macro's name as text.
    strings_broken = bool(string_problems) or any(b.kind == "failed" and (b.entry_type or "").lower() == "string"
                                                  for b in blocks)
    strings_changed = strings_digest != meta.get("strings") and not strings_broken
    file = _read_file(blocks, base, strings, not strings_changed, source)
    file.warnings[:0] = string_problems
    base = _renamed(base, file, renames or {})
    missing = {k: b for k, b in base.items() if k not in file.current}
    held = _held_back(file.unreadable, missing)
    by_hand = _hand_renames(missing, items, file, held)
    if by_hand:
        base = _renamed(base, file, by_hand)
        for new in by_hand.values():  # the database did not change: it follows the file
            base[new] = dict(base[new], db=dict(base[new]["db"], id=new))
        items = {by_hand.get(k, k): (dict(v, id=by_hand[k]) if k in by_hand else v) for k, v in items.items()}
    newline = "\r\n" if "\r\n" in text else "\n"
    m = _Merge(text, base, items, file, strings, biblatex, newline)
    m.report.warnings.extend(file.warnings)
    m.report.renamed = [[old, new] for old, new in by_hand.items()]
    m.report.held = sorted(held & base.keys())
    m.items_changed = bool(by_hand)
    keys = list(dict.fromkeys([*base.keys(), *items.keys(), *file.current.keys()]))
    actions: dict[str, str] = {}
    for key in keys:
        try:
            actions[key] = _decide(key, base, items, file, held, strings_changed, biblatex, keep, keep_keys)
        except Exception as exc:  # one bad item never stops the others; it is left as it is
            m.cannot_sync(key, exc, source)
    deleting = [k for k, a in actions.items() if a == DELETE_FROM_DB]
    if deleting and not allow_mass_delete and mass_deletion(len(deleting), len(items)):
        m.report.held_deletions = deleting
        m.report.warnings.append(Problem(
            f"{len(deleting)} of the library's {len(items)} references are no longer in the file; "
            "nothing was deleted. If you meant to delete them, run `scan sync --yes`", source))
        actions.update({k: HOLD for k in deleting})
    for key, action in actions.items():
        keep_side = keep if (keep and (keep_keys is None or key in keep_keys)) else None
        try:
            m.act(key, action, keep_side)
        except Exception as exc:  # one bad item never stops the others
            m.undo(key)
            m.cannot_sync(key, exc, source)
    return _finish(m, blocks, strings_digest)


def _hand_renames(missing: dict[str, dict], items: dict[str, dict], file: _FileState,
                  held: set[str]) -> dict[str, str]:
    """Keys changed by hand in library.bib (old -> new): an entry gone from the
    file whose block reads, but for its key, as it did at the last sync, now
    under a key neither side had. The database's item follows it, with what
    only the database holds, rather than being deleted and added anew."""
    gone: dict[str, list[str]] = {}
    for key, entry in missing.items():
        if key in items and key not in held:
            gone.setdefault(_apart_from_key(entry["bib"]), []).append(key)
    found: dict[str, str] = {}
    if not gone:
        return found
    for key, cur in file.current.items():
        if key not in items and key not in missing:
            olds = gone.get(_apart_from_key(cur.item))
            if olds:
                found[olds.pop(0)] = key
    return found


def _apart_from_key(item: dict) -> str:
    import json

    return json.dumps({k: v for k, v in item.items() if k != "id"}, sort_keys=True, ensure_ascii=False)


def _renamed(base: dict[str, dict], file: _FileState, renames: dict[str, str]) -> dict[str, dict]:
    """The base and the file's entries seen under their new keys (the base
    keeps the old item, so the key change shows as the database's edit)."""
    if not renames:
        return base
    base = dict(base)
    for old, new in renames.items():
        if old in base:
            base[new] = dict(base.pop(old), key=new)
        if old in file.current:
            file.current[new] = file.current.pop(old)
    return base


def _decide(key: str, base: dict, items: dict, file: _FileState, held: set[str], strings_changed: bool,
            biblatex: bool, keep: str | None, keep_keys: set[str] | None) -> str:
    b, d, cur = base.get(key), items.get(key), file.current.get(key)
    keep_side = keep if (keep and (keep_keys is None or key in keep_keys)) else None
    same = b is None and d is not None and cur is not None and (cur.item == d or _same_in_bib(cur.item, d, biblatex))
    bib_changed = b is not None and (cur is None or cur.digest != b["h"] or (strings_changed and cur.item != b["bib"]))
    db_changed = b is not None and d != b["db"]
    return decide(b is not None, d is not None, cur is not None, same=same, bib_changed=bib_changed,
                  db_changed=db_changed, keep=keep_side, held=key in held)


def _finish(m: _Merge, blocks: list[Block], strings_digest: str) -> SyncPlan:
    text_changed = bool(m.replace or m.appended)
    out_text = _assemble(blocks, m.replace, list(m.appended.values()), m.newline) if text_changed else m.text
    conflicted = {c.key for c in m.report.conflicts}
    for k in list(m.new_base):
        if k in conflicted and k in m.base:
            m.new_base[k] = m.base[k]
    return SyncPlan(out_text, m.new_items, m.new_base, {"strings": strings_digest}, m.report, text_changed,
                    m.items_changed)


def _get(item: dict, path: tuple) -> object:
    node: object = item
    for k in path:
        if not isinstance(node, dict) or k not in node:
            return None
        node = node[k]
    return node


def _same_in_bib(bib_item: dict, db_item: dict, biblatex: bool) -> bool:
    """True when the file's entry says what the database's item would say
    written to the file (BibTeX folds blanks and cannot hold every variable)."""
    from refs import bibtex

    return bibtex.item_to_fields(bib_item, biblatex=biblatex) == bibtex.item_to_fields(db_item, biblatex=biblatex) \
        or bib_item == _read_back(db_item, biblatex)


def _read_back(item: dict, biblatex: bool) -> dict:
    """``item`` as library.bib would give it back: written, then read."""
    from refs import bibtex

    return bibtex.parse_entry_block(bibtex.render_entry(item, biblatex=biblatex), {}).item


def _render_differs(parsed: bibtex.ParsedEntry, item: dict, biblatex_default: bool) -> bool:
    from refs import bibtex

    dialect = bibtex.is_biblatex(parsed, biblatex_default)
    return bibtex.item_to_fields(parsed.item, biblatex=dialect) != bibtex.item_to_fields(item, biblatex=dialect) \
        or parsed.key != item.get("id")


def _assemble(blocks: list[Block], replace: dict[int, str], new_raws: list[str], newline: str) -> str:
    parts: list[str] = []
    drop_leading_newlines = False
    for i, block in enumerate(blocks):
        raw = replace.get(i, block.raw)
        if drop_leading_newlines and block.kind == "text":
            # A deleted entry takes one line break and one blank line with it.
            stripped = raw
            for _ in range(2):
                if stripped.startswith("\r\n"):
                    stripped = stripped[2:]
                elif stripped.startswith("\n"):
                    stripped = stripped[1:]
            raw = stripped
        drop_leading_newlines = i in replace and replace[i] == ""
        parts.append(raw)
    text = "".join(parts)
    if new_raws:
        if text and not text.endswith("\n"):
            text += newline
        for raw in new_raws:
            if text:
                text += newline
            text += raw + newline
    return text


# --- I/O --------------------------------------------------------------------


@dataclass(frozen=True)
class BibText:
    text: str
    encoding: str
    bom: bool
    digest: str | None


def read_bib(path: Path) -> tuple[BibText, list[Problem]]:
    """Read ``library.bib``: UTF-8 (BOM kept), UTF-16 with a BOM (kept so),
    or Latin-1 with a warning. A file with NUL bytes and no BOM is refused:
    read as Latin-1 it would come up empty and be written back garbled."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return BibText("", "utf-8", False, None), []
    except IsADirectoryError:
        raise BadInput("is a folder, not a .bib file", str(path)) from None
    except PermissionError:
        raise BadInput("cannot be read (permission denied)", str(path)) from None
    digest = hashlib.sha256(data).hexdigest()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return BibText(data.decode("utf-16"), "utf-16", True, digest), []
        except UnicodeDecodeError as exc:
            raise BadInput(f"starts as UTF-16 but is not (byte {exc.start}); save it as UTF-8", str(path)) from None
    if b"\x00" in data[:4096]:
        raise BadInput("holds NUL bytes: UTF-16 without a byte-order mark, or not a text file at all; "
                       "save it as UTF-8 (JabRef: File > Properties > Encoding)", str(path), 1)
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        return BibText(data.decode("utf-8-sig"), "utf-8", bom, digest), []
    except UnicodeDecodeError as exc:
        from refs.values.text import LEGACY_NAMES, decode_legacy, decode_mixed

        mixed = decode_mixed(data[3:] if bom else data)
        if mixed is not None:
            return BibText(mixed[0], "utf-8", bom, digest), [_stray_bytes(mixed[1], path)]
        line = data.count(b"\n", 0, exc.start) + 1
        text, encoding = decode_legacy(data)
        name = LEGACY_NAMES[encoding]
        warn = Problem(f"not UTF-8 (byte 0x{data[exc.start]:02x}); read as {name}, and written back as {name}",
                       str(path), line)
        return BibText(text, encoding, False, digest), [warn]


def _stray_bytes(strays: list[tuple[int, int]], path: Path) -> Problem:
    shown = ", ".join(f"0x{byte:02x}" for _, byte in strays[:5]) + (", ..." if len(strays) > 5 else "")
    lines = sorted({line for line, _ in strays})
    where = f"line {lines[0]}" if len(lines) == 1 else f"lines {', '.join(map(str, lines[:5]))}" + (
        ", ..." if len(lines) > 5 else "")
    return Problem(f"UTF-8 but for {len(strays)} byte(s) ({shown}, {where}), read as Windows-1252 letters; "
                   "the file is written back as UTF-8", str(path), lines[0])


def encode_bib(text: str, like: BibText, path: Path) -> tuple[bytes, list[Problem]]:
    if like.encoding == "utf-16":
        return text.encode("utf-16"), []
    if like.encoding in ("latin-1", "cp1252"):
        try:
            return text.encode(like.encoding), []
        except UnicodeEncodeError:
            pass
        # New text with letters Latin-1 has not (Łódź): as LaTeX ({\L}{\'o}d{\'z}),
        # so the file stays Latin-1 for the tools and the LaTeX that read it so.
        from refs.values.latex import encode_latex
        from refs.values.text import LEGACY_NAMES

        def one(c: str) -> str:
            try:
                c.encode(like.encoding)
                return c
            except UnicodeEncodeError:
                return encode_latex(c, ascii=True)

        try:
            return "".join(map(one, text)).encode(like.encoding), []
        except UnicodeEncodeError:
            return text.encode("utf-8"), [Problem(f"has characters that neither {LEGACY_NAMES[like.encoding]} nor "
                                                  "LaTeX commands can hold; now written as UTF-8", str(path))]
    return (b"\xef\xbb\xbf" if like.bom else b"") + text.encode("utf-8"), []
