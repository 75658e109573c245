"""A crawl's settings: one frozen dataclass, defaults and bounds documented here.

The command line (``scan crawl``), ``scan.toml``'s ``[crawl]`` table and a
scan being resumed fill it in, through :func:`build_settings`, which checks
every value against :data:`BOUNDS` before anything is touched and names the
option or key at fault; library code takes the dataclass as it is.

    >>> build_settings((cli_name, {"depth": 1, "delay": None})).depth
    1
    >>> build_settings((cli_name, {"delay": float("nan")}))
    Traceback (most recent call last):
    ...
    scan.errors.BadOption: --delay: nan is not a number of seconds we can use; give 0 or more, at most 3600
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, fields

from scan import __version__
from scan.errors import BadOption
from scan.options import check_number

DEFAULT_USER_AGENT = f"scan/{__version__} (literature-review crawler; polite, obeys robots.txt)"


@dataclass(frozen=True)
class CrawlSettings:
    depth: int = 2                    # depth 0 is the seeds
    max_pages: int = 500              # pages fetched (or refused) at most
    follow: str = "relevant"          # "relevant": expand pages scoring >= min_score; "all": every page
    # a page's topical score (0-100, scan.rank) its links need: one of the topic's words once scores 36 in a
    # 600-word page, 22 in 3,000 words (prior weights), so 20 follows a page that carries the topic at all
    min_score: float = 20.0
    delay: float = 1.0                # seconds between requests to one host (robots Crawl-delay may raise it)
    concurrency: int = 8              # requests in flight across hosts
    timeout: float = 20.0             # read timeout; connect timeout is min(timeout, 10)
    page_timeout: float | None = None  # a whole page, however slowly it trickles; None: 3 x timeout
    max_bytes: int = 5_000_000        # body cap, after decompression
    user_agent: str = DEFAULT_USER_AGENT
    contact: str | None = None        # appended to the User-Agent: "(+mailto:...)" or a URL
    ignore_robots: bool = False
    allow_private: bool = False       # links may reach loopback/private addresses
    max_retries: int = 2              # 429/503 retries per URL
    max_retry_after: float = 120.0    # longest Retry-After we wait
    max_crawl_delay: float = 60.0     # longest robots.txt Crawl-delay obeyed (a site asking more gets this)
    robots_retry: tuple[float, ...] = (30.0, 120.0, 300.0)  # waits before asking a failing robots.txt again
    max_links_per_page: int = 2000    # links taken from one page (a page with 50,000 links)
    analysis_workers: int | None = None  # processes parsing pages; None: both cores when delay < 0.1 s
    checkpoint_seconds: float = 5.0   # how often the whole state is written (the journal in between)

    @property
    def agent(self) -> str:
        if self.contact:
            return f"{self.user_agent} (+{self.contact})"
        return self.user_agent

    @property
    def deadline(self) -> float:
        """Seconds a whole page may take, however slowly it trickles in."""
        return self.page_timeout if self.page_timeout is not None else 3 * self.timeout


# What each setting may be: (kind, low, high, what it is). Kinds: int, float
# (finite), bool, str (one line), choice (low holds the choices).
BOUNDS: dict[str, tuple] = {
    "depth": ("int", 0, 1000, "a link depth"),
    "max_pages": ("int", 1, 10_000_000, "a number of pages"),
    "follow": ("choice", ("relevant", "all"), None, "which pages' links are followed"),
    "min_score": ("float", 0, 100, "a score"),
    "delay": ("float", 0, 3600, "a number of seconds"),
    "concurrency": ("int", 1, 1024, "a number of requests"),
    "timeout": ("float", 0.1, 3600, "a number of seconds"),
    "page_timeout": ("float", 0.1, 86400, "a number of seconds"),
    "max_bytes": ("int", 1, 2**40, "a number of bytes"),
    "user_agent": ("str", 1, 1000, "a User-Agent"),
    "contact": ("str", 1, 1000, "a contact (mailto: or URL)"),
    "ignore_robots": ("bool", None, None, "true or false"),
    "allow_private": ("bool", None, None, "true or false"),
    "max_retries": ("int", 0, 100, "a number of retries"),
    "max_retry_after": ("float", 0, 86400, "a number of seconds"),
    "max_crawl_delay": ("float", 0, 3600, "a number of seconds"),
    "robots_retry": ("floats", 0, 86400, "a list of seconds"),
    "max_links_per_page": ("int", 1, 10_000_000, "a number of links"),
    "analysis_workers": ("int", 1, 256, "a number of processes"),
    "checkpoint_seconds": ("float", 0.01, 86400, "a number of seconds"),
}


def cli_name(name: str) -> str:
    """How the command line spells a setting: ``max_pages`` -> ``--max-pages``."""
    return "--" + name.replace("_", "-")


def check_value(name: str, value, where: str):
    """``value`` as setting ``name`` takes it, or :class:`BadOption` naming ``where``."""
    kind, low, high, what = BOUNDS[name]
    if value is None and name in ("page_timeout", "contact", "analysis_workers"):
        return None
    if kind == "choice":
        if value not in low:
            raise BadOption(where, f"takes {' or '.join(map(repr, low))}, not {value!r}")
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise BadOption(where, f"takes true or false, not {value!r}")
        return value
    if kind == "str":
        if not isinstance(value, str) or not value.strip() or len(value) > high:
            raise BadOption(where, f"takes {what} of 1 to {high} characters, not {value!r}")
        if any(ord(c) < 32 or ord(c) == 127 for c in value):
            raise BadOption(where, f"{what} is one line of printable characters, not {value!r}")
        return value
    if kind == "floats":
        if not isinstance(value, (list, tuple)) or not value:
            raise BadOption(where, f"takes {what}, not {value!r}")
        return tuple(check_number(v, where, low, high, what=what) for v in value)
    return check_number(value, where, low, high, whole=(kind == "int"), what=what)


Layer = tuple[Callable[[str], str], dict]


def build_settings(*layers: Layer) -> CrawlSettings:
    """Settings from layers of values, later ones winning; a None value is
    "not given". Each layer is ``(namer, values)``: ``namer(setting)`` says
    where the user wrote it, for messages (:func:`cli_name` for the command
    line, ``lambda k: f"scan.toml [crawl] {k}"`` for the file). Unknown
    names are errors that suggest the closest known one."""
    known = {f.name for f in fields(CrawlSettings)}
    values: dict = {}
    for namer, given in layers:
        for key, value in given.items():
            name = key.replace("-", "_")
            if name not in known:
                close = difflib.get_close_matches(name, known, n=1)
                hint = f"; did you mean {close[0].replace('_', '-')!r}?" if close else \
                    f"; known: {', '.join(sorted(k.replace('_', '-') for k in known))}"
                raise BadOption(namer(key), f"unknown setting{hint}")
            if value is None:
                continue
            values[name] = check_value(name, value, namer(key))
    return CrawlSettings(**values)
