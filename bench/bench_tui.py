"""Benchmark of the terminal workbench: startup to the first screen, opening the editor, moving.

Targets from the TUI issue: startup to the first screen <= 1 s for the sample
project and <= 2 s for a 50,000-segment project; moving between segments
must feel instant (we report the median and 95th percentile of one move,
and aim at <= 50 ms, well under what a person notices).

Each measurement runs the app headless (`App.run_test`, 120x36) in a fresh
interpreter, timed from before `workbench.tui` is imported, so the import
cost of Textual and the workbench is included; interpreter start-up itself
is not. "First screen" means the project view composed and idle. A move is
timed from the key press until the app is idle again (the next frame drawn);
the same timing for a key that does nothing is reported as the baseline, so
the cost of the move itself is the difference. That wall time also holds the
editor's deliberate rest (the panels follow the cursor 60 ms after it stops,
so a held key scrolls smoothly) and frame scheduling; the CPU time of a move,
all of its work included, is reported beside it.

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
import asyncio, json, sys
from pathlib import Path
from workbench.tui.app import make_app

async def main():
    app = make_app(Path(sys.argv[1]))
    timings = {}
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        timings["first_screen"] = time.perf_counter() - started
        while not app.store.loaded:
            await asyncio.sleep(0.005)
        timings["segments_loaded"] = time.perf_counter() - started
        begin = time.perf_counter()
        await pilot.press("f4")
        await pilot.pause()
        timings["editor"] = time.perf_counter() - begin
        baseline = []
        for _ in range(int(sys.argv[2])):
            begin = time.perf_counter()
            await pilot.press("f12")
            baseline.append(time.perf_counter() - begin)
        moves, moves_cpu = [], []
        for i in range(int(sys.argv[2])):
            begin, cpu = time.perf_counter(), time.process_time()
            await pilot.press("down" if (i // 5) % 2 == 0 else "up")
            moves.append(time.perf_counter() - begin)
            moves_cpu.append(time.process_time() - cpu)
        begin = time.perf_counter()
        await pilot.press("end")
        timings["jump_to_end"] = time.perf_counter() - begin
        begin = time.perf_counter()
        await pilot.press("f3")
        await pilot.pause()
        timings["alignment_editor"] = time.perf_counter() - begin
        align_moves = []
        for i in range(int(sys.argv[2])):
            begin = time.perf_counter()
            await pilot.press("up" if (i // 5) % 2 == 0 else "down")
            align_moves.append(time.perf_counter() - begin)
        timings["moves"] = moves
        timings["moves_cpu"] = moves_cpu
        timings["baseline"] = baseline
        timings["align_moves"] = align_moves
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


def probe(path: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(path), str(MOVES)],
        capture_output=True,
        text=True,
        cwd=REPO,
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
    return [
        {"benchmark": "tui", "metric": f"startup to first screen, {name}", "value": timings["first_screen"],
         "unit": "s", "target": f"<= {startup_target:g} s"},
        {"benchmark": "tui", "metric": f"segments loaded (background), {name}", "value": timings["segments_loaded"],
         "unit": "s", "target": ""},
        {"benchmark": "tui", "metric": f"open translation editor, {name}", "value": timings["editor"],
         "unit": "s", "target": ""},
        {"benchmark": "tui", "metric": f"move to another segment, median, {name}",
         "value": statistics.median(timings["moves"]) * ms, "unit": "ms", "target": "<= 50 ms"},
        {"benchmark": "tui", "metric": f"move to another segment, p95, {name}", "value": _p95(timings["moves"]) * ms,
         "unit": "ms", "target": "<= 50 ms"},
        {"benchmark": "tui", "metric": f"move to another segment, CPU, median, {name}",
         "value": statistics.median(timings["moves_cpu"]) * ms, "unit": "ms", "target": "<= 50 ms"},
        {"benchmark": "tui", "metric": f"key with no action (baseline), median, {name}",
         "value": statistics.median(timings["baseline"]) * ms, "unit": "ms", "target": ""},
        {"benchmark": "tui", "metric": f"jump to last segment, {name}", "value": timings["jump_to_end"] * ms,
         "unit": "ms", "target": "<= 50 ms"},
        {"benchmark": "tui", "metric": f"move to another pair (alignment), median, {name}",
         "value": statistics.median(timings["align_moves"]) * ms, "unit": "ms", "target": "<= 50 ms"},
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
