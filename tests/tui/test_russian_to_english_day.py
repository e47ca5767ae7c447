"""Session 31's user day: a translator working from Russian into English, at 80x24.

A Russian source (Tolstoy's letter, as in `../shared/align-dev/`, and a sentence of ours with
«культурной стихийности»), an English target, a termbase whose source language is Russian.
Two things a demanding translator tripped on: the term picker asked for an English term's
"nominative singular" (English nouns show a translator no case: "singular", "plural"), and the
QA let Russian words left in the English target pass (`untranslated-fragment` looked for
English words in a Russian target only).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from textual.widgets import OptionList
from tui_helpers import open_editor, settle

from workbench.cli import main
from workbench.core import editing
from workbench.core.project import Project
from workbench.tui.app import make_app
from workbench.tui.screens.choice_modal import ChoiceModal

SOURCE = (
    "Получил ваше письмо и два номера журнала.\n"
    "Но причина этого — не в культурной стихийности народа, а в законе любви, забытом людьми.\n"
)


def invoke(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    (tmp_path / "letter.ru.txt").write_text(SOURCE, encoding="utf-8")
    path = tmp_path / "letter"
    invoke("init", str(path), "--source-lang", "ru", "--target-lang", "en")
    invoke("import", str(path), "--source", str(tmp_path / "letter.ru.txt"))
    invoke("term", "add", str(path), "--source", "культурная стихийность", "--target", "cultural spontaneity")
    invoke("term", "add", str(path), "--source", "закон любви", "--target", "law of love")
    return path


async def test_an_english_terms_forms_are_named_by_number_alone(letter: Path) -> None:
    app = make_app(letter)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_editor(pilot, 2)
        assert {t.text for t in screen.query_one("TermPanel").approved_terms()} == {"cultural spontaneity", "law of love"}  # type: ignore[attr-defined]
        await pilot.press("enter", *"But the cause lies in the ", "ctrl+g")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceModal)
        app.screen.dismiss(next(term for term in app.screen.values if term.text == "law of love"))
        await settle(pilot)
        assert isinstance(app.screen, ChoiceModal)
        labels = [str(option.prompt) for option in app.screen.query_one(OptionList)._options]
        assert labels == ["law of love   singular", "laws of love   plural"]
        await pilot.press("enter")
        await settle(pilot)
        assert screen.editor.text == "But the cause lies in the law of love"


def test_russian_words_left_in_the_english_target_are_found(letter: Path) -> None:
    with Project.open(letter) as project:
        first, second = project.segments()
        editing.set_target(project, first.id, "I received your письмо and two issues of the journal.")
        editing.set_target(project, second.id, "The cause is not in the cultural spontaneity (Russian: «стихийность») "
                                               "of the people, but in the law of love forgotten by men.")
    result = CliRunner().invoke(main, ["check", str(letter), "--format", "json"])
    found = [f for f in json.loads(result.output) if f["check"] == "untranslated-fragment"]
    assert [(f["segment"], f["message"]) for f in found] == [(1, "Cyrillic words left in the translation: “письмо”.")]


def test_an_english_word_is_looked_for_in_the_english_target(letter: Path) -> None:
    """The concordance chose the side by the script of the text, Latin meaning the source: in a
    Russian -> English project "law" was looked for in the Russian sources and found nothing."""
    with Project.open(letter) as project:
        second = project.segments()[1]
        editing.set_target(project, second.id, "But the cause lies in the law of love forgotten by men.")
        editing.confirm(project, second.id)
    for args in ((), ("--memory-only",)):
        hits = json.loads(invoke("memory", "search", str(letter), "law", "--format", "json", *args))
        assert [(h["side"], h["target"][h["spans"][0][0]:h["spans"][0][1]]) for h in hits] == [("target", "law")]
    hits = json.loads(invoke("memory", "search", str(letter), "законы любви", "--format", "json"))
    assert [(h["side"], h["source"][h["spans"][0][0]:h["spans"][0][1]]) for h in hits] == [("source", "законе любви")]
