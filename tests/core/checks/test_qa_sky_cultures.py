"""The sky-cultures set is read as it was frozen: each culture's Russian catalogue below the
repository's root, a message split into Markdown blocks that pair one by one, the tree refused
unless it hashes to its frozen digest, every pair holding a digit drawn and the rest from those
holding none, the committed labels counted as the docstring states them, and the set scored
apart by the QA accuracy bench. Only made-up repositories are read here: the real set is held
out."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench import (
    qa_community_docs,
    qa_framework_docs,
    qa_glossaries,
    qa_lessons,
    qa_ml_courses,
    qa_news_numbers,
    qa_open_guides,
    qa_org_sites,
    qa_public_sites,
    qa_rust_books,
    qa_security_guides,
    qa_sky_cultures,
)
from bench.qa_community_docs import read_tree
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_another_version_is_refused,
    assert_scored_apart,
    draw_frozen,
    load_labelled,
    mirrored_tree,
)

_HEADER = 'msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
_AZTEC_RU = _HEADER + """#. Sky culture name
msgid "Aztec"
msgstr "Ацтекская"

#. Sky culture description section in markdown format
msgid ""
"The Aztecs lived in central Mexico and their culture flourished from the 13th\\n"
"to the 15th century.\\n"
"\\n"
"Ancient Aztecs named the belt of Orion after the sticks used to light the new fire.\\n"
"\\n"
"- [#1]: Sahagun, Bernardino de. General History of the Things of New Spain. 1577."
msgstr ""
"Ацтеки жили в центральной Мексике, и их культура процветала с 13 по 15 век.\\n"
"\\n"
"Древние ацтеки называли пояс Ориона в честь палочек для добывания нового огня.\\n"
"\\n"
"- [#1]: Саагун, Бернардино де. Всеобщая история дел Новой Испании. 1577."

#. Constellation description
msgid "Two groups of stars that each have three stars in a line."
msgstr ""
"Две группы звёзд, в каждой из которых три звезды в ряд.\\n"
"\\n"
"Второй абзац, которого нет в английском тексте."

#, fuzzy
msgid "The scorpion is also mentioned in a section of the Paris Codex."
msgstr "Скорпион также упоминается в разделе Парижского кодекса."

msgid "The Pleiades symbolized the market, perhaps because of the crowd."
msgstr ""
"""
_SAMI_RU = _HEADER + """msgid "The Sami constellations were recorded in writing during the 19th century."
msgstr "Саамские созвездия были записаны в 19 веке."

msgid "The elk is the dominant constellation of this whole sky culture."
msgstr "Лось — главное созвездие всей этой культуры неба."
"""
_SAMI_FR = _HEADER.replace("ru", "fr") + """msgid "The elk is the dominant constellation of this whole sky culture."
msgstr "L'élan est la constellation dominante de toute cette culture du ciel."
"""


def _mirror_work(mirror: Path, monkeypatch: pytest.MonkeyPatch, sami_ru: str = _SAMI_RU) -> None:
    """The work as a made-up repository: two cultures' Russian catalogues, a French one and a
    culture's description beside them, which are not read."""
    (tree,) = qa_sky_cultures.SOURCES["sky"]
    monkeypatch.setattr(qa_sky_cultures, "SOURCES", {"sky": (mirrored_tree(mirror, tree, {
        "aztec/po/ru.po": _AZTEC_RU, "sami/po/ru.po": sami_ru, "sami/po/fr.po": _SAMI_FR,
        "sami/description.md": "# Sami\n\nThe Sami people live in the north of Europe.\n"}),)})


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The work as a made-up repository where the `fetch` mirror keeps it."""
    root = tmp_path / "mirror"
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(root))
    _mirror_work(root, monkeypatch)
    return root


def test_each_catalogue_pairs_its_messages_block_by_block(mirror: Path) -> None:
    """A message's paragraphs and list items pair one by one; a name too short to be prose, a
    message whose Russian has other blocks, a fuzzy one and an untranslated one give no pair;
    the index counts the blocks of every message read before, so that ids stay unique."""
    blocks = qa_sky_cultures.pages()
    assert sorted(blocks) == ["sky/aztec", "sky/sami"]
    assert [(b.index, b.target[:14]) for b in blocks["sky/aztec"]] == [
        (1, "Ацтеки жили в "), (2, "Древние ацтеки"), (3, "- [#1]: Саагун")]
    assert [(b.index, b.source[:14]) for b in blocks["sky/sami"]] == [(0, "The Sami const"), (1, "The elk is the")]


def test_a_tree_that_is_not_the_one_read_for_the_labels_is_refused(mirror: Path) -> None:
    (tree,) = qa_sky_cultures.SOURCES["sky"]
    assert_another_version_is_refused(read_tree, tree, "has no")


def test_no_used_up_source_is_read() -> None:
    """None of the repositories the open-guides, public-sites, security-guides, rust-books,
    glossaries, ml-courses, framework-docs, lessons, org-sites, community-docs and news sets read."""
    (tree,) = qa_sky_cultures.SOURCES["sky"]
    used = ({tree.repo for module in (qa_community_docs, qa_org_sites, qa_lessons, qa_framework_docs, qa_ml_courses,
                                      qa_glossaries, qa_rust_books, qa_security_guides, qa_public_sites, qa_open_guides)
             for trees in module.SOURCES.values() for tree in trees} | {qa_news_numbers.REPO})
    assert tree.repo == "Stellarium/stellarium-skycultures" and tree.repo not in used
    assert list(qa_sky_cultures.SOURCES) == list(qa_sky_cultures.PAIRS) == list(qa_sky_cultures.WITH_DIGITS)


def test_the_committed_set_holds_the_numbers_and_labels_its_docstring_counts() -> None:
    """520 pairs, 394 of them drawn from those holding a digit, and the labels committed: the 79
    errors in 63 pairs the docstring states, check by check, and the `number-mismatch` house rule D3
    added in session 38 (80 errors)."""
    assert qa_sky_cultures.PAIRS == {"sky": 520} and qa_sky_cultures.WITH_DIGITS == {"sky": 394}
    frozen = json.loads(qa_sky_cultures.DATA.read_text(encoding="utf-8"))
    labelled = [p for p in frozen["pairs"] if p["real_errors"]]
    assert len(frozen["pairs"]) == 520 and len(labelled) == 87  # session 46, D18 (b): 24 on
    assert Counter(check for p in labelled for check in p["real_errors"]) == {
        "whitespace": 32, "quote-style": 19, "untranslated-fragment": 11, "url-email": 6, "unpaired": 6,
        "punctuation-end": 3, "spacing": 31, "number-mismatch": 2}  # session 38, house rule D3
    assert all(what.strip() for p in labelled for what in p["real_errors"].values())
    assert all(re.fullmatch(r"sky/[\w-]+#\d+", p["id"]) for p in frozen["pairs"])


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Every made-up pair drawn, those holding a digit first and then those without."""
    monkeypatch.setattr(qa_sky_cultures, "WITH_DIGITS", {"sky": 3})
    return draw_frozen(qa_sky_cultures, data, {"sky": 5}, monkeypatch)


def test_the_frozen_selection_is_drawn_with_its_digits_loads_its_labels_and_refuses_a_changed_block(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert frozen["errors"] == []
    assert [p["id"] for p in frozen["pairs"]] == [
        "sky/aztec#1", "sky/aztec#3", "sky/sami#0", "sky/aztec#2", "sky/sami#1"]
    cases = load_labelled(qa_sky_cultures, frozen, "sky/sami#0")
    assert len(cases) == 5 and all(c.real for c in cases)
    assert [c.target[:14] for c in cases if c.checks] == ["Саамские созве"]
    _mirror_work(mirror, monkeypatch, _SAMI_RU.replace("19 веке", "18 веке"))
    assert_a_changed_block_is_refused(qa_sky_cultures)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up
    repository with one made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "Лось — главное главное созвездие всей этой культуры неба."
    _mirror_work(mirror, monkeypatch, _SAMI_RU.replace("главное", "главное главное"))
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert_scored_apart(qa_sky_cultures, frozen, "sky/sami#1", "«главное главное», made up",
                        "held-out sky-cultures", doubled)
