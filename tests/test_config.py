"""scan.toml: seeds, keywords and themes replacing the built-in topic, crawl defaults."""

from __future__ import annotations

import pytest

from refs.errors import BadInput
from scan.config import load_config


def test_missing_file_gives_the_built_in_topic(tmp_path):
    cfg = load_config(tmp_path)
    assert cfg.seeds == () and "mentor" in {k.lower() for k in cfg.topic().keywords}


def test_keywords_and_themes_replace_the_defaults_and_the_command_line_overrides(tmp_path):
    (tmp_path / "scan.toml").write_text(
        'seeds = ["https://x.example/a"]\nkeywords = ["open access", "preprint"]\n'
        '[themes]\n"Open science" = ["open access", "preprint"]\n[crawl]\ndelay = 2.5\n', encoding="utf-8")
    cfg = load_config(tmp_path)
    assert cfg.seeds == ("https://x.example/a",) and cfg.crawl == {"delay": 2.5}
    topic = cfg.topic()
    assert set(topic.keywords) == {"open access", "preprint"} and set(topic.themes) == {"Open science"}
    from scan.keywords import Matcher

    hits = Matcher(topic).count("Preprints and open-access journals; a mentor.")
    assert hits.keywords == {"preprint": 1, "open access": 1}
    over = cfg.topic(["mentor"])
    assert "mentor" in over.keywords


def test_keywords_table_form_and_bad_toml_names_the_file(tmp_path):
    (tmp_path / "scan.toml").write_text('[keywords]\nlist = ["a", "b"]\n', encoding="utf-8")
    assert load_config(tmp_path).keywords == ("a", "b")
    (tmp_path / "scan.toml").write_text('seeds = [\n', encoding="utf-8")
    with pytest.raises(BadInput) as exc:
        load_config(tmp_path)
    assert "scan.toml" in str(exc.value) and "line" in str(exc.value)
