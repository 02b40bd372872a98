"""One measured step of the benchmark, run in its own process so that its peak memory is its own.

Prints one JSON object on stdout. Called by run.py; not meant to be run by hand.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

QUERY_KINDS = ("term", "and", "phrase", "prefix", "alias", "date", "source")
_WORD = re.compile(r"[A-Za-z]{5,}")


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def open_index(corpus: list[Path], index_dir: Path):
    from ukr_tui.corpus.config import load_config
    from ukr_tui.search.index import CorpusIndex

    config = load_config(None).with_overrides(corpus=corpus, index_dir=index_dir)
    return CorpusIndex.open(config)


def make_queries(corpus: list[Path], count: int, seed: int = 7) -> list[tuple[str, str]]:
    """A fixed mix of query kinds drawn from the corpus's own words (same seed, same queries)."""
    from fts5_baseline import iter_documents

    rng = random.Random(seed)
    docs = [body for _, _, _, body in iter_documents(corpus)]
    sample = [docs[i] for i in sorted(rng.sample(range(len(docs)), min(len(docs), 400)))]
    aliases = ["Kiev", "Zelenskyy", "Putin", "Biden", "Kharkov", "Odessa", "Britain", "Nato"]
    queries: list[tuple[str, str]] = []
    per_kind = -(-count // len(QUERY_KINDS))
    for i in range(per_kind):
        words = _WORD.findall(sample[i % len(sample)])
        words = [w.lower() for w in words] or ["market"]
        a, b = rng.choice(words), rng.choice(words)
        start = rng.randrange(max(1, len(words) - 1))
        phrase = " ".join(words[start : start + 2])
        queries += [
            ("term", a),
            ("and", f"{a} AND {b}"),
            ("phrase", f'"{phrase}"'),
            ("prefix", a[:4] + "*"),
            ("alias", aliases[i % len(aliases)]),
            ("date", f"{a} after:1987-03-01"),
            ("source", f"{a} source:reuters"),
        ]
    return queries[: max(count, 7)]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summarise(latencies: dict[str, list[float]]) -> dict[str, dict[str, float]]:
    out = {}
    every = [v for vs in latencies.values() for v in vs]
    for kind, values in [*latencies.items(), ("all", every)]:
        out[kind] = {
            "p50_ms": round(statistics.median(values) * 1000, 2),
            "p95_ms": round(percentile(values, 0.95) * 1000, 2),
            "n": len(values),
        }
    return out


def cmd_build(args: argparse.Namespace) -> dict:
    t0 = time.perf_counter()
    index = open_index(args.corpus, args.index_dir)
    summary = index.update()
    seconds = time.perf_counter() - t0
    counts = index.counts()
    return {
        "seconds": seconds,
        "articles": counts.get("articles"),
        "summary": str(summary),
        "peak_rss_mb": peak_rss_mb(),
    }


def cmd_fts_build(args: argparse.Namespace) -> dict:
    from fts5_baseline import build

    t0 = time.perf_counter()
    n = build(args.index_dir / "fts5.db", args.corpus)
    return {"seconds": time.perf_counter() - t0, "articles": n, "peak_rss_mb": peak_rss_mb()}


def cmd_queries(args: argparse.Namespace) -> dict:
    from fts5_baseline import Searcher

    queries = make_queries(args.corpus, args.count)
    index = open_index(args.corpus, args.index_dir)
    fts = Searcher(args.fts_db)
    ours: dict[str, list[float]] = {k: [] for k in QUERY_KINDS}
    base: dict[str, list[float]] = {k: [] for k in QUERY_KINDS}
    totals = 0
    for _kind, query in queries:  # warm-up pass: first-touch costs are start-up, not query latency
        index.search(query, limit=50)
        fts.search(query)
    for kind, query in queries:
        t0 = time.perf_counter()
        results = index.search(query, limit=50)
        if results.hits:
            article = index.article(results.hits[0].id)
            index.highlights(article, query)
        ours[kind].append(time.perf_counter() - t0)
        totals += results.total
        t0 = time.perf_counter()
        fts.search(query)
        base[kind].append(time.perf_counter() - t0)
    return {
        "queries": len(queries),
        "ukr_tui": summarise(ours),
        "fts5": summarise(base),
        "total_hits": totals,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("step", choices=["build", "fts-build", "queries"])
    parser.add_argument("--corpus", type=Path, action="append", required=True)
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--fts-db", type=Path)
    parser.add_argument("--count", type=int, default=210)
    args = parser.parse_args()
    step = {"build": cmd_build, "fts-build": cmd_fts_build, "queries": cmd_queries}[args.step]
    print(json.dumps(step(args)))


if __name__ == "__main__":
    main()
