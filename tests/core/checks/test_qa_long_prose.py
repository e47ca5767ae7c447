"""The long-form prose set is read as it was frozen: Crawl's descriptions paired by entry key and
paragraph (an entry the Russian file words in another shape, or leaves out, not read), the two
guides' pages paired by position by the first held-out set's reader under each guide's name, the
pairs drawn per source, labels naming real checks, a block whose text changed in the package
refused, and the set scored apart by the QA accuracy bench. Only made-up files are read here:
the real set is held out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench import (
    qa_app_catalogues,
    qa_catalogues,
    qa_heldout,
    qa_html_manuals,
    qa_long_prose,
    qa_program_catalogues,
)
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_scored_apart,
    draw_frozen,
    load_labelled,
)

_MONSTERS_EN = """%%%%
# Uniques
Agnes

This spriggan is aged and weathered from years of travel away from the
forests that are home to her kin.

Underestimate her at your peril!
%%%%
Arachne

Once a talented weaver, she was cursed by a jealous goddess.
%%%%
Asterion

A minotaur who walks the labyrinth in search of the thief who stole his horns.
%%%%
Boris

An ancient lich who has returned to the world many times over the centuries.
"""
_MONSTERS_RU = """%%%%
Agnes

Эта спригганка постарела и обветрилась за годы странствий вдали от
лесов, где живёт её родня.

Недооцените её на свой страх и риск!
%%%%
Arachne

Некогда искусная ткачиха.

Её прокляла ревнивая богиня.
%%%%
Boris

Древний лич, много раз за века возвращавшийся в мир.
"""
_LINCITY_EN = ["Coal mines dig coal from under the ground near a coal seam.",
               "Coal mines need jobs to mine coal and they produce pollution."]
_LINCITY_RU = ["Угольные шахты добывают уголь из-под земли рядом с месторождением.",
               "Угольным шахтам нужны рабочие, и они загрязняют окружающую среду."]
_SAGE_EN = [f"Example number {k} shows how Sage factors an integer polynomial." for k in range(3)]
_SAGE_RU = [f"Пример номер {k} показывает, как Sage раскладывает целочисленный многочлен." for k in range(3)]


def _descriptions(root: Path, name: str, english: str, russian: str | None) -> None:
    """One of Crawl's description files in English and (unless None) in Russian."""
    folder = root / "crawl" / qa_long_prose.CRAWL[2]
    (folder / "ru").mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(english, encoding="utf-8")
    if russian is not None:
        (folder / "ru" / f"{name}.txt").write_text(russian, encoding="utf-8")


def _page(root: Path, guide: str, lang: str, blocks: list[str], page: str = "usage") -> None:
    """One page of `guide` in `lang`, where that guide's package puts it."""
    source = next(s for s in qa_long_prose.GUIDES if s.name == guide)
    path = root / guide / (source.english if lang == "en" else source.russian).format(page)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f'<p style="hp">{b}</p>' for b in blocks)
    path.write_text(f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>", encoding="utf-8")


@pytest.fixture
def packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Crawl's monster descriptions (and a file with no Russian), a page of LinCity-NG's help
    and one of Sage's tutorial, each source in its own unpacked folder in place of the fetched
    packages."""
    _descriptions(tmp_path, "monsters", _MONSTERS_EN, _MONSTERS_RU)
    _descriptions(tmp_path, "clouds", "%%%%\nsteam\n\nA cloud of scalding steam that burns.\n", None)
    _page(tmp_path, "lincity", "en", _LINCITY_EN, "coalmine")
    _page(tmp_path, "lincity", "ru", _LINCITY_RU, "coalmine")
    _page(tmp_path, "sage", "en", _SAGE_EN, "tour")
    _page(tmp_path, "sage", "ru", _SAGE_RU, "tour")
    unpacked = lambda name, packages: tmp_path / name  # noqa: E731
    monkeypatch.setattr(qa_long_prose, "unpack", unpacked)
    monkeypatch.setattr(qa_heldout, "unpack", unpacked)
    return tmp_path


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Every made-up block drawn: Crawl's three, the city game's two and the tutorial's three."""
    return draw_frozen(qa_long_prose, data, {"crawl": 3, "lincity": 2, "sage": 3}, monkeypatch)


def test_crawls_entries_pair_by_key_and_paragraph(packages: Path) -> None:
    """The wrapping is undone and a comment is no key; an entry whose Russian has another number
    of paragraphs, or none, is left out, yet still counts in the index of those after it."""
    blocks = qa_long_prose.crawl_pages()
    assert list(blocks) == ["crawl/monsters"]
    assert [(b.index, b.source, b.target) for b in blocks["crawl/monsters"]] == [
        (0, "This spriggan is aged and weathered from years of travel away from the forests that are home "
            "to her kin.", "Эта спригганка постарела и обветрилась за годы странствий вдали от лесов, где живёт "
            "её родня."),
        (1, "Underestimate her at your peril!", "Недооцените её на свой страх и риск!"),
        (4, "An ancient lich who has returned to the world many times over the centuries.",
         "Древний лич, много раз за века возвращавшийся в мир."),
    ]


def test_each_guides_pages_are_read_under_its_own_name(packages: Path) -> None:
    blocks = qa_long_prose.pages()
    assert list(blocks) == ["crawl/monsters", "lincity/coalmine", "sage/tour"]
    assert [(b.source, b.target) for b in blocks["lincity/coalmine"]] == list(zip(_LINCITY_EN, _LINCITY_RU))
    assert [(b.source, b.target) for b in blocks["sage/tour"]] == list(zip(_SAGE_EN, _SAGE_RU))


def test_no_used_up_source_is_read() -> None:
    """Neither Debian's own documentation, nor an HTML manual, nor a catalogue of an earlier set."""
    packages = [*qa_long_prose.CRAWL[1], *(p for s in qa_long_prose.GUIDES for p in s.packages)]
    used_up = ({p for s in (*qa_heldout.SOURCES, *qa_html_manuals.SOURCES) for p in s.packages}
               | set(qa_catalogues.PACKAGES) | set(qa_program_catalogues.PACKAGES) | set(qa_app_catalogues.PACKAGES))
    assert len(packages) == len(set(packages)) and not set(packages) & used_up
    assert [qa_long_prose.CRAWL[0], *(s.name for s in qa_long_prose.GUIDES)] == list(qa_long_prose.PAIRS)


def test_the_frozen_selection_is_drawn_per_source_loads_its_labels_and_refuses_a_changed_block(
        packages: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path_factory.mktemp("frozen") / "cases.json"
    frozen = _freeze(data, monkeypatch)
    pairs = frozen["pairs"]
    assert isinstance(pairs, list) and frozen["errors"] == []
    assert [p["id"].split("/")[0] for p in pairs] == ["crawl"] * 3 + ["lincity"] * 2 + ["sage"] * 3
    cases = load_labelled(qa_long_prose, frozen, 3)
    assert len(cases) == 8 and all(c.real for c in cases)
    assert [c.source for c in cases if c.checks] == [_LINCITY_EN[0]]
    _descriptions(packages, "monsters", _MONSTERS_EN, _MONSTERS_RU.replace("Древний лич", "Старый лич"))
    assert_a_changed_block_is_refused(qa_long_prose)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        packages: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up file
    with one made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "Пример номер 1 показывает, как Sage раскладывает целочисленный целочисленный многочлен."
    _page(packages, "sage", "ru", [_SAGE_RU[0], doubled, _SAGE_RU[2]], "tour")
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert_scored_apart(qa_long_prose, frozen, "sage/tour#1", "«целочисленный целочисленный», made up for the test",
                        "held-out long-prose", doubled)
