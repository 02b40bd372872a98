"""The little the app remembers between runs (the chosen theme), in a JSON file in the user state folder.

Failing to read or write it must never stop the app: it is a convenience, so errors are swallowed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from platformdirs import user_state_dir

STATE_ENV = "UKR_TUI_STATE_DIR"


def state_file() -> Path:
    folder = os.environ.get(STATE_ENV) or user_state_dir("ukr-tui", appauthor=False)
    return Path(folder) / "state.json"


def load_state(path: Path | None = None) -> dict[str, Any]:
    path = path or state_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_state(updates: dict[str, Any], path: Path | None = None) -> None:
    path = path or state_file()
    data = load_state(path)
    data.update(updates)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass
