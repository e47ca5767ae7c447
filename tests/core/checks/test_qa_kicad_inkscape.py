"""The KiCad and Inkscape set is read as it was frozen: KiCad's manuals paired by position
between pictures where the two hold the same elements, Inkscape's tutorials by position where the styles
agree, labels naming real checks, and a block whose text changed in the package refused. No
check runs here: the set is held out."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import qa_kicad_inkscape
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    draw_frozen,
    load_labelled,
)

_SVG = ('<svg xmlns="http://www.w3.org/2000/svg">{}</svg>')
_TEXT = '<text style="font-size:{size};shape-inside:url(#id{n})">{text}</text>'


def _manual(path: Path, items: list[tuple[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f'<div><img src="images/{text}"></div>' if tag == "img" else f"<{tag}>{text}</{tag}>"
                   for tag, text in items)
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")


def _tutorial(path: Path, texts: list[tuple[int, str]], first_id: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_SVG.format("".join(_TEXT.format(size=size, n=first_id + k, text=text)
                                        for k, (size, text) in enumerate(texts))), encoding="utf-8")


_EN_PARAGRAPHS = [f"Paragraph number {k} of the schematic editor manual." for k in range(30)]
_RU_PARAGRAPHS = [f"Абзац номер {k} руководства по редактору схем." for k in range(30)]


@pytest.fixture
def packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A KiCad manual and two tutorials in English and Russian, in place of the fetched packages."""
    help_root = tmp_path / "usr/share/doc/kicad/help"
    # The Russian manual holds a copyright heading and paragraph more after the title, and a
    # paragraph more between two pictures further on.
    _manual(help_root / "en/eeschema.html", [
        ("h1", "Schematic Editor"), ("img", "en/overview.png"), *(("p", p) for p in _EN_PARAGRAPHS),
        ("img", "icons/zoom_24.png"), ("p", "Zoom in with the wheel."), ("p", "Zoom out with the wheel."),
        ("img", "en/erc.png"), ("p", "The electrical rules check finds unconnected pins.")])
    _manual(help_root / "ru/eeschema.html", [
        ("h1", "Редактор схем"), ("h2", "Авторские права"), ("p", "This document is Copyright by its contributors."),
        ("img", "ru/overview.png"), *(("p", p) for p in _RU_PARAGRAPHS),
        ("img", "icons/zoom_24.png"), ("p", "Увеличьте колесом."), ("p", "Колесо мыши."), ("p", "Уменьшите колесом."),
        ("img", "ru/erc.png"), ("p", "Проверка электрических правил находит неподключённые выводы.")])
    tutorials = tmp_path / "usr/share/inkscape/tutorials"
    _tutorial(tutorials / "tutorial-basic.svg", [(16, "Tutorial | Basic"),
                                                 (8, "Drag the canvas with the middle mouse button."),
                                                 (8, "Ctrl+B")], first_id=40)
    _tutorial(tutorials / "tutorial-basic.ru.svg", [(16, "Руководство | Основы"),
                                                    (8, "Перетаскивайте холст средней кнопкой мыши."),
                                                    (8, "Ctrl+B"), (6, "Перевод: переводчик — 2019")],
              first_id=67)
    # A translation whose texts differ in style from the English ones is not paired.
    _tutorial(tutorials / "tutorial-tips.svg", [(8, "Press Space to switch tools.")], first_id=1)
    _tutorial(tutorials / "tutorial-tips.ru.svg", [(16, "Нажмите Пробел.")], first_id=1)
    monkeypatch.setattr(qa_kicad_inkscape, "unpack", lambda name, packages: tmp_path)
    return tmp_path


def test_kicad_blocks_are_paired_by_their_elements_away_from_where_the_manuals_differ(packages: Path) -> None:
    blocks = qa_kicad_inkscape.kicad_pages()
    assert list(blocks) == ["kicad/eeschema"]
    paired = [(b.index, b.source, b.target) for b in blocks["kicad/eeschema"]]
    # Paired: the stretches between two pictures, or a picture and the end, that hold the same
    # elements. Left out: the title, before the inserted copyright section (which of the
    # headings and paragraphs is the extra one is not known), and the zoom paragraphs, among
    # which the Russian has one more.
    assert paired == [*((2 + k, _EN_PARAGRAPHS[k], _RU_PARAGRAPHS[k]) for k in range(30)),
                      (36, "The electrical rules check finds unconnected pins.",
                       "Проверка электрических правил находит неподключённые выводы.")]


def test_inkscape_texts_are_paired_by_position_where_their_styles_agree(packages: Path) -> None:
    blocks = qa_kicad_inkscape.inkscape_pages()
    assert list(blocks) == ["inkscape/tutorial-basic"]
    assert [(b.index, b.source, b.target) for b in blocks["inkscape/tutorial-basic"]] == [
        (0, "Tutorial | Basic", "Руководство | Основы"),
        (1, "Drag the canvas with the middle mouse button.", "Перетаскивайте холст средней кнопкой мыши."),
        # "Ctrl+B", copied, is no translation; the translators' credit has no English text
    ]


def test_the_frozen_selection_loads_with_its_labels_and_refuses_a_changed_block(
        packages: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    every_block = 32  # every paired block of 30 characters or more
    frozen = draw_frozen(qa_kicad_inkscape, tmp_path_factory.mktemp("frozen") / "cases.json", every_block, monkeypatch)
    assert len(frozen["pairs"]) == 32
    cases = load_labelled(qa_kicad_inkscape, frozen, "inkscape/tutorial-basic#1")
    assert len(cases) == 32 and all(c.real for c in cases)
    assert [c.checks for c in cases if c.source.startswith("Drag the canvas")] == [frozenset({"punctuation-end"})]
    _tutorial(packages / "usr/share/inkscape/tutorials/tutorial-basic.ru.svg",
              [(16, "Руководство | Основы"), (8, "Перетащите холст."), (8, "Ctrl+B")], first_id=67)
    assert_a_changed_block_is_refused(qa_kicad_inkscape)
