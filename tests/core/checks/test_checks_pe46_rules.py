"""`punctuation-end` under house rules D26 and D27 (session 46, pe46): a colon the translation puts
for the source's stop where it leads into a code block or a quotation (D26), and the descriptions of
a definition list the translation writes without stops throughout (D27). Made-up pairs, not a set's
own; each positive test fails on `integration` before pe46."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def found(make_segments, pairs: list[tuple[str, str]], at: int) -> list[Finding]:
    """The findings on the pair at position `at` (1-based, as `make_segments` numbers them)."""
    return [f for f in run_checks(make_segments(pairs), source_lang="en", target_lang="ru",
                                  checks=["punctuation-end"]) if f.segment == at]


LEAD = ("Now go back to the old branch and build it again.",
        "Теперь вернитесь на старую ветку и соберите проект заново:")


@pytest.mark.parametrize("block", [
    ("$ git checkout old", "$ git checkout old"),  # a code block, copied
    ("    make clean all", "    make clean all"),
    ("> Never build twice.", "> Никогда не собирайте дважды."),  # a quoted block
])
def test_a_colon_that_leads_into_a_block_is_no_error(make_segments, block: tuple[str, str]) -> None:
    """D26: the colon announces the block after it; the source's stop was the English's way."""
    assert found(make_segments, [LEAD, block], 1) == []


@pytest.mark.parametrize("after", [
    [],  # the document's last segment: the colon leads into nothing
    [("Then delete the branch you merged.", "Затем удалите слитую ветку.")],  # a new sentence
])
def test_a_colon_that_leads_into_nothing_stays_an_error(make_segments, after: list[tuple[str, str]]) -> None:
    assert found(make_segments, [LEAD, *after], 1)


OPTIONS = ("OPTIONS", "ПАРАМЕТРЫ")
SEE_ALSO = ("SEE ALSO", "СМОТРИТЕ ТАКЖЕ")


def test_descriptions_without_stops_throughout_their_list_are_no_error(make_segments) -> None:
    """D27: an option list whose translation ends no description with a stop."""
    pairs = [OPTIONS, ("print the version", "Вывести версию"), ("quiet mode", "Тихий режим"),
             ("Archive written by this tool.", "Архив, записанный этой программой"), SEE_ALSO]
    assert found(make_segments, pairs, 4) == []


def test_a_description_alone_dropping_its_stop_stays_an_error(make_segments) -> None:
    """D27: among descriptions whose stops the translation keeps, one without is a slip."""
    pairs = [OPTIONS, ("print the version", "Вывести версию"),
             ("Read the rules from a file.", "Прочитать правила из файла"),
             ("Write nothing. This is the default.", "Ничего не выводить. Это поведение по умолчанию."),
             ("Keep the old archive.", "Сохранить старый архив."), SEE_ALSO]
    assert found(make_segments, pairs, 3)


def test_a_sentence_between_short_lines_is_no_description(make_segments) -> None:
    """A paragraph of prose that drops its stop is no list's description, whatever stands round it."""
    pairs = [OPTIONS, ("print the version", "Вывести версию"),
             ("The archive this tool writes is read by every later version of it, whatever the system "
              "it was written on, and kept as long as the user wants.",
              "Архив, который записывает эта программа, читают все её более поздние версии, на какой бы "
              "системе он ни был записан, и хранится он сколько угодно"), SEE_ALSO]
    assert found(make_segments, pairs, 3)
