"""Quote finding on raw text: every common mark, and unbalanced marks that must not swallow
the other quotes."""

from __future__ import annotations

import pytest

from newsledger.extract.quotes import find_quotes


def inner(text: str) -> list[str]:
    return [text[q.inner_start:q.inner_end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The mayor said: "We will rebuild the bridge."', ["We will rebuild the bridge."]),
        ("“The budget is balanced,” the minister said.", ["The budget is balanced"]),
        ("«Nous resterons» a dit le maire.", ["Nous resterons"]),
        ("She called it ‘a fair deal’ on Monday.", ["a fair deal"]),
        ("He said it was 'a fair deal', not a gift.", ["a fair deal"]),
    ],
)
def test_quote_forms(text: str, expected: list[str]) -> None:
    assert inner(text) == expected


def test_apostrophes_are_not_quotes() -> None:
    assert inner("The council’s plan and the farmers’ union don't agree.") == []


def test_unbalanced_mark_keeps_the_other_quotes() -> None:
    text = 'The mayor said "we are ready. Later she added "the roads are open" to reporters.'
    assert inner(text) == ["the roads are open"]


def test_stray_closing_mark_is_ignored() -> None:
    assert inner("An odd ” mark, then “a real quote” here.") == ["a real quote"]


def test_quote_continued_over_paragraphs() -> None:
    text = "“The first part goes on.\n“And the second part ends here,” she said.\nNo quote here."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert text[quotes[0].inner_start:quotes[0].inner_end].endswith("ends here")
    assert text[quotes[0].inner_start:].startswith("The first part")


def test_quote_unclosed_at_paragraph_end_is_dropped() -> None:
    text = "He said “this never closes.\nThen “a closed one” follows."
    assert inner(text) == ["a closed one"]
