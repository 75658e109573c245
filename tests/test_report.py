"""scan report: the report data from hand-built page records, its text and
HTML renderings, the graph layout, and the command on a real crawl state."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import pytest

from scan.crawl.state import CrawlState
from scan.page import Page, page_id
from scan.keywords import Topic
from scan.report.data import build_report, dominant_theme, host_of, is_error
from scan.report.graph import layout, radius
from scan.report.html import CSP, SORT_SCRIPT, render_html
from scan.report.text import render_text

SEED = "https://blog.example.org/find-a-mentor/"
PEER = "https://blog.example.org/peer/"
OFF = "https://other.example.net:8443/unrelated"
DEAD = "https://other.example.net:8443/dead"
EVIL = "https://third.example.com/evil"
EVIL_TITLE = ("</script><script>document.title='pwned';document.body.setAttribute('data-pwned','1')</script>"
              "<img src=x onerror=\"document.title='pwned2'\">")

TOPIC = Topic(("mentor", "peer mentoring", "Twitter", "blog", "webinar"),
              {"Mentoring": ("mentor", "mentoring"), "Peer mentoring": ("peer mentoring",),
               "Platforms": ("Twitter", "blog", "webinar"), "Unused": ("telementoring",)})


def page(url, depth, found_on, title, score, hits, themes, status=200, error=None, kind=None) -> Page:
    return Page(url, final_url=url, status=status, depth=depth, found_on=found_on, title=title, type="webpage",
                hits=hits, themes=themes, score=score, error=error,
                kind=kind or ("error" if error else "article"))


def make_pages() -> list[Page]:
    """Five pages over three hosts, depth 0-2, one dead, one with a hostile title."""
    return [
        page(SEED, 0, None, "How to find a mentor", 80.5, {"mentor": 10, "Twitter": 3},
             {"Mentoring": 10, "Platforms": 3}),
        page(PEER, 1, SEED, "Peer mentoring for librarians", 60.0, {"peer mentoring": 5, "mentor": 2},
             {"Peer mentoring": 5, "Mentoring": 2}),
        page(OFF, 1, SEED, "Unrelated", 0.0, {}, {}),
        page(DEAD, 2, PEER, None, 0.0, {}, {}, status=404, error="HTTP 404"),
        page(EVIL, 2, PEER, EVIL_TITLE, 30.0, {"blog": 4}, {"Platforms": 4}),
    ]


def write_state(db: Path, pages: list[Page]) -> None:
    """A crawl state on disk, written by the crawler's own state code."""
    state = CrawlState(db)
    state.start_new({"seeds": [p.url for p in pages if p.depth == 0]})
    for p in pages:
        state.record(p, [])
    state.close()


# --- data -----------------------------------------------------------------------------


@pytest.fixture
def report() -> dict:
    return build_report(make_pages(), TOPIC, top=3)


def test_summary(report):
    assert report["summary"] == {
        "pages": 5, "errors": 1, "hosts": 3, "seeds": 1, "max_depth": 2,
        "themes": ["Mentoring", "Peer mentoring", "Platforms", "Unused"],
        "keywords": ["mentor", "peer mentoring", "Twitter", "blog", "webinar", "mentoring", "telementoring"],
        "kinds": ["article", "journal-article", "post", "document"], "works": 4,
        "by_kind": {"article": 4, "error": 1},
    }


def test_themes_count_pages_hits_keywords_and_carriers(report):
    rows = {t["theme"]: t for t in report["themes"]}
    assert [t["theme"] for t in report["themes"]] == ["Mentoring", "Platforms", "Peer mentoring", "Unused"]
    assert rows["Mentoring"] == {
        "theme": "Mentoring", "pages": 2, "hits": 12,
        "top_keywords": [{"keyword": "mentor", "hits": 12}],
        "carried_by": [{"id": page_id(SEED), "hits": 10}, {"id": page_id(PEER), "hits": 2}],
    }
    assert rows["Platforms"]["top_keywords"] == [{"keyword": "blog", "hits": 4}, {"keyword": "Twitter", "hits": 3}]
    assert rows["Platforms"]["carried_by"] == [{"id": page_id(EVIL), "hits": 4}, {"id": page_id(SEED), "hits": 3}]
    assert rows["Unused"] == {"theme": "Unused", "pages": 0, "hits": 0, "top_keywords": [], "carried_by": []}


def test_a_theme_on_pages_but_no_longer_in_the_topic_still_has_a_row():
    pages = [page(SEED, 0, None, "x", 10.0, {"preprint": 2}, {"Open science": 2})]
    rows = build_report(pages, TOPIC)["themes"]
    assert rows[0] == {"theme": "Open science", "pages": 1, "hits": 2, "top_keywords": [],
                       "carried_by": [{"id": page_id(SEED), "hits": 2}]}


def test_keywords_list_every_topic_keyword_with_its_themes(report):
    rows = {k["keyword"]: k for k in report["keywords"]}
    assert report["keywords"][0] == {"keyword": "mentor", "pages": 2, "hits": 12, "themes": ["Mentoring"]}
    assert rows["webinar"] == {"keyword": "webinar", "pages": 0, "hits": 0, "themes": ["Platforms"]}
    assert rows["telementoring"]["themes"] == ["Unused"]
    assert len(rows) == 7


def test_without_a_topic_only_what_pages_have():
    r = build_report(make_pages(), None)
    assert {t["theme"] for t in r["themes"]} == {"Mentoring", "Peer mentoring", "Platforms"}
    assert all(t["top_keywords"] == [] for t in r["themes"])
    assert {k["keyword"] for k in r["keywords"]} == {"mentor", "Twitter", "peer mentoring", "blog"}


def test_top_pages_best_first(report):
    top = report["top_pages"]
    assert [p["id"] for p in top] == [page_id(SEED), page_id(PEER), page_id(EVIL)]
    assert top[0] == {"rank": 1, "id": page_id(SEED), "score": 80.5, "title": "How to find a mentor", "url": SEED,
                      "depth": 0, "status": 200, "host": "blog.example.org", "theme": "Mentoring",
                      "themes": {"Mentoring": 10, "Platforms": 3}, "error": None, "kind": "article",
                      "decision": None}
    assert build_report(make_pages(), TOPIC, top=0)["top_pages"] == []


def test_hosts_and_depths(report):
    assert report["hosts"] == [
        {"host": "blog.example.org", "pages": 2, "errors": 0, "best_score": 80.5},
        {"host": "other.example.net:8443", "pages": 2, "errors": 1, "best_score": 0.0},
        {"host": "third.example.com", "pages": 1, "errors": 0, "best_score": 30.0},
    ]
    assert report["depths"] == [
        {"depth": 0, "pages": 1, "errors": 0, "mean_score": 80.5},
        {"depth": 1, "pages": 2, "errors": 0, "mean_score": 30.0},
        {"depth": 2, "pages": 2, "errors": 1, "mean_score": 15.0},
    ]


def test_graph_has_one_node_per_page_and_found_on_edges(report):
    g = report["graph"]
    assert sorted(n["id"] for n in g["nodes"]) == sorted(page_id(p.url) for p in make_pages())
    assert sorted((e["from"], e["to"]) for e in g["edges"]) == sorted([
        (page_id(SEED), page_id(PEER)), (page_id(SEED), page_id(OFF)),
        (page_id(PEER), page_id(DEAD)), (page_id(PEER), page_id(EVIL))])
    seed = next(n for n in g["nodes"] if n["id"] == page_id(SEED))
    assert seed == {"id": page_id(SEED), "url": SEED, "title": "How to find a mentor", "depth": 0, "score": 80.5,
                    "theme": "Mentoring", "seed": True, "error": False, "kind": "article"}
    assert g["dangling"] == 0


def test_an_edge_from_a_page_not_stored_is_counted_not_drawn():
    pages = [page(SEED, 0, None, "a", 1.0, {}, {}), page(PEER, 1, "https://gone.example/", "b", 1.0, {}, {})]
    g = build_report(pages)["graph"]
    assert g["edges"] == [] and g["dangling"] == 1 and len(g["nodes"]) == 2


def test_no_pages_gives_an_empty_report():
    r = build_report([], TOPIC)
    assert r["summary"]["pages"] == 0 and r["summary"]["max_depth"] is None
    assert r["top_pages"] == [] and r["graph"] == {"nodes": [], "edges": [], "dangling": 0}
    assert all(t["pages"] == 0 for t in r["themes"])


def test_helpers():
    assert dominant_theme({"B": 3, "A": 3, "C": 1}, ["B", "A"]) == "B"
    assert dominant_theme({"B": 3, "A": 3}) == "A"
    assert dominant_theme({"A": 0}) is None
    assert host_of("https://User@Blog.Example.org:8443/x") == "blog.example.org:8443"
    assert is_error(Page("u", status=404)) and is_error(Page("u", status=None, error="refused"))
    assert is_error(Page("u", status=200, error="cut")) and not is_error(Page("u", status=200))


# --- layout ---------------------------------------------------------------------------


def test_layout_seeds_first_then_depth_by_depth(report):
    g = report["graph"]
    lay = layout(g["nodes"], g["edges"])
    pos = lay.positions
    assert len(pos) == 5 and lay.hidden == 0
    assert pos[page_id(SEED)].x < pos[page_id(PEER)].x < pos[page_id(EVIL)].x
    assert pos[page_id(PEER)].x == pos[page_id(OFF)].x
    assert pos[page_id(SEED)].r > pos[page_id(PEER)].r > pos[page_id(OFF)].r
    assert all(0 < p.x < lay.width and 0 < p.y < lay.height for p in pos.values())
    assert radius(0) == 4.0 and radius(100) == 12.0 and radius(250) == 12.0


def test_layout_of_a_large_scan_wraps_columns_and_caps_nodes():
    seed = {"id": "s", "depth": 0, "score": 50.0}
    kids = [{"id": f"k{i}", "depth": 1, "score": float(i % 100)} for i in range(5000)]
    edges = [{"from": "s", "to": k["id"]} for k in kids]
    lay = layout([seed, *kids], edges, max_nodes=3000, rows=40)
    assert len(lay.positions) == 3000 and lay.hidden == 2001 and "s" in lay.positions
    assert lay.height < 40 * 30 + 200          # wrapped into sub-columns, not one tall column
    points = {(p.x, p.y) for p in lay.positions.values()}
    assert len(points) == 3000                 # no two nodes on one spot


def test_layout_puts_children_in_their_parents_order():
    nodes = [{"id": "a", "depth": 0, "score": 9}, {"id": "b", "depth": 0, "score": 8},
             {"id": "b1", "depth": 1, "score": 7}, {"id": "a1", "depth": 1, "score": 1}]
    edges = [{"from": "a", "to": "a1"}, {"from": "b", "to": "b1"}]
    pos = layout(nodes, edges).positions
    assert pos["a"].y < pos["b"].y and pos["a1"].y < pos["b1"].y


# --- text -----------------------------------------------------------------------------


def test_text_report(report):
    text = render_text(report)
    assert text.startswith("Scan: 5 pages (1 with errors) from 1 seed(s), 3 host(s), depth 0-2.\n")
    assert "\ntheme           pages  hits  top keywords\nMentoring           2    12  mentor (12)\n" in text
    assert "Mentoring: {} (10), {} (2)".format(page_id(SEED), page_id(PEER)) in text
    assert "\nTwitter             1     3  Platforms\n(3 other keyword(s) of the topic have no hits; " in text
    assert "\nhost                    pages  errors  best score\nblog.example.org            2       0        80.5\n" in text
    tree = text.split("Link graph (which page led to which)\n")[1].splitlines()
    assert tree[0].startswith(page_id(SEED))
    assert tree[1].startswith(f"  - {page_id(PEER)}")
    assert tree[2].startswith(f"    - {page_id(EVIL)}")
    assert any(line.startswith(f"    - {page_id(DEAD)}   0.0 !") for line in tree)


def test_text_has_no_control_characters_from_pages():
    pages = [page(SEED, 0, None, "Bad\x1b[31mred\x07\nline", 5.0, {}, {})]
    text = render_text(build_report(pages))
    assert "\x1b" not in text and "\x07" not in text
    assert "Bad [31mred line" in text


# --- HTML (as text; tests/test_report_browser.py opens it in Chromium) ----------------


def test_html_escapes_everything_from_pages(report):
    doc = render_html(report)
    assert "<img" not in doc
    assert doc.count("<script>") == 1 and doc.count("</script>") == 1
    assert "&lt;/script&gt;&lt;script&gt;document.title=&#x27;pwned&#x27;" in doc
    assert "onerror=&quot;document.title=&#x27;pwned2&#x27;&quot;" in doc


def test_html_escapes_attributes():
    url = 'https://x.example/"><script>alert(1)</script>'
    doc = render_html(build_report([page(url, 0, None, "t", 1.0, {}, {})]))
    assert '"><script>' not in doc
    assert 'href="https://x.example/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in doc


def test_html_links_only_http_urls():
    doc = render_html(build_report([page("javascript:alert(1)", 0, None, "t", 1.0, {}, {})]))
    assert 'href="javascript' not in doc


def test_html_csp_names_the_scripts_hash():
    digest = base64.b64encode(hashlib.sha256(SORT_SCRIPT.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in CSP
    assert "default-src 'none'" in CSP and "unsafe-inline" not in CSP.split("script-src")[1]
    doc = render_html(build_report(make_pages()))
    assert f'content="{CSP.replace(chr(39), "&#x27;")}"' in doc
    assert f"<script>{SORT_SCRIPT}</script>" in doc


def test_html_graph_has_one_node_per_page_and_a_legend(report):
    doc = render_html(report)
    assert len(re.findall(r'<circle class="node', doc)) == 5
    assert doc.count('class="node seed"') == 1 and doc.count("node error") == 1
    for theme in ("Mentoring", "Peer mentoring", "Platforms", "no theme", "could not be fetched"):
        assert f"</span>{theme}</li>" in doc
    assert "</span>Unused</li>" not in doc


def test_html_without_pages_says_there_is_no_scan():
    doc = render_html(build_report([], TOPIC))
    assert "No scan yet" in doc and "<svg" not in doc


def test_html_of_a_large_scan_says_what_is_not_drawn():
    pages = [page(SEED, 0, None, "s", 50.0, {}, {})]
    pages += [page(f"https://h{i % 50}.example/{i}", 1, SEED, f"t{i}", float(i % 100), {}, {}) for i in range(3200)]
    doc = render_html(build_report(pages))
    assert len(re.findall(r'<circle class="node', doc)) == 3000
    assert "201 more pages are not drawn" in doc


# --- the command ----------------------------------------------------------------------


def test_cli_json(scan_cli, tmp_path):
    write_state(tmp_path / "db", make_pages())
    r = scan_cli("report", "--json", "--top", "2")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert set(data) == {"summary", "themes", "keywords", "top_pages", "hosts", "depths", "graph", "prisma"}
    assert data["summary"]["pages"] == 5 and len(data["top_pages"]) == 2
    assert len(data["graph"]["nodes"]) == 5 and len(data["graph"]["edges"]) == 4
    # No scan.toml: the built-in topic, so its themes have rows even without hits.
    assert {"Peer mentoring", "Finding a mentor"} <= {t["theme"] for t in data["themes"]}


def test_cli_text(scan_cli, tmp_path):
    write_state(tmp_path / "db", make_pages())
    r = scan_cli("report")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Scan: 5 pages (1 with errors) from 1 seed(s), 3 host(s), depth 0-2.\n")
    for heading in ("\nThemes\n", "\nKeywords\n", "\nTop pages (4 of 4 of the kinds one cites)\n", "\nHosts\n",
                    "\nDepth\n", "\nScreening (PRISMA 2020 flow of the scan)\n",
                    "\nLink graph (which page led to which)\n"):
        assert heading in r.stdout
    assert r.stderr == ""


def test_cli_html_is_written(scan_cli, tmp_path):
    write_state(tmp_path / "db", make_pages())
    r = scan_cli("report", "--html", "out/report.html")
    assert r.returncode == 0, r.stderr
    assert r.stderr == "Wrote out/report.html.\n"
    doc = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert doc.startswith("<!DOCTYPE html>") and len(re.findall(r'<circle class="node', doc)) == 5
    assert not list((tmp_path / "out").glob(".*.tmp"))


def test_cli_reads_a_scan_still_in_the_journal(scan_cli, tmp_path):
    state = CrawlState(tmp_path / "db")
    state.start_new({"seeds": [SEED]})
    for p in make_pages()[:2]:
        state.record(p, [])      # no checkpoint: as a crawl in progress (or killed) leaves it
    r = scan_cli("report", "--json")
    assert json.loads(r.stdout)["summary"]["pages"] == 2


def test_cli_without_a_scan(scan_cli, tmp_path):
    r = scan_cli("report")
    assert (r.returncode, r.stdout) == (0, "")
    assert r.stderr == "No scan yet in db: run `scan crawl SEED...` first.\n"
    r = scan_cli("report", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["summary"]["pages"] == 0


def test_cli_bad_top(scan_cli, tmp_path):
    r = scan_cli("report", "--top", "-1")
    assert r.returncode == 2
    assert r.stderr == "scan: error: --top takes a number of pages, 0 or more, not -1\n"


def test_html_lists_every_page_folded_below_the_top_ones(scan_cli, tmp_path):
    write_state(tmp_path / "db", make_pages())
    r = scan_cli("report", "--top", "2", "--html", "report.html")
    assert r.returncode == 0, r.stderr
    doc = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<h2>Top pages (2 of 4)</h2>" in doc          # of the works: the dead page is not one
    folded = doc[doc.index('<details id="all-pages"><summary>All 5 pages</summary>'):doc.index("</details>")]
    assert folded.count("<tr>") == 6  # a header and every page
    # The JSON report is unchanged by it.
    assert "pages" not in json.loads(scan_cli("report", "--json", "--top", "2").stdout)


def test_cli_html_into_a_folder_is_exit_2(scan_cli, tmp_path):
    write_state(tmp_path / "db", make_pages())
    (tmp_path / "out").mkdir()
    r = scan_cli("report", "--html", "out")
    assert r.returncode == 2
    assert r.stderr == "scan: error: out: it is a folder; give a file name\n"
