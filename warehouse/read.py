"""Read the warehouse back into frames (for `newsledger eval` and tests), read-only."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from warehouse.load import TABLES, connect


def read_tables(path: Path, tables: tuple[str, ...] | None = None) -> dict[str, pd.DataFrame]:
    """Every contract table as a DataFrame; a table the file lacks reads as absent."""
    con = connect(path, read_only=True)
    try:
        present = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        return {t: con.execute(f"SELECT * FROM {t}").df() for t in (tables or tuple(TABLES)) if t in present}
    finally:
        con.close()
