"""The bilingual term-check set (`bench.terms_bilingual`): its frozen files say what its docstring
says, and the bench builds a real project and scores the core's `term-missing` and
`term-forbidden` findings against the labels, with and without the sense memory primed. The
checks run on a tiny made-up set only: no test runs them, or the matcher, on the frozen pairs."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from bench import align_dev, terms_bilingual
from bench.align_dev import DevDocument
from bench.terms_bilingual import Occurrence, Pair, Text, TextsAbsent
from tests.core.checks.term_sets import BENCH_DATA, csv_rows
from workbench.core.alignment.aligner import Sentence


def test_the_termbase_is_ru_to_en_with_80_defined_concepts_and_9_forbidden_variants() -> None:
    rows = csv_rows(terms_bilingual.TERMBASE)
    assert list(rows[0])[:3] == ["id", "ru", "en"]  # the first language column is the source
    concepts = {row["id"] for row in rows}
    assert len(concepts) == 80
    assert all(row["definition"] and row["subject"] and row["pos"] for row in rows)
    assert Counter(row["status"] for row in rows) == {"preferred": 80, "admitted": 11, "deprecated": 9}


def test_at_least_35_concepts_are_in_no_earlier_recognition_termbase() -> None:
    earlier_ru: set[str] = set()
    earlier_en: set[str] = set()
    for path in BENCH_DATA.glob("recognition_*/termbase*.csv"):
        for row in csv_rows(path):
            earlier_ru.add(row.get("ru", "").lower())
            earlier_en.add(row.get("en", "").lower())
    terms: dict[str, tuple[set[str], set[str]]] = {}
    for row in csv_rows(terms_bilingual.TERMBASE):
        ru, en = terms.setdefault(row["id"], (set(), set()))
        ru.add(row["ru"].lower())
        en.add(row["en"].lower())
    fresh = [c for c, (ru, en) in terms.items() if not ru & earlier_ru and not en & earlier_en]
    assert len(fresh) == 43


def test_the_labels_hold_the_counts_the_docstring_gives() -> None:
    rows = terms_bilingual.read_occurrences()
    source = [r for r in rows if r.side == "source"]
    assert len(source) == 766 and len(rows) - len(source) == 224
    assert Counter(r.sense for r in source) == {"concept": 673, "other": 93}
    assert Counter(r.rendering for r in source if r.sense == "concept") == {
        "term": 509, "other": 117, "omitted": 40, "pronoun": 5, "forbidden": 2}
    gold = terms_bilingual.gold_of(rows)
    assert (len(gold.missing), len(gold.forbidden)) == (128, 2)
    assert len({(r.text, r.bead) for r in rows}) <= 1073
    # the brief's floors
    assert len(source) >= 300 and Counter(r.sense for r in source)["other"] >= 80 and len(gold.missing) >= 60


def test_every_label_names_a_known_text_and_concept_and_a_form_of_its_side() -> None:
    concepts = {row["id"]: row for row in csv_rows(terms_bilingual.TERMBASE)}
    deprecated = {(row["id"], row["en"].lower()) for row in csv_rows(terms_bilingual.TERMBASE)
                  if row["status"] == "deprecated"}
    rows = terms_bilingual.read_occurrences()
    assert {r.text for r in rows} <= set(terms_bilingual.TEXTS)
    assert {r.concept for r in rows} <= set(concepts)
    for row in rows:
        assert row.form and row.form == row.form.strip()
        assert re.fullmatch(r"[\w-]+", row.form), row
        if row.side == "source":
            assert re.search("[а-яё]", row.form.lower()), row
        else:
            assert re.fullmatch(r"[A-Za-z'-]+", row.form), row
    # the two forbidden renderings ("Uncle Nicola", "the idiot Grisha") are of concepts with a deprecated variant
    forbidden = [r for r in rows if r.rendering == "forbidden"]
    assert [(r.text, r.concept) for r in forbidden] == [
        ("tolstoy-childhood", "servant-tutor"), ("tolstoy-childhood-4-6", "holy-fool")]
    assert all(any(c == r.concept for c, _ in deprecated) for r in forbidden)


def test_each_text_is_frozen_by_a_digest_of_its_pairs() -> None:
    assert len(terms_bilingual.TEXTS) == 10
    assert all(re.fullmatch("[0-9a-f]{64}", t.sha256) for t in terms_bilingual.TEXTS.values())
    assert {t.module for t in terms_bilingual.TEXTS.values()} == {
        "bench.align_heldout", "bench.align_heldout2", "bench.align_heldout9", "bench.align_dev"}


def test_a_bead_with_an_empty_side_is_no_pair_and_the_others_keep_their_numbers() -> None:
    pairs = terms_bilingual.pairs_of("t", [(["Раз.", "Два."], ["One two."]), ([], ["Added."]), (["Три."], ["Three."])])
    assert pairs == [Pair("t", 0, "Раз. Два.", "One two."), Pair("t", 2, "Три.", "Three.")]


def test_a_text_that_is_not_the_one_labelled_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    document = DevDocument("letter", (Sentence("One.", 0),), (Sentence("Один.", 0),), (((0,), (0,)),))
    monkeypatch.setattr(align_dev, "documents", lambda: [document])
    labelled = terms_bilingual.pairs_digest([Pair("letter", 0, "Один.", "One.")])
    assert terms_bilingual.read_pairs({"letter": Text("bench.align_dev", labelled)}) == [Pair("letter", 0, "Один.", "One.")]
    with pytest.raises(TextsAbsent, match="differ from those that were labelled"):
        terms_bilingual.read_pairs({"letter": Text("bench.align_dev", "0" * 64)})
    with pytest.raises(TextsAbsent, match="has no text other"):
        terms_bilingual.read_pairs({"other": Text("bench.align_dev", labelled)})


_TERMBASE = """id,ru,en,status,pos,subject,definition,note
ruler,линейка,ruler,preferred,noun,education,a strip of wood for drawing straight lines,
attendant,дядька,attendant,preferred,noun,household,a male serf who looks after a gentry boy,
attendant,дядька,uncle,deprecated,noun,household,a male serf who looks after a gentry boy,the parent's brother
"""
_PAIRS = [
    Pair("story", 0, "Линейка стояла у крыльца, и кучер ждал.", "The carriage stood at the door, and the coachman waited."),
    Pair("story", 1, "Карл Иваныч взял линейку со стола.", "Karl Ivanitch took the ruler from the table."),
    Pair("story", 2, "Дядька Николай вошёл в комнату.", "Uncle Nicola came into the room."),
    Pair("story", 3, "Линейка стояла у крыльца, и кучер ждал.", "The carriage was at the door; the coachman waited."),
    Pair("story", 4, "Карл Иваныч взял линейку со стола и ушёл.", "Karl Ivanitch took it from the table and left."),
    Pair("story", 5, "Дядька Николай спал.", "The attendant Nicola was asleep."),
]
_LABELS = [
    Occurrence("story", 0, "source", "ruler", "Линейка", "other", "", ""),
    Occurrence("story", 1, "source", "ruler", "линейку", "concept", "term", ""),
    Occurrence("story", 2, "source", "attendant", "Дядька", "concept", "forbidden", ""),
    Occurrence("story", 3, "source", "ruler", "Линейка", "other", "", ""),
    Occurrence("story", 4, "source", "ruler", "линейку", "concept", "pronoun", "it"),
    Occurrence("story", 5, "source", "attendant", "Дядька", "concept", "term", ""),
]


@pytest.fixture
def termbase(tmp_path: Path) -> Path:
    path = tmp_path / "termbase.csv"
    path.write_text(_TERMBASE, encoding="utf-8")
    return path


def test_the_gold_is_missing_where_no_approved_term_renders_the_sense_and_forbidden_where_a_variant_does() -> None:
    gold = terms_bilingual.gold_of(_LABELS)
    assert gold.missing == {("story", 4, "ruler")}
    assert gold.forbidden == {("story", 2, "attendant")}


def test_the_bench_scores_the_core_findings_on_a_real_project(termbase: Path) -> None:
    report = terms_bilingual.run(_PAIRS, _LABELS, termbase)
    assert report["pairs"] == 6
    missing, forbidden = report["all pairs"]["term-missing"], report["all pairs"]["term-forbidden"]
    # the carriage («линейка» in another sense) is taken for the ruler twice: two false findings
    assert (missing["gold"], missing["found"], missing["hits"]) == (1, 3, 1)
    assert (missing["recall"], missing["precision"]) == (1.0, 0.333)
    assert [(d["kind"], d["bead"], d["labels"]) for d in missing["disagreements"]] == [
        ("false", 0, "Линейка: another sense"), ("false", 3, "Линейка: another sense")]
    assert (forbidden["gold"], forbidden["found"], forbidden["hits"], forbidden["precision"]) == (1, 1, 1, 1.0)


def test_the_sense_memory_primed_on_the_first_half_hides_the_other_sense_in_the_second(termbase: Path) -> None:
    report = terms_bilingual.run(_PAIRS, _LABELS, termbase, senses=True)
    assert report["answers given"] == {"confirmed": 2, "other-sense": 1, "mixed": 0, "not-matched": 0}
    empty = report["second half, memory empty"]["term-missing"]
    primed = report["second half, memory primed"]["term-missing"]
    assert (empty["gold"], empty["found"], empty["hits"]) == (1, 2, 1)
    assert (primed["gold"], primed["found"], primed["hits"]) == (1, 1, 1)
    assert primed["disagreements"] == []
