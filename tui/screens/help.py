"""The `?` screen, generated from `bindings.GROUPS` with the user's keymap applied: never written by hand."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from .. import bindings


def help_table(keymap: Mapping[str, str], display: object) -> Table:
    """One row per binding: the key now in force, what it does, and its id for `app.keys` in config."""
    table = Table(box=None, expand=True, show_header=True, header_style="bold", pad_edge=False)
    table.add_column("Key", no_wrap=True)
    table.add_column("Does")
    table.add_column("id (config app.keys)", no_wrap=True, style="dim")
    key_display = display if callable(display) else (lambda b: b.key)
    seen: set[str | None] = set()
    for title, group in bindings.GROUPS:
        table.add_row(Text(title, style="bold underline"), "", "")
        for binding in group:
            if binding.id in seen and title != "Lists":
                continue
            seen.add(binding.id)
            key = keymap.get(binding.id or "", binding.key)
            keys = ", ".join(key_display(Binding(k.strip(), binding.action)) for k in key.split(","))
            table.add_row(Text(keys), Text(binding.tooltip or binding.description), Text(binding.id or ""))
        table.add_row("", "", "")
    table.add_row(Text("Also", style="bold underline"), "", "")
    for keys, does in bindings.OTHER_KEYS:
        table.add_row(Text(keys), Text(does), "")
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar = [*bindings.MODAL, Binding("q", "dismiss_screen", "Close", show=False)]

    def compose(self) -> ComposeResult:
        keymap = getattr(self.app, "keymap", {})
        with VerticalScroll(id="help-body"):
            yield Static(help_table(keymap, self.app.get_key_display), id="help-table")
        yield Footer()

    def action_dismiss_screen(self) -> None:
        self.dismiss(None)
