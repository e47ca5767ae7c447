"""Language tags read one way everywhere: case, `_`, aliases and ISO 639-2 codes."""

from __future__ import annotations

import pytest

from termbase.languages import language_rank, primary_language, same_language, standard_tag


@pytest.mark.parametrize(
    ("tag", "standard"),
    [
        ("ru-RU", "ru-RU"),
        ("RU", "ru"),
        ("ru_RU", "ru-RU"),
        ("EN-us", "en-US"),
        ("rus", "ru"),
        ("iw", "he"),
        ("zh-Hant-TW", "zh-Hant-TW"),
        (" English ", "english"),  # not a tag: kept, trimmed and folded
        ("", ""),
    ],
)
def test_standard_tag(tag: str, standard: str) -> None:
    assert standard_tag(tag) == standard


@pytest.mark.parametrize(
    ("tag", "primary"),
    [("ru-RU", "ru"), ("EN_gb", "en"), ("eng", "en"), ("sr-Latn-RS", "sr"), ("", "")],
)
def test_primary_language(tag: str, primary: str) -> None:
    assert primary_language(tag) == primary


def test_same_language_ignores_region_and_spelling() -> None:
    assert same_language("ru", "ru-RU")
    assert same_language("rus", "RU")
    assert not same_language("en", "ru")


@pytest.mark.parametrize(
    ("tag", "wanted", "rank"),
    [
        ("ru-RU", "ru-RU", 2),
        ("RU_ru", "ru-RU", 2),
        ("ru-RU", "ru", 1),
        ("en", "en-GB", 1),
        ("rus", "ru", 2),
        ("de", "ru", 0),
        ("", "ru", 0),
    ],
)
def test_language_rank(tag: str, wanted: str, rank: int) -> None:
    assert language_rank(tag, wanted) == rank
