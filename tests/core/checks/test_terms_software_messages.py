"""Term checks on a program's messages (EN → RU): SQL keywords kept as written, a modal's verb,
a term's word inside a longer term, a deprecated variant for another concept's word (termfix39).

The sentences are written for the rules, after the PostgreSQL catalogue's pattern; the termbase is
a small one of the same kind, not the frozen set's."""

from __future__ import annotations

import pytest

from termbase.enforce import Enforcer
from termbase.model import Concept, Term, TermStatus
from tests.core.checks.conftest import MakeSegments
from workbench.core.checks import run_checks
from workbench.core.project.model import Segment


def _concept(cid: str, en: str, *ru: str | tuple[str, TermStatus]) -> Concept:
    terms = [Term(en, "en")]
    for row in ru:
        text, status = (row, TermStatus.PREFERRED) if isinstance(row, str) else row
        terms.append(Term(text, "ru", status))
    return Concept(cid, terms=tuple(terms))


CONCEPTS = (
    _concept("index", "index", "индекс"),
    _concept("transaction", "transaction", "транзакция"),
    _concept("isolation-level", "isolation level", "уровень изоляции"),
    _concept("lock", "lock", "блокировка"),
    _concept("cast", "cast", "приведение"),
    _concept("row", "row", "строка"),
    _concept("function", "function", "функция"),
    _concept("window-function", "window function", "оконная функция"),
    _concept("party", "party", "партия"),
    _concept("communist-party", "Communist Party", "Коммунистическая партия"),
    _concept("table", "table", "таблица"),
    _concept("foreign-table", "foreign table", "сторонняя таблица", ("внешняя таблица", TermStatus.DEPRECATED)),
    _concept("sql", "SQL", "язык SQL"),
)


@pytest.fixture(scope="module")
def enforcer() -> Enforcer:
    return Enforcer(CONCEPTS, "en", "ru")


def _found(segments: list[Segment], enforcer: Enforcer, check: str = "term-missing") -> list[tuple[str, str]]:
    return [(f.concept or "", f.severity) for f in run_checks(
        segments, source_lang="en", target_lang="ru", enforcer=enforcer, checks=[check])]


@pytest.mark.parametrize(("source", "target"), [
    ("DROP INDEX CONCURRENTLY does not support CASCADE", "DROP INDEX CONCURRENTLY не поддерживает режим CASCADE"),
    ("SET TRANSACTION ISOLATION LEVEL must be called before any query",
     "команда SET TRANSACTION ISOLATION LEVEL должна выполняться до запросов"),
    ("ROW() column has type %s", "колонка ROW() имеет тип %s"),
])
def test_a_keyword_in_capitals_the_translation_copies_is_code_not_the_term(
        make_segments: MakeSegments, enforcer: Enforcer, source: str, target: str) -> None:
    assert _found(make_segments([(source, target)]), enforcer) == []


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the term in small letters: the translation must render it
    ("could not drop index %s", "не удалось удалить %s", [("index", "error")]),
    # in capitals but not copied (a heading): still the term
    ("DROPPING AN INDEX", "КАК УДАЛИТЬ", [("index", "error")]),
    # the termbase writes the term in capitals itself (an acronym): copying it is no rendering
    ("SQL is the query language", "SQL - это язык запросов", [("sql", "error")]),
])
def test_a_term_not_copied_in_capitals_is_still_checked(
        make_segments: MakeSegments, enforcer: Enforcer, source: str, target: str,
        expected: list[tuple[str, str]]) -> None:
    assert _found(make_segments([(source, target)]), enforcer) == expected


@pytest.mark.parametrize("source", [
    "cannot lock rows in view \"%s\"",
    "Cannot cast type %s to %s in column %d.",
    "you mustn't lock the rows",
])
def test_the_verb_after_a_negated_modal_is_no_noun_term(
        make_segments: MakeSegments, enforcer: Enforcer, source: str) -> None:
    target = "нельзя заблокировать строки и преобразовать тип"
    assert _found(make_segments([(source, target)]), enforcer) == []


def test_a_noun_after_cannot_is_still_the_term(make_segments: MakeSegments, enforcer: Enforcer) -> None:
    segments = make_segments([("the lock cannot be taken", "замок нельзя получить")])
    assert _found(segments, enforcer) == [("lock", "error")]


def test_a_term_word_inside_a_longer_term_the_source_names_renders_only_that_term(
        make_segments: MakeSegments, enforcer: Enforcer) -> None:
    segments = make_segments([
        ('function "%s" is not a window function', '"%s" - это не оконная функция'),
        ('function "%s" is not a window function', 'функция "%s" - это не оконная функция'),
    ])
    assert [(f.segment, f.concept) for f in run_checks(
        segments, source_lang="en", target_lang="ru", enforcer=enforcer, checks=["term-missing"])] == [
        (1, "function")]


def test_a_term_word_inside_a_surplus_longer_term_may_render_it(
        make_segments: MakeSegments, enforcer: Enforcer) -> None:
    """One "window function" in the source, two in the target: one of them renders the function."""
    segments = make_segments([('function "%s" is not a window function',
                               'оконная функция "%s" - это не оконная функция')])
    assert _found(segments, enforcer) == []


def test_a_term_word_inside_a_longer_term_the_source_does_not_name_renders_it(
        make_segments: MakeSegments, enforcer: Enforcer) -> None:
    segments = make_segments([("The party met.", "Коммунистическая партия собралась.")])
    assert _found(segments, enforcer) == []


def test_a_deprecated_variant_over_another_concepts_word_is_info(
        make_segments: MakeSegments, enforcer: Enforcer) -> None:
    """"table" of "foreign table" stands in the source as the table concept's word, which the
    target renders («таблице»): the deprecated «внешней таблице» is no foreign table."""
    segments = make_segments([('there is no primary key for referenced table "%s"',
                               'в целевой внешней таблице "%s" нет первичного ключа')])
    assert _found(segments, enforcer, "term-forbidden") == [("foreign-table", "info")]


def test_a_deprecated_variant_with_a_free_word_of_the_term_still_warns(
        make_segments: MakeSegments, enforcer: Enforcer) -> None:
    """"foreign" is no other concept's word: the foreign table may be meant."""
    segments = make_segments([('the foreign server has no such relation', 'у внешней таблицы нет такого отношения')])
    assert _found(segments, enforcer, "term-forbidden") == [("foreign-table", "warning")]

