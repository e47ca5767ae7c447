"""The held-out homographs (Chekhov's stories and Gorky's «В людях») are read as they were frozen:
each work from its mirrored repository at its commit, one line of the file a line, a file holding
more than its work read only within the work's lines; candidates are drawn by lexeme alone, with
more lines where a form also reads as another part of speech than its term's (a verb for a noun
term, a pronoun or a numeral for a verb term) or a word of a term stands apart; the set is scored
by the termbase bench with and without its "another sense" near-misses. Only a made-up repository
is read here: the real set is held out, and no test runs the matcher on it."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from bench import bench_termbase, recognition_homographs
from bench.align_heldout import TextsAbsent
from termbase.formats import read_termbase_file
from tests.termbase.recognition_sets import annotate, bare, commit, mirrored_termbase, sha256

_STORY = "prose/Writer/Story.txt"
_TRILOGY = "prose/Writer/Trilogy.txt"
_LINES = [
    "Сталь   закалили.",
    "Они стали друзьями.",
    "Мой отец спал.",
    "Я мою пол.",
    "Железная дорога шла лесом.",
    "Дорога шла лесом.",
    "Кот спал.",
]
_TRILOGY_LINES = ["Стали петь.", "Стали плясать.", "Стали спать."]
_TERMBASE = ("id,en,ru,pos,subject,definition\n"
             "steel,steel,сталь,noun,materials,an alloy of iron and carbon\n"
             "wash,wash,мыть,verb,household,to clean with water\n"
             "floor,floor,пол,noun,household,the lower surface of a room\n"
             "railway,railway,железная дорога,noun,transport,a track of rails\n")


@pytest.fixture
def homographs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository holding a story and a file of three works whose second is the one meant, and
    the made-up termbase."""
    mirrored_termbase(tmp_path / "termbase_ru.csv", _TERMBASE, monkeypatch, recognition_homographs)
    git_dir = bare(tmp_path, recognition_homographs.REPOSITORY)
    story = "\n".join(_LINES) + "\n"
    trilogy = "\n".join(_TRILOGY_LINES) + "\n"
    monkeypatch.setattr(recognition_homographs, "COMMIT", commit(git_dir, {_STORY: story, _TRILOGY: trilogy}))
    monkeypatch.setattr(recognition_homographs, "WORKS", {"writer-story": (_STORY, sha256(story)),
                                                          "writer-trilogy": (_TRILOGY, sha256(trilogy))})
    monkeypatch.setattr(recognition_homographs, "WORK_LINES", {"writer-trilogy": (2, 2)})
    return git_dir


def _drawn() -> list[tuple[str, int, str, str]]:
    drawn = recognition_homographs.draw(read_termbase_file(recognition_homographs.TERMBASE),
                                        recognition_homographs.documents())
    return [(c.doc, c.line, c.concept, c.surface) for c in drawn]


def test_each_work_is_read_at_its_commit_one_line_a_line(homographs: Path) -> None:
    assert recognition_homographs.documents()["writer-story"][:7] == ["Сталь закалили.", *_LINES[1:]]


def test_a_work_whose_text_is_not_the_one_labelled_is_refused(
        homographs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recognition_homographs, "COMMIT", commit(homographs, {_STORY: "Кот спал.\n"}))
    with pytest.raises(TextsAbsent, match="not the text"):
        recognition_homographs.documents()


def test_candidates_are_drawn_by_lexeme_within_each_works_lines(homographs: Path) -> None:
    """«пол» inside nothing is its own concept's; «Дорога» alone is a word of «железная дорога»
    apart; of the three works in one file only the second's line is drawn."""
    assert _drawn() == [("writer-story", 1, "steel", "Сталь"), ("writer-story", 2, "steel", "стали"),
                        ("writer-story", 3, "wash", "Мой"), ("writer-story", 4, "wash", "мою"),
                        ("writer-story", 4, "floor", "пол"), ("writer-story", 5, "railway", "Железная дорога"),
                        ("writer-story", 6, "railway", "Дорога"), ("writer-trilogy", 2, "steel", "Стали")]


def test_forms_of_another_part_of_speech_than_the_terms_are_drawn_on_their_own_quota(
        homographs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With no line drawn by lexeme or for a word apart, only the forms that also read as another
    part of speech than their term's are drawn: «стали» (a verb) for the noun «сталь», «Мой» (a
    pronoun) for the verb «мыть»; not «Сталь», a noun only, nor a line holding no such form."""
    monkeypatch.setattr(recognition_homographs, "PER_CONCEPT", 0)
    monkeypatch.setattr(recognition_homographs, "PER_WORDS_APART", 0)
    drawn = _drawn()
    assert ("writer-story", 2, "steel", "стали") in drawn and ("writer-story", 3, "wash", "Мой") in drawn
    assert not {line for _, line, _, _ in drawn} & {1, 5, 6, 7}


def test_the_set_is_scored_with_and_without_its_other_senses(
        homographs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the row labelled "another sense" is set aside in the second precision."""
    lines = recognition_homographs.documents()["writer-story"]
    annotations = annotate(tmp_path / "ru.tsv", "writer-story", lines, "ru", [
        (1, "steel", "Сталь", "hit", "meant"),
        (2, "steel", "стали", "near-miss", "a verb form: стали"),
        (3, "wash", "Мой", "near-miss", "a pronoun: Мой"),
        (4, "wash", "мою", "hit", "meant"),
        (4, "floor", "пол", "near-miss", "another sense: made up to be one")])
    monkeypatch.setattr(recognition_homographs, "ANNOTATIONS", annotations)
    name = "Russian homographs, Chekhov and Gorky"
    monkeypatch.setattr(bench_termbase, "HELD_OUT_SETS", ((name, "recognition_homographs"),))
    rows = dict(bench_termbase.quality_rows())
    assert f"recall, held-out {name} (2 occurrences)" in rows
    assert f"precision, held-out {name} (3 near-misses)" in rows
    assert f"precision, held-out {name} without other senses (2 near-misses)" in rows


def test_the_set_is_a_row_of_the_termbase_bench() -> None:
    assert ("Russian homographs, Chekhov and Gorky", "recognition_homographs") in bench_termbase.HELD_OUT_SETS


def test_the_committed_set_is_the_briefs_size_and_mostly_homographs_not_words_apart() -> None:
    """Read as text: neither the repository nor the matcher are needed to check the frozen files."""
    concepts = read_termbase_file(recognition_homographs.TERMBASE)
    assert len(concepts) >= 45
    assert all(c.definition and c.subject and c.terms[0].part_of_speech for c in concepts)
    with open(recognition_homographs.ANNOTATIONS, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    near_misses = [row for row in rows if row["kind"] == "near-miss"]
    assert sum(row["kind"] == "hit" for row in rows) >= 300 and len(near_misses) >= 200
    assert sum(not row["note"].startswith("words apart") for row in near_misses) >= 150
    assert {row["concept"] for row in rows} <= {c.id for c in concepts} and {row["lang"] for row in rows} == {"ru"}
    assert all(len(row["digest"]) == 12 and row["surface"] and row["note"] for row in rows)
    assert all(row["kind"] == "hit" or row["note"].split(":")[0] in _KINDS for row in rows)
    lines = Counter(doc for doc, _ in {(row["doc"], row["line"]) for row in rows})
    assert set(lines) <= set(recognition_homographs.WORKS) and len(lines) >= 20
    assert max(lines.values()) <= 0.5 * sum(lines.values())
    for doc, (first, last) in recognition_homographs.WORK_LINES.items():
        assert all(first <= int(row["line"]) <= last for row in rows if row["doc"] == doc)


_KINDS = {"a verb form", "a pronoun", "a numeral", "a name", "an adverb", "a short form", "a participle",
          "an adjective", "a particle", "a noun", "another sense", "another word", "words apart"}
"""Why a near-miss is one: the first words of its note."""
