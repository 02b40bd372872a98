"""Where a query matched in an article body, and the snippet shown under each result.

Matching is decided by the index analyzer itself (a body word matches when its analyzed form is a query
term), so stemmed forms (`talks` for `talk`) and alias variants (`Kiev` for `kyiv`) are highlighted exactly
when they were found. To stay fast on long bodies only words whose first two letters could produce a query
term are analyzed; those are picked out by one linear regular expression.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ukr_tui.corpus.model import Span

from .analysis import TOKEN_PATTERN, TermAnalyzer

SNIPPET_CHARS = 220
_WHITESPACE = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\f": " ", "\v": " "})


class Highlighter:
    """Finds the spans of one query's terms in bodies; built once per search."""

    def __init__(
        self,
        analyzer: TermAnalyzer,
        terms: Iterable[str],
        prefixes: Iterable[str],
        surface_forms: Mapping[str, Iterable[str]],
    ) -> None:
        self.analyzer = analyzer
        self.terms = frozenset(terms)
        self.prefixes = tuple(sorted(set(prefixes)))
        heads: set[str] = set()
        for word in (*self.terms, *self.prefixes):
            heads.add(word[:2])
            for surface in surface_forms.get(word, ()):
                heads.add(surface[:2])
        heads.discard("")
        if heads:
            alternation = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
            self._candidates: re.Pattern[str] | None = re.compile(
                rf"(?<![\w.])(?=(?:{alternation}))" + TOKEN_PATTERN, re.IGNORECASE
            )
        else:
            self._candidates = None

    def __bool__(self) -> bool:
        return self._candidates is not None

    def _matches(self, word: str) -> bool:
        found = self.analyzer.terms_of(word)
        if any(t in self.terms for t in found):
            return True
        return any(t.startswith(p) for t in found for p in self.prefixes)

    def spans(self, text: str) -> list[Span]:
        if self._candidates is None:
            return []
        return [(m.start(), m.end()) for m in self._candidates.finditer(text) if self._matches(m.group())]

    def snippet(self, body: str, width: int = SNIPPET_CHARS) -> tuple[str, tuple[Span, ...], int]:
        """A one-line window of `body` around its densest cluster of matches, the match spans in it, and
        how many matches the whole body has."""
        spans = self.spans(body) if self._candidates is not None else []
        text, inside = make_snippet(body, spans, width)
        return text, inside, len(spans)


def make_snippet(body: str, spans: list[Span], width: int = SNIPPET_CHARS) -> tuple[str, tuple[Span, ...]]:
    if not spans:
        start = 0
    else:
        best, best_count, j = 0, 0, 0
        for i, (s, _e) in enumerate(spans):
            while j < len(spans) and spans[j][1] <= s + width:
                j += 1
            if j - i > best_count:
                best, best_count = i, j - i
        start = max(0, spans[best][0] - width // 5)
        space = body.rfind(" ", max(0, start - 20), start + 1)
        if space > 0:
            start = space + 1
        elif start < 20:
            start = 0
    end = min(len(body), start + width)
    if end < len(body):
        cut = body.rfind(" ", start + width // 2, end)
        if cut > start:
            end = cut
    text = body[start:end].translate(_WHITESPACE)
    lead = "… " if start > 0 else ""
    tail = " …" if end < len(body) else ""
    shift = len(lead) - start
    inside = tuple((s + shift, e + shift) for s, e in spans if s >= start and e <= end)
    return lead + text + tail, inside
