"""Word lists that drive extraction. They live in TOML next to this module so that
linguists can extend them without touching code; each file documents its own tables."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed `<name>.toml` of this package (read once per process)."""
    with resources.files(__package__).joinpath(f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)
