"""Labelled web 6 (tests/labelled_web6.py), held out: what it serves, that it
has every kind and grade, and that every labelled page is reachable from
the seeds within depth 3 by following ``<a href>`` links (checked here
without scan, by a breadth-first walk over the pages' own markup).

Labels committed before scan first ran on it; its one held-out measure
(``bench/bench_ranking.py --web 6 --detail``, main 4c94f7b, after the fixes
from webs 1-5): scan found 120 of 122 pages (two off-topic threads behind an
off-topic listing are not followed), NDCG@10 0.897, no non-work in the top
10, ``cite --min-score 60`` 14 pages, precision 0.929, recall 0.520 (0.565
leaving out the two PDFs scan does not read), kinds 102 of 122; trafilatura
+ BM25 NDCG@10 0.528 with 5 non-works in the top 10. Tuned on since.
"""

from __future__ import annotations

import http.client
from collections import Counter
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest

from tests.labelled_web import CITABLE, crawl_web
from tests.labelled_web6 import LabelledWeb6, build

KINDS = {"article", "journal-article", "post", "document", "home", "about", "contact", "category", "tag", "search",
         "listing", "profile", "error"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def url(host: str, path: str) -> str:
    return f"http://{host}:8000{path}"


DOCS = build(url)
LABELS = {url(d.host, d.path): d for d in DOCS}
SEEDS = [url(h, LabelledWeb6.START.get(h, "/")) for h in LabelledWeb6.HOSTS]


class Page(HTMLParser):
    """The links, title and tag balance of one HTML page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.title = ""
        self.stack: list[str] = []
        self.errors: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs += [v for k, v in attrs if k == "href" and v]
        if tag == "title":
            self._in_title = True
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        if tag == "a":
            self.hrefs += [v for k, v in attrs if k == "href" and v]

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            if tag in self.stack:
                while self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def parsed(doc) -> Page:
    p = Page()
    p.feed(doc.body.decode("utf-8"))
    p.close()
    return p


def links(page_url: str, doc) -> list[str]:
    return [urldefrag(urljoin(page_url, h))[0] for h in parsed(doc).hrefs]


def reached(depth: int = 3) -> dict[str, int]:
    """Labelled URLs reached from the seeds by following links between labelled pages, with their depth."""
    seen = {s: 0 for s in SEEDS if s in LABELS}
    frontier = list(seen)
    for d in range(1, depth + 1):
        nxt = []
        for u in frontier:
            doc = LABELS[u]
            if not doc.content_type.startswith("text/html") or doc.status != 200:
                continue
            for v in links(u, doc):
                if v in LABELS and v not in seen:
                    seen[v] = d
                    nxt.append(v)
        frontier = nxt
    return seen


def test_every_labelled_page_is_reachable_within_depth_3():
    got = reached(3)
    assert set(SEEDS) <= set(LABELS)
    missing = sorted(set(LABELS) - set(got))
    assert not missing, missing


def test_every_html_page_parses_with_a_title_and_balanced_markup():
    for u, doc in LABELS.items():
        if not doc.content_type.startswith("text/html"):
            assert doc.body.startswith(b"%PDF-1.4") and doc.body.rstrip().endswith(b"%%EOF"), u
            continue
        p = parsed(doc)
        assert p.title.strip(), u
        assert not p.errors, (u, p.errors[:3])
        assert p.stack == [], (u, p.stack)


def test_every_kind_and_grade_is_there():
    kinds = Counter(d.kind for d in DOCS)
    assert set(kinds) == KINDS, set(kinds) ^ KINDS
    assert len(DOCS) >= 90 and len({d.host for d in DOCS}) == 10
    works = [d for d in DOCS if d.kind in CITABLE]
    assert {d.grade for d in works} == {0, 1, 2, 3}
    relevant = [d for d in works if d.grade >= 2]
    assert 20 <= len(relevant) <= 26, len(relevant)
    assert sum(1 for d in relevant if d.kind == "document") <= 2
    assert all(d.grade == 0 for d in DOCS if d.kind not in CITABLE)
    assert {d.status for d in DOCS if d.kind == "error"} == {200, 404}
    assert all(d.status == 200 for d in DOCS if d.kind != "error")
    for kind in ("home", "about", "category", "tag", "search", "listing", "profile"):
        assert kinds[kind] >= 2, kind


def test_the_web_serves_what_it_labels():
    with LabelledWeb6() as web:
        assert len(web.labels) == len(DOCS)
        assert web.seeds[0].startswith("http://stacks.example:")
        assert {w.host for w in web.webs.values()} == {f"127.0.0.{160 + n}" for n in range(10)}
        for d in web.docs:
            address = web.webs[d.host].host
            conn = http.client.HTTPConnection(address, web.port, timeout=10)
            try:
                conn.request("GET", d.path, headers={"Host": f"{d.host}:{web.port}"})
                r = conn.getresponse()
                body = r.read()
            finally:
                conn.close()
            assert (r.status, r.getheader("Content-Type"), body) == (d.status, d.content_type, d.body), d.path
            assert web.labels[web.url(d.host, d.path)].kind == d.kind
        for u, lab in web.labels.items():
            assert urlsplit(u).port == web.port and lab.kind in KINDS


def test_scan_finds_every_labelled_page_but_off_topic_threads_behind_an_off_topic_listing(tmp_path):
    """Two grade-0 threads are linked only from the subreddit's second page, whose teasers are off the
    topic, and from a user's page: `scan crawl --follow relevant` (the default) does not follow an off-topic
    listing's links, as DESIGN.md says."""
    with LabelledWeb6() as web:
        _, pages = crawl_web(web, tmp_path)
        found = {p["url"] for p in pages}
        missing = sorted(u for u in web.labels if u not in found)
        assert all("/comments/" in u and web.labels[u].grade == 0 for u in missing), missing
        assert len(missing) <= 2, missing
