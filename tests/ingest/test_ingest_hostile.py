"""Issue 5: hostile and broken input never raises, and every file, line and entry comes out as
exactly one article or one reject whose detail names the place."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import tracemalloc
from pathlib import Path

import pytest

from newsledger.ingest import RawArticle, read_file

TEXT = "The ministers said on Tuesday that the talks in the capital were constructive and useful."


def with_peak_memory(run):
    """What `run()` returns and the most Python memory it held at once."""
    tracemalloc.start()
    try:
        return run(), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def only_reject(result, reason: str, where: str):
    [reject] = result.rejects
    assert result.articles == []
    assert reject.reason == reason, reject
    assert f"'{where}'" in reject.detail
    return reject


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"text": "cut off', "invalid_json"),
        (b'{"text": "a",}', "invalid_json"),
        (b"[" * 100_000, "invalid_json"),
        (b'{"text": 1' + b"0" * 5000 + b"}", "invalid_json"),
        (b'[{"text": "a list"}]', "wrong_shape"),
        (b'"just a string"', "wrong_shape"),
        (b"null", "wrong_shape"),
        (b'{"title": "no text"}', "missing_text"),
        (b'{"text": "   "}', "missing_text"),
        (b'{"text": ["a"]}', "wrong_type"),
        (b'{"text": "a", "title": 5}', "wrong_type"),
        (b'{"text": "a", "id": true}', "wrong_type"),
        (b'{"text": "a", "id": {"x": 1}}', "wrong_type"),
        (b'{"text": "a\\u0000b"}', "invalid_characters"),
        (b'{"text": "a\\ud800b"}', "invalid_characters"),
        (b"", "empty_file"),
        (b" \n\t\r\n", "empty_file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary_file"),
        (bytes(range(1, 32)) * 20, "binary_file"),
        ("{\"text\": \"caf\u00e9 \u2019\"}".encode("utf-8")[:-4] + b"\xe9\"}", "undecodable"),
    ],
)
def test_broken_json_files_are_rejected(raw: Path, ingest_all, content: bytes, reason: str) -> None:
    (raw / "bad.json").write_bytes(content)
    only_reject(ingest_all(), reason, "bad.json")


def test_jsonl_good_lines_load_bad_lines_rejected_with_line(raw: Path, ingest_all) -> None:
    lines = [
        json.dumps({"text": TEXT, "id": "good-1"}),
        "",
        "{broken",
        "   ",
        json.dumps([1, 2]),
        json.dumps({"text": 3}),
        "\x00\x01\x02\x03\x04\x05\x06",
        json.dumps({"text": TEXT, "id": "good-2"}),
        '{"text": "trunc',
    ]
    (raw / "mixed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    result = ingest_all()
    assert [a.article_id for a in result.articles] == ["good-1", "good-2"]
    assert [(r.line, r.reason) for r in result.rejects] == [
        (3, "invalid_json"),
        (5, "wrong_shape"),
        (6, "wrong_type"),
        (7, "binary_file"),
        (9, "invalid_json"),
    ]
    assert all(f"'mixed.jsonl' line {r.line}:" in r.detail for r in result.rejects)


def test_truncated_gzip_keeps_lines_before_the_break(raw: Path, ingest_all) -> None:
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb") as out:
        for number in range(2000):
            out.write(json.dumps({"id": f"n{number}", "text": f"{TEXT} {number}" * 3}).encode() + b"\n")
    data = buffer.getvalue()
    (raw / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    result = ingest_all()
    loaded = [a.article_id for a in result.articles]
    assert len(loaded) > 100
    assert loaded == [f"n{n}" for n in range(len(loaded))]
    [reject] = result.rejects
    assert reject.reason == "truncated_gzip"
    assert reject.line is not None and reject.line >= len(loaded)
    assert "'cut.jsonl.gz' line" in reject.detail


def test_not_gzip_at_all(raw: Path, ingest_all) -> None:
    (raw / "fake.jsonl.gz").write_bytes(b'{"text": "plain, not gzipped"}\n')
    only_reject(ingest_all(), "corrupt_gzip", "fake.jsonl.gz")


def test_latin1_and_windows_1252_are_decoded(raw: Path, ingest_all) -> None:
    (raw / "latin.txt").write_bytes("Le président a déclaré « non » à Genève.".encode("latin-1"))
    (raw / "win.json").write_bytes('{"text": "He said \u201cno\u201d \u2013 twice."}'.encode("cp1252"))
    latin, win = ingest_all().articles
    assert latin.text == "Le président a déclaré « non » à Genève."
    assert win.text == "He said \u201cno\u201d \u2013 twice."


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_unicode_encodings_with_bom_or_pattern_are_decoded(raw: Path, ingest_all, codec: str) -> None:
    text = "Zelensky said: \u201cwe are ready\u201d \u2014 \u0423\u043a\u0440\u0430\u0457\u043d\u0430."
    (raw / "a.txt").write_bytes(text.encode(codec))
    (raw / "b.jsonl").write_bytes((json.dumps({"text": text}) + "\n" + json.dumps({"text": TEXT}) + "\n").encode(codec))
    result = ingest_all()
    assert [a.text for a in result.articles] == [text, text, TEXT]


def test_undecodable_utf16_is_rejected(raw: Path, ingest_all) -> None:
    (raw / "a.txt").write_bytes(b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8")  # lone surrogate
    only_reject(ingest_all(), "undecodable", "a.txt")


def test_utf16_jsonl_breaking_midway_keeps_lines_before(raw: Path, ingest_all) -> None:
    good = (json.dumps({"text": TEXT, "id": "ok"}) + "\n").encode("utf-16")
    (raw / "a.jsonl").write_bytes(good + ('{"text": "x"}\n' * 3000).encode("utf-16-le") + b"\x00\xd8" * 10)
    result = ingest_all()
    assert [a.article_id for a in result.articles][:1] == ["ok"]
    [reject] = result.rejects
    assert reject.reason == "undecodable" and reject.line is not None and reject.line > 1


def test_nul_bytes_in_a_text_file(raw: Path, ingest_all) -> None:
    (raw / "nul.txt").write_bytes(TEXT.encode() + b"\x00\x00" + TEXT.encode())
    only_reject(ingest_all(), "binary_file", "nul.txt")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2025-13-45", None), ("3000-01-01", None), ("1066-10-14", None), ("yesterday", None), (20250514, None)],
)
def test_invalid_or_absurd_dates_load_without_date_and_warn(raw: Path, ingest_all, value, expected) -> None:
    (raw / "a.json").write_text(json.dumps({"text": TEXT, "published_at": value}), encoding="utf-8")
    [article] = ingest_all().articles
    assert article.published_at is expected
    [warning] = article.warnings
    assert warning.reason == "invalid_date"
    assert "'a.json'" in warning.detail


def test_too_large_file_is_rejected_unread(raw: Path, ingest_all) -> None:
    big = raw / "big.json"
    with big.open("wb") as out:  # a sparse 2 GB file: reading it would be noticed
        out.truncate(2 * 1024**3)
    reject = only_reject(ingest_all(max_bytes=1000), "too_large", "big.json")
    assert "2,147,483,648 bytes" in reject.detail


def test_enormous_jsonl_line_is_skipped_in_bounded_memory(raw: Path, ingest_all) -> None:
    with (raw / "huge.jsonl").open("w", encoding="utf-8") as out:
        out.write(json.dumps({"text": TEXT, "id": "before"}) + "\n")
        out.write('{"text": "' + "word " * 4_000_000 + '"}\n')  # 20 MB on one line
        out.write(json.dumps({"text": TEXT, "id": "after"}) + "\n")
    result, peak = with_peak_memory(lambda: ingest_all(max_bytes=100_000))
    assert [a.article_id for a in result.articles] == ["before", "after"]
    assert [(r.line, r.reason) for r in result.rejects] == [(2, "too_large")]
    assert peak < 10_000_000


def test_gzip_bomb_streams_in_bounded_memory(raw: Path, ingest_all) -> None:
    with gzip.open(raw / "bomb.jsonl.gz", "wb", compresslevel=9) as out:
        out.write(json.dumps({"text": TEXT, "id": "first"}).encode() + b"\n")
        for _ in range(200):
            out.write(b" " * 1_000_000)  # 200 MB of one blank line
        out.write(b"\n" + json.dumps({"text": TEXT, "id": "last"}).encode() + b"\n")
    result, peak = with_peak_memory(lambda: ingest_all(max_bytes=100_000))
    assert [a.article_id for a in result.articles] == ["first", "last"]
    assert [(r.line, r.reason) for r in result.rejects] == [(2, "too_large")]
    assert peak < 10_000_000


def test_symlinks_leaving_the_raw_folder_are_never_followed(tmp_path: Path, raw: Path, ingest_all) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("outside text must never load", encoding="utf-8")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "x.txt").write_text("also outside", encoding="utf-8")
    (raw / "link.txt").symlink_to(secret)
    (raw / "dirlink").symlink_to(tmp_path / "outside")
    (raw / "dangling.txt").symlink_to(tmp_path / "nothing.txt")
    (raw / "dangling-inside.txt").symlink_to(raw / "nothing.txt")
    (raw / "loop.txt").symlink_to(raw / "loop.txt")
    result = ingest_all()
    assert result.articles == []
    assert sorted((r.raw_path, r.reason) for r in result.rejects) == [
        ("dangling-inside.txt", "broken_symlink"),
        ("dangling.txt", "symlink_outside"),
        ("dirlink", "symlink_outside"),
        ("link.txt", "symlink_outside"),
        ("loop.txt", "broken_symlink"),
    ]


def test_read_file_refuses_paths_outside(tmp_path: Path, raw: Path) -> None:
    (tmp_path / "x.txt").write_text(TEXT, encoding="utf-8")
    [reject] = read_file(raw, raw / ".." / "x.txt")
    assert reject.reason == "outside_raw_dir"
    (raw / "sub").mkdir()
    (raw / "sub" / "up").symlink_to(tmp_path)
    [reject] = read_file(raw, raw / "sub" / "up" / "x.txt")
    assert reject.reason == "symlink_outside"


def test_symlinks_inside_are_read_once_per_name_and_folder_links_skipped(raw: Path, ingest_all) -> None:
    (raw / "real").mkdir()
    (raw / "real" / "a.txt").write_text(TEXT, encoding="utf-8")
    (raw / "alias.txt").symlink_to(raw / "real" / "a.txt")
    (raw / "again").symlink_to(raw / "real")
    result = ingest_all()
    assert [a.raw_path for a in result.articles] == ["alias.txt", "real/a.txt"]
    assert result.articles[0].text_hash == result.articles[1].text_hash  # the flow loads it once


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_and_folder(raw: Path, ingest_all) -> None:
    (raw / "locked.txt").write_text(TEXT, encoding="utf-8")
    (raw / "locked.txt").chmod(0)
    (raw / "closed").mkdir()
    (raw / "closed" / "a.txt").write_text(TEXT, encoding="utf-8")
    (raw / "closed").chmod(0)
    try:
        result = ingest_all()
    finally:
        (raw / "closed").chmod(0o755)
    assert sorted((r.raw_path, r.reason) for r in result.rejects) == [("closed", "unreadable"), ("locked.txt", "unreadable")]


def test_unreadable_file_as_root_is_reported(raw: Path, monkeypatch) -> None:
    """Root ignores permissions, so simulate the refusal where the file is opened."""
    (raw / "locked.txt").write_text(TEXT, encoding="utf-8")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("newsledger.ingest.files.os.open", refuse)
    [reject] = read_file(raw, raw / "locked.txt")
    assert (reject.reason, reject.detail) == ("unreadable", "'locked.txt': cannot be read (Permission denied)")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_not_opened(raw: Path, ingest_all) -> None:
    os.mkfifo(raw / "pipe.txt")
    only_reject(ingest_all(), "not_a_file", "pipe.txt")


def test_names_with_spaces_unicode_and_undecodable_bytes(raw: Path, ingest_all) -> None:
    (raw / "dossier été").mkdir()
    (raw / "dossier été" / "Статья 1 — 新闻.TXT").write_text(TEXT, encoding="utf-8")
    if sys.platform == "linux":
        Path(os.fsdecode(os.fsencode(raw) + b"/bad-\xff-name.txt")).write_bytes(TEXT.encode())
    result = ingest_all()
    names = [a.raw_path for a in result.articles]
    assert len(names) == (2 if sys.platform == "linux" else 1)
    assert "dossier été/Статья 1 — 新闻.TXT" in names
    for name in names:
        name.encode("utf-8")  # storable: no surrogates
    assert result.rejects == []


def test_dot_files_are_skipped_everything_else_accounted(raw: Path, ingest_all) -> None:
    (raw / ".gitkeep").touch()
    (raw / ".DS_Store").write_bytes(b"\x00\x01")
    (raw / ".git").mkdir()
    (raw / ".git" / "a.txt").write_text(TEXT, encoding="utf-8")
    (raw / "notes.docx").write_bytes(b"PK")
    (raw / "empty.jsonl").write_text("\n\n  \n", encoding="utf-8")
    result = ingest_all()
    assert sorted((r.raw_path, r.reason) for r in result.rejects) == [
        ("empty.jsonl", "empty_file"),
        ("notes.docx", "unsupported_format"),
    ]


def test_missing_raw_folder_is_a_reject_not_an_exception(tmp_path: Path) -> None:
    from newsledger.ingest import ingest

    [reject] = list(ingest(tmp_path / "nope"))
    assert (reject.raw_path, reject.reason) == (".", "missing")


def test_a_reader_bug_costs_one_file(raw: Path, ingest_all, monkeypatch) -> None:
    (raw / "a.txt").write_text(TEXT, encoding="utf-8")
    (raw / "b.json").write_text(json.dumps({"text": TEXT}), encoding="utf-8")

    def broken(*args, **kwargs):
        raise RuntimeError("boom")
        yield

    monkeypatch.setitem(__import__("newsledger.ingest.files").ingest.files.READERS, ".txt", broken)
    result = ingest_all()
    assert [type(i).__name__ for i in result.items] == ["IngestReject", "RawArticle"]
    assert result.rejects[0].reason == "reader_error"
    assert isinstance(result.items[1], RawArticle)
