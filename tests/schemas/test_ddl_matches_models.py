"""The warehouse DDL (warehouse/sql/schema.sql) and the pandera models (schemas/models.py) must
describe the same tables: a column added to one and not the other would load as null or fail
only at MERGE time, far from the change that caused it."""

from __future__ import annotations

import duckdb
import pytest

from schemas import MODELS
from warehouse import load

# pandera dtype -> the DuckDB types that hold it without loss
COMPATIBLE = {
    "string[pyarrow]": {"VARCHAR"},
    "int64": {"BIGINT", "INTEGER"},
    "Int64": {"BIGINT", "INTEGER"},
    "float64": {"DOUBLE"},
    "bool": {"BOOLEAN"},
    "datetime64[ns]": {"TIMESTAMP", "DATE"},
}


@pytest.fixture(scope="module")
def ddl_columns() -> dict[str, list[tuple[str, str, bool]]]:
    con = duckdb.connect()
    con.execute(load.schema_sql())
    rows = con.execute("SELECT table_name, column_name, data_type, is_nullable = 'YES' FROM information_schema.columns "
                       "ORDER BY table_name, ordinal_position").fetchall()
    out: dict[str, list[tuple[str, str, bool]]] = {}
    for table, column, data_type, nullable in rows:
        out.setdefault(table, []).append((column, data_type, nullable))
    return out


@pytest.mark.parametrize("table", sorted(MODELS))
def test_each_table_has_the_models_columns_in_order_with_fitting_types_and_nullability(table, ddl_columns):
    model = MODELS[table].to_schema().columns
    ddl = ddl_columns.get(table, [])
    assert [c for c, _, _ in ddl] == list(model), f"{table}: schema.sql columns differ from the pandera model"
    for column, data_type, nullable in ddl:
        spec = model[column]
        assert data_type in COMPATIBLE[str(spec.dtype)], f"{table}.{column}: {data_type} cannot hold {spec.dtype}"
        if not spec.nullable:
            assert not nullable, f"{table}.{column}: the model forbids nulls, schema.sql allows them"


def test_the_ddl_has_no_table_the_models_do_not_describe(ddl_columns):
    assert set(ddl_columns) == set(MODELS)


def test_a_warehouse_written_before_statement_dates_gets_their_columns_in_model_order(tmp_path):
    path = tmp_path / "older.duckdb"
    con = load.connect(path)
    for column in ("statement_date", "date_precision", "date_text"):  # as an older release wrote it
        con.execute(f"ALTER TABLE statements DROP COLUMN {column}")
    con.close()
    con = load.connect(path)
    columns = [r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                         "WHERE table_name = 'statements' ORDER BY ordinal_position").fetchall()]
    con.close()
    assert columns == list(MODELS["statements"].to_schema().columns)
