"""A loanword noun the Russian dictionary does not decline is found in every case (the sixth term
set's first run: «Биткойна», «биткойнов» went unseen, so a forbidden spelling raised `term-missing`
instead of `term-forbidden`)."""

import pytest

from termbase.enforce import Enforcer
from termbase.match import Matcher
from termbase.model import Concept, Term, TermStatus


def found(matcher: Matcher, text: str) -> list[str]:
    return [m.text for m in matcher.find(text)]


SPELLINGS = Concept("coin", terms=(
    Term("coin", "en"),
    Term("биткоин", "ru", part_of_speech="noun"),
    Term("биткойн", "ru", TermStatus.DEPRECATED, part_of_speech="noun"),
))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Цена Биткойна выросла.", ["Биткойна"]),
        ("Статья о биткойне и о биткойнах.", ["биткойне", "биткойнах"]),
        ("Он заплатил биткойнами, а не долларами.", ["биткойнами"]),
        ("Сколько у вас биткоинов?", ["биткоинов"]),
    ],
)
def test_an_undeclined_loanword_is_found_in_its_cases(text: str, expected: list[str]) -> None:
    assert found(Matcher([SPELLINGS], "ru"), text) == expected


def test_the_forbidden_spelling_is_forbidden_in_every_case() -> None:
    checked = Enforcer([SPELLINGS], "en", "ru").check("The coin's price rose.", "Цена Биткойна выросла.")
    assert [m.text for m in checked.forbidden] == ["Биткойна"]
    assert Enforcer([SPELLINGS], "en", "ru").check("The coin's price rose.", "Цена биткоина выросла.").unmet == frozenset()


def test_loanwords_decline_and_a_real_word_is_never_taken_for_a_generated_form() -> None:
    """«марл» is no dictionary word, but «марле», its regular prepositional, is one (of «марля»):
    that form keeps its own meaning, the other forms are the term's."""
    matcher = Matcher([Concept("x", terms=(Term("x", "en"), Term("хостинг", "ru", part_of_speech="noun"),
                                           Term("марл", "ru", part_of_speech="noun")))], "ru")
    assert found(matcher, "Хостинги и хостингом, без хостингов.") == ["Хостинги", "хостингом", "хостингов"]
    assert found(matcher, "Без марла, с марлом.") == ["марла", "марлом"]
    assert found(matcher, "В марле дыра.") == []


def test_only_a_declared_noun_is_declined_so() -> None:
    undeclared = Concept("coin", terms=(Term("coin", "en"), Term("биткойн", "ru")))
    assert found(Matcher([undeclared], "ru"), "Цена Биткойна выросла.") == []
