"""What the stages of actor extraction share: `RawMention`, the candidate mention they make and
mend before `build_actors` groups them into actors; tests of one word (capitalised, a title or
an honorific) and the word lists behind them (particles, occupations); an entity span trimmed to
its name; and the staff frame ('Halvard spokesman Ian Moor') that both the person and the
organisation readings consult."""

from __future__ import annotations

import re

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsledger.extract import gazetteer
from newsledger.extract.actors.lexicon import org_lexicon, phrase_at
from newsledger.extract.titles import lexicon as title_lexicon
from newsledger.extract.titles import token_country


POSSESSIVE_TOKENS = {"'s", "’s", "'", "’"}
PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "le", "la", "bin", "ibn", "al"}
OCCUPATIONS = title_lexicon().occupations  # see titles.toml


@dataclass
class RawMention:
    """A name read as an actor's, before the mentions are grouped into actors: its kind, the name
    it goes by, where it stands, and the title and country read with it."""

    kind: str  # person | organization | country | group
    name: str
    start: int  # token indices of the name
    end: int
    char_start: int
    char_end: int
    role_title: str | None = None
    country_code: str | None = None
    framed: bool = False  # its kind comes from its words or frame ('Dorvel Holdings', 'c Lind b Moor'), not the NER


def cap(tok: Token) -> bool:
    """A capitalised word that can be part of a name: letters only, or with a period or a hyphen
    ('Corp.', 'U.S.', 'Jean-Paul')."""
    return tok.text[:1].isupper() and (tok.is_alpha or "." in tok.text or "-" in tok.text)


_ELIDED_NAME = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)+")  # "O'Connell", "D’Alema"


def elided_name(tok: Token) -> bool:
    """Letters joined by an apostrophe: "O'Connell", "D’Alema"."""
    return bool(_ELIDED_NAME.fullmatch(tok.text))


def name_letters(tok: Token) -> bool:
    """Letters only, or letters joined by an apostrophe ('Lind', "O'Connell"): a word a name may
    be made of."""
    return tok.is_alpha or elided_name(tok)


def cap_word(tok: Token) -> bool:
    """A capitalised word of letters, more than one and not all capitals: a name's word, no
    initial or acronym ('Lind', not 'J' or 'NATO')."""
    return tok.is_alpha and tok.text[:1].isupper() and len(tok) > 1 and not tok.is_upper


def is_title_word(tok: Token) -> bool:
    """A one-word title or an honorific ('President', 'Mr'), which is no part of the name."""
    lex = title_lexicon()
    return tok.lower_ in lex.titles or tok.lower_ in lex.honorifics


def title_at(doc: Doc, i: int) -> int:
    """Length of the longest title written at token i: 'Prime Minister' after 'Deputy' is the
    title's rest, not a name."""
    titles = title_lexicon().titles
    for n in range(min(4, len(doc) - i), 0, -1):
        if " ".join(t.lower_ for t in doc[i:i + n]) in titles:
            return n
    return 0


def list_items(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a span listing names with commas, 'and' or 'or'."""
    parts: list[tuple[int, int]] = []
    lo = start
    for k in range(start, end + 1):
        if k == end or doc[k].text == "," or doc[k].lower_ in ("and", "or"):
            if lo < k:
                parts.append((lo, k))
            lo = k + 1
    return parts


def comma_parts(doc: Doc, start: int, end: int, suffixes: frozenset[str]) -> list[tuple[int, int]]:
    """The names an entity lists with commas, which the NER may take as one ('Doncaster,
    Hartlepool, North Tyneside', 'Dell, Samsung', the last two joined by 'and': 'Blur, Oasis
    and Pulp'); the whole span for a body named by a list of its fields ('the Department of the
    Environment, Food and Rural Affairs', 'the Department for Culture, Media and Sport'), a firm
    of partners ('Bodman, Lee & Dahl') or a name with a suffix (`suffixes`: 'Acme, Inc.', 'Ed
    Roe, Jr.')."""
    commas = [k for k in range(start + 1, end - 1) if doc[k].text == ","]
    if not commas or any(doc[k].lower_ in ("of", "for") for k in range(start, commas[0])) or any(
            doc[k].text == "&" for k in range(commas[-1], end)):
        return [(start, end)]  # 'Skadden, Arps, Slate, Meagher & Flom' is one firm
    parts = [(lo + 1 if lo > start else lo, hi) for lo, hi in zip([start, *commas], [*commas, end])]
    if any(hi <= lo or not doc[lo].text[:1].isupper() or doc[lo].lower_ in suffixes
           or hi - lo == 1 and doc[lo].text.endswith(".") for lo, hi in parts):
        return [(start, end)]
    lo, hi = parts[-1]
    joined = next((k for k in range(lo + 1, hi - 1) if doc[k].lower_ == "and" and doc[k + 1].text[:1].isupper()), None)
    return parts if joined is None else [*parts[:-1], (lo, joined), (joined + 1, hi)]


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading 'the' or a preposition opening the sentence ('Across Bree, pickets ...'),
    trailing possessives, punctuation and a title's first word ('Jerry Springer - The Opera' cut
    short) from an entity span."""
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct
                           or doc[start].is_sent_start and doc[start].pos_ == "ADP" and end - start > 1):
        start += 1
    while end > start and (doc[end - 1].lower_ in POSSESSIVE_TOKENS or doc[end - 1].is_punct
                           and doc[end - 1].text not in (".",) or doc[end - 1].lower_ == "the"):
        end -= 1
    return start, end


_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.",
           "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
           "sunday"}
_QUOTES = {'"', "'", "“", "”", "‘", "’", "»", "«"}


def trim_org(doc: Doc, start: int, end: int, months: bool = True) -> tuple[int, int]:
    """Cut what the NER glued to an organisation's name: a leading month ('the August Acme
    index'; not 'the Sunday Times') or lower-case descriptor ('rival bank Acme Holdings'),
    trailing scores and lower-case descriptors ('Zorva news agency'), an acronym in parentheses
    ('Green Unity Party (GUP'), the next line or score and a full stop that ends the sentence.
    Outside persons' names (`months` false for them) also the honorific of the next name ('told
    the Sunday Times Mr Lind would')."""
    suffixes = org_lexicon().suffixes
    while months and end - start > 1 and (doc[start].lower_ in _MONTHS and doc[start + 1].lower_ not in suffixes
                                          or doc[start].is_lower and doc[start].is_alpha
                                          and doc[start].pos_ in ("NOUN", "ADJ") and cap(doc[start + 1])):
        start += 1
    numbered = org_lexicon().numbered
    for k in range(start + 1, end):
        if doc[k].text == "(" or "\n" in doc[k - 1].whitespace_ + doc[k].text \
                or doc[k].text.isdigit() and doc[k - 1].lower_ not in numbered:
            end = k  # 'Halvard 2 Norvale 1': a results line holds two names; 'Radio 4' is one
            break
    while end - start > 1:
        last = doc[end - 1]
        if months and end - start == 3 and last.is_lower and doc[start + 1].text == "-" and not doc[start].whitespace_:
            return start, start  # 'Fly-half' is a position; a person's 'Li Song-ho' keeps it
        if any(c.isdigit() for c in last.text) and doc[end - 2].lower_ not in numbered \
                or last.is_punct and last.text != "." \
                or last.is_alpha and last.is_lower:
            end -= 1
        elif last.text == "." and (last.is_sent_end or end == len(doc) or doc[end].text in _QUOTES) \
                or months and last.lower_ in title_lexicon().honorifics and end < len(doc) and cap(doc[end]):
            end -= 1  # 'told the Sunday Times Mr Lind would ...': the honorific opens the next name
        else:
            break
    return start, end


_COMPASS_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "latin"}


def multinational(span: Span) -> bool:
    """A body of several states, whose name spans a region ('the Economic Community of West
    African States', 'the Inter-American Development Bank'; not a people of one, 'the Arab
    American Institute') or ends in a word of its members ('the Organization of American
    States'; not 'United States Steel'), both in organizations.toml."""
    lex = org_lexicon()
    words = [t.text for t in span]
    return any(t.text in lex.regions and not (t.i + 1 < span.end and gazetteer.demonym_code(t.nbor().text)) for t in span) \
        or len(words) > 1 and words[-1].lower() in lex.member_words and words[-2].lower() != "united"


def name_country(span: Span) -> str | None:
    """The country an organisation's name gives it by a word of it ('Nigerian National Petroleum
    Corp', 'Bank of Korea', 'BBC Northern Ireland' and 'North Wales Business Club' with their
    compass words); none for a body of several states (`multinational`) or one whose compass word
    makes a region of a nationality ('the South American football body')."""
    if multinational(span):
        return None
    for tok in span:
        code = token_country(tok)
        if code and tok.i > span.start and tok.nbor(-1).lower_ in _COMPASS_WORDS:
            pair = f"{tok.nbor(-1).text} {tok.text}"
            code = gazetteer.demonym_code(pair) or gazetteer.country_code(pair) \
                or (None if gazetteer.demonym_code(tok.text) else code)
            if code is None:
                return None  # 'South American': a continent's part, no country
        if code:
            return code
    return None


def staff_frame(doc: Doc, end: int, possessive: bool = True) -> bool:
    """'X spokesman Ian Moor', 'X's Ian Moor': the name before a staff title and a person, or
    before a possessive and a person, is the person's organisation."""
    lex = org_lexicon()
    n = phrase_at(doc, end, lex.staff_titles)
    if not n and possessive and end < len(doc) and doc[end].lower_ in POSSESSIVE_TOKENS:
        n = 1
    nxt = end + n
    if not n or nxt + 1 >= len(doc):
        return False
    first, last = doc[nxt], doc[nxt + 1]
    if first.ent_type_ == "PERSON" and first.ent_iob_ == "B" and last.ent_type_ == "PERSON" and last.ent_iob_ == "I":
        return True
    return all(t.ent_type_ == "" and t.pos_ == "PROPN" and cap_word(t) for t in (first, last))  # untagged 'Per Lund'
