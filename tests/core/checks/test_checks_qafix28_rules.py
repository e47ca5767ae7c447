"""`number-mismatch`, `unpaired`, `whitespace` and `capitalisation` rules of session 29 (issue 15),
read off the science-abstracts set's misses and false alarms: each test is a made-up pair, not the
set's own, with the slip the rule must still report beside it."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks
from workbench.core.checks.enumerators import enumerators
from workbench.core.checks.transliteration import designation_key
from workbench.core.number_reader import compare_texts


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


# -- list enumerators -----------------------------------------------------------------------

LISTED = ("The survey proposes three measures: (1) replace the old pumps in every unit; (2) train the "
          "night shift twice a year; and (3) test the valves before each start.")


@pytest.mark.parametrize("target", [
    "Предложены три меры: заменить старые насосы на всех блоках; обучать ночную смену два раза в год; "
    "проверять клапаны перед каждым пуском.",
    "Предложены три меры: 1) заменить старые насосы на всех блоках; 2) обучать ночную смену два раза в год; "
    "3) проверять клапаны перед каждым пуском.",
    "Предложены три меры: во-первых, заменить старые насосы на всех блоках; во-вторых, обучать ночную смену "
    "два раза в год; в-третьих, проверять клапаны перед каждым пуском.",
])
def test_a_list_numbered_otherwise_or_not_at_all_keeps_its_numbers(make_segments, target: str) -> None:
    assert check(make_segments, [(LISTED, target)], "number-mismatch") == []


def test_a_number_inside_a_listed_item_is_still_compared(make_segments) -> None:
    target = ("Предложены три меры: заменить старые насосы на всех блоках; обучать ночную смену три раза в год; "
              "проверять клапаны перед каждым пуском.")
    [finding] = check(make_segments, [(LISTED, target)], "number-mismatch")
    assert "2" in finding.message


def test_numbers_in_brackets_that_are_no_list_are_still_compared() -> None:
    """"equations (1) and (2)" refer to two things by number: no item between them."""
    assert enumerators("as equations (1) and (2) show") == []
    assert not compare_texts("as equations (1) and (2) show", "как показывают уравнения", "en", "ru").agrees


def test_a_lone_bracketed_number_is_no_list() -> None:
    assert enumerators("the value (1) is kept in the table") == []
    assert not compare_texts("the pressure rose (3) times in the loop", "давление в контуре выросло", "en",
                             "ru").agrees


def test_a_lettered_russian_list_closes_no_bracket(make_segments) -> None:
    source = ("The method has two merits: (a) the sensors need no power of their own; (b) the readings reach "
              "the control room at once.")
    target = ("У метода два достоинства: а) датчикам не нужно своё питание; б) показания сразу поступают "
              "на щит управления.")
    assert check(make_segments, [(source, target)], "unpaired") == []
    lost = "У метода два достоинства (датчикам не нужно своё питание; показания сразу поступают на щит."
    assert [f.check for f in check(make_segments, [(source, lost)], "unpaired")] == ["unpaired"]


# -- designations in either alphabet --------------------------------------------------------


def test_a_designation_is_the_same_in_either_alphabet() -> None:
    assert designation_key("BN") == designation_key("БН")
    assert designation_key("VVER") == designation_key("ВВЭР")
    assert designation_key("Yak") == designation_key("Як") == designation_key("Jak")
    assert designation_key("BN") != designation_key("ВН")


@pytest.mark.parametrize(("source", "target"), [
    ("The fuel of the BN-800 reactor was tested.", "Испытано топливо реактора БН-600."),
    ("The VVER-1000 vessel was inspected.", "Осмотрен корпус реактора ВВЭР-1200."),
])
def test_a_designation_renumbered_across_alphabets_is_reported(make_segments, source: str, target: str) -> None:
    assert [f.check for f in check(make_segments, [(source, target)], "number-mismatch")] == ["number-mismatch"]


def test_a_designation_transliterated_with_its_number_is_silent(make_segments) -> None:
    assert check(make_segments, [("The fuel of the BN-800 reactor was tested.",
                                  "Испытано топливо реактора БН-800.")], "number-mismatch") == []


# -- months said as years -------------------------------------------------------------------


@pytest.mark.parametrize(("source", "target"), [
    ("The plant moves to an 18-month fuel cycle.", "Станция переходит на полуторагодичный топливный цикл."),
    ("The test ran for 6 months.", "Испытание длилось полгода."),
    ("The plant moves to a 24-month fuel cycle.", "Станция переходит на двухгодичный топливный цикл."),
])
def test_months_said_as_years_agree(source: str, target: str) -> None:
    assert compare_texts(source, target, "en", "ru").agrees


def test_months_said_as_other_years_are_reported() -> None:
    assert not compare_texts("The plant moves to an 18-month fuel cycle.",
                             "Станция переходит на двухгодичный топливный цикл.", "en", "ru").agrees


# -- hyphens --------------------------------------------------------------------------------


@pytest.mark.parametrize("target", ["Решение задачи для n -слойной стенки.",
                                    "Решение задачи для тепло- проводящей стенки."])
def test_a_compound_broken_by_a_space_at_its_hyphen_is_reported(make_segments, target: str) -> None:
    found = check(make_segments, [("Solving the problem for a layered wall.", target)], "whitespace")
    assert [f.check for f in found] == ["whitespace"]


@pytest.mark.parametrize("target", ["Расчёт тепло- и массообмена в стенке.",
                                    "Расчёт водо-, газо- или электроснабжения станции.",
                                    "Расчёт тепло- электро- и водоснабжения станции.",
                                    "Расчёт n-слойной стенки — тепло - это энергия."])
def test_a_hanging_hyphen_is_no_broken_compound(make_segments, target: str) -> None:
    assert check(make_segments, [("Computing the supply of the plant.", target)], "whitespace") == []


# -- keyword lists --------------------------------------------------------------------------


def test_a_keyword_list_in_small_letters_is_russian_style(make_segments) -> None:
    source = "Baltic coast, tidal power plants, turbines, grid stability"
    target = "побережье Балтики, приливные электростанции, турбины, устойчивость сети"
    assert check(make_segments, [(source, target)], "capitalisation") == []


@pytest.mark.parametrize(("source", "target"), [
    ("Turbines of the plant were replaced, the grid was kept stable, and the coast was protected.",
     "турбины станции заменены, сеть осталась устойчивой, а побережье защищено."),
    ("Baltic coast, tidal power plants", "побережье Балтики, приливные электростанции"),
])
def test_a_sentence_or_a_short_pair_in_small_letters_is_still_reported(make_segments, source: str,
                                                                       target: str) -> None:
    assert [f.check for f in check(make_segments, [(source, target)], "capitalisation")] == ["capitalisation"]


# -- percent signs --------------------------------------------------------------------------


def test_a_percentage_written_as_a_bare_number_is_reported(make_segments) -> None:
    source = "The deviation stays below 4.5% for water and 9.1 % for steam."
    target = "Отклонение не превышает 4,5 для воды и 9,1 для пара."
    [finding] = check(make_segments, [(source, target)], "number-mismatch")
    assert "without its percent sign" in finding.message and "4.5%" in finding.message and "9.1 %" in finding.message


@pytest.mark.parametrize("target", [
    "Отклонение не превышает 4,5 % для воды и 9,1 % для пара.",
    "Отклонение не превышает 4,5 и 9,1 % для воды и пара соответственно.",
    "Отклонение для воды и пара — от 4,5 до 9,1 процента.",
    "Отклонение не превышает 4,5 проц. для воды и 9,1 проц. для пара.",
])
def test_a_percentage_kept_or_sharing_its_sign_is_silent(make_segments, target: str) -> None:
    source = "The deviation stays below 4.5% for water and 9.1 % for steam."
    assert check(make_segments, [(source, target)], "number-mismatch") == []


def test_the_percent_message_is_said_in_russian(make_segments) -> None:
    import gettext
    from pathlib import Path

    import workbench

    russian = gettext.translation("workbench", Path(workbench.__file__).parent / "locale", languages=["ru"])
    [finding] = check(make_segments, [("It grew by 4.5%.", "Он вырос на 4,5.")], "number-mismatch")
    assert finding.wording is not None
    assert "без знака процента" in finding.wording.render(russian.gettext, russian.ngettext)


def test_an_option_translated_after_its_command_is_no_broken_compound(make_segments) -> None:
    """«kill -сигнал pid» for "kill -signal pid": the option's placeholder, translated."""
    found = check(make_segments, [("Run kill -signal pid to send it.", "Выполните kill -сигнал pid.")], "whitespace")
    assert found == []
