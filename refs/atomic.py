"""Atomic file writes: the old file stays whole until the new one is complete.

``write_atomic(path, data)`` writes ``data`` to a temporary file in the same
folder, flushes it to disk, then renames it over ``path``; a crash, a kill -9
or a full disk at any moment leaves either the old file or the new one, never
a mix. The temporary file is removed when writing fails, and the failure
(a read-only folder, a full disk, a folder where the file should be) is a
:class:`refs.errors.CannotWrite` naming the file.

A path that is a symbolic link (a ``library.bib`` kept in a synced folder
and linked into the workspace) is written where the link leads: the link
stays, and the file it names gets the new text. A new file takes the mode
the user's umask gives; a replaced one keeps its own.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from refs.errors import CannotWrite, os_reason


def write_atomic(path: str | os.PathLike, data: bytes | str, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``data`` atomically (temp file + fsync + rename).
    Raises :class:`CannotWrite` when the system refuses; ``path`` is then as
    it was."""
    path = _target(Path(path))
    if isinstance(data, str):
        data = data.encode(encoding)
    if path.is_dir():
        raise CannotWrite(path, "it is a folder; give a file name")
    try:
        mode = path.stat().st_mode
    except OSError:
        mode = None
    if mode is not None and not mode & 0o222:
        # Replacing it would work (a rename needs only the folder), but the
        # user made it read-only: respect that, whoever we run as.
        raise CannotWrite(path, "the file is read-only (`chmod u+w` it to let scan write it)")
    try:
        _write(path, data)
    except OSError as exc:
        reason = os_reason(exc)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            reason += f"; {path.name} was not changed"
        raise CannotWrite(path, reason) from None


def _target(path: Path) -> Path:
    """The file a write to ``path`` must change: where a symbolic link (or a
    chain of them) leads, else ``path`` itself. Renaming over the link
    would replace it with a copy, and the file it names (which the user's
    other tools read) would never change again."""
    if not path.is_symlink():
        return path
    try:
        return Path(os.path.realpath(path, strict=False))
    except (OSError, RuntimeError):  # a loop of links: let the write fail on the path as given
        return path


def _new_file_mode() -> int:
    """0o666 less the umask. Linux tells the umask without changing it;
    elsewhere it is set and put back (for an instant, in this process only)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            mask = next(int(line.split()[1], 8) for line in f if line.startswith("Umask:"))
    except (OSError, StopIteration, ValueError, IndexError):
        mask = os.umask(0o022)
        os.umask(mask)
    return 0o666 & ~mask


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        try:
            # Keep the permissions the user gave the file.
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        except FileNotFoundError:
            os.chmod(tmp, _new_file_mode())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    # The rename itself reaches the disk only once the folder is synced.
    try:
        dfd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)
