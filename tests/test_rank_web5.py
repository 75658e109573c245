"""The fifth labelled web (tests/labelled_web5.py), the held-out one: that it
serves what it labels and that ``scan crawl`` from its hosts' start pages
finds every labelled page.

The acceptance bars are not asserted here: web 5 is kept as a measure, not
a test to tune against. Its labels were committed before scan first ran on
it; its first figures are recorded here and in the commit that wired
``--web 5`` into ``bench/bench_ranking.py``.

First figures (labels committed in 97fc226, 7db4ccb before the rebase, before scan first ran on it;
scan as of main 05487a4; ``bench/bench_ranking.py --web 5 --detail``):
99 of 99 labelled pages found on 10 hosts; NDCG@10 0.872 (bar 0.9), no
non-work in the top 10; ``cite --min-score 60`` cites 20, precision 0.900
(bar 0.9) and recall 0.692 (bar 0.8: 8 of 26 relevant pages missed, three of
them the PDFs, which score 0); kinds 86 of 99. The peer (trafilatura's text
ranked by BM25): NDCG@10 0.507, 4 non-works in its top 10. Screening (52
works, 26 relevant): 48 pages screened before the last relevant one by the
model, 52 by score (median of 10 starts)."""

from __future__ import annotations

import pytest

from tests.labelled_web import CITABLE, crawl_web, served_wrongly
from tests.labelled_web5 import HOSTS, LabelledWeb5


@pytest.fixture(scope="module")
def web():
    with LabelledWeb5() as w:
        yield w


def test_every_labelled_page_is_served_as_written(web):
    """Each host answers on its own loopback address with the page's body and status (a real 404 included)."""
    assert len(web.labels) >= 90 and len(web.webs) == len(HOSTS) == 10
    assert served_wrongly(web) == []


def test_every_kind_and_grade_is_there(web):
    kinds = {lab.kind for lab in web.labels.values()}
    assert kinds == {"article", "journal-article", "post", "document", "home", "about", "contact", "category", "tag",
                     "search", "listing", "profile", "error"}
    works = [lab for lab in web.labels.values() if lab.kind in CITABLE]
    assert {lab.grade for lab in works} == {0, 1, 2, 3}
    assert 20 <= sum(1 for lab in works if lab.grade >= 2) <= 30
    assert {d.status for d in web.docs} == {200, 404}
    soft = [d for d in web.docs if d.kind == "error" and d.status == 200]
    assert len(soft) == 1


def test_scan_finds_every_labelled_page(web, tmp_path):
    _, pages = crawl_web(web, tmp_path)
    found = {p["url"] for p in pages}
    assert [u for u in web.labels if u not in found] == []
