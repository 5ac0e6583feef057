"""Issue 5, acceptance: one real flow run over good articles mixed with many kinds of hostile input.
Every good article loads exactly once; every input (file, line, feed entry) ends up exactly once as
loaded, skipped as a duplicate, or a reject with its reason and place; the summary's counts add up;
and a second run skips everything it loaded as unchanged and changes no row."""

from __future__ import annotations

import gzip
import json
import os
import sys
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import duckdb
import pandas as pd
import pytest

from newsledger import pipeline
from newsledger.extract import EXTRACTOR_VERSION
from newsledger.ingest import ingest
from tests.robustness.corpus import good_article, relationship_violations, write_good

pytestmark = pytest.mark.slow
MAX_BYTES = 200_000
Outcome = Literal["loaded", "duplicate", "reject"]


@dataclass(frozen=True)
class Expect:
    """What must become of one input: its place, its outcome, the reject reason (or, for a loaded
    article, the reason of its ingest warning), and column values the loaded article must have."""

    raw_path: str
    line: int | None
    outcome: Outcome
    reason: str | None = None
    columns: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Kind:
    """One kind of hostile input: writes its files under the raw folder, returns what must happen."""

    name: str
    write: Callable[[Path], list[Expect]]


def _file(raw: Path, name: str, content: bytes | str) -> str:
    path = raw / "hostile" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return f"hostile/{name}"


def rejected(name: str, content: bytes | str, reason: str) -> Callable[[Path], list[Expect]]:
    """A whole file that must be rejected with `reason`."""
    return lambda raw: [Expect(_file(raw, name, content), None, "reject", reason)]


def loaded(name: str, content: bytes | str, warning: str | None = None, **columns: Any) -> Callable[[Path], list[Expect]]:
    """A whole file that must load as one article with these column values (and this warning)."""
    return lambda raw: [Expect(_file(raw, name, content), None, "loaded", warning, columns)]


def article(n: int, **fields: Any) -> str:
    return json.dumps({**good_article(n), **fields}, ensure_ascii=False)


def mixed_jsonl(raw: Path) -> list[Expect]:
    lines = [article(100), "{broken", "", json.dumps([1, 2]), json.dumps({"text": 3}), "\x00\x01\x02\x03\x04",
             article(101), '{"text": "trunc']
    path = _file(raw, "mixed.jsonl", "\n".join(lines))
    return [Expect(path, 1, "loaded"), Expect(path, 2, "reject", "invalid_json"), Expect(path, 4, "reject", "wrong_shape"),
            Expect(path, 5, "reject", "wrong_type"), Expect(path, 6, "reject", "binary_file"), Expect(path, 7, "loaded"),
            Expect(path, 8, "reject", "invalid_json")]


def truncated_gzip(raw: Path) -> list[Expect]:
    data = gzip.compress("".join(article(200 + n) + "\n" for n in range(12)).encode())
    cut = data[: len(data) * 2 // 3]
    complete = zlib.decompressobj(wbits=31).decompress(cut).count(b"\n")  # lines readable before the cut
    assert 0 < complete < 12
    path = _file(raw, "cut.jsonl.gz", cut)
    return [Expect(path, n, "loaded") for n in range(1, complete + 1)] + [Expect(path, complete + 1, "reject", "truncated_gzip")]


def huge_jsonl_line(raw: Path) -> list[Expect]:
    path = _file(raw, "huge-line.jsonl", "\n".join([article(110), article(111, text="word " * 60_000), article(112)]))
    return [Expect(path, 1, "loaded"), Expect(path, 2, "reject", "too_large"), Expect(path, 3, "loaded")]


def utf16_jsonl(raw: Path) -> list[Expect]:
    path = _file(raw, "utf16.jsonl", (article(120) + "\n" + article(121) + "\n").encode("utf-16"))
    return [Expect(path, 1, "loaded"), Expect(path, 2, "loaded")]


def enormous_sentence() -> str:
    clauses = ", and ".join(f"the delegation from province {n} asked for more time" for n in range(700))
    return f"President Louis Martin said in Paris that {clauses}."


def same_text_two_names(raw: Path) -> list[Expect]:
    text = "Prime Minister Lars Nilsson met reporters in Stockholm. \"Nothing changed,\" Nilsson said."
    return [Expect(_file(raw, "copy-a.txt", text), None, "loaded"), Expect(_file(raw, "copy-b.txt", text), None, "duplicate")]


def same_text_two_dates(raw: Path) -> list[Expect]:
    """The same story from two sources that disagree on its date: it loads once, and the second
    copy is a reject saying so rather than a silent duplicate."""
    return [Expect(_file(raw, "dated-a.json", article(140, id="dated-a", published_at="2024-03-06T09:00:00Z")),
                   None, "loaded"),
            Expect(_file(raw, "dated-b.json", article(140, id="dated-b", published_at="2024-03-07T09:00:00Z")),
                   None, "reject", "conflicting_date")]


def same_id_two_files(raw: Path) -> list[Expect]:
    """One id on two different texts: the first loads, the second is a reject naming the clash."""
    return [Expect(_file(raw, "same-id-1.json", article(130, id="same-id")), None, "loaded"),
            Expect(_file(raw, "same-id-2.json", article(131, id="same-id")), None, "reject", "conflicting_id")]


def symlink_inside(raw: Path) -> list[Expect]:
    """A link to a good article inside the raw folder is read, then skipped as the same article."""
    (raw / "zz-alias.json").symlink_to(raw / "good" / "good-000.json")
    return [Expect("zz-alias.json", None, "duplicate")]


def symlinks_outside(raw: Path) -> list[Expect]:
    outside = raw.parent / "outside"
    outside.mkdir()
    (outside / "secret.json").write_text(article(140), encoding="utf-8")
    links = raw / "links"
    links.mkdir()
    (links / "file.json").symlink_to(outside / "secret.json")
    (links / "folder").symlink_to(outside)
    (links / "dangling.txt").symlink_to(outside / "nothing.txt")
    (links / "loop.txt").symlink_to(links / "loop.txt")
    return [Expect("links/dangling.txt", None, "reject", "symlink_outside"),
            Expect("links/file.json", None, "reject", "symlink_outside"),
            Expect("links/folder", None, "reject", "symlink_outside"),
            Expect("links/loop.txt", None, "reject", "broken_symlink")]


def fifo(raw: Path) -> list[Expect]:
    os.mkfifo(raw / "hostile" / "pipe.txt")
    return [Expect("hostile/pipe.txt", None, "reject", "not_a_file")]


def unreadable(raw: Path) -> list[Expect]:
    path = _file(raw, "locked.json", article(150))
    (raw / path).chmod(0)
    return [Expect(path, None, "reject", "unreadable")]


def odd_names(raw: Path) -> list[Expect]:
    folder = raw / "dossier été"
    folder.mkdir()
    (folder / "Статья 1 — 新闻 ✓.txt").write_text(good_article(160)["text"], encoding="utf-8")
    (folder / "name with  spaces .JSON").write_text(article(161), encoding="utf-8")
    expects = [Expect("dossier été/Статья 1 — 新闻 ✓.txt", None, "loaded"), Expect("dossier été/name with  spaces .JSON", None, "loaded")]
    if sys.platform == "linux":
        Path(os.fsdecode(os.fsencode(folder) + b"/bad-\xff-name.txt")).write_text(good_article(162)["text"], encoding="utf-8")
        expects.append(Expect("dossier été/bad-\ufffd-name.txt", None, "loaded"))
    return expects


def feed_entries(raw: Path) -> list[Expect]:
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            f"<item><title>One</title><description>{good_article(170)['text']}</description>"
            "<pubDate>Mon, 03 Jun 2024 10:00:00 GMT</pubDate></item>"
            "<item><title>No body</title></item></channel></rss>")
    path = _file(raw, "wire.rss", feed)
    return [Expect(path, 1, "loaded"), Expect(path, 2, "reject", "missing_text")]


PAGE = ("<html lang='en'><head><title>Talks</title><script>fetch('http://evil.example/x')</script>"
        "<link rel='stylesheet' href='http://evil.example/a.css'></head><body><article><h1>Talks in Rome</h1>"
        f"<p>{good_article(180)['text']}</p><img src='http://evil.example/pixel.gif'></article></body></html>")

KINDS: list[Kind] = [
    Kind("truncated JSON", rejected("truncated.json", '{"text": "cut off', "invalid_json")),
    Kind("JSON with a trailing comma", rejected("comma.json", '{"text": "a",}', "invalid_json")),
    Kind("JSON nested 100k deep", rejected("deep.json", "[" * 100_000, "invalid_json")),
    Kind("JSON list instead of an object", rejected("list.json", '[{"text": "a list"}]', "wrong_shape")),
    Kind("JSON null", rejected("null.json", "null", "wrong_shape")),
    Kind("JSON without text", rejected("notext.json", '{"title": "no text"}', "missing_text")),
    Kind("JSON with whitespace text", rejected("blank-text.json", '{"text": "  \\n "}', "missing_text")),
    Kind("text of the wrong type", rejected("text-list.json", '{"text": ["a"]}', "wrong_type")),
    Kind("title of the wrong type", rejected("title-number.json", '{"text": "Some words here.", "title": 5}', "wrong_type")),
    Kind("id of the wrong type", rejected("id-bool.json", '{"text": "Some words here.", "id": true}', "wrong_type")),
    Kind("NUL escaped in JSON", rejected("nul-escape.json", '{"text": "a\\u0000b"}', "invalid_characters")),
    Kind("lone surrogate in JSON", rejected("surrogate.json", '{"text": "a\\ud800b"}', "invalid_characters")),
    Kind("jsonl with broken lines", mixed_jsonl),
    Kind("jsonl of blank lines only", rejected("blank.jsonl", "\n\n  \n", "empty_file")),
    Kind("truncated gzip", truncated_gzip),
    Kind("gzip name, not gzip", lambda raw: [Expect(_file(raw, "fake.jsonl.gz", article(190)), 1, "reject", "corrupt_gzip")]),
    Kind("empty file", rejected("empty.txt", b"", "empty_file")),
    Kind("whitespace-only file", rejected("spaces.md", b" \n\t\r\n", "empty_file")),
    Kind("binary file with a text name", rejected("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary_file")),
    Kind("NUL bytes in a text file", rejected("nul.txt", good_article(191)["text"].encode() + b"\x00\x00", "binary_file")),
    Kind("Latin-1 text", loaded("latin1.txt", "Le président Louis Martin a déclaré « non » à Genève.".encode("latin-1"))),
    Kind("Windows-1252 JSON", loaded("cp1252.json", article(192, text="He said \u201cno\u201d \u2013 twice, Ruiz said.").encode("cp1252"))),
    Kind("UTF-16 text with BOM", loaded("utf16.txt", good_article(193)["text"].encode("utf-16"))),
    Kind("UTF-16 jsonl", utf16_jsonl),
    Kind("UTF-8 with BOM", loaded("bom.json", article(194).encode("utf-8-sig"))),
    Kind("undecodable UTF-16", rejected("bad-utf16.txt", b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8", "undecodable")),
    Kind("impossible date", loaded("date-13-45.json", article(195, published_at="2025-13-45"), "invalid_date", published_at=None)),
    Kind("date in year 3000", loaded("date-3000.json", article(196, published_at="3000-01-01"), "invalid_date", published_at=None)),
    Kind("date of the wrong type", loaded("date-number.json", article(197, published_at=20250514), "invalid_date", published_at=None)),
    Kind("enormous article over the size limit", rejected("enormous.json", article(198, text="word " * 60_000), "too_large")),
    Kind("enormous jsonl line", huge_jsonl_line),
    Kind("enormous single sentence", loaded("sentence.txt", enormous_sentence())),
    Kind("unbalanced quotes", loaded("unbalanced.txt", '"We will never agree, Ruiz said. \u201cNot today" \u00bb and \u201cnever\u201d\u201d" said Martin "')),
    Kind("nested quotes", loaded("nested.txt", '"He told me \u2018they said \u201cno\u201d to \'us\'\u2019 twice," Chancellor Greta Vogel said.')),
    # other languages load with their language recorded, flagged as not extracted by the English model
    Kind("French", loaded("fr.txt", "Le président de la France a rencontré le chancelier à Berlin pour une réunion sur la guerre. « Nous sommes "
                                   "d'accord sur le plan et il est pas question de le changer », a-t-il dit dans un entretien.",
                          "not_extracted", language="fr")),
    Kind("German", loaded("de.json", article(199, text="Die Kanzlerin traf den Präsidenten in Berlin, und sie sprachen über die Lage."),
                          "not_extracted", language="de")),
    Kind("Russian", loaded("ru.txt", "Президент встретился с министром в Москве и заявил, что переговоры были полезными.",
                           "not_extracted", language="ru")),
    Kind("Chinese", loaded("zh.txt", "外交部长星期一在北京会见了法国总统。双方表示会谈很有成效。", "not_extracted", language="zh")),
    Kind("same text under two names", same_text_two_names),
    Kind("same id in two files", same_id_two_files),
    Kind("same text with two dates", same_text_two_dates),
    Kind("symlink to an article inside", symlink_inside),
    Kind("symlinks leaving the raw folder", symlinks_outside),
    Kind("names with spaces, Unicode and bad bytes", odd_names),
    Kind("unsupported file type", rejected("report.pdf", b"%PDF-1.4", "unsupported_format")),
    Kind("front matter never closed", loaded("open-front.md", "---\ntitle: x\n" + good_article(163)["text"], "front_matter_ignored")),
    Kind("front matter with a bad date", loaded("front-date.md", "---\ntitle: Talks\npublished_at: 2024-02-30\n---\n"
                                                + good_article(164)["text"], "invalid_date", published_at=None)),
    Kind("RSS feed with an entry without text", feed_entries),
    Kind("web page with scripts and remote resources", loaded("page.html", PAGE)),
    Kind("not a feed", rejected("notes.xml", "<?xml version='1.0'?><notes><n>hello</n></notes>", "not_a_feed")),
]
if os.geteuid() != 0:  # root reads any file, so an unreadable file cannot be made here
    KINDS.append(Kind("unreadable file", unreadable))
if hasattr(os, "mkfifo"):
    KINDS.append(Kind("FIFO", fifo))


def build_raw(raw: Path) -> tuple[dict[str, str], list[Expect]]:
    """The raw folder: good articles, then every kind; returns the good ids and all expectations."""
    good = write_good(raw, range(8))
    expects = [Expect(path, None, "loaded") for path in good.values()]
    for kind in KINDS:
        expects.extend(kind.write(raw))
    places = Counter((e.raw_path, e.line) for e in expects)
    assert max(places.values()) == 1, "two expectations for one place"
    return good, expects


def _rows(con: duckdb.DuckDBPyConnection, query: str) -> list[tuple]:
    return con.execute(query).fetchall()


def test_hostile_raw_folder_is_fully_accounted(prefect_harness, tmp_path: Path, monkeypatch) -> None:
    from flows.pipeline import newsledger_run

    raw, wh, pq = tmp_path / "raw", tmp_path / "w.duckdb", tmp_path / "parquet"
    good, expects = build_raw(raw)
    monkeypatch.setenv("NEWSLEDGER_MAX_BYTES", str(MAX_BYTES))
    assert len(KINDS) >= 25

    summary = newsledger_run(str(raw), str(wh), str(pq), 8)

    by_outcome = {o: [e for e in expects if e.outcome == o] for o in ("loaded", "duplicate", "reject")}
    con = duckdb.connect(str(wh), read_only=True)
    try:
        articles = _rows(con, "SELECT raw_path, raw_line, article_id FROM articles")
        rejects = _rows(con, "SELECT raw_path, raw_line, reason, stage, detail FROM rejects")
        assert relationship_violations(con) == []
        loaded_places = Counter((p, line) for p, line, _ in articles)
        assert loaded_places == Counter((e.raw_path, e.line) for e in by_outcome["loaded"])
        assert sorted((p, line, reason) for p, line, reason, _, _ in rejects) == \
            sorted((e.raw_path, e.line, e.reason) for e in by_outcome["reject"])
        for raw_path, line, _, stage, detail in rejects:
            assert stage == "ingest" and f"'{raw_path}'" in detail and (line is None or f" {line}" in detail), detail
        assert set(good) <= {aid for _, _, aid in articles}
        for e in by_outcome["loaded"]:
            [(warnings,)] = con.execute("SELECT ingest_warnings FROM articles WHERE raw_path = ? AND raw_line IS NOT DISTINCT "
                                        "FROM ?", [e.raw_path, e.line]).fetchall()
            assert [w.split(":")[0] for w in json.loads(warnings)] == ([e.reason] if e.reason else []), (e, warnings)
            for column, value in e.columns.items():
                [(got,)] = con.execute(f"SELECT {column} FROM articles WHERE raw_path = ?", [e.raw_path]).fetchall()
                assert got == value, (e.raw_path, column, got)
        page_text = _rows(con, "SELECT text FROM articles WHERE raw_path = 'hostile/page.html'")[0][0]
        assert "evil.example" not in page_text and "fetch(" not in page_text
    finally:
        con.close()

    nothing_known = pd.DataFrame(columns=["article_id", "content_hash", "text_hash", "extractor_version", "published_at"])
    plan = pipeline.plan_run(ingest(raw, max_bytes=MAX_BYTES), nothing_known, EXTRACTOR_VERSION)
    assert sorted((a.raw_path, a.line) for a in plan.duplicates) == \
        sorted((e.raw_path, e.line) for e in by_outcome["duplicate"])
    assert summary.articles_loaded == len(by_outcome["loaded"])
    assert summary.articles_duplicate == len(by_outcome["duplicate"])
    assert summary.articles_unchanged == 0
    assert summary.rejects == len(by_outcome["reject"])
    assert summary.articles_loaded + summary.articles_unchanged + summary.articles_duplicate + summary.rejects \
        == len(expects)

    again = newsledger_run(str(raw), str(wh), str(pq), 8)
    assert {t: n for t, n in again.table_counts.items() if t != "runs"} == \
        {t: n for t, n in summary.table_counts.items() if t != "runs"}
    assert (again.articles_loaded, again.articles_unchanged, again.articles_duplicate, again.rejects) == \
        (0, len(by_outcome["loaded"]), len(by_outcome["duplicate"]), len(by_outcome["reject"]))

