"""Session 41's user day: a translator of a book chapter (The Canterville Ghost, chapters I-II,
with its published Russian translation), from import to delivery, at 80x24 and in Russian."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from tui_helpers import build_project, open_editor, open_screen, settle

from workbench.cli import main
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.findings_screen import FindingsScreen

SMALL = (80, 24)


def term_findings(screen: FindingsScreen) -> list[tuple[int, str]]:
    return [(f.segment, f.check) for f in screen.findings if f.check.startswith("term-")]


async def test_terms_added_while_the_findings_view_is_open_are_checked(app: WorkbenchApp, project_path: Path) -> None:
    """Fifteen concepts added with `term add` in a second terminal reached the editor's term
    panel, but F5 went on listing the run made before them: no missing or forbidden term among
    its 19 findings, where `workbench check` listed 24, until `R`. A full run made with other
    terms than the app now has is run again (a small project) when the terms are read anew."""
    async with app.run_test(size=SMALL) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        await settle(pilot)
        before = term_findings(screen)
        assert (2, "term-missing") not in before
        said = CliRunner().invoke(main, ["term", "add", str(project_path), "--source", "political sanction",
                                         "--target", "политическое одобрение"])
        assert said.exit_code == 0, said.output
        assert app.check_outside_terms()
        for _ in range(3):
            await settle(pilot)
            await pilot.pause(0.2)
        assert (2, "term-missing") in term_findings(screen), term_findings(screen)
        assert app.findings.complete


async def test_a_large_projects_findings_view_runs_again_for_new_terms(
        app: WorkbenchApp, project_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the size checked in the background, new terms leave the last run incomplete: the
    open findings view runs the checks again (with its bar), never lists the old run as whole."""
    monkeypatch.setattr("workbench.tui.app.AUTO_CHECK_LIMIT", 0)
    async with app.run_test(size=SMALL) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        await settle(pilot)
        assert (2, "term-missing") not in term_findings(screen)
        said = CliRunner().invoke(main, ["term", "add", str(project_path), "--source", "political sanction",
                                         "--target", "политическое одобрение"])
        assert said.exit_code == 0, said.output
        assert app.check_outside_terms()
        for _ in range(3):
            await settle(pilot)
            await pilot.pause(0.2)
        assert (2, "term-missing") in term_findings(screen), term_findings(screen)
        assert app.findings.complete


FOOTER_SCRIPT = """
import asyncio, contextlib, json, sys
from pathlib import Path
from textual.widgets import Select
from textual.worker import WorkerCancelled
from textual.widgets._footer import FooterKey
from workbench.tui.app import make_app

async def settle(app, pilot):
    for _ in range(3):
        for worker in list(app.workers):
            with contextlib.suppress(WorkerCancelled):
                await worker.wait()
        await pilot.pause()

async def main():
    app = make_app(Path(sys.argv[1]))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("f5")
        await settle(app, pilot)
        app.screen.query_one("#severity-filter", Select).focus()
        await pilot.press("down")
        await pilot.pause(0.3)
        keys = [key.key_display + " " + key.description for key in app.screen.query(FooterKey)]
    print(json.dumps(keys, ensure_ascii=False))

asyncio.run(main())
"""


def test_an_open_choice_list_says_its_key_in_russian(tmp_path: Path) -> None:
    """With a filter's list open in F5, the Russian footer said "esc Dismiss menu": Textual's own
    label for the key, never translated. The footer puts every key's label through the catalogue."""
    path = build_project(tmp_path / "clubs")
    env = {**os.environ, "LANG": "ru_RU.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    result = subprocess.run([sys.executable, "-c", FOOTER_SCRIPT, str(path)], env=env, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    keys = json.loads(result.stdout)
    assert "esc Закрыть список" in keys, keys
    assert not [key for key in keys if "Dismiss" in key], keys


@pytest.mark.parametrize("size", [SMALL, (120, 40)])
async def test_the_next_finding_brings_the_findings_tab_forward(app: WorkbenchApp, size: tuple[int, int]) -> None:
    """`alt+n` went to the next segment with a finding («fifteen» against «шёл шестнадцатый
    год»), and the side panel went on showing its terms («No terms in this segment»): F8 had to
    be pressed at each finding to read it, as `enter` from F5 needed before session 36."""
    from textual.widgets import TabbedContent

    async with app.run_test(size=size) as pilot:
        screen = await open_editor(pilot, 1)
        tabs = screen.query_one("#side", TabbedContent)
        tabs.active = "terms-tab"
        await pilot.press("alt+n")
        await settle(pilot)
        current = screen.current
        assert current is not None and app.worst_severity(current) is not None
        assert tabs.active == "findings-tab"


async def test_an_updates_result_stays_on_the_project_view(app: WorkbenchApp, tmp_path: Path) -> None:
    """The update from a corrected chapter took 15 s on a busy machine; its result ("kept,
    changed, new") was a toast of six seconds, gone when the translator looked back, and the
    project view said nothing. The last task's result stays under the path until the next."""
    from textual.widgets import Input
    from tui_helpers import SAMPLE_BEADS

    from workbench.tui.screens.file_modals import UpdateDocumentModal

    sources = [" ".join(bead.source) for bead in SAMPLE_BEADS if bead.source]
    revised = [*sources[:2], "The club movement grew in the provinces.", *sources[2:]]
    (tmp_path / "clubs-v2.en.txt").write_text("\n\n".join(revised) + "\n", encoding="utf-8")
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        assert not [line for line in drawn(app) if "Last:" in line]
        await pilot.press("ctrl+p", *"update a document", "enter")
        await settle(pilot)
        assert isinstance(app.screen, UpdateDocumentModal)
        field = app.screen.query_one("#path", Input)
        field.focus()
        field.value = str(tmp_path / "clubs-v2.en.txt")
        await pilot.press("enter")
        await settle(pilot)
        app.clear_notifications()  # the toast's six seconds are over
        await pilot.pause()
        screen = " ".join(" ".join(drawn(app)).split())
        assert "Last: Updated clubs: 7 kept" in screen and "1 new, 1 removed" in screen, drawn(app)


def drawn(app: WorkbenchApp) -> list[str]:
    """The screen's lines as the terminal shows them."""
    return [strip.text for strip in app.screen._compositor.render_strips()]
