"""Per-run Prefect artifacts: the markdown summary and the rejects table, read back from the API."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from flows.artifacts import REJECTS_KEY, SUMMARY_KEY, publish_run_artifacts, summary_markdown
from flows.pipeline import BatchTiming, RunSummary

ROOT = Path(__file__).resolve().parents[2]


def _summary() -> RunSummary:
    return RunSummary(
        run_id="r1", warehouse="w.duckdb", parquet_dir="parquet", articles_seen=40, articles_loaded=35,
        articles_unchanged=2, articles_duplicate=1, rejects=3, rejects_by_stage={"ingest": 2, "validate": 1},
        table_counts={"articles": 35, "actors": 12},
        top_actors=[{"name": "Ana Ruiz", "actor_type": "person", "mentions": 9, "articles": 4}],
        slowest_batches=[BatchTiming(4.5, [f"batch/{i}.json" for i in range(5)]), BatchTiming(0.25, ["x|y.json"])],
        reject_rows=[
            {"stage": "ingest", "reason": "invalid_json", "raw_path": "a.json", "raw_line": None,
             "article_id": None, "detail": "Expecting value"},
            {"stage": "ingest", "reason": "invalid_json", "raw_path": "b.jsonl", "raw_line": 3,
             "article_id": None, "detail": "Expecting value"},
            {"stage": "validate", "reason": "schema", "raw_path": "c.json", "raw_line": None,
             "article_id": "c", "detail": "events row e1: bad date"},
        ])


def test_summary_markdown_has_counts_reasons_actors_and_timings():
    md = summary_markdown(_summary())
    assert "| 40 | 35 | 2 | 1 | 3 |" in md
    assert "| articles | 35 |" in md
    assert "| ingest | invalid_json | 2 |" in md and "| validate | schema | 1 |" in md
    assert "| Ana Ruiz | person | 9 | 4 |" in md
    assert "| 4.50 | 5 | `batch/0.json`, `batch/1.json`, `batch/2.json` and 2 more |" in md
    assert "x\\|y.json" in md  # a pipe in a path does not break the table


def test_summary_markdown_says_none_for_empty_sections():
    empty = RunSummary("r0", "w", "p", 0, 0, 0, 0, 0)
    assert summary_markdown(empty).count("_none_") == 4


def _artifacts_of(flow_run_id: str) -> dict:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    with get_client(sync_client=True) as client:
        found = client.read_artifacts(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
    return {a.key: a for a in found}


@pytest.mark.slow
def test_published_artifacts_read_back(prefect_harness):
    from prefect import flow
    from prefect.runtime import flow_run

    @flow
    def publishes() -> str:
        publish_run_artifacts(_summary())
        return flow_run.id

    artifacts = _artifacts_of(publishes())
    assert artifacts[SUMMARY_KEY].type == "markdown" and "Ana Ruiz" in artifacts[SUMMARY_KEY].data
    table = artifacts[REJECTS_KEY]
    rows = json.loads(table.data)
    assert table.type == "table" and [r["raw_path"] for r in rows] == ["a.json", "b.jsonl", "c.json"]
    assert table.description == "3 rejects in this run"


@pytest.mark.slow
def test_the_flow_attaches_its_artifacts(prefect_harness, tmp_path: Path):
    from flows.pipeline import newsledger_run

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(ROOT / "data" / "raw" / "istanbul-talks.txt", raw / "istanbul-talks.txt")
    (raw / "broken.json").write_text('{"text": "cut off', encoding="utf-8")
    summary = newsledger_run(str(raw), str(tmp_path / "w.duckdb"), str(tmp_path / "parquet"))
    assert summary.articles_loaded == 1 and summary.top_actors and summary.slowest_batches
    artifacts = _artifacts_of(summary.run_id)
    assert f"| {summary.top_actors[0]['name']} |" in artifacts[SUMMARY_KEY].data
    rows = json.loads(artifacts[REJECTS_KEY].data)
    assert [(r["stage"], r["raw_path"]) for r in rows] == [("ingest", "broken.json")]


def test_markdown_in_a_file_name_is_shown_not_rendered():
    from flows.artifacts import _cell

    assert _cell("![x](http://evil.example/p.png).json") == "\\!\\[x\\]\\(http://evil.example/p.png\\).json"
