"""The app and another ukr-tui writing the same index: the app says it waits for the lock, never crashes,
and shows what the other process indexed once it is done (found by hand: the header stayed at 0)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from app_harness import REPO, app_for, make_corpus, settle, sync
from ukr_tui.search.locking import WAITING_MESSAGE

# A writer that stops half-way through its update, holding the lock, until told to go on.
WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from ukr_tui.corpus.config import load_config
    from ukr_tui.search.index import CorpusIndex

    corpus, index_dir = [Path(sys.argv[2])], Path(sys.argv[3])
    config = load_config(Path(sys.argv[1])).with_overrides(corpus=corpus, index_dir=index_dir)
    ix = CorpusIndex.open(config)
    paused = False

    def progress(done, total, message):
        global paused
        if message.startswith("indexing") and not paused:
            paused = True
            print("PAUSED", flush=True)
            sys.stdin.readline()

    ix.update(progress=progress)
    print("FINISHED", flush=True)
    """
)


@sync
async def test_app_waits_for_another_writer_then_shows_its_articles(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path, seed=False)
    for i in range(12):
        (corpus / f"extra-{i:02d}.txt").write_text(
            f"Extra {i}\n\nEnvoys met for round {i}.", encoding="utf-8"
        )
    index_dir = tmp_path / "index"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(REPO / "config.yaml"), str(corpus), str(index_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdin is not None and writer.stdout is not None
    try:
        assert writer.stdout.readline().strip() == "PAUSED"
        app = app_for(corpus, index_dir)
        async with app.run_test(size=(160, 48)) as pilot:
            message = ""
            deadline = time.monotonic() + 30
            while WAITING_MESSAGE not in message and time.monotonic() < deadline:
                await asyncio.sleep(0.2)
                message = str(app.screen.query_one("#index-message").content)
            assert WAITING_MESSAGE in message  # the user sees why nothing happens yet
            writer.stdin.write("go\n")
            writer.stdin.flush()
            assert writer.stdout.readline().strip() == "FINISHED"
            await settle(app, pilot)
            assert app.screen.sub_title.startswith("13 articles")
            assert "13 shown" in app.screen.sub_title
    finally:
        writer.kill()
        writer.wait()
