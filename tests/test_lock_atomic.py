"""The workspace lock and atomic writes, with real processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from refs.atomic import write_atomic
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


def _children(pid: int) -> list[int]:
    try:
        text = open(f"/proc/{pid}/task/{pid}/children").read()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rpartition(")")[2].split()[0] != "Z"
    except OSError:
        return False


def _wait_until(check, what: str, guard: float = 60) -> None:
    """Poll ``check`` until true; ``guard`` only stops a hang, it is no limit on speed."""
    end = time.monotonic() + guard
    while not check():
        assert time.monotonic() < end, what
        time.sleep(0.02)


def test_a_child_forked_under_the_lock_does_not_keep_it(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import os, time
        from refs.lock import workspace_lock
        with workspace_lock({str(tmp_path)!r}, "scan sync"):
            if os.fork() == 0:
                time.sleep(60)   # an orphan to be, holding whatever it inherited
                os._exit(0)
            print("held", flush=True)
            time.sleep(60)
        """)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    [child] = _children(holder.pid)
    holder.kill()
    holder.wait()
    try:
        assert _alive(child)
        with workspace_lock(tmp_path, "scan sync", timeout=5):
            pass
    finally:
        os.kill(child, signal.SIGKILL)


def test_a_lock_held_in_the_name_of_a_dead_process_is_taken_over(tmp_path):
    dead = subprocess.Popen(["true"])
    dead.wait()
    # Something still holds the flock, but the pid written in the lock is gone.
    squatter = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import fcntl, os, time
        fd = os.open({str(tmp_path / ".lock")!r}, os.O_RDWR | os.O_CREAT)
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.write(fd, b"pid {dead.pid} (scan sync) since 2024-01-01T00:00:00\\n")
        print("held", flush=True)
        time.sleep(60)
        """)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert squatter.stdout.readline().strip() == "held"
        with workspace_lock(tmp_path, "scan sync", timeout=5):
            assert f"pid {os.getpid()} (scan sync)" in (tmp_path / ".lock").read_text()
        # A live holder is never taken over.
        with workspace_lock(tmp_path, "scan crawl", timeout=5):
            with pytest.raises(WorkspaceLocked):
                with workspace_lock(tmp_path, "scan sync", timeout=0.3):
                    pass
    finally:
        squatter.kill()
        squatter.wait()


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_killing_a_sync_of_a_large_bib_leaves_no_worker_and_no_lock(tmp_path, sig):
    from refs.bibtex import PARALLEL_MIN_BLOCKS

    if (os.cpu_count() or 1) < 2:
        pytest.skip("one core: the .bib is parsed without worker processes")
    n = PARALLEL_MIN_BLOCKS * 8
    (tmp_path / "library.bib").write_text("".join(
        f"@article{{key{i},\n  title = {{Mentoring study {i}}},\n  author = {{Writer{i}, Ann}},\n"
        f"  journal = {{Journal {i % 40}}},\n  year = {{{1990 + i % 30}}}\n}}\n\n" for i in range(n)))
    sync = subprocess.Popen([sys.executable, "-m", "scan", "sync"], cwd=tmp_path, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    workers: list[int] = []

    def parsing() -> bool:
        workers[:] = _children(sync.pid)
        return bool(workers) or sync.poll() is not None

    _wait_until(parsing, "scan sync never started its parse workers")
    if not workers:
        pytest.skip("the sync finished before it could be killed")
    sync.send_signal(sig)
    sync.wait(timeout=60)
    _wait_until(lambda: not any(_alive(w) for w in workers), "parse workers outlived their parent")
    r = run_scan("sync", cwd=tmp_path, env={"SCAN_LOCK_TIMEOUT": "5"}, timeout=300)
    assert r.returncode == 0, r.stderr


def test_a_library_bib_that_is_a_symlink_stays_one_and_its_target_is_written(tmp_path, scan_cli):
    # A library kept in a synced folder (Dropbox, a paper's repository) and
    # linked into the workspace: writing must reach the file the link names,
    # not replace the link with a copy that the user's other tools never see.
    shared = tmp_path / "shared"
    shared.mkdir()
    target = shared / "refs.bib"
    target.write_text("@article{a2020, author = {Ann, A}, title = {Old}, journal = {J}, year = 2020}\n")
    (tmp_path / "library.bib").symlink_to(Path("shared") / "refs.bib")
    r = scan_cli("refs", "add", "--title", "A new one on mentoring", "--url", "https://x.example/1")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "library.bib").is_symlink()
    assert "A new one on mentoring" in target.read_text()
    assert target.read_text().startswith("@article{a2020,")
    # A chain of links, and a link by absolute path, are followed the same way.
    (tmp_path / "export.bib").symlink_to(tmp_path / "library.bib")
    write_atomic(tmp_path / "export.bib", "@misc{x, title = {Replaced}}\n")
    assert (tmp_path / "export.bib").is_symlink() and (tmp_path / "library.bib").is_symlink()
    assert target.read_text() == "@misc{x, title = {Replaced}}\n"
    assert sorted(p.name for p in shared.iterdir()) == ["refs.bib"]  # no temp file left beside it


def test_a_new_file_gets_the_users_umask_not_a_fixed_mode(tmp_path):
    old = os.umask(0o077)
    try:
        write_atomic(tmp_path / "private.bib", "x")
    finally:
        os.umask(old)
    assert (tmp_path / "private.bib").stat().st_mode & 0o777 == 0o600
