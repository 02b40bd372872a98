"""Every file (or JSON Lines line) the index could not use, with the reason, one per row."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Label
from ukr_tui.corpus.model import Skipped
from ukr_tui.corpus.sanitize import display_path
from ukr_tui.search.index import CorpusIndex

from .. import bindings
from ..render import one_line, shown_path


class SkippedScreen(ModalScreen[None]):
    BINDINGS = bindings.MODAL

    def __init__(self, index: CorpusIndex) -> None:
        super().__init__()
        self.index = index

    def compose(self) -> ComposeResult:
        yield Label("Skipped files", id="modal-title")
        yield DataTable(cursor_type="row", id="skipped-table")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("File", "Line", "Reason")
        self.load()

    @work(thread=True, exclusive=True)
    def load(self) -> None:
        skipped = self.index.skipped()
        self.app.call_from_thread(self.show, skipped)

    def show(self, skipped: list[Skipped]) -> None:
        table = self.query_one(DataTable)
        roots = [Path(p) for p in self.index.config.corpus]
        for item in skipped:
            table.add_row(
                Text(shown_path(item.path, roots)),  # escaped, never folded: a name must show exactly
                Text(str(item.line) if item.line else ""),
                Text(one_line(display_path(item.reason))),  # a reason can quote the file name
            )
        title = f"Skipped files: {len(skipped)}" if skipped else "Skipped files: none, every file was read."
        self.query_one("#modal-title", Label).update(Text(title))
        table.focus()

    def action_dismiss_screen(self) -> None:
        self.dismiss(None)
