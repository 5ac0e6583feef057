"""Candidate mentions, the first stage of actor extraction: `raw_mentions` reads the NER's
entities (trimmed to the name, relabelled by their words and frame with the rules of
`persons`, `organizations` and `states`, and rid of what names no actor: a common word opening
a sentence, part of a title, a product, a prize, a market index), adds sports teams and the
names the NER missed, and returns them as `RawMention`s for `build_actors`."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsledger.extract import gazetteer
from newsledger.extract.actors.common import RawMention, cap, comma_parts, is_title_word, list_items, trim, trim_org
from newsledger.extract.actors.lexicon import competition, known_at, org_lexicon, party_at
from newsledger.extract.actors.organizations import (bodies_of_fields, grown_of_names, listed_org, more_org_mentions,
                                                     org_by_votes, org_in_frame, org_named, party_word_as_noun)
from newsledger.extract.actors.persons import (after_description, after_place_label, elided_surname, given_name_first,
                                               given_name_pairs, initial_names, initial_word, label_votes, listed_names,
                                               listed_people, nationality_before, person_in_frame, person_name_words,
                                               strip_person_titles, titled_names)
from newsledger.extract.actors.states import (city_after_preposition, hyphened_country, org_like, place_among_places,
                                              place_in_frame, place_of_origin, speaks_for_state, sponsored_group,
                                              untagged_capitals)
from newsledger.extract.reference import ActorIndex
from newsledger.extract.resolve import acronym
from newsledger.extract.teams import dateline_spans
from newsledger.extract.text import fold
from newsledger.extract.titles import lexicon as title_lexicon
from newsledger.extract.titles import title_before, title_in_appos, token_country


def raw_mentions(doc: Doc, index: ActorIndex, team_names: list[tuple[int, int]]) -> list[RawMention]:
    """Mentions from the NER's entities and the rules that fix them; `team_names` are the token
    spans of sports teams' names, which no other reading takes."""
    lex = title_lexicon()
    out: list[RawMention] = []
    votes = label_votes(doc)
    person_words = person_name_words(doc)
    teams = {i for lo, hi in team_names for i in range(lo, hi)}
    datelines = dateline_spans(doc)
    places: set[str] = set()  # names a place noun frames somewhere ('the town of Bree')
    suffixes = org_lexicon().suffixes
    for ent, lo, hi in ((ent, lo, hi) for ent in bodies_of_fields(doc)
                        for lo, hi in comma_parts(doc, ent.start, ent.end, suffixes)):
        start, end = hyphened_country(doc, *trim(doc, lo, hi))
        label = ent.label_
        if label in ("ORG", "PERSON") and any(lo <= ent.start_char < hi for lo, hi in datelines):
            label = "GPE"  # 'OSTRAVA 2001-05-04': the dateline names the place of writing
        if label in ("ORG", "PERSON", "NORP", "FAC") and start < end:
            start, end = trim_org(doc, start, end, months=label != "PERSON")
        if start >= end or teams.intersection(range(start, end)):
            continue
        if (group := sponsored_group(doc, start, end)) is not None:
            out.append(group)  # 'the Saudi-led coalition': the group, not its leader
            continue
        if fold(doc[start:end].text) in org_lexicon().non_actors or party_word_as_noun(doc, start, end) \
                or label in ("ORG", "PERSON") and _common_word(doc, start, end):
            continue
        if label in ("ORG", "NORP", "PERSON") and (n := party_at(doc, start)) > end - start:
            end = start + n  # 'Liberal' tagged apart from the 'Democrat' after it
        listed = listed_org(doc, start, end) if label != "GPE" or known_at(doc, start) == end - start else None
        if listed is None and (n := party_at(doc, start)) and start + n < end \
                and (label == "PERSON" or is_title_word(doc[start + n])):
            listed = listed_org(doc, start, start + n)  # 'Lib Dem' in 'Lib Dem Home Affairs'
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
                org_like(doc, doc[lo:hi], lo, hi, label, index, out)
            continue
        framed = label in ("PERSON", "ORG") and org_named(doc, start, end, person_words)
        if framed or label == "PERSON" and org_by_votes(doc[start:end], votes):
            label = "ORG"
        elif label in ("GPE", "NORP", "FAC") and org_in_frame(doc, start, end, label, person_words):
            label = "ORG"
        elif label in ("ORG", "PERSON") and place_in_frame(doc, start, end):
            label = "GPE"
            places.add(fold(doc[start:end].text))
        elif label == "ORG" and (person_in_frame(doc, start, end) or given_name_first(doc, start, end, votes)
                                 or elided_surname(doc, start, end, person_words)
                                 or end - start == 2 and initial_word(doc[start])):  # 'J Roe (Halvard)' in a line-up
            label = "PERSON"
        elif label in ("PERSON", "ORG") and city_after_preposition(
                doc, start, end, person_words if label == "PERSON" else None) \
                or label == "PERSON" and (place_among_places(doc, start, end) or place_of_origin(doc, start, end)):
            label = "GPE"  # "an attack on Kyiv", "fighting in Kharkiv": the small model's PERSON
        elif label in ("PERSON", "ORG") and end - start == 1 and gazetteer.capital_code(doc[start].text) \
                and fold(doc[start].text) not in person_words and fold(doc[start].text) not in title_lexicon().given_names \
                and speaks_for_state(doc[start]):
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
            if _portfolio(doc, end) or _modifier_word(doc, start, end, person_words) or _line_label(doc, start, end) \
                    or _definite_word(doc, start, end, person_words):
                continue
            title = title_before(doc, start) or title_in_appos(span)
            out.append(RawMention("person", span.text, start, end, span.start_char, span.end_char,
                                   title.text if title else None,
                                   title.country_code if title else nationality_before(doc, start)))
        elif label in ("ORG", "GPE", "NORP", "FAC", "LOC"):
            before = len(out)
            org_like(doc, ent, start, end, label, index, out)
            for m in out[before:]:
                m.framed = framed
    for lo, hi in team_names:
        span = doc[lo:hi]
        out.append(RawMention("organization", span.text, lo, hi, span.start_char, span.end_char))
    taken = {i for ent in doc.ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)} | teams
    out += untagged_capitals(doc, out, taken, index)
    out = grown_of_names(doc, out + more_org_mentions(doc, out, taken))
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


def _modifier_word(doc: Doc, start: int, end: int, person_words: set[str]) -> bool:
    """'the Hefce report', 'Oscar contenders': one capitalised word qualifying a lower-case noun
    names a body, award or brand, not a person, unless it is a word of a person named in full or
    the article also uses it alone as a person ('the Dole campaign' beside 'Dole said')."""
    tok = doc[start]
    if not (end - start == 1 and tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.is_lower
            and tok.head.pos_ == "NOUN") or fold(tok.text) in person_words:
        return False
    return not any(t.text == tok.text and t.ent_type_ == "PERSON" and t.dep_ != "compound" for t in doc)


def _definite_word(doc: Doc, start: int, end: int, person_words: set[str]) -> bool:
    """'the Bill passes', 'the Welshman hammered the ball', 'played at the Bernabeu': one
    capitalised word after 'the' that heads its own phrase names a law, a description or a
    place, no person, unless it is a word of a person named in full in the article ('the Bush
    administration' qualifies a noun and stays) or of a paper's or a body's name ('the
    Telegraph'); so does a law's last word after its name."""
    if end - start == 1 and start > 0 and cap(doc[start - 1]) and doc[start].lower_ in org_lexicon().documents:
        return True  # 'the Serious Crime Bill' read as a person 'Bill'
    return end - start == 1 and start > 0 and doc[start - 1].lower_ == "the" \
        and fold(doc[start].text) not in person_words and doc[start].lower_ not in org_lexicon().suffixes \
        and not (end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") and doc[end].is_alpha)


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
        elif _owned_product(name, lex.products):
            out.add(fold(name.text))
    return out - person_words


def _owned_product(name: Span, products: frozenset[str]) -> bool:
    """'its Xbox console', 'Microsoft's Windows operating system': a name after an owner's
    possessive that qualifies a product noun is the owner's product; not 'the BBC programme',
    whose name may be its maker's."""
    doc, noun = name.doc, name.root.head
    return name.start > 0 and (doc[name.start - 1].tag_ in ("PRP$", "POS")) and noun.i >= name.end \
        and noun.lower_ in products and noun.pos_ == "NOUN" and all(t.is_lower for t in doc[name.end:noun.i + 1])


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
