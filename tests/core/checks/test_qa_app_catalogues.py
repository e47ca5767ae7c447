"""The app catalogues set is read as it was frozen: each group's catalogues read from their
compiled ``.mo`` under ``group/domain`` (labels, bare formats, plurals and copies left out), the
pairs drawn per group, labels naming real checks, a message whose text changed in the package
refused, and the set scored apart by the QA accuracy bench. Only made-up catalogues are read
here: the real set is held out."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import qa_app_catalogues, qa_catalogues
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_scored_apart,
    draw_frozen,
    load_labelled,
)
from tests.core.checks.test_qa_catalogues import write_catalogue

_FOLDER = "usr/share/locale/ru/LC_MESSAGES"
_PLAYER = [(f"Number of frames to buffer for stream number {k}.", f"Число кадров в буфере потока номер {k}.")
           for k in range(3)]
_CHAT = [(f"Show the topic of channel number {k} in the window.", f"Показывать тему канала номер {k} в окне.")
         for k in range(2)]
_TOOL = [(f"The remote directory number {k} could not be created.", f"Не удалось создать удалённый каталог номер {k}.")
         for k in range(4)]
_NOT_PROSE = [("Preferences", "Настройки"), ("%s: %d of %d (%s)", "%s: %d из %d (%s)"),
              ("This sentence is copied as it is.", "This sentence is copied as it is.")]


@pytest.fixture
def packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A player's and a chat client's catalogues in one group, a tool's in another, in place of
    the fetched packages."""
    write_catalogue(tmp_path, "vlc", [*_NOT_PROSE, *_PLAYER[:2]])
    write_catalogue(tmp_path, "pidgin", [_PLAYER[2], *_CHAT])
    write_catalogue(tmp_path, "filezilla", _TOOL)
    monkeypatch.setattr(qa_catalogues, "unpack", lambda name, packages: tmp_path)
    monkeypatch.setattr(qa_app_catalogues, "GROUPS", {"media": {"vlc": _FOLDER, "pidgin": _FOLDER},
                                                      "tools": {"filezilla": _FOLDER}})
    return tmp_path


def test_each_catalogue_is_read_under_its_group_and_domain_as_its_prose_messages(packages: Path) -> None:
    blocks = qa_app_catalogues.pages()
    assert sorted(blocks) == ["media/pidgin", "media/vlc", "tools/filezilla"]
    assert [(b.source, b.target) for b in blocks["media/vlc"]] == _PLAYER[:2]
    assert [(b.source, b.target) for b in blocks["media/pidgin"]] == [_PLAYER[2], *_CHAT]
    assert [(b.source, b.target) for b in blocks["tools/filezilla"]] == _TOOL


def test_the_frozen_selection_is_drawn_per_group_loads_its_labels_and_refuses_a_changed_message(
        packages: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path_factory.mktemp("frozen") / "cases.json"
    frozen = draw_frozen(qa_app_catalogues, data, {"media": 5, "tools": 4}, monkeypatch)
    pairs = frozen["pairs"]
    assert frozen["errors"] == []
    assert [p["id"].split("/")[0] for p in pairs] == ["media"] * 5 + ["tools"] * 4
    cases = load_labelled(qa_app_catalogues, frozen, 6)
    assert len(cases) == 9 and all(c.real for c in cases)
    assert [c.source for c in cases if c.checks] == [_TOOL[1][0]]
    write_catalogue(packages, "filezilla", [*_TOOL[:3], (_TOOL[3][0], "Каталог не создан.")])
    assert_a_changed_block_is_refused(qa_app_catalogues)


def test_a_message_a_newer_package_moved_is_found_by_its_text(
        packages: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """A security update that adds messages renumbers the catalogue (Debian's vlc-l10n did, every
    frozen pair's text unchanged): the pairs are found where they now stand, labels and all, and
    their neighbours are the new ones."""
    data = tmp_path_factory.mktemp("frozen") / "cases.json"
    frozen = draw_frozen(qa_app_catalogues, data, {"media": 5, "tools": 4}, monkeypatch)
    before = load_labelled(qa_app_catalogues, frozen, 6)
    added = ("A remote directory was renamed on the server.", "Удалённый каталог переименован на сервере.")
    write_catalogue(packages, "filezilla", [added, *_TOOL])
    after = qa_app_catalogues.load()
    assert [(c.source, c.target, c.checks) for c in after] == [(c.source, c.target, c.checks) for c in before]
    assert [c.before for c in after if c.source == _TOOL[0][0]] == [(added,)]


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        packages: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up catalogue
    with one made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "Не удалось создать удалённый удалённый каталог номер 2."
    write_catalogue(packages, "filezilla", [*_TOOL[:2], (_TOOL[2][0], doubled), _TOOL[3]])
    frozen = draw_frozen(qa_app_catalogues, tmp_path_factory.mktemp("frozen") / "cases.json",
                         {"media": 5, "tools": 4}, monkeypatch)
    (pair_id,) = [f"{b.page}#{b.index}" for b in qa_app_catalogues.pages()["tools/filezilla"]
                  if b.target == doubled]
    assert_scored_apart(qa_app_catalogues, frozen, pair_id, "«удалённый удалённый», made up for the test",
                        "held-out app-catalogues", doubled)
