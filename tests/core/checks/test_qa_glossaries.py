"""The glossaries set is read as it was frozen: Monero's Russian catalogues message by message
under the English page each message comes from (fuzzy and empty translations not read), the
CNCF glossary's English and Russian terms paired block by block where both have the same shape,
every tree refused unless it hashes to its frozen digest, the pairs drawn per work with its
share of pairs holding digits, the committed labels counted as the docstring states them, and
the set scored apart by the QA accuracy bench. Only made-up repositories are read here: the real
set is held out."""

from __future__ import annotations

import json
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
    qa_org_sites,
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

_BLOCK = [
    ("../_i18n/en/resources/moneropedia/block.md:1", "a container of transactions, a sequence of which forms a blockchain",
     "Контейнер транзакций, последовательность которых образует блокчейн"),
    ("../_i18n/en/resources/moneropedia/block.md:5", "A new block is added to the blockchain once every 2 minutes.",
     "Новый блок добавляется в блокчейн в среднем каждые 2 минуты."),
    ("../_i18n/en/resources/moneropedia/block.md:7!", "Blocks are created through the process of mining.",
     "Блоки создаются в процессе майнинга."),
    ("../_i18n/en/resources/moneropedia/block.md:9", "Fake or bad blocks generally cannot be created by a node.", ""),
    ("../_i18n/en/resources/moneropedia/block.md:11", "Basics", "Основы"),
]
_NODE = [
    ("../_i18n/en/resources/user-guides/vps_run_node.md:6", "Make sure that port 18080 is open on your server.",
     "Убедитесь в том, что порт 18080 открыт на вашем сервере."),
]
_TERM_EN = """---
title: Horizontal Scaling
status: Completed
category: Property
---

Horizontal scaling adds more nodes to a system instead of more memory to one of them.

## Problem it addresses

A single node of 4GB RAM cannot grow its capacity to 16GB RAM without downtime.
"""
_TERM_RU = """---
title: Горизонтальное масштабирование
status: Completed
category: Property
---

Горизонтальное масштабирование добавляет в систему узлы, а не память одному из них.

## Какую проблему решает

Один узел с 4 ГБ ОЗУ не может увеличить емкость до 16 ГБ ОЗУ без простоя.
"""
_OTHER_EN = "---\ntitle: Idempotence\n---\n\nAn idempotent operation leads to the same outcome every time.\n"
_OTHER_RU = ("---\ntitle: Идемпотентность\n---\n\nИдемпотентная операция всегда приводит к одному результату.\n\n"
             "Сколько бы раз её ни выполняли.\n")


def _po(messages: list[tuple[str, str, str]]) -> str:
    """A Russian catalogue of (reference, msgid, msgstr); a reference ending in ``!`` is fuzzy."""
    entries = ['msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n']
    for reference, msgid, msgstr in messages:
        fuzzy = "#, fuzzy\n" if reference.endswith("!") else ""
        entries.append(f'#: {reference.rstrip("!")}\n{fuzzy}msgid "{msgid}"\nmsgstr "{msgstr}"\n')
    return "\n".join(entries)


def _mirror_works(mirror: Path, monkeypatch: pytest.MonkeyPatch, term_ru: str = _TERM_RU) -> None:
    """The two works as made-up repositories: Monero's catalogues (a file beside them that is not
    one), the glossary's two folders (a term whose Russian has another shape, a term only the
    English has)."""
    (monero,) = qa_glossaries.SOURCES["monero"]
    english, russian = qa_glossaries.SOURCES["glossary"]
    monkeypatch.setattr(qa_glossaries, "SOURCES", {
        "monero": (mirrored_tree(mirror, monero, {"moneropedia/weblate/block.po": _po(_BLOCK),
                                                  "user-guides/weblate/vps_run_node.po": _po(_NODE),
                                                  "moneropedia/block.md": "Блок"}),),
        "glossary": (mirrored_tree(mirror, english, {"horizontal-scaling.md": _TERM_EN, "idempotence.md": _OTHER_EN,
                                                     "nodes.md": _OTHER_EN}),
                     mirrored_tree(mirror, russian, {"horizontal-scaling.md": term_ru, "idempotence.md": _OTHER_RU})),
    })


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The two works as made-up repositories where the `fetch` mirror keeps them."""
    root = tmp_path / "mirror"
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(root))
    _mirror_works(root, monkeypatch)
    return root


def test_monero_pairs_its_translated_prose_messages_under_the_english_page_they_come_from(mirror: Path) -> None:
    """A fuzzy or empty translation and a one-word heading are not read, nor a file that is no
    catalogue; the index is the message's position in its catalogue."""
    blocks = qa_glossaries.pages()
    assert [(b.index, b.target) for b in blocks["monero/_i18n/en/resources/moneropedia/block"]] == [
        (1, _BLOCK[0][2]), (2, _BLOCK[1][2])]
    assert [b.target for b in blocks["monero/_i18n/en/resources/user-guides/vps_run_node"]] == [_NODE[0][2]]


def test_the_glossary_pairs_terms_of_the_same_shape_in_two_folders_of_one_repository(mirror: Path) -> None:
    """Front matter is not a block, the heading counts in the index but is not read; a term
    whose Russian has two paragraphs for one is left out whole, one with no Russian pairs with
    nothing."""
    blocks = qa_glossaries.pages()
    assert sorted(page for page in blocks if page.startswith("glossary/")) == ["glossary/horizontal-scaling"]
    assert [(b.index, b.target) for b in blocks["glossary/horizontal-scaling"]] == [
        (0, "Горизонтальное масштабирование добавляет в систему узлы, а не память одному из них."),
        (2, "Один узел с 4 ГБ ОЗУ не может увеличить емкость до 16 ГБ ОЗУ без простоя."),
    ]


def test_a_tree_that_is_not_the_one_read_for_the_labels_is_refused(mirror: Path) -> None:
    (monero,) = qa_glossaries.SOURCES["monero"]
    assert_another_version_is_refused(read_tree, monero, "no _i18n/ru/resources")


def test_no_used_up_source_is_read() -> None:
    """Neither the ml-courses set's repositories, the framework-docs set's, the lessons set's,
    the org-sites set's, the community-docs set's nor the news set's; the glossary's two folders
    are read at one commit."""
    trees = [tree for pair in qa_glossaries.SOURCES.values() for tree in pair]
    used = ({tree.repo for module in (qa_community_docs, qa_org_sites, qa_lessons, qa_framework_docs, qa_ml_courses)
             for pair in module.SOURCES.values() for tree in pair} | {qa_news_numbers.REPO})
    assert {tree.repo for tree in trees} == {"monero-project/monero-site", "cncf/glossary"}
    assert not {tree.repo for tree in trees} & used
    assert all(len({tree.commit for tree in pair}) == 1 for pair in qa_glossaries.SOURCES.values())
    assert list(qa_glossaries.SOURCES) == list(qa_glossaries.PAIRS) == list(qa_glossaries.WITH_DIGITS)


def test_the_committed_set_holds_the_labels_its_docstring_counts() -> None:
    """The pairs drawn from those holding a digit, and the labels committed: the 37 errors in 34
    pairs the docstring states, check by check and work by work, and the `number-mismatch` house rule
    D8 added in session 38 (38 errors in 35 pairs), less the 9 `untranslated-fragment` labels house
    rule D10 withdrew in session 39 (29 errors in 27 pairs), less the `whitespace` label house rule D13
    withdrew in session 43 (a space between an address and the stop after it; 28 errors in 26 pairs), with the six `quote-style`
    labels house rule D15 added in session 43 (34 errors in 31 pairs), and the one house rule D16 added
    in session 44 (35 errors in 32 pairs)."""
    assert qa_glossaries.WITH_DIGITS == {"monero": 110, "glossary": 7}
    frozen = json.loads(qa_glossaries.DATA.read_text(encoding="utf-8"))
    labelled = [p for p in frozen["pairs"] if p["real_errors"]]
    assert len(frozen["pairs"]) == 510 and len(labelled) == 39  # sessions 38, 39, 43 and 44, house rules D8, D10, D13, D15 and D16; session 46, D18 (b): 7 on
    assert Counter(p["id"].split("/")[0] for p in labelled) == {"monero": 38, "glossary": 1}
    assert Counter(check for p in labelled for check in p["real_errors"]) == {
        "quote-style": 18, "untranslated-fragment": 1, "number-mismatch": 6, "unpaired": 3, "whitespace": 2,
        "capitalisation": 3, "spacing": 9, "punctuation-end": 1}
    assert all(what.strip() for p in labelled for what in p["real_errors"].values())


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Monero's three made-up pairs drawn, the two holding a digit and then the one without; of
    the glossary's two, the one holding a digit."""
    monkeypatch.setattr(qa_glossaries, "WITH_DIGITS", {"monero": 2, "glossary": 1})
    return draw_frozen(qa_glossaries, data, {"monero": 3, "glossary": 1}, monkeypatch)


def test_the_frozen_selection_is_drawn_per_work_with_its_digits_loads_its_labels_and_refuses_a_changed_block(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert frozen["errors"] == []
    assert [p["id"] for p in frozen["pairs"]] == [
        "monero/_i18n/en/resources/moneropedia/block#2", "monero/_i18n/en/resources/user-guides/vps_run_node#1",
        "monero/_i18n/en/resources/moneropedia/block#1", "glossary/horizontal-scaling#2"]
    cases = load_labelled(qa_glossaries, frozen, "glossary/horizontal-scaling#2")
    assert len(cases) == 4 and all(c.real for c in cases)
    assert [c.target for c in cases if c.checks] == [_TERM_RU.splitlines()[-1]]
    _mirror_works(mirror, monkeypatch, _TERM_RU.replace("до 16 ГБ", "до 32 ГБ"))
    assert_a_changed_block_is_refused(qa_glossaries)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up
    repository with one made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "Один узел с 4 ГБ ОЗУ не может может увеличить емкость до 16 ГБ ОЗУ без простоя."
    _mirror_works(mirror, monkeypatch, _TERM_RU.replace("не может", "не может может"))
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert_scored_apart(qa_glossaries, frozen, "glossary/horizontal-scaling#2", "«может может», made up",
                        "held-out glossaries", doubled)
