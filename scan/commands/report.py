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
    kind: Optional[str] = typer.Option(None, "--kind", help="The kinds of page the themes, keywords and top pages count (comma-separated, 'citable' or 'all') [default: citable: article, journal-article, post, document]."),
) -> None:
    """Report on the scan: per theme and keyword, the pages and hits; top pages, hosts, depths, link graph, PRISMA flow.

    Without a scan yet, says so (on stderr) and exits 0; --json then prints an empty report.

    Example: scan report --top 10 --html report.html
    """
    from refs.atomic import write_atomic
    from scan.collection import load_scan, parse_kinds
    from scan.config import load_config
    from scan.report.data import build_report
    from scan.report.html import render_html
    from scan.report.text import render_text

    from scan.options import check_output

    if top < 0:
        raise BadInput(f"--top takes a number of pages, 0 or more, not {top}")
    kinds = parse_kinds(kind)
    ws = ctx.obj["ws"]
    check_output(ws, html_file, "--html")
    scan = load_scan(ws.db, load_config(ctx.obj["root"]))
    data = build_report(scan.pages, scan.topic, top=top, kinds=kinds, decisions=scan.decisions,
                        cited_urls=_library_urls(ws) if scan.exists else (), all_pages=html_file is not None)
    has_scan = scan.exists
    if not has_scan:
        err(f"No scan yet in {ws.db}: run `scan crawl SEED...` first.")
    if html_file is not None:
        write_atomic(html_file, render_html(data))
        err(f"Wrote {html_file}.")
    if as_json:
        print_json({k: v for k, v in data.items() if k != "pages"})
    elif has_scan:
        sys.stdout.write(render_text(data))


def _library_urls(ws) -> set[str]:
    """The canonical URLs of the library's references (for "cited" in the PRISMA flow)."""
    from refs.library import list_items
    from refs.values.urls import canonical

    urls = set()
    for item in list_items(ws):
        url = item.get("URL")
        if isinstance(url, str) and url:
            urls.add(canonical(url) or url)
    return urls
