"""The data dictionary in docs/ is generated from the pandera models and must be current."""

from schemas.dictionary import DICTIONARY_PATH, render
from schemas.models import MODELS


def test_data_dictionary_is_current():
    assert DICTIONARY_PATH.read_text(encoding="utf-8") == render(), "run: python -m schemas.dictionary"


def test_every_column_is_described():
    for table, model in MODELS.items():
        for name, column in model.to_schema().columns.items():
            assert column.description, f"{table}.{name} has no description"
