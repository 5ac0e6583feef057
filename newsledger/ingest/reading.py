"""Shared by the readers: bounded reads of whole files, and the exception a reader raises to
reject the rest of a file (the caller turns it into one `IngestReject` with the place)."""

from __future__ import annotations

import os
from typing import BinaryIO

from newsledger.ingest.decode import Undecodable, decode


class FileRejected(Exception):
    """Raised by a reader when a file (from `line` on, if given) cannot load."""

    def __init__(self, reason: str, detail: str, line: int | None = None) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail
        self.line = line


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
