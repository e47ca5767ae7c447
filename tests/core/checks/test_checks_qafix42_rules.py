"""`number-mismatch` rules of qafix42 (issue 15), read off the false alarms and misses of every
held-out set (dev data now): each test is a made-up text, not a set's own, with the text the rule
must still report (or keep silent on) beside it."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def one(make_segments, source: str, target: str) -> list[Finding]:
    return run_checks(make_segments([(source, target)]), source_lang="en", target_lang="ru",
                      checks=["number-mismatch"])


# -- a designation the translation adds -----------------------------------------------------------

@pytest.mark.parametrize(("source", "target", "said"), [
    ("The doses were calculated with a transport code.", "Дозы рассчитаны по программе SCALE-6.",
     "“SCALE-6” (6) in the target is not in the source"),
    ("The pumps of the new plant were tested.", "Испытаны насосы новой станции проекта ВВЭР-1200.",
     "“ВВЭР-1200” (1200) in the target is not in the source"),
    ("(a) Rainfall; and (b) river flow", "a) Осадки и b) речной сток+C17",
     "“C17” (17) in the target is not in the source"),
    ("Press Enter to go on.", "Нажмите Enter [NL2], чтобы продолжить.",
     "“NL2” (2) in the target is not in the source"),
])
def test_a_designation_the_translation_adds_is_found(make_segments, source: str, target: str, said: str) -> None:
    """A version, model or design number the source has no trace of."""
    [finding] = one(make_segments, source, target)
    assert said in finding.message


@pytest.mark.parametrize(("source", "target"), [
    ("The pumps of the VVER-1200 unit were tested.", "Испытаны насосы энергоблока ВВЭР-1200."),  # transliterated
    ("The aircraft was a Tu-154.", "Самолёт был Ту-154."),
    ("The doses were calculated with the SCALE code.", "Дозы рассчитаны по коду SCALE-6."),  # named shorter
    ("Many COVID cases were registered.", "Зарегистрировано много больных COVID-19."),
    ("Files are saved in UTF-8.", "Файлы сохраняются в UTF-8."),
    ("Two hundred and six seats in the Tu-two-oh-six.", "Двести шесть мест."),
    ("This is a peer-to-peer network.", "Это сеть P2P."),  # no hyphen: a name's spelling
    ("Read the docs of the JavaScript engine.", "Прочтите документацию движка v8."),
    ("Convert the songs.", "Преобразуйте MP3s."),
    ("Fill in cell C17 (b).", "Заполните ячейку C17 (b)."),
    ("Use the nominative form.", "Используйте форму И1."),  # Cyrillic letters: a code of the language
    # a name with a number the source has and the translation leaves out is not read here
    ("Parameters given on the po4a command line win.", "Параметры командной строки важнее."),
    ("Laws such as APP-11 or GDPR apply.", "Применяются законы, такие как GDPR."),
])
def test_a_designation_with_a_trace_or_left_out_is_no_finding(make_segments, source: str, target: str) -> None:
    assert one(make_segments, source, target) == []


# -- numbers either side of a slash ----------------------------------------------------------------

def test_a_slashed_pair_given_as_its_two_numbers_is_no_finding(make_segments) -> None:
    assert one(make_segments, "Pupils in grades 4/5 sit the test.", "Тест пишут ученики 4 и 5 классов.") == []
    assert one(make_segments, "Ученики 4/5 классов.", "Pupils in grades 4 and 5.") == []


@pytest.mark.parametrize(("source", "target"), [
    ("About 2/3 of the pupils passed.", "Сдали около 2 и 3 учеников."),  # a fraction of a whole
    ("Pupils in grades 4/5 sit the test.", "Тест пишут ученики 5 классов."),  # one of its numbers
    ("About 2/3 of the pupils passed.", "Сдали около 3/4 учеников."),
    ("Grades 4/5 and grades 4/5 again.", "Классы 4 и 5."),  # two numbers stand for one pair
])
def test_a_fraction_kept_otherwise_is_found(make_segments, source: str, target: str) -> None:
    assert [f.check for f in one(make_segments, source, target)] == ["number-mismatch"]


# -- a rate's base in words ------------------------------------------------------------------------

def test_a_rate_base_in_words_left_out_is_found(make_segments) -> None:
    [finding] = one(make_segments, "Number of doctors per thousand inhabitants",
                    "Число врачей")
    assert "“per thousand” (1 thousand) in the source is not in the target" in finding.message


@pytest.mark.parametrize("target", [
    "Число врачей на тысячу жителей", "Число врачей на 1000 жителей", "Число врачей на 1 тыс. жителей",
])
def test_a_rate_base_kept_is_no_finding(make_segments, target: str) -> None:
    assert one(make_segments, "Number of doctors per thousand inhabitants", target) == []


def test_parts_per_million_is_a_unit_not_a_base(make_segments) -> None:
    assert one(make_segments, "The limit is 10 parts per million.", "Предел — 10 ppm.") == []


# -- a series carried on to "and so on" ------------------------------------------------------------

@pytest.mark.parametrize("target", [
    "Один сервер обслуживает 500 клиентов, два — 1000, три — 1500 и т. д.",
    "Один сервер обслуживает 5 тыс. клиентов, два — 10 тыс., три — 15 тыс. клиентов и т.д.",
    "Один сервер обслуживает 500 клиентов, два — 1000, три — 1500 и так далее.",
])
def test_a_series_carried_on_to_and_so_on_is_no_finding(make_segments, target: str) -> None:
    source = "One server handles 500 clients, and each server added as many again."
    if "тыс" in target:
        source = source.replace("500", "5,000")
    assert one(make_segments, source, target) == []


@pytest.mark.parametrize("target", [
    "Один сервер обслуживает 500 клиентов, два — 1000, три — 1500.",  # no "and so on"
    "Один сервер обслуживает 500 клиентов, два — 1000, три — 2000 и т. д.",  # out of step
    "Один сервер обслуживает 500 клиентов, а два — 1500, три — 2000 и т. д.",  # not from a kept number
])
def test_numbers_added_otherwise_are_found(make_segments, target: str) -> None:
    source = "One server handles 500 clients, and each server added as many again."
    assert [f.check for f in one(make_segments, source, target)] == ["number-mismatch"]
