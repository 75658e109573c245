"""Which URL to fetch next: per-host queues under politeness rules.

Pure bookkeeping, with the time passed in, so it is tested without a clock:

    >>> s = Scheduler()
    >>> s.add("a.org", (1, 0), "A1"); s.add("b.org", (0, 0), "B0")
    >>> s.pop_ready(now=0.0)        # the best head among hosts that may go
    ('b.org', 'B0')
    >>> s.pop_ready(now=0.0)
    ('a.org', 'A1')
    >>> s.release("a.org", next_time=5.0); s.add("a.org", (1, 1), "A2")
    >>> s.pop_ready(now=1.0) is None, s.next_wake()
    (True, 5.0)

A host has at most one request in flight (``pop_ready`` marks it busy until
``release``) and is not ready again before the ``next_time`` it was released
with (the delay, Crawl-delay or Retry-After). Among ready hosts the one whose
best entry has the lowest priority tuple goes first: depth first, then the
link's region (article body before navigation), then the relevance of the
page it was found on.
"""

from __future__ import annotations

import heapq
import itertools
from dataclasses import dataclass, field


@dataclass
class _Host:
    queue: list = field(default_factory=list)  # heap of (priority, seq, item)
    busy: bool = False
    next_time: float = 0.0
    version: int = 0


class Scheduler:
    def __init__(self) -> None:
        self._hosts: dict[str, _Host] = {}
        self._ready: list = []    # (head priority, seq, host, version)
        self._waiting: list = []  # (next_time, seq, host, version)
        self._seq = itertools.count()
        self._size = 0

    def __len__(self) -> int:
        return self._size

    @property
    def hosts(self) -> int:
        return sum(1 for h in self._hosts.values() if h.queue or h.busy)

    def busy_hosts(self) -> int:
        return sum(1 for h in self._hosts.values() if h.busy)

    def add(self, host: str, priority: tuple, item) -> None:
        h = self._hosts.setdefault(host, _Host())
        heapq.heappush(h.queue, (priority, next(self._seq), item))
        self._size += 1
        self._schedule(host, h)

    def _schedule(self, host: str, h: _Host) -> None:
        if h.busy or not h.queue:
            return
        h.version += 1
        heapq.heappush(self._waiting, (h.next_time, next(self._seq), host, h.version))

    def _promote(self, now: float) -> None:
        while self._waiting and self._waiting[0][0] <= now:
            _, _, host, version = heapq.heappop(self._waiting)
            h = self._hosts[host]
            if version != h.version or h.busy or not h.queue:
                continue
            heapq.heappush(self._ready, (h.queue[0][0], h.queue[0][1], host, version))

    def pop_ready(self, now: float):
        """``(host, item)`` of the best entry whose host may be asked now, or None."""
        self._promote(now)
        while self._ready:
            _, _, host, version = heapq.heappop(self._ready)
            h = self._hosts[host]
            if version != h.version or h.busy or not h.queue:
                continue
            _, _, item = heapq.heappop(h.queue)
            self._size -= 1
            h.busy = True
            h.version += 1
            return host, item
        return None

    def release(self, host: str, next_time: float) -> None:
        """The host's request finished; it may be asked again at ``next_time``."""
        h = self._hosts.setdefault(host, _Host())
        h.busy = False
        h.next_time = max(h.next_time, next_time)
        self._schedule(host, h)

    def hold(self, host: str, until: float) -> None:
        """Keep a host waiting until ``until`` (robots.txt unavailable)."""
        h = self._hosts.setdefault(host, _Host())
        h.next_time = max(h.next_time, until)
        self._schedule(host, h)

    def next_wake(self) -> float | None:
        """When the earliest waiting host becomes ready (None: nothing waits)."""
        while self._waiting:
            t, _, host, version = self._waiting[0]
            h = self._hosts[host]
            if version != h.version or h.busy or not h.queue:
                heapq.heappop(self._waiting)
                continue
            return t
        return None

    def drain_host(self, host: str) -> list:
        """Remove and return every queued item of ``host``."""
        h = self._hosts.get(host)
        if not h:
            return []
        items = [item for _, _, item in sorted(h.queue)]
        self._size -= len(items)
        h.queue.clear()
        h.version += 1
        return items
