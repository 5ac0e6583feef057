"""Which reporting verbs are events too. A statement's cue ("said", "asked") is a statement,
not an event, unless it names a PLOVER act itself ("promised that", "urged them to"); the cues
that do not are kept out of the triggers. The test reads the event lexicon, so it lives with
the events, not with the statements."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.extract.reference import ActorIndex
from newsledger.extract.events.lexicon import lexicon
from newsledger.extract.records import Event, Statement
from newsledger.extract.text import phrase_end


def speech_act(cue: Token, st: Statement) -> bool:
    """A reporting verb is no event, unless what it reports is itself a PLOVER act ("promised
    that ...", "alleged that ...", "urged them to ...", "called for ..."): then the row is a
    statement and an event. Asking, agreeing and questioning are acts only when they take an
    object or a to-clause in reported speech ("asked them to leave", "agreed on a deal"), not a
    question or a view ("asked whether ...", '"Why?" he asks')."""
    lex = lexicon()
    lemma = cue.lemma_.lower()
    if lemma in lex.lists["questions"]:
        return (lemma in lex.verbs and st.kind == "indirect" and not asks_whether(cue)
                and not any(c.dep_ == "ccomp" for c in cue.children)
                and any(c.dep_ in ("xcomp", "dobj") or c.dep_ == "prep" and c.lower_ in ("for", "on")
                        for c in cue.children))
    return lemma in lex.verbs or " ".join([lemma, *st.cue.lower().split()[1:]]) in lex.verbs or any(
        c.dep_ in ("prep", "prt") and f"{lemma} {c.lower_}" in lex.verbs for c in cue.children)
    # "spoke by telephone with the president about the border": a talk as well as what it was about


def words_not_deeds(doc: Doc, statements: list[Statement], events: list[Event], index: ActorIndex) -> list[Statement]:
    """The statements whose cue is not the trigger of an act of force aimed at a country, an
    armed or other group, or a place, or told with its means. A stance verb reports words when
    it is a criticism ("attacked the plan", "attacked Labour"), and none when the events read it
    as force with such a target or means to show for it ("Russia attacked Ukraine": an ASSAULT,
    not a quote whose text is "Ukraine"; "hackers attacked the network": COERCE 'cyber'); an
    ASSAULT on a person or on nothing named may be a misread criticism ("ads attacking the
    senator", "members who attacked previous privatisations"), so its statement stays."""
    future = lexicon().future
    deeds = {e.char_start for e in events if future.get(e.event_type) == "THREATEN" and (
        e.place is not None or e.mode is not None
        or e.target_key is not None and index.actor(e.target_key).actor_type in ("country", "group"))}
    return [s for s in statements if s.kind == "direct" or not any(t.idx in deeds for t in tokens_of_cue(doc, s))]


_QUESTION_WORDS = frozenset({"if", "whether", "why", "how", "what", "when", "where", "who"})


def asks_whether(verb: Token) -> bool:
    """'asked him if he knew', 'questioned whether it would work', 'was asked by a caller why
    they came': a question, not a request. The question word opens a clause of the verb or
    follows straight after whom it is asked of or by (the parser may hang the clause on them)."""
    if any(c.dep_ in ("ccomp", "advcl") and any(m.lower_ in ("if", "whether") for m in c.children)
           for c in verb.children):
        return True
    asked = [c for c in verb.children if c.dep_ in ("dobj", "dative", "agent")]
    if not asked:
        return False
    end = max(phrase_end(c, punct=True) for c in asked)
    return end + 1 < len(verb.doc) and verb.doc[end + 1].lower_ in _QUESTION_WORDS


def tokens_of_cue(doc: Doc, st: Statement) -> list[Token]:
    """The tokens of a statement's cue, found in the cue's own sentence, not in the quote its
    evidence may hold too; none for a quote that only goes on with an earlier speaker's words
    (no cue of its own in the text)."""
    if not st.cue or st.cue_start is None:
        return []
    first = st.cue.split()[0]
    cue = doc.char_span(st.cue_start, st.cue_start + 1, alignment_mode="expand")
    return [tok for tok in cue[0].sent if tok.text == first] if cue is not None else []
