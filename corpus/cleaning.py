"""Raw scraped text to a clean `Article`: boilerplate out, metadata read, the story's paragraphs kept.

Three kinds of evidence decide what is boilerplate, none of them a list of known sentences:
1. configurable patterns (`cleaning.boilerplate_patterns`): generic web furniture (share, subscribe, read
   more, disclaimers, credits);
2. the corpus: a line repeated across many articles of one corpus belongs to the site, not the story
   (`LineStats`, kept incrementally by the index);
3. the shape of the page: banners (weather, city, date) and section names above the headline, rule lines,
   photo captions with credits, and an author note closing the article.
The file on disk is never changed: this works on the text `readers` returned.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import metadata as md
from .config import CleaningConfig
from .credits import credited_names, unique
from .model import Article
from .readers import RawDocument

# How many paragraphs at the top may be banners or section names before the headline.
_TOP_WINDOW = 8
# How many paragraphs at the end are looked at for an author note, a byline or an "Original Source".
_TAIL_WINDOW = 8
# Patterns not anchored with ^ are only searched in paragraphs up to this long.
_FLOATING_MAX = 1200
# A hard-wrapped block: lines no longer than this (e-mail, wire copy) are joined back into paragraphs.
_WRAP_WIDTH = 100

_SEPARATOR = re.compile(r"^[\s*\-_=~#•·.]+$")
_TEMPERATURE = re.compile(r"^-?\d{1,3}(?:[.,]\d)?\s*°?\s*[CF]$")
# "(Kevin Lamarque/Reuters)", "(Photo: Jane Doe/AP)", "Jane Doe/Getty Images": a picture's credit line.
_CAPTION_CREDIT = re.compile(
    r"(?:\((?:photo(?:graph)?:?\s*|image:?\s*)?[A-Z][\w.'’\- ]{1,60}/[A-Z][\w.'’\- ]{1,60}\)"
    r"|\b(?:getty images|afp via getty|ap photo|reuters/[A-Z][^\s]*))\s*$",
    re.I,
)
_WORD = re.compile(r"\w+")
_Drop = Callable[[int], None]


# --- corpus-level evidence ------------------------------------------------------------------------------


def normalise_line(line: str) -> str:
    """The form lines are compared in across articles: case, digits, punctuation and spacing folded."""
    folded = re.sub(r"\d", "0", line[:300].lower())
    return " ".join(re.findall(r"\w+", folded))


def line_key(line: str) -> str | None:
    """A short stable key for a normalised line, or None when there is nothing to compare."""
    norm = normalise_line(line)
    if len(norm) < 2:
        return None
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=8).hexdigest()


@dataclass
class LineStats:
    """How many articles of a corpus hold each normalised line.

    The index keeps it incrementally: `add(line_keys(text))` when an article is indexed, `remove(...)` with
    the same keys when it is deleted or changed (so the keys are worth storing with the article).
    """

    documents: int = 0
    counts: Counter[str] = field(default_factory=Counter)

    @staticmethod
    def line_keys(text: str) -> list[str]:
        """The distinct line keys of one raw document's text, in first-seen order."""
        keys: dict[str, None] = {}
        for unit in paragraphs(text):
            key = line_key(unit)
            if key is not None:
                keys.setdefault(key)
        return list(keys)

    def add(self, keys: Iterable[str]) -> None:
        self.documents += 1
        self.counts.update(set(keys))

    def remove(self, keys: Iterable[str]) -> None:
        self.documents = max(0, self.documents - 1)
        for key in set(keys):
            left = self.counts.get(key, 0) - 1
            if left > 0:
                self.counts[key] = left
            else:
                self.counts.pop(key, None)

    def add_text(self, text: str) -> list[str]:
        """Count one document's lines; returns the keys to pass to `remove` later."""
        keys = self.line_keys(text)
        self.add(keys)
        return keys

    def is_repeated(self, line: str, config: CleaningConfig) -> bool:
        if self.documents == 0:
            return False
        key = line_key(line)
        if key is None:
            return False
        count = self.counts.get(key, 0)
        return count >= max(2, config.repeated_line_min_articles) and (
            count / self.documents >= config.repeated_line_share
        )

    def to_json(self) -> str:
        return json.dumps({"documents": self.documents, "counts": dict(self.counts)}, sort_keys=True)

    @classmethod
    def from_json(cls, data: str) -> LineStats:
        loaded = json.loads(data)
        return cls(documents=int(loaded["documents"]), counts=Counter(loaded["counts"]))


# --- paragraphs -----------------------------------------------------------------------------------------


def paragraphs(text: str) -> list[str]:
    """Paragraphs of raw text: blank-line blocks, with hard-wrapped lines joined back.

    A block whose lines are all short (wire copy, e-mail) is one wrapped paragraph, split again where a
    line is indented (the wire convention for a new paragraph); otherwise each line is a paragraph, as in
    pages saved one paragraph per line.
    """
    units: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if len(lines) > 1 and _is_wrapped(lines):
            current: list[str] = []
            for line in lines:
                if current and line[:1] in " \t":
                    units.append(" ".join(current))
                    current = []
                current.append(line.strip())
            units.append(" ".join(current))
        else:
            units.extend(" ".join(line.split()) for line in lines)
    return [u for u in (" ".join(unit.split()) for unit in units) if u]


def _is_wrapped(lines: list[str]) -> bool:
    """Short lines of similar length that mostly stop mid-sentence: a text wrapped at a fixed width."""
    body = [line.strip() for line in lines[:-1]]
    lengths = sorted(len(line) for line in body)
    if lengths[-1] > _WRAP_WIDTH or lengths[len(lengths) // 2] < 45:
        return False
    open_ended = sum(1 for line in body if not line.endswith((".", "!", "?", '"', "”", ":")))
    return open_ended * 2 >= len(body)


# --- the document ---------------------------------------------------------------------------------------


def article_id(path: str | Path, line: int | None = None) -> str:
    """Stable across runs and machines for the same file: a hash of the absolute path (and line)."""
    absolute = str(Path(path).absolute())
    key = absolute if line is None else f"{absolute}\n{line}"
    return hashlib.sha1(key.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]


def content_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def document_hash(raw: RawDocument) -> str:
    """What an article is made from, text and container metadata: the same hash means the same article, so
    an update can leave it alone even when its file (one line of a big JSON Lines file) changed."""
    meta = json.dumps(raw.meta, sort_keys=True, default=str)
    return content_hash(f"{raw.text}\0{meta}")


@dataclass(frozen=True, slots=True)
class _Patterns:
    """Patterns anchored at the start are tried once per paragraph; the others scan it, in one pass."""

    anchored: tuple[re.Pattern[str], ...]
    floating: tuple[re.Pattern[str], ...]

    def matches(self, text: str) -> bool:
        if any(p.match(text) for p in self.anchored):
            return True
        # Furniture is short: a long paragraph that mentions "follow us on" is an unparagraphed story,
        # and dropping it whole would lose the article.
        return len(text) <= _FLOATING_MAX and any(p.search(text) for p in self.floating)


@lru_cache(maxsize=32)
def _compiled(patterns: tuple[str, ...]) -> _Patterns:
    anchored = [p for p in patterns if p.startswith("^")]
    floating = [p for p in patterns if not p.startswith("^")]
    return _Patterns(_combine(anchored), _combine(floating))


def _combine(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    """One alternation, or each pattern alone when they cannot be joined (numbered back-references)."""
    if not patterns:
        return ()
    try:
        return (re.compile("|".join(f"(?:{p})" for p in patterns), re.I),)
    except re.error:
        return tuple(re.compile(p, re.I) for p in patterns)


@dataclass
class _Evidence:
    """What the page itself states, gathered while its lines are sorted."""

    title: str | None = None
    header_date: dt.date | None = None
    banner_date: dt.date | None = None
    banner_has_weather: bool = False
    dateline_date: dt.date | None = None
    original_source: str | None = None
    byline: str | None = None
    bio_author: str | None = None
    bio_outlet: str | None = None
    dropped: list[str] = field(default_factory=list)


def clean_document(raw: RawDocument, config: CleaningConfig, stats: LineStats | None = None) -> Article:
    """The cleaned article for one raw document, with metadata; no extraction."""
    evidence = _Evidence()
    text = raw.text
    header = md.date_header(text.lstrip()[:200])
    if header is not None:
        evidence.header_date, rest = header
        text = rest + text.lstrip()[200:]
    units = paragraphs(text)
    keep = _sort_lines(units, config, stats, evidence, raw.meta)
    body_units = [u for u, k in zip(units, keep, strict=True) if k]
    if not body_units:  # everything looked like boilerplate: better the raw paragraphs than nothing
        body_units = [u for u in units if not _SEPARATOR.match(u) and u != evidence.title]
    if body_units and evidence.dateline_date is None:
        evidence.dateline_date = md.dateline(body_units[0])
    meta = _resolve(evidence, raw.meta)
    first_kept = next((i for i, k in enumerate(keep) if k), len(units))
    credited = [n for i, u in enumerate(units) if not keep[i] for n in credited_names(u, top=i < first_kept)]
    if evidence.bio_author:
        credited.append(evidence.bio_author)
    return Article(
        id=article_id(raw.path, raw.line),
        path=raw.path,
        title=meta.title,
        body="\n\n".join(body_units),
        date=meta.date,
        source=meta.source,
        author=meta.author,
        url=meta.url,
        line=raw.line,
        content_hash=document_hash(raw),
        credits=unique(credited),
    )


def _resolve(evidence: _Evidence, container: dict) -> md.Metadata:
    site = md.site_self_name(evidence.dropped)
    # A banner date printed next to the weather is the site's clock on the day of the scrape, not the
    # article's publication date; a bare date line above the headline is the article's own.
    banner = None if evidence.banner_has_weather else evidence.banner_date
    page = md.Metadata(
        title=evidence.title,
        date=evidence.header_date or evidence.dateline_date or banner,
        source=evidence.original_source or site or evidence.bio_outlet,
        author=evidence.byline or evidence.bio_author,
    )
    return md.combine(md.from_container(container), page)


def _sort_lines(
    units: list[str],
    config: CleaningConfig,
    stats: LineStats | None,
    evidence: _Evidence,
    container: dict,
) -> list[bool]:
    """Which paragraphs are the story (True) and which are furniture (False), filling `evidence`."""
    patterns = _compiled(tuple(config.boilerplate_patterns))
    keep = [True] * len(units)

    def drop(index: int) -> None:
        keep[index] = False
        evidence.dropped.append(units[index])

    for i, unit in enumerate(units):
        header = md.date_header(unit) if i < 6 and len(unit) <= 40 else None
        if header is not None and not header[1].strip():
            # A "date 2025-03-14" header on its own line under the headline: the article's own date.
            evidence.header_date = evidence.header_date or header[0]
            drop(i)
        elif len(unit) <= 200 and (source := md.original_source(unit)):
            evidence.original_source = evidence.original_source or source
            drop(i)
        elif len(unit) <= 100 and (name := md.byline(unit)):
            evidence.byline = evidence.byline or name
            drop(i)
        elif (
            _SEPARATOR.match(unit)
            or patterns.matches(unit)
            or (len(unit) <= 300 and _CAPTION_CREDIT.search(unit))
        ):
            drop(i)
    _drop_repeated(units, keep, config, stats, drop)
    _top_of_page(units, keep, evidence, container, drop)
    _end_of_page(units, keep, evidence, drop)
    return keep


def _drop_repeated(
    units: list[str], keep: list[bool], config: CleaningConfig, stats: LineStats | None, drop: _Drop
) -> None:
    """Lines the corpus repeats, unless that would leave almost nothing (copies of one story)."""
    if stats is None or stats.documents == 0:
        return
    repeated = [i for i, u in enumerate(units) if keep[i] and stats.is_repeated(u, config)]
    if not repeated:
        return
    words = [len(_WORD.findall(u)) for u in units]
    kept_words = sum(w for i, w in enumerate(words) if keep[i])
    lost_words = sum(words[i] for i in repeated)
    if kept_words and (kept_words - lost_words) / kept_words < 0.3:
        repeated = [i for i in repeated if words[i] <= 12]
    for i in repeated:
        drop(i)


def _top_of_page(
    units: list[str], keep: list[bool], evidence: _Evidence, container: dict, drop: _Drop
) -> None:
    """Banners and section names above the headline, and the headline itself."""
    container_title = _fold(str(container.get("title") or ""))
    if container_title:
        _drop_container_title(units, keep, container_title, drop)
        return
    short_lines: list[int] = []
    for i in range(min(len(units), _TOP_WINDOW)):
        unit = units[i]
        if _TEMPERATURE.match(unit):
            evidence.banner_has_weather = True
            if keep[i]:
                drop(i)
            continue
        if not keep[i]:
            continue
        when = md.date_line(unit)
        if when is not None:
            evidence.banner_date = evidence.banner_date or when
            drop(i)
            continue
        if _is_short_label(unit):
            short_lines.append(i)
            continue
        if md.is_headline(unit):
            evidence.title = unit
            for j in short_lines:
                drop(j)
            keep[i] = False
        elif short_lines and len(units[short_lines[-1]].split()) >= 2:
            # No headline after the labels: the last label was the headline (a short one).
            *labels, title_index = short_lines
            evidence.title = units[title_index]
            for j in labels:
                drop(j)
            keep[title_index] = False
        return


def _drop_container_title(units: list[str], keep: list[bool], title: str, drop: _Drop) -> None:
    """The container's title repeated at the top of the text (maybe without the "- Site" suffix) goes."""
    for i in range(min(len(units), _TOP_WINDOW)):
        if not keep[i]:
            continue
        folded = _fold(units[i])
        if folded == title or (len(folded) * 2 >= len(title) and title.startswith(folded)):
            drop(i)
        return


def _is_short_label(unit: str) -> bool:
    """A section name or banner word: one to three words, no sentence punctuation."""
    words = unit.split()
    return len(words) <= 3 and not re.search(r"[.!?,;:\"“”]", unit)


def _end_of_page(units: list[str], keep: list[bool], evidence: _Evidence, drop: _Drop) -> None:
    """The author note that closes many articles ("X is the ... editor of ..."), with its outlet."""
    tail = [i for i in range(len(units)) if keep[i]][-_TAIL_WINDOW:]
    for i in reversed(tail):
        found = md.author_bio(units[i])
        if found is not None:
            evidence.bio_author, evidence.bio_outlet = found
            drop(i)
            return


def _fold(text: str) -> str:
    return " ".join(text.lower().split())
