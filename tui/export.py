"""The app's export: the quotes and numbers of the open article or of all results, to a file in the working
folder, in the same CSV and Markdown as `ukr-tui extract` writes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from ukr_tui.corpus.model import Article

from .reports import extraction_csv, extraction_markdown


def export_name(scope: str, fmt: str, folder: Path, now: dt.datetime | None = None) -> Path:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return folder / f"ukr-tui-{scope}-{stamp}.{fmt}"


def export(articles: Sequence[Article], scope: str, fmt: str, folder: Path) -> Path:
    path = export_name(scope, fmt, folder)
    text = extraction_csv(articles) if fmt == "csv" else extraction_markdown(articles, [])
    path.write_text(text, encoding="utf-8")
    return path
