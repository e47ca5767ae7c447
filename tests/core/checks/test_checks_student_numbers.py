"""Numbers read off the first run of the student-translations QA set (session 30, issue 15; dev
data since): a scale glued to its number or joined by a hyphen, and a middle initial that is a
Cyrillic «Х». Made-up pairs, not the set's own."""

from __future__ import annotations

import pytest

from workbench.core.checks import run_checks


def numbers(make_segments, source: str, target: str) -> list[str]:
    findings = run_checks(make_segments([(source, target)]), source_lang="en", target_lang="ru",
                          checks=["number-mismatch"])
    return [f.message for f in findings]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The city has 4m residents.", "В городе 4 миллиона жителей."),
        ("The city has 4m residents.", "В городе 4 млн жителей."),
        ("A 10k run opened the games.", "Игры открыл забег на 10 тысяч метров."),
        ("The wall is 4m high.", "Стена высотой 4 м."),
        ("It logged over 7-million hours.", "Он отработал более 7 млн часов."),
        ("By Anna K. Smith, 2019", "Анна К. Смит, 2019"),
        ("The physicist John H. Poynting measured it.", "Физик Джон Х. Пойнтинг измерил это."),
    ],
)
def test_a_scale_or_an_initial_is_read_as_written(make_segments, source: str, target: str) -> None:
    assert numbers(make_segments, source, target) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The city has 4m residents.", "В городе 40 миллионов жителей."),
        ("It logged over 7-million hours.", "Он отработал более 7 тысяч часов."),
        ("See chapter 9.", "См. главу Х. Далее."),
    ],
)
def test_a_wrong_number_is_still_found(make_segments, source: str, target: str) -> None:
    assert numbers(make_segments, source, target)
