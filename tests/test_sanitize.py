"""Text from articles must never drive the terminal: escapes and invisible characters go at ingestion."""

from __future__ import annotations

import unicodedata

import pytest
from ukr_tui.corpus.sanitize import clean_text

ESC = "\x1b"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (f"{ESC}[1;31mred{ESC}[0m text", "red text"),
        (f"{ESC}]0;owned title\x07after", "after"),
        (f"{ESC}]2;title{ESC}\\after", "after"),
        (f"{ESC}]52;c;aGVsbG8=\x07clip", "clip"),
        (f"{ESC}]52;c;aGVsbG8={ESC}\\clip", "clip"),
        (f"{ESC}]8;;http://evil{ESC}\\link{ESC}]8;;{ESC}\\", "link"),
        (f"{ESC}P1$r{ESC}\\dcs", "dcs"),
        (f"{ESC}[2J{ESC}[Hcleared", "cleared"),
        (f"{ESC}cRIS", "RIS"),
        (f"{ESC}(Bcharset", "charset"),
        (f"{ESC}[?1049hscreen", "screen"),
        ("bell\x07 back\x08space\x7f del\x9bc1", "bell backspace delc1"),
    ],
)
def test_escape_sequences_removed(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


def test_unterminated_osc_stops_at_end_of_line() -> None:
    assert clean_text(f"kept {ESC}]0;never ended\nnext line") == "kept \nnext line"


def test_line_endings_normalised_and_tabs_kept() -> None:
    assert clean_text("a\r\nb\rc\nd\te\u2028f") == "a\nb\nc\nd\te\nf"


def test_bidi_and_zero_width_removed() -> None:
    raw = "ab\u202ecd\u202c e\u2066f\u2069 zero\u200bwidth\u200c\u200d\u2060\ufeff"
    assert clean_text(raw) == "abcd ef zerowidth"


def test_nfc_and_markup_kept_literal() -> None:
    decomposed = "Zelenskyi\u0306 [bold]not markup[/] [link=http://x]y[/link]"
    cleaned = clean_text(decomposed)
    assert cleaned == unicodedata.normalize("NFC", decomposed)
    assert "[bold]not markup[/]" in cleaned and "[link=http://x]" in cleaned


def test_many_escape_introducers_stay_linear() -> None:
    # Thousands of unterminated introducers: a backtracking pattern would never finish.
    hostile = (f"{ESC}]" * 50_000) + (f"{ESC}[" * 50_000) + "\n end"
    assert clean_text(hostile) == "\n end"


def test_lone_surrogates_removed() -> None:
    cleaned = clean_text("a\ud800b\udfffc 😀")
    assert cleaned == "abc 😀"
    cleaned.encode("utf-8")


def test_display_path_escapes_what_a_name_can_hide() -> None:
    from ukr_tui.corpus.sanitize import display_path

    assert display_path("/c/new\nline\x1b]0;t\x07.txt") == "/c/new\\nline\\x1b]0;t\\x07.txt"
    assert display_path("/c/evil\u202etxt.exe") == "/c/evil\\u202etxt.exe"
    assert display_path("/c/ünïcödé киев.txt") == "/c/ünïcödé киев.txt"
