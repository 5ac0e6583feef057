"""Headlines written in title case ('Mayor Says Ferry Will Run All Winter'). The small model reads
every capitalised word of such a line as part of a name, so it finds no verb and no statement in
it. The line is parsed in sentence case instead ('Mayor says ferry will run all winter': words the
article itself writes in lower case, and common words of the model's vocabulary, are lowered; names
keep their capitals) and as a sentence of its own, and the parse is put back on the article's own
characters, so every offset and text still indexes the original. Only the parse changes: the rules
still read the headline's own capitals."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from spacy.attrs import DEP, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from newsledger.extract import gazetteer
from newsledger.extract.dates import MONTHS

MAX_WORDS = 25
"""A longer line is a paragraph, not a headline, whatever its capitals."""

# A word (a hyphenated word's parts are words of their own); letters beyond ASCII make it a name.
_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z]+(?:[’'][A-Za-z]+)?(?![^\W\d_])")
_VISIBLE = re.compile(r"\S")
_FIGURE_AFTER = re.compile(r"\s+\d")
_FIGURE_BEFORE = re.compile(r"\d\s+$")
_RUNS_ON = re.compile(r"[-—–]\s*$")  # a dateline leads into its paragraph: 'OSLO, May 2 (Reuters) --'
_LISTING = re.compile(r"[\d()\[\]]|,.*,")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s*$")
# After these a word starts a sentence: sentence case keeps its capital. After a colon or dash a
# headline goes on ('Mayor: ferry will run', 'Mayor wins – rival concedes'), and a quotation
# inside it is in sentence case too ('calls the plan ‘a disgrace’'; a name in it keeps its
# capitals on the article's evidence).
_OPENERS = frozenset(".!?(|")
# 'LAGOS, Nigeria -- ', 'NAIROBI, Kenya (AP)_ ', 'BRUSSELS, May 2 (Reuters) - ', 'HAVANA — ': where the
# story was filed, in capitals, then a dash that leads into the paragraph
_DATELINE = re.compile(r"(?P<city>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*)(?P<where>, [A-Z][\w.' ]{1,30}?)?"
                       r"(?:(?P<agency> \([\w.' ]{1,20}\)) *| +)(?:--|[—–_-]) *")


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Start and end of every line of `text`."""
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def in_title_case(line: str) -> bool:
    """A short line whose words are all capitalised but for small common words ('Leaders of
    the Movement Unite in Support of Her'), and not in capitals throughout (those are parsed as
    they are: actors.headline_names reads headlines in capitals). A line with other words in
    lower case is in sentence case already ('Ann Hill of Leeds beat Jo Roe')."""
    words = _WORD.findall(line)
    if line.isupper() or any(w.islower() and w not in STOP_WORDS for w in words):
        return False
    capitalised = [w for w in words[1:] if w[:1].isupper()]
    return 2 <= len(capitalised) and len(words) <= MAX_WORDS


def headline_spans(text: str) -> list[tuple[int, int]]:
    """The lines of `text` that are headlines in title case (no dateline running on into its
    paragraph): its first line, and a later line that is a paragraph of its own ending as a
    sentence does, and no listing (figures, brackets or a run of commas: 'Ann Hill (Leeds)
    12.9', 'Lee, Roe, May'). A name on a line of its own ('The National Bank'), a listing, or a
    sentence broken after an abbreviation ('Former Ohio Gov.') has no sentence around it to
    tell its names from common words."""
    spans: list[tuple[int, int]] = []
    lines = list(_lines(text))
    for n, (start, end) in enumerate(lines):
        line = text[start:end]
        if not line.strip() or not in_title_case(line) or _RUNS_ON.search(line):
            continue
        if not spans and not text[:start].strip():
            spans.append((start, end))
        elif _SENTENCE_END.search(line) and not _LISTING.search(line) \
                and (n + 1 == len(lines) or not text[slice(*lines[n + 1])].strip()):
            spans.append((start, end))
    return spans


def dateline_end(text: str, start: int) -> int | None:
    """The end of the dateline that opens the paragraph at `start`, if one does. Its capitals name
    a gazetteer place or carry a ', Country' or '(Agency)' part ('US - UK trade is strong' has
    none)."""
    found = _DATELINE.match(text, start)
    if found and (found["where"] or found["agency"] or gazetteer.lookup_place(found["city"].title())):
        return found.end()
    return None


def lede_datelines(text: str) -> list[tuple[int, int]]:
    """The wire datelines that open the article's paragraphs: the parser reads 'ADDIS ABABA, May 5 —
    Somalia's president held talks' with the city as the subject unless the lede is a sentence
    of its own."""
    spans = []
    for start, _ in _lines(text):
        end = dateline_end(text, start)
        if end is not None:
            spans.append((start, end))
    return spans


def outside(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of `text` around its headline lines `spans`: the article's own writing."""
    bounds = [0] + [x for span in spans for x in span] + [len(text)]
    return list(zip(bounds[::2], bounds[1::2]))


@lru_cache(maxsize=4)
def _vocabulary(nlp: Language) -> frozenset[str]:
    """Common lower-case words: spaCy's stop words, and the verbs and adverbs of the model's
    lemmatizer tables with their irregular forms ('got', 'said'). Its nouns include names
    ('clinton', 'warren') and its adjectives those of place names ('Middle East', 'White House'):
    those are lowered only on the article's own evidence."""
    words = set(STOP_WORDS)
    if "lemmatizer" in nlp.pipe_names:
        tables = nlp.get_pipe("lemmatizer").lookups
        for name in ("lemma_index", "lemma_exc"):
            if tables.has_table(name):
                for pos in ("verb", "adv"):
                    words.update(tables.get_table(name).get(pos, ()))
    return frozenset(words)


def _stems(word: str) -> list[str]:
    """The word and what it may inflect or contract ('slams' -> 'slam', 'denies' -> 'deny',
    'backed' -> 'back', "isn't" -> 'is')."""
    base = word.split("'")[0]
    if word.endswith("n't") and base.endswith("n"):
        base = base[:-1]
    out = [word, base]
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if base.endswith(suffix) and len(base) > len(suffix) + 2:
            out.append(base[: -len(suffix)] + repl)
    return out


def _key(word: str) -> str:
    """What the article's spellings of a word are compared by: lower case, straight apostrophe,
    without a possessive ('Mayor’s' -> 'mayor')."""
    word = word.lower().replace("’", "'")
    return word[:-2] if word.endswith("'s") else word


def _capitalised(word: str) -> bool:
    """'Senate', not 'senate', 'NATO' or 'McCain'."""
    return word[:1].isupper() and word[1:].islower()


class _Evidence:
    """How the article writes its words outside the headline lines: how often each appears in
    lower case, how often capitalised inside a sentence, and which capitalised words it writes
    side by side ('White House', 'Julie Pace': a name of common words)."""

    def __init__(self, text: str, skip: list[tuple[int, int]]) -> None:
        self.lower: Counter[str] = Counter()
        self.inner: Counter[str] = Counter()
        self.pairs: set[tuple[str, str]] = set()
        for start, end in outside(text, skip):
            last = None
            for m in _WORD.finditer(text, start, end):
                word, key = m.group(), _key(m.group())
                if word.islower():
                    self.lower[key] += 1
                elif _capitalised(word):
                    if not _starts_sentence(text, m.start()):
                        self.inner[key] += 1
                    if last is not None and text[last.end():m.start()] == " " and key not in STOP_WORDS:
                        self.pairs.add((_key(last.group()), key))
                last = m if _capitalised(word) and key not in STOP_WORDS else None

    def common(self, key: str, vocabulary: frozenset[str]) -> bool:
        """Whether the word is a common word, not (part of) a name."""
        seen_lower, seen_name = self.lower[key], self.inner[key]
        if seen_lower or seen_name:
            return seen_lower > seen_name
        return any(s in vocabulary for s in _stems(key))


def _in_name(words: list[re.Match[str]], i: int, pairs: set[tuple[str, str]]) -> bool:
    """Whether the i-th word and a capitalised neighbour make a name: one the article writes
    capitalised elsewhere, or a place ('South Carolina', 'New Zealand')."""
    for a, b in ((i - 1, i), (i, i + 1)):
        if a >= 0 and b < len(words) and words[a].end() + 1 == words[b].start() \
                and all(_capitalised(words[k].group()) for k in (a, b)):
            first, second = words[a].group(), words[b].group()
            if (_key(first), _key(second)) in pairs or gazetteer.lookup_place(f"{first} {second}"):
                return True
    return False


def _date(text: str, word: re.Match[str]) -> bool:
    """A month next to a figure ('March 12', '3 May'): a date, whatever the verb 'march' or the
    modal 'may'."""
    return _key(word.group()) in MONTHS and bool(
        _FIGURE_AFTER.match(text, word.end()) or _FIGURE_BEFORE.search(text, max(0, word.start() - 8), word.start()))


def _starts_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` is the first of its line, sentence or quotation."""
    at -= 1
    while at >= 0 and text[at] in " \t\u00a0":
        at -= 1
    return at < 0 or text[at] == "\n" or text[at] in _OPENERS


def prepare(text: str, nlp: Language) -> Doc | None:
    """The article's tokens ready for the parser, with its title-case headlines in sentence case,
    and each headline and each dateline a sentence of its own (a headline without a full stop
    is otherwise parsed into the paragraph after it, a dateline as the lede's subject); None
    when it has neither."""
    spans = headline_spans(text)
    datelines = lede_datelines(text)
    if not spans and not datelines:
        return None
    doc = nlp.make_doc(sentence_case(text, nlp, spans) if spans else text)
    after = (_VISIBLE.search(text, end) for _, end in spans + datelines)
    starts = {start for start, _ in spans + datelines} | {m.start() for m in after if m}
    for tok in doc:
        if tok.idx in starts:
            tok.is_sent_start = True
    return doc


def sentence_case(text: str, nlp: Language, spans: list[tuple[int, int]]) -> str:
    """`text` with its headline lines `spans` in sentence case, character for character the same
    length. A capitalised word is lowered when the article writes it in lower case more often
    than capitalised inside a sentence, or, when the article does not use it elsewhere, when it is
    a common word of the vocabulary; a line's or sentence's first word keeps its capital, and so
    do words the article writes capitalised next to their neighbour in the headline."""
    seen = _Evidence(text, spans)
    vocabulary = _vocabulary(nlp)
    chars = list(text)
    for start, end in spans:
        words = list(_WORD.finditer(text, start, end))
        keys = [_key(m.group()) for m in words]
        for i, m in enumerate(words):
            word = m.group()
            if not (_capitalised(word) or word == "A" and text[m.end():m.end() + 1] != ".") \
                    or _starts_sentence(text, m.start()):
                continue
            if not _in_name(words, i, seen.pairs) and not _date(text, m) and seen.common(keys[i], vocabulary):
                chars[m.start():m.end()] = word.lower()
    return "".join(chars)


_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE, ENT_KB_ID]


def restore(doc: Doc, text: str) -> Doc:
    """The parse of the sentence-cased `doc` on the original `text` (the same length)."""
    words = [text[t.idx:t.idx + len(t)] for t in doc]
    out = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    out.from_array(_ATTRS, doc.to_array(_ATTRS))
    return out
