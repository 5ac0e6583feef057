"""Read raw news files and the feeds a `sources.toml` lists into `RawArticle`s; every input that
cannot load becomes an `IngestReject` with a reason and its place, so a run accounts for
everything it saw."""

from newsledger.ingest.files import discover, ingest, read_file
from newsledger.ingest.records import DEFAULT_MAX_BYTES, IngestItem, IngestReject, IngestWarning, RawArticle
from newsledger.ingest.sources import find_sources, ingest_sources

__all__ = [
    "DEFAULT_MAX_BYTES",
    "IngestItem",
    "IngestReject",
    "IngestWarning",
    "RawArticle",
    "discover",
    "find_sources",
    "ingest",
    "ingest_sources",
    "read_file",
]
