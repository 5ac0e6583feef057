"""Date expressions resolved against the publication date, tense-aware."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.extract.dates import ResolvedDate, resolve_date

PUB = dt.date(2025, 5, 14)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "tense", "value", "precision"),
    [
        ("on Thursday", "future", dt.date(2025, 5, 15), "day"),
        ("on Thursday", "past", dt.date(2025, 5, 8), "day"),
        ("on Wednesday", "past", dt.date(2025, 5, 14), "day"),
        ("last Wednesday", "past", dt.date(2025, 5, 7), "day"),
        ("next Monday", "future", dt.date(2025, 5, 19), "day"),
        ("yesterday", "past", dt.date(2025, 5, 13), "day"),
        ("tomorrow", "future", dt.date(2025, 5, 15), "day"),
        ("December 2019", "past", dt.date(2019, 12, 1), "month"),
        ("in March", "past", dt.date(2025, 3, 1), "month"),
        ("in March", "future", dt.date(2026, 3, 1), "month"),
        ("last month", "past", dt.date(2025, 4, 1), "month"),
        ("last year", "past", dt.date(2024, 1, 1), "year"),
        ("2019", "past", dt.date(2019, 1, 1), "year"),
        ("May 3, 2021", "past", dt.date(2021, 5, 3), "day"),
        ("3 May", "past", dt.date(2025, 5, 3), "day"),
        ("two days ago", "past", dt.date(2025, 5, 12), "day"),
        ("2024-11-05", "past", dt.date(2024, 11, 5), "day"),
        # present tense ("meets Albright on Monday", "the June accord is"): the nearer occurrence
        ("on Monday", "present", dt.date(2025, 5, 12), "day"),
        ("on Saturday", "present", dt.date(2025, 5, 17), "day"),
        ("in June", "present", dt.date(2025, 6, 1), "month"),
        ("in January", "present", dt.date(2025, 1, 1), "month"),
        ("in November", "present", dt.date(2024, 11, 1), "month"),
        ("May 20", "present", dt.date(2025, 5, 20), "day"),
        ("December 30", "present", dt.date(2024, 12, 30), "day"),
    ],
)
def test_resolves(text: str, tense: str, value: dt.date, precision: str) -> None:
    assert resolve_date(text, PUB, tense) == ResolvedDate(value, precision)


def test_relative_dates_stay_unresolved_without_publication_date() -> None:
    assert resolve_date("on Thursday", None, "future").value is None
    assert resolve_date("December 2019", None, "past").value == dt.date(2019, 12, 1)


def test_same_day_refers_back() -> None:
    anchor = resolve_date("on Thursday", PUB, "future")
    assert resolve_date("the same day", PUB, "future", anchor) == anchor
    assert resolve_date("the same day", PUB, "future", None).value is None


def test_days_later_count_from_the_date_just_told() -> None:
    monday = resolve_date("on Monday", PUB, "past")
    assert resolve_date("a day later", PUB, "past", monday) == ResolvedDate(dt.date(2025, 5, 13), "day")
    assert resolve_date("two days earlier", PUB, "past", monday) == ResolvedDate(dt.date(2025, 5, 10), "day")
    assert resolve_date("two days ago", PUB, "past", monday) == ResolvedDate(dt.date(2025, 5, 12), "day")
    assert resolve_date("a day later", PUB, "past", None) == ResolvedDate(dt.date(2025, 5, 15), "day")


def test_weeks_resolve_to_their_month_when_inside_one() -> None:
    assert resolve_date("next week", PUB, "future") == ResolvedDate(dt.date(2025, 5, 1), "month")
    assert resolve_date("last week", PUB, "past") == ResolvedDate(dt.date(2025, 5, 1), "month")
    assert resolve_date("this week", dt.date(1998, 12, 3), "past").value is None  # Nov 30 - Dec 6


def test_spelled_years_and_months_of_this_year() -> None:
    assert resolve_date("nineteen ninety-seven", None, "past") == ResolvedDate(dt.date(1997, 1, 1), "year")
    assert resolve_date("early October this year", PUB, "past") == ResolvedDate(dt.date(2025, 10, 1), "month")
    assert resolve_date("Friday, Oct. 23", dt.date(1998, 10, 25), "past") == ResolvedDate(dt.date(1998, 10, 23), "day")
    assert resolve_date("Thursday morning", PUB, "past") == ResolvedDate(dt.date(2025, 5, 8), "day")


def test_unrepresentable_expressions() -> None:
    assert resolve_date("the 1990s", PUB, "past").value is None
