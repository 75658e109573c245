"""Screening decisions on disk: ``db/screen.json``.

One file apart from the crawl's (``crawl.json`` is set aside when a new scan
starts), written atomically, read whole::

    {"decisions": {"1": {"url": ..., "decision": "exclude", "reason": ..., "seq": 1, "at": ...}, ...}}

Callers that write hold the workspace lock.
"""

from __future__ import annotations

import os
from pathlib import Path

from refs.store import AtomicJSONStorage
from scan.screen.decisions import Decision

SCREEN_FILE = "screen.json"


def load_decisions(db_dir: str | os.PathLike) -> dict[str, Decision]:
    """The decisions, by URL ({} when nothing was screened yet)."""
    data = AtomicJSONStorage(Path(db_dir) / SCREEN_FILE).read() or {}
    rows = (data.get("decisions") or {}).values()
    return {d.url: d for d in (Decision.from_json(r) for r in rows)}


def save_decisions(db_dir: str | os.PathLike, decisions: dict[str, Decision]) -> None:
    ordered = sorted(decisions.values(), key=lambda d: d.seq)
    Path(db_dir).mkdir(parents=True, exist_ok=True)
    AtomicJSONStorage(Path(db_dir) / SCREEN_FILE).write(
        {"decisions": {str(n): d.to_json() for n, d in enumerate(ordered, 1)}})


def change_decisions(db_dir: str | os.PathLike, change) -> dict[str, Decision]:
    """Apply ``change`` (decisions -> decisions) to the stored decisions under
    the workspace lock, so that two processes do not lose each other's; the
    decisions after it."""
    from refs.lock import workspace_lock

    with workspace_lock(db_dir, "scan screen"):
        new = change(load_decisions(db_dir))
        save_decisions(db_dir, new)
    return new
