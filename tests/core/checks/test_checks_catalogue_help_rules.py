"""Session 17's rules from reading the app-catalogues and help-docs sets (dev data): each a
general cause of a false alarm or a miss, tested on pairs shaped like those of program
catalogues and help texts, with the slip the rule must still report beside the case it excuses."""

from __future__ import annotations

from workbench.core.checks import run_checks


def found(make_segments, check: str, source: str, target: str) -> list[str]:
    return [f.message for f in run_checks(make_segments([(source, target)]), source_lang="en",
                                           target_lang="ru", checks=[check])]


def test_a_command_helps_double_space_after_its_colon_is_the_sources(make_segments) -> None:
    assert not found(make_segments, "whitespace", "kick &lt;user&gt; [message]:  Kick a user from the room",
                     "kick &lt;пользователь&gt; [сообщение]:  Выгнать пользователя из комнаты")
    assert not found(make_segments, "whitespace", "Channels:<br>    #help: ask here",
                     "Каналы:<br>    #help: задавайте вопросы")
    assert found(make_segments, "whitespace", "kick &lt;user&gt;: Kick a user from the room",
                 "kick &lt;пользователь&gt;:  Выгнать пользователя из комнаты")
    assert found(make_segments, "whitespace", "topic [new topic]:  View or change the topic",
                 "topic [новая тема]:  Просмотреть  или изменить тему")


def test_an_escaped_brackets_semicolon_is_no_glued_comma(make_segments) -> None:
    assert not found(make_segments, "spacing", "part &lt;room&gt; [&lt;message&gt;]: Leave the room",
                     "part &lt;комната&gt; [&lt;сообщение&gt;]: Покинуть комнату")
    assert found(make_segments, "spacing", "Leave the room, then rejoin.", "Покиньте комнату,затем войдите снова.")


def test_a_metavariable_opened_with_a_space_is_reported(make_segments) -> None:
    assert found(make_segments, "spacing", "invite &lt;user&gt; [&lt;message&gt;]: Invite a user",
                 "invite &lt;пользователь&gt; [&lt; сообщение&gt;]: Пригласить пользователя")
    assert found(make_segments, "spacing", "Usage: mount <device> <dir>", "Использование: mount < устройство> <каталог>")
    assert not found(make_segments, "spacing", "invite &lt;user&gt;: Invite a user",
                     "invite &lt;пользователь&gt;: Пригласить пользователя")
    assert not found(make_segments, "spacing", "Usage: cmp < file1 > file2", "Использование: cmp < файл1 > файл2")


def test_an_english_roman_numeral_after_an_adjective_or_a_possessive_is_an_acronym(make_segments) -> None:
    assert not found(make_segments, "number-mismatch", "Use a random IV for each packet",
                     "Использовать случайный вектор инициализации для каждого пакета")
    assert not found(make_segments, "number-mismatch", "Enable Kile's VI keys", "Включить клавиши vi в Kile")
    assert found(make_segments, "number-mismatch", "See chapter IV for details.", "Подробности см. в главе.")
    assert found(make_segments, "number-mismatch", "Installed on Windows XP and Henry VIII's ship.",
                 "Установлено на Windows XP и на корабле Генриха.")


def test_a_russian_percentage_adjective_reads_its_number(make_segments) -> None:
    assert not found(make_segments, "number-mismatch", "It does not give 100% protection.",
                     "Он не даёт стопроцентной защиты.")
    assert not found(make_segments, "number-mismatch", "A 5% discount.", "Пятипроцентная скидка.")
    assert found(make_segments, "number-mismatch", "It does not give 90% protection.",
                 "Он не даёт стопроцентной защиты.")


def test_a_link_to_the_same_page_in_the_readers_language_is_no_other_address(make_segments) -> None:
    assert not found(make_segments, "url-email", "Read more at https://docs.example.org/guide/install.html",
                     "Подробнее: https://docs.example.org/ru/guide/install.html")
    assert not found(make_segments, "url-email", "See https://wiki.example.org/Setup", "См. https://wiki.example.org/ru-RU/Setup")
    assert found(make_segments, "url-email", "Read more at https://docs.example.org/guide/install.html",
                 "Подробнее: https://docs.example.org/de/guide/install.html")


def test_an_ellipsis_inside_a_quoted_command_name_is_the_names(make_segments) -> None:
    assert not found(make_segments, "punctuation-end", "Using the Find in Files Tool",
                     "Работа с инструментом «Найти в файлах...»")
    assert found(make_segments, "punctuation-end", "Using the Find in Files Tool",
                 "Работа с инструментом «Найти в файлах»...")


def test_a_line_that_loses_the_sources_indent_is_reported(make_segments) -> None:
    assert found(make_segments, "whitespace", "  'Auto' means the device picks the rate.",
                 "«Авто» означает, что частоту выбирает устройство.")
    assert not found(make_segments, "whitespace", "  'Auto' means the device picks the rate.",
                     "  «Авто» означает, что частоту выбирает устройство.")


def test_more_empty_lines_in_a_row_than_the_source_has_are_reported(make_segments) -> None:
    source = "The file could not be saved:\n\n\t%s\n\nCheck the disk space."
    assert found(make_segments, "whitespace", source,
                 "Не удалось сохранить файл:\n\n\t%s\n\n\nПроверьте место на диске.")
    assert not found(make_segments, "whitespace", source,
                     "Не удалось сохранить файл:\n\n\t%s\n\nПроверьте место на диске.")
    story = "Survive the waves.\n\nThe weather changes.\n\n\n<b>Made by:</b>\n\njb"
    assert not found(make_segments, "whitespace", story,
                     "Выживите.\n\n\nПогода меняется.\n\n\n\n<b>Создали:</b>\n\njb")


def test_a_letter_named_in_straight_quotes_is_the_character_to_type(make_segments) -> None:
    assert not found(make_segments, "quote-style", "Type a y to confirm or an n to cancel.",
                     "Введите 'y' для подтверждения или 'n' для отмены.")
    assert found(make_segments, "quote-style", "Type yes to confirm.", "Введите 'да' для подтверждения.")
    assert found(make_segments, "quote-style", "Choose the “C” locale instead.", 'Выберите вместо этого "C" локаль.')


def test_a_colon_glued_to_what_the_source_spaces_after_it_is_reported(make_segments) -> None:
    assert found(make_segments, "spacing", "Can be given several times. For example: --tag news",
                 "Можно указать несколько раз. Например:--tag news")
    assert not found(make_segments, "spacing", "Can be given several times. For example: --tag news",
                     "Можно указать несколько раз. Например: --tag news")
    assert not found(make_segments, "spacing", "Set the value key:value", "Задайте значение ключ:значение")


def test_an_and_between_two_names_in_capitals_or_signs_is_left_english(make_segments) -> None:
    assert found(make_segments, "untranslated-fragment", "Code metrics for C and C++ sources",
                 "Метрики кода для исходников C and C++")
    assert found(make_segments, "untranslated-fragment", "It works over TCP or UDP.", "Работает поверх TCP or UDP.")
    assert not found(make_segments, "untranslated-fragment", "Open the Search and Replace dialog.",
                     "Откройте диалог Search and Replace.")
    assert not found(make_segments, "untranslated-fragment", "Code metrics for C and C++ sources",
                     "Метрики кода для исходников C и C++")


def test_a_placeholder_in_straight_quotes_is_the_programs_value(make_segments) -> None:
    assert not found(make_segments, "quote-style", "Select the tracks for %s to export, then try again.",
                     "Чтобы экспортировать '%s', выделите дорожки и повторите попытку.")
    assert found(make_segments, "quote-style", "Select the tracks for %s to export, then try again.",
                 "Чтобы экспортировать '%s', выделите дорожки и нажмите 'Повторить'.")
