"""Figures with what they count: money, percentages and counts, kept apart from dates, years, times,
ordinals and durations.

One alternation regex, scanned once with `finditer`; every alternative starts at a digit, a currency sign
or a fixed word, and no two quantifiers can trade characters, so the scan stays linear on any input.
"One" is never a figure ("one U.S. official" counts nobody), and a spelled number counts only the noun
right after it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .model import Figure, FigureKind
from .sentences import SentenceIndex


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    # (Indian copy: "₹45 crore" is 450 million rupees, "₹4 lakh crore" four trillion)
    "lakh": 1e5,
    "crore": 1e7,
    "lakh crore": 1e12,
    "tr": 1e12,
}
CURRENCY_SIGNS = {
    "$": "USD",
    "US$": "USD",
    "$US": "USD",  # (Australian copy)
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₽": "RUB",
    "₴": "UAH",
    "₹": "INR",
    "Rbs": "RUB",  # Bloomberg's "Rbs393bn"
    "NIS": "ILS",  # Israel's new shekels, as its papers write them
}
CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "roubles": "RUB",
    "rubles": "RUB",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "yen": "JPY",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "rupees": "INR",
    "yuan": "CNY",
    "francs": "CHF",
    "zlotys": "PLN",
    "zloty": "PLN",
    "forints": "HUF",
    "forint": "HUF",
    "lira": "TRY",
    "crowns": "crowns",  # Swedish, Norwegian, Danish or Czech: the text rarely says which
    "kronor": "SEK",
    "koruna": "CZK",
    "lari": "GEL",
    "drams": "AMD",
    "dram": "AMD",
    "manats": "AZN",
    "manat": "AZN",
    "tenge": "KZT",
    "lei": "RON",  # Romanian; Moldova's are written "Moldovan lei"
    "leu": "RON",
}
SPELLED = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
    "dozens": 24,
    "hundreds": 100,
    "thousands": 1000,
    "millions": 1e6,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "twentieth": 20,
    "hundredth": 100,
}
DURATION_UNITS = (
    "seconds|second|minutes|minute|hours|hour|days|day|weeks|week|months|month|years|year|"
    "decades|decade|centuries|century|quarters|quarter"
)
QUALIFIERS = (
    "more than",
    "less than",
    "fewer than",
    "at least",
    "at most",
    "up to",
    "an estimated",
    "approximately",
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "over",
    "under",
    "some",
    "estimated",
    "just over",
    "just under",
    "close to",
    "as many as",
    "as much as",
    "upwards of",
    "no less than",
    "no more than",
    "no fewer than",
    "well over",
    "well north of",
    "north of",
    "in excess of",
    "below",
    "above",
    "within",
    "perhaps",
)

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def _cap(words: Sequence[str]) -> str:
    """Lower-case and capitalised forms: the pattern avoids IGNORECASE, which halves its speed."""
    return "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in sorted(words, key=len, reverse=True))


_SCALE = (
    r"(?:[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|lakh[ ]crore|crore|lakh"
    r"|mn|mln|bn|trn|tn|m|b|k|M|B|K|BN|MN)\b"
)
_SCALE_WORD = r"(?:[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|mn|bn|tn)\b"
_SPELLED = _cap(SPELLED)
_ORD = _cap(ORDINALS)
# "a second" is far more often the ordinal ("a second plant") than a length of time.
_DUR_SINGULAR = "minute|hour|day|week|month|year|decade|century"
# Every alternative starts with one of these characters; checking it first skips most positions cheaply.
_FIRST = "".join(
    sorted({c for w in (*SPELLED, *ORDINALS, *MONTHS.split("|"), "a", "an") for c in (w[0], w[0].upper())})
)

_PATTERN = re.compile(
    rf"""
    (?=[\d$£€¥₽₴₹UEGPRCJA{_FIRST}])
    (?:
    (?P<iso>\b(?:19|20)\d\d-[01]\d-[0-3]\d\b|\b[0-3]?\d/[01]?\d/(?:19|20)\d\d\b)
  | (?P<temp>\b\d{{1,3}}(?:\.\d)?\s?°?\s?[CF](?![\w-]))
  | (?P<money>(?P<cur>US\$|\$US|[$£€¥₽₴₹]|Rbs(?=\d)
       |(?:USD|EUR|GBP|PLN|UAH|RUB|CHF|JPY|CNY|CAD|AUD|NIS|ILS|NOK|DKK|SEK)(?=\s\d))
       \s?(?P<mnum>{_NUM})
       (?:(?:\s|-(?=[a-z]{{4}}))?(?P<mscale>{_SCALE}))?)
  | (?P<date1>\b(?P<d1month>{MONTHS})\.?\s(?P<d1day>\d{{1,2}})(?:st|nd|rd|th)?\b
       (?:,?\s(?P<d1year>\d{{4}})\b)?)
  | (?P<date2>\b(?P<d2day>\d{{1,2}})\s(?P<d2month>{MONTHS})\b(?:,?\s(?P<d2year>\d{{4}})\b)?)
  | (?P<date3>\b(?P<d3month>{MONTHS})\s(?P<d3year>(?:19|20)\d\d)\b)
  | (?P<time>\b\d{{1,2}}(?:[:.][0-5]\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|BST\b|ET\b|EST\b|CET\b|UTC\b)
       |\b[0-2]\d[0-5]\d\s(?:GMT|BST|ET|EST|EDT|CET|UTC)\b
       |\b\d{{1,2}}:\d\d\b)
  | (?P<ordinal>\b\d+(?:st|nd|rd|th)\b|\b(?:{_ORD})\b)
  | (?P<number>(?<![\w.,])(?<![A-Za-z]-)(?P<num>{_NUM})
       (?:(?P<gscale>m)\b|(?P<km>km)\b|(?P<ascale>bn|trn|tn|mn|mln)\b|(?=pc\b)
         |(?![\w]|\.\d|,\d)(?:[\s-]?(?P<scale>{_SCALE_WORD}))?)
       (?:\s?(?P<pct>%|[Pp]er\s?cent\b|[Pp]ercent\b|percentage\spoints?\b)|(?P<pc>pc)\b)?)
  | (?P<spelled>\b(?P<sword>{_SPELLED})\b)
  | (?P<article_dur>\b(?:[Aa]|[Aa]n)\s(?:{_DUR_SINGULAR})\b)
    )
    """,
    re.VERBOSE,
)
# Whose crowns or lei: "Swedish crowns", "Moldovan lei"
_WHOSE = {"swedish": "SEK", "norwegian": "NOK", "danish": "DKK", "czech": "CZK", "icelandic": "ISK"}
_WHOSE |= {"moldovan": "MDL", "turkish": "TRY", "canadian": "CAD", "australian": "AUD"}
# (built from the tables, so that a currency added to CURRENCY_WORDS is found after a figure too; "kroner"
# and "krone" say no more than "crowns")
_CURRENCY_AFTER = re.compile(
    rf"[\s-]?(?:({'|'.join(_WHOSE)})\s|(?:US|U\.S\.)\s(?=dollars?\b))?"
    rf"({'|'.join(sorted({*CURRENCY_WORDS, 'kroner', 'krone'}, key=len, reverse=True))})\b",
    re.IGNORECASE,
)
_HUNDREDTHS = re.compile(r"[\s-](cents?|pence|kopecks?)\b")  # (not the rapper "50 Cent")
_HUNDREDTH_UNITS = {"cent": "USD", "cents": "USD", "pence": "GBP", "kopeck": "RUB", "kopecks": "RUB"}


# "120m tonnes of cargo", "5m barrels a day": what is counted in millions, never a distance in metres
_MILLIONS_OF = _words("tonnes tons barrels doses shells rounds")
_MILLIONS_OF |= _words("soldiers troops refugees voters residents users viewers customers households")
_MILLIONS_OF |= _words("homes jobs passengers visitors civilians workers pensioners subscribers")


def _currency_unit(cur: re.Match[str]) -> str:
    """ "euros" is EUR; "Swedish crowns" SEK, "Moldovan lei" MDL; "crowns" or "kroner" alone do not say
    whose, "lei" alone are Romania's."""
    word = cur.group(2).lower()
    whose = (cur.group(1) or "").lower()
    if word in ("crowns", "kroner", "krone", "lei", "leu", "lira", "dollars", "dollar") and whose in _WHOSE:
        return _WHOSE[whose]  # ("Canadian dollars", "Turkish lira")
    return CURRENCY_WORDS.get(word, "crowns")


_QUALIFIER_BEFORE = re.compile(
    r"\b(" + "|".join(sorted({q.replace(" ", r"\s") for q in QUALIFIERS}, key=len, reverse=True)) + r")\s+$",
    re.IGNORECASE,
)
_DURATION_AFTER = re.compile(rf"[\s-]((?:{DURATION_UNITS}))\b", re.IGNORECASE)
_NOT_UNITS = _words("""
the a an of to and or in on at for by with from as is are was were be been has have had that this which who
than more less per into over under about after before during since until will would could should may might
its their his her our your my it they he she we you i not no also year years
""")


# Words ending in -s that are no plural noun: "people across", "children always".
_S_ENDED_WORDS = _words(
    "across towards afterwards always perhaps besides whereas thus plus minus versus unless"
)

_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_SPELLED_SCALE = re.compile(
    r"\s+(?:(?P<scale>million|billion|trillion|thousand)\b|(?P<pct>per\s?cent\b|percent\b))", re.IGNORECASE
)
_FOLD_AFTER = re.compile(r"-fold\b")
_AND_A_HALF = re.compile(r"[ \u00a0-]and[ \u00a0-]a[ \u00a0-]half\b")
TENS = {word: value for word, value in SPELLED.items() if 20 <= value <= 90 and value % 10 == 0}
_TENS_BEFORE = re.compile(r"\b(" + _cap(TENS) + r")-$")
_UNITS_AFTER_TENS = re.compile(r"(?<=[tTyY])-(?:one|two|three|four|five|six|seven|eight|nine)\b")
# An ordinal word standing for a noun or an adverb, not qualifying one.
_PRONOMINAL_AFTER = re.compile(r"\s+since\b")
_CLAUSE_END = re.compile(r"\s*[.,;:!?)”\"]")
_PLACINGS = frozenset({"the", "a", "came", "finished", "finish", "placed", "ranked", "was", "is"})
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_PART_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?\d")
# "two of its thermal power plants": a spelled part of a counted whole.
# ("two of the world's largest brewers" is a superlative, not a count.)
_OF_OWNER = re.compile(rf"\s+of\s+(?:its|their|his|her|our|the\s+(?=\d|(?:{_cap(SPELLED)})\b))\b")
# "a fifth of", "three-fifths": fractions, neither ordinals nor counts.
_FRACTION_OF = re.compile(r"\s+of\b")
_FRACTION_BEFORE = re.compile(r"\b(?:[Aa]|[Oo]ne)\s+$")
FRACTIONS = frozenset({"halves", "thirds", "quarters", "fourths", "fifths", "sixths", "eighths", "tenths"})
# "a 12-year-old girl": an age, not a length of time.
_AGE_AFTER = re.compile(r"[\s-]old\b")
# "15-member council", "20-point plan", "750-kilovolt line": a digit figure of what the compound names.
_COMPOUND_AFTER = re.compile(r"-([a-z]{3,})\b(?!-old)")
_NOT_COMPOUNDS = frozenset({"odd", "old", "rated", "plus", "something", "year"})
# Qualifiers that make a bare number a count by themselves: "to more than 500."; "over 50", "under 18"
# are as often ages or thresholds.
_COUNTING_QUALIFIERS = frozenset(
    {
        "more than",
        "fewer than",
        "at least",
        "up to",
        "nearly",
        "almost",
        "roughly",
        "around",
        "about",
        "an estimated",
        "as many as",
        "some",
        "approximately",
        "just over",
        "close to",
    }
)
# Words after which "a year", "a week" is a length of time: "for a year", "in less than a week".
_SPAN_WORDS = frozenset(
    {
        "for",
        "within",
        "in",
        "than",
        "about",
        "nearly",
        "almost",
        "around",
        "over",
        "under",
        "lasting",
        "lasted",
        "took",
        "spent",
        "only",
        "just",
        "least",
        "most",
    }
)


# A bare number that still counts, told by the words around it: "718 of the drones", "31 injured",
# "killing 9", "of which five were shot down", "fell to 182, down from 254", "by 93 votes to 18".
_OF_PLURAL = re.compile(r"\s+of\s+(?:the|its|their|these|those)\s+([a-z]+s)\b(?![’'])")
_CASUALTY_AFTER = re.compile(
    r"\s+(?:(?:were|have\s+been|had\s+been|are|was)\s+)?(?:killed|injured|wounded|dead|missing|hurt|detained|"
    r"arrested|captured|displaced|evacuated|shot\s+down|destroyed|intercepted)\b"
)
_COUNT_BEFORE = re.compile(
    rf"(?:\b(?:killing|injuring|wounding|kills|killed)|\bof\s+(?:which|whom|them|those)|"
    r"\b(?:rose|rising|risen|fell|falling|fallen|increased|decreased|dropped|climbed|grew|jumped|surged|"
    rf"slipped|up|down|total|totalling|totaling)\s+(?:to|from|of)|\d\s+(?!(?:{DURATION_UNITS})\b)[a-z]+\s+to)"
    r"(?:\s+(?:at\s+least|about|around|nearly|almost|some|roughly))?\s+$"
)
_COMMA_WERE = re.compile(r"\s+(?:were|are)\b")


# "slipped to 64 in the world", "up to 12th in the rankings": a placing, not a count.
_RANKING_AFTER = re.compile(r"\s+in\s+the\s+(?:world|(?:[A-Z]+\s+|world\s+)?rankings?|standings|table)\b")
# "a restriction to 22 weeks ... go down to 20": the bare number stands for the unit named just before.
_UNIT_BEFORE = re.compile(rf"\d\s+(?:{DURATION_UNITS})\b[^.;!?]{{0,80}}$")


def _bare_count(body: str, start: int, end: int) -> bool:
    if _RANKING_AFTER.match(body, end):
        return False
    if _OF_PLURAL.match(body, end) or _CASUALTY_AFTER.match(body, end):
        return True
    if _COUNT_BEFORE.search(body, max(0, start - 40), start):
        if _UNIT_BEFORE.search(body, max(0, start - 100), start):
            return False
        # An index or a rate moves to a decimal ("the index fell to 95.5", "up 23 points to 6661.89").
        return "." not in body[start:end]
    return body[max(0, start - 2) : start] == ", " and bool(_COMMA_WERE.match(body, end))


def _number(text: str) -> float:
    return float(text.replace(",", ""))


_ARTICLE_BEFORE = re.compile(r"\b[Aa]n?\s+$")
_PLURAL_NEXT = re.compile(r"[a-z]+[ \u00a0]+[a-z]+s\b")


def _qualifier(body: str, start: int) -> str | None:
    # "at least a dozen projects": the article between the qualifier and a spelled count of things (not
    # "turned around a 15-6 deficit", "at least a dozen had lost weight")
    spelled_count = body[start : start + 1].isalpha() and _PLURAL_NEXT.match(body, start)
    article = _ARTICLE_BEFORE.search(body, max(0, start - 4), start) if spelled_count else None
    at = article.start() if article is not None else start
    m = _QUALIFIER_BEFORE.search(body, max(0, at - 20), at)
    return " ".join(m.group(1).lower().split()) if m else None


_WORD_AFTER = re.compile(r"[ \t\u00a0-]+([A-Za-z][\w.’'-]*)")


IRREGULAR_PLURALS = frozenset(
    {
        "people",
        "children",
        "men",
        "women",
        "personnel",
        "staff",
        "police",
        "cattle",
        "aircraft",
        "equipment",
        "ammunition",
        "artillery",
        "livestock",
        "feet",
    }
)


# Capitalised plurals that are still counted nouns: "12 Republicans", "300 Ukrainians".
COUNTED_GROUPS = frozenset(
    {
        "republicans",
        "democrats",
        "conservatives",
        "ukrainians",
        "russians",
        "americans",
        "europeans",
        "britons",
        "germans",
        "poles",
        "israelis",
        "palestinians",
        "muslims",
        "christians",
    }
)


# Between a number and its noun these add to a count already made: "25 more Patriot systems".
_INCREMENTS = frozenset({"more", "additional", "extra", "further", "new"})
# Singular words ending in -men: "regimen", "specimen", "abdomen".
_MEN_SINGULARS = frozenset({"regimen", "specimen", "abdomen", "omen", "stamen", "hymen", "yemen"})


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,5}s")
# Singular nouns ending in -s: "40 gas turbines" counts turbines, not gas; "a bonus", "a crisis".
_SINGULAR_S_ENDS = ("ss", "us", "sis", "xis")
_SINGULAR_S = frozenset({"gas", "lens", "news", "chassis", "bias", "atlas", "canvas"})


def _unit_after(body: str, end: int) -> tuple[str | None, int]:
    """The counted noun: the first plural word in the next three, skipping modifiers ("two U.S. officials",
    "3 million artillery shells", "40 F-16s", "25 more Patriot systems")."""
    pos = end
    for i in range(3):
        m = _WORD_AFTER.match(body, pos)
        if not m:
            return None, end
        word = m.group(1).rstrip(".’'")
        low = word.lower()
        if i == 0 and low in _INCREMENTS:
            pos = m.end()
            continue
        if low in _NOT_UNITS:
            return None, end
        capital = word[:1].isupper()
        plural = (low.endswith("s") and not low.endswith(_SINGULAR_S_ENDS) and low not in _SINGULAR_S) or (
            low.endswith("men") and len(low) > 4 and low not in _MEN_SINGULARS  # "servicemen", "gunmen"
        )
        # ("F-16s", "POWs")
        designation = any(c.isdigit() for c in word) or _ACRONYM_PLURAL.fullmatch(word) is not None
        if (plural and (not capital or designation or low in COUNTED_GROUPS)) or (
            not capital and low in IRREGULAR_PLURALS
        ):
            # Prefer the head of "artillery shells" over its modifier.
            nxt = _WORD_AFTER.match(body, m.end())
            head = nxt.group(1).rstrip(".’'") if nxt else ""  # "3 million artillery shells."
            if (
                low in IRREGULAR_PLURALS
                and head.lower().endswith("s")
                and not head.lower().endswith("ss")
                and head[:1].islower()
                and head.lower() not in _NOT_UNITS
                and head.lower() not in _S_ENDED_WORDS  # "26,000 people across the bloc"
            ):
                return head.lower(), nxt.start(1) + len(head)  # type: ignore[union-attr]
            return (word if capital else low), m.start(1) + len(word)
        pos = m.end()
    return None, end


def find_numbers(body: str, sentences: SentenceIndex | None = None) -> list[Figure]:
    index = sentences or SentenceIndex(body)
    out: list[Figure] = []
    for m in _PATTERN.finditer(body):
        fig = _figure(body, m)
        if fig is None:
            continue
        kind, value, unit, start, end, qual_ok = fig
        qualifier = None
        if qual_ok:
            qualifier = _qualifier(body, start)
        out.append(
            Figure(
                body[start:end], value, unit, kind, qualifier, _sentence(body, index, start, end), start, end
            )
        )
    return _local_dollars(body, out)


# Where a dollar sign is a country's own dollar: the places that say which.
_DOLLAR_COUNTRIES = (
    ("CAD", re.compile(r"\b(?:Canada|Canadian|Ottawa|Toronto)\b")),
    ("AUD", re.compile(r"\b(?:Australia|Australian|Canberra)\b")),
    ("NZD", re.compile(r"\b(?:New Zealand|Wellington)\b")),
)


def _bare_dollar(f: Figure) -> bool:
    return f.unit == "USD" and f.text.startswith("$") and not f.text.startswith("$US")


def _local_dollars(body: str, figures: list[Figure]) -> list[Figure]:
    """A page that writes "US$50-billion" (or "$US45 billion") for American dollars means its own country's
    dollar by a bare "$" (the Globe and Mail's "$2-billion" is Canadian): the country the page names most."""
    if ("US$" not in body and "$US" not in body) or not any(_bare_dollar(f) for f in figures):
        return figures
    counts = [(len(pattern.findall(body)), code) for code, pattern in _DOLLAR_COUNTRIES]
    hits, code = max(counts)
    if not hits:
        return figures
    bare = [_bare_dollar(f) for f in figures]
    return [dataclasses.replace(f, unit=code) if b else f for f, b in zip(figures, bare, strict=True)]


# A "sentence" with no full stop can be the whole body; each figure keeps at most this much on either side,
# or thousands of figures in one endless line would each copy all of it.
MAX_SENTENCE_REACH = 300


def _sentence(body: str, index: SentenceIndex, start: int, end: int) -> str:
    s, e = index.span_of(start)
    return body[max(s, start - MAX_SENTENCE_REACH) : min(e, end + MAX_SENTENCE_REACH)]


_Fig = tuple[FigureKind, float | None, str | None, int, int, bool]


def _figure(body: str, m: re.Match[str]) -> _Fig | None:
    start, end = m.start(), m.end()
    if m.group("iso"):
        return "date", None, None, start, end, False
    if m.group("temp"):
        return None  # weather banners: a temperature is not a figure of the story
    if m.group("money"):
        value = _number(m.group("mnum")) * SCALES.get((m.group("mscale") or "").lower(), 1)
        cur = m.group("cur")
        return "money", value, CURRENCY_SIGNS.get(cur, cur), start, end, True
    if m.group("date1") or m.group("date2") or m.group("date3"):
        return "date", None, None, start, end, False
    if m.group("time"):
        return "time", None, None, start, end, True  # "around 2am"
    if m.group("ordinal"):
        word = m.group("ordinal").lower()
        if word in ORDINALS and _PRONOMINAL_AFTER.match(body, end):
            return None  # "the first since June", "her ninth since 1997": standing for a noun
        if word == "first" and _CLAUSE_END.match(body, end):
            before = _WORD_BEFORE.search(body, max(0, start - 20), start)
            if before is None or before.group(1).lower() not in _PLACINGS:
                return None  # "want guarantees first.": an adverb; "came first." is a placing
        if (
            word in ORDINALS
            and word not in ("first", "second")
            and _FRACTION_OF.match(body, end)
            and _FRACTION_BEFORE.search(body, max(0, start - 5), start)
        ):
            return None  # "around a fifth of exports": a fraction
        value = float(ORDINALS[word]) if word in ORDINALS else float(re.sub(r"\D", "", word))
        return "ordinal", value, None, start, end, False
    if m.group("article_dur"):
        before = _WORD_BEFORE.search(body, max(0, start - 20), start)
        if before is None or before.group(1).lower() not in _SPAN_WORDS:
            return None  # "a year earlier", "barrels a day": a relative time or a rate, not a length of time
        unit = m.group("article_dur").split()[-1].lower()
        return "duration", 1.0, unit if unit.endswith("s") else unit + "s", start, end, True
    if m.group("spelled"):
        value = float(SPELLED[m.group("sword").lower()])
        units = _UNITS_AFTER_TENS.match(body, end)
        if units and units.group() != "-one":
            return None  # "Forty" of "Forty-three": the units word carries the whole number
        if units:
            value, end = value + 1, units.end()  # "twenty-one": "one" alone is never a figure
        tens = _TENS_BEFORE.search(body, max(0, start - 9), start)
        if tens:
            value += TENS[tens.group(1).lower()]  # "Forty-three per cent"
            start = tens.start()
        scaled = _SPELLED_SCALE.match(body, end)
        if scaled and scaled.group("pct"):
            return "percent", value, "%", start, scaled.end(), True  # "about two per cent"
        if scaled:
            value *= SCALES[scaled.group("scale").lower()]  # "more than five million", "two billion"
            cur = _CURRENCY_AFTER.match(body, scaled.end())
            if cur:
                return "money", value, _currency_unit(cur), start, cur.end(), True
            unit, uend = _unit_after(body, scaled.end())
            return "count", value, unit, start, uend if unit else scaled.end(), True
        if _FOLD_AFTER.match(body, end):
            return None  # "almost four-fold": a ratio
        if halved := _half_duration(body, value, start, end):
            return halved  # "two and a half hours"
        dur = _DURATION_AFTER.match(body, end)
        if dur:
            if _AGE_AFTER.match(body, dur.end()):
                return None  # "Seventeen-year-old Stone": an age
            return "duration", value, _plural(dur.group(1)), start, dur.end(), True
        if value == 2 and _THE_BEFORE.search(body, max(0, start - 5), start):
            return None  # "the two sides", "the two presidents": a pair referred back to, not a figure
        unit, uend = _unit_after(body, end)
        if unit is None and _OF_OWNER.match(body, end):
            owned, _ = _unit_after(body, _OF_OWNER.match(body, end).end())  # type: ignore[union-attr]
            if owned is not None:
                return "count", value, owned, start, end, True  # "two of its thermal power plants"
        exact = not m.group("sword").lower().endswith("s")  # not "about dozens", "some thousands"
        if unit is None and exact and _qualifier(body, start) in _COUNTING_QUALIFIERS - {"some"}:
            return "count", value, None, start, end, True  # "of which at least four were shot down"
        if unit is None and exact and _bare_count(body, start, end):
            return "count", value, None, start, end, True  # "seven of the missiles", "two dead"
        if unit is None or not (unit.endswith("s") or unit in IRREGULAR_PLURALS) or unit in FRACTIONS:
            return None  # "two of them", "ten" alone: too vague to count; "two people" counts
        return "count", value, unit, start, uend, True
    num = m.group("num")
    value = _number(num)
    scale = SCALES.get((m.group("scale") or m.group("ascale") or "").lower(), 1)  # "8.5trn roubles"
    if m.group("gscale"):
        cur = _CURRENCY_AFTER.match(body, end)
        if cur:
            return "money", value * 1e6, _currency_unit(cur), start, cur.end(), True
        # "1.2m people" in British copy; "60m hurdles" is a distance: a decimal, a noun of people or a thing
        # counted in millions ("120m tonnes") decides.
        unit, uend = _unit_after(body, end)
        if unit is None or (
            "." not in num and unit.lower() not in IRREGULAR_PLURALS | COUNTED_GROUPS | _MILLIONS_OF
        ):
            return None
        return "count", value * 1e6, unit, start, uend, True
    if m.group("pct") or m.group("pc"):
        return "percent", value, "%", start, end, True  # (the Irish papers' "48pc")
    if m.group("km"):
        return "count", value, "km", start, end, True  # "a range of more than 500km"
    hundredth = _HUNDREDTHS.match(body, end)
    if hundredth and scale == 1:
        # "1.5 cents a litre", "61 pence": a currency's hundredths
        return (
            "money",
            value / 100,
            _HUNDREDTH_UNITS[hundredth.group(1).lower()],
            start,
            hundredth.end(),
            True,
        )
    cur = _CURRENCY_AFTER.match(body, end)
    if cur:
        return "money", value * scale, _currency_unit(cur), start, cur.end(), True
    if scale == 1 and "." not in num and "," not in num and len(num) == 4 and 1800 <= value <= 2100:
        return "year", value, None, start, end, False
    if scale == 1 and (halved := _half_duration(body, value, start, end)):
        return halved  # "3 and a half years"
    dur = _DURATION_AFTER.match(body, end)
    if dur and scale == 1:
        if _AGE_AFTER.match(body, dur.end()):
            return None  # "a 12-year-old girl"
        return "duration", value, _plural(dur.group(1)), start, dur.end(), True
    compound = _COMPOUND_AFTER.match(body, end)
    if compound and scale == 1 and compound.group(1) not in FRACTIONS | _NOT_COMPOUNDS:
        return "count", value, compound.group(1), start, compound.end(), True  # "15-member council"
    unit, uend = _unit_after(body, end)
    if unit is None and scale == 1 and "," not in num:
        if _PART_OF.match(body, end):
            return "count", value, None, start, end, True  # "23 of the 32 members", "55 of 101 seats"
        if _qualifier(body, start) in _COUNTING_QUALIFIERS:
            return "count", value, None, start, end, True  # "more than 500"
        if _bare_count(body, start, end):
            return (
                "count",
                value,
                None,
                start,
                end,
                True,
            )  # "718 of the drones", "31 injured", "down from 254"
        return None  # a bare number counts nothing we can name; "a crowd of 61,732" is still a count
    return "count", value * scale, unit, start, end if unit is None else uend, True


def _half_duration(body: str, value: float, start: int, end: int) -> _Fig | None:
    """ "two and a half hours", "a two-and-a-half-hour meeting": the number, a half, then a unit of time."""
    half = _AND_A_HALF.match(body, end)
    dur = _DURATION_AFTER.match(body, half.end()) if half else None
    return ("duration", value + 0.5, _plural(dur.group(1)), start, dur.end(), True) if dur else None


def _plural(unit: str) -> str:
    unit = unit.lower()
    if unit.endswith("s"):
        return unit
    return "centuries" if unit == "century" else unit + "s"
