"""The report as one self-contained HTML file (``scan report --html FILE``).

    text = render_html(build_report(pages, topic))

No network at all: the CSS and the one small script are inline, the link
graph is inline SVG. Safety, in two layers:

1. Everything that comes from pages (titles, URLs, hosts, keywords, theme
   names) goes through :func:`esc` (``html.escape`` with ``quote=True``),
   in text and in attributes alike; links get an ``href`` only for http(s)
   URLs. No page data ever reaches the script: it sorts the tables by reading
   the cells (or their ``data-sort`` attribute, a number we wrote).
2. A Content-Security-Policy ``<meta>`` allows nothing but inline styles and
   the one script whose SHA-256 hash it names, so markup that slipped through
   could neither run nor load anything.

Tables are sortable: a click (or Enter) on a header sorts by that column,
numbers numerically and largest first, text alphabetically; a second click
reverses. In the graph, seeds are the left column, then depth by depth; a
node's size is its score, its colour its dominant theme (legend above the
graph), its tooltip (an SVG ``<title>``) its title and URL. See
:mod:`scan.report.graph` for what happens beyond 3,000 pages.
"""

from __future__ import annotations

import base64
import hashlib
import html
from urllib.parse import urlsplit

from scan.report.graph import layout

# Tableau 10: distinct, and readable by most colour-blind eyes.
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
           "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#17becf")
OTHER_THEME = "#6b6b6b"
NO_THEME = "#d4d4d4"
ERROR_STROKE = "#c0392b"
MAX_CARRIED_SHOWN = 12

SORT_SCRIPT = """
(function () {
  "use strict";
  function value(row, col, numeric) {
    var cell = row.cells[col];
    if (!cell) { return numeric ? -Infinity : ""; }
    var raw = cell.getAttribute("data-sort");
    if (raw === null) { raw = cell.textContent; }
    if (numeric) { var n = parseFloat(raw); return isNaN(n) ? -Infinity : n; }
    return raw.trim().toLowerCase();
  }
  function sortBy(table, th, col) {
    var numeric = th.getAttribute("data-type") === "num";
    var current = th.getAttribute("aria-sort");
    var descending = current ? current === "ascending" : numeric;
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.forEach(function (row, i) { row.setAttribute("data-pos", String(i)); });
    rows.sort(function (a, b) {
      var x = value(a, col, numeric), y = value(b, col, numeric);
      var c = x < y ? -1 : x > y ? 1 : 0;
      if (descending) { c = -c; }
      return c || (+a.getAttribute("data-pos") - +b.getAttribute("data-pos"));
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(th.parentNode.cells, function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", descending ? "descending" : "ascending");
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
      th.addEventListener("click", function () { sortBy(table, th, col); });
      th.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sortBy(table, th, col); }
      });
    });
  });
})();
"""

SCRIPT_HASH = "sha256-" + base64.b64encode(hashlib.sha256(SORT_SCRIPT.encode("utf-8")).digest()).decode("ascii")
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
       f"script-src '{SCRIPT_HASH}'; base-uri 'none'; form-action 'none'")

CSS = """
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 1.5em auto; max-width: 1200px;
       padding: 0 1em; color: #222; }
h1 { font-size: 1.5em; margin-bottom: .2em; } h2 { font-size: 1.2em; margin-top: 2em; }
nav a { margin-right: 1em; }
table { border-collapse: collapse; margin: .5em 0; }
th, td { padding: .25em .6em; border-bottom: 1px solid #e3e3e3; text-align: left; vertical-align: top; }
th { cursor: pointer; background: #f5f5f5; user-select: none; white-space: nowrap; }
th:focus { outline: 2px solid #4e79a7; }
th[aria-sort=ascending]::after { content: " \\25B2"; font-size: .75em; }
th[aria-sort=descending]::after { content: " \\25BC"; font-size: .75em; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.url { word-break: break-all; color: #555; font-size: .9em; }
td.ids { font-family: ui-monospace, monospace; font-size: .85em; }
.note { color: #666; font-size: .9em; }
.wide { overflow-x: auto; }
.graph { overflow: auto; border: 1px solid #e3e3e3; max-height: 80vh; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4em 1.2em; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 50%; vertical-align: -.1em;
          margin-right: .35em; border: 1px solid #999; }
svg .edges { stroke: #9a9a9a; stroke-opacity: .55; fill: none; }
svg .node { stroke: #fff; stroke-width: 1; }
svg .node.seed { stroke: #222; stroke-width: 2.5; }
svg .node.error { stroke: #c0392b; stroke-dasharray: 2 2; stroke-width: 1.5; fill-opacity: .35; }
svg a:hover .node { stroke: #000; stroke-width: 2; }
svg text { font: 12px system-ui, sans-serif; fill: #555; }
#prisma-flow .box { fill: #f5f8fc; stroke: #4e79a7; stroke-width: 1.2; }
#prisma-flow .box.side { fill: #fbf7f2; stroke: #9c755f; }
#prisma-flow text { fill: #222; font-size: 13px; }
#prisma-flow .arrow { stroke: #555; stroke-width: 1.4; }
"""


def esc(value) -> str:
    """Text or attribute value from page data, escaped (``&<>"'``)."""
    return html.escape("" if value is None else str(value), quote=True)


def _link(url: str, text: str) -> str:
    if urlsplit(url).scheme.lower() in ("http", "https"):
        return f'<a href="{esc(url)}" rel="noopener noreferrer">{esc(text)}</a>'
    return esc(text)


def theme_colours(report: dict) -> dict[str, str]:
    """Theme -> colour: the topic's order first, then other themes by name;
    themes past the palette's ten share a grey."""
    names = list(report["summary"]["themes"])
    names += sorted({t["theme"] for t in report["themes"]} - set(names))
    return {n: (PALETTE[i] if i < len(PALETTE) else OTHER_THEME) for i, n in enumerate(names)}


def _num(value, fmt: str = "{}") -> str:
    shown = "" if value is None else fmt.format(value)
    sort = "" if value is None else str(value)
    return f'<td class="num" data-sort="{esc(sort)}">{esc(shown)}</td>'


def _table(table_id: str, headers: list[tuple[str, bool]], rows: list[str], caption: str = "") -> str:
    num_attrs = ' class="num" data-type="num"'
    head = "".join(f'<th tabindex="0" scope="col"{num_attrs if numeric else ""}>{esc(h)}</th>'
                   for h, numeric in headers)
    cap = f"<caption class=\"note\">{esc(caption)}</caption>" if caption else ""
    body = "\n".join(f"<tr>{r}</tr>" for r in rows)
    return f'<table class="sortable" id="{table_id}">{cap}<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody></table>'


def render_html(report: dict, *, title: str = "scan report") -> str:
    s = report["summary"]
    colours = theme_colours(report)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{esc(CSP)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f"<style>{CSS}</style>",
        "</head><body>",
        f"<h1>{esc(title)}</h1>",
    ]
    if not s["pages"]:
        parts.append('<p id="summary">No scan yet: run <code>scan crawl SEED...</code>, then '
                     '<code>scan report --html FILE</code> again.</p>')
    else:
        depth = "seeds only" if not s["max_depth"] else f"depth 0\u2013{s['max_depth']}"
        parts.append(f'<p id="summary">{s["pages"]} pages ({s["errors"]} with errors) from {s["seeds"]} seed(s), '
                     f'{s["hosts"]} host(s), {esc(depth)}. Click a column header to sort; click again to reverse.</p>')
        parts.append('<nav><a href="#themes">Themes</a><a href="#matrix">Themes \u00d7 pages</a>'
                     '<a href="#keywords">Keywords</a><a href="#pages">Top pages</a><a href="#prisma">Screening</a>'
                     '<a href="#hosts">Hosts</a><a href="#depths">Depth</a><a href="#graph">Link graph</a></nav>')
        parts += [_themes(report), _matrix(report), _keywords(report), _pages(report)]
        if "prisma" in report:
            parts.append(_prisma(report["prisma"]))
        parts += [_hosts(report), _depths(report), _graph(report, colours)]
    parts += [f"<script>{SORT_SCRIPT}</script>", "</body></html>", ""]
    return "\n".join(parts)


def _themes(report: dict) -> str:
    rows = []
    for t in report["themes"]:
        carried = ", ".join(f"{esc(c['id'])} ({c['hits']})" for c in t["carried_by"][:MAX_CARRIED_SHOWN])
        more = len(t["carried_by"]) - MAX_CARRIED_SHOWN
        if more > 0:
            carried += f", \u2026 {more} more"
        kws = ", ".join(f"{esc(k['keyword'])} ({k['hits']})" for k in t["top_keywords"])
        rows.append(f"<td>{esc(t['theme'])}</td>{_num(t['pages'])}{_num(t['hits'])}<td>{kws}</td>"
                    f'<td class="ids">{carried}</td>')
    return ('<section id="themes"><h2>Themes</h2>'
            + _table("themes-table", [("Theme", False), ("Pages", True), ("Hits", True), ("Top keywords", False),
                                      ("Pages with the theme (id, hits)", False)], rows)
            + "</section>")


def _matrix(report: dict) -> str:
    names = [t["theme"] for t in report["themes"] if t["pages"]]
    rows = []
    for p in report["top_pages"]:
        cells = "".join(_num(p["themes"][n]) if p["themes"].get(n) else '<td class="num" data-sort="0"></td>'
                        for n in names)
        rows.append(f"{_num(p['rank'])}{_num(p['score'], '{:.1f}')}<td>{esc(p['title'] or '(no title)')}</td>{cells}")
    headers = [("#", True), ("Score", True), ("Page", False)] + [(n, True) for n in names]
    return ('<section id="matrix"><h2>Themes \u00d7 top pages</h2>'
            '<p class="note">Keyword hits of each theme (those found at all) on each of the top pages.</p>'
            '<div class="wide">' + _table("matrix-table", headers, rows) + "</div></section>")


def _keywords(report: dict) -> str:
    rows = [f"<td>{esc(k['keyword'])}</td>{_num(k['pages'])}{_num(k['hits'])}<td>{esc(', '.join(k['themes']))}</td>"
            for k in report["keywords"] if k["hits"]]
    unfound = [k["keyword"] for k in report["keywords"] if not k["hits"]]
    note = (f'<p class="note" id="keywords-unfound">No hits for {len(unfound)} keyword(s) of the topic: '
            f"{esc(', '.join(unfound))}.</p>" if unfound else "")
    return ('<section id="keywords"><h2>Keywords</h2>'
            + _table("keywords-table", [("Keyword", False), ("Pages", True), ("Hits", True), ("Themes", False)], rows)
            + note + "</section>")


def _pages(report: dict) -> str:
    headers = [("#", True), ("Score", True), ("Kind", False), ("Title", False), ("URL", False), ("Id", False),
               ("Depth", True), ("Status", True), ("Host", False), ("Theme", False)]
    s = report["summary"]
    works = s.get("works", s["pages"])
    what = ("" if s.get("kinds") is None else
            '<p class="note">Pages of the kinds one cites (articles, journal articles, posts, documents); '
            "<code>scan report --kind all</code> lists every kind.</p>")
    out = (f'<section id="pages"><h2>Top pages ({len(report["top_pages"])} of {works})</h2>{what}'
           + _table("pages-table", headers, [_page_cells(p) for p in report["top_pages"]]))
    every = report.get("pages") or []
    if len(every) > len(report["top_pages"]):
        # Every page, of every kind, folded away until asked for: no script needed.
        out += (f'<details id="all-pages"><summary>All {len(every)} pages</summary>'
                + _table("all-pages-table", headers, [_page_cells(p) for p in every]) + "</details>")
    return out + "</section>"


def _page_cells(p: dict) -> str:
    title = p["title"] or p.get("error") or "(no title)"
    return (f"{_num(p['rank'])}{_num(p['score'], '{:.1f}')}<td>{esc(p.get('kind') or '')}</td>"
            f"<td>{_link(p['url'], title)}</td>"
            f'<td class="url">{esc(p["url"])}</td><td class="ids">{esc(p["id"])}</td>'
            f"{_num(p['depth'])}{_num(p['status'])}<td>{esc(p['host'])}</td><td>{esc(p['theme'] or '')}</td>")


def _box(x: float, y: float, w: float, lines: list[str], cls: str = "box") -> tuple[str, float]:
    """An SVG box of text lines (escaped) at (x, y), ``w`` wide; with its height."""
    h = 14 + 17 * len(lines)
    text = "".join(f'<tspan x="{x + 10:.0f}" dy="{17 if n else 20}">{esc(line)}</tspan>' for n, line in enumerate(lines))
    return (f'<rect class="{cls}" x="{x:.0f}" y="{y:.0f}" width="{w:.0f}" height="{h:.0f}" rx="4"/>'
            f'<text x="{x + 10:.0f}" y="{y:.0f}">{text}</text>', h)


def _arrow(x1: float, y1: float, x2: float, y2: float) -> str:
    return f'<line class="arrow" x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" marker-end="url(#arrowhead)"/>'


def _prisma(flow: dict) -> str:
    """The PRISMA 2020 flow diagram of the scan, drawn as inline SVG: the
    main column (identified, screened, included) and what left at each step
    to the right. Every label is escaped (reasons come from scan.toml)."""
    ident, removed = flow["identified"], flow["removed"]
    left, right, wl, wr, gap = 20, 400, 330, 380, 40
    kinds = [f"  {k}: {n}" for k, n in list(removed["not_works_by_kind"].items())[:8]]
    reasons = [f"  {r[:48]}: {n}" for r, n in list(flow["excluded_by_reason"].items())[:8]]
    more = len(flow["excluded_by_reason"]) - 8
    if more > 0:
        reasons.append(f"  \u2026 {more} more reasons")
    steps = [
        ("Identification", [f"Pages identified: {ident['total']}", f"  from seeds: {ident['seeds']}",
                            f"  by following links: {ident['links']}", f"  found on hashtag pages: {ident['hashtags']}"],
         [f"Removed before screening: {removed['duplicates'] + removed['not_retrieved'] + removed['not_works']}",
          f"  duplicates: {removed['duplicates']}", f"  not retrieved: {removed['not_retrieved']}",
          f"  not works (automation): {removed['not_works']}", *kinds]),
        ("Screening", [f"Pages screened: {flow['screened']}", f"Awaiting screening: {flow['awaiting']}"],
         [f"Excluded: {flow['excluded']}", *reasons]),
        ("Included", [f"Pages included: {flow['included']}", f"  cited (in the library): {flow['cited']}"], []),
    ]
    parts, y, prev_bottom = [], 10.0, None
    for _stage, main, side in steps:
        box, h = _box(left, y, wl, main)
        side_h = 0.0
        if side:
            side_box, side_h = _box(right, y, wr, side, "box side")
            parts.append(side_box + _arrow(left + wl, y + h / 2, right, y + h / 2))
        parts.append(box)
        if prev_bottom is not None:
            parts.append(_arrow(left + wl / 2, prev_bottom, left + wl / 2, y))
        prev_bottom = y + h
        y += max(h, side_h) + gap
    last = flow.get("summary", {}).get("last_include")
    note = (f'<p class="note">The last include was found after screening {last} of {flow["summary"]["screened"]} '
            "pages (in the order they were screened).</p>" if last else "")
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" id="prisma-flow" role="img" width="{right + wr + 20}" '
           f'height="{y:.0f}" viewBox="0 0 {right + wr + 20} {y:.0f}"><title>PRISMA 2020 flow of the scan</title>'
           '<defs><marker id="arrowhead" markerWidth="8" markerHeight="8" refX="7" refY="4" orient="auto">'
           '<path d="M0,0 L8,4 L0,8 z" fill="#555"/></marker></defs>' + "".join(parts) + "</svg>")
    return ('<section id="prisma"><h2>Screening: the PRISMA 2020 flow</h2>'
            '<p class="note">Pages found by the scan, what was set aside before screening (duplicates, pages that '
            "could not be fetched, and pages that are not works: home, about, category, tag, search, listing, "
            "profile and contact pages), what the screening (<code>scan screen</code>) excluded and why, and what "
            f"it included.</p>{note}<div class=\"wide\">{svg}</div></section>")


def _hosts(report: dict) -> str:
    rows = [f"<td>{esc(h['host'])}</td>{_num(h['pages'])}{_num(h['errors'])}{_num(h['best_score'], '{:.1f}')}"
            for h in report["hosts"]]
    return ('<section id="hosts"><h2>Hosts</h2>'
            + _table("hosts-table", [("Host", False), ("Pages", True), ("Errors", True), ("Best score", True)], rows)
            + "</section>")


def _depths(report: dict) -> str:
    rows = [f"{_num(d['depth'])}{_num(d['pages'])}{_num(d['errors'])}{_num(d['mean_score'], '{:.1f}')}"
            for d in report["depths"]]
    return ('<section id="depths"><h2>Depth</h2>'
            + _table("depths-table", [("Depth", True), ("Pages", True), ("Errors", True), ("Mean score", True)], rows)
            + "</section>")


def _graph(report: dict, colours: dict[str, str]) -> str:
    g = report["graph"]
    lay = layout(g["nodes"], g["edges"])
    pos = lay.positions
    segments = []
    for e in g["edges"]:
        a, b = pos.get(e["from"]), pos.get(e["to"])
        if a and b:
            segments.append(f"M{a.x:.0f} {a.y:.0f}L{b.x:.0f} {b.y:.0f}")
    labels = "".join(f'<text x="{x - 12:.0f}" y="20">{"seeds" if d == 0 else f"depth {d}"}</text>'
                     for d, x in lay.columns)
    nodes = []
    used: dict[str, str] = {}
    for n in g["nodes"]:
        p = pos.get(n["id"])
        if p is None:
            continue
        colour = colours.get(n["theme"], OTHER_THEME) if n["theme"] else NO_THEME
        used[n["theme"] or ""] = colour
        classes = "node" + (" seed" if n["seed"] else "") + (" error" if n["error"] else "")
        tip = f"{n['title'] or '(no title)'}\n{n['url']}\nscore {n['score']:.1f}, depth {n['depth']}" \
              f"{', ' + n['theme'] if n['theme'] else ''}{', could not be fetched' if n['error'] else ''}"
        circle = (f'<circle class="{classes}" data-id="{esc(n["id"])}" cx="{p.x:.0f}" cy="{p.y:.0f}" r="{p.r}" '
                  f'fill="{colour}"><title>{esc(tip)}</title></circle>')
        if urlsplit(n["url"]).scheme.lower() in ("http", "https"):
            circle = f'<a href="{esc(n["url"])}" rel="noopener noreferrer">{circle}</a>'
        nodes.append(circle)
    legend = []
    for name, colour in colours.items():
        if name in used:
            legend.append(f'<li><span class="swatch" style="background:{colour}"></span>{esc(name)}</li>')
    if "" in used:
        legend.append(f'<li><span class="swatch" style="background:{NO_THEME}"></span>no theme</li>')
    if any(n["seed"] for n in g["nodes"]):
        legend.append('<li><span class="swatch" style="border:2px solid #222"></span>seed (dark ring)</li>')
    if any(n["error"] for n in g["nodes"]):
        legend.append(f'<li><span class="swatch" style="border:2px dashed {ERROR_STROKE}"></span>'
                      "could not be fetched</li>")
    hidden = (f'<p class="note" id="graph-hidden">{lay.hidden} more pages are not drawn (the graph shows the '
              f"{len(pos)} shallowest, best scoring); the tables and <code>scan report --json</code> have them all.</p>"
              if lay.hidden else "")
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" id="link-graph" role="img" width="{lay.width:.0f}" '
           f'height="{lay.height:.0f}" viewBox="0 0 {lay.width:.0f} {lay.height:.0f}">'
           f"<title>Link graph: which page led to which</title>{labels}"
           f'<path class="edges" d="{" ".join(segments)}"/>'
           f'<g class="nodes">{"".join(nodes)}</g></svg>')
    return ('<section id="graph"><h2>Link graph</h2>'
            '<p class="note">Which page led to which: seeds on the left, then each depth to the right. '
            "A node's size is its score, its colour its dominant theme; hover over a node for its title and URL.</p>"
            f'<ul class="legend">{"".join(legend)}</ul>{hidden}<div class="graph">{svg}</div></section>')
