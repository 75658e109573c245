"""scan demo, end to end in a tmp folder, offline."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT


def test_demo_runs_end_to_end(tmp_path):
    ws = tmp_path / "demo"
    r = subprocess.run([sys.executable, "-m", "scan", "demo", str(ws)], capture_output=True, text=True,
                       timeout=300, cwd=ROOT)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    for step in ("$ scan import reading-list.bib", "$ scan crawl http://librarianmentors.example/",
                 "$ scan pages", "$ scan cite --min-score", "$ scan check-citations manuscript.md",
                 "$ scan check-links", "$ scan export --format text", "$ scan report"):
        assert step in r.stdout, step
    assert (ws / "report.html").exists() and (ws / "library.bib").exists()
    pages = json.loads(subprocess.run([sys.executable, "-m", "scan", "pages", "--json"], cwd=ws,
                                      capture_output=True, text=True).stdout)
    assert len(pages) >= 30
    assert not any("robots" not in (p.get("error") or "robots") for p in pages if "/private/" in p["url"])
    refs = json.loads(subprocess.run([sys.executable, "-m", "scan", "refs", "list", "--json"], cwd=ws,
                                     capture_output=True, text=True).stdout)
    titles = {x["title"] for x in refs}
    assert "Mentoring Moments in 140 Characters" in titles          # cited from the scan
    assert not any("not found" in (t or "").lower() for t in titles)  # the soft 404 is not cited
    # Home, About, category, tag and listing pages (a journal issue's contents) are kinds of page, not works:
    not_works = {p["url"] for p in pages if p["kind"] not in ("article", "journal-article", "post", "document", "error")}
    assert {p["kind"] for p in pages if p["url"].endswith(("/about/", "/category/mentoring/", "/tag/mentoring/",
                                                            "/issues/vol-3-issue-1"))} <= {"about", "category", "tag",
                                                                                           "listing"}
    cited_urls = {x["url"] for x in refs}
    assert not cited_urls & not_works
    assert not {t for t in titles if t in ("Home", "About", "Mentoring")}
    # The planted citation problems were found.
    assert "Herrera" in r.stdout and "year" in r.stdout.lower()
    # The dead links were found, with an archived copy suggested.
    assert "archive.example" in r.stdout
