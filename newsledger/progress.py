"""A terminal progress bar for long runs: articles done / total and the rate."""

from __future__ import annotations

from collections.abc import Callable

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn


listeners: list[Callable[[int, int], None]] = []
"""Who hears about progress. Kept here, not in the flow module: Prefect pickles the flow's
function by value for process-pool workers, and a listener holding a terminal would go with it."""


def report(done: int, total: int) -> None:
    """Tell every listener that `done` of `total` articles are through."""
    for listener in listeners:
        listener(done, total)


class ProgressBar:
    """Context manager whose `update(done, total)` the flow calls after each batch."""

    def __init__(self, enabled: bool = True) -> None:
        self._progress = Progress(
            TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TextColumn("articles"),
            TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TimeRemainingColumn(), disable=not enabled,
            transient=False, redirect_stdout=False, redirect_stderr=False,
        )
        self._task = self._progress.add_task("extract", total=None, rate="")

    def __enter__(self) -> ProgressBar:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def update(self, done: int, total: int) -> None:
        elapsed = self._progress.tasks[0].elapsed or 0.0
        rate = f"{done / elapsed:.1f}/s" if elapsed > 0 and done else ""
        self._progress.update(self._task, completed=done, total=total, rate=rate)
