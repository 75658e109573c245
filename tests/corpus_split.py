"""The shared corpus of real pages, split in two fixed halves (issue 13).

Extraction heuristics are tuned on one half (``tune``) and every accuracy
figure is reported on the other (``held-out``), which nobody tunes on. A
page's half is decided by the SHA-256 of its file name alone, so the split
does not move when pages are added or the manifest is reordered::

    half_of("0001.html.gz") -> "tune" or "held-out", the same on every machine
"""

from __future__ import annotations

import hashlib

HALVES = ("tune", "held-out")


def half_of(file_name: str) -> str:
    return HALVES[hashlib.sha256(file_name.encode("utf-8")).digest()[0] & 1]
