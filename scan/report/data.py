"""The report's data: plain dicts computed from a scan's page records; no I/O.

    scan = load_scan(ws.db, config)                   # scan.collection: ranked, with decisions
    report = build_report(scan.pages, scan.topic, top=20, decisions=scan.decisions, cited_urls=urls)
    report["themes"][0]
    -> {"theme": "Formal vs informal mentoring", "pages": 12, "hits": 80,
        "top_keywords": [{"keyword": "mentor", "hits": 50}, ...],
        "carried_by": [{"id": "p125f0910", "hits": 31}, ...]}

A report has these parts (``scan report --json`` prints it as is). The
themes, keywords and top pages count only pages of the kinds given
(``kinds``: by default the kinds one cites, articles, journal articles,
posts and documents, so that a blog's home page or a tag archive does not
carry a theme by the teasers it shows); hosts, depths and the link graph
count every page.

``summary``
    ``pages``, ``errors``, ``hosts``, ``seeds``, ``max_depth`` (None when
    there are no pages), ``themes`` and ``keywords`` of the topic, the
    ``kinds`` counted (None: all) and ``works``, the pages of those kinds,
    and ``by_kind``, the pages of each kind.
``themes``
    One row per theme: ``pages`` carrying it (at least one hit), total
    ``hits``, its ``top_keywords`` (the theme's keywords by hits, those with
    at least one) and ``carried_by`` (every page with the theme, most hits
    first). Every theme of the topic has a row, with zeros when no page has
    it; themes found on pages but no longer in the topic (``scan.toml``
    changed since the crawl) have rows too. Most pages first, then most hits.
``keywords``
    One row per keyword: ``pages``, ``hits``, ``themes`` it belongs to.
``top_pages``
    The ``top`` best pages (``rank``, ``id``, ``score``, ``kind``, ``title``,
    ``url``, ``depth``, ``status``, ``host``, dominant ``theme``, ``themes``
    counts, screening ``decision``).
``prisma``
    The PRISMA 2020 flow of the scan (:mod:`scan.screen.prisma`) and the
    screening's ``summary`` (:func:`scan.screen.walk.summary`).
``hosts``
    Per host (``host[:port]`` of the URL): ``pages``, ``errors``, ``best_score``.
    Most pages first.
``depths``
    Per depth: ``pages``, ``errors``, ``mean_score``.
``graph``
    ``nodes`` (one per page: ``id``, ``url``, ``title``, ``depth``,
    ``score``, ``theme``, ``seed``, ``error``) and ``edges``
    (``{"from": id, "to": id}``: the page ``from`` led to the page ``to``,
    i.e. ``to.found_on == from.url``). An edge whose source page is not
    stored is left out and counted in ``graph.dangling``.

A page is an error when it has an ``error``, no status, or a status of 400 or
more. A page's dominant theme is the one with most hits (ties: the topic's
order, then the name); None when it has none.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Sequence
from urllib.parse import urlsplit

from scan.page import CITABLE_KINDS, Page
from scan.screen.decisions import decision_for

TOP_KEYWORDS_PER_THEME = 5


def is_error(page: Page) -> bool:
    return bool(page.error) or not page.status or page.status >= 400


def host_of(url: str) -> str:
    """``https://Blog.example.org:8443/x`` -> ``blog.example.org:8443``."""
    netloc = urlsplit(url).netloc.rsplit("@", 1)[-1]
    return netloc.lower() or url


def dominant_theme(themes: Mapping[str, int] | None, order: Sequence[str] = ()) -> str | None:
    """The theme with most hits::

        dominant_theme({"B": 3, "A": 3, "C": 1}, order=["B", "A"]) -> "B"
        dominant_theme({}) -> None
    """
    rank = {name: n for n, name in enumerate(order)}
    best = [(-count, rank.get(name, len(rank)), name) for name, count in (themes or {}).items() if count]
    return min(best)[2] if best else None


def _theme_words(themes: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """Case-folded keyword -> the themes that list it."""
    out: dict[str, list[str]] = {}
    for name, words in themes.items():
        for w in words:
            key = " ".join(w.split()).casefold()
            if name not in out.setdefault(key, []):
                out[key].append(name)
    return out


def build_report(pages: Iterable[Page], topic=None, *, top: int = 20, kinds: Iterable[str] | None = CITABLE_KINDS,
                 decisions: Mapping | None = None, cited_urls: Iterable[str] = (), all_pages: bool = False) -> dict:
    """The whole report from page records (see the module docstring).

    ``topic`` (a :class:`scan.keywords.Topic`, or None) names the keywords and
    themes to list even when no page has them, and which keywords make up each
    theme; the counts themselves come from the pages' ``hits`` and ``themes``.
    ``kinds`` (None: all) are the kinds of page the themes, keywords and top
    pages count; ``decisions`` the screening's, ``cited_urls`` the library's
    URLs (for the PRISMA flow). With ``all_pages``, ``pages`` holds a row for
    every page, of every kind, as ``top_pages`` does for the best works (the
    HTML report lists them all).
    """
    from scan.screen.prisma import prisma_flow
    from scan.screen.walk import summary

    pages = sorted(pages, key=lambda p: (-p.score, p.depth, p.url))
    kinds = tuple(kinds) if kinds is not None else None
    works = [p for p in pages if kinds is None or p.kind in kinds]
    decisions = decisions or {}
    theme_order = list(topic.themes) if topic is not None else []
    theme_map: Mapping[str, Sequence[str]] = topic.themes if topic is not None else {}
    topic_keywords = list(topic.all_keywords()) if topic is not None else []
    return {
        "summary": _summary(pages, works, kinds, theme_order, topic_keywords),
        "themes": _themes(works, theme_order, theme_map),
        "keywords": _keywords(works, topic_keywords, theme_map),
        "top_pages": [_page_row(n, p, theme_order, decisions) for n, p in enumerate(works[:max(top, 0)], 1)],
        "hosts": _hosts(pages),
        "depths": _depths(pages),
        "graph": _graph(pages, theme_order),
        "prisma": {**prisma_flow(pages, decisions, cited_urls, kinds=kinds or CITABLE_KINDS),
                   "summary": summary(pages, decisions)},
        **({"pages": [_page_row(n, p, theme_order, decisions) for n, p in enumerate(pages, 1)]} if all_pages else {}),
    }


def _summary(pages: list[Page], works: list[Page], kinds, theme_order: list[str], keywords: list[str]) -> dict:
    depths = [p.depth for p in pages]
    by_kind: dict[str, int] = {}
    for p in pages:
        by_kind[p.kind or "unknown"] = by_kind.get(p.kind or "unknown", 0) + 1
    return {
        "pages": len(pages),
        "errors": sum(1 for p in pages if is_error(p)),
        "hosts": len({host_of(p.url) for p in pages}),
        "seeds": sum(1 for p in pages if p.depth == 0),
        "max_depth": max(depths) if depths else None,
        "themes": theme_order,
        "keywords": keywords,
        "kinds": list(kinds) if kinds is not None else None,
        "works": len(works),
        "by_kind": dict(sorted(by_kind.items(), key=lambda kv: (-kv[1], kv[0]))),
    }


def _themes(pages: list[Page], theme_order: list[str], theme_map: Mapping[str, Sequence[str]]) -> list[dict]:
    rows: dict[str, dict] = {name: {"theme": name, "pages": 0, "hits": 0, "top_keywords": [], "carried_by": []}
                             for name in theme_order}
    keyword_hits: dict[str, dict[str, int]] = {name: {} for name in theme_order}
    members = {name: {" ".join(w.split()).casefold() for w in words} for name, words in theme_map.items()}
    for p in pages:
        for name, count in p.themes.items():
            if not count:
                continue
            row = rows.setdefault(name, {"theme": name, "pages": 0, "hits": 0, "top_keywords": [], "carried_by": []})
            row["pages"] += 1
            row["hits"] += count
            row["carried_by"].append({"id": p.id, "hits": count})
        for keyword, count in p.hits.items():
            folded = " ".join(keyword.split()).casefold()
            for name, words in members.items():
                if folded in words and count:
                    kh = keyword_hits.setdefault(name, {})
                    kh[keyword] = kh.get(keyword, 0) + count
    order = {name: n for n, name in enumerate(theme_order)}
    for name, row in rows.items():
        row["carried_by"].sort(key=lambda r: -r["hits"])  # stable: ranked order among equals
        row["top_keywords"] = [{"keyword": k, "hits": h} for k, h in
                               sorted(keyword_hits.get(name, {}).items(), key=lambda kv: (-kv[1], kv[0].casefold()))
                               [:TOP_KEYWORDS_PER_THEME]]
    return sorted(rows.values(), key=lambda r: (-r["pages"], -r["hits"], order.get(r["theme"], len(order)), r["theme"]))


def _keywords(pages: list[Page], topic_keywords: list[str], theme_map: Mapping[str, Sequence[str]]) -> list[dict]:
    themes_of = _theme_words(theme_map)
    rows: dict[str, dict] = {}
    for k in topic_keywords:
        rows.setdefault(" ".join(k.split()).casefold(), {"keyword": k, "pages": 0, "hits": 0})
    for p in pages:
        for keyword, count in p.hits.items():
            if not count:
                continue
            row = rows.setdefault(" ".join(keyword.split()).casefold(), {"keyword": keyword, "pages": 0, "hits": 0})
            row["pages"] += 1
            row["hits"] += count
    for folded, row in rows.items():
        row["themes"] = themes_of.get(folded, [])
    return sorted(rows.values(), key=lambda r: (-r["hits"], -r["pages"], r["keyword"].casefold()))


def _page_row(rank: int, p: Page, theme_order: list[str], decisions: Mapping) -> dict:
    d = decision_for(p, decisions)
    return {
        "rank": rank,
        "id": p.id,
        "score": p.score,
        "kind": p.kind,
        "title": p.title,
        "url": p.url,
        "depth": p.depth,
        "status": p.status,
        "host": host_of(p.url),
        "theme": dominant_theme(p.themes, theme_order),
        "themes": {k: v for k, v in p.themes.items() if v},
        "error": p.error,
        "decision": d.decision if d else None,
    }


def _hosts(pages: list[Page]) -> list[dict]:
    rows: dict[str, dict] = {}
    for p in pages:
        h = host_of(p.url)
        row = rows.setdefault(h, {"host": h, "pages": 0, "errors": 0, "best_score": 0.0})
        row["pages"] += 1
        row["errors"] += is_error(p)
        row["best_score"] = max(row["best_score"], p.score)
    return sorted(rows.values(), key=lambda r: (-r["pages"], r["host"]))


def _depths(pages: list[Page]) -> list[dict]:
    rows: dict[int, dict] = {}
    for p in pages:
        d = p.depth
        row = rows.setdefault(d, {"depth": d, "pages": 0, "errors": 0, "mean_score": 0.0})
        row["pages"] += 1
        row["errors"] += is_error(p)
        row["mean_score"] += p.score
    for row in rows.values():
        row["mean_score"] = round(row["mean_score"] / row["pages"], 1)
    return [rows[d] for d in sorted(rows)]


def _graph(pages: list[Page], theme_order: list[str]) -> dict:
    ids = {p.url: p.id for p in pages}
    nodes, edges, dangling = [], [], 0
    for p in pages:
        nodes.append({
            "id": p.id, "url": p.url, "title": p.title, "depth": p.depth, "kind": p.kind,
            "score": p.score, "theme": dominant_theme(p.themes, theme_order),
            "seed": p.depth == 0, "error": is_error(p),
        })
        parent = p.found_on
        if parent:
            if parent in ids and parent != p.url:
                edges.append({"from": ids[parent], "to": p.id})
            else:
                dangling += 1
    return {"nodes": nodes, "edges": edges, "dangling": dangling}
