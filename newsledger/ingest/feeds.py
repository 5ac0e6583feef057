"""RSS and Atom feeds saved as files (`.xml`, `.rss`, `.atom`): each entry is an article whose
text is the entry's content (or summary) with the HTML stripped. Parsed from the bytes only:
feedparser is handed a stream, never a string it could take for a URL or a file name."""

from __future__ import annotations

import datetime as dt
import io
import time
from collections.abc import Iterator, Mapping
from typing import Any, BinaryIO

import feedparser
import lxml.html
from lxml import etree

from newsledger.ingest.decode import Undecodable, unicode_codec
from newsledger.ingest.fields import build_article
from newsledger.ingest.reading import FileRejected, read_whole
from newsledger.ingest.records import IngestItem, IngestWarning, place

_BLOCKS = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre tr table section article figure".split())
_DROPPED = frozenset(("script", "style", "noscript", "template", "iframe", "object"))


def read_feed(stream: BinaryIO, raw_path: str, max_bytes: int) -> Iterator[IngestItem]:
    """One article or reject per entry (`line` is the 1-based entry number)."""
    parsed, warnings = parse_feed(read_whole(stream, max_bytes), raw_path)
    for number, entry in enumerate(parsed.entries, start=1):
        yield build_article(entry_fields(entry, parsed.feed), raw_path, number, unit="entry", warnings=warnings)


def parse_feed(
    data: bytes, raw_path: str, headers: Mapping[str, str] | None = None
) -> tuple[feedparser.FeedParserDict, tuple[IngestWarning, ...]]:
    """The parsed feed and a warning when it is not well-formed; raises `FileRejected` when it
    has no entries. `headers` (HTTP `content-type`, `content-location`) declare the charset and
    the base that relative entry links resolve against."""
    if not data.strip():
        raise FileRejected("empty_file", "is empty")
    try:
        unicode_codec(data)
    except Undecodable as exc:
        raise FileRejected(exc.reason, exc.detail) from exc
    try:
        parsed = feedparser.parse(
            io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True, response_headers=dict(headers or {})
        )
    except UnicodeError as exc:  # feedparser fails on character references to surrogates (&#xD800;)
        raise FileRejected("invalid_feed", f"is not a readable feed ({exc})") from exc
    if not parsed.entries:
        if parsed.get("bozo"):
            raise FileRejected("invalid_feed", f"is not a readable feed ({parsed.get('bozo_exception')})")
        if not parsed.get("version"):
            raise FileRejected("not_a_feed", "is XML but not an RSS or Atom feed")
        raise FileRejected("empty_file", "is a feed without entries")
    if not parsed.get("bozo"):
        return parsed, ()
    detail = f"{place(raw_path)}: feed is not well-formed ({parsed.get('bozo_exception')}); entries read anyway"
    return parsed, (IngestWarning("malformed_feed", detail),)


def entry_fields(entry: Any, feed: Any) -> dict[str, Any]:
    """The article fields of one entry (for `build_article`); `feed` gives source and language."""
    return {
        "text": _entry_text(entry),
        "title": _plain(entry.get("title_detail")) or None,
        "url": entry.get("link"),
        "source": feed.get("title"),
        "published_at": _entry_date(entry),
        "author": entry.get("author"),
        "language": feed.get("language"),
        "id": None if entry.get("link") else entry.get("id"),
    }


def _entry_text(entry: Any) -> str | None:
    """The longest of the entry's contents, else its summary, as plain text."""
    contents = [_plain(content) for content in entry.get("content", [])]
    contents.append(_plain(entry.get("summary_detail")))
    return max(contents, key=len) or None


def _entry_date(entry: Any) -> dt.datetime | str | None:
    """Publication (else update) time; feedparser gives UTC tuples. An unparsable date is passed
    on as written so the article gets an `invalid_date` warning."""
    for key in ("published", "updated"):
        parsed: time.struct_time | None = entry.get(f"{key}_parsed")
        if parsed is not None:
            try:
                return dt.datetime(*parsed[:6])
            except (ValueError, OverflowError):
                return entry.get(key)
        if entry.get(key):
            return entry.get(key)
    return None


def _plain(detail: Any) -> str:
    """The text of a feed text construct (a dict with `value` and `type`), HTML stripped."""
    if not detail or not detail.get("value"):
        return ""
    value: str = detail["value"]
    if "html" not in (detail.get("type") or ""):
        return value
    return html_to_text(value)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment, one line per block element, scripts dropped."""
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return markup
    for element in list(root.iter(etree.Comment, etree.ProcessingInstruction, *_DROPPED)):
        element.drop_tree()  # keeps the tail text
    parts: list[str] = []
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            if element.tag in _BLOCKS:
                parts.append("\n")
            if element.text:
                parts.append(element.text)
        else:
            if element.tag in _BLOCKS:
                parts.append("\n")
            if element.tail and element is not root:
                parts.append(element.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)
