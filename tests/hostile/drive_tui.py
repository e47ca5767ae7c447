"""Drive the workbench app as a translator would, in a process of its own, for the
crash-safety and concurrency tests: `python drive_tui.py PROJECT COUNT`.

The app runs headless (Textual's pilot). On the translation screen it types a
target into the current segment, leaves the text area (which saves it) and
confirms it (ctrl+s, which moves on), COUNT times. After each confirmation has
returned it prints `<segment id> <target>`: from then on the edit must survive
anything, a SIGKILL included.

`python drive_tui.py PROJECT typing` types into the first segment without ever
pausing or leaving the editor, one letter every 0.1 s, and prints
`<segment id> <seconds since the first letter> <text typed so far>` after each:
a kill then loses at most the last `SAVE_AT_LEAST_EVERY` seconds of it.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

from textual.pilot import Pilot

from workbench.tui.app import make_app
from workbench.tui.screens.translation_screen import TranslationScreen


async def settle(pilot: Pilot[None]) -> None:
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def type_steadily(project: Path) -> None:
    app = make_app(project)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        screen = app.screen
        if not isinstance(screen, TranslationScreen) or screen.current is None:
            raise SystemExit(f"expected the translation screen on a segment, got {screen!r}")
        segment_id = screen.current.id
        await pilot.press("enter")
        print("ready", flush=True)
        typed = ""
        started = time.monotonic()
        while True:  # until the test kills the process
            typed += "ж"
            await pilot.press("ж")
            print(segment_id, f"{time.monotonic() - started:.3f}", typed, flush=True)
            await pilot.pause(0.1)


async def drive(project: Path, count: int) -> None:
    app = make_app(project)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        screen = app.screen
        if not isinstance(screen, TranslationScreen):
            raise SystemExit(f"expected the translation screen, got {screen!r}")
        print("ready", flush=True)
        for step in range(count):
            segment = screen.current
            if segment is None:
                raise SystemExit("no current segment")
            text = f"п{step}"
            await pilot.press("enter", *text, "escape", "ctrl+s")
            # A translator sees the next segment before typing into it: wait until the
            # confirmation has moved the screen on (the move may take a refresh or two).
            for _ in range(100):
                if screen.current is not None and screen.current.id != segment.id:
                    break
                await pilot.pause(0.02)
            print(segment.id, text, flush=True)


if __name__ == "__main__":
    if sys.argv[2] == "typing":
        asyncio.run(type_steadily(Path(sys.argv[1])))
    else:
        asyncio.run(drive(Path(sys.argv[1]), int(sys.argv[2])))
