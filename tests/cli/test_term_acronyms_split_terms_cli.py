"""`workbench check` on real RU → EN projects: a termbase variant written in capitals is an
acronym, so the everyday word of its letters ("raw materials") is no forbidden term; an approved
multiword term whose words stand around a modifier or another term ("fast standing wave reactor",
"severe beyond design basis accident") renders the concept; and a term inside a model's
designation kept with its number is the name's; and a term beside the head of another concept's
two-word term, in the place of its other word, is that term in other words where the target
renders it («кризис теплообмена» for «кризис теплоотдачи») (issue 15, session 33,
termfix34). Sentences written for the rules by the implementer, none a pair of a bench set."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from term_projects import term_findings

PLANT_TERMS = (
    "id,ru,en,status,pos,definition\n"
    "waste,радиоактивные отходы,radioactive waste,preferred,noun,material with no further use that is radioactive\n"
    "waste,РАО,radioactive waste,preferred,noun,material with no further use that is radioactive\n"
    "waste,радиоактивные отходы,RAW,deprecated,noun,material with no further use that is radioactive\n"
    "fast,реактор на быстрых нейтронах,fast reactor,preferred,noun,a reactor run on fast neutrons\n"
    "fast,быстрый реактор,fast reactor,preferred,noun,a reactor run on fast neutrons\n"
    "chamber,камера деления,fission chamber,preferred,noun,a neutron detector coated with fissile matter\n"
    "assembly,тепловыделяющая сборка,fuel assembly,preferred,noun,a bundle of fuel rods loaded as one unit\n"
    "rod,тепловыделяющий элемент,fuel rod,preferred,noun,a sealed tube of fuel\n"
    "accident,тяжелая авария,severe accident,preferred,noun,an accident with damage to the core\n"
    "bdba,запроектная авария,beyond design basis accident,preferred,noun,an accident the design does not cover\n"
    "plant,электростанция,power plant,preferred,noun,a station making electricity\n"
    "crisis,кризис теплоотдачи,critical heat flux,preferred,noun,the sudden fall of heat transfer at a dry wall\n"
    "crisis,кризис теплоотдачи,boiling crisis,admitted,noun,the sudden fall of heat transfer at a dry wall\n"
    "transfer,теплообмен,heat transfer,preferred,noun,the passing of heat between bodies\n"
    "thermal,тепловой реактор,thermal reactor,preferred,noun,a reactor run on slow neutrons\n"
    "power,мощность,power,preferred,noun,energy a plant makes per unit time\n"
)


def _findings(tmp_path: Path, runner: CliRunner, pairs: list[tuple[str, str]]) -> dict[tuple[int, str, str], str]:
    """(segment, check, concept) -> severity of a RU → EN project made as a user makes one."""
    return {(f["segment"], f["check"], f["concept"]): f["severity"]
            for f in term_findings(tmp_path, runner, pairs, PLANT_TERMS, "term-missing,term-forbidden",
                                   languages=("ru", "en"))}


def test_a_variant_in_capitals_is_an_acronym(tmp_path: Path, runner: CliRunner) -> None:
    found = _findings(tmp_path, runner, [
        # The everyday word "raw", in small letters or opening a sentence: no forbidden term (the
        # base warned on both).
        ("Сырье поступает на завод по железной дороге.", "Raw materials come to the works by rail."),
        ("Переработка сырья требует энергии.", "Processing the raw ore takes energy."),
        # The acronym itself, in capitals: the calque of «РАО», forbidden.
        ("РАО хранятся на площадке.", "The RAW are stored on site."),
    ])
    assert (1, "term-forbidden", "waste") not in found
    assert (2, "term-forbidden", "waste") not in found
    assert found[(3, "term-forbidden", "waste")] == "error"


def test_a_term_around_a_modifier_or_another_term_is_rendered(tmp_path: Path, runner: CliRunner) -> None:
    found = _findings(tmp_path, runner, [
        # Modifiers between the term's words: the term, inflected ("chambers") or not.
        ("Быстрый реактор на стоячей волне охлаждается свинцом.", "The fast standing wave reactor is lead-cooled."),
        ("Сигналы камер деления с урановым покрытием записаны.", "Signals of fission uranium-coated chambers were "
                                                                 "recorded."),
        ("Камеры деления малого объема испытаны.", "Small fission pulse chambers were tested."),
        # Another term between them, whose last word is the term's: "severe" modifies the accident.
        ("Рассмотрена тяжелая запроектная авария.", "A severe beyond design basis accident is considered."),
        # A preposition or an article between the words is another phrase: still missing.
        ("Камеры деления испытаны.", "The fission products in the chambers were measured."),
        ("Быстрый реактор пущен.", "The fast neutrons of the reactor were counted."),
        # The term's first word opens another term with the word after it: "fuel" is the fuel
        # rod's, and "fuel rod assemblies" no fuel assembly; still missing.
        ("Тепловыделяющие сборки загружены.", "The fuel rod assemblies were loaded."),
        # More than three words between: a clause of its own.
        ("Быстрый реактор остановлен.", "A fast and very long spell of cold stopped the reactor."),
    ])
    for segment in (1, 2, 3, 4):
        assert not [key for key in found if key[0] == segment and key[1] == "term-missing"], (segment, found)
    assert found[(5, "term-missing", "chamber")] == "error"
    assert found[(6, "term-missing", "fast")] == "error"
    assert found[(7, "term-missing", "assembly")] == "error"
    assert found[(8, "term-missing", "fast")] == "error"


def test_a_term_in_a_designation_kept_with_its_number_is_the_names(tmp_path: Path, runner: CliRunner) -> None:
    found = _findings(tmp_path, runner, [
        # «Электростанция-3000» is a design's name, transliterated whole with its number.
        ("Проект Электростанция-3000 утвержден.", "The Elektrostantsiya-3000 design was approved."),
        # The number dropped or another one: the term is not accounted for.
        ("Проект Электростанция-3000 утвержден.", "The Elektrostantsiya design was approved."),
        ("Проект Электростанция-3000 утвержден.", "The Elektrostantsiya-300 design was approved."),
        # No designation: the term itself.
        ("Электростанция построена.", "The station was built."),
    ])
    assert (1, "term-missing", "plant") not in found
    for segment in (2, 3, 4):
        assert found[(segment, "term-missing", "plant")] == "error", segment


def test_a_term_in_the_place_of_a_longer_terms_word_is_the_longer_terms(tmp_path: Path, runner: CliRunner) -> None:
    found = _findings(tmp_path, runner, [
        # «кризис теплообмена» is the termbase's «кризис теплоотдачи» in other words, and the
        # target renders that concept: «теплообмена» is its word, not heat transfer alone.
        ("Затем в канале наступает кризис теплообмена.", "Then a boiling crisis sets in in the channel."),
        # The longer concept not rendered: nothing says the word is its; heat transfer is missing.
        ("Затем в канале наступает кризис теплообмена.", "Then a crisis sets in in the channel."),
        # Beside a modifier of another term («тепловой реактор»), not its head: still the term.
        ("Рост тепловой мощности в тепловом реакторе замедлился.", "Growth slowed in the thermal reactor."),
    ])
    assert (1, "term-missing", "transfer") not in found
    assert found[(2, "term-missing", "transfer")] == "error"
    assert found[(3, "term-missing", "power")] == "error"
