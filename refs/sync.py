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
from pathlib import Path

from typing import TYPE_CHECKING

from refs.bibfile import Block, block_digest, split_blocks
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
    wrote_bib: bool = False
    wrote_db: bool = False
    dry_run: bool = False

    @property
    def changed(self) -> bool:
        return any((self.added_to_db, self.updated_in_db, self.deleted_from_db,
                    self.added_to_bib, self.updated_in_bib, self.deleted_from_bib))

    def as_json(self) -> dict:
        out = {k: getattr(self, k) for k in ("added_to_db", "updated_in_db", "deleted_from_db",
                                              "added_to_bib", "updated_in_bib", "deleted_from_bib")}
        out["conflicts"] = [c.as_json() for c in self.conflicts]
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


# --- the merge --------------------------------------------------------------


@dataclass
class _Current:
    block_index: int
    block: Block
    digest: str
    item: dict
    parsed: bibtex.ParsedEntry | None


def _strings_of(blocks: list[Block]) -> tuple[dict[str, str], str]:
    from refs import bibtex

    raws = [b.raw for b in blocks if b.kind == "string"]
    joined = "\n".join(raws)
    digest = hashlib.blake2b(joined.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()
    return (bibtex.parse_strings(joined) if raws else {}), digest


def plan_sync(text: str, base: dict[str, dict], meta: dict, items: dict[str, dict], *,
              source: str = "library.bib", keep: str | None = None, keep_keys: set[str] | None = None,
              biblatex: bool = True) -> SyncPlan:
    """Merge ``text`` (library.bib) and ``items`` (the database) against ``base``."""
    from refs import bibtex

    report = SyncReport()
    blocks = split_blocks(text)
    strings, strings_digest = _strings_of(blocks)
    strings_changed = strings_digest != meta.get("strings")
    by_digest = {} if strings_changed else {b["h"]: k for k, b in base.items()}
    newline = "\r\n" if "\r\n" in text else "\n"

    current: dict[str, _Current] = {}
    unsure: set[str] = set()  # keys of blocks that failed: never treated as deleted
    unparsed_unknown = 0
    # Blocks whose text is as at the last sync reuse the base's parse; the
    # rest are parsed in one batch (on every core when there are many).
    matched: set[str] = set()
    to_parse: list[int] = []
    for i, block in enumerate(blocks):
        if block.kind == "entry":
            digest = block.digest
            if digest in by_digest and digest not in matched:
                matched.add(digest)
            else:
                to_parse.append(i)
    parsed_at = dict(zip(to_parse, bibtex.parse_entry_blocks([blocks[i].raw for i in to_parse], strings)))

    for i, block in enumerate(blocks):
        if block.kind == "failed":
            report.warnings.append(Problem(
                f"@{block.entry_type} block never closes its braces; kept verbatim, not synced", source, block.line))
            if block.key_hint:
                unsure.add(block.key_hint)
            else:
                unparsed_unknown += 1
            continue
        if block.kind != "entry":
            continue
        digest = block.digest
        parsed = parsed_at.get(i)
        if parsed is None:
            key = by_digest[digest]
            item = base[key]["bib"]
        else:
            if isinstance(parsed, bibtex.BlockParseError):
                report.warnings.append(Problem(f"entry fails to parse ({parsed}); kept verbatim, not synced",
                                               source, block.line, block.key_hint))
                if block.key_hint:
                    unsure.add(block.key_hint)
                else:
                    unparsed_unknown += 1
                continue
            key, item = parsed.key, parsed.item
            if not key.strip():
                report.warnings.append(Problem("entry has no key; kept in the file but not synced: give it a key",
                                               source, block.line))
                unparsed_unknown += 1  # whatever key it had is not taken as deleted
                continue
            for w in parsed.warnings:
                report.warnings.append(Problem(f"{key}: {w}", source, block.line, key))
        if key in current:
            first = current[key].block.line
            report.warnings.append(Problem(
                f"duplicate key {key!r} at lines {first} and {block.line}; the entry at line "
                f"{block.line} is kept in the file but not synced: rename one of them", source, block.line, key))
            continue
        current[key] = _Current(i, block, digest, item, parsed)

    new_items: dict[str, dict] = dict(items)
    new_base: dict[str, dict] = dict(base)
    replace: dict[int, str] = {}      # block index -> new raw ("" deletes)
    appended: list[str] = []          # keys to append, in order
    items_changed = False

    def parsed_of(cur: _Current) -> bibtex.ParsedEntry:
        if cur.parsed is None or cur.parsed.fields is None:
            cur.parsed = bibtex.parse_entry_block(cur.block.raw, strings)
        return cur.parsed

    def take_from_file(key: str, cur: _Current, bucket: list[str]) -> None:
        """The file's entry becomes the database's, and the new base."""
        nonlocal items_changed
        new_items[key] = cur.item
        items_changed = True
        bucket.append(key)
        new_base[key] = {"key": key, "h": cur.digest, "bib": cur.item, "db": cur.item}

    def rewrite(cur: _Current, item: dict) -> None:
        replace[cur.block_index] = bibtex.update_block(parsed_of(cur), item, biblatex_default=biblatex,
                                                       newline=newline)

    keys = list(dict.fromkeys([*base.keys(), *items.keys(), *current.keys()]))
    for key in keys:
        b = base.get(key)
        d = items.get(key)
        cur = current.get(key)
        if key in unsure and cur is None:
            continue
        keep_side = keep if (keep and (keep_keys is None or key in keep_keys)) else None
        line = cur.block.line if cur else None
        if b is None:
            if d is not None and cur is not None:
                if cur.item == d or _same_in_bib(cur.item, d, biblatex):
                    new_base[key] = {"key": key, "h": cur.digest, "bib": cur.item, "db": d}
                elif keep_side == "db":
                    rewrite(cur, d)
                    report.updated_in_bib.append(key)
                    new_base.pop(key, None)
                elif keep_side == "bib":
                    take_from_file(key, cur, report.updated_in_db)
                else:
                    for path, v in diff(d, cur.item).items():
                        report.conflicts.append(Conflict(key, _dotted(path), _get(d, path), v, line))
            elif d is not None:
                appended.append(key)
                report.added_to_bib.append(key)
            elif cur is not None:
                take_from_file(key, cur, report.added_to_db)
            continue

        bib_changed = cur is None or cur.digest != b["h"] or strings_changed and cur.item != b["bib"]
        db_changed = d != b["db"]
        if d is None and cur is None:
            del new_base[key]
        elif d is None:
            if not bib_changed or keep_side == "db":
                replace[cur.block_index] = ""
                report.deleted_from_bib.append(key)
                del new_base[key]
            elif keep_side == "bib":
                take_from_file(key, cur, report.added_to_db)
            else:
                report.conflicts.append(Conflict(key, "*", None, "edited in the file", line))
        elif cur is None:
            if unparsed_unknown:
                report.warnings.append(Problem(
                    f"{key} is missing from the file, but a block failed to parse: not deleted", source))
            elif not db_changed or keep_side == "bib":
                del new_items[key]
                items_changed = True
                report.deleted_from_db.append(key)
                del new_base[key]
            elif keep_side == "db":
                appended.append(key)
                report.added_to_bib.append(key)
                del new_base[key]
            else:
                report.conflicts.append(Conflict(key, "*", "edited in the database", None, None))
        elif not bib_changed and not db_changed:
            continue
        elif not db_changed:
            merged = apply(d, diff(b["bib"], cur.item))
            if merged != d:
                new_items[key] = merged
                items_changed = True
                report.updated_in_db.append(key)
            new_base[key] = {"key": key, "h": cur.digest, "bib": cur.item, "db": merged}
        else:
            bib_changes = diff(b["bib"], cur.item) if bib_changed else {}
            db_changes = diff(b["db"], d)
            conflicting = {p for p in bib_changes.keys() & db_changes.keys() if bib_changes[p] != db_changes[p]}
            if conflicting and keep_side is None:
                for p in sorted(conflicting, key=_dotted):
                    report.conflicts.append(Conflict(key, _dotted(p), _jsonable(db_changes[p]),
                                                     _jsonable(bib_changes[p]), line))
                merged_db = apply(d, {p: v for p, v in bib_changes.items() if p not in conflicting})
                merged_bib = apply(merged_db, {p: bib_changes[p] for p in conflicting})
                if merged_db != d:
                    new_items[key] = merged_db
                    items_changed = True
                if _render_differs(parsed_of(cur), merged_bib, biblatex):
                    rewrite(cur, merged_bib)
                continue  # base stays: the conflict shows again next time
            if keep_side == "db":
                bib_changes = {p: v for p, v in bib_changes.items() if p not in conflicting}
            merged = apply(d, bib_changes)
            if merged != d:
                new_items[key] = merged
                items_changed = True
                report.updated_in_db.append(key)
            if _render_differs(parsed_of(cur), merged, biblatex):
                rewrite(cur, merged)
                report.updated_in_bib.append(key)
                new_base.pop(key, None)  # filled in after the rewrite
            else:
                new_base[key] = {"key": key, "h": cur.digest, "bib": cur.item, "db": merged}

    out_text = text
    text_changed = bool(replace or appended)
    if text_changed:
        out_text = _assemble(blocks, replace, [new_items[k] for k in appended], biblatex, newline)
        # Base entries of rewritten and appended blocks come from the text we write.
        for i, raw in replace.items():
            if raw:
                parsed = bibtex.parse_entry_block(raw, strings)
                key = parsed.key
                new_base[key] = {"key": key, "h": block_digest(raw), "bib": parsed.item, "db": new_items[key]}
        for key in appended:
            raw = bibtex.render_entry(new_items[key], biblatex=biblatex, newline=newline)
            parsed = bibtex.parse_entry_block(raw, strings)
            new_base[key] = {"key": key, "h": block_digest(raw), "bib": parsed.item, "db": new_items[key]}
    conflicted = {c.key for c in report.conflicts}
    for k in list(new_base):
        if k in conflicted and k in base:
            new_base[k] = base[k]
    meta = {"strings": strings_digest}
    return SyncPlan(out_text, new_items, new_base, meta, report, text_changed, items_changed)


def _get(item: dict, path: tuple) -> object:
    node: object = item
    for k in path:
        if not isinstance(node, dict) or k not in node:
            return None
        node = node[k]
    return node


def _same_in_bib(bib_item: dict, db_item: dict, biblatex: bool) -> bool:
    from refs import bibtex

    return bibtex.item_to_fields(bib_item, biblatex=biblatex) == bibtex.item_to_fields(db_item, biblatex=biblatex)


def _render_differs(parsed: bibtex.ParsedEntry, item: dict, biblatex_default: bool) -> bool:
    from refs import bibtex

    dialect = bibtex.is_biblatex(parsed, biblatex_default)
    return bibtex.item_to_fields(parsed.item, biblatex=dialect) != bibtex.item_to_fields(item, biblatex=dialect) \
        or parsed.key != item.get("id")


def _assemble(blocks: list[Block], replace: dict[int, str], new_items: list[dict],
              biblatex: bool, newline: str) -> str:
    from refs import bibtex

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
    if new_items:
        if text and not text.endswith("\n"):
            text += newline
        for item in new_items:
            if text:
                text += newline
            text += bibtex.render_entry(item, biblatex=biblatex, newline=newline) + newline
    return text


# --- I/O --------------------------------------------------------------------


@dataclass(frozen=True)
class BibText:
    text: str
    encoding: str
    bom: bool
    digest: str | None


def read_bib(path: Path) -> tuple[BibText, list[Problem]]:
    """Read ``library.bib``: UTF-8 (BOM kept), or Latin-1 with a warning."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return BibText("", "utf-8", False, None), []
    except IsADirectoryError:
        raise BadInput("is a folder, not a .bib file", str(path)) from None
    digest = hashlib.sha256(data).hexdigest()
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        return BibText(data.decode("utf-8-sig"), "utf-8", bom, digest), []
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        warn = Problem(f"not UTF-8 (byte 0x{data[exc.start]:02x}); read as Latin-1, and written back as Latin-1",
                       str(path), line)
        return BibText(data.decode("latin-1"), "latin-1", False, digest), [warn]


def encode_bib(text: str, like: BibText, path: Path) -> tuple[bytes, list[Problem]]:
    if like.encoding == "latin-1":
        try:
            return text.encode("latin-1"), []
        except UnicodeEncodeError:
            return text.encode("utf-8"), [Problem("has characters Latin-1 cannot hold; now written as UTF-8", str(path))]
    return (b"\xef\xbb\xbf" if like.bom else b"") + text.encode("utf-8"), []
