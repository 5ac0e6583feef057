"""Analysis views (`sql/views/*.sql`, one documented view a file), recreated after each load so
the warehouse, its Parquet export and the serving copy all carry the current definitions."""

from __future__ import annotations

import duckdb

from warehouse.load import SQL_DIR

VIEW_DIR = SQL_DIR / "views"
VIEWS: tuple[str, ...] = tuple(sorted(p.stem for p in VIEW_DIR.glob("*.sql")))


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    """CREATE OR REPLACE every view; cheap, so it runs after every load."""
    for name in VIEWS:
        con.execute((VIEW_DIR / f"{name}.sql").read_text(encoding="utf-8"))
