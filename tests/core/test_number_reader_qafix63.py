"""The number reader's reading of session 40 (qafix63): a count word of three or more that the
translation drops outright, its value said in no form, is a number lost (house rule D3 for a number
left out while its clause stays). Each sentence is made up here (other numbers, words and word
orders than the QA sets'); each "finds" case failed on the base (main `c3741adb`)."""

from __future__ import annotations

import pytest

from workbench.core.number_reader import compare_texts


@pytest.mark.parametrize(
    ("source", "target", "missing"),
    [
        ("The ship was boarded by five armed pirates.", "На корабль поднялись вооружённые пираты.", ["five"]),
        ("Police said 12 protesters and seven Officers were hurt.",
         "Полиция сообщила, что пострадали 12 протестующих и полицейские.", ["seven"]),
        ("Three reporters were detained.", "Журналистов задержали.", ["Three"]),
        ("They waited for twenty-three days.", "Они долго ждали.", ["twenty-three"]),
        # a list shorter than the count does not say it again
        ("She packed four shirts, two scarves and a coat.", "Она сложила рубашки, два шарфа и пальто.", ["four"]),
    ],
)
def test_a_count_word_dropped_outright_is_found(source: str, target: str, missing: list[str]) -> None:
    result = compare_texts(source, target, "en", "ru")
    assert [t.text for t in result.missing] == missing and not result.extra


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # the value said another way: in digits, a collective, a compound, «сутки»
        ("Nine delegates signed.", "Подписали 9 делегатов."),
        ("Three friends went fishing.", "Трое друзей пошли на рыбалку."),
        ("a three storey house with four windows", "трёхэтажный дом с четырьмя окнами"),
        ("He slept for twenty-four hours straight.", "Он проспал целые сутки."),
        # "one" and "two" are as often a pronoun, «оба» or a plural
        ("The two sides met again.", "Стороны снова встретились."),
        ("one of the reasons", "одна из причин"),
        # a count the source refers back to, a vague one, a name
        ("All five members voted.", "Все члены проголосовали."),
        ("Those six villages were flooded.", "Эти деревни затопило."),
        ("Several hundred people came.", "Пришли сотни людей."),
        ("He met the Big Four auditors.", "Он встретился с аудиторами большой четвёрки."),
        # the count said again by a list the translation keeps
        ("The tool writes three files called alpha, beta and gamma.",
         "Программа записывает файлы alpha, beta и gamma."),
        # a scale after digits is no count of its own
        ("a debt of 300 thousand million dollars", "долг в 300 тысяч миллионов долларов"),
    ],
)
def test_counts_kept_or_not_required_agree(source: str, target: str) -> None:
    result = compare_texts(source, target, "en", "ru")
    assert result.agrees, (result.missing, result.extra)


def test_a_count_changed_is_still_one_difference() -> None:
    result = compare_texts("Five boats sank.", "Затонули шесть лодок.", "en", "ru")
    assert [t.text for t in result.missing] == ["Five"] and [t.text for t in result.extra] == ["шесть"]


def test_a_lead_in_to_a_list_may_leave_its_count_to_the_list() -> None:
    result = compare_texts("Applicants must meet four conditions:", "Заявители должны выполнить следующие условия:",
                           "en", "ru")
    assert result.agrees


def test_a_handle_whose_digits_changed_is_found() -> None:
    result = compare_texts("@reader42 thanks, fixed now.", "@reader24 спасибо, уже исправлено.", "en", "ru")
    assert [t.text for t in result.missing] == ["@reader42"] and [t.text for t in result.extra] == ["@reader24"]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("@reader42 thanks, fixed now.", "@reader42 спасибо, уже исправлено."),
        ("@reader42 thanks, fixed now.", "Спасибо, уже исправлено."),  # a handle left out is no changed number
        ("Write to anna@example.org or @anna7.", "Пишите на anna@example.org или @anna7."),
    ],
)
def test_handles_kept_or_left_out_agree(source: str, target: str) -> None:
    assert compare_texts(source, target, "en", "ru").agrees
