"""Role titles around names ("Russian President", "Ukraine’s Foreign Minister",
"Putin, the Russian president") and the country they imply."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from newsledger.extract import gazetteer
from newsledger.extract.lexicon import load
from newsledger.extract.text import fold

MAX_TITLE_WORDS = 4


@dataclass(frozen=True)
class Title:
    text: str  # as written
    start: int  # token index
    end: int
    country_code: str | None


@dataclass(frozen=True)
class _TitleLex:
    titles: frozenset[str]
    heads: frozenset[str]  # last word of every title ("president", "minister", "state")
    modifiers: frozenset[str]
    hyphen_prefixes: frozenset[str]  # written hyphened before a title ('co-chairman')
    honorifics: frozenset[str]
    title_country: dict[str, str]
    collectives: dict[str, str]
    state_kit: frozenset[str]  # lemmas of assets whose demonym names their state ('Israeli jets')
    aimed_kit: frozenset[str]  # lemmas of acts whose demonym names their state when aimed ('a Turkish strike on')
    leading: frozenset[str]  # participles of 'the Saudi-led coalition', whose group takes the leader's country
    backing: frozenset[str]  # participles of 'Russian-backed separatists', whose group does not take the backer's
    sponsored_groups: frozenset[str]  # nouns of such groups beside the collectives and armed groups ('coalition')
    state_officials: frozenset[str]  # lemmas of officials who stand for their state ('the Nigerian ambassador')
    agents: frozenset[str]  # heads through which a modifier's actor acts ('US officials')
    given_names: frozenset[str]  # folded first names ('marion')
    gendered: dict[str, str]  # word before a name -> the pronoun it takes ('mrs' -> 'she')
    first_names: dict[str, str]  # folded first name -> the pronoun its bearer takes ('maria' -> 'she')
    tellers: dict[str, str]  # unnamed people a he/she in their own that-clause stands for ('the woman said she')
    office_tellers: frozenset[str]  # political title heads whose unnamed holder a he/she in their own that-clause stands for
    firm_heads: frozenset[str]  # heads of a bare 'the firm' that stand for the one firm named ('the company')
    not_firm_words: frozenset[str]  # words of a body's name that make it no firm ('Commission')
    other_firm_words: frozenset[str]  # words before a firm head that set another firm apart ('the rival firm')
    armed: frozenset[str]  # lemmas of armed groups ('rebel'), from plover.toml's [armed_groups]
    body_heads: frozenset[str]  # heads of 'the union', 'the court': the one body named before with that word
    party_heads: frozenset[str]  # heads of 'the Tory leader': a person at a party's head, never the party
    spokes_heads: frozenset[str]  # lemmas of heads who speak for the body named after them ('a spokesman for X')
    described_bodies: dict[str, frozenset[str]]  # heads of 'the bloc': the one body named before with one of the words
    pair_heads: frozenset[str]  # heads of 'the pair', 'the duo': two people named together
    state_heads: frozenset[str]  # heads of 'the country': the state named just before
    ruling_heads: frozenset[str]  # heads of 'the junta': the body ruling the state named just before
    ruling_words: frozenset[str]  # words that make 'the military government' such a body
    not_state_words: frozenset[str]  # lowercase words before a state head that make it no state named before
    neighbour_heads: frozenset[str]  # heads of 'its neighbour': the other state named just before
    placed_state_heads: frozenset[str]  # heads of 'the Gulf state': a state head only after where it lies
    continent_words: dict[str, str]  # 'african' -> 'AF': the continent a word saying where a state lies names
    office_names: dict[str, str]  # 'premier' -> 'prime minister': another name of the office a head names
    topic_heads: dict[str, str]  # head of 'the party', 'the government' -> the kind ('body', 'state') of subject it takes up
    force_members: dict[str, frozenset[str]]  # lemma of 'officers' -> last words of the forces they may be of ('police')
    sports: frozenset[str]  # sports before a side that plays for its country ('hockey team')
    sport_sides: frozenset[str]  # heads of such a side ('team', 'squad')
    occupations: frozenset[str]  # what people are called beside their names ('activist Ana Ruiz'), no titles
    described_people: frozenset[str]  # other words for a named person ('Ana Ruiz, a teacher'), with the tellers


@cache
def lexicon() -> _TitleLex:
    lex = load("titles")
    # the tokenizer splits a hyphenated title ('Lieutenant-Colonel') into three tokens
    titles = frozenset(f for t in lex["titles"] for f in (t.lower(), t.lower().replace("-", " - ")))
    return _TitleLex(
        titles=titles,
        heads=frozenset(t.split()[-1] for t in titles),
        modifiers=frozenset(lex["modifiers"]),
        hyphen_prefixes=frozenset(lex["hyphen_prefixes"]),
        honorifics=frozenset(lex["honorifics"]),
        title_country={k.lower(): v for k, v in lex["title_country"].items()},
        collectives=dict(lex["collectives"]),
        state_kit=frozenset(lex["state_kit"]["nouns"]),
        aimed_kit=frozenset(lex["state_kit"]["aimed_kit"]),
        leading=frozenset(lex["sponsored"]["leading"]),
        backing=frozenset(lex["sponsored"]["backing"]),
        sponsored_groups=frozenset(lex["sponsored"]["groups"]),
        state_officials=frozenset(lex["state_officials"]["nouns"]),
        agents=frozenset(lex["agents"]) | frozenset(lex["collectives"]) | frozenset(t.split()[-1] for t in titles)
        | frozenset(load("cues")["voices"]["documents"]),
        given_names=frozenset(lex["given_names"]),
        gendered={w: pronoun for side, pronoun in (("male", "he"), ("female", "she")) for w in lex["gendered"][side]},
        first_names={fold(w): pronoun for side, pronoun in (("male", "he"), ("female", "she"))
                     for w in lex["gendered"][f"{side}_first_names"]},
        tellers={w: pronoun for side, pronoun in (("male", "he"), ("female", "she")) for w in lex["gendered"][f"{side}_tellers"]},
        office_tellers=frozenset(t.split()[-1] for t in titles) - frozenset(lex["gendered"]["proxy_heads"])
        - frozenset(load("plover")["domain"]["apolitical_titles"]),
        firm_heads=frozenset(lex["firm_heads"]),
        not_firm_words=frozenset(lex["not_firm_words"]),
        other_firm_words=frozenset(lex["other_firm_words"]),
        armed=frozenset(load("plover")["armed_groups"]["lemmas"]),
        body_heads=frozenset(lex["body_heads"]),
        party_heads=frozenset(lex["party_heads"]),
        spokes_heads=frozenset(lex["spokes_heads"]),
        described_bodies={head: frozenset(words) for head, words in lex["described_bodies"].items()},
        pair_heads=frozenset(lex["pair_heads"]),
        state_heads=frozenset(lex["state_heads"]),
        not_state_words=frozenset(lex["not_state_words"]),
        neighbour_heads=frozenset(lex["neighbour_heads"]),
        placed_state_heads=frozenset(lex["placed_state_heads"]),
        continent_words={w: code for code, words in lex["continent_words"].items() for w in words},
        office_names=dict(lex["office_names"]),
        ruling_heads=frozenset(lex["ruling_heads"]),
        ruling_words=frozenset(lex["ruling_words"]),
        topic_heads={head: kind for kind, heads in lex["topic_heads"].items() for head in heads},
        force_members={word: frozenset(bodies) for word, bodies in lex["force_members"].items()},
        sports=frozenset(lex["sports"]),
        occupations=frozenset(lex["occupations"]),
        described_people=frozenset(lex["described_people"]) | frozenset(lex["gendered"]["male_tellers"])
        | frozenset(lex["gendered"]["female_tellers"]),
        sport_sides=frozenset(lex["sport_sides"]),
    )


def token_country(tok: Token) -> str | None:
    """Country named by a single token of a title: a demonym or a country name."""
    if tok.ent_type_ in ("GPE", "NORP", "ORG", "") and tok.text[:1].isupper():
        return gazetteer.demonym_code(tok.text) or gazetteer.country_code(tok.text)
    return None


def _match_title(doc: Doc, end: int) -> int | None:
    """Start index of the longest known title ending right before token `end`."""
    lex = lexicon()
    for length in range(MAX_TITLE_WORDS, 0, -1):
        start = end - length
        if start < 0:
            continue
        words = " ".join(t.lower_ for t in doc[start:end])
        if words in lex.titles or (doc[end - 1].text[:1].isupper() and words.endswith("s")
                                   and words[:-1] in lex.titles):
            return start  # "Presidents X and Y", "Foreign Ministers X and Y"
    return None


def _ent_country(doc: Doc, tok_index: int) -> tuple[int, str] | None:
    """If token `tok_index` ends a country entity (possibly 'Ukraine ’s'), its start and code."""
    i = tok_index
    if doc[i].lower_ in ("'s", "’s") and i > 0:
        i -= 1
    tok = doc[i]
    if tok.ent_type_ in ("GPE", "NORP", "ORG") and tok.ent_iob_ in ("B", "I"):
        start = i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        span = doc[start:i + 1]
        code = gazetteer.demonym_code(span.text) or gazetteer.country_code(span.text)
        if code:
            return start, code
    return None


def _joined_prefix(doc: Doc, hyphen: int) -> bool:
    """Token `hyphen` is a hyphen joining one of the [hyphen_prefixes] to the title after it
    ('co-chairman', 'vice-chairman', 'ex-minister')."""
    return (hyphen > 0 and doc[hyphen].text == "-" and not doc[hyphen].whitespace_
            and not doc[hyphen - 1].whitespace_ and doc[hyphen - 1].lower_ in lexicon().hyphen_prefixes)


def title_before(doc: Doc, name_start: int) -> Title | None:
    """The title written right before a name ("Former U.S. President" Donald Trump), also
    across an honorific ("Chairman Sir" Ana Ruiz)."""
    lex = lexicon()
    while name_start > 0 and doc[name_start - 1].lower_ in lex.honorifics:
        name_start -= 1
    start = _match_title(doc, name_start)
    if start is None:
        return None
    title_words = " ".join(t.lower_ for t in doc[start:name_start])
    country = None
    i = start - 1
    while i >= 0 and name_start - i <= 9:
        tok = doc[i]
        ent = _ent_country(doc, i)
        if ent:
            country = country or ent[1]
            start = ent[0]
            i = start - 1
            continue
        if tok.lower_ in lex.modifiers or tok.lower_ in lex.titles:
            start = i
            i -= 1
            continue
        if _joined_prefix(doc, i):
            start = i - 1  # "co-chairman", "vice-chairman": the tokenizer split the prefix off
            i -= 2
            continue
        break
    if country is None:
        for tok in doc[start:name_start]:
            country = country or token_country(tok)
    if country is None:
        country = lex.title_country.get(title_words)
        if title_words == "secretary of state" and name_start < len(doc) and doc[name_start].lower_ == "for":
            country = None
    text = doc[start:name_start].text
    return Title(text, start, name_start, country)


def title_in_appos(name: Span) -> Title | None:
    """'Putin, the Russian president,' or 'Russia’s president, Vladimir Putin'."""
    lex = lexicon()
    root = name.root
    candidates = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        candidates.append(root.head)
    for head in candidates:
        if head.lower_ not in lex.heads or head.i in range(name.start, name.end):
            continue
        tokens = [t for t in head.subtree if t.i < name.start or t.i >= name.end]
        tokens = [t for t in tokens if t.dep_ not in ("det", "punct", "relcl", "acl")
                  and not (t.dep_ == "appos" and t.i != head.i)]
        tokens = [t for t in tokens if abs(t.i - head.i) <= 6]
        if not tokens:
            continue
        lo, hi = min(t.i for t in tokens), max(t.i for t in tokens) + 1
        span = head.doc[lo:hi]
        country = None
        for tok in span:
            country = country or token_country(tok)
        country = country or lex.title_country.get(span.text.lower())
        return Title(span.text, lo, hi, country)
    return None
