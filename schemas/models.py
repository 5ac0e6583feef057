"""One pandera model per warehouse table: the single source of column names, types, allowed
values and descriptions. The DuckDB DDL mirrors these; the data dictionary is generated from
them (`schemas.dictionary`)."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

PLOVER_EVENT_TYPES = [
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip
ACTOR_TYPES = ["person", "organization", "country", "group"]
STATEMENT_KINDS = ["direct", "indirect"]
DATE_PRECISIONS = ["day", "month", "year"]
EVENT_STATUSES = ["occurred", "planned", "expected", "hypothetical"]
EVENT_ROLES = ["source", "target", "participant"]
PLACE_TYPES = ["city", "region", "country"]
REJECT_STAGES = ["ingest", "extract", "validate"]
RUN_STATUSES = ["running", "completed", "failed"]
ISO3 = r"^[A-Z]{3}$"


def _id(description: str, unique: bool = True) -> pa.Field:
    return pa.Field(unique=unique, str_length={"min_value": 1}, description=description)


def _offsets_ordered(df: pd.DataFrame) -> pd.Series:
    return df["char_end"] > df["char_start"]


class _Base(pa.DataFrameModel):
    class Config:
        coerce = True
        strict = "filter"  # extra columns are dropped, missing ones fail


class Articles(_Base):
    """One row per ingested article (the latest version of its content)."""

    article_id: Series[str] = _id("Deterministic id: the raw `id`, else a hash of the URL, else of the file path and line.")
    source: Series[str] = pa.Field(nullable=True, description="Publisher or feed the article came from.")
    url: Series[str] = pa.Field(nullable=True, description="Canonical URL of the article, when known.")
    title: Series[str] = pa.Field(nullable=True, description="Headline.")
    published_at: Series[pa.DateTime] = pa.Field(nullable=True, description="Publication time (UTC, naive); null when unknown. Relative dates resolve against it.")
    language: Series[str] = pa.Field(nullable=True, description="ISO 639-1 language code, given or detected.")
    text: Series[str] = pa.Field(description="The article text exactly as read; every char offset indexes it.")
    content_hash: Series[str] = pa.Field(str_length=64, description="sha256 of text and metadata; an unchanged hash skips re-extraction.")
    text_hash: Series[str] = pa.Field(str_length=64, description="sha256 of the whitespace-normalised text; the same text under two names loads once.")
    raw_path: Series[str] = pa.Field(description="File the article was read from, relative to the raw folder.")
    raw_line: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1, description="Line (JSONL) or entry (feed) number inside raw_path, else null.")
    ingested_at: Series[pa.DateTime] = pa.Field(description="When this version of the article was loaded (UTC).")
    extractor_version: Series[str] = pa.Field(description="Version of the extractor that produced this article's rows.")
    ingest_warnings: Series[str] = pa.Field(description="JSON array of what was wrong but not fatal when reading it (`invalid_date: ...`).")


class Actors(_Base):
    """One row per real actor across all articles (people, organisations, countries, groups)."""

    actor_id: Series[str] = _id("Hash of actor_type and the normalised canonical name.")
    name: Series[str] = pa.Field(str_length={"min_value": 1}, description="Canonical full name, e.g. `Vladimir Putin`.")
    actor_type: Series[str] = pa.Field(isin=ACTOR_TYPES, description="person, organization, country or group.")
    country_code: Series[str] = pa.Field(nullable=True, str_matches=ISO3, description="ISO 3166-1 alpha-3 country the actor belongs to, or null.")
    aliases: Series[str] = pa.Field(description="JSON array of other names seen for this actor.")


class ArticleActors(_Base):
    """One row per actor as seen inside one article; cross-article resolution maps it to `actors`."""

    article_actor_id: Series[str] = _id("Hash of article_id and actor_key.")
    article_id: Series[str] = pa.Field(description="Article the actor appears in.")
    actor_key: Series[str] = pa.Field(description="Article-local actor key assigned by extraction.")
    name: Series[str] = pa.Field(str_length={"min_value": 1}, description="Best full name seen in the article.")
    actor_type: Series[str] = pa.Field(isin=ACTOR_TYPES, description="person, organization, country or group.")
    country_code: Series[str] = pa.Field(nullable=True, str_matches=ISO3, description="ISO alpha-3 country seen in this article.")
    aliases: Series[str] = pa.Field(description="JSON array of other surface forms in the article.")
    role_titles: Series[str] = pa.Field(description="JSON array of titles as written (`Russian President`).")
    actor_id: Series[str] = pa.Field(nullable=True, description="Resolved warehouse actor (filled by actor resolution).")
    extractor_version: Series[str] = pa.Field(description="Extractor version that produced the row.")


class ActorMentions(_Base):
    """Every place in an article where an actor is named."""

    mention_id: Series[str] = _id("Hash of article_id and the mention's offsets.")
    article_id: Series[str] = pa.Field(description="Article of the mention.")
    actor_id: Series[str] = pa.Field(nullable=True, description="The actor mentioned (set by actor resolution).")
    actor_key: Series[str] = pa.Field(description="Article-local actor key.")
    text: Series[str] = pa.Field(str_length={"min_value": 1}, description="The mention as written.")
    role_title: Series[str] = pa.Field(nullable=True, description="Title as written next to the name, e.g. `Russian President`.")
    char_start: Series[int] = pa.Field(ge=0, description="Start offset in articles.text.")
    char_end: Series[int] = pa.Field(ge=1, description="End offset (exclusive) in articles.text.")
    extractor_version: Series[str] = pa.Field(description="Extractor version that produced the row.")

    @pa.dataframe_check(description="char_end > char_start")
    def offsets_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return _offsets_ordered(df)


class Statements(_Base):
    """Who said what: direct and indirect quotes with speaker, cue and evidence."""

    statement_id: Series[str] = _id("Hash of article_id, kind and offsets.")
    article_id: Series[str] = pa.Field(description="Article of the statement.")
    speaker_actor_id: Series[str] = pa.Field(nullable=True, description="Speaking actor; null when the speaker could not be resolved. A speaker the article calls only by a title it ties to no name (`the chancellor`) is the one person the article names whom at least two articles give that title.")
    speaker_actor_key: Series[str] = pa.Field(nullable=True, description="Article-local key of the speaker.")
    speaker_text: Series[str] = pa.Field(nullable=True, description="Speaker as written (`he`, `the Ukrainian leader`).")
    kind: Series[str] = pa.Field(isin=STATEMENT_KINDS, description="direct (quote marks) or indirect (reported speech).")
    cue: Series[str] = pa.Field(description="Reporting verb or phrase (`said`, `according to`).")
    text: Series[str] = pa.Field(str_length={"min_value": 1}, description=(
        "What was said, without quote marks. A quote its cue clause interrupts ('\"A,\" said X. \"B.\"') is one "
        "row whose parts are joined by ' … '; its offsets span both parts."))
    char_start: Series[int] = pa.Field(ge=0, description="Start offset of the said text in articles.text.")
    char_end: Series[int] = pa.Field(ge=1, description="End offset (exclusive).")
    sentence: Series[str] = pa.Field(description="The sentence(s) holding the statement: its evidence.")
    confidence: Series[float] = pa.Field(nullable=True, ge=0, le=1, description="Extractor confidence when the method gives one.")
    extractor_version: Series[str] = pa.Field(description="Extractor version that produced the row.")
    statement_date: Series[pa.DateTime] = pa.Field(nullable=True, description="When it was said, from a date on the reporting verb (`said on Friday`) resolved against published_at; null without one (the article's published_at is when it was reported). Added after the first release, hence last.")
    date_precision: Series[str] = pa.Field(nullable=True, isin=DATE_PRECISIONS, description="day, month or year: how much of statement_date is known.")
    date_text: Series[str] = pa.Field(nullable=True, description="The date expression on the reporting verb as written.")

    @pa.dataframe_check(description="char_end > char_start")
    def offsets_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return _offsets_ordered(df)


class Events(_Base):
    """Who did what to whom, where and when, coded in PLOVER."""

    event_id: Series[str] = _id("Hash of article_id, event_type and trigger offsets (and, for an act told again for a further date of a list, its number in it).")
    article_id: Series[str] = pa.Field(description="Article of the event.")
    event_type: Series[str] = pa.Field(isin=PLOVER_EVENT_TYPES, description="The action, one of PLOVER's 16 types, whatever its status.")
    plover_type: Series[str] = pa.Field(isin=PLOVER_EVENT_TYPES, description="What PLOVER's manual codes: future meetings and cooperation become AGREE, force announced or made conditional by its own actor becomes THREATEN.")
    mode: Series[str] = pa.Field(nullable=True, description="PLOVER mode where defined (`visit`, `phone`, `multilateral` ...).")
    trigger: Series[str] = pa.Field(str_length={"min_value": 1}, description="Word(s) naming the action.")
    source_actor_id: Series[str] = pa.Field(nullable=True, description="Actor doing the action.")
    target_actor_id: Series[str] = pa.Field(nullable=True, description="Actor the action is aimed at.")
    source_actor_key: Series[str] = pa.Field(nullable=True, description="Article-local key of the source.")
    target_actor_key: Series[str] = pa.Field(nullable=True, description="Article-local key of the target.")
    place_id: Series[str] = pa.Field(nullable=True, description="Where it happened (`places`).")
    event_date: Series[pa.DateTime] = pa.Field(nullable=True, description="Date resolved against published_at; null without a date expression of its own.")
    date_precision: Series[str] = pa.Field(nullable=True, isin=DATE_PRECISIONS, description="day, month or year: how much of event_date is known.")
    date_text: Series[str] = pa.Field(nullable=True, description="The date expression as written.")
    negated: Series[bool] = pa.Field(description="True when the text says the action did or will not happen.")
    status: Series[str] = pa.Field(isin=EVENT_STATUSES, description="occurred, planned, expected or hypothetical.")
    sentence: Series[str] = pa.Field(description="The sentence holding the event: its evidence.")
    char_start: Series[int] = pa.Field(ge=0, description="Start offset of the trigger in articles.text.")
    char_end: Series[int] = pa.Field(ge=1, description="End offset (exclusive).")
    confidence: Series[float] = pa.Field(nullable=True, ge=0, le=1, description="Extractor confidence when the method gives one.")
    extractor_version: Series[str] = pa.Field(description="Extractor version that produced the row.")

    @pa.dataframe_check(description="char_end > char_start")
    def offsets_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return _offsets_ordered(df)


class EventActors(_Base):
    """Every actor taking part in an event, with its role."""

    event_id: Series[str] = pa.Field(description="The event.")
    actor_id: Series[str] = pa.Field(nullable=True, description="The actor (set by actor resolution).")
    actor_key: Series[str] = pa.Field(description="Article-local key of the actor.")
    role: Series[str] = pa.Field(isin=EVENT_ROLES, description="source, target or participant.")
    article_id: Series[str] = pa.Field(description="Article of the event.")
    extractor_version: Series[str] = pa.Field(description="Extractor version that produced the row.")

    class Config:
        unique = ["event_id", "actor_key", "role"]


class Places(_Base):
    """Where events happen, with coordinates from an offline gazetteer."""

    place_id: Series[str] = _id("Hash of place_type, normalised name and country_code.")
    name: Series[str] = pa.Field(str_length={"min_value": 1}, description="Place name as in the gazetteer.")
    place_type: Series[str] = pa.Field(isin=PLACE_TYPES, description="city, region or country.")
    country_code: Series[str] = pa.Field(nullable=True, str_matches=ISO3, description="ISO alpha-3 country of the place.")
    latitude: Series[float] = pa.Field(nullable=True, ge=-90, le=90, description="WGS84 latitude.")
    longitude: Series[float] = pa.Field(nullable=True, ge=-180, le=180, description="WGS84 longitude.")


class Rejects(_Base):
    """Every input file, line or row that did not load, with the reason."""

    reject_id: Series[str] = _id("Hash of stage, place and reason.")
    run_id: Series[str] = pa.Field(description="Run that first rejected it.")
    stage: Series[str] = pa.Field(isin=REJECT_STAGES, description="ingest, extract or validate.")
    raw_path: Series[str] = pa.Field(nullable=True, description="File, relative to the raw folder.")
    raw_line: Series[pd.Int64Dtype] = pa.Field(nullable=True, description="Line or entry inside the file.")
    article_id: Series[str] = pa.Field(nullable=True, description="Article, once one was read.")
    reason: Series[str] = pa.Field(description="Short stable reason code (`invalid_json`, `check_failed:isin` ...).")
    detail: Series[str] = pa.Field(description="What went wrong, for a person.")
    rejected_at: Series[pa.DateTime] = pa.Field(description="When (UTC).")


class Runs(_Base):
    """One row per flow run, with its accounting."""

    run_id: Series[str] = _id("Prefect flow-run id (or a local uuid).")
    started_at: Series[pa.DateTime] = pa.Field(description="Start (UTC).")
    finished_at: Series[pa.DateTime] = pa.Field(nullable=True, description="End (UTC); null while running.")
    status: Series[str] = pa.Field(isin=RUN_STATUSES, description="running, completed or failed.")
    articles_seen: Series[int] = pa.Field(ge=0, description="Articles read from the raw folder.")
    articles_loaded: Series[int] = pa.Field(ge=0, description="New or changed articles extracted and loaded.")
    articles_skipped: Series[int] = pa.Field(ge=0, description="Articles skipped as unchanged or duplicate.")
    rejects: Series[int] = pa.Field(ge=0, description="Rejects recorded by this run.")
    extractor_version: Series[str] = pa.Field(description="Extractor version of the run.")


# Tables whose rows one article's extraction produces (with the places its events name): what a
# batch of articles loads, and what a changed article replaces.
ARTICLE_TABLES = ("articles", "article_actors", "actor_mentions", "statements", "events", "event_actors", "places")

MODELS: dict[str, type[_Base]] = {
    "articles": Articles,
    "actors": Actors,
    "article_actors": ArticleActors,
    "actor_mentions": ActorMentions,
    "statements": Statements,
    "events": Events,
    "event_actors": EventActors,
    "places": Places,
    "rejects": Rejects,
    "runs": Runs,
}
