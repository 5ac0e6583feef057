"""What runs after the loads of a flow run, in order: views, search index, Parquet, serving
copy. Each step reads what the one before left, so the Parquet export carries the views and
the serving copy carries views and index."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from warehouse.export import export_parquet
from warehouse.search import refresh_index
from warehouse.serving import publish_snapshot, serving_path
from warehouse.views import create_views


@dataclass
class Published:
    parquet_dir: Path
    serving: Path
    reindexed: list[str]
    seconds: dict[str, float] = field(default_factory=dict)


def publish(con: duckdb.DuckDBPyConnection, warehouse: Path, parquet_dir: Path) -> Published:
    """Views, then the search index (rebuilt only if statements or articles changed), then the
    Parquet export, then the serving snapshot; times each step."""
    seconds: dict[str, float] = {}
    start = time.perf_counter()

    def lap(step: str) -> None:
        nonlocal start
        now = time.perf_counter()
        seconds[step], start = round(now - start, 3), now

    create_views(con)
    lap("views")
    reindexed = refresh_index(con)
    lap("search_index")
    export_parquet(con, parquet_dir)
    lap("parquet")
    serving = publish_snapshot(con, serving_path(warehouse))
    lap("serving")
    return Published(parquet_dir, serving, reindexed, seconds)
