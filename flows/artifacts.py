"""Per-run Prefect artifacts, so the UI shows what a run did without opening the warehouse: a
markdown summary (counts, rejects by reason, top actors, slowest batches) and a table of the
run's rejects."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from prefect.artifacts import create_markdown_artifact, create_table_artifact

if TYPE_CHECKING:
    from flows.pipeline import RunSummary

SUMMARY_KEY = "newsledger-run-summary"
REJECTS_KEY = "newsledger-run-rejects"
REJECT_ROWS_SHOWN = 1000
PATHS_SHOWN = 3


MARKDOWN_ACTIVE = re.compile(r"([\\\[\]()<>!|])")  # links, images, HTML and the cell border


def _cell(value: Any) -> str:
    """A value safe inside a markdown table cell: link, image and HTML syntax is escaped, so a file
    name or detail holding markdown (an image link, say) is never rendered or fetched by the UI."""
    return MARKDOWN_ACTIVE.sub(r"\\\1", str(value).replace("\n", " "))


def _table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) if len(lines) > 2 else "_none_"


def _files(paths: Sequence[str]) -> str:
    shown = ", ".join(f"`{p}`" for p in paths[:PATHS_SHOWN])
    return shown + (f" and {len(paths) - PATHS_SHOWN} more" if len(paths) > PATHS_SHOWN else "")


def summary_markdown(summary: RunSummary) -> str:
    """The run in one page: what came in, what each table holds now, what was rejected and why,
    who the run's articles were about, and where the time went."""
    return "\n\n".join([
        f"# newsledger run `{summary.run_id}`",
        _table(["articles seen", "loaded", "unchanged", "duplicate", "rejects"],
               [[summary.articles_seen, summary.articles_loaded, summary.articles_unchanged,
                 summary.articles_duplicate, summary.rejects]]),
        "## Rows per table (warehouse after the run)",
        _table(["table", "rows"], summary.table_counts.items()),
        "## Rejects by reason",
        _table(["stage", "reason", "count"],
               [[stage, reason, n] for (stage, reason), n in
                Counter((r["stage"], r["reason"]) for r in summary.reject_rows).most_common()]),
        "## Top actors in this run's articles",
        _table(["actor", "type", "mentions", "articles"],
               [[a["name"], a["actor_type"], a["mentions"], a["articles"]] for a in summary.top_actors]),
        "## Slowest batches (extract + load)",
        _table(["seconds", "articles", "files"],
               [[f"{b.seconds:.2f}", len(b.raw_paths), _files(b.raw_paths)] for b in summary.slowest_batches]),
        f"Warehouse `{summary.warehouse}`, Parquet `{summary.parquet_dir}`.",
    ])


def publish_run_artifacts(summary: RunSummary) -> None:
    """Attach the summary and the rejects table to the current flow run (call inside the flow)."""
    create_markdown_artifact(summary_markdown(summary), key=SUMMARY_KEY,
                             description=f"{summary.articles_loaded} loaded, {summary.rejects} rejects")
    shown = summary.reject_rows[:REJECT_ROWS_SHOWN]
    create_table_artifact(shown, key=REJECTS_KEY,
                          description=f"{summary.rejects} rejects in this run"
                                      + (f" (first {len(shown)} shown)" if len(shown) < summary.rejects else ""))
