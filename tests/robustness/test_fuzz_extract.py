"""Issue 5, fuzzing: extraction over random text never raises, every offset indexes the article
text, every actor key resolves inside its article, and the frames validate without violations."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsledger.extract import extract_articles
from newsledger.extract.records import ELISION, ArticleExtraction, ArticleText
from newsledger.tables import article_frames
from schemas import validate_frames
from tests.factories import raw_article

pytestmark = pytest.mark.slow
EXAMPLES = 100

# Words that wake the extractors (names, titles, countries, cues, event verbs, dates, negation,
# quote marks) mixed with arbitrary text, so random input reaches deep paths, not only the tokenizer.
WORDS = [
    "President", "Vladimir Putin", "Putin", "Foreign Minister", "Ana Ruiz", "Ruiz", "he", "she", "they",
    "Russia", "Ukraine", "France", "the United Nations", "NATO", "Kyiv", "Paris", "Istanbul",
    "said", "told", "says", "according to", "warned", "added", "accused", "met", "will meet", "rejected",
    "attacked", "signed", "agreed", "did not", "not", "never", "may", "sanctions", "talks", "visited",
    "on Monday", "last week", "in March 2024", "on 3 June", "tomorrow", "2025-13-45", "year 3000",
    '"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "\u00ab", "\u00bb", ",", ".", "!", "?", ":", ";", "\n", "\n\n",
    "(", ")", "\u2014", "-", "...",
]
# Any character an ingested article can hold: no NUL, no unpaired surrogate (ingest rejects both).
CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
TOKEN = st.one_of(st.sampled_from(WORDS), st.text(CHARS, min_size=1, max_size=12))
TEXTS = st.lists(TOKEN, min_size=1, max_size=80).map(" ".join)
DATES = st.one_of(st.none(), st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2030, 12, 31)))


def _parts_in_order(parts: list[str], span: str) -> bool:
    """Each part of an (interrupted) statement's text lies in its span, in reading order."""
    pos = 0
    for part in parts:
        found = span.find(part, pos)
        if not part or found < 0:
            return False
        pos = found + len(part)
    return True


def check_offsets_and_keys(text: str, ex: ArticleExtraction) -> None:
    """Every span lies in `text` and names what it says it does; every key is an actor here."""
    keys = {actor.key for actor in ex.actors}
    assert len(keys) == len(ex.actors), "actor keys repeat"
    for m in ex.mentions:
        assert 0 <= m.char_start < m.char_end <= len(text), m
        assert text[m.char_start:m.char_end] == m.text, m
        assert m.actor_key in keys, m
    for s in ex.statements:
        assert 0 <= s.char_start < s.char_end <= len(text), s
        assert s.text and _parts_in_order(s.text.split(ELISION), text[s.char_start:s.char_end]), s
        assert s.speaker_key is None or s.speaker_key in keys, s
    for e in ex.events:
        assert 0 <= e.char_start < e.char_end <= len(text), e
        assert e.trigger and e.trigger in text[e.char_start:e.char_end], e
        assert {k for k in (e.source_key, e.target_key, *e.participant_keys) if k is not None} <= keys, e


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(articles=st.lists(st.tuples(TEXTS, DATES), min_size=1, max_size=3))
def test_extraction_over_random_text(nlp, articles: list[tuple[str, dt.datetime | None]]) -> None:
    inputs = [ArticleText(f"fuzz-{i}", text, published, "en") for i, (text, published) in enumerate(articles)]
    extractions = list(extract_articles(inputs, nlp))
    assert [ex.article_id for ex in extractions] == [a.article_id for a in inputs]
    for article, ex in zip(inputs, extractions, strict=True):
        check_offsets_and_keys(article.text, ex)
    pairs = [(raw_article(a.article_id, a.text, a.published_at), ex) for a, ex in zip(inputs, extractions, strict=True)]
    _, violations = validate_frames(article_frames(pairs, "fuzz", dt.datetime(2024, 1, 1)))
    assert violations == []
