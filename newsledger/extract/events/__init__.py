"""PLOVER events of one article: triggers from the lexicon (verbs and nominalisations),
source/target/participants from the parse, place from the clause, date from the date expression
attached to the event (resolved against the publication date and the clause's tense),
negation and status. Statements are not events: a reporting verb triggers none unless it names
a PLOVER act itself ("promised that", "alleged that", "urged"), and
conditional events inside reported speech are left to the statement (a planned one, "said it
will start talks in April", is an event with status planned: PLOVER codes the intent)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from newsledger.extract.actors import ActorIndex
from newsledger.extract.dates import ResolvedDate, resolve_date
from newsledger.extract.lexicon import load
from newsledger.extract.records import Event, Place, Statement
from newsledger.extract.statements import subject_of
from newsledger.extract.text import doc_text

TARGET_PREPS = ("with", "to", "against", "on", "into", "at")
SOURCE_PREPS = ("by", "from")
SUBJ = ("nsubj", "nsubjpass", "expl")
PLACE_PREPS = ("in", "at", "inside", "near", "across", "throughout")
VISIT_PREPS = ("to",)
_SPAN_OF_TIME = re.compile(r"\b(?:days|weeks|months|years|decades|hours)\b(?!.*\b(?:ago|earlier|later|before)\b)"
                           r"|^\d{1,2}$", re.I)
_DURATION = re.compile(r"^(?:(?:the|a|an) )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)[- ](?:day|week|month|year|hour|minute)s?(?:-long|-old)?$|"
                       r"^(?:daily|nightly|weekly|monthly|quarterly|yearly|annual|annually)$|^\w+-long$", re.I)


@dataclass(frozen=True)
class _Lex:
    verbs: dict[str, dict]
    nouns: dict[str, dict]
    light: frozenset[str]
    aspectual: frozenset[str]
    intent: frozenset[str]
    future: dict[str, str]
    governing: frozenset[str]
    date_adverbs: frozenset[str]
    captives: frozenset[str]
    parties: frozenset[str]
    verbal_objects: frozenset[str]
    places: frozenset[str]
    lists: dict[str, frozenset[str]]  # every table with `lemmas`, by name, for `objects = "..."`


@cache
def lexicon() -> _Lex:
    lex = load("plover")
    return _Lex(lex["verbs"], lex["nouns"], frozenset(lex["light_verbs"]["lemmas"]),
                frozenset(lex["aspectual"]["lemmas"]), frozenset(lex["intent_nouns"]["lemmas"]),
                dict(lex["future"]), frozenset(lex["governing"]["lemmas"]),
                frozenset(lex["date_adverbs"]["words"]), frozenset(lex["captives"]["lemmas"]),
                frozenset(lex["parties"]["lemmas"]), frozenset(lex["verbal_objects"]["lemmas"]),
                frozenset(lex["place_nouns"]["lemmas"]),
                {k: frozenset(v["lemmas"]) for k, v in lex.items() if isinstance(v, dict) and "lemmas" in v})


@dataclass
class _Trigger:
    head: Token  # the verb or noun naming the action
    event_type: str
    mode: str | None
    tokens: list[Token]  # the trigger words as written
    light: Token | None = None  # "held" in "held talks"
    anchors: set[int] = field(default_factory=set)  # tokens whose modifiers describe the event
    political: bool = False  # kept only with a political participant (`needs_political`)


def _verb_entry(tok: Token) -> tuple[dict, list[Token]] | None:
    lex = lexicon()
    lemma = tok.lemma_.lower()
    for child in tok.children:
        if (child.dep_ in ("prep", "prt") or child.dep_ == "advmod" and child.lower_ in _PARTICLES) and (
                f"{lemma} {child.lower_}" in lex.verbs):
            entry = lex.verbs[f"{lemma} {child.lower_}"]
            if child.dep_ == "prep" and (_temporal_object(child) or child.i < tok.i or (
                    entry.get("particle") and any(p.dep_ == "pobj" for p in child.children))):
                continue  # "called in administrators on Friday", "pushed prices up", "gave details in a speech"
            return entry, [tok, child]
    if any(c.dep_ == "prt" for c in tok.children):
        return None  # a phrasal verb means something else: "back up", "shell out", "call off"
    if lemma in lex.verbs:
        return lex.verbs[lemma], [tok]
    return None


def _politicians(subj: Token | None) -> bool:
    """A subject who fights with words: politicians by title ('the two leaders')."""
    return subj is not None and subj.lemma_.lower() in lexicon().lists["verbal_subjects"]


_REFLEXIVES = ("herself", "himself", "themselves", "itself", "myself", "yourself", "ourselves")


def _agents(tok: Token) -> list[Token]:
    """Who or what does the verb's action: its active subject or its by-agent."""
    out = [c for c in tok.children if c.dep_ == "nsubj"]
    out += [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return out


_PARTICLES = ("down", "up", "out", "off", "in", "back", "over", "away")  # "stepped down" parsed as an adverb


def _temporal_object(prep: Token) -> bool:
    return any(p.ent_type_ in ("DATE", "TIME") or p.lemma_.lower() in ("time", "moment", "first")
               for p in prep.children if p.dep_ == "pobj")


def _noun_entry(tok: Token) -> tuple[dict, list[Token]] | None:
    lex = lexicon()
    low, lemma = tok.lower_, tok.lemma_.lower()
    for child in tok.children:
        if child.dep_ in ("compound", "amod") and f"{child.lower_} {lemma}" in lex.nouns:
            return lex.nouns[f"{child.lower_} {lemma}"], [child, tok]
        if (child.i == tok.i - 2 and tok.doc[tok.i - 1].text == "-"
                and (hyphened := f"{child.lower_}-{low}") in lex.nouns):
            return lex.nouns[hyphened], [child, tok]  # "cease-fire", "sit-in": three tokens
        if child.dep_ == "prep" and f"{lemma} {child.lower_}" in lex.nouns:
            return lex.nouns[f"{lemma} {child.lower_}"], [tok, child]
    for key in (low, lemma):
        if key in lex.nouns:
            return lex.nouns[key], [tok]
    return None


def _acts_on_people(tok: Token, index: ActorIndex) -> bool:
    """What the verb or noun acts on (object, passive subject, 'of' phrase) is a person, group or
    captive."""
    captives = lexicon().captives
    cands = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    cands += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if tok.pos_ == "VERB" and tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
        cands.append(tok.head)  # "prisoners released on Monday"
    if tok.pos_ == "VERB" and tok.dep_ == "advcl" and tok.tag_ == "VBN":
        cands += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "Freed on Monday, he ..."
    if tok.pos_ in ("NOUN", "PROPN"):
        cands += [c for c in tok.children if c.dep_ == "poss"]
    for c in cands:
        if c.lemma_.lower() in captives or c.lower_ in captives or c.lower_ in _PERSONAL:
            return True
        if any(index.actor(k).actor_type in ("person", "group") for k in index.resolve(c)):
            return True
    return False


def _object_is_party(tok: Token, index: ActorIndex) -> bool:
    """The verb's object or 'with' phrase, when it has one, is an actor, a party-like noun or an
    event ('met the minister', 'hosted talks')."""
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
        if lemma in lex.parties or lemma in lex.captives or obj.lower_ in lex.nouns or lemma in lex.nouns:
            continue
        if obj.pos_ == "PRON" and obj.lower_ not in ("it", "this", "that"):
            continue
        return False
    return True


_PERSONAL = ("he", "she", "they", "him", "her", "them", "we", "us", "i", "me")
_CROWD = frozenset({"thousand", "hundred", "ten", "dozen", "score", "million", "crowd", "group", "number"})  # lemmas


def _subject_actor(tok: Token, index: ActorIndex) -> bool:
    """The subject is a known actor, or people ('supporters rallied', 'thousands of workers
    marched'), not things ('stocks rallied')."""
    subj = subject_of(tok)
    if subj is None:
        return False
    if index.resolve(subj) or subj.ent_type_ in ("NORP", "PERSON", "ORG"):
        return True
    lex = lexicon()
    people = lex.parties | lex.captives
    if subj.lemma_.lower() in people:
        return True
    return subj.lemma_.lower() in _CROWD and any(
        p.dep_ == "pobj" and (p.lemma_.lower() in people or p.ent_type_ == "NORP")
        for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)


def _object_in(tok: Token, name: str, deps: tuple[str, ...] = ("dobj", "nsubjpass")) -> bool:
    """The verb acts on one of the lemmas of list `name` ('settled the lawsuit', 'lifted the
    embargo'): its object, or its subject when passive (or the arguments `deps`)."""
    words = lexicon().lists[name]
    return any(c.dep_ in deps and (c.lemma_.lower() in words or c.lower_ in words)
               for c in tok.children)


_MODALS = ("would", "will", "should", "must", "could", "can", "shall", "might", "may", "to", "'ll")
_FUTURE_MODALS = frozenset(_MODALS) - {"could", "to"}  # "could not attend on Monday" is past


def _opinion_clause(tok: Token) -> bool:
    """'agreed he was brilliant', 'agrees': assent to a view (a clause with no modal, or
    nothing at all), not an agreement to act ('agreed to pay', 'agreed a deal', 'agreed that
    troops would leave', 'agreed on a ceasefire')."""
    if any(c.dep_ in ("xcomp", "dobj", "nsubjpass") or c.dep_ == "prep" and c.lower_ != "with" for c in tok.children):
        return False  # "agreed with her view" alone is assent; "agreed with Iran on a deal" is not
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    return not any(a.dep_ == "aux" and a.lower_ in _MODALS for c in clauses for a in c.children)


def _same_event(verb: _Trigger, entry: dict) -> bool:
    """A noun object names the verb's own event ('attend talks', 'signed an agreement',
    'launched an offensive') when the verb carries events or the two share a type."""
    lex = lexicon()
    return (verb.event_type == entry["type"] or verb.head.lemma_.lower() in lex.light
            or {verb.event_type, entry["type"]} <= {"CONSULT", "AGREE", "SUPPORT"}
            # what is asked, refused, threatened or promised has not happened
            or verb.event_type in ("REQUEST", "REJECT", "THREATEN", "AGREE", "CONCEDE"))


def _has_date(tok: Token) -> bool:
    """'the summit on Friday', 'Sunday's talks': a noun with a date of its own is an event."""
    for child in tok.children:
        if child.dep_ in ("prep", "npadvmod", "poss", "compound", "nmod", "nummod", "amod") and child.i != tok.i:
            if any(t.ent_type_ == "DATE" for t in child.subtree):
                return True
    return False


_TIME_PREPS = ("after", "before", "following", "since", "during", "until", "amid")  # "accepted X after the war"
_EXAMPLE_PREPS = ("including", "like", "such")  # "three attacks, including the 1996 bombing"


def _premodified(tok: Token, spans: list[Span]) -> Span | None:
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


def _governed_by_intent(tok: Token) -> bool:
    """'readiness to meet him': the meeting is an attitude, not an event."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("xcomp", "acl", "pcomp", "prep", "pobj", "advcl") or cur.head == cur:
            return False
        cur = cur.head
        if cur.pos_ == "NOUN" and cur.lemma_.lower() in lexicon().intent:
            return True
    return False


def _has_agent(tok: Token, index: ActorIndex) -> bool:
    for child in tok.children:
        if child.dep_ == "poss" and index.resolve(child):
            return True
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "between", "with", "against", "of"):
            if any(index.resolve(p) for p in child.children if p.dep_ == "pobj"):
                return True
    return False


def _triggers(doc: Doc, index: ActorIndex, cue_tokens: set[int], dated: list[Span]) -> list[_Trigger]:
    lex = lexicon()
    verbs: dict[int, _Trigger] = {}
    muted: set[int] = set()  # complements of a no-comment ("refused to discuss it")
    for tok in doc:
        if tok.pos_ != "VERB" or tok.i in cue_tokens or tok.i in muted or tok.dep_ == "amod":
            continue
        found = _verb_entry(tok)
        if found and found[0].get("needs_object") and not any(
                c.dep_ in ("dobj", "xcomp", "ccomp") for c in tok.children):
            found = None  # "shares declined" is not a refusal
        if found and found[0].get("needs_actor") and not _subject_actor(tok, index):
            found = None  # "stocks rallied" is not a protest
        if found and found[0].get("needs_target") and not found[0].get("objects") and not _acts_on_people(tok, index):
            found = None  # "released the film" is no release of captives
        if found and found[0].get("verbal_type") and (_politicians(subject_of(tok)) or any(
                c.dep_ == "dobj" and c.lemma_.lower() in lex.verbal_objects
                or c.dep_ == "prep" and (c.lower_ in ("over", "about", "as")
                                         or c.lower_ == "on" and not _temporal_object(c)) for c in tok.children)):
            # "attacked the decision", "clashed with his leaders over fees", "clashed with the
            # council on the issue", "the two party leaders clashed": words, not force
            found = ({"type": found[0]["verbal_type"], "mode": "disapprove"}, found[1])
        if found and found[0].get("party_object") and not _object_is_party(tok, index):
            found = None  # "met demand", "hosted the show"
        if found and found[0].get("intransitive") and any(c.dep_ in ("dobj", "ccomp") for c in tok.children):
            found = None  # "demonstrated the new phone", "demonstrated that it works"
        if found and found[0].get("place_object") and not any(
                c.dep_ == "dobj" and (c.i in index.places or c.ent_type_ in ("GPE", "LOC", "FAC")
                                      or c.lemma_.lower() in lex.places) for c in tok.children):
            found = None  # "occupied the top two positions"
        if found and found[0].get("needs_noun_object") and not any(c.dep_ == "dobj" for c in tok.children):
            found = None  # "sought to reassure" is no request
        if found and found[0].get("objects") and not _object_in(tok, found[0]["objects"]) and not (
                found[0].get("needs_target") and _acts_on_people(tok, index)):
            found = None  # "settled at $20", "lifted its forecast"; "suspended trading", not "suspended him"
        if found and found[0].get("subjects") and not (_object_in(tok, found[0]["subjects"], ("nsubj", "nsubjpass"))
                                                      or any(c.dep_ == "dobj" for c in tok.children)):
            found = None  # "a bomb exploded", not "the market is set to explode"
        if found and found[0].get("not_objects") and (_object_in(tok, found[0]["not_objects"]) or any(
                _object_in(w, found[0]["not_objects"], ("pobj",)) for w in found[1][1:])):
            found = None  # "seized the top spot", "cancelled 100 flights"
        if found and tok.lemma_.lower() in lex.lists["questions"] and _asks_whether(tok):
            found = None  # "asked him if he knew"
        if found and found[0].get("not_agents") and any(
                a.lemma_.lower() in lex.lists[found[0]["not_agents"]] for a in _agents(tok)):
            found = None  # "destroyed by fire"
        if found and found[0]["type"] == "ASSAULT" and any(
                c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in tok.children):
            found = None  # "injured herself while performing"
        if found and found[0].get("predicates") and not any(
                c.dep_ in ("oprd", "dobj", "xcomp", "attr") and c.lemma_.lower() in lex.lists[found[0]["predicates"]]
                for c in tok.children):
            found = None  # "called the plan a good idea", "called him John"
        if found and found[0].get("not_complements") and (said := [
                c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in lex.lists[found[0]["not_complements"]]]):
            found = None  # "declined to comment", "refused to discuss it": neither a refusal nor talks
            muted.update(c.i for c in said)
        if found and found[0].get("opinion_clause") is False and _opinion_clause(tok):
            found = None  # "agreed he was brilliant"
        if found and not _governed_by_intent(tok):
            entry, words = found
            verbs[tok.i] = _Trigger(tok, entry["type"], entry.get("mode"), words,
                                    anchors={tok.i} | {w.i for w in words},
                                    political=bool(entry.get("needs_political")))
    for i, trig in list(verbs.items()):  # "refuses to accept", "urged Sweden to extradite them":
        # the refusal or the request is the event; what is refused or asked is its content
        if (trig.head.dep_ == "xcomp" and trig.head.head.i in verbs
                and verbs[trig.head.head.i].event_type in ("REJECT", "REQUEST")):
            del verbs[i]
    nouns: list[_Trigger] = []
    for tok in doc:
        if tok.ent_type_ in ("PERSON", "GPE", "ORG", "DATE", "TIME") or tok.i in verbs:
            continue
        if tok.pos_ not in ("NOUN", "PROPN") and not (tok.dep_ == "compound" and tok.tag_ == "VBG"):
            continue
        found = _noun_entry(tok)
        if not found:
            continue
        entry, words = found
        if entry.get("not_modifiers") and any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.lists[entry["not_modifiers"]] for c in tok.children):
            continue  # "the DVD format war"
        if entry.get("armed_type") and _aimed_at_a_state(tok, index):
            entry = {"type": entry["armed_type"]}  # "strikes on Gaza" are no walkout
        if entry.get("needs_target") and not _acts_on_people(tok, index):
            continue  # "the film's release"
        head = tok.head
        if head.i in verbs and tok.dep_ in ("dobj", "pobj", "nsubjpass", "attr") or (
                tok.dep_ == "pobj" and head.head.i in verbs and head.lower_ not in _TIME_PREPS):
            verb = verbs[head.i] if head.i in verbs else verbs[head.head.i]
            if _same_event(verb, entry):
                verb.anchors.add(tok.i)  # "attend peace talks": one event, the verb's
                if verb.event_type == entry["type"]:  # "settled the lawsuit" is no allegation
                    verb.mode = verb.mode or entry.get("mode")
                continue
            # "condemned the attacks": the attack is an event of its own, kept below when it
            # has an agent or a date of its own
            if not _has_agent(tok, index) and not _has_date(tok):
                continue
            nouns.append(_Trigger(tok, entry["type"], entry.get("mode"), words, None, {tok.i}))
            continue
        if (tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ not in _EXAMPLE_PREPS
                and head.head.i in {n.head.i for n in nouns}):
            continue  # "calls for a ceasefire": the ceasefire is what is asked
        light = None
        if tok.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in lex.light:
            light = head
        elif tok.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in lex.light:
            light = head.head  # "took part in talks", not "carried ... after the attacks"
        elif (tok.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB"
              and head.head.lemma_.lower() in lex.lists["travel_verbs"]):
            light = head.head  # "left on Tuesday for talks"
        elif tok.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in lex.lists["scheduling"]:
            light = head  # "planned a rally for Saturday", "proposed talks in June": a planned event
        aspectual = tok.dep_ in ("nsubj",) and head.lemma_.lower() in lex.aspectual
        extra: set[int] = set()
        # "the accord, which was announced Friday", "the talks held in May": a relative
        # clause whose verb carries the event describes it, its date is the event's
        for child in tok.children:
            if child.dep_ in ("relcl", "acl") and child.pos_ == "VERB" and (
                    child.lemma_.lower() in lex.light or child.lemma_.lower() in lex.aspectual
                    or child.lemma_.lower() in lex.lists["scheduling"]):
                extra.add(child.i)
        # "last month's shooting death": the compound names the event of its head noun
        if tok.dep_ == "compound" and head.pos_ == "NOUN" and head.i != tok.i:
            extra.add(head.i)
        if (light is None and not aspectual and not _has_agent(tok, index) and not _has_date(tok)
                and not any(_has_date(doc[i]) for i in extra) and _premodified(tok, dated) is None
                and not ((host := _manner_host(tok)) is not None and _has_date(host))):
            continue
        if entry.get("needs_light") and light is None:
            continue  # "filed a suit", not "wore a suit"
        if _governed_by_intent(light or tok):
            continue
        if light is not None and light.i in cue_tokens and tok.dep_ != "dobj":
            continue  # "announced an agreement" is a statement and an event; "announced that talks ..." only a statement
        carried = light is not None and light.lemma_.lower() in lex.light  # "held talks"; not "left for talks"
        trig_words = sorted(set(words) | ({light} if carried else set()), key=lambda t: t.i)
        anchors = {tok.i} | ({light.i} if light is not None else set()) | ({head.i} if aspectual else set()) | extra
        nouns.append(_Trigger(tok, entry["type"], entry.get("mode"), trig_words, light, anchors))
    return sorted(list(verbs.values()) + nouns, key=lambda t: t.head.i)


def _chain(trig: _Trigger) -> list[Token]:
    """The trigger's verb and the verbs that govern it through xcomp ('is expected to attend')."""
    cur = trig.light or trig.head
    if cur.pos_ in ("NOUN", "PROPN"):
        cur = cur.head if cur.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") else cur
        if cur.dep_ == "prep":
            cur = cur.head
    out = [cur]
    while cur.dep_ in ("xcomp", "auxpass", "conj") and cur.head != cur:
        if cur.dep_ == "conj" and any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in cur.children):
            break  # a conjoined clause with its own subject or auxiliary has its own status
        cur = cur.head
        out.append(cur)
    return out


def _status(trig: _Trigger, chain: list[Token]) -> str:
    for tok in [trig.head, *chain]:
        for anc in [tok, *tok.ancestors]:
            if anc.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                           for c in anc.children):
                return "hypothetical"
    auxes = {c.lower_ for t in chain for c in t.children if c.dep_ in ("aux", "auxpass")}
    # the verbs governing the action, not the action's own verb ("sought asylum" happened)
    lemmas = {t.lemma_.lower() for t in chain if t not in trig.tokens}
    if auxes & {"would", "could", "might", "should", "must", "ought"}:
        return "hypothetical"
    if lemmas & lexicon().lists["expecting"] or auxes & {"may"}:
        return "expected"
    if auxes & {"will", "shall", "'ll", "wo"} or lemmas & lexicon().lists["intending"]:
        return "planned"
    if any(t.lower_ == "going" and any(c.dep_ == "xcomp" for c in t.children) for t in chain):
        return "planned"
    if any(c.lower_ in ("upcoming", "future") or c.lemma_.lower() in lexicon().lists["scheduling"]
           for c in trig.head.children if c.dep_ in ("amod", "acl")):
        return "planned"  # "the planned talks", "a summit set for April"
    return "occurred"


def _negated(trig: _Trigger, chain: list[Token]) -> bool:
    """'did not attend', 'no talks', 'failed to reach a deal': the text says it did not happen."""
    verbs = {tok.i: tok for tok in [trig.head, *chain]}  # the chain starts at the trigger's own verb: count it once
    negations = sum(c.dep_ == "neg" for tok in verbs.values() for c in tok.children)
    negations += sum(t.lemma_.lower() == "fail" and t not in trig.tokens for t in chain)
    negations += any(c.dep_ == "det" and c.lower_ == "no" for c in trig.head.children)
    return negations % 2 == 1  # "did not fail to arrest him": he was arrested


def _args(trig: _Trigger, index: ActorIndex, place_tokens: set[int]) -> tuple[list[str], list[str]]:
    """(sources, targets) as actor keys."""
    sources: list[str] = []
    targets: list[str] = []

    def add(dest: list[str], tok: Token | None) -> None:
        if tok is None or tok.i in place_tokens:
            return
        for key in index.resolve(tok) or _state_of(tok, index):
            if key not in sources and key not in targets:
                dest.append(key)

    head = trig.head
    if head.pos_ == "VERB":
        subj = subject_of(head)
        if head.dep_ == "xcomp" and not any(c.dep_ in SUBJ for c in head.children):
            # "urged Sweden to extradite them": who is urged does it
            subj = next((c for c in head.head.children if c.dep_ == "dobj"), subj)
        passive = subj is not None and subj.head.dep_ != "agent" and (  # "approved by Congress": Congress approved
            subj.dep_ == "nsubjpass" and subj.head == head
            or any(c.dep_ == "auxpass" for c in head.children)  # "pleaded guilty and was jailed"
            or head.tag_ == "VBN" and head.dep_ in ("advcl", "acl") and not any(c.dep_ == "aux" for c in head.children))
        # "could face 85 years if convicted", "four men, accused of links to ...": the subject is the patient
        (add(targets, subj) if passive else add(sources, subj))
        for child in head.children:
            if child.dep_ == "dobj":
                add(targets, child)
            elif child.dep_ == "agent":
                for p in child.children:
                    add(sources, p) if p.dep_ == "pobj" else None
            elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS + ("between",):
                for p in child.children:
                    add(targets, p) if p.dep_ == "pobj" else None
    else:
        if trig.light is not None:
            add(sources, subject_of(trig.light))
        for child in head.children:
            if child.dep_ == "poss":
                add(sources, child)
            elif child.dep_ == "prep":
                pobjs = [p for p in child.children if p.dep_ == "pobj"]
                for p in pobjs:
                    if child.lower_ in SOURCE_PREPS:
                        add(sources, p)
                    elif child.lower_ in TARGET_PREPS + ("of", "between"):
                        add(targets, p)
        if trig.light is not None:
            for child in trig.light.children:
                if child.dep_ == "prep" and child.lower_ in ("with", "between"):
                    for p in child.children:
                        add(targets, p) if p.dep_ == "pobj" else None
    if not sources and len(targets) > 1 and trig.event_type == "CONSULT":
        sources.append(targets.pop(0))
    return sources, targets


def _aimed_at_a_state(tok: Token, index: ActorIndex) -> bool:
    """'strikes on Gaza', 'strikes against Iran', 'Israel's strikes': force between states or
    on a place."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "against"):
            if any(p.dep_ == "pobj" and (p.i in index.places or _is_country(p, index)) for p in child.children):
                return True
        if child.dep_ == "poss" and _is_country(child, index):
            return True
    return False


def _is_country(tok: Token, index: ActorIndex) -> bool:
    return any(index.actor(k).actor_type == "country" for k in index.resolve(tok))


def _state_of(tok: Token, index: ActorIndex) -> list[str]:
    """'Turkey's foreign minister', 'Israel's army': an unnamed official or force stands for the
    country or organisation that owns it (how PLOVER codes an actor by its state and sector)."""
    lex = lexicon()
    if tok.lemma_.lower() not in lex.lists["generic_parties"] and tok.lemma_.lower() not in lex.parties:
        return []
    for child in tok.children:
        if child.dep_ == "poss" and child.i in index.key_of_token:
            key = index.key_of_token[child.i]
            if index.actor(key).actor_type in ("country", "organization"):
                return [key]
    return []


def _generic_party(trig: _Trigger) -> bool:
    """'Police dispersed the protesters', 'troops shelled the town': the parties are named by
    what they are (a PLOVER sector: police, military, rebels, protesters, government), not by
    name. Such an event is kept with no actor ids; the sentence says who."""
    if trig.event_type in _domain()["political_types"]:
        return False  # "officers arrived" is no visit
    generic = lexicon().lists["generic_parties"]
    verb = trig.light or trig.head
    cands = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    cands += [p for c in verb.children if c.dep_ in ("agent", "prep") for p in c.children if p.dep_ == "pobj"]
    if (subj := subject_of(verb)) is not None:
        cands.append(subj)
    if trig.head.pos_ in ("NOUN", "PROPN"):
        cands += [c for c in trig.head.children if c.dep_ == "poss"]
        cands += [p for c in trig.head.children if c.dep_ == "prep" and c.lower_ in SOURCE_PREPS + ("against", "on")
                  for p in c.children if p.dep_ == "pobj"]
    # "thousands of protesters": the crowd is what it is made of
    cands += [p for c in list(cands) if c.like_num or c.lemma_.lower() in _CROWD
              for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for p in prep.children if p.dep_ == "pobj"]
    crowd = lexicon().captives if trig.event_type == "PROTEST" else frozenset()  # "workers marched"
    return any(c.lemma_.lower() in generic or c.lemma_.lower() in crowd for c in cands)



def _place(trig: _Trigger, index: ActorIndex) -> tuple[Place | None, set[int]]:
    """A place named by an in/at phrase on the trigger (or 'to' after a visit verb), or a place
    compound on the noun ('the Istanbul talks')."""
    preps = PLACE_PREPS + (VISIT_PREPS if trig.mode == "visit" else ())
    for anchor in sorted(trig.anchors):
        tok = trig.head.doc[anchor]
        for child in tok.children:
            if trig.mode == "visit" and child.dep_ == "dobj" and child.i in index.places:
                return index.places[child.i], _ent_tokens(child)  # "will visit Warsaw"
            if child.dep_ == "prep" and child.lower_ in preps:
                for p in child.children:
                    if p.dep_ == "pobj" and p.i in index.places:
                        return index.places[p.i], _ent_tokens(p)
            if child.dep_ in ("compound", "npadvmod") and child.i in index.places and tok.pos_ == "NOUN":
                return index.places[child.i], _ent_tokens(child)
    # "met X in Lisbon" is often parsed with the place on the object
    for anchor in sorted(trig.anchors):
        for obj in trig.head.doc[anchor].children:
            if obj.dep_ not in ("dobj", "pobj", "prep"):
                continue
            for child in obj.children:
                if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                    for p in child.children:
                        if p.dep_ == "pobj" and p.i in index.places:
                            return index.places[p.i], _ent_tokens(p)
    return None, set()


def _ent_tokens(tok: Token) -> set[int]:
    doc = tok.doc
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end:
            return set(range(ent.start, ent.end))
    return {tok.i}


def _tense(trig: _Trigger, chain: list[Token], status: str) -> str:
    if status in ("planned", "expected"):
        return "future"
    tags = {t.tag_ for t in chain}
    auxes = {c.lower_ for t in chain for c in t.children if c.dep_ == "aux"}
    if auxes & _FUTURE_MODALS and not auxes & {"have", "'ve"}:
        return "future"  # "must be returned by Jan. 14", "would sign on Friday"; not "would have signed"
    if tags & {"VBD", "VBN"} or any(c.lower_ in ("had", "has", "have", "did") for t in chain for c in t.children):
        return "past"
    return "present"


_DAY_WORD = re.compile(r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
                       r"yesterday|tomorrow|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|"
                       r"january|february|march|april|june|july|august|september|october|"
                       r"november|december)\.?$", re.I)


_DATE_WORDS = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|year|month|"
    r"week|day|today|tonight|yesterday|tomorrow|decade|centur|spring|summer|autumn|fall|winter|"
    r"quarter|season|weekend|now|ago|recent|future|past|period|time|nineteen|eighteen|twenty|"
    r"two thousand|christmas|easter|eve|holiday)", re.I)  # not "Olympic", "Ramadan" is a holiday
_WEEKDAY_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                  "today", "yesterday", "tomorrow"}


def date_spans(doc: Doc) -> list[Span]:
    """Date expressions: spaCy's DATE entities (not durations, spans of time or datelines),
    the day inside a TIME entity ('Thursday morning', 'the night of Friday, Oct. 23') and the
    date adverbs the NER leaves out ('now', 'recently')."""
    out = []
    for ent in doc.ents:
        if ent.label_ == "DATE":
            if not (_DURATION.match(ent.text.strip()) or _SPAN_OF_TIME.search(ent.text) or _is_dateline(ent)
                    or not _DATE_WORDS.search(ent.text) or _clock_time(ent)):
                out.append(ent)
        elif ent.label_ == "TIME":
            first = next((t.i for t in ent if _DAY_WORD.match(t.text)), None)
            if first is not None:
                end = ent.end
                while end > first + 1 and doc[end - 1].is_punct:
                    end -= 1
                out.append(doc[first:end])
    taken = {t.i for span in out for t in span}
    i = 0
    while i < len(doc) - 1:  # "the Aug. 7 bombings" tagged as an EVENT: month and day
        tok, nxt = doc[i], doc[i + 1]
        if (i not in taken and tok.text[:1].isupper() and _DAY_WORD.match(tok.text)
                and tok.lower_.rstrip(".") not in _WEEKDAY_NAMES and tok.lower_ != "may"
                and nxt.like_num and (len(nxt.text) <= 2 or re.fullmatch(r"1[6-9]\d\d|20\d\d", nxt.text))):
            end = i + 2
            if end + 1 < len(doc) and doc[end].text == "," and re.fullmatch(r"1[6-9]\d\d|20\d\d", doc[end + 1].text):
                end += 2
            out.append(doc[i:end])
            i = end
            continue
        i += 1
    adverbs = lexicon().date_adverbs
    for tok in doc:
        if tok.lower_ in adverbs and not tok.ent_type_ and tok.dep_ in ("advmod", "npadvmod"):
            out.append(doc[tok.i:tok.i + 1])
    return out


def _date_attachments(doc: Doc, triggers: list[_Trigger], spans: list[Span]) -> dict[int, Span]:
    """Map trigger index -> the date expression that modifies it. A date belongs to the nearest
    event anchor above it in the parse, never to an event of another clause; a verb that carries
    its event in a complement ('began shelling the city on Monday', 'plans to visit in May')
    passes its date down, and coordinated verbs sharing a subject share a date
    ('police raided the house on Monday and arrested two men')."""
    anchor_of: dict[int, int] = {}
    for n, trig in enumerate(triggers):
        for a in trig.anchors:
            anchor_of.setdefault(a, n)
    best: dict[int, tuple[int, Span]] = {}
    verb_date: dict[int, tuple[int, Span]] = {}

    def attach(n: int, ent: Span, depth: int) -> None:
        if n not in best or depth < best[n][0]:
            best[n] = (depth, ent)

    premodifies: dict[tuple[int, int], int] = {}
    for n, trig in enumerate(triggers):
        if trig.head.pos_ in ("NOUN", "PROPN") and (span := _premodified(trig.head, spans)) is not None:
            premodifies.setdefault((span.start, span.end), n)
    for ent in spans:
        if (ent.start, ent.end) in premodifies:  # "indicted in the October 1998 shooting"
            attach(premodifies[(ent.start, ent.end)], ent, 0)
            continue
        if (n := _when_clause_on(ent, anchor_of)) is not None:
            attach(n, ent, 0)
        if _names_a_thing(ent, anchor_of):
            continue  # "withdrew from the 1951 Convention": the date names the thing, not the event
        cur = ent.root
        for depth in range(8):
            if cur.i in anchor_of:
                attach(anchor_of[cur.i], ent, depth)
                if cur.i not in verb_date or depth < verb_date[cur.i][0]:
                    verb_date[cur.i] = (depth, ent)
                break
            if cur.pos_ in ("VERB", "AUX") and cur.i not in anchor_of:
                if cur.i not in verb_date or depth < verb_date[cur.i][0]:
                    verb_date[cur.i] = (depth, ent)
                n = _copula_event(cur, anchor_of)
                if n is None:
                    n = _argument_event(cur, anchor_of)
                if n is None:
                    n = _complement_event(cur, anchor_of)
                if n is None:
                    n = _when_event(cur, anchor_of)
                if n is None and cur.dep_ in ("acl", "relcl") and cur.head.i in anchor_of and (
                        cur.lemma_.lower() in lexicon().lists["scheduling"]):
                    n = anchor_of[cur.head.i]  # "meet at a summit set for July"
                if n is not None:
                    attach(n, ent, depth + 1)
                    break
                if not (cur.lemma_ == "be" and not any(c.dep_ in SUBJ for c in cur.children)):
                    break
            if cur.head == cur:
                break
            cur = cur.head
    for n, trig in enumerate(triggers):
        if n in best:
            continue
        verb = trig.light or trig.head
        if (verb.pos_ == "VERB" and verb.head.i in verb_date
                and not any(c.dep_ in SUBJ for c in verb.children)
                and (verb.dep_ == "conj" or _participle_adjunct(verb))):
            best[n] = verb_date[verb.head.i]
        elif verb.pos_ == "VERB" and (m := _when_event(verb, {i: i for i in verb_date})) is not None:
            best[n] = verb_date[m]  # "was visiting a school on Sunday when gunmen attacked"
        elif (frame := _frame_date(_chain(trig)[0], spans)) is not None:
            best[n] = (0, frame)
        elif (host := _manner_host(trig.head)) is not None and host.i in verb_date:
            best[n] = verb_date[host.i]
    return {n: ent for n, (_, ent) in best.items()}


def _when_clause_on(ent: Span, anchor_of: dict[int, int]) -> int | None:
    """'in 1979, when the Soviet Union invaded Afghanistan', 'since early December, when the
    president promised ...': a when-clause on a date happens then. Read from the parse, or from
    the words 'DATE, when' when the parser hangs the clause on a noun before the date."""
    for rel in ent.root.children:
        if rel.dep_ in ("relcl", "advcl", "acl") and rel.i in anchor_of and any(
                c.lower_ == "when" for c in rel.children if c.dep_ == "advmod"):
            return anchor_of[rel.i]
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ == "when":
        verb = doc[ent.end + 1].head
        if verb.i in anchor_of and verb.i > ent.end:
            return anchor_of[verb.i]
    return None


def _manner_host(tok: Token) -> Token | None:
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


def _frame_date(verb: Token, spans: list[Span]) -> Span | None:
    """'In June, the talks failed and two envoys were expelled': a date that opens the sentence,
    set off by a comma, frames every coordinated main clause of it (not the clauses they report)."""
    if verb.dep_ != "conj":
        return None
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    sent = verb.sent
    if verb != sent.root:
        return None
    doc = verb.doc
    for span in spans:  # "On Monday, ...", "But in June last year, ..."
        if sent.start <= span.start <= sent.start + 2 and span.end < sent.end and doc[span.end].text == ",":
            return span
    return None


def _names_a_thing(ent: Span, anchor_of: dict[int, int]) -> bool:
    """'the 1951 Convention', 'that 1978 resolution', 'your Oct. 23 item': a date inside a noun
    phrase, after its determiner, modifying a noun that names no event."""
    head = ent.root.head
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (ent.root.dep_ in ("nummod", "compound", "nmod", "amod") and head.pos_ in ("NOUN", "PROPN")
            and head.i not in anchor_of and _noun_entry(head) is None
            and (ent[0].tag_ in ("DT", "PRP$") or before is not None and before.tag_ in ("DT", "PRP$", "POS")))


def _when_event(verb: Token, anchor_of: dict[int, int]) -> int | None:
    """'were killed when two helicopters crashed last February', 'was cooking last fall when he
    was shot': a when- or while-clause happens at the time of the clause it hangs on, both ways."""
    def when(v: Token) -> bool:
        return any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "while") for c in v.children)
    for child in verb.children:
        if child.dep_ == "advcl" and child.i in anchor_of and when(child):
            return anchor_of[child.i]
    if verb.dep_ == "advcl" and verb.head.i in anchor_of and when(verb):
        return anchor_of[verb.head.i]
    return None


def _participle_adjunct(verb: Token) -> bool:
    """'lashed out on Sunday, accusing them of ...', 'wrapped up talks on Wednesday, meeting the
    minister': a participle clause with no subordinator of its own happens when its head does."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i
            and not any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ in ("when", "after", "before", "while"))
                        for c in verb.children))


def _complement_event(verb: Token, anchor_of: dict[int, int]) -> int | None:
    """'began shelling the city on Monday', 'plans to visit Kyiv in May': a verb of phase or
    plan whose complement is the event passes its date to it."""
    if verb.lemma_.lower() not in lexicon().governing:
        return None
    for child in verb.children:
        if child.i in anchor_of and (child.dep_ == "xcomp" or child.dep_ == "advcl" and verb.lemma_ == "become"
                                     and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)):
            return anchor_of[child.i]  # the parser hangs "became the first to ratify" either way
    return None


def _clock_time(ent: Span) -> bool:
    """'at 1830 GMT': a four-digit clock time the NER reads as a year."""
    doc = ent.doc
    nxt = doc[ent.end] if ent.end < len(doc) else None
    prev = doc[ent.start - 1] if ent.start > 0 else None
    return bool(re.fullmatch(r"\d{4}", ent.text)) and (
        (nxt is not None and nxt.text.upper() in _TIME_ZONES) or (prev is not None and prev.lower_ == "at"))


_TIME_ZONES = frozenset({"GMT", "BST", "UTC", "EST", "EDT", "CET", "CEST", "PST", "PDT", "CST", "MSK", "IST", "HRS", "HOURS"})


def _is_dateline(ent: Span) -> bool:
    """'TEHRAN, August 8 (Xinhua) --': the filing date, not the date of an event."""
    before = doc_text(ent.doc)[max(0, ent.start_char - 60):ent.start_char]
    after = doc_text(ent.doc)[ent.end_char:ent.end_char + 16]
    line_start = before.rfind("\n") + 1
    head = before[line_start:]
    return (not any(w.islower() for w in head.split()) and
            bool(re.match(r"\s*(?:\([^)]*\)\s*)?(?:--|_|—)", after)))


def _argument_event(verb: Token, anchor_of: dict[int, int]) -> int | None:
    """'wrapped up a meeting today', 'postponed the summit on Monday': a date on a verb whose
    subject or object is an event noun dates that event."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubj", "nsubjpass") and child.i in anchor_of and child.pos_ == "NOUN":
            return anchor_of[child.i]
    return None


def _copula_event(verb: Token, anchor_of: dict[int, int]) -> int | None:
    """'The last time they met was in 2019': the date of 'was' dates the meeting."""
    if verb.lemma_ != "be":
        return None
    for subj in verb.children:
        if subj.dep_ == "nsubj" and subj.i in anchor_of:
            return anchor_of[subj.i]  # "the meeting was on Tuesday"
        if subj.dep_ == "nsubj":
            for rel in subj.children:
                if rel.dep_ == "relcl" and rel.i in anchor_of:
                    return anchor_of[rel.i]
    return None


def extract_events(doc: Doc, index: ActorIndex, statements: list[Statement],
                   published: dt.date | None, spans: list[Span]) -> list[Event]:
    """PLOVER events of a parsed article, in reading order; `spans` are its date expressions
    (`date_spans`, found once per article)."""
    cue_tokens = {t.i for s in statements for t in tokens_of_cue(doc, s) if not _speech_act(t, s)}
    direct = [(s.char_start, s.char_end) for s in statements if s.kind == "direct"]
    reported = [(s.char_start, s.char_end) for s in statements if s.kind == "indirect"]
    triggers = _triggers(doc, index, cue_tokens, spans)
    sport = is_sport(doc)
    dates = _date_attachments(doc, triggers, spans)
    events: list[tuple[int, Event]] = []
    resolved: dict[int, tuple[ResolvedDate, str]] = {}
    anchor = None
    statuses = {}
    for n, trig in enumerate(triggers):
        chain = _chain(trig)
        statuses[n] = (chain, _status(trig, chain))
    # Resolve dates in reading order so that "the same day" can refer back.
    date_of_trigger = {}
    for n, ent in sorted(dates.items(), key=lambda kv: kv[1].start):
        chain, status = statuses[n]
        value = resolve_date(ent.text, published, _tense(triggers[n], chain, status), anchor)
        if value.precision == "day":
            anchor = value
        date_of_trigger[n] = (value, ent.text)
    for n, trig in enumerate(triggers):
        chain, status = statuses[n]
        pos = trig.head.idx
        if any(s <= pos < e for s, e in direct):
            continue
        if any(s <= pos < e for s, e in reported) and status == "hypothetical":
            continue
        place, place_tokens = _place(trig, index)
        sources, targets = _args(trig, index, place_tokens)
        if not sources and not targets and n not in dates and not _generic_party(trig):
            continue
        if not _fits_domain(trig.event_type, sources + targets, index, sport):
            continue
        if trig.political and not any(_state_actor(k, index) for k in sources + targets) and not (
                (subj := subject_of(trig.head)) is not None and subj.lemma_.lower() in lexicon().parties):
            continue  # "the firm offered services", "he quit the show"
        value, date_text = date_of_trigger.get(n, (None, None))
        lo = min(t.idx for t in trig.tokens)
        hi = max(t.idx + len(t) for t in trig.tokens)
        plover = trig.event_type
        if status in ("planned", "expected"):
            plover = lexicon().future.get(plover, plover)
        participants = sources[1:] + targets[1:]
        events.append((lo, Event(
            event_type=trig.event_type, plover_type=plover, trigger=doc_text(doc)[lo:hi],
            char_start=lo, char_end=hi, sentence=trig.head.sent.text,
            source_key=sources[0] if sources else None,
            target_key=targets[0] if targets else None,
            participant_keys=participants, mode=trig.mode, place=place,
            event_date=value.value if value else None,
            date_precision=value.precision if value and value.value else None,
            date_text=date_text, negated=_negated(trig, chain), status=status,
            confidence=(0.7 if sources and targets else 0.5) - (0.2 if _apolitical(trig.event_type, sources + targets, index) else 0),
        )))
    return [e for _, e in sorted(events, key=lambda x: x[0])]


_GOVERNMENT_WORDS = re.compile(
    r"\b(?:ministry|minister|government|parliament|police|court|council|commission|department|"
    r"agency|party|army|military|authorit|senate|congress|cabinet|assembly|nations|nato|union|"
    r"office|embassy|kremlin|white house|downing street|state)\b", re.I)


@cache
def _domain() -> dict:
    d = dict(load("plover")["domain"])
    d["sport_words"] = frozenset(d["sport_words"])
    d["apolitical_titles"] = frozenset(d["apolitical_titles"])
    return d


def is_sport(doc: Doc) -> bool:
    """Whether the article is a sports story (results, matches, transfers)."""
    words = _domain()["sport_words"]
    hits = [t.lower_ for t in doc if t.lower_ in words]
    d = _domain()
    return (len(hits) >= d["min_hits"] and len(set(hits)) >= d["min_distinct"]
            and len(hits) * 100 >= d["min_per_100"] * len(doc))


def _political(key: str, index: ActorIndex, sport: bool) -> bool:
    """A country, group or organisation (in sport: only a government body), or a person with a
    political title."""
    actor = index.actor(key)
    if actor.actor_type == "person":
        apolitical = _domain()["apolitical_titles"]
        for title in actor.role_titles:
            low = title.lower()
            if low not in apolitical and low.split()[-1] not in apolitical:
                return True
        return False
    if not sport:
        return True
    return bool(_GOVERNMENT_WORDS.search(actor.name))


def _state_actor(key: str, index: ActorIndex) -> bool:
    """A country, a group, a government body or party, or a person with a political title: who
    can act politically (`needs_political` verbs; a firm or a singer cannot)."""
    actor = index.actor(key)
    if actor.actor_type in ("country", "group"):
        return True
    return _political(key, index, True)


def _fits_domain(event_type: str, keys: list[str], index: ActorIndex, sport: bool) -> bool:
    """Sports meetings, arrivals, clashes and transfers are not political events: in a sports
    story an event needs a political participant unless it is an accusation or a sanction."""
    d = _domain()
    political = any(_political(k, index, sport) for k in keys)
    if sport and event_type not in d["sport_types"] and not political:
        return False
    return True


def _apolitical(event_type: str, keys: list[str], index: ActorIndex) -> bool:
    """A meeting or visit of people none of whom is known as political: kept, at a lower
    confidence (a bare 'X arrived in London' is as often a tour as a visit)."""
    return (event_type in _domain()["political_types"] and bool(keys)
            and not any(_political(k, index, False) for k in keys))


def _speech_act(cue: Token, st: Statement) -> bool:
    """A reporting verb is no event, unless what it reports is itself a PLOVER act ("promised
    that ...", "alleged that ...", "urged them to ...", "called for ..."): then the row is a
    statement and an event. Asking, agreeing and questioning are acts only when they take an
    object or a to-clause in reported speech ("asked them to leave", "agreed on a deal"), not a
    question or a view ("asked whether ...", '"Why?" he asks')."""
    lex = lexicon()
    lemma = cue.lemma_.lower()
    if lemma in lex.lists["questions"]:
        return (lemma in lex.verbs and st.kind == "indirect" and not _asks_whether(cue)
                and not any(c.dep_ == "ccomp" for c in cue.children)
                and any(c.dep_ in ("xcomp", "dobj") or c.dep_ == "prep" and c.lower_ in ("for", "on")
                        for c in cue.children))
    return lemma in lex.verbs or " ".join([lemma, *st.cue.lower().split()[1:]]) in lex.verbs


def _asks_whether(verb: Token) -> bool:
    """'asked him if he knew', 'questioned whether it would work': a question, not a request."""
    return any(c.dep_ in ("ccomp", "advcl") and any(m.lower_ in ("if", "whether") for m in c.children)
               for c in verb.children)


def tokens_of_cue(doc: Doc, st: Statement) -> list[Token]:
    """The tokens of a statement's cue, found in its sentence."""
    if not st.cue:
        return []
    first = st.cue.split()[0]
    sent_start = doc_text(doc).find(st.sentence)
    sent_end = sent_start + len(st.sentence)
    span = doc.char_span(max(sent_start, 0), sent_end, alignment_mode="expand")
    return [tok for tok in span or () if tok.text == first and sent_start <= tok.idx < sent_end]
