"""``scan crawl`` as one call: check the request, take the lock, run the
crawl, say why it stopped; and the scans kept by earlier runs.

Everything the user gave (options, scan.toml, seeds, keywords) is checked
before the workspace is touched, and a new scan replaces the previous one
only when its first page answers (:meth:`CrawlState.begin_new`): a crawl that
fails before fetching anything leaves the previous scan as it was. A scan
that was replaced is kept (``db/crawl-<when>.json``): :func:`kept_scans`
lists them, :func:`restore_scan` takes one back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from scan.crawl.settings import CrawlSettings, build_settings, cli_name
from scan.errors import BadOption, BadUsage, Interrupted

# What a resumed scan keeps: changing them halfway would leave a scan that
# is neither the old one nor the new one (pages fetched under other rules).
FIXED_ON_RESUME = ("depth", "follow", "min_score", "ignore_robots", "allow_private")
# What a scan stores of its settings, for --resume.
STORED = ("depth", "max_pages", "follow", "min_score", "delay", "concurrency", "timeout", "page_timeout",
          "max_bytes", "contact", "ignore_robots", "allow_private")


@dataclass
class ScanOutcome:
    """What ``scan crawl`` did: the crawl's result, the settings it ran
    with, why it stopped (a sentence) and its errors by cause."""

    result: object  # scan.crawl.engine.CrawlResult
    settings: CrawlSettings
    stopped: str
    errors: dict[str, int]


def parse_keywords(text: str | None) -> list[str] | None:
    """``--keywords a,b,c`` as a list; None when not given.

    >>> parse_keywords(" mentor, peer mentoring ,")
    ['mentor', 'peer mentoring']
    >>> parse_keywords(",,,")
    Traceback (most recent call last):
    ...
    scan.errors.BadOption: --keywords: no keyword in ',,,'; give comma-separated keywords, e.g. --keywords mentor,mentee
    """
    if text is None:
        return None
    words = [k.strip() for k in text.split(",") if k.strip()]
    if not words:
        raise BadOption("--keywords", f"no keyword in {text!r}; give comma-separated keywords, "
                                      "e.g. --keywords mentor,mentee")
    return words


def check_seeds(seeds: list[str]) -> list[str]:
    """The seeds, each an http(s) URL with a host; else :class:`BadOption`
    naming the seed and what is wrong with it."""
    from refs.values.urls import canonical, unfit

    for seed in seeds:
        if canonical(seed) is not None:
            continue
        why = unfit(seed) or "not a URL that can be fetched"
        raise BadOption(f"seed {seed!r}", f"{why}; give URLs such as https://blog.example.org/post/")
    return list(seeds)


def _toml_namer(cfg) -> Callable[[str], str]:
    where = str(cfg.path) if cfg.path else "scan.toml"
    return lambda key: f"{where} [crawl] {key}"


def _stored_namer(key: str) -> str:
    return f"the resumed scan's {key}"


def prepare(ws, root: Path, *, seeds: list[str], options: dict, keywords: str | None, resume: bool,
            state=None, hashtags: dict | None = None):
    """Check a crawl request and return ``(state, seeds, settings, topic,
    keywords, plan)``; raises :class:`BadOption`/:class:`BadUsage` before anything
    is written. With ``resume`` the stored scan is loaded into ``state``.
    ``hashtags`` holds ``--hashtag``/``--mastodon``/``--since``/``--until``
    (:mod:`scan.crawl.hashtags`); ``plan`` is their checked form, or None."""
    from scan.config import load_config
    from scan.crawl.state import CrawlState

    from scan.crawl.hashtags import TagPlan

    cfg = load_config(root)
    words = parse_keywords(keywords)
    state = state or CrawlState(ws.db)
    layers = [(_toml_namer(cfg), cfg.crawl)]
    given = {k: v for k, v in (hashtags or {}).items() if v}
    plan = None
    if resume:
        if given:
            raise BadOption("--hashtag", "a resumed scan keeps its hashtags; give none with --resume")
        if seeds:
            raise BadOption("seed", "--resume continues the scan's own seeds; give no seed URLs with it")
        if not state.exists():
            raise BadUsage(f"there is no scan to resume in {ws.db}; start one with `scan crawl SEED...`")
        state.load()
        stored = state.meta.get("settings", {})
        for name in FIXED_ON_RESUME:
            given = options.get(name)
            if given is not None and given != stored.get(name, getattr(CrawlSettings(), name)):
                raise BadOption(cli_name(name), f"a resumed scan keeps its {name.replace('_', '-')} "
                                f"({stored.get(name, getattr(CrawlSettings(), name))}); "
                                "start a new scan to change it")
        old_words = state.meta.get("keywords")
        if words is not None and words != old_words:
            raise BadOption("--keywords", "a resumed scan keeps its keywords; start a new scan to change them")
        words = old_words
        layers.append((_stored_namer, {k: v for k, v in stored.items() if k in STORED}))
        seeds = list(state.meta.get("seeds", []))
        if state.meta.get("hashtags"):
            plan = TagPlan.from_meta(state.meta["hashtags"])
    else:
        plan = _plan(given or cfg.hashtags, "--" if given else f"{cfg.path or 'scan.toml'} [crawl] ")
        seeds = check_seeds(list(seeds or ([] if plan else cfg.seeds)))
        if not seeds and plan is None:
            raise BadUsage("no seed URLs: give them as arguments, or as `seeds = [...]` in scan.toml "
                           "(or read a hashtag: --hashtag TAG --mastodon INSTANCE)")
    layers.append((cli_name, options))
    settings = build_settings(*layers)
    return state, seeds, settings, cfg.topic(words), words, plan


def _plan(values: dict, prefix: str):
    from scan.crawl.hashtags import check_plan

    def where(name: str) -> str:
        toml = {"hashtag": "hashtags", "mastodon": "mastodon"}.get(name, name)
        return f"--{name}" if prefix == "--" else f"{prefix}{toml}"

    tags = values.get("hashtags") or values.get("hashtag") or []
    return check_plan(list(tags), list(values.get("mastodon") or []), values.get("since"), values.get("until"), where)


def run_crawl(ws, root: Path, *, seeds: list[str], options: dict, keywords: str | None = None,
              resume: bool = False, resolve=None, on_page=None, on_progress=None, on_note=None,
              hashtags: dict | None = None) -> ScanOutcome:
    """Run ``scan crawl`` (see the module docstring); raises
    :class:`Interrupted` when Ctrl-C or SIGTERM stopped it, after keeping
    what was fetched."""
    from refs.http import env_resolver
    from refs.lock import workspace_lock
    from scan.crawl.engine import crawl
    from scan.crawl.summary import errors_by_cause, why_stopped

    state, seeds, settings, topic, words, plan = prepare(ws, root, seeds=seeds, options=options,
                                                         keywords=keywords, resume=resume, hashtags=hashtags)
    resolve = resolve or env_resolver()
    with workspace_lock(ws.db, "scan crawl"):
        if resume:
            state.load()  # again, now that no other scan process can change it
        else:
            stored = {k: v for k, v in dataclasses.asdict(settings).items() if k in STORED}
            state.begin_new({"seeds": seeds, "settings": stored, "keywords": words,
                             "hashtags": plan.as_meta() if plan else None})
        backup = _harvest(state, plan, seeds, settings, topic, resolve, on_page, on_note) if plan else None
        result = crawl(state, seeds, settings, topic=topic, resolve=resolve,
                       on_page=on_page, on_progress=on_progress, on_note=on_note)
        if backup and not result.backup:
            result.backup = str(backup)
        waiting = len(state.frontier)
        pending = state.pending
    if result.interrupted:
        if pending:
            raise Interrupted("Interrupted before any page answered: nothing was kept, and the previous scan "
                              "is as it was.")
        kept = f" The previous scan was kept as {result.backup}." if result.backup else ""
        raise Interrupted(f"Interrupted: {len(result.pages)} pages kept, {waiting} links wait. "
                          f"`scan crawl --resume` continues the scan.{kept}")
    return ScanOutcome(result, settings, why_stopped(result.stopped, result.pages, settings, waiting),
                       errors_by_cause(result.pages))


def _harvest(state, plan, seeds, settings, topic, resolve, on_page, on_note):
    """Read the plan's tag timelines into the scan before its pages are
    crawled; without seeds, a plan that read nothing at all is a scan with no
    seed fetched (:class:`NoSeedFetched`)."""
    from refs.values.urls import canonical
    from scan.crawl.hashtags import harvest
    from scan.crawl.state import Entry
    from scan.errors import NoSeedFetched

    if seeds and not state.pages and not state.frontier:
        # The crawl seeds an empty scan itself; the posts read first would keep it from doing so.
        state.enqueue([Entry(u, 0, None, (0, 0, 0.0, n)) for n, u in enumerate(map(canonical, seeds), 1) if u])
    try:
        stored, failures, backup = harvest(state, plan, settings, topic, resolve=resolve, on_page=on_page)
    except KeyboardInterrupt:
        state.checkpoint()
        raise Interrupted("Interrupted while reading the tag timelines: what was read is kept; "
                          "`scan crawl --resume` continues.") from None
    for line in failures:
        if on_note:
            on_note(line)
    if not seeds and state.pending:
        raise NoSeedFetched("no tag timeline could be read (" + "; ".join(failures or ["no answer"]) +
                            "); the previous scan, if any, is as it was")
    return backup


def kept_scans(ws) -> list:
    """The scans kept under ``db/`` (:class:`scan.crawl.state.KeptScan`), newest first."""
    from scan.crawl.state import CrawlState

    return CrawlState(ws.db).kept() if ws.db.is_dir() else []


def restore_scan(ws, file: str):
    """Make a kept scan the workspace's scan again; the current one is kept
    in its turn. Returns ``(KeptScan restored, where the current one went)``."""
    from refs.lock import workspace_lock
    from scan.crawl.state import CrawlState

    with workspace_lock(ws.db, "scan crawl --restore"):
        return CrawlState(ws.db).restore(file)
