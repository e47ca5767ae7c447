"""The fourth bilingual term-check set, EN → RU popular astronomy and ethnography (`python -m
bench.terms_bilingual --set en-ru-sky`): its frozen files say what the module docstring says, its
pairs are the sky-cultures QA set's cases listed by block id and frozen by digest, and every label
points to a listed pair and a concept of its termbase. Built, not yet run: no test runs the
checks, or the matcher, on the frozen pairs; the wiring is driven on a tiny made-up set."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

from bench import qa_sky_cultures, terms_bilingual
from bench.qa_heldout import HeldOutCase
from bench.terms_bilingual import DataSet, Occurrence, Pair, Text, TextsAbsent
from tests.core.checks.term_sets import (
    assert_changed_pairs_refused,
    concept_terms,
    csv_rows,
    earlier_terms,
    made_up_cases,
    scored,
    write_labels,
    write_listing,
)

SKY = terms_bilingual.SETS["en-ru-sky"]


def test_the_termbase_is_en_to_ru_with_67_defined_concepts_and_14_forbidden_russian_variants() -> None:
    rows = csv_rows(SKY.termbase)
    assert list(rows[0])[:3] == ["id", "en", "ru"]  # the first language column is the source
    assert len({row["id"] for row in rows}) == 67
    assert all(row["definition"] and row["subject"] and row["pos"] and row["ru"] for row in rows)
    assert Counter(row["status"] for row in rows) == {"preferred": 67, "admitted": 6, "deprecated": 14}
    # one English term and one definition per concept, whatever the Russian row
    assert all(len({(r["en"], r["definition"]) for r in rows if r["id"] == c}) == 1 for c in {r["id"] for r in rows})
    multiword = {row["id"] for row in rows if row["status"] == "preferred" and " " in row["ru"]}
    assert len(multiword) == 22 and {"lunar-mansion", "celestial-equator", "magnitude", "polaris"} <= multiword
    forbidden = {row["ru"] for row in rows if row["status"] == "deprecated"}
    assert {"лунный особняк", "Молочный Путь", "Северная звезда", "Арктурус", "Кентавр", "магнитуда"} <= forbidden


def test_65_concepts_are_in_no_earlier_term_set() -> None:
    earlier = earlier_terms("en-ru", "en-ru-docs")
    terms = concept_terms(SKY.termbase)
    assert sorted(c for c, words in terms.items() if words & earlier) == ["leo", "southern-cross"]


def test_the_labels_hold_the_counts_the_docstring_gives() -> None:
    rows = terms_bilingual.read_occurrences(SKY.occurrences)
    source = [r for r in rows if r.side == "source"]
    assert len(source) == 512 and len(rows) - len(source) == 85
    assert Counter(r.sense for r in source) == {"concept": 422, "other": 90}
    assert Counter(r.sense for r in rows if r.side == "target") == {"other": 70, "concept": 15}
    assert Counter(r.rendering for r in source if r.sense == "concept") == {
        "term": 396, "other": 15, "forbidden": 10, "omitted": 1}
    gold = terms_bilingual.gold_of(rows)
    assert (len(gold.missing), len(gold.forbidden)) == (16, 10)
    keys = {(r.text, r.bead, r.concept) for r in source}
    in_sense = {(r.text, r.bead, r.concept) for r in source if r.sense == "concept"}
    assert (len(keys), len(keys - in_sense)) == (414, 64)
    # the brief's aims: 8 gold `term-forbidden` are met; 40 gold `term-missing` are not (16)
    assert len(gold.forbidden) >= 8 and len(gold.missing) < 40
    assert Counter(concept for _, _, concept in gold.forbidden) == {"lunar-mansion": 8, "arcturus": 1, "hercules": 1}


def test_every_label_names_a_listed_pair_a_known_concept_and_a_form_of_its_side() -> None:
    rows = terms_bilingual.read_occurrences(SKY.occurrences)
    termbase = csv_rows(SKY.termbase)
    assert SKY.cases == terms_bilingual.PAIRS_EN_RU_SKY
    beads = {int(row["bead"]) for row in csv_rows(terms_bilingual.PAIRS_EN_RU_SKY, "\t")}
    assert {r.text for r in rows} == set(SKY.texts) == {"sky-cultures"}
    assert {r.bead for r in rows} <= beads
    assert {r.concept for r in rows} <= {row["id"] for row in termbase}
    for row in rows:
        assert row.form and row.form == row.form.strip()
        if row.side == "source":
            assert re.fullmatch(r"[A-Za-z][A-Za-z'’ -]*", row.form), row
        else:
            assert re.fullmatch(r"[А-Яа-яЁё][А-Яа-яЁё -]*", row.form), row
        # a row of another sense, and every target row, carries no rendering; every such row says why
        assert (row.rendering == "") == (row.side == "target" or row.sense == "other"), row
        assert row.note or (row.side == "source" and row.rendering == "term"), row
    # a forbidden rendering is only ever labelled for a concept that has a forbidden variant
    with_variant = {row["id"] for row in termbase if row["status"] == "deprecated"}
    assert {r.concept for r in rows if r.rendering == "forbidden"} == {"arcturus", "hercules", "lunar-mansion"}
    assert {"arcturus", "hercules", "lunar-mansion"} <= with_variant
    # every reference entry's candidates are another sense (the docstring's citation rule)
    refs = {int(row["bead"]) for row in csv_rows(terms_bilingual.PAIRS_EN_RU_SKY, "\t")} & {
        r.bead for r in rows if r.note == "in a reference entry"}
    assert all(r.sense == "other" for r in rows if r.side == "source" and r.bead in refs)


def test_the_pairs_are_every_real_case_of_the_frozen_sky_cultures_qa_set_with_its_digest() -> None:
    listed = csv_rows(terms_bilingual.PAIRS_EN_RU_SKY, "\t")
    assert [int(row["bead"]) for row in listed] == list(range(520))
    frozen = json.loads(qa_sky_cultures.DATA.read_text(encoding="utf-8"))
    digests = {pair["id"]: pair["digest"] for pair in frozen["pairs"]}
    assert [row["block"] for row in listed] == sorted(
        digests, key=lambda block: (block.rsplit("#", 1)[0], int(block.rsplit("#", 1)[1])))
    assert all(digests[row["block"]] == row["digest"] for row in listed)
    text = SKY.texts["sky-cultures"]
    assert text.module == "bench.qa_sky_cultures" and re.fullmatch("[0-9a-f]{64}", text.sha256)
    assert (SKY.source_lang, SKY.target_lang) == ("en", "ru")
    earlier = [terms_bilingual.TEXTS, terms_bilingual.TEXTS_EN_RU, terms_bilingual.TEXTS_EN_RU_DOCS]
    assert not any(set(SKY.texts) & set(texts) for texts in earlier)


_TERMBASE = """id,en,ru,status,pos,subject,definition,note
lunar-mansion,lunar mansion,лунная стоянка,preferred,noun,ethnoastronomy,one of the 28 segments of the Moon's path,
lunar-mansion,lunar mansion,лунный особняк,deprecated,noun,ethnoastronomy,one of the 28 segments of the Moon's path,calque
ecliptic,ecliptic,эклиптика,preferred,noun,astronomy,the apparent yearly path of the Sun among the stars,
"""
_CASES = [
    ("sky/a#3", "The Moon passes a lunar mansion each night.", "Каждую ночь Луна проходит одну лунную стоянку."),
    ("sky/a#10", "The lunar mansions are 28.", "Лунных особняков двадцать восемь."),
    ("sky/b#2", "Each lunar mansion lies near the ecliptic.", "Каждая станция Луны лежит возле эклиптики."),
    ("sky/b#7", "The car stopped in the parking lot.", "Машина остановилась на стоянке."),
]
_LABELS = [
    Occurrence("sky", 0, "source", "lunar-mansion", "lunar mansion", "concept", "term", ""),
    Occurrence("sky", 1, "source", "lunar-mansion", "lunar mansions", "concept", "forbidden", "«Лунных особняков»"),
    Occurrence("sky", 2, "source", "lunar-mansion", "lunar mansion", "concept", "other", "«станция Луны»"),
    Occurrence("sky", 2, "source", "ecliptic", "ecliptic", "concept", "term", ""),
    Occurrence("sky", 3, "target", "lunar-mansion", "стоянке", "other", "", "a car park"),
]


def _cases(ids: Sequence[str] | None = None) -> list[HeldOutCase]:
    return made_up_cases(_CASES, ids)


@pytest.fixture
def tiny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DataSet:
    """A made-up set read the fourth set's way: a made-up sky-cultures QA set's cases listed by block id."""
    monkeypatch.setattr(qa_sky_cultures, "load", _cases)
    termbase = tmp_path / "termbase.csv"
    termbase.write_text(_TERMBASE, encoding="utf-8")
    listing = write_listing(tmp_path / "pairs.tsv", "sky", [block for block, _, _ in _CASES])
    labels = write_labels(tmp_path / "occurrences.tsv", _LABELS)
    pairs = [Pair("sky", bead, source, target) for bead, (_, source, target) in enumerate(_CASES)]
    texts = {"sky": Text("bench.qa_sky_cultures", terms_bilingual.pairs_digest(pairs))}
    return DataSet("en-ru-sky", "en", "ru", texts, termbase, labels, listing)


def test_the_sky_set_reads_the_listed_qa_cases_and_refuses_a_changed_or_absent_one(
        tiny: DataSet, monkeypatch: pytest.MonkeyPatch) -> None:
    assert tiny.cases is not None
    pairs = terms_bilingual.read_pairs(tiny.texts, "en", tiny.cases)
    assert [(p.bead, p.source[:8]) for p in pairs] == [
        (0, "The Moon"), (1, "The luna"), (2, "Each lun"), (3, "The car ")]
    monkeypatch.setattr(qa_sky_cultures, "load", lambda: _cases(["sky/a#3"]))
    with pytest.raises(TextsAbsent, match="has no case sky/a#10"):
        terms_bilingual.read_pairs(tiny.texts, "en", tiny.cases)

    def unmirrored() -> list[HeldOutCase]:
        raise FileNotFoundError("Stellarium/stellarium-skycultures is not mirrored")

    monkeypatch.setattr(qa_sky_cultures, "load", unmirrored)
    with pytest.raises(TextsAbsent, match="bench.qa_sky_cultures"):
        terms_bilingual.read_pairs(tiny.texts, "en", tiny.cases)


def test_main_scores_the_core_on_a_tiny_sky_set_and_refuses_pairs_that_differ(
        tiny: DataSet, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    report, missing, forbidden = scored("en-ru-sky", tiny, monkeypatch, capsys)
    assert report["pairs"] == 4
    # «лунную стоянку» is the multiword term inflected and agreed, «Лунных особняков» the forbidden
    # calque, «станция Луны» a missing term; «на стоянке», a car park, raises nothing
    assert (missing["gold"], missing["found"], missing["hits"]) == (1, 1, 1)
    assert (forbidden["gold"], forbidden["found"], forbidden["hits"]) == (1, 1, 1)
    assert missing["disagreements"] == forbidden["disagreements"] == []
    assert_changed_pairs_refused("en-ru-sky", DataSet(
        "en-ru-sky", "en", "ru", {"sky": Text("bench.qa_sky_cultures", "0" * 64)}, tiny.termbase,
        tiny.occurrences, tiny.cases), monkeypatch, capsys)
