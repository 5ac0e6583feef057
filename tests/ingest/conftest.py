"""Helpers for ingest tests: write raw files into a temporary raw folder and read them back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsledger.ingest import IngestItem, IngestReject, RawArticle, ingest


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    """An empty raw folder inside the test's temporary folder (so 'outside' exists too)."""
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder


@dataclass(frozen=True)
class Result:
    """What one `ingest` pass yielded, split by kind."""

    items: list[IngestItem]

    @property
    def articles(self) -> list[RawArticle]:
        return [item for item in self.items if isinstance(item, RawArticle)]

    @property
    def rejects(self) -> list[IngestReject]:
        return [item for item in self.items if isinstance(item, IngestReject)]


@pytest.fixture
def ingest_all(raw: Path) -> Callable[..., Result]:
    """Run `ingest` over the raw folder (keyword arguments passed on)."""
    return lambda **kwargs: Result(list(ingest(raw, **kwargs)))
