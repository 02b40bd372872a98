"""Text built to hurt the extraction patterns: long runs that once recursed or backtracked."""

from __future__ import annotations

from ukr_tui.corpus.extract import extract


def test_long_run_of_capitalised_demonyms_is_not_one_name() -> None:
    # Each leading demonym used to cost one level of recursion: 3,000 of them overflowed the stack.
    said = ". President Volodymyr Zelensky said: “We will keep talking to everyone.”"
    body = " ".join(["Ukrainian", "Big"] * 5000) + said
    result = extract(body)
    people = [e.name for e in result.entities if e.type == "person"]
    assert "Volodymyr Zelensky" in people
    assert all(len(e.name.split()) <= 12 for e in result.entities)
    assert [q.text for q in result.quotes] == ["We will keep talking to everyone."]
