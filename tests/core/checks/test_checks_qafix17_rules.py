"""Rules read off the lessons set's misses and false alarms (session 22, issue 15): each test is
a made-up pair, not the set's own, for a general cause of one of them."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def check(segments, check_id: str) -> list[Finding]:
    return run_checks(segments, source_lang="en", target_lang="ru", checks=[check_id])


@pytest.mark.parametrize(
    ("source", "target", "word"),
    [
        ("The server answers over HTTPS and __never__ over plain HTTP.",
         "Сервер отвечает по HTTPS и __never__ по обычному HTTP.", "never"),
        ("The service gives __free__ certificates to everyone.",
         "Служба выдаёт __free__ сертификаты всем.", "free"),
        ("The service gives *free* certificates to everyone.",
         "Служба выдаёт *free* сертификаты всем.", "free"),
    ],
)
def test_a_stressed_word_left_in_english_is_reported(make_segments, source: str, target: str, word: str) -> None:
    """The marks of emphasis glued to a word hid it, and a copied one read as a name."""
    [finding] = check(make_segments([(source, target)]), "untranslated-fragment")
    assert f"“{word}”" in finding.message


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("* **timeout** - how long each run may last.", "* **timeout** — сколько может длиться каждый запуск."),
        ("Written by *why the lucky stiff* in 2005.", "Написано *why the lucky stiff* в 2005 году."),
        ("Python runs `__main__` first.", "Python сначала выполняет __main__."),
    ],
)
def test_emphasis_that_names_is_left_alone(make_segments, source: str, target: str) -> None:
    """A list's defined name, a pen name, a Python name that lost its backticks."""
    assert check(make_segments([(source, target)]), "untranslated-fragment") == []


def test_a_value_copied_from_the_source_is_still_a_name(make_segments) -> None:
    pair = ("Set the severity to serious.", "Установите важность serious.")
    assert check(make_segments([pair]), "untranslated-fragment") == []


def test_inline_code_named_again_may_be_referred_back_to(make_segments) -> None:
    pair = ("Elixir gives us the `apply/3` function. Using `apply/3` we can call any function.",
            "В Elixir есть функция `apply/3`. С её помощью можно вызвать любую функцию.")
    assert check(make_segments([pair]), "number-mismatch") == []


def test_inline_code_with_another_number_is_reported(make_segments) -> None:
    pair = ("Call `apply/3` and then `apply/2`.", "Вызовите `apply/3`, затем `apply/3`.")
    assert len(check(make_segments([pair]), "number-mismatch")) == 1


def test_a_bracket_glued_to_russian_words_set_as_code_is_reported(make_segments) -> None:
    pair = ("If this is the right card, pick `Y` and wait.", "Если это нужная карта, выберите `«Да»`(`«Y»`) и подождите.")
    [finding] = check(make_segments([pair]), "spacing")
    assert "`«Да»`(" in finding.message


def test_a_bracket_glued_to_code_the_source_glues_is_left_alone(make_segments) -> None:
    pair = ("Call `f`(x) now.", "Вызовите `f`(x) сейчас.")
    assert check(make_segments([pair]), "spacing") == []


def test_a_links_bracket_glued_to_the_russian_word_before_its_code_is_reported(make_segments) -> None:
    """The framework-docs set's «вызовом[`clearInterval`](…)» (after its one run, session 22): the
    link's text set as code hid the glued bracket, which only looked for a letter after it."""
    pair = ("Stop it by calling [`stopTimer`](https://example.org/stopTimer) once.",
            "Остановите его вызовом[`stopTimer`](https://example.org/stopTimer) один раз.")
    [finding] = check(make_segments([pair]), "spacing")
    assert "вызовом[`stopTimer`" in finding.message
    spaced = ("Use [`map()`](https://example.org/map) here.", "Используйте [`map()`](https://example.org/map) здесь.")
    assert check(make_segments([spaced]), "spacing") == []


def test_a_link_to_the_sites_own_page_in_russian_is_the_same_link(make_segments) -> None:
    pair = ("See the [Mix](https://example.org/en/lessons/mix/#new-projects) lesson.",
            "См. урок [Mix](/ru/lessons/mix#Новый-проект).")
    assert check(make_segments([pair]), "url-email") == []


def test_a_link_to_another_page_of_the_site_is_reported(make_segments) -> None:
    pair = ("See the [Mix](https://example.org/en/lessons/mix/#new-projects) lesson.",
            "См. урок [Mix](/ru/lessons/mox#Новый-проект).")
    assert len(check(make_segments([pair]), "url-email")) == 1


def test_a_stop_made_a_colon_before_this_example_is_left_alone(make_segments) -> None:
    pair = ("Let's change `lib/app.ex` for this simple example.", "Для примера изменим код `lib/app.ex`:")
    assert check(make_segments([pair]), "punctuation-end") == []


def test_a_stop_made_a_colon_elsewhere_is_reported(make_segments) -> None:
    pair = ("Let's change `lib/app.ex` for this run.", "Для этого запуска изменим код `lib/app.ex`:")
    assert len(check(make_segments([pair]), "punctuation-end")) == 1


def test_a_stop_made_an_exclamation_where_the_author_exclaims_is_tone(make_segments) -> None:
    pairs = [("Well, believe it or not, you would be wrong!", "На самом деле это не так!"),
             ("The second command compiles the application. Now we are ready to write our first benchmark.",
              "Вторая команда скомпилирует приложение. Всё готово к написанию нашего первого теста!")]
    findings = check(make_segments(pairs), "punctuation-end")
    assert [f.segment for f in findings] == []


def test_a_stop_made_an_exclamation_in_a_text_that_never_exclaims_is_tone(make_segments) -> None:
    """House rule D4': a stop made «!» is silent wherever it stands; a stop made «?» is not (D4)."""
    pairs = [("Install the package first.", "Сначала установите пакет."),
             ("The second command compiles the application. Now we are ready to write our first benchmark.",
              "Вторая команда скомпилирует приложение. Всё готово к написанию нашего первого теста!"),
             ("The third command runs it. Now we are ready to read the results.",
              "Третья команда его запустит. Готовы ли мы прочитать результаты?")]
    assert [f.segment for f in check(make_segments(pairs), "punctuation-end")] == [3]


def test_a_word_marked_as_code_in_a_document_that_marks_code_is_code(make_segments) -> None:
    """The source says it in words; its neighbour shows the document marks code with backticks."""
    pairs = [("Use `await` inside async functions.", "Используйте `await` внутри асинхронных функций."),
             ("A promise awaited many times still fails.", "Промис, для которого `await` выполняется много раз, падает.")]
    assert check(make_segments(pairs), "untranslated-fragment") == []


def test_a_word_marked_as_code_where_nothing_else_is_is_judged(make_segments) -> None:
    """Judged as any word: an adverb the source has is reported, code marks or not; a keyword the
    source lacks in that form (`await` for "awaited") is the translator's name (qafix24)."""
    pair = ("A promise awaited many times still fails.", "Промис, для которого `always` выполняется много раз, падает.")
    assert len(check(make_segments([pair]), "untranslated-fragment")) == 1
    named = ("A promise awaited many times still fails.", "Промис, для которого `await` выполняется много раз, падает.")
    assert check(make_segments([named]), "untranslated-fragment") == []


def test_the_english_noun_for_a_names_kind_is_reported(make_segments) -> None:
    pair = ("🔗 [Read on: Snyk website](https://snyk.io/)", "🔗 [Читайте еще: Snyk website](https://snyk.io/)")
    [finding] = check(make_segments([pair]), "untranslated-fragment")
    assert "“website”" in finding.message


@pytest.mark.parametrize(("source", "target"), [("Build it with GNU make first.", "Сначала соберите его с помощью GNU make."),
                                                ("Switch to Debian testing now.", "Перейдите на Debian testing.")])
def test_a_name_with_its_command_or_branch_is_left_alone(make_segments, source: str, target: str) -> None:
    assert check(make_segments([(source, target)]), "untranslated-fragment") == []


def test_a_dotted_name_in_inline_code_is_no_lost_space(make_segments) -> None:
    pair = ("A Task Supervisor supervises tasks.", "`Task.Supervisor` контролирует задачи.")
    assert check(make_segments([pair]), "spacing") == []


def test_a_lost_space_outside_code_is_still_reported(make_segments) -> None:
    pair = ("A Task Supervisor supervises tasks.", "`Task` контролирует задачи.Он растёт.")
    assert len(check(make_segments([pair]), "spacing")) == 1
