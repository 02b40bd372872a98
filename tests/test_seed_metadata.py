"""The five seed articles, as a reader of each page would describe them.

Expectations come from reading each page:
- 000 has no headline, only a scraper's "date 2022-11-07" header before the first paragraph: no title, that
  date, and no outlet named anywhere (The Washington Post is quoted, it is not the publisher).
- 001 is a National Review "The Corner" post: section labels, headline, a photo caption with its credit, an
  author note naming Jimmy Quinn and National Review, and "Exit mobile version". No publication date is
  printed (the caption's date is the photo's).
- 002 opens with the site header of the day it was scraped: a temperature, a city and "Monday, June 24,
  2024". Decision: that date is NOT the article's. It sits in the weather banner (the site's clock), and
  the story itself says the Israel-Hamas war "began nearly a month ago", i.e. it was written in autumn 2023.
  A reader would not say "published on 24 June 2024"; the page states no publication date, so date is None.
  No outlet or author is named.
- 003 is a Global Research page (its own blurbs name it repeatedly) by Kyle Anzalone ("Articles by:"); his
  note says he edits Antiwar.com, but the page the reader has is Global Research's. No date printed.
- 004 ends with "Original Source: www.bbc.com": source BBC. No date, no author.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from ukr_tui.corpus.cleaning import clean_document
from ukr_tui.corpus.config import load_config
from ukr_tui.corpus.model import Article
from ukr_tui.corpus.readers import read_file

SEEDS = Path(__file__).parents[1].parent / "shared" / "corpus"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="seed corpus ../shared/corpus not present")


def seed(prefix: str) -> Article:
    (path,) = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    docs, skipped = read_file(path)
    assert not skipped
    assert len(docs) == 1
    repo_config = Path(__file__).parents[1] / "config.yaml"
    return clean_document(docs[0], load_config(repo_config).cleaning, None)


EXPECTED = {
    "000": (None, dt.date(2022, 11, 7), None, None),
    "001": (
        "Biden Admin Pressures Ukraine to Signal Openness to Talks with Putin: Report",
        None,
        "National Review",
        "Jimmy Quinn",
    ),
    "002": ("U.S. and European Officials Discuss Ukraine Peace Talks, Sources Report", None, None, None),
    "003": ("US Rejects Russian Ceasefire Proposal for Ukraine", None, "Global Research", "Kyle Anzalone"),
    "004": ("US Perceives Ukraine Ready to Advance on Ceasefire Negotiations", None, "BBC", None),
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_metadata(prefix: str) -> None:
    article = seed(prefix)
    assert (article.title, article.date, article.source, article.author) == EXPECTED[prefix]


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_body_is_clean_prose(prefix: str) -> None:
    article = seed(prefix)
    paragraphs = article.body.split("\n\n")
    assert all(p.strip() == p and p for p in paragraphs)
    if article.title:
        assert article.title not in paragraphs
    assert "\x1b" not in article.body
    assert "Exit mobile version" not in article.body


def test_000_date_header_removed_and_paragraphs_kept() -> None:
    article = seed("000")
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 7
    assert paragraphs[0].startswith("After long months")
    assert "2022-11-07" not in article.body
    assert paragraphs[-1].startswith("On Sunday, President Zelensky")


def test_001_labels_caption_and_author_note_removed() -> None:
    article = seed("001")
    paragraphs = article.body.split("\n\n")
    assert "The Corner" not in paragraphs and "World" not in paragraphs
    assert "Lamarque/Reuters" not in article.body
    assert "Novak Fellow" not in article.body
    assert paragraphs[0].startswith("The Biden administration has asked")
    assert paragraphs[-1].startswith("In a tweet today")
    assert len(paragraphs) == 7


def test_002_banner_and_site_furniture_removed_subheads_kept() -> None:
    article = seed("002")
    paragraphs = article.body.split("\n\n")
    banner = ("24.8 C", "New York", "Monday, June 24, 2024")
    for junk in (*banner, "Latest Posts", "Don't Miss", "Stay in touch"):
        assert junk not in paragraphs
    assert not any(p.startswith(("Also Read", "To be updated")) for p in paragraphs)
    # The story's own subheadings stay: they are part of what the reader reads.
    for subhead in ("Questions about manpower", "Is Putin ready to negotiate?", "Public support slipping"):
        assert subhead in paragraphs
    assert paragraphs[0].startswith("U.S. and European officials have initiated")
    assert paragraphs[-1].startswith("One senior administration official")


def test_003_site_blurbs_disclaimers_and_separators_removed() -> None:
    article = seed("003")
    body = article.body
    site_furniture = ("In-depth Report", "can be read in", "Newsletter", "share button", "Fundraising")
    legal = ("Disclaimer", "fair use", "media inquiries", "Featured image", "Articles by", "Antiwar.com")
    for junk in (*site_furniture, *legal):
        assert junk not in body, junk
    paragraphs = body.split("\n\n")
    assert "***" not in paragraphs and "*" not in paragraphs
    # The standfirst under the headline is the article's, and so is its closing quotation.
    assert paragraphs[0].startswith("CIA Director William Burns warned")
    assert paragraphs[-1].startswith("CIA Director William Burns also issued")
    assert len(paragraphs) == 12


def test_004_one_paragraph_per_line_and_trailers_removed() -> None:
    article = seed("004")
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 10
    assert "Original Source" not in article.body
    assert "Post Comment" not in paragraphs
    assert paragraphs[-1].startswith("The US acknowledges")


def test_ids_are_stable_and_distinct() -> None:
    first = [seed(p) for p in sorted(EXPECTED)]
    again = [seed(p) for p in sorted(EXPECTED)]
    assert [a.id for a in first] == [a.id for a in again]
    assert len({a.id for a in first}) == 5
    assert len({a.content_hash for a in first}) == 5
