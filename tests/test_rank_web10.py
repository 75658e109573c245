"""The tenth labelled web (tests/labelled_web10.py), held out: it serves
what it labels, has every kind and grade, and every labelled page is
reachable from the seeds within depth 3 by the links a polite crawler
follows (checked here without scan, by a breadth-first walk of the pages'
``<a href>`` links that are not ``rel="nofollow"``). Its labels were
committed before its pages were built, and nothing of scan ran on it while
it was built. Its one held-out measure (``bench/bench_ranking.py --web 10
--detail``, main b079cfd, after every fix of the session that built it):
scan found 109 of 112 pages, NDCG@10 0.964, no non-work in the top 10,
``cite --min-score 60`` 19 pages, precision 0.895, recall 0.654 (0.682
leaving out the relevant PDFs scan does not read), kinds 97 of 112;
trafilatura + BM25 NDCG@10 0.538 with 3 non-works in the top 10. No
acceptance bar is asserted here."""

from __future__ import annotations

from collections import Counter, deque
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin

from tests.labelled_text10 import OTHER, WORKS
from tests.labelled_web import CITABLE, served_wrongly
from tests.labelled_web10 import HOSTS, START, LabelledWeb10


def _docs():
    def url(host, path):
        return f"http://{host}:8000{path}"
    return {url(d.host, d.path): d for d in LabelledWeb10.build(url)}, url


class _Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.title = False
        self._in_title = False
        self.title_text = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href") and "nofollow" not in (a.get("rel") or "").split():
            self.hrefs.append(a["href"])
        if tag == "title":
            self.title, self._in_title = True, True

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title_text += data


def _parse(body: bytes) -> _Links:
    p = _Links()
    p.feed(body.decode("utf-8"))
    p.close()
    return p


def _depths() -> dict[str, int]:
    docs, url = _docs()
    seeds = [url(h, START.get(h, "/")) for h in HOSTS]
    depth = {s: 0 for s in seeds if s in docs}
    todo = deque(depth)
    while todo:
        u = todo.popleft()
        d = docs[u]
        if depth[u] >= 3 or not d.content_type.startswith("text/html") or d.status != 200:
            continue
        for href in _parse(d.body).hrefs:
            target = urldefrag(urljoin(u, href))[0]
            if target in docs and target not in depth:
                depth[target] = depth[u] + 1
                todo.append(target)
    return depth


def test_the_seeds_are_labelled_pages():
    docs, url = _docs()
    assert [h for h in HOSTS if url(h, START.get(h, "/")) not in docs] == []


def test_every_labelled_page_is_reachable_within_depth_3():
    docs, _ = _docs()
    depth = _depths()
    assert sorted(u for u in docs if u not in depth) == []
    assert max(depth.values()) <= 3


def test_every_followed_link_on_the_web_leads_to_a_labelled_page():
    docs, _ = _docs()
    stray = set()
    for u, d in docs.items():
        if d.content_type.startswith("text/html"):
            for href in _parse(d.body).hrefs:
                target = urldefrag(urljoin(u, href))[0]
                host = target.split("/")[2].split(":")[0] if "://" in target else ""
                if host in HOSTS and target not in docs:
                    stray.add(f"{u} -> {target}")
    assert sorted(stray) == []


def test_every_html_page_parses_with_a_title():
    docs, _ = _docs()
    for u, d in docs.items():
        if d.content_type.startswith("text/html"):
            p = _parse(d.body)
            assert p.title and p.title_text.strip(), u
        else:
            assert d.content_type == "application/pdf", u
            assert d.body.startswith(b"%PDF-") and d.body.rstrip().endswith(b"%%EOF"), u


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


def test_the_web_serves_what_it_labels():
    with LabelledWeb10() as web:
        assert served_wrongly(web) == []
        assert len(web.labels) == len(web.docs)
        assert sorted(web.seeds) == sorted(web.url(h, START.get(h, "/")) for h in HOSTS)
