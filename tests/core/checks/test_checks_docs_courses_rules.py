"""Rules read off session 22's framework-docs and ml-courses sets in session 23 (React's and
Vue's documentation, Hugging Face's courses, all Markdown), each tested on pairs written like
the real ones, both ways: the slip still reported, the translator's choice (or the markup's
syntax) not.

A dash or a pictograph glued to the words is `spacing` (a dash the source glues too is its
layout); a lone straight mark is `unpaired`, not `quote-style`; straight marks of a string
inside a code span are the code's; a number grouped with a space in the English ("18 000")
is one number, a Markdown link's address holds no number of the sentence, and a lone Roman
letter glued to a bracket is a name («X(Twitter)»); the words of an address, a quotation
copied whole in the source's marks, and a label kept inside a longer name are no English
fragment; a stop inside Markdown's closing emphasis («…страницы.**») ends the sentence.
"""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


def test_a_dash_glued_to_the_words_is_spacing_unless_the_source_glues_it(make_segments) -> None:
    source = "A ref is a plain object that you can read and change."
    for target, dash in (("Реф—это обычный объект, который можно читать и менять.", "—"),
                         ("Реф--это обычный объект, который можно читать и менять.", "--")):
        [finding] = check(make_segments, [(source, target)], "spacing")
        assert "em dash without spaces" in finding.message
        start, end = finding.target_spans[0]
        assert target[start:end] == dash
        assert check(make_segments, [(source, target)], "whitespace") == []
    assert check(make_segments, [(source, "Реф — это обычный объект, он-то и нужен.")], "spacing") == []
    copied = ("Testing—find bugs and report them", "Тестирование—находите ошибки и сообщайте о них")
    assert check(make_segments, [copied], "spacing") == []


def test_a_pictograph_glued_to_a_word_is_spacing_where_the_source_spaces_it(make_segments) -> None:
    before = ("Show a ✅ when the item is packed.", "Покажите✅, когда вещь упакована.")
    [finding] = check(make_segments, [before], "spacing")
    assert "no space before “✅”" in finding.message
    after = ("Install the 🤗 Datasets library first.", "Сначала установите библиотеку 🤗Datasets.")
    [finding] = check(make_segments, [after], "spacing")
    assert "no space after “🤗”" in finding.message
    glued_in_source = ("Install the 🤗Datasets library first.", "Сначала установите библиотеку 🤗Datasets.")
    spaced = ("Show a ✅ when the item is packed.", "Покажите ✅, когда вещь упакована.")
    assert check(make_segments, [glued_in_source, spaced], "spacing") == []


def test_a_lone_straight_mark_is_unpaired_not_quote_style(make_segments) -> None:
    stray = ("Then we can be sure the word was said.", "Тогда можно быть уверенным, что слово сказано\".")
    [finding] = check(make_segments, [stray], "unpaired")
    assert finding.target_spans == ((len(stray[1]) - 2, len(stray[1]) - 1),)
    assert check(make_segments, [stray], "quote-style") == []
    quoted = ("Say yes.", "Скажите \"да\".")
    assert check(make_segments, [quoted], "unpaired") == []
    assert len(check(make_segments, [quoted], "quote-style")) == 1
    inch = ("A 5 inch disk.", "Диск 5\".")
    assert check(make_segments, [inch], "unpaired") == []


def test_straight_marks_of_a_string_in_code_are_the_codes(make_segments) -> None:
    code = ("You will only see `\"✅ Connected\"` printed once.", "Вы увидите `\"✅ Подключено\"` только один раз.")
    assert check(make_segments, [code], "quote-style") == []
    prose = ("Press `Enter` to go on.", "Нажмите `Enter`, чтобы \"продолжить\".")
    assert len(check(make_segments, [prose], "quote-style")) == 1


def test_an_english_number_grouped_with_a_space_is_one_number(make_segments) -> None:
    source = "The forum is home to a community of 18 000 learners."
    assert check(make_segments, [(source, "Форум объединяет сообщество из 18 000 учащихся.")], "number-mismatch") == []
    [finding] = check(make_segments, [(source, "Форум объединяет сообщество из 18 учащихся.")], "number-mismatch")
    assert "18 thousand ≠ 18" in finding.message
    two = ("Pages 12 and 345 tell it.", "Об этом говорят страницы 12 и 345.")
    assert check(make_segments, [two], "number-mismatch") == []


def test_a_markdown_links_address_holds_no_number(make_segments) -> None:
    source = "As shown in [Chapter 3](/course/chapter3), the model learns."
    moved = "Как показано в [Главе 3](../chapter3/1), модель учится."
    assert check(make_segments, [(source, moved)], "number-mismatch") == []
    wrong = "Как показано в [Главе 4](../chapter3/1), модель учится."
    [finding] = check(make_segments, [(source, wrong)], "number-mismatch")
    assert "3 ≠ 4" in finding.message


def test_words_of_an_address_are_no_english_fragment(make_segments) -> None:
    address = "https://example.org/demo?text=This+is+a+great+day"
    pair = (f"Try the [demo]({address}) now.", f"Попробуйте [демо]({address}) сейчас.")
    assert check(make_segments, [pair], "untranslated-fragment") == []
    left = (f"Try the [demo]({address}) now.", f"Попробуйте [демо]({address}) always сейчас.")
    [finding] = check(make_segments, [left], "untranslated-fragment")
    assert "“always”" in finding.message


def test_a_quotation_copied_in_the_sources_marks_is_cited(make_segments) -> None:
    prompt = ('Ask the agent: "Draw a picture of a dog, describe it, and read it aloud".',
              'Попросите агента: "Draw a picture of a dog, describe it, and read it aloud".')
    assert check(make_segments, [prompt], "untranslated-fragment") == []
    remarked = ("See Section 4.2, “Setting up the mail” for an example.",
                "См. раздел 4.2, «Setting up the mail» для примера.")
    [finding] = check(make_segments, [remarked], "untranslated-fragment")
    assert "“the”" in finding.message


def test_a_label_kept_inside_a_longer_name_counts_as_kept(make_segments) -> None:
    source = ("Open Voice 7 is a dataset of texts from Wikipedia. It is part of the Open Voice series, "
              "a set of Open Voice datasets. Today Open Voice 7 is the newest.")
    target = ("Open Voice 7 — это набор текстов из Википедии. Он входит в серию Open Voice, собрание "
              "наборов Open Voice. Сегодня Open Voice 7 — самый новый.")
    assert check(make_segments, [(source, target)], "untranslated-fragment") == []


def test_a_letter_glued_to_a_bracket_is_a_name_not_a_roman_numeral(make_segments) -> None:
    follow = ("Follow our account on the network.", "Подпишитесь на наш аккаунт в X(Twitter).")
    assert check(make_segments, [follow], "number-mismatch") == []
    volume = ("See the fourth volume.", "См. том X.")
    [finding] = check(make_segments, [volume], "number-mismatch")
    assert "10" in finding.message


def test_a_stop_inside_closing_emphasis_ends_the_sentence(make_segments) -> None:
    source = "The effect runs **after every render of the page**."
    inside = "Эффект срабатывает **после каждого рендеринга страницы.**"
    assert check(make_segments, [(source, inside)], "punctuation-end") == []
    lost = "Эффект срабатывает **после каждого рендеринга страницы**"
    [finding] = check(make_segments, [(source, lost)], "punctuation-end")
    assert "no punctuation" in finding.message
