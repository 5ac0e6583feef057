"""PLOVER events of one article: triggers from the lexicon (verbs and nominalisations),
source/target/participants from the parse, place from the clause, date from the date expression
attached to the event (resolved against the publication date and the clause's tense),
negation and status. Statements are not events: a reporting verb triggers none unless it names
a PLOVER act itself ("promised that", "alleged that", "urged"), and
conditional events inside reported speech are left to the statement (a planned one, "said it
will start talks in April", is an event with status planned: PLOVER codes the intent).

Where each column of `events` is decided:
- `triggers`: which words name an event (event_type, mode, trigger);
- `roles`: who did it to whom, where, and whether it happened (source and target actors,
  participants, place, status, negated);
- `dates`: the date expressions, which event each one dates, and the tense it is read in
  (event_date, date_precision, date_text);
- `domain`: which events a sports, arts or technology story or a non-political actor keeps, and when the
  confidence is lowered;
- `speech`: which reporting verbs are events too;
- `lexicon`: the word tables of `lexicon/plover.toml` that all of them read.
`extract_events` below puts them together and sets plover_type and confidence; it also codes a
protest whose every source is a state, a government body or an official as ACCUSE (PLOVER 3.12:
a diplomatic protest), since only the roles tell it from a street demonstration."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsledger.extract.reference import ActorIndex
from newsledger.extract.dates import ResolvedDate, named_year, resolve_date, side_of
from newsledger.extract.events.dates import FUTURE_WORDS, PAST_WORDS, conjunct_dates, date_attachments, date_spans, tense
from newsledger.extract.events.domain import (acts_politically, apolitical, business_only, domain, fits_domain, no_visit, official,
                                              party_funding, played, private_exit)
from newsledger.extract.events.lexicon import lexicon as plover_lexicon, noun_lemma  # `events.lexicon` stays the module
from newsledger.extract.events.roles import (FUTURE_AUX, MODAL_AUX, args, generic_party, negated, place_of, speaker_is_subject,
                                             status_of, verb_chain)
from newsledger.extract.events.speech import speech_act, tokens_of_cue
from newsledger.extract.events.triggers import (Trigger, acts_on_people, find_triggers, in_a_plot, kind_only,
                                               subject_actor, told_of_a_kind)
from newsledger.extract.records import Event, Place, Statement
from newsledger.extract.statements import subject_of
from newsledger.extract.titles import lexicon as title_lexicon
from newsledger.extract.text import aux_words, doc_text, evidence, to_infinitive


__all__ = ["date_spans", "extract_events", "tokens_of_cue"]


def extract_events(doc: Doc, index: ActorIndex, statements: list[Statement],
                   published: dt.date | None, spans: list[Span], gated: bool) -> list[Event]:
    """PLOVER events of a parsed article, in reading order; `spans` are its date expressions
    (`date_spans`, found once per article); `gated` says it is a sport, arts or technology story
    (`domain.gated_story`), where only political participants make events."""
    cue_tokens = {t.i for s in statements for t in tokens_of_cue(doc, s) if not speech_act(t, s)}
    direct = [(s.char_start, s.char_end) for s in statements if s.kind == "direct"]
    reported = [s for s in statements if s.kind == "indirect"]
    triggers = find_triggers(doc, index, cue_tokens, spans)
    acts = {t.i for trig in triggers for t in trig.tokens}
    dates = date_attachments(doc, triggers, spans, published)
    events: list[tuple[int, Event]] = []
    anchor = None
    statuses = {}
    for n, trig in enumerate(triggers):
        chain = verb_chain(trig)
        statuses[n] = (chain, status_of(trig, chain))
    further = conjunct_dates(doc, triggers, dates, spans)
    told = [(ent, n, 0) for n, ent in dates.items()] + [
        (ent, n, k) for n, rows in further.items() for k, (ent, _) in enumerate(rows, start=1)]
    taken = {ent.start for ent, _, _ in told}
    told += [(ent, -1, 0) for ent in spans if ent.start not in taken and named_year(ent.text) is not None]
    # Resolve dates in reading order so that "the same day" can refer back, also to a date
    # that names its year but no event ("fled in June 2019 and was arrested later that year").
    date_of_trigger: dict[tuple[int, int], tuple[ResolvedDate, str]] = {}
    for ent, n, k in sorted(told, key=lambda item: item[0].start):
        if n < 0:
            anchor = resolve_date(ent.text, published)
            continue
        chain, status = statuses[n]
        told_past = _told_as_done(ent) or _governor_past(ent, triggers[n].head)
        value = resolve_date(ent.text, published, "past" if told_past else tense(triggers[n], chain, status), anchor)
        if value.value is not None:
            anchor = value  # "the next day", "later that year" count from it
        date_of_trigger[n, k] = (value, ent.text)
    for n, trig in enumerate(triggers):
        chain, status = statuses[n]
        pos = trig.head.idx
        if any(s <= pos < e for s, e in direct):
            continue
        said = next((s for s in reported if s.char_start <= pos < s.char_end), None)
        place, place_tokens = place_of(trig, index)
        sources, targets = args(trig, index, place_tokens)
        if said is not None and not sources and said.speaker_key and speaker_is_subject(
                chain, collective=index.actor(said.speaker_key).actor_type != "person"):
            sources = [said.speaker_key]  # "Iran said it will hold talks": Iran will
        elif said is not None and not sources and _own_forces(said, trig, chain, index):
            sources = [said.speaker_key]  # "Israel announced that troops would withdraw": its troops
        elif said is not None and not sources and _state_tells_its_measure(said, trig, chain, place, index):
            sources = [said.speaker_key]  # "Kenya said two suspects had been deported": Kenya deported them
        offer = (said is not None and _future_type(trig.event_type, trig.mode) in domain()["announced_types"]
                 and bool(aux_words(chain) & MODAL_AUX) and _own_words(said, sources, chain, index)
                 and not negated(trig, chain))
        # not "if it is attacked"; "the union warned it would call a strike if", "said it would
        # withdraw if": its own threat or concession; not "said it would not oppose the bid": none
        if said is not None and status == "hypothetical" and not offer:
            continue  # a condition in someone's words is theirs to tell, unless they threaten or concede
        sector = generic_party(trig) and not (status == "hypothetical" and kind_only(trig, index))
        if not sources and not targets and n not in dates and not sector and not (
                place is not None and _placed(trig)) and not (said is not None and _told_by_generic_doer(said, chain)):
            continue  # who did it, when or where: an event needs one of them; "any suspect can be
            # detained", "police could refuse the request" tell what a kind of party may do, no event
        if told_of_a_kind(trig, index) or in_a_plot(trig):
            continue  # "householders who use force could face prosecution", "the film in which he fought"
        if not sources and not targets and _done_by_a_thing(trig, index):
            continue  # "oil prices retreated on Tuesday", "the firm sought protection in May": no party acts
        if not fits_domain(trig.event_type, sources + targets, index, gated, trig.in_words, bool(sources)):
            continue
        if business_only(trig.event_type, sources, targets, trig.light or trig.head, index) or played(trig.light or trig.head, trig.event_type):
            continue  # "Shell and BP held talks", "Pakistan's hockey team withdrew": business and play, no politics
        if party_funding(trig.event_type, targets, index):
            continue  # "gave £2m to the Labour Party": party funding
        if trig.political and not acts_politically(trig.head, sources + targets, index, trig.mode == "resign"):
            continue  # "the firm offered services", "he quit the show"
        if private_exit(trig.mode, [trig.head, *([trig.light] if trig.light is not None else [])], sources + targets, index):
            continue  # "stepped down as chief executive of Norvik": a firm's staff, no official's resignation
        if no_visit(trig.mode, trig.light or trig.head, sources, targets, index):
            continue  # "thousands are expected to travel to the festival", "his father travelled to London"
        value, date_text = date_of_trigger.get((n, 0), (None, None))
        if _historical(value, date_text):
            continue  # "how the Ottoman army besieged Vienna in 1683": a history lesson, no news (PLOVER 2.3)
        if status == "occurred" and (value is not None and side_of(value, published) > 0
                                     or bool(date_text and FUTURE_WORDS.match(date_text))):
            status = "planned"  # "meet separately Monday", "for the summit in July", "next year" (with no
            # publication date): not yet
        past = value is not None and (side_of(value, published) < 0 or bool(PAST_WORDS.search(date_text)))
        if past and status in ("planned", "expected") and _looked_back_on(trig):
            status = "occurred"  # "will examine the bombing of the embassy last August": that bombing is done
        elif past and aux_words(chain) & FUTURE_AUX:
            value, date_text = None, None  # "will resign after the invasion last week": not its date
        lo = min(t.idx for t in trig.tokens)
        hi = max(t.idx + len(t) for t in trig.tokens)
        event_type, mode = trig.event_type, trig.mode
        if event_type == "PROTEST" and mode == "demo" and sources and all(official(k, index) for k in sources) and not _marchers(trig):
            event_type, mode = "ACCUSE", "disapprove"  # "Iran lodged a protest", "China protested": words (PLOVER 3.12)
        if mode == "arrest" and _in_absentia(trig):
            event_type = "THREATEN"  # "issued an arrest warrant in absentia": a threat of arrest (PLOVER 3.11)
        plover = event_type
        if status in ("planned", "expected") or status == "hypothetical" and said is not None or trig.conceded:
            plover = _future_type(plover, mode)  # "will attend": AGREE; "would strike if": THREATEN;
            # "declared a ceasefire", "lifted the curfew": a concession in words (PLOVER 3.4)
        not_done = negated(trig, chain)
        if not_done and status == "planned" and plover in domain()["refusal_types"] and any(
                c.dep_ == "neg" for c in (trig.light or trig.head).children):  # not "is not ready to", "is not expected to"
            event_type, plover, mode, not_done, status = "REJECT", "REJECT", None, False, "occurred"
            # "said it would not lift its ban": the refusal is told as made, not the act's day
            if value is not None and (side_of(value, published) > 0 or aux_words(chain) & MODAL_AUX):
                value, date_text = None, None  # "would not attend the summit next week": the summit's day
            if value is None and said is not None and said.date_text and _own_words(said, sources, chain, index):
                value, date_text = _saying_date(said)  # "Iran said on Tuesday it would not attend": refused
                # on Tuesday, in its own words
        elif (not not_done and value is None and status in ("planned", "hypothetical") and said is not None
              and plover in domain()["announced_types"] and _own_words(said, sources, chain, index) and _said_on_a_day(said, published)
              and (trig.light is not None or trig.head.pos_ == "VERB")  # not "would investigate the genocide"
              and not any(t.lemma_.lower() in plover_lexicon().lists["ceasing"] for t in chain if t not in trig.tokens)
              and not any(t.i in acts for t in tokens_of_cue(doc, said))):  # not "threatened to cut ties
            # on Tuesday": that verb is the threat already; not "would stop attacking"
            event_type, mode, status = plover, _announced_mode(plover, event_type, mode), "occurred"
            value, date_text = _saying_date(said)  # "Iraq said Tuesday it would retaliate if attacked": a
            # threat made on Tuesday; "announced on Monday that it would withdraw": a concession (PLOVER 3.4)
        participants = sources[1:] + targets[1:]
        event = Event(
            event_type=event_type, plover_type=plover, trigger=doc_text(doc)[lo:hi],
            char_start=lo, char_end=hi, sentence=evidence(doc, lo, hi),
            source_key=sources[0] if sources else None,
            target_key=targets[0] if targets else None,
            participant_keys=participants, mode=mode, place=place,
            event_date=value.value if value else None,
            date_precision=value.precision if value and value.value else None,
            date_text=date_text, negated=not_done, status=status,
            confidence=_confidence(event_type, sources, targets, index),
        )
        events.append((lo, event))
        for k, (_, gap) in enumerate(further.get(n, []), start=1):
            again = _told_again(event, doc[trig.head.i + 1:dates[n].start], gap, date_of_trigger[n, k], published, index)
            if again is not None:
                events.append((lo, replace(again, conjunct=k)))
    events += [(e.char_start, e) for e in _endorsed_rights(doc, reported, index, published, gated)]
    return [e for _, e in sorted(events, key=lambda x: x[0])]


def _endorsed_rights(doc: Doc, reported: list[Statement], index: ActorIndex, published: dt.date | None,
                     gated: bool) -> list[Event]:
    """A speaker's words that another party has the right to act ('Norway said on Monday that
    Israel had the right to defend itself': the [endorsed_rights] held by a [holding_rights] verb,
    with a to-clause): the speaker's SUPPORT for that party and its act (PLOVER 3.3), on the day
    it was said; not the speaker's own right, nor a right denied ('had no right to'), nor play or
    business (`fits_domain`, `business_only`), as for any event."""
    lists = plover_lexicon().lists
    found = []
    for said in (s for s in reported if s.speaker_key):
        span = doc.char_span(said.char_start, said.char_end, alignment_mode="expand")
        for right in (t for t in span or () if t.lemma_.lower() in lists["endorsed_rights"] and t.dep_ == "dobj"):
            verb = right.head
            holder = subject_of(verb)
            keys = index.resolve(holder) if holder is not None else []
            if (verb.lemma_.lower() not in lists["holding_rights"] or not keys or said.speaker_key in keys
                    or not any(c.dep_ in ("acl", "relcl") and to_infinitive(c) for c in right.children)
                    or any(c.dep_ == "neg" for c in verb.children) or any(c.lower_ == "no" for c in right.children)
                    or not fits_domain("SUPPORT", [said.speaker_key, *keys], index, gated)
                    or business_only("SUPPORT", [said.speaker_key], keys, right.sent, index)):
                continue  # "the coach said the striker had the right to appeal": play; firms: business
            value, date_text = _saying_date(said) if _said_on_a_day(said, published) else (None, None)
            found.append(Event(
                event_type="SUPPORT", plover_type="SUPPORT", trigger=right.text, char_start=right.idx,
                char_end=right.idx + len(right), sentence=evidence(doc, right.idx, right.idx + len(right)), source_key=said.speaker_key,
                target_key=keys[0], participant_keys=keys[1:], event_date=value.value if value else None,
                date_precision=value.precision if value and value.value else None, date_text=date_text,
                status="occurred", confidence=_confidence("SUPPORT", [said.speaker_key], keys, index)))
    return found


def _told_again(event: Event, first: Span, gap: Span, date: tuple[ResolvedDate, str], published: dt.date | None,
                index: ActorIndex) -> Event | None:
    """The act told once more for a further date of a list (`dates.conjunct_dates`): 'met the
    Italian premier on Monday and the Spanish king on Tuesday' met the king on Tuesday. The
    conjunct before the date names the party that takes the place of the one named in the `first`
    conjunct, between the act and its first date (the target, or the agent of a passive); with no
    noun it is the same act again in another month or year ('attacked police posts in 2019,
    2021 and 2023') or when told as again ('on Jan. 23 and then again on Jan. 24'), not on the
    next day of a list ('on Friday and Saturday': one act of two days). None when the
    conjunct names a party whose role cannot be told, or the date is one of history."""
    value, date_text = date
    if _historical(value, date_text):
        return None
    status = event.status
    if status == "occurred" and side_of(value, published) > 0:
        status = "planned"
    copy = replace(event, event_date=value.value, date_precision=value.precision if value.value else None,
                   date_text=date_text, status=status)
    if not any(t.pos_ in ("NOUN", "PROPN") for t in gap):  # "on Friday and Saturday": one meeting of two days
        return copy if value.precision in ("month", "year") or any(t.pos_ == "ADV" for t in gap) else None
    def parties(words: Span) -> list[str]:  # the parties named in the words, not by an appositive after them
        return list(dict.fromkeys(k for t in words if t.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ == "appos" and c.i >= words.end for c in t.children) for k in index.resolve(t)))
    named, before = parties(gap), parties(first)
    told = parties(first.doc[first.sent.start:first.start - 1])  # the subject, told before the act
    others = [k for k in event.participant_keys if k not in before] + named[1:]
    for role, other in (("target_key", event.source_key), ("source_key", event.target_key)):
        if named and getattr(event, role) in before and (other is None or other in told and other not in before):
            return replace(copy, participant_keys=others, **{role: named[0]})
    return None


def _looked_back_on(trig: Trigger) -> bool:
    """The act is named by a noun, with no light verb, that a planned or expected act takes as
    its object ('will investigate the massacre', 'will visit Peru after the attack'), or that a
    past participle or a past relative clause tells as done ('the deal Peru signed in March will
    cut tariffs'): a date already past on it tells when it was done, not when the plan is."""
    return trig.head.pos_ == "NOUN" and trig.light is None and (trig.head.dep_ in ("dobj", "pobj") or any(
        c.tag_ == "VBN" and c.dep_ == "acl" or c.tag_ == "VBD" and c.dep_ == "relcl" for c in trig.head.children))


def _done_by_a_thing(trig: Trigger, index: ActorIndex) -> bool:
    """The act's doer, the active subject of its verb or light verb, is a common noun that names
    no actor and no people (`subject_actor`: 'oil prices', 'the firm', 'its banks'), and it is
    no weapon, force or crowd of protest ('a car bomb exploded', 'a bullet tore through the window',
    'peacekeepers arrived') and names no person ('chief strategist Joel Hale lashed out'), and the
    act is done to or with no person or party ('the league suspended the athlete Ana Ruiz',
    'agreed to a settlement with the attorney general'): with no party named, nothing political
    is told, whatever date it has."""
    verb = trig.light or trig.head
    subj = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    if subj is None or subj.dep_ != "nsubj" or subj.pos_ != "NOUN" or subject_actor(verb, index):
        return False
    lex = plover_lexicon()
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    for _ in range(2):  # "agreed to a settlement with the attorney general": a phrase on a phrase
        objects += [p for h in (verb, *objects) for c in h.children if c.dep_ == "prep" for p in c.children
                    if p.dep_ == "pobj" and p not in objects]
    return (noun_lemma(subj) not in lex.lists["forces"] | lex.lists["armed_groups"] | lex.lists["protesters"]
            | lex.lists["striking_arms"]
            and not any(t.ent_type_ == "PERSON" for t in subj.subtree)
            and not any(noun_lemma(o) in lex.parties | lex.lists["generic_parties"] for o in objects)
            and not generic_party(trig) and not _placed(trig) and not acts_on_people(verb, index))


def _marchers(trig: Trigger) -> bool:
    """People named by a plural noun do the act ('Its members marched on the ministry'): a crowd in the
    street, whose protest is a demonstration even when they act for a body that protests in words."""
    return trig.head.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.tag_ == "NNS" for c in trig.head.children)


def _in_absentia(trig: Trigger) -> bool:
    """The arrest is ordered of someone out of reach ('a warrant issued in absentia'): the words of
    the [in_absentia] list of plover.toml in the trigger's clause."""
    words = plover_lexicon().lists["in_absentia"]
    return any(t.lower_ in words for t in (trig.light or trig.head).subtree)


def _future_type(event_type: str, mode: str | None) -> str:
    """What PLOVER codes the act as when it is planned or announced: the [future] entry of its type
    and mode ('PROTEST strike': a strike announced is a threat, 3.11), else of its type, else itself."""
    future = plover_lexicon().future
    return future.get(f"{event_type} {mode}", future.get(event_type, event_type))


def _own_forces(said: Statement, trig: Trigger, chain: list[Token], index: ActorIndex) -> bool:
    """A state says that forces it names no owner of ('the troops', 'soldiers': the [forces] of
    plover.toml, with no modifier but an article) would or will retreat or strike (an act of
    `announced_types`): it tells its own forces' act, and so makes the concession or the threat
    itself; not 'American troops would attack'."""
    if not said.speaker_key or index.actor(said.speaker_key).actor_type != "country" or not chain:
        return False
    subj = subject_of(chain[0])
    return (subj is not None and subj.dep_ == "nsubj" and noun_lemma(subj) in plover_lexicon().lists["forces"]
            and all(c.dep_ == "det" for c in subj.children)
            and bool(aux_words(chain) & MODAL_AUX)
            and _future_type(trig.event_type, trig.mode) in domain()["announced_types"])


def _said_on_a_day(said: Statement, published: dt.date | None) -> bool:
    """The report dates the saying to a day, month or year that is not to come ('said on Tuesday',
    not 'in the coming months, he vowed'); with a publication date, one that resolves."""
    if not said.date_text or FUTURE_WORDS.match(said.date_text):
        return False
    return published is None or said.statement_date is not None and said.statement_date <= published


def _saying_date(said: Statement) -> tuple[ResolvedDate, str | None]:
    """The day the words were said ('said on Tuesday'), as an event's date and date text."""
    return ResolvedDate(said.statement_date, said.date_precision), said.date_text


def _announced_mode(plover: str, event_type: str, mode: str | None) -> str | None:
    """The mode of the threat or concession an announcement makes: a threat's is what it threatens
    (the [threat_modes] entry of the act's type and mode, else of its type: 'would strike' threatens
    violence); a concession has none."""
    if plover != "THREATEN":
        return None
    modes = plover_lexicon().threat_modes
    return modes.get(f"{event_type} {mode}", modes.get(event_type))


def _state_tells_its_measure(said: Statement, trig: Trigger, chain: list[Token], place: Place | None,
                             index: ActorIndex) -> bool:
    """A country tells, in a passive with no agent, a measure only a state takes (an arrest, a
    deportation, a release, a sanction: `state_measure_types`) done at home or nowhere named ('Kenya
    said two suspects had been deported', 'the US announced that he will be released'): its own
    act. Not what happened abroad ('Japan said two nationals were detained in China') and not
    force ('Russia said 20 soldiers were captured')."""
    if not said.speaker_key or trig.event_type not in domain()["state_measure_types"]:
        return False
    speaker = index.actor(said.speaker_key)
    verb = chain[0] if chain else trig.head
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)
    return (speaker.actor_type == "country" and passive
            and (place is None or place.country_code in (None, speaker.country_code)))


def _told_by_generic_doer(said: Statement, chain: list[Token]) -> bool:
    """'Police said they had detained 20 suspects', 'the president vowed to hunt down the
    bombers', 'the Serbian leader announced that he will withdraw': a party named by what it is
    (the [generic_parties] of plover.toml) tells its own act, whose subject is its pronoun or which
    is the reporting verb's own to-clause."""
    return (said.speaker_key is None and (speaker_is_subject(chain, collective=True) or _cue_clause(said, chain)
                                          or _holder_is_subject(said, chain))
            and _speaker_named_as(said, plover_lexicon().lists["generic_parties"]))


def _holder_is_subject(said: Statement, chain: list[Token]) -> bool:
    """The act's subject is a he or she in the words of an unnamed office holder (titles.toml's
    heads but those who speak for another: 'the Serbian leader announced that he will withdraw'),
    which stands for the holder (`reference.antecedent`)."""
    subj = subject_of(chain[0]) if chain else None
    words = (said.speaker_text or "").lower().split()
    return (subj is not None and subj.dep_ == "nsubj" and subj.head == chain[0] and subj.lower_ in ("he", "she")
            and bool(words) and words[-1] in title_lexicon().office_tellers)


def _cue_clause(said: Statement, chain: list[Token]) -> bool:
    """The act is the to-clause of the reporting verb itself, which its chain climbs to ('vowed to
    hunt down', 'pledged to withdraw'): whoever speaks would do it."""
    return bool(chain) and any(t in chain for t in tokens_of_cue(chain[0].doc, said))


def _speaker_named_as(said: Statement, nouns: frozenset[str]) -> bool:
    """The unnamed speaker's head word, or its singular, is one of `nouns` ('police', 'officials')."""
    words = (said.speaker_text or "").lower().split()
    return bool(words) and (words[-1] in nouns or words[-1].removesuffix("s") in nouns)


def _placed(trig: Trigger) -> bool:
    """An act of violence or coercion told by a verb whose doer goes unnamed (no subject, or a bomb
    as subject: 'a car bomb exploded', 'five people were killed'), or a protest named by a noun
    ('riots broke out') or carried by a light verb ('carried out air strikes'; not 'the war in
    Afghanistan', a state): its place alone makes it an event (`placed_types` of plover.toml)."""
    settings = domain()
    if trig.head.pos_ == "NOUN":
        kinds = settings["placed_noun_types"] + (settings["placed_types"] if trig.light is not None else [])
        return trig.event_type in kinds and not any(
            c.dep_ == "poss" for c in trig.head.children)
    subj = subject_of(trig.head)
    if subj is not None and subj.dep_ == "nsubjpass":  # the doer of a passive is its by-agent
        subj = next((p for a in subj.head.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), None)
    return trig.event_type in settings["placed_types"] and (
        subj is None or noun_lemma(subj) in plover_lexicon().lists["explosives"])


def _told_as_done(date: Span) -> bool:
    """The date hangs on a past participle or a past relative clause describing the event noun
    ('the injunction issued Thursday', 'a deal signed on Friday', 'the deal Peru signed in March'):
    that day is past, whatever is planned for the event now ('wants to suspend the injunction
    issued Thursday', 'the deal Peru signed in March will cut tariffs'); not 'the talks scheduled
    for Friday'."""
    verb = date.root.head if date.root.dep_ != "pobj" else date.root.head.head
    lists = plover_lexicon().lists
    return ((verb.tag_ == "VBN" and verb.dep_ == "acl" or verb.tag_ == "VBD" and verb.dep_ == "relcl") and verb.head.pos_ == "NOUN"
            and verb.lemma_.lower() not in lists["scheduling"] | lists["intending"] | lists["expecting"])


def _governor_past(date: Span, head: Token) -> bool:
    """The date hangs on a past-tense verb that governs the act ('Peru agreed on Monday to
    withdraw'), or opens the sentence told in the past ('On Friday, Chile planned to pay the
    claims'): that day is gone, though the act is planned; not the day a plan is for
    ('protesters planned a march on Saturday', the [scheduling] and [expecting] words)."""
    verb = date.root.head if date.root.dep_ != "pobj" else date.root.head.head
    lists = plover_lexicon().lists
    return verb != head and verb.is_ancestor(head) and (
        date.start < verb.i or verb.lemma_.lower() not in lists["scheduling"] | lists["expecting"]) and (
        verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children))


def _own_words(said: Statement, sources: list[str], chain: list[Token], index: ActorIndex) -> bool:
    """The act is told by whoever would do it: the speaker itself, an unnamed official
    speaking for it ('the president said the United States would use force'), a party named by
    what it is that does it (`_told_by_generic_doer`: 'the president vowed to hunt them down'),
    or a named official of the state that would ('the Israeli prime minister said Israel was
    willing to withdraw'); not an analyst's forecast, nor one state's word on another's act."""
    if not sources:
        return _told_by_generic_doer(said, chain)  # not "people he might have wanted to kill": nobody's threat
    if said.speaker_key in sources:
        return True
    if said.speaker_key is None:
        return _speaker_named_as(said, plover_lexicon().parties)
    speaker, doer = index.actor(said.speaker_key), index.actor(sources[0])
    offices = title_lexicon().state_officials  # 'Foreign Minister', 'President', 'ambassador': for the state
    return (speaker.actor_type == "person" and doer.actor_type == "country"
            and (speaker.country_code == doer.country_code is not None
                 or speaker.country_code is None and bool(chain) and _only_state_named(chain[0].sent, doer.key, index))
            and any(title.lower() in offices or title.lower().split()[-1] in offices for title in speaker.role_titles if title))


def _only_state_named(sent: Span, key: str, index: ActorIndex) -> bool:
    """The sentence names no country but the one with `key`: an official the article ties to no
    state, who says it would act ('Prime Minister Ana Kovac told parliament that Croatia was
    willing to withdraw'), speaks for it; not when another state is named, which may be hers."""
    return all(m.actor_key == key for m in index.mentions
               if sent.start_char <= m.char_start < sent.end_char and index.actor(m.actor_key).actor_type == "country")


def _confidence(event_type: str, sources: list[str], targets: list[str], index: ActorIndex) -> float:
    """Higher with both a source and a target; lower for a meeting of people none of whom is
    known as political."""
    return (0.7 if sources and targets else 0.5) - (0.2 if apolitical(event_type, sources + targets, index) else 0)


_CENTURY = re.compile(r"\b(\d+|[A-Za-z]+)(?:st|nd|rd|th)?[\s-]+century\b", re.IGNORECASE)


def _historical(value: ResolvedDate | None, date_text: str | None) -> bool:
    """The event is dated in an era, a century or a year of history (the [domain] `eras` words,
    `early_centuries`, a year before `history_before`: 'in AD 43', 'in the 13th century', 'in
    1683'): PLOVER's historical mode, which a news warehouse leaves out."""
    settings = domain()
    if value is not None and value.value is not None and value.value.year < settings["history_before"]:
        return True
    if not date_text:
        return False
    century = _CENTURY.search(date_text)
    if century is not None and (century[1].lower() in settings["early_centuries"] or century[1].isdigit() and (
            int(century[1]) * 100 <= settings["history_before"])):
        return True
    return any(w in settings["eras"] for w in re.findall(r"[A-Za-z]+", date_text))

