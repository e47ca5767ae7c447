"""Work that grew with what a hostile project holds, read once or bounded now (hardening, round 25).

* `term-missing`'s reasons for another sense ("the translation has ..., the dictionary's word for
  ...") were read again for each of the concepts a segment misses: a word 100,000 made-up
  concepts share, all alike but for their ids, took 12 s of the editor's checking thread for one
  segment. Concepts alike but for their ids, at the same occurrences, are read once.
* `editing.confirm` counted the segment's place in the project twice (an index walk as long as the
  project: the editor's Enter runs it on the drawing thread); once now.
* `untranslated-fragment` named every distinct word it found: a target of thousands of words left
  in the source's script made a message as long as the text. It names 20 and counts the rest.
* The OCR repair looked a token of more letters than the frequency list's longest word up in that
  list, letter after letter, though no listed word can be what it was.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from workbench.core import editing
from workbench.core.checks import terms as term_checks
from workbench.core.checks.project_checks import check_project
from workbench.core.ingest import confusions
from workbench.core.ingest.confusions import confusion_repair
from workbench.core.ingest.importing import import_tsv
from workbench.core.ingest.word_joining import Lexicon
from workbench.core.project import Project
from workbench.core.terminology import import_termbase_file

CONCEPTS = 300


def test_concepts_alike_but_for_their_ids_are_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pairs.tsv").write_text("The library is closed.\tЗал закрыт.\n", "utf-8")
    (tmp_path / "terms.csv").write_text(
        "id,en,ru\n" + "".join(f"c{i:04},library,библиотека\n" for i in range(CONCEPTS)) + "x1,hall,зал\n", "utf-8")
    read: list[str] = []
    small = term_checks._in_small_letters

    def counted(enforcer, concept, target):  # type: ignore[no-untyped-def]
        read.append(concept.id)
        return small(enforcer, concept, target)

    monkeypatch.setattr(term_checks, "_in_small_letters", counted)
    with Project.create(tmp_path / "proj", "en", "ru") as project:
        import_tsv(project, tmp_path / "pairs.tsv")
        import_termbase_file(project, tmp_path / "terms.csv")
        found = [f for f in check_project(project, ["term-missing"]) if f.check == "term-missing"]
    assert len(found) == CONCEPTS  # each concept is still reported, by its own id
    assert {f.concept for f in found} == {f"c{i:04}" for i in range(CONCEPTS)}
    assert len({f.message.replace(f.concept or "", "") for f in found}) == 1
    assert read == ["c0000"]  # before: all 300


def test_a_confirm_counts_the_segments_place_once(tmp_path: Path) -> None:
    (tmp_path / "pairs.tsv").write_text("".join(f"Line {i}.\tСтрока {i}.\n" for i in range(50)), "utf-8")
    with Project.create(tmp_path / "proj", "en", "ru") as project:
        import_tsv(project, tmp_path / "pairs.tsv")
        segment = project.segments()[40]
        editing.set_target(project, segment.id, "Строка сорок.")
        counted: list[str] = []
        project.conn.set_trace_callback(lambda sql: counted.append(sql) if "count(*)" in sql else None)
        confirmed = editing.confirm(project, segment.id)
        project.conn.set_trace_callback(None)
        assert confirmed.position == 41 and str(confirmed.status) == "translated"
        assert len(counted) == 1, counted  # before: 2
        with pytest.raises(Exception, match="no segment with id 999999"):
            editing.confirm(project, 999_999)


@pytest.mark.parametrize(("source_lang", "target_lang", "make"), [
    ("ru", "en", lambda words: "The " + " ".join(words) + " end."),
    ("en", "ru", lambda words: "Перевод: " + " ".join(words) + "."),
])
def test_a_finding_names_twenty_words_and_counts_the_rest(
        tmp_path: Path, source_lang: str, target_lang: str, make) -> None:  # type: ignore[no-untyped-def]
    letters = random.Random(25)
    alphabet = "абвгдежзиклмнопрстуфхцчшщ" if target_lang == "en" else "bcdfghjklmnpqrstvwxz"
    words = list(dict.fromkeys("".join(letters.choice(alphabet) for _ in range(6)) for _ in range(150)))
    if target_lang == "ru":  # common English words, which the check takes for English left in
        words = ["always", "feel", "people", "because", "should", "without", "between", "nothing", "another",
                 "believe", "something", "together", "country", "probably", "money", "family", "remember",
                 "children", "whatever", "everything", "morning", "beautiful", "tomorrow"]
    (tmp_path / "pairs.tsv").write_text(f"{'Исходный текст.' if source_lang == 'ru' else 'Source text.'}\t"
                                        f"{make(words)}\n", "utf-8")
    with Project.create(tmp_path / "proj", source_lang, target_lang) as project:
        import_tsv(project, tmp_path / "pairs.tsv")
        [finding] = [f for f in check_project(project, ["untranslated-fragment"])]
    more = len(words) - 20
    assert finding.message.endswith(f" and {more} more."), finding.message[-80:]
    assert finding.message.count("“") == 20
    assert len(finding.target_spans) == len(words)


def test_a_token_longer_than_any_listed_word_is_not_looked_up_in_the_list(monkeypatch: pytest.MonkeyPatch) -> None:
    lexicon = Lexicon("en")
    confusion_repair("word", lexicon)
    passes: list[bool] = []
    one = confusions._one_confusion

    def counted(token, lexicon, least, matches, forms=False):  # type: ignore[no-untyped-def]
        passes.append(forms)
        return one(token, lexicon, least, matches, forms)

    monkeypatch.setattr(confusions, "_one_confusion", counted)
    letters = random.Random(2025)
    longest = lexicon.longest_word()
    for _ in range(5):
        confusion_repair("".join(letters.choice("rnmcldhiuvwbeotfs") for _ in range(longest + 3)), lexicon)
    assert passes == []  # before: one pass of the list for each token
    confusions._repair.cache_clear()
    found = confusion_repair("wlicleheartedly", lexicon)  # a token the list's words can still repair
    assert found is not None and found.word == "wholeheartedly"
    assert passes


def test_the_concepts_reading_stays_per_occurrence(tmp_path: Path) -> None:
    """Two concepts alike but for their ids, one of them met in a cited title only: each still
    gets its own answer (the memo is of the reading, not of the finding)."""
    (tmp_path / "pairs.tsv").write_text("The library is closed.\tЗал закрыт.\n", "utf-8")
    (tmp_path / "terms.csv").write_text("id,en,ru\na1,library,библиотека\na2,library,библиотека\n", "utf-8")
    with Project.create(tmp_path / "proj", "en", "ru") as project:
        import_tsv(project, tmp_path / "pairs.tsv")
        import_termbase_file(project, tmp_path / "terms.csv")
        found = sorted((f.concept, f.severity) for f in check_project(project, ["term-missing"]))
    assert found == [("a1", "error"), ("a2", "error")]
