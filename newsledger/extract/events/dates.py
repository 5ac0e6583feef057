"""When it happened (the `event_date`, `date_precision` and `date_text` columns): which spans
are date expressions (not durations, datelines or clock times), which event each one dates (the
nearest event above it in the parse, passed on through phase verbs, when-clauses, coordination,
copulas and means), and the tense it is resolved in ("Friday" after "will meet" is the coming
one, after "met" the last)."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from newsledger.extract.dates import named_year, resolve_date, side_of
from newsledger.extract.events.lexicon import lexicon
from newsledger.extract.events.roles import SUBJ, verb_chain
from newsledger.extract.events.triggers import (MODALS, Trigger, dated_after, intended_act, manner_host, modified_away,
                                                noun_entry, object_date, premodified)
from newsledger.extract.quotes import CLOSE_DOUBLE, OPEN_DOUBLE, TEX_CLOSE, TEX_OPEN
from newsledger.extract.statements import saying_day
from newsledger.extract.text import aux_words, doc_text, to_infinitive


_SPAN_OF_TIME = re.compile(r"(?<!recent )(?<!coming )(?<!upcoming )"  # "in recent weeks", "the coming days" are a time
                           r"\b(?:days|weeks|months|years|decades|hours)\b(?!.*\b(?:ago|earlier|later|before)\b)"
                           r"|^\d{1,2}$", re.I)
_DURATION = re.compile(r"^(?:(?:less|more|fewer) than |nearly |almost |about |at least |just )?"  # "less than a decade after"
                       r"(?:(?:the|a|an) )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)[- ](?:day|week|month|year|hour|minute|decade|century)s?(?:-long|-old)?$|"
                       r"^(?:daily|nightly|weekly|monthly|quarterly|yearly|annual|annually)$|^\w+-long$", re.I)
PAST_WORDS = re.compile(r"\b(?:last|ago|yesterday|previous|earlier)\b", re.I)  # counted back from now
FUTURE_WORDS = re.compile(r"^(?:tomorrow|(?:next|the coming) (?:week|month|year|spring|summer|autumn|fall|winter|"
                          r"monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?:['’]s)?$", re.I)
# counted on from now ("next week's summit" too), whenever the article was published ('the next day' is a story's own time)
_FUTURE_MODALS = frozenset(MODALS) - {"could", "to"}  # "could not attend on Monday" is past


def tense(trig: Trigger, chain: list[Token], status: str) -> str:
    """The tense the event's date is resolved in: 'Friday' after 'will meet' is the coming one,
    after 'met' the last."""
    if status in ("planned", "expected"):
        return "future"
    if trig.head.pos_ != "VERB" and chain[0].lemma_.lower() in lexicon().lists["commemorating"]:
        return "past"  # "celebrations to mark Finland's entry into NATO on Friday": what is marked has happened
    tags = {t.tag_ for t in chain}
    auxes = aux_words(chain)
    if auxes & _FUTURE_MODALS and not auxes & {"have", "'ve"}:
        return "future"  # "must be returned by Jan. 14", "would sign on Friday"; not "would have signed"
    if tags & {"VBD", "VBN"} or any(c.lower_ in ("had", "has", "have", "did") for t in chain for c in t.children):
        return "past"
    if (tags | {c.tag_ for t in chain for c in t.children if c.dep_ in ("aux", "auxpass")}) & {"VBZ", "VBP"}:
        return "present"  # "meets Albright on Monday", "is continuing under a June agreement"
    if "to" in auxes and chain[-1].dep_ == "advcl" and chain[-1].head.tag_ == "VBD":
        return "past"  # "fired tear gas to disperse them on Sunday": a purpose clause takes its verb's tense
    if "to" in auxes:
        return "present"  # "a ruling to repatriate him by Jan. 14": after its governor, before or after now
    for anc in chain[-1].ancestors:  # no tense of its own ("tried on Friday ... by calling on them"):
        if anc.tag_ in ("VBD", "VBZ", "VBP"):  # the clause it hangs on has one
            return "past" if anc.tag_ == "VBD" else "present"
    return "past"


_DAY_WORD = re.compile(r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
                       r"yesterday|tomorrow|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|"
                       r"january|february|march|april|june|july|august|september|october|"
                       r"november|december)\.?$", re.I)
_DATE_WORDS = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|year|month|"
    r"week|day|today|tonight|yesterday|tomorrow|decade|centur|spring|summer|autumn|fall|winter|"
    r"quarter|season|weekend|now|ago|recent|future|past|period|time|nineteen|eighteen|twenty|"
    r"two thousand|christmas|easter|eve|holiday)", re.I)  # not "Olympic", "Ramadan" is a holiday
_TOLD_DAY_PART = re.compile(  # a part of the day just told: a TIME entity that still names a day
    r"^(?:(?:earlier|later|early|late) in the day|(?:(?:earlier|later) )?that (?:same )?(?:morning|afternoon|evening|night)|"
    r"(?:the )?(?:next|following|previous) (?:morning|afternoon|evening|night)|"
    r"(?:the )?(?:morning|afternoon|evening|night) (?:before|after))$", re.I)
_WEEKDAY_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                  "today", "yesterday", "tomorrow"}


def date_spans(doc: Doc) -> list[Span]:
    """Date expressions: spaCy's DATE entities (not durations, spans of time or datelines),
    the day inside a TIME entity ('Thursday morning', 'the night of Friday, Oct. 23'), a part
    of the day just told ('later in the day', 'the next morning') and the date adverbs the NER
    leaves out ('now', 'recently')."""
    out = []
    for ent in (_without_duration(_without_event_words(e)) for e in doc.ents):
        if ent.label_ == "DATE" and len(items := _listed_dates(ent)) > 1:
            out.extend(items)  # "in 1994, 1995 and 1997": three dates, not one
        elif ent.label_ == "DATE":
            if not (_DURATION.match(ent.text.strip()) or _SPAN_OF_TIME.search(ent.text) or _is_dateline(ent)
                    or not _DATE_WORDS.search(ent.text) or _clock_time(ent) or _cut_duration(ent)
                    or _fraction(ent) or _own_ordinal(ent) or _frequency(ent) or _indefinite_day(ent)):
                out.append(ent)
        elif ent.label_ == "TIME" and _TOLD_DAY_PART.match(ent.text.strip()):
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
        if (tok.lower_ in adverbs and not tok.ent_type_ and tok.dep_ in ("advmod", "npadvmod") and not _quoted(tok)
                and not _frequency(doc[tok.i:tok.i + 1])):
            out.append(doc[tok.i:tok.i + 1])
    return out


def _without_event_words(ent: Span) -> Span:
    """The entity without the leading words of an event noun the NER took into it ('a coup
    d'etat last year' tags "d'etat last year" as one DATE): the date is 'last year'."""
    start = ent.start
    while ent.label_ == "DATE" and start < ent.end and (found := noun_entry(ent.doc[start])) and len(found[1]) > 1:
        start += 1
    return ent if start == ent.start else Span(ent.doc, start, ent.end, label=ent.label_)


_DATE_OPENERS = frozenset({"last", "this", "next", "earlier", "later", "early", "late"})


def _without_duration(ent: Span) -> Span:
    """The entity without a leading duration the NER took into it ('suspended for two weeks last
    month' tags "two weeks last month" as one DATE): the date is 'last month'."""
    for k in range(2, len(ent)):
        rest = ent[k]
        if _DURATION.match(ent[:k].text) and (rest.lower_ in _DATE_OPENERS and k + 1 < len(ent)
                                             or _DAY_WORD.match(rest.text) or _YEAR_WORD.match(rest.text)):
            return Span(ent.doc, ent.start + k, ent.end, label=ent.label_)
    return ent


_LIST_WORDS = frozenset({",", "and", "or"})
_YEAR_WORD = re.compile(r"^(?:1[6-9]\d\d|20\d\d)$")


def _since_phrase(ent: Span) -> range | None:
    """The since-phrase a date lies inside, up to its comma ('Since her op-ed in May, she has
    tacked left', 'Ever since she endorsed him this month, ...'): the date is the op-ed's or the
    endorsement's, a start the main clause counts from, not a date of that clause. Not a date
    right after 'since' ('since 2019'), which bounds the main clause itself."""
    sent = ent.sent
    for tok in reversed(ent.doc[sent.start:ent.start - 1]):
        if tok.text in (",", ";", ":") or tok.pos_ == "VERB" and tok.dep_ in ("ROOT", "ccomp"):
            return None
        if tok.lower_ == "since":
            end = next((t.i for t in ent.doc[ent.end:sent.end] if t.text == ","), None)
            return range(tok.i, end) if end is not None else None
    return None


def _listed_dates(ent: Span) -> list[Span]:
    """'1994, 1995 and', 'March, June and September', 'Monday or Tuesday': the NER took a list of
    one-word dates (years, months, weekdays) as one; each is a date of its own."""
    if ent[0].i and ent.doc[ent[0].i - 1].lower_ in _RANGE_OPENERS:
        return []  # "between 1994 and 1997": the ends of one span of time
    words = [t for t in ent if t.lower_ not in _LIST_WORDS]
    if not (all(_YEAR_WORD.match(t.text) for t in words) or all(_DAY_WORD.match(t.text) for t in words)):
        return []  # "June 1994", "April, 2012": one date
    return [ent.doc[t.i:t.i + 1] for t in words]


_DOUBLE_QUOTES = frozenset(OPEN_DOUBLE + CLOSE_DOUBLE + '"') | {TEX_OPEN, TEX_CLOSE}  # as `quotes` reads them


def _quoted(tok: Token) -> bool:
    """Inside double quote marks in its sentence ('dismissed the Budget as "vote now, pay
    later"'): a slogan's or a speaker's 'now', not the time of the clause around it."""
    return sum(t.text in _DOUBLE_QUOTES for t in tok.sent if t.i < tok.i) % 2 == 1


_UNTIL = frozenset({"until", "till", "til"})  # a date they open ends a state
_RANGE_OPENERS = frozenset({"between", "from", "through", "since"} | _UNTIL)  # a date they open bounds a span of time


def said_before_clause(ent: Span) -> Token | None:
    """The reporting verb a date between it and its that-less clause dates ('said on Monday it
    would send troops': `statements.saying_day`), though the parser hangs the date on the clause."""
    root = ent.root
    phrase = root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root
    clause = phrase.head
    return clause.head if saying_day(clause.head, clause) == phrase else None


def date_attachments(doc: Doc, triggers: list[Trigger], spans: list[Span],
                     published: dt.date | None = None) -> dict[int, Span]:
    """Map trigger index -> the date expression that modifies it. A date belongs to the nearest
    event anchor above it in the parse, never to an event of another clause; a verb that carries
    its event in a complement ('began shelling the city on Monday', 'plans to visit in May')
    passes its date down, and coordinated verbs sharing a subject share a date
    ('police raided the house on Monday and arrested two men'). A date already past that the
    parse hangs on a clause in the present or future goes to the event told before it
    (`_earlier_event`), which needs the publication date."""
    anchor_of: dict[int, int] = {}
    for n, trig in enumerate(triggers):
        for a in trig.anchors:
            anchor_of.setdefault(a, n)
    best: dict[int, tuple[int, Span]] = {}
    verb_date: dict[int, tuple[int, Span]] = {}

    def attach(n: int, ent: Span, depth: int) -> None:
        if n not in best or depth < best[n][0]:
            best[n] = (depth, ent)

    own = {t.i for trig in triggers for t in (trig.head, trig.light) if t is not None}  # the words that name an event
    premodifies: dict[tuple[int, int], int] = {}  # the date written with the event noun
    for n, trig in enumerate(triggers):
        if trig.head.pos_ in ("NOUN", "PROPN") and (
                (span := premodified(trig.head, spans)) is not None or (span := object_date(trig.head, spans)) is not None):
            premodifies.setdefault((span.start, span.end), n)
    for ent in spans:
        if (told := _venue_act(ent, anchor_of, own)) is not None:
            attach(anchor_of[told.i], ent, 1)  # "with a March speech denouncing him", "at Monday's summit, he accused"
            verb_date.setdefault(told.i, (1, ent))  # "In a December interview, he questioned ... and refused"
        if (ent.start, ent.end) in premodifies:  # "indicted in the October 1998 shooting"
            attach(premodifies[(ent.start, ent.end)], ent, 0)
            continue
        if (n := _when_clause_on(ent, anchor_of)) is not None:
            attach(n, ent, _ACROSS_CLAUSES)
        if _names_a_thing(ent, anchor_of):
            continue  # "withdrew from the 1951 Convention": the date names the thing, not the event
        if ent.start and doc[ent.start - 1].lower_ in _UNTIL and ent.root.dep_ == "pobj":
            continue  # "suspended until the end of the year": when it ends, not when it was done
        cur = said_before_clause(ent) or ent.root
        phrase = _since_phrase(ent)
        for depth in range(8):
            if phrase is not None and cur.i not in phrase:
                if (verb := doc[phrase.start].head).i in anchor_of and verb.i in phrase:
                    attach(anchor_of[verb.i], ent, depth)  # "Ever since she endorsed him this month, she has
                break  # been ...": the endorsement's month, though the parse hangs it on "been"
            if cur.i in anchor_of and (n := _plan_told_then(cur, ent, anchor_of, published)) is not None:
                attach(n, ent, depth + 1)  # "were invited to join NATO in July 1997": the invitation's date
                break
            if cur.i in anchor_of and _weighed_ahead(cur) and not PAST_WORDS.search(ent.text) and (
                    published is None or side_of(resolve_date(ent.text, published, "future"), published) >= 0):
                break  # "is due to consider the request on Monday": the court's Monday, not the request's;
                # "will examine the bombing last August" keeps the bombing's
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
                    n = _charged_on(cur, ent, triggers, anchor_of)
                if n is None and ent.start and (before := doc[ent.start - 1]).i in anchor_of and (
                        before.head.head.i == cur.i and dated_after(before, set(range(ent.start, ent.end)))):
                    n = anchor_of[before.i]  # "began after the invasion last August": the invasion's date
                if n is None and (noun := _measured_from(ent, cur, anchor_of)) is not None:
                    n = anchor_of[noun.i]  # "died within weeks of his capture on March 26"
                across = 0
                if n is None and (n := _when_event(cur, anchor_of)) is not None:
                    across = _ACROSS_CLAUSES  # the clause's own date, if it has one, wins
                if n is None and cur.dep_ in ("acl", "relcl") and cur.head.i in anchor_of and (
                        cur.lemma_.lower() in lexicon().lists["scheduling"]):
                    n = anchor_of[cur.head.i]  # "meet at a summit set for July"
                if n is None:
                    n = _earlier_event(cur, ent, anchor_of, published)
                if n is None:
                    n = _plan_told_then(cur, ent, anchor_of, published)
                if n is not None:
                    attach(n, ent, depth + 1 + across)
                    break
                if not (cur.lemma_ == "be" and not any(c.dep_ in SUBJ for c in cur.children)):
                    break
            if cur.head == cur or cur.pos_ == "NOUN" and cur.i not in anchor_of and (
                    cur.dep_ in ("appos", "dep") or depth and cur.doc[ent.root.i - 1].lower_ == "since"
                    or _landmark(cur)):
                break  # "a board director since 1984, Mr Murray agreed ...": the date describes the director;
                # "agreed ahead of its meeting on 12 January": the meeting's day, though no event
            cur = cur.head
    for tok in doc:  # "escalated it on Tuesday, telling CNN he lied and questioning ...": a verb with no event
        if (tok.pos_ == "VERB" and tok.i not in verb_date and tok.i not in anchor_of and tok.head.i in verb_date
                and not any(c.dep_ in SUBJ for c in tok.children) and (tok.dep_ == "conj" or _participle_adjunct(tok))
                and not _later_step(tok)):
            verb_date[tok.i] = verb_date[tok.head.i]  # passes its date on down the chain, as an event's does
    for n, trig in enumerate(triggers):
        if n in best:
            continue
        verb = trig.light or trig.head
        clause = verb.head if verb.dep_ == "conj" and not any(c.dep_ in SUBJ for c in verb.children) else verb
        if (verb.pos_ == "VERB" and verb.head.i in verb_date
                and not any(c.dep_ in SUBJ for c in verb.children)
                and (verb.dep_ == "conj" or _participle_adjunct(verb)) and not _later_step(verb)):
            best[n] = verb_date[verb.head.i]
        elif verb.pos_ == "VERB" and (later := _trailing_conjunct(verb, verb_date)) is not None:
            best[n] = verb_date[later.i]
        elif verb.pos_ == "VERB" and (m := _when_event(clause, {i: i for i in verb_date}, False)) is not None:
            best[n] = verb_date[m]  # "was visiting a school on Sunday when gunmen attacked", "was shown on
            # Monday when he lamented it and criticized them"
        elif (frame := _frame_date(verb_chain(trig)[0], spans)) is not None:
            best[n] = (0, frame)
        elif (host := manner_host(trig.head)) is not None and host.i in verb_date:
            best[n] = verb_date[host.i]
        if n in best and verb.pos_ == "VERB":
            verb_date.setdefault(verb.i, best[n])  # passed on down a chain: "wrote on Tuesday accusing him ... and calling for"
    return {n: ent for n, (_, ent) in best.items()}


_LATER_WORDS = frozenset({"since", "later", "then", "subsequently", "afterwards", "afterward", "now"})


def _later_step(verb: Token) -> bool:
    """A joined verb that says it came after the first ('was suspended on 25 September and has
    since lodged a complaint', 'met on Monday and later signed'): the first's date is not its."""
    return any(c.dep_ == "advmod" and c.lower_ in _LATER_WORDS for c in verb.children)


_GAP_BREAKS = frozenset({";", ":", "(", ")", "_", "--", "—", "–", "to", "than", "from", "until", "while", "whereas", "but"})


def conjunct_dates(doc: Doc, triggers: list[Trigger], dates: dict[int, Span],
                   spans: list[Span]) -> dict[int, list[tuple[Span, Span]]]:
    """Map trigger index -> the further dates of its act, each with the words told before it:
    'met the Italian premier on Monday and the Spanish king on Tuesday', 'attacked police posts
    in 2019, 2021 and 2023'. A list of dates after the act, each after a short conjunct with no
    verb and no event of its own ('and the Spanish king on', ', '), ending in 'and', tells the act
    once per date; not the ends of a span ('from 1991 to 1997', 'between 1994 and 1997'), dates
    told as alternatives ('in December or January') or a date that opens its conjunct ('met them
    last week, and this week with the governor')."""
    own = {t.i for trig in triggers for t in trig.tokens}
    claimed = {span.start: m for m, span in dates.items()}
    ordered = sorted(spans, key=lambda sp: sp.start)
    out: dict[int, list[tuple[Span, Span]]] = {}
    for n, first in dates.items():
        if first.start <= triggers[n].head.i or doc[first.start - 1].lower_ in _RANGE_OPENERS:
            continue
        rows: list[tuple[Span, Span]] = []
        prev = first
        for span in ordered:
            if span.start < prev.end:
                continue
            if prev.end < len(doc) and doc[prev.end].pos_ == "ADP":
                break  # "last week, and this week with the governor": the date opens the next conjunct
            gap = doc[prev.end:span.start]
            if not (gap and gap[0].lower_ in _LIST_WORDS and len(gap) <= 8 and span.sent == first.sent
                    and claimed.get(span.start, n) == n
                    and not any(t.pos_ in ("VERB", "AUX") or t.i in own or t.lower_ in _GAP_BREAKS for t in gap)):
                break
            rows.append((span, gap))
            prev = span
        if prev.end < len(doc) and doc[prev.end].pos_ == "ADP" or any(t.lower_ == "or" for _, gap in rows for t in gap):
            continue
        while rows and not any(t.lower_ == "and" for t in rows[-1][1]):
            rows.pop()  # "in 1990, a year after the wall fell": no list
        if rows:
            out[n] = rows
    return out


_PERFECT_OR_PAST = frozenset({"has", "have", "had", "'ve", "did", "was", "were", "would", "'d", "could"})


def _earlier_event(verb: Token, ent: Span, anchor_of: dict[int, int], published: dt.date | None) -> int | None:
    """'heads a team prosecuting the bombings that killed 200 people on Aug. 7, 2001', 'the
    inquiry will examine the shooting in the camp last March': a date already past cannot time a
    clause in the present or future, so it times the nearest event told between that clause's
    verb and the date, which the parse left below it ('is trying the men who stormed it, on ...'
    too). Not after 'would' (a past plan: 'said it would discuss the raid in May') or a perfect
    ('has worked there since 1990')."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if published is None or any(c.lower_ in _PERFECT_OR_PAST for c in auxes) or not (
            verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VB" and any(c.tag_ == "MD" for c in auxes)
            or verb.tag_ == "VBG" and any(c.tag_ in ("VBZ", "VBP") for c in auxes)):
        return None  # a bare infinitive has no time of its own to clash with
    if side_of(resolve_date(ent.text, published, "future"), published) >= 0:
        return None  # a date that can lie ahead
    for tok in reversed(verb.doc[verb.i + 1:ent.start]):
        if tok.i in anchor_of and verb.is_ancestor(tok):
            return anchor_of[tok.i]
    return None


_ACROSS_CLAUSES = 8  # a date passed from another clause ranks below any the event's own clause holds


def _trailing_conjunct(verb: Token, verb_date: dict[int, tuple[int, Span]]) -> Token | None:
    """'rebels killed 12 soldiers and wounded 30 on Sunday', 'stormed the town and killed dozens
    in April': a date after the last of coordinated verbs sharing a subject and a tense dates
    them all. Only verbs joined by 'and' or 'or' ('endorsed her, but told a paper on Monday' is
    a later act); not a date told before its own verb ('entered the town and on Sunday killed
    12'), nor across a change of tense or voice ('arrested him and will charge him on Monday')."""
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in verb.children):
        return None
    for conj in verb.children:
        if (conj.dep_ == "conj" and conj.pos_ == "VERB" and conj.i in verb_date and conj.tag_ == verb.tag_
                and verb_date[conj.i][1].start > conj.i
                and not any(c.dep_ in SUBJ or c.dep_ in ("aux", "auxpass") for c in conj.children)):
            return conj
    return None


def _plan_told_then(verb: Token, ent: Span, anchor_of: dict[int, int], published: dt.date | None) -> int | None:
    """'invited the party to rejoin the talks two weeks ago', 'asked them to leave last week',
    'invited them to join the alliance in July 1997' (told in 1999): a date counted back from now,
    or in or on a year before the publication's, on the to-infinitive of an act told in the past dates
    that act, whether or not the infinitive names an event too ('were invited to join NATO in July
    1997'); the act asked for or offered was still to come then."""
    head = verb.head
    year = named_year(ent.text)
    past = bool(PAST_WORDS.search(ent.text)) or (
        published is not None and year is not None and year < published.year
        and ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("in", "on")  # not "guidance for 2005"
        and (head.tag_ == "VBD" or any(c.lower_ in _PERFECT_OR_PAST for c in head.children if c.dep_ in ("aux", "auxpass")))
        and lexicon().verbs.get(head.lemma_.lower(), {}).get("type") in ("REQUEST", "AGREE"))
    # asked or offered, told in the past: "were invited", not "is expected to be completed in 2005",
    # "it took a long war to liberate themselves, in 1991"
    if (verb.dep_ in ("xcomp", "advcl") and to_infinitive(verb) and head.i in anchor_of
            and head.tag_ in ("VBD", "VBN") and past):
        return anchor_of[head.i]
    return None


_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})


def _measured_from(ent: Span, verb: Token, anchor_of: dict[int, int]) -> Token | None:
    """'died within weeks of his capture on March 26, 1996', 'was freed two days after his arrest
    on Monday': the verb's time is told as a span from an event noun, so an on- or in-date right
    after that noun, which the parse hangs on the verb, is the noun's."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ("on", "in") or ent.root.head.i != ent.start - 1:
        return None
    noun = doc[ent.start - 2]
    if noun.i not in anchor_of or noun.dep_ != "pobj" or not verb.is_ancestor(noun):
        return None
    prep = noun.head
    span_of = (prep.lower_ == "of" and prep.head.lemma_.lower() in _TIME_UNITS and prep.head.dep_ == "pobj"
               and prep.head.head.lower_ == "within")  # "within weeks of"
    counted = prep.lower_ in ("after", "before") and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in _TIME_UNITS for c in prep.children)  # "two days after"
    return noun if span_of or counted else None


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


def _venue_act(ent: Span, anchor_of: dict[int, int], own: set[int]) -> Token | None:
    """'launched the movement with a March speech denouncing him', 'in a letter on Friday urging
    the president to resign', 'In a December interview, he questioned the deal', 'criticized her
    during a rally Friday in Hartford': the date of a speech, letter, interview or statement
    (lexicon `verbal_venues`) is the date of the act a participle on it tells, or, as that of an
    occasion (`occasions`), of the act told as done in it: that participle or verb, when it
    names an event itself (`own`), not when it only carries one ('an attack that ... Cruz made the
    center of his remarks during this week's debate')."""
    root = ent.root
    venue = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("on", "in") else root.head
    if venue.dep_ == "pobj" and venue.head.lower_ == "in" and venue.head.head.pos_ == "NOUN" and venue.ent_type_:
        venue = venue.head.head  # "at a campaign rally in Ohio on Monday night"
    lists = lexicon().lists
    if venue.pos_ != "NOUN" or venue.lemma_.lower() not in lists["verbal_venues"] | lists["occasions"]:
        return None
    told = next((c for c in venue.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i in anchor_of
                 and venue.lemma_.lower() in lists["verbal_venues"]), None)
    if told is None and venue.dep_ == "pobj" and venue.head.lower_ in ("in", "at", "during"):
        told = venue.head.head if venue.head.head.i in anchor_of and venue.head.head.i in own else None
    return told


def _names_a_thing(ent: Span, anchor_of: dict[int, int]) -> bool:
    """'the 1951 Convention', 'that 1978 resolution', 'your Oct. 23 item', 'this Sunday's
    elections', 'over a 2003 bond deal': a date inside a noun phrase, after its determiner,
    modifying a noun that names no event, or one its modifier takes out of politics."""
    head = ent.root.head
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (ent.root.dep_ in ("nummod", "compound", "nmod", "amod", "poss") and head.pos_ in ("NOUN", "PROPN")
            and head.i not in anchor_of and ((entry := noun_entry(head)) is None or modified_away(head, entry[0]))
            and (ent[0].tag_ in ("DT", "PRP$") or before is not None and before.tag_ in ("DT", "PRP$", "POS")))


def _when_event(verb: Token, anchor_of: dict[int, int], dated_here: bool = True) -> int | None:
    """'were killed when two helicopters crashed last February', 'was cooking last fall when he
    was shot': a when- or while-clause (lexicon `same_time`), or one just after or before it
    (`_just_after`), happens at the time of the clause it hangs on, both ways. An as-clause (`same_time_taking`) takes the date of the clause it hangs
    on when told in the past with a subject of its own ('the rally began on Friday as thousands
    marched') but gives it none ('met him that day, as the paper reported on Tuesday', 'as she
    put it on Wednesday': comments). `dated_here`: the date is on `verb`, else on the clause
    found. Not 'as if', nor a clause told as done before ('when he had stated last month')."""
    lists = lexicon().lists

    def marked(v: Token, words: frozenset[str]) -> bool:
        marks = [c.lower_ for c in v.children if c.dep_ in ("advmod", "mark")]
        return (any(m in words for m in marks) and not any(m in ("if", "though") for m in marks)
                and not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in v.children))

    def gives(v: Token) -> bool:
        return marked(v, lists["same_time"]) or _just_after(v)

    def takes(v: Token) -> bool:
        return gives(v) or marked(v, lists["same_time_taking"]) and v.lemma_ != "do" and any(
            c.dep_ in SUBJ for c in v.children) and (v.tag_ == "VBD" or any(
                c.dep_ == "aux" and c.lower_ in ("was", "were") for c in v.children))
    for child in verb.children:
        if child.dep_ == "advcl" and child.i in anchor_of and (takes(child) if dated_here else gives(child)):
            return anchor_of[child.i]
    if verb.dep_ == "advcl" and verb.head.i in anchor_of and (gives(verb) if dated_here else takes(verb)):
        return anchor_of[verb.head.i]
    return None


def _just_after(clause: Token) -> bool:
    """'was shot shortly after he returned home on Friday night', 'was arrested minutes after he
    landed on Sunday': an after- or before-clause told as within hours of the verb it hangs on
    (lexicon `just_after`: an adverb on the clause, or a measure on either verb)."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in clause.children):
        return False
    near = lexicon().lists["just_after"]
    return any(c.dep_ == "advmod" and c.lower_ in near for c in clause.children) or any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in near for c in (*clause.children, *clause.head.children))


def _participle_adjunct(verb: Token) -> bool:
    """'lashed out on Sunday, accusing them of ...', 'wrapped up talks on Wednesday, meeting the
    minister': a participle clause with no subordinator of its own happens when its head does;
    so does a clause of purpose after it ('took to the streets on Saturday to protest')."""
    if verb.dep_ != "advcl" or verb.i < verb.head.i or intended_act(verb):
        return False
    if to_infinitive(verb):
        return verb.head.tag_ == "VBD"  # a purpose of a past act; "will go on Monday to meet" stays open
    return (verb.tag_ == "VBG"
            and not any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ in ("when", "after", "before", "while"))
                        for c in verb.children))


def _complement_event(verb: Token, anchor_of: dict[int, int]) -> int | None:
    """'began shelling the city on Monday', 'plans to visit Kyiv in May': a verb of phase or
    plan whose complement is the event passes its date to it."""
    if verb.lemma_.lower() not in lexicon().governing:
        return None
    for child in verb.children:
        if any(m.dep_ == "mark" and m.lower_ == "whether" for m in child.children):
            continue  # "will decide on 17 December whether to open talks": the decision's date
        if child.i in anchor_of and (child.dep_ == "xcomp" or child.dep_ == "advcl" and verb.lemma_ == "become"
                                     and to_infinitive(child)):
            return anchor_of[child.i]  # the parser hangs "became the first to ratify" either way
    return None


def _charged_on(verb: Token, ent: Span, triggers: list[Trigger], anchor_of: dict[int, int]) -> int | None:
    """'Congo accused Rwanda of backing the rebels on Monday': a news day (a weekday, today,
    yesterday) ending the gerund an accusation charges someone with dates the accusation, told
    that day, as when the parser hangs it on the accusation ('accused Chad of supporting rebels
    on Thursday'); a year or a month stays the deed's ('accused them of shelling it in 2019')."""
    words = [t.lower_ for t in ent if t.lower_ not in ("on", "last")]
    on_verb = ent.root.head == verb or ent.root.dep_ == "pobj" and ent.root.head.head == verb  # not "in Sunday's auction"
    if not (words and all(w in _WEEKDAY_NAMES for w in words) and on_verb and verb.dep_ == "pcomp"
            and verb.head.lower_ in ("of", "for") and verb.head.head.i in anchor_of):
        return None
    n = anchor_of[verb.head.head.i]
    return n if triggers[n].event_type == "ACCUSE" else None


def _clock_time(ent: Span) -> bool:
    """'at 1830 GMT': a four-digit clock time the NER reads as a year."""
    doc = ent.doc
    nxt = doc[ent.end] if ent.end < len(doc) else None
    prev = doc[ent.start - 1] if ent.start > 0 else None
    return bool(re.fullmatch(r"\d{4}", ent.text)) and (
        (nxt is not None and nxt.text.upper() in _TIME_ZONES) or (prev is not None and prev.lower_ == "at"))


_TIME_ZONES = frozenset({"GMT", "BST", "UTC", "EST", "EDT", "CET", "CEST", "PST", "PDT", "CST", "MSK", "IST", "HRS", "HOURS"})


def _fraction(ent: Span) -> bool:
    """'just a quarter of the committee', 'half of the voters', 'in some quarters': a share or
    a circle of people, not a quarter or half of a year."""
    doc = ent.doc
    if ent[-1].lower_ == "quarters" and not any(t.like_num for t in ent):
        return True  # "accused in some quarters": circles of opinion, not quarters of a year
    return (ent[-1].lower_ in ("quarter", "half", "third") and ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of"
            and not _DATE_WORDS.search(doc[ent.end + 1:ent.end + 3].text))


_ORDINAL_UNIT = re.compile(r"\b(?:first|second|third|\w+th|\d+(?:st|nd|rd|th))\s+(?:day|week|month|year)s?\b", re.I)


def _own_ordinal(ent: Span) -> bool:
    """'the blockade entered its tenth year', 'on their third day': how long something has
    lasted, counted from its own start, not a date."""
    return ent[0].tag_ == "PRP$" and bool(_ORDINAL_UNIT.search(ent.text))


_UNIT = (r"(?:day|week|fortnight|month|quarter|year|decade|morning|evening|night|"
         r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?")
_FREQUENCY = re.compile(rf"^(?:every|each|per)\b|\b(?:once|twice|thrice|times)\s+(?:a|an|per|every|each)\s+{_UNIT}\b", re.I)
_FREQUENCY_BEFORE = re.compile(  # "each year from", "$5m a year from", "every single day between now and"
    rf"(?:\b(?:every|each|per|a|an)\s+(?:\w+\s+)?{_UNIT}|\b(?:annually|yearly|monthly|weekly|daily))\s+"
    r"(?:from|since|starting|beginning|until|till|through|to|between)(?:\s+(?:in|now|then|and))*\s*$", re.I)


def _frequency(ent: Span) -> bool:
    """'every week', 'each year since 2011', 'twice a year', and the bound of a frequency ('each
    year from 2011', '$5m a year from 2026', 'every day between now and November'): how often,
    and since or until when, a thing recurs, no date of one event."""
    if _FREQUENCY.search(ent.text):
        return True
    before = doc_text(ent.doc)[max(0, ent.start_char - 40):ent.start_char]
    return bool(_FREQUENCY_BEFORE.search(before))


def _indefinite_day(ent: Span) -> bool:
    """'One Sunday in late 2001', 'on a Friday in June': some such day, not the last or the next one;
    not a day that names an occasion ('at a Thursday rally': the last Thursday's)."""
    return (len(ent) == 1 and ent[0].lower_ in _WEEKDAY_NAMES and ent.start > 0
            and ent.doc[ent.start - 1].lower_ in ("one", "a", "an", "some")
            and not (ent[0].dep_ in ("compound", "nmod", "amod") and ent[0].head.i > ent[0].i))


def _cut_duration(ent: Span) -> bool:
    """'the day-long meeting', 'a year-old boy': the NER took the unit of a duration or an age."""
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lower_ in ("long", "old")


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
    subject or object is an event noun dates that event ('ended her meeting with the board in
    May'); not when the verb ends a lasting state ('the loan agreement expires in February', 'the
    ceasefire collapsed on Tuesday': made before), nor when it weighs the event ([deliberating])."""
    if verb.lemma_.lower() in lexicon().lists["deliberating"]:
        return None  # "will discuss the attack on Monday", "is due to consider the request on Monday": the
        # talk's day; what it weighs came before
    ends = verb.lemma_.lower() in lexicon().lists["terminative"]
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubj", "nsubjpass") and child.i in anchor_of and child.pos_ == "NOUN":
            if ends and (verb.lemma_.lower() in ("expire", "lapse") or (noun_entry(child) or ({},))[0].get("state")):
                return None  # a lasting state ends then; it began before
            return anchor_of[child.i]
    return None


def _landmark(noun: Token) -> bool:
    """An occasion ([meeting_objects]) that an act is timed against ('ahead of its meeting on 12
    January', 'before the summit in May'): a date on it is the occasion's, not the act's."""
    prep = noun.head
    return (noun.dep_ == "pobj" and noun.lemma_.lower() in lexicon().lists["meeting_objects"]
            and (prep.lower_ in ("before", "after", "until", "till")
                 or prep.lower_ == "of" and prep.head.lower_ in ("ahead", "prior")))


def _weighed_ahead(noun: Token) -> bool:
    """An event noun that a verb of [deliberating] still to come weighs ('will discuss the attack',
    'is due to consider the request'): a date after it is the weighing's, though the parse hangs it
    on the noun; the event came before."""
    verb = noun.head
    return (noun.pos_ == "NOUN" and noun.dep_ == "dobj" and verb.lemma_.lower() in lexicon().lists["deliberating"]
            and any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children))


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
