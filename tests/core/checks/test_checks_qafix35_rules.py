"""Session 33's QA rules (qafix35), each stated on sentences written for it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from workbench.core.checks import run_checks
from workbench.core.checks.config import ChecksConfig


def _spacing_on(segments, numero: int | None = None) -> list[int]:
    config = ChecksConfig.from_mapping({} if numero is None else {"spacing": {"numero": numero}})
    return [f.segment for f in run_checks(segments, source_lang="en", target_lang="ru", checks=["spacing"],
                                          config=config)]


_ROOMS = [("Room #4 is on the left.", "Комната №4 слева."),
          ("The key is on the desk.", "Ключ лежит на столе."),
          ("Room #7 is closed.", "Комната № 7 закрыта.")]


def test_numero_unspaced_is_found_only_where_its_document_also_spaces_it(make_segments) -> None:
    """The default asks one way per document: «№4» beside «№ 7» is the slip (Мильчин's form
    decides a mix); a document that writes «№4» throughout is left alone."""
    assert _spacing_on(make_segments(_ROOMS)) == [1]
    alone = [pair for pair in _ROOMS if "№ " not in pair[1]]
    assert _spacing_on(make_segments(alone)) == []


def test_another_documents_spaced_numero_does_not_count(make_segments) -> None:
    """Each document of a project keeps its own way: «№ 7» in the second file says nothing of the first."""
    first, middle, last = make_segments(_ROOMS)
    segments = [first, middle, replace(last, document_id=2)]
    assert _spacing_on(segments) == []


@pytest.mark.parametrize(("numero", "found"), [(1, [1]), (0, []), (2, [3]), (3, [1])])
def test_numero_settings_keep_their_meaning(make_segments, numero: int, found: list[int]) -> None:
    """1 asks «№ 1» everywhere, as Мильчин does (the same document with or without a «№ 1» in
    it); 2 asks «№1»; 0 takes either; 3 is the default spelled out."""
    assert _spacing_on(make_segments(_ROOMS), numero) == found
    alone = [pair for pair in _ROOMS if "№ " not in pair[1]]
    assert _spacing_on(make_segments(alone), 1) == [1]


def _checked(make_segments, check: str, source: str, target: str) -> list[str]:
    return [f.message for f in run_checks(make_segments([(source, target)]), source_lang="en", target_lang="ru",
                                          checks=[check])]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ('Type the phrase "Open the door" and wait.', 'Введите фразу " Open the door" и подождите.'),
        ('Type the phrase "Open the door" and wait.', 'Введите фразу « Открой дверь» и подождите.'),
        ('It is labelled "Size 4".', 'Подпись гласит: "Size 4 ".'),
        ("The BCM-XR-5 chip is fast.", "Микросхема BCM-XR- 5 работает быстро."),
    ],
)
def test_a_space_inside_a_quotation_or_a_compound_is_found(make_segments, source: str, target: str) -> None:
    """A space after an opening mark, before a straight closing one that a stop follows, or after
    the last hyphen of the source's compound of several parts."""
    assert _checked(make_segments, "whitespace", source, target)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Open the “ Layers ” dialog.", "Откройте диалог « Слои »."),  # the source spaces its own marks
        ('Type "one" and "two".', 'Введите "один" и "два".'),
        ('A space is written " " here.', "Пробел записывается как « » здесь."),
        ("Heat- and cold-resistant.", "Тепло- и морозостойкий."),  # a hanging hyphen
    ],
)
def test_marks_and_hyphens_spaced_as_their_use_wants_stay_silent(make_segments, source: str, target: str) -> None:
    assert not _checked(make_segments, "whitespace", source, target)


def test_wondering_why_with_a_stop_loses_the_sources_question_mark(make_segments) -> None:
    """"You may wonder why anyone would care?" calqued as «удивляться, почему ….»: the question
    made a statement is found, as the direct one with a stop is (house rule D4 of docs/qa.md)."""
    source = "Now you might wonder why anyone would bother with it?"
    assert _checked(make_segments, "punctuation-end", source,
                    "Теперь вы можете удивиться, почему кто-то стал бы с этим возиться.")
    assert _checked(make_segments, "punctuation-end", source, "Зачем кому-то с этим возиться.")
