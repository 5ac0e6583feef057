"""Small string and token helpers shared by the extractors and the cross-article resolver."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")
PARAGRAPH_BREAK = re.compile(r"\n[ \t\xa0]*\n")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key: 'Erdoğan' and 'erdogan' compare equal."""
    if not text.isascii():  # most names are: they have no accents to strip
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
        text = text.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("đ", "d")
    return _SPACE.sub(" ", _PUNCT.sub(" ", text.lower())).strip()


def strip_article(text: str) -> str:
    """'the Kremlin' -> 'Kremlin'."""
    return re.sub(r"^(?:the|The|THE)\s+", "", text)


def doc_text(doc: Doc) -> str:
    """The document's text, kept once per document: spaCy's `Doc.text` rebuilds it from every
    token on each call, which was most of extraction's own time."""
    text = doc.user_data.get("newsledger_text")
    if text is None:
        text = doc.user_data["newsledger_text"] = doc.text
    return text


def to_infinitive(verb: Token) -> bool:
    """The verb is a to-infinitive ('to protest', 'plans to travel'), whatever governs it."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def as_before(verb: Token) -> bool:
    """'as promised', 'as agreed', 'as planned': a participle led by 'as' with no one of its own
    points back at an act told before; it tells no new act nor a new saying."""
    return (verb.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children))


def aux_words(chain: list[Token], deps: tuple[str, ...] = ("aux",)) -> set[str]:
    """The auxiliaries of the verbs of `chain`, lower case, with curly apostrophes made straight
    ('she’ll accept' is as planned as 'she'll accept'; a modal 'he'd' is 'would')."""
    return {"would" if c.tag_ == "MD" and c.lower_ in ("'d", "’d") else c.lower_.replace("’", "'")
            for t in chain for c in t.children if c.dep_ in deps}


def lemma_keys(tok: Token, deps: tuple[str, ...] = ("compound",)) -> list[str]:
    """The lexicon keys a noun matches: its lemma, and its lemma after each compound word before
    it ('air strike' for 'an Israeli air strike'), so that a list may name a compound and not
    every sense of its head ('a French strike'); with `deps` also after those modifiers ('medical
    team' for 'a medical team')."""
    lemma = tok.lemma_.lower()
    return [lemma, *(f"{m.lower_} {lemma}" for m in tok.children if m.dep_ in deps)]


def sentence_at(doc: Doc, char: int) -> Span:
    """The parsed sentence holding the character at `char` (the whole text if none does)."""
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    if tok is None:
        return doc[:]
    return tok[0].sent


def _paragraph_breaks(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph break, found once per document: evidence is asked
    for every statement and event."""
    breaks = doc.user_data.get("newsledger_breaks")
    if breaks is None:
        breaks = doc.user_data["newsledger_breaks"] = [
            (m.start(), m.end()) for m in PARAGRAPH_BREAK.finditer(doc_text(doc))]
    return breaks


def evidence(doc: Doc, lo: int, hi: int) -> str:
    """The sentence(s) holding characters lo..hi (a statement and its cue, or an event's
    trigger): all of a quote that runs over sentences or resumes after its cue clause, not only
    the cue's sentence. The parse may run a sentence over a paragraph break or split one at a
    quote mark ('"' alone, the words after it a sentence of their own): the evidence keeps to
    the paragraphs of lo..hi, with what is left of them only marks and punctuation ('"' before
    the first sentence, '."' after the last)."""
    text = doc_text(doc)
    breaks = _paragraph_breaks(doc)
    par_lo = max((e for s, e in breaks if e <= lo), default=0)
    par_hi = min((s for s, e in breaks if s >= hi), default=len(text))
    start = max(sentence_at(doc, lo).start_char, par_lo)
    end = min(sentence_at(doc, max(lo, hi - 1)).end_char, par_hi)
    if not any(c.isalnum() for c in text[par_lo:start]):
        start = par_lo
    if not any(c.isalnum() for c in text[end:par_hi]):
        end = par_hi
    return text[start:end].strip()


_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})


def phrase_end(head: Token, punct: bool = False) -> int:
    """The index of the last word of a phrase, leaving out the clauses hung on it or in it ('The
    head of the Agency, Ann Lee, who toured the plant, called ...' ends at 'Lee'); a closing
    punctuation mark counts only with `punct`."""
    clauses = {t.i for c in head.subtree if c.i != head.i and c.dep_ in _CLAUSE_DEPS for t in c.subtree}
    return max(t.i for t in head.subtree if (punct or not t.is_punct) and t.i not in clauses)
