"""Resolve a date expression ("on Wednesday", "December 2019", "last month") to a calendar
date with a precision, relative to the publication date and the tense of its clause. Pure
functions, no spaCy, so every case is cheap to test."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, partial

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from newsledger.extract.lexicon import load

MONTHS = {
    m: i for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1)
    for m in names
}
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}


def _numbers_to_99(ones: list[str], teens: list[str], tens: list[str]) -> dict[str, int]:
    """Spelled numbers 1-99 ('seven', 'twelve', 'forty', 'forty two'); `ones`, `teens` and the
    round `tens` may be ordinals ('seventh', 'fortieth', 'forty second')."""
    out = {w: n for n, w in enumerate(ones + teens, start=1)}
    for n, (cardinal, word) in enumerate(zip(_TENS, tens), start=2):
        out[word] = 10 * n
        out |= {f"{cardinal} {one}": 10 * n + i for i, one in enumerate(ones, start=1)}
    return out


_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
CARDINALS = _numbers_to_99(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
     "eighteen", "nineteen"], _TENS)
ORDINALS = {w: n for w, n in _numbers_to_99(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"],
    ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
     "seventeenth", "eighteenth", "nineteenth"],
    ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
     "ninetieth"]).items() if n <= 31}
NUMBERS = CARDINALS | {"a": 1, "an": 1}  # not "a few", "several": no date is that vague


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))  # longest first: "twenty one" before "twenty"


_MONTH_RE = _alternatives(MONTHS)
_DAY_RE = "|".join(WEEKDAYS)
_YEAR = r"(1[6-9]\d\d|20\d\d)"
_PHASE = r"(?:(?:early|mid|late)[ -]?)?"  # "mid-March", "late 2019": still that month, that year
_PART_OF_DAY = (r"\b(?:(?:mid ?)?(?:morning|afternoon|evening|night)|(?:early|small|wee) hours|noon|"
                r"midday|midnight|dawn|dusk)\b")
# A season is no month, but its year is known once it is named; winter spans two years.
SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11)}
_ORDINAL_RE = _alternatives(ORDINALS)
_TWO_DIGITS_RE = _alternatives(w for w, n in CARDINALS.items() if n >= 10)
_PART_OF = (r"(?:(?:very )?(?:beginning|start|middle|end|close|rest|remainder|bulk)|"
            r"(?:a )?(?:good |large |greater |latter )?part|much|most|all|"
            r"(?:first|second|third|fourth|last|final)(?: two| three| few)? "
            r"(?:quarter|half|day|week|month)s?) of ")
_QUARTER = r"(?:first|second|third|fourth) quarter"  # no month, but a year
# "the quarter ended Sept. 30", "the fiscal year ending March 31", "the nine months ended June 30"
_PERIOD_ENDED = (rf"(?:its |fiscal )*(?:{_QUARTER}|quarter|half|year|period|\w+ (?:weeks|months))"
                 r" end(?:ed|ing) (.+)")

# Rewrites that bring an expression to a form the resolver reads, in order.
_SPELLED = [  # broadcast transcripts spell dates out: "April ninth, nineteen ninety-six"
    (rf"\b(eighteen|nineteen) ({_TWO_DIGITS_RE})\b",
     lambda m: str(100 * CARDINALS[m[1]] + CARDINALS[m[2]])),
    (rf"\btwo thousand(?: and)?(?: ({_alternatives(CARDINALS)}))?\b",
     lambda m: str(2000 + CARDINALS.get(m[1] or "", 0))),
    (rf"\b({_MONTH_RE}) (?:the )?({_ORDINAL_RE})\b", lambda m: f"{m[1]} {ORDINALS[m[2]]}"),
    (rf"\b(?:the )?({_ORDINAL_RE}) of ({_MONTH_RE})\b", lambda m: f"{ORDINALS[m[1]]} {m[2]}"),
]
_REWRITES = [
    (r"^(?:on|in|at|by|during|since|until|from|between|over(?= the)) ", ""),
    # a clock time leaves the day as it is: "10 p.m. EST Friday"
    (r"\b\d{1,2}(?::\d\d)? ?[ap] ?m\b(?: (?:gmt|bst|cet|cest|utc|[ecmp][sd]t))?", ""),
    # hedges and emphasis leave the date as it is: "nearly three years ago", "a month or so ago"
    # (not bounds: "more than a year ago" may be two)
    (r"^(?:just|only|nearly|almost|about|around|approximately|roughly|some|"
     r"as (?:recently|early|late) as) ", ""),
    (r" or so\b", ""),
    (r"\bthis coming\b", "coming"),
    (r"\bthis past\b", "last"),
    (r"\blatest quarter\b", "last quarter"),
    (r"\bcurrent\b", "this"),
    (r"\bfiscal (?=\d{4}$|year$)", ""),  # a fiscal year is named by the calendar year
    (r"\byear ?end\b", "end of the year"),
    (rf"^(?:the )?{_PART_OF}(?:the )?(year|month|week)$", r"this \1"),  # "the end of this month"
    (rf"^(?:the )?{_PART_OF}", ""),  # "the middle of March" is in March
    (r"^(?:earlier|later|early|late) in the (year|month|week)$", r"this \1"),
    # a part of the day just told: "later in the day", "that night", "the night before" (counted
    # from the date just told, as "that day" and "the day before" are)
    (r"^(?:earlier|later|early|late) in the day$", "that day"),
    (rf"^(?:(?:earlier|later) )?that (?:same )?(?:day|{_PART_OF_DAY})$", "that day"),
    (rf"^(?:the )?{_PART_OF_DAY} (before|after)$", r"day \1"),
    (rf"^(?:earlier|later|early|late) in (?=(?:{_MONTH_RE}|\d{{4}})$)", ""),
    # days of one month: "June 3-5", "3 to 5 June" are in June
    (rf"^(\d{{1,2}})(?:st|nd|rd|th)?(?: ?- ?| to | and )\d{{1,2}}(?:st|nd|rd|th)? ({_MONTH_RE})\b", r"\2"),
    (rf"^({_MONTH_RE}) \d{{1,2}}(?:st|nd|rd|th)?(?: ?- ?| to | and )\d{{1,2}}(?:st|nd|rd|th)?\b", r"\1"),
    (r"^year (?:earlier|ago)$", "a year ago"),  # "year-earlier results"
    (r"^(?:the )?year (?=\d{4}$)", ""),
    (rf"^(?:the )?(\d{{4}}) (?:period|{_QUARTER}|quarter|half|season)$", r"\1"),  # "the 2019 season"
    (rf"^((?:this|last|next) year) ({_QUARTER})$", r"\2 \1"),  # "next year's first quarter"
    (rf"^(?:earlier|later|early|late) (?=(?:this|last|next|the|that|yesterday|today|tonight|"
     rf"tomorrow|{_DAY_RE})\b)", ""),
]


@dataclass(frozen=True)
class ResolvedDate:
    value: dt.date | None  # None when the expression cannot be placed on the calendar
    precision: str | None  # day | month | year


UNRESOLVED = ResolvedDate(None, None)


def _clean(text: str) -> str:
    """`text` in the few words the resolver reads: lower case, no punctuation or prepositions,
    numbers in digits, hedges and parts of periods dropped."""
    text = text.lower().replace("’", "'")
    text = re.sub(r"'s?\b", "", text).replace("'", "").replace(".", " ").replace(",", " ")
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)  # "mid-March", "ninety-seven", "year-end"
    text = re.sub(r"\s+", " ", text).strip()
    for pattern, replacement in _SPELLED + _REWRITES:
        text = re.sub(pattern, replacement, text)
    text = re.sub(r"\b(on|in|at|by|during|since|until|from|of|the)\b", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _fixed(month: int, day: int, year: int) -> dt.date:
    return dt.date(year, month, day)


def _weekday_on_or_after(month: int, day: int, weekday: int, year: int) -> dt.date:
    start = dt.date(year, month, day)
    return start + dt.timedelta(days=(weekday - start.weekday()) % 7)


def _from_easter(days: int, year: int) -> dt.date:
    return easter(year) + dt.timedelta(days=days)


@cache
def _holidays() -> dict[str, Callable[[int], dt.date]]:
    """Holiday names, cleaned like an expression, to their date in a given year (lexicon
    `holidays.toml`)."""
    table = load("holidays")
    return ({_clean(name): partial(_fixed, *md) for name, md in table["fixed"].items()}
            | {_clean(name): partial(_weekday_on_or_after, *mdw)
               for name, mdw in table["weekday_on_or_after"].items()}
            | {_clean(name): partial(_from_easter, days) for name, days in table["easter"].items()})


_UPCOMING_IN_PAST = 5


def _ahead(back: int, ahead: int, tense: str) -> bool:
    """Whether a date that recurs every year ('May 3', 'June') means its next occurrence rather
    than its last, `back` and `ahead` units away: the next one in the future, the nearer one in
    the present. In the past, the last one unless the next is five times nearer: a past-tense
    clause often reports a decision about a coming date ('the vote was put off until March 3'),
    and a date almost a year old would carry its year."""
    if tense == "future":
        return True
    if tense == "past":
        return ahead * _UPCOMING_IN_PAST < back
    return ahead < back


def _weekday(pub: dt.date, wd: int, tense: str, shift: str | None) -> dt.date:
    """The day a weekday name means: the coming one in the future, the last one in the past
    (today is both), the nearer one in the present; 'next' and 'last' never mean today."""
    ahead = (wd - pub.weekday()) % 7 or (7 if shift == "next" else 0)
    back = (pub.weekday() - wd) % 7 or (7 if shift == "last" else 0)
    if shift == "next" or shift is None and (tense == "future" or tense == "present" and ahead < back):
        return pub + dt.timedelta(days=ahead)
    return pub - dt.timedelta(days=back)


def _yearly(pub: dt.date, on: Callable[[int], dt.date], tense: str, shift: str | None) -> dt.date | None:
    """The occurrence of a date that comes back every year ('May 3', 'Thanksgiving') meant by a
    clause in `tense`, or with 'last'/'next' before it."""
    days = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            days.append(on(year))
        except ValueError:  # February 29 of a common year
            continue
    back = [d for d in days if d < pub or d == pub and shift != "last"]
    ahead = [d for d in days if d > pub or d == pub and shift != "next"]
    if shift == "next" or not back:
        return ahead[0] if ahead else None
    if shift == "last" or not ahead:
        return back[-1]
    return ahead[0] if _ahead((pub - back[-1]).days, (ahead[0] - pub).days, tense) else back[-1]


def _month_year(pub: dt.date, month: int, tense: str, shift: str | None) -> int:
    """Year of a bare month name ('in June', 'last March')."""
    back = pub.year - (month > pub.month or shift == "last" and month == pub.month)
    ahead = pub.year + (month < pub.month)
    if shift is not None:
        return ahead if shift == "next" else back
    months_back = (pub.year - back) * 12 + pub.month - month
    months_ahead = (ahead - pub.year) * 12 + month - pub.month
    return ahead if _ahead(months_back, months_ahead, tense) else back


def resolve_date(text: str, published: dt.date | None, tense: str = "past",
                 anchor: ResolvedDate | None = None) -> ResolvedDate:
    """The calendar value of `text`. `tense` is past, present or future; `anchor` is the date
    an anaphoric expression ("the same day") refers back to."""
    s = _clean(text)
    if not s:
        return UNRESOLVED
    if m := re.fullmatch(_PERIOD_ENDED, s):  # a reporting period takes the year it ends in
        end = resolve_date(m[1], published, tense, anchor)
        return _year(end.value.year) if end.value else UNRESOLVED
    if (absolute := _absolute(s)) is not None:  # first: it needs no publication date
        return absolute
    if s in ("same day", "that day", "same date") and anchor and anchor.precision == "day":
        return anchor
    if (m := re.fullmatch(r"(?:same|that) (month|year)", s)) and anchor and anchor.value and _as_fine(anchor, m[1]):
        return ResolvedDate(anchor.value.replace(day=1) if m[1] == "month" else dt.date(anchor.value.year, 1, 1), m[1])
    if published is None:
        return UNRESOLVED
    return _relative(s, published, tense, anchor)


def named_year(text: str) -> int | None:
    """The year a date names itself ('July 1997', 'Aug. 7, 1998'); None for one counted from
    publication ('last year', 'in March')."""
    absolute = _absolute(_clean(text))
    return absolute.value.year if absolute is not None and absolute.value is not None else None


def side_of(value: ResolvedDate, published: dt.date | None) -> int:
    """-1 when the date lies wholly before publication (a day before it, or an earlier month or
    year), 1 when wholly after, 0 when it holds publication or either is unknown."""
    if value.value is None or published is None:
        return 0
    if value.precision == "year":
        return (value.value.year > published.year) - (value.value.year < published.year)
    if value.precision == "month":
        here, pub = (value.value.year, value.value.month), (published.year, published.month)
        return (here > pub) - (here < pub)
    return (value.value > published) - (value.value < published)


def _absolute(s: str) -> ResolvedDate | None:
    """A date that names its year ('May 3, 2021', 'mid-2019', 'Christmas 2019'), or None."""
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s):
        return _safe_day(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(rf"(?:\w+ )?({_MONTH_RE}) (\d{{1,2}})(?:st|nd|rd|th)? {_YEAR}", s):
        return _safe_day(int(m[3]), MONTHS[m[1]], int(m[2]))
    if m := re.fullmatch(rf"(?:\w+ )?(\d{{1,2}})(?:st|nd|rd|th)? ({_MONTH_RE}) {_YEAR}", s):
        return _safe_day(int(m[3]), MONTHS[m[2]], int(m[1]))
    if m := re.fullmatch(rf"{_PHASE}({_MONTH_RE}) {_YEAR}", s):
        return ResolvedDate(dt.date(int(m[2]), MONTHS[m[1]], 1), "month")
    if m := re.fullmatch(rf"{_PHASE}(?:(?:{'|'.join(SEASONS)}|{_QUARTER}) )?{_YEAR}", s):
        return _year(int(m[1]))
    if (m := re.fullmatch(rf"(.+) {_YEAR}", s)) and m[1] in _holidays():
        return ResolvedDate(_holidays()[m[1]](int(m[2])), "day")
    return None


_SHIFTS = {"last": "last", "past": "last", "previous": "last", "next": "next", "coming": "next",
           "following": "next"}


def _relative(s: str, pub: dt.date, tense: str, anchor: ResolvedDate | None = None) -> ResolvedDate:
    """A cleaned expression counted from the publication date ('last month', 'on Friday'), or
    from `anchor` when it refers back ('the following day')."""
    if m := re.fullmatch(r"day (before|after)(?: (.+))?", s):  # "the day before yesterday"
        base = resolve_date(m[2], pub, tense, anchor) if m[2] else anchor or UNRESOLVED
        if base.precision != "day" or base.value is None:
            return UNRESOLVED
        return ResolvedDate(base.value + dt.timedelta(days=1 if m[1] == "after" else -1), "day")
    if m := re.fullmatch(r"(.+) (last|next|this) year", s):  # "August last year", "May 3 next year"
        return _absolute(f"{m[1]} {pub.year + {'last': -1, 'next': 1}.get(m[2], 0)}") or UNRESOLVED
    shift_m = re.match(r"(last|next|this|coming|past|previous|following)\s+", s)
    word = shift_m[1] if shift_m else None
    shift = _SHIFTS.get(word or "")
    s = s[shift_m.end():] if shift_m else s
    part_of_day = re.search(_PART_OF_DAY, s)
    s = re.sub(_PART_OF_DAY, "", s).strip()
    if word in ("following", "previous") or word == "next" and s in ("", "day"):
        # "the following year", "the next evening" count from the date just told, not from today
        if anchor is None or anchor.value is None or not _as_fine(anchor, s if s in ("month", "year") else "day"):
            return UNRESOLVED  # "the following year" after "in June 1998"; a day after a day
        pub = anchor.value
        if s in ("", "day"):
            return ResolvedDate(pub + dt.timedelta(days=1 if shift == "next" else -1), "day")
    s = re.sub(rf"^(?:{_DAY_RE}) (?=(?:{_MONTH_RE}|\d))", "", s)  # "Friday, Oct. 23"
    if s in ("today", "tonight", "now") or not s and word == "this":
        return ResolvedDate(pub, "day")
    if s == "yesterday" or not s and word == "last" and part_of_day:  # "last night"
        return ResolvedDate(pub - dt.timedelta(days=1), "day")
    if s == "tomorrow":
        return ResolvedDate(pub + dt.timedelta(days=1), "day")
    if s in WEEKDAYS:
        return ResolvedDate(_weekday(pub, WEEKDAYS[s], tense, shift), "day")
    if on := _holidays().get(s) or _month_day(s):
        day = _yearly(pub, on, tense, shift)
        return ResolvedDate(day, "day") if day else UNRESOLVED
    if m := re.fullmatch(rf"{_PHASE}({_MONTH_RE})", s):
        month = MONTHS[m[1]]
        year = pub.year if word == "this" else _month_year(pub, month, tense, shift)
        return ResolvedDate(dt.date(year, month, 1), "month")
    if (period := _period(s, pub, tense, word)) is not None:
        return period
    if m := re.fullmatch(r"(.+?) (day|week|month|year)s? (ago|earlier|before|later|from now|hence)", s):
        return _counted(m[1], m[2], m[3], pub, anchor)
    return UNRESOLVED


def _period(s: str, pub: dt.date, tense: str, word: str | None) -> ResolvedDate | None:
    """A week, month, quarter, season or year named from the publication date ('last month',
    'this summer', 'the third quarter'), or None when `s` names none."""
    shift = _SHIFTS.get(word or "")
    step = {"last": -1, "next": 1}.get(shift or "", 0)  # periods back from or ahead of this one
    if m := re.fullmatch(rf"({_QUARTER})", s):
        # results come after the quarter: 'will report third-quarter profit' is the nearer one
        month, told = 3 * ORDINALS[m[1].split()[0]] - 2, "past" if tense == "past" else "present"
        year = pub.year if word == "this" else _month_year(pub, month, told, shift)
        return _year(year)
    if s == "quarter" and word:
        return _year((pub + relativedelta(months=3 * step)).year)
    if re.fullmatch(r"(?:comparable |corresponding )?year (?:earlier|ago) (?:quarter|period)", s):
        # results tell of the last quarter; "the year-ago quarter" is the one a year before it
        return _year((pub - relativedelta(months=15)).year)
    if s in SEASONS and word:  # "last summer" is last year's until this one is over, "next" mirrors it
        first, last = SEASONS[s]
        return _year(pub.year + step * (last >= pub.month if step < 0 else first <= pub.month))
    if s in ("week", "earlier week", "later week") and word:
        # a week is not a calendar date; its month is, when the week does not straddle two
        day = pub + dt.timedelta(days=7 * step)
        monday = day - dt.timedelta(days=day.weekday())
        if monday.month == (monday + dt.timedelta(days=6)).month:
            return ResolvedDate(day.replace(day=1), "month")
        return UNRESOLVED
    if s == "weekend":  # as a week: its month, unless Saturday and Sunday fall in two
        saturday = _weekday(pub, WEEKDAYS["saturday"], tense, shift)
        same_month = saturday.month == (saturday + dt.timedelta(days=1)).month
        return ResolvedDate(saturday.replace(day=1), "month") if same_month else UNRESOLVED
    if s in ("month", "earlier month", "later month"):
        return ResolvedDate(pub.replace(day=1) + relativedelta(months=step), "month")
    if s in ("year", "earlier year", "later year") and word:
        return _year(pub.year + step)
    return None


def _month_day(s: str) -> Callable[[int], dt.date] | None:
    """'May 3' / '3 May' as a date of any year."""
    if m := re.fullmatch(rf"({_MONTH_RE}) (\d{{1,2}})(?:st|nd|rd|th)?", s):
        return partial(_fixed, MONTHS[m[1]], int(m[2]))
    if m := re.fullmatch(rf"(\d{{1,2}})(?:st|nd|rd|th)? ({_MONTH_RE})", s):
        return partial(_fixed, MONTHS[m[2]], int(m[1]))
    return None


def _counted(number: str, unit: str, direction: str, pub: dt.date,
             anchor: ResolvedDate | None) -> ResolvedDate:
    """'two days ago', 'three weeks later', 'a year earlier'."""
    n = int(number) if number.isdigit() else NUMBERS.get(number)
    if n is None or n > 1000:  # "5000 years ago" is before the calendar a date can hold
        return UNRESOLVED
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    base = pub  # "two days ago"; but "met on Monday ... a day later" counts from Monday
    if direction in ("earlier", "before", "later") and anchor is not None and anchor.value is not None:
        if not _as_fine(anchor, "day" if unit == "week" else unit):
            return UNRESOLVED  # "three days later" after "in June": no day to count from
        base = anchor.value
    if unit in ("day", "week"):
        return ResolvedDate(base + dt.timedelta(days=sign * n * (7 if unit == "week" else 1)), "day")
    if unit == "month":
        return ResolvedDate((base + relativedelta(months=sign * n)).replace(day=1), "month")
    return _year(base.year + sign * n)


_PRECISIONS = ("day", "month", "year")


def _as_fine(anchor: ResolvedDate, unit: str) -> bool:
    """Whether `anchor` is told at least to the `unit` an expression counts in: 'a day later'
    needs the day told before, 'later that year' only its year."""
    return anchor.precision in _PRECISIONS and _PRECISIONS.index(anchor.precision) <= _PRECISIONS.index(unit)


def _year(year: int) -> ResolvedDate:
    return ResolvedDate(dt.date(year, 1, 1), "year")


def _safe_day(year: int, month: int, day: int) -> ResolvedDate:
    try:
        return ResolvedDate(dt.date(year, month, day), "day")
    except ValueError:
        return UNRESOLVED
