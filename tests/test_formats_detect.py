"""Which reader a file gets: RIS saved as .txt (as many databases name it),
tagged formats we do not read named clearly, numbered plain-text lists kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from refs.errors import BadInput
from refs.formats import detect_format, read_references


def test_ris_named_txt_is_ris(tmp_path: Path):
    path = tmp_path / "export.txt"
    path.write_text("Record #1 of 1\n1.\nTY  - JOUR\nT1  - A title\nA1  - Barrett, Paul M\nY1  - 2001\nER  - \n")
    items, _ = read_references(path)
    assert [i["title"] for i in items] == ["A title"]


@pytest.mark.parametrize("text, name", [
    ("PMID- 123\nTI  - A title\nFAU - Smith, J\n", "MEDLINE"),
    ("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Smith, J\nER\n", "Web of Science"),
    ("%0 Journal Article\n%A Smith, J\n%T A title\n", "EndNote"),
])
def test_tagged_formats_we_do_not_read_are_named(tmp_path: Path, text, name):
    path = tmp_path / "export.txt"
    path.write_text(text)
    with pytest.raises(BadInput, match=name):
        detect_format(path, text)


def test_numbered_reference_list_is_text_not_json():
    text = "[1] Smith, J. (2019). A title. Journal, 1(2), 3-4.\n[2] Doe, A. (2018). Another. J, 2, 5.\n"
    assert detect_format(Path("list.txt"), text) == "text"
    assert detect_format(Path("items"), '[\n  {"id": "a"}]') == "csl-json"
