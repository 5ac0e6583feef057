"""Analysis views (`sql/views/*.sql`, one documented view a file), recreated after each load so
the warehouse, its Parquet export and the serving copy all carry the current definitions."""

from __future__ import annotations

import duckdb

from warehouse.load import SQL_DIR

VIEW_DIR = SQL_DIR / "views"
VIEWS: tuple[str, ...] = tuple(sorted(p.stem for p in VIEW_DIR.glob("*.sql")))


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    """CREATE OR REPLACE every view; cheap, so it runs after every load."""
    for name in VIEWS:
        con.execute((VIEW_DIR / f"{name}.sql").read_text(encoding="utf-8"))


DOCS_PATH = SQL_DIR.parents[1] / "docs" / "views.md"


def _header(name: str) -> str:
    """The view file's leading `--` comment, which documents it."""
    lines = (VIEW_DIR / f"{name}.sql").read_text(encoding="utf-8").splitlines()
    comment = [line.removeprefix("--").strip() for line in lines if line.startswith("--")]
    text = " ".join(comment).removeprefix(f"{name}:").strip()
    return text[:1].upper() + text[1:]


def render_docs() -> str:
    """docs/views.md: each view's documentation and columns, from the SQL files themselves."""
    from warehouse.load import read_sql

    con = duckdb.connect()
    con.execute(read_sql("schema.sql"))
    create_views(con)
    lines = ["# Analysis views", "",
             "Generated from the header comments of `warehouse/sql/views/*.sql` by `python -m warehouse.views`; "
             "a test fails when this file is stale.", ""]
    for name in VIEWS:
        columns = con.execute(f"DESCRIBE {name}").fetchall()
        lines += [f"## `{name}`", "", _header(name), "", "| column | type |", "| --- | --- |",
                  *(f"| `{c[0]}` | {c[1]} |" for c in columns), ""]
    return "\n".join(lines)


if __name__ == "__main__":
    DOCS_PATH.write_text(render_docs(), encoding="utf-8")
    print(f"wrote {DOCS_PATH}")
