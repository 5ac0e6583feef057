"""A small gold file and the tables a perfect extraction of it would load."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pandas as pd
import pytest

ARTICLE_ID = "art1"


@pytest.fixture
def article_id() -> str:
    """The id of the gold's article in `make_tables`."""
    return ARTICLE_ID


@pytest.fixture
def gold() -> dict:
    return {
        "article": {"file": "talks.txt", "text_contains": "meet Erdogan in Ankara"},
        "actors": [
            {"name": "Volodymyr Zelensky", "type": "person", "country": "UKR",
             "aliases": ["Zelensky"]},
            {"name": "Recep Tayyip Erdoğan", "type": "person", "country": "TUR"},
            {"name": "Kremlin", "type": "organization", "country": "RUS",
             "aliases": ["the Kremlin"]},
        ],
        "statements": [
            {"speaker": "Zelensky", "kind": "direct", "cue": "said",
             "text": "The signals are unconvincing."},
            {"speaker": "Kremlin", "kind": "indirect", "cue": "according to",
             "text": "Russia will send Medinsky"},
        ],
        "events": [
            {"type": "CONSULT", "actors": ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"],
             "location": "Ankara", "date": "2025-05-15"},
            {"type": "REJECT", "actors": ["Kremlin"], "date": "2025-05", "negated": True},
        ],
        "optional_actors": ["White House"],
    }


def _frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows)


@pytest.fixture
def make_tables() -> Callable[[], dict[str, pd.DataFrame]]:
    """Fresh tables each call, so a test can spoil one copy. Names are spelled differently from
    the gold (no accents, upper case) to exercise normalisation."""

    def build() -> dict[str, pd.DataFrame]:
        return {
            "articles": _frame([
                {"article_id": ARTICLE_ID, "raw_path": "data/raw/talks.txt",
                 "text": "Zelensky to meet Erdogan in Ankara."},
                {"article_id": "other", "raw_path": "data/raw/other.txt", "text": "Unrelated."},
            ]),
            "actors": _frame([
                dict(zip(("actor_id", "name", "actor_type", "country_code"), row))
                for row in [
                    ("z", "Volodymyr Zelensky", "person", "UKR"),
                    ("e", "RECEP TAYYIP ERDOGAN", "person", "TUR"),
                    ("k", "The Kremlin", "organization", "RUS"),
                    ("x", "Boris Johnson", "person", "GBR"),
                ]
            ]),
            "actor_mentions": _frame([
                {"mention_id": "m1", "article_id": ARTICLE_ID, "actor_id": "z"},
                {"mention_id": "m2", "article_id": ARTICLE_ID, "actor_id": "e"},
                {"mention_id": "m3", "article_id": ARTICLE_ID, "actor_id": "k"},
                {"mention_id": "m4", "article_id": "other", "actor_id": "x"},
            ]),
            "statements": _frame([
                {"statement_id": "s1", "article_id": ARTICLE_ID, "speaker_actor_id": "z",
                 "speaker_text": "he", "kind": "direct", "text": "the signals are unconvincing"},
                {"statement_id": "s2", "article_id": ARTICLE_ID, "speaker_actor_id": None,
                 "speaker_text": "the Kremlin", "kind": "indirect",
                 "text": "Russia will instead send presidential aide Medinsky"},
                {"statement_id": "s3", "article_id": "other", "speaker_actor_id": "x",
                 "speaker_text": "Johnson", "kind": "direct", "text": "Unrelated."},
            ]),
            "events": _frame([
                {"event_id": "e1", "article_id": ARTICLE_ID, "event_type": "CONSULT",
                 "trigger": "meet",
                 "source_actor_id": "z", "target_actor_id": "e", "place_id": "p1",
                 "event_date": dt.date(2025, 5, 15), "date_precision": "day", "negated": False},
                {"event_id": "e2", "article_id": ARTICLE_ID, "event_type": "REJECT",
                 "trigger": "refused",
                 "source_actor_id": "k", "target_actor_id": None, "place_id": None,
                 "event_date": dt.date(2025, 5, 1), "date_precision": "month", "negated": True},
            ]),
            "event_actors": _frame([
                {"event_id": "e1", "actor_id": "z", "role": "source"},
                {"event_id": "e1", "actor_id": "e", "role": "target"},
            ]),
            "places": _frame([{"place_id": "p1", "name": "ANKARA", "place_type": "city"}]),
        }

    return build
