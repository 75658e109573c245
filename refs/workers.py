"""Process pools whose workers die with their parent.

A ``ProcessPoolExecutor`` worker blocks on its task queue; when the parent
is killed (kill -9, or SIGTERM without cleanup) nothing tells it, and it
lives on, holding whatever it inherited. Workers made by :func:`worker_pool`
watch their parent and exit as soon as it is gone. (They hold no workspace
lock either: :mod:`refs.lock` closes its descriptors in every forked child.)

    with worker_pool(2, "fork") as pool:
        pool.submit(len, "abc").result()   # 3
"""

from __future__ import annotations

import os
import threading

PARENT_POLL = 0.2  # seconds between a worker's looks at its parent


def worker_pool(workers: int, start_method: str = "fork", initializer=None, initargs: tuple = ()):
    """A ``ProcessPoolExecutor`` of ``workers`` processes started with
    ``start_method`` whose workers exit when their parent dies. Raises
    ValueError when the start method is not available here."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context(start_method)
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init,
                               initargs=(os.getpid(), initializer, initargs))


def _init(owner: int, initializer, initargs: tuple) -> None:
    """In each worker: watch ``owner`` (the process that made the pool; its
    pid is passed in, as a worker may start after its owner already died),
    then run the pool's own initializer."""

    def watch() -> None:
        while not _gone(owner):
            threading.Event().wait(PARENT_POLL)
        os._exit(1)

    threading.Thread(target=watch, name="watch-owner", daemon=True).start()
    if initializer is not None:
        initializer(*initargs)


def _gone(pid: int) -> bool:
    """True when ``pid`` has exited (a zombie not yet reaped counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rpartition(")")[2].split()[:1] == ["Z"]
    except OSError:
        return False
