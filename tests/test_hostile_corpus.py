"""Every kind of bad file at once, as a user meets them: `ukr-tui index` names each with a one-line reason,
every good article is indexed, and the app's "Skipped files" view lists the same files.

The per-kind reader tests are in test_hostile_files.py; this is the whole path, command line and app.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from app_harness import app_for, settle, skipped_rows, sync
from ukr_tui.corpus.sanitize import display_path

PARAGRAPH = "Negotiators met again on Tuesday to discuss a ceasefire along the front line."
# name -> what the skipped reason must say (None: the file is good and must be indexed)
BAD = {
    "binary.txt": "binary",
    "empty.txt": "empty",
    "blank.md": "whitespace",
    "no-body.html": "no text",
    "feed.jsonl": "malformed JSON",
    "cut.jsonl.gz": "truncated or corrupt gzip",
    "self.txt": "symbolic links",
    "odd\nname\u202e.txt": "binary",
}


def build(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(f"Good story\n\n{PARAGRAPH}", encoding="utf-8")
    (corpus / "legacy.txt").write_bytes(f"Zürich talks\n\n{PARAGRAPH} Straße.".encode("cp1252"))
    (corpus / "mixed.txt").write_bytes(b"Mixed endings\r\n\r\nLine one.\rLine two.\nLine three about grain.")
    (corpus / "one-line.txt").write_text(
        "Long line " + "ceasefire words " * 200_000 + "tailword", encoding="utf-8"
    )
    (corpus / "with space ünï.txt").write_text(f"Spaced name\n\n{PARAGRAPH}", encoding="utf-8")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 200)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blank.md").write_text(" \n\t\n  ", encoding="utf-8")
    (corpus / "no-body.html").write_text("<html><body></body></html>", encoding="utf-8")
    rows = [
        json.dumps({"title": "Feed one", "text": PARAGRAPH}),
        '{"title": "broken", ',
        json.dumps({"text": "x"}),
    ]
    (corpus / "feed.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    data = gzip.compress(
        "".join(json.dumps({"title": f"Wire {i}", "text": PARAGRAPH}) + "\n" for i in range(400)).encode()
    )
    (corpus / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    (corpus / "self.txt").symlink_to(corpus / "self.txt")
    (corpus / "odd\nname\u202e.txt").write_bytes(b"\x00" * 100)
    return corpus


def test_index_summary_names_every_bad_file_and_indexes_every_good_article(tmp_path: Path) -> None:
    corpus = build(tmp_path)
    code = "import sys; from ukr_tui.tui.cli import main; sys.exit(main(sys.argv[1:]))"
    args = ["index", "--corpus", str(corpus), "--index-dir", str(tmp_path / "ix")]
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    lines = out.stdout.splitlines()
    for name, reason in BAD.items():
        shown = display_path(corpus / name)
        at = [i for i, line in enumerate(lines) if shown in line]
        assert len(at) == 1, (name, out.stdout)
        header = next(line for line in reversed(lines[: at[0] + 1]) if line.startswith("skipped"))
        assert reason in header, (name, out.stdout)
    assert "\u202e" not in out.stdout
    # good: 5 files, 1 line of feed.jsonl, and the lines of the gzip before the cut
    search = subprocess.run(
        [sys.executable, "-c", code, "search", "tailword OR Zürich OR grain", "--format", "json", *args[1:]],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert json.loads(search.stdout)["total"] == 3
    wire = subprocess.run(
        [sys.executable, "-c", code, "search", "title:wire", "--format", "json", "--limit", "1", *args[1:]],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert 0 < json.loads(wire.stdout)["total"] < 400


@sync
async def test_the_app_lists_the_same_skipped_files(tmp_path: Path) -> None:
    app = app_for(build(tmp_path), tmp_path / "index")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        rows = await skipped_rows(app, pilot)
        for name, reason in BAD.items():
            shown = display_path(name)
            assert any(r[0].endswith(shown) and reason in r[2] for r in rows), (name, rows)
        assert not any("\u202e" in cell or "\n" in cell for row in rows for cell in row)
