"""A scan's state on disk: pages, edges (``found_on``) and the frontier.

Two files under ``db/``:

- ``crawl.json``: a TinyDB file (tables ``pages``, ``frontier``, ``meta``),
  the whole state as of the last checkpoint, written atomically every few
  seconds (a batch), never page by page: a crawl of thousands of pages
  stays linear.
- ``crawl.journal``: one JSON line per event since that checkpoint (a page
  done, with the links it put on the frontier), appended and flushed as it
  happens. A kill -9 loses at most the line being written; a torn last line
  is ignored on load.

Loading replays the journal over the checkpoint; replay is idempotent, so a
crash between writing a checkpoint and emptying the journal is harmless.
Pages are :class:`scan.page.Page` records (stored as ``Page.to_json``): no
page text.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from refs.errors import BadInput, CorruptDatabase
from refs.store import AtomicJSONStorage
from scan.page import Page

STATE_FILE = "crawl.json"
JOURNAL_FILE = "crawl.journal"
KEPT_GLOB = "crawl-*.json"


@dataclass
class Entry:
    """A URL waiting on the frontier."""

    url: str
    depth: int
    found_on: str | None
    priority: tuple
    retries: int = 0
    # the link that put it here (its text, and the sentence around it), when the page that had it showed one
    # in its content: all a crawl will know of a document it does not read (scan.extract.read_link)
    anchor: tuple[str, str] | None = None

    def as_list(self) -> list:
        row = [self.url, self.depth, self.found_on, list(self.priority), self.retries]
        return row + [list(self.anchor)] if self.anchor else row

    @classmethod
    def from_list(cls, row: list) -> "Entry":
        anchor = row[5] if len(row) > 5 and isinstance(row[5], list) and len(row[5]) == 2 else None
        return cls(row[0], row[1], row[2], tuple(row[3]), row[4] if len(row) > 4 else 0,
                   (str(anchor[0]), str(anchor[1])) if anchor else None)


@dataclass(frozen=True)
class KeptScan:
    """A scan kept under ``db/crawl-<when>.json`` when a new one began:
    what ``scan scans`` lists and ``scan crawl --restore`` takes back."""

    path: Path
    seeds: tuple[str, ...] = ()
    pages: int = 0
    finished: bool | None = None
    error: str | None = None  # why the file cannot be read as a scan

    @classmethod
    def read(cls, path: Path) -> "KeptScan":
        try:
            data = AtomicJSONStorage(path).read() or {}
            metas = list((data.get("meta") or {}).values())
            meta = metas[0] if metas and isinstance(metas[0], dict) else {}
            pages = data.get("pages")
            if not isinstance(pages, dict):
                return cls(path, error="it holds no pages table")
            return cls(path, tuple(meta.get("seeds") or ()), len(pages), meta.get("finished"))
        except (CorruptDatabase, OSError, ValueError, AttributeError) as exc:
            return cls(path, error=str(exc))


class CrawlState:
    def __init__(self, db_dir: str | os.PathLike):
        self.dir = Path(db_dir)
        self.pages: dict[str, Page] = {}
        self.frontier: dict[str, Entry] = {}
        self.meta: dict = {}
        self._journal = None
        self._last_checkpoint = time.monotonic()
        self._pending = False

    @property
    def path(self) -> Path:
        return self.dir / STATE_FILE

    @property
    def journal_path(self) -> Path:
        return self.dir / JOURNAL_FILE

    def exists(self) -> bool:
        return self.path.exists() or self.journal_path.exists()

    # --- loading -------------------------------------------------------------

    def load(self) -> "CrawlState":
        """The scan on disk (file and journal); :class:`CorruptDatabase` when
        the file is JSON but not a scan's tables (another program's, a hand
        edit), naming it: it is never overwritten, and a new scan keeps it."""
        data = AtomicJSONStorage(self.path).read() or {}
        try:
            self.pages = {d["url"]: Page.from_json(d) for d in (data.get("pages") or {}).values()}
            self.frontier = {}
            for d in (data.get("frontier") or {}).values():
                e = Entry.from_list(d["e"])
                self.frontier[e.url] = e
            metas = list((data.get("meta") or {}).values())
            self.meta = metas[0] if metas else {}
            if not isinstance(self.meta, dict):
                raise TypeError(f"its meta is a {type(self.meta).__name__}")
            self._replay()
        except (AttributeError, KeyError, IndexError, TypeError, ValueError) as exc:
            raise CorruptDatabase(f"not a scan this version of scan can read ({type(exc).__name__}: {exc}). "
                                  "It was left untouched: `scan scans` lists the kept scans and "
                                  "`scan crawl --restore FILE` takes one back; a new `scan crawl` keeps it aside",
                                  source=str(self.path)) from None
        return self

    def _replay(self) -> None:
        try:
            lines = self.journal_path.read_bytes().split(b"\n")
        except FileNotFoundError:
            return
        for line in lines:
            if not line.strip():
                continue
            try:
                event = json.loads(line)
            except ValueError:
                continue  # a line torn by a kill: the page in flight, fetched again
            self._apply(event)

    def _apply(self, event: dict) -> None:
        op = event.get("op")
        if op == "page":
            page = Page.from_json(event["page"])
            self.pages.setdefault(page.url, page)
            self.frontier.pop(page.url, None)
            for row in event.get("enqueue", ()):
                e = Entry.from_list(row)
                if e.url not in self.pages and e.url not in self.frontier:
                    self.frontier[e.url] = e
        elif op == "enqueue":
            for row in event.get("enqueue", ()):
                e = Entry.from_list(row)
                if e.url not in self.pages:
                    self.frontier[e.url] = e
        elif op == "meta":
            self.meta.update(event.get("meta", {}))

    # --- starting ------------------------------------------------------------

    def begin_new(self, meta: dict) -> None:
        """Begin a new scan in memory only: the files on disk (the previous
        scan) are untouched until :meth:`commit` (the crawl calls it when the
        first page answers), so a scan that fails before fetching anything
        loses nothing."""
        self.pages, self.frontier, self.meta = {}, {}, dict(meta)
        self._pending = True

    def commit(self) -> Path | None:
        """Make a scan begun with :meth:`begin_new` the workspace's scan: the
        previous one is kept under a timestamped name (returned), never
        deleted. Does nothing (returns None) when nothing is pending."""
        if not self._pending:
            return None
        self.dir.mkdir(parents=True, exist_ok=True)
        backup = self._keep_current()
        self._pending = False
        self.checkpoint()
        return backup

    def start_new(self, meta: dict) -> Path | None:
        """Begin a new scan now (:meth:`begin_new` then :meth:`commit`)."""
        self.begin_new(meta)
        return self.commit()

    @property
    def pending(self) -> bool:
        """True while a new scan is only in memory (see :meth:`begin_new`)."""
        return self._pending

    def _keep_current(self) -> Path | None:
        if not CrawlState(self.dir).exists():
            return None
        stamp = time.strftime("%Y%m%d-%H%M%S")
        backup = self.dir / f"crawl-{stamp}.json"
        n = 1
        while backup.exists():
            n += 1
            backup = self.dir / f"crawl-{stamp}-{n}.json"
        try:
            old = CrawlState(self.dir).load()
        except CorruptDatabase:
            # Unreadable: kept byte for byte under the new name, never overwritten.
            if self.path.exists():
                os.replace(self.path, backup)
            if self.journal_path.exists():
                os.replace(self.journal_path, backup.with_suffix(".journal"))
            return backup
        AtomicJSONStorage(backup).write(old._tables())
        self.journal_path.unlink(missing_ok=True)
        return backup

    # --- kept scans --------------------------------------------------------------

    def kept(self) -> list[KeptScan]:
        """The scans kept by earlier ``scan crawl`` runs, newest first."""
        out = []
        for path in sorted(self.dir.glob(KEPT_GLOB), reverse=True):
            out.append(KeptScan.read(path))
        return out

    def restore(self, path: str | os.PathLike) -> tuple[KeptScan, Path | None]:
        """Make the kept scan ``path`` (a file, or its name under ``db/``) the
        workspace's scan again; the current scan is kept in its turn (its
        file is returned). Raises :class:`BadInput` when ``path`` is not a
        kept scan."""
        source = self._kept_path(path)
        if source.resolve() in (self.path.resolve(), self.journal_path.resolve()):
            raise BadInput("that is the current scan; `scan scans` lists the kept ones", str(path))
        kept = KeptScan.read(source)
        if kept.error:
            raise BadInput(f"not a kept scan: {kept.error}", str(kept.path))
        data = AtomicJSONStorage(kept.path).read() or {}
        backup = self._keep_current()
        AtomicJSONStorage(self.path).write(data)
        if kept.path.resolve().parent == self.dir.resolve():
            kept.path.unlink()  # moved back into place; a file from elsewhere is left where it was
        self.load()
        return kept, backup

    def _kept_path(self, path: str | os.PathLike) -> Path:
        given = Path(path)
        for candidate in (given, self.dir / given.name):
            if candidate.is_file():
                return candidate
        names = ", ".join(k.path.name for k in self.kept()[:5]) or "none"
        raise BadInput(f"no such kept scan (`scan scans` lists them; kept here: {names})", str(path))

    # --- changes ---------------------------------------------------------------

    def _append(self, event: dict) -> None:
        if self._pending:
            return  # all in memory until commit() writes the whole state
        if self._journal is None:
            self._journal = open(self.journal_path, "ab")
        self._journal.write(json.dumps(event, ensure_ascii=False, separators=(",", ":")).encode() + b"\n")
        self._journal.flush()

    def enqueue(self, entries: list[Entry]) -> list[Entry]:
        """Put new URLs on the frontier; returns those that were new."""
        fresh = [e for e in entries if e.url not in self.pages and e.url not in self.frontier]
        for e in fresh:
            self.frontier[e.url] = e
        if fresh:
            self._append({"op": "enqueue", "enqueue": [e.as_list() for e in fresh]})
        return fresh

    def requeue(self, entry: Entry) -> None:
        self.frontier[entry.url] = entry
        self._append({"op": "enqueue", "enqueue": [entry.as_list()]})

    def record(self, page: Page, new_entries: list[Entry]) -> list[Entry]:
        """A page is done: store it and the links it adds to the frontier."""
        fresh = []
        seen = set()
        for e in new_entries:
            if e.url not in self.pages and e.url not in self.frontier and e.url not in seen and e.url != page.url:
                fresh.append(e)
                seen.add(e.url)
        self.pages[page.url] = page
        self.frontier.pop(page.url, None)
        for e in fresh:
            self.frontier[e.url] = e
        self._append({"op": "page", "page": page.to_json(), "enqueue": [e.as_list() for e in fresh]})
        return fresh

    def set_meta(self, **meta) -> None:
        self.meta.update(meta)
        self._append({"op": "meta", "meta": meta})

    def maybe_checkpoint(self, every: float) -> None:
        if time.monotonic() - self._last_checkpoint >= every:
            self.checkpoint()

    def _tables(self) -> dict:
        return {
            "pages": {str(n): p.to_json() for n, p in enumerate(self.pages.values(), 1)},
            "frontier": {str(n): {"e": e.as_list()} for n, e in enumerate(self.frontier.values(), 1)},
            "meta": {"1": self.meta},
        }

    def checkpoint(self) -> None:
        """Write the whole state atomically, then empty the journal (nothing
        while a new scan is pending: see :meth:`begin_new`)."""
        if self._pending:
            return
        self.dir.mkdir(parents=True, exist_ok=True)
        AtomicJSONStorage(self.path).write(self._tables())
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        self.journal_path.unlink(missing_ok=True)
        self._last_checkpoint = time.monotonic()

    def close(self) -> None:
        self.checkpoint()

