"""Sports teams in results sections. A name in a score line ('Halvard 2 Norvale 1'), a league
table row ('Halvard 4 3 1 0 9 2 10'), a fixture ('Halvard v Norvale') or a cricket scorecard
('Halvard 183 and 249 (...), Norvale 190') is a team, even when it is a town's or a county's
name; the NER reads most of them as places or people, or skips them. Once the results name a
team, the article's other uses of that name are the team too, except where it stands as a
place ('in Norvale', 'at Norvale', the dateline). Countries stay countries (national sides)."""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from newsledger.extract import gazetteer
from newsledger.extract.headlines import lede_datelines
from newsledger.extract.lexicon import load
from newsledger.extract.text import doc_text, fold

_WORD = r"(?:[A-Z](?:[^\W\d_]|['’.&-])*)"
_NAME = rf"{_WORD}(?: (?:{_WORD}|of|de|del|la|le|&)){{0,4}}(?: \([A-Z]{{1,3}}\))?"
_COUNTRY = r"(?: \([A-Z][\w. ]{1,25}\))?"  # 'Benetton (Italy) 92': the team's country
# 'Halvard 2 Norvale 1 (after extra time)'
_SCORE_LINE = re.compile(rf"^(?P<a>{_NAME}){_COUNTRY} \d{{1,3}} (?P<b>{_NAME}){_COUNTRY} \d{{1,3}}(?: \(.*\))?\.?$")
# 'Halvard 4 3 1 0 9 2 10', 'HALVARD 74 59 .556 13 1/2'
_TABLE_ROW = re.compile(rf"^(?P<a>{_NAME}) \d+(?: (?:\d+(?:\.\d+)?|\.\d+|-|\d/\d)){{2,}}$")
# 'Halvard 22 points, Norvale 4.'
_POINTS_LINE = re.compile(rf"^(?P<a>{_NAME}) \d+ points?, (?P<b>{_NAME}) \d+\.?$")
# 'Halvard v Norvale', a list of them, 'June 3 v Norvale (three days)'
_FIXTURE = re.compile(rf"(?:^|: |, |\d )(?:(?P<a>{_NAME}) )?v (?P<b>{_NAME})(?=$|,| \(|\.$)")
# 'HALVARD AT NORVALE' (a schedule written in capitals): the visitors; the home side's name
# says where they play
_AT_FIXTURE = re.compile(r"^(?P<a>[A-Z][A-Z. ]+[A-Z]) AT [A-Z][A-Z. ]+[A-Z]$")
# 'Halvard 183 and 249 (J. Moor 75), Norvale 190': an innings, outside parentheses
_INNINGS = re.compile(rf"(?:^|: |, )(?P<a>{_NAME}) \d{{1,3}}(?:-\d{{1,2}})?(?: and \d{{1,3}}(?:-\d{{1,2}})?)?(?=$|,| \(|\.$|;)")
# what only a cricket scorecard has: a second innings, runs for wickets, a batsman's score
# ('Norvale 296 and 71-1 (J. Moor 75)'); a goal scorers' list ('Moor 12, Lind 80') has none
_CRICKET = re.compile(r"\d and \d|\d-\d|\([A-Z]\. [A-Z]")
# 'LONDON 1996-08-30', 'OSTRAVA, Czech Republic 2001-05-04': a dateline names a place
_DATELINE = re.compile(r"^[A-Z][\w .'-]*(?:, [\w .'-]+)? \d{4}-\d\d-\d\d$")
_PLACE_PREPOSITIONS = {"in", "at", "near", "outside"}
# '3. Ana Ruiz (Spain) Halvard 2 seconds behind', '2. Bo Lind (Sweden), Halvard Ford, 54.48':
# a rider's or driver's team after their country
_RANKED_TEAM = re.compile(rf"^\d{{1,3}}\. {_NAME} \([A-Z][\w. ]{{1,25}}\),? (?P<a>{_NAME})(?=$|,| \d| same| all)")
_INITIAL = re.compile(r"^[A-Z]\. ")
# 'A Ruiz (Halvard), B Lind (Norvale); C Moor (Halvard)': each player's club after the name
_LINE_UP_ITEM = re.compile(rf"(?:^|[:,;] ?)(?:{_NAME}) \((?P<a>{_NAME})\)(?=[,;.]|$| capt| \()")
_LINE_UP_MIN = 3  # clubs in brackets one line must hold to be a line-up


def _line_teams(line: str) -> list[tuple[int, int, bool]]:
    """(start, end, may be a person) of the team names a results line holds, within the line:
    in a fixture or a golf-like row of round scores the names may be people."""
    out: list[tuple[int, int, bool]] = []
    for pattern in (_SCORE_LINE, _POINTS_LINE, _AT_FIXTURE, _RANKED_TEAM):
        if m := pattern.match(line):
            out += [(*m.span(g), False) for g in ("a", "b") if g in m.groupdict() and m[g]]
    if m := _TABLE_ROW.match(line):
        rounds = all(60 <= int(n) <= 90 for n in line[m.end("a"):].split() if n.isdigit())
        out.append((*m.span("a"), rounds))
    if len(line) < 100:
        out += [(*m.span(g), True) for m in _FIXTURE.finditer(line) for g in ("a", "b") if m[g]]
    innings = [m.span("a") for m in _INNINGS.finditer(line) if _depth(line, m.start("a")) == 0]
    if len(innings) >= 2 and _CRICKET.search(line):
        out += [(lo, hi, False) for lo, hi in innings]
    return [(lo, hi - 1 if line[hi - 1] == "." and hi == len(line) else hi, p) for lo, hi, p in out]


def _depth(line: str, pos: int) -> int:
    return line.count("(", 0, pos) - line.count(")", 0, pos)


def _person(doc: Doc, start: int, end: int) -> bool:
    """A person named in full ('Ana Ruiz'), as the NER or an initial says."""
    span = doc[start:end]
    return bool(_INITIAL.match(span.text)) or (
        end - start > 1 and all(t.ent_type_ == "PERSON" for t in span))


def _line_up_clubs(line: str) -> list[tuple[int, int, bool]]:
    """(start, end, False) of the clubs a line-up names after its players, within the line; a
    country, a nationality or a US state in brackets is a national side or a politician's state."""
    found = [m.span("a") for m in _LINE_UP_ITEM.finditer(line)]
    if len(found) < _LINE_UP_MIN:
        return []
    return [(lo, hi, False) for lo, hi in found
            if not (gazetteer.demonym_code(line[lo:hi]) or gazetteer.us_state(line[lo:hi]))]


def _sport_staff(doc: Doc) -> bool:
    """Whether the article names a player's or a coach's role, as only a sports report does."""
    staff = _sports("staff") - _sports("not_only_sport")
    return any(t.lower_ in staff and t.pos_ == "NOUN" for t in doc)


def _results_teams(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of the teams in the article's results lines, and of the clubs in its
    line-ups when it is a sports report."""
    found: list[tuple[int, int]] = []
    offset = 0
    sport: bool | None = None  # read once, and only for an article with a line-up
    for line in doc_text(doc).split("\n"):
        clubs = _line_up_clubs(line)
        if clubs and sport is None:
            sport = _sport_staff(doc)
        for lo, hi, maybe_person in _line_teams(line) + (clubs if sport else []):
            span = doc.char_span(offset + lo, offset + hi, alignment_mode="contract")
            if span is not None and len(span) and not (maybe_person and _person(doc, span.start, span.end)) \
                    and not gazetteer.country_code(span.text):
                found.append((span.start, span.end))
        offset += len(line) + 1
    return found


def dateline_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the article's datelines: results lines ('OSTRAVA 2001-05-04') and the
    wire datelines opening paragraphs ('ADDIS ABABA, May 5 —')."""
    out = []
    offset = 0
    for line in doc_text(doc).split("\n"):
        if _DATELINE.match(line):
            out.append((offset, offset + len(line)))
        offset += len(line) + 1
    return out + lede_datelines(doc_text(doc))


def _name_after(doc: Doc, i: int) -> tuple[int, int] | None:
    """The capitalised name starting at token i ('the' skipped), up to three words."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    j = i
    while j < len(doc) and j - i < 3 and _name_word(doc[j]):
        j += 1
    return (i, j) if j > i else None


def _name_before(doc: Doc, end: int) -> tuple[int, int] | None:
    """The capitalised name ending right before token `end` (a possessive skipped)."""
    if end > 0 and doc[end - 1].lower_ in ("'s", "’s", "'"):
        end -= 1
    i = end
    while i > 0 and end - i < 3 and _name_word(doc[i - 1]):
        i -= 1
    return (i, end) if i < end else None


def _name_word(tok: Token) -> bool:
    """A word of a proper name: capitalised, no function word ('AS', 'IN' in a capitals
    headline), not a date or a number."""
    return tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text) and tok.lower_ not in STOP_WORDS \
        and tok.lower_ not in _sports("win_verbs") \
        and (tok.pos_ == "PROPN" or tok.is_upper or tok.ent_type_ != "") \
        and tok.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT")


def _first_named(doc: Doc, word: str) -> bool:
    """The article writes `word` after a given name ('Dennis Mitchell'): a capitalised word
    before it that is no place ('Texas Rangers' names a team)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if fold(tok.text) == word and _name_word(prev) and not prev.is_upper \
                and not gazetteer.lookup_place(prev.text) and not gazetteer.country_code(prev.text) \
                and not gazetteer.demonym_code(prev.text):
            return True
    return False


def _text_teams(doc: Doc, person_words: set[str], results: bool) -> list[tuple[int, int]]:
    """Teams the report names in sport's own phrases: 'Halvard striker Ian Moor', 'homered for
    Halvard', 'joined Halvard', and, where these or a results section (`results`) show teams
    play in the article, 'Halvard beat Norvale' and 'a victory over Norvale' (a tennis report's
    winners are people). People stay people: no name that is a word of a person named in
    full in the article, nor a country or nationality."""
    spans: list[tuple[int, int] | None] = []
    wins: list[tuple[int, int] | None] = []
    for tok in doc:
        low = tok.lower_
        if low in _sports("win_verbs") and (tok.pos_ == "VERB" or tok.is_upper):
            wins += [_name_before(doc, tok.i), _name_after(doc, tok.i + 1)] + _parties(doc, tok)
        elif low in _sports("over_nouns") and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("over", "to", "against"):
            wins.append(_name_after(doc, tok.i + 2))
        elif low in _sports("staff") and tok.is_lower and tok.pos_ == "NOUN":
            spans.append(_name_before(doc, tok.i))
        elif low == "for" and tok.head.lemma_ in _sports("play_verbs"):
            spans.append(_name_after(doc, tok.i + 1))
        elif tok.lemma_ == "join" and tok.pos_ == "VERB":
            spans.append(_name_after(doc, tok.i + 1))
    teams = [span for span in spans if span is not None and _team_like(doc, *span, person_words)]
    if teams or results:
        teams += [span for span in wins if span is not None and _team_like(doc, *span, person_words)]
    return teams


@cache
def _sports(kind: str) -> frozenset[str]:
    """One of the [sports] word lists of organizations.toml."""
    return frozenset(load("organizations")["sports"][kind])


@cache
def _competitions() -> frozenset[str]:
    return frozenset(load("organizations")["competitions"])


def _parties(doc: Doc, verb: Token) -> list[tuple[int, int] | None]:
    """The winner and the loser of a 'beat' as the parse sees them; a relative pronoun stands
    for the name it follows ('Surrey, who thrashed Norvale')."""
    out = []
    for child in verb.children:
        if child.dep_ in ("nsubj", "dobj"):
            if child.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                child = verb.head
            out.append(_name_around(doc, child))
    return out


def _name_around(doc: Doc, tok: Token) -> tuple[int, int] | None:
    """The capitalised name that holds `tok`; none when it runs on with 'of' ('Bank of
    Ostrava'), unless a country follows ('Halvard of Norway' is Halvard)."""
    if not _name_word(tok):
        return None
    start, end = tok.i, tok.i + 1
    while start > 0 and _name_word(doc[start - 1]):
        start -= 1
    while end < len(doc) and _name_word(doc[end]):
        end += 1
    if end + 1 < len(doc) and doc[end].text == "of" and _name_word(doc[end + 1]) and (
            not gazetteer.country_code(doc[end + 1].text) or gazetteer.country_code(doc[start:end + 2].text)):
        return None
    return (start, end) if end - start <= 3 else None


def _team_like(doc: Doc, start: int, end: int, person_words: set[str]) -> bool:
    """Not a listed competitor ('Ana Ruiz (Spain) beat ...', most often a person), a country or
    a nationality ('American Ana Ruiz'), nor a person: tagged as one when it has several words,
    a word of a person named in full, or a single word written after a given name."""
    if end < len(doc) and doc[end].text in ("(", "-"):
        return False
    span = doc[start:end]
    if gazetteer.country_code(span.text) or gazetteer.demonym_code(span[0].text) or gazetteer.country_code(span[0].text):
        return False
    if span[-1].lower_ in _competitions():
        return False  # 'the World Cup captain'

    if len(span) > 1 and any(t.ent_type_ == "PERSON" for t in span) and not gazetteer.lookup_place(span[0].text) \
            or _person(doc, start, end):
        return False  # a town's side may be tagged a person ('Halvard Hawks'), a person may not
    if any(fold(t.text) in person_words for t in span):
        return False
    return len(span) > 1 or not _first_named(doc, fold(span.text))


def team_spans(doc: Doc, person_words: set[str]) -> list[tuple[int, int]]:
    """Token spans of the teams an article names in results and sports phrases, and of their
    other mentions. `person_words`: words of the people the article names in full."""
    datelines = dateline_spans(doc)
    results = _results_teams(doc)
    found = [(lo, hi) for lo, hi in results + _text_teams(doc, person_words, bool(results))
             if not any(a <= doc[lo].idx < b for a, b in datelines)]
    spans = _other_mentions(doc, found, datelines)
    # rivals listed with a team anywhere in the article are teams ('Halvard, Norvale and Oxley')
    listed = [_name_around(doc, c) for lo, hi in spans for c in doc[hi - 1].conjuncts]
    more = [span for span in listed if span is not None and span not in spans
            and _team_like(doc, *span, person_words)]
    return sorted(spans | _other_mentions(doc, more, datelines))


def _other_mentions(doc: Doc, found: list[tuple[int, int]], datelines: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans found and every other capitalised use of their names, except as part of a
    longer name, after a place preposition or in a dateline."""
    names = {tuple(fold(t.text) for t in doc[s:e]) for s, e in found}
    spans = set(found)
    for words in names:
        n = len(words)
        for i in range(len(doc) - n + 1):
            if not doc[i].text[:1].isupper() or fold(doc[i].text) != words[0] or tuple(fold(t.text) for t in doc[i:i + n]) != words:
                continue
            if _joins(doc, i - 1, i) or _joins(doc, i + n, i + n - 1):
                continue  # part of a longer name
            if i > 0 and doc[i - 1].lower_ in _PLACE_PREPOSITIONS:
                continue
            if any(lo <= doc[i].idx < hi for lo, hi in datelines):
                continue
            spans.add((i, i + n))
    return spans


def _joins(doc: Doc, k: int, name_tok: int) -> bool:
    """Token k is a capitalised word that continues the name (a word in a capitals headline
    does not: 'AS HALVARD BEAT NORVALE')."""
    if not 0 <= k < len(doc) or not doc[k].text[:1].isupper() or doc[k].lower_ == "the":
        return False
    return not (doc[k].is_upper and doc[name_tok].is_upper)
