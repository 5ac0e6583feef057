"""Issue 5, crashes: what a publish killed midway leaves (a half-written serving copy under a dead
process's id, a half-written Parquet staging folder) is removed by the next publish, and the
visible copies are whole."""

from __future__ import annotations

from pathlib import Path

import duckdb

from warehouse.load import connect
from warehouse.publish import publish
from warehouse.serving import serving_path


def test_next_publish_removes_what_a_killed_one_left(tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    serving, parquet = serving_path(warehouse), tmp_path / "parquet"
    serving.parent.mkdir(parents=True)
    dead = [serving.with_name(f".{serving.name}.tmp-999999"), serving.with_name(f".{serving.name}.tmp-999999.wal"),
            tmp_path / ".parquet.staging-deadbeef" / "articles" / "data_0.parquet"]
    for path in dead:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"half written")
    con = connect(warehouse)
    try:
        publish(con, warehouse, parquet)
    finally:
        con.close()
    assert [p for p in dead if p.exists()] == []
    assert sorted(p.name for p in serving.parent.iterdir()) == [serving.name]
    duckdb.connect(str(serving), read_only=True).close()
