"""Turn the fields of one input (a JSON object, front matter, a page, a feed entry) into a
`RawArticle` or an `IngestReject`: one place for ids, hashes, types and dates, so every format
follows the same rules."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from newsledger.ids import content_hash, stable_id
from newsledger.ingest.language import detect_language, normalise_language
from newsledger.ingest.records import IngestReject, IngestWarning, RawArticle, place

_OPTIONAL_TEXT_FIELDS = ("title", "url", "source", "language", "author")
_EARLIEST_YEAR = 1900


def build_article(
    fields: Mapping[str, Any],
    raw_path: str,
    line: int | None,
    *,
    unit: str = "line",
    warnings: tuple[IngestWarning, ...] = (),
) -> RawArticle | IngestReject:
    """The article the fields describe; unknown fields are ignored.

    A field of the wrong type rejects the article (a producer is broken and someone should
    know), except `published_at`: an invalid or absurd date loads the article without a date and
    adds an `IngestWarning`, since the text is still worth having."""
    where = place(raw_path, line, unit)

    def reject(reason: str, detail: str) -> IngestReject:
        return IngestReject(raw_path, line, reason, f"{where}: {detail}")

    text = fields.get("text")
    if text is None:
        return reject("missing_text", "has no 'text' field")
    if not isinstance(text, str):
        return reject("wrong_type", f"'text' is {_type_name(text)}, expected a string")
    if not text.strip():
        return reject("missing_text", "'text' is empty")
    values: dict[str, str | None] = {}
    for name in _OPTIONAL_TEXT_FIELDS:
        value = fields.get(name)
        if value is not None and not isinstance(value, str):
            return reject("wrong_type", f"'{name}' is {_type_name(value)}, expected a string")
        values[name] = (value.strip() or None) if isinstance(value, str) else None
    for name, value in (("text", text), *values.items()):
        problem = _bad_characters(value)
        if problem:
            return reject("invalid_characters", f"'{name}' {problem}")
    raw_id = fields.get("id")
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, str | int)):
        return reject("wrong_type", f"'id' is {_type_name(raw_id)}, expected a string or integer")
    given_id = str(raw_id).strip() if raw_id is not None else ""
    if _bad_characters(given_id):
        return reject("invalid_characters", f"'id' {_bad_characters(given_id)}")

    published_at, date_problem = parse_published_at(fields.get("published_at"))
    if date_problem:
        warnings = (*warnings, IngestWarning("invalid_date", f"{where}: {date_problem}; loaded without a date"))
    language = normalise_language(values["language"]) if values["language"] else None
    language = language or detect_language(text)
    url, title, source = values["url"], values["title"], values["source"]
    if given_id:
        article_id = given_id
    elif url:
        article_id = stable_id("url", url)
    else:
        article_id = stable_id("path", raw_path, line if line is not None else "")
    canonical = json.dumps(
        [text, title, url, source, published_at.isoformat() if published_at else None, language],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return RawArticle(
        article_id=article_id,
        text=text,
        title=title,
        url=url,
        source=source,
        published_at=published_at,
        language=language,
        raw_path=raw_path,
        line=line,
        content_hash=content_hash(canonical),
        text_hash=content_hash(" ".join(text.split())),
        author=values["author"],
        warnings=warnings,
    )


def parse_published_at(value: object) -> tuple[dt.datetime | None, str | None]:
    """(naive UTC datetime, None) or (None, why not). Dates alone mean midnight; dates before
    1900 or more than a year ahead are treated as errors, not news."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return None, f"published_at {value.strip()[:60]!r} is not an ISO 8601 date"
    else:
        return None, f"published_at is {_type_name(value)}, expected an ISO 8601 string"
    if parsed.tzinfo is not None:
        try:
            parsed = parsed.astimezone(dt.timezone.utc).replace(tzinfo=None)
        except OverflowError:
            return None, f"published_at {parsed.isoformat()} is out of range"
    latest = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None) + dt.timedelta(days=366)
    if parsed.year < _EARLIEST_YEAR or parsed > latest:
        return None, f"published_at {parsed.isoformat()} is implausible (before {_EARLIEST_YEAR} or over a year ahead)"
    return parsed, None


def _bad_characters(value: str | None) -> str | None:
    """Why a string cannot be stored (NUL or unpaired surrogates break UTF-8 and SQL drivers)."""
    if not value:
        return None
    if "\x00" in value:
        return f"contains a NUL character at position {value.index(chr(0))}"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"contains an unpaired surrogate at position {exc.start}"
    return None


def _type_name(value: object) -> str:
    """JSON's name for a Python value's type, for messages a person reads."""
    names = {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object"}
    return names.get(type(value), f"a {type(value).__name__}")
