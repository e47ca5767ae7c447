"""Start-up draws the first screen before any background work starts (issue 18).

Threads started on mount (the segments, the termbase and speller, the stored
findings) took 0.2-0.3 s of CPU beside the first paint; they wait for it now
(`WorkbenchApp.when_ready`). Once loaded, the segments are kept out of the
garbage collector's full passes (`gc.freeze`) until the app ends; each load
thaws and collects what the previous one froze, so reloads leak nothing.
"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path
from typing import Any

import pytest
from tui_helpers import SIZE, build_project, settle

from workbench.tui.app import make_app


@pytest.mark.parametrize("size", [(80, 24), SIZE])
async def test_no_worker_starts_before_the_first_frame(tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(build_project(tmp_path / "clubs"))
    frames: list[int] = []
    started: list[tuple[str, int]] = []
    display, add_worker = app._display, app.workers.add_worker

    def counted(screen: Any, renderable: Any) -> None:
        display(screen, renderable)
        if renderable is not None:
            frames.append(1)

    def noted(worker: Any, *args: Any, **kwargs: Any) -> None:
        started.append((worker.group, len(frames)))
        add_worker(worker, *args, **kwargs)

    app._display = counted  # type: ignore[method-assign]
    app.workers.add_worker = noted  # type: ignore[method-assign]
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        groups = {group for group, _ in started}
        assert {"segments", "termbase", "summary"} <= groups
        assert all(drawn > 0 for _, drawn in started), started
        assert app.store.loaded and app.enforcer_ready
        # work asked for once the first screen is up starts after the next refresh
        later: list[bool] = []
        app.when_ready(lambda: later.append(True))
        await pilot.pause()
        assert later == [True]


async def test_loaded_segments_are_frozen_until_the_app_ends(tmp_path: Path) -> None:
    gc.unfreeze()
    app = make_app(build_project(tmp_path / "clubs"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.store.loaded
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


class _Cycle:
    """Garbage only the cycle collector can free: it refers to itself."""

    def __init__(self) -> None:
        self.me = self


async def test_a_reload_frees_cycles_an_earlier_load_froze(tmp_path: Path) -> None:
    gc.unfreeze()
    app = make_app(build_project(tmp_path / "clubs"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        cycle = _Cycle()
        app.announce_edit()  # reload: `cycle` is alive, so this load freezes it
        await settle(pilot)
        alive = weakref.ref(cycle)
        del cycle
        gc.collect()
        assert alive() is not None  # frozen: out of the collector's reach
        app.announce_edit()
        await settle(pilot)
        assert alive() is None


async def test_the_first_load_collects_only_the_young_generations(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first load has nothing of the app's frozen: a full pass there walked the whole heap (0.3 s
    of CPU a start in a process that had loaded much, a fifth of the TUI tests' CPU), to free
    little. Later loads thaw and collect everything, as above."""
    gc.unfreeze()
    collected: list[int] = []
    collect = gc.collect

    def noted(generation: int = 2) -> int:
        collected.append(generation)
        return collect(generation)

    app = make_app(build_project(tmp_path / "clubs"))
    monkeypatch.setattr(gc, "collect", noted)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.store.loaded and collected == [1]
        app.announce_edit()
        await settle(pilot)
        assert collected == [1, 2]
