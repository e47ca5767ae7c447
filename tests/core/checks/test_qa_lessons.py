"""The lessons set is read as it was frozen: Elixir School's English and Russian lessons paired
block by block where both have the same shape (each lesson's header of metadata dropped), the
guide's files paired with the ``.russian.md`` kept beside them (its other languages not read),
every tree refused unless it hashes to its frozen digest, the pairs drawn per work with its
share of pairs holding digits, and the set scored apart by the QA accuracy bench. Only made-up
repositories are read here: the real set is held out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench import qa_community_docs, qa_lessons, qa_news_numbers, qa_org_sites
from bench.qa_lessons import lesson_blocks
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_scored_apart,
    draw_frozen,
    load_labelled,
    mirrored_tree,
)

_LESSON_EN = '''%{
  version: "1.9.3",
  title: "Enum",
  excerpt: """
  A set of algorithms for enumerating over enumerables.
  """
}
---

## Overview

The `Enum` module includes over 70 functions for working with enumerables.

```elixir
iex> Enum.all?(["foo", "bar"], fn(s) -> String.length(s) == 3 end)
true
```

* `chunk_by` groups a collection by what a function returns.
* Elixir 1.15 added sigils made of several capital letters.
'''
_LESSON_RU = '''%{
  version: "1.9.1",
  title: "Enum",
  excerpt: """
  Набор алгоритмов для операций с перечислениями.
  """
}
---

## Обзор

Модуль `Enum` включает в себя более 70 функций для работы с перечислениями.

```elixir
iex> Enum.all?(["foo", "bar"], fn(s) -> String.length(s) == 3 end)
true
```

* `chunk_by` группирует коллекцию по тому, что возвращает функция.
* В Elixir 1.15 появились строковые метки из нескольких заглавных букв.
'''
_PIPE_EN = "The pipe operator passes the result of an expression on.\n\nIt takes the result as the first argument.\n"
_PIPE_RU = "Оператор конвейера передаёт результат выражения дальше как первый аргумент.\n"
_PRACTICE_EN = """# Fail fast, validate arguments using a dedicated library

### One Paragraph Explainer

We all know how checking arguments and failing fast is important to avoid hidden bugs.

### Blog Quote: "You should throw these errors immediately"

From the blog of Joyent, ranked 1 for the keywords "Node.js logging"
"""
_PRACTICE_RU = """# Быстро падайте, проверяйте аргументы с помощью выделенной библиотеки

### Объяснение в одном абзаце

Мы все знаем, как важно проверять аргументы и быстро отказывать, чтобы избежать скрытых ошибок.

### Цитата блога: "Вы должны немедленно выбросить эти ошибки"

Из блога Joyent, занял 1 место по ключевым словам "Node.js logging"
"""
_PRACTICE_FR = "# Échouez vite\n\nNous savons tous qu'il est important de vérifier les arguments très tôt.\n"
_SANDBOX_EN = "Run untrusted code inside of an isolated environment to prevent unwanted side effects.\n"


def _mirror_works(mirror: Path, monkeypatch: pytest.MonkeyPatch, lesson_ru: str = _LESSON_RU) -> None:
    """The two works as made-up repositories: Elixir School's English lessons committed first,
    then its Russian ones; the guide's one folder with a file's English, Russian and French
    versions side by side and a practice no one translated."""
    school_en, school_ru = qa_lessons.SOURCES["elixirschool"]
    (guide,) = qa_lessons.SOURCES["nodebestpractices"]
    monkeypatch.setattr(qa_lessons, "SOURCES", {
        "elixirschool": (mirrored_tree(mirror, school_en, {"basics/enum.md": _LESSON_EN, "basics/pipe_operator.md": _PIPE_EN}),
                         mirrored_tree(mirror, school_ru, {"basics/enum.md": lesson_ru, "basics/pipe_operator.md": _PIPE_RU})),
        "nodebestpractices": (mirrored_tree(mirror, guide, {
            "errorhandling/failfast.md": _PRACTICE_EN, "errorhandling/failfast.russian.md": _PRACTICE_RU,
            "errorhandling/failfast.french.md": _PRACTICE_FR, "security/sandbox.md": _SANDBOX_EN}),),
    })


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The two works as made-up repositories where the `fetch` mirror keeps them."""
    root = tmp_path / "mirror"
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(root))
    _mirror_works(root, monkeypatch)
    return root


def test_a_lesson_s_header_is_dropped_and_its_markdown_read_as_blocks() -> None:
    """The header's version is the translation's own (1.9.1 against 1.9.3) and its excerpt is
    metadata: neither is a block; code is dropped and each list item is a paragraph."""
    assert lesson_blocks(_LESSON_EN) == [
        ("heading", "## Overview"),
        ("paragraph", "The `Enum` module includes over 70 functions for working with enumerables."),
        ("paragraph", "* `chunk_by` groups a collection by what a function returns."),
        ("paragraph", "* Elixir 1.15 added sigils made of several capital letters."),
    ]
    assert [kind for kind, _ in lesson_blocks(_LESSON_RU)] == [kind for kind, _ in lesson_blocks(_LESSON_EN)]


def test_a_lesson_without_a_header_is_read_whole() -> None:
    assert lesson_blocks(_PIPE_EN) == [("paragraph", "The pipe operator passes the result of an expression on."),
                                       ("paragraph", "It takes the result as the first argument.")]


def test_the_works_pair_lessons_of_the_same_shape_and_each_practice_with_its_russian(mirror: Path) -> None:
    """Headings count in the index but are not read; the pipe lesson, whose Russian has one
    paragraph for two, is left out whole; the French version and the untranslated practice
    pair with nothing."""
    blocks = qa_lessons.pages()
    assert sorted(blocks) == ["elixirschool/basics/enum", "nodebestpractices/errorhandling/failfast"]
    assert [(b.index, b.target) for b in blocks["elixirschool/basics/enum"]] == [
        (1, "Модуль `Enum` включает в себя более 70 функций для работы с перечислениями."),
        (2, "* `chunk_by` группирует коллекцию по тому, что возвращает функция."),
        (3, "* В Elixir 1.15 появились строковые метки из нескольких заглавных букв."),
    ]
    assert [(b.index, b.source) for b in blocks["nodebestpractices/errorhandling/failfast"]] == [
        (2, "We all know how checking arguments and failing fast is important to avoid hidden bugs."),
        (4, 'From the blog of Joyent, ranked 1 for the keywords "Node.js logging"'),
    ]


def test_no_used_up_source_is_read() -> None:
    """Neither the org-sites set's repositories, the community-docs set's nor the news set's."""
    repos = {tree.repo for trees in qa_lessons.SOURCES.values() for tree in trees}
    used = ({tree.repo for module in (qa_community_docs, qa_org_sites) for trees in module.SOURCES.values()
             for tree in trees} | {qa_news_numbers.REPO})
    assert repos == {"elixirschool/elixirschool", "goldbergyoni/nodebestpractices"} and not repos & used
    assert list(qa_lessons.SOURCES) == list(qa_lessons.PAIRS) == list(qa_lessons.WITH_DIGITS)


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Every made-up pair drawn: of the lesson's three, the two with a digit and the one
    without; of the practice's two, the one with a digit and the one without."""
    monkeypatch.setattr(qa_lessons, "WITH_DIGITS", {"elixirschool": 2, "nodebestpractices": 1})
    return draw_frozen(qa_lessons, data, {"elixirschool": 3, "nodebestpractices": 2}, monkeypatch)


def test_the_frozen_selection_is_drawn_per_work_with_its_digits_loads_its_labels_and_refuses_a_changed_block(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert frozen["errors"] == []
    assert [p["id"] for p in frozen["pairs"]] == [
        "elixirschool/basics/enum#1", "elixirschool/basics/enum#3", "elixirschool/basics/enum#2",
        "nodebestpractices/errorhandling/failfast#4", "nodebestpractices/errorhandling/failfast#2"]
    cases = load_labelled(qa_lessons, frozen, "nodebestpractices/errorhandling/failfast#4")
    assert len(cases) == 5 and all(c.real for c in cases)
    assert [c.source for c in cases if c.checks] == ['From the blog of Joyent, ranked 1 for the keywords "Node.js logging"']
    _mirror_works(mirror, monkeypatch, _LESSON_RU.replace("меньшие группы", "группы поменьше").replace(
        "заглавных букв", "прописных букв"))
    assert_a_changed_block_is_refused(qa_lessons)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up
    repository with one made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "* `chunk_by` группирует группирует коллекцию по тому, что возвращает функция."
    _mirror_works(mirror, monkeypatch, _LESSON_RU.replace("группирует", "группирует группирует"))
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert_scored_apart(qa_lessons, frozen, "elixirschool/basics/enum#2", "«группирует группирует», made up",
                        "held-out lessons", doubled)
