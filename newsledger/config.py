"""Settings: command-line options over environment variables over defaults (CONTRACT.md)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_RAW_DIR = Path("data/raw")
DEFAULT_WAREHOUSE = Path("warehouse/newsledger.duckdb")
DEFAULT_PARQUET_DIR = Path("warehouse/parquet")


def default_workers() -> int:
    """Extraction processes when none are asked for: $NEWSLEDGER_WORKERS, else one per core
    (2,225 articles on 2 idle cores: 101.5 s with two workers, 157.2 s with one)."""
    return int(os.environ.get("NEWSLEDGER_WORKERS") or os.cpu_count() or 1)


POOL_MIN_ARTICLES = 200
"""Fewer new articles extract in the flow's own process, on forked copies of its model: a pool
worker needs about 5 s to import Prefect and load the model, more than it saves below about 200
articles on 2 cores."""


def batches_in_flight(workers: int, distributed: bool = False, articles: int | None = None) -> int:
    """Batches handed to the task runner at once: one more than its workers keeps them all busy.
    A single local worker, or a run with few `articles` to extract, uses the flow's own process
    instead (no pool start-up); a distributed cluster always gets the batches."""
    if distributed:
        return workers + 1
    if workers <= 1 or (articles is not None and articles < POOL_MIN_ARTICLES):
        return 1
    return workers + 1


def flow_in_flight(in_flight: int, processes: int, articles: int, batch_size: int) -> int:
    """Batches the flow hands to its task runner once it knows how many `articles` are new: a
    single batch, or fewer than POOL_MIN_ARTICLES with a local pool (`processes` > 1), extract
    in the flow's own process. The CLI decides this before the flow starts; a scheduled run,
    whose parameters were fixed when `serve` started, decides it here."""
    if articles <= batch_size:
        return 1
    if processes > 1:
        return min(in_flight, batches_in_flight(processes, articles=articles))
    return in_flight  # a Dask cluster the user asked for, or one worker


def local_batch_size(batch_size: int, processes: int) -> int:
    """Articles per batch when extraction runs in the flow's own process. On forked copies of
    the model (`processes` > 1) every batch pays a fork and an uneven last share, so such runs
    (fewer than POOL_MIN_ARTICLES new articles, as a rule) extract in batches of that size."""
    return batch_size if processes <= 1 else max(batch_size, POOL_MIN_ARTICLES)


@dataclass(frozen=True)
class Settings:
    raw_dir: Path
    warehouse: Path
    parquet_dir: Path
    batch_size: int = 64
    max_bytes: int = 10 * 1024 * 1024
    load_size: int = 256
    """Articles validated and merged at once (see `pipeline.load_groups`)."""

    @classmethod
    def from_env(cls, raw_dir: Path | None = None, warehouse: Path | None = None,
                 parquet_dir: Path | None = None, batch_size: int | None = None) -> Settings:
        env = os.environ
        return cls(
            raw_dir=Path(raw_dir or env.get("NEWSLEDGER_RAW_DIR") or DEFAULT_RAW_DIR),
            warehouse=Path(warehouse or env.get("NEWSLEDGER_WAREHOUSE") or DEFAULT_WAREHOUSE),
            parquet_dir=Path(parquet_dir or env.get("NEWSLEDGER_PARQUET_DIR") or DEFAULT_PARQUET_DIR),
            batch_size=int(batch_size or env.get("NEWSLEDGER_BATCH_SIZE") or 64),
            max_bytes=int(env.get("NEWSLEDGER_MAX_BYTES") or 10 * 1024 * 1024),
            load_size=int(env.get("NEWSLEDGER_LOAD_SIZE") or 256),
        )
