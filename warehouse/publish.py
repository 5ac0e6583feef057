"""What runs after the loads of a flow run, in order: views, search index, Parquet, serving
copy. Each step reads what the one before left, so the Parquet export carries the views and
the serving copy carries views and index. When no row changed since the outputs were last
published (a fingerprint in `publish_state.outputs` says so), only the `runs` table, which every
run writes, is rewritten in them."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from warehouse.export import export_parquet
from warehouse.load import TABLES, ducklake_catalog, transaction
from warehouse.search import refresh_index
from warehouse.serving import publish_snapshot, serving_path
from warehouse.views import VIEW_DIR, VIEWS, create_views

RUN_TABLES = ("runs",)  # written by every run, so republished every run


@dataclass
class Published:
    parquet_dir: Path
    serving: Path
    reindexed: list[str]
    seconds: dict[str, float] = field(default_factory=dict)
    unchanged: bool = False  # nothing but `runs` changed since the last publish


def content_fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    """Changes whenever a row of a table other than `runs`, or a view definition, changes."""
    digest = hashlib.sha256()
    for table in TABLES:
        if table not in RUN_TABLES:
            digest.update(repr(con.execute(
                f"SELECT count(*), coalesce(bit_xor(hash(t)), 0) FROM {table} AS t").fetchone()).encode())
    for name in VIEWS:
        digest.update((VIEW_DIR / f"{name}.sql").read_bytes())
    return digest.hexdigest()


def _outputs_key(parquet_dir: Path, serving: Path) -> str:
    return f"{parquet_dir.resolve()}|{serving.resolve()}"


def _last_fingerprint(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    con.execute("CREATE SCHEMA IF NOT EXISTS publish_state")
    con.execute("CREATE TABLE IF NOT EXISTS publish_state.outputs (outputs VARCHAR NOT NULL, fingerprint VARCHAR NOT NULL)")
    row = con.execute("SELECT fingerprint FROM publish_state.outputs WHERE outputs = ?", [key]).fetchone()
    return row[0] if row else None


def _record_fingerprint(con: duckdb.DuckDBPyConnection, key: str, fingerprint: str) -> None:
    with transaction(con):
        con.execute("DELETE FROM publish_state.outputs WHERE outputs = ?", [key])
        con.execute("INSERT INTO publish_state.outputs VALUES (?, ?)", [key, fingerprint])


def publish(con: duckdb.DuckDBPyConnection, warehouse: Path, parquet_dir: Path) -> Published:
    """Views, then the search index (rebuilt only if statements or articles changed; none on a
    DuckLake, whose catalog cannot hold the index's macros), then the Parquet export, then the
    serving snapshot, each in full or, when only `runs` changed, just its `runs`; times each step."""
    seconds: dict[str, float] = {}
    start = time.perf_counter()

    def lap(step: str) -> None:
        nonlocal start
        now = time.perf_counter()
        seconds[step], start = round(now - start, 3), now

    create_views(con)
    lap("views")
    reindexed = refresh_index(con) if ducklake_catalog(warehouse) is None else []
    lap("search_index")
    serving = serving_path(warehouse)
    key, fingerprint = _outputs_key(parquet_dir, serving), content_fingerprint(con)
    unchanged = _last_fingerprint(con, key) == fingerprint and parquet_dir.exists() and serving.exists()
    only = RUN_TABLES if unchanged else None
    lap("fingerprint")
    export_parquet(con, parquet_dir, only=only)
    lap("parquet")
    publish_snapshot(con, serving, only=only)
    lap("serving")
    if not unchanged:
        _record_fingerprint(con, key, fingerprint)
    return Published(parquet_dir, serving, reindexed, seconds, unchanged)
