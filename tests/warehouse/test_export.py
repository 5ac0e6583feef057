"""The Parquet export: every table and view, Hive-partitioned by publication year/month, equal
to the warehouse for pyarrow, polars and DuckDB, with nothing stale left behind."""

from __future__ import annotations

import datetime as dt
import json

import duckdb
import polars as pl
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from tests.factories import extraction, raw_article
from tests.warehouse import small
from warehouse import export
from warehouse.compare import compare_parquet
from warehouse.load import TABLES, connect
from warehouse.views import VIEWS, create_views

VIEW_KEYS = {"event_timeline": ("event_id",), "who_said_what": ("statement_id",), "actor_profile": ("actor_id",),
             "actor_pairs": ("actor_1_id", "actor_2_id", "event_type"),
             "daily_event_counts": ("day", "event_type", "country_code")}
KEYS = {**{t: keys for t, (_, keys) in TABLES.items()}, **VIEW_KEYS}


def _keys(rows: list[tuple]) -> set[tuple]:
    return {tuple(None if v is None else str(v) for v in row) for row in rows}


def _readers(parquet_dir, name: str, keys: tuple[str, ...]) -> dict[str, set[tuple]]:
    """The dataset's keys as pyarrow, polars and DuckDB read them."""
    folder = parquet_dir / name
    arrow = pq.read_table(folder).select(list(keys)).to_pylist()
    polars = pl.read_parquet(folder / "**" / "*.parquet", hive_partitioning=True).select(keys).rows()
    duck = duckdb.sql(f"SELECT {', '.join(keys)} FROM read_parquet('{folder}/**/*.parquet', hive_partitioning = true)")
    return {"pyarrow": _keys([tuple(r.values()) for r in arrow]), "polars": _keys(polars), "duckdb": _keys(duck.fetchall())}


def _check_readers_agree(con, parquet_dir) -> None:
    assert set(KEYS) == set(export.DATASETS)
    for name, keys in KEYS.items():
        expected = _keys(con.execute(f"SELECT {', '.join(keys)} FROM {name}").fetchall())
        rows = con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
        assert len(expected) == rows, f"{name}: keys are not unique"
        for reader, found in _readers(parquet_dir, name, keys).items():
            assert found == expected, f"{name} read by {reader}"
    assert compare_parquet(con, parquet_dir) == {}


def test_every_table_and_view_is_exported_and_readable(small_warehouse):
    parquet_dir = small_warehouse.published.parquet_dir
    _check_readers_agree(small_warehouse.con, parquet_dir)
    manifest = json.loads((parquet_dir / export.MANIFEST).read_text())
    assert set(manifest["datasets"]) == set(TABLES) | set(VIEWS)
    assert manifest["datasets"]["statements"]["rows"] == 3


def test_partitions_follow_publication_date(small_warehouse):
    statements = small_warehouse.published.parquet_dir / "statements"
    parts = sorted(str(p.parent.relative_to(statements)) for p in statements.rglob("*.parquet"))
    assert parts == ["year=2024/month=3", "year=2024/month=4",
                     "year=__HIVE_DEFAULT_PARTITION__/month=__HIVE_DEFAULT_PARTITION__"]  # a3 is undated
    # pyarrow.dataset reads the partition keys as plain integers (pq.read_table dictionary-encodes them)
    years = ds.dataset(statements, partitioning="hive").to_table(columns=["article_id", "year", "month"]).to_pylist()
    assert sorted(years, key=lambda r: r["article_id"]) == [
        {"article_id": "a1", "year": 2024, "month": 3}, {"article_id": "a2", "year": 2024, "month": 4},
        {"article_id": "a3", "year": None, "month": None}]
    assert [p.name for p in (small_warehouse.published.parquet_dir / "actors").iterdir()] == ["data_0.parquet"]


def test_reexport_leaves_no_stale_file(tmp_path):
    con = small.build(tmp_path / "w.duckdb")
    create_views(con)
    parquet_dir = tmp_path / "parquet"
    export.export_parquet(con, parquet_dir)
    stray = parquet_dir / "articles" / "year=1999" / "month=1" / "old.parquet"
    stray.parent.mkdir(parents=True)
    stray.write_bytes((parquet_dir / "actors" / "data_0.parquet").read_bytes())
    # a1 is re-published in May: its March partition must go
    small.load_pairs(con, [(raw_article("a1", published=dt.datetime(2024, 5, 2)), extraction("a1"))])
    export.export_parquet(con, parquet_dir)
    assert not stray.exists() and not (parquet_dir / "articles" / "year=2024" / "month=3").exists()
    assert (parquet_dir / "statements" / "year=2024" / "month=5").is_dir()
    assert not list(tmp_path.glob(".parquet.*"))  # no staging or old copy left
    _check_readers_agree(con, parquet_dir)


def test_empty_warehouse_exports_readable_empty_datasets(tmp_path):
    con = connect(tmp_path / "w.duckdb")
    create_views(con)
    export.export_parquet(con, tmp_path / "parquet")
    _check_readers_agree(con, tmp_path / "parquet")
    assert pq.read_table(tmp_path / "parquet" / "statements").num_rows == 0


def test_old_single_file_layout_is_replaced(small_warehouse, tmp_path):
    parquet_dir = tmp_path / "parquet"
    parquet_dir.mkdir()
    (parquet_dir / "articles.parquet").write_bytes(b"old")
    export.export_parquet(small_warehouse.con, parquet_dir)
    assert not (parquet_dir / "articles.parquet").exists() and (parquet_dir / "articles").is_dir()


def test_refuses_to_replace_a_folder_it_did_not_write(small_warehouse, tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(FileExistsError, match="not a newsledger export"):
        export.export_parquet(small_warehouse.con, tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_failed_export_keeps_the_previous_one(small_warehouse, tmp_path, monkeypatch):
    parquet_dir = tmp_path / "parquet"
    export.export_parquet(small_warehouse.con, parquet_dir)
    before = sorted(p.relative_to(parquet_dir) for p in parquet_dir.rglob("*"))

    def broken(con, name, target):
        raise OSError("disk full")

    monkeypatch.setattr(export, "_write_dataset", broken)
    with pytest.raises(OSError):
        export.export_parquet(small_warehouse.con, parquet_dir)
    assert sorted(p.relative_to(parquet_dir) for p in parquet_dir.rglob("*")) == before
