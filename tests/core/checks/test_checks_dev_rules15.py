"""Rules read off the dev sets' findings in session 15 (dev-gnome-more, dev-kde-mate,
dev-kde-apps, dev-manuals), each tested on pairs written like the real ones, both ways: the slip
still reported, the translator's choice not.

A word cited with its gloss in brackets; a value glued to a search syntax's colon; a label a
neighbour or the segment itself renders as a label (not merely drops or translates as a concept);
a label of two or three words kept where the same segment renders it; a question recast as a
label or as a choice to weigh; a noun doubled across a label's edge; a comma glued after a
closing quotation mark.
"""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


def test_a_word_cited_with_its_gloss_in_brackets_is_kept_on_purpose(make_segments) -> None:
    source = "Terms are joined by and; write the word not before a term to leave it out."
    glossed = "Условия объединяются союзом and («и»); чтобы исключить условие, напишите перед ним not (не)."
    assert check(make_segments, [(source, glossed)], "untranslated-fragment") == []
    [finding] = check(make_segments, [(source, "Условия объединяются через and; чтобы исключить условие, "
                                               "напишите перед ним слово «не».")], "untranslated-fragment")
    assert "“and”" in finding.message


def test_a_value_glued_to_a_search_syntax_colon_is_no_label(make_segments) -> None:
    source = "For example, f:Anna t:Harry finds every message Anna sent to Harry."
    target = "Например, f:Anna t:Harry найдёт все сообщения, отправленные Anna пользователю Harry."
    assert check(make_segments, [(source, target)], "untranslated-fragment") == []
    [finding] = check(make_segments, [("Select Preferences, then click Preferences again.",
                                       "Выберите Параметры, затем снова нажмите Preferences.")],
                      "untranslated-fragment")
    assert "Preferences" in finding.message


def test_a_neighbour_that_drops_a_name_renders_no_label(make_segments) -> None:
    kept = ("Control Boxes with the keyboard.", "Управляйте Boxes с клавиатуры.")
    dropped = ("Many shortcuts can be used to control Boxes.",
               "Для работы с виртуальными машинами можно использовать многие комбинации клавиш.")
    assert check(make_segments, [kept, dropped], "untranslated-fragment") == []
    rendered = ("Many shortcuts can be used to control Boxes.",
                "Многие комбинации клавиш позволяют управлять приложением Коробки.")
    [finding] = check(make_segments, [kept, rendered], "untranslated-fragment")
    assert "Boxes" in finding.message and finding.segment == 1


def test_a_label_kept_beside_a_concept_translated_is_a_name(make_segments) -> None:
    source = "Drag it to Trash; it is kept in the Trash folder until you empty Trash."
    target = "Перетащите его в корзину; он хранится в папке Trash, пока вы не очистите корзину."
    assert check(make_segments, [(source, target)], "untranslated-fragment") == []
    [finding] = check(make_segments, [(source, "Перетащите его в Корзину; он хранится в папке Trash, пока вы "
                                               "не очистите Корзину.")], "untranslated-fragment")
    assert "Trash" in finding.message


def test_a_label_of_two_words_kept_where_the_segment_renders_it_is_reported(make_segments) -> None:
    source = "The Word Wrap plugin wraps long lines. Select Word Wrap from the View menu to turn it on."
    [finding] = check(make_segments, [(source, "Модуль Word Wrap переносит длинные строки. Чтобы включить его, "
                                               "выберите Перенос строк в меню Вид.")], "untranslated-fragment")
    assert "“Word Wrap”" in finding.message
    assert check(make_segments, [(source, "Модуль Word Wrap переносит длинные строки. Чтобы включить его, "
                                          "выберите Word Wrap в меню Вид.")], "untranslated-fragment") == []


def test_a_question_recast_as_a_label_ends_as_a_label(make_segments) -> None:
    assert check(make_segments, [("Are hidden files listed in the sidebar?",
                                  "Отображение скрытых файлов на боковой панели.")], "punctuation-end") == []
    for target in ("Вы уверены.", "Вы хотите сохранить изменения.", "Сохранить изменения"):
        [finding] = check(make_segments, [("Do you want to save the changes?", target)], "punctuation-end")
        assert "question mark" in finding.message


def test_a_question_folded_in_as_a_choice_to_weigh_loses_its_question_mark(make_segments) -> None:
    """A question made a statement, folded in or not, is found (house rule D4 of docs/qa.md, session 37)."""
    source = "You have to watch both flanks. Should you wait for help or go on alone?"
    assert [f.check for f in check(make_segments, [(source, "Следите за обоими флангами и решайте, ждать помощи "
                                                            "или идти дальше одному.")], "punctuation-end")] == [
        "punctuation-end"]
    [finding] = check(make_segments, [(source, "Следите за обоими флангами. Ждать помощи или идти дальше "
                                               "одному.")], "punctuation-end")
    assert "question mark" in finding.message


def test_a_noun_ending_one_label_and_naming_the_next_is_no_doubled_word(make_segments) -> None:
    source = "Pick a style on the Window Title tab of the Appearance window."
    assert check(make_segments, [(source, "Выберите стиль на вкладке Заголовок окна окна Внешний вид.")],
                 "repeated-word") == []
    for target in ("Выберите стиль на вкладке Заголовок окна окна внешнего вида.",
                   "Выберите стиль и нажмите Сохранить в в Файл."):
        [finding] = check(make_segments, [(source, target)], "repeated-word")
        assert "twice" in finding.message


def test_a_comma_glued_after_a_closing_quotation_mark_is_reported(make_segments) -> None:
    source = "It is described in the section called “Search patterns”, where packages are found by name."
    [finding] = check(make_segments, [(source, "Он описан в разделе «Шаблоны поиска»,где пакеты ищутся по "
                                                "имени.")], "spacing")
    assert "»,где" in finding.message
    assert check(make_segments, [(source, "Он описан в разделе «Шаблоны поиска», где пакеты ищутся по имени.")],
                 "spacing") == []


def test_a_name_written_with_another_number_is_reported(make_segments) -> None:
    source = "The package is released under LGPL-2 and built with Qt-5 for the COVID-19 tracker."
    [finding] = check(make_segments, [(source, "Пакет выпущен под лицензией LGPL-3 и собран с Qt-5 для "
                                               "трекера COVID-19.")], "number-mismatch")
    assert "“LGPL-2”" in finding.message and "“LGPL-3”" in finding.message
    assert check(make_segments, [(source, "Пакет выпущен под лицензией LGPL-2 и собран с Qt-5 для трекера "
                                          "коронавируса.")], "number-mismatch") == []


def test_an_item_of_several_sentences_after_a_lead_in_opens_with_a_capital(make_segments) -> None:
    lead_in = ("The player can pick one of several modes:", "Игрок может выбрать один из режимов:")
    paragraph = ("Other modes exist too, namely 3 to 5. They are off by default.",
                 "есть и другие режимы, а именно с 3 по 5. По умолчанию они отключены.")
    [finding] = check(make_segments, [lead_in, paragraph], "capitalisation")
    assert finding.segment == 2
    item = ("Other modes exist too, namely 3 to 5.", "есть и другие режимы, а именно с 3 по 5.")
    assert check(make_segments, [lead_in, item], "capitalisation") == []


def test_a_command_whose_placeholder_is_translated_is_cited(make_segments) -> None:
    source = "To learn why a package is installed, run aptitude why package."
    assert check(make_segments, [(source, "Чтобы узнать, почему пакет установлен, выполните aptitude why "
                                          "пакет.")], "untranslated-fragment") == []
    for pair, left in ((("It stops in case you have no network.", "Он остановится in case у вас нет сети."), "“case”"),
                       (("I feel it now.", "Я feel it сейчас."), "“feel”")):
        [finding] = check(make_segments, [pair], "untranslated-fragment")
        assert left in finding.message
