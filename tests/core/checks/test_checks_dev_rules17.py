"""Rules read off the false alarms of session 16's program-catalogues set in session 17 (GNU
tools' ``--help`` tables, bash's builtins' help, desktop programs' messages), each tested on
pairs written like the real ones, both ways: the slip still reported, the translator's choice
(or the program's format) not.

A ``--help`` table padded to its own columns (runs of spaces after a row's first cell,
continuation lines indented), but a cell split by a doubled space or a space doubled inside a
description still reported; a word and the same word in the next column; a bracket quoted on
its own; a straight mark between signs of a format directive, one quoted on its own, an
option's argument quoted for the shell; a list separator the source never spaces; a character
reference's «;»; a message that opens with a space; a program's name opening its message; shell
syntax with its metavariables translated; a table's rows without their stops. And three misses of
the set: straight quotes escaped as ``&quot;``, code brackets spaced on one side only, a
synopsis argument left in English beside its rendering.
"""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


HELP = ("  -n, --lines=NUM       print the first NUM lines\n"
        "  -q, --quiet           never print headers giving file names\n")


def test_a_help_table_padded_to_its_own_columns_is_layout(make_segments) -> None:
    padded = ("  -n, --lines=ЧИСЛО        вывести первые ЧИСЛО строк\n"
              "  -q, --quiet              не печатать заголовки с\n"
              "                           именами файлов\n")
    assert check(make_segments, [(HELP, padded)], "whitespace") == []
    one_row = ("      --pid=PID         with -f, stop after process PID dies\n",
               "      --pid=ПИД       с -f, завершить работу после\n                        смерти процесса ПИД\n")
    assert check(make_segments, [one_row], "whitespace") == []


def test_a_space_doubled_inside_a_help_tables_cell_is_still_reported(make_segments) -> None:
    split = ("  -n,  --lines=ЧИСЛО    вывести первые ЧИСЛО строк\n"
             "  -q, --quiet           не печатать заголовки\n")
    [finding] = check(make_segments, [(HELP, split)], "whitespace")
    assert "double space" in finding.message and finding.target_spans == ((5, 7),)
    described = ("  -n, --lines=ЧИСЛО     вывести  первые ЧИСЛО строк\n"
                 "  -q, --quiet           не печатать заголовки\n")
    [finding] = check(make_segments, [(HELP, described)], "whitespace")
    doubled = described.index("  первые")
    assert "double space" in finding.message and finding.target_spans == ((doubled, doubled + 2),)
    prose = ("Print the first lines of each file.", "Вывести  первые строки каждого файла.")
    assert len(check(make_segments, [prose], "whitespace")) == 1


def test_a_word_and_the_same_word_in_the_next_column_are_no_doubled_word(make_segments) -> None:
    source = "      --key-file=FILE         key file\n"
    assert check(make_segments, [(source, "      --key-file=ФАЙЛ       файл ключа\n")], "repeated-word") == []
    [finding] = check(make_segments, [(source, "      --key-file=ФАЙЛ       файл файл ключа\n")], "repeated-word")
    assert "«файл файл»" in finding.message


def test_a_bracket_quoted_on_its_own_is_named_not_opened(make_segments) -> None:
    named = ("The last argument must be a literal `)', to match the opening `('.",
             "Последним аргументом должна быть скобка «)», парная открывающей «(».")
    assert check(make_segments, [named], "unpaired") == []
    [finding] = check(make_segments, [("Close the list (press Esc).", "Закройте список (нажмите Esc.")],
                      "unpaired")
    assert "(" in finding.message


def test_a_straight_mark_between_signs_of_a_copied_directive_is_code(make_segments) -> None:
    directive = ("invalid width %s, directive must be %%[-]['][0][N]d",
                 "неверная ширина %s, директива должна быть %%[-]['][0][N]d")
    assert check(make_segments, [directive], "quote-style") == []
    [finding] = check(make_segments, [("Open the Help page.", "Откройте страницу 'Справка'.")], "quote-style")
    assert "Straight" in finding.message


def test_a_straight_mark_quoted_on_its_own_is_named(make_segments) -> None:
    named = ("%s: the first character is not `\"'", "%s: первый символ не «\"»")
    assert check(make_segments, [named], "quote-style") == []
    [finding] = check(make_segments, [("%s: not a word", "%s: не «\"слово»")], "quote-style")
    assert "Straight" in finding.message


def test_an_options_argument_quoted_for_the_shell_as_the_source_quotes_it_is_code(make_segments) -> None:
    argument = ("  -V 'KEY VALUE'     set KEY to VALUE", "  -V 'КЛЮЧ ЗНАЧ'     задать КЛЮЧУ значение ЗНАЧ")
    assert check(make_segments, [argument], "quote-style") == []
    unquoted_source = ("  -V KEY VALUE     set KEY to VALUE", "  -V 'КЛЮЧ ЗНАЧ'     задать КЛЮЧУ значение ЗНАЧ")
    assert len(check(make_segments, [unquoted_source], "quote-style")) == 1


def test_a_list_separator_the_source_never_spaces_is_its_format(make_segments) -> None:
    keywords = ("image viewer;photos;pictures;slideshow;", "просмотр изображений;фотографии;снимки;слайды;")
    assert check(make_segments, [keywords], "spacing") == []
    spaced_source = ("Choose photos; pictures are shown.", "Выберите фотографии;снимки будут показаны.")
    [finding] = check(make_segments, [spaced_source], "spacing")
    assert "“;”" in finding.message


def test_the_semicolon_of_a_character_reference_stops_nothing(make_segments) -> None:
    escaped = ("See the &quot;Tools&quot; page.", "См. страницу &quot;Инструменты&quot;.")
    assert check(make_segments, [escaped], "spacing") == []
    [finding] = check(make_segments, [("It stops. Then it goes.", "Оно стоит.Потом идёт.")], "spacing")
    assert "“.”" in finding.message


def test_a_message_that_opens_with_a_space_is_the_tail_of_another(make_segments) -> None:
    tail = (" Rows of empty cells for missing entries", " рядов пустых ячеек для пропущенных записей")
    assert check(make_segments, [tail], "capitalisation") == []
    [finding] = check(make_segments, [("Rows of empty cells for missing entries",
                                       "рядов пустых ячеек для пропущенных записей")], "capitalisation")
    assert "small" in finding.message


def test_a_programs_name_opening_its_message_is_a_name(make_segments) -> None:
    pairs = [("close: bad descriptor passed to the handler", "close: обработчику передан неверный дескриптор"),
             ("  check      : check the file system of a partition\n",
              "  check      : проверить файловую систему раздела\n")]
    assert check(make_segments, pairs, "untranslated-fragment") == []
    [finding] = check(make_segments, [("Warning: bad descriptor", "warning: неверный дескриптор")],
                      "untranslated-fragment")
    assert "“warning”" in finding.message


def test_shell_syntax_with_its_metavariables_translated_keeps_its_keywords(make_segments) -> None:
    synopsis = ("for NAME [in WORDS ... ] ; do COMMANDS; done", "for ИМЯ [in СЛОВА ... ] ; do КОМАНДЫ; done")
    loop = ("Loop.\n    \tuntil (( EXPR )); do\n    Runs COMMANDS.",
            "Цикл.\n    \tuntil (( ВЫРАЖ )); do\n    Выполняет КОМАНДЫ.")
    assert check(make_segments, [synopsis, loop], "untranslated-fragment") == []
    prose = ("Runs COMMANDS while the test is true.", "Выполняет КОМАНДЫ while the test is true.")
    [finding] = check(make_segments, [prose], "untranslated-fragment")
    assert "“while”" in finding.message
    clause = ("Give NAME (the name of the user); see below.", "Give ИМЯ (the name of the user); see below.")
    [finding] = check(make_segments, [clause], "untranslated-fragment")
    assert "“see”" in finding.message


def test_a_tables_rows_without_their_stops_are_a_lists_style(make_segments) -> None:
    table = ("  -I DIR       append DIR to the search path.\n  -P DIR       prepend DIR to the search path.\n",
             "  -I КАТ       добавить КАТ в конец пути поиска\n  -P КАТ       добавить КАТ в начало пути поиска\n")
    assert check(make_segments, [table], "punctuation-end") == []
    prose = ("Append the folder to the search path.", "Добавить каталог в конец пути поиска")
    assert len(check(make_segments, [prose], "punctuation-end")) == 1


def test_straight_quotes_escaped_for_markup_around_russian_words_are_reported(make_segments) -> None:
    [finding] = check(make_segments, [("Open the &quot;Tools&quot; menu.", "Откройте меню &quot;Сервис&quot;.")],
                      "quote-style")
    assert "Straight" in finding.message and finding.target_spans == ((14, 20), (26, 32))
    value = ("Cannot open &quot;%s&quot;.", "Не удаётся открыть &quot;%s&quot;.")
    assert check(make_segments, [value], "quote-style") == []


def test_code_brackets_the_source_spaces_on_both_sides_lose_a_space_on_one(make_segments) -> None:
    source = "Test loop.\n    \tuntil [[ EXPR ]]; do\n    \t\tCOMMANDS\n    \tdone"
    [finding] = check(make_segments, [(source, "Цикл.\n    \tuntil [[ ВЫРАЖ]]; do\n    \t\tКОМАНДЫ\n    \tdone")],
                      "spacing")
    assert "no space before “]]” in “[[ ВЫРАЖ]]”" in finding.message
    kept = (source, "Цикл.\n    \tuntil [[ ВЫРАЖ ]]; do\n    \t\tКОМАНДЫ\n    \tdone")
    prose = ("Press Enter (or Space).", "Нажмите Enter (или Пробел).")
    assert check(make_segments, [kept, prose], "spacing") == []


def test_a_synopsis_argument_left_in_english_beside_its_rendering_is_reported(make_segments) -> None:
    source = "read [-p prompt] [-t timeout] [-d delim] [-u fd] [-n count] [-N count]"
    left = "read [-p приглашение] [-t время] [-d разделитель] [-u fd] [-n число] [-N count]"
    [finding] = check(make_segments, [(source, left)], "untranslated-fragment")
    assert "“count”" in finding.message and finding.target_spans == ((left.index("count"), len(left) - 1),)
    rendered = "read [-p приглашение] [-t время] [-d разделитель] [-u fd] [-n число] [-N число]"
    assert check(make_segments, [(source, rendered)], "untranslated-fragment") == []
