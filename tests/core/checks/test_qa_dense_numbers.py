"""The dense-numbers set is read as it was frozen: NTREX-128's English and Russian with each
line's story, and WMT21's and WMT22's EN/RU test sets both ways, paired line by line with the
English always the source; every file refused unless it hashes to its frozen digest; every pair
whose original (the English or the Russian, by corpus) holds two numbers drawn, no other; the
committed file holding the pairs and labels its docstring counts, unchanged since it was
labelled; and each direction scored apart by the QA accuracy bench. The checks run only on
made-up corpora here: the real set is held out, and is only loaded, where the mirror keeps it, to
see that every frozen pair is still the text its label was read on."""

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
          "Europe take 10-6 lead into Ryder Cup final day\n",
          "Ветер достигал 137 км/ч, ураган находился в 620 км к юго-западу от Пунта-Эухении.\n"
          "За ночь шторм ослаб, продвигаясь вглубь материка.\n"
          "В заключительный день Кубка Райдера Европа лидирует со счетом 10-6\n",
          "abcnews.306815\nabcnews.306815\nreuters.218923\n")
_WMT21_EN_RU = ("Salmonella outbreak sickens 212 people in 23 states\nOnly one state reported no cases at all.\n",
                "В результате вспышки сальмонеллы заболели 212 человек в 23 штатах\n"
                "Лишь один штат не сообщил ни об одном случае.\n")
_WMT21_RU_EN = ("In 2020, fifteen thousand people took part in the parade.\nOn May 5, 2020 the parade was held.\n",
                "В 2020 году в параде участвовали 15 тыс. человек.\n5 мая прошлого года прошел парад.\n")
_WMT22_EN_RU = ("Continue holding down the power button for 3-4 seconds.\n",
                "Удерживайте кнопку питания в течение 3–4 секунд.\n")
_WMT22_RU_EN = ("Promtex Micropacket Prestige Mattress 105x195.\nThe cover is made of cotton.\n",
                "Матрас Promtex Micropacket Prestige 105х195.\nЧехол сделан из хлопка.\n")
_TEXTS = (_NTREX, _WMT21_EN_RU, _WMT21_RU_EN, _WMT22_EN_RU, _WMT22_RU_EN)
"""Each corpus's English, Russian (and NTREX's story ids), in `CORPORA`'s order."""
_REAL = qa_dense_numbers.CORPORA


def _mirror_corpora(mirror: Path, monkeypatch: pytest.MonkeyPatch,
                    texts: tuple[tuple[str, ...], ...] = _TEXTS) -> None:
    """The five corpora committed at their paths into a made-up copy of the repository where the
    `fetch` mirror keeps it, its commit and digests in place of the real ones."""
    files = [(f, text) for corpus, contents in zip(_REAL, texts, strict=True)
             for f, text in zip((corpus.english, corpus.russian, corpus.documents), contents, strict=False) if f]
    commit = mirrored_files(mirror, qa_dense_numbers.REPO, {f.path: text for f, text in files})

    def moved(file: SourceFile, text: str) -> SourceFile:
        return replace(file, commit=commit, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())

    monkeypatch.setattr(qa_dense_numbers, "CORPORA", tuple(
        replace(corpus, english=moved(corpus.english, contents[0]), russian=moved(corpus.russian, contents[1]),
                documents=moved(corpus.documents, contents[2]) if corpus.documents else None)
        for corpus, contents in zip(_REAL, texts, strict=True)))


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "mirror"
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(root))
    _mirror_corpora(root, monkeypatch)
    return root


def test_each_corpus_pairs_line_by_line_with_the_english_as_the_source(mirror: Path) -> None:
    """NTREX's pages are its stories, a WMT corpus (no story ids) is one page; a block's index is
    its line; a RU→EN pair keeps the English as the source and the Russian original as the target."""
    pages = qa_dense_numbers.pages()
    assert sorted(pages) == ["ntrex128/abcnews.306815", "ntrex128/reuters.218923", "wmt21/en-ru", "wmt21/ru-en",
                             "wmt22/en-ru", "wmt22/ru-en"]
    assert [(b.index, b.source[:8], b.target[:8]) for b in pages["ntrex128/abcnews.306815"]] == [
        (1, "Rosa had", "Ветер до"), (2, "The stor", "За ночь ")]
    assert [(b.index, b.source[:8], b.target[:8]) for b in pages["wmt21/ru-en"]] == [
        (1, "In 2020,", "В 2020 г"), (2, "On May 5", "5 мая пр")]
    assert [qa_dense_numbers.original(page) for page in sorted(pages)] == ["en", "en", "en", "ru", "en", "ru"]


def test_a_corpus_whose_story_ids_do_not_match_its_lines_is_refused(mirror: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    short = (_NTREX[0], _NTREX[1], "abcnews.306815\n")
    _mirror_corpora(mirror, monkeypatch, (short, *_TEXTS[1:]))
    with pytest.raises(ValueError, match="differ in length"):
        qa_dense_numbers.pages()


def test_a_file_that_is_not_the_one_read_for_the_labels_is_refused(mirror: Path) -> None:
    assert_another_version_is_refused(read_source, qa_dense_numbers.CORPORA[2].russian, "has no")


def test_no_file_an_earlier_set_read_is_read() -> None:
    """The news dev set reads WMT's news tests of 2012-2018 and the figures set TICO-19 and
    FLORES-200 from the same repository; this set reads other files of it, and no MQM or TED data."""
    paths = [f.path for c in _REAL for f in (c.english, c.russian, c.documents) if f]
    earlier = {f.path for f in (*qa_figures.TICO, *qa_figures.FLORES)} | {
        f"testsets/en-ru/newstest{year}.{lang}" for year in qa_news_numbers.SHA256 for lang in ("en", "ru")}
    assert qa_dense_numbers.REPO == qa_figures.REPO and qa_dense_numbers.COMMIT == qa_figures.COMMIT
    assert len(set(paths)) == 11 and not set(paths) & earlier
    assert not any(re.search(r"newstest201[2-8]|mqm|ted|tico|flores", path, re.IGNORECASE) for path in paths)


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setattr(qa_dense_numbers, "DATA", data)
    frozen: dict[str, Any] = qa_dense_numbers.build()
    return frozen


def test_only_pairs_whose_original_holds_two_numbers_are_drawn_and_the_labels_load(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pair is drawn for the numbers of its original: an RU→EN pair whose Russian holds two is
    drawn though its English says one in words, and one whose English holds two but its Russian
    one is not; a headline "10-6" holds two; each direction loads apart; a label loads on its
    pair; a pair whose Russian changed in the repository stops the load."""
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert frozen["errors"] == [] and frozen["localisations"] == {}
    ids = [p["id"] for p in frozen["pairs"]]
    assert ids == ["ntrex128/abcnews.306815#1", "ntrex128/reuters.218923#3", "wmt21/en-ru#1", "wmt21/ru-en#1",
                   "wmt22/en-ru#1", "wmt22/ru-en#1"]
    cases = load_labelled(qa_dense_numbers, frozen, "wmt21/ru-en#1")
    assert len(cases) == 6 and all(c.real for c in cases)
    assert [c.block for c in cases if c.checks] == ["wmt21/ru-en#1"]
    assert [c.block for c in qa_dense_numbers.load_ru_en()] == ["wmt21/ru-en#1", "wmt22/ru-en#1"]
    assert len(qa_dense_numbers.load_en_ru()) == 4
    changed = (_NTREX[0], _NTREX[1].replace("620 км", "360 км"), _NTREX[2])
    _mirror_corpora(mirror, monkeypatch, (changed, *_TEXTS[1:]))
    assert_a_changed_block_is_refused(qa_dense_numbers)


def test_each_direction_is_scored_apart_by_the_accuracy_bench(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the RU→EN pairs through their own loader and scores their labels: made-up
    corpora with one made-up error stand in for the real set, which no test runs the checks on."""
    doubled = "Матрас Promtex Micropacket Prestige Prestige 105х195."
    ru_en = (_WMT22_RU_EN[0], _WMT22_RU_EN[1].replace("Prestige", "Prestige Prestige"))
    _mirror_corpora(mirror, monkeypatch, (*_TEXTS[:4], ru_en))
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert_scored_apart(qa_dense_numbers, frozen, "wmt22/ru-en#1", "«Prestige Prestige», made up",
                        "held-out dense-numbers ru-en", doubled)


_FROZEN_SHA256 = "e529a59e7d1a3c09ae2c8d939208a9e7c77c121b6380e1f4676cf7dd1e1c916e"  # relabelled in sessions 37 and 39 by docs/qa.md's house rules
"""The committed ``cases.json`` as its labeller left it: a changed label or pair is noticed."""


def test_the_committed_set_holds_the_pairs_and_labels_its_docstring_counts() -> None:
    """589 distinct pairs (307 EN→RU: NTREX-128 140 of 69 stories, WMT21 75, WMT22 92; 282 RU→EN:
    WMT21 124, WMT22 158), 91 of them labelled with the 95 errors the docstring states, every
    label a check id, the 268 noted localisations among the pairs, the file unchanged since."""
    data = qa_dense_numbers.DATA.read_bytes()
    assert hashlib.sha256(data).hexdigest() == _FROZEN_SHA256
    frozen = json.loads(data)
    pairs = frozen["pairs"]
    ids = [p["id"] for p in pairs]
    assert len(ids) == len(set(ids)) == len({p["digest"] for p in pairs}) == 589 and frozen["errors"] == []
    assert all(re.fullmatch(r"(ntrex128/[\w.-]+|wmt2[12]/(en-ru|ru-en))#\d+", i) for i in ids)
    corpus = Counter(i.split("/")[0] if i.startswith("ntrex128/") else i.split("#")[0] for i in ids)
    assert corpus == {"ntrex128": 140, "wmt21/en-ru": 75, "wmt21/ru-en": 124, "wmt22/en-ru": 92, "wmt22/ru-en": 158}
    assert len({i.split("#")[0] for i in ids if i.startswith("ntrex128/")}) == 69
    labelled = [p for p in pairs if p["real_errors"]]
    assert len(labelled) == 89  # sessions 37 and 39, docs/qa.md's house rules (D4: a «!» toned down; D9)
    assert Counter(check for p in labelled for check in p["real_errors"]) == {
        "quote-style": 59, "number-mismatch": 20, "whitespace": 7, "spacing": 3,
        "untranslated-fragment": 2, "repeated-word": 1, "url-email": 1}
    ru_en = [p for p in labelled if qa_dense_numbers.original(p["id"].split("#")[0]) == "ru"]
    assert (len(ru_en), sum(len(p["real_errors"]) for p in ru_en)) == (54, 58)
    assert {check for p in labelled for check in p["real_errors"]} <= set(REGISTRY)
    assert all(what.strip() for p in labelled for what in p["real_errors"].values())
    assert len(frozen["localisations"]) == 268 and set(frozen["localisations"]) <= set(ids)


def test_the_frozen_pairs_split_by_direction_where_mirrored() -> None:
    """Where the mirror keeps the repository, the set reads as its two directions, scored apart
    (the ids and digests are checked with every mirrored set's in `test_qa_mirrored_sets`)."""
    try:
        git_dir(qa_dense_numbers.REPO)
    except TextsAbsent:
        pytest.skip("the OPUS-MT test sets are not mirrored here")
    assert len(qa_dense_numbers.load_en_ru()) == 307 and len(qa_dense_numbers.load_ru_en()) == 282