"""Scan commands: ``scan crawl`` (the environmental scan), ``scan pages``
and ``scan scans`` (the scans kept by earlier crawls)."""

from __future__ import annotations

import json
import signal
import sys
from typing import Optional

import typer

from scan.crawl.pages import page_id
from scan.output import err, print_json


def register(app: typer.Typer) -> None:
    app.command()(crawl)
    app.command()(pages)
    app.command()(scans)


def crawl(
    ctx: typer.Context,
    seeds: list[str] = typer.Argument(None, help="Seed URLs (default: scan.toml's seeds)."),
    depth: Optional[int] = typer.Option(None, "--depth", help="Link depth; the seeds are depth 0 [default: 2]."),
    max_pages: Optional[int] = typer.Option(None, "--max-pages", help="Pages at most [default: 500]."),
    follow: Optional[str] = typer.Option(None, "--follow", help="relevant (pages scoring >= --min-score) or all."),
    min_score: Optional[float] = typer.Option(None, "--min-score", help="Score (0-100) a page needs for its links to be followed [default: 20]."),
    keywords: Optional[str] = typer.Option(None, "--keywords", help="Comma-separated keywords replacing the configured ones."),
    delay: Optional[float] = typer.Option(None, "--delay", help="Seconds between requests to one host [default: 1.0; a site's robots.txt Crawl-delay may raise it, up to 60]."),
    concurrency: Optional[int] = typer.Option(None, "--concurrency", help="Requests in flight across hosts [default: 8]."),
    timeout: Optional[float] = typer.Option(None, "--timeout", help="Seconds a server may stay silent [default: 20]; a whole page may take 3 times that."),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", help="Largest body read, after decompression [default: 5000000]."),
    user_agent: Optional[str] = typer.Option(None, "--user-agent", help="The User-Agent to identify as."),
    contact: Optional[str] = typer.Option(None, "--contact", help="A contact (mailto: or URL) added to the User-Agent."),
    ignore_robots: bool = typer.Option(False, "--ignore-robots", help="Do not obey robots.txt (your own sites only)."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Let links reach loopback and private addresses."),
    hashtag: list[str] = typer.Option(None, "--hashtag", help="Read this hashtag's public timeline on each --mastodon instance (repeatable): its posts are scored like pages, their links followed as seeds [default: scan.toml [crawl] hashtags]."),
    mastodon: list[str] = typer.Option(None, "--mastodon", help="A Mastodon instance whose tag timelines --hashtag reads (repeatable), e.g. glammr.us."),
    since: Optional[str] = typer.Option(None, "--since", help="With --hashtag: only posts from this day on (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", help="With --hashtag: only posts up to this day (YYYY-MM-DD)."),
    resume: bool = typer.Option(False, "--resume", help="Continue the interrupted scan (with its depth, keywords and rules; --max-pages, --delay and the like may change)."),
    restore: Optional[str] = typer.Option(None, "--restore", metavar="FILE", help="Make a kept scan (see `scan scans`) the current one again; the current one is kept."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object per page (JSON lines)."),
) -> None:
    """Environmental scan: follow the links of seed pages, ranking pages by the topic's keywords.

    A new scan replaces the current one when its first page answers; the
    current one is kept (`scan scans` lists kept scans, `--restore` takes one back).

    Example: scan crawl https://blog.example.org/2013/02/25/find-a-mentor/ --depth 2 --contact mailto:me@example.org;
    scan crawl --hashtag libchat --mastodon glammr.us --since 2023-01-01 --max-pages 200
    """
    from scan.crawl.summary import describe_errors
    from scan.progress import ProgressBar
    from scan.workflows.crawl import restore_scan, run_crawl

    ws = ctx.obj["ws"]
    if restore is not None:
        if seeds or resume:
            from scan.errors import BadUsage
            raise BadUsage("--restore takes no seeds and no --resume")
        kept, backup = restore_scan(ws, restore)
        err(f"Restored the scan of {kept.pages} pages from {kept.path}." +
            (f" The scan it replaced was kept as {backup}." if backup else ""))
        return
    options = dict(depth=depth, max_pages=max_pages, follow=follow, min_score=min_score, delay=delay,
                   concurrency=concurrency, timeout=timeout, max_bytes=max_bytes, user_agent=user_agent,
                   contact=contact, ignore_robots=ignore_robots or None, allow_private=allow_private or None)

    def on_page(page: dict) -> None:
        if as_json:
            sys.stdout.write(json.dumps(_public(page), ensure_ascii=False) + "\n")
            sys.stdout.flush()

    # kill (SIGTERM) stops the scan as Ctrl-C does: what was fetched is kept; --resume continues.
    signal.signal(signal.SIGTERM, _interrupt)
    with ProgressBar("scan", enabled=None if not as_json else False) as bar:
        outcome = run_crawl(ws, ctx.obj["root"], seeds=list(seeds or []), options=options, keywords=keywords,
                            resume=resume, on_page=on_page,
                            hashtags={"hashtag": list(hashtag or []), "mastodon": list(mastodon or []),
                                      "since": since, "until": until}, on_note=lambda text: bar.note(f"note: {text}"),
                            on_progress=lambda p: bar.update(p.done, p.done + p.queued,
                                                             f"{p.queued} queued, {p.hosts} hosts, {p.errors} errors"))
    result = outcome.result
    if result.backup:
        err(f"The previous scan was kept as {result.backup} (`scan crawl --restore` takes it back).")
    if not as_json:
        _table(result.pages, limit=20)
    failed = describe_errors(outcome.errors)
    err(f"{len(result.pages)} pages scanned" + (f"; {failed}" if failed else "") + ".")
    err(f"Stopped: {outcome.stopped}." + ("" if as_json else " `scan pages` lists the pages."))


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt()


_PUBLIC = ("id", "url", "final_url", "status", "depth", "found_on", "title", "authors", "date", "site", "type", "doi",
           "score", "hits", "themes", "links", "citations", "error", "content_type", "redirects", "note", "kind",
           "platform")
KINDS = ("article", "journal-article", "post", "document", "home", "about", "contact", "category", "tag", "search",
         "listing", "profile", "error")


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
        title = (p.get("title") or "").replace("\n", " ")[:70]
        if not title and p.get("kind") == "post" and p.get("status") is None:
            title = f"(a {p.get('platform') or 'social'} post, not fetched: `scan cite {p.get('id') or ''}` reads it)"
        pid = p.get("id") or page_id(p["url"])
        out.write(f"{p.get('score', 0.0):6.1f}  {p.get('depth', 0):>5}  {status:>6}  {pid:<9}  {title}\n"
                  f"{'':36}{p['url']}\n")
        if p.get("error"):
            # In full: the hint at its end (--allow-private, ...) is the useful part.
            out.write(f"{'':36}error: {' '.join(str(p['error']).split())}\n")


def pages(
    ctx: typer.Context,
    min_score: Optional[float] = typer.Option(None, "--min-score", help="Only pages scoring at least this."),
    kind: Optional[str] = typer.Option(None, "--kind", help="Only pages of this kind (post: social posts found in the scan, linked from its pages or read from a hashtag)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=0, help="At most this many pages."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array of pages, best first."),
) -> None:
    """List the scanned pages, most relevant first.

    Example: scan pages --min-score 2 --limit 20
    """
    from scan.crawl.settings import check_value
    from scan.crawl.state import CrawlState, ranked

    if min_score is not None:
        check_value("min_score", min_score, "--min-score")
    if kind is not None and kind not in KINDS:
        from scan.errors import BadOption

        raise BadOption("--kind", f"takes one of {', '.join(KINDS)}, not {kind!r}")
    state = CrawlState(ctx.obj["ws"].db)
    if not state.exists():
        if as_json:
            print_json([])
            return
        err(f"No scan yet in {state.dir}: run `scan crawl SEED...`.")
        return
    state.load()
    rows = ranked(list(state.pages.values()))
    if min_score is not None:
        rows = [p for p in rows if (p.get("score") or 0.0) >= min_score]
    if kind is not None:
        rows = [p for p in rows if p.get("kind") == kind]
    if limit is not None:
        rows = rows[:limit]
    if as_json:
        print_json([_public(p) for p in rows])
    else:
        _table(rows, limit=len(rows))


def scans(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array of kept scans, newest first."),
) -> None:
    """List the scans kept when a new scan replaced them; `scan crawl --restore FILE` takes one back.

    Example: scan scans
    """
    from scan.workflows.crawl import kept_scans

    kept = kept_scans(ctx.obj["ws"])
    if as_json:
        print_json([{"file": str(k.path), "pages": k.pages, "seeds": list(k.seeds), "finished": k.finished,
                     "error": k.error} for k in kept])
        return
    if not kept:
        err(f"No kept scans in {ctx.obj['ws'].db}.")
        return
    for k in kept:
        what = f"unreadable: {k.error}" if k.error else \
            f"{k.pages} pages{'' if k.finished else ' (unfinished)'}; seeds: {', '.join(k.seeds) or '-'}"
        sys.stdout.write(f"{k.path}  {what}\n")
    err("`scan crawl --restore FILE` makes one the current scan again (the current one is kept).")
