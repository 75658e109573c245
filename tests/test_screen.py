"""Screening (scan.screen and ``scan screen``): decisions, reasons, the model,
the walk's order, the PRISMA flow, and the command on a real crawl state."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scan.crawl.state import CrawlState
from scan.page import Page
from scan.screen.decisions import DEFAULT_REASONS, decide, decision_for, match_reason, undo
from scan.screen.model import PRIOR, featurise, train
from scan.screen.prisma import is_hashtag_url, prisma_flow
from scan.screen.walk import prioritise, summary, to_screen

AT = "2024-05-01T10:00:00+00:00"


def art(n: int, terms: dict, score: float = 50.0, kind: str = "article", **kw) -> Page:
    return Page(f"http://b.example/{n}", status=200, kind=kind, title=f"Page {n}", terms=terms, score=score,
                zones={"mentor": (0, 0, 1)}, **kw)


# --- decisions and reasons -------------------------------------------------------------------


def test_reasons_by_words_number_or_prefix():
    assert match_reason("Not about the topic", DEFAULT_REASONS) == "not about the topic"
    assert match_reason("2", DEFAULT_REASONS) == DEFAULT_REASONS[1]
    assert match_reason("dup", DEFAULT_REASONS) == "duplicate of another page"
    assert match_reason("not", DEFAULT_REASONS) is None          # two reasons start so
    assert match_reason("9", DEFAULT_REASONS) is None and match_reason("", DEFAULT_REASONS) is None


def test_decide_undo_and_lookup_by_final_or_canonical_url():
    d = decide({}, "http://b.example/1", "include", None, AT)
    d = decide(d, "http://b.example/2", "exclude", "duplicate of another page", AT)
    d = decide(d, "http://b.example/1", "exclude", "not about the topic", AT)     # changed: screened again
    assert [(x.url, x.decision, x.seq) for x in sorted(d.values(), key=lambda x: x.seq)] == [
        ("http://b.example/2", "exclude", 2), ("http://b.example/1", "exclude", 3)]
    moved = Page("http://b.example/old", final_url="http://b.example/2")
    assert decision_for(moved, d).reason == "duplicate of another page"
    d2, last = undo(d)
    assert last.url == "http://b.example/1" and set(d2) == {"http://b.example/2"}
    with pytest.raises(ValueError):
        decide({}, "u", "maybe", None, AT)


# --- the model --------------------------------------------------------------------------------


def test_tfidf_vectors_have_length_one_and_weigh_rare_words_more():
    pages = [art(1, {"mentor": 3, "library": 1}), art(2, {"library": 2, "soup": 1}), art(3, {"library": 1})]
    xs = featurise(pages)
    for x in xs:
        assert sum(v * v for t, v in x.items() if not t.startswith(" ")) == pytest.approx(1.0)
        assert x[PRIOR] == 0.0 and x[" kind:article"] == 1.0       # the ranking's judgement (50: even odds), the kind
    assert featurise([art(4, {"a": 1}, score=90.0)])[0][PRIOR] == pytest.approx(2.0)
    assert xs[0]["mentor"] > xs[0]["library"]


def test_the_model_learns_which_words_make_an_include():
    on = [art(n, {"mentor": 3, "twitter": 2, "library": 1, f"w{n}": 1}) for n in range(6)]
    off = [art(10 + n, {"soup": 3, "recipe": 2, "library": 1, f"w{n}": 1}) for n in range(6)]
    xs = featurise(on + off)
    model = train(xs[:3] + xs[6:9], [1, 1, 1, 0, 0, 0])
    assert all(model.probability(x) > 0.5 for x in xs[3:6])
    assert all(model.probability(x) < 0.5 for x in xs[9:12])
    with pytest.raises(ValueError):
        train(xs[:2], [1, 1])


def test_the_model_agrees_with_scikit_learn():
    """Differential: the same data, scikit-learn's LogisticRegression (L2, C=1, balanced classes)."""
    sklearn = pytest.importorskip("sklearn.linear_model", reason="scikit-learn is not installed (make bench)")
    import random

    rnd = random.Random(4)
    vocab = [f"t{i}" for i in range(40)]
    pages = [art(n, {rnd.choice(vocab[:20] if n % 3 else vocab[20:]): rnd.randint(1, 4) for _ in range(6)})
             for n in range(60)]
    ys = [1 if n % 3 == 0 else 0 for n in range(60)]
    xs = featurise(pages)
    ours = train(xs[:40], ys[:40], iterations=2000)
    terms = sorted({t for x in xs for t in x})
    dense = [[x.get(t, 0.0) for t in terms] for x in xs]
    ref = sklearn.LogisticRegression(C=1.0, class_weight="balanced", tol=1e-10, max_iter=10_000).fit(dense[:40], ys[:40])
    theirs = ref.predict_proba(dense[40:])[:, 1]
    for x, p in zip(xs[40:], theirs):
        assert ours.probability(x) == pytest.approx(p, abs=0.01)


def test_the_prior_is_added_not_fitted():
    """Differential, as for the model without a prior: a prior that is the same for every page is absorbed by the
    fitted intercept (not penalised), so the probabilities are scikit-learn's without it."""
    sklearn = pytest.importorskip("sklearn.linear_model", reason="scikit-learn is not installed (make bench)")
    import random

    rnd = random.Random(7)
    vocab = [f"t{i}" for i in range(30)]
    pages = [art(n, {rnd.choice(vocab[:15] if n % 3 else vocab[15:]): rnd.randint(1, 4) for _ in range(5)}, score=80.0)
             for n in range(45)]
    ys = [1 if n % 3 == 0 else 0 for n in range(45)]
    xs = featurise(pages, extras=False)
    with_prior = [{**x, PRIOR: 1.5} for x in xs]
    ours = train(with_prior[:30], ys[:30], iterations=2000, offset=PRIOR)
    assert PRIOR not in ours.weights
    terms = sorted({t for x in xs for t in x})
    ref = sklearn.LogisticRegression(C=1.0, class_weight="balanced", tol=1e-10, max_iter=10_000).fit(
        [[x.get(t, 0.0) for t in terms] for x in xs[:30]], ys[:30])
    theirs = ref.predict_proba([[x.get(t, 0.0) for t in terms] for x in xs[30:]])[:, 1]
    for x, p in zip(with_prior[30:], theirs):
        assert ours.probability(x) == pytest.approx(p, abs=0.01)


def test_the_score_is_the_prior_the_decisions_move_pages_from():
    """After one include and one exclude (the include ranked below the exclude, as a reviewer's first decisions
    often are), a page scoring 0 whose words are the include's does not come before a page scoring 90 whose words
    say nothing either way (as a feature, the score was learned from two pages, and the page scoring 0 came first);
    each decision like the first include raises it."""
    on = [art(n, {"mentor": 3, "twitter": 2, f"w{n}": 1}, score=45.0) for n in range(6)]     # includes ranked
    off = [art(10 + n, {"soup": 3, "recipe": 2, f"v{n}": 1}, score=65.0) for n in range(6)]  # below excludes
    stray = art(20, {"mentor": 3, "twitter": 2}, score=0.0)
    strong = art(21, {"garden": 2, "spring": 1}, score=90.0)
    pages = [strong, *on, *off, stray]
    d = decide({}, on[0].url, "include", None, AT)
    d = decide(d, off[0].url, "exclude", "not about the topic", AT)
    order = prioritise(to_screen(pages, d, kinds=None, min_score=None), pages, d)
    urls = [p.url for p, _ in order]
    assert urls.index(strong.url) < urls.index(stray.url), urls
    before = dict((p.url, prob) for p, prob in order)[stray.url]
    for n in range(1, 4):
        d = decide(d, on[n].url, "include", None, AT)
        d = decide(d, off[n].url, "exclude", "not about the topic", AT)
    after = dict((p.url, prob) for p, prob in prioritise(to_screen(pages, d, kinds=None, min_score=None), pages, d))
    assert after[stray.url] > before, (before, after[stray.url])


def test_the_walk_follows_the_ranking_then_the_model():
    on = [art(n, {"mentor": 3, "twitter": 2}, score=50 - 2 * n) for n in range(5)]
    off = [art(10 + n, {"soup": 3, "recipe": 2}, score=51 - 2 * n) for n in range(5)]
    pages = sorted(on + off, key=lambda p: -p.score)
    todo = to_screen(pages, {}, kinds=("article",), min_score=None)
    assert [p for p, prob in prioritise(todo, pages, {})] == pages and prioritise(todo, pages, {})[0][1] is None
    d = decide({}, on[0].url, "include", None, AT)
    d = decide(d, off[0].url, "exclude", "not about the topic", AT)
    order = prioritise(to_screen(pages, d, kinds=None, min_score=None), pages, d)
    assert {p.url for p, _ in order[:4]} == {p.url for p in on[1:]}        # likely includes first
    assert all(prob is not None for _, prob in order)


def test_summary_says_when_the_last_include_was_found():
    pages = [art(n, {}) for n in range(5)]
    d = {}
    for n, (dec, reason) in enumerate([("include", None), ("exclude", "duplicate of another page"),
                                       ("include", None), ("exclude", "not about the topic")]):
        d = decide(d, pages[n].url, dec, reason, AT)
    s = summary(pages, d)
    assert (s["screened"], s["included"], s["excluded"], s["last_include"]) == (4, 2, 2, 3)
    assert s["by_reason"] == {"duplicate of another page": 1, "not about the topic": 1}


def test_prisma_flow_numbers():
    pages = [
        Page("http://b.example/", status=200, depth=0, kind="home"),
        Page("http://b.example/tags/libchat", status=200, depth=1, kind="tag", found_on="http://b.example/"),
        art(1, {}, depth=2, found_on="http://b.example/tags/libchat"), art(2, {}, depth=1), art(3, {}, depth=1),
        art(4, {}, depth=1),
        Page("http://b.example/gone", status=404, depth=1, kind="error", error="HTTP 404"),
        Page("http://b.example/moved", status=301, depth=1, kind="error", redirect_stopped=True),
        Page("http://b.example/alias", depth=1, kind="error"),
        Page("http://b.example/5", status=200, depth=1, kind="article", final_url="http://b.example/5",
             canonical_url="http://b.example/alias"),
    ]
    d = decide({}, "http://b.example/1", "include", None, AT)
    d = decide(d, "http://b.example/2", "exclude", "not about the topic", AT)
    d = decide(d, "http://b.example/3", "include", None, AT)
    flow = prisma_flow(pages, d, {"http://b.example/1"})
    assert flow["identified"] == {"total": 10, "seeds": 1, "links": 9, "hashtags": 1}
    assert flow["removed"] == {"duplicates": 2, "not_retrieved": 1, "not_works": 2,
                               "not_works_by_kind": {"home": 1, "tag": 1}}
    assert (flow["screened"], flow["excluded"], flow["awaiting"], flow["included"], flow["cited"]) == (3, 1, 2, 2, 1)
    assert flow["excluded_by_reason"] == {"not about the topic": 1}
    assert is_hashtag_url("https://glammr.example/tags/libchat") and is_hashtag_url("https://x.com/search?q=%23libchat")
    assert not is_hashtag_url("https://b.example/2013/02/find-a-mentor/")


def test_prisma_counts_a_copy_once_when_its_original_is_decided():
    """A copy of a stored page (its canonical_url names it) and a redirect stopped at it share the page's
    decision (scan.screen.decisions.decision_for reads the final and canonical URL), so PRISMA screened,
    included and cited the one page three times, and counted no duplicate."""
    post = "http://b.example/post"
    pages = [Page(post, status=200, depth=0, kind="article", final_url=post),
             Page(post + "?share=facebook", final_url=post + "?share=facebook", depth=1, kind="error",
                  canonical_url=post),
             Page("http://b.example/old-post", status=301, final_url=post, depth=1, kind="error",
                  redirect_stopped=True)]
    flow = prisma_flow(pages, decide({}, post, "include", None, AT), {post})
    assert flow["removed"]["duplicates"] == 2
    assert (flow["screened"], flow["included"], flow["cited"]) == (1, 1, 1)


# --- the command ------------------------------------------------------------------------------


def write_scan(db: Path, pages: list[Page]) -> None:
    state = CrawlState(db)
    state.start_new({"seeds": [p.url for p in pages if p.depth == 0]})
    for p in pages:
        state.record(p, [])
    state.close()


def scan_pages() -> list[Page]:
    z = {"mentor": (1, 1, 9), "Twitter": (0, 0, 4), "peer mentoring": (0, 0, 2)}
    return [Page(f"http://b.example/{n}", status=200, depth=min(n, 1), kind="article", title=f"Post {n}", words=600,
                 zones=z if n < 4 else {}, terms={"mentor": 4, "twitter": 2} if n < 4 else {"soup": 3}) for n in range(8)]


def test_cli_include_exclude_and_cite_included(scan_cli, tmp_path):
    pages = scan_pages()
    write_scan(tmp_path / "db", pages)
    ids = [p.id for p in pages]
    r = scan_cli("screen", ids[0], ids[1], "--include")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0] == f"included {ids[0]}  Post 0"
    r = scan_cli("screen", ids[5], "--exclude", "not about", "--json")
    assert json.loads(r.stdout)[0]["reason"] == "not about the topic"
    rows = {p["id"]: p for p in json.loads(scan_cli("pages", "--json").stdout)}
    assert (rows[ids[0]]["decision"], rows[ids[5]]["decision"], rows[ids[5]]["reason"], rows[ids[3]]["decision"]) \
        == ("include", "exclude", "not about the topic", None)
    r = scan_cli("cite", "--included", "--no-add", "--json")
    assert r.returncode == 0, r.stderr
    assert sorted(row["target"] for row in json.loads(r.stdout)) == [pages[0].url, pages[1].url]


def test_cli_bad_reasons_pages_and_combinations_exit_2_and_change_nothing(scan_cli, tmp_path):
    write_scan(tmp_path / "db", scan_pages())
    pid = scan_pages()[0].id
    for args, words in ((("screen", pid, "--exclude", "boring"), "--exclude: takes one of the screening reasons"),
                        (("screen", "p00000000", "--include"), "no scanned page 'p00000000'"),
                        (("screen", pid), "--include or --exclude"),
                        (("screen", pid, "--include", "--exclude", "1"), "not both"),
                        (("screen", "--include"), "need the pages"),
                        (("pages", "--kind", "blogpost"), "--kind: takes kinds of page")):
        r = scan_cli(*args)
        assert r.returncode == 2 and words in r.stderr, (args, r.stderr)
    assert not (tmp_path / "db" / "screen.json").exists()


def test_cli_reasons_from_scan_toml(scan_cli, tmp_path):
    write_scan(tmp_path / "db", scan_pages())
    (tmp_path / "scan.toml").write_text('[screen]\nreasons = ["off topic", "no evidence"]\n', encoding="utf-8")
    pid = scan_pages()[2].id
    assert scan_cli("screen", pid, "--exclude", "2").returncode == 0
    assert json.loads(scan_cli("pages", "--json").stdout)[0]["reason"] in (None, "no evidence")
    r = scan_cli("screen", pid, "--exclude", "not about the topic")
    assert r.returncode == 2 and "1. off topic; 2. no evidence" in r.stderr
    (tmp_path / "scan.toml").write_text('[screen]\nreasons = "off topic"\n', encoding="utf-8")
    r = scan_cli("screen", pid, "--exclude", "1")
    assert r.returncode == 2 and "reasons must be a list" in r.stderr


def test_cli_interactive_walk_reads_answers(scan_cli, tmp_path):
    pages = scan_pages()
    write_scan(tmp_path / "db", pages)
    r = scan_cli("screen", input="i\ne 1\ns\nx\nu\ne\n2\nq\n")
    assert r.returncode == 0, r.stderr
    assert "answer i, e N, s, u or q" in r.stdout
    state = json.loads(scan_cli("screen", "--json").stdout)
    # i, then e 1, then the skip, an unknown answer, an undo (takes back "e 1"), then e with reason 2
    assert state["summary"]["included"] == 1 and state["summary"]["excluded"] == 1
    assert state["summary"]["by_reason"] == {DEFAULT_REASONS[1]: 1}
    assert "Screened 2 pages (1 included, 1 excluded); the last include was the 1st page screened." in r.stderr


def test_decisions_survive_resume_and_a_new_scan(scan_cli, tmp_path):
    pages = scan_pages()
    write_scan(tmp_path / "db", pages)
    assert scan_cli("screen", pages[0].id, "--include").returncode == 0
    write_scan(tmp_path / "db", pages)            # a new scan of the same pages (the old one set aside)
    assert len(list((tmp_path / "db").glob("crawl-*.json"))) == 1
    rows = {p["id"]: p for p in json.loads(scan_cli("pages", "--json").stdout)}
    assert rows[pages[0].id]["decision"] == "include"
    r = scan_cli("screen", "--undo")
    assert r.returncode == 0 and "took back: include" in r.stdout


def test_report_has_the_prisma_flow(scan_cli, tmp_path):
    pages = scan_pages()
    write_scan(tmp_path / "db", pages)
    (tmp_path / "scan.toml").write_text('[screen]\nreasons = ["<script>alert(1)</script> off topic"]\n',
                                        encoding="utf-8")
    scan_cli("screen", pages[0].id, "--include")
    scan_cli("screen", pages[5].id, "--exclude", "1")
    data = json.loads(scan_cli("report", "--json").stdout)["prisma"]
    assert (data["screened"], data["included"], data["excluded"]) == (2, 1, 1)
    assert scan_cli("report", "--html", "r.html").returncode == 0
    doc = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert '<svg xmlns="http://www.w3.org/2000/svg" id="prisma-flow"' in doc
    assert "<script>alert" not in doc and "&lt;script&gt;alert(1)&lt;/script&gt; off topic: 1" in doc
    assert "Pages included: 1" in doc
    import xml.etree.ElementTree as ET

    svg = doc[doc.index('<svg xmlns="http://www.w3.org/2000/svg" id="prisma-flow"'):]
    svg = ET.fromstring(svg[:svg.index("</svg>") + 6])            # well-formed, self-contained
    texts = ["".join(t.itertext()) for t in svg.iter("{http://www.w3.org/2000/svg}text")]
    assert any(t.startswith("Pages identified: 8") for t in texts) and "Excluded: 1" in "".join(texts)
