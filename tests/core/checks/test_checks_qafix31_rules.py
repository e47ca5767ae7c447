"""Rules read off the misses and false alarms of `untranslated-fragment` and `unpaired` on the
frozen QA sets, all dev data (session 32, issue 15): English phrases made one word by hyphens,
a noun phrase opened by its English determiner, an option's value that ends a sentence as a
Russian verb's object, and an odd straight quotation mark among paired ones. Each test is a
made-up pair, not the sets' own, for a general cause."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def check(segments, check_id: str) -> list[Finding]:
    return run_checks(segments, source_lang="en", target_lang="ru", checks=[check_id])


def left_in(make_segments, source: str, target: str) -> list[str]:
    """The words the `untranslated-fragment` finding on the pair names (none: no finding)."""
    findings = check(make_segments([(source, target)]), "untranslated-fragment")
    return [target[a:b] for f in findings for a, b in f.target_spans]


@pytest.mark.parametrize(
    ("source", "target", "word"),
    [
        ("The new parser gives state-of-the-art results on long files.",
         "Новый анализатор даёт state-of-the-art результаты на длинных файлах.", "state-of-the-art"),
        ("Shops now take tap-and-go and cards.",
         "Магазины теперь принимают tap-and-go и карты.", "tap-and-go"),
        ("The portal supports single sign-on for every team.",
         "Портал поддерживает, например, single sign-on для каждой команды.", "sign-on"),
        ("You must log in before you can vote.", "Прежде чем голосовать, нужно сделать log-in.", "log-in"),
    ],
)
def test_an_english_phrase_made_one_word_is_left_in(make_segments, source: str, target: str, word: str) -> None:
    """Words joined inside by a preposition, a conjunction or an article, or a verb with its
    particle, are an English phrase, which Russian translates («передовые», «единый вход»)."""
    assert word in left_in(make_segments, source, target)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Install mail-transport-agent first.", "Сначала установите mail-transport-agent."),
        ("Set the keep-all option.", "Задайте параметр keep-all."),
        ("Write the if-then-else rules.", "Напишите правила if-then-else."),
        ("Use the audio-to-audio task.", "Используйте задачу audio-to-audio."),
        ("This is known as copy-on-write.", "Это называется «copy-on-write»."),
        ("Data is kept in memory (in-memory).", "Данные хранятся в памяти (in-memory)."),
        ("Read [the guide](/docs#adding-to-an-array).", "Прочтите [руководство](/docs#adding-to-an-array)."),
        ("Use apt-get to install it.", "Используйте apt-get для установки."),
    ],
)
def test_names_joined_by_hyphens_are_left_alone(make_segments, source: str, target: str) -> None:
    """Options, packages and commands are named by nouns and verbs; a compound a Russian noun
    names, one quoted or given in brackets, and an anchor of a link are cited."""
    assert left_in(make_segments, source, target) == []


def test_a_noun_phrase_opened_by_its_determiner_is_left_in(make_segments) -> None:
    """«Нажмите any key»: a run of plain words that an English determiner opens is English
    grammar, never a name Russian cites alone («клавишу Enter»)."""
    assert left_in(make_segments, "Press any key to go on.", "Нажмите any key, чтобы продолжить.") == ["any", "key"]
    assert left_in(make_segments, "Open your home folder.", "Откройте your home folder.") != []
    assert left_in(make_segments, "Press Enter to go on.", "Нажмите клавишу Enter, чтобы продолжить.") == []


def test_a_value_that_ends_the_sentence_as_a_verbs_object_is_cited(make_segments) -> None:
    """«следует использовать verbatim.»: Russian wants a noun after a transitive verb, so a word
    the source has, placed so at the end, is a name (an option's value), whatever it is as an
    English word; the same adverb inside the sentence, or after an intransitive verb, is left in."""
    source = "Otherwise, verbatim should be chosen for the section."
    assert left_in(make_segments, source, "Иначе для раздела следует выбрать verbatim.") == []
    assert left_in(make_segments, "It verbatim copies the text.", "Он verbatim копирует текст.") == ["verbatim"]
    assert left_in(make_segments, "The lamp always works.", "Лампа работает always.") == ["always"]


def unpaired(make_segments, source: str, target: str) -> list[str]:
    findings = check(make_segments([(source, target)]), "unpaired")
    return [target[a:b] for f in findings for a, b in f.target_spans]


def test_an_odd_straight_quote_among_paired_ones_is_reported(make_segments) -> None:
    """Where a translation pairs straight marks, an odd one out of three or more is left
    unpaired whatever else the text holds; an inch's or a second's mark after a digit may be one
    of them, and then no mark is sure."""
    source = 'The table gives, e.g.: "The bright star", "Row 4, +12", "Size 2".'
    target = 'Таблица даёт, например: «Яркая звезда», «Ряд 4» +12 "," Размер 2 ".'
    assert unpaired(make_segments, source, target) == ['"']
    assert unpaired(make_segments, 'Say "yes", "no" or "maybe".', 'Скажите "да", "нет" или "может быть".') == []
    assert unpaired(make_segments, 'A 24" screen, "wide" model.', 'Экран 24", модель "широкая".') == []
