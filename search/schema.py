"""The Whoosh schema and the version that decides when an index must be rebuilt.

Only the id is stored in Whoosh: titles, bodies and extraction results live in the SQLite store, which keeps
the index small and makes the store, not Whoosh, the source of truth an index can be rebuilt from.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from ukr_tui.corpus.config import Alias, CleaningConfig
from whoosh.fields import ID, KEYWORD, NUMERIC, TEXT, Schema

from .analysis import FoldMap, make_name_analyzer, make_text_analyzer

# Bump when the schema, the analyzers or what is stored per article changes: every index built with another
# version is rebuilt on open.
SCHEMA_VERSION = 4

TEXT_FIELDS = ("title", "body")
QUERYABLE_FIELDS = ("title", "body", "source", "author", "entities", "speakers", "path", "id")


def build_schema(fold: FoldMap) -> Schema:
    text = make_text_analyzer(fold)
    names = make_name_analyzer()
    return Schema(
        id=ID(unique=True, stored=True),
        path=ID(stored=True),
        title=TEXT(analyzer=text, field_boost=2.0, multitoken_query="phrase"),
        body=TEXT(analyzer=text, multitoken_query="phrase"),
        # Day ordinal (date.toordinal()); sortable so that date sorting reads a column, not stored fields.
        date=NUMERIC(int, bits=32, signed=False, sortable=True),
        source=TEXT(analyzer=names),
        author=TEXT(analyzer=names),
        # Lowercased canonical entity names and their aliases, so the app can filter by an entity.
        entities=KEYWORD(commas=True, lowercase=True, scorable=True),
        speakers=KEYWORD(commas=True, lowercase=True),
    )


def fingerprint(aliases: Iterable[Alias], cleaning: CleaningConfig, extra: str = "") -> str:
    """What, besides the files, decides the index's content: a change of any of it rebuilds."""
    data = {
        "schema": SCHEMA_VERSION,
        "aliases": [[a.name, a.type, list(a.variants)] for a in aliases],
        "cleaning": [
            list(cleaning.boilerplate_patterns),
            cleaning.repeated_line_min_articles,
            cleaning.repeated_line_share,
        ],
        "extra": extra,
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]
