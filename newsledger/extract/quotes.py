"""Find quoted passages in raw text: straight and curly double quotes, « », „ “, the TeX/wire
pair `` '' (and '' ... '', the old newspaper form of it), and single quotes, including quotes
that run over paragraphs (the news convention of re-opening the quote at each new paragraph),
also when the paragraphs were run together into one line ('“We won. “Now we rest.”').
Scanning restarts at every paragraph, so one unbalanced mark loses at most its own quote, never
the others."""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_DOUBLE = "“«„"
CLOSE_DOUBLE = "”»"
OPEN_SINGLE = "‘‹"
CLOSE_SINGLE = "’›"
TEX_OPEN, TEX_CLOSE = "``", "''"  # a double quote written with two backticks / two apostrophes
ALL_MARKS = OPEN_DOUBLE + CLOSE_DOUBLE + OPEN_SINGLE + CLOSE_SINGLE + "\"'`"
_OPEN_CONTEXT = " \t\n([{—–-/:;,"
_MEASURE = re.compile(r"[\d'.,/-]+$")  # 6'2'' or 12'': inches, not a closing quote
_SENTENCE_END = re.compile(r"[.!?][ \t]+$")  # a sentence ends before a quote re-opened in the same line


@dataclass(frozen=True)
class Quote:
    start: int  # index of the opening mark
    end: int  # index after the closing mark
    inner_start: int  # the quoted text, without marks and outer spaces
    inner_end: int
    single: bool = False  # delimited by single quotes


def _is_opening(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPEN_CONTEXT or before in OPEN_DOUBLE + OPEN_SINGLE) and not after.isspace()


def _is_closing(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    return not before.isspace()


def _run_in(text: str, i: int) -> bool:
    """'He arrived late."It was loud," he said.': a mark between a sentence's end and a capital
    letter with no space may open the next sentence's quote, run into the line; it closes one
    if one is open."""
    return 0 < i < len(text) - 1 and text[i - 1] in ".!?" and text[i + 1].isupper()


def _double_marks(text: str) -> list[tuple[int, int, str]]:
    """(index, length, 'open'|'close'|'both') for every double quote mark."""
    marks = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in OPEN_DOUBLE:
            marks.append((i, 1, "open"))
        elif ch in CLOSE_DOUBLE:
            marks.append((i, 1, "close"))
        elif ch == '"':
            opening, closing = _is_opening(text, i) or _run_in(text, i), _is_closing(text, i)
            marks.append((i, 1, "both" if opening == closing else "open" if opening else "close"))
        elif text.startswith(TEX_OPEN, i):
            marks.append((i, 2, "open"))
            i += 2
            continue
        elif ch == "'":
            start, end = _apostrophe_run(text, i)
            mark = _apostrophe_pair(text, start, end)
            if mark:
                marks.append(mark)
            i = end
            continue
        i += 1
    return marks


def _apostrophe_run(text: str, i: int) -> tuple[int, int]:
    start, end = i, i + 1
    while start > 0 and text[start - 1] == "'":
        start -= 1
    while end < len(text) and text[end] == "'":
        end += 1
    return start, end


def _apostrophe_pair(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The '' double quote mark in a run of apostrophes text[start:end], if there is one. It opens
    as well as closes: old newspaper texts write '' for `` too. One apostrophe is a single quote
    or an apostrophe; of three, the single one is inside the double quote (an opening 3 + 'Meh',
    a closing 'the players' + 3); a '' between spaces or after a measure (6'2'') is no quote."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    opening = (before in _OPEN_CONTEXT or before in OPEN_DOUBLE) and not after.isspace()
    closing = not before.isspace()
    if not (opening or closing) or end - start not in (2, 3):
        return None
    pos = start + 1 if end - start == 3 and not opening else start
    if closing and before.isdigit() and _MEASURE.search(text[text.rfind(" ", 0, start) + 1:start]):
        return None
    return pos, 2, "both" if opening and closing else "open" if opening else "close"


def _in_apostrophe_pair(text: str, i: int) -> bool:
    """Whether the apostrophe at i is one of the two of a '' mark."""
    start, end = _apostrophe_run(text, i)
    if end - start == 1:
        return False
    mark = _apostrophe_pair(text, start, end)
    return end - start != 3 or mark is None or mark[0] <= i < mark[0] + 2


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _make(text: str, start: int, end: int, single: bool = False, open_len: int = 1,
          close_len: int = 1) -> Quote | None:
    inner_start, inner_end = start + open_len, end - close_len
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and (text[inner_end - 1].isspace() or text[inner_end - 1] in ",;:"):
        inner_end -= 1
    if inner_end - inner_start < 1:
        return None
    return Quote(start, end, inner_start, inner_end, single)


def find_quotes(text: str) -> list[Quote]:
    """Every balanced quote in reading order; single quotes only outside double quotes."""
    quotes: list[Quote] = []
    pending: tuple[int, int] | None = None  # opening mark of a quote continued from before
    paragraphs = _paragraphs(text)
    for n, (p_start, p_end) in enumerate(paragraphs):
        para = text[p_start:p_end]
        open_at: tuple[int, int] | None = pending  # (index, length) of the opening mark
        pending = None
        marks = _double_marks(para)
        continued = open_at is not None
        for idx, (i, length, kind) in enumerate(marks):
            pos = p_start + i
            if open_at is None:
                if kind in ("open", "both"):
                    open_at = (pos, length)
            elif continued and idx == 0 and kind in ("open", "both") and not para[:i].strip():
                continue  # the re-opening mark of a continued quote
            elif kind in ("close", "both"):
                q = _make(text, open_at[0], pos + length, open_len=open_at[1], close_len=length)
                if q:
                    quotes.append(q)
                open_at = None
                continued = False
            else:
                reopened = _SENTENCE_END.search(text[open_at[0] + open_at[1]:pos])
                if reopened:  # '“We won. “Now we rest.”': a paragraph run into the line
                    end = open_at[0] + open_at[1] + reopened.start() + 1
                    q = _make(text, open_at[0], end, open_len=open_at[1], close_len=0)
                    if q:
                        quotes.append(q)
                open_at = (pos, length)  # else an earlier opening was never closed: drop it
                continued = False
        if open_at is not None and n + 1 < len(paragraphs):
            nxt_start, nxt_end = paragraphs[n + 1]
            nxt = text[nxt_start:nxt_end].lstrip()
            if nxt[:1] in OPEN_DOUBLE + '"' or nxt.startswith((TEX_OPEN, TEX_CLOSE)):
                pending = open_at
        if open_at is not None and pending is None:
            q = _unclosed(text, open_at, p_end)
            if q:
                quotes.append(q)
    covered = [(q.start, q.end) for q in quotes]
    quotes.extend(_single_quotes(text, covered))
    return sorted(quotes, key=lambda q: q.start)


_SAID_COLON = re.compile(r":[ \t]*$")
_FIRST_SENTENCE_END = re.compile(r"[.!?](?=[ \t]+[A-Z]|[ \t]*$)")


def _unclosed(text: str, open_at: tuple[int, int], p_end: int) -> Quote | None:
    """'She said afterwards: “We will appeal. The hearing ...': a quote opened after a colon whose
    closing mark the writer left out still says what was said; it runs to the end of its first
    sentence. A mark never closed anywhere else opens no quote."""
    start, length = open_at
    if not _SAID_COLON.search(text[max(0, start - 4):start]):
        return None
    end = _FIRST_SENTENCE_END.search(text, start + length, p_end)
    return _make(text, start, end.end() if end else p_end, open_len=length, close_len=0)


def _single_quotes(text: str, covered: list[tuple[int, int]]) -> list[Quote]:
    """‘...’ and '...' outside double quotes; apostrophes ('Russia’s', 'don't') and the marks of
    '' are skipped."""
    out = []
    for p_start, p_end in _paragraphs(text):
        open_at = None
        for i in range(p_start, p_end):
            ch = text[i]
            if ch not in OPEN_SINGLE + CLOSE_SINGLE + "'" or any(s <= i < e for s, e in covered):
                continue
            if ch == "'" and _in_apostrophe_pair(text, i):
                continue
            before = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if open_at is None:
                if ch in OPEN_SINGLE + "'" and (before in _OPEN_CONTEXT) and after.isalnum():
                    open_at = i
            elif ch in CLOSE_SINGLE + "'" and not before.isspace() and not after.isalnum():
                if before.lower() == "s" and after == " " and text[open_at + 1:i].count(" ") > 12:
                    continue  # plural possessive inside a long quote: keep looking
                q = _make(text, open_at, i + 1, single=True)
                if q:
                    out.append(q)
                open_at = None
    return out
