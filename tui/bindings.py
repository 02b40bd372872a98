"""Every key of the app, defined once.

Each `Binding` has an `id` (so `app.keys` in `config.yaml` can remap it through Textual's keymap) and a
`tooltip` (the longer text the generated help screen shows). Widgets take their `BINDINGS` from here and
the help screen lists these same groups, so help can never drift from the keys that work.
"""

from __future__ import annotations

from collections.abc import Mapping

from textual.binding import Binding

APP = [
    Binding("q", "quit", "Quit", id="quit", tooltip="Leave ukr-tui"),
    Binding("question_mark", "help", "Help", id="help", tooltip="Show every key (this screen)"),
]

MAIN = [
    Binding("slash", "focus_search", "Search", id="search", tooltip="Move to the search box"),
    Binding("s", "toggle_sort", "Sort", id="sort", tooltip="Sort results by relevance or by date"),
    Binding("n", "next_hit", "Next", id="next_hit", tooltip="Scroll the reader to the next search hit"),
    Binding(
        "N",
        "previous_hit",
        "Prev hit",
        show=False,
        id="previous_hit",
        tooltip="Scroll the reader to the previous hit",
    ),
    Binding("r", "toggle_raw", "Raw", id="raw", tooltip="Show the raw file instead of the cleaned text"),
    Binding("e", "toggle_side", "Side", id="side", tooltip="Show or hide the entities and quotes column"),
    Binding(
        "a",
        "entity_scope",
        "Scope",
        show=False,
        id="entity_scope",
        tooltip="Entities of the open article, of the current results, or of the whole corpus",
    ),
    Binding("escape", "back", "Back", id="back", tooltip="Back to the article list; again clears the search"),
]

SEARCH = [
    Binding("enter", "submit", "Results", id="search_submit", tooltip="Move from the search box to the list"),
]

NAVIGATION = [
    Binding("j", "cursor_down", "Down", show=False, id="down", tooltip="Move down (also the arrow keys)"),
    Binding("k", "cursor_up", "Up", show=False, id="up", tooltip="Move up (also the arrow keys)"),
    Binding("g", "first", "Top", show=False, id="top", tooltip="Go to the first line"),
    Binding("G", "last", "Bottom", show=False, id="bottom", tooltip="Go to the last line"),
]

READER = [
    Binding("j", "scroll_down", "Down", show=False, id="down", tooltip="Scroll down"),
    Binding("k", "scroll_up", "Up", show=False, id="up", tooltip="Scroll up"),
    Binding("g", "scroll_home", "Top", show=False, id="top", tooltip="Go to the top"),
    Binding("G", "scroll_end", "Bottom", show=False, id="bottom", tooltip="Go to the end"),
]

EXTRACTS = [
    # Short footer labels: at 80 columns longer ones pushed `q Quit` and `? Help` off the footer.
    Binding(
        "c",
        "copy_cited",
        "Cite",
        id="copy_cited",
        tooltip="Copy the selected quote with its citation (a number with its sentence)",
    ),
    Binding("y", "copy_text", "Copy", id="copy_text", tooltip="Copy the selected quote or number alone"),
]

MODAL = [
    Binding("escape", "dismiss_screen", "Close", id="close", tooltip="Close this view"),
]

GROUPS: list[tuple[str, list[Binding]]] = [
    ("Everywhere", APP),
    ("Main screen", MAIN),
    ("Search box", SEARCH),
    ("Lists", NAVIGATION),
    ("Reader", READER),
    ("Quotes and numbers", EXTRACTS),
    ("Views", MODAL),
]

OTHER_KEYS: list[tuple[str, str]] = [
    ("tab / shift+tab", "Next / previous pane"),
    ("enter", "Open the highlighted article, filter by the entity, open a quote's article"),
    ("ctrl+p", "Command palette: rebuild index, theme, export, raw view, corpus quotes, skipped files"),
]


def known_ids() -> set[str]:
    return {b.id for _, group in GROUPS for b in group if b.id}


def keymap(keys: Mapping[str, str]) -> dict[str, str]:
    """The config's `app.keys`, restricted to ids that exist, so a typo does not silently do nothing."""
    ids = known_ids()
    return {binding_id: key for binding_id, key in keys.items() if binding_id in ids}


def unknown_ids(keys: Mapping[str, str]) -> list[str]:
    ids = known_ids()
    return sorted(k for k in keys if k not in ids)
