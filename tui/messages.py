"""Messages widgets post upward; the main screen (or the app, for the clipboard) handles each once."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class CopyToClipboard(Message):
    """Copy `text`; `what` names it in the notification ("quote with citation")."""

    text: str
    what: str


@dataclass
class OpenArticle(Message):
    """Open one article in the reader (from the list, the corpus quotes view...)."""

    article_id: str
    mark: tuple[int, int] | None = None
    focus_reader: bool = False


@dataclass
class EntityChosen(Message):
    """Filter the result list to articles that mention `name`."""

    name: str


@dataclass
class SpanChosen(Message):
    """A quote or number was selected: scroll the reader to `start` and mark it."""

    start: int
    end: int


@dataclass
class ChipRemoved(Message):
    """The user removed one filter chip."""

    key: str
    value: str
