"""A small warehouse from hand-written articles (no model): three articles whose views have
answers one can work out by hand. Actors resolve by name, as the real resolver would here."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import pandas as pd

from newsledger.extract.records import ArticleExtraction, Event, LocalActor, Mention, Place, Statement
from newsledger.ids import stable_id
from newsledger.ingest import RawArticle
from newsledger.tables import article_frames, normalise_name
from schemas import validate_frames
from tests.factories import extraction, raw_article
from warehouse import load

NOW = dt.datetime(2024, 5, 1)
SPRINGFIELD = Place("Springfield", "city", "USA", 39.8, -89.6)
TEXT2 = ('Governor Tom Reed accused Mayor Ana Lopez of lying. Reed did not meet Lopez on Monday. '
         '"The ceasefire is over," Reed said.')
TEXT3 = "A spokesman said the ceasefires would hold. Sam Kim visited Paris."


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _sentence(text: str, part: str) -> str:
    return next(s.strip() + "." for s in text.split(".") if part in s)


def accusation(article_id: str = "a2", text: str = TEXT2, said: str = "The ceasefire is over") -> ArticleExtraction:
    """Reed accuses Lopez (10 April), did not meet her (8 April, negated) and says `said`."""
    quote = _span(text, said)
    accused, meet = _span(text, "accused"), _span(text, "meet")
    return ArticleExtraction(
        article_id=article_id,
        actors=[LocalActor("r", "Tom Reed", "person", "USA", ["Reed"], ["Governor"]),
                LocalActor("l", "Ana Lopez", "person", "USA", ["Lopez"], ["Mayor"])],
        mentions=[Mention("r", "Tom Reed", *_span(text, "Tom Reed"), "Governor"),
                  Mention("l", "Ana Lopez", *_span(text, "Ana Lopez"), "Mayor"),
                  Mention("r", "Reed", *_span(text, "Reed", 20)), Mention("l", "Lopez", *_span(text, "Lopez", 40))],
        statements=[Statement("r", "Reed", "direct", "said", said, *quote,
                              text[text.index('"'):])],
        events=[Event("ACCUSE", "ACCUSE", "accused", *accused, _sentence(text, "accused"), source_key="r",
                      target_key="l", event_date=dt.date(2024, 4, 10), date_precision="day"),
                Event("CONSULT", "CONSULT", "meet", *meet, _sentence(text, "meet"), source_key="r", target_key="l",
                      place=SPRINGFIELD, event_date=dt.date(2024, 4, 8), date_precision="day",
                      date_text="Monday", negated=True)],
    )


def undated(article_id: str = "a3", text: str = TEXT3) -> ArticleExtraction:
    """An unattributed statement and an undated visit by an actor seen nowhere else."""
    visited = _span(text, "visited")
    return ArticleExtraction(
        article_id=article_id,
        actors=[LocalActor("k", "Sam Kim", "person", None)],
        mentions=[Mention("k", "Sam Kim", *_span(text, "Sam Kim"))],
        statements=[Statement(None, "A spokesman", "indirect", "said", "the ceasefires would hold",
                              *_span(text, "the ceasefires would hold"), _sentence(text, "spokesman"))],
        events=[Event("CONSULT", "AGREE", "visited", *visited, _sentence(text, "visited"), source_key="k",
                      mode="visit", place=Place("Paris", "city", "FRA", 48.86, 2.35))],
    )


def articles() -> list[tuple[RawArticle, ArticleExtraction]]:
    """The three articles: a1 (6 March, the factories' meeting), a2 (10 April), a3 (undated)."""
    return [(raw_article("a1"), extraction("a1")),
            (raw_article("a2", TEXT2, dt.datetime(2024, 4, 10, 9, 30)), accusation()),
            (raw_article("a3", TEXT3, None), undated())]


def actor_id(name: str) -> str:
    return stable_id("actor", normalise_name(name))


def load_pairs(con: duckdb.DuckDBPyConnection, pairs: list[tuple[RawArticle, ArticleExtraction]],
               extractor_version: str = "test", now: dt.datetime = NOW) -> dict[str, int]:
    """Validate and load a batch the way `newsledger.pipeline.load_batch` does, resolving every
    article-local actor of the warehouse by name; `resolve_actors.sql` then points the batch's
    actor-id columns at the resolved actors."""
    frames, violations = validate_frames(article_frames(pairs, extractor_version, now))
    assert not violations, violations
    with load.transaction(con):
        local = pd.concat([load.local_actors(con, excluding=frames["articles"]["article_id"].tolist()),
                           frames["article_actors"]], ignore_index=True)
        local["actor_id"] = [actor_id(n) for n in local["name"]]
        actors = (local.drop_duplicates("actor_id")[["actor_id", "name", "actor_type", "country_code"]]
                  .assign(aliases=json.dumps([])))
        changes = load.load_articles(con, frames)
        changes["actors"] = load.apply_actor_resolution(con, actors, local[["article_id", "actor_key", "actor_id"]])
    return changes


def build(path: Path, pairs: list[tuple[RawArticle, ArticleExtraction]] | None = None) -> duckdb.DuckDBPyConnection:
    """A writable warehouse at `path` holding `pairs` (default: the three articles)."""
    con = load.connect(path)
    load_pairs(con, articles() if pairs is None else pairs)
    return con
