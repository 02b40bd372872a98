"""Formatting the citation `c` copies, from the template in `config.yaml`.

The template is user input: an unknown field or a stray brace falls back to the default template rather
than raising, and missing metadata reads as "unknown speaker", "unknown source", "undated".
"""

from __future__ import annotations

import string
from typing import Any

from ukr_tui.corpus.model import Article, Quote

DEFAULT_TEMPLATE = "“{text}” — {speaker}, {source}, {date}"
FIELDS = ("text", "speaker", "source", "date", "title", "path", "url")


def citation_fields(quote: Quote, article: Article) -> dict[str, str]:
    return {
        "text": " ".join(quote.text.split()),
        "speaker": quote.speaker or "unknown speaker",
        "source": article.source or "unknown source",
        "date": article.date.isoformat() if article.date else "undated",
        "title": article.title or "untitled",
        "path": article.path,
        "url": article.url or "",
    }


def _valid(template: str) -> bool:
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    except ValueError:
        return False
    return all(name in FIELDS for name in names)


def format_citation(template: str, quote: Quote, article: Article) -> str:
    fields: dict[str, Any] = citation_fields(quote, article)
    if not _valid(template):
        template = DEFAULT_TEMPLATE
    try:
        return template.format(**fields)
    except (ValueError, IndexError, KeyError):
        return DEFAULT_TEMPLATE.format(**fields)
