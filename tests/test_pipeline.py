"""Planning a run and the language gate, on hand-made articles (no model)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pandas as pd
import spacy

from newsledger import pipeline
from newsledger.pipeline import extract_batch, load_groups, plan_run
from newsledger.tables import article_frames
from warehouse import load
from tests.factories import raw_article

KNOWN_COLUMNS = ["article_id", "content_hash", "text_hash", "extractor_version", "published_at"]


def _known(*articles, version: str = "v1") -> pd.DataFrame:
    return pd.DataFrame([(a.article_id, a.content_hash, a.text_hash, version, pd.Timestamp(a.published_at))
                         for a in articles], columns=KNOWN_COLUMNS)


def test_unchanged_article_is_skipped_and_new_extractor_reprocesses():
    a = raw_article("a1")
    assert [r.article_id for r in plan_run([a], _known(a), "v1").unchanged] == ["a1"]
    assert [r.article_id for r in plan_run([a], _known(a), "v2").todo] == ["a1"]


def test_same_text_under_two_names_loads_once():
    a, b = raw_article("a1"), dataclasses.replace(raw_article("a2"), raw_path="copy of a1.txt")
    plan = plan_run([a, b], _known(), "v1")
    assert [r.article_id for r in plan.todo] == ["a1"] and [r.raw_path for r in plan.duplicates] == ["copy of a1.txt"]


def test_same_text_with_another_date_is_a_reject_naming_both_dates():
    """In one run and against an article an earlier run loaded."""
    a = raw_article("a1")
    b = dataclasses.replace(raw_article("a2", published=dt.datetime(2024, 3, 7)), raw_path="feed copy.json")
    for plan in (plan_run([a, b], _known(), "v1"), plan_run([b], _known(a), "v1")):
        assert [(r.raw_path, r.reason) for r in plan.rejects] == [("feed copy.json", "conflicting_date")]
        assert "'a1'" in plan.rejects[0].detail and "2024-03-06" in plan.rejects[0].detail
        assert "2024-03-07" in plan.rejects[0].detail and not plan.duplicates


def test_one_id_for_two_different_texts_is_a_reject_naming_both_files():
    a = raw_article("a1")
    b = dataclasses.replace(raw_article("a1", text="A different story entirely."), raw_path="other.json")
    plan = plan_run([a, b], _known(), "v1")
    assert [r.article_id for r in plan.todo] == ["a1"]
    assert [(r.raw_path, r.reason) for r in plan.rejects] == [("other.json", "conflicting_id")]
    assert "a1.txt" in plan.rejects[0].detail


def test_article_in_another_language_loads_flagged_without_extraction():
    french = dataclasses.replace(raw_article("fr1", text="Le ministre a rencontré son homologue à Paris."), language="fr")
    done, failed = extract_batch(spacy.blank("en"), [french])
    assert failed == [] and len(done) == 1
    raw, extraction = done[0]
    assert not extraction.actors and not extraction.statements and not extraction.events
    frames = article_frames(done, "v1", pd.Timestamp("2024-01-01"))
    warnings = json.loads(frames["articles"].loc[0, "ingest_warnings"])
    assert warnings and warnings[0].startswith("not_extracted: language 'fr'")


def test_small_runs_extract_in_process_large_ones_on_the_pool():
    from newsledger.config import POOL_MIN_ARTICLES, batches_in_flight

    assert batches_in_flight(2, articles=POOL_MIN_ARTICLES - 1) == 1
    assert batches_in_flight(2, articles=POOL_MIN_ARTICLES) == 3
    assert batches_in_flight(1, articles=10_000) == 1
    assert batches_in_flight(2, distributed=True, articles=5) == 3  # a cluster the user asked for is used


def test_a_scheduled_run_with_few_new_articles_extracts_in_the_flow_process():
    from newsledger.config import POOL_MIN_ARTICLES, flow_in_flight

    # `serve` fixes in_flight=3, processes=2 at start; each run decides from its own new articles
    assert flow_in_flight(3, 2, POOL_MIN_ARTICLES - 1, 64) == 1
    assert flow_in_flight(3, 2, POOL_MIN_ARTICLES, 64) == 3
    assert flow_in_flight(3, 2, 10, 64) == 1  # one batch
    assert flow_in_flight(3, 1, 150, 64) == 3  # Dask: the cluster gets the batches


def test_extraction_batches_load_in_groups_of_at_least_the_load_size_and_keep_every_article():
    articles = [raw_article(f"a{i}", f"Text number {i}.") for i in range(7)]
    extracted = [(articles[i:i + 2], [(a, None) for a in articles[i:i + 2]], []) for i in range(0, 6, 2)]
    extracted.append(([articles[6]], [], [(articles[6], "failed")]))
    groups = list(load_groups(extracted, min_articles=3))
    assert [len(batch) for batch, _, _ in groups] == [4, 3]
    assert [a.article_id for batch, _, _ in groups for a in batch] == [a.article_id for a in articles]
    assert groups[-1][2] == [(articles[6], "failed")]


def test_the_flow_after_the_cli_check_takes_its_read_unless_a_file_changed(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "one.txt").write_text("Mayor Ana Lopez met Governor Tom Reed.\n", encoding="utf-8")
    reads = []
    real_ingest = pipeline.ingest
    monkeypatch.setattr(pipeline, "ingest", lambda *a, **k: reads.append(1) or real_ingest(*a, **k))
    warehouse = tmp_path / "w.duckdb"

    first = pipeline.plan_from_folder(raw, warehouse, 10_000, "v1", hand_over=True)
    second = pipeline.plan_from_folder(raw, warehouse, 10_000, "v1")
    assert len(reads) == 1 and [a.article_id for a in second.todo] == [a.article_id for a in first.todo]

    pipeline.plan_from_folder(raw, warehouse, 10_000, "v1", hand_over=True)
    (raw / "two.txt").write_text("Governor Tom Reed visited Springfield.\n", encoding="utf-8")
    third = pipeline.plan_from_folder(raw, warehouse, 10_000, "v1")
    assert len(reads) == 3 and len(third.todo) == 2


def test_a_guess_from_file_times_says_whether_prefect_is_worth_starting_early(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "one.txt").write_text("Mayor Ana Lopez met Governor Tom Reed.\n", encoding="utf-8")
    warehouse = tmp_path / "w.duckdb"
    assert pipeline.may_have_work(raw, warehouse)  # no run has completed yet

    plan = pipeline.plan_from_folder(raw, warehouse, 10_000, "v1")
    con = load.connect(warehouse)
    try:
        pipeline.record_idle_run(con, plan, "r1", "v1")
    finally:
        con.close()
    assert not pipeline.may_have_work(raw, warehouse)

    (raw / "two.txt").write_text("Governor Tom Reed visited Springfield.\n", encoding="utf-8")
    assert pipeline.may_have_work(raw, warehouse)
