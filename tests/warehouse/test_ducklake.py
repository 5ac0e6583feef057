"""A DuckLake warehouse (local DuckDB catalog, Parquet data files) loads the same articles as a
DuckDB file through the same MERGEs and answers every table and view the same."""

from __future__ import annotations

from pathlib import Path

from tests.warehouse import small
from warehouse import load
from warehouse.views import VIEWS, create_views


def _rows(con, name: str) -> list[tuple]:
    return con.execute(f"SELECT * FROM {name} ORDER BY ALL").fetchall()


def test_ducklake_answers_like_duckdb(tmp_path: Path):
    lake_path = Path(f"{load.DUCKLAKE}{tmp_path / 'lake.ducklake'}")
    duck, lake = small.build(tmp_path / "w.duckdb"), small.build(lake_path)
    try:
        small.load_pairs(lake, small.articles()[1:])  # a re-load changes nothing, as on DuckDB
        for con in (duck, lake):
            create_views(con)
        for name in (*load.TABLES, *VIEWS):
            assert _rows(lake, name) == _rows(duck, name), name
        assert _rows(lake, "articles")
        assert any((tmp_path / "lake_data").rglob("*.parquet"))
    finally:
        duck.close()
        lake.close()
    reader = load.connect(lake_path, read_only=True)
    try:
        assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
    finally:
        reader.close()


def test_cli_reads_a_ducklake(tmp_path: Path, capsys):
    from newsledger.cli import main

    lake_path = f"{load.DUCKLAKE}{tmp_path / 'lake.ducklake'}"
    small.build(Path(lake_path)).close()
    assert main(["sql", "select count(*) as n from articles", "--warehouse", lake_path]) == 0
    assert "3" in capsys.readouterr().out
    assert main(["sql", "select 1", "--warehouse", f"{load.DUCKLAKE}{tmp_path / 'none.ducklake'}"]) == 2
