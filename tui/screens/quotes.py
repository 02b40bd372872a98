"""Every quote of the corpus by speaker; statements reported by several outlets are marked.

Enter dismisses the screen with (article id, quote span), and the main screen opens that article with the
quote marked. Typing in the box narrows the list (speaker, words of the quote, title, source); `c` and `y`
copy as in the main screen. A corpus holds thousands of quotes (7,206 on the BBC bench): the list shows the
first matches and says how many there are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Footer, Input, Label, LoadingIndicator, OptionList
from textual.widgets.option_list import Option
from textual.worker import get_current_worker
from ukr_tui.corpus.model import Span
from ukr_tui.search.index import CorpusIndex

from .. import bindings
from ..citation import format_citation
from ..messages import CopyToClipboard
from ..render import one_line
from ..widgets.extracts_pane import separated
from ..widgets.nav_option_list import NavOptionList


@dataclass(frozen=True, slots=True)
class QuoteRow:
    article_id: str
    span: Span
    speaker: str
    text: str
    source: str
    date: str
    outlets: int  # articles that report this statement (1 when it is not grouped)
    named: bool = True  # a named speaker, not "an official" or nobody
    title: str = ""
    index: int = 0  # the quote's place in its article's extraction

    def matches(self, words: list[str]) -> bool:
        hay = f"{self.speaker} {self.text} {self.title} {self.source}".casefold()
        return all(w in hay for w in words)


SHOWN = 400  # rows drawn at once; typing narrows the rest


def collect_rows(index: CorpusIndex) -> list[QuoteRow]:
    """All quotes, named speakers alphabetical, then anonymous and unknown ones; most widely reported
    first within one speaker."""
    try:
        groups = index.quote_groups()
    except Exception:  # grouping is an extra: the list is still useful without the marks
        groups = []
    reported: dict[tuple[str, int], int] = {}
    for group in groups:
        for member in getattr(group, "members", ()):
            reported[(str(member[0]), int(member[1]))] = len(getattr(group, "articles", ()))
    rows: list[QuoteRow] = []
    for hit in index.articles():
        if get_current_worker().is_cancelled:
            return []
        article = index.article(hit.id)
        for i, quote in enumerate(article.extraction.quotes):
            rows.append(
                QuoteRow(
                    article.id,
                    (quote.start, quote.end),
                    one_line(quote.speaker),
                    one_line(quote.text),
                    one_line(article.source, "unknown source"),
                    article.date.isoformat() if article.date else "undated",
                    reported.get((article.id, i), 1),
                    quote.speaker_kind == "named",
                    one_line(article.title, "(untitled)"),
                    i,
                )
            )
    rows.sort(key=lambda r: (not r.named, not r.speaker, r.speaker.casefold(), -r.outlets, r.date, r.text))
    return rows


def row_prompt(row: QuoteRow) -> Text:
    text = Text()
    text.append(row.speaker or "unknown speaker", style="bold")
    if row.outlets > 1:
        text.append(f"  ◆ reported by {row.outlets} outlets", style="italic")
    text.append("\n")
    text.append(f"“{row.text}”")
    text.append("\n")
    text.append(f"{row.title} · {row.source}, {row.date}", style="dim")
    return text


class QuotesScreen(ModalScreen[tuple[str, Span] | None]):
    BINDINGS: ClassVar = [*bindings.MODAL, *bindings.EXTRACTS]

    def __init__(self, index: CorpusIndex, citation_template: str = "") -> None:
        super().__init__()
        self.index = index
        self.template = citation_template
        self.rows: list[QuoteRow] = []
        self.shown: list[QuoteRow] = []
        self._filter_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Label("Quotes in the corpus", id="modal-title")
        yield Input(placeholder="Filter: speaker, words of the quote, title or source", id="quotes-filter")
        yield LoadingIndicator()
        yield NavOptionList(id="corpus-quotes")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(NavOptionList).display = False
        self.load()

    @work(thread=True, exclusive=True)
    def load(self) -> None:
        rows = collect_rows(self.index)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.show, rows)

    def show(self, rows: list[QuoteRow]) -> None:
        self.rows = rows
        self.query_one(LoadingIndicator).display = False
        listing = self.query_one(NavOptionList)
        listing.display = True
        self._refill()
        listing.focus()

    def _refill(self) -> None:
        words = self.query_one("#quotes-filter", Input).value.casefold().split()
        matching = [r for r in self.rows if r.matches(words)] if words else self.rows
        self.shown = matching[:SHOWN]
        speakers = len({r.speaker for r in self.rows})
        shared = sum(1 for r in self.rows if r.outlets > 1)
        head = f"Quotes in the corpus: {len(self.rows)} by {speakers} speakers, {shared} reported by several "
        head += "outlets (◆)."
        if words:
            head += f" {len(matching)} match the filter."
        if len(matching) > SHOWN:
            head += f" Showing the first {SHOWN}: type to narrow."
        self.query_one("#modal-title", Label).update(Text(head + " Enter opens the article; c/y copy."))
        listing = self.query_one(NavOptionList)
        listing.clear_options()
        empty = "No quote matches the filter." if words else "No quotes found in the corpus."
        listing.add_options(
            separated([Option(row_prompt(row), id=str(i)) for i, row in enumerate(self.shown)])
            or [Option(Text(empty, style="italic"), disabled=True)]
        )
        if self.shown:
            listing.highlighted = 0

    @on(Input.Changed, "#quotes-filter")
    def _filter_changed(self) -> None:
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self._filter_timer = self.set_timer(0.15, self._refill)

    @on(Input.Submitted, "#quotes-filter")
    def _filter_done(self) -> None:
        self.query_one(NavOptionList).focus()

    def _current(self) -> QuoteRow | None:
        listing = self.query_one(NavOptionList)
        if listing.highlighted is None:
            return None
        option = listing.get_option_at_index(listing.highlighted)
        return self.shown[int(option.id)] if option.id is not None else None

    def action_copy_cited(self) -> None:
        row = self._current()
        if row is None:
            return
        article = self.index.article(row.article_id)
        quote = article.extraction.quotes[row.index]
        self.post_message(
            CopyToClipboard(format_citation(self.template, quote, article), "quote with citation")
        )

    def action_copy_text(self) -> None:
        row = self._current()
        if row is not None:
            self.post_message(CopyToClipboard(row.text, "quote"))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            row = self.shown[int(event.option.id)]
            self.dismiss((row.article_id, row.span))

    def action_dismiss_screen(self) -> None:
        self.dismiss(None)
