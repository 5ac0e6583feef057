"""The serving copy: a read-only snapshot of the warehouse for BI tools. DuckDB lets one process
write a file or many read it, never both, so BI tools get their own file, rewritten after each
load into a temporary file and renamed over the old one. A reader that opened the old copy
keeps reading it (POSIX keeps the unlinked file alive); the next connection sees the new one;
nobody ever sees a half-loaded state or blocks the writer."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

from warehouse.load import sql_string

SNAPSHOT_ALIAS = "serving_snapshot"


def serving_path(warehouse: Path) -> Path:
    """`warehouse/newsledger.duckdb` -> `warehouse/serving/newsledger.duckdb`."""
    return warehouse.parent / "serving" / warehouse.name


def publish_snapshot(con: duckdb.DuckDBPyConnection, target: Path) -> Path:
    """Copy every schema, table, view and macro of the open warehouse (search index included)
    into `target`, atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    for stale in (tmp, tmp.with_name(tmp.name + ".wal")):
        stale.unlink(missing_ok=True)
    source = con.execute("SELECT current_database()").fetchone()[0]
    con.execute(f"ATTACH {sql_string(str(tmp))} AS {SNAPSHOT_ALIAS}")
    try:
        con.execute(f"COPY FROM DATABASE {source} TO {SNAPSHOT_ALIAS}")
    finally:
        con.execute(f"DETACH {SNAPSHOT_ALIAS}")
    tmp.replace(target)
    return target
