"""Plain data passed between the layers.

Frozen dataclasses with character offsets into the cleaned body, so that the reader can style spans
without re-parsing text and the index can store them as JSON.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

EntityType = Literal["person", "org", "place"]
SpeakerKind = Literal["named", "anonymous", "unknown"]
FigureKind = Literal["money", "percent", "count", "date", "year", "time", "ordinal", "duration"]

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world entity in one article (all its surface forms merged)."""

    name: str
    type: EntityType
    mentions: int
    aliases: tuple[str, ...] = ()
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation; `start`/`end` cover the quoted text inside the marks."""

    text: str
    speaker: str | None
    speaker_kind: SpeakerKind
    start: int
    end: int
    # For a quote broken by its attribution ('“...,” he said. “...”'), the span of each piece, so that the
    # reader marks the quoted words and not the attribution between them; empty otherwise.
    pieces: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Figure:
    """A number with what it counts. `value` is the normalised figure (e.g. 43.9e9 for "$43.9 billion")."""

    text: str
    value: float | None
    unit: str | None
    kind: FigureKind
    qualifier: str | None
    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article, computed once at index time and stored."""

    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    fragments: tuple[Quote, ...] = ()  # one- to three-word scare quotes, kept apart from statements
    numbers: tuple[Figure, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        def spans(items: list[list[int]]) -> tuple[Span, ...]:
            return tuple((int(a), int(b)) for a, b in items)

        return cls(
            entities=tuple(
                Entity(
                    name=e["name"],
                    type=e["type"],
                    mentions=e["mentions"],
                    aliases=tuple(e.get("aliases", ())),
                    spans=spans(e.get("spans", ())),
                )
                for e in data.get("entities", ())
            ),
            quotes=tuple(_quote(q) for q in data.get("quotes", ())),
            fragments=tuple(_quote(q) for q in data.get("fragments", ())),
            numbers=tuple(Figure(**n) for n in data.get("numbers", ())),
        )


def _quote(data: dict[str, Any]) -> Quote:
    return Quote(**{**data, "pieces": tuple((int(a), int(b)) for a, b in data.get("pieces", ()))})


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article. `body` is what is indexed and read; the file on disk is never changed.

    `path` is the file it came from; for JSON Lines files `line` is its 1-based line number in that file.
    Unknown metadata stays None: it is never guessed.
    """

    id: str
    path: str
    title: str | None
    body: str
    date: dt.date | None = None
    source: str | None = None
    author: str | None = None
    url: str | None = None
    line: int | None = None
    content_hash: str = ""
    extraction: Extraction = field(default_factory=Extraction)
    # People the page credits in lines cleaning took out of the body (bylines, photo credits, a closing
    # author note): extraction lists them among the article's people.
    credits: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file (or a line of a JSON Lines file) that could not be read, and why, in one line."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"
