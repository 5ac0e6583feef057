"""Quote finding on raw text: every common mark (with the TeX/wire pair `` ''), and unbalanced
marks that must not swallow the other quotes."""

from __future__ import annotations

import pytest

from newsledger.extract.actors import build_actors
from newsledger.extract.quotes import find_quotes
from newsledger.extract.statements import extract_statements


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


def test_paragraphs_run_into_one_line_keep_their_quotes() -> None:
    text = 'The coach said: "We lost the first game. "We will win the next one. "Nobody can stop us."'
    assert inner(text) == ["We lost the first game.", "We will win the next one.", "Nobody can stop us."]


def test_stray_closing_mark_is_ignored() -> None:
    assert inner("An odd ” mark, then “a real quote” here.") == ["a real quote"]


@pytest.mark.parametrize(
    "text",
    [
        "“The first part goes on.\n“And the second part ends here,” she said.\nNo quote here.",
        "``The first part goes on.\n``And the second part ends here,'' she said.\nNo quote here.",
    ],
)
def test_quote_continued_over_paragraphs(text: str) -> None:
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert text[quotes[0].inner_start:quotes[0].inner_end].endswith("ends here")
    assert text[quotes[0].inner_start:].startswith("The first part")


@pytest.mark.parametrize(
    "text",
    [
        "He said “this never closes.\nThen “a closed one” follows.",
        "He said ``this never closes.\nThen ``a closed one'' follows.",
    ],
)
def test_quote_unclosed_at_paragraph_end_is_dropped(text: str) -> None:
    assert inner(text) == ["a closed one"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("``We will not leave,'' the mayor said.", ["We will not leave"]),
        ("The union said ``no deal.''", ["no deal."]),
        ("``It isn't over,'' she said. ``The players' vote comes next.''",
         ["It isn't over", "The players' vote comes next."]),
        # a single quote inside, closed by three apostrophes
        ("``It felt like, 'not again,''' he said.", ["It felt like, 'not again,'"]),
        # a plural possessive right before the closing ''
        ("``We stand with the growers''' the mayor said.", ["We stand with the growers'"]),
        ('She said "yes" and he said ``no.\'\'', ["yes", "no."]),
    ],
)
def test_tex_quotes(text: str, expected: list[str]) -> None:
    assert inner(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The new goalkeeper is 6'2'' and the board room is 30'' wide.",
        "A lone `` mark and a lone '' mark are no quote.",
        "The players' union and the growers' board don't agree.",
        "Ditto marks: '' '' and ''' stand for the line above.",
    ],
)
def test_lone_tex_marks_and_apostrophes_are_not_quotes(text: str) -> None:
    assert inner(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("''We will not leave,'' the mayor said.", ["We will not leave"]),
        ("''It isn't over,'' she said. ''The players' vote comes next.''",
         ["It isn't over", "The players' vote comes next."]),
        ("''It felt like, 'not again,''' he said.", ["It felt like, 'not again,'"]),
        ("''First part.\n''Second part,'' she said.", ["First part.\n''Second part"]),
    ],
)
def test_old_newspaper_quotes_open_with_two_apostrophes(text: str, expected: list[str]) -> None:
    assert inner(text) == expected


def test_apostrophes_keep_a_single_quote_next_to_them() -> None:
    assert inner("She called it 'a fair deal' and the growers' board agreed.") == ["a fair deal"]


@pytest.mark.slow
def test_tex_quote_is_a_direct_statement_without_its_marks(nlp) -> None:
    doc = nlp("``We will not close the old harbour this winter,'' the mayor said on Tuesday.")
    found = extract_statements(doc, build_actors(doc))
    assert [(s.kind, s.text, s.speaker_text) for s in found] == [
        ("direct", "We will not close the old harbour this winter", "the mayor")]
