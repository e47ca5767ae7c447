"""The held-out music terms (a homograph-heavy termbase of music on writing about music) are read
as they were frozen: each Project Gutenberg book between its marks, one paragraph a line;
candidates are drawn by lexeme alone over all the works, with more paragraphs where a form reads
only as another part of speech and more from a work that quotes fiction; the set is scored by the
termbase bench with and without its "another sense" near-misses. Only made-up repositories are
read here: the real set is held out, and no test runs the matcher on it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bench import bench_termbase, recognition_music_en
from bench.align_heldout import SourceFile, TextsAbsent
from termbase.formats import read_termbase_file
from tests.termbase.recognition_sets import annotate, mirrored_books, mirrored_termbase, sha256

_TERMBASE = ("id,en,pos,subject,definition\n"
             "key,key,noun,music,the family of notes and chords built on one tonic note\n"
             "air,air,noun,music,a tune or melody; a simple song\n"
             "sonata-form,sonata form,noun,music,the form of a movement in exposition development and recapitulation\n")
_ESSAY = """The Project Gutenberg EBook of an Essay, licence text with a key and an air in it.

*** START OF THIS PROJECT GUTENBERG EBOOK AN ESSAY ***

The sonata   is in the key
of C.

It modulates to a remote key.

The first movement is in sonata form.

The key of the door was lost.

*** END OF THIS PROJECT GUTENBERG EBOOK AN ESSAY ***

More licence: a key.
"""
_QUOTES = """*** START OF THIS PROJECT GUTENBERG EBOOK QUOTATIONS ***

He sang an old air.

She had a knowing air.

The room was aired.

*** END OF THIS PROJECT GUTENBERG EBOOK QUOTATIONS ***
"""


@pytest.fixture
def books(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """An essay on music and a book of quotations in mirrored repositories of their own, drawn one
    paragraph a concept; returns their paragraphs."""
    mirrored_termbase(tmp_path / "termbase_en.csv", _TERMBASE, monkeypatch, recognition_music_en)
    works = mirrored_books(tmp_path, (("writer-essay", "someone/essay", _ESSAY),
                                      ("writer-quotes", "someone/quotes", _QUOTES)))
    monkeypatch.setattr(recognition_music_en, "WORKS", works)
    monkeypatch.setattr(recognition_music_en, "PER_CONCEPT", 1)
    monkeypatch.setattr(recognition_music_en, "PER_OTHER_READING", 1)
    monkeypatch.setattr(recognition_music_en, "PER_QUOTING_WORK", {"writer-quotes": 0})
    return recognition_music_en.documents()


def _drawn(books: dict[str, list[str]]) -> list[tuple[str, str, str]]:
    drawn = recognition_music_en.draw(read_termbase_file(recognition_music_en.TERMBASE), books)
    return [(books[c.doc][c.line - 1], c.concept, c.surface) for c in drawn]


def test_each_book_is_read_between_its_gutenberg_marks_a_paragraph_a_line(books: dict[str, list[str]]) -> None:
    assert [line for line in books["writer-essay"] if line] == [
        "The sonata is in the key of C.", "It modulates to a remote key.",
        "The first movement is in sonata form.", "The key of the door was lost."]


def test_a_book_whose_text_is_not_the_one_labelled_is_refused(
        books: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch) -> None:
    source = recognition_music_en.WORKS["writer-essay"]
    monkeypatch.setattr(recognition_music_en, "WORKS", {"writer-essay": SourceFile(
        source.repo, source.commit, source.path, sha256("other"))})
    with pytest.raises(TextsAbsent, match="not the text"):
        recognition_music_en.documents()


def test_one_paragraph_a_concept_over_all_the_works_and_a_verb_form_beyond_it(
        books: dict[str, list[str]]) -> None:
    """One paragraph a concept over both books draws one «key» of three and one noun «air» of
    two; «aired» (a form lemminflect reads only as a verb) comes on its own quota."""
    found = _drawn(books)
    assert len({line for line, concept, _ in found if concept == "key"}) == 1
    assert len({line for line, concept, surface in found if concept == "air" and surface == "air"}) == 1
    assert ("The room was aired.", "air", "aired") in found
    assert ("The first movement is in sonata form.", "sonata-form", "sonata form") in found


def test_a_quoting_work_gives_more_paragraphs_of_its_own(
        books: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recognition_music_en, "PER_QUOTING_WORK", {"writer-quotes": 2})
    found = _drawn(books)
    assert {line for line, concept, surface in found if surface == "air"} == {
        "He sang an old air.", "She had a knowing air."}


def test_a_larger_quota_only_adds_paragraphs(books: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch) -> None:
    """The set's quotas were raised while it was labelled: no paragraph drawn before may leave."""
    smaller = set(_drawn(books))
    monkeypatch.setattr(recognition_music_en, "PER_CONCEPT", 2)
    monkeypatch.setattr(recognition_music_en, "PER_QUOTING_WORK", {"writer-quotes": 1})
    larger = set(_drawn(books))
    assert smaller < larger


def test_the_set_is_scored_with_and_without_its_other_senses(
        books: dict[str, list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A door's key labelled another sense beside a key and a sonata form meant: the matcher's
    match of that «key» counts against one precision row only."""
    essay = books["writer-essay"]
    numbers = {line: number for number, line in enumerate(essay, start=1) if line}
    annotations = annotate(tmp_path / "en.tsv", "writer-essay", essay, "en", [
        (numbers["It modulates to a remote key."], "key", "key", "hit", "meant"),
        (numbers["The first movement is in sonata form."], "sonata-form", "sonata form", "hit", "meant"),
        (numbers["The key of the door was lost."], "key", "key", "near-miss", "another sense: the key of a door")])
    monkeypatch.setattr(recognition_music_en, "ANNOTATIONS", annotations)
    monkeypatch.setattr(bench_termbase, "HELD_OUT_SETS", (("English music terms", "recognition_music_en"),))
    rows = dict(bench_termbase.quality_rows())
    assert rows["recall, held-out English music terms (2 occurrences)"] == 1.0
    assert rows["precision, held-out English music terms (1 near-misses)"] == pytest.approx(2 / 3)
    assert rows["precision, held-out English music terms without other senses (0 near-misses)"] == 1.0


def test_the_set_is_a_row_of_the_termbase_bench() -> None:
    assert ("English music terms", "recognition_music_en") in bench_termbase.HELD_OUT_SETS


def test_the_committed_set_is_homograph_heavy_and_says_why_each_near_miss_is_one() -> None:
    """Read as text: neither the repositories nor the matcher are needed to check the frozen
    files."""
    concepts = read_termbase_file(recognition_music_en.TERMBASE)
    assert len(concepts) >= 45
    assert all(c.definition and c.subject and c.terms[0].part_of_speech for c in concepts)
    assert sum(" " in t.text for c in concepts for t in c.terms) >= 8
    with open(recognition_music_en.ANNOTATIONS, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert sum(row["kind"] == "hit" for row in rows) >= 300
    assert all(row["note"] == "meant" for row in rows if row["kind"] == "hit")
    near_misses = [row["note"] for row in rows if row["kind"] == "near-miss"]
    assert len(near_misses) >= 200
    homographs = ("another sense", "a modal", "a verb form", "a name", "a participle", "an adjective", "an adverb")
    assert sum(note.startswith(homographs) for note in near_misses) >= 150
    assert all(note.startswith((*homographs, "another word")) for note in near_misses)
    assert {row["concept"] for row in rows} <= {c.id for c in concepts} and {row["lang"] for row in rows} == {"en"}
    assert {row["doc"] for row in rows} == set(recognition_music_en.WORKS)
    assert all(len(row["digest"]) == 12 and row["surface"] for row in rows)
    digests = {(row["doc"], row["line"], row["digest"]) for row in rows}
    assert len(digests) == len({(row["doc"], row["line"]) for row in rows})
