"""Query parsing: filters out of the text, bad syntax searched as plain words, folding that is safe."""

from __future__ import annotations

import datetime as dt

import pytest
from ukr_tui.corpus.config import Alias
from ukr_tui.search.analysis import TermAnalyzer, build_fold_map, make_text_analyzer
from ukr_tui.search.query import QueryParser, find_problem, parse_period, positive_terms
from ukr_tui.search.schema import build_schema
from whoosh import query as wq

ALIASES = (
    Alias("Volodymyr Zelensky", "person", ("Zelensky", "Zelenskyy", "Zelenskiy")),
    Alias("Kyiv", "place", ("Kiev",)),
    Alias("United States", "place", ("US", "U.S.", "USA", "America")),
    Alias("European Union", "org", ("EU",)),
    Alias("Joe Biden", "person", ("Biden", "Bill")),
)
TODAY = dt.date(2025, 6, 15)


@pytest.fixture(scope="module")
def parser() -> QueryParser:
    return QueryParser(build_schema(build_fold_map(ALIASES)))


@pytest.fixture(scope="module")
def terms() -> TermAnalyzer:
    return TermAnalyzer(make_text_analyzer(build_fold_map(ALIASES)))


def test_fold_map_skips_unsafe_variants() -> None:
    fold = build_fold_map(ALIASES)
    assert fold["kiev"] == ("kyiv",)
    assert fold["zelenskyy"] == ("zelensky",)  # a spelling of one word of the name folds to that word
    assert fold["usa"] == ("united", "states")  # an abbreviation stands for the whole name
    assert fold["u.s"] == ("united", "states")
    assert "us" not in fold  # the pronoun
    assert "eu" not in fold  # two letters
    assert "bill" not in fold  # a common word
    assert "zelensky" not in fold  # already a word of the name


def test_analyzer_folds_case_accents_aliases_and_stems(terms: TermAnalyzer) -> None:
    assert terms.terms("Kiev KIEV Kíev") == ["kyiv", "kyiv", "kyiv"]
    assert terms.terms("Zelenskiy") == terms.terms("zelensky")
    assert terms.terms("negotiations") == terms.terms("negotiation")
    assert terms.terms("tell us") == ["tell"]  # `us` is a stop word, never the United States


def test_alias_expansion_keeps_phrase_positions() -> None:
    analyzer = make_text_analyzer(build_fold_map(ALIASES))
    tokens = [(t.text, t.pos) for t in analyzer("USA trade talks", positions=True)]
    assert tokens == [("unit", 0), ("state", 1), ("trade", 2), ("talk", 3)]


def test_filters_are_taken_out_and_applied_as_filter(parser: QueryParser) -> None:
    parsed = parser.parse('peace after:2024-01-01 before:"March 2024" source:reuters', TODAY)
    assert [str(c) for c in parsed.filters] == ["after:2024-01-01", "before:March 2024", "source:reuters"]
    assert parsed.notice is None
    assert "date" not in repr(parsed.query)  # the range is a filter, never inside the query
    assert isinstance(parsed.filter, wq.And)
    ranges = [q for q in parsed.filter.children() if isinstance(q, wq.NumericRange)]
    assert ranges[0].start == dt.date(2024, 1, 1).toordinal()
    assert ranges[1].end == dt.date(2024, 2, 29).toordinal()


def test_filter_only_query_is_empty(parser: QueryParser) -> None:
    parsed = parser.parse("on:2023", TODAY)
    assert parsed.empty
    (rng,) = [parsed.filter]
    assert isinstance(rng, wq.NumericRange)
    assert (rng.start, rng.end) == (dt.date(2023, 1, 1).toordinal(), dt.date(2023, 12, 31).toordinal())


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ('"peace talks', '"peace talks'),
        ("(ceasefire OR truce", "("),
        ("ceasefire)", ")"),
        ("*", "*"),
        ("*raine", "*raine"),
        ("colour:red talks", "colour:"),
    ],
)
def test_bad_syntax_is_searched_as_plain_words(parser: QueryParser, text: str, token: str) -> None:
    parsed = parser.parse(text, TODAY)
    assert parsed.notice is not None
    assert "plain words" in parsed.notice
    assert token in parsed.notice


def test_plain_fallback_still_finds_the_words(parser: QueryParser) -> None:
    parsed = parser.parse('"peace talks', TODAY)
    found, _ = positive_terms(parsed.query)
    assert found == {"peac", "talk"}


@pytest.mark.parametrize(
    "value",
    [
        "2024-13-45",
        "0000-01-01",
        "9999-01-01",
        "9999-12-31",
        "9999-12",
        "-1",
        "12",
        '"next blursday"',
        "99999999",
    ],
)
def test_absurd_dates_are_ignored_with_a_notice(parser: QueryParser, value: str) -> None:
    parsed = parser.parse(f"talks after:{value}", TODAY)
    assert parsed.filter is None
    assert parsed.notice is not None and f"after:{value}" in parsed.notice
    assert positive_terms(parsed.query)[0] == {"talk"}


def test_periods() -> None:
    assert parse_period("2023-03-05") == (dt.date(2023, 3, 5), dt.date(2023, 3, 6))
    assert parse_period("2023-02") == (dt.date(2023, 2, 1), dt.date(2023, 3, 1))
    assert parse_period("March 2023", TODAY) == (dt.date(2023, 3, 1), dt.date(2023, 4, 1))
    assert parse_period("yesterday", TODAY) == (dt.date(2025, 6, 14), dt.date(2025, 6, 15))
    assert parse_period("2023-02-30") is None


def test_positive_terms_leave_out_negated_words(parser: QueryParser) -> None:
    parsed = parser.parse('"peace deal" NOT Kiev negotia*', TODAY)
    found, prefixes = positive_terms(parsed.query)
    assert found == {"peac", "deal"}
    assert prefixes == {"negotia"}


def test_find_problem_accepts_good_syntax() -> None:
    assert find_problem('("peace talks" OR ceasefire) AND title:Kyiv NOT Putin') is None


def test_whoosh_errors_never_escape(parser: QueryParser) -> None:
    for text in ["AND", "NOT", "OR OR OR", "title:", '""', "^2", "a" * 5000, "«»", "\x1b[31m"]:
        parsed = parser.parse(text, TODAY)
        assert parsed.query is not None
