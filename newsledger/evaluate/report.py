"""Plain-text rendering of an evaluation, meant for a terminal and for notes."""

from __future__ import annotations

from newsledger.evaluate.model import ATTRIBUTES, TABLES, EvalReport, GoldScore


def _table_lines(score: GoldScore) -> list[str]:
    lines = [f"{'':<12}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>8}{'f1':>7}"]
    for name in TABLES:
        t = score.table(name)
        lines.append(
            f"{name:<12}{t.tp:>5}{t.fp:>5}{t.fn:>5}{t.precision:>11.3f}{t.recall:>8.3f}{t.f1:>7.3f}"
        )
    return lines


def _attribute_lines(score: GoldScore) -> list[str]:
    lines = ["attribute accuracy on matched items (right/given):"]
    for name in ATTRIBUTES:
        a = score.attributes[name]
        ratio = f"{a.accuracy:.3f}" if a.given else "-"
        lines.append(f"  {name:<16}{a.right:>4}/{a.given:<4} {ratio}")
    return lines


def _detail_lines(score: GoldScore) -> list[str]:
    """What failed, by name: the part a developer reads to improve extraction."""
    lines = []
    for name in TABLES:
        t = score.table(name)
        lines += [f"  missed {name[:-1]}: {label}" for label in t.missed]
        lines += [f"  spurious {name[:-1]}: {label}" for label in t.spurious]
    for name in ATTRIBUTES:
        lines += [f"  wrong {name}: {item}" for item in score.attributes[name].wrong]
    return lines


def format_report(report: EvalReport) -> str:
    """Totals over all gold files (micro-averaged), then each file with what it got wrong."""
    lines = [f"gold files: {len(report.files)}", *_table_lines(report.total), ""]
    lines += _attribute_lines(report.total)
    for score in report.files:
        found = score.article_id or "NOT FOUND in articles: every gold item counts as missed"
        lines += ["", f"== {score.name} (article {found})"]
        if len(report.files) > 1:
            lines += [*_table_lines(score), *_attribute_lines(score)]
        lines += _detail_lines(score) or ["  nothing missed, spurious or wrong"]
    return "\n".join(lines) + "\n"
