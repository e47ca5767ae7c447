"""The stated word-count rule (`workbench.core.stats.wordcount`), case by case."""

from __future__ import annotations

import pytest

from workbench.core.stats.wordcount import count_characters, count_words, words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The workers' club opened.", ["The", "workers", "club", "opened"]),
        ("по-русски и well-known", ["по-русски", "и", "well-known"]),
        ("don't O\u2019Neill", ["don't", "O\u2019Neill"]),
        ("клубы — это школы", ["клубы", "это", "школы"]),  # a dash separates and is no word
        ("1920–1930", ["1920", "1930"]),  # en dash separates
        ("and/or", ["and", "or"]),
        ("1,917.5 и 1917,5 в 3:15", ["1,917.5", "и", "1917,5", "в", "3:15"]),
        ("1 917", ["1", "917"]),
        ("— … «» !", []),
        ("⟦1⟧bold⟦/1⟧text", ["bold", "text"]),  # a tag separates and is not counted
        ("е\u0308лка", ["е\u0308лка"]),  # a combining mark stays in its word
        ("snake_case", ["snake", "case"]),
        ("", []),
    ],
)
def test_words_by_the_rule(text: str, expected: list[str]) -> None:
    assert words(text) == expected
    assert count_words(text) == len(expected)


def test_characters_leave_out_spaces_and_tags() -> None:
    assert count_characters("ab c") == 3
    assert count_characters("ab c", with_spaces=True) == 4
    assert count_characters("a ⟦1⟧b⟦/1⟧") == 2
    assert count_characters("a ⟦1⟧b⟦/1⟧", with_spaces=True) == 3
