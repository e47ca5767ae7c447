"""The held-out law terms (a homograph-heavy termbase of law and the courts on writing about the
law and trials) are read as they were frozen: each Project Gutenberg book between its marks, one
paragraph a line; candidates are drawn by lexeme alone over all the works, with more paragraphs
where a form reads only as another part of speech and more from a novel; the set is scored by the
termbase bench with and without its "another sense" near-misses. Only made-up repositories are
read here: the real set is held out, and no test runs the matcher on it."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from bench import bench_termbase, recognition_law_en
from bench.align_heldout import SourceFile, TextsAbsent
from termbase.formats import read_termbase_file
from tests.termbase.recognition_sets import annotate, mirrored_books, mirrored_termbase, sha256

_TERMBASE = ("id,en,pos,subject,definition\n"
             "court,court,noun,law,a body of judges or magistrates or the place where cases are heard and decided\n"
             "charge,charge,noun,criminal law,a formal accusation that a person has committed an offence\n"
             "case,case,noun,law,a matter brought before a court for decision; a lawsuit or a reported decision\n"
             "common-law,common law,noun,law,the body of English law derived from custom and judicial decisions\n")
_TREATISE = """The Project Gutenberg EBook of Lectures on Law, licence text with a court in it.

*** START OF THIS PROJECT GUTENBERG EBOOK LECTURES ON LAW ***

The Court   heard the case
of the carrier.

The common law knows no such rule.

He was charged with theft.

Every court must hear the charge.

The children played in the court of the old inn.

*** END OF THIS PROJECT GUTENBERG EBOOK LECTURES ON LAW ***

More licence: a court.
"""
_NOVEL = """*** START OF THIS PROJECT GUTENBERG EBOOK A NOVEL ***

She crossed the court of the castle in the rain.

The court of the college was white with frost.

He put the letters back in their case.

*** END OF THIS PROJECT GUTENBERG EBOOK A NOVEL ***
"""


@pytest.fixture
def books(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """A treatise and a novel in mirrored repositories of their own, drawn one paragraph a concept,
    one more per work where a form is only a verb and none more from the novel; returns their
    paragraphs."""
    mirrored_termbase(tmp_path / "termbase_en.csv", _TERMBASE, monkeypatch, recognition_law_en)
    works = mirrored_books(tmp_path, (("writer-treatise", "someone/treatise", _TREATISE),
                                      ("writer-novel", "someone/novel", _NOVEL)))
    monkeypatch.setattr(recognition_law_en, "WORKS", works)
    monkeypatch.setattr(recognition_law_en, "PER_CONCEPT", 1)
    monkeypatch.setattr(recognition_law_en, "PER_OTHER_READING", 1)
    monkeypatch.setattr(recognition_law_en, "PER_EVERYDAY_WORK", {"writer-novel": 0})
    return recognition_law_en.documents()


def _drawn(books: dict[str, list[str]]) -> list[tuple[str, str, str]]:
    drawn = recognition_law_en.draw(read_termbase_file(recognition_law_en.TERMBASE), books)
    return [(books[c.doc][c.line - 1], c.concept, c.surface) for c in drawn]


def test_each_book_is_read_between_its_gutenberg_marks_a_paragraph_a_line(books: dict[str, list[str]]) -> None:
    assert [line for line in books["writer-treatise"] if line] == [
        "The Court heard the case of the carrier.", "The common law knows no such rule.",
        "He was charged with theft.", "Every court must hear the charge.",
        "The children played in the court of the old inn."]


def test_a_book_whose_text_is_not_the_one_labelled_is_refused(
        books: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch) -> None:
    source = recognition_law_en.WORKS["writer-treatise"]
    monkeypatch.setattr(recognition_law_en, "WORKS", {"writer-treatise": SourceFile(
        source.repo, source.commit, source.path, sha256("other"))})
    with pytest.raises(TextsAbsent, match="not the text"):
        recognition_law_en.documents()


def test_one_paragraph_a_concept_over_all_the_works_and_a_verb_form_beyond_it(
        books: dict[str, list[str]]) -> None:
    """One paragraph a concept over both books draws one «court» of five; «charged» (a form
    lemminflect reads only as a verb or an adjective) comes on its own quota, and «common law» is
    one multiword term, not two words."""
    found = _drawn(books)
    assert len({line for line, concept, _ in found if concept == "court"}) == 1
    assert ("He was charged with theft.", "charge", "charged") in found
    assert ("The common law knows no such rule.", "common-law", "common law") in found


def test_a_novel_gives_more_paragraphs_of_its_own(
        books: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recognition_law_en, "PER_EVERYDAY_WORK", {"writer-novel": 2})
    found = _drawn(books)
    assert {"She crossed the court of the castle in the rain.", "The court of the college was white with frost."} <= {
        line for line, concept, _ in found if concept == "court"}


def test_a_larger_quota_only_adds_paragraphs(books: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch) -> None:
    """A quota (the other-reading one) was raised while the set was labelled: no paragraph drawn
    before may leave."""
    smaller = set(_drawn(books))
    monkeypatch.setattr(recognition_law_en, "PER_EVERYDAY_WORK", {"writer-novel": 1})
    larger = set(_drawn(books))
    assert smaller < larger


def test_the_set_is_scored_with_and_without_its_other_senses(
        books: dict[str, list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An inn's court labelled another sense beside a court and a charge meant: the matcher's
    match of that «court» counts against one precision row only."""
    treatise = books["writer-treatise"]
    annotations = annotate(tmp_path / "en.tsv", "writer-treatise", treatise, "en", [
        (treatise.index("Every court must hear the charge.") + 1, "court", "court", "hit", "meant"),
        (treatise.index("Every court must hear the charge.") + 1, "charge", "charge", "hit", "meant"),
        (treatise.index("The children played in the court of the old inn.") + 1, "court", "court", "near-miss",
         "another sense: a yard, not a body of judges")])
    monkeypatch.setattr(recognition_law_en, "ANNOTATIONS", annotations)
    monkeypatch.setattr(bench_termbase, "HELD_OUT_SETS", (("English law terms", "recognition_law_en"),))
    rows = dict(bench_termbase.quality_rows())
    assert rows["recall, held-out English law terms (2 occurrences)"] == 1.0
    assert rows["precision, held-out English law terms (1 near-misses)"] == pytest.approx(2 / 3)
    assert rows["precision, held-out English law terms without other senses (0 near-misses)"] == 1.0


def test_the_set_is_a_row_of_the_termbase_bench() -> None:
    assert ("English law terms", "recognition_law_en") in bench_termbase.HELD_OUT_SETS


def test_the_committed_set_is_homograph_heavy_and_says_why_each_near_miss_is_one() -> None:
    """Read as text: neither the repositories nor the matcher are needed to check the frozen
    files. The counts are the docstring's (831 rows, 475 hits, 356 near-misses of which 147 of
    another sense and 209 of another part of speech, 133 of them the modal) and meet the brief's:
    at least 350 hits and 250 near-misses, 100 of another part of speech and 100 of another
    sense, on at least 50 concepts none of whose terms is the music, seamanship or finance
    set's."""
    concepts = read_termbase_file(recognition_law_en.TERMBASE)
    assert len(concepts) == 71
    assert all(c.definition and c.subject and c.terms[0].part_of_speech for c in concepts)
    assert sum(" " in t.text for c in concepts for t in c.terms) == 6
    for earlier in ("recognition_music", "recognition_seamanship", "recognition_finance"):
        others = read_termbase_file(recognition_law_en.DATA.parent / earlier / "termbase_en.csv")
        assert not {t.text for c in concepts for t in c.terms} & {t.text for c in others for t in c.terms}
    with open(recognition_law_en.ANNOTATIONS, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert all(row["note"] == "meant" for row in rows if row["kind"] == "hit")
    near_misses = [row["note"] for row in rows if row["kind"] == "near-miss"]
    other_parts = ("a verb form", "a participle", "an adjective", "a noun")
    kinds = Counter(row["kind"] for row in rows)
    assert (len(rows), kinds["hit"], kinds["near-miss"]) == (831, 475, 356)
    assert sum(note.startswith(other_parts) for note in near_misses) == 209
    assert sum("the modal" in note for note in near_misses) == 133
    assert sum(note.startswith("another sense") for note in near_misses) == 147
    assert all(note.startswith((*other_parts, "another sense")) for note in near_misses)
    assert {row["concept"] for row in rows} <= {c.id for c in concepts} and {row["lang"] for row in rows} == {"en"}
    assert {row["doc"] for row in rows} == set(recognition_law_en.WORKS)
    assert all(len(row["digest"]) == 12 and row["surface"] for row in rows)
    digests = {(row["doc"], row["line"], row["digest"]) for row in rows}
    assert len(digests) == len({(row["doc"], row["line"]) for row in rows}) == 386
