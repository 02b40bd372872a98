"""Finding the article files under the corpus roots.

The corpus is a user's folder: it may hold symlinks (even loops), unreadable folders, files with odd names,
or vanish while it is walked. Discovery never raises for any of that; each problem becomes a `Skipped` with a
one-line reason, and the order of the files is deterministic so that two runs index the same way.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .model import Skipped
from .sanitize import display_path

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl", ".jsonl.gz")


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file to read, with the size and modification time the index compares to spot changes."""

    path: Path
    size: int
    mtime_ns: int


def is_supported(name: str) -> bool:
    """Whether a file name has one of the readable suffixes (any case)."""
    lowered = name.lower()
    return any(lowered.endswith(suffix) for suffix in SUPPORTED_SUFFIXES)


def discover(roots: Iterable[Path | str]) -> tuple[list[SourceFile], list[Skipped]]:
    """Every supported file under `roots` (folders or single files), and what was skipped and why.

    Directories are tracked by their resolved path, so a symlink loop or two roots that overlap are walked
    once. Hidden entries (names starting with a dot) are skipped silently: they are editor and VCS clutter,
    not articles. Unsupported suffixes are skipped silently too: a corpus folder may hold anything.
    """
    found: dict[str, SourceFile] = {}
    skipped: list[Skipped] = []
    seen_dirs: set[str] = set()
    for root in roots:
        root_path = Path(root).expanduser().absolute()
        try:
            st = root_path.stat()
        except FileNotFoundError:
            skipped.append(Skipped(str(root_path), "corpus folder does not exist"))
            continue
        except OSError as exc:
            skipped.append(Skipped(str(root_path), f"cannot open: {_reason(exc)}"))
            continue
        if not _encodable(str(root_path)):
            skipped.append(Skipped(display_path(root_path), _BAD_NAME))
        elif stat.S_ISDIR(st.st_mode):
            _walk(root_path, found, skipped, seen_dirs)
        elif stat.S_ISREG(st.st_mode):
            if is_supported(root_path.name):
                _add(root_path, st, found)
            else:
                skipped.append(Skipped(str(root_path), "unsupported file type"))
        else:
            skipped.append(Skipped(str(root_path), "not a file or folder"))
    files = sorted(found.values(), key=lambda f: str(f.path))
    return files, skipped


def _walk(root: Path, found: dict[str, SourceFile], skipped: list[Skipped], seen_dirs: set[str]) -> None:
    """Walk with an explicit stack: deep trees must not hit the recursion limit."""
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            real = os.path.realpath(folder)
        except OSError as exc:
            skipped.append(Skipped(str(folder), f"cannot resolve folder: {_reason(exc)}"))
            continue
        if real in seen_dirs:
            continue
        seen_dirs.add(real)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            skipped.append(Skipped(str(folder), f"cannot list folder: {_reason(exc)}"))
            continue
        subfolders: list[Path] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                st = entry.stat(follow_symlinks=True)
            except FileNotFoundError:
                if entry.is_symlink():
                    skipped.append(Skipped(str(path), "broken symlink"))
                continue  # vanished since the listing: nothing to read
            except OSError as exc:
                skipped.append(Skipped(str(path), f"cannot open: {_reason(exc)}"))
                continue
            if stat.S_ISDIR(st.st_mode):
                if not _encodable(entry.path):
                    skipped.append(Skipped(display_path(path), _BAD_NAME))
                    continue
                subfolders.append(path)
            elif stat.S_ISREG(st.st_mode) and is_supported(entry.name):
                if not _encodable(entry.path):
                    skipped.append(Skipped(display_path(path), _BAD_NAME))
                    continue
                if not os.access(path, os.R_OK):
                    skipped.append(Skipped(str(path), "permission denied"))
                    continue
                _add(path, st, found)
        # Reversed so that the stack pops them in name order (the final list is sorted anyway).
        stack.extend(reversed(subfolders))


def _add(path: Path, st: os.stat_result, found: dict[str, SourceFile]) -> None:
    """Key by the path as given, not resolved: a symlinked file is an article at the link's place."""
    key = str(path)
    if key not in found:
        found[key] = SourceFile(path=path, size=st.st_size, mtime_ns=st.st_mtime_ns)


# A name with bytes that are not UTF-8 (possible on Linux) decodes to lone surrogates, which no index, store
# or terminal can take; the user can rename the file. Such a `Skipped` carries the name escaped for display.
_BAD_NAME = "file name is not valid UTF-8; rename it to index it"


def _encodable(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _reason(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else type(exc).__name__
