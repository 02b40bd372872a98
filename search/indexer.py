"""The incremental update: compare the corpus with the store, re-index only what changed.

Order of writes, which is what makes a kill at any moment harmless:
1. Whoosh is written and committed first, with `update_document` keyed on the article id;
2. then the store, in one SQLite transaction per chunk, records the articles and the file states.
Killed after 1 and before 2, the store does not know the files were done, so the next run indexes them again
and `update_document` replaces rather than duplicates. Killed during 1, Whoosh's table of contents still
names the previous commit. A file's state is recorded only with its last article, so a file is either done
or redone. Counts that disagree on open are reconciled article by article from the store.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import hashlib
import itertools
import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ukr_tui.corpus.cleaning import LineStats, article_id, document_hash
from ukr_tui.corpus.model import Article, Skipped
from ukr_tui.corpus.readers import RawDocument, os_reason, read_file
from ukr_tui.corpus.sanitize import display_path
from ukr_tui.corpus.sources import SourceFile, discover
from whoosh.index import FileIndex, LockError
from whoosh.writing import IndexWriter

from . import children
from . import folder as fs
from .documents import Extractor, whoosh_fields
from .folder import IndexProblem, IndexWriteError
from .locking import WAITING_MESSAGE, UpdateLock
from .prepare import PreparedStream
from .results import UpdateSummary
from .store import ArticleStore, FileState

if TYPE_CHECKING:
    from .index import Cancel, CorpusIndex, Progress

# Articles per commit: what a kill can lose, traded against Whoosh segments (each commit adds some).
CHUNK_ARTICLES = 4000
# From this many articles on, Whoosh analyses in worker processes (measured: about twice as fast on 2 cores;
# below it the process start-up costs more than it saves).
PARALLEL_FROM = 1500
STALE_LOCK_ATTEMPTS = 6  # half-second tries before a Whoosh write lock is taken to be leaked
WRITER_LIMIT_MB = 256
REPORT_EVERY_S = 0.1  # progress callbacks at most this often: a terminal redraw per article would cost more


children.install()


class CorpusMissing(IndexProblem):
    """A corpus folder is gone: updating would delete every article it held, so nothing is done."""


@dataclass(slots=True)
class _FileJob:
    source: SourceFile
    hash: str
    docs: list[RawDocument] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)

    @property
    def path(self) -> str:
        return str(self.source.path)


def hash_file(path: Path) -> str:
    digest = hashlib.blake2b(digest_size=20)
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


class Updater:
    def __init__(self, index: CorpusIndex, progress: Progress | None, cancel: Cancel | None) -> None:
        self.index = index
        self.store: ArticleStore = index.store
        self.progress = progress
        self.cancel = cancel
        self.summary = UpdateSummary()
        self._last_report = 0.0

    def report(self, done: int, total: int, message: str, force: bool = False) -> None:
        if self.progress is None:
            return
        now = time.monotonic()
        if force or now - self._last_report >= REPORT_EVERY_S:
            self._last_report = now
            self.progress(done, total, message)

    def cancelled(self) -> bool:
        return self.cancel is not None and self.cancel()

    # --- the run ------------------------------------------------------------------------------------------

    def run(self) -> UpdateSummary:
        started = time.perf_counter()
        index = self.index
        for root in index.config.corpus:
            if not Path(root).exists():
                raise CorpusMissing(f"corpus folder {root} does not exist; nothing was changed")
        on_wait = (lambda message: self.report(0, 0, message, force=True)) if self.progress else None
        with UpdateLock(index.folder / fs.LOCK_FILE, on_wait=on_wait, cancel=self.cancel):
            try:
                self._repair_if_needed()
                if not self.cancelled():
                    self._update()
            except OSError as exc:
                raise _write_error(index.folder, exc) from exc
            except sqlite3.OperationalError as exc:
                raise IndexWriteError(
                    f"cannot write the article store in {index.folder}: {exc}; "
                    "the previous index is still usable"
                ) from exc
        self.summary.seconds = time.perf_counter() - started
        return self.summary

    def _repair_if_needed(self) -> None:
        """Under the lock, look again (another process may have fixed it) and repair what is broken."""
        index = self.index
        problem = index.check()
        if problem is None:
            index.problem = None
            return
        if problem.startswith("index holds"):
            self._reconcile()
        else:
            self._rebuild_from_store(problem)
        index.problem = None

    def _rebuild_from_store(self, problem: str) -> None:
        """The store is whole: re-create the Whoosh index from it without reading or extracting again."""
        self.summary.repaired = problem
        ix = self.index.reset_whoosh()
        total = self.store.count()
        writer = self._writer(ix, total)
        try:
            for done, article in enumerate(self.store.iter_articles(), 1):
                writer.add_document(**whoosh_fields(article))
                self.report(done, total, f"repairing the index ({problem})")
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
        fs.write_manifest(self.index.whoosh_dir, ix.latest_generation())

    def _reconcile(self) -> None:
        """Counts differ: drop what the store does not know, add what Whoosh lacks."""
        ix = self.index.whoosh()
        with ix.reader() as reader:
            paths = {fields["id"]: fields.get("path") for _, fields in reader.iter_docs()}
        indexed = set(paths)
        stored = self.store.ids()
        extra, missing = indexed - stored, stored - indexed
        if not extra and not missing:
            return
        # The files of articles only Whoosh knows are forgotten by the store, so this update reads them again.
        with self.store.transaction() as con:
            for path in {paths[i] for i in extra if paths[i]}:
                con.execute("DELETE FROM files WHERE path=?", (path,))
        self.summary.repaired = f"{len(extra)} stray and {len(missing)} missing articles in the index"
        writer = self._writer(ix, len(missing))
        try:
            for article_id in extra:
                writer.delete_by_term("id", article_id)
            for article in self.store.iter_articles(sorted(missing)):
                writer.update_document(**whoosh_fields(article))
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
        fs.write_manifest(self.index.whoosh_dir, ix.latest_generation())

    # --- the incremental update ---------------------------------------------------------------------------

    def _update(self) -> None:
        index, store, summary = self.index, self.store, self.summary
        self.report(0, 0, "looking for new and changed files", force=True)
        files, discover_skips = discover(index.config.corpus)
        states = store.file_states()
        seen: set[str] = set()
        jobs: list[_FileJob] = []
        touched: list[tuple[str, FileState]] = []
        for source in files:
            path = str(source.path)
            seen.add(path)
            known = states.get(path)
            if known is not None and known.size == source.size and known.mtime_ns == source.mtime_ns:
                summary.files_unchanged += 1
                continue
            try:
                digest = hash_file(source.path)
            except OSError as exc:
                discover_skips.append(Skipped(path, os_reason(exc)))
                continue
            if known is not None and known.hash == digest:
                summary.files_unchanged += 1
                touched.append((path, FileState(source.size, source.mtime_ns, digest)))
                continue
            jobs.append(_FileJob(source, digest))
        deleted = sorted(p for p in states if p not in seen)
        if not jobs and not deleted:
            if touched or discover_skips or store.get_meta("discover_skips") is None:
                with store.transaction() as con:
                    for path, state in touched:
                        store.set_file(con, path, state)
                    store.set_skipped(con, discover_skips, "discover", None)
                    store.set_meta(con, "discover_skips", str(len(discover_skips)))
            summary.unchanged = store.count()
            summary.skipped = store.skipped()
            return
        self._index_jobs(jobs, deleted, touched, discover_skips)

    def _index_jobs(
        self,
        jobs: list[_FileJob],
        deleted: list[str],
        touched: list[tuple[str, FileState]],
        discover_skips: list[Skipped],
    ) -> None:
        index, store, summary = self.index, self.store, self.summary
        stats_json = store.get_meta("line_stats")
        stats = LineStats.from_json(stats_json) if stats_json else LineStats()
        known = store.file_states()
        changed_paths = [job.path for job in jobs if job.path in known]
        for keys in store.line_keys_of_paths(deleted + changed_paths):
            stats.remove(keys)
        total_files = len(jobs)
        for number, job in enumerate(jobs, 1):
            self.report(
                number, total_files, f"reading {display_path(job.source.path.name)}", force=number == 1
            )
            job.docs, job.skipped = read_file(job.source.path)
            job.ids = {article_id(doc.path, doc.line) for doc in job.docs}
            summary.files_read += 1
            if self.cancelled():
                summary.cancelled = True
                return
        doc_keys: dict[tuple[str, int | None], list[str]] = {}
        for job in jobs:
            for doc in job.docs:
                doc_keys[(doc.path, doc.line)] = stats.add_text(doc.text)
        self._leave_unchanged_articles(jobs, changed_paths)
        ix = index.whoosh() if fs.has_toc(index.whoosh_dir) else index.reset_whoosh()
        with ix.reader() as reader:
            cold = reader.doc_count_all() == 0
        extractor = Extractor(index.config.aliases, index.fingerprint)
        stream = PreparedStream(
            [doc for job in jobs for doc in job.docs],
            index.config.cleaning,
            stats,
            index.config.aliases,
            index.fingerprint,
            store.path,
        )
        try:
            self._write_chunks(
                jobs, deleted, touched, discover_skips, stats, doc_keys, stream, extractor, ix, cold
            )
        finally:
            stream.close()

    def _leave_unchanged_articles(self, jobs: list[_FileJob], changed_paths: list[str]) -> None:
        """Drop, from changed files, the articles that are exactly as stored: one edited line of a JSON Lines
        file of 20,000 articles re-indexes that article, not the file (Reuters, 1% of lines changed: 38.7 s).
        Their ids stay in the job, so they are not taken for deleted; their line counts were added back to
        the corpus statistics above, as the store still holds them."""
        stored = self.store.content_hashes(changed_paths)
        if not stored:
            return
        for job in jobs:
            kept = [d for d in job.docs if stored.get(article_id(d.path, d.line)) != document_hash(d)]
            job.docs = kept

    def _write_chunks(
        self,
        jobs: list[_FileJob],
        deleted: list[str],
        touched: list[tuple[str, FileState]],
        discover_skips: list[Skipped],
        stats: LineStats,
        doc_keys: dict[tuple[str, int | None], list[str]],
        stream: PreparedStream,
        extractor: Extractor,
        ix: FileIndex,
        cold: bool,
    ) -> None:
        index, store, summary = self.index, self.store, self.summary
        total = sum(len(job.docs) for job in jobs)
        before = store.ids()
        prepared = iter(stream)
        done = 0
        pending_deletes = deleted
        # Chunks end at file boundaries where possible; a big JSON Lines file is split, its state saved last.
        job_iter = iter(jobs)
        current: _FileJob | None = next(job_iter, None)
        position = 0
        while current is not None or pending_deletes:
            chunk: list[tuple[Article, list[str], bool]] = []
            finished: list[_FileJob] = []
            writer = self._writer(ix, min(total - done, CHUNK_ARTICLES))
            try:
                for path in pending_deletes:
                    writer.delete_by_term("path", path)
                while current is not None and len(chunk) < CHUNK_ARTICLES:
                    docs = current.docs
                    while position < len(docs) and len(chunk) < CHUNK_ARTICLES:
                        doc = docs[position]
                        position += 1
                        ready = next(prepared)
                        article, fresh = ready.article, ready.fresh
                        fields = whoosh_fields(article)
                        if cold:
                            writer.add_document(**fields)
                        else:
                            writer.update_document(**fields)
                        chunk.append((article, doc_keys.get((doc.path, doc.line), []), fresh))
                        done += 1
                        self.report(done, total, f"indexing {display_path(current.source.path.name)}")
                        if self.cancelled():
                            raise _Cancelled
                    if position >= len(docs):
                        finished.append(current)
                        current = next(job_iter, None)
                        position = 0
                if not cold:
                    for job in finished:
                        for stale in store.ids_of_path(job.path) - job.ids:
                            writer.delete_by_term("id", stale)
                writer.commit()
            except _Cancelled:
                _abandon(writer)
                summary.cancelled = True
                break
            except BaseException:
                _abandon(writer)
                raise
            fs.write_manifest(index.whoosh_dir, ix.latest_generation())
            last = current is None
            with store.transaction() as con:
                for path in pending_deletes:
                    summary.removed += len(store.delete_file(con, path))
                for article, keys, fresh in chunk:
                    store.put_article(con, article, keys)
                    if fresh:
                        store.cache_extraction(
                            con, extractor.key(article.body, article.credits), article.extraction
                        )
                    if article.id in before:
                        summary.updated += 1
                    else:
                        summary.added += 1
                for job in finished:
                    path = job.path
                    stale = store.ids_of_path(path) - job.ids
                    store.delete_articles(con, stale)
                    summary.removed += len(stale)
                    store.set_file(con, path, FileState(job.source.size, job.source.mtime_ns, job.hash))
                    store.set_skipped(con, job.skipped, "read", path)
                if last:
                    for path, state in touched:
                        store.set_file(con, path, state)
                    store.set_skipped(con, discover_skips, "discover", None)
                    store.set_meta(con, "discover_skips", str(len(discover_skips)))
                    store.set_meta(con, "line_stats", stats.to_json())
                    generation = int(store.get_meta("generation") or 0) + 1
                    store.set_meta(con, "generation", str(generation))
            pending_deletes = []
        self.report(done, total, "indexed", force=True)
        summary.unchanged = max(0, store.count() - summary.added - summary.updated)
        summary.skipped = store.skipped()

    def _writer(self, ix: object, articles: int) -> IndexWriter:
        """A Whoosh writer, parallel for big batches, waiting out a foreign holder of Whoosh's own lock."""
        procs = min(2, os.cpu_count() or 1) if articles >= PARALLEL_FROM else 1
        kwargs: dict[str, object] = {"limitmb": WRITER_LIMIT_MB}
        if procs > 1:
            kwargs.update(procs=procs, multisegment=True)
        for attempt in itertools.count():
            try:
                return ix.writer(**kwargs)  # type: ignore[attr-defined]
            except LockError:
                self.report(0, 0, WAITING_MESSAGE, force=True)
                if self.cancelled():
                    raise IndexProblem("cancelled while waiting for the index lock") from None
                if attempt == STALE_LOCK_ATTEMPTS:
                    # We hold ukr-tui's own update lock, so no other ukr-tui is writing: a Whoosh write lock
                    # still held is a leaked one (a writer that failed half-way, e.g. on a full disk, kept
                    # alive by a traceback). Free what garbage collection can, then start a fresh lock file.
                    gc.collect()
                    with contextlib.suppress(OSError):
                        (self.index.whoosh_dir / f"{fs.INDEX_NAME}_WRITELOCK").unlink()
                time.sleep(0.5)
        raise AssertionError("unreachable")


class _Cancelled(Exception):
    pass


def _abandon(writer: IndexWriter) -> None:
    """Cancel a writer and always free Whoosh's write lock, even when cancelling fails (a full disk): a
    writer kept alive by a stored traceback would otherwise hold the lock and the next update wait forever."""
    with contextlib.suppress(Exception):
        writer.cancel()
    lock = getattr(writer, "writelock", None)
    if lock is not None:
        with contextlib.suppress(Exception):
            lock.release()


def _write_error(folder: Path, exc: OSError) -> IndexWriteError:
    if exc.errno == errno.ENOSPC:
        what = "the disk is full"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        what = "no permission to write there"
    else:
        what = exc.strerror or str(exc)
    return IndexWriteError(f"cannot write the index in {folder}: {what}; the previous index is still usable")
