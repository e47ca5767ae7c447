"""The fifth bilingual term-check set, EN → RU history, politics and philosophy (`python -m
bench.terms_bilingual --set en-ru-humanities`): its frozen files say what the module docstring
says, its pairs are the fourteenth alignment set's beads of Russell and Descartes and the book QA
set's Manifesto cases listed by block id and frozen by digest, and every label points to a pair
and a concept of its termbase. Built, not yet run: no test runs the checks, or the matcher, on the
frozen pairs; the wiring of a set that mixes beads and cases is driven on a tiny made-up set."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

from bench import align_heldout14, qa_book_nonfiction, terms_bilingual
from bench.qa_heldout import HeldOutCase
from bench.terms_bilingual import DataSet, Occurrence, Pair, Text, TextsAbsent
from tests.core.checks.term_sets import (
    assert_changed_pairs_refused,
    assert_labels_well_formed,
    concept_terms,
    csv_rows,
    earlier_terms,
    made_up_cases,
    scored,
    write_labels,
    write_listing,
)

HUMANITIES = terms_bilingual.SETS["en-ru-humanities"]
LISTING = terms_bilingual.PAIRS_EN_RU_HUMANITIES


def test_the_termbase_is_en_to_ru_with_67_defined_concepts_and_13_forbidden_russian_variants() -> None:
    rows = csv_rows(HUMANITIES.termbase)
    assert list(rows[0])[:3] == ["id", "en", "ru"]  # the first language column is the source
    assert len({row["id"] for row in rows}) == 67
    assert all(row["definition"] and row["subject"] and row["pos"] and row["ru"] for row in rows)
    assert Counter(row["status"] for row in rows) == {"preferred": 67, "admitted": 18, "deprecated": 13}
    assert all(len({(r["en"], r["definition"]) for r in rows if r["id"] == c}) == 1 for c in {r["id"] for r in rows})
    multiword = {row["id"] for row in rows if " " in row["en"] or (row["status"] == "preferred" and " " in row["ru"])}
    assert len(multiword) == 11 and {"wage-labour", "working-class", "means-of-production", "good-sense"} <= multiword
    forbidden = {row["ru"] for row in rows if row["status"] == "deprecated"}
    assert {"безделье", "зарплата", "рассудок", "здравомыслие", "правда", "помещик", "максима"} <= forbidden
    # the two-sense words the brief names say in their definition which sense is not the concept
    for concept in ("state", "reason", "class", "work", "method", "property", "capital", "industry"):
        assert "(not " in next(r["definition"] for r in rows if r["id"] == concept), concept


def test_33_concepts_are_in_no_earlier_term_set() -> None:
    earlier = earlier_terms("en-ru", "en-ru-docs", "en-ru-sky")
    terms = concept_terms(HUMANITIES.termbase)
    assert sum(1 for words in terms.values() if not words & earlier) == 33


def test_the_labels_hold_the_counts_the_docstring_gives() -> None:
    rows = terms_bilingual.read_occurrences(HUMANITIES.occurrences)
    source = [r for r in rows if r.side == "source"]
    assert len(source) == 767 and len(rows) - len(source) == 186
    assert Counter(r.sense for r in source) == {"concept": 645, "other": 122}
    assert Counter(r.sense for r in rows if r.side == "target") == {"concept": 118, "other": 68}
    assert Counter(r.rendering for r in source if r.sense == "concept") == {
        "term": 523, "other": 90, "omitted": 19, "pronoun": 7, "forbidden": 6}
    gold = terms_bilingual.gold_of(rows)
    keys = {(r.text, r.bead, r.concept) for r in source}
    in_sense = {(r.text, r.bead, r.concept) for r in source if r.sense == "concept"}
    assert (len(keys), len(keys - in_sense)) == (687, 103)
    # the brief's aims: 30 gold `term-missing` are met (112); 10 gold `term-forbidden` are not (6)
    assert (len(gold.missing), len(gold.forbidden)) == (112, 6)
    assert Counter(concept for _, _, concept in gold.forbidden) == {"good-sense": 3, "maxim": 1, "wage": 1, "leisure": 1}
    assert {concept for _, _, concept in in_sense} == {r["id"] for r in csv_rows(HUMANITIES.termbase)} - {
        "capitalist", "soul", "working-day"}


def test_every_label_names_a_pair_a_known_concept_and_a_form_of_its_side() -> None:
    rows = terms_bilingual.read_occurrences(HUMANITIES.occurrences)
    termbase = csv_rows(HUMANITIES.termbase)
    gold = json.loads(align_heldout14.GOLD.read_text(encoding="utf-8"))
    beads = {name: {bead for bead, (en, ru) in enumerate(gold[name]["beads"]) if en and ru}
             for name in HUMANITIES.texts if name != "manifesto"}
    beads["manifesto"] = {int(row["bead"]) for row in csv_rows(LISTING, "\t")}
    assert {r.text for r in rows} == set(HUMANITIES.texts)
    assert all(r.bead in beads[r.text] for r in rows)
    assert_labels_well_formed(rows, termbase)


def test_the_manifesto_pairs_are_every_manifesto_case_of_the_frozen_book_qa_set_with_its_digest() -> None:
    listed = csv_rows(LISTING, "\t")
    assert [int(row["bead"]) for row in listed] == list(range(150)) and {row["text"] for row in listed} == {"manifesto"}
    frozen = json.loads(qa_book_nonfiction.DATA.read_text(encoding="utf-8"))
    digests = {pair["id"]: pair["digest"] for pair in frozen["pairs"] if pair["id"].startswith("manifesto/")}
    assert [row["block"] for row in listed] == sorted(
        digests, key=lambda block: (int(block.split("/")[1].split("#")[0]), int(block.rsplit("#", 1)[1])))
    assert all(digests[row["block"]] == row["digest"] for row in listed)
    texts = HUMANITIES.texts
    assert [t.module for t in texts.values()] == ["bench.align_heldout14"] * 4 + ["bench.qa_book_nonfiction"]
    assert [t.cases for t in texts.values()] == [None] * 4 + [LISTING] and HUMANITIES.cases is None
    assert all(re.fullmatch("[0-9a-f]{64}", t.sha256) for t in texts.values())
    assert (HUMANITIES.source_lang, HUMANITIES.target_lang) == ("en", "ru")
    earlier = [terms_bilingual.SETS[name].texts for name in ("ru-en", "en-ru", "en-ru-docs", "en-ru-sky")]
    assert not any(set(texts) & set(other) for other in earlier)


_TERMBASE = """id,en,ru,status,pos,subject,definition,note
wage,wage,заработная плата,preferred,noun,economics,the payment a worker receives for his labour,
wage,wage,зарплата,deprecated,noun,economics,the payment a worker receives for his labour,colloquial
state,state,государство,preferred,noun,politics,a political community under one government (not a condition),
"""
_BEADS = [
    (["Wages fell."], ["Заработная плата упала."]),
    (["The state grew."], ["Государство росло."]),
    (["A note the Russian lacks."], []),
    (["His wage was low."], ["Его зарплата была низкой."]),
]
_CASES = [
    ("manifesto/4#0", "The wage falls.", "Оплата падает."),
    ("manifesto/9#1", "A state of siege.", "Осадное положение."),
]
_LABELS = [
    Occurrence("essay", 0, "source", "wage", "Wages", "concept", "term", ""),
    Occurrence("essay", 1, "source", "state", "state", "concept", "term", ""),
    Occurrence("essay", 3, "source", "wage", "wage", "concept", "forbidden", "«зарплата»"),
    Occurrence("manifesto", 0, "source", "wage", "wage", "concept", "other", "«Оплата»"),
    Occurrence("manifesto", 1, "source", "state", "state", "other", "", ""),
]


def _cases(ids: Sequence[str] | None = None) -> list[HeldOutCase]:
    return made_up_cases(_CASES, ids)


@pytest.fixture
def tiny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DataSet:
    """A made-up set read the fifth set's way: one text of beads, one of a made-up book QA set's cases."""
    monkeypatch.setattr(qa_book_nonfiction, "load", _cases)
    monkeypatch.setattr(terms_bilingual, "_beads", lambda module, name, lang: _BEADS)
    termbase = tmp_path / "termbase.csv"
    termbase.write_text(_TERMBASE, encoding="utf-8")
    listing = write_listing(tmp_path / "pairs.tsv", "manifesto", [block for block, _, _ in _CASES])
    labels = write_labels(tmp_path / "occurrences.tsv", _LABELS)
    essay = terms_bilingual.pairs_of("essay", _BEADS)
    manifesto = [Pair("manifesto", bead, source, target) for bead, (_, source, target) in enumerate(_CASES)]
    texts = {"essay": Text("bench.align_heldout14", terms_bilingual.pairs_digest(essay)),
             "manifesto": Text("bench.qa_book_nonfiction", terms_bilingual.pairs_digest(manifesto), listing)}
    return DataSet("en-ru-humanities", "en", "ru", texts, termbase, labels)


def test_one_set_reads_beads_for_one_text_and_listed_qa_cases_for_another(
        tiny: DataSet, monkeypatch: pytest.MonkeyPatch) -> None:
    pairs = terms_bilingual.read_pairs(tiny.texts, "en", tiny.cases)
    assert [(p.text, p.bead, p.source[:9]) for p in pairs] == [
        ("essay", 0, "Wages fel"), ("essay", 1, "The state"), ("essay", 3, "His wage "),
        ("manifesto", 0, "The wage "), ("manifesto", 1, "A state o")]
    monkeypatch.setattr(qa_book_nonfiction, "load", lambda: _cases(["manifesto/4#0"]))
    with pytest.raises(TextsAbsent, match="has no case manifesto/9#1"):
        terms_bilingual.read_pairs(tiny.texts, "en", tiny.cases)


def test_main_scores_the_core_on_a_tiny_mixed_set_and_refuses_pairs_that_differ(
        tiny: DataSet, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    report, missing, forbidden = scored("en-ru-humanities", tiny, monkeypatch, capsys)
    assert report["pairs"] == 5
    # «Заработная плата» and «Государство» are the terms, «зарплата» the forbidden variant,
    # «Оплата» a missing term; "a state of siege" is another sense
    assert (missing["gold"], missing["hits"]) == (1, 1)
    assert (forbidden["gold"], forbidden["found"], forbidden["hits"]) == (1, 1, 1)
    # the only disagreement the core may have is a false alarm on the other sense (no sense memory)
    assert [(d["kind"], d["labels"]) for d in missing["disagreements"] + forbidden["disagreements"]] in (
        [], [("false", "state: another sense")])
    assert_changed_pairs_refused("en-ru-humanities", DataSet(
        "en-ru-humanities", "en", "ru", {**tiny.texts, "essay": Text("bench.align_heldout14", "0" * 64)},
        tiny.termbase, tiny.occurrences), monkeypatch, capsys)
