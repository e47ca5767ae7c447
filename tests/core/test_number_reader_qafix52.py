"""The number reader's readings of session 38 (qafix52): a release the translation names again by
its number where the source says its codename. Each sentence is made up here (other products,
versions and word orders than the QA sets'); each "agrees" case failed on the base (main
`c0bcda4e`)."""

from __future__ import annotations

import pytest

from workbench.core.number_reader import compare_texts


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # the source's second mention is a codename, the translation's the release's number
        ("Ubuntu 22.04 is supported until 2027; after that, “jammy” gets no fixes.",
         "Ubuntu 22.04 поддерживается до 2027 года; после этого выпуск 22.04 не получает исправлений."),
        ("Fedora 39 ships the new installer, and Beefy Miracle users should upgrade.",
         "В Fedora 39 новый установщик, и пользователям версии 39 стоит обновиться."),
        # or a pronoun
        ("We moved to Python 3 last year, and it changed how strings work.",
         "В прошлом году мы перешли на Python 3, и версия 3 изменила работу со строками."),
        # the release named twice and said again twice, whichever of the equal numbers pair
        ("Fedora 39 is out. Upgrade to Fedora 39 now: Beefy Miracle is no longer supported, and "
         "the old media of Beefy Miracle can go.",
         "Вышла Fedora 39, и выпуск 39 заменяет старый. Обновитесь до Fedora 39: старые диски "
         "с версией 39 не нужны."),
        # the other way round: the source names it again, the translation by its codename
        ("Install Debian 12 first; release 12 brings the new kernel.",
         "Сначала установите Debian 12: «bookworm» приносит новое ядро."),
    ],
)
def test_a_release_said_again_by_its_number_agrees(source: str, target: str) -> None:
    assert compare_texts(source, target, "en", "ru").agrees


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # another release's number after the word is a value changed
        ("Ubuntu 22.04 is supported until 2027; after that, “jammy” gets no fixes.",
         "Ubuntu 22.04 поддерживается до 2027 года; после этого выпуск 24.04 не получает исправлений."),
        # a number said again with no name to carry it on both sides
        ("The kernel reached version 6 this spring.",
         "Ядро достигло версии 6 этой весной, а версия 6 стала стабильной."),
        # a count said twice is still one too many, even after a name
        ("Fedora 39 ships 12 new tools.", "Fedora 39 содержит 12 новых инструментов, 12 штук."),
        # a release the source never names
        ("Fedora 39 ships the new installer.", "В Fedora 39 новый установщик, а версия 38 старый."),
    ],
)
def test_a_number_that_no_named_release_carries_is_still_found(source: str, target: str) -> None:
    assert not compare_texts(source, target, "en", "ru").agrees


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Of all the bridges, only one survived the flood.", "Из всех мостов наводнение пережили лишь три."),
        ("Exactly one of the keys opens the door.", "Дверь открывают ровно два ключа."),
        ("Only two applicants passed the test.", "Испытание выдержал только один кандидат."),
    ],
)
def test_a_stressed_one_said_as_another_count_is_found(source: str, target: str) -> None:
    assert not compare_texts(source, target, "en", "ru").agrees


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Of all the bridges, only one survived the flood.", "Из всех мостов наводнение пережил лишь один."),
        ("Of all the bridges, only one survived the flood.", "Из всех мостов наводнение пережил единственный."),
        # "one" unstressed is still no count: a pronoun, or a word the translation leaves out alone
        ("One of the bridges survived, and two towers.", "Уцелели мост и две башни."),
        ("Only one bridge and two towers survived.", "Уцелели только один мост и две башни."),
    ],
)
def test_a_stressed_one_kept_or_left_out_alone_agrees(source: str, target: str) -> None:
    assert compare_texts(source, target, "en", "ru").agrees
