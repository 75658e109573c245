"""Blog post pages in real templates' markup (tests/templates: Blogger's Contempo and Simple, WordPress's
Twenty Twelve to Twenty Twenty-Four, Ghost's Casper, Hugo's PaperMod and Ananke, Jekyll's minima,
Substack, Medium, Squarespace): the post's title (not the blog's), authors, date, site name and main
text (without comments or other posts' teasers)."""

from __future__ import annotations

import pytest

from scan.extract import analyse
from scan.keywords import Matcher, Topic
from tests.templates import ALL, COMMENT, RELATED, TEXT_WORDS

TEMPLATES = [make() for make in ALL]


@pytest.mark.parametrize("t", TEMPLATES, ids=[t.name for t in TEMPLATES])
def test_template_metadata_and_main_text(t):
    a = analyse(t.html, t.url, matcher=Matcher(Topic.default()), keep_text=True)
    p = a.page
    assert p.title == t.title
    assert [(n.get("given"), n.get("family")) for n in p.authors] == list(t.authors)
    assert p.date == t.date
    assert p.site == t.site
    assert all(w in a.main_text for w in TEXT_WORDS), a.main_text[:300]
    assert COMMENT not in a.main_text and not any(r in a.main_text for r in RELATED)
    assert p.kind == "article" and p.words >= 80 and sum(p.hits.values()) >= 5
