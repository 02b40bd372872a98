"""Readers: each container to sanitized raw documents plus what the container states."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from ukr_tui.corpus.readers import (
    decode,
    front_matter,
    markdown_to_text,
    read_file,
    read_raw,
    strip_tags,
)

ARTICLE_HTML = """<!doctype html>
<html><head><title>Talks resume in Geneva | Example News</title>
<meta property="og:title" content="Talks resume in Geneva">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2023-03-14T09:00:00Z">
<link rel="canonical" href="https://www.example-news.org/talks">
<script>var tracking = "should never appear";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Talks resume in Geneva</h1>
<p>Delegations from both countries met on Tuesday in Geneva for the first round of talks in months,
officials said, describing the atmosphere as businesslike and the agenda as narrow.</p>
<p>The talks focused on the exchange of prisoners and on the safety of shipping in the Black Sea,
two issues on which both sides have reached limited agreements before.</p>
<p>A second round is expected next month, according to a statement released after the meeting ended
late in the evening, although no date has been fixed yet.</p>
</article>
<footer>Copyright Example News. All rights reserved.</footer>
</body></html>
"""


def test_utf8_with_bom_and_plain(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffKyiv’s “talks”\n".encode())
    (doc,), skipped = read_file(path)
    assert skipped == []
    assert doc.text == "Kyiv’s “talks”\n"
    assert doc.line is None and doc.meta == {}
    assert doc.path == str(path)


def test_utf16_with_bom() -> None:
    assert decode("Zürich talks".encode("utf-16")) == "Zürich talks"


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    (doc,), skipped = read_file(path)
    assert skipped == []
    assert "first round of talks" in doc.text and "Black Sea" in doc.text
    assert "should never appear" not in doc.text
    assert "Sport" not in doc.text
    assert doc.meta["title"] == "Talks resume in Geneva"
    assert doc.meta["date"] == "2023-03-14"
    assert doc.meta["author"] == "Jane Doe"
    assert doc.meta["source"] == "Example News"
    assert doc.meta["url"] == "https://www.example-news.org/talks"
    # One paragraph per blank-line block, as the cleaning pass expects.
    assert "\n\n" in doc.text


def test_strip_tags_fallback() -> None:
    html = "<div><p>One <b>bold</b> line</p><script>x()</script><p>Two &amp; three</p></div>"
    assert [line for line in strip_tags(html).split("\n") if line] == ["One bold line", "Two & three"]


def test_markdown_stripped_lightly(tmp_path: Path) -> None:
    text = "# Peace talks\n\nThe **envoy** met [the minister](https://x.org/a) in _Riyadh_.\n\n---\n"
    expected = ["Peace talks", "", "The envoy met the minister in Riyadh."]
    assert markdown_to_text(text).split("\n")[:3] == expected
    assert markdown_to_text("keep snake_case_names and 2 * 3 * 4") == "keep snake_case_names and 2 * 3 * 4"
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    (doc,), _ = read_file(path)
    assert doc.text.startswith("Peace talks\n")


def test_jsonl_records_and_meta(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    rows = [
        {
            "title": "One",
            "date": "2024-01-02",
            "source": "Wire",
            "url": "https://w.example/1",
            "text": "Body one.",
        },
        {"title": "Two", "body": "Body two.", "author": "A. Writer", "extra": {"ignored": True}},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    docs, skipped = read_file(path)
    assert skipped == []
    assert [(d.line, d.text) for d in docs] == [(1, "Body one."), (2, "Body two.")]
    assert docs[0].meta == {
        "title": "One",
        "date": "2024-01-02",
        "source": "Wire",
        "url": "https://w.example/1",
    }
    assert docs[1].meta == {"title": "Two", "author": "A. Writer"}


def test_jsonl_gz(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for i in range(3):
            out.write(json.dumps({"title": f"T{i}", "text": f"Text {i}"}) + "\n")
    docs, skipped = read_file(path)
    assert skipped == [] and [d.text for d in docs] == ["Text 0", "Text 1", "Text 2"]
    assert json.loads(read_raw(path, 2))["title"] == "T1"


def test_read_raw_is_sanitized_and_total(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Title\r\n\x1b]0;pwned\x07Body [bold]x[/bold]\r\n")
    assert read_raw(path) == "Title\nBody [bold]x[/bold]\n"
    assert read_raw(tmp_path / "missing.txt") == "[missing.txt: file vanished before it could be read]"
    jsonl = tmp_path / "b.jsonl"
    jsonl.write_text('{"text": "x"}\n', encoding="utf-8")
    assert "line 9 not found" in read_raw(jsonl, 9)


def test_markdown_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text(
        '---\ntitle: "Talks resume"\ndate: 2023-03-14\nauthor: Jane Doe\ntags: [a, b]\n---\n'
        "\n# Talks resume\n\nBody text here.\n",
        encoding="utf-8",
    )
    (doc,), _ = read_file(path)
    assert doc.meta == {"title": "Talks resume", "date": "2023-03-14", "author": "Jane Doe"}
    assert doc.text == "\nTalks resume\n\nBody text here.\n"
    # A rule at the top with no closing one is Markdown, not front matter.
    assert front_matter("---\nJust text\n")[1] == {}
