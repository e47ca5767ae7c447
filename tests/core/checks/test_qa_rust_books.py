"""The rust-books set is read as it was frozen: each book's English and Russian source folders,
kept side by side in one repository, paired file by file and block by block where both have the
same shape, every tree refused unless it hashes to its frozen digest, the pairs drawn per book
with its share of pairs holding digits, the committed labels counted as the docstring states
them, and the set scored apart by the QA accuracy bench. Only made-up repositories are read
here: the real set is held out."""

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
    qa_rust_books,
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

_EDITIONS_EN = """# Appendix E - Editions

The Rust language and compiler have a six-week release cycle, meaning users get new features.

```toml
edition = "2024"
```

- Rust 2015 was the first edition of the language and its compiler.
- Rust 2018 added async and await as keywords of the language.
"""
_EDITIONS_RU = """# Приложение E - Редакции

Язык Rust и его компилятор имеют шестинедельный цикл выпуска, и пользователи получают новые функции.

```toml
edition = "2018"
```

- Rust 2015 стал первой редакцией языка и его компилятора.
- Rust 2018 добавил async и await как ключевые слова языка.
"""
_OTHER_EN = "# Comments\n\nAll programmers strive to make their code easy to understand.\n"
_OTHER_RU = ("# Комментарии\n\nВсе программисты стремятся сделать свой код понятным.\n\n"
             "Иногда для этого нужны пояснения.\n")
_FUTURE_EN = "# Futures\n\nA future is polled by an executor until it is ready to return a value.\n"
_FUTURE_RU = "# Футуры\n\nФутура опрашивается исполнителем, пока не будет готова вернуть значение.\n"


def _mirror_books(mirror: Path, monkeypatch: pytest.MonkeyPatch, editions_ru: str = _EDITIONS_RU) -> None:
    """The four books as made-up repositories, each with its English and Russian folders: the
    book a file whose Russian has another shape and a file only the English has, the others one
    file each."""
    sources = {}
    for name, (english, russian) in qa_rust_books.SOURCES.items():
        en_files = {"summary.txt": "not Markdown"}
        ru_files = {}
        if name == "book":
            en_files |= {"appendix-05-editions.md": _EDITIONS_EN, "ch03-04-comments.md": _OTHER_EN,
                         "ch04-00-ownership.md": _OTHER_EN}
            ru_files |= {"appendix-05-editions.md": editions_ru, "ch03-04-comments.md": _OTHER_RU}
        else:
            en_files |= {"futures/intro.md": _FUTURE_EN.replace("A future", f"A {name} future")}
            ru_files |= {"futures/intro.md": _FUTURE_RU.replace("Футура", f"Футура {name}")}
        sources[name] = (mirrored_tree(mirror, english, en_files), mirrored_tree(mirror, russian, ru_files))
    monkeypatch.setattr(qa_rust_books, "SOURCES", sources)


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The four books as made-up repositories where the `fetch` mirror keeps them."""
    root = tmp_path / "mirror"
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(root))
    _mirror_books(root, monkeypatch)
    return root


def test_a_book_pairs_files_of_the_same_shape_in_two_folders_of_one_repository(mirror: Path) -> None:
    """The heading counts in the index but is not read, code is dropped, list items are read;
    a file whose Russian has two paragraphs for one is left out whole, one with no Russian pairs
    with nothing, a file that is not Markdown is not read."""
    blocks = qa_rust_books.pages()
    assert sorted(page for page in blocks if page.startswith("book/")) == ["book/appendix-05-editions"]
    assert [(b.index, b.target) for b in blocks["book/appendix-05-editions"]] == [
        (1, "Язык Rust и его компилятор имеют шестинедельный цикл выпуска, и пользователи получают новые функции."),
        (2, "- Rust 2015 стал первой редакцией языка и его компилятора."),
        (3, "- Rust 2018 добавил async и await как ключевые слова языка."),
    ]
    assert [b.index for b in blocks["nomicon/futures/intro"]] == [1]


def test_a_tree_that_is_not_the_one_read_for_the_labels_is_refused(mirror: Path) -> None:
    english, _ = qa_rust_books.SOURCES["book"]
    assert_another_version_is_refused(read_tree, english, "no rustbook-en/src")


def test_no_used_up_source_is_read() -> None:
    """None of the repositories the glossaries, ml-courses, framework-docs, lessons, org-sites,
    community-docs and news sets read; each book's two folders are read at one commit."""
    trees = [tree for pair in qa_rust_books.SOURCES.values() for tree in pair]
    used = ({tree.repo for module in (qa_community_docs, qa_org_sites, qa_lessons, qa_framework_docs, qa_ml_courses,
                                      qa_glossaries)
             for pair in module.SOURCES.values() for tree in pair} | {qa_news_numbers.REPO})
    assert {tree.repo for tree in trees} == {"rust-lang-ru/book", "rust-lang-ru/rust-by-example",
                                             "rust-lang-ru/async-book", "rust-lang-ru/nomicon"}
    assert not {tree.repo for tree in trees} & used
    assert all(len({tree.commit for tree in pair}) == 1 for pair in qa_rust_books.SOURCES.values())
    assert list(qa_rust_books.SOURCES) == list(qa_rust_books.PAIRS) == list(qa_rust_books.WITH_DIGITS)


def test_the_committed_set_holds_the_labels_its_docstring_counts() -> None:
    """The pairs drawn from those holding a digit, and the labels committed: the 60 errors in 58
    pairs the docstring states, check by check and book by book, less the 5 `capitalisation`
    labels house rule D7 withdrew in session 38 (55 errors in 53 pairs), with the `quote-style` label
    house rule D15 added in session 43 (56 in 54) and the one house rule D16 added in session 44 (57 in 55)."""
    assert qa_rust_books.WITH_DIGITS == {"book": 25, "example": 41, "async": 18, "nomicon": 15}
    frozen = json.loads(qa_rust_books.DATA.read_text(encoding="utf-8"))
    labelled = [p for p in frozen["pairs"] if p["real_errors"]]
    assert len(frozen["pairs"]) == 505 and len(labelled) == 90  # session 38, house rule D7; session 43, D15; session 44, D16; session 46, D18 (b): 35 on
    assert Counter(p["id"].split("/")[0] for p in labelled) == {"book": 25, "example": 31, "async": 20, "nomicon": 14}
    assert Counter(check for p in labelled for check in p["real_errors"]) == {
        "quote-style": 20, "whitespace": 15, "punctuation-end": 8, "number-mismatch": 6, "spacing": 43,
        "untranslated-fragment": 2, "unpaired": 1}
    assert all(what.strip() for p in labelled for what in p["real_errors"].values())


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The book's three made-up pairs drawn, the two holding a digit and then the one without;
    of each other book's one, none holding a digit."""
    monkeypatch.setattr(qa_rust_books, "WITH_DIGITS", {"book": 2, "example": 0, "async": 0, "nomicon": 0})
    return draw_frozen(qa_rust_books, data, {"book": 3, "example": 1, "async": 1, "nomicon": 1}, monkeypatch)


def test_the_frozen_selection_is_drawn_per_book_with_its_digits_loads_its_labels_and_refuses_a_changed_block(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert frozen["errors"] == []
    assert [p["id"] for p in frozen["pairs"]] == [
        "book/appendix-05-editions#2", "book/appendix-05-editions#3", "book/appendix-05-editions#1",
        "example/futures/intro#1", "async/futures/intro#1", "nomicon/futures/intro#1"]
    cases = load_labelled(qa_rust_books, frozen, "book/appendix-05-editions#3")
    assert len(cases) == 6 and all(c.real for c in cases)
    assert [c.target for c in cases if c.checks] == ["- Rust 2018 добавил async и await как ключевые слова языка."]
    _mirror_books(mirror, monkeypatch, _EDITIONS_RU.replace("Rust 2018 добавил", "Rust 2021 добавил"))
    assert_a_changed_block_is_refused(qa_rust_books)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up
    repository with one made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "- Rust 2015 стал первой первой редакцией языка и его компилятора."
    _mirror_books(mirror, monkeypatch, _EDITIONS_RU.replace("первой", "первой первой"))
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert_scored_apart(qa_rust_books, frozen, "book/appendix-05-editions#2", "«первой первой», made up",
                        "held-out rust-books", doubled)
