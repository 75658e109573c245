"""The ranking on the held-out labelled web (tests/labelled_web2.py), as a
user runs it: ``scan crawl`` from each host's start page, ``scan pages``,
``scan cite --min-score 60``, over real loopback servers. Issue 13's
acceptance figures on a web the ranking was not tuned on: NDCG@10 >= 0.9, no
page that is not a work in the top 10, and what ``scan cite --min-score 60``
cites with precision >= 0.9 and recall >= 0.8; and every page of the right
kind.

Its first measure (labels committed before scan ran on it) was NDCG@10
0.698, 2 non-works in the top 10, precision 0.808, recall 0.875, kinds 77 of
84; the classes fixed since are tested on their own in tests/test_kinds.py,
tests/test_extract_content.py and tests/test_rank.py."""

from __future__ import annotations


import pytest

from scan.page import CITABLE_KINDS
from tests.labelled_web import crawled_web, measure
from tests.labelled_web2 import LabelledWeb2


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    ws = tmp_path_factory.mktemp("labelled2")
    with LabelledWeb2() as web:
        scan, pages, cited = crawled_web(web, ws)
        yield web, pages, cited


def test_every_labelled_page_is_found(crawled):
    web, pages, _ = crawled
    found = {p["url"] for p in pages}
    assert [u for u in web.labels if u not in found] == []


def test_acceptance_figures(crawled):
    web, pages, cited = crawled
    m = measure([p["url"] for p in pages], [c["target"] for c in cited], web.labels)
    assert m["ndcg@10"] >= 0.9, m
    assert m["not_works_in_top10"] == [], m
    assert m["precision"] >= 0.9 and m["recall"] >= 0.8, m


def test_kinds(crawled):
    web, pages, _ = crawled
    got = {p["url"]: p["kind"] for p in pages}
    wrong = {u: (got[u], lab.kind) for u, lab in web.labels.items() if got[u] != lab.kind}
    assert wrong == {}


def test_posts_about_the_topic_throughout_rank_above_posts_about_it_in_part(crawled):
    """The HTML works (the PDF and the Mastodon post are not read: see the report of issue 13)."""
    web, pages, _ = crawled
    score = {p["url"]: p["score"] for p in pages}

    def scores(grade):
        return sorted(score[u] for u, lab in web.labels.items()
                      if lab.grade == grade and lab.kind in ("article", "journal-article"))

    assert scores(3)[len(scores(3)) // 2] > max(scores(2))
    assert scores(2)[len(scores(2)) // 2] > sorted(scores(1))[-2]    # all but the one announcement
    not_works = [score[u] for u, lab in web.labels.items() if lab.kind not in CITABLE_KINDS]
    assert max(not_works) < 60


def test_cite_min_score_takes_only_works(crawled):
    web, _, cited = crawled
    assert cited and all(web.labels[c["target"]].kind in CITABLE_KINDS for c in cited)
