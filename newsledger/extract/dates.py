"""Resolve a date expression ("on Wednesday", "December 2019", "last month") to a calendar
date with a precision, relative to the publication date and the tense of its clause. Pure
functions, no spaCy, so every case is cheap to test."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

MONTHS = {
    m: i for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1)
    for m in names
}
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBERS = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve"])} | {"a": 1, "an": 1, "a few": 3, "several": 3}

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_RE = "|".join(WEEKDAYS)
_YEAR = r"(1[6-9]\d\d|20\d\d)"


@dataclass(frozen=True)
class ResolvedDate:
    value: dt.date | None  # None when the expression cannot be placed on the calendar
    precision: str | None  # day | month | year


UNRESOLVED = ResolvedDate(None, None)


def _clean(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = re.sub(r"'s?\b", "", text).replace(".", " ").replace(",", " ")
    text = re.sub(r"^\s*(?:just|only|as recently as|as early as)\s+", "", text)
    text = re.sub(r"^\s*(?:earlier|later|early|late)\s+(?=(?:this|last|next|the|that)\b|"
                  + "|".join(WEEKDAYS) + ")", "", text)
    text = re.sub(r"\b(on|in|at|by|during|since|until|from|of|the|this past)\b", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _nearest(pub: dt.date, before: dt.date, after: dt.date) -> dt.date:
    """A present-tense clause ('meets Albright on Monday', 'the talks in June are') can point
    either way: the occurrence nearer to publication, the past one on a tie."""
    return after if after - pub < pub - before else before


def _weekday(pub: dt.date, wd: int, tense: str, shift: str | None) -> dt.date:
    if shift is None and tense == "present":
        return _nearest(pub, _weekday(pub, wd, "past", None), _weekday(pub, wd, "future", None))
    if shift == "next" or (shift is None and tense == "future"):
        delta = (wd - pub.weekday()) % 7
        if shift == "next" and delta == 0:
            delta = 7
        return pub + dt.timedelta(days=delta)
    delta = (pub.weekday() - wd) % 7
    if shift == "last" and delta == 0:
        delta = 7
    return pub - dt.timedelta(days=delta)


def _month_year(pub: dt.date, month: int, tense: str, shift: str | None) -> int:
    """Year of a bare month name: the latest one on/before publication for the past, the
    next one for the future, the nearer of the two for the present."""
    if shift is None and tense == "present":
        past, future = _month_year(pub, month, "past", None), _month_year(pub, month, "future", None)
        return _nearest(pub.replace(day=1), dt.date(past, month, 1), dt.date(future, month, 1)).year
    if shift == "next" or (shift is None and tense == "future"):
        return pub.year if month >= pub.month else pub.year + 1
    if shift == "last" and month >= pub.month:
        return pub.year - 1
    return pub.year if month <= pub.month else pub.year - 1


def resolve_date(text: str, published: dt.date | None, tense: str = "past",
                 anchor: ResolvedDate | None = None) -> ResolvedDate:
    """The calendar value of `text`. `tense` is past, present or future; `anchor` is the date
    an anaphoric expression ("the same day") refers back to."""
    s = _clean(text)
    if not s:
        return UNRESOLVED
    # Absolute forms first: they need no publication date.
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s):
        return _safe_day(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(rf"(?:\w+ )?({_MONTH_RE}) (\d{{1,2}})(?:st|nd|rd|th)? {_YEAR}", s):
        return _safe_day(int(m[3]), MONTHS[m[1]], int(m[2]))
    if m := re.fullmatch(rf"(?:\w+ )?(\d{{1,2}})(?:st|nd|rd|th)? ({_MONTH_RE}) {_YEAR}", s):
        return _safe_day(int(m[3]), MONTHS[m[2]], int(m[1]))
    if m := re.fullmatch(rf"(?:early|mid|late|mid-)?\s?-?({_MONTH_RE}) {_YEAR}", s):
        return ResolvedDate(dt.date(int(m[2]), MONTHS[m[1]], 1), "month")
    if m := re.fullmatch(rf"(?:early|mid|late|mid-)?\s?-?{_YEAR}", s):
        return ResolvedDate(dt.date(int(m[1]), 1, 1), "year")
    if (year := _spelled_year(s)) is not None:
        return ResolvedDate(dt.date(year, 1, 1), "year")
    if s in ("same day", "that day", "same date") and anchor and anchor.precision == "day":
        return anchor
    if published is None:
        return UNRESOLVED
    return _relative(s, published, tense, anchor)


def _relative(s: str, pub: dt.date, tense: str, anchor: ResolvedDate | None = None) -> ResolvedDate:
    shift_m = re.match(r"(last|next|this|coming|past|previous|following)\s+", s)
    shift = None
    if shift_m:
        shift = {"last": "last", "past": "last", "previous": "last", "next": "next",
                 "coming": "next", "following": "next"}.get(shift_m[1])
        s = s[shift_m.end():]
    s = re.sub(r"\b(morning|afternoon|evening|night)\b", "", s).strip()
    s = re.sub(rf"^(?:{_DAY_RE}) (?=(?:{_MONTH_RE}|\d))", "", s)  # "Friday, Oct. 23"
    if s in ("today", "tonight", "", "now") and (shift_m or s):
        return ResolvedDate(pub, "day")
    if s == "yesterday":
        return ResolvedDate(pub - dt.timedelta(days=1), "day")
    if s == "tomorrow":
        return ResolvedDate(pub + dt.timedelta(days=1), "day")
    if s in WEEKDAYS:
        return ResolvedDate(_weekday(pub, WEEKDAYS[s], tense, shift), "day")
    if m := re.fullmatch(rf"({_MONTH_RE}) (\d{{1,2}})(?:st|nd|rd|th)?", s):
        month, day = MONTHS[m[1]], int(m[2])
        return _safe_day(_day_year(pub, month, day, tense), month, day)
    if m := re.fullmatch(rf"(\d{{1,2}})(?:st|nd|rd|th)? ({_MONTH_RE})", s):
        month, day = MONTHS[m[2]], int(m[1])
        return _safe_day(_day_year(pub, month, day, tense), month, day)
    if m := re.fullmatch(rf"(?:early|mid|late|mid-)?\s?-?({_MONTH_RE})", s):
        month = MONTHS[m[1]]
        return ResolvedDate(dt.date(_month_year(pub, month, tense, shift), month, 1), "month")
    if m := re.fullmatch(rf"(?:early|mid|late|mid-)?\s?-?({_MONTH_RE}) (last|next|this) year", s):
        year = pub.year + {"last": -1, "next": 1}.get(m[2], 0)
        return ResolvedDate(dt.date(year, MONTHS[m[1]], 1), "month")
    if s in ("week", "earlier week", "later week") and shift_m:
        # a week is not a calendar date; its month is, when the week does not straddle two
        day = pub + dt.timedelta(days={"last": -7, "next": 7}.get(shift or "", 0))
        monday = day - dt.timedelta(days=day.weekday())
        if monday.month == (monday + dt.timedelta(days=6)).month:
            return ResolvedDate(day.replace(day=1), "month")
        return UNRESOLVED
    if s in ("month", "earlier month", "later month"):
        delta = {"last": -1, "next": 1}.get(shift or "", 0)
        first = pub.replace(day=1) + relativedelta(months=delta)
        return ResolvedDate(first, "month")
    if s in ("year", "earlier year", "later year") and (shift or shift_m):
        delta = {"last": -1, "next": 1}.get(shift or "", 0)
        return ResolvedDate(dt.date(pub.year + delta, 1, 1), "year")
    if m := re.fullmatch(r"(\w+(?: few)?|\d+) (day|month|year)s? (ago|earlier|before|later|from now|hence)", s):
        n = NUMBERS.get(m[1]) if not m[1].isdigit() else int(m[1])
        if n is None:
            return UNRESOLVED
        sign = -1 if m[3] in ("ago", "earlier", "before") else 1
        unit = m[2]
        base = pub  # "two days ago"; but "met on Monday ... a day later" counts from Monday
        if m[3] in ("earlier", "before", "later") and anchor is not None and anchor.value is not None:
            base = anchor.value
        if unit == "day":
            return ResolvedDate(base + dt.timedelta(days=sign * n), "day")
        if unit == "month":
            return ResolvedDate((base + relativedelta(months=sign * n)).replace(day=1), "month")
        return ResolvedDate(dt.date(base.year + sign * n, 1, 1), "year")
    return UNRESOLVED


_UNITS = {w: i for i, w in enumerate(
    ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])}
_TEENS = {w: i for i, w in enumerate(
    ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
     "eighteen", "nineteen"], start=10)}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}


def _two_digits(words: str) -> int | None:
    words = words.replace("-", " ").split()
    if len(words) == 1 and words[0] in _TEENS:
        return _TEENS[words[0]]
    if words and words[0] in _TENS and (len(words) == 1 or len(words) == 2 and words[1] in _UNITS):
        return _TENS[words[0]] + (_UNITS[words[1]] if len(words) == 2 else 0)
    return None


def _spelled_year(s: str) -> int | None:
    """'nineteen ninety-seven' (broadcast transcripts spell years out)."""
    m = re.fullmatch(r"(nineteen|eighteen) (.+)", s)
    if not m:
        return None
    tail = _two_digits(m[2])
    if tail is None or tail < 10:
        return None
    return (1900 if m[1] == "nineteen" else 1800) + tail


def _day_year(pub: dt.date, month: int, day: int, tense: str) -> int:
    """Year of 'May 3' without a year: the nearest one in the direction of the tense (either
    way for the present)."""
    try:
        this_year = dt.date(pub.year, month, day)
    except ValueError:
        return pub.year
    if tense == "present":
        past, future = _day_year(pub, month, day, "past"), _day_year(pub, month, day, "future")
        try:
            return _nearest(pub, dt.date(past, month, day), dt.date(future, month, day)).year
        except ValueError:
            return past
    if tense == "future":
        return pub.year if this_year >= pub else pub.year + 1
    return pub.year if this_year <= pub + dt.timedelta(days=1) else pub.year - 1


def _safe_day(year: int, month: int, day: int) -> ResolvedDate:
    try:
        return ResolvedDate(dt.date(year, month, day), "day")
    except ValueError:
        return UNRESOLVED
