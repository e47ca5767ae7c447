"""The number reader's speed-ups of session 41 (qafix66) change no reading: a reader looks each word
up once (`NumberReader._lookup`) but still weighs it in its own text, and the search for a count
word that may be dropped minds neither case nor script. Sentences made up here."""

from __future__ import annotations

import pytest

from workbench.core.number_reader import NumberReader, _first_droppable, compare_texts


def _readings(reader: NumberReader, text: str) -> list[tuple[str, set[str]]]:
    return [(t.text, {str(v) for _, v in t.readings}) for t in reader.words(text)]


def test_a_word_looked_up_once_is_still_read_in_its_own_text() -> None:
    reader = NumberReader("ru", "en")
    # «сутки» is a day where nothing counts it, and no reading where a number does
    assert _readings(reader, "Работа заняла сутки.") == [("сутки", {"24"})]
    assert _readings(reader, "Работа заняла двое суток, а потом ещё сутки.") == [("двое", {"2"}), ("сутки", {"24"})]
    assert _readings(reader, "Прошло 3 суток.") == []
    # a correlative one is no count after a word for another, a count elsewhere
    assert _readings(reader, "одна за другой") == []
    assert _readings(reader, "одна книга") == [("одна", {"1"})]


def test_the_same_words_read_by_a_fresh_reader_and_a_used_one_agree() -> None:
    texts = ["Пять кошек и семь собак.", "Полтора часа и пять минут.", "пятеро вошли, сутки прошли",
             "Сорок пять лет спустя, в сороковые годы."]
    used = NumberReader("ru", "en")
    for text in texts:
        used.words(text)
    for text in texts:
        assert _readings(used, text) == _readings(NumberReader("ru", "en"), text)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("They hired five cooks.", 11),
        ("FIVE cooks were hired.", 0),
        ("Seventy-two hours later.", 0),
        ("Café owners hired five cooks.", 18),  # not ASCII: the pattern that ignores case
        ("Often, the tenant waited.", None),  # "ten" inside words
        ("They hired 5 cooks.", None),
        ("2five cooks", None),  # glued to a digit: no word boundary
    ],
)
def test_the_first_droppable_count_word_is_found_in_any_case(text: str, start: int | None) -> None:
    assert _first_droppable(text, "en") == start


def test_a_count_word_in_capitals_dropped_is_still_found() -> None:
    result = compare_texts("SEVEN reporters were detained.", "Журналистов задержали.", "en", "ru")
    assert [t.text for t in result.missing] == ["SEVEN"]
