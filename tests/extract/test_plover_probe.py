"""PLOVER coverage: wire-style sentences for every event type and mode, each with the type PLOVER's
manual codes, and traps where an event word has another sense. The rates are floors for what an
analyst coding PLOVER sentences would see; every miss and every false event is printed by name,
but for a probe kept blind, whose misses are only counted.

Six probes: plover_probe.toml, which the rules were tuned against, and plover_probe_blind.toml to
plover_probe_blind5.toml, each written from the manual alone before its author read the rules,
whose first rates (below) were the estimates of held-out accuracy; they also name the source or
target actor where the sentence makes it obvious. The third is made of short articles as much as
sentences: half its items code an event in a 2nd or 3rd sentence whose actor is a pronoun, title,
description or demonym referring to a name given earlier. The rules have since been fixed against
the first three. The fourth (long wire sentences whose event sits in a subordinate clause, a
passive, a nominalisation or reported speech) is kept blind, but one helper saw some of its items
in session 16 (a failing run printed them). The fifth (2020s wire copy of mixed lengths, actors
worldwide, some referred back to in a second sentence), written in session 16 and measured once at
extractor 0.7.191, is kept blind and unseen: it is now the honest estimate of held-out accuracy. A
kept-blind probe's floors sit 0.02 under its first rates, no rule may be tuned against its
sentences, and its misses are counted, never printed."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from newsledger.extract import extract_articles
from newsledger.extract.records import ArticleExtraction, ArticleText, Event

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"
PUB = dt.datetime(2020, 3, 6)
# file -> floors (coded, traps clean, source/target right); measured with en_core_web_sm 3.8.0
FLOORS = {
    "plover_probe.toml": (0.85, 0.90, 0.0),  # 0.89 / 0.94 at extractor 0.7.101
    "plover_probe_blind.toml": (0.77, 0.95, 0.86),  # blind: 0.667 / 1.000 / 0.854 at 0.7.115, before any fix; 0.799 coded, 0.896 source/target after
    # second blind probe (longer wire sentences): 0.755 coded / 0.886 traps / 0.705 source/target at
    # 0.7.126, before any fix; 0.870 / 0.971 / 0.852 after
    "plover_probe_blind2.toml": (0.85, 0.95, 0.83),
    # third blind probe (short articles, actors referred back to by pronoun, title, description or
    # demonym; datelines, headlines, broadcasts, press releases): 0.738 coded / 0.833 traps / 0.454
    # source/target at 0.7.160, before any fix (0.617 source/target where the event is coded)
    "plover_probe_blind3.toml": (0.718, 0.813, 0.434),
    # fourth blind probe (long wire sentences: events in relative and participle clauses, passives
    # with a by-phrase, nominalisations, attribution; 25 items refer back): 0.750 coded / 0.850
    # traps / 0.506 source/target at 0.7.174 (0.664 source/target where the event is coded).
    # KEPT BLIND: no rule is tuned against it, so these first rates stay the held-out estimate
    "plover_probe_blind4.toml": (0.730, 0.830, 0.486),
    # fifth blind probe (2020s wire copy of mixed lengths: a third short ledes, a third medium, a
    # third long with the event in a subordinate or reported clause; 19 two-sentence items whose
    # actor is referred back to; actors mostly in Africa, Asia, Latin America, the Middle East and
    # Eastern Europe): 0.865 coded / 0.867 traps / 0.672 source/target at 0.7.191, its first rates.
    # KEPT BLIND: no rule is tuned against it, so these first rates stay the held-out estimate
    "plover_probe_blind5.toml": (0.845, 0.847, 0.652),
}
# their misses are counted, never printed, so no one reads their items
KEPT_BLIND = {"plover_probe_blind4.toml", "plover_probe_blind5.toml"}
_RUNS: dict[tuple[str, str], list[ArticleExtraction]] = {}


def _extract(nlp, name: str, kind: str) -> list[ArticleExtraction]:
    """Each probe's sentences (or traps) as one article each, extracted once per session."""
    if (name, kind) not in _RUNS:
        items = tomllib.loads((DATA / name).read_text()).get(kind, [])
        texts = [ArticleText(str(n), item["text"], PUB) for n, item in enumerate(items)]
        _RUNS[name, kind] = list(extract_articles(texts, nlp))
    return _RUNS[name, kind]


def _shown(name: str, lines: list[str]) -> list[str]:
    """The lines naming a probe's misses, or only their number for a probe kept blind."""
    return [f"({len(lines)} kept unread)"] if name in KEPT_BLIND and lines else lines


def _items(name: str, kind: str) -> list[dict]:
    return tomllib.loads((DATA / name).read_text()).get(kind, [])


def _typed(want: dict, ex: ArticleExtraction) -> list[Event]:
    return [e for e in ex.events if want["type"] in (e.event_type, e.plover_type)]


def _carries(ex: ArticleExtraction, key: str | None, name: str) -> bool:
    """Whether the actor `key` is called `name` anywhere in the article (name, alias or mention:
    'Britain' is the actor named United Kingdom)."""
    actor = next((a for a in ex.actors if a.key == key), None)
    if actor is None:
        return False
    names = [actor.name, *actor.aliases, *(m.text for m in ex.mentions if m.actor_key == key)]
    return any(name.casefold() in n.casefold() for n in names)


@pytest.mark.parametrize("name", FLOORS)
def test_sentences_are_coded_as_plover_codes_them(nlp, name: str) -> None:
    sentences = _items(name, "sentence")
    missed = [f"{want['type']}: {want['text']} -> {[(e.event_type, e.trigger) for e in ex.events]}"
              for want, ex in zip(sentences, _extract(nlp, name, "sentence")) if not _typed(want, ex)]
    rate = 1 - len(missed) / len(sentences)
    print(f"{name}: {len(sentences)} sentences, {rate:.3f} coded; missed:", *_shown(name, missed), sep="\n  ")
    assert rate >= FLOORS[name][0], "\n".join(_shown(name, missed))


@pytest.mark.parametrize("name", FLOORS)
def test_the_coded_event_has_the_named_source_and_target(nlp, name: str) -> None:
    checks, wrong = 0, []
    for want, ex in zip(_items(name, "sentence"), _extract(nlp, name, "sentence")):
        for role in ("source", "target"):
            if role not in want:
                continue
            checks += 1
            events = _typed(want, ex)
            if not any(_carries(ex, getattr(e, f"{role}_key"), want[role]) for e in events):
                names = {a.key: a.name for a in ex.actors}
                got = [(e.event_type, names.get(getattr(e, f"{role}_key"))) for e in events]
                wrong.append(f"{role} {want[role]}: {want['text']} -> {got}")
    if not checks:
        return
    rate = 1 - len(wrong) / checks
    print(f"{name}: {checks} source/target checks, {rate:.3f} right; wrong:", *_shown(name, wrong), sep="\n  ")
    assert rate >= FLOORS[name][2], "\n".join(_shown(name, wrong))


@pytest.mark.parametrize("name", FLOORS)
def test_other_senses_of_event_words_are_no_events(nlp, name: str) -> None:
    traps = _items(name, "trap")
    false = [f"{t['text']} -> {[(e.event_type, e.trigger) for e in ex.events]}"
             for t, ex in zip(traps, _extract(nlp, name, "trap")) if ex.events]
    rate = 1 - len(false) / len(traps)
    print(f"{name}: {len(traps)} traps, {rate:.3f} clean; events:", *_shown(name, false), sep="\n  ")
    assert rate >= FLOORS[name][1], "\n".join(_shown(name, false))
