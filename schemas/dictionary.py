"""Generate the data dictionary (docs/data-dictionary.md) from the pandera models, so the docs
can never drift from what is validated. `python -m schemas.dictionary` rewrites it."""

from __future__ import annotations

from pathlib import Path

from schemas.models import MODELS

ROOT = Path(__file__).resolve().parents[1]
DICTIONARY_PATH = ROOT / "docs" / "data-dictionary.md"
README_PATH = ROOT / "README.md"
README_START, README_END = "<!-- tables:start -->", "<!-- tables:end -->"


def _allowed(column) -> str:
    parts = []
    for check in column.checks:
        stats = check.statistics or {}
        if "allowed_values" in stats:
            parts.append(", ".join(f"`{v}`" for v in stats["allowed_values"]))
        elif "pattern" in stats:
            parts.append(f"matches `{stats['pattern']}`")
        elif check.name in ("greater_than_or_equal_to", "less_than_or_equal_to", "in_range"):
            parts.append(f"{check.name.replace('_', ' ')} " + ", ".join(str(v) for v in stats.values()))
    return "; ".join(parts)


def render() -> str:
    lines = ["# Data dictionary", "",
             "Generated from the pandera models in `schemas/models.py` by `python -m schemas.dictionary`; "
             "a test fails when this file is stale.", ""]
    for table, model in MODELS.items():
        schema = model.to_schema()
        lines += [f"## `{table}`", "", (model.__doc__ or "").strip(), "",
                  "| column | type | nullable | unique | allowed values | description |",
                  "| --- | --- | --- | --- | --- | --- |"]
        for name, column in schema.columns.items():
            lines.append(f"| `{name}` | {column.dtype} | {'yes' if column.nullable else 'no'} | "
                         f"{'yes' if column.unique else ''} | {_allowed(column)} | {column.description or ''} |")
        lines.append("")
    return "\n".join(lines)


def render_summary() -> str:
    """The README's short table list: each table, its purpose and its columns."""
    lines = [README_START, "| table | what a row is | columns |", "| --- | --- | --- |"]
    for table, model in MODELS.items():
        columns = ", ".join(f"`{c}`" for c in model.to_schema().columns)
        lines.append(f"| `{table}` | {(model.__doc__ or '').strip()} | {columns} |")
    return "\n".join(lines + [README_END])


def readme_with_summary(readme: str) -> str:
    start, end = readme.index(README_START), readme.index(README_END) + len(README_END)
    return readme[:start] + render_summary() + readme[end:]


def main() -> None:
    DICTIONARY_PATH.parent.mkdir(parents=True, exist_ok=True)
    DICTIONARY_PATH.write_text(render(), encoding="utf-8")
    README_PATH.write_text(readme_with_summary(README_PATH.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote {DICTIONARY_PATH} and the table list in {README_PATH}")


if __name__ == "__main__":
    main()
