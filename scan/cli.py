"""The ``scan`` command line: parses arguments, calls the library, shows results.

Each command makes one library call and prints its result (human text, or
JSON on stdout with ``--json``). Library errors become exit codes in one
place, :func:`main`: 0 success, 1 the check found problems (sync conflicts),
2 bad usage or bad input, 3 an internal error (traceback only with
``--debug``). Nothing here imports requests, bs4 or bibtexparser at start-up.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from refs.errors import BadInput, RefsError

app = typer.Typer(
    help="scan: environmental scans and a reference library kept in sync with library.bib.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
refs_app = typer.Typer(help="Manage references by citekey: list, show, add, edit, rm.", no_args_is_help=True,
                       rich_markup_mode=None)
app.add_typer(refs_app, name="refs")


def _ws(ctx: typer.Context):
    return ctx.obj["ws"]


@app.callback()
def _global(
    ctx: typer.Context,
    bib: Optional[Path] = typer.Option(None, "--bib", envvar="SCAN_BIB", help="The BibTeX file to keep in sync [default: ./library.bib]."),
    db: Optional[Path] = typer.Option(None, "--db", envvar="SCAN_DB", help="The database folder [default: ./db]."),
    classic: bool = typer.Option(False, "--classic-bibtex", help="Write new entries as classic BibTeX instead of biblatex."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks of internal errors."),
) -> None:
    from refs.library import Workspace

    ws = Workspace.from_env(str(bib) if bib else None, str(db) if db else None)
    if classic:
        ws = Workspace(ws.bib, ws.db, biblatex=False)
    ctx.obj = {"ws": ws, "debug": debug}


# --- output helpers ------------------------------------------------------------


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _report_sync(report, *, quiet_when_clean: bool = True) -> int:
    """Print a sync report's warnings, changes and conflicts; the exit code."""
    for w in report.warnings:
        _err(f"warning: {w}")
    verb = "would be " if report.dry_run else ""
    lines = []
    for label, keys in (("added to the database", report.added_to_db),
                        ("updated in the database", report.updated_in_db),
                        ("deleted from the database", report.deleted_from_db),
                        ("added to library.bib", report.added_to_bib),
                        ("updated in library.bib", report.updated_in_bib),
                        ("deleted from library.bib", report.deleted_from_bib)):
        if keys:
            shown = ", ".join(keys[:8]) + (f", ... ({len(keys)} in all)" if len(keys) > 8 else "")
            lines.append(f"{len(keys)} {verb}{label}: {shown}")
    for line in lines:
        _err(line)
    if not lines and not report.conflicts and not quiet_when_clean:
        _err("library.bib and the database are in sync.")
    if report.conflicts:
        _err(f"{len(report.conflicts)} conflict(s): the same field was changed in library.bib and in the database.")
        for c in report.conflicts:
            where = f" (library.bib line {c.line})" if c.line else ""
            _err(f"  {c.key}{where}: {c.field}\n    database:    {_show(c.db_value)}\n    library.bib: {_show(c.bib_value)}")
        _err("Neither value was overwritten. Settle them with `scan sync --keep bib` or `scan sync --keep db` "
             "(optionally followed by the keys), or edit one side to match the other.")
        return 1
    return 0


def _show(value) -> str:
    if value is None:
        return "(deleted)"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


# --- sync ------------------------------------------------------------------------


@app.command()
def sync(
    ctx: typer.Context,
    keys: list[str] = typer.Argument(None, help="With --keep: settle only these keys' conflicts."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Show what would change; write nothing."),
    keep: Optional[str] = typer.Option(None, "--keep", help="Settle conflicts: keep the 'bib' or the 'db' value."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Two-way sync of the database with library.bib.

    Example: scan sync --dry-run
    """
    from refs.library import sync as do_sync

    if keep not in (None, "bib", "db"):
        raise BadInput(f"--keep takes 'bib' or 'db', not {keep!r}")
    if keys and not keep:
        raise BadInput("keys are only taken together with --keep bib|db")
    report = do_sync(_ws(ctx), dry_run=dry_run, keep=keep, keep_keys=keys or None)
    if as_json:
        _print_json(report.as_json())
        raise typer.Exit(1 if report.conflicts else 0)
    raise typer.Exit(_report_sync(report, quiet_when_clean=False))


# --- refs ------------------------------------------------------------------------


@refs_app.command("list")
def refs_list(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array of references."),
) -> None:
    """List the references in the library.

    Example: scan refs list --json
    """
    from refs.library import list_items
    from refs.model import author_text, summary

    items = list_items(_ws(ctx))
    if as_json:
        _print_json([summary(i) for i in items])
        return
    if not items:
        _err("The library is empty. Add references with `scan import FILE` or `scan refs add`.")
        return
    out = sys.stdout
    width = min(max(len(i["id"]) for i in items), 40)
    for item in items:
        s = summary(item)
        year = (s["date"] or "n.d.")[:4]
        line = f"{item['id']:<{width}}  {year:<4}  {author_text(item)[:28]:<28}  {s['title'] or ''}"
        out.write(line[:160] + "\n")


@refs_app.command("show")
def refs_show(
    ctx: typer.Context,
    key: str = typer.Argument(..., help="The citekey."),
    as_json: bool = typer.Option(False, "--json", help="Print the CSL-JSON item."),
) -> None:
    """Show one reference: its BibTeX and its fields.

    Example: scan refs show barrHowFindMentor2013
    """
    from refs.library import get_item

    item = get_item(_ws(ctx), key)
    if as_json:
        _print_json(item)
        return
    from refs.bibtex import render_entry

    print(render_entry(item, biblatex=_ws(ctx).biblatex))


_FIELD_ALIASES = {"url": "URL", "doi": "DOI", "isbn": "ISBN", "issn": "ISSN", "date": "issued",
                  "year": "issued", "container": "container-title", "journal": "container-title",
                  "site": "container-title", "pages": "page", "key": "id"}
_NAME_FIELDS = {"author", "editor", "translator"}
_DATE_FIELDS = {"issued", "accessed"}


def _field_value(name: str, value: str):
    """A command-line ``field=value`` to a CSL field and value (None removes)."""
    from refs.dates import parse_date

    csl = _FIELD_ALIASES.get(name.lower(), name)
    if value == "":
        return csl, None
    if csl in _NAME_FIELDS:
        return csl, [_parse_person(p) for p in value.split(";") if p.strip()]
    if csl in _DATE_FIELDS:
        return csl, parse_date(value)
    return csl, value


def _parse_person(text: str) -> dict:
    text = text.strip()
    if text.startswith("{") and text.endswith("}"):
        return {"literal": text[1:-1].strip()}
    if "," in text:
        family, given = text.split(",", 1)
        return {"family": family.strip(), "given": given.strip()}
    parts = text.split()
    if len(parts) == 1:
        return {"literal": text}
    return {"family": parts[-1], "given": " ".join(parts[:-1])}


def _pairs(args: list[str]) -> dict:
    changes: dict = {}
    for arg in args or []:
        if "=" not in arg:
            raise BadInput(f"expected field=value, got {arg!r} (e.g. title=\"How to find a mentor\")")
        name, value = arg.split("=", 1)
        if not name.strip():
            raise BadInput(f"missing field name in {arg!r}")
        csl, v = _field_value(name.strip(), value.strip())
        changes[csl] = v
    return changes


@refs_app.command("add")
def refs_add(
    ctx: typer.Context,
    fields: list[str] = typer.Argument(None, help="More fields as field=value (CSL names: publisher=..., volume=...)."),
    title: Optional[str] = typer.Option(None, "--title"),
    author: list[str] = typer.Option(None, "--author", help="'Family, Given' (repeat for several), or '{Organisation}'."),
    date: Optional[str] = typer.Option(None, "--date", help="ISO date: 2013, 2013-02 or 2013-02-25."),
    url: Optional[str] = typer.Option(None, "--url"),
    doi: Optional[str] = typer.Option(None, "--doi"),
    item_type: Optional[str] = typer.Option(None, "--type", help="CSL type [default: webpage with a URL, else document]."),
    key: Optional[str] = typer.Option(None, "--key", help="The citekey [default: barrHowFindMentor2013 style]."),
    merge: bool = typer.Option(False, "--merge", help="Merge into an existing duplicate instead of skipping."),
    force: bool = typer.Option(False, "--force", help="Add even when it looks like a duplicate."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Add a reference.

    Example: scan refs add --title "How to find a mentor on Twitter" --author "Barr, Jane" --date 2013 --url https://example.org/post --type post-weblog
    """
    from refs.dates import parse_date
    from refs.library import add_items

    item: dict = {}
    if title:
        item["title"] = title
    if author:
        item["author"] = [_parse_person(a) for a in author]
    if date:
        item["issued"] = parse_date(date)
    if url:
        item["URL"] = url
    if doi:
        item["DOI"] = doi
    item.update({k: v for k, v in _pairs(fields).items() if v is not None})
    if key:
        item["id"] = key
    item["type"] = item_type or item.get("type") or ("webpage" if item.get("URL") else "document")
    if not item.get("title") and not item.get("URL") and not item.get("DOI"):
        raise BadInput("a reference needs at least a --title, --url or --doi")
    report = add_items(_ws(ctx), [item], merge=merge, force=force)
    _print_add(report, as_json)


def _print_add(report, as_json: bool) -> None:
    if as_json:
        _print_json(report.as_json())
    else:
        for p in report.problems:
            _err(f"warning: {p}")
        if report.added:
            _err(f"added {len(report.added)}: " + ", ".join(report.added[:10]) + (" ..." if len(report.added) > 10 else ""))
        for k, reason in report.merged:
            _err(f"merged into {k} ({reason})")
        for label, k, reason in report.skipped:
            _err(f"skipped {label}: duplicate of {k} ({reason}); use --merge to merge it, --force to add it anyway")
    code = 0
    if report.sync is not None:
        code = _report_sync(report.sync) if not as_json else (1 if report.sync.conflicts else 0)
    raise typer.Exit(code)


@refs_app.command("edit")
def refs_edit(
    ctx: typer.Context,
    key: str = typer.Argument(..., help="The citekey."),
    fields: list[str] = typer.Argument(..., help="field=value pairs; field= removes the field."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Edit fields of a reference.

    Example: scan refs edit barrHowFindMentor2013 title="How to find a mentor on Twitter" date=2013-02-25
    """
    from refs.library import edit_item

    changes = _pairs(fields)
    if "id" in changes:
        raise BadInput("citekeys are stable: a key is not changed by edit")
    item, report = edit_item(_ws(ctx), key, changes)
    if as_json:
        _print_json(item)
    raise typer.Exit(_report_sync(report))


@refs_app.command("rm")
def refs_rm(
    ctx: typer.Context,
    keys: list[str] = typer.Argument(..., help="Citekeys to remove."),
) -> None:
    """Remove references.

    Example: scan refs rm barrHowFindMentor2013
    """
    from refs.library import remove_items

    raise typer.Exit(_report_sync(remove_items(_ws(ctx), keys)))


# --- import / export ---------------------------------------------------------------


@app.command("import")
def import_(
    ctx: typer.Context,
    files: list[Path] = typer.Argument(..., help="BibTeX, CSL-JSON or RIS files."),
    fmt: Optional[str] = typer.Option(None, "--format", help="bibtex, csl-json or ris [default: by extension and content]."),
    merge: bool = typer.Option(False, "--merge", help="Merge duplicates into the existing references."),
    force: bool = typer.Option(False, "--force", help="Import duplicates as new references."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Import references from files; duplicates are reported and skipped (or --merge).

    Example: scan import zotero-export.bib
    """
    from refs.formats import read_references
    from refs.library import add_items

    items: list[dict] = []
    problems = []
    for f in files:
        got, more = read_references(f, fmt)
        items.extend(got)
        problems.extend(more)
    report = add_items(_ws(ctx), items, merge=merge, force=force, command="scan import", problems=problems)
    _print_add(report, as_json)


@app.command()
def export(
    ctx: typer.Context,
    fmt: str = typer.Option("bibtex", "--format", help="bibtex, csl-json or ris."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write to this file instead of stdout."),
    keys: list[str] = typer.Option(None, "--key", help="Export only these citekeys (repeatable)."),
) -> None:
    """Export the library.

    Example: scan export --format csl-json -o refs.json
    """
    from refs.atomic import write_atomic
    from refs.formats import format_references
    from refs.library import get_item, list_items

    ws = _ws(ctx)
    items = [get_item(ws, k) for k in keys] if keys else list_items(ws)
    text = format_references(items, fmt, biblatex=ws.biblatex)
    if output:
        write_atomic(output, text)
        _err(f"wrote {len(items)} references to {output}")
    else:
        sys.stdout.write(text)


# --- entry point --------------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; library errors become exit codes here and nowhere else."""
    import logging

    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s: %(message)s")
    # bibtexparser logs every block it cannot read; we report those ourselves, with file and line.
    logging.getLogger("bibtexparser").setLevel(logging.DEBUG if debug else logging.CRITICAL)
    try:
        # Typer's standalone mode turns usage errors into exit 2 and typer.Exit into its code.
        app(args=args, prog_name="scan")
    except RefsError as exc:
        _err(f"scan: error: {exc}")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
    except Exception as exc:  # an internal error: short message, traceback on request
        if debug:
            raise
        _err(f"scan: internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)")
        sys.exit(3)


if __name__ == "__main__":
    main()
