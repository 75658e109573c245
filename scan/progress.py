"""The one progress bar of ``scan``: rich, on stderr, only on a terminal.

    with ProgressBar("scan") as bar:
        bar.update(done=3, total=10, text="3 done, 7 queued")
        bar.note("a line printed above the bar")

It draws nothing when stderr is not a terminal or ``SCAN_NO_PROGRESS`` is
set (to anything but "" or "0"); notes are then plain lines on stderr.
"""

from __future__ import annotations

import os
import sys


def wanted() -> bool:
    """True when a bar should be drawn."""
    return sys.stderr.isatty() and os.environ.get("SCAN_NO_PROGRESS", "") in ("", "0")


class ProgressBar:
    def __init__(self, label: str, enabled: bool | None = None):
        self.label = label
        self.enabled = wanted() if enabled is None else enabled
        self._progress = None
        self._task = None

    def __enter__(self) -> "ProgressBar":
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._progress = Progress(TextColumn(f"[bold]{self.label}"), BarColumn(), MofNCompleteColumn(),
                                      TextColumn("{task.fields[text]}"), TimeElapsedColumn(),
                                      transient=True, console=Console(stderr=True))
            self._task = self._progress.add_task(self.label, total=None, text="")
            self._progress.start()
        return self

    def update(self, done: int, total: int | None = None, text: str = "") -> None:
        if self._progress is not None:
            self._progress.update(self._task, completed=done, total=total, text=text)

    def note(self, text: str) -> None:
        """A line for the user, above the bar (or plain on stderr)."""
        if self._progress is not None:
            self._progress.console.print(text, markup=False, highlight=False)
        else:
            print(text, file=sys.stderr)

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
