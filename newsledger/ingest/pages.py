"""Saved web pages (`.html`, `.htm`): main text and metadata by trafilatura, boilerplate and
scripts dropped. The page is parsed from the file only: nothing it links to is ever fetched."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, BinaryIO

import trafilatura
from trafilatura.settings import Document

from newsledger.ingest.decode import Undecodable, decode
from newsledger.ingest.fields import build_article
from newsledger.ingest.reading import FileRejected, read_whole
from newsledger.ingest.records import IngestItem

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_HTML_LANG = re.compile(r"""<html[^>]*\slang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""", re.IGNORECASE)


def read_page(stream: BinaryIO, raw_path: str, max_bytes: int) -> Iterator[IngestItem]:
    """One article from a saved page, or a reject when the page has no main text."""
    yield build_article(page_fields(read_whole(stream, max_bytes)), raw_path, None)


def page_fields(data: bytes, charset: str | None = None) -> dict[str, Any]:
    """The article fields of a page's bytes (for `build_article`); raises `FileRejected` when it
    has no main text. `charset` (an HTTP header's) overrides the page's own meta charset."""
    if not data.strip():
        raise FileRejected("empty_file", "is empty")
    declared = _META_CHARSET.search(data[:4096])
    try:
        html = decode(data, charset or (declared[1].decode("ascii") if declared else None))
    except Undecodable as exc:
        raise FileRejected(exc.reason, exc.detail) from exc
    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if not isinstance(document, Document) or not (document.text or "").strip():  # None: no main text found
        raise FileRejected("missing_text", "is a page without main text")
    lang = _HTML_LANG.search(html[:4096])
    return {
        "text": document.text,
        "title": document.title,
        "url": document.url,
        "source": document.sitename or document.hostname,
        "published_at": document.date,
        "author": document.author,
        "language": lang[1] if lang else None,
    }
