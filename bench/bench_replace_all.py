"""Benchmark of replace-all in the editor (issue 18): "клуб" -> "кружок" in the targets of 40,000 segments.

The project is `bench_tui.build_big_project` with 40,000 segments (synthetic
word strings; about 25,700 targets hold the word). The app runs headless
(`App.run_test`, 120x36) with the editor open; the replace form is filled, then
three steps are timed, each until no worker is left: the preview (the plan and
its list), the replace (written as one undo step, the grid reloaded, the
project memory brought in step on its own thread, waited for) and its undo. Each figure is
CPU time: of every thread of the process, and beside it the UI thread's alone
(what the translator waits on before the next key is handled). CPU, not wall
time: the machine the figures were taken on is shared.

    python -m bench replace_all
"""

from __future__ import annotations

import asyncio
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.bench_tui import build_big_project

SEGMENTS = 40_000


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def _settle(pilot: Any) -> None:
    """Until no worker is left and the screen has caught up."""
    while True:
        for _ in range(3):
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
        if not any(not w.is_finished for w in pilot.app.workers):
            return


async def _measure(path: Path) -> dict[str, float]:
    from textual.widgets import Button, Input

    from workbench.tui.app import make_app
    from workbench.tui.screens.tool_modals import ReplaceModal

    app = make_app(path)
    timings: dict[str, float] = {}
    async with app.run_test(size=(120, 36)) as pilot:
        await _settle(pilot)
        await pilot.press("f4")
        await _settle(pilot)
        editor = app.screen
        await pilot.press("alt+r")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, ReplaceModal)
        modal.query_one("#replace-find", Input).value = "клуб"
        modal.query_one("#replace-with", Input).value = "кружок"
        await pilot.pause()
        steps = (
            ("preview", lambda: modal.query_one("#preview", Button).press()),
            ("replace", lambda: modal.query_one("#ok", Button).press()),
            ("undo", None),
        )
        for name, act in steps:
            if act is None:
                editor.grid.focus()  # type: ignore[attr-defined]
                await pilot.pause()
            cpu, ui = _cpu(), time.thread_time()  # the pilot runs on the UI thread
            if act is None:
                await pilot.press("ctrl+z")
            else:
                act()
            await _settle(pilot)
            memory = editor.workbench.memory  # type: ignore[attr-defined]
            if memory is not None:  # its one thread has done what the step queued (a search queues behind it)
                await memory.search("клуб", limit=1)
            timings[name], timings[f"{name} ui"] = _cpu() - cpu, time.thread_time() - ui
            if name == "preview":
                timings["changes"] = len(modal.changes)
    return timings


def run() -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory(prefix="bench-replace-") as tmp:
        path = build_big_project(Path(tmp) / "big", SEGMENTS)
        t = asyncio.run(_measure(path))
    changes = int(t["changes"])
    rows = []
    for step, what, target in (
        ("preview", f"replace-all preview, {changes:,} changes in {SEGMENTS:,} segments", "<= 1 s"),
        ("replace", f"replace-all, {changes:,} targets, one undo step", "<= 3 s"),
        ("undo", f"undo of that replace-all ({changes:,} targets)", "<= 3 s"),
    ):
        rows.append({"benchmark": "replace_all", "metric": f"{what}: CPU, every thread",
                     "value": t[step], "unit": "s", "target": target})
        rows.append({"benchmark": "replace_all", "metric": f"{what}: CPU, UI thread",
                     "value": t[f"{step} ui"], "unit": "s", "target": ""})
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
