"""An editor reviews a client's finished XLIFF (session 37, usersweep25), Pilot at 80x24."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from textual.widgets import Button, Input, OptionList
from tui_helpers import open_editor, settle

from workbench.cli import main
from workbench.tui.app import make_app
from workbench.tui.screens.tool_modals import ReplaceModal

PAGE = (
    "### Наши люди\nСвоим существованием наш проект обязан людям, приходящим сюда и вкладывающим своё время "
    "и знания.\nКто-то добавляет материалы, а кто-то помогает найти ошибки в уже имеющихся.\n\n"
    "#### Цветовая дифференциация\nЗнайте, если вы видите кого-то из зеленых, вы всегда можете спросить "
    "его о чем угодно."
)

XLIFF = f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file source-language="en" datatype="plaintext" original="ng2.template" target-language="ru">
    <body>
      <trans-unit id="about/text" datatype="html">
        <source>### Our people
Our project owes its existence to the people who come here and give their time and knowledge.
Some add material, others help find errors in what is already there.

#### Colour coding
Know that if you see one of the greens, you can always ask them about anything.</source>
        <target state="translated">{PAGE}</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def client_project(tmp_path: Path) -> Path:
    delivery = tmp_path / "messages.ru.xlf"
    delivery.write_text(XLIFF, encoding="utf-8")
    folder = tmp_path / "review"
    for args in (["init", str(folder), "--source-lang", "en", "--target-lang", "ru"],
                 ["import", str(folder), "--xliff", str(delivery)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
    return folder


async def test_the_replace_preview_shows_a_long_target_around_its_change(tmp_path: Path) -> None:
    """The preview row showed a target's first 200 characters: a change further on was not in it."""
    app = make_app(client_project(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_editor(pilot, 1)
        await pilot.press("alt+r")
        modal = app.screen
        assert isinstance(modal, ReplaceModal)
        modal.query_one("#replace-find", Input).value = "зеленых"
        modal.query_one("#replace-with", Input).value = "зелёных"
        await pilot.pause()
        modal.query_one("#preview", Button).press()
        await settle(pilot)
        row = modal.query_one("#replace-preview", OptionList).get_option_at_index(0).prompt
        context = str(row).split("\n", 1)[1]
        assert "кого-то из зелёных, вы всегда" in context
        assert context.strip().startswith("…")  # cut, and saying so
        assert len(context.strip()) <= 201
        assert any(span.style == "bold green" and str(row)[span.start:span.end] == "зелёных"
                   for span in row.spans)  # type: ignore[union-attr]
