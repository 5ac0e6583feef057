"""The Prefect flow: ingest -> plan -> extract -> validate + load (per batch) -> publish (views,
search index, Parquet, serving copy).

A thin wire over `newsledger.pipeline`; every task calls one core function. Progress goes to
`newsledger.progress` listeners (the CLI's progress bar) as batches finish."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.client.orchestration import get_client
from prefect.context import TaskRunContext
from prefect.runtime import flow_run
from prefect.task_runners import ProcessPoolTaskRunner
from prefect.utilities.annotations import quote

from newsledger import pipeline, progress
from newsledger.config import Settings, default_workers, flow_in_flight, local_batch_size
from newsledger.extract import EXTRACTOR_VERSION
from newsledger.extract.nlp import model_name, shared_nlp
from flows.artifacts import publish_run_artifacts
from warehouse import load, report
from warehouse.publish import publish



@dataclass
class BatchTiming:
    """How long this run waited for one batch's extraction (loading excluded), and which files
    it held."""

    seconds: float
    raw_paths: list[str]


@dataclass
class RunSummary:
    run_id: str
    warehouse: str
    parquet_dir: str
    articles_seen: int
    articles_loaded: int
    articles_unchanged: int
    articles_duplicate: int
    rejects: int
    rejects_by_stage: dict[str, int] = field(default_factory=dict)
    table_counts: dict[str, int] = field(default_factory=dict)
    top_actors: list[dict[str, Any]] = field(default_factory=list)
    slowest_batches: list[BatchTiming] = field(default_factory=list)
    reject_rows: list[dict[str, Any]] = field(default_factory=list)


@task(cache_policy=NO_CACHE, retries=1, retry_delay_seconds=1)
def ingest_and_plan(raw_dir: Path, warehouse_path: Path, max_bytes: int) -> pipeline.Plan:
    return pipeline.plan_from_folder(raw_dir, warehouse_path, max_bytes, EXTRACTOR_VERSION)


@functools.lru_cache(maxsize=1)
def _extractor_fingerprint() -> str:
    """Hash of the extractor's code and lexicons and the model name: a cached extraction is
    reused only when all of them are unchanged."""
    root = Path(pipeline.__file__).parent / "extract"
    digest = hashlib.sha256(f"{EXTRACTOR_VERSION}|{model_name()}".encode())
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix != ".pyc"):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _batch_cache_key(_: TaskRunContext, parameters: dict[str, Any]) -> str:
    """Extraction of a batch depends only on its articles' content and the extractor."""
    hashes = "|".join(r.content_hash for r in parameters["batch"])
    return hashlib.sha256(f"{_extractor_fingerprint()}|{hashes}".encode()).hexdigest()


@task(cache_key_fn=_batch_cache_key, persist_result=True, cache_expiration=None,
      timeout_seconds=float(os.environ.get("NEWSLEDGER_BATCH_TIMEOUT", 900)))
def extract_batch(batch: list, processes: int = 1) -> tuple[list, list]:
    return pipeline.extract_batch(shared_nlp(), batch, processes)


def _settle(batch: list, get: Callable[[], tuple[list, list]]) -> tuple[list, list]:
    """A batch's extraction; a batch that fails or times out as a whole comes back with every
    article failed, so it lands in `rejects` and the run goes on."""
    try:
        return get()
    except Exception as err:  # noqa: BLE001 - a lost batch is a reject, not a failed run
        return [], [(raw, f"batch failed: {type(err).__name__}: {err}") for raw in batch]


@contextlib.contextmanager
def _api_shared_with_workers() -> Iterator[None]:
    """Process-pool workers start with this process's environment; without the address of the
    API this flow reports to (often Prefect's ephemeral server) each worker would start a server
    of its own. The variable is restored after, as that server may not outlive the flow."""
    if "PREFECT_API_URL" in os.environ:
        yield
        return
    with get_client(sync_client=True) as client:
        os.environ["PREFECT_API_URL"] = str(client.api_url)
    try:
        yield
    finally:
        os.environ.pop("PREFECT_API_URL", None)


def _extracted(batches: Iterator[list], in_flight: int, processes: int) -> Iterator[tuple[list, list, list]]:
    """(batch, pairs, failed) in batch order. With `in_flight` > 1 batches go to the flow's task
    runner (process pool or Dask), that many at a time, so memory stays bounded; otherwise they
    extract here, parsed on `processes` forked copies of the model."""
    if in_flight <= 1:
        for batch in batches:
            yield batch, *_settle(batch, lambda b=batch: extract_batch(b, processes))
        return
    with _api_shared_with_workers():
        yield from _extracted_in_parallel(batches, in_flight)


def _extracted_in_parallel(batches: Iterator[list], in_flight: int) -> Iterator[tuple[list, list, list]]:
    pending: deque = deque()
    for batch in batches:
        pending.append((batch, extract_batch.submit(batch)))
        if len(pending) >= in_flight:
            done, future = pending.popleft()
            yield done, *_settle(done, future.result)
    while pending:
        done, future = pending.popleft()
        yield done, *_settle(done, future.result)


def _timed(extracted: Iterator[pipeline.Extracted], total: int,
           timings: list[BatchTiming]) -> Iterator[pipeline.Extracted]:
    """Pass batches through, reporting progress and how long each took to come back."""
    done = 0
    progress.report(done, total)
    started = time.perf_counter()
    for batch, pairs, failed in extracted:
        timings.append(BatchTiming(time.perf_counter() - started, [r.raw_path for r in batch]))
        done += len(batch)
        progress.report(done, total)
        yield batch, pairs, failed
        started = time.perf_counter()


@task(cache_policy=NO_CACHE)
def load_batch(con, pairs: list, failed: list, run_id: str) -> pipeline.BatchResult:
    return pipeline.load_batch(con, pairs, failed, run_id=run_id, extractor_version=EXTRACTOR_VERSION)


@task(cache_policy=NO_CACHE)
def resolve_actors(con, loaded: list[str]) -> int:
    return pipeline.resolve_warehouse(con, loaded)


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def publish_outputs(con, warehouse_path: Path, parquet_dir: Path) -> None:
    """Views, search index, Parquet and the serving copy, after the run row says completed so
    every output shows this run as it ended."""
    publish(con, warehouse_path, parquet_dir)


def _reject_rows(rejects: pd.DataFrame) -> list[dict[str, Any]]:
    """This run's rejects as plain rows; kept in memory because the warehouse keeps a repeated
    reject under the run that first saw it."""
    shown = rejects[["stage", "reason", "raw_path", "raw_line", "article_id", "detail"]].astype(object)
    return shown.where(shown.notna(), None).to_dict("records")


def _write_run(con, run_id: str, started_at, status: str, plan: pipeline.Plan, loaded: int, rejects: int,
               finished_at=None) -> None:
    pipeline.write_run(con, run_id, started_at, status, plan, loaded, rejects, EXTRACTOR_VERSION, finished_at)


@flow(name="newsledger-run", log_prints=False, task_runner=ProcessPoolTaskRunner(max_workers=default_workers()))
def newsledger_run(raw_dir: str | None = None, warehouse: str | None = None, parquet_dir: str | None = None,
                   batch_size: int | None = None, in_flight: int = 1, processes: int = 1) -> RunSummary:
    """One run: every new or changed article under the raw folder ends up loaded, skipped or
    rejected with a reason. `in_flight` > 1 hands extraction batches to the task runner (see
    `with_workers`) while this process validates and loads finished ones; otherwise this process
    extracts, parsing on `processes` forked copies of the model (no pool to start)."""
    settings = Settings.from_env(Path(raw_dir) if raw_dir else None, Path(warehouse) if warehouse else None,
                                 Path(parquet_dir) if parquet_dir else None, batch_size)
    logger = get_run_logger()
    run_id = flow_run.id or str(uuid.uuid4())
    started_at = load.utcnow()
    plan = ingest_and_plan(settings.raw_dir, settings.warehouse, settings.max_bytes)
    con = load.connect(settings.warehouse)
    try:
        _write_run(con, run_id, started_at, "running", plan, 0, 0)
        ingest_rejects = pipeline.record_ingest_rejects(con, plan, run_id)
        reject_count = len(ingest_rejects)
        reject_rows = _reject_rows(ingest_rejects)
        by_stage = {"ingest": reject_count}
        loaded = 0
        loaded_ids: list[str] = []
        timings: list[BatchTiming] = []
        parallel = flow_in_flight(in_flight, processes, len(plan.todo), settings.batch_size)
        size = settings.batch_size if parallel > 1 else local_batch_size(settings.batch_size, processes)
        extracted = _timed(_extracted(pipeline.batches(plan.todo, size), parallel, processes), len(plan.todo), timings)
        for _, pairs, failed in pipeline.load_groups(extracted, settings.load_size):
            result = load_batch(con, quote(pairs), quote(failed), run_id)
            loaded_ids.extend(result.loaded)
            reject_rows.extend(_reject_rows(result.rejects))
            loaded += len(result.loaded)
            for stage in result.rejects["stage"]:
                by_stage[stage] = by_stage.get(stage, 0) + 1
            reject_count += len(result.rejects)
        resolve_actors(con, loaded_ids)
        actors = report.top_actors(con, loaded_ids)
        _write_run(con, run_id, started_at, "completed", plan, loaded, reject_count, load.utcnow())
        publish_outputs(con, settings.warehouse, settings.parquet_dir)
        counts = load.table_counts(con)
    except BaseException:
        _write_run(con, run_id, started_at, "failed", plan, 0, 0, load.utcnow())
        raise
    finally:
        con.close()
    logger.info("loaded %d, unchanged %d, duplicate %d, rejects %d", loaded, len(plan.unchanged),
                len(plan.duplicates), reject_count)
    summary = RunSummary(
        run_id, str(settings.warehouse), str(settings.parquet_dir), plan.seen, loaded, len(plan.unchanged),
        len(plan.duplicates), reject_count, by_stage, counts,
        top_actors=actors.to_dict("records"),
        slowest_batches=sorted(timings, key=lambda t: t.seconds, reverse=True)[:5], reject_rows=reject_rows)
    publish_run_artifacts(summary)
    return summary


def with_workers(workers: int, dask: str | None = None):
    """The flow with a task runner that extracts on `workers` processes (model loaded once per
    worker; the flow's default is `default_workers()`), or on a Dask cluster (`dask` = scheduler
    address, or "local" for a local cluster); call the result with `in_flight` batches
    (workers + 1 keeps every worker busy)."""
    if dask:
        from prefect_dask import DaskTaskRunner

        runner = (DaskTaskRunner(cluster_kwargs={"n_workers": max(workers, 1), "threads_per_worker": 1})
                  if dask == "local" else DaskTaskRunner(address=dask))
        return newsledger_run.with_options(task_runner=runner)
    if workers != default_workers():
        return newsledger_run.with_options(task_runner=ProcessPoolTaskRunner(max_workers=workers))
    return newsledger_run
