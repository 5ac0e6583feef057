"""The comparison helper for the three-run acceptance check: equal warehouses compare equal
whatever their load history, and a changed or duplicated row shows up."""

from __future__ import annotations

from tests.factories import raw_article
from tests.warehouse import small
from warehouse.compare import compare_warehouses


def test_run_sequence_equals_one_fresh_run(tmp_path):
    edited = "Breaking: " + small.TEXT2
    final = [small.articles()[0], (raw_article("a2", edited), small.accusation(text=edited)), small.articles()[2]]
    sequence = small.build(tmp_path / "sequence.duckdb")  # full run
    small.load_pairs(sequence, small.articles(), now=small.NOW.replace(day=2))  # unchanged run, later
    small.load_pairs(sequence, [final[1]], now=small.NOW.replace(day=3))  # one article edited
    sequence.close()
    small.build(tmp_path / "fresh.duckdb", final).close()
    assert compare_warehouses(tmp_path / "sequence.duckdb", tmp_path / "fresh.duckdb") == {}


def test_differences_are_reported_per_table(tmp_path):
    small.build(tmp_path / "a.duckdb").close()
    b = small.build(tmp_path / "b.duckdb", small.articles()[:2])
    b.execute("INSERT INTO places SELECT * REPLACE ('dup' AS place_id) FROM places LIMIT 1")
    b.close()
    diffs = compare_warehouses(tmp_path / "a.duckdb", tmp_path / "b.duckdb")
    assert diffs["articles"] == (1, 0) and diffs["statements"] == (1, 0) and diffs["places"] == (1, 1)
    assert "runs" not in diffs
