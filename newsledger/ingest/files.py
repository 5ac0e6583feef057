"""Walk the raw folder and read each file with the reader its name calls for, turning every
problem into an `IngestReject` so one bad file never stops a run and nothing goes unaccounted."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, Literal

from newsledger.ingest.feeds import read_feed
from newsledger.ingest.pages import read_page
from newsledger.ingest.plain import read_front_matter_text, read_json, read_jsonl, read_jsonl_gz
from newsledger.ingest.reading import FileRejected, guarded
from newsledger.ingest.records import DEFAULT_MAX_BYTES, IngestItem, IngestReject, place
from newsledger.ingest.sources import find_sources, ingest_sources

Reader = Callable[[BinaryIO, str, int], Iterator[IngestItem]]

READERS: dict[str, Reader] = {
    ".jsonl.gz": read_jsonl_gz,
    ".jsonl": read_jsonl,
    ".json": read_json,
    ".txt": read_front_matter_text,
    ".md": read_front_matter_text,
    ".html": read_page,
    ".htm": read_page,
    ".xml": read_feed,
    ".rss": read_feed,
    ".atom": read_feed,
}
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def discover(raw_dir: Path) -> Iterator[Path]:
    """Every path under `raw_dir` that `read_file` must account for, depth first, sorted by name.

    Skipped: entries whose name starts with '.' (`.gitkeep`, `.DS_Store`, editor and VCS files:
    never articles) and symlinks to folders inside `raw_dir` (their files are found through the
    real folder; following them could loop). Everything else is yielded, including symlinks
    leaving `raw_dir`, special files and folders that cannot be listed, so `read_file` reports
    them as rejects. A missing `raw_dir` is yielded itself, for the same reason."""
    root = raw_dir.resolve()
    if not raw_dir.is_dir():
        yield raw_dir
        return
    yield from _walk(raw_dir, root)


def _walk(directory: Path, root: Path) -> Iterator[Path]:
    try:
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except OSError:
        yield directory
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = directory / entry.name
        if entry.is_symlink():
            target = Path(os.path.realpath(path))
            if target.is_dir() and target.is_relative_to(root):
                continue
            yield path
        elif entry.is_dir(follow_symlinks=False):
            yield from _walk(path, root)
        else:
            yield path


def ingest(
    raw_dir: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, sources: Path | Literal["auto"] | None = "auto"
) -> Iterator[IngestItem]:
    """Every article and reject under `raw_dir`, one file at a time, then those of the feeds a
    sources file lists (`"auto"`: the file `find_sources` finds, if any; None: no feeds), so the
    flow gets both from one call; never raises for bad input or network failure."""
    for path in discover(raw_dir):
        yield from read_file(raw_dir, path, max_bytes=max_bytes)
    config = find_sources(raw_dir) if sources == "auto" else sources
    if config is not None:
        yield from ingest_sources(config, max_bytes=max_bytes)


def read_file(raw_dir: Path, path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[IngestItem]:
    """The articles and rejects of one file; at least one item, never an exception for bad input.

    The file is opened only when it really lies inside `raw_dir` (after resolving symlinks), is
    a regular file (never a FIFO or device, which could block) and has a supported extension."""
    raw_path = _relative(raw_dir, path)
    if raw_path is None:
        shown = _printable(os.fspath(path))
        yield IngestReject(shown, None, "outside_raw_dir", f"'{shown}' is not inside the raw folder; not read")
        return
    emitted = False
    for item in guarded(_read_checked(raw_dir, path, raw_path, max_bytes), raw_path):
        emitted = True
        yield item
    if not emitted:
        yield IngestReject(raw_path, None, "empty_file", f"{place(raw_path)}: holds no article (only blank lines or entries)")


def _read_checked(raw_dir: Path, path: Path, raw_path: str, max_bytes: int) -> Iterator[IngestItem]:
    """Refuse what must not be opened, then open without following links and read."""
    if not os.path.lexists(path):
        raise FileRejected("missing", "does not exist (removed while the run was going?)")
    real = Path(os.path.realpath(path))
    if not real.is_relative_to(raw_dir.resolve()):
        raise FileRejected("symlink_outside", "is a symbolic link leading outside the raw folder; not followed")
    if not real.exists():
        raise FileRejected("broken_symlink", "is a symbolic link that leads nowhere (missing target or a loop)")
    if real.is_dir():
        os.listdir(real)  # raises the reason (usually permissions) a listable folder was yielded
        raise FileRejected("not_a_file", "is a folder that could not be read")
    reader = reader_for(path.name)
    if reader is None:
        raise FileRejected(
            "unsupported_format", f"has an unsupported file type; supported: {', '.join(sorted(READERS))}"
        )
    fd = os.open(real, _OPEN_FLAGS)
    with open(fd, "rb") as stream:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise FileRejected("not_a_file", "is not a regular file (a pipe, socket or device); not read")
        yield from reader(stream, raw_path, max_bytes)


def reader_for(name: str) -> Reader | None:
    """The reader for a file name, by its (case-insensitive) extension."""
    lowered = name.lower()
    return next((reader for suffix, reader in READERS.items() if lowered.endswith(suffix)), None)


def _relative(raw_dir: Path, path: Path) -> str | None:
    """`path` relative to `raw_dir` in POSIX style ('.' for the folder itself), judged without
    touching the disk; None when it lies outside."""
    try:
        relative = Path(os.path.abspath(path)).relative_to(os.path.abspath(raw_dir))
    except ValueError:
        return None
    return _printable(relative.as_posix())


def _printable(name: str) -> str:
    """A file name as valid Unicode: bytes that are not UTF-8 become U+FFFD instead of surrogates
    that the warehouse could not store."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
