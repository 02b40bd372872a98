"""The index over small generated corpora: incremental updates, the store, threads, folder ownership."""

from __future__ import annotations

import gzip
import json
import os
import threading
from pathlib import Path

import pytest
from ukr_tui.corpus.config import Config, load_config
from ukr_tui.search import folder as fs
from ukr_tui.search.index import CorpusIndex
from ukr_tui.search.indexer import CorpusMissing

REPO = Path(__file__).parents[1]

STORY = (
    "{title}\n\n"
    "Officials in {place} said on Tuesday that talks on a ceasefire would resume next week. "
    "The delegation met for {hours} hours and discussed grain exports, prisoners and security guarantees.\n\n"
    "A spokesman said the meeting was constructive and that the sides agreed to keep talking."
)


def write(path: Path, title: str, place: str = "Kyiv", hours: int = 3) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(STORY.format(title=title, place=place, hours=hours), encoding="utf-8")
    return path


def config_for(corpus: Path, index_dir: Path) -> Config:
    return load_config(REPO / "config.yaml").with_overrides(corpus=[corpus], index_dir=index_dir)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    write(root / "a.txt", "Grain corridor talks resume", "Kiev")
    write(root / "b.txt", "Prisoner exchange agreed", "Odessa")
    write(root / "sub" / "c.md", "Security guarantees discussed", "Kharkiv")
    return root


@pytest.fixture
def index(corpus: Path, tmp_path: Path) -> CorpusIndex:
    ix = CorpusIndex.open(config_for(corpus, tmp_path / "index"))
    yield ix
    ix.close()


def names(index: CorpusIndex, query: str) -> set[str]:
    return {Path(h.path).name for h in index.search(query).hits}


def test_first_update_indexes_everything_then_nothing(index: CorpusIndex) -> None:
    first = index.update()
    assert (first.added, first.updated, first.removed) == (3, 0, 0)
    again = index.update()
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 3)
    assert index.counts()["articles"] == 3
    assert names(index, "Kyiv") == {"a.txt"}  # written as Kiev in the file


def test_changed_added_and_deleted_files(index: CorpusIndex, corpus: Path) -> None:
    index.update()
    write(corpus / "a.txt", "Grain corridor talks collapse", "Kiev", hours=9)
    os.utime(corpus / "a.txt", ns=(1, 1))  # a new mtime whatever the clock's resolution
    write(corpus / "d.txt", "Envoys meet in Istanbul", "Istanbul")
    (corpus / "b.txt").unlink()
    summary = index.update()
    assert (summary.added, summary.updated, summary.removed) == (1, 1, 1)
    assert names(index, "collapse") == {"a.txt"}
    assert names(index, "exchange") == set()
    assert names(index, "Istanbul") == {"d.txt"}
    assert index.counts()["articles"] == 3


def test_touched_but_identical_file_is_not_reindexed(index: CorpusIndex, corpus: Path) -> None:
    index.update()
    os.utime(corpus / "a.txt", ns=(10**18, 10**18))
    summary = index.update()
    assert (summary.added, summary.updated, summary.files_read) == (0, 0, 0)
    assert index.store.file_states()[str(corpus / "a.txt")].mtime_ns == 10**18


def test_json_lines_articles_are_added_changed_and_removed_by_line(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    records = [
        {"title": f"Story {i}", "text": f"Body of story number {i} about sanctions.", "source": "Wire"}
        for i in range(5)
    ]
    feed = root / "feed.jsonl.gz"
    feed.write_bytes(gzip.compress("\n".join(json.dumps(r) for r in records).encode()))
    ix = CorpusIndex.open(config_for(root, tmp_path / "index"))
    assert ix.update().added == 5
    hit = ix.search("sanctions").hits[0]
    assert hit.line is not None and hit.source == "Wire"
    feed.write_bytes(gzip.compress("\n".join(json.dumps(r) for r in records[:3]).encode()))
    os.utime(feed, ns=(5, 5))
    summary = ix.update()
    assert summary.removed == 2
    assert ix.counts()["articles"] == 3
    assert ix.search("sanctions").total == 3
    ix.close()


def test_one_changed_line_of_a_feed_reindexes_that_article_only(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    records = [
        {"title": f"Story {i}", "text": f"Story {i} on grain exports.", "source": "Wire"} for i in range(6)
    ]
    feed = root / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    ix = CorpusIndex.open(config_for(root, tmp_path / "index"))
    assert ix.update().added == 6
    records[2]["text"] = "Story 2 on grain exports, now with a ceasefire."
    records[4]["title"] = "Story 4, retitled"  # metadata alone is a change too
    feed.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    os.utime(feed, ns=(5, 5))
    written: list[str] = []
    real_put = ix.store.put_article
    ix.store.put_article = lambda con, article, keys: (
        written.append(article.title),
        real_put(con, article, keys),
    )
    summary = ix.update()
    assert sorted(written) == ["Story 2", "Story 4, retitled"]
    assert (summary.added, summary.updated, summary.removed, summary.unchanged) == (0, 2, 0, 4)
    assert ix.search("grain").total == 6
    assert [h.title for h in ix.search("ceasefire").hits] == ["Story 2"]
    assert ix.search("retitled").total == 1
    assert ix.update().files_unchanged == 1
    ix.close()


def test_article_and_articles(index: CorpusIndex) -> None:
    index.update()
    listed = index.articles()
    assert len(listed) == 3
    article = index.article(listed[0].id)
    assert article.body and article.title
    with pytest.raises(KeyError):
        index.article("no-such-id")


def test_unreadable_file_is_skipped_with_reason(index: CorpusIndex, corpus: Path) -> None:
    (corpus / "blob.txt").write_bytes(b"\x00\x01\x02" * 1000)
    summary = index.update()
    assert summary.added == 3
    reasons = {Path(s.path).name: s.reason for s in index.skipped()}
    assert reasons.get("blob.txt")


def test_progress_is_reported(index: CorpusIndex) -> None:
    seen: list[tuple[int, int, str]] = []
    index.update(progress=lambda done, total, message: seen.append((done, total, message)))
    assert seen
    assert any(total >= 3 and "index" in message for _, total, message in seen)


def test_cancel_stops_without_damage(index: CorpusIndex) -> None:
    summary = index.update(cancel=lambda: True)
    assert summary.added == 0
    assert index.update().added == 3


def test_missing_corpus_changes_nothing(index: CorpusIndex, corpus: Path) -> None:
    index.update()
    moved = corpus.with_name("elsewhere")
    corpus.rename(moved)
    with pytest.raises(CorpusMissing):
        index.update()
    assert index.counts()["articles"] == 3


def test_foreign_folder_is_refused_and_left_alone(corpus: Path, tmp_path: Path) -> None:
    foreign = tmp_path / "someone-elses"
    foreign.mkdir()
    (foreign / "_MAIN_1.toc").write_bytes(b"not ours")
    with pytest.raises(fs.ForeignIndexFolder, match="not made by ukr-tui"):
        CorpusIndex.open(config_for(corpus, foreign))
    assert sorted(p.name for p in foreign.iterdir()) == ["_MAIN_1.toc"]


def test_a_folder_another_ukr_tui_is_just_creating_is_not_foreign(corpus: Path, tmp_path: Path) -> None:
    """Two updaters starting at once: the second saw the first's lock file before its marker."""
    folder = tmp_path / "idx"
    folder.mkdir()
    (folder / fs.LOCK_FILE).touch()
    (folder / (fs.MARKER + ".tmp")).write_text("{")
    ix = CorpusIndex.open(config_for(corpus, folder))
    assert ix.update().added == 3
    ix.close()


def test_bad_marker_is_refused(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "idx"
    folder.mkdir()
    (folder / fs.MARKER).write_text(json.dumps({"magic": "something else"}))
    with pytest.raises(fs.ForeignIndexFolder):
        CorpusIndex.open(config_for(corpus, folder))


def test_version_change_rebuilds(corpus: Path, tmp_path: Path) -> None:
    config = config_for(corpus, tmp_path / "index")
    ix = CorpusIndex.open(config)
    ix.update()
    ix.close()
    marker = json.loads((tmp_path / "index" / fs.MARKER).read_text())
    marker["version"] = -1
    (tmp_path / "index" / fs.MARKER).write_text(json.dumps(marker))
    again = CorpusIndex.open(config)
    assert again.counts()["articles"] == 0
    assert again.update().added == 3
    assert json.loads((tmp_path / "index" / fs.MARKER).read_text())["version"] != -1
    again.close()


def test_extractor_code_change_re_extracts(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Extraction is cached by body hash; new extractor code must not be served the old results."""
    from ukr_tui.search import index as index_module

    config = config_for(corpus, tmp_path / "index")
    ix = CorpusIndex.open(config)
    ix.update()
    ix.close()
    monkeypatch.setattr(index_module, "extraction_version", lambda: "a newer extractor")
    again = CorpusIndex.open(config)
    assert again.counts()["articles"] == 0
    summary = again.update()
    assert summary.added == 3
    assert again.store.get_meta("generation") == "1"
    again.close()


def test_alias_change_rebuilds(corpus: Path, tmp_path: Path) -> None:
    config = config_for(corpus, tmp_path / "index")
    ix = CorpusIndex.open(config)
    ix.update()
    ix.close()
    fewer = Config(corpus=config.corpus, index_dir=config.index_dir, aliases=(), cleaning=config.cleaning)
    plain = CorpusIndex.open(fewer)
    plain.update()
    assert {Path(h.path).name for h in plain.search("Kyiv").hits} == set()  # no folding without aliases
    plain.close()


def test_default_index_folder_is_per_corpus_in_user_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    one = fs.default_index_dir((tmp_path / "a",))
    two = fs.default_index_dir((tmp_path / "b",))
    assert one != two
    assert one.parent == tmp_path / "cache" / "ukr-tui"
    assert fs.default_index_dir((tmp_path / "b", tmp_path / "a")) == fs.default_index_dir(
        (tmp_path / "a", tmp_path / "b")
    )


def test_searches_from_threads_while_updating(index: CorpusIndex, corpus: Path) -> None:
    index.update()
    for i in range(40):
        write(corpus / "more" / f"n{i}.txt", f"Extra story {i}", "Kyiv")
    errors: list[BaseException] = []
    stop = threading.Event()

    def searcher() -> None:
        try:
            while not stop.is_set():
                results = index.search("talks")
                assert results.total >= 3
                if results.hits:
                    index.highlights(index.article(results.hits[0].id), "talks")
        except BaseException as exc:  # collected and asserted on below
            errors.append(exc)

    threads = [threading.Thread(target=searcher) for _ in range(3)]
    for t in threads:
        t.start()
    try:
        index.update()
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert errors == []
    assert index.search("talks").total == 43


def test_snippet_matches_point_at_query_words(index: CorpusIndex) -> None:
    index.update()
    hit = index.search("guarantees").hits[0]
    assert hit.matches
    assert all(hit.snippet[a:b].lower().startswith("guarantee") for a, b in hit.matches)
    assert "\n" not in hit.snippet


def test_hit_count_is_every_highlight_in_the_body_not_only_in_the_snippet(index: CorpusIndex) -> None:
    """Found in review: the list's Hits column counted the snippet's matches (2) where the reader marked 6."""
    index.update()
    for hit in index.search("talks OR ceasefire").hits:
        article = index.article(hit.id)
        assert hit.hit_count == len(index.highlights(article, "talks OR ceasefire"))
        assert hit.hit_count is not None and hit.hit_count >= len(hit.matches)


def test_byline_and_photo_credit_people_are_in_the_indexed_extraction(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    text = STORY.format(title="Grain corridor talks resume", place="Kyiv", hours=3)
    head, rest = text.split("\n\n", 1)
    caption = "Delegates at the table on Tuesday. (Kevin Lamarque/Reuters)"
    (root / "a.txt").write_text(f"{head}\n\nBy Jane Doe\n\n{caption}\n\n{rest}", encoding="utf-8")
    ix = CorpusIndex.open(config_for(root, tmp_path / "index"))
    try:
        ix.update()
        (listed,) = ix.articles()
        article = ix.article(listed.id)
        assert "Lamarque" not in article.body  # the caption is cleaned away ...
        people = {e.name for e in article.extraction.entities if e.type == "person"}
        assert {"Jane Doe", "Kevin Lamarque"} <= people  # ... but who it credits is not
    finally:
        ix.close()
