"""The ninth bilingual term-check set, EN → RU medicine (`python -m bench.terms_bilingual --set
en-ru-medicine`): its frozen files say what the module docstring says, its pairs are line runs of
22 patient documents read from the `fetch` mirror at a fixed commit (`bench.terms_medicine_texts`),
listed by block id with line numbers and frozen by digest, and every label points to a listed pair
and a concept of its termbase. No test runs the checks, or the matcher, on the frozen pairs; the
wiring is driven on a tiny made-up set."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from bench import terms_bilingual, terms_medicine_texts
from bench.qa_heldout import Block
from bench.terms_bilingual import DataSet, Occurrence, TextsAbsent
from tests.core.checks.term_sets import (
    assert_labels_well_formed,
    assert_tiny_set_scored_then_refused,
    csv_rows,
    listed_tiny_set,
)

MEDICINE = terms_bilingual.SETS["en-ru-medicine"]
LISTING = terms_bilingual.PAIRS_EN_RU_MEDICINE


def test_the_termbase_is_en_to_ru_with_93_sourced_concepts_and_22_forbidden_russian_variants() -> None:
    rows = csv_rows(MEDICINE.termbase)
    assert list(rows[0])[:3] == ["id", "en", "ru"]  # the first language column is the source
    assert len({row["id"] for row in rows}) == 93
    assert all(row["definition"] and row["subject"] and row["pos"] and row["ru"] and row["en"] for row in rows)
    assert Counter(row["status"] for row in rows) == {"preferred": 101, "admitted": 119, "deprecated": 22}
    # one Russian preferred term per concept; the other preferred rows add an English synonym
    preferred = [row for row in rows if row["status"] == "preferred"]
    assert all(len({r["ru"] for r in preferred if r["id"] == c}) == 1 for c in {r["id"] for r in rows})
    firsts = {row["id"]: row for row in reversed(rows)}
    assert all(row["note"].startswith("source: ") for row in firsts.values())
    forbidden = {row["ru"] for row in rows if row["status"] == "deprecated"}
    assert {"радиационная терапия", "целевая терапия", "белые кровяные клетки", "лимфатическая железа",
            "хирургия", "медицина", "наркотик", "опухоль", "поставщик медицинских услуг"} <= forbidden
    multiword = {row["id"] for row in preferred if " " in row["ru"]}
    assert len(multiword) >= 30 and {"radiation-therapy", "lymph-node", "cervix", "side-effect", "injection-site"} <= multiword
    # the homographs say in their definition which sense is not the concept
    for concept in ("vaccine", "injection", "cancer", "surgery", "stage", "colon", "breast", "mole", "drug", "medicine"):
        assert "(not " in next(r["definition"] for r in rows if r["id"] == concept), concept


def test_the_labels_hold_the_counts_the_docstring_gives() -> None:
    rows = terms_bilingual.read_occurrences(MEDICINE.occurrences)
    source = [r for r in rows if r.side == "source"]
    assert len(source) == 2263 and len(rows) - len(source) == 535
    assert Counter(r.sense for r in source) == {"concept": 2044, "other": 219}
    assert Counter(r.sense for r in rows if r.side == "target") == {"concept": 196, "other": 339}
    assert Counter(r.rendering for r in source if r.sense == "concept") == {
        "term": 1805, "other": 209, "omitted": 25, "pronoun": 4, "forbidden": 1}
    gold = terms_bilingual.gold_of(rows)
    keys = {(r.text, r.bead, r.concept) for r in source}
    in_sense = {(r.text, r.bead, r.concept) for r in source if r.sense == "concept"}
    assert (len(keys), len(keys - in_sense)) == (1669, 130)
    assert (len(gold.missing), len(gold.forbidden)) == (182, 1)
    assert Counter(concept for _, _, concept in gold.forbidden) == {"surgery": 1}
    missing = Counter(concept for _, _, concept in gold.missing)
    assert (missing["health-care-provider"], missing["care-team"], missing["vaccine"]) == (68, 44, 27)
    assert len({concept for _, _, concept in in_sense}) == 79


def test_every_label_names_a_listed_pair_a_known_concept_and_a_form_of_its_side() -> None:
    rows = terms_bilingual.read_occurrences(MEDICINE.occurrences)
    beads: dict[str, set[int]] = {}
    for listed in csv_rows(LISTING, "\t"):
        beads.setdefault(listed["text"], set()).add(int(listed["bead"]))
    assert {r.text for r in rows} <= set(MEDICINE.texts) == set(beads)
    assert all(r.bead in beads[r.text] for r in rows)
    assert_labels_well_formed(rows, csv_rows(MEDICINE.termbase))


def test_the_listing_holds_each_document_s_pairs_in_order_with_line_numbers_and_a_digest() -> None:
    listed = csv_rows(LISTING, "\t")
    assert len(listed) == 897 and len({row["text"] for row in listed}) == 22
    assert Counter(row["text"][:4] for row in listed) == {"vis-": 447, "acs-": 450}
    for row in listed:
        assert row["block"] == f"{row['text']}#{row['bead']}"
        assert re.fullmatch("[0-9a-f]{12}", row["digest"])
        for side in ("en", "ru"):
            lines = [int(n) for n in row[side].split(",")]
            assert lines == sorted(set(lines)), row
    for name in {row["text"] for row in listed}:
        rows = [row for row in listed if row["text"] == name]
        assert [int(r["bead"]) for r in rows] == sorted({int(r["bead"]) for r in rows})
        # a document's pairs run forward on both sides and never share a line
        for side in ("en", "ru"):
            lines = [int(n) for r in rows for n in r[side].split(",")]
            assert lines == sorted(set(lines)), (name, side)


def test_the_set_reads_a_repository_no_other_set_reads() -> None:
    assert all(t.module == "bench.terms_medicine_texts" and t.cases is None for t in MEDICINE.texts.values())
    assert MEDICINE.cases == LISTING and (MEDICINE.source_lang, MEDICINE.target_lang) == ("en", "ru")
    assert all(re.fullmatch("[0-9a-f]{64}", t.sha256) for t in MEDICINE.texts.values())
    assert set(MEDICINE.texts) == set(terms_medicine_texts.DOCUMENTS)
    assert all(re.fullmatch("[0-9a-f]{64}", f.sha256) and f.commit == terms_medicine_texts.COMMIT
               for pair in terms_medicine_texts.DOCUMENTS.values() for f in pair)
    earlier = [s.texts for name, s in terms_bilingual.SETS.items() if name != "en-ru-medicine"]
    assert not any(set(MEDICINE.texts) & set(other) for other in earlier)
    bench = Path(terms_bilingual.__file__).parent
    readers = {path.name for path in bench.glob("*.py") if f'"{terms_medicine_texts.REPO}"' in path.read_text(encoding="utf-8")}
    assert readers == {"terms_medicine_texts.py"}


def test_frozen_pairs_are_the_listed_lines_when_the_mirror_holds_them() -> None:
    """Reads the texts (nothing runs on them): each listed pair's digest is its lines', and every
    document's pairs hash to the digest they were labelled with."""
    try:
        pairs = terms_bilingual.read_pairs(MEDICINE.texts, "en", MEDICINE.cases)
    except TextsAbsent as absent:
        pytest.skip(f"the mirror does not hold the documents: {absent}")
    listed = {(row["text"], int(row["bead"])): row["digest"] for row in csv_rows(LISTING, "\t")}
    assert len(pairs) == len(listed) == 897
    assert all(listed[(p.text, p.bead)] == Block("", 0, p.source, p.target).digest for p in pairs)
    assert all(re.search("[А-Яа-яЁё]", p.target) and re.search("[A-Za-z]{2}", p.source) for p in pairs)


def test_an_absent_mirror_is_one_line_and_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(tmp_path))
    assert terms_bilingual.main(["--set", "en-ru-medicine"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and "llm-translation-study" in captured.err


_TERMBASE = """id,en,ru,status,pos,subject,definition,note
radiation-therapy,radiation therapy,лучевая терапия,preferred,noun,oncology,treatment of cancer with rays,source: made up
radiation-therapy,radiation therapy,радиационная терапия,deprecated,noun,oncology,treatment of cancer with rays,calque
lymph-node,lymph node,лимфатический узел,preferred,noun,anatomy,an organ of the lymphatic system,source: made up
"""
_BLOCKS = [  # (block id, English, Russian), as the QA reader keeps them
    ("made-up-leaflet#0", "Radiation therapy to the lymph nodes", "Лучевая терапия лимфатических узлов"),
    ("made-up-leaflet#2", "Radiation therapy can shrink a lymph node.", "Радиационная терапия уменьшает лимфоузел."),
]
_LABELS = [
    Occurrence("made-up-leaflet", 0, "source", "radiation-therapy", "Radiation therapy", "concept", "term", ""),
    Occurrence("made-up-leaflet", 0, "source", "lymph-node", "lymph nodes", "concept", "term", ""),
    Occurrence("made-up-leaflet", 2, "source", "radiation-therapy", "Radiation therapy", "concept", "forbidden",
               "«Радиационная терапия»"),
    Occurrence("made-up-leaflet", 2, "source", "lymph-node", "lymph node", "concept", "other", "«лимфоузел»"),
]


@pytest.fixture
def tiny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DataSet:
    """A made-up set read the ninth set's way: a listing of a made-up leaflet's pairs."""
    return listed_tiny_set("en-ru-medicine", terms_medicine_texts, _BLOCKS, _TERMBASE, _LABELS, tmp_path, monkeypatch, extra={"en": "0", "ru": "0"})


def test_main_scores_the_core_on_a_tiny_set_and_refuses_pairs_that_differ(
        tiny: DataSet, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    missing, forbidden = assert_tiny_set_scored_then_refused(tiny, terms_medicine_texts, _BLOCKS, monkeypatch, capsys)
    # the Russian target is read in its cases: «лимфоузел» is missing, «Радиационная терапия» forbidden
    assert (missing["gold"], forbidden["gold"]) == (1, 1)
    assert forbidden["hits"] == 1
