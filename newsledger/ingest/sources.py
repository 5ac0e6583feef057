"""Feeds listed in a `sources.toml`, fetched over HTTP(S): each entry becomes an article, read
by the same code as feed files. An entry that carries only a summary gets the main text of its
page (trafilatura, as for saved pages; nothing the page references is fetched). Fetched items
name their place by the feed URL and entry number, so every failure is a reject saying where.

    [fetch]                       # optional; defaults shown
    contact = "mailto:data@example.org"   # in the User-Agent: newsledger/<version> (+contact)
    timeout = 10                  # seconds for each connect or read
    deadline = 60                 # seconds for a whole response
    retries = 2                   # after a timeout, connection error, HTTP 429 or 5xx
    backoff = 0.5                 # seconds before the first retry, doubled after
    max_bytes = 10485760          # largest feed or page; default: the run's article limit

    [[feeds]]
    url = "https://example.org/world.rss"
    name = "Example World"        # optional: the articles' source (else the feed's title)
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsledger.ingest.feeds import entry_fields, parse_feed
from newsledger.ingest.fetch import FetchLimits, fetch
from newsledger.ingest.fields import build_article
from newsledger.ingest.pages import page_fields
from newsledger.ingest.reading import FileRejected, guarded
from newsledger.ingest.records import DEFAULT_MAX_BYTES, IngestItem, IngestReject, IngestWarning, place

SOURCES_FILE = "sources.toml"
SOURCES_ENV = "NEWSLEDGER_SOURCES"
SUMMARY_CHARS = 1000
"""An entry without full content whose summary is shorter than this gets its page fetched."""

_FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
_PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
_FETCH_SETTINGS: dict[str, type] = {
    "contact": str,
    "timeout": float,
    "deadline": float,
    "retries": int,
    "backoff": float,
    "max_bytes": int,
}
_FEED_KEYS = frozenset(("url", "name"))


@dataclass(frozen=True)
class FeedSource:
    """One `[[feeds]]` entry."""

    url: str
    name: str | None = None


@dataclass(frozen=True)
class SourcesConfig:
    """A parsed `sources.toml`: usable feeds, fetch limits, and rejects for unusable entries."""

    feeds: tuple[FeedSource, ...]
    limits: FetchLimits
    rejects: tuple[IngestReject, ...]


def find_sources(raw_dir: Path) -> Path | None:
    """The sources file a run uses: `$NEWSLEDGER_SOURCES` when set (even when missing: it was
    asked for, so its absence is reported), else `sources.toml` beside the raw folder if present."""
    configured = os.environ.get(SOURCES_ENV)
    if configured:
        return Path(configured)
    beside = raw_dir.parent / SOURCES_FILE
    return beside if beside.is_file() else None


def ingest_sources(config_path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[IngestItem]:
    """Every article and reject of the feeds `config_path` lists, one feed at a time; never
    raises for bad input, bad config or network failure."""
    name = config_path.as_posix()
    try:
        config = load_sources(config_path, max_bytes=max_bytes)
    except FileRejected as exc:
        yield IngestReject(name, None, exc.reason, f"{place(name)}: {exc.detail}")
        return
    yield from config.rejects
    for feed in config.feeds:
        yield from guarded(_feed_items(feed, config.limits), feed.url, unit="entry")


def load_sources(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourcesConfig:
    """The parsed file; raises `FileRejected` when it cannot be used at all. `max_bytes` is the
    response limit unless `[fetch]` sets its own."""
    try:
        with open(path, "rb") as stream:
            document = tomllib.load(stream)
    except FileNotFoundError as exc:
        raise FileRejected("missing", "does not exist") from exc
    except OSError as exc:
        raise FileRejected("unreadable", f"cannot be read ({exc.strerror or exc})") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise FileRejected("invalid_config", f"is not valid TOML ({exc})") from exc
    unknown = sorted(set(document) - {"fetch", "feeds"})
    if unknown:
        raise FileRejected("invalid_config", f"has unknown keys {unknown}; known: 'fetch', 'feeds'")
    limits = _limits(document.get("fetch", {}), max_bytes)
    entries = document.get("feeds", [])
    if not isinstance(entries, list):
        raise FileRejected("invalid_config", "has 'feeds' that is not an array of tables ([[feeds]])")
    name = path.as_posix()
    feeds: list[FeedSource] = []
    rejects: list[IngestReject] = []
    for number, entry in enumerate(entries, start=1):
        problem = _feed_problem(entry)
        if problem:
            rejects.append(IngestReject(name, number, "invalid_config", f"{place(name, number, 'feed')}: {problem}"))
        else:
            feeds.append(FeedSource(entry["url"].strip(), entry.get("name")))
    return SourcesConfig(tuple(feeds), limits, tuple(rejects))


def _limits(table: object, max_bytes: int) -> FetchLimits:
    """`FetchLimits` from the `[fetch]` table; a wrong setting rejects the file, since it would
    change how every feed is fetched."""
    if not isinstance(table, dict):
        raise FileRejected("invalid_config", "has 'fetch' that is not a table ([fetch])")
    for key, value in table.items():
        kind = _FETCH_SETTINGS.get(key)
        if kind is None:
            raise FileRejected("invalid_config", f"[fetch] has an unknown setting '{key}'; known: {sorted(_FETCH_SETTINGS)}")
        if kind is str:
            ok = isinstance(value, str)
        else:
            number = isinstance(value, int) if kind is int else isinstance(value, int | float)
            ok = number and not isinstance(value, bool) and value >= 0
        if not ok:
            expected = {str: "a string", int: "a whole number >= 0", float: "a number >= 0"}[kind]
            raise FileRejected("invalid_config", f"[fetch] {key} = {value!r} must be {expected}")
    return FetchLimits(**{"max_bytes": max_bytes, **table})


def _feed_problem(entry: object) -> str | None:
    """Why a `[[feeds]]` entry cannot be used, or None."""
    if not isinstance(entry, dict):
        return "is not a table"
    unknown = sorted(set(entry) - _FEED_KEYS)
    if unknown:
        return f"has unknown keys {unknown}; known: 'url', 'name'"
    if not isinstance(entry.get("url"), str) or not entry["url"].strip():
        return "has no 'url' string"
    if not isinstance(entry.get("name", ""), str):
        return "has a 'name' that is not a string"
    return None


def _feed_items(feed: FeedSource, limits: FetchLimits) -> Iterator[IngestItem]:
    """The feed's entries, each guarded on its own so one bad entry or page costs only itself."""
    fetched = fetch(feed.url, limits, _FEED_ACCEPT)
    # Feeds served as text/html or text/plain are common, not a fault: their XML declaration decides.
    content_type = fetched.content_type if "xml" in (fetched.content_type or "") else "application/xml"
    headers = {"content-location": fetched.url, "content-type": content_type or ""}
    parsed, warnings = parse_feed(fetched.data, feed.url, headers)
    for number, entry in enumerate(parsed.entries, start=1):
        items = _entry_items(entry, parsed.feed, feed, number, limits, warnings)
        yield from guarded(items, feed.url, number, unit="entry")


def _entry_items(
    entry: Any,
    feed_meta: Any,
    feed: FeedSource,
    number: int,
    limits: FetchLimits,
    warnings: tuple[IngestWarning, ...],
) -> Iterator[IngestItem]:
    """The entry's article; when it carries only a summary, with its page's main text (the
    feed's title, date and URL win over the page's, so the article id is the entry URL's)."""
    fields = entry_fields(entry, feed_meta)
    if feed.name:
        fields["source"] = feed.name
    link = fields["url"]
    if link and not entry.get("content") and len(fields["text"] or "") < SUMMARY_CHARS:
        page = _page(link, limits)
        fields = {**page, **{key: value for key, value in fields.items() if value}, "text": page["text"]}
    yield build_article(fields, feed.url, number, unit="entry", warnings=warnings)


def _page(url: str, limits: FetchLimits) -> Mapping[str, Any]:
    """The article fields of an entry's page; a failure names the page."""
    try:
        fetched = fetch(url, limits, _PAGE_ACCEPT)
        return page_fields(fetched.data, fetched.charset)
    except FileRejected as exc:
        raise FileRejected(exc.reason, f"its page {url} {exc.detail}") from exc
