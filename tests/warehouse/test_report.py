"""`newsledger status` and the run questions behind it, on a small warehouse built with the loader."""

from __future__ import annotations

import contextlib
import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from newsledger.cli import main
from warehouse import load
from warehouse.report import recent_runs
from warehouse.serving import publish_snapshot, serving_path


def _run(run_id: str, started: dt.datetime, status: str, loaded: int, rejects: int) -> dict:
    return {"run_id": run_id, "started_at": started, "finished_at": started + dt.timedelta(seconds=12.34),
            "status": status, "articles_seen": loaded + 1, "articles_loaded": loaded, "articles_skipped": 1,
            "rejects": rejects, "extractor_version": "0.1.0"}


@pytest.fixture
def warehouse_with_runs(tmp_path: Path) -> Path:
    path = tmp_path / "w.duckdb"
    start = dt.datetime(2024, 6, 3, 8)
    con = load.connect(path)
    try:
        with load.transaction(con):
            load.merge(con, "runs", pd.DataFrame([_run(f"run-{i}", start + dt.timedelta(hours=i),
                                                       "failed" if i == 1 else "completed", i, i % 2)
                                                  for i in range(4)]))
    finally:
        con.close()
    return path


def test_recent_runs_newest_first_with_duration(warehouse_with_runs: Path):
    con = load.connect(warehouse_with_runs, read_only=True)
    try:
        runs = recent_runs(con, 2)
    finally:
        con.close()
    assert runs["run_id"].tolist() == ["run-3", "run-2"]
    assert runs["seconds"].tolist() == [12.3, 12.3]


def test_status_prints_the_last_runs(warehouse_with_runs: Path, capsys):
    assert main(["status", "--warehouse", str(warehouse_with_runs), "-n", "3"]) == 0
    out = capsys.readouterr().out
    assert out.index("run-3") < out.index("run-2") < out.index("run-1")
    assert "run-0" not in out and "failed" in out and "(3 rows)" in out


def test_status_without_a_warehouse_says_so(tmp_path: Path, capsys):
    assert main(["status", "--warehouse", str(tmp_path / "none.duckdb")]) == 2
    assert "no warehouse" in capsys.readouterr().err


@contextlib.contextmanager
def _writer_holding(path: Path) -> Iterator[None]:
    """Another process with the warehouse open for writing, as during a run."""
    code = "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('open', flush=True); time.sleep(120)"
    holder = subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        yield
    finally:
        holder.kill()
        holder.wait()


def test_status_while_a_run_writes_reads_the_serving_copy(warehouse_with_runs: Path, capsys):
    with _writer_holding(warehouse_with_runs):
        assert main(["status", "--warehouse", str(warehouse_with_runs)]) == 3
    con = load.connect(warehouse_with_runs)
    try:
        publish_snapshot(con, serving_path(warehouse_with_runs))
    finally:
        con.close()
    capsys.readouterr()
    with _writer_holding(warehouse_with_runs):
        assert main(["status", "--warehouse", str(warehouse_with_runs)]) == 0
    captured = capsys.readouterr()
    assert "run-3" in captured.out and "serving copy" in captured.err


def test_a_reader_that_stops_early_is_not_an_error(warehouse_with_runs: Path):
    """`newsledger sql ... | head -1`: the pipe closes early; the command exits 0 with no traceback."""
    code = ("import sys; from newsledger.cli import main; "
            "raise SystemExit(main(['sql', 'select * from range(200000)', '--warehouse', sys.argv[1]]))")
    proc = subprocess.Popen([sys.executable, "-c", code, str(warehouse_with_runs)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0, stderr
    assert "Traceback" not in stderr
