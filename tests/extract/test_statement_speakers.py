"""Statements and their speakers on short invented passages: cues also said of things
('hinted', 'suggests', 'believes') need a subject that can hold a statement, and indirect
content stays in the paragraph of its cue."""

from __future__ import annotations

import pytest

from newsledger.extract.actors import build_actors
from newsledger.extract.statements import extract_statements
from tests.factories import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The weekly figures hinted that demand for new cars was slowing.",
        "The latest data show that river levels are falling.",  # a count states no finding of its own
        "The sudden move suggests that the bakery chain is short of cash.",
        "This shows that the new timetable works.",
        "The folding tablet reveals that its maker has changed course.",
        "The survey believes that rents will keep rising.",
        "Hijacked computers attacked the bakery's website.",  # ends like 'reporter', names a thing
        "The late payments suggest that the bakery chain is short of cash.",
    ],
)
def test_things_that_show_or_hint_are_not_speakers(nlp, text: str) -> None:
    assert statements(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Analysts suggested that the harbour tax would be scrapped.", "Analysts"),
        ("The ferry operator revealed that two crossings would be cut.", "The ferry operator"),
        ("She hinted that she would stand for the council again.", "She"),
        ("Some 40% believe that the old stadium should stay.", "Some 40%"),
        ("Shoppers who believe that prices will fall are waiting.", "Shoppers"),
        ("The annual survey found that fewer families own a car.", "The annual survey"),
        ("The latest report shows that river levels are falling.", "The latest report"),
        ("Some conservatives fear that the harbour tax will hurt fishermen.", "Some conservatives"),
        ("The mayor's allies believe the ferry deal will pass.", "The mayor's allies"),
        # people right after an inverted cue with no object content, parsed as its object
        ("“The ferry must keep running,” added a local Green.", "a local Green"),
        ("“We will appeal,” wrote a man calling himself Sven Sven.", "a man"),
    ],
)
def test_people_bodies_and_documents_keep_their_statements(nlp, text: str, speaker: str) -> None:
    found = statements(nlp, text)
    assert [s.speaker_text for s in found] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The local paper quoted the harbour master as saying that the quay would close.",
        "“The quay will close,” the local paper quoted the harbour master as saying.",
    ],
)
def test_who_a_paper_quotes_as_saying_is_the_speaker(nlp, text: str) -> None:
    assert [s.speaker_text for s in statements(nlp, text)] == ["the harbour master"]


def test_strong_cue_keeps_a_document_as_source(nlp) -> None:
    found = statements(nlp, "The audit report says that the tram project ran over budget.")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("The audit report", "the tram project ran over budget")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor said the bridge would reopen in May\n\nTraffic on the ring road has doubled.",
         ["the bridge would reopen in May"]),
        ("“The plan is still very, very important.”\n\n"
         "Earlier, the mayor told reporters there were three problems with the tram.",
         ["The plan is still very, very important.", "there were three problems with the tram"]),
        ("According to the council the harbour roads will reopen\n\nThe repair budget was cut last year.",
         ["the harbour roads will reopen"]),
    ],
)
def test_indirect_content_stays_in_the_paragraph_of_its_cue(nlp, text: str, expected: list[str]) -> None:
    assert [s.text for s in statements(nlp, text)] == expected


def test_quote_over_paragraphs_keeps_its_extent(nlp) -> None:
    text = ("The coach said: “We played well in the first half.\n"
            "“After the break we lost our shape and the result followed,” he added.")
    found = statements(nlp, text)
    assert len(found) == 1
    assert found[0].text.startswith("We played well") and found[0].text.endswith("the result followed")


def test_quote_takes_no_cue_from_the_next_paragraph(nlp) -> None:
    text = ('The treasurer defended the fund. "We have kept every promise. That is still the case."\n\n'
            'The opposition leader said the fund was "running dry".')
    quote = next(s for s in statements(nlp, text) if s.text.startswith("We have kept"))
    assert quote.speaker_text != "The opposition leader"


def test_the_us_as_speaker_is_the_united_states_not_the_pronoun_us(nlp) -> None:
    doc = nlp("The US said it would send aid. The report told us that prices rose.")
    index = build_actors(doc)
    found = extract_statements(doc, index)
    us = next(s for s in found if "send aid" in s.text)
    assert us.speaker_text == "US" and index.actor(us.speaker_key).name == "United States"


def test_a_speaker_word_in_an_odd_parse_role_still_reads_as_itself(nlp) -> None:
    from newsledger.extract.statements.attribution import _speaker_text

    doc = nlp("Officials in Rome said the talks would resume.")
    stop = doc[-1]  # a bad parse can make a punctuation token the speaker
    assert _speaker_text(doc, build_actors(doc), stop) == "."  # was: min() of an empty list


def test_a_speakers_next_act_is_not_part_of_what_was_said(nlp) -> None:
    found = statements(nlp, "Senator Paul Girard said the bill was unfinished, and urged ministers to act. "
                            "The mayor said prices rose and fell.")
    said = next(s for s in found if s.cue == "said" and "bill" in s.text)
    urged = next(s for s in found if s.cue == "urged")
    assert said.text == "the bill was unfinished"
    assert urged.speaker_text == "Paul Girard"
    assert next(s for s in found if "prices" in s.text).text == "prices rose and fell"


@pytest.mark.parametrize(
    "text",
    [
        "PORT ELLEN, Islay — Ann Lee said the distillery would hire forty people.",
        "6:50 p.m.:\n\nAnn Lee says the distillery will hire forty people.",
    ],
)
def test_a_dateline_or_a_time_before_the_speaker_is_not_the_speaker(nlp, text: str) -> None:
    assert [s.speaker_text for s in statements(nlp, text)] == ["Ann Lee"]


def test_a_quote_ending_its_sentence_takes_the_bare_cue_after_it(nlp) -> None:
    found = statements(nlp, "“The ferry is the best in the world!” Ann Lee wrote in a letter to the board.")
    assert [(s.speaker_text, s.text) for s in found] == [("Ann Lee", "The ferry is the best in the world!")]


def test_a_verb_going_on_to_another_act_signs_no_quote_before_it(nlp) -> None:
    found = statements(nlp, '"I knew nothing about the singer," said Ann Lee. "It was a dream to land this part." '
                            "Actress Jane Roe continues to live in Leeds.")
    assert {s.speaker_text for s in found} == {"Ann Lee"}



def test_who_told_someone_something_in_the_passive_is_the_agent(nlp) -> None:
    found = statements(nlp, "The baker said he had been told by the harbour master Ann Lee that the pier would close.")
    told = next(s for s in found if s.cue == "told")
    assert told.speaker_text == "Ann Lee"


def test_who_is_asked_says_no_question(nlp) -> None:
    assert [(s.cue, s.text, s.speaker_text) for s in statements(nlp, "The mayor was asked about the ferry fares.")] == [
        ("asked about", "the ferry fares", None)]


@pytest.mark.parametrize(
    "text",
    [
        "When asked about the ferry fares, the mayor smiled.",
        "Asked whether the pier would reopen, the harbour master Ann Lee said the board would decide.",
    ],
)
def test_a_question_put_to_the_subject_of_its_clause_is_no_statement(nlp, text: str) -> None:
    assert [s.cue for s in statements(nlp, text) if s.cue.lower().startswith("asked")] == []


def test_a_quote_after_a_question_is_the_answer_of_who_was_asked(nlp) -> None:
    text = "Asked about the fares, the mayor shot back: “That is a matter for the board.”"
    found = [s for s in statements(nlp, text) if s.kind == "direct"]
    assert [s.speaker_text for s in found] == ["the mayor"]


def test_who_is_reported_as_saying_said_it(nlp) -> None:
    text = "The ferry will run all winter, the harbour master has been reported as saying."
    assert [s.speaker_text for s in statements(nlp, text)] == ["the harbour master"]


@pytest.mark.parametrize(
    "text",
    [
        'The senator has called the bridge tolls "daylight robbery."',
        "The mayor called her rival an ''armchair admiral.''",
    ],
)
def test_a_quoted_name_is_said_by_who_gives_it(nlp, text: str) -> None:
    assert [(s.cue, s.speaker_text) for s in statements(nlp, text)] == [
        ("called", text.split(" called")[0].removesuffix(" has"))]


def test_a_title_with_its_field_before_the_name_is_said_by_the_named_person(nlp) -> None:
    said = statements(nlp, 'But Inchmore director of rugby Tom Barker said: "He is fine and will play."')
    assert [s.speaker_text for s in said] == ["Tom Barker"]


def test_a_name_right_after_an_inverted_cue_speaks_whatever_the_parse_made_of_it(nlp) -> None:
    """'“...,” said Dorr, a baker who heads the group Correct the Record': the parse took the name
    for the subject of a verb further on; the name after the cue still speaks."""
    text = '"We want the ferry back," said Dorr, a baker who heads the group Correct the Record.'
    assert [(s.speaker_text, s.text) for s in statements(nlp, text)] == [("Dorr", "We want the ferry back")]


def test_a_name_right_before_a_subjectless_cue_speaks(nlp) -> None:
    """'As part of his plea, Tom Barker, 44, said': the parse hung the name on the phrase before it
    and left the cue without a subject; the name before the cue (and its age) still speaks."""
    text = "As part of his plea, Tom Barker, 44, said that he had cheated nearly 100 people."
    assert [(s.speaker_text, s.text) for s in statements(nlp, text)] == [("Tom Barker", "he had cheated nearly 100 people")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The union issued a statement saying the ferry was unsafe.", "The union"),
        ("Later, the mayor revised her statement explaining that she had not sent the emails.", "her"),
        ("The mayor cited a poll showing her ahead.", "The mayor"),  # one statement: what the poll shows is inside it
    ],
)
def test_a_statement_saying_something_is_said_by_who_issued_it(nlp, text: str, speaker: str) -> None:
    assert [s.speaker_text for s in statements(nlp, text)] == [speaker]


def test_a_hope_for_a_noun_phrase_hands_no_speaker_to_a_quote_after_it(nlp) -> None:
    """'The port workers are hoping for a pay rise.': a stance held of a noun phrase says nothing
    that a quoted phrase in the next sentence could go on with."""
    text = ('The port workers are hoping for a pay rise this year. '
            'Their union printed "a fair share for the docks" on its banners last spring.')
    assert [(s.speaker_text, s.text) for s in statements(nlp, text)] == [
        ("The port workers", "a pay rise this year"), (None, "a fair share for the docks")]


def test_whom_a_verb_moves_to_speak_speaks(nlp) -> None:
    """'The delay led some traders to argue that ...': the traders argue, not the delay; a verb of
    purpose keeps its subject ('used the speech to call for')."""
    moved = statements(nlp, "The long delay led some traders to argue that the market was dying.")
    kept = statements(nlp, "The mayor used her speech to call for a new ferry.")
    assert [(s.speaker_text, s.text) for s in moved + kept] == [
        ("some traders", "the market was dying"), ("The mayor", "a new ferry")]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('Islanders have long used a "ferry tax" to pay for the pier, and the mayor said on Monday that the levy '
         'would go.', [("said", "the levy would go")]),  # a term in a clause of no cue
        ('The mayor hailed the vote as "a great day", telling reporters that the ferry would run all winter.',
         [("hailed", "a great day"), ("telling", "the ferry would run all winter")]),  # held by its clause
    ],
)
def test_a_few_quoted_words_belong_to_the_cue_whose_clause_holds_them(nlp, text: str,
                                                                     said: list[tuple[str, str]]) -> None:
    assert [(s.cue, s.text) for s in statements(nlp, text)] == said


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A number of economists said the harbour tax would be scrapped.", "A number of economists"),
        ("Dozens of residents said the ferry was always late.", "Dozens of residents"),
        ("Some of the fishermen said the quay was unsafe.", "Some of the fishermen"),
        ("Two of the mayor's aides said she would not run again.", "Two of the mayor's aides"),
        ("More than 4 in 10 said the ferry was always late.", "More than 4 in 10"),
    ],
)
def test_a_count_of_people_speaks_as_the_people_counted(nlp, text: str, speaker: str) -> None:
    assert [s.speaker_text for s in statements(nlp, text)] == [speaker]


def test_a_passive_report_with_an_infinitive_reports_its_subject_doing_it(nlp) -> None:
    """'X is reported by the agency to have won': the agency speaks, of X having won."""
    found = statements(nlp, "The ferry firm is reported by the local paper to have won the harbour contract.")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("the local paper", "The ferry firm … to have won the harbour contract")]
    assert statements(nlp, "The vote was called by the council to force the ferry firm to act.") == []  # a purpose


def test_a_headline_subject_run_into_the_story_speaks_for_nothing(nlp) -> None:
    """The parse may make a headline's noun the subject of the story's first verb."""
    text = ("Ferry firm Sealink in harbour row\n\nA dispute between the council and the port owner, "
            "controlled by the bank Norvik, is casting doubt on the firm's future.")
    assert [s.speaker_text for s in statements(nlp, text)] == []
    shops = statements(nlp, "Shoppers flock to tills\n\nShops all over Norway reported strong sales on Saturday.")
    assert [s.speaker_text for s in shops] == [None]  # not the place a preposition governs


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('Or, as the harbour master, Ana Lind, put it: "The boats are no longer at the gate."',
         [("the harbour master", "The boats are no longer at the gate.")]),
        ("As the mayor put it, the ferry will run all winter.", [("the mayor", "the ferry will run all winter")]),
        ("The mayor put it on the table. To put it mildly, the ferry was late.", []),
    ],
)
def test_put_it_says_how_something_was_said(nlp, text: str, said: list[tuple[str, str]]) -> None:
    """'as Ann Lee put it': the idiom is a cue; 'put it on the table' and the writer's 'to put it
    mildly' are not."""
    assert [(s.speaker_text, s.text) for s in statements(nlp, text)] == said


def test_first_name_lists_are_folded_and_give_each_name_one_pronoun() -> None:
    from newsledger.extract.lexicon import load
    from newsledger.extract.text import fold

    gendered = load("titles")["gendered"]
    male, female = gendered["male_first_names"], gendered["female_first_names"]
    assert all(n == fold(n).replace(" ", "-") for n in male + female)
    assert len(set(male)) == len(male) and len(set(female)) == len(female)
    assert not set(male) & set(female)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Maria Lopez met Carlos Mendes in Lima. She said the talks had gone well.", "Maria Lopez"),
        ("Carlos Mendes met Maria Lopez in Lima. She said the talks had gone well.", "Maria Lopez"),
        ("Maria Lopez met Carlos Mendes in Lima. He said the talks had gone well.", "Carlos Mendes"),
        ("Jean-Pierre Morel met Ingrid Holm in Oslo. He said the talks had gone well.", "Jean-Pierre Morel"),
        ("Mr Maria Lopez met Ana Diaz in Lima. He said the talks had gone well.", "Maria Lopez"),  # the title says so
    ],
)
def test_a_he_or_she_is_never_a_person_whose_first_name_takes_the_other(nlp, text: str, speaker: str) -> None:
    doc = nlp(text)
    index = build_actors(doc)
    said = next(s for s in extract_statements(doc, index) if s.cue == "said")
    assert said.speaker_key and index.actor(said.speaker_key).name == speaker


def test_a_first_name_alone_gives_no_pronoun(nlp) -> None:
    doc = nlp("Carlos Mendes met Thomas in Lima. She said the talks had gone well.")
    index = build_actors(doc)
    assert not any(index.pronouns.get(a.key) == "she" for a in index.actors)

