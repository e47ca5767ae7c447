"""The seventh bilingual term-check set, EN → RU law (`python -m bench.terms_bilingual --set
en-ru-law`): its frozen files say what the module docstring says, its pairs are the blocks of ten
of Mozilla's legal documents read from the `fetch` mirror at a fixed commit (`bench.terms_law_texts`),
listed by block id and frozen by digest, and every label points to a listed pair and a concept of
its termbase. No test runs the checks, or the matcher, on the frozen pairs; the
wiring is driven on a tiny made-up set."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from bench import terms_bilingual, terms_law_texts
from bench.terms_bilingual import DataSet, Occurrence, Text, TextsAbsent
from tests.core.checks.term_sets import (
    assert_changed_pairs_refused,
    assert_labels_well_formed,
    concept_terms,
    csv_rows,
    earlier_terms,
    made_up_cases,
    scored,
    write_labels,
)

LAW = terms_bilingual.SETS["en-ru-law"]
LISTING = terms_bilingual.PAIRS_EN_RU_LAW


def test_the_termbase_is_en_to_ru_with_70_defined_concepts_and_20_forbidden_russian_variants() -> None:
    rows = csv_rows(LAW.termbase)
    assert list(rows[0])[:3] == ["id", "en", "ru"]  # the first language column is the source
    assert len({row["id"] for row in rows}) == 70
    assert all(row["definition"] and row["subject"] and row["pos"] and row["ru"] for row in rows)
    assert Counter(row["status"] for row in rows) == {"preferred": 70, "admitted": 31, "deprecated": 20}
    assert all(len({(r["en"], r["definition"]) for r in rows if r["id"] == c}) == 1 for c in {r["id"] for r in rows})
    # every preferred term says where its Russian comes from
    assert all(row["note"].startswith("source: ") for row in rows if row["status"] == "preferred")
    multiword = {row["id"] for row in rows if " " in row["en"] or (row["status"] == "preferred" and " " in row["ru"])}
    assert len(multiword) == 22 and {"third-party", "governing-law", "personal-data", "class-action"} <= multiword
    forbidden = {row["ru"] for row in rows if row["status"] == "deprecated"}
    assert {"третья сторона", "классовый иск", "личные данные", "процессор", "сервис", "аккаунт"} <= forbidden
    # the two-sense words say in their definition which sense is not the concept
    for concept in ("party", "terms", "right", "state", "court", "claim", "notice", "trial", "minor", "processor"):
        assert "(not " in next(r["definition"] for r in rows if r["id"] == concept), concept


def test_48_concepts_are_in_no_earlier_term_set() -> None:
    earlier = earlier_terms("en-ru", "en-ru-docs", "en-ru-sky", "en-ru-humanities", "en-ru-science")
    terms = concept_terms(LAW.termbase)
    assert sum(1 for words in terms.values() if not words & earlier) == 48


def test_the_labels_hold_the_counts_the_docstring_gives() -> None:
    rows = terms_bilingual.read_occurrences(LAW.occurrences)
    source = [r for r in rows if r.side == "source"]
    assert len(source) == 999 and len(rows) - len(source) == 12
    assert Counter(r.sense for r in source) == {"concept": 866, "other": 133}
    assert Counter(r.sense for r in rows if r.side == "target") == {"concept": 10, "other": 2}
    assert Counter(r.rendering for r in source if r.sense == "concept") == {
        "term": 588, "forbidden": 187, "other": 84, "pronoun": 4, "omitted": 3}
    gold = terms_bilingual.gold_of(rows)
    keys = {(r.text, r.bead, r.concept) for r in source}
    in_sense = {(r.text, r.bead, r.concept) for r in source if r.sense == "concept"}
    assert (len(keys), len(keys - in_sense)) == (751, 102)
    assert (len(gold.missing), len(gold.forbidden)) == (54, 139)
    # one vendor's «сервис» and «аккаунт» are most of `term-forbidden`
    assert Counter(concept for _, _, concept in gold.forbidden) == {
        "service": 89, "account": 41, "service-provider": 3, "personal-information": 3,
        "contract": 1, "third-party": 1, "cookie": 1}
    assert len({concept for _, _, concept in in_sense}) == 50


def test_every_label_names_a_listed_pair_a_known_concept_and_a_form_of_its_side() -> None:
    rows = terms_bilingual.read_occurrences(LAW.occurrences)
    beads: dict[str, set[int]] = {}
    for listed in csv_rows(LISTING, "\t"):
        beads.setdefault(listed["text"], set()).add(int(listed["bead"]))
    assert {r.text for r in rows} == set(LAW.texts) == set(beads)
    assert all(r.bead in beads[r.text] for r in rows)
    assert_labels_well_formed(rows, csv_rows(LAW.termbase))


def test_the_listing_holds_each_document_s_blocks_in_order_with_a_digest() -> None:
    listed = csv_rows(LISTING, "\t")
    assert len(listed) == 414
    for name in terms_law_texts.DOCUMENTS:
        mine = [row for row in listed if row["text"] == name]
        assert [int(row["bead"]) for row in mine] == list(range(len(mine)))
        lines = [int(row["block"].removeprefix(f"{name}#")) for row in mine]
        assert lines == sorted(set(lines))
    assert all(re.fullmatch("[0-9a-f]{12}", row["digest"]) for row in listed)


def test_the_set_reads_its_ten_documents_and_shares_no_text_with_earlier_sets() -> None:
    assert list(LAW.texts) == list(terms_law_texts.DOCUMENTS)
    assert all(t.module == "bench.terms_law_texts" and t.cases is None for t in LAW.texts.values())
    assert LAW.cases == LISTING and (LAW.source_lang, LAW.target_lang) == ("en", "ru")
    assert all(re.fullmatch("[0-9a-f]{64}", t.sha256) for t in LAW.texts.values())
    earlier = [s.texts for name, s in terms_bilingual.SETS.items() if name != "en-ru-law"]
    assert not any(set(LAW.texts) & set(other) for other in earlier)


def test_frozen_pairs_are_the_listed_blocks_when_the_mirror_holds_them() -> None:
    """Reads the texts (nothing runs on them): each listed block's digest is its pair's, and every
    document's pairs hash to the digest they were labelled with."""
    try:
        pairs = terms_bilingual.read_pairs(LAW.texts, "en", LAW.cases)
    except TextsAbsent as absent:
        pytest.skip(f"the mirror does not hold mozilla/legal-docs: {absent}")
    listed = {(row["text"], int(row["bead"])): row["digest"] for row in csv_rows(LISTING, "\t")}
    assert len(pairs) == len(listed) == 414
    assert all(listed[(p.text, p.bead)] == terms_law_texts.block_digest(p.source, p.target) for p in pairs)


@pytest.mark.parametrize(("line", "words"), [
    ("### Mozilla’s Intellectual Property", "Mozilla’s Intellectual Property"),
    ("1. #### Introduction", "Introduction"),
    ("* **Payment.** We offer the [Services](https://example.org/s) {: #pay}", "Payment. We offer the Services"),
    ('These Terms of Service ("<u>Terms</u>") govern', 'These Terms of Service ("Terms") govern'),
    ("{: .summary}", ""),
])
def test_a_markdown_line_is_read_as_its_words(line: str, words: str) -> None:
    assert terms_law_texts.plain(line) == words


def test_an_absent_mirror_is_one_line_and_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(tmp_path))
    assert terms_bilingual.main(["--set", "en-ru-law"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and "mozilla/legal-docs" in captured.err


_TERMBASE = """id,en,ru,status,pos,subject,definition,note
service,service,услуга,preferred,noun,consumer law,work a provider performs for a user,
service,service,сервис,deprecated,noun,consumer law,work a provider performs for a user,jargon
party,party,сторона,preferred,noun,contract law,a person bound by an agreement (not a celebration),
"""
_BLOCKS = [
    ("made-up-terms#0", "Each party signs these terms.", "Каждая сторона подписывает эти условия."),
    ("made-up-terms#2", "Each party pays its own costs.", "Каждый оплачивает свои расходы."),
    ("made-up-terms#3", "We provide the service.", "Мы предоставляем сервис."),
]
_LABELS = [
    Occurrence("made-up-terms", 0, "source", "party", "party", "concept", "term", ""),
    Occurrence("made-up-terms", 1, "source", "party", "party", "concept", "other", "«Каждый»"),
    Occurrence("made-up-terms", 2, "source", "service", "service", "concept", "forbidden", "«сервис»"),
]


@pytest.fixture
def tiny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DataSet:
    """A made-up set read the seventh set's way: a listing of a made-up document's blocks."""
    monkeypatch.setattr(terms_law_texts, "load", lambda: made_up_cases(_BLOCKS))
    termbase = tmp_path / "termbase.csv"
    termbase.write_text(_TERMBASE, encoding="utf-8")
    listing = tmp_path / "pairs.tsv"
    listing.write_text("text\tbead\tblock\tdigest\n" + "".join(
        f"made-up-terms\t{bead}\t{block}\t{terms_law_texts.block_digest(s, t)}\n"
        for bead, (block, s, t) in enumerate(_BLOCKS)), encoding="utf-8")
    labels = write_labels(tmp_path / "occurrences.tsv", _LABELS)
    pairs = [terms_bilingual.Pair("made-up-terms", bead, s, t) for bead, (_, s, t) in enumerate(_BLOCKS)]
    texts = {"made-up-terms": Text("bench.terms_law_texts", terms_bilingual.pairs_digest(pairs))}
    return DataSet("en-ru-law", "en", "ru", texts, termbase, labels, listing)


def test_main_scores_the_core_on_a_tiny_set_and_refuses_pairs_that_differ(
        tiny: DataSet, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    report, missing, forbidden = scored("en-ru-law", tiny, monkeypatch, capsys)
    assert report["pairs"] == 3
    # «сторона» is the term, «Каждый» a missing one, «сервис» the forbidden variant
    assert (missing["gold"], missing["found"], missing["hits"]) == (1, 1, 1)
    assert (forbidden["gold"], forbidden["found"], forbidden["hits"]) == (1, 1, 1)
    monkeypatch.setattr(terms_law_texts, "load", lambda: made_up_cases(_BLOCKS[:2]))
    with pytest.raises(TextsAbsent, match="has no case made-up-terms#3"):
        terms_bilingual.read_pairs(tiny.texts, "en", tiny.cases)
    monkeypatch.setattr(terms_law_texts, "load", lambda: made_up_cases(_BLOCKS))
    assert_changed_pairs_refused("en-ru-law", DataSet(
        "en-ru-law", "en", "ru", {"made-up-terms": Text("bench.terms_law_texts", "0" * 64)},
        tiny.termbase, tiny.occurrences, tiny.cases), monkeypatch, capsys)
