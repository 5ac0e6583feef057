"""The flow with extraction on a local Dask cluster (two worker processes, one thread each) loads
the same tables as the default in-process runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warehouse.compare import compare_warehouses

pytestmark = pytest.mark.slow

ARTICLES = [
    ("d1", "2024-03-04", "Foreign Minister Ana Ruiz of Spain met French President Louis Martin in Paris on Monday. "
                         "\"We agreed on a plan,\" Ruiz said."),
    ("d2", "2024-03-05", "German Chancellor Klaus Weber criticised the Spanish government on Tuesday. "
                         "Weber said the plan was not enough."),
    ("d3", "2024-03-06", "Protesters marched in Lisbon against the new tax, police said. "
                         "The Portuguese government rejected their demands."),
    ("d4", "2024-03-07", "Ruiz will visit Berlin next week to meet Weber, her ministry announced."),
    ("d5", "2024-03-08", "The United Nations called on both sides to resume talks in Geneva."),
]


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    for article_id, date, text in ARTICLES:
        (raw / f"{article_id}.json").write_text(
            json.dumps({"id": article_id, "published_at": date, "title": text[:30], "text": text}), encoding="utf-8")
    return raw


def test_dask_cluster_loads_the_same_tables(prefect_harness, raw_dir: Path, tmp_path: Path):
    from distributed import LocalCluster

    from flows.pipeline import newsledger_run, with_workers

    default = newsledger_run(str(raw_dir), str(tmp_path / "default.duckdb"), str(tmp_path / "pq-default"),
                             batch_size=2)
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        on_dask = with_workers(2, dask=cluster.scheduler_address)(
            str(raw_dir), str(tmp_path / "dask.duckdb"), str(tmp_path / "pq-dask"), batch_size=2, in_flight=3)
    assert default.articles_loaded == on_dask.articles_loaded == len(ARTICLES)
    assert on_dask.rejects == 0
    assert compare_warehouses(tmp_path / "default.duckdb", tmp_path / "dask.duckdb") == {}
