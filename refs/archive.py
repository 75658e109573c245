"""Snapshots of cited pages in a web archive (Save Page Now).

    archiver = Archiver(prefix="https://web.archive.org/save/", resolve=env_resolver())
    snap = archiver.save("https://blog.example.org/2013/02/25/find-a-mentor/")
    snap.archived_url  -> "https://web.archive.org/web/20240501120000/https://blog.example.org/..."
    snap.archived_date -> {"date-parts": [[2024, 5, 1]]}
    snap.error         -> None, or one line saying why no snapshot was made

Two ways of asking, as the Internet Archive documents Save Page Now (SPN2):

- **Without a key**: ``GET {prefix}{URL}``. The capture's address comes
  back as ``Content-Location: /web/YYYYMMDDhhmmss/URL`` or as a redirect
  there. Without a key the archive takes about three captures a minute, so
  captures in one run start ``gap`` seconds apart (20 by default).
- **With an access key** (``key`` is ``ACCESS:SECRET``, from the
  environment): ``POST {prefix without its last slash}`` with ``url=URL``,
  ``Authorization: LOW ACCESS:SECRET`` and ``Accept: application/json``
  answers ``{"job_id": ...}``; ``GET {prefix}status/JOB_ID`` is asked every
  ``poll`` seconds until its ``status`` is ``success`` (with ``timestamp``
  and ``original_url``) or ``error`` (with ``message``), at most ``patience``
  seconds.

A 429 with a Retry-After of at most ``max_wait`` seconds is waited out once.
Outcomes are values (:class:`Snapshot`); the prefix is the user's choice
(``SCAN_SAVE_PAGE_NOW``), trusted like a DOI resolver.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote, urlencode, urljoin, urlsplit


__all__ = ["DEFAULT_SAVE_PAGE_NOW", "Snapshot", "Archiver", "snapshot_of", "KEYLESS_GAP"]

DEFAULT_SAVE_PAGE_NOW = "https://web.archive.org/save/"
KEYLESS_GAP = 20.0  # about three captures a minute without a key
KEYED_GAP = 2.0
USER_AGENT = "scan/0.1 (reference manager; archives what its user cites)"
_STAMP = re.compile(r"/web/(\d{14})(?:[a-z_]{0,4})/(.+)$")


@dataclass
class Snapshot:
    """A capture of ``url``: where (``archived_url``) and when
    (``archived_date``, a CSL date), or ``error``."""

    url: str
    archived_url: str | None = None
    archived_date: dict | None = None
    error: str | None = None


def snapshot_of(location: str | None, base: str) -> tuple[str, dict] | None:
    """The capture's address and day from a ``Content-Location`` or
    ``Location`` value, or None when it names no capture.

    >>> snapshot_of("/web/20240501123456/https://blog.example.org/a", "https://web.archive.org/save/")
    ('https://web.archive.org/web/20240501123456/https://blog.example.org/a', {'date-parts': [[2024, 5, 1]]})
    """
    if not location:
        return None
    full = urljoin(base, location.strip())
    m = _STAMP.search(urlsplit(full).path + ("?" + urlsplit(full).query if urlsplit(full).query else ""))
    if not m:
        return None
    stamp = m[1]
    return full, _day(stamp)


def _day(stamp: str) -> dict:
    return {"date-parts": [[int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8])]]}


class Archiver:
    """Asks a Save Page Now service for snapshots (see the module docstring)."""

    def __init__(self, prefix: str = DEFAULT_SAVE_PAGE_NOW, *, resolve=None, key: str | None = None,
                 gap: float | None = None, timeout: float = 60.0, max_wait: float = 60.0, poll: float = 5.0,
                 patience: float = 180.0, sleep: Callable[[float], None] = time.sleep):
        self.prefix = prefix if prefix.endswith("/") else prefix + "/"
        self.key = key
        self.gap = (KEYED_GAP if key else KEYLESS_GAP) if gap is None else gap
        self.timeout, self.max_wait, self.poll, self.patience = timeout, max_wait, poll, patience
        self.sleep = sleep
        self._last: float | None = None
        from refs.http import NetPolicy, make_session, system_resolve

        host = (urlsplit(self.prefix).hostname or "").lower()
        self.session = make_session(NetPolicy(resolve=resolve or system_resolve, trusted_hosts=frozenset({host})),
                                    user_agent=USER_AGENT, pool_size=2)

    def close(self) -> None:
        self.session.close()

    def save(self, url: str) -> Snapshot:
        """Capture ``url`` now; never raises for what the archive does."""
        if self._last is not None:
            wait = self._last + self.gap - time.monotonic()
            if wait > 0:
                self.sleep(wait)
        self._last = time.monotonic()
        try:
            return self._save_keyed(url) if self.key else self._save_keyless(url)
        except _Failed as exc:
            return Snapshot(url, error=str(exc))

    # --- the two ways -----------------------------------------------------------------------

    def _save_keyless(self, url: str) -> Snapshot:
        r = self._ask(self.prefix + url, method="GET", stop=True)
        if r.status in (200, 301, 302, 303, 307, 308):
            for value in (r.headers.get("content-location"), r.final_url if r.redirects else None,
                          r.headers.get("location")):
                got = snapshot_of(value, self.prefix)
                if got:
                    return Snapshot(url, got[0], got[1])
            raise _Failed(f"{self._host} answered {r.status} but named no capture")
        raise _Failed(_refusal(self._host, r.status))

    def _save_keyed(self, url: str) -> Snapshot:
        headers = {"Authorization": f"LOW {self.key}", "Accept": "application/json",
                   "Content-Type": "application/x-www-form-urlencoded"}
        r = self._ask(self.prefix.rstrip("/"), method="POST", headers=headers,
                      data=urlencode({"url": url}).encode())
        job = _json(r.body).get("job_id") if r.status == 200 else None
        if not job:
            raise _Failed(_refusal(self._host, r.status) if r.status != 200 else
                          f"{self._host} started no capture ({_json(r.body).get('message') or 'no job id'})")
        start = time.monotonic()
        while True:
            status = self._ask(f"{self.prefix}status/{quote(str(job), safe='')}", method="GET",
                               headers={"Authorization": f"LOW {self.key}", "Accept": "application/json"})
            data = _json(status.body) if status.status == 200 else {}
            state = data.get("status")
            if state == "success" and re.fullmatch(r"\d{14}", str(data.get("timestamp") or "")):
                original = str(data.get("original_url") or url)
                base = f"{urlsplit(self.prefix).scheme}://{urlsplit(self.prefix).netloc}"
                return Snapshot(url, f"{base}/web/{data['timestamp']}/{original}", _day(str(data["timestamp"])))
            if state == "error" or status.status != 200:
                why = data.get("message") or data.get("status_ext") or f"HTTP {status.status}"
                raise _Failed(f"{self._host} could not capture it: {why}")
            if time.monotonic() - start > self.patience:
                raise _Failed(f"{self._host} had not finished the capture after {self.patience:g} s")
            self.sleep(self.poll)

    # --- one request --------------------------------------------------------------------------

    @property
    def _host(self) -> str:
        return urlsplit(self.prefix).hostname or self.prefix

    def _ask(self, request: str, *, method: str, headers: dict | None = None, data: bytes | None = None,
             stop: bool = False):
        from refs.http import fetch_api

        r, failure = fetch_api(self.session, request, timeout=self.timeout, max_wait=self.max_wait,
                               sleep=self.sleep, method=method, headers=headers, data=data,
                               max_bytes=1_000_000, stop_redirect=(lambda _u: True) if stop else None)
        if failure and r.status == 429:
            raise _Failed(f"{self._host} takes no more captures now ({failure})")
        if failure:
            raise _Failed(failure)
        return r


class _Failed(Exception):
    """Raised inside :class:`Archiver` with the one line a failed capture gives."""


def _refusal(host: str, status: int | None) -> str:
    if status in (401, 403):
        return f"{host} refused to capture it ({status}: the site excludes archiving, or the key is wrong)"
    if status in (520, 523, 502, 503, 504):
        return f"{host} could not capture it ({status}); try again later"
    return f"{host} answered {status}; no capture was made"


def _json(body: bytes) -> dict:
    try:
        data = json.loads(body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}
