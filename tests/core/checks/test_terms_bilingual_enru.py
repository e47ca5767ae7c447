"""The second bilingual term-check set, EN → RU (`python -m bench.terms_bilingual --set en-ru`):
its frozen files say what the module docstring says, its texts are read English-first, and the
bench builds a real EN → RU project and scores the core's `term-missing` and `term-forbidden`
findings, the Russian term counted in any inflection and agreement. The checks run on a tiny
made-up set only: no test runs them, or the matcher, on the frozen pairs."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from bench import align_dev, terms_bilingual
from bench.align_dev import DevDocument
from bench.terms_bilingual import DataSet, Occurrence, Pair, Text
from tests.core.checks.term_sets import (
    assert_changed_pairs_refused,
    concept_terms,
    csv_rows,
    earlier_terms,
    scored,
    write_labels,
)
from workbench.core.alignment.aligner import Sentence

EN_RU = terms_bilingual.SETS["en-ru"]


def test_the_termbase_is_en_to_ru_with_78_defined_concepts_and_6_forbidden_russian_variants() -> None:
    rows = csv_rows(EN_RU.termbase)
    assert list(rows[0])[:3] == ["id", "en", "ru"]  # the first language column is the source
    assert len({row["id"] for row in rows}) == 78
    targets = [row for row in rows if row["ru"]]
    assert all(row["definition"] and row["subject"] and row["pos"] for row in targets)
    assert Counter(row["status"] for row in targets) == {"preferred": 78, "admitted": 16, "deprecated": 6}
    # English synonyms ("demon", "looking-glass", "city", "flake") are rows without a Russian term
    assert sorted(row["en"] for row in rows if not row["ru"]) == ["city", "demon", "flake", "hobgoblin", "looking-glass"]
    multiword = {row["id"] for row in targets if " " in row["ru"]}
    assert len(multiword) == 6


def test_at_least_35_concepts_are_in_no_earlier_term_set() -> None:
    earlier = earlier_terms()
    terms = concept_terms(EN_RU.termbase)
    fresh = [c for c, words in terms.items() if not words & earlier]
    assert len(fresh) == 56


def test_the_labels_hold_the_counts_the_docstring_gives() -> None:
    rows = terms_bilingual.read_occurrences(EN_RU.occurrences)
    source = [r for r in rows if r.side == "source"]
    assert len(source) == 887 and len(rows) - len(source) == 133
    assert Counter(r.sense for r in source) == {"concept": 765, "other": 122}
    assert Counter(r.rendering for r in source if r.sense == "concept") == {
        "term": 612, "other": 107, "omitted": 37, "pronoun": 7, "forbidden": 2}
    gold = terms_bilingual.gold_of(rows)
    assert (len(gold.missing), len(gold.forbidden)) == (142, 2)
    keys = {(r.text, r.bead, r.concept) for r in source}
    assert len(keys) == 804
    assert len({(r.text, r.bead) for r in rows}) <= 448
    # the brief's floors
    assert len(source) >= 300 and Counter(r.sense for r in source)["other"] >= 80 and len(gold.missing) >= 60


def test_every_label_names_a_known_text_and_concept_and_a_form_of_its_side() -> None:
    rows = terms_bilingual.read_occurrences(EN_RU.occurrences)
    termbase = csv_rows(EN_RU.termbase)
    assert {r.text for r in rows} <= set(EN_RU.texts)
    assert {r.concept for r in rows} <= {row["id"] for row in termbase}
    for row in rows:
        assert row.form and row.form == row.form.strip()
        if row.side == "source":
            assert re.fullmatch(r"[A-Za-z][A-Za-z' -]*", row.form), row
        else:
            assert re.fullmatch(r"[А-Яа-яЁё][А-Яа-яЁё ]*", row.form), row
    # both forbidden renderings are «царь» for a king of Wilde's Egypt; the concept has that variant
    forbidden = [r for r in rows if r.rendering == "forbidden"]
    assert [(r.text, r.concept) for r in forbidden] == [("wilde-happy-prince", "king")] * 2
    assert {"king"} <= {row["id"] for row in termbase if row["status"] == "deprecated"}


def test_the_four_texts_are_frozen_by_digest_and_none_is_a_text_of_the_first_set() -> None:
    assert list(EN_RU.texts) == ["andersen-snow-queen", "andersen-tin-soldier", "andersen-tinderbox", "wilde-happy-prince"]
    assert all(re.fullmatch("[0-9a-f]{64}", t.sha256) for t in EN_RU.texts.values())
    assert {t.module for t in EN_RU.texts.values()} == {"bench.align_heldout", "bench.align_heldout3", "bench.align_dev"}
    assert not set(EN_RU.texts) & set(terms_bilingual.TEXTS)
    assert (EN_RU.source_lang, EN_RU.target_lang) == ("en", "ru")


def test_an_en_ru_set_reads_the_english_side_as_its_source(monkeypatch: pytest.MonkeyPatch) -> None:
    document = DevDocument("tale", (Sentence("One.", 0), Sentence("Two.", 1)), (Sentence("Один и два.", 0),),
                           (((0, 1), (0,)),))
    monkeypatch.setattr(align_dev, "documents", lambda: [document])
    english_first = [Pair("tale", 0, "One. Two.", "Один и два.")]
    russian_first = [Pair("tale", 0, "Один и два.", "One. Two.")]
    texts = {"tale": Text("bench.align_dev", terms_bilingual.pairs_digest(english_first))}
    assert terms_bilingual.read_pairs(texts, "en") == english_first
    assert terms_bilingual.read_pairs({"tale": Text("bench.align_dev", terms_bilingual.pairs_digest(russian_first))}) \
        == russian_first
    with pytest.raises(terms_bilingual.TextsAbsent, match="differ from those that were labelled"):
        terms_bilingual.read_pairs(texts)  # the same text read Russian-first is not the one labelled


_TERMBASE = """id,en,ru,status,pos,subject,definition,note
castle,castle,замок,preferred,noun,architecture,a fortified residence of a king or lord,
tin-soldier,tin soldier,оловянный солдатик,preferred,noun,toys,a toy figure of a soldier cast in tin,
king,king,король,preferred,noun,royalty,the male sovereign of a kingdom,
king,king,царь,deprecated,noun,royalty,the male sovereign of a kingdom,a Russian monarch
"""
_PAIRS = [
    Pair("tale", 0, "The princess lived in a copper castle.", "Принцесса жила в медном замке."),
    Pair("tale", 1, "He moved his castle two squares.", "Он передвинул туру на две клетки."),
    Pair("tale", 2, "The king sat on his throne.", "Царь сидел на троне."),
    Pair("tale", 3, "He gave the tin soldier to the boy.", "Он отдал оловянного солдатика мальчику."),
    Pair("tale", 4, "She moved her castle two squares.", "Она передвинула туру на две клетки."),
    Pair("tale", 5, "She saw the castle from the road.", "Она увидела дворец с дороги."),
    Pair("tale", 6, "The tin soldier fell.", "Солдатик упал."),
    Pair("tale", 7, "The king laughed, and the key turned in the lock.", "Король засмеялся, и ключ повернулся в замке."),
]
_LABELS = [
    Occurrence("tale", 0, "source", "castle", "castle", "concept", "term", ""),
    Occurrence("tale", 1, "source", "castle", "castle", "other", "", ""),
    Occurrence("tale", 2, "source", "king", "king", "concept", "forbidden", ""),
    Occurrence("tale", 3, "source", "tin-soldier", "tin soldier", "concept", "term", ""),
    Occurrence("tale", 4, "source", "castle", "castle", "other", "", ""),
    Occurrence("tale", 5, "source", "castle", "castle", "concept", "other", "дворец"),
    Occurrence("tale", 6, "source", "tin-soldier", "tin soldier", "concept", "other", "солдатик"),
    Occurrence("tale", 7, "source", "king", "king", "concept", "term", ""),
    Occurrence("tale", 7, "target", "castle", "замке", "other", "", ""),
]


@pytest.fixture
def termbase(tmp_path: Path) -> Path:
    path = tmp_path / "termbase.csv"
    path.write_text(_TERMBASE, encoding="utf-8")
    return path


def test_the_bench_scores_the_core_on_a_real_en_ru_project(termbase: Path) -> None:
    report = terms_bilingual.run(_PAIRS, _LABELS, termbase, languages=("en", "ru"))
    assert report["pairs"] == 8
    missing, forbidden = report["all pairs"]["term-missing"], report["all pairs"]["term-forbidden"]
    # «медном замке» and «оловянного солдатика» are the terms inflected and agreed: no finding; «Солдатик»
    # alone and «дворец» are missing; the lock («в замке») where the source has no castle raises nothing;
    # the chess castle («туру», the old word the dictionary does not give for "castle", so only the
    # sense memory can tell it) is taken for the concept twice: two false findings
    assert (missing["gold"], missing["found"], missing["hits"]) == (2, 4, 2)
    assert (missing["recall"], missing["precision"]) == (1.0, 0.5)
    assert [(d["kind"], d["bead"], d["concept"], d["labels"]) for d in missing["disagreements"]] == [
        ("false", 1, "castle", "castle: another sense"), ("false", 4, "castle", "castle: another sense")]
    assert (forbidden["gold"], forbidden["found"], forbidden["hits"], forbidden["precision"]) == (1, 1, 1, 1.0)


def test_the_sense_memory_primed_on_the_first_half_hides_the_chess_castle_in_the_second(termbase: Path) -> None:
    report = terms_bilingual.run(_PAIRS, _LABELS, termbase, senses=True, languages=("en", "ru"))
    assert report["answers given"] == {"confirmed": 3, "other-sense": 1, "mixed": 0, "not-matched": 0}
    empty = report["second half, memory empty"]["term-missing"]
    primed = report["second half, memory primed"]["term-missing"]
    assert (empty["gold"], empty["found"], empty["hits"]) == (2, 3, 2)
    assert (primed["gold"], primed["found"], primed["hits"]) == (2, 2, 2)
    assert primed["disagreements"] == []


def test_main_runs_the_set_it_is_told_and_refuses_a_text_not_the_one_labelled(
        termbase: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    document = DevDocument("tale", tuple(Sentence(p.source, i) for i, p in enumerate(_PAIRS)),
                           tuple(Sentence(p.target, i) for i, p in enumerate(_PAIRS)),
                           tuple(((i,), (i,)) for i in range(len(_PAIRS))))
    monkeypatch.setattr(align_dev, "documents", lambda: [document])
    labels = write_labels(tmp_path / "occurrences.tsv", _LABELS)
    digest = terms_bilingual.pairs_digest(_PAIRS)
    tiny = DataSet("en-ru", "en", "ru", {"tale": Text("bench.align_dev", digest)}, termbase, labels)
    report, _, forbidden = scored("en-ru", tiny, monkeypatch, capsys)
    assert report["pairs"] == 8 and forbidden["hits"] == 1
    assert_changed_pairs_refused("en-ru", DataSet(
        "en-ru", "en", "ru", {"tale": Text("bench.align_dev", "0" * 64)}, termbase, labels), monkeypatch, capsys)
