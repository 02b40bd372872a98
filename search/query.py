"""Turning what the user typed into a Whoosh query, a filter and the chips the app shows.

Filters (`after:`, `before:`, `on:`, `source:`, `author:`) are taken out of the text before Whoosh sees it
and applied through `searcher.search(filter=...)`: a date range inside the parsed query makes Whoosh report
wrong result counts. Whoosh's parser never fails; it silently guesses. So the text is checked first, and
anything that would be guessed at (an unbalanced quote or bracket, a lone `*`, an unknown field, a date
that is not one) is searched as plain words with a notice naming the token.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from whoosh import query as wq
from whoosh.fields import Schema
from whoosh.qparser import (
    AndGroup,
    BoostPlugin,
    EveryPlugin,
    FieldsPlugin,
    GroupPlugin,
    MultifieldParser,
    OperatorsPlugin,
    PhrasePlugin,
    RangePlugin,
    SingleQuotePlugin,
    WildcardPlugin,
)

from .analysis import TOKEN_PATTERN
from .schema import TEXT_FIELDS

FILTER_KEYS = ("after", "before", "on", "source", "author")
FIELD_NAMES = ("title", "body", "entities", "speakers")
_FILTER_RE = re.compile(r'(?<!\S)(after|before|on|source|author):(?:"([^"]*)"|(\S*))', re.IGNORECASE)
_FIELD_RE = re.compile(r'(?<![\w"])(\w+):')
_WORD_RE = re.compile(TOKEN_PATTERN)
_ISO_RE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
MIN_YEAR, MAX_YEAR = 1800, 2200
EARLIEST = dt.date(MIN_YEAR, 1, 1).toordinal()  # undated articles are indexed as day 0, below every filter


@dataclass(frozen=True, slots=True)
class FilterChip:
    """One filter that applied, as the app shows it (`after:2024-01-01`)."""

    key: str
    value: str

    def __str__(self) -> str:
        return f"{self.key}:{self.value}"


@dataclass(slots=True)
class ParsedQuery:
    text: str
    query: wq.Query
    filter: wq.Query | None = None
    filters: list[FilterChip] = field(default_factory=list)
    notice: str | None = None
    empty: bool = False


class QueryParser:
    """Parses query text against one schema; safe to share between threads (no state after init)."""

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self._full = MultifieldParser(list(TEXT_FIELDS), schema, group=AndGroup)
        self._full.remove_plugin_class(RangePlugin)
        self._full.remove_plugin_class(EveryPlugin)
        self._plain = MultifieldParser(list(TEXT_FIELDS), schema, group=AndGroup)
        for plugin in (
            SingleQuotePlugin,
            FieldsPlugin,
            WildcardPlugin,
            PhrasePlugin,
            RangePlugin,
            GroupPlugin,
            OperatorsPlugin,
            BoostPlugin,
            EveryPlugin,
        ):
            self._plain.remove_plugin_class(plugin)

    def parse(self, text: str, today: dt.date | None = None) -> ParsedQuery:
        try:
            return self._parse(text, today)
        except Exception as exc:  # a bug reading an odd query costs the user a notice, never the app
            return self._as_words(text, text, None, [], [f"could not read the query ({type(exc).__name__})"])

    def _parse(self, text: str, today: dt.date | None) -> ParsedQuery:
        notices: list[str] = []
        filters: list[FilterChip] = []
        ranges: list[tuple[int | None, int | None]] = []
        terms: list[wq.Query] = []

        def take(match: re.Match[str]) -> str:
            key = match.group(1).lower()
            value = match.group(2) if match.group(2) is not None else match.group(3)
            token = match.group(0)
            if not value.strip():
                notices.append(f"ignored `{token}`: it needs a value")
                return " "
            if key in ("after", "before", "on"):
                period = parse_period(value, today)
                if period is None:
                    notices.append(f"ignored `{token}`: not a date I understand")
                    return " "
                start, end = period
                lo, hi = {
                    "after": (start.toordinal(), None),
                    "before": (EARLIEST, start.toordinal() - 1),
                    "on": (start.toordinal(), end.toordinal() - 1),
                }[key]
                ranges.append((lo, hi))
            else:
                words = [t.text for t in self.schema[key].analyzer(value)]
                if not words:
                    notices.append(f"ignored `{token}`: no words in it")
                    return " "
                terms.append(
                    wq.And([wq.Term(key, w) for w in words]) if len(words) > 1 else wq.Term(key, words[0])
                )
            filters.append(FilterChip(key, value))
            return " "

        rest = _FILTER_RE.sub(take, text).strip()
        filter_query = _combine(ranges, terms)
        if not rest:
            return ParsedQuery(text, wq.Every(), filter_query, filters, _join(notices), empty=True)
        problem = find_problem(rest)
        if problem is None:
            try:
                parsed = self._full.parse(rest)
            except Exception as exc:  # Whoosh raises assorted errors on odd input: never let one through
                problem = f"could not parse `{rest}` ({type(exc).__name__})"
            else:
                return ParsedQuery(text, parsed, filter_query, filters, _join(notices))
        return self._as_words(text, rest, filter_query, filters, [*notices, problem])

    def _as_words(
        self,
        text: str,
        rest: str,
        filter_query: wq.Query | None,
        filters: list[FilterChip],
        notices: list[str],
    ) -> ParsedQuery:
        """`rest` searched as plain words, the last notice saying why."""
        notices = [*notices[:-1], f"searched as plain words: {notices[-1]}"]
        plain = " ".join(m.group() for m in _WORD_RE.finditer(rest) if m.group() not in ("AND", "OR", "NOT"))
        if not plain:
            return ParsedQuery(text, wq.Every(), filter_query, filters, _join(notices), empty=True)
        return ParsedQuery(text, self._plain.parse(plain), filter_query, filters, _join(notices))


def _join(notices: list[str]) -> str | None:
    return "; ".join(notices) if notices else None


def _combine(ranges: list[tuple[int | None, int | None]], terms: list[wq.Query]) -> wq.Query | None:
    parts: list[wq.Query] = [wq.NumericRange("date", lo, hi) for lo, hi in ranges]
    parts += terms
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.And(parts)


def find_problem(text: str) -> str | None:
    """What in `text` Whoosh's parser would have to guess about, naming the token; None if nothing."""
    if text.count('"') % 2:
        start = text.rfind('"')
        return f"unbalanced quote at `{text[start : start + 30]}`"
    depth = 0
    in_quote = False
    for i, ch in enumerate(text):
        if ch == '"':
            in_quote = not in_quote
        elif in_quote:
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return f"unmatched `)` at `{text[max(0, i - 20) : i + 1]}`"
    if depth > 0:
        return "unmatched `(`"
    outside = re.sub(r'"[^"]*"', " ", text)
    for word in outside.split():
        bare = word.strip("()")
        if bare and bare.strip("*?") == "":
            return f"lone `{bare}`"
        if bare[:1] in ("*", "?"):
            return f"wildcard at the start of `{bare}`"
    for match in _FIELD_RE.finditer(outside):
        name = match.group(1)
        if name.lower() not in FIELD_NAMES:
            return f"unknown field `{name}:`"
    return None


def parse_period(value: str, today: dt.date | None = None) -> tuple[dt.date, dt.date] | None:
    """The days a date value names, as [start, end): a day, a month (`March 2023`), a year, a week."""
    value = value.strip()
    iso = _ISO_RE.fullmatch(value)
    if iso:
        year, month, day = (int(g) if g else None for g in iso.groups())
        assert year is not None
        if not MIN_YEAR <= year <= MAX_YEAR:
            return None
        try:
            if month is None:
                start, end = dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
            elif day is None:
                start = dt.date(year, month, 1)
                end = start + dt.timedelta(days=calendar.monthrange(year, month)[1])
            else:
                start = dt.date(year, month, day)
                end = start + dt.timedelta(days=1)
        except (ValueError, OverflowError):
            return None
        return start, end
    if len(value) > 60 or not re.search(r"[A-Za-z0-9]", value):
        return None
    if re.fullmatch(r"[+-]?\d+", value):  # dateparser reads `1` or `-1` as a month of this year: a guess
        return None
    return _parse_phrase(value, (today or dt.date.today()).isoformat())


@lru_cache(maxsize=512)
def _parse_phrase(value: str, today: str) -> tuple[dt.date, dt.date] | None:
    from dateparser.date import DateDataParser  # slow to import: only when a phrase is typed

    parser = DateDataParser(
        languages=["en"],
        settings={
            "PREFER_DAY_OF_MONTH": "first",
            "PREFER_DATES_FROM": "past",
            "RELATIVE_BASE": dt.datetime.fromisoformat(today),
        },
    )
    try:
        data = parser.get_date_data(value)
    except Exception:  # dateparser raises on some inputs (overflowing numbers, odd locales)
        return None
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        return None
    period = data.period or "day"
    if period == "year":
        start = dt.date(day.year, 1, 1)
        return start, dt.date(day.year + 1, 1, 1)
    if period == "month":
        start = day.replace(day=1)
        return start, start + dt.timedelta(days=calendar.monthrange(start.year, start.month)[1])
    if period == "week":
        start = day - dt.timedelta(days=day.weekday())
        return start, start + dt.timedelta(days=7)
    return day, day + dt.timedelta(days=1)


def positive_terms(q: wq.Query) -> tuple[set[str], set[str]]:
    """The body/title terms and prefixes a query looks for, leaving out what it excludes (for highlights)."""
    terms: set[str] = set()
    prefixes: set[str] = set()

    def walk(node: wq.Query) -> None:
        if isinstance(node, wq.Not):
            return
        if isinstance(node, wq.AndNot):
            walk(node.a)
            return
        if isinstance(node, wq.Term):
            if node.fieldname in TEXT_FIELDS:
                terms.add(node.text)
        elif isinstance(node, wq.Prefix):
            if node.fieldname in TEXT_FIELDS:
                prefixes.add(node.text)
        elif isinstance(node, wq.Phrase):
            if node.fieldname in TEXT_FIELDS:
                terms.update(node.words)
        elif isinstance(node, wq.Wildcard):
            if node.fieldname in TEXT_FIELDS:
                head = re.split(r"[*?]", node.text, maxsplit=1)[0]
                if head:
                    prefixes.add(head)
        else:
            for child in node.children():
                walk(child)

    walk(q)
    return terms, prefixes
