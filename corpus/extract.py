"""One article body in, everything extracted out: the single entry point the indexer calls."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .config import Alias
from .entities import AliasTable, find_mentions, with_credited, with_surface_forms, without_tentative
from .gazetteer import fold
from .model import Extraction
from .numbers import find_numbers
from .quote_groups import QuoteGroup, group_quotes
from .quotes import find_quotes
from .sentences import SentenceIndex

__all__ = ["QuoteGroup", "extract", "group_quotes"]


@lru_cache(maxsize=8)
def _table(aliases: tuple[Alias, ...]) -> AliasTable:
    """The folded alias table is built once per configuration, not once per article."""
    return AliasTable(aliases)


@lru_cache(maxsize=8)
def _roles(aliases: tuple[Alias, ...]) -> dict[str, tuple[str, ...]]:
    """Folded role description -> the actors the alias table gives it ("us president" -> Biden, Trump)."""
    out: dict[str, tuple[str, ...]] = {}
    for alias in aliases:
        for role in alias.roles:
            out[fold(role)] = (*out.get(fold(role), ()), alias.name)
    return out


def extract(body: str, aliases: Sequence[Alias] = (), credited: Sequence[str] = ()) -> Extraction:
    """Entities, quotes (with speakers), scare-quote fragments and figures of one cleaned body.

    `credited` are the people the page credited in lines cleaning removed (`Article.credits`): they are
    the article's people too, with no place in the body."""
    table = _table(tuple(aliases))
    sentences = SentenceIndex(body)
    entities, mentions = find_mentions(body, table, sentences.spans)
    quotes, fragments = find_quotes(body, mentions, sentences, _roles(tuple(aliases)))
    numbers = find_numbers(body, sentences)
    # A full name nothing vouched for is a person when it speaks ("Merrill Lynch" otherwise goes).
    entities = without_tentative(entities, mentions, {q.speaker for q in quotes if q.speaker})
    entities = with_credited(entities, credited, table)
    return Extraction(
        entities=tuple(with_surface_forms(body, e) for e in entities),
        quotes=tuple(quotes),
        fragments=tuple(fragments),
        numbers=tuple(numbers),
    )
