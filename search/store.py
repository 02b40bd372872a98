"""The SQLite sidecar: every article's metadata, cleaned body and extraction, and what each file looked like.

The store is the source of truth and Whoosh is derived from it: a damaged Whoosh index is rebuilt from the
store without re-reading the corpus. Each thread gets its own connection (SQLite connections must not be
shared across threads), and WAL journaling lets the app read while an update writes.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ukr_tui.corpus.model import Article, Entity, Extraction, Skipped

STORE_VERSION = 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, path TEXT NOT NULL, line INTEGER, title TEXT, date TEXT, source TEXT,
    author TEXT, url TEXT, content_hash TEXT NOT NULL, body TEXT NOT NULL, extraction TEXT NOT NULL,
    line_keys TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS articles_path ON articles(path);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
CREATE TABLE IF NOT EXISTS entities (
    article_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, mentions INTEGER NOT NULL,
    aliases TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article_id);
CREATE TABLE IF NOT EXISTS extraction_cache (key TEXT PRIMARY KEY, extraction TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS skipped (
    path TEXT NOT NULL, line INTEGER, reason TEXT NOT NULL, origin TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS skipped_path ON skipped(path);
"""

_HIT_COLUMNS = "id, path, line, title, date, source, author"


@dataclass(frozen=True, slots=True)
class FileState:
    size: int
    mtime_ns: int
    hash: str


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """The metadata of one article without its body: what result lists need."""

    id: str
    path: str
    line: int | None
    title: str | None
    date: dt.date | None
    source: str | None
    author: str | None


class StoreError(Exception):
    """The store file exists but is not a readable ukr-tui store."""


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _row(r: tuple[Any, ...]) -> ArticleRow:
    return ArticleRow(r[0], r[1], r[2], r[3], _date(r[4]), r[5], r[6])


_ARTICLE_COLUMNS = "id, path, line, title, date, source, author, url, content_hash, body, extraction"


def _article(row: tuple[Any, ...]) -> Article:
    return Article(
        id=row[0],
        path=row[1],
        line=row[2],
        title=row[3],
        date=_date(row[4]),
        source=row[5],
        author=row[6],
        url=row[7],
        content_hash=row[8],
        body=row[9],
        extraction=Extraction.from_dict(json.loads(row[10])),
    )


class ArticleStore:
    """A store file; safe to use from several threads (one connection per thread)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        try:
            version = self.con.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                with self.transaction() as con:
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            con.execute(statement)
                    con.execute(f"PRAGMA user_version={STORE_VERSION}")
            elif version != STORE_VERSION:
                raise StoreError(f"{path}: store version {version}, expected {STORE_VERSION}")
        except sqlite3.DatabaseError as exc:
            self.close()
            raise StoreError(f"{path}: {exc}") from exc
        except StoreError:
            self.close()
            raise

    # --- connections --------------------------------------------------------------------------------------

    @property
    def con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA synchronous=NORMAL")
            self._local.con = con
            with self._lock:
                self._all.append(con)
        return con

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        con = self.con
        con.execute("BEGIN IMMEDIATE")
        try:
            yield con
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            for con in self._all:
                with suppress(sqlite3.Error):
                    con.close()
            self._all.clear()
        self._local = threading.local()

    # --- meta ---------------------------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    @staticmethod
    def set_meta(con: sqlite3.Connection, key: str, value: str) -> None:
        con.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    # --- files --------------------------------------------------------------------------------------------

    def file_states(self) -> dict[str, FileState]:
        rows = self.con.execute("SELECT path, size, mtime_ns, hash FROM files")
        return {p: FileState(s, m, h) for p, s, m, h in rows}

    @staticmethod
    def set_file(con: sqlite3.Connection, path: str, state: FileState) -> None:
        con.execute(
            "INSERT OR REPLACE INTO files(path, size, mtime_ns, hash) VALUES (?, ?, ?, ?)",
            (path, state.size, state.mtime_ns, state.hash),
        )

    @staticmethod
    def delete_file(con: sqlite3.Connection, path: str) -> list[str]:
        """Forget a file and its articles; returns the ids removed."""
        ids = [r[0] for r in con.execute("SELECT id FROM articles WHERE path=?", (path,))]
        con.execute("DELETE FROM files WHERE path=?", (path,))
        con.execute("DELETE FROM articles WHERE path=?", (path,))
        con.executemany("DELETE FROM entities WHERE article_id=?", [(i,) for i in ids])
        con.execute("DELETE FROM skipped WHERE path=? AND origin='read'", (path,))
        return ids

    def ids_of_path(self, path: str) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT id FROM articles WHERE path=?", (path,))}

    def line_keys_of_paths(self, paths: list[str]) -> list[list[str]]:
        """The line keys each stored article of `paths` added to the corpus line statistics."""
        out: list[list[str]] = []
        for path in paths:
            for (keys,) in self.con.execute("SELECT line_keys FROM articles WHERE path=?", (path,)):
                out.append(keys.split())
        return out

    # --- articles -----------------------------------------------------------------------------------------

    @staticmethod
    def put_article(con: sqlite3.Connection, article: Article, line_keys: list[str]) -> None:
        extraction = json.dumps(article.extraction.to_dict(), ensure_ascii=False, separators=(",", ":"))
        con.execute(
            "INSERT OR REPLACE INTO articles(id, path, line, title, date, source, author, url, content_hash,"
            " body, extraction, line_keys) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.path,
                article.line,
                article.title,
                article.date.isoformat() if article.date else None,
                article.source,
                article.author,
                article.url,
                article.content_hash,
                article.body,
                extraction,
                " ".join(line_keys),
            ),
        )
        con.execute("DELETE FROM entities WHERE article_id=?", (article.id,))
        con.executemany(
            "INSERT INTO entities(article_id, name, type, mentions, aliases) VALUES (?, ?, ?, ?, ?)",
            [
                (article.id, e.name, e.type, e.mentions, json.dumps(list(e.aliases), ensure_ascii=False))
                for e in article.extraction.entities
            ],
        )

    @staticmethod
    def delete_articles(con: sqlite3.Connection, ids: Iterable[str]) -> None:
        pairs = [(i,) for i in ids]
        con.executemany("DELETE FROM articles WHERE id=?", pairs)
        con.executemany("DELETE FROM entities WHERE article_id=?", pairs)

    def article(self, article_id: str) -> Article | None:
        row = self.con.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id=?", (article_id,)
        ).fetchone()
        return None if row is None else _article(row)

    def iter_articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """Every article (or those of `ids`) with body and extraction, for rebuilding the Whoosh index."""
        if ids is not None:
            for article_id in ids:
                article = self.article(article_id)
                if article is not None:
                    yield article
            return
        cursor = self.con.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY id")
        while rows := cursor.fetchmany(500):
            yield from (_article(r) for r in rows)

    def rows(self, ids: list[str]) -> dict[str, ArticleRow]:
        out: dict[str, ArticleRow] = {}
        for r in self._select_in(f"SELECT {_HIT_COLUMNS} FROM articles WHERE id IN ({{}})", ids):
            out[r[0]] = _row(r)
        return out

    def _select_in(self, sql: str, keys: list[str]) -> Iterator[tuple]:
        """Rows of `sql` (with one `IN ({})`) for every key, 500 at a time: SQLite caps bound variables."""
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            yield from self.con.execute(sql.format(",".join("?" * len(chunk))), chunk)

    def content_hashes(self, paths: list[str]) -> dict[str, str]:
        """Article id -> the hash of what it was made from, for the articles of `paths`."""
        sql = "SELECT id, content_hash FROM articles WHERE path IN ({})"
        return dict(self._select_in(sql, paths))

    def bodies(self, ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for i, body in self._select_in("SELECT id, body FROM articles WHERE id IN ({})", ids):
            out[i] = body
        return out

    def all_rows(self, lead_chars: int = 200) -> list[tuple[ArticleRow, str]]:
        """Every article with the start of its body, newest first, undated last."""
        rows = self.con.execute(
            f"SELECT {_HIT_COLUMNS}, substr(body, 1, ?) FROM articles"
            " ORDER BY date IS NULL, date DESC, path, line",
            (lead_chars,),
        )
        return [(_row(r), r[7]) for r in rows]

    def ids(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT id FROM articles")}

    def count(self) -> int:
        return self.con.execute("SELECT count(*) FROM articles").fetchone()[0]

    def undated_count(self) -> int:
        return self.con.execute("SELECT count(*) FROM articles WHERE date IS NULL").fetchone()[0]

    def counts(self) -> dict[str, int]:
        con = self.con
        return {
            "articles": con.execute("SELECT count(*) FROM articles").fetchone()[0],
            "files": con.execute("SELECT count(*) FROM files").fetchone()[0],
            "skipped": con.execute("SELECT count(*) FROM skipped").fetchone()[0],
            "dated": con.execute("SELECT count(*) FROM articles WHERE date IS NOT NULL").fetchone()[0],
            "entities": con.execute("SELECT count(DISTINCT name) FROM entities").fetchone()[0],
        }

    # --- entities -----------------------------------------------------------------------------------------

    def entities(self, ids: Iterable[str] | None = None) -> list[Entity]:
        """Entities summed over the corpus or over `ids`, most mentioned first."""
        con = self.con
        if ids is None:
            rows = con.execute("SELECT name, type, mentions, aliases FROM entities")
        else:
            con.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (id TEXT PRIMARY KEY)")
            con.execute("DELETE FROM wanted")
            con.executemany("INSERT OR IGNORE INTO wanted(id) VALUES (?)", [(i,) for i in ids])
            rows = con.execute(
                "SELECT name, type, mentions, aliases FROM entities JOIN wanted ON wanted.id = article_id"
            )
        merged: dict[str, tuple[str, int, dict[str, None]]] = {}
        for name, etype, mentions, aliases in rows:
            known = merged.get(name)
            seen = known[2] if known else {}
            for alias in json.loads(aliases):
                seen[alias] = None
            merged[name] = (known[0] if known else etype, (known[1] if known else 0) + mentions, seen)
        out = [Entity(name, etype, m, tuple(a)) for name, (etype, m, a) in merged.items()]  # type: ignore[arg-type]
        out.sort(key=lambda e: (-e.mentions, e.name))
        return out

    # --- extraction cache ---------------------------------------------------------------------------------

    def cached_extractions(self, keys: list[str]) -> dict[str, Extraction]:
        out: dict[str, Extraction] = {}
        sql = "SELECT key, extraction FROM extraction_cache WHERE key IN ({})"
        for key, data in self._select_in(sql, keys):
            out[key] = Extraction.from_dict(json.loads(data))
        return out

    @staticmethod
    def cache_extraction(con: sqlite3.Connection, key: str, extraction: Extraction) -> None:
        data = json.dumps(extraction.to_dict(), ensure_ascii=False, separators=(",", ":"))
        con.execute("INSERT OR REPLACE INTO extraction_cache(key, extraction) VALUES (?, ?)", (key, data))

    # --- skipped ------------------------------------------------------------------------------------------

    @staticmethod
    def set_skipped(con: sqlite3.Connection, items: Iterable[Skipped], origin: str, path: str | None) -> None:
        """Replace the skipped entries of one origin ('discover' for all, 'read' for one file's)."""
        if path is None:
            con.execute("DELETE FROM skipped WHERE origin=?", (origin,))
        else:
            con.execute("DELETE FROM skipped WHERE origin=? AND path=?", (origin, path))
        con.executemany(
            "INSERT INTO skipped(path, line, reason, origin) VALUES (?, ?, ?, ?)",
            [(s.path, s.line, s.reason, origin) for s in items],
        )

    def skipped(self) -> list[Skipped]:
        rows = self.con.execute("SELECT path, line, reason FROM skipped ORDER BY path, line")
        return [Skipped(p, r, line) for p, line, r in rows]
