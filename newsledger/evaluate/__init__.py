"""Scoring of extracted tables against hand-written gold files (`newsledger eval GOLD_DIR`)."""

from newsledger.evaluate.model import AttributeScore, EvalReport, GoldScore, TableScore
from newsledger.evaluate.report import format_report
from newsledger.evaluate.score import load_gold_dir, score_gold, score_gold_dir

__all__ = [
    "AttributeScore",
    "EvalReport",
    "GoldScore",
    "TableScore",
    "format_report",
    "load_gold_dir",
    "score_gold",
    "score_gold_dir",
]
