"""House rules of session 37 (issue 15, docs/qa.md "House rules"): the project's list-item
convention holds both checks it names to it (D2: a stop the translation adds to a list item the
source leaves bare is a slip where lists keep the source's end marks), and a question mark gained
or lost is a question made a statement or the reverse (D4), whatever the grammar around it; a
heading's stop stays free (D1). Each test is a made-up pair, with the neighbour the rule must
leave alone beside the one it must find."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks
from workbench.core.checks.config import ChecksConfig


def check(make_segments, pairs: list[tuple[str, str]], list_items: str = "russian",
          check_id: str = "punctuation-end") -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id],
                      config=ChecksConfig.from_mapping({"list_items": list_items}))


STEPS = [
    ("To turn the feature off:", "Чтобы отключить функцию:"),
    ("Open the Settings panel", "Откройте панель «Настройки»"),
    ("Clear the option to share data", "Снимите флажок «Делиться данными»."),
    ("Restart the program", "Перезапустите программу"),
]
"""An instruction's steps without markers after a lead-in, one of them given a stop the English
lacks (the other steps left bare, as their source)."""

MARKED = [
    ("Key features include:", "Основные возможности:"),
    ("- Local inference without a network", "- Локальный вывод без подключения к сети."),
    ("- Real-time performance", "- Производительность в реальном времени."),
]
"""A marked list whose items the translation closes with stops the English items lack."""


@pytest.mark.parametrize("pairs", [STEPS, MARKED])
def test_a_stop_added_to_a_list_item_is_a_slip_where_lists_keep_the_sources_end_marks(make_segments, pairs) -> None:
    found = check(make_segments, pairs, "source")
    added = [k for k, (_, target) in enumerate(pairs, start=1) if target.endswith(".")]
    assert [f.segment for f in found] == added
    assert all('list_items = "source"' in f.message for f in found)


@pytest.mark.parametrize("pairs", [STEPS, MARKED])
def test_the_russian_convention_lets_an_item_take_its_stop(make_segments, pairs) -> None:
    """Мильчин: an item that opens with a capital is a sentence and takes a stop."""
    assert check(make_segments, pairs) == []


def test_a_line_alone_or_a_heading_is_no_list_item(make_segments) -> None:
    """A bare English line among sentences (a subtitle, a heading) may gain a stop under either
    convention: no lead-in before it, no bare line beside it (house rule D1)."""
    pairs = [("Privacy Notice", "Уведомление о конфиденциальности"),
             ("We believe that privacy is fundamental to a healthy internet",
              "Мы убеждены, что конфиденциальность — основа здорового интернета."),
             ("That is why we build products that give you control over your data.",
              "Поэтому мы создаём продукты, которые дают вам контроль над данными."),
             ("Data We Collect", "Данные, которые мы собираем."),
             ("We collect the data you give us when you sign up.",
              "Мы собираем данные, которые вы сообщаете при регистрации.")]
    assert check(make_segments, pairs, "source") == []


def test_the_source_convention_keeps_the_sources_capitals_in_an_item(make_segments) -> None:
    pairs = [("The application is vulnerable if:", "Приложение уязвимо, если:"),
             ("* Default accounts", "* используются учётные записи по умолчанию;"),
             ("* Verbose error messages", "* сообщения об ошибках раскрывают трассировку стека.")]
    assert check(make_segments, pairs, check_id="capitalisation") == []
    found = check(make_segments, pairs, "source", "capitalisation")
    assert [f.segment for f in found] == [2, 3]
    assert 'list_items = "source"' in found[0].message


@pytest.mark.parametrize(("source", "target"), [
    ("You might wonder, why do we need them at all?", "Вы можете спросить, зачем они вообще нужны."),
    ("Is it better to attack there or defend here?", "Нужно думать, атаковать или защищаться."),
    ("I cannot tell you whether that could have happened.", "Не знаю, могло ли это случиться, или нет?"),
    ("Nobody knows how they don't get mixed up?", "Сколько цифр, и как это они не перепутаются!"),
    ("What a death it will be!", "Достоин ли ты их?"),
])
def test_a_question_mark_gained_or_lost_is_found_whatever_the_grammar(make_segments, source, target) -> None:
    [finding] = check(make_segments, [(source, target)])
    assert finding.check == "punctuation-end"


@pytest.mark.parametrize(("source", "target"), [
    ("Too Young for School, but Ready for Irony", "Воспринимают ли дети иронию?"),
    ("Are items shown in groups in the views?", "Разбивка объектов на группы на панели просмотра."),
    ("Sit down!", "Садитесь."),
    ("He waited...", "Он ждал."),
])
def test_a_headline_asked_a_setting_named_and_a_toned_down_mark_stay_silent(make_segments, source, target) -> None:
    """A line the source leaves bare recast as a question (D1's headline), a question recast as a
    setting's name (no predicate: neither question nor statement), «!» toned down to a stop and an
    ellipsis for a stop (D4) are no slips."""
    assert check(make_segments, [(source, target)]) == []
