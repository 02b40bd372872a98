"""Main-text quality on the scrapinghub article-extraction benchmark, through ukr-tui's own pipeline.

Each page in `../shared/bench/messy_html/` goes through `readers.read_file` and `cleaning.clean_document`,
exactly as the index would read it; the cleaned body is scored against the benchmark's `articleBody` with
token-level precision, recall and F1 (multiset overlap of lower-cased word tokens, the benchmark's own
measure). Prints the means and the throughput.

With `--throughput DIR` it instead times the whole corpus pipeline on any folder (discover, read, count
lines for `LineStats`, clean), as the index runs it, e.g. on `../shared/bench/bbc`.

    /work/venv/bin/python benchmarks/messy_html.py [--bench DIR] [--limit N]
    /work/venv/bin/python benchmarks/messy_html.py --throughput ../shared/bench/bbc
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from ukr_tui.corpus.cleaning import LineStats, clean_document
from ukr_tui.corpus.config import CleaningConfig, load_config
from ukr_tui.corpus.readers import read_file
from ukr_tui.corpus.sources import discover

DEFAULT_BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.lower()))


def score(predicted: str, expected: str) -> tuple[float, float, float]:
    """Token precision, recall and F1; an empty truth and an empty prediction agree perfectly."""
    got, want = tokens(predicted), tokens(expected)
    if not got and not want:
        return 1.0, 1.0, 1.0
    overlap = sum((got & want).values())
    precision = overlap / sum(got.values()) if got else 0.0
    recall = overlap / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="folder holding messy_html/")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    parser.add_argument("--throughput", type=Path, default=None, help="time the pipeline on this folder")
    args = parser.parse_args(argv)
    cleaning = load_config(Path(__file__).resolve().parents[1] / "config.yaml").cleaning
    if args.throughput is not None:
        return throughput(args.throughput, cleaning)
    truth_path = args.bench / "messy_html_ground_truth.json"
    pages = args.bench / "messy_html"
    if not truth_path.is_file() or not pages.is_dir():
        print(f"benchmark not found under {args.bench}", file=sys.stderr)
        return 2
    truth: dict[str, dict] = json.loads(truth_path.read_text(encoding="utf-8"))
    names = sorted(truth)[: args.limit]
    totals = [0.0, 0.0, 0.0]
    skipped = 0
    started = time.perf_counter()
    for name in names:
        docs, problems = read_file(pages / name)
        predicted = clean_document(docs[0], cleaning, None).body if docs else ""
        skipped += bool(problems)
        for i, value in enumerate(score(predicted, truth[name].get("articleBody") or "")):
            totals[i] += value
    elapsed = time.perf_counter() - started
    n = len(names)
    precision, recall, f1 = (t / n for t in totals)
    print(f"pages: {n} (skipped: {skipped})")
    print(f"precision: {precision:.3f}  recall: {recall:.3f}  F1: {f1:.3f}")
    print(f"throughput: {n / elapsed:.1f} articles/s ({elapsed:.1f} s, read + clean, one process)")
    return 0


def throughput(folder: Path, cleaning: CleaningConfig) -> int:
    """Discover, read, count lines and clean every article under `folder`, timing each step."""
    started = time.perf_counter()
    files, skipped = discover([folder])
    found = time.perf_counter()
    raws = []
    for source in files:
        docs, problems = read_file(source.path)
        raws.extend(docs)
        skipped.extend(problems)
    read = time.perf_counter()
    stats = LineStats()
    for raw in raws:
        stats.add_text(raw.text)
    counted = time.perf_counter()
    articles = [clean_document(raw, cleaning, stats) for raw in raws]
    done = time.perf_counter()
    print(f"files: {len(files)}  articles: {len(articles)}  skipped: {len(skipped)}")
    print(
        f"discover {found - started:.2f} s, read {read - found:.2f} s, line stats {counted - read:.2f} s, "
        f"clean {done - counted:.2f} s"
    )
    elapsed = done - started
    print(f"throughput: {len(articles) / elapsed:.0f} articles/s ({elapsed:.2f} s, one process)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
