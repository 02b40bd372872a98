"""The plain SQLite FTS5 baseline ukr-tui is compared against, on the same articles in the same run.

Only what a minimal FTS5 search tool would do: read the files with ukr-tui's own readers (so both sides see
the same text), insert into an FTS5 table, query with bm25 ordering and snippet(), highlight the opened
article with highlight(). No cleaning and no extraction: it is the floor, not a rival product.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from ukr_tui.corpus.readers import read_file
from ukr_tui.corpus.sources import discover

_FILTER = re.compile(r"\b(after|before|on|source):(\"[^\"]*\"|\S+)")


def iter_documents(roots: Iterable[Path]) -> Iterable[tuple[str, str, str, str]]:
    """(doc key, title, date, body) for every article the readers find."""
    files, _ = discover(list(roots))
    for source in files:
        docs, _ = read_file(source.path)
        for doc in docs:
            key = f"{doc.path}#{doc.line or 0}"
            title = doc.meta.get("title") or doc.text.strip().split("\n", 1)[0][:200]
            yield key, title, str(doc.meta.get("date") or ""), doc.text


def build(db_path: Path, roots: Iterable[Path]) -> int:
    """Cold build; returns the number of articles."""
    db_path.unlink(missing_ok=True)
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, date TEXT, source TEXT)")
    con.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(key UNINDEXED, title, body, tokenize='porter unicode61')"
    )
    n = 0
    with con:
        for key, title, date, body in iter_documents(roots):
            con.execute("INSERT INTO docs(key, title, body) VALUES (?, ?, ?)", (key, title, body))
            con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?, ?)", (key, date, ""))
            n += 1
    con.close()
    return n


def to_fts(query: str) -> tuple[str, str | None, str | None]:
    """Whoosh-style query to an FTS5 MATCH expression plus date limits (FTS5 has no date fields)."""
    after = before = None
    for kind, value in _FILTER.findall(query):
        value = value.strip('"')
        if kind == "after":
            after = value
        elif kind == "before":
            before = value
    text = _FILTER.sub(" ", query).strip()
    text = text.replace(" AND ", " ").replace("NOT ", "NOT ")
    return text or '""', after, before


class Searcher:
    def __init__(self, db_path: Path) -> None:
        self.con = sqlite3.connect(db_path)

    def search(self, query: str, limit: int = 50) -> list[tuple[str, str, int]]:
        """Search, fetch the first page with snippets, and highlight the first hit's body."""
        match, after, before = to_fts(query)
        sql = (
            "SELECT docs.key, snippet(docs, 2, '[', ']', '…', 12), docs.rowid FROM docs "
            "JOIN meta ON meta.key = docs.key "
            "WHERE docs MATCH ?"
        )
        args: list[str] = [match]
        if after:
            sql += " AND meta.date >= ?"
            args.append(after)
        if before:
            sql += " AND meta.date < ?"
            args.append(before)
        sql += " ORDER BY bm25(docs) LIMIT ?"
        try:
            rows = self.con.execute(sql, [*args, limit]).fetchall()
        except sqlite3.OperationalError:
            return []
        if rows:
            self.con.execute(
                "SELECT highlight(docs, 2, '[', ']') FROM docs WHERE docs MATCH ? AND rowid = ?",
                (match, rows[0][2]),
            ).fetchall()
        return rows
