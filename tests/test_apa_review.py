"""The APA review set (tests/apa_review/): references from library guides and
the APA Style site, beyond the development set, each as APA prints it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.apa_dev_set import run

PATH = Path(__file__).resolve().parent / "apa_review" / "cases.jsonl"


def test_review_set_reproduces():
    cases = [dict(json.loads(line), split="review") for line in PATH.read_text(encoding="utf-8").splitlines() if line]
    assert len(cases) >= 18 and all(c["source"].startswith("http") for c in cases)
    wrong = [(r["id"], r["got"], r["got_citation"]) for r in run(cases) if not r["ok"]]
    assert not wrong


def test_editions_in_words_get_ed():
    # https://libguides.unisa.ac.za/c.php?g=1307587&p=9610347 "(Rev. ed.)";
    # https://endeavour.libguides.com/c.php?g=952512&p=6908209 "(3rd Asia-Pacific ed.)";
    # the Stanford Encyclopedia of Philosophy's "(Summer 2019 ed.)" (APA Style, dictionary entries).
    from refs.formatting import Formatter

    def ref(edition):
        item = {"id": "x", "type": "book", "title": "Principles", "author": [{"family": "Tortora", "given": "G. J."}],
                "issued": {"date-parts": [[2021]]}, "edition": edition, "publisher": "Wiley"}
        return Formatter([item]).reference("x")

    assert ref("3rd Asia-Pacific") == "Tortora, G. J. (2021). Principles (3rd Asia-Pacific ed.). Wiley."
    assert ref("Rev.") == "Tortora, G. J. (2021). Principles (Rev. ed.). Wiley."
    assert ref("3") == ref("3rd") == "Tortora, G. J. (2021). Principles (3rd ed.). Wiley."
    assert "(Summer 2019 ed.)" in ref("Summer 2019")
