"""Statements of one article: direct quotes and indirect speech, with speaker, cue and the
character span of what was said. A quote inside the content of an indirect statement ("said he
would go 'personally'") is part of that statement, not a second one."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from newsledger.extract.reference import PERSON_PRONOUNS, ActorIndex
from newsledger.extract.headlines import dateline_end
from newsledger.extract.lexicon import load
from newsledger.extract.quotes import ALL_MARKS, Quote, find_quotes
from newsledger.extract.records import ELISION, Statement
from newsledger.extract.text import PARAGRAPH_BREAK, as_before, aux_words, doc_text, evidence, sentence_at, to_infinitive
from newsledger.extract.titles import lexicon as title_lexicon

SUBJECT_DEPS = ("nsubj", "nsubjpass")
OBJECT_PRONOUNS = {"him", "her", "them", "us", "me"}
CLIMB_DEPS = ("xcomp", "conj", "advcl", "pcomp", "prep", "ccomp", "acl", "acomp")  # acomp: "is ready to hold talks"
MIN_QUOTE_WORDS = 4  # shorter unattributed quotes are scare quotes or titles
MAX_TITLE_WORDS = 6  # a longer quote in capitals is a headline someone wrote, not a name
MAX_CUE_DISTANCE = 250  # characters between a quote and the verb that introduces it
SPEAKER_ENTITIES = ("PERSON", "ORG", "GPE", "NORP")
RELATIVE_PRONOUNS = ("who", "which", "that")
OPEN_MARKS = ("whether", "if", "unless")  # clauses that leave open what they hold
SET_OFF = (",", "—", "–", "-", "--")  # marks that set a participle off from the clause before it
QUOTE_OPENERS = ('"', "“", "''", "``", "«")
ANSWERS = ("yes", "no")  # an answer said as a word ('most said yes')
WHATEVER = ("what", "whatever")  # 'say what they want': that something is said, not what
FUTURE_AUX = {"will", "shall", "'ll"}
FINITE = ("VBD", "VBZ", "VBP", "MD")  # tags of a finite verb
POSSIBLE_AUX = {"could", "may", "might"}


@dataclass(frozen=True)
class _Cues:
    verbs: dict[str, dict]
    source_phrases: dict[str, str]
    speakers: frozenset[str]  # pronouns and noun lemmas for people and bodies
    speaker_suffixes: tuple[str, ...]
    things: frozenset[str]  # nouns that end like a person noun but name a thing
    thing_suffixes: tuple[str, ...]  # endings of such nouns ('unemployment')
    documents: frozenset[str]  # noun lemmas for texts and counts that state findings
    counts: frozenset[str]  # documents that are counts: no finding of their own ('figures show')
    object_preps: frozenset[str]  # prepositions completing an object content ('accused X of Y')
    thing_preps: frozenset[str]  # prepositions completing an object that is a thing ('a concert in support of X')
    approximators: frozenset[str]  # words before a number the parser may read as a preposition ('around eight')
    acted_on: frozenset[str]  # objects that make a stance verb a physical act ('defend the title')
    errands: frozenset[str]  # verbs of going and coming, no aim of note ('planned to leave')
    done_to: frozenset[str]  # aims done to their subject, no view ('wants to be named', 'seeks to be reimbursed')
    duties: frozenset[str]  # words of what must be done by rule ('obliged to report')
    movers: frozenset[str]  # verbs whose object does their to-infinitive ('prompted analysts to say')
    labels: frozenset[str]  # words that head a line as a label, not a speaker ('Video:')
    issuing: frozenset[str]  # verbs of putting out a document ('issued a statement saying')
    findings: frozenset[str]  # documents that report what they found ('in a new poll, ...')
    forms: dict[str, str]  # word forms the model lemmatises wrongly ('hoping' -> 'hop')
    sayings: frozenset[str]  # objects that make an `object_content = "sayings"` cue speech ('offered his view')
    stated_nouns: frozenset[str]  # nouns whose that-clause is said or held ('the claim that')
    vowed_nouns: frozenset[str]  # nouns whose to-infinitive is demanded or vowed ('his call to ban')
    topic_nouns: frozenset[str]  # nouns of saying whose phrase is what was said about ('his criticism of')
    topic_preps: frozenset[str]  # prepositions of that phrase
    voiced_topics: frozenset[str]  # views that are sayings only when voiced ('raised concerns about')
    stated_adjectives: frozenset[str]  # adjectives whose clause is a view held ('confident that')
    voicing: frozenset[str]  # verbs whose subject holds the claim they take ('made the claim that')
    received: frozenset[str]  # verbs whose subject a saying from someone is about ('drew criticism from')
    aimed: frozenset[str]  # sayings about whom they are aimed at ('criticism', not 'a demand')
    forceful: frozenset[str]  # topic nouns that are also acts of force ('an attack on the base')
    occasion_preps: frozenset[str]  # prepositions of where a saying was made ('at a rally')
    occasions: frozenset[str]  # nouns of occasions and media of saying ('interview', 'Twitter')
    said_in: frozenset[str]  # media of saying that end a reported clause as its occasion ('in a statement')
    said_in_preps: frozenset[str]  # prepositions of such a medium ('in', 'during')
    quantifiers: frozenset[str]  # words counting people before an 'of' ('a number of economists')
    acting_adjectives: frozenset[str]  # adjectives whose to-clause their subject does ('is ready to sign')
    term_marks: frozenset[str]  # words before a quoted term that name it as one ('so-called', 'dubbed')
    moment_preps: frozenset[str]  # prepositions whose gerund is an experience ('after learning that')
    knowing: frozenset[str]  # cues of coming to know that such a gerund is ('learn', 'hear')
    joined_states: frozenset[str]  # states of mind joined to a reported clause that go on with it ('and wanted')
    unsaid: frozenset[str]  # what an 'according to' follows that nobody says ('the laws of physics')
    hearsay: frozenset[str]  # adverbs that hand their clause to an unnamed source ('reportedly')
    views: frozenset[str]  # nouns of a view that source a clause after 'in' ('in her view')
    contrasts: frozenset[str]  # words opening a clause set against what a cue before reported ('though')
    turns: tuple[tuple[str, ...], ...]  # set phrases with a saying word that report nothing ('that said')
    manner: frozenset[str]  # adjectives of how a person spoke before a colon ('was blunt: "..."')
    said_phrase_preps: frozenset[str]  # prepositions of where, when and to whom a set-in cue said it ('to MPs')


@cache
def cues() -> _Cues:
    lex = load("cues")
    titles = title_lexicon()
    v = lex["voices"]
    speakers = frozenset(v["pronouns"] + v["nouns"]) | titles.heads | frozenset(titles.collectives)
    return _Cues(lex["verbs"], lex["source_phrases"], speakers, tuple(v["suffixes"]), frozenset(v["things"]),
                 tuple(v["thing_suffixes"]),
                 frozenset(v["documents"]), frozenset(v["counts"]), frozenset(lex["objects"]["prepositions"]),
                 frozenset(lex["objects"]["thing_prepositions"]), frozenset(lex["objects"]["approximators"]),
                 frozenset(lex["objects"]["acted_on"]), frozenset(lex["aims"]["errands"]), frozenset(lex["aims"]["done_to"]),
                 frozenset(lex["duties"]["words"]), frozenset(lex["movers"]["verbs"]),
                 frozenset(v["labels"]), frozenset(v["issuing"]), frozenset(v["findings"]), lex["forms"],
                 frozenset(lex["sayings"]["nouns"]),
                 frozenset(lex["stated"]["nouns"]), frozenset(lex["stated"]["infinitive_nouns"]),
                 frozenset(lex["stated"]["topic_nouns"]), frozenset(lex["stated"]["topic_prepositions"]),
                 frozenset(lex["stated"]["voiced_topic_nouns"]),
                 frozenset(lex["stated"]["adjectives"]),
                 frozenset(lex["stated"]["voicing"]), frozenset(lex["stated"]["received"]),
                 frozenset(lex["stated"]["aimed"]),
                 frozenset(lex["stated"]["forceful"]),
                 frozenset(lex["occasions"]["prepositions"]), frozenset(lex["occasions"]["nouns"]),
                 frozenset(lex["occasions"]["said_in"]), frozenset(lex["occasions"]["said_in_prepositions"]),
                 frozenset(v["quantifiers"]), frozenset(lex["acting_adjectives"]["words"]),
                 frozenset(lex["terms"]["marks"]), frozenset(lex["moments"]["prepositions"]),
                 frozenset(lex["moments"]["verbs"]), frozenset(lex["joined_states"]["verbs"]),
                 frozenset(lex["unsaid"]["words"]), frozenset(lex["hearsay"]["adverbs"]),
                 frozenset(lex["views"]["nouns"]), frozenset(lex["contrasts"]["words"]),
                 tuple(tuple(p.split()) for p in lex["turns"]["phrases"]), frozenset(lex["manner"]["words"]),
                 frozenset(lex["occasions"]["prepositions"] + lex["occasions"]["said_phrase_prepositions"]))


@dataclass
class _Frame:
    """A reporting verb and what it governs."""

    cue: Token
    cue_text: str
    speaker: Token | None
    content: tuple[int, int] | None  # char span of the reported content
    speaker_words: str | None = None  # the speaker as written, when not the speaker token's phrase
    weak: bool = False  # a belief or stance: frames only the quote its content covers
    addressed: bool = False  # the speaker token was spoken to ('when asked about ...'): says the answer only
    aim: bool = False  # the content is what the speaker is to do ('agreed [to spend]'), not a clause
    gap: tuple[int, int] | None = None  # a source phrase set into the content, left out of its text
    yields: bool = False  # a source phrase that gives way to any cue in what it frames ('reportedly refused')


def _turn(tok: Token) -> bool:
    """'That said, the graphics are good', 'Having said that, ...': a saying word in a set phrase
    ([turns] of cues.toml) before a comma, which turns the sentence; nobody says anything."""
    doc = tok.doc
    for words in cues().turns:
        for k in (k for k, w in enumerate(words) if w == tok.lower_):
            start, end = tok.i - k, tok.i - k + len(words)
            if start >= 0 and end < len(doc) and doc[end].text == "," and tuple(
                    t.lower_ for t in doc[start:end]) == words:
                return True
    return False


def _cue_entry(tok: Token) -> tuple[dict, Token | None] | None:
    """The cue entry of a verb and the particle, preposition or adjective of a two-word cue
    ('called for', 'pointed out', 'made (it) clear'), or the preposition of a three-word one
    ('lashed out at'), after an object only for a question ('asked the mayor about'); a longer cue
    wins over a shorter one and its verb alone, and a phrasal verb that is no
    two-word cue means something else ('back up', 'write off'); a past participle before a noun
    describes it ('the proposed overhaul', 'an estimated 90%'); a tag's name in markup left in
    the text is no verb ('<tweet author="...">')."""
    if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "NOUN" and tok.tag_ == "VBG") or (
            tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.i < tok.head.i) or (
            tok.i > 0 and tok.doc[tok.i - 1].text in ("<", "</")) or _in_compound(tok):
        return None
    verbs = cues().verbs
    lemma = cues().forms.get(tok.lower_, tok.lemma_.lower())
    asks = bool(verbs.get(lemma, {}).get("asks"))  # 'asked the mayor [about] the vote', 'asked the court [for] help'
    for particle in (c for c in tok.children if c.dep_ == "prt"):  # 'lashed out [at] the court'
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.i > particle.i):
            if (entry := verbs.get(f"{lemma} {particle.lower_} {prep.lower_}")) is not None:
                return entry, prep
    for child in [*tok.children, *_clause_marks(tok)]:
        entry = verbs.get(f"{lemma} {child.lower_}")
        joined = child.dep_ in ("prep", "prt", "advmod", "mark") or (
            child.pos_ == "ADJ" and child.dep_ in ("ccomp", "oprd", "acomp")) or (  # 'made [clear]'
            entry is not None and entry.get("idiom") and _idiom(tok, child))  # 'as she put [it]'
        if entry is not None and joined and child.i > tok.i and (asks or entry.get("after_object") or not any(
                c.dep_ == "dobj" and c.i < child.i for c in tok.children)):  # not 'called her [on Sunday]'
            return entry, child
    entry = verbs.get(lemma)
    if entry is None or any(c.dep_ == "prt" for c in tok.children):
        return None
    return entry, None


_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "compound", "nmod", "appos", "poss"})


def _in_compound(tok: Token) -> bool:
    """'chat show host Jo Bry', 'quiz show presenter': a cue word the parse made a verb, standing
    as a noun's part inside a noun compound (a noun's dependent between nouns), is no cue. Not a
    gerund, which may head a subject ('saying no is hard'), a noun of saying with its clause
    ('newspaper reports that the party repaid the loan'), nor a cue opening its sentence before
    its speaker ('Said Ann Lee: "..."')."""
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return tok.pos_ == "VERB" and tok.tag_ not in ("VBG", "VBN") and tok.dep_ in _NOUN_DEPS and tok.i != tok.sent.start and not any(
        c.dep_ == "ccomp" for c in tok.children) and (
        tok.dep_ == "compound" or before is not None and before.dep_ == "compound" and before.head == tok
        or after is not None and after.tag_ in ("NN", "NNS") and after.dep_ in ("compound", "nmod") and after.head == tok)


def _cue_parsed_as_noun(tok: Token, quotes: list[Quote]) -> Span | None:
    """'“We will win,” the 23-year-old wrote', '“It hurts,” the Ugandan admits': a cue word the
    parse took for a noun, closing its clause right after a description of a speaker ('the' and
    a few words) that follows a quote; that description (its last word the speaker). None for
    any other token."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or tok.i < 2:
        return None
    entry = cues().verbs.get(cues().forms.get(tok.lower_, tok.lemma_.lower()))
    if entry is None or entry.get("weak") or tok.i + 1 < len(doc) and not (
            doc[tok.i + 1].is_punct or doc[tok.i + 1].pos_ == "ADP"):
        return None
    start = tok.i - 1
    while start > 0 and tok.i - start <= 6 and (doc[start].pos_ in ("ADJ", "NOUN", "PROPN", "NUM")
                                                 or doc[start].tag_ == "HYPH"):
        start -= 1
    if start == tok.i - 1 or doc[start].lower_ != "the":
        return None
    text = doc_text(doc)
    if not any(q.end <= doc[start].idx and not text[q.end:doc[start].idx].strip() for q in quotes):
        return None
    return doc[start:tok.i]


def _describing_participle(verb: Token, index: ActorIndex) -> bool:
    """'most of the taxes claimed are linked to exports', 'the sum demanded was too high', 'new
    films added to the line-up include three dramas': a participle describing the thing named
    before it, which the parse took for the verb with the sentence's verb as its clause; that
    clause has no subject of its own (a speaker before it with the relative pronoun left out
    says it: 'a probe the agency said was ongoing'). Between the two may stand only the
    participle's own phrases ('added [to the line-up]', 'promised [to the villagers]')."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    return (verb.tag_ in ("VBD", "VBN") and verb.dep_ != "relcl" and subject is not None
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and counted(subject).pos_ == "NOUN" and counted(subject).i == verb.i - 1
            and not holds_statement(counted(subject), index, "speaker")
            and clause is not None and _only_phrases_between(verb, clause)
            and clause.left_edge.pos_ in ("AUX", "VERB", "ADV", "PART")
            and not any(c.dep_ in (*SUBJECT_DEPS, "expl", "csubj") for c in clause.children))


def _only_phrases_between(verb: Token, clause: Token) -> bool:
    """Whether the words between a verb and its clause are only its prepositional or adverbial
    phrases ('added [to the list] include'), not an object or a mark of what it reports."""
    return all(any(a.head == verb and a.dep_ in ("prep", "dative", "advmod", "npadvmod")
                   for a in (t, *t.ancestors))
               for t in verb.doc[verb.i + 1:clause.left_edge.i])


def _idiom(verb: Token, obj: Token) -> bool:
    """'as Ann Lee put it', 'she put it bluntly in a memo': the object and the verb say how
    something was said when nothing else completes the verb but where it was said (not 'put it
    on the table', 'put it to a vote') and the verb is no writer's aside ('to put it mildly')."""
    return obj.dep_ == "dobj" and not to_infinitive(verb) and not any(
        c.dep_ in ("prt", "dative", "oprd", "xcomp", "acomp") or c.dep_ == "prep" and not any(
            _occasion(o) or o.lemma_.lower() in cues().documents for o in c.children if o.dep_ == "pobj")
        for c in verb.children)


def _clause_marks(verb: Token) -> list[Token]:
    """The 'for' opening an infinitive clause with its own subject right after a verb, which the
    parse makes the clause's mark ('called [for] the board to resign', 'pushed [for] the council
    to act'): the preposition of a two-word cue whose content is the clause."""
    return [m for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and to_infinitive(c)
            for m in c.children if m.dep_ == "mark" and m.lower_ == "for" and m.i == c.left_edge.i]


def subject_of(tok: Token) -> Token | None:
    """The subject of a verb, climbing through xcomp/conj/pcomp chains ('responded by saying',
    'is expected to attend', 'emphasized ... and said'); a speaker's next act parsed into what
    they said takes the speaker ('said X, and urged Y'). A dateline or a time parsed as a second
    subject is cut off from the verb by a dash, colon or line break ('BUENA PARK — Ann Lee said',
    '6:50 p.m.: Ann Lee says'); a lone subject across a blank line is a headline's, run into the
    story by the parse: a proper noun right before the verb is its subject, if any. Who a paper
    quotes as saying something said it; whom a verb moves to speak does ('prompted analysts to
    forecast': `_moved`)."""
    stranded = next((n for n in tok.doc[tok.sent.start:tok.i] if _stranded_verb(n) == tok), None)
    if stranded is not None:
        return stranded  # 'Police claimed he fled but [his lawyer] told the court ...': the lawyer told it
    if _speakers_act(tok):
        return subject_of(_joined_clause(tok).head)  # "said X, and urged Y": the speaker urged
    seen = 0
    cur = tok
    while seen < 6:
        if cur.dep_ == "pcomp" and cur.head.lower_ == "as" and cur.head.head.lemma_.lower() in ("quote", "cite"):
            quoted = next((c for c in cur.head.head.children if c.dep_ == "dobj"), None)
            if quoted is not None:
                return quoted  # "the paper quoted Ann Lee as saying": Ann Lee said it
        subjects = [c for c in cur.children if c.dep_ in SUBJECT_DEPS and c != _fronted_subject(cur)]
        subjects = [c for c in subjects if not _hyphened(c) and not _in_compound(c)] or subjects
        if subjects:
            subject = next((c for c in subjects if not _cut_off(c, cur)), None) or next(
                (c for c in reversed(subjects) if not _other_paragraph(c, cur)), None)
            if subject is None:
                return _name_before(cur)  # a headline run into the story: its subject is not the verb's
            if cur is not tok and (reporting := _reporters_aside(tok, subject)) is not None:
                return subject_of(reporting)  # 'said a win would have helped him, adding that': the speaker adds
            return subject
        agent = next((c for c in cur.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if cur.dep_ == "relcl" or (cur.dep_ == "acl" and cur.tag_ != "VBN"):
            return _described(cur.head)
        if cur.dep_ not in CLIMB_DEPS or cur.head == cur:
            return None
        if cur is tok and (moved := _moved(cur)) is not None:
            return moved  # 'prompted analysts to raise questions': the analysts raise them
        if cur.dep_ == "acomp" and cur.lemma_.lower() not in cues().acting_adjectives:
            return None  # "it is too early to comment", "is too used to cowering": no one acts
        cur = cur.head
        seen += 1
    return None


def _stranded_verb(noun: Token) -> Token | None:
    """The verb whose subject a noun for people after 'but' or 'and' is, when the parse joined the
    noun to the clause before and the verb to the sentence's verb ('Police claimed he had fled but [his
    lawyer, Ivo Penn,] told the court ...'): the verb right after the noun's phrase, with no subject
    of its own; else None (not a list's last noun before the next verb of a series: 'rooted for the
    Eagles and the Cavaliers, campaigned for ...')."""
    doc = noun.doc
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or not _names_person(noun) or (
            noun.left_edge.i == 0 or doc[noun.left_edge.i - 1].pos_ != "CCONJ"):
        return None
    nxt = noun.right_edge.i + 1
    named = any(c.dep_ == "appos" for c in noun.children)  # a comma closes only an apposition: 'his lawyer, Ivo Penn,'
    while nxt < len(doc) and (doc[nxt].text == "," and named or doc[nxt].dep_ in ("aux", "neg", "advmod")):
        nxt += 1
    verb = doc[nxt] if nxt < len(doc) else None
    if verb is None or verb.pos_ != "VERB" or verb.dep_ != "conj" or verb.head.i > noun.i or any(
            c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    return verb


def _fronted_subject(verb: Token) -> Token | None:
    """'The levy, Ana Ruiz told MPs, would raise £2bn': a cue set into the clause it reports that
    the parse made the sentence's verb, with two subjects before it, the first set off by a comma,
    and after it, past a comma, a clause with none: the first is that clause's subject, not a
    speaker (not a list of speakers, '40% of voters, 28% of ... say that ...', nor a quote's
    word, '"That," he said, "is ..."')."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and not _has_subject(c)), None)
    if len(subjects) < 2 or clause is None or verb.doc[clause.left_edge.i - 1].text != "," or _cut_off(subjects[0], verb):
        return None
    set_off = any(t.text == "," for t in verb.doc[subjects[0].i + 1:subjects[-1].left_edge.i])
    return subjects[0] if set_off and _cue_entry(verb) is not None else None


def _reporters_aside(tok: Token, subject: Token) -> Token | None:
    """The cue whose speaker a participle of saying parsed into the clause they report belongs
    to: the clause's subject is a thing ('Ann Lee said a win by her rival would have helped him,
    adding that ...': a thing adds nothing), or the participle is a spoken aside (`_spoken_aside`)."""
    reporting = _reporting_verb(tok.head) if tok.dep_ == "advcl" and tok.tag_ == "VBG" else None
    if reporting is None or subject.pos_ == "NOUN" and not _names_people(subject):
        return reporting
    return reporting if _spoken_aside(tok, reporting) else None


def _spoken_aside(tok: Token, reporting: Token) -> bool:
    """A comma or dash sets off a participle of speech after the clause a person reports ('Lee
    said her aide would do the same, saying ...'): the reporter's next act. A stance ('said the
    mayor quit, citing ill health'), a command ('argued that the chief cooked the books, ordering
    staff to ...'), a clause of a cue of its own ('Lee added, saying'), a cue after the clause
    ('Lee welcomed it, saying ..., the paper reported') and the report of a deed ('the paper
    reported that Lee shunned him, claiming ...') leave the participle to the clause's subject."""
    entry, reported = _cue_entry(tok), _cue_entry(reporting)
    if entry is None or reported is None or reported[0].get("deeds") or entry[0].get("weak") or (
            entry[0].get("request_content") and not entry[0].get("addressee")):
        return False
    if tok.i == 0 or tok.doc[tok.i - 1].text not in SET_OFF or reporting.i > tok.head.i or _cue_entry(tok.head):
        return False
    if "\n" in doc_text(tok.doc)[reporting.idx:tok.idx]:
        return False  # a cue of the paragraph before, run into this one by the parse
    reporter = subject_of(reporting)
    return reporter is not None and _names_person(reporter)


def _names_person(tok: Token) -> bool:
    """A name, a third person's pronoun or a word for people: who may report what another said
    ('I' and 'we' are mostly a speaker's own words quoted)."""
    if tok.pos_ == "PRON":
        return tok.lower_ in ("he", "she", "they")
    return tok.pos_ == "PROPN" or _names_people(tok)


def _reporting_verb(clause: Token) -> Token | None:
    """The cue whose report holds a clause: its complement, a verb joined to that ('said she had
    been an advocate and would do the same'), or the clause of the noun it takes ('dismissed
    claims that the firm is at fault')."""
    cur = clause
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head
    if cur.dep_ == "acl" and cur.head.dep_ == "dobj":
        cur = cur.head
    if cur.dep_ in ("ccomp", "dobj") and _cue_entry(cur.head) is not None:
        return cur.head
    return None


def _described(noun: Token) -> Token:
    """Who a noun doing a clause's act stands for: the copula's subject when the noun is what it
    is called ('Disney is the latest studio to announce', 'she was the first to say'), else the
    noun."""
    if noun.dep_ == "attr":
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), noun)
    return noun


def _called_by_copula(speaker: Token | None, cue: Token, index: ActorIndex) -> Token | None:
    """'Ann Lee is a lawyer who said ...', 'he is a liar, a bully and a cheat who has vowed ...':
    the subject of a cue's relative clause stands for a noun, or a list ending in it, that a
    copula calls its own subject, a name or a pronoun for a person; the copula's subject speaks.
    None when the noun is itself one who can be named ('the latest is Ann Lee, who said'), or the
    copula's subject is no one ('it was the mayor who', 'one is a soldier who', 'there are those
    who')."""
    if speaker is None or speaker.lower_ not in RELATIVE_PRONOUNS or speaker.head != cue or cue.dep_ != "relcl" or (
            index.resolve(cue.head)):
        return None
    named = cue.head
    while named.dep_ in ("conj", "appos") and named.head != named:
        named = named.head
    if named.dep_ != "attr":
        return None
    copula = named.head
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is None and copula.dep_ == "conj":  # 'insults rivals and is a liar who': the subject they share
        subject = next((c for c in copula.head.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in PERSON_PRONOUNS) else None


def _moved(verb: Token) -> Token | None:
    """The object of a verb that moves someone to do its to-infinitive ('prompted [analysts] to
    forecast', 'led [some] to argue'): the one who does it, not the verb's subject; a verb of
    purpose keeps its subject ('used the speech to call for', 'crossed party lines to vote')."""
    head = verb.head
    if verb.dep_ != "xcomp" or not to_infinitive(verb) or head.lemma_.lower() not in cues().movers:
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _hyphened(tok: Token) -> bool:
    """A word or a hyphen inside a hyphened word, which the parse may split off as a subject of
    its own ('co-chairman Ana Lind attacked': 'co' and '-' beside 'Lind')."""
    doc = tok.doc
    if tok.text == "-":
        return tok.i > 0 and not doc[tok.i - 1].whitespace_ and not tok.whitespace_
    return tok.i + 1 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text == "-" and not doc[tok.i + 1].whitespace_


def _cut_off(subject: Token, verb: Token) -> bool:
    """Whether a dash, colon, line break or closing quote mark stands between a subject and the
    verb it precedes ('“Or Ferguson,” Trump said': the first is inside the quote)."""
    between = doc_text(verb.doc)[subject.idx + len(subject):verb.idx]
    return any(mark in between for mark in ("—", "–", "--", ":", "\n", "”", '"', "''"))


def _other_paragraph(subject: Token, verb: Token) -> bool:
    """Whether a blank line stands between a subject and its verb ('Water firm Suez in row
    [blank line] A conflict ... is casting doubt': the parse ran the headline into the story); a
    single line break may wrap a sentence."""
    return PARAGRAPH_BREAK.search(doc_text(verb.doc), subject.idx + len(subject), verb.idx) is not None


def _name_before(verb: Token) -> Token | None:
    """The proper noun right before a verb and its auxiliaries, in its paragraph ('[blank line]
    Oil giant BP has announced': BP), not one a preposition governs ('Shops all over the UK
    reported', 'a shareholder in MCI has')."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    at = min([verb.i, *(c.i for c in aux)]) - 1
    name = verb.doc[at] if at >= 0 else None
    if name is None or name.pos_ != "PROPN" or _other_paragraph(name, verb):
        return None
    head = name
    while head.dep_ in ("compound", "flat") and head.head.i > head.i:
        head = head.head
    return None if head.dep_ == "pobj" else name


def _span_chars(tokens: list[Token]) -> tuple[int, int]:
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop outer spaces, punctuation and quote marks from a content span, and the dateline a
    paragraph opens with ('LAGOS, Nigeria -- Troops took the town, the army said'); a word the
    parse split at its hyphen is kept whole ('said [e-mails] should be kept')."""
    strip = " \t\n,.;:—–-" + ALL_MARKS
    while start < end and text[start] in strip:
        start += 1
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalnum():  # 'e-mails' the parse split: whole
        start = max(text.rfind(c, 0, start) for c in " \t\n") + 1
    dateline = dateline_end(text, start) if start == 0 or text[start - 1] == "\n" else None
    if dateline is not None and dateline <= end:
        start = dateline
    while end > start and text[end - 1] in strip:
        end -= 1
    # keep a closing period/mark only when it belongs to an abbreviation ("U.S.")
    return start, end


def _content(cue: Token, entry: dict, word: Token | None, paragraph: tuple[int, int],
             speaker: Token | None = None) -> tuple[int, int] | None:
    """The char span of what a cue reports: the words of its clauses in the cue's paragraph. An
    `object_content = "documents"` cue takes an object only from a document ('the poll showed [a
    lead]', but 'the striker showed great composure'); an `object_content = "sayings"` cue only a
    saying or a view ('offered [his assessment of the race]', but 'offered 20p a share'). In the
    passive, what the agent acts on is the subject ('[the plan] was rejected by voters') or a
    saying the participle describes (see `_said_described`)."""
    comps = (_named(cue, entry["naming_content"]) if entry.get("naming_content")
             else [c for c in cue.children if c.dep_ == "ccomp" and c != word
                   and entry.get("object_content") != "sayings"])  # 'offers [us] what we want': no clause said
    comps = _past_quote(cue, comps) or ([] if entry.get("naming_content") else _reported_passive(cue))
    if comps and all(c.i < cue.i for c in comps) and _asks_after(cue, entry):
        comps = []  # 'but - after the court ruled - he urged voters to obey it': the clause before is an aside
    if word is not None and word.pos_ == "ADJ":  # 'made (it) clear [that ...]': the clause may hang on the adjective
        comps += [c for c in word.children if c.dep_ in ("ccomp", "advcl") and c.i > word.i]
    if entry.get("asks"):  # 'asked the mayor [if she would run]': a question parsed as a clause of condition
        comps += [c for c in cue.children if c.dep_ == "advcl" and c.i > cue.i and _open(c)]
    if not comps and word is not None and word.dep_ == "mark":  # 'called for [the board to resign]'
        comps = [word.head]
    elif not comps and word is not None and word.dep_ == "prep":
        comps = _with_complements(cue, [c for c in word.children if c.dep_ in ("pobj", "pcomp")])
    elif not comps and entry.get("object_content") and not _inverted(cue) and (
            entry["object_content"] != "documents" or speaker is not None and (
            speaker.lemma_.lower() in cues().documents)):  # not 'the war, [which] they opposed'
        comps = _with_complements(cue, [c for c in cue.children if c.i > cue.i and (
            c.dep_ == "dobj" and not _acted_on(c)
            and (entry["object_content"] != "sayings" or c.lemma_.lower() in cues().sayings)
            or c.dep_ == "intj" and c.lower_ in ANSWERS  # 'most said [yes]'
            or c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG"
            and c.left_edge.i == c.i)])  # 'proposed [closing the pier]'
        if comps and all(reflexive(c) and not c.conjuncts for c in comps):
            comps = []  # 'they defended themselves', but 'defended himself against the charges'
        if any(_quoted_as(t) for t in [*cue.children, *(t for c in comps for t in c.subtree)]):
            return None  # 'hailed the plan as "a great day"': the quote is what was said, in the speaker's words
        if not comps and any(c.dep_ == "agent" for c in cue.children) and entry.get("passive_object", True):
            if cue.dep_ == "acl" and cue.tag_ == "VBN" and cue.head.i < cue.i:
                return _said_described(cue)
            comps = [c for c in cue.children if c.dep_ == "nsubjpass" and c.lower_ not in RELATIVE_PRONOUNS]
    if not comps and (entry.get("infinitive_content") or entry.get("request_content")):
        comps = [c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i
                 and to_infinitive(c)
                 and not (entry.get("weak") and _errand(c))]
        if entry.get("request_content"):  # 'asked [them to leave]', not 'asked to leave'
            objects = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
            comps = objects + comps if objects and comps and objects[0].i < comps[0].i else []
    if not comps and not entry.get("weak"):
        comps = _hung_clause(cue, word)
    if not comps or entry.get("weak") and not entry.get("asks") and any(_open(c) for c in comps):
        return None
    comps += _further_that_clauses(cue, comps)
    tokens = [t for c in comps for t in c.subtree]
    tokens += [t for c in comps for t in _hung_subject(cue, c)]
    if (fronted := _fronted_subject(cue)) is not None:
        tokens += list(fronted.subtree)  # '[The levy], Ruiz told MPs, [would raise £2bn]'
    if to_infinitive(cue) and _whatever(min(tokens, key=lambda t: t.i)):
        return None
    # "claimed he had spoken ... and that both sides were ...": later conjoined clauses
    for c in comps:
        for conj in c.conjuncts:
            if conj.i > c.i:
                tokens.extend(conj.subtree)
    for clause in _quoted_conjuncts(cue, comps):
        tokens.extend(clause.subtree)
    tokens = [t for t in tokens if not (t.dep_ == "mark" and t.head in comps and t.i == min(x.i for x in tokens)
                                        and t.lower_ not in OPEN_MARKS)]  # 'asked [whether he would go]': a question, no claim
    for noun in [t for t in tokens if _stranded_verb(t) is not None]:  # '[he fled] but his lawyer told': the lawyer's
        cut = {noun.left_edge.i - 1, *(t.i for t in noun.subtree)}
        tokens = [t for t in tokens if t.i not in cut]
    tokens = _without_second_predicates(comps, _without_speakers_acts(comps, tokens))
    tokens = _without_saying_day(cue, comps, tokens)
    tokens = _drop_trailing_asides(_in_paragraph(cue, tokens, paragraph))
    if not any(c.pos_ in ("VERB", "AUX") for c in comps):  # a clause may say where: 'said it won at home'
        tokens = _without_occasion(cue, entry, tokens)
    else:
        tokens = _without_saying_medium(comps, tokens)
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and tokens[-1].dep_ == "cc":
        tokens = tokens[:-1]  # 'placed second, and': a conjunction whose conjunct went elsewhere
    if not tokens:
        return None
    start, end = _span_chars(tokens)
    return _trim(doc_text(cue.doc), start, end)


def _quoted_as(tok: Token) -> bool:
    """An as-phrase whose object opens with a quote ('as "a potentially great day"'): the speaker's
    own words for what the cue's object is."""
    return tok.dep_ == "prep" and tok.lower_ == "as" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].is_quote


def _asks_after(cue: Token, entry: dict) -> bool:
    """Whether a cue of a request or a vow has its own to-infinitive right after it or after its
    object ('urged [voters to obey]', 'vowed [to stay]'): what it reports, not a clause the parse
    hung on it before; an infinitive set off by a comma or after a phrase of where it was said is
    no request ('“...,” he told the show, to be aired on Sunday', 'said in a speech to be
    broadcast')."""
    doc = cue.doc
    return any(c.dep_ == "xcomp" and c.i > cue.i and to_infinitive(c) and not any(
        t.is_punct for t in doc[cue.i + 1:c.left_edge.i]) and (
        entry.get("request_content") or entry.get("infinitive_content") or entry.get("object_content") is True
        and any(o.dep_ == "dobj" and cue.i < o.i < c.i for o in cue.children)) for c in cue.children)


def _said_described(cue: Token) -> tuple[int, int] | None:
    """'[concerns] voiced by the union', '[a call] echoed by Japan', '[a professor] accused by the
    state of plotting': the noun a participle with an agent describes is said when it is a saying,
    or when the participle says what of it or as what ('of plotting', 'described as unfair'); any
    other noun only has someone behind it ('the cuts proposed by the minister', 'a plan backed
    by the union', 'the figure announced by the bank'): nothing said."""
    noun = cue.head
    lex = cues()
    if noun.lemma_.lower() not in lex.stated_nouns | lex.topic_nouns | lex.voiced_topics and not any(
            c.dep_ == "prep" and c.lower_ in ("of", "as") for c in cue.children):
        return None
    lo = noun.left_edge.i
    span = cue.doc[lo:noun.i + 1] if lo < noun.i or noun.pos_ != "PRON" else None
    return _trim(doc_text(cue.doc), span.start_char, span.end_char) if span else None


def _reported_passive(cue: Token) -> list[Token]:
    """'[Andina Oil] is reported by Reuters [to have won the bid]', '[the rebels] are believed by
    officials [to hold the town]': a passive cue with an agent and a to-infinitive reports its
    subject doing the infinitive (a naming cue's infinitive is a purpose: 'the vote was called by
    the party to force a change', see `_content`)."""
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass" and c.lower_ not in RELATIVE_PRONOUNS), None)
    clause = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i and to_infinitive(c)), None)
    if subject is None or clause is None or not any(c.dep_ == "agent" for c in cue.children):
        return []
    return [subject, clause]


def _agent_gap(cue: Token, agent: Token | None, content: tuple[int, int] | None) -> tuple[int, int] | None:
    """The passive cue and its agent set into what they report ('Andina Oil [is reported by
    Reuters] to have won'), left out of the statement's text."""
    if agent is None or content is None or not content[0] < cue.idx < content[1]:
        return None
    lead = [c for c in cue.children if c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.i < cue.i]
    return _span_chars([*lead, cue, *agent.subtree])


def _hung_clause(cue: Token, word: Token | None) -> list[Token]:
    """A that-clause the parse hung on a noun in a phrase of where or when after a cue that has
    no content otherwise ('said in a statement [that the race was over]', 'said during a news
    conference [that he may wait]', 'said in one of a series of messages [that ...]'): the cue's.
    Not the clause of a noun of what is said, held or reported ('said in response to reports
    that ...'), unless the noun is an occasion of saying ('in a statement that')."""
    lex = cues()
    for child in cue.children:
        if child.i < cue.i or child == word or child.dep_ != "prep" or child.lower_ not in lex.occasion_preps:
            continue
        for clause in child.subtree:
            noun = clause.head.lemma_.lower()
            if clause.dep_ in ("acl", "ccomp", "relcl") and _that_clause(clause) and (_occasion(clause.head) or not (
                    noun in lex.stated_nouns or noun in lex.topic_nouns or noun in lex.documents)):
                return [clause]
    return []


def _further_that_clauses(cue: Token, comps: list[Token]) -> list[Token]:
    """A that-clause the parse joined to the cue after its reported clause ('predicted that fares
    would fall, [but that surcharges would offset it]', 'said he would stay, [and that the board
    agreed]'): a verb of the subject's own takes no 'that', so it is a second clause of what was
    said."""
    if cue.dep_ == "relcl" or not any(c.dep_ == "ccomp" and c.i > cue.i for c in comps):
        return []  # 'the chatter, which they believe is idle, or that ...': the clause around it goes on
    last = max(c.right_edge.i for c in comps)
    heads = [cue]
    while heads[-1].dep_ in ("xcomp", "acomp") and heads[-1].head != heads[-1]:
        heads.append(heads[-1].head)  # 'are quick to point out that ..., and that ...'
    return [c for h in heads for c in h.children if c.dep_ == "conj" and c.i > last and c.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children)]


_SPEAKER_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})


def _quoted_conjuncts(cue: Token, comps: list[Token]) -> list[Token]:
    """A clause the parse joined to the cue after its reported clause, with a subject of its own
    and a few words quoted ('said the cost was being checked, but [it was an "urgent priority"]',
    'said it could lose money, and [it could also stop stations airing "a vital film"]'): the quote
    marks make it the speaker's words, the rest of what was said, not a quote of its own. Not a
    clause of another report ('but his lawyer called it "a farce"') nor one about a speaker ('but
    she was "thrilled"'), nor the second part of a quote the cue splits ('"...," he wrote, "but this
    is ..."'); only after a reported clause, not after an aim ('was set to speak on the budget, but
    the speech had been "recast"')."""
    if cue.dep_ == "relcl" or not any(c.dep_ == "ccomp" and c.i > cue.i for c in comps):
        return []
    last = max(c.right_edge.i for c in comps)
    doc = cue.doc
    out = []
    for c in cue.children:
        if c.dep_ != "conj" or c.i <= last or c.pos_ not in ("VERB", "AUX") or _cue_entry(c) is not None:
            continue
        subjects = [k for k in c.children if k.dep_ in (*SUBJECT_DEPS, "expl")]
        if not subjects or any(k.lower_ in _SPEAKER_PRONOUNS or k.lower_ in RELATIVE_PRONOUNS for k in subjects):
            continue
        if any(t.is_quote and not t.whitespace_ for t in doc[last + 1:c.left_edge.i + 1]):
            continue  # a mark that opens a quote before the clause's words: the quote's own part
        if sum(t.is_quote for t in doc[c.left_edge.i:c.right_edge.i + 2]) >= 2:
            out.append(c)
    return out


def _hung_subject(cue: Token, clause: Token) -> list[Token]:
    """The subject of a reported clause that the parse hangs on the cue as its object ('argued
    [her handling of the strike] was a failure'): the words between cue and clause, when the
    clause has no subject and they are no phrase led by a preposition ('said in May [it] won'),
    unless that 'preposition' only approximates a number ('said [around eight members] were'), nor
    set off by punctuation other than the quote marks of one phrase ('testified ["dozens" of
    letters] were lost'); a clause a preposition governs has none ('warned Israel against
    [attacking its sites]')."""
    if not (clause.i > cue.i and clause.pos_ in ("VERB", "AUX") and clause.left_edge.i > cue.i + 1) or (
            _has_subject(clause)) or clause.head.dep_ == "prep":
        return []
    lead = cue.doc[cue.i + 1:clause.left_edge.i]
    counted = lead[0].lower_ in cues().approximators and len(lead) > 1 and lead[1].like_num  # "said around eight members were"
    quoted = any(t.is_quote for t in lead) and sum(t.head == cue for t in lead) == 1  # one phrase, not 'say's [...] "..."'
    if lead[0].dep_ == "prep" and not counted or any(t.is_punct and not (quoted and t.is_quote) for t in lead) or not all(
            lead.start <= t.head.i < lead.end or t.head.i == cue.i for t in lead):
        return []
    return list(lead)


def _past_quote(cue: Token, comps: list[Token]) -> list[Token]:
    """The clauses a cue reports when one of them comes before it, never a span over the cue and
    its speaker: a clause of its own after the cue, with no punctuation between, wins ('“We won,”
    she said the vote was fair', 'The polls closed; most voters told us they had waited'), else
    a quote before the cue alone ('“We won,” Ann Lee said after a quick "sorry"', '“...,” said
    Ann Lee, who ...')."""
    before = [c for c in comps if c.i < cue.i]
    if not before:
        return comps
    subject_first = any(s.dep_ in SUBJECT_DEPS and s.i < cue.i for s in cue.children)
    after = [c for c in comps if subject_first and c.i > cue.i and _has_subject(c)
             and not any(t.is_punct for t in cue.doc[cue.i + 1:c.left_edge.i])]
    return after or [c for c in before if _opens_quote(c)] or comps


def _has_subject(clause: Token) -> bool:
    """A clause with a subject of its own ('there were', 'what he did was'), not a relative one
    ('said Ann Lee, who ...')."""
    return any(c.dep_ in (*SUBJECT_DEPS, "csubj", "expl") and c.lower_ not in RELATIVE_PRONOUNS
               for c in clause.children)


def _opens_quote(clause: Token) -> bool:
    """A clause that starts with a quote mark: the quote itself, not the reporter's words."""
    edge = clause.left_edge
    return any(t.text in QUOTE_OPENERS for t in (edge, edge.doc[edge.i - 1] if edge.i > 0 else edge))


def _inverted(cue: Token) -> bool:
    """'..., suggests the research.': a finite cue after a comma or quote with no subject before
    it has its subject after it, whatever the parse calls it, not an object content (a
    participle has none: '..., backing the plan')."""
    return cue.tag_ in ("VBD", "VBZ", "VBP") and cue.i > 0 and cue.doc[cue.i - 1].text in (
        ",", "”", "''", '"') and not any(
        c.dep_ in SUBJECT_DEPS and c.i < cue.i for c in cue.children)


def _whatever(first: Token) -> bool:
    """'free to say what they want', 'the right to say what they think': a content opened by
    'what' as all that a want or a belief holds says that something may be said, not what ('said
    what was needed was a plan', 'to highlight what it sees as a clear choice' say it)."""
    view = first.head
    found = _cue_entry(view) if first.lower_ in WHATEVER and first.dep_ == "dobj" else None
    return found is not None and bool(found[0].get("weak")) and not any(
        c.dep_ in ("ccomp", "xcomp", "oprd") or c.dep_ == "prep" and c.lower_ == "as" for c in view.children)


def _open(clause: Token) -> bool:
    """'wanted to know whether to go', 'did not know if they would vote': a question left open holds no
    belief, stance or aim (a cue that `asks` takes one: 'questioned whether he was fit'), nor does
    a cue in such a clause or a condition ('whether they would back it', 'if it fails to back
    the plan'). A wh-clause may hold one ('the study shows how firms avoid tax')."""
    return any(c.dep_ == "mark" and c.lower_ in OPEN_MARKS and c.i == clause.left_edge.i for c in clause.children)


def _errand(verb: Token) -> bool:
    """'planned to leave the capital on Thursday', 'were planning to drive home': going or coming
    is an errand, not an aim worth a statement, unless it leaves or joins a body ('plans to leave
    the coalition') or the verb says more ('wants to go ahead', 'plans to go public')."""
    return verb.lemma_.lower() in cues().errands and not any(
        c.dep_ in ("prt", "acomp", "oprd", "xcomp", "ccomp") or c.lower_ == "ahead"
        or c.dep_ in ("dobj", "prep") and _names_body(c) for c in verb.children)


def _names_body(tok: Token) -> bool:
    """A word or a preposition's object naming an organisation or a body ('the EU', 'the party')."""
    if tok.dep_ == "prep":
        return any(_names_body(c) for c in tok.children if c.dep_ == "pobj")
    return tok.ent_type_ in ("ORG", "NORP") or tok.lemma_.lower() in cues().speakers


def _addressed(cue: Token) -> bool:
    """'She was asked about the vote', 'when asked about the vote, she said': the subject of a
    passive speech verb, or of the clause a bare participle hangs on, was spoken to; who spoke
    is not said (a feeling's is its own: 'worried that ..., the agency')."""
    if any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") or c.dep_ == "xcomp" or c.lower_ == "as" and any(
            g.dep_ == "pcomp" for g in c.children) for c in cue.children):
        return False  # "he's said he will fight": has said; 'is reported to have said', 'reported as saying'
    return any(c.dep_ == "nsubjpass" for c in cue.children) or _bare_participle(cue)


def _bare_participle(cue: Token) -> bool:
    """'Asked about the vote, she said ...': a past participle with no subject nor auxiliary
    of its own (not 'having announced') hung on the clause after it, or opening its sentence
    as its verb when the parse hung that clause on a noun in it ('Asked whether she was
    nervous about her nomination she said: ...')."""
    return cue.tag_ == "VBN" and (cue.dep_ == "advcl" or cue.dep_ == "ROOT" and cue.i == cue.sent.start) and not any(
        c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in cue.children)


def _passive(cue: Token, entry: dict) -> bool:
    """'It is thought that ...', 'the campaign is intended to help': the subject of a passive belief
    or aim is what is held, not who holds it; a `felt` cue's passive is still the subject's ('the
    agency is worried that')."""
    return not entry.get("felt") and any(c.dep_ == "nsubjpass" for c in cue.children) and not any(
        c.dep_ == "agent" for c in cue.children)


def _clause_of(verb: Token) -> Token:
    """The verb heading the clause a verb is the infinitive of ('if it fails to [back] the plan')."""
    while verb.dep_ == "xcomp" and verb.head != verb:
        verb = verb.head
    return verb


def _named(cue: Token, naming: bool | str = True) -> list[Token]:
    """What a naming cue says of what: 'called [the plan a disaster]', 'see [the tax as unfair]',
    or, for a cue whose `naming_content` is a preposition, what it likens it to ('likened [the
    plan to a car crash]'); nothing without the name ('called a meeting', 'saw the report',
    'compared the two groups'), nor in the passive, whose subject is what is named ('is seen as
    a rival'). A proper name or a name given to oneself names, it judges nothing ('a group called
    MSN Spaces', 'they call themselves DOD'). The name runs to the last word parsed as one
    ('called [her rival an armchair admiral]')."""
    prep = naming if isinstance(naming, str) else "as"  # a likening needs what it likens: 'compared to 2024' is none
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children) or cue.dep_ == "acl" and cue.tag_ == "VBN":
        return []
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
    named = [c for c in cue.children if c.i > cue.i and (
        c.dep_ == "oprd" and c.pos_ != "PROPN" and prep == "as" or c.dep_ == "prep" and c.lower_ == prep and c.n_rights
        and (prep != "as" or not any(g.pos_ in ("VERB", "AUX") for g in c.children)))] + objects[1:2]  # 'labelled [the plan] [a waste]'
    named.sort(key=lambda c: c.i)
    if prep != "as" and not objects:
        return []
    if not named:  # 'called the remarks (about the ferry) "deeply offensive"': the quoted name parsed into the object
        named = [o for o in objects[:1] if any(t.text in QUOTE_OPENERS for t in o.doc[o.i + 1:o.right_edge.i + 1])
                 or _name_in_apposition(o)]
    comps = [c for c in cue.children if cue.i < c.i <= named[-1].i and c.dep_ != "punct"] if named else []
    return [] if any(c.dep_ == "dobj" and reflexive(c) for c in comps) else comps


def _name_in_apposition(obj: Token) -> bool:
    """'called [her late son] [her hero]': the name the parser hung on the object as an apposition
    with no comma before it (with a comma it says who the object is: 'her son, a soldier')."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > obj.i and not c.doc[c.left_edge.i - 1].is_punct
               for c in obj.children)


def _without_second_predicates(comps: list[Token], tokens: list[Token]) -> list[Token]:
    """'called it "shameful" and called on leaders to act': a verb with words of its own that the
    parser conjoined to a named word or an object is the subject's next act, not part of what the
    cue reports (a word with a copula or a subject of its own is a clause: 'was "compromised" and
    helped the attack'; a lone 'verb' is a mistagged adjective: 'brash and bellicose')."""
    cut: set[int] = set()
    for c in comps:
        if c.pos_ in ("VERB", "AUX") or any(k.dep_ in (*SUBJECT_DEPS, "aux", "auxpass", "cop") for k in c.children):
            continue
        for conj in (k for k in c.children if k.dep_ == "conj" and k.pos_ == "VERB" and k.n_rights):
            cut |= {t.i for t in conj.subtree} | {k.i for k in c.children if k.dep_ == "cc" and k.i < conj.i}
    return [t for t in tokens if t.i not in cut]


def reflexive(tok: Token) -> bool:
    """'themselves', 'itself': an object that is the subject again names no one else."""
    return tok.lower_.endswith(("self", "selves"))


_CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})


def _share(subject: Token) -> bool:
    """A share of those polled ('while 92% said ...'), which speaks as a contrasting report's subject."""
    return subject.like_num or any(c.lower_ in ("%", "percent") for c in subject.subtree)


def _others_report(verb: Token) -> bool:
    """A reporting verb joined to a reported clause with a subject of its own that may speak, in
    a tense of its own ('he had fled, but his lawyer told the court he was at home'), or set
    against it by a contrasting mark ('the tax was fair, while Labour criticised the timing',
    'while 92% said'): another report, not part of the first ('said prices rose and that the bank
    expected more', 'said he had a list and all had agreed to be in it', 'the number of customers
    continues to rise' are)."""
    contrast = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in verb.children)
    entry = _cue_entry(verb) if verb.dep_ == "conj" or contrast else None
    if entry is None or entry[0].get("weak") and not contrast:
        return False
    speaks = any(c.dep_ == "nsubj" and (_names_person(c) and c.lemma_.lower() not in cues().quantifiers
                                        or contrast and _share(c)) for c in verb.children)
    own_tense = not any(c.dep_ in ("aux", "auxpass") or c.dep_ == "mark" and not contrast for c in verb.children)
    return speaks and own_tense


def _speakers_act(verb: Token) -> bool:
    """'said the bill was unfinished, and urged ministers to act', '... but declined to say': a
    reporting verb joined to the reported clause without a subject of its own is the speaker's
    next act, parsed into the clause (one with a modal of its own or a state of mind is not:
    `_said_on`)."""
    return _joined_cue(verb) and not _goes_on(verb)


def _came_to_know(verb: Token) -> bool:
    """'walked out after learning she would face a trial': a gerund of coming to know after a
    preposition of a moment ([moments] in cues.toml) tells when its subject learnt something, not
    a saying."""
    return (verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in cues().moment_preps
            and verb.lemma_.lower() in cues().knowing)


def _said_on(verb: Token) -> bool:
    """'said she was a loyal voter and would back him', 'said she was tired of the delays and
    wanted a new plan': a reporting verb joined to the reported clause with a modal of its own,
    or a state of mind ([joined_states] in cues.toml), goes on with what was said; it reports
    nothing itself."""
    return _joined_cue(verb) and _goes_on(verb)


def _goes_on(verb: Token) -> bool:
    """A modal, or a state of mind in the clause's own person and tense: not an imperative ('said
    it was false and believe me, ...'), nor a verb agreeing with another subject ('question
    whether she opposes it and worry that ...'), nor a finite verb after a modal's ('fears that
    demand could spark a crisis and wants to prevent it': the speaker wants)."""
    present, head = {"VBZ", "VBP"}, verb.head.tag_
    other_clause = verb.tag_ in present and head in present and verb.tag_ != head or (
        head == "VB" and _modal(verb.head) and verb.tag_ in present | {"VBD"})
    return _modal(verb) or (verb.lemma_.lower() in cues().joined_states and verb.tag_ != "VB" and not other_clause)


def _joined_cue(verb: Token) -> bool:
    return (_joined_clause(verb) is not None and _cue_entry(verb) is not None
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children))


def _joined_clause(verb: Token) -> Token | None:
    """The reported clause a verb is parsed as a conjunct of: its head, or, for a verb in the
    reporting verb's tense joined to an infinitive in that clause, the clause over the infinitive
    ('said it was not possible to overstate it and urged them to act': a tensed verb is no
    infinitive's conjunct; 'said she would like him to explain it but supports him' goes on with
    what she said)."""
    if verb.dep_ != "conj":
        return None
    head = verb.head
    if verb.tag_ in ("VBD", "VBZ", "VBP") and head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        while head.dep_ in ("xcomp", "acomp", "advcl") and head.head != head:
            head = head.head  # "to overstate" under "was not possible"
        if head.head.tag_ != verb.tag_:
            return None
    return head if head.dep_ == "ccomp" else None


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _without_speakers_acts(comps: list[Token], tokens: list[Token]) -> list[Token]:
    """The content without a speaker's later act and the conjunction or comma before it, nor
    another speaker's report joined to it ('claimed he had fled but [his lawyer told the court
    ...]': the lawyer's own statement)."""
    acts = [t for c in comps for t in c.subtree if t.head == c and _others_report(t) or _speakers_act(t) and _joined_clause(t) == c]
    if not acts:
        return tokens
    cut = min(a.left_edge.i for a in acts)
    dropped = {t.i for a in acts for t in a.subtree}
    kept = [t for t in tokens if t.i not in dropped]
    while kept and kept[-1].i < cut and kept[-1].dep_ in ("cc", "punct") and kept[-1].head in [*comps, *(a.head for a in acts)]:
        kept.pop()  # ", and" / "but" before the act
    return kept


def _with_complements(cue: Token, objects: list[Token]) -> list[Token]:
    """An object content with what completes it after it: 'accused [the mayor of lying]',
    'described [the plan as a failure]', 'urged [them to resign]', 'called [it a disgrace]', an
    infinitive parsed as a clause of its own right after the object ('called for [the board to
    resign]'); not a with-phrase that holds a report of its own ('defended [the plan], with a
    spokesman saying ...')."""
    if not objects:
        return []
    after = max(o.i for o in objects)
    edge = max(o.right_edge.i for o in objects)
    things = not any(o.pos_ in ("PRON", "PROPN") or _party(o) for o in objects)
    return objects + [c for c in cue.children if c.i > after and (
        c.dep_ in ("oprd", "xcomp") or c.dep_ == "prep" and (
            c.lower_ in cues().object_preps or things and c.lower_ in cues().thing_preps)
        and not any(p.ent_type_ in ("DATE", "TIME") for p in c.children) and not _with_whom(c)
        and not (c.lower_ == "with" and _holds_report(c))
        or c.dep_ == "advcl" and c.left_edge.i == edge + 1 and c.left_edge.lower_ == "to")]  # 'called for [X to go]'


def _with_whom(prep: Token) -> bool:
    """'discussed the idea with the senator', 'shared the plan with them': who the subject spoke
    with, not part of what was said ('charged them with fraud')."""
    return prep.lower_ == "with" and any(o.dep_ == "pobj" and _party(o) for o in prep.children)


def _party(tok: Token) -> bool:
    """A person, body or people ('the senator', 'them', 'the union'), not a thing."""
    return tok.ent_type_ in ("PERSON", "ORG", "NORP") or tok.lower_ in OBJECT_PRONOUNS or (
        tok.lemma_.lower() in cues().speakers)


def _in_paragraph(cue: Token, tokens: list[Token], paragraph: tuple[int, int]) -> list[Token]:
    """The content words in the cue's paragraph. When the parse ran over a paragraph break and
    what is left still spans the cue ('Earlier, X told ... that'), the content is what follows."""
    tokens = [t for t in tokens if not t.is_space]  # a line break token is no word of the content
    kept = [t for t in tokens if paragraph[0] <= t.idx < paragraph[1]]
    if len(kept) < len(tokens) and any(t.i < cue.i for t in kept) and any(t.i > cue.i for t in kept):
        kept = [t for t in kept if t.i > cue.i]
    return kept


def _without_saying_day(cue: Token, comps: list[Token], tokens: list[Token]) -> list[Token]:
    """Cut the day of the saying off a that-less clause: 'said [on Monday] it would send troops'
    (its date is the statement's, `saying_day`)."""
    for comp in comps:
        if (day := saying_day(cue, comp)) is not None:
            return [t for t in tokens if not day.left_edge.i <= t.i <= day.right_edge.i]
    return tokens


_NEAR_CUE = 4  # words from a reporting verb to a date of its own, at most ("told the BBC on Monday")


def saying_day(cue: Token, clause: Token) -> Token | None:
    """The date phrase the parser hangs on a that-less reported clause though it stands between
    the reporting verb and the clause's subject ('said [on Monday] it would send troops', 'told
    reporters [Tuesday] the talks had failed'): read as news is written, the day of the saying.
    Not after 'that' ('said that over the last five days he has begun'), not far from the verb or
    across a paragraph, and not a quoted or owned day ('"on her worst day" she'd be')."""
    if clause.head != cue or clause.dep_ != "ccomp" or clause.i < cue.i or _cue_entry(cue) is None or any(
            c.dep_ == "mark" for c in clause.children):
        return None
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None:
        return None
    day = next((c for c in clause.children if c.dep_ in ("prep", "npadvmod") and cue.i < c.left_edge.i
                and c.right_edge.i < subj.i and any(t.ent_type_ == "DATE" for t in c.subtree)
                and not any(t.dep_ == "poss" or t.is_quote for t in c.subtree)), None)
    doc = cue.doc
    if day is None or day.left_edge.i - cue.i > _NEAR_CUE or any(
            t.lower_ == "that" or "\n" in t.text for t in doc[cue.i + 1:subj.i]):
        return None
    objects = {t.i for c in cue.children if c != clause and c.i > cue.i for t in c.subtree}  # "told [reporters]"
    return day if all(t.i in objects for t in doc[cue.i + 1:day.left_edge.i]) else None


def _without_occasion(cue: Token, entry: dict, tokens: list[Token]) -> list[Token]:
    """Cut where and when it was said off the end of a noun-phrase content: 'announced [his
    candidacy] at a rally', 'discussed [the plan] in an interview', 'mocked [the mayor] on
    Twitter', and with whom a topic was discussed ('discussed [the idea] with the senator').
    Only a phrase on the cue, on a noun or on what the object is called ('called [the strike
    reckless] in a tweet'); the caller applies it to no clause, which may say where ('said [he
    would speak at the rally]')."""
    while tokens:
        last = max(t.i for t in tokens)
        keep = {t.i for t in tokens}
        phrase = next((t for t in tokens if t.dep_ == "prep" and t.right_edge.i == last and t.left_edge.i - 1 in keep
                       and (t.head == cue or t.head.pos_ in ("NOUN", "PROPN", "PRON") or t.head.dep_ == "oprd") and (
                           t.lower_ in cues().occasion_preps
                           and any(_occasion(o) for o in t.children if o.dep_ == "pobj")
                           or entry.get("topic") and _with_whom(t))), None)
        if phrase is None:
            return tokens
        tokens = [t for t in tokens if t.i < phrase.left_edge.i and not (
            t.i == phrase.left_edge.i - 1 and t.is_punct)]
    return tokens


def _without_saying_medium(comps: list[Token], tokens: list[Token]) -> list[Token]:
    """Cut the medium of the saying off the end of a reported clause: 'said [the bridge would
    reopen in June] in an interview with the BBC', 'said [talks had failed] in a statement' (a
    phrase on the clause's verb after its other words). Not when that verb says or issues
    something itself ('said she would explain it in a statement', 'had posted it in a tweet')."""
    if not tokens:
        return tokens
    last = max(t.i for t in tokens)
    for verb in comps:
        if _cue_entry(verb) is not None or verb.lemma_.lower() in cues().issuing:
            continue
        phrase = next((t for t in verb.children if t.dep_ == "prep" and t.right_edge.i == last
                       and t.left_edge.i > verb.i + 1 and t.lower_ in cues().said_in_preps
                       and any(o.dep_ == "pobj" and o.lemma_.lower() in cues().said_in for o in t.children)), None)
        if phrase is not None:
            return [t for t in tokens if t.i < phrase.left_edge.i]
    return tokens


def _occasion(obj: Token) -> bool:
    """An interview, a rally or a medium ('on Twitter') as the object of a phrase (a date may be
    what was said: 'forecast a fall in 2005')."""
    return obj.lemma_.lower() in cues().occasions


def _holds_report(phrase: Token) -> bool:
    """A phrase with a cue that reports a clause or a quote of its own (', with a spokesman saying:
    "..."', ', with 40% saying they did not'): another report ('with profits set to fall' is none)."""
    doc = phrase.doc
    return any(_cue_entry(t) is not None and (any(c.dep_ == "ccomp" for c in t.children) or (
        t.i + 1 < len(doc) and doc[t.i + 1].text == ":")) for t in phrase.subtree)


def _absolute_with(prep: Token) -> bool:
    """A with-phrase whose noun has a predicate of its own (', with 78 percent backing her', ',
    with sales up 3%', ', with Lind ahead'): a clause without a verb that goes on with what was
    said or shown, not the writer's aside (', with his wife', ', with the help of the police'), nor
    a report of its own (', with a spokesman saying ...')."""
    if prep.lower_ != "with" or _holds_report(prep):
        return False
    return any(o.dep_ == "pobj" and any(
        k.i > o.i and (k.dep_ == "acl" and k.tag_ in ("VBG", "VBN") or k.dep_ == "advmod" and k.head == o)
        for k in o.subtree)  # 'a share of adults [paying] it'
        or o.dep_ == "pcomp" and o.tag_ in ("VBG", "VBN") and _has_subject(o) for o in prep.children)


def _drop_trailing_asides(tokens: list[Token]) -> list[Token]:
    """Cut ', reaffirming his ...', ', in a bid to ...' and ', a plan critics call unfair' off the
    end of a content: comma-set participial or prepositional asides and a closing apposition
    belong to the writer, not to what was said. A list (', including ...') or a clause without a
    verb (`_absolute_with`) goes on with what was said."""
    keep = {t.i for t in tokens}
    for t in sorted(tokens, key=lambda t: t.i):
        if t.i not in keep or t.dep_ not in ("advcl", "prep", "npadvmod", "relcl", "appos") or (
                t.lower_ == "including" or _absolute_with(t)):
            continue
        first = t.left_edge
        comma = first.i - 1
        if comma > 0 and first.doc[comma].text in ALL_MARKS:
            comma -= 1  # 'by Cleveland,” referring to ...'
        if comma < 0 or first.doc[comma].text != "," or comma not in keep:
            continue
        if t.dep_ == "advcl" and t.tag_ not in ("VBG", "VBN") or t.dep_ in ("appos", "npadvmod") and any(
                c.dep_ == "conj" for c in t.children):
            continue  # 'the big four banks, A, B and C': a list goes on with what was said
        if t.right_edge.i < max(keep):
            continue
        keep -= {x.i for x in t.subtree} | set(range(comma, first.i))
    return [t for t in tokens if t.i in keep]


def holds_statement(tok: Token, index: ActorIndex, subject: str) -> bool:
    """Whether the subject of a cue that is also said of things can hold a statement: a speaker
    (person or body), or for `subject = "source"` cues also a document ('the survey found').
    'The figures hinted that', 'new data shows' and 'the move suggests that' report evidence, not
    a statement: a count holds one only for the body named with it ('Labor Department figures',
    "the bank's figures", 'figures from the bank') or as a share of people ('a number of voters')."""
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        tok = tok.head.head
    if counted(tok) is not tok and holds_statement(counted(tok), index, subject):
        return True  # 'dozens [of analysts]'
    if tok.pos_ == "PROPN" or tok.ent_type_ in SPEAKER_ENTITIES or index.resolve(tok):
        return True
    if tok.lemma_.lower() in cues().counts:
        owner = next((c for c in tok.children if c.dep_ == "poss"), None) or next(
            (p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
             for p in c.children if p.dep_ == "pobj"), None)  # "the bank's figures", 'figures from the bank'
        return owner is not None and holds_statement(owner, index, subject)
    return _names_people(tok) or subject == "source" and tok.lemma_.lower() in cues().documents


def _asked_who(speaker: Token) -> bool:
    """The subject is a question's 'who', no one who spoke: a rhetorical question ('who really
    cares about their quarrel?', 'who is to say that it will not be you?'); a relative 'who'
    stands for its antecedent ('critics, who said ...', 'a senator who ran and who said ...', 'Ann
    Lee, whom he appointed, and who is now backing him'). A question's 'who' asks in a sentence
    with a question mark after it, or follows the word that embeds it ('the row over who
    backed the bill')."""
    if speaker.tag_ != "WP" or speaker.lower_ not in ("who", "whom"):
        return False
    clause = speaker.head
    while clause.dep_ == "conj":
        clause = clause.head
    before = speaker.doc[speaker.i - 1] if speaker.i > speaker.sent.start else None
    asked = any(t.text == "?" for t in speaker.doc[speaker.i:speaker.sent.end]) or before is not None and before.pos_ in ("ADP", "VERB", "SCONJ")
    return asked and clause.dep_ not in ("relcl", "acl")


def counted(tok: Token) -> Token:
    """Who a quantity of people stands for: 'a number of [economists]', 'some of [the officials]',
    'dozens of [residents]', 'two of [his aides]'; any other word stands for itself."""
    of = _counted_of(tok)
    return next(c for c in of.children if c.dep_ == "pobj") if of is not None else tok


def _made_by(tok: Token) -> list[Token]:
    """Who made a document that speaks ('figures from the Ministry of Labour', 'a report by the
    Halden Institute'): the object of its 'from' or 'by', the source news gives for it (a country
    there says where the document came from: 'reports from Peru')."""
    if tok.lemma_.lower() not in cues().documents:
        return []
    return [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "by") and c.i > tok.i
            for o in c.children if o.dep_ == "pobj"]


def _counted_of(tok: Token) -> Token | None:
    """The 'of' after a word that counts or groups (see [voices] quantifiers in cues.toml), when
    the word is no name ('the Group of Seven')."""
    if tok.pos_ == "PROPN" or not (tok.like_num or tok.lower_ in cues().quantifiers
                                   or tok.lemma_.lower() in cues().quantifiers):
        return None
    return next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i
                 and any(p.dep_ == "pobj" for p in c.children)), None)


def _names_people(tok: Token) -> bool:
    """A word for people or a body they speak through ('officials', 'researchers', 'the council'),
    not a thing that ends like one ('computer')."""
    lex = cues()
    lemma = tok.lemma_.lower()
    return tok.lower_ in lex.speakers or lemma in lex.speakers or (
        tok.pos_ == "NOUN" and lemma.endswith(lex.speaker_suffixes) and lemma not in lex.things
        and not lemma.endswith(lex.thing_suffixes))


def _frames(doc: Doc, quotes: list[Quote], index: ActorIndex, gated: bool) -> list[_Frame]:
    """Every reporting verb outside quotes, and every 'according to X'."""
    frames = []
    text = doc_text(doc)
    inside = _inside_quotes(doc, quotes)
    for tok in doc:
        if tok.i in inside:
            continue
        if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            to = next(c for c in tok.children if c.lower_ == "to")
            source = next((c for c in to.children if c.dep_ == "pobj"), None)
            if source is not None and _unsaid(source):
                continue
            frames.append(_source_phrase(tok, f"{tok.text} {to.text}", source, quotes))
            continue
        stated = _stated(tok, index, _paragraph(text, tok.idx, quotes))
        if stated is not None:
            frames.append(stated)
            continue
        if _in_document(tok):  # 'In a new poll, 40% back the plan'
            frames.append(_source_phrase(tok, tok.text, next(c for c in tok.children if c.dep_ == "pobj"), quotes))
            continue
        if (held_by := _in_view(tok)) is not None:  # 'in her view, the tax is unfair'
            view = next(c for c in tok.children if c.dep_ == "pobj")
            frames.append(_yielding(_source_phrase(tok, f"{tok.text} {view.text}", held_by, quotes)))
            continue
        if tok.lower_ in cues().hearsay and tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX"):
            frames.append(_yielding(_source_phrase(tok, tok.text, None, quotes), gap=None))  # 'is reportedly closing'
            continue
        if (described := _cue_parsed_as_noun(tok, quotes)) is not None:
            frames.append(_Frame(tok, tok.text, described[-1], None, speaker_words=described.text))
            continue
        found = _cue_entry(tok)
        if found is None:
            continue
        entry, word = found
        if as_before(tok) or _turn(tok):
            continue  # 'it paid the dividend, as promised': the promise was told before, if at all
        if entry.get("finite") and tok.tag_ == "VBG":
            continue  # 'despite the minister expressing readiness': how or despite what, not a statement
        if entry.get("likely_cause") and aux_words([tok]) & POSSIBLE_AUX and not _negated(tok):
            continue  # 'which could explain her leap in form': a cause guessed at, not a statement ('he could
            # not explain why' is his answer)
        if _reports_nothing(tok, entry, gated) or entry.get("weak") and _in_title(tok) or _came_to_know(tok) or _said_on(tok):
            continue
        if _describing_participle(tok, index):
            continue
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)  # 'was told by the minister'
        speaker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else subject_of(tok)
        speaker = (_issued_by(tok, _titled_name(speaker)) or _named_after(tok, entry, index) or _named_before(tok, index)
                   or _object_after(tok, entry))
        if speaker is not None and _asked_who(speaker):
            continue
        speaker = _called_by_copula(speaker, tok, index) or speaker
        paragraph = _paragraph(text, tok.idx, quotes)
        content = _content(tok, entry, word, paragraph, speaker)
        if speaker is None and (joined := _conjoined_subject(tok, index)) is not None:
            speaker, content = joined, _joined_report(tok, joined, paragraph)
        gap = _agent_gap(tok, agent, content)
        if (named_in := _named_set_in(tok, entry, index, paragraph, quotes)) is not None:
            speaker, content, gap = named_in
        if content is None and _as_clause(tok):
            content, gap = _as_reported(tok, paragraph)
        if content is None and (tok.dep_ == "parataxis" or _set_into(tok) or _trailing(tok, entry)):
            content = _unquoted(_around(tok, paragraph), quotes)
            gap = _set_in_gap(tok, content) or gap
        elif content is None and (closing := _closing_subject(tok, entry, index)) is not None:
            speaker, content = closing, _unquoted(_before_closing(tok, closing, paragraph), quotes)
        if entry.get("weak") and (content is None or speaker is None or _open(_clause_of(tok))
                                  or _passive(tok, entry)):
            continue
        subject = entry.get("subject")
        if subject and speaker is not None and not holds_statement(speaker, index, subject):
            continue
        if entry.get("draws_on") and _draws_on(tok) or entry.get("acts_on_people") and _people_acted_on(tok):
            continue
        words = [tok] if word is None else [tok, *(c for c in tok.children if c.dep_ == "prt" and word.dep_ == "prep"
                                                   and c.i < word.i), word]  # 'lashed out at'
        cue_text = " ".join(t.text for t in words)
        frames.append(_Frame(tok, cue_text, speaker, content, weak=bool(entry.get("weak")),
                             addressed=agent is None and not entry.get("weak") and _addressed(tok),
                             aim=word is None and _aims(tok), gap=gap))
    return _without_nested_stances(_inner_cues_first(frames)) + _colon_frames(doc, index)


def _stated(word: Token, index: ActorIndex, paragraph: tuple[int, int]) -> _Frame | None:
    """A noun or adjective with a that-clause of what is said or held ('rejected the claim [that
    the boats were unsafe]', 'his admission [that he was wrong]', 'she is confident [the bridge
    will open]'), or a noun of a demand or vow with the to-infinitive demanded ('his call [to ban
    the rally]'), or a noun of saying with what it is about ('his criticism [of the plan]', 'made
    an argument [for lower fares]', a view voiced: 'raised concerns [about the rota]'). The noun's
    owner ('his', 'the union's', 'complaints from residents') holds it, or the subject of a verb
    that voices it ('made the claim that'); with neither, no one is named and there is no
    statement; a topic needs an owner who can speak ('Monday's announcement of' names a day). The
    adjective's subject, who must be a speaker. A relative clause ('the claim that he made') lacks
    a part the noun fills: no statement."""
    lex = cues()
    lemma = word.lemma_.lower()
    said: list[Token] = []
    verb = word.head.lemma_.lower()
    voiced = word.dep_ == "dobj" and verb in lex.voicing and not (word.head.tag_ == "VBG" and lex.verbs.get(
        verb, {}).get("finite"))  # 'despite the mayor expressing doubts about': despite what, as for the verb
    topical = lemma in lex.topic_nouns or voiced and lemma in lex.voiced_topics  # 'raised concerns about'
    if word.pos_ == "NOUN" and (lemma in lex.stated_nouns or lemma in lex.vowed_nouns or topical):
        vowed = lemma in lex.vowed_nouns and not _infinitive_subject(word)
        clause = next((c for c in word.children if c.dep_ in ("acl", "ccomp") and c.i > word.i and (
            lemma in lex.stated_nouns and _that_clause(c) or vowed and c.dep_ == "acl" and to_infinitive(c))), None) or (
            predicated(word) if lemma in lex.stated_nouns else None)
        owner = next((c for c in word.children if c.dep_ == "poss"), None) or next(
            (p for c in word.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
             for p in c.children if p.dep_ == "pobj" and p.i < (clause.i if clause is not None else p.i + 1)), None)
        if owner is None and voiced:
            owner = subject_of(word.head)  # 'he made the claim that', 'she repeated her warning that'
        if owner is None and word.dep_ == "dobj" and verb in lex.received:
            owner = _received_from(word)  # 'the plan drew criticism [from residents]'
        if owner is None:
            return None
        if clause is None and topical and owner.ent_type_ not in ("DATE", "TIME") and (
                owner.tag_ == "PRP$" or holds_statement(owner, index, "source")) and not any(
                c.dep_ == "det" and c.lower_ == "no" for c in word.children):  # 'made no comment about'
            said = _topic(word) or _aimed_at(word)
            if lemma in lex.forceful and _force_aimed(said):
                return None  # 'an attack on the army base'
    elif (held := _held_word(word)) is not None:
        owner = subject_of(held)
        if owner is None or not holds_statement(owner, index, "speaker"):
            return None
        hung = held.children if owner.lower_ != "it" else []  # 'it was certain [that ...]': the clause is the subject
        clause = next((c for c in [*word.children, *hung] if c.dep_ == "ccomp" and c.i > word.i
                       and any(g.dep_ in SUBJECT_DEPS for g in c.children)), None)
    else:
        return None
    if clause is not None:
        said = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause)]
    tokens = _in_paragraph(word, said, paragraph)
    if not tokens:
        return None
    return _Frame(word, word.text, owner, _trim(doc_text(word.doc), *_span_chars(tokens)), weak=True)


def _held_word(word: Token) -> Token | None:
    """The verb whose subject holds the view an adjective of a view states ('she is [confident]
    that'), or None for any other word: the copula of the adjective, which the parse may also
    give the that-clause ('was adamant [on Monday] that ...', unless it is the clause an 'it'
    stands for: 'it is certain that'), or the participle itself as the passive's own verb ('the
    miners are [convinced] that', 'aides are not [convinced] that'). Not 'make sure that', which
    sees to it."""
    if word.lower_ not in cues().stated_adjectives and not (
            word.pos_ == "ADJ" and word.lemma_.lower() in cues().stated_adjectives):
        return None
    if word.dep_ == "acomp" and word.head.lemma_.lower() != "make" and (word.pos_ == "ADJ" or word.tag_ == "VBN"):
        return word.head
    if word.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in word.children):
        return word
    return None


def predicated(noun: Token) -> Token | None:
    """The that-clause a copula says a noun of what is said or held is ('his argument was [that
    the tax should go]', 'their fear is [that the mill will close]'), or that follows the noun as
    what the copula's subject is ('the gist was his warning [that fares would rise]'): the parse
    hangs it on the copula."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "attr") or verb.lemma_ != "be":
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i > noun.i and _that_clause(c)), None)


def _topic(noun: Token) -> list[Token]:
    """The words of what a noun of saying is about: the object of the first phrase after it led by
    a topic preposition ('criticism [of the plan]', 'remarks [about the ferry]'), not a time or an
    occasion ('her statement on Monday', 'his comments on Twitter'), up to an 'as' that says what
    the verb taking the noun calls it ('hailed her proposal [for talks] as “a great day”': the
    hailing's words, not the proposal's). The parse may hang the phrase on the verb voicing the
    noun ('cast doubt [on the plan]')."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.i > noun.i), None) or next(
        (c for c in noun.head.children
         if noun.dep_ == "dobj" and c.dep_ == "prep" and c.i == noun.right_edge.i + 1), None)
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")] if prep is not None else []
    if prep is None or prep.lower_ not in cues().topic_preps or not objects or any(
            o.ent_type_ in ("DATE", "TIME") or _occasion(o) for o in objects):
        return []
    said = [t for o in objects for t in o.subtree]
    named_as = min((t.i for t in said if t.dep_ == "prep" and t.lower_ == "as"), default=None)
    return said if named_as is None else [t for t in said if t.i < named_as]


def _force_aimed(said: list[Token]) -> bool:
    """What an attack is aimed at is a place or a thing force acts on ('the army base', 'Kandi',
    'a convoy'): force, not words."""
    return any(_acted_on(t) or t.ent_type_ in ("GPE", "LOC", "FAC") for t in _tops(said))


def _acted_on(obj: Token) -> bool:
    """An object force or play acts on ([objects] acted_on: 'defend the title', 'attacked army
    positions', 'attacked their positions'), unless it is a view held ([stated] nouns): a
    person's ('defended his position', 'attacks on Lee's positions') or one with what it is
    about ('her position on the tax'), which is said."""
    lemma = obj.lemma_.lower()
    return lemma in cues().acted_on and not (lemma in cues().stated_nouns and any(
        c.dep_ == "poss" and (c.lower_ in ("his", "her", "my", "your", "our") or c.ent_type_ == "PERSON")
        or c.dep_ == "prep" and c.lower_ in cues().topic_preps for c in obj.children))


def _tops(words: Span | list[Token]) -> list[Token]:
    """The words of a phrase that hang on something outside it (or head their sentence): where
    the phrase attaches, so what kind of phrase it is."""
    inside = {t.i for t in words}
    return [t for t in words if t.head.i not in inside or t.head.i == t.i]


def _infinitive_subject(noun: Token) -> bool:
    """'For his proposal [to succeed], he needs ...': a noun after 'for' does the infinitive after
    it; it is no vow or demand of it."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "for"


def _received_from(noun: Token) -> Token | None:
    """Whose a saying received is when the parse hung its 'from' phrase on the receiving verb
    ('drew criticism [from residents]')."""
    return next((p for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == noun.right_edge.i + 1
                 for p in c.children if p.dep_ == "pobj"), None)


def _aimed_at(noun: Token) -> list[Token]:
    """'[The plan] drew criticism from residents', '[the senator] faced attacks from her rival': a
    saying someone receives ([stated] received in cues.toml) with no topic of its own is about
    the subject of the verb that receives it."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in cues().received or noun.lemma_.lower() not in cues().aimed:
        return []
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return list(subject.subtree) if subject is not None and subject.lower_ not in RELATIVE_PRONOUNS else []


def _that_clause(clause: Token) -> bool:
    """A complement clause opened by 'that' with all its parts ('that the boats were unsafe')."""
    return clause.left_edge.lower_ == "that" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and _complete(clause)


def _complete(clause: Token) -> bool:
    """A clause with a subject and an object or complement, or one that needs none (a passive, a
    copula, a modal: 'that the plant will close'): 'the claim that he made' misses its object and
    is a relative clause."""
    return any(c.dep_ in SUBJECT_DEPS for c in clause.children) and (
        clause.pos_ == "AUX" or _modal(clause) or any(c.dep_ in (
            "dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "nsubjpass", "dative") for c in clause.children))


def _aims(cue: Token) -> bool:
    """'agreed to spend', 'plans to sell the unit': the verb's content is a to-infinitive, what its
    subject is to do, not a clause of what is so ('hopes that the unit will sell') nor what someone
    else is asked to do ('urged the board to resign')."""
    return not any(c.dep_ in ("ccomp", "dobj") for c in cue.children) and any(
        c.dep_ == "xcomp" and c.i > cue.i and to_infinitive(c) for c in cue.children)


def _reports_nothing(cue: Token, entry: dict, gated: bool) -> bool:
    """Cues that report no statement here: an aim someone disowns, and the speech it would be
    ('not wishing to claim that ...', 'did not want to comment'); an aim that only describes who
    has it in the sentence's subject ('citizens wanting to work here will need a permit'; not
    'cheered Democrats hoping to retain the Senate', an attribution in political news); what a rule obliges someone
    to say ('are required to disclose their losses'); what its passive subject was refused ('was
    denied a try'); a ruling ('declared the firm bankrupt'); an
    aim that is something done to its
    subject (`done_to`: 'is seeking to be reimbursed', 'did not want to be named'): a claim or a
    wish to stay anonymous, not a view; in a sports, arts, technology or business story, an
    `intention` without a clause of its own (an athlete 'aiming to be fit', a club 'pushing for'
    the title, a firm 'planning to sell shares') and a `topic` of talks yet to happen ('will
    discuss the bid', 'meet on Monday to discuss it'). In political news both are
    attributions ('Democrats hope to retain the Senate', 'the senator will discuss her book')."""
    if entry.get("intention") and _negated(cue) and any(c.dep_ == "xcomp" and _speech(c) for c in cue.children):
        return True
    if entry.get("intention") and cue.tag_ == "VBG" and cue.dep_ == "csubj":
        return True  # 'citizens wanting to work in the UK will need ...': who they are, not what they said
    if entry.get("intention") and any(c.dep_ == "xcomp" and to_infinitive(c) and c.lemma_.lower() in cues().done_to
                                      and any(a.dep_ == "auxpass" for a in c.children) for c in cue.children):
        return True
    if cue.dep_ in ("xcomp", "acl") and to_infinitive(cue) and cue.head.lemma_.lower() in cues().duties:
        return True  # 'were obliged to report', 'a duty to disclose': a rule, not speech
    if any(c.dep_ == "auxpass" and c.lower_ not in ("'s", "’s") for c in cue.children) \
            and any(c.dep_ == "dobj" for c in cue.children) \
            and not any(c.dep_ in ("ccomp", "xcomp", "agent") for c in cue.children):
        return True  # 'was denied a late try': what they did not get; not 'are promised savings by X', 'he's said it'
    if entry.get("ruling") and _rules_on(cue):
        return True  # 'could declare the firm bankrupt', 'declared him the winner': a ruling; not 'declared himself delighted'
    aim = _cue_entry(cue.head) if cue.dep_ == "xcomp" and _speech(cue) and _negated(cue.head) else None
    if aim is not None and aim[0].get("intention"):
        return True
    if not gated:
        return False
    if entry.get("intention"):
        return not any(c.dep_ == "ccomp" for c in cue.children)
    return bool(entry.get("topic")) and (to_infinitive(cue) and "have" not in aux_words([cue])
                                         or bool(aux_words([cue]) & FUTURE_AUX))  # not 'is said to have discussed'


_NOUNS = ("NOUN", "PROPN")


def _rules_on(cue: Token) -> bool:
    """A ruling cue with an object and what the ruling makes it: an adjective ('declared the firm
    bankrupt', 'ruled the vote void') or a noun ('declared the outbreak a pandemic', 'declared
    Ana Ruiz the winner', 'ruled the deal a breach'), as a small clause the parse makes the cue's
    complement or as a second object. A clause with a verb of its own is said ('declared that
    the war was over'), and a person declaring themself glad or the winner speaks."""
    if any(_person_self(c) for c in cue.children):
        return False
    for c in cue.children:
        own = list(c.children)
        if any(g.dep_ in ("aux", "cop", "auxpass", "mark") or _person_self(g) for g in own):
            continue
        if c.dep_ in ("ccomp", "oprd") and (c.pos_ == "ADJ" or c.pos_ in _NOUNS and any(g.dep_ == "nsubj" for g in own)):
            return True  # 'declared it bankrupt', 'declared the outbreak a pandemic'
        if c.dep_ == "dobj" and c.pos_ in _NOUNS and any(g.dep_ == "nsubj" and g.i < c.i for g in own):
            return True  # 'declared the season a success', the object parsed as the noun's subject
    objects = [c for c in cue.children if c.i > cue.i and c.pos_ in _NOUNS and c.dep_ in ("dobj", "npadvmod", "oprd", "attr")]
    return len(objects) >= 2 and not any(t.is_punct for t in cue.doc[objects[0].i:objects[1].left_edge.i])


def _person_self(tok: Token) -> bool:
    """'himself', 'herself', 'myself': a person declaring themself glad speaks; a body declaring
    'itself' or 'themselves' bankrupt makes a ruling."""
    return reflexive(tok) and tok.lower_ not in ("itself", "themselves")


def _in_title(cue: Token) -> bool:
    """'Do They Know It's Christmas? sold well', 'the BBC's They Think It's All Over': a belief
    verb in capitals between words in capitals inside a line in lower case is part of a title,
    not a view (a headline in capitals is not: 'Pastor Wants Scout Leaders Executed')."""
    doc = cue.doc
    text = doc_text(doc)
    end = text.find("\n", cue.idx)
    line = doc.char_span(text.rfind("\n", 0, cue.idx) + 1, len(text) if end < 0 else end, alignment_mode="expand")
    lower = sum(t.is_alpha and t.is_lower and t.lower_ not in _TITLE_SMALL_WORDS for t in line or ())
    return (lower >= 3 and cue.i > cue.sent.start and cue.text[:1].isupper() and cue.i + 1 < len(doc)
            and doc[cue.i - 1].text[:1].isupper() and doc[cue.i + 1].text[:1].isupper())


def _negated(verb: Token) -> bool:
    """'not wishing to', 'did not want to', 'never meant to'."""
    return any(c.dep_ == "neg" for c in verb.children)


def _speech(verb: Token) -> bool:
    """A to-infinitive of saying ('to claim', 'to comment'), not of a view ('to see')."""
    found = _cue_entry(verb) if to_infinitive(verb) else None
    return found is not None and not found[0].get("weak")


def _draws_on(cue: Token) -> bool:
    """'The paper cites sources close to the minister', 'cited officials': people as the object
    are whom the subject draws on, not what it holds ('cited rising costs', 'cited internal
    documents', 'cited France as an example')."""
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    return (obj is not None and obj.pos_ == "NOUN" and not obj.ent_type_ and _names_people(obj)
            and obj.lemma_.lower() not in cues().documents and not any(c.lower_ == "as" for c in cue.children))


def _people_acted_on(cue: Token) -> bool:
    """'NATO will admit Poland', 'the school admitted 40 pupils', 'recalled its ambassador': a
    state, a group or people as the object are whom the subject lets in or brings back, not what
    it owns up to or remembers ('admitted the charges', 'recalled the visit')."""
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    return obj is not None and (obj.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or _names_people(obj)
                                or any(c.lower_ == "as" for c in cue.children))


def _issued_by(cue: Token, speaker: Token | None) -> Token | None:
    """'The union issued a statement saying ...', 'she revised her statement explaining ...': a
    document that a participle cue describes speaks for who issued or owns it ('a Green Party
    leaflet opposing the plan'), also when the parse hung the participle on the verb whose object
    the document is ('police are investigating a leaflet opposing the plan': not the police); a
    document from someone speaks for them ('received a letter from the minister saying ...')."""
    document = speaker if cue.dep_ == "acl" and cue.head == speaker else _object_before(cue)
    if document is None or document.lemma_.lower() not in cues().documents:
        return speaker
    owner = next((c for c in document.children if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if owner is None and document.lemma_.lower() not in cues().counts:  # 'data from the Fed showing' stays the data's
        owner = next((p for c in document.children if c.dep_ == "prep" and c.lower_ == "from"
                      for p in c.children if p.dep_ == "pobj"), None)
    if owner is None and document.dep_ == "dobj" and document.head.lemma_.lower() in cues().issuing:
        owner = subject_of(document.head)
    return owner or document


def _object_before(cue: Token) -> Token | None:
    """The object a gerund follows with no comma, which the parse took for an adverbial clause of
    the verb ('investigating a leaflet [opposing the plan]')."""
    if cue.dep_ != "advcl" or cue.tag_ != "VBG":
        return None
    return next((c for c in cue.head.children if c.dep_ == "dobj" and c.right_edge.i == cue.i - 1), None)


def _named_after(cue: Token, entry: dict, index: ActorIndex) -> Token | None:
    """'“We won,” said Ann Lee, who ...': a person or body named right after a finite cue set after
    a quote or a comma speaks, when the parse found no subject (it took the name for an adverb,
    or for the subject of a verb further on); not whom the cue addresses ('“Yes,” she told Fox News').
    A title may come between ('said ranking Democrat Ann Lee of Ohio', where the parse made a verb
    of 'ranking' and the name its object): the name that ends the phrase speaks."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.i == 0 or not cue.doc[cue.i - 1].is_punct:
        return None
    after = _past_title(cue, index)
    if after is None:
        return None
    name = cue.doc[after]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    if entry.get("addressee") and name.head == cue and name.dep_ in ("dobj", "dative"):
        return None  # 'told Fox News': who was told
    return cue.doc[after]


def _past_title(cue: Token, index: ActorIndex) -> int | None:
    """Where a person or body is named after a cue, right after it or past a few title words
    ('said [senior aide] Tom Barker', 'said [ranking Democrat] Ann Lee'), a title ending at the name's
    phrase and its end ('Ann Lee of Ohio', 'Ann Lee, who ...'); None when no name follows so."""
    doc = cue.doc
    at = cue.i + 1
    while at < min(len(doc), cue.i + 5) and not _names_party_at(index, at) and (
            doc[at].pos_ in ("ADJ", "NOUN", "PROPN") or doc[at].tag_ in ("VBG", "VBN")):
        at += 1
    if at >= len(doc) or not _names_party_at(index, at):
        return None
    if at > cue.i + 1:
        key = index.key_of_token[at]
        end = next((j for j in range(at, len(doc)) if index.key_of_token.get(j) != key), len(doc))
        if end < len(doc) and not (doc[end].is_punct or doc[end].lower_ in ("of", "who")):
            return None
    return at


def _object_after(cue: Token, entry: dict) -> Token | None:
    """'“We won,” added a local Democrat': the people an inverted cue that takes no object content
    has as its object right after it, closing its clause, speak (the parse took them for what was
    added); not whom the cue addresses ('“Yes,” she told Fox News') or asks to act."""
    if not _inverted(cue) or entry.get("addressee") or entry.get("object_content") or entry.get("request_content"):
        return None  # not 'Texas, leading a coalition, asked a judge to block the rules'
    obj = next((c for c in cue.children if c.dep_ in ("dobj", "attr", "npadvmod") and c.left_edge.i == cue.i + 1), None)
    if obj is None or any(c.i > obj.i and not c.is_punct for c in cue.children):
        return None
    return obj if obj.pos_ == "PROPN" or _names_people(obj) else None


def _named_before(cue: Token, index: ActorIndex) -> Token | None:
    """'As part of his plea, Tom Barker, 44, said that ...': a person or body named right before a
    finite cue (or its auxiliaries: 'Oil giant BP has announced', after a headline the parse took
    for the subject) the parse gave no subject, or before a phrase set off by commas after the
    name, speaks (the parse hung the name on the phrase before it)."""
    doc = cue.doc
    aux = [c for c in cue.children if c.dep_ in ("aux", "neg") and c.i < cue.i]
    at = min([cue.i, *(c.i for c in aux)]) - 1
    if at < 0 or not (cue.tag_ in ("VBD", "VBZ", "VBP") or any(c.tag_ in FINITE for c in aux)):
        return None
    if doc[at].text == ",":
        at = next((j - 1 for j in range(at - 1, max(-1, at - 15), -1) if doc[j].text == ","), -1)
    return doc[at] if _names_party_at(index, at) else None


def _names_party_at(index: ActorIndex, i: int) -> bool:
    """Whether token `i` is part of the name of a person or organisation of the article."""
    key = index.key_of_token.get(i)
    return key is not None and index.actor(key).actor_type in ("person", "organization")


def _titled_name(speaker: Token | None) -> Token | None:
    """'Leeds director of rugby Tom Barker said': a title with its field before the name parsed as
    the subject with the name in its 'of' phrase; the named person speaks (but 'the lawyer of Tom
    Barker' and 'an associate of oil tycoon Tom Barker' are the lawyer and the associate: a title
    before a name has no article). Two titles joined before the name ('world record holder and
    BBC pundit Tom Barker believes') parse as a bare title and the name joined: the name speaks
    (a name parsed as a noun is no title: 'Rosneft and VEB declined')."""
    if speaker is None or speaker.pos_ != "NOUN" or any(c.dep_ in ("det", "poss") for c in speaker.children):
        return speaker
    titled = speaker.tag_ == "NN" and (speaker.is_lower or speaker.lower_ in cues().speakers)
    named = next((c for c in speaker.conjuncts if c.i > speaker.i and c.pos_ == "PROPN"), None) if titled else None
    if named is not None:
        return named
    for prep in speaker.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for name in prep.children:
                field = list(name.lefts)
                if name.dep_ == "pobj" and name.ent_type_ == "PERSON" and field and field[0].pos_ == "NOUN" and all(
                        t.dep_ == "compound" for t in field):
                    return name
    return speaker


def _inner_cues_first(frames: list[_Frame]) -> list[_Frame]:
    """'refused to endorse [the plan]', 'wants to ban [the tax]', 'vowed to oppose [the bill]': an aim
    whose infinitive is itself a cue with content is that cue's statement, said by the same
    speaker; the aim is part of its cue, not a statement around it. Not when someone else is to
    act ('urged the club to reject [the deal]': the club would reject it, the speaker urged), nor
    for a gerund ('denied accusing [the mayor]': what was denied is the statement)."""
    inner = {f.cue.head.i for f in frames if f.content is not None and f.cue.dep_ == "xcomp" and f.cue.i > f.cue.head.i
             and to_infinitive(f.cue)  # 'denied [accusing] the mayor': the denial is the statement
             and not any(c.dep_ in ("dobj", "nsubj") and f.cue.head.i < c.i < f.cue.i for c in f.cue.head.children)
             and not any(c.dep_ == "nsubj" for c in f.cue.children)}
    return [f for f in frames if f.cue.i not in inner]


def _without_nested_stances(frames: list[_Frame]) -> list[_Frame]:
    """'She said she plans to leave', 'analysts think the bank backs the deal', 'the report said the
    G8 had agreed to spend more': a belief, stance, aim or commitment inside what another frame
    reports is part of that statement, not one of its own ('the rate, some believe, will rise'
    reports the sentence around its own cue). A source phrase that yields gives way to a cue with
    content inside what it frames ('he reportedly refused to go'). An 'according to' inside what a
    speaker's cue reports is that speaker's source, not a second speaker ('the Fund said that,
    according to ministry data, growth slowed': the Fund's statement)."""
    frames = [f for f in frames if not (f.yields and f.content is not None and any(
        g is not f and g.content is not None and f.content[0] <= g.cue.idx < f.content[1] for g in frames))]
    frames = [f for f in frames if not (f.cue.lower_ == "according" and any(
        g.speaker is not None and g.cue.lower_ != "according" and g.content is not None
        and g.content[0] <= f.cue.idx < g.content[1] for g in frames))]
    return [f for f in frames if not ((f.weak or f.aim) and any(
        g is not f and g.content is not None and g.content[0] <= f.cue.idx < g.content[1] for g in frames))]


def _source_phrase(tok: Token, cue_text: str, source: Token | None, quotes: list[Quote]) -> _Frame:
    """A phrase naming the source of the clause it modifies ('according to aides', 'in a new
    poll'): the clause around the phrase is the content. A phrase closing its sentence sources
    all of the sentence before it, whatever clause the parse hung it on ('A won, and B lost,
    according to aides'); one set off by a comma after its verb, the clause before it ('53% own a
    mobile, according to a survey, but ...'). A phrase opening its sentence runs to its comma,
    whatever the parse left out of it ('According to the statistics office Destatis, [exports
    rose]')."""
    doc = tok.doc
    text = doc_text(doc)
    phrase = {t.i for t in tok.subtree}
    lo, hi = _paragraph(text, tok.idx, quotes)
    first = tok.left_edge.i
    after = doc[tok.right_edge.i + 1:tok.sent.end]
    if tok.i > tok.head.i and all(t.is_punct or t.is_space for t in after):
        clause = list(doc[tok.sent.start:first])
    elif tok.i > tok.head.i and first > tok.sent.start and doc[first - 1].text == ",":
        clause = [t for t in tok.head.subtree if t.i < first]
    else:
        clause = list(tok.head.subtree)
    comma = next((t.i for t in doc[tok.right_edge.i:tok.head.i] if t.text == ","), None)
    if comma is not None and all(t.is_punct or t.dep_ in ("cc", "advmod") for t in doc[tok.sent.start:first]):
        clause = [t for t in clause if t.i > comma]
    tokens = [t for t in clause if t.i not in phrase and lo <= t.idx < hi and not t.is_punct]
    content = _trim(text, *_span_chars(tokens)) if tokens else None
    gap = _span_chars(list(tok.subtree))
    inside = content is not None and content[0] < gap[0] and gap[1] < content[1]
    return _Frame(tok, cue_text, source, content, gap=gap if inside else None)


def _unsaid(source: Token) -> bool:
    """'according to the laws of physics', 'according to legend': the object of 'according to',
    or what its 'of' names, is a law of nature or a tradition, which nobody states."""
    named = [source, *(o for p in source.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj")]
    return any(t.lemma_.lower() in cues().unsaid or t.lower_ in cues().unsaid for t in named)


def _in_document(tok: Token) -> bool:
    """'In a new poll, ...': a sentence opened by 'in' and a findings document, on a clause whose
    verb reports nothing itself ('In a statement, she said' is the verb's), or on the sentence's
    root when the parser made a noun of it ('In a poll released Sunday, three of four [voters]
    disapproved ...')."""
    if tok.lower_ != "in" or tok.dep_ != "prep" or tok.i > tok.head.i or tok.head.pos_ not in ("VERB", "AUX") and (
            tok.head.dep_ != "ROOT" or not any(t.pos_ in ("VERB", "AUX") for t in tok.doc[tok.right_edge.i:tok.sent.end])):
        return False
    after = tok.right_edge.i + 1
    if tok.i != tok.sent.start or after >= len(tok.doc) or tok.doc[after].text != ",":
        return False  # 'leads in the polls' is where one stands, not what a poll says
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    return (obj is not None and obj.lemma_.lower() in cues().findings and _cue_entry(tok.head) is None
            and not any(c.dep_ == "agent" or c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in cues().findings
                        for c in tok.head.children))


_COLON_LINE = re.compile(r"^[ \t]*([A-Z][^:\n]{1,40}?):[ \t]+(?=\S)", re.M)


def _in_view(tok: Token) -> Token | None:
    """Who holds the view an 'in' phrase sets a clause in ('in [her] view', 'in the words [of one
    aide]', 'in [Lee's] opinion'), when it is the clause's; None for any other token."""
    doc = tok.doc
    if tok.lower_ != "in" or tok.dep_ != "prep" or tok.head.pos_ not in ("VERB", "AUX") or not (
            tok.i == tok.sent.start or doc[tok.i - 1].is_punct
            or tok.right_edge.i + 1 < len(doc) and doc[tok.right_edge.i + 1].is_punct):
        return None  # set off by commas: not 'believed in her judgment'
    view = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if view is None or view.lemma_.lower() not in cues().views:
        return None
    return next((c for c in view.children if c.dep_ == "poss"), None) or next(
        (p for c in view.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)


def _yielding(frame: _Frame, **changes: object) -> _Frame:
    """A source phrase that frames no quote of its own and yields to any cue whose content holds
    it ('she said that, in her view, it was unfair': one statement, hers) or that it holds ('he
    reportedly refused': his refusal is the statement)."""
    return replace(frame, weak=True, yields=True, **changes)


def _colon_frames(doc: Doc, index: ActorIndex) -> list[_Frame]:
    """'Mayor: ferry will run all winter', 'JANE ROE: We will appeal': a line led by a speaker and
    a colon (a headline's or a transcript's attribution) reports the rest of the line. The lead
    must name a person or body ('Poll:' too), not a topic or a place ('Floods:', 'Kent:'); whom or
    where it was said to may follow the speaker ('Mayor to farmers: ...', 'Ann Lee at rally: ...')."""
    text = doc_text(doc)
    frames = []
    for m in _COLON_LINE.finditer(text):
        lead = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        colon = doc.char_span(m.end(1), m.end(1) + 1)
        told = next((t.i for t in lead or () if t.lower_ in ("to", "at") and t.pos_ == "ADP" and t.i > lead.start), None)
        lead = lead if told is None else doc[lead.start:told]
        if lead is None or colon is None or not 0 < len(lead) <= 4 or not _names_speaker(lead, index):
            continue
        end = text.find("\n", m.end())
        content = _trim(text, m.end(), len(text) if end < 0 else end)
        said = doc.char_span(*content, alignment_mode="expand")
        if said is not None and len(said) >= 3 and not _is_list(said):
            frames.append(_Frame(colon[0], ":", lead.root, content, speaker_words=lead.text))
    return frames


def _is_list(words: Span) -> bool:
    """'Backs: Ann Lee (Leeds), Tom Roe (Bath), ...': names and commas without a verb."""
    return sum(t.text == "," for t in words) >= 2 and not any(t.pos_ in ("VERB", "AUX") for t in words)


def _names_speaker(lead: Span, index: ActorIndex) -> bool:
    """Whether the words before a line's colon name who speaks: a person or organisation of the
    article, a name in capitals of two words or more (a transcript), or a role or document word."""
    lex = cues()
    if any(t.like_num or t.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON") or t.lower_ in lex.labels for t in lead):
        return False
    if lead.root.ent_type_ in ("GPE", "LOC"):
        return False  # 'Ohio: ...' heads a list or a topic
    keys = index.resolve(lead.root)
    if keys:
        return index.actor(keys[0]).actor_type in ("person", "organization")
    if len(lead) >= 2 and lead.text.isupper():
        return True
    lemma = lead.root.lemma_.lower()
    return len(lead) == 1 and (lemma in lex.speakers or lemma in lex.documents)


def _around(cue: Token, paragraph: tuple[int, int]) -> tuple[int, int] | None:
    """'The plan, he said, will fail': a cue set into the sentence it reports (parsed as
    parataxis, or as a clause of a verb after it) reports the sentence around its own clause
    (the span runs over the clause). The clause must be set off by a comma or dash ('The answer,
    says Prof Lee, is wifi' took the sentence's subject into the clause) and the cue be no
    capitalised word of a title. The clause runs from its subject: an opening the parse hung on
    the cue ('If the bill passes, Ann Lee said, ferries will run', 'At times, aides said, ...') is
    part of what was said, and so is a phrase or clause of it after the cue's own phrases
    ('proof, they argued, of his part in it', 'the plant had shut, he said, and was for sale'), not
    the speaker's next act ('he said, referring to', 'he said, and added that')."""
    clause = _set_in(cue)
    first, last = min(clause), max(clause)
    opening = cue.doc[first] if cue.doc[first].is_punct else cue.doc[first - 1] if first > 0 else None
    closing = cue.doc[last + 1] if last + 1 < len(cue.doc) else None
    if opening is None or opening.text not in (",", "—", "–", "--", "”", "''", '"') or not cue.text.islower() or (
            cue.dep_ == "ccomp" and (closing is None or closing.text not in (",", "—", "–", "--"))):
        return None
    end = _said_phrase_end(cue, clause)
    after = next((t for t in cue.doc[end.i + 1:cue.sent.end] if t.text not in (",", ":")), None)
    if after is not None and after.text in QUOTE_OPENERS and _closes_sentence(after):
        return None  # 'Ann Lee, noting the cost, said, “...”': the quote after it is what was said
    hung = {t.i for c in cue.rights if c.i > end.i and (c.dep_ in ("prep", "ccomp") or _second_predicate(c))
            for t in c.subtree}
    said = clause - hung  # 'proof, they argued, [of his part]'; not 'he said, [referring to ...]'
    tokens = _in_paragraph(cue, [t for t in cue.sent if t.i not in said], paragraph)
    while tokens and tokens[-1].is_punct:
        tokens.pop()  # the full stop after a closing cue clause ('..., observed Ann Lee, an adviser.')
    return _trim(doc_text(cue.doc), *_span_chars(tokens)) if tokens else None


def _second_predicate(verb: Token) -> bool:
    """A verb joined to a set-in cue with no subject of its own, no participle nor cue of the
    speaker's (a passive one is not): the reported clause's next predicate ('the plant had shut,
    he said, [and was for sale]', 'growth was 3%, he said, [and was forecast to stay so]')."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and verb.tag_ != "VBG" and (
        passive or _cue_entry(verb) is None) and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _closes_sentence(mark: Token) -> bool:
    """Whether the quote a mark opens runs to its sentence's end ('said, “We won.”'), not only
    over some of what the cue reports ('the lawyers said, “all agree” that he may run')."""
    close = next((t for t in mark.doc[mark.i + 1:mark.sent.end] if t.text in ('"', "”", "''")), None)
    return close is None or all(t.is_punct or t.is_space for t in mark.doc[close.i + 1:mark.sent.end])


def _set_in_gap(cue: Token, content: tuple[int, int] | None) -> tuple[int, int] | None:
    """'The plan, he said, will fail': the set-in cue clause inside what it reports, up to its
    subject after it and where, when and to whom it was said, left out of the statement's text
    ('The plan … will fail'); None when the clause opens or closes it."""
    clause = _set_in(cue)
    gap = _span_chars([cue.doc[min(clause)], _said_phrase_end(cue, clause)])
    return gap if content is not None and content[0] < gap[0] and gap[1] < content[1] else None


def _said_phrase_end(cue: Token, clause: set[int]) -> Token:
    """The last word of a set-in cue clause's own phrases after the cue: its subject there and
    where, when and to whom it was said ('said [Ann Lee, an adviser,] [in a speech]'), not what
    the parse hung on the cue of the words it reports ('proof, they argued, [of his part in it]')."""
    last = cue
    for child in cue.rights:
        own = child.dep_ in ("nsubj", "npadvmod", "dative", "dobj", "advmod", "agent", "punct") or (
            child.dep_ == "prep" and child.lower_ in cues().said_phrase_preps)
        if child.i not in clause or child.text in QUOTE_OPENERS or not own:
            break  # 'noting the cost, said, [“]...': a quote after the cue is what was said
        last = child.right_edge
    return last


def _named_set_in(cue: Token, entry: dict, index: ActorIndex, paragraph: tuple[int, int],
                  quotes: list[Quote]) -> tuple[Token, tuple[int, int], tuple[int, int]] | None:
    """'For instance, said Ann Lee, fares will fall', 'The problem, said Ann Lee, head of the
    union, is cost': a cue set into the sentence it reports with its speaker named right after
    it, set off by commas; the parse takes the name for the subject of the clause after it (or
    that clause's subject for the name's apposition). The name speaks; what was said is the
    sentence around the set-in clause, without it (its gap). A name followed by no clause of its
    own ('..., said Ann Lee, who leads the union', '..., said Ann Lee, adding ...') is no set-in."""
    doc = cue.doc
    end = next((t.i for t in doc[cue.i:cue.sent.end] if t.idx >= paragraph[1]), cue.sent.end)  # the parse may run on
    if not cue.text.islower() or cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.i - 1 <= cue.sent.start or (
            doc[cue.i - 1].text not in (",", "—", "–")) or cue.i + 1 >= end:
        return None
    name = doc[cue.i + 1]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head  # 'Mr [Lee]'
    close = name.i + 1
    if not _names_party_at(index, name.i) or close >= end or doc[close].text != "," or (
            entry.get("addressee") and name.dep_ in ("dobj", "dative")):
        return None  # 'Ann Lee, who ran, told [Fox News], ...': whom she told
    described = next((t.i for t in doc[close + 1:end] if t.text == ","), None)
    if described is not None and _describes(doc[close + 1:described], name) and _finite_clause(doc[described + 1:end]):
        close = described  # '..., said Ann Lee, head of the union, ...'
    rest = doc[close + 1:end]
    if not _finite_clause(rest) or rest[0].pos_ == "CCONJ" or rest[0].lower_ in cues().contrasts:
        return None  # '..., said Ann Lee, but she did not ...': a cue after what it reports, then more
    before = doc[cue.sent.start:cue.i - 1]
    if any(_cue_entry(t) is not None and any(c.dep_ == "ccomp" for c in t.children) for t in before):
        before = doc[cue.i:cue.i]  # 'the poll shows that ... because, said Ann Lee, ...': what she said starts after her
    tokens = _in_paragraph(cue, [*before, *rest], paragraph)
    if not tokens:
        return None
    content = _trim(doc_text(doc), *_span_chars(tokens))
    if sum(_overlap((q.start, q.end), content) for q in quotes) * 2 >= content[1] - content[0]:
        return None  # '“A,” said Ann Lee, “B.”': the quotes are the statement
    return name, content, (doc[cue.i - 1].idx, doc[close].idx + 1)


def _describes(words: Span, name: Token) -> bool:
    """Whether words set off after a name say who that is ('head of the union', 'a senior
    vice-president at Acme'): a phrase with no verb, hung on the name or headed by a word for
    people."""
    tops = _tops(words)
    return bool(tops) and not any(t.pos_ in ("VERB", "AUX") for t in words) and (
        all(t.head == name for t in tops) or len(tops) == 1 and _names_people(tops[0]))


def _finite_clause(words: Span) -> bool:
    """Whether words open a clause of their own: a finite verb at their top, not a relative
    clause ('who leads the union') or a participle ('adding that ...')."""
    tops = _tops(words)
    return bool(words) and words[0].lower_ not in RELATIVE_PRONOUNS + ("whose", "whom") and any(
        t.dep_ not in ("relcl", "acl") and (t.tag_ in FINITE or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in t.children)) for t in tops)


def _set_in(cue: Token) -> set[int]:
    """The tokens of a set-in cue clause: from its subject to its end, without an opening before
    the subject and its comma, which the parse may hang on the cue ('At times, [aides said],');
    the whole subtree when the cue has no speaker before it ('However, [the offer is reported]')
    or stands in what another cue reports ('attacks that, [Lee noted], Roe said were ...')."""
    subtree = [t.i for t in cue.subtree]
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    start = subject.left_edge.i if subject is not None else subtree[0]
    if start > subtree[0] and cue.doc[start - 1].text == "," and _cue_entry(cue.head) is None:
        return {i for i in subtree if i >= start}
    return set(subtree)


def _set_into(cue: Token) -> bool:
    """'If she wins, the mayor said, fares will fall': a cue the parse made a clause of the verb
    after it, with nothing of its own to report; not the clause another cue reports ('the firm
    added staff, the paper reported')."""
    return (cue.dep_ == "ccomp" and cue.i < cue.head.i and _cue_entry(cue.head) is None
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in cue.children))


def _trailing(cue: Token, entry: dict) -> bool:
    """'Prices will rise this year, Ann Lee told a Senate panel.', 'The plant is struggling, said
    its chief.': a cue the parse joined to the clause before it, set off by a comma with no
    conjunction, that closes its sentence with a subject and nothing to report of its own (whom
    it told, where and when aside), reports that clause (not 'she won, and he said so')."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if cue.dep_ != "conj" or cue.i < cue.head.i or subject is None or entry.get("weak") or (
            _cue_entry(cue.head) is not None):
        return False  # 'fans chanted “...”, the Tribune reports': the fans' words, not the paper's
    start = min(subject.left_edge.i, cue.i)
    return (start > 0 and cue.doc[start - 1].text == ","
            and all(t.is_punct or t.is_space for t in cue.doc[cue.right_edge.i + 1:cue.sent.end]) and not any(
                c.dep_ in ("ccomp", "xcomp", "cc", "conj", "advcl") or c.dep_ == "dobj" and not entry.get("addressee")
                for c in cue.children))


def _unquoted(content: tuple[int, int] | None, quotes: list[Quote]) -> tuple[int, int] | None:
    """The sentence around a cue as its content, unless it is mostly quotes: '“A,” he said, “B.”'
    (the quotes are the statement, not a word quoted in it)."""
    if content is None or sum(_overlap((q.start, q.end), content) for q in quotes) * 2 >= content[1] - content[0]:
        return None
    return content


def _closing_subject(cue: Token, entry: dict, index: ActorIndex) -> Token | None:
    """'Those who borrow struggle, even with a good job, he said.': a cue and its subject closing
    their sentence after a comma, whatever the parse made of the clause before (a stray subject
    of the cue, an adverbial clause it hangs on). The subject is one who speaks ('..., the
    borrowing continued' is no saying) with no verb of its own ('..., and the firm said' is
    joined on); after the cue only where, when or to whom it was said ('said a lot', 'told a
    joke', 'asked the mayor about ...', 'said: “...”' report something else). Not a belief ('...,
    he thinks.' is weak, see `_trailing`)."""
    doc, sent = cue.doc, cue.sent
    if entry.get("weak") or not cue.text.islower() or cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    subject = next((c for c in reversed(list(cue.lefts)) if c.dep_ == "nsubj"), None)
    if subject is None or subject.right_edge.i != cue.i - 1 or subject.left_edge.i - 1 <= sent.start or (
            doc[subject.left_edge.i - 1].text != ",") or not holds_statement(subject, index, "speaker"):
        return None
    after = [t for t in doc[cue.i + 1:sent.end] if not t.is_space]
    if not after or after[-1].text != "." or any(
            t.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ", "PRON") or t.text in (":", ";")
            or any(m in t.text for m in ALL_MARKS) for t in after) or any(t.dep_ in ("dobj", "attr", "oprd", "ccomp", "xcomp", "acomp") and not (
                entry.get("addressee") and t.dep_ == "dobj") for t in after if t.head == cue):
        return None
    before = doc[sent.start:subject.left_edge.i - 1]
    if any(t.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ") for t in doc[subject.left_edge.i:cue.i]) or not any(
            t.tag_ in FINITE for t in before):
        return None  # 'In a memo on Tuesday, Ann Lee reminded ...': no clause before, nothing said
    return subject


def _conjoined_subject(cue: Token, index: ActorIndex) -> Token | None:
    """'Exports rose in May, the statistics office said', 'Prices are rising and analysts said
    rates will go up': a finite cue with no subject right after one who speaks, whom the parse
    joined to a list in the clause before (a conjunct after a comma or 'and'); None otherwise."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.i == 0 or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    noun = cue.doc[cue.i - 1]
    while noun.dep_ != "conj" and noun.head.i < cue.i and noun.head.right_edge.i == cue.i - 1 and noun.head != noun:
        noun = noun.head
    if noun.dep_ != "conj" or noun.pos_ not in _NOUNS or noun.right_edge.i != cue.i - 1:
        return None
    joint = cue.doc[noun.left_edge.i - 1]
    return noun if holds_statement(noun, index, "speaker") and (joint.text == "," or joint.lower_ == "and" and any(
        c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)) else None


def _joined_report(cue: Token, subject: Token, paragraph: tuple[int, int]) -> tuple[int, int] | None:
    """What a cue with a conjoined subject (see `_conjoined_subject`) reports: its clause after it
    ('analysts said [rates will go up]'), else the words before the subject's comma."""
    after = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    if after is None:
        return _before_closing(cue, subject, paragraph)
    tokens = _in_paragraph(cue, list(after.subtree), paragraph)
    return _trim(doc_text(cue.doc), *_span_chars(tokens)) if tokens else None


def _before_closing(cue: Token, subject: Token, paragraph: tuple[int, int]) -> tuple[int, int] | None:
    """The words of the sentence before a closing cue's comma (see `_closing_subject`)."""
    tokens = _in_paragraph(cue, list(cue.doc[cue.sent.start:subject.left_edge.i - 1]), paragraph)
    return _trim(doc_text(cue.doc), *_span_chars(tokens)) if tokens else None


def _as_clause(cue: Token) -> bool:
    """'As the paper reported, ...', 'the ferry, as Lee noted, has not run': a cue in a clause led
    by 'as', with no object or clause of its own (an idiom's object is part of the cue: 'as Lee
    put it'), on the clause it reports; a view or a feeling so set is a time or a cause ('shares
    fell as analysts worried')."""
    found = _cue_entry(cue)
    return (found is not None and not found[0].get("weak") and cue.dep_ == "advcl"
            and cue.head.pos_ in ("VERB", "AUX") and cue.left_edge.lower_ == "as"
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") and c != found[1] for c in cue.children))


def _as_reported(cue: Token, paragraph: tuple[int, int]) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The clause an 'as' clause reports, and the 'as' clause when it stands inside it (left out
    of the statement's text); a conjunction before it joins the sentence on, it is not said ('Or,
    as Ann Lee put it, ...')."""
    clause = {t.i for t in cue.subtree}
    tokens = _in_paragraph(cue, [t for t in cue.head.subtree if t.i not in clause and not t.is_punct], paragraph)
    if all(t.dep_ in ("cc", "advmod") for t in tokens if t.i < cue.left_edge.i):
        tokens = [t for t in tokens if t.i > cue.i]
    if not tokens:
        return None, None
    content = _trim(doc_text(cue.doc), *_span_chars(tokens))
    gap = _span_chars(list(cue.subtree))
    return content, gap if content[0] < gap[0] and gap[1] < content[1] else None


def _paragraph(text: str, at: int, quotes: list[Quote]) -> tuple[int, int]:
    """Char bounds of the paragraph around `at`, widened to any quote that runs over it: a parse
    that runs over a line break joins two paragraphs into one clause, but a quote over
    paragraphs is one statement."""
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    hi = len(text) if hi < 0 else hi
    for q in quotes:
        if q.start < hi and q.end > lo:
            lo, hi = min(lo, q.start), max(hi, q.end)
    return lo, hi


def _inside_quotes(doc: Doc, quotes: list[Quote]) -> set[int]:
    out: set[int] = set()
    for q in quotes:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _reporters_words(doc: Doc, content: tuple[int, int], quote: Quote, cue: Token) -> bool:
    """The content starts in the reporter's words and quotes only its end ('said the plan was "a
    disaster"', 'said he would "fight on"', 'predicted viewers "will be upset"', 'called the plan
    "reckless"'), or quotes a part of its clause whose verb the reporter's words give after it
    ('hinted that "staff changes" could follow', '"We must act" without "a long delay", he said'):
    a mixed quote, not a direct one ('said that "the plan is a disaster"', 'said "costs rose" in
    May'; the cue and its speaker after the quote are no words of the clause: '"We lost," he said')."""
    before = doc.char_span(content[0], quote.start, alignment_mode="contract")
    if before is not None and any(t.pos_ in ("VERB", "AUX", "NOUN", "PROPN", "PRON", "NUM") for t in before):
        return True
    for tok in doc.char_span(quote.end, content[1], alignment_mode="contract") or ():
        if tok.i == cue.i or tok.is_quote or _cue_entry(tok) is not None:
            return False  # words up to a cue or the next quote only
        if tok.pos_ in ("VERB", "AUX"):
            return True
    return False


def extract_statements(doc: Doc, index: ActorIndex, gated: bool = False) -> list[Statement]:
    """Direct and indirect statements of a parsed article, in reading order; `gated`: a sports,
    arts, technology or business story (events/domain.py `gated_story`, `business_story`), where
    aims are no statements."""
    text = doc_text(doc)
    quotes = find_quotes(text)
    frames = _frames(doc, quotes, index, gated)
    statements: list[Statement] = []
    held: list[Statement] = []  # unnamed stances of a noun phrase: no unframed quote goes on with them
    used_quotes: set[int] = set()
    framed_quote: dict[int, _Frame] = {}

    for frame in frames:
        if frame.content is None or frame.content[1] - frame.content[0] < 2:
            continue
        content = frame.content
        covering = [n for n, q in enumerate(quotes)
                    if _overlap((q.inner_start, q.inner_end), content) >= 0.5 * (content[1] - content[0])]
        if covering and not _reporters_words(doc, content, quotes[covering[0]], frame.cue):
            framed_quote.setdefault(covering[0], frame)  # the frame of a direct quote
            continue
        if (tail := _tail_of(content, quotes)) is not None:
            framed_quote.setdefault(tail, frame)  # '... and I say go on," he concluded': the quote's end
            continue
        if covering and content[0] < quotes[covering[0]].start < content[1]:
            content = (content[0], max(content[1], quotes[covering[0]].end))  # with its closing mark
        for n, q in enumerate(quotes):
            if content[0] <= q.inner_start and q.inner_end <= content[1] + 2:
                used_quotes.add(n)  # mixed quote: counted once, as indirect
                if content[0] < q.start:
                    content = (content[0], max(content[1], q.end))  # 'called it "reckless"': with its closing mark
                elif content[0] == q.inner_start and q.end < content[1]:
                    content = (q.start, content[1])  # 'that “in his view,” it was safe': with its opening mark
        if _put_to_subject(frame):
            continue  # its quoted words are the question's, no one's statement
        statements.append(_statement(doc, index, frame, "indirect", content))
        if frame.weak and statements[-1].speaker_key is None and _nominal(doc, content):
            held.append(statements[-1])

    last_direct: Statement | None = None
    last_frame: _Frame | None = None
    for n, q in enumerate(quotes):
        if n in used_quotes:
            continue
        frame = framed_quote.get(n) or _frame_near(doc, q, frames, quotes)
        after = (_after_cue(doc, last_direct, last_frame, q)
                 if last_direct is not None and last_frame is not None and frame in (None, last_frame) else None)
        if after == "resumes":  # what was said, without the cue clause between its parts
            last_direct.text = f"{last_direct.text}{ELISION}{text[q.inner_start:q.inner_end]}"
            last_direct.char_end = q.inner_end
            last_direct.sentence = evidence(doc, last_direct.char_start, q.inner_end)
        if after is not None:
            continue
        words = len(text[q.inner_start:q.inner_end].split())
        if _names_a_work(doc, q, n in framed_quote):
            continue
        if n not in framed_quote and frame is not None and frame.content is not None and (
                words < MIN_QUOTE_WORDS):
            frame = _governing(q, frames)  # a scare quote near a cue that reports something else
        if n not in framed_quote and words <= MAX_TITLE_WORDS and _writers_term(doc, q, frame):
            continue
        if frame is None:
            if words < MIN_QUOTE_WORDS:
                continue
            st = _signed(doc, index, q) or _put(doc, index, q) or _continued(doc, index, q, statements, last_direct, held)
        else:
            st = _statement(doc, index, frame, "direct", (q.inner_start, q.inner_end))
        if words < 2 and st.speaker_key is None:
            continue
        statements.append(st)
        last_direct, last_frame = st, frame
    statements.sort(key=lambda s: s.char_start)
    return statements


def _tail_of(content: tuple[int, int], quotes: list[Quote]) -> int | None:
    """The quote a cue's content opens inside of and closes with ('“We won. That is what counts
    and I say go on,” he concluded, to cheers': a quote of several sentences, the cue's own
    sentence starting in it): the cue frames that quote, and no indirect statement is made of
    its last words with the cue clause."""
    return next((n for n, q in enumerate(quotes)
                 if q.inner_start < content[0] < q.inner_end <= content[1]), None)


def _put_to_subject(frame: _Frame) -> bool:
    """'Asked about the strike, Ann Lee said ...', 'When asked if she would stand, she ...': a bare
    participle of speech put to the subject of its clause holds what someone unnamed asked or told
    them, no statement of theirs nor of anyone named; it still frames the answer quoted after it."""
    cue = frame.cue
    return frame.addressed and _bare_participle(cue)  # 'after they were assured that ...' keeps its subject


def _governing(q: Quote, frames: list[_Frame]) -> _Frame | None:
    """The innermost frame whose cue's clause holds a few quoted words ('hailed the vote as
    "fantastic", telling reporters that ...': 'hailed'; a stance too: 'called the pact "insanity"');
    none when they stand in a clause of no cue ('ruled the pact could not be put "in abeyance",
    and confirmed that ...'): then they are the writer's scare quote or a term, no statement."""
    holding = [f for f in frames if f.cue.left_edge.idx <= q.start
               and q.end <= f.cue.right_edge.idx + len(f.cue.right_edge)]
    return max(holding, key=lambda f: f.cue.left_edge.idx, default=None)


def _nominal(doc: Doc, content: tuple[int, int]) -> bool:
    """A content that is a noun phrase, not a clause ('backed [the plan]', 'hoping for [a boost in
    sales]'): a stance held, which says nothing a quote after it could go on with."""
    span = doc.char_span(*content, alignment_mode="expand")
    return span is not None and span.root.pos_ not in ("VERB", "AUX")


def _after_cue(doc: Doc, st: Statement, frame: _Frame, q: Quote) -> str | None:
    """How a quote relates to the quote before it and that quote's cue clause: "resumes" when it
    goes on after the clause ('“We lost,” said Ann Lee, who leads the group. “But we will be
    back.”': one statement, its offsets running over the cue clause, its text the two parts
    joined by ELISION); "names" when
    it is a title inside the clause ('“We lost,” she told “Good Morning.”': no statement); else
    None. A clause that adds anything of its own (', adding that ...') or a paragraph break
    ends the statement."""
    gap = doc_text(doc)[st.char_end:q.start]
    if "\n" in gap or not st.char_end <= frame.cue.idx < q.start:
        return None
    if gap.rstrip()[-1:] not in ",.;:!?—–-" and _is_title(doc_text(doc)[q.inner_start:q.inner_end]):
        return "names"
    if _answered(doc, q):
        return None
    cue_tree = {t.i for t in frame.cue.subtree}
    speaker = {t.i for t in frame.speaker.subtree} if frame.speaker is not None else set()
    for tok in doc.char_span(st.char_end, q.start, alignment_mode="contract") or ():
        if tok.is_punct or tok.is_space or tok.i in speaker or tok.i == frame.cue.i:
            continue
        if tok.i not in cue_tree or tok.pos_ in ("VERB", "AUX"):
            return None
    return "resumes"


def _answered(doc: Doc, q: Quote) -> bool:
    """Whether a quote is signed right after it by a speaker and a bare verb of its own ('“Did
    you?” the lawyer pressed.'), a verb the cue list need not know."""
    text = doc_text(doc)
    words = [t for t in doc.char_span(q.end, min(len(text), q.end + 80), alignment_mode="contract") or ()
             if not (t.is_punct or t.is_space)]
    if not words or "\n" in text[q.end:words[0].idx]:
        return False
    first = words[0]
    subject = first if first.dep_ in SUBJECT_DEPS else next((a for a in first.ancestors if a.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.left_edge.i != first.i:
        return False
    verb = subject.head
    return (verb.pos_ == "VERB" and verb.i == subject.right_edge.i + 1 and verb.i + 1 < len(doc)
            and doc[verb.i + 1].is_punct and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children))


def _names_a_work(doc: Doc, q: Quote, framed: bool) -> bool:
    """'appeared on "Island Evening"', 'his book, "Ferries of the North,"', 'presented an "Action
    Plan for the Recovery of Trade"': a few words in capitals (small words aside), quoted inside a
    sentence, name a show, a book, a plan or a slogan; nobody said them. Past MAX_TITLE_WORDS
    words in all only in running text, not in a headline, whose words are all in capitals ('Lee
    Vows To Do 'A Lot More Than That Before The Vote''). With a full stop or a question mark of
    their own ('sang "Where Is the Love?"', 'to film "A Night of Football."') only in running text
    set straight after a word (not after a colon or a comma that introduce what someone said), and
    not as what a cue reports ('called her "The Iron Lady."'); an exclamation is a chant
    ('chanting "Dump Them!"')."""
    text = doc_text(doc)
    inner = text[q.inner_start:q.inner_end].rstrip(" ,")
    lead = text[sentence_at(doc, q.start).start_char:q.start].rstrip(" (")
    capitals = [w for w in re.findall(r"[^\W\d_][\w’'-]*", inner) if w.lower() not in _TITLE_SMALL_WORDS]
    if len(capitals) > MAX_TITLE_WORDS or not _is_title(inner) or not lead.strip():
        return False
    headline = len(lead.split()) > 2 and _is_title(lead)  # not 'According to "The Long Road,"'
    if inner[-1:] not in ".!?":
        return len(inner.split()) <= MAX_TITLE_WORDS or not headline
    return inner[-1:] != "!" and len(capitals) > 1 and lead[-1:].isalnum() and not framed and not headline


def _writers_term(doc: Doc, q: Quote, frame: _Frame | None) -> bool:
    """A few quoted words set into a noun phrase as a name for something: after a possessive or a
    word that names a term ('Janet Lee's "wardrobe malfunction"', 'the so-called "next wave"'), or,
    with no cue in their sentence, after a determiner or an adjective or before the noun they
    modify ('rely on the "trust fund"', 'the "one time, last time" rule'). No cue reports them as
    its content: they are the writer's term or scare quote, not a statement (a cue in the
    sentence makes them its speaker's words: 'growing at a "good pace", he warned', 'hailed the
    victory as a "special" win')."""
    span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span) or span.start == 0:
        return False
    before = doc[span.start - 1]
    while before.text in ALL_MARKS and before.i > 0:
        before = doc[before.i - 1]
    lead = doc_text(doc)[max(0, q.start - 20):q.start].lower()
    if before.tag_ in ("POS", "PRP$") or any(re.search(rf"\b{re.escape(m)}\s*$", lead) for m in cues().term_marks):
        return True
    after = doc[span.end] if span.end < len(doc) else None
    while after is not None and after.text in ALL_MARKS:
        after = doc[after.i + 1] if after.i + 1 < len(doc) else None
    sent = span[0].sent
    return (before.tag_ in ("DT", "JJ") or after is not None and after.pos_ == "NOUN" and span.root.head == after) and (
        frame is None or not sent.start <= frame.cue.i < sent.end)


_TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with from by".split())


def _is_title(words: str) -> bool:
    """'Meet the Press', 'Good Morning America': a name in capitals, not words someone said."""
    found = re.findall(r"[^\W\d_][\w’'-]*", words)
    return bool(found) and found[0][0].isupper() and all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in found)


def _frame_near(doc: Doc, q: Quote, frames: list[_Frame], quotes: list[Quote]) -> _Frame | None:
    """The reporting verb of a quote: in the quote's own sentence(s) and paragraph, outside the
    quote, the nearest one; else a sentence before that ends with a colon ('He said:'). A quote
    that ends its sentence ('“Not again!” Ann Lee wrote.') takes a cue of the next sentence that
    reports nothing else."""
    first, last = sentence_at(doc, q.start), sentence_at(doc, max(q.start, q.end - 1))
    lo, hi = first.start_char, last.end_char
    after = doc_text(doc)[q.end:q.end + 3].lstrip()
    bare_from = len(doc_text(doc))  # from here on only a cue without content of its own
    if last.end_char <= q.end + 1 and after[:1] and (after[:1].isalpha() or after[:1] == ","):
        nxt = sentence_at(doc, min(len(doc_text(doc)) - 1, last.end_char + 1))
        hi = max(hi, nxt.end_char)
        if after[:1].isupper():
            bare_from = last.end_char
    par_lo, par_hi = _paragraph(doc_text(doc), q.start, quotes)
    lo, hi = max(lo, par_lo), min(hi, par_hi)
    best, best_dist = None, MAX_CUE_DISTANCE
    for f in frames:
        pos = f.cue.idx
        if not (lo <= pos < hi) or q.start <= pos < q.end or f.weak or pos >= bare_from and not _signs(f, q):
            continue
        dist = q.start - pos if pos < q.start else pos - q.end
        if dist < best_dist:
            best, best_dist = f, dist
    if best is None and first.start > 0:
        prev = doc[first.start - 1].sent
        if prev.text.rstrip().endswith(":"):
            cands = [f for f in frames if prev.start_char <= f.cue.idx < prev.end_char]
            best = cands[-1] if cands else None
    return best


def _signs(frame: _Frame, q: Quote) -> bool:
    """'“Not again!” Ann Lee wrote in a letter': a cue without content of its own whose speaker
    follows the quote directly; one going on to do something else signs nothing ('“...” Ann Lee
    continues to live in Leeds')."""
    if frame.content is not None or frame.speaker is None or frame.speaker.i > frame.cue.i or any(
            c.dep_ == "xcomp" for c in frame.cue.children):
        return False
    doc = frame.cue.doc
    between = doc[frame.speaker.right_edge.i + 1:frame.cue.i]  # 'Ann Lee [has] wrote'
    lead = doc_text(doc)[q.end:frame.speaker.left_edge.idx]
    return (all(t.is_punct or t.is_space or t.dep_ in ("aux", "neg", "advmod") for t in between)
            and not lead.strip().strip(ALL_MARKS + ",").strip())


_SIGNATURE_GAP = re.compile(r"^[\s,;:―—–-]{0,4}$")


def _signed(doc: Doc, index: ActorIndex, q: Quote) -> Statement | None:
    """A quote signed by a name right after it ('”― Jane Roe') or a 'Jane Roe: “...”' lead-in. A
    name opening the next paragraph signs it only standing alone on its line; one that runs on
    ('J Roe (Halvard), B Lind ...') starts something else."""
    text = doc_text(doc)
    for m in index.mentions:
        if index.actor(m.actor_key).actor_type != "person":
            continue
        gap = text[q.end:m.char_start]
        line_end = text.find("\n", m.char_end)
        after = 0 <= m.char_start - q.end <= 4 and _SIGNATURE_GAP.match(gap) and (
            "\n" not in gap or not text[m.char_end:line_end if line_end >= 0 else len(text)].strip())
        before = 0 <= q.start - m.char_end <= 3 and text[m.char_end:q.start].strip() == ":"
        if after or before:
            return Statement(m.actor_key, m.text, "direct", "", text[q.inner_start:q.inner_end], q.inner_start,
                             q.inner_end, evidence(doc, min(q.start, m.char_start), max(q.end, m.char_end)), 0.6)
    return None


def _put(doc: Doc, index: ActorIndex, q: Quote) -> Statement | None:
    """A quote after a colon that ends a clause saying how a person spoke ('Asked about the
    strike, Jo Bry was blunt: "..."', 'Ms Lee is confident though: "..."': the copula with an
    adjective of [manner] in cues.toml, the person its subject): the person's words."""
    text = doc_text(doc)
    lead = doc.char_span(sentence_at(doc, q.start).start_char, q.start, alignment_mode="contract")
    if lead is None or not text[:q.start].rstrip().endswith(":"):
        return None
    adjective = next((t for t in reversed(lead) if t.dep_ == "acomp" and t.lower_ in cues().manner), None)
    if adjective is None or adjective.head.lemma_ != "be" or any(
            t.pos_ in ("VERB", "AUX") or t.pos_ == "ADJ" and t.dep_ != "advmod" for t in lead[adjective.i - lead.start + 1:]):
        return None  # 'she was clear about what she wanted and said: "..."': the last clause frames it
    subject = next((c for c in adjective.head.children if c.dep_ in SUBJECT_DEPS), None)
    keys = index.resolve(subject) if subject is not None else []
    if len(keys) != 1 or index.actor(keys[0]).actor_type != "person":
        return None
    return Statement(keys[0], _speaker_text(doc, index, subject), "direct", "", text[q.inner_start:q.inner_end],
                     q.inner_start, q.inner_end, evidence(doc, subject.idx, q.end), 0.6)


def _continued(doc: Doc, index: ActorIndex, q: Quote, statements: list[Statement],
               last_direct: Statement | None, held: list[Statement]) -> Statement:
    """An unframed quote continues the speaker of the statement just before it (same or
    previous paragraph), unless that is a stance `held` of a noun phrase by no named actor in an
    earlier sentence ('The authors are hoping for a boost in sales.'), which says nothing a quote
    could go on with (in its own sentence it may: 'she criticised the plan, calling it "..."'; a
    named person quoted after their stance most often goes on: 'Lee called him a master of
    deals. "He showed ..."'); otherwise its speaker stays unknown."""
    sent = sentence_at(doc, q.inner_start)
    prev = [s for s in statements if s.char_end <= q.start and q.start - s.char_end < 400]
    if last_direct is not None and last_direct.char_end <= q.start:
        prev.append(last_direct)
    prev.sort(key=lambda s: s.char_end)
    text = doc_text(doc)[q.inner_start:q.inner_end]
    sentence = evidence(doc, q.start, q.end)
    if prev and prev[-1].speaker_text and (prev[-1] not in held or sentence_at(doc, prev[-1].char_start) == sent):
        p = prev[-1]
        return Statement(p.speaker_key, p.speaker_text, "direct", p.cue, text, q.inner_start,
                         q.inner_end, sentence, 0.5)
    subject = _previous_subject(doc, index, q)
    if subject is not None:
        return Statement(index.key_of_token[subject.i], _speaker_text(doc, index, subject), "direct",
                         "", text, q.inner_start, q.inner_end, sentence, 0.4)
    return Statement(None, None, "direct", "", text, q.inner_start, q.inner_end, sentence, 0.3)


def _previous_subject(doc: Doc, index: ActorIndex, q: Quote) -> Token | None:
    """A quote standing alone as its sentence(s), right after a sentence whose subject is a
    person in the same paragraph: that person is speaking."""
    first = sentence_at(doc, q.start)
    if doc_text(doc)[first.start_char:q.start].strip() or first.start == 0:
        return None
    prev = doc[first.start - 1].sent
    if "\n" in doc_text(doc)[prev.end_char:q.start]:
        return None
    for tok in prev:
        if tok.i in index.subject_tokens and index.actor(index.key_of_token[tok.i]).actor_type == "person":
            return tok
    return None


def _speaker_text(doc: Doc, index: ActorIndex, tok: Token) -> str:
    """The speaker as written: its mention if it is a named actor, else its noun phrase, with the
    people a count counts ('a number of economists', '4 in 10')."""
    if tok.lower_ in ("who", "which", "that") and tok.head.dep_ in ("relcl", "acl"):
        tok = tok.head.head
    for m in index.mentions:
        if m.char_start <= tok.idx < m.char_end:
            return m.text
    of = _counted_of(tok)  # 'a number [of economists]': the counted people with their count
    keep = [tok] + [t for t in tok.subtree if t.i != tok.i and (t == of or t.dep_ not in (
        "relcl", "acl", "appos", "punct", "prep")) and all(
        a.dep_ not in ("relcl", "acl", "appos", "prep") or a.i == tok.i or a == of
        for a in _ancestors_until(t, tok))]  # the speaker word itself, whatever its role
    lo = min(t.i for t in keep)
    hi = max(t.i for t in keep) + 1
    if tok.like_num and hi + 1 < len(doc) and doc[hi].lower_ == "in" and doc[hi + 1].like_num:
        hi += 2  # a rate: '4 in 10', 'one in five'
    return doc[lo:hi].text


def _ancestors_until(t: Token, top: Token) -> list[Token]:
    out = [t]
    while t.i != top.i and t.head.i != t.i:
        t = t.head
        out.append(t)
    return out


def _statement(doc: Doc, index: ActorIndex, frame: _Frame, kind: str,
               span: tuple[int, int]) -> Statement:
    """A frame's statement. Who was spoken to ('when asked about the vote') said no question; a
    quote the question frames is their answer, unless the passive verb introduces it with a colon
    ('She was asked: "Will you stand?"': the question put to her)."""
    key, speaker_text = None, None
    if frame.speaker is not None and frame.speaker.lower_ in OBJECT_PRONOUNS and frame.speaker.pos_ == "PRON" and (
            frame.speaker.tag_ != "PRP$"):
        frame.speaker = None  # "us", not "the US"; but 'her claim that' is hers
    put_to = kind == "direct" and any(c.dep_ == "auxpass" for c in frame.cue.children) and doc_text(doc)[
        frame.cue.idx + len(frame.cue):span[0]].strip(" " + "".join(ALL_MARKS)) == ":"
    speaker = None if frame.addressed and (kind == "indirect" or put_to) else frame.speaker
    if speaker is not None:
        keys = index.resolve(speaker) or index.resolve(counted(speaker)) or [  # 'one of them, Ann Lee,'; 'half of Democrats'
            k for maker in _made_by(speaker) for k in index.resolve(maker) if index.actor(k).actor_type != "country"]
        key = keys[0] if keys else None
        speaker_text = frame.speaker_words or _speaker_text(doc, index, speaker)
    cue = frame.cue
    text = doc_text(doc)
    said = text[span[0]:span[1]]
    gap = frame.gap
    if gap is not None and span[0] < gap[0] and gap[1] < span[1]:  # 'the firm, according to X, has won'
        said = f"{text[span[0]:gap[0]].rstrip(' ,—–-')}{ELISION}{text[gap[1]:span[1]].lstrip(' ,—–-')}"
    return Statement(key, speaker_text, kind, frame.cue_text, said, span[0], span[1],
                     evidence(doc, min(span[0], cue.idx), max(span[1], cue.idx + len(cue))), 0.8 if key else 0.6,
                     cue_start=cue.idx)
