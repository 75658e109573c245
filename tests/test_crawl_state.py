"""The frontier scheduler (pure, no clock) and the crawl state on disk."""

from __future__ import annotations

from scan.crawl.frontier import Scheduler
from scan.crawl.state import CrawlState, Entry
from scan.page import Page


def test_scheduler_one_request_per_host_and_delays():
    s = Scheduler()
    s.add("a", (1, 0), "a1")
    s.add("a", (0, 0), "a0")
    s.add("b", (2, 0), "b2")
    assert s.pop_ready(0.0) == ("a", "a0")
    assert s.pop_ready(0.0) == ("b", "b2")
    assert s.pop_ready(0.0) is None          # a is busy, b is busy
    s.release("a", next_time=2.0)
    assert s.pop_ready(1.0) is None and s.next_wake() == 2.0
    assert s.pop_ready(2.0) == ("a", "a1")
    assert len(s) == 0


def test_scheduler_prefers_best_head_among_ready_hosts():
    s = Scheduler()
    for host, prio in (("x", (2,)), ("y", (1,)), ("z", (3,))):
        s.add(host, prio, host)
    assert [s.pop_ready(0)[0] for _ in range(3)] == ["y", "x", "z"]


def test_scheduler_hold_and_drain():
    s = Scheduler()
    s.add("h", (0,), "1")
    s.add("h", (1,), "2")
    s.hold("h", until=10)
    assert s.pop_ready(5) is None
    assert s.drain_host("h") == ["1", "2"] and len(s) == 0


def entry(url, depth=1):
    return Entry(url, depth, "http://x/", (depth, 0, 0.0, 0))


def test_state_journal_survives_without_checkpoint(tmp_path):
    st = CrawlState(tmp_path)
    st.start_new({"seeds": ["http://x/"]})
    st.enqueue([Entry("http://x/", 0, None, (0,))])
    st.record(Page("http://x/", status=200, depth=0), [entry("http://x/a"), entry("http://x/b")])
    st.record(Page("http://x/a", status=200, depth=1), [entry("http://x/b"), entry("http://x/c")])
    # No checkpoint: as after a kill -9. A torn last line is ignored.
    with open(tmp_path / "crawl.journal", "ab") as f:
        f.write(b'{"op":"page","page":{"url":"http://x/b"')
    again = CrawlState(tmp_path).load()
    assert set(again.pages) == {"http://x/", "http://x/a"}
    assert set(again.frontier) == {"http://x/b", "http://x/c"}
    assert again.meta["seeds"] == ["http://x/"]


def test_checkpoint_then_replay_is_idempotent(tmp_path):
    st = CrawlState(tmp_path)
    st.start_new({})
    st.enqueue([Entry("http://x/", 0, None, (0,))])
    st.record(Page("http://x/", status=200, depth=0), [entry("http://x/a")])
    journal = (tmp_path / "crawl.journal").read_bytes()
    st.checkpoint()
    (tmp_path / "crawl.journal").write_bytes(journal)  # a crash before the journal was emptied
    again = CrawlState(tmp_path).load()
    assert list(again.pages) == ["http://x/"] and list(again.frontier) == ["http://x/a"]


def test_new_scan_keeps_the_old_one(tmp_path):
    st = CrawlState(tmp_path)
    st.start_new({"seeds": ["http://old/"]})
    st.record(Page("http://old/", status=200, depth=0), [])
    st.checkpoint()
    backup = CrawlState(tmp_path).start_new({"seeds": ["http://new/"]})
    assert backup is not None and backup.exists() and "http://old/" in backup.read_text()


def test_a_scan_file_of_another_shape_is_named_not_an_internal_error(tmp_path, scan_cli):
    (tmp_path / "db").mkdir()
    odd = '{"_default": [1, 2, 3], "pages": "x", "meta": 5}'
    (tmp_path / "db" / "crawl.json").write_text(odd)
    for args in (("pages",), ("report",), ("cite", "--min-score", "0"), ("screen", "--json"), ("crawl", "--resume")):
        r = scan_cli(*args)
        assert r.returncode == 2, (args, r.stderr)
        assert "db/crawl.json: not a scan this version of scan can read" in r.stderr, args
    assert (tmp_path / "db" / "crawl.json").read_text() == odd
