"""The ``scan`` command line: parses arguments, calls the library, shows results.

Each command makes one library call and prints its result (human text, or
JSON on stdout with ``--json``). Library errors become exit codes in one
place, :func:`main`: 0 success, 1 the check found problems (sync conflicts),
2 bad usage or bad input, 3 an internal error (traceback only with
``--debug``). Nothing here imports requests or bs4 at start-up.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from refs.errors import ENVIRONMENT_ERRNOS, RefsError, os_reason
from scan.errors import ScanError
from scan.output import err

app = typer.Typer(
    help="scan: environmental scans and a reference library kept in sync with library.bib.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        from scan import __version__

        print(f"scan {__version__}")
        raise typer.Exit()


@app.callback()
def _global(
    ctx: typer.Context,
    bib: Optional[Path] = typer.Option(None, "--bib", envvar="SCAN_BIB", help="The BibTeX file to keep in sync [default: library.bib of the workspace: this folder or the nearest parent with one]."),
    db: Optional[Path] = typer.Option(None, "--db", envvar="SCAN_DB", help="The database folder [default: db/ of the workspace]."),
    classic: bool = typer.Option(False, "--classic-bibtex", help="Write new entries as classic BibTeX instead of biblatex."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks of internal errors."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    from scan.workspace import locate

    found = locate(str(bib) if bib else None, str(db) if db else None, biblatex=not classic)
    ctx.obj = {"ws": found.ws, "root": found.root, "found_above": found.found_above, "debug": debug}


def _register_commands() -> None:
    """Each command group lives in its own module under scan/commands, with a
    ``register(app)``; ``scan --help`` lists them in the workflow's order."""
    import importlib
    import pkgutil

    import scan.commands

    # The workflow's order: scan, cite, manage the library, check, report.
    order = ["crawl", "screen", "cite", "library", "links", "report", "demo"]
    names = sorted(m.name for m in pkgutil.iter_modules(scan.commands.__path__))
    names.sort(key=lambda n: order.index(n) if n in order else len(order))
    for name in names:
        importlib.import_module(f"scan.commands.{name}").register(app)


_register_commands()


# --- entry point --------------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; library errors become exit codes here and nowhere else."""
    import logging

    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s: %(message)s")
    if not debug:
        # urllib3 warns, with a traceback, of every server whose headers it cannot
        # parse: what a server sends is judged in our own words, not dumped on the user.
        logging.getLogger("urllib3").setLevel(logging.ERROR)
    try:
        # Typer's standalone mode turns usage errors into exit 2 and typer.Exit into its code.
        app(args=args, prog_name="scan")
    except (RefsError, ScanError) as exc:
        err(f"{getattr(exc, 'prefix', 'scan: error: ')}{exc}")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        err("interrupted")
        sys.exit(130)
    except OSError as exc:
        if exc.errno not in ENVIRONMENT_ERRNOS:
            _internal(exc, debug)
        # The user's files or machine refused (a read-only folder, a full disk): not a bug of ours.
        where = f"{exc.filename}: " if exc.filename else ""
        err(f"scan: error: {where}{os_reason(exc)}")
        sys.exit(2)
    except Exception as exc:
        _internal(exc, debug)


def _internal(exc: BaseException, debug: bool) -> None:
    """An internal error: a bug in scan. A short message; the traceback with --debug."""
    if debug:
        raise exc
    err(f"scan: internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)")
    sys.exit(3)


if __name__ == "__main__":
    main()
