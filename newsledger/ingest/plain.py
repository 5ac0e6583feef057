"""Readers for the plain formats: `.json` (one object), `.jsonl`/`.jsonl.gz` (one object a
line, streamed so a big file needs little memory), `.txt`/`.md` with optional front matter."""

from __future__ import annotations

import gzip
import io
import json
import re
import zlib
from collections.abc import Iterator
from typing import IO, Any, BinaryIO, TypeVar

from newsledger.ingest.decode import Undecodable, decode, stream_codec
from newsledger.ingest.fields import build_article
from newsledger.ingest.reading import FileRejected, read_text
from newsledger.ingest.records import IngestItem, IngestReject, IngestWarning, place

_FRONT_OPEN = re.compile(r"\A---[ \t]*\r?\n")
_FRONT_CLOSE = re.compile(r"^---[ \t]*\r?(?:\n|\Z)", re.MULTILINE)
_FRONT_LINE = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*:[ \t]*(.*?)\s*$")
_SKIP_CHUNK = 1 << 20
AnyStr = TypeVar("AnyStr", str, bytes)


def read_json(stream: BinaryIO, raw_path: str, max_bytes: int) -> Iterator[IngestItem]:
    """A `.json` file: exactly one article object."""
    yield build_article(_parse_object(read_text(stream, max_bytes)), raw_path, None)


def read_jsonl(stream: BinaryIO, raw_path: str, max_bytes: int) -> Iterator[IngestItem]:
    """A `.jsonl` file: each good line loads, each bad line is its own reject; blank lines are
    not inputs and are skipped. `max_bytes` limits one line, not the file."""
    codec = stream_codec(_peek(stream))
    if codec is None:
        yield from _jsonl_lines(_bounded_lines(stream, max_bytes), raw_path)
        return
    text = io.TextIOWrapper(stream, encoding=codec, newline="\n")
    last = 0
    try:
        for item in _jsonl_lines(_bounded_lines(text, max_bytes), raw_path):
            last = item.line or last
            yield item
    except UnicodeDecodeError as exc:
        raise FileRejected("undecodable", f"is not valid {codec.upper()} from here on", last + 1) from exc
    finally:
        text.detach()  # the caller owns and closes the underlying file


def read_jsonl_gz(stream: BinaryIO, raw_path: str, max_bytes: int) -> Iterator[IngestItem]:
    """A gzipped `.jsonl`, decompressed as a stream; when the archive breaks off, the lines before
    the break load and the break is one reject."""
    lines = 0
    try:
        with gzip.GzipFile(fileobj=stream, mode="rb") as unzipped:
            for item in read_jsonl(unzipped, raw_path, max_bytes):  # type: ignore[arg-type]
                lines = item.line or lines
                yield item
    except EOFError as exc:
        raise FileRejected("truncated_gzip", "ends before the end of the gzip stream (truncated?)", lines + 1) from exc
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise FileRejected("corrupt_gzip", f"is not a readable gzip file ({exc})", lines + 1) from exc


def read_front_matter_text(stream: BinaryIO, raw_path: str, max_bytes: int) -> Iterator[IngestItem]:
    """A `.txt`/`.md` file: the text, after an optional front-matter block of `key: value` lines
    between `---` lines at the very top. The text keeps every character after the block."""
    fields, warnings = split_front_matter(read_text(stream, max_bytes), raw_path)
    yield build_article(fields, raw_path, None, warnings=warnings)


def split_front_matter(text: str, raw_path: str) -> tuple[dict[str, Any], tuple[IngestWarning, ...]]:
    """The front-matter fields plus `text` (the body). A block that is not simple `key: value`
    lines stays part of the text, with a warning, rather than guessing."""
    opening = _FRONT_OPEN.match(text)
    if not opening:
        return {"text": text}, ()
    closing = _FRONT_CLOSE.search(text, opening.end())
    fields: dict[str, Any] = {}
    if closing:
        for line in text[opening.end() : closing.start()].splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            match = _FRONT_LINE.match(line)
            if not match:
                break
            fields[match[1].lower()] = _unquote(match[2]) or None
        else:
            fields["text"] = text[closing.end() :]
            return fields, ()
    warning = IngestWarning(
        "front_matter_ignored",
        f"{place(raw_path)}: starts with '---' but no closed block of 'key: value' lines; read it all as text",
    )
    return {"text": text}, (warning,)


def _unquote(value: str) -> str:
    """A front-matter value without one pair of surrounding quotes."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _peek(stream: BinaryIO) -> bytes:
    """The first bytes of a stream without consuming them (to sniff its encoding)."""
    return stream.peek(4096)[:4096]  # type: ignore[attr-defined]


def _bounded_lines(stream: IO[AnyStr], max_len: int) -> Iterator[tuple[int, AnyStr | None]]:
    """(1-based line number, line) pairs, or (number, None) for a line longer than `max_len`,
    whose remainder is skipped in chunks so memory stays bounded."""
    number = 0
    while True:
        line = stream.readline(max_len + 1)
        if not line:
            return
        number += 1
        newline = b"\n" if isinstance(line, bytes) else "\n"
        if len(line) > max_len and not line.endswith(newline):  # type: ignore[arg-type]
            while (rest := stream.readline(_SKIP_CHUNK)) and not rest.endswith(newline):  # type: ignore[arg-type]
                pass
            yield number, None
        else:
            yield number, line


def _jsonl_lines(lines: Iterator[tuple[int, str | bytes | None]], raw_path: str) -> Iterator[IngestItem]:
    """One article or reject per non-blank line."""
    for number, line in lines:
        try:
            if line is None:
                raise FileRejected("too_large", "is longer than the size limit for one article")
            if not line.strip():
                continue
            text = _decode_line(line)
            if number == 1 and text.startswith("\ufeff"):
                text = text[1:]
            obj = _parse_object(text)
        except FileRejected as exc:
            yield IngestReject(raw_path, number, exc.reason, f"{place(raw_path, number)}: {exc.detail}")
            continue
        yield build_article(obj, raw_path, number)


def _decode_line(line: str | bytes) -> str:
    """A line as text; bytes are decoded one line at a time so one bad line costs only itself."""
    if isinstance(line, str):
        return line
    try:
        return decode(line)
    except Undecodable as exc:
        raise FileRejected(exc.reason, exc.detail) from exc


def _parse_object(text: str) -> dict[str, Any]:
    """The article object; invalid JSON or another shape raises `FileRejected` saying where."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()):
            raise FileRejected("invalid_json", "ends before the JSON is complete (truncated?)") from exc
        raise FileRejected("invalid_json", f"is not valid JSON ({exc.msg}, line {exc.lineno} column {exc.colno})") from exc
    except RecursionError as exc:
        raise FileRejected("invalid_json", "is not usable JSON: nested too deeply") from exc
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        raise FileRejected("invalid_json", f"is not usable JSON: {exc}") from exc
    if not isinstance(value, dict):
        raise FileRejected("wrong_shape", f"holds {_json_kind(value)}, expected one article object")
    return value


def _json_kind(value: object) -> str:
    """'a list', 'a string', … for messages."""
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool) or value is None:
        return f"the value {json.dumps(value)}"
    if isinstance(value, int | float):
        return "a number"
    return "a string"
