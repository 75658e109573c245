"""Library operations on a workspace: sync, add, edit, remove, import, export.

Each operation takes the workspace lock, applies its change to the database,
then syncs ``library.bib`` (:func:`sync`), so that the file and the database
never drift apart. Reading operations (:func:`list_items`) take no lock: every
file is replaced atomically, so a reader sees a whole old or a whole new file.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from refs.atomic import write_atomic
from refs.errors import ConcurrentModification, Problem, UnknownKey
from refs.lock import workspace_lock
from refs.store import Store
from refs.sync import SyncReport, encode_bib, plan_sync, read_bib


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

    @property
    def store(self) -> Store:
        return Store(self.db)


# --- sync ---------------------------------------------------------------------


def sync(ws: Workspace, *, dry_run: bool = False, keep: str | None = None,
         keep_keys: list[str] | None = None, command: str = "scan sync") -> SyncReport:
    """Two-way sync of the database with ``library.bib`` (see :mod:`refs.sync`)."""
    with workspace_lock(ws.db, command):
        return _sync_locked(ws, dry_run=dry_run, keep=keep, keep_keys=keep_keys)


def _sync_locked(ws: Workspace, *, dry_run: bool = False, keep: str | None = None,
                 keep_keys: list[str] | None = None, items: dict[str, dict] | None = None) -> SyncReport:
    store = ws.store
    bib, warnings = read_bib(ws.bib)
    if items is None and keep is None:
        state = store.load_state()
        if state and bib.digest is not None and state.get("bib") == bib.digest \
                and state.get("refs") == store.refs_digest():
            # Nothing changed since the last sync; what it warned about still stands.
            kept = [Problem(w["message"], w.get("source"), w.get("line"), w.get("key"))
                    for w in state.get("warnings", [])]
            return SyncReport(warnings=warnings + kept, dry_run=dry_run)
    refs_missing = not store.refs_path.exists()
    if items is None:
        items = store.load_items()
    base, meta = store.load_base()
    if base and refs_missing and items == {}:
        # The database file is gone (moved away, as a corrupt file should be):
        # rebuild it from library.bib rather than read its absence as deletions.
        warnings.append(Problem(f"{store.refs_path} is missing: the library is rebuilt from {ws.bib}"))
        base, meta = {}, {}
    elif base and not bib.text.strip():
        # library.bib is missing or empty: write it anew from the database
        # rather than read its absence as the deletion of every entry.
        warnings.append(Problem(f"{ws.bib} is missing or empty: written anew from the database"))
        base, meta = {}, {}
    plan = plan_sync(bib.text, base, meta, items, source=str(ws.bib), keep=keep,
                     keep_keys=set(keep_keys) if keep_keys else None, biblatex=ws.biblatex)
    report = plan.report
    report.warnings[:0] = warnings
    report.dry_run = dry_run
    if dry_run:
        return report
    if read_bib(ws.bib)[0].digest != bib.digest:
        raise ConcurrentModification(
            f"{ws.bib} changed while the sync ran; nothing was written. Run the command again.")
    bib_digest = bib.digest
    if plan.text_changed or bib.digest is None:
        data, more = encode_bib(plan.text, bib, ws.bib)
        report.warnings.extend(more)
        write_atomic(ws.bib, data)
        report.wrote_bib = True
        bib_digest = hashlib.sha256(data).hexdigest()
    if plan.items_changed or refs_missing:
        store.save_items(plan.items)
        report.wrote_db = True
    if plan.base != base or plan.meta != meta:
        store.save_base(plan.base, plan.meta)
    # The fingerprint is of what this sync read or wrote, so a hand edit saved
    # meanwhile is seen next time. With conflicts pending there is no fast
    # path: every sync must show them.
    if report.conflicts:
        store.save_state({})
    else:
        store.save_state({"bib": bib_digest, "refs": store.refs_digest(),
                          "warnings": [{"message": w.message, "source": w.source, "line": w.line, "key": w.key}
                                       for w in plan.report.warnings if w.line is not None]})
    return report


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
    """Add references; duplicates (same DOI, URL, or title+year+author) are
    skipped, or merged into the existing reference with ``merge``, or added
    anyway with ``force``. New keys follow :mod:`refs.citekey`."""
    from refs import citekey, dedupe

    report = AddReport(problems=list(problems or []))
    with workspace_lock(ws.db, command):
        items = ws.store.load_items()
        index = dedupe.DuplicateIndex(items.values())
        fresh: list[dict] = []
        for item in incoming:
            dup = None if force else dedupe.find_duplicate(item, index)
            if dup is not None:
                key, reason = dup
                if key not in items:  # a duplicate of an earlier item of this same batch
                    earlier = fresh[int(key.rsplit(":", 1)[1])]
                    report.skipped.append((_label(item), _label(earlier), reason))
                    continue
                if merge:
                    items[key] = dedupe.merge_items(items[key], item)
                    report.merged.append((key, reason))
                else:
                    report.skipped.append((_label(item), key, reason))
                continue
            # A placeholder id that no citekey can take: keys are assigned below.
            index.add(dict(item, id=f"\0batch:{len(fresh)}"))
            fresh.append(item)
        keys = citekey.assign_keys(fresh, set(items) | _keys_in_file(ws))
        for item, key in zip(fresh, keys):
            old = item.get("id")
            item = dict(item, id=key)
            if old and old != key:
                report.problems.append(Problem(f"key {old!r} is taken; added as {key!r}", key=key))
            items[key] = item
            report.added.append(key)
        if report.added or report.merged:
            ws.store.save_items(items)
        report.sync = _sync_locked(ws, items=items)
    return report


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
        items = ws.store.load_items()
        if key not in items:
            raise UnknownKey(_unknown(key, items))
        item = dict(items[key])
        for name, value in changes.items():
            if value is None:
                item.pop(name, None)
            else:
                item[name] = value
        items[key] = item
        ws.store.save_items(items)
        return item, _sync_locked(ws, items=items)


def remove_items(ws: Workspace, keys: list[str]) -> SyncReport:
    with workspace_lock(ws.db, "scan refs rm"):
        items = ws.store.load_items()
        for key in keys:
            if key not in items:
                raise UnknownKey(_unknown(key, items))
        for key in keys:
            del items[key]
        ws.store.save_items(items)
        return _sync_locked(ws, items=items)


def _unknown(key: str, items: dict) -> str:
    near = [k for k in items if k.lower() == key.lower()]
    hint = f" Did you mean {near[0]!r}?" if near else " `scan refs list` shows the keys."
    return f"no reference with key {key!r}.{hint}"


# --- reading ----------------------------------------------------------------------


def list_items(ws: Workspace) -> list[dict]:
    return list(ws.store.load_items().values())


def get_item(ws: Workspace, key: str) -> dict:
    items = ws.store.load_items()
    if key not in items:
        raise UnknownKey(_unknown(key, items))
    return items[key]
