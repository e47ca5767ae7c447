"""The HTML manuals set is read as it was frozen: each manual's pages paired by position by the
first held-out set's reader under the manual's own name, a page whose blocks differ in kind not
read, the pairs drawn per manual, labels naming real checks, a block whose text changed in the
package refused, and the set scored apart by the QA accuracy bench. Only made-up files are read
here: the real set is held out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench import qa_heldout, qa_html_manuals
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_scored_apart,
    draw_frozen,
    load_labelled,
)

_DC_EN = [f"Command number {k} copies the selected files to the other panel." for k in range(4)]
_DC_RU = [f"Команда номер {k} копирует выделенные файлы в другую панель." for k in range(4)]
_MP_EN = [f"Option number {k} makes the player drop frames on a slow computer." for k in range(5)]
_MP_RU = [f"Опция номер {k} заставляет проигрыватель пропускать кадры на медленном компьютере." for k in range(5)]


def _page(root: Path, manual: str, lang: str, blocks: list[str], tag: str = "p") -> None:
    """One HTML page of `manual` in `lang`, where that manual's package puts it."""
    source = next(s for s in qa_html_manuals.SOURCES if s.name == manual)
    pattern = source.english if lang == "en" else source.russian
    path = root / manual / pattern.format("usage")
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f"<{tag}>{b}</{tag}>" for b in blocks)
    path.write_text(f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>", encoding="utf-8")


@pytest.fixture
def packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A page of Double Commander's help and one of MPlayer's documentation, in English and
    Russian, each manual in its own unpacked folder in place of the fetched packages."""
    _page(tmp_path, "doublecmd", "en", _DC_EN)
    _page(tmp_path, "doublecmd", "ru", _DC_RU)
    _page(tmp_path, "mplayer", "en", _MP_EN)
    _page(tmp_path, "mplayer", "ru", _MP_RU)
    monkeypatch.setattr(qa_heldout, "unpack", lambda name, packages: tmp_path / name)
    return tmp_path


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Every made-up block drawn: the file manager's from its help, the player's from its own."""
    return draw_frozen(qa_html_manuals, data, {"doublecmd": 4, "mplayer": 5}, monkeypatch)


def test_each_manuals_pages_are_read_under_its_own_name(packages: Path) -> None:
    blocks = qa_html_manuals.pages()
    assert list(blocks) == ["doublecmd/usage", "mplayer/usage"]
    assert [(b.index, b.source, b.target) for b in blocks["doublecmd/usage"]] == [
        (k, _DC_EN[k], _DC_RU[k]) for k in range(4)]


def test_a_page_whose_blocks_differ_in_kind_is_not_read(packages: Path) -> None:
    """A Russian page that makes a paragraph a list item pairs no block by position."""
    _page(packages, "mplayer", "ru", _MP_RU, tag="li")
    assert list(qa_html_manuals.pages()) == ["doublecmd/usage"]


def test_no_used_up_source_is_read() -> None:
    """Debian's own documentation (the first held-out set's packages) is used up."""
    packages = [p for s in qa_html_manuals.SOURCES for p in s.packages]
    used_up = {p for s in qa_heldout.SOURCES for p in s.packages}
    assert len(packages) == len(set(packages)) and not set(packages) & used_up
    assert [s.name for s in qa_html_manuals.SOURCES] == list(qa_html_manuals.PAIRS)


def test_the_frozen_selection_is_drawn_per_manual_loads_its_labels_and_refuses_a_changed_block(
        packages: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path_factory.mktemp("frozen") / "cases.json"
    frozen = _freeze(data, monkeypatch)
    pairs = frozen["pairs"]
    assert isinstance(pairs, list) and frozen["errors"] == []
    assert [p["id"].split("/")[0] for p in pairs] == ["doublecmd"] * 4 + ["mplayer"] * 5
    cases = load_labelled(qa_html_manuals, frozen, 5)
    assert len(cases) == 9 and all(c.real for c in cases)
    assert [c.source for c in cases if c.checks] == [_MP_EN[1]]
    _page(packages, "doublecmd", "ru", [*_DC_RU[:3], "Команда копирует файлы."])
    assert_a_changed_block_is_refused(qa_html_manuals)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        packages: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up file
    with one made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "Опция номер 2 заставляет проигрыватель пропускать кадры на на медленном компьютере."
    _page(packages, "mplayer", "ru", [*_MP_RU[:2], doubled, *_MP_RU[3:]])
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert_scored_apart(qa_html_manuals, frozen, "mplayer/usage#2", "«на на», made up for the test",
                        "held-out html-manuals", doubled)
