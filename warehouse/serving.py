"""The serving copy: a read-only snapshot of the warehouse for BI tools. DuckDB lets one process
write a file or many read it, never both, so BI tools get their own file, rewritten after each
load into a temporary file and renamed over the old one. A reader that opened the old copy
keeps reading it (POSIX keeps the unlinked file alive); the next connection sees the new one;
nobody ever sees a half-loaded state or blocks the writer."""

from __future__ import annotations

import os
import shutil
from collections.abc import Collection
from pathlib import Path

import duckdb

from warehouse.load import ducklake_catalog, sql_string

SNAPSHOT_ALIAS = "serving_snapshot"


def serving_path(warehouse: Path) -> Path:
    """`warehouse/newsledger.duckdb` -> `warehouse/serving/newsledger.duckdb`; a DuckLake
    `ducklake:warehouse/lake.ducklake` -> `warehouse/serving/lake.duckdb`."""
    catalog = ducklake_catalog(warehouse)
    if catalog is not None:
        return catalog.parent / "serving" / f"{catalog.stem}.duckdb"
    return warehouse.parent / "serving" / warehouse.name


def publish_snapshot(con: duckdb.DuckDBPyConnection, target: Path, only: Collection[str] | None = None) -> Path:
    """Copy every schema, table, view and macro of the open warehouse (search index included)
    into `target`, atomically. With `only` (tables, the rest known unchanged) and a current
    copy, the new copy is the current file with just those tables' rows replaced."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    for stale in target.parent.glob(f".{target.name}.tmp-*"):  # ours, or a killed run's (it held the lock we hold)
        stale.unlink(missing_ok=True)
    partial = only is not None and target.exists()
    if partial:
        shutil.copyfile(target, tmp)
    name = con.execute("SELECT current_database()").fetchone()[0]
    source = '"' + name.replace('"', '""') + '"'  # quoted: a file named default.duckdb is database "default"
    con.execute(f"ATTACH {sql_string(str(tmp))} AS {SNAPSHOT_ALIAS}")
    try:
        if partial:
            for table in only:
                con.execute(f"DELETE FROM {SNAPSHOT_ALIAS}.{table}")
                con.execute(f"INSERT INTO {SNAPSHOT_ALIAS}.{table} SELECT * FROM {source}.{table}")
        else:
            con.execute(f"COPY FROM DATABASE {source} TO {SNAPSHOT_ALIAS}")
    finally:
        con.execute(f"DETACH {SNAPSHOT_ALIAS}")
    tmp.replace(target)
    return target
