"""The real flow on a temporary warehouse: good articles load, bad input lands in `rejects`,
references hold, and a second run on the same input changes nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from warehouse.load import SQL_DIR

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
CONTENT_TABLES = ("articles", "actors", "article_actors", "actor_mentions", "statements", "events",
                  "event_actors", "places", "rejects")


def _snapshot(path: Path) -> dict[str, list]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: con.execute(f"SELECT * EXCLUDE (rejected_at) FROM {t} ORDER BY ALL" if t == "rejects"
                               else f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in CONTENT_TABLES}
    finally:
        con.close()


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    (raw / "nested").mkdir(parents=True)
    shutil.copy(ROOT / "data" / "raw" / "istanbul-talks.txt", raw / "istanbul-talks.txt")
    (raw / "nested" / "short.json").write_text(json.dumps({
        "id": "short-1", "published_at": "2024-06-03", "title": "Ministers meet",
        "text": "Foreign Minister Ana Ruiz of Spain met French President Louis Martin in Paris on Monday. "
                "\"We agreed on a plan,\" Ruiz said.",
    }), encoding="utf-8")
    (raw / "broken.json").write_text('{"text": "cut off', encoding="utf-8")
    (raw / "notes.pdf").write_bytes(b"%PDF-1.4")
    return raw


def test_flow_loads_rejects_and_is_idempotent(prefect_harness, raw_dir: Path, tmp_path: Path):
    from flows.pipeline import newsledger_run

    wh, pq_dir = tmp_path / "w.duckdb", tmp_path / "parquet"
    first = newsledger_run(str(raw_dir), str(wh), str(pq_dir))
    assert first.articles_loaded == 2 and first.rejects >= 2
    con = duckdb.connect(str(wh), read_only=True)
    try:
        rejected = {r[0] for r in con.execute("SELECT raw_path FROM rejects WHERE stage = 'ingest'").fetchall()}
        assert {"broken.json", "notes.pdf"} <= rejected
        assert con.execute((SQL_DIR / "tests" / "relationships.sql").read_text()).fetchall() == []
        speakers = {r[0] for r in con.execute(
            "SELECT a.name FROM statements s JOIN actors a ON a.actor_id = s.speaker_actor_id").fetchall()}
        assert "Ana Ruiz" in speakers
        runs = con.execute("SELECT status, articles_loaded FROM runs").fetchall()
        assert runs == [("completed", 2)]
    finally:
        con.close()
    assert (pq_dir / "actors.parquet").exists() or any(pq_dir.rglob("*.parquet"))

    before = _snapshot(wh)
    second = newsledger_run(str(raw_dir), str(wh), str(pq_dir))
    assert second.articles_loaded == 0 and second.articles_unchanged == 2
    assert _snapshot(wh) == before


def test_full_unchanged_edited_runs_equal_one_fresh_run(prefect_harness, raw_dir: Path, tmp_path: Path):
    """Incremental loads (full, unchanged, one article edited) end exactly where one fresh run on
    the final input does, extracted on a two-process pool one article per batch, and Parquet
    equals DuckDB after each run."""
    from flows.pipeline import newsledger_run, with_workers
    from warehouse.compare import compare_parquet, compare_warehouses

    wh, pq_dir = tmp_path / "inc.duckdb", tmp_path / "inc_parquet"

    def run_and_check_parquet(raw: Path, target: Path, parquet: Path, workers: int = 0):
        run = with_workers(workers) if workers else newsledger_run
        summary = run(str(raw), str(target), str(parquet), 1 if workers else None, in_flight=workers + 1)
        con = duckdb.connect(str(target), read_only=True)
        try:
            assert compare_parquet(con, parquet) == {}
        finally:
            con.close()
        return summary

    run_and_check_parquet(raw_dir, wh, pq_dir)
    assert run_and_check_parquet(raw_dir, wh, pq_dir).articles_loaded == 0
    edited = raw_dir / "nested" / "short.json"
    doc = json.loads(edited.read_text(encoding="utf-8"))
    doc["text"] = doc["text"].replace("on Monday", "on Tuesday") + " Martin said Spain was a close partner."
    edited.write_text(json.dumps(doc), encoding="utf-8")
    assert run_and_check_parquet(raw_dir, wh, pq_dir).articles_loaded == 1

    fresh = tmp_path / "fresh.duckdb"
    assert run_and_check_parquet(raw_dir, fresh, tmp_path / "fresh_parquet", workers=2).articles_loaded == 2
    assert compare_warehouses(wh, fresh) == {}


def test_cli_rerun_on_unchanged_input_skips_prefect_and_changes_nothing(prefect_harness, raw_dir: Path,
                                                                        tmp_path: Path, capsys):
    from newsledger.cli import main
    from warehouse.compare import compare_parquet

    wh, pq_dir = tmp_path / "w.duckdb", tmp_path / "parquet"
    args = ["run", "--raw-dir", str(raw_dir), "--warehouse", str(wh), "--parquet-dir", str(pq_dir), "--no-progress"]
    assert main(args) == 0
    before = _snapshot(wh)
    capsys.readouterr()
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "2 unchanged" in out and "no Prefect flow run was started" in out
    assert _snapshot(wh) == before
    con = duckdb.connect(str(wh), read_only=True)
    try:
        assert [r[0] for r in con.execute("SELECT status FROM runs").fetchall()] == ["completed", "completed"]
        assert compare_parquet(con, pq_dir) == {}
    finally:
        con.close()
