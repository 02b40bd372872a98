"""The open article's quotes and numbers in two tabs; highlighting one scrolls the reader to it.

`c` copies a quote with its citation (a number with its sentence), `y` the text alone; both go through the
app's single clipboard path as a `CopyToClipboard` message.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import OptionList, TabbedContent, TabPane, Tabs
from textual.widgets.option_list import Option
from ukr_tui.corpus.model import Article, Figure, Quote

from .. import bindings
from ..citation import format_citation
from ..messages import CopyToClipboard, SpanChosen
from ..render import one_line
from .nav_option_list import NavOptionList


def quote_prompt(quote: Quote) -> Text:
    text = Text()
    text.append(one_line(quote.speaker, "unknown speaker"), style="bold")
    text.append("\n")
    text.append(f"“{one_line(quote.text)}”")
    return text


def figure_prompt(figure: Figure) -> Text:
    text = Text()
    text.append(one_line(figure.text), style="bold")
    if figure.kind:
        text.append(f"  {figure.kind}", style="dim")
    text.append("\n")
    text.append(one_line(figure.sentence))
    return text


def separated(options: list[Option]) -> list[Option | None]:
    """A rule between entries: multi-line quotes run into each other without one."""
    out: list[Option | None] = []
    for option in options:
        if out:
            out.append(None)
        out.append(option)
    return out


class ExtractsPane(Vertical):
    BINDINGS = bindings.EXTRACTS

    def __init__(self, citation_template: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.template = citation_template
        self.article: Article | None = None

    def compose(self) -> ComposeResult:
        with TabbedContent(id="extracts-tabs"):
            with TabPane("Quotes", id="tab-quotes"):
                yield NavOptionList(id="quote-list")
            with TabPane("Numbers", id="tab-numbers"):
                yield NavOptionList(id="number-list")

    def show(self, article: Article | None) -> None:
        self.article = article
        quotes = self.query_one("#quote-list", NavOptionList)
        numbers = self.query_one("#number-list", NavOptionList)
        quotes.clear_options()
        numbers.clear_options()
        if article is None:
            return
        extraction = article.extraction
        quotes.add_options(
            separated([Option(quote_prompt(q), id=f"q{i}") for i, q in enumerate(extraction.quotes)])
            or [Option(Text("No quotes in this article.", style="italic"), disabled=True)]
        )
        numbers.add_options(
            separated([Option(figure_prompt(f), id=f"n{i}") for i, f in enumerate(extraction.numbers)])
            or [Option(Text("No numbers in this article.", style="italic"), disabled=True)]
        )
        for listing in (quotes, numbers):
            if listing.has_focus and listing.option_count:
                listing.action_first()

    def on_key(self, event: events.Key) -> None:
        """Down (or j) on the Quotes/Numbers tab strip enters the visible list: found in review, Tab stopped
        on the strip and Down did nothing there, so the list looked unreachable."""
        if event.key in ("down", "j") and isinstance(self.app.focused, Tabs):
            tabs = self.query_one(TabbedContent)
            self.query_one("#quote-list" if tabs.active == "tab-quotes" else "#number-list").focus()
            event.stop()

    def selected(self) -> Quote | Figure | None:
        """The quote or number under the cursor of the visible tab."""
        if self.article is None:
            return None
        tabs = self.query_one(TabbedContent)
        listing = self.query_one("#quote-list" if tabs.active == "tab-quotes" else "#number-list", OptionList)
        if listing.highlighted is None and listing.option_count:
            listing.action_first()  # focus on the tab strip: act on the first entry, and show which
        return self._item(listing.highlighted_option.id if listing.highlighted_option else None)

    def _item(self, option_id: str | None) -> Quote | Figure | None:
        if self.article is None or not option_id:
            return None
        index = int(option_id[1:])
        items = self.article.extraction.quotes if option_id[0] == "q" else self.article.extraction.numbers
        return items[index] if 0 <= index < len(items) else None

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        item = self._item(event.option.id)
        if item is not None:
            self.post_message(SpanChosen(item.start, item.end))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        item = self._item(event.option.id)
        if item is not None:
            self.post_message(SpanChosen(item.start, item.end))

    def action_copy_cited(self) -> None:
        item = self.selected()
        if isinstance(item, Quote) and self.article is not None:
            self.post_message(
                CopyToClipboard(format_citation(self.template, item, self.article), "quote with citation")
            )
        elif isinstance(item, Figure):
            self.post_message(CopyToClipboard(one_line(item.sentence), "number with its sentence"))
        else:
            self.notify("Select a quote or a number first.", severity="warning")

    def action_copy_text(self) -> None:
        item = self.selected()
        if isinstance(item, Quote):
            self.post_message(CopyToClipboard(one_line(item.text), "quote"))
        elif isinstance(item, Figure):
            self.post_message(CopyToClipboard(one_line(item.text), "number"))
        else:
            self.notify("Select a quote or a number first.", severity="warning")
