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
        # a part of a period, or a hedge, leaves the period as it is
        ("the end of 2019", "past", dt.date(2019, 1, 1), "year"),
        ("the middle of November", "past", dt.date(2024, 11, 1), "month"),
        ("the beginning of March", "past", dt.date(2025, 3, 1), "month"),
        ("the end of this month", "present", dt.date(2025, 5, 1), "month"),
        ("year-end", "future", dt.date(2025, 1, 1), "year"),
        ("late yesterday", "past", dt.date(2025, 5, 13), "day"),
        ("earlier today", "past", dt.date(2025, 5, 14), "day"),
        ("nearly three years ago", "past", dt.date(2022, 1, 1), "year"),
        ("a month or so ago", "past", dt.date(2025, 4, 1), "month"),
        ("three weeks ago", "past", dt.date(2025, 4, 23), "day"),
        ("fiscal 2023", "past", dt.date(2023, 1, 1), "year"),
        ("the current fiscal year", "present", dt.date(2025, 1, 1), "year"),
        ("the third quarter of 2019", "past", dt.date(2019, 1, 1), "year"),
        # a quarter has a year; results are told after it ends, so the future takes the nearer
        ("the third quarter", "past", dt.date(2024, 1, 1), "year"),
        ("the third quarter", "future", dt.date(2025, 1, 1), "year"),
        ("next year's first quarter", "past", dt.date(2026, 1, 1), "year"),
        ("the quarter ended March 31", "past", dt.date(2025, 1, 1), "year"),  # named by its end
        ("the fiscal year ending June 30", "future", dt.date(2025, 1, 1), "year"),
        ("this past Friday", "future", dt.date(2025, 5, 9), "day"),
        ("August last year", "future", dt.date(2024, 8, 1), "month"),
        ("Christmas last year", "present", dt.date(2024, 12, 25), "day"),
        ("later in March", "past", dt.date(2025, 3, 1), "month"),
        ("3-5 June", "future", dt.date(2025, 6, 1), "month"),  # days of one month: that month
        # a clock time or a part of the day leaves the day as it is
        ("10 p.m. EST Friday", "past", dt.date(2025, 5, 9), "day"),
        ("noon Thursday", "future", dt.date(2025, 5, 15), "day"),
        ("the early hours of Monday", "past", dt.date(2025, 5, 12), "day"),
        ("mid-afternoon yesterday", "past", dt.date(2025, 5, 13), "day"),
        # a season is no month, but it has a year once it is named
        ("last summer", "past", dt.date(2024, 1, 1), "year"),
        ("next spring", "future", dt.date(2026, 1, 1), "year"),
        ("the summer of 2019", "past", dt.date(2019, 1, 1), "year"),
        # spelled out, as broadcasts write them
        ("April ninth", "past", dt.date(2025, 4, 9), "day"),
        ("the twenty-first of April", "past", dt.date(2025, 4, 21), "day"),
        ("February nineteen ninety-six", "past", dt.date(1996, 2, 1), "month"),
        ("the year two thousand and four", "past", dt.date(2004, 1, 1), "year"),
        # words that fix the direction whatever the tense
        ("this coming Friday", "past", dt.date(2025, 5, 16), "day"),
        ("this September", "past", dt.date(2025, 9, 1), "month"),
        ("the day before yesterday", "past", dt.date(2025, 5, 12), "day"),
        ("the day after March 3, 2019", "past", dt.date(2019, 3, 4), "day"),
        ("last night", "past", dt.date(2025, 5, 13), "day"),
        # a date without a year a few weeks ahead is upcoming even in a past-tense clause
        ("June 30", "past", dt.date(2025, 6, 30), "day"),
        ("August 1", "past", dt.date(2024, 8, 1), "day"),
        ("in June", "past", dt.date(2025, 6, 1), "month"),
        ("in July", "past", dt.date(2024, 7, 1), "month"),
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


def test_weeks_and_weekends_resolve_to_their_month_when_inside_one() -> None:
    assert resolve_date("next week", PUB, "future") == ResolvedDate(dt.date(2025, 5, 1), "month")
    assert resolve_date("last week", PUB, "past") == ResolvedDate(dt.date(2025, 5, 1), "month")
    assert resolve_date("this week", dt.date(1998, 12, 3), "past").value is None  # Nov 30 - Dec 6
    assert resolve_date("over the weekend", PUB, "past") == ResolvedDate(dt.date(2025, 5, 1), "month")
    assert resolve_date("last weekend", dt.date(2025, 6, 2), "past").value is None  # May 31 - June 1


def test_spelled_years_and_months_of_this_year() -> None:
    assert resolve_date("nineteen ninety-seven", None, "past") == ResolvedDate(dt.date(1997, 1, 1), "year")
    assert resolve_date("early October this year", PUB, "past") == ResolvedDate(dt.date(2025, 10, 1), "month")
    assert resolve_date("Friday, Oct. 23", dt.date(1998, 10, 25), "past") == ResolvedDate(dt.date(1998, 10, 23), "day")
    assert resolve_date("Thursday morning", PUB, "past") == ResolvedDate(dt.date(2025, 5, 8), "day")


@pytest.mark.parametrize("text", ["the 1990s", "that year", "the year", "2019 or later", "Ramadan",
                                  "the winter of 2019", "Election Day", "a few weeks ago", "several years ago",
                                  "more than a year ago", "5000 years ago"])
def test_unplaceable_expressions_stay_unresolved(text: str) -> None:
    assert resolve_date(text, PUB, "past").value is None



@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("Christmas Day", "past", dt.date(2024, 12, 25)),
        ("Christmas Day", "future", dt.date(2025, 12, 25)),
        ("New Year's Day", "future", dt.date(2026, 1, 1)),
        ("Thanksgiving", "past", dt.date(2024, 11, 28)),  # the fourth Thursday of November
        ("Thanksgiving Day", "future", dt.date(2025, 11, 27)),
        ("last Thanksgiving", "present", dt.date(2024, 11, 28)),
        ("Labor Day", "future", dt.date(2025, 9, 1)),  # the first Monday of September
        ("the Fourth of July", "future", dt.date(2025, 7, 4)),
        ("Good Friday", "past", dt.date(2025, 4, 18)),  # Easter Sunday 2025 is April 20
        ("Easter 2024", "future", dt.date(2024, 3, 31)),
    ],
)
def test_holidays_fall_on_their_day_of_the_year_the_tense_points_to(
        text: str, tense: str, value: dt.date) -> None:
    assert resolve_date(text, PUB, tense) == ResolvedDate(value, "day")


def test_following_and_previous_count_from_the_date_just_told() -> None:
    monday = resolve_date("on Monday", PUB, "past")
    assert resolve_date("the following day", PUB, "past", monday).value == dt.date(2025, 5, 13)
    assert resolve_date("the next evening", PUB, "past", monday).value == dt.date(2025, 5, 13)
    assert resolve_date("the day before", PUB, "past", monday).value == dt.date(2025, 5, 11)
    assert resolve_date("later that day", PUB, "past", monday) == monday
    for text in ("later in the day", "Earlier in the day", "that morning", "later that night", "that same day"):
        assert resolve_date(text, PUB, "past", monday) == monday, text
        assert resolve_date(text, PUB, "past").value is None, text
    assert resolve_date("the next morning", PUB, "past", monday).value == dt.date(2025, 5, 13)
    assert resolve_date("the night before", PUB, "past", monday).value == dt.date(2025, 5, 11)
    assert resolve_date("the morning after", PUB, "past", monday).value == dt.date(2025, 5, 13)
    assert resolve_date("the previous Saturday", PUB, "past", monday).value == dt.date(2025, 5, 10)
    assert resolve_date("the following year", PUB, "past", monday) == ResolvedDate(dt.date(2026, 1, 1), "year")
    for text in ("the following day", "the next evening", "the previous Saturday", "the following year"):
        assert resolve_date(text, PUB, "past").value is None, text


def test_results_periods_count_from_the_quarter_before_publication() -> None:
    january = dt.date(2025, 1, 20)  # results season for the fourth quarter of 2024
    assert resolve_date("the latest quarter", january, "past") == ResolvedDate(dt.date(2024, 1, 1), "year")
    assert resolve_date("the year-ago quarter", january, "past") == ResolvedDate(dt.date(2023, 1, 1), "year")
    assert resolve_date("the year-earlier period", PUB, "past") == ResolvedDate(dt.date(2024, 1, 1), "year")


@pytest.mark.parametrize("text, value, precision", [
    ("later that year", dt.date(2019, 1, 1), "year"), ("the same month", dt.date(2019, 6, 1), "month"),
    ("the following year", dt.date(2020, 1, 1), "year"), ("two months later", dt.date(2019, 8, 1), "month"),
    ("three days later", None, None), ("the next day", None, None), ("that day", None, None),  # no day told
])
def test_the_year_or_month_just_told_is_counted_from_at_its_own_precision(
        text: str, value: dt.date | None, precision: str | None) -> None:
    june = resolve_date("in June 2019", PUB, "past")
    assert resolve_date(text, PUB, "past", june) == ResolvedDate(value, precision)
