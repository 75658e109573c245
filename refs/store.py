"""The library's database under ``db/``: TinyDB files, written in batches.

Three files, each a TinyDB JSON document written atomically as a whole:

- ``refs.json``: table ``refs``, one CSL-JSON item per reference (``id`` is
  the citekey). This is the library.
- ``sync.json``: table ``base``, the state of every entry at the last sync
  (the base of the three-way merge with ``library.bib``).
- ``state.json``: table ``sync``, one small record: hashes of ``library.bib``
  and ``refs.json`` as the last sync left them, so a sync with nothing to do
  stops after hashing two files.

TinyDB's own JSON storage rewrites the whole file on each write, and its
tables re-read the file on each operation; here every load is one read and
every save one atomic write of the whole table, through a TinyDB storage
that writes atomically, so a sync of thousands of entries stays linear.
A file that is not valid JSON raises :class:`CorruptDatabase` and is never
overwritten. The one module of ours that imports tinydb.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import orjson
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
        # orjson writes a library of thousands of references ~9x faster than json.
        write_atomic(self.path, orjson.dumps(data))

    def close(self) -> None:
        pass


def file_digest(path: Path) -> str | None:
    """SHA-256 of a file's bytes, or None when it does not exist."""
    try:
        with open(path, "rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except FileNotFoundError:
        return None


class Store:
    """The database of one workspace (``db_dir``, usually ``./db``).

    Tables are read and written whole, in TinyDB's file format (``{table:
    {doc_id: document}}``) through its storage interface: a load is one read,
    a save one atomic write, however many references change.
    """

    def __init__(self, db_dir: str | os.PathLike):
        self.dir = Path(db_dir)
        self._checked: set[str] = set()  # files read whole in this process: known not corrupt

    @property
    def refs_path(self) -> Path:
        return self.dir / REFS_FILE

    def _table_docs(self, name: str, table: str) -> list[dict]:
        data = AtomicJSONStorage(self.dir / name).read()
        self._checked.add(name)
        if not data:
            return []
        docs = data.get(table)
        if not isinstance(docs, dict):
            return []
        return list(docs.values())

    def _save_docs(self, name: str, table: str, docs: list[dict]) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        storage = AtomicJSONStorage(self.dir / name)
        if name not in self._checked:
            storage.read()  # refuse to overwrite a corrupt file
        storage.write({table: {str(n): doc for n, doc in enumerate(docs, 1)}})
        self._checked.add(name)

    # The library itself.
    def load_items(self) -> dict[str, dict]:
        """All references by citekey, in the order they were added."""
        return {d["id"]: d for d in self._table_docs(REFS_FILE, "refs")}

    def save_items(self, items: dict[str, dict]) -> None:
        self._save_docs(REFS_FILE, "refs", list(items.values()))

    # The sync base. An entry's "db" item is stored only where it differs
    # from the item its block parsed to ("bib"), which is most of the time not.
    def load_base(self) -> tuple[dict[str, dict], dict]:
        meta: dict = {}
        entries: dict[str, dict] = {}
        for d in self._table_docs(BASE_FILE, "base"):
            if d.get("meta"):
                meta = {k: v for k, v in d.items() if k != "meta"}
            else:
                if "db" not in d:
                    d["db"] = d["bib"]
                entries[d["key"]] = d
        return entries, meta

    def save_base(self, entries: dict[str, dict], meta: dict) -> None:
        docs = [dict(meta, meta=True)]
        for e in entries.values():
            docs.append(e if e["db"] != e["bib"] else {k: v for k, v in e.items() if k != "db"})
        self._save_docs(BASE_FILE, "base", docs)

    # The last sync's fingerprints.
    def load_state(self) -> dict:
        docs = self._table_docs(STATE_FILE, "sync")
        return docs[0] if docs else {}

    def save_state(self, state: dict) -> None:
        self._save_docs(STATE_FILE, "sync", [state])

    def refs_digest(self) -> str | None:
        return file_digest(self.refs_path)

    # Other files under db/ (the link checker's cache, ``links.json``): one
    # table each, read and written whole, like the three above.
    def load_table(self, name: str, table: str) -> list[dict]:
        """The documents of ``table`` in ``db/name`` ([] when the file is absent)."""
        return self._table_docs(name, table)

    def save_table(self, name: str, table: str, docs: list[dict]) -> None:
        """Replace ``table`` in ``db/name`` with ``docs``, atomically."""
        self._save_docs(name, table, docs)
