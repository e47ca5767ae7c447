"""The GNOME applications' help set is read as it was frozen: blocks paired by position on
pages of the same structure, each distinct pair drawn once, labels naming real checks, and
a block whose text changed in the package refused. No check runs here: the set is read as frozen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import qa_gnomeapps
from bench.qa_reading import first_of_each
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    draw_frozen,
    load_labelled,
)
from workbench.core.checks import REGISTRY

_PAGE = """<page xmlns="http://projectmallard.org/1.0/" id="{name}">
<info><desc>{desc}</desc></info>
<title>{title}</title>
{paragraphs}
</page>
"""


def _write(root: Path, lang: str, app: str, name: str, desc: str, title: str, *paragraphs: str) -> None:
    folder = root / "usr" / "share" / "help" / lang / app
    folder.mkdir(parents=True, exist_ok=True)
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    (folder / f"{name}.page").write_text(_PAGE.format(name=name, desc=desc, title=title, paragraphs=body),
                                         encoding="utf-8")


@pytest.fixture
def help_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two applications' help in English and Russian, in place of the fetched packages."""
    _write(tmp_path, "C", "clocks", "alarm", "Use an alarm to set a reminder.", "Set an alarm",
           "Press <gui>Done</gui> to finish editing the alarm.", "Ctrl+N",
           "Press the menu button in the top-right corner and select Print.")
    _write(tmp_path, "ru", "clocks", "alarm", "Используйте будильник для напоминания.",
           "Установка будильника", "Нажмите <gui>Готово</gui>, чтобы закончить настройку будильника.",
           "Ctrl+N", "Нажмите кнопку меню в правом верхнем углу и выберите Печать.")
    # The same step again on another application's page: one distinct pair.
    _write(tmp_path, "C", "viewer", "print", "Print a document.", "Printing",
           "Press the menu button in the top-right corner and select Print.")
    _write(tmp_path, "ru", "viewer", "print", "Печать документа.", "Печать",
           "Нажмите кнопку меню в правом верхнем углу и выберите Печать.")
    # A Russian page with a paragraph more than the English one cannot be paired by position.
    _write(tmp_path, "C", "viewer", "zoom", "Zoom in and out.", "Zooming", "Press Ctrl++ to zoom in.")
    _write(tmp_path, "ru", "viewer", "zoom", "Масштаб.", "Масштабирование", "Нажмите Ctrl++.",
           "Лишний абзац.")
    # A page with no Russian version.
    _write(tmp_path, "C", "viewer", "about", "About the viewer.", "About", "The viewer shows documents.")
    monkeypatch.setattr(qa_gnomeapps, "unpack", lambda name, packages: tmp_path)
    return tmp_path


def test_blocks_are_paired_by_position_on_pages_of_the_same_structure(help_tree: Path) -> None:
    pages = qa_gnomeapps.pages()
    assert sorted(pages) == ["clocks/alarm", "viewer/print"]
    alarm = [(b.index, b.source, b.target) for b in pages["clocks/alarm"]]
    assert alarm == [
        (0, "Use an alarm to set a reminder.", "Используйте будильник для напоминания."),
        (1, "Set an alarm", "Установка будильника"),
        (2, "Press Done to finish editing the alarm.",
         "Нажмите Готово, чтобы закончить настройку будильника."),
        # index 3, "Ctrl+N" copied, is no translation and is left out
        (4, "Press the menu button in the top-right corner and select Print.",
         "Нажмите кнопку меню в правом верхнем углу и выберите Печать."),
    ]


def test_a_pair_the_help_repeats_is_drawn_once(help_tree: Path) -> None:
    distinct = first_of_each(qa_gnomeapps.pages())
    steps = [b.page for blocks in distinct.values() for b in blocks if b.source.startswith("Press the menu")]
    assert steps == ["clocks/alarm"]
    assert [b.index for b in distinct["viewer/print"]] == [0, 1]


def test_the_frozen_selection_loads_with_its_labels_and_refuses_a_changed_block(
        help_tree: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    frozen = draw_frozen(qa_gnomeapps, tmp_path_factory.mktemp("frozen") / "cases.json", 3, monkeypatch)
    assert len(frozen["pairs"]) == 3
    cases = load_labelled(qa_gnomeapps, frozen, "clocks/alarm#0")
    assert len(cases) == 3
    assert [c.checks for c in cases if c.source == "Use an alarm to set a reminder."] == [
        frozenset({"punctuation-end"})]
    assert all(c.real for c in cases)
    _write(help_tree, "ru", "clocks", "alarm", "Будильник.", "Установка будильника",
           "Нажмите Готово.", "Ctrl+N", "Нажмите кнопку меню в правом верхнем углу и выберите Печать.")
    assert_a_changed_block_is_refused(qa_gnomeapps)


def test_the_committed_set_holds_distinct_pairs_labelled_with_check_ids() -> None:
    """The committed file as the labeller left it: every id once, every label a check."""
    frozen = json.loads(qa_gnomeapps.DATA.read_text(encoding="utf-8"))
    ids = [p["id"] for p in frozen["pairs"]]
    assert len(ids) == qa_gnomeapps.PAIRS == len(set(ids))
    assert len({p["digest"] for p in frozen["pairs"]}) == len(ids)
    labels = {check for p in frozen["pairs"] for check in p["real_errors"]}
    assert labels and labels <= set(REGISTRY)
    assert frozen["errors"] == []
