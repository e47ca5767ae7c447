"""Session 32's user day: an editor receives a scanned English book and its Russian translation
and delivers an aligned, checked bilingual file, over SSH-like tmux, in English then in Russian.

What a demanding editor tripped on, driven at 80x24 as a person drives it: the scan's ligatures
("ﬁnches", "ﬂew") stayed in the text, where no term, search or spelling check found the word; the
Russian interface listed the checks by their ids (`ocr-suspect`, `term-missing`); `e` on an OCR
error of the scanned translation opened the segment with the grid focused and the cursor at the
target's start, so the word was looked for by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from textual.widgets import Select, Static
from tui_helpers import open_screen, settle

from workbench.cli import main
from workbench.core.checks import REGISTRY
from workbench.core.ingest.cleanup import clean_text
from workbench.tui import i18n
from workbench.tui.app import make_app
from workbench.tui.screens.findings_screen import FindingsScreen
from workbench.tui.screens.project_screen import ProjectScreen
from workbench.tui.screens.translation_screen import TranslationScreen
from workbench.tui.widgets.findings_panel import FindingList, finding_label

SCAN = (
    "THE RUNAWAY    7\n\n"
    "It was not so cold and damp in the passage as in the yard, but\n"
    "with the high wind spurts of rain \ufb02ew in even there. He leaned\n"
    "his face against a sheepskin which smelt strongly of salt \ufb01sh.\n\n"
    "\"We will go catching \ufb01nches together,\" said the doctor.\n\n"
    "7\n\f"
)
TRANSLATION = (
    "В сенях было не так холодно и сыро, как на дворе, но при ветре и сюда залетали дождевые брызги. "
    "Он припал лицом к тулупу, от которого сильно пахло соленой рыбой.\n\n"
    "— Мы с тобой пойдем чижей ловить, — сказал дoктор.\n"
)


def invoke(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def book(tmp_path: Path) -> Path:
    (tmp_path / "scan.en.txt").write_text(SCAN, encoding="utf-8")
    (tmp_path / "scan.ru.txt").write_text(TRANSLATION, encoding="utf-8")
    path = tmp_path / "book"
    invoke("init", str(path))
    invoke("import", str(path), "--source", str(tmp_path / "scan.en.txt"), "--target", str(tmp_path / "scan.ru.txt"))
    return path


def test_a_scans_ligatures_are_imported_as_letters(book: Path) -> None:
    """A ligature is how the type was set: "ﬁnches" held no "fi" for the term "finch", a search
    or the spelling check. The raw lines are kept as they came."""
    segments = json.loads(invoke("segments", str(book), "--format", "json"))
    sources = " ".join(s["source"] for s in segments)
    assert "\ufb01" not in sources and "\ufb02" not in sources
    assert "rain flew in" in sources and "salt fish" in sources and "catching finches" in sources
    invoke("term", "add", str(book), "--source", "finch", "--target", "чиж")
    found = json.loads(invoke("check", str(book), "--format", "json", "--fail-on", "never"))
    assert not [f for f in found if f["check"] == "term-missing"]  # «чижей» is there for "finches"
    hits = json.loads(invoke("segments", str(book), "--text", "finch", "--forms", "--format", "json"))
    assert [h["source"] for h in hits] == ["\"We will go catching finches together,\" said the doctor."]
    paragraph = next(p for p in clean_text(SCAN, "en") if "flew" in p.text)
    assert "\ufb02ew" in paragraph.original


def test_every_check_has_a_name_of_its_own_in_russian() -> None:
    russian = i18n.load_translation(["ru"])
    names = [spec.name for spec in REGISTRY.values()]
    assert all(names) and len(set(names)) == len(names)
    said = [russian.gettext(name) for name in names]
    assert all(word != name for word, name in zip(said, names, strict=True) if name.isascii()), said


async def test_the_russian_interface_names_the_checks(book: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The project view and the findings view listed `ocr-suspect` and `alignment-low-confidence`
    in the Russian interface; the ids stay for scripts (`--check`, project.toml, JSON)."""
    monkeypatch.setattr(i18n, "_translation", i18n.load_translation(["ru"]))
    app = make_app(book)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ProjectScreen)
        shown = str(app.screen.query_one("#findings-text", Static).render())
        assert "ошибка распознавания: 1" in shown, shown
        assert "ocr-suspect" not in shown
        screen = await open_screen(pilot, "f5", FindingsScreen)
        options = [str(label) for label, _value in screen.query_one("#check-filter", Select)._options]
        assert any(label.startswith("ошибка распознавания (") for label in options), options
        assert not any("ocr-suspect" in label for label in options)
        assert screen.query_one("#check-filter", Select).value != "ошибка распознавания"
        chosen = next(f for f in screen.shown if f.check == "ocr-suspect")
        assert "ошибка распознавания" in finding_label(chosen).plain


@pytest.mark.parametrize("editor_seen", [False, True])
async def test_an_ocr_error_of_the_translation_is_selected_for_typing_over(book: Path, editor_seen: bool) -> None:
    app = make_app(book)
    async with app.run_test(size=(80, 24)) as pilot:
        if editor_seen:
            await open_screen(pilot, "f4", TranslationScreen)
        screen = await open_screen(pilot, "f5", FindingsScreen)
        index = next(i for i, f in enumerate(screen.shown) if f.check == "ocr-suspect" and f.target_spans)
        for _ in range(index):
            await pilot.press("down")
        await settle(pilot)
        chosen = screen.query_one(FindingList).current
        assert chosen is not None and chosen.target_spans
        await pilot.press("e")
        await settle(pilot)
        editor_screen = app.screen
        assert isinstance(editor_screen, TranslationScreen)
        editor = editor_screen.editor
        assert editor_screen.focused is editor
        assert editor.selected_text == "дoктор"
        await pilot.press(*"доктор")
        await pilot.press("ctrl+s")
        await settle(pilot)
    segments = json.loads(invoke("segments", str(book), "--format", "json"))
    assert segments[chosen.segment - 1]["target"] == "— Мы с тобой пойдем чижей ловить, — сказал доктор."
