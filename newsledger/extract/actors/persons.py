"""Person names, the persons stage of actor extraction: a PERSON entity cut to the name (less
the title, nationality, description or line-up label the NER took in), the article's votes on
whether a name is a person's or an organisation's, the names the NER missed (after a title, in
results and lists, an initial and a surname, a given name and a surname), bare surnames of
people named in full, names grown over the pieces the NER cut off ('Ana van Dijk', 'Kim
Dae-ho'), and the clusters that make 'Putin' one actor with 'Vladimir Putin', with the pronoun
each takes."""

from __future__ import annotations

import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from newsledger.extract import gazetteer
from newsledger.extract.actors.common import (OCCUPATIONS, PARTICLES, RawMention, cap, cap_word, is_title_word,
                                              elided_name, list_items, name_letters, staff_frame, title_at, trim, trim_org)
from newsledger.extract.actors.lexicon import org_lexicon, party_at, phrase_at, phrase_before
from newsledger.extract.resolve import GENERATIONS
from newsledger.extract.text import doc_text, fold
from newsledger.extract.titles import lexicon as title_lexicon
from newsledger.extract.titles import title_before, title_in_appos, token_country


def _governs_the_name(tok: Token, end: int) -> bool:
    """A gerund opening the entity whose object is the name ('Backing Ana Ruiz with the
    codes'): the verb, not a given name ('Banning Liebscher' is tagged a proper noun)."""
    return tok.tag_ == "VBG" and any(c.dep_ == "dobj" and tok.i < c.i < end for c in tok.children)


def strip_person_titles(doc: Doc, start: int, end: int) -> int:
    """spaCy sometimes puts the title, nationality or occupation inside the PERSON entity
    ('President Putin', 'Russian Ana Ruiz', 'Novelist Ana Ruiz', 'Solicitor General Ana Ruiz')."""
    lex = title_lexicon()
    while end - start > 1:
        n = title_at(doc, start) or int(doc[start].lower_ in lex.honorifics or doc[start].lower_ in lex.modifiers
                                         or bool(token_country(doc[start]) or gazetteer.demonym_code(doc[start].text))
                                         or doc[start].lower_ in OCCUPATIONS or _governs_the_name(doc[start], end))
        if not n or start + n >= end:
            break
        start += n
    return start


def nationality_before(doc: Doc, start: int) -> str | None:
    """The country of a nationality or country written right before a person's name, across up
    to three lower-case words saying what the person is ('Ugandan Ana Lind', 'Kenyan marathon
    runner Ana Lind', 'New Zealand captain Ana Lind'): news names a person by their own country
    so. A capitalised word between ('British Airways chief Ana Lind') or a title (read by
    `title_before`) says nothing of it, nor a pair of nationalities ('Anglo-Dutch') or a US
    state ('Georgia businessman Ana Lind'); nor does one when the name qualifies another noun
    ('Filipino Lind supporters')."""
    if doc[start].dep_ == "compound" and doc[start].head.i > start and doc[start].head.pos_ == "NOUN":
        return None
    k = start - 1
    while k >= 0 and start - k <= 3 and doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in ("NOUN", "ADJ") \
            and doc[k].tag_ != "NNS":  # 'Syrian refugees Lind admits' says nothing of Lind
        k -= 1
    if k < 0 or not cap(doc[k]) or k < start - 1 and not k < doc[k].head.i <= start + 3 \
            or k > 0 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_:
        return None  # 'the German-US car firm Halvex' is both countries'
    lo = k - 1 if k > 0 and cap(doc[k - 1]) and doc[k - 1].lower_ not in STOP_WORDS else k  # 'South African', not 'Air Ugandan'
    name = doc[lo:k + 1].text
    return None if gazetteer.us_state(name) else gazetteer.demonym_code(name) or gazetteer.country_code(name)


def after_place_label(doc: Doc, start: int, end: int) -> int:
    """Where the name starts in a person entity that takes in the country or place labelling a
    line-up ('Norway - Ana Lind (captain), ...'): after a dash set off by spaces that follows a
    place's name."""
    for k in range(start + 1, end - 1):
        if doc[k].text in ("-", "–") and doc[k - 1].whitespace_ and doc[k].whitespace_:
            return k + 1 if gazetteer.lookup_place(doc[start:k].text) or gazetteer.country_code(doc[start:k].text) \
                else start
    return start


def after_description(doc: Doc, start: int, end: int) -> int:
    """Where the name starts in a person entity that takes in the words describing the person
    ('Perpignan centre Jean-Paul Lind'): after its last lower-case word other than a particle,
    when two capitalised words follow it."""
    for k in range(end - 2, start, -1):
        tok = doc[k - 1]
        if tok.is_alpha and tok.is_lower and tok.lower_ not in PARTICLES:
            return k if sum(cap(t) for t in doc[k:end]) >= 2 else start
    return start


def label_votes(doc: Doc) -> dict[str, Counter]:
    """How often the NER called each name a person or an organisation in this article: a name
    keeps one sense within an article. `OWNS_ITS` counts the times a one-word name acts on
    something of 'its' own ('Dorvel raised its forecast'), which no person does, and `TRADED`
    the times a name is what shares are held in ('shares in Dorvel Mills'), which only a firm is
    (not 'a stake in Ana Lind's firm', which is in the firm)."""
    votes: dict[str, Counter] = {}
    for ent in doc.ents:
        if ent.label_ in ("ORG", "PERSON"):
            start, end = trim(doc, ent.start, ent.end)
            start, end = trim_org(doc, start, end)
            if start < end:
                label = "PERSON" if ent.label_ == "ORG" and given_name_first(doc, start, end) else ent.label_
                vote = votes.setdefault(fold(doc[start:end].text), Counter())
                vote[label] += 1
                if end - start == 1 and _owns_its(doc[start]):
                    vote["OWNS_ITS"] += 1
    for start in _traded_at(doc):  # also where the NER found no name ('Shares in Dorvel Mills rose')
        for name, vote in votes.items():
            end = start + len(name.split())
            if fold(doc[start:end].text) == name and not (end < len(doc) and doc[end].tag_ == "POS"):
                vote["TRADED"] += 1
    return votes


def _traded_at(doc: Doc) -> list[int]:
    """Token indexes right after 'shares in', 'a stake in' (organizations.toml `traded`): what
    shares are held in, a firm."""
    traded = org_lexicon().traded
    return [t.i + 2 for t in doc[:-2] if t.lemma_.lower() in traded and doc[t.i + 1].lower_ in ("in", "of")]


def _owns_its(name: Token) -> bool:
    """The name is the subject of a verb whose object (or a preposition's) is its own ('raised
    its forecast', 'failed in its bid'), not in a clause below ('said the town would keep its
    name')."""
    if name.dep_ != "nsubj":
        return False
    objects = [c for c in name.head.children if c.dep_ in ("dobj", "attr")]
    objects += [o for c in name.head.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(p.dep_ == "poss" and p.lower_ == "its" for o in objects for p in o.children)


def person_name_words(doc: Doc) -> set[str]:
    """Words of the multi-word person names the NER found (given and family names); not in a
    headline written in capitals, where it takes any words for a name ('HALVARD BEAT NORVALE'),
    and not past a line break, where a byline's name runs into the dateline's place."""
    lex = org_lexicon()
    out: set[str] = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        end = next((k for k in range(ent.start + 1, ent.end) if "\n" in doc[k - 1].whitespace_ + doc[k].text), ent.end)
        name = doc[slice(*trim(doc, ent.start, end))]  # not 'Across' of 'Across Wales, ...'
        if len(name) > 1 and name[-1].lower_ not in lex.suffixes and not all(t.is_upper for t in name if t.is_alpha):
            out.update(fold(t.text) for t in name if name_letters(t))
    return out


def person_in_frame(doc: Doc, start: int, end: int) -> bool:
    """'said Nina Rollo, head of distribution at Halvard': a two- or three-word name the NER
    called an organisation whose apposition is a person's title, with no organisation word."""
    span = doc[start:end]
    lex = org_lexicon()
    return 2 <= len(span) <= 3 and all(cap_word(t) for t in span) and span[-1].lower_ not in lex.suffixes \
        and not phrase_at(doc, start, lex.prefixes) and fold(span.text) not in lex.known \
        and title_in_appos(span) is not None


def given_name_first(doc: Doc, start: int, end: int, votes: dict[str, Counter] | None = None) -> bool:
    """'Marion Ledde', 'Ivo Brandt's', 'American Ivo Brandt' the NER called an organisation: two
    or three capitalised words (after a nationality, occupation or title) opening with a common given name
    (or, with the article's `votes`, whose last word alone the NER calls a person and never an
    organisation, as often as it calls the whole name one: 'Tep Vornara' beside 'Vornara's paper',
    not 'Deutsche Halbex' called an organisation thrice beside 'German Halbex' once; or whose last
    word the article writes after an honorific: 'Tep Vornara' beside 'Ms Vornara'; or after a title
    of several words: 'Solicitor General Tep Vornara') and not ending with a given name
    ('Morgan Stanley'), with no organisation word, country or
    nationality in them, naming no place ('Alexander Bay') and with no descriptor or staff title
    beside them ('the Jackson Lind band', 'Jackson Lind spokesman Ian Moor'), are a person's
    name (a town may share its surname: 'Ivo Mitchell')."""
    titled = False
    while end - start > 2 and (n := title_at(doc, start) or int(bool(gazetteer.demonym_code(doc[start].text))
                                                                  or doc[start].lower_ in OCCUPATIONS)) \
            and end - start - n >= 2:
        titled = titled or n > 1  # a title of several words ('Judge' may open 'Judge Business School')
        start += n  # 'American Ivo Brandt', 'Solicitor General Ivo Brandt'; not 'Prince Edward Theatre'
    span = doc[start:end]
    lex = org_lexicon()
    given = title_lexicon().given_names
    words = span.text.split()  # 'Jean-Paul Lind' is two words
    if not (2 <= len(words) <= 3 and all(p[:1].isupper() and p.isalpha() and not p.isupper()
                                         for w in words for p in w.split("-"))) \
            or fold(words[-1]) in given or fold(span.text) in lex.known:
        return False
    alone = (votes or {}).get(fold(words[-1]), Counter())
    whole = (votes or {}).get(fold(span.text), Counter())
    if fold(words[0].split("-")[0]) not in given and not (alone["PERSON"] >= max(1, whole["ORG"]) and not alone["ORG"]) \
            and not titled and not _honoured(doc, span):
        return False
    if any(t.lower_ in lex.suffixes or t.lower_ in _ORG_WORDS or token_country(t) or is_title_word(t) for t in span) \
            or any(gazetteer.demonym_code(t.text) for t in span[1:]) or gazetteer.lookup_place(span.text) \
            or span[-1].lower_ in _PLACE_HEADS:
        return False
    return not (phrase_at(doc, end, lex.descriptors) or phrase_before(doc, start, lex.descriptors)
                or staff_frame(doc, end, possessive=False))


# last words of the names of streets, buildings and grounds ('Albert Hall', 'Rodney Street')
_PLACE_HEADS = {"street", "road", "avenue", "square", "lane", "bridge", "park", "hall", "house", "tower",
                "centre", "center", "stadium", "arena", "airport", "station", "hospital", "prison"}


def _honoured(doc: Doc, span: Span) -> bool:
    """The article writes the name's last word right after an honorific, as one person's surname
    alone ('Ms Vornara won'), and its first word, no common or title word, only before that
    surname, as a given name ('Tep Vornara'; not 'The Vornara campaign', 'Republican Vornara')."""
    honorifics = title_lexicon().honorifics
    first, last = span[0], span[-1]
    at = _positions(doc)
    if first.lower_ in STOP_WORDS or first.pos_ != "PROPN" or is_title_word(first) \
            or first.lower_ in title_lexicon().modifiers or token_country(first) or gazetteer.demonym_code(first.text) \
            or any(i + 1 >= len(doc) or doc[i + 1].text != span[1].text for i in at[first.text]):
        return False
    return any(i > 0 and doc[i - 1].lower_ in honorifics and not (i + 1 < len(doc) and cap(doc[i + 1]))
               for i in at[last.text])


def _positions(doc: Doc) -> dict[str, list[int]]:
    """Where each word occurs in the document, kept once per document: `_honoured` looks words up
    for every candidate name, and a scan of the whole text each time was quadratic."""
    at = doc.user_data.get("newsledger_positions")
    if at is None:
        at = doc.user_data["newsledger_positions"] = {}
        for t in doc:
            at.setdefault(t.text, []).append(t.i)
    return at


def titled_names(doc: Doc, taken: set[int]) -> list[RawMention]:
    """Names the NER missed right after a title ('Governor Ana Ruiz'): up to three capitalised
    proper nouns following a known title word, unless an organisation's word ends them ('the
    official Zorvan News Agency' names no person)."""
    lex = title_lexicon()
    out = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if (tok.lower_ in lex.heads or tok.lower_ in lex.honorifics and tok.text[:1].isupper()) and i + 1 < len(doc):
            if i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I" and doc[i + 1].ent_type_ != "PERSON":
                i += 1  # 'State' in 'the State Department' heads no name
                continue
            lo = _past_title_words(doc, i + 1)
            j = lo
            while j < len(doc) and j - lo < 3 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
                    and j not in taken and doc[j].ent_type_ not in ("GPE", "NORP", "DATE") \
                    and doc[j].lower_ not in org_lexicon().suffixes:
                j += 1
            if j > lo and (lo == i + 1 or not doc[lo - 1].lower_ in lex.honorifics or j - lo > 1) \
                    and not (j < len(doc) and cap(doc[j]) and doc[j].lower_ in org_lexicon().suffixes):
                title = title_before(doc, lo)
                span = doc[lo:j]
                out.append(RawMention("person", span.text, lo, j, span.start_char, span.end_char,
                                       title.text if title else None,
                                       title.country_code if title else None))
                i = j
                continue
        i += 1
    return out


def _past_title_words(doc: Doc, i: int) -> int:
    """The first token from i that is not an honorific, a title word or a party's name:
    'chairman Labour MP Ana Ruiz', 'manager Sir Alex Moor'."""
    lex = title_lexicon()
    while i < len(doc):
        if n := title_at(doc, i):
            i += n
        elif doc[i].lower_ in lex.honorifics:
            i += 1
        elif n := party_at(doc, i):
            i += n
        else:
            break
    return i


_NAME = r"[A-Z][a-zA-Z'\-]+(?: (?:[A-Z][a-zA-Z'\-]+|de|van|von|der|den|da|di|du|le|la|el|bin|ben)){0,3}"
# "Ana Ruiz (Spain) beat ...": a name and the country it represents, as in results and lineups
_NAME_COUNTRY = re.compile(rf"(?<![\w.])({_NAME}) \(([A-Z][\w. ]{{1,30}})\)")
# "4 - Ana Ruiz, 5 - Bo Lind": numbered lineups; "1. Ana Ruiz 13:06.57": ranked results
_NUMBERED = re.compile(rf"(?:^|[;,(]|\w -) ?\d{{1,2}}\s?-\s?({_NAME})(?=[,;()\n]|$| \()|^\d{{1,3}}\.? ({_NAME})(?= \(| \d|,|$)"
                       rf"|({_NAME}) \(\d{{1,3}}(?:st|nd|rd|th)?\)", re.M)  # "Ana Ruiz (75th)": a scorer and the minute
# a player as a results table writes one: 'A. Moor', 'A.de Lind', 'T.O'Brady', 'Ana Moor'
_PLAYER = r"(?:[A-Z]\.\s?)*(?:(?:de|van|du|da) )?[A-Z][a-zA-Z'\-]+(?: [A-Z][a-zA-Z'\-]+)?"
_ROSTERS = (
    # a substitute and the minute: '(16 - Ana Moor 86th)', '(Moor 46th)'
    re.compile(rf"\((?:\d{{1,2}} - )?({_PLAYER}) \d{{1,3}}(?:st|nd|rd|th)\)"),
    # scorers by side: 'Norvale - Ana Moor (21st minute)'
    re.compile(rf"^[A-Z][\w. ]* - ({_PLAYER}) \(\d", re.M),
    # a batsman, the fielder and the bowler: 'A. Moor c Lind b Ruiz 23', 'Moor lbw b Ruiz 4'
    re.compile(rf"^({_PLAYER}) (?:(?:c|st) ({_PLAYER}) b ({_PLAYER})|c & b ({_PLAYER})|(?:lbw )?b ({_PLAYER})"
               rf"|run out|not out)(?: not out| \d+)*$", re.M),
    # bowling figures: 'Moor 10-0-50-2'
    re.compile(rf"(?:^|: |, )({_PLAYER}) \d{{1,2}}-\d{{1,2}}-\d{{1,3}}-\d{{1,2}}", re.M),
)
# a nickname in quotes inside a name: 'Ramon "The Hammer" Castellar'
_NICKNAMED = re.compile(r"([A-Z][a-z]+ [\"“][A-Z][\w ]{1,25}[\"”] [A-Z][a-z]+)")
_ORG_WORDS = {"united", "city", "fc", "club", "bank", "inc", "corp", "group", "university", "party",
              "league", "association", "council", "ministry", "county", "rovers", "athletic",
              "olympique", "real", "sporting", "dynamo", "team", "cup", "open", "national", "airlines",
              "company", "co", "ltd", "plc", "ag", "sa", "nv"}


def listed_names(doc: Doc, raw: list[RawMention], taken: set[int]) -> list[RawMention]:
    """People the NER misses in results, lineups and name lists: a capitalised name followed by
    the country it represents in parentheses, a numbered lineup or ranking entry, and a
    'First Last' pair listed between people ('Ana Ruiz, Bo Lind and Eva Moss')."""
    persons = {i for m in raw if m.kind == "person" for i in range(m.start, m.end)} | taken
    spans: list[tuple[int, int]] = []
    for m in _NAME_COUNTRY.finditer(doc_text(doc)):
        if gazetteer.country_code(m[2].strip()) or gazetteer.demonym_code(m[2].strip()):
            spans.append(m.span(1))
    for m in _NUMBERED.finditer(doc_text(doc)):
        grp = next(g for g in (1, 2, 3) if m[g])
        if len(m[grp].split()) >= 2:
            spans.append(m.span(grp))
    taken_chars = {doc[i].idx for i in taken}  # a roster name the NER or a rule found stays theirs
    spans += [m.span(g) for rx in _ROSTERS for m in rx.finditer(doc_text(doc))
              for g in range(1, rx.groups + 1) if m[g] and not taken_chars & set(range(*m.span(g)))]
    nicknamed = [m.span(1) for m in _NICKNAMED.finditer(doc_text(doc))]  # a person, whatever the NER says
    out: list[RawMention] = []
    seen: set[int] = set()
    for lo, hi in nicknamed + spans:
        span = doc.char_span(lo, hi, alignment_mode="contract")
        if span is None or not len(span) or seen & set(range(span.start, span.end)):
            continue
        if (lo, hi) not in nicknamed and not _plausible_name(span):
            continue
        seen |= set(range(span.start, span.end))
        out.append(RawMention("person", span.text, span.start, span.end, span.start_char, span.end_char,
                               framed=True))
    # "Ana Ruiz, Bo Lind, Eva Moss": a capitalised pair between people in a list is a person
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if tok.i in persons or tok.i in seen or nxt.i in persons or nxt.i in seen:
            continue
        if not (cap_word(tok) and cap_word(nxt)) or (tok.i + 2 < len(doc) and cap_word(doc[tok.i + 2])):
            continue
        if tok.i > 0 and cap_word(doc[tok.i - 1]):
            continue
        before = doc[tok.i - 2] if tok.i >= 2 and doc[tok.i - 1].text in (",", "and", "(") else None
        after = doc[tok.i + 3] if tok.i + 3 < len(doc) and doc[tok.i + 2].text in (",", "and", ")") else None
        if not ((before is not None and before.i in persons) and (after is not None and after.i in persons)):
            continue
        span = doc[tok.i:tok.i + 2]
        if _plausible_name(span):
            seen |= {tok.i, nxt.i}
            out.append(RawMention("person", span.text, span.start, span.end, span.start_char, span.end_char))
    return out


def _plausible_name(span: Span) -> bool:
    """Not a place, nationality, date, organisation or title."""
    lex = title_lexicon()
    for tok in span:
        if tok.ent_type_ in ("GPE", "NORP", "DATE", "LOC", "MONEY", "CARDINAL") or tok.lower_ in _ORG_WORDS:
            return False
        if tok.lower_ in lex.titles or token_country(tok):
            return False
    return not gazetteer.lookup_place(span.text) and not gazetteer.country_code(span.text)


def given_name_pairs(doc: Doc, taken: set[int]) -> list[RawMention]:
    """'Marion Ledde' the NER left untagged or called a place ('Natalya Orlova (Russia)'): two
    capitalised words standing alone, the first a common given name and the second none,
    are a person, as `given_name_first` reads them where the NER says organisation, and so is
    a given name and a regnal number ('Henry VIII'); a hyphenated given name stays whole
    ('Jean-Michel Lorin')."""
    out = []
    for tok in doc[:-1]:
        lo = tok.i - 2 if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_ \
            and not doc[tok.i - 1].whitespace_ and cap_word(doc[tok.i - 2]) else tok.i
        if taken & set(range(lo, tok.i + 2)) or tok.ent_type_ in ("PERSON", "ORG"):
            continue
        if lo > 0 and cap(doc[lo - 1]) or tok.i + 2 < len(doc) and cap(doc[tok.i + 2]):
            continue
        if given_name_first(doc, lo, tok.i + 2) or lo == tok.i and doc[tok.i + 1].text in _REGNAL \
                and fold(tok.text) in title_lexicon().given_names:  # 'Henry VIII'
            span = doc[lo:tok.i + 2]
            out.append(RawMention("person", span.text, span.start, span.end, span.start_char, span.end_char))
    return out


def _in_company_name(doc: Doc, tok: Token) -> bool:
    """'D.' in 'Ames D. Lind & Co': an organisation entity ending in an organisation word."""
    if tok.ent_type_ != "ORG":
        return False
    ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and (ent[-1].lower_ in org_lexicon().suffixes or any(t.text == "&" for t in ent))


def initial_names(doc: Doc) -> list[RawMention]:
    """'J. Smith', 'T.O'Gorman', and in a line-up 'J Smith (Halvard)': an initial and a
    capitalised surname is a person, whatever the NER says (it often misses them in lists and
    results tables)."""
    out = []
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if (initial_word(tok) and nxt.text[:1].isupper() and len(nxt) > 1
                and nxt.text.replace("'", "").replace("’", "").isalpha()
                and nxt.ent_type_ not in ("GPE", "NORP") and not (tok.i > 0 and doc[tok.i - 1].text.endswith("."))
                # a middle initial inside a name the NER found whole: 'John G. Roberts'
                and not (tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I" and cap_word(doc[tok.i - 1]))
                and not _in_company_name(doc, tok)):
            end = tok.i + 2
            out.append(RawMention("person", doc[tok.i:end].text, tok.i, end, tok.idx,
                                   nxt.idx + len(nxt)))
    return out


def initial_word(tok: Token) -> bool:
    """'J.', or a capital letter alone before a surname and a club in brackets ('J Smith (Halvard)')."""
    if len(tok.text) == 2:
        return tok.text[0].isupper() and tok.text[1] == "."
    return len(tok.text) == 1 and tok.text.isupper() and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 2].text == "("


def elided_surname(doc: Doc, start: int, end: int, person_words: set[str]) -> bool:
    """"O'Connell" the NER calls an organisation, where the article names Paul O'Connell: a word
    with an apostrophe that is a word of a person's full name here (the model reads such names
    as bodies; a firm named for its founder, 'Dell', has no apostrophe)."""
    return end - start == 1 and elided_name(doc[start]) and fold(doc[start].text) in person_words


def listed_people(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """'Ivo Lind and Ana Ruiz' tagged as one organisation: items that each read as a person's
    name with a given name first are people ([] when the span lists no such people)."""
    parts = list_items(doc, start, end)
    return parts if len(parts) > 1 and all(given_name_first(doc, lo, hi) for lo, hi in parts) else []


def surname_mentions(doc: Doc, raw: list[RawMention]) -> list[RawMention]:
    """Bare surnames of people already named in full or with a title that the NER missed or
    mislabelled ('Mendes later spoke ...' at a sentence start tagged as an organisation)."""
    full = [fold(m.name).split() for m in raw if m.kind == "person" and len(m.name.split()) > 1]
    full = [w[:-1] if len(w) > 2 and w[-1] in GENERATIONS else w for w in full]  # 'Ana Ruiz Jr.' is 'Ruiz'
    # surnames: a full name's last word, with a one-letter word before it ("O'Connor" folds to
    # 'o connor'); and a name a title gives a person ('President Truman') is the person's too where the NER
    # calls it something else ('Truman's secretary of state'), unless it does so more often
    # than it calls it a person ('the firm's Chief Yahoo' beside the company Yahoo)
    votes = label_votes(doc)
    surnames = {w[-1] for w in full} | {" ".join(w[-2:]) for w in full if len(w) > 2 and len(w[-2]) == 1} | {
        fold(m.name) for m in raw if m.kind == "person" and m.role_title and len(m.name.split()) == 1
        and votes.get(fold(m.name), Counter())["ORG"] <= votes.get(fold(m.name), Counter())["PERSON"]}
    # "Wang" for "Wang Dan": a family name written first, when the NER saw a name there
    first = {w[0] for w in full if len(w) == 2} - surnames
    # a person's tokens, and those of an organisation its words or frame make one
    taken = {i for m in raw if m.kind == "person" or m.framed for i in range(m.start, m.end)}
    out = []
    fulls = {" ".join(w) for w in full}
    # a name's tokens another reading holds, unless an organisation made of just that name by
    # the NER's label alone ('the news weekly Die Runde' stays the paper)
    named = {i for m in raw if m.kind != "person"
             and not (m.kind == "organization" and fold(m.name) in fulls and not m.framed)
             for i in range(m.start, m.end)}
    for tok in doc[:-1]:  # a known full name the NER missed or mislabelled ("ANA RUIZ WINS")
        nxt = doc[tok.i + 1]
        blocked = taken if tok.is_upper and nxt.is_upper else taken | named
        if tok.whitespace_ and not {tok.i, nxt.i} & blocked and fold(f"{tok.text} {nxt.text}") in fulls:
            out.append(RawMention("person", doc[tok.i:tok.i + 2].text, tok.i, tok.i + 2, tok.idx, nxt.idx + len(nxt)))
            taken |= {tok.i, nxt.i}
    for tok in doc:
        if tok.i in taken or not tok.text[:1].isupper() or tok.is_upper and len(tok) < 3:
            continue
        if tok.pos_ not in ("PROPN", "NOUN") and not tok.is_upper:
            continue
        word = fold(tok.text)
        if word not in surnames and not (word in first and tok.ent_type_ in ("ORG", "PERSON")):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and not (tok.is_upper and nxt.is_upper):
            continue  # part of a longer name, unless in a capitals headline ('MOOR WINS')
        out.append(RawMention("person", tok.text, tok.i, tok.i + 1, tok.idx, tok.idx + len(tok)))
    return out


_REGNAL = {"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI"}


def whole_person_names(doc: Doc, raw: list[RawMention]) -> list[RawMention]:
    """Person names grown over the pieces the NER cuts off: a particle and the given name before
    it ('Ana van Dijk', 'Van der Berg'), a hyphenated name's second half ('Kim Dae-ho', 'Mr
    Lind-Ruiz'), a regnal number ('Carlos II') and the rest of a titled name the NER cut in two
    ('President Zine al-Abidine' 'Ben Ali'; not 'Sex Pistol' 'John Lydon'); a mention inside a
    grown one then goes."""
    grown: RawMention | None = None
    for m in sorted((m for m in raw if m.kind == "person"), key=lambda m: m.start):
        if grown is not None and grown.role_title and m.start == grown.end and doc[m.start - 1].whitespace_ == " " \
                and not m.role_title:
            span = doc[grown.start:m.end]  # m, inside the grown name, goes below
            grown.end, grown.char_end, grown.name = m.end, span.end_char, span.text
        else:
            grown = m
    for m in raw:
        if m.kind != "person":
            continue
        start, end = m.start, m.end
        while start > 0 and doc[start - 1].lower_ in PARTICLES and doc[start - 1].is_alpha:
            start -= 1
        if start > 0 and (start < m.start and doc[start].is_lower or end - start == 1) and _name_piece(doc[start - 1]):
            start -= 1  # the given name the NER left out ('Ana van Dijk', 'Tomas Ekvall')
        elif end - start == 1 and end < len(doc) and _name_piece(doc[end]) and not doc[start].is_upper \
                or end - start == 2 and _third_name(doc, end, raw):
            end += 1  # the family name the NER left out ('Shawn Okafor', 'Marco Lind Provera')
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
                and (_name_syllable(doc[end + 1]) and (doc[end + 1].is_lower or doc[end - 1].is_lower)
                     or cap_word(doc[end + 1]) and cap_word(doc[end - 1])
                     and not (gazetteer.lookup_place(doc[end - 1].text) and gazetteer.lookup_place(doc[end + 1].text))):
            end += 2  # 'Kim Dae-ho', a double-barrelled 'Mr Lind-Ruiz'; not a fixture 'Oslo-Bergen'
        if end < len(doc) and (doc[end].text in _REGNAL or _first_of_name(doc, start, end)):
            end += 1
        if (start, end) != (m.start, m.end):
            span = doc[start:end]
            m.start, m.end, m.char_start, m.char_end, m.name = start, end, span.start_char, span.end_char, span.text
    persons = [m for m in raw if m.kind == "person"]
    return [m for m in raw if not any(o is not m and o.start <= m.start and m.end <= o.end
                                      and (o.end - o.start) > (m.end - m.start) for o in persons)]


def _third_name(doc: Doc, i: int, raw: list[RawMention]) -> bool:
    """Token i, right after a two-word person name, is its third part ('Marco Lind Provera
    said'): an untagged name piece inside the sentence that no other mention takes, no party or
    organisation word, before no further capitalised word."""
    if i >= len(doc) or not _name_piece(doc[i]) or doc[i].ent_type_ or doc[i].is_sent_start \
            or i + 1 < len(doc) and cap(doc[i + 1]):
        return False
    return not party_at(doc, i) and doc[i].lower_ not in org_lexicon().suffixes \
        and not any(m.start <= i < m.end for m in raw)


def _first_of_name(doc: Doc, start: int, end: int) -> bool:
    """'Queen Elizabeth I', 'Pedro I became emperor': a capital I right after a one-word name,
    with nothing between, is a regnal number; the pronoun stands apart ('Ana and I', 'Ruiz: I
    will') or opens a contraction ('I'm')."""
    nxt = doc[end + 1].text if end + 1 < len(doc) else ""
    return end - start == 1 and doc[end].text == "I" and doc[start].whitespace_ == " " \
        and not nxt.startswith(("'", "’")) and cap_word(doc[start])


def _name_syllable(tok: Token) -> bool:
    """'ho' in 'Kim Dae-ho', 'ul' in 'Inzamam-ul-Haq'; not 'winning' in 'Oscar-winning'."""
    return tok.is_alpha and (len(tok) <= 2 or len(tok) <= 4 and tok.lower_ not in STOP_WORDS)


def _name_piece(tok: Token) -> bool:
    """A capitalised proper noun that can be part of a person's name: no title, honorific,
    country, nationality (whatever the NER calls it: 'Ugandan' of 'Ugandan Ana Lind'), place or
    other kind of name; a name the NER calls a place that no gazetteer knows may be one ('Ana
    Inzavu' with 'Inzavu' a GPE)."""
    return cap_word(tok) and not tok.text[1:2].isupper() and tok.pos_ == "PROPN" \
        and tok.ent_type_ in ("", "PERSON", "GPE") and not is_title_word(tok) and tok.lower_ not in OCCUPATIONS \
        and not token_country(tok) and not gazetteer.demonym_code(tok.text) and not gazetteer.lookup_place(tok.text) \
        and tok.lower_ not in title_lexicon().modifiers


def person_clusters(doc: Doc, persons: list[RawMention]) -> list[list[RawMention]]:
    """Full names by their folded form; a surname (or a first name), hyphenated or not, joins
    the full name it ends (starts), the most recently mentioned one when two people share it;
    after a gendered word, the one whose first name takes its pronoun, never one whose first name
    takes the other ('Mrs Lind' is Ana Lind, not Tomas Lind, or someone the article names no
    further)."""
    clusters: list[list[RawMention]] = []
    by_full: dict[str, int] = {}
    singles: list[RawMention] = []
    for m in persons:
        words = _name_words(m.name)
        if len(m.name.split()) > 1:  # 'Lind-Ruiz' is a surname, however many words it folds to
            key = " ".join(words)
            if key not in by_full:
                match = _variant_of(words, by_full)
                by_full[key] = match if match is not None else len(clusters)
                if match is None:
                    clusters.append([])
            clusters[by_full[key]].append(m)
        else:
            singles.append(m)
    for m in singles:
        single = _name_words(m.name)
        word = " ".join(single)
        cands = [i for i, c in enumerate(clusters) if any(_name_words(x.name)[-len(single):] == single for x in c)]
        if not cands:
            cands = [i for i, c in enumerate(clusters) if any(_name_words(x.name)[:len(single)] == single for x in c)]
        if takes := pronoun_taken(doc, m.start):
            said = {i: {first_name_pronoun(x.name) for x in clusters[i]} - {None} for i in cands}
            cands = [i for i in cands if said[i] <= {takes}]
            cands = [i for i in cands if said[i]] or cands  # 'Mr Abedini': the one whose first name says he
        if len(cands) > 1:
            before = [(max((x.start for x in clusters[i] if x.start < m.start), default=-1), i)
                      for i in cands]
            cands = [max(before)[1]]
        if cands:
            clusters[cands[0]].append(m)
        else:
            clusters.append([m])
            by_full[word] = len(clusters) - 1
    return clusters


def _variant_of(words: list[str], by_full: dict[str, int]) -> int | None:
    """'Recep Erdogan' and 'Recep Tayyip Erdogan': same first and last name; 'Van der Berg'
    and 'Piet van der Berg': a surname with its particle ends the full name."""
    for key, idx in by_full.items():
        other = key.split()
        if len(other) > 1 and other[0] == words[0] and other[-1] == words[-1]:
            return idx
        if words[0] in PARTICLES and len(other) > len(words) and other[-len(words):] == words \
                or other[0] in PARTICLES and len(words) > len(other) and words[-len(other):] == other:
            return idx
    return None


def _name_words(name: str) -> list[str]:
    """A person's name as folded words, an apostrophe joining its pieces ('O'Brien' is one), less
    a generation after the surname ('Ana Ruiz Jr.' is the 'Ruiz' of the article)."""
    words = fold(name.replace("'", "").replace("’", "")).split()
    return words[:-1] if len(words) > 2 and words[-1] in GENERATIONS else words


def first_name_pronoun(name: str) -> str | None:
    """'he' or 'she' for a full name that opens with a first name the news gives almost only to
    men or to women ('Maria Lopez'; [gendered] of titles.toml); none for one word alone, which may
    be a surname ('Thomas said')."""
    words = name.split()
    return title_lexicon().first_names.get(fold(words[0])) if len(words) > 1 else None


def pronoun_taken(doc: Doc, start: int) -> str | None:
    """'he' or 'she' for a name opened or preceded by a gendered word ('Mrs Hassan', 'his wife
    Ana Lind'), else None."""
    gendered = title_lexicon().gendered
    return gendered.get(doc[start].lower_) or (gendered.get(doc[start - 1].lower_) if start else None)
