"""The built-in topic's learned model (scan.topic_model) and how the ranking blends it with the keywords."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from scan.keywords import Topic
from scan.page import Page
from scan.rank import DEFAULT, blend, keyword_score, queries_of, rank, weights_for
from scan.topic_model import MODEL_PATH, learn, load, model_for


def _page(url: str, title: str, terms: dict, **kw) -> Page:
    return Page(url, status=200, kind=kw.pop("kind", "article"), title=title, terms=terms, words=kw.pop("words", 300),
                **kw)


def test_only_the_built_in_topic_has_a_model():
    assert model_for(Topic.default()) is not None
    assert model_for(Topic.from_config(None, None)) is not None       # a scan.toml that changes nothing
    assert model_for(Topic.default().with_keywords(["mentor", "twitter"])) is None
    assert model_for(Topic.from_config(["open access", "preprint"], {"Open science": ["preprint"]})) is None
    assert model_for(None) is None


def test_a_topic_of_ones_own_is_ranked_by_its_keywords_alone():
    topic = Topic.from_config(["soup"], {})
    pages = [_page(f"http://a.example/{n}", f"Soup {n}", {"soup": n + 1, "recipe": 2},
                   zones={"soup": (1, 0, n)}, topic_words=200) for n in range(5)]
    weights, queries = weights_for(pages), queries_of(topic)
    assert [p.score for p in rank(pages, topic)] == sorted(
        (round(keyword_score(p, queries, weights), 1) for p in pages), reverse=True)
    # and the built-in topic, ranked without its model, is ranked the same way
    default = rank(pages, Topic.default(), learned=False)
    assert all(p.score == round(keyword_score(p, queries_of(Topic.default()), weights), 1) for p in default)


def test_the_probability_is_the_pages_own_whatever_else_the_scan_holds():
    model = model_for(Topic.default())
    page = _page("http://a.example/p", "What my mentor gave me", {"mentor": 3, "coffee": 1, "librarian": 2})
    alone = model.probability(page)
    assert 0.0 < alone < 1.0
    others = [_page(f"http://b.example/{n}", "Soup", {"soup": 5}) for n in range(50)]
    ranked = {p.url: p.score for p in rank([page, *others], Topic.default())}
    assert ranked[page.url] == {p.url: p.score for p in rank([page], Topic.default())}[page.url]


def test_the_model_reads_words_the_keywords_miss():
    """Pages without a keyword of the topic differ by what the model learned: it is not a constant."""
    model = model_for(Topic.default())
    probs = {model.probability(_page("http://a.example/x", title, terms)) for title, terms in (
        ("Soup of the day", {"soup": 4, "onion": 2, "recipe": 3}),
        ("A letter to my first supervisor", {"supervisor": 2, "conference": 1, "reading": 1, "room": 1}),
        ("", {}))}
    assert len(probs) == 3


@given(st.floats(0, 100), st.floats(0, 1), st.sampled_from([0.0, 0.4, 1.0]))
def test_the_blend_stays_on_the_scale_and_rises_with_both_parts(keywords, probability, factor):
    score = blend(keywords, probability, factor)
    assert 0.0 <= score <= 100.0
    assert blend(min(100.0, keywords + 5), probability, factor) >= score
    assert blend(keywords, min(1.0, probability + 0.05), factor) >= score


def test_the_blends_scale_keeps_60_for_a_page_about_the_topic():
    # a page whose keywords and model agree at 0.55 (as much on one side as the other) scores 60
    assert blend(55.0, 0.55, 1.0) == pytest.approx(60.0, abs=0.05)
    assert blend(100.0, 1.0, 1.0) == pytest.approx(100.0)
    assert blend(0.0, 0.0, 1.0) == 0.0
    # a page one does not cite keeps its kind's factor on the model's part
    assert blend(40.0, 1.0, DEFAULT.other_kinds) < blend(40.0, 1.0, 1.0)


def test_a_model_learns_from_examples_whatever_their_order():
    pages = [(_page(f"http://a.example/{n}", "Mentoring" if n % 2 else "Soup",
                    {"mentor": 3, "twitter": 1} if n % 2 else {"soup": 3, "onion": 1}), bool(n % 2)) for n in range(12)]
    a, b = learn(pages), learn(list(reversed(pages)))
    assert a.close_to(b, tolerance=0.0)
    about = _page("http://x.example/1", "Mentoring", {"mentor": 2})
    off = _page("http://x.example/2", "Soup", {"soup": 2})
    assert a.probability(about) > 0.5 > a.probability(off)


def test_the_written_model_reads_back_as_it_was(tmp_path):
    model = load(MODEL_PATH)
    path = tmp_path / "model.json"
    path.write_text(json.dumps(model.to_dict()), encoding="utf-8")
    assert load(path).close_to(model, tolerance=1e-6)


def test_the_shipped_model_is_what_the_labelled_webs_teach(tmp_path):
    """scan/data/topic_model.json is what bench/train_topic_model.py trains on the ten labelled webs'
    works, crawled as a user crawls them: anyone can make it again from the repository."""
    from scan.crawl.state import CrawlState
    from tests.labelled_web import crawl_web
    from tests.labelled_web2 import LabelledWeb2
    from tests.labelled_web3 import LabelledWeb3
    from tests.labelled_web4 import LabelledWeb4
    from tests.labelled_web5 import LabelledWeb5
    from tests.labelled_web6 import LabelledWeb6
    from tests.labelled_web7 import LabelledWeb7
    from tests.labelled_web8 import LabelledWeb8
    from tests.labelled_web9 import LabelledWeb9
    from tests.labelled_web10 import LabelledWeb10
    from tests.labelled_web import LabelledWeb

    read = ("article", "journal-article", "post")
    examples = []
    for n, web_class in enumerate((LabelledWeb, LabelledWeb2, LabelledWeb3, LabelledWeb4, LabelledWeb5,
                                   LabelledWeb6, LabelledWeb7, LabelledWeb8, LabelledWeb9, LabelledWeb10)):
        ws = tmp_path / f"web{n + 1}"
        ws.mkdir()
        with web_class() as web:
            crawl_web(web, ws)
            labels = web.labels
            pages = CrawlState(Path(ws) / "db").load().pages.values()
            examples += [(p, labels[p.url].grade >= 2) for p in pages
                         if p.url in labels and labels[p.url].kind in read and p.kind in read and p.fetched]
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["examples"] == len(examples)
    assert load(MODEL_PATH).close_to(learn(examples))
