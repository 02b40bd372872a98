"""Title, date, source and author, read from what a page states, never guessed.

The helpers here look at single short lines (a banner, a header, a byline, a closing author note): the
cleaning pass decides which lines are candidates and hands them over. dateparser is only ever given short
candidate strings (it is slow, and over a whole body it finds "dates" everywhere); the usual formats are
parsed by a fast regular-expression path first.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

_MONTHS = {
    name: index
    for index, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\d])")
_MONTH_FIRST = re.compile(
    _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.I
)
_DAY_FIRST = re.compile(
    _WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.I
)

# "date 2022-11-07" (or "Date: ...", "Published: ...") at the start of a file: a scraper's header.
_DATE_HEADER = re.compile(
    r"^\s*(?:date|published(?: on)?|posted(?: on)?|updated(?: on)?)\s*:?\s+"
    r"(?P<date>\d{4}-\d{1,2}-\d{1,2}(?:[T ][\d:.+\-Z]{4,25})?)\s*",
    re.I,
)
# "KYIV, Nov. 7, 2022 (Reuters) -": a dateline; only used when it names the year.
_DATELINE = re.compile(
    r"^[A-Z][A-Za-z .'\-]{1,40},\s+(?P<date>[A-Za-z0-9 ,.]{6,30}?)\s*(?:\([^)]{1,40}\)\s*)?[-—–]\s"
)

_BYLINE = re.compile(r"^(?:by|written by|articles by|author)\s*:?\s+(?P<name>.{2,80})$", re.I)
_NAME = re.compile(r"^[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|de|van|von|der|la|al|bin|da|di)){0,4}$")
# "Jane Doe is the Moscow correspondent of The Paper and ...": the closing author note.
_BIO = re.compile(
    r"^(?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){1,3})\s+is\s+(?:an?|the)\s+[^.]{0,80}?"
    r"\b(?:editor|correspondent|reporter|writer|journalist|columnist|contributor|analyst|fellow|producer|"
    r"bureau chief|author)\b\s+(?:of|for|at|with)\s+"
    r"(?P<outlet>(?:The\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,4})"
)
_ORIGINAL_SOURCE = re.compile(
    r"^(?:original(?:ly)? (?:source|published (?:at|on|by))|source)\s*:\s*(?P<src>\S.{0,120})$", re.I
)
_DOMAIN = re.compile(
    r"^(?:https?://)?(?:www\d?\.)?(?P<domain>[a-z0-9\-]+(?:\.[a-z0-9\-]+)+)(?:[/:?#]\S*)?$", re.I
)
# "The Paper articles", "The Paper's Daily Newsletter", "The Paper Fundraising": a site naming itself in
# its own blurbs (one to three capitalised words before a self-promotion word).
_SELF_NAME = re.compile(
    r"\b(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})(?:['’]s)?\s+(?:articles|daily newsletter|newsletter|"
    r"fundraising|readers|subscribers)\b"
)
_SELF_NAME_STOP = frozenset(
    {"All", "Our", "The", "These", "This", "Feel", "Please", "Share", "Read", "To", "More"}
)

# Display names for major outlets only; any other domain is shown as the domain without "www.".
KNOWN_OUTLETS: Mapping[str, str] = {
    "bbc.com": "BBC",
    "bbc.co.uk": "BBC",
    "reuters.com": "Reuters",
    "apnews.com": "AP",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal",
    "theguardian.com": "The Guardian",
    "ft.com": "Financial Times",
    "economist.com": "The Economist",
    "bloomberg.com": "Bloomberg",
    "cnn.com": "CNN",
    "foxnews.com": "Fox News",
    "nbcnews.com": "NBC News",
    "cbsnews.com": "CBS News",
    "npr.org": "NPR",
    "politico.com": "Politico",
    "politico.eu": "Politico",
    "aljazeera.com": "Al Jazeera",
    "dw.com": "DW",
    "france24.com": "France 24",
    "euronews.com": "Euronews",
    "rt.com": "RT",
    "tass.com": "TASS",
    "kyivindependent.com": "The Kyiv Independent",
    "nationalreview.com": "National Review",
    "globalresearch.ca": "Global Research",
    "antiwar.com": "Antiwar.com",
    "newsweek.com": "Newsweek",
    "thehill.com": "The Hill",
    "axios.com": "Axios",
}


@dataclass(frozen=True, slots=True)
class Metadata:
    """What is known about an article; None where the page does not say."""

    title: str | None = None
    date: dt.date | None = None
    source: str | None = None
    author: str | None = None
    url: str | None = None


# --- dates --------------------------------------------------------------------------------------------


def parse_date(text: str | None) -> dt.date | None:
    """A date from a short candidate string (a header, a banner line, a container field), else None.

    Only strings up to 64 characters are considered: longer ones are prose, and dateparser over prose is
    both slow and wrong. A date needs a year: "Nov 7" alone is not a publication date.
    """
    if not text:
        return None
    text = text.strip()
    if not text or len(text) > 64:
        return None
    found = _fast_date(text)
    if found is not None:
        return found
    if not re.search(r"\b\d{4}\b", text):
        return None
    return _dateparser_date(text)


def _fast_date(text: str) -> dt.date | None:
    for pattern in (_ISO, _MONTH_FIRST, _DAY_FIRST):
        match = pattern.search(text)
        if match is None:
            continue
        month = match.group("month")
        month_number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
        try:
            return dt.date(int(match.group("year")), month_number, int(match.group("day")))
        except ValueError:
            return None
    return None


@lru_cache(maxsize=4096)
def _dateparser_date(text: str) -> dt.date | None:
    import dateparser  # imported late: it takes a while to load and most dates take the fast path

    try:
        parsed = dateparser.parse(
            text,
            languages=["en"],
            settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["year", "month", "day"]},
        )
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date() if parsed else None


def date_header(line: str) -> tuple[dt.date | None, str] | None:
    """A leading "date 2022-11-07" header: its date and the rest of the line, else None."""
    match = _DATE_HEADER.match(line)
    if match is None:
        return None
    return parse_date(match.group("date")[:10]), line[match.end() :]


def date_line(line: str) -> dt.date | None:
    """A line that is only a date ("Monday, June 24, 2024"), as banners and datelines print it."""
    if len(line) > 80:
        return None
    stripped = line.strip()
    if len(stripped) > 40 or not re.search(r"\d", stripped):
        return None
    if not re.fullmatch(r"[A-Za-z0-9 ,.:/\-]+", stripped):
        return None
    if len(re.findall(r"[A-Za-z]{3,}", stripped)) > 3:
        return None
    return parse_date(stripped)


def dateline(paragraph: str) -> dt.date | None:
    """The date of a "PLACE, Month Day, Year -" dateline opening a paragraph (with a year only)."""
    match = _DATELINE.match(paragraph[:120])
    if match is None:
        return None
    candidate = match.group("date")
    if not re.search(r"\b\d{4}\b", candidate):
        return None
    return parse_date(candidate)


# --- source --------------------------------------------------------------------------------------------


def outlet_from_domain(text: str | None) -> str | None:
    """ "www.bbc.com" or a URL -> the outlet: a display name for major outlets, else the bare domain."""
    if not text:
        return None
    text = text.strip().rstrip(".")
    if "://" in text:
        try:
            text = urlsplit(text).netloc or text
        except ValueError:  # "http://[broken" and friends
            return None
    match = _DOMAIN.match(text)
    if match is None:
        return None
    domain = match.group("domain").lower()
    parts = domain.split(".")
    for start in range(len(parts) - 1):
        known = KNOWN_OUTLETS.get(".".join(parts[start:]))
        if known:
            return known
    return domain


def original_source(line: str) -> str | None:
    """The outlet named by an "Original Source: www.bbc.com" line."""
    match = _ORIGINAL_SOURCE.match(line.strip())
    if match is None:
        return None
    value = match.group("src").strip()
    return outlet_from_domain(value) or (value if _looks_like_outlet(value) else None)


def _looks_like_outlet(value: str) -> bool:
    words = value.split()
    return 0 < len(words) <= 5 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def site_self_name(lines: Iterable[str]) -> str | None:
    """A site's own name, when its boilerplate names it at least twice ("X articles", "X's newsletter")."""
    counts: Counter[str] = Counter()
    for line in lines:
        for match in _SELF_NAME.finditer(line):
            words = match.group("name").split()
            while words and words[0] in _SELF_NAME_STOP:
                words.pop(0)
            if words:
                counts[" ".join(words)] += 1
    if not counts:
        return None
    name, count = counts.most_common(1)[0]
    return name if count >= 2 else None


# --- author ---------------------------------------------------------------------------------------------


def byline(line: str) -> str | None:
    """The name in a "By Jane Doe" / "Articles by: Jane Doe" line, if it is a name."""
    match = _BYLINE.match(line.strip())
    if match is None:
        return None
    name = re.split(r"\s*(?:,|\||\band\b|\bfor\b|\bin\b)\s*", match.group("name").strip(), maxsplit=1)[0]
    name = name.strip(" .")
    return name if _NAME.match(name) and len(name.split()) >= 2 else None


def author_bio(paragraph: str) -> tuple[str, str | None] | None:
    """(author, outlet) from a closing "Jane Doe is the ... correspondent for The Paper" note."""
    if len(paragraph) > 400:
        return None
    match = _BIO.match(paragraph.strip())
    if match is None:
        return None
    outlet = match.group("outlet").rstrip(".,")
    return match.group("name"), (outlet or None)


# --- title ----------------------------------------------------------------------------------------------


# A wire dateline's date and dash, "June 19 - " (the town before it is the caller's to match)
WIRE_DATE = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \u00a0]+\d{1,2}[ \u00a0]+[-\u2013\u2014]"
)
_WIRE_LEAD = re.compile(
    r"[A-Z][A-Z .,'-]{1,40},?[ \u00a0]+(?:[A-Z][a-z]{1,5}\.,?[ \u00a0]+)?"
    rf"(?:{WIRE_DATE}|\([A-Za-z]+\)[ \u00a0]+[-\u2013\u2014])[ \u00a0]"
)


def is_headline(line: str) -> bool:
    """A line shaped like a headline: a few words and no closing full stop (an ellipsis is fine)."""
    if len(line) > 400:
        return False
    text = line.strip()
    words = text.split()
    if not 3 <= len(words) <= 25 or len(text) > 200:
        return False
    if _WIRE_LEAD.match(text):
        return False  # "LONDON, June 19 - ... achievements in the U.K.": a wire's lead, datelined
    if text.endswith(("...", "…")) or re.search(r"\b[A-Z]\.[A-Z]\.$", text):
        return True
    # '... with the slogan “Meth, we’re on it.”': a sentence that ends in a quotation is no headline
    return not text.rstrip("”\"’'»").endswith((".", ",", ";", ":"))


def combine(*candidates: Metadata) -> Metadata:
    """The first stated value of each field, in the order given (most trusted first)."""

    def first(name: str) -> object:
        for candidate in candidates:
            value = getattr(candidate, name)
            if value:
                return value
        return None

    return Metadata(
        title=first("title"),  # type: ignore[arg-type]
        date=first("date"),  # type: ignore[arg-type]
        source=first("source"),  # type: ignore[arg-type]
        author=first("author"),  # type: ignore[arg-type]
        url=first("url"),  # type: ignore[arg-type]
    )


def from_container(meta: Mapping[str, object]) -> Metadata:
    """What a JSON Lines record or an HTML page's own metadata states, normalised."""

    def text(key: str) -> str | None:
        value = meta.get(key)
        if value is None:
            return None
        value = " ".join(str(value).split())
        return value or None

    url = text("url")
    date_value = meta.get("date")
    if isinstance(date_value, dt.datetime):
        date: dt.date | None = date_value.date()
    elif isinstance(date_value, dt.date):
        date = date_value
    else:
        date = parse_date(text("date"))
    # A major outlet's URL gives its one display name, so that "NYTimes" and "nytimes.com" pages agree.
    domain_outlet = outlet_from_domain(url)
    known = domain_outlet if domain_outlet in KNOWN_OUTLETS.values() else None
    source = known or text("source") or text("sitename") or domain_outlet
    return Metadata(title=text("title"), date=date, source=source, author=text("author"), url=url)
