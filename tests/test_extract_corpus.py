"""Page metadata on the shared corpus of real pages (issues 4, 13), with floors
set a little below the figures bench/bench_extract.py measures on the
held-out half of the corpus (tests/corpus_split.py), which extraction is not
tuned on: a heuristic that only fits the pages it was tuned on shows here.

Skipped, saying why, where ``$SCAN_CORPUS/pages`` is absent. Scoring as in
the benchmark: title equal after Unicode/case/whitespace folding; authors the
set of family names; date the day (page date or original date); site equal
after folding.
"""

from __future__ import annotations

import gzip
import json
import unicodedata

import pytest

from scan.extract import analyse
from scan.keywords import Matcher, Topic
from tests.conftest import corpus_dir
from tests.corpus_split import half_of

# held-out half, measured: title 0.777, author 0.604, date 0.901, site 1.000 (11 pages)
FLOORS = {"title": 0.76, "author": 0.59, "date": 0.89, "site": 0.9}


def _fold(s) -> str:
    return " ".join(unicodedata.normalize("NFKC", str(s or "")).casefold().split())


def _families(s) -> frozenset:
    out = set()
    for name in str(s or "").split(";"):
        name = name.split(",")[0] if "," in name else name
        words = name.split()
        if words:
            out.add(_fold(words[-1]).strip(".,"))
    return frozenset(out)


@pytest.fixture(scope="module")
def results():
    pages = corpus_dir() / "pages"
    if not (pages / "manifest.jsonl").is_file():
        pytest.skip(f"the shared corpus pages are absent ({pages}); set SCAN_CORPUS to run these tests")
    rows = [json.loads(line) for line in (pages / "manifest.jsonl").open(encoding="utf-8")]
    rows = [row for row in rows if half_of(row["file"]) == "held-out"]
    matcher = Matcher(Topic.default())
    out = []
    for row in rows:
        data = gzip.decompress((pages / row["file"]).read_bytes())
        out.append((row, analyse(data, row.get("url") or "", matcher=matcher)))
    return out


def _score(results, field: str) -> float:
    ok = n = 0
    for row, a in results:
        alt = (row.get("alt") or {}).get("sitename" if field == "site" else field) or []
        alt = [alt] if isinstance(alt, str) else alt
        if field == "title":
            want, got = [row["title"], *alt], a.page.title
            hit = lambda w: _fold(w) == _fold(got)  # noqa: E731
        elif field == "author":
            want = [row["author"], *alt]
            got = "; ".join(f"{n.get('given', '')} {n['family']}" if "family" in n else n.get("literal", "")
                            for n in a.page.authors)
            hit = lambda w: _families(w) == _families(got)  # noqa: E731
        elif field == "date":
            want, got = [row["date"], row.get("date_original"), *alt], a.page.date
            hit = lambda w: str(got or "")[:10] == str(w)[:10]  # noqa: E731
        else:
            want, got = [row["sitename"], *alt], a.page.site
            hit = lambda w: _fold(w) == _fold(got)  # noqa: E731
        want = [w for w in want if w]
        if not want:
            continue
        n += 1
        ok += bool(got) and any(hit(w) for w in want)
    return ok / n


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_floor(results, field):
    assert _score(results, field) >= FLOORS[field]


def test_no_page_errors(results):
    errors = [(row["file"], a.page.error) for row, a in results if a.page.error]
    assert errors == []


def test_main_text_found_on_articles(results):
    # pages with an annotated title are articles: nearly all must yield main text
    arts = [a for row, a in results if row.get("title")]
    assert sum(a.page.words > 30 for a in arts) / len(arts) >= 0.9
