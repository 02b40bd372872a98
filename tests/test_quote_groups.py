from __future__ import annotations

import datetime as dt

from ukr_tui.corpus.model import Article, Extraction, Quote
from ukr_tui.corpus.quote_groups import QuoteGroup, group_quotes, normalise


def article(aid: str, date: dt.date | None, *quotes: tuple[str, str | None, str]) -> Article:
    qs = tuple(Quote(t, s, k, 0, len(t)) for t, s, k in quotes)  # type: ignore[arg-type]
    return Article(id=aid, path=aid, title=None, body="", date=date, extraction=Extraction(quotes=qs))


def test_typography_and_truncation_differences_group() -> None:
    a = article(
        "late",
        dt.date(2022, 11, 7),
        ("Ukraine fatigue is a real thing for some of our partners", "an unnamed US official", "anonymous"),
    )
    b = article(
        "early",
        dt.date(2022, 11, 5),
        ("“Ukraine fatigue is a real thing for some of our partners,”", "one U.S. official", "anonymous"),
    )
    c = article("part", None, ("a real thing for some of our partners", None, "unknown"))
    d = article("other", None, ("Something else entirely was said here", None, "unknown"))
    (group,) = group_quotes([a, b, c, d])
    assert group.articles == ("early", "late", "part")
    assert group.first_date == dt.date(2022, 11, 5)
    assert set(group.members) == {("late", 0), ("early", 0), ("part", 0)}
    assert group.speaker == "one U.S. official"


def test_named_speaker_wins_and_round_trip() -> None:
    a = article(
        "a", dt.date(2024, 1, 1), ("We’re running out of time to help them.", "William Burns", "named")
    )
    b = article("b", dt.date(2024, 1, 2), ("We're running out of time to help them", None, "unknown"))
    (group,) = group_quotes([b, a])
    assert (group.speaker, group.speaker_kind, group.articles) == ("William Burns", "named", ("a", "b"))
    assert QuoteGroup.from_dict(group.to_dict()) == group


def test_short_or_single_article_quotes_do_not_group() -> None:
    a = article(
        "a", None, ("not ready yet", None, "unknown"), ("We will win this war together", None, "unknown")
    )
    b = article("b", None, ("not ready yet", None, "unknown"))
    assert group_quotes([a, b]) == []


def test_normalise_drops_typography() -> None:
    assert normalise("“We’ve said it,” he — Ré") == normalise('"We\'ve said it" he re')
