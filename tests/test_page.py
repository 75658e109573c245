"""The page record (scan.page.Page): one declaration, JSON round trip, CSL item."""

from __future__ import annotations

import dataclasses
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from scan.page import KINDS, Page, page_id

text = st.text(min_size=1, max_size=20)
names = st.one_of(st.fixed_dictionaries({"family": text, "given": text}), st.fixed_dictionaries({"literal": text}))
pages = st.builds(
    Page, url=st.just("https://blog.example.org/p"), status=st.one_of(st.none(), st.integers(100, 599)),
    depth=st.integers(0, 9), title=st.one_of(st.none(), text), authors=st.lists(names, max_size=3).map(tuple),
    date=st.one_of(st.none(), st.just("2013-02-25")), kind=st.sampled_from(KINDS), volume=st.one_of(st.none(), text),
    redirects=st.lists(text, max_size=2).map(tuple), truncated=st.booleans(), words=st.integers(0, 10_000),
    hits=st.dictionaries(text, st.integers(1, 50), max_size=3),
    zones=st.dictionaries(text, st.tuples(st.integers(0, 3), st.integers(0, 3), st.integers(1, 9)), max_size=3),
    score=st.floats(0, 100), links=st.lists(text, max_size=3).map(tuple))


@settings(max_examples=150)
@given(pages)
def test_json_round_trip(page):
    assert Page.from_json(page.to_json()) == page


def test_stored_pages_have_no_private_keys():
    p = Page("https://b.example/x", status=200, title="T", links=("https://b.example/y",))
    assert not [k for k in p.to_json() if k.startswith("_")]
    assert not [k for k in p.public() if k.startswith("_")]
    assert set(p.public()) == {"id"} | {f.name for f in dataclasses.fields(Page)} - {"terms"}


def test_older_scans_load():
    old = {"id": "p1", "url": "https://b.example/x", "status": 200, "title": "T", "score": 34.9,
           "hits": {"mentor": 1}, "themes": {"M": 1}, "links": ["https://b.example/y"], "n_links": 3}
    p = Page.from_json(old)
    assert (p.title, p.hits, p.links, p.kind, p.zones) == ("T", {"mentor": 1}, ("https://b.example/y",), None, {})


def test_id_and_csl():
    p = Page("https://blog.example.org/2013/02/25/find-a-mentor/", status=200, title="How to find a mentor",
             authors=({"family": "Barr", "given": "Jane"},), date="2013-02-25", site="Journal of Mentoring",
             type="article-journal", volume="3", issue="1", page_range="1-12", doi="10.5555/x",
             canonical_url="https://blog.example.org/find-a-mentor/", fetched_at="2024-05-01T10:00:00+00:00")
    assert p.id == page_id(p.url) == "p125f0910"
    item = p.to_csl()
    assert item == {"type": "article-journal", "title": "How to find a mentor", "container-title": "Journal of Mentoring",
                    "volume": "3", "issue": "1", "page": "1-12", "DOI": "10.5555/x",
                    "author": [{"family": "Barr", "given": "Jane"}], "issued": {"date-parts": [[2013, 2, 25]]},
                    "URL": "https://blog.example.org/find-a-mentor/", "accessed": {"date-parts": [[2024, 5, 1]]}}
    assert p.to_csl(date(2025, 1, 2))["accessed"] == {"date-parts": [[2025, 1, 2]]}
