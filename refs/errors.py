"""The reference library's exceptions and per-item problem reports.

Every exception raised on purpose by ``refs`` derives from :class:`RefsError`.
The CLI turns them into exit codes in one place (``scan/cli``); each carries a
message that names the file (and line) at fault and says what to do.

Per-item outcomes that must not stop a batch (a ``.bib`` block that fails to
parse, an RIS record without a type) are :class:`Problem` values instead.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass


class RefsError(Exception):
    """Base of every error ``refs`` raises on purpose."""

    exit_code = 3


class BadInput(RefsError):
    """Raised by readers and parsers when a file or value cannot be used.

    ``source`` names the file (or argument), ``line`` the 1-based line at fault
    when known. Maps to exit code 2.
    """

    exit_code = 2

    def __init__(self, message: str, source: str | None = None, line: int | None = None):
        self.source = source
        self.line = line
        where = ""
        if source:
            where = f"{source}:{line}: " if line else f"{source}: "
        super().__init__(where + message)


class CorruptDatabase(BadInput):
    """Raised by the store when a file under ``db/`` is not what we wrote.

    The file is never overwritten; the message says how to recover.
    """


class DamagedDatabase(CorruptDatabase):
    """Raised by the store when a file under ``db/`` is valid JSON but holds
    no library (an empty file, ``{}``, documents that are not references).
    The sync sets such a ``refs.json`` aside and rebuilds the library from
    ``library.bib``; where it cannot, the message says what to do."""


class UnknownKey(BadInput):
    """Raised by library operations given a citekey that is not in the library."""


class WorkspaceLocked(RefsError):
    """Raised by :mod:`refs.lock` when another process holds the workspace lock
    for longer than we are willing to wait. Maps to exit code 2."""

    exit_code = 2


class CannotWrite(RefsError):
    """Raised by :func:`refs.atomic.write_atomic` and :mod:`refs.lock` when
    the system refuses a write: a read-only file or folder, a full disk, a
    folder where a file should be (``export -o DIR``). The old file is whole.
    ``path`` is the file. Maps to exit code 2."""

    exit_code = 2

    def __init__(self, path, reason: str):
        self.path = str(path)
        super().__init__(f"{path}: {reason}")


class Offline(RefsError):
    """Raised by :func:`refs.linkcheck.check_workspace` when no host name
    resolves at all: the machine is offline, and nothing is judged dead.
    Maps to exit code 2."""

    exit_code = 2


class ConcurrentModification(RefsError):
    """Raised by sync when ``library.bib`` changed while the sync ran: nothing
    was written. Maps to exit code 2; running the command again is safe."""

    exit_code = 2


_OS_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "the file is larger than the system allows",
    errno.EACCES: "permission denied (the file or its folder is read-only for you)",
    errno.EPERM: "operation not permitted",
    errno.EROFS: "the file system is read-only",
    errno.EISDIR: "it is a folder; give a file name",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.ENOENT: "no such file or folder",
    errno.EEXIST: "something else is already there",
    errno.ENAMETOOLONG: "the name is too long",
    errno.ELOOP: "too many symbolic links",
}

#: errno values that mean the user's files or machine refused, not a bug of ours.
ENVIRONMENT_ERRNOS = frozenset(_OS_REASONS) | {errno.EMFILE, errno.ENFILE, errno.EIO, errno.EBUSY, errno.ETXTBSY}


def os_reason(exc: OSError) -> str:
    """What an OSError means for the user, in words.

    >>> os_reason(OSError(errno.ENOSPC, "No space left on device"))
    'the disk is full'
    """
    return _OS_REASONS.get(exc.errno or 0) or (exc.strerror or str(exc)).lower()


@dataclass(frozen=True)
class Problem:
    """A per-item finding (a warning, or an item that was skipped or kept
    verbatim). ``line`` is 1-based, ``source`` a file name."""

    message: str
    source: str | None = None
    line: int | None = None
    key: str | None = None

    def __str__(self) -> str:
        where = ""
        if self.source:
            where = f"{self.source}:{self.line}: " if self.line else f"{self.source}: "
        return where + self.message
