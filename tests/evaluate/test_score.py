"""Scoring against a small hand-made gold: each test spoils one thing and checks the score moves."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from newsledger.evaluate import (
    EvalReport,
    format_report,
    load_gold_dir,
    score_gold,
    score_gold_dir,
)
from newsledger.evaluate.text import norm, overlap


def _append(frame: pd.DataFrame, row: dict) -> pd.DataFrame:
    return pd.concat([frame, pd.DataFrame([row])], ignore_index=True)


def _add_actor(tables: dict, article_id: str, actor_id: str, name: str) -> None:
    tables["actors"] = _append(
        tables["actors"], {"actor_id": actor_id, "name": name, "actor_type": "organization"}
    )
    tables["actor_mentions"] = _append(
        tables["actor_mentions"],
        {"mention_id": f"m-{actor_id}", "article_id": article_id, "actor_id": actor_id},
    )


def test_perfect_prediction_scores_one(gold, make_tables, article_id):
    score = score_gold(gold, make_tables())
    assert score.article_id == article_id
    for table in ("actors", "statements", "events"):
        t = score.table(table)
        assert (t.precision, t.recall, t.f1) == (1.0, 1.0, 1.0), table
    for name, attr in score.attributes.items():
        assert attr.given > 0 and attr.right == attr.given, (name, attr.wrong)


def test_rows_of_other_articles_are_not_predictions(gold, make_tables):
    score = score_gold(gold, make_tables())
    assert "Boris Johnson" not in score.actors.spurious
    assert score.statements.fp == 0


def test_missing_statement_lowers_recall(gold, make_tables):
    tables = make_tables()
    tables["statements"] = tables["statements"][tables["statements"]["statement_id"] != "s2"]
    score = score_gold(gold, tables)
    assert score.statements.recall == 0.5
    assert score.statements.precision == 1.0
    assert any("Russia will send Medinsky" in label for label in score.statements.missed)


def test_statement_needs_the_right_speaker(gold, make_tables):
    tables = make_tables()
    tables["statements"].loc[tables["statements"]["statement_id"] == "s1", "speaker_actor_id"] = "k"
    score = score_gold(gold, tables)
    assert (score.statements.tp, score.statements.fp, score.statements.fn) == (1, 1, 1)


def test_spurious_actor_lowers_precision(gold, make_tables, article_id):
    tables = make_tables()
    _add_actor(tables, article_id, "n", "NATO")
    score = score_gold(gold, tables)
    assert score.actors.precision == 0.75
    assert score.actors.recall == 1.0
    assert score.actors.spurious == ["NATO"]


def test_unmerged_duplicate_actor_is_spurious(gold, make_tables, article_id):
    tables = make_tables()
    _add_actor(tables, article_id, "z2", "Zelensky")
    score = score_gold(gold, tables)
    assert (score.actors.tp, score.actors.fp) == (3, 1)
    assert score.actors.spurious == ["Zelensky"]


def test_optional_actors_are_ignored(gold, make_tables, article_id):
    tables = make_tables()
    _add_actor(tables, article_id, "w", "the White House")
    score = score_gold(gold, tables)
    assert (score.actors.tp, score.actors.fp, score.actors.fn) == (3, 0, 0)


def test_accents_case_and_leading_the_match():
    assert norm("Recep Tayyip Erdoğan") == norm("RECEP TAYYIP ERDOGAN")
    assert norm("the Kremlin") == norm("Kremlin")
    assert norm("U.S.") == norm("US")
    assert norm(None) == "" and norm(float("nan")) == ""
    assert overlap("he would attend if Putin did", "He said he would attend, if Putin did.") == 1.0


def test_wrong_date_is_reported(gold, make_tables):
    tables = make_tables()
    events = tables["events"]
    events.loc[events["event_id"] == "e1", "event_date"] = pd.Timestamp("2025-05-14")
    score = score_gold(gold, tables)
    assert score.events.f1 == 1.0  # the event still matches; only its date is wrong
    date = score.attributes["event date"]
    assert (date.right, date.given) == (1, 2)
    text = format_report(EvalReport.of([score]))
    assert "wrong event date" in text and "gold 2025-05-15, predicted 2025-05-14" in text


def test_date_is_compared_at_its_precision(gold, make_tables):
    tables = make_tables()
    tables["events"].loc[tables["events"]["event_id"] == "e2", "date_precision"] = "day"
    score = score_gold(gold, tables)
    assert score.attributes["event date"].wrong == [
        'REJECT(Kremlin): gold 2025-05, predicted 2025-05-01'
    ]


def test_negation_absent_in_gold_means_false(gold, make_tables):
    tables = make_tables()
    tables["events"]["negated"] = True
    negated = score_gold(gold, tables).attributes["event negated"]
    assert (negated.right, negated.given) == (1, 2)


def test_wrong_event_type_or_no_shared_actor_does_not_match(gold, make_tables):
    tables = make_tables()
    tables["events"].loc[tables["events"]["event_id"] == "e2", "event_type"] = "ACCUSE"
    tables["event_actors"] = tables["event_actors"].iloc[0:0]
    tables["events"].loc[tables["events"]["event_id"] == "e1", "target_actor_id"] = "k"
    score = score_gold(gold, tables)
    assert score.events.tp == 1  # e1 still shares Zelensky with the gold meeting
    assert score.events.missed == ["REJECT(Kremlin)"]
    assert score.events.spurious == ['ACCUSE(The Kremlin) "refused"']


def test_unknown_article_misses_everything(gold, make_tables):
    gold["article"] = {"file": "nowhere.txt"}
    score = score_gold(gold, make_tables())
    assert score.article_id is None
    assert (score.actors.fn, score.statements.fn, score.events.fn) == (3, 2, 2)
    assert score.actors.f1 == 0.0
    assert "NOT FOUND" in format_report(EvalReport.of([score]))


def test_article_found_by_text_when_file_differs(gold, make_tables, article_id):
    gold["article"]["file"] = "renamed.md"
    assert score_gold(gold, make_tables()).article_id == article_id


def test_missing_tables_count_as_empty(gold, make_tables):
    tables = make_tables()
    del tables["events"], tables["event_actors"], tables["places"]
    score = score_gold(gold, tables)
    assert (score.events.tp, score.events.fn) == (0, 2)


def test_gold_dir_is_micro_averaged(tmp_path: Path, gold, make_tables):
    (tmp_path / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    other = {
        "article": {"file": "other.txt"},
        "actors": [{"name": "Boris Johnson"}, {"name": "Keir Starmer"}],
    }
    (tmp_path / "b.json").write_text(json.dumps(other), encoding="utf-8")
    report = score_gold_dir(tmp_path, make_tables())
    assert [s.name for s in report.files] == ["talks.txt", "other.txt"]
    assert (report.total.actors.tp, report.total.actors.fn) == (4, 1)
    assert report.total.actors.recall == 0.8
    text = format_report(report)
    assert "missed actor: Keir Starmer" in text
    assert text.splitlines()[2].split()[:4] == ["actors", "4", "0", "1"]


def test_empty_gold_dir_is_an_error(tmp_path: Path):
    with pytest.raises(FileNotFoundError):
        load_gold_dir(tmp_path)


def test_tables_read_back_from_duckdb_score_the_same(gold, make_tables):
    """The CLI reads the warehouse through DuckDB: its dtypes (NaT, NA, numpy bools) must work."""
    import duckdb

    con = duckdb.connect()
    tables = {}
    for name, frame in make_tables().items():
        con.register("frame", frame)
        tables[name] = con.execute("select * from frame").df()
        con.unregister("frame")
    assert score_gold(gold, tables) == score_gold(gold, make_tables())
