"""Benchmark of the terminal workbench: startup to the first screen, opening the editor, moving.

Targets from the TUI issues: startup to the first screen <= 1 s for the sample
project and <= 2 s for a 50,000-segment project; a move between segments
<= 50 ms from key to idle at 50,000 segments (issue 18).

Each measurement runs the app headless (`App.run_test`, 120x36) in a fresh
interpreter, timed from before `workbench.tui` is imported, so the import
cost of Textual and the workbench is included; interpreter start-up itself
is not.

**Start-up** is timed in phases, each the first moment (polled every
millisecond) when it holds: the first frame written to the terminal (the
project view); the first screen, drawn and with nothing pending for input
(message queues, layout, repaints, callbacks empty: a key is handled at
once), which is what the start-up targets hold; then the work that goes on
in background threads while the screen is usable: the segments read, the
termbase's term matcher and the speller built, and everything done (no
worker left: on projects up to 20,000 segments the first full check run
too). The first screen's CPU is the UI thread's, and beside it the CPU
other threads spent before it (work started too early takes the UI
thread's core on a busy machine); the last row's counts every thread. All
count from the interpreter's start.

**Key to idle.** A key is put in the app's input queue as the terminal
driver would put it, and the clock stops at the first moment (polled every
millisecond, confirmed by a second poll) when the app has nothing left to
do for it: every message queue of the app and its widgets empty, no layout,
repaint or after-refresh callback pending on the screen, no worker pending
or running (the memory lookup the move started included), no one-shot
timer waiting. So a move's time holds its input handling, its frames (the
screen draws at most 60 times a second, so a frame can wait up to 17 ms for
its turn) and the memory's answer. Pilot's `press` is not used: it sleeps
in steps of 20 ms until the process looks idle, which put about 43 ms on
every key. A jump (End, Home) is also counted in frames written between
the key and idle: one, when the scroll and the cursor are drawn together.
"Segment drawn" stops the clock at the first frame written
after the editor shows the new segment (source, target, terms and
findings; the memory's matches may still be coming). The CPU time of a
move counts every thread of the process (the memory thread's lookup
included), from the key to idle, the millisecond polling included (the key
with no action shows what the polling and input handling cost alone).

    python -m bench tui
"""

from __future__ import annotations

import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from workbench.core.project.store import Project, utc_now

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "projects" / "workers-clubs"
BIG = 50_000
MOVES = 60
SEED = 1923

PROBE = r"""
import time
started = time.perf_counter()
import asyncio, json, sys, unicodedata
from pathlib import Path
from textual import events
from textual.keys import REPLACED_KEYS, _get_unicode_name_from_key
from textual.worker import WorkerState
from workbench.tui.app import make_app

def busy(app, workers=True):
    screen = app.screen
    if (screen._layout_required or screen._scroll_required or screen._repaint_required
            or screen._recompose_required or screen._dirty_widgets or screen._callbacks or app._next_callbacks):
        return True
    if workers and any(w.state in (WorkerState.PENDING, WorkerState.RUNNING) for w in app.workers):
        return True
    for node in (app, *app.screen_stack, *screen.walk_children(with_self=False)):
        if node._pending_message is not None or not node._message_queue.empty():
            return True
        if any(t._repeat == 0 and t._task is not None and not t._task.done() for t in node._timers):
            return True
    return False

def send(app, key):
    try:
        char = unicodedata.lookup(_get_unicode_name_from_key(REPLACED_KEYS.get(key, key)))
    except KeyError:
        char = key if len(key) == 1 else None
    event = events.Key(key, char)
    event.set_sender(app)
    app._driver.send_message(event)

frames = []

async def key_to_idle(app, key, limit=10.0):
    del frames[:]
    begin, cpu = time.perf_counter(), time.process_time()
    send(app, key)
    while True:
        await asyncio.sleep(0.001)
        if not busy(app):
            await asyncio.sleep(0.001)
            if not busy(app):
                break
        if time.perf_counter() - begin > limit:
            raise RuntimeError(f"the app was not idle {limit} s after {key!r}")
    return time.perf_counter() - begin, time.process_time() - cpu, [(t - begin, shown) for t, shown in frames]

async def until(predicate, limit=600.0):
    # The first moment (polled every millisecond, confirmed by a second poll) when `predicate` holds.
    begin = time.perf_counter()
    while True:
        if predicate():
            await asyncio.sleep(0.001)
            if predicate():
                return time.perf_counter() - started
        await asyncio.sleep(0.001)
        if time.perf_counter() - begin > limit:
            raise RuntimeError(f"start-up did not finish in {limit} s")

async def main():
    app = make_app(Path(sys.argv[1]))
    moves_wanted = int(sys.argv[2])
    timings = {}
    display = app._display
    def counted(screen, renderable):
        display(screen, renderable)
        if renderable is not None:
            frames.append((time.perf_counter(), getattr(app.screen, "current_id", None)))
    app._display = counted
    async with app.run_test(size=(120, 36)) as pilot:
        timings["first_frame"] = await until(lambda: bool(frames))
        timings["first_screen"] = await until(lambda: not busy(app, workers=False))
        timings["first_screen_cpu"] = time.thread_time()
        timings["first_screen_cpu_others"] = time.process_time() - timings["first_screen_cpu"]
        timings["segments_loaded"] = await until(lambda: app.store.loaded)
        timings["terms_loaded"] = await until(lambda: app.enforcer_ready)
        timings["background_done"] = await until(lambda: not busy(app))
        timings["background_done_cpu"] = time.process_time()
        timings["editor"] = (await key_to_idle(app, "f4", limit=600))[0]
        screen = app.screen
        timings["baseline"], timings["baseline_cpu"] = [], []
        for _ in range(moves_wanted):
            wall, cpu, _frames = await key_to_idle(app, "f12")
            timings["baseline"].append(wall)
            timings["baseline_cpu"].append(cpu)
        timings["moves"], timings["moves_cpu"], timings["drawn"] = [], [], []
        for i in range(moves_wanted):
            wall, cpu, drawn = await key_to_idle(app, "down" if (i // 5) % 2 == 0 else "up")
            timings["moves"].append(wall)
            timings["moves_cpu"].append(cpu)
            shown = screen.grid.current.id
            timings["drawn"].append(next((t for t, current in drawn if current == shown), wall))
        # A jump redraws every row of the grid: the median of seven, End and Home in turn (ending on End).
        timings["jumps"], timings["jumps_cpu"], timings["jump_frames"] = [], [], []
        for i in range(7):
            wall, cpu, jump_frames = await key_to_idle(app, "end" if i % 2 == 0 else "home")
            timings["jumps"].append(wall)
            timings["jumps_cpu"].append(cpu)
            timings["jump_frames"].append(len(jump_frames))
        timings["alignment_editor"] = (await key_to_idle(app, "f3", limit=600))[0]
        timings["align_moves"], timings["align_moves_cpu"] = [], []
        for i in range(moves_wanted):
            wall, cpu, _frames = await key_to_idle(app, "up" if (i // 5) % 2 == 0 else "down")
            timings["align_moves"].append(wall)
            timings["align_moves_cpu"].append(cpu)
        timings["rows"] = len(app.store)
    print("@@" + json.dumps(timings))

asyncio.run(main())
"""


def build_big_project(path: Path, count: int = BIG) -> Path:
    """A project with `count` aligned-looking segments: varied lengths, some confirmed, some weak."""
    rng = random.Random(SEED)
    english = ["the", "workers", "club", "trade", "union", "party", "culture", "movement", "local", "central", "interest", "state"]
    russian = ["рабочие", "клуб", "профсоюз", "партия", "культура", "движение", "местный", "центральный", "интерес", "государство"]
    with Project.create(path, name="big") as project:
        now = utc_now()
        with project.transaction() as db:
            db.table("documents").insert(
                {"seq": 1, "name": "big", "kind": "text", "source_file": None, "target_file": None,
                 "source_encoding": None, "target_encoding": None, "imported_at": now}
            )
            rows = []
            for seq in range(count):
                words = rng.randint(6, 30)
                confidence = rng.random() ** 0.3
                rows.append(
                    {
                        "document_id": 1,
                        "seq": float(seq),
                        "source": " ".join(rng.choice(english) for _ in range(words)).capitalize() + ".",
                        "target": " ".join(rng.choice(russian) for _ in range(words)).capitalize() + "."
                        if rng.random() < 0.8
                        else "",
                        "status": rng.choice(["draft", "draft", "translated", "reviewed"]),
                        "confidence": confidence,
                        "locked": 0,
                        "changed_at": now,
                    }
                )
            db.table("segments").insert_all(rows, batch_size=5000)
    return path


def sample_project(folder: Path) -> Path | None:
    if not (SAMPLE / "project.toml").exists():
        return None
    return Path(shutil.copytree(SAMPLE, folder / "workers-clubs"))


def probe(path: Path, code: Path = REPO) -> dict[str, Any]:
    """Time the app on the project at `path`, with the workbench found in `code` (another checkout: before/after)."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(path), str(MOVES)],
        capture_output=True,
        text=True,
        cwd=code,
        timeout=600,
        check=False,
    )
    if result.returncode != 0 or "@@" not in result.stdout:
        raise RuntimeError((result.stderr.strip().splitlines() or ["no output"])[-1])
    return json.loads(result.stdout.rsplit("@@", 1)[1])


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 20 else max(values)


def rows_for(name: str, timings: dict[str, Any], startup_target: float) -> list[dict[str, Any]]:
    ms = 1000.0

    def row(metric: str, value: float, unit: str = "ms", target: str = "") -> dict[str, Any]:
        return {"benchmark": "tui", "metric": f"{metric}, {name}", "value": value, "unit": unit, "target": target}

    return [
        row("startup to first frame", timings["first_frame"], "s"),
        row("startup to first screen (drawn, input idle)", timings["first_screen"], "s", f"<= {startup_target:g} s"),
        row("startup to first screen, CPU of the UI thread", timings["first_screen_cpu"], "s"),
        row("startup to first screen, CPU of other threads (competing with it)",
            timings["first_screen_cpu_others"], "s"),
        row("segments loaded (background)", timings["segments_loaded"], "s"),
        row("termbase and speller loaded (background)", timings["terms_loaded"], "s"),
        row("start-up work all done (background, first check run on small projects)",
            timings["background_done"], "s"),
        row("start-up work all done, CPU", timings["background_done_cpu"], "s"),
        row("open translation editor (memory ready)", timings["editor"], "s"),
        row("move to another segment, key to idle, median", statistics.median(timings["moves"]) * ms,
            target="<= 50 ms"),
        row("move to another segment, key to idle, p95", _p95(timings["moves"]) * ms),
        row("move to another segment, key to segment drawn, median", statistics.median(timings["drawn"]) * ms),
        row("move to another segment, CPU (all threads), median", statistics.median(timings["moves_cpu"]) * ms),
        row("key with no action (baseline), key to idle, median", statistics.median(timings["baseline"]) * ms),
        row("key with no action (baseline), CPU, median", statistics.median(timings["baseline_cpu"]) * ms),
        row("jump to the last or first segment, key to idle, median of 7", statistics.median(timings["jumps"]) * ms,
            target="<= 50 ms"),
        row("jump to the last or first segment, CPU (all threads), median of 7",
            statistics.median(timings["jumps_cpu"]) * ms),
        row("jump to the last or first segment, frames drawn, median of 7",
            statistics.median(timings["jump_frames"]), "frames"),
        row("move to another pair (alignment), key to idle, median", statistics.median(timings["align_moves"]) * ms,
            target="<= 50 ms"),
        row("move to another pair (alignment), CPU, median", statistics.median(timings["align_moves_cpu"]) * ms),
    ]


def run() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-tui-") as tmp:
        folder = Path(tmp)
        sample = sample_project(folder)
        if sample is not None:
            rows += rows_for("sample", probe(sample), 1.0)
        big = build_big_project(folder / "big")
        rows += rows_for(f"{BIG:,} segments", probe(big), 2.0)
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
