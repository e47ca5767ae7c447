"""The student-translations set is read as it was frozen: RusLTC's graded translations paired
with their English source paragraph by paragraph and, where both sides hold as many sentences,
sentence by sentence; the archive refused unless it hashes to its frozen digest; the committed
file holding the pairs and labels its docstring counts, unchanged since it was labelled; and
the set scored apart by the QA accuracy bench. The checks run only on made-up archives here:
the real set is held out, and is only loaded, where the mirror keeps it, to see that every
frozen pair is still the text its label was read on."""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bench import qa_science_abstracts, qa_student_translations
from bench.align_heldout import BILINGUATOR, TextsAbsent, git_dir
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_scored_apart,
    load_labelled,
    mirrored_files,
)
from workbench.core.checks import REGISTRY

_SOURCE = """Anti-drug agency seeks translators
ATLANTA. Federal agents are seeking to hire translators, said Mr. Sanders on Monday.
The search covers 12 offices. It began in 1996.
A paragraph of one sentence whose translation splits it.
Washington Times, Aug. 23, 2010
"""
_GOOD = """\ufeff\tСлужба по борьбе с наркотиками ищет переводчиков\r
\tАТЛАНТА. Федеральные агенты ищут переводчиков, сказал в понедельник г-н Сандерс.\r
\r
Поиск охватывает 12 отделений. Он начался в 1996 году.  \r
Абзац из одного предложения. Перевод разбил его на два.\r
"Вашингтон Таймс", 23 августа 2010\r
"""
_MERGED = """Служба ищет переводчиков
АТЛАНТА. Агенты ищут переводчиков.
Поиск охватывает 12 отделений и начался в 1996 году. Абзац из одного предложения.
"Вашингтон Таймс", 23 августа 2010
"""
"""A translation that merged two paragraphs: it gives no pair."""
_OTHER = """Ведомство ищет переводчиков
Атланта. Государственные агенты ищут переводчиков, сообщил в понедельник Сандерс.
Розыск охватывает 12 отделений. Начат в 1996 году.
Абзац. Разбитый на два.
«Вашингтон таймс», 23 августа 2010
"""
"""Another student's translation that pairs."""


def _archive(best: str, worst: str) -> bytes:
    """The archive as the study zipped it: the source, a best and a worst translation of it, and
    a translation whose source is not in the archive."""
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as zipped:
        zipped.writestr("ku_HTQdata/shared_sources/EN_1_102.txt", _SOURCE)
        zipped.writestr("ku_HTQdata/best/RU_1_102_6.txt", best.encode("utf-8"))
        zipped.writestr("ku_HTQdata/worst/RU_1_102_9.txt", worst)
        zipped.writestr("ku_HTQdata/worst/RU_1_999_1.txt", _GOOD)
    return data.getvalue()


_REAL_ARCHIVE = qa_student_translations.ARCHIVE


def _mirror_archive(mirror: Path, monkeypatch: pytest.MonkeyPatch, best: str = _GOOD, worst: str = _MERGED) -> None:
    """The archive committed into a made-up copy of the study's repository where the `fetch`
    mirror keeps it, its commit and digest in place of the real ones."""
    archive = _REAL_ARCHIVE
    data = _archive(best, worst)
    commit = mirrored_files(mirror, archive.repo, {archive.path: data})
    monkeypatch.setattr(qa_student_translations, "ARCHIVE",
                        replace(archive, commit=commit, sha256=hashlib.sha256(data).hexdigest()))


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "mirror"
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(root))
    _mirror_archive(root, monkeypatch)
    return root


def test_a_translation_pairs_paragraph_by_paragraph_and_sentence_by_sentence(mirror: Path) -> None:
    """Byte-order mark, indentation, blank lines and trailing blanks dropped; a paragraph whose
    translation splits its sentence gives no pair; "Mr." ends no sentence; a translation that
    merged paragraphs, or whose source is missing, gives none."""
    pages = qa_student_translations.pages()
    assert sorted(pages) == ["rusltc/best/RU_1_102_6"]
    assert [(b.index, b.source[:20], b.target[:20]) for b in pages["rusltc/best/RU_1_102_6"]] == [
        (0, "Anti-drug agency see", "Служба по борьбе с н"),
        (1, "ATLANTA.", "АТЛАНТА."),
        (2, "Federal agents are s", "Федеральные агенты и"),
        (3, "The search covers 12", "Поиск охватывает 12 "),
        (4, "It began in 1996.", "Он начался в 1996 го"),
        (5, "Washington Times, Au", '"Вашингтон Таймс", 2')]
    assert pages["rusltc/best/RU_1_102_6"][2].source.endswith("said Mr. Sanders on Monday.")


def test_an_archive_that_is_not_the_one_read_for_the_labels_is_refused(mirror: Path) -> None:
    archive = qa_student_translations.ARCHIVE
    with pytest.raises(TextsAbsent, match="not the text"):
        qa_student_translations.read_archive(replace(archive, sha256="0" * 64))
    with pytest.raises(TextsAbsent, match="has no"):
        qa_student_translations.read_archive(replace(archive, commit="0" * 40))


def test_the_archive_missing_from_the_mirror_makes_the_bench_skip_the_set(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(tmp_path / "empty"))
    with pytest.raises(FileNotFoundError, match="fetch github:kunilovskaya/HiT-IT"):
        qa_student_translations.load()


def test_no_source_an_earlier_set_read_is_read() -> None:
    """Student translations: none of the repositories the latest mirrored sets read."""
    used = ({tree.repo for trees in qa_science_abstracts.SOURCES.values() for tree in trees}
            | {BILINGUATOR})
    assert qa_student_translations.ARCHIVE.repo == "kunilovskaya/HiT-IT"
    assert qa_student_translations.ARCHIVE.repo not in used


_FROZEN_SHA256 = "e5cf600ee5fdd6f3cea124038db047c16992516029e76336f7c57dd9f551c8d5"  # relabelled in sessions 37, 38, 43 and 45 by docs/qa.md's house rules (D14, D15, D19); session 46, house rule D18 (b)
"""The committed ``cases.json`` as its labeller left it: a changed label or pair is noticed."""


def test_the_committed_set_holds_the_pairs_and_labels_its_docstring_counts() -> None:
    """665 pairs drawn, 37 misaligned and 14 repeated ones dropped by the reading: 614 distinct
    pairs of 69 translations of 20 texts, 103 of them labelled with the 111 errors the docstring
    states (relabelled since by house rules D1, D4, D4' and D15), every label a check id, the file
    unchanged since."""
    data = qa_student_translations.DATA.read_bytes()
    assert hashlib.sha256(data).hexdigest() == _FROZEN_SHA256
    frozen = json.loads(data)
    pairs = frozen["pairs"]
    ids = [p["id"] for p in pairs]
    assert len(ids) == len(set(ids)) == len({p["digest"] for p in pairs}) == 614 and frozen["errors"] == []
    assert len(frozen["misaligned"]) == 37 and len(frozen["repeated"]) == 14
    assert not set(ids) & {*frozen["misaligned"], *frozen["repeated"]}
    assert all(re.fullmatch(r"rusltc/(best|worst)/RU_\d+_\d+_\d+#\d+", pair_id) for pair_id in ids)
    translations = {pair_id.split("#")[0] for pair_id in ids}
    assert len(translations) == 69 and len({t.split("_", 1)[1].rsplit("_", 1)[0] for t in translations}) == 20
    assert Counter(pair_id.split("/")[1] for pair_id in ids) == {"best": 395, "worst": 219}
    labelled = [p for p in pairs if p["real_errors"]]
    assert len(labelled) == 126  # sessions 37 and 38, docs/qa.md's house rules (D1, D4, D4'); session 46, D18 (b): 25 on
    # session 43, D14: «frame1»; D15: 2; session 45, D19: a book's title kept in English
    assert Counter(check for p in labelled for check in p["real_errors"]) == {
        "quote-style": 83, "punctuation-end": 18, "spacing": 37, "number-mismatch": 2, "url-email": 1}
    assert {check for p in labelled for check in p["real_errors"]} <= set(REGISTRY)
    assert all(what.strip() for p in labelled for what in p["real_errors"].values())


def test_every_frozen_pair_is_still_the_text_its_label_was_read_on() -> None:
    """Where the mirror keeps the study's repository, every frozen id names a pair of it and
    every digest matches (the set is only loaded: no check runs on it)."""
    try:
        git_dir(qa_student_translations.ARCHIVE.repo)
    except TextsAbsent:
        pytest.skip("the HiT-IT repository is not mirrored here")
    cases = qa_student_translations.load()
    frozen = json.loads(qa_student_translations.DATA.read_text(encoding="utf-8"))
    assert [c.block for c in cases] == [p["id"] for p in frozen["pairs"]]
    assert sum(1 for c in cases if c.checks) == 126  # sessions 37 and 38, docs/qa.md's house rules; session 46, D18 (b): 25


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The made-up archive's one text drawn, with every pair of its one translation that pairs."""
    monkeypatch.setattr(qa_student_translations, "DATA", data)
    monkeypatch.setattr(qa_student_translations, "TEXTS", 1)
    frozen: dict[str, Any] = qa_student_translations.build()
    return frozen


def test_a_text_needs_two_translations_that_pair_to_be_drawn(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)["pairs"] == []


def test_the_frozen_selection_loads_its_labels_and_refuses_a_changed_block(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """A text with two translations that pair is drawn: `SENTENCES` pairs of each."""
    _mirror_archive(mirror, monkeypatch, worst=_OTHER)
    monkeypatch.setattr(qa_student_translations, "SENTENCES", 3)
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert frozen["errors"] == []
    assert Counter(p["id"].split("#")[0] for p in frozen["pairs"]) == {"rusltc/best/RU_1_102_6": 3,
                                                                      "rusltc/worst/RU_1_102_9": 3}
    labelled = frozen["pairs"][0]["id"]
    cases = load_labelled(qa_student_translations, frozen, labelled)
    assert len(cases) == 6 and all(c.real for c in cases)
    assert [c.block for c in cases if c.checks] == [labelled]
    _mirror_archive(mirror, monkeypatch, best=_GOOD.replace("переводчиков", "переводчиц"), worst=_OTHER.replace(
        "переводчиков", "переводчиц"))
    assert_a_changed_block_is_refused(qa_student_translations)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up
    archive with one made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "Поиск охватывает охватывает 12 отделений."
    _mirror_archive(mirror, monkeypatch, best=_GOOD.replace("охватывает", "охватывает охватывает"), worst=_OTHER)
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert_scored_apart(qa_student_translations, frozen, "rusltc/best/RU_1_102_6#3", "«охватывает охватывает», made up",
                        "held-out student-translations", doubled)
