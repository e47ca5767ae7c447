"""The translation catalogues set is read as it was frozen: each catalogue's prose messages read
from its compiled ``.mo`` under its own name (labels, bare formats, plurals and copies left
out), the pairs drawn per group, labels naming real checks, a message whose text changed in the
package refused, and the set scored apart by the QA accuracy bench. Only made-up catalogues are
read here: the real set is held out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from bench import qa_catalogues
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_scored_apart,
    draw_frozen,
    load_labelled,
)

_FOLDER = "usr/share/locale/ru/LC_MESSAGES"
_GAME = [(f"Unit number {k} moves two tiles further on roads.", f"Соединение номер {k} проходит по дорогам на два поля дальше.")
         for k in range(5)]
_TOOL = [(f"Panel number {k} shows the files of another directory.", f"Панель номер {k} показывает файлы другого каталога.")
         for k in range(4)]
_NOT_PROSE = [("Settings", "Настройки"), ("%s: %d of %d (%s)", "%s: %d из %d (%s)"),
              ("This sentence is copied as it is.", "This sentence is copied as it is.")]


def write_catalogue(root: Path, domain: str, messages: list[tuple[str, str]]) -> None:
    """`domain`'s Russian ``.mo`` as msgfmt writes it, a plural message among the others."""
    catalog = Catalog(locale="ru")
    for source, target in messages:
        catalog.add(source, target)
    catalog.add(("One city has grown larger.", "%d cities have grown larger."), ("Один город вырос.", "%d города выросли."))
    path = root / _FOLDER / f"{domain}.mo"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as mo:
        write_mo(mo, catalog)


@pytest.fixture
def packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A game's and a tool's catalogue in place of the fetched packages."""
    write_catalogue(tmp_path, "freeciv-core", [*_NOT_PROSE, *_GAME])
    write_catalogue(tmp_path, "mc", _TOOL)
    monkeypatch.setattr(qa_catalogues, "unpack", lambda name, packages: tmp_path)
    monkeypatch.setattr(qa_catalogues, "GROUPS", {"freeciv": {"freeciv-core": _FOLDER}, "tools": {"mc": _FOLDER}})
    return tmp_path


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Every made-up message drawn: the game's from its group, the tool's from tools."""
    return draw_frozen(qa_catalogues, data, {"freeciv": 5, "tools": 4}, monkeypatch)


def test_each_catalogue_is_read_under_its_own_name_as_its_prose_messages(packages: Path) -> None:
    blocks = qa_catalogues.pages()
    assert sorted(blocks) == ["freeciv/freeciv-core", "tools/mc"]
    assert [(b.source, b.target) for b in blocks["freeciv/freeciv-core"]] == _GAME
    assert [(b.source, b.target) for b in blocks["tools/mc"]] == _TOOL


@pytest.mark.parametrize(("text", "prose"), [
    ("Each tax collector produces two extra gold per turn.", True),
    ("%s lost to an attack by the %s %s.", True),
    ("%1$s: %2$d of %3$d {name} $var <b>%s</b>", False),
    ("Settings", False),
])
def test_prose_is_five_english_words_once_placeholders_are_out(text: str, prose: bool) -> None:
    assert qa_catalogues.is_prose(text) is prose


def test_the_frozen_selection_is_drawn_per_group_loads_its_labels_and_refuses_a_changed_message(
        packages: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path_factory.mktemp("frozen") / "cases.json"
    frozen = _freeze(data, monkeypatch)
    pairs = frozen["pairs"]
    assert isinstance(pairs, list) and frozen["errors"] == []
    assert [p["id"].split("/")[0] for p in pairs] == ["freeciv"] * 5 + ["tools"] * 4
    cases = load_labelled(qa_catalogues, frozen, 6)
    assert len(cases) == 9 and all(c.real for c in cases)
    assert [c.source for c in cases if c.checks] == [_TOOL[1][0]]
    write_catalogue(packages, "mc", [*_TOOL[:3], (_TOOL[3][0], "Панель показывает файлы.")])
    assert_a_changed_block_is_refused(qa_catalogues)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        packages: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up catalogue
    with one made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "Панель номер 2 показывает файлы другого другого каталога."
    write_catalogue(packages, "mc", [*_TOOL[:2], (_TOOL[2][0], doubled), _TOOL[3]])
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    (pair_id,) = [f"{b.page}#{b.index}" for b in qa_catalogues.pages()["tools/mc"] if b.target == doubled]
    assert_scored_apart(qa_catalogues, frozen, pair_id, "«другого другого», made up for the test",
                        "held-out catalogues", doubled)
