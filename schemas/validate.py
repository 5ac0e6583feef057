"""Validate a batch of frames against the models and the references between tables.

A row that fails a check is dropped with a reject naming the check; rows that depend on a
dropped row (an article's statements, an event's actors) are dropped with it, so what loads is
always consistent. The rest of the batch goes on.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa

from schemas.models import MODELS

# (child table, child column(s), parent table, parent column(s)): a child row whose value is not
# null must find its parent in the same batch.
REFERENCES: list[tuple[str, tuple[str, ...], str, tuple[str, ...]]] = [
    ("article_actors", ("article_id",), "articles", ("article_id",)),
    ("actor_mentions", ("article_id", "actor_key"), "article_actors", ("article_id", "actor_key")),
    ("statements", ("article_id",), "articles", ("article_id",)),
    ("statements", ("article_id", "speaker_actor_key"), "article_actors", ("article_id", "actor_key")),
    ("events", ("article_id",), "articles", ("article_id",)),
    ("events", ("article_id", "source_actor_key"), "article_actors", ("article_id", "actor_key")),
    ("events", ("article_id", "target_actor_key"), "article_actors", ("article_id", "actor_key")),
    ("events", ("place_id",), "places", ("place_id",)),
    ("event_actors", ("event_id",), "events", ("event_id",)),
    ("event_actors", ("article_id", "actor_key"), "article_actors", ("article_id", "actor_key")),
]


@dataclass(frozen=True)
class Violation:
    """One row that failed: which table, which row (by its key) and why."""

    table: str
    article_id: str | None
    row_key: str
    reason: str
    detail: str


def _row_key(table: str, row: pd.Series) -> str:
    key_cols = [c for c in row.index if c.endswith("_id")][:1] or list(row.index[:1])
    if table == "event_actors":
        key_cols = ["event_id", "actor_key", "role"]
    return "/".join(str(row.get(c)) for c in key_cols)


def _check_model(table: str, frame: pd.DataFrame) -> tuple[pd.DataFrame, list[Violation]]:
    model = MODELS[table]
    try:
        return model.validate(frame, lazy=True), []
    except pa.errors.SchemaErrors as err:
        cases = err.failure_cases
    bad_rows = cases[cases["index"].notna()]
    if len(bad_rows) < len(cases):
        # A failure without a row (missing column, wrong dtype for the whole column) condemns
        # the table's batch: report every row, load none.
        whole = cases[cases["index"].isna()].iloc[0]
        reason = f"{table}: {whole['check']}"
        return frame.iloc[0:0], [
            Violation(table, row.get("article_id"), _row_key(table, row), reason, f"column {whole['column']}")
            for _, row in frame.iterrows()
        ]
    violations = []
    for idx, group in bad_rows.groupby("index", sort=True):
        row = frame.loc[idx]
        first = group.iloc[0]
        checks = "; ".join(f"{c['column'] or 'row'} failed {c['check']} (value {c['failure_case']!r})" for _, c in group.iterrows())
        violations.append(Violation(table, row.get("article_id"), _row_key(table, row), f"{table}: {first['check']}", checks))
    kept = frame.drop(index=bad_rows["index"].unique())
    return model.validate(kept, lazy=False), violations


def _orphans(child: pd.DataFrame, cols: tuple[str, ...], parent: pd.DataFrame, pcols: tuple[str, ...]) -> pd.Series:
    """Mask of child rows whose non-null reference has no parent row."""
    if child.empty:
        return pd.Series(False, index=child.index)
    present = child[list(cols)].notna().all(axis=1)
    parent_keys = set(map(tuple, parent[list(pcols)].astype(str).itertuples(index=False)))
    child_keys = child[list(cols)].astype(str).itertuples(index=False)
    missing = pd.Series([tuple(k) not in parent_keys for k in child_keys], index=child.index)
    return present & missing


def validate_frames(frames: dict[str, pd.DataFrame]) -> tuple[dict[str, pd.DataFrame], list[Violation]]:
    """Validate every frame, then drop rows whose references dangle, until nothing changes."""
    valid: dict[str, pd.DataFrame] = {}
    violations: list[Violation] = []
    for table, frame in frames.items():
        valid[table], found = _check_model(table, frame.reset_index(drop=True))
        violations += found
    changed = True
    while changed:
        changed = False
        for child, cols, parent, pcols in REFERENCES:
            if child not in valid or parent not in valid:
                continue
            mask = _orphans(valid[child], cols, valid[parent], pcols)
            if not mask.any():
                continue
            changed = True
            for _, row in valid[child][mask].iterrows():
                ref = ", ".join(f"{c}={row[c]}" for c in cols)
                violations.append(Violation(child, row.get("article_id"), _row_key(child, row),
                                            f"{child}: reference to {parent}", f"no {parent} row for {ref}"))
            valid[child] = valid[child][~mask]
    return valid, violations
