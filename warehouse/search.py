"""Full-text search over statements and article text with DuckDB's `fts` extension, loaded
from the `duckdb_extension_fts` wheel (never downloaded). The BM25 index lives in the warehouse
(schemas `fts_main_statements`, `fts_main_articles`, so the serving copy carries it too) and is
rebuilt after a load only when the indexed rows changed, which a fingerprint in
`fts_state.indexes` records."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

from warehouse.load import load_extension, sql_string, transaction, utcnow


@dataclass(frozen=True)
class Index:
    id_column: str
    fingerprint: str  # SQL over the table's rows that changes whenever indexed text changes
    columns: tuple[str, ...]  # indexed text columns
    results_from: str  # table or view a hit joins to (as `r`) for display
    shown: str  # columns of a hit


INDEXES: dict[str, Index] = {
    "statements": Index("statement_id", "hash(statement_id, text)", ("text",), "who_said_what",
                        "r.speaker, r.speaker_role, r.kind, r.cue, r.text, CAST(r.published_at AS DATE) AS published, "
                        "r.article_title, r.url, r.statement_id, r.article_id"),
    "articles": Index("article_id", "hash(article_id, content_hash)", ("title", "text"), "articles",
                      "CAST(r.published_at AS DATE) AS published, r.title, r.source, r.url, r.article_id"),
}


class NoSearchIndex(RuntimeError):
    """The warehouse has no full-text index yet (no completed run since search was added)."""


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    """fts from the wheel; DuckDB would otherwise try to autoload it from the network on first
    use of an index."""
    load_extension(con, "fts")


def _fingerprint(con: duckdb.DuckDBPyConnection, table: str) -> str:
    count, digest = con.execute(
        f"SELECT count(*), coalesce(bit_xor({INDEXES[table].fingerprint}), 0) FROM {table}").fetchone()
    return f"{count}:{digest}"


def refresh_index(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Rebuild the index of every table whose rows changed since the last build; returns the
    tables rebuilt (none on an unchanged run)."""
    load_fts(con)
    con.execute("CREATE SCHEMA IF NOT EXISTS fts_state")
    con.execute("CREATE TABLE IF NOT EXISTS fts_state.indexes "
                "(indexed_table VARCHAR PRIMARY KEY, fingerprint VARCHAR NOT NULL, built_at TIMESTAMP NOT NULL)")
    built = dict(con.execute("SELECT indexed_table, fingerprint FROM fts_state.indexes").fetchall())
    rebuilt = []
    for table, index in INDEXES.items():
        fingerprint = _fingerprint(con, table)
        if built.get(table) == fingerprint:
            continue
        with transaction(con):
            args = ", ".join(sql_string(v) for v in (table, index.id_column, *index.columns))
            con.execute(f"PRAGMA create_fts_index({args}, overwrite=1)")
            con.execute("INSERT OR REPLACE INTO fts_state.indexes VALUES (?, ?, ?)", [table, fingerprint, utcnow()])
        rebuilt.append(table)
    return rebuilt


def search(con: duckdb.DuckDBPyConnection, query: str, *, table: str = "statements", limit: int = 20) -> pd.DataFrame:
    """Rows of `table` matching `query` by BM25 (stemmed: "ceasefires" finds "ceasefire"), best
    first, newest first among equals; statements come with speaker, role and publication date."""
    load_fts(con)
    schema = f"fts_main_{table}"
    if not con.execute("SELECT count(*) FROM duckdb_schemas() WHERE schema_name = ?", [schema]).fetchone()[0]:
        raise NoSearchIndex(f"no full-text index on {table}; run `newsledger run` to build it")
    index = INDEXES[table]
    return con.execute(
        f"""
        SELECT round(m.score, 4) AS score, {index.shown}
        FROM (SELECT {index.id_column}, {schema}.match_bm25({index.id_column}, $query) AS score FROM {table}) AS m
        JOIN {index.results_from} AS r USING ({index.id_column})
        WHERE m.score IS NOT NULL
        ORDER BY m.score DESC, r.published_at DESC NULLS LAST, r.{index.id_column}
        LIMIT $limit
        """,
        {"query": query, "limit": limit},
    ).df()
