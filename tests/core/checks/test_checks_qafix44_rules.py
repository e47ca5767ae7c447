"""Rules of session 36 (issue 15), read off the misses of `capitalisation` over every QA set: a
sentence of its own after a lead-in's colon (a command or an example the segments leave out
stands between them) opens with a capital, where the first item of a list run into the lead-in
keeps its small letter. Each test is a made-up pair, not a set's own."""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks

LEAD_IN = ("The tool is used as follows:", "Инструмент используется следующим образом:")


def capitalisation(make_segments, pairs: list[tuple[str, str]]) -> list[int]:
    found: list[Finding] = run_checks(make_segments(pairs), source_lang="en", target_lang="ru",
                                      checks=["capitalisation"])
    return [f.segment for f in found]


def test_a_sentence_after_the_lead_in_opens_with_a_capital(make_segments) -> None:
    pairs = [LEAD_IN, ("The old file is now identical to the new one.", "старый файл теперь идентичен новому."),
             ("Git is another tool.", "Git — другой инструмент.")]
    assert capitalisation(make_segments, pairs) == [2]


def test_a_sentence_with_a_verb_after_the_lead_in_at_the_end_of_the_document(make_segments) -> None:
    pairs = [LEAD_IN, ("The program then prints the result.", "программа затем выводит результат.")]
    assert capitalisation(make_segments, pairs) == [2]


def test_the_first_item_of_a_list_run_into_the_lead_in_keeps_its_small_letter(make_segments) -> None:
    pairs = [("In this chapter, we discuss:", "В этой главе мы обсудим:"),
             ("The installation is described.", "установка описана;"),
             ("The first program is written.", "первая программа написана.")]
    assert capitalisation(make_segments, pairs) == []


def test_an_item_followed_by_another_small_letter_item_is_a_list(make_segments) -> None:
    pairs = [LEAD_IN, ("The file is opened.", "файл открыт."), ("Close the file", "закрыть файл")]
    assert 2 not in capitalisation(make_segments, pairs)


def test_names_after_the_lead_in_finish_its_sentence(make_segments) -> None:
    pairs = [("You can select more information for each item:", "Можно выбрать дополнительные сведения:"),
             ("Size, Date, Type, Rating or Comment.", "размер, дата, тип, оценка или комментарий.")]
    assert capitalisation(make_segments, pairs) == []


def test_a_lead_in_only_the_translation_writes_runs_its_sentence_on(make_segments) -> None:
    pairs = [("An application help file", "Файл справки к приложению:"),
             ("Opens the help file at the contents page.", "откроет файл справки на странице содержания.")]
    assert capitalisation(make_segments, pairs) == []


def test_a_relative_clause_after_a_command_goes_on_in_a_small_letter(make_segments) -> None:
    pairs = [("Run the command:", "Выполните команду:"),
             ("Where host names the machine to connect to.", "где host обозначает машину для подключения.")]
    assert capitalisation(make_segments, pairs) == []
