"""Layout of a scan's link graph: seeds in the left column, then depth by depth.

    lay = layout(report["graph"]["nodes"], report["graph"]["edges"])
    lay.positions["p125f0910"] -> Point(x=40.0, y=60.0, r=10.6)
    lay.width, lay.height, lay.hidden

Each depth is a column; a depth with more than ``rows`` pages wraps into
several sub-columns side by side, filled row by row, so the drawing grows in
width, not in height. Within a depth, pages sit in the order of the page that led to them
(so edges run mostly level), then best first. A node's radius grows with its
score (4 to 12 px).

At most ``max_nodes`` pages (default 3,000) are laid out: the shallowest
first, then the best scoring, so every drawn page's parent is drawn too (a
parent is always one depth shallower); the rest are counted in ``hidden``.
Beyond a few thousand nodes an SVG gets slow to render and useless to look at;
the tables and ``--json`` still cover every page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

MAX_NODES = 3000
ROWS = 40            # nodes per sub-column
ROW_GAP = 28.0       # vertical distance between nodes (fits two 12 px radii)
SUBCOL_GAP = 30.0    # horizontal distance between sub-columns of one depth
DEPTH_GAP = 150.0    # horizontal distance between depths
MARGIN = 30.0
TOP = 40.0           # room for the depth labels


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    r: float


@dataclass
class Layout:
    positions: dict[str, Point] = field(default_factory=dict)
    columns: list[tuple[int, float]] = field(default_factory=list)   # (depth, x of its first sub-column)
    width: float = 2 * MARGIN
    height: float = TOP + MARGIN
    hidden: int = 0


def radius(score: float) -> float:
    """4 px for score 0, 12 px for 100; by area, so the eye compares scores fairly."""
    s = min(max(score or 0.0, 0.0), 100.0)
    return round(4.0 + 8.0 * math.sqrt(s / 100.0), 1)


def layout(nodes: list[dict], edges: list[dict], *, max_nodes: int = MAX_NODES, rows: int = ROWS) -> Layout:
    """Positions for ``nodes`` (dicts with ``id``, ``depth``, ``score``, in
    rank order, best first) joined by ``edges`` (``{"from", "to"}``)."""
    rank = {n["id"]: i for i, n in enumerate(nodes)}
    chosen = sorted(nodes, key=lambda n: (n.get("depth") or 0, rank[n["id"]]))[:max(max_nodes, 0)]
    parent = {e["to"]: e["from"] for e in edges}
    by_depth: dict[int, list[dict]] = {}
    for n in chosen:
        by_depth.setdefault(n.get("depth") or 0, []).append(n)

    lay = Layout(hidden=len(nodes) - len(chosen))
    if not chosen:
        return lay
    slot: dict[str, int] = {}   # a node's index within its depth, to order its children
    # A wide depth fills its sub-columns row by row, so the order (by parent) runs top to bottom.
    shape = {d: (math.ceil(len(col) / rows), math.ceil(len(col) / math.ceil(len(col) / rows)))
             for d, col in by_depth.items()}                        # depth -> (sub-columns, rows used)
    tallest = max(used for _, used in shape.values())
    x = MARGIN + 12.0
    for depth in sorted(by_depth):
        col = by_depth[depth]
        col.sort(key=lambda n: (slot.get(parent.get(n["id"]), len(nodes)), rank[n["id"]]))
        subs, used = shape[depth]
        offset = (tallest - used) * ROW_GAP / 2   # centre short columns
        lay.columns.append((depth, x))
        for i, n in enumerate(col):
            slot[n["id"]] = i
            row, sub = divmod(i, subs)
            lay.positions[n["id"]] = Point(x + sub * SUBCOL_GAP, TOP + 12.0 + offset + row * ROW_GAP,
                                           radius(n.get("score") or 0.0))
        x += (subs - 1) * SUBCOL_GAP + DEPTH_GAP
    lay.width = x - DEPTH_GAP + 12.0 + MARGIN + 120.0   # room for the last column's label
    lay.height = TOP + 12.0 + (tallest - 1) * ROW_GAP + 12.0 + MARGIN
    return lay
