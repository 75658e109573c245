"""robots.txt as RFC 9309 says, as a pure parser (fetching is the engine's).

    >>> r = Robots.parse("User-agent: *\\nDisallow: /private\\nAllow: /private/ok\\nCrawl-delay: 2")
    >>> r.allowed("scan", "/private/x"), r.allowed("scan", "/private/ok"), r.crawl_delay("scan")
    (False, True, 2.0)

Groups are chosen by the most specific product token that matches our
user-agent (case-insensitive), else ``*``; several groups for one agent are
merged. The longest matching rule wins, and ``Allow`` wins a tie. ``*``
matches any run of characters and a final ``$`` anchors the end. Paths are
compared percent-decoded for unreserved characters. ``/robots.txt`` is
always allowed. A Crawl-delay is kept as written (finite, not negative);
the crawler caps it (``CrawlSettings.max_crawl_delay``) and says so. What to do when robots.txt is missing or failing is decided
by the caller (:func:`policy_for_status`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from urllib.parse import unquote


@dataclass(frozen=True)
class Rule:
    """One Allow/Disallow line: ``path`` as written (normalised), split at
    its ``*`` into ``parts``; ``anchored`` when it ends in ``$``."""

    allow: bool
    path: str
    parts: tuple[str, ...]
    anchored: bool

    @property
    def length(self) -> int:
        return len(self.path)

    def matches(self, target: str) -> bool:
        """Whether ``target`` (a normalised path and query) starts with this
        pattern. Each literal part is found leftmost, in one pass: a regex of
        ``.*`` runs backtracks exponentially on ``/*a*a*a...*b`` against a
        long path, and the site writes both the rule and the links."""
        first, *rest = self.parts
        if not target.startswith(first):
            return False
        pos = len(first)
        if not rest:
            return not self.anchored or pos == len(target)
        *middle, last = rest
        for part in middle:
            found = target.find(part, pos)
            if found < 0:
                return False
            pos = found + len(part)
        if self.anchored:
            return target.endswith(last) and len(target) - len(last) >= pos
        return target.find(last, pos) >= 0


@dataclass(frozen=True)
class Robots:
    """Parsed rules per user-agent token (lower-case), with crawl delays."""

    groups: dict[str, tuple[Rule, ...]] = field(default_factory=dict)
    delays: dict[str, float] = field(default_factory=dict)
    allow_all: bool = False
    disallow_all: bool = False

    @classmethod
    def parse(cls, text: str) -> "Robots":
        groups: dict[str, list[Rule]] = {}
        delays: dict[str, float] = {}
        agents: list[str] = []
        in_rules = False
        # A byte-order mark (Windows editors write one) would hide the first line's "User-agent".
        for raw in text.removeprefix("\ufeff").splitlines()[:10000]:
            line = raw.split("#", 1)[0].strip()
            if ":" not in line:
                continue
            name, _, value = line.partition(":")
            name = name.strip().lower()
            value = value.strip()
            if name == "user-agent":
                if in_rules:
                    agents = []
                    in_rules = False
                agents.append(value.lower())
                for a in agents:
                    groups.setdefault(a, [])
            elif name in ("allow", "disallow"):
                in_rules = True
                if not agents:
                    continue
                if name == "disallow" and not value:
                    continue  # "Disallow:" with nothing allows everything
                rule = _rule(name == "allow", value)
                for a in agents:
                    groups[a].append(rule)
            elif name == "crawl-delay":
                in_rules = True
                try:
                    d = float(value)
                except ValueError:
                    continue
                if not math.isfinite(d):
                    continue  # "inf", "nan": no delay we can honour; the caller caps large ones
                for a in agents:
                    delays[a] = max(0.0, d)
        return cls({a: tuple(r) for a, r in groups.items()}, delays)

    @classmethod
    def everything_allowed(cls) -> "Robots":
        return cls(allow_all=True)

    @classmethod
    def everything_disallowed(cls) -> "Robots":
        return cls(disallow_all=True)

    def _group(self, agent: str) -> str | None:
        token = agent.split("/")[0].strip().lower()
        best = None
        for name in self.groups:
            if name != "*" and name and token.startswith(name) and (best is None or len(name) > len(best)):
                best = name
        if best is not None:
            return best
        return "*" if "*" in self.groups else None

    def allowed(self, agent: str, path: str) -> bool:
        if self.allow_all or path == "/robots.txt":
            return True
        if self.disallow_all:
            return False
        group = self._group(agent)
        if group is None:
            return True
        target = _normalise(path or "/")
        best: Rule | None = None
        for rule in self.groups[group]:
            if rule.matches(target):
                if best is None or rule.length > best.length or (rule.length == best.length and rule.allow):
                    best = rule
        return True if best is None else best.allow

    def crawl_delay(self, agent: str) -> float | None:
        group = self._group(agent)
        return self.delays.get(group) if group else None


def _normalise(path: str) -> str:
    # Decode only what is safe to compare decoded; keep %2F etc. as they are.
    return re.sub(r"%([0-9A-Fa-f]{2})", lambda m: _unreserved(m.group(0)), path)


def _unreserved(escape: str) -> str:
    ch = unquote(escape)
    return ch if re.match(r"[A-Za-z0-9\-._~]", ch) else escape.upper()


def _rule(allow: bool, path: str) -> Rule:
    path = _normalise(path)
    anchored = path.endswith("$")
    body = path[:-1] if anchored else path
    return Rule(allow, path, tuple(body.split("*")), anchored)


def policy_for_status(status: int | None) -> str:
    """RFC 9309 §2.3.1: what a robots.txt answer means for the site.
    Returns ``parse`` (2xx), ``allow`` (4xx: no restrictions) or
    ``unavailable`` (5xx, no answer: assume complete disallow, retry later)."""
    if status is None or status >= 500:
        return "unavailable"
    if 400 <= status < 500:
        return "allow"
    return "parse"
