"""Extraction: raw article text in, article-local actors, mentions, statements and events out.
Cross-article identity is `resolve`'s job."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from newsledger.extract import gazetteer, headlines
from newsledger.extract.actors import build_actors
from newsledger.extract.events import date_spans, extract_events
from newsledger.extract.events.domain import business_story, gated_story
from newsledger.extract.events.speech import words_not_deeds
from newsledger.extract.records import ArticleExtraction, ArticleText
from newsledger.extract.statements import extract_statements
from newsledger.extract.statements.dates import date_statements
from newsledger.extract.nlp import shared_nlp
from newsledger.extract.text import doc_text

EXTRACTOR_VERSION = "0.7.275"
MAX_CHARS = 1_000_000  # longer texts are cut: spaCy's memory grows with document length


PIPE_BATCH = 16
"""Texts the model takes at a time (and hands to each of its processes at a time)."""


def extract_articles(articles: Iterable[ArticleText], nlp: Language, n_process: int = 1) -> Iterator[ArticleExtraction]:
    """One ArticleExtraction per article, in input order, streamed through `nlp.pipe`. With
    `n_process` > 1 the model parses on that many forked copies of this process (spaCy's own
    multiprocessing: they start in a fraction of a second because the model is already loaded)
    while this process runs the rules. Headlines in title case are parsed in sentence case (see
    headlines.py) and the parse is put back on the article's own text."""
    texts = ((a.text[:MAX_CHARS] if a.text else "", a) for a in articles)
    pairs = ((headlines.prepare(text, nlp), text, a) for text, a in texts)
    inputs = ((text if doc is None else doc, (text, a, doc is not None)) for doc, text, a in pairs)
    for doc, (text, article, cased) in nlp.pipe(inputs, as_tuples=True, batch_size=PIPE_BATCH, n_process=n_process):
        yield extract_doc(headlines.restore(doc, text) if cased else doc, article)


def warm_up() -> None:
    """Load the model and the gazetteer before the first article needs them (the CLI does it in
    a background thread while Prefect starts: about 2 s off a small run)."""
    shared_nlp()
    gazetteer.preload()


def extract_doc(doc, article: ArticleText) -> ArticleExtraction:
    """Actors, statements and events of one parsed article."""
    out = ArticleExtraction(article.article_id, language=article.language)
    if not doc_text(doc).strip():
        return out
    index = build_actors(doc)
    gated = gated_story(doc)  # sport, arts, technology: judged once for statements and events
    statements = extract_statements(doc, index, gated or business_story(doc))
    published = article.published_at.date() if article.published_at else None
    dated = date_spans(doc)  # found once, used by statements and events
    date_statements(doc, statements, published, dated)
    out.actors = index.actors
    out.mentions = index.mentions
    out.events = extract_events(doc, index, statements, published, dated, gated)
    out.statements = words_not_deeds(doc, statements, out.events, index)
    return out
