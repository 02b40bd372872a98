"""How text becomes index terms: the same chain at index time and at query time.

Folding happens in the analyzer rather than in the query parser so that every path into the index (typed
queries, highlights, the TUI's entity filter) agrees on what a word means: `Kiev`, `KIEV` and `Kíev` all
become the term `kyiv`, and `Zelenskyy`/`Zelenskiy` become `zelensky` before stemming.

Only single-word alias variants are folded, and only safe ones: a two-letter variant (`US`, `EU`, `UK`) or a
common English word would turn ordinary prose into a name ("tell us" is not the United States). Multi-word
variants are left to entity extraction, which sees sentences.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache

from ukr_tui.corpus.config import Alias
from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
    Token,
)
from whoosh.support.charset import accent_map

# One token per word; `U.S.` stays one token (`u.s`) so that it can be folded. No nested ambiguous
# quantifiers: linear on any input.
TOKEN_PATTERN = r"\w+(?:\.\w+)*"

# Words an alias variant must not be folded from even though they are longer than two letters: they occur
# as ordinary English often enough that folding them would flood results.
_COMMON = (
    "the and are was were has had have may will can who new all any one our out own see say man men "
    "bill mark rose june grant hope faith chase bush price young little king brown white black green "
    "house union state states court general president minister senate congress party army navy guard"
)
COMMON_WORDS = frozenset(_COMMON.split())

FoldMap = Mapping[str, tuple[str, ...]]


def _basic_tokens(text: str) -> list[str]:
    """Lowercased, accent-folded words of `text` (no stemming, no stop words)."""
    return [m.group().lower().translate(accent_map) for m in re.finditer(TOKEN_PATTERN, text)]


def _is_safe_variant(word: str) -> bool:
    letters = word.replace(".", "")
    if "." in word:
        return len(letters) >= 2  # an abbreviation with dots (`u.s`) is never an ordinary word
    return len(letters) > 2 and word not in COMMON_WORDS


def build_fold_map(aliases: Iterable[Alias]) -> dict[str, tuple[str, ...]]:
    """Map each safe single-word variant to the canonical word(s) it stands for.

    A variant that is a spelling of one word of a multi-word name (`Zelenskyy` of `Volodymyr Zelensky`)
    folds to that word; one that stands for the whole name (`USA` for `United States`) expands to all of
    its words, so a phrase query for the name finds it. The first alias that claims a variant wins.
    """
    fold: dict[str, tuple[str, ...]] = {}
    for alias in aliases:
        canonical = _basic_tokens(alias.name)
        if not canonical:
            continue
        for variant in alias.variants:
            words = _basic_tokens(variant)
            if len(words) != 1:
                continue
            word = words[0]
            if word in canonical or word in fold or not _is_safe_variant(word):
                continue
            if len(canonical) == 1:
                fold[word] = (canonical[0],)
                continue
            best = max(canonical, key=lambda c: difflib.SequenceMatcher(None, word, c).ratio())
            if difflib.SequenceMatcher(None, word, best).ratio() >= 0.75:
                fold[word] = (best,)
            else:
                fold[word] = tuple(canonical)
    return fold


def variants_by_target(fold: FoldMap) -> dict[str, set[str]]:
    """The reverse of the fold map: canonical word -> every surface word that folds into it."""
    out: dict[str, set[str]] = {}
    for variant, targets in fold.items():
        for target in targets:
            out.setdefault(target, {target}).add(variant)
    return out


class AliasFilter(Filter):
    """Replaces variant words by their canonical word(s), keeping phrase positions consistent."""

    def __init__(self, fold: FoldMap) -> None:
        self.fold = dict(fold)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AliasFilter) and other.fold == self.fold

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.fold.items())))

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        fold = self.fold
        shift = 0
        for t in tokens:
            replacement = fold.get(t.text)
            if t.positions and shift:
                t.pos += shift
            if replacement is None:
                yield t
            elif len(replacement) == 1:
                t.text = replacement[0]
                yield t
            else:
                base = t.pos if t.positions else 0
                for i, word in enumerate(replacement):
                    t.text = word
                    if t.positions:
                        t.pos = base + i
                    yield t
                shift += len(replacement) - 1


def make_text_analyzer(fold: FoldMap) -> Analyzer:
    """Words, case and accents folded, aliases folded, stop words dropped, Porter-stemmed."""
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | AliasFilter(fold)
        | StopFilter()
        | StemFilter(cachesize=100_000)
    )


def make_name_analyzer() -> Analyzer:
    """For source and author filters: plain words split at dots too, so `source:bbc` matches `www.bbc.com`."""
    return RegexTokenizer(r"\w+") | LowercaseFilter() | CharsetFilter(accent_map)


class TermAnalyzer:
    """Analyzes single words to their index terms, with a cache: highlighting calls it per body word."""

    def __init__(self, analyzer: Analyzer) -> None:
        self._analyzer = analyzer
        self.terms_of = lru_cache(maxsize=200_000)(self._terms_of)

    def _terms_of(self, word: str) -> tuple[str, ...]:
        return tuple(t.text for t in self._analyzer(word, mode="query"))

    def terms(self, text: str) -> list[str]:
        return [t.text for t in self._analyzer(text, mode="query")]
