"""When a statement was said: a date on its reporting verb, resolved like an event's date."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_extract import run

pytestmark = pytest.mark.slow


def _dates(ex) -> dict[str, tuple]:
    return {s.text[:20]: (s.date_text, s.statement_date, s.date_precision) for s in ex.statements}


def test_a_date_on_the_reporting_verb_dates_the_statement(nlp) -> None:
    # published Wednesday 2025-05-14
    ex = run(nlp, "The Chilean foreign ministry said on Monday that the border would reopen. "
                  "\u201cWe are ready,\u201d Mayor Lena Ortiz said Tuesday. "
                  "In March, Senator Paul Girard told reporters that he would resign.")
    dates = {s.text.split()[0]: (s.date_text, s.statement_date, s.date_precision) for s in ex.statements}
    assert dates["the"] == ("Monday", dt.date(2025, 5, 12), "day"), _dates(ex)
    assert dates["We"][1:] == (dt.date(2025, 5, 13), "day"), _dates(ex)
    assert dates["he"][1:] == (dt.date(2025, 3, 1), "month"), _dates(ex)


def test_a_date_inside_what_was_said_is_not_when_it_was_said(nlp) -> None:
    ex = run(nlp, "The minister said the talks would resume on Friday. Officials say the army left in May.")
    assert [s.statement_date for s in ex.statements] == [None, None], _dates(ex)
    assert all(s.date_text is None for s in ex.statements)


def test_without_a_publication_date_the_text_is_kept_unresolved(nlp) -> None:
    ex = run(nlp, "The Chilean foreign ministry said on Monday that the border would reopen.", published=None)
    (st,) = ex.statements
    assert (st.date_text, st.statement_date, st.date_precision) == ("Monday", None, None)


def test_a_date_between_the_verb_and_a_clause_without_that_dates_the_saying(nlp) -> None:
    # the parser hangs "on Monday" on "would send"; news means the day it was said
    ex = run(nlp, "Russia said on Monday it would send more troops to the border.")
    (st,) = ex.statements
    assert (st.date_text, st.statement_date) == ("Monday", dt.date(2025, 5, 12)), _dates(ex)
    assert st.text.startswith("it would send"), st.text
    (event,) = ex.events
    assert event.event_type == "MOBILIZE" and event.event_date is None, event
