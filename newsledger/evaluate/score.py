"""Match one article's extracted rows against a hand-written gold file.

Every match is one-to-one and greedy over candidate pairs sorted best first, so a duplicate
prediction (an actor that failed to merge, a statement found twice) counts as a false positive.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path, PurePath

import pandas as pd

from newsledger.evaluate.model import EvalReport, GoldScore, TableScore
from newsledger.evaluate.text import norm, overlap

MIN_OVERLAP = 0.5  # share of the shorter text's tokens two statements must have in common
_COLUMNS = {
    "articles": ["article_id", "raw_path", "text"],
    "actors": ["actor_id", "name", "actor_type", "country_code"],
    "actor_mentions": ["article_id", "actor_id"],
    "statements": ["article_id", "speaker_actor_id", "speaker_text", "kind", "text"],
    "events": [
        "event_id", "article_id", "event_type", "trigger", "source_actor_id", "target_actor_id",
        "place_id", "event_date", "date_precision", "negated",
    ],
    "event_actors": ["event_id", "actor_id"],
    "places": ["place_id", "name"],
}
_ACTOR_ATTRIBUTES = (  # (report name, gold key, actors column)
    ("actor country", "country", "country_code"),
    ("actor type", "type", "actor_type"),
)
_DATE_FORMATS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def load_gold_dir(gold_dir: Path) -> list[dict]:
    """Every *.json gold file in the folder, by file name; an empty folder is an error, not a
    perfect score."""
    paths = sorted(Path(gold_dir).glob("*.json"))
    if not paths:
        raise FileNotFoundError(f"no *.json gold files in {gold_dir}")
    golds = []
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(gold, dict) or not isinstance(gold.get("article"), dict):
            raise ValueError(f"{path}: a gold file is an object with an 'article' object")
        golds.append(gold)
    return golds


def score_gold_dir(gold_dir: Path, tables: dict[str, pd.DataFrame]) -> EvalReport:
    """Score every gold file in the folder; the total adds counts over files (micro-average)."""
    return EvalReport.of([score_gold(gold, tables) for gold in load_gold_dir(gold_dir)])


def score_gold(gold: dict, tables: dict[str, pd.DataFrame]) -> GoldScore:
    """Score the rows of the gold's article; without such an article every gold item is missed."""
    t = {name: _table(tables, name) for name in _COLUMNS}
    article = gold["article"]
    score = GoldScore(name=article.get("file") or article.get("text_contains") or "?")
    score.article_id = _find_article(article, t["articles"])
    aliases = _GoldAliases(gold)
    rows = {name: _of_article(frame, score.article_id) for name, frame in t.items()}
    rows["event_actors"] = t["event_actors"][
        t["event_actors"]["event_id"].isin(rows["events"]["event_id"])
    ]
    names = dict(zip(t["actors"]["actor_id"], t["actors"]["name"]))
    places = dict(zip(t["places"]["place_id"], t["places"]["name"]))
    _score_actors(gold, _predicted_actors(rows, t["actors"]), score)
    _score_statements(gold, aliases, rows["statements"], names, score)
    _score_events(gold, aliases, rows, names, places, score)
    return score


def _actor_forms(actor: dict) -> frozenset[str]:
    return frozenset(norm(name) for name in [actor["name"], *actor.get("aliases", [])])


class _GoldAliases:
    """Normalised name-or-alias -> every normalised form of that gold actor, so a statement's
    speaker or an event's actor given by name accepts any of the actor's aliases."""

    def __init__(self, gold: dict) -> None:
        self._forms: dict[str, frozenset[str]] = {}
        for actor in gold.get("actors", []):
            forms = _actor_forms(actor)
            for form in forms:
                self._forms.setdefault(form, forms)

    def forms(self, name: str) -> frozenset[str]:
        """A gold name outside the actor list matches only itself."""
        key = norm(name)
        return self._forms.get(key, frozenset({key}))


def _table(tables: dict[str, pd.DataFrame], name: str) -> pd.DataFrame:
    """A missing table is an empty one: a partial warehouse reports misses instead of crashing."""
    frame = tables.get(name)
    return pd.DataFrame(columns=_COLUMNS[name]) if frame is None else frame


def _of_article(frame: pd.DataFrame, article_id: str | None) -> pd.DataFrame:
    """Rows of one article; none when the article was not found, so every gold item is missed."""
    return frame[frame["article_id"] == article_id] if "article_id" in frame else frame


def _same_file(raw_path: object, wanted: str | None) -> bool:
    if not wanted or not isinstance(raw_path, str):
        return False
    path, goal = PurePath(raw_path), PurePath(wanted)
    return path.name == goal.name or path.stem == goal.stem


def _find_article(article: dict, articles: pd.DataFrame) -> str | None:
    """By raw file name or stem; `text_contains` picks among several (a .jsonl holds many) or
    finds the article when no file name fits."""
    wanted, needle = article.get("file"), article.get("text_contains")
    articles = articles.sort_values("article_id")
    candidates = articles[articles["raw_path"].map(lambda path: _same_file(path, wanted))]
    if needle and len(candidates) != 1:
        pool = candidates if len(candidates) else articles
        with_text = pool[pool["text"].map(lambda s: isinstance(s, str) and needle in s)]
        candidates = with_text if len(with_text) else candidates
    return str(candidates["article_id"].iloc[0]) if len(candidates) else None


def _assign(pairs: Iterable[tuple[tuple[float, ...], int, int]]) -> dict[int, int]:
    """Greedy one-to-one matching, best candidate first: gold index -> predicted index."""
    matches: dict[int, int] = {}
    taken: set[int] = set()
    for _, g, p in sorted(pairs):
        if g not in matches and p not in taken:
            matches[g] = p
            taken.add(p)
    return matches


def _fill(
    table: TableScore,
    matches: dict[int, int],
    gold_labels: list[str],
    pred_labels: list[str],
    ignored: frozenset[int] = frozenset(),
) -> None:
    matched = set(matches.values())
    table.tp = len(matches)
    table.missed = [label for g, label in enumerate(gold_labels) if g not in matches]
    table.spurious = [
        label for p, label in enumerate(pred_labels) if p not in matched and p not in ignored
    ]
    table.fn, table.fp = len(table.missed), len(table.spurious)


def _missing(value: object) -> bool:
    return value is None or (not isinstance(value, str) and pd.isna(value))


def _predicted_actors(rows: dict[str, pd.DataFrame], actors: pd.DataFrame) -> list[dict]:
    """Actors mentioned in the article or taking part in its statements and events."""
    ids = pd.concat(
        [
            rows["actor_mentions"]["actor_id"],
            rows["statements"]["speaker_actor_id"],
            rows["events"]["source_actor_id"],
            rows["events"]["target_actor_id"],
            rows["event_actors"]["actor_id"],
        ]
    ).dropna()
    return actors[actors["actor_id"].isin(set(ids))].sort_values("name").to_dict("records")


def _score_actors(gold: dict, preds: list[dict], score: GoldScore) -> None:
    gold_actors = gold.get("actors", [])
    pairs = []
    for g, actor in enumerate(gold_actors):
        forms = _actor_forms(actor)
        for p, row in enumerate(preds):
            key = norm(row["name"])
            if key in forms:  # a canonical-name match wins over an alias match
                pairs.append(((0.0 if key == norm(actor["name"]) else 1.0,), g, p))
    matches = _assign(pairs)
    optional = {norm(name) for name in gold.get("optional_actors", [])}
    matched = set(matches.values())
    ignored = frozenset(
        p for p, row in enumerate(preds) if p not in matched and norm(row["name"]) in optional
    )
    gold_labels = [a["name"] for a in gold_actors]
    _fill(score.actors, matches, gold_labels, [r["name"] for r in preds], ignored)
    for g, p in matches.items():
        for attr, gold_key, pred_key in _ACTOR_ATTRIBUTES:
            if gold_key in gold_actors[g]:
                want, got = gold_actors[g][gold_key], preds[p].get(pred_key)
                agree = norm(want) == norm(got)
                score.attributes[attr].check(gold_labels[g], want, got, agree)


def _statement_label(speaker: object, text: object) -> str:
    text = "" if _missing(text) else str(text)
    short = text if len(text) <= 70 else text[:67] + "..."
    return f'{"?" if _missing(speaker) else speaker}: "{short}"'


def _score_statements(
    gold: dict, aliases: _GoldAliases, statements: pd.DataFrame, names: dict, score: GoldScore
) -> None:
    gold_statements = gold.get("statements", [])
    preds = statements.to_dict("records")
    speakers = [
        {norm(names.get(row["speaker_actor_id"])), norm(row["speaker_text"])} - {""}
        for row in preds
    ]
    pairs = []
    for g, statement in enumerate(gold_statements):
        forms = aliases.forms(statement["speaker"])
        for p, row in enumerate(preds):
            if forms & speakers[p]:
                shared = overlap(statement["text"], row["text"])
                if shared >= MIN_OVERLAP:
                    pairs.append(((-shared,), g, p))
    matches = _assign(pairs)
    gold_labels = [_statement_label(s["speaker"], s["text"]) for s in gold_statements]
    pred_labels = [
        _statement_label(names.get(row["speaker_actor_id"]) or row["speaker_text"], row["text"])
        for row in preds
    ]
    _fill(score.statements, matches, gold_labels, pred_labels)
    for g, p in matches.items():
        statement, row = gold_statements[g], preds[p]
        if "kind" in statement:
            agree = norm(statement["kind"]) == norm(row["kind"])
            kind = score.attributes["statement kind"]
            kind.check(gold_labels[g], statement["kind"], row["kind"], agree)


def _render_date(value: object, precision: object) -> str | None:
    """The predicted date written as the gold writes it, at the predicted precision."""
    if _missing(value):
        return None
    day = _DATE_FORMATS["day"]
    fmt = _DATE_FORMATS.get(precision, day) if isinstance(precision, str) else day
    return pd.Timestamp(value).strftime(fmt)


def _event_checks(
    event: dict, row: dict, aliases: _GoldAliases, places: dict
) -> list[tuple[str, object, object, bool]]:
    """(attribute, gold, predicted, agree) for each attribute the gold gives; negation is always
    given, absent meaning false."""
    checks = []
    if event.get("location"):
        place = places.get(row["place_id"])
        agree = norm(place) in aliases.forms(event["location"])  # "Türkiye" is the place "Turkey"
        checks.append(("event location", event["location"], place, agree))
    if event.get("date"):
        date = _render_date(row["event_date"], row["date_precision"])
        checks.append(("event date", event["date"], date, date == str(event["date"])))
    negated = False if _missing(row["negated"]) else bool(row["negated"])
    want = bool(event.get("negated", False))
    checks.append(("event negated", want, negated, want == negated))
    return checks


def _event_label(event_type: object, actors: Iterable[str], trigger: object) -> str:
    said = "" if _missing(trigger) else f' "{trigger}"'
    return f"{event_type}({', '.join(actors)}){said}"


def _score_events(
    gold: dict,
    aliases: _GoldAliases,
    rows: dict[str, pd.DataFrame],
    names: dict,
    places: dict,
    score: GoldScore,
) -> None:
    gold_events = gold.get("events", [])
    preds = rows["events"].to_dict("records")
    others = rows["event_actors"].groupby("event_id")["actor_id"].agg(list).to_dict()
    actor_names = []
    for row in preds:
        ids = [row["source_actor_id"], row["target_actor_id"], *others.get(row["event_id"], [])]
        known = [str(names[i]) for i in ids if not _missing(i) and i in names]
        actor_names.append(list(dict.fromkeys(known)))  # source and target also in event_actors
    pairs = []
    for g, event in enumerate(gold_events):
        wanted = [aliases.forms(name) for name in event.get("actors", [])]
        for p, row in enumerate(preds):
            if norm(row["event_type"]) != norm(event["type"]):
                continue
            have = {norm(name) for name in actor_names[p]}
            shared = sum(1 for forms in wanted if forms & have)
            if shared:  # ties go to the prediction that also gets place and date right
                agree = sum(ok for _, _, _, ok in _event_checks(event, row, aliases, places))
                pairs.append(((-shared, -agree), g, p))
    matches = _assign(pairs)
    gold_labels = [
        _event_label(e["type"], e.get("actors", []), e.get("trigger")) for e in gold_events
    ]
    pred_labels = [
        _event_label(row["event_type"], actor_names[p], row["trigger"])
        for p, row in enumerate(preds)
    ]
    _fill(score.events, matches, gold_labels, pred_labels)
    for g, p in matches.items():
        for attr, want, got, agree in _event_checks(gold_events[g], preds[p], aliases, places):
            score.attributes[attr].check(gold_labels[g], want, got, agree)
