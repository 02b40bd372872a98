"""Benchmarks: ukr-tui against a plain SQLite FTS5 baseline, on the same articles, in the same run.

    python benchmarks/run.py --corpus ../shared/bench/bbc
    python benchmarks/run.py --corpus ../shared/bench/reuters21578.jsonl.gz --runs 3

Every step runs in its own process (so peak memory is that step's own) on a private copy of the corpus (so
that "1% of files changed" can be made without touching the data). Figures are medians over `--runs` runs
and ratios against the baseline; nothing here asserts a time. Prints a table and writes JSON to
benchmarks/results/.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def step(name: str, corpus: Path, index_dir: Path, *extra: str) -> dict:
    cmd = [
        sys.executable,
        str(HERE / "_worker.py"),
        name,
        "--corpus",
        str(corpus),
        "--index-dir",
        str(index_dir),
    ]
    out = subprocess.run([*cmd, *extra], capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def app_step(corpus: Path, index_dir: Path, cold: bool = False) -> dict:
    cmd = [
        sys.executable,
        str(HERE / "app_latency.py"),
        "--t0",
        repr(time.time()),
        "--corpus",
        str(corpus),
        "--index-dir",
        str(index_dir),
        *(["--cold"] if cold else []),
    ]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def copy_corpus(src: Path, dest: Path) -> Path:
    target = dest / src.name
    if src.is_dir():
        shutil.copytree(src, target)
    else:
        shutil.copy2(src, target)
    return target


def change_one_percent(corpus: Path) -> int:
    """Rewrite 1% of the articles (every 100th) so that the incremental path has real work to do."""
    if corpus.is_dir():
        files = sorted(p for p in corpus.rglob("*") if p.is_file())
        chosen = files[::100]
        for path in chosen:
            with path.open("a", encoding="utf-8") as fh:
                fh.write("\nThis article was updated.\n")
        return len(chosen)
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as fh:
        lines = fh.readlines()
    changed = 0
    for i in range(0, len(lines), 100):
        row = json.loads(lines[i])
        key = "text" if "text" in row else "body"
        row[key] = (row.get(key) or "") + "\nThis article was updated."
        lines[i] = json.dumps(row) + "\n"
        changed += 1
    with opener(corpus, "wt", encoding="utf-8") as fh:
        fh.writelines(lines)
    return changed


def dir_size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def one_run(corpus: Path, with_app: bool, queries: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="ukr-bench-") as tmp:
        tmpdir = Path(tmp)
        data = copy_corpus(corpus, tmpdir)
        ours_dir, fts_dir = tmpdir / "index", tmpdir / "fts"
        fts_dir.mkdir()
        result: dict = {}
        result["cold"] = step("build", data, ours_dir)
        result["cold"]["index_mb"] = dir_size_mb(ours_dir)
        result["fts5_cold"] = step("fts-build", data, fts_dir)
        result["fts5_cold"]["index_mb"] = dir_size_mb(fts_dir)
        result["unchanged"] = step("build", data, ours_dir)
        result["queries"] = step(
            "queries", data, ours_dir, "--fts-db", str(fts_dir / "fts5.db"), "--count", str(queries)
        )
        if with_app:
            result["app"] = app_step(data, ours_dir)
            result["app_cold"] = app_step(data, tmpdir / "index-app-cold", cold=True)
        time.sleep(1.1)  # mtimes must move even on file systems with coarse timestamps
        result["changed_files"] = change_one_percent(data)
        result["one_percent"] = step("build", data, ours_dir)
        return result


def median(runs: list[dict], *path: str) -> float:
    values = []
    for run in runs:
        value = run
        for key in path:
            value = value[key]
        values.append(float(value))
    return statistics.median(values)


def report(corpus: Path, runs: list[dict]) -> dict:
    n = median(runs, "cold", "articles")
    cold, fts_cold = median(runs, "cold", "seconds"), median(runs, "fts5_cold", "seconds")
    rows = [
        ("articles", f"{n:,.0f}", "", ""),
        (
            "cold build, extraction included",
            f"{cold:.2f} s ({n / cold:,.0f} art/s)",
            f"{fts_cold:.2f} s ({n / fts_cold:,.0f} art/s)",
            f"{cold / fts_cold:.1f}x",
        ),
        (
            "index size",
            f"{median(runs, 'cold', 'index_mb'):.1f} MB",
            f"{median(runs, 'fts5_cold', 'index_mb'):.1f} MB",
            "",
        ),
        ("re-run, nothing changed", f"{median(runs, 'unchanged', 'seconds'):.3f} s", "", ""),
        ("re-run, 1% of articles changed", f"{median(runs, 'one_percent', 'seconds'):.2f} s", "", ""),
        (
            "peak RSS, build",
            f"{median(runs, 'cold', 'peak_rss_mb'):.0f} MB",
            f"{median(runs, 'fts5_cold', 'peak_rss_mb'):.0f} MB",
            "",
        ),
    ]
    kinds = runs[0]["queries"]["ukr_tui"].keys()
    for kind in kinds:
        ours50 = median(runs, "queries", "ukr_tui", kind, "p50_ms")
        ours95 = median(runs, "queries", "ukr_tui", kind, "p95_ms")
        fts50 = median(runs, "queries", "fts5", kind, "p50_ms")
        fts95 = median(runs, "queries", "fts5", kind, "p95_ms")
        ratio = f"{ours95 / fts95:.1f}x" if fts95 else ""
        rows.append(
            (
                f"query {kind} p50 / p95",
                f"{ours50:.1f} / {ours95:.1f} ms",
                f"{fts50:.1f} / {fts95:.1f} ms",
                ratio,
            )
        )
    if "app" in runs[0]:
        rows += [
            ("app: launch to first screen", f"{median(runs, 'app', 'first_screen_s'):.2f} s", "", ""),
            (
                "app: keystroke to results p50 / p95",
                f"{median(runs, 'app', 'keystroke_p50_ms'):.0f} / "
                f"{median(runs, 'app', 'keystroke_p95_ms'):.0f} ms",
                "",
                "",
            ),
            ("app: peak RSS", f"{median(runs, 'app', 'peak_rss_mb'):.0f} MB", "", ""),
            (
                "app building a new index: keystroke p50 / p95 (build time)",
                f"{median(runs, 'app_cold', 'keystroke_p50_ms'):.0f} / "
                f"{median(runs, 'app_cold', 'keystroke_p95_ms'):.0f} ms "
                f"({median(runs, 'app_cold', 'build_in_app_s'):.1f} s)",
                "",
                "",
            ),
            (
                "app building a new index: peak RSS",
                f"{median(runs, 'app_cold', 'peak_rss_mb'):.0f} MB",
                "",
                "",
            ),
        ]
    width = max(len(r[0]) for r in rows)
    print(f"\n{corpus} — median of {len(runs)} run(s) — {platform.machine()}, {platform.python_version()}")
    print(f"| {'measure'.ljust(width)} | ukr-tui | SQLite FTS5 | ratio |")
    print(f"|{'-' * (width + 2)}|---|---|---|")
    for name, ours, base, ratio in rows:
        print(f"| {name.ljust(width)} | {ours} | {base} | {ratio} |")
    return {"corpus": str(corpus), "rows": rows, "runs": runs}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, action="append", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--queries", type=int, default=210)
    parser.add_argument("--no-app", action="store_true", help="skip the app's start-up and typing latency")
    args = parser.parse_args()
    out_dir = HERE / "results"
    out_dir.mkdir(exist_ok=True)
    for corpus in args.corpus:
        runs = [one_run(corpus.resolve(), not args.no_app, args.queries) for _ in range(args.runs)]
        summary = report(corpus, runs)
        summary["machine"] = {
            "machine": platform.machine(),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
        }
        (out_dir / f"{corpus.name.split('.')[0]}.json").write_text(json.dumps(summary, indent=1, default=str))


if __name__ == "__main__":
    main()
