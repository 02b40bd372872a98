"""The extraction report in its three forms (JSON records, CSV, Markdown), written by `ukr-tui extract`
and by the app's export alike, so that a file exported from either reads the same."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ukr_tui.corpus.model import Article
from ukr_tui.corpus.sanitize import display_path


def article_record(article: Article) -> dict[str, Any]:
    ex = article.extraction
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "source": article.source,
        "author": article.author,
        "entities": [
            {"name": e.name, "type": e.type, "mentions": e.mentions, "aliases": list(e.aliases)}
            for e in ex.entities
        ],
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker,
                "speaker_kind": q.speaker_kind,
                "start": q.start,
                "end": q.end,
            }
            for q in ex.quotes
        ],
        "numbers": [
            {
                "text": n.text,
                "value": n.value,
                "unit": n.unit,
                "kind": n.kind,
                "qualifier": n.qualifier,
                "sentence": n.sentence,
                "start": n.start,
                "end": n.end,
            }
            for n in ex.numbers
        ],
    }


def group_record(group: Any) -> dict[str, Any]:
    articles = getattr(group, "articles", ())
    ids = [a if isinstance(a, str) else getattr(a, "id", str(a)) for a in articles]
    return {"text": getattr(group, "text", ""), "speaker": getattr(group, "speaker", None), "articles": ids}


CSV_COLUMNS = (
    "article_id",
    "title",
    "date",
    "source",
    "kind",
    "text",
    "speaker",
    "speaker_kind",
    "value",
    "unit",
    "number_kind",
    "qualifier",
    "sentence",
    "start",
    "end",
)


def extraction_csv(articles: Sequence[Article]) -> str:
    """One row per quote and per number, each with its article's id, title, date and source."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for article in articles:
        base = {
            "article_id": article.id,
            "title": article.title or "",
            "date": article.date.isoformat() if article.date else "",
            "source": article.source or "",
        }
        for q in article.extraction.quotes:
            row = {
                "kind": "quote",
                "text": q.text,
                "speaker": q.speaker or "",
                "speaker_kind": q.speaker_kind,
            }
            writer.writerow({**base, **row, "start": q.start, "end": q.end})
        for n in article.extraction.numbers:
            row = {
                "kind": "number",
                "text": n.text,
                "value": "" if n.value is None else n.value,
                "unit": n.unit or "",
                "number_kind": n.kind,
                "qualifier": n.qualifier or "",
                "sentence": n.sentence,
            }
            writer.writerow({**base, **row, "start": n.start, "end": n.end})
    return buffer.getvalue()


def _md(text: str | None) -> str:
    """Article text inside Markdown: one line, and the characters that would start markup escaped."""
    flat = " ".join((text or "").split())
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in flat)


def extraction_markdown(articles: Sequence[Article], groups: list[dict[str, Any]]) -> str:
    lines = ["# ukr-tui extraction report", "", f"{len(articles)} articles.", ""]
    for article in articles:
        ex = article.extraction
        title = _md(article.title) or _md(Path(article.path).name)
        lines += [f"## {title}", ""]
        facts = [
            f"date {article.date.isoformat()}" if article.date else "undated",
            f"source {_md(article.source)}" if article.source else "source unknown",
        ]
        if article.author:
            facts.append(f"by {_md(article.author)}")
        where = Path(article.path).name + (f":{article.line}" if article.line else "")
        facts.append(f"file {_md(display_path(where))}")  # the id alone does not say which file to open
        lines += [" · ".join(facts) + f" · `{_md(article.id)}`", ""]
        if ex.entities:
            names = ", ".join(f"{_md(e.name)} ({e.type}, {e.mentions})" for e in ex.entities)
            lines += [f"**Entities:** {names}", ""]
        if ex.quotes:
            lines.append("**Quotes:**")
            lines.append("")
            for q in ex.quotes:
                who = _md(q.speaker) if q.speaker else f"_{q.speaker_kind}_"
                lines.append(f"- “{_md(q.text)}” — {who}")
            lines.append("")
        if ex.numbers:
            lines.append("**Numbers:**")
            lines.append("")
            for n in ex.numbers:
                detail = ", ".join(x for x in (n.kind, _md(n.unit), _md(n.qualifier)) if x)
                lines.append(f"- {_md(n.text)} ({detail}): {_md(n.sentence)}")
            lines.append("")
    if groups:
        lines += ["## Quotes found in several articles", ""]
        for group in groups:
            who = _md(group["speaker"]) if group["speaker"] else "unknown speaker"
            lines.append(f"- “{_md(group['text'])}” — {who}: {len(group['articles'])} articles")
        lines.append("")
    return "\n".join(lines)
