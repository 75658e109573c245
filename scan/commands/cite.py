"""Citation commands: ``scan cite`` and ``scan check-citations``.

``scan cite`` takes citekeys and DOIs here; URLs and scanned pages come in
through :func:`cite_item`, which takes a CSL item from wherever it was made
(a DOI resolver, page extraction), adds it unless it is already in the
library, and returns what to print.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import typer

from refs.errors import BadInput
from scan.output import err, print_json


def register(app: typer.Typer) -> None:
    app.command()(cite)
    app.command("check-citations")(check_citations)


# --- scan cite ---------------------------------------------------------------------


@dataclass
class CiteOutcome:
    """What citing one target did: the key it has in the library, whether it
    was added now (or was there already, ``duplicate_reason`` says why), or
    an error (the target could not be cited)."""

    target: str
    key: str | None = None
    item: dict | None = None
    added: bool = False
    duplicate_reason: str | None = None
    error: str | None = None


def cite_item(ws, item: dict, *, target: str, no_add: bool = False) -> CiteOutcome:
    """Add a CSL ``item`` to the library (once: same DOI or canonical URL is
    a duplicate) and return the outcome. With ``no_add`` nothing is written."""
    from refs import dedupe
    from refs.library import add_items, list_items

    if no_add:
        existing = list_items(ws)
        dup = dedupe.find_duplicate(item, dedupe.DuplicateIndex(existing))
        if dup is not None:
            key, reason = dup
            return CiteOutcome(target, key=key, item=next(i for i in existing if i["id"] == key),
                               duplicate_reason=reason)
        return CiteOutcome(target, key=None, item=item)
    report = add_items(ws, [item], command="scan cite")
    if report.added:
        key = report.added[0]
        return CiteOutcome(target, key=key, item=dict(item, id=key), added=True)
    if report.skipped:
        _, key, reason = report.skipped[0]
        from refs.library import get_item
        return CiteOutcome(target, key=key, item=get_item(ws, key), duplicate_reason=reason)
    return CiteOutcome(target, error="not added (see the warnings above)")


def _session(resolver_url: str):
    from urllib.parse import urlsplit

    from refs.http import NetPolicy, env_resolver, make_session

    host = (urlsplit(resolver_url).hostname or "").lower()
    # The resolver is the user's own choice: trust it even on a private address (a mirror, a test server).
    policy = NetPolicy(resolve=env_resolver(), trusted_hosts=frozenset({host}))
    return make_session(policy, user_agent="scan/0.1 (reference manager; DOI lookup)")


def cite(
    ctx: typer.Context,
    targets: list[str] = typer.Argument(None, help="URLs, scanned pages (id or URL), citekeys or DOIs (10.x/... or https://doi.org/10.x/...)."),
    style: Optional[str] = typer.Option(None, "--style", help="A CSL style name (apa, apa-6th-edition, chicago-author-date, harvard-cite-them-right, ...) or a .csl file [default: scan.toml [cite] style, else apa]."),
    fmt: str = typer.Option("text", "--format", help="text, markdown or html."),
    min_score: Optional[float] = typer.Option(None, "--min-score", help="Cite every scanned page scoring at least this."),
    no_add: bool = typer.Option(False, "--no-add", help="Only print; add nothing to the library."),
    resolver: Optional[str] = typer.Option(None, "--doi-resolver", envvar="SCAN_DOI_RESOLVER",
                                           help="DOI resolver base URL [default: https://doi.org]."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array, one object per target."),
) -> None:
    """Cite: add web pages, scanned pages and DOIs to the library; print each reference and its in-text citation.

    Example: scan cite https://blog.example.org/2013/02/25/find-a-mentor/ 10.1000/xyz123 --style apa
    """
    from refs.doi import DEFAULT_RESOLVER, fetch_doi
    from refs.values.doi import normalise_doi
    from refs.library import list_items
    from scan.config import load_config

    ws = ctx.obj["ws"]
    cfg = load_config()
    style = style or cfg.cite.get("style") or "apa"
    resolver = resolver or DEFAULT_RESOLVER
    targets = list(targets or [])
    scanned = _scanned_pages(ws)
    if min_score is not None:
        from scan.crawl.state import ranked

        best = [p for p in ranked(list(scanned.values()))
                if (p.get("score") or 0.0) >= min_score and p.get("status") == 200 and p.get("title")
                and not p.get("error")]
        if not best:
            err(f"no scanned page scores {min_score:g} or more (`scan pages` lists them)")
        targets += [p["url"] for p in best]
    if not targets:
        raise BadInput("nothing to cite: give URLs, page ids, citekeys or DOIs, or --min-score")
    known = {i["id"] for i in list_items(ws)}
    outcomes: list[CiteOutcome | None] = []
    session = None
    to_fetch: list[tuple[int, str]] = []
    for target in targets:
        if target in known:
            outcomes.append(CiteOutcome(target, key=target))
            continue
        doi = normalise_doi(target)
        if doi is not None:
            session = session or _session(resolver)
            result = fetch_doi(session, doi, resolver=resolver)
            if result.item is None:
                outcomes.append(CiteOutcome(target, error=result.error))
                continue
            result.item.setdefault("URL", f"https://doi.org/{doi}")
            outcomes.append(cite_item(ws, result.item, target=target, no_add=no_add))
            continue
        from scan.crawl.pages import find_page, page_to_csl

        page = find_page(scanned, target)
        if page is not None and page.get("status") == 200:
            outcomes.append(cite_item(ws, page_to_csl(page), target=target, no_add=no_add))
        elif "://" in target:
            already = _in_library(ws, target)
            if already is not None:
                outcomes.append(already)
                continue
            outcomes.append(None)
            to_fetch.append((len(outcomes) - 1, target))
        else:
            outcomes.append(CiteOutcome(target, error=f"{target!r} is neither a URL, a scanned page, a citekey in the "
                                        "library nor a DOI (`scan refs list` and `scan pages` show them)"))
    if to_fetch:
        fetched = _fetch_pages([u for _, u in to_fetch], cfg)
        for (n, url), page in zip(to_fetch, fetched):
            if page.get("status") == 200 and not page.get("error") and page.get("title") is not None:
                from scan.crawl.pages import page_to_csl

                outcomes[n] = cite_item(ws, page_to_csl(page), target=url, no_add=no_add)
            else:
                if page.get("error"):
                    why = page["error"]
                elif page.get("status") != 200:
                    why = f"the server answered HTTP {page.get('status')}"
                else:
                    why = "not an HTML page"
                outcomes[n] = CiteOutcome(url, error=why)
    raise typer.Exit(print_outcomes(ws, outcomes, style=style, fmt=fmt, as_json=as_json))


def _in_library(ws, url: str) -> CiteOutcome | None:
    """The library's reference with this canonical URL, without fetching it again."""
    from refs import dedupe
    from refs.library import list_items

    items = list_items(ws)
    dup = dedupe.find_duplicate({"URL": url}, dedupe.DuplicateIndex(items))
    if dup is None:
        return None
    key, reason = dup
    return CiteOutcome(url, key=key, item=next(i for i in items if i["id"] == key), duplicate_reason=reason)


def _scanned_pages(ws) -> dict[str, dict]:
    from scan.crawl.state import CrawlState

    state = CrawlState(ws.db)
    return state.load().pages if state.exists() else {}


def _fetch_pages(urls: list[str], cfg) -> list[dict]:
    """Fetch pages under the crawl's rules (robots.txt, delay per host, size
    caps, address safety), with nothing followed: a depth-0 crawl kept apart
    from the workspace's scan."""
    import tempfile
    from pathlib import Path

    from refs.http import env_resolver
    from scan.commands.crawl import _settings
    from scan.crawl.engine import NoSeedFetched, crawl
    from scan.crawl.state import CrawlState
    from refs.values.urls import canonical

    settings = _settings(cfg.crawl, depth=0, max_pages=len(urls), follow="all")
    with tempfile.TemporaryDirectory(prefix="scan-cite-") as tmp:
        state = CrawlState(Path(tmp))
        state.start_new({"seeds": urls})
        try:
            pages = {p["url"]: p for p in crawl(state, urls, settings, resolve=env_resolver()).pages}
        except NoSeedFetched:
            pages = dict(state.pages)
    out = []
    for u in urls:
        page = pages.get(canonical(u) or u)
        out.append(page or {"url": u, "status": None, "error": "not a fetchable http(s) URL"})
    return out


def print_outcomes(ws, outcomes: list[CiteOutcome], *, style: str, fmt: str = "text", as_json: bool = False) -> int:
    """Print each outcome's reference and in-text citations; the exit code
    (2 when some target could not be cited)."""
    import sys

    from refs.formatting import Cite, Formatter
    from refs.library import get_item, list_items

    items = list_items(ws)
    extra = [o.item for o in outcomes if o.item is not None and o.key is None]
    for n, item in enumerate(extra):
        item.setdefault("id", f"uncited{n + 1}")
    formatter = Formatter(items + extra, style) if items or extra else None
    rows = []
    for o in outcomes:
        if o.error:
            err(f"scan: cannot cite {o.target}: {o.error}")
            rows.append({"target": o.target, "error": o.error})
            continue
        key = o.key or o.item["id"]
        if o.item is None:
            o.item = get_item(ws, key)
        row = {"target": o.target, "key": o.key, "added": o.added,
               "duplicate": o.duplicate_reason,
               "reference": formatter.reference(key, fmt),
               "citation": formatter.citation([Cite(key)], fmt),
               "narrative": formatter.narrative(Cite(key), fmt)}
        rows.append(row)
        if not as_json:
            if o.added:
                err(f"added {key}")
            elif o.duplicate_reason:
                err(f"already in the library as {key} ({o.duplicate_reason})")
            sys.stdout.write(f"{key or '(not added)'}\n  {row['reference']}\n"
                             f"  in text: {row['citation']}  |  {row['narrative']}\n")
    if as_json:
        print_json(rows)
    return 2 if any(o.error for o in outcomes) else 0


# --- scan check-citations ---------------------------------------------------------------


_TITLES = {
    "missing-reference": "Cited but not in the reference list",
    "uncited-reference": "In the reference list but never cited",
    "year-mismatch": "Year differs between citation and reference",
    "name-mismatch": "Author spelled differently in citation and reference",
    "missing-author": "No author",
    "missing-year": "No year",
    "ambiguous": "Citation matches several references",
}


def check_citations(
    ctx: typer.Context,
    manuscript: Path = typer.Argument(..., help="The manuscript: .txt, .md, .tex or .docx."),
    references: Optional[Path] = typer.Option(None, "--references", help="Check against this reference file (text list, .bib, .ris, .json)."),
    library: bool = typer.Option(False, "--library", help="Check against the library instead of the manuscript's own list."),
    style: str = typer.Option("apa", "--style", help="The style whose year suffixes (2012a) library references get."),
    as_json: bool = typer.Option(False, "--json", help='Print {"citations", "references", "problems"} as JSON.'),
) -> None:
    """Check in-text citations against the reference list; exit 1 on problems.

    Example: scan check-citations paper.docx --library
    """
    from refs.citecheck import KINDS, check_manuscript

    if references is not None and library:
        raise BadInput("give --references FILE or --library, not both")
    items = None
    if library:
        from refs.library import list_items
        items = list_items(ctx.obj["ws"])
    result = check_manuscript(manuscript, references_file=references, library_items=items, style=style)
    if as_json:
        print_json(result.as_json())
        raise typer.Exit(1 if result.problems else 0)
    import sys

    out = sys.stdout
    out.write(f"{manuscript}: {len(result.citations)} citations, {len(result.references)} references, "
              f"{len(result.problems)} problem(s)\n")
    for kind in KINDS:
        group = [p for p in result.problems if p.kind == kind]
        if not group:
            continue
        out.write(f"\n{kind} ({len(group)}): {_TITLES[kind]}\n")
        for p in group:
            where = p.citation or p.reference
            line = getattr(where, "line", None)
            loc = f"{manuscript}:{line}" if line and (p.citation or references is None) else \
                (f"{references}:{line}" if line else (f"[{p.reference.key}]" if p.reference and p.reference.key else ""))
            quoted = (p.citation.text if p.citation else p.reference.text)[:100]
            out.write(f"  {loc}: {quoted!r}: {p.detail}\n")
    raise typer.Exit(1 if result.problems else 0)
