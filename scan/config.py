"""``scan.toml``: a workspace's optional settings.

    seeds = ["https://blog.example.org/2013/02/25/find-a-mentor/"]
    keywords = ["mentor", "mentee", "peer mentoring", "Twitter"]   # replaces the built-in set

    [themes]                                  # replaces the built-in themes
    "Peer mentoring" = ["peer mentoring", "peer mentor"]

    [crawl]                                   # defaults for `scan crawl` options
    depth = 2
    delay = 1.0
    contact = "mailto:me@example.org"
    hashtags = ["libchat"]                    # public tag timelines (scan.crawl.hashtags) ...
    mastodon = ["glammr.us"]                  # ... of these instances
    since = "2023-01-01"                      # posts in this range only (until = "...")

    [cite]
    style = "apa"
    titles = "style"     # or "as-given": APA styles otherwise write titles in sentence case
    archive = true                            # scan cite --archive by default (Save Page Now)
    archive_delay = 20                        # seconds between captures (default 20 without a key)

    [screen]                                  # reasons `scan screen --exclude` takes
    reasons = ["not about mentoring", "not a work (navigation)", "duplicate", "out of scope"]

``[keywords] list = [...]`` (or ``terms = [...]``) is accepted too. A file that is not valid TOML
is an error naming its line; a key the file may not hold (``keyword = [...]``) is an error
that suggests the closest one (``keywords``). The file is the workspace's
(:mod:`scan.workspace`), not the current folder's. ``[crawl]`` keys are checked against
:mod:`scan.crawl.settings` when a crawl reads them.
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from refs.errors import BadInput
from scan.errors import BadOption

CONFIG_FILE = "scan.toml"
TOP_KEYS = ("seeds", "keywords", "themes", "crawl", "cite", "screen")
KEYWORD_TABLE_KEYS = ("list", "terms", "keywords")
CITE_KEYS = ("style", "titles", "archive", "archive_delay")
HASHTAG_KEYS = ("hashtags", "mastodon", "since", "until")


@dataclass(frozen=True)
class Config:
    seeds: tuple[str, ...] = ()
    keywords: tuple[str, ...] | None = None
    themes: dict[str, tuple[str, ...]] | None = None
    crawl: dict = field(default_factory=dict)
    cite: dict = field(default_factory=dict)
    reasons: tuple[str, ...] | None = None
    path: Path | None = None
    hashtags: dict = field(default_factory=dict)  # [crawl] hashtags, mastodon, since, until (scan.crawl.hashtags)

    def exclusion_reasons(self) -> tuple[str, ...]:
        """The reasons an exclusion may give: ``[screen] reasons``, or the built-in ones."""
        from scan.screen.decisions import DEFAULT_REASONS

        return self.reasons or DEFAULT_REASONS

    def topic(self, override: list[str] | None = None):
        """The keywords and themes to score pages by (scan.keywords.Topic)."""
        from scan.keywords import Topic

        topic = Topic.from_config(list(self.keywords) if self.keywords is not None else None,
                                  {k: list(v) for k, v in self.themes.items()} if self.themes is not None else None)
        if override:
            topic = topic.with_keywords(override)
        return topic


def load_config(folder: Path | None = None) -> Config:
    """The ``scan.toml`` of the workspace folder ``folder`` (default: the
    current folder); the defaults when there is none."""
    path = (folder or Path.cwd()) / CONFIG_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Config()
    except UnicodeDecodeError as exc:
        raise BadInput(f"not UTF-8 text ({exc.reason} at byte {exc.start}); save it as UTF-8", str(path)) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc).replace("(at end of document)", f"(at the end, line {text.count(chr(10)) + 1})")
        raise BadInput(f"not valid TOML: {message}; fix it or move it away", str(path)) from None
    _known(data, TOP_KEYS, str(path))
    keywords = data.get("keywords")
    if isinstance(keywords, dict):
        _known(keywords, KEYWORD_TABLE_KEYS, f"{path} [keywords]")
        keywords = keywords.get("list") or keywords.get("terms") or keywords.get("keywords")
    if keywords is not None and not (isinstance(keywords, list) and all(isinstance(k, str) for k in keywords)):
        raise BadInput("keywords must be a list of strings", str(path))
    if keywords is not None and not any(k.strip() for k in keywords):
        raise BadInput("keywords is empty: list at least one keyword, or remove it for the built-in set", str(path))
    themes = data.get("themes")
    if themes is not None:
        if not isinstance(themes, dict) or not all(isinstance(v, list) for v in themes.values()):
            raise BadInput("[themes] maps each theme name to a list of keywords", str(path))
        themes = {k: tuple(v) for k, v in themes.items()}
    seeds = data.get("seeds") or []
    if not isinstance(seeds, list) or not all(isinstance(u, str) for u in seeds):
        raise BadInput("seeds must be a list of URLs", str(path))
    for name in ("crawl", "cite"):
        if not isinstance(data.get(name, {}), dict):
            raise BadInput(f"[{name}] must be a table", str(path))
    _known(data.get("cite") or {}, CITE_KEYS, f"{path} [cite]")
    _check_cite(data.get("cite") or {}, f"{path} [cite]")
    crawl = dict(data.get("crawl") or {})
    hashtags = {k: crawl.pop(k) for k in HASHTAG_KEYS if k in crawl}
    for k in ("hashtags", "mastodon"):
        if k in hashtags and not (isinstance(hashtags[k], list) and all(isinstance(v, str) for v in hashtags[k])):
            raise BadOption(f"{path} [crawl] {k}", "takes a list of strings")
    return Config(tuple(seeds), tuple(keywords) if keywords is not None else None, themes,
                  crawl, dict(data.get("cite") or {}), _reasons(data, path), path, hashtags)


def _check_cite(table: dict, where: str) -> None:
    if "archive" in table and not isinstance(table["archive"], bool):
        raise BadOption(f"{where} archive", f"takes true or false, not {table['archive']!r}")
    if "archive_delay" in table:
        from scan.options import check_number

        check_number(table["archive_delay"], f"{where} archive_delay", 0, 3600, what="a number of seconds")


def _known(table: dict, keys: tuple[str, ...], where: str) -> None:
    """An unknown key is an error that suggests the closest known one."""
    for key in table:
        if key not in keys:
            close = difflib.get_close_matches(key, keys, n=1, cutoff=0.6)
            hint = f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(keys)}"
            raise BadOption(f"{where} {key}", f"unknown key; {hint}")


def _reasons(data: dict, path: Path) -> tuple[str, ...] | None:
    screen = data.get("screen") or {}
    if not isinstance(screen, dict):
        raise BadInput("[screen] must be a table (with `reasons = [...]`)", str(path))
    _known(screen, ("reasons",), f"{path} [screen]")
    reasons = screen.get("reasons")
    if reasons is None:
        return None
    if not (isinstance(reasons, list) and reasons and all(isinstance(r, str) and r.strip() for r in reasons)):
        raise BadInput("[screen] reasons must be a list of reasons (non-empty strings)", str(path))
    cleaned = tuple(dict.fromkeys(" ".join(r.split()) for r in reasons))
    if any(r.isdigit() for r in cleaned):
        raise BadInput("[screen] reasons cannot be bare numbers (`--exclude 2` means the second reason)", str(path))
    return cleaned
