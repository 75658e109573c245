"""``scan.toml``: a workspace's optional settings.

    seeds = ["https://blog.example.org/2013/02/25/find-a-mentor/"]
    keywords = ["mentor", "mentee", "peer mentoring", "Twitter"]   # replaces the built-in set

    [themes]                                  # replaces the built-in themes
    "Peer mentoring" = ["peer mentoring", "peer mentor"]

    [crawl]                                   # defaults for `scan crawl` options
    depth = 2
    delay = 1.0
    contact = "mailto:me@example.org"

    [cite]
    style = "apa"

``[keywords] list = [...]`` (or ``terms = [...]``) is accepted too. A file that is not valid TOML
is an error naming its line.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from refs.errors import BadInput

CONFIG_FILE = "scan.toml"


@dataclass(frozen=True)
class Config:
    seeds: tuple[str, ...] = ()
    keywords: tuple[str, ...] | None = None
    themes: dict[str, tuple[str, ...]] | None = None
    crawl: dict = field(default_factory=dict)
    cite: dict = field(default_factory=dict)
    path: Path | None = None

    def topic(self, override: list[str] | None = None):
        """The keywords and themes to score pages by (scan.keywords.Topic)."""
        from scan.keywords import Topic

        topic = Topic.from_config(list(self.keywords) if self.keywords is not None else None,
                                  {k: list(v) for k, v in self.themes.items()} if self.themes is not None else None)
        if override:
            topic = topic.with_keywords(override)
        return topic


def load_config(folder: Path | None = None) -> Config:
    path = (folder or Path.cwd()) / CONFIG_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Config()
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc).replace("(at end of document)", f"(at the end, line {text.count(chr(10)) + 1})")
        raise BadInput(f"not valid TOML: {message}; fix it or move it away", str(path)) from None
    keywords = data.get("keywords")
    if isinstance(keywords, dict):
        keywords = keywords.get("list") or keywords.get("terms") or keywords.get("keywords")
    if keywords is not None and not (isinstance(keywords, list) and all(isinstance(k, str) for k in keywords)):
        raise BadInput("keywords must be a list of strings", str(path))
    themes = data.get("themes")
    if themes is not None:
        if not isinstance(themes, dict) or not all(isinstance(v, list) for v in themes.values()):
            raise BadInput("[themes] maps each theme name to a list of keywords", str(path))
        themes = {k: tuple(v) for k, v in themes.items()}
    seeds = data.get("seeds") or []
    if not isinstance(seeds, list):
        raise BadInput("seeds must be a list of URLs", str(path))
    return Config(tuple(seeds), tuple(keywords) if keywords is not None else None, themes,
                  dict(data.get("crawl") or {}), dict(data.get("cite") or {}), path)
