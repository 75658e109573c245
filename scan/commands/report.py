"""``scan report``: themes × pages, keyword counts, hosts, depths and the link graph of the scan."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from refs.errors import BadInput
from scan.output import err, print_json


def register(app: typer.Typer) -> None:
    app.command()(report)


def report(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print the whole report as one JSON object."),
    html_file: Optional[Path] = typer.Option(None, "--html", metavar="FILE",
                                             help="Also write a self-contained HTML report (sortable tables, link graph)."),
    top: int = typer.Option(20, "--top", metavar="N", help="How many of the best pages to list (the HTML report can unfold all of them)."),
) -> None:
    """Report on the scan: per theme and keyword, the pages and hits; top pages, hosts, depths, link graph.

    Without a scan yet, says so (on stderr) and exits 0; --json then prints an empty report.

    Example: scan report --top 10 --html report.html
    """
    from refs.atomic import write_atomic
    from scan.config import load_config
    from scan.crawl.state import CrawlState
    from scan.report.data import build_report
    from scan.report.html import render_html
    from scan.report.text import render_text

    if top < 0:
        raise BadInput(f"--top takes a number of pages, 0 or more, not {top}")
    state = CrawlState(ctx.obj["ws"].db)
    has_scan = state.exists()
    if has_scan:
        state.load()
    keywords = state.meta.get("keywords")
    topic = load_config(ctx.obj["root"]).topic(keywords if keywords else None)
    data = build_report(state.pages.values(), topic, top=top, all_pages=html_file is not None)
    if not has_scan:
        err(f"No scan yet in {state.dir}: run `scan crawl SEED...` first.")
    if html_file is not None:
        write_atomic(html_file, render_html(data))
        err(f"Wrote {html_file}.")
    if as_json:
        print_json({k: v for k, v in data.items() if k != "pages"})
    elif has_scan:
        sys.stdout.write(render_text(data))
