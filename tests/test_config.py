"""Configuration lookup order, relative paths, and errors that name file, line and key."""

from __future__ import annotations

from pathlib import Path

import pytest
from ukr_tui.corpus.config import (
    PACKAGED_CONFIG,
    AppConfig,
    CleaningConfig,
    ConfigError,
    find_config,
    load_config,
)

REPO = Path(__file__).parents[1]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder and XDG config home with no config file in either."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    return tmp_path


def test_packaged_defaults_when_nothing_else(home: Path) -> None:
    assert find_config() == PACKAGED_CONFIG
    config = load_config()
    assert config.aliases  # the documented defaults carry the alias table
    assert config.app.max_results > 0


def test_xdg_config_beats_packaged(home: Path) -> None:
    xdg = home / "xdg" / "ukr-tui" / "config.yaml"
    xdg.parent.mkdir(parents=True)
    xdg.write_text("index_dir: idx\n")
    assert find_config() == xdg
    assert load_config().index_dir == (xdg.parent / "idx").resolve()


def test_working_folder_beats_xdg(home: Path) -> None:
    xdg = home / "xdg" / "ukr-tui" / "config.yaml"
    xdg.parent.mkdir(parents=True)
    xdg.write_text("index_dir: from-xdg\n")
    local = home / "work" / "config.yaml"
    local.write_text("index_dir: from-cwd\n")
    assert find_config() == local


def test_explicit_file_beats_everything(home: Path) -> None:
    (home / "work" / "config.yaml").write_text("index_dir: from-cwd\n")
    explicit = home / "mine.yaml"
    explicit.write_text("corpus: [articles, ../more]\n")
    config = load_config(explicit)
    # relative paths resolve against the config file's folder, not the working folder
    assert config.corpus == ((home / "articles").resolve(), (home.parent / "more").resolve())


def test_missing_explicit_file_is_an_error(home: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        load_config(home / "absent.yaml")


def test_repo_config_is_the_documented_default() -> None:
    config = load_config(REPO / "config.yaml")
    assert config.corpus == ((REPO.parent / "shared" / "corpus").resolve(),)
    names = {a.name for a in config.aliases}
    assert {"Kyiv", "Volodymyr Zelensky", "United States"} <= names


@pytest.mark.parametrize(
    ("text", "line", "key", "fragment"),
    [
        ("corpus: [a\nindex_dir: x\n", 2, None, "invalid YAML"),
        ("app:\n  theme: dark\n  colour: red\n", 3, "app.colour", "unknown key"),
        ("app:\n  max_results: many\n", 2, "app.max_results", "whole number"),
        ("cleaning:\n  repeated_line_share: -1\n", 2, "cleaning.repeated_line_share", "negative"),
        ("aliases:\n  - name: Kyiv\n    type: city\n", 2, "aliases.type", "must be one of"),
        ("cleaning:\n  boilerplate_patterns: ['(unclosed']\n", 2, "cleaning.boilerplate_patterns", "regular"),
        ("index_dir: [1, 2]\n", 1, "index_dir", "single value"),
        # an empty value is "needs a value", never a traceback, wherever null has no documented meaning
        ("app:\n  theme:\n", 2, "app.theme", "needs a value"),
        ("corpus:\n", 1, "corpus", "needs a value"),
        ("corpus:\n  - a\n  -\n", 3, "corpus", "needs a value"),
        ("aliases:\n", 1, "aliases", "needs a value"),
        ("aliases:\n  - name:\n    type: person\n", 2, "aliases.name", "needs a value"),
        ("aliases:\n  - name: Kyiv\n    variants: [Kiev, ~]\n", 3, "aliases.variants", "needs a value"),
        ("app:\n  max_results: null\n", 2, "app.max_results", "needs a value"),
        ("cleaning:\n  boilerplate_patterns:\n", 2, "cleaning.boilerplate_patterns", "needs a value"),
        ("app:\n  keys:\n    quit:\n", 3, "app.keys.quit", "needs a value"),
        # documented ranges, finite numbers
        ("cleaning:\n  repeated_line_share: 2\n", 2, "cleaning.repeated_line_share", "from 0 to 1"),
        ("cleaning:\n  repeated_line_share: .nan\n", 2, "cleaning.repeated_line_share", "finite"),
        ("app:\n  watch_interval: .inf\n", 2, "app.watch_interval", "finite"),
        # values YAML composes but cannot construct
        ("app:\n  theme: !custom dark\n", 2, "app.theme", "unreadable value"),
        ("app:\n  max_results: !!int many\n", 2, "app.max_results", "unreadable value"),
        ("app:\n  theme: a\n  theme: b\n", 3, "app.theme", "given twice"),
        # a pattern that can backtrack exponentially
        (
            "cleaning:\n  boilerplate_patterns:\n    - ok\n    - '(a+)+$'\n",
            4,
            "cleaning.boilerplate_patterns",
            "exponential",
        ),
        # a NUL byte: PyYAML's message spans lines; ours names the line
        ("app:\n  theme: a\x00b\n", 2, None, "U+0000"),
    ],
)
def test_errors_name_file_line_and_key(
    tmp_path: Path, text: str, line: int, key: str | None, fragment: str
) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    error = caught.value
    assert error.path == str(path)
    assert error.line == line
    assert error.key == key
    assert fragment in error.message
    assert str(error).startswith(f"{path}:{line}: ")
    assert "\n" not in str(error)


@pytest.mark.parametrize(
    "text", ["index_dir:\n", "index_dir: ~\n", "app:\n", "cleaning:\n", "app:\n  keys:\n"]
)
def test_null_keeps_the_default_where_that_is_what_null_means(tmp_path: Path, text: str) -> None:
    """`index_dir: null` is documented as the per-user cache; an empty section or key map sets nothing."""
    path = tmp_path / "config.yaml"
    path.write_text("corpus: [c]\n" + text)
    config = load_config(path)
    assert config.index_dir is None
    assert config.app == AppConfig()
    assert config.cleaning == CleaningConfig()


@pytest.mark.parametrize(
    "pattern", ["(a+)+$", "(a*)*", r"^(\w+\s?)+$", r"^(?:x\w+)*$", "(a|b+)+", "((a+)?)+", "(?=(a+)+)"]
)
def test_nested_repeats_are_rejected(tmp_path: Path, pattern: str) -> None:
    assert_pattern_refused(tmp_path, pattern, "exponential")


def pattern_config(tmp_path: Path, pattern: str) -> Path:
    """A config whose only setting is one boilerplate pattern, on line 3."""
    path = tmp_path / "config.yaml"
    path.write_text(f"cleaning:\n  boilerplate_patterns:\n    - '{pattern}'\n")
    return path


def assert_pattern_refused(tmp_path: Path, pattern: str, why: str) -> None:
    with pytest.raises(ConfigError, match=why) as caught:
        load_config(pattern_config(tmp_path, pattern))
    assert (caught.value.line, caught.value.key) == (3, "cleaning.boilerplate_patterns")


@pytest.mark.parametrize("pattern", [r"(\w+ )+", r"(\d+,)+x", "(a++)+", "((?>a+))+", "(a{2})+", "^(x|y)?z+$"])
def test_safe_repeats_are_accepted(tmp_path: Path, pattern: str) -> None:
    assert load_config(pattern_config(tmp_path, pattern)).cleaning.boilerplate_patterns == (pattern,)


@pytest.mark.parametrize("text", ["index_dir: [\n", "app:\n  theme:\n", "corpus:\n", "app:\n  theme: \x00\n"])
def test_cli_reports_one_line_and_exits_2(tmp_path: Path, text: str, capsys: pytest.CaptureFixture) -> None:
    from ukr_tui.tui.cli import main

    path = tmp_path / "config.yaml"
    path.write_text(text)
    assert main(["--config", str(path), "search", "x"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"ukr-tui: configuration error: {path}:")
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_command_line_overrides_win(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("corpus: [a]\nindex_dir: b\n")
    config = load_config(path).with_overrides(corpus=[tmp_path / "c"], index_dir=tmp_path / "d")
    assert config.corpus == ((tmp_path / "c").resolve(),)
    assert config.index_dir == (tmp_path / "d").resolve()


@pytest.mark.parametrize("pattern", ["^", "x?", "(?i)^\\s*$", "|share"])
def test_patterns_matching_empty_text_are_rejected(tmp_path: Path, pattern: str) -> None:
    assert_pattern_refused(tmp_path, pattern, "matches empty text")
