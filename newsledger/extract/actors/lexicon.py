"""The organisation lexicon (`newsledger/extract/lexicon/organizations.toml`) as one frozen
object, read once per process, and where its lists stand in a parsed article: a party's or a
listed body's name at a token, a listed phrase starting or ending at one, a competition's or a
document's name. Every stage of actor extraction reads it; `events.domain` too."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from spacy.tokens import Doc, Span

from newsledger.extract.lexicon import load
from newsledger.extract.text import doc_text, fold


S = TypeVar("S", str, tuple[str, ...])  # a name as written, or a form as its words


@dataclass(frozen=True)
class _OrgLex:
    suffixes: frozenset[str]
    prefixes: tuple[tuple[str, ...], ...]
    field_bodies: tuple[tuple[str, ...], ...]  # prefixes of bodies named by their fields ('ministry of')
    descriptors: tuple[tuple[str, ...], ...]
    staff_titles: tuple[tuple[str, ...], ...]
    media: tuple[tuple[str, ...], ...]  # descriptors of papers and broadcasters
    numbered: frozenset[str]  # words a broadcaster's number follows ('Radio 4')
    competitions: frozenset[str]
    documents: frozenset[str]  # last words of laws', treaties' and votes' names
    award_words: frozenset[str]
    index_words: frozenset[str]
    awards: frozenset[str]  # folded names
    products: frozenset[str]
    known: frozenset[str]  # folded names
    known_forms: dict[str, tuple[str, ...]]  # the same names as written by first letter, longest first
    known_names: dict[str, str]  # folded other form of a known name -> the name ('Houthi' -> 'Houthis')
    non_actors: frozenset[str]
    regions: frozenset[str]  # words of a body's name that make it no single state's, as written
    member_words: frozenset[str]  # last words of a body's name that make it one of states ('League of Arab States')
    traded: frozenset[str]  # lemmas of what is held in a firm ('shares in', 'a stake in')
    parties: dict[str, tuple[str, str | None]]  # folded form -> (party name, country)
    party_forms: dict[str, tuple[tuple[str, ...], ...]]  # forms as written by first word, longest first


@cache
def org_lexicon() -> _OrgLex:
    """The organisation lexicon; read once."""
    lex = load("organizations")

    def phrases(words: list[str], lower: bool = True) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted({tuple((p.lower() if lower else p).split()) for p in words}, key=len, reverse=True))
    parties = {fold(form): (name, entry.get("country"))
               for name, entry in lex["parties"].items() for form in entry["forms"]}
    forms = [form for entry in lex["parties"].values() for form in entry["forms"]]
    return _OrgLex(frozenset(w.lower() for w in lex["suffixes"]), phrases(lex["prefixes"]),
                   phrases(lex["field_bodies"]),
                   phrases(lex["descriptors"]), phrases(lex["staff_titles"]), phrases(lex["media"]),
                   frozenset(lex["numbered"]),
                   frozenset(lex["competitions"]), frozenset(lex["documents"]), frozenset(lex["award_words"]),
                   frozenset(lex["index_words"]),
                   frozenset(fold(n) for n in lex["awards"]), frozenset(lex["products"]),
                   frozenset(fold(n) for n in lex["known"]), _by_first(lex["known"]),
                   {fold(form): name for form, name in lex["known_names"].items()},
                   frozenset(fold(n) for n in lex["non_actors"]), frozenset(lex["regions"]),
                   frozenset(lex["member_words"]), frozenset(lex["traded"]),
                   parties, _by_first(phrases(forms, lower=False)))


def _by_first(forms: Sequence[S]) -> dict[str, tuple[S, ...]]:
    """Names (strings, by first letter) or forms (word tuples, by first word) grouped by how they
    start, longest first, so a lookup at each token of every article tries only those that can
    start there (trying them all was most of extraction's own time)."""
    groups: dict[str, list[S]] = {}
    for form in sorted(forms, key=len, reverse=True):
        groups.setdefault(form[0], []).append(form)
    return {first: tuple(group) for first, group in groups.items()}


def party_at(doc: Doc, i: int) -> int:
    """Length of a party's name written (with its capitals) at token i: 'Lib Dem', 'Tories'."""
    for words in org_lexicon().party_forms.get(doc[i].text, ()):
        if i + len(words) <= len(doc) and all(doc[i + k].text == w for k, w in enumerate(words[1:], 1)):
            return len(words)
    return 0


def known_at(doc: Doc, i: int) -> int:
    """Number of tokens of a listed body's name written as listed (capitals and all) from token
    i: 'G7', 'Agence France-Presse' (split by the tokenizer); 0 when none is."""
    text, start = doc_text(doc), doc[i].idx
    for form in org_lexicon().known_forms.get(text[start], ()):
        if text.startswith(form, start):
            end = start + len(form)
            j = i
            while j < len(doc) and doc[j].idx + len(doc[j]) < end:
                j += 1
            if j < len(doc) and doc[j].idx + len(doc[j]) == end:
                return j + 1 - i
    return 0


def phrase_at(doc: Doc, i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Length of the first listed phrase starting at token i (0 when none does)."""
    for words in phrases:
        if i + len(words) <= len(doc) and all(doc[i + k].lower_ == w for k, w in enumerate(words)):
            return len(words)
    return 0


def phrase_before(doc: Doc, end: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Length of the first listed phrase ending right before token `end` (0 when none does)."""
    for words in phrases:
        lo = end - len(words)
        if lo >= 0 and all(doc[lo + k].lower_ == w for k, w in enumerate(words)):
            return len(words)
    return 0


def competition(span: Span) -> bool:
    """'the Halvard Cup', 'the PGA Tour', 'the Oslo Accord', 'W L PCT GB': a competition, a
    document or a table's header, no actor."""
    words = [t.lower_ for t in span]
    lex = org_lexicon()
    if len(words) > 1 and (words[-1] in lex.competitions or words[-1] in lex.documents
                           or words[-2:] == ["grand", "prix"]):
        return True
    return len(span) >= 3 and all(t.is_upper and len(t) <= 3 for t in span)
