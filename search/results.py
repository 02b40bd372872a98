"""What the search layer hands to the command line and the app: plain frozen data, no Whoosh objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ukr_tui.corpus.model import Skipped, Span

from .query import FilterChip


@dataclass(frozen=True, slots=True)
class Hit:
    """One result. `matches` are the spans of the query's terms inside `snippet` (not the body);
    `hit_count` counts them in the whole body, as the reader highlights them (None past the ranks that
    are highlighted: counting would mean analysing every body)."""

    id: str
    path: str
    title: str | None
    date: dt.date | None
    source: str | None
    author: str | None
    score: float
    matches: tuple[Span, ...]
    snippet: str
    line: int | None = None
    hit_count: int | None = None


@dataclass(frozen=True, slots=True)
class SearchResults:
    """`total` counts every match (not only the `hits` returned); `notice` says how the query was read."""

    query: str
    total: int
    hits: list[Hit]
    notice: str | None = None
    filters: list[FilterChip] = field(default_factory=list)
    terms: tuple[str, ...] = ()


@dataclass(slots=True)
class UpdateSummary:
    """What one update did. Counts are articles, except `files_*`."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    files_read: int = 0
    files_unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    rebuilt: str | None = None  # why the index was rebuilt from scratch, if it was
    repaired: str | None = None  # why the Whoosh index was rebuilt from the store, if it was
    cancelled: bool = False
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.rebuilt or self.repaired)

    def __str__(self) -> str:
        text = (
            f"{self.added} indexed, {self.updated} updated, {self.removed} removed, "
            f"{self.unchanged} unchanged, {len(self.skipped)} skipped in {self.seconds:.1f} s"
        )
        if self.rebuilt:
            text += f" (rebuilt: {self.rebuilt})"
        if self.repaired:
            text += f" (repaired: {self.repaired})"
        if self.cancelled:
            text += " (cancelled)"
        return text
