"""Cleaning and extraction of raw documents, in worker processes when there are many.

Measured on the BBC bench (2,225 articles, 2 cores): extraction is about half of a cold build and cleaning
another tenth, both pure Python and independent per article, so they run in a process pool while the main
process feeds Whoosh. Each worker opens its own read-only connection to the store for the extraction cache
(a connection inherited through fork must never be used).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ukr_tui.corpus.cleaning import LineStats, clean_document
from ukr_tui.corpus.config import Alias, CleaningConfig
from ukr_tui.corpus.model import Article, Extraction
from ukr_tui.corpus.readers import RawDocument

from .documents import Extractor

# Below this many documents a pool costs more to start than it saves.
POOL_FROM = 300


@dataclass(frozen=True, slots=True)
class Prepared:
    article: Article
    fresh: bool  # extraction was computed now (not from the cache): store it in the cache


class _Preparer:
    def __init__(
        self, cleaning: CleaningConfig, stats: LineStats, aliases: tuple[Alias, ...], fp: str, store: Path
    ) -> None:
        self.cleaning = cleaning
        self.stats = stats
        self.extractor = Extractor(aliases, fp)
        self.store = store
        self._con: sqlite3.Connection | None = None

    def cached(self, key: str) -> Extraction | None:
        if self._con is None:
            self._con = sqlite3.connect(f"file:{self.store}?mode=ro", uri=True, timeout=30)
        try:
            row = self._con.execute("SELECT extraction FROM extraction_cache WHERE key=?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        return Extraction.from_dict(json.loads(row[0])) if row else None

    def __call__(self, doc: RawDocument) -> Prepared:
        article = clean_document(doc, self.cleaning, self.stats)
        key = self.extractor.key(article.body, article.credits)
        extraction = self.cached(key)
        fresh = extraction is None
        if extraction is None:
            extraction = self.extractor(article.body, article.credits)
        return Prepared(replace(article, extraction=extraction), fresh)

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None


_worker: _Preparer | None = None


def _init(
    cleaning: CleaningConfig, stats: LineStats, aliases: tuple[Alias, ...], fp: str, store: Path
) -> None:
    global _worker
    _worker = _Preparer(cleaning, stats, aliases, fp, store)


def _prepare(doc: RawDocument) -> Prepared:
    assert _worker is not None
    return _worker(doc)


class PreparedStream:
    """Prepared articles in document order; close() stops the workers (also on cancel or error)."""

    def __init__(
        self,
        docs: Sequence[RawDocument],
        cleaning: CleaningConfig,
        stats: LineStats,
        aliases: tuple[Alias, ...],
        fp: str,
        store: Path,
    ) -> None:
        self._docs = docs
        procs = min(2, os.cpu_count() or 1)
        self._pool = None
        self._local: _Preparer | None = None
        if len(docs) >= POOL_FROM and procs > 1:
            method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
            context = multiprocessing.get_context(method)
            self._pool = context.Pool(procs, _init, (cleaning, stats, aliases, fp, store))
        else:
            self._local = _Preparer(cleaning, stats, aliases, fp, store)

    def __iter__(self) -> Iterator[Prepared]:
        if self._pool is not None:
            yield from self._pool.imap(_prepare, self._docs, chunksize=8)
        else:
            assert self._local is not None
            for doc in self._docs:
                yield self._local(doc)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None
        if self._local is not None:
            self._local.close()
