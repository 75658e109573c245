"""Library commands: sync, refs list/show/add/edit/rm, import, export.

Each parses its arguments, makes one call into ``refs.library`` and prints
the result.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import Optional

import typer

from refs.errors import BadInput
from refs.fields import user_field
from scan.output import err, print_json, report_sync, say

refs_app = typer.Typer(help="Manage references by citekey: list, show, add, edit, rename, rm.", no_args_is_help=True,
                       rich_markup_mode=None)


def _ws(ctx: typer.Context):
    return ctx.obj["ws"]


def register(app: typer.Typer) -> None:
    app.add_typer(refs_app, name="refs")
    app.command()(sync)
    app.command("import")(import_)
    app.command()(export)


# --- sync ------------------------------------------------------------------------


def sync(
    ctx: typer.Context,
    keys: list[str] = typer.Argument(None, help="With --keep: settle only these keys' conflicts."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Show what would change; write nothing."),
    keep: Optional[str] = typer.Option(None, "--keep", help="Settle conflicts: keep the 'bib' or the 'db' value."),
    yes: bool = typer.Option(False, "--yes", help="Delete the references library.bib no longer has, even many."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Two-way sync of the database with library.bib.

    A sync that would delete more than a few references (or most of the
    library) because library.bib no longer has them stops and asks for --yes.

    Example: scan sync --dry-run
    """
    from refs.library import sync as do_sync

    if keep not in (None, "bib", "db"):
        raise BadInput(f"--keep takes 'bib' or 'db', not {keep!r}")
    if keys and not keep:
        raise BadInput("keys are only taken together with --keep bib|db")
    report = do_sync(_ws(ctx), dry_run=dry_run, keep=keep, keep_keys=keys or None, yes=yes)
    if as_json:
        print_json(report.as_json())
        raise typer.Exit(1 if report.conflicts or report.held_deletions or report.unsynced else 0)
    code = report_sync(report, quiet_when_clean=False)
    raise typer.Exit(code)


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
        print_json([summary(i) for i in items])
        return
    if not items:
        ws = _ws(ctx)
        err(f"The library is empty ({ws.bib.resolve()}, database {ws.db.resolve()}). "
            "Add references with `scan import FILE` or `scan refs add`.")
        return
    width = min(max(len(i["id"]) for i in items), 40)
    for item in items:
        s = summary(item)
        date = s["date"] or "n.d."
        year = date[:5] if date.startswith("-") else date[:4]  # ISO "-0333" is 334 BC
        line = f"{item['id']:<{width}}  {year:<4}  {author_text(item)[:28]:<28}  {s['title'] or ''}"
        say(line[:160] + "\n")


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
        print_json(item)
        return
    from refs.bibtex import render_entry

    say(render_entry(item, biblatex=_ws(ctx).biblatex) + "\n")


def _pairs(args: list[str]) -> dict:
    changes: dict = {}
    for arg in args or []:
        if "=" not in arg:
            raise BadInput(f"expected field=value, got {arg!r} (e.g. title=\"How to find a mentor\")")
        name, value = arg.split("=", 1)
        if not name.strip():
            raise BadInput(f"missing field name in {arg!r}")
        csl, v = user_field(name.strip(), value.strip())
        changes[csl] = v
    return changes


@refs_app.command("add")
def refs_add(
    ctx: typer.Context,
    fields: list[str] = typer.Argument(None, help="More fields as field=value (CSL names: publisher=..., volume=...)."),
    title: Optional[str] = typer.Option(None, "--title"),
    author: list[str] = typer.Option(None, "--author", help="'Family, Given' or 'Given Family'; several separated by ';' or given as repeated --author; an organisation as is or in {braces}."),
    date: Optional[str] = typer.Option(None, "--date", help="2013, 2013-02 or 2013-02-25 (or '25 February 2013'; a range as A/B)."),
    url: Optional[str] = typer.Option(None, "--url"),
    doi: Optional[str] = typer.Option(None, "--doi"),
    item_type: Optional[str] = typer.Option(None, "--type", help="CSL type [default: webpage with a URL, else document]."),
    key: Optional[str] = typer.Option(None, "--key", help="The citekey [default: barrHowFindMentor2013 style]."),
    merge: bool = typer.Option(False, "--merge", help="Merge into an existing duplicate instead of skipping."),
    force: bool = typer.Option(False, "--force", help="Add even when it looks like a duplicate."),
    as_json: bool = typer.Option(False, "--json", help="Print what was added, merged or skipped as JSON."),
) -> None:
    """Add a reference.

    Example: scan refs add --title "How to find a mentor on Twitter" --author "Barr, Jane" --date 2013 --url https://example.org/post --type post-weblog
    """
    from refs.citekey import check_key
    from refs.library import add_items

    item: dict = {}
    for name, value in (("title", title), ("issued", date), ("URL", url), ("DOI", doi), ("type", item_type)):
        if value:
            csl, v = user_field(name, value)
            item[csl] = v
    if author:
        from refs.values.names import parse_people

        item["author"] = [name for a in author for name in parse_people(a)]
    item.update({k: v for k, v in _pairs(fields).items() if v is not None})
    if key:
        item["id"] = check_key(key)
    item.setdefault("type", "webpage" if item.get("URL") else "document")
    if not item.get("title") and not item.get("URL") and not item.get("DOI"):
        raise BadInput("a reference needs at least a --title, --url or --doi")
    report = add_items(_ws(ctx), [item], merge=merge, force=force)
    _print_add(report, as_json)


def _print_add(report, as_json: bool) -> None:
    if as_json:
        print_json(report.as_json())
    else:
        for p in report.problems:
            err(f"warning: {p}")
        unsynced = set(report.sync.unsynced) if report.sync else set()
        written = [k for k in report.added if k not in unsynced]
        if written:
            n = len(written)
            err(f"added {n} reference{'s' if n != 1 else ''} to the library and library.bib: "
                + ", ".join(written[:10]) + (f", ... ({n} in all)" if n > 10 else ""))
        for k, reason in report.merged:
            err(f"merged into {k} ({reason})")
        for label, k, reason in report.skipped:
            err(f"skipped {label}: duplicate of {k} ({reason}); use --merge to merge it, --force to add it anyway")
    code = 0
    if report.sync is not None:
        # What this command added or merged was said above; the sync says the rest.
        said = set(report.added) | {k for k, _ in report.merged}
        rest = replace(report.sync, added_to_bib=[k for k in report.sync.added_to_bib if k not in said],
                       updated_in_bib=[k for k in report.sync.updated_in_bib if k not in said])
        code = report_sync(rest) if not as_json else (1 if report.sync.conflicts or report.sync.unsynced else 0)
    raise typer.Exit(code)


@refs_app.command("edit")
def refs_edit(
    ctx: typer.Context,
    key: str = typer.Argument(..., help="The citekey."),
    fields: list[str] = typer.Argument(..., help="field=value pairs; field= removes the field."),
    as_json: bool = typer.Option(False, "--json", help="Print the edited reference as CSL-JSON."),
) -> None:
    """Edit fields of a reference.

    Example: scan refs edit barrHowFindMentor2013 title="How to find a mentor on Twitter" date=2013-02-25
    """
    from refs.library import edit_item

    changes = _pairs(fields)
    if "id" in changes:
        raise BadInput(f"citekeys are stable: edit does not change them; use `scan refs rename {key} NEW`")
    item, report = edit_item(_ws(ctx), key, changes)
    if as_json:
        print_json(item)
    raise typer.Exit(report_sync(report))


@refs_app.command("rename")
def refs_rename(
    ctx: typer.Context,
    old: str = typer.Argument(..., help="The citekey now."),
    new: str = typer.Argument(..., help="The new citekey."),
) -> None:
    """Give a reference a new citekey (in the database and in library.bib), and
    list the manuscripts in the workspace that cite the old one.

    Example: scan refs rename barrHowFindMentor2013 barr2013
    """
    from refs.library import manuscripts_citing, rename_key

    ws = _ws(ctx)
    report = rename_key(ws, old, new)
    err(f"renamed {old} to {new}")
    found = manuscripts_citing(ws.bib.parent, old)
    for path, lines in found:
        err(f"  {path} cites {old} on line{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines))}: update it")
    if not found:
        err(f"no manuscript under {ws.bib.parent} cites {old}")
    rest = replace(report, updated_in_bib=[k for k in report.updated_in_bib if k != new])
    raise typer.Exit(report_sync(rest))


@refs_app.command("rm")
def refs_rm(
    ctx: typer.Context,
    keys: list[str] = typer.Argument(..., help="Citekeys to remove."),
) -> None:
    """Remove references.

    Example: scan refs rm barrHowFindMentor2013
    """
    from refs.library import remove_items

    raise typer.Exit(report_sync(remove_items(_ws(ctx), keys)))


# --- import / export ---------------------------------------------------------------


def import_(
    ctx: typer.Context,
    files: list[Path] = typer.Argument(None, help="BibTeX, CSL-JSON or RIS files (with --zotero: the collection, by name, path or key; none for the whole library)."),
    fmt: Optional[str] = typer.Option(None, "--format", help="bibtex, csl-json, ris or text (a plain reference list) [default: by extension and content]."),
    merge: bool = typer.Option(False, "--merge", help="Merge duplicates into the existing references."),
    force: bool = typer.Option(False, "--force", help="Import duplicates as new references."),
    zotero: bool = typer.Option(False, "--zotero", help="Import from the Zotero running here (Better BibTeX's pull export, else Zotero's local API); a second import updates what the first added."),
    zotero_url: Optional[str] = typer.Option(None, "--zotero-url", envvar="SCAN_ZOTERO", help="Zotero's local server [default: http://127.0.0.1:23119]."),
    as_json: bool = typer.Option(False, "--json", help="Print what was added, merged or skipped as JSON."),
) -> None:
    """Import references from files, or from Zotero; duplicates are reported and skipped (or --merge).

    Example: scan import zotero-export.bib;  scan import --zotero "Thesis/Chapter 1"
    """
    from refs.formats import read_references
    from refs.library import add_items

    if zotero:
        return _import_zotero(ctx, [str(f) for f in files or []], zotero_url, as_json, fmt, merge or force)
    if not files:
        raise BadInput("give the files to import, or --zotero")

    items: list[dict] = []
    problems = []
    for f in files:
        got, more = read_references(f, fmt)
        if not got:
            why = "; ".join(str(p) for p in more[:3]) or "it holds no references"
            raise BadInput(f"nothing could be read from it ({why})", source=str(f))
        items.extend(got)
        problems.extend(more)
    report = add_items(_ws(ctx), items, merge=merge, force=force, command="scan import", problems=problems)
    _print_add(report, as_json)


def _import_zotero(ctx, args: list[str], url: str | None, as_json: bool, fmt, merge_or_force: bool) -> None:
    from refs.zotero import DEFAULT_ZOTERO, import_zotero
    from scan.options import check_url

    if len(args) > 1 or fmt or merge_or_force:
        raise BadInput("--zotero takes one collection at most (its name, path or key), and no --format, --merge "
                       "or --force: a second import updates what the first added")
    base = check_url(url, "--zotero-url") if url else DEFAULT_ZOTERO
    got, report = import_zotero(_ws(ctx), args[0] if args else None, base=base, resolve=_resolver())
    if as_json:
        print_json({"source": got.source, **report.as_json()})
    else:
        for p in report.problems:
            err(f"warning: {p}")
        via = "Better BibTeX" if got.source == "better-bibtex" else "Zotero's local API"
        err(f"read {len(got.items)} items from Zotero through {via}: {len(report.added)} added, "
            f"{len(report.updated)} updated, {len(report.unchanged)} unchanged")
    raise typer.Exit(report_sync(report.sync) if report.sync is not None and not as_json else 0)


def _resolver():
    from refs.http import env_resolver

    return env_resolver()


def export(
    ctx: typer.Context,
    fmt: str = typer.Option("bibtex", "--format", help="bibtex, csl-json, ris, or a formatted list: text, markdown, html."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write to this file instead of stdout."),
    keys: list[str] = typer.Option(None, "--key", "--keys", help="Export only these citekeys (repeatable, or comma-separated)."),
    style: Optional[str] = typer.Option(None, "--style", help="CSL style for text/markdown/html: a short name (apa, mla, chicago, harvard, ieee, vancouver), any name `scan styles` lists, or a .csl file [default: scan.toml [cite] style, else apa]."),
    titles: Optional[str] = typer.Option(None, "--titles", help="style (APA styles write titles in sentence case) or as-given [default: scan.toml [cite] titles, else style]."),
    cited_in: Optional[Path] = typer.Option(None, "--cited-in", help="Export only what this manuscript (.tex, .md, .qmd, .Rmd, .txt, .docx) cites."),
    zotero: bool = typer.Option(False, "--zotero", help="Send the references to the Zotero running here (its connector), into the collection selected in Zotero."),
    zotero_url: Optional[str] = typer.Option(None, "--zotero-url", envvar="SCAN_ZOTERO", help="Zotero's local server [default: http://127.0.0.1:23119]."),
) -> None:
    """Export the library (to a file, or to Zotero).

    Example: scan export --format csl-json -o refs.json;  scan export --zotero --key barrHowFindMentor2013
    """
    from refs.atomic import write_atomic
    from refs.formats import iter_references
    from refs.library import get_item, list_items
    from scan.commands.cite import _style, _titles

    from scan.options import check_output

    ws = _ws(ctx)
    check_output(ws, output, "-o")
    if fmt in ("text", "markdown", "html") or cited_in is not None:
        style, titles = _style(ctx, style), _titles(ctx, titles)
    keys = [k.strip() for arg in keys or [] for k in arg.split(",") if k.strip()]
    library = list_items(ws)
    items = [get_item(ws, k) for k in keys] if keys else library
    unmatched: list[str] = []
    if cited_in is not None:
        from refs.citecheck import keys_cited_in

        cited, unmatched = keys_cited_in(cited_in, items, style)
        by_key = {i["id"]: i for i in items}
        items = [by_key[k] for k in cited]
    if zotero:
        from refs.zotero import DEFAULT_ZOTERO, export_zotero
        from scan.options import check_url

        if output or fmt != "bibtex":
            raise BadInput("--zotero sends BibTeX to Zotero; it takes no -o or --format")
        base = check_url(zotero_url, "--zotero-url") if zotero_url else DEFAULT_ZOTERO
        done = export_zotero(items, base=base, biblatex=ws.biblatex, resolve=_resolver())
        if done.sent:
            err(f"sent {done.sent} references to Zotero; it saved {done.saved} items into the collection "
                "selected there")
        if done.already:
            shown = ", ".join(f"{k} ({why})" for k, why in done.already[:10])
            more = f" and {len(done.already) - 10} more" if len(done.already) > 10 else ""
            err(f"{len(done.already)} already in Zotero, not sent again: {shown}{more}")
        if not done.checked:
            err("could not read Zotero's library to leave out what it holds already (turn on its local API or "
                "install Better BibTeX), so any sent before are there twice now")
        for line in unmatched:
            err(f"not in the library: {line}")
        raise typer.Exit(1 if unmatched else 0)
    chunks = iter_references(items, fmt, biblatex=ws.biblatex, style=style, titles=titles, library=library)
    if output:
        write_atomic(output, "".join(chunks))
        err(f"wrote {len(items)} references to {output}")
    else:
        for chunk in chunks:  # a long list is written as it is formatted
            sys.stdout.write(chunk)
    for line in unmatched:
        err(line)
    if unmatched:
        raise typer.Exit(1)
