"""People, organisations and places with their mention counts, for one of three scopes.

The screen decides the scope's entities (they come from the index in a worker); this widget only lists them
and reports Enter as `EntityChosen`.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option
from ukr_tui.corpus.model import Entity

from ..messages import EntityChosen
from ..render import one_line
from .nav_option_list import NavOptionList

SCOPES = ("article", "results", "corpus")
SCOPE_LABELS = {"article": "open article", "results": "current results", "corpus": "whole corpus"}
TYPE_LABELS = (("person", "People"), ("org", "Organisations"), ("place", "Places"))
PER_TYPE = 40


class EntitySidebar(Vertical):
    def compose(self) -> ComposeResult:
        yield Label(id="entity-title", markup=False)
        yield NavOptionList(id="entity-list")

    def show(self, entities: Sequence[Entity], scope: str) -> None:
        self.query_one("#entity-title", Label).update(f"Entities · {SCOPE_LABELS.get(scope, scope)}  [a]")
        options: list[Option | None] = []
        for etype, label in TYPE_LABELS:
            of_type = [e for e in entities if e.type == etype]
            if not of_type:
                continue
            of_type.sort(key=lambda e: (-e.mentions, e.name))
            options.append(Option(Text(label, style="bold underline"), disabled=True))
            for entity in of_type[:PER_TYPE]:
                prompt = Text(one_line(entity.name))
                prompt.append(f"  {entity.mentions}", style="dim")
                # The type is part of the id: across a corpus one name can be typed two ways.
                options.append(Option(prompt, id=f"entity:{etype}:{entity.name}"))
        if not options:
            options.append(Option(Text("No entities here.", style="italic"), disabled=True))
        listing = self.query_one(NavOptionList)
        listing.clear_options()
        listing.add_options(options)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith("entity:"):
            self.post_message(EntityChosen(option_id.removeprefix("entity:").split(":", 1)[1]))
