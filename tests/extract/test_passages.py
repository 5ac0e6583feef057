"""Issue-7 gold set: hand-written passages, each check named, so a failure says which quote
form, speaker case, date case or PLOVER type broke."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from newsledger.extract import extract_articles
from newsledger.extract.records import ArticleExtraction, ArticleText
from newsledger.extract.text import fold

pytestmark = pytest.mark.slow

CASES = tomllib.loads((Path(__file__).parent / "data" / "passages.toml").read_text())["case"]
PUB = dt.datetime(2025, 5, 14)
MIN_PASS_RATE = 0.99  # a few checks may fail on another spaCy model; the failures are listed


def _date(e) -> str:
    if e.event_date is None:
        return ""
    return {"day": e.event_date.isoformat(), "month": e.event_date.isoformat()[:7],
            "year": str(e.event_date.year)}[e.date_precision]


def _check_statement(ex: ArticleExtraction, want: dict) -> str | None:
    names = {a.key: a.name for a in ex.actors}
    for s in ex.statements:
        if fold(want["text"]) in fold(s.text):
            got = names.get(s.speaker_key, "") if s.speaker_key else ""
            if fold(got) != fold(want["speaker"]):
                return f"speaker {got!r} != {want['speaker']!r}"
            if s.kind != want["kind"]:
                return f"kind {s.kind} != {want['kind']}"
            if want.get("exact_text") and fold(s.text) != fold(want["text"]):
                return f"text {s.text!r} != {want['text']!r}"
            return None
    return f"no statement containing {want['text']!r}: {[s.text for s in ex.statements]}"


def _check_event(ex: ArticleExtraction, want: dict) -> str | None:
    names = {a.key: a.name for a in ex.actors}
    cands = [e for e in ex.events if e.event_type == want["type"]]
    if not cands:
        return f"no {want['type']} event: {[(e.event_type, e.trigger) for e in ex.events]}"
    reports = []
    for e in cands:  # a case may want two events of one type: any that fits passes
        problems = []
        for field, got in [("source", names.get(e.source_key or "", "")),
                           ("target", names.get(e.target_key or "", "")),
                           ("place", e.place.name if e.place else ""), ("date", _date(e)),
                           ("date_text", e.date_text or ""), ("negated", e.negated),
                           ("status", e.status), ("plover", e.plover_type), ("mode", e.mode or "")]:
            if field in want:
                expected = want[field]
                ok = (got == expected) if isinstance(expected, bool) else (
                    fold(expected) in fold(str(got)) if expected else got in ("", None))
                if not ok:
                    problems.append(f"{field} {got!r} != {expected!r}")
        if not problems:
            return None
        reports.append("; ".join(problems))
    return reports[0]


def test_passages(nlp) -> None:
    articles = []
    for n, case in enumerate(CASES):
        pub = case.get("published")
        published = PUB if pub is None else (dt.datetime.fromisoformat(pub) if pub else None)
        articles.append(ArticleText(str(n), case["text"], published))
    results = list(extract_articles(articles, nlp))
    failures, checks = [], 0
    for case, ex in zip(CASES, results):
        for want in case.get("statements", []):
            checks += 1
            if problem := _check_statement(ex, want):
                failures.append(f"{case['name']}: {problem}")
        for want in case.get("events", []):
            checks += 1
            if problem := _check_event(ex, want):
                failures.append(f"{case['name']}: {problem}")
        if case.get("exact_events"):  # the case also says what must not be an event
            checks += 1
            if len(ex.events) != len(case.get("events", [])):
                failures.append(f"{case['name']}: events {[(e.event_type, e.trigger) for e in ex.events]}")
        if case.get("exact_statements"):  # the case also says what must not be a statement
            checks += 1
            if len(ex.statements) != len(case.get("statements", [])):
                failures.append(f"{case['name']}: statements {[(s.cue, s.text) for s in ex.statements]}")
    rate = 1 - len(failures) / checks
    print(f"{checks} checks, failing:", *failures, sep="\n  ")
    assert rate >= MIN_PASS_RATE, f"{rate:.2f} of {checks} checks pass; failing:\n" + "\n".join(failures)
