"""The command line as a script or a user meets it: JSON contracts, exit status 2 with one clear line."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "tests" / "fixtures" / "demo_corpus"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    code = "import sys; from ukr_tui.tui.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300, cwd=cwd or REPO
    )


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cli-index")


def test_search_json_contract(index_dir: Path) -> None:
    out = run("search", "Kiev", "--corpus", str(DEMO), "--index-dir", str(index_dir), "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    # Only aid_package.txt writes "Kiev"; the alias table folds it to Kyiv, which two more articles use.
    assert data["query"] == "Kiev" and data["total"] == 3
    names = {Path(h["path"]).name for h in data["hits"]}
    assert names == {"aid_package.txt", "geneva_talks.txt", "grain_corridor.txt"}
    hit = next(h for h in data["hits"] if h["path"].endswith("aid_package.txt"))
    assert set(hit) == {"id", "path", "title", "date", "source", "score", "snippet"}
    assert hit["date"] == "2025-02-02"


def test_date_filter_and_sort(index_dir: Path) -> None:
    out = run(
        "search",
        "after:2025-01-01",
        "--sort",
        "date",
        "--corpus",
        str(DEMO),
        "--index-dir",
        str(index_dir),
        "--format",
        "json",
    )
    data = json.loads(out.stdout)
    assert [h["date"] for h in data["hits"]] == ["2025-03-14", "2025-02-02"]


def test_extract_json_contract(index_dir: Path) -> None:
    out = run("extract", "--corpus", str(DEMO), "--index-dir", str(index_dir), "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) == {"articles", "quote_groups"}
    geneva = next(a for a in data["articles"] if a["path"].endswith("geneva_talks.txt"))
    assert {"id", "path", "title", "date", "source", "author", "entities", "quotes", "numbers"} <= set(geneva)
    # the quote broken by its attribution is one statement: "Nobody expects ... … We will keep talking ..."
    quote = next(q for q in geneva["quotes"] if "We will keep talking" in q["text"])
    assert quote["speaker"] == "Jane Doe" and quote["speaker_kind"] == "named"
    assert set(quote) >= {"text", "speaker", "speaker_kind", "start", "end"}
    money = next(n for n in geneva["numbers"] if n["kind"] == "money")
    assert money["value"] == 2e9 and money["unit"] == "EUR" and money["qualifier"] == "about"
    person = next(e for e in geneva["entities"] if e["name"] == "Jane Doe")
    assert person["type"] == "person" and person["mentions"] == 2


def test_extract_csv_has_a_row_per_quote_and_number(index_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    out = run(
        "extract",
        "--corpus",
        str(DEMO),
        "--index-dir",
        str(index_dir),
        "--format",
        "csv",
        "--output",
        str(target),
    )
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert any("We will keep talking" in " ".join(r.values()) for r in rows)
    assert any("€2 billion" in " ".join(r.values()) for r in rows)


@pytest.mark.parametrize(
    ("config_text", "expected"),
    [
        ("app:\n  theme: 3\n", ":2: app.theme: expected text"),
        ("app: [\n", "invalid YAML"),
        ("bogus: 1\n", ":1: bogus: unknown key"),
    ],
)
def test_bad_config_is_one_line_and_exit_2(tmp_path: Path, config_text: str, expected: str) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(config_text, encoding="utf-8")
    out = run("--config", str(config), "index", "--index-dir", str(tmp_path / "ix"))
    assert out.returncode == 2
    assert expected in out.stderr and str(config) in out.stderr
    assert "Traceback" not in out.stderr


def test_missing_and_empty_corpus_exit_2(tmp_path: Path) -> None:
    missing = run("index", "--corpus", str(tmp_path / "nope"), "--index-dir", str(tmp_path / "ix"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    (tmp_path / "empty").mkdir()
    empty = run("index", "--corpus", str(tmp_path / "empty"), "--index-dir", str(tmp_path / "ix"))
    assert empty.returncode == 2 and "no articles" in empty.stderr
    assert "Traceback" not in missing.stderr + empty.stderr


def test_bad_query_is_searched_as_words_with_a_note(index_dir: Path) -> None:
    out = run("search", '"ceasefire', "--corpus", str(DEMO), "--index-dir", str(index_dir))
    assert out.returncode == 0
    assert "unbalanced quote" in out.stderr + out.stdout
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("query", ["talks on:9999-12-31", "before:9999-12", "after:-1 talks", "( ]", "*"])
def test_absurd_queries_never_traceback(index_dir: Path, query: str) -> None:
    out = run("search", query, "--corpus", str(DEMO), "--index-dir", str(index_dir), "--format", "json")
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    assert json.loads(out.stdout)["query"] == query


def test_index_summary_groups_skipped_lines_by_reason(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rows = [json.dumps({"title": f"t{i}", "text": ""}) for i in range(30)]
    rows.append(
        json.dumps({"title": "Good", "text": "Envoys met in Geneva on Friday to talk about a ceasefire."})
    )
    (corpus / "wire.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = run("index", "--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"))
    assert out.returncode == 0, out.stderr
    assert "30 skipped" in out.stdout
    assert "skipped 30 ×" in out.stdout and "… and 25 more" in out.stdout
    assert len(out.stdout.splitlines()) < 15


def test_damaged_index_layouts_are_repaired_and_said(tmp_path: Path) -> None:
    """Found by hand: a file where the Whoosh folder belongs, a folder where the lock file belongs."""
    index_dir = tmp_path / "ix"
    assert run("index", "--corpus", str(DEMO), "--index-dir", str(index_dir)).returncode == 0
    shutil.rmtree(index_dir / "whoosh")
    (index_dir / "whoosh").write_text("x")
    (index_dir / "update.lock").unlink()
    (index_dir / "update.lock").mkdir()
    out = run("search", "ceasefire", "--corpus", str(DEMO), "--index-dir", str(index_dir), "--format", "json")
    assert out.returncode == 0, out.stderr
    assert "note: repaired the index: index files missing" in out.stderr
    assert json.loads(out.stdout)["total"] > 0
    (index_dir / "update.lock").unlink()
    (index_dir / "update.lock").mkdir()
    (index_dir / "update.lock" / "something").write_text("not ours")
    out = run("index", "--corpus", str(DEMO), "--index-dir", str(index_dir))
    assert out.returncode == 1
    errors = [line for line in out.stderr.splitlines() if line.startswith("ukr-tui:")]
    assert len(errors) == 1 and "is a folder, not ukr-tui's lock file" in errors[0]
    assert "Traceback" not in out.stderr


def test_skipped_file_names_stay_on_one_visible_line(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(
        "Envoys met in Geneva on Friday to talk about a ceasefire.", encoding="utf-8"
    )
    (corpus / "bad\nname\u202e.txt").write_bytes(b"\x00\x01\x02binary" * 50)
    out = run("index", "--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"))
    assert out.returncode == 0, out.stderr
    line = next(x for x in out.stdout.splitlines() if x.startswith("skipped"))
    assert "bad\\nname\\u202e.txt: binary file" in line
    assert "\u202e" not in out.stdout


def says_it_waits_while_locked(index_dir: Path, *args: str) -> None:
    """Run `ukr-tui ARGS` while this test holds the index's write lock: its first stderr line must say it
    waits; released, it must finish."""
    from ukr_tui.search.locking import WAITING_MESSAGE, UpdateLock

    lock = UpdateLock(index_dir / "update.lock")
    lock.acquire()
    code = "import sys; from ukr_tui.tui.cli import main; sys.exit(main(sys.argv[1:]))"
    every = [*args, "--corpus", str(DEMO), "--index-dir", str(index_dir)]
    proc = subprocess.Popen([sys.executable, "-c", code, *every], stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    try:
        assert proc.stderr.readline().strip() == f"ukr-tui: {WAITING_MESSAGE}"
    finally:
        lock.release()
    assert proc.wait(timeout=120) == 0


def test_a_second_writer_says_it_waits_even_off_a_terminal(tmp_path: Path) -> None:
    index_dir = tmp_path / "ix"
    assert run("index", "--corpus", str(DEMO), "--index-dir", str(index_dir)).returncode == 0
    says_it_waits_while_locked(index_dir, "index")


def test_opening_an_index_of_another_version_says_it_waits(tmp_path: Path) -> None:
    """An upgrade wipes the old index under the write lock; while another ukr-tui holds it, say why nothing
    happens instead of hanging silently."""
    index_dir = tmp_path / "ix"
    assert run("index", "--corpus", str(DEMO), "--index-dir", str(index_dir)).returncode == 0
    marker = json.loads((index_dir / "ukr-tui-index.json").read_text())
    marker["version"] = -1
    (index_dir / "ukr-tui-index.json").write_text(json.dumps(marker))
    says_it_waits_while_locked(index_dir, "search", "ceasefire")
