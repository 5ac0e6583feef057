"""Small hand-written articles and extraction records for stage tests (none loads a model; `statements`
takes the session's)."""

from __future__ import annotations

import datetime as dt

from newsledger.extract.actors import build_actors
from newsledger.extract.events.domain import business_story, gated_story
from newsledger.extract.records import ArticleExtraction, Event, LocalActor, Mention, Place, Statement
from newsledger.extract.statements import extract_statements
from newsledger.ids import content_hash
from newsledger.ingest import RawArticle

TEXT = 'Mayor Ana Lopez met Governor Tom Reed in Springfield. "We agreed," Lopez said.'


def raw_article(article_id: str = "a1", text: str = TEXT, published: dt.datetime | None = dt.datetime(2024, 3, 6)) -> RawArticle:
    return RawArticle(article_id=article_id, text=text, title="Mayors meet", url=None, source="test",
                      published_at=published, language="en", raw_path=f"{article_id}.txt", line=None,
                      content_hash=content_hash(text + str(published)), text_hash=content_hash(" ".join(text.split())))


def extraction(article_id: str = "a1", text: str = TEXT) -> ArticleExtraction:
    lopez, reed = text.index("Ana Lopez"), text.index("Tom Reed")
    quote = text.index("We agreed")
    met = text.index("met")
    return ArticleExtraction(
        article_id=article_id,
        actors=[LocalActor("a0", "Ana Lopez", "person", "USA", ["Lopez"], ["Mayor"]),
                LocalActor("a1", "Tom Reed", "person", "USA", [], ["Governor"])],
        mentions=[Mention("a0", "Ana Lopez", lopez, lopez + 9, "Mayor"), Mention("a1", "Tom Reed", reed, reed + 8, "Governor")],
        statements=[Statement("a0", "Lopez", "direct", "said", "We agreed", quote, quote + 9, text[text.index('"'):])],
        events=[Event("CONSULT", "CONSULT", "met", met, met + 3, text.split(".")[0] + ".", source_key="a0",
                      target_key="a1", place=Place("Springfield", "city", "USA", 39.8, -89.6),
                      event_date=dt.date(2024, 3, 6), date_precision="day", date_text=None)],
    )


def statements(nlp, text: str) -> list[Statement]:
    """The statements of `text` parsed with `nlp`, its actors found first and its field (sport,
    arts, technology, business) judged as the pipeline does."""
    doc = nlp(text)
    return extract_statements(doc, build_actors(doc), gated_story(doc) or business_story(doc))
