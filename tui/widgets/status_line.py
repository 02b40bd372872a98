"""The indexing progress line under the header: a bar and what the update is doing; hidden when idle."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar
from ukr_tui.corpus.sanitize import display_path


class StatusLine(Horizontal):
    def compose(self) -> ComposeResult:
        yield ProgressBar(total=None, show_eta=False, id="index-progress")
        yield Label(id="index-message", markup=False)

    def on_mount(self) -> None:
        self.display = False

    def progress(self, done: int, total: int, message: str) -> None:
        self.display = True
        bar = self.query_one(ProgressBar)
        if total > 0:
            bar.update(total=total, progress=done)
        else:
            bar.update(total=None)
        # Messages carry file names: escaped, so that no name can act on the terminal.
        self.query_one(Label).update(Text(display_path(message or f"Indexing {done}/{total}")))

    def idle(self) -> None:
        self.display = False
