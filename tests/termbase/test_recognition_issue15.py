"""The held-out issue cases (issue 15's own measure on fresh prose) are read as they were frozen:
each Russian work from its mirrored repository at its commit, one line of the file a line; each
English book between Project Gutenberg's marks, one paragraph a line; candidates are drawn by
lexeme alone, a multiword term hiding its words; each group is scored by the termbase bench with
and without its "another sense" near-misses. Only made-up repositories are read here: the real
sets are held out, and no test runs the matcher on them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bench import bench_termbase, recognition_issue15, recognition_issue15_en
from bench.align_heldout import SourceFile, TextsAbsent
from termbase.formats import read_termbase_file
from tests.termbase.recognition_sets import annotate, bare, commit, mirrored_termbase, sha256

_WORK = "prose/Writer/Work.txt"
_LINES = [
    "Село   стояло на горе.",
    "Он сел в уездном городе.",
    "Он важное лицо в городе.",
    "Кот спал.",
]
_RU_TERMBASE = ("id,en,ru,pos,subject,definition\n"
                "village,village,село,noun,geography,a large rural settlement with a church\n"
                "district-town,district town,уездный город,noun,administration,the chief town of a district\n"
                "face,face,лицо,noun,anatomy,the front of the head\n")
_EN_TERMBASE = ("id,en,pos,subject,definition\n"
                "train,train,noun,transport,a line of railway cars drawn by a locomotive\n"
                "fishing-line,line,noun,angling,a cord with a hook used to catch fish\n"
                "dining-car,dining car,noun,transport,a railway car where meals are served\n")
_BOOK = """The Project Gutenberg EBook of a Book, licence text with a train in it.

*** START OF THIS PROJECT GUTENBERG EBOOK A BOOK ***

The train   left
at noon.

He spoke a line of verse.

We dined in the dining car.

*** END OF THIS PROJECT GUTENBERG EBOOK A BOOK ***

More licence: a line and a train.
"""




@pytest.fixture
def russian(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository holding one Russian work where the Russian group reads it."""
    mirrored_termbase(tmp_path / "termbase_ru.csv", _RU_TERMBASE, monkeypatch, recognition_issue15)
    git_dir = bare(tmp_path, recognition_issue15.REPOSITORY)
    text = "\n".join(_LINES) + "\n"
    monkeypatch.setattr(recognition_issue15, "COMMIT", commit(git_dir, {_WORK: text}))
    monkeypatch.setattr(recognition_issue15, "WORKS", {"writer-work": (_WORK, sha256(text))})
    return git_dir


def test_each_russian_work_is_read_at_its_commit_one_line_a_line(russian: Path) -> None:
    assert recognition_issue15.documents()["writer-work"][:4] == ["Село стояло на горе.", *_LINES[1:]]


def test_a_russian_work_whose_text_is_not_the_one_labelled_is_refused(
        russian: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recognition_issue15, "COMMIT", commit(russian, {_WORK: "Кот спал.\n"}))
    with pytest.raises(TextsAbsent, match="not the text"):
        recognition_issue15.documents()


def test_russian_candidates_are_drawn_by_lexeme_a_verb_form_among_them(russian: Path) -> None:
    """«сел» (sat down) is a form of «село» by lexeme alone, so it is drawn to be labelled; the
    words of «уездном городе» are the multiword term's, not candidates of their own."""
    drawn = recognition_issue15.draw(read_termbase_file(recognition_issue15.TERMBASE), recognition_issue15.documents())
    assert [(c.line, c.concept, c.surface) for c in drawn] == [
        (1, "village", "Село"), (2, "village", "сел"), (2, "district-town", "уездном городе"), (3, "face", "лицо")]


def test_the_russian_group_is_scored_with_and_without_its_other_senses(
        russian: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """«лицо» as a person is labelled another sense, «сел» a verb form: the matcher's match of
    «лицо» counts against one precision row only."""
    annotations = annotate(tmp_path / "ru.tsv", "writer-work", recognition_issue15.documents()["writer-work"], "ru", [
        (1, "village", "Село", "hit", "meant"),
        (2, "village", "сел", "near-miss", "a verb form"),
        (2, "district-town", "уездном городе", "hit", "meant"),
        (3, "face", "лицо", "near-miss", "another sense: a person")])
    monkeypatch.setattr(recognition_issue15, "ANNOTATIONS", annotations)
    monkeypatch.setattr(bench_termbase, "HELD_OUT_SETS", (("Russian issue cases", "recognition_issue15"),))
    rows = dict(bench_termbase.quality_rows())
    assert rows["recall, held-out Russian issue cases (2 occurrences)"] == 1.0
    assert rows["precision, held-out Russian issue cases (2 near-misses)"] == pytest.approx(2 / 3)
    assert rows["precision, held-out Russian issue cases without other senses (1 near-misses)"] == 1.0


@pytest.fixture
def english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One Gutenberg book in a mirrored repository of its own, and the English termbase."""
    mirrored_termbase(tmp_path / "termbase_en.csv", _EN_TERMBASE, monkeypatch, recognition_issue15_en)
    git_dir = bare(tmp_path, "someone/book")
    monkeypatch.setattr(recognition_issue15_en, "WORKS", {"writer-book": SourceFile(
        "someone/book", commit(git_dir, {"1.txt": _BOOK}), "1.txt", sha256(_BOOK))})


def test_each_english_book_is_read_between_its_gutenberg_marks_a_paragraph_a_line(english: None) -> None:
    assert [line for line in recognition_issue15_en.documents()["writer-book"] if line] == [
        "The train left at noon.", "He spoke a line of verse.", "We dined in the dining car."]


def test_an_english_book_whose_text_is_not_the_one_labelled_is_refused(
        english: None, monkeypatch: pytest.MonkeyPatch) -> None:
    source = recognition_issue15_en.WORKS["writer-book"]
    monkeypatch.setattr(recognition_issue15_en, "WORKS", {"writer-book": SourceFile(
        source.repo, source.commit, source.path, sha256("other"))})
    with pytest.raises(TextsAbsent, match="not the text"):
        recognition_issue15_en.documents()


def test_english_candidates_are_drawn_by_lemma_and_a_compound_hides_its_words(english: None) -> None:
    concepts = read_termbase_file(recognition_issue15_en.TERMBASE)
    drawn = recognition_issue15_en.draw(concepts, recognition_issue15_en.documents())
    assert [(c.concept, c.surface) for c in drawn] == [
        ("train", "train"), ("fishing-line", "line"), ("dining-car", "dining car")]


def test_the_english_group_is_scored_with_and_without_its_other_senses(
        english: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A line of verse labelled another sense beside a train and a dining car meant: the
    matcher's match of «line» there counts against one precision row only."""
    lines = recognition_issue15_en.documents()["writer-book"]
    numbers = {line: number for number, line in enumerate(lines, start=1) if line}
    annotations = annotate(tmp_path / "en.tsv", "writer-book", lines, "en", [
        (numbers["The train left at noon."], "train", "train", "hit", "meant"),
        (numbers["He spoke a line of verse."], "fishing-line", "line", "near-miss", "another sense: a line of verse"),
        (numbers["We dined in the dining car."], "dining-car", "dining car", "hit", "meant")])
    monkeypatch.setattr(recognition_issue15_en, "ANNOTATIONS", annotations)
    monkeypatch.setattr(bench_termbase, "HELD_OUT_SETS", (("English issue cases", "recognition_issue15_en"),))
    rows = dict(bench_termbase.quality_rows())
    assert rows["recall, held-out English issue cases (2 occurrences)"] == 1.0
    assert rows["precision, held-out English issue cases (1 near-misses)"] == pytest.approx(2 / 3)
    assert rows["precision, held-out English issue cases without other senses (0 near-misses)"] == 1.0


def test_both_groups_are_rows_of_the_termbase_bench() -> None:
    assert ("Russian issue cases", "recognition_issue15") in bench_termbase.HELD_OUT_SETS
    assert ("English issue cases", "recognition_issue15_en") in bench_termbase.HELD_OUT_SETS


@pytest.mark.parametrize(("module", "hits", "near_misses"), [
    (recognition_issue15, 300, 150), (recognition_issue15_en, 200, 100)])
def test_the_committed_groups_are_the_issues_size_and_every_concept_says_what_it_means(
        module: object, hits: int, near_misses: int) -> None:
    """Read as text: neither the repositories nor the matcher are needed to check the frozen files."""
    concepts = read_termbase_file(module.TERMBASE)  # type: ignore[attr-defined]
    assert 40 <= len(concepts) <= 60
    assert all(c.definition and c.subject and c.terms[0].part_of_speech for c in concepts)
    assert any(" " in t.text for c in concepts for t in c.terms)
    with open(module.ANNOTATIONS, encoding="utf-8", newline="") as handle:  # type: ignore[attr-defined]
        rows = list(csv.DictReader(handle, delimiter="\t"))
    lang = "ru" if module is recognition_issue15 else "en"
    assert sum(row["kind"] == "hit" for row in rows) >= hits
    assert sum(row["kind"] == "near-miss" for row in rows) >= near_misses
    assert {row["concept"] for row in rows} <= {c.id for c in concepts} and {row["lang"] for row in rows} == {lang}
    assert {row["doc"] for row in rows} <= set(module.WORKS)  # type: ignore[attr-defined]
    assert all(len(row["digest"]) == 12 and row["surface"] and row["note"] for row in rows)
