"""Issue 5, concurrency: a second `newsledger run` on a warehouse another run is writing exits at
once, non-zero, with a message naming the warehouse; it corrupts nothing, the first run completes,
and readers of the serving copy are not blocked meanwhile."""

from __future__ import annotations

import time
from pathlib import Path

import duckdb
import pytest
import sqlalchemy as sa

from tests.robustness.corpus import cli_env, loaded_ids, reap, relationship_violations, start_run, write_good
from tests.robustness.test_kill import ONE_PROCESS, watch
from tests.warehouse.test_serving import superset_engine
from warehouse.views import VIEWS
from warehouse.compare import compare_parquet
from warehouse.load import connect
from warehouse.serving import serving_path

pytestmark = pytest.mark.slow
FIRST, SECOND = range(4), range(4, 124)
BATCH_SIZE = 1  # many small batches: the first run is still loading when the second has started up
BUSY = 3  # `newsledger run`'s exit status while another run holds the warehouse


def finish(proc) -> tuple[int, str, str]:
    """Wait for a run; its exit status, stdout and stderr."""
    try:
        out, err = proc.communicate(timeout=600)
    finally:
        reap(proc)
    return proc.returncode, out, err


def test_second_run_exits_at_once_while_the_first_completes(tmp_path: Path) -> None:
    raw, warehouse, parquet = tmp_path / "raw", tmp_path / "w.duckdb", tmp_path / "parquet"
    write_good(raw, FIRST)
    code, out, err = finish(start_run(raw, warehouse, parquet, cli_env(tmp_path / "prefect-b", **ONE_PROCESS), BATCH_SIZE))
    assert code == 0, err  # this also readies the second run's Prefect home, so it starts up quickly
    write_good(raw, SECOND)

    first = start_run(raw, warehouse, parquet, cli_env(tmp_path / "prefect-a", **ONE_PROCESS), BATCH_SIZE)
    try:
        assert watch(first, warehouse, until_commits=3) == 3, "the first run ended before its batches"
        started = time.monotonic()
        code, _, err = finish(start_run(raw, warehouse, parquet, cli_env(tmp_path / "prefect-b", **ONE_PROCESS), BATCH_SIZE))
        second_seconds = time.monotonic() - started
        first_still_running = first.poll() is None
        # BI readers are never blocked: Superset's path (SQLAlchemy + duckdb-engine) reads every view
        engine = superset_engine(serving_path(warehouse))
        with engine.connect() as conn:
            views_read = sum(len(conn.execute(sa.text(f"SELECT * FROM {view}")).fetchall()) for view in VIEWS)
            served = tuple(conn.execute(sa.text("SELECT count(*) FROM articles")).one())
        engine.dispose()
    finally:
        first_code, first_out, first_err = finish(first)
    assert first_code == 0, first_err
    assert f"{len(SECOND)} loaded" in first_out, first_out
    assert first_still_running, ("the first run ended before the second tried", code, err, second_seconds)
    assert code == BUSY, err
    assert str(warehouse) in err and "in use" in err, err
    assert served in {(len(FIRST),), (len(FIRST) + len(SECOND),)} and views_read > 0

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert relationship_violations(con) == []
        assert len(loaded_ids(con)) == len(FIRST) + len(SECOND)
        assert con.execute("SELECT status, count(*) FROM runs GROUP BY ALL").fetchall() == [("completed", 2)]
        assert compare_parquet(con, parquet) == {}
    finally:
        con.close()
    print(f"second run refused in {second_seconds:.1f}s")


def test_run_refused_while_another_process_writes(tmp_path: Path) -> None:
    raw, warehouse = tmp_path / "raw", tmp_path / "w.duckdb"
    write_good(raw, range(2))
    holder = connect(warehouse)
    try:
        code, out, err = finish(start_run(raw, warehouse, tmp_path / "parquet", cli_env(tmp_path / "prefect", **ONE_PROCESS),
                                          BATCH_SIZE))
        assert holder.execute("SELECT count(*) FROM articles").fetchone() == (0,)
    finally:
        holder.close()
    assert code == BUSY, (out, err)
    assert f"newsledger: {warehouse} is in use" in err, err
    assert "Traceback" not in err, err
