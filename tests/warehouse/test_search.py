"""Full-text search: ranked statements with speaker and date, from the warehouse, the serving
copy and the command line; the index is rebuilt only when indexed rows change."""

from __future__ import annotations

import duckdb
import pytest

from newsledger.cli import main
from tests.factories import raw_article
from tests.warehouse import small
from warehouse import load, search
from warehouse.views import create_views


def test_extensions_come_from_their_wheels():
    assert load.extension_path("fts").is_file() and load.extension_path("ducklake").is_file()


def test_statements_rank_with_speaker_and_date(small_warehouse):
    hits = search.search(small_warehouse.con, "ceasefire")
    assert hits["speaker"].tolist() == ["Tom Reed", "A spokesman"]  # "ceasefires" matches by stem
    assert hits["score"].is_monotonic_decreasing
    assert str(hits["published"].iloc[0].date()) == "2024-04-10" and hits["speaker_role"].iloc[0] == "Governor"
    assert search.search(small_warehouse.con, "zebra").empty


def test_articles_search_title_and_text(small_warehouse):
    assert search.search(small_warehouse.con, "springfield", table="articles")["article_id"].tolist() == ["a1"]


def test_serving_copy_searches_read_only(small_warehouse):
    con = duckdb.connect(str(small_warehouse.published.serving), read_only=True)
    try:
        assert len(search.search(con, "ceasefire")) == 2
    finally:
        con.close()


def test_index_rebuilt_only_when_rows_change(tmp_path):
    con = small.build(tmp_path / "w.duckdb")
    create_views(con)
    assert search.refresh_index(con) == ["statements", "articles"]
    assert search.refresh_index(con) == []
    small.load_pairs(con, small.articles())  # the same rows again
    assert search.refresh_index(con) == []
    edited = small.TEXT2.replace("The ceasefire is over", "The truce is over")
    small.load_pairs(con, [(raw_article("a2", edited), small.accusation(text=edited, said="The truce is over"))])
    assert search.refresh_index(con) == ["statements", "articles"]
    assert search.search(con, "truce")["article_id"].tolist() == ["a2"]
    assert search.search(con, "ceasefire")["speaker"].tolist() == ["A spokesman"]


def test_missing_index_is_a_clear_error(tmp_path):
    con = small.build(tmp_path / "w.duckdb")
    with pytest.raises(search.NoSearchIndex, match="newsledger run"):
        search.search(con, "ceasefire")


def test_cli_search_prints_ranked_statements(small_warehouse, capsys):
    assert main(["search", "ceasefire", "--warehouse", str(small_warehouse.path)]) == 0
    out = capsys.readouterr().out
    assert out.index("Tom Reed") < out.index("A spokesman") and "2024-04-10" in out and "(2 rows)" in out


def test_cli_search_without_warehouse(tmp_path, capsys):
    assert main(["search", "ceasefire", "--warehouse", str(tmp_path / "none.duckdb")]) == 2
    assert "newsledger run" in capsys.readouterr().err
