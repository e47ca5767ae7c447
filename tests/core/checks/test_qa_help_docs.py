"""The help and documentation set is read as it was frozen: its man pages paired by the sixth
set's reader, its KDE handbooks by the ninth set's and its Mallard help by the eleventh set's,
each under its own kind and name, the pairs drawn per group, labels naming real checks, a block
whose text changed in the package refused, and the set scored apart by the QA accuracy bench.
Only made-up files are read here: the real set is held out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench import (
    qa_gnome_more,
    qa_gnomeapps,
    qa_help_docs,
    qa_kde_apps,
    qa_kde_mate,
    qa_man_handbooks,
    qa_manpages,
)
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_scored_apart,
    draw_frozen,
    kde_handbook,
    load_labelled,
)
from tests.core.checks.test_qa_gnome_more import _page as help_page
from tests.core.checks.test_qa_man_handbooks import _man_page as man_page

_MAN_EN = [f"Option number {k} makes the server listen on another port." for k in range(4)]
_MAN_RU = [f"Параметр номер {k} заставляет сервер слушать другой порт." for k in range(4)]
_KDE_EN = [f"Bookmark number {k} takes you back to the marked line." for k in range(5)]
_KDE_RU = [f"Закладка номер {k} возвращает к отмеченной строке." for k in range(5)]
_HELP_EN = [f"Conversation number {k} is shown in the list of messages." for k in range(3)]
_HELP_RU = [f"Беседа номер {k} показана в списке сообщений." for k in range(3)]
_OTHER = ("The help a package ships beside the chosen one is not drawn.",
          "Справка, которую пакет поставляет рядом с выбранной, не выбирается.")


@pytest.fixture
def packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """calibre's man page, the editor's handbook and the mail client's help (with a help the
    same package ships for an application of no group), each in its own unpacked folder in place
    of the fetched packages."""
    man_page(tmp_path / "man-calibre", "en", "calibre-server", "DESCRIPTION", _MAN_EN)
    man_page(tmp_path / "man-calibre", "ru", "calibre-server", "ОПИСАНИЕ", _MAN_RU)
    kde_handbook(tmp_path / "help-docs-kde", "en", "kate", _KDE_EN)
    kde_handbook(tmp_path / "help-docs-kde", "ru", "kate", _KDE_RU)
    help_page(tmp_path / "help-docs-help", "C", "geary", _HELP_EN)
    help_page(tmp_path / "help-docs-help", "ru", "geary", _HELP_RU)
    help_page(tmp_path / "help-docs-help", "C", "geary-extra", [_OTHER[0]])
    help_page(tmp_path / "help-docs-help", "ru", "geary-extra", [_OTHER[1]])
    unpacked = lambda name, packages: tmp_path / name  # noqa: E731
    for reader in (qa_man_handbooks, qa_kde_mate, qa_gnomeapps):
        monkeypatch.setattr(reader, "unpack", unpacked)
    return tmp_path


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Every made-up block of a group drawn: the man page's, the handbook's and the help's."""
    return draw_frozen(qa_help_docs, data, {"man/calibre": 4, "kde/editors": 5, "help/web": 3}, monkeypatch)


def test_each_kind_of_source_is_read_under_its_kind_group_and_name(packages: Path) -> None:
    blocks = qa_help_docs.pages()
    assert list(blocks) == ["man/calibre/man1/calibre-server.1", "kde/kate/using", "help/geary/using",
                            "help/geary-extra/using"]
    man = blocks["man/calibre/man1/calibre-server.1"]
    assert [(b.source, b.target) for b in man] == [("DESCRIPTION", "ОПИСАНИЕ"), *zip(_MAN_EN, _MAN_RU)]
    assert [(b.source, b.target) for b in blocks["kde/kate/using"]] == list(zip(_KDE_EN, _KDE_RU))
    assert [(b.page, b.source, b.target) for b in blocks["help/geary/using"]] == [
        ("help/geary/using", en, ru) for en, ru in zip(_HELP_EN, _HELP_RU)]
    assert [qa_help_docs.group_of(page) for page in blocks] == ["man/calibre", "kde/editors", "help/web",
                                                                 "help/none"]


def test_no_earlier_sets_source_is_read() -> None:
    apps = [app for group in qa_help_docs.KDE_GROUPS.values() for app in group]
    earlier = (set(qa_kde_mate.KDE_APPS) | {app for group in qa_kde_apps.GROUPS.values() for app in group}
               | {app for group in qa_man_handbooks.KDE_GROUPS.values() for app in group})
    assert len(apps) == len(set(apps)) and not set(apps) & earlier
    man_packages = {p for group in qa_help_docs.MAN_GROUPS.values() for p in group}
    earlier_man = set(qa_manpages.PACKAGES) | {p for group in qa_man_handbooks.MAN_GROUPS.values() for p in group}
    assert not man_packages & earlier_man
    assert not set(qa_help_docs.MAN_GROUPS) & set(qa_man_handbooks.MAN_GROUPS)
    help_packages = set(qa_help_docs.HELP_PACKAGES)
    assert not help_packages & (set(qa_gnomeapps.PACKAGES) | set(qa_gnome_more.PACKAGES) | {"gnome-user-docs"})


def test_the_frozen_selection_is_drawn_per_group_loads_its_labels_and_refuses_a_changed_block(
        packages: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path_factory.mktemp("frozen") / "cases.json"
    frozen = _freeze(data, monkeypatch)
    pairs = frozen["pairs"]
    assert isinstance(pairs, list) and frozen["errors"] == []
    assert [qa_help_docs.group_of(p["id"]) for p in pairs] == ["man/calibre"] * 4 + ["kde/editors"] * 5 + [
        "help/web"] * 3
    cases = load_labelled(qa_help_docs, frozen, 10)
    assert len(cases) == 12 and all(c.real for c in cases)
    assert [c.source for c in cases if c.checks] == [_HELP_EN[1]]
    help_page(packages / "help-docs-help", "ru", "geary", [*_HELP_RU[:2], "Беседа показана."])
    assert_a_changed_block_is_refused(qa_help_docs)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        packages: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up file
    with one made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "Параметр номер 2 заставляет сервер слушать другой другой порт."
    man_page(packages / "man-calibre", "ru", "calibre-server", "ОПИСАНИЕ", [*_MAN_RU[:2], doubled, _MAN_RU[3]])
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    (pair_id,) = [f"{b.page}#{b.index}" for b in qa_help_docs.pages()["man/calibre/man1/calibre-server.1"]
                  if b.target == doubled]
    assert_scored_apart(qa_help_docs, frozen, pair_id, "«другой другой», made up for the test",
                        "held-out help-docs", doubled)
