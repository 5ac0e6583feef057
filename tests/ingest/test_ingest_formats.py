"""The plain formats load with the contract's fields, ids and hashes."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

from newsledger.ids import stable_id
from newsledger.ingest import RawArticle, read_file

ENGLISH = "The minister said on Monday that the talks with the union would resume in the spring."


def test_json_object_with_all_fields(raw: Path, ingest_all) -> None:
    fields = {
        "id": "a-1",
        "text": "  " + ENGLISH + "\n",
        "title": " Talks resume ",
        "url": "https://example.com/a",
        "source": "Example",
        "published_at": "2025-05-14T10:30:00+02:00",
        "language": "en-GB",
        "section": "ignored",
    }
    (raw / "a.json").write_text(json.dumps(fields), encoding="utf-8")
    [article] = ingest_all().articles
    assert isinstance(article, RawArticle)
    assert article.article_id == "a-1"
    assert article.text == fields["text"]  # never trimmed: offsets index this string
    assert article.title == "Talks resume"
    assert article.published_at == dt.datetime(2025, 5, 14, 8, 30)
    assert article.language == "en"
    assert (article.raw_path, article.line) == ("a.json", None)
    assert article.warnings == ()


def test_ids_fall_back_to_url_then_path(raw: Path, ingest_all) -> None:
    lines = [{"text": ENGLISH, "id": 12}, {"text": ENGLISH, "url": "https://x.org/1"}, {"text": ENGLISH}]
    (raw / "many.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    first, second, third = ingest_all().articles
    assert first.article_id == "12"
    assert second.article_id == stable_id("url", "https://x.org/1")
    assert third.article_id == stable_id("path", "many.jsonl", 3)
    assert [a.line for a in (first, second, third)] == [1, 2, 3]
    assert len({first.text_hash, second.text_hash, third.text_hash}) == 1


def test_ids_and_hashes_are_stable_across_runs(raw: Path, ingest_all) -> None:
    (raw / "a.txt").write_text(ENGLISH, encoding="utf-8")
    assert ingest_all() == ingest_all()


def test_content_hash_changes_with_any_field_text_hash_only_with_text(raw: Path, ingest_all) -> None:
    path = raw / "a.json"
    path.write_text(json.dumps({"text": ENGLISH, "title": "One"}), encoding="utf-8")
    [before] = ingest_all().articles
    path.write_text(json.dumps({"text": ENGLISH, "title": "Two"}), encoding="utf-8")
    [after] = ingest_all().articles
    assert before.content_hash != after.content_hash
    assert before.text_hash == after.text_hash


def test_text_hash_ignores_whitespace_layout(raw: Path, ingest_all) -> None:
    (raw / "a.txt").write_text("Hello  world,\n\nagain.", encoding="utf-8")
    (raw / "b.json").write_text(json.dumps({"text": "Hello world, again.\n"}), encoding="utf-8")
    first, second = ingest_all().articles
    assert first.text_hash == second.text_hash
    assert first.article_id != second.article_id


def test_jsonl_gz_streams_lines(raw: Path, ingest_all) -> None:
    with gzip.open(raw / "feed.jsonl.gz", "wt", encoding="utf-8") as out:
        for number in range(50):
            out.write(json.dumps({"id": f"n{number}", "text": f"Article {number}."}) + "\n")
    result = ingest_all()
    assert [a.article_id for a in result.articles] == [f"n{n}" for n in range(50)]
    assert result.items[-1].line == 50


def test_front_matter_fields_and_body(raw: Path, ingest_all) -> None:
    body = "\n" + ENGLISH + "\n"
    (raw / "note.md").write_text(
        "---\ntitle: 'Quoted: title'\n# a comment\npublished_at: 2025-05-14\nID: x7\nlanguage:\n---\n" + body,
        encoding="utf-8",
    )
    [article] = ingest_all().articles
    assert article.text == body
    assert article.title == "Quoted: title"
    assert article.article_id == "x7"
    assert article.published_at == dt.datetime(2025, 5, 14)
    assert article.language == "en"  # empty in the front matter: detected


def test_text_without_front_matter_is_all_text(raw: Path, ingest_all) -> None:
    (raw / "plain.txt").write_text("--- not front matter\n" + ENGLISH, encoding="utf-8")
    [article] = ingest_all().articles
    assert article.text == "--- not front matter\n" + ENGLISH
    assert article.title is None


def test_unreadable_front_matter_stays_text_with_warning(raw: Path, ingest_all) -> None:
    content = "---\nthis is a horizontal rule, not metadata\n---\n" + ENGLISH
    (raw / "odd.md").write_text(content, encoding="utf-8")
    [article] = ingest_all().articles
    assert article.text == content
    assert [w.reason for w in article.warnings] == ["front_matter_ignored"]


def test_bom_is_stripped(raw: Path, ingest_all) -> None:
    (raw / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ENGLISH.encode())
    [article] = ingest_all().articles
    assert article.text == ENGLISH


def test_read_file_reads_one_file(raw: Path) -> None:
    (raw / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (raw / "b.txt").write_text(ENGLISH, encoding="utf-8")
    [article] = read_file(raw, raw / "b.txt")
    assert article.raw_path == "b.txt"


def test_unknown_extension_is_rejected(raw: Path, ingest_all) -> None:
    (raw / "notes.pdf").write_bytes(b"%PDF-1.4")
    [reject] = ingest_all().rejects
    assert reject.reason == "unsupported_format"
    assert "notes.pdf" in reject.detail
