"""The translation editor moving onto a segment whose one word 100,000 concepts share (hardening,
rounds seventeen, eighteen and 21).

Round seventeen's termbase: 100,000 concepts of "library"/«библиотека»; three pairs, the second
"The library is closed." / «Зал закрыт.» (every concept's term missing). The app is run headless
(120x36) in a fresh interpreter; after the project is loaded and checked, the editor (F4) is
moved down onto that segment and back, and a task ticking every 5 ms measures the longest stall
of the app's loop until the segment's late check is drawn. The CPU the drawing thread spends
drawing that check's answer (`_show_checked`: the source view, the term and findings panels, the
index's copy) is measured alone too, and the checking thread's CPU for the segment's job (round 25:
concepts alike but for their ids read once). Building the termbase and the first check take minutes.

    python -m bench tui_shared_word
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CONCEPTS = 100_000
TARGET_STALL = 0.5

PROBE = r"""
import asyncio, json, sys, time
from pathlib import Path
from workbench.core.ingest.importing import import_tsv
from workbench.core.project import Project
from workbench.core.terminology import import_termbase_file
from workbench.tui.app import make_app
from workbench.tui.widgets.findings_panel import FindingsPanel
from workbench.tui.widgets.term_panel import TermPanel

folder, concepts = Path(sys.argv[1]), int(sys.argv[2])
(folder / "pairs.tsv").write_text("The shop is open.\tМагазин открыт.\nThe library is closed.\tЗал закрыт.\n"
                                  "The club is new.\tКлуб новый.\n", "utf-8")
(folder / "terms.csv").write_text("id,en,ru\n" + "".join(f"c{i:06},library,библиотека\n" for i in range(concepts)), "utf-8")
with Project.create(folder / "proj", "en", "ru") as project:
    import_tsv(project, folder / "pairs.tsv")
    import_termbase_file(project, folder / "terms.csv")

async def settle(app, pilot):
    for _ in range(3):
        for worker in list(app.workers):
            await worker.wait()
        await pilot.pause()

async def main():
    app = make_app(folder / "proj")
    found = {}
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("f4")
        await settle(app, pilot)
        screen = app.screen
        gaps = []
        async def ticker():
            last = time.perf_counter()
            while True:
                await asyncio.sleep(0.005)
                now = time.perf_counter()
                gaps.append(now - last)
                last = now
        for key in ("down", "up"):
            gaps.clear()
            task = asyncio.create_task(ticker())
            await pilot.press(key)
            for _ in range(1000):
                await asyncio.sleep(0.02)
                if not any(w.state.name in ("PENDING", "RUNNING") for w in app.workers):
                    break
            await asyncio.sleep(0.3)
            task.cancel()
            found[key] = max(gaps)
        screen.grid.move_to(1)
        await settle(app, pilot)
        segment = screen.current
        started = time.thread_time()
        checked = screen._check_job(segment)()
        found["job"] = time.thread_time() - started
        spent = []
        for _ in range(3):
            screen.query_one(TermPanel)._shown = None
            screen.query_one(FindingsPanel)._drawn = False
            started = time.thread_time()
            screen._show_checked(segment, checked)
            screen.grid.worst_severity(segment)
            spent.append(time.thread_time() - started)
            await pilot.pause()
        found["draw"] = min(spent)
    print("@@" + json.dumps(found))

asyncio.run(main())
"""


def run() -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run([sys.executable, "-c", PROBE, folder, str(CONCEPTS)], cwd=REPO, capture_output=True,
                              text=True, check=True)
    found = json.loads(done.stdout.split("@@", 1)[1])
    name = "tui_shared_word"
    return [
        {"benchmark": name, "metric": f"longest stall moving onto a word {CONCEPTS:,} concepts share", "value": found["down"],
         "unit": "s", "target": f"<= {TARGET_STALL}"},
        {"benchmark": name, "metric": "longest stall moving back off it", "value": found["up"], "unit": "s",
         "target": f"<= {TARGET_STALL}"},
        {"benchmark": name, "metric": "checking thread's CPU for that segment (terms and local checks)",
         "value": found["job"], "unit": "s", "target": ""},
        {"benchmark": name, "metric": "drawing thread's CPU drawing its checked answer and its grid mark",
         "value": found["draw"], "unit": "s", "target": ""},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
