"""Validation drops only the rows that fail, names the failed check, and takes dependants along."""

from __future__ import annotations

import datetime as dt

from newsledger.tables import article_frames
from schemas import validate_frames
from tests.factories import extraction, raw_article

NOW = dt.datetime(2024, 3, 7)


def _frames():
    return article_frames([(raw_article(), extraction())], "test", NOW)


def test_clean_batch_passes_whole():
    valid, violations = validate_frames(_frames())
    assert violations == []
    assert {t: len(f) for t, f in valid.items()} == {
        "articles": 1, "article_actors": 2, "actor_mentions": 2, "statements": 1, "events": 1, "event_actors": 2, "places": 1}


def test_bad_value_rejects_that_row_only_with_check_named():
    frames = _frames()
    frames["statements"].loc[0, "kind"] = "shouted"
    valid, violations = validate_frames(frames)
    assert len(valid["statements"]) == 0 and len(valid["events"]) == 1
    assert [v.table for v in violations] == ["statements"]
    assert "isin" in violations[0].reason and "shouted" in violations[0].detail


def test_rejected_event_takes_its_event_actors_along():
    frames = _frames()
    frames["events"].loc[0, "event_type"] = "GOSSIP"
    valid, violations = validate_frames(frames)
    assert valid["events"].empty and valid["event_actors"].empty
    assert {v.table for v in violations} == {"events", "event_actors"}
    assert any("reference to events" in v.reason for v in violations)


def test_dangling_speaker_key_is_a_reference_reject():
    frames = _frames()
    frames["statements"].loc[0, "speaker_actor_key"] = "a9"
    valid, violations = validate_frames(frames)
    assert valid["statements"].empty
    assert violations[0].reason == "statements: reference to article_actors"


def test_offsets_must_be_ordered():
    frames = _frames()
    frames["actor_mentions"].loc[0, "char_end"] = 0
    valid, violations = validate_frames(frames)
    assert len(valid["actor_mentions"]) == 1
    assert violations and violations[0].table == "actor_mentions"


def test_same_statement_found_twice_loads_once():
    ex = extraction()
    ex.statements.append(ex.statements[0])
    valid, violations = validate_frames(article_frames([(raw_article(), ex)], "test", NOW))
    assert violations == [] and len(valid["statements"]) == 1


def test_ingest_warnings_travel_with_the_article():
    import dataclasses
    import json

    from newsledger.ingest import IngestWarning

    raw = dataclasses.replace(raw_article(published=None),
                              warnings=(IngestWarning("invalid_date", "published_at '2025-13-45' is not a date"),))
    valid, _ = validate_frames(article_frames([(raw, extraction())], "test", NOW))
    assert json.loads(valid["articles"].loc[0, "ingest_warnings"]) == ["invalid_date: published_at '2025-13-45' is not a date"]
    assert valid["articles"]["published_at"].isna().all()
