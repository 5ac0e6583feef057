"""Shared by the readers: bounded reads of whole files, and the exception a reader raises to
reject the rest of a file (the caller turns it into one `IngestReject` with the place)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import BinaryIO

from newsledger.ingest.decode import Undecodable, decode
from newsledger.ingest.records import IngestItem, IngestReject, place


class FileRejected(Exception):
    """Raised by a reader when a file (from `line` on, if given) cannot load."""

    def __init__(self, reason: str, detail: str, line: int | None = None) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail
        self.line = line


def guarded(
    items: Iterator[IngestItem], raw_path: str, line: int | None = None, unit: str = "line"
) -> Iterator[IngestItem]:
    """`items`, with the exception that ends them turned into one reject naming the place (the
    exception's line, else `line`), so a broken input or a reader bug costs that input, not the run."""
    try:
        yield from items
    except FileRejected as exc:
        at = line if exc.line is None else exc.line
        yield IngestReject(raw_path, at, exc.reason, f"{place(raw_path, at, unit)}: {exc.detail}")
    except OSError as exc:
        where = place(raw_path, line, unit)
        yield IngestReject(raw_path, line, "unreadable", f"{where}: cannot be read ({exc.strerror or exc})")
    except Exception as exc:  # a reader bug must cost one input, not the run
        where = place(raw_path, line, unit)
        yield IngestReject(raw_path, line, "reader_error", f"{where}: reading failed ({type(exc).__name__}: {exc})")


def read_whole(stream: BinaryIO, max_bytes: int) -> bytes:
    """All bytes of a file no bigger than `max_bytes`; checks the size before reading so an
    enormous file costs nothing, and reads at most one byte more in case it grew meanwhile."""
    size = os.fstat(stream.fileno()).st_size
    if size > max_bytes:
        raise FileRejected("too_large", f"is {size:,} bytes, over the limit of {max_bytes:,}")
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise FileRejected("too_large", f"is over the limit of {max_bytes:,} bytes")
    return data


def read_text(stream: BinaryIO, max_bytes: int) -> str:
    """The decoded text of a whole file; empty or whitespace-only files are rejected."""
    data = read_whole(stream, max_bytes)
    if not data:
        raise FileRejected("empty_file", "is empty")
    try:
        text = decode(data)
    except Undecodable as exc:
        raise FileRejected(exc.reason, exc.detail) from exc
    if not text.strip():
        raise FileRejected("empty_file", "contains only whitespace")
    return text
