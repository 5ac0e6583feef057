"""Loading merges from staging: a second load of the same rows changes nothing and a changed
article replaces its rows (the Parquet export is tested in test_export.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from newsledger.tables import article_frames
from schemas import validate_frames
from tests.factories import TEXT, extraction, raw_article
from warehouse import load

NOW = dt.datetime(2024, 3, 7)


def _valid(text: str = TEXT, **kw):
    valid, violations = validate_frames(article_frames([(raw_article(text=text, **kw), extraction(text=text))], "test", NOW))
    assert not violations
    return valid


def test_second_load_of_same_rows_changes_nothing(tmp_path):
    con = load.connect(tmp_path / "w.duckdb")
    with load.transaction(con):
        first = load.load_articles(con, _valid())
    with load.transaction(con):
        second = load.load_articles(con, _valid())
    assert first["statements"] == 1 and first["events"] == 1
    assert set(second.values()) == {0}
    assert load.table_counts(con)["actor_mentions"] == 2


def test_changed_article_replaces_its_rows(tmp_path):
    con = load.connect(tmp_path / "w.duckdb")
    with load.transaction(con):
        load.load_articles(con, _valid())
    edited = "Breaking: " + TEXT  # every offset moves
    with load.transaction(con):
        load.load_articles(con, _valid(text=edited))
    counts = load.table_counts(con)
    assert counts["articles"] == 1 and counts["statements"] == 1 and counts["actor_mentions"] == 2
    start, text = con.execute("SELECT s.char_start, a.text FROM statements s JOIN articles a USING (article_id)").fetchone()
    assert text[start:start + 9] == "We agreed"


def test_failed_batch_leaves_warehouse_as_before(tmp_path):
    con = load.connect(tmp_path / "w.duckdb")
    frames = _valid()
    frames["events"] = frames["events"].assign(negated=None)  # NOT NULL column: the merge fails
    try:
        with load.transaction(con):
            load.load_articles(con, frames)
    except Exception:  # noqa: BLE001 - the failure itself is the point
        pass
    assert set(load.table_counts(con).values()) == {0}


def test_second_writer_gets_a_clear_busy_error(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "w.duckdb"
    con = load.connect(path)
    code = f"from warehouse import load; from pathlib import Path; load.connect(Path({str(path)!r}))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    con.close()
    assert proc.returncode != 0 and "WarehouseBusy" in proc.stderr and "in use" in proc.stderr


def test_an_act_told_again_for_a_further_date_is_a_row_of_its_own():
    ex = extraction()
    met = ex.events[0]
    again = replace(met, target_key=None, event_date=dt.date(2024, 3, 5), date_text="Tuesday", conjunct=1)
    ex.events.append(again)
    frames = article_frames([(raw_article(), ex)], "test", NOW)
    ids = list(frames["events"]["event_id"])
    assert len(ids) == 2 and len(set(ids)) == 2
    assert ids == list(article_frames([(raw_article(), ex)], "test", NOW)["events"]["event_id"])  # stable
    assert ids[0] == list(article_frames([(raw_article(), extraction())], "test", NOW)["events"]["event_id"])[0]
