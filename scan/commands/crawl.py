"""Scan commands: ``scan crawl`` (the environmental scan), ``scan pages``
and ``scan scans`` (the scans kept by earlier crawls)."""

from __future__ import annotations

import json
import signal
import sys
from typing import Optional

import typer

from scan.errors import BadUsage
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

    def on_page(page) -> None:
        if as_json:
            sys.stdout.write(json.dumps(page.public(), ensure_ascii=False) + "\n")
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
        _table(result.pages[:20])
    failed = describe_errors(outcome.errors)
    err(f"{len(result.pages)} pages scanned" + (f"; {failed}" if failed else "") + ".")
    err(f"Stopped: {outcome.stopped}." + ("" if as_json else " `scan pages` lists the pages."))


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt()


def _table(pages, decisions=None) -> None:
    """The pages as a table: score, kind, depth, status, id, screening decision, title and URL."""
    from scan.report.text import clean

    if not pages:
        err("No pages.")
        return
    out = sys.stdout
    out.write(f"{'score':>6}  {'kind':<15}  {'depth':>5}  {'status':>6}  {'id':<9}  title / url\n")
    for p in pages:
        d = decisions(p) if decisions else None
        mark = {"include": "[in] ", "exclude": "[out] "}.get(d.decision, "") if d else ""
        title = clean(p.title or "", 70)
        if not title and p.kind == "post" and p.status is None:
            title = f"(a {p.platform or 'social'} post, not fetched: `scan cite {p.id}` reads it)"
        out.write(f"{p.score:6.1f}  {p.kind or '-':<15}  {p.depth:>5}  {p.status or '-':>6}  {p.id:<9}  {mark}{title}\n"
                  f"{'':55}{clean(p.url)}\n")
        if p.error:
            # In full: the hint at its end (--allow-private, ...) is the useful part.
            out.write(f"{'':55}error: {' '.join(str(p.error).split())}\n")


def pages(
    ctx: typer.Context,
    min_score: Optional[float] = typer.Option(None, "--min-score", help="Only pages scoring at least this."),
    kind: Optional[str] = typer.Option(None, "--kind", help="Only pages of these kinds (comma-separated: article, "
                                       "journal-article, post, document, home, about, contact, category, tag, search, "
                                       "listing, profile, error; 'citable' for the first four; post: social posts "
                                       "too, linked from the scan's pages or read from a hashtag) [default: all]."),
    limit: Optional[int] = typer.Option(None, "--limit", min=0, help="At most this many pages."),
    explain: Optional[str] = typer.Option(None, "--explain", metavar="ID",
                                          help="Show where one page's score comes from (its id or URL)."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array of pages, best first."),
) -> None:
    """List the scanned pages, most relevant first, with their kind and screening decision.

    Example: scan pages --min-score 60 --kind citable --limit 20;  scan pages --explain p125f0910
    """
    from scan.collection import load_scan, parse_kinds, public, select
    from scan.config import load_config
    from scan.crawl.settings import check_value

    if min_score is not None:
        check_value("min_score", min_score, "--min-score")
    kinds = parse_kinds(kind, default=None)
    scan = load_scan(ctx.obj["ws"].db, load_config(ctx.obj["root"]))
    if explain is not None:
        return _explain(scan, explain, as_json)
    if not scan.exists:
        if as_json:
            print_json([])
            return
        err(f"No scan yet in {ctx.obj['ws'].db}: run `scan crawl SEED...`.")
        return
    rows = select(scan, kinds=kinds, min_score=min_score, limit=limit)
    if as_json:
        print_json([public(scan, p) for p in rows])
    else:
        _table(rows, scan.decision)


def _explain(scan, target: str, as_json: bool) -> None:
    from scan.rank import explain

    page = scan.by_target(target)
    if page is None:
        raise BadUsage(f"no scanned page {target!r} (`scan pages` lists the ids)")
    data = explain(page, scan.pages, scan.topic)
    data["crawl_score"] = scan.crawl_scores[page.url]    # as the crawl scored it (page.score is the rescored one)
    d = scan.decision(page)
    data["decision"], data["reason"] = (d.decision, d.reason) if d else (None, None)
    if as_json:
        print_json(data)
        return
    from scan.report.text import clean

    out = sys.stdout
    out.write(f"{data['id']}  {clean(data['title'] or '(no title)')}\n  {clean(data['url'])}\n")
    out.write(f"kind: {data['kind']} ({clean(data['kind_reason'] or '')}), factor {data['kind_factor']:g}\n")
    if data["error"]:
        out.write(f"error: {clean(data['error'])}\n")
    out.write(f"score {data['score']:.1f} = 100 x {data['kind_factor']:g} x D {data['substance']:.2f} x "
              f"F {data['focus']:.2f} ^ {data['focus_power']:g} x (1 - exp(-R {data['r']:.2f} / A {data['anchor']:.2f}))"
              f"   (while crawling: "
              f"{data['crawl_score']:.1f}; with its teasers, kind aside: {data['topical']:.1f})\n")
    if data["cited"] != 1.0 or data["feedback"] is not None:
        why = []
        if data["cited"] != 1.0:
            more = f" and {len(data['cited_by']) - 1} more" if len(data["cited_by"]) > 1 else ""
            why.append(f"x {data['cited']:g}: cited by a work about the topic ({clean(data['cited_by'][0])}{more})")
        if data["feedback"] is not None:
            why.append(f"x {data['feedback_factor']:.2f}: reads like the scan's works about the topic with "
                       f"probability {data['feedback']:.2f}")
        out.write(f"R {data['r']:.2f} = {data['r_own']:.2f} " + "; ".join(why) + "\n")
    about = "" if data["topic_words"] is None else f", {data['topic_words']} of them in blocks about the topic"
    out.write(f"own text: {data['words']} words{about}, so K = {data['k']:.2f}; "
              f"term weights from {data['pages_with_topic']} pages that carry the topic\n")
    for t in data["themes"]:
        if not t["terms"]:
            continue
        out.write(f"  {clean(t['theme'])}: S {t['s']:.2f}, covered {t['t']:.0%}\n")
        for term in t["terms"]:
            out.write(f"    {clean(term['term']):<28} title {term['title']}, headings {term['headings']}, "
                      f"body {term['body']}: tf {term['tf']:g}, on {term['df']} pages, weight {term['weight']:.2f}"
                      f" -> {term['part']:.2f}\n")
    if not any(t["terms"] for t in data["themes"]):
        out.write("  no keyword of the topic in its own text\n")
    if d:
        out.write(f"screening: {d.decision}" + (f" ({clean(d.reason)})" if d.reason else "") + "\n")


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
