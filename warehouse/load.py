"""Load validated frames into the DuckDB warehouse: stage each table, then MERGE, all inside one
transaction per batch, so a crash leaves the warehouse as before the batch or after it."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd

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
ARTICLE_TABLES = ("articles", "article_actors", "actor_mentions", "statements", "events", "event_actors", "places")


class WarehouseBusy(RuntimeError):
    """Another process holds the warehouse file open for writing."""


def read_sql(name: str) -> str:
    return (SQL_DIR / name).read_text(encoding="utf-8")


def connect(path: Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse (creating it and its tables when writable)."""
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as err:
        if "lock" in str(err).lower():
            raise WarehouseBusy(f"{path} is in use by another newsledger run or a writer; try again when it ends") from err
        raise
    if not read_only:
        con.execute(read_sql("schema.sql"))
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
    """Stage `frame` and MERGE it into `table` by that table's rule; returns rows changed."""
    kind, keys = TABLES[table]
    _stage(con, table, frame)
    on = " AND ".join(f"t.{k} = s.{k}" for k in keys)
    changed = con.execute(read_sql(f"merge/{kind}.sql").format(table=table, on=on)).fetchone()
    return int(changed[0]) if changed else 0


def load_articles(con: duckdb.DuckDBPyConnection, frames: dict[str, pd.DataFrame]) -> dict[str, int]:
    """Merge a batch of articles with all their rows; staged articles lose rows no longer produced."""
    _stage(con, "articles", frames["articles"])
    return {table: merge(con, table, frames[table]) for table in ARTICLE_TABLES}


def apply_actor_resolution(con: duckdb.DuckDBPyConnection, actors: pd.DataFrame, actor_map: pd.DataFrame) -> int:
    """Replace `actors` with the resolved set and point every reference at it."""
    changed = merge(con, "actors", actors)
    con.register("_map", actor_map)
    try:
        con.execute("CREATE OR REPLACE TEMP TABLE stg_actor_map AS SELECT article_id, actor_key, actor_id FROM _map")
    finally:
        con.unregister("_map")
    con.execute(read_sql("resolve_actors.sql"))
    return changed


def known_articles(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """What the warehouse already holds, to skip unchanged articles before extraction."""
    return con.execute("SELECT article_id, content_hash, text_hash, extractor_version FROM articles").df()


def local_actors(con: duckdb.DuckDBPyConnection, excluding: list[str]) -> pd.DataFrame:
    """Every article-local actor except those of `excluding` (articles being replaced)."""
    con.register("_excl", pd.DataFrame({"article_id": pd.Series(excluding, dtype="str")}))
    try:
        return con.execute(
            "SELECT article_id, actor_key, name, actor_type, country_code, aliases, role_titles FROM article_actors "
            "WHERE article_id NOT IN (SELECT article_id FROM _excl)"
        ).df()
    finally:
        con.unregister("_excl")


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}


def utcnow() -> dt.datetime:
    """Naive UTC now, the warehouse's timestamp convention."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def sql_string(value: str) -> str:
    """A SQL string literal, for the few statements (COPY, ATTACH) that take no parameters."""
    return "'" + value.replace("'", "''") + "'"
