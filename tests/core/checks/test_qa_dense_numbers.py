"""The dense-numbers set is read as it was frozen: NTREX-128's English and Russian with each
line's story, paired line by line with the English the source; every file refused unless it
hashes to its frozen digest; every pair whose English holds two numbers drawn, no other; the
committed file holding the pairs and labels its docstring counts, unchanged since it was
labelled (and since its WMT21/WMT22 pairs were taken out in session 41); and the QA accuracy
bench scoring it. The checks run only on made-up corpora here: the real set is held out, and is
only loaded, where the mirror keeps it, to see that every frozen pair is still the text its label
was read on."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bench import qa_dense_numbers, qa_figures, qa_news_numbers
from bench.align_heldout import SourceFile, TextsAbsent, git_dir, read_source
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_another_version_is_refused,
    assert_scored_apart,
    load_labelled,
    mirrored_files,
)
from workbench.core.checks import REGISTRY

_NTREX = ("Rosa had winds of 85 mph and was located 385 miles southwest of Punta Eugenia.\n"
          "The storm weakened overnight as it moved inland.\n"
          "Three people were hurt in 2 days.\n"
          "Europe take 10-6 lead into Ryder Cup final day\n",
          "Ветер достигал 137 км/ч, ураган находился в 620 км к юго-западу от Пунта-Эухении.\n"
          "За ночь шторм ослаб, продвигаясь вглубь материка.\n"
          "За 2 дня пострадали 3 человека.\n"
          "В заключительный день Кубка Райдера Европа лидирует со счетом 10-6\n",
          "abcnews.306815\nabcnews.306815\nabcnews.306815\nreuters.218923\n")
"""NTREX's English, Russian and story ids."""
_REAL = qa_dense_numbers.CORPORA


def _mirror_corpus(mirror: Path, monkeypatch: pytest.MonkeyPatch, texts: tuple[str, str, str] = _NTREX) -> None:
    """The corpus's three files committed at their paths into a made-up copy of the repository
    where the `fetch` mirror keeps it, its commit and digests in place of the real ones."""
    (corpus,) = _REAL
    files = dict(zip((corpus.english.path, corpus.russian.path, corpus.documents.path), texts, strict=True))
    commit = mirrored_files(mirror, qa_dense_numbers.REPO, files)

    def moved(file: SourceFile, text: str) -> SourceFile:
        return replace(file, commit=commit, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())

    monkeypatch.setattr(qa_dense_numbers, "CORPORA", (
        replace(corpus, english=moved(corpus.english, texts[0]), russian=moved(corpus.russian, texts[1]),
                documents=moved(corpus.documents, texts[2])),))


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "mirror"
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(root))
    _mirror_corpus(root, monkeypatch)
    return root


def test_the_corpus_pairs_line_by_line_with_the_english_as_the_source(mirror: Path) -> None:
    """NTREX's pages are its stories; a block's index is its line in the corpus files."""
    pages = qa_dense_numbers.pages()
    assert sorted(pages) == ["ntrex128/abcnews.306815", "ntrex128/reuters.218923"]
    assert [(b.index, b.source[:8], b.target[:8]) for b in pages["ntrex128/abcnews.306815"]] == [
        (1, "Rosa had", "Ветер до"), (2, "The stor", "За ночь "), (3, "Three pe", "За 2 дня")]
    assert [(b.index, b.source[:6]) for b in pages["ntrex128/reuters.218923"]] == [(4, "Europe")]


def test_a_corpus_whose_story_ids_do_not_match_its_lines_is_refused(mirror: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _mirror_corpus(mirror, monkeypatch, (_NTREX[0], _NTREX[1], "abcnews.306815\n"))
    with pytest.raises(ValueError, match="differ in length"):
        qa_dense_numbers.pages()


def test_a_file_that_is_not_the_one_read_for_the_labels_is_refused(mirror: Path) -> None:
    assert_another_version_is_refused(read_source, qa_dense_numbers.CORPORA[0].russian, "has no")


def test_no_file_an_earlier_set_read_and_no_wmt21_or_wmt22_file_is_read() -> None:
    """The news dev set reads WMT's news tests of 2012-2018 and the figures set TICO-19 and
    FLORES-200 from the same repository; this set reads other files of it, and no MQM or TED data,
    and none of WMT21's or WMT22's test sets (no one may read them: they may be part of the hidden
    evaluation)."""
    paths = [f.path for c in _REAL for f in (c.english, c.russian, c.documents)]
    earlier = {f.path for f in (*qa_figures.TICO, *qa_figures.FLORES)} | {
        f"testsets/en-ru/newstest{year}.{lang}" for year in qa_news_numbers.SHA256 for lang in ("en", "ru")}
    assert qa_dense_numbers.REPO == qa_figures.REPO and qa_dense_numbers.COMMIT == qa_figures.COMMIT
    assert len(set(paths)) == 3 and not set(paths) & earlier
    assert not any(re.search(r"newstest201[2-8]|wmt2[12]|newstest2021|generaltest2022|mqm|ted|tico|flores", path,
                             re.IGNORECASE) for path in paths)


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setattr(qa_dense_numbers, "DATA", data)
    frozen: dict[str, Any] = qa_dense_numbers.build()
    return frozen


def test_only_pairs_whose_english_holds_two_numbers_are_drawn_and_the_labels_load(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pair is drawn for the numbers of its English original: one whose Russian holds two but
    its English one (a count said in words) is not; a headline "10-6" holds two; a label loads on
    its pair; a pair whose Russian changed in the repository stops the load."""
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert frozen["errors"] == [] and frozen["localisations"] == {}
    assert [p["id"] for p in frozen["pairs"]] == ["ntrex128/abcnews.306815#1", "ntrex128/reuters.218923#4"]
    cases = load_labelled(qa_dense_numbers, frozen, "ntrex128/reuters.218923#4")
    assert len(cases) == 2 and all(c.real for c in cases)
    assert [c.block for c in cases if c.checks] == ["ntrex128/reuters.218923#4"]
    changed = (_NTREX[0], _NTREX[1].replace("620 км", "360 км"), _NTREX[2])
    _mirror_corpus(mirror, monkeypatch, changed)
    assert_a_changed_block_is_refused(qa_dense_numbers)


def test_the_accuracy_bench_scores_the_set(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its loader and scores its labels: a made-up corpus with one
    made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "В заключительный день Кубка Райдера Европа Европа лидирует со счетом 10-6"
    _mirror_corpus(mirror, monkeypatch, (_NTREX[0], _NTREX[1].replace("Европа", "Европа Европа"), _NTREX[2]))
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert_scored_apart(qa_dense_numbers, frozen, "ntrex128/reuters.218923#4", "«Европа Европа», made up",
                        "held-out dense-numbers en-ru", doubled)


_FROZEN_SHA256 = "5584c1d3bfc08877d0221417e63ec8cdc0b903884f5346c869073b1f227c5f9d"  # sessions 37, 39, 41 and 43 relabelled by docs/qa.md's house rules; session 41 took the WMT21/22 pairs out; session 46, house rule D18 (b)
"""The committed ``cases.json`` as its labeller left it: a changed label or pair is noticed."""


def test_the_committed_set_holds_the_pairs_and_labels_its_docstring_counts() -> None:
    """140 distinct pairs of NTREX-128's 69 stories, 13 of them labelled with the 13 errors the
    docstring states, every label a check id, the 55 noted localisations among the pairs, no pair
    of WMT21 or WMT22 left, the file unchanged since."""
    data = qa_dense_numbers.DATA.read_bytes()
    assert hashlib.sha256(data).hexdigest() == _FROZEN_SHA256
    frozen = json.loads(data)
    pairs = frozen["pairs"]
    ids = [p["id"] for p in pairs]
    assert len(ids) == len(set(ids)) == len({p["digest"] for p in pairs}) == 140 and frozen["errors"] == []
    assert all(re.fullmatch(r"ntrex128/[\w.-]+#\d+", i) for i in ids)
    assert len({i.split("#")[0] for i in ids}) == 69
    labelled = [p for p in pairs if p["real_errors"]]
    assert len(labelled) == 15  # sessions 37, 39, 41 and 43, docs/qa.md's house rules (D4, D9, D13, D15); session 46, D18 (b): 1 on
    assert Counter(check for p in labelled for check in p["real_errors"]) == {
        "number-mismatch": 8, "whitespace": 5, "quote-style": 1, "spacing": 1}
    assert {check for p in labelled for check in p["real_errors"]} <= set(REGISTRY)
    assert all(what.strip() for p in labelled for what in p["real_errors"].values())
    assert len(frozen["localisations"]) == 55 and set(frozen["localisations"]) <= set(ids)


def test_the_frozen_pairs_load_where_mirrored() -> None:
    """Where the mirror keeps the repository, every frozen pair loads (the ids and digests are
    checked with every mirrored set's in `test_qa_mirrored_sets`)."""
    try:
        git_dir(qa_dense_numbers.REPO)
    except TextsAbsent:
        pytest.skip("the OPUS-MT test sets are not mirrored here")
    assert len(qa_dense_numbers.load()) == 140
