"""Rules of the typography family read off the three session-15 sets' findings in session 16
(games' and tools' catalogues, packages' man pages and KDE handbooks, HTML manuals), each tested
on pairs written like the real ones, both ways: the slip still reported, the translator's choice
(or the program's format) not.

A catalogue's spaces and line breaks copied from its message; double spaces of the source's kind
(between sentences, or after a placeholder or a sign: never between Russian words);
a line opened by a space; a space before a closing tag and the mark after it, or after a key's
sign; a smiley; a range of Roman numerals; straight marks that belong to code (a quoted
placeholder, a markup attribute, a sample of markup, a file name, an empty string in brackets);
the first letter after markup; stops glued as the source glues them; middle dots for spaces; a
square bracket glued to a word; an end mark typed twice; list items made sentences or ended by
Russian rules; a stop after «ниже» for a colon.
"""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


def test_spaces_and_line_breaks_a_catalogue_message_copies_are_its_format(make_segments) -> None:
    copied = [("  - Cities cannot be founded on this tile.\n", "  — На этом поле нельзя основывать города.\n"),
              ("\n\nRoads let units move faster.", "\n\nДороги ускоряют передвижение отрядов."),
              ("Could not save the game: ", "Не удалось сохранить игру: ")]
    assert check(make_segments, copied, "whitespace") == []
    [finding] = check(make_segments, [("Do you want to quit the game?", "Вы хотите выйти из игры? ")], "whitespace")
    assert "space at the end" in finding.message


def test_double_spaces_of_the_sources_kind_are_kept_on_purpose(make_segments) -> None:
    between = ("Build a harbour first.  Then ships can be built.", "Сначала постройте гавань.  Затем можно строить корабли.")
    fields = ("Turn: %d  Score: %d", "Ход: %d  Очки: %d")
    assert check(make_segments, [between, fields], "whitespace") == []
    [finding] = check(make_segments, [("Units gain <b>experience</b> in battle.  It is kept.",
                                       "Отряды получают  <b>опыт</b> в бою.  Он сохраняется.")], "whitespace")
    assert "double space" in finding.message and finding.target_spans == ((15, 17),)
    [finding] = check(make_segments, [("The clubs  were open.", "Клубы были  открыты.")], "whitespace")
    assert "double space" in finding.message


def test_a_line_opened_by_a_space_no_source_line_has_is_reported(make_segments) -> None:
    source = "Hide packages that are not\nfree software.\nSee the list."
    [finding] = check(make_segments, [(source, "Скрыть пакеты, которые не являются\n свободными.\nСм. список.")],
                      "whitespace")
    assert "space at the start of a line" in finding.message
    indented = ("Keys:\n    F1: help\n    F2: save", "Клавиши:\n    F1: справка\n    F2: сохранить")
    assert check(make_segments, [indented], "whitespace") == []


def test_a_space_before_a_closing_tag_and_the_mark_after_it_is_reported(make_segments) -> None:
    [finding] = check(make_segments, [("Each unit has <i>hit points</i>, which it loses in battle.",
                                       "У каждого отряда есть <i>очки здоровья </i>, которые он теряет в бою.")],
                      "whitespace")
    assert "space before “,”" in finding.message
    copied = ("Press <b>Save </b>, then close.", "Нажмите <b>Сохранить </b>, затем закройте.")
    assert check(make_segments, [copied], "whitespace") == []


def test_a_space_before_a_smiley_is_no_space_before_a_colon(make_segments) -> None:
    source = "Then stare at the code until the bug shows itself :-)."
    assert check(make_segments, [(source, "Потом смотрите на код, пока ошибка не найдётся сама :).")],
                 "whitespace") == []
    [finding] = check(make_segments, [("Choose a file:", "Выберите файл :")], "whitespace")
    assert "space before “:”" in finding.message


def test_a_space_before_a_stop_after_a_keys_sign_is_reported(make_segments) -> None:
    [finding] = check(make_segments, [("Zoom with the + and − keys.", "Масштаб меняется клавишами + и − .")],
                      "whitespace")
    assert "space before “.”" in finding.message


def test_a_range_of_roman_numerals_keeps_its_dash_tight(make_segments) -> None:
    source = "The castle was rebuilt from the 12th to 14th centuries."
    assert check(make_segments, [(source, "Замок перестраивали в XII—XIV веках.")], "spacing") == []
    [finding] = check(make_segments, [(source, "Замок перестраивали—в XII—XIV веках.")], "spacing")
    assert "em dash" in finding.message and len(finding.target_spans) == 1


def test_straight_marks_that_belong_to_code_are_no_quotation(make_segments) -> None:
    code = [
        ('Unknown sound set "%s" in the config file.', "Неизвестный набор звуков '%s' в файле настроек."),
        ("Player %s cannot use the AI '%s'.", "Игрок %2$s не может использовать ИИ '%1$s'."),
        ("See <ref>dst='economy' text='money'</ref> for more.", "См. <ref>dst='economy_help' text='деньги'</ref>."),
        ("Markup such as '[b]bold [i]and italic[/i][/b]' works in chat.",
         "Разметка вида '[b]жирный [i]и курсив[/i][/b]' работает в чате."),
        ("Load the map from FILE.scenario", "Загрузить карту из 'ФАЙЛ.scenario'"),
        ('Use "" for an empty name.', 'Используйте пустые кавычки (""), чтобы имя было пустым.'),
    ]
    assert check(make_segments, code, "quote-style") == []
    [finding] = check(make_segments, [("Click '<b>Save</b>' to keep %s.", "Нажмите '<b>Сохранить</b>', чтобы сохранить %s.")],
                      "quote-style")
    assert finding.target_spans == ((25, 26),)  # a label in bold: its closing mark is prose's
    [finding] = check(make_segments, [('The option "%s" is unknown.', "Параметр \"%s\" неизвестен, см. 'справку'.")],
                      "quote-style")
    assert finding.target_spans == ((30, 31), (38, 39))


def test_the_first_letter_is_read_after_the_markup_a_text_opens_with(make_segments) -> None:
    source = "Units with the <italic>text='slow'</italic> trait move one hex less."
    assert check(make_segments, [(source, "<italic>text='Медленные'</italic> отряды ходят на клетку меньше.")],
                 "capitalisation") == []
    [finding] = check(make_segments, [("<b>Warning:</b> this cannot be undone.",
                                       "<b>внимание:</b> это нельзя отменить.")], "capitalisation")
    assert finding.target_spans == ((3, 4),)


def test_stops_glued_as_the_source_glues_them_are_its_layout(make_segments) -> None:
    source = "Shows files as icons.If possible, in several columns."
    assert check(make_segments, [(source, "Показывает файлы значками.Если возможно, в несколько колонок.")],
                 "spacing") == []
    [finding] = check(make_segments, [("Shows files as icons. If possible, in several columns.",
                                       "Показывает файлы значками.Если возможно, в несколько колонок.")], "spacing")
    assert "значками.Если" in finding.message


def test_middle_dots_typed_for_spaces_are_reported(make_segments) -> None:
    [finding] = check(make_segments, [("Friend, my people will help you with this science.",
                                       "Друг,·мой·народ·поможет·тебе·в этой науке.")], "spacing")
    assert "middle dot" in finding.message and len(finding.target_spans) == 5
    assert finding.message.count("middle dot") == 1


def test_a_square_bracket_glued_to_a_word_is_reported(make_segments) -> None:
    [finding] = check(make_segments, [("Open the Options menu to change it.",
                                       "Откройте меню Options[Параметры], чтобы изменить это.")], "spacing")
    assert "“[”" in finding.message
    code = ("Set buffer[size] to zero.", "Присвойте buffer[size] значение ноль.")
    assert check(make_segments, [code], "spacing") == []


def test_an_end_mark_typed_twice_is_reported(make_segments) -> None:
    [finding] = check(make_segments, [("These options matter most:", "Вот самые важные параметры::")],
                      "punctuation-end")
    assert "“:” typed twice" in finding.message


def test_items_the_translator_makes_sentences_of_their_own_follow_the_list(make_segments) -> None:
    items = [("Name (N): your full name;", "Имя (N) — ваше полное имя."),
             ("City (L): the city you live in;", "Город (L) — город, в котором вы живёте."),
             ("Country (C): a two-letter code.", "Страна (C) — двухбуквенный код.")]
    assert check(make_segments, items, "punctuation-end") == []
    [finding] = check(make_segments, items[1:2], "punctuation-end")
    assert "semicolon" in finding.message


def test_an_item_ending_in_a_semicolon_before_an_item_in_small_letters_follows_the_list(make_segments) -> None:
    items = [("Commit the changes. The server copy is then brought up to date.",
              "Зафиксируйте изменения: копия на сервере будет обновлена;"),
             ("update the local files from the server.", "обновите локальные файлы с сервера.")]
    assert check(make_segments, items, "punctuation-end") == []
    [finding] = check(make_segments, items[:1], "punctuation-end")
    assert "semicolon" in finding.message
    [finding] = check(make_segments, [items[0], ("?=value", "?=значение")], "punctuation-end")
    assert finding.segment == 1


def test_a_stop_after_below_may_stand_for_a_colon(make_segments) -> None:
    source = "Right-click the folder. The following menu appears:"
    assert check(make_segments, [(source, "Щёлкните папку правой кнопкой. Появится меню, показанное ниже.")],
                 "punctuation-end") == []
    [finding] = check(make_segments, [(source, "Щёлкните папку правой кнопкой. Появится следующее меню.")],
                      "punctuation-end")
    assert "colon" in finding.message
