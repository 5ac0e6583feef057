"""Checks that two copies of the data hold the same rows: two warehouses (a run sequence versus
one fresh run), or a warehouse and its Parquet export. Rows compare as multisets, so a
duplicate shows up as a difference."""

from __future__ import annotations

from pathlib import Path

import duckdb

from warehouse.export import DATASETS, PARTITION_DATES
from warehouse.load import TABLES, sql_string

# Columns that record when or in which run a row was written, not what it says.
RUN_COLUMNS = frozenset({"ingested_at", "rejected_at", "run_id"})
RUN_TABLES = frozenset({"runs"})


def _differences(con: duckdb.DuckDBPyConnection, left: str, right: str) -> tuple[int, int]:
    """(rows only in `left`, rows only in `right`), counting duplicates."""
    count = "SELECT count(*) FROM ({} EXCEPT ALL {})"
    return (int(con.execute(count.format(left, right)).fetchone()[0]),
            int(con.execute(count.format(right, left)).fetchone()[0]))


def compare_warehouses(a: Path, b: Path) -> dict[str, tuple[int, int]]:
    """Every table whose rows differ between warehouses `a` and `b`, ignoring run bookkeeping
    (RUN_COLUMNS, the `runs` table): {table: (rows only in a, rows only in b)}; empty when equal."""
    con = duckdb.connect()
    try:
        con.execute(f"ATTACH {sql_string(str(a))} AS wa (READ_ONLY)")
        con.execute(f"ATTACH {sql_string(str(b))} AS wb (READ_ONLY)")
        diffs = {}
        for table in TABLES:
            if table in RUN_TABLES:
                continue
            columns = [r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_catalog = 'wa' AND table_name = ? "
                "ORDER BY ordinal_position", [table]).fetchall() if r[0] not in RUN_COLUMNS]
            select = f"SELECT {', '.join(columns)} FROM {{}}.{table}"
            diff = _differences(con, select.format("wa"), select.format("wb"))
            if diff != (0, 0):
                diffs[table] = diff
        return diffs
    finally:
        con.close()


def compare_parquet(con: duckdb.DuckDBPyConnection, parquet_dir: Path) -> dict[str, tuple[int, int]]:
    """Every table or view whose Parquet dataset differs from the warehouse, row for row (the
    partition columns aside): {dataset: (rows only in DuckDB, rows only in Parquet)}."""
    diffs = {}
    for name in DATASETS:
        files = sql_string(str(parquet_dir / name / "**" / "*.parquet"))
        partitioned = name in PARTITION_DATES
        parquet = (f"SELECT * EXCLUDE (year, month) FROM read_parquet({files}, hive_partitioning = true)"
                   if partitioned else f"SELECT * FROM read_parquet({files}, hive_partitioning = false)")
        diff = _differences(con, f"SELECT * FROM {name}", parquet)
        if diff != (0, 0):
            diffs[name] = diff
    return diffs
