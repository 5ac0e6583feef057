"""Which words name an event, of which PLOVER type and mode (the `event_type`, `mode` and
`trigger` columns): verbs and nominalisations from the lexicon, kept only when the guards of
their entry hold ("stocks rallied" is no protest, "released the film" no release of captives),
and a noun only when something makes it an occurrence (an agent, a date, a light verb: "held
talks"). Two of its tests, a date written before a noun (`premodified`) and the action an event
is the means of (`manner_host`), are also how `dates` attaches a date: they live here because
`dates` builds on the triggers, not the reverse."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsledger.extract.actors import org_lexicon
from newsledger.extract.reference import ActorIndex
from newsledger.extract.events.domain import domain, state_actor
from newsledger.extract.events.lexicon import lexicon, noun_lemma
from newsledger.extract.events.speech import asks_whether
from newsledger.extract.statements import predicated, reflexive, subject_of
from newsledger.extract.text import as_before, fold, lemma_keys, to_infinitive


@dataclass
class Trigger:
    """A word that names an event, with what the rules found out about it."""

    head: Token  # the verb or noun naming the action
    event_type: str
    mode: str | None
    tokens: list[Token]  # the trigger words as written
    light: Token | None = None  # "held" in "held talks"
    anchors: set[int] = field(default_factory=set)  # tokens whose modifiers describe the event
    political: bool = False  # kept only with a political participant (`needs_political`)
    intent: bool = False  # a pledge or promise that gives way to the event it names (`intent`)
    patient_possessive: bool = False  # "Smith's arrest": the possessor is the target (`patient`)
    doer_of: bool = False  # "the withdrawal of Ugandan troops from Somalia": the of-phrase moves (`doer_of`)
    conceded: bool = False  # a concession in words, coded as its [future] type though done (`concede_*`)
    in_words: bool = False  # an attack or clash read as words (`verbal_type`): in a sports story, play


def verb_lemma(tok: Token) -> str:
    """The verb's lemma, mended where the small model's lemmatiser strips a past tense to a
    wrong stem ('fined' -> 'fin', 'staged' -> 'stag'): a listed verb or light verb the -d form
    comes from wins."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    low = tok.lower_
    if (lemma not in lex.verbs and lemma not in lex.light and tok.tag_ in ("VBD", "VBN") and low.endswith("ed")
            and (low[:-1] in lex.verbs or low[:-1] in lex.light)):
        return low[:-1]
    return lemma


def _verb_entry(tok: Token) -> tuple[dict, list[Token]] | None:
    """The lexicon entry of a verb and its trigger words: a phrasal key ("step down", "call
    for") before the bare lemma, and none for a phrasal verb the lexicon does not list."""
    lex = lexicon()
    lemma = verb_lemma(tok)
    for child in [*tok.children, *_hung_on_addressee(tok)]:
        if (child.dep_ in ("prep", "prt") or child.dep_ == "advmod" and child.lower_ in _PARTICLES
                or child.pos_ == "ADJ" and child.dep_ in _VERDICT_DEPS) and (
                f"{lemma} {child.lower_}" in lex.verbs):
            entry = lex.verbs[f"{lemma} {child.lower_}"]
            listed = entry.get("objects") and (_object_in(child, entry["objects"], ("pobj",)) or (
                child.dep_ == "prep" and _object_in(tok, entry["objects"])))  # "warned Israel of reprisals", "let aid trucks into Gaza"
            out_of = child.lower_ in _PARTICLES and any(c.dep_ == "prep" and c.lower_ == "of" for c in child.children)
            # "pulled its ambassador out of Egypt": a particle with its own of-phrase, the object before it no matter
            if child.dep_ == "prep" and (_temporal_object(child) or child.i < tok.i or (
                    entry.get("particle") and any(p.dep_ == "pobj" for p in child.children)) or not listed and not out_of and any(
                    o.dep_ in ("dobj", "oprd", "dative") and tok.i < o.i < child.i for o in tok.children)):
                continue  # "called in administrators on Friday", "gave details in a speech", "called Labour a machine for"
            return entry, [tok, child]
    for clause in tok.children:  # "called for the governor to resign": "for" parsed as the clause's mark
        mark = next((m for m in clause.children if m.dep_ == "mark" and m.i == tok.i + 1), None)
        if clause.dep_ in ("advcl", "xcomp", "ccomp") and mark is not None and f"{lemma} {mark.lower_}" in lex.verbs:
            return lex.verbs[f"{lemma} {mark.lower_}"], [tok, mark]
    if (misread := _number_particle(tok)) is not None and f"{lemma} {misread.lower_}" in lex.verbs:
        return lex.verbs[f"{lemma} {misread.lower_}"], [tok, misread]
    if any(c.dep_ == "prt" for c in tok.children):
        return None  # a phrasal verb means something else: "back up", "shell out", "call off"
    if lemma in lex.verbs:
        return lex.verbs[lemma], [tok]
    return None


def _hung_on_addressee(tok: Token) -> list[Token]:
    """The prepositions the parse hangs on whom the verb addresses rather than on the verb
    ('appealed to donors for food aid': the appeal is for aid)."""
    return [c for to in tok.children if to.dep_ == "prep" and to.lower_ == "to"
            for p in to.children if p.dep_ == "pobj" for c in p.children if c.dep_ == "prep" and c.i > p.i]


def _number_particle(tok: Token) -> Token | None:
    """The particle right after the verb that the parse read as a modifier of the number of its
    object ('handed over 2,000 rifles': 'over' as in 'over 2,000')."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    if (nxt is not None and nxt.dep_ == "quantmod" and nxt.lower_ in _PARTICLES and nxt.head.dep_ == "nummod"
            and nxt.head.head.dep_ == "dobj" and nxt.head.head.head == tok):
        return nxt
    return None


def _politicians(subj: Token | None) -> bool:
    """A subject who fights with words: politicians by title ('the two leaders')."""
    return subj is not None and subj.lemma_.lower() in lexicon().lists["verbal_subjects"]


def _has_purpose(noun: Token) -> bool:
    """The noun says what is wanted: a for-phrase or a to-infinitive ('an appeal for calm', 'an
    appeal to stay at home'), not a noun the parse reads as a verb after 'to' ('its appeal to core
    values')."""
    return any(c.dep_ == "prep" and c.lower_ == "for" or c.dep_ in ("acl", "relcl") and to_infinitive(c) and c.tag_ == "VB"
               for c in noun.children)


def _in_words(tok: Token) -> bool:
    """The attack is made at or in a place of words ('at the final debate', 'in an interview':
    the [verbal_venues]), or told by a participle on one or on a message ('a speech attacking the
    nominee', 'ads attacking him': the [messages] too)."""
    venues = lexicon().lists["verbal_venues"]
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in venues | lexicon().lists["messages"]:
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("at", "in", "during") and p.dep_ == "pobj" and p.lemma_.lower() in venues
               for c in tok.children for p in c.children)


def _saying(tok: Token) -> bool:
    """The attack is made by what is said with it ('attacked the colonisers, saying they ...',
    'attacked his rival, calling him a liar': the [attack_speech] participles)."""
    speech = lexicon().lists["attack_speech"]
    return any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in speech for c in tok.children)


def _between_persons(noun: Token, index: ActorIndex) -> bool:
    """Every side a with- or between-phrase names is a person known by name or office ('repeated
    clashes with Mr Lane', 'clashes between the two leaders'; not 'clashes between police and
    protesters'): a quarrel."""
    sides = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
             for p in c.children if p.dep_ == "pobj"]
    sides += [c for s in sides for c in s.conjuncts]
    return bool(sides) and all(_person(s, index) for s in sides)


def _portraying(noun: Token) -> bool:
    """The attacks are made to cast someone in a light ('attacks designed to paint the governor
    as weak', 'attacks portraying her as a liar': the [portraying] verbs): words, not force."""
    return any(c.dep_ in ("acl", "relcl") and any(t.lemma_.lower() in lexicon().lists["portraying"] for t in c.subtree)
               for c in noun.children)


def _for_relief(tok: Token) -> bool:
    """Forces are sent to help, not to fight ('deployed soldiers to help flood victims', 'sent
    troops to rescue survivors'): a to-infinitive of the [relief_acts] on the verb or its object."""
    acts = lexicon().lists["relief_acts"]
    heads = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(c.dep_ in ("advcl", "xcomp", "relcl", "acl") and to_infinitive(c) and c.lemma_.lower() in acts
               for h in heads for c in h.children)


def _over_an_issue(tok: Token) -> bool:
    """The quarrel is 'over' or 'about' something that is no time or place ('attacks over
    immigration', not 'attacks over the weekend' or 'over the border'; but 'attacked the
    government over Iraq and its response to the floods', where a place goes with an issue), also
    where the parse hangs it on the other side ('clashed with the council over budgets')."""
    return any(c.dep_ == "prep" and c.lower_ in ("over", "about") and not _temporal_object(c) and not all(
        w.ent_type_ in ("GPE", "LOC", "FAC") for p in c.children if p.dep_ == "pobj" for w in (p, *p.conjuncts))
        for h in (tok, *_partners(tok)) for c in h.children)


def _partners(tok: Token) -> list[Token]:
    """The other side named in a with- or against-phrase ('clashed with the council')."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
            for p in c.children if p.dep_ == "pobj"]


def _by_force(tok: Token) -> bool:
    """A side is armed or a street crowd ('police clashed with protesters', 'students clashed
    with riot police', 'villagers clashed with soldiers'), both sides are crowds ('supporters
    clashed with rival activists'), or the clash kills or wounds ('leaving three dead'): force,
    whatever the quarrel is over; a crowd facing a body quarrels ('students clashed with the
    university over fees')."""
    lists = lexicon().lists
    doer = subject_of(tok)
    sides = [s for s in (doer, *([] if _politicians(doer) else _partners(tok))) if s is not None]  # "the mayor
    # clashed with police over overtime": a politician quarrels with the force
    sides += [c for s in sides for c in s.conjuncts]
    fighters = lists["forces"] | lists["armed_groups"] | lists["rioters"] | lists["protesters"]
    crowds = [noun_lemma(s) in lists["storming_crowds"] for s in sides]
    return any(noun_lemma(s) in fighters for s in sides + crowd_members(sides)) or len(crowds) > 1 and all(crowds) or any(
        t.lemma_.lower() in lists["bloodshed"] and _outcome(t, tok) for t in tok.subtree)


def _outcome(tok: Token, verb: Token) -> bool:
    """The word tells what the act did, within two steps of `verb` ('clashed, killing 12',
    'clashed, leaving three dead'), not what is said or asked about further down ('attacked the
    plan, saying it would kill jobs', 'chiding him when questioned about the deaths')."""
    path = []
    cur = tok
    while cur != verb and cur.head != cur:
        path.append(cur)
        cur = cur.head
    return cur == verb and len(path) <= 2 and not any(
        t.dep_ == "ccomp" or t.lemma_.lower() in lexicon().lists["attack_speech"] for t in path)


def _person(tok: Token | None, index: ActorIndex) -> bool:
    """A person known by name, pronoun or office ('Smith', 'he', 'the candidate')."""
    if tok is None:
        return False
    return _politicians(tok) or any(index.actor(k).actor_type == "person" for k in index.resolve(tok))


def _war_of_words(attack: Token, agent: Token | None, targets: list[Token], index: ActorIndex) -> bool:
    """An attack in words, unless a weapon is named ('attacked him with a knife'; beatings and
    stabbings have verbs of their own): one person attacking another by name or office ('Smith
    attacked Jones', 'his attacks on the candidate'), or a politician attacking anything that
    is no state, place or armed group, or nothing named ('the senator attacked the companies',
    'his attack on her qualifications', 'the senator's attacks were echoed'; but 'the president
    attacked Iraq'), or a person attacking a body that bears no arms ('his attack on Labour',
    'Smith attacked the BBC')."""
    if any(w.lemma_.lower() in lexicon().lists["hand_weapons"] for w in attack.subtree):
        return False
    if _person(agent, index) and any(_person(t, index) or _unarmed_body(t, index) for t in targets):
        return True
    if agent is not None and (agent.pos_ == "PRON" or _person(agent, index)) and any(_politicians(t) for t in targets):
        return True  # "he has clashed with ministers"
    if _named_person_aimed(attack, agent, targets, index):
        return True
    return _politician(agent, index) and not any(_armed_or_place(t, index) for t in targets)


def _unarmed_body(tok: Token, index: ActorIndex) -> bool:
    """An organisation known by name that is no place, state or armed group ('Labour', 'the BBC'):
    what a person attacks in it is its words or deeds."""
    keys = index.resolve(tok)
    return bool(keys) and all(index.actor(k).actor_type == "organization" for k in keys) and not _armed_or_place(tok, index)


def _named_person_aimed(attack: Token, agent: Token | None, targets: list[Token], index: ActorIndex) -> bool:
    """A person named in the article, or what is theirs, is attacked by no one named as a person
    by what they are ('ads attacking Trump', 'spent $6 million attacking Clinton', 'attacked
    Romney's work at Bain', 'is not inclined to attack Clinton'): in news, words. A man, a gunman
    or an assailant who attacks a named person uses force ('a man attacked the senator'), as does
    an attack by a weapon ('a missile attack on X', where X may be a town read as a person)."""
    lex = lexicon()
    arms = lex.lists["forces"] | lex.lists["arms"] | lex.lists["explosives"]
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in arms for c in attack.children):
        return False
    named = [t for t in targets + [c for t in targets for c in t.children if c.dep_ == "poss"]
             if t.ent_type_ not in ("GPE", "LOC", "FAC") and t.i not in index.places
             and any(index.actor(k).actor_type == "person" for k in index.resolve(t))]
    if agent is None and attack.pos_ == "NOUN" and attack.dep_ == "dobj":
        agent = subject_of(attack.head)  # "gunmen launched an attack on the governor": the gunmen
    if agent is not None:
        agent = antecedent_of(agent)  # "an ad that attacked him": the ad
    harmless = agent is None or bool(index.resolve(agent)) or (
        agent.lemma_.lower() in lex.lists["verbal_venues"] or agent.lemma_.lower() in lex.parties) and not (
        agent.lemma_.lower() in lex.lists["generic_parties"])
    return bool(named) and harmless


def _person_or_party(verb: Token, index: ActorIndex) -> bool:
    """The verb acts on a person or a political party ('destroy him', 'destroying the Republican
    Party', 'to destroy the Tories'): a ruin at the polls or in the press, no force."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(index.actor(k).actor_type == "person" or fold(index.actor(k).name) in org_lexicon().parties
               for c in objects for k in index.resolve(c))


def _politician(tok: Token | None, index: ActorIndex) -> bool:
    """A person with a political title ('Senator Jane Hill', 'the president') or a listed party
    ('the Greens ... They attacked the government'), who fight with words."""
    return tok is not None and (_politicians(tok) or any(
        index.actor(k).actor_type == "person" and state_actor(k, index) or fold(index.actor(k).name) in org_lexicon().parties
        for k in index.resolve(tok)))


def _armed_or_place(tok: Token, index: ActorIndex) -> bool:
    """What a physical attack is aimed at: a country, a place, an armed group or forces, or a
    military target ('rebel positions', 'the army's bases')."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    return (tok.ent_type_ in ("GPE", "LOC", "FAC", "NORP") or lemma in lex.places or lemma in lex.lists["forces"]
            or lemma in lex.lists["armed_groups"] or lemma in lex.lists["military_targets"]
            or any(index.actor(k).actor_type in ("country", "group") for k in index.resolve(tok)))


def _has_partner(verb: Token) -> bool:
    """Someone to do it with: a with-phrase, or a plural or conjoined subject ('discussed trade
    with Japan', 'the two leaders discussed trade', 'Kenya and Uganda discussed')."""
    subj = subject_of(verb)
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "discussed the idea with him"
    return any(c.dep_ == "prep" and c.lower_ == "with" for h in heads for c in h.children) or subj is not None and (
        bool(subj.conjuncts) or subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they", "we"))


def _warns_of(verb: Token, name: str, index: ActorIndex) -> bool:
    """A party is told what it will suffer, or warned off an act of force ('warned Chile against
    sending troops', [deterred_acts]): the verb's object (or passive subject) is an actor or a party ('warned Taiwan', 'the
    rebels were warned') and it has an against-phrase or its that-clause names one of the lemmas
    of list `name`, or an adjective and noun of it ('that it would mean war', 'that it would pay a heavy price'), as
    what the clause's verb brings on: its object or complement, or the object of its preposition
    ('would be met with a swift response'), not its subject or a word further down ('warned the
    premier that the war could be illegal without a resolution sanctioning action': advice)."""
    words = lexicon().lists[name]
    if not any(c.dep_ in ("dobj", "nsubjpass") and (index.resolve(c) or noun_lemma(c) in lexicon().parties)
               for c in verb.children):  # "Taiwan was warned that ...": the passive's subject is told
        return False
    lists = lexicon().lists
    if any(t.lemma_.lower() in lists["deterred_acts"] or noun_lemma(t) in lists["forces"]
           for c in verb.children if c.dep_ == "prep" and c.lower_ == "against" for t in c.subtree):
        return True  # "warned Russia against sending troops": a deterrent of force, told to a party;
        # not "warned Japan against visiting the shrine"
    brought = [t for c in verb.children if c.dep_ == "ccomp" for t in c.children if t.dep_ in ("dobj", "attr")]
    brought += [p for c in verb.children if c.dep_ == "ccomp" for prep in c.children if prep.dep_ == "prep"
                for p in prep.children if p.dep_ == "pobj"]
    brought += [c for t in brought for c in t.conjuncts]
    return any(t.lemma_.lower() in words or any(f"{m.lemma_.lower()} {t.lemma_.lower()}" in words
                                                for m in t.children if m.dep_ == "amod") for t in brought)


def _lets_in(verb: Token, admitted: str, entering: str) -> Token | None:
    """The clause in which the verb lets one of list `admitted` (inspectors, aid trucks) do one
    of list `entering` (enter, visit), whose date is the access's: its to-clause's verb is one of
    `entering`, and the clause's subject or the verb's object, or what it measures ('a team of
    investigators'), is one of `admitted`; or the verb lets its object of `admitted` into a place
    ('allowed aid convoys into Tigray')."""
    lists = lexicon().lists
    for clause in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in lists[entering]):
        who = [c for c in [*verb.children, *clause.children] if c.dep_ in ("dobj", "nsubj") and c.head in (verb, clause)
               and c != subject_of(verb)]
        who += [p for w in who for prep in w.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children]
        if any(noun_lemma(w) in lists[admitted] for w in who):
            return clause
    if any(c.dep_ == "dobj" and noun_lemma(c) in lists[admitted] and any(
            p.dep_ == "prep" and p.lower_ == "into" for p in (*verb.children, *c.children)) for c in verb.children):
        return verb  # "allowed UN convoys into the region": let in, no clause of entering needed
    return None


def _place_object(verb: Token, index: ActorIndex, deps: tuple[str, ...] = ("dobj",)) -> bool:
    """The verb's object (or the argument `deps`: a preposition's object) is a place: a named one or
    a place noun ('occupied the embassy', 'captured the provincial capital', 'the occupation of Kuwait')."""
    return any(c.dep_ in deps and (c.i in index.places or c.ent_type_ in ("GPE", "LOC", "FAC")
                                     or c.lemma_.lower() in lexicon().places) for c in verb.children)


def _asks_only_someone(verb: Token, index: ActorIndex) -> bool:
    """'asked the minister about the deal': someone is asked, but nothing is asked for (no
    to-clause, no 'for', no thing asked: 'asked Russia to withdraw', 'asked the UN for help',
    'asked permission')."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return bool(objects) and all(_person(o, index) or o.lemma_.lower() in lexicon().parties or index.resolve(o)
                                 for o in objects) and not any(
        c.dep_ in ("xcomp", "ccomp") or c.dep_ == "advcl" and to_infinitive(c) or c.dep_ == "prep" and c.lower_ == "for"
        for c in verb.children)


def _blast_at_work(noun: Token) -> bool:
    """'an explosion at a coal mine', 'a gas explosion': a blast whose place or cause is a
    workplace ([workplaces] of its `not_sites` entry) and that no bomb sets off is an accident."""
    found = noun_entry(noun) if noun.pos_ == "NOUN" else None
    if not found or not found[0].get("not_sites"):
        return False
    lex = lexicon()
    words = [t.lemma_.lower() for t in noun.subtree if t.i != noun.i]
    return any(w in lex.lists[found[0]["not_sites"]] for w in words) and not any(
        w in lex.lists["explosives"] and w not in ("mine", "blast") for w in words)


def _disaster_toll(verb: Token) -> bool:
    """'More than 200 people are believed to have been killed in Aceh, the province nearest the
    earthquake': a killing told with no doer (passive, no by-agent, no when-clause telling how)
    in a sentence that names a natural disaster ([disasters]) is the disaster's toll."""
    told_passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl" and verb.tag_ == "VBN"
    if not told_passive or any(c.dep_ in ("agent", "nsubj", "advcl") for c in verb.children):
        return False
    return _sentence_names(verb, "disasters")


def _sentence_names(tok: Token, list_name: str) -> bool:
    """Whether the sentence of `tok` names a thing of a lexicon list ('as floods swept the coast')."""
    things = lexicon().lists[list_name]
    return any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in things for t in tok.sent)


def _done_for(verb: Token, list_name: str) -> bool:
    """Whether what the verb is done for, its for-phrase or its to-clause (with what that clause
    is about: 'to celebrate the title'), names one of a lexicon list."""
    things = lexicon().lists[list_name]
    purposes = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    purposes += [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and to_infinitive(c)]
    purposes += [o for c in purposes if c.pos_ == "VERB" for o in c.children if o.dep_ == "dobj"]
    return any(any(k in things for k in lemma_keys(p)) for p in purposes)


def _agents(tok: Token) -> list[Token]:
    """Who or what does the verb's action: its active subject (a relative pronoun's antecedent:
    'the fire which destroyed the buildings'; a participle clause's, its main clause's subject:
    'a landslide buried the village, killing 40', and the verb it goes on from when that has no
    object: 'the bus plunged into a ravine, killing 22'; the noun of a clause parsed as a participle on it,
    which has an object: 'after an earthquake killed 300 people'), its by-agent, or what it
    happened in or, told in the passive, after ('killed in a car crash', 'were killed following
    an earthquake'), or the verb of a when-clause that tells it ('killed when the bus crashed')."""
    out = [c for c in tok.children if c.dep_ == "nsubj"]
    out += [antecedent_of(c) for c in out if antecedent_of(c) is not c]
    if not out and tok.dep_ == "advcl" and tok.tag_ == "VBG":  # "a landslide buried the village, killing 40",
        out = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "the bus crashed, killing 22"
        out += [tok.head] if not any(c.dep_ == "dobj" for c in tok.head.children) else []
    if tok.dep_ == "acl" and any(c.dep_ == "dobj" for c in tok.children):
        out.append(tok.head)
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    out += [p for c in tok.children if c.dep_ == "agent" or c.dep_ == "prep" and (
                c.lower_ == "in" or passive and c.lower_ in ("after", "following"))
            for p in c.children if p.dep_ == "pobj"]
    return out + [c for c in tok.children if c.dep_ == "advcl" and any(  # "killed when their helicopter crashed"
        m.dep_ == "advmod" and m.lower_ == "when" for m in c.children)]


_PARTICLES = ("down", "up", "out", "off", "in", "back", "over", "away")  # "stepped down" parsed as an adverb
_VERDICT_DEPS = ("oprd", "ccomp", "acomp")  # "was found guilty", "found him liable": the adjective a key pairs with its verb


def _agreed_to(verb: Token, name: str) -> bool:
    """What the verb (or a deal) binds its subject to, its to-clause's verb or its to-phrase's noun,
    is one of list `name` ('agreed to buy a stake', 'agreed to a buyout by its rival', 'his deal to
    buy the estate')."""
    words = lexicon().lists[name]
    return any((c.dep_ == "xcomp" or c.dep_ == "acl" and to_infinitive(c)) and c.lemma_.lower() in words
               for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "to" and p.dep_ == "pobj" and noun_lemma(p) in words
        for c in verb.children for p in c.children)


def _internal_review(verb: Token, name: str, index: ActorIndex) -> bool:
    """An order whose to-clause only looks at or checks something (its verb and their conjuncts all
    of list `name`), bid of no named party: a passive ('ordered all contracts to be examined') or
    staff named by what they are ('ordered officials to review the budget'). An internal review, no
    request between parties; 'ordered the State Department to review and release the emails' is one."""
    reviewed = frozenset(lexicon().lists[name])
    clauses = [c for c in verb.children if c.dep_ == "xcomp"]
    if not clauses or not all(v.lemma_.lower() in reviewed for c in clauses for v in (c, *c.conjuncts)):
        return False
    bidden = [c for c in verb.children if c.dep_ == "dobj"]
    passive = any(a.dep_ == "auxpass" for c in clauses for a in c.children)
    return passive or not any(index.resolve(b) for b in bidden)


def _standing_rule(verb: Token) -> bool:
    """A present passive with no doer and no other auxiliary ('are barred from', 'is banned'): the
    rule as it stands, not the act of making it ('were barred by the court', 'will be banned')."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in ("VBZ", "VBP")
            and not any(c.dep_ == "agent" for c in verb.children))


def _object_clauses(verb: Token) -> list[Token]:
    """To-clauses the parse hung on the verb's object, not on the verb ('gave Poland two months
    [to change] the law', 'gave the envoy 72 hours [to leave]')."""
    objects = [o for o in verb.children if o.dep_ == "dobj"] + _second_object(verb)
    return [a for o in objects for a in o.children if a.dep_ in ("acl", "relcl") and to_infinitive(a)]


def _or_else(verb: Token) -> bool:
    """The verb's to-clause offers an alternative with 'or' ('to release the hostages or face an
    assault', 'to leave or be expelled'): what follows if it is not done."""
    clauses = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and to_infinitive(c)] + _object_clauses(verb)
    turns = lexicon().lists["ultimatum_turns"]
    return any(any(cc.dep_ == "cc" and cc.lower_ == "or" for cc in c.children) and any(j.dep_ == "conj" for j in c.children)
               or any(t.lower_ == "or" and t.i + 1 < len(t.doc) and t.nbor().lower_ in turns for t in c.subtree)
               for c in clauses)  # "to leave the town or face attack", the parse joining "face" to "town"


def _second_object(verb: Token) -> list[Token]:
    """The second object of a double-object verb that the parse read as an adverb of time right
    after the first, or as an apposition of it ('gave the ambassador [72 hours]', "gave Britain's
    ambassador [72 hours]"), when it is counted ('two days', 'a week'; not 'a contract last week')."""
    firsts = [c for c in verb.children if c.dep_ in ("dative", "dobj")]
    seconds = [c for c in verb.children if c.dep_ == "npadvmod" and any(c.left_edge.i == f.right_edge.i + 1 for f in firsts)]
    seconds += [a for f in firsts for a in f.children if a.dep_ == "appos"]
    return [c for c in seconds if any(n.dep_ == "nummod" or n.dep_ == "det" and n.lower_ in ("a", "an") for n in c.children)]


def participle_adjective(tok: Token) -> bool:
    """A present participle of the [participle_adjectives] said of something as its quality, by a
    copula or a verb like 'look' ('the talks had been promising', 'the offer looks appealing',
    'it is promising that Iran returned'), with no object or to-clause of an act ('is promising
    voters a vote', 'is threatening to strike') nor a that-clause of someone's ('he is promising
    that he will'): an adjective, no act."""
    if tok.tag_ != "VBG" or tok.lemma_.lower() not in lexicon().lists["participle_adjectives"]:
        return False
    if not (tok.dep_ == "acomp" or any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children)):
        return False
    subj = subject_of(tok)
    return not any(c.dep_ in ("dobj", "dative", "xcomp") or c.dep_ == "ccomp" and not (subj is not None and subj.lower_ == "it")
                   for c in tok.children)


def _temporal_object(prep: Token) -> bool:
    """'on Friday', 'for the first time': a preposition that dates rather than completes a verb."""
    return any(p.ent_type_ in ("DATE", "TIME") or p.lemma_.lower() in ("time", "moment", "first")
               for p in prep.children if p.dep_ == "pobj")


def noun_entry(tok: Token) -> tuple[dict, list[Token]] | None:
    """The lexicon entry of an event noun and its trigger words ('phone call', 'cease-fire',
    'talks'), or None: also how `dates` tells an event noun from a thing."""
    lex = lexicon()
    low, lemma = tok.lower_, tok.lemma_.lower()
    for child in tok.children:
        if child.dep_ in ("compound", "amod", "nmod") and f"{child.lower_} {lemma}" in lex.nouns:
            return lex.nouns[f"{child.lower_} {lemma}"], [child, tok]
        if (child.i == tok.i - 2 and tok.doc[tok.i - 1].text == "-"
                and (hyphened := f"{child.lower_}-{low}") in lex.nouns):
            return lex.nouns[hyphened], [child, tok]  # "cease-fire", "sit-in": three tokens
        if child.dep_ == "prep" and f"{lemma} {child.lower_}" in lex.nouns and not _temporal_object(child):
            return lex.nouns[f"{lemma} {child.lower_}"], [tok, child]  # "calls on Iran", not "a call on Saturday"
        of_what = next((p for p in child.children if p.dep_ == "pobj"), None) if child.lower_ == "of" else None
        if of_what is not None and (named := f"{lemma} of {of_what.lower_}") in lex.nouns:
            return lex.nouns[named], [tok, child, of_what]  # "a state of emergency"
    if tok.dep_ == "dobj" and verb_lemma(tok.head) in lex.light:  # "imposed curbs on chip exports": the parser
        # hangs the preposition on the light verb that carries the noun
        for prep in (c for c in tok.head.children if c.dep_ in ("prep", "dative") and c.i > tok.i):
            if (key := f"{lemma} {prep.lower_}") in lex.nouns and not _temporal_object(prep):
                return lex.nouns[key], [tok, prep]
        if f"{lemma} to" in lex.nouns and any(c.dep_ == "dative" and c.i < tok.i and c.pos_ in ("PROPN", "NOUN")
                                              for c in tok.head.children):
            return lex.nouns[f"{lemma} to"], [tok]  # "gave Taiwan a stern warning": a warning to Taiwan
    for key in (low, lemma):
        if key in lex.nouns:
            return lex.nouns[key], [tok]
    return None


def modified_away(noun: Token, entry: dict) -> bool:
    """A modifier of the event noun takes it out of politics (its entry's `not_modifiers`, a list
    or lists: 'the DVD format war', 'a 2003 bond deal', 'a town hall meeting')."""
    if not entry.get("not_modifiers"):
        return False
    names = entry["not_modifiers"]
    words = frozenset().union(*(lexicon().lists[n] for n in ([names] if isinstance(names, str) else names)))
    return any(c.dep_ in ("compound", "amod") and (
        c.lemma_.lower() in words or noun.doc[c.left_edge.i:c.i + 1].text.lower() in words) for c in noun.children)


def own_session(noun: Token) -> bool:
    """A meeting a body holds of its own members ([bodies]: 'chairing a meeting of the emergency
    committee', 'the party's annual conference', 'the cabinet held an emergency meeting', 'ahead
    of its meeting'), or one of a round held by no one named ([session_marks]: 'at the next
    meeting in February', 'the annual meeting'): a session, not a consultation between actors
    (PLOVER 3.5); not one with others ('a meeting of the board with the unions', 'talks between
    the committee and the unions', 'at their next meeting')."""
    lex = lexicon()
    if noun.lemma_.lower() not in lex.lists["meeting_objects"]:
        return False  # "met members of Congress": people, no session
    bodies = lex.lists["bodies"]
    verb = noun.head if noun.dep_ == "dobj" else None
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for w in (noun, verb) if w is not None
           for c in w.children):
        return False
    holders = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    holders = [next(iter(crowd_members([h])), h) if h.lower_ in ("one", "each") else h for h in holders]
    # "the next meeting of one of the EU's ministerial councils": the council's
    holders += [c for c in noun.children if c.dep_ == "poss" and (c.pos_ != "PRON" or c.lower_ == "its")
                and c.ent_type_ not in ("DATE", "TIME")]
    if verb is not None and not holders and (subj := subject_of(verb)) is not None:
        holders = [subj]  # "the cabinet held an emergency meeting"
    if not holders and not any(c.dep_ == "poss" for c in noun.children):
        return any(c.dep_ == "amod" and c.lower_ in lex.lists["session_marks"] for c in noun.children)
        # "rates may rise at the next meeting in February", "told the annual meeting": a body's round of sessions
    return bool(holders) and all((h.lower_ == "its" or _lone_body(h, bodies)) and not any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") for c in h.children) for h in holders)


def _lone_body(tok: Token, bodies: frozenset[str]) -> bool:
    """One body alone (one of `bodies`, or a name holding one: 'the committee', 'the Bank of
    Ghana'): who meets alone holds a session, no talks."""
    name = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None) if tok.ent_type_ else None
    words = [tok] if name is None else list(name)  # "the Bank of Ghana's next meeting"
    return any(w.lemma_.lower() in bodies for w in words) and not tok.conjuncts


def _public_consultation(noun: Token) -> bool:
    """A consultation in the singular with no with- or between-phrase ('launched a consultation on
    the new airport', 'a consultation paper'): the public's views asked, not talks between parties
    ('held consultations with Japan', 'after consultation with the allies')."""
    verb = noun.head if noun.dep_ == "dobj" else None
    return noun.tag_ == "NN" and not any(c.dep_ == "prep" and c.lower_ in ("with", "between")
                                         for w in (noun, verb) if w is not None for c in w.children)


def _priced(noun: Token) -> bool:
    """A noun counted in money ('charges of £20m', '$40m of charges', 'a $5bn charge'): a cost in
    the accounts, no act."""
    def money(tok: Token) -> bool:
        return any(t.ent_type_ == "MONEY" or t.tag_ == "$" for t in tok.subtree)
    if any(c.dep_ in ("nummod", "compound", "nmod", "quantmod") and money(c) for c in noun.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "of" and money(c) for c in noun.children):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in ("of", "in") and noun.head.head.ent_type_ == "MONEY"


def _own_object(verb: Token, kinds: Collection[str], index: ActorIndex) -> bool:
    """The verb's object is one of `kinds` and its subject's own: 'its own', or owned by whom the
    subject is ('Ms Lind defended her record'); not 'defended his son's record', nor an owner who
    is someone else ('she defended the minister's record')."""
    subj = subject_of(verb)
    subject_keys = set(index.resolve(subj)) if subj is not None else set()
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in kinds):
        if any(c.lower_ == "own" for c in obj.children):
            return True
        if any(subject_keys & set(index.resolve(owner)) for owner in obj.children if owner.dep_ == "poss"):
            return True
    return False


def acts_on_people(tok: Token, index: ActorIndex) -> bool:
    """What the verb or noun acts on (object, passive subject, 'of' phrase) is a person, group or
    captive."""
    captives = lexicon().captives
    cands = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    cands += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if tok.pos_ == "VERB" and tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
        cands.append(tok.head)  # "prisoners released on Monday"
    if tok.pos_ == "VERB" and tok.dep_ == "advcl" and tok.tag_ == "VBN":
        cands += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "Freed on Monday, he ..."
    if tok.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        cands += [c for c in tok.children if c.dep_ == "poss"]  # "Smith's arrest"; not "Smith's capture of the nomination"
    for c in cands:
        if (c.lemma_.lower() in captives or c.lower_ in captives or c.lower_ in _PERSONAL
                or c.lemma_.lower() in lexicon().lists["generic_parties"]
                or any(m.dep_ == "amod" and m.lemma_.lower() in lexicon().lists["captive_marks"] for m in c.children)):
            return True  # "released the hostages", "charged the former president", "freed two kidnapped engineers"
        if any(index.actor(k).actor_type in ("person", "group", "country") for k in index.resolve(c)):
            return True  # "suspended Niger": a member state
    return False


def _believed(noun: Token) -> bool:
    """The noun names a belief ('conviction'): with a that-clause ('her conviction that the reform
    was right'), or an in-phrase on a thing that is no name, date, number, court, case or crime
    ('his conviction in the right to self-rule'; not 'his conviction in Texas', 'in 2003', 'in
    court', 'in the fraud case', 'in the killing of')."""
    lists = lexicon().lists
    legal = lists["legal_objects"] | lists["courts"] | lists["inquired"] | lists["in_absentia"]
    return any(c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               or c.dep_ == "prep" and c.lower_ == "in" and any(
                   p.dep_ == "pobj" and not p.ent_type_ and not p.like_num and p.lemma_.lower() not in legal for p in c.children)
               for c in noun.children)


def _tried(tok: Token, index: ActorIndex, marks: frozenset[str]) -> bool:
    """A trial in court, not a firm's or a product's test ('a free trial', "BT's trials of the
    service", 'set to trial the technology'): one of people (an of-phrase that names a person or a
    group, or a word of people in a sentence with a word of `marks`: 'the trial of Ana Ruiz', 'the
    trial of two men accused of fraud'; not 'trials of its media player'), or with no of-phrase,
    'on trial' or 'to trial', a [trial_verbs] object ('will stand trial'), a person's ('his
    trial', "Smith's trial", 'whose trial'), or told in a sentence with a word of `marks`, or
    right after one ('the murder trial', 'the trial opened at the High Court', 'Students sued the
    college. The trial is set for May')."""
    told = [*tok.sent, *(tok.doc[tok.sent.start - 1].sent if tok.sent.start > 0 else ())]
    in_court = any(t.lemma_.lower() in marks for t in told)  # "... sued the college. The trial is set for May."
    of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
    tried = [p for c in of for p in c.children if p.dep_ == "pobj"]
    if of:  # "a trial of libelling the firm" is no trial of people either
        return acts_on_people(tok, index) and (in_court or any(
            index.actor(k).actor_type in ("person", "group") for p in tried for k in index.resolve(p)))
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "to") or (
            tok.dep_ == "dobj" and tok.head.lemma_.lower() in lexicon().lists["trial_verbs"]):
        return True  # "is on trial", "brought to trial", "will stand trial"
    return in_court or any(c.dep_ == "poss" and c.lower_ in ("his", "her", "whose") for c in tok.children) or (
        acts_on_people(tok, index))


def _content_of(verb: Token, verbs: dict[int, Trigger], types: Collection[str]) -> bool:
    """The verb is what an act of one of `types` is about: its to-clause, or a verb joined to or
    governed by that clause ('urged them to stop attacking and apologize'), what someone is
    accused of, or a clause of it ('accused Rwanda of backing the rebels', 'accused of helping to
    topple the president'), or the that-clause of a demand."""
    cur = verb
    if "REQUEST" in types and _after_a_request(verb):
        return True  # "renewed her call for the minister to resign": no resignation
    if _accused_of(cur, verbs, types):
        return True  # "accused Rwanda of backing the rebels": the accusation is the event
    if cur.dep_ == "pcomp" and cur.head.head.i in verbs and cur.head in verbs[cur.head.head.i].tokens and (
            verbs[cur.head.head.i].event_type in types):
        return True  # "called for denying entry to travellers": the call is the event
    if cur.dep_ in ("acl", "relcl") and cur.head.dep_ == "dobj" and cur in _object_clauses(cur.head.head) and (
            cur.head.head.i in verbs and verbs[cur.head.head.i].event_type in types):
        return True  # "gave Poland two months to change the law": the change is asked
    while cur.dep_ in ("xcomp", "advcl", "conj", "ccomp") and cur.head != cur:
        if cur.dep_ == "ccomp":  # "demanded that Russia withdraw its troops": what is demanded has not happened
            return "REQUEST" in types and cur.head.i in verbs and verbs[cur.head.i].event_type == "REQUEST"
        if cur.dep_ in ("xcomp", "advcl") and cur.head.i in verbs and verbs[cur.head.i].event_type in types and (
                cur.dep_ == "xcomp" or any(m.i in verbs[cur.head.i].anchors or m.lower_ == "to"
                                           for m in cur.children if m.dep_ in ("mark", "aux"))
                or cur.tag_ == "VBG" and cur.i > cur.head.i and all(
                    t.dep_ in ("prt", "advmod", "neg") for t in cur.doc[cur.head.i + 1:cur.i])):
            return True  # "ruled out recognising Kosovo", not "refused, demanding talks"
        cur = cur.head
    return cur is not verb and _accused_of(cur, verbs, types)  # "accused of helping to topple him"


def _after_a_request(verb: Token) -> bool:
    """A to-infinitive right after a request noun of the [nouns] table, or after its for-phrase
    ('a demand to free the prisoners', 'her call for the minister to resign', 'a demand for
    Turkey to recognise Cyprus'): what is asked, whatever word the small model hangs it on."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None:
        return False
    asks = {key.split()[0] for key, entry in lexicon().nouns.items() if entry["type"] == "REQUEST"}
    for tok in reversed(verb.doc[max(verb.sent.start, to.i - 7):to.i]):
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in asks:
            between = verb.doc[tok.i + 1:to.i]
            return not between or between[0].lower_ == "for"
        if tok.pos_ in ("VERB", "AUX", "PUNCT", "ADP") and tok.lower_ != "for":
            return False
    return False


def _accused_of(verb: Token, verbs: dict[int, Trigger], types: Collection[str]) -> bool:
    """The verb tells what an accusation, one of `types`, is of ('accused Rwanda of backing the rebels')."""
    return (verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.i in verbs
            and verbs[verb.head.head.i].event_type == "ACCUSE" and "ACCUSE" in types)


def _asked_for(noun: Token, verbs: dict[int, Trigger]) -> bool:
    """The noun is what a request asks for: the object of a requesting verb, found as an event
    or listed as one ('demanding the resignation', 'called for talks'), not of an order that
    carries it ('ordered an embargo')."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB":
        return False
    if verb.i in verbs:  # "called for talks", not "pressed for it during the talks"
        return verbs[verb.i].event_type == "REQUEST" and (noun.dep_ == "dobj" or noun.head in verbs[verb.i].tokens)
    found = _verb_entry(verb)  # a request no party makes still asks ("the plan calls for a withdrawal")
    return found is not None and (noun.dep_ == "dobj" or noun.head in found[1]) and (
        found[0]["type"] == "REQUEST" and found[0].get("event_object") is not False)


def _held_by_person(noun: Token, light: Token | None, index: ActorIndex) -> bool:
    """The noun's possessor, or the subject of its light verb, is a person ('his rally',
    'Sanders held a rally')."""
    holders = [c for c in noun.children if c.dep_ == "poss"]
    if light is not None and (subj := subject_of(light)) is not None:
        holders.append(subj)
    return any(h.lower_ in ("his", "her", "my") or any(index.actor(k).actor_type == "person" for k in index.resolve(h))
               for h in holders)


def granted_ask(noun: Token) -> Token | None:
    """The ask whose for-phrase the noun is, which a verb grants ('granted her request for asylum':
    the [asks] and [granting] of plover.toml): the verb gives what is asked."""
    lists = lexicon().lists
    ask = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    if ask is None or ask.lemma_.lower() not in lists["asks"] or ask.dep_ not in ("dobj", "nsubjpass"):
        return None
    return ask if ask.head.lemma_.lower() in lists["granting"] else None


def measured_by(noun: Token) -> Token | None:
    """The verb whose object is a measure of the noun ('sent 50 tonnes of aid', 'received $20
    million in assistance', 'held a round of talks'): the noun is what the verb acts on."""
    prep = noun.head
    measure = prep.head
    if not (noun.dep_ == "pobj" and prep.lower_ in ("of", "in") and measure.dep_ == "dobj"):
        return None
    if measure.like_num or any(c.dep_ == "nummod" for c in measure.children) or (
            prep.lower_ == "of" and measure.lemma_.lower() in lexicon().lists["measures"]):
        return measure.head
    return None


def _has_cause(noun: Token, light: Token | None, name: str) -> bool:
    """The gathering is told as a demonstration (CAMEO 141, 'demonstrate or rally'), not as a
    campaign stop a politician speaks at: it is against or over something ('a rally against the
    war', 'joined a march against the war'), held in protest, to demand or in support of a cause
    ('a rally to demand higher pay', 'rallies calling for his return', 'a rally supporting his
    candidacy'), named by one of list
    `name`, or a word its modifier opens with ('a protest rally', 'an anti-war rally'), or held by
    protesters or workers on strike ('farmers held a rally', 'a rally of nurses')."""
    lists = lexicon().lists
    marks = lists[name]
    aims = [c for c in light.children if c.i > noun.i] if light is not None else []  # "joined a march against the war"
    if any(c.dep_ == "prep" and (c.lower_ in ("against", "over") or c.lower_ == "in" and any(
            p.lemma_.lower() in marks for p in c.children)) for c in [*noun.children, *aims]):
        return True
    host = light if light is not None else noun.head.head if noun.dep_ == "pobj" else None
    stated = [c for c in noun.children if c.dep_ in ("acl", "relcl") and (to_infinitive(c) or c.tag_ == "VBG")]
    stated += [c for c in (host.children if host is not None else ()) if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > noun.i
               and all(t.ent_type_ in ("DATE", "TIME") for t in noun.doc[noun.right_edge.i + 1:c.i])]
    purposes = [c for c in (host.children if host is not None else ()) if c.dep_ == "advcl" and c.i > noun.i
                and to_infinitive(c)]  # "held a rally on Sunday to demand": the purpose clause hung on the verb
    if any(to_infinitive(c) and c not in purposes or (found := _verb_entry(c)) is not None
           and found[0]["type"] in domain()["demonstrated_types"] for c in stated + purposes):
        return True  # "a rally to demand", "rallies calling for his return", "a rally supporting his candidacy",
        # "held a rally Sunday demanding his resignation" (the participle hung on the verb)
    if any(c.dep_ in ("compound", "amod", "nmod") and (c.lemma_.lower() in marks or c.left_edge.lower_ in marks)
           for c in noun.children):
        return True
    holders = [c for c in noun.children if c.dep_ == "poss"]
    holders += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "by") for p in c.children if p.dep_ == "pobj"]
    holders += [s] if light is not None and (s := subject_of(light)) is not None else []
    holders += crowd_members(holders)
    return any(noun_lemma(h) in lists["protesters"] | lists["strikers"] for h in holders)


def _event_noun(word: str) -> bool:
    """A noun that names an event by itself ('talks', 'the summit'), not only with a light verb
    ('support' is one in 'voiced support', none in 'received support from voters')."""
    entry = lexicon().nouns.get(word)
    return entry is not None and not entry.get("needs_light") and not entry.get("light_verbs")


def stance_to(noun: Token) -> bool:
    """A party noun that names a stance toward something ('opposition to new stores',
    'resistance to the plan'), not the party holding it ('the opposition')."""
    return noun.lemma_.lower() in lexicon().lists["stances"] and any(
        p.dep_ == "prep" and p.lower_ == "to" for p in noun.children)


def _object_is_party(tok: Token, index: ActorIndex, gatherings: str | None = None) -> bool:
    """The verb's object or 'with' phrase, when it has one, is an actor, a party-like noun or an
    event ('met the minister', 'hosted talks'), or one of the `gatherings` list parties attend
    ('attended the conference'; not 'a news conference', held for reporters)."""
    lex = lexicon()
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
             for p in c.children if p.dep_ == "pobj"]
    clause = tok
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head  # "a ceremony held in London and hosted by X"
    if not objs and clause.dep_ in ("relcl", "acl") and not any(
            c.dep_ == "prep" and c.lower_ != "by" for c in tok.children):
        objs = [clause.head]  # "the minister he met", "a ceremony hosted by X": the noun it describes
    if not objs and tok.tag_ == "VBN":
        objs = [c for c in clause.children if c.dep_ == "nsubjpass"]  # "the ceremony was hosted by X"
    for obj in objs:
        if obj.i in index.key_of_token or obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            continue  # the object itself, not a modifier ("US requirements")
        if obj.lower_ in ("him", "her", "them", "us", "me", "you", "each", "one"):
            continue
        lemma = obj.lemma_.lower()
        if stance_to(obj):
            return False  # "fighting opposition to new stores": a stance, no party
        if own_session(obj):
            return False  # "attended a meeting of the finance committee": a body's own session
        if lemma in lex.parties or lemma in lex.captives or _event_noun(obj.lower_) or _event_noun(lemma):
            continue
        if gatherings and lemma in lex.lists[gatherings] and not any(
                c.dep_ == "compound" and c.lemma_.lower() in lex.lists["briefing_words"] for c in obj.children):
            continue
        if obj.pos_ == "PRON" and obj.lower_ not in ("it", "this", "that"):
            continue
        return False
    return True


_PERSONAL = ("he", "she", "they", "him", "her", "them", "we", "us", "i", "me")
CROWD = frozenset({"thousand", "hundred", "ten", "dozen", "score", "million", "crowd", "group", "number"})  # lemmas


def crowd_members(nouns: list[Token]) -> list[Token]:
    """What a number, a crowd noun or a part of a group ([group_parts]) is made of ('thousands of
    protesters', 'hundreds of people', 'some of the factory's workers went on strike')."""
    return [p for c in nouns if c.like_num or c.lemma_.lower() in CROWD or _group_part(c)
            for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"]


def _polled(verb: Token) -> bool:
    """The verb's doer is a share a poll counts: its subject or its by-agent is one of the
    [poll_shares] ('32 percent of voters opposed the tax', 'backed by 34% of GOP voters'), or a
    [poll_fractions] word of a public (the [respondents], a people or a party's voters: 'two-thirds
    of Britons support', 'a majority of those polled'; not 'a majority of MPs backed the bill', a vote)."""
    lists = lexicon().lists
    doers = [subject_of(verb)] + [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    for doer in (d for d in doers if d is not None):
        if doer.lemma_.lower() in lists["poll_shares"]:
            return True
        public = [p for prep in doer.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children
                  if p.dep_ == "pobj"]
        if doer.lower_ in lists["poll_fractions"] and any(
                noun_lemma(p) in lists["respondents"] or p.ent_type_ == "NORP" and p.tag_ in ("NNS", "NNPS") or p.lower_ == "those"
                for p in public):
            return True
    return False


def _group_part(word: Token) -> bool:
    """A word naming a part of a group before its of-phrase ('some of', 'most of', 'half of'), not a
    share counted in a poll ('a majority of voters')."""
    return word.pos_ in ("PRON", "DET", "NOUN", "ADJ", "NUM") and word.lower_ in lexicon().lists["group_parts"]


def antecedent_of(word: Token) -> Token:
    """What a relative pronoun stands for ('students who were demonstrating': the students); any
    other word stands for itself."""
    return word.head.head if word.tag_ in ("WDT", "WP") and word.head.dep_ == "relcl" else word


def doer_told(word: Token) -> Token:
    """Who a subject says acts: a relative pronoun's antecedent when its clause tells a deed done,
    under way or coming ('rebels, who have threatened to', 'students who were demonstrating',
    'groups that will march'), not a kind of people by what they do or may do ('party members
    who support charters', 'leaders who can support any candidate'): there the pronoun itself."""
    clause = word.head
    habitual = clause.tag_ in ("VBP", "VBZ") or any(
        c.dep_ == "aux" and c.lower_ in lexicon().lists["potential_aux"] for c in clause.children)
    return word if habitual else antecedent_of(word)


_GENERIC_DETS = frozenset({"any", "every", "no", "all"})


def _generic(noun: Token, index: ActorIndex) -> bool:
    """A noun naming people by kind, not a group told of: a bare plural or one opened by 'any',
    'every' ('householders', 'any soldier'), or 'anyone', 'those', a generic 'you'; no name, no owner, no number
    ('a donor who backs him', 'an ad that attacks her' are told of)."""
    if noun.lower_ in ("anyone", "anybody", "those", "whoever", "someone", "somebody", "people", "you"):
        return True
    if noun.pos_ != "NOUN" or noun.i in index.key_of_token or index.resolve(noun):
        return False
    if any(c.dep_ in ("poss", "nummod") or c.dep_ == "det" and c.lower_ not in _GENERIC_DETS
           or c.dep_ == "compound" and any(g.dep_ == "nummod" for g in c.children) for c in noun.children):
        return False  # "1.4m workers": the 'm' a compound of the number
    return noun.tag_ == "NNS" or any(c.dep_ == "det" for c in noun.children)


def told_of_a_kind(trig: Trigger, index: ActorIndex) -> bool:
    """The act names a kind of people by what they do or may do, no deed: told in a relative clause
    in the simple present or with a modal of possibility on a generic noun ('householders who use
    grossly disproportionate force could face prosecution', 'anyone who attacks a police officer'),
    or by a participle on a bare plural inside a phrase of [kinds_of_case] ('in cases involving
    householders attacking intruders'), or by a gerund with no doer of its own that a noun of
    [rulebooks] governs by one of [rule_topics] ('rules on using force against burglars', 'the
    law on detaining suspects'), or by such a gerund as the subject of a clause not in the past
    ('attacking police officers is a crime', 'imprisoning people without trial would be wrong'; but
    'banning the party was a mistake' tells of a ban): a law or a rule discussed, not an event."""
    verb = trig.light or trig.head
    if _gerund_subject(verb):
        return True
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in lexicon().lists["rule_topics"] and not any(
            c.dep_ in ("nsubj", "poss") for c in verb.children):
        prep = verb.head  # its noun is the one it hangs on, or, misparsed, the word before it ('change the law on using')
        if prep.i > 0 and any(n.lemma_.lower() in lexicon().lists["rulebooks"] and n.pos_ == "NOUN"
                              for n in (prep.head, prep.doc[prep.i - 1])):
            return True
    if verb.dep_ == "relcl" and (subj := subject_of(verb)) is not None and subj.tag_ in ("WP", "WDT") and (
            doer_told(subj) is subj):
        return _generic(verb.head, index)
    cases = lexicon().lists["kinds_of_case"]
    return (verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.tag_ == "NNS" and _generic(verb.head, index)
            and any(a.lemma_.lower() in cases and a.tag_ == "NNS" for a in verb.head.ancestors))


def kind_only(trig: Trigger, index: ActorIndex) -> bool:
    """The doer, or the one it is done to, is named only by kind ('any foreign national can be
    detained', 'police could refuse the request'; not 'up to 1.4m workers could strike'): what
    such a party may do is a rule or a power, no event."""
    verb = trig.light or trig.head
    subj = subject_of(verb)
    if subj is None:
        return False
    subj = doer_told(subj)  # "any foreign national", which the small model may tag as an adjective
    return _generic(subj, index) or any(c.dep_ == "det" and c.lower_ in _GENERIC_DETS for c in subj.children)


def _gerund_subject(verb: Token) -> bool:
    """A gerund with no doer of its own that is the subject of a clause not told in the past, also
    when the small model misreads that clause: a gerund opening a sentence or a that-clause, whose
    words run with no punctuation nor clause of its own into a verb in the present ('detaining
    suspects without trial breaks the law', parsed with 'breaks' as a noun or a clause of its own;
    not 'speaking in London, he said', 'promising that his books would look at it')."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "poss") and c.tag_ != "WDT" for c in verb.children):
        return False
    if verb.dep_ in ("csubj", "csubjpass"):
        return verb.head.tag_ != "VBD"
    if not (verb.is_sent_start or verb.i > 0 and verb.doc[verb.i - 1].lower_ == "that"):
        return False
    following = verb.doc[verb.i + 1:verb.sent.end]
    stop = next((t.i for t in following if t.is_punct or t.dep_ == "mark" or t.tag_ in ("WDT", "WP", "IN") and t.lower_ in (
        "that", "which", "who", "if", "when", "whether")), verb.sent.end)
    return any(t.tag_ in ("VBZ", "VBP") for t in verb.doc[verb.i + 1:stop])  # not 'promising that it would'


def in_a_plot(trig: Trigger) -> bool:
    """The act happens in the story of a film, a novel or a play (the [plots] of plover.toml): in
    a relative clause set in one ('the film in which he joined British troops to fight the
    Nazis', 'the play where rebels storm the palace'), told with an in-phrase naming one ('In
    the novel, rebels seize the capital'), or in what one tells ([narrating]: 'the film follows
    a spy who plots to kill the president'). Events of fiction are no news."""
    plots = lexicon().lists["plots"]
    works = plots | lexicon().lists["told_works"]
    if any(a.lemma_.lower() in lexicon().lists["narrating"] and (subj := subject_of(a)) is not None
           and subj.lemma_.lower() in works and not any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children)
           for a in trig.head.ancestors):  # not 'a series of emails shows that he asked'
        return True  # "the film follows a spy who plots to kill", "the series depicts an invasion"
    verb = trig.light or trig.head
    clauses = [verb]
    while clauses[-1].pos_ in ("VERB", "AUX") and clauses[-1].head != clauses[-1]:
        clauses.append(clauses[-1].head)  # up the verbs of the act's sentence, not out of a noun
    for clause in clauses:
        heads = [clause, *(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))]
        if any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
                p.dep_ == "pobj" and (any(k in plots for k in lemma_keys(p)) or clause.dep_ == "relcl" and p.tag_ in ("WDT", "WP")
                                      and clause.head.lemma_.lower() in plots) for p in c.children)
               for h in heads for c in h.children):
            return True  # "In the novel, rebels seize", "the film in which he joined", "the rebels in the video game capture"
        if clause.dep_ == "relcl" and clause.head.lemma_.lower() in plots and any(
                c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
            return True  # "the play where rebels storm the palace"
    return False


def subject_actor(tok: Token, index: ActorIndex) -> bool:
    """The subject is a known actor, or people ('supporters rallied', 'thousands of workers
    marched'), not things ('stocks rallied'); a relative pronoun stands for its antecedent
    ('students who were demonstrating', 'the rebels, who have threatened to storm the capital')."""
    subj = subject_of(tok)
    if subj is None:
        return False
    subj = doer_told(subj)
    if index.resolve(subj) or subj.ent_type_ in ("NORP", "PERSON", "ORG"):
        return True
    lex = lexicon()
    people = lex.parties | lex.captives
    if noun_lemma(subj) in people:
        return True
    of = [p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return (subj.lemma_.lower() in CROWD or _group_part(subj) and bool(of)) and (not of and subj.tag_ == "NNS" or any(
        p.lemma_.lower() in people or p.ent_type_ == "NORP" or index.resolve(p) for p in of))  # "thousands of workers"


def _agent_actor(verb: Token, index: ActorIndex) -> bool:
    """The by-agent of a passive is a known actor or a party named by what it is ('the bill was
    blocked by the Senate', 'was blocked by parliament'): the doer, as an active subject would be."""
    lex = lexicon()
    return any(p.dep_ == "pobj" and (index.resolve(p) or noun_lemma(p) in lex.parties | lex.lists["generic_parties"])
               for a in verb.children if a.dep_ == "agent" for p in a.children)


def _predicates(verb: Token) -> list[Token]:
    """What a verb of naming calls its object: 'called him a liar', 'branded the budget a
    disgrace', 'called the report unacceptable' (the adjective parsed onto the object)."""
    out = [c for c in verb.children if c.dep_ in ("oprd", "dobj", "xcomp", "attr", "npadvmod")]
    out += [a for c in verb.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "amod" and a.i > c.i]
    return out


def left_by(words: list[Token]) -> list[Token]:
    """What the verb or its particle leaves: its from- or of-phrase ('withdrew from the treaty',
    'pulled out of the talks', 'will pull its troops out of Iraq')."""
    return [p for w in words for prep in w.children if prep.dep_ == "prep" and prep.lower_ in ("from", "of")
            for p in prep.children if p.dep_ in ("pobj", "pcomp")]


def _left_in(words: list[Token], name: str) -> bool:
    """What the verb or its particle leaves (`left_by`) is one of the lemmas of list `name`."""
    left = frozenset(lexicon().lists[name])
    return any(p.lemma_.lower() in left or p.lower_ in left for p in left_by(words))


def _lemma_lists(name: str | list[str]) -> frozenset[str]:
    """The lemmas of list `name`, or of lists `name`."""
    return frozenset().union(*(lexicon().lists[n] for n in ([name] if isinstance(name, str) else name)))


def _stake_in(tok: Token, name: str | list[str]) -> bool:
    """What the verb fights for, against or over is one of the lemmas of list(s) `name`
    ('fighting for second place', 'fought hard for his agenda', 'will fight against the plans')."""
    words = _lemma_lists(name)
    return any(c.dep_ == "prep" and c.lower_ in ("for", "against", "over") and p.dep_ == "pobj" and noun_lemma(p) in words
               for c in tok.children for p in c.children)


def _object_in(tok: Token, name: str | list[str], deps: tuple[str, ...] = ("dobj", "nsubjpass")) -> bool:
    """The verb acts on one of the lemmas of list `name` (or of lists `name`: 'settled the
    lawsuit', 'lifted the embargo'): its object, or its subject when passive, or the noun a
    passive participle describes ('films shot in the UK') (or the arguments `deps`)."""
    words = _lemma_lists(name)
    args = [c for c in tok.children if c.dep_ in deps]
    if "dobj" in deps:
        args += _second_object(tok)
    args += [j for c in args for j in c.conjuncts]  # "attended New York Jets and Giants games"
    args += [p for c in args if c.lemma_.lower() in CROWD | lexicon().lists["measures"] | lexicon().lists["proffers"]
             for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"]
    # "a total of 91 foxes", "a batch of missiles": what is measured; "the offer of a job": what is offered
    args += [m for c in args if c.lemma_.lower() in CROWD for m in c.children if m.dep_ == "compound"]  # "a veterans group"
    args += [p for c in args if c.like_num or c.tag_ == "$" for prep in c.children if prep.dep_ == "prep" and prep.lower_ in ("in", "of")
             for p in prep.children if p.dep_ == "pobj"]  # "$100 million in humanitarian aid", "$2 billion of its debt"
    args += [m for c in args if c.like_num for m in c.children if m.tag_ == "$"]  # "accepted $200,000": a sum
    args += _loads(args)  # "sent two planes loaded with tents": the tents are sent
    args += [m for c in args if c.pos_ == "PROPN" for m in c.children
             if m.dep_ in ("compound", "appos") and m.pos_ in ("NOUN", "PROPN")]  # "columnist Ruth Gale", "Ruth Gale, a reporter", "President Ade Okon"
    if "nsubjpass" in deps and tok.dep_ in ("acl", "relcl") and tok.tag_ in ("VBN", "VBD") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        args.append(tok.head)
    if "dobj" in deps and tok.dep_ == "relcl" and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children) and not any(
            c.tag_ in ("WDT", "WP") and c.dep_ == "nsubj" for c in tok.children):
        args.append(tok.head)  # "the people Ericsson questioned": the relative's head is its object
    return any(c.lower_ in words or noun_lemma(c) in words or any(k in words for k in _object_keys(c)) for c in args)


def loading_participles(noun: Token) -> list[Token]:
    """The [loading] participles on a [load_carriers] noun that say what it carries ('planes loaded
    with tents', 'trucks carrying food')."""
    lists = lexicon().lists
    if noun_lemma(noun) not in lists["load_carriers"]:
        return []
    return [v for v in noun.children if v.dep_ in ("acl", "amod") and v.lemma_.lower() in lists["loading"]]


def _loads(carriers: list[Token]) -> list[Token]:
    """What the carriers among `carriers` are said to carry ('planes loaded with tents and
    blankets', 'trucks carrying food'), with its conjuncts."""
    loads = [o for c in carriers for v in loading_participles(c)
             for o in (*v.children, *(p for prep in v.children if prep.dep_ == "prep" and prep.lower_ == "with" for p in prep.children))
             if o.dep_ in ("dobj", "pobj")]
    return [*loads, *(j for o in loads for j in o.conjuncts)]


def _object_keys(noun: Token) -> list[str]:
    """The list keys an object matches beyond its lemma: with a compound or an adjective ('an air
    strike', 'a medical team') or with its of-phrase ('lifted the state of emergency')."""
    return [*lemma_keys(noun, ("compound", "amod")), *(f"{noun.lemma_.lower()} of {p.lower_}" for prep in noun.children
                                                       if prep.dep_ == "prep" and prep.lower_ == "of"
                                                       for p in prep.children if p.dep_ == "pobj")]



MODALS = ("would", "will", "should", "must", "could", "can", "shall", "might", "may", "to", "'ll")


def _opinion_clause(tok: Token) -> bool:
    """'agreed he was brilliant', 'agrees', 'agreed with everything she did': assent to a view (a
    clause with no modal, nothing at all, or a thing agreed with), not an agreement to act ('agreed to pay', 'agreed a deal', 'agreed that
    troops would leave', 'agreed on a ceasefire'), nor 'are agreed' of the parties themselves
    ('the unions are agreed that the tax must go', 'one thing all sides are agreed on': a view shared)."""
    if any(c.dep_ == "nsubjpass" and _a_party(c) for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
        return True  # "all the unions are agreed on it"; not "the terms were agreed by both sides"
    sided = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    if any(p.pos_ == "PRON" and p.lower_ not in _PERSONAL or p.pos_ == "NOUN" and not p.ent_type_
           and p.lemma_.lower() not in lexicon().parties for p in sided):
        return True  # "agreed with everything she has done to change it": assent to a deed or a view, whatever
        # the parse hangs on it, not "agreed with Iran to cut output"
    if any(c.dep_ in ("xcomp", "dobj", "nsubjpass") or c.dep_ == "prep" and c.lower_ != "with" for c in tok.children):
        return False  # "agreed with her view" alone is assent; "agreed with Iran on a deal" is not
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    if any(c.left_edge.tag_ in ("WRB", "WP") for c in clauses):
        return True  # "recognised how absurd it would be": a view of it
    return not any(a.dep_ == "aux" and a.lower_ in MODALS for c in clauses for a in c.children)


def _a_party(noun: Token) -> bool:
    """A noun that names who may act, not what is acted on: a name of people, a state or a body, a
    we or they, or a word of parties, [generic_parties] or [captives] ('the unions', 'both sides')."""
    lex = lexicon()
    return (noun.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") or noun.lower_ in ("we", "they")
            or noun_lemma(noun) in lex.parties | lex.lists["generic_parties"] | lex.captives)


def _same_event(verb: Trigger, entry: dict) -> bool:
    """A noun object names the verb's own event ('attend talks', 'signed an agreement',
    'launched an offensive') when the verb carries events or the two share a type."""
    lex = lexicon()
    return (verb.event_type == entry["type"] or verb_lemma(verb.head) in lex.light
            or {verb.event_type, entry["type"]} <= {"CONSULT", "AGREE", "SUPPORT"}
            # what is asked, refused, threatened or promised has not happened
            or verb.event_type in ("REQUEST", "REJECT", "THREATEN", "AGREE", "CONCEDE"))


def _answered(verb: Trigger, noun: Token, entry: dict, index: ActorIndex) -> bool:
    """What a refusal answers was said by a named party ('Bolivia's demand for access was rejected
    by Chile', 'rejected criticism from Japan'; one a from-phrase names, when it can act politically:
    not 'a request from rival firm X'): the demand is told as made, an event of its own, not only
    the refusal's object; not a reporter's ask for words ('declined an interview request from the
    paper': [questions_put])."""
    asked = lexicon().lists["questions_put"]
    return verb.event_type == "REJECT" and entry["type"] in domain()["answered_types"] and any(
        c.dep_ == "poss" or any(state_actor(k, index) for k in index.resolve(c))
        for c in makers(noun) if index.resolve(c)) and not any(
        t.lemma_.lower() in asked for t in noun.subtree if t.dep_ in ("compound", "pobj") and t.i != noun.i)


def makers(noun: Token) -> list[Token]:
    """Who made a thing said or asked: its owner ('Iran's offer'), its from-phrase ('a demand from
    Washington') or the by-phrase of a participle of making ([making]: 'an offer of talks made by
    Eritrea', 'a plan put forward by France'), which the parse may hang on the noun's of- or
    for-object ('an offer of talks from Tehran', 'a proposal for talks from Seoul')."""
    held = [noun, *(p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for") for p in c.children
                    if p.dep_ == "pobj")]
    preps = [c for t in held for c in t.children if c.dep_ == "prep" and c.lower_ == "from"]
    preps += [a for t in held for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lexicon().lists["making"]
              for a in c.children if a.dep_ == "agent"]
    return [c for c in noun.children if c.dep_ == "poss"] + [p for c in preps for p in c.children if p.dep_ == "pobj"]


def _tabled(noun: Token) -> bool:
    """An offer or a proposal ([tabled_offers]) that a verb of [making] puts forward ('put forward a
    peace proposal', 'tabled an offer of talks'): that verb carries it, as a light verb would."""
    lists = lexicon().lists
    return noun_lemma(noun) in lists["tabled_offers"] and noun.head.lemma_.lower() in lists["making"]


def _partnered(prep: Token, index: ActorIndex) -> bool:
    """What the preposition governs goes to or comes from a named party ('curbs on exports to
    China', 'restrictions on imports from Australia'): a measure aimed at that party."""
    flows = [c for obj in prep.children if obj.dep_ == "pobj" for c in obj.children]
    noun = prep.head
    flows += [c for c in noun.children if c.i > prep.i]  # the parser may hang it on the noun
    if noun.dep_ == "dobj":
        flows += [c for c in noun.head.children if c.i > prep.i]  # or on the verb: "began the supply of arms to Syria"
    return any(c.dep_ == "prep" and c.lower_ in ("to", "from") and any(p.dep_ == "pobj" and index.resolve(p) for p in c.children)
               for c in flows)


def _has_date(tok: Token, dated: set[int]) -> bool:
    """'the summit on Friday', 'Sunday's talks': a noun with a date of its own is an event; a
    duration is none ('an 18-month ceasefire', 'a two-day visit'). `dated` holds the tokens of
    the article's date expressions."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in _EXAMPLE_PREPS:
            continue  # "attacks such as last Friday's bombing": the example's date
        if child.dep_ in ("prep", "npadvmod", "poss", "compound", "nmod", "nummod", "amod") and child.i != tok.i:
            if any(t.i in dated for t in child.subtree):
                return True
    return False


_TIME_PREPS = ("after", "before", "following", "since", "during", "until", "amid")  # "accepted X after the war"


def object_date(noun: Token, spans: list[Span]) -> Span | None:
    """'The government on Saturday condemned the bomb attacks in Kenya on Friday', 'Paris on
    Monday denounced the raid on the camp last week': the verb whose object `noun` is has a date
    of its own told before the object; a second date the parse hangs on that verb after the object
    is the object event's, since one act has one date."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return None

    def on_verb(span: Span) -> bool:
        root = span.root
        return root.head == verb or root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head == verb
    mine = [s for s in spans if on_verb(s)]
    if not any(s.end <= noun.i for s in mine):
        return None
    return next((s for s in mine if s.start > noun.i), None)


def dated_after(noun: Token, dated: set[int]) -> bool:
    """'began his diplomacy after the invasion last August': a bare date right after the object
    of a time preposition, which the parse hangs on the clause's verb, is that event's date (the
    verb is the noun's frame, not its event). `dated` holds the tokens of date expressions."""
    doc = noun.doc
    if noun.dep_ != "pobj" or noun.head.lower_ not in _TIME_PREPS or noun.i + 1 not in dated:
        return False
    root = doc[noun.i + 1]
    while root.head.i in dated and root.head.i != root.i:
        root = root.head
    return root.dep_ == "npadvmod" and root.head.i == noun.head.head.i
_EXAMPLE_PREPS = ("including", "like", "such", "as")  # "three attacks, including the 1996 bombing", "such as"


def premodified(tok: Token, spans: list[Span]) -> Span | None:
    """The date expression written just before noun `tok` inside its noun phrase ('the 1990
    agreement', 'the October 1998 shooting death', 'Tuesday's talks'), whatever the parser
    attached it to: only adjectives, nouns or a possessive 's between them, and the date opens
    the phrase after a determiner or is itself possessive."""
    doc = tok.doc
    j = tok.i - 1
    while j >= 0 and tok.i - j <= 3 and not doc[j].ent_type_ and (
            doc[j].pos_ in ("ADJ", "NOUN", "PROPN") or doc[j].tag_ in ("POS", "HYPH")):
        j -= 1
    if j > 0 and doc[j].text == "," and re.fullmatch(r"1[6-9]\d\d|20\d\d", doc[j - 1].text):
        j -= 1  # "the Dec. 21, 1988, bombing"
    for span in spans:
        if span.end - 1 == j or (span.end == j and doc[j].tag_ == "POS"):
            before = doc[span.start - 1] if span.start > 0 else None
            possessive = doc[span.end - 1].tag_ == "POS" or (span.end < len(doc) and doc[span.end].tag_ == "POS")
            if possessive or span[0].tag_ == "DT" or (before is not None and before.tag_ in ("DT", "PRP$", "POS")):
                return span
    return None


def manner_host(tok: Token) -> Token | None:
    """'tried on Friday to win support by calling on allies to ...', 'finished the draft on
    Friday in consultation with the envoys', 'marked the day with rallies': an event that is the means or manner of another
    action happens when it does. Returns the dated verb it hangs on (through 'tried to' and
    'into persuading')."""
    if (tok.dep_ == "pcomp" and tok.head.lower_ == "by"
            or tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.pos_ == "NOUN"
            or tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.pos_ == "NOUN"
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)):
        host = tok.head.head
        while (host.dep_ == "xcomp" or host.dep_ == "pcomp" and host.head.head.pos_ == "VERB") and host.head != host:
            host = host.head.head if host.dep_ == "pcomp" else host.head
        return host if host.pos_ == "VERB" else None
    return None


def _happens(verb: Token) -> bool:
    """A verb of phase whose subject noun is an event: 'the talks began', 'the meeting will take
    place in Brussels' ([aspectual], a key with an object word for 'take place')."""
    aspectual = lexicon().aspectual
    said = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "advcl", "acomp")]
    said += [a for c in said if c.dep_ == "dobj" for a in c.children if a.dep_ == "amod" and a.i > c.i]  # "left 24 people dead"
    return verb.lemma_.lower() in aspectual or any(
        f"{verb.lemma_.lower()} {c.lemma_.lower()}" in aspectual for c in said)  # "took place", "left 24 dead", "claimed 30 lives"


def scheduled_by(verb: Token) -> Token:
    """What schedules or expects what the verb's subject does: the verb, or the adjective of a
    copula in the present ('the talks are due to start', 'is likely to take place'; 'were due to
    start on Monday' may tell a past Monday or a coming one)."""
    if verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP"):
        return verb
    lists = lexicon().lists
    return next((c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in lists["scheduling"] | lists["expecting"]), verb)


def intended_act(verb: Token) -> bool:
    """A to-clause the parser hung as a clause of purpose on a verb of intent or expectation
    ('threatened on Sunday to attack the capital') is that verb's complement: what is
    threatened, not what the threat was for."""
    lists = lexicon().lists
    return (verb.dep_ == "advcl" and to_infinitive(verb)
            and verb.head.lemma_.lower() in lists["intending"] | lists["expecting"])


def _governed_by_intent(tok: Token) -> bool:
    """'readiness to meet him', 'a law aimed at cracking down', 'heard a motion to throw out the
    case', 'the power to bar him': the act is an attitude, a purpose, what is asked or what one
    may do ([capacities]), not an event; nor is one opposed ('is opposed to ending the ban', 'voted
    against lifting it': a gerund after 'against' or after 'to' of an [opposing_frames] word)."""
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and (tok.head.lower_ == "against" or tok.head.lower_ == "to" and (
            tok.head.head.lemma_.lower() in lexicon().lists["opposing_frames"])):
        return True
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("xcomp", "acl", "pcomp", "prep", "pobj", "advcl", "conj") or cur.head == cur:
            return False
        if cur.dep_ == "advcl" and not to_infinitive(cur):
            return False  # "a proposal to use its gold when it meets in April": the meeting is no proposal
        if cur.dep_ == "conj" and cur.tag_ != "VB":
            return False  # "the power to suspend or bar him" shares the "to"; "ran on his ability to
            # jolt the economy and accused Obama": the parse joins the main verb to the infinitive
        if cur.dep_ == "advcl" and any(o.dep_ == "dobj" and o.i < cur.i and o.lemma_.lower() in lexicon().intent
                                       for o in cur.head.children):
            return True  # "will hear motions, including one from the bank, to throw out the case": the
            # motion's aim, which the parse hung on the verb
        cur = cur.head
        if cur.pos_ == "NOUN" and (cur.lemma_.lower() in lexicon().intent or cur.lemma_.lower() in lexicon().lists["capacities"]):
            return True  # "has the power to suspend or bar him": what it may do
        if cur.tag_ == "VBN" and cur.dep_ == "acl" and cur.lemma_.lower() in lexicon().lists["purposes"]:
            return True  # "a law aimed at cracking down on", "measures designed to punish": a purpose
    return False


def _denied_report(verb: Token) -> bool:
    """The act is told in what a report or a claim says ([reported_claims]), up its clauses, and
    that report is denied ([denying], [dismissing]: 'denied reports that her beliefs would make her
    refuse to serve', 'claims that Chile had refused were dismissed'): not told as done."""
    cur = verb
    while cur.dep_ in ("ccomp", "xcomp", "conj") and cur.head != cur:
        cur = cur.head
    noun = cur.head
    lists = lexicon().lists
    told = cur.dep_ in ("acl", "ccomp") or cur.dep_ == "relcl" and any(c.dep_ == "mark" for c in cur.children)
    # "reports that Hungary had refused ... were denied": the parse's relative clause with a "that" of content
    return (told and noun.pos_ == "NOUN" and noun.lemma_.lower() in lists["reported_claims"]
            and noun.dep_ in ("dobj", "nsubjpass") and verb_lemma(noun.head) in lists["denying"] | lists["dismissing"])


def owning_verb(noun: Token) -> Token | None:
    """The verb by which someone owns a deed a noun names: 'the Taliban claimed responsibility
    for the bombing', 'the rebels were behind the attack', 'the group was responsible for the
    killings'. Denying it owns nothing ('denied responsibility')."""
    if noun.dep_ != "pobj":
        return None
    prep, lex = noun.head, lexicon()
    if prep.lower_ == "behind" and prep.head.lemma_ == "be":
        return prep.head
    if prep.lower_ != "for":
        return None
    owner = prep.head
    if owner.lower_ == "responsible" and owner.dep_ == "acomp":
        return owner.head
    if owner.lemma_.lower() in lex.lists["responsibility"] and owner.dep_ == "dobj" and (
            verb_lemma(owner.head) in lex.lists["owning_up"]):
        return owner.head
    return None


def claimant(noun: Token) -> Token | None:
    """Who owns the deed the noun names (`owning_verb`): its doer."""
    verb = owning_verb(noun)
    return subject_of(verb) if verb is not None else None


def phase_of(noun: Token) -> Token | None:
    """The stretch of time the noun event is told as going through, one of the [phases] ('the third
    day of an offensive', 'the start of a crackdown'): the parser hangs the event's own phrases and
    dates on it."""
    frame = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return frame if frame is not None and frame.pos_ == "NOUN" and frame.lemma_.lower() in lexicon().lists["phases"] else None


def phase_preps(noun: Token) -> list[Token]:
    """The prepositions the parser hangs on the noun's `phase_of` rather than on the noun ('the
    third day of an offensive by troops against villages': 'by' and 'against' are the offensive's)."""
    frame = phase_of(noun)
    return [c for c in frame.children if c.dep_ == "prep" and c.lower_ != "of"] if frame is not None else []


def _has_agent(tok: Token, index: ActorIndex, patient: bool = False) -> bool:
    """'Russia's invasion', 'talks between X and Y', 'clashes between police and protesters',
    'the rebels were behind the attack': a noun whose doer or party is a known actor or a party
    named by its sector; for a `patient` noun also the people it is done to ('the assassination
    of the opposition leader', 'the expulsion of the ambassador'; not 'the request of the president')."""
    generic = lexicon().lists["generic_parties"]
    named_by_what = {"between": generic, "by": generic} | ({"of": generic | lexicon().captives} if patient else {})
    if (owner := claimant(tok)) is not None and (index.resolve(owner) or owner.lemma_.lower() in generic):
        return True
    for child in [*tok.children, *phase_preps(tok)]:
        if child.dep_ == "poss" and index.resolve(child):
            return True
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "between", "with", "against", "of"):
            if any(index.resolve(p) or p.lemma_.lower() in named_by_what.get(child.lower_, ())
                   for p in child.children if p.dep_ == "pobj"):
                return True
    return False


def _owned(noun: Token, index: ActorIndex) -> bool:
    """A known actor owns the noun: its named possessor, or what its by- or from-phrase names
    ('Japan's support for Taiwan irritated China', 'backing from Paris'): the stance is told as that
    actor's; not 'his support', whose antecedent the article may not name nearby, nor the object of
    a verb that is no stance verb ('affirmed Japan's support for the plan': the saying is told)."""
    return noun.dep_ != "dobj" and any(
        c.dep_ == "poss" and c.pos_ != "PRON" and index.resolve(c)
        or c.dep_ == "prep" and c.lower_ in ("by", "from") and any(p.dep_ == "pobj" and index.resolve(p) for p in c.children)
        for c in noun.children)


def find_triggers(doc: Doc, index: ActorIndex, cue_tokens: set[int], dated: list[Span]) -> list[Trigger]:
    """The events of an article in reading order: verbs first, then the nouns that are not a
    verb's own event ('held talks' is one); `cue_tokens` are reporting verbs that are only
    statements, `dated` the date expressions."""
    lex = lexicon()
    date_tokens = {t.i for span in dated for t in span}
    verbs: dict[int, Trigger] = {}
    muted: set[int] = set()  # complements of a no-comment ("refused to discuss it")
    content: set[int] = set()  # verbs that are what a request, refusal or accusation is about
    for tok in doc:
        if tok.pos_ != "VERB" or tok.i in cue_tokens or tok.i in muted or tok.dep_ == "amod":
            continue
        trig = _verb_trigger(tok, index, cue_tokens, muted)
        if trig is not None:
            verbs[tok.i] = trig
    _merge_purposes(verbs, verbs)  # "marched to protest the killings", "met to discuss"
    for i, trig in list(verbs.items()):  # "pledged to oppose the bill": a planned rejection, not an agreement
        if trig.intent and any(
                c.dep_ == "xcomp" and c.i in verbs for c in trig.head.children):
            del verbs[i]
    # "refuses to accept", "urged Sweden to extradite them", "agreed to share intelligence": the
    # refusal, the request or the agreement is the event; what is refused, asked or agreed is its
    # content ("called on him to stop and apologize"), found before any is dropped, so that content
    # of content goes too ("accused the US of refusing to lift sanctions": nothing was lifted)
    content.update(i for i, trig in verbs.items() if _content_of(trig.head, verbs, domain()["about_content_types"]))
    demands = {i: t for i, t in verbs.items() if t.event_type == "THREATEN" and verb_lemma(t.head) not in lex.lists["intending"]}
    content.update(i for i, trig in verbs.items() if _content_of(trig.head, demands, ("THREATEN",)))
    # "gave Hamas 48 hours to release the hostages", "warned Iran to stop or face strikes": what a
    # threat demands is not done; "threatened to attack" is the threatener's own planned attack
    for i in content:
        del verbs[i]
    for i, trig in list(verbs.items()):
        if _content_of(trig.head, verbs, ("AGREE",)) and not _has_date(trig.head, date_tokens):
            del verbs[i]  # "agreed to meet on Friday" keeps the dated meeting
    nouns: list[Trigger] = []
    for tok in doc:
        noun = _noun_trigger(tok, index, verbs, nouns, content, cue_tokens, dated, date_tokens)
        if noun is not None:
            nouns.append(noun)
    _merge_purposes(verbs, {n.light.i: n for n in nouns if n.light is not None})  # "began a hunger strike to protest"
    for noun in nouns:  # "Sunday night's bombing killed 12 people in Baghdad": one attack
        verb = verbs.get(noun.head.head.i) if noun.head.dep_ == "nsubj" and noun.light is None else None
        if verb is not None and verb.event_type == noun.event_type:
            noun.anchors |= verb.anchors
            del verbs[verb.head.i]
    return sorted(list(verbs.values()) + nouns, key=lambda t: t.head.i)


def _verb_trigger(tok: Token, index: ActorIndex, cue_tokens: set[int], muted: set[int]) -> Trigger | None:
    """The event a verb tells, with its type as its object, subject or complement make it, or
    none when its sense is no event (each check says which); adds to `muted` the complements
    of a no-comment ('refused to discuss it')."""
    lex = lexicon()
    found = _verb_entry(tok)
    if found and found[0].get("arms_aid") and _object_in(tok, "arms") and _sent_to_a_state(tok, index) and not _group_gives(tok, index):
        found = _retyped(found, "AID", None, ("object",))  # "will send tanks to Ukraine": military aid, before
        # "handed over their weapons" reads as a disarmament
    if found and (by_object := next((t for t in found[0].get("object_types", ()) if _object_in(tok, t[0]) and (
            len(t) < 4 or _object_in(tok, t[3], ("nsubj",)))), None)):
        found = _retyped(found, by_object[1], by_object[2] or None, ("object",))
        # "farmers blocked roads" is PROTEST 'obstruct', "handed over their weapons" RETREAT 'disarm';
        # a fourth list the subject must be in ("troops held their fire", not "the Bank held fire")
    if found and (by_left := next((t for t in found[0].get("left_types", ()) if _left_in(found[1], t[0])), None)):
        found = _retyped(found, by_left[1], by_left[2] or None)
        # "pulled out of the talks", "withdrew from the treaty": SANCTION 'withdraw', no retreat
    if found and (doer := subject_of(tok)) is not None and (by_subject := next(
            (t for t in found[0].get("subject_types", ()) if any(
                k in lex.lists[t[0]] for d in (doer, *doer.conjuncts) for k in (noun_lemma(d), *lemma_keys(d)))), None)):
        found = _retyped(found, by_subject[1], by_subject[2] or None, ("subject",))  # "hackers attacked the grid": cyber;
        # "rescue teams and medical supplies were flown to Turkey": aid
    if found and (participle_adjective(tok) or as_before(tok)):
        found = None  # "the talks were promising": a quality, no promise; "paid it, as promised": none new
    if found and found[0].get("standing") and _standing_rule(tok):
        found = None  # "residents are barred from entering the zone": a rule in force, no act told
    if found and tok.dep_ in ("csubj", "csubjpass") and not any(c.dep_ in ("nsubj", "poss") for c in tok.children):
        found = None  # "backing his party is no wasted vote", "attacking Iran would be a mistake": no deed
    if found and found[0].get("needs_object") and not any(
            c.dep_ in ("dobj", "ccomp") or c.dep_ == "xcomp" and not (c.tag_ == "VBG" and c.doc[c.i - 1].text == ",")
            or c.dep_ == "nsubjpass" and (c.lemma_.lower() in lex.parties or any(a.dep_ == "agent" for a in tok.children))
            for c in tok.children):
        found = None  # "shares declined" is not a refusal; "asked rhetorically, shaking his head" no request;
        # a passive has its object as subject: "the ambassador was summoned", "was invited by the
        # chancellor", not "she is invited on a date"
    if found and _polled(tok):
        found = None  # "32 percent of voters opposed the tax", "backed by 34% of GOP voters": a poll's finding, not an act
    if found and found[0]["type"] == "REQUEST" and tok.lemma_.lower() in lex.lists["questions"] and _asks_only_someone(tok, index):
        found = None  # "asked the former secretary of state during a chat": a question put to her
    if found and found[0].get("labour_subjects") and not any(c.dep_ == "dobj" for c in tok.children) and (
            (striker := subject_of(tok)) is not None and noun_lemma(striker) in lex.lists[found[0]["labour_subjects"]]):
        found = _retyped(found, "PROTEST", "strike", ("subject", "object"))  # "teachers will strike on Thursday"
    if found and found[0]["type"] == "MOBILIZE" and _for_relief(tok):
        found = _retyped(found, "AID", None, ("object",))  # "deployed 5,000 soldiers to help flood victims" (PLOVER 3.6)
    if found and found[0].get("needs_actor") and not subject_actor(tok, index) and not _agent_actor(tok, index):
        found = None  # "stocks rallied" is not a protest; "the bill was blocked by the Senate" is a refusal
    if found and found[0].get("place_type") and _place_object(tok, index):
        found = None if _person(subject_of(tok), index) else (
            {"type": found[0]["place_type"], "mode": found[0].get("place_mode")}, found[1])
        # "troops captured the city"; "the senator captured Florida by 74,000 votes" is an election won
    if found and found[0].get("needs_target") and not found[0].get("objects") and not acts_on_people(tok, index):
        found = None  # "released the film" is no release of captives
    if found and found[0].get("verbal_type") and not _by_force(tok) and (_politicians(subject_of(tok)) or _war_of_words(
            tok, subject_of(tok), [c for c in tok.children if c.dep_ == "dobj"] + _partners(tok), index) or any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.verbal_objects
            or c.dep_ == "prep" and c.lower_ == "for" and any(p.dep_ == "pcomp" for p in c.children)  # "attack them for wanting"
            or c.dep_ == "prep" and (c.lower_ == "as" or c.lower_ == "on" and not _temporal_object(c))
            for c in tok.children) or _over_an_issue(tok) or _in_words(tok) or _saying(tok)):
        # "attacked the decision", "clashed with his leaders over fees", "clashed with the
        # council on the issue", "the two party leaders clashed": words, not force
        found = ({"type": found[0]["verbal_type"], "mode": "disapprove", "in_words": True}, found[1])
    if found and found[0].get("clause_objects") and not _warns_of(tok, found[0]["clause_objects"], index) and not (
            found[0].get("or_type") and _or_else(tok)):
        found = None  # "warned that growth would slow" is a forecast; "warned Taiwan that it would mean war" a
        # threat, as is "warned Iran to withdraw or face strikes" (an ultimatum)
    if found and found[0].get("needs_partner") and not _has_partner(tok):
        found = None  # "went on to discuss his opposition to the plan": a speech, no talks
    if found and found[0].get("party_object") and not _object_is_party(tok, index, found[0].get("gatherings")):
        found = None  # "met demand", "hosted the show"
    if found and found[0].get("intransitive") and any(c.dep_ in ("dobj", "ccomp") for c in tok.children):
        found = None  # "demonstrated the new phone", "demonstrated that it works"
    if found and found[0].get("place_object") and not (
            found[0].get("armed_subjects") and _object_in(tok, found[0]["armed_subjects"], ("nsubj",))) and not (
            _place_object(tok, index)):
        found = None  # "occupied the top two positions"
    if found and found[0].get("event_object") is False and any(
            c.dep_ in ("dobj", "nsubjpass") and _event_noun(c.lemma_.lower()) for c in tok.children):
        found = None  # "ordered an embargo", "the deployment was ordered by the ministry": the embargo is the
        # event, carried by "ordered"
    if found and found[0].get("needs_noun_object") and not any(c.dep_ == "dobj" for c in tok.children):
        found = None  # "sought to reassure" is no request
    if found and found[0].get("not_own") and _own_object(tok, lex.lists[found[0]["not_own"]], index):
        found = None  # "defended her record": her own standing, no support for another
    if found and found[0].get("objects") and not _object_in(tok, found[0]["objects"]) and not any(
            _object_in(w, found[0]["objects"], ("pobj",)) for w in found[1][1:]) and not (
            found[0].get("needs_target") and acts_on_people(tok, index)):
        found = None  # "settled at $20", "lifted its forecast"; "suspended trading", not "suspended him"
    if found and found[0].get("subjects") and not (_object_in(tok, found[0]["subjects"], ("nsubj", "nsubjpass"))
                                                  or any(c.dep_ == "dobj" for c in tok.children)):
        found = None  # "a bomb exploded", not "the market is set to explode"
    if found and found[0].get("needs_subjects") and not _object_in(tok, found[0]["needs_subjects"], ("nsubj",)) and not (
            tok.dep_ in ("conj", "xcomp") and _object_in(tok.head, found[0]["needs_subjects"], ("nsubj",))):
        # "rioters set fire to cars and looted shops", "NATO decided to admit Sweden"
        found = None  # "the recession hit Britain" is no attack
    if found and found[0].get("not_alone") and (subj := subject_of(tok)) is not None and (
            (_lone_body(subj, lex.lists[found[0]["not_alone"]]) or subj.lower_ == "it")
            and not any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children)):
        found = None  # "the board is expected to meet", "when it meets in April": a session of one body
    if found and found[0].get("left") and (left := [
            p for w in found[1][1:] for of in w.children if of.dep_ == "prep" and of.lower_ == "of"
            for p in of.children if p.dep_ == "pobj"]) and not any(
            p.lemma_.lower() in lex.lists[found[0]["left"]] for p in left):
        found = None  # "walked out of the hotel" is no walkout
    if found and found[0].get("not_left") and _left_in(found[1], found[0]["not_left"]):
        found = None  # "the drug was withdrawn from shops": a product off sale, no retreat
    if found and found[0].get("not_objects") and (_object_in(tok, found[0]["not_objects"]) or any(
            _object_in(w, found[0]["not_objects"], ("pobj",)) for w in found[1][1:])):
        found = None  # "seized the top spot", "cancelled 100 flights"
    if found and found[0].get("not_bought") and _object_in(tok, found[0]["not_bought"], ("dobj",)) and not any(
            c.dep_ in ("xcomp", "ccomp", "advcl") and to_infinitive(c) for c in tok.children):
        found = None  # "has ordered 30 Boeing planes": a purchase; "ordered the ship to turn back" stays a bidding
    if found and tok.lemma_.lower() in lex.lists["questions"] and (asks_whether(tok) or tok.tag_ == "VBN" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "agent", "aux") for c in tok.children)):
        found = None  # "asked him if he knew"; "Asked to describe the device, she said": an interview
    if found and found[0].get("not_modifiers") and any(
            m.dep_ in ("npadvmod", "advmod", "compound", "amod") and m.lemma_.lower() in lex.lists[found[0]["not_modifiers"]]
            for c in [tok, *(o for o in tok.children if o.dep_ in ("dobj", "nsubjpass"))] for m in c.children):
        modified = found[0].get("modifier_type")  # "test-fired a missile", "fired a test missile": a show of force
        found = _retyped(found, *modified, needs_political=True) if modified else None
    if found and found[0].get("not_particles") and not any(c.dep_ == "dobj" for c in tok.children) and any(
            c.dep_ in ("advmod", "prt") and c.lower_ in lex.lists[found[0]["not_particles"]] for c in tok.children) and not (
            _object_in(tok, "forces", ("nsubj",))):
        found = None  # "shot back at his critics", "fired back": a retort; "troops fired back" stays
    if found and found[0].get("not_people") and _person_or_party(tok, index):
        found = None  # "either embrace Mr Trump or destroy him", "to destroy the Tories"; "destroyed the village" stays
    if found and found[0].get("not_instruments") and any(
            _object_in(c, found[0]["not_instruments"], ("pobj",)) for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"):
        found = None  # "bombarded the minister with questions", "with a barrage of requests": words, no shelling
    if found and found[0].get("told_by_means") and any(
            g.dep_ == "pcomp" and g.tag_ == "VBG" for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children):
        found = None  # "would retaliate by seeking injunctions": the means is the act, an attack only if it is one
    if found and found[0].get("not_preps") and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children) and any(
            c.dep_ == "prep" and c.lower_ in lex.lists[found[0]["not_preps"]] for c in tok.children):
        found = None  # "seized upon the reference"
    if found and found[0].get("mode") == "visit" and any(
            c.dep_ == "prep" and c.lower_ in ("on", "for") and p.dep_ == "pobj" and p.lemma_.lower() in lex.lists["leisure"]
            for c in tok.children for p in c.children):
        found = None  # "were headed to Egypt on their vacation": a holiday, no visit
    if found and found[0].get("mode") == "visit" and any(c.lower_ in ("back", "home") and c.dep_ in ("advmod", "prt")
                                                         for c in tok.children):
        found = None  # "arrived back from his mission to the Middle East": a return, no visit
    if found and found[0].get("from_phrase") and not any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
        found = None  # "barred the aid group from entering", not "barred the door"
    if found and found[0].get("destinations") and not _goes_into(tok, found[0]["destinations"]):
        found = None  # "deposited $2 billion in Egypt's central bank", not "deposited the cheque"
    if found and found[0].get("not_destinations") and any(
            c.dep_ == "prep" and p.dep_ == "pobj" and p.lemma_.lower() in lex.lists[found[0]["not_destinations"]]
            for c in tok.children for p in c.children):
        launched = found[0].get("destination_type")  # "fired two missiles into the sea": a show of force
        found = _retyped(found, *launched, needs_political=True) if launched else None
    if found and found[0].get("not_agents") and (any(
            w.lemma_.lower() in lex.lists[found[0]["not_agents"]] or _blast_at_work(w)
            for a in _agents(tok) for w in (a, *(c for c in a.children if c.dep_ == "compound")))
            or found[0]["type"] == "ASSAULT" and _disaster_toll(tok)):
        found = None  # "destroyed by fire"; "Hurricane Mitch killed hundreds": a named storm is no actor;
        # "killed in a gas explosion", "believed killed in Aceh, nearest the earthquake"
    if found and found[0].get("not_purposes") and _done_for(tok, found[0]["not_purposes"]):
        found = None  # "took to the streets for the marathon", "marched to celebrate the title"
    if found and found[0].get("not_stakes") and _stake_in(tok, found[0]["not_stakes"]):
        found = None  # "Rubio and Cruz are fighting for second place", "fought for the bill": a contest, no battle
    if found and found[0].get("passive_agent") and any(c.dep_ == "auxpass" for c in tok.children) and not any(
            t.dep_ == "agent" or t.dep_ == "prep" and t.lower_ == "by" and any(
                p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME") for p in t.children) for t in tok.subtree):
        found = None  # "was forced to resign", "would be forced to raise taxes": by events, by no one named;
        # "were forced to wear it by the Nazis", the agent hung on the to-clause, names one
    if found and found[0]["type"] == "ASSAULT" and any(
            c.dep_ == "dobj" and reflexive(c) for c in tok.children):
        suicide = found[0].get("reflexive_mode")  # "injured herself while performing"; but "a bomber blew himself up"
        found = _retyped(found, "ASSAULT", suicide) if suicide else None
    if found and found[0].get("predicates") and not any(
            c.lemma_.lower() in lex.lists[found[0]["predicates"]] for c in _predicates(tok)):
        found = None  # "called the plan a good idea", "called him John"
    let_in = _lets_in(tok, *found[0]["admits"]) if found and found[0].get("admits") else None
    if found and found[0].get("admits") and let_in is None:
        found = None  # "allowed UN inspectors to enter the site", not "allowed voters to enter"
    if found and found[0].get("not_complements") and (said := [
            c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in lex.lists[found[0]["not_complements"]]]):
        found = None  # "declined to comment", "refused to discuss it": neither a refusal nor talks
        muted.update(c.i for c in said)
    if found and found[0].get("political_complements") and _agreed_to(tok, found[0]["political_complements"]):
        found = ({**found[0], "needs_political": True}, found[1])  # "the firm agreed to buy a rival": a trade,
        # no agreement between political parties; "India agreed to buy Russian jets" stays
    if found and found[0].get("review_complements") and _internal_review(tok, found[0]["review_complements"], index):
        found = None  # "ordered all contracts to be examined", "ordered officials to review the budget"
    if found and found[0].get("to_clause") is False and any(
            c.dep_ in ("xcomp", "advcl") and to_infinitive(c) for c in tok.children):
        found = None  # "fought to push through a bill", "will have to fight to get heard": a struggle, not a battle
    if found and found[0].get("to_clause") and not any(
            (c.dep_ == "xcomp" or c.dep_ == "advcl" and not any(m.dep_ in ("prt", "advmod") for m in tok.children))
            and to_infinitive(c) for c in tok.children) and not _object_clauses(tok):
        found = None  # "pressed Serbia to free them" (parsed as a purpose too), not "pressed him on it",
        # "pushed protesters back to clear the square"
    if found and (verdict := next((w for w in found[1][1:] if w.dep_ in _VERDICT_DEPS), None)) is not None and not any(
            c.dep_ in ("auxpass", "mark", "dobj") for c in tok.children) and not any(c.dep_ == "nsubj" for c in verdict.children):
        found = None  # "was found guilty", "if found guilty", "found him guilty"; not "want officials found
        # guilty of graft to be barred" (a kind of people, no verdict told)
    if found and found[0].get("or_type") and _or_else(tok):
        found = _retyped(found, found[0]["or_type"])  # "gave Hamas 48 hours to leave or face an assault"
    elif found and found[0].get("or_only"):
        found = None  # "told the villagers to leave": a bidding in words, no event; "or be killed" makes a threat
    if found and found[0].get("opinion_clause") is False and _opinion_clause(tok):
        found = None  # "agreed he was brilliant"
    if found and found[0]["type"] == "CONSULT" and tok.dep_ == "advcl" and any(
            t.lemma_.lower() in lex.lists["anonymity"] for t in tok.head.subtree if t.i < tok.i):
        found = None  # "speaking on condition of anonymity to discuss the schedule": a source's cover
    if found and found[0]["type"] == "CONSULT" and tok.dep_ == "advcl" and tok.head.i in cue_tokens and not found[0].get("mode"):
        found = None  # "Speaking to the Radio Times, the star said": an interview, no consultation
    if found and ((tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "ccomp", "dobj") or tok.dep_ == "ccomp") and (
            verb_lemma(tok.head) in lex.lists["denying"]) or _denied_report(tok)):
        found = None  # "denied attacking the convoy", "denied that its soldiers fired", "denied reports that
        # her beliefs would make her refuse to serve": not told as done
    if found and tok.dep_ == "pcomp" and (tok.head.lower_ == "against" or tok.head.lower_ == "from" and (
            verb_lemma(tok.head.head) in lex.lists["preventing"])):
        found = None  # "warned Japan against visiting the shrine", "barred him from travelling": not done
    if found and not _governed_by_intent(tok):
        entry, words = found
        phase = {tok.head.i} if tok.dep_ == "nsubj" and _happens(tok.head) else set()
        return Trigger(tok, entry["type"], entry.get("mode"), words,  # "fighting continued on Tuesday"
                       anchors={tok.i} | {w.i for w in words} | phase | ({let_in.i} if let_in else set()),
                       political=bool(entry.get("needs_political")), intent=bool(entry.get("intent")),
                       in_words=bool(entry.get("in_words")),
                       conceded=bool(entry.get("concede_objects")) and _object_in(tok, entry["concede_objects"]))
    return None


def _noun_trigger(tok: Token, index: ActorIndex, verbs: dict[int, Trigger], nouns: list[Trigger], content: set[int],
                  cue_tokens: set[int], dated: list[Span], date_tokens: set[int]) -> Trigger | None:
    """The event a noun tells that is not a verb's own ('held talks' is one event, the verb's
    when the verb tells the same act), or none; `content` are verbs that are what a request,
    refusal or accusation is about, `nouns` the noun events found before this one."""
    lex = lexicon()
    doc = tok.doc
    if tok.ent_type_ in ("PERSON", "GPE", "ORG", "DATE", "TIME", "LAW", "WORK_OF_ART", "PRODUCT") and not (
            tok.ent_type_ == "DATE" and (found := noun_entry(tok)) and len(found[1]) > 1) or tok.i in verbs:
        return None  # a name: "the Controlling the Assault of ... Act", a film called "Invasion"; not the
        # "d'etat" of "a coup d'etat last year", which the NER takes into the date
    if tok.pos_ not in ("NOUN", "PROPN", "X") and not (tok.dep_ == "compound" and tok.tag_ == "VBG"):
        return None  # X: a borrowed word the model cannot tag ("a coup d'etat")
    found = noun_entry(tok)
    if not found:
        return None
    entry, words = found
    if tok.dep_ in ("compound", "nmod") and (named := noun_entry(tok.head)) and named[0]["type"] == entry["type"]:
        return None  # "an arrest warrant", "a bombing attack": the head noun names the same event
    if _asked_for(tok, verbs) or (tok.head.head if tok.dep_ == "pobj" else tok.head).i in content:
        return None  # "demanded the resignation", "called for talks", "accused them of signing up to a deal"
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.i in verbs and verbs[tok.head.i].mode == "discontinue" and (
            entry["type"] in domain()["cooperative_types"]):
        return None  # "cut off talks with Glazer", "suspended aid", "Japan's aid was frozen": the halt is the
        # event (PLOVER 3.13), not talks held or aid given; "halted its offensive" keeps the offensive
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.i in verbs and verbs[tok.head.i].event_type == "RETREAT" and (
            entry["type"] == "SANCTION" and not any(c.dep_ == "acl" for c in tok.children)):
        return None  # "sanctions against Belarus were eased": the easing is the event (RETREAT), not
        # sanctions imposed; "sanctions imposed in 1998 ... were lifted" keeps the imposing
    if modified_away(tok, entry) or entry.get("not_priced") and _priced(tok):
        return None  # "the DVD format war", "a rate-setting meeting", "one-off charges of £20m"
    if _blast_at_work(tok) or entry.get("not_for") and _sentence_names(tok, entry["not_for"]):
        return None  # "a gas explosion at a chemical plant": an accident; "declared a state of emergency
        # as floods swept the coast": relief
    if entry.get("not_own_session") and own_session(tok) or entry.get("not_public") and _public_consultation(tok):
        return None  # "chairing a meeting of the emergency committee": a body's own session; "launched a
        # consultation on the plans": the public's views asked
    if entry.get("objects") and not any(_object_in(w, entry["objects"], ("pobj",)) for w in words[1:]) or entry.get(
            "not_objects") and any(_object_in(w, entry["not_objects"], ("pobj",)) for w in words[1:]):
        return None  # "Finland's entry into NATO", not "the treaty's entry into force", "a member of the European Parliament"
    if entry.get("place_object") and not any(_place_object(w, index, ("pobj",)) for w in words[1:]):
        return None  # "the occupation of Kuwait", not "the occupation of his father"
    if entry.get("partnered") and not any(_partnered(w, index) for w in words[1:]):
        return None  # "curbs on chip exports to China", not "restrictions on beef exports"
    if entry.get("armed_type") and _aimed_at_a_state(tok, index):
        entry = {"type": entry["armed_type"]}  # "strikes on Gaza" are no walkout
    aimed_at = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                for p in c.children if p.dep_ == "pobj"]
    attacker = next((c for c in tok.children if c.dep_ == "poss"), None) or next((
        p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "by") for p in c.children
        if p.dep_ == "pobj"), None)  # "his attacks on", "attacks from Senator X"
    if attacker is None and tok.dep_ == "dobj" and verb_lemma(tok.head) in lex.light:
        attacker = subject_of(tok.head)  # "Karl Lund launched an attack on the cost of asylum": his
    if entry.get("verbal_type") and (any(p.lemma_.lower() in lex.verbal_objects for p in aimed_at)
                                     and not any(p.pos_ == "PROPN" or p.ent_type_ for p in aimed_at)
                                     or _war_of_words(tok, attacker, aimed_at, index)
                                     or _person(attacker, index) and _over_an_issue(tok)
                                     or _in_words(tok) or _in_words(tok.head) or _portraying(tok)
                                     or _between_persons(tok, index)
                                     or any(c.dep_ == "amod" and c.lemma_.lower() in lex.lists["verbal_modifiers"]
                                            for c in tok.children)):
        entry = {"type": entry["verbal_type"], "mode": "disapprove", "in_words": True}  # "an attack on the plans": words
    if entry.get("needs_target") and not acts_on_people(tok, index):
        return None  # "the film's release"
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in lex.lists["liabilities"]:
        return None  # "susceptible to attack by hackers": a risk, no act
    if tok.dep_ == "nsubj" and predicated(tok) is not None:
        return None  # "the threat today is that the virus will spread": what the clause holds, no act
    if entry.get("belief") and _believed(tok):
        return None  # "his conviction that the reform was right": a belief, no verdict
    if entry.get("court") and not _tried(tok, index, lex.lists[entry["court"]]):
        return None  # "the trial of two men", "his trial", not "five trials of its technology", "BT's trials"
    head = tok.head
    measurer = measured_by(tok)
    if head.i in verbs and tok.dep_ in ("dobj", "pobj", "nsubjpass", "attr") or (
            tok.dep_ == "pobj" and head.head.i in verbs and head.lower_ not in _TIME_PREPS) or (
            measurer is not None and measurer.i in verbs):  # "received $20 million in assistance": one aid
        verb = verbs[head.i] if head.i in verbs else verbs[head.head.i] if head.head.i in verbs else verbs[measurer.i]
        if _same_event(verb, entry) and not _answered(verb, tok, entry, index):
            verb.anchors.add(tok.i)  # "attend peace talks": one event, the verb's
            if verb.event_type == entry["type"]:  # "settled the lawsuit" is no allegation
                verb.mode = verb.mode or entry.get("mode")
            return None
        # "condemned the attacks": the attack is an event of its own, kept below when it
        # has an agent or a date of its own
        if entry.get("needs_light") or entry.get("light_verbs") or (
                not _has_agent(tok, index, entry.get("patient", False)) and not _has_date(tok, date_tokens)
                and object_date(tok, dated) is None):
            return None  # "discussed his opposition to the plan": no act of opposing is told
        return Trigger(tok, entry["type"], entry.get("mode"), words, None, {tok.i},
                       patient_possessive=bool(entry.get("patient")),
                       doer_of=bool(entry.get("doer_of")), in_words=bool(entry.get("in_words")))
    if (tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ not in _EXAMPLE_PREPS
            and head.head.i in {n.head.i for n in nouns} and granted_ask(tok) is None):
        return None  # "calls for a ceasefire": the ceasefire is what is asked; "granted Iran's request for
        # aid": given
    light = None
    own_lights = lex.lists[entry["light_verbs"]] if entry.get("light_verbs") else frozenset()
    if (tok.dep_ in ("dobj", "nsubjpass") and (verb_lemma(head) in lex.light or head.lemma_.lower() in own_lights
                                                or _tabled(tok)) or (
            tok.dep_ == "attr" and head.lemma_.lower() in own_lights)) and not any(
            c.dep_ == "prt" and (c.lower_ == "off" or f"{head.lemma_.lower()} {c.lower_}" in lex.verbs) for c in head.children) and not (
            tok.lemma_.lower() in lex.lists["asks"] and head.lemma_.lower() in lex.lists["granting"]):
        light = head  # "held talks", "used force", "became a member of NATO"; not "called off the talks",
        # "threw out the deal" (a verb of its own), "granted her request" (hers, made before: the grant answers it)
    elif tok.dep_ == "pobj" and head.lower_ == "in" and head.i > head.head.i and verb_lemma(head.head) in lex.light:
        light = head.head  # "took part in talks", not "carried ... after the attacks" nor "In this case, X filed"
    elif measurer is not None and verb_lemma(measurer) in lex.light:
        light = measurer  # "sent 50 tonnes of aid", "announced $2 billion in aid", "held a round of
        # talks": the measure is the aid, the round the talks
    elif (ask := granted_ask(tok)) is not None:
        light = ask.head  # "granted her request for asylum": the asylum is granted
    elif tok.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() in lex.lists["custody_verbs"]:
        light = head.head  # "placed her under house arrest"
    elif (tok.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in lex.lists["on_verbs"]
          and not any(c.dep_ == "det" for c in tok.children)):
        light = head.head  # "went on strike", not "went on the offensive"
    elif (tok.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB"
          and head.head.lemma_.lower() in lex.lists["travel_verbs"]):
        light = head.head  # "left on Tuesday for talks"
    elif tok.dep_ == "pobj" and head.lower_ == "on" and entry.get("mode") == "visit" and (
            (host := head.head if head.head.dep_ not in ("nsubj", "nsubjpass") else head.head.head).pos_ == "VERB"):
        light = host  # "paid tribute on Tuesday on a visit to Kenya", "Moreau, on a visit to Kenya, opened": the visit's day
    elif tok.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in lex.lists["scheduling"]:
        light = head  # "planned a rally for Saturday", "proposed talks in June": a planned event
    aspectual = tok.dep_ in ("nsubj",) and _happens(head)
    extra: set[int] = set()
    if tok.dep_ == "compound" and head.dep_ == "nsubj" and head.lemma_.lower() in lex.lists["processes"] and _happens(head.head):
        aspectual = True  # "the ratification process concluded on Wednesday": the ratification did
        extra.add(head.head.i)
    if entry.get("state") and (tok.dep_ == "nsubj" or tok.dep_ == "pobj" and head.lower_ in ("to", "of") and (
            head.head.pos_ == "NOUN")) and (head if tok.dep_ == "nsubj" else head.head).lemma_.lower() in lex.lists["terminative"]:
        return None  # "the ceasefire collapsed on Tuesday", "an end to the occupation of Iraq": it was made before
    # "the talks are scheduled for Monday", "the talks are expected to begin on Monday", "the
    # talks are due to start on Monday" (the adjective of a copula governs)
    governor = scheduled_by(head)
    phases = [c for c in governor.children if c.dep_ == "xcomp" and _happens(c)]
    if tok.dep_ in ("nsubj", "nsubjpass") and verb_lemma(governor) in lex.lists["scheduling"] | lex.lists["expecting"] and (
            tok.dep_ == "nsubjpass" or phases):
        aspectual = True
        extra.update(c.i for c in phases)
    # "the accord, which was announced Friday", "the talks held in May": a relative
    # clause whose verb carries the event describes it, its date is the event's
    for child in tok.children:
        if child.dep_ in ("relcl", "acl") and child.pos_ == "VERB" and (
                verb_lemma(child) in lex.light or _happens(child)
                or child.lemma_.lower() in lex.lists["scheduling"]):
            extra.add(child.i)
    # "the rebels were behind the attack last week": being behind it is doing it, then
    if (owning := owning_verb(tok)) is not None and owning.lemma_ == "be":
        extra.add(owning.i)
    # "last month's shooting death": the compound names the event of its head noun
    if tok.dep_ == "compound" and head.pos_ == "NOUN" and head.i != tok.i:
        extra.add(head.i)
    if (light is None and not aspectual and not _has_agent(tok, index, entry.get("patient", False))
            and not _has_date(tok, date_tokens) and not dated_after(tok, date_tokens)
            and not any(_has_date(doc[i], date_tokens) for i in extra) and premodified(tok, dated) is None
            and not ((host := manner_host(tok)) is not None and _has_date(host, date_tokens))):
        return None
    if entry.get("needs_light") and light is None:
        return None  # "filed a suit", not "wore a suit"
    if entry.get("not_in") and tok.dep_ == "pobj" and head.lower_ == "in" and not any(c.dep_ == "det" for c in tok.children):
        return None  # "I am in wholehearted agreement with him", "acted in accord with the UN": a view shared, no deal
    with_state = bool(entry.get("shared")) and _with_a_state(tok, light, index)
    if entry.get("shared") and not with_state and not _shared(tok, light):
        return None  # "a free-trade zone run jointly with China", "a joint industrial zone", not "opened a free-trade zone"
    if entry.get("not_personal") and _held_by_person(tok, light, index):
        return None  # "Trump's rally", "Sanders held a rally": a campaign event
    if entry.get("needs_cause") and not _has_cause(tok, light, entry["needs_cause"]):
        return None  # "spoke at a Super Tuesday rally", not "a rally against the war", "workers held a rally"
    owned = bool(entry.get("or_owner")) and light is None and _owned(tok, index)
    if own_lights and (light is None or light.lemma_.lower() not in own_lights) and not any(
            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in own_lights for c in tok.children) and not owned:
        return None  # "voiced support for", "the warrant issued Monday", "Japan's support for Taiwan",
        # not "has the support of 40%"
    if entry.get("needs_purpose") and light is None and not _has_purpose(tok):
        return None  # "an appeal for calm", not "his appeal to voters"
    if _governed_by_intent(light or tok) or light is not None and (_content_of(
            light, verbs, domain()["about_content_types"]) or _denied_report(light)):
        return None  # "urged the WTO to conclude negotiations": the request is the event; "denied reports
        # that Peru had signed the treaty": not told as done
    measured = tok.dep_ == "pobj" and head.head.dep_ == "dobj" and head.head.head == light  # "$2 billion in aid"
    if light is not None and light.i in cue_tokens and tok.dep_ != "dobj" and not measured:
        return None  # "announced an agreement" is a statement and an event; "announced that talks ..." only a statement
    carried = light is not None and head.lower_ != "on" and (
        verb_lemma(light) in lex.light or light.lemma_.lower() in own_lights or _tabled(tok))  # not "left for talks", "opened it on a visit"
    trig_words = sorted(set(words) | ({light} if carried else set()), key=lambda t: t.i)
    anchors = {tok.i} | ({light.i} if light is not None else set()) | ({head.i} if aspectual else set()) | extra
    # "declared a ceasefire", "the ceasefire declared by the army": a concession in words
    return Trigger(tok, entry["type"], entry.get("mode"), trig_words, light, anchors,
                   political=bool(entry.get("needs_political") and not with_state or owned or entry.get(
                       "political_complements") and _agreed_to(tok, entry["political_complements"])),  # "a deal to buy Graceland"
                   patient_possessive=bool(entry.get("patient")),
                   doer_of=bool(entry.get("doer_of")),
                   in_words=bool(entry.get("in_words")),
                   conceded=any(v.lemma_.lower() in lex.lists.get(entry.get("concede_lights"), ()) for v in (
                       [light] if light is not None else [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"])))


def _venture_hosts(noun: Token, light: Token | None) -> list[Token]:
    """The venture noun, the participles on it and, as the parse may hang such a participle on the
    verb that opens it, that verb and its participles ('opened a zone [run jointly with China]')."""
    hosts = [noun, *(c for c in noun.children if c.dep_ in ("acl", "relcl"))]
    if light is not None:
        hosts += [light, *(c for c in light.children if c.dep_ == "advcl" and c.tag_ == "VBN")]
    return hosts


def _shared(noun: Token, light: Token | None) -> bool:
    """The venture is run with another party: a [joint_marks] word on it ('a joint industrial zone',
    'a zone run jointly')."""
    marks = lexicon().lists["joint_marks"]
    return any(c.dep_ in ("amod", "advmod") and c.lower_ in marks for h in _venture_hosts(noun, light) for c in h.children)


def _with_a_state(noun: Token, light: Token | None, index: ActorIndex) -> bool:
    """The venture is run with a country ('an industrial park with Israel', 'a zone run jointly
    with China'): a state is a party to it, whoever opens it."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(p.dep_ == "pobj" and _is_country(p, index) for p in c.children)
               for h in _venture_hosts(noun, light) for c in h.children)


_SERVING = {("ASSAULT", "COERCE"), ("PROTEST", "REQUEST")}  # (act, the purpose it serves that is no event of its own)


def _merge_purposes(verbs: dict[int, Trigger], goals: dict[int, Trigger]) -> None:
    """A to-clause of purpose, or a participle of result right after it, naming an event of the
    same type as the act it serves, or coercion that force serves, or a demand a protest makes
    (PLOVER 3.12), is that act's event ('marched to protest the killings', 'met to discuss the
    border', 'began a hunger strike to protest', 'launched an attack on Kyiv, killing ten', 'fired
    tear gas to disperse them', 'marched to demand new elections'): its words join the act's anchors and it is no event of its own. `goals` maps
    a verb to the event it carries."""
    for i, trig in list(verbs.items()):
        cur = trig.head
        if not to_infinitive(cur) and not (
                cur.dep_ == "advcl" and cur.tag_ == "VBG" and cur.i > cur.head.i and cur.head.i in goals
                and not any(c.dep_ in ("nsubj", "mark") for c in cur.children)):
            continue  # "discussed when he visited": two events; "attacked the town, killing ten": one
        while cur.dep_ in ("advcl", "xcomp") and cur.head.i not in goals:
            cur = cur.head  # "marched, burning flags to protest"
        goal = goals.get(cur.head.i) if cur.dep_ in ("advcl", "xcomp") else None
        if goal is not None and goal is not trig and (goal.event_type == trig.event_type or (
                goal.event_type, trig.event_type) in _SERVING):
            goal.anchors |= trig.anchors
            del verbs[i]


def _aimed_at_a_state(tok: Token, index: ActorIndex) -> bool:
    """'strikes on Gaza', 'strikes against Iran', 'Israel's strikes', 'strikes on rebel camps':
    force between states, on a place or on a military target."""
    targets = lexicon().lists["military_targets"]
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "against"):
            if any(p.dep_ == "pobj" and (p.i in index.places or _is_country(p, index) or noun_lemma(p) in targets)
                   for p in child.children):
                return True
        if child.dep_ == "poss" and _is_country(child, index):
            return True
    return False


# entry keys that retype a trigger by its arguments: a retyped one is read by them no more (a
# guard that retypes, as `not_modifiers` with `modifier_type`, stays whole)
_RETYPERS = frozenset({"object_types", "left_types", "subject_types", "labour_subjects", "arms_aid", "place_type",
                       "place_mode", "verbal_type", "or_type"})
# guards on the argument that retyped the trigger, which that argument has met ("sent aid" is no
# sending of forces, "teachers will strike" needs no place struck)
_MET_BY = {"object": frozenset({"needs_object", "objects", "not_objects", "party_object", "place_object", "needs_target",
                                "needs_noun_object", "event_object", "intransitive", "predicates", "not_own"}),
           "subject": frozenset({"needs_actor", "needs_subjects", "subjects", "not_agents", "armed_subjects",
                                 "passive_agent"})}


def _retyped(found: tuple[dict, list[Token]], event_type: str, mode: str | None = None, by: tuple[str, ...] = (),
             **kept: object) -> tuple[dict, list[Token]]:
    """The same trigger words read as another type and mode (what the object, the subject or a
    modifier makes them), keeping the guards of the entry they come from ('snow blocked roads' is
    no protest: `needs_actor` holds for the road block too), but those on the arguments `by`
    ("object", "subject") that retyped it, plus the guards in `kept`."""
    met = _RETYPERS.union(*(_MET_BY[b] for b in by))
    guards = {k: v for k, v in found[0].items() if k not in met}
    return {**guards, "type": event_type, "mode": mode, **kept}, found[1]


def _sent_to_a_state(verb: Token, index: ActorIndex) -> bool:
    """The verb's to-phrase names a country or the forces of one ('sent tanks to Ukraine', 'handed
    over tanks to the Ukrainian army', not 'to the border')."""
    return any(p.dep_ == "pobj" and (_is_country(p, index) or noun_lemma(p) in lexicon().lists["forces"] and any(
        index.actor(k).country_code for k in index.resolve(p)))
               for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children)


def _group_gives(verb: Token, index: ActorIndex) -> bool:
    """An armed group, no state, gives the arms ('the rebels handed over their rifles to the army'):
    it disarms, it aids no one."""
    giver = subject_of(verb)
    return giver is not None and any(index.actor(k).actor_type == "group" for k in index.resolve(giver))


def _goes_into(verb: Token, name: str) -> bool:
    """What the verb puts goes into or is placed with one of the lemmas (or compound keys) of list
    `name` ('deposited $2 billion in Egypt's central bank', the phrase read as the sum's or the verb's)."""
    words = lexicon().lists[name]
    heads = [verb, *(o for o in verb.children if o.dep_ == "dobj")]  # "[$1 billion in] Jordan's central bank"
    return any(c.dep_ == "prep" and c.lower_ in ("in", "into", "with", "at") and p.dep_ == "pobj" and (
        noun_lemma(p) in words or any(k in words for k in lemma_keys(p, ("compound", "amod"))))
               for h in heads for c in h.children for p in c.children)


def _is_country(tok: Token, index: ActorIndex) -> bool:
    return any(index.actor(k).actor_type == "country" for k in index.resolve(tok))
