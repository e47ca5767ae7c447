"""Rules read off the misses and false alarms of the frozen QA sets, now dev data (session 26,
issue 15): `untranslated-fragment`, `capitalisation`, `punctuation-end`, `spacing`. Each test is a
made-up pair, not the sets' own, for a general cause."""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks


def check(segments, check_id: str) -> list[Finding]:
    return run_checks(segments, source_lang="en", target_lang="ru", checks=[check_id])


# capitalisation


def test_a_list_item_of_several_sentences_in_a_small_letter_is_reported(make_segments) -> None:
    """Мильчин runs an item into its lead-in in a small letter only if it is one sentence; an
    item of two opens with a capital, whatever ends it, and so (session 27) does every item of
    its list (`test_checks_qafix26_rules`)."""
    pairs = [("The application is vulnerable if:", "Приложение уязвимо в следующих случаях:"),
             ("* It accepts XML uploads from anyone. The parser expands entities.",
              "* приложение принимает XML от любого отправителя. Анализатор раскрывает сущности;"),
             ("* It logs nothing.", "* приложение ничего не записывает в журнал.")]
    assert [f.segment for f in check(make_segments(pairs), "capitalisation")] == [2, 3]


def test_a_list_item_of_one_sentence_in_a_small_letter_is_still_spared(make_segments) -> None:
    pairs = [("The application is vulnerable if:", "Приложение уязвимо в следующих случаях:"),
             ("* It accepts XML uploads from anyone.", "* приложение принимает XML от любого отправителя;"),
             ("* It logs nothing.", "* приложение ничего не записывает в журнал.")]
    assert check(make_segments(pairs), "capitalisation") == []


# punctuation-end


def test_a_stop_inside_a_closing_links_text_ends_the_source(make_segments) -> None:
    """The reader sees the link's text, not its address: "[… attacks.](url)" ends in a stop."""
    pairs = [("It helps prevent [download attacks.](https://example.org/rfd.pdf)",
              "Это помогает предотвратить [атаки с загрузкой файлов](https://example.org/rfd.pdf)")]
    [finding] = check(make_segments(pairs), "punctuation-end")
    assert "a full stop" in finding.message and "no punctuation" in finding.message


def test_a_stop_inside_both_links_texts_is_no_finding(make_segments) -> None:
    pairs = [("It helps prevent [download attacks.](https://example.org/rfd.pdf)",
              "Это помогает предотвратить [атаки с загрузкой файлов.](https://example.org/rfd.pdf)")]
    assert check(make_segments(pairs), "punctuation-end") == []


def test_a_capitalised_sentence_in_brackets_keeps_its_stop(make_segments) -> None:
    pairs = [("(If you see this message, please report it.)",
              "(Если вы видите это сообщение, сообщите о нём)")]
    assert len(check(make_segments(pairs), "punctuation-end")) == 1


def test_a_bracketed_fragment_in_small_letters_may_drop_its_stop(make_segments) -> None:
    pairs = [("(I've added the line numbers.)", "(номера строк добавлены для наглядности)")]
    assert check(make_segments(pairs), "punctuation-end") == []


def test_a_colon_before_a_list_item_is_a_lead_in(make_segments) -> None:
    """The translator adds «Рекомендуется:» before a list the source runs on after a stop."""
    pairs = [("Access control works only on the server.",
              "Контроль доступа работает только на сервере. Рекомендуется:"),
             ("* Deny access by default.", "* запрещать доступ по умолчанию;")]
    assert [f for f in check(make_segments(pairs), "punctuation-end") if f.segment == 1] == []


def test_a_colon_before_prose_is_still_reported(make_segments) -> None:
    pairs = [("Access control works only on the server.",
              "Контроль доступа работает только на сервере, где его нельзя обойти:"),
             ("Admins are alerted.", "Администраторы получают оповещение.")]
    assert [f.segment for f in check(make_segments(pairs), "punctuation-end")] == [1]


# spacing


def test_a_bracket_after_a_markup_tag_is_not_glued(make_segments) -> None:
    pairs = [("The book is online at [the site](https://example.org/book/).",
              "Книга доступна на [сайте](https://example.org/book/)<sub>(англ.)</sub>.")]
    assert check(make_segments(pairs), "spacing") == []


def test_a_bracket_glued_to_a_sign_is_still_reported(make_segments) -> None:
    pairs = [("Type the / (slash) character.", "Введите символ /(слеш).")]
    assert len(check(make_segments(pairs), "spacing")) == 1


# untranslated-fragment


def test_a_single_word_the_source_lacks_is_the_translators_name(make_segments) -> None:
    """«awesome» names the window manager the source leaves unnamed; «derive» is the base form
    of the source's "derived", a term, not English prose left in."""
    pairs = [("The remote module has to be loaded.", "В awesome должен быть загружен модуль remote."),
             ("A trait that can't be derived is Display.", "Типаж, который нельзя реализовать через derive, — Display.")]
    assert check(make_segments(pairs), "untranslated-fragment") == []


def test_a_single_word_the_source_has_is_still_reported(make_segments) -> None:
    pairs = [("I always feel fine.", "Я always чувствую себя хорошо.")]
    assert len(check(make_segments(pairs), "untranslated-fragment")) == 1


def test_two_english_words_are_prose_even_where_the_source_lacks_them(make_segments) -> None:
    pairs = [("Click the panel on the left.", "Щёлкните в command panel слева.")]
    assert len(check(make_segments(pairs), "untranslated-fragment")) == 1


def test_a_plural_copied_after_a_russian_conjunction_is_prose(make_segments) -> None:
    pairs = [("Promises are native in ES6, and ES7 proposals work through Babel.",
              "Обещания поддерживаются в ES6, а proposals из ES7 работают через Babel.")]
    [finding] = check(make_segments(pairs), "untranslated-fragment")
    assert "proposals" in finding.message


def test_a_plural_named_by_a_russian_noun_is_a_name(make_segments) -> None:
    pairs = [("Set the proposals field.", "Задайте поле proposals.")]
    assert check(make_segments(pairs), "untranslated-fragment") == []


def test_an_english_language_name_left_in_is_reported(make_segments) -> None:
    pairs = [("For example, Spanish might say \"1 Enero\".",
              "Например, для Spanish будет отображаться \"1 Enero\".")]
    [finding] = check(make_segments(pairs), "untranslated-fragment")
    assert "Spanish" in finding.message


def test_a_language_name_inside_a_longer_name_or_quoted_is_not(make_segments) -> None:
    pairs = [("Read the English Wikipedia.", "Читайте English Wikipedia."),
             ("Pick \"Spanish\" in the menu.", "Выберите «Spanish» в меню.")]
    assert check(make_segments(pairs), "untranslated-fragment") == []
