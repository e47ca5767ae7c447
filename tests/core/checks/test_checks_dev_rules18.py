"""Rules read off the false alarms and misses of session 18's long-prose set (a game's
descriptions and tutorial, a city game's help, a mathematics tutorial), each tested on pairs
written like the real ones, both ways where a slip is near: the translator's choice (or the
program's markup) not reported, the slip still reported.

Numbers: "10s" in running prose is also ten seconds; the "one" of "from one side to another"
(and «от одной … к другой») counts nothing and leaves a number word to a digit. Spacing: a
bracket glued to a word before a remark or a quotation. Whitespace: a space before a stop after
a stray comma (not the gap a lost address leaves, which `url-email` reports); spaces on both
sides of a closing tag. A definition's lead written twice. A tag's name is no English word left
in; an «and» between two people named with initials is. A directive before the first word. A
lead-in to examples that ends in a colon. An option the source names unquoted, quoted as a
command; strings of template code.
"""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


def test_tens_with_an_s_in_running_prose_are_also_seconds(make_segments) -> None:
    source = "A full rebuild takes less than 30s on a fast machine, and 90s on a slow one."
    seconds = "Полная пересборка занимает меньше 30 секунд на быстрой машине и 90 с на медленной."
    assert check(make_segments, [(source, seconds)], "number-mismatch") == []
    wrong = "Полная пересборка занимает меньше 40 секунд на быстрой машине и 90 с на медленной."
    [finding] = check(make_segments, [(source, wrong)], "number-mismatch")
    assert "30s" in finding.message and "40" in finding.message
    decade = ("Jazz bands of the 20s played in small clubs.", "Джаз-бэнды 20 играли в маленьких клубах.")
    assert len(check(make_segments, [decade], "number-mismatch")) == 1


def test_one_in_from_one_to_another_leaves_the_number_word_to_a_digit(make_segments) -> None:
    source = ("Cables run under roads (a width of 1 tile at most). The current then passes "
              "from one pylon to another.")
    target = "Кабели проходят под дорогами (не шире одной клетки). Затем ток идёт по проводам."
    assert check(make_segments, [(source, target)], "number-mismatch") == []
    lost = "Кабели проходят под дорогами (не шире клетки). Затем ток идёт от одной опоры к другой."
    assert len(check(make_segments, [(source, lost)], "number-mismatch")) == 1


def test_a_bracket_glued_to_a_word_before_a_remark_or_a_quotation(make_segments) -> None:
    remark = ("The sum function returns a Python int (not a Sage Integer).",
              "Функция sum возвращает целое число Python(не Integer из Sage).")
    [finding] = check(make_segments, [remark], "spacing")
    assert "Python(не" in finding.message
    quoted = ("Mind the colon after the while statement (there is no “do” here).",
              "Обратите внимание на двоеточие после оператора(«do» здесь не пишут).")
    [finding] = check(make_segments, [quoted], "spacing")
    assert "оператора(«do»" in finding.message
    ending = ("Select the file(s) to open.", "Выберите файл(ы) для открытия.")
    assert check(make_segments, [ending], "spacing") == []


def test_a_space_before_the_final_stop_after_a_stray_comma(make_segments) -> None:
    source = "A small imp with a barbed tail. Its claws drip with a numbing venom."
    [finding] = check(make_segments, [(source, "Маленький бес с зазубренным хвостом. Его когти в яде, .")],
                      "whitespace")
    assert "“.”" in finding.message
    listed = ("Options: a, b, c, ...", "Варианты: a, b, c, ...")
    assert check(make_segments, [listed], "whitespace") == []
    address_lost = ("The project can be reached at: https://www.example.org/.", "С проектом можно связаться по адресу: .")
    assert check(make_segments, [address_lost], "whitespace") == []


def test_spaces_on_both_sides_of_a_closing_tag(make_segments) -> None:
    source = "Press <input>P</input><localtiles> or <input>click</input></localtiles> on the altar to pray."
    spaced = "Нажмите <input>P</input><localtiles> или <input>click</input> </localtiles> на алтаре, чтобы молиться."
    [finding] = check(make_segments, [(source, spaced)], "whitespace")
    assert "</localtiles>" in finding.message
    tight = "Нажмите <input>P</input><localtiles> или <input>click</input></localtiles> на алтаре, чтобы молиться."
    assert check(make_segments, [(source, tight)], "whitespace") == []


def test_a_definitions_lead_written_twice(make_segments) -> None:
    source = "maxima - a computer algebra system, and"
    [finding] = check(make_segments, [(source, "maxima - maxima - система компьютерной алгебры, и")],
                      "repeated-word")
    assert "maxima - maxima -" in finding.message
    once = "maxima - система компьютерной алгебры, и"
    assert check(make_segments, [(source, once)], "repeated-word") == []
    echoed = ("He said no - no - no!", "Он сказал нет - нет - нет!")
    assert check(make_segments, [echoed], "repeated-word") == []


def test_a_tags_name_is_no_english_word_left_in(make_segments) -> None:
    source = "Scrolls may be read once. Try reading this one to find out what it does."
    target = "Свитки читаются один раз. Прочтите этот (<input>r</input>), чтобы узнать, что он делает."
    assert check(make_segments, [(source, target)], "untranslated-fragment") == []
    left = "Свитки читаются один раз. Прочтите этот, чтобы find out, что он делает."
    assert len(check(make_segments, [(source, left)], "untranslated-fragment")) == 1


def test_a_directive_before_the_first_word(make_segments) -> None:
    source = "Compare the descriptions of these monsters to find the safer cage."
    capital = ":nowrap Сравните описания этих монстров, чтобы найти клетку безопаснее."
    assert check(make_segments, [(source, capital)], "capitalisation") == []
    small = ":nowrap сравните описания этих монстров, чтобы найти клетку безопаснее."
    assert len(check(make_segments, [(source, small)], "capitalisation")) == 1


def test_a_lead_in_to_examples_may_end_in_a_colon(make_segments) -> None:
    source = "Many functions can also be called in the usual notation. Here are some examples."
    target = "Многие функции можно вызывать и в обычной записи. Например:"
    assert check(make_segments, [(source, target)], "punctuation-end") == []
    plain = ("Many functions can also be called in the usual notation.",
             "Многие функции можно вызывать и в обычной записи:")
    assert len(check(make_segments, [plain], "punctuation-end")) == 1


def test_an_option_the_source_names_quoted_as_a_command(make_segments) -> None:
    source = "The default speed is -q 5, about 20 seconds per year."
    quoted = "По умолчанию используется значение \"-q 5\", около 20 секунд на год."
    assert check(make_segments, [(source, quoted)], "quote-style") == []
    words = "По умолчанию используется \"средняя\" скорость, около 20 секунд на год."
    assert len(check(make_segments, [(source, words)], "quote-style")) == 1


def test_strings_of_template_code_keep_the_codes_marks(make_segments) -> None:
    source = ('A heavy boulder. {{ if you.race() == "Troll" then return "" '
              'else return "Only large creatures can throw it." end }}')
    target = ('Тяжёлый валун. {{ if you.race() == "Troll" or you.race() == "Ogre" then return "" '
              'else return "Он слишком тяжёлый для вас." end }}')
    assert check(make_segments, [(source, target)], "quote-style") == []
    prose = ('A heavy boulder. {{ return "" }}', 'Тяжёлый "валун". {{ return "" }}')
    assert len(check(make_segments, [prose], "quote-style")) == 1


def test_an_english_and_between_two_people_named_with_initials(make_segments) -> None:
    source = "The table follows the one in the Library Reference by J. Smith and K. Brown."
    target = "Таблица повторяет таблицу из справочника Library Reference, J. Smith and K. Brown."
    [finding] = check(make_segments, [(source, target)], "untranslated-fragment")
    assert "“and”" in finding.message
    joined = "Таблица повторяет таблицу из справочника Library Reference, J. Smith и K. Brown."
    assert check(make_segments, [(source, joined)], "untranslated-fragment") == []
