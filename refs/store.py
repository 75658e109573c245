"""The library's database under ``db/``: TinyDB files, written in batches.

Three files, each a TinyDB JSON document written atomically as a whole:

- ``refs.json``: table ``refs``, one CSL-JSON item per reference (``id`` is
  the citekey). This is the library.
- ``sync.json``: table ``base``, the state of every entry at the last sync
  (the base of the three-way merge with ``library.bib``).
- ``state.json``: table ``sync``, one small record: hashes of ``library.bib``
  and ``refs.json`` as the last sync left them, so a sync with nothing to do
  stops after hashing two files.

TinyDB's own JSON storage rewrites the whole file on each write; here every
load is one read and every save one atomic write (a caching middleware in
front of an atomic storage), so a sync of thousands of entries stays linear.
A file that is not valid JSON raises :class:`CorruptDatabase` and is never
overwritten. The one module of ours that imports tinydb.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware
from tinydb.storages import Storage

from refs.atomic import write_atomic
from refs.errors import CorruptDatabase

REFS_FILE = "refs.json"
BASE_FILE = "sync.json"
STATE_FILE = "state.json"


class AtomicJSONStorage(Storage):
    """TinyDB storage: the whole state read at once, written atomically."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)

    def read(self):
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return None
        if not data.strip():
            return None
        try:
            return json.loads(data)
        except (ValueError, UnicodeDecodeError) as exc:
            where = f" (line {exc.lineno}, column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
            raise CorruptDatabase(
                f"not a valid database file{where}: {exc.msg if hasattr(exc, 'msg') else exc}. "
                "It was left untouched: restore it from a backup, or move it away and run "
                "`scan sync` to rebuild the library from library.bib.",
                source=str(self.path),
            ) from None

    def write(self, data) -> None:
        write_atomic(self.path, json.dumps(data, ensure_ascii=False, separators=(",", ":")))

    def close(self) -> None:
        pass


def _open(path: Path) -> TinyDB:
    db = TinyDB(path, storage=CachingMiddleware(AtomicJSONStorage))
    db.storage.WRITE_CACHE_SIZE = 1 << 30  # flush only on close: one write per save
    return db


def file_digest(path: Path) -> str | None:
    """SHA-256 of a file's bytes, or None when it does not exist."""
    try:
        with open(path, "rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except FileNotFoundError:
        return None


class Store:
    """The database of one workspace (``db_dir``, usually ``./db``)."""

    def __init__(self, db_dir: str | os.PathLike):
        self.dir = Path(db_dir)

    @property
    def refs_path(self) -> Path:
        return self.dir / REFS_FILE

    def _table_docs(self, name: str, table: str) -> list[dict]:
        path = self.dir / name
        if not path.exists():
            return []
        db = _open(path)
        try:
            return [dict(d) for d in db.table(table).all()]
        finally:
            db.close()  # the caching middleware writes only what was modified: nothing

    def _save_docs(self, name: str, table: str, docs: list[dict]) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        path = self.dir / name
        if path.exists():
            AtomicJSONStorage(path).read()  # refuse to overwrite a corrupt file
        db = _open(path)
        try:
            t = db.table(table)
            t.truncate()
            if docs:
                t.insert_multiple(docs)
        finally:
            db.close()

    # The library itself.
    def load_items(self) -> dict[str, dict]:
        """All references by citekey, in the order they were added."""
        return {d["id"]: d for d in self._table_docs(REFS_FILE, "refs")}

    def save_items(self, items: dict[str, dict]) -> None:
        self._save_docs(REFS_FILE, "refs", list(items.values()))

    # The sync base.
    def load_base(self) -> tuple[dict[str, dict], dict]:
        docs = self._table_docs(BASE_FILE, "base")
        meta: dict = {}
        entries: dict[str, dict] = {}
        for d in docs:
            if d.get("meta"):
                meta = {k: v for k, v in d.items() if k != "meta"}
            else:
                entries[d["key"]] = d
        return entries, meta

    def save_base(self, entries: dict[str, dict], meta: dict) -> None:
        docs = [dict(meta, meta=True)] + list(entries.values())
        self._save_docs(BASE_FILE, "base", docs)

    # The last sync's fingerprints.
    def load_state(self) -> dict:
        docs = self._table_docs(STATE_FILE, "sync")
        return docs[0] if docs else {}

    def save_state(self, state: dict) -> None:
        self._save_docs(STATE_FILE, "sync", [state])

    def refs_digest(self) -> str | None:
        return file_digest(self.refs_path)
