"""The number reader's readings of session 45 (qafix79): members of a numbered series of names one
side drops or adds where the other carries the series (house rules D3, D8, D14). Sentences made up
here."""

from __future__ import annotations

import pytest

from workbench.core.number_reader import compare_texts, explain


@pytest.mark.parametrize(
    ("source", "target", "said"),
    [
        # a synopsis's optional places cut short: the series carried under other letters
        ("Compare part1 part2 [part3 [part4 [part5]]] at once.", "Сравните часть1 часть2 [часть3] сразу.",
         "“part4” (4) in the source is not in the target; “part5” (5) in the source is not in the target."),
        # the same letters copied, one member left out
        ("Copy disk1 and disk2 to the server.", "Скопируйте disk1 на сервер.",
         "“disk2” (2) in the source is not in the target."),
        # a member added (D8)
        ("Copy disk1 and disk2 to the server.", "Скопируйте disk1, disk2 и disk3 на сервер.",
         "“disk3” (3) in the target is not in the source."),
    ],
)
def test_a_member_of_a_numbered_series_dropped_or_added_is_found(source: str, target: str, said: str) -> None:
    result = compare_texts(source, target, "en", "ru")
    assert not result.agrees
    assert explain(result) == said


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Copy disk1 and disk2 to the server.", "Скопируйте disk1 и disk2 на сервер."),
        # the member said in words, or its number written apart
        ("Copy disk1 and disk2 to the server.", "Скопируйте disk1 и второй диск на сервер."),
        ("Copy disk1 and disk2 to the server.", "Скопируйте disk1 и диск 2 на сервер."),
        # a name alone is no series: its digit left out is no error (D14)
        ("The note on frame1 explains it.", "Примечание к кадру объясняет это."),
        ("Open frame1 and then frame2.", "Откройте первый кадр, затем следующий."),
        # one shared number under other letters is no carried series
        ("Mount disk1 and disk2, then run v1 of the tool.", "Подключите диски и запустите v1 программы."),
    ],
)
def test_a_series_kept_or_not_carried_stays_silent(source: str, target: str) -> None:
    assert compare_texts(source, target, "en", "ru").agrees


@pytest.mark.parametrize(
    ("source", "target", "said"),
    [
        # a version's number changed (D14)
        ("Call render_v3() once.", "Вызовите render_v2() один раз.",
         "3 ≠ 2: the source has “render_v3”, the target “render_v2”."),
        # a name's digit changed (D14: an error, as a changed code is)
        ("The note on frame1 explains it.", "Примечание к кадру2 объясняет это.",
         "“кадру2” (2) in the target is not in the source."),
        # a digit run into a word, in a garbled translation
        ("We mounted an antenna on the barn.", "Мы установили антенну на сарай7.",
         "“сарай7” (7) in the target is not in the source."),
    ],
)
def test_a_number_the_target_glues_to_a_name_and_the_source_lacks_is_found(source: str, target: str,
                                                                            said: str) -> None:
    result = compare_texts(source, target, "en", "ru")
    assert not result.agrees
    assert explain(result) == said


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Build it for x86 and arm64.", "Соберите для x86 и arm64."),  # copied
        ("Set console=ttyS0,9600n8 at boot.", "Задайте console=ttyS0,9600n8 при загрузке."),  # read otherwise
        ("Watch the film in three dimensions.", "Смотрите фильм в 3D."),  # the source says it in words
        ("Open the second version of the file.", "Откройте файл v2."),
        ("Upload disk 4 first.", "Сначала загрузите диск4."),  # written apart in the source
        # inline code is the program's: an older edition's list or version is the code reviewer's
        ("Types: `u8`, `u16` and `u32`.", "Типы: `u8` и `u16`."),
        ("Call `render_v3()` once.", "Вызовите `render_v2()` один раз."),
    ],
)
def test_a_name_numbered_as_the_source_numbers_it_stays_silent(source: str, target: str) -> None:
    assert compare_texts(source, target, "en", "ru").agrees


def test_sterling_silver_is_the_925_fineness_and_nothing_alone() -> None:
    # "sterling" names the fineness 925 a translation may write in digits; it stands in only
    assert compare_texts("She only buys sterling silver rings.", "Она покупает только кольца из серебра 925 пробы.",
                         "en", "ru").agrees
    assert compare_texts("The bill was 40 pounds sterling.", "Счёт был на 40 фунтов стерлингов.", "en", "ru").agrees
    assert not compare_texts("She only buys silver rings.", "Она покупает только кольца из серебра 925 пробы.",
                             "en", "ru").agrees
