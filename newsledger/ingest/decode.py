"""Bytes to text for raw files whose encoding nobody declared: UTF-8 first, a BOM or a clear
UTF-16 byte pattern next, then Windows-1252/Latin-1 when the bytes look like single-byte text.
Anything else is refused with a reason rather than guessed, so no article loads as mojibake."""

from __future__ import annotations

import codecs
import re

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# Control characters that never occur in text: C0 except tab/newlines/form feed, DEL and C1.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SNIFF = 4096


class Undecodable(ValueError):
    """The bytes are not text we can decode; `reason` is `binary_file` or `undecodable`."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def split_bom(data: bytes) -> tuple[str | None, bytes]:
    """The codec a byte-order mark names and the bytes after it, or (None, data)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, data[len(bom) :]
    return None, data


def utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is mostly zero (ASCII-range UTF-16)."""
    sample = head[: _SNIFF - _SNIFF % 2]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_zero = sum(1 for b in sample[0::2] if b == 0) / pairs
    odd_zero = sum(1 for b in sample[1::2] if b == 0) / pairs
    if odd_zero >= 0.4 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero >= 0.4 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def stream_codec(head: bytes) -> str | None:
    """The codec a whole stream needs decoding with before it can be split into lines (BOM or
    BOM-less UTF-16), or None when lines are bytes-compatible and can be decoded one by one."""
    codec, _ = split_bom(head)
    if codec is not None and codec != "utf-8":
        return codec
    return utf16_without_bom(head)


def unicode_codec(data: bytes) -> str | None:
    """The codec a BOM or a UTF-16 byte pattern proves, else None; raises `Undecodable` for
    data with NUL bytes that is not UTF-16/32 (binary files under a text name)."""
    codec, _ = split_bom(data)
    if codec is None and b"\x00" in data:
        codec = utf16_without_bom(data)
        if codec is None:
            offset = data.index(b"\x00")
            raise Undecodable("binary_file", f"contains a NUL byte at byte {offset}: not a text file")
    return codec


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode one file or line; raises `Undecodable` for binary data or an unknown encoding.
    `declared` (e.g. an HTML meta charset) is tried after a BOM and before guessing."""
    codec = unicode_codec(data)
    if codec is not None:
        try:
            text = split_bom(data)[1].decode(codec)
        except UnicodeDecodeError as exc:
            raise Undecodable("undecodable", f"is not valid {codec.upper()} at byte {exc.start}") from exc
        return _refuse_binary(text)
    if declared:  # a wrong declaration is common: fall back to guessing
        try:
            return _refuse_binary(data.decode(declared))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return _refuse_binary(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    text = _refuse_binary(text)
    if _UTF8_MULTIBYTE.search(data):
        raise Undecodable(
            "undecodable", f"mixes UTF-8 with invalid bytes (first at byte {first_bad}); the encoding is unclear"
        )
    return text


def _refuse_binary(text: str) -> str:
    """Text with more than a trace of control characters is binary data that happened to decode."""
    controls = len(_CONTROL.findall(text, 0, 65536))
    if controls > max(2, min(len(text), 65536) // 200):
        raise Undecodable("binary_file", f"has {controls} control characters: not a text file")
    return text
