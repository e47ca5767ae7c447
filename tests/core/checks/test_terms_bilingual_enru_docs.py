"""The third bilingual term-check set, EN → RU non-fiction (`python -m bench.terms_bilingual --set
en-ru-docs`): its frozen files say what the module docstring says, its pairs are the handbook QA
set's cases read through that set's own loader and frozen by digest, and the bench builds a real
EN → RU project and scores the core's `term-missing` and `term-forbidden` findings. The checks run
on a tiny made-up set only: no test runs them, or the matcher, on the frozen pairs."""

from __future__ import annotations

import json
import re
import subprocess
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

from bench import qa_handbook, terms_bilingual
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

DOCS = terms_bilingual.SETS["en-ru-docs"]


def test_the_termbase_is_en_to_ru_with_61_defined_concepts_and_13_forbidden_russian_variants() -> None:
    rows = csv_rows(DOCS.termbase)
    assert list(rows[0])[:3] == ["id", "en", "ru"]  # the first language column is the source
    assert len({row["id"] for row in rows}) == 61
    assert all(row["definition"] and row["subject"] and row["pos"] and row["ru"] for row in rows)
    assert Counter(row["status"] for row in rows) == {"preferred": 61, "admitted": 14, "deprecated": 13}
    multiword = {row["id"] for row in rows if row["status"] == "preferred" and " " in row["ru"]}
    assert len(multiword) == 23 and {"mount-point", "logical-volume", "source-package"} <= multiword
    forbidden = {row["ru"] for row in rows if row["status"] == "deprecated"}
    assert {"релиз", "мейнтейнер", "аккаунт", "директория", "лог"} <= forbidden


def test_at_least_35_concepts_are_in_no_earlier_term_set() -> None:
    earlier = earlier_terms("en-ru")
    terms = concept_terms(DOCS.termbase)
    assert len([c for c, words in terms.items() if not words & earlier]) == 47


def test_the_labels_hold_the_counts_the_docstring_gives() -> None:
    rows = terms_bilingual.read_occurrences(DOCS.occurrences)
    source = [r for r in rows if r.side == "source"]
    assert len(source) == 913 and len(rows) - len(source) == 233
    assert Counter(r.sense for r in source) == {"concept": 720, "other": 193}
    assert Counter(r.rendering for r in source if r.sense == "concept") == {
        "term": 643, "other": 61, "forbidden": 12, "omitted": 4}
    gold = terms_bilingual.gold_of(rows)
    assert (len(gold.missing), len(gold.forbidden)) == (50, 8)
    assert len({(r.text, r.bead, r.concept) for r in source}) == 643
    # the brief's floors that the set meets (gold `term-missing` is 50, short of its 60)
    assert len(source) >= 300 and Counter(r.sense for r in source)["other"] >= 60


def test_every_label_names_a_listed_pair_a_known_concept_and_a_form_of_its_side() -> None:
    rows = terms_bilingual.read_occurrences(DOCS.occurrences)
    termbase = csv_rows(DOCS.termbase)
    assert DOCS.cases == terms_bilingual.PAIRS_EN_RU_DOCS
    beads = {int(row["bead"]) for row in csv_rows(terms_bilingual.PAIRS_EN_RU_DOCS, "\t")}
    assert {r.text for r in rows} == set(DOCS.texts) == {"debian-handbook"}
    assert {r.bead for r in rows} <= beads
    assert {r.concept for r in rows} <= {row["id"] for row in termbase}
    for row in rows:
        assert row.form and row.form == row.form.strip()
        if row.side == "source":
            assert re.fullmatch(r"[A-Za-z][A-Za-z' -]*", row.form), row
        else:
            assert re.fullmatch(r"[А-Яа-яЁё][А-Яа-яЁё ]*", row.form), row
    # a forbidden rendering is only ever labelled for a concept that has a forbidden variant
    with_variant = {row["id"] for row in termbase if row["status"] == "deprecated"}
    assert {r.concept for r in rows if r.rendering == "forbidden"} == {
        "account", "directory", "log", "maintainer", "release"} <= with_variant


def test_the_pairs_are_every_listed_case_of_the_frozen_handbook_qa_set_with_its_digest() -> None:
    listed = csv_rows(terms_bilingual.PAIRS_EN_RU_DOCS, "\t")
    assert [int(row["bead"]) for row in listed] == list(range(752))
    assert len({row["block"] for row in listed}) == 752
    frozen = json.loads(qa_handbook.DATA.read_text(encoding="utf-8"))
    digests = {pair["id"]: pair["digest"] for pair in frozen["pairs"]}
    assert all(digests.get(row["block"]) == row["digest"] for row in listed)
    assert sum(1 for row in listed if "/para/" in row["block"]) == 320
    text = DOCS.texts["debian-handbook"]
    assert text.module == "bench.qa_handbook" and re.fullmatch("[0-9a-f]{64}", text.sha256)
    assert (DOCS.source_lang, DOCS.target_lang) == ("en", "ru")
    assert not set(DOCS.texts) & (set(terms_bilingual.TEXTS) | set(terms_bilingual.TEXTS_EN_RU))


_TERMBASE = """id,en,ru,status,pos,subject,definition,note
mount-point,mount point,точка монтирования,preferred,noun,file systems,the directory at which a file system is attached,
logical-volume,logical volume,логический том,preferred,noun,storage,a volume of the Logical Volume Manager,
release,release,выпуск,preferred,noun,software,a published numbered version of a distribution,
release,release,релиз,deprecated,noun,software,a published numbered version of a distribution,anglicism
"""
_CASES = [
    ("doc/a#0", "Choose a mount point for the partition.", "Выберите точку монтирования для раздела."),
    ("doc/a#1", "The next release is due in spring.", "Следующий релиз выйдет весной."),
    ("doc/a#2", "Create the logical volumes on the disk.", "Создайте логические тома на диске."),
    ("doc/a#3", "Press the key to release the lock.", "Нажмите клавишу, чтобы снять блокировку."),
    ("doc/b#0", "Each mount point is a directory.", "Каждая точка подключения — это каталог."),
    ("doc/b#1", "The stable release gets security updates.", "Стабильный выпуск получает обновления безопасности."),
]
_LABELS = [
    Occurrence("doc", 0, "source", "mount-point", "mount point", "concept", "term", ""),
    Occurrence("doc", 1, "source", "release", "release", "concept", "forbidden", ""),
    Occurrence("doc", 2, "source", "logical-volume", "logical volumes", "concept", "term", ""),
    Occurrence("doc", 3, "source", "release", "release", "other", "", "verb"),
    Occurrence("doc", 4, "source", "mount-point", "mount point", "concept", "other", "точка подключения"),
    Occurrence("doc", 5, "source", "release", "release", "concept", "term", ""),
]


def _cases(ids: Sequence[str] | None = None) -> list[HeldOutCase]:
    return made_up_cases(_CASES, ids)


@pytest.fixture
def tiny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DataSet:
    """A made-up set read the third set's way: a made-up QA set's cases listed by block id."""
    monkeypatch.setattr(qa_handbook, "load", _cases)
    termbase = tmp_path / "termbase.csv"
    termbase.write_text(_TERMBASE, encoding="utf-8")
    listing = write_listing(tmp_path / "pairs.tsv", "doc", [block for block, _, _ in _CASES])
    labels = write_labels(tmp_path / "occurrences.tsv", _LABELS)
    pairs = [Pair("doc", bead, source, target) for bead, (_, source, target) in enumerate(_CASES)]
    texts = {"doc": Text("bench.qa_handbook", terms_bilingual.pairs_digest(pairs))}
    return DataSet("en-ru-docs", "en", "ru", texts, termbase, labels, listing)


def test_a_case_listed_set_reads_the_qa_cases_it_lists_in_bead_order(tiny: DataSet) -> None:
    assert tiny.cases is not None
    pairs = terms_bilingual.read_pairs(tiny.texts, "en", tiny.cases)
    assert [(p.bead, p.source[:6], p.target[:8]) for p in pairs][:2] == [
        (0, "Choose", "Выберите"), (1, "The ne", "Следующи")]
    assert len(pairs) == 6
    russian_first = terms_bilingual.read_case_pairs("bench.qa_handbook", "doc", tiny.cases, "ru")
    assert russian_first[0].source.startswith("Выберите")
    with pytest.raises(TextsAbsent, match="differ from those that were labelled"):
        terms_bilingual.read_pairs(tiny.texts, "ru", tiny.cases)  # the same cases Russian-first


def test_a_case_the_qa_set_no_longer_reads_or_a_package_not_fetched_is_refused(
        tiny: DataSet, monkeypatch: pytest.MonkeyPatch) -> None:
    assert tiny.cases is not None
    monkeypatch.setattr(qa_handbook, "load", lambda: _cases(["doc/a#0"]))
    with pytest.raises(TextsAbsent, match="has no case doc/a#1"):
        terms_bilingual.read_pairs(tiny.texts, "en", tiny.cases)

    def offline() -> list[HeldOutCase]:
        raise subprocess.CalledProcessError(100, ["apt-get", "download", "debian-handbook"])

    monkeypatch.setattr(qa_handbook, "load", offline)
    with pytest.raises(TextsAbsent, match="bench.qa_handbook"):
        terms_bilingual.read_pairs(tiny.texts, "en", tiny.cases)


def test_main_scores_the_core_on_a_tiny_case_listed_en_ru_set(
        tiny: DataSet, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    report, missing, forbidden = scored("en-ru-docs", tiny, monkeypatch, capsys)
    assert report["pairs"] == 6
    # «точку монтирования» and «логические тома» are the terms inflected and agreed, «выпуск» the
    # term: no finding; «точка подключения» is missing; «релиз» is forbidden; the verb "release"
    # beside «снять блокировку», labelled another sense, raises nothing
    assert (missing["gold"], missing["found"], missing["hits"]) == (1, 1, 1)
    assert (forbidden["gold"], forbidden["found"], forbidden["hits"]) == (1, 1, 1)
    assert missing["disagreements"] == forbidden["disagreements"] == []
    assert_changed_pairs_refused("en-ru-docs", DataSet(
        "en-ru-docs", "en", "ru", {"doc": Text("bench.qa_handbook", "0" * 64)}, tiny.termbase, tiny.occurrences,
        tiny.cases), monkeypatch, capsys)
