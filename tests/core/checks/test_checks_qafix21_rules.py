"""Rules read off the glossaries and ml-courses sets' leftovers (session 24, issue 15): each test
is a made-up pair, not the sets' own, for a general cause of one of them."""

from __future__ import annotations

import pytest

from termbase.enforce import Enforcer
from termbase.model import Concept, Term
from workbench.core.checks import Finding, run_checks


def check(segments, check_id: str, enforcer: Enforcer | None = None) -> list[Finding]:
    return run_checks(segments, source_lang="en", target_lang="ru", enforcer=enforcer, checks=[check_id])


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("One atomic unit is 1e-12 XMR.", "Одна атомная единица равна 10 в минус 12-й степени XMR."),
        ("One atomic unit is 1e-12 XMR.", "Одна атомная единица равна 10⁻¹² XMR."),
        ("The rate is 1.5×10^6 samples.", "Частота — 1,5 × 10⁶ отсчётов."),
        ("It takes about 10^-9 s.", "Это занимает около 10 в степени −9 с."),
        ("The count is 2.5E+3 here.", "Здесь их 2,5×10^3."),
    ],
)
def test_scientific_notation_is_read_as_one_value(make_segments, source: str, target: str) -> None:
    """Read as digits, "1e-12" is 1 and 12 and «10 в минус 12-й степени» is 10 and −12."""
    assert check(make_segments([(source, target)]), "number-mismatch") == []


def test_another_power_is_still_reported(make_segments) -> None:
    pair = ("One atomic unit is 1e-12 XMR.", "Одна атомная единица равна 10 в минус 9-й степени XMR.")
    [finding] = check(make_segments([pair]), "number-mismatch")
    assert "1E-12 ≠ 1E-9" in finding.message


def test_a_month_the_translation_adds_where_the_source_names_none_is_reported(make_segments) -> None:
    """Left alone from session 24 to 38; house rule D8 (session 38: a number the source does not
    vouch for is an error) makes the months a reviewer must check a finding (session 39)."""
    pair = ("The team plans an upgrade roughly every 6 months.",
            "Команда планирует обновление каждые 6 месяцев: в октябре и апреле.")
    [finding] = check(make_segments([pair]), "number-mismatch")
    assert "октябре" in finding.message and "апреле" in finding.message


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The release is on 12 March.", "Выпуск — 12 апреля."),
        ("The release is on 12.03.2019.", "Выпуск — 12 апреля 2019 года."),
        ("The release is in 2019.", "Выпуск — 12.04.2019."),
    ],
)
def test_a_month_against_another_or_a_date_added_is_still_reported(make_segments, source: str, target: str) -> None:
    assert len(check(make_segments([(source, target)]), "number-mismatch")) == 1


@pytest.fixture
def cytochrome() -> Enforcer:
    concepts = [Concept("cytochrome-c", terms=(Term("cytochrome c", "en"), Term("цитохром С", "ru", "preferred"))),
                Concept("server", terms=(Term("server", "en"), Term("сервер", "ru", "preferred")))]
    return Enforcer(concepts, "en", "ru")


@pytest.mark.parametrize(
    ("source", "target", "named"),
    [
        ("Cytochrome c carries electrons.", "Цитохром C переносит электроны.",
         "«C» (U+0043) in «Цитохром C» stands for «С» (U+0421)"),
        ("The server is down.", "Cервер не работает.", "«C» (U+0043) in «Cервер» stands for «С» (U+0421)"),
        ("The server is down.", "Сeрвер не работает.", "«e» (U+0065) in «Сeрвер» stands for «е» (U+0435)"),
    ],
)
def test_a_look_alike_letter_that_hides_a_term_is_named(make_segments, cytochrome, source: str, target: str,
                                                      named: str) -> None:
    """The termbase reads letters: a Latin "C" in place of the Cyrillic «С» is no term, and the
    editor cannot see why without the letter named."""
    [finding] = check(make_segments([(source, target)]), "term-missing", cytochrome)
    assert named in finding.message


def test_a_term_missing_for_another_reason_names_no_letter(make_segments, cytochrome) -> None:
    pair = ("The server is down.", "Хост не работает, see the FAQ.")
    [finding] = check(make_segments([pair]), "term-missing", cytochrome)
    assert "U+" not in finding.message


def test_a_path_copied_in_another_case_is_reported(make_segments) -> None:
    """Only an address's scheme and host are case-insensitive (RFC 3986, 6.2.2.1)."""
    pair = ("Join [/r/Monero](https://www.reddit.com/r/Monero/).",
            "Присоединяйтесь к [/r/monero](https://www.reddit.com/r/monero/).")
    [finding] = check(make_segments([pair]), "url-email")
    assert "“https://www.reddit.com/r/monero/” for “https://www.reddit.com/r/Monero/”" in finding.message


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Join https://WWW.Reddit.com/r/Monero/ now.", "Заходите на https://www.reddit.com/r/Monero/ сейчас."),
        ("Write to Ivan@Example.org today.", "Пишите на ivan@example.org сегодня."),
    ],
)
def test_a_host_or_a_mail_address_in_another_case_is_the_same(make_segments, source: str, target: str) -> None:
    assert check(make_segments([(source, target)]), "url-email") == []


def test_a_changed_address_is_quoted_as_written(make_segments) -> None:
    pair = ("See [/r/MoneroMining](https://www.reddit.com/r/MoneroMining/).",
            "См. [/r/MoneroMining](https://www.reddit.com/r/MoneroMinnig/).")
    [finding] = check(make_segments([pair]), "url-email")
    assert "“https://www.reddit.com/r/MoneroMining/”" in finding.message
    assert "“https://www.reddit.com/r/MoneroMinnig/”" in finding.message


def test_a_vague_count_of_hundreds_is_no_hundred_to_keep(make_segments) -> None:
    pair = ("It needs several millions of parameters against several hundred millions for the other.",
            "Ей нужно несколько миллионов параметров против нескольких сотен миллионов для другой.")
    assert check(make_segments([pair]), "number-mismatch") == []


def test_a_count_in_words_changed_beside_a_vague_one_is_still_reported(make_segments) -> None:
    pair = ("It has several hundred parameters in three layers.", "В ней несколько сотен параметров в четырёх слоях.")
    assert len(check(make_segments([pair]), "number-mismatch")) == 1


def test_all_of_it_in_words_says_a_hundred_per_cent(make_segments) -> None:
    pair = ("Shifting 100% of traffic at once can fail.", "Переключение сразу всего трафика может привести к сбоям.")
    assert check(make_segments([pair]), "number-mismatch") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Shifting 90% of traffic at once can fail.", "Переключение сразу всего трафика может привести к сбоям."),
        ("Shifting 100 files at once can fail.", "Перенос сразу всех файлов может привести к сбоям."),
    ],
)
def test_another_percentage_or_a_count_said_as_all_is_still_reported(make_segments, source: str, target: str) -> None:
    assert len(check(make_segments([(source, target)]), "number-mismatch")) == 1


def test_a_list_of_strings_written_as_data_keeps_its_marks(make_segments) -> None:
    """A front matter's list of terms: the marks are the data's syntax, not quotation marks."""
    pair = ('["commitments", "commitment", "pedersen"]', '["commitments", "commitment", "pedersen", "обязательство"]')
    assert check(make_segments([pair]), "quote-style") == []


def test_straight_marks_around_russian_words_in_prose_are_still_reported(make_segments) -> None:
    pair = ('Terms such as "commitment" and "pedersen" [1].', 'Термины вроде "обязательство" и "педерсен" [1].')
    assert len(check(make_segments([pair]), "quote-style")) == 1


def test_a_decade_added_with_its_ending_glued_is_reported(make_segments) -> None:
    """«1990х» with no hyphen is a decade, as «1990-х» is, not a name with digits."""
    pair = ("If you're old enough, you may even understand it.", "Если вы родились до 1990х, вам будет понятнее.")
    [finding] = check(make_segments([pair]), "number-mismatch")
    assert "1990х" in finding.message


def test_a_decade_with_its_ending_glued_pairs_with_the_source_decade(make_segments) -> None:
    assert check(make_segments([("It was popular in the 1990s.", "Это было популярно в 1990х.")]), "number-mismatch") == []
