"""What a statement spans: a quote split by its cue clause is one statement running over that
clause, and a statement's text is what its offsets hold."""

from __future__ import annotations

import pytest

from newsledger.extract.records import ELISION
from tests.factories import statements

pytestmark = pytest.mark.slow


def test_a_quote_resumed_after_its_cue_is_one_statement(nlp) -> None:
    text = ("“We lost the vote,” said Ann Lee, who leads the tenants' group. "
            "“But we will be back next year with more names.”")
    found = statements(nlp, text)
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Ann Lee", "We lost the vote … But we will be back next year with more names.")]
    assert text[found[0].char_start:found[0].char_end] == (
        "We lost the vote,” said Ann Lee, who leads the tenants' group. “But we will be back next year with more names.")


def test_a_title_quoted_in_the_cue_clause_is_no_part_of_the_quote(nlp) -> None:
    found = statements(nlp, "“We will rebuild the pier before summer,” the mayor told “Island Morning.”")
    assert [s.text for s in found] == ["We will rebuild the pier before summer"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('The mayor, who appeared on "Island Evening With Tom Roe," said the ferry would run.', "the ferry would run"),
        ('In his new book, "Ferries of the North," the mayor said the pier was lost.', "the pier was lost"),
        ('The mayor said, "Never Again."', "Never Again."),  # words said: they end as a sentence
    ],
)
def test_a_name_in_capitals_quoted_in_a_sentence_is_no_statement(nlp, text: str, said: str) -> None:
    assert [s.text for s in statements(nlp, text)] == [said]


@pytest.mark.parametrize(
    "text",
    [
        # the cue clause adds a statement of its own
        "“We lost the vote,” said Ann Lee, adding that the group would appeal. “It is not over.”",
        # the second quote is signed by a speaker of its own
        "“We lost the vote,” replied the witness. “Did you ever see the ballots?” the lawyer pressed.",
        # a new paragraph
        "“We lost the vote,” said Ann Lee.\n“It is not over for the tenants of the block.”",
    ],
)
def test_a_quote_after_more_than_its_cue_stays_apart(nlp, text: str) -> None:
    assert not any("We lost the vote" in s.text and ("not over" in s.text or "ballots" in s.text)
                   for s in statements(nlp, text))


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ("The new ferry, the harbour master said, will cost twice the old one.", "the harbour master",
         "The new ferry … will cost twice the old one"),  # the cue clause left out
        ("In the valley, she said, most farms have no broadband.", "she",
         "In the valley … most farms have no broadband"),
        ("The market, the former minister once said, has no morality.\n\nTraders disagree.",
         "the former minister", "The market … has no morality"),
        ('The bakery will close, the owner said, because of "crippling" rents.', "the owner",
         'The bakery will close … because of "crippling" rents'),  # a word quoted in it
    ],
)
def test_a_cue_set_into_the_sentence_reports_the_whole_of_it(nlp, text: str, speaker: str, said: str) -> None:
    assert [(s.speaker_text, s.text) for s in statements(nlp, text)] == [(speaker, said)]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Rents rose by a third last year, according to the housing charity.",
         "Rents rose by a third last year"),
        ("The ferry made a loss in May, and the bakery closed in June, according to the council.",
         "The ferry made a loss in May, and the bakery closed in June"),  # the whole sentence, not its last clause
        ("In a new survey, rents in the harbour district rose by a third.", "rents in the harbour district rose by a third"),
        ("According to the statistics office Statbury, rents rose by a third.", "rents rose by a third"),
        ("Rents rose by a third, according to the ferry firm Inchmore Lines and the union.",
         "Rents rose by a third"),  # the whole of the source, not its end only
        ("Most islanders own a boat, according to a survey, but few use it in winter.",
         "Most islanders own a boat"),
        ("The harbour master said the ferry would stop at three islands, including Inchmore and Tarsa.",
         "the ferry would stop at three islands, including Inchmore and Tarsa"),
        ("The harbour master said the ferry would stop at Inchmore, which lost its pier in 2019.",
         "the ferry would stop at Inchmore"),
    ],
)
def test_what_was_said_leaves_out_a_final_source_and_the_writers_additions(nlp, text: str, said: str) -> None:
    assert [s.text for s in statements(nlp, text)] == [said]


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ("Mayor Ann Lee: Ferry will run all winter\nThe harbour ferry will keep running.", "Mayor Ann Lee",
         "Ferry will run all winter"),
        ("KATE MOSS: We will appeal the ruling today.\nThe hearing ended at noon.", "KATE MOSS",
         "We will appeal the ruling today"),
    ],
)
def test_a_line_led_by_a_speaker_and_a_colon_reports_the_rest(nlp, text: str, speaker: str, said: str) -> None:
    assert [(s.speaker_text, s.cue, s.text) for s in statements(nlp, text)] == [(speaker, ":", said)]


@pytest.mark.parametrize(
    "text",
    [
        "Video: Ferry runs through the storm at night\nThe harbour ferry kept running.",
        "Kent: Floods close three roads near the coast\nThe rain stopped at noon.",
        "Note: Prices include the ferry fare and lunch\nBook early.",
        "Forwards: Ann Lee (Leeds), Tom Roe (Bath), Ian Ash (Hull)\nThe squad meets on Monday.",
    ],
)
def test_a_label_or_a_place_before_a_colon_is_no_speaker(nlp, text: str) -> None:
    assert statements(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ("The ferry firm, according to the harbour master, has lost two boats.", "the harbour master",
         "The ferry firm … has lost two boats"),  # the source is no part of what it says
        ("As the island paper reported, the ferry will stop in May.", "the island paper",
         "the ferry will stop in May"),
        ("The ferry, as the captain noted, has not run since May.", "the captain",
         "The ferry … has not run since May"),
    ],
)
def test_a_source_set_into_what_it_says_is_left_out_of_it(nlp, text: str, speaker: str, said: str) -> None:
    assert [(s.speaker_text, s.text) for s in statements(nlp, text)] == [(speaker, said)]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The mayor announced her candidacy at a rally in the harbour.", "her candidacy"),
        ("The senator mocked the harbour master on Twitter.", "the harbour master"),
        ("The minister discussed the ferry plan with the mayor.", "the ferry plan"),
        ("The baker discussed the new rota in an interview on Sunday.", "the new rota"),
        ("The mayor said the ferry would stop at the rally.", "the ferry would stop at the rally"),  # said, not where
    ],
)
def test_where_when_and_with_whom_it_was_said_is_no_part_of_it(nlp, text: str, said: str) -> None:
    assert [s.text for s in statements(nlp, text)] == [said]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The mayor questioned the board’s judgment in backing the ferry deal.",
         "the board’s judgment in backing the ferry deal"),
        ("The council announced a concert in support of the flood victims.",
         "a concert in support of the flood victims"),
        ("The union backed the mayor in every ward.", "the mayor"),  # where, when the object is a party
        ("The union argued her handling of the strike in the spring was a failure.",
         "her handling of the strike in the spring was a failure"),  # the clause's subject
        ("The report found the party with the most votes won the seat only four out of eleven times.",
         "the party with the most votes won the seat only four out of eleven times"),
    ],
)
def test_words_the_parse_hangs_on_the_cue_may_complete_what_was_said(nlp, text: str, said: str) -> None:
    assert [s.text for s in statements(nlp, text)] == [said]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('"We will appeal," she said the ruling was unfair.',
         [("direct", "We will appeal"), ("indirect", "the ruling was unfair")]),
        ("“We were never told,” Lee said as a few neighbours booed the council.",
         [("direct", "We were never told")]),  # the rest of the sentence is the writer's
        ("The ferry never sailed; the harbour master argued the storm made the crossing too risky.",
         [("indirect", "the storm made the crossing too risky")]),  # the writer's clause before the speaker
        ("Last week the union polled its members: 900 drivers said they wanted a new contract.",
         [("indirect", "they wanted a new contract")]),
    ],
)
def test_what_a_cue_reports_never_runs_over_the_cue_and_its_speaker(nlp, text: str, found: list) -> None:
    assert [(s.kind, s.text) for s in statements(nlp, text)] == found


def test_a_reporting_verb_with_a_modal_goes_on_with_what_was_said(nlp) -> None:
    found = statements(nlp, "The baker said she was a loyal customer and would probably back the new mill.")
    assert [(s.cue, s.text) for s in found] == [
        ("said", "she was a loyal customer and would probably back the new mill")]



@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The mayor has vowed to repeal the parking fee, a tax that shopkeepers have fought for years.",
         "to repeal the parking fee"),  # the writer's gloss
        ("He said the council would sell one of its three piers, North Pier, Old Pier and West Pier.",
         "the council would sell one of its three piers, North Pier, Old Pier and West Pier"),  # a list goes on
        ("The harbour master said “in his view,” the pier was safe.",
         "“in his view,” the pier was safe"),  # the quote keeps both its marks
    ],
)
def test_a_closing_apposition_is_the_writers_and_a_quote_keeps_its_marks(nlp, text: str, said: str) -> None:
    assert [s.text for s in statements(nlp, text)] == [said]


def test_a_number_the_parser_hangs_on_the_cue_stays_the_subject_of_what_was_said(nlp) -> None:
    # the parser reads "around" as a preposition of "said", leaving the clause without its subject
    found = statements(nlp, "Sources close to the mayor said around eight other members of the "
                            "council were also planning to resign.")
    assert [s.text for s in found] == ["around eight other members of the council were also planning to resign"], found


@pytest.mark.parametrize(
    "text",
    [
        "“The ferry is late again. Nobody told us why,” said Ann Lee, who runs the kiosk. “We lost a day.”",
        "“The pier is unsafe. It must close today,” engineer Karl Brandt said.",
        "Ivo Marsh, the harbour master, said:\n\n\"We lost two boats. The rest are safe.\"",
        "\"We will rebuild,\" said Ivo Marsh.\n\n\"The pier will open again. It has to.\"",
    ],
)
def test_a_statements_sentence_holds_all_of_what_was_said(nlp, text: str) -> None:
    found = statements(nlp, text)
    assert found
    for s in found:
        assert s.sentence in text and s.sentence.strip() == s.sentence
        assert all(part in s.sentence for part in s.text.split(ELISION)), (s.text, s.sentence)


def test_an_amount_in_millions_ends_its_sentence(nlp) -> None:
    """'$640m.' ends a sentence: what the next one says is another statement with its own speaker."""
    found = statements(nlp, "The ferry operator said the new pier would cost $640m. Harbour master Ann Lee said "
                            "the work would start in May.")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("The ferry operator", "the new pier would cost $640m"), ("Ann Lee", "the work would start in May")]
