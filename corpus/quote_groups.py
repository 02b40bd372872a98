"""The same statement reported by several articles, grouped so a reader sees who reported it first.

Outlets change typography ("’" vs "'"), punctuation and length (one quotes a sentence, another half of
it), so quotes are compared as normalised word sequences: one contained in the other, or nearly the same
set of words. Candidates are found through shared 4-word shingles, never by comparing every pair.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .model import Article, Quote, SpeakerKind

SHINGLE = 4
MIN_WORDS = 4  # a shorter quote is too common a phrase to prove two articles quote the same thing
JACCARD = 0.8
MAX_POSTINGS = 500  # a shingle in more quotes than this is a stock phrase, not evidence
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """One statement and the articles that report it, earliest-dated first (undated last)."""

    text: str
    speaker: str | None
    speaker_kind: SpeakerKind
    articles: tuple[str, ...]
    members: tuple[tuple[str, int], ...]  # (article id, index into that article's extraction.quotes)
    first_date: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "speaker_kind": self.speaker_kind,
            "articles": list(self.articles),
            "members": [list(m) for m in self.members],
            "first_date": self.first_date.isoformat() if self.first_date else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> QuoteGroup:
        first = data.get("first_date")
        return cls(
            text=data["text"],
            speaker=data.get("speaker"),
            speaker_kind=data.get("speaker_kind", "unknown"),
            articles=tuple(data.get("articles", ())),
            members=tuple((str(a), int(i)) for a, i in data.get("members", ())),
            first_date=dt.date.fromisoformat(first) if first else None,
        )


def normalise(text: str) -> list[str]:
    """Words of a quote with typography, accents, case and punctuation removed."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "").replace("'", "").casefold()
    return _WORD.findall(text)


def same_statement(a: list[str], b: list[str]) -> bool:
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < MIN_WORDS:
        return False
    if f" {' '.join(short)} " in f" {' '.join(long_)} ":
        return True
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) >= JACCARD


def group_quotes(articles: Sequence[Article]) -> list[QuoteGroup]:
    """Groups of quotes that appear in at least two different articles, biggest first."""
    items: list[tuple[Article, int, Quote, list[str]]] = []
    for article in articles:
        for i, quote in enumerate(article.extraction.quotes):
            words = normalise(quote.text)
            if len(words) >= MIN_WORDS:
                items.append((article, i, quote, words))
    parent = list(range(len(items)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    postings: dict[tuple[str, ...], list[int]] = {}
    for k, (_a, _i, _q, words) in enumerate(items):
        seen: set[int] = set()
        for j in range(max(1, len(words) - SHINGLE + 1)):
            key = tuple(words[j : j + SHINGLE])
            bucket = postings.setdefault(key, [])
            for other in bucket:
                if other not in seen:
                    seen.add(other)
                    if find(other) != find(k) and same_statement(words, items[other][3]):
                        parent[find(k)] = find(other)
            if len(bucket) < MAX_POSTINGS:
                bucket.append(k)
    clusters: dict[int, list[int]] = {}
    for k in range(len(items)):
        clusters.setdefault(find(k), []).append(k)
    groups = [_group([items[k] for k in ks]) for ks in clusters.values()]
    out = [g for g in groups if len(g.articles) >= 2]
    out.sort(key=lambda g: (-len(g.articles), g.first_date or dt.date.max, g.text))
    return out


def _order(article: Article) -> tuple[bool, dt.date, str]:
    return (article.date is None, article.date or dt.date.max, article.id)


def _group(members: list[tuple[Article, int, Quote, list[str]]]) -> QuoteGroup:
    members = sorted(members, key=lambda m: (_order(m[0]), m[1]))
    article_ids: list[str] = []
    for article, _i, _q, _w in members:
        if article.id not in article_ids:
            article_ids.append(article.id)
    text = max((m[2].text for m in members), key=len)
    named = Counter(m[2].speaker for m in members if m[2].speaker_kind == "named" and m[2].speaker)
    if named:
        speaker, kind = named.most_common(1)[0][0], "named"
    else:
        anonymous = [m[2] for m in members if m[2].speaker]
        speaker = anonymous[0].speaker if anonymous else None
        kind = anonymous[0].speaker_kind if anonymous else "unknown"
    return QuoteGroup(
        text=text,
        speaker=speaker,
        speaker_kind=kind,  # type: ignore[arg-type]
        articles=tuple(article_ids),
        members=tuple((m[0].id, m[1]) for m in members),
        first_date=members[0][0].date,
    )
