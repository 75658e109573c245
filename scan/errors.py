"""The exceptions ``scan`` raises on purpose, each with one meaning.

Every one derives from :class:`ScanError` and carries its exit code; the
command line turns them into a message and that code in one place
(:func:`scan.cli.main`). Commands never print an error and exit on their own.
``refs`` has its own base, :class:`refs.errors.RefsError`, mapped the same way.

Per-item outcomes (a page that failed, a target that could not be cited) are
values, not exceptions; an exception here ends the command.
"""

from __future__ import annotations


class ScanError(Exception):
    """Base of every error ``scan`` raises on purpose. ``exit_code`` is what
    the command exits with; ``prefix`` starts the message on stderr."""

    exit_code = 3
    prefix = "scan: error: "


class BadOption(ScanError):
    """Raised by option and setting checks (:mod:`scan.crawl.settings`, the
    commands, :mod:`scan.config`) when a value cannot be used: ``where`` names
    the option (``--depth``), the scan.toml key (``scan.toml [crawl] depth``)
    or the argument (``seed 'not a url'``). Raised before any state changes.
    Exit 2."""

    exit_code = 2

    def __init__(self, where: str, message: str):
        self.where = where
        super().__init__(f"{where}: {message}")


class BadUsage(ScanError):
    """Raised by commands when the request as a whole cannot be carried out
    (nothing to resume, nothing to cite, options that contradict each
    other). Exit 2."""

    exit_code = 2


class NoSeedFetched(ScanError):
    """Raised by :func:`scan.crawl.engine.crawl` when not one seed could be
    fetched; the previous scan is left as it was. Exit 2 (DESIGN: a crawl with
    no seed fetched is bad input)."""

    exit_code = 2


class SomeTargetsFailed(ScanError):
    """Raised by ``scan cite`` after printing what it could cite, when some
    targets could not be cited (each was named with its reason). Exit 2."""

    exit_code = 2


class Interrupted(ScanError):
    """Raised by ``scan crawl`` when Ctrl-C or SIGTERM stopped the scan
    cleanly: what was fetched is kept and ``--resume`` continues. Exit 130,
    the shell's code for an interrupted command."""

    exit_code = 130
    prefix = ""
