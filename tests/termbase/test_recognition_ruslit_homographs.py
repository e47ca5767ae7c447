"""The Russian homograph sets drawn by lexeme from `d0rj/RusLit` (Dostoevsky; Bryusov, Turgenev and
Blok) are read as they were frozen: each work from its mirrored repository at its commit, one line of the file a line; candidates are drawn by lexeme alone, with
more lines where a form also reads as another part of speech than its term's or a word of a term
stands apart; the set is scored by the termbase bench with and without its "another sense"
near-misses. Only a made-up repository is read here, and no test runs the matcher on the real
sets. Both modules draw and score alike, so each test runs on each."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from bench import bench_termbase, recognition_bryusov, recognition_dostoevsky
from bench.align_heldout import TextsAbsent
from termbase.formats import read_termbase_file
from tests.termbase.recognition_sets import bare, commit, mirrored_termbase, sha256
from tests.termbase.test_recognition_tolstoy import (
    assert_homograph_set_size,
    assert_mostly_fresh_concepts,
    assert_scored_with_and_without_other_senses,
)

_STORY = "prose/Writer/Story.txt"
_LINES = [
    "Он   отдал весь долг.",
    "Это мой долг.",
    "Стали варить кашу.",
    "Варя вошла в комнату.",
    "С ним сделалась нервная горячка.",
    "Горячка прошла.",
    "Кот спал.",
]
_TERMBASE = ("id,en,ru,pos,subject,definition\n"
             "debt,debt,долг,noun,finance,a sum of money owed to someone\n"
             "boil,boil,варить,verb,cooking,to cook food in boiling water\n"
             "brain-fever,brain fever,нервная горячка,noun,medicine,"
             "an illness with high fever and delirium brought on by nervous shock\n")


SETS = {"Russian homographs, Dostoevsky": recognition_dostoevsky,
        "Russian homographs, Bryusov and Turgenev": recognition_bryusov}


@pytest.fixture(params=sorted(SETS))
def label(request: pytest.FixtureRequest) -> str:
    """A set's row name in the termbase bench."""
    return str(request.param)


@pytest.fixture
def module(label: str) -> ModuleType:
    return SETS[label]


@pytest.fixture
def ruslit(module: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository holding one made-up story, and the made-up termbase, for the set's module."""
    mirrored_termbase(tmp_path / "termbase_ru.csv", _TERMBASE, monkeypatch, module)
    git_dir = bare(tmp_path, module.REPOSITORY)
    story = "\n".join(_LINES) + "\n"
    monkeypatch.setattr(module, "COMMIT", commit(git_dir, {_STORY: story}))
    monkeypatch.setattr(module, "WORKS", {"writer-story": (_STORY, sha256(story))})
    return git_dir


def _drawn(module: ModuleType) -> list[tuple[str, int, str, str]]:
    drawn = module.draw(read_termbase_file(module.TERMBASE), module.documents())
    return [(c.doc, c.line, c.concept, c.surface) for c in drawn]


def test_each_work_is_read_at_its_commit_one_line_a_line(module: ModuleType, ruslit: Path) -> None:
    assert module.documents()["writer-story"][:7] == ["Он отдал весь долг.", *_LINES[1:]]


def test_a_work_whose_text_is_not_the_one_labelled_is_refused(
        module: ModuleType, ruslit: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(module, "COMMIT", commit(ruslit, {_STORY: "Кот спал.\n"}))
    with pytest.raises(TextsAbsent, match="not the text"):
        module.documents()


def test_candidates_are_drawn_by_lexeme_and_words_apart(module: ModuleType, ruslit: Path) -> None:
    """«долг» of a duty is drawn as the debt's lexeme is, the name «Варя» as a gerund of «варить»;
    «Горячка» alone is a word of «нервная горячка» apart; a line holding none is not drawn."""
    assert _drawn(module) == [("writer-story", 1, "debt", "долг"), ("writer-story", 2, "debt", "долг"),
                        ("writer-story", 3, "boil", "варить"), ("writer-story", 4, "boil", "Варя"),
                        ("writer-story", 5, "brain-fever", "нервная горячка"),
                        ("writer-story", 6, "brain-fever", "Горячка")]


def test_forms_of_another_part_of_speech_than_the_terms_are_drawn_on_their_own_quota(
        module: ModuleType, ruslit: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With no line drawn by lexeme or for a word apart, only lines holding a form that also reads
    as another part of speech than its term's are drawn: «Варя» also a name for the verb «варить»;
    not the lines of «долг» (a noun only), of the multiword term nor the one holding nothing."""
    monkeypatch.setattr(module, "PER_CONCEPT", 0)
    monkeypatch.setattr(module, "PER_WORDS_APART", 0)
    drawn = _drawn(module)
    assert ("writer-story", 4, "boil", "Варя") in drawn
    assert not {line for _, line, _, _ in drawn} & {1, 2, 5, 6, 7}


def test_the_set_is_scored_with_and_without_its_other_senses(
        module: ModuleType, label: str, ruslit: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the row labelled "another sense" is set aside in the second precision."""
    assert_scored_with_and_without_other_senses(module, label, tmp_path, monkeypatch, [
        (1, "debt", "долг", "hit", "meant"),
        (2, "debt", "долг", "near-miss", "another sense: a duty"),
        (3, "boil", "варить", "hit", "meant"),
        (6, "brain-fever", "Горячка", "near-miss", "words apart: Горячка")])


def test_the_set_is_a_row_of_the_termbase_bench(module: ModuleType, label: str) -> None:
    assert (label, module.__name__.removeprefix("bench.")) in bench_termbase.HELD_OUT_SETS


def test_the_termbase_is_mostly_concepts_no_earlier_set_holds(module: ModuleType) -> None:
    """Read as text: at least 50 concepts, each with its part of speech, subject and definition,
    and at least 35 whose Russian term no earlier recognition set's termbase holds."""
    assert_mostly_fresh_concepts(module, 35)


def test_the_committed_set_is_the_briefs_size_and_mostly_homographs_not_words_apart(module: ModuleType) -> None:
    """Read as text: neither the repository nor the matcher are needed to check the frozen files."""
    assert_homograph_set_size(module)
