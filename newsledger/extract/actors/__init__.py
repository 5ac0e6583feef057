"""Actors of one article: named entities turned into persons, organisations, countries and
groups, merged within the article ("Putin" is "Vladimir Putin"), plus the places the article
names. The result is an `ActorIndex` (reference.py), which also answers "who is this token?"
for pronouns and descriptions.

The path, as `build_actors` below runs it, one module per stage:
1. `mentions`: candidate mentions (`RawMention`) from the NER's entities, trimmed to the name,
   relabelled by their words and frame and rid of what names no actor, plus sports teams and
   the names the NER missed, by the rules of the next three;
2. `persons`: person names cut to the name or found where the NER missed them (after a title,
   in lists and results), then bare surnames of people named in full and names grown over the
   pieces the NER cut off;
3. `organizations`: listed parties and bodies, names that are organisations by their words or
   frame and those the NER missed, then one sense per name within the article and names that
   keep their 's;
4. `states`: countries and capitals acting as their government as state actors, metonyms as
   organisations of their state ("the Kremlin"), demonyms as groups or their state, and names
   that are only places;
5. `headline_names`: names read in a headline, kept only as far as the article confirms them;
6. here: the mentions grouped into actors (persons by `persons.person_clusters`, which joins
   "Putin" to "Vladimir Putin"; the others by country or name, an acronym with the name it
   spells), each one's name, country, titles and pronoun, then descriptions ("the Ukrainian
   leader") and the country a person represents.
All of them read `lexicon` (the organisation lexicon, lexicon/organizations.toml, and where its
names stand) and `common` (the candidate mention and the word tests they share)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from newsledger.extract.actors.common import RawMention
from newsledger.extract.actors.headline_names import confirmed_in_title_case, unconfirmed_in_headline
from newsledger.extract.actors.lexicon import org_lexicon
from newsledger.extract.actors.mentions import raw_mentions
from newsledger.extract.actors.organizations import merge_acronyms, one_sense, possessive_names
from newsledger.extract.actors.persons import (first_name_pronoun, person_clusters, person_name_words, pronoun_taken,
                                               surname_mentions, whole_person_names)
from newsledger.extract.records import LocalActor, Mention
from newsledger.extract.reference import ActorIndex, is_subject
from newsledger.extract.teams import team_spans
from newsledger.extract.text import doc_text, fold


__all__ = ["build_actors", "org_lexicon"]


def build_actors(doc: Doc) -> ActorIndex:
    """Find, classify and merge the actors of one parsed article."""
    index = ActorIndex(doc)
    team_names = team_spans(doc, person_name_words(doc))
    teams = {i for lo, hi in team_names for i in range(lo, hi)}
    raw = raw_mentions(doc, index, team_names)
    extra = [m for m in surname_mentions(doc, raw) if not teams.intersection(range(m.start, m.end))]
    if extra:
        taken = {i for m in extra for i in range(m.start, m.end)}
        raw = [m for m in raw if not taken & set(range(m.start, m.end))] + extra
    raw = whole_person_names(doc, raw)
    one_sense(doc, raw)
    possessive_names(doc, raw)
    raw = [m for m in raw if m.kind == "country" or not unconfirmed_in_headline(doc, m)]
    raw = confirmed_in_title_case(doc, raw)
    for m in raw:
        if m.kind != "country" and _closing_abbreviation(doc, m.end):
            m.char_end -= 1  # 'Lear Corp.' ending a sentence: the period is the sentence's
            m.name = m.name.removesuffix(".")
    groups: list[tuple[str, list[RawMention]]] = []
    for cluster in person_clusters(doc, [m for m in raw if m.kind == "person"]):
        groups.append(("person", cluster))
    by_key: dict[tuple[str, str], list[RawMention]] = {}
    for m in raw:
        if m.kind == "person":
            continue
        key = m.country_code if m.kind == "country" else fold(m.name)
        by_key.setdefault((m.kind, key or fold(m.name)), []).append(m)
    merge_acronyms(by_key)
    groups.extend((kind, ms) for (kind, _), ms in by_key.items() if ms)
    groups.sort(key=lambda g: min(m.char_start for m in g[1]))
    for n, (kind, ms) in enumerate(groups):
        key = f"a{n}"
        ms.sort(key=lambda m: m.char_start)
        best = max(ms, key=lambda m: (not m.name.isupper() or kind == "organization",
                                      len(m.name.split()), len(m.name), -m.char_start))
        countries = Counter(m.country_code for m in ms if m.country_code)
        forms = sorted({m.name for m in ms} - {best.name})
        if kind != "country":
            forms = sorted({doc_text(doc)[m.char_start:m.char_end] for m in ms} - {best.name})
        titles = list(dict.fromkeys(m.role_title for m in ms if m.role_title))
        index.actors.append(LocalActor(
            key=key, name=best.name, actor_type=kind,
            country_code=countries.most_common(1)[0][0] if countries else None,
            aliases=forms, role_titles=titles,
        ))
        for m in ms:
            index.mentions.append(Mention(key, doc_text(doc)[m.char_start:m.char_end], m.char_start,
                                          m.char_end, m.role_title))
            for i in range(m.start, m.end):
                index.key_of_token[i] = key
            if kind == "person" and (takes := pronoun_taken(doc, m.start)):
                index.pronouns[key] = takes if index.pronouns.get(key, takes) == takes else None  # 'Mrs Hassan'
            head = doc[m.start:m.end].root
            if is_subject(head):
                index.subject_tokens.add(m.start)
        if kind == "person" and key not in index.pronouns and (takes := first_name_pronoun(best.name)):
            index.pronouns[key] = takes  # 'Maria Lopez': what a word before the name says goes first
    index.mentions.sort(key=lambda m: m.char_start)
    _add_descriptions(index)
    _countries_from_representation(index)
    return index


def _closing_abbreviation(doc: Doc, end: int) -> bool:
    """Whether the name ending at token `end` ends in an abbreviation whose period also ends a
    paragraph or headline ('... and Lear Corp.', '... analyst at McDonald & Co."' and a line
    break): one period does for both, and it is the sentence's, as after the spelled-out word.
    Inside a paragraph the period may be the name's alone ('First Albany Corp. "It is').
    A possessive after it ('Salomon Bros.' chief') keeps it in the name."""
    tok = doc[end - 1]
    if not (tok.text.endswith(".") and len(tok.text) > 2 and tok.text[:-1].isalpha()):
        return False
    nxt = end
    while nxt < len(doc) and doc[nxt].text in ('"', "”") and not doc[nxt - 1].whitespace_:
        nxt += 1
    return nxt == len(doc) or "\n" in doc[nxt - 1].whitespace_ + doc[nxt].text


def _countries_from_representation(index: ActorIndex) -> None:
    """'Russia will be represented by presidential aide X' / 'X, representing Russia': a person
    without a country of their own takes the country they represent."""
    for tok in index.doc:
        if tok.lemma_ != "represent":
            continue
        agents = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        pairs = [(a, s) for a in agents for s in subjects] + [(s, o) for s in subjects for o in objects]
        if tok.dep_ in ("acl", "advcl") and objects:
            pairs.append((tok.head, objects[0]))
        for person_tok, country_tok in pairs:
            if person_tok.i not in index.key_of_token or country_tok.i not in index.key_of_token:
                continue
            person = index.actor(index.key_of_token[person_tok.i])
            country = index.actor(index.key_of_token[country_tok.i])
            if person.actor_type == "person" and country.actor_type == "country" and not person.country_code:
                person.country_code = country.country_code


def _add_descriptions(index: ActorIndex) -> None:
    """Record 'the Ukrainian leader' as a mention of the person it describes."""
    doc = index.doc
    for tok in doc:
        if tok.i in index.key_of_token:
            continue
        key = index.description(tok)
        if key is None:
            continue
        lo = min(t.i for t in tok.subtree if t.i <= tok.i and t.dep_ in ("det", "amod", "compound") or t.i == tok.i)
        span = doc[lo:tok.i + 1]
        index.mentions.append(Mention(key, span.text, span.start_char, span.end_char, None))
        index.key_of_token[tok.i] = key
        if is_subject(tok):
            index.subject_tokens.add(tok.i)
    index.mentions.sort(key=lambda m: m.char_start)
