"""Rules read off the dev-kicad-inkscape set's findings (session 14), each tested on pairs
written like the real ones, both ways: the slip still reported, the translator's choice not.

Spaces inside brackets and commas glued after them, digits copied with a decimal comma, an
English article said as «1», placeholders left in English, indirect questions, numbered
headings, lists and captions written without stops, and list items that finish a lead-in.
"""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks
from workbench.core.number_reader import NumberReader, compare

EN = NumberReader("en")
RU = NumberReader("ru", partner="en")


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


def test_a_space_after_an_opening_bracket_is_reported(make_segments) -> None:
    [finding] = check(make_segments, [("Hold Ctrl to snap (every 15 degrees).",
                                       "Удерживайте Ctrl для привязки ( каждые 15 градусов).")], "whitespace")
    assert "a space after “(”" in finding.message


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Write it as f( x ) in the formula.", "Запишите в формуле f( x )."),  # the source's own spacing
        ("Use the [ and ] keys (or the wheel).", "Клавиши [ и ] (или колесо)."),  # a key named
    ],
)
def test_a_space_after_a_bracket_copied_from_the_source_is_not(make_segments, source: str, target: str) -> None:
    assert check(make_segments, [(source, target)], "whitespace") == []


def test_a_comma_glued_after_a_closing_bracket_is_reported(make_segments) -> None:
    [finding] = check(make_segments, [("Copy it (Ctrl+C), then paste it.",
                                       "Скопируйте его (Ctrl+C),затем вставьте.")], "spacing")
    assert "“),затем”" in finding.message


def test_a_decimal_comma_copied_from_the_source_is_the_same_number() -> None:
    source = "A circle. Radius = 12,5 Offset = 0,0"
    assert compare(source, "Окружность. Радиус = 12,5. Смещение = 0,0.", EN, RU).agrees
    assert not compare(source, "Окружность. Радиус = 12,6. Смещение = 0,0.", EN, RU).agrees


def test_an_article_said_as_one_in_the_translation_is_no_number_added() -> None:
    source = "Shift moves by 1 grid step (that is, a millimetre at this zoom)."
    assert compare(source, "Shift сдвигает на 1 шаг сетки (т. е. на 1 мм при этом масштабе).", EN, RU).agrees
    assert not compare(source, "Shift сдвигает на 1 шаг сетки (т. е. на 2 мм при этом масштабе).", EN, RU).agrees


def test_english_prose_inside_a_placeholder_is_untranslated(make_segments) -> None:
    [finding] = check(make_segments, [("Run it as viewer <name of the file>.",
                                       "Запуск: viewer <name of the file>.")], "untranslated-fragment")
    assert "“of”" in finding.message


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Run it as viewer <file>.", "Запуск: viewer <file>."),  # a one-word name stays cited
        ("Choose File > Save as to keep it.", "Выберите File > Save as, чтобы сохранить."),  # a menu path
    ],
)
def test_placeholders_and_menu_paths_of_names_are_cited(make_segments, source: str, target: str) -> None:
    assert check(make_segments, [(source, target)], "untranslated-fragment") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # a numbered heading drops the colon before its figure
        ("2.4. Options of the export dialog:", "2.4. Параметры диалога экспорта"),
    ],
)
def test_end_marks_changed_by_russian_rules_are_not_reported(make_segments, source: str, target: str) -> None:
    assert check(make_segments, [(source, target)], "punctuation-end") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Why do we need layers at all?", "Зачем вообще нужны слои."),  # a direct question lost
        ("Options of the export dialog:", "Параметры диалога экспорта"),  # no section number
    ],
)
def test_the_same_ends_without_those_rules_are_reported(make_segments, source: str, target: str) -> None:
    assert len(check(make_segments, [(source, target)], "punctuation-end")) == 1


def test_items_of_a_series_written_without_stops_are_not_reported(make_segments) -> None:
    pairs = [
        ("The viewer has two advantages:", "У просмотрщика два преимущества:"),
        ("fast loading of large files.", "быстрая загрузка больших файлов"),
        ("low memory use (even for big boards)", "малый расход памяти (даже для больших плат)"),
        ("Scaled: Scale = 2 and 3.", "Масштабировано: Масштаб = 2 и 3"),
        ("Mirrored: Scale = -1", "Отражено: Масштаб = -1"),
    ]
    assert check(make_segments, pairs, "punctuation-end") == []


def test_a_paragraph_that_loses_its_stop_beside_a_list_is_still_reported(make_segments) -> None:
    pairs = [
        ("Open the file. Then save it under a new name.", "Откройте файл. Затем сохраните его под новым именем"),
        ("low memory use", "малый расход памяти"),
    ]
    [finding] = check(make_segments, pairs, "punctuation-end")
    assert finding.segment == 1


def test_list_items_that_finish_a_lead_in_keep_their_small_letters(make_segments) -> None:
    pairs = [
        ("A layer can be hidden:", "Слой можно скрыть:"),
        ("From the Layers panel.", "из панели слоёв."),
        ("By clicking its eye icon (the layer turns grey).", "щелчком по значку глаза (слой станет серым)."),
    ]
    assert check(make_segments, pairs, "capitalisation") == []


def test_an_item_with_a_verb_of_its_own_after_such_a_list_is_still_reported(make_segments) -> None:
    pairs = [
        ("Values are clipped:", "Значения обрезаются:"),
        ("To 0-255 for 8 bits.", "до 0-255 для 8 бит."),
        ("Hidden layers are never exported.", "скрытые слои никогда не экспортируются."),
    ]
    [finding] = check(make_segments, pairs, "capitalisation")
    assert finding.segment == 3
