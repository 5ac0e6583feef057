"""Organisation names, the organisations stage of actor extraction: listed parties and bodies
under their one name, names the NER called a person or a place that their words or frame make
an organisation ('Halvard Industries', 'Halvard spokesman Ian Moor'), organisations it missed
(acronyms, names ending in an organisation word, later uses of a name), names grown to their
full length, one sense per name within the article, names that keep their 's, and an acronym
merged with the name it spells. The lists they read are `actors.lexicon`."""

from __future__ import annotations

import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from newsledger.extract import gazetteer
from newsledger.extract.actors.common import (RawMention, cap, cap_word, is_title_word, list_items, name_country, staff_frame,
                                              title_at)
from newsledger.extract.actors.lexicon import competition, known_at, org_lexicon, party_at, phrase_at, phrase_before
from newsledger.extract.actors.persons import person_name_words
from newsledger.extract.resolve import acronym
from newsledger.extract.text import doc_text, fold
from newsledger.extract.titles import lexicon as title_lexicon
from newsledger.extract.titles import token_country


def party_word_as_noun(doc: Doc, start: int, end: int) -> bool:
    """'Labour costs rose': a one-word party name opening a sentence before a lower-case noun
    that is no title ('Labour leader') is a common word."""
    return (end - start == 1 and party_at(doc, start) == 1 and doc[start].is_sent_start and end < len(doc)
            and doc[end].tag_ in ("NN", "NNS") and doc[end].is_lower and doc[end].lower_ not in title_lexicon().heads)


def listed_org(doc: Doc, start: int, end: int) -> RawMention | None:
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


def org_by_votes(span: Span, votes: dict[str, Counter]) -> bool:
    """A name the NER called a person that the article calls an organisation more often than a
    person, that acts on something of its own or has shares held in it, or that starts with such
    a name ('Halvard Cables')."""
    words = fold(span.text).split()
    vote = votes.get(" ".join(words), Counter())
    if vote["ORG"] > vote["PERSON"] or vote["OWNS_ITS"] or vote["TRADED"]:
        return True
    if len(words) > 1 and not vote["PERSON"] > 1:
        for k in range(len(words) - 1, 0, -1):
            head = votes.get(" ".join(words[:k]), Counter())
            if head["ORG"] >= 2 and not head["PERSON"]:
                return True
    return False


def org_named(doc: Doc, start: int, end: int, person_words: set[str]) -> bool:
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


def _described(doc: Doc, span: Span, qualifying: bool = True) -> bool:
    """A name whose appositive is an organisation noun ('Dorvel, the first foreign company to
    list'), that is one's appositive ('an electronics firm, Dorvel Lind') or that an
    organisation noun qualifies ('the weekly Die Runde', or, when `qualifying`, 'Zorva Dnes daily
    said', which a place does as well: 'a Texas firm'): the descriptor and the name must be
    linked in the parse, not just adjacent."""
    heads = {p[-1] for p in org_lexicon().descriptors}
    root = span.root
    linked = [c for c in root.children if c.dep_ == "appos" or c.dep_ in ("amod", "compound", "nmod") and c.i < span.start]
    if qualifying and root.dep_ == "compound" and root.head.i == span.end or root.dep_ == "appos" and root.head.i < span.start:
        linked.append(root.head)  # 'Dorvel daily', 'an electronics firm, Dorvel Lind,
    return any(t.lower_ in heads and t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in linked)


def org_in_frame(doc: Doc, start: int, end: int, label: str, person_words: set[str]) -> bool:
    """A place or nationality word the NER saw where an organisation stands: 'Ostrava coach Ian
    Moor' (a team), 'the Zorva news agency', 'Titan, a Texas-based firm' (not a known place:
    'the Jacksonville, Florida-based firm'). Countries and demonyms keep their own reading."""
    text = doc[start:end].text
    if end - start != 1 or fold(text) in person_words or gazetteer.country_code(text) \
            or gazetteer.demonym_code(text) or gazetteer.metonym_code(text):
        return False
    if label == "GPE":
        return staff_frame(doc, end, possessive=False) or (
            gazetteer.lookup_place(text) is None and _described(doc, doc[start:end], qualifying=False))
    if doc[start].pos_ == "ADJ":
        return False  # 'a European group nine qualifier'
    return bool(phrase_at(doc, end, org_lexicon().descriptors)) or staff_frame(doc, end)


def more_org_mentions(doc: Doc, raw: list[RawMention], persons: set[int]) -> list[RawMention]:
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
            add(span.text, i, hi, name_country(span))
        i = max(j, i + 1)
    # An untagged word before a staff title and a person ("Halvard spokesman Ian Moor") or next
    # to a word saying what it is ("the news agency Halvard reported", "Halvard, the food group,").
    tlex = title_lexicon()
    for tok in doc[:-1]:
        if tok.i in used or not cap(tok) or tok.pos_ != "PROPN" or (tok.i > 0 and cap(doc[tok.i - 1])):
            continue
        low = tok.lower_
        if low in tlex.titles or low in tlex.modifiers or title_at(doc, tok.i) or token_country(tok) \
                or gazetteer.metonym_code(tok.text):
            continue  # 'Vice' of 'Vice President Ana Ruiz' is no organisation
        described = not tok.ent_type_ and len(tok) > 1 and not cap(doc[tok.i + 1]) \
            and (phrase_at(doc, tok.i + 1, lex.descriptors) or phrase_before(doc, tok.i, lex.descriptors)
                 or _described(doc, doc[tok.i:tok.i + 1], qualifying=False))
        if (described or staff_frame(doc, tok.i + 1, possessive=False)) \
                and fold(tok.text) not in person_name_words(doc):
            add(tok.text, tok.i, tok.i + 1, None)
    # Acronyms in running text the NER left untagged: "the KDP said", "DNIB issued a bond".
    for tok in doc:
        if tok.i not in used and _acronym(doc, tok):
            add(tok.text, tok.i, tok.i + 1, None)
    # Party names the NER left untagged: "the Lib Dems", "Tory".
    for tok in doc:
        n = party_at(doc, tok.i)
        if n and not used & set(range(tok.i, tok.i + n)) and not party_word_as_noun(doc, tok.i, tok.i + n):
            party = listed_org(doc, tok.i, tok.i + n)
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
            if i + n < len(doc) and cap(doc[i + n]) or party_word_as_noun(doc, i, i + n):
                continue
            add(m.name, i, i + n, m.country_code)
    return out


_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}  # the NER's labels that can make an actor


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


def grown_of_names(doc: Doc, out: list[RawMention]) -> list[RawMention]:
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


def listed_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
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


def one_sense(doc: Doc, raw: list[RawMention]) -> None:
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


def possessive_names(doc: Doc, raw: list[RawMention]) -> None:
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


def merge_acronyms(by_key: dict[tuple[str, str], list[RawMention]]) -> None:
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


def _field_end(doc: Doc, i: int) -> int:
    """End of the field of a body's name that starts at token i (one or two capitalised words
    that name no person, state, people, listed body or title and end in no organisation word);
    i when none does."""
    lex, heads = org_lexicon(), title_lexicon().heads
    j = i
    while j < len(doc) and j - i < 3 and cap_word(doc[j]) and doc[j].lower_ not in heads \
            and doc[j].ent_type_ != "PERSON" and doc[j].lower_ not in lex.suffixes \
            and fold(doc[j].text) not in lex.known and not gazetteer.country_code(doc[j].text) \
            and not gazetteer.demonym_code(doc[j].text):
        j += 1
    return j if j - i < 3 and not (j < len(doc) and cap(doc[j]) and doc[j].lower_ not in heads) else i


def fields_end(doc: Doc, k: int, commas: bool) -> int:
    """End of the fields a body's name lists from token `k` on (', Media and Sport' after 'the
    Department for Culture', ' and Skills' after 'the Department for Education'), the last joined
    by 'and' and the others by commas (at least one when `commas`); `k` when no such list starts
    there ('the Council of Lenders, Halvard Bankers Association and ...' lists bodies)."""
    i = k
    while i + 1 < len(doc) and doc[i].text == "," and (j := _field_end(doc, i + 1)) > i + 1:
        i = j
    if (i > k or not commas) and i + 1 < len(doc) and doc[i].lower_ == "and" \
            and (j := _field_end(doc, i + 1)) > i + 1:
        return j
    return k


def bodies_of_fields(doc: Doc) -> list[Span]:
    """The NER's entities, with a body named by a list of its fields taken whole ('the Department
    for Culture, Media and Sport', which it splits at the commas into three bodies; only a name
    with a listed body-of-fields prefix such as 'school of': 'Edge of Night and Blue Moon' are
    two films, 'the University of Ostrava and Halvard' two universities), and a list of fields
    that names a minister's portfolio ('Culture, Media and Sport Secretary Ana Lind') left out."""
    heads = title_lexicon().heads
    bodies = org_lexicon().field_bodies
    out: list[Span] = []
    taken = 0
    for ent in doc.ents:
        if ent.start < taken:
            continue
        end = ent.end
        if ent.label_ == "ORG" and any(phrase_at(doc, i, bodies) for i in range(ent.start, ent.end)):
            end = fields_end(doc, ent.end, commas=False)
            end = ent.end if end < len(doc) and cap(doc[end]) else end  # '... and Criminal Justice'; a title
        portfolio = fields_end(doc, ent.end, commas=True) \
            if ent.label_ != "PERSON" and _field_end(doc, ent.start) == ent.end else ent.end
        # a person's name opening the list is no field: 'Ana Lind, Trade and Industry Minister'
        if portfolio > ent.end and portfolio < len(doc) and doc[portfolio].lower_ in heads and end == ent.end:
            taken = portfolio
            continue
        start = _field_before(doc, ent) if ent.label_ == "ORG" else ent.start
        while out and out[-1].end > start:
            out.pop()  # 'Public' of 'the Public and Commercial Services Union'
        out.append(ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label="ORG"))
        taken = end
    return out


def _field_before(doc: Doc, ent: Span) -> int:
    """Start of a body's name whose first field the NER cut off before 'and' ('the Public and
    Commercial Services Union', the name ending in an organisation word after another word;
    not 'the House and Senate', 'the Tate and the Natural History Museum', nor the end of a
    longer name, 'Friends of the Earth Action and ...'); the entity's start when there is none."""
    k = ent.start
    if ent[-1].lower_ not in org_lexicon().suffixes or len(ent) < 2 or k < 3 or doc[k - 1].lower_ != "and" \
            or ent[0].lower_ == "the":
        return k
    for f in (k - 2, k - 3):
        inside = doc[f].ent_iob_ == "I" or f >= 3 and doc[f - 2].lower_ in ("of", "for") and cap(doc[f - 3])
        if doc[f - 1].lower_ == "the" and not inside and _field_end(doc, f) == k - 1:
            return f
    return k
