"""Statements of one article, the statements stage of extraction: `attribution` finds direct
quotes and indirect speech with their speaker, cue and the span of what was said (quote marks
themselves are `extract.quotes`, which actors and events read too); `dates` dates a statement by
the date expression on its reporting verb, once events have found the article's dates.

Only attribution's entry point and the clause helpers events share are re-exported here; `dates`
imports the events stage, so it is imported from its module (`statements.dates`), after it."""

from newsledger.extract.statements.attribution import extract_statements, predicated, reflexive, saying_day, subject_of

__all__ = ["extract_statements", "predicated", "reflexive", "saying_day", "subject_of"]
