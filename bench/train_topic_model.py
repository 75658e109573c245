"""Train the built-in topic's relevance model (scan/topic_model.py) on the labelled webs, and measure it
on each web when trained on the others.

Each labelled web (tests/labelled_web*.py) is crawled by ``scan crawl`` as a user runs it; its works
(articles, journal articles and posts that scan found and read; PDFs are not read) are the examples,
relevant when graded 2 or more. The model is trained on all of them and written to
``scan/data/topic_model.json``.

Leave one web out: for each web, a model trained on the nine others scores that web's works, blended
with the keyword score as :func:`scan.rank.score_of` does, and the table gives, per web, the AUC of the
keyword score, of the model and of the blend, and the precision and recall at 60 of the keyword score
alone and of the blend (over the works scan found and read, so recall here leaves out PDFs and pages
the crawl did not reach; bench_ranking.py gives the acceptance figures)::

    .venv/bin/python bench/train_topic_model.py            # train, measure, write the model
    .venv/bin/python bench/train_topic_model.py --check    # measure; fail if the written model differs
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_ranking import WEBS, run_scan  # noqa: E402
from scan.crawl.state import CrawlState  # noqa: E402
from scan.keywords import Topic  # noqa: E402
from scan.rank import DEFAULT, blend, keyword_score, kind_factor, queries_of, weights_for  # noqa: E402
from scan.screen.model import train  # noqa: E402
from scan.topic_model import MODEL_PATH, TopicModel, learn, load  # noqa: E402

READ = ("article", "journal-article", "post")
C, ITERATIONS = 10.0, 300      # C chosen leaving one web out among 0.3, 1, 3 and 10 (the AUCs rose with C)


def crawl(n: int) -> tuple[list, list]:
    """All pages of web ``n`` as scan stores them, and its works as (page, relevant)."""
    with tempfile.TemporaryDirectory() as ws, WEBS[n]() as web:
        env = {**os.environ, "SCAN_HOSTS": web.hosts_env, "SCAN_HOSTS_ONLY": "1"}
        run_scan(ws, env, "crawl", *web.seeds, "--depth", "3", "--delay", "0", "--allow-private")
        pages = list(CrawlState(Path(ws) / "db").load().pages.values())
        works = [(p, web.labels[p.url].grade >= 2) for p in pages
                 if p.url in web.labels and web.labels[p.url].kind in READ and p.kind in READ and p.fetched]
    return pages, works


def fit(examples: list) -> TopicModel:
    return learn(examples, c=C, iterations=ITERATIONS)


def auc(scores: list[float], ys: list[bool]) -> float:
    pos = [s for s, y in zip(scores, ys) if y]
    neg = [s for s, y in zip(scores, ys) if not y]
    if not pos or not neg:
        return float("nan")
    return sum((p > q) + 0.5 * (p == q) for p in pos for q in neg) / (len(pos) * len(neg))


def pr(scores: list[float], ys: list[bool], cut: float = 60.0) -> tuple[float, float]:
    cited = [y for s, y in zip(scores, ys) if s >= cut]
    hits = sum(cited)
    return (hits / len(cited) if cited else 0.0), hits / max(1, sum(ys))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="measure only; exit 1 if the written model differs")
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    import logging

    logging.disable(logging.CRITICAL)
    webs = {n: crawl(n) for n in sorted(WEBS)}
    queries = queries_of(Topic.default())
    print(f"{'web':>4} {'works':>6} {'rel':>4}  AUC keywords  model  blend   P/R keywords    blend")
    totals = {"kw": [0, 0], "bl": [0, 0], "rel": 0}
    for n, (pages, works) in webs.items():
        model = fit([ex for m, (_, w) in webs.items() if m != n for ex in w])
        weights = weights_for(pages)
        ys = [y for _, y in works]
        kw = [keyword_score(p, queries, weights) for p, _ in works]
        probs = [model.probability(p) for p, _ in works]
        bl = [blend(k, q, kind_factor(p.kind), DEFAULT) for k, q, (p, _) in zip(kw, probs, works)]
        (pk, rk), (pb, rb) = pr(kw, ys), pr(bl, ys)
        for key, scores in (("kw", kw), ("bl", bl)):
            totals[key][0] += sum(1 for s, y in zip(scores, ys) if s >= 60 and y)
            totals[key][1] += sum(1 for s in scores if s >= 60)
        totals["rel"] += sum(ys)
        print(f"{n:>4} {len(works):>6} {sum(ys):>4}  {auc(kw, ys):>12.3f} {auc(probs, ys):>6.3f} {auc(bl, ys):>6.3f}"
              f"   {pk:.3f}/{rk:.3f}  {pb:.3f}/{rb:.3f}")
    for key, name in (("kw", "keywords"), ("bl", "blend")):
        hits, cited = totals[key]
        print(f"all webs, {name}: precision {hits / max(1, cited):.3f}, recall {hits / max(1, totals['rel']):.3f}")
    model = fit([ex for _, w in webs.values() for ex in w])
    text = json.dumps({"about": "scan's built-in topic, learned from the labelled webs "
                                "(bench/train_topic_model.py; see scan/topic_model.py)",
                       "examples": sum(len(w) for _, w in webs.values()),
                       **model.to_dict()}, ensure_ascii=False, sort_keys=False, separators=(",", ":")) + "\n"
    if args.check:
        same = MODEL_PATH.exists() and load(MODEL_PATH).close_to(model)
        print("the written model is " + ("the one these webs train" if same else "NOT the one these webs train"))
        return 0 if same else 1
    MODEL_PATH.parent.mkdir(exist_ok=True)
    tmp = MODEL_PATH.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(MODEL_PATH)
    print(f"wrote {MODEL_PATH.relative_to(ROOT)} ({len(text) // 1024} KB, {len(model.weights)} words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
