"""The data dictionary in docs/ is generated from the pandera models and must be current."""

from schemas.dictionary import DICTIONARY_PATH, README_PATH, readme_with_summary, render
from schemas.models import MODELS


def test_data_dictionary_is_current():
    assert DICTIONARY_PATH.read_text(encoding="utf-8") == render(), "run: python -m schemas.dictionary"


def test_every_column_is_described():
    for table, model in MODELS.items():
        for name, column in model.to_schema().columns.items():
            assert column.description, f"{table}.{name} has no description"


def test_readme_table_list_is_current():
    readme = README_PATH.read_text(encoding="utf-8")
    assert readme == readme_with_summary(readme), "run: python -m schemas.dictionary"
