"""The version of the code behind every indexed article, read off the code itself.

Indexes cache extraction by body hash. Keyed on this digest too, an upgraded extractor re-extracts instead of
serving stale results, and nobody has to remember to bump a number. Kept apart from `extract.py` so that
opening an index does not import the extractors (start-up time).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

# The modules whose code decides what an indexed article holds: its cleaned body, metadata and extraction.
DECIDING_MODULES = (
    "cleaning",
    "metadata",
    "sanitize",
    "readers",
    "sentences",
    "entities",
    "given_names",
    "gazetteer",
    "quotes",
    "numbers",
    "extract",
)


@lru_cache(maxsize=1)
def extraction_version() -> str:
    digest = hashlib.blake2b(digest_size=8)
    here = Path(__file__).parent
    for name in DECIDING_MODULES:
        try:
            digest.update((here / f"{name}.py").read_bytes())
        except OSError:  # installed without sources: the module's name is all there is to go on
            digest.update(name.encode())
    return digest.hexdigest()
