"""The app's responsiveness, headless: launch to first screen, and keystroke to results while typing.

    python benchmarks/app_latency.py --corpus ../shared/bench/bbc --index-dir /tmp/bbc-index

Run by run.py on an index it has already built (the "existing index" case). Launch time is measured from
the moment the parent process started this one (`--t0`, wall clock), so interpreter start-up and imports
count, as they do for a user. Keystroke-to-results is the time from a key press to the results of the query
as typed so far being on screen, debounce included. With `--cold` the index folder is new: the app builds
it in its worker while the typing is measured, which shows whether the app stays usable during a build.
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import time
from dataclasses import replace
from pathlib import Path

WORDS = ["government", "election", "market prices", "football", "minister", "technology", "labour party"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, action="append", required=True)
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--t0", type=float, default=None, help="wall-clock time the launch began")
    parser.add_argument("--cold", action="store_true", help="type while the app builds a new index")
    args = parser.parse_args()
    t0 = args.t0 or time.time()

    from ukr_tui.corpus.config import load_config
    from ukr_tui.search.results import SearchResults
    from ukr_tui.tui.app import UkrTuiApp
    from ukr_tui.tui.screens.main import MainScreen

    shown: list[tuple[float, str]] = []
    original = MainScreen._show_results

    def recording(self: MainScreen, results: SearchResults, keep_article: bool) -> None:
        original(self, results, keep_article)
        shown.append((time.time(), self.query_text))

    MainScreen._show_results = recording  # type: ignore[method-assign]

    config = load_config(None).with_overrides(corpus=args.corpus, index_dir=args.index_dir)
    config = replace(config, app=replace(config.app, watch_interval=0.0))
    app = UkrTuiApp(config, remember_theme=False)

    async def drive() -> dict:
        async with app.run_test(size=(160, 48)) as pilot:
            while not shown:
                await asyncio.sleep(0.005)
            first_screen = shown[0][0] - t0
            screen = app.screen
            if not args.cold:
                await app.workers.wait_for_complete()
            latencies: list[float] = []
            build_started = time.time()
            for words in WORDS * (20 if args.cold else 1):
                if args.cold and not getattr(screen, "updating", False):
                    break
                await pilot.press("/")
                app.screen.query_one("#search-input").value = ""
                await pilot.pause(0.3)
                typed = ""
                for char in words:
                    typed += char
                    pressed = time.time()
                    await pilot.press("space" if char == " " else char)
                    deadline = pressed + 5
                    while time.time() < deadline:
                        if any(t >= pressed and q == typed for t, q in shown):
                            break
                        await asyncio.sleep(0.002)
                    done = next((t for t, q in shown if t >= pressed and q == typed), None)
                    if done is not None:
                        latencies.append(done - pressed)
            out: dict = {"first_screen_s": first_screen, "latencies": latencies}
            if args.cold:
                while getattr(screen, "updating", False):
                    await asyncio.sleep(0.05)
                out["build_in_app_s"] = time.time() - build_started
                out["typed_while_building"] = len(latencies)
            return out

    result = asyncio.run(drive())
    latencies = sorted(result.pop("latencies"))
    result["keystrokes"] = len(latencies)
    result["keystroke_p50_ms"] = statistics.median(latencies) * 1000
    result["keystroke_p95_ms"] = latencies[int(0.95 * (len(latencies) - 1))] * 1000
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


if __name__ == "__main__":
    main()
