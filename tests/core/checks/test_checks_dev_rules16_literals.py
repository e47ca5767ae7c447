"""Rules read off the session-15 held-out sets' findings in session 16 (dev-man-handbooks,
dev-catalogues, dev-html-manuals) for the checks outside typography, each tested on pairs written
like the real ones, both ways: the slip still reported, the translator's choice not.

`number-mismatch`: a printf conversion's position is no number; the labels of headings and
captions a document renumbers throughout are the document's; an abbreviated month alone is no
month; "plus or minus" is no minus; an option copied in brackets restates its value; a percentage
is also a fraction.
`untranslated-fragment`: a quotation mark closes a quoted value, it is no part of the word; an
option's argument is code; words after «англ.» are the English original given on purpose; a
command glued to a manual page's section is code; a markup tag's ">" joins no menu path.
`url-email`: a translation's credit adds its translator's address.
"""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


def test_a_printf_position_is_no_number(make_segments) -> None:
    source = "%s sold %s to the %s for %d gold."
    target = "%3$s купил у игрока %1$s товар %2$s за %4$d золотых."
    assert check(make_segments, [(source, target)], "number-mismatch") == []
    [finding] = check(make_segments, [("%s sold %s to the %s for 30 gold.",
                                       "%3$s купил у игрока %1$s товар %2$s за 40 золотых.")], "number-mismatch")
    assert "30" in finding.message and "40" in finding.message and "“3”" not in finding.message


def test_labels_renumbered_throughout_are_the_documents(make_segments) -> None:
    other_edition = [("Chapter 12. Scripting", "Глава 11. Сценарии"),
                     ("Scripts run in a sandbox of 64 MB.", "Сценарии выполняются в песочнице на 64 МБ."),
                     ("12.1. Writing a script", "11.1. Создание сценария"),
                     ("Table 12.3. Script events", "Таблица 11.3. События сценариев")]
    assert check(make_segments, other_edition, "number-mismatch") == []
    one_slip = [("Chapter 12. Scripting", "Глава 12. Сценарии"),
                ("12.1. Writing a script", "12.1. Создание сценария"),
                ("12.2. Running a script", "21.2. Запуск сценария"),
                ("Table 12.3. Script events", "Таблица 12.3. События сценариев")]
    [finding] = check(make_segments, one_slip, "number-mismatch")
    assert finding.segment == 3
    found = check(make_segments, [("3.1. Copy 5 files.", "4.1. Скопируйте 6 файлов."),
                                  ("3.2. Version 2.5 adds three modes.", "4.2. Версия 2.6 добавляет три режима.")],
                  "number-mismatch")
    assert [f.message.count("≠") for f in found] == [1, 1]  # only the sentences' numbers


def test_an_abbreviated_month_alone_is_no_month(make_segments) -> None:
    source = "syllables=gor|tan|bel"
    target = "syllables=гор|мар|бел"
    assert check(make_segments, [(source, target)], "number-mismatch") == []
    [finding] = check(make_segments, [("Released on 5 Jan 2021.", "Выпущено 5 мар 2021.")], "number-mismatch")
    assert "мар" in finding.message


def test_plus_or_minus_is_a_tolerance_not_a_minus(make_segments) -> None:
    source = "Aim for 1800 kbit/s plus or minus 150 kbit/s."
    target = "Ориентируйтесь на 1800 кбит/с +/- 150 кбит/с."
    assert check(make_segments, [(source, target)], "number-mismatch") == []
    [finding] = check(make_segments, [("It was minus 15 degrees outside.", "На улице было 15 градусов.")],
                      "number-mismatch")
    assert "-15" in finding.message or "−15" in finding.message


def test_a_quoted_value_keeps_no_closing_quote(make_segments) -> None:
    source = "The value can be ‘yes’ to keep the logs, ‘no’ to drop them, or ‘full’ to keep everything."
    target = "Значение может быть ‘yes’, чтобы сохранять журналы; ‘no’, чтобы их удалять, или ‘full’, чтобы сохранять всё."
    assert check(make_segments, [(source, target)], "untranslated-fragment") == []
    [finding] = check(make_segments, [(source, target.replace("сохранять всё", "the сохранять всё"))],
                      "untranslated-fragment")
    assert finding.message == "English words left in the translation: “the”."


def test_an_options_argument_is_code(make_segments) -> None:
    source = "To see the codecs, run ffprobe --show codecs."
    target = "Чтобы увидеть кодеки, запустите ffprobe --show codecs."
    assert check(make_segments, [(source, target)], "untranslated-fragment") == []
    assert check(make_segments, [("Pass -o output to name the file.", "Передайте -o output, чтобы задать имя.")],
                 "untranslated-fragment") == []
    [finding] = check(make_segments, [("Run it with --force only when you must.",
                                       "Запускайте с --force only when необходимо.")], "untranslated-fragment")
    assert "“only”" in finding.message


def test_words_after_an_english_note_are_given_on_purpose(make_segments) -> None:
    source = "The tool now understands swipes."
    target = "Программа теперь понимает «смахивания» (англ.: touch gestures)."
    assert check(make_segments, [(source, target)], "untranslated-fragment") == []
    [finding] = check(make_segments, [(source, "Программа теперь понимает «смахивания», touch gestures.")],
                      "untranslated-fragment")
    assert "gestures" in finding.message


def test_a_command_glued_to_a_manual_section_is_code(make_segments) -> None:
    source = "Enter the options (see the tar(1) page):"
    target = "Введите параметры (см. man tar(1)):"
    assert check(make_segments, [(source, target)], "untranslated-fragment") == []
    [finding] = check(make_segments, [(source, "Введите параметры (см. the страницу tar(1)):")],
                      "untranslated-fragment")
    assert "“the”" in finding.message


def test_a_conjunction_between_markup_tags_is_no_menu_path(make_segments) -> None:
    source = "Orcs may get <link>strong</link> and <link>quick</link>."
    target = "Орки могут получить <link>сильный</link> and <link>быстрый</link>."
    [finding] = check(make_segments, [(source, target)], "untranslated-fragment")
    assert "“and”" in finding.message
    assert check(make_segments, [("Choose File > Export As.", "Выберите File > Export As.")],
                 "untranslated-fragment") == []


def test_a_translators_credit_adds_an_address(make_segments) -> None:
    source = "This page was written by Jane Roe <jane@example.org>."
    target = ("Эта страница написана Jane Roe <jane@example.org>. Перевод на русский язык выполнил "
              "Иван Петров <ivan@example.ru>.")
    assert check(make_segments, [(source, target)], "url-email") == []
    [finding] = check(make_segments, [(source, "Эта страница написана Jane Roe <jane@example.org>. "
                                               "Вопросы присылайте на <ivan@example.ru>.")], "url-email")
    assert "ivan@example.ru" in finding.message


def test_an_option_copied_in_brackets_restates_its_value(make_segments) -> None:
    source = "If -j 4 is given, make builds in parallel."
    target = "При указании значения 4 (-j 4) make собирает параллельно."
    assert check(make_segments, [(source, target)], "number-mismatch") == []
    [finding] = check(make_segments, [(source, "При указании значения 3 (-j 4) make собирает параллельно.")],
                      "number-mismatch")
    assert "“3”" in finding.message


def test_a_percentage_is_the_fraction_it_is(make_segments) -> None:
    source = "The archer is 25% less likely to miss, but has half the armour."
    target = "Лучник на четверть реже промахивается, но брони у него вдвое меньше."
    assert check(make_segments, [(source, target)], "number-mismatch") == []
    [finding] = check(make_segments, [(source, "Лучник на треть реже промахивается, но брони у него вдвое меньше.")],
                      "number-mismatch")
    assert "25" in finding.message
