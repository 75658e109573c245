"""Checks of numbers the user gives, for every command: whole or real,
finite, within bounds, with a message naming the option.

    >>> check_number(float("inf"), "--timeout", 0.1, 3600)
    Traceback (most recent call last):
    ...
    scan.errors.BadOption: --timeout: inf is not a number we can use; give 0.1 or more, at most 3600
    >>> check_number(3, "--limit", 0, 10**9, whole=True)
    3

Typer's ``min=``/``max=`` let ``nan`` through (every comparison with it is
false); these do not.
"""

from __future__ import annotations

import math

from scan.errors import BadOption


def check_number(value, where: str, low: float, high: float, *, whole: bool = False, what: str = "a number"):
    """``value`` if it is a (whole, with ``whole``) finite number within
    ``[low, high]``; else :class:`BadOption` naming ``where``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (
            whole and isinstance(value, float) and not value.is_integer()):
        raise BadOption(where, f"takes {'a whole number' if whole else 'a number'} ({what}), not {value!r}")
    if not math.isfinite(value):
        raise BadOption(where, f"{value} is not {what} we can use; give {_range(low, high)}")
    if not low <= value <= high:
        shown = f"{int(value)}" if whole else f"{value:g}"
        raise BadOption(where, f"{shown} is out of range; give {_range(low, high)}")
    return int(value) if whole else float(value)


def _range(low, high) -> str:
    return f"{low:g} or more, at most {high:g}"


def check_output(ws, path, where: str):
    """``path`` if a command may write it; :class:`BadOption` naming
    ``where`` when it is the library's own file (library.bib, db/)."""
    if path is not None and ws.holds(path):
        raise BadOption(f"{where} {path}", f"that is the library's own file ({ws.bib} and {ws.db}/ are kept by "
                        "scan itself); write to another file")
    return path


def check_url(value: str, where: str) -> str:
    """``value`` if it is an http(s) URL with a host (and a valid port);
    else :class:`BadOption` naming ``where``.

    >>> check_url("http://[::1", "--doi-resolver")
    Traceback (most recent call last):
    ...
    scan.errors.BadOption: --doi-resolver: takes an http(s) URL, not 'http://[::1' (Invalid IPv6 URL)
    """
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(value)
        parts.port
    except ValueError as exc:
        raise BadOption(where, f"takes an http(s) URL, not {value!r} ({exc})") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise BadOption(where, f"takes an http(s) URL, not {value!r}")
    return value
