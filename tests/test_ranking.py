"""The one-pass ranking must give what Whoosh's exhaustive search gives: the same total, the same scores.

Compared with `limit=None` (every match scored): Whoosh's default top-N search skips blocks by an estimate
of their best score, which here missed the best document of `oil AND talks`.
"""

from __future__ import annotations

import random

import pytest
from ukr_tui.search.ranking import InMemoryLengthsBM25F, field_lengths, top_and_total
from whoosh import query as wq
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import RamStorage
from whoosh.qparser import MultifieldParser

WORDS = [
    "oil",
    "grain",
    "talks",
    "ceasefire",
    "summit",
    "envoy",
    "sanctions",
    "tanker",
    "export",
    "march",
    "marches",
    "marching",
]


@pytest.fixture(scope="module")
def index():  # type: ignore[no-untyped-def]
    rng = random.Random(3)
    ix = RamStorage().create_index(Schema(id=ID(stored=True), title=TEXT(field_boost=2.0), body=TEXT))
    # Three commits, so that the searcher has several segments, as a real incremental index does.
    for batch in range(3):
        writer = ix.writer()
        for i in range(300):
            words = rng.choices(WORDS, k=rng.randint(3, 120))
            writer.add_document(id=f"{batch}-{i}", title=" ".join(words[:4]), body=" ".join(words))
        writer.commit(merge=False)
    return ix


QUERIES = ["oil", "oil AND talks", '"grain talks"', "marc*", "summit OR envoy", "tanker NOT oil", "nothing"]


@pytest.mark.parametrize("text", QUERIES)
@pytest.mark.parametrize("with_filter", [False, True])
def test_same_total_and_scores_as_whoosh(index, text: str, with_filter: bool) -> None:  # type: ignore[no-untyped-def]
    parser = MultifieldParser(["title", "body"], index.schema)
    query = parser.parse(text)
    with index.searcher() as plain, index.searcher(weighting=InMemoryLengthsBM25F()) as fast:
        assert len(plain.leaf_searchers()) == 3
        allow = set(plain.docs_for_query(wq.Term("body", "export"))) if with_filter else None
        every = plain.search(query, limit=None, filter=allow)
        results, total = top_and_total(fast, query, 20, allow)
        assert total == len(every) == len(plain.search(query, limit=20, filter=allow))
        expected = list(every)[:20]
        assert [round(h.score, 9) for h in results] == [round(h.score, 9) for h in expected]
        if expected:
            cut = expected[-1].score
            assert {h.docnum for h in expected if h.score > cut} <= {h.docnum for h in results}


def test_field_lengths_are_read_once_per_segment(index) -> None:  # type: ignore[no-untyped-def]
    with index.searcher() as searcher:
        reader = searcher.leaf_searchers()[0][0].reader()
        lengths = field_lengths(reader, "body")
        assert field_lengths(reader, "body") is lengths
        assert list(lengths[:50]) == [reader.doc_field_length(d, "body", 1) for d in range(50)]
