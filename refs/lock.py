"""The workspace lock: one writing ``scan`` process per workspace at a time.

``with workspace_lock(db_dir, "scan sync"):`` takes an exclusive ``flock`` on
``db/.lock``. A second process waits up to ``timeout`` seconds (default 10,
env ``SCAN_LOCK_TIMEOUT``), then raises :class:`WorkspaceLocked` naming the
holder (pid, command, since when), which the holder wrote into the file. The
kernel drops the lock when its holder dies, so a crash never leaves a stale
lock behind.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from refs.errors import WorkspaceLocked

LOCK_NAME = ".lock"


def _default_timeout() -> float:
    try:
        return float(os.environ.get("SCAN_LOCK_TIMEOUT", "10"))
    except ValueError:
        return 10.0


@contextlib.contextmanager
def workspace_lock(db_dir: str | os.PathLike, command: str, timeout: float | None = None) -> Iterator[None]:
    """Hold the workspace lock of ``db_dir`` for the duration of the block."""
    db_dir = Path(db_dir)
    db_dir.mkdir(parents=True, exist_ok=True)
    path = db_dir / LOCK_NAME
    wait = _default_timeout() if timeout is None else timeout
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        delay = 0.01
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = _read_holder(path)
                    raise WorkspaceLocked(
                        f"the workspace {db_dir} is in use by {holder}; waited {wait:g} s. "
                        "Wait for that command to finish, then run this one again."
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.2)
        stamp = datetime.now().isoformat(timespec="seconds")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} ({command}) since {stamp}\n".encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _read_holder(path: Path) -> str:
    try:
        text = path.read_text(errors="replace").strip()
    except OSError:
        text = ""
    return text or "another scan process"
