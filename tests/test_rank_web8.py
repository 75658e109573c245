"""The eighth labelled web (tests/labelled_web8.py), held out: it serves
what it labels, has every kind and grade, and every labelled page is
reachable from the seeds within depth 3 by the links a polite crawler
follows (checked in tests/test_held_out_webs.py without scan, by a breadth-first walk of the pages'
``<a href>`` links that are not ``rel="nofollow"``). Its labels were
committed before anything ran on it. Its one held-out measure
(``bench/bench_ranking.py --web 8 --detail``, main b8a6b35, after every fix
of the session that built it): scan found 112 of 115 pages, NDCG@10 0.937,
no non-work in the top 10, ``cite --min-score 60`` 24 pages, precision
0.750, recall 0.720 (0.773 leaving out the relevant PDFs scan does not
read), kinds 89 of 115; trafilatura + BM25 NDCG@10 0.546 with 4 non-works
in the top 10. No acceptance bar is asserted here."""

from __future__ import annotations

from collections import Counter

from tests.labelled_text8 import OTHER, WORKS
from tests.labelled_web import CITABLE, built_docs, crawl_web
from tests.labelled_web8 import LabelledWeb8


def _docs():
    return built_docs(LabelledWeb8)


def test_the_pages_are_the_ones_labelled_before_the_web_was_built():
    docs, _ = _docs()
    by_place = {(d.host, d.path): d for d in docs.values()}
    for w in WORKS.values():
        d = by_place[(w.host, w.path)]
        assert (d.kind, d.grade) == (w.kind, w.grade), w.path
    for host, path, kind in OTHER:
        assert (by_place[(host, path)].kind, by_place[(host, path)].grade) == (kind, 0), path
    assert len(by_place) == len(WORKS) + len(OTHER) == len(docs)


def test_every_kind_and_grade_is_there():
    docs, _ = _docs()
    kinds = Counter(d.kind for d in docs.values())
    assert set(kinds) == {"article", "journal-article", "post", "document", "home", "about", "contact", "category",
                          "tag", "search", "listing", "profile", "error"}
    assert 100 <= len(docs) <= 140 and len({d.host for d in docs.values()}) == 10
    works = [d for d in docs.values() if d.kind in CITABLE]
    assert {d.grade for d in works} == {0, 1, 2, 3}
    assert 20 <= sum(d.grade >= 2 for d in works) <= 27
    assert all(d.grade == 0 for d in docs.values() if d.kind not in CITABLE)
    assert sum(1 for d in works if d.content_type == "application/pdf" and d.grade >= 2) <= 2
    errors = [d for d in docs.values() if d.kind == "error"]
    assert {d.status for d in errors} == {200, 404}  # a soft 404 and real ones
    assert all(d.status == 200 for d in docs.values() if d.kind != "error")


def test_scan_finds_every_page_about_the_topic(tmp_path):
    """`scan crawl --follow relevant` (the default) leaves out at most three pages, none of them about the
    topic (reached only through pages that do not carry it); every page of grade 2 or more is found."""
    with LabelledWeb8() as web:
        _, pages = crawl_web(web, tmp_path)
        found = {p["url"] for p in pages}
        missing = [u for u in web.labels if u not in found]
        assert [u for u in missing if web.labels[u].grade >= 2] == []
        assert len(missing) <= 3, missing
