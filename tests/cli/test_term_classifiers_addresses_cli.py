"""`workbench check` on real EN → RU projects: a source term inside a web or e-mail address is no
occurrence; a noun that only classifies the next noun, rendered by a word built on the term (a
relational adjective of a multiword term, a prefixed adjective, a compound), is another sense, not
a missing term; an English adjective rendered by the adjective a Russian noun term is renders the
term (issue termfix35, session 34). Sentences written for the rules by the implementer, none a pair
of a bench set."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from term_projects import term_findings

CLINIC_TERMS = (
    "id,en,ru,status,pos,definition\n"
    "cancer,cancer,рак,preferred,noun,a disease of cells that grow out of control\n"
    "cancer,cancer,онкологическое заболевание,admitted,noun,a disease of cells that grow out of control\n"
    "allergy,allergy,аллергия,preferred,noun,an overreaction of the immune system\n"
    "nausea,nausea,тошнота,preferred,noun,the feeling of needing to vomit\n"
    "vaccine,vaccine,вакцина,preferred,noun,a preparation given to produce immunity\n"
    "skin,skin,кожа,preferred,noun,the outer covering of the body\n"
    "pregnant,pregnant,беременная,preferred,noun,a woman carrying a developing baby\n"
)


def _findings(tmp_path: Path, runner: CliRunner, pairs: list[tuple[str, str]]) -> dict[tuple[int, str], str]:
    """(segment, concept) -> severity of each `term-missing` of an EN → RU project."""
    return {(f["segment"], f["concept"]): f["severity"]
            for f in term_findings(tmp_path, runner, pairs, CLINIC_TERMS, "term-missing")}


def test_a_term_inside_an_address_is_no_occurrence(tmp_path: Path, runner: CliRunner) -> None:
    found = _findings(tmp_path, runner, [
        # The address left out of the translation (a copied one is the copy's: `term-missing` never
        # asked for it).
        ("Read more at www.example.org/vaccine/faq.", "Подробнее — на нашем сайте."),
        ("Write to vaccine-desk@example.org or call us.", "Пишите нам или звоните."),
        # The same word outside the address is the term: still missing.
        ("The vaccine is free: https://example.org/vaccine.", "Прививка бесплатна."),
    ])
    assert (1, "vaccine") not in found
    assert (2, "vaccine") not in found
    assert found[(3, "vaccine")] == "error"


def test_a_classifying_noun_rendered_by_a_word_built_on_the_term_is_no_missing_term(
        tmp_path: Path, runner: CliRunner) -> None:
    found = _findings(tmp_path, runner, [
        # The adjective of the admitted «онкологическое заболевание» on another noun.
        ("Ask your cancer nurse about the diet.", "Спросите онкологическую медсестру о диете."),
        # A prefixed adjective, for words joined by a slash before their noun.
        ("Take the anti-nausea/allergy tablets at night.", "Принимайте противотошнотные и противоаллергические "
                                                           "таблетки на ночь."),
        # A compound whose second part opens with the term's stem.
        ("Book an allergy doctor today.", "Запишитесь к врачу-аллергологу сегодня."),
        # The term not before a noun: still missing, whatever the target builds on it.
        ("The cancer has spread.", "Онкологическая картина изменилась."),
        # The concept's own adjective, opening with the stem: the labels hold the noun due.
        ("Skin infections need care.", "Кожные инфекции требуют ухода."),
        # A classifying noun the target renders by no word of the term: still missing.
        ("Ask your cancer nurse about the diet.", "Спросите медсестру о диете."),
    ])
    assert found[(1, "cancer")] == "info"
    assert found[(2, "nausea")] == "info"
    assert found[(2, "allergy")] == "info"
    assert found[(3, "allergy")] == "info"
    assert found[(4, "cancer")] == "error"
    assert found[(5, "skin")] == "error"
    assert found[(6, "cancer")] == "error"


def test_an_english_adjective_rendered_by_the_adjective_a_noun_term_is(tmp_path: Path, runner: CliRunner) -> None:
    found = _findings(tmp_path, runner, [
        ("Pregnant women should see a doctor.", "Беременным женщинам следует обратиться к врачу."),
        ("The risks for pregnant or nursing mothers are small.", "Риски для беременных или кормящих матерей малы."),
        # Another word in the target: still missing.
        ("Pregnant women should see a doctor.", "Будущим матерям следует обратиться к врачу."),
    ])
    assert (1, "pregnant") not in found
    assert (2, "pregnant") not in found
    assert found[(3, "pregnant")] == "error"
