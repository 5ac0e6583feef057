"""A small published warehouse (views, index, Parquet, serving copy) built from hand-written rows."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from tests.warehouse import small
from warehouse.publish import Published, publish


@dataclass
class Small:
    path: Path
    con: duckdb.DuckDBPyConnection
    published: Published


@pytest.fixture(scope="module")
def small_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Small]:
    """Shared by a module's tests, which only read it."""
    tmp_path = tmp_path_factory.mktemp("small")
    path = tmp_path / "w.duckdb"
    con = small.build(path)
    published = publish(con, path, tmp_path / "parquet")
    yield Small(path, con, published)
    con.close()
