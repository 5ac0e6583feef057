"""Fuzzing (issue 5): no input makes a reader raise, and every file yields at least one item
whose text survives storage (valid UTF-8, no NUL)."""

from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.ingest import IngestReject, RawArticle, read_file
from newsledger.ingest.files import READERS

SUFFIXES = sorted(READERS)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
article_like = st.fixed_dictionaries(
    {},
    optional={
        name: json_values | st.text()
        for name in ("text", "title", "url", "source", "published_at", "language", "id", "author")
    },
)


def read_bytes(name: str, content: bytes) -> list:
    with tempfile.TemporaryDirectory() as folder:
        raw = Path(folder)
        (raw / name).write_bytes(content)
        items = list(read_file(raw, raw / name, max_bytes=4096))
    assert items, "every file is accounted for"
    for item in items:
        assert isinstance(item, RawArticle | IngestReject)
        if isinstance(item, RawArticle):
            assert item.text.strip()
            assert "\x00" not in item.text
            item.text.encode("utf-8")
            assert item.published_at is None or item.published_at.tzinfo is None
        else:
            assert item.reason and f"'{name}'" in item.detail
    return items


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(SUFFIXES), st.binary(max_size=600))
def test_random_bytes_never_raise(suffix: str, content: bytes) -> None:
    read_bytes("f" + suffix, content)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from([".json", ".jsonl", ".jsonl.gz"]), st.lists(article_like | json_values, min_size=1, max_size=4))
def test_random_json_never_raises(suffix: str, objects: list) -> None:
    if suffix == ".json":
        content = json.dumps(objects[0]).encode()
    else:
        content = "\n".join(json.dumps(o) for o in objects).encode()
        if suffix == ".jsonl.gz":
            content = gzip.compress(content)
    items = read_bytes("f" + suffix, content)
    if suffix != ".json":
        assert len(items) == len(objects)  # one item per line


@settings(max_examples=150, deadline=None)
@given(
    st.dictionaries(st.sampled_from(["title", "published_at", "id", "url", "language", "x y"]), st.text(max_size=30)),
    st.text(min_size=0, max_size=200),
    st.sampled_from(["utf-8", "utf-16", "latin-1"]),
)
def test_random_front_matter_never_raises(fields: dict, body: str, codec: str) -> None:
    head = "---\n" + "".join(f"{key}: {value}\n" for key, value in fields.items()) + "---\n"
    read_bytes("f.md", (head + body).encode(codec, errors="replace"))


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=300).filter(lambda t: t.strip() and "\x00" not in t))
def test_any_text_round_trips_exactly_through_json(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return
    [item] = read_bytes("f.json", json.dumps({"text": text}).encode())
    assert isinstance(item, RawArticle) and item.text == text
