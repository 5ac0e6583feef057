"""Parquet export of every table and view, one Hive-partitioned dataset each, swapped in whole
so the folder always equals the warehouse: no half-written file, no stale file from a run before.

Layout: `<dir>/<dataset>/year=YYYY/month=M/data_0.parquet` for datasets with a date (see
PARTITION_DATES; rows without one land in `year=__HIVE_DEFAULT_PARTITION__`, which pyarrow,
polars and DuckDB read back as null), `<dir>/<dataset>/data_0.parquet` for the rest, and
`<dir>/_manifest.json` with each dataset's row count and partition date."""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Collection
from pathlib import Path

import duckdb

from warehouse.load import TABLES, sql_string, utcnow
from warehouse.views import VIEWS

MANIFEST = "_manifest.json"
_BY_ARTICLE = "(SELECT p.published_at FROM articles AS p WHERE p.article_id = t.article_id)"
# dataset -> SQL (over the dataset as `t`) of the date its `year` / `month` partitions come from:
# publication time for articles and every row an article produced (so one article's rows share
# a partition), the day itself for daily counts. Datasets not listed are small and unpartitioned.
PARTITION_DATES: dict[str, str] = {
    "articles": "t.published_at",
    "article_actors": _BY_ARTICLE,
    "actor_mentions": _BY_ARTICLE,
    "statements": _BY_ARTICLE,
    "events": _BY_ARTICLE,
    "event_actors": _BY_ARTICLE,
    "event_timeline": "t.published_at",
    "who_said_what": "t.published_at",
    "daily_event_counts": "t.day",
}
DATASETS: tuple[str, ...] = (*TABLES, *VIEWS)


def _is_export(path: Path) -> bool:
    """Only a folder this module wrote (or the older one-file-per-table layout) may be replaced:
    `--parquet-dir` pointing at a folder of other files must not wipe them."""
    entries = list(path.iterdir())
    return (path / MANIFEST).exists() or all(e.is_file() and e.suffix == ".parquet" for e in entries)


def _write_dataset(con: duckdb.DuckDBPyConnection, name: str, target: Path) -> int:
    date = PARTITION_DATES.get(name)
    query = f"SELECT t.* FROM {name} AS t" if date is None else \
        f"SELECT t.*, year({date}) AS year, month({date}) AS month FROM {name} AS t"
    rows = int(con.execute(f"SELECT count(*) FROM {name}").fetchone()[0])
    target.mkdir(parents=True)
    if date is None or rows == 0:  # an empty dataset still gets a file, so readers see its columns
        con.execute(f"COPY ({query} ORDER BY ALL) TO {sql_string(str(target / 'data_0.parquet'))} (FORMAT parquet)")
    else:
        con.execute(f"COPY ({query} ORDER BY ALL) TO {sql_string(str(target))} "
                    "(FORMAT parquet, PARTITION_BY (year, month), OVERWRITE_OR_IGNORE)")
    return rows


def export_parquet(con: duckdb.DuckDBPyConnection, parquet_dir: Path,
                   only: Collection[str] | None = None) -> dict[str, Path]:
    """Write every table and view to a fresh folder beside `parquet_dir`, then swap it in;
    returns each dataset's folder. With `only`, the fresh folder starts as hard links to the
    current export and only those datasets are rewritten (the rest are known unchanged), when
    there is a current export. Leftovers of an interrupted export are removed first."""
    parquet_dir = parquet_dir.resolve()
    parent = parquet_dir.parent
    parent.mkdir(parents=True, exist_ok=True)
    if parquet_dir.exists() and not _is_export(parquet_dir):
        raise FileExistsError(f"{parquet_dir} holds files that are not a newsledger export; not replacing it")
    for leftover in parent.glob(f".{parquet_dir.name}.*-*"):
        shutil.rmtree(leftover)
    token = uuid.uuid4().hex[:8]
    staging, old = parent / f".{parquet_dir.name}.staging-{token}", parent / f".{parquet_dir.name}.old-{token}"
    manifest = {"exported_at": utcnow().isoformat(), "datasets": {}}
    rewrite = DATASETS
    if only is not None and (parquet_dir / MANIFEST).exists():
        shutil.copytree(parquet_dir, staging, copy_function=os.link)
        manifest["datasets"] = json.loads((parquet_dir / MANIFEST).read_text(encoding="utf-8"))["datasets"]
        rewrite = tuple(name for name in DATASETS if name in only or name not in manifest["datasets"])
        for name in rewrite:
            shutil.rmtree(staging / name, ignore_errors=True)
    for name in rewrite:
        rows = _write_dataset(con, name, staging / name)
        manifest["datasets"][name] = {"rows": rows, "partitioned_by": PARTITION_DATES.get(name)}
    (staging / MANIFEST).unlink(missing_ok=True)  # a hard link to the current manifest: never write through it
    (staging / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    if parquet_dir.exists():
        parquet_dir.rename(old)
    staging.rename(parquet_dir)
    shutil.rmtree(old, ignore_errors=True)
    return {name: parquet_dir / name for name in DATASETS}
