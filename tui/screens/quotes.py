"""Every quote of the corpus by speaker; statements reported by several outlets are marked.

Enter dismisses the screen with (article id, quote span), and the main screen opens that article with the
quote marked.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets import Footer, Label, LoadingIndicator, OptionList
from textual.widgets.option_list import Option
from textual.worker import get_current_worker
from ukr_tui.corpus.model import Span
from ukr_tui.search.index import CorpusIndex

from .. import bindings
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
                    article.id, (quote.start, quote.end), one_line(quote.speaker), one_line(quote.text),
                    one_line(article.source, "unknown source"),
                    article.date.isoformat() if article.date else "undated",
                    reported.get((article.id, i), 1),
                    quote.speaker_kind == "named",
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
    text.append(f"{row.source}, {row.date}", style="dim")
    return text


class QuotesScreen(ModalScreen[tuple[str, Span] | None]):
    BINDINGS = bindings.MODAL

    def __init__(self, index: CorpusIndex) -> None:
        super().__init__()
        self.index = index
        self.rows: list[QuoteRow] = []

    def compose(self) -> ComposeResult:
        yield Label("Quotes in the corpus", id="modal-title")
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
        speakers = len({r.speaker for r in rows})
        shared = sum(1 for r in rows if r.outlets > 1)
        self.query_one("#modal-title", Label).update(
            Text(f"Quotes in the corpus: {len(rows)} by {speakers} speakers, {shared} reported by several "
                 "outlets (◆). Enter opens the article.")
        )
        listing.add_options(
            separated([Option(row_prompt(row), id=str(i)) for i, row in enumerate(rows)])
            or [Option(Text("No quotes found in the corpus.", style="italic"), disabled=True)]
        )
        listing.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            row = self.rows[int(event.option.id)]
            self.dismiss((row.article_id, row.span))

    def action_dismiss_screen(self) -> None:
        self.dismiss(None)
