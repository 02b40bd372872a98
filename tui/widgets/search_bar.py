"""The search box and, under it, the line with the parse notice and the removable filter chips."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label

from .. import bindings
from ..messages import ChipRemoved


class SearchInput(Input):
    """The query box; Enter hands focus to the result list (see the main screen)."""

    BINDINGS = bindings.SEARCH


class Chip(Button):
    """One active filter; pressing it removes the filter."""

    def __init__(self, key: str, value: str) -> None:
        label = Text(f"{key}:{value} ✕")
        super().__init__(label, classes="chip", compact=True)
        self.key = key
        self.value = value
        self.tooltip = "Remove this filter"


class SearchBar(Vertical):
    def compose(self) -> ComposeResult:
        yield SearchInput(
            placeholder='Search: words, "a phrase", after:2023-01-01 before:2024 source:reuters',
            id="search-input",
        )
        with Vertical(id="search-status"):
            # The notice has its own wrapping line: at 80 columns it was cut before the token it names.
            yield Label(id="search-notice", markup=False)
            yield Horizontal(id="chips")

    def on_mount(self) -> None:
        self.query_one("#search-status").display = False

    def show_status(self, notice: str | None, chips: Sequence[tuple[str, str]]) -> None:
        label = self.query_one("#search-notice", Label)
        label.update(Text(notice or ""))
        label.display = bool(notice)
        box = self.query_one("#chips", Horizontal)
        box.remove_children()
        box.mount_all([Chip(key, value) for key, value in chips])
        box.display = bool(chips)
        self.query_one("#search-status").display = bool(notice or chips)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if isinstance(event.button, Chip):
            event.stop()
            self.post_message(ChipRemoved(event.button.key, event.button.value))
