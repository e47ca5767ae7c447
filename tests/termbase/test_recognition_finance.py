"""The held-out finance terms (a homograph-heavy termbase of banking, money and the stock exchange
on writing about money) are read as they were frozen: each Project Gutenberg book between its
marks, one paragraph a line; candidates are drawn by lexeme alone over all the works, with more
paragraphs where a form reads only as another part of speech and more from a work of everyday
prose; the set is scored by the termbase bench with and without its "another sense" near-misses.
Only made-up repositories are read here: the real set is held out, and no test runs the matcher
on it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bench import bench_termbase, recognition_finance_en
from bench.align_heldout import SourceFile, TextsAbsent
from termbase.formats import read_termbase_file
from tests.termbase.recognition_sets import annotate, mirrored_books, mirrored_termbase, sha256

_TERMBASE = ("id,en,pos,subject,definition\n"
             "bank,bank,noun,banking,an establishment that keeps money on deposit lends it and issues notes\n"
             "bill,bill,noun,finance,a written order to pay a sum of money on a given date\n"
             "bill,bill of exchange,noun,finance,a written order to pay a sum of money on a given date\n"
             "discount,discount,noun,banking,a deduction from the face value of a bill paid before it is due\n"
             "money-market,money market,noun,finance,the dealings in short loans and bills among banks\n")
_ESSAY = """The Project Gutenberg EBook of an Essay on Money, licence text with a bank in it.

*** START OF THIS PROJECT GUTENBERG EBOOK AN ESSAY ON MONEY ***

The Bank   raised its rate
to keep its gold.

A bill of exchange falls due in three months.

Money was scarce in the money market.

The bankers discounted every bill.

Every bank must keep its own cash.

The boat lay by the bank of the river.

*** END OF THIS PROJECT GUTENBERG EBOOK AN ESSAY ON MONEY ***

More licence: a bank.
"""
_NOVEL = """*** START OF THIS PROJECT GUTENBERG EBOOK A NOVEL ***

He sat on the bank and watched the water.

The bank by the mill was green with moss.

The waiter brought the bill for the dinner.

*** END OF THIS PROJECT GUTENBERG EBOOK A NOVEL ***
"""


@pytest.fixture
def books(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """An essay and a novel in mirrored repositories of their own, drawn one paragraph a concept,
    one more per work where a form is only a verb and none more from the novel; returns their
    paragraphs."""
    mirrored_termbase(tmp_path / "termbase_en.csv", _TERMBASE, monkeypatch, recognition_finance_en)
    works = mirrored_books(tmp_path, (("writer-essay", "someone/essay", _ESSAY),
                                      ("writer-novel", "someone/novel", _NOVEL)))
    monkeypatch.setattr(recognition_finance_en, "WORKS", works)
    monkeypatch.setattr(recognition_finance_en, "PER_CONCEPT", 1)
    monkeypatch.setattr(recognition_finance_en, "PER_OTHER_READING", 1)
    monkeypatch.setattr(recognition_finance_en, "PER_EVERYDAY_WORK", {"writer-novel": 0})
    return recognition_finance_en.documents()


def _drawn(books: dict[str, list[str]]) -> list[tuple[str, str, str]]:
    drawn = recognition_finance_en.draw(read_termbase_file(recognition_finance_en.TERMBASE), books)
    return [(books[c.doc][c.line - 1], c.concept, c.surface) for c in drawn]


def test_each_book_is_read_between_its_gutenberg_marks_a_paragraph_a_line(books: dict[str, list[str]]) -> None:
    assert [line for line in books["writer-essay"] if line] == [
        "The Bank raised its rate to keep its gold.", "A bill of exchange falls due in three months.",
        "Money was scarce in the money market.", "The bankers discounted every bill.", "Every bank must keep its own cash.",
        "The boat lay by the bank of the river."]


def test_a_book_whose_text_is_not_the_one_labelled_is_refused(
        books: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch) -> None:
    source = recognition_finance_en.WORKS["writer-essay"]
    monkeypatch.setattr(recognition_finance_en, "WORKS", {"writer-essay": SourceFile(
        source.repo, source.commit, source.path, sha256("other"))})
    with pytest.raises(TextsAbsent, match="not the text"):
        recognition_finance_en.documents()


def test_one_paragraph_a_concept_over_all_the_works_and_a_verb_form_beyond_it(
        books: dict[str, list[str]]) -> None:
    """One paragraph a concept over both books draws one «bank» of five; «discounted» (a form
    lemminflect reads only as a verb) comes on its own quota, and «money market» is one
    multiword term, not two words."""
    found = _drawn(books)
    assert len({line for line, concept, _ in found if concept == "bank"}) == 1
    assert ("The bankers discounted every bill.", "discount", "discounted") in found
    assert ("Money was scarce in the money market.", "money-market", "money market") in found


def test_a_work_of_everyday_prose_gives_more_paragraphs_of_its_own(
        books: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recognition_finance_en, "PER_EVERYDAY_WORK", {"writer-novel": 2})
    found = _drawn(books)
    assert {"He sat on the bank and watched the water.", "The bank by the mill was green with moss."} <= {
        line for line, concept, _ in found if concept == "bank"}


def test_a_larger_quota_only_adds_paragraphs(books: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch) -> None:
    """The everyday quota was added while the set was labelled: no paragraph drawn before may
    leave."""
    smaller = set(_drawn(books))
    monkeypatch.setattr(recognition_finance_en, "PER_EVERYDAY_WORK", {"writer-novel": 1})
    larger = set(_drawn(books))
    assert smaller < larger


def test_the_set_is_scored_with_and_without_its_other_senses(
        books: dict[str, list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A river's bank labelled another sense beside a bank meant: the matcher's match of that
    «bank» counts against one precision row only."""
    essay = books["writer-essay"]
    annotations = annotate(tmp_path / "en.tsv", "writer-essay", essay, "en", [
        (essay.index("Every bank must keep its own cash.") + 1, "bank", "bank", "hit", "meant"),
        (essay.index("The boat lay by the bank of the river.") + 1, "bank", "bank", "near-miss",
         "another sense: the side of a river")])
    monkeypatch.setattr(recognition_finance_en, "ANNOTATIONS", annotations)
    monkeypatch.setattr(bench_termbase, "HELD_OUT_SETS", (("English finance terms", "recognition_finance_en"),))
    rows = dict(bench_termbase.quality_rows())
    assert rows["recall, held-out English finance terms (1 occurrences)"] == 1.0
    assert rows["precision, held-out English finance terms (1 near-misses)"] == pytest.approx(1 / 2)
    assert rows["precision, held-out English finance terms without other senses (0 near-misses)"] == 1.0


def test_the_set_is_a_row_of_the_termbase_bench() -> None:
    assert ("English finance terms", "recognition_finance_en") in bench_termbase.HELD_OUT_SETS


def test_the_committed_set_is_homograph_heavy_and_says_why_each_near_miss_is_one() -> None:
    """Read as text: neither the repositories nor the matcher are needed to check the frozen
    files. The counts are the brief's: at least 350 hits and 250 near-misses, 100 of them of
    another part of speech and 100 of another sense, on at least 50 concepts none of whose terms
    is the music or the seamanship set's."""
    concepts = read_termbase_file(recognition_finance_en.TERMBASE)
    assert len(concepts) >= 50
    assert all(c.definition and c.subject and c.terms[0].part_of_speech for c in concepts)
    assert sum(" " in t.text for c in concepts for t in c.terms) >= 5
    for earlier in ("recognition_music", "recognition_seamanship"):
        others = read_termbase_file(recognition_finance_en.DATA.parent / earlier / "termbase_en.csv")
        assert not {t.text for c in concepts for t in c.terms} & {t.text for c in others for t in c.terms}
    with open(recognition_finance_en.ANNOTATIONS, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert sum(row["kind"] == "hit" for row in rows) >= 350
    assert all(row["note"] == "meant" for row in rows if row["kind"] == "hit")
    near_misses = [row["note"] for row in rows if row["kind"] == "near-miss"]
    assert len(near_misses) >= 250
    other_parts = ("a verb form", "a participle", "an adjective", "a preposition")
    assert sum(note.startswith(other_parts) for note in near_misses) >= 100
    assert sum(note.startswith("another sense") for note in near_misses) >= 100
    assert all(note.startswith((*other_parts, "another sense", "a name", "another word")) for note in near_misses)
    assert {row["concept"] for row in rows} <= {c.id for c in concepts} and {row["lang"] for row in rows} == {"en"}
    assert {row["doc"] for row in rows} == set(recognition_finance_en.WORKS)
    assert all(len(row["digest"]) == 12 and row["surface"] for row in rows)
    digests = {(row["doc"], row["line"], row["digest"]) for row in rows}
    assert len(digests) == len({(row["doc"], row["line"]) for row in rows})
