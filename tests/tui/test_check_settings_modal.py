"""The check settings beside the findings (session 41): a reviewer switches a check off for one
client, changes a severity and an option from the keyboard, each saved in project.toml at once,
and the findings follow; the findings view filtered to one document re-checks that one alone."""

from __future__ import annotations

import gettext
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner
from textual.widgets import Input, Select
from tui_helpers import open_screen, settle

from workbench.cli import main
from workbench.core.checks import REGISTRY
from workbench.tui.app import make_app
from workbench.tui.i18n import DOMAIN, LOCALE_DIR
from workbench.tui.screens.check_settings_modal import CheckSettingsModal, CheckTable
from workbench.tui.screens.findings_screen import FindingsScreen
from workbench.tui.screens.project_screen import ProjectScreen

SYSTEM_A = "In 1923 the clubs grew.\tВ 1925 году клубы выросли.\nThe «unions» paid.\t“Профсоюзы” платили.\n"
SYSTEM_B = "In 1923 the clubs grew.\tВ 1923 году клубы выросли.\nThe unions paid.\tПрофсоюзы  платили.\n"


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(folder)]).exit_code == 0
    toml = folder / "project.toml"
    toml.write_text("# the client's wishes\n" + toml.read_text(encoding="utf-8"), encoding="utf-8")
    for name, text in (("system-a", SYSTEM_A), ("system-b", SYSTEM_B)):
        tsv = tmp_path / f"{name}.tsv"
        tsv.write_text(text, encoding="utf-8")
        assert runner.invoke(main, ["import", str(folder), "--tsv", str(tsv)]).exit_code == 0
    return folder


def written(folder: Path) -> dict[str, object]:
    return tomllib.loads((folder / "project.toml").read_text(encoding="utf-8")).get("checks", {})


def move_to(modal: CheckSettingsModal, check: str) -> None:
    modal.query_one(CheckTable).move_cursor(row=list(REGISTRY).index(check))


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_reviewer_switches_a_check_off_from_the_findings_and_they_follow(batch: Path,
                                                                                 size: tuple[int, int]) -> None:
    app = make_app(batch)
    async with app.run_test(size=size) as pilot:
        findings = await open_screen(pilot, "f5", FindingsScreen)
        assert "quote-style" in {f.check for f in findings.findings}
        modal = await open_screen(pilot, "s", CheckSettingsModal)
        table = modal.query_one(CheckTable)
        assert table.row_count == len(REGISTRY) and table.has_focus
        assert modal.query_one("#check-settings").region.right <= size[0]
        move_to(modal, "quote-style")
        await pilot.press("space")
        await pilot.pause()
        assert written(batch) == {"quote-style": {"enabled": False}}
        assert (batch / "project.toml").read_text(encoding="utf-8").startswith("# the client's wishes\n")
        assert not app.findings.complete  # marked stale at once, before the settings close
        assert findings.has_class("-stale")  # the list behind the settings dimmed
        await pilot.press("s")  # warning -> info
        await pilot.pause()
        assert written(batch) == {"quote-style": {"enabled": False, "severity": "info"}}
        await pilot.press("s", "s")  # info -> error -> warning, the default: its line goes
        await pilot.pause()
        assert written(batch) == {"quote-style": {"enabled": False}}
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, FindingsScreen) and app.findings.complete
        assert "quote-style" not in {f.check for f in findings.findings}
        assert "number-mismatch" in {f.check for f in findings.findings}
        modal = await open_screen(pilot, "s", CheckSettingsModal)
        move_to(modal, "quote-style")
        await pilot.press("space")
        await pilot.pause()
        assert written(batch) == {}
        await pilot.press("escape")
        await settle(pilot)
        assert "quote-style" in {f.check for f in findings.findings}


async def test_an_option_is_edited_and_a_bad_one_refused_in_one_line(batch: Path) -> None:
    app = make_app(batch)
    async with app.run_test(size=(80, 24)) as pilot:
        modal = await open_screen(pilot, "f2", ProjectScreen)
        modal = await open_screen(pilot, "s", CheckSettingsModal)
        move_to(modal, "spacing")
        await pilot.pause()
        numero = next(s for s in modal.query(".option-field").results(Select) if s.name == "numero")
        numero.value = "1"
        await pilot.pause()
        assert written(batch) == {"spacing": {"numero": 1}}
        move_to(modal, "length-ratio")
        await pilot.pause()
        threshold = next(i for i in modal.query(".option-field").results(Input) if i.name == "threshold")
        threshold.focus()
        threshold.value = "4.5"
        await pilot.press("enter")
        await pilot.pause()
        assert written(batch)["length-ratio"] == {"threshold": 4.5}
        threshold.value = "1.2.3"
        await pilot.press("enter")
        await pilot.pause()
        assert threshold.value == "4.5" and written(batch)["length-ratio"] == {"threshold": 4.5}
        errors = [n.message for n in app._notifications if n.severity == "error"]
        assert errors and "threshold" in errors[-1] and "\n" not in errors[-1]
        lists = modal.query_one("#list-items", Select)
        lists.value = "source"
        await pilot.pause()
        assert written(batch)["list_items"] == "source"
        modal.query_one(CheckTable).focus()
        move_to(modal, "length-ratio")
        await pilot.press("d")
        await pilot.pause()
        assert "length-ratio" not in written(batch)
        move_to(modal, "inconsistent-source")
        await pilot.pause()
        words = next(i for i in modal.query(".option-field").results(Input) if i.name == "min-words")
        words.focus()
        words.value = "5"
        await pilot.press("escape")  # closes, the number typed saved first
        await settle(pilot)
        assert written(batch)["inconsistent-source"] == {"min-words": 5}
        assert isinstance(app.screen, ProjectScreen) and app.findings.complete


async def test_the_palette_offers_the_settings_and_their_keys(batch: Path) -> None:
    app = make_app(batch)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_screen(pilot, "f5", FindingsScreen)
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"findings: check settings", "project: check settings"} <= titles
        modal = await open_screen(pilot, "s", CheckSettingsModal)
        offered = {command.title: command for command in app.get_system_commands(modal)}
        assert {"check setting: switch on or off", "check setting: next severity",
                "check setting: back to the defaults", "check settings: close"} <= set(offered)
        move_to(modal, "whitespace")
        await offered["check setting: switch on or off"].callback()  # as the palette runs it
        await pilot.pause()
        assert written(batch) == {"whitespace": {"enabled": False}}


async def test_a_project_toml_no_run_would_read_is_said_and_nothing_breaks(batch: Path) -> None:
    toml = batch / "project.toml"
    app = make_app(batch)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_screen(pilot, "f2", ProjectScreen)
        text = toml.read_text(encoding="utf-8")
        toml.write_text(text + "\n[checks.spacing]\nnumero = 9\n", encoding="utf-8")  # another editor's slip
        modal = await open_screen(pilot, "s", CheckSettingsModal)
        said = str(modal.query_one("#check-summary").render())
        assert "numero must be one of 0, 1, 2, 3, not 9" in said
        await pilot.press("space", "s", "d")  # nothing to act on: nothing happens, nothing is written
        await pilot.pause()
        assert toml.read_text(encoding="utf-8").endswith("numero = 9\n")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ProjectScreen)


async def test_filtered_to_one_document_the_recheck_is_that_documents(batch: Path) -> None:
    app = make_app(batch)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        documents = screen.query_one("#document-filter", Select)
        system_b = next(value for label, value in documents._options if str(label).startswith("system-b"))
        before = {(f.segment, f.check) for f in screen.findings}
        documents.value = system_b
        await pilot.pause()
        calls: list[int | None] = []
        run = app.run_checks

        def spied(*args: object, document: int | None = None, **given: object) -> None:
            calls.append(document)
            run(*args, document=document, **given)  # type: ignore[arg-type]

        app.run_checks = spied  # type: ignore[method-assign]
        await pilot.press("R")
        await settle(pilot)
        assert calls == [system_b]
        assert {(f.segment, f.check) for f in screen.findings} == before  # nothing changed: the same list
        said = [n.message for n in app._notifications if "only" in n.message]
        assert said and "system-b" in said[-1]
        shown = len(screen.shown)  # the document's findings, the project-wide ones kept among them
        assert f": {shown} finding" in said[-1]
        documents.value = "all"
        await pilot.pause()
        await pilot.press("R")
        await settle(pilot)
        assert calls == [system_b, None]


def test_every_checks_summary_and_severity_is_said_in_russian() -> None:
    """The pane says each check's summary and severity through `_` (the registry's English, not
    marked for extraction): each must have its Russian."""
    russian = gettext.translation(DOMAIN, LOCALE_DIR, languages=["ru"])
    for spec in REGISTRY.values():
        assert russian.gettext(spec.summary) != spec.summary, spec.id
    for severity in ("error", "warning", "info"):
        assert russian.gettext(severity) != severity


async def test_a_project_folder_that_cannot_be_written_is_said_in_one_line(batch: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from workbench.core.project import store

    def refused(path: Path) -> None:  # a read-only folder (the tests run as root, whom chmod does not stop)
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    app = make_app(batch)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_screen(pilot, "f2", ProjectScreen)
        modal = await open_screen(pilot, "s", CheckSettingsModal)
        before = (batch / "project.toml").read_bytes()
        monkeypatch.setattr(store, "atomic_write", refused)
        move_to(modal, "quote-style")
        await pilot.press("space")
        await pilot.pause()
        errors = [n.message for n in app._notifications if n.severity == "error"]
        assert errors and errors[-1].endswith("project.toml: permission denied")
        assert (batch / "project.toml").read_bytes() == before and not modal.changed
        assert "✓" in str(modal.query_one(CheckTable).get_row("quote-style")[1])  # still shown on


async def test_a_setting_while_another_program_writes_is_said_busy_and_the_app_goes_on(batch: Path) -> None:
    """Round 36: the write is made under the database's write lock; another program holding it
    is waited for briefly (the screen is drawn on that thread) and said, nothing written."""
    import sqlite3

    app = make_app(batch)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_screen(pilot, "f5", FindingsScreen)
        modal = await open_screen(pilot, "s", CheckSettingsModal)
        move_to(modal, "quote-style")
        other = sqlite3.connect(batch / "project.db", isolation_level=None)
        other.execute("begin immediate")
        try:
            await pilot.press("space")
            await pilot.pause()
            assert written(batch) == {}
            notes = [str(n.message) for n in app._notifications]
            assert any("busy" in note for note in notes), notes
        finally:
            other.execute("rollback")
            other.close()
        await pilot.press("space")
        await pilot.pause()
        assert written(batch) == {"quote-style": {"enabled": False}}
        assert isinstance(app.screen, CheckSettingsModal)
