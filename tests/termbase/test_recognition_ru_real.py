"""The held-out Russian homographs are read as they were frozen: each fortune file of the package
a document of one fortune a line, candidates found by lexeme membership alone, fortunes drawn
short and once, a fortune not annotated emptied, a changed one refused, and the set scored by
the termbase bench beside the hand-made set. Only made-up files are read here: the real set is
held out, and no test runs the matcher on it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bench import bench_termbase, recognition_ru_real
from termbase.formats import read_termbase_file

_FORTUNES = [
    "Ножи из нержавеющей\n    стали не тупятся.\n\t\t-- Мастер",
    "Рабочие стали членами клуба.",
    "В свободное время он читал.",
    "Сталь " + "очень " * 70 + "прочна.",
    "Ножи из нержавеющей стали не тупятся. -- Мастер",
    "Кот спал.",
]


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fortune file and its binary index, unpacked in place of the fetched package."""
    folder = tmp_path / "package" / recognition_ru_real.FORTUNES
    folder.mkdir(parents=True)
    (folder / "jokes").write_text("".join(f"{f}\n%\n" for f in _FORTUNES), encoding="utf-8")
    (folder / "jokes.dat").write_bytes(b"\x00\x00\x00\x02\xff")
    monkeypatch.setattr(recognition_ru_real, "unpack", lambda name, packages: tmp_path / "package")
    termbase = tmp_path / "termbase.csv"
    termbase.write_text("id,en,ru\nsteel,steel,сталь\nfree,free,свободный\n"
                        "freetime,free time,свободное время\n", encoding="utf-8")
    monkeypatch.setattr(recognition_ru_real, "TERMBASE", termbase)
    monkeypatch.setattr(recognition_ru_real, "CACHE", tmp_path / "cache")
    return folder / "jokes"


def _annotate(path: Path, rows: list[tuple[int, str, str, str]]) -> Path:
    """Annotation rows (fortune number, concept, surface, kind) with the digest of each fortune."""
    lines = recognition_ru_real.documents()["fortunes-ru.jokes"]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, delimiter="\t", lineterminator="\n")
        out.writerow(["doc", "lang", "line", "concept", "surface", "kind", "note", "digest"])
        for number, concept, surface, kind in rows:
            out.writerow(["fortunes-ru.jokes", "ru", number, concept, surface, kind, "made up",
                          recognition_ru_real.digest(lines[number - 1])])
    return path


def test_each_fortune_file_is_a_document_of_one_fortune_a_line(package: Path) -> None:
    docs = recognition_ru_real.documents()
    assert list(docs) == ["fortunes-ru.jokes"]
    lines = docs["fortunes-ru.jokes"]
    assert lines[0] == "Ножи из нержавеющей стали не тупятся. -- Мастер"
    assert lines[1:3] == _FORTUNES[1:3] and lines[5] == "Кот спал."


def test_candidates_are_found_by_lexeme_membership_and_the_longer_term_first(package: Path) -> None:
    concepts = read_termbase_file(recognition_ru_real.TERMBASE)
    found = lambda text: [(c.concept, c.surface) for c in recognition_ru_real.candidates(concepts, "d", 1, text)]  # noqa: E731
    assert found(_FORTUNES[1]) == [("steel", "стали")]
    assert found(_FORTUNES[2]) == [("freetime", "свободное время")]
    assert found("Он свободен, а время идёт.") == [("free", "свободен")]
    assert found(_FORTUNES[5]) == []


def test_short_fortunes_are_drawn_once_each(package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recognition_ru_real, "PER_CONCEPT", 10)
    concepts = read_termbase_file(recognition_ru_real.TERMBASE)
    drawn = recognition_ru_real.draw(concepts, recognition_ru_real.documents())
    assert [(c.line, c.concept, c.surface) for c in drawn] == [
        (1, "steel", "стали"), (2, "steel", "стали"), (3, "freetime", "свободное время")]


def test_a_fortune_not_annotated_is_emptied_and_a_changed_one_refused(package: Path, tmp_path: Path) -> None:
    annotations = _annotate(tmp_path / "occurrences.tsv", [(2, "steel", "стали", "near-miss")])
    root = recognition_ru_real.materialise(recognition_ru_real.documents(), annotations, tmp_path / "docs")
    text = (root / "fortunes-ru.jokes.ru.txt").read_text(encoding="utf-8")
    assert text.splitlines()[:3] == ["", "Рабочие стали членами клуба.", ""]
    assert len(text.splitlines()) == len(recognition_ru_real.documents()["fortunes-ru.jokes"])
    package.write_text(package.read_text(encoding="utf-8").replace("членами", "членом"), encoding="utf-8")
    with pytest.raises(ValueError, match="changed in the package"):
        recognition_ru_real.materialise(recognition_ru_real.documents(), annotations, tmp_path / "docs")


def test_the_held_out_set_is_scored_by_the_termbase_bench(
        package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """README's own examples («из нержавеющей стали» the noun, «Рабочие стали членами клуба» the
    verb) stand in for the real set, which no test runs the matcher on."""
    annotations = _annotate(tmp_path / "occurrences.tsv", [
        (1, "steel", "стали", "hit"), (2, "steel", "стали", "near-miss"),
        (3, "freetime", "свободное время", "hit")])
    monkeypatch.setattr(recognition_ru_real, "ANNOTATIONS", annotations)
    monkeypatch.setattr(bench_termbase, "HELD_OUT_SETS", (("Russian homographs", "recognition_ru_real"),))
    rows = dict(bench_termbase.quality_rows())
    assert rows["recall, held-out Russian homographs (2 occurrences)"] == 1.0
    assert rows["precision, held-out Russian homographs (1 near-misses)"] == 1.0
    assert any(metric.startswith("recall, hand-made set") for metric in rows)


def test_the_committed_set_is_big_enough_and_names_only_its_concepts() -> None:
    """Read as text: neither the package nor the matcher is needed to check the frozen file."""
    concepts = {c.id for c in read_termbase_file(recognition_ru_real.TERMBASE)}
    with open(recognition_ru_real.ANNOTATIONS, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    kinds = [row["kind"] for row in rows]
    assert kinds.count("hit") >= 300 and kinds.count("near-miss") >= 150
    assert {row["concept"] for row in rows} <= concepts and {row["lang"] for row in rows} == {"ru"}
    assert all(len(row["digest"]) == 12 and row["surface"] and row["note"] for row in rows)
