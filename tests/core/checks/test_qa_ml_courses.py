"""The ml-courses set is read as it was frozen: each course's English and Russian MDX chapters,
kept in two folders of one repository, paired block by block where both have the same shape (JSX
tags alone on their line and code not read), every tree refused unless it hashes to its frozen
digest, the pairs drawn per work with its share of pairs holding digits, the committed labels
counted as the docstring states them, and the set scored apart by the QA accuracy bench. Only
made-up repositories are read here: the real set is held out."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench import (
    qa_community_docs,
    qa_framework_docs,
    qa_lessons,
    qa_ml_courses,
    qa_news_numbers,
    qa_org_sites,
)
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_scored_apart,
    draw_frozen,
    load_labelled,
    mirrored_tree,
)

_AUDIO_EN = """# Introduction to audio data

<CourseFloatingBanner chapter={1} />

A sound wave is sampled 16,000 times a second, which is a sampling rate of 16 kHz.

```py
audio = load("minds14")
```

<Tip>

The precision of a 32-bit floating-point value is 24 bits.

</Tip>

* Whisper pads every input to 30 seconds with silence.
"""
_AUDIO_RU = """# Введение в аудиоданные

<CourseFloatingBanner chapter={1} />

Звуковая волна дискретизируется 16 000 раз в секунду, то есть с частотой 16 кГц.

```py
audio = load("minds14")
```

<Tip>

Точность 32-битного значения с плавающей точкой составляет 24 бита.

</Tip>

* Whisper дополняет каждый вход тишиной до 30 секунд.
"""
_QUIZ_EN = "# Quiz\n\nWhich sampling rate does the model expect from its inputs?\n\nPick one answer of four.\n"
_QUIZ_RU = "# Тест\n\nКакую частоту дискретизации ожидает модель? Выберите один ответ из четырёх.\n"
_NLP_EN = """# Fine-tuning

Training the model on the whole dataset takes about two hours on a good graphics card.

The learning rate goes down linearly to 0 after 500 steps of training.
"""
_NLP_RU = """# Дообучение

Обучение модели на всём датасете занимает около двух часов на хорошей видеокарте.

Скорость обучения линейно снижается до 0 за 500 шагов обучения.
"""


def _mirror_works(mirror: Path, monkeypatch: pytest.MonkeyPatch, audio_ru: str = _AUDIO_RU) -> None:
    """The two courses as made-up repositories, English and Russian in two folders of each; the
    audio quiz translated into another shape, a chapter only the English has."""
    audio_en, audio_ru_tree = qa_ml_courses.SOURCES["audio"]
    nlp_en, nlp_ru = qa_ml_courses.SOURCES["nlp"]
    monkeypatch.setattr(qa_ml_courses, "SOURCES", {
        "audio": (mirrored_tree(mirror, audio_en, {"chapter1/audio_data.mdx": _AUDIO_EN, "chapter1/quiz.mdx": _QUIZ_EN}),
                  mirrored_tree(mirror, audio_ru_tree, {"chapter1/audio_data.mdx": audio_ru,
                                                        "chapter1/quiz.mdx": _QUIZ_RU})),
        "nlp": (mirrored_tree(mirror, nlp_en, {"chapter3/3.mdx": _NLP_EN, "chapter9/1.mdx": _NLP_EN}),
                mirrored_tree(mirror, nlp_ru, {"chapter3/3.mdx": _NLP_RU})),
    })


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The two courses as made-up repositories where the `fetch` mirror keeps them."""
    root = tmp_path / "mirror"
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(root))
    _mirror_works(root, monkeypatch)
    return root


def test_the_courses_pair_chapters_of_the_same_shape_in_two_folders_of_one_repository(mirror: Path) -> None:
    """JSX tags alone on their line, fences and code are not blocks; the heading counts in the
    index but is not read; the quiz, whose Russian has one paragraph for two, is left out whole,
    and a chapter with no Russian pairs with nothing."""
    blocks = qa_ml_courses.pages()
    assert sorted(blocks) == ["audio/chapter1/audio_data", "nlp/chapter3/3"]
    assert [(b.index, b.target) for b in blocks["audio/chapter1/audio_data"]] == [
        (1, "Звуковая волна дискретизируется 16 000 раз в секунду, то есть с частотой 16 кГц."),
        (2, "Точность 32-битного значения с плавающей точкой составляет 24 бита."),
        (3, "* Whisper дополняет каждый вход тишиной до 30 секунд."),
    ]
    assert [b.index for b in blocks["nlp/chapter3/3"]] == [1, 2]


def test_no_used_up_source_is_read() -> None:
    """Neither the framework-docs set's repositories, the lessons set's, the org-sites set's,
    the community-docs set's nor the news set's; both trees of a course are read at one commit."""
    trees = [tree for pair in qa_ml_courses.SOURCES.values() for tree in pair]
    used = ({tree.repo for module in (qa_community_docs, qa_org_sites, qa_lessons, qa_framework_docs)
             for pair in module.SOURCES.values() for tree in pair} | {qa_news_numbers.REPO})
    assert {tree.repo for tree in trees} == {"huggingface/audio-transformers-course", "huggingface/course"}
    assert not {tree.repo for tree in trees} & used
    assert all(len({tree.commit for tree in pair}) == 1 for pair in qa_ml_courses.SOURCES.values())
    assert list(qa_ml_courses.SOURCES) == list(qa_ml_courses.PAIRS) == list(qa_ml_courses.WITH_DIGITS)


def test_the_committed_set_is_mostly_numbers_and_holds_the_labels_its_docstring_counts() -> None:
    """More than half the pairs are drawn from those holding a digit, and the labels committed
    are the 37 errors in 36 pairs the docstring states, check by check, less the
    `untranslated-fragment` label house rule D10 withdrew in session 39, with the three `quote-style`
    labels house rule D15 added in session 43 from the check's false alarms and the 11 a search of the
    set's targets found (50 labelled pairs)."""
    assert sum(qa_ml_courses.WITH_DIGITS.values()) == 270 > sum(qa_ml_courses.PAIRS.values()) // 2
    frozen = json.loads(qa_ml_courses.DATA.read_text(encoding="utf-8"))
    labelled = [p for p in frozen["pairs"] if p["real_errors"]]
    assert len(frozen["pairs"]) == 510 and len(labelled) == 109  # sessions 37, 39 and 43, docs/qa.md's house rules (D4, D10, D15); session 46, D18 (b): 59 on
    assert Counter(p["id"].split("/")[0] for p in labelled) == {"audio": 57, "nlp": 52}
    assert Counter(check for p in labelled for check in p["real_errors"]) == {
        "quote-style": 36, "number-mismatch": 4, "spacing": 72, "whitespace": 4, "untranslated-fragment": 1,
        "unpaired": 1, "url-email": 1, "punctuation-end": 1}
    assert all(what.strip() for p in labelled for what in p["real_errors"].values())


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Every made-up pair drawn: the audio course's three, each holding a digit; of the NLP
    course's two, the one with a digit and then the one without."""
    monkeypatch.setattr(qa_ml_courses, "WITH_DIGITS", {"audio": 3, "nlp": 1})
    return draw_frozen(qa_ml_courses, data, {"audio": 3, "nlp": 2}, monkeypatch)


def test_the_frozen_selection_is_drawn_per_work_with_its_digits_loads_its_labels_and_refuses_a_changed_block(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert frozen["errors"] == []
    assert sorted(p["id"] for p in frozen["pairs"]) == [
        "audio/chapter1/audio_data#1", "audio/chapter1/audio_data#2", "audio/chapter1/audio_data#3",
        "nlp/chapter3/3#1", "nlp/chapter3/3#2"]
    assert [p["id"] for p in frozen["pairs"]][3:] == ["nlp/chapter3/3#2", "nlp/chapter3/3#1"]
    cases = load_labelled(qa_ml_courses, frozen, "audio/chapter1/audio_data#3")
    assert len(cases) == 5 and all(c.real for c in cases)
    assert [c.target for c in cases if c.checks] == ["* Whisper дополняет каждый вход тишиной до 30 секунд."]
    _mirror_works(mirror, monkeypatch, _AUDIO_RU.replace("до 30 секунд", "до 20 секунд"))
    assert_a_changed_block_is_refused(qa_ml_courses)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up
    repository with one made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "* Whisper дополняет дополняет каждый вход тишиной до 30 секунд."
    _mirror_works(mirror, monkeypatch, _AUDIO_RU.replace("дополняет", "дополняет дополняет"))
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert_scored_apart(qa_ml_courses, frozen, "audio/chapter1/audio_data#3", "«дополняет дополняет», made up",
                        "held-out ml-courses", doubled)
