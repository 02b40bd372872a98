"""Snapshot tests of the main screen (after a search) and the help screen at 80x24 and 160x48.

They run on the demo corpus written for the tests (tests/fixtures/demo_corpus), never on third-party
articles, whose text must not be stored in the repo. Deterministic: a fixed corpus copy, every worker
finished before the shot, notifications cleared, no cursor blink, and paths shown relative to the
corpus folder so the temporary folder never appears.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from app_harness import make_app, settle
from textual.pilot import Pilot
from textual.widgets import Input

SIZES = [(80, 24), (160, 48)]


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("UKR_TUI_NO_SYSTEM_CLIPBOARD", "1")
    monkeypatch.setenv("UKR_TUI_STATE_DIR", str(tmp_path / "state"))


async def _searched(pilot: Pilot) -> None:
    app = pilot.app
    await settle(app, pilot)  # type: ignore[arg-type]
    app.screen.query_one(Input).cursor_blink = False
    await pilot.press("slash", *"ceasefire talks", "enter")
    await settle(app, pilot)  # type: ignore[arg-type]
    app.clear_notifications()
    await pilot.pause()


async def _help(pilot: Pilot) -> None:
    await _searched(pilot)
    await pilot.press("question_mark")
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_main_screen_after_search(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(tmp_path, demo=True), terminal_size=size, run_before=_searched)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help_screen(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(tmp_path, demo=True), terminal_size=size, run_before=_help)
