"""Headlines in title case are parsed in sentence case: which lines count as such headlines, which
words lose their capitals (common words) and which keep them (names), and that the text the rules
read is still the article's own."""

from __future__ import annotations

import pytest
import spacy

from newsledger.extract import extract_articles
from newsledger.extract.headlines import headline_spans, in_title_case, sentence_case
from newsledger.extract.records import ArticleText


@pytest.fixture(scope="module")
def blank():
    """A pipeline without a lemmatizer: the vocabulary is spaCy's stop words only."""
    return spacy.blank("en")


@pytest.mark.parametrize(("line", "title_case"), [
    ("Harbour Chief Says Ferry Will Run All Winter", True),
    ("Leaders of the Movement Unite in Support of Her", True),
    ("Ann Hill of Leeds beat Jo Roe in the final", False),  # sentence case with names
    ("HARBOUR CHIEF SAYS FERRY WILL RUN", False),  # capitals: read as they are
    ("Ferry News", False),  # too few words to tell
])
def test_a_title_case_line_capitalises_all_but_small_words(line: str, title_case: bool) -> None:
    assert in_title_case(line) is title_case


def test_later_lines_count_only_as_sentences_not_listings() -> None:
    text = ("Mayor Says Ferry Will Run\n\nThe mayor spoke.\nThe National Bank Of Ostrava\n"
            "Ann Hill (Leeds) Beat Jo Roe (Bath)\nIsland Voters Back The Ferry Plan.")
    assert [text[s:e] for s, e in headline_spans(text)] == ["Mayor Says Ferry Will Run", "Island Voters Back The Ferry Plan."]


def test_common_words_lose_their_capitals_and_names_keep_them(blank) -> None:
    text = ("Mayor Ann Lee Says The Ferry Will Run All Winter\n\n"
            "Mayor Ann Lee said on Monday that the ferry will run again.")
    cased = sentence_case(text, blank, headline_spans(text))
    assert len(cased) == len(text)
    assert cased.split("\n")[0] == "Mayor Ann Lee says the ferry will run all Winter"
    assert cased[cased.index("\n"):] == text[text.index("\n"):]


def test_a_name_of_common_words_the_article_writes_keeps_its_capitals(blank) -> None:
    text = ("Lee Says White House Will Help\n\nLee said the White House would help the house owners.")
    assert sentence_case(text, blank, headline_spans(text)).split("\n")[0] == "Lee says White House will help"


def test_after_a_colon_or_inside_a_quote_the_headline_goes_on_in_sentence_case(blank) -> None:
    text = "Mayor: Ferry Will Run On ‘Every Day Of The Year’. Ann Lee Agrees\n\nThe ferry will run, she said, every day."
    assert sentence_case(text, blank, headline_spans(text)).split("\n")[0] == (
        "Mayor: ferry will run on ‘every day of the Year’. Ann Lee Agrees")


def _extract(nlp, text: str):
    return next(extract_articles([ArticleText("t", text)], nlp))


@pytest.mark.slow
@pytest.mark.parametrize(("headline", "speaker", "said"), [
    ("Reed Vows To Keep Harbour Open", "Reed", "To Keep Harbour Open"),
    ("Union Warns Of Strike Over Pay Cuts", "Union", "Strike Over Pay Cuts"),
    ("Ann Lee Slams Council Over Ferry Cuts", "Ann Lee", "Council Over Ferry Cuts"),
])
def test_a_title_case_headline_says_who_said_what_in_the_articles_own_words(nlp, headline: str, speaker: str,
                                                                            said: str) -> None:
    text = headline + "\n\nAnn Lee, who runs the dock workers' union, spoke to Tom Reed, the mayor, on Monday."
    found = [s for s in _extract(nlp, text).statements if s.char_start < len(headline)]
    assert [(s.speaker_text, s.text, text[s.char_start:s.char_end]) for s in found] == [(speaker, said, said)]


@pytest.mark.slow
@pytest.mark.parametrize("headline", ["How The West Was Won", "Ten Things We Learned This Week",
                                      "Storm Leaves Thousands Without Power"])
def test_a_title_case_headline_that_reports_no_speech_has_no_statement(nlp, headline: str) -> None:
    text = headline + "\n\nThe film was shown on Sunday. A storm hit the coast, and the power failed."
    assert [s.text for s in _extract(nlp, text).statements if s.char_start < len(headline)] == []


@pytest.mark.slow
def test_a_title_case_headline_gives_no_verb_to_a_name(nlp) -> None:
    text = "Mayor Denies Plan To Close Harbour\n\nMayor Tom Reed denied on Friday that the council would close the harbour."
    assert [a.name for a in _extract(nlp, text).actors] == ["Tom Reed"]


def test_a_month_next_to_a_figure_is_a_date_not_a_verb(blank) -> None:
    text = "Dockers Will March On Harbour From March 12\n\nThe dockers said they would march to the harbour."
    assert sentence_case(text, blank, headline_spans(text)).split("\n")[0] == "Dockers will march on harbour from March 12"


def test_a_dateline_is_no_headline() -> None:
    assert headline_spans("OSLO, March 2 (Reuters) --\n\nThe mayor of Oslo said on Monday that the ferry would run.") == []


@pytest.mark.slow
@pytest.mark.parametrize(("headline", "names"), [
    ("Mayor Reed Was Rushed To Clinic But Left To Avoid Bad Optics.", ["Reed"]),  # no organisation 'Optics'
    ("Harbour Voters Abandon Green Party For Ann Lee.", ["Green Party", "Ann Lee"]),  # not 'Harbour Voters'
    ("Ann Lee Goes After Tom Reed Over Ferry Cuts.", ["Ann Lee", "Tom Reed"]),  # not 'Ann Lee Goes'
    ("Ferry Plan Up For Renewal Amid Allegations Of Fraud.", []),
    ("Union Says Dock Workers Will Strike, Ann Lee Says.", ["Ann Lee"]),  # 'Workers' only inside a longer name
    ("Harbour Post Hit Piece Targets Reed Supporter.", ["Harbour Post", "Reed"]),
    ("Gov Reed Tells Critics The Ferry Will Run.", ["Reed"]),  # a title is no name of its own
])
def test_a_title_case_headline_names_only_what_the_article_confirms(nlp, headline: str, names: list[str]) -> None:
    text = (headline + "\n\nMayor Tom Reed said on Monday that the ferry would run. Ann Lee of the Dock Workers Union "
            "and the Green Party disagreed. The Harbour Post, a weekly paper, wrote about it.")
    assert [m.text for m in _extract(nlp, text).mentions if m.char_end <= len(headline)] == names


@pytest.mark.slow
def test_a_later_title_case_line_of_names_credits_them(nlp) -> None:
    text = ("Mayor Says Ferry Will Run\n\nMayor Tom Reed said on Monday that the ferry would run.\n\n"
            "Photo Of Ferry.\n\nKarin Vosk via Harbour Images.")
    assert "Karin Vosk" in [m.text for m in _extract(nlp, text).mentions]


@pytest.mark.slow
@pytest.mark.parametrize(("headline", "actors"), [
    ("Hartwell’s East European Achilles Heel.", ["Tom Hartwell"]),  # no organisation 'European Achilles'
    ("Hartwell ‘The Dealmaker’ Could Address Clean Energy, Ann Lee Says.", ["Tom Hartwell", "Ann Lee"]),
])
def test_a_title_case_headline_adds_no_actor_of_its_common_words(nlp, headline: str, actors: list[str]) -> None:
    text = headline + "\n\nCandidate Tom Hartwell spoke on Monday. Hartwell said the ferry would run. Critics of Hartwell disagreed."
    assert [a.name for a in _extract(nlp, text).actors] == actors
