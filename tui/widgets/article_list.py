"""The result list, one row per article: the title (up to two lines), then date · source; hits on the right.

Stacked lines keep titles readable in a narrow column, where four side-by-side columns would cut them to a
few letters. Vim keys on top of `DataTable`, which keeps the cursor row scrolled into view.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from pathlib import Path

from rich.text import Text
from textual.widgets import DataTable
from ukr_tui.corpus.sanitize import display_path
from ukr_tui.search.results import Hit

from .. import bindings
from ..messages import OpenArticle
from ..render import one_line

HITS_WIDTH = 4
FIRST_ROWS = 60  # rows drawn at once; the rest follow in chunks so typing never waits on 500 rows
CHUNK_ROWS = 150


TITLE_LINES = 2


def title_lines(title: str, width: int) -> list[str]:
    """The title wrapped to at most two lines of `width`, the second cut with an ellipsis if needed."""
    lines = textwrap.wrap(title, width, break_long_words=True) or [""]
    if len(lines) > TITLE_LINES:
        last = " ".join(lines[TITLE_LINES - 1 :])
        lines = [*lines[: TITLE_LINES - 1], last[: max(width - 1, 1)] + "…"]
    return lines


def row_cells(hit: Hit, width: int) -> tuple[Text, Text]:
    cell = Text()
    # An untitled article is named by its file, which tells rows apart where "(untitled)" would not.
    where = display_path(Path(hit.path).name) + (f":{hit.line}" if hit.line else "")
    title, style = (one_line(hit.title), "bold") if one_line(hit.title) else (where, "bold italic")
    for line in title_lines(title, width):
        cell.append(line, style=style)
        cell.append("\n")
    meta = f"{hit.date.isoformat() if hit.date else 'undated'} · {one_line(hit.source, 'unknown source')}"
    cell.append(meta if len(meta) <= width else meta[: max(width - 1, 1)] + "…", style="dim")
    count = hit.hit_count if hit.hit_count is not None else len(hit.matches)
    hits = Text(str(count) if count else "", justify="right")
    return cell, hits


class ArticleList(DataTable[Text]):
    BINDINGS = bindings.NAVIGATION

    def __init__(self, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)  # type: ignore[arg-type]
        self.hits: list[Hit] = []
        self._width = -1
        self._added = 0
        self._generation = 0

    def on_mount(self) -> None:
        self._columns()

    def _title_width(self) -> int:
        # the hits column, two cells' padding and the vertical scrollbar
        return max(self.scrollable_content_region.width - HITS_WIDTH - 4 - 1, 10)

    def _columns(self) -> None:
        self.clear(columns=True)
        self._width = self.size.width
        self.add_column("Article", width=self._title_width(), key="article")
        self.add_column("Hits", width=HITS_WIDTH, key="hits")

    def on_resize(self) -> None:
        if self.size.width != self._width:
            self.show_hits(self.hits, self.current_id)

    @property
    def current_id(self) -> str | None:
        row = self.cursor_row
        return self.hits[row].id if self.row_count and 0 <= row < len(self.hits) else None

    def show_hits(self, hits: Sequence[Hit], keep: str | None = None) -> None:
        """Replace the rows; the cursor stays on `keep` when it is still listed."""
        self.hits = list(hits)
        self._generation += 1
        self._added = 0
        self._columns()
        wanted = next((i for i, hit in enumerate(self.hits) if hit.id == keep), None)
        self._add_rows(max(FIRST_ROWS, (wanted or 0) + 1))
        if wanted is not None:
            self.move_cursor(row=wanted, animate=False)
        if self._added < len(self.hits):
            self.call_later(self._add_more, self._generation)

    def _add_rows(self, upto: int) -> None:
        width = self._title_width()
        for hit in self.hits[self._added : upto]:
            cells = row_cells(hit, width)
            self.add_row(*cells, key=hit.id, height=len(cells[0].plain.splitlines()))
        self._added = min(max(upto, self._added), len(self.hits))

    def _add_more(self, generation: int) -> None:
        if generation != self._generation:  # newer results replaced these
            return
        self._add_rows(self._added + CHUNK_ROWS)
        if self._added < len(self.hits):
            self.call_later(self._add_more, generation)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        # Refilled rows first highlight the top row, then the kept one: by the time the first message
        # arrives the cursor has moved on, and opening the top row would replace what the user reads.
        if event.cursor_row != self.cursor_row:
            return
        if event.row_key.value is not None:
            self.post_message(OpenArticle(event.row_key.value))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(OpenArticle(event.row_key.value, focus_reader=True))

    def action_first(self) -> None:
        if self.row_count:
            self.move_cursor(row=0)

    def action_last(self) -> None:
        self._add_rows(len(self.hits))
        if self.row_count:
            self.move_cursor(row=self.row_count - 1)
