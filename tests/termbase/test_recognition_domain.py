"""The held-out domain terms (a translator's termbase of social history, economics and labour)
are read as they were frozen: each Russian work from its mirrored repository at its commit, one
line of the file a line; each English work a page of Markdown (its front matter, comments and
shortcodes dropped) or a text with HTML tags; a word inside a multiword candidate, hyphenated or
not, is not a candidate of its own; each group is scored by the termbase bench with and without
its "another sense" near-misses. Only made-up repositories are read here: the real sets are held
out, and no test runs the matcher on them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bench import bench_termbase, recognition_domain, recognition_domain_en
from bench.align_heldout import SourceFile, TextsAbsent
from termbase.formats import read_termbase_file
from tests.termbase.recognition_sets import annotate, bare, commit, mirrored_termbase, sha256

_WORK = "prose/Writer/Work.txt"
_LINES = [
    "Совет   рабочих депутатов заседал всю ночь.",
    "Он дал мне добрый совет.",
    "Рабочий класс устал от войны.",
    "Кот спал.",
]
_TERMBASE = ("id,en,ru,pos,subject,definition\n"
             "council,council,совет,noun,politics,an elected body that deliberates and governs\n"
             "working-class,working class,рабочий класс,noun,society,the class who live by wages\n"
             "class,class,класс,noun,society,a social group defined by its place in production\n")



@pytest.fixture
def termbase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A termbase of three concepts, a single noun among them, and the mirror's root set."""
    return mirrored_termbase(tmp_path / "termbase.csv", _TERMBASE, monkeypatch, recognition_domain,
                             recognition_domain_en)


@pytest.fixture
def russian(termbase: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository holding one Russian work where the Russian group reads it."""
    git_dir = bare(tmp_path, recognition_domain.REPOSITORY)
    text = "\n".join(_LINES) + "\n"
    monkeypatch.setattr(recognition_domain, "COMMIT", commit(git_dir, {_WORK: text}))
    monkeypatch.setattr(recognition_domain, "WORKS", {"writer-work": (_WORK, sha256(text))})
    return git_dir



def test_each_russian_work_is_read_at_its_commit_one_line_a_line(russian: Path) -> None:
    assert recognition_domain.documents()["writer-work"][:4] == [
        "Совет рабочих депутатов заседал всю ночь.", *_LINES[1:]]


def test_a_russian_work_whose_text_is_not_the_one_labelled_is_refused(
        russian: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recognition_domain, "COMMIT", commit(russian, {_WORK: "Кот спал.\n"}))
    with pytest.raises(TextsAbsent, match="not the text"):
        recognition_domain.documents()


def test_russian_candidates_are_drawn_by_lexeme_and_a_multiword_term_hides_its_words(russian: Path) -> None:
    drawn = recognition_domain.draw(read_termbase_file(recognition_domain.TERMBASE), recognition_domain.documents())
    assert [(c.line, c.concept, c.surface) for c in drawn] == [
        (1, "council", "Совет"), (2, "council", "совет"), (3, "working-class", "Рабочий класс")]


def test_the_russian_group_is_scored_with_and_without_its_other_senses(
        russian: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The soviet is meant, the advice is another sense: the matcher's match of «совет» there
    counts against one precision row only."""
    annotations = annotate(tmp_path / "ru.tsv", "writer-work", recognition_domain.documents()["writer-work"], "ru", [
        (1, "council", "Совет", "hit", "meant"),
        (2, "council", "совет", "near-miss", "another sense: advice"),
        (3, "working-class", "Рабочий класс", "hit", "meant")])
    monkeypatch.setattr(recognition_domain, "ANNOTATIONS", annotations)
    monkeypatch.setattr(bench_termbase, "HELD_OUT_SETS", (("Russian domain terms", "recognition_domain"),))
    rows = dict(bench_termbase.quality_rows())
    assert rows["recall, held-out Russian domain terms (2 occurrences)"] == 1.0
    assert rows["precision, held-out Russian domain terms (1 near-misses)"] == pytest.approx(2 / 3)
    assert rows["precision, held-out Russian domain terms without other senses (0 near-misses)"] == 1.0


_MANIFESTO = "Karl Marx\n<h1>A Manifesto</h1>\nThe working-class parties met the council.\n"
_PAGE = """---
title: "Wages"
weight: 3
---

## The Council <!-- the long
title --> met

{{< s v="1" >}} **The class** of workers<!-- cut --> was counselled.
- It met a council of the working class.
"""
_PAGE_PATH = "writer/book/chapter-1.md"


@pytest.fixture
def english(termbase: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Manifesto and one abridged page, each in a mirrored repository of its own."""
    manifesto = bare(tmp_path, "someone/texts")
    monkeypatch.setattr(recognition_domain_en, "MANIFESTO", SourceFile(
        "someone/texts", commit(manifesto, {"manifesto_en.txt": _MANIFESTO}), "manifesto_en.txt", sha256(_MANIFESTO)))
    pages = bare(tmp_path, "someone/site")
    site = commit(pages, {"content/" + _PAGE_PATH: _PAGE})
    monkeypatch.setattr(recognition_domain_en, "PANTRYPOINTS", ("someone/site", site, "content/"))
    monkeypatch.setattr(recognition_domain_en, "ABRIDGED", {"writer-book": ((_PAGE_PATH, sha256(_PAGE)),)})


def test_each_english_work_is_read_without_its_markup(english: None) -> None:
    docs = recognition_domain_en.documents()
    assert [line for line in docs["marx-engels-manifesto"] if line] == [
        "Karl Marx", "A Manifesto", "The working-class parties met the council."]
    assert [line for line in docs["writer-book"] if line] == [
        "The Council met", "The class of workers was counselled.", "It met a council of the working class."]


def test_an_abridged_page_whose_text_is_not_the_one_labelled_is_refused(
        english: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recognition_domain_en, "ABRIDGED", {"writer-book": ((_PAGE_PATH, sha256("other")),)})
    with pytest.raises(TextsAbsent, match="not the text"):
        recognition_domain_en.documents()


def test_english_candidates_hide_the_words_of_a_multiword_term_hyphenated_or_not(english: None) -> None:
    """«counselled» is no form of «council»; «class» inside «working-class» and «working class» is
    no candidate of its own, but «class» alone is."""
    concepts = read_termbase_file(recognition_domain_en.TERMBASE)
    drawn = recognition_domain_en.draw(concepts, recognition_domain_en.documents())
    assert [(c.doc, c.concept, c.surface) for c in drawn] == [
        ("marx-engels-manifesto", "working-class", "working-class"),
        ("marx-engels-manifesto", "council", "council"),
        ("writer-book", "council", "Council"),
        ("writer-book", "class", "class"),
        ("writer-book", "council", "council"),
        ("writer-book", "working-class", "working class")]


def test_the_english_group_is_scored_with_and_without_its_other_senses(
        english: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A council labelled another sense beside a working class meant: the matcher's match of
    «council» there counts against one precision row only."""
    lines = recognition_domain_en.documents()["writer-book"]
    numbers = {line: number for number, line in enumerate(lines, start=1) if line}
    annotations = annotate(tmp_path / "en.tsv", "writer-book", lines, "en", [
        (numbers["The Council met"], "council", "Council", "hit", "meant"),
        (numbers["The class of workers was counselled."], "class", "class", "hit", "meant"),
        (numbers["It met a council of the working class."], "council", "council", "near-miss",
         "another sense: made up"),
        (numbers["It met a council of the working class."], "working-class", "working class", "hit", "meant")])
    monkeypatch.setattr(recognition_domain_en, "ANNOTATIONS", annotations)
    monkeypatch.setattr(bench_termbase, "HELD_OUT_SETS", (("English domain terms", "recognition_domain_en"),))
    rows = dict(bench_termbase.quality_rows())
    assert rows["recall, held-out English domain terms (3 occurrences)"] == 1.0
    assert rows["precision, held-out English domain terms without other senses (0 near-misses)"] == 1.0
    assert rows["precision, held-out English domain terms (1 near-misses)"] == pytest.approx(3 / 4)


def test_both_domain_groups_are_rows_of_the_termbase_bench() -> None:
    assert ("Russian domain terms", "recognition_domain") in bench_termbase.HELD_OUT_SETS
    assert ("English domain terms", "recognition_domain_en") in bench_termbase.HELD_OUT_SETS


def test_the_committed_sets_are_big_enough_and_every_concept_says_what_it_means() -> None:
    """Read as text: neither the repositories nor the matcher are needed to check the frozen files."""
    concepts = read_termbase_file(recognition_domain.TERMBASE)
    assert 40 <= len(concepts) <= 60
    assert all(c.definition and c.subject and c.terms[0].part_of_speech for c in concepts)
    assert all({t.lang for t in c.terms} == {"en", "ru"} for c in concepts)
    for module, lang, works in ((recognition_domain, "ru", set(recognition_domain.WORKS)),
                                (recognition_domain_en, "en", {"marx-engels-manifesto", *recognition_domain_en.ABRIDGED})):
        with open(module.ANNOTATIONS, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
        hits = [row for row in rows if row["kind"] == "hit"]
        assert len(hits) >= (300 if lang == "ru" else 200)
        assert {row["kind"] for row in rows} == {"hit", "near-miss"}
        assert {row["concept"] for row in rows} <= {c.id for c in concepts} and {row["lang"] for row in rows} == {lang}
        assert {row["doc"] for row in rows} <= works
        assert all(len(row["digest"]) == 12 and row["surface"] and row["note"] for row in rows)
