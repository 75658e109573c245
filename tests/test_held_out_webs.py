"""The labelled webs built to be measured once (webs 7-10), as built, without
scan: each serves what it labels, its seeds are labelled pages, every
labelled page is reachable from the seeds within depth 3 by the links a
polite crawler follows (a breadth-first walk of ``<a href>`` links that are
not ``rel="nofollow"``), no followed link leads to an unlabelled page of its
hosts, and every page is what it claims (HTML with a title, a whole PDF, web
7's dataset CSV). Each web's own labels, counts and crawl are in
tests/test_rank_webN.py."""

from __future__ import annotations

import pytest

from tests.labelled_web import built_docs, link_depths, malformed, served_wrongly, stray_links
from tests.labelled_web7 import LabelledWeb7
from tests.labelled_web8 import LabelledWeb8
from tests.labelled_web9 import LabelledWeb9
from tests.labelled_web10 import LabelledWeb10

WEBS = [LabelledWeb7, LabelledWeb8, LabelledWeb9, LabelledWeb10]
IDS = ["web7", "web8", "web9", "web10"]
# content types a web serves besides HTML and PDF
OTHER_TYPES = {LabelledWeb7: ("text/csv",)}


@pytest.mark.parametrize("web", WEBS, ids=IDS)
def test_the_seeds_are_labelled_pages(web):
    docs, url = built_docs(web)
    assert [h for h in web.HOSTS if url(h, web.START.get(h, "/")) not in docs] == []


@pytest.mark.parametrize("web", WEBS, ids=IDS)
def test_every_labelled_page_is_reachable_within_depth_3(web):
    docs, _ = built_docs(web)
    depth = link_depths(web)
    assert sorted(u for u in docs if u not in depth) == []
    assert max(depth.values()) <= 3


@pytest.mark.parametrize("web", WEBS, ids=IDS)
def test_every_followed_link_on_the_web_leads_to_a_labelled_page(web):
    assert stray_links(web) == []


@pytest.mark.parametrize("web", WEBS, ids=IDS)
def test_every_page_is_what_it_claims(web):
    assert malformed(web, OTHER_TYPES.get(web, ())) == []


@pytest.mark.parametrize("web", WEBS, ids=IDS)
def test_the_web_serves_what_it_labels(web):
    with web() as served:
        assert served_wrongly(served) == []
        # "/" and "/?s=mentor" are two pages: tests.servers routes the whole path with its query first
        assert len(served.labels) == len(served.docs)
