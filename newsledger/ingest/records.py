"""What ingest yields: one `RawArticle` per loadable input and one `IngestReject` per input that
cannot load, so every file, line and feed entry is accounted for exactly once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
"""Largest article (or whole .json/.txt/.md/.html/feed file) read; larger inputs are rejected
unread so one enormous file cannot exhaust memory."""


@dataclass(frozen=True)
class IngestWarning:
    """Something wrong with an article that still loads (e.g. an invalid date dropped to None)."""

    reason: str
    detail: str


@dataclass(frozen=True)
class RawArticle:
    """One article as read from the raw folder, before extraction."""

    article_id: str
    text: str  # exactly as read (only a BOM removed): downstream offsets index this string
    title: str | None
    url: str | None
    source: str | None
    published_at: dt.datetime | None  # naive UTC
    language: str | None  # primary language subtag, lower case ("en")
    raw_path: str  # relative to the raw folder, POSIX style
    line: int | None  # 1-based line of a .jsonl(.gz), 1-based entry of a feed, else None
    content_hash: str  # changes when any loaded field changes: the flow skips unchanged articles
    text_hash: str  # same text under two names has the same hash: the flow loads it once
    author: str | None = None
    warnings: tuple[IngestWarning, ...] = ()


@dataclass(frozen=True)
class IngestReject:
    """An input that does not load; `reason` is a stable code, `detail` a sentence naming the place."""

    raw_path: str
    line: int | None
    reason: str
    detail: str


IngestItem = RawArticle | IngestReject


def place(raw_path: str, line: int | None = None, unit: str = "line") -> str:
    """Where an input is, for a person reading a reject: `'a b.jsonl' line 3`."""
    return f"'{raw_path}'" if line is None else f"'{raw_path}' {unit} {line}"
