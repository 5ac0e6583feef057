"""Extraction: raw article text in, article-local actors, mentions, statements and events out.
Cross-article identity is `resolve`'s job."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from newsledger.extract.actors import build_actors
from newsledger.extract.events import extract_events
from newsledger.extract.records import ArticleExtraction, ArticleText
from newsledger.extract.statements import extract_statements
from newsledger.extract.text import doc_text

EXTRACTOR_VERSION = "0.4.5"
MAX_CHARS = 1_000_000  # longer texts are cut: spaCy's memory grows with document length


def extract_articles(articles: Iterable[ArticleText], nlp: Language,
                     batch_size: int = 16) -> Iterator[ArticleExtraction]:
    """One ArticleExtraction per article, in input order, streamed through `nlp.pipe`."""
    pairs = ((a.text[:MAX_CHARS] if a.text else "", a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield extract_doc(doc, article)


def extract_doc(doc, article: ArticleText) -> ArticleExtraction:
    """Actors, statements and events of one parsed article."""
    out = ArticleExtraction(article.article_id, language=article.language)
    if not doc_text(doc).strip():
        return out
    index = build_actors(doc)
    statements = extract_statements(doc, index)
    published = article.published_at.date() if article.published_at else None
    out.actors = index.actors
    out.mentions = index.mentions
    out.statements = statements
    out.events = extract_events(doc, index, statements, published)
    return out
