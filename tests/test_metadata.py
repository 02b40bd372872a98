"""Metadata helpers: what a short line states, and nothing guessed."""

from __future__ import annotations

import datetime as dt

import pytest
from ukr_tui.corpus import metadata as md


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-11-07", dt.date(2022, 11, 7)),
        ("2023-02-24T10:00:00+00:00", dt.date(2023, 2, 24)),
        ("Monday, June 24, 2024", dt.date(2024, 6, 24)),
        ("24 June 2024", dt.date(2024, 6, 24)),
        ("Nov. 7, 2022", dt.date(2022, 11, 7)),
        ("Sept 3rd, 2023", dt.date(2023, 9, 3)),
        ("03/04/2023", dt.date(2023, 3, 4)),  # dateparser path, month first as in US pages
        ("June 24", None),  # no year: not a publication date
        ("2022-13-45", None),
        ("", None),
        ("word " * 30, None),  # prose is never handed to dateparser
    ],
)
def test_parse_date(text: str, expected: dt.date | None) -> None:
    assert md.parse_date(text) == expected


def test_date_header_and_date_line() -> None:
    assert md.date_header("date 2022-11-07 After months") == (dt.date(2022, 11, 7), "After months")
    assert md.date_header("Published: 2021-05-01\nText") == (dt.date(2021, 5, 1), "Text")
    assert md.date_header("The date 2022-11-07 was") is None
    assert md.date_line("Monday, June 24, 2024") == dt.date(2024, 6, 24)
    assert md.date_line("Talks resume on June 24, 2024 in Geneva after a pause") is None


def test_dateline_needs_a_year() -> None:
    assert md.dateline("KYIV, Nov. 7, 2022 (Reuters) - Officials said") == dt.date(2022, 11, 7)
    assert md.dateline("SALVADOR, Feb 26 - Showers continued") is None
    assert md.dateline("Officials said on Nov. 7, 2022 - that") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("www.bbc.com", "BBC"),
        ("https://www.bbc.co.uk/news/world-123", "BBC"),
        ("https://edition.cnn.com/2023/x", "CNN"),
        ("www.example-news.org", "example-news.org"),
        ("not a domain", None),
        ("http://[broken/ipv6", None),
    ],
)
def test_outlet_from_domain(text: str, expected: str | None) -> None:
    assert md.outlet_from_domain(text) == expected


def test_original_source_line() -> None:
    assert md.original_source("Original Source: www.bbc.com") == "BBC"
    assert md.original_source("Source: Kyiv Post") == "Kyiv Post"
    assert md.original_source("The source: a man said many things about the talks today") is None


def test_bylines_and_author_notes() -> None:
    assert md.byline("By Jane Doe") == "Jane Doe"
    assert md.byline("Articles by: Jane Doe") == "Jane Doe"
    assert md.byline("By Jane Doe and John Roe, Reuters") == "Jane Doe"
    assert md.byline("By the end of the week") is None
    assert md.author_bio("Jane Doe is the Moscow correspondent for The Daily Paper.") == (
        "Jane Doe",
        "The Daily Paper",
    )
    assert md.author_bio("Officials said the plan is the best way for peace.") is None


def test_site_self_name_needs_repetition() -> None:
    lines = ["Share widely Example Times articles.", "Get Example Times' daily newsletter", "x"]
    assert md.site_self_name(["Share widely Example Times articles."]) is None
    assert md.site_self_name([*lines, "All Example Times articles can be read here"]) == "Example Times"


def test_headline_shape() -> None:
    assert md.is_headline("US Rejects Proposal for Talks")
    assert md.is_headline("Is Putin ready to negotiate?")
    assert not md.is_headline("World")
    assert not md.is_headline("This is a full sentence that ends with a stop.")
    assert not md.is_headline("The governor defends a campaign with the slogan “Meth, we’re on it.”")
    assert md.is_headline("Zelensky: “We will not give up land”")


def test_container_metadata() -> None:
    meta = md.from_container(
        {"title": " A  title ", "date": "1987-02-26T15:01:01", "url": "https://apnews.com/x"}
    )
    assert meta == md.Metadata("A title", dt.date(1987, 2, 26), "AP", None, "https://apnews.com/x")
    assert md.from_container({"date": "garbage"}).date is None
    # A major outlet's URL names it consistently; otherwise the stated source, then the bare domain.
    assert md.from_container({"source": "NYTimes", "url": "https://www.nytimes.com/x"}).source == (
        "The New York Times"
    )
    assert md.from_container({"source": "Local Gazette", "url": "https://gazette.example/x"}).source == (
        "Local Gazette"
    )
    assert md.from_container({"url": "https://www.gazette.example/x"}).source == "gazette.example"


def test_combine_prefers_earlier() -> None:
    first = md.Metadata(title="Container", source=None)
    second = md.Metadata(title="Page", source="Site", author="A B")
    assert md.combine(first, second) == md.Metadata("Container", None, "Site", "A B", None)
