"""The index folder: where it is, proving it is ours, and checking that the Whoosh files are whole.

Whoosh's table of contents is a pickle, so opening a folder someone else filled could run their code. A
folder is only opened when it carries our marker file; a non-empty folder without one is refused. Every
commit also writes a manifest of the Whoosh files and their sizes, so a missing or truncated file is caught
on open with a few `stat` calls instead of failing later in the middle of a search.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Any

MARKER = "ukr-tui-index.json"
MAGIC = "ukr-tui-index"
STORE_FILE = "store.sqlite3"
WHOOSH_DIR = "whoosh"
MANIFEST = "manifest.json"
LOCK_FILE = "update.lock"
INDEX_NAME = "MAIN"


class IndexProblem(Exception):
    """An index that cannot be used as it is; the message says what and where, in one line."""


class ForeignIndexFolder(IndexProblem):
    """The folder holds files ukr-tui did not write: refused, never opened."""


class IndexWriteError(IndexProblem):
    """Writing the index failed (disk full, permissions); the previous index is still usable."""


def default_index_dir(corpus: tuple[Path, ...]) -> Path:
    """One index per corpus under the per-user cache folder, named by a hash of the corpus paths."""
    from platformdirs import user_cache_dir

    key = "\n".join(sorted(str(p) for p in corpus))
    digest = hashlib.sha256(key.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]
    return Path(user_cache_dir("ukr-tui")) / digest


def read_marker(folder: Path) -> dict[str, Any] | None:
    """The marker's content; None if there is none. Raises ForeignIndexFolder for a non-ukr-tui marker."""
    path = folder / MARKER
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise ForeignIndexFolder(
            f"{path}: unreadable index marker ({exc}); delete the folder to rebuild"
        ) from exc
    if not isinstance(data, dict) or data.get("magic") != MAGIC:
        raise ForeignIndexFolder(f"{path}: not a ukr-tui index marker; refusing to open {folder}")
    return data


def write_marker(folder: Path, data: dict[str, Any]) -> None:
    _write_json_atomic(folder / MARKER, {"magic": MAGIC, **data})


def check_folder(folder: Path) -> dict[str, Any] | None:
    """The marker of an existing ukr-tui folder, None for a missing or empty one; refuses anything else."""
    if folder.exists() and not folder.is_dir():
        raise ForeignIndexFolder(f"{folder}: exists and is not a folder; choose another index folder")
    marker = read_marker(folder) if folder.is_dir() else None
    # A second ukr-tui starting with the first can find the lock file (and the marker's temporary file)
    # before the marker itself: that folder is being made by ukr-tui, not someone else's (a race seen when
    # two updaters started together on a loaded machine).
    being_made = {LOCK_FILE, MARKER + ".tmp"}
    if marker is None and folder.is_dir() and any(p.name not in being_made for p in folder.iterdir()):
        raise ForeignIndexFolder(
            f"{folder}: folder is not empty and was not made by ukr-tui (no {MARKER}); refusing to open it. "
            "Choose an empty folder with --index-dir or delete this one."
        )
    return marker


def wipe(folder: Path) -> None:
    """Remove what ukr-tui writes in its own folder (only ever called on a folder with our marker)."""
    remove_tree(folder / WHOOSH_DIR)
    for name in (STORE_FILE, STORE_FILE + "-wal", STORE_FILE + "-shm", STORE_FILE + "-journal"):
        with contextlib.suppress(FileNotFoundError):
            (folder / name).unlink()


def remove_tree(path: Path) -> None:
    """Remove a folder of ours, or whatever stands in its place (a damaged index may hold a file there)."""
    if path.is_symlink() or path.is_file():
        path.unlink()
    else:
        shutil.rmtree(path, ignore_errors=True)


def has_toc(whoosh_dir: Path) -> bool:
    try:
        return any(name.endswith(".toc") for name in os.listdir(whoosh_dir))
    except (FileNotFoundError, NotADirectoryError):
        return False


def write_manifest(whoosh_dir: Path, generation: int) -> None:
    files = {}
    for entry in os.scandir(whoosh_dir):
        if entry.name.endswith((".seg", ".toc")):
            files[entry.name] = entry.stat().st_size
    _write_json_atomic(whoosh_dir / MANIFEST, {"generation": generation, "files": files})


def manifest_problem(whoosh_dir: Path, generation: int, segment_files: list[str]) -> str | None:
    """Why the Whoosh files do not look whole, or None. Only stats files: cheap enough for every open."""
    for name in segment_files:
        if not (whoosh_dir / name).exists():
            return f"index file {name} is missing"
    try:
        manifest = json.loads((whoosh_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # an index from a run killed right after its commit: checked by reading instead
    if manifest.get("generation") != generation:
        return None
    for name, size in manifest.get("files", {}).items():
        try:
            actual = (whoosh_dir / name).stat().st_size
        except FileNotFoundError:
            if name in segment_files or name.endswith(".toc"):
                return f"index file {name} is missing"
            continue
        if actual != size:
            return f"index file {name} is {actual} bytes, expected {size} (truncated or overwritten)"
    return None


def _write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)
