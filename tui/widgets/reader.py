"""The reader: article header, then the cleaned body one paragraph per `Static`, styled by offsets.

One widget per paragraph lets the reader scroll to any character offset (a hit, a quote, a number) by
scrolling to its paragraph and then down by the offset's share of that paragraph's height. The raw file is
a second view toggled in place.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static
from ukr_tui.corpus.model import Article, Span

from .. import bindings
from ..render import (
    ReaderStyles,
    article_layers,
    header,
    paragraph_of,
    paragraphs,
    safe,
    styled_paragraph,
)


class Paragraph(Static):
    """One paragraph of the body."""


class Reader(VerticalScroll, can_focus=True):
    """Shows one article; never interprets its text as markup."""

    BINDINGS = bindings.READER
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reader--hit",
        "reader--quote",
        "reader--number",
        "reader--mark",
        "reader--title",
        "reader--meta",
    }

    def __init__(self, roots: Sequence[Path] = (), **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.roots = tuple(roots)
        self.article: Article | None = None
        self.hits: list[Span] = []
        self.mark: Span | None = None
        self.raw: str | None = None
        self.title_hits: list[Span] = []
        self._spans: list[Span] = []

    def compose(self) -> ComposeResult:
        yield Static(Text("Pick an article from the list.", style="italic"), id="reader-header")
        yield Static(id="reader-raw")

    def on_mount(self) -> None:
        self.query_one("#reader-raw").display = False
        self.watch(self.app, "theme", self._restyle, init=False)

    def styles_now(self) -> ReaderStyles:
        get = self.get_component_rich_style
        return ReaderStyles(
            hit=get("reader--hit"),
            quote=get("reader--quote"),
            number=get("reader--number"),
            mark=get("reader--mark"),
            title=get("reader--title"),
            meta=get("reader--meta"),
        )

    @property
    def showing_raw(self) -> bool:
        return self.raw is not None

    def show(
        self,
        article: Article,
        hits: Sequence[Span],
        mark: Span | None = None,
        title_hits: Sequence[Span] = (),
    ) -> None:
        """Replace the content with `article`; the raw view, if open, closes. `title_hits` are spans of the
        title as printed (one line)."""
        self.article = article
        self.title_hits = list(title_hits)
        self.hits = sorted(hits)
        self.mark = mark
        self.raw = None
        self._spans = paragraphs(article.body)
        self.query(Paragraph).remove()
        styles = self.styles_now()
        self.query_one("#reader-header", Static).update(header(article, self.roots, styles, self.title_hits))
        layers = article_layers(article, self.hits, mark, styles)
        self.mount_all(
            [Paragraph(styled_paragraph(article.body, span, layers)) for span in self._spans],
            before="#reader-raw",
        )
        self.query_one("#reader-raw").display = False
        self.scroll_home(animate=False)

    def clear(self, message: str = "Pick an article from the list.") -> None:
        self.article = None
        self.hits = []
        self.mark = None
        self.raw = None
        self._spans = []
        self.query(Paragraph).remove()
        self.query_one("#reader-header", Static).update(Text(message, style="italic"))
        self.query_one("#reader-raw").display = False

    def show_raw(self, raw: str | None) -> None:
        """Show `raw` (the file as safe text) instead of the body; None goes back to the body."""
        self.raw = raw
        raw_view = self.query_one("#reader-raw", Static)
        for paragraph in self.query(Paragraph):
            paragraph.display = raw is None
        raw_view.display = raw is not None
        raw_view.update(Text(safe(raw or "")))
        if self.article is not None:  # say which view this is: raw and cleaned can look alike
            head = header(self.article, self.roots, self.styles_now(), self.title_hits)
            if raw is not None:
                head.append("\n")
                head.append("raw file, as it is on disk (r: back to the cleaned text)", "bold")
            self.query_one("#reader-header", Static).update(head)
        self.scroll_home(animate=False)

    def set_mark(self, mark: Span | None) -> None:
        self.mark = mark
        self._restyle()

    def _restyle(self) -> None:
        if self.article is None:
            return
        styles = self.styles_now()
        self.query_one("#reader-header", Static).update(header(self.article, self.roots, styles))
        layers = article_layers(self.article, self.hits, self.mark, styles)
        for widget, span in zip(self.query(Paragraph), self._spans, strict=False):
            widget.update(styled_paragraph(self.article.body, span, layers))

    def scroll_to_offset(self, offset: int) -> None:
        """Bring the line holding character `offset` into view, a few lines from the top."""
        if not self._spans or self.showing_raw:
            return
        index = paragraph_of(self._spans, offset)
        widgets = list(self.query(Paragraph))
        if index >= len(widgets):
            return
        widget = widgets[index]
        start, end = self._spans[index]
        share = min(max(offset - start, 0) / max(end - start, 1), 1.0)
        within = int(share * max(widget.outer_size.height - 1, 0))
        top = widget.virtual_region.y + within - 2
        self.scroll_to(y=max(top, 0), animate=False)

    def action_scroll_down(self) -> None:
        self.scroll_relative(y=1, animate=False)

    def action_scroll_up(self) -> None:
        self.scroll_relative(y=-1, animate=False)
