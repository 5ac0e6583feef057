"""Load validated frames into the DuckDB warehouse: stage each table, then MERGE, all inside one
transaction per batch, so a crash leaves the warehouse as before the batch or after it."""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import re
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd

from schemas.models import ARTICLE_TABLES

SQL_DIR = Path(__file__).resolve().parent / "sql"

# table -> (merge kind = file under sql/merge, key columns)
TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "articles": ("upsert", ("article_id",)),
    "article_actors": ("article_rows", ("article_actor_id",)),
    "actor_mentions": ("article_rows", ("mention_id",)),
    "statements": ("article_rows", ("statement_id",)),
    "events": ("article_rows", ("event_id",)),
    "event_actors": ("article_rows", ("event_id", "actor_key", "role")),
    "places": ("upsert", ("place_id",)),
    "actors": ("replace_all", ("actor_id",)),
    "rejects": ("insert_new", ("reject_id",)),
    "runs": ("upsert", ("run_id",)),
}
# (table, actor-key column, actor-id column) of every reference to an actor
ACTOR_REFERENCES = (("article_actors", "actor_key", "actor_id"), ("actor_mentions", "actor_key", "actor_id"),
                    ("statements", "speaker_actor_key", "speaker_actor_id"),
                    ("events", "source_actor_key", "source_actor_id"), ("events", "target_actor_key", "target_actor_id"),
                    ("event_actors", "actor_key", "actor_id"))
DUCKLAKE = "ducklake:"
LAKE_ALIAS = "lake"


class WarehouseBusy(RuntimeError):
    """Another process holds the warehouse file open for writing."""


def read_sql(name: str) -> str:
    return (SQL_DIR / name).read_text(encoding="utf-8")


def ducklake_catalog(path: Path | str) -> Path | None:
    """The catalog file of a `ducklake:PATH` warehouse; None for a DuckDB file."""
    text = str(path)
    return Path(text[len(DUCKLAKE):]) if text.startswith(DUCKLAKE) else None


def warehouse_exists(path: Path | str) -> bool:
    """Whether a DuckDB file or a DuckLake's catalog is there to read."""
    return (ducklake_catalog(path) or Path(path)).exists()


def display_path(path: Path | str) -> str:
    """A warehouse as a user should see it: absolute, with its `ducklake:` prefix kept."""
    catalog = ducklake_catalog(path)
    return DUCKLAKE + str(catalog.resolve()) if catalog else str(Path(path).resolve())


def lake_data_path(catalog: Path) -> Path:
    """Where a DuckLake's Parquet files go: `lake.ducklake` -> `lake_data/` beside it."""
    return catalog.with_name(f"{catalog.stem}_data")


def extension_path(name: str) -> Path:
    """The binary of DuckDB extension `name` shipped in the PyPI package `duckdb_extension_<name>`,
    for this DuckDB version."""
    package = importlib.import_module(f"duckdb_extension_{name}")
    return Path(package.__file__).resolve().parent / "extensions" / f"v{duckdb.__version__}" / f"{name}.duckdb_extension"


def load_extension(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """Install an extension from its wheel's file and load it: DuckDB would otherwise download
    it, and runs stay offline."""
    con.execute(f"INSTALL {sql_string(str(extension_path(name)))}")
    con.execute(f"LOAD {name}")


def schema_sql(*, constraints: bool = True) -> str:
    """The warehouse DDL; without primary keys for DuckLake, which supports none (MERGE keys
    rows all the same)."""
    sql = read_sql("schema.sql")
    return sql if constraints else re.sub(r",\s*PRIMARY KEY \([^)]*\)| PRIMARY KEY", "", sql)


def _open(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A connection to the DuckDB file, or to an in-memory DuckDB with the DuckLake attached and
    in use, so every query names tables the same way on both."""
    catalog = ducklake_catalog(path)
    if catalog is None:
        return duckdb.connect(str(path), read_only=read_only)
    con = duckdb.connect()
    load_extension(con, "ducklake")
    options = f"DATA_PATH {sql_string(str(lake_data_path(catalog)))}" + (", READ_ONLY" if read_only else "")
    con.execute(f"ATTACH {sql_string(DUCKLAKE + str(catalog))} AS {LAKE_ALIAS} ({options})")
    con.execute(f"USE {LAKE_ALIAS}")
    return con


def connect(path: Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, a DuckDB file or `ducklake:CATALOG` (creating it and its tables when
    writable)."""
    catalog = ducklake_catalog(path)
    if not read_only:
        (catalog or path).parent.mkdir(parents=True, exist_ok=True)
    try:
        con = _open(path, read_only)
    except duckdb.IOException as err:
        if "lock" in str(err).lower():
            raise WarehouseBusy(f"{path} is in use by another newsledger run or a writer; try again when it ends") from err
        raise
    if not read_only:
        con.execute(schema_sql(constraints=catalog is None))
    return con


@contextlib.contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def _stage(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
    """Copy `frame` into a temp table shaped exactly like `table` (columns matched by name)."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE stg_{table} AS SELECT * FROM {table} LIMIT 0")
    if frame.empty:
        return
    con.register("_frame", frame)
    try:
        con.execute(f"INSERT INTO stg_{table} BY NAME SELECT * FROM _frame")
    finally:
        con.unregister("_frame")


def merge(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> int:
    """Stage `frame` and MERGE it into `table` by that table's rule (a file of statements split
    at `;`, so its comments hold none); returns rows changed."""
    kind, keys = TABLES[table]
    _stage(con, table, frame)
    on = " AND ".join(f"t.{k} = s.{k}" for k in keys)
    changed = 0
    for statement in read_sql(f"merge/{kind}.sql").format(table=table, on=on).split(";"):
        if statement.strip():
            row = con.execute(statement).fetchone()
            changed += int(row[0]) if row else 0
    return changed


def load_articles(con: duckdb.DuckDBPyConnection, frames: dict[str, pd.DataFrame]) -> dict[str, int]:
    """Merge a batch of articles with all their rows; staged articles lose rows no longer produced."""
    _stage(con, "articles", frames["articles"])
    return {table: merge(con, table, frames[table]) for table in ARTICLE_TABLES}


def apply_actor_resolution(con: duckdb.DuckDBPyConnection, actors: pd.DataFrame, actor_map: pd.DataFrame) -> int:
    """Replace `actors` with the resolved set and point every reference at it, then credit the
    statements of speakers called only by a title to the one person known by it."""
    changed = merge(con, "actors", actors)
    con.register("_map", actor_map)
    try:
        con.execute("CREATE OR REPLACE TEMP TABLE stg_actor_map AS SELECT article_id, actor_key, actor_id FROM _map")
    finally:
        con.unregister("_map")
    for table, key_column, id_column in ACTOR_REFERENCES:
        con.execute(read_sql("resolve_actors.sql").format(table=table, key_column=key_column, id_column=id_column))
    con.execute(read_sql("resolve_described_speakers.sql"))
    return changed


def last_completed_run_start(con: duckdb.DuckDBPyConnection) -> dt.datetime | None:
    """When the latest completed run started (naive UTC), or None before the first."""
    return con.execute("SELECT max(started_at) FROM runs WHERE status = 'completed'").fetchone()[0]


def known_articles(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """What the warehouse already holds, to skip unchanged articles before extraction."""
    return con.execute("SELECT article_id, content_hash, text_hash, extractor_version, published_at FROM articles").df()


def local_actors(con: duckdb.DuckDBPyConnection, excluding: list[str] = ()) -> pd.DataFrame:
    """Every article-local actor except those of `excluding` (articles being replaced)."""
    con.register("_excl", pd.DataFrame({"article_id": pd.Series(list(excluding), dtype="str")}))
    try:
        return con.execute(
            "SELECT article_id, actor_key, name, actor_type, country_code, aliases, role_titles FROM article_actors "
            "WHERE article_id NOT IN (SELECT article_id FROM _excl)"
        ).df()
    finally:
        con.unregister("_excl")


def unresolved_actors(con: duckdb.DuckDBPyConnection) -> int:
    """Article-local actors not yet pointed at an actor (loaded, resolution still to run)."""
    return int(con.execute("SELECT count(*) FROM article_actors WHERE actor_id IS NULL").fetchone()[0])


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}


def utcnow() -> dt.datetime:
    """Naive UTC now, the warehouse's timestamp convention."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def sql_string(value: str) -> str:
    """A SQL string literal, for the few statements (COPY, ATTACH) that take no parameters."""
    return "'" + value.replace("'", "''") + "'"
