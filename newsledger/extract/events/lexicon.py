"""The PLOVER lexicon (`newsledger/extract/lexicon/plover.toml`) as one frozen object, read
once per process: the event words, their guards and the word tables that the trigger, role and
date rules consult (the TOML's header says what each table means)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from newsledger.extract.lexicon import load


@dataclass(frozen=True)
class _Lex:
    verbs: dict[str, dict]
    nouns: dict[str, dict]
    light: frozenset[str]
    aspectual: frozenset[str]
    intent: frozenset[str]
    future: dict[str, str]
    threat_modes: dict[str, str]  # what a threat made in words threatens, by the act's type and mode
    verbal_types: frozenset[str]  # PLOVER's verbal quads: words, not deeds
    governing: frozenset[str]
    date_adverbs: frozenset[str]
    captives: frozenset[str]
    parties: frozenset[str]
    verbal_objects: frozenset[str]
    places: frozenset[str]
    lists: dict[str, frozenset[str]]  # every table with `lemmas`, by name, for `objects = "..."`


@cache
def lexicon() -> _Lex:
    """The PLOVER lexicon; read once."""
    lex = load("plover")
    return _Lex(lex["verbs"], lex["nouns"], frozenset(lex["light_verbs"]["lemmas"]),
                frozenset(lex["aspectual"]["lemmas"]), frozenset(lex["intent_nouns"]["lemmas"]),
                dict(lex["future"]), dict(lex["threat_modes"]), frozenset(lex["quads"]["verbal"]), frozenset(lex["governing"]["lemmas"]),
                frozenset(lex["date_adverbs"]["words"]), frozenset(lex["captives"]["lemmas"]),
                frozenset(lex["parties"]["lemmas"]), frozenset(lex["verbal_objects"]["lemmas"]),
                frozenset(lex["place_nouns"]["lemmas"]),
                {k: frozenset(v["lemmas"]) for k, v in lex.items() if isinstance(v, dict) and "lemmas" in v})


def noun_lemma(tok: Token) -> str:
    """A noun's lemma, also where the small model reads a capitalised plural opening a sentence
    as a name and leaves it whole ('Rebels shelled the town', 'Gunmen opened fire')."""
    if not (tok.pos_ == "PROPN" and tok.tag_ == "NNPS" and tok.is_sent_start):
        return tok.lemma_.lower()
    low = tok.lower_
    if low.endswith("men"):
        return low[:-3] + "man"
    if low.endswith("ies"):
        return low[:-3] + "y"
    return low.removesuffix("s")
