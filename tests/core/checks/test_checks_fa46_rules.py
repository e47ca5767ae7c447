"""`punctuation-end` reads the stop the reader sees (session 46, fa46): a full stop inside any
element's closing tag («…<button>перезагрузить страницу.</button>») ends the sentence as one after
the tag does, but a mark inside a code element is the code's. Made-up pairs, not a set's own."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def found(make_segments, source: str, target: str) -> list[Finding]:
    return run_checks(make_segments([(source, target)]), source_lang="en", target_lang="ru",
                      checks=["punctuation-end"])


@pytest.mark.parametrize("target", [
    "Произошла ошибка. Попробуйте <button>обновить окно.</button>",
    "Произошла ошибка. Попробуйте <link>обновить окно.</link>",
    "Произошла ошибка. Попробуйте <button>обновить окно</button>.",
])
def test_a_stop_inside_an_element_ends_the_sentence(make_segments, target: str) -> None:
    assert found(make_segments, "An error occurred. Try <button>refreshing the window</button>.", target) == []


@pytest.mark.parametrize("target", [
    "Произошла ошибка. Попробуйте <button>обновить окно</button>",
    # a stop inside code is the code's: the sentence still lacks its own
    "Произошла ошибка. Выполните <code>make.</code>",
])
def test_a_stop_lost_after_an_element_is_still_found(make_segments, target: str) -> None:
    source = "An error occurred. Try <button>refreshing the window</button>."
    assert found(make_segments, source, target)


def test_a_closing_tag_the_translation_spaces_is_still_a_tag(make_segments) -> None:
    """«< /b >»: the spaces are `whitespace`'s error; the stop before the tag still ends the sentence."""
    assert found(make_segments, "So, <b>both need references.</b>", "Итак, < b >обоим нужны ссылки.< /b >") == []
