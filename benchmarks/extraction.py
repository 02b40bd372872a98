"""Extraction throughput on the BBC bench corpus (one core): articles per second.

    /work/venv/bin/python benchmarks/extraction.py [DIR] [--repeat N]

Each file's first line is its title; the rest is the body. The gazetteer is built before timing starts,
because the indexer pays for it once per process, not per article. The corpus is run N times (3 by
default) and the median is reported, since shared machines are noisy.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from ukr_tui.corpus.config import load_config
from ukr_tui.corpus.extract import extract
from ukr_tui.corpus.gazetteer import places
from ukr_tui.corpus.given_names import is_given_name

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "bbc"


def main(argv: list[str]) -> int:
    repeat = 3
    if "--repeat" in argv:
        k = argv.index("--repeat")
        repeat = int(argv[k + 1])
        argv = argv[:k] + argv[k + 2 :]
    root = Path(argv[1]) if len(argv) > 1 else DEFAULT
    files = sorted(root.rglob("*.txt"))
    if not files:
        print(f"no .txt files under {root}", file=sys.stderr)
        return 2
    bodies = []
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        bodies.append(text.split("\n", 1)[1] if "\n" in text else text)
    aliases = load_config(Path(__file__).resolve().parents[1] / "config.yaml").aliases
    t0 = time.perf_counter()
    places()
    warm = time.perf_counter() - t0
    t0 = time.perf_counter()
    is_given_name("Vasek")  # Faker's name lists, loaded once per process like the gazetteer
    names_warm = time.perf_counter() - t0
    counts = {"entities": 0, "quotes": 0, "numbers": 0}
    for body in bodies:
        ex = extract(body, aliases)
        counts["entities"] += len(ex.entities)
        counts["quotes"] += len(ex.quotes)
        counts["numbers"] += len(ex.numbers)
    runs = []
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        for body in bodies:
            extract(body, aliases)
        runs.append(time.perf_counter() - t0)
    elapsed = statistics.median(runs)
    chars = sum(len(b) for b in bodies)
    print(
        f"{len(bodies)} articles, {chars / 1e6:.1f} M chars in {elapsed:.2f} s: "
        f"{len(bodies) / elapsed:.0f} articles/s, {chars / elapsed / 1e6:.2f} M chars/s "
        f"(median of {len(runs)} runs; gazetteer built once in {warm:.2f} s, "
        f"given names in {names_warm:.2f} s)"
    )
    print(", ".join(f"{k}: {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
