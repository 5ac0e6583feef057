"""`newsledger serve` for real: a local Prefect server on loopback, the flow served on a short
interval in a subprocess, files dropped between scheduled runs get loaded, and nothing is left
running afterwards."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import duckdb
import httpx
import pytest

from flows.serve import local_server

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc and POSIX")]
ROOT = Path(__file__).resolve().parents[2]
INTERVAL = 5
T = TypeVar("T")
# 0 once Prefect's runner handles SIGTERM; 143 when it lands just before, via flows.serve's handler
CLEAN_EXIT = (0, 128 + signal.SIGTERM)


def _article(raw: Path, name: str, text: str) -> None:
    (raw / f"{name}.json").write_text(json.dumps({"id": name, "published_at": "2024-06-03", "title": name,
                                                  "text": text}), encoding="utf-8")


def _env(home: Path, **extra: str) -> dict[str, str]:
    """The caller's environment without its Prefect settings (the test session's harness)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               PREFECT_RUNNER_POLL_FREQUENCY="1", PREFECT_LOGGING_LEVEL="INFO", **extra)
    return env


def _wait_for(what: str, check: Callable[[], T | None], timeout: float, log: Path) -> T:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if (found := check()) is not None:
            return found
        time.sleep(0.5)
    pytest.fail(f"timed out after {timeout:.0f}s waiting for {what}; serve log:\n{log.read_text()[-4000:]}")


def _start_serve(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen([sys.executable, "-m", "newsledger.cli", "serve", *args], cwd=ROOT, env=env,
                                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)


def _stop(proc: subprocess.Popen[bytes]) -> int:
    """SIGTERM as a service manager would; SIGKILL the group only if it does not exit."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(proc.pid, signal.SIGTERM)
    try:
        return proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        pytest.fail("newsledger serve did not exit within 60s of SIGTERM")


def _processes_with_home(home: Path) -> list[int]:
    """Processes whose environment names this test's PREFECT_HOME: the serve, its flow runs, the server."""
    marker = f"PREFECT_HOME={home}".encode()
    found = []
    for proc_dir in Path("/proc").iterdir():
        if proc_dir.name.isdigit() and int(proc_dir.name) != os.getpid():
            with contextlib.suppress(OSError):
                if marker in (proc_dir / "environ").read_bytes().split(b"\0"):
                    found.append(int(proc_dir.name))
    return found


def _completed_runs(api_url: str) -> list[dict]:
    response = httpx.post(f"{api_url}/flow_runs/filter", timeout=10, json={
        "flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}}, "sort": "EXPECTED_START_TIME_ASC"})
    response.raise_for_status()
    return response.json()


def test_scheduled_runs_load_files_dropped_between_them(tmp_path: Path):
    home, raw, wh, pq = tmp_path / "home", tmp_path / "raw", tmp_path / "w.duckdb", tmp_path / "parquet"
    raw.mkdir()
    _article(raw, "first", "Foreign Minister Ana Ruiz of Spain met French President Louis Martin in Paris on Monday.")
    log = tmp_path / "serve.log"
    started = time.monotonic()
    with local_server(home) as api_url:
        proc = _start_serve(["--interval", str(INTERVAL), "--raw-dir", str(raw), "--warehouse", str(wh),
                             "--parquet-dir", str(pq)], _env(home, PREFECT_API_URL=api_url), log)
        try:  # ask the API, not the warehouse: a reader on the DuckDB file would lock out the next run
            _wait_for("a first scheduled run", lambda: _completed_runs(api_url) or None, 150, log)
            dropped_at = dt.datetime.now(dt.UTC)
            _article(raw, "second", "German Chancellor Eva Braun visited Warsaw on Tuesday, Polish officials said.")
            _wait_for(
                "a scheduled run that started after the second file was dropped",
                lambda: [r for r in _completed_runs(api_url)
                         if dt.datetime.fromisoformat(r["start_time"]) > dropped_at] or None, 120, log)
            flow_runs = _completed_runs(api_url)
        finally:
            exit_code = _stop(proc)
    assert exit_code in CLEAN_EXIT, log.read_text()[-4000:]
    assert len(flow_runs) >= 2 and all(r["deployment_id"] and r["auto_scheduled"] for r in flow_runs)
    con = duckdb.connect(str(wh), read_only=True)
    try:
        loaded_by_run = dict(con.execute("SELECT run_id, articles_loaded FROM runs WHERE status = 'completed'")
                             .fetchall())
        articles = {r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()}
    finally:
        con.close()
    assert articles == {"first", "second"}
    assert {r["id"] for r in flow_runs} <= set(loaded_by_run)  # each Prefect run wrote its `runs` row
    assert sorted(n for n in loaded_by_run.values() if n) == [1, 1]  # one file each, in two scheduled runs
    assert _processes_with_home(home) == []
    print(f"serve test: {len(flow_runs)} scheduled runs completed in {time.monotonic() - started:.0f}s")


def test_serve_without_api_url_runs_its_own_server_and_stops_it(tmp_path: Path):
    home, log = tmp_path / "home", tmp_path / "serve.log"
    proc = _start_serve(["--cron", "0 0 1 1 *", "--raw-dir", str(tmp_path / "raw"), "--warehouse",
                         str(tmp_path / "w.duckdb"), "--parquet-dir", str(tmp_path / "parquet")], _env(home), log)
    try:
        api_url = _wait_for("the local server's address", lambda: next(
            (line.split()[-1] for line in log.read_text().splitlines() if line.startswith("Prefect API:")), None),
            150, log)
        assert api_url.startswith("http://127.0.0.1:")
        assert httpx.get(f"{api_url}/health", timeout=10).json() is True
        _wait_for("the deployment", lambda: httpx.post(f"{api_url}/deployments/filter", timeout=10, json={})
                  .json() or None, 60, log)
    finally:
        exit_code = _stop(proc)
    assert exit_code in CLEAN_EXIT, log.read_text()[-4000:]
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{api_url}/health", timeout=5)
    assert _processes_with_home(home) == []
    assert (home / "prefect.db").exists()
