"""File names are untrusted and not cleaned at ingestion: every place the app shows one escapes it.

A name can hold a right-to-left override (U+202E, which reorders what the terminal shows after it), a
zero-width space (U+200B, invisible) or a newline (which would break a row). The app must show them as
visible escapes (`\\u202e`, `\\u200b`, `\\n`) and never send the raw characters to the terminal.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from app_harness import make_app, settle, sync
from textual.widgets import DataTable
from ukr_tui.corpus.sanitize import display_path
from ukr_tui.tui.render import safe, shown_path
from ukr_tui.tui.screens.main import MainScreen
from ukr_tui.tui.screens.skipped import SkippedScreen
from ukr_tui.tui.widgets.reader import Reader

RAW = ("\u202e", "\u200b", "\n")
TEXT_NAME = "rlo\u202egood\n\u200b.txt"
TEXT_SHOWN = "rlo\\u202egood\\n\\u200b.txt"
BINARY_NAME = "bin\u202eevil\n\u200b.txt"
BINARY_SHOWN = "bin\\u202eevil\\n\\u200b.txt"
ARTICLE = """Zanzibar ferry timetable changes

The harbour office said on Tuesday that the Zanzibar ferry would sail twice a day from next week.
"""


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("UKR_TUI_NO_SYSTEM_CLIPBOARD", "1")
    monkeypatch.setenv("UKR_TUI_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.chdir(tmp_path)


# --- display_path -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        # bidi embeddings, overrides, isolates and marks
        *[(f"a{chr(c)}b", f"a\\u{c:04x}b") for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))],
        ("a\u200eb\u200fc\u061cd", "a\\u200eb\\u200fc\\u061cd"),
        # zero-width characters and the byte-order mark
        *[(f"a{chr(c)}b", f"a\\u{c:04x}b") for c in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)],
        # C0 controls, DEL and C1 controls; newline, tab and carriage return by name
        ("a\x00b\x1bc\x7fd\x85e\x9bf", "a\\x00b\\x1bc\\x7fd\\x85e\\x9bf"),
        ("line\none\ttab\rcr", "line\\none\\ttab\\rcr"),
        # line and paragraph separators, a tag character, a non-UTF-8 byte as os.fsdecode carries it
        ("a\u2028b\u2029c", "a\\u2028b\\u2029c"),
        ("a\U000e0041b", "a\\U000e0041b"),
        ("caf\udce9.txt", "caf\\xe9.txt"),
        # printable text of any script, spaces included, is left alone
        ("ünïcödé киев 北京 a  b.txt", "ünïcödé киев 北京 a  b.txt"),
    ],
)
def test_display_path_escapes_every_hidden_character(name: str, shown: str) -> None:
    assert display_path(name) == shown
    assert display_path(Path("/corpus") / name) == "/corpus/" + shown


def test_display_path_is_idempotent_and_printable() -> None:
    name = "/c/" + "".join(chr(c) for c in range(0x00, 0xA0)) + "\u202e\u200b\u2066\ufeff"
    once = display_path(name)
    assert display_path(once) == once
    assert once.isprintable()


def test_shown_path_escapes_relative_and_absolute_paths() -> None:
    assert shown_path(f"/c/sub/{TEXT_NAME}", [Path("/c")]) == f"sub/{TEXT_SHOWN}"
    assert shown_path(f"/elsewhere/{TEXT_NAME}", [Path("/c")]) == f"/elsewhere/{TEXT_SHOWN}"


def test_safe_blanks_bidi_and_zero_width_characters_keeping_offsets() -> None:
    text = "a\u202eb\u200bc\u2066d\ufeffe\x1bf\ng\th"
    assert safe(text) == "a b c d e f\ng\th"
    assert len(safe(text)) == len(text)


# --- the app ------------------------------------------------------------------------------------------------


def _no_raw(shown: str) -> None:
    for char in RAW:
        assert char not in shown, f"raw {char!r} sent to the screen: {shown!r}"


def _screen_has_no_hidden_characters(app) -> None:
    """The whole rendered screen (an SVG, so newlines are its own) holds no override or zero-width space."""
    screenshot = app.export_screenshot()
    for char in RAW[:2]:
        assert char not in screenshot, f"raw {char!r} on the screen"


@sync
async def test_hostile_file_names_show_escaped_in_reader_and_skipped_view(tmp_path: Path) -> None:
    app = make_app(tmp_path, seed=False)
    corpus = tmp_path / "corpus"
    try:
        (corpus / TEXT_NAME).write_text(ARTICLE, encoding="utf-8")
        (corpus / BINARY_NAME).write_bytes(b"\x00\x01\x02binary\x00" * 64)
    except OSError:
        pytest.skip("this file system does not take such names")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await pilot.press("slash", *"zanzibar")
        await settle(app, pilot)
        await pilot.press("enter", "enter")  # to the list, then into the reader
        await settle(app, pilot)
        assert screen.article is not None and screen.article.path.endswith(TEXT_NAME)
        assert app.focused is app.query_one(Reader)

        header = str(app.query_one("#reader-header").content)
        assert TEXT_SHOWN in header
        path_line = header.split("\n")[-1]  # the title and source lines above it are cleaned text
        assert path_line == TEXT_SHOWN
        _no_raw(path_line)
        for char in RAW[:2]:
            assert char not in header
        _screen_has_no_hidden_characters(app)

        app.action_skipped()
        await settle(app, pilot)
        assert isinstance(app.screen, SkippedScreen)
        table = app.screen.query_one(DataTable)
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
        files = [row[0] for row in rows]
        assert BINARY_SHOWN in files, files
        for row in rows:
            for cell in row:
                _no_raw(cell)
        _screen_has_no_hidden_characters(app)


@sync
async def test_export_notification_escapes_the_folder_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(tmp_path, seed=False)
    out = tmp_path / "out\u202eput\u200b"
    try:
        out.mkdir()
    except OSError:
        pytest.skip("this file system does not take such names")
    monkeypatch.chdir(out)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        screen.export_quotes("results", "md")
        await settle(app, pilot)
        assert screen.last_export is not None and screen.last_export.parent == out
        messages = [n.message for n in app._notifications]
        exported = [m for m in messages if m.endswith(".md")]
        assert exported and "out\\u202eput\\u200b" in exported[-1]
        for message in messages:
            _no_raw(message)
