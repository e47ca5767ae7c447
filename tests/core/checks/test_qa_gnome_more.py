"""The more GNOME applications' help set is read as it was frozen: every group's help read by
the seventh set's Mallard reader under its own names, the pairs drawn per group, labels naming
real checks, a block whose text changed in the package refused, and the set scored apart by
the QA accuracy bench. Only made-up files are read here: the real set is held out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench import qa_gnome_more, qa_gnomeapps
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_scored_apart,
    draw_frozen,
    load_labelled,
)

_EN = {"gnome-chess": [f"Move number {k} takes the opponent's piece off the board." for k in range(5)],
       "evolution": [f"Filter number {k} moves the message to another folder." for k in range(4)]}
_RU = {"gnome-chess": [f"Ход номер {k} снимает фигуру соперника с доски." for k in range(5)],
       "evolution": [f"Фильтр номер {k} перемещает письмо в другую папку." for k in range(4)]}
_SEVENTH = ("eog", "The seventh set's image viewer is not read by this set.",
            "Этот набор не читает программу просмотра изображений седьмого набора.")


def _page(root: Path, lang: str, app: str, paragraphs: list[str]) -> None:
    """One Mallard page of `app`'s help, as itstool writes each language's copy."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = root / "usr/share/help" / lang / app / "using.page"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(f'<page xmlns="http://projectmallard.org/1.0/" id="using">{body}</page>', encoding="utf-8")


@pytest.fixture
def packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A game's and the mail client's help, in English and Russian, in place of the fetched
    packages."""
    for app in _EN:
        _page(tmp_path, "C", app, _EN[app])
        _page(tmp_path, "ru", app, _RU[app])
    monkeypatch.setattr(qa_gnomeapps, "unpack", lambda name, packages: tmp_path)
    return tmp_path


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Every made-up block drawn: the game's from the games, the mail client's from mail."""
    return draw_frozen(qa_gnome_more, data, {"mail": 4, "desktop": 0, "media": 0, "games": 5}, monkeypatch)


def test_each_applications_help_is_read_under_its_own_name(packages: Path) -> None:
    blocks = qa_gnome_more.pages()
    assert sorted(blocks) == ["evolution/using", "gnome-chess/using"]
    assert [(b.index, b.source, b.target) for b in blocks["evolution/using"]] == [
        (k, _EN["evolution"][k], _RU["evolution"][k]) for k in range(4)]


def test_no_application_of_the_seventh_set_is_read() -> None:
    apps = [app for group in qa_gnome_more.GROUPS.values() for app in group]
    packages = set(qa_gnome_more.PACKAGES)
    assert len(apps) == len(set(apps)) == len(packages) and not packages & set(qa_gnomeapps.PACKAGES)


def test_a_group_draws_only_its_own_applications(packages: Path, tmp_path_factory: pytest.TempPathFactory,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The seventh set's viewer in the unpacked tree is in no group, so no pair is drawn from it."""
    _page(packages, "C", _SEVENTH[0], [_SEVENTH[1]])
    _page(packages, "ru", _SEVENTH[0], [_SEVENTH[2]])
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    pairs = frozen["pairs"]
    assert isinstance(pairs, list)
    assert sorted({p["id"].split("/")[0] for p in pairs}) == ["evolution", "gnome-chess"]


def test_the_frozen_selection_is_drawn_per_group_loads_its_labels_and_refuses_a_changed_block(
        packages: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path_factory.mktemp("frozen") / "cases.json"
    frozen = _freeze(data, monkeypatch)
    pairs = frozen["pairs"]
    assert isinstance(pairs, list) and frozen["errors"] == []
    assert [p["id"].split("/")[0] for p in pairs] == ["evolution"] * 4 + ["gnome-chess"] * 5
    cases = load_labelled(qa_gnome_more, frozen, 5)
    assert len(cases) == 9 and all(c.real for c in cases)
    assert [c.source for c in cases if c.checks] == [_EN["gnome-chess"][1]]
    _page(packages, "ru", "evolution", [*_RU["evolution"][:3], "Фильтр перемещает письмо."])
    assert_a_changed_block_is_refused(qa_gnome_more)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        packages: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up file
    with one made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "Фильтр номер 2 перемещает письмо в в другую папку."
    _page(packages, "ru", "evolution", [*_RU["evolution"][:2], doubled, _RU["evolution"][3]])
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert_scored_apart(qa_gnome_more, frozen, "evolution/using#2", "«в в», made up for the test",
                        "dev-gnome-more", doubled)
