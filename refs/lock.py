"""The workspace lock: one writing ``scan`` process per workspace at a time.

``with workspace_lock(db_dir, "scan sync"):`` takes an exclusive ``flock`` on
``db/.lock``. A second process waits up to ``timeout`` seconds (default 10,
env ``SCAN_LOCK_TIMEOUT``), then raises :class:`WorkspaceLocked` naming the
holder (pid, command, since when), which the holder wrote into the file.

A lock never outlives its holder:

- The kernel drops a ``flock`` when every descriptor of it is closed. A
  child forked while the lock is held (a process pool's worker) would keep a
  copy open and so keep the lock after its parent died: every fork closes
  the child's copies (``os.register_at_fork``), so only the holder holds it.
- Should a lock still be held by someone while the pid written in it is
  dead (a child of another program, an older ``scan``), the waiter takes it
  over: it replaces ``db/.lock`` by a fresh file, under a second lock (on
  the ``db/`` folder itself) so that two waiters never both do. Whoever holds a replaced file holds
  nothing: each holder checks, once it has its ``flock``, that the file is
  still the one at ``db/.lock``.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from refs.errors import CannotWrite, WorkspaceLocked, os_reason

LOCK_NAME = ".lock"

# Descriptors of locks this process holds: closed in every forked child.
_held: set[int] = set()


def _close_held_in_child() -> None:
    for fd in list(_held):
        try:
            os.close(fd)  # closing (not unlocking): the parent's lock stays
        except OSError:
            pass
    _held.clear()


os.register_at_fork(after_in_child=_close_held_in_child)


def _default_timeout() -> float:
    """``SCAN_LOCK_TIMEOUT`` seconds (10 when unset or not a number; "nan"
    would never time out, a negative number is 0)."""
    try:
        value = float(os.environ.get("SCAN_LOCK_TIMEOUT", "10"))
    except ValueError:
        return 10.0
    if value != value:
        return 10.0
    return max(0.0, value)


@contextlib.contextmanager
def workspace_lock(db_dir: str | os.PathLike, command: str, timeout: float | None = None) -> Iterator[None]:
    """Hold the workspace lock of ``db_dir`` for the duration of the block."""
    db_dir = Path(db_dir)
    path = db_dir / LOCK_NAME
    wait = _default_timeout() if timeout is None else timeout
    stamp = datetime.now().isoformat(timespec="seconds")
    fd = _acquire(db_dir, path, wait, f"pid {os.getpid()} ({command}) since {stamp}\n")
    try:
        try:
            yield
        finally:
            try:
                os.ftruncate(fd, 0)
            except OSError:
                pass
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        _held.discard(fd)
        os.close(fd)


def _open(db_dir: Path, path: Path) -> int:
    try:
        db_dir.mkdir(parents=True, exist_ok=True)
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise CannotWrite(path, f"cannot take the workspace lock: {os_reason(exc)}") from None


def _acquire(db_dir: Path, path: Path, wait: float, holder_text: str) -> int:
    """An open descriptor of ``path`` holding its flock, with ``holder_text``
    written in it; raises :class:`WorkspaceLocked` after ``wait`` seconds."""
    deadline = time.monotonic() + wait
    delay = 0.01
    while True:
        fd = _open(db_dir, path)
        _held.add(fd)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(path)
            if _holder_is_dead(holder) and _take_over(db_dir, path, fd):
                _held.discard(fd)
                os.close(fd)
                continue  # the stale file is gone: try again on a fresh one
            _held.discard(fd)
            os.close(fd)
            if time.monotonic() >= deadline:
                raise WorkspaceLocked(
                    f"the workspace {db_dir} is in use by {holder or 'another scan process'}; waited {wait:g} s. "
                    "Wait for that command to finish, then run this one again."
                ) from None
            time.sleep(delay)
            delay = min(delay * 2, 0.2)
            continue
        # Under the takeover lock, so that no waiter reads a dead holder's
        # name left in the file and takes the lock over from under us.
        with _takeover_guard(db_dir):
            if _same_file(fd, path):
                try:
                    os.ftruncate(fd, 0)
                    os.pwrite(fd, holder_text.encode(), 0)
                except OSError:
                    pass  # a full disk: the lock holds all the same, unnamed
                return fd
        # Taken over while we waited for it: this file is no longer the lock.
        _held.discard(fd)
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (mine.st_dev, mine.st_ino)


@contextlib.contextmanager
def _takeover_guard(db_dir: Path) -> Iterator[None]:
    """The second lock: a flock on the db/ folder itself (no file of its own)."""
    guard = os.open(db_dir, os.O_RDONLY)
    _held.add(guard)
    try:
        fcntl.flock(guard, fcntl.LOCK_EX)
        yield
    finally:
        _held.discard(guard)
        os.close(guard)


def _take_over(db_dir: Path, path: Path, stale_fd: int) -> bool:
    """Remove the lock file ``stale_fd`` has open, if it still is the lock
    file and its holder is still dead; True when removed. Two waiters that
    both found it stale take turns under the takeover lock, and the second
    finds the file already replaced."""
    with _takeover_guard(db_dir):
        if not _same_file(stale_fd, path) or not _holder_is_dead(_read_holder(path)):
            return False
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
        return True


def _holder_is_dead(holder: str) -> bool:
    """True when the holder's text names a pid that is not running (on this
    machine). Unknown or unreadable holders are taken to be alive."""
    m = re.match(r"pid (\d+) ", holder)
    if not m:
        return False
    pid = int(m.group(1))
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError):
        return False
    return _is_zombie(pid)


def _is_zombie(pid: int) -> bool:
    """A process that has exited but not been reaped yet holds no lock of its own."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[:1] == ["Z"]


def _read_holder(path: Path) -> str:
    try:
        return path.read_text(errors="replace").strip()
    except OSError:
        return ""
