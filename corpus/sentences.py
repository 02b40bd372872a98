"""Sentence and paragraph boundaries, found in one linear pass.

Quotes, speakers and figures are all attributed within a sentence, so the splitter must not break after
"U.S." or "Mr." or an initial, and must never backtrack: it looks only at the characters next to each
candidate boundary.
"""

from __future__ import annotations

import re
from bisect import bisect_right


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


Span = tuple[int, int]

# A run of terminal punctuation (with closing quotes or brackets) followed by space, or a line break.
_BOUNDARY = re.compile(r"[.!?]+[”’\"')\]]*[ \t\u00a0]+|\n+")
_WORD_BEFORE = re.compile(r"[\w.]{1,12}$")

ABBREVIATIONS = _words(
    "mr mrs ms dr prof st gen col lt sgt capt cmdr adm gov sen rep jr sr vs etc no inc ltd corp co "
    "u.s u.k u.n e.u n.m d.c jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx est "
    "brig maj cpl pte supt insp det rev hon ret retd"
)


_BODY_INITIALS = _words("e.c e.e.c u.a.e u.s.a u.s.s.r")  # a place or body's letters, which end sentences
_INITIALS = re.compile(r"(?:[A-Z]\.){1,2}[A-Z]")
# what follows a name's initials: a capitalised word that rarely opens a sentence
_NAME_AFTER = re.compile(
    r"[ \u00a0]+(?!(?:The|A|An|He|She|It|They|We|I|You|But|And|Or|In|On|At|To|By|Of|This|That|These|Those|"
    r"There|His|Her|Its|Their|Our|If|As|For|So|Yet|Then|Now|When|While|After|Before|Some|Many|Most|No)\b)"
    r"(?:[A-Z]['’][A-Z][a-z]|[A-Z][a-z])"
)
_ON_X = re.compile(r"\b(?:on|to|via|from)[ \u00a0]+X$")


def is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at `dot` ends an abbreviation or an initial rather than a sentence."""
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group().lower().strip(".")
    if len(word) == 1 and word.isalpha():
        # an initial: "Joseph R. Biden"; but "he wrote on X." names the platform and ends the sentence
        return not (word == "x" and _ON_X.search(text, max(0, dot - 12), dot))
    if word in ABBREVIATIONS:
        return True
    # a full name's initials: "chairman R.L. O'Shields said", but "... in the E.C. The ministers ..."
    return (
        bool(_INITIALS.fullmatch(m.group()))
        and word not in _BODY_INITIALS
        and _NAME_AFTER.match(text, dot + 1) is not None
    )


def sentence_spans(text: str) -> list[Span]:
    """(start, end) of each sentence, whitespace trimmed; a paragraph break always ends a sentence."""
    spans: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group()[0] != "\n":
            end_punct = m.start() + len(m.group().rstrip(" \t\u00a0"))
            nxt = m.end()
            if nxt < len(text) and text[nxt].islower():
                continue
            if m.group().rstrip(" \t\u00a0") == "." and is_abbreviation(text, m.start()):
                continue
            cut = end_punct
        else:
            cut = m.start()
        _add(spans, text, start, cut)
        start = m.end()
    _add(spans, text, start, len(text))
    return spans


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def paragraph_spans(text: str) -> list[Span]:
    """(start, end) of each paragraph (text between blank-or-single line breaks)."""
    spans: list[Span] = []
    start = 0
    for m in re.finditer(r"\n+", text):
        _add(spans, text, start, m.start())
        start = m.end()
    _add(spans, text, start, len(text))
    return spans


class SentenceIndex:
    """Which sentence an offset falls in, by binary search."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = sentence_spans(text)
        self._starts = [s for s, _ in self.spans]

    def index_of(self, offset: int) -> int:
        return max(0, bisect_right(self._starts, offset) - 1)

    def span_of(self, offset: int) -> Span:
        if not self.spans:
            return (0, len(self.text))
        return self.spans[self.index_of(offset)]

    def sentence_at(self, offset: int) -> str:
        s, e = self.span_of(offset)
        return self.text[s:e]
