"""Publishing again with no row changed rewrites only `runs` in the Parquet export and the
serving copy; any other change republishes everything. Either way both equal the warehouse."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pandas as pd

from tests.factories import TEXT, extraction, raw_article
from tests.warehouse import small
from warehouse import load
from warehouse.compare import compare_parquet
from warehouse.publish import publish


def _run_row(run_id: str) -> pd.DataFrame:
    now = dt.datetime(2024, 5, 1)
    return pd.DataFrame([{"run_id": run_id, "started_at": now, "finished_at": now, "status": "completed",
                          "articles_seen": 3, "articles_loaded": 0, "articles_skipped": 3, "rejects": 0,
                          "extractor_version": "test"}])


def _runs_in_serving(serving: Path) -> int:
    con = duckdb.connect(str(serving), read_only=True)
    try:
        return int(con.execute("SELECT count(*) FROM runs").fetchone()[0])
    finally:
        con.close()


def test_unchanged_rows_republish_only_runs(tmp_path: Path):
    path, parquet = tmp_path / "w.duckdb", tmp_path / "parquet"
    con = small.build(path)
    try:
        assert not publish(con, path, parquet).unchanged
        articles_file = next((parquet / "articles").rglob("*.parquet"))
        load.merge(con, "runs", _run_row("r2"))
        again = publish(con, path, parquet)
        assert again.unchanged and again.reindexed == []
        assert _runs_in_serving(again.serving) == 1
        assert next((parquet / "articles").rglob("*.parquet")).stat().st_ino == articles_file.stat().st_ino
        assert compare_parquet(con, parquet) == {}

        small.load_pairs(con, [(raw_article("a9", TEXT + " Later."), extraction("a9", TEXT + " Later."))])
        changed = publish(con, path, parquet)
        assert not changed.unchanged
        assert compare_parquet(con, parquet) == {}
    finally:
        con.close()
