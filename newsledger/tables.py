"""Turn ingested articles and their extraction records into warehouse-shaped frames, minting
deterministic ids from natural keys so the same input always yields the same rows."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence

import pandas as pd

from newsledger.extract.records import ArticleExtraction, Place
from newsledger.ids import stable_id
from newsledger.ingest import IngestReject, RawArticle
from schemas.models import ARTICLE_TABLES, MODELS



def _json_list(values: Iterable[str]) -> str:
    return json.dumps(sorted(set(values)), ensure_ascii=False)


def normalise_name(name: str) -> str:
    """Case-, accent- and space-insensitive form of a name, for ids."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode() or name
    return " ".join(folded.lower().split())


def place_id(place: Place) -> str:
    return stable_id("place", place.place_type, normalise_name(place.name), place.country_code)


def empty_frame(table: str) -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype="object") for name in MODELS[table].to_schema().columns})


def _frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """Rows as a frame in model column order; a row whose id repeats an earlier one (the
    extractor found the same span twice) is the same fact and kept once."""
    if not rows:
        return empty_frame(table)
    columns = list(MODELS[table].to_schema().columns)
    frame = pd.DataFrame(rows, columns=columns)
    key = columns[0]
    return frame.drop_duplicates(key) if key.endswith("_id") and table != "event_actors" else frame


def article_frames(pairs: Sequence[tuple[RawArticle, ArticleExtraction]], extractor_version: str,
                   ingested_at) -> dict[str, pd.DataFrame]:
    """All rows produced by a batch of articles (actor ids left for resolution to fill)."""
    rows: dict[str, list[dict]] = {t: [] for t in ARTICLE_TABLES}
    places: dict[str, dict] = {}
    event_ids: set[str] = set()
    for raw, ex in pairs:
        aid = raw.article_id
        stamp = {"extractor_version": extractor_version}
        rows["articles"].append({
            "article_id": aid, "source": raw.source, "url": raw.url, "title": raw.title,
            "published_at": raw.published_at, "language": ex.language or raw.language, "text": raw.text,
            "content_hash": raw.content_hash, "text_hash": raw.text_hash, "raw_path": raw.raw_path,
            "raw_line": raw.line, "ingested_at": ingested_at, **stamp,
            "ingest_warnings": json.dumps([f"{w.reason}: {w.detail}" for w in raw.warnings], ensure_ascii=False),
        })
        for actor in ex.actors:
            rows["article_actors"].append({
                "article_actor_id": stable_id(aid, actor.key), "article_id": aid, "actor_key": actor.key,
                "name": actor.name, "actor_type": actor.actor_type, "country_code": actor.country_code,
                "aliases": _json_list(actor.aliases), "role_titles": _json_list(actor.role_titles),
                "actor_id": None, **stamp,
            })
        for m in ex.mentions:
            rows["actor_mentions"].append({
                "mention_id": stable_id(aid, m.char_start, m.char_end), "article_id": aid, "actor_id": None,
                "actor_key": m.actor_key, "text": m.text, "role_title": m.role_title,
                "char_start": m.char_start, "char_end": m.char_end, **stamp,
            })
        for s in ex.statements:
            rows["statements"].append({
                "statement_id": stable_id(aid, s.kind, s.char_start, s.char_end), "article_id": aid,
                "speaker_actor_id": None, "speaker_actor_key": s.speaker_key, "speaker_text": s.speaker_text,
                "kind": s.kind, "cue": s.cue, "text": s.text, "char_start": s.char_start, "char_end": s.char_end,
                "sentence": s.sentence, "confidence": s.confidence, **stamp,
                "statement_date": s.statement_date, "date_precision": s.date_precision, "date_text": s.date_text,
            })
        for e in ex.events:
            event_id = stable_id(aid, e.event_type, e.char_start, e.char_end, *([e.conjunct] if e.conjunct else []))
            if event_id in event_ids:  # its event_actors are already there too
                continue
            event_ids.add(event_id)
            pid = None
            if e.place is not None:
                pid = place_id(e.place)
                places[pid] = {"place_id": pid, "name": e.place.name, "place_type": e.place.place_type,
                               "country_code": e.place.country_code, "latitude": e.place.latitude,
                               "longitude": e.place.longitude}
            rows["events"].append({
                "event_id": event_id, "article_id": aid, "event_type": e.event_type, "plover_type": e.plover_type,
                "mode": e.mode, "trigger": e.trigger, "source_actor_id": None, "target_actor_id": None,
                "source_actor_key": e.source_key, "target_actor_key": e.target_key, "place_id": pid,
                "event_date": e.event_date, "date_precision": e.date_precision, "date_text": e.date_text,
                "negated": e.negated, "status": e.status, "sentence": e.sentence,
                "char_start": e.char_start, "char_end": e.char_end, "confidence": e.confidence, **stamp,
            })
            roles = [(e.source_key, "source"), (e.target_key, "target")] + [(k, "participant") for k in e.participant_keys]
            seen: set[tuple[str, str]] = set()
            for key, role in roles:
                if key is None or (key, role) in seen:
                    continue
                seen.add((key, role))
                rows["event_actors"].append({"event_id": event_id, "actor_id": None, "actor_key": key,
                                             "role": role, "article_id": aid, **stamp})
    rows["places"] = list(places.values())
    return {t: _frame(t, r) for t, r in rows.items()}


def reject_row(run_id: str, stage: str, reason: str, detail: str, rejected_at, *, raw_path: str | None = None,
               raw_line: int | None = None, article_id: str | None = None) -> dict:
    """A `rejects` row; its id leaves out the run so re-running on the same bad input adds nothing."""
    return {
        "reject_id": stable_id(stage, raw_path, raw_line, article_id, reason, detail),
        "run_id": run_id, "stage": stage, "raw_path": raw_path, "raw_line": raw_line,
        "article_id": article_id, "reason": reason, "detail": detail, "rejected_at": rejected_at,
    }


def ingest_reject_row(run_id: str, reject: IngestReject, rejected_at) -> dict:
    return reject_row(run_id, "ingest", reject.reason, reject.detail, rejected_at,
                      raw_path=reject.raw_path, raw_line=reject.line)


def rejects_frame(rows: list[dict]) -> pd.DataFrame:
    frame = _frame("rejects", rows)
    return frame.drop_duplicates("reject_id") if rows else frame
