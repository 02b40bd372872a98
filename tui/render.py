"""Article text to `rich.text.Text`, styled by character offsets; never through markup.

The body arrives cleaned (control characters and escape sequences removed at ingestion); this module only
cuts it into paragraphs for layout and lays styles over spans: quotes, then numbers, then search hits, then
the marked span, later layers winning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rich.style import Style
from rich.text import Text
from ukr_tui.corpus.model import Article, Span
from ukr_tui.corpus.sanitize import display_path

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
# C0 controls but newline and tab, DEL, C1 controls, bidi marks, embeddings, overrides and isolates, and
# zero-width characters, each replaced by one space so offsets still fit. Ingestion already removes them;
# this is the last guard before the terminal (Rich keeps ESC, and a U+202E would reorder the screen).
_CONTROLS = {
    c: " "
    for c in [
        *range(0x00, 0x20),
        *range(0x7F, 0xA0),
        0x061C,
        *range(0x200B, 0x2010),
        *range(0x202A, 0x202F),
        0x2060,
        *range(0x2066, 0x206A),
        0xFEFF,
    ]
    if chr(c) not in "\n\t"
}


def safe(text: str) -> str:
    """`text` with every control character blanked, same length (styles are laid by offset)."""
    return text.translate(_CONTROLS)


@dataclass(frozen=True)
class ReaderStyles:
    """Styles taken from the reader's component classes, so they follow the theme."""

    hit: Style
    quote: Style
    number: Style
    mark: Style
    title: Style
    meta: Style


def paragraphs(body: str) -> list[Span]:
    """Offsets of the non-empty paragraphs (lines) of `body`."""
    spans: list[Span] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(body):
        if body[start : match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if body[start:].strip():
        spans.append((start, len(body)))
    return spans


def paragraph_of(spans: Sequence[Span], offset: int) -> int:
    """Index of the paragraph holding `offset` (or the next one after it)."""
    for index, (_, end) in enumerate(spans):
        if offset < end:
            return index
    return max(len(spans) - 1, 0)


def styled_paragraph(body: str, span: Span, layers: Iterable[tuple[Iterable[Span], Style]]) -> Text:
    start, end = span
    text = Text(safe(body[start:end]), no_wrap=False)
    for spans, style in layers:
        for a, b in spans:
            a, b = max(a, start), min(b, end)
            if a < b:
                text.stylize(style, a - start, b - start)
    return text


def article_layers(
    article: Article, hits: Sequence[Span], mark: Span | None, styles: ReaderStyles
) -> list[tuple[list[Span], Style]]:
    extraction = article.extraction
    layers: list[tuple[list[Span], Style]] = [
        ([span for q in extraction.quotes for span in (q.pieces or ((q.start, q.end),))], styles.quote),
        ([(f.start, f.end) for f in extraction.numbers], styles.number),
        (list(hits), styles.hit),
    ]
    if mark is not None:
        layers.append(([mark], styles.mark))
    return layers


def shown_path(path: str, roots: Sequence[Path]) -> str:
    """The file path relative to the corpus folder it is in, which is what a reader needs to find it,
    escaped for the screen (`display_path`): a file name is untrusted and, unlike article text, not
    cleaned at ingestion, so its control, bidi and zero-width characters show as `\\n`, `\\u202e`..."""
    candidate = Path(path)
    for root in roots:
        try:
            return display_path(candidate.relative_to(root))
        except ValueError:
            continue
    return display_path(path)


def title_line(article: Article) -> str:
    """The title as the reader prints it; search highlights for it are offsets into this string."""
    return one_line(article.title, "(untitled)")


def header(
    article: Article, roots: Sequence[Path], styles: ReaderStyles, title_hits: Sequence[Span] = ()
) -> Text:
    text = Text()
    title = Text(title_line(article), styles.title)
    for start, end in title_hits:
        title.stylize(styles.hit, start, end)
    text.append_text(title)
    text.append("\n")
    parts = [
        one_line(article.source, "unknown source"),
        one_line(article.author, "unknown author"),
        article.date.isoformat() if article.date else "undated",
    ]
    where = shown_path(article.path, roots) + (f":{article.line}" if article.line else "")
    text.append(" · ".join(parts), styles.meta)
    text.append("\n")
    text.append(where, styles.meta)
    return text


def one_line(value: str | None, fallback: str = "") -> str:
    """Metadata for a table cell: whitespace folded, so a stray newline cannot break a row."""
    return " ".join(safe(value or fallback).split())
