"""The warehouse stage: DDL and views as SQL under `sql/`, and the loader that stages validated
frames and merges them into DuckDB."""
