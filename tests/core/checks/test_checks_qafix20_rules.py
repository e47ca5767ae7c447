"""Rules read off `untranslated-fragment`'s misses and false alarms on the framework-docs,
ml-courses and glossaries sets (session 24, issue 15): each test is a made-up pair, not a set's
own, for a general cause of one of them."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def check(segments, check_id: str = "untranslated-fragment") -> list[Finding]:
    return run_checks(segments, source_lang="en", target_lang="ru", checks=[check_id])


@pytest.mark.parametrize(
    ("source", "target", "word"),
    [
        ("Test the build before it goes to production.", "Проверьте сборку до выкатки в production.",
         "production"),
        ("Copy the file into the library folder.", "Скопируйте файл в library.", "library"),
    ],
)
def test_a_noun_a_russian_preposition_governs_is_left_in(make_segments, source: str, target: str,
                                                        word: str) -> None:
    """The preposition declines the English noun as a Russian one: the translator kept prose."""
    [finding] = check(make_segments([(source, target)]))
    assert f"“{word}”" in finding.message


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The fix landed in stable last week.", "Исправление попало в stable на прошлой неделе."),
        ("The argument must be a pointer to a long.", "Параметр должен быть указателем на long."),
        ("Read the control file first.", "Сначала прочитайте файл control."),
        ("Quit aptitude, saving your changes.", "Выйдите из aptitude, сохранив изменения."),
        ("Set it to a value other than all.", "Задайте значение, отличное от all."),
        ("Switch between production and staging.", "Переключайтесь между production и staging."),
    ],
)
def test_an_adjective_or_a_verb_governed_as_a_noun_is_a_name(make_segments, source: str, target: str) -> None:
    """"stable", "long" are not nouns in English prose: a sentence that governs them names a
    branch or a type; a noun after the Russian noun of its kind names a file; a rare noun
    governed so names a program; "all" is a function word, a value when governed; two values
    joined as the source joins them are values."""
    assert check(make_segments([(source, target)])) == []


def test_a_keyword_the_source_quotes_after_an_article_is_a_name(make_segments) -> None:
    """"the "else block"": an article before a quoted adverb makes it a keyword's name."""
    pair = ('Denote the "else block" of a chain.', 'Обозначает "блок else" цепочки.')
    assert check(make_segments([pair])) == []
    prose = ('Run it, or else the block fails.', 'Запустите его, "блок else" упадёт.')
    [finding] = check(make_segments([prose]))
    assert "“else”" in finding.message


def test_the_english_original_in_brackets_after_its_translation_is_cited(make_segments) -> None:
    """The translator adds brackets to give the term's English original beside its Russian."""
    pair = ("Infrastructure as a service, or IaaS, is a model of renting servers.",
            "Инфраструктура как услуга (Infrastructure as a service, IaaS) — модель аренды серверов.")
    assert check(make_segments([pair])) == []


def test_english_prose_in_the_sources_own_brackets_is_still_reported(make_segments) -> None:
    """Brackets the source has too give no original: their words are prose copied."""
    pair = ("It runs (as a service, daily) here.", "Работает (as a service, daily) здесь.")
    [finding] = check(make_segments([pair]))
    assert "“as”" in finding.message


@pytest.mark.parametrize(
    "target",
    [
        "Вот пример с [GSAP library](https://example.org/) для анимации.",
        "Вот пример с GSAP library для анимации.",
    ],
)
def test_a_kind_noun_after_an_acronym_is_left_in(make_segments, target: str) -> None:
    """Russian names the kind first, in Russian («библиотека GSAP»), in a link's text too."""
    source = "Here's a demo using the [GSAP library](https://example.org/) for animation."
    [finding] = check(make_segments([(source, target)]))
    assert "“library”" in finding.message


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("See [Motion One](https://example.org/) too.", "См. также [Motion One](https://example.org/)."),
        ("From the [12-Factor best practices for logging](https://example.org/), an app logs.",
         "Из [12-Factor best practices for logging](https://example.org/), приложение пишет журнал."),
    ],
)
def test_a_title_copied_as_a_links_text_is_cited(make_segments, source: str, target: str) -> None:
    assert check(make_segments([(source, target)])) == []


def test_a_two_word_term_the_translation_puts_in_the_singular_is_kept(make_segments) -> None:
    """"service meshes" as «service mesh»: a term kept in Latin in its base form, on purpose."""
    pair = ("Containers, service meshes, and microservices show this approach.",
            "Пример такого подхода — контейнеры, service mesh и микросервисы.")
    assert check(make_segments([pair])) == []
