"""The storybooks set is read as it was frozen: each story's English and Russian files paired page by
page where they have as many pages, each tree refused unless it hashes to its frozen digest, every
distinct page drawn once, the committed file holding the pairs and labels its docstring counts,
unchanged since it was labelled, and the set scored apart by the QA accuracy bench. The checks run
only on made-up stories here: the real set is held out, and is only loaded, where the mirror keeps
it, to see that every frozen pair is still the text its label was read on
(`test_qa_mirrored_sets.py`)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench import qa_storybooks
from bench.qa_community_docs import read_tree
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_another_version_is_refused,
    assert_scored_apart,
    committed_set,
    draw_frozen,
    load_labelled,
    mirrored_tree,
    modules_reading,
)

_TALL_EN = """# A tall man

##
His hoe was
too short.

##
He made a long "hoe" handle.

##
He made a long "hoe" handle.

##
* License: [CC-BY]
* Text: Someone
"""
_TALL_RU = """# Высокий человек

##
Тяпка была слишком короткая.

##
Он сделал длинную ручку для "тяпки".

##
Он сделал длинную ручку для "тяпки".

##
* License: [CC-BY]
* Translation: Someone else
"""
"""A made-up story: a title, a page whose English the printed page breaks over two lines, a page
said twice (drawn once) and the credits."""
_STORIES_EN = {"en/0001_a-tall-man.md": _TALL_EN,
               "en/0002_cat.md": "# Cat\n\n##\nWhere is my cat?\n\n##\n* Text: A\n",
               "en/0005_fire.md": "# Fire\n\n##\nFire burns.\n\n##\n\n\n##\nLook, fire!\n\n##\n* Text: A\n"}
_STORIES_RU = {"ru/0001_высокий-человек.md": _TALL_RU,
               "ru/0002_кошка.md": "# Кошка\n\n##\nГде моя кошка?\n\n##\nВот она!\n\n##\n* Translation: B\n",
               "ru/0003_огонь.md": "# Огонь\n\n##\nОгонь горит.\n\n##\n* Translation: B\n",
               "ru/0005_огонь.md": "# Огонь\n\n##\nОгонь горит.\n\n##\nСмотри!\n\n##\nСмотри, огонь!\n\n##\n* Translation: B\n",
               "ru/README.md": "Story # | Story title\n"}
"""The made-up trees: the cat story has a page more in Russian (no pair), story 0003 no English (no
pair), the fire story a page blank in English (no pair of that page); the README is no story."""


def _mirror_trees(mirror: Path, monkeypatch: pytest.MonkeyPatch, russian: dict[str, str] = _STORIES_RU) -> None:
    """The two trees as made-up repositories, the set's trees pointed at them (their commits and
    digests in place of the real ones)."""
    monkeypatch.setattr(qa_storybooks, "ENGLISH", mirrored_tree(mirror, qa_storybooks.ENGLISH, {
        path.split("/", 1)[1]: text for path, text in _STORIES_EN.items()}))
    monkeypatch.setattr(qa_storybooks, "RUSSIAN", mirrored_tree(mirror, qa_storybooks.RUSSIAN, {
        path.split("/", 1)[1]: text for path, text in russian.items()}))


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "mirror"
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(root))
    _mirror_trees(root, monkeypatch)
    return root


def test_a_story_pairs_page_by_page_where_both_have_as_many_pages(mirror: Path) -> None:
    """The title is page 0, the English page's lines are joined, the credits are no page; a story
    whose Russian has another number of pages, or no English, gives no pair, nor a page blank on
    one side."""
    pages = qa_storybooks.pages()
    assert sorted(pages) == ["0001_a-tall-man", "0005_fire"]
    assert [(b.index, b.source, b.target) for b in pages["0001_a-tall-man"]] == [
        (0, "A tall man", "Высокий человек"),
        (1, "His hoe was too short.", "Тяпка была слишком короткая."),
        (2, 'He made a long "hoe" handle.', 'Он сделал длинную ручку для "тяпки".'),
        (3, 'He made a long "hoe" handle.', 'Он сделал длинную ручку для "тяпки".')]
    assert [(b.index, b.target) for b in pages["0005_fire"]] == [
        (0, "Огонь"), (1, "Огонь горит."), (3, "Смотри, огонь!")]


def test_a_tree_that_is_not_the_one_read_for_the_labels_is_refused(mirror: Path) -> None:
    assert_another_version_is_refused(read_tree, qa_storybooks.RUSSIAN, "has no")
    assert_another_version_is_refused(read_tree, qa_storybooks.ENGLISH, "has no")


def test_no_other_set_reads_the_stories(monkeypatch: pytest.MonkeyPatch) -> None:
    for tree in (qa_storybooks.ENGLISH, qa_storybooks.RUSSIAN):
        monkeypatch.setattr(qa_storybooks, "REPO", tree.repo)
        assert tree.repo.startswith("global-asp/") and modules_reading(qa_storybooks) == []


_FROZEN_SHA256 = "82ff89dc3f54e0f57cafb473de3181f9361e1f3b9f9c04fd971a734992267025"  # session 46, house rule D18 (b)


def test_the_committed_set_holds_the_pairs_and_labels_its_docstring_counts() -> None:
    """281 pairs of the 29 stories, labelled by reading before any check ran: 37 errors in 36 pairs,
    35 of them straight quotes (house rule D15); the file unchanged since."""
    frozen, ids, labelled = committed_set(qa_storybooks, _FROZEN_SHA256, 281)
    assert all(re.fullmatch(r"\d{4}_[a-z0-9-]+#\d+", pair_id) for pair_id in ids)
    assert len({pair_id.split("#")[0] for pair_id in ids}) == 29
    assert sum(pair_id.endswith("#0") for pair_id in ids) == 29
    assert len(labelled) == 37  # session 46, D18 (b): 1 on
    assert Counter(check for p in labelled for check in p["real_errors"]) == {
        "quote-style": 35, "punctuation-end": 1, "repeated-word": 1, "spacing": 1}
    assert len(frozen["noted"]) == 26


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch, pairs: int = 3) -> dict[str, Any]:
    return draw_frozen(qa_storybooks, data, pairs, monkeypatch)


def test_the_frozen_selection_draws_each_page_once_loads_its_labels_and_refuses_a_changed_block(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every distinct page is drawn where the stories hold fewer than `PAIRS` (the page said twice
    once), any length; a label is loaded on its pair; a page whose text changed stops the load."""
    frozen = _freeze(tmp_path_factory.mktemp("all") / "cases.json", monkeypatch, pairs=400)
    assert [p["id"] for p in frozen["pairs"]] == [
        "0001_a-tall-man#0", "0001_a-tall-man#1", "0001_a-tall-man#2", "0005_fire#0", "0005_fire#1", "0005_fire#3"]
    frozen = _freeze(tmp_path_factory.mktemp("three") / "cases.json", monkeypatch)
    assert frozen["errors"] == [] and frozen["noted"] == {} and len(frozen["pairs"]) == 3
    cases = load_labelled(qa_storybooks, frozen, 0)
    assert len(cases) == 3 and all(c.real for c in cases)
    assert [c.block for c in cases if c.checks] == [frozen["pairs"][0]["id"]]
    changed = {path: text.replace("Огонь горит.", "Огонь жжётся.").replace("Высокий", "Длинный")
               for path, text in _STORIES_RU.items()}
    _mirror_trees(mirror, monkeypatch, changed)
    assert_a_changed_block_is_refused(qa_storybooks)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: made-up stories with one
    made-up error stand in for the real set, which no test runs the checks on."""
    doubled = "Тяпка была слишком слишком короткая."
    _mirror_trees(mirror, monkeypatch, {**_STORIES_RU, "ru/0001_высокий-человек.md": _TALL_RU.replace(
        "слишком", "слишком слишком")})
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch, pairs=400)
    assert_scored_apart(qa_storybooks, frozen, "0001_a-tall-man#1", "«слишком слишком», made up",
                        "held-out storybooks", doubled)
