"""Shared fixtures: a workspace in a tmp folder, the CLI run as a user runs it,
and the shared corpus (tests that need it skip, saying why, where it is absent)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from refs.library import Workspace

# One Hypothesis profile for the whole suite: no wall-clock deadline and no
# "too slow" or "data too large" health checks, so a loaded CI machine never
# fails a test that passes on its own. Tests set only how many examples.
settings.register_profile(
    "scan",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture],
)
settings.load_profile("scan")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path / "library.bib", tmp_path / "db")


def run_scan(*args: str, cwd: Path, env: dict | None = None, input: str | None = None,
             timeout: float = 120) -> subprocess.CompletedProcess:
    """Run ``scan`` in a subprocess, as a user would, in ``cwd``."""
    full_env = {k: v for k, v in os.environ.items() if k not in ("SCAN_BIB", "SCAN_DB")}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "scan", *args], cwd=cwd, env=full_env, input=input,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def scan_cli(tmp_path: Path):
    def run(*args: str, **kw) -> subprocess.CompletedProcess:
        kw.setdefault("cwd", tmp_path)
        return run_scan(*args, **kw)
    return run


def corpus_dir() -> Path:
    return Path(os.environ.get("SCAN_CORPUS", ROOT.parent / "shared" / "corpus"))


@pytest.fixture
def corpus() -> Path:
    path = corpus_dir()
    if not (path / "bib").is_dir():
        pytest.skip(f"the shared corpus is absent ({path}); set SCAN_CORPUS to run these tests")
    return path
