"""Cleaning: patterns, corpus evidence and page shape decide what is boilerplate; metadata is read."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ukr_tui.corpus.cleaning import LineStats, article_id, clean_document, paragraphs
from ukr_tui.corpus.config import CleaningConfig, load_config
from ukr_tui.corpus.readers import RawDocument

REPO_CONFIG = load_config(Path(__file__).parents[1] / "config.yaml").cleaning
STORY = [
    "Officials from both sides met in Istanbul on Tuesday to discuss the exchange of prisoners.",
    "The talks lasted six hours and ended without a joint statement, according to two diplomats.",
    "A further round is planned for next month, the foreign ministry said in a short statement.",
]


def doc(text: str, path: str = "/corpus/a.txt", line: int | None = None, **meta: str) -> RawDocument:
    return RawDocument(path, line, text, dict(meta))


def body(text: str, config: CleaningConfig = REPO_CONFIG, stats: LineStats | None = None) -> list[str]:
    return clean_document(doc(text), config, stats).body.split("\n\n")


def test_default_patterns_drop_web_furniture() -> None:
    text = "\n\n".join(
        [
            "Peace Talks Resume in Istanbul After Long Pause",
            STORY[0],
            "Read more: an unrelated story about markets",
            STORY[1],
            "Sign up for our daily newsletter to get the news first.",
            "Share this article",
            STORY[2],
            "Copyright 2024 Some Site. All rights reserved.",
            "Leave a Reply",
        ]
    )
    assert body(text) == STORY


def test_story_mentioning_a_newsletter_survives() -> None:
    keep = "The minister wrote in a newsletter to party members that the talks had stalled, aides said."
    assert keep in body("\n\n".join([STORY[0], keep]))


def test_separators_captions_and_author_note() -> None:
    text = "\n\n".join(
        [
            STORY[0],
            "***",
            "Delegates arrive at the palace in Istanbul, March 29, 2022. (Jane Roe/Reuters)",
            STORY[1],
            "- - -",
            STORY[2],
            "Jane Doe is the diplomatic correspondent for The Example Post.",
        ]
    )
    article = clean_document(doc(text), REPO_CONFIG, None)
    assert article.body.split("\n\n") == STORY
    assert (article.author, article.source) == ("Jane Doe", "The Example Post")


def test_banner_date_without_weather_is_the_articles() -> None:
    headline = "Talks in Istanbul End Without Deal"
    text = "\n".join(["World", "Tuesday, March 29, 2022", "", headline, "", *STORY])
    article = clean_document(doc(text), REPO_CONFIG, None)
    assert article.title == "Talks in Istanbul End Without Deal"
    assert article.date == dt.date(2022, 3, 29)
    assert article.body.split("\n\n") == STORY


def test_banner_date_next_to_weather_is_the_scrape_date() -> None:
    headline = "Talks in Istanbul End Without Deal"
    text = "\n".join(["-3 C", "Kyiv", "Tuesday, March 29, 2022", "", headline, "", *STORY])
    article = clean_document(doc(text), REPO_CONFIG, None)
    assert article.date is None
    assert article.title == "Talks in Istanbul End Without Deal"
    assert article.body.split("\n\n") == STORY


def test_short_headline_after_labels() -> None:
    article = clean_document(doc("\n\n".join(["Europe", "Talks stall", *STORY])), REPO_CONFIG, None)
    assert article.title == "Talks stall"
    assert article.body.split("\n\n") == STORY


def test_no_headline_means_no_title() -> None:
    article = clean_document(doc("\n\n".join(STORY)), REPO_CONFIG, None)
    assert article.title is None
    assert article.body.split("\n\n") == STORY


def test_bylines_original_source_and_dateline() -> None:
    text = "\n\n".join(
        [
            "Talks in Istanbul End Without Deal",
            "By Jane Doe",
            "ISTANBUL, March 29, 2022 (Wire) - " + STORY[0],
            STORY[1],
            "Original Source: https://www.reuters.com/world/some-story",
            "Post Comment",
        ]
    )
    article = clean_document(doc(text), REPO_CONFIG, None)
    assert (article.author, article.source, article.date) == ("Jane Doe", "Reuters", dt.date(2022, 3, 29))
    assert len(article.body.split("\n\n")) == 2


def test_container_metadata_wins_and_repeated_title_dropped() -> None:
    raw = doc(
        "\n\n".join(["Talks End Without Deal", *STORY]),
        title="Talks End Without Deal",
        date="2022-03-29",
        source="Wire Service",
        url="https://example.org/talks",
        author="J. Doe",
    )
    article = clean_document(raw, REPO_CONFIG, None)
    assert (article.title, article.date, article.source, article.author, article.url) == (
        "Talks End Without Deal",
        dt.date(2022, 3, 29),
        "Wire Service",
        "J. Doe",
        "https://example.org/talks",
    )
    assert article.body.split("\n\n") == STORY


def test_hard_wrapped_wire_copy_rejoined() -> None:
    text = (
        "KYIV, March 29 - Officials from both sides met in Istanbul on\n"
        "Tuesday to discuss the exchange of prisoners, diplomats said.\n"
        "    The talks lasted six hours and ended without a joint\n"
        "statement, according to two diplomats at the meeting.\n"
    )
    assert paragraphs(text) == [
        "KYIV, March 29 - Officials from both sides met in Istanbul on Tuesday to discuss the exchange of "
        "prisoners, diplomats said.",
        "The talks lasted six hours and ended without a joint statement, according to two diplomats at the "
        "meeting.",
    ]


def test_line_stats_remove_lines_repeated_across_the_corpus() -> None:
    stats = LineStats()
    site_line = "Support independent journalism on our site today"
    places = ["Istanbul", "Geneva", "Riyadh", "Vienna", "Doha", "Minsk", "Paris", "Oslo", "Rome", "Bern"]
    texts = [f"A story about the talks held in {place} this week.\n\n{site_line}" for place in places]
    keys = [stats.add_text(t) for t in texts]
    assert stats.documents == 10
    cleaned = body(texts[0], CleaningConfig(), stats)
    assert cleaned == ["A story about the talks held in Istanbul this week."]
    # Below the thresholds nothing is dropped.
    strict = CleaningConfig(repeated_line_min_articles=11)
    assert site_line in body(texts[0], strict, stats)
    # Removing documents brings the counts back down.
    for k in keys[:8]:
        stats.remove(k)
    assert stats.documents == 2
    assert site_line in body(texts[0], CleaningConfig(), stats)


def test_line_stats_spare_copies_of_one_story() -> None:
    stats = LineStats()
    text = "\n\n".join(STORY)
    for _ in range(5):
        stats.add_text(text)
    assert body(text, CleaningConfig(), stats) == STORY


def test_line_stats_json_round_trip() -> None:
    stats = LineStats()
    stats.add_text("One line\n\nTwo line")
    stats.add_text("One line\n\nThree")
    restored = LineStats.from_json(stats.to_json())
    assert restored == stats
    assert json.loads(stats.to_json())["documents"] == 2
    # Digits and case are folded: a footer with a changing year is one line.
    assert LineStats.line_keys("© 2023 Site") == LineStats.line_keys("© 2024 SITE")


def test_ids_and_hashes() -> None:
    a = clean_document(doc("Text one here.", path="/c/a.jsonl", line=3), REPO_CONFIG, None)
    b = clean_document(doc("Text one here.", path="/c/a.jsonl", line=4), REPO_CONFIG, None)
    assert a.id == article_id("/c/a.jsonl", 3) != b.id
    assert a.content_hash == b.content_hash
    assert a.line == 3
    assert article_id("/c/a.txt") == article_id(Path("/c/a.txt"))


def test_everything_boilerplate_keeps_the_text() -> None:
    assert body("Share this article\n\nLeave a Reply") == ["Share this article", "Leave a Reply"]


def test_thousands_of_capitalised_words_and_quotes_stay_linear() -> None:
    hostile = ("Capitalised " * 20_000) + ("“" * 20_000) + " is the editor of " + ("Word " * 10_000)
    cleaned = clean_document(doc(hostile), REPO_CONFIG, None)
    assert cleaned.body.startswith("Capitalised Capitalised")


def test_markdown_front_matter_feeds_metadata(tmp_path: Path) -> None:
    from ukr_tui.corpus.readers import read_file

    path = tmp_path / "post.md"
    path.write_text(
        "---\ntitle: Talks End Without Deal\ndate: 2022-03-29\nsource: Example Wire\n---\n"
        "# Talks End Without Deal\n\n" + "\n\n".join(STORY),
        encoding="utf-8",
    )
    (raw,), _ = read_file(path)
    article = clean_document(raw, REPO_CONFIG, None)
    assert (article.title, article.date, article.source) == (
        "Talks End Without Deal",
        dt.date(2022, 3, 29),
        "Example Wire",
    )
    assert article.body.split("\n\n") == STORY


def test_long_paragraph_is_never_furniture() -> None:
    long_story = " ".join(STORY * 10) + " Readers can follow us on the radio, the minister joked."
    assert len(long_story) > 1200
    assert body("\n\n".join([STORY[0], long_story])) == [STORY[0], long_story]
    short = "Follow us on the radio for more."
    assert body("\n\n".join([STORY[0], short])) == [STORY[0]]


def test_date_header_on_its_own_line_under_the_headline() -> None:
    text = "Prisoner Exchange Talks End Without Statement\n\ndate 2025-03-14\n\n" + "\n\n".join(STORY)
    article = clean_document(doc(text), REPO_CONFIG)
    assert article.date == dt.date(2025, 3, 14)
    assert article.title == "Prisoner Exchange Talks End Without Statement"
    assert article.body.split("\n\n") == STORY


def test_people_credited_in_removed_lines_are_kept_as_credits() -> None:
    text = "\n\n".join(
        [
            "Talks in Istanbul End Without Deal",
            "By Jane Doe and John Roe, Reuters",
            STORY[0],
            "Negotiators at the table on Monday. (Kevin Lamarque/Reuters)",
            STORY[1],
        ]
    )
    article = clean_document(doc(text), REPO_CONFIG, None)
    assert "Lamarque" not in article.body and "Jane Doe" not in article.body
    assert article.credits == ("Jane Doe", "John Roe", "Kevin Lamarque")
    from ukr_tui.corpus.extract import extract

    people = {e.name for e in extract(article.body, (), article.credits).entities if e.type == "person"}
    assert {"Jane Doe", "John Roe", "Kevin Lamarque"} <= people


def test_newsletter_sponsor_and_membership_lines_are_furniture() -> None:
    text = "\n\n".join(
        [
            STORY[0],
            "Sign up here to get Brussels Playbook in your inbox at 6 a.m. CET every weekday.",
            STORY[1],
            "This newsletter is presented by Nordvolt Energy. Learn more at nordvolt.eu.",
            "We've been working hard for more than three years. If you'd like to support us, consider"
            " becoming a member.",
            STORY[2],
        ]
    )
    assert body(text)[-3:] == STORY
    assert len(body(text)) == 3


def test_a_datelined_wire_lead_is_body_not_a_headline() -> None:
    # A lead that ends in an abbreviation ("the U.K.") looks like a headline ending in one ("... to U.S.")
    lead = (
        "LONDON, June 19 - Bank of England governor Robin Leigh-Pemberton said cutting rates too fast could "
        "put recent gains at risk in the U.K."
    )
    article = clean_document(doc(lead + "\n\n" + "\n\n".join(STORY)), REPO_CONFIG)
    assert article.body.startswith("LONDON, June 19 - Bank of England governor")
    assert article.title != lead
