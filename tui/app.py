"""The thin App: configuration, theme, keymap, the clipboard handler and palette commands.

State lives in the main screen; this class only wires things together.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from textual import on
from textual.app import App, SystemCommand
from textual.screen import Screen
from ukr_tui.corpus.config import Config
from ukr_tui.corpus.model import Span
from ukr_tui.corpus.sanitize import display_path
from ukr_tui.search.folder import IndexProblem
from ukr_tui.search.index import CorpusIndex
from ukr_tui.search.locking import LockTimeout
from ukr_tui.search.store import StoreError

from . import bindings, clipboard
from .messages import CopyToClipboard, OpenArticle
from .screens.help import HelpScreen
from .screens.main import MainScreen
from .screens.quotes import QuotesScreen
from .screens.skipped import SkippedScreen
from .state import load_state, save_state


def corpus_name(config: Config) -> str:
    names = [display_path(path.name or str(path)) for path in config.corpus]  # becomes the window title
    return ", ".join(names) if names else "no corpus"


class UkrTuiApp(App[None]):
    CSS_PATH = "app.tcss"
    BINDINGS = bindings.APP
    TITLE = "ukr-tui"

    def __init__(self, config: Config, index: CorpusIndex | None = None, remember_theme: bool = True) -> None:
        super().__init__()
        self.config = config
        self.index = index or CorpusIndex.open(config)
        self.remember_theme = remember_theme
        self.keymap = bindings.keymap(config.app.keys)
        self.title = f"ukr-tui · {corpus_name(config)}"
        self.main_screen: MainScreen | None = None

    def get_default_screen(self) -> Screen:
        self.main_screen = MainScreen(self.index)
        return self.main_screen

    def on_mount(self) -> None:
        self.set_keymap(self.keymap)
        wanted = (load_state().get("theme") if self.remember_theme else None) or self.config.app.theme
        if wanted in self.available_themes:
            self.theme = wanted
        elif self.config.app.theme in self.available_themes:
            self.theme = self.config.app.theme
        self.watch(self, "theme", self._theme_changed, init=False)
        unknown = bindings.unknown_ids(self.config.app.keys)
        if unknown:
            self.notify(
                f"app.keys: unknown binding id(s) {', '.join(unknown)}; press ? for the list",
                severity="warning",
                markup=False,
            )

    def _theme_changed(self, theme: str) -> None:
        if self.remember_theme:
            save_state({"theme": theme})

    # --- one clipboard path -------------------------------------------------------------------------------

    @on(CopyToClipboard)
    def _copy(self, event: CopyToClipboard) -> None:
        clipboard.copy(self, event.text, event.what)

    # --- actions and palette ------------------------------------------------------------------------------

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_corpus_quotes(self) -> None:
        self.push_screen(QuotesScreen(self.index, self.config.app.citation), self._quote_picked)

    def _quote_picked(self, picked: tuple[str, Span] | None) -> None:
        if picked is not None and self.main_screen is not None:
            self.main_screen.post_message(OpenArticle(picked[0], mark=picked[1], focus_reader=True))

    def action_skipped(self) -> None:
        self.push_screen(SkippedScreen(self.index))

    def _main(self, method: str, *args: object) -> None:
        if self.main_screen is not None:
            if self.screen is not self.main_screen:
                self.pop_screen()
            getattr(self.main_screen, method)(*args)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand(
            "Rebuild index",
            "Re-read every file of the corpus from scratch",
            lambda: self._main("start_update", True),
        )
        yield SystemCommand(
            "Update index", "Pick up added, changed and deleted files now", lambda: self._main("start_update")
        )
        yield SystemCommand(
            "Raw view", "Toggle the raw file of the open article", lambda: self._main("action_toggle_raw")
        )
        yield SystemCommand(
            "Corpus quotes", "Every quote in the corpus by speaker", self.action_corpus_quotes
        )
        yield SystemCommand("Skipped files", "Files the index could not read, and why", self.action_skipped)
        for scope, what in (("article", "the open article's"), ("results", "all results'")):
            for fmt, label in (("md", "Markdown"), ("csv", "CSV")):
                yield SystemCommand(
                    f"Export {what} quotes and numbers to {label}",
                    "Writes a file in the current folder",
                    lambda scope=scope, fmt=fmt: self._main("export_quotes", scope, fmt),
                )

    def on_unmount(self) -> None:
        self.index.close()


def run_app(config: Config) -> int:
    """Entry point for `ukr-tui` without a subcommand; returns the exit status.

    An index folder that cannot be opened is reported in one line before the terminal is taken over.
    """
    from .cli import say_once_on_stderr

    try:
        index = CorpusIndex.open(config, on_wait=say_once_on_stderr())
    except (IndexProblem, StoreError, LockTimeout, OSError) as exc:
        print(f"ukr-tui: cannot open the index: {exc}", file=sys.stderr)
        return 2
    UkrTuiApp(config, index).run()
    return 0
