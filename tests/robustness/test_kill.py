"""Issue 5, crashes: `newsledger run` SIGKILLed at seeded random points: some at a random time of
a full run (start-up, ingest, publish), the rest after a random number of warehouse commits, seen
from outside as the WAL file growing (the batches take a small part of a run's time, so random
times alone would seldom hit them). After each kill the
warehouse (its WAL recovered on open) is consistent: references hold, only whole batches are
present and each present article has exactly the rows a clean run gives it; published Parquet and
serving copies are whole. The next run completes the work: its tables equal a clean run's."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from newsledger import pipeline
from tests.robustness.corpus import (article_rows, cli_env, loaded_ids, reap, relationship_violations, start_run,
                                     write_good)
from warehouse import load
from warehouse.compare import compare_parquet, compare_warehouses
from warehouse.serving import serving_path

pytestmark = pytest.mark.slow
ARTICLES = 30
BATCH_SIZE = 3
TIMED_KILLS = 2
COMMIT_KILLS = 4
SEED = 20240605
# Extraction in the run's own process: loads and publishing (what a crash could corrupt) happen
# there either way, and a worker pool only slows each of the many runs here down.
ONE_PROCESS = {"NEWSLEDGER_WORKERS": "1"}
# What relationships.sql reports while actor resolution is pending (see `check_references`).
PENDING_RESOLUTION = {"actor_mentions.actor_id", "article_actors.actor_id", "event_actors.actor_id",
                      "actors without mentions"}


@dataclass(frozen=True)
class Reference:
    """A clean, uninterrupted run over the same raw folder, how long it took and how many
    commits it made."""

    raw: Path
    warehouse: Path
    prefect_home: Path
    seconds: float
    commits: int


def _wal(warehouse: Path) -> Path:
    return warehouse.with_name(warehouse.name + ".wal")


def watch(proc: subprocess.Popen, warehouse: Path, *, until_commits: int | None = None,
          until_seconds: float = 600) -> int:
    """Poll the run until it exits, has made `until_commits` commits or `until_seconds` passed,
    without touching the warehouse (a reader would take its lock); returns the commits seen."""
    started, commits, last = time.monotonic(), 0, 0
    while proc.poll() is None and time.monotonic() - started < until_seconds:
        try:
            size = _wal(warehouse).stat().st_size
        except FileNotFoundError:
            size = 0
        if size > last:
            commits += 1
        last = size
        if until_commits is not None and commits >= until_commits:
            break
        time.sleep(0.005)
    return commits


def run_to_end(raw: Path, warehouse: Path, prefect_home: Path) -> tuple[float, int, str]:
    """One complete `newsledger run`; returns its wall time, the commits seen and its output."""
    started = time.monotonic()
    proc = start_run(raw, warehouse, warehouse.parent / "parquet", cli_env(prefect_home, **ONE_PROCESS), BATCH_SIZE)
    try:
        commits = watch(proc, warehouse)
        out, err = proc.communicate(timeout=600)
    finally:
        reap(proc)
    assert proc.returncode == 0, err
    return time.monotonic() - started, commits, out


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Reference:
    base = tmp_path_factory.mktemp("kill-reference")
    write_good(base / "raw", range(ARTICLES))
    (base / "clean").mkdir()
    warehouse = base / "clean" / "w.duckdb"
    seconds, commits, out = run_to_end(base / "raw", warehouse, base / "prefect")
    assert f"{ARTICLES} loaded" in out, out
    assert commits >= ARTICLES // BATCH_SIZE, "the WAL did not show the batch commits"
    return Reference(base / "raw", warehouse, base / "prefect", seconds, commits)


def kill_points(reference: Reference) -> list[tuple[str, float]]:
    """Seeded: ("seconds", t) at random times of a full run, ("commits", k) after k commits plus
    up to a batch's worth of time, so the kill lands inside a batch."""
    rng = random.Random(SEED)
    timed = [("seconds", rng.uniform(0, reference.seconds)) for _ in range(TIMED_KILLS)]
    counted = [("commits", rng.randint(1, reference.commits)) for _ in range(COMMIT_KILLS)]
    return timed + counted


def check_published(warehouse: Path) -> None:
    """Whatever Parquet and serving copy readers can see opens whole."""
    parquet = warehouse.parent / "parquet"
    for path in parquet.rglob("*.parquet") if parquet.exists() else []:
        duckdb.sql(f"SELECT count(*) FROM read_parquet('{path.as_posix()}')").fetchall()
    serving = serving_path(warehouse)
    if serving.exists():
        con = duckdb.connect(str(serving), read_only=True)
        try:
            assert relationship_violations(con) == []
        finally:
            con.close()


def check_references(con: duckdb.DuckDBPyConnection) -> bool:
    """References hold, except that a run killed between its loads and its actor resolution
    leaves actor ids unset (batches load them unset; the run resolves once after its loads).
    Returns whether resolution is pending."""
    broken = {row[0] for row in relationship_violations(con)}
    pending = load.unresolved_actors(con) > 0
    assert broken <= (PENDING_RESOLUTION if pending else set()), broken
    return pending


def check_resolvable(warehouse: Path) -> None:
    """Resolving a copy of the warehouse, as the next run does first, leaves nothing broken."""
    copy = warehouse.with_name("resolved-" + warehouse.name)
    shutil.copyfile(warehouse, copy)
    con = duckdb.connect(str(copy))
    try:
        pipeline.resolve_warehouse(con, [])
        assert relationship_violations(con) == []
    finally:
        con.close()
        copy.unlink()


def check_consistent(warehouse: Path, reference: Reference) -> tuple[int, bool]:
    """The killed run's warehouse holds whole batches, each article with its complete rows;
    returns how many articles it holds and whether actor resolution was pending."""
    if not warehouse.exists():
        return 0, False
    con = duckdb.connect(str(warehouse))  # read-write, as the next run opens it: replays a WAL
    ref = duckdb.connect(str(reference.warehouse), read_only=True)
    try:
        pending = check_references(con)
        ids = loaded_ids(con)
        assert len(ids) % BATCH_SIZE == 0 or len(ids) == ARTICLES, ids
        assert article_rows(con, ids) == article_rows(ref, ids)
        statuses = {r[0] for r in con.execute("SELECT status FROM runs").fetchall()}
        assert statuses <= {"running", "completed", "failed"}
    finally:
        con.close()
        ref.close()
    if pending:
        check_resolvable(warehouse)
    check_published(warehouse)
    return len(ids), pending


def leftovers(warehouse: Path) -> list[Path]:
    """Temporary files of an interrupted publish that a finished run should have removed."""
    parquet = warehouse.parent / "parquet"
    return [*warehouse.parent.glob(f".{parquet.name}.*"), *serving_path(warehouse).parent.glob(".*")]


def test_sigkill_at_random_points_leaves_a_consistent_warehouse(reference: Reference, tmp_path: Path) -> None:
    rng = random.Random(SEED + 1)
    outcomes = []
    for number, (kind, at) in enumerate(kill_points(reference)):
        folder = tmp_path / f"kill-{number}"
        folder.mkdir()
        warehouse = folder / "w.duckdb"
        proc = start_run(reference.raw, warehouse, folder / "parquet", cli_env(reference.prefect_home, **ONE_PROCESS), BATCH_SIZE)
        started = time.monotonic()
        if kind == "seconds":
            watch(proc, warehouse, until_seconds=at)
        else:
            watch(proc, warehouse, until_commits=int(at))
            time.sleep(rng.uniform(0, 0.3))
        finished_first = proc.poll() is not None
        if not finished_first:
            os.kill(proc.pid, signal.SIGKILL)
        killed_at = time.monotonic() - started
        proc.wait()
        reap(proc)
        present, pending = check_consistent(warehouse, reference)
        outcomes.append((f"{kind}={at:.1f}" if kind == "seconds" else f"{kind}={at}", round(killed_at, 1), present,
                         pending, finished_first))

        run_to_end(reference.raw, warehouse, reference.prefect_home)
        assert compare_warehouses(reference.warehouse, warehouse) == {}
        con = duckdb.connect(str(warehouse), read_only=True)
        try:
            assert compare_parquet(con, folder / "parquet") == {}
        finally:
            con.close()
        check_published(warehouse)
        assert leftovers(warehouse) == []
    print(f"full run {reference.seconds:.1f}s, {reference.commits} commits; kills (point, killed at s, articles "
          f"present, resolution pending, finished first): {outcomes}")
