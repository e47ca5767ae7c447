"""A post-editor's day, session 38 (usersweep26), Pilot at 80x24: a client's XLIFF pre-filled by MT.

The machine's targets came in as drafts like any other, so nothing on screen told the post-editor
which were the machine's and which a person's; now the grid marks them (T), the line above the
editor says so whole at 80 columns, the palette and the filter form keep only them, and the
project view counts them.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from textual.widgets import Button, Checkbox, Input, Select
from tui_helpers import drawn as drawn_lines
from tui_helpers import open_editor, open_screen, settle

from workbench.cli import main
from workbench.core.navigation import SegmentFilter
from workbench.tui.app import make_app
from workbench.tui.screens.file_modals import ImportModal
from workbench.tui.screens.findings_screen import FindingsScreen
from workbench.tui.screens.project_screen import ProjectScreen
from workbench.tui.screens.tool_modals import FilterModal
from workbench.tui.screens.translation_screen import TranslationScreen
from workbench.tui.widgets.findings_panel import FindingList
from workbench.tui.widgets.segment_grid import SegmentGrid

XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="news.txt" source-language="en" target-language="ru" datatype="plaintext">
    <body>
      <trans-unit id="u1"><source>Regulators Approve New Bitcoin ETFs</source>
        <target state="translated">Регуляторы одобрили новые биткойн-ETF</target></trans-unit>
      <trans-unit id="u2"><source>The commission authorized 10 exchange-traded funds.</source>
        <target state="needs-review-translation" state-qualifier="mt-suggestion">Комиссия разрешила 10 биржевых фондов.</target></trans-unit>
      <trans-unit id="u3"><source>Critics blasted the SEC on Wednesday night.</source>
        <target state="needs-review-translation" state-qualifier="mt-suggestion">Критики раскритиковали SEC в среду вечером.</target></trans-unit>
      <trans-unit id="u4"><source>Nothing yet.</source></trans-unit>
    </body>
  </file>
</xliff>
"""


def mt_project(tmp_path: Path) -> Path:
    delivery = tmp_path / "news-mt.xlf"
    delivery.write_text(XLIFF, encoding="utf-8")
    folder = tmp_path / "post-edit"
    for args in (["init", str(folder), "--source-lang", "en", "--target-lang", "ru"],
                 ["import", str(folder), "--xliff", str(delivery)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
    return folder


async def test_the_machines_targets_are_marked_filtered_and_counted(tmp_path: Path) -> None:
    app = make_app(mt_project(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert any("machine translation, unreviewed: 2" in line for line in drawn_lines(app))  # the project view
        screen = await open_editor(pilot, 2)
        drawn = drawn_lines(app)
        rows = [line for line in drawn if "│" in line and line.lstrip()[:1].isdigit()]
        assert [row.split()[1][0] for row in rows[:4]] == ["✓", "T", "T", "·"]
        assert any(line.rstrip().endswith("·  draft  ·  machine translation, unreviewed") for line in drawn)
        await pilot.press("ctrl+p")
        await pilot.press(*"unreviewed machine")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        grid = screen.query_one(SegmentGrid)
        assert [s.target for s in grid.segments] == ["Комиссия разрешила 10 биржевых фондов.",
                                                     "Критики раскритиковали SEC в среду вечером."]
        assert any("unreviewed MT" in line for line in drawn_lines(app))  # the filter's line above the grid
        await pilot.press("alt+l")
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, FilterModal)
        assert modal.query_one("#filter-mt", Checkbox).value
        assert modal.chosen() == SegmentFilter(machine=True)
        await pilot.press("escape")
        await settle(pilot)
        screen.query_one(SegmentGrid).move_to(0)
        await settle(pilot)
        await pilot.press("ctrl+s")  # confirmed as it is: a person has read it
        await settle(pilot)
        assert not grid.segments[0].unreviewed_mt
        assert grid.segments[1].unreviewed_mt


async def test_the_import_form_takes_two_plain_files_as_mt_at_80x24(tmp_path: Path) -> None:
    """An English text and an engine's Russian: the form's box says the translation is MT, within
    the 24 lines beside its OK button, and the segments come in marked so."""
    folder = tmp_path / "plain"
    assert CliRunner().invoke(main, ["init", str(folder)]).exit_code == 0
    (tmp_path / "news.txt").write_text("The commission authorized 10 funds.\n\nCritics blasted the SEC.\n",
                                       encoding="utf-8")
    (tmp_path / "news.ru.txt").write_text("Комиссия разрешила 10 фондов.\n\nКритики раскритиковали SEC.\n",
                                          encoding="utf-8")
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("i")
        modal = app.screen
        assert isinstance(modal, ImportModal)
        drawn = "\n".join(drawn_lines(app))
        assert "The translation is a machine translation, to post-edit" in drawn and " OK " in drawn
        modal.query_one("#source", Input).value = str(tmp_path / "news.txt")
        modal.query_one("#target", Input).value = str(tmp_path / "news.ru.txt")
        modal.query_one("#machine", Checkbox).value = True
        modal.query_one("#ok", Button).press()
        await settle(pilot)
        assert isinstance(app.screen, ProjectScreen)
        said = [str(n.message) for n in app._notifications if str(n.message).startswith("Imported news")]
        assert len(said) == 1 and "2 targets are machine translations" in said[0], said
        assert "mark all aligned drafts translated" not in said[0]
        screen = await open_editor(pilot)
        assert all(s.unreviewed_mt for s in screen.query_one(SegmentGrid).segments)


async def test_a_forbidden_term_is_replaced_from_its_finding_in_the_form_it_stood_in(tmp_path: Path) -> None:
    """enter on a forbidden term's finding, ctrl+g, enter: the machine's «отходов упаковки» becomes the
    approved term in its case («упаковочных отходов»). The cursor stood at the target's start and the
    picker offered the nominative singular first: the term went in before the words it was to replace."""
    source = tmp_path / "waste.xlf"
    source.write_text(XLIFF.replace(
        "The commission authorized 10 exchange-traded funds.", "The rules limit packaging waste.").replace(
        "Комиссия разрешила 10 биржевых фондов.", "Правила ограничивают объём отходов упаковки."), encoding="utf-8")
    folder = tmp_path / "waste"
    for args in (["init", str(folder)], ["import", str(folder), "--xliff", str(source)],
                 ["term", "add", str(folder), "--source", "packaging waste", "--target", "упаковочные отходы",
                  "--deprecated", "отходы упаковки"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        findings = await open_screen(pilot, "f5", FindingsScreen)
        findings.query_one("#check-filter", Select).value = "term-forbidden"
        await settle(pilot)
        findings.query_one(FindingList).focus()
        await pilot.press("enter")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, TranslationScreen)
        assert editor.editor.selected_text == "отходов упаковки"
        await pilot.press("ctrl+g", "enter")
        await settle(pilot)
        assert editor.editor.text == "Правила ограничивают объём упаковочных отходов."
