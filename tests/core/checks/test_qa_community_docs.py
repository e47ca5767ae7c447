"""The community-docs set is read as it was frozen: the book's AsciiDoc chapters paired block by
block where both versions have the same shape (listings dropped, index terms taken out), the two
documentations' catalogues paired by message (fuzzy, empty and one-word messages not read), every
tree refused unless it hashes to its frozen digest, the pairs drawn per work with its share of
pairs holding digits, labels naming real checks, and the set scored apart by the QA accuracy
bench. Only made-up repositories are read here: the real set is held out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench import qa_community_docs, qa_news_numbers
from bench.qa_community_docs import asciidoc_blocks, read_tree
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_another_version_is_refused,
    assert_scored_apart,
    draw_frozen,
    load_labelled,
    mirrored_tree,
)

_CHAPTER_EN = """[[_branching]]
=== Branches in a Nutshell

(((branches)))
To really understand the way Git does branching, we need to take a step back
and examine how Git stores its data.

[source,console]
----
$ git add README test.rb LICENSE
$ git commit -m 'Initial commit'
----

.A commit and its tree
image::images/commit-and-tree.png[A commit and its tree]

* Git stores a commit object that contains a pointer to the snapshot of the content you staged.
* Your branch pointer moves forward each time you make a new commit in version 2 of the book.
"""
_CHAPTER_RU = """[[r_branching]]
=== О ветвлении в двух словах

(((ветки)))
Для точного понимания механизма ветвлений, необходимо вернуться назад
и изучить то, как Git хранит данные.

[source,console]
----
$ git add README test.rb LICENSE
$ git commit -m 'Первый коммит'
----

.Коммит и его дерево
image::images/commit-and-tree.png[Коммит и его дерево]

* Git сохраняет объект коммита, который содержит указатель на снимок проиндексированных данных.
* Указатель ветки перемещается вперёд при каждом новом коммите во второй версии книги 2.
"""
_PREFACE_EN = "Welcome to the second edition of Pro Git, written again from the start.\n"
_PREFACE_RU = "Добро пожаловать во второе издание.\n\nОно написано заново, с самого начала.\n"


def _po(messages: list[tuple[str, str, str]]) -> str:
    """A Russian catalogue of (reference, msgid, msgstr); a reference ending in ``!`` is fuzzy."""
    entries = ['msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n']
    for reference, msgid, msgstr in messages:
        fuzzy = "#, fuzzy\n" if reference.endswith("!") else ""
        entries.append(f'#: {reference.rstrip("!")}\n{fuzzy}msgid "{msgid}"\nmsgstr "{msgstr}"\n')
    return "\n".join(entries)


_DJANGO = [
    ("../../faq/general.txt:8", "Django grew from a very practical need at a newspaper in 2003.",
     "Django вырос из вполне практической потребности газеты в 2003 году."),
    ("../../faq/general.txt:12", "Django is named after Django Reinhardt, a jazz guitarist.",
     "Django назван в честь Джанго Рейнхардта, джазового гитариста."),
    ("../../faq/general.txt:15", "Yes, it is quite stable and used by many large sites.", ""),
    ("../../faq/general.txt:18!", "Sites built on Django have weathered traffic spikes of 50 thousand hits.",
     "Сайты на Django выдерживали всплески в 50 тысяч запросов."),
    ("../../faq/general.txt:20", "Glossary", "Глоссарий"),
]
_PHPMYADMIN = [
    ("../phpmyadmin/docs/config.rst:95", "This setting was not available in phpMyAdmin 4.6.0 - 4.6.4.",
     "Данная настройка была недоступна в phpMyAdmin 4.6.0 - 4.6.4."),
    ("../phpmyadmin/docs/faq.rst:1415", "Put a comment on the following two lines in the server's configuration.",
     "Закомментируйте следующие две строки в конфигурации сервера."),
]


def _mirror_works(mirror: Path, monkeypatch: pytest.MonkeyPatch, chapter_ru: str = _CHAPTER_RU) -> None:
    english, russian = qa_community_docs.SOURCES["progit"]
    (django,) = qa_community_docs.SOURCES["django"]
    (phpmyadmin,) = qa_community_docs.SOURCES["phpmyadmin"]
    monkeypatch.setattr(qa_community_docs, "SOURCES", {
        "progit": (mirrored_tree(mirror, english, {"branching.asc": _CHAPTER_EN, "preface.asc": _PREFACE_EN}),
                   mirrored_tree(mirror, russian, {"branching.asc": chapter_ru, "preface.asc": _PREFACE_RU})),
        "django": (mirrored_tree(mirror, django, {"faq/general.po": _po(_DJANGO), "README": "not a catalogue"}),),
        "phpmyadmin": (mirrored_tree(mirror, phpmyadmin, {"ru.po": _po(_PHPMYADMIN)}),),
    })


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The three works as made-up repositories where the `fetch` mirror keeps them."""
    root = tmp_path / "mirror"
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(root))
    _mirror_works(root, monkeypatch)
    return root


def test_asciidoc_blocks_keep_prose_and_drop_listings_markup_lines_and_index_terms() -> None:
    assert asciidoc_blocks(_CHAPTER_EN) == [
        ("heading", "=== Branches in a Nutshell"),
        ("paragraph", "To really understand the way Git does branching, we need to take a step back and examine "
                      "how Git stores its data."),
        ("caption", ".A commit and its tree"),
        ("item", "* Git stores a commit object that contains a pointer to the snapshot of the content you staged."),
        ("item", "* Your branch pointer moves forward each time you make a new commit in version 2 of the book."),
    ]


def test_the_book_pairs_a_chapter_of_the_same_shape_block_by_block(mirror: Path) -> None:
    """Headings and captions count in the index but are not read; the preface, whose Russian
    has two paragraphs for one, is left out whole."""
    blocks = qa_community_docs.pages()
    assert "progit/preface" not in blocks
    assert [(b.index, b.target) for b in blocks["progit/branching"]] == [
        (1, "Для точного понимания механизма ветвлений, необходимо вернуться назад и изучить то, как Git хранит "
            "данные."),
        (3, "* Git сохраняет объект коммита, который содержит указатель на снимок проиндексированных данных."),
        (4, "* Указатель ветки перемещается вперёд при каждом новом коммите во второй версии книги 2."),
    ]


def test_the_catalogues_pair_their_translated_prose_messages_under_the_documents_they_come_from(
        mirror: Path) -> None:
    """An empty or fuzzy translation and a one-word heading are not read; the index is the
    message's position in its catalogue."""
    blocks = qa_community_docs.pages()
    assert [(b.index, b.source) for b in blocks["django/faq/general"]] == [(1, _DJANGO[0][1]), (2, _DJANGO[1][1])]
    assert [(page, [b.target for b in found]) for page, found in blocks.items() if page.startswith("phpmyadmin")] == [
        ("phpmyadmin/config", [_PHPMYADMIN[0][2]]), ("phpmyadmin/faq", [_PHPMYADMIN[1][2]])]


def test_a_tree_that_is_not_the_one_read_for_the_labels_is_refused(mirror: Path) -> None:
    (django,) = qa_community_docs.SOURCES["django"]
    assert_another_version_is_refused(read_tree, django, "no locale")


def test_no_used_up_source_is_read() -> None:
    """Every earlier set reads Debian packages, but the news set reads a repository: not this one's."""
    repos = [tree.repo for trees in qa_community_docs.SOURCES.values() for tree in trees]
    assert len(repos) == len(set(repos)) and qa_news_numbers.REPO not in repos
    assert list(qa_community_docs.SOURCES) == list(qa_community_docs.PAIRS) == list(qa_community_docs.WITH_DIGITS)


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Every made-up pair drawn: of the book's three, the one with a digit; of Django's two, the
    one with a digit; of phpMyAdmin's two, the one with a digit and the one without."""
    monkeypatch.setattr(qa_community_docs, "WITH_DIGITS", {"progit": 1, "django": 1, "phpmyadmin": 1})
    return draw_frozen(qa_community_docs, data, {"progit": 3, "django": 2, "phpmyadmin": 2}, monkeypatch)


def test_the_frozen_selection_is_drawn_per_work_with_its_digits_loads_its_labels_and_refuses_a_changed_block(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    pairs = frozen["pairs"]
    assert frozen["errors"] == []
    assert [p["id"] for p in pairs] == [
        "progit/branching#4", "progit/branching#1", "progit/branching#3", "django/faq/general#1",
        "django/faq/general#2", "phpmyadmin/config#1", "phpmyadmin/faq#2"]
    cases = load_labelled(qa_community_docs, frozen, "django/faq/general#2")
    assert len(cases) == 7 and all(c.real for c in cases)
    assert [c.source for c in cases if c.checks] == [_DJANGO[1][1]]
    _mirror_works(mirror, monkeypatch, _CHAPTER_RU.replace("необходимо", "нужно"))
    assert_a_changed_block_is_refused(qa_community_docs)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up
    repository with one made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "Указатель ветки перемещается вперёд вперёд при каждом новом коммите во второй версии книги 2."
    _mirror_works(mirror, monkeypatch, _CHAPTER_RU.replace(
        "Указатель ветки перемещается вперёд при", "Указатель ветки перемещается вперёд вперёд при"))
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert_scored_apart(qa_community_docs, frozen, "progit/branching#4", "«вперёд вперёд», made up for the test",
                        "held-out community-docs", "* " + doubled)
