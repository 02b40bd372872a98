"""Scores of extract() against tests/annotations/ (texts written for these tests, not the seeds).

`scores()` covers the sets the unit tests hold thresholds on; `detailed()` also gives precision and recall and
scores numbers as F1 (every figure in a held-out text is annotated, so an extra one is a false positive).
Held-out sets (`heldout_round*.json`) are kept out of the default set: they were scored once, blind, and are
reported, not tuned on. Run `python tests/annotation_scores.py [FILE ...]` to print the figures.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from ukr_tui.corpus.config import Alias, load_config
from ukr_tui.corpus.extract import extract
from ukr_tui.corpus.model import Figure

HERE = Path(__file__).with_name("annotations")
ANNOTATIONS = sorted(p for p in HERE.glob("*.json") if not p.name.startswith("heldout_round"))
HELDOUT = sorted(HERE.glob("heldout_round*.json"))
# Held-out sets annotated with this project's spellings (rounds 2-11); later annotators spelt their own way.
HELDOUT_STRICT = [p for p in HELDOUT if int(re.search(r"round(\d+)", p.name).group(1)) <= 11]
CONFIG = Path(__file__).resolve().parents[1] / "config.yaml"


def aliases() -> tuple[Alias, ...]:
    return load_config(CONFIG).aliases


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _spans_of(doc_text: str, text: str) -> list[tuple[int, int]]:
    """Where an annotated figure stands as a whole token: "8%" is not the tail of "38%", nor "2 percent" of
    "2.2 percent", nor "second" the head of "second-largest". Every such place counts, so "2023" can be the
    year standing alone after "March 2023" appeared earlier."""
    spans = []
    for m in re.finditer(re.escape(text), doc_text):
        before = doc_text[m.start() - 1 : m.start()]
        after = doc_text[m.end() : m.end() + 1]
        if not (before.isalnum() or before in ".,") and not (after.isalnum() or after == "-"):
            spans.append((m.start(), m.end()))
    if not spans:
        start = doc_text.find(text)
        spans.append((start, start + len(text)))
    return spans


def _figure_matches(doc_text: str, want: dict, got: Figure) -> bool:
    """Same kind, value, unit and qualifier where annotated, and overlapping a place of the annotated text."""
    if got.kind != want["kind"]:
        return False
    if not any(got.end > start and got.start < end for start, end in _spans_of(doc_text, want["text"])):
        return False
    value = want.get("value")
    if value is not None and (got.value is None or abs(got.value - value) > 1e-6 * max(1.0, value)):
        return False
    # a null unit or qualifier is one the annotator left open (some sets write null rather than omit the key)
    # (a qualifier opening a sentence is the same word: "More than 30 countries" is "more than")
    if want.get("unit") is not None and got.unit != want["unit"]:
        return False
    return want.get("qualifier") is None or (got.qualifier or "").casefold() == want["qualifier"].casefold()


def _cleaned(text: str) -> tuple[str, tuple[str, ...]]:
    """The body and credits `ukr-tui` indexes for a page."""
    from ukr_tui.corpus.cleaning import clean_document
    from ukr_tui.corpus.readers import RawDocument

    article = clean_document(
        RawDocument(path="heldout.txt", line=None, text=text), load_config(CONFIG).cleaning
    )
    return article.body, article.credits


def detailed(
    paths: list[Path] | None = None, lenient: bool = False, cleaned: bool = False
) -> dict[str, float]:
    """Exact names by default; `lenient` matches them as tests/real_annotations.py does (case, a leading
    "the", alias spellings, a surname for the full name), for sets annotated without our spelling rules.
    `cleaned` extracts from the body the cleaner keeps, as `ukr-tui extract` does, instead of the page as
    written (a set that holds scraped boilerplate: "Related:" links, newsletter lines)."""
    if lenient:
        from real_annotations import _canon, same
    else:

        def _canon(name: str | None) -> str | None:
            return name

        def same(want: str | None, got: str | None) -> bool:
            return want == got

    people_tp = people_fp = people_fn = duplicates = 0
    q_tp = q_fn = q_fp = q_right = 0
    n_tp = n_fp = n_fn = 0
    docs = [doc for path in (paths or ANNOTATIONS) for doc in json.loads(path.read_text(encoding="utf-8"))]
    for doc in docs:
        text, credits = _cleaned(doc["text"]) if cleaned else (doc["text"], ())
        ex = extract(text, aliases(), credits)
        people = [e.name for e in ex.entities if e.type == "person"]
        duplicates += len(people) - len(set(people))
        found, expected = {_canon(p) for p in people}, {_canon(p) for p in doc["people"]}
        for w in list(expected - found):
            match = next((g for g in found - expected if same(w, g)), None)
            if match is not None:
                found.discard(match)
                found.add(w)
        people_tp += len(found & expected)
        people_fp += len(found - expected)
        people_fn += len(expected - found)
        matched: set[int] = set()
        for q in doc["quotes"]:
            hits = [i for i, x in enumerate(ex.quotes) if q["fragment"] in x.text]
            if hits:
                q_tp += 1
                matched.add(hits[0])
                got = ex.quotes[hits[0]]
                q_right += same(q["speaker"], got.speaker) and got.speaker_kind == q["kind"]
            else:
                q_fn += 1
        q_fp += len(set(range(len(ex.quotes))) - matched)
        used: set[int] = set()
        for n in doc["numbers"]:
            hits = (i for i, x in enumerate(ex.numbers) if i not in used and _figure_matches(text, n, x))
            hit = next(hits, None)
            if hit is None:
                n_fn += 1
            else:
                used.add(hit)
                n_tp += 1
        n_fp += len(ex.numbers) - len(used)
    return {
        "people_precision": people_tp / (people_tp + people_fp) if people_tp + people_fp else 0.0,
        "people_recall": people_tp / (people_tp + people_fn) if people_tp + people_fn else 0.0,
        "people_f1": f1(people_tp, people_fp, people_fn),
        "people_duplicates": duplicates,
        "quotes_f1": f1(q_tp, q_fp, q_fn),
        "speaker_right": q_right / q_tp if q_tp else 0.0,
        "numbers_recall": n_tp / (n_tp + n_fn) if n_tp + n_fn else 0.0,
        "numbers_f1": f1(n_tp, n_fp, n_fn),
    }


def scores() -> dict[str, float]:
    return detailed(ANNOTATIONS)


if __name__ == "__main__":
    chosen = [Path(arg) for arg in sys.argv[1:] if not arg.startswith("-")] or None
    for key, value in detailed(
        chosen, lenient="--lenient" in sys.argv, cleaned="--cleaned" in sys.argv
    ).items():
        print(f"{key}: {value:.3f}")
