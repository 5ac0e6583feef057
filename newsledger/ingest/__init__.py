"""Read raw news files into `RawArticle`s; every input that cannot load becomes an
`IngestReject` with a reason and its place, so a run accounts for everything it saw."""

from newsledger.ingest.files import discover, ingest, read_file
from newsledger.ingest.records import DEFAULT_MAX_BYTES, IngestItem, IngestReject, IngestWarning, RawArticle

__all__ = [
    "DEFAULT_MAX_BYTES",
    "IngestItem",
    "IngestReject",
    "IngestWarning",
    "RawArticle",
    "discover",
    "ingest",
    "read_file",
]
