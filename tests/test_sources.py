"""Discovery: every article file once, in a stable order, whatever the folder holds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from ukr_tui.corpus.sources import discover, is_supported


def write(path: Path, text: str = "Some article text here.") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_recursive_supported_suffixes_any_case(tmp_path: Path) -> None:
    names = ["a.txt", "b.MD", "c.html", "d.HTM", "e.jsonl", "f.jsonl.GZ", "sub/deeper/g.txt"]
    for name in names:
        write(tmp_path / name)
    write(tmp_path / "notes.pdf")
    write(tmp_path / "data.json")
    write(tmp_path / ".hidden.txt")
    files, skipped = discover([tmp_path])
    assert [f.path.relative_to(tmp_path).as_posix() for f in files] == sorted(names)
    assert skipped == []
    assert all(f.size > 0 and f.mtime_ns > 0 for f in files)


def test_order_is_deterministic(tmp_path: Path) -> None:
    for name in ["z.txt", "a.txt", "m/b.txt", "B.txt"]:
        write(tmp_path / name)
    first, _ = discover([tmp_path])
    second, _ = discover([tmp_path])
    assert [f.path for f in first] == [f.path for f in second]
    assert [str(f.path) for f in first] == sorted(str(f.path) for f in first)


def test_missing_root_and_single_file_root(tmp_path: Path) -> None:
    single = write(tmp_path / "one.txt")
    files, skipped = discover([tmp_path / "nope", single])
    assert [f.path for f in files] == [single]
    assert len(skipped) == 1 and "does not exist" in skipped[0].reason
    assert skipped[0].path.endswith("nope")


def test_odd_names(tmp_path: Path) -> None:
    names = ["with space.txt", "ünïcödé киев.txt", "new\nline.txt", "tab\there.md"]
    for name in names:
        write(tmp_path / name)
    files, skipped = discover([tmp_path])
    assert sorted(f.path.name for f in files) == sorted(names)
    assert skipped == []


def test_symlink_loop_and_symlinked_file(tmp_path: Path) -> None:
    write(tmp_path / "real" / "a.txt")
    (tmp_path / "real" / "loop").symlink_to(tmp_path / "real", target_is_directory=True)
    (tmp_path / "real" / "up").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "link.txt").symlink_to(tmp_path / "real" / "a.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    files, skipped = discover([tmp_path])
    names = sorted(f.path.relative_to(tmp_path).as_posix() for f in files)
    assert names == ["link.txt", "real/a.txt"]
    assert [s.reason for s in skipped] == ["broken symlink"]


def test_overlapping_roots_walked_once(tmp_path: Path) -> None:
    write(tmp_path / "sub" / "a.txt")
    files, _ = discover([tmp_path, tmp_path / "sub"])
    assert len(files) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads and lists anything")
def test_unreadable_folder_and_file(tmp_path: Path) -> None:
    write(tmp_path / "ok.txt")
    locked = write(tmp_path / "locked" / "x.txt").parent
    secret = write(tmp_path / "secret.txt")
    locked.chmod(0)
    secret.chmod(0)
    try:
        files, skipped = discover([tmp_path])
    finally:
        locked.chmod(0o755)
        secret.chmod(0o644)
    assert [f.path.name for f in files] == ["ok.txt"]
    reasons = {Path(s.path).name: s.reason for s in skipped}
    assert reasons["locked"].startswith("cannot list folder")
    assert reasons["secret.txt"] == "permission denied"


def test_is_supported() -> None:
    assert is_supported("X.JSONL.GZ")
    assert not is_supported("x.gz")
    assert not is_supported("x.json")


def test_names_that_are_not_utf8_skipped(tmp_path: Path) -> None:
    write(tmp_path / "good.txt")
    bad = os.fsencode(tmp_path) + b"/bad\xffname.txt"
    with open(bad, "w", encoding="utf-8") as out:
        out.write("Some article text here.")
    os.mkdir(os.fsencode(tmp_path) + b"/dir\xfe")
    files, skipped = discover([tmp_path])
    assert [f.path.name for f in files] == ["good.txt"]
    assert sorted(s.path for s in skipped) == [f"{tmp_path}/bad\\xffname.txt", f"{tmp_path}/dir\\xfe"]
    assert all(s.reason == "file name is not valid UTF-8; rename it to index it" for s in skipped)
    for skip in skipped:
        str(skip).encode("utf-8")
