"""Actors of one article: named entities turned into persons, organisations, countries and
groups, merged within the article ("Putin" is "Vladimir Putin"), plus the places the article
names. The result is an `ActorIndex` (reference.py), which also answers "who is this token?"
for pronouns and descriptions."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from newsledger.extract import gazetteer
from newsledger.extract.actors.common import (PARTICLES, POSSESSIVE_TOKENS, RawMention, cap, cap_word, is_title_word,
                                              list_items, staff_frame, title_at, trim, trim_org)
from newsledger.extract.actors.lexicon import competition, known_at, org_lexicon, party_at, phrase_at, phrase_before
from newsledger.extract.actors.persons import (after_description, after_place_label, first_name_pronoun,
                                               given_name_first, given_name_pairs, initial_names, label_votes,
                                               listed_names, listed_people, person_clusters, person_in_frame,
                                               person_name_words, pronoun_taken, strip_person_titles, surname_mentions,
                                               titled_names, whole_person_names)
from newsledger.extract.headlines import headline_spans, outside
from newsledger.extract.lexicon import load
from newsledger.extract.records import LocalActor, Mention, Place
from newsledger.extract.reference import SUBJECT_DEPS, ActorIndex, is_subject
from newsledger.extract.resolve import acronym
from newsledger.extract.teams import dateline_spans, team_spans
from newsledger.extract.text import doc_text, fold, lemma_keys
from newsledger.extract.titles import lexicon as title_lexicon
from newsledger.extract.titles import title_before, title_in_appos, token_country


__all__ = ["build_actors", "org_lexicon"]


_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}  # the NER's labels that can make an actor


def _hyphened_country(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The whole of a hyphened country name or demonym the NER cut at its hyphen ('Guinea' of
    'Guinea-Bissau' is another country)."""
    def known(lo: int, hi: int) -> bool:
        text = doc[lo:hi].text
        return bool(gazetteer.country_code(text) or gazetteer.demonym_code(text))
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and known(start, end + 2):
        return start, end + 2
    if start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and known(start - 2, end):
        return start - 2, end
    return start, end


def _modifier_word(doc: Doc, start: int, end: int, person_words: set[str]) -> bool:
    """'the Hefce report', 'Oscar contenders': one capitalised word qualifying a lower-case noun
    names a body, award or brand, not a person, unless it is a word of a person named in full or
    the article also uses it alone as a person ('the Dole campaign' beside 'Dole said')."""
    tok = doc[start]
    if not (end - start == 1 and tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.is_lower
            and tok.head.pos_ == "NOUN") or fold(tok.text) in person_words:
        return False
    return not any(t.text == tok.text and t.ent_type_ == "PERSON" and t.dep_ != "compound" for t in doc)


def _common_word(doc: Doc, start: int, end: int) -> bool:
    """'Cinemas are ...', 'Digital TV ...': one word opening a sentence that the article also
    writes in lower case and never capitalised inside a sentence is a common word, no name;
    not a party's or a listed body's name ('Labour said', beside 'labour costs')."""
    tok = doc[start]
    if end - start != 1 or not tok.is_sent_start or not tok.is_alpha or tok.is_upper or party_at(doc, start) \
            or fold(tok.text) in org_lexicon().known:
        return False
    return any(t.text == tok.lower_ for t in doc) and not any(t.text == tok.text and not t.is_sent_start for t in doc)


def _qualifier_words(doc: Doc) -> set[str]:
    """'Indie band Razorlight', 'Media giant Viacom', 'Digital music downloads': folded words
    that open a sentence only to qualify the lower-case noun after them, one of them read by the
    tagger as a common noun or adjective, are capitalised only by their place; not when the
    noun is an office or a body through which a named owner acts ('Celtic manager Ana Ruiz',
    'Vibe president'), nor when the article also writes the word as a name of its own
    ('Apple said', 'shares in Apple')."""
    openers: dict[str, list[Token]] = {}
    alone = set()
    for tok in doc:
        if not tok.is_alpha or tok.is_upper or not tok.text[:1].isupper():
            continue
        if tok.is_sent_start and tok.dep_ in ("amod", "compound", "npadvmod") and tok.head.i > tok.i \
                and tok.head.is_lower:
            openers.setdefault(tok.text, []).append(tok)
        elif tok.is_sent_start or not cap(doc[tok.i - 1]) and not (tok.i + 1 < len(doc) and cap(doc[tok.i + 1])):
            alone.add(tok.text)
    return {fold(w) for w, toks in openers.items()
            if w not in alone and any(t.pos_ in ("ADJ", "NOUN") for t in toks)
            and not any(t.head.lower_ in title_lexicon().agents for t in toks)
            and not party_at(doc, toks[0].i) and fold(w) not in org_lexicon().known}


def _line_label(doc: Doc, start: int, end: int) -> bool:
    """'Attendance: 12,000', 'Scorers:': one word opening a line before a colon labels what
    follows."""
    return end - start == 1 and end < len(doc) and doc[end].text == ":" \
        and (start == 0 or "\n" in doc[start - 1].whitespace_ + doc[start - 1].text)


def _portfolio(doc: Doc, end: int) -> bool:
    """'Home Affairs' in 'Home Affairs spokesman Ana Ruiz': a name written before a title head
    and the title holder's name (whichever label the NER gave it) is part of the title."""
    return end + 1 < len(doc) and doc[end].lower_ in title_lexicon().heads and doc[end].is_lower \
        and doc[end + 1].ent_type_ in ("PERSON", "ORG") and doc[end + 1].ent_iob_ == "B"


def _inside_title(doc: Doc, start: int, end: int) -> bool:
    """'State' in 'Secretary of State' or 'Foreign Minister' tagged as an organisation."""
    lex = title_lexicon()
    for lo in range(max(0, start - 3), start + 1):
        for hi in range(end, min(len(doc), end + 2) + 1):
            if " ".join(t.lower_ for t in doc[lo:hi]) in lex.titles:
                return True
    return False


def _raw_mentions(doc: Doc, index: ActorIndex, team_names: list[tuple[int, int]]) -> list[RawMention]:
    """Mentions from the NER's entities and the rules that fix them; `team_names` are the token
    spans of sports teams' names, which no other reading takes."""
    lex = title_lexicon()
    out: list[RawMention] = []
    votes = label_votes(doc)
    person_words = person_name_words(doc)
    teams = {i for lo, hi in team_names for i in range(lo, hi)}
    datelines = dateline_spans(doc)
    places: set[str] = set()  # names a place noun frames somewhere ('the town of Bree')
    for ent in doc.ents:
        start, end = _hyphened_country(doc, *trim(doc, ent.start, ent.end))
        label = ent.label_
        if label in ("ORG", "PERSON") and any(lo <= ent.start_char < hi for lo, hi in datelines):
            label = "GPE"  # 'OSTRAVA 2001-05-04': the dateline names the place of writing
        if label in ("ORG", "PERSON", "NORP", "FAC") and start < end:
            start, end = trim_org(doc, start, end, months=label != "PERSON")
        if start >= end or teams.intersection(range(start, end)):
            continue
        if fold(doc[start:end].text) in org_lexicon().non_actors or _party_word_as_noun(doc, start, end) \
                or label in ("ORG", "PERSON") and _common_word(doc, start, end):
            continue
        listed = _listed_org(doc, start, end) if label != "GPE" or known_at(doc, start) == end - start else None
        if listed is None and (n := party_at(doc, start)) and start + n < end \
                and (label == "PERSON" or is_title_word(doc[start + n])):
            listed = _listed_org(doc, start, start + n)  # 'Lib Dem' in 'Lib Dem Home Affairs'
            start += n
            label = "PERSON"  # 'Labour MP Ana Ruiz' tagged as one organisation
        if listed is not None:
            out.append(listed)
            if listed.end == end:
                continue
        if label == "ORG" and (people := listed_people(doc, start, end)):
            out += [RawMention("person", doc[lo:hi].text, lo, hi, doc[lo:hi].start_char, doc[lo:hi].end_char)
                    for lo, hi in people]
            continue
        if label in ("ORG", "PERSON") and len(parts := list_items(doc, start, end)) > 1 and all(
                gazetteer.country_code(doc[lo:hi].text) for lo, hi in parts):
            label = "GPE"  # 'Niger and Nigeria' tagged as one organisation: each a country (below)
            for lo, hi in parts:
                _org_like(doc, doc[lo:hi], lo, hi, label, index, out)
            continue
        framed = label in ("PERSON", "ORG") and _org_named(doc, start, end, person_words)
        if framed or label == "PERSON" and _org_by_votes(doc[start:end], votes):
            label = "ORG"
        elif label in ("GPE", "NORP", "FAC") and _org_in_frame(doc, start, end, label, person_words):
            label = "ORG"
        elif label in ("ORG", "PERSON") and _place_in_frame(doc, start, end):
            label = "GPE"
            places.add(fold(doc[start:end].text))
        elif label == "ORG" and (person_in_frame(doc, start, end) or given_name_first(doc, start, end, votes)):
            label = "PERSON"
        elif label in ("PERSON", "ORG") and _city_after_preposition(doc, start, end) \
                or label == "PERSON" and _place_among_places(doc, start, end):
            label = "GPE"  # "an attack on Kyiv", "fighting in Kharkiv": the small model's PERSON
        elif label in ("PERSON", "ORG") and end - start == 1 and gazetteer.capital_code(doc[start].text) \
                and fold(doc[start].text) not in person_words and fold(doc[start].text) not in title_lexicon().given_names \
                and _speaks_for_state(doc[start]):
            label = "GPE"  # "Kyiv's appeal for air defence" read as a person's; not "Victoria's warning"
        elif label == "PERSON" and gazetteer.country_code(doc[start:end].text) \
                and fold(doc[start:end].text) not in person_words:
            label = "GPE"  # "against Sri Lanka": a country's name, unless a named person's ('Ana Jordan')
        elif label == "PERSON" and len(doc[start:end]) > 1 and gazetteer.demonym_code(doc[start:end].text):
            label = "NORP"  # "Bissau-Guinean soldiers"
        if label == "PERSON":
            start = after_description(doc, strip_person_titles(doc, after_place_label(doc, start, end), end), end)
            span = doc[start:end]
            if not any(t.text[:1].isupper() for t in span) or any(c.isdigit() for c in span.text) \
                    or len(span) > 1 and competition(span) or _numbered(ent):
                continue  # 'the Ulster Schools' Cup', 'Xbox 2' are no person
            if len(span) == 1 and (span[0].lower_ in lex.titles or span[0].lower_ in lex.honorifics
                                   or token_country(span[0]) or gazetteer.demonym_code(span[0].text)):
                continue
            if _portfolio(doc, end) or _modifier_word(doc, start, end, person_words) or _line_label(doc, start, end):
                continue
            title = title_before(doc, start) or title_in_appos(span)
            out.append(RawMention("person", span.text, start, end, span.start_char, span.end_char,
                                   title.text if title else None, title.country_code if title else None))
        elif label in ("ORG", "GPE", "NORP", "FAC", "LOC"):
            before = len(out)
            _org_like(doc, ent, start, end, label, index, out)
            for m in out[before:]:
                m.framed = framed
    for lo, hi in team_names:
        span = doc[lo:hi]
        out.append(RawMention("organization", span.text, lo, hi, span.start_char, span.end_char))
    taken = {i for ent in doc.ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)} | teams
    out += _untagged_capitals(doc, out, taken, index)
    out = _grown_of_names(doc, out + _more_org_mentions(doc, out, taken))
    extra = titled_names(doc, taken) + initial_names(doc)
    extra += listed_names(doc, out, taken | {i for m in extra for i in range(m.start, m.end)})
    extra += given_name_pairs(doc, taken | {i for m in extra for i in range(m.start, m.end)})
    extra = [m for m in extra if not teams.intersection(range(m.start, m.end))]
    if extra:
        covered = {i for m in extra for i in range(m.start, m.end)}
        out = [m for m in out if not covered & set(range(m.start, m.end))] + extra
    # a name framed as a place once is that place wherever the NER takes it for an actor
    # ('Bree is a town ... flew from Bree'), unless a person named in full bears it
    # ('BSE' is no actor, unless the article spells it out as one: 'the Bursa Stock Exchange (BSE)')
    spelled = {fold(acronym(m.name)) for m in out if m.kind == "organization" and len(m.name.split()) > 2}
    things = _thing_names(doc, person_words) | org_lexicon().non_actors - spelled | _qualifier_words(doc) \
        | places - person_words
    return [m for m in out if fold(doc[m.start:m.end].text) not in things
            and doc[m.end - 1].lower_ not in org_lexicon().award_words and not _names_index(doc, m.end)]


def _numbered(ent: Span) -> bool:
    """A name with a number after it, in one entity: a product or a model ('Xbox 2', 'Halo 2'),
    not a person ('Ann Lee, 31' keeps its comma)."""
    return len(ent) > 1 and ent[-1].text.isdigit() and not ent[-2].is_punct


def _names_index(doc: Doc, end: int) -> bool:
    """'the Dorvel composite index', 'the Halvard 100 index', 'the Ames Lind industrial average
    fell': the name ending at token `end` is a market index's, past numbers and lower-case
    qualifiers, and the index word heads its phrase ('the Halvex average salary' is a firm's);
    a name ending in an organisation word keeps the body ('the Ostrava Stock Exchange index')."""
    words = org_lexicon().index_words
    if doc[end - 1].lower_ in org_lexicon().suffixes:
        return False
    k = end
    while k < len(doc) and (doc[k].like_num or doc[k].is_lower and doc[k].pos_ == "ADJ") and doc[k].lower_ not in words:
        k += 1
    return k < len(doc) and doc[k].lower_ in words and doc[k].is_lower \
        and not (k + 1 < len(doc) and doc[k + 1].pos_ in ("NOUN", "PROPN") and doc[k + 1].lower_ not in words)


def _grown_of_names(doc: Doc, out: list[RawMention]) -> list[RawMention]:
    """'Halvex Mines of South Africa Ltd', 'First of Ostrava Corp.': a company name the NER
    starts at a place's name after 'of' takes in the proper nouns before the 'of' (no title:
    'Chairman of Ostrava Holdings'; no quantity: 'Many of Ostrava United's fans'); what the NER
    made of those words goes."""
    suffixes = org_lexicon().suffixes
    lex = title_lexicon()
    for m in out:
        if m.kind != "organization" or m.start < 2 or doc[m.start - 1].lower_ != "of" \
                or doc[m.end - 1].lower_ not in suffixes or m.end - m.start < 2:
            continue
        place = doc[m.start:m.end - 1].text
        if not (gazetteer.country_code(place) or gazetteer.lookup_place(place)):
            continue
        k = m.start - 2
        while k >= 0 and cap_word(doc[k]) and doc[k].pos_ == "PROPN" and doc[k].lower_ not in lex.heads \
                and not is_title_word(doc[k]):
            k -= 1
        if k + 1 < m.start - 1 and not (k >= 0 and cap(doc[k])):
            span = doc[k + 1:m.end]
            m.start, m.char_start, m.name, m.country_code = k + 1, span.start_char, span.text, None
    for m in out:
        if m.kind == "organization" and (end := _spelled_to(doc, m.start, m.end)) > m.end:
            span = doc[m.start:end]
            m.end, m.char_end, m.name = end, span.end_char, span.text
    grown = [m for m in out if m.kind == "organization"]
    return [m for m in out if not any(o is not m and o.start <= m.start and m.end <= o.end
                                      and o.end - o.start > m.end - m.start for o in grown)]


_LINKS = frozenset({"of", "in", "and", "for", "the", "on"})


def _spelled_to(doc: Doc, start: int, end: int) -> int:
    """Where a name the NER cut before 'in', 'of' or 'and' ends when the acronym in parentheses
    after the longer name spells it to its last word and the shorter one does not: 'the Union for
    Peace and Renewal in Ostrava (UPRO)', 'the U.N. Mission in Ostrava (UNMO)'."""
    j = end
    while j < len(doc) and (doc[j].lower_ in _LINKS and doc[j].is_lower or cap(doc[j])):
        j += 1
    if j == end or j + 2 >= len(doc) or doc[j].text != "(" or doc[j + 2].text != ")" \
            or not (doc[j + 1].is_upper and doc[j + 1].is_alpha and 3 <= len(doc[j + 1]) <= 8) or not cap(doc[j - 1]):
        return end
    letters = doc[j + 1].text

    def initials(lo: int, hi: int) -> list[str]:
        return [t.text.replace(".", "") if t.is_upper else t.text[0].upper() for t in doc[lo:hi]]

    def spells(parts: list[str]) -> bool:
        rest = letters
        for part in parts:
            if rest.startswith(part):
                rest = rest[len(part):]
        return not rest and letters.startswith(parts[0]) and letters.endswith(parts[-1])
    return j if spells(initials(start, j)) and not spells(initials(start, end)) else end


_NAMING_VERBS = {"called", "named", "dubbed", "codenamed", "code-named"}


def _thing_names(doc: Doc, person_words: set[str]) -> set[str]:
    """Folded names the article gives things, not actors, wherever they stand: a name a
    product noun frames ('its product Vexol', 'the program FileSwap', 'a system called Lexi'),
    an acronym of lower-case words ('radio tag (RT)'), a prize ('the best film Oscar'), unless
    the name is a word of a person the article names in full."""
    lex = org_lexicon()
    out = {n for n in lex.awards if n not in person_words}
    for tok in doc[1:]:
        if not cap(tok) or cap(doc[tok.i - 1]):
            continue
        prev = doc[tok.i - 1]
        noun = prev.head if prev.lower_ in _NAMING_VERBS and prev.head.i < prev.i else prev
        name = _name_at(doc, tok.i)
        if noun.lower_ in lex.products and noun.is_lower and noun.pos_ == "NOUN" \
                and (noun is not prev or name.root.head.i == noun.i or noun.head.i == name.root.i
                     or noun.i > 0 and doc[noun.i - 1].dep_ in ("det", "poss")):
            out.add(fold(name.text))
        elif prev.text == "(" and tok.is_upper and tok.is_alpha and _lower_expansion(doc, tok):
            out.add(fold(tok.text))
    return out - person_words


def _name_at(doc: Doc, i: int) -> Span:
    """The entity token i opens, else the run of capitalised words from it."""
    if doc[i].ent_iob_ == "B":
        return next(e for e in doc.ents if e.start == i)
    j = i + 1
    while j < len(doc) and cap(doc[j]):
        j += 1
    return doc[i:j]


def _lower_expansion(doc: Doc, tok: Token) -> bool:
    """'radio frequency ID (RFID)': the words before the parenthesis spell the acronym from
    their initials (a word in capitals counting whole) and the first is lower-case, so the
    acronym names a thing, not a body ('Green Unity Party (GUP)'); a lower-case function word
    inside may give its letter or not ('Union of Rail Workers (URW)'), and none opens the words."""
    for n in range(2, 2 * len(tok) + 1):
        words = doc[max(0, tok.i - 1 - n):tok.i - 1]
        if len(words) < n or not all(w.is_alpha for w in words):
            break
        if words[0].is_stop and words[0].is_lower:
            continue
        full = "".join(w.text if w.is_upper else w.text[0] for w in words)
        content = "".join(w.text if w.is_upper else w.text[0] for w in words if not (w.is_stop and w.is_lower))
        if tok.text in (full.upper(), content.upper()):
            return words[0].is_lower
    return False


_TITLE_HEADS_AFTER = {"minister", "secretary", "commissioner", "undersecretary"}


def _party_word_as_noun(doc: Doc, start: int, end: int) -> bool:
    """'Labour costs rose': a one-word party name opening a sentence before a lower-case noun
    that is no title ('Labour leader') is a common word."""
    return (end - start == 1 and party_at(doc, start) == 1 and doc[start].is_sent_start and end < len(doc)
            and doc[end].tag_ in ("NN", "NNS") and doc[end].is_lower and doc[end].lower_ not in title_lexicon().heads)


def _listed_org(doc: Doc, start: int, end: int) -> RawMention | None:
    """A party (under its one name: 'the Tories' is the Conservative Party) or a known agency or
    body, whatever label the NER gave it."""
    span = doc[start:end]
    lex = org_lexicon()
    key = fold(span.text)
    if key in lex.parties:
        return _party_mention(doc, start, end)
    if key in lex.known:
        return RawMention("organization", _known_name(span.text), start, end, span.start_char, span.end_char)
    return None


def _known_name(written: str) -> str:
    """The name a listed body's actor goes by, whichever listed form was written ('Houthi' ->
    'Houthis', organizations.toml [known_names])."""
    return org_lexicon().known_names.get(fold(written), written)


def _party_mention(doc: Doc, start: int, end: int) -> RawMention | None:
    """The party a listed form names, read with the capitalised words the NER left before it:
    'Liberal Democrats' tagged as 'Democrats' is the party that longer form lists, and a form
    after a demonym or country other than the party's own ('English Democrats' beside the US
    party) names some other party ('Scottish Labour' is still Labour)."""
    parties = org_lexicon().parties
    start = next((lo for lo in range(max(0, start - 3), start)
                  if fold(doc[lo:end].text) in parties and cap(doc[lo])), start)
    name, country = parties[fold(doc[start:end].text)]
    before = doc[start - 1] if start > 0 and not doc[start].is_sent_start else None
    if before is not None and cap(before) and country \
            and (gazetteer.demonym_code(before.text) or gazetteer.country_code(before.text) or country) != country:
        return None
    span = doc[start:end]
    return RawMention("organization", name, start, end, span.start_char, span.end_char, None, country)


def _org_by_votes(span: Span, votes: dict[str, Counter]) -> bool:
    """A name the NER called a person that the article calls an organisation more often than a
    person, or that starts with such a name ('Halvard Cables')."""
    words = fold(span.text).split()
    vote = votes.get(" ".join(words), Counter())
    if vote["ORG"] > vote["PERSON"]:
        return True
    if len(words) > 1 and not vote["PERSON"] > 1:
        for k in range(len(words) - 1, 0, -1):
            head = votes.get(" ".join(words[:k]), Counter())
            if head["ORG"] >= 2 and not head["PERSON"]:
                return True
    return False


def _org_named(doc: Doc, start: int, end: int, person_words: set[str]) -> bool:
    """A name the NER called a person that its words or frame make an organisation: it ends or
    starts with an organisation word ('Halvard Industries', 'Bank of Ostrava'), a single word
    stands before a staff title or a possessive and a named person, or an organisation or
    media noun describes it."""
    lex = org_lexicon()
    span = doc[start:end]
    if len(span) > 1 and (span[-1].lower_ in lex.suffixes or phrase_at(doc, start, lex.prefixes)):
        return True
    words = fold(span.text).split()
    if len(span) == 1 and words and words[0] not in person_words:
        tok = span[0]
        if tok.tag_ == "NNPS":
            return True  # a plural name is a team or a body, not one person ('the Harbour Hawks')
        if tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 6 and any(t.is_lower for t in tok.sent):
            return True  # an acronym in running text ('the GUP said') is no person's name
        if staff_frame(doc, end):
            return True
        if phrase_at(doc, end, lex.descriptors) or phrase_before(doc, start, lex.descriptors):
            return True
    elif phrase_at(doc, end, lex.media) or phrase_before(doc, start, lex.media):
        return True  # 'the news weekly Die Runde', 'Zorva Dnes daily said': a paper's name
    return _described(doc, span)


def _described(doc: Doc, span: Span) -> bool:
    """A name whose appositive is an organisation noun ('Dorvel, the first foreign company to
    list'), that is one's appositive ('an electronics firm, Dorvel Lind') or that an
    organisation noun qualifies ('the weekly Die Runde', 'Zorva Dnes daily said'): the
    descriptor and the name must be linked in the parse, not just adjacent."""
    heads = {p[-1] for p in org_lexicon().descriptors}
    root = span.root
    linked = [c for c in root.children if c.dep_ == "appos" or c.dep_ in ("amod", "compound", "nmod") and c.i < span.start]
    if root.dep_ == "compound" and root.head.i == span.end or root.dep_ == "appos" and root.head.i < span.start:
        linked.append(root.head)  # 'Dorvel daily', 'an electronics firm, Dorvel Lind,
    return any(t.lower_ in heads and t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in linked)


def _org_in_frame(doc: Doc, start: int, end: int, label: str, person_words: set[str]) -> bool:
    """A place or nationality word the NER saw where an organisation stands: 'Ostrava coach Ian
    Moor' (a team), 'the Zorva news agency'. Countries and demonyms keep their own reading."""
    text = doc[start:end].text
    if end - start != 1 or fold(text) in person_words or gazetteer.country_code(text) \
            or gazetteer.demonym_code(text) or gazetteer.metonym_code(text):
        return False
    if label == "GPE":
        return staff_frame(doc, end, possessive=False)
    if doc[start].pos_ == "ADJ":
        return False  # 'a European group nine qualifier'
    return bool(phrase_at(doc, end, org_lexicon().descriptors)) or staff_frame(doc, end)


_PLACE_NOUNS = {"city", "town", "village", "island", "province", "region", "district", "county",
                "capital", "port", "enclave", "valley", "settlement", "outskirts", "suburbs"}
_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
_DISTANCES = {"km", "kms", "kilometres", "kilometers", "miles"}


def _place_in_frame(doc: Doc, start: int, end: int) -> bool:
    """A name the NER called an organisation or a person that a place noun or a bearing frames:
    'the town of Ostrava', 'the capital Ostrava', 'the Ostrava region', 'Ostrava is a town',
    'Ostrava, a mining town', 'east of Ostrava', 'within 10 km (six miles) of Ostrava', 'Ostrava,
    30 km from the border'."""
    if any(t.lower_ in org_lexicon().suffixes for t in doc[start:end]):
        return False
    before = [t.lower_ for t in doc[max(0, start - 6):start]]
    if before[-1:] == ["capital"] or before[-2:-1] and before[-2] in _PLACE_NOUNS | _COMPASS and before[-1] == "of":
        return True
    if before[-1:] == ["of"] and _DISTANCES & set(before):
        return True
    after = [t.lower_ for t in doc[end:end + 3]]
    if len(after) == 3 and after[0] == "," and doc[end + 1].like_num and after[2] in _DISTANCES:
        return True
    root = doc[start:end].root
    said = [c for c in root.head.children if c.dep_ == "attr"] if root.dep_ == "nsubj" and root.head.lemma_ == "be" else []
    if any(c.text in _PLACE_NOUNS for c in said + [c for c in root.children if c.dep_ == "appos"]):
        return True
    return end < len(doc) and doc[end].lower_ in _PLACE_NOUNS and doc[end].is_lower


_LOCATIVE = frozenset({"in", "near", "outside", "into", "across", "around"})
_TOWARDS = frozenset({"on", "to", "from"})


def _city_after_preposition(doc: Doc, start: int, end: int) -> bool:
    """A one-word name the NER called a person or organisation that the gazetteer knows as a
    city, after a preposition of place ('in Kharkiv'), or a capital after one of direction ('an
    attack on Kyiv', 'flew to Kyiv')."""
    if end - start != 1 or start == 0 or doc[start - 1].dep_ != "prep" or (
            end < len(doc) and doc[end].text in POSSESSIVE_TOKENS):
        return False  # "in Andersen's hometown" names a person
    place = gazetteer.lookup_place(doc[start].text)
    if place is None or place.place_type != "city":
        return False
    prep = doc[start - 1].lower_
    return prep in _LOCATIVE or prep in _TOWARDS and gazetteer.capital_code(doc[start].text) is not None


def _place_among_places(doc: Doc, start: int, end: int) -> bool:
    """'Omsk, Perm and Kursk', 'London, Birmingham and Glasgow': a one-word name the NER called
    a person that the gazetteer knows as a place, listed with more places than people, is a
    place (not a town's name in a line-up of surnames)."""
    tok = doc[start]
    if end - start != 1 or gazetteer.lookup_place(tok.text) is None:
        return False
    kinds = Counter(c.ent_type_ for c in tok.conjuncts)
    return kinds["GPE"] + kinds["LOC"] > kinds["PERSON"]


def _more_org_mentions(doc: Doc, raw: list[RawMention], persons: set[int]) -> list[RawMention]:
    """Organisation mentions the NER missed: the acronym after or before a full name ('Green
    Unity Party (GUP)', 'the GUP (Green Unity Party)'), names ending in an organisation word it
    did not tag ('Dow Widget Co'), and later uses of a name, its acronym or the first name of a
    firm 'Dorvel & Lind' the article already gave an organisation ('GUP said ...', 'Dorvel
    said')."""
    lex = org_lexicon()
    used = set(persons) | {i for m in raw for i in range(m.start, m.end)}
    out: list[RawMention] = []

    def add(name: str, lo: int, hi: int, country: str | None) -> None:
        span = doc[lo:hi]
        out.append(RawMention("organization", name, lo, hi, span.start_char, span.end_char, None, country))
        used.update(range(lo, hi))

    orgs = [m for m in raw if m.kind == "organization"]
    for m in orgs:
        i = m.end
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and i + 1 not in used:
            acr = doc[i + 1]
            if acr.is_upper and acr.is_alpha and 2 <= len(acr) <= 8:
                add(m.name, i + 1, i + 2, m.country_code)
        # the acronym first and the name it spells in parentheses: 'the FMC (Federal Mining Council)'
        if m.start >= 2 and i < len(doc) and doc[m.start - 1].text == "(" and doc[i].text == ")" \
                and m.start - 2 not in used and doc[m.start - 2].text == acronym(m.name):
            add(m.name, m.start - 2, m.start - 1, m.country_code)
    # Capitalised runs ending in an organisation word: "the Dow Widget Co", "Lisk Holdings".
    i = 0
    while i < len(doc):
        if i in used or not cap(doc[i]) or doc[i].lower_ == "the":
            i += 1
            continue
        j = i
        while j < len(doc) and j not in used and (cap(doc[j]) or doc[j].text in ("&", "of", "and")
                                                 and j + 1 < len(doc) and cap(doc[j + 1])):
            j += 1
        hi = j if not competition(doc[i:j]) else i  # not 'Consumer Electronics' of its Show
        while hi - i > 1 and doc[hi - 1].lower_ not in lex.suffixes:
            hi -= 1
        span = doc[i:hi]
        if hi - i > 1 and doc[hi - 1].lower_ in lex.suffixes and not all(t.is_upper for t in span) \
                and not gazetteer.lookup_place(span.text):
            country = next((c for t in span if (c := token_country(t))), None)
            add(span.text, i, hi, country)
        i = max(j, i + 1)
    # An untagged word before a staff title and a person ("Halvard spokesman Ian Moor") or next
    # to a word saying what it is ("the news agency Halvard reported").
    tlex = title_lexicon()
    for tok in doc[:-1]:
        if tok.i in used or not cap(tok) or tok.pos_ != "PROPN" or (tok.i > 0 and cap(doc[tok.i - 1])):
            continue
        low = tok.lower_
        if low in tlex.titles or low in tlex.modifiers or title_at(doc, tok.i) or token_country(tok) \
                or gazetteer.metonym_code(tok.text):
            continue  # 'Vice' of 'Vice President Ana Ruiz' is no organisation
        described = not tok.ent_type_ and len(tok) > 1 and not cap(doc[tok.i + 1]) \
            and (phrase_at(doc, tok.i + 1, lex.descriptors) or phrase_before(doc, tok.i, lex.descriptors))
        if (described or staff_frame(doc, tok.i + 1, possessive=False)) and fold(tok.text) not in person_name_words(doc):
            add(tok.text, tok.i, tok.i + 1, None)
    # Acronyms in running text the NER left untagged: "the KDP said", "DNIB issued a bond".
    for tok in doc:
        if tok.i not in used and _acronym(doc, tok):
            add(tok.text, tok.i, tok.i + 1, None)
    # Party names the NER left untagged: "the Lib Dems", "Tory".
    for tok in doc:
        n = party_at(doc, tok.i)
        if n and not used & set(range(tok.i, tok.i + n)) and not _party_word_as_noun(doc, tok.i, tok.i + n):
            party = _listed_org(doc, tok.i, tok.i + n)
            if party is not None:
                add(party.name, tok.i, tok.i + n, party.country_code)
    # Listed bodies the NER left untagged or gave a label that makes no actor: "Leaders of the G7 met".
    for tok in doc:
        n = known_at(doc, tok.i)
        if n and not used & set(range(tok.i, tok.i + n)) and _stands_as_known(doc, tok.i, tok.i + n):
            add(_known_name(doc[tok.i:tok.i + n].text), tok.i, tok.i + n, None)
    # Later uses of an organisation's name or acronym.
    forms: dict[tuple[str, ...], RawMention] = {}
    for m in orgs + out:
        toks = tuple(t.text for t in doc[m.start:m.end])
        if len(toks) > 1 or toks[0].isupper() and len(toks[0]) >= 2 or len(toks[0]) >= 4 and toks[0][0].isupper():
            if not (gazetteer.demonym_code(m.name) or gazetteer.lookup_place(doc[m.start:m.end].text)):
                forms.setdefault(toks, m)
        if len(toks) > 2 and toks[1] == "&" and cap(doc[m.start]):
            forms.setdefault(toks[:1], m)  # 'Dorvel' for 'Dorvel & Lind'
    for toks, m in sorted(forms.items(), key=lambda kv: -len(kv[0])):
        n = len(toks)
        for i in range(len(doc) - n + 1):
            if doc[i].text != toks[0] or any(k in used for k in range(i, i + n)):
                continue
            if tuple(t.text for t in doc[i:i + n]) != toks:
                continue
            if i > 0 and cap(doc[i - 1]) and not doc[i].is_sent_start:
                continue
            if i + n < len(doc) and cap(doc[i + n]) or _party_word_as_noun(doc, i, i + n):
                continue
            add(m.name, i, i + n, m.country_code)
    return out


def _stands_as_known(doc: Doc, start: int, end: int) -> bool:
    """A listed name found by its letters stands for the body only on its own: not inside a
    longer capitalised name ('the FIFA World Cup', 'BBC Radio'; 'The G8 summit' is one), not in a capitals headline or
    table, not a person's name in the article ('Bloomberg' of a named Ana Bloomberg), not an
    entity the NER gave a label this module reads (that reading stands), and when it is also a
    common word ('WHO') not at a sentence's start."""
    before, after = doc[start - 1] if start > 0 else None, doc[end] if end < len(doc) else None
    if before is not None and cap(before) and before.lower_ not in STOP_WORDS and not doc[start].is_sent_start \
            or after is not None and cap(after):
        return False
    near = doc[max(0, start - 3):end + 3]
    if sum(t.is_lower and t.is_alpha for t in near) < 2 or doc[start].ent_type_ in _ACTOR_LABELS:
        return False
    key = fold(doc[start:end].text)
    return key not in person_name_words(doc) and not (key in STOP_WORDS and doc[start].is_sent_start)


_ROMAN = re.compile(r"^[IVXLC]+$")


def _acronym(doc: Doc, tok: Token) -> bool:
    """An untagged word of three to five capitals among lower-case words (not in a capitals
    headline or table) that is no currency ('FIM'), country code, numeral or listed
    non-actor ('GDP', 'CEO')."""
    if not (tok.is_upper and tok.is_alpha and 3 <= len(tok) <= 5) or tok.ent_type_ or _ROMAN.match(tok.text) \
            or tok.lower_ in STOP_WORDS \
            or tok.i + 1 < len(doc) and cap(doc[tok.i + 1]):
        return False  # 'NSW Treasury': part of a longer name
    near = doc[max(0, tok.i - 3):tok.i + 4]
    if any(t.is_upper and t.is_alpha and len(t) > 1 and t.i != tok.i for t in near) \
            or sum(t.is_lower and t.is_alpha for t in near) < 2:
        return False
    return fold(tok.text) not in org_lexicon().non_actors and not gazetteer.country_code(tok.text) \
        and not gazetteer.currency(tok.text)


def _untagged_capitals(doc: Doc, raw: list[RawMention], taken: set[int], index: ActorIndex) -> list[RawMention]:
    """A country's name or a demonym the NER left untagged ('Nigeria signed an agreement with
    Ghana', 'Somali troops retook the town': the small model often misses them opening a
    sentence), and a capital acting as its government ('Kyiv asked its allies for air defence';
    the model predates that spelling), as tagged ones are; not a word that is also a given name
    ('Victoria said') or a name of a person in the article, nor a word of a longer name
    ('Nigeria Labour Congress')."""
    used = taken | {i for m in raw for i in range(m.start, m.end)}
    given, person_words = title_lexicon().given_names, person_name_words(doc)
    out: list[RawMention] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.i in used or tok.ent_type_ or not cap(tok) or fold(tok.text) in given or fold(tok.text) in person_words:
            i += 1
            continue
        end = next((e for e in (i + 3, i + 2) if e <= len(doc) and not any(t.i in used or t.ent_type_ for t in doc[i:e])
                    and (gazetteer.country_code(doc[i:e].text) or gazetteer.demonym_code(doc[i:e].text))), i + 1)
        span = doc[i:end]
        code = gazetteer.country_code(span.text)
        if code and span.root.dep_ != "compound" and not (end < len(doc) and cap(doc[end])):
            out.append(RawMention("country", gazetteer.country_name(code), i, end, span.start_char, span.end_char,
                                   None, code))
        elif end == i + 1 and (code := gazetteer.capital_code(tok.text)) and (tok.dep_ in SUBJECT_DEPS or _speaks_for_state(tok)):
            out.append(RawMention("country", gazetteer.country_name(code), tok.i, tok.i + 1, tok.idx,
                                   tok.idx + len(tok), None, code))
        elif gazetteer.demonym_code(span.text) and not (i and cap(doc[i - 1]) and not tok.is_sent_start):
            _org_like(doc, span, i, end, "NORP", index, out)  # not 'Korean' in 'North Korean'
        i = end
    return out


def _aimed(act: Token, prepositions: frozenset[str] = frozenset({"on", "at", "to"})) -> bool:
    """The act names whom it is aimed at by an on-, at- or to-phrase (or one of `prepositions`: 'a
    strike on rebel camps', 'aid to Nepal'), not a date ('a strike on Monday')."""
    return any(p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME") for c in act.children
               if c.dep_ == "prep" and c.lower_ in prepositions for p in c.children)


def _modified_noun(doc: Doc, start: int, end: int) -> Token | None:
    """The noun a demonym modifies, with at most two words of its phrase between them ('Russian
    troops', 'Israeli security forces', 'Kenyan riot police', 'Chinese coast guard vessels');
    None when the demonym heads its phrase or modifies something further off."""
    head = doc[end - 1].head
    while head.dep_ == "compound" and head.head.i > head.i:  # 'Kenyan' parsed onto 'riot' of 'riot police'
        head = head.head
    if not end <= head.i <= end + 2 or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return head if all(head in t.ancestors and t.dep_ != "punct" for t in doc[end:head.i]) else None


def _org_like(doc: Doc, ent: Span, start: int, end: int, label: str, index: ActorIndex,
              out: list[RawMention]) -> None:
    lex = title_lexicon()
    span = doc[start:end]
    text = span.text
    if label in ("ORG", "GPE") and gazetteer.demonym_code(text) and not gazetteer.country_code(text):
        label = "NORP"  # "summoned the Ugandan ambassador" tagged ORG: a demonym, no organisation
    metonym = gazetteer.metonym_code(text)
    if metonym:
        out.append(RawMention("organization", text, start, end, span.start_char, span.end_char,
                               None, metonym))
        return
    if label in ("GPE", "ORG", "LOC"):
        code = gazetteer.country_code(text)
        if code and label != "LOC":
            out.append(RawMention("country", gazetteer.country_name(code), start, end,
                                   span.start_char, span.end_char, None, code))
            place = gazetteer.lookup_place(text)
            if place:
                for i in range(start, end):
                    index.places[i] = place
            return
    if label in ("GPE", "LOC", "FAC"):
        place = gazetteer.lookup_place(text)  # a FAC too: the model tags some cities so ("shelled Kharkiv")
        capital, body = gazetteer.capital_code(text), gazetteer.body_of_capital(text)
        if (capital or body) and (span.root.dep_ in SUBJECT_DEPS or _addressed_by_words(span.root)
                                  or _owns_state_act(span.root)
                                  or span.root.dep_ == "pobj" and span.root.head.dep_ == "agent"):
            # "Moscow denied ...", "urged Beijing to ...", "was condemned by Washington", "Washington's
            # curbs on chip sales": a capital acting or addressed is its government (or the body it
            # stands for: "Brussels warned Rome").
            out.append(RawMention("country", gazetteer.country_name(capital), start, end,
                                   span.start_char, span.end_char, None, capital) if capital else
                       RawMention("organization", body, start, end, span.start_char, span.end_char, None, None))
            return
        if place is None and label == "GPE" and fold(text) not in org_lexicon().known:
            place = Place(text, "region", None)  # not "the G7 meeting": a known body is no place
        if place is not None:
            for i in range(start, end):
                index.places[i] = place
        return
    if label == "NORP":
        code = gazetteer.demonym_code(text)
        nxt = doc[end] if end < len(doc) else None
        # "according to Chinese government figures": the government, the nearest collective
        head = nxt if nxt is not None and nxt.lower_ in lex.collectives else _modified_noun(doc, start, end)
        if head is not None and (named := fold(doc[start:head.i].text)) and (
                named in org_lexicon().known or named in org_lexicon().parties):
            head = None  # "Democratic party officials": the party is the actor, not its officials
        if head is not None and head.lower_ in lex.collectives:
            group = doc[start:head.i + 1]
            if any(t.dep_ == "conj" and start <= t.head.i < end for t in doc[end:head.i]):
                # "Colombian and Peruvian soldiers": two groups; the first is written as its demonym alone
                out.append(RawMention(lex.collectives[head.lower_], f"{text} {head.text}", start, end,
                                       span.start_char, span.end_char, None, code))
            else:
                out.append(RawMention(lex.collectives[head.lower_], group.text, start, head.i + 1,
                                       group.start_char, group.end_char, None, code))
        elif head is not None and code and (any(k in lex.state_kit for k in lemma_keys(head))
                                            or head.lemma_.lower() in lex.aimed_kit and _aimed(head)):
            kit = doc[start:head.i + 1]
            out.append(RawMention("country", gazetteer.country_name(code), start, head.i + 1,
                                   kit.start_char, kit.end_char, None, code))
        elif head is not None and code and any(k in lex.state_officials for k in lemma_keys(head)):
            # "the Nigerian ambassador": the demonym alone names the state, so that a person the
            # article names in the office is still who the official is (`ActorIndex.state_official`)
            out.append(RawMention("country", gazetteer.country_name(code), start, end,
                                   span.start_char, span.end_char, None, code))
        elif span.root.pos_ in ("NOUN", "PROPN") and span.root.tag_ in ("NNS", "NNPS"):
            out.append(RawMention("group", text, start, end, span.start_char, span.end_char,
                                   None, code))
        return
    # ORG
    if _inside_title(doc, start, end) or text.lower() in lex.titles or competition(span) \
            or len(span) > 1 and gazetteer.demonym_code(span[-1].text) and span[0].tag_ in ("VBN", "VBD", "VBG"):
        return  # 'Banned American sprinter Ana Ruiz': a participle and a nationality
    if not any(t.text[:1].isupper() for t in span) or any(
            t.text in ("-", "--", "—", "–") and t.whitespace_ and doc[t.i - 1].whitespace_ for t in span):
        return  # 'congress' as a common noun; 'RUGBY - LEAGUE RESULTS' from a headline
    if end < len(doc) and doc[end].lower_ in _TITLE_HEADS_AFTER and doc[end].text[:1].isupper():
        return  # 'Agriculture' in 'Agriculture Secretary Ana Ruiz' is part of a title
    country = None
    for tok in span:
        country = country or token_country(tok)
    if country is None and start > 0:
        country = token_country(doc[start - 1])
        if country is None and doc[start - 1].lower_ in POSSESSIVE_TOKENS and start > 1:
            country = token_country(doc[start - 2])
    for lo, hi in _listed_parts(doc, start, end):
        part = doc[lo:hi]
        out.append(RawMention("organization", part.text, lo, hi, part.start_char, part.end_char, None, country))


def _addressed_by_words(tok: Token) -> bool:
    """'criticised Tehran', 'called on Moscow to', 'ties with Taipei', 'a warning to Kyiv': a place
    that an act of words (PLOVER's verbal quads, as verb or noun) is aimed at or comes from, that
    ties or talks are held with, or that receives aid or sanctions (plover.toml [quads] received)
    is its government; a place that deeds reach stays a place ('shelled Kyiv', 'flew to Moscow')."""
    via = tok.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else None
    if via is not None and via.lower_ == "with" and any(
            {t.lower_, t.lemma_.lower()} & _ties_with_partners()
            for t in (via.head, *(c for c in via.head.children if c.dep_ == "dobj"))):
        return True  # "cut relations with Taipei", "held talks with Moscow"
    said = via.head.head.head if via is not None and via.lower_ == "from" and via.head.dep_ == "pobj" \
        and via.head.head.lower_ == "of" else None  # "an offer of talks from Tehran": the parse hangs it on "talks"
    if via is not None and via.lower_ in _ADDRESSING_PREPOSITIONS and any(
            t.pos_ == "NOUN" and any(_state_acts().get(key) == "verbal" for key in lemma_keys(t))
            for t in (via.head, said) if t is not None):
        return True  # "a warning to Kyiv", "support for Taipei", "criticism from Beijing"
    if via is not None and via.lower_ in _RECEIVING_PREPOSITIONS and any(
            _received_act(t) for t in (via.head, *(c for c in via.head.children if c.dep_ == "dobj"))):
        return True  # "aid to Kabul", "sanctions on Moscow", "approved the delivery of tanks to Kyiv" (on the verb)
    verb = via.head if via is not None else tok.head if tok.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB":
        return False
    return (f"{verb.lemma_.lower()} {via.lower_}" if via is not None else verb.lemma_.lower()) in _verbs_of_words()


def _speaks_for_state(tok: Token) -> bool:
    """A capital the model tags as a person or not at all is its government when it owns a state's
    act or is addressed as one ('Kyiv's appeal', 'a request from Kyiv', 'aid to Kyiv')."""
    return _owns_state_act(tok) or _addressed_by_words(tok)


def _received_act(noun: Token) -> bool:
    """Aid or a sanction (plover.toml [quads] received), of what its entry's `objects` list names
    when it has one ('the delivery of tanks', not 'the delivery of pizzas')."""
    if noun.pos_ != "NOUN":
        return False
    held = {p.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj"}
    acts = _received_acts()
    return any(key in acts and (acts[key] is None or held & acts[key]) for key in (noun.lower_, *lemma_keys(noun)))


@cache
def _received_acts() -> dict[str, frozenset[str] | None]:
    """Nouns of the [quads] received types, alone or with their preposition ('delivery of'; not the
    first word of 'travel ban': 'travel to Moscow' is a trip; not an evacuation to a city), with
    the lemmas their of-object must be one of (their entry's `objects` list, or the word the key
    names: 'line of credit'), or None when any will do."""
    plover = load("plover")
    return {words[0]: frozenset(plover[entry["objects"]]["lemmas"]) if "objects" in entry
            else frozenset(words[2:]) if words[1:2] == ["of"] and words[2:] else None
            for key, entry in plover["nouns"].items() if entry["type"] in plover["quads"]["received"]
            and ((words := key.split())[1:2] == [] or words[1] in _RECEIVING_PREPOSITIONS | {"of"})
            and words[0] not in plover["quads"]["received_to_places"]}


def _owns_state_act(tok: Token) -> bool:
    """'Washington's warning', 'Moscow's strikes on power stations': a possessor of an act of words
    (PLOVER's verbal quads, or a noun of what was stated) or of another act aimed at someone is the
    state doing it; not of a protest or strike held in the city ('Paris's metro strike'), nor of
    what a city has ('Moscow's mayor', 'London's markets')."""
    if tok.dep_ != "poss" or tok.head.pos_ != "NOUN":
        return False
    kinds = {_state_acts().get(key) for key in (tok.head.lower_, *lemma_keys(tok.head))} - {None}  # 'talks' as listed
    return "verbal" in kinds or bool(kinds & {"aimed", "received"}) and _aimed(tok.head, _AIMING_PREPOSITIONS)


_ADDRESSING_PREPOSITIONS = frozenset({"to", "of", "for", "against", "from", "with", "at", "on"})
_AIMING_PREPOSITIONS = frozenset({"on", "at", "to", "against", "with", "of", "into"})
_RECEIVING_PREPOSITIONS = frozenset({"to", "on", "against", "for"})


@cache
def _state_acts() -> dict[str, str]:
    """Nouns of acts a state does, by their first word, as 'verbal' (plover.toml nouns of its verbal
    quads and cues.toml [stated] nouns), 'received' (those of its [quads] received types: aid and
    sanctions, whose capital recipient is its government) or 'aimed' (the other PLOVER nouns but
    protests, and the titles.toml `aimed_kit` acts such as strikes: these make their owner the doer
    only with whom they aim at)."""
    plover, stated = load("plover"), load("cues")["stated"]
    verbal = set(plover["quads"]["verbal"])
    acts = dict.fromkeys(title_lexicon().aimed_kit, "aimed")
    acts |= {key.split()[0]: "aimed" for key, entry in plover["nouns"].items() if entry["type"] != "PROTEST"}
    acts |= dict.fromkeys(_received_acts(), "received")
    acts |= {key.split()[0]: "verbal" for key, entry in plover["nouns"].items() if entry["type"] in verbal}
    return acts | dict.fromkeys(stated["nouns"], "verbal")


@cache
def _ties_with_partners() -> frozenset[str]:
    """Nouns of ties and talks held with a partner (plover.toml [ties] and the nouns of the [domain]
    `partner_types`): a capital after their 'with' is its government."""
    lex = load("plover")
    return frozenset(lex["ties"]["lemmas"]) | frozenset(
        key for key, entry in lex["nouns"].items() if entry["type"] in lex["domain"]["partner_types"])


@cache
def _verbs_of_words() -> frozenset[str]:
    """The PLOVER lexicon's verbs of its verbal quads (plover.toml [quads])."""
    lex = load("plover")
    return frozenset(key for key, entry in lex["verbs"].items() if entry["type"] in lex["quads"]["verbal"])


def _listed_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """'Halvex and Norvale' tagged as one organisation is two when the article also names one
    of them alone ('Halvex said'); 'Dorvel and Lind' named only so stays one firm."""
    parts = list_items(doc, start, end)
    if len(parts) < 2 or not all(doc[a].text[:1].isupper() for a, _ in parts) \
            or doc[end - 1].lower_ in org_lexicon().suffixes \
            or {fold(t.text) for t in doc[start:end]} & person_name_words(doc):
        return [(start, end)]  # 'Elliott, Lind and Moor' in a lineup are people
    return parts if all(_named_alone(doc, lo, hi, start, end) for lo, hi in parts) else [(start, end)]


def _named_alone(doc: Doc, lo: int, hi: int, start: int, end: int) -> bool:
    """The article writes doc[lo:hi] by itself outside start..end, not opening a sentence and
    not inside a longer capitalised name."""
    words = [t.text for t in doc[lo:hi]]
    n = len(words)
    for i in range(len(doc) - n + 1):
        if start <= i < end or [t.text for t in doc[i:i + n]] != words or doc[i].is_sent_start:
            continue
        if not (i > 0 and cap(doc[i - 1])) and not (i + n < len(doc) and cap(doc[i + n])):
            return True
    return False


def _one_sense(doc: Doc, raw: list[RawMention]) -> None:
    """A name the article gives an organisation names it everywhere in the article: 'Dorvel'
    the NER calls a person after 'Dorvel spokesman Ian Moor' or 'Dorvel Holdings' is the
    company ('Dorvel & Lind' too), unless a title says that mention is a person or the word is
    a named person's: the surname of a person the article names in full is that person where
    only the NER's label makes it an organisation. A name a results table or line-up makes a person ('c Lind b Moor') is
    that person where only the NER's label makes it an organisation."""
    listed = {fold(m.name) for m in raw if m.kind == "person" and m.framed}
    for m in raw:
        if m.kind == "organization" and not m.framed and fold(m.name) in listed:
            m.kind = "person"
    orgs: dict[str, RawMention] = {}
    suffixes = org_lexicon().suffixes
    persons = {w for m in raw if m.kind == "person" and len(m.name.split()) > 1 for w in fold(m.name).split()}
    surnames = {fold(m.name).split()[-1] for m in raw if m.kind == "person" and len(m.name.split()) > 1}
    for m in raw:
        if m.kind == "organization" and not m.framed and fold(m.name) in surnames:
            m.kind = "person"  # 'Trump' the NER calls an organisation beside the person 'Donald Trump'
        if m.kind == "organization":
            orgs.setdefault(fold(m.name), m)
            orgs.setdefault(fold(doc_text(doc)[m.char_start:m.char_end]), m)
            words = fold(m.name).split()
            if len(words) > 1 and (words[-1] in suffixes or "&" in m.name) and words[0] not in persons:
                orgs.setdefault(words[0], m)  # 'Dorvel' for 'Dorvel Holdings' or 'Dorvel & Lind'
                orgs.setdefault(words[-1], m)  # 'United' for 'Harbury United'
            if len(words) > 2 and words[-1] in suffixes and _own_word(doc, words[-2], persons):
                orgs.setdefault(words[-2], m)  # 'Dorvel' for 'AB Dorvel Holdings'
    for m in raw:
        if m.kind == "person" and not m.role_title or m.kind == "organization" and len(m.name.split()) == 1:
            org = orgs.get(fold(m.name))
            if org is not None:
                m.kind, m.name, m.country_code = "organization", org.name, org.country_code


def _own_word(doc: Doc, word: str, persons: set[str]) -> bool:
    """A folded word that can stand alone for the organisation whose name it is in: no
    person's, place's, country's or nationality's word and none the article writes in lower
    case ('Bank of America Corp' is not 'America', 'Acme Gold Fields Ltd' beside 'oil fields'
    not 'Fields')."""
    return word.isalpha() and word not in persons and word not in STOP_WORDS \
        and not (gazetteer.country_code(word) or gazetteer.demonym_code(word.title()) or gazetteer.lookup_place(word)) \
        and not any(t.text == word for t in doc)


_OWNED = ("'s", "’s")
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _possessive_names(doc: Doc, raw: list[RawMention]) -> None:
    """'Dorvel's was the prize', 'according to Dorvel's, which', 'Dorvel's Bancorp Inc.': an
    organisation whose name ends in 's where no possessive can stand (before a verb or a
    relative clause, or inside its own longer name) keeps the 's wherever the article writes it
    so. Not before a full stop: 'better than Dorvel's.' leaves its noun out."""
    owned: set[str] = set()
    for m in raw:
        if m.kind != "organization":
            continue
        for k in range(m.start + 1, m.end - 1):
            if doc[k].text in _OWNED and cap(doc[k + 1]) and doc[m.end - 1].lower_ in org_lexicon().suffixes:
                owned.add(fold(doc[m.start:k].text))  # 'Dorvel' of 'Dorvel's Bancorp Inc.'
        after = [t for t in doc[m.end + 1:m.end + 3]]
        if m.end < len(doc) and doc[m.end].text in _OWNED and doc[m.end].tag_ == "POS" and after \
                and (after[0].tag_ in _VERB_TAGS or after[0].text == "," and after[1:] and after[1].lower_ in ("which", "who")):
            owned.add(fold(doc[m.start:m.end].text))
    for m in raw:
        if m.kind == "organization" and m.end < len(doc) and doc[m.end].text in _OWNED \
                and fold(doc[m.start:m.end].text) in owned:
            m.end += 1
            m.char_end = doc[m.end - 1].idx + len(doc[m.end - 1])


def build_actors(doc: Doc) -> ActorIndex:
    """Find, classify and merge the actors of one parsed article."""
    index = ActorIndex(doc)
    team_names = team_spans(doc, person_name_words(doc))
    teams = {i for lo, hi in team_names for i in range(lo, hi)}
    raw = _raw_mentions(doc, index, team_names)
    extra = [m for m in surname_mentions(doc, raw) if not teams.intersection(range(m.start, m.end))]
    if extra:
        taken = {i for m in extra for i in range(m.start, m.end)}
        raw = [m for m in raw if not taken & set(range(m.start, m.end))] + extra
    raw = whole_person_names(doc, raw)
    _one_sense(doc, raw)
    _possessive_names(doc, raw)
    raw = [m for m in raw if m.kind == "country" or not _unconfirmed_in_headline(doc, m)]
    raw = _confirmed_in_title_case(doc, raw)
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
    _merge_acronyms(by_key)
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


def _unconfirmed_in_headline(doc: Doc, m: RawMention) -> bool:
    """'SOCCER - WALES BEAT SAN MARINO IN WORLD CUP QUALIFIER.': a headline in capitals tells
    names from words by nothing, so a name read in it stands only if the article writes it as a
    name too ('San Marino', not 'put San Marino'), or it is a listed body or an acronym of up to
    four consonants ('NFL')."""
    text = doc_text(doc)
    lo, hi = text.rfind("\n", 0, m.char_start) + 1, text.find("\n", m.char_end)
    hi = len(text) if hi < 0 else hi
    line = text[lo:hi].strip()
    if not line.endswith(".") or any(c.islower() for c in line) or len(line.split()) < 4:
        return False
    name = text[m.char_start:m.char_end]
    if fold(name) in org_lexicon().known or len(name) <= 4 and name.isalpha() and not set(name) & set("AEIOU"):
        return False
    return not _written_as_name(name, text[:lo] + text[hi:])


_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w’'.&-]* |\w)$")  # a capitalised word or a letter before
_CAPITALISED_AFTER = re.compile(r" [A-Z]|\w")


def _written_as_name(name: str, elsewhere: str, whole: bool = False) -> bool:
    """Whether `elsewhere` writes `name` capitalised but for small words, not in capitals throughout
    ('San Marino', 'Bank of Ostrava'; not 'put San Marino'); `whole`: as a name of its own, not
    part of a longer one ('Workers' in 'Dock Workers Union')."""
    for hit in re.finditer(re.escape(name), elsewhere, re.I):
        words = hit.group(0).split()
        before = _CAPITALISED_BEFORE.search(elsewhere, 0, hit.start())
        if whole and (before and before.group(0).strip().lower() not in STOP_WORDS or _CAPITALISED_AFTER.match(elsewhere, hit.end())):
            continue
        if not hit.group(0).isupper() and words[-1][:1].isupper() \
                and all(w[:1].isupper() or w in PARTICLES or k and w in STOP_WORDS for k, w in enumerate(words)):
            return True
    return False


def _headline_words(line: Span, first: bool) -> bool:
    """Whether a title-case line reads as a headline: the article's first line with a common word
    the parse knows ('Small Steps To Savings'), a later one with a verb. A later line of names and
    nouns signs or credits ('Ann Lee via Harbour Images', 'Harbour News Agency')."""
    return any(t.pos_ in ("VERB", "AUX") or first and t.pos_ in ("NOUN", "ADJ") for t in line)


def _confirmed_in_title_case(doc: Doc, raw: list[RawMention]) -> list[RawMention]:
    """Names read in a title-case headline ('Voters Abandon Harbour Party For Ann Lee'). The
    capitalised-run rules and the NER take many runs of its capitals for names ('Absurd',
    'Optics' as organisations), so a name there stands only as far as the article's other lines
    write it as a name (or it is listed or an acronym): the longest such run of its words
    ('Harbour Party'; 'Ann Lee' of 'Ann Lee Goes'). An organisation keeps its last word and is not
    cut to one ('Police' of 'Over Police'). A person's name may also be one the NER finds that
    opens with a given name and ends with a proper noun ('Ann Lee', not 'Double Standard Lee')."""
    text = doc_text(doc)
    spans = headline_spans(text)
    lines = [(s, e) for n, (s, e) in enumerate(spans) if _headline_words(doc.char_span(s, e, alignment_mode="expand"), n == 0)]
    if not lines:
        return raw
    elsewhere = "\n".join(text[a:b] for a, b in outside(text, spans))
    given = title_lexicon().given_names
    persons = {(e.start, hi) for e in doc.ents if e.label_ == "PERSON" and fold(e[0].text) in given
               for hi in range(e.start + 2, e.end + 1) if doc[hi - 1].pos_ == "PROPN"}
    out = []
    for m in raw:
        if m.kind == "country" or not any(s <= m.char_start and m.char_end <= e for s, e in lines):
            out.append(m)
            continue
        found = next(((lo, hi) for lo, hi in _runs(doc, m) if (lo, hi) in persons and m.kind == "person"
                      or _stands_alone(doc[lo:hi], elsewhere, m.kind)), None)
        if found == (m.start, m.end):
            out.append(m)
        elif found:
            lo, hi = found
            out.append(replace(m, name=doc[lo:hi].text, start=lo, end=hi, char_start=doc[lo].idx,
                               char_end=doc[hi - 1].idx + len(doc[hi - 1])))
    return out


def _stands_alone(span: Span, elsewhere: str, kind: str) -> bool:
    """Whether a name read in a title-case headline is one whatever its capitals: a listed body,
    a people ('Russians' as a group) or party (not the adjective: 'Conservative Icon'), an acronym
    ('NFL', not an initial 'H.') or one the article's other lines write as a name: an
    organisation's as one of its own ('Workers' not in 'Dock Workers Union'), a closing
    abbreviation's period aside ('Lind Inc.'). Small words and titles are none ('As', 'Gov')."""
    lex, key, titles = org_lexicon(), fold(span.text), title_lexicon().titles
    if all(t.lower_ in STOP_WORDS or t.lower_ in titles or f"{t.lower_}." in titles or t.is_punct for t in span):
        return False
    return key in lex.known or kind == "group" and gazetteer.demonym_code(span.text) is not None \
        or key in lex.parties and span[-1].pos_ != "ADJ" or span.text.isupper() and len(span.text.replace(".", "")) > 1 \
        or _written_as_name(span.text.rstrip("."), elsewhere, whole=kind != "person")


def _runs(doc: Doc, m: RawMention) -> list[tuple[int, int]]:
    """The runs of a mention's tokens, longest first; an organisation's end where it does and
    are of two words or more, but for the whole mention. A part starts and ends with a word."""
    size = m.end - m.start
    return [(lo, lo + n) for n in range(size, 0, -1) for lo in range(m.start, m.end - n + 1)
            if (m.kind == "person" or lo + n == m.end and (n > 1 or n == size))
            and (n == size or doc[lo].is_alpha and doc[lo + n - 1].is_alpha)]


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


def _merge_acronyms(by_key: dict[tuple[str, str], list[RawMention]]) -> None:
    """'North Atlantic Treaty Organization' and 'NATO' are one organisation."""
    orgs = [k for k in by_key if k[0] == "organization"]
    for short in orgs:
        if not by_key[short]:
            continue
        name = by_key[short][0].name
        if not (name.isupper() and 2 <= len(name) <= 6):
            continue
        for long in orgs:
            if not by_key[long]:
                continue
            if long != short and acronym(by_key[long][0].name) == name:
                by_key[long].extend(by_key[short])
                by_key[short] = []
                break


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
