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
        # a name alone is no series: its digit left out or renumbered is D14's, not this step's
        ("The note on frame1 explains it.", "Примечание к кадру2 объясняет это."),
        ("Open frame1 and then frame2.", "Откройте первый кадр, затем следующий."),
        # one shared number under other letters is no carried series
        ("Mount disk1 and disk2, then run v1 of the tool.", "Подключите диски и запустите v1 программы."),
    ],
)
def test_a_series_kept_or_not_carried_stays_silent(source: str, target: str) -> None:
    assert compare_texts(source, target, "en", "ru").agrees
