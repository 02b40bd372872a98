"""The main screen: owns the state (query, sort, entity filter, results, open article) and the workers.

Widgets below only display what they are handed and report back with messages; everything that touches
the index runs in a thread worker and comes back through `call_from_thread`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Input
from textual.worker import get_current_worker
from ukr_tui.corpus.model import Article, Entity, Span
from ukr_tui.corpus.readers import read_raw
from ukr_tui.corpus.sanitize import display_path
from ukr_tui.search.index import CorpusIndex
from ukr_tui.search.results import SearchResults, UpdateSummary

from .. import bindings
from ..export import export
from ..messages import ChipRemoved, EntityChosen, OpenArticle, SpanChosen
from ..render import title_line
from ..widgets.article_list import ArticleList
from ..widgets.entity_sidebar import SCOPES, EntitySidebar
from ..widgets.extracts_pane import ExtractsPane
from ..widgets.reader import Reader
from ..widgets.search_bar import SearchBar, SearchInput
from ..widgets.status_line import StatusLine

NARROW = 120  # below this many columns the entity/quotes column is hidden unless asked for


def remove_filter(query: str, key: str, value: str) -> str:
    """`query` without the `key:value` (or `key:"value"`) token the chip stood for."""
    pattern = re.compile(
        rf'(?<!\S){re.escape(key)}:(?:"{re.escape(value)}"|{re.escape(value)})(?!\S)', re.IGNORECASE
    )
    return " ".join(pattern.sub(" ", query, count=1).split())


class MainScreen(Screen[None]):
    BINDINGS = bindings.MAIN

    def __init__(self, index: CorpusIndex) -> None:
        super().__init__()
        self.index = index
        self.settings = index.config.app
        self.query_text = ""
        self.sort = "relevance"
        self.entity: str | None = None
        self.results: SearchResults | None = None
        self.article: Article | None = None
        self.hits: list[Span] = []
        self.hit_index = -1
        self.scope = "article"
        self.side_choice: bool | None = None  # None: decided by the terminal width
        self.updating = False
        self.counts: dict[str, int] = {}
        self._debounce: Timer | None = None
        self.last_export: Path | None = None
        self._requested: tuple[str, str, Span | None] | None = None

    # --- layout -------------------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        yield StatusLine(id="status")
        yield SearchBar(id="search-bar")
        with Horizontal(id="panes"):
            yield ArticleList(id="articles")
            yield Reader(self.index.config.corpus, id="reader")
            with Vertical(id="side"):
                yield EntitySidebar(id="entities")
                yield ExtractsPane(self.settings.citation, id="extracts")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self._layout(self.size.width)
        self.query_one(ArticleList).focus()
        self.refresh_counts()
        self.start_update()
        self.run_search()
        if self.settings.watch_interval > 0:
            self.set_interval(self.settings.watch_interval, self._watch_corpus)

    def on_resize(self) -> None:
        self._layout(self.size.width)

    def _layout(self, width: int) -> None:
        side = self.side_choice if self.side_choice is not None else width >= NARROW
        self.set_class(not side, "-side-hidden")
        self.set_class(width < NARROW, "-narrow")
        # Three columns do not fit a narrow terminal: the side column takes the list's place.
        crowded = side and width < NARROW
        self.set_class(crowded, "-list-hidden")
        listing = self.query_one(ArticleList)
        if crowded and listing.has_focus:
            self.query_one(Reader).focus()
        # The palette's footer entry is drawn over the last keys when they overflow; below the width that
        # holds them all it is left out (ctrl+p still works, and `?` lists it).
        self.query_one(Footer).show_command_palette = width >= NARROW

    def _deliver(self, callback: Callable[..., object], *args: object, **kwargs: object) -> None:
        """Hand a worker's result to the UI thread; dropped once the app is shutting down (its widgets
        are being removed, and a late article or result list has nowhere to go)."""

        def deliver() -> None:
            if self.app.is_running and self.is_attached:
                callback(*args, **kwargs)

        self.app.call_from_thread(deliver)

    # --- index updates ------------------------------------------------------------------------------------

    def _watch_corpus(self) -> None:
        if not self.updating:
            self.start_update()

    def start_update(self, rebuild: bool = False) -> None:
        """Flag the update before its worker starts, so a search racing it knows the index is filling."""
        self.updating = True
        self.run_update(rebuild)

    @work(thread=True, exclusive=True, group="update")
    def run_update(self, rebuild: bool = False) -> None:
        worker = get_current_worker()

        def progress(done: int, total: int, message: str) -> None:
            if not worker.is_cancelled:
                self._deliver(self._progress, done, total, message)

        try:
            job = self.index.rebuild if rebuild else self.index.update
            summary = job(progress=progress, cancel=lambda: worker.is_cancelled)
        except Exception as exc:  # the app keeps working on the existing index
            self._deliver(self._update_failed, f"{type(exc).__name__}: {exc}")
            return
        if not worker.is_cancelled:
            self._deliver(self._update_done, summary, rebuild)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.query_one(StatusLine).progress(done, total, message)

    def _update_failed(self, reason: str) -> None:
        self.updating = False
        self.query_one(StatusLine).idle()
        self.notify(display_path(reason), title="Index update failed", severity="error", markup=False)

    def _update_done(self, summary: UpdateSummary, rebuild: bool) -> None:
        self.updating = False
        self.query_one(StatusLine).idle()
        if summary.changed or rebuild:
            self._requested = None  # the open article may have changed on disk
            self.refresh_counts()
            self.run_search(keep_article=True)
            if rebuild or self.counts:
                self.notify(display_path(summary), title="Index updated", markup=False)
        else:
            # Nothing left for this app to do, but another ukr-tui may have filled the index while this one
            # waited for its lock: show what is there now.
            self.refresh_counts(search_if_changed=True)

    @work(thread=True, exclusive=True, group="counts")
    def refresh_counts(self, search_if_changed: bool = False) -> None:
        counts = self.index.counts()
        self._deliver(self._show_counts, counts, search_if_changed)

    def _show_counts(self, counts: dict[str, int], search_if_changed: bool = False) -> None:
        changed = counts != self.counts
        self.counts = counts
        self._header()
        if changed and search_if_changed:
            self.run_search(keep_article=True)

    def _header(self) -> None:
        shown = len(self.results.hits) if self.results else 0
        matched = self.results.total if self.results else 0
        articles, files = self.counts.get("articles", 0), self.counts.get("files", 0)
        # Short enough for 80 columns, where "by relevance" used to be cut: files only when they differ
        # from articles (a JSON Lines feed holds many articles).
        parts = [
            f"{articles} articles" + (f" in {files} files" if files and files != articles else ""),
            f"{shown} shown" + (f" of {matched}" if matched > shown else ""),
        ]
        if self.counts.get("skipped"):
            parts.append(f"{self.counts['skipped']} skipped")
        parts.append(f"by {self.sort}")
        self.sub_title = " · ".join(parts)

    # --- searching ----------------------------------------------------------------------------------------

    @on(Input.Changed, "#search-input")
    def _typed(self, event: Input.Changed) -> None:
        self.query_text = event.value
        if self._debounce is not None:
            self._debounce.stop()
        if self.settings.search_debounce_ms <= 0:
            self.run_search()
        else:
            self._debounce = self.set_timer(self.settings.search_debounce_ms / 1000, self.run_search)

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        if self._debounce is not None:
            self._debounce.stop()
            self.run_search()
        self.query_one(ArticleList).focus()

    def run_search(self, keep_article: bool = False) -> None:
        self._search(self.query_text, self.sort, self.entity, keep_article)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str, sort: str, entity: str | None, keep_article: bool) -> None:
        worker = get_current_worker()
        results = self.index.search(query, sort=sort, limit=self.settings.max_results, entity=entity)
        if not worker.is_cancelled:
            self._deliver(self._show_results, results, keep_article)

    def _show_results(self, results: SearchResults, keep_article: bool) -> None:
        self.results = results
        chips = [(chip.key, chip.value) for chip in results.filters]
        if self.entity:
            chips.append(("entity", self.entity))
        notice = results.notice
        if not results.hits and self.updating and not self.counts.get("articles"):
            notice = "Indexing the corpus for the first time; results appear when it is done."
        elif not results.hits and not notice:
            notice = "No articles match."
        self.query_one(SearchBar).show_status(notice, chips)
        listing = self.query_one(ArticleList)
        keep = self.article.id if self.article is not None else None
        listing.show_hits(results.hits, keep)
        self._header()
        if self.scope == "results":
            self.load_entities()
        current = listing.current_id
        if current is None:
            self.article = None
            self.query_one(Reader).clear("No article to show." if not results.hits else "")
            self.query_one(ExtractsPane).show(None)
        else:  # the query may have changed, and the open article's highlights with it
            self.request_article(current)

    @on(ChipRemoved)
    def _chip_removed(self, event: ChipRemoved) -> None:
        if event.key == "entity":
            self.entity = None
            self.run_search()
            return
        box = self.query_one(SearchInput)
        box.value = remove_filter(box.value, event.key, event.value)

    @on(EntityChosen)
    def _entity_chosen(self, event: EntityChosen) -> None:
        self.entity = event.name
        self.run_search()
        if self.has_class("-list-hidden"):
            self.side_choice = False
            self._layout(self.size.width)
        self.query_one(ArticleList).focus()

    # --- the open article ---------------------------------------------------------------------------------

    @on(OpenArticle)
    def _open(self, event: OpenArticle) -> None:
        if self.article is None or event.article_id != self.article.id or event.mark is not None:
            self.request_article(event.article_id, event.mark)
        if event.focus_reader:
            self.query_one(Reader).focus()

    def request_article(self, article_id: str, mark: Span | None = None) -> None:
        """Load an article unless that same view is already loading or shown (list moves and new results
        both ask for it; loading it twice would only cancel the first worker)."""
        request = (article_id, self.query_text, mark)
        if request != self._requested:
            self._requested = request
            self.load_article(article_id, self.query_text, mark)

    @work(thread=True, exclusive=True, group="article")
    def load_article(self, article_id: str, query: str, mark: Span | None = None) -> None:
        worker = get_current_worker()
        try:
            article = self.index.article(article_id)
        except KeyError:
            return
        hits = self.index.highlights(article, query) if query.strip() else []
        title_hits = self.index.text_highlights(title_line(article), query) if query.strip() else []
        if not worker.is_cancelled:
            self._deliver(self._show_article, article, hits, mark, title_hits)

    def _show_article(
        self, article: Article, hits: list[Span], mark: Span | None, title_hits: list[Span] | None = None
    ) -> None:
        self.article = article
        self.hits = sorted(hits)
        self.hit_index = -1
        reader = self.query_one(Reader)
        reader.show(article, self.hits, mark, title_hits or [])
        self.query_one(ExtractsPane).show(article)
        if self.scope == "article":
            self.load_entities()
        if mark is not None:
            self.call_after_refresh(reader.scroll_to_offset, mark[0])

    @on(SpanChosen)
    def _span_chosen(self, event: SpanChosen) -> None:
        reader = self.query_one(Reader)
        if reader.showing_raw:
            reader.show_raw(None)
        reader.set_mark((event.start, event.end))
        reader.scroll_to_offset(event.start)

    def _jump(self, step: int) -> None:
        if not self.hits:
            self.notify("No search hits in this article.", severity="warning")
            return
        self.hit_index = (self.hit_index + step) % len(self.hits)
        reader = self.query_one(Reader)
        if reader.showing_raw:
            reader.show_raw(None)
        start, end = self.hits[self.hit_index]
        reader.set_mark((start, end))
        reader.scroll_to_offset(start)

    # --- entities -----------------------------------------------------------------------------------------

    def load_entities(self) -> None:
        ids: list[str] | None
        if self.scope == "article":
            if self.article is None:
                self.query_one(EntitySidebar).show([], self.scope)
                return
            self.query_one(EntitySidebar).show(self.article.extraction.entities, self.scope)
            return
        ids = [hit.id for hit in self.results.hits] if self.scope == "results" and self.results else None
        self._entities(ids, self.scope)

    @work(thread=True, exclusive=True, group="entities")
    def _entities(self, ids: list[str] | None, scope: str) -> None:
        entities = self.index.entities(ids)
        if not get_current_worker().is_cancelled:
            self._deliver(self._show_entities, entities, scope)

    def _show_entities(self, entities: list[Entity], scope: str) -> None:
        if scope == self.scope:
            self.query_one(EntitySidebar).show(entities, scope)

    # --- actions ------------------------------------------------------------------------------------------

    def action_focus_search(self) -> None:
        self.query_one(SearchInput).focus()

    def action_toggle_sort(self) -> None:
        self.sort = "date" if self.sort == "relevance" else "relevance"
        self.notify(f"Sorted by {self.sort}.")
        self.run_search(keep_article=True)

    def action_next_hit(self) -> None:
        self._jump(1)

    def action_previous_hit(self) -> None:
        self._jump(-1)

    def action_toggle_raw(self) -> None:
        reader = self.query_one(Reader)
        if reader.showing_raw:
            reader.show_raw(None)
            return
        if self.article is None:
            self.notify("Open an article first.", severity="warning")
            return
        try:
            raw = read_raw(Path(self.article.path), self.article.line)
        except (OSError, ValueError) as exc:
            self.notify(f"Cannot read the file: {display_path(exc)}", severity="error", markup=False)
            return
        reader.show_raw(raw)

    def action_toggle_side(self) -> None:
        shown = not self.has_class("-side-hidden")
        self.side_choice = not shown
        self._layout(self.size.width)

    def action_entity_scope(self) -> None:
        self.scope = SCOPES[(SCOPES.index(self.scope) + 1) % len(SCOPES)]
        if self.has_class("-side-hidden"):
            self.side_choice = True
            self._layout(self.size.width)
        self.load_entities()

    def action_back(self) -> None:
        reader = self.query_one(Reader)
        listing = self.query_one(ArticleList)
        if reader.showing_raw:
            reader.show_raw(None)
        elif self.focused is not listing and self.has_class("-list-hidden"):
            self.side_choice = False  # back to the list: the side column gives its place back
            self._layout(self.size.width)
            listing.focus()
        elif self.focused is not listing:
            listing.focus()
        elif self.query_text or self.entity:
            self.entity = None
            box = self.query_one(SearchInput)
            if box.value:
                box.value = ""
            else:
                self.run_search()

    # --- palette commands ---------------------------------------------------------------------------------

    def export_quotes(self, scope: str, fmt: str) -> None:
        if scope == "article" and self.article is None:
            self.notify("Open an article first.", severity="warning")
            return
        ids = (
            [self.article.id]
            if scope == "article" and self.article
            else [hit.id for hit in (self.results.hits if self.results else [])]
        )
        self._export(ids, scope, fmt)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, ids: list[str], scope: str, fmt: str) -> None:
        try:
            articles = [self.index.article(i) for i in ids]
            path = export(articles, scope, fmt, Path.cwd())
        except (OSError, KeyError) as exc:
            self._deliver(self.notify, f"Export failed: {display_path(exc)}", severity="error", markup=False)
            return
        self._deliver(self._exported, path, len(articles))

    def _exported(self, path: Path, count: int) -> None:
        self.last_export = path
        self.notify(display_path(path), title=f"Exported {count} article(s)", markup=False)
