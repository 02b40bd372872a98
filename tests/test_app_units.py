"""The app's plain helpers: citation template, text rendering by offsets, state file, export, keymap."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from app_harness import make_app, settle, sync
from rich.style import Style
from ukr_tui.corpus.model import Article, Extraction, Figure, Quote
from ukr_tui.tui import bindings, clipboard
from ukr_tui.tui.citation import DEFAULT_TEMPLATE, format_citation
from ukr_tui.tui.export import export
from ukr_tui.tui.render import ReaderStyles, article_layers, paragraphs, shown_path, styled_paragraph
from ukr_tui.tui.state import load_state, save_state

BODY = 'Jane Doe said "[bold]no[/bold] deal" on Friday.\n\nIt cost $5 million.'
QUOTE = Quote("[bold]no[/bold] deal", "Jane Doe", "named", 15, 35)
FIGURE = Figure("$5 million", 5e6, "USD", "money", None, "It cost $5 million.", 57, 67)
ARTICLE = Article(
    id="a1",
    path="/c/x.txt",
    title="T",
    body=BODY,
    date=dt.date(2024, 3, 1),
    source="Wire",
    extraction=Extraction(quotes=(QUOTE,), numbers=(FIGURE,)),
)
STYLES = ReaderStyles(*(Style(color=c) for c in ("red", "green", "blue", "cyan", "white", "grey50")))


def test_offsets_in_fixture_are_right() -> None:
    assert BODY[QUOTE.start : QUOTE.end] == QUOTE.text
    assert BODY[FIGURE.start : FIGURE.end] == FIGURE.text


def test_citation_default_and_missing_fields() -> None:
    cited = format_citation(DEFAULT_TEMPLATE, QUOTE, ARTICLE)
    assert cited == "“[bold]no[/bold] deal” — Jane Doe, Wire, 2024-03-01"
    bare = Article(id="b", path="/p", title=None, body=BODY)
    anonymous = Quote("x y", None, "unknown", 0, 3)
    cited = format_citation(DEFAULT_TEMPLATE, anonymous, bare)
    assert cited == "“x y” — unknown speaker, unknown source, undated"


@pytest.mark.parametrize("template", ["{text} {nope}", "{text", "{text.__class__}", "{0}"])
def test_bad_citation_templates_fall_back(template: str) -> None:
    assert format_citation(template, QUOTE, ARTICLE) == format_citation(DEFAULT_TEMPLATE, QUOTE, ARTICLE)


def test_custom_template_fields() -> None:
    assert format_citation("{speaker} ({source}, {title}): {text}", QUOTE, ARTICLE) == (
        "Jane Doe (Wire, T): [bold]no[/bold] deal"
    )


def test_paragraphs_and_styles_by_offset_never_markup() -> None:
    spans = paragraphs(BODY)
    assert [BODY[a:b] for a, b in spans] == [BODY.split("\n\n")[0], "It cost $5 million."]
    layers = article_layers(ARTICLE, [(0, 4)], mark=None, styles=STYLES)
    first = styled_paragraph(BODY, spans[0], layers)
    assert first.plain == BODY[: spans[0][1]]
    assert "[bold]" in first.plain  # literal, not parsed
    styled = {(s.start, s.end, str(s.style)) for s in first.spans}
    assert (0, 4, "red") in styled and (15, 35, "green") in styled
    second = styled_paragraph(BODY, spans[1], layers)
    assert {(s.start, s.end) for s in second.spans} == {(8, 18)}  # offsets made relative to the paragraph


def test_shown_path_is_relative_to_its_corpus() -> None:
    assert shown_path("/c/sub/x.txt", [Path("/other"), Path("/c")]) == "sub/x.txt"
    assert shown_path("/elsewhere/x.txt", [Path("/c")]) == "/elsewhere/x.txt"


def test_state_round_trip_and_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "s" / "state.json"
    save_state({"theme": "nord"}, path)
    assert load_state(path) == {"theme": "nord"}
    path.write_text("{not json")
    assert load_state(path) == {}


def test_markdown_export_escapes_markup(tmp_path: Path) -> None:
    out = export([ARTICLE], "article", "md", tmp_path)
    assert out.parent == tmp_path and out.name.startswith("ukr-tui-article-")
    text = out.read_text()
    assert "Jane Doe" in text and "\\[bold\\]no\\[/bold\\] deal" in text and "$5 million" in text
    assert "file x.txt" in text


def test_keymap_keeps_known_ids_only() -> None:
    assert bindings.keymap({"sort": "o", "nonsense": "x"}) == {"sort": "o"}
    assert bindings.unknown_ids({"sort": "o", "nonsense": "x"}) == ["nonsense"]
    ids = [b.id for _, group in bindings.GROUPS for b in group]
    assert all(ids) and all(b.tooltip for _, group in bindings.GROUPS for b in group)


def test_system_clipboard_is_skipped_when_disabled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(clipboard.DISABLE_ENV, "1")
    assert clipboard.system_copy("x") is False


@sync
async def test_chosen_theme_is_remembered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UKR_TUI_STATE_DIR", str(tmp_path / "state"))
    app = make_app(tmp_path)
    app.remember_theme = True
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        app.theme = "nord"
        await pilot.pause()
    assert load_state()["theme"] == "nord"
    second = make_app(tmp_path / "again")
    second.remember_theme = True
    async with second.run_test(size=(100, 30)) as pilot:
        await settle(second, pilot)
        assert second.theme == "nord"


@sync
async def test_every_builtin_theme_applies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UKR_TUI_STATE_DIR", str(tmp_path / "state"))
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        themes = sorted(app.available_themes)
        assert len(themes) > 5
        for theme in themes:
            app.theme = theme
            await pilot.pause()
            assert app.theme == theme
            reader = app.screen.query_one("#reader")
            assert reader.get_component_rich_style("reader--hit").bgcolor is not None


def test_control_characters_never_reach_the_terminal() -> None:
    from ukr_tui.tui.render import one_line, safe

    body = "a\x1b[2Jb\x07c\x9bz\x7f"
    text = styled_paragraph(body, (0, len(body)), [([(1, 2)], Style(bold=True))])
    assert len(text.plain) == len(body)  # same length: offsets still line up
    assert not any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in text.plain)
    assert safe("x\ny\tz") == "x\ny\tz"
    assert one_line("T\x1b]52;c;aGk=\x07itle\n") == "T ]52;c;aGk= itle"


@sync
async def test_long_result_lists_are_drawn_in_chunks() -> None:
    from textual.app import App, ComposeResult
    from ukr_tui.search.results import Hit
    from ukr_tui.tui.widgets.article_list import FIRST_ROWS, ArticleList

    hits = [Hit(f"id{i}", f"/p{i}", f"Title {i}", None, None, None, 1.0, (), "") for i in range(400)]

    class Host(App[None]):
        def compose(self) -> ComposeResult:
            yield ArticleList()

    app = Host()
    async with app.run_test(size=(80, 24)) as pilot:
        listing = app.query_one(ArticleList)
        listing.show_hits(hits, keep="id200")
        assert FIRST_ROWS <= listing.row_count <= 201  # enough to put the cursor on the kept row
        assert listing.current_id == "id200"
        await pilot.pause()
        await pilot.pause()
        for _ in range(10):
            if listing.row_count == len(hits):
                break
            await pilot.pause()
        assert listing.row_count == len(hits)
        listing.show_hits(hits[:5])
        assert listing.row_count == 5 and listing.current_id == "id0"


def test_run_app_reports_an_unusable_index_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from ukr_tui.corpus.config import load_config
    from ukr_tui.tui.app import run_app

    foreign = tmp_path / "not-an-index"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine")
    config = load_config(Path(__file__).resolve().parents[1] / "config.yaml").with_overrides(
        [tmp_path], foreign
    )
    assert run_app(config) == 2
    assert "cannot open the index" in capsys.readouterr().err
    assert (foreign / "notes.txt").read_text() == "mine"


@sync
async def test_one_name_typed_two_ways_is_listed_without_clashing(tmp_path: Path) -> None:
    # Across a corpus the same name can come out as a person in one article and an organisation in
    # another; the sidebar once crashed with DuplicateID on Reuters.
    from ukr_tui.corpus.model import Entity
    from ukr_tui.tui.widgets.entity_sidebar import EntitySidebar

    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        sidebar = app.query_one(EntitySidebar)
        sidebar.show([Entity("Reuters", "org", 3), Entity("Reuters", "person", 1)], "corpus")
        await pilot.pause()
        listing = app.query_one("#entity-list")
        ids = [listing.get_option_at_index(i).id for i in range(listing.option_count)]
        assert "entity:org:Reuters" in ids and "entity:person:Reuters" in ids


def test_list_rows_name_untitled_articles_by_file_and_cut_meta_with_an_ellipsis() -> None:
    from ukr_tui.search.results import Hit
    from ukr_tui.tui.widgets.article_list import row_cells

    source = "A Very Long Source Name Indeed"
    hit = Hit("i", "/c/wire feed.jsonl", None, None, source, None, 1.0, (), "", line=7)
    cell, _ = row_cells(hit, 20)
    title, meta = cell.plain.splitlines()
    assert title == "wire feed.jsonl:7"
    assert len(meta) == 20 and meta.endswith("…") and meta.startswith("undated · A Very")
