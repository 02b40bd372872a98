"""Extraction on the five seed articles, against annotations written from reading them.

Bodies are cleaned with corpus/cleaning.py when it works, else the raw file text is used: the facts
asserted here hold in both.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from annotation_scores import aliases
from ukr_tui.corpus.extract import extract, group_quotes
from ukr_tui.corpus.model import Article, Extraction

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="seed corpus not present")

PEOPLE = {
    "000": {"Volodymyr Zelensky", "Vladimir Putin", "Ursula von der Leyen", "Joe Biden"},
    "001": {
        "Joe Biden",
        "Vladimir Putin",
        "Volodymyr Zelensky",
        "Mykhailo Podolyak",
        "Jimmy Quinn",
        "Kevin Lamarque",
    },
    "002": {"Volodymyr Zelensky", "Adrienne Watson", "Joe Biden", "Vladimir Putin", "Jake Sullivan"},
    "003": {
        "William Burns",
        "Jake Sullivan",
        "Yuri Ushakov",
        "Vladimir Putin",
        "Tucker Carlson",
        "Joe Biden",
        "Volodymyr Zelensky",
        "Avril Haines",
        "Kyle Anzalone",
    },
    "004": {
        "Volodymyr Zelensky",
        "Marco Rubio",
        "Mike Waltz",
        "Donald Trump",
        "Mohammed bin Salman",
        "Andriy Yermak",
        "Vladimir Putin",
        "Steve Witkoff",
        "Sergei Lavrov",
    },
}

QUOTES = {  # (fragment of the quote, speaker, kind)
    "000": [
        ("Ukraine fatigue is a real thing", "an unnamed US official", "anonymous"),
        ("Actions speak louder than words", "a spokesman for the US state department", "anonymous"),
        ("demonstrated its unwillingness", "a spokesman for the US state department", "anonymous"),
    ],
    "001": [
        ("Ukraine fatigue is a real thing", "one U.S. official", "anonymous"),
        ("never refused to negotiate", "Mykhailo Podolyak", "named"),
    ],
    "002": [
        ("top concern", "one source", "anonymous"),
        ("do not assess that the conflict", "Jake Sullivan", "named"),
    ],
    "003": [
        ("came to nothing", "an unnamed senior Russian official", "anonymous"),
        ("retreat from Avdiivka", "Avril Haines", "named"),
        ("running out of ammunition", "William Burns", "named"),
    ],
    "004": [("just about have", "Donald Trump", "named")],
}

FIGURES = {  # (text, kind, value, unit, qualifier)
    "002": [
        ("$43.9 billion", "money", 43.9e9, "USD", None),
        ("$5 billion", "money", 5e9, "USD", "approximately"),
        ("$6.2 billion", "money", 6.2e9, "USD", None),
        ("41%", "percent", 41, "%", None),
        ("2 million shells", "count", 2e6, "shells", None),
        ("10 million rounds", "count", 1e7, "rounds", "an estimated"),
        ("50 nations", "count", 50, "nations", "over"),
        ("February 2022", "date", None, None, None),
        ("October 7", "date", None, None, None),
        ("three months", "duration", 3, "months", None),
    ],
    "003": [
        ("2023", "year", 2023, None, None),
        ("first", "ordinal", 1, None, None),
        ("two months", "duration", 2, "months", None),
    ],
    "004": [("20%", "percent", 20, "%", "about"), ("February 2022", "date", None, None, None)],
}


def _article(path: Path) -> tuple[str, tuple[str, ...]]:
    """The body and the credited people (bylines, photo credits, author notes cleaning removed), as the
    indexer extracts them."""
    from ukr_tui.corpus.cleaning import clean_document
    from ukr_tui.corpus.config import load_config
    from ukr_tui.corpus.readers import read_file

    docs, _ = read_file(path)
    config = load_config(Path(__file__).resolve().parents[1] / "config.yaml").cleaning
    article = clean_document(docs[0], config)
    return article.body, article.credits


def _seed(prefix: str) -> tuple[str, Extraction]:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    body, credits = _article(path)
    return body, extract(body, aliases(), credits)


@pytest.mark.parametrize("prefix", sorted(PEOPLE))
def test_people(prefix: str) -> None:
    _, ex = _seed(prefix)
    found = [e.name for e in ex.entities if e.type == "person"]
    assert len(found) == len(set(found)), "one entry per person"
    # the byline authors and the photographer are listed though their lines left the body
    assert set(found) == PEOPLE[prefix]


@pytest.mark.parametrize("prefix", sorted(QUOTES))
def test_quotes_and_speakers(prefix: str) -> None:
    _, ex = _seed(prefix)
    holding: set[int] = set()
    for fragment, speaker, kind in QUOTES[prefix]:
        (i,) = [i for i, q in enumerate(ex.quotes) if fragment in q.text]
        assert (ex.quotes[i].speaker, ex.quotes[i].speaker_kind) == (speaker, kind)
        holding.add(i)
    # no quote beyond the annotated ones ("...," he added. "..." is one statement holding two fragments)
    assert holding == set(range(len(ex.quotes)))


@pytest.mark.parametrize("prefix", sorted(FIGURES))
def test_figures(prefix: str) -> None:
    body, ex = _seed(prefix)
    got = {(f.text, f.kind, f.value, f.unit, f.qualifier) for f in ex.numbers}
    for fig in FIGURES[prefix]:
        assert fig in got
    for f in ex.numbers:
        assert body[f.start : f.end] == f.text and f.text in f.sentence


def test_same_quote_in_000_and_001_groups() -> None:
    articles = []
    for prefix in ("000", "001", "002"):
        body, ex = _seed(prefix)
        articles.append(Article(id=prefix, path=prefix, title=None, body=body, extraction=ex))
    (group,) = group_quotes(articles)
    assert set(group.articles) == {"000", "001"}
    assert "Ukraine fatigue" in group.text


def test_seed_scores() -> None:
    """People F1 over all five seeds, for the report (asserted loosely: the exact sets are asserted above)."""
    tp = fp = fn = 0
    for prefix, expected in PEOPLE.items():
        body, ex = _seed(prefix)
        expected = {p for p in expected if p.split()[-1] in body}
        found = {e.name for e in ex.entities if e.type == "person"}
        tp, fp, fn = tp + len(found & expected), fp + len(found - expected), fn + len(expected - found)
    assert 2 * tp / (2 * tp + fp + fn) >= 0.95
