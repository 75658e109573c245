"""``scan screen``: include/exclude decisions on the scanned pages, with reasons."""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from typing import Optional

import typer

from scan.errors import BadOption, BadUsage
from scan.output import err, print_json


def register(app: typer.Typer) -> None:
    app.command()(screen)


def screen(
    ctx: typer.Context,
    targets: list[str] = typer.Argument(None, help="Pages (ids or URLs) to decide on; none: walk the pages still to screen."),
    include: bool = typer.Option(False, "--include", help="Include the pages given."),
    exclude: Optional[str] = typer.Option(None, "--exclude", metavar="REASON",
                                          help="Exclude the pages given, for REASON: one of scan.toml's [screen] "
                                               "reasons (or the built-in ones), its number, or its first words."),
    undo: bool = typer.Option(False, "--undo", help="Take back the last decision."),
    min_score: Optional[float] = typer.Option(None, "--min-score", help="Walk only pages scoring at least this."),
    kind: Optional[str] = typer.Option(None, "--kind", help="Walk only pages of these kinds (comma-separated, 'citable' or 'all') [default: citable]."),
    as_json: bool = typer.Option(False, "--json", help="Print the decisions made (with IDs), or the screening's state and the pages to screen in order (without)."),
) -> None:
    """Screen the scanned pages: include or exclude each, with a reason; learns from your decisions.

    Without IDs, walks the pages still to screen, best first, then (once you have included and excluded one)
    in the order a model trained on your decisions gives, likely includes first; answer i (include),
    e N (exclude for reason N), s (skip), u (undo) or q (quit).

    Example: scan screen p125f0910 --exclude "not about the topic";  scan screen --min-score 30
    """
    from scan.collection import load_scan, parse_kinds
    from scan.config import load_config

    cfg = load_config(ctx.obj["root"])
    reasons = cfg.exclusion_reasons()
    if include and exclude is not None:
        raise BadUsage("give --include or --exclude REASON, not both")
    if undo and (include or exclude is not None or targets):
        raise BadUsage("--undo takes back the last decision; give it alone")
    reason = _reason(exclude, reasons) if exclude is not None else None
    kinds = parse_kinds(kind)
    ws = ctx.obj["ws"]
    scan = load_scan(ws.db, cfg)
    if undo:
        return _undo(ws, scan, as_json)
    if targets:
        if not include and exclude is None:
            raise BadUsage("say what to do with the pages given: --include or --exclude REASON")
        return _decide(ws, scan, targets, "include" if include else "exclude", reason, as_json)
    if include or exclude is not None:
        raise BadUsage("--include and --exclude need the pages (ids or URLs) to decide on")
    if as_json:
        return _state(scan, kinds, min_score)
    if not scan.exists:
        raise BadUsage(f"no scan to screen in {ws.db}: run `scan crawl SEED...` first")
    _walk(ws, scan, kinds, min_score, reasons)


def _reason(given: str, reasons) -> str:
    from scan.screen.decisions import match_reason

    found = match_reason(given, reasons)
    if found is None:
        listed = "; ".join(f"{n}. {r}" for n, r in enumerate(reasons, 1))
        raise BadOption("--exclude", f"takes one of the screening reasons (or its number), not {given!r}: {listed} "
                                     "(scan.toml's [screen] reasons = [...] sets them)")
    return found


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _decide(ws, scan, targets: list[str], decision: str, reason: str | None, as_json: bool) -> None:
    from scan.report.text import clean
    from scan.screen.decisions import decide
    from scan.screen.store import change_decisions

    pages = []
    for t in targets:
        page = scan.by_target(t)
        if page is None:
            raise BadUsage(f"no scanned page {t!r} (`scan pages` lists the ids)")
        pages.append(page)

    def change(decisions):
        for p in pages:
            decisions = decide(decisions, p.url, decision, reason, _now())
        return decisions

    decisions = change_decisions(ws.db, change)
    rows = [{"id": p.id, "url": p.url, "decision": decision, "reason": reason, "seq": decisions[p.url].seq}
            for p in pages]
    if as_json:
        print_json(rows)
        return
    for p in pages:
        sys.stdout.write(f"{decision}d {p.id}  {clean(p.title or p.url, 70)}" + (f"  ({reason})" if reason else "")
                         + "\n")


def _undo(ws, scan, as_json: bool) -> None:
    from scan.screen.decisions import undo
    from scan.screen.store import change_decisions

    taken: list = []

    def change(decisions):
        out, last = undo(decisions)
        taken.append(last)
        return out

    change_decisions(ws.db, change)
    last = taken[0] if taken else None
    if as_json:
        print_json(last.to_json() if last else None)
    elif last is None:
        err("Nothing to undo: no page has been screened.")
    else:
        sys.stdout.write(f"took back: {last.decision} {last.url}\n")


def _state(scan, kinds, min_score) -> None:
    from scan.collection import public
    from scan.screen.walk import prioritise, summary, to_screen

    order = prioritise(to_screen(scan.pages, scan.decisions, kinds=kinds, min_score=min_score), scan.pages,
                       scan.decisions)
    print_json({"summary": {**summary(scan.pages, scan.decisions), "to_screen": len(order),
                            "model": order[0][1] is not None if order else False},
                "queue": [{**public(scan, p), "p_include": prob} for p, prob in order]})


def _walk(ws, scan, kinds, min_score, reasons) -> None:
    """The interactive walk: one page at a time, an answer per line on stdin."""
    from scan.screen.decisions import decide, undo
    from scan.screen.store import change_decisions, load_decisions
    from scan.screen.walk import prioritise, summary, to_screen

    out = sys.stdout
    skipped: set[str] = set()
    while True:
        decisions = load_decisions(ws.db)
        todo = to_screen(scan.pages, decisions, kinds=kinds, min_score=min_score)
        order = prioritise([p for p in todo if p.url not in skipped], scan.pages, decisions) \
            or [(p, None) for p in todo if p.url in skipped]
        if not order:
            out.write("Nothing left to screen" + (" (with these --kind/--min-score)" if todo == [] else "") + ".\n")
            break
        page, prob = order[0]
        _show(page, prob, len(order), summary(scan.pages, decisions), reasons)
        answer = _ask(out, "> ")
        if answer is None or answer.startswith("q"):
            break
        if answer.startswith("s"):
            skipped.add(page.url)
            continue
        if answer.startswith("u"):
            change_decisions(ws.db, lambda d: undo(d)[0])
            continue
        if answer.startswith("i"):
            change_decisions(ws.db, lambda d: decide(d, page.url, "include", None, _now()))
            continue
        if answer.startswith("e"):
            given = answer[1:].strip() or _ask(out, "reason (number or words): ")
            reason = _match(given, reasons) if given else None
            if reason is None:
                out.write("  not one of the reasons; the page is still to screen\n")
                continue
            change_decisions(ws.db, lambda d: decide(d, page.url, "exclude", reason, _now()))
            continue
        out.write("  answer i, e N, s, u or q\n")
    _closing(load_decisions(ws.db), scan, kinds, min_score)


def _match(given: str, reasons):
    from scan.screen.decisions import match_reason

    return match_reason(given, reasons)


def _ask(out, prompt: str) -> str | None:
    out.write(prompt)
    out.flush()
    line = sys.stdin.readline()
    if not line:
        out.write("\n")
        return None
    return line.strip().lower()


def _show(page, prob, left: int, state: dict, reasons) -> None:
    from scan.report.text import clean

    out = sys.stdout
    order = "ordered by a model trained on your decisions" if prob is not None else "in score order"
    out.write(f"\n[{state['screened']} screened, {state['included']} included; {left} to go, {order}]\n")
    p_text = f"  P(include) {prob:.2f}" if prob is not None else ""
    out.write(f"{page.id}  score {page.score:.1f}  {page.kind}{p_text}\n")
    out.write(f"  {clean(page.title or '(no title)', 100)}\n")
    who = "; ".join(a.get("literal") or f"{a.get('given', '')} {a.get('family', '')}".strip() for a in page.authors)
    byline = " · ".join(x for x in (clean(who, 60), clean(page.site or "", 50), page.date or "") if x)
    if byline:
        out.write(f"  {byline}\n")
    out.write(f"  {clean(page.url)}\n")
    if page.excerpt:
        out.write(f"  {clean(page.excerpt, 300)}\n")
    listed = ", ".join(f"{n} {r}" for n, r in enumerate(reasons, 1))
    out.write(f"  i include · e N exclude ({listed}) · s skip · u undo · q quit\n")


def _closing(decisions, scan, kinds, min_score) -> None:
    from scan.screen.walk import summary, to_screen

    s = summary(scan.pages, decisions)
    left = len(to_screen(scan.pages, decisions, kinds=kinds, min_score=min_score))
    last = (f"; the last include was the {_ordinal(s['last_include'])} page screened" if s["last_include"] else "")
    err(f"Screened {s['screened']} pages ({s['included']} included, {s['excluded']} excluded){last}. "
        f"{left} still to screen. `scan cite --included` cites the included pages.")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
