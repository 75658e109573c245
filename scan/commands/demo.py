"""``scan demo``: the whole workflow offline on a bundled demo web."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    app.command()(demo)


def demo(
    folder: Path = typer.Argument(Path("scan-demo"), help="A new folder for the demo's workspace."),
) -> None:
    """Run the whole workflow offline on a bundled demo web: crawl, cite, check, report.

    Example: scan demo my-demo
    """
    from scan.demo import run_demo

    raise typer.Exit(run_demo(folder))
