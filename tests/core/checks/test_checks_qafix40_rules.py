"""`number-mismatch` rules of qafix40 (issue 15), read off the false alarms and misses of every
held-out set (dev data now): each test is a made-up text, not a set's own, with the text the rule
must still report (or keep silent on) beside it."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.core.checks import Finding, run_checks


def one(make_segments, source: str, target: str) -> list[Finding]:
    return run_checks(make_segments([(source, target)]), source_lang="en", target_lang="ru",
                      checks=["number-mismatch"])


def reported(make_segments, source: str, target: str) -> bool:
    return [f.check for f in one(make_segments, source, target)] == ["number-mismatch"]


# -- a time told from now, changed ---------------------------------------------------------------

@pytest.mark.parametrize(("source", "target", "said"), [
    ("Last week the council closed 3 libraries.", "В прошлом месяце совет закрыл 3 библиотеки.",
     "Last week ≠ last month"),
    ("The museum reopens next year.", "Музей откроется в следующем месяце.", "Next year ≠ next month"),
    ("The storm hit the coast last night.", "Шторм обрушился на побережье позавчера.",
     "Yesterday ≠ the day before yesterday"),
    ("The results will be published tomorrow.", "Результаты опубликуют вчера.", "Tomorrow ≠ yesterday"),
    ("Exports fell last year.", "Экспорт упал в следующем году.", "Last year ≠ next year"),
])
def test_a_time_told_from_now_said_otherwise_is_found(make_segments, source: str, target: str, said: str) -> None:
    """Both sides tell a time from now, and they tell different ones."""
    [finding] = one(make_segments, source, target)
    assert finding.message.startswith(said)


@pytest.mark.parametrize(("source", "target"), [
    ("Last week the council closed 3 libraries.", "На прошлой неделе совет закрыл 3 библиотеки."),
    ("The storm hit the coast last night.", "Шторм обрушился на побережье вчера вечером."),
    ("The museum reopens next year.", "Музей откроется в будущем году."),
    # a time told from now on one side only: the date it means, or none
    ("Last month the plant stopped.", "В мае завод остановился."),
    ("The plant stopped.", "В прошлом году завод остановился."),
    # "the last year" is the final one or the past twelve months, not last year; plurals are the past
    ("In the last year of the war, the city was rebuilt.", "В прошлом месяце город отстроили."),
    ("Prices rose in past years.", "Цены росли в прошлые годы, а не в прошлом месяце."),
])
def test_a_time_told_from_now_alike_or_on_one_side_is_no_finding(make_segments, source: str, target: str) -> None:
    assert one(make_segments, source, target) == []


# -- the present century --------------------------------------------------------------------------

def _present() -> int:
    return (date.today().year - 1) // 100 + 1


def test_the_present_century_named_without_its_number_is_its_number(make_segments) -> None:
    """«века нынешнего» for the century of today's date, said as an assumption."""
    present = _present()
    [finding] = one(make_segments, f"Railways spread from the {present - 2}th century to the {present}st, "
                                   "and 12 lines closed.",
                    f"Железные дороги распространялись от {present - 2}-го века до века нынешнего, и 13 линий "
                    "закрылись.")
    assert "12 ≠ 13" in finding.message
    assert f"века нынешнего = the {present}st century (the present one" in finding.message
    assert one(make_segments, f"Railways spread from the {present - 2}th century to the {present}st.",
               f"Железные дороги распространялись от {present - 2}-го века до века нынешнего.") == []
    assert one(make_segments, "Prices rose sharply this century.", f"Цены резко выросли в {present}-м веке.") == []


@pytest.mark.parametrize("target", ["Цены резко выросли в нашем веке.", "Цены резко выросли в текущем веке."])
def test_another_century_is_not_the_present_one(make_segments, target: str) -> None:
    assert reported(make_segments, f"Prices rose sharply in the {_present() - 1}th century.", target)


# -- a count kept with a unit of another kind --------------------------------------------------------

@pytest.mark.parametrize(("source", "target"), [
    ("Pilgrims walk the three mile path barefoot.", "Паломники проходят трёхчасовой путь босиком."),
    ("The ferry crosses the bay in a two-hour trip.", "Паром пересекает залив за двухкилометровый рейс."),
    ("The ferry crosses the bay in a two-hour trip.", "Паром пересекает залив за двухсуточный рейс."),
    ("Pilgrims walk the three mile path barefoot.", "Паломники проходят трёхкилометровый путь босиком."),
])
def test_a_count_kept_with_another_unit_is_found(make_segments, source: str, target: str) -> None:
    """The count words pair, the units they measure differ: said with both units."""
    [finding] = one(make_segments, source, target)
    assert any(f"{unit} in the" in finding.message for unit in ("miles)", "hours)")), finding.message


@pytest.mark.parametrize(("source", "target"), [
    ("Pilgrims walk the three mile path barefoot.", "Паломники проходят трёхмильный путь босиком."),
    ("The ferry crosses the bay in a two-hour trip.", "Паром пересекает залив за двухчасовой рейс."),
    ("The ferry crosses the bay in a two-day trip.", "Паром пересекает залив за двухсуточный рейс."),
    ("The ferry crosses the bay in a two-day trip.", "Паром пересекает залив за двухдневный рейс."),
])
def test_a_count_kept_with_its_unit_is_no_finding(make_segments, source: str, target: str) -> None:
    assert one(make_segments, source, target) == []
