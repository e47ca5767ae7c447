"""The man pages and KDE handbooks set is read as it was frozen: each group's man pages paired
by paragraph by the sixth set's reader and the handbooks by the ninth set's, under their own
names, the pairs drawn per group, labels naming real checks, a block whose text changed in the
package refused, and the set scored apart by the QA accuracy bench. Only made-up files are read
here: the real set is held out."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest

from bench import qa_kde_apps, qa_kde_mate, qa_man_handbooks, qa_manpages
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_scored_apart,
    draw_frozen,
    kde_handbook,
    load_labelled,
)

_MAN_EN = [f"Option number {k} makes the tool print every process it finds." for k in range(4)]
_MAN_RU = [f"Параметр номер {k} заставляет программу выводить каждый найденный процесс." for k in range(4)]
_KDE_EN = [f"Alarm number {k} reminds you of the meeting one hour before." for k in range(5)]
_KDE_RU = [f"Напоминание номер {k} сообщает о встрече за час до её начала." for k in range(5)]


def _man_page(root: Path, lang: str, name: str, heading: str, paragraphs: list[str]) -> None:
    """A roff man page of section 1 with its paragraphs under one heading, gzipped as packages ship it."""
    body = "".join(f".PP\n{p}\n" for p in paragraphs)
    folder = root / "usr/share/man" / ("ru/man1" if lang == "ru" else "man1")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.1.gz").write_bytes(gzip.compress(f".TH {name} 1\n.SH {heading}\n{body}".encode()))


@pytest.fixture
def packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """psmisc's page (system group) and the organiser's handbook (personal group), in English
    and Russian, each in its own unpacked folder in place of the fetched packages."""
    _man_page(tmp_path / "man-system", "en", "fuser", "DESCRIPTION", _MAN_EN)
    _man_page(tmp_path / "man-system", "ru", "fuser", "ОПИСАНИЕ", _MAN_RU)
    kde_handbook(tmp_path / "kde-more-handbooks", "en", "kalarm", _KDE_EN)
    kde_handbook(tmp_path / "kde-more-handbooks", "ru", "kalarm", _KDE_RU)
    unpacked = lambda name, packages: tmp_path / name  # noqa: E731
    monkeypatch.setattr(qa_man_handbooks, "unpack", unpacked)
    monkeypatch.setattr(qa_kde_mate, "unpack", unpacked)
    return tmp_path


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Every made-up paragraph drawn: the man page's from its group, the handbook's from its own."""
    return draw_frozen(qa_man_handbooks, data, {"man/system": 4, "kde/personal": 5}, monkeypatch)


def test_each_man_page_and_handbook_is_read_under_its_group_and_name(packages: Path) -> None:
    blocks = qa_man_handbooks.pages()
    assert list(blocks) == ["man/system/man1/fuser.1", "kde/kalarm/using"]
    man = blocks["man/system/man1/fuser.1"]
    assert [(b.source, b.target) for b in man] == [("DESCRIPTION", "ОПИСАНИЕ"), *zip(_MAN_EN, _MAN_RU)]
    assert [(b.source, b.target) for b in blocks["kde/kalarm/using"]] == list(zip(_KDE_EN, _KDE_RU))


def test_a_man_page_whose_paragraphs_differ_in_kind_is_not_read(packages: Path) -> None:
    """A Russian page that renders a paragraph as an indented one pairs no block by position."""
    page = packages / "man-system/usr/share/man/ru/man1/fuser.1.gz"
    page.write_bytes(gzip.compress(gzip.decompress(page.read_bytes()).replace(b".PP\n", b".IP\n", 1)))
    assert list(qa_man_handbooks.pages()) == ["kde/kalarm/using"]


def test_no_earlier_sets_source_is_read() -> None:
    apps = [app for group in qa_man_handbooks.KDE_GROUPS.values() for app in group]
    earlier = set(qa_kde_mate.KDE_APPS) | {app for group in qa_kde_apps.GROUPS.values() for app in group}
    assert len(apps) == len(set(apps)) and not set(apps) & earlier
    man_packages = {p for group in qa_man_handbooks.MAN_GROUPS.values() for p in group}
    assert not man_packages & set(qa_manpages.PACKAGES)


def test_the_frozen_selection_is_drawn_per_group_loads_its_labels_and_refuses_a_changed_block(
        packages: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path_factory.mktemp("frozen") / "cases.json"
    frozen = _freeze(data, monkeypatch)
    pairs = frozen["pairs"]
    assert isinstance(pairs, list) and frozen["errors"] == []
    assert [qa_man_handbooks.group_of(p["id"]) for p in pairs] == ["man/system"] * 4 + ["kde/personal"] * 5
    cases = load_labelled(qa_man_handbooks, frozen, 5)
    assert len(cases) == 9 and all(c.real for c in cases)
    assert [c.checks for c in cases if c.checks] == [frozenset({"punctuation-end"})]
    _man_page(packages / "man-system", "ru", "fuser", "ОПИСАНИЕ", [*_MAN_RU[:3], "Параметр выводит процессы."])
    assert_a_changed_block_is_refused(qa_man_handbooks)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        packages: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up file
    with one made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "Напоминание номер 2 сообщает о о встрече за час до её начала."
    kde_handbook(packages / "kde-more-handbooks", "ru", "kalarm", [*_KDE_RU[:2], doubled, *_KDE_RU[3:]])
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert_scored_apart(qa_man_handbooks, frozen, "kde/kalarm/using#2", "«о о», made up for the test",
                        "held-out man-handbooks", doubled)
