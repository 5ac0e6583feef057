"""Read-only questions about runs, for `newsledger status` and the per-run Prefect artifacts."""

from __future__ import annotations

from collections.abc import Sequence

import duckdb
import pandas as pd


def recent_runs(con: duckdb.DuckDBPyConnection, last: int = 10) -> pd.DataFrame:
    """The last `last` runs, newest first, with how long each took."""
    return con.execute(
        "SELECT run_id, started_at, finished_at, "
        "round(epoch(finished_at - started_at), 1) AS seconds, status, articles_seen, articles_loaded, "
        "articles_skipped, rejects, extractor_version "
        "FROM runs ORDER BY started_at DESC LIMIT ?", [last]).df()


def top_actors(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str], limit: int = 10) -> pd.DataFrame:
    """The actors most mentioned in `article_ids` (name, type, mentions, articles)."""
    con.register("_ids", pd.DataFrame({"article_id": pd.Series(list(article_ids), dtype="str")}))
    try:
        return con.execute(
            "SELECT a.name, a.actor_type, count(*) AS mentions, count(DISTINCT m.article_id) AS articles "
            "FROM actor_mentions m JOIN actors a ON a.actor_id = m.actor_id "
            "WHERE m.article_id IN (SELECT article_id FROM _ids) "
            "GROUP BY a.name, a.actor_type ORDER BY mentions DESC, a.name LIMIT ?", [limit]).df()
    finally:
        con.unregister("_ids")
