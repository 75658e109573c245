"""``scan styles``: the citation styles ``--style`` takes."""

from __future__ import annotations

from typing import Optional

import typer

from scan.output import err, print_json


def register(app: typer.Typer) -> None:
    app.command()(styles)


def styles(
    search: Optional[list[str]] = typer.Argument(None, help="Words that start words of the style's name or title (e.g. nature, harvard leeds)."),
    as_json: bool = typer.Option(False, "--json", help='Print a JSON array of {"name", "title"}.'),
) -> None:
    """List the citation styles --style takes: short names first, then every installed CSL style.

    Example: scan styles modern language
    """
    from refs.formatting import list_styles

    search = " ".join(search or []) or None
    found = list_styles(search)
    if as_json:
        print_json([{"name": s.name, "title": s.title} for s in found])
        return
    if not found:
        err(f"no installed style matches {search!r}; a path to a .csl file works too")
        return
    width = min(40, max(len(s.name) for s in found))
    import sys

    for s in found:
        sys.stdout.write(f"{s.name:<{width}}  {s.title}\n")
