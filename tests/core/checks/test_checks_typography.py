"""punctuation-end, quote-style and whitespace: true positives and near misses."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks
from workbench.core.project.model import Segment


def check(segments: list[Segment], check_id: str, target_lang: str = "ru") -> list[Finding]:
    return run_checks(segments, source_lang="en", target_lang=target_lang, checks=[check_id])


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Why?", "Почему."),
        ("They met.", "Они встретились"),
        ("They met.", "Они встретились?"),
        ("as follows:", "следующим образом."),
    ],
)
def test_punctuation_end_differs(make_segments, source: str, target: str) -> None:
    [finding] = check(make_segments([(source, target)]), "punctuation-end")
    assert "ends with" in finding.message


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ('He spoke of "proletarian identity."', "Он говорил о «пролетарской идентичности»."),
        ("the state.12", "государство."),  # footnote marker after the stop
        ("Wait...", "Подождите…"),
        ("Listen!", "Слушайте."),  # a statement's tone: stop, exclamation, ellipsis
        ("He ought to have a boat.", "Отправим его в плавание!"),
        ("(See above.)", "(См. выше.)"),
        ("Heading", "Заголовок"),
        ("Heading", "Заголовок."),  # a heading gains a stop in translation: house style
        ('Who will stand on the podium?"', "Кто займёт место у трибуны?»."),  # Russian «…?».
        ("1923", "1923"),
        ("Really?!", "Правда?!"),
    ],
)
def test_punctuation_end_near_misses(make_segments, source: str, target: str) -> None:
    assert check(make_segments([(source, target)]), "punctuation-end") == []


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ('Он сказал: "нет".', "Straight"),
        ("Он сказал: “нет”.", "not Russian"),
        ("Он сказал: «нет «да» нет».", "inside a quotation"),
        ("«Нет», — и „да“, сказал он.", "inside another"),  # « » here, so „ “ are misplaced
        ("Он сказал: 'нет'.", "Straight"),
    ],
)
def test_quote_style_russian(make_segments, target: str, words: str) -> None:
    findings = check(make_segments([("He said no.", target)]), "quote-style")
    assert len(findings) == 1 and words in findings[0].message
    assert all(target[a:b] in "\"'“”«„" for a, b in findings[0].target_spans)


@pytest.mark.parametrize(
    "target",
    [
        "Он сказал: «нет».",
        "Он сказал: «нет „да“ нет».",
        "„Да“, сказал он.",  # „ “ alone: this translation's own quotation marks
        "Список „ошибочек“ и „метапакетов“.",
        "конец цитаты». Далее",  # the quotation opened in the previous segment
        "Работы О’Брайена и д'Артаньяна.",  # apostrophes, not quotes
        "Без кавычек.",
    ],
)
def test_quote_style_russian_near_misses(make_segments, target: str) -> None:
    assert check(make_segments([("He said no.", target)]), "quote-style") == []


@pytest.mark.parametrize(
    "target", ['He said "no".', "He said “no”.", "He said “no ‘yes’ no”.", "the workers’ clubs"]
)
def test_quote_style_english_accepts_curly_and_straight(make_segments, target: str) -> None:
    assert check(make_segments([("Он сказал «нет».", target)]), "quote-style", "en") == []


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("Клубы  были", "double space"),
        (" Клубы были.", "space at the start"),
        ("Клубы были. ", "space at the end"),
        ("Клубы , как", "space before “,”"),
        ("Клубы были .", "space before “.”"),
    ],
)
def test_whitespace(make_segments, target: str, words: str) -> None:
    [finding] = check(make_segments([("Clubs were.", target)]), "whitespace")
    assert words in finding.message


@pytest.mark.parametrize(
    "target",
    [
        "ни — если уж на то пошло — государству",  # Russian spaces around an em dash
        "в 1923—1924 годах",
        "Клубы были...",
        "— Да, — сказал он.",
        "45 % членов",
    ],
)
def test_whitespace_near_misses(make_segments, target: str) -> None:
    assert check(make_segments([("Clubs were.", target)]), "whitespace") == []


def test_em_dash_without_spaces_is_fine_in_english(make_segments) -> None:
    assert check(make_segments([("Клубы — это", "Clubs—that is")]), "spacing", "en") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Display details: names, sizes and more", "Показать подробности: имена, размеры и т. д."),
        ("In 1923", "В 1923 г."),
        ("developers-reference 12.18 documentation", "документация developers-reference 12.18"),
    ],
)
def test_punctuation_end_abbreviations_and_version_numbers(make_segments, source, target) -> None:
    assert check(make_segments([(source, target)]), "punctuation-end") == []


def test_quoted_literals_copied_from_the_source_keep_their_marks(make_segments) -> None:
    source = "The choices must be in a field named 'choices' or 'other'."
    target = "Варианты должны быть в поле 'choices' или 'other'."
    assert check(make_segments([(source, target)]), "quote-style") == []
    # English curly marks are no code's marks (D15; session 46): “other” copied is a quotation
    curly = check(make_segments([(source.replace("'other'", "“other”"), target.replace("'other'", "“other”"))]),
                  "quote-style")
    assert [f.check for f in curly] == ["quote-style"]
    translated = "Варианты должны быть в поле 'Выбор'."
    assert len(check(make_segments([(source, translated)]), "quote-style")) == 1


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ('Then choose "Edit Mesh" in the menu.', 'Затем выберите в меню "Edit Mesh".'),
        ("A field named “Other”.", "Поле с именем “Other”."),
        ('The release, codenamed "Jessie", is out.', 'Вышел выпуск под кодовым именем "Jessie".'),
        ('Press the "Start mining" button.', 'Нажмите кнопку "Start mining".'),
        ("Press the 'Cancel' button.", "Нажмите кнопку 'Cancel'."),
        ("Use the 'Choices' menu.", "Используйте меню 'Choices'."),  # «поле 'Choices'» is code by D17
        ("Open the ‘Team’ menu.", "Откройте меню ‘Team’."),
        ("The 'Edit Mesh' mode, O'Reilly's book.", "Режим 'Edit Mesh', книга O'Reilly."),
    ],
)
def test_a_name_copied_in_the_sources_marks_is_still_reported(make_segments, source, target) -> None:
    """House rules D15 and D16 (sessions 43, 44): Russian prose quotes a name or a title it speaks
    of in « », whatever marks the English used, double or single; copying them keeps English
    typography, not code."""
    assert [f.check for f in check(make_segments([(source, target)]), "quote-style")] == ["quote-style"]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ('Mark the "NAS" volume.', 'Отметьте том "NAS".'),  # capitals: an abbreviation
        ('Encode it as "XviD" video.', 'Закодируйте видео как "XviD".'),  # camel case: a name
        ("The word 'carrot' means food.", "Слово 'carrot' означает еду."),  # a naming noun before it
        ('You get the message "disk full".', 'Вы получите сообщение "disk full".'),
        ('Press the "+5" button.', 'Нажмите кнопку "+5".'),
        ('Also called "uptime".', 'Также известный как "uptime".'),
    ],
)
def test_a_word_the_prose_names_copied_in_the_sources_marks_is_reported(make_segments, source, target) -> None:
    """House rules D15, D16 (session 44): a word in capitals or camel case, or any text a naming noun
    («слово», «сообщение», «кнопка», «известный как») introduces, is a thing Russian prose speaks of
    and quotes in « », even copied with the source's marks."""
    assert [f.check for f in check(make_segments([(source, target)]), "quote-style")] == ["quote-style"]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ('Set "LANG=C" and "$HOME" first.', 'Сначала задайте "LANG=C" и "$HOME".'),  # code signs
        ('Add "reject aptitude :UNINST" to it.', 'Добавьте туда "reject aptitude :UNINST".'),
        ('The type is "all files".', 'Тип — "all files".'),  # «тип» comes before values too
        ('Use "-r" here.', 'Здесь используйте "-r".'),
    ],
)
def test_code_in_capitals_or_after_other_nouns_copied_in_the_sources_marks_is_spared(make_segments, source, target) -> None:
    assert check(make_segments([(source, target)]), "quote-style") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ('Set the path to "/srv/Data".', 'Укажите путь "/srv/Data".'),
        ('Call "os.Path" or "fooBar" here.', 'Здесь вызовите "os.Path" или "fooBar".'),
        ("Set it to 'all files'.", "Установите значение 'all files'."),
        ("Run 'apt-get update' first.", "Сначала выполните 'apt-get update'."),
        ("The users' files and O'Reilly's 'Sed & Awk'.", "Файлы users' и книга O'Reilly."),
    ],
)
def test_a_literal_of_code_or_data_copied_in_the_sources_marks_is_spared(make_segments, source, target) -> None:
    """A value, a path, an identifier copied with the source's marks, double or single (house rules
    D15, D16), stay spared; an apostrophe in or after a Latin word quotes nothing."""
    assert check(make_segments([(source, target)]), "quote-style") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Download the .deb from the pool.", "Скачайте .deb из пула."),
        ("Look in ../example-preseed.txt.", "Смотрите ../example-preseed.txt."),
        ("Press Ctrl+Alt+Del .", "Нажмите Ctrl+Alt+Del ."),  # copied from the source
        ("documentation »", "документация »"),
    ],
)
def test_space_before_a_mark_that_opens_a_name_or_is_copied(make_segments, source, target) -> None:
    assert check(make_segments([(source, target)]), "whitespace") == []


def test_a_closing_guillemet_glued_to_the_next_word_is_no_apostrophe(make_segments) -> None:
    target = "так называемые «многоядерные»процессоры, называемые «ядрами»."
    assert check(make_segments([("so called cores.", target)]), "quote-style") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # Real Chekhov and Andersen pairs: Russian asks with a particle or a question word
        # where English states or leaves the question indirect; a statement made a question, or
        # a question an exclamation, is found whatever the grammar (house rule D4, session 37).
        ("Grisha looks suspiciously at Vasya, wondering whether it isn't some trick, a swindle.",
         "Гриша подозрительно косится на Васю: не подвох ли это какой-нибудь, не жульничество ли?"),
        ("Can I by any means get to see her.", "Неужели мне так и не удастся поглядеть на неё?"),
        ("No one could say whether it was the journey or his sorrow.",
         "Он весь полинял; кто знает от чего — от дороги или от горя?"),
        # A rhetorical question becomes an exclamation with the same question word.
        ('"And how is it they don\'t get mixed up?"', "И как это они не перепутаются!"),
    ],
)
def test_a_question_mark_gained_or_lost_is_found_whatever_the_targets_grammar(make_segments, source, target) -> None:
    assert [f.check for f in check(make_segments([(source, target)]), "punctuation-end")] == ["punctuation-end"]


@pytest.mark.parametrize(
    "target",
    [
        "Он пришёл домой?",
        "Когда он пришёл, все спали?",  # «когда» opens statements too: no evidence of a question
        "Вряд ли он пришёл?",  # «вряд ли» is a statement
        "Он ушёл. Придёт ли он завтра. Нет, он пришёл?",  # only the last sentence counts
    ],
)
def test_punctuation_end_still_reports_a_statement_turned_question(make_segments, target) -> None:
    [finding] = check(make_segments([("He came home.", target)]), "punctuation-end")
    assert "question mark" in finding.message


def test_quote_style_leaves_an_unbalanced_quotation_to_unpaired(make_segments) -> None:
    """«наукой называется «историческим законом».: a lost », not a nested quotation."""
    target = "то, что «наукой называется «историческим законом»."
    assert check(make_segments([("what «Science» terms the «historical law».", target)]),
                 "quote-style") == []
    assert check(make_segments([("x", "Он сказал: «нет «да» нет».")]), "quote-style")


def test_technical_text_conventions_stay_silent(make_segments) -> None:
    """From the Debian documentation's dev pages: markup copied with a title, a line that
    leads into a code block."""
    assert check(make_segments([('3. Fixing a bug">Go Next', '3. Исправление ошибок">Go Next')]),
                 "quote-style") == []
    assert check(make_segments([("you should use something like", "используйте что-то вроде этого:")]),
                 "punctuation-end") == []
    assert check(make_segments([("The club opened.", "клуб открылся.")]), "capitalisation")
    assert check(make_segments([("He said no.", 'Он сказал "нет".')]), "quote-style")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # The source stops at a comma mid-sentence: the next segment goes on.
        ("many developers, volunteers, and beta testers,", "от многих разработчиков, добровольцев и"),
        ("The relations are these. For example,", "Допустимы такие. Например:"),
        # A list item restyled by Russian rules: small letter and «;» or nothing.
        ("Build Debian binary packages.", "сборка двоичных пакетов Debian"),
        ("armel: little-endian ARM machines.", "armel: машины ARM;"),
        # A literal copied from the source keeps no stop after it.
        ("Find out all the options: dpkg-deb --help.", "Вывести список параметров: dpkg-deb --help"),
        ("Example 2.2. Use of the ?= term.", "Пример 2.2. Использование термина ?="),
        ("(I've added the line numbers.)", "(номера строк добавлены для наглядности)"),
        ("dh_auto_build usually executes the following.", "Команда dh_auto_build выполняет следующее:"),
    ],
)
def test_punctuation_end_follows_russian_rules(make_segments, source: str, target: str) -> None:
    """Real Debian documentation pairs: each end follows a rule of Russian typesetting."""
    assert check(make_segments([(source, target)]), "punctuation-end") == []
    assert check(make_segments([(source, target)]), "capitalisation") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The following example shows a volume encrypted via dm-crypt.",
         "В следующем примере показан том, зашифрованный с помощью dm-crypt"),  # a name, not a literal
        ("Now you have a series of patches.", "Теперь у вас есть несколько заплат?"),
        ("it ran.", "он работал"),  # the source's own small letter: only the stop changed
        ("Build Debian binary packages.", "Сборка двоичных пакетов Debian"),  # capital kept: a slip
        ("It was done.", "Это сделано:"),  # a colon that announces nothing
    ],
)
def test_punctuation_end_still_reports_a_lost_or_changed_stop(make_segments, source, target) -> None:
    assert check(make_segments([(source, target)]), "punctuation-end")


def test_a_small_letter_with_the_stop_kept_is_still_a_slip(make_segments) -> None:
    assert check(make_segments([("Build Debian binary packages.", "сборка двоичных пакетов.")]),
                 "capitalisation")


@pytest.mark.parametrize(
    "target",
    [
        "- **Authentication** –*аутентификация*– проверка учётных данных.",  # glued to an italic gloss
        "Спираль в Inkscape —это форма.",
        "Клавиатура перемещает объекты –стрелки.",
        "Аутентификация– проверка учётных данных.",
    ],
)
def test_a_dash_glued_to_a_word_on_one_side(make_segments, target: str) -> None:
    found = check(make_segments([("Authentication – the verification of identity.", target)]), "spacing")
    assert [f.message for f in found] == [
        "The translation has a dash glued to a word on one side (Russian puts a space on both sides)."
    ]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The years 1941–1945.", "Годы 1941–1945."),  # a range glues it on both sides
        ("It fell to –5 degrees.", "Упала до –5 градусов."),  # a minus
        ("Run `cli --help` to see.", "Запустите `cli —help`, чтобы увидеть."),  # inside code
        ("Moscow – Petersburg.", "Москва – Петербург."),
        ("A term –gloss– here.", "Термин –глосса– здесь."),  # the source's own layout
    ],
)
def test_a_dash_spaced_or_glued_on_both_sides_or_copied_is_no_one_sided_dash(make_segments, source: str, target: str) -> None:
    assert check(make_segments([(source, target)]), "spacing") == []


@pytest.mark.parametrize(
    ("source", "target", "hyphens"),
    [
        ("A lighthouse is a tower that guides ships.", "Маяк - это башня, которая направляет корабли.", ["Маяк - это"]),
        ("“Stay here,” she said, “and wait.”", "«Останься здесь, - сказала она, - и жди».",
         ["здесь, - сказала", "она, - и"]),
        ("The ferry – the last one tonight – left at nine.",  # the source's en dash made a hyphen
         "Паром\u00a0- последний сегодня - ушёл в девять.", ["Паром\u00a0- последний", "сегодня - ушёл"]),
        ("Type `ls` to list the files.", "`ls` - вывести список файлов.", ["`ls` - вывести"]),
    ],
)
def test_a_hyphen_spaced_as_a_dash(make_segments, source: str, target: str, hyphens: list[str]) -> None:
    """House rule D18 (b): a hyphen with a space on each side between words stands where Russian
    sets a dash; the finding says what Russian typography wants and marks each hyphen."""
    [finding] = check(make_segments([(source, target)]), "spacing")
    assert finding.message == ("The translation has a hyphen spaced as a dash (Russian sets a dash, «—» or «–», "
                               "with a space on each side).")
    assert list(finding.target_spans) == [(target.index(h) + h.index("-"), target.index(h) + h.index("-") + 1)
                                          for h in hyphens]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Lighthouse - a tower that guides ships.", "Маяк - башня, которая направляет корабли."),  # the source's
        ("Choose Tools - Options, then close.", "Выберите Сервис - Параметры и закройте окно."),  # its menu path
        ("Read pages 10 - 12 first.", "Сначала прочтите маяк, страницы 10 - 12."),  # a range
        ("Subtract one: x - 1.", "Вычтите единицу: x - 1."),  # a minus before a digit
        ("The loss is (a - y)^2 here.", "Потеря здесь равна (a ^ (L) - y) ^ 2."),  # terms of a formula
        ("Options:\n- verbose output", "Параметры:\n- подробный вывод"),  # a list item's marker
        ("Call `a - b` to subtract.", "Вызовите `a - b`, чтобы вычесть."),  # inside code
        ("A lighthouse is a tower.", "Маяк — это башня."),  # the dash Russian sets
        ("A self-made man.", "Человек, всего добившийся сам-на-сам."),  # a compound's hyphens, unspaced
    ],
)
def test_a_spaced_hyphen_the_source_writes_or_no_dash_stands_for_is_left(
        make_segments, source: str, target: str) -> None:
    assert check(make_segments([(source, target)]), "spacing") == []


def test_a_spaced_hyphen_is_left_where_the_language_spaces_no_dash(make_segments) -> None:
    """English spaces a hyphen for a dash in plain text often; the rule is Russian typography's."""
    assert check(make_segments([("Маяк — это башня.", "A lighthouse - a tower.")]), "spacing", target_lang="en") == []
