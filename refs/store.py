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
overwritten. A ``refs.json`` that is valid JSON but holds no library (0
bytes, blanks, ``null``, ``{}``, ``[]``, another table, documents that are not
references: the remains of a crash, a full disk or another program) raises
:class:`DamagedDatabase`, which the sync answers by setting the file aside
and rebuilding the library from ``library.bib`` -- never by reading an empty
library as the deletion of every reference. The one module of ours that
imports tinydb.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import orjson
from tinydb.storages import Storage

from refs.atomic import write_atomic
from refs.errors import CorruptDatabase, DamagedDatabase

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
            return orjson.loads(data)  # several times faster than json for a library of thousands
        except orjson.JSONDecodeError:
            pass
        try:
            return json.loads(data)  # for its message (line and column); orjson is stricter than json
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


def _shape(data) -> str:
    if data is None:
        return "it is empty"
    if isinstance(data, dict):
        return f"its tables are {sorted(data)[:5]}" if data else "it is an empty object"
    return f"it is a JSON {type(data).__name__}"


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
        path = self.dir / name
        data = AtomicJSONStorage(path).read()
        self._checked.add(name)
        if data is None and not path.exists():
            return []
        docs = data.get(table) if isinstance(data, dict) else None
        if not isinstance(docs, dict) or not all(isinstance(d, dict) for d in docs.values()):
            raise DamagedDatabase(
                f"holds no {table!r} table of documents ({_shape(data)}); it is not what scan wrote",
                source=str(path))
        return list(docs.values())

    def _save_docs(self, name: str, table: str, docs: list[dict]) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        storage = AtomicJSONStorage(self.dir / name)
        if name not in self._checked:
            storage.read()  # refuse to overwrite a file that is not JSON
        storage.write({table: {str(n): doc for n, doc in enumerate(docs, 1)}})
        self._checked.add(name)

    # The library itself.
    def load_items(self) -> dict[str, dict]:
        """All references by citekey, in the order they were added."""
        docs = self._table_docs(REFS_FILE, "refs")
        if not all(isinstance(d.get("id"), str) and d["id"] for d in docs):
            raise DamagedDatabase("has references without a citekey ('id'); it is not what scan wrote",
                                  source=str(self.refs_path))
        return {d["id"]: d for d in docs}

    def set_aside(self, name: str = REFS_FILE) -> Path | None:
        """Move a damaged file out of the way (never overwriting another);
        returns where it went, or None when there was no file."""
        from datetime import datetime

        path = self.dir / name
        if not path.exists():
            return None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{name}.damaged-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = path.with_name(f"{name}.damaged-{stamp}-{n}")
        path.rename(target)
        self._checked.discard(name)
        return target

    def save_items(self, items: dict[str, dict]) -> None:
        self._save_docs(REFS_FILE, "refs", list(items.values()))

    # The sync base. An entry's "db" item is stored only where it differs
    # from the item its block parsed to ("bib"), which is most of the time not.
    def load_base(self) -> tuple[dict[str, dict], dict]:
        """The merge base; a damaged ``sync.json`` reads as no base (the next
        sync then compares the two sides afresh: nothing is taken as deleted)."""
        meta: dict = {}
        entries: dict[str, dict] = {}
        try:
            docs = self._table_docs(BASE_FILE, "base")
        except DamagedDatabase:
            return {}, {}
        for d in docs:
            if d.get("meta"):
                meta = {k: v for k, v in d.items() if k != "meta"}
            elif isinstance(d.get("key"), str) and isinstance(d.get("bib"), dict) and "h" in d:
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
        """The last sync's fingerprints; {} when the file is missing or damaged
        in any way (it is only a cache, and the next sync writes it anew)."""
        try:
            docs = self._table_docs(STATE_FILE, "sync")
        except CorruptDatabase:
            self._checked.add(STATE_FILE)  # a cache: overwriting it loses nothing
            return {}
        return docs[0] if docs else {}

    def save_state(self, state: dict) -> None:
        self._save_docs(STATE_FILE, "sync", [state])

    def refs_digest(self) -> str | None:
        return file_digest(self.refs_path)

    # Other files under db/ (the link checker's cache, ``links.json``): one
    # table each, read and written whole, like the three above.
    def load_table(self, name: str, table: str) -> list[dict]:
        """The documents of ``table`` in ``db/name`` ([] when the file is absent or damaged)."""
        try:
            return self._table_docs(name, table)
        except DamagedDatabase:
            return []

    def save_table(self, name: str, table: str, docs: list[dict]) -> None:
        """Replace ``table`` in ``db/name`` with ``docs``, atomically."""
        self._save_docs(name, table, docs)
