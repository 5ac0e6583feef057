"""Names read in headlines, checked before the mentions become actors: a headline in capitals
or in title case tells names from words by nothing, so a name read there stands only as far as
the article's other lines write it as a name (or it is a listed body or an acronym)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from newsledger.extract import gazetteer
from newsledger.extract.actors.common import PARTICLES, RawMention
from newsledger.extract.actors.lexicon import org_lexicon
from newsledger.extract.headlines import headline_spans, outside
from newsledger.extract.text import doc_text, fold
from newsledger.extract.titles import lexicon as title_lexicon


def unconfirmed_in_headline(doc: Doc, m: RawMention) -> bool:
    """'SOCCER - WALES BEAT SAN MARINO IN WORLD CUP QUALIFIER.': a headline in capitals tells
    names from words by nothing, so a name read in it stands only if the article writes it as a
    name too ('San Marino', not 'put San Marino'), or it is a listed body or an acronym of up to
    four consonants ('NFL')."""
    text = doc_text(doc)
    lo, hi = text.rfind("\n", 0, m.char_start) + 1, text.find("\n", m.char_end)
    hi = len(text) if hi < 0 else hi
    line = text[lo:hi].strip()
    if not line.endswith(".") or any(c.islower() for c in line) or len(line.split()) < 4:
        return False
    name = text[m.char_start:m.char_end]
    if fold(name) in org_lexicon().known or len(name) <= 4 and name.isalpha() and not set(name) & set("AEIOU"):
        return False
    return not _written_as_name(name, text[:lo] + text[hi:])


_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w’'.&-]* |\w)$")  # a capitalised word or a letter before
_CAPITALISED_AFTER = re.compile(r" [A-Z]|\w")


def _written_as_name(name: str, elsewhere: str, whole: bool = False) -> bool:
    """Whether `elsewhere` writes `name` capitalised but for small words, not in capitals throughout
    ('San Marino', 'Bank of Ostrava'; not 'put San Marino'); `whole`: as a name of its own, not
    part of a longer one ('Workers' in 'Dock Workers Union')."""
    for hit in re.finditer(re.escape(name), elsewhere, re.I):
        words = hit.group(0).split()
        before = _CAPITALISED_BEFORE.search(elsewhere, 0, hit.start())
        if whole and (before and before.group(0).strip().lower() not in STOP_WORDS or _CAPITALISED_AFTER.match(elsewhere, hit.end())):
            continue
        if not hit.group(0).isupper() and words[-1][:1].isupper() \
                and all(w[:1].isupper() or w in PARTICLES or k and w in STOP_WORDS for k, w in enumerate(words)):
            return True
    return False


def _headline_words(line: Span, first: bool) -> bool:
    """Whether a title-case line reads as a headline: the article's first line with a common word
    the parse knows ('Small Steps To Savings'), a later one with a verb. A later line of names and
    nouns signs or credits ('Ann Lee via Harbour Images', 'Harbour News Agency')."""
    return any(t.pos_ in ("VERB", "AUX") or first and t.pos_ in ("NOUN", "ADJ") for t in line)


def confirmed_in_title_case(doc: Doc, raw: list[RawMention]) -> list[RawMention]:
    """Names read in a title-case headline ('Voters Abandon Harbour Party For Ann Lee'). The
    capitalised-run rules and the NER take many runs of its capitals for names ('Absurd',
    'Optics' as organisations), so a name there stands only as far as the article's other lines
    write it as a name (or it is listed or an acronym): the longest such run of its words
    ('Harbour Party'; 'Ann Lee' of 'Ann Lee Goes'). An organisation keeps its last word and is not
    cut to one ('Police' of 'Over Police'). A person's name may also be one the NER finds that
    opens with a given name and ends with a proper noun ('Ann Lee', not 'Double Standard Lee')."""
    text = doc_text(doc)
    spans = headline_spans(text)
    lines = [(s, e) for n, (s, e) in enumerate(spans) if _headline_words(doc.char_span(s, e, alignment_mode="expand"), n == 0)]
    if not lines:
        return raw
    elsewhere = "\n".join(text[a:b] for a, b in outside(text, spans))
    given = title_lexicon().given_names
    persons = {(e.start, hi) for e in doc.ents if e.label_ == "PERSON" and fold(e[0].text) in given
               for hi in range(e.start + 2, e.end + 1) if doc[hi - 1].pos_ == "PROPN"}
    out = []
    for m in raw:
        if m.kind == "country" or not any(s <= m.char_start and m.char_end <= e for s, e in lines):
            out.append(m)
            continue
        found = next(((lo, hi) for lo, hi in _runs(doc, m) if (lo, hi) in persons and m.kind == "person"
                      or _stands_alone(doc[lo:hi], elsewhere, m.kind)), None)
        if found == (m.start, m.end):
            out.append(m)
        elif found:
            lo, hi = found
            out.append(replace(m, name=doc[lo:hi].text, start=lo, end=hi, char_start=doc[lo].idx,
                               char_end=doc[hi - 1].idx + len(doc[hi - 1])))
    return out


def _stands_alone(span: Span, elsewhere: str, kind: str) -> bool:
    """Whether a name read in a title-case headline is one whatever its capitals: a listed body,
    a people ('Russians' as a group) or party (not the adjective: 'Conservative Icon'), an acronym
    ('NFL', not an initial 'H.') or one the article's other lines write as a name: an
    organisation's as one of its own ('Workers' not in 'Dock Workers Union'), a closing
    abbreviation's period aside ('Lind Inc.'). Small words and titles are none ('As', 'Gov')."""
    lex, key, titles = org_lexicon(), fold(span.text), title_lexicon().titles
    if all(t.lower_ in STOP_WORDS or t.lower_ in titles or f"{t.lower_}." in titles or t.is_punct for t in span):
        return False
    return key in lex.known or kind == "group" and gazetteer.demonym_code(span.text) is not None \
        or key in lex.parties and span[-1].pos_ != "ADJ" or span.text.isupper() and len(span.text.replace(".", "")) > 1 \
        or _written_as_name(span.text.rstrip("."), elsewhere, whole=kind != "person")


def _runs(doc: Doc, m: RawMention) -> list[tuple[int, int]]:
    """The runs of a mention's tokens, longest first; an organisation's end where it does and
    are of two words or more, but for the whole mention. A part starts and ends with a word."""
    size = m.end - m.start
    return [(lo, lo + n) for n in range(size, 0, -1) for lo in range(m.start, m.end - n + 1)
            if (m.kind == "person" or lo + n == m.end and (n > 1 or n == size))
            and (n == size or doc[lo].is_alpha and doc[lo + n - 1].is_alpha)]
