"""Names of places, the states stage of actor extraction (metonymy): a country's name is the
country, a capital acting or addressed is its government ('Moscow denied', 'aid to Kyiv') and a
metonym an organisation of its state ('the Kremlin'); a demonym names a group ('Somali troops')
or its state ('the Nigerian ambassador'); a name framed as a place ('the town of Bree',
'fighting in Kharkiv') is a place (`ActorIndex.places`), no actor. `org_like` reads every entity that is no person's
name; `untagged_capitals` finds the countries, capitals and demonyms the NER missed."""

from __future__ import annotations

from collections import Counter
from functools import cache

from spacy.tokens import Doc, Span, Token

from newsledger.extract import gazetteer
from newsledger.extract.actors.common import POSSESSIVE_TOKENS, RawMention, cap, multinational, name_country
from newsledger.extract.actors.lexicon import competition, org_lexicon
from newsledger.extract.actors.organizations import listed_parts
from newsledger.extract.actors.persons import nationality_before, person_name_words
from newsledger.extract.lexicon import load
from newsledger.extract.records import Place
from newsledger.extract.reference import SUBJECT_DEPS, ActorIndex
from newsledger.extract.text import fold, lemma_keys
from newsledger.extract.titles import lexicon as title_lexicon
from newsledger.extract.titles import token_country


def hyphened_country(doc: Doc, start: int, end: int) -> tuple[int, int]:
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


_PLACE_NOUNS = {"city", "town", "village", "island", "province", "region", "district", "county",
                "capital", "port", "enclave", "valley", "settlement", "outskirts", "suburbs", "streets"}
_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
_DISTANCES = {"km", "kms", "kilometres", "kilometers", "miles"}


def place_in_frame(doc: Doc, start: int, end: int) -> bool:
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
_TOWARDS = frozenset({"on", "to", "from", "via"})


def city_after_preposition(doc: Doc, start: int, end: int, person_words: set[str] | None = None) -> bool:
    """A name of up to three words the NER called a person or organisation that the gazetteer
    knows as a city, after a preposition of place ('in Kharkiv', 'in Porto Alegre'); after one of
    direction, a capital ('an attack on Kyiv', 'flew to Kyiv') or, given the words of the article's
    person names, a city no person of the article is named after ('a doctor from Leeds', 'travel
    to Leeds'; not 'a letter to Wolde' when the article names Ana Wolde, and never a given name).
    Organisations are left out of that last reading: 'rights from Paramount' names the studio."""
    if not 1 <= end - start <= 3 or start == 0 or doc[start - 1].dep_ != "prep" or (
            end < len(doc) and doc[end].text in POSSESSIVE_TOKENS):
        return False  # "in Andersen's hometown" names a person
    name = doc[start:end].text
    place = gazetteer.lookup_place(name)
    if place is None or place.place_type != "city":
        return False
    prep = doc[start - 1].lower_
    if prep in _LOCATIVE or prep in _TOWARDS and gazetteer.capital_code(name) is not None:
        return True
    if person_words is None or prep not in _TOWARDS - {"on"}:
        return False
    named = person_words if end - start == 1 else set()  # a two-word city is itself in the NER's person names
    return fold(doc[start].text) not in named | title_lexicon().given_names


_ORIGIN_WORDS = frozenset({"based", "born", "bred", "raised", "headquartered", "registered"})


def place_of_origin(doc: Doc, start: int, end: int) -> bool:
    """'the Glasgow-based band', 'a Leeds-born singer': a name the gazetteer knows as a place,
    hyphened to a word of where someone is from, is that place."""
    return end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text == "-" \
        and doc[end + 1].lower_ in _ORIGIN_WORDS and gazetteer.lookup_place(doc[start:end].text) is not None


def place_among_places(doc: Doc, start: int, end: int) -> bool:
    """'Omsk, Perm and Kursk', 'London, Birmingham and Glasgow': a one-word name the NER called
    a person that the gazetteer knows as a place, listed with more places than people, is a
    place (not a town's name in a line-up of surnames)."""
    tok = doc[start]
    if end - start != 1 or gazetteer.lookup_place(tok.text) is None:
        return False
    kinds = Counter(c.ent_type_ for c in tok.conjuncts)
    return kinds["GPE"] + kinds["LOC"] > kinds["PERSON"]


def untagged_capitals(doc: Doc, raw: list[RawMention], taken: set[int], index: ActorIndex) -> list[RawMention]:
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
        if (group := sponsored_group(doc, i, end)) is not None:
            out.append(group)
            end = group.end
        elif code and span.root.dep_ != "compound" and not (end < len(doc) and cap(doc[end])):
            out.append(RawMention("country", gazetteer.country_name(code), i, end, span.start_char, span.end_char,
                                   None, code))
        elif end == i + 1 and (code := gazetteer.capital_code(tok.text)) and (tok.dep_ in SUBJECT_DEPS or speaks_for_state(tok)):
            out.append(RawMention("country", gazetteer.country_name(code), tok.i, tok.i + 1, tok.idx,
                                   tok.idx + len(tok), None, code))
        elif gazetteer.demonym_code(span.text) and not (i and cap(doc[i - 1]) and not tok.is_sent_start):
            org_like(doc, span, i, end, "NORP", index, out)  # not 'Korean' in 'North Korean'
        i = end
    return out


def sponsored_group(doc: Doc, start: int, end: int) -> RawMention | None:
    """'the Saudi-led coalition', 'Russian-backed separatists', 'a Nato-led force': the name at
    start..end, a hyphen, a participle of leading or backing and the group noun it qualifies
    ([sponsored] of titles.toml) are one group; led by a state it takes the state's country,
    backed by one it takes none (the separatists are not the backer's)."""
    lex = title_lexicon()
    if end + 2 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return None
    verb = doc[end + 1]
    if verb.lower_ not in lex.leading | lex.backing:
        return None
    head = verb.head
    if not (end + 1 < head.i <= end + 4 and head.pos_ == "NOUN" and (
            head.lower_ in lex.sponsored_groups or lex.collectives.get(head.lower_) == "group" or head.lemma_ in lex.armed)):
        return None
    name = doc[start:end].text
    code = gazetteer.country_code(name) or gazetteer.demonym_code(name) if verb.lower_ in lex.leading else None
    group = doc[start:head.i + 1]
    return RawMention("group", group.text, start, head.i + 1, group.start_char, group.end_char, None, code)


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


def org_like(doc: Doc, ent: Span, start: int, end: int, label: str, index: ActorIndex,
              out: list[RawMention]) -> None:
    """The mentions (added to `out`) of an entity that is no person's name, by its label: a
    metonym ('the Kremlin') is an organisation of its state, a country's name the country, a
    capital acting or addressed its government (or the body it stands for: 'Brussels'), another
    place only a place (`index.places`); a demonym with the group it qualifies is that group
    ('Somali troops'), with a state's kit or official the state ('Russian warplanes', 'the
    Nigerian ambassador'), alone in the plural a group; an organisation's name is one
    organisation or, listing several the article also names alone, each; none when it is part
    of a title or a competition's name."""
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
        if code and (label != "LOC" or gazetteer.continent_code(code) != "AN"):
            # "to South Sudan" tagged LOC is the country too; Antarctica, tagged so, is no state
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
    country = name_country(span)
    if country is None and start > 0 and not multinational(span):
        country = nationality_before(doc, start)  # 'Dutch retailer Ahold', 'the US firm Halvex'
        if country is None and doc[start - 1].lower_ in POSSESSIVE_TOKENS and start > 1:
            country = token_country(doc[start - 2])
    for lo, hi in listed_parts(doc, start, end):
        part = doc[lo:hi]
        out.append(RawMention("organization", part.text, lo, hi, part.start_char, part.end_char, None, country))


_TITLE_HEADS_AFTER = {"minister", "secretary", "commissioner", "undersecretary"}


def _inside_title(doc: Doc, start: int, end: int) -> bool:
    """'State' in 'Secretary of State' or 'Foreign Minister' tagged as an organisation."""
    lex = title_lexicon()
    for lo in range(max(0, start - 3), start + 1):
        for hi in range(end, min(len(doc), end + 2) + 1):
            if " ".join(t.lower_ for t in doc[lo:hi]) in lex.titles:
                return True
    return False


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


def speaks_for_state(tok: Token) -> bool:
    """A capital the model tags as a person or not at all is its government when it owns a state's
    act or is addressed as one ('Kyiv's appeal', 'a request from Kyiv', 'aid to Kyiv'), or speaks
    as the subject of a verb of words in an article that names its country ('Morocco ... Rabat
    rejected the charge'; not 'Victoria said she would attend')."""
    if _owns_state_act(tok) or _addressed_by_words(tok):
        return True
    code = gazetteer.capital_code(tok.text)
    return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _speaking_verbs() \
        and any(token_country(t) == code for t in tok.doc)


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
def _speaking_verbs() -> frozenset[str]:
    """Verbs whose subject speaks: the reporting cues (cues.toml [verbs], one word, not the weak
    ones of belief or perception) and the PLOVER lexicon's verbs of words."""
    cues = load("cues")["verbs"]
    return _verbs_of_words() | frozenset(key for key, entry in cues.items() if " " not in key and not entry.get("weak"))


@cache
def _verbs_of_words() -> frozenset[str]:
    """The PLOVER lexicon's verbs of its verbal quads (plover.toml [quads])."""
    lex = load("plover")
    return frozenset(key for key, entry in lex["verbs"].items() if entry["type"] in lex["quads"]["verbal"])
