"""A reviewer's day in the translation editor (session 45, userday45), at 80x24: `ctrl+r` on a
segment with an open error said nothing; the footer named neither of the two things `ctrl+z`
undoes (the typing in the target text, the last saved edit from the list), nor did the palette
say which one the key does where the cursor stands. (F7 in the target text selects it all, as
"target: select all" says: `test_translators_long_day.py`; the palette now names it there.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static
from tui_helpers import build_project, drawn, open_editor, open_screen, settle, stored

from workbench.core.ingest.importing import import_text
from workbench.core.project import Project
from workbench.tui import i18n
from workbench.tui.app import make_app
from workbench.tui.screens.findings_screen import FindingsScreen


async def test_review_of_a_segment_with_an_open_error_marks_it_and_names_the_error(tmp_path: Path) -> None:
    path = build_project(tmp_path / "p")  # segment 8: 1924 rendered as 1925, a number mismatch (an error)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_editor(pilot, 8)
        await pilot.press("ctrl+r")
        await settle(pilot)
        said = [str(n.message) for n in app._notifications]
        assert "Segment 8 is marked reviewed with 1 open error: numbers differ." in said, said
        screen.grid.move_to(0)
        await settle(pilot)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert [row["status"] for row in stored(path)][::7] == ["reviewed", "reviewed"]  # the reviewer's word stands
        assert len([n for n in app._notifications if "open error" in str(n.message)]) == 1  # a clean one: nothing said


@pytest.mark.parametrize(("language", "edit", "typing"), [("en", "^z Undo edit", "^z Undo typing"),
                                                          ("ru", "^z Отм. правку", "^z Отм. ввод")])
async def test_the_footer_and_the_palette_say_what_ctrl_z_undoes_where_it_stands(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, edit: str, typing: str) -> None:
    monkeypatch.setattr(i18n, "_translation", i18n.load_translation([language]))
    app = make_app(build_project(tmp_path / "p"))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_editor(pilot, 1)
        footer = drawn(app)[-1]
        assert edit in footer and typing not in footer, footer
        assert language == "ru" or "^r Review" in footer, footer  # the reviewer's key kept its place
        undo = i18n._("edit: undo")
        [entry] = [c for c in app.get_system_commands(screen) if c.title == undo]
        assert "“" not in entry.help and "«" not in entry.help
        screen.editor.focus()
        await settle(pilot)
        footer = drawn(app)[-1]
        assert typing in footer and edit not in footer, footer
        [entry] = [c for c in app.get_system_commands(screen) if c.title == undo]
        assert typing.removeprefix("^z ") in entry.help, entry.help


async def test_the_severity_filter_keeps_its_choice_on_one_line_beside_the_count_at_80_columns(tmp_path: Path) -> None:
    """Two documents show three filters; once the count («20 findings») took its place beside them,
    «all severities» broke over two lines in its box («all» above, «severities» below)."""
    path = build_project(tmp_path / "p")
    years = range(1901, 1913)  # a dozen numbers misread: the count says two digits, «18 findings»
    (tmp_path / "b.en.txt").write_text("".join(f"The club met in {y}.\n\n" for y in years), encoding="utf-8")
    (tmp_path / "b.ru.txt").write_text("".join(f"Клуб собрался в {y + 50} году.\n\n" for y in years), encoding="utf-8")
    with Project.open(path) as project:
        import_text(project, tmp_path / "b.en.txt", tmp_path / "b.ru.txt")
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        await settle(pilot)
        assert str(screen.query_one("#findings-count", Static).render()).endswith("findings")
        box = screen.query_one("#severity-filter").region
        lines = drawn(app)[box.y:box.bottom]
        assert any("all severities" in line[box.x:box.right] for line in lines), lines
