"""The program catalogues set is read as it was frozen: each group's catalogues read from their
compiled ``.mo`` under ``group/domain`` (labels, bare formats, plurals and copies left out), the
pairs drawn per group, labels naming real checks, a message whose text changed in the package
refused, and the set scored apart by the QA accuracy bench. Only made-up catalogues are read
here: the real set is held out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench import qa_catalogues, qa_program_catalogues
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_scored_apart,
    draw_frozen,
    load_labelled,
)
from tests.core.checks.test_qa_catalogues import write_catalogue

_FOLDER = "usr/share/locale/ru/LC_MESSAGES"
_TOOL = [(f"Copy each file number {k} into the target directory.", f"Копирует каждый файл номер {k} в целевой каталог.")
         for k in range(3)]
_SHELL = [(f"Return the status of command number {k} in the list.", f"Возвращает состояние команды номер {k} в списке.")
          for k in range(2)]
_PROGRAM = [(f"Show every account of level {k} in the report.", f"Показывать в отчёте все счета уровня {k}.")
            for k in range(4)]
_NOT_PROSE = [("Settings", "Настройки"), ("%s: %d of %d (%s)", "%s: %d из %d (%s)"),
              ("This sentence is copied as it is.", "This sentence is copied as it is.")]


@pytest.fixture
def packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two GNU tools' catalogues and a program's in place of the fetched packages."""
    write_catalogue(tmp_path, "coreutils", [*_NOT_PROSE, *_TOOL[:2]])
    write_catalogue(tmp_path, "bash", [_TOOL[2], *_SHELL])
    write_catalogue(tmp_path, "gnucash", _PROGRAM)
    monkeypatch.setattr(qa_catalogues, "unpack", lambda name, packages: tmp_path)
    monkeypatch.setattr(qa_program_catalogues, "GROUPS", {"gnu": {"coreutils": _FOLDER, "bash": _FOLDER},
                                                          "gnucash": {"gnucash": _FOLDER}})
    return tmp_path


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Every made-up message drawn: the two tools' from their group, the program's from its own."""
    return draw_frozen(qa_program_catalogues, data, {"gnu": 5, "gnucash": 4}, monkeypatch)


def test_each_catalogue_is_read_under_its_group_and_domain_as_its_prose_messages(packages: Path) -> None:
    blocks = qa_program_catalogues.pages()
    assert sorted(blocks) == ["gnu/bash", "gnu/coreutils", "gnucash/gnucash"]
    assert [(b.source, b.target) for b in blocks["gnu/coreutils"]] == _TOOL[:2]
    assert [(b.source, b.target) for b in blocks["gnu/bash"]] == [_TOOL[2], *_SHELL]
    assert [(b.source, b.target) for b in blocks["gnucash/gnucash"]] == _PROGRAM


def test_the_frozen_selection_is_drawn_per_group_loads_its_labels_and_refuses_a_changed_message(
        packages: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path_factory.mktemp("frozen") / "cases.json"
    frozen = _freeze(data, monkeypatch)
    pairs = frozen["pairs"]
    assert isinstance(pairs, list) and frozen["errors"] == []
    assert [p["id"].split("/")[0] for p in pairs] == ["gnu"] * 5 + ["gnucash"] * 4
    cases = load_labelled(qa_program_catalogues, frozen, 6)
    assert len(cases) == 9 and all(c.real for c in cases)
    assert [c.source for c in cases if c.checks] == [_PROGRAM[1][0]]
    write_catalogue(packages, "gnucash", [*_PROGRAM[:3], (_PROGRAM[3][0], "Показывать счета.")])
    assert_a_changed_block_is_refused(qa_program_catalogues)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        packages: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up catalogue
    with one made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "Показывать в отчёте все все счета уровня 2."
    write_catalogue(packages, "gnucash", [*_PROGRAM[:2], (_PROGRAM[2][0], doubled), _PROGRAM[3]])
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    (pair_id,) = [f"{b.page}#{b.index}" for b in qa_program_catalogues.pages()["gnucash/gnucash"]
                  if b.target == doubled]
    assert_scored_apart(qa_program_catalogues, frozen, pair_id, "«все все», made up for the test",
                        "held-out program-catalogues", doubled)
