"""What extraction returns for one article, before ids are minted and actors resolved across
articles. Actor references are article-local keys (`LocalActor.key`); `resolve` maps them to
warehouse-wide actors."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ArticleText:
    """The part of an article extraction needs."""

    article_id: str
    text: str
    published_at: dt.datetime | None = None
    language: str | None = None


@dataclass
class LocalActor:
    """One real actor as seen inside one article (all its mentions merged)."""

    key: str  # unique within the article, e.g. "a0"
    name: str  # best full name seen in the article ("Vladimir Putin")
    actor_type: str  # person | organization | country | group
    country_code: str | None = None  # ISO 3166-1 alpha-3
    aliases: list[str] = field(default_factory=list)  # other surface forms in this article
    role_titles: list[str] = field(default_factory=list)  # titles as written ("Russian President")


@dataclass
class Mention:
    actor_key: str
    text: str  # as written, offsets index the article text
    char_start: int
    char_end: int
    role_title: str | None = None


@dataclass
class Place:
    name: str
    place_type: str  # city | region | country
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None


ELISION = " … "  # joins the parts of a quote its cue clause interrupts ("A," said X. "B." -> "A, … B.")


@dataclass
class Statement:
    speaker_key: str | None  # LocalActor.key, None when unresolved
    speaker_text: str | None  # the speaker as written ("he", "the Ukrainian leader")
    kind: str  # direct | indirect
    cue: str  # reporting verb or phrase as written
    text: str  # what was said, without quote marks; the parts of an interrupted quote joined by ELISION
    char_start: int  # span of `text` in the article (of all its parts)
    char_end: int
    sentence: str
    confidence: float | None = None
    statement_date: dt.date | None = None  # when it was said, from a date on the cue ("said Friday")
    date_precision: str | None = None  # day | month | year
    date_text: str | None = None
    cue_start: int | None = None  # offset of the cue word in the text; None when the cue is not in it (a quote going on)


@dataclass
class Event:
    event_type: str  # one of PLOVER's 16, whatever the status
    plover_type: str  # what PLOVER's manual codes (future cooperation -> AGREE)
    trigger: str  # the word(s) that name the action
    char_start: int  # span of the trigger in the article
    char_end: int
    sentence: str
    source_key: str | None = None
    target_key: str | None = None
    participant_keys: list[str] = field(default_factory=list)  # other actors taking part
    mode: str | None = None
    place: Place | None = None
    event_date: dt.date | None = None
    date_precision: str | None = None  # day | month | year
    date_text: str | None = None
    negated: bool = False
    status: str = "occurred"  # occurred | planned | expected | hypothetical
    confidence: float | None = None
    conjunct: int = 0  # the act told again for the k-th further date of a list ("on Monday and ... on Tuesday")


@dataclass
class ArticleExtraction:
    article_id: str
    actors: list[LocalActor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    language: str | None = None  # detected language, when extraction recorded it
