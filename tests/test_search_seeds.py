"""Searches over the five seed articles return exactly the right articles (by file-name prefix)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ukr_tui.corpus.config import load_config
from ukr_tui.search.index import CorpusIndex

REPO = Path(__file__).parents[1]
SEEDS = REPO.parent / "shared" / "corpus"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="seed corpus ../shared/corpus not present")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> CorpusIndex:
    config = load_config(REPO / "config.yaml").with_overrides(
        corpus=[SEEDS], index_dir=tmp_path_factory.mktemp("seed-index")
    )
    ix = CorpusIndex.open(config)
    summary = ix.update()
    assert summary.added == 5
    return ix


def found(index: CorpusIndex, query: str, **kwargs: object) -> set[str]:
    results = index.search(query, **kwargs)  # type: ignore[arg-type]
    assert results.total == len(results.hits)
    return {Path(hit.path).name[:3] for hit in results.hits}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # alias folding: Kiev (only in 003) and Kyiv (001, 002, 004) are one place
        ("Kiev", {"001", "002", "003", "004"}),
        ("kyiv", {"001", "002", "003", "004"}),
        # Zelenskyy (002) and Zelensky (the others) are one person; accents and case folded
        ("Zelenskyy", {"000", "001", "002", "003", "004"}),
        ("ZELÉNSKIY", {"000", "001", "002", "003", "004"}),
        ("ceasefire", {"003", "004"}),
        ('"peace talks"', {"001", "002"}),
        ('"Washington Post"', {"000", "001"}),
        ("Saud*", {"004"}),
        ("Kher*", {"001"}),
        ("ceasefire NOT Rubio", {"003"}),
        ("Sullivan AND Burns", {"003"}),
        ("Sullivan OR Podolyak", {"001", "002", "003"}),
        ("title:ceasefire", {"003", "004"}),
        # date filters: only 000 states its date (2022-11-07)
        ("after:2022-01-01", {"000"}),
        ('Zelensky before:"March 2023"', {"000"}),
        ("on:2022-11", {"000"}),
        ("on:2022-11-07 Zelensky", {"000"}),
        ("after:2023-01-01", set()),
        ("before:2022-11-07", set()),
        # source filters
        ('source:"national review"', {"001"}),
        ("talks source:national", {"001"}),
    ],
)
def test_seed_query(index: CorpusIndex, query: str, expected: set[str]) -> None:
    assert found(index, query) == expected


def test_empty_query_lists_every_article_newest_first(index: CorpusIndex) -> None:
    results = index.search("")
    assert results.total == 5
    assert Path(results.hits[0].path).name.startswith("000")  # the only dated one comes first


def test_filters_are_reported_as_chips(index: CorpusIndex) -> None:
    results = index.search('talks after:2022-01-01 source:"national review"')
    assert results.notice == "4 undated articles left out by the date filter"
    assert index.search("talks").notice is None
    assert [str(chip) for chip in results.filters] == ["after:2022-01-01", "source:national review"]


def test_highlights_include_alias_and_stemmed_forms(index: CorpusIndex) -> None:
    hit = index.search("Kyiv").hits
    article = index.article(next(h.id for h in hit if Path(h.path).name.startswith("003")))
    words = {article.body[a:b] for a, b in index.highlights(article, "Kyiv")}
    assert words == {"Kiev"}
    talk = index.article(
        next(h.id for h in index.search("talks").hits if Path(h.path).name.startswith("001"))
    )
    forms = {talk.body[a:b].lower() for a, b in index.highlights(talk, "talk")}
    assert "talks" in forms


def test_sort_by_date_puts_undated_last(index: CorpusIndex) -> None:
    results = index.search("Zelensky", sort="date")
    assert results.hits[0].date is not None
    assert all(hit.date is None for hit in results.hits[1:])


def test_cached_filter_gives_the_same_answers_as_a_fresh_one(index: CorpusIndex) -> None:
    # The filter's documents are remembered per searcher; words change under the same filter as a user types.
    for _ in range(2):
        assert {Path(h.path).name[:3] for h in index.search("talks source:national").hits} == {"001"}
        assert index.search("zelensky source:national").total == 1
        assert index.search("putin after:2022-01-01").total == 1
        assert index.search("sullivan after:2022-01-01").total == 0
