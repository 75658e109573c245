"""``scan check-links``: which reference links died, and what to cite instead.

Parses the options, makes one call into :func:`refs.linkcheck.check_workspace`
and shows the result: a progress bar on a terminal (stderr), a summary by
verdict, the dead and redirected links with their references (or ``--json``),
exit 1 when any link is dead, 2 when the machine is offline (nothing judged).
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from scan.output import err, print_json, report_sync, say


def register(app: typer.Typer) -> None:
    app.command("check-links")(check_links)


def check_links(
    ctx: typer.Context,
    keys: list[str] = typer.Option(None, "--keys", "--key", help="Check only these citekeys (repeatable, or comma-separated)."),
    manuscript: Optional[Path] = typer.Option(None, "--manuscript", help="Check only the references this manuscript cites (\\cite{..}, [@key], (Barr, 2013))."),
    per_host: int = typer.Option(2, "--per-host", help="Requests at once per host (1-64)."),
    concurrency: int = typer.Option(32, "--concurrency", help="Links checked at once across hosts (1-1024)."),
    timeout: float = typer.Option(20.0, "--timeout", help="Seconds to wait for a server (a timeout is retried once)."),
    max_age: Optional[str] = typer.Option(None, "--max-age", help="Skip links found good within this age (90s, 30m, 12h, 1d, 2w)."),
    fix: bool = typer.Option(False, "--fix", help="Replace permanently redirected URLs with their new URL (syncs library.bib)."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array, one object per checked link."),
    archive_api: Optional[str] = typer.Option(None, "--archive-api", envvar="SCAN_ARCHIVE_API",
                                              help="Wayback-style availability API for dead links; '' turns it off "
                                                   "[default: https://archive.org/wayback/available]."),
    doi_resolver: Optional[str] = typer.Option(None, "--doi-resolver", envvar="SCAN_DOI_RESOLVER",
                                               help="Prefix of DOI links [default: https://doi.org/]."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow links to loopback and private addresses."),
) -> None:
    """Check every reference's URL and DOI link; exit 1 when any is dead.

    Example: scan check-links --max-age 1d --fix
    """
    from refs.http import NetPolicy, env_resolver
    from refs.linkcheck import DEFAULT_ARCHIVE_API, DEFAULT_DOI_RESOLVER, CheckSettings, check_workspace, parse_age
    from scan.options import check_number, check_url
    from scan.progress import ProgressBar

    for name, value in (("--archive-api", archive_api), ("--doi-resolver", doi_resolver)):
        if value:
            check_url(value, name)
    settings = CheckSettings(
        per_host=check_number(per_host, "--per-host", 1, 64, whole=True, what="a number of requests"),
        concurrency=check_number(concurrency, "--concurrency", 1, 1024, whole=True, what="a number of checks"),
        timeout=check_number(timeout, "--timeout", 0.1, 3600, what="a number of seconds"),
        max_age=parse_age(max_age) if max_age else None,
        archive_api=DEFAULT_ARCHIVE_API if archive_api is None else (archive_api or None),
        doi_resolver=doi_resolver or DEFAULT_DOI_RESOLVER,
    )
    ws = ctx.obj["ws"]
    keys = [k.strip() for arg in keys or [] for k in arg.split(",") if k.strip()]
    with ProgressBar("checking links") as bar:
        report = check_workspace(ws, settings=settings, policy=NetPolicy(resolve=env_resolver(), allow_private=allow_private),
                                 keys=keys or None, manuscript=manuscript, fix=fix,
                                 progress=(lambda done, total: bar.update(done, total)) if bar.enabled else None)
    code = 1 if report.any_dead else 0
    for message in report.unmatched:
        err(f"warning: {message}")
    if as_json:
        print_json([r.as_json() for r in report.results])
    else:
        _show(report)
    for s in report.syncs:
        if report_sync(s):
            code = 1
    raise typer.Exit(code)


def _show(report) -> None:
    if not report.results:
        err("No links to check." + ("" if report.unmatched else
                                    " Add references with URLs or DOIs (`scan import`, `scan refs add`)."))
        return
    fixed = {(k, old) for k, old, _ in report.fixed}
    for r in report.results:
        if r.verdict == "dead":
            say(f"dead        {r.key}  {r.url}\n            {r.detail}\n")
            if r.archived_url:
                whose = " (the reference's own snapshot)" if r.archive_source == "reference" else ""
                say(f"            archived: {r.archived_url}{whose}\n")
        elif r.verdict == "redirected":
            state = "fixed: " if (r.key, r.url) in fixed else "now at "
            say(f"redirected  {r.key}  {r.url}\n            {state}{r.final_url}\n")
    for r in report.results:
        if r.verdict in ("blocked", "timeout", "error", "no-url"):
            say(f"{r.verdict:<11} {r.key}  {r.url or ''}\n            {r.detail}\n")
    counts = report.counts()
    summary = ", ".join(f"{n} {v}" for v, n in counts.items() if n)
    cached = sum(1 for r in report.results if r.cached)
    err(f"{len(report.results)} links: {summary}" + (f" ({cached} from the cache)" if cached else ""))
    if counts["redirected"] and not report.fixed:
        err("Run with --fix to store the new URLs of permanent redirects.")


