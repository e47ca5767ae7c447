"""Rules read off session 20's reading of `number-mismatch`, `whitespace` and `spacing` misses on
real pairs, each tested on pairs written like the real ones, both ways where a slip is near: the
translator's choice not reported, the slip still reported.

An exact count a translation makes the plural of a round number («в десятки раз» for "ten
times") is lost. A space before a mark after inline code («командой `git branch` :») is the
space before a mark the rendered page shows. Inline code glued to the next or previous word
(«параметры``obj``») breaks reStructuredText's markup and runs two words together. An English
month name an example keeps in the translation ("January 1") is the source's month.
"""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


def test_an_exact_count_made_the_plural_of_a_round_number_is_lost(make_segments) -> None:
    for source, target in (
        ("The new engine burns fuel five times faster than the old one.",
         "Новый двигатель сжигает топливо в десятки раз быстрее старого."),
        ("Twenty volunteers cleaned the beach on Sunday.",
         "Десятки добровольцев убрали пляж в воскресенье."),
    ):
        [finding] = check(make_segments, [(source, target)], "number-mismatch")
        assert finding.check == "number-mismatch"
    rough = ("Dozens of volunteers cleaned the beach.", "Десятки добровольцев убрали пляж.")
    assert check(make_segments, [rough], "number-mismatch") == []
    about = ("About a hundred people came to the meeting.", "Около сотни человек пришли на собрание.")
    assert check(make_segments, [about], "number-mismatch") == []


def test_a_space_before_a_mark_after_inline_code(make_segments) -> None:
    source = "To see every remote, run the `git remote` command:"
    spaced = "Чтобы увидеть все удалённые репозитории, выполните команду `git remote` :"
    [finding] = check(make_segments, [(source, spaced)], "whitespace")
    assert "“:”" in finding.message
    tight = "Чтобы увидеть все удалённые репозитории, выполните команду `git remote`:"
    assert check(make_segments, [(source, tight)], "whitespace") == []
    copied = ("``LANGUAGE_CODE`` : the language of every page, unless a user picks another.",
              "``LANGUAGE_CODE`` : язык всех страниц, если пользователь не выбрал другой.")
    assert check(make_segments, [copied], "whitespace") == []


def test_inline_code_glued_to_a_word(make_segments) -> None:
    source = "The view receives the ``request`` argument and returns ``None`` when nothing matches."
    glued = "Представление получает аргумент``request`` и возвращает ``None``если ничего не найдено."
    [finding] = check(make_segments, [(source, glued)], "spacing")
    assert "“``request``”" in finding.message and "“``None``”" in finding.message
    spaced = "Представление получает аргумент ``request`` и возвращает ``None``, если ничего не найдено."
    assert check(make_segments, [(source, spaced)], "spacing") == []
    declined = ("Commit the changes with `git` and push them.", "Зафиксируйте изменения с помощью `git`а и отправьте их.")
    assert check(make_segments, [declined], "spacing") == []
    plural = ("Create the ``Model``s first, then the views.", "Сначала создайте ``Model``ы, потом представления.")
    assert check(make_segments, [plural], "spacing") == []


def test_an_english_month_the_translation_keeps_is_the_same_month(make_segments) -> None:
    source = 'Date formats vary: British English writes "3 March", American English "March 3".'
    kept = 'Форматы дат различаются: в британском английском пишут "3 March", в американском - "March 3".'
    assert check(make_segments, [(source, kept)], "number-mismatch") == []
    changed = 'Форматы дат различаются: в британском английском пишут "3 March", в американском - "May 3".'
    [finding] = check(make_segments, [(source, changed)], "number-mismatch")
    assert finding.check == "number-mismatch"
