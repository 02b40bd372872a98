"""Pilot tests of every flow of the app, on a temporary copy of the seed corpus and a fresh index."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from app_harness import HOSTILE_NAME, QUOTE, SPEAKER, make_app, settle, skipped_rows, sync
from textual.widgets import Input, OptionList, TabbedContent
from ukr_tui.tui.screens.help import HelpScreen
from ukr_tui.tui.screens.main import MainScreen, remove_filter
from ukr_tui.tui.screens.quotes import QuotesScreen
from ukr_tui.tui.widgets.article_list import ArticleList
from ukr_tui.tui.widgets.entity_sidebar import EntitySidebar
from ukr_tui.tui.widgets.extracts_pane import ExtractsPane
from ukr_tui.tui.widgets.reader import Paragraph, Reader
from ukr_tui.tui.widgets.search_bar import Chip


@pytest.fixture(autouse=True)
def _no_system_clipboard(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("UKR_TUI_NO_SYSTEM_CLIPBOARD", "1")
    monkeypatch.setenv("UKR_TUI_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.chdir(tmp_path)


def main(app) -> MainScreen:
    assert isinstance(app.screen, MainScreen)
    return app.screen


async def search(app, pilot, text: str) -> None:
    await pilot.press("slash")
    await pilot.press(*text)
    await settle(app, pilot)


def reader_text(app) -> str:
    return "\n".join(str(p.content) for p in app.screen.query(Paragraph))


async def open_geneva(app, pilot) -> None:
    await search(app, pilot, "guns")
    await pilot.press("enter", "enter")  # to the list, then into the reader
    await settle(app, pilot)
    assert main(app).article is not None and main(app).article.path.endswith(HOSTILE_NAME)


@sync
async def test_launch_indexes_and_lists_every_article(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        screen = main(app)
        assert screen.counts["articles"] == 6
        assert app.query_one(ArticleList).row_count == 6
        assert "6 articles" in screen.sub_title
        assert screen.article is not None  # the first row is open in the reader


@sync
async def test_search_as_you_type_filters_the_list(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "geneva")
        listing = app.query_one(ArticleList)
        assert listing.row_count == 1
        assert listing.hits[0].path.endswith(HOSTILE_NAME)
        assert app.focused is app.query_one("#search-input")
        await pilot.press("enter")
        assert app.focused is listing


@sync
async def test_unparsable_query_shows_notice_and_never_crashes(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await search(app, pilot, 'talks "unbalanced (')
        notice = str(app.query_one("#search-notice").content)
        assert main(app).results is not None and main(app).results.notice
        assert notice.strip()


@sync
async def test_filter_chip_is_shown_and_removing_it_edits_the_query(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "talks after:2022-01-01")
        chips = list(app.query(Chip))
        assert [(c.key, c.value) for c in chips] == [("after", "2022-01-01")]
        chips[0].press()
        await settle(app, pilot)
        assert app.query_one("#search-input", Input).value == "talks"
        assert not list(app.query(Chip))


def test_remove_filter_handles_quoted_values() -> None:
    assert remove_filter('a source:"Global Research" b', "source", "Global Research") == "a b"
    assert remove_filter("after:2024 x", "after", "2024") == "x"


@sync
async def test_open_article_shows_header_and_highlights_hits(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await open_geneva(app, pilot)
        reader = app.query_one(Reader)
        assert app.focused is reader
        header = str(app.query_one("#reader-header").content)
        assert "Talks resume in Geneva" in header and HOSTILE_NAME in header
        hits = main(app).hits
        body = main(app).article.body
        assert hits and all(body[a:b].lower() == "guns" for a, b in hits)


@sync
async def test_query_words_are_highlighted_in_the_title_too(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "geneva")
        await pilot.press("enter", "enter")
        await settle(app, pilot)
        reader = app.query_one(Reader)
        assert reader.article is not None and reader.article.path.endswith(HOSTILE_NAME)
        header = app.query_one("#reader-header").content
        title = "Talks resume in Geneva"
        assert [header.plain[a:b] for a, b in reader.title_hits] == ["Geneva"]
        start = header.plain.index("Geneva")
        styled = [span for span in header.spans if span.start <= start and span.end >= start + 6]
        assert any(span.style == reader.styles_now().hit for span in styled), header.spans
        assert header.plain.startswith(title)


@sync
async def test_next_and_previous_hit_move_the_mark(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "ukraine")
        await pilot.press("enter", "enter")
        await settle(app, pilot)
        screen = main(app)
        assert len(screen.hits) >= 3
        reader = app.query_one(Reader)
        await pilot.press("n")
        assert reader.mark == screen.hits[0]
        await pilot.press("n")
        assert reader.mark == screen.hits[1]
        await pilot.press("N")
        assert reader.mark == screen.hits[0]
        await pilot.press("N")
        assert reader.mark == screen.hits[-1]  # wraps around
        await pilot.pause()
        assert reader.scroll_y > 0  # the last hit is further down than the first screen


@sync
async def test_markup_in_articles_shows_literally(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await open_geneva(app, pilot)
        text = reader_text(app)
        assert "[bold]x[/bold]" in text
        assert "[link=https://example.com]a link[/link]" in text


@sync
async def test_entity_enter_filters_list_and_chip_clears_it(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await open_geneva(app, pilot)
        listing = app.query_one("#entity-list", OptionList)
        ids = [listing.get_option_at_index(i).id for i in range(listing.option_count)]
        index = ids.index(f"entity:person:{SPEAKER}")
        listing.focus()
        listing.highlighted = index
        await pilot.press("enter")
        await settle(app, pilot)
        screen = main(app)
        assert screen.entity == SPEAKER
        rows = app.query_one(ArticleList).hits
        assert [h.path.endswith(HOSTILE_NAME) for h in rows] == [True]
        chips = [(c.key, c.value) for c in app.query(Chip)]
        assert ("entity", SPEAKER) in chips
        await pilot.press("escape")  # focus is on the list: Esc clears the search and the filter
        await settle(app, pilot)
        assert screen.entity is None and app.query_one(ArticleList).row_count == 6


@sync
async def test_entity_scope_cycles_to_corpus(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("a", "a")
        await settle(app, pilot)
        assert main(app).scope == "corpus"
        title = str(app.query_one("#entity-title").content)
        assert "whole corpus" in title
        assert app.query_one(EntitySidebar).query_one(OptionList).option_count > 3


@sync
async def test_quote_select_marks_reader_and_copies_citation(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await open_geneva(app, pilot)
        quotes = app.query_one("#quote-list", OptionList)
        quotes.focus()
        quotes.highlighted = 0
        await settle(app, pilot)
        article = main(app).article
        reader = app.query_one(Reader)
        assert reader.mark is not None and article.body[reader.mark[0] : reader.mark[1]] == QUOTE
        await pilot.press("c")
        await pilot.pause()
        assert app.clipboard == f"“{QUOTE}” — {SPEAKER}, unknown source, undated" or (
            app.clipboard.startswith(f"“{QUOTE}” — {SPEAKER}, ")
        )
        await pilot.press("y")
        await pilot.pause()
        assert app.clipboard == QUOTE


@sync
async def test_down_from_the_tab_strip_enters_the_quotes_list(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await open_geneva(app, pilot)
        from textual.widgets import Tabs

        app.query_one("#extracts-tabs").query_one(Tabs).focus()
        await pilot.pause()
        await pilot.press("down")
        await settle(app, pilot)
        quotes = app.query_one("#quote-list", OptionList)
        assert quotes.has_focus and quotes.highlighted == 0
        article = main(app).article
        mark = app.query_one(Reader).mark
        assert mark is not None and article.body[mark[0] : mark[1]] == QUOTE


@sync
async def test_number_copies_with_its_sentence(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await open_geneva(app, pilot)
        app.query_one(ExtractsPane).query_one(TabbedContent).active = "tab-numbers"
        await pilot.pause()
        numbers = app.query_one("#number-list", OptionList)
        numbers.focus()
        numbers.highlighted = 0
        await pilot.press("c")
        await pilot.pause()
        assert app.clipboard == "The meeting lasted 6 hours."
        await pilot.press("y")
        await pilot.pause()
        assert app.clipboard == "6 hours"


@sync
async def test_sort_toggles_between_relevance_and_date(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "ukraine")
        await pilot.press("enter")
        screen = main(app)
        assert screen.sort == "relevance"
        scores = [h.score for h in app.query_one(ArticleList).hits]
        assert scores == sorted(scores, reverse=True)
        await pilot.press("s")
        await settle(app, pilot)
        assert screen.sort == "date" and "by date" in screen.sub_title
        dates = [h.date for h in app.query_one(ArticleList).hits if h.date]
        assert dates == sorted(dates, reverse=True)


@sync
async def test_sorting_and_toggling_the_side_column_keep_the_open_article(tmp_path: Path) -> None:
    """Found in review: `s` opened the new top row instead of keeping the article being read."""
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "ukraine")
        await pilot.press("enter", "down", "enter")
        await settle(app, pilot)
        screen = main(app)
        reading = screen.article.id
        assert reading != app.query_one(ArticleList).hits[0].id
        await pilot.press("s")
        await settle(app, pilot)
        assert screen.article.id == reading
        assert app.query_one(ArticleList).current_id == reading
        await pilot.press("e")
        await settle(app, pilot)
        assert screen.article.id == reading


@sync
async def test_raw_toggle_shows_the_file(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await open_geneva(app, pilot)
        reader = app.query_one(Reader)
        await pilot.press("r")
        assert reader.showing_raw and "Talks resume in Geneva" in (reader.raw or "")
        assert str(app.query_one("#reader-raw").content).startswith("Talks resume")
        await pilot.press("r")
        assert not reader.showing_raw


@sync
async def test_help_is_generated_from_bindings_and_follows_keymap(tmp_path: Path) -> None:
    app = make_app(tmp_path, keys={"sort": "o"})
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("o")  # the remapped sort key works
        await settle(app, pilot)
        assert main(app).sort == "date"
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        cells = [cell for row in app.screen.rows for cell in row]
        assert "sort" in cells and "o" in cells
        from ukr_tui.tui import bindings

        assert all(b.id in cells for _, group in bindings.GROUPS for b in group)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


@sync
async def test_toggle_side_column_at_80_columns(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        side = app.query_one("#side")
        assert not side.display or side.region.width == 0
        await pilot.press("e")
        await pilot.pause()
        assert side.region.width > 0
        assert app.query_one(ArticleList).region.width == 0  # the side column takes the list's place
        assert app.query_one(Reader).region.width >= 30
        await pilot.press("e")
        await pilot.pause()
        assert side.region.width == 0


@sync
async def test_skipped_view_lists_reasons(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    (tmp_path / "corpus" / "broken.jsonl").write_text('{"title": "ok", "text": "fine"}\n{not json\n')
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        rows = await skipped_rows(app, pilot)
        assert rows
        assert any(r[0].endswith("broken.jsonl") and r[1] == "2" and r[2] for r in rows)


async def corpus_quotes(app, pilot) -> QuotesScreen:  # type: ignore[no-untyped-def]
    """The app settled, then its corpus-wide quotes view opened and loaded."""
    await settle(app, pilot)
    app.action_corpus_quotes()
    await settle(app, pilot)
    assert isinstance(app.screen, QuotesScreen)
    return app.screen


@sync
async def test_corpus_quotes_view_opens_the_article(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await corpus_quotes(app, pilot)
        rows = screen.rows
        assert any(r.speaker == SPEAKER and r.text == QUOTE for r in rows)
        speakers = [r.speaker.casefold() for r in rows if r.named]
        assert speakers == sorted(speakers)
        listing = screen.query_one(OptionList)
        listing.highlighted = next(i for i, r in enumerate(rows) if r.text == QUOTE)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen)
        article = main(app).article
        assert article is not None and article.path.endswith(HOSTILE_NAME)
        mark = app.query_one(Reader).mark
        assert mark is not None and article.body[mark[0] : mark[1]] == QUOTE


@sync
async def test_corpus_quotes_view_filters_and_copies(tmp_path: Path) -> None:
    """Found in review: thousands of quotes and no way to narrow them or copy one from this view."""
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await corpus_quotes(app, pilot)
        assert len(screen.rows) > 1
        screen.query_one("#quotes-filter", Input).focus()
        await pilot.press(*"guns fall")
        await pilot.pause(0.3)
        await settle(app, pilot)
        assert [r.text for r in screen.shown] == [QUOTE]
        assert "1 match the filter" in str(screen.query_one("#modal-title").content)
        await pilot.press("enter")  # from the box to the list
        await pilot.press("c")
        await settle(app, pilot)
        assert app.clipboard.startswith(f"“{QUOTE}” — {SPEAKER}")
        await pilot.press("y")
        await settle(app, pilot)
        assert app.clipboard == QUOTE
        screen.query_one("#quotes-filter", Input).value = "no such words anywhere"
        await pilot.pause(0.3)
        await settle(app, pilot)
        assert screen.shown == []


@sync
async def test_export_writes_markdown_and_csv(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await open_geneva(app, pilot)
        screen = main(app)
        screen.export_quotes("article", "md")
        await settle(app, pilot)
        md = screen.last_export
        assert md is not None and md.parent == tmp_path and md.suffix == ".md"
        assert "Jane Doe" in md.read_text(encoding="utf-8")
        screen.export_quotes("results", "csv")
        await settle(app, pilot)
        rows = list(csv.DictReader(screen.last_export.open(encoding="utf-8")))
        assert any(r["kind"] == "quote" and r["text"] == QUOTE for r in rows)
        assert any(r["kind"] == "number" and r["text"] == "40 percent" for r in rows)


@sync
async def test_palette_lists_the_app_commands(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for wanted in ("Rebuild index", "Raw view", "Corpus quotes", "Skipped files", "Theme"):
            assert any(t.startswith(wanted) for t in titles), wanted
        assert sum("Export" in t for t in titles) == 4


@sync
async def test_files_added_while_running_appear(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        (tmp_path / "corpus" / "zz_new.txt").write_text("Brand new story\n\nNothing else here at all.\n")
        main(app).start_update()  # what the periodic check does
        await settle(app, pilot)
        assert app.query_one(ArticleList).row_count == 7
