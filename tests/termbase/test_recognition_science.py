"""The held-out science terms (the terminology of science and technology in 19th-century
non-fiction) are read as they were frozen: each Project Gutenberg book between its marks, one
paragraph a line; candidates are drawn by lexeme alone from each work on its own quota, with more
paragraphs where a form reads only as another part of speech or a term's modifier stands apart;
the set is scored by the termbase bench with and without its "another sense" near-misses. Only
made-up repositories are read here: the real set is held out, and no test runs the matcher on
it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bench import bench_termbase, recognition_science_en
from bench.align_heldout import SourceFile, TextsAbsent
from termbase.formats import read_termbase_file
from tests.termbase.recognition_sets import annotate, bare, commit, mirrored_termbase, sha256

_TERMBASE = ("id,en,pos,subject,definition\n"
             "heat,heat,noun,physics,the form of energy that raises the temperature of a body\n"
             "plate,plate,noun,electricity,a flat sheet of metal in a battery or apparatus\n"
             "sulphuric-acid,sulphuric acid,noun,chemistry,the strong dense acid of sulphur\n")
_BOOK = """The Project Gutenberg EBook of a Lecture, licence text with heat in it.

*** START OF THIS PROJECT GUTENBERG EBOOK A LECTURE ***

The heat   rose
in the tube.

Heat is a mode of motion.

The wire was heated.

Add sulphuric acid to the water.

A sulphuric smell filled the room.

Plate II shows the apparatus.

*** END OF THIS PROJECT GUTENBERG EBOOK A LECTURE ***

More licence: a plate and heat.
"""


@pytest.fixture
def lecture(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """One Gutenberg book in a mirrored repository of its own, drawn one paragraph a concept;
    returns its paragraphs."""
    mirrored_termbase(tmp_path / "termbase_en.csv", _TERMBASE, monkeypatch, recognition_science_en)
    git_dir = bare(tmp_path, "someone/lecture")
    monkeypatch.setattr(recognition_science_en, "WORKS", {"writer-lecture": SourceFile(
        "someone/lecture", commit(git_dir, {"1.txt": _BOOK}), "1.txt", sha256(_BOOK))})
    monkeypatch.setattr(recognition_science_en, "PER_WORK", {"writer-lecture": 1})
    monkeypatch.setattr(recognition_science_en, "PER_OTHER_READING", 1)
    monkeypatch.setattr(recognition_science_en, "PER_WORDS_APART", 1)
    return recognition_science_en.documents()["writer-lecture"]


def test_each_book_is_read_between_its_gutenberg_marks_a_paragraph_a_line(lecture: list[str]) -> None:
    assert [line for line in lecture if line] == [
        "The heat rose in the tube.", "Heat is a mode of motion.", "The wire was heated.",
        "Add sulphuric acid to the water.", "A sulphuric smell filled the room.", "Plate II shows the apparatus."]


def test_a_book_whose_text_is_not_the_one_labelled_is_refused(
        lecture: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    source = recognition_science_en.WORKS["writer-lecture"]
    monkeypatch.setattr(recognition_science_en, "WORKS", {"writer-lecture": SourceFile(
        source.repo, source.commit, source.path, sha256("other"))})
    with pytest.raises(TextsAbsent, match="not the text"):
        recognition_science_en.documents()


def test_a_verb_form_and_a_modifier_apart_are_drawn_beyond_the_works_quota(lecture: list[str]) -> None:
    """One paragraph a concept from the work draws one of the two nouns «heat»; «heated» (a form
    lemminflect reads only as a verb) and «sulphuric» standing without «acid» come on their own
    quotas, with every candidate of their paragraphs."""
    drawn = recognition_science_en.draw(read_termbase_file(recognition_science_en.TERMBASE),
                                        recognition_science_en.documents())
    found = [(lecture[c.line - 1], c.concept, c.surface) for c in drawn]
    assert ("The wire was heated.", "heat", "heated") in found
    assert ("A sulphuric smell filled the room.", "sulphuric-acid", "sulphuric") in found
    assert ("Add sulphuric acid to the water.", "sulphuric-acid", "sulphuric acid") in found
    assert ("Plate II shows the apparatus.", "plate", "Plate") in found
    nouns = {line for line, concept, surface in found if concept == "heat" and surface != "heated"}
    assert len(nouns) == 1
    assert len(found) == 5


def test_the_set_is_scored_with_and_without_its_other_senses(
        lecture: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A plate of a book's illustrations labelled another sense beside heat and an acid meant:
    the matcher's match of «Plate» there counts against one precision row only."""
    numbers = {line: number for number, line in enumerate(lecture, start=1) if line}
    annotations = annotate(tmp_path / "en.tsv", "writer-lecture", lecture, "en", [
        (numbers["Heat is a mode of motion."], "heat", "Heat", "hit", "meant"),
        (numbers["Add sulphuric acid to the water."], "sulphuric-acid", "sulphuric acid", "hit", "meant"),
        (numbers["Plate II shows the apparatus."], "plate", "Plate", "near-miss",
         "another sense: a plate, an illustration of a book")])
    monkeypatch.setattr(recognition_science_en, "ANNOTATIONS", annotations)
    monkeypatch.setattr(bench_termbase, "HELD_OUT_SETS", (("English science terms", "recognition_science_en"),))
    rows = dict(bench_termbase.quality_rows())
    assert rows["recall, held-out English science terms (2 occurrences)"] == 1.0
    assert rows["precision, held-out English science terms (1 near-misses)"] == pytest.approx(2 / 3)
    assert rows["precision, held-out English science terms without other senses (0 near-misses)"] == 1.0


def test_the_set_is_a_row_of_the_termbase_bench() -> None:
    assert ("English science terms", "recognition_science_en") in bench_termbase.HELD_OUT_SETS


def test_the_committed_set_says_what_each_concept_means_and_why_each_near_miss_is_one() -> None:
    """Read as text: neither the repositories nor the matcher are needed to check the frozen
    files."""
    concepts = read_termbase_file(recognition_science_en.TERMBASE)
    assert 40 <= len(concepts) <= 60
    assert all(c.definition and c.subject and c.terms[0].part_of_speech for c in concepts)
    assert sum(" " in t.text for c in concepts for t in c.terms) >= 10
    with open(recognition_science_en.ANNOTATIONS, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert sum(row["kind"] == "hit" for row in rows) >= 200
    assert sum(row["kind"] == "near-miss" for row in rows) >= 100
    kinds = ("a verb form", "a participle", "another sense", "another word", "words apart")
    assert all(row["note"].startswith(kinds) for row in rows if row["kind"] == "near-miss")
    assert {row["concept"] for row in rows} <= {c.id for c in concepts} and {row["lang"] for row in rows} == {"en"}
    assert {row["doc"] for row in rows} == set(recognition_science_en.WORKS)
    assert all(len(row["digest"]) == 12 and row["surface"] and row["note"] for row in rows)
