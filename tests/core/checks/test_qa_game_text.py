"""The game-text set is read as it was frozen: a game's message bundles (Java properties) in
English and Russian paired by key (a value's lines by position); the files refused unless their
listing hashes to the frozen digest; the committed file holding the pairs and labels its
docstring counts, unchanged since it was labelled; and the set scored apart by the QA accuracy
bench. The checks run only on a made-up repository here: the real set is held out, and is only
loaded, where the mirror keeps it, to see that every frozen pair is still the text its label was
read on (`test_qa_mirrored_sets.py`)."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench import qa_game_text
from bench.align_heldout import TextsAbsent
from bench.qa_community_docs import tree_digest
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_scored_apart,
    draw_frozen,
    load_labelled,
    made_up_mirror,
    mirrored_files,
)
from workbench.core.checks import REGISTRY

FOLDER = qa_game_text.FOLDER
_ITEMS_EN = r"""#comments are no messages
items.food.desc=A piece of frozen raw meat. The only way to eat it is by cutting thin slices.
items.bomb.desc=This bomb deals _%1$d-%2$d damage_ within 2 tiles.\n\nIt is not \'safe\'.
items.only_english=Only in English, the Russian file lacks this key entirely.
items.same=Shattered Pixel Dungeon keeps its name in every language.

items.short=Too short
"""
_ITEMS_RU = r"""#comments are no messages
items.food.desc=Кусок промороженного мяса. Его можно есть, только нарезая тонкими ломтиками.
items.bomb.desc=Эта бомба наносит _%1$d-%2$d урона_ в радиусе 2 клеток.\n\nОна не \'безопасна\'.
items.same=Shattered Pixel Dungeon keeps its name in every language.
items.short=Коротко
"""
_PLANTS_EN = r"""plants.sungrass.desc=Sungrass is renowned for its sap's slow but effective healing.
plants.rotberry.desc=A rotberry bush produces a little gas.\nThe Warden harnesses it for strength!
"""
_PLANTS_RU = r"""plants.sungrass.desc=Солнечник известен своей способностью постепенно исцелять раны.
plants.rotberry.desc=Куст Гнилоягоды выделяет немного газа, а Хранительница черпает из него силу!
"""
_DOCUMENTS = ("items", "plants")


def _files(items_ru: str = _ITEMS_RU) -> dict[str, str]:
    return {f"{FOLDER}/items/items.properties": _ITEMS_EN, f"{FOLDER}/items/items_ru.properties": items_ru,
            f"{FOLDER}/plants/plants.properties": _PLANTS_EN, f"{FOLDER}/plants/plants_ru.properties": _PLANTS_RU}


def _mirror(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> None:
    """`files` committed into a made-up copy of the repository where the `fetch` mirror keeps it,
    its commit and the listing's digest in place of the real ones."""
    commit = mirrored_files(root, qa_game_text.REPO, files)
    monkeypatch.setattr(qa_game_text, "DOCUMENTS", _DOCUMENTS)
    monkeypatch.setattr(qa_game_text, "COMMIT", commit)
    monkeypatch.setattr(qa_game_text, "SHA256", tree_digest({path: text.encode() for path, text in files.items()}))


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return made_up_mirror(tmp_path, monkeypatch, lambda root: _mirror(root, monkeypatch, _files()))


def test_a_properties_bundle_gives_each_key_its_text() -> None:
    """Comments and empty lines are no keys; ``\\n`` is a line break, an escaped quote is itself."""
    bundle = qa_game_text.properties(_ITEMS_EN)
    assert list(bundle) == ["items.food.desc", "items.bomb.desc", "items.only_english", "items.same",
                            "items.short"]
    assert bundle["items.bomb.desc"] == "This bomb deals _%1$d-%2$d damage_ within 2 tiles.\n\nIt is not 'safe'."


def test_a_bundle_pairs_by_key_and_a_value_by_line(mirror: Path) -> None:
    """A key the Russian lacks, or holds untranslated, is no pair; a value's lines pair by position
    where both sides have as many (the bomb), and the value is left out where they have not (the
    rotberry)."""
    pages = qa_game_text.pages()
    assert sorted(pages) == ["items/items.bomb.desc", "items/items.food.desc", "items/items.short",
                             "plants/plants.sungrass.desc"]
    assert [(b.index, b.target) for b in pages["items/items.bomb.desc"]] == [
        (0, "Эта бомба наносит _%1$d-%2$d урона_ в радиусе 2 клеток."), (1, "Она не 'безопасна'.")]
    assert qa_game_text.group("plants/plants.sungrass.desc") == "plants"


def test_a_repository_that_is_not_the_one_read_for_the_labels_is_refused(mirror: Path) -> None:
    with pytest.raises(TextsAbsent, match="not the text"):
        qa_game_text.read_files(sha256="0" * 64)
    with pytest.raises(TextsAbsent, match="has no"):
        qa_game_text.read_files(commit="0" * 40)


def test_no_other_set_reads_this_repository() -> None:
    others = [path for path in Path(qa_game_text.__file__).parent.glob("qa_*.py")
              if path.name != "qa_game_text.py" and qa_game_text.REPO in path.read_text(encoding="utf-8")]
    assert others == []


_FROZEN_SHA256 = "69b4ef0c46c7a2abd3ad2a80689ff4292ee1253b2185fa38eb8b469c52b44c69"  # relabelled in sessions 37 and 39 by docs/qa.md's house rules; session 46, house rule D18 (b)
"""The committed ``cases.json`` as its labeller left it: a changed label or pair is noticed."""


def test_the_committed_set_holds_the_pairs_and_labels_its_docstring_counts() -> None:
    """400 distinct pairs of 6 bundles, 8 of them labelled with the 9 errors the docstring states,
    every label a check id, every note on a pair of the set, the file unchanged since."""
    data = qa_game_text.DATA.read_bytes()
    assert hashlib.sha256(data).hexdigest() == _FROZEN_SHA256
    frozen = json.loads(data)
    pairs = frozen["pairs"]
    ids = [p["id"] for p in pairs]
    assert len(ids) == len(set(ids)) == len({p["digest"] for p in pairs}) == 400 and frozen["errors"] == []
    assert all(re.fullmatch(r"[a-z]+/[\w.$]+#\d+", pair_id) for pair_id in ids)
    assert Counter(qa_game_text.group(i) for i in ids) == {
        "actors": 130, "items": 140, "journal": 50, "levels": 40, "plants": 20, "windows": 20}
    labelled = [p for p in pairs if p["real_errors"]]
    assert len(labelled) == 26  # sessions 37 and 39, docs/qa.md's house rules (D4, D9); session 46, D18 (b): 18 on
    assert Counter(check for p in labelled for check in p["real_errors"]) == {"punctuation-end": 5, "quote-style": 4, "spacing": 18}
    assert {check for p in labelled for check in p["real_errors"]} <= set(REGISTRY)
    assert all(what.strip() for p in labelled for what in p["real_errors"].values())
    assert len(frozen["noted"]) == 18 and set(frozen["noted"]) <= set(ids)


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Every pair of the made-up texts of 30 characters or more drawn: the meat, the bomb's first
    line (its second and the short label are shorter) and the sungrass."""
    return draw_frozen(qa_game_text, data, {"items": 9, "plants": 9}, monkeypatch)


def test_the_frozen_selection_loads_its_labels_and_refuses_a_changed_block(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each group is drawn apart, all of a group that holds fewer pairs than asked."""
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert frozen["errors"] == []
    assert Counter(qa_game_text.group(p["id"]) for p in frozen["pairs"]) == {"items": 2, "plants": 1}
    labelled = frozen["pairs"][0]["id"]
    cases = load_labelled(qa_game_text, frozen, labelled)
    assert len(cases) == 3 and all(c.real for c in cases)
    assert [c.block for c in cases if c.checks] == [labelled]
    _mirror(mirror, monkeypatch, _files(_ITEMS_RU.replace("промороженного", "замороженного")))
    assert_a_changed_block_is_refused(qa_game_text)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up repository
    with one made-up error stands in for the real set, which no test runs the checks on."""
    _mirror(mirror, monkeypatch, _files(_ITEMS_RU.replace("Кусок промороженного", "Кусок кусок промороженного")))
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    doubled = qa_game_text.pages()["items/items.food.desc"][0].target
    assert "Кусок кусок" in doubled
    assert_scored_apart(qa_game_text, frozen, "items/items.food.desc#0", "«Кусок кусок», made up",
                        "held-out game-text", doubled)
