"""The installed `ukr-tui` in a real terminal (tmux): search, move to a quote, press `c`, and read the
citation back from tmux's paste buffer, which OSC 52 fills when `set-clipboard` is on."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from app_harness import QUOTE, SPEAKER, make_corpus

pytestmark = pytest.mark.slow

UKR_TUI = Path(sys.executable).with_name("ukr-tui")


class Tmux:
    """A private tmux server (`-L`), so the user's own sessions are never touched."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, *args: str) -> str:
        command = ["tmux", "-L", self.name, *args]
        # COLUMNS/LINES from the test runner would pin the app's size; the pane's own size must win.
        env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
        return subprocess.run(command, capture_output=True, text=True, check=False, env=env).stdout

    def start_app(self, tmp_path: Path, corpus: Path) -> None:
        """`ukr-tui` on `corpus` in a 160x48 pane, with its state, config and clipboard kept to the test."""
        env = {
            "UKR_TUI_STATE_DIR": str(tmp_path / "state"),
            "UKR_TUI_NO_SYSTEM_CLIPBOARD": "1",
            "XDG_CONFIG_HOME": str(tmp_path / "xdg"),
        }
        env_args = [arg for key, value in env.items() for arg in ("-e", f"{key}={value}")]
        command = f"{UKR_TUI} --corpus {corpus} --index-dir {tmp_path / 'index'}; sleep 30"
        self(
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-s",
            self.name,
            "-x",
            "160",
            "-y",
            "48",
            *env_args,
            "-c",
            str(tmp_path),
            command,
        )
        self("set", "-g", "set-clipboard", "on")

    def keys(self, *keys: str, literal: bool = False) -> None:
        self("send-keys", "-t", self.name, *(["-l"] if literal else []), *keys)

    def wait_for(self, text: str, limit: float = 60.0) -> str:
        """Poll the pane until `text` shows (a bound on waiting, not a timing assertion)."""
        deadline = time.monotonic() + limit
        screen = ""
        while time.monotonic() < deadline:
            screen = self("capture-pane", "-p", "-t", self.name)
            if text in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never appeared; screen was:\n{screen}")


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
@pytest.mark.skipif(not UKR_TUI.exists(), reason="ukr-tui is not installed next to the interpreter")
def test_copy_a_quote_in_tmux(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path, seed=False)
    tmux = Tmux(f"ukrtui-test-{os.getpid()}")
    try:
        tmux.start_app(tmp_path, corpus)
        tmux.wait_for("1 articles")
        tmux.keys("/")
        tmux.keys("guns", literal=True)
        tmux.wait_for("Foreign Minister")  # the article is open in the reader
        tmux.keys("Enter")  # to the list
        tmux.wait_for("s Sort")  # the footer of the list, not of the search box: the focus change landed
        time.sleep(0.3)
        for _ in range(4):  # list -> reader -> entities -> tabs -> quotes
            tmux.keys("Tab")
            time.sleep(0.3)
        tmux.wait_for("c Cite")  # the quotes pane has the focus (a loaded machine may lag the keys)
        tmux.keys("c")
        tmux.wait_for("Copied")
        assert tmux("show-buffer") == f"“{QUOTE}” — {SPEAKER}, unknown source, undated"
    finally:
        tmux("kill-server")


HOSTILE = (
    "Summit \x1b]0;pwned-title\x07talks [bold]in[/bold] Vienna\n\n"
    "Envoys \x1b[31mred\x1b[0m met. \x1b]52;c;cGF3bmVk\x1b\\Clipboard write. \x1b[2J\x1b[HCleared screen. "
    "\x1b]2;second-title\x1b\\ Bidi \u202eevil\u202c and zero\u200bwidth. The word is marmalade.\n"
)


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
@pytest.mark.skipif(not UKR_TUI.exists(), reason="ukr-tui is not installed next to the interpreter")
def test_escape_sequences_in_an_article_never_reach_the_terminal(tmp_path: Path) -> None:
    """An article carrying a window-title change, an OSC 52 clipboard write, a screen clear and colours:
    opened in a real terminal, the pane's title and tmux's clipboard stay untouched and the text shows."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "hostile \x1b]0;name-title\x07.txt").write_text(HOSTILE, encoding="utf-8")
    tmux = Tmux(f"ukrtui-esc-{os.getpid()}")
    try:
        tmux.start_app(tmp_path, corpus)
        tmux("set", "-g", "allow-rename", "on")
        tmux("set", "-g", "allow-passthrough", "on")
        tmux.wait_for("1 articles")
        tmux.keys("/")
        tmux.keys("marmalade", literal=True)
        screen = tmux.wait_for("Clipboard write")  # the article is open in the reader
        assert "[bold]in[/bold]" in screen, screen  # markup shows literally
        assert "Cleared screen" in screen and "Envoys red met" in screen, screen
        tmux.keys("r")  # the raw file view too
        time.sleep(1.0)
        tmux.wait_for("Summit")
        titles = tmux("display", "-p", "-t", tmux.name, "#{pane_title}|#{window_name}")
        assert "pwned" not in titles and "second-title" not in titles and "name-title" not in titles, titles
        buffer = tmux("show-buffer")
        assert buffer == "", repr(buffer)  # OSC 52 from the article never filled the clipboard
        raw = tmux("capture-pane", "-p", "-e", "-t", tmux.name)
        assert "\u202e" not in raw and "\x1b]" not in raw, repr(raw)
    finally:
        tmux("kill-server")
