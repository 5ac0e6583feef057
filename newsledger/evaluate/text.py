"""Text normalisation for matching: gold files are written by hand, so names and quotes must
compare equal regardless of case, accents, punctuation and a leading "the"."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pandas as pd

# Letters NFKD does not split into base letter + accent.
_FOLD = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"}
)
_DROPPED = re.compile(r"[.'’‘`]")  # "U.S." is "US", "Ukraine's" stays one token
_SEPARATOR = re.compile(r"[^\w]+|_")


def norm(value: object) -> str:
    """Lower-case, accent-free, punctuation-free form of a name or text; missing values give ""."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    text = unicodedata.normalize("NFKD", str(value).casefold().translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _SEPARATOR.sub(" ", _DROPPED.sub("", text)).strip()
    return text.removeprefix("the ").strip() if text != "the" else text


def overlap(a: str, b: str) -> float:
    """Shared tokens over the shorter text's token count: tolerates a quote cut short or run on."""
    left, right = Counter(norm(a).split()), Counter(norm(b).split())
    shorter = min(sum(left.values()), sum(right.values()))
    return sum((left & right).values()) / shorter if shorter else 0.0
