"""Scan commands: ``scan crawl`` (the environmental scan) and ``scan pages``."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import sys
from typing import Optional

import typer

from refs.errors import BadInput
from scan.crawl.pages import page_id
from scan.output import err, print_json


def register(app: typer.Typer) -> None:
    app.command()(crawl)
    app.command()(pages)


def _settings(cfg: dict, **given):
    """Command-line values win over scan.toml's [crawl], which wins over defaults."""
    from scan.crawl.settings import CrawlSettings

    names = {f.name for f in dataclasses.fields(CrawlSettings)}
    values = {k.replace("-", "_"): v for k, v in cfg.items() if k.replace("-", "_") in names}
    unknown = [k for k in cfg if k.replace("-", "_") not in names]
    if unknown:
        raise BadInput(f"unknown setting(s) in scan.toml [crawl]: {', '.join(unknown)}")
    values.update({k: v for k, v in given.items() if v is not None})
    if values.get("follow", "relevant") not in ("relevant", "all"):
        raise BadInput(f"--follow takes 'relevant' or 'all', not {values['follow']!r}")
    return CrawlSettings(**values)


def crawl(
    ctx: typer.Context,
    seeds: list[str] = typer.Argument(None, help="Seed URLs (default: scan.toml's seeds)."),
    depth: Optional[int] = typer.Option(None, "--depth", help="Link depth; the seeds are depth 0 [default: 2]."),
    max_pages: Optional[int] = typer.Option(None, "--max-pages", help="Pages at most [default: 500]."),
    follow: Optional[str] = typer.Option(None, "--follow", help="relevant (pages scoring >= --min-score) or all."),
    min_score: Optional[float] = typer.Option(None, "--min-score", help="Score (0-100) a page needs for its links to be followed [default: 20]."),
    keywords: Optional[str] = typer.Option(None, "--keywords", help="Comma-separated keywords replacing the configured ones."),
    delay: Optional[float] = typer.Option(None, "--delay", help="Seconds between requests to one host [default: 1.0]."),
    concurrency: Optional[int] = typer.Option(None, "--concurrency", help="Requests in flight across hosts [default: 8]."),
    timeout: Optional[float] = typer.Option(None, "--timeout", help="Read timeout in seconds [default: 20]."),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", help="Largest body read, after decompression [default: 5000000]."),
    user_agent: Optional[str] = typer.Option(None, "--user-agent", help="The User-Agent to identify as."),
    contact: Optional[str] = typer.Option(None, "--contact", help="A contact (mailto: or URL) added to the User-Agent."),
    ignore_robots: bool = typer.Option(False, "--ignore-robots", help="Do not obey robots.txt (your own sites only)."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Let links reach loopback and private addresses."),
    resume: bool = typer.Option(False, "--resume", help="Continue the interrupted scan."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object per page (JSON lines)."),
) -> None:
    """Environmental scan: follow the links of seed pages, ranking pages by the topic's keywords.

    Example: scan crawl https://blog.example.org/2013/02/25/find-a-mentor/ --depth 2 --contact mailto:me@example.org
    """
    from refs.http import env_resolver
    from refs.lock import workspace_lock
    from scan.config import load_config
    from scan.crawl.engine import NoSeedFetched, crawl as run_crawl
    from scan.crawl.state import CrawlState

    ws = ctx.obj["ws"]
    cfg = load_config()
    topic = cfg.topic([k.strip() for k in keywords.split(",") if k.strip()] if keywords else None)
    with workspace_lock(ws.db, "scan crawl"):
        state = CrawlState(ws.db)
        if resume:
            if not state.exists():
                raise BadInput(f"there is no scan to resume in {ws.db}; start one with `scan crawl SEED...`")
            state.load()
            stored = state.meta.get("settings", {})
            seeds = list(state.meta.get("seeds", []))
            if state.meta.get("keywords") and not keywords:
                topic = cfg.topic(state.meta["keywords"])
        else:
            stored = {}
            seeds = list(seeds or cfg.seeds)
            if not seeds:
                raise BadInput("no seed URLs: give them as arguments, or as `seeds = [...]` in scan.toml")
        settings = _settings({**cfg.crawl, **stored}, depth=depth, max_pages=max_pages, follow=follow,
                             min_score=min_score, delay=delay, concurrency=concurrency, timeout=timeout,
                             max_bytes=max_bytes, user_agent=user_agent, contact=contact,
                             ignore_robots=ignore_robots or None, allow_private=allow_private or None)
        if not resume:
            meta = {"seeds": seeds, "settings": _stored(settings),
                    "keywords": [k.strip() for k in keywords.split(",")] if keywords else None}
            backup = state.start_new(meta)
            if backup:
                err(f"The previous scan was kept as {backup}.")
        show = _Progress() if sys.stderr.isatty() and not as_json else None

        def on_page(page: dict) -> None:
            if as_json:
                sys.stdout.write(json.dumps(_public(page), ensure_ascii=False) + "\n")
                sys.stdout.flush()

        # kill and Ctrl-C both stop the scan cleanly; --resume continues it.
        signal.signal(signal.SIGTERM, _interrupt)
        try:
            result = run_crawl(state, seeds, settings, topic=topic, on_page=on_page, resolve=env_resolver(),
                               on_progress=show.update if show else None)
        except NoSeedFetched as exc:
            if show:
                show.close()
            err(f"scan: error: no seed could be fetched: {exc}")
            raise typer.Exit(2)
        finally:
            if show:
                show.close()
    if result.interrupted:
        err(f"Interrupted: {len(result.pages)} pages kept. `scan crawl --resume` continues the scan.")
        sys.stdout.flush()
        os._exit(130)  # fetches still in flight are abandoned, not waited for
    if not as_json:
        _table(result.pages, limit=20)
        errors = sum(1 for p in result.pages if p.get("error"))
        err(f"{len(result.pages)} pages scanned ({errors} with errors). `scan pages` lists them.")


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt()


def _stored(settings) -> dict:
    return {k: v for k, v in dataclasses.asdict(settings).items()
            if k in ("depth", "max_pages", "follow", "min_score", "delay", "concurrency", "timeout", "max_bytes",
                     "contact", "ignore_robots", "allow_private")}


_PUBLIC = ("id", "url", "final_url", "status", "depth", "found_on", "title", "authors", "date", "site", "type", "doi",
           "score", "hits", "themes", "links", "citations", "error", "content_type", "redirects", "note")


def _public(page: dict) -> dict:
    out = {k: page.get(k) for k in _PUBLIC}
    out["id"] = out["id"] or page_id(page["url"])
    return out


def _table(pages: list[dict], limit: int) -> None:
    rows = pages[:limit]
    if not rows:
        err("No pages.")
        return
    out = sys.stdout
    out.write(f"{'score':>6}  {'depth':>5}  {'status':>6}  {'id':<9}  title / url\n")
    for p in rows:
        status = str(p.get("status") or "-")
        title = (p.get("title") or p.get("error") or "").replace("\n", " ")[:70]
        pid = p.get("id") or page_id(p["url"])
        out.write(f"{p.get('score', 0.0):6.1f}  {p.get('depth', 0):>5}  {status:>6}  {pid:<9}  {title}\n"
                  f"{'':36}{p['url']}\n")


class _Progress:
    """A progress line on a terminal: pages done and queued, hosts, errors."""

    def __init__(self):
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        self._p = Progress(TextColumn("[bold]scan"), BarColumn(), TextColumn("{task.fields[text]}"),
                           TimeElapsedColumn(), transient=True, console=_stderr_console())
        self._task = self._p.add_task("crawl", total=None, text="")
        self._p.start()

    def update(self, pr) -> None:
        self._p.update(self._task, completed=pr.done, total=pr.done + pr.queued,
                       text=f"{pr.done} done, {pr.queued} queued, {pr.hosts} hosts, {pr.errors} errors")

    def close(self) -> None:
        self._p.stop()


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def pages(
    ctx: typer.Context,
    min_score: Optional[float] = typer.Option(None, "--min-score", help="Only pages scoring at least this."),
    limit: Optional[int] = typer.Option(None, "--limit", help="At most this many pages."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array of pages, best first."),
) -> None:
    """List the scanned pages, most relevant first.

    Example: scan pages --min-score 2 --limit 20
    """
    from scan.crawl.state import CrawlState, ranked

    state = CrawlState(ctx.obj["ws"].db)
    if not state.exists():
        if as_json:
            print_json([])
            return
        err("No scan yet: run `scan crawl SEED...`.")
        return
    state.load()
    rows = ranked(list(state.pages.values()))
    if min_score is not None:
        rows = [p for p in rows if (p.get("score") or 0.0) >= min_score]
    if limit is not None:
        rows = rows[:limit]
    if as_json:
        print_json([_public(p) for p in rows])
    else:
        _table(rows, limit=len(rows))
