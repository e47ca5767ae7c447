"""Concepts, terms and statuses: validation and the questions editors ask of them."""

from __future__ import annotations

import pytest

from termbase.errors import TermbaseError
from termbase.languages import same_language
from termbase.model import Concept, Term, TermStatus


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        ("", TermStatus.PREFERRED),
        ("preferred", TermStatus.PREFERRED),
        ("Admitted", TermStatus.ADMITTED),
        ("deprecatedTerm-admn-sts", TermStatus.DEPRECATED),
        ("supersededTermAdmnSts", TermStatus.SUPERSEDED),
        ("dep", TermStatus.DEPRECATED),
    ],
)
def test_status_parse(raw: str, status: TermStatus) -> None:
    assert TermStatus.parse(raw) is status


def test_unknown_status_is_a_clear_error() -> None:
    with pytest.raises(TermbaseError, match="prefered"):
        TermStatus.parse("prefered_x")


def test_status_groups() -> None:
    assert [s for s in TermStatus if s.approved] == [TermStatus.PREFERRED, TermStatus.ADMITTED]
    assert TermStatus.SUPERSEDED.forbidden
    assert TermStatus.DEPRECATED.tbx_value == "deprecatedTerm-admn-sts"


def test_term_text_is_tidied_and_required() -> None:
    assert Term("  trade\n union ", "en").text == "trade union"
    with pytest.raises(TermbaseError):
        Term("   ", "en")
    with pytest.raises(TermbaseError):
        Term("x", "")


def test_concept_rejects_duplicate_terms_and_bad_ids() -> None:
    with pytest.raises(TermbaseError, match="twice"):
        Concept("c1", terms=(Term("Клуб", "ru"), Term("клуб", "ru-RU")))
    with pytest.raises(TermbaseError):
        Concept("two words")


def test_concept_questions() -> None:
    concept = Concept(
        "c1",
        terms=(
            Term("trade union", "en"),
            Term("торговый союз", "ru", TermStatus.DEPRECATED),
            Term("профессиональный союз", "ru", TermStatus.ADMITTED),
            Term("профсоюз", "ru-RU"),
        ),
    )
    assert [t.text for t in concept.approved("ru")] == ["профсоюз", "профессиональный союз"]
    assert [t.text for t in concept.forbidden("ru")] == ["торговый союз"]
    assert concept.preferred("ru").text == "профсоюз"  # type: ignore[union-attr]
    assert concept.preferred("de") is None
    assert concept.languages == ("en", "ru", "ru-RU")


def test_terms_are_grouped_by_language() -> None:
    concept = Concept("c1", terms=(Term("a", "en"), Term("б", "ru"), Term("c", "en")))
    assert [t.text for t in concept.terms] == ["a", "c", "б"]


def test_same_language() -> None:
    assert same_language("ru", "ru-RU")
    assert same_language("EN_gb", "en")
    assert not same_language("en", "ru")
