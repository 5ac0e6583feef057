"""Each analysis view on the small warehouse (tests/warehouse/small.py) gives the answer worked
out by hand: a1 Lopez meets Reed (6 March), a2 Reed accuses Lopez and did not meet her
(10 April), a3 an undated visit by Sam Kim and an unattributed quote."""

from __future__ import annotations

import datetime as dt

from tests.warehouse.small import actor_id
from warehouse.views import DOCS_PATH, VIEWS, render_docs

LOPEZ, REED, KIM = actor_id("Ana Lopez"), actor_id("Tom Reed"), actor_id("Sam Kim")


def _rows(con, sql: str) -> list[dict]:
    cursor = con.execute(sql)
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def test_every_view_file_is_created(small_warehouse):
    found = {r[0] for r in small_warehouse.con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert set(VIEWS) == {"event_timeline", "who_said_what", "actor_profile", "actor_pairs", "daily_event_counts"}
    assert set(VIEWS) <= found


def test_event_timeline(small_warehouse):
    rows = _rows(small_warehouse.con, "SELECT event_date, event_type, source_name, target_name, place_name, negated, "
                                      "status, evidence FROM event_timeline ORDER BY event_date NULLS LAST")
    assert rows == [
        {"event_date": dt.date(2024, 3, 6), "event_type": "CONSULT", "source_name": "Ana Lopez", "target_name": "Tom Reed",
         "place_name": "Springfield", "negated": False, "status": "occurred",
         "evidence": "Mayor Ana Lopez met Governor Tom Reed in Springfield."},
        {"event_date": dt.date(2024, 4, 8), "event_type": "CONSULT", "source_name": "Tom Reed", "target_name": "Ana Lopez",
         "place_name": "Springfield", "negated": True, "status": "occurred",
         "evidence": "Reed did not meet Lopez on Monday."},
        {"event_date": dt.date(2024, 4, 10), "event_type": "ACCUSE", "source_name": "Tom Reed", "target_name": "Ana Lopez",
         "place_name": None, "negated": False, "status": "occurred",
         "evidence": "Governor Tom Reed accused Mayor Ana Lopez of lying."},
        {"event_date": None, "event_type": "CONSULT", "source_name": "Sam Kim", "target_name": None,
         "place_name": "Paris", "negated": False, "status": "occurred", "evidence": "Sam Kim visited Paris."},
    ]


def test_event_timeline_evidence_offsets_index_the_article(small_warehouse):
    bad = small_warehouse.con.execute(
        "SELECT count(*) FROM event_timeline t JOIN articles a USING (article_id) "
        "WHERE a.text[t.char_start + 1 : t.char_end] <> (SELECT trigger FROM events e WHERE e.event_id = t.event_id)"
    ).fetchone()[0]
    assert bad == 0


def test_who_said_what(small_warehouse):
    rows = _rows(small_warehouse.con, "SELECT speaker, speaker_role, kind, text, published_at, article_id "
                                      "FROM who_said_what ORDER BY article_id")
    assert rows == [
        {"speaker": "Ana Lopez", "speaker_role": "Mayor", "kind": "direct", "text": "We agreed",
         "published_at": dt.datetime(2024, 3, 6), "article_id": "a1"},
        {"speaker": "Tom Reed", "speaker_role": "Governor", "kind": "direct", "text": "The ceasefire is over",
         "published_at": dt.datetime(2024, 4, 10, 9, 30), "article_id": "a2"},
        {"speaker": "A spokesman", "speaker_role": None, "kind": "indirect", "text": "the ceasefires would hold",
         "published_at": None, "article_id": "a3"},
    ]


def test_actor_profile(small_warehouse):
    rows = {r["actor_id"]: r for r in _rows(small_warehouse.con, "SELECT * FROM actor_profile")}
    assert set(rows) == {LOPEZ, REED, KIM}
    assert rows[LOPEZ] | {"actor_id": None} == {
        "actor_id": None, "name": "Ana Lopez", "actor_type": "person", "country_code": "USA", "mentions": 3,
        "articles": 2, "statements": 1, "events_as_source": 1, "events_as_target": 2,
        "first_seen": dt.datetime(2024, 3, 6), "last_seen": dt.datetime(2024, 4, 10, 9, 30)}
    assert (rows[REED]["events_as_source"], rows[REED]["events_as_target"], rows[REED]["mentions"]) == (2, 1, 3)
    assert (rows[KIM]["articles"], rows[KIM]["statements"], rows[KIM]["first_seen"]) == (1, 0, None)


def test_actor_pairs(small_warehouse):
    rows = _rows(small_warehouse.con, "SELECT * FROM actor_pairs ORDER BY event_type")
    first, second = sorted([LOPEZ, REED])
    reed_first = first == REED
    assert [(r["actor_1_id"], r["actor_2_id"]) for r in rows] == [(first, second)] * 2  # Kim meets no one
    accuse, consult = rows
    assert (accuse["event_type"], accuse["events"], accuse["negated_events"]) == ("ACCUSE", 1, 0)
    # Reed accused Lopez: one direction, whichever of them sorts first
    assert (accuse["from_1_to_2"], accuse["from_2_to_1"]) == ((1, 0) if reed_first else (0, 1))
    # the meeting in a1 counts, the meeting that did not happen in a2 is negated
    assert (consult["events"], consult["negated_events"], consult["articles"]) == (1, 1, 2)
    assert (consult["first_date"], consult["last_date"]) == (dt.date(2024, 3, 6), dt.date(2024, 4, 8))


def test_daily_event_counts(small_warehouse):
    rows = _rows(small_warehouse.con, "SELECT * FROM daily_event_counts ORDER BY day")
    assert rows == [  # the undated visit in a3 has no day
        {"day": dt.date(2024, 3, 6), "event_type": "CONSULT", "country_code": "USA", "events": 1, "occurred": 1, "negated": 0},
        {"day": dt.date(2024, 4, 8), "event_type": "CONSULT", "country_code": "USA", "events": 1, "occurred": 0, "negated": 1},
        {"day": dt.date(2024, 4, 10), "event_type": "ACCUSE", "country_code": None, "events": 1, "occurred": 1, "negated": 0},
    ]


def test_views_doc_is_current():
    assert DOCS_PATH.read_text(encoding="utf-8") == render_docs(), "run: python -m warehouse.views"
