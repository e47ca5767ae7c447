"""The held-out Tolstoy homographs are read as they were frozen: each work from its mirrored
repository at its commit, one line of the file a line; candidates are drawn by lexeme alone, with
more lines where a form also reads as another part of speech than its term's or a word of a term
stands apart; the set is scored by the termbase bench with and without its "another sense"
near-misses. Only a made-up repository is read here: the real set is held out, and no test runs
the matcher on it."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from bench import bench_termbase, recognition_tolstoy
from bench.align_heldout import TextsAbsent
from termbase.formats import read_termbase_file
from tests.termbase.recognition_sets import annotate, bare, commit, mirrored_termbase, sha256

_STORY = "prose/Writer/Story.txt"
_LINES = [
    "Он   поехал рысью.",
    "Его глаза были как у рыси.",
    "Стали косить луг.",
    "Он косил глазом на соседа.",
    "Полковой командир поздоровался.",
    "Командир батареи молчал.",
    "Кот спал.",
]
_TERMBASE = ("id,en,ru,pos,subject,definition\n"
             "trot,trot,рысь,noun,horses,a horse's gait between a walk and a gallop\n"
             "mow,mow,косить,verb,agriculture,to cut grass or grain with a scythe\n"
             "regimental-commander,regimental commander,полковой командир,noun,military,"
             "the officer commanding a regiment\n")


@pytest.fixture
def tolstoy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository holding one made-up story, and the made-up termbase."""
    mirrored_termbase(tmp_path / "termbase_ru.csv", _TERMBASE, monkeypatch, recognition_tolstoy)
    git_dir = bare(tmp_path, recognition_tolstoy.REPOSITORY)
    story = "\n".join(_LINES) + "\n"
    monkeypatch.setattr(recognition_tolstoy, "COMMIT", commit(git_dir, {_STORY: story}))
    monkeypatch.setattr(recognition_tolstoy, "WORKS", {"writer-story": (_STORY, sha256(story))})
    return git_dir


def _drawn() -> list[tuple[str, int, str, str]]:
    drawn = recognition_tolstoy.draw(read_termbase_file(recognition_tolstoy.TERMBASE),
                                     recognition_tolstoy.documents())
    return [(c.doc, c.line, c.concept, c.surface) for c in drawn]


def test_each_work_is_read_at_its_commit_one_line_a_line(tolstoy: Path) -> None:
    assert recognition_tolstoy.documents()["writer-story"][:7] == ["Он поехал рысью.", *_LINES[1:]]


def test_a_work_whose_text_is_not_the_one_labelled_is_refused(
        tolstoy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recognition_tolstoy, "COMMIT", commit(tolstoy, {_STORY: "Кот спал.\n"}))
    with pytest.raises(TextsAbsent, match="not the text"):
        recognition_tolstoy.documents()


def test_candidates_are_drawn_by_lexeme_and_words_apart(tolstoy: Path) -> None:
    """«рыси» of the lynx is drawn as the gait's lexeme is, «косил» of a squint as the verb's; «Командир»
    alone is a word of «полковой командир» apart; a line holding none is not drawn."""
    assert _drawn() == [("writer-story", 1, "trot", "рысью"), ("writer-story", 2, "trot", "рыси"),
                        ("writer-story", 3, "mow", "косить"), ("writer-story", 4, "mow", "косил"),
                        ("writer-story", 5, "regimental-commander", "Полковой командир"),
                        ("writer-story", 6, "regimental-commander", "Командир")]


def test_forms_of_another_part_of_speech_than_the_terms_are_drawn_on_their_own_quota(
        tolstoy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With no line drawn by lexeme or for a word apart, only lines holding a form that also reads
    as another part of speech than its term's are drawn: «рысью» also an adverb for the noun
    «рысь»; not the line of the multiword term nor the one holding nothing."""
    monkeypatch.setattr(recognition_tolstoy, "PER_CONCEPT", 0)
    monkeypatch.setattr(recognition_tolstoy, "PER_WORDS_APART", 0)
    drawn = _drawn()
    assert ("writer-story", 1, "trot", "рысью") in drawn
    assert not {line for _, line, _, _ in drawn} & {5, 6, 7}


def test_the_set_is_scored_with_and_without_its_other_senses(
        tolstoy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the row labelled "another sense" is set aside in the second precision."""
    assert_scored_with_and_without_other_senses(recognition_tolstoy, "Russian homographs, Tolstoy", tmp_path,
                                                monkeypatch, [
        (1, "trot", "рысью", "hit", "meant"),
        (2, "trot", "рыси", "near-miss", "another sense: the lynx"),
        (3, "mow", "косить", "hit", "meant"),
        (6, "regimental-commander", "Командир", "near-miss", "words apart: Командир")])


def assert_scored_with_and_without_other_senses(
        module: ModuleType, name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        labels: list[tuple[int, str, str, str, str]]) -> None:
    """The set of `module` (a RusLit homograph set over the made-up "writer-story") labelled with
    `labels` (two hits, an other-sense and a words-apart near-miss) is a row of the termbase bench
    named `name`, with and without its other sense."""
    lines = module.documents()["writer-story"]
    monkeypatch.setattr(module, "ANNOTATIONS", annotate(tmp_path / "ru.tsv", "writer-story", lines, "ru", labels))
    monkeypatch.setattr(bench_termbase, "HELD_OUT_SETS", ((name, module.__name__.rsplit(".", 1)[1]),))
    rows = dict(bench_termbase.quality_rows())
    assert f"recall, held-out {name} (2 occurrences)" in rows
    assert f"precision, held-out {name} (2 near-misses)" in rows
    assert f"precision, held-out {name} without other senses (1 near-misses)" in rows


def test_the_set_is_a_row_of_the_termbase_bench() -> None:
    assert ("Russian homographs, Tolstoy", "recognition_tolstoy") in bench_termbase.HELD_OUT_SETS


def test_the_termbase_is_mostly_concepts_no_earlier_set_holds() -> None:
    """Read as text: at least 50 concepts, each with its part of speech, subject and definition,
    and at least 35 whose Russian term no earlier recognition set's termbase holds."""
    assert_mostly_fresh_concepts(recognition_tolstoy, 35)


def assert_mostly_fresh_concepts(module: ModuleType, fresh_at_least: int) -> None:
    """`module`'s termbase holds at least 50 concepts, each with its part of speech, subject and
    definition, and at least `fresh_at_least` whose Russian term no other set's termbase holds."""
    concepts = read_termbase_file(module.TERMBASE)
    assert len(concepts) >= 50
    assert all(c.definition and c.subject and c.terms[0].part_of_speech for c in concepts)
    earlier: set[str] = set()
    for path in module.DATA.parent.glob("recognition_*/termbase*.csv"):
        if path.parent != module.DATA:
            with open(path, encoding="utf-8", newline="") as handle:
                earlier |= {_folded(row["ru"]) for row in csv.DictReader(handle) if row.get("ru")}
    fresh = [c for c in concepts if not {_folded(t.text) for t in c.terms if t.lang == "ru"} & earlier]
    assert len(fresh) >= fresh_at_least


def _folded(text: str) -> str:
    return text.casefold().replace("ё", "е")


def test_the_committed_set_is_the_briefs_size_and_mostly_homographs_not_words_apart() -> None:
    """Read as text: neither the repository nor the matcher are needed to check the frozen files."""
    assert_homograph_set_size(recognition_tolstoy)


def assert_homograph_set_size(module: ModuleType) -> None:
    """`module`'s frozen files as the homograph briefs ask: at least 300 hits and 250 near-misses,
    180 of them no mere words apart and 60 other senses, each near-miss's kind one of `_KINDS`, on
    at least 20 works, none holding half the lines."""
    concepts = read_termbase_file(module.TERMBASE)
    with open(module.ANNOTATIONS, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    near_misses = [row for row in rows if row["kind"] == "near-miss"]
    assert sum(row["kind"] == "hit" for row in rows) >= 300 and len(near_misses) >= 250
    assert sum(not row["note"].startswith("words apart") for row in near_misses) >= 180
    assert sum(row["note"].startswith("another sense") for row in near_misses) >= 60
    assert {row["concept"] for row in rows} <= {c.id for c in concepts} and {row["lang"] for row in rows} == {"ru"}
    assert {row["kind"] for row in rows} == {"hit", "near-miss"}
    assert all(len(row["digest"]) == 12 and row["surface"] and row["note"] for row in rows)
    assert all(row["kind"] == "hit" or row["note"].split(":")[0] in _KINDS for row in rows)
    lines = Counter(doc for doc, _ in {(row["doc"], row["line"]) for row in rows})
    assert set(lines) <= set(module.WORKS) and len(lines) >= 20
    assert max(lines.values()) <= 0.5 * sum(lines.values())


_KINDS = {"a verb form", "a pronoun", "a numeral", "a name", "an adverb", "a short form", "a participle",
          "an adjective", "a particle", "a noun", "another sense", "another word", "words apart"}
"""Why a near-miss is one: the first words of its note."""
