"""The other KDE applications' handbooks set is read as it was frozen: every group's handbooks
read by the ninth set's reader under their own names, the pairs drawn per group, labels naming
real checks, a block whose text changed in the package refused, and the set scored apart by
the QA accuracy bench. Only made-up files are read here: the real set is held out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench import qa_kde_apps, qa_kde_mate
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_scored_apart,
    draw_frozen,
    kde_handbook,
    load_labelled,
)

_EN = {"kreversi": [f"Move number {k} turns the opponent's stones over." for k in range(5)],
       "kmail2": [f"Filter number {k} moves the message to another folder." for k in range(4)],
       "dolphin": ["The ninth set's file manager is not read by this set."]}
_RU = {"kreversi": [f"Ход номер {k} переворачивает фишки соперника." for k in range(5)],
       "kmail2": [f"Фильтр номер {k} перемещает письмо в другую папку." for k in range(4)],
       "dolphin": ["Диспетчер файлов девятого набора этот набор не читает."]}


@pytest.fixture
def packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A game's and the mail client's handbooks, and one of the ninth set's, in English and
    Russian, in place of the fetched packages."""
    for app in _EN:
        kde_handbook(tmp_path, "en", app, _EN[app])
        kde_handbook(tmp_path, "ru", app, _RU[app])
    monkeypatch.setattr(qa_kde_mate, "unpack", lambda name, packages: tmp_path)
    return tmp_path


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Every made-up block drawn: the game's from the games, the mail client's from internet."""
    return draw_frozen(qa_kde_apps, data, {"games": 5, "education": 0, "utilities": 0, "internet": 4}, monkeypatch)


def test_each_groups_handbooks_are_read_and_no_other(packages: Path) -> None:
    blocks = qa_kde_apps.pages()
    assert list(blocks) == ["kde/kreversi/using", "kde/kmail2/using"]
    assert [(b.index, b.source, b.target) for b in blocks["kde/kmail2/using"]] == [
        (k, _EN["kmail2"][k], _RU["kmail2"][k]) for k in range(4)]


def test_no_handbook_of_the_ninth_set_is_read() -> None:
    apps = [app for group in qa_kde_apps.GROUPS.values() for app in group]
    assert len(apps) == len(set(apps)) and not set(apps) & set(qa_kde_mate.KDE_APPS)


def test_the_frozen_selection_is_drawn_per_group_loads_its_labels_and_refuses_a_changed_block(
        packages: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path_factory.mktemp("frozen") / "cases.json"
    frozen = _freeze(data, monkeypatch)
    pairs = frozen["pairs"]
    assert isinstance(pairs, list) and frozen["errors"] == []
    assert [p["id"].split("/")[1] for p in pairs] == ["kreversi"] * 5 + ["kmail2"] * 4
    cases = load_labelled(qa_kde_apps, frozen, 1)
    assert len(cases) == 9 and all(c.real for c in cases)
    assert [c.source for c in cases if c.checks] == [_EN["kreversi"][1]]
    kde_handbook(packages, "ru", "kmail2", [*_RU["kmail2"][:3], "Фильтр перемещает письмо."])
    assert_a_changed_block_is_refused(qa_kde_apps)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        packages: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up file
    with one made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "Фильтр номер 2 перемещает письмо в в другую папку."
    kde_handbook(packages, "ru", "kmail2", [*_RU["kmail2"][:2], doubled, _RU["kmail2"][3]])
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert_scored_apart(qa_kde_apps, frozen, "kde/kmail2/using#2", "«в в», made up for the test", "dev-kde-apps",
                        doubled)
