"""From an `Article` to the fields Whoosh indexes, and the extraction it carries.

Extraction runs at index time, once per distinct body: its result is cached in the store by a hash of the
body and of everything else it depends on (the alias table), so re-indexing an unchanged article, moving a
file or rebuilding after a schema change does not extract again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from ukr_tui.corpus.config import Alias
from ukr_tui.corpus.model import Article, Extraction


def whoosh_fields(article: Article) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": article.id,
        "path": article.path,
        "title": article.title or "",
        "body": article.body,
    }
    # Undated articles get day 0, so that a newest-first sort lists them last; date filters start at 1800.
    doc["date"] = article.date.toordinal() if article.date is not None else 0
    if article.source:
        doc["source"] = article.source
    if article.author:
        doc["author"] = article.author
    names: set[str] = set()
    for entity in article.extraction.entities:
        names.add(entity.name)
        names.update(entity.aliases)
    entities = _keywords(names)
    if entities:
        doc["entities"] = entities
    speakers = _keywords(q.speaker for q in article.extraction.quotes if q.speaker)
    if speakers:
        doc["speakers"] = speakers
    return doc


def _keywords(values: Iterable[str]) -> str:
    """A comma-separated KEYWORD value; commas inside a name would split it, so they become spaces."""
    cleaned = {" ".join(v.replace(",", " ").split()).lower() for v in values}
    cleaned.discard("")
    return ",".join(sorted(cleaned))


class Extractor:
    """Runs `corpus.extract.extract` with the configured aliases, keyed for the store's cache."""

    def __init__(self, aliases: tuple[Alias, ...], fingerprint: str) -> None:
        from ukr_tui.corpus.extract import extract

        self._extract = extract
        self.aliases = aliases
        self._salt = fingerprint.encode()

    def key(self, body: str, credits: tuple[str, ...] = ()) -> str:
        digest = hashlib.blake2b(self._salt, digest_size=16)
        digest.update(body.encode("utf-8", errors="surrogatepass"))
        if credits:  # the people a page credits outside its body are part of what is extracted
            digest.update("\x00".join(("", *credits)).encode("utf-8", errors="surrogatepass"))
        return digest.hexdigest()

    def __call__(self, body: str, credits: tuple[str, ...] = ()) -> Extraction:
        return self._extract(body, self.aliases, credits)
