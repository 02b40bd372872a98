"""The `?` screen, generated from `bindings.GROUPS` with the user's keymap applied: never written by hand."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from .. import bindings

Row = tuple[str, str, str]


def help_rows(keymap: Mapping[str, str], display: Callable[[Binding], str]) -> list[tuple[str, list[Row]]]:
    """Per group: (keys now in force, what it does, binding id for `app.keys` in the config)."""
    groups: list[tuple[str, list[Row]]] = []
    for title, group in bindings.GROUPS:
        rows: list[Row] = []
        for binding in group:
            key = keymap.get(binding.id or "", binding.key)
            keys = ", ".join(display(Binding(k.strip(), binding.action)) for k in key.split(","))
            rows.append((keys, binding.tooltip or binding.description, binding.id or ""))
        groups.append((title, rows))
    groups.append(("Also", [(keys, does, "") for keys, does in bindings.OTHER_KEYS]))
    return groups


KEY_WIDTH = 16
ID_WIDTH = 14


def help_table(groups: list[tuple[str, list[Row]]]) -> Group:
    """One small table per group, all with the same column widths so they line up."""
    tables: list[Table] = []
    for title, rows in groups:
        table = Table(
            title=Text(title, style="bold underline"),
            title_justify="left",
            box=None,
            expand=True,
            show_header=False,
            pad_edge=False,
        )
        table.add_column("Key", no_wrap=True, width=KEY_WIDTH)
        table.add_column("Does", ratio=1)
        table.add_column("id", no_wrap=True, width=ID_WIDTH, style="dim")
        for keys, does, binding_id in rows:
            table.add_row(Text(keys), Text(does), Text(binding_id))
        tables.append(table)
    intro = Text("Keys now in force. Remap any of them in config.yaml: app.keys: {id: key}.", style="italic")
    return Group(intro, *tables)


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar = [*bindings.MODAL, Binding("q", "dismiss_screen", "Close", show=False)]

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []

    def compose(self) -> ComposeResult:
        groups = help_rows(getattr(self.app, "keymap", {}), self.app.get_key_display)
        self.rows = [row for _, rows in groups for row in rows]
        with VerticalScroll(id="help-body"):
            yield Static(help_table(groups), id="help-table")
        yield Footer(compact=True)

    def action_dismiss_screen(self) -> None:
        self.dismiss(None)
