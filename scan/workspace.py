"""Which workspace a command works on, found the way git finds a checkout.

A workspace is a folder with ``library.bib``, ``db/`` and an optional
``scan.toml``. Without ``--bib``/``--db`` (or ``SCAN_BIB``/``SCAN_DB``),
the current folder and then each parent is asked in turn; the first that
holds a workspace file is the workspace. When none does, the current folder
is (a first ``scan refs add`` or ``scan crawl`` makes it one). A path given
explicitly is taken as it is, relative to the current folder; the other
one still comes from the workspace found.

    >>> import tempfile, pathlib
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> (root / "library.bib").write_text("")
    0
    >>> (root / "notes" / "drafts").mkdir(parents=True)
    >>> found = locate(None, None, cwd=root / "notes" / "drafts")
    >>> found.root == root, found.ws.bib == root / "library.bib", found.ws.db == root / "db"
    (True, True, True)
    >>> import shutil; shutil.rmtree(root)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from refs.library import Workspace
from scan.errors import BadOption

BIB_FILE = "library.bib"
DB_DIR = "db"
CONFIG_FILE = "scan.toml"
# Files that only scan writes under db/: a stray "db" folder of something else is not a workspace.
DB_MARKERS = ("refs.json", "sync.json", "crawl.json", "crawl.journal", "links.json")


@dataclass(frozen=True)
class Located:
    """The workspace a command uses, and the folder it lives in (where
    scan.toml is read); ``found_above`` when that is a parent folder."""

    ws: Workspace
    root: Path
    found_above: bool = False


def is_workspace(folder: Path) -> bool:
    if (folder / BIB_FILE).is_file() or (folder / CONFIG_FILE).is_file():
        return True
    db = folder / DB_DIR
    return db.is_dir() and any((db / name).exists() for name in DB_MARKERS)


def find_root(cwd: Path) -> Path | None:
    """The nearest folder, ``cwd`` or a parent, that is a workspace."""
    for folder in (cwd, *cwd.parents):
        try:
            if is_workspace(folder):
                return folder
        except OSError:  # a parent we may not look into ends the search
            return None
    return None


def locate(bib: str | None, db: str | None, *, cwd: Path | None = None, biblatex: bool = True) -> Located:
    """The workspace for ``--bib``/``--db`` (None: not given). Raises
    :class:`BadOption` when a given path is the wrong kind of thing (a file
    for ``--db``, a folder for ``--bib``)."""
    cwd = cwd or Path.cwd()
    found = None if (bib and db) else find_root(cwd)
    root = found or cwd
    above = found is not None and found != cwd
    # Paths inside a workspace found above are absolute, so messages name it.
    base = root if above else Path()
    ws = Workspace(Path(bib) if bib else base / BIB_FILE, Path(db) if db else base / DB_DIR, biblatex=biblatex)
    if ws.db.exists() and not ws.db.is_dir():
        raise BadOption("--db" if db else "db", f"{ws.db} is a file; the database is a folder (give --db FOLDER)")
    if ws.bib.is_dir():
        raise BadOption("--bib" if bib else "library.bib", f"{ws.bib} is a folder; give the BibTeX file (--bib FILE)")
    return Located(ws, root, above)
