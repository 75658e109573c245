"""Citation commands: ``scan cite`` and ``scan check-citations``.

``scan cite`` parses its arguments, makes one call into
:func:`scan.workflows.cite.cite` and prints each target's reference and
in-text citation (or why it could not be cited).
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from refs.errors import BadInput
from scan.output import err, print_json, say


def _style(ctx: typer.Context, style: str | None) -> str:
    """The style to use: ``--style``, else scan.toml's ``[cite] style``, else
    APA; checked now, so a typo fails before anything is done."""
    from refs.formatting import style_path
    from scan.config import load_config

    style = style or load_config((ctx.obj or {}).get("root")).cite.get("style") or "apa"
    style_path(str(style))
    return str(style)


def _titles(ctx: typer.Context, titles: str | None) -> str:
    """``--titles``, else scan.toml's ``[cite] titles``, else ``style``."""
    from refs.formatting import TITLES
    from scan.config import load_config

    titles = titles or load_config((ctx.obj or {}).get("root")).cite.get("titles") or "style"
    if titles not in TITLES:
        raise BadInput(f"--titles must be one of {', '.join(TITLES)} (got {titles!r})")
    return str(titles)


def register(app: typer.Typer) -> None:
    app.command()(cite)
    app.command("check-citations")(check_citations)


# --- scan cite ---------------------------------------------------------------------


def cite(
    ctx: typer.Context,
    targets: list[str] = typer.Argument(None, help="URLs, scanned pages (id or URL), citekeys or DOIs (10.x/... or https://doi.org/10.x/...)."),
    style: Optional[str] = typer.Option(None, "--style", help="A CSL style name (apa, apa-6th-edition, chicago-author-date, harvard-cite-them-right, ...) or a .csl file [default: scan.toml [cite] style, else apa]."),
    fmt: str = typer.Option("text", "--format", help="text, markdown or html."),
    min_score: Optional[float] = typer.Option(None, "--min-score", help="Cite every scanned page scoring at least this (of the kinds --kind gives)."),
    kind: Optional[str] = typer.Option(None, "--kind", help="With --min-score or --included: only pages of these kinds (comma-separated, 'citable' or 'all') [default: citable: article, journal-article, post, document]."),
    included: bool = typer.Option(False, "--included", help="Cite every page included in screening (`scan screen`)."),
    no_add: bool = typer.Option(False, "--no-add", help="Only print; add nothing to the library (each reference shows the key it would get)."),
    resolver: Optional[str] = typer.Option(None, "--doi-resolver", envvar="SCAN_DOI_RESOLVER",
                                           help="DOI resolver base URL [default: https://doi.org]."),
    archive: Optional[bool] = typer.Option(None, "--archive/--no-archive", help="Have Save Page Now (SCAN_SAVE_PAGE_NOW, key in SCAN_SPN_KEY) take a snapshot of each cited page and store it in the reference [default: scan.toml [cite] archive, else no]."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Fetch pages on loopback and private addresses too (an intranet, a local server) [default: scan.toml [crawl] allow_private]."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array, one object per target."),
) -> None:
    """Cite: add web pages, posts (X, Mastodon, Bluesky), videos (YouTube, Vimeo), scanned pages and DOIs to the library; print each reference and its in-text citation.

    Example: scan cite https://blog.example.org/2013/02/25/find-a-mentor/ https://x.com/CDCgov/status/1271180413134876672 --archive
    """
    from scan.errors import SomeTargetsFailed
    from scan.workflows.cite import cite as run_cite

    report = run_cite(ctx.obj["ws"], ctx.obj["root"], list(targets or []), style=style, fmt=fmt,
                      min_score=min_score, kind=kind, included=included, no_add=no_add, resolver=resolver,
                      archive=archive, allow_private=allow_private)
    for o, row in zip(report.outcomes, report.rows):
        if o.error:
            err(f"scan: cannot cite {o.target}: {o.error}")
        elif not as_json:
            if o.added:
                err(f"added {o.key}")
            elif o.duplicate_reason:
                err(f"already in the library as {o.key} ({o.duplicate_reason})")
            if o.archived_now:
                err(f"archived {o.key}: {o.archived_url}")
            label = o.key or f"{o.would_be} (not added)"
            if fmt == "html":
                import html

                label = html.escape(label)
            say(f"{label}\n  {row['reference']}\n  in text: {row['citation']}  |  {row['narrative']}\n")
    for o in report.outcomes:
        if o.archive_error:
            err(f"warning: {o.key} was cited without a snapshot: {o.archive_error}")
    if as_json:
        print_json(report.rows)
    if report.failed:
        n = len(report.failed)
        raise SomeTargetsFailed(f"{n} of {len(report.outcomes)} target{'s' if len(report.outcomes) > 1 else ''} "
                                f"could not be cited (the reason{'s are' if n > 1 else ' is'} above)")


# --- scan check-citations ---------------------------------------------------------------


_TITLES = {
    "missing-reference": "Cited but not in the reference list",
    "uncited-reference": "In the reference list but never cited",
    "year-mismatch": "Year differs between citation and reference",
    "name-mismatch": "Author spelled differently in citation and reference",
    "missing-author": "No author",
    "missing-year": "No year",
    "missing-title": "No title",
    "ambiguous": "Citation matches several references",
    "duplicate-reference": "Two cited references are the same work",
    "punctuation": "Punctuation slip in a citation",
}


def check_citations(
    ctx: typer.Context,
    manuscript: Path = typer.Argument(..., help="The manuscript: .txt, .md, .qmd, .Rmd, .tex or .docx."),
    references: Optional[Path] = typer.Option(None, "--references", help="Check against this reference file (text list, .bib, .ris, .json) [default: the manuscript's own list, or for LaTeX and Pandoc the bibliography it names]."),
    library: bool = typer.Option(False, "--library", help="Check against the library instead of the manuscript's own list."),
    style: Optional[str] = typer.Option(None, "--style", help="The style whose year suffixes (2012a) library references get [default: scan.toml [cite] style, else apa]."),
    strict: bool = typer.Option(False, "--strict", help="Against the library: also report library references the manuscript never cites."),
    as_json: bool = typer.Option(False, "--json", help='Print {"citations", "references", "problems"} as JSON.'),
) -> None:
    """Check in-text citations against the reference list; exit 1 on problems.

    Example: scan check-citations paper.docx --library
    """
    from refs.citecheck import KINDS, check_manuscript

    if references is not None and library:
        raise BadInput("give --references FILE or --library, not both")
    style = _style(ctx, style)
    items = None
    if library:
        from refs.library import list_items
        items = list_items(ctx.obj["ws"])
    result = check_manuscript(manuscript, references_file=references, library_items=items, style=style, strict=strict)
    if as_json:
        print_json(result.as_json())
        raise typer.Exit(1 if result.problems else 0)
    say(f"{manuscript}: {len(result.citations)} citations, {len(result.references)} references, "
              f"{len(result.problems)} problem(s)\n")
    for kind in KINDS:
        group = [p for p in result.problems if p.kind == kind]
        if not group:
            continue
        say(f"\n{kind} ({len(group)}): {_TITLES[kind]}\n")
        for p in group:
            where = p.citation or p.reference
            line = getattr(where, "line", None)
            loc = f"{where.file or manuscript}:{line}" if line and (p.citation or references is None) else \
                (f"{references}:{line}" if line else (f"[{p.reference.key}]" if p.reference and p.reference.key else ""))
            quoted = (p.citation.text if p.citation else p.reference.text)[:100]
            say(f"  {loc}: '{quoted}': {p.detail}\n")
    raise typer.Exit(1 if result.problems else 0)
