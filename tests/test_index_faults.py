"""Faults the index survives: SIGKILL mid-build, damaged files, two writers, a full disk, files vanishing."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from ukr_tui.corpus.config import Config, load_config
from ukr_tui.search import folder as fs
from ukr_tui.search.folder import IndexWriteError
from ukr_tui.search.index import CorpusIndex
from ukr_tui.search.locking import WAITING_MESSAGE, UpdateLock

REPO = Path(__file__).parents[1]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="signals and fork are POSIX")

WORDS = ["grain", "corridor", "envoy", "ceasefire", "sanctions", "summit", "treaty", "border", "talks"]


def make_corpus(root: Path, count: int) -> None:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        w = WORDS[i % len(WORDS)]
        (root / f"story-{i:04d}.txt").write_text(
            f"Report {i} on {w}\n\nDiplomats discussed the {w} question in meeting number {i}. "
            f"Officials said progress on the {w} file was slow but steady.\n\nThe next round is planned.",
            encoding="utf-8",
        )


def config_for(corpus: Path, index_dir: Path) -> Config:
    return load_config(REPO / "config.yaml").with_overrides(corpus=[corpus], index_dir=index_dir)


def assert_exactly_once(corpus: Path, index_dir: Path, expected: int) -> None:
    ix = CorpusIndex.open(config_for(corpus, index_dir))
    ix.update()
    assert ix.check() is None
    assert ix.counts()["articles"] == expected
    with ix.whoosh().reader() as reader:
        ids = [fields["id"] for _, fields in reader.iter_docs()]
    assert len(ids) == expected
    assert len(set(ids)) == expected
    assert ix.search("diplomats").total == expected
    ix.close()


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from ukr_tui.corpus.config import load_config
    from ukr_tui.search import indexer, prepare
    from ukr_tui.search.index import CorpusIndex

    indexer.CHUNK_ARTICLES = int(sys.argv[4])
    if len(sys.argv) > 5:  # fork extraction workers and Whoosh sub-writers from this many articles on
        indexer.PARALLEL_FROM = prepare.POOL_FROM = int(sys.argv[5])
    indexer.REPORT_EVERY_S = 0.0  # every article reported, so a kill point is never skipped over
    corpus, index_dir = [Path(sys.argv[2])], Path(sys.argv[3])
    config = load_config(Path(sys.argv[1])).with_overrides(corpus=corpus, index_dir=index_dir)

    def progress(done, total, message):
        print(done, total, message, flush=True)

    # (an index left by other extraction code is wiped under the lock first: that wait is reported too)
    ix = CorpusIndex.open(config, on_wait=lambda message: progress(0, 0, message))
    ix.update(progress=progress)
    print("FINISHED", flush=True)
    """
)


def spawn(
    corpus: Path, index_dir: Path, chunk: int = 40, parallel_from: int | None = None
) -> subprocess.Popen[str]:
    extra = [] if parallel_from is None else [str(parallel_from)]
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            CHILD,
            str(REPO / "config.yaml"),
            str(corpus),
            str(index_dir),
            str(chunk),
            *extra,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill_when(proc: subprocess.Popen[str], predicate: object) -> bool:
    """SIGKILL the child at the first progress line `predicate` accepts; False if it finished first."""
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("FINISHED"):
            break
        parts = line.split(" ", 2)
        if len(parts) == 3 and parts[0].isdigit() and predicate(int(parts[0]), parts[2]):  # type: ignore[operator]
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return True
    proc.wait()
    return False


@pytest.mark.slow
@pytest.mark.parametrize(
    "when",
    [
        lambda done, msg: "looking" in msg,  # before anything is written
        lambda done, msg: msg.startswith("reading"),  # while files are read
        lambda done, msg: msg.startswith("indexing") and done >= 45,  # just after the first commit
        lambda done, msg: msg.startswith("indexing") and done >= 170,  # several commits in
        lambda done, msg: msg.startswith("indexed"),  # after the last commit, before the summary
    ],
    ids=["start", "reading", "first-commit", "mid-build", "end"],
)
def test_sigkill_during_build_then_update_completes(tmp_path: Path, when: object) -> None:
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    make_corpus(corpus, 320)  # above the size that starts the extraction worker pool
    proc = spawn(corpus, index_dir)
    assert kill_when(proc, when), "the build finished before the kill point"
    assert_exactly_once(corpus, index_dir, 320)


def processes_naming(text: str) -> list[int]:
    """Live processes whose command line mentions `text` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
            state = (entry / "stat").read_text().split(") ", 1)[1][:1]
        except OSError:
            continue
        if text.encode() in cmdline and state != "Z":
            found.append(int(entry.name))
    return found


@pytest.mark.slow
def test_kill_while_workers_and_sub_writers_run_leaves_nothing_holding_the_index(tmp_path: Path) -> None:
    """A SIGKILLed build that had forked extraction workers and Whoosh's parallel sub-writers: its children
    must not keep the folder locked (found by hand: the next run waited forever)."""
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    make_corpus(corpus, 400)
    proc = spawn(corpus, index_dir, chunk=1000, parallel_from=100)
    assert kill_when(proc, lambda done, msg: msg.startswith("indexing") and done >= 150)
    if sys.platform.startswith("linux"):
        deadline = time.monotonic() + 10
        while processes_naming(str(index_dir)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert processes_naming(str(index_dir)) == [], "the killed build's children outlived it"
    again = spawn(corpus, index_dir)
    out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    assert "FINISHED" in out
    assert_exactly_once(corpus, index_dir, 400)


HOLDER = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from ukr_tui.search.locking import UpdateLock

    UpdateLock(Path(sys.argv[1])).acquire()
    if os.fork() == 0:  # a worker that outlives its parent, blocked as an orphaned pool worker is
        time.sleep(60)
        os._exit(0)
    print("HELD", flush=True)
    time.sleep(60)
    """
)


def test_a_killed_holders_children_do_not_keep_the_lock(tmp_path: Path) -> None:
    """Without PDEATHSIG (macOS, or a child that ignores it), a forked child still must not hold our lock
    once the process that took it is killed."""
    path = tmp_path / "update.lock"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "HELD"
    orphans = processes_naming(str(path)) if sys.platform.startswith("linux") else []
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    try:
        other = UpdateLock(path, timeout=3)
        other.acquire()  # a LockTimeout here means the orphan kept the lock alive
        other.release()
    finally:
        for pid in orphans:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


@pytest.mark.slow
def test_repeated_kills_at_random_moments(tmp_path: Path) -> None:
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    make_corpus(corpus, 200)
    for delay in (0.6, 1.1, 1.7, 2.3):
        proc = spawn(corpus, index_dir, chunk=25)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
    assert_exactly_once(corpus, index_dir, 200)


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path]:
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    make_corpus(corpus, 30)
    ix = CorpusIndex.open(config_for(corpus, index_dir))
    ix.update()
    ix.close()
    return corpus, index_dir


def segments(index_dir: Path) -> list[Path]:
    return sorted((index_dir / fs.WHOOSH_DIR).glob("*.seg"))


@pytest.mark.parametrize("damage", ["delete-segment", "truncate-segment", "truncate-toc", "garbage-toc"])
def test_damaged_index_is_detected_reported_and_rebuilt(built: tuple[Path, Path], damage: str) -> None:
    corpus, index_dir = built
    whoosh_dir = index_dir / fs.WHOOSH_DIR
    seg = segments(index_dir)[0]
    toc = next(whoosh_dir.glob("*.toc"))
    if damage == "delete-segment":
        seg.unlink()
    elif damage == "truncate-segment":
        seg.write_bytes(seg.read_bytes()[: seg.stat().st_size // 2])
    elif damage == "truncate-toc":
        toc.write_bytes(toc.read_bytes()[:20])
    else:
        toc.write_bytes(b"\x00" * toc.stat().st_size)
    ix = CorpusIndex.open(config_for(corpus, index_dir))
    assert ix.problem is not None  # detected on open
    results = ix.search("diplomats")  # searching a damaged index never raises
    assert results.total in (0, 30)
    summary = ix.update()
    assert summary.repaired  # reported
    assert ix.search("diplomats").total == 30
    ix.close()
    assert_exactly_once(corpus, index_dir, 30)


def test_lost_store_is_rebuilt_from_the_files(built: tuple[Path, Path]) -> None:
    corpus, index_dir = built
    (index_dir / fs.STORE_FILE).write_bytes(b"this is not a database" * 100)
    for extra in ("-wal", "-shm"):
        (index_dir / (fs.STORE_FILE + extra)).unlink(missing_ok=True)
    ix = CorpusIndex.open(config_for(corpus, index_dir))
    assert ix.problem is not None
    ix.update()
    ix.close()
    assert_exactly_once(corpus, index_dir, 30)


def test_whoosh_and_store_out_of_step_are_reconciled(built: tuple[Path, Path]) -> None:
    corpus, index_dir = built
    con = sqlite3.connect(index_dir / fs.STORE_FILE)
    con.execute("DELETE FROM articles WHERE rowid IN (SELECT rowid FROM articles LIMIT 3)")
    con.commit()
    con.close()
    ix = CorpusIndex.open(config_for(corpus, index_dir))
    assert ix.problem is not None and "30" in ix.problem
    summary = ix.update()
    assert summary.repaired
    ix.close()
    assert_exactly_once(corpus, index_dir, 30)


@pytest.mark.slow
def test_second_writer_waits_and_says_so(built: tuple[Path, Path]) -> None:
    corpus, index_dir = built
    make_corpus(corpus, 60)  # 30 more files for the child to index
    lock = UpdateLock(index_dir / fs.LOCK_FILE)
    lock.acquire()
    proc = spawn(corpus, index_dir)
    assert proc.stdout is not None
    lines: list[str] = []
    deadline = threading.Timer(120, proc.kill)  # a child that never says it waits fails, not hangs
    deadline.start()
    try:
        for line in proc.stdout:
            lines.append(line)
            if WAITING_MESSAGE in line:
                break
    finally:
        deadline.cancel()
        lock.release()
    out, err = proc.communicate(timeout=120)
    assert any(WAITING_MESSAGE in line for line in lines)
    assert proc.returncode == 0, err
    assert "FINISHED" in out
    assert_exactly_once(corpus, index_dir, 60)


@pytest.mark.slow
def test_two_updaters_at_once_both_succeed(tmp_path: Path) -> None:
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    make_corpus(corpus, 120)
    procs = [spawn(corpus, index_dir), spawn(corpus, index_dir)]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert "Traceback" not in err
    assert_exactly_once(corpus, index_dir, 120)


def test_searching_while_another_thread_updates_is_safe(built: tuple[Path, Path]) -> None:
    corpus, index_dir = built
    ix = CorpusIndex.open(config_for(corpus, index_dir))
    make_corpus(corpus, 80)
    totals: list[int] = []
    worker = threading.Thread(target=ix.update)
    worker.start()
    while worker.is_alive():
        totals.append(ix.search("diplomats").total)
    worker.join()
    assert all(t in range(30, 81) for t in totals)
    assert ix.search("diplomats").total == 80
    ix.close()


def test_disk_full_leaves_previous_index_usable(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from whoosh.filedb import structfile

    corpus, index_dir = built
    (corpus / "late.txt").write_text("A late story: diplomats met for a summit in Geneva.", encoding="utf-8")

    def full(self: object, *args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(structfile.StructFile, "write", full)
    ix = CorpusIndex.open(config_for(corpus, index_dir))
    with pytest.raises(IndexWriteError, match="disk is full") as caught:
        ix.update()
    assert "previous index is still usable" in str(caught.value)
    monkeypatch.undo()
    again = CorpusIndex.open(config_for(corpus, index_dir))
    assert again.problem is None
    assert again.search("diplomats").total == 30
    assert again.search("Geneva").total == 0
    assert again.update().added == 1
    assert again.search("Geneva").total == 1
    again.close()
    ix.close()


def test_store_write_failure_is_reported_and_recovered(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ukr_tui.search.store import ArticleStore

    corpus, index_dir = built
    (corpus / "late.txt").write_text("A late story: diplomats met for a summit in Geneva.", encoding="utf-8")

    def full(*args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(ArticleStore, "put_article", staticmethod(full))
    ix = CorpusIndex.open(config_for(corpus, index_dir))
    with pytest.raises(IndexWriteError, match="disk is full"):
        ix.update()
    monkeypatch.undo()
    ix.close()
    assert_exactly_once(corpus, index_dir, 31)


def test_file_vanishing_between_discovery_and_reading(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ukr_tui.corpus import sources
    from ukr_tui.search import indexer

    corpus, index_dir = built
    ghost = corpus / "ghost.txt"
    ghost.write_text("Here one moment.", encoding="utf-8")
    real_discover = sources.discover

    def discover_then_delete(roots: object) -> object:
        found = real_discover(roots)  # type: ignore[arg-type]
        ghost.unlink()
        return found

    monkeypatch.setattr(indexer, "discover", discover_then_delete)
    ix = CorpusIndex.open(config_for(corpus, index_dir))
    summary = ix.update()
    assert summary.added == 0
    assert any(Path(s.path).name == "ghost.txt" for s in summary.skipped)
    ix.close()


def test_files_renamed_and_rewritten_while_indexing(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between discovery and reading, one indexed file is renamed and another rewritten: nothing is lost or
    doubled; the next run finds the renamed file under its new name and the rewritten text."""
    from ukr_tui.corpus import sources
    from ukr_tui.search import indexer

    corpus, index_dir = built
    (corpus / "story-0003.txt").write_text("Diplomats met about a grain deal, revised.", encoding="utf-8")
    real_discover = sources.discover

    def discover_then_change(roots: object) -> object:
        found = real_discover(roots)  # type: ignore[arg-type]
        (corpus / "story-0003.txt").rename(corpus / "renamed.txt")
        (corpus / "story-0004.txt").write_text("Diplomats rewrote this about a tanker.", encoding="utf-8")
        return found

    monkeypatch.setattr(indexer, "discover", discover_then_change)
    ix = CorpusIndex.open(config_for(corpus, index_dir))
    first = ix.update()
    assert any(Path(s.path).name == "story-0003.txt" for s in first.skipped)
    monkeypatch.undo()
    ix.close()
    assert_exactly_once(corpus, index_dir, 30)
    again = CorpusIndex.open(config_for(corpus, index_dir))
    assert [Path(h.path).name for h in again.search("revised").hits] == ["renamed.txt"]
    assert [Path(h.path).name for h in again.search("tanker").hits] == ["story-0004.txt"]
    again.close()
