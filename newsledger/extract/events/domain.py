"""Which events belong in a political warehouse (the [domain] table of plover.toml): in a sports,
arts or technology story an event needs a political participant unless its type is one of
`apolitical_types` (an accusation, a sanction); `needs_political` triggers need an actor who can act politically; a
meeting of people none of whom is known as political is kept, at a lower confidence."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from newsledger.extract import titles
from newsledger.extract.actors import org_lexicon
from newsledger.extract.records import Mention
from newsledger.extract.reference import ActorIndex, sport_side
from newsledger.extract.events.lexicon import lexicon, noun_lemma
from newsledger.extract.lexicon import load
from newsledger.extract.statements import subject_of
from newsledger.extract.text import fold


_GOVERNMENT_WORDS = re.compile(
    r"\b(?:ministry|minister|government|parliament|police|court|council|commission|department|"
    r"agency|party|army|military|authorit(?:y|ies)|senate|congress|cabinet|assembly|nations|nato|union|"
    r"office|embassy|kremlin|white house|downing street|state|reserve)\b", re.I)


@cache
def domain() -> dict:
    """The [domain] table of plover.toml, its word lists as sets; read once."""
    d = dict(load("plover")["domain"])
    for field in [*d["gated_fields"], "business_words"]:
        d[field] = frozenset(d[field])
    d["apolitical_titles"] = frozenset(d["apolitical_titles"])
    d["non_firm_words"] = frozenset(d["non_firm_words"]) | titles.lexicon().not_firm_words  # and titles.toml's
    d["trade_words"] = frozenset(d["trade_words"])
    d["play_preps"] = frozenset(d["play_preps"])
    d["sport_roles"] = frozenset(d["sport_roles"])
    d["political_words"] = frozenset(d["political_words"])
    d["firm_nouns"] = frozenset(d["acronym_firm_words"]) | titles.lexicon().firm_heads  # and titles.toml's
    d["firm_doers"] = frozenset(d["firm_doers"])
    d["unnamed_business_types"] = frozenset(d["unnamed_business_types"])
    return d


def gated_story(doc: Doc) -> bool:
    """Whether the article is a sports, arts or technology story (results and transfers, films
    and albums, gadgets and software): there meetings, deals and clashes are no political
    events unless a political actor takes part."""
    d = domain()
    return any(_dense(doc, d[field]) for field in d["gated_fields"])


def business_story(doc: Doc) -> bool:
    """Whether the article is a business story (results, deals, listings): its events stay, but
    a firm's aims ('plans to sell shares') are no statements, as in a gated story; judged once
    per article."""
    if "newsledger_business" not in doc.user_data:
        doc.user_data["newsledger_business"] = _dense(doc, domain()["business_words"])
    return doc.user_data["newsledger_business"]


def _dense(doc: Doc, words: frozenset[str]) -> bool:
    """Enough of `words`, and enough different ones, for the story to be about their field."""
    d = domain()
    hits = [t.lower_ for t in doc if t.lower_ in words]
    return (len(hits) >= d["min_hits"] and len(set(hits)) >= d["min_distinct"]
            and len(hits) * 100 >= d["min_per_100"] * len(doc))


def _political(key: str, index: ActorIndex, gated: bool) -> bool:
    """A country, group or organisation (in a gated story: only a government body), or a
    person with a political title."""
    actor = index.actor(key)
    if actor.actor_type == "person":
        return any(_political_title(title) for title in actor.role_titles)
    if not gated:
        return True
    return bool(_GOVERNMENT_WORDS.search(actor.name))


def state_actor(key: str, index: ActorIndex) -> bool:
    """A country, a group, a government body or party, or a person with a political title: who
    can act politically (`needs_political` verbs; a firm or a singer cannot)."""
    actor = index.actor(key)
    if actor.actor_type in ("country", "group"):
        return True
    return _political(key, index, True)


def official(key: str, index: ActorIndex) -> bool:
    """A country, a government body or a person with a political title: whose protest is a
    diplomatic one (PLOVER 3.12: ACCUSE, not a street demonstration)."""
    actor = index.actor(key)
    return actor.actor_type == "country" or actor.actor_type != "group" and _political(key, index, True)


def fits_domain(event_type: str, keys: list[str], index: ActorIndex, gated: bool, in_words: bool = False,
                named_doer: bool = False) -> bool:
    """Sports meetings, arrivals, clashes and transfers, and a film's or a gadget's events, are
    not political events: in a sports, arts or technology story (`gated`) an event needs a political
    participant unless it is an accusation or a sanction, and not an attack or clash read as words
    (`in_words`: 'a cup clash with Wasps', 'attacking his backhand' are play); in a sports story a
    sanction needs one too (`sport_disciplinary_types`: 'was fined by the FA' is a sports body's penalty),
    and so does one an arts story tells of a named private doer (`named_doer`: 'the writer sued
    the director over the script' is a private quarrel; 'the singer was charged' may be a prosecutor's)."""
    d = domain()
    political = any(_political(k, index, gated) and not (gated and _party_by_name_only(k, index)) for k in keys)
    if gated and (event_type not in d["apolitical_types"] or in_words) and not political:
        return False
    return not (gated and not political and event_type in d["sport_disciplinary_types"] and (
        _dense(index.doc, d["sport_words"]) or named_doer and _dense(index.doc, d["arts_words"])))


def business_only(event_type: str, sources: list[str], targets: list[str], verb: Token, index: ActorIndex) -> bool:
    """Talks, deals, suits and refusals between firms ('Shell and BP held talks on a merger',
    'Microsoft sued Google over a patent', 'Boeing rejected a takeover offer from Airbus'):
    mundane business, which PLOVER leaves out (its economic context: firms act only in
    business-government relations); an event of one of the [domain] `business_types` whose every
    party is a firm or one of its people (`_in_business`), or done by a firm named by a noun
    ('the two firms are expected to seal the deal'), in a business story, of parties all of whom
    the article calls firms ('media giant Norvex agreed to install delay equipment') or in a
    sentence told in words of business (`business_words`, `trade_words`, a sum of money: a name
    alone may be a movement's, 'Fatah') that names no one else who acts politically, nor a government, a
    court, a union or a party (by a word of their names or a [domain] `political_words` one).
    With no doer named, only an act of the [domain] `unnamed_business_types` ('the rejection of
    the Verrand bid', 'the deal with Brannock'): an accusation or a threat by no one named may
    be a prosecutor's."""
    d = domain()
    parties = sources + targets
    if event_type not in d["business_types"] or not all(_in_business(k, index) for k in parties):
        return False
    by_a_firm = _firm_doer(verb)
    if not sources and (event_type not in d["unnamed_business_types"] or not targets and not by_a_firm):
        return False
    sent = verb.sent
    if not (business_story(index.doc) or all(_called_a_firm(k, index) for k in parties) or any(
            t.lower_ in d["business_words"] or t.lemma_.lower() in d["trade_words"] or t.ent_type_ == "MONEY" for t in sent)) or any(
            t.lower_ in d["political_words"] for t in sent) or _names_a_government(sent.text):
        return False  # "persuaded the government to open negotiations with Chevron", "won't donate to the Republican gathering"
    return not any(not _in_business(m.actor_key, index) and _political(m.actor_key, index, False) and not _describes_a_firm(m, index)
                   for m in index.mentions if sent.start_char <= m.char_start < sent.end_char)


def _names_a_government(text: str) -> bool:
    """A word of a government's, a court's, a union's or a party's name in the text, not a news
    outlet's ('according to news agency reports': a word of [news_outlets] before it)."""
    outlets = lexicon().lists["news_outlets"]
    return any(not (before := text[:m.start()].split()) or before[-1].lower() not in outlets
               for m in _GOVERNMENT_WORDS.finditer(text))


def _in_business(key: str, index: ActorIndex) -> bool:
    """A firm, or, in a business story, one of its people: a person of no country with a title,
    none of them political ('chief executive Ana Ruiz', 'Norvik boss Tom Hale'; not a bare 'Mr
    Hale', who may be a senator the article names without his title, nor a 'chairman' in a
    story of politics, who may chair a committee of Congress)."""
    actor = index.actor(key)
    if actor.actor_type == "person":
        return (actor.country_code is None and bool(actor.role_titles) and business_story(index.doc)
                and not any(_political_title(title) for title in actor.role_titles))
    return _firm(key, index)


def _firm_doer(verb: Token) -> bool:
    """The act's subject is a firm named by a noun of the [domain] `firm_doers` that no armed
    group's word describes ('the two firms', 'the German exchange', not 'the rebel group')."""
    subj = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    return (subj is not None and subj.pos_ == "NOUN" and noun_lemma(subj) in domain()["firm_doers"]
            and not any(c.lemma_.lower() in titles.lexicon().armed for c in subj.children))


def _firm(key: str, index: ActorIndex) -> bool:
    """An organisation of no state, not written as an acronym (an agency as often as a firm: 'the
    FBI', 'the ICC'), unless the article calls it a firm ('German airline Lufthansa', 'phone firm
    MCI'), no international body or group in the news (organizations.toml `known`) and no body
    named with a word of a government's or of the [domain] `non_firm_words` (with titles.toml's
    `not_firm_words`: 'Committee', 'Amnesty International')."""
    actor = index.actor(key)
    d = domain()
    words = set(actor.name.lower().split())
    return (actor.actor_type == "organization" and fold(actor.name) not in org_lexicon().known
            and (not actor.name.isupper() and actor.country_code is None or _called_a_firm(key, index))
            and not _GOVERNMENT_WORDS.search(actor.name) and not d["non_firm_words"] & words)


def _called_a_firm(key: str, index: ActorIndex) -> bool:
    """A name in capitals or of a country that the article calls a firm ('phone firm MCI', 'airport
    operator BAA', 'German rival Deutsche Boerse', 'the UK's biggest brewer, Scottish and Newcastle
    (S&N)', 'MCI is a long-distance phone firm'): the word before one of its mentions is a firm's
    noun, or an appositive beside it or what the mention is said to be is one of the [domain]
    `firm_doers` or `acronym_firm_words` (not 'group', which a body of any kind is called), so it
    is no agency ('the FBI') and no state's body; or the article takes it up as 'the airline', 'the
    company'."""
    if key in index.firms_taken_up:
        return True
    for m in index.mentions:
        span = index.doc.char_span(m.char_start, m.char_end, alignment_mode="expand") if m.actor_key == key else None
        if span is None:
            continue
        root = span.root
        beside = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
        if root.dep_ == "nsubj" and root.head.lemma_ == "be":
            beside += [c for c in root.head.children if c.dep_ == "attr"]  # "MCI is a phone firm"
        if span.start > 0 and _firm_noun(index.doc[span.start - 1]) or any(
                noun_lemma(t) in domain()["firm_doers"] | domain()["firm_nouns"] - titles.lexicon().firm_heads for t in beside):
            return True  # beside it a firm's own noun, not one a body shares ("a prominent group of conservatives")
    return False


def _describes_a_firm(mention: Mention, index: ActorIndex) -> bool:
    """A country named only to say where a firm or its trade is from or in ('US phone firm MCI',
    'the Swiss bank', 'Netherlands-based group LNM', "India's Halvex", 'the UK market', 'its
    presence in the US'): no political party to the deal."""
    span = index.doc.char_span(mention.char_start, mention.char_end, alignment_mode="expand")
    tok = span.root if span is not None else None
    d = domain()
    if (tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in d["market_preps"]
            and index.actor(mention.actor_key).actor_type == "country"):
        return True
    while tok is not None and tok.dep_ in ("compound", "amod", "nmod", "npadvmod", "poss"):  # 'US telecoms firm'
        tok = tok.head
        if _firm_noun(tok) or tok.lower_ in d["business_words"] or any(
                m.char_start <= tok.idx < m.char_end and _firm(m.actor_key, index) for m in index.mentions):
            return True
    return False


def _firm_noun(tok: Token) -> bool:
    """A noun that calls a name a firm ([domain] `acronym_firm_words`, with titles.toml's `firm_heads`)."""
    return tok.lemma_.lower() in domain()["firm_nouns"]


def played(verb: Token, event_type: str) -> bool:
    """An act whose doer is a sports side ('Pakistan's hockey team withdrew from the tournament',
    'England's cricket team clashed with Australia'): play, no event; a refusal or a protest
    ([domain] `side_stance_types`: 'the wrestling team refused to face Israel') may be politics.
    So too a withdrawal from, or a meeting in, a match or a competition ([domain] `play_types`
    with a [sport_events] object: 'Russia withdrew from the final', 'Spain will meet Italy in the
    final'; not 'clashed with fans after the match', where the match only tells when), and praise
    or blame of a side or a player ([domain] `cheered_types`: 'praised the national football
    team', 'blasted the referee's decision')."""
    d = domain()
    subj = subject_of(verb)
    if subj is not None and sport_side(subj) and event_type not in d["side_stance_types"]:
        return True
    heads = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod", "prep"))]  # "pulled out of the final"
    objects = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in d["play_preps"]
               for p in c.children if p.dep_ == "pobj"]
    sport_events = lexicon().lists["sport_events"]  # the word as written too: the small model reads 'qualifier' as 'qualifi'
    if event_type in d["play_types"] and any(o.lemma_.lower() in sport_events or o.lower_ in sport_events for o in objects):
        return True
    cheered = [c for c in verb.children if c.dep_ == "dobj"]
    cheered += [p for c in cheered for p in c.children if p.dep_ == "poss"]
    return event_type in d["cheered_types"] and any(sport_side(c) or c.lemma_.lower() in d["sport_roles"] for c in cheered)


def _party_by_name_only(key: str, index: ActorIndex) -> bool:
    """An organisation called a party with no country known ('Bloc Party' in a music story): a
    band's or a club's name, not a political party, which is known with its country."""
    actor = index.actor(key)
    words = {w.lower() for w in _GOVERNMENT_WORDS.findall(actor.name)}
    return actor.actor_type == "organization" and words == {"party"} and actor.country_code is None


def apolitical(event_type: str, keys: list[str], index: ActorIndex) -> bool:
    """A meeting or visit of people none of whom is known as political: kept, at a lower
    confidence (a bare 'X arrived in London' is as often a tour as a visit)."""
    return (event_type in domain()["political_types"] and bool(keys)
            and not any(_political(k, index, False) for k in keys))


def no_visit(mode: str | None, verb: Token, sources: list[str], targets: list[str], index: ActorIndex) -> bool:
    """A journey that is no visit of one party to another (PLOVER CONSULT 'visit'): with no named
    visitor or host and no party for a subject ('153,000 people are expected to travel to the
    farm'), or made by a people ('Europeans travelling to the UK'): a crowd's trip; made by no one
    who acts politically ('his father was travelling to London to help him'): a private trip,
    unless told as an arrival ([arrivals]: news tells an official's arrival with the title given
    earlier, 'a day after Lind arrived'); or told among the words of an election race
    ([campaigning]) with no country or person visited ('she visits Leeds and Hull this week as the
    election nears'): a campaign stop; or made to a court ([courts]: 'as he arrived at the High
    Court'): an appearance at a trial."""
    if mode != "visit":
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("at", "to") and p.dep_ == "pobj" and p.lemma_.lower() in lexicon().lists["courts"]
           for c in verb.children for p in c.children):
        return True
    subj = subject_of(verb)
    if subj is not None and subj.ent_type_ == "NORP" and subj.tag_ == "NNPS":
        return True
    keys = sources + targets
    if not keys:
        return not (subj is not None and subj.lemma_.lower() in lexicon().parties)
    if not any(_political(k, index, False) for k in keys) and verb.lemma_.lower() not in lexicon().lists["arrivals"]:
        return True
    campaign = lexicon().lists["campaigning"]
    return any(t.lemma_.lower() in campaign for t in verb.sent) and not any(
        index.actor(k).actor_type in ("country", "person") for k in targets)


def private_exit(mode: str | None, words: list[Token], keys: list[str], index: ActorIndex) -> bool:
    """A resignation from a firm's office: told with an as-phrase whose every office is one of
    the [domain] `apolitical_titles` and which names no body of state and no party but firms
    ('stepped down as chief executive of Norvik', "as Halvex's chairman", "as the company's chief
    executive"; not 'as DNC chair', 'as a member of Parliament'), or told in a business story by no one with a political title in a
    sentence that names no government ('Hale, the co-head of Norvik, will step down'; not 'Lind,
    who chairs the Federal Reserve, will step down'). PLOVER's RETREAT 'resign' is an official's."""
    if mode != "resign":
        return False
    sent = words[0].sent
    if business_story(index.doc) and not _names_a_government(sent.text) and not any(
            _political(k, index, True) for k in keys if index.actor(k).actor_type == "person"):
        return True
    offices = [obj for w in words for prep in w.children if prep.dep_ == "prep" and prep.lower_ == "as"
               for obj in prep.children if obj.dep_ == "pobj"]  # on the verb or on the noun ('his resignation as')
    offices += [c for o in offices for c in o.conjuncts]
    if not offices or any(_political_title(o.lemma_.lower()) for o in offices):
        return False
    d = domain()
    named = [t for o in offices for t in o.subtree if t not in offices]
    if _GOVERNMENT_WORDS.search(" ".join(t.text for t in named)):
        return False
    parties = {k for t in named for k in index.resolve(t)}
    firm_words = any(noun_lemma(t) in d["firm_doers"] or _firm_noun(t) for t in named)  # "as the company's CEO"
    return all(_firm(k, index) for k in parties) and (bool(parties) or firm_words)


def acts_politically(verb: Token, keys: list[str], index: ActorIndex, leaving: bool = False) -> bool:
    """Whether a `needs_political` event has someone who can act politically: a participant
    (`state_actor`), a subject like "minister" (the [parties] of plover.toml), an office the verb
    or its object names ('quit as home secretary', 'as UKIP's branch chairman', 'praised her record
    as mayor', not 'quit as chairman'), or, for a resignation (`leaving`), a body of state it leaves
    ('resigned from the Senate', 'quit the cabinet', not 'quit the show', even for a politician:
    'the MEP quit his chat show')."""
    left = [obj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "from"
            for obj in prep.children if obj.dep_ == "pobj"] + [c for c in verb.children if c.dep_ == "dobj"]
    if leaving and left:
        return any(_GOVERNMENT_WORDS.search(" ".join(t.text for t in [obj, *obj.children] if t == obj or t.dep_ == "compound"))
                   or any(state_actor(k, index) for k in index.resolve(obj)) for obj in left)  # "resigned from the
        # Senate", "quit the cabinet"; not "offered a beer called Swing State"
    if any(state_actor(k, index) for k in keys):
        return True
    subj = subject_of(verb)
    if subj is not None and noun_lemma(subj) in lexicon().parties:
        return True
    held = [obj for w in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for prep in w.children
            if prep.dep_ == "prep" and prep.lower_ == "as" for obj in prep.children if obj.dep_ == "pobj"]
    # on the verb or its object ("praised her record as foreign minister")
    if any(state_actor(k, index) for obj in held for c in obj.children if c.dep_ == "poss" for k in index.resolve(c)):
        return True  # "resigned as UKIP's branch chairman": an office of a party or a state
    offices = [" ".join(t.lower_ for t in obj.subtree if t.dep_ in ("compound", "amod") or t == obj) for obj in held]
    return any(office in titles.lexicon().titles and _political_title(office) for office in offices)


def _political_title(title: str) -> bool:
    """A role title that is not one of the [domain] `apolitical_titles` ('coach', 'chairman'), by
    the words before its of-phrase ('head of Halvex' is a head, whatever Halvex is), unless that
    phrase names a government body or a party, or a [domain] `political_words` word is in it
    ('chairman of the county Democratic Party', 'Democratic chairman of Bucks County')."""
    low, _, body = title.lower().partition(" of ")
    if _GOVERNMENT_WORDS.search(body) or set(title.lower().split()) & domain()["political_words"]:
        return True  # "Democratic chairman of Bucks County"
    unpolitical = domain()["apolitical_titles"]
    return low not in unpolitical and low.split()[-1] not in unpolitical


def party_funding(event_type: str, targets: list[str], index: ActorIndex) -> bool:
    """Money given to a political party, an organisation called a party ('a £2m donation to the
    Labour Party'): party funding, no aid ([domain] `party_funding_types`)."""
    return event_type in domain()["party_funding_types"] and any(
        index.actor(k).actor_type == "organization" and re.search(r"\bparty\b", index.actor(k).name, re.I) for k in targets)
