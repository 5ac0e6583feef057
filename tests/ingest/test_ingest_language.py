"""The cheap language guess: right on clear text, None when unsure."""

from __future__ import annotations

import pytest

from newsledger.ingest.language import detect_language, normalise_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The president said that the talks with the union would resume in the spring.", "en"),
        ("Der Präsident sagte, dass die Gespräche mit der Regierung nicht im Frühjahr beginnen.", "de"),
        ("Le président a dit que les négociations avec le syndicat reprendront dans une semaine.", "fr"),
        ("El presidente dijo que las negociaciones con el sindicato se reanudarán en la primavera.", "es"),
        ("Президент заявил, что переговоры возобновятся весной в Стамбуле.", "ru"),
        ("Президент заявив, що переговори відновляться навесні в Стамбулі, і це важливо.", "uk"),
        ("大統領は、春に交渉を再開すると述べた。", "ja"),
        ("总统说，谈判将在春季恢复。", "zh"),
        ("قال الرئيس إن المحادثات ستستأنف في الربيع", "ar"),
        ("ok", None),
        ("12345 67890 !!!", None),
    ],
)
def test_detect_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(("given", "expected"), [("en-US", "en"), (" DE ", "de"), ("pt_BR", "pt"), ("-", None)])
def test_normalise_language(given: str, expected: str | None) -> None:
    assert normalise_language(given) == expected
