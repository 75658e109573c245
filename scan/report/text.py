"""The report as plain-text tables for a terminal (``scan report``).

    print(render_text(build_report(pages, topic)))

Columns are aligned with spaces (numbers to the right); long titles and
URLs are cut with an ellipsis so a row fits a line. Control characters and
text-direction overrides from pages (:data:`refs.values.text.CONTROLS`) and
line breaks become spaces, so a page cannot move the cursor, colour the
terminal or turn the rest of a line around. The link graph is printed as an
indented tree, seeds first.
"""

from __future__ import annotations

import re

from refs.values.text import CONTROLS
from scan.page import CITABLE_KINDS

TITLE_WIDTH = 60
_HIDDEN = re.compile(f"(?:{CONTROLS.pattern}|[\t\n\r\u2028\u2029])+")  # a run of them: one space


def clean(value, width: int | None = None) -> str:
    """One line of text from page data: no control characters, at most ``width``."""
    text = _HIDDEN.sub(" ", "" if value is None else str(value)).strip()
    if width is not None and len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return text


def table(headers: list[str], rows: list[list], numeric: set[int] = frozenset()) -> str:
    """Aligned columns; the columns in ``numeric`` right-aligned; the last column not padded."""
    cells = [[clean(c) for c in headers]] + [[clean(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = []
    for r in cells:
        parts = []
        for i, c in enumerate(r):
            last = i == len(r) - 1
            if i in numeric:
                parts.append(c.rjust(widths[i]))
            else:
                parts.append(c if last else c.ljust(widths[i]))
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)


def _score(value) -> str:
    return f"{value or 0.0:.1f}"


def render_text(report: dict) -> str:
    s = report["summary"]
    if not s["pages"]:
        return "The scan has no pages yet.\n"
    depth = "seeds only" if not s["max_depth"] else f"depth 0-{s['max_depth']}"
    out = [f"Scan: {s['pages']} pages ({s['errors']} with errors) from {s['seeds']} seed(s), "
           f"{s['hosts']} host(s), {depth}."]

    out += ["", "Themes"]
    out.append(table(["theme", "pages", "hits", "top keywords"],
                     [[t["theme"], t["pages"], t["hits"],
                       ", ".join(f"{k['keyword']} ({k['hits']})" for k in t["top_keywords"][:3])]
                      for t in report["themes"]], numeric={1, 2}))

    carried = [t for t in report["themes"] if t["carried_by"]]
    if carried:
        out += ["", "Pages by theme (page id and hits, most first)"]
        for t in carried:
            ids = ", ".join(f"{c['id']} ({c['hits']})" for c in t["carried_by"][:8])
            more = len(t["carried_by"]) - 8
            out.append(f"{clean(t['theme'])}: {ids}" + (f", ... {more} more" if more > 0 else ""))

    found = [k for k in report["keywords"] if k["hits"]]
    out += ["", "Keywords"]
    if found:
        out.append(table(["keyword", "pages", "hits", "themes"],
                         [[k["keyword"], k["pages"], k["hits"], ", ".join(k["themes"])] for k in found],
                         numeric={1, 2}))
    unfound = len(report["keywords"]) - len(found)
    if unfound:
        out.append(f"({unfound} {'other ' if found else ''}keyword(s) of the topic have no hits; --json lists them all)")

    what = "of every kind" if s.get("kinds") is None else "of the kinds one cites" if set(s["kinds"]) == set(
        CITABLE_KINDS) else "of kinds " + ", ".join(s["kinds"])
    out += ["", f"Top pages ({len(report['top_pages'])} of {s.get('works', s['pages'])} {what})"]
    out.append(table(["#", "score", "kind", "depth", "status", "id", "title / url"],
                     [[p["rank"], _score(p["score"]), p.get("kind") or "-", p["depth"],
                       p["status"] if p["status"] is not None else "-",
                       p["id"], clean(p["title"] or p.get("error") or "(no title)", TITLE_WIDTH) + "  " + clean(p["url"])]
                      for p in report["top_pages"]], numeric={0, 1, 3, 4}))

    out += ["", "Hosts"]
    out.append(table(["host", "pages", "errors", "best score"],
                     [[h["host"], h["pages"], h["errors"], _score(h["best_score"])] for h in report["hosts"]],
                     numeric={1, 2, 3}))

    out += ["", "Depth"]
    out.append(table(["depth", "pages", "errors", "mean score"],
                     [[d["depth"], d["pages"], d["errors"], _score(d["mean_score"])] for d in report["depths"]],
                     numeric={0, 1, 2, 3}))

    if "prisma" in report:
        out += ["", "Screening (PRISMA 2020 flow of the scan)"]
        out += prisma_lines(report["prisma"])

    out += ["", "Link graph (which page led to which)"]
    out += _tree(report["graph"])
    return "\n".join(out) + "\n"


def prisma_lines(flow: dict) -> list[str]:
    """The PRISMA flow's numbers, one box a line."""
    ident, removed = flow["identified"], flow["removed"]
    kinds = ", ".join(f"{k} {n}" for k, n in removed["not_works_by_kind"].items())
    reasons = "; ".join(f"{clean(r)} {n}" for r, n in flow["excluded_by_reason"].items())
    lines = [
        f"Identified: {ident['total']} pages (seeds {ident['seeds']}, by links {ident['links']}, "
        f"by hashtags {ident['hashtags']})",
        f"Removed before screening: {removed['duplicates']} duplicates, {removed['not_retrieved']} not retrieved, "
        f"{removed['not_works']} not works" + (f" ({kinds})" if kinds else ""),
        f"Screened: {flow['screened']}; excluded {flow['excluded']}" + (f" ({reasons})" if reasons else "")
        + f"; awaiting screening {flow['awaiting']}",
        f"Included: {flow['included']}; cited (in the library): {flow['cited']}",
    ]
    last = flow.get("summary", {}).get("last_include")
    if last:
        lines.append(f"The last include was found after screening {last} of {flow['summary']['screened']} pages.")
    return lines


def _tree(graph: dict) -> list[str]:
    nodes = {n["id"]: n for n in graph["nodes"]}
    children: dict[str, list[str]] = {}
    has_parent = set()
    for e in graph["edges"]:
        children.setdefault(e["from"], []).append(e["to"])
        has_parent.add(e["to"])
    lines: list[str] = []
    seen: set[str] = set()
    # An explicit stack, not recursion: a scan's graph may be thousands deep in theory.
    # Roots first; then whatever a malformed state left in a cycle, so every page is listed once.
    roots = [n["id"] for n in graph["nodes"] if n["id"] not in has_parent] + [n["id"] for n in graph["nodes"]]
    for root in roots:
        stack = [(root, 0)]
        while stack:
            nid, level = stack.pop()
            if nid in seen:
                continue
            seen.add(nid)
            n = nodes[nid]
            mark = " !" if n["error"] else ""
            lines.append(f"{'  ' * level}{'- ' if level else ''}{nid} {_score(n['score']):>5}{mark}  "
                         f"{clean(n['title'] or n['url'], TITLE_WIDTH)}")
            stack.extend((c, level + 1) for c in reversed(children.get(nid, [])))
    if graph.get("dangling"):
        lines.append(f"({graph['dangling']} page(s) found on pages that are not stored)")
    lines.append("(score after the id; ! marks a page that could not be fetched)")
    return lines
