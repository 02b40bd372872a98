"""Writing quotes and numbers of some articles to a Markdown or CSV file in the working folder."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from ukr_tui.corpus.model import Article

from .render import one_line


def export_name(scope: str, fmt: str, folder: Path, now: dt.datetime | None = None) -> Path:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return folder / f"ukr-tui-{scope}-{stamp}.{fmt}"


def write_csv(articles: Sequence[Article], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["kind", "article_id", "title", "date", "source", "speaker", "text", "value", "unit",
                      "context"])
        for a in articles:
            head = [a.id, one_line(a.title), a.date.isoformat() if a.date else "", one_line(a.source)]
            for q in a.extraction.quotes:
                out.writerow(["quote", *head, one_line(q.speaker), one_line(q.text), "", "", ""])
            for f in a.extraction.numbers:
                value = "" if f.value is None else repr(f.value)
                out.writerow(["number", *head, "", one_line(f.text), value, one_line(f.unit),
                              one_line(f.sentence)])


def _md(value: str) -> str:
    """Markdown-inert text: characters with meaning in Markdown are backslash-escaped."""
    return "".join("\\" + ch if ch in "\\`*_{}[]<>()#+-.!|" else ch for ch in value)


def write_markdown(articles: Sequence[Article], path: Path) -> None:
    lines = ["# Quotes and numbers", ""]
    for a in articles:
        meta = " · ".join(
            [one_line(a.source, "unknown source"), a.date.isoformat() if a.date else "undated", a.path]
        )
        lines += [f"## {_md(one_line(a.title, '(untitled)'))}", "", _md(meta), ""]
        if a.extraction.quotes:
            lines += ["### Quotes", ""]
            lines += [
                f"- **{_md(one_line(q.speaker, 'unknown speaker'))}**: “{_md(one_line(q.text))}”"
                for q in a.extraction.quotes
            ]
            lines.append("")
        if a.extraction.numbers:
            lines += ["### Numbers", ""]
            lines += [
                f"- **{_md(one_line(f.text))}** ({f.kind}): {_md(one_line(f.sentence))}"
                for f in a.extraction.numbers
            ]
            lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def export(articles: Sequence[Article], scope: str, fmt: str, folder: Path) -> Path:
    path = export_name(scope, fmt, folder)
    if fmt == "csv":
        write_csv(articles, path)
    else:
        write_markdown(articles, path)
    return path
