"""The tenth bilingual term-check set, EN → RU sustainable development (`python -m
bench.terms_bilingual --set en-ru-sdg`): its frozen files say what the module docstring says, its
pairs are keys of the UN's goals, targets and indicators read from the `fetch` mirror at a fixed
commit (`bench.terms_sdg_texts`), listed by block id with the key and frozen by digest, and every
label points to a listed pair and a concept of its termbase. No test runs the checks, or the
matcher, on the frozen pairs; the wiring is driven on a tiny made-up set."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from bench import terms_bilingual, terms_sdg_texts
from bench.qa_heldout import Block
from bench.terms_bilingual import DataSet, Occurrence, TextsAbsent
from tests.core.checks.term_sets import (
    assert_labels_well_formed,
    assert_tiny_set_scored_then_refused,
    csv_rows,
    listed_tiny_set,
)

SDG = terms_bilingual.SETS["en-ru-sdg"]
LISTING = terms_bilingual.PAIRS_EN_RU_SDG


def test_the_termbase_is_en_to_ru_with_76_sourced_concepts_and_18_forbidden_russian_variants() -> None:
    rows = csv_rows(SDG.termbase)
    assert list(rows[0])[:3] == ["id", "en", "ru"]  # the first language column is the source
    assert len({row["id"] for row in rows}) == 76
    assert all(row["definition"] and row["subject"] and row["pos"] and row["ru"] and row["en"] for row in rows)
    assert Counter(row["status"] for row in rows) == {"preferred": 87, "admitted": 58, "deprecated": 18}
    # one Russian preferred term per concept; the other preferred rows add an English synonym
    preferred = [row for row in rows if row["status"] == "preferred"]
    assert all(len({r["ru"] for r in preferred if r["id"] == c}) == 1 for c in {r["id"] for r in rows})
    firsts = {row["id"]: row for row in reversed(rows)}
    assert all(row["note"].startswith("source: ") for row in firsts.values())
    forbidden = {row["ru"] for row in rows if row["status"] == "deprecated"}
    assert {"тепличный газ", "эмиссия", "линия бедности", "официальная помощь развитию", "ремиттансы",
            "стабильное развитие", "мусор", "пищевая безопасность", "столица", "берег"} <= forbidden
    multiword = {row["id"] for row in preferred if " " in row["ru"]}
    assert len(multiword) >= 30 and {"sustainable-development", "greenhouse-gas", "poverty-line", "oda",
                                      "land-degradation", "disaster-risk-reduction"} <= multiword
    # the homographs say in their definition which sense is not the concept
    for concept in ("bank", "capital", "environment", "sink", "tariff", "waste", "emissions", "proportion"):
        assert "(not " in next(r["definition"] for r in rows if r["id"] == concept), concept


def test_the_labels_hold_the_counts_the_docstring_gives() -> None:
    rows = terms_bilingual.read_occurrences(SDG.occurrences)
    source = [r for r in rows if r.side == "source"]
    assert len(source) == 635 and len(rows) - len(source) == 77
    assert Counter(r.sense for r in source) == {"concept": 603, "other": 32}
    assert Counter(r.sense for r in rows if r.side == "target") == {"concept": 48, "other": 29}
    assert Counter(r.rendering for r in source if r.sense == "concept") == {"term": 547, "other": 52, "omitted": 4}
    gold = terms_bilingual.gold_of(rows)
    keys = {(r.text, r.bead, r.concept) for r in source}
    in_sense = {(r.text, r.bead, r.concept) for r in source if r.sense == "concept"}
    assert (len(keys), len(keys - in_sense)) == (563, 25)
    assert (len(gold.missing), len(gold.forbidden)) == (42, 0)
    missing = Counter(concept for _, _, concept in gold.missing)
    assert (missing["proportion"], missing["renewable-energy"]) == (12, 5)
    assert len({concept for _, _, concept in in_sense}) == 72


def test_every_label_names_a_listed_pair_a_known_concept_and_a_form_of_its_side() -> None:
    rows = terms_bilingual.read_occurrences(SDG.occurrences)
    beads: dict[str, set[int]] = {}
    for listed in csv_rows(LISTING, "\t"):
        beads.setdefault(listed["text"], set()).add(int(listed["bead"]))
    assert {r.text for r in rows} <= set(SDG.texts) == set(beads)
    assert all(r.bead in beads[r.text] for r in rows)
    assert_labels_well_formed(rows, csv_rows(SDG.termbase))


def test_the_listing_holds_each_document_s_keys_in_order_with_a_digest() -> None:
    listed = csv_rows(LISTING, "\t")
    assert len(listed) == 449
    assert Counter(row["text"] for row in listed) == {"sdg-goals": 34, "sdg-targets": 169, "sdg-indicators": 246}
    for row in listed:
        assert row["block"] == f"{row['text']}#{row['bead']}"
        assert re.fullmatch("[0-9a-f]{12}", row["digest"])
        assert re.fullmatch(r"[0-9]+(-[0-9a-z]+)*-(title|short)", row["key"]), row
    for name in {row["text"] for row in listed}:
        rows = [row for row in listed if row["text"] == name]
        assert [int(r["bead"]) for r in rows] == sorted({int(r["bead"]) for r in rows})
        assert len({r["key"] for r in rows}) == len(rows)


def test_the_set_reads_a_repository_no_other_set_reads() -> None:
    assert all(t.module == "bench.terms_sdg_texts" and t.cases is None for t in SDG.texts.values())
    assert SDG.cases == LISTING and (SDG.source_lang, SDG.target_lang) == ("en", "ru")
    assert all(re.fullmatch("[0-9a-f]{64}", t.sha256) for t in SDG.texts.values())
    assert set(SDG.texts) == set(terms_sdg_texts.DOCUMENTS)
    assert all(re.fullmatch("[0-9a-f]{64}", f.sha256) and f.commit == terms_sdg_texts.COMMIT
               for pair in terms_sdg_texts.DOCUMENTS.values() for f in pair)
    earlier = [s.texts for name, s in terms_bilingual.SETS.items() if name != "en-ru-sdg"]
    assert not any(set(SDG.texts) & set(other) for other in earlier)
    bench = Path(terms_bilingual.__file__).parent
    # The QA set of official documents reads the same resolutions; it measures other checks.
    readers = {path.name for path in bench.glob("*.py") if not path.name.startswith("qa_")
               and f'"{terms_sdg_texts.REPO}"' in path.read_text(encoding="utf-8")}
    assert readers == {"terms_sdg_texts.py"}


def test_a_flat_yaml_file_is_read_by_key_with_folded_lines_and_quotes() -> None:
    text = "1-title: End poverty\n  everywhere\n2-title: 'Proportion of the ''poor'': share'\n\n3-short: Нет\n"
    assert terms_sdg_texts.entries(text) == {
        "1-title": "End poverty everywhere", "2-title": "Proportion of the 'poor': share", "3-short": "Нет"}
    with pytest.raises(ValueError, match="not a flat YAML entry"):
        terms_sdg_texts.entries("1-title: a\n- a list item\n")


def test_frozen_pairs_are_the_listed_keys_when_the_mirror_holds_them() -> None:
    """Reads the texts (nothing runs on them): each listed pair's digest is its key's values', and
    every document's pairs hash to the digest they were labelled with."""
    try:
        pairs = terms_bilingual.read_pairs(SDG.texts, "en", SDG.cases)
    except TextsAbsent as absent:
        pytest.skip(f"the mirror does not hold the documents: {absent}")
    listed = {(row["text"], int(row["bead"])): row["digest"] for row in csv_rows(LISTING, "\t")}
    assert len(pairs) == len(listed) == 449
    assert all(listed[(p.text, p.bead)] == Block("", 0, p.source, p.target).digest for p in pairs)
    assert all(re.search("[А-Яа-яЁё]", p.target) and re.search("[A-Za-z]{2}", p.source) for p in pairs)


def test_an_absent_mirror_is_one_line_and_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(tmp_path))
    assert terms_bilingual.main(["--set", "en-ru-sdg"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and "sdg-translations" in captured.err


_TERMBASE = """id,en,ru,status,pos,subject,definition,note
greenhouse-gas,greenhouse gas,парниковый газ,preferred,noun,climate,a gas that traps heat,source: made up
greenhouse-gas,greenhouse gas,тепличный газ,deprecated,noun,climate,a gas that traps heat,calque
poverty-line,poverty line,черта бедности,preferred,noun,development,the income below which one is poor,source: made up
"""
_BLOCKS = [  # (block id, English, Russian), as the QA reader keeps them
    ("made-up-goals#0", "Cut greenhouse gas emissions below the poverty line", "Сократить выбросы парниковых газов ниже черты бедности"),
    ("made-up-goals#2", "Greenhouse gas levels above the poverty line", "Уровень тепличных газов выше уровня бедности"),
]
_LABELS = [
    Occurrence("made-up-goals", 0, "source", "greenhouse-gas", "greenhouse gas", "concept", "term", ""),
    Occurrence("made-up-goals", 0, "source", "poverty-line", "poverty line", "concept", "term", ""),
    Occurrence("made-up-goals", 2, "source", "greenhouse-gas", "Greenhouse gas", "concept", "forbidden", "«тепличных газов»"),
    Occurrence("made-up-goals", 2, "source", "poverty-line", "poverty line", "concept", "other", "«уровня бедности»"),
]


@pytest.fixture
def tiny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DataSet:
    """A made-up set read the tenth set's way: a listing of made-up keys' pairs."""
    return listed_tiny_set("en-ru-sdg", terms_sdg_texts, _BLOCKS, _TERMBASE, _LABELS, tmp_path, monkeypatch, extra={"key": "1-title"})


def test_main_scores_the_core_on_a_tiny_set_and_refuses_pairs_that_differ(
        tiny: DataSet, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    missing, forbidden = assert_tiny_set_scored_then_refused(tiny, terms_sdg_texts, _BLOCKS, monkeypatch, capsys)
    # the Russian target is read in its cases: «уровня бедности» is missing, «тепличных газов» forbidden
    assert (missing["gold"], forbidden["gold"]) == (1, 1)
    assert forbidden["hits"] == 1
