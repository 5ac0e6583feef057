"""Deterministic ids: a row's id is a hash of its natural key, so re-loading the same input
produces the same ids and MERGE changes nothing."""

from __future__ import annotations

import hashlib


def stable_id(*parts: object, length: int = 16) -> str:
    """Hex digest of the parts joined by a separator no natural key contains."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def content_hash(text: str) -> str:
    """Full sha256 of a text, used to skip unchanged articles."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
