"""The held-out essays (the terminology of Russian non-fiction) are read as they were frozen: each
work from its mirrored repository at its commit, one line of the file a line; candidates are drawn
by lexeme alone, a multiword term hiding its words, with more lines where a form also reads as
another part of speech or a word of a term stands apart; the set is scored by the termbase bench
with and without its "another sense" near-misses. Only a made-up repository is read here: the real
set is held out, and no test runs the matcher on it."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from bench import bench_termbase, recognition_essays
from bench.align_heldout import TextsAbsent
from termbase.formats import read_termbase_file
from tests.termbase.recognition_sets import annotate, bare, commit, mirrored_termbase, sha256

_WORK = recognition_essays._FOLDER + "Essay.txt"
_LINES = [
    "Смертная   казнь отменена.",
    "Смертный час настал.",
    "Он занял высокий пост.",
    "Казнь отложили.",
    "Надо подать прошение.",
    "Кот спал.",
]
_TERMBASE = ("id,en,ru,pos,subject,definition\n"
             "death-penalty,death penalty,смертная казнь,noun,law,punishment of a crime by death\n"
             "execution,execution,казнь,noun,law,the putting of a condemned person to death\n"
             "fast,fast,пост,noun,religion,a period of abstaining from food\n"
             "poll-tax,tax,подать,noun,economy,a direct tax paid by peasants\n")


@pytest.fixture
def essays(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository holding one essay where the set reads it, and the made-up termbase."""
    mirrored_termbase(tmp_path / "termbase_ru.csv", _TERMBASE, monkeypatch, recognition_essays)
    git_dir = bare(tmp_path, recognition_essays.REPOSITORY)
    text = "\n".join(_LINES) + "\n"
    monkeypatch.setattr(recognition_essays, "COMMIT", commit(git_dir, {_WORK: text}))
    monkeypatch.setattr(recognition_essays, "WORKS", {"writer-essay": ("Essay.txt", sha256(text))})
    return git_dir


def _drawn() -> list[tuple[int, str, str]]:
    drawn = recognition_essays.draw(read_termbase_file(recognition_essays.TERMBASE), recognition_essays.documents())
    return [(c.line, c.concept, c.surface) for c in drawn]


def test_each_work_is_read_at_its_commit_one_line_a_line(essays: Path) -> None:
    assert recognition_essays.documents()["writer-essay"][:6] == ["Смертная казнь отменена.", *_LINES[1:]]


def test_a_work_whose_text_is_not_the_one_labelled_is_refused(essays: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recognition_essays, "COMMIT", commit(essays, {_WORK: "Кот спал.\n"}))
    with pytest.raises(TextsAbsent, match="not the text"):
        recognition_essays.documents()


def test_candidates_are_drawn_by_lexeme_and_a_terms_word_apart_among_them(essays: Path) -> None:
    """«казнь» inside «смертная казнь» is the longer term's; «Смертный» alone is a word of the
    term standing apart, drawn to be labelled; «казнь» alone is its own concept's candidate, not
    a word apart of the longer term."""
    assert _drawn() == [(1, "death-penalty", "Смертная казнь"), (2, "death-penalty", "Смертный"),
                        (3, "fast", "пост"), (4, "execution", "Казнь"), (5, "poll-tax", "подать")]


def test_words_apart_and_other_readings_are_drawn_on_their_own_quotas(
        essays: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With no line drawn by lexeme, only the word apart and the form that also reads as a verb
    («подать», to hand in) are drawn."""
    monkeypatch.setattr(recognition_essays, "PER_CONCEPT", 0)
    assert _drawn() == [(2, "death-penalty", "Смертный"), (5, "poll-tax", "подать")]


def test_the_set_is_scored_with_and_without_its_other_senses(
        essays: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """«пост» as a post is labelled another sense, «Смертный» a word apart: the matcher's match of
    «пост» counts against one precision row only."""
    annotations = annotate(tmp_path / "ru.tsv", "writer-essay", recognition_essays.documents()["writer-essay"], "ru", [
        (1, "death-penalty", "Смертная казнь", "hit", "meant"),
        (2, "death-penalty", "Смертный", "near-miss", "words apart: Смертный"),
        (3, "fast", "пост", "near-miss", "another sense: a position"),
        (4, "execution", "Казнь", "hit", "meant")])
    monkeypatch.setattr(recognition_essays, "ANNOTATIONS", annotations)
    monkeypatch.setattr(bench_termbase, "HELD_OUT_SETS", (("Russian essays", "recognition_essays"),))
    rows = dict(bench_termbase.quality_rows())
    assert rows["recall, held-out Russian essays (2 occurrences)"] == 1.0
    assert rows["precision, held-out Russian essays (2 near-misses)"] == pytest.approx(2 / 3)
    assert rows["precision, held-out Russian essays without other senses (1 near-misses)"] == 1.0


def test_the_set_is_a_row_of_the_termbase_bench() -> None:
    assert ("Russian essays", "recognition_essays") in bench_termbase.HELD_OUT_SETS


def test_the_committed_set_is_the_issues_size_from_several_works_and_every_concept_says_what_it_means() -> None:
    """Read as text: neither the repository nor the matcher are needed to check the frozen files."""
    concepts = read_termbase_file(recognition_essays.TERMBASE)
    assert 40 <= len(concepts) <= 60
    assert all(c.definition and c.subject and c.terms[0].part_of_speech for c in concepts)
    assert sum(" " in c.terms[0].text for c in concepts) >= 15
    with open(recognition_essays.ANNOTATIONS, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert sum(row["kind"] == "hit" for row in rows) >= 300
    assert sum(row["kind"] == "near-miss" for row in rows) >= 150
    assert {row["concept"] for row in rows} <= {c.id for c in concepts} and {row["lang"] for row in rows} == {"ru"}
    assert all(len(row["digest"]) == 12 and row["surface"] and row["note"] for row in rows)
    lines = Counter(doc for doc, _ in {(row["doc"], row["line"]) for row in rows})
    assert set(lines) <= set(recognition_essays.WORKS) and len(lines) >= 3
    assert max(lines.values()) <= 0.4 * sum(lines.values())
