"""Library operations on a workspace: sync, add, edit, remove, import, export.

Each operation takes the workspace lock, applies its change to the database,
then syncs ``library.bib`` (:func:`sync`), so that the file and the database
never drift apart. Reading operations (:func:`list_items`) take no lock: every
file is replaced atomically, so a reader sees a whole old or a whole new file.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from refs.atomic import write_atomic
from refs.errors import (BadInput, CannotWrite, ConcurrentModification, CorruptDatabase, DamagedDatabase, Problem,
                         UnknownKey, WorkspaceLocked)
from refs.lock import workspace_lock
from refs.store import BASE_FILE, Store
from refs.sync import BibText, SyncReport, encode_bib, plan_sync, read_bib

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Workspace:
    """Where a library lives: ``library.bib`` and the ``db/`` folder."""

    bib: Path
    db: Path
    biblatex: bool = True

    @classmethod
    def from_env(cls, bib: str | None = None, db: str | None = None) -> Workspace:
        return cls(Path(bib or os.environ.get("SCAN_BIB") or "library.bib"),
                   Path(db or os.environ.get("SCAN_DB") or "db"))

    def holds(self, path: str | os.PathLike) -> bool:
        """Whether ``path`` is one of the library's own files: library.bib
        (by any name, a link or a hard link) or a file in ``db/``. An export
        or a report written there would replace the library with a copy of
        part of it."""
        real = Path(os.path.realpath(path))
        bib, db = Path(os.path.realpath(self.bib)), Path(os.path.realpath(self.db))
        if real == bib or db == real or db in real.parents:
            return True
        try:
            return os.path.samefile(real, bib)
        except OSError:
            return False

    @cached_property
    def store(self) -> Store:
        """One store per workspace object: a file it has read whole is known
        not to be corrupt, and is not read again before it is written."""
        return Store(self.db)


# --- sync ---------------------------------------------------------------------


def sync(ws: Workspace, *, dry_run: bool = False, keep: str | None = None,
         keep_keys: list[str] | None = None, command: str = "scan sync", yes: bool = False) -> SyncReport:
    """Two-way sync of the database with ``library.bib`` (see :mod:`refs.sync`).
    ``yes`` lets a sync delete many references the file no longer has."""
    with workspace_lock(ws.db, command):
        return _sync_locked(ws, dry_run=dry_run, keep=keep, keep_keys=keep_keys, yes=yes)


def _sync_locked(ws: Workspace, *, dry_run: bool = False, keep: str | None = None,
                 keep_keys: list[str] | None = None, items: dict[str, dict] | None = None,
                 yes: bool = False, renames: dict[str, str] | None = None, _again: bool = True) -> SyncReport:
    """The sync, under the lock. ``items`` is the database as a command has
    just changed it: it is written together with ``library.bib``, after the
    check that nobody changed the file meanwhile, or not at all."""
    store = ws.store
    bib, warnings = read_bib(ws.bib)
    if items is None and keep is None and not yes:
        fast = _unchanged(ws, bib, warnings, dry_run)
        if fast is not None:
            return fast
    items_given = items is not None
    stored_base = _load_base(ws, warnings, dry_run)
    base, meta = stored_base
    rebuilt = False
    if items is None:
        before = len(warnings)
        items, rebuilt = _load_or_rebuild(ws, bib, warnings, dry_run)
        items_given = len(warnings) > before and not rebuilt  # items were mended: write them back
    if rebuilt or (base and not store.refs_path.exists() and items == {}):
        # The database is gone or was damaged: rebuild it from library.bib
        # rather than read its absence as deletions.
        if not rebuilt:
            warnings.append(Problem(f"{store.refs_path} is missing: the library is rebuilt from {ws.bib}"))
        base, meta, rebuilt = {}, {}, True
    elif base and not bib.text.strip():
        # library.bib is missing or empty: write it anew from the database
        # rather than read its absence as the deletion of every entry.
        warnings.append(Problem(f"{ws.bib} is missing or empty: written anew from the database"))
        base, meta = {}, {}
    plan = plan_sync(bib.text, base, meta, items, source=str(ws.bib), keep=keep,
                     keep_keys=set(keep_keys) if keep_keys else None, biblatex=ws.biblatex,
                     allow_mass_delete=yes, renames=renames)
    report = plan.report
    planned_warnings = list(report.warnings)
    for key in dict.fromkeys(keep_keys or ()):
        if key not in items and key not in base:
            # a key that names no reference settles nothing (a typo, a key renamed since): say so
            warnings.append(Problem(f"--keep {keep}: no reference has the key {key!r}; nothing was settled for it",
                                    key=key))
    report.warnings[:0] = warnings
    report.dry_run = dry_run
    if dry_run:
        return report
    _write(ws, bib, plan, report, write_items=plan.items_changed or rebuilt or items_given,
           stored_base=stored_base)
    if report.wrote_bib or report.conflicts or report.unsynced or report.held_deletions:
        # Line numbers of warnings changed with the text, and conflicts,
        # keys that could not be synced and deletions held back must show
        # every time: the next sync reads the file again.
        store.save_state({})
    else:
        store.save_state({"bib": bib.digest, "refs": store.refs_digest(),
                          "warnings": [{"message": w.message, "source": w.source, "line": w.line, "key": w.key}
                                       for w in planned_warnings if w.line is not None]})
    if _again and report.wrote_bib and any("duplicate key" in w.message for w in planned_warnings):
        # A duplicate of a key this sync deleted or renamed may now be the only one: take it in.
        again = _sync_locked(ws, _again=False)
        report.added_to_db.extend(again.added_to_db)
        report.updated_in_db.extend(again.updated_in_db)
        report.warnings = [w for w in report.warnings if "duplicate key" not in w.message] + [
            w for w in again.warnings if "duplicate key" in w.message]
    return report


def _unchanged(ws: Workspace, bib: BibText, warnings: list[Problem], dry_run: bool) -> SyncReport | None:
    """The no-op fast path: nothing changed since the last sync (two hashes)."""
    store = ws.store
    state = store.load_state()
    if state and bib.digest is not None and state.get("bib") == bib.digest \
            and state.get("refs") == store.refs_digest():
        # What the last sync warned about still stands.
        kept = [Problem(w["message"], w.get("source"), w.get("line"), w.get("key"))
                for w in state.get("warnings", [])]
        return SyncReport(warnings=warnings + kept, dry_run=dry_run)
    return None


def _load_base(ws: Workspace, warnings: list[Problem], dry_run: bool) -> tuple[dict, dict]:
    """The merge base. A ``sync.json`` that is not JSON holds no reference,
    only the state at the last sync: it is set aside, and library.bib and
    the database are compared afresh (what they both say is no conflict)."""
    try:
        return ws.store.load_base()
    except CorruptDatabase:
        path = ws.store.dir / BASE_FILE
        if dry_run:
            warnings.append(Problem("not a valid database file; a sync will set it aside and compare "
                                    f"{ws.bib} with the database afresh", str(path)))
        else:
            moved = ws.store.set_aside(BASE_FILE)
            warnings.append(Problem(f"not a valid database file; set aside as {moved.name}, and {ws.bib} "
                                    "was compared with the database afresh", str(path)))
        return {}, {}


def _load_or_rebuild(ws: Workspace, bib: BibText, warnings: list[Problem], dry_run: bool) -> tuple[dict, bool]:
    """The database's items; a damaged ``refs.json`` is set aside (when
    ``library.bib`` can rebuild it) and the library rebuilt from the file."""
    try:
        return _load_items(ws, warnings), False
    except DamagedDatabase as exc:
        if not bib.text.strip():
            raise DamagedDatabase(f"{exc}. library.bib is empty too, so nothing can be rebuilt: restore "
                                  f"{ws.store.refs_path} or library.bib from a backup") from None
        if dry_run:
            warnings.append(Problem(f"{exc}: a sync will set it aside and rebuild the library from {ws.bib}"))
            return {}, True
        moved = ws.store.set_aside()
        warnings.append(Problem(f"{exc}: set aside as {moved.name}; the library is rebuilt from {ws.bib}"))
        return {}, True


def _load_items(ws: Workspace, warnings: list[Problem]) -> dict[str, dict]:
    """The database's items. When ``refs.json`` is not as the last sync left
    it (another program wrote it), each item's shape is checked first
    (:func:`refs.fields.clean_item`), and what was wrong is said by key."""
    from refs.fields import clean_item

    store = ws.store
    items = store.load_items()
    state = store.load_state()
    if state.get("refs") and state["refs"] == store.refs_digest():
        return items
    for key, item in list(items.items()):
        fixed, fixes = clean_item(item)
        if fixes:
            items[key] = fixed
            warnings.append(Problem(f"{key}: {'; '.join(fixes)}", str(store.refs_path), key=key))
    return items


def _write(ws: Workspace, bib: BibText, plan, report: SyncReport, *, write_items: bool,
           stored_base: tuple[dict, dict] | None) -> None:
    """Write library.bib and the database, after checking that the file is
    still what the plan read (else nothing at all is written)."""
    store = ws.store
    if read_bib(ws.bib)[0].digest != bib.digest:
        raise ConcurrentModification(
            f"{ws.bib} changed while the sync ran; nothing was written. Run the command again.")
    if plan.text_changed or bib.digest is None:
        data, more = encode_bib(plan.text, bib, ws.bib)
        report.warnings.extend(more)
        write_atomic(ws.bib, data)
        report.wrote_bib = True
    if write_items or not store.refs_path.exists():
        store.save_items(plan.items)
        report.wrote_db = True
    if stored_base is None or plan.base != stored_base[0] or plan.meta != stored_base[1]:
        store.save_base(plan.base, plan.meta)


def refresh(ws: Workspace, command: str = "scan") -> SyncReport | None:
    """Take in hand edits of ``library.bib`` before a command that only
    reads, so it shows the library as it is now. Cheap when nothing changed
    (two hashes). When another process holds the workspace, or the workspace
    cannot be written, the library is read as of the last sync and a warning
    says so. Problems are logged."""
    if not ws.bib.exists() and not ws.db.exists():
        return None
    bib, warnings = read_bib(ws.bib)
    if _unchanged(ws, bib, [], False) is not None:
        return None
    try:
        with workspace_lock(ws.db, command, timeout=min(2.0, _lock_wait())):
            report = _sync_locked(ws)
    except (WorkspaceLocked, CannotWrite, ConcurrentModification) as exc:
        # Reading needs no write: a workspace in use, read-only, or changing under
        # us is shown as of the last sync, and says so.
        log.warning("%s changed since the last sync, but %s; showing the library as of the last sync",
                    ws.bib, exc)
        return None
    for w in report.warnings:
        log.warning("%s", w)
    for c in report.conflicts:
        log.warning("conflict in %s, field %s: the database has %r, library.bib has %r; "
                    "settle it with `scan sync --keep bib|db %s`", c.key, c.field, c.db_value, c.bib_value, c.key)
    return report


def _lock_wait() -> float:
    from refs.lock import _default_timeout

    return _default_timeout()


# --- changes --------------------------------------------------------------------


@dataclass
class AddReport:
    """What adding or importing did: keys added, duplicates skipped or merged."""

    added: list[str] = field(default_factory=list)
    merged: list[tuple[str, str]] = field(default_factory=list)      # (existing key, reason)
    skipped: list[tuple[str, str, str]] = field(default_factory=list)  # (incoming label, existing key, reason)
    problems: list[Problem] = field(default_factory=list)
    sync: SyncReport | None = None

    def as_json(self) -> dict:
        return {
            "added": self.added,
            "merged": [{"key": k, "reason": r} for k, r in self.merged],
            "skipped": [{"item": i, "duplicate_of": k, "reason": r} for i, k, r in self.skipped],
            "problems": [str(p) for p in self.problems],
            "sync": self.sync.as_json() if self.sync else None,
        }


def add_items(ws: Workspace, incoming: list[dict], *, merge: bool = False, force: bool = False,
              command: str = "scan refs add", problems: list[Problem] | None = None) -> AddReport:
    """Add references. An item that matches one already in the library (same
    DOI, URL and title, or title+year+author) is skipped, or merged into it
    with ``merge``, or added anyway with ``force``; items of the same batch
    are never dropped as duplicates of each other. New keys follow
    :mod:`refs.citekey`."""
    from refs import citekey, dedupe

    report = AddReport(problems=list(problems or []))
    with workspace_lock(ws.db, command):
        items = _items_for_change(ws)
        index = dedupe.DuplicateIndex(items.values())
        fresh: list[dict] = []
        for item in incoming:
            dup = None if force else dedupe.find_duplicate(item, index)
            if dup is not None:
                key, reason = dup
                if merge:
                    items[key] = dedupe.merge_items(items[key], item)
                    report.merged.append((key, reason))
                else:
                    report.skipped.append((_label(item), key, reason))
                continue
            fresh.append(item)
        keys = citekey.assign_keys(fresh, set(items) | _keys_in_file(ws))
        for item, key in zip(fresh, keys):
            old, dropped = citekey.own_key(item), citekey.dropped_key(item)
            # The key is the id; a citation-key beside it would go stale on a rename.
            item = {k: v for k, v in item.items() if k != "citation-key"} | {"id": key}
            if old and old != key:
                twin = next((k for k in items if k.lower() == old.lower() and k != old), None) \
                    if old not in items else None
                how = f" by {twin!r} (BibTeX reads keys whatever their case)" if twin else ""
                report.problems.append(Problem(f"key {old!r} is taken{how}; added as {key!r}", key=key))
            elif dropped:
                report.problems.append(Problem(f"key {dropped!r} cannot be kept (library.bib keys hold no blanks, "
                                               f"commas, braces, parentheses, quotes, #, % or =); added as {key!r}",
                                               key=key))
            items[key] = item
            report.added.append(key)
        report.sync = _sync_locked(ws, items=items)
    return report


@dataclass
class UpsertReport:
    """What :func:`upsert_items` did: keys added, updated, and left as they were."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    sync: SyncReport | None = None

    def as_json(self) -> dict:
        return {"added": self.added, "updated": self.updated, "unchanged": self.unchanged,
                "problems": [str(p) for p in self.problems], "sync": self.sync.as_json() if self.sync else None}


def upsert_items(ws: Workspace, incoming: list[dict], *, identity: str, command: str,
                 problems: list[Problem] | None = None) -> UpsertReport:
    """Add references, or update the ones they already are: an incoming
    item whose ``identity`` field (``zotero_key``) a reference holds, else
    one :mod:`refs.dedupe` finds a duplicate of, updates that reference (its
    fields replaced by the incoming ones, its key and the fields the
    incoming item lacks kept); the others are added (a given ``id`` is kept
    when free). Used by ``scan import --zotero``: a second import updates."""
    from refs import citekey, dedupe

    report = UpsertReport(problems=list(problems or []))
    with workspace_lock(ws.db, command):
        items = _items_for_change(ws)
        by_identity = {str(v[identity]): k for k, v in items.items() if v.get(identity)}
        index = dedupe.DuplicateIndex(items.values())
        fresh: list[dict] = []
        for item in incoming:
            key = by_identity.get(str(item.get(identity))) if item.get(identity) else None
            if key is None:
                dup = dedupe.find_duplicate(item, index)
                key = dup[0] if dup and dup[0] not in report.updated + report.unchanged else None
            if key is None:
                fresh.append(item)
                continue
            new = {**items[key], **{k: v for k, v in item.items() if k != "id"}, "id": key}
            (report.updated if new != items[key] else report.unchanged).append(key)
            items[key] = new
        for item, key in zip(fresh, citekey.assign_keys(fresh, set(items) | _keys_in_file(ws))):
            if item.get("id") and item["id"] != key:
                report.problems.append(Problem(f"key {item['id']!r} is taken; added as {key!r}", key=key))
            items[key] = dict(item, id=key)
            report.added.append(key)
        report.sync = _sync_locked(ws, items=items)
    return report


def _items_for_change(ws: Workspace) -> dict[str, dict]:
    """The database's items for a command to change; a damaged database is
    first rebuilt from library.bib (by a sync), never taken as empty."""
    try:
        return ws.store.load_items()
    except DamagedDatabase:
        _sync_locked(ws)
        return ws.store.load_items()


def _keys_in_file(ws: Workspace) -> set[str]:
    """Citekeys written in library.bib, synced or not (a hand-added entry's key
    is taken even before the next sync brings it into the database)."""
    from refs.bibfile import split_blocks

    text = read_bib(ws.bib)[0].text
    return {b.key_hint for b in split_blocks(text) if b.key_hint and b.kind in ("entry", "failed")}


def _label(item: dict) -> str:
    return str(item.get("id") or item.get("title") or item.get("URL") or "?")


def edit_item(ws: Workspace, key: str, changes: dict[str, object]) -> tuple[dict, SyncReport]:
    """Set (or, with value None, remove) fields of one reference."""
    with workspace_lock(ws.db, "scan refs edit"):
        items = _items_for_change(ws)
        if key not in items:
            raise UnknownKey(_unknown(key, items))
        item = dict(items[key])
        for name, value in changes.items():
            if name == "type" and isinstance(value, str):
                from refs.bibtex import retyped

                item = retyped(item, value)
            elif value is None:
                item.pop(name, None)
            else:
                item[name] = value
        items[key] = item
        return item, _sync_locked(ws, items=items)


def remove_items(ws: Workspace, keys: list[str]) -> SyncReport:
    with workspace_lock(ws.db, "scan refs rm"):
        items = _items_for_change(ws)
        for key in keys:
            if key not in items:
                raise UnknownKey(_unknown(key, items))
        for key in keys:
            del items[key]
        return _sync_locked(ws, items=items)


def rename_key(ws: Workspace, old: str, new: str) -> SyncReport:
    """Give a reference a new citekey, in the database and in library.bib
    (the entry is changed in place). The file's pending hand edits are taken
    in first, so the entry renamed is the one the user sees."""
    from refs.citekey import check_key

    check_key(new)
    with workspace_lock(ws.db, "scan refs rename"):
        first = _sync_locked(ws)
        if first.conflicts:
            raise BadInput(f"settle the pending sync conflicts first (`scan sync`); {old!r} was not renamed")
        if old in first.held:
            raise BadInput(f"the entry of {old!r} in {ws.bib} cannot be read (`scan sync` says where); "
                           "fix it first; it was not renamed")
        items = ws.store.load_items()
        if old not in items:
            raise UnknownKey(_unknown(old, items))
        if new in items or new in _keys_in_file(ws):
            raise BadInput(f"the key {new!r} is taken; choose another", source="scan refs rename")
        twin = next((k for k in sorted(set(items) | _keys_in_file(ws)) if k.lower() == new.lower() and k != old), None)
        if twin is not None:
            raise BadInput(f"the key {new!r} is taken by {twin!r} (BibTeX reads keys whatever their case); "
                           "choose another", source="scan refs rename")
        renamed = {(new if k == old else k): (dict(v, id=new) if k == old else v) for k, v in items.items()}
        return _sync_locked(ws, items=renamed, renames={old: new})


_MANUSCRIPTS = (".tex", ".md", ".markdown", ".qmd", ".rmd", ".txt", ".rst", ".docx", ".org")


def manuscripts_citing(folder: Path, key: str, *, max_depth: int = 4,
                       max_bytes: int = 20_000_000) -> list[tuple[Path, list[int]]]:
    """The manuscripts under ``folder`` (LaTeX, Markdown, Quarto, R Markdown,
    text, .docx; not ``db/`` or hidden folders) that cite ``key`` with LaTeX
    or Pandoc syntax, each with the lines where they do."""
    from refs.manuscript import find_key_citations, read_manuscript

    found: list[tuple[Path, list[int]]] = []
    for path in _manuscript_files(Path(folder), max_depth):
        try:
            if path.stat().st_size > max_bytes:
                continue
            lines = [c.line for c in find_key_citations(read_manuscript(path)) if c.key == key]
        except (OSError, ValueError):
            continue  # unreadable: not a manuscript we can check
        if lines:
            found.append((path, sorted(set(lines))))
    return found


def _manuscript_files(folder: Path, depth: int):
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name in ("db", "node_modules", "__pycache__"):
            continue
        if entry.is_dir() and not entry.is_symlink() and depth > 0:
            yield from _manuscript_files(entry, depth - 1)
        elif entry.is_file() and entry.suffix.lower() in _MANUSCRIPTS:
            yield entry


def _unknown(key: str, items: dict) -> str:
    near = [k for k in items if k.lower() == key.lower()]
    hint = f" Did you mean {near[0]!r}?" if near else " `scan refs list` shows the keys."
    return f"no reference with key {key!r}.{hint}"


# --- reading ----------------------------------------------------------------------


def list_items(ws: Workspace) -> list[dict]:
    """Every reference, hand edits of library.bib taken in first (:func:`refresh`)."""
    refresh(ws)
    try:
        return list(_read_items(ws).values())
    except DamagedDatabase:
        return []


def get_item(ws: Workspace, key: str) -> dict:
    """The reference with ``key``, or with ``key`` among its ``ids`` (biblatex's aliases)."""
    from refs.citekey import aliases

    refresh(ws)
    items = _read_items(ws)
    if key not in items:
        key = aliases(items.values()).get(key, key)
    if key not in items:
        raise UnknownKey(_unknown(key, items))
    return items[key]


def _read_items(ws: Workspace) -> dict[str, dict]:
    warnings: list[Problem] = []
    items = _load_items(ws, warnings)
    for w in warnings:
        log.warning("%s", w)
    return items
