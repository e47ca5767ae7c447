"""`workbench check` `term-missing` on real projects (issue 15, session 44, termfix44): the
dictionary's numbered senses that are the concept's own are those holding its preferred term; an
admitted term that the dictionary also lists in another sense («труд», labour and also a written
work, beside «произведение») no longer makes that sense the concept's, so «произведение» for "my
work" says another sense (`info`). Where no sense holds the preferred term, the senses of its other
terms are its own, as before. Sentences written for the rule by the implementer, none a pair of a
bench set; the first test fails on main."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from term_projects import term_findings

TERMS = (
    "id,en,ru,status,pos,definition\n"
    "work,work,работа,preferred,noun,labour done for a living\n"
    "work,work,труд,admitted,noun,labour done for a living\n"
    "service,service,служба,preferred,noun,a function a program provides to other programs\n"
    "service,service,сервис,admitted,noun,a function a program provides to other programs\n"
    "key,key,шифроключ,preferred,noun,a cryptographic key used to sign data\n"
    "key,key,ключ,admitted,noun,a cryptographic key used to sign data\n"
)


def _missing(tmp_path: Path, runner: CliRunner, pairs: list[tuple[str, str]]) -> dict[tuple[int, str], str]:
    """(segment, concept) -> severity of the `term-missing` findings of an EN → RU project."""
    return {(f["segment"], f["concept"]): f["severity"]
            for f in term_findings(tmp_path, runner, pairs, TERMS, "term-missing")}


def test_a_sense_only_an_admitted_term_shares_is_another_sense(tmp_path: Path, runner: CliRunner) -> None:
    found = _missing(tmp_path, runner, [
        ("The poet read his latest work aloud.", "Поэт прочёл вслух своё последнее произведение."),
        ("The service in that hotel was slow.", "Обслуживание в той гостинице было медленным."),
    ])
    assert found == {(1, "work"): "info", (2, "service"): "info"}


def test_a_synonym_beside_the_preferred_term_or_with_no_preferred_sense_stays(tmp_path: Path,
                                                                              runner: CliRunner) -> None:
    found = _missing(tmp_path, runner, [
        # «занятие» stands beside «работа» in the dictionary's first sense: a synonym.
        ("Farming was his main work.", "Земледелие было его главным занятием."),
        # No sense holds «шифроключ»: the admitted «ключ»'s senses are the concept's, «разгадка» too.
        ("The key was never found.", "Разгадка так и не нашлась."),
    ])
    assert found == {(1, "work"): "error", (2, "key"): "error"}
