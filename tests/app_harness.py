"""An app factory over a temporary copy of the seed corpus plus one article written for these tests.

The extra article is ours (not third-party text): it carries a quote with a named speaker, numbers, and
Rich-markup look-alikes that must show literally.
"""

from __future__ import annotations

import asyncio
import functools
import shutil
from collections.abc import Callable, Coroutine
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from textual.worker import WorkerCancelled
from ukr_tui.corpus.config import load_config
from ukr_tui.tui.app import UkrTuiApp

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "corpus"
DEMO = REPO / "tests" / "fixtures" / "demo_corpus"  # our own writing: safe to show in stored snapshots

HOSTILE_NAME = "zz_geneva_test.txt"
HOSTILE_TEXT = """Talks resume in Geneva

Foreign Minister Jane Doe said on Monday: "We will keep talking until the guns fall silent." The meeting \
lasted 6 hours.

Officials marked the draft [bold]x[/bold] and posted [link=https://example.com]a link[/link] about 40 \
percent of it.
"""
QUOTE = "We will keep talking until the guns fall silent."
SPEAKER = "Jane Doe"


def make_corpus(root: Path, seed: bool = True, demo: bool = False) -> Path:
    corpus = root / "corpus"
    if demo:
        shutil.copytree(DEMO, corpus)
    elif seed:
        if not SEED.is_dir():
            pytest.skip("../shared/corpus is not available")
        shutil.copytree(SEED, corpus)
    else:
        corpus.mkdir()
    (corpus / HOSTILE_NAME).write_text(HOSTILE_TEXT, encoding="utf-8")
    return corpus


def make_app(
    root: Path, seed: bool = True, keys: dict[str, str] | None = None, demo: bool = False
) -> UkrTuiApp:
    """An app on its own corpus copy and index, with no corpus watching and no remembered theme."""
    return app_for(make_corpus(root, seed, demo), root / "index", keys)


def app_for(corpus: Path, index_dir: Path, keys: dict[str, str] | None = None) -> UkrTuiApp:
    """An app on a corpus the test built, with no corpus watching, no debounce and no remembered theme."""
    config = load_config(REPO / "config.yaml").with_overrides([corpus], index_dir)
    app_settings = replace(
        config.app, watch_interval=0.0, search_debounce_ms=0, theme="textual-dark", keys=keys or {}
    )
    return UkrTuiApp(replace(config, app=app_settings), remember_theme=False)


async def skipped_rows(app: UkrTuiApp, pilot: object) -> list[list[str]]:
    """Open the "Skipped files" view and read its rows (file, line, reason) as text."""
    from textual.widgets import DataTable
    from ukr_tui.tui.screens.skipped import SkippedScreen

    app.action_skipped()
    await settle(app, pilot)
    assert isinstance(app.screen, SkippedScreen)
    table = app.screen.query_one(DataTable)
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


async def settle(app: UkrTuiApp, pilot: object) -> None:
    """Let timers fire and every worker finish, twice, since finishing workers start new ones."""
    for _ in range(3):
        await pilot.pause()  # type: ignore[attr-defined]
        for _attempt in range(5):
            try:
                await app.workers.wait_for_complete()
                break
            except WorkerCancelled:  # a newer search replaced an older one: wait for the newer
                continue
    await pilot.pause()  # type: ignore[attr-defined]


def sync(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Runs an async pilot test on its own event loop (no async pytest plugin is a dependency)."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run
