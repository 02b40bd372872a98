"""The one clipboard path: OSC 52 through Textual (works over SSH and in tmux with `set-clipboard on`)
plus the system clipboard when a tool for it is on PATH. The system copy is best effort and silent."""

from __future__ import annotations

import os
import shutil
import subprocess

from textual.app import App
from ukr_tui.corpus.sanitize import display_path

# Tried in order; the first one present is used. Wayland first, since xclip may exist without an X server.
_TOOLS: tuple[tuple[str, ...], ...] = (
    ("wl-copy",),
    ("xclip", "-selection", "clipboard"),
    ("xsel", "--clipboard", "--input"),
    ("pbcopy",),
)
DISABLE_ENV = "UKR_TUI_NO_SYSTEM_CLIPBOARD"


def system_copy(text: str) -> bool:
    """Hand `text` to the first clipboard tool found; False when none is usable."""
    if os.environ.get(DISABLE_ENV):
        return False
    for command in _TOOLS:
        if command[0] == "wl-copy" and not os.environ.get("WAYLAND_DISPLAY"):
            continue
        if command[0] in ("xclip", "xsel") and not os.environ.get("DISPLAY"):
            continue
        if shutil.which(command[0]) is None:
            continue
        try:
            subprocess.run(
                command,
                input=text.encode("utf-8"),
                timeout=2,
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except (OSError, subprocess.SubprocessError):
            continue
        return True
    return False


def copy(app: App, text: str, what: str) -> None:
    app.copy_to_clipboard(text)
    system_copy(text)
    preview = display_path(" ".join(text.split()))  # the clipboard keeps the text exact; the notice is safe
    if len(preview) > 80:
        preview = preview[:79] + "…"
    app.notify(preview, title=f"Copied {what}", markup=False)
