"""The workspace lock and atomic writes, with real processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from refs.errors import WorkspaceLocked
from refs.lock import workspace_lock
from tests.conftest import ROOT, run_scan


def test_second_holder_waits_then_names_the_holder(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import time
        from refs.lock import workspace_lock
        with workspace_lock({str(tmp_path)!r}, "scan crawl"):
            print("held", flush=True)
            time.sleep(30)
        """)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        start = time.monotonic()
        with pytest.raises(WorkspaceLocked) as exc:
            with workspace_lock(tmp_path, "scan sync", timeout=0.5):
                pass
        assert time.monotonic() - start >= 0.5
        assert f"pid {holder.pid} (scan crawl)" in str(exc.value)
    finally:
        holder.kill()
        holder.wait()
    # The kernel released the dead holder's lock.
    with workspace_lock(tmp_path, "scan sync", timeout=1):
        pass


def test_kill_9_during_a_write_leaves_the_old_file_whole(tmp_path):
    target = tmp_path / "library.bib"
    old = b"old content\n" * 1000
    target.write_bytes(old)
    writer = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        from refs.atomic import write_atomic
        import sys
        big = b"N" * (64 * 1024 * 1024)
        print("go", flush=True)
        while True:
            write_atomic({str(target)!r}, big)
        """)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "go"
    time.sleep(0.3)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    data = target.read_bytes()
    assert data == old or data == b"N" * (64 * 1024 * 1024)


def test_two_processes_adding_at_once_lose_nothing(tmp_path):
    procs = []
    for n in range(2):
        for i in range(3):
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "scan", "refs", "add", "--title", f"Paper {n}-{i} on mentoring",
                 "--author", f"Writer{n}{i}, A", "--date", "2020"],
                cwd=tmp_path, env={**os.environ, "SCAN_LOCK_TIMEOUT": "60"},
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    r = run_scan("refs", "list", "--json", cwd=tmp_path)
    import json
    titles = sorted(x["title"] for x in json.loads(r.stdout))
    assert titles == sorted(f"Paper {n}-{i} on mentoring" for n in range(2) for i in range(3))
    text = (tmp_path / "library.bib").read_text()
    assert all(f"Paper {n}-{i} on mentoring" in text for n in range(2) for i in range(3))
    assert run_scan("sync", "--json", cwd=tmp_path).returncode == 0
