"""What commands print: errors and notes on stderr, JSON on stdout, sync reports.

Human text (:func:`say`, :func:`err`) shows control and text-direction
characters as escapes (:func:`refs.values.text.show_controls`): a title from a
web page or a .bib file must not recolour, clear or retitle the terminal, or
turn the URL after it around. JSON and exported files keep the data as it is.
"""

from __future__ import annotations

import json
import sys

from refs.values.text import show_controls


def err(text: str) -> None:
    print(show_controls(text), file=sys.stderr)


def say(text: str) -> None:
    """Human text on stdout (a line's ``\\n`` included)."""
    sys.stdout.write(show_controls(text))


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def report_sync(report, *, quiet_when_clean: bool = True) -> int:
    """Print a sync report's warnings, changes and conflicts; the exit code."""
    for w in report.warnings:
        err(f"warning: {w}")
    verb = "would be " if report.dry_run else ""
    lines = []
    for label, keys in (("added to the database", report.added_to_db),
                        ("updated in the database", report.updated_in_db),
                        ("deleted from the database", report.deleted_from_db),
                        ("added to library.bib", report.added_to_bib),
                        ("updated in library.bib", report.updated_in_bib),
                        ("deleted from library.bib", report.deleted_from_bib)):
        if keys:
            shown = ", ".join(keys[:8]) + (f", ... ({len(keys)} in all)" if len(keys) > 8 else "")
            lines.append(f"{len(keys)} {verb}{label}: {shown}")
    for old, new in report.renamed:
        lines.append(f"renamed {old} to {new} (the key was changed in library.bib): manuscripts citing {old} "
                     "need updating")
    for line in lines:
        err(line)
    unsynced = report.unsynced
    if unsynced:
        err(f"{len(unsynced)} reference(s) could not be synced and differ between library.bib and the "
            f"database: {', '.join(unsynced[:8])}" + (f", ... ({len(unsynced)} in all)" if len(unsynced) > 8 else ""))
    if not lines and not report.conflicts and not unsynced and not report.held_deletions and not quiet_when_clean:
        err("library.bib and the database are in sync.")
    if report.conflicts:
        err(f"{len(report.conflicts)} conflict(s): the same field was changed in library.bib and in the database.")
        for c in report.conflicts:
            where = f" (library.bib line {c.line})" if c.line else ""
            err(f"  {c.key}{where}: {c.field}\n    database:    {show(c.db_value)}\n    library.bib: {show(c.bib_value)}")
        err("Neither value was overwritten. Settle them with `scan sync --keep bib` or `scan sync --keep db` "
             "(optionally followed by the keys), or edit one side to match the other.")
        return 1
    return 1 if unsynced or report.held_deletions else 0


def show(value) -> str:
    if value is None:
        return "(deleted)"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


