"""Folding and tokenising: the one place where text and terms are made comparable."""

from __future__ import annotations

from itertools import product

import pytest

from termbase.normalize import (
    TOKEN_RE,
    case_agrees,
    fold_text,
    fold_word,
    joint,
    token_spans,
    tokens,
)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Ёлка", "елка"),
        ("ЕЩЁ", "еще"),
        ("workers’", "workers'"),
        ("workersʼ", "workers'"),
        ("Straße", "strasse"),
        ("и\u0306од", "йод"),  # decomposed й
        ("культу\u0301рная", "культурная"),  # stress mark
        ("пролетари\u00adзация", "пролетаризация"),  # soft hyphen
    ],
)
def test_fold_word(raw: str, folded: str) -> None:
    assert fold_word(raw) == folded


def test_fold_text_unifies_quotes_hyphens_and_spaces() -> None:
    assert fold_text("«Trade‑union»  “clubs”") == fold_text('"trade-union" "clubs"')


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("workers’ clubs", ["workers", "clubs"]),
        ("voluntarism's", ["voluntarism's"]),
        ("trade-union", ["trade", "union"]),
        ("trade - union", ["trade", "-", "union"]),
        ("«культура»", ["культура"]),
        ("клуб, партия.", ["клуб", ",", "партия", "."]),
        ("1920s", ["1920s"]),
        ("д'Артаньян", ["д'Артаньян"]),
        ("культура — стихийность", ["культура", "—", "стихийность"]),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


def test_tokens_are_those_the_token_pattern_finds_in_the_whole_text() -> None:
    """`tokens` splits at whitespace before it searches: every short string over the
    characters whose tokens depend on their neighbours (hyphens between spaces or at an
    edge, apostrophes, underscores, stress marks, soft hyphens, breaks, other spaces)
    tokenises as `TOKEN_RE` does over the whole text."""
    alphabet = ["a", "я", "1", " ", "\t", "\u00a0", "-", "−", "–", "_", "'", "’", ".", "«", "\u0301", "\u00ad", "%"]
    for size in range(1, 5):
        for letters in product(alphabet, repeat=size):
            text = "".join(letters)
            assert tokens(text) == TOKEN_RE.findall(text), repr(text)


def test_spans_point_into_the_original_text() -> None:
    text = "The «workers’ clubs» of 1923"
    for token, start, end in token_spans(text):
        assert text[start:end] == token


@pytest.mark.parametrize(
    ("expected", "actual", "agrees"),
    [
        ("CPSU", "CPSU", True),
        ("CPSU", "CPSU's", True),
        ("CPSU", "cpsu", False),
        ("CPSU", "Cpsu", False),
        ("Ленин", "Ленина", True),
        ("Ленин", "ленина", False),
        ("iPhone", "iPhones", True),
        ("iPhone", "Iphone", False),
    ],
)
def test_case_agrees(expected: str, actual: str, agrees: bool) -> None:
    assert case_agrees(expected, actual) is agrees


@pytest.mark.parametrize(
    ("expected", "actual", "agrees"),
    [
        ("City", "CITY", True),  # capitals throughout: memoQ's "Permissive"
        ("City", "CITY'S", True),
        ("City", "CITIES", False),  # a name takes no plural
        ("City", "city", False),
        ("City", "Cities", True),
        ("CPSU", "Cpsu", False),
    ],
)
def test_case_agrees_permissively_in_capitals(expected: str, actual: str, agrees: bool) -> None:
    assert case_agrees(expected, actual, permissive=True) is agrees


@pytest.mark.parametrize(
    ("text", "left", "right", "expected"),
    [
        ("A brown she-bear came out.", "she", "bear", "-"),
        ("A brown she‐bear came out.", "she", "bear", "-"),
        ("Now, Tom--fly!", "Tom", "fly", "--"),
        ("Now, Tom---fly!", "Tom", "fly", "--"),
        ("teaching--“Judge not”", "teaching", "Judge", "--"),
        ("said _her_--rest", "her", "rest", "--"),
        ("The workers' club opened.", "workers", "club", "'"),
        ("The miners’ club grew.", "miners", "club", "'"),
        ("The members club met.", "members", "club", ""),
        ("Fly, Captain, fly!", "Captain", ",", ""),
        ("a she - bear", "she", "-", ""),  # a spaced hyphen is a token of its own
    ],
)
def test_joint_reads_back_what_the_tokens_skip(text: str, left: str, right: str, expected: str) -> None:
    spans = list(token_spans(text))
    at = next(i for i, (tok, _, _) in enumerate(spans) if tok == left)
    assert spans[at + 1][0] == right
    assert joint(text[spans[at][2]:spans[at + 1][1]]) == expected
