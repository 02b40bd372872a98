"""Scores of extract() against blind annotations of real news in ../shared/bench (tests/annotations/real/).

The annotations hold no third-party text: each quote is a character span of the source text (a Reuters
record's "text", a BBC file, a messy_html page's true article body) with the speaker a reader gave it, and
each article lists the people it names. Helpers annotated them by reading alone, before any scoring; each
round was scored once, blind, before the fixes it prompted. Run
`python tests/real_annotations.py [round1_M1 ...]` to print the figures, `--misses` to list what is wrong.

Matching is a reader's: case, a leading "the", a title ("Lord", "Sir", "President", "Sheikh", "Mr") and
whitespace are ignored,
alias spellings fold to the canonical name, and an annotation that names a person by surname only ("Trump")
matches the full name the alias table gives ("Donald Trump"). A quote counts as found when the extracted
quote contains the span.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ukr_tui.corpus.cleaning import clean_document
from ukr_tui.corpus.config import Config, load_config
from ukr_tui.corpus.extract import extract
from ukr_tui.corpus.readers import RawDocument

HERE = Path(__file__).with_name("annotations") / "real"
BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"
CONFIG = Path(__file__).resolve().parents[1] / "config.yaml"


@cache
def _config() -> Config:
    return load_config(CONFIG)


@cache
def _reuters() -> list[str]:
    with gzip.open(BENCH / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as fh:
        return [json.loads(line).get("text") or "" for line in fh]


@cache
def _messy() -> dict[str, str]:
    pages = json.loads((BENCH / "messy_html_ground_truth.json").read_text(encoding="utf-8"))
    return {key[:12]: page.get("articleBody") or "" for key, page in pages.items()}


def source_text(source: dict[str, str | int]) -> str:
    ((kind, ref),) = source.items()
    if kind == "reuters21578.jsonl.gz":
        return _reuters()[int(ref)]
    if kind == "messy_html_ground_truth.json":
        return _messy()[str(ref)]
    return (BENCH / "bbc" / str(ref)).read_text(encoding="utf-8", errors="replace")


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _norm(name: str | None) -> str | None:
    if name is None:
        return None
    folded = _ws(name).casefold().replace("\u2019", "'")
    folded = re.sub(r"^the\s+", "", folded)
    # Titles are not part of a name (the annotators' rule, kept by some for peers, "Lord Falconer", and by
    # a few for heads of state and honorifics, "President Reagan", "Sheikh Ali al-Khalifa al-Sabah")
    return re.sub(
        r"^(?:lord|lady|baroness|baron|sir|dame|president|sheikh|mr|mrs|ms|dr)\.?\s+(?=\S)", "", folded
    ).rstrip(".,")


@cache
def _aliases() -> dict[str, str]:
    table = {}
    for alias in _config().aliases:
        for variant in (alias.name, *alias.variants):
            table[variant.casefold()] = alias.name.casefold()
    return table


def _canon(name: str | None) -> str | None:
    folded = _norm(name)
    return _aliases().get(folded, folded) if folded else folded


def same(want: str | None, got: str | None) -> bool:
    w, g = _canon(want), _canon(got)
    if w is None or g is None:
        return w == g
    return w == g or (" " not in w and g.endswith(" " + w))


@dataclass
class Tally:
    quotes: int = 0
    found: int = 0
    right: int = 0
    people_tp: int = 0
    people_fp: int = 0
    people_fn: int = 0

    def add(self, other: Tally) -> None:
        for key in vars(self):
            setattr(self, key, getattr(self, key) + getattr(other, key))

    @property
    def speaker_right(self) -> float:
        return self.right / self.found if self.found else 0.0

    @property
    def quote_recall(self) -> float:
        return self.found / self.quotes if self.quotes else 0.0

    @property
    def people_f1(self) -> float:
        tp = self.people_tp
        return 2 * tp / (2 * tp + self.people_fp + self.people_fn) if tp else 0.0


def score(name: str, misses: list[str] | None = None) -> Tally:
    tally = Tally()
    config = _config()
    for doc in json.loads((HERE / f"{name}.json").read_text(encoding="utf-8")):
        text = source_text(doc["source"])
        label = next(iter(doc["source"].values()))
        article = clean_document(RawDocument(path=str(label), line=None, text=text), config.cleaning)
        ex = extract(article.body, config.aliases, article.credits)
        got = {_canon(e.name) for e in ex.entities if e.type == "person"}
        want = {_canon(p) for p in doc["people"]}
        for w in list(want - got):
            match = next((g for g in got - want if same(w, g)), None)
            if match is not None:
                got.discard(match)
                got.add(w)
        tally.people_tp += len(got & want)
        tally.people_fp += len(got - want)
        tally.people_fn += len(want - got)
        for q in doc["quotes"]:
            tally.quotes += 1
            fragment = _ws(text[q["at"][0] : q["at"][1]]).strip(" ,.;:")
            hit = next((x for x in ex.quotes if fragment in _ws(x.text)), None)
            if hit is None:
                if misses is not None:
                    misses.append(f"{name} {label}: not found: {fragment[:50]!r}")
                continue
            tally.found += 1
            names = [q["speaker"], *q.get("alt", [])]
            if hit.speaker_kind == q["kind"] and any(same(n, hit.speaker) for n in names):
                tally.right += 1
            elif misses is not None:
                misses.append(
                    f"{name} {label}: {fragment[:40]!r} want {q['speaker']!r}/{q['kind']}"
                    f" got {hit.speaker!r}/{hit.speaker_kind}"
                )
    return tally


def sets() -> list[str]:
    return sorted(p.stem for p in HERE.glob("*.json"))


if __name__ == "__main__":
    chosen = [a for a in sys.argv[1:] if not a.startswith("-")] or sets()
    misses: list[str] | None = [] if "--misses" in sys.argv else None
    total = Tally()
    for name in chosen:
        t = score(name, misses)
        total.add(t)
        print(
            f"{name}: quotes {t.found}/{t.quotes} found, speaker right {t.right}/{t.found} = "
            f"{t.speaker_right:.3f}, people F1 {t.people_f1:.3f}"
        )
    print(
        f"all: quotes found {total.quote_recall:.3f}, speaker right {total.speaker_right:.3f} "
        f"({total.right}/{total.found}), people F1 {total.people_f1:.3f}"
    )
    for line in misses or []:
        print(" ", line)
