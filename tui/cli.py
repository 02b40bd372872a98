"""The `ukr-tui` command: the app by default, `index`, `search` and `extract` for scripts and terminals.

Every problem a user can cause (a bad config, a missing corpus, a foreign index folder) ends in one line on
stderr and exit status 2, never a traceback. Textual is imported only when the app is launched, so the
scripting commands start fast. Article text and file names are printed as Rich `Text`, never as markup.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text
from ukr_tui.corpus.config import Config, ConfigError, load_config
from ukr_tui.corpus.model import Skipped
from ukr_tui.corpus.sanitize import clean_text, display_path

from .reports import article_record, extraction_csv, extraction_markdown, group_record

EXIT_USAGE = 2
EXIT_FAILED = 1


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit status 2."""


def _common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    # Sub-commands repeat the options with SUPPRESS defaults so that `ukr-tui --corpus X index` and
    # `ukr-tui index --corpus X` both work without one overwriting the other with None.
    default: Any = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--corpus",
        action="append",
        type=Path,
        metavar="DIR",
        default=default,
        help="corpus folder or file (repeatable; replaces the config's corpus)",
    )
    parser.add_argument("--config", type=Path, metavar="FILE", default=default, help="configuration file")
    parser.add_argument("--index-dir", type=Path, metavar="DIR", default=default, help="index folder")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ukr-tui",
        description="Read and mine a corpus of news articles about the diplomacy of the war in Ukraine.",
    )
    _common(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="{index,search,extract}")
    index = commands.add_parser("index", help="build or update the search index")
    index.add_argument("--rebuild", action="store_true", help="throw the index away and build it again")
    _common(index, suppress=True)
    search = commands.add_parser("search", help="search the corpus")
    search.add_argument("query", help="query (Whoosh syntax plus after:/before:/on:/source:/author:)")
    search.add_argument("--limit", type=int, default=20, help="most results shown (default 20)")
    search.add_argument("--sort", choices=("relevance", "date"), default="relevance")
    search.add_argument("--format", choices=("table", "json"), default="table")
    _common(search, suppress=True)
    extract = commands.add_parser("extract", help="export entities, quotes and numbers")
    extract.add_argument("--format", choices=("json", "csv", "md"), default="json")
    extract.add_argument("--output", type=Path, metavar="FILE", help="write here instead of stdout")
    _common(extract, suppress=True)
    return parser


SKIPPED_EXAMPLES = 5


def _where(item: Skipped) -> str:
    """The file (and line) of a skip, exactly as named on disk but with nothing that could act on a
    terminal: a newline in a file name must not start a line of its own, a bidi override not reorder it."""
    where = display_path(item.path)
    return f"{where}:{item.line}" if item.line else where


def print_skipped(out: Console, skipped: Sequence[Skipped]) -> None:
    """Skipped files grouped by reason with a few examples, so 1,796 empty records stay one short block."""
    by_reason: dict[str, list[Skipped]] = {}
    for item in skipped:
        by_reason.setdefault(item.reason, []).append(item)
    for reason, items in sorted(by_reason.items(), key=lambda kv: -len(kv[1])):
        why = " ".join(clean_text(reason).split())  # one line, whatever the error said
        if len(items) == 1:
            out.print(Text(f"skipped {_where(items[0])}: {why}"))
            continue
        out.print(Text(f"skipped {len(items)} × {why}:"))
        for item in items[:SKIPPED_EXAMPLES]:
            out.print(Text(f"  {_where(item)}"))
        if len(items) > SKIPPED_EXAMPLES:
            more = len(items) - SKIPPED_EXAMPLES
            out.print(Text(f"  … and {more} more (all listed in the app's skipped view)"))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    try:
        config = load_config(args.config).with_overrides(corpus=args.corpus, index_dir=args.index_dir)
        check_corpus(config)
        if args.command is None:
            return launch_app(config, err)
        if args.command == "index":
            return cmd_index(config, args.rebuild, err)
        if args.command == "search":
            return cmd_search(config, args.query, args.limit, args.sort, args.format, err)
        return cmd_extract(config, args.format, args.output, err)
    except ConfigError as exc:
        err.print(Text(f"ukr-tui: configuration error: {exc}"))
        return EXIT_USAGE
    except UserError as exc:
        err.print(Text(f"ukr-tui: {exc}"))
        return EXIT_USAGE
    except KeyboardInterrupt:
        err.print(Text("ukr-tui: interrupted"))
        return 130
    except Exception as exc:
        from ukr_tui.search.folder import ForeignIndexFolder, IndexProblem

        if isinstance(exc, ForeignIndexFolder):
            err.print(Text(f"ukr-tui: {exc}"))
            return EXIT_USAGE
        if isinstance(exc, IndexProblem):
            err.print(Text(f"ukr-tui: {exc}"))
            return EXIT_FAILED
        if os.environ.get("UKR_TUI_DEBUG"):
            raise
        # Never a traceback: one line that says what failed, and how to see the details.
        where = f" ({exc.filename})" if isinstance(exc, OSError) and exc.filename else ""
        err.print(
            Text(
                f"ukr-tui: {type(exc).__name__}: {display_path(str(exc) or 'no details')}{where}; "
                "run with UKR_TUI_DEBUG=1 for the traceback"
            )
        )
        return EXIT_FAILED


def check_corpus(config: Config) -> None:
    """A missing corpus folder, or one with no readable files, is the user's to fix: say which."""
    from ukr_tui.corpus.sources import SUPPORTED_SUFFIXES, discover

    for root in config.corpus:
        if not root.exists():
            raise UserError(f"corpus folder {root} does not exist (set `corpus:` in the config or --corpus)")
    files, _ = discover(config.corpus)
    if not files:
        where = ", ".join(str(p) for p in config.corpus)
        kinds = " ".join(SUPPORTED_SUFFIXES)
        raise UserError(f"no articles in {where} (looked for {kinds})")


def launch_app(config: Config, err: Console) -> int:
    try:
        from ukr_tui.tui.app import run_app
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("ukr_tui.tui.app"):
            err.print(
                Text(
                    "ukr-tui: the app is not installed in this build; use `ukr-tui index` or `ukr-tui search`"
                )
            )
            return EXIT_FAILED
        raise
    result = run_app(config)
    return result if isinstance(result, int) else 0


# --- index ------------------------------------------------------------------------------------------------


def open_index(config: Config) -> Any:
    from ukr_tui.search.index import CorpusIndex

    return CorpusIndex.open(config, on_wait=say_once_on_stderr())


def say_once_on_stderr() -> Callable[[str], None]:
    """A wait for another writer's lock, said once on stderr (when opening an index of another version, or
    updating off a terminal, where no progress bar shows it)."""
    said: list[str] = []

    def on_wait(message: str) -> None:
        if not said:
            said.append(message)
            print(f"ukr-tui: {message}", file=sys.stderr, flush=True)

    return on_wait


def update_with_progress(index: Any, err: Console, rebuild: bool = False, quiet: bool = False) -> Any:
    """Run an update with a progress bar on stderr (only when stderr is a terminal or not `quiet`)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from ukr_tui.search.locking import WAITING_MESSAGE

    show = not quiet or err.is_terminal
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=quiet, disable=not show) as bar:
        task = bar.add_task("checking files", total=None)

        say_waiting = say_once_on_stderr()

        def progress(done: int, total: int, message: str) -> None:
            if message == WAITING_MESSAGE and not err.is_terminal:
                say_waiting(message)  # no live bar off a terminal: say it once
            description = escape(clean_text(message)[:60])
            bar.update(task, completed=done, total=total or None, description=description)

        run: Callable[..., Any] = index.rebuild if rebuild else index.update
        summary = run(progress=progress)
        bar.update(task, description="done", completed=1, total=1)
        return summary


def cmd_index(config: Config, rebuild: bool, err: Console) -> int:
    index = open_index(config)
    if index.problem:
        err.print(Text(f"index needs repair: {index.problem}"))
    summary = update_with_progress(index, err, rebuild=rebuild)
    out = Console(highlight=False, soft_wrap=True)
    counts = index.counts()
    out.print(Text(f"index: {index.folder}"))
    out.print(
        Text(
            f"{summary.added} indexed, {summary.updated} updated, {summary.removed} removed, "
            f"{summary.unchanged} unchanged, {len(summary.skipped)} skipped "
            f"({counts['articles']} articles from {counts['files']} files, {summary.seconds:.1f} s)"
        )
    )
    if summary.rebuilt:
        out.print(Text(f"rebuilt: {summary.rebuilt}"))
    if summary.repaired:
        out.print(Text(f"repaired: {summary.repaired}"))
    print_skipped(out, summary.skipped)
    index.close()
    return 0


# --- search -----------------------------------------------------------------------------------------------


def refresh_before_reading(index: Any, err: Console) -> None:
    """Bring the index up to date before `search`/`extract` read it, saying on stderr what was repaired; a
    failed write (a full disk) still leaves the previous index to read, so that is a note, not an exit."""
    from ukr_tui.search.folder import IndexWriteError

    try:
        summary = update_with_progress(index, err, quiet=True)
    except IndexWriteError as exc:
        err.print(Text(f"note: the index was not updated, reading it as it was: {exc}"))
        return
    for what, why in (("rebuilt", summary.rebuilt), ("repaired", summary.repaired)):
        if why:
            err.print(Text(f"note: {what} the index: {why}"))


def cmd_search(config: Config, query: str, limit: int, sort: str, fmt: str, err: Console) -> int:
    index = open_index(config)
    refresh_before_reading(index, err)
    results = index.search(query, sort=sort, limit=max(1, limit))
    if results.notice:
        err.print(Text(f"note: {results.notice}"))
    if fmt == "json":
        data = {
            "query": query,
            "total": results.total,
            "hits": [
                {
                    "id": hit.id,
                    "path": hit.path,
                    "title": hit.title,
                    "date": hit.date.isoformat() if hit.date else None,
                    "source": hit.source,
                    "score": round(hit.score, 4),
                    "snippet": hit.snippet,
                }
                for hit in results.hits
            ],
        }
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        out = Console(highlight=False, soft_wrap=True)
        table = Table(title=Text(f"{results.total} articles match {query!r}"), show_lines=False, expand=True)
        table.add_column("date", no_wrap=True)
        table.add_column("source", max_width=18)
        table.add_column("title / snippet", ratio=1)
        for hit in results.hits:
            cell = Text(clean_text(hit.title or Path(hit.path).name), style="bold")
            snippet = Text("\n" + hit.snippet)
            for start, end in hit.matches:
                snippet.stylize("reverse", start + 1, end + 1)
            cell.append_text(snippet)
            table.add_row(Text(hit.date.isoformat() if hit.date else "—"), Text(hit.source or "—"), cell)
        out.print(table)
    index.close()
    return 0


# --- extract ----------------------------------------------------------------------------------------------


def cmd_extract(config: Config, fmt: str, output: Path | None, err: Console) -> int:
    index = open_index(config)
    refresh_before_reading(index, err)
    articles = sorted(index.store.iter_articles(), key=lambda a: (a.path, a.line or 0))
    groups = [group_record(g) for g in index.quote_groups()]
    if fmt == "json":
        text = json.dumps(
            {"articles": [article_record(a) for a in articles], "quote_groups": groups},
            ensure_ascii=False,
            indent=2,
        )
    elif fmt == "csv":
        text = extraction_csv(articles)
    else:
        text = extraction_markdown(articles, groups)
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UserError(f"cannot write {output}: {exc.strerror or exc}") from exc
        err.print(Text(f"wrote {output} ({len(articles)} articles)"))
    index.close()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
