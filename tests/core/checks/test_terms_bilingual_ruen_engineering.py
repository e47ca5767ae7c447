"""The eighth bilingual term-check set, RU → EN nuclear power engineering (`python -m
bench.terms_bilingual --set ru-en-engineering`): its frozen files say what the module docstring
says, its pairs are blocks of papers of a Russian journal read from the `fetch` mirror at a fixed
commit (`bench.terms_engineering_texts`), papers the QA science-abstracts set does not use, listed
by block id and frozen by digest, and every label points to a listed pair and a concept of its
termbase. No test runs the checks, or the matcher, on the frozen pairs; the
wiring is driven on a tiny made-up set."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from bench import qa_science_abstracts, terms_bilingual, terms_engineering_texts
from bench.qa_heldout import Block
from bench.terms_bilingual import DataSet, Occurrence, TextsAbsent
from tests.core.checks.term_sets import (
    assert_tiny_set_scored_then_refused,
    csv_rows,
    listed_tiny_set,
)

ENGINEERING = terms_bilingual.SETS["ru-en-engineering"]
LISTING = terms_bilingual.PAIRS_RU_EN_ENGINEERING


def test_the_termbase_is_ru_to_en_with_86_sourced_concepts_and_99_forbidden_english_variants() -> None:
    rows = csv_rows(ENGINEERING.termbase)
    assert list(rows[0])[:3] == ["id", "ru", "en"]  # the first language column is the source
    assert len({row["id"] for row in rows}) == 86
    assert all(row["definition"] and row["subject"] and row["pos"] and row["ru"] and row["en"] for row in rows)
    assert Counter(row["status"] for row in rows) == {"preferred": 104, "admitted": 71, "deprecated": 99}
    # one English preferred term per concept; the other preferred rows add a Russian synonym
    preferred = [row for row in rows if row["status"] == "preferred"]
    assert all(len({r["en"] for r in preferred if r["id"] == c}) == 1 for c in {r["id"] for r in rows})
    assert sum(1 for row in preferred if not row["note"]) == 104 - 86
    # the first row of every concept says where its terms come from
    firsts = {row["id"]: row for row in reversed(preferred)}
    assert all(row["note"].startswith("source: ") for row in firsts.values())
    forbidden = {row["en"] for row in rows if row["status"] == "deprecated"}
    assert {"active zone", "heat carrier", "exploitation", "resource", "stand", "first circuit", "natrium"} <= forbidden
    multiword = {row["id"] for row in preferred if " " in row["ru"]}
    assert len(multiword) >= 40 and {"core", "reactor-vessel", "fast-reactor", "decommissioning", "chf"} <= multiword
    # the two-sense words say in their definition which sense is not the concept
    for concept in ("service-life", "power", "steel", "steam", "release", "reaction", "activity", "fission", "test-facility"):
        assert "(not " in next(r["definition"] for r in rows if r["id"] == concept), concept


def test_the_labels_hold_the_counts_the_docstring_gives() -> None:
    rows = terms_bilingual.read_occurrences(ENGINEERING.occurrences)
    source = [r for r in rows if r.side == "source"]
    assert len(source) == 623 and len(rows) - len(source) == 260
    assert Counter(r.sense for r in source) == {"concept": 547, "other": 76}
    assert Counter(r.sense for r in rows if r.side == "target") == {"concept": 77, "other": 183}
    assert Counter(r.rendering for r in source if r.sense == "concept") == {
        "term": 497, "other": 35, "omitted": 12, "forbidden": 3}
    gold = terms_bilingual.gold_of(rows)
    keys = {(r.text, r.bead, r.concept) for r in source}
    in_sense = {(r.text, r.bead, r.concept) for r in source if r.sense == "concept"}
    assert (len(keys), len(keys - in_sense)) == (543, 59)
    assert (len(gold.missing), len(gold.forbidden)) == (44, 3)
    assert Counter(concept for _, _, concept in gold.forbidden) == {"service-life": 2, "core": 1}
    assert len({concept for _, _, concept in in_sense}) == 67


def test_every_label_names_a_listed_pair_a_known_concept_and_a_form_of_its_side() -> None:
    rows = terms_bilingual.read_occurrences(ENGINEERING.occurrences)
    beads: dict[str, set[int]] = {}
    for listed in csv_rows(LISTING, "\t"):
        beads.setdefault(listed["text"], set()).add(int(listed["bead"]))
    assert {r.text for r in rows} <= set(ENGINEERING.texts) == set(beads)
    assert all(r.bead in beads[r.text] for r in rows)
    termbase = csv_rows(ENGINEERING.termbase)
    assert {r.concept for r in rows} <= {row["id"] for row in termbase}
    for row in rows:
        russian = re.fullmatch(r"[А-Яа-яЁё][А-Яа-яЁё0-9 -]*", row.form)
        assert (russian is not None) == (row.side == "source"), row
        assert (row.rendering == "") == (row.side == "target" or row.sense == "other"), row
        assert row.note or row.rendering in {"term", "omitted", "pronoun", ""}, row
    with_variant = {row["id"] for row in termbase if row["status"] == "deprecated"}
    assert {r.concept for r in rows if r.rendering == "forbidden"} <= with_variant


def test_the_listing_holds_each_paper_s_blocks_in_order_with_a_digest() -> None:
    listed = csv_rows(LISTING, "\t")
    assert len(listed) == 418 and len({row["text"] for row in listed}) == 47
    for row in listed:
        assert row["block"] == f"{row['text']}#{row['bead']}"
        assert re.fullmatch(r"npe-20(1[2-9]|2[0-4])-0[1-4]-\d\d", row["text"])
        assert re.fullmatch("[0-9a-f]{12}", row["digest"])
    for name in {row["text"] for row in listed}:
        beads = [int(row["bead"]) for row in listed if row["text"] == name]
        assert beads == sorted(set(beads)) and beads[0] == 0  # every paper keeps its title


def test_the_set_reads_papers_the_qa_abstracts_set_does_not_use() -> None:
    assert all(t.module == "bench.terms_engineering_texts" and t.cases is None for t in ENGINEERING.texts.values())
    assert ENGINEERING.cases == LISTING and (ENGINEERING.source_lang, ENGINEERING.target_lang) == ("ru", "en")
    assert all(re.fullmatch("[0-9a-f]{64}", t.sha256) for t in ENGINEERING.texts.values())
    frozen = json.loads(qa_science_abstracts.DATA.read_text(encoding="utf-8"))
    used = {terms_engineering_texts.text_name(case["id"].split("#")[0]) for case in frozen["pairs"]}
    assert used and not used & set(ENGINEERING.texts)
    earlier = [s.texts for name, s in terms_bilingual.SETS.items() if name != "ru-en-engineering"]
    assert not any(set(ENGINEERING.texts) & set(other) for other in earlier)


def test_frozen_pairs_are_the_listed_blocks_when_the_mirror_holds_them() -> None:
    """Reads the texts (nothing runs on them): each listed block's digest is its pair's, every
    paper's pairs hash to the digest they were labelled with, and the papers are those the seed
    draws."""
    try:
        pairs = terms_bilingual.read_pairs(ENGINEERING.texts, "ru", ENGINEERING.cases)
    except TextsAbsent as absent:
        pytest.skip(f"the mirror does not hold the journal: {absent}")
    listed = {(row["text"], int(row["bead"])): row["digest"] for row in csv_rows(LISTING, "\t")}
    assert len(pairs) == len(listed) == 418
    assert all(listed[(p.text, p.bead)] == Block("", 0, p.target, p.source).digest for p in pairs)
    assert [terms_engineering_texts.text_name(page) for page in terms_engineering_texts.draw()] == list(ENGINEERING.texts)


def test_an_absent_mirror_is_one_line_and_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(tmp_path))
    assert terms_bilingual.main(["--set", "ru-en-engineering"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and "nuclear-power-engineering" in captured.err


_TERMBASE = """id,ru,en,status,pos,subject,definition,note
core,активная зона,core,preferred,noun,plant engineering,the region of a reactor holding the fuel,source: made up
core,активная зона,active zone,deprecated,noun,plant engineering,the region of a reactor holding the fuel,calque
fuel-rod,твэл,fuel rod,preferred,noun,plant engineering,one sealed element of nuclear fuel,source: made up
"""
_BLOCKS = [  # (block id, English, Russian), as the QA reader keeps them
    ("made-up-paper#0", "Fuel rods of the core", "Твэлы активной зоны"),
    ("made-up-paper#2", "The fuel swells in the active zone.", "Топливо твэлов распухает в активной зоне."),
]
_LABELS = [
    Occurrence("made-up-paper", 0, "source", "fuel-rod", "Твэлы", "concept", "term", ""),
    Occurrence("made-up-paper", 0, "source", "core", "активной зоны", "concept", "term", ""),
    Occurrence("made-up-paper", 2, "source", "fuel-rod", "твэлов", "concept", "other", "fuel"),
    Occurrence("made-up-paper", 2, "source", "core", "активной зоне", "concept", "forbidden", "active zone"),
]


@pytest.fixture
def tiny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DataSet:
    """A made-up set read the eighth set's way: a listing of a made-up paper's blocks."""
    return listed_tiny_set("ru-en-engineering", terms_engineering_texts, _BLOCKS, _TERMBASE, _LABELS, tmp_path, monkeypatch)


def test_main_scores_the_core_on_a_tiny_set_and_refuses_pairs_that_differ(
        tiny: DataSet, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    missing, forbidden = assert_tiny_set_scored_then_refused(tiny, terms_engineering_texts, _BLOCKS, monkeypatch, capsys)
    # the Russian source is read in its cases: «твэлов» rendered "fuel" is missing, "active zone" forbidden
    assert (missing["gold"], forbidden["gold"]) == (1, 1)
    assert forbidden["hits"] == 1
