"""Scores of extract() against tests/annotations/news.json (texts written for these tests, not the seeds)."""

from __future__ import annotations

import json
from pathlib import Path

from ukr_tui.corpus.config import Alias, load_config
from ukr_tui.corpus.extract import extract

ANNOTATIONS = sorted((Path(__file__).with_name("annotations")).glob("*.json"))
CONFIG = Path(__file__).resolve().parents[1] / "config.yaml"


def aliases() -> tuple[Alias, ...]:
    return load_config(CONFIG).aliases


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def scores() -> dict[str, float]:
    tp = fp = fn = 0
    q_tp = q_fn = q_fp = q_right = 0
    n_tp = n_fn = 0
    duplicates = 0
    docs = [doc for path in ANNOTATIONS for doc in json.loads(path.read_text(encoding="utf-8"))]
    for doc in docs:
        ex = extract(doc["text"], aliases())
        people = [e.name for e in ex.entities if e.type == "person"]
        duplicates += len(people) - len(set(people))
        found, expected = set(people), set(doc["people"])
        tp += len(found & expected)
        fp += len(found - expected)
        fn += len(expected - found)
        matched = set()
        for q in doc["quotes"]:
            hits = [i for i, x in enumerate(ex.quotes) if q["fragment"] in x.text]
            if hits:
                q_tp += 1
                matched.add(hits[0])
                got = ex.quotes[hits[0]]
                q_right += got.speaker == q["speaker"] and got.speaker_kind == q["kind"]
            else:
                q_fn += 1
        q_fp += len(set(range(len(ex.quotes))) - matched)
        for n in doc["numbers"]:
            ok = any(
                x.text == n["text"]
                and x.kind == n["kind"]
                and all(getattr(x, k) == n[k] for k in ("value", "unit", "qualifier") if k in n)
                for x in ex.numbers
            )
            n_tp += ok
            n_fn += not ok
    return {
        "people_f1": f1(tp, fp, fn),
        "people_duplicates": duplicates,
        "quotes_f1": f1(q_tp, q_fp, q_fn),
        "speaker_right": q_right / q_tp if q_tp else 0.0,
        "numbers_recall": n_tp / (n_tp + n_fn) if n_tp + n_fn else 0.0,
    }


if __name__ == "__main__":
    for key, value in scores().items():
        print(f"{key}: {value:.3f}")
