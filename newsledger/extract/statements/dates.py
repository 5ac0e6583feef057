"""When a statement was made: the date expression on its reporting verb ("said on Friday", "told
reporters Tuesday", "On Monday, the minister said"), resolved against the publication date as
an event's date is. A statement without one keeps a null date: its article's `published_at`
says when it was reported, not when it was said."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from newsledger.extract.dates import resolve_date
from newsledger.extract.events import tokens_of_cue
from newsledger.extract.events.dates import said_before_clause
from newsledger.extract.records import Statement
from newsledger.extract.text import aux_words


def date_statements(doc: Doc, statements: list[Statement], published: dt.date | None, dated: list[Span]) -> None:
    """Set `statement_date`, `date_precision` and `date_text` of each statement whose cue
    carries a date expression of its own (a date on the quoted words belongs to what was said).
    `dated` is the article's date expressions (`events.dates.date_spans`)."""
    on_verb = _dates_by_head(dated)
    for st in statements:
        for cue in tokens_of_cue(doc, st):
            if (span := on_verb.get(cue.i)) is not None:
                value = resolve_date(span.text, published, _tense(cue))
                st.date_text = span.text
                st.statement_date = value.value
                st.date_precision = value.precision if value.value else None
                break


def _dates_by_head(dated: list[Span]) -> dict[int, Span]:
    """Token index of the verb a date expression modifies -> the expression: 'said Friday'
    (npadvmod), 'said on Friday' (through its preposition), 'now says' (advmod)."""
    out: dict[int, Span] = {}
    for span in dated:
        root = span.root
        if (cue := said_before_clause(span)) is not None:
            head = cue  # "said on Monday it would send troops"
        elif root.dep_ == "pobj" and root.head.dep_ == "prep":
            head = root.head.head
        elif root.dep_ in ("npadvmod", "advmod"):
            head = root.head
        else:
            continue
        out.setdefault(head.i, span)
    return out


def _tense(cue: Token) -> str:
    """'said Friday' is the last Friday, 'will say on Friday' the next one."""
    if aux_words([cue]) & {"will", "'ll", "shall"}:
        return "future"
    return "past" if cue.tag_ in ("VBD", "VBN") else "present"
