"""Who did it, to whom, where, and whether it happened (the source, target and participant
actors, `place`, `status` and `negated` columns), read from the parse around a trigger: the
subject and agent are sources, objects and with/to/against phrases targets; an unnamed official
stands for the state that owns it ("Turkey's foreign minister"), and an event whose parties are
only named by what they are ("police", "troops") is kept without actors."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsledger.extract.reference import ActorIndex, relative_antecedent
from newsledger.extract.events.domain import domain
from newsledger.extract.events.lexicon import lexicon, noun_lemma
from newsledger.extract.events.triggers import (CROWD, Trigger, claimant, crowd_members, doer_told, granted_ask, intended_act, left_by,
                                                loading_participles, makers, measured_by, noun_entry, participle_adjective, phase_preps,
                                                scheduled_by, stance_to, subject_actor, verb_lemma)
from newsledger.extract.gazetteer import capital_code, demonym_code, demonym_place, lookup_place
from newsledger.extract.records import Place
from newsledger.extract.statements import subject_of
from newsledger.extract.text import aux_words, to_infinitive


TARGET_PREPS = ("with", "to", "against", "on", "into", "at", "behind")
SOURCE_PREPS = ("by", "from")
OWNED_PREPS = ("against", "into")  # "against China's deployment", "a probe into the firm's accounts": whose it is
COMPLEMENT_PREPS = ("with", "against", "on", "to", "into")
HELD_PREPS = ("with", "against", "on")  # "talks with Somalia", "sanctions on Peru": whom a thing is aimed at
SUBJ = ("nsubj", "nsubjpass", "expl")
PLACE_PREPS = ("in", "at", "inside", "near", "across", "throughout", "around", "outside", "through")
VISIT_PREPS = ("to",)
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
MODAL_AUX = FUTURE_AUX | {"would", "could", "might", "may", "must"}


def verb_chain(trig: Trigger) -> list[Token]:
    """The trigger's verb and the verbs that govern it through xcomp ('is expected to attend',
    'is not ready to attend'), or a to-clause the parse hangs as a ccomp ('would have allowed Chad
    to expel')."""
    cur = trig.light or trig.head
    if cur.pos_ in ("NOUN", "PROPN") and _given(cur):
        return [cur]  # "will back him because of the slaying": the slaying happened, whatever he will do
    if cur.pos_ in ("NOUN", "PROPN"):
        first = cur
        while first.dep_ in ("conj", "appos") and first.head.pos_ in ("NOUN", "PROPN"):
            first = first.head
        if first.dep_ == "dobj":
            cur = first  # "wants a tax cut and a war with Iran": the war is wanted too
        cur = cur.head if cur.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") else cur
        if cur.dep_ == "prep":
            cur = cur.head
    out = [cur]
    while (cur.dep_ in ("xcomp", "auxpass", "conj") or cur.dep_ == "acomp" and out[-2:-1] or intended_act(cur)
           or _framed(cur) or cur.dep_ == "ccomp" and (to_infinitive(cur) or _caused(cur))) and cur.head != cur:
        # "is not ready to support him": the adjective governing the act leads to its verb; "would have
        # allowed Chad to expel him": the parse's clausal reading of an object's to-clause
        if cur.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "aux" and c.lower_ != "to"
                                      for c in cur.children):
            break  # a conjoined clause with its own subject or auxiliary has its own status ("or to endorse" has none)
        if cur.dep_ == "conj" and cur.tag_ in ("VBD", "VBZ", "VBG") and cur.head.tag_ in ("VB", "VBD", "VBZ", "VBP"):
            break  # "said the cuts would hurt schools and attacked the plans": a tensed verb shares no modal
        # of a bare one; the parser hung the speaker's own act on the clause; "said his words were not
        # racist and refused to apologise": nor the negation of another tensed one; "stressing they should
        # not stir a debate and attacking the plans": nor a participle the bare verb's
        if cur.dep_ == "conj" and cur.tag_ == "VBD" and any(c.dep_ == "auxpass" for c in cur.head.children):
            break  # "were not disarmed and attacked the town": an active past verb shares no passive's
            # negation ("were not arrested and charged" does)
        cur = cur.head.head if _framed(cur) else cur.head  # "committed to sending": past the preposition
        out.append(cur)
    if (to := _stray_to(cur)) is not None:
        out.append(to.head)  # "Aiming to both boost growth and aid the poor": the aim's
    return out


def _stray_to(verb: Token) -> Token | None:
    """The 'to' of a bare verb that the parse hung on the verb before it as a preposition, with
    a 'both' (perhaps read as its object) or an adverb between ('Aiming to both boost growth and aid
    the poor, he said'): the verb is that verb's to-infinitive."""
    if verb.tag_ != "VB" or to_infinitive(verb):
        return None
    j = verb.i - 1
    while j > 0 and (verb.doc[j].dep_ in ("preconj", "advmod") or verb.doc[j].lower_ in ("both", "either")):
        j -= 1
    to = verb.doc[j]
    return to if (j < verb.i - 1 and to.lower_ == "to" and to.dep_ == "prep" and to.head.pos_ == "VERB"
                  and to.head.i < to.i and not any(c.dep_ == "pobj" and c.i > verb.i for c in to.children)) else None


def _caused(verb: Token) -> bool:
    """A bare infinitive with its own subject that a verb of [causatives] governs ('would make her
    refuse to serve', 'let the rebels withdraw'): the act takes that verb's modality and tense."""
    return (verb.tag_ == "VB" and verb.head.lemma_.lower() in lexicon().lists["causatives"]
            and any(c.dep_ == "nsubj" for c in verb.children))


def _framed(verb: Token) -> bool:
    """The gerund of a preposition after one of the [act_frames] ('is committed to sending troops',
    'should be focused on bringing them to justice'): the frame's act, whose modality and tense
    are the frame's."""
    prep = verb.head
    return (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.dep_ == "prep" and prep.head != prep
            and bool({prep.head.lemma_.lower(), prep.head.lower_} & lexicon().lists["act_frames"]))


def _framed_intent(verb: Token) -> bool:
    """A framed act (`_framed`) that its frame intends ([intent_frames]: 'committed to sending', not
    'focused on attacking' nor 'devoted her speech to praising')."""
    frame = verb.head.head
    return (_framed(verb) and bool({frame.lemma_.lower(), frame.lower_} & lexicon().lists["intent_frames"])
            and not any(c.dep_ == "dobj" for c in frame.children))


_GIVEN_PREPS = ("because", "since", "following", "despite", "amid", "amidst", "over", "wake", "under")


def _given(noun: Token) -> bool:
    """A noun event named as a cause, a background or a frame ('because of', 'despite', 'amid',
    'in the wake of', 'under' it) is taken as having happened: the clause's modality is not its
    own ('will try to sell itself under a June agreement')."""
    cur = noun
    while cur.dep_ == "pobj" and cur.head.dep_ in ("prep", "pcomp"):
        prep = cur.head
        words = {prep.lower_, prep.head.lower_}
        if words & set(_GIVEN_PREPS):
            return True
        cur = prep.head
    return False


def _own_verbs(trig: Trigger, chain: list[Token]) -> list[Token]:
    """The verbs of `chain` whose negation is the event's. A noun event that is the object of a
    verb that does not carry it ('failed to meet the demands', 'does not apply to deals made
    before 2005', 'his resignation was not accepted') keeps none: the demands were made, the
    resignation offered; nor does one that a negated copula judges
    ('the deal is not good'). (Its status does follow them: 'will need the approval' is not yet
    given.)"""
    head = trig.head
    if (head.pos_ in ("NOUN", "PROPN") and trig.light is None and head.dep_ in ("dobj", "pobj", "nsubjpass")
            and chain and chain[0].i not in trig.anchors):
        return []
    if (head.pos_ in ("NOUN", "PROPN") and head.dep_ == "nsubj" and chain and chain[0].lemma_ == "be"
            and any(c.dep_ in ("acomp", "attr") for c in chain[0].children)):
        return []  # "the agreement with Iran isn't good": a view of the agreement, which was made
    return chain


def status_of(trig: Trigger, chain: list[Token]) -> str:
    """occurred, planned, expected or hypothetical, from the clause and the verbs of `chain`
    ('if they meet', 'would meet', 'is expected to meet', 'will meet', 'met')."""
    for tok in [trig.head, *chain]:
        for anc in [tok, *tok.ancestors]:
            if anc.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                           for c in anc.children):
                return "hypothetical"
    inverted = _inverted_conditions(trig.head.sent)
    if any(tok.i in clause for tok in [trig.head, *chain] for clause in inverted):
        return "hypothetical"  # "had he denied the charge", "were Chad to invade", "should they attack": no if, a condition
    pending = _pending_on(chain[-1] if chain else trig.head)
    if pending is not None:
        return pending  # "will pay once the government approves the deal": not yet approved
    if trig.head.dep_ in ("pcomp", "pobj") and trig.head.head.lower_ in ("towards", "toward"):
        return "planned"  # "pledged to work towards lifting the ban", "progress toward a ceasefire": not yet
    if chain and _mandated(chain[0], chain[-1]):
        return "hypothetical"  # "recommended that she be fined": asked for, not done
    if chain and chain[0].dep_ in ("relcl", "acl") and to_infinitive(chain[0]) and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in chain[0].children):
        return "hypothetical"  # "cleared the way for Peru to sign", "time for Chile to act": made possible, not
        # done ("it took a decade for Peru to sign" hangs on the verb and stays done)
    if _yes_no_question(trig.head.sent):
        return "hypothetical"  # "Do you support him?" asks, it does not tell
    if trig.head.dep_ not in ("nsubj", "nsubjpass") and any(
            c.dep_ in ("mark", "advmod") and c.lower_ == "whether" for t in chain for c in t.children):
        return "hypothetical"  # "will decide whether to start talks": an open question; not "whether his criticism mattered"
    auxes = aux_words(chain, ("aux", "auxpass"))
    # the verbs governing the action, not the action's own verb ("sought asylum" happened)
    partners = {chain[i + 1] for i, t in enumerate(chain[:-1]) if t.dep_ == "conj"}  # "set fire to cars and looted shops"
    lemmas = {verb_lemma(t) for t in chain if t not in trig.tokens and t not in partners and not participle_adjective(t) and (
        t.lemma_ != "have" or any(c.dep_ == "xcomp" and to_infinitive(c) for c in t.children))}  # "were promising" plans nothing
    if trig.event_type in domain()["attempt_types"]:
        lemmas -= lexicon().lists["attempting"]  # "tried to topple the government": an attempted coup is a coup
    if trig.event_type in domain()["weighed_made_types"] and trig.head.pos_ == "NOUN" and trig.head.dep_ == "dobj":
        lemmas -= lexicon().lists["weighing"]  # "is considering a request from Iran": the request was made
        if verb_lemma(trig.head.head) in lexicon().lists["deliberating"] and not any(
                c.dep_ == "det" and c.lower_ in ("any", "no") for c in trig.head.children):
            return "occurred"  # "the court is due to consider the request on Monday": made before, whatever
            # the court's plans
    able = bool(auxes & {"can", "ca"}) and not any(c.dep_ == "neg" for t in chain for c in t.children)  # not "cannot support"
    conditional = any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
                      for t in chain for c in t.children)  # "said it would attack if provoked"
    if ("would" in auxes and "have" not in auxes and not conditional and trig.event_type not in lexicon().verbal_types
            and _told_in_the_past(chain[-1])):
        return "planned"  # "officials said the talks would resume next week": the future of then
    if able or auxes & {"would", "could", "might", "should", "must", "ought"} or lemmas & (
            lexicon().lists["necessity"] | lexicon().lists["reluctance"] | lexicon().lists["weighing"]
            | lexicon().lists["daring"]):
        return "hypothetical"  # "would attack", "can ask the convention", "do not need to attack", "reluctant to support",
        # "considering expelling", "challenged him to deny"
    if len(chain) > 1 and chain[0] in (trig.head, trig.light) and chain[0].dep_ == "xcomp" and to_infinitive(chain[0]) \
            and chain[1].lemma_.lower() in lexicon().lists["bidding"]:
        return "hypothetical"  # "was told to surrender his passport", "ordered to withdraw": bidden, not done
    if len(chain) > 1 and trig.head.dep_ == "pobj" and trig.head.head.lower_ in ("at", "during") \
            and chain[0].dep_ == "xcomp" and to_infinitive(chain[0]) and chain[1].lemma_.lower() in lexicon().lists["bidding"]:
        return "planned"  # "was urged to raise it at his first meeting with her": the occasion of a bidden act is to come;
        # not "asked to respond to Trump's criticism", made before
    if chain and chain[0] in (trig.head, trig.light) and _wished_of_another(chain):
        return "hypothetical"  # "Russia wants Turkey to close its borders": a wish for another's act, no plan of its own
    governors = {g.lemma_.lower() for t in chain if t not in trig.tokens and (g := scheduled_by(t)).i != t.i}
    # "the talks are due to start", "is likely to take place": the copula's adjective
    if (lemmas | governors) & lexicon().lists["expecting"] or auxes & {"may"}:
        return "expected"
    if auxes & FUTURE_AUX or lemmas & lexicon().lists["intending"] or governors & lexicon().lists["scheduling"]:
        return "planned"
    if any(t.lower_ == "going" and any(c.dep_ == "xcomp" for c in t.children) for t in chain):
        return "planned"
    if any(_framed_intent(t) for t in chain):
        return "planned"  # "is committed to sending troops", "is aimed at ending the war"
    if chain and _planned_by_noun(chain[0]):
        return "planned"  # "announced plans to travel"
    if any(low.dep_ == "xcomp" and high.lemma_ == "be" and to_infinitive(low)
           and not any(c.dep_ in ("acomp", "attr") for c in high.children) for low, high in zip(chain, chain[1:])):
        return "planned"  # "was to arrive on Monday", not "it was not possible to overstate"
    if any(c.lower_ in ("upcoming", "future") or c.lemma_.lower() in lexicon().lists["scheduling"]
           for c in trig.head.children if c.dep_ in ("amod", "acl")):
        return "planned"  # "the planned talks", "a summit set for April"
    return "occurred"


_INVERTED = {"had": ("VBN", "VBD"), "should": ("VB",), "were": ("TO",)}  # the verb form the subject is followed by
_SUBJECT_TAGS = frozenset({"DT", "PDT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "JJ", "CD", "POS", "HYPH"})
_CLAUSE_ENDS = frozenset({",", ";", ":", "—", "–", "--", "-"})


def _inverted_conditions(sent: Span) -> list[range]:
    """The token positions of each condition told by inversion, with no 'if' ('had he denied the
    charge, he would have been freed', 'it would have been longer had he denied it', 'were Chad
    to invade', 'should the rebels attack'): 'had', 'should' or 'were' opening the sentence or a
    clause after a comma or a comparative, then a subject and its verb ('had Chad attacked'), in a
    sentence with a modal, up to the next comma. Read from the words, as the parser often makes
    the main clause a part of it; not a question, nor after a subject ('the party had its members
    sworn in') or a fronted negative or comparison ('never had he seen', 'as had Libya')."""
    if sent[-1].text == "?" or not any(t.tag_ == "MD" and t.lower_ != "should" for t in sent):
        return []
    out = []
    for aux in sent:
        if aux.lower_ not in _INVERTED or aux.i > sent.start and not (
                (before := aux.doc[aux.i - 1]).is_punct or before.tag_ in ("JJR", "RBR")):
            continue
        j = aux.i + 1
        while j < sent.end and aux.doc[j].tag_ in _SUBJECT_TAGS:
            j += 1
        if j == aux.i + 1 or aux.doc[j - 1].tag_ not in ("PRP", "NNP", "NNPS", "NN", "NNS"):
            continue  # no subject
        while j < sent.end and (aux.doc[j].lower_ in ("not", "n't", "never") or aux.doc[j].tag_ == "RB"):
            j += 1  # "had Mali not attacked", "were Niger ever to invade"
        if j == sent.end or aux.doc[j].tag_ not in _INVERTED[aux.lower_]:
            continue
        end = next((t.i for t in aux.doc[j:sent.end] if t.text in _CLAUSE_ENDS), sent.end)
        out.append(range(aux.i, end))
    return out


def _wished_of_another(chain: list[Token]) -> bool:
    """The act (with the verbs joined to it: 'to close its borders and join the war') is a
    to-clause with its own subject under a verb of [intending] ('wants Turkey to close',
    'hopes Iran to sign'): what one party wishes another to do."""
    k = 0
    while k < len(chain) - 1 and chain[k].dep_ == "conj":
        k += 1
    low = chain[k]
    return (k + 1 < len(chain) and low.dep_ == "ccomp" and to_infinitive(low) and any(c.dep_ in SUBJ for c in low.children)
            and verb_lemma(chain[k + 1]) in lexicon().lists["intending"])


def _pending_on(clause: Token) -> str | None:
    """The status of a present-tense clause of time ([pending_marks]: 'once the government
    approves', 'after Peru signs') hung on a future or modal clause: planned ('will pay once'),
    hypothetical ('would attack when'); None otherwise ('withdrew after Peru signed')."""
    if clause.dep_ != "advcl" or not any((c.dep_ == "mark" or c.dep_ == "advmod" and c.i == clause.left_edge.i)
                                         and c.lower_ in lexicon().lists["pending_marks"] for c in clause.children):
        # "once the government approves", the "once" parsed as an adverb opening the clause
        return None
    if not (clause.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                                 for c in clause.children)):
        return None
    auxes = {c.lower_ for c in clause.head.children if c.dep_ == "aux"}
    if auxes & FUTURE_AUX:
        return "planned"
    return "hypothetical" if auxes & (MODAL_AUX - {"must"}) else None


def _mandated(first: Token, last: Token) -> bool:
    """The act (`first`, with the verbs of its chain up to `last`) is in the subjunctive ('be
    fined', 'withdraw') in the that-clause of a verb of asking or proposing ([mandating]:
    'recommended that she be fined', 'demanded that troops withdraw'); not one told as fact
    ('proposed the aide be fired and defended him'), with a modal ('would pay') or a question
    ('asked why they did not follow')."""
    clause = last
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head  # "that he serve six years and that she be fined"
    if clause.dep_ != "ccomp" or verb_lemma(clause.head) not in lexicon().lists["mandating"]:
        return False
    if any(c.dep_ == "mark" and c.lower_ != "that" or c.tag_ in ("WDT", "WP", "WRB") for c in clause.children):
        return False
    return _subjunctive(first) and _subjunctive(last)


def _subjunctive(verb: Token) -> bool:
    """'(that she) be fined', '(that troops) withdraw': a bare verb or a passive with a bare 'be';
    not 'did not follow', 'would pay', 'had paid', nor 'defended' joined to one."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ not in ("be", "to") for a in auxes):
        return False
    return verb.tag_ == "VB" or any(a.lower_ == "be" and a.tag_ == "VB" for a in auxes)


def _told_in_the_past(verb: Token) -> bool:
    """The clause is what someone said, thought or announced in the past ('said the talks would
    resume'): its 'would' is the future seen from then, not a condition."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.tag_ == "VBD" and verb.head.pos_ == "VERB"


def _planned_by_noun(verb: Token) -> bool:
    """The verb is the to-infinitive of a noun of intent ('plans to travel', 'a decision to
    visit'), not a participle describing it ('a plan endorsed by'), or of a means set up for an
    end ([purpose_vehicles]: 'a fund to help farmers', 'unveiled a budget to aid the poor', which the
    parse hangs on the verb): what it is for, not yet done."""
    if not to_infinitive(verb):
        return False
    lists = lexicon().lists
    if verb.dep_ == "acl":
        return verb.head.lemma_.lower() in lists["intending"] | lists["purpose_vehicles"]
    return verb.dep_ == "advcl" and any(o.dep_ == "dobj" and o.i < verb.i and o.lemma_.lower() in lists["purpose_vehicles"]
                                        for o in verb.head.children)


def _intent_owner(verb: Token) -> Token | None:
    """Whose the noun of resolve is that the verb's to-infinitive completes ([owned_intents]:
    'Kazakhstan's decision to expel', 'the decision by Ghana to suspend', 'Iran's bid to join'): its
    owner or by-phrase does the act; not a noun that bids another do it ('Putin's order to withdraw')."""
    noun = verb.head
    if verb.dep_ != "acl" or not to_infinitive(verb) or noun.lemma_.lower() not in lexicon().lists["owned_intents"] or any(
            c.dep_ in SUBJ for c in verb.children):
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None) or next(
        (p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"), None)


def _people(noun: Token) -> bool:
    """The noun names people, whose possessor is not whom the act is done to ('urging his
    parishioners', 'arrested his brother'), unlike a thing's ('rejected Iran's proposal') or a
    name before them ('attacked the Koch brothers')."""
    lex = lexicon()
    lemma = noun.lemma_.lower()
    return lemma in lex.lists["kin"] or lemma in lex.lists["followers"]


def speaker_is_subject(chain: list[Token], collective: bool = False) -> bool:
    """The act's subject is 'it' or 'we' (or 'they', for a `collective` speaker): in reported
    words, the speaking state or body itself ('Iran said it will hold talks', 'Turkish police said
    they had detained 20 suspects'); a person's 'I' is left alone ('nice to meet you')."""
    subj = subject_of(chain[0]) if chain else None  # its own subject, not "it is hard to blame"
    pronouns = ("it", "we", "they") if collective else ("it", "we")
    return subj is not None and subj.dep_ == "nsubj" and subj.head == chain[0] and subj.lower_ in pronouns


def _yes_no_question(sent: Span) -> bool:
    """A question whose auxiliary comes before the subject ('Do you support him?', 'Will they
    meet?'), not a wh-question, which takes its event as given ('Why did they invade?')."""
    if not sent.text.rstrip().rstrip("\"'”").endswith("?"):
        return False
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return subj is not None and any(c.dep_ in ("aux", "auxpass") and c.i < subj.i for c in root.children) and not any(
        t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in sent if t.i < subj.i)


def negated(trig: Trigger, chain: list[Token]) -> bool:
    """'did not attend', 'no talks', 'failed to reach a deal': the text says it did not happen."""
    chain = _own_verbs(trig, chain)
    verbs = {tok.i: tok for tok in [trig.head, *chain, *(t for t in trig.tokens if t.pos_ == "ADJ")]}
    # the chain starts at the trigger's own verb: count it once; "found not guilty" is no conviction
    no_more = lexicon().lists["negated_adverbs"]
    negations = sum(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in no_more and any(g.dep_ == "neg" for g in c.children)
                    for tok in verbs.values() for c in tok.children)  # "would no longer fight": not again
    # "failed to agree", "was unable to agree", "is unlikely to attend"; not "the inquiry failed to
    # uncover ...": the inquiry was held
    if not (trig.head.pos_ in ("NOUN", "PROPN") and trig.light is None):
        negations += sum(t.lemma_.lower() in lexicon().lists["negating"] and t not in trig.tokens for t in chain)
    negations += any(c.dep_ == "det" and c.lower_ == "no" for c in trig.head.children)
    negations += any(c.lower_ == "nor" and c.i == tok.sent.start and c.i < tok.i
                     for tok in verbs.values() for c in tok.children)  # "Nor has Peru ever attacked Chile"
    negations += _denied_by_no_evidence(trig.head)
    if trig.head.pos_ == "VERB" and (subj := subject_of(trig.head)) is not None:
        negations += subj.lower_ in ("neither", "none", "nobody") or any(
            c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither") for c in (*subj.children, *trig.head.children))
        # "neither side has agreed", "neither Chile nor Peru attended", "and neither apologized" (read as the verb's)
    return negations % 2 == 1  # "did not fail to arrest him": he was arrested


def _denied_by_no_evidence(head: Token) -> bool:
    """'No evidence that any detainee was tortured', 'no sign that the rebels attacked', 'no record of
    his arrest': the act is the clause or the of-phrase of a [no_evidence] noun with 'no', which
    says it is not known to have happened."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # "could find no record of his arrest": the noun's of-phrase, as a clause
    noun = head.head
    return (head.dep_ in ("acl", "relcl", "ccomp", "prep") and noun.lemma_.lower() in lexicon().lists["no_evidence"]
            and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
            and not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children))  # not "no evidence to support"


def args(trig: Trigger, index: ActorIndex, place_tokens: set[int]) -> tuple[list[str], list[str]]:
    """(sources, targets) as actor keys; a visited country is the visit's target."""
    sources: list[str] = []
    targets: list[str] = []

    def add(dest: list[str], tok: Token | None) -> None:
        if tok is None or tok.i in place_tokens:
            return
        keys = (index.resolve(tok) or _crowd_of(tok, index) or _state_of(relative_antecedent(tok) or tok, index)
                or _capital_state(tok, index) or _framing_owner(tok, index))
        if not keys and (leader := _leader(tok)) is not None:
            add(dest, leader)  # "a delegation led by Norway's foreign minister met": Norway meets
        for key in (index.delegates_state(k, lexicon().lists["state_delegates"]) for k in keys):
            if key not in sources and key not in targets:
                dest.append(key)

    head = trig.head
    if head.pos_ == "VERB":
        subj = subject_of(head) or _fronted_appositive(head)
        if subj is None and head.dep_ == "xcomp" and head.head.dep_ == "acomp":
            subj = subject_of(head.head.head)  # "is not ready to support him"
        if head.dep_ == "advcl" and head.tag_ == "VBN" and head.i < head.head.i and not any(c.dep_ in SUBJ for c in head.children):
            subj = subject_of(head.head)  # "Backed by Rwanda, the rebels captured the town": the rebels are backed
        if head.dep_ == "acl" and head.tag_ == "VBG":
            subj = _author(head.head) or subj  # "gave a speech criticising the premier": the speaker criticised
        if subj is not None and subj == head.head and _planned_by_noun(head):
            # "Hannity's plans to attend": Hannity attends; "announced plans to travel": who announced travels
            subj = next((c for c in subj.children if c.dep_ == "poss"), None) or (
                subject_of(subj.head) if subj.dep_ == "dobj" else None)
        elif subj is not None and subj == head.head and (owner := _intent_owner(head)) is not None:
            subj = owner  # "Kazakhstan's decision to expel two diplomats": Kazakhstan expels
        if head.dep_ == "xcomp" and not any(c.dep_ in SUBJ for c in head.children):
            # "urged Sweden to extradite them": who is urged does it
            subj = next((c for c in head.head.children if c.dep_ == "dobj"), subj)
        subj = _blamed(head, index) or subj  # "blamed Italy for refusing to take in migrants": Italy refused
        passive = subj is not None and subj.head.dep_ != "agent" and (  # "approved by Congress": Congress approved
            subj.dep_ == "nsubjpass" and subj.head == head
            or any(c.dep_ == "auxpass" for c in head.children)  # "pleaded guilty and was jailed"
            or head.tag_ == "VBN" and head.dep_ in ("advcl", "acl") and not any(c.dep_ == "aux" for c in head.children)
            # "the one leader invited to attend", tagged as a past tense: a reduced relative with no object
            # of its own is passive ("called on Kurds" is no such)
            or head.tag_ == "VBD" and head.dep_ == "acl" and not any(
                c.dep_ in SUBJ + ("dobj",) or c.dep_ == "prep" and c.lower_ != "by" for c in head.children)
            or head.dep_ == "advcl" and any(c.dep_ == "oprd" and c in trig.tokens for c in head.children))  # "if found guilty"
        # "could face 85 years if convicted", "four men, accused of links to ...": the subject is the patient
        for party in [subj, *(subj.conjuncts if subj is not None else ())]:  # "Kenya's president and his Tanzanian counterpart"
            moved = trig.event_type in domain()["moved_types"] and party is not None and noun_lemma(party) in lexicon().lists["forces"]
            add(targets if passive and not moved else sources, party)  # "Kenyan police were deployed": Kenya deploys
            if passive and party is not None and not index.resolve(party) and _proposal(party):
                for owner in makers(party):
                    add(targets, owner)  # "Bolivia's demand was rejected by Chile": as "rejected Bolivia's demand";
                    # not a name before it ("WEF participants are being asked") nor a person's ("his aide was charged")
            if passive and not moved and party is not None and party.dep_ == "nsubjpass" and not index.resolve(party):
                for p in _held_parties(trig, party, [], False, index):
                    add(targets, p)  # "the embargo on Cuba was lifted", "military aid to Kyiv was frozen": as an object's
            if passive and party is not None and not index.resolve(party) and trig.event_type in domain()["judging_types"] and (
                    (found := noun_entry(party)) is not None and not (found[0].get("patient") and not _of_object(party))):
                for owner in (c for c in party.children if c.dep_ == "poss"):
                    add(targets, owner)  # "Armenia's invasion was condemned by Turkey": as "condemned Armenia's invasion";
                    # not "Lind's arrest", done to her
        if subj is not None and subj.head.dep_ == "agent" and subj.head.head == head and head.dep_ == "acl" \
                and head.tag_ == "VBN" and head.head.i in index.key_of_token and head.head.dep_ in SUBJ and not (
                trig.event_type in domain()["moved_types"] and noun_lemma(head.head) in lexicon().lists["forces"]):
            add(targets, head.head)  # "Zambia, accused by Malawi of arming rebels, denied": Zambia is accused
        if subj is not None and passive and subj.i in trig.anchors and verb_lemma(head) in lexicon().light and not any(
                c.dep_ == "agent" for c in head.children):  # "the agreement between Ethiopia and Eritrea was signed": they sign
            for p in (p for c in subj.children if c.dep_ == "prep" and c.lower_ == "between" for p in c.children if p.dep_ == "pobj"):
                for party in (p, *p.conjuncts):
                    add(sources, party)
        if subj is not None and not passive and (found := noun_entry(subj)) is not None and (
                trig.event_type in (found[0]["type"], found[0].get("armed_type"))):
            for p in (p for c in subj.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "at")
                      for p in c.children if p.dep_ == "pobj"):
                add(targets, p)  # "a Turkish strike on Kurdish fighters killed six": the fighters are attacked
        if passive and trig.event_type not in domain()["cooperative_types"] and not any(c.dep_ == "agent" for c in head.children):
            for p in _stray_agents(head):
                add(sources, p)  # "was threatened with sanctions by Washington": the parse hangs the by-phrase on
                # them; not "was met with protests by the council", whose by-phrase is the protests' only
        received = _received(trig, index)
        if trig.event_type == "COOPERATE" and verb_lemma(head) in lexicon().lists["surrendering"]:
            for p in (p for c in _handed_to(head) for p in c.children if p.dep_ == "pobj"):
                add(targets, p)  # "extradited a suspect to Peru": the state that asked for him, before him
        purposes = [head.doc[i] for i in sorted(trig.anchors)
                    if head.doc[i].pos_ == "VERB" and head.doc[i].dep_ in ("advcl", "xcomp")]
        for child in [c for verb in [head, *purposes] for c in verb.children]:  # "went to Brussels to meet Bush"
            if child.dep_ == "dobj":
                for party in (child, *(child.conjuncts if trig.mode != "visit" else ())):
                    add(targets, party)  # "urged Europe and the US to act": both are asked; "visited
                    # Peru and Chile": the first place is the host
                measured = [p for of in child.children if of.dep_ == "prep" for p in of.children
                            if p.dep_ == "pobj" and measured_by(p) is not None]
                if not index.resolve(child) and (trig.event_type != "CONSULT" or trig.mode == "visit"):
                    # "rejected Iran's proposal", "visited Iran's capital": whose it is, before what
                    # it is about ("backed Russia's position on Ukraine"); not "discussed the
                    # minister's schedule"; "cancelled $300 million of Zambia's debt": whose the measured is
                    for owner in (o for thing in [child, *measured] for o in _owners(thing)):
                        add(targets, owner)  # "attacked UK policy", "back Labour plans": a name before it too
                    for maker in makers(child) if _proposal(child) else ():
                        add(targets, maker)  # "rejected an offer of talks from Iran": the parse hangs it on "talks"
                    if trig.event_type in domain()["welcoming_types"]:
                        for p in (p for c in child.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                                  if p.dep_ == "pobj"):
                            add(targets, p)  # "welcomed the release of the activist", "opposed the entry of Turkey"
                for p in _held_parties(trig, child, measured, received, index):
                    add(targets, p)
                if trig.event_type in domain()["holder_types"] and not index.resolve(child):
                    for holder in _holders(child):
                        add(targets, holder)  # "to seize platforms that Guyana has licensed": Guyana's
            elif child.dep_ == "agent":
                for p in child.children:
                    add(sources, p) if p.dep_ == "pobj" else None
            elif child.dep_ == "dative":  # "sent aid to Haiti", "offered China access": who gets it
                for p in [p for p in child.children if p.dep_ == "pobj"] if child.pos_ == "ADP" else (
                        [child] if trig.event_type == "AID" or not _name_before_object(child) else []):
                    add(targets, p)
            elif child.dep_ == "prep" and child.lower_ == "from" and (received or trig.mode == "seize"):
                for p in child.children:  # "received aid from Canada": the giver, once the roles turn;
                    add(targets, p) if p.dep_ == "pobj" else None  # "seized the island from Chile": whom it is taken from
            elif child.dep_ == "prep" and child.lower_ == "at" and trig.event_type == "CONSULT" and trig.mode != "visit" \
                    and child not in trig.tokens:
                continue  # "will meet at Gleneagles", "met at the White House": where they meet, not whom; but
                # "arrived at the school": the host visited
            elif child.dep_ == "prep" and (child.lower_ in TARGET_PREPS + ("between",) or child in trig.tokens):
                for p in child.children:
                    add(targets, p) if p.dep_ == "pobj" else None
                    if p.dep_ == "pobj" and (child.lower_ in OWNED_PREPS or trig.event_type != "CONSULT"
                                             and p.lemma_.lower() in lexicon().lists["seats"]) and not index.resolve(p):
                        for owner in _owners(p):  # "protested against China's deployment of a rig", "marched on the
                            # headquarters of Eskom"
                            add(targets, owner)
                    if p.dep_ == "pobj" and child in trig.tokens:  # "spoke by telephone with Kagame"
                        for q in (w for prep in p.children if prep.dep_ == "prep" and prep.lower_ == "with" for w in prep.children):
                            add(targets, q) if q.dep_ == "pobj" else None
            elif any(m.dep_ == "mark" and m in trig.tokens for m in child.children):
                add(targets, subject_of(child))  # "called for the governor to resign": the governor is asked
            elif child.dep_ == "ccomp" and trig.event_type in domain()["clause_target_types"] and child.head == head \
                    and not _set_apart(child, head) and (child.i > head.i or trig.event_type == "REQUEST"):
                # a clause before an accusation is another act the parse hung on it ("summed him up, denounced ...")
                add(targets, subject_of(child))  # "demanded that Russia withdraw": Russia is asked; "alleged that
                # Nokia misled investors": Nokia is accused
            elif child.dep_ == "ccomp" and child in trig.tokens:
                add(targets, subject_of(child))  # "found the minister guilty": the minister is convicted
        if received:
            sources, targets = targets, sources  # the visitor and the giver act; the host and the recipient receive
    else:
        if trig.light is not None:
            doers, receivers = _light_verb_parties(trig.light, head, index)
            if trig.event_type == "AID":
                receivers += _misread_recipients(trig.light, head)
            if trig.light.lemma_.lower() in lexicon().lists["state_verbs"] and trig.event_type != "PROTEST":
                doers, receivers = [], [*doers, *receivers]  # "Ebbers is on trial": he is tried; "they are on strike": they strike
            for tok in doers:
                add(sources, tok)
            for tok in receivers:
                add(targets, tok)
        add(sources, claimant(head))  # "the rebels were behind the attack"
        for carrier in (c for c in head.children if c.dep_ in ("acl", "relcl") and verb_lemma(c) in lexicon().light
                        and (c.tag_ == "VBN" or _carried_by_relative(c))):
            for prep in (c for c in carrier.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in _AIMING_PREPS):
                for p in (p for p in prep.children if p.dep_ == "pobj"):
                    add(sources if prep.dep_ == "agent" else targets, p)  # "the ceasefire declared by Sudan's army",
                    # "sanctions imposed by the EU on Russia"; not "the attack condemned by the UN", which only judges it
            if carrier.tag_ != "VBN":
                add(sources, subject_of(carrier))  # "the deal Halvex signed with Brannock": Halvex signed it
        if not trig.patient_possessive and head.i in index.key_of_token:
            add(sources, head)  # "Russian attacks on Kharkiv": the noun is in the mention of its state
        if not trig.patient_possessive and _aimed_at_party(head, index):
            for name in (c for c in head.children if c.dep_ == "compound"):
                add(sources, name)  # "US sanctions against Venezuela", "EU aid to Sudan"; not "Iran sanctions"
        if trig.event_type == "CONSULT" and trig.light is None and not any(c.dep_ == "poss" for c in head.children):
            add(sources, _framing_subject(head))  # "after talks with Iran, the minister said": the minister talked
        addressed = (trig.event_type == "ACCUSE" and trig.light is not None  # not "filed a request with the ministry"
                     and trig.light.lemma_.lower() in lexicon().lists["lodging_verbs"])
        doer_of = trig.doer_of and not any(
            p.dep_ == "pobj" and not (index.resolve(p) or noun_lemma(p) in lexicon().lists["forces"] | lexicon().parties)
            for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)
        # "the withdrawal of support from a shareholder" is the shareholder's: what moves is no party
        done_to = trig.patient_possessive and not _of_object(head)  # "Smith's arrest", but "Iraq's arrest of two spies"
        for child in sorted([*head.children, *phase_preps(head)], key=lambda c: doer_of and c.lower_ != "of"):
            # who moves, then where; "the third day of an offensive by troops": the offensive's doer
            if child.dep_ == "poss":
                add(targets if done_to else sources, child)
            elif child.dep_ == "prep":
                pobjs = [p for p in child.children if p.dep_ == "pobj"]
                for p in pobjs:
                    if doer_of and child.lower_ in ("of", "from"):
                        add(sources if child.lower_ == "of" else targets, p)  # "the withdrawal of Ugandan
                        # troops from Somalia": the troops withdraw, from Somalia
                    elif child.lower_ in SOURCE_PREPS:
                        add(sources, p)
                    elif addressed and child.lower_ == "with":  # "a complaint with the UN against Israel": the body
                        for prep in p.children:  # addressed, and whom it is against
                            if prep.dep_ == "prep" and prep.lower_ == "against":
                                for accused in prep.children:
                                    add(targets, accused) if accused.dep_ == "pobj" else None
                    elif child.lower_ in TARGET_PREPS + ("of", "between", "for"):
                        add(targets, p)  # "support for Kyiv", "talks with Iran", "an attack on Gaza"
                        if child.lower_ in OWNED_PREPS + ("of",) and trig.event_type != "CONSULT" and not index.resolve(p):
                            for owner in _owners(p):  # "a condemnation of Israel's settlement policy"
                                add(targets, owner)
                        if child.lower_ == "of":  # "the arrest of two leaders by Bolivian police": the
                            for by in (c for c in p.children if c.dep_ == "prep" and c.lower_ == "by"):
                                for agent in by.children:  # parser hangs the doer on the object
                                    add(sources, agent) if agent.dep_ == "pobj" else None
                        if child.lower_ == "of" and trig.event_type == "AID":
                            for to in (c for c in p.children if c.dep_ == "prep" and c.lower_ == "to"):
                                for recipient in to.children:  # "the delivery of food aid to Yemen": the parser
                                    add(targets, recipient) if recipient.dep_ == "pobj" else None  # hangs it on the aid
                        if child.lower_ == "of" and trig.event_type in domain()["means_types"]:
                            for aim in (c for c in p.children if c.dep_ == "prep" and c.lower_ in ("against", "on")):
                                for aimed in aim.children:  # "the threat of force against Taiwan": the means
                                    add(targets, aimed) if aimed.dep_ == "pobj" else None  # and whom it aims at
        givers = _givers(head) if trig.event_type == "AID" else []
        if givers:  # "most of Sudan's aid came from Norway": Sudan's is the aid it gets
            sources, targets = [], [*sources, *targets]
            for giver in givers:
                add(sources, giver)
        if trig.light is not None:
            for child in [*trig.light.children, *(c for v in _misread_nouns(trig.light) for c in v.children)]:
                # "held talks with Iran", "threw his support behind her"
                if child.dep_ in ("prep", "dative") and child.lower_ in ("with", "between", "behind", "to", "on", "against") and not (
                        addressed and child.lower_ == "with"):  # "lodged a complaint with the UN": the body addressed
                    for p in child.children:
                        add(targets, p) if p.dep_ == "pobj" else None
    if head.pos_ in ("NOUN", "PROPN") and not targets and not trig.patient_possessive:
        lists = lexicon().lists
        if trig.event_type in domain()["answered_party_types"]:
            for party in _taker(head, lists["answering"]):
                add(targets, party)  # "the IMF approved Peru's request": the IMF is asked
        if trig.event_type not in domain()["cooperative_types"]:
            for party in _taker(head, lists["facing"]):
                add(targets, party)  # "Acme faces a probe by the SEC": Acme is investigated
    if trig.event_type in domain()["complement_party_types"] and not targets:
        for party in _complement_parties(trig):
            add(targets, party)  # "refused to cooperate with Canada", "agreed to hold talks with Somalia"
    if head.pos_ in ("NOUN", "PROPN") and not sources:
        add(sources, _means_user(head))  # not "complied with the ministry's demand", whose it is
    mutual = trig.event_type == "CONSULT" or any(t.lemma_.lower() in lexicon().lists["mutual_acts"] for t in trig.tokens) or any(
        c.dep_ == "dobj" and c.lemma_.lower() in lexicon().lists["bonds"] or _each_other(c) for c in (trig.light or head).children)
    # "Chile and Peru cut ties", "accused each other": each with the other
    if mutual and not sources and len(targets) > 1:
        sources.append(targets.pop(0))  # "talks between X and Y", "a truce between Israel and Hamas"
    if mutual and not targets and len(sources) > 1 and not _counterpart(trig, index) and trig.mode != "third-party":
        targets.append(sources.pop(1))  # "the ministers of India and Pakistan met", "Chile and Peru signed"; not
        # "brokered by Qatar and Egypt", who mediate together
    if trig.mode == "visit" and not targets:
        targets = _host_country(place_tokens, index, sources)  # "visited Chile": Chile is visited
    if trig.event_type == "ASSAULT" and not targets:
        targets = _struck_country(trig, index, sources)  # "a missile attack on Kyiv": Ukraine is attacked
    if trig.mode == "withdraw" and trig.event_type == "RETREAT" and head.pos_ == "VERB" and not targets:
        targets = [k for p in left_by(trig.tokens) for k in index.resolve(p) if index.actor(k).actor_type == "country"
                   and k not in sources][:1]  # "will pull its troops out of Iraq", "withdrew from Iraq": the state
        # left; not "withdrawing from the UN Convention on refugees"
    if trig.event_type in domain()["trade_types"] and not targets:
        for partner in _trade_partners(trig):
            add(targets, partner)  # "tariffs on imports from China": China is hit
    if trig.event_type in domain()["clause_target_types"] and not targets:
        for addressee in _written_to(head):
            add(targets, addressee)  # "wrote to Mr Ross asking for clarification": he is asked
    if trig.event_type in domain()["partner_types"] and not targets:
        for partner in _joint_partners(head):
            add(targets, partner)  # "opened a trade zone run jointly with Japan": Japan is the partner
    if trig.event_type == "AID" and not targets:
        for helped in _helped(trig.light or head):
            add(targets, helped)  # "sent $20 million to help Bangladesh rebuild": Bangladesh gets it
    if not targets and head.pos_ == "VERB":
        for destination in _load_destinations(head):
            add(targets, destination)  # "sent planes carrying food to Libya": the parse hangs 'to' on the load
    future = lexicon().future
    if not targets and future.get(f"{trig.event_type} {trig.mode}", future.get(trig.event_type)) == "THREATEN":
        add(targets, _conditioned(trig.light or head))  # "would close the border if Benin did not stop": aimed at Benin
    return sources, targets


def _taker(noun: Token, verbs: frozenset[str]) -> list[Token]:
    """Who takes the act the noun names, as one of the verbs does with it as their object: the
    subject ('the IMF approved Peru's request', 'Acme is facing suits and a probe') or the
    by-phrase of a passive ('Peru's request was rejected by the IMF')."""
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head  # "suits and a probe": the probe is faced too
    verb = first.head
    said = {verb_lemma(verb), *(f"{verb_lemma(verb)} {c.lower_}" for c in verb.children if c.dep_ == "prt")}
    if verb.pos_ not in ("VERB", "AUX") or not said & verbs:
        return []  # "turned down Peru's request": the phrasal verb's
    if first.dep_ == "dobj" and not any(c.dep_ == "auxpass" for c in verb.children):
        subj = subject_of(verb)
        return [subj] if subj is not None else []
    if first.dep_ == "nsubjpass":
        return [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    return []


def _givers(noun: Token) -> list[Token]:
    """Where the thing given comes from, when it is the subject, or part of the subject, of a
    verb of [flowing] ('Sudan's aid comes from Norway', 'most of the party's donations came from
    unions'): the from-phrase gives it, and its owner receives it."""
    subject = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    verb = subject.head
    if subject.dep_ != "nsubj" or verb_lemma(verb) not in lexicon().lists["flowing"]:
        return []
    return [q for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"
            for q in (p, *p.conjuncts)]


def _framing_owner(pronoun: Token, index: ActorIndex) -> list[str]:
    """The named owner of the noun whose of-phrase a possessive pronoun's thing is ('Acme's
    disclosure of its talks with Brannock', 'Peru's account of its talks'): the pronoun is that
    owner's, as no other name comes between them, if it is of the pronoun's kind (not 'Peru's
    account of his talks')."""
    thing = pronoun.head
    if pronoun.dep_ != "poss" or pronoun.pos_ != "PRON" or thing.dep_ != "pobj" or thing.head.lower_ != "of":
        return []
    keys = [k for o in thing.head.head.children if o.dep_ == "poss" and o.pos_ != "PRON" for k in index.resolve(o)]
    return [k for k in keys if (index.actor(k).actor_type == "person") == (pronoun.lower_ in ("his", "her"))]


def _joint_partners(head: Token) -> list[Token]:
    """Whom a thing is run or built with, said by a participle on it with a [joint_words] adverb
    ('a zone run jointly with Japan', 'a plant built together with Korea')."""
    joint = lexicon().lists["joint_words"]
    return [p for v in head.children if v.dep_ in ("acl", "relcl") and any(a.lower_ in joint for a in v.children if a.dep_ == "advmod")
            for prep in v.children if prep.dep_ == "prep" and prep.lower_ == "with" for p in prep.children if p.dep_ == "pobj"]


def _handed_to(verb: Token) -> list[Token]:
    """The to-phrases of whom a verb hands someone over to ('extradited a suspect to Peru'), also
    one the parse hangs inside the object's own phrase ('extradited a banker wanted for fraud to
    Peru'), when the verb has none and no relative clause holds it ('a man who fled to Peru')."""
    own = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
    if own:
        return own
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return [t for o in objects for t in o.subtree if t.dep_ == "prep" and t.lower_ == "to"
            and not any(a.dep_ == "relcl" for a in t.ancestors if o.i != a.i and o in a.ancestors)]


def _load_destinations(verb: Token) -> list[Token]:
    """Where a verb sends the carriers it acts on ([load_carriers] with a [loading] participle:
    'sent planes loaded with tents to Morocco'), when the parse hangs the to-phrase on the
    participle or its load rather than on the verb."""
    loading = [v for c in verb.children if c.dep_ == "dobj" for v in loading_participles(c)]
    return [p for v in loading for prep in v.subtree if prep.dep_ == "prep" and prep.lower_ == "to"
            for p in prep.children if p.dep_ == "pobj"]


def _stray_agents(verb: Token) -> list[Token]:
    """Who does a passive verb's act when the parse hangs its by-phrase on the object of the verb's
    own preposition ('was threatened with sanctions by Washington', 'was sentenced to death by a
    military court')."""
    return [p for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
            for by in o.children if by.dep_ == "prep" and by.lower_ == "by" for p in by.children if p.dep_ == "pobj"]


def _carried_by_relative(verb: Token) -> bool:
    """An active relative clause whose object is the noun it tells of ('the deal Halvex signed
    with Brannock', 'the attack that rebels launched'; not 'the talks, which led to filings',
    whose subject the noun is): its subject does the act."""
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children) and all(
        c.tag_ in ("WDT", "WP") for c in verb.children if c.dep_ == "dobj")  # not "talks, which led to filings"


def _written_to(verb: Token) -> list[Token]:
    """Whom a letter or a call carries a participle's demand or charge to ('has written to Mr Ross
    asking for clarification', 'wrote to the minister urging him to act'): the to-phrase of an
    [addressing] verb the participle hangs on, when the participle names no one else."""
    if not (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb_lemma(verb.head) in lexicon().lists["addressing"]):
        return []
    if any(c.dep_ in ("dobj", "dative") and c.pos_ != "PRON" for c in verb.children):
        return []
    return [p for to in verb.head.children if to.dep_ == "prep" and to.lower_ == "to" for p in to.children if p.dep_ == "pobj"]


def _crowd_of(tok: Token, index: ActorIndex) -> list[str]:
    """The actor a crowd is made of ('thousands of Kenyans marched', 'a number of Labour MPs');
    not a share of one ('a majority of Republicans support', a poll's) nor one of them."""
    if tok.lower_ in ("one", "1"):
        return []
    return next((keys for member in crowd_members([tok]) if (keys := index.resolve(member))), [])


def _each_other(tok: Token) -> bool:
    """'each other', 'one another' as what the act is done to ('accused each other', 'fired at one
    another'): the parties of a plural subject act on each other."""
    other = tok if tok.dep_ == "dobj" else next((p for p in tok.children if p.dep_ == "pobj"), None) if tok.dep_ == "prep" else None
    return other is not None and other.lower_ in ("other", "another") and any(
        c.lower_ in ("each", "one") for c in other.children)


def _conditioned(verb: Token) -> Token | None:
    """The subject of an if- or unless-clause on an act of force, whom the threat of it is aimed
    at ('would close the border if Benin did not stop smuggling', 'will strike unless the
    government raises pay'); not a mere condition of a meeting ('will attend if Chile withdraws')."""
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children):
            return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _of_object(noun: Token) -> bool:
    """The noun names whom its act is done to in an of-phrase ('Iraq's arrest of two spies'), so
    that its owner is the doer."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" for p in c.children) for c in noun.children)


def _held_parties(trig: Trigger, thing: Token, measured: list[Token], received: bool, index: ActorIndex) -> list[Token]:
    """The parties that what the act is done to (its object `thing`, or the measured of-phrases on it,
    or a passive's subject) names by a preposition as those it concerns: whom a deal is with, a
    sanction on, aid to (`received`: the act is one of receiving, whose from-phrase names the giver)."""
    found = []
    for held, prep in ((h, c) for h in [thing, *measured] for c in h.children):
        # "shared intelligence with Iceland", "signed a deal with Iran", "lifted sanctions on
        # Russia", "approved a loan to Kenya", "a shipment of vaccines to Peru" (aid goes to its
        # recipient, as that of aid halted: "froze military aid to Kyiv"), "recalled its ambassador to (or
        # from) Uganda" (the envoy's host), "received $20 million in aid from Japan" (the giver, once
        # the roles turn), "froze funds for Hungary", "seized the rigs from Guyana" (whom it is taken from)
        if prep.dep_ == "prep" and prep.lower_ in ("on", "against") and trig.event_type in domain()["judging_types"]:
            continue  # "criticised the government's record on health": what is judged, not whom it concerns
        envoy = prep.head.lemma_.lower() in lexicon().lists["envoy_objects"]
        if prep.dep_ == "prep" and (prep.lower_ in ("with", "between", "on", "against")
                                    or prep.lower_ == "to" and (trig.event_type in domain()["funded_types"] or envoy)
                                    or prep.lower_ == "for" and trig.event_type in domain()["funded_types"]
                                    and _named_for(prep, index)
                                    or prep.lower_ == "from" and (envoy or received and held is not thing
                                                                  or trig.mode == "seize" and held is thing)
                                    or prep.lower_ in SOURCE_PREPS and held is thing and _proposal(thing)
                                    or prep.lower_ == "of" and held is thing and noun_lemma(thing) in lexicon().lists["asset_objects"]):
            # "rejected an offer from Qwest", "welcomed the decision by Uganda": who made it; "froze
            # the assets of the army chief": whose they are
            found += [p for p in prep.children if p.dep_ == "pobj"]
    return found


def _means_user(noun: Token) -> Token | None:
    """Who acts by the means a with-phrase names, when the noun names no doer of its own: the
    subject of the active verb it hangs on ('Israel responded with air strikes', 'caused a furor
    with a call on the minister'); not of a passive ('was charged with murder')."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    return subject_of(verb)


def _owners(noun: Token) -> list[Token]:
    """The names before a thing that say whose it is ('Iran's proposal', 'UK policy'), not a person's
    kin or followers ('his brother'), and the of-phrase of a seat ([seats]: 'the embassy of
    Denmark', 'the headquarters of the power company')."""
    return [c for c in noun.children if c.dep_ == "compound" or c.dep_ == "poss" and not _people(noun)] + (
        [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if noun.lemma_.lower() in lexicon().lists["seats"] else [])


def _proposal(noun: Token) -> bool:
    """A thing a party says, decides or asks ([verbal_objects], [intent_nouns]: 'an offer', 'the
    decision'), whose from- or by-phrase names who made it."""
    lemma = noun.lemma_.lower()
    return lemma in lexicon().verbal_objects or lemma in lexicon().intent


def _complement_parties(trig: Trigger) -> list[Token]:
    """Whom the act a verb of agreeing, refusing or threatening governs is aimed at, for that verb
    too: the object or with/against/on/to-phrase of its to-infinitive ('refused to cooperate with
    Canada', 'agreed to hold talks with Somalia', 'a threat to attack Israel') or who made the
    proposal it takes up ('refused to accept Egypt's demands'), one with no subject of its own."""
    acts = [c for c in trig.head.children if c.dep_ in ("xcomp", "acl") and to_infinitive(c) and c.i not in trig.anchors
            and not any(s.dep_ in SUBJ for s in c.children)]
    out = []
    for act in acts:
        held = [c for c in act.children if c.dep_ == "dobj"]
        out += [h for h in held if _named_party(h)]  # "refused to endorse Ryan", not "to address the FBI's report"
        if act.lemma_.lower() in lexicon().lists["accepting"]:  # "refused to accept Egypt's demands": Egypt's;
            out += [m for h in held if _proposal(h) for m in makers(h)]  # not "declined to address the FBI's report"
        out += [p for c in act.children if c.dep_ in ("prep", "dative") and c.lower_ in COMPLEMENT_PREPS
                and not (c.lower_ == "to" and act.lemma_.lower() in lexicon().lists["relocating"])
                for p in c.children if p.dep_ == "pobj"]  # not where a thing is taken
        out += [p for h in held for c in h.children if c.dep_ == "prep" and c.lower_ in HELD_PREPS
                for p in c.children if p.dep_ == "pobj"]  # "to hold talks with Somalia", not "to discuss the threat to America"
        out += [o for h in held for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                if measured_by(p) is not None for o in _owners(p) if o.dep_ == "poss"]  # "to cancel $2 billion of Ghana's debt"
        if trig.event_type == "THREATEN":
            out += [s for h in held for s in _holders(h)]
            # "threatened to seize platforms that Guyana has licensed": Guyana's
    things = [o for c in trig.head.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    return out + [p for o in things for c in o.children if c.dep_ == "prep" and c.lower_ in HELD_PREPS
                  for p in c.children if p.dep_ == "pobj"]  # "agreed to a truce with the RSF": whom the truce is with


def _holders(thing: Token) -> list[Token]:
    """The subjects of the clauses on a thing that say who has it ('platforms that Guyana has
    licensed', 'ships Iran operates'), the clause's own, not one its verb borrows."""
    return [s for r in thing.children if r.dep_ in ("relcl", "acl") for s in r.children if s.dep_ == "nsubj"]


def _named_party(tok: Token) -> bool:
    """A name, a pronoun or a party noun ('Kosovo', 'him', 'the government'), not a thing a name
    before it owns ('the FBI's report')."""
    lex = lexicon()
    return tok.pos_ in ("PROPN", "PRON") or noun_lemma(tok) in lex.parties or noun_lemma(tok) in lex.lists["generic_parties"]


def _trade_partners(trig: Trigger) -> list[Token]:
    """Whom a measure on trade hits: the party its trade flows go to or come from ('imposed tariffs
    on imports from China', 'curbs on chip exports to China')."""
    flows = [p for verb in (trig.head, trig.light) if verb is not None for c in verb.children
             if c.dep_ == "prep" and c.lower_ in ("on", "against") for p in c.children
             if p.dep_ == "pobj" and noun_lemma(p) in lexicon().lists["trade_flows"]]
    return [p for flow in flows for c in flow.children if c.dep_ == "prep" and c.lower_ in ("to", "from")
            for p in c.children if p.dep_ == "pobj"]


def _helped(verb: Token) -> list[Token]:
    """Whom the aid's purpose clause helps: its object ('sent food to help Malawi') or the subject
    of what it helps do ('to help Bangladesh rebuild')."""
    out = []
    for clause in verb.children:
        if clause.dep_ in ("advcl", "xcomp") and to_infinitive(clause) and clause.lemma_.lower() in lexicon().lists["helping"]:
            out += [c for c in clause.children if c.dep_ == "dobj"]
            out += [s for c in clause.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
    return out


def _fronted_appositive(verb: Token) -> Token | None:
    """The doer the parse hung as an appositive on the object of a phrase set before a verb it
    left with no subject ('On behalf of Norway, its foreign minister, Ann Lee, signed the treaty':
    'minister' made an appositive of 'Norway'): an appositive noun of such a phrase followed by
    nothing but commas before the verb. Only the event's doer: a speaker found so would carry
    the quotes after it. An act governed by another verb ('decided to back') is that verb's."""
    while verb.dep_ in ("xcomp", "conj") and verb.head != verb:
        verb = verb.head
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for tok in prep.subtree:
            if tok.dep_ == "appos" and tok.pos_ in ("NOUN", "PROPN") and tok.i > tok.head.i and all(
                    t.is_punct for t in doc[tok.right_edge.i + 1:verb.i]):
                return tok
    return None


def _author(noun: Token) -> Token | None:
    """Who speaks through the message a participle describes ('a speech criticising', 'a billboard
    accusing': the [verbal_venues] and [messages] nouns), or through a letter to someone ('wrote
    to the watchdog accusing', the [writing] verbs): the message's owner, else the subject of the
    verb that puts it out ('issued a statement condemning', the [issuing] verbs) or uses it ('opened
    the debate with a speech criticising'); not of one that judges it ('the court threw out a
    claim accusing them')."""
    lists = lexicon().lists
    messages = lists["verbal_venues"] | lists["messages"]
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.lemma_.lower() in messages:
        if owner is not None or not (noun.dep_ == "dobj" and verb.lemma_.lower() in lists["issuing"]
                                     or noun.dep_ == "pobj" and noun.head.lower_ == "with"):
            return owner  # not "caught up in lawsuits alleging fraud", "the court rejected a claim accusing"
    elif not (noun.dep_ == "pobj" and noun.head.lower_ == "to" and verb.lemma_.lower() in lists["writing"] and not any(
            c.dep_ == "dobj" and c.lemma_.lower() not in messages for c in verb.children)):
        return None  # "wrote to the regulator accusing"; not "wrote a check to a PAC supporting him"
    return subject_of(verb) if verb.pos_ == "VERB" else None


def _framing_subject(noun: Token) -> Token | None:
    """The subject of the clause that a meeting with someone frames in time ('after talks with
    Iran, the minister said', 'said Ana Lind, after a meeting with her Chilean counterpart', 'at a
    news conference following talks with Chile, Lind said': the [framing] prepositions), who
    is the other side of the meeting; none for a meeting with no with-phrase ('after the
    meeting of G7 ministers, he said')."""
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return None
    framing = lexicon().lists["framing"]
    cur, first = noun, None
    for _ in range(4):
        prep = cur.head  # "following talks with" may be parsed as a participle with its object
        if not (cur.dep_ == "pobj" and prep.dep_ == "prep" or cur.dep_ == "dobj" and prep.lower_ in framing):
            return None
        first = first or prep
        host = prep.head.head if prep.head.pos_ == "ADV" else prep.head  # "ahead of talks with": the adverb's verb
        if host.pos_ in ("VERB", "AUX"):
            framed = first.lower_ in framing or first.head.lower_ in framing
            return subject_of(host) if framed else None
        cur = host
    return None


def _name_before_object(dative: Token) -> bool:
    """A name read as a dative just before the object it names ('accused Clinton allies'), which
    only a verb of giving takes as a recipient ('gave Ukraine tanks')."""
    nxt = dative.doc[dative.i + 1] if dative.i + 1 < len(dative.doc) else None
    return dative.pos_ == "PROPN" and nxt is not None and nxt.dep_ == "dobj" and nxt.head == dative.head


def _blamed(verb: Token, index: ActorIndex) -> Token | None:
    """Who is blamed, praised or accused for doing the act, as the object of the verb whose for-
    or of-phrase names it ('France blamed Italy for refusing to take in migrants', 'accused the
    United States of refusing to lift sanctions', 'thanked Japan for sending aid'): the doer is
    that party, not the one who blames; not 'made a point of visiting'."""
    cur = verb
    while cur.dep_ in ("xcomp", "conj") and not any(c.dep_ in SUBJ for c in cur.children) and cur.head != cur:
        cur = cur.head
    if cur.dep_ != "pcomp" or any(c.dep_ in (*SUBJ, "poss") for c in cur.children):
        return None
    prep = cur.head
    if prep.dep_ != "prep" or prep.lower_ not in ("for", "of") or prep.head.pos_ != "VERB":
        return None
    return next((o for o in prep.head.children if o.dep_ == "dobj" and (
        index.resolve(o) or o.lemma_.lower() in lexicon().parties or o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or o.lower_ in ("him", "her", "them", "us"))), None)


_BREAKS = ("-", "–", "—", ";", ":")  # marks that end one clause before another begins


def _set_apart(clause: Token, verb: Token) -> bool:
    """A clause before the verb ends at a dash or semicolon ('Britain wants the budget capped -
    the Commission has urged an increase'): a clause of its own, which the parser hung on the
    verb, not what the verb asks for ('Russia must withdraw, the EU demanded')."""
    return clause.i < verb.i and any(t.text in _BREAKS for t in verb.doc[clause.right_edge.i + 1:verb.i])


def _received(trig: Trigger, index: ActorIndex) -> bool:
    """The subject takes in what the act brings: a host receiving a visitor ('Kazakhstan's
    president received the visiting premier', 'hosted the Chinese premier') or a country given
    aid ('Haiti received food aid from Canada'). PLOVER codes the visitor and the giver as the
    source; a hosted meeting or body ('hosted talks', 'a dinner party hosted by', 'hosted the
    convention') keeps its host."""
    verb = trig.head
    if verb_lemma(verb) not in lexicon().lists["receiving"]:
        return False
    if trig.event_type == "AID":
        return True
    if trig.mode != "visit":
        return False
    guests = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not guests and verb.dep_ == "acl" and verb.tag_ == "VBN":
        guests = [verb.head]  # "the premier, received by the king"
    return any(g.lemma_.lower() in lexicon().lists["visitors"] or g.pos_ == "PRON"
               or any(index.actor(k).actor_type in ("person", "country") for k in index.resolve(g)) for g in guests)


def _named_for(prep: Token, index: ActorIndex) -> bool:
    """A for-phrase that names a party itself ('funds for Hungary', 'for Republicans'), not one
    within a name ('the Alternative for Germany party') or a name's modifier ('for Germany party')."""
    return not prep.ent_type_ and not (prep.i and prep.doc[prep.i - 1].text.istitle()) and any(
        p.dep_ == "pobj" and p.i in index.key_of_token for p in prep.children)


_AIMING_PREPS = ("on", "against", "to", "with")  # whom an act is aimed at, not where it is done ("at the UN")


def _aimed_at_party(noun: Token, index: ActorIndex) -> bool:
    """The noun event names whom it is aimed at, an actor, by an on-, against-, to- or with-phrase
    ('sanctions against Venezuela', 'aid to Sudan', 'talks with Iran'): a name before it is then
    its doer; alone it may be whom it concerns ('the Iran sanctions')."""
    return any(p.dep_ == "pobj" and index.resolve(p) for c in noun.children
               if c.dep_ == "prep" and c.lower_ in _AIMING_PREPS for p in c.children)


def _counterpart(trig: Trigger, index: ActorIndex) -> bool:
    """The act's verb names someone else it is done with, as its object or in a with-phrase
    ('the ministers of Chile and Peru met farmers' representatives', 'Chile and Peru met with
    the rebels'): a plural subject is then one side, not both ('Chile and Peru signed a treaty'
    still are)."""
    verb = trig.light or trig.head
    if verb.pos_ != "VERB":
        return False
    others = [c for c in verb.children if c.dep_ == "dobj" and c != trig.head and c.i not in trig.anchors]
    others += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
               if p.dep_ == "pobj" and p.lemma_.lower() not in ("other", "another")]  # not "with each other"
    return any(index.resolve(o) or o.lemma_.lower() in lexicon().parties or o.lemma_.lower() in lexicon().lists["generic_parties"]
               or o.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for o in others)


def _misread_recipients(light: Token, head: Token) -> list[Token]:
    """'granted her asylum', 'granted Ana Ruiz asylum': the parse hangs who receives the aid a light
    verb gives on its noun, as the noun's owner 'her' or a name before it, when no dative is read;
    no one owns the asylum a state grants. Aid granted on request goes to whoever asked ('granted
    her request for asylum')."""
    if (ask := granted_ask(head)) is not None:
        return makers(ask)  # "granted Ana Ruiz's request for asylum": who asked gets it
    if head.dep_ != "dobj" or head.head != light or any(c.dep_ == "dative" for c in light.children):
        return []
    return [c for c in head.children if c.dep_ == "poss" and c.lower_ == "her"
            or c.dep_ == "compound" and c.ent_type_ == "PERSON"]


def _misread_nouns(light: Token) -> list[Token]:
    """Verbs joined to a light verb that are the second word of a noun after it, read by the parse
    as a verb with no subject or object ('imposed travel bans and asset freezes on twelve officers':
    'freezes'), whose phrases are the noun's."""
    return [v for v in light.children if v.dep_ in ("conj", "advcl") and v.tag_ == "VBZ" and v.i > 0
            and v.doc[v.i - 1].pos_ == "NOUN" and not any(c.dep_ in SUBJ + ("dobj",) for c in v.children)]


def _light_verb_parties(light: Token, head: Token, index: ActorIndex) -> tuple[list[Token | None], list[Token]]:
    """Who does and who receives the act a light verb carries: its subject does ('held talks'),
    except when the verb is passive: with someone as its subject, who then receives the act from
    the by-phrase ('was given a curfew by the court', 'were granted an amnesty'), or with the act
    itself as its subject, done by the by-phrase ('sanctions were imposed by Canada'); a dative
    receives it too ('gave Ana Lind a curfew')."""
    recipient = next((c for c in light.children if c.dep_ == "nsubjpass" and c != head), None)
    datives = [c for c in light.children if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON")]
    agents = [p for c in light.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if recipient is None and head.dep_ == "nsubjpass" and head.head == light:
        return agents, datives  # "sanctions were imposed by Canada", "the raid was carried out by Israel"
    if recipient is None:
        return [_blamed(light, index) or subject_of(light)], datives  # "thanked Morocco for agreeing to resume talks"
    return agents, [recipient, *datives]


def _state_of(tok: Token, index: ActorIndex) -> list[str]:
    """'Turkey's foreign minister', 'Israel's army', 'the US market regulator': an unnamed official
    or force stands for the country or organisation that owns it (how PLOVER codes an actor by
    its state and sector), also through an armed force it is part of ('the vanguard of Syria's
    contingent'; not 'the head of the party's rules committee', 'an army of HP workers'); its kit
    ([forces]: 'its ships', 'China's carrier') stands for its owner. A nation's people abroad are
    not its state ([nationals]: 'visited the Pakistani community in Leeds')."""
    lex = lexicon()
    party = tok.lemma_.lower() in lex.lists["generic_parties"] or tok.lemma_.lower() in lex.parties
    if not party and tok.lemma_.lower() not in lex.lists["forces"]:
        return _seat_state(tok, index)  # "intelligence services in Jordan"
    owners = [c for c in tok.children if c.dep_ == "poss"]
    bloc = tok.lemma_.lower() in lex.lists["bloc_members"]
    owners += [t for t in tok.subtree if party and t.i < tok.i and (
        t.dep_ == "compound" or t.dep_ == "nmod" and (bloc or t.head == tok) or t.dep_ == "npadvmod" and bloc
        or t.dep_ == "amod" and t.pos_ == "PROPN" and t.head == tok)]
    # "the US stock market regulator", "senior Myanmar army officers", "the G7 industrialised countries"
    # (a bloc's name the parser hangs as nmod, or as npadvmod of the adjective), "senior Sudan
    # military officers" (a name read as an adjective)
    for owner in owners:
        # a name, or 'its'/'their' read as 'it'/'they' ('Chile accused Peru. Its navy seized ...')
        for key in [index.key_of_token[owner.i]] if owner.i in index.key_of_token else index.resolve(owner) if owner.dep_ == "poss" else []:
            if index.actor(key).actor_type in ("country", "organization") or (
                    owner.dep_ == "poss" and owner.pos_ == "PRON" and tok.lemma_.lower() in lex.lists["led_bodies"]):
                return [key]  # "her government would provide": the leader who speaks of it acts
    if not party:
        return []  # other [forces] only by whose they are ("its ships detained a boat": the navy's; not "US carriers")
    for child in tok.children:  # "his Tanzanian counterpart", when the article names Tanzania
        code = _demonym(child) if child.dep_ == "amod" and tok.lemma_.lower() not in lex.lists["nationals"] else None
        if code is not None and (state := next((a.key for a in index.actors
                                                if a.actor_type == "country" and a.country_code == code), None)):
            return [state]
    # "the leaders of Chile and Peru", "the foreign minister of Turkey", "a spokesman for UKIP"
    owners = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for") for p in c.children if p.dep_ == "pobj"]
    owners += [c for p in owners for c in p.conjuncts]
    forces = lex.lists["arriving_forces"]
    keys = [index.key_of_token[p.i] if p.i in index.key_of_token
            else next(iter(_state_of(p, index)), None) if noun_lemma(p) in forces else index.topic(p)
            for p in owners]  # "the vanguard of Syria's contingent": whose force it is; "leaders of the party": the one
    # the sentence before has as its subject
    keys = [k for k in keys if k is not None] or _seat_state(tok, index)
    return [k for k in dict.fromkeys(keys) if index.actor(k).actor_type in ("country", "organization")]


def _seat_state(tok: Token, index: ActorIndex) -> list[str]:
    """'the authorities in Niger', 'officials in Beijing': a state's own organ placed in a country,
    or in a city of a country the article names, is that state; not 'troops in Mali' or 'rebels in
    Mali', who may be anyone's; 'security forces in Kenya' are its own, by the word before them."""
    organs = lexicon().lists["state_organs"]
    kind = " ".join([c.lower_ for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1] + [noun_lemma(tok)])
    if noun_lemma(tok) not in organs and kind not in organs:
        return []
    seat = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"), None)
    if seat is None:
        return []
    key = index.key_of_token.get(seat.i)
    if key is not None and index.actor(key).actor_type == "country":
        return [key]
    code = index.places[seat.i].country_code if seat.i in index.places else None
    return [a.key for a in index.actors if a.actor_type == "country" and code and a.country_code == code][:1]


def _leader(tok: Token) -> Token | None:
    """Who leads an unnamed party ('a delegation led by Norway's foreign minister', 'a coalition
    headed by Saudi Arabia': the [leading] participles with a by-phrase), or whom it is loyal to
    ('fighters loyal to General Haftar': a [leading] adjective with a to-phrase), who acts
    through it."""
    lex = lexicon()
    if noun_lemma(tok) not in lex.parties and noun_lemma(tok) not in lex.lists["generic_parties"]:
        return None
    links = [a for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lex.lists["leading"]
             for a in c.children if a.dep_ == "agent"]
    links += [a for c in tok.children if c.dep_ == "amod" and c.lower_ in lex.lists["leading"]
              for a in c.children if a.dep_ == "prep" and a.lower_ == "to"]
    return next((p for a in links for p in a.children if p.dep_ == "pobj"), None)


def _demonym(tok: Token) -> str | None:
    """The country of a demonym, read with the capitalised word before it when the two make one
    ('North Korean', not 'Korean'; 'Former Mexican' is 'Mexican')."""
    before = tok.doc[tok.i - 1] if tok.i else None
    longer = demonym_code(f"{before.text} {tok.text}") if before is not None and before.text[:1].isupper() else None
    return longer or demonym_code(tok.text)


def generic_party(trig: Trigger) -> bool:
    """'Police dispersed the protesters', 'troops shelled the town': the parties are named by
    what they are (a PLOVER sector: police, military, rebels, protesters, government), not by
    name. Such an event is kept with no actor ids; the sentence says who."""
    if trig.event_type in domain()["political_types"]:
        return False  # "officers arrived" is no visit
    generic = lexicon().lists["generic_parties"]
    verb = trig.light or trig.head
    cands = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    cands += [p for c in verb.children if c.dep_ in ("agent", "prep") for p in c.children if p.dep_ == "pobj"]
    if (subj := subject_of(verb)) is not None:
        cands.append(doer_told(subj))  # "rebels, who have threatened to storm the capital": the rebels
    if trig.head.pos_ in ("NOUN", "PROPN"):
        cands += [c for c in trig.head.children if c.dep_ == "poss"]
        cands += [owner] if (owner := claimant(trig.head)) is not None else []  # "the rebels were behind it"
        cands += [p for c in trig.head.children if c.dep_ == "prep" and c.lower_ in SOURCE_PREPS + ("against", "on", "between", "of")
                  for p in c.children if p.dep_ == "pobj"]
    cands = [c for c in cands if c not in trig.tokens]  # "used force": the force is the act, no party
    cands += crowd_members(cands)  # "thousands of protesters": the crowd is what it is made of
    # "workers marched": people as a crowd that protests; "three aid workers were kidnapped", "the
    # journalist was detained", "the detention of 12 men": people an act of force is done to (not
    # "fights with journalists", where they are a side)
    crowd = lexicon().captives if trig.event_type == "PROTEST" else frozenset()
    if trig.event_type in domain()["victim_types"] and any(
            noun_lemma(c) in lexicon().captives for c in _done_to(trig) if c not in trig.tokens):
        return True
    cands = [c for c in cands if not stance_to(c)]  # "fighting opposition to new stores"
    return any(noun_lemma(c) in generic or noun_lemma(c) in crowd
               or any(m.dep_ == "compound" and noun_lemma(m) in generic for m in c.children)  # "the rebel group"
               and noun_lemma(c) not in domain()["firm_doers"]  # not "aircraft makers", "the drone maker": firms
               or trig.event_type == "PROTEST" and (c.ent_type_ == "NORP" and c.tag_ == "NNPS" or c.lemma_.lower() in CROWD and c.tag_ == "NNS")
               for c in cands)  # "thousands of Israelis rallied", "thousands marched"


def _done_to(trig: Trigger) -> list[Token]:
    """Whom the act is done to: the verb's object or passive subject, the noun's of-phrase."""
    verb = trig.light or trig.head
    done_to = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        done_to.append(verb.head)  # "the men detained", "a leader who was murdered"
    if trig.head.pos_ in ("NOUN", "PROPN"):
        done_to += [p for c in trig.head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return done_to + crowd_members(done_to)  # "hundreds of people were arrested"


def place_of(trig: Trigger, index: ActorIndex) -> tuple[Place | None, set[int]]:
    """A place named by an in/at phrase on the trigger (or 'to' after a visit verb or a march:
    'took to the streets of Lima'), or a place compound on the noun ('the Istanbul talks')."""
    preps = PLACE_PREPS + (VISIT_PREPS if trig.mode in ("visit", "demo") else ())
    for anchor in sorted(trig.anchors):
        tok = trig.head.doc[anchor]
        for child in tok.children:
            if (trig.mode == "visit" and child.dep_ == "dobj" and child.i in index.places
                    and verb_lemma(tok) not in lexicon().lists["hosting"]):
                return index.places[child.i], _ent_tokens(child)  # "will visit Warsaw", not "hosted Zelenskyy"
            if (trig.event_type in domain()["placed_types"] and child.dep_ == "dobj" and tok == trig.head and _armed_doer(tok, index)
                    and not index.resolve(child) and (named := _named_place(child, index)) is not None
                    and named[0].country_code is not None):
                return named  # "troops shelled Kharkiv", "captured the city of Aleppo": where it was done
            if child.dep_ == "prep" and child.lower_ in preps:
                for p in child.children:
                    if p.dep_ == "pobj" and (named := _named_place(p, index)) is not None:
                        return named
            if child.dep_ in ("compound", "npadvmod") and child.i in index.places and tok.pos_ == "NOUN" and not (
                    child.i in index.key_of_token and _aimed_at_party(tok, index)):  # "US sanctions against Iran": the doer
                return index.places[child.i], _ent_tokens(child)
    # "met X in Lisbon", "an attack on a police station in Goma", "wounded in an attack by
    # militants in Kandahar", "left 12 dead in Lagos": the place is often parsed on the object,
    # on what a preposition governs, or on the state left, a few steps down
    for anchor in sorted(trig.anchors):
        frontier = [trig.head.doc[anchor]]
        for _ in range(3):
            frontier = [c for t in frontier for c in t.children if c.dep_ in ("dobj", "pobj", "prep", "agent", "oprd")
                        and not (c.dep_ == "prep" and c.lower_ not in _CARRYING_PREPS + PLACE_PREPS + ("by",))]
            for child in frontier:
                if child.dep_ == "prep" and child.lower_ in PLACE_PREPS and child.head.i != anchor:
                    for p in child.children:
                        if p.dep_ == "pobj" and (named := _named_place(p, index)) is not None:
                            return named
    return _doers_whereabouts(trig, index)


def _doers_whereabouts(trig: Trigger, index: ActorIndex) -> tuple[Place | None, set[int]]:
    """Where the subject is, when it is people placed by an in-phrase ('police in Nairobi fired
    tear gas', 'troops in Mali attacked'): they act there; not a thing ('the crisis in Iraq')."""
    subj = subject_of(trig.head) if trig.head.pos_ == "VERB" else None
    lists = lexicon().lists
    people = lists["forces"] | lists["protesters"] | lists["armed_groups"] | lexicon().parties
    if subj is None or noun_lemma(subj) not in people:
        return None, set()
    for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ == "in"):
        for p in prep.children:
            if p.dep_ == "pobj" and (named := _named_place(p, index)) is not None:
                return named
    return None, set()


def _armed_doer(verb: Token, index: ActorIndex) -> bool:
    """The subject is a party or an armed force ('rebels', 'missiles'), not a thing ('crisis
    strikes Paris')."""
    subj = subject_of(verb)
    return subject_actor(verb, index) or subj is not None and noun_lemma(subj) in lexicon().lists["forces"]


_CARRYING_PREPS = ("on", "at", "to", "into", "with", "in", "against")  # "lawsuits against the university in San Diego"


def _named_place(tok: Token, index: ActorIndex) -> tuple[Place, set[int]] | None:
    """The place a phrase names and its tokens: itself, the name a place noun introduces ('the
    Syrian city of Aleppo', 'the Qatari capital, Doha'), or else the country a demonym gives a
    [territories] noun ('a northern Iraqi town', 'several Iranian cities', 'the Iranian capital')."""
    if tok.i in index.places:
        return index.places[tok.i], _ent_tokens(tok)
    lemma = tok.lemma_.lower()
    if lemma in lexicon().places:
        names = [c for c in tok.children if c.dep_ == "appos"]
        names += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if (named := next((n for n in names if n.i in index.places), None)) is not None:
            return index.places[named.i], _ent_tokens(named)
    if lemma not in lexicon().lists["territories"]:
        return None  # "the Iranian embassy", "an Iraqi base" may stand anywhere
    for mod in tok.children:
        if mod.dep_ == "amod" and (place := demonym_place(mod.text, capital=lemma == "capital")) is not None:
            return place, {mod.i}
    return None


def _host_country(place_tokens: set[int], index: ActorIndex, sources: list[str]) -> list[str]:
    """The country a visit goes to, which PLOVER codes as its target: the place visited when it is
    itself a country actor ('visited Chile', 'arrived in Turkey'), or the state whose capital it is
    when the article names that state and it is not the visitor's ('Nepal's premier flew to
    Beijing' beside China); another city is only a place."""
    keys = {index.key_of_token[i] for i in place_tokens if i in index.key_of_token}
    hosts = sorted(k for k in keys if index.actor(k).actor_type == "country")
    if hosts or not place_tokens:
        return hosts
    code = capital_code(" ".join(index.doc[i].text for i in sorted(place_tokens)))
    if code is None or code in {index.actor(k).country_code for k in sources}:
        return []
    return _named_countries(index, {code})[:1]


def _struck_country(trig: Trigger, index: ActorIndex, sources: list[str]) -> list[str]:
    """The country whose city or region an attack is aimed at ('on Kyiv', 'against Goma',
    'rockets at northern Israel', 'shelled Kharkiv'), when the article names that country as an
    actor and it is not the attacker."""
    verbs = [trig.head] + ([trig.light] if trig.light is not None else [])
    aimed = [p for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "into")
             for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    if _armed_doer(trig.head, index):  # "troops shelled Kharkiv", not "crisis strikes Paris"
        aimed += [c for c in trig.head.children if c.dep_ == "dobj" and c.i in index.places]
    places = [index.places.get(p.i) or lookup_place(" ".join(t.text for t in p.subtree if t.pos_ == "PROPN")) for p in aimed]
    codes = {place.country_code for place in places if place is not None} - {None}
    return [k for k in _named_countries(index, codes) if k not in sources][:1]


def _capital_state(tok: Token, index: ActorIndex) -> list[str]:
    """A capital in a by-, from- or to-phrase that the actors took for a place ('recalled its
    ambassador from Lima', 'threatened with sanctions by Washington', 'sent 200 officers to
    Port-au-Prince'): the state whose capital it is, when the article names that state, as a
    capital acting or addressed is its government; not a capital struck, entered or naming a
    thing ('crisis strikes Paris', 'marched into Kabul', 'the Paris agreement')."""
    by = tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.head.lower_ in (*SOURCE_PREPS, "to")
    ent = sorted(_ent_tokens(tok))
    code = capital_code(index.doc[ent[0]:ent[-1] + 1].text) if by else None
    return _named_countries(index, {code})[:1] if code is not None else []


def _named_countries(index: ActorIndex, codes: set[str]) -> list[str]:
    """The country actors the article names with one of `codes`, in the order it names them."""
    return [a.key for a in index.actors if a.actor_type == "country" and a.country_code in codes]


def _ent_tokens(tok: Token) -> set[int]:
    doc = tok.doc
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end:
            return set(range(ent.start, ent.end))
    return {tok.i}
