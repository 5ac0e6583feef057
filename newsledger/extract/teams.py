"""Sports teams in results sections. A name in a score line ('Halvard 2 Norvale 1'), a league
table row ('Halvard 4 3 1 0 9 2 10'), a fixture ('Halvard v Norvale') or a cricket scorecard
('Halvard 183 and 249 (...), Norvale 190') is a team, even when it is a town's or a county's
name; the NER reads most of them as places or people, or skips them. Once the results name a
team, the article's other uses of that name are the team too, except where it stands as a
place ('in Norvale', 'at Norvale', the dateline). Countries stay countries (national sides)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsledger.extract import gazetteer
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
_INITIAL = re.compile(r"^[A-Z]\. ")


def _line_teams(line: str) -> list[tuple[int, int]]:
    """Character spans (within the line) of the team names a results line holds."""
    out: list[tuple[int, int]] = []
    for pattern in (_SCORE_LINE, _TABLE_ROW, _POINTS_LINE, _AT_FIXTURE):
        if m := pattern.match(line):
            out += [m.span(g) for g in ("a", "b") if g in m.groupdict() and m[g]]
    if len(line) < 100:
        out += [m.span(g) for m in _FIXTURE.finditer(line) for g in ("a", "b") if m[g]]
    innings = [m.span("a") for m in _INNINGS.finditer(line) if _depth(line, m.start("a")) == 0]
    if len(innings) >= 2 and _CRICKET.search(line):
        out += innings
    return [(lo, hi - 1) if line[hi - 1] == "." and hi == len(line) else (lo, hi) for lo, hi in out]


def _depth(line: str, pos: int) -> int:
    return line.count("(", 0, pos) - line.count(")", 0, pos)


def _person(doc: Doc, start: int, end: int) -> bool:
    """A person named in full ('Ana Ruiz 70 71 68'), as the NER or an initial says."""
    span = doc[start:end]
    return bool(_INITIAL.match(span.text)) or (
        end - start > 1 and all(t.ent_type_ == "PERSON" for t in span))


def team_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of the teams an article's results name, and of their other mentions."""
    text = doc_text(doc)
    found: list[tuple[int, int]] = []
    offset = 0
    datelines: list[tuple[int, int]] = []
    for line in text.split("\n"):
        if _DATELINE.match(line):
            datelines.append((offset, offset + len(line)))
        for lo, hi in _line_teams(line):
            span = doc.char_span(offset + lo, offset + hi, alignment_mode="contract")
            if span is not None and len(span) and not _person(doc, span.start, span.end) \
                    and not gazetteer.country_code(span.text):
                found.append((span.start, span.end))
        offset += len(line) + 1
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
    return sorted(spans)


def _joins(doc: Doc, k: int, name_tok: int) -> bool:
    """Token k is a capitalised word that continues the name (a word in a capitals headline
    does not: 'AS HALVARD BEAT NORVALE')."""
    if not 0 <= k < len(doc) or not doc[k].text[:1].isupper() or doc[k].lower_ == "the":
        return False
    return not (doc[k].is_upper and doc[name_tok].is_upper)
